; ModuleID = 'builtins.c'
source_filename = "builtins.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"lookup %ld\0A\00", align 1
@vmax = internal global i32 2147483647, align 4
@.str.1 = private unnamed_addr constant [28 x i8] c"ovf %d %d %d %d %lld %u %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [34 x i8] c"first overflowing factorial n=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"aligned %.17g\0A\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"const %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"choose %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [13 x i8] c"types %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"abs %d %ld\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca [8 x double], align 64
  %14 = alloca ptr, align 8
  %15 = alloca i32, align 4
  %16 = alloca double, align 8
  %17 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i64 0, ptr %2, align 8, !dbg !13
  store i32 -5, ptr %3, align 4, !dbg !14
  br label %18, !dbg !15

18:                                               ; preds = %27, %0
  %19 = load i32, ptr %3, align 4, !dbg !16
  %20 = icmp slt i32 %19, 100, !dbg !17
  br i1 %20, label %21, label %30, !dbg !18

21:                                               ; preds = %18
  %22 = load i32, ptr %3, align 4, !dbg !19
  %23 = call i32 @lookup(i32 noundef %22), !dbg !20
  %24 = sext i32 %23 to i64, !dbg !20
  %25 = load i64, ptr %2, align 8, !dbg !21
  %26 = add nsw i64 %25, %24, !dbg !21
  store i64 %26, ptr %2, align 8, !dbg !21
  br label %27, !dbg !22

27:                                               ; preds = %21
  %28 = load i32, ptr %3, align 4, !dbg !23
  %29 = add nsw i32 %28, 1, !dbg !23
  store i32 %29, ptr %3, align 4, !dbg !23
  br label %18, !dbg !18, !llvm.loop !24

30:                                               ; preds = %18
  %31 = load i64, ptr %2, align 8, !dbg !27
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %31), !dbg !28
  %33 = load volatile i32, ptr @vmax, align 4, !dbg !29
  %34 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %33, i32 1), !dbg !30
  %35 = extractvalue { i32, i1 } %34, 1, !dbg !30
  %36 = extractvalue { i32, i1 } %34, 0, !dbg !30
  store i32 %36, ptr %4, align 4, !dbg !30
  %37 = zext i1 %35 to i32, !dbg !30
  store i32 %37, ptr %7, align 4, !dbg !31
  %38 = load volatile i32, ptr @vmax, align 4, !dbg !32
  %39 = sext i32 %38 to i64, !dbg !33
  %40 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %39, i64 4), !dbg !34
  %41 = extractvalue { i64, i1 } %40, 1, !dbg !34
  %42 = extractvalue { i64, i1 } %40, 0, !dbg !34
  store i64 %42, ptr %5, align 8, !dbg !34
  %43 = zext i1 %41 to i32, !dbg !34
  store i32 %43, ptr %8, align 4, !dbg !35
  %44 = call { i32, i1 } @llvm.usub.with.overflow.i32(i32 0, i32 1), !dbg !36
  %45 = extractvalue { i32, i1 } %44, 1, !dbg !36
  %46 = extractvalue { i32, i1 } %44, 0, !dbg !36
  store i32 %46, ptr %6, align 4, !dbg !36
  %47 = zext i1 %45 to i32, !dbg !36
  store i32 %47, ptr %9, align 4, !dbg !37
  %48 = load volatile i32, ptr @vmax, align 4, !dbg !38
  %49 = call { i32, i1 } @llvm.smul.with.overflow.i32(i32 %48, i32 2), !dbg !39
  %50 = extractvalue { i32, i1 } %49, 1, !dbg !39
  %51 = extractvalue { i32, i1 } %49, 0, !dbg !39
  store i32 %51, ptr %4, align 4, !dbg !39
  %52 = zext i1 %50 to i32, !dbg !39
  store i32 %52, ptr %10, align 4, !dbg !40
  %53 = load i32, ptr %7, align 4, !dbg !41
  %54 = load i32, ptr %8, align 4, !dbg !42
  %55 = load i32, ptr %9, align 4, !dbg !43
  %56 = load i32, ptr %10, align 4, !dbg !44
  %57 = load i64, ptr %5, align 8, !dbg !45
  %58 = load i32, ptr %6, align 4, !dbg !46
  %59 = load i32, ptr %4, align 4, !dbg !47
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %53, i32 noundef %54, i32 noundef %55, i32 noundef %56, i64 noundef %57, i32 noundef %58, i32 noundef %59), !dbg !48
  store i64 1, ptr %11, align 8, !dbg !49
  store i32 1, ptr %12, align 4, !dbg !50
  br label %61, !dbg !51

