; ModuleID = 'switch_sparse.c'
source_filename = "switch_sparse.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.probes = private unnamed_addr constant [11 x i64] [i64 -1000000000000, i64 -7, i64 13, i64 14, i64 1000, i64 65536, i64 99999, i64 1099511627776, i64 9223372036854775807, i64 0, i64 -8], align 16
@.str = private unnamed_addr constant [11 x i8] c"sparse=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [33 x i8] c"let x = (12 + foo) * 3 - y / 7;\0A\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"%d%c\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"h=%u\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca [11 x i64], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca [7 x i32], align 16
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.probes, i64 88, i1 false), !dbg !13
  store i32 0, ptr %3, align 4, !dbg !14
  store i32 0, ptr %4, align 4, !dbg !15
  br label %11, !dbg !16

11:                                               ; preds = %25, %0
  %12 = load i32, ptr %4, align 4, !dbg !17
  %13 = zext i32 %12 to i64, !dbg !17
  %14 = icmp ult i64 %13, 11, !dbg !18
  br i1 %14, label %15, label %28, !dbg !19

15:                                               ; preds = %11
  %16 = load i32, ptr %3, align 4, !dbg !20
  %17 = mul nsw i32 %16, 10, !dbg !21
  %18 = load i32, ptr %4, align 4, !dbg !22
  %19 = zext i32 %18 to i64, !dbg !23
  %20 = getelementptr inbounds nuw [11 x i64], ptr %2, i64 0, i64 %19, !dbg !23
  %21 = load i64, ptr %20, align 8, !dbg !23
  %22 = call i32 @sparse(i64 noundef %21), !dbg !24
  %23 = srem i32 %22, 10, !dbg !25
  %24 = add nsw i32 %17, %23, !dbg !26
  store i32 %24, ptr %3, align 4, !dbg !27
  br label %25, !dbg !28

25:                                               ; preds = %15
  %26 = load i32, ptr %4, align 4, !dbg !29
  %27 = add i32 %26, 1, !dbg !29
  store i32 %27, ptr %4, align 4, !dbg !29
  br label %11, !dbg !19, !llvm.loop !30

28:                                               ; preds = %11
  %29 = load i32, ptr %3, align 4, !dbg !33
  %30 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %29), !dbg !34
  store ptr @.str.1, ptr %5, align 8, !dbg !35
  call void @llvm.memset.p0.i64(ptr align 16 %6, i8 0, i64 28, i1 false), !dbg !36
  %31 = load ptr, ptr %5, align 8, !dbg !37
  store ptr %31, ptr %7, align 8, !dbg !38
  br label %32, !dbg !39

32:                                               ; preds = %44, %28
  %33 = load ptr, ptr %7, align 8, !dbg !40
  %34 = load i8, ptr %33, align 1, !dbg !41
  %35 = icmp ne i8 %34, 0, !dbg !42
  br i1 %35, label %36, label %47, !dbg !42

36:                                               ; preds = %32
  %37 = load ptr, ptr %7, align 8, !dbg !43
  %38 = load i8, ptr %37, align 1, !dbg !44
  %39 = call i32 @kind(i8 noundef signext %38), !dbg !45
  %40 = sext i32 %39 to i64, !dbg !46
  %41 = getelementptr inbounds [7 x i32], ptr %6, i64 0, i64 %40, !dbg !46
  %42 = load i32, ptr %41, align 4, !dbg !47
  %43 = add nsw i32 %42, 1, !dbg !47
  store i32 %43, ptr %41, align 4, !dbg !47
  br label %44, !dbg !46

44:                                               ; preds = %36
  %45 = load ptr, ptr %7, align 8, !dbg !48
  %46 = getelementptr inbounds nuw i8, ptr %45, i32 1, !dbg !48
  store ptr %46, ptr %7, align 8, !dbg !48
  br label %32, !dbg !42, !llvm.loop !49

47:                                               ; preds = %32
  store i32 1, ptr %8, align 4, !dbg !50
  br label %48, !dbg !51

48:                                               ; preds = %61, %47
  %49 = load i32, ptr %8, align 4, !dbg !52
  %50 = icmp slt i32 %49, 7, !dbg !53
  br i1 %50, label %51, label %64, !dbg !54

51:                                               ; preds = %48
  %52 = load i32, ptr %8, align 4, !dbg !55
  %53 = sext i32 %52 to i64, !dbg !56
  %54 = getelementptr inbounds [7 x i32], ptr %6, i64 0, i64 %53, !dbg !56
  %55 = load i32, ptr %54, align 4, !dbg !56
  %56 = load i32, ptr %8, align 4, !dbg !57
  %57 = icmp eq i32 %56, 6, !dbg !58
  %58 = zext i1 %57 to i64, !dbg !57
  %59 = select i1 %57, i32 10, i32 44, !dbg !57
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %55, i32 noundef %59), !dbg !59
  br label %61, !dbg !59

