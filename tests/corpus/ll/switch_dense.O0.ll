; ModuleID = 'switch_dense.c'
source_filename = "switch_dense.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [11 x i8] c"total=%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"acc=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"%s%c\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"sun\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"mon\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"tue\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"wed\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"thu\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"fri\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"sat\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i64 0, ptr %2, align 8, !dbg !13
  store i32 -3, ptr %3, align 4, !dbg !14
  br label %7, !dbg !15

7:                                                ; preds = %18, %0
  %8 = load i32, ptr %3, align 4, !dbg !16
  %9 = icmp slt i32 %8, 40, !dbg !17
  br i1 %9, label %10, label %21, !dbg !18

10:                                               ; preds = %7
  %11 = load i64, ptr %2, align 8, !dbg !19
  %12 = mul nsw i64 %11, 3, !dbg !20
  %13 = load i32, ptr %3, align 4, !dbg !21
  %14 = srem i32 %13, 13, !dbg !22
  %15 = call i32 @classify(i32 noundef %14), !dbg !23
  %16 = sext i32 %15 to i64, !dbg !23
  %17 = add nsw i64 %12, %16, !dbg !24
  store i64 %17, ptr %2, align 8, !dbg !25
  br label %18, !dbg !26

18:                                               ; preds = %10
  %19 = load i32, ptr %3, align 4, !dbg !27
  %20 = add nsw i32 %19, 1, !dbg !27
  store i32 %20, ptr %3, align 4, !dbg !27
  br label %7, !dbg !18, !llvm.loop !28

21:                                               ; preds = %7
  %22 = load i64, ptr %2, align 8, !dbg !31
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %22), !dbg !32
  store i32 0, ptr %4, align 4, !dbg !33
  store i32 0, ptr %5, align 4, !dbg !34
  br label %24, !dbg !35

24:                                               ; preds = %50, %21
  %25 = load i32, ptr %5, align 4, !dbg !36
  %26 = icmp slt i32 %25, 100, !dbg !37
  br i1 %26, label %27, label %53, !dbg !38

27:                                               ; preds = %24
  %28 = load i32, ptr %5, align 4, !dbg !39
  %29 = and i32 %28, 7, !dbg !40
  switch i32 %29, label %43 [
    i32 0, label %30
    i32 1, label %33
    i32 2, label %36
    i32 3, label %39
    i32 5, label %42
  ], !dbg !41

30:                                               ; preds = %27
  %31 = load i32, ptr %4, align 4, !dbg !42
  %32 = add nsw i32 %31, 1, !dbg !42
  store i32 %32, ptr %4, align 4, !dbg !42
  br label %33, !dbg !43

33:                                               ; preds = %27, %30
  %34 = load i32, ptr %4, align 4, !dbg !44
  %35 = mul nsw i32 %34, 3, !dbg !44
  store i32 %35, ptr %4, align 4, !dbg !44
  br label %47, !dbg !45

36:                                               ; preds = %27
  %37 = load i32, ptr %4, align 4, !dbg !46
  %38 = sub nsw i32 %37, 7, !dbg !46
  store i32 %38, ptr %4, align 4, !dbg !46
  br label %39, !dbg !47

39:                                               ; preds = %27, %36
  %40 = load i32, ptr %4, align 4, !dbg !48
  %41 = xor i32 %40, 85, !dbg !48
  store i32 %41, ptr %4, align 4, !dbg !48
  br label %47, !dbg !49

42:                                               ; preds = %27
  br label %50, !dbg !50

43:                                               ; preds = %27
  %44 = load i32, ptr %5, align 4, !dbg !51
  %45 = load i32, ptr %4, align 4, !dbg !52
  %46 = add nsw i32 %45, %44, !dbg !52
  store i32 %46, ptr %4, align 4, !dbg !52
  br label %47, !dbg !53