61:                                               ; preds = %69, %30
  %62 = load i64, ptr %11, align 8, !dbg !52
  %63 = load i32, ptr %12, align 4, !dbg !53
  %64 = sext i32 %63 to i64, !dbg !54
  %65 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %62, i64 %64), !dbg !55
  %66 = extractvalue { i64, i1 } %65, 1, !dbg !55
  %67 = extractvalue { i64, i1 } %65, 0, !dbg !55
  store i64 %67, ptr %11, align 8, !dbg !55
  %68 = xor i1 %66, true, !dbg !56
  br i1 %68, label %69, label %72, !dbg !51

69:                                               ; preds = %61
  %70 = load i32, ptr %12, align 4, !dbg !57
  %71 = add nsw i32 %70, 1, !dbg !57
  store i32 %71, ptr %12, align 4, !dbg !57
  br label %61, !dbg !51, !llvm.loop !58

72:                                               ; preds = %61
  %73 = load i32, ptr %12, align 4, !dbg !59
  %74 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %73), !dbg !60
  %75 = getelementptr inbounds [8 x double], ptr %13, i64 0, i64 0, !dbg !61
  call void @llvm.assume(i1 true) [ "align"(ptr %75, i64 64) ], !dbg !62
  store ptr %75, ptr %14, align 8, !dbg !63
  store i32 0, ptr %15, align 4, !dbg !64
  br label %76, !dbg !65

76:                                               ; preds = %87, %72
  %77 = load i32, ptr %15, align 4, !dbg !66
  %78 = icmp slt i32 %77, 8, !dbg !67
  br i1 %78, label %79, label %90, !dbg !68

79:                                               ; preds = %76
  %80 = load i32, ptr %15, align 4, !dbg !69
  %81 = sitofp i32 %80 to double, !dbg !69
  %82 = fmul double %81, 5.000000e-01, !dbg !70
  %83 = load ptr, ptr %14, align 8, !dbg !71
  %84 = load i32, ptr %15, align 4, !dbg !72
  %85 = sext i32 %84 to i64, !dbg !71
  %86 = getelementptr inbounds double, ptr %83, i64 %85, !dbg !71
  store double %82, ptr %86, align 8, !dbg !73
  br label %87, !dbg !71

87:                                               ; preds = %79
  %88 = load i32, ptr %15, align 4, !dbg !74
  %89 = add nsw i32 %88, 1, !dbg !74
  store i32 %89, ptr %15, align 4, !dbg !74
  br label %76, !dbg !68, !llvm.loop !75

90:                                               ; preds = %76
  store double 0.000000e+00, ptr %16, align 8, !dbg !77
  store i32 0, ptr %17, align 4, !dbg !78
  br label %91, !dbg !79

91:                                               ; preds = %101, %90
  %92 = load i32, ptr %17, align 4, !dbg !80
  %93 = icmp slt i32 %92, 8, !dbg !81
  br i1 %93, label %94, label %104, !dbg !82

94:                                               ; preds = %91
  %95 = load i32, ptr %17, align 4, !dbg !83
  %96 = sext i32 %95 to i64, !dbg !84
  %97 = getelementptr inbounds [8 x double], ptr %13, i64 0, i64 %96, !dbg !84
  %98 = load double, ptr %97, align 8, !dbg !84
  %99 = load double, ptr %16, align 8, !dbg !85
  %100 = fadd double %99, %98, !dbg !85
  store double %100, ptr %16, align 8, !dbg !85
  br label %101, !dbg !86

101:                                              ; preds = %94
  %102 = load i32, ptr %17, align 4, !dbg !87
  %103 = add nsw i32 %102, 1, !dbg !87
  store i32 %103, ptr %17, align 4, !dbg !87
  br label %91, !dbg !82, !llvm.loop !88