61:                                               ; preds = %51
  %62 = load i32, ptr %8, align 4, !dbg !60
  %63 = add nsw i32 %62, 1, !dbg !60
  store i32 %63, ptr %8, align 4, !dbg !60
  br label %48, !dbg !54, !llvm.loop !61

64:                                               ; preds = %48
  store i32 0, ptr %9, align 4, !dbg !63
  store i32 0, ptr %10, align 4, !dbg !64
  br label %65, !dbg !65

65:                                               ; preds = %84, %64
  %66 = load i32, ptr %10, align 4, !dbg !66
  %67 = icmp ult i32 %66, 5000, !dbg !67
  br i1 %67, label %68, label %87, !dbg !68

68:                                               ; preds = %65
  %69 = load i32, ptr %10, align 4, !dbg !69
  switch i32 %69, label %80 [
    i32 3, label %70
    i32 300, label %70
    i32 3000, label %70
    i32 999, label %74
    i32 4998, label %77
  ], !dbg !70

70:                                               ; preds = %68, %68, %68
  %71 = load i32, ptr %10, align 4, !dbg !71
  %72 = load i32, ptr %9, align 4, !dbg !72
  %73 = add i32 %72, %71, !dbg !72
  store i32 %73, ptr %9, align 4, !dbg !72
  br label %83, !dbg !73

74:                                               ; preds = %68
  %75 = load i32, ptr %9, align 4, !dbg !74
  %76 = xor i32 %75, 2748, !dbg !74
  store i32 %76, ptr %9, align 4, !dbg !74
  br label %83, !dbg !75

77:                                               ; preds = %68
  %78 = load i32, ptr %9, align 4, !dbg !76
  %79 = mul i32 %78, 7, !dbg !76
  store i32 %79, ptr %9, align 4, !dbg !76
  br label %83, !dbg !77

80:                                               ; preds = %68
  %81 = load i32, ptr %9, align 4, !dbg !78
  %82 = add i32 %81, 1, !dbg !78
  store i32 %82, ptr %9, align 4, !dbg !78
  br label %83, !dbg !79

83:                                               ; preds = %80, %77, %74, %70
  br label %84, !dbg !80

84:                                               ; preds = %83
  %85 = load i32, ptr %10, align 4, !dbg !81
  %86 = add i32 %85, 3, !dbg !81
  store i32 %86, ptr %10, align 4, !dbg !81
  br label %65, !dbg !68, !llvm.loop !82

87:                                               ; preds = %65
  %88 = load i32, ptr %9, align 4, !dbg !83
  %89 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %88), !dbg !84
  ret i32 0, !dbg !85
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @sparse(i64 noundef %0) #0 !dbg !86 {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  %4 = load i64, ptr %3, align 8, !dbg !87
  switch i64 %4, label %13 [
    i64 -1000000000000, label %5
    i64 -7, label %6
    i64 13, label %7
    i64 1000, label %8
    i64 65536, label %9
    i64 99999, label %10
    i64 1099511627776, label %11
    i64 9223372036854775807, label %12
  ], !dbg !88

5:                                                ; preds = %1
  store i32 1, ptr %2, align 4, !dbg !89
  br label %14, !dbg !89

6:                                                ; preds = %1
  store i32 2, ptr %2, align 4, !dbg !90
  br label %14, !dbg !90

7:                                                ; preds = %1
  store i32 3, ptr %2, align 4, !dbg !91
  br label %14, !dbg !91

8:                                                ; preds = %1
  store i32 4, ptr %2, align 4, !dbg !92
  br label %14, !dbg !92

9:                                                ; preds = %1
  store i32 5, ptr %2, align 4, !dbg !93
  br label %14, !dbg !93

10:                                               ; preds = %1
  store i32 6, ptr %2, align 4, !dbg !94
  br label %14, !dbg !94

11:                                               ; preds = %1
  store i32 7, ptr %2, align 4, !dbg !95
  br label %14, !dbg !95

12:                                               ; preds = %1
  store i32 8, ptr %2, align 4, !dbg !96
  br label %14, !dbg !96

13:                                               ; preds = %1
  store i32 0, ptr %2, align 4, !dbg !97
  br label %14, !dbg !97