47:                                               ; preds = %43, %39, %33
  %48 = load i32, ptr %4, align 4, !dbg !54
  %49 = and i32 %48, 16777215, !dbg !54
  store i32 %49, ptr %4, align 4, !dbg !54
  br label %50, !dbg !55

50:                                               ; preds = %47, %42
  %51 = load i32, ptr %5, align 4, !dbg !56
  %52 = add nsw i32 %51, 1, !dbg !56
  store i32 %52, ptr %5, align 4, !dbg !56
  br label %24, !dbg !38, !llvm.loop !57

53:                                               ; preds = %24
  %54 = load i32, ptr %4, align 4, !dbg !58
  %55 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %54), !dbg !59
  store i32 0, ptr %6, align 4, !dbg !60
  br label %56, !dbg !61

56:                                               ; preds = %67, %53
  %57 = load i32, ptr %6, align 4, !dbg !62
  %58 = icmp ult i32 %57, 9, !dbg !63
  br i1 %58, label %59, label %70, !dbg !64

59:                                               ; preds = %56
  %60 = load i32, ptr %6, align 4, !dbg !65
  %61 = call ptr @day(i32 noundef %60), !dbg !66
  %62 = load i32, ptr %6, align 4, !dbg !67
  %63 = icmp eq i32 %62, 8, !dbg !68
  %64 = zext i1 %63 to i64, !dbg !67
  %65 = select i1 %63, i32 10, i32 32, !dbg !67
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %61, i32 noundef %65), !dbg !69
  br label %67, !dbg !69

67:                                               ; preds = %59
  %68 = load i32, ptr %6, align 4, !dbg !70
  %69 = add i32 %68, 1, !dbg !70
  store i32 %69, ptr %6, align 4, !dbg !70
  br label %56, !dbg !64, !llvm.loop !71

70:                                               ; preds = %56
  ret i32 0, !dbg !73
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @classify(i32 noundef %0) #0 !dbg !74 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4, !dbg !75
  switch i32 %4, label %16 [
    i32 0, label %5
    i32 1, label %6
    i32 2, label %7
    i32 3, label %8
    i32 4, label %8
    i32 5, label %9
    i32 6, label %10
    i32 7, label %11
    i32 8, label %12
    i32 9, label %13
    i32 10, label %14
    i32 11, label %15
  ], !dbg !76

5:                                                ; preds = %1
  store i32 10, ptr %2, align 4, !dbg !77
  br label %17, !dbg !77

6:                                                ; preds = %1
  store i32 21, ptr %2, align 4, !dbg !78
  br label %17, !dbg !78

7:                                                ; preds = %1
  store i32 32, ptr %2, align 4, !dbg !79
  br label %17, !dbg !79

8:                                                ; preds = %1, %1
  store i32 54, ptr %2, align 4, !dbg !80
  br label %17, !dbg !80

9:                                                ; preds = %1
  store i32 65, ptr %2, align 4, !dbg !81
  br label %17, !dbg !81

10:                                               ; preds = %1
  store i32 76, ptr %2, align 4, !dbg !82
  br label %17, !dbg !82

11:                                               ; preds = %1
  store i32 87, ptr %2, align 4, !dbg !83
  br label %17, !dbg !83

12:                                               ; preds = %1
  store i32 98, ptr %2, align 4, !dbg !84
  br label %17, !dbg !84

13:                                               ; preds = %1
  store i32 109, ptr %2, align 4, !dbg !85
  br label %17, !dbg !85

14:                                               ; preds = %1
  store i32 1110, ptr %2, align 4, !dbg !86
  br label %17, !dbg !86

15:                                               ; preds = %1
  store i32 -11, ptr %2, align 4, !dbg !87
  br label %17, !dbg !87

16:                                               ; preds = %1
  store i32 -1, ptr %2, align 4, !dbg !88
  br label %17, !dbg !88