104:                                              ; preds = %91
  %105 = load double, ptr %16, align 8, !dbg !90
  %106 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %105), !dbg !91
  %107 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef 1), !dbg !92
  %108 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef 11), !dbg !93
  %109 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef 1, i32 noundef 0), !dbg !94
  %110 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef 7, i64 noundef 70000000000), !dbg !95
  ret i32 0, !dbg !96
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @lookup(i32 noundef %0) #0 !dbg !97 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4, !dbg !98
  %5 = icmp slt i32 %4, 0, !dbg !99
  %6 = zext i1 %5 to i32, !dbg !99
  %7 = sext i32 %6 to i64, !dbg !98
  %8 = icmp ne i64 %7, 0, !dbg !100
  br i1 %8, label %9, label %10, !dbg !100

9:                                                ; preds = %1
  store i32 -1, ptr %2, align 4, !dbg !101
  br label %18, !dbg !101

10:                                               ; preds = %1
  %11 = load i32, ptr %3, align 4, !dbg !102
  %12 = and i32 %11, 3, !dbg !103
  switch i32 %12, label %17 [
    i32 0, label %13
    i32 1, label %14
    i32 2, label %15
    i32 3, label %16
  ], !dbg !104

13:                                               ; preds = %10
  store i32 10, ptr %2, align 4, !dbg !105
  br label %18, !dbg !105

14:                                               ; preds = %10
  store i32 20, ptr %2, align 4, !dbg !106
  br label %18, !dbg !106

15:                                               ; preds = %10
  store i32 30, ptr %2, align 4, !dbg !107
  br label %18, !dbg !107

16:                                               ; preds = %10
  store i32 40, ptr %2, align 4, !dbg !108
  br label %18, !dbg !108

17:                                               ; preds = %10
  unreachable, !dbg !109