14:                                               ; preds = %13, %12, %11, %10, %9, %8, %7, %6, %5
  %15 = load i32, ptr %2, align 4, !dbg !98
  ret i32 %15, !dbg !98
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @kind(i8 noundef signext %0) #0 !dbg !99 {
  %2 = alloca i32, align 4
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  %4 = load i8, ptr %3, align 1, !dbg !100
  %5 = sext i8 %4 to i32, !dbg !100
  switch i32 %5, label %10 [
    i32 32, label %6
    i32 9, label %6
    i32 10, label %6
    i32 48, label %7
    i32 49, label %7
    i32 50, label %7
    i32 51, label %7
    i32 52, label %7
    i32 53, label %7
    i32 54, label %7
    i32 55, label %7
    i32 56, label %7
    i32 57, label %7
    i32 43, label %8
    i32 45, label %8
    i32 42, label %8
    i32 47, label %8
    i32 40, label %9
    i32 41, label %9
  ], !dbg !101

6:                                                ; preds = %1, %1, %1
  store i32 1, ptr %2, align 4, !dbg !102
  br label %22, !dbg !102

7:                                                ; preds = %1, %1, %1, %1, %1, %1, %1, %1, %1, %1
  store i32 2, ptr %2, align 4, !dbg !103
  br label %22, !dbg !103

8:                                                ; preds = %1, %1, %1, %1
  store i32 3, ptr %2, align 4, !dbg !104
  br label %22, !dbg !104

9:                                                ; preds = %1, %1
  store i32 4, ptr %2, align 4, !dbg !105
  br label %22, !dbg !105

10:                                               ; preds = %1
  %11 = load i8, ptr %3, align 1, !dbg !106
  %12 = sext i8 %11 to i32, !dbg !106
  %13 = icmp sge i32 %12, 97, !dbg !107
  br i1 %13, label %14, label %18, !dbg !108

14:                                               ; preds = %10
  %15 = load i8, ptr %3, align 1, !dbg !109
  %16 = sext i8 %15 to i32, !dbg !109
  %17 = icmp sle i32 %16, 122, !dbg !110
  br label %18

18:                                               ; preds = %14, %10
  %19 = phi i1 [ false, %10 ], [ %17, %14 ], !dbg !111
  %20 = zext i1 %19 to i64, !dbg !112
  %21 = select i1 %19, i32 5, i32 6, !dbg !112
  store i32 %21, ptr %2, align 4, !dbg !113
  br label %22, !dbg !113