17:                                               ; preds = %16, %15, %14, %13, %12, %11, %10, %9, %8, %7, %6, %5
  %18 = load i32, ptr %2, align 4, !dbg !89
  ret i32 %18, !dbg !89
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal ptr @day(i32 noundef %0) #0 !dbg !90 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4, !dbg !91
  %5 = urem i32 %4, 7, !dbg !92
  switch i32 %5, label %12 [
    i32 0, label %6
    i32 1, label %7
    i32 2, label %8
    i32 3, label %9
    i32 4, label %10
    i32 5, label %11
  ], !dbg !93

6:                                                ; preds = %1
  store ptr @.str.3, ptr %2, align 8, !dbg !94
  br label %13, !dbg !94

7:                                                ; preds = %1
  store ptr @.str.4, ptr %2, align 8, !dbg !95
  br label %13, !dbg !95

8:                                                ; preds = %1
  store ptr @.str.5, ptr %2, align 8, !dbg !96
  br label %13, !dbg !96

9:                                                ; preds = %1
  store ptr @.str.6, ptr %2, align 8, !dbg !97
  br label %13, !dbg !97

10:                                               ; preds = %1
  store ptr @.str.7, ptr %2, align 8, !dbg !98
  br label %13, !dbg !98

11:                                               ; preds = %1
  store ptr @.str.8, ptr %2, align 8, !dbg !99
  br label %13, !dbg !99

12:                                               ; preds = %1
  store ptr @.str.9, ptr %2, align 8, !dbg !100
  br label %13, !dbg !100