18:                                               ; preds = %16, %15, %14, %13, %9
  %19 = load i32, ptr %2, align 4, !dbg !110
  ret i32 %19, !dbg !110
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.usub.with.overflow.i32(i32, i32) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.smul.with.overflow.i32(i32, i32) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #3

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "builtins.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 14, type: !11, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "builtins.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 15, column: 10, scope: !9)
!14 = !DILocation(line: 16, column: 14, scope: !9)
!15 = !DILocation(line: 16, column: 10, scope: !9)
!16 = !DILocation(line: 16, column: 22, scope: !9)
!17 = !DILocation(line: 16, column: 24, scope: !9)
!18 = !DILocation(line: 16, column: 5, scope: !9)
!19 = !DILocation(line: 16, column: 48, scope: !9)
!20 = !DILocation(line: 16, column: 41, scope: !9)
!21 = !DILocation(line: 16, column: 38, scope: !9)
!22 = !DILocation(line: 16, column: 36, scope: !9)
!23 = !DILocation(line: 16, column: 32, scope: !9)
!24 = distinct !{!24, !18, !25, !26}
!25 = !DILocation(line: 16, column: 49, scope: !9)
!26 = !{!"llvm.loop.mustprogress"}
!27 = !DILocation(line: 17, column: 28, scope: !9)
!28 = !DILocation(line: 17, column: 5, scope: !9)
!29 = !DILocation(line: 19, column: 37, scope: !9)
!30 = !DILocation(line: 19, column: 14, scope: !9)
!31 = !DILocation(line: 19, column: 9, scope: !9)
!32 = !DILocation(line: 20, column: 48, scope: !9)
!33 = !DILocation(line: 20, column: 37, scope: !9)
!34 = !DILocation(line: 20, column: 14, scope: !9)
!35 = !DILocation(line: 20, column: 9, scope: !9)
!36 = !DILocation(line: 21, column: 14, scope: !9)
!37 = !DILocation(line: 21, column: 9, scope: !9)
!38 = !DILocation(line: 22, column: 38, scope: !9)
!39 = !DILocation(line: 22, column: 14, scope: !9)
!40 = !DILocation(line: 22, column: 9, scope: !9)
!41 = !DILocation(line: 23, column: 44, scope: !9)
!42 = !DILocation(line: 23, column: 48, scope: !9)
!43 = !DILocation(line: 23, column: 52, scope: !9)
!44 = !DILocation(line: 23, column: 56, scope: !9)
!45 = !DILocation(line: 23, column: 60, scope: !9)
!46 = !DILocation(line: 23, column: 64, scope: !9)
!47 = !DILocation(line: 23, column: 68, scope: !9)
!48 = !DILocation(line: 23, column: 5, scope: !9)
!49 = !DILocation(line: 24, column: 14, scope: !9)
!50 = !DILocation(line: 24, column: 28, scope: !9)
!51 = !DILocation(line: 25, column: 5, scope: !9)
!52 = !DILocation(line: 25, column: 36, scope: !9)
!53 = !DILocation(line: 25, column: 52, scope: !9)
!54 = !DILocation(line: 25, column: 42, scope: !9)
!55 = !DILocation(line: 25, column: 13, scope: !9)
!56 = !DILocation(line: 25, column: 12, scope: !9)
!57 = !DILocation(line: 25, column: 64, scope: !9)
!58 = distinct !{!58, !51, !57, !26}
!59 = !DILocation(line: 26, column: 50, scope: !9)
!60 = !DILocation(line: 26, column: 5, scope: !9)
!61 = !DILocation(line: 28, column: 42, scope: !9)
!62 = !DILocation(line: 28, column: 17, scope: !9)
!63 = !DILocation(line: 28, column: 13, scope: !9)
!64 = !DILocation(line: 29, column: 14, scope: !9)
!65 = !DILocation(line: 29, column: 10, scope: !9)
!66 = !DILocation(line: 29, column: 21, scope: !9)
!67 = !DILocation(line: 29, column: 23, scope: !9)
!68 = !DILocation(line: 29, column: 5, scope: !9)
!69 = !DILocation(line: 29, column: 40, scope: !9)
!70 = !DILocation(line: 29, column: 42, scope: !9)
!71 = !DILocation(line: 29, column: 33, scope: !9)
!72 = !DILocation(line: 29, column: 35, scope: !9)
!73 = !DILocation(line: 29, column: 38, scope: !9)
!74 = !DILocation(line: 29, column: 29, scope: !9)
!75 = distinct !{!75, !68, !76, !26}
!76 = !DILocation(line: 29, column: 44, scope: !9)
!77 = !DILocation(line: 30, column: 12, scope: !9)
!78 = !DILocation(line: 30, column: 28, scope: !9)
!79 = !DILocation(line: 30, column: 24, scope: !9)
!80 = !DILocation(line: 30, column: 35, scope: !9)
!81 = !DILocation(line: 30, column: 37, scope: !9)
!82 = !DILocation(line: 30, column: 19, scope: !9)
!83 = !DILocation(line: 30, column: 56, scope: !9)
!84 = !DILocation(line: 30, column: 52, scope: !9)
!85 = !DILocation(line: 30, column: 49, scope: !9)
!86 = !DILocation(line: 30, column: 47, scope: !9)
!87 = !DILocation(line: 30, column: 43, scope: !9)
!88 = distinct !{!88, !82, !89, !26}
!89 = !DILocation(line: 30, column: 57, scope: !9)
!90 = !DILocation(line: 31, column: 31, scope: !9)
!91 = !DILocation(line: 31, column: 5, scope: !9)
!92 = !DILocation(line: 32, column: 5, scope: !9)
!93 = !DILocation(line: 33, column: 5, scope: !9)
!94 = !DILocation(line: 34, column: 5, scope: !9)
!95 = !DILocation(line: 35, column: 5, scope: !9)
!96 = !DILocation(line: 36, column: 5, scope: !9)
!97 = distinct !DISubprogram(name: "lookup", scope: !10, file: !10, line: 6, type: !11, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!98 = !DILocation(line: 7, column: 26, scope: !97)
!99 = !DILocation(line: 7, column: 28, scope: !97)
!100 = !DILocation(line: 7, column: 9, scope: !97)
!101 = !DILocation(line: 7, column: 37, scope: !97)
!102 = !DILocation(line: 8, column: 13, scope: !97)
!103 = !DILocation(line: 8, column: 15, scope: !97)
!104 = !DILocation(line: 8, column: 5, scope: !97)
!105 = !DILocation(line: 8, column: 30, scope: !97)
!106 = !DILocation(line: 8, column: 49, scope: !97)
!107 = !DILocation(line: 8, column: 68, scope: !97)
!108 = !DILocation(line: 8, column: 87, scope: !97)
!109 = !DILocation(line: 9, column: 5, scope: !97)
!110 = !DILocation(line: 10, column: 1, scope: !97)