22:                                               ; preds = %18, %9, %8, %7, %6
  %23 = load i32, ptr %2, align 4, !dbg !114
  ret i32 %23, !dbg !114
}

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "switch_sparse.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 28, type: !11, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "switch_sparse.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 29, column: 15, scope: !9)
!14 = !DILocation(line: 30, column: 9, scope: !9)
!15 = !DILocation(line: 31, column: 19, scope: !9)
!16 = !DILocation(line: 31, column: 10, scope: !9)
!17 = !DILocation(line: 31, column: 26, scope: !9)
!18 = !DILocation(line: 31, column: 28, scope: !9)
!19 = !DILocation(line: 31, column: 5, scope: !9)
!20 = !DILocation(line: 31, column: 73, scope: !9)
!21 = !DILocation(line: 31, column: 75, scope: !9)
!22 = !DILocation(line: 31, column: 96, scope: !9)
!23 = !DILocation(line: 31, column: 89, scope: !9)
!24 = !DILocation(line: 31, column: 82, scope: !9)
!25 = !DILocation(line: 31, column: 100, scope: !9)
!26 = !DILocation(line: 31, column: 80, scope: !9)
!27 = !DILocation(line: 31, column: 71, scope: !9)
!28 = !DILocation(line: 31, column: 69, scope: !9)
!29 = !DILocation(line: 31, column: 65, scope: !9)
!30 = distinct !{!30, !19, !31, !32}
!31 = !DILocation(line: 31, column: 102, scope: !9)
!32 = !{!"llvm.loop.mustprogress"}
!33 = !DILocation(line: 32, column: 27, scope: !9)
!34 = !DILocation(line: 32, column: 5, scope: !9)
!35 = !DILocation(line: 33, column: 17, scope: !9)
!36 = !DILocation(line: 34, column: 9, scope: !9)
!37 = !DILocation(line: 35, column: 26, scope: !9)
!38 = !DILocation(line: 35, column: 22, scope: !9)
!39 = !DILocation(line: 35, column: 10, scope: !9)
!40 = !DILocation(line: 35, column: 33, scope: !9)
!41 = !DILocation(line: 35, column: 32, scope: !9)
!42 = !DILocation(line: 35, column: 5, scope: !9)
!43 = !DILocation(line: 35, column: 54, scope: !9)
!44 = !DILocation(line: 35, column: 53, scope: !9)
!45 = !DILocation(line: 35, column: 48, scope: !9)
!46 = !DILocation(line: 35, column: 41, scope: !9)
!47 = !DILocation(line: 35, column: 57, scope: !9)
!48 = !DILocation(line: 35, column: 37, scope: !9)
!49 = distinct !{!49, !42, !47, !32}
!50 = !DILocation(line: 36, column: 14, scope: !9)
!51 = !DILocation(line: 36, column: 10, scope: !9)
!52 = !DILocation(line: 36, column: 21, scope: !9)
!53 = !DILocation(line: 36, column: 23, scope: !9)
!54 = !DILocation(line: 36, column: 5, scope: !9)
!55 = !DILocation(line: 36, column: 55, scope: !9)
!56 = !DILocation(line: 36, column: 48, scope: !9)
!57 = !DILocation(line: 36, column: 59, scope: !9)
!58 = !DILocation(line: 36, column: 61, scope: !9)
!59 = !DILocation(line: 36, column: 33, scope: !9)
!60 = !DILocation(line: 36, column: 29, scope: !9)
!61 = distinct !{!61, !54, !62, !32}
!62 = !DILocation(line: 36, column: 78, scope: !9)
!63 = !DILocation(line: 37, column: 14, scope: !9)
!64 = !DILocation(line: 38, column: 19, scope: !9)
!65 = !DILocation(line: 38, column: 10, scope: !9)
!66 = !DILocation(line: 38, column: 26, scope: !9)
!67 = !DILocation(line: 38, column: 28, scope: !9)
!68 = !DILocation(line: 38, column: 5, scope: !9)
!69 = !DILocation(line: 39, column: 17, scope: !9)
!70 = !DILocation(line: 39, column: 9, scope: !9)
!71 = !DILocation(line: 40, column: 43, scope: !9)
!72 = !DILocation(line: 40, column: 40, scope: !9)
!73 = !DILocation(line: 40, column: 46, scope: !9)
!74 = !DILocation(line: 41, column: 21, scope: !9)
!75 = !DILocation(line: 41, column: 31, scope: !9)
!76 = !DILocation(line: 42, column: 22, scope: !9)
!77 = !DILocation(line: 42, column: 28, scope: !9)
!78 = !DILocation(line: 43, column: 20, scope: !9)
!79 = !DILocation(line: 44, column: 9, scope: !9)
!80 = !DILocation(line: 45, column: 5, scope: !9)
!81 = !DILocation(line: 38, column: 38, scope: !9)
!82 = distinct !{!82, !68, !80, !32}
!83 = !DILocation(line: 46, column: 22, scope: !9)
!84 = !DILocation(line: 46, column: 5, scope: !9)
!85 = !DILocation(line: 47, column: 5, scope: !9)
!86 = distinct !DISubprogram(name: "sparse", scope: !10, file: !10, line: 4, type: !11, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!87 = !DILocation(line: 5, column: 13, scope: !86)
!88 = !DILocation(line: 5, column: 5, scope: !86)
!89 = !DILocation(line: 6, column: 28, scope: !86)
!90 = !DILocation(line: 7, column: 14, scope: !86)
!91 = !DILocation(line: 8, column: 14, scope: !86)
!92 = !DILocation(line: 9, column: 16, scope: !86)
!93 = !DILocation(line: 10, column: 17, scope: !86)
!94 = !DILocation(line: 11, column: 17, scope: !86)
!95 = !DILocation(line: 12, column: 21, scope: !86)
!96 = !DILocation(line: 13, column: 32, scope: !86)
!97 = !DILocation(line: 14, column: 14, scope: !86)
!98 = !DILocation(line: 16, column: 1, scope: !86)
!99 = distinct !DISubprogram(name: "kind", scope: !10, file: !10, line: 18, type: !11, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!100 = !DILocation(line: 19, column: 13, scope: !99)
!101 = !DILocation(line: 19, column: 5, scope: !99)
!102 = !DILocation(line: 20, column: 37, scope: !99)
!103 = !DILocation(line: 21, column: 105, scope: !99)
!104 = !DILocation(line: 22, column: 45, scope: !99)
!105 = !DILocation(line: 23, column: 25, scope: !99)
!106 = !DILocation(line: 24, column: 22, scope: !99)
!107 = !DILocation(line: 24, column: 24, scope: !99)
!108 = !DILocation(line: 24, column: 31, scope: !99)
!109 = !DILocation(line: 24, column: 34, scope: !99)
!110 = !DILocation(line: 24, column: 36, scope: !99)
!111 = !DILocation(line: 0, scope: !99)
!112 = !DILocation(line: 24, column: 21, scope: !99)
!113 = !DILocation(line: 24, column: 14, scope: !99)
!114 = !DILocation(line: 26, column: 1, scope: !99)