13:                                               ; preds = %12, %11, %10, %9, %8, %7, %6
  %14 = load ptr, ptr %2, align 8, !dbg !101
  ret ptr %14, !dbg !101
}

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "switch_dense.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 29, type: !11, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "switch_dense.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 30, column: 10, scope: !9)
!14 = !DILocation(line: 31, column: 14, scope: !9)
!15 = !DILocation(line: 31, column: 10, scope: !9)
!16 = !DILocation(line: 31, column: 22, scope: !9)
!17 = !DILocation(line: 31, column: 24, scope: !9)
!18 = !DILocation(line: 31, column: 5, scope: !9)
!19 = !DILocation(line: 31, column: 43, scope: !9)
!20 = !DILocation(line: 31, column: 49, scope: !9)
!21 = !DILocation(line: 31, column: 64, scope: !9)
!22 = !DILocation(line: 31, column: 66, scope: !9)
!23 = !DILocation(line: 31, column: 55, scope: !9)
!24 = !DILocation(line: 31, column: 53, scope: !9)
!25 = !DILocation(line: 31, column: 41, scope: !9)
!26 = !DILocation(line: 31, column: 35, scope: !9)
!27 = !DILocation(line: 31, column: 31, scope: !9)
!28 = distinct !{!28, !18, !29, !30}
!29 = !DILocation(line: 31, column: 70, scope: !9)
!30 = !{!"llvm.loop.mustprogress"}
!31 = !DILocation(line: 32, column: 27, scope: !9)
!32 = !DILocation(line: 32, column: 5, scope: !9)
!33 = !DILocation(line: 33, column: 9, scope: !9)
!34 = !DILocation(line: 34, column: 14, scope: !9)
!35 = !DILocation(line: 34, column: 10, scope: !9)
!36 = !DILocation(line: 34, column: 21, scope: !9)
!37 = !DILocation(line: 34, column: 23, scope: !9)
!38 = !DILocation(line: 34, column: 5, scope: !9)
!39 = !DILocation(line: 35, column: 17, scope: !9)
!40 = !DILocation(line: 35, column: 19, scope: !9)
!41 = !DILocation(line: 35, column: 9, scope: !9)
!42 = !DILocation(line: 36, column: 21, scope: !9)
!43 = !DILocation(line: 36, column: 17, scope: !9)
!44 = !DILocation(line: 37, column: 21, scope: !9)
!45 = !DILocation(line: 37, column: 27, scope: !9)
!46 = !DILocation(line: 38, column: 21, scope: !9)
!47 = !DILocation(line: 38, column: 17, scope: !9)
!48 = !DILocation(line: 39, column: 21, scope: !9)
!49 = !DILocation(line: 39, column: 30, scope: !9)
!50 = !DILocation(line: 40, column: 17, scope: !9)
!51 = !DILocation(line: 41, column: 25, scope: !9)
!52 = !DILocation(line: 41, column: 22, scope: !9)
!53 = !DILocation(line: 42, column: 9, scope: !9)
!54 = !DILocation(line: 43, column: 13, scope: !9)
!55 = !DILocation(line: 44, column: 5, scope: !9)
!56 = !DILocation(line: 34, column: 31, scope: !9)
!57 = distinct !{!57, !38, !55, !30}
!58 = !DILocation(line: 45, column: 24, scope: !9)
!59 = !DILocation(line: 45, column: 5, scope: !9)
!60 = !DILocation(line: 46, column: 19, scope: !9)
!61 = !DILocation(line: 46, column: 10, scope: !9)
!62 = !DILocation(line: 46, column: 26, scope: !9)
!63 = !DILocation(line: 46, column: 28, scope: !9)
!64 = !DILocation(line: 46, column: 5, scope: !9)
!65 = !DILocation(line: 46, column: 57, scope: !9)
!66 = !DILocation(line: 46, column: 53, scope: !9)
!67 = !DILocation(line: 46, column: 61, scope: !9)
!68 = !DILocation(line: 46, column: 63, scope: !9)
!69 = !DILocation(line: 46, column: 38, scope: !9)
!70 = !DILocation(line: 46, column: 34, scope: !9)
!71 = distinct !{!71, !64, !72, !30}
!72 = !DILocation(line: 46, column: 80, scope: !9)
!73 = !DILocation(line: 47, column: 5, scope: !9)
!74 = distinct !DISubprogram(name: "classify", scope: !10, file: !10, line: 4, type: !11, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!75 = !DILocation(line: 5, column: 13, scope: !74)
!76 = !DILocation(line: 5, column: 5, scope: !74)
!77 = !DILocation(line: 6, column: 13, scope: !74)
!78 = !DILocation(line: 7, column: 13, scope: !74)
!79 = !DILocation(line: 8, column: 13, scope: !74)
!80 = !DILocation(line: 10, column: 13, scope: !74)
!81 = !DILocation(line: 11, column: 13, scope: !74)
!82 = !DILocation(line: 12, column: 13, scope: !74)
!83 = !DILocation(line: 13, column: 13, scope: !74)
!84 = !DILocation(line: 14, column: 13, scope: !74)
!85 = !DILocation(line: 15, column: 13, scope: !74)
!86 = !DILocation(line: 16, column: 14, scope: !74)
!87 = !DILocation(line: 17, column: 14, scope: !74)
!88 = !DILocation(line: 18, column: 14, scope: !74)
!89 = !DILocation(line: 20, column: 1, scope: !74)
!90 = distinct !DISubprogram(name: "day", scope: !10, file: !10, line: 22, type: !11, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!91 = !DILocation(line: 23, column: 13, scope: !90)
!92 = !DILocation(line: 23, column: 15, scope: !90)
!93 = !DILocation(line: 23, column: 5, scope: !90)
!94 = !DILocation(line: 24, column: 13, scope: !90)
!95 = !DILocation(line: 24, column: 35, scope: !90)
!96 = !DILocation(line: 24, column: 57, scope: !90)
!97 = !DILocation(line: 24, column: 79, scope: !90)
!98 = !DILocation(line: 25, column: 13, scope: !90)
!99 = !DILocation(line: 25, column: 35, scope: !90)
!100 = !DILocation(line: 25, column: 58, scope: !90)
!101 = !DILocation(line: 27, column: 1, scope: !90)
