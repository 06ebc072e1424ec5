; ModuleID = 'generic_select.c'
source_filename = "generic_select.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [2 x i8] c"x\00", align 1
@.str.1 = private unnamed_addr constant [25 x i8] c"%s %s %s %s %s %s %s %s\0A\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"char\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"short\00", align 1
@.str.4 = private unnamed_addr constant [9 x i8] c"unsigned\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"float\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"ldouble\00", align 1
@.str.7 = private unnamed_addr constant [6 x i8] c"char*\00", align 1
@.str.8 = private unnamed_addr constant [12 x i8] c"const char*\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"int\00", align 1
@.str.10 = private unnamed_addr constant [13 x i8] c"%s %s %s %s\0A\00", align 1
@.str.11 = private unnamed_addr constant [6 x i8] c"ulong\00", align 1
@.str.12 = private unnamed_addr constant [6 x i8] c"llong\00", align 1
@.str.13 = private unnamed_addr constant [5 x i8] c"bool\00", align 1
@.str.14 = private unnamed_addr constant [6 x i8] c"other\00", align 1
@.str.15 = private unnamed_addr constant [23 x i8] c"abs %d %ld %.17g %.9g\0A\00", align 1
@.str.16 = private unnamed_addr constant [20 x i8] c"max %d %d %d %.17g\0A\00", align 1
@.str.17 = private unnamed_addr constant [12 x i8] c"swap %d %d\0A\00", align 1
@.str.18 = private unnamed_addr constant [13 x i8] c"stmtexpr %d\0A\00", align 1
@.str.19 = private unnamed_addr constant [11 x i8] c"typeof %u\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  %6 = alloca x86_fp80, align 16
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca double, align 8
  %16 = alloca i32, align 4
  %17 = alloca double, align 8
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i16, align 2
  store i32 0, ptr %1, align 4
  store i8 97, ptr %2, align 1, !dbg !13
  store i16 1, ptr %3, align 2, !dbg !14
  store i32 2, ptr %4, align 4, !dbg !15
  store float 1.000000e+00, ptr %5, align 4, !dbg !16
  store x86_fp80 0xK40008000000000000000, ptr %6, align 16, !dbg !17
  store ptr %2, ptr %7, align 8, !dbg !18
  store ptr @.str, ptr %8, align 8, !dbg !19
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef @.str.2, ptr noundef @.str.3, ptr noundef @.str.4, ptr noundef @.str.5, ptr noundef @.str.6, ptr noundef @.str.7, ptr noundef @.str.8, ptr noundef @.str.9), !dbg !20
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef @.str.11, ptr noundef @.str.12, ptr noundef @.str.13, ptr noundef @.str.14), !dbg !21
  %26 = call i32 @abs_i(i32 noundef -3), !dbg !22
  %27 = call i64 @abs_l(i64 noundef -40000000000), !dbg !23
  %28 = call double @abs_d(double noundef -2.500000e+00), !dbg !24
  %29 = call float @abs_f(float noundef -1.250000e+00), !dbg !25
  %30 = fpext float %29 to double, !dbg !26
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i32 noundef %26, i64 noundef %27, double noundef %28, double noundef %30), !dbg !27
  store i32 0, ptr %9, align 4, !dbg !28
  store i32 10, ptr %10, align 4, !dbg !29
  %32 = load i32, ptr %9, align 4, !dbg !30
  %33 = add nsw i32 %32, 1, !dbg !30
  store i32 %33, ptr %9, align 4, !dbg !30
  store i32 %32, ptr %12, align 4, !dbg !31
  %34 = load i32, ptr %10, align 4, !dbg !32
  %35 = add nsw i32 %34, -1, !dbg !32
  store i32 %35, ptr %10, align 4, !dbg !32
  store i32 %34, ptr %13, align 4, !dbg !31
  %36 = load i32, ptr %12, align 4, !dbg !31
  %37 = load i32, ptr %13, align 4, !dbg !31
  %38 = icmp sgt i32 %36, %37, !dbg !31
  br i1 %38, label %39, label %41, !dbg !31

39:                                               ; preds = %0
  %40 = load i32, ptr %12, align 4, !dbg !31
  br label %43, !dbg !31

41:                                               ; preds = %0
  %42 = load i32, ptr %13, align 4, !dbg !31
  br label %43, !dbg !31

43:                                               ; preds = %41, %39
  %44 = phi i32 [ %40, %39 ], [ %42, %41 ], !dbg !31
  store i32 %44, ptr %14, align 4, !dbg !31
  %45 = load i32, ptr %14, align 4, !dbg !31
  store i32 %45, ptr %11, align 4, !dbg !33
  %46 = load i32, ptr %11, align 4, !dbg !34
  %47 = load i32, ptr %9, align 4, !dbg !35
  %48 = load i32, ptr %10, align 4, !dbg !36
  store double 1.500000e+00, ptr %15, align 8, !dbg !37
  store i32 2, ptr %16, align 4, !dbg !37
  %49 = load double, ptr %15, align 8, !dbg !37
  %50 = load i32, ptr %16, align 4, !dbg !37
  %51 = sitofp i32 %50 to double, !dbg !37
  %52 = fcmp ogt double %49, %51, !dbg !37
  br i1 %52, label %53, label %55, !dbg !37

53:                                               ; preds = %43
  %54 = load double, ptr %15, align 8, !dbg !37
  br label %58, !dbg !37

55:                                               ; preds = %43
  %56 = load i32, ptr %16, align 4, !dbg !37
  %57 = sitofp i32 %56 to double, !dbg !37
  br label %58, !dbg !37

58:                                               ; preds = %55, %53
  %59 = phi double [ %54, %53 ], [ %57, %55 ], !dbg !37
  store double %59, ptr %17, align 8, !dbg !37
  %60 = load double, ptr %17, align 8, !dbg !37
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i32 noundef %46, i32 noundef %47, i32 noundef %48, double noundef %60), !dbg !38
  br label %62, !dbg !39

62:                                               ; preds = %58
  %63 = load i32, ptr %9, align 4, !dbg !40
  store i32 %63, ptr %18, align 4, !dbg !39
  %64 = load i32, ptr %10, align 4, !dbg !41
  store i32 %64, ptr %9, align 4, !dbg !39
  %65 = load i32, ptr %18, align 4, !dbg !39
  store i32 %65, ptr %10, align 4, !dbg !39
  br label %66, !dbg !39

66:                                               ; preds = %62
  %67 = load i32, ptr %9, align 4, !dbg !42
  %68 = load i32, ptr %10, align 4, !dbg !43
  %69 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, i32 noundef %67, i32 noundef %68), !dbg !44
  store i32 0, ptr %20, align 4, !dbg !45
  store i32 0, ptr %21, align 4, !dbg !46
  br label %70, !dbg !47

70:                                               ; preds = %79, %66
  %71 = load i32, ptr %21, align 4, !dbg !48
  %72 = icmp slt i32 %71, 10, !dbg !49
  br i1 %72, label %73, label %82, !dbg !50

73:                                               ; preds = %70
  %74 = load i32, ptr %21, align 4, !dbg !51
  %75 = load i32, ptr %21, align 4, !dbg !52
  %76 = mul nsw i32 %74, %75, !dbg !53
  %77 = load i32, ptr %20, align 4, !dbg !54
  %78 = add nsw i32 %77, %76, !dbg !54
  store i32 %78, ptr %20, align 4, !dbg !54
  br label %79, !dbg !55

79:                                               ; preds = %73
  %80 = load i32, ptr %21, align 4, !dbg !56
  %81 = add nsw i32 %80, 1, !dbg !56
  store i32 %81, ptr %21, align 4, !dbg !56
  br label %70, !dbg !50, !llvm.loop !57

82:                                               ; preds = %70
  %83 = load i32, ptr %20, align 4, !dbg !59
  store i32 %83, ptr %22, align 4, !dbg !52
  %84 = load i32, ptr %22, align 4, !dbg !60
  store i32 %84, ptr %19, align 4, !dbg !61
  %85 = load i32, ptr %19, align 4, !dbg !62
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %85), !dbg !63
  store i16 -1, ptr %23, align 2, !dbg !64
  %87 = load i16, ptr %23, align 2, !dbg !65
  %88 = add i16 %87, 1, !dbg !65
  store i16 %88, ptr %23, align 2, !dbg !65
  %89 = load i16, ptr %23, align 2, !dbg !66
  %90 = zext i16 %89 to i32, !dbg !67
  %91 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, i32 noundef %90), !dbg !68
  ret i32 0, !dbg !69
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @abs_i(i32 noundef %0) #0 !dbg !70 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4, !dbg !71
  %4 = icmp slt i32 %3, 0, !dbg !72
  br i1 %4, label %5, label %8, !dbg !71

5:                                                ; preds = %1
  %6 = load i32, ptr %2, align 4, !dbg !73
  %7 = sub nsw i32 0, %6, !dbg !74
  br label %10, !dbg !71

8:                                                ; preds = %1
  %9 = load i32, ptr %2, align 4, !dbg !75
  br label %10, !dbg !71

10:                                               ; preds = %8, %5
  %11 = phi i32 [ %7, %5 ], [ %9, %8 ], !dbg !71
  ret i32 %11, !dbg !76
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @abs_l(i64 noundef %0) #0 !dbg !77 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8, !dbg !78
  %4 = icmp slt i64 %3, 0, !dbg !79
  br i1 %4, label %5, label %8, !dbg !78

5:                                                ; preds = %1
  %6 = load i64, ptr %2, align 8, !dbg !80
  %7 = sub nsw i64 0, %6, !dbg !81
  br label %10, !dbg !78

8:                                                ; preds = %1
  %9 = load i64, ptr %2, align 8, !dbg !82
  br label %10, !dbg !78

10:                                               ; preds = %8, %5
  %11 = phi i64 [ %7, %5 ], [ %9, %8 ], !dbg !78
  ret i64 %11, !dbg !83
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal double @abs_d(double noundef %0) #0 !dbg !84 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8, !dbg !85
  %4 = fcmp olt double %3, 0.000000e+00, !dbg !86
  br i1 %4, label %5, label %8, !dbg !85

5:                                                ; preds = %1
  %6 = load double, ptr %2, align 8, !dbg !87
  %7 = fneg double %6, !dbg !88
  br label %10, !dbg !85

8:                                                ; preds = %1
  %9 = load double, ptr %2, align 8, !dbg !89
  br label %10, !dbg !85

10:                                               ; preds = %8, %5
  %11 = phi double [ %7, %5 ], [ %9, %8 ], !dbg !85
  ret double %11, !dbg !90
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal float @abs_f(float noundef %0) #0 !dbg !91 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4, !dbg !92
  %4 = fcmp olt float %3, 0.000000e+00, !dbg !93
  br i1 %4, label %5, label %8, !dbg !92

5:                                                ; preds = %1
  %6 = load float, ptr %2, align 4, !dbg !94
  %7 = fneg float %6, !dbg !95
  br label %10, !dbg !92

8:                                                ; preds = %1
  %9 = load float, ptr %2, align 4, !dbg !96
  br label %10, !dbg !92

10:                                               ; preds = %8, %5
  %11 = phi float [ %7, %5 ], [ %9, %8 ], !dbg !92
  ret float %11, !dbg !97
}

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "generic_select.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 17, type: !11, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "generic_select.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 18, column: 10, scope: !9)
!14 = !DILocation(line: 18, column: 25, scope: !9)
!15 = !DILocation(line: 18, column: 41, scope: !9)
!16 = !DILocation(line: 18, column: 54, scope: !9)
!17 = !DILocation(line: 18, column: 73, scope: !9)
!18 = !DILocation(line: 18, column: 87, scope: !9)
!19 = !DILocation(line: 18, column: 107, scope: !9)
!20 = !DILocation(line: 19, column: 5, scope: !9)
!21 = !DILocation(line: 20, column: 5, scope: !9)
!22 = !DILocation(line: 21, column: 39, scope: !9)
!23 = !DILocation(line: 21, column: 48, scope: !9)
!24 = !DILocation(line: 21, column: 68, scope: !9)
!25 = !DILocation(line: 21, column: 87, scope: !9)
!26 = !DILocation(line: 21, column: 79, scope: !9)
!27 = !DILocation(line: 21, column: 5, scope: !9)
!28 = !DILocation(line: 22, column: 9, scope: !9)
!29 = !DILocation(line: 22, column: 16, scope: !9)
!30 = !DILocation(line: 23, column: 18, scope: !9)
!31 = !DILocation(line: 23, column: 13, scope: !9)
!32 = !DILocation(line: 23, column: 23, scope: !9)
!33 = !DILocation(line: 23, column: 9, scope: !9)
!34 = !DILocation(line: 24, column: 36, scope: !9)
!35 = !DILocation(line: 24, column: 39, scope: !9)
!36 = !DILocation(line: 24, column: 42, scope: !9)
!37 = !DILocation(line: 24, column: 45, scope: !9)
!38 = !DILocation(line: 24, column: 5, scope: !9)
!39 = !DILocation(line: 25, column: 5, scope: !9)
!40 = !DILocation(line: 25, column: 10, scope: !9)
!41 = !DILocation(line: 25, column: 13, scope: !9)
!42 = !DILocation(line: 26, column: 28, scope: !9)
!43 = !DILocation(line: 26, column: 31, scope: !9)
!44 = !DILocation(line: 26, column: 5, scope: !9)
!45 = !DILocation(line: 27, column: 24, scope: !9)
!46 = !DILocation(line: 27, column: 40, scope: !9)
!47 = !DILocation(line: 27, column: 36, scope: !9)
!48 = !DILocation(line: 27, column: 47, scope: !9)
!49 = !DILocation(line: 27, column: 49, scope: !9)
!50 = !DILocation(line: 27, column: 31, scope: !9)
!51 = !DILocation(line: 27, column: 65, scope: !9)
!52 = !DILocation(line: 27, column: 69, scope: !9)
!53 = !DILocation(line: 27, column: 67, scope: !9)
!54 = !DILocation(line: 27, column: 62, scope: !9)
!55 = !DILocation(line: 27, column: 60, scope: !9)
!56 = !DILocation(line: 27, column: 56, scope: !9)
!57 = distinct !{!57, !50, !52, !58}
!58 = !{!"llvm.loop.mustprogress"}
!59 = !DILocation(line: 27, column: 72, scope: !9)
!60 = !DILocation(line: 27, column: 75, scope: !9)
!61 = !DILocation(line: 27, column: 9, scope: !9)
!62 = !DILocation(line: 28, column: 29, scope: !9)
!63 = !DILocation(line: 28, column: 5, scope: !9)
!64 = !DILocation(line: 29, column: 26, scope: !9)
!65 = !DILocation(line: 29, column: 38, scope: !9)
!66 = !DILocation(line: 30, column: 37, scope: !9)
!67 = !DILocation(line: 30, column: 27, scope: !9)
!68 = !DILocation(line: 30, column: 5, scope: !9)
!69 = !DILocation(line: 31, column: 5, scope: !9)
!70 = distinct !DISubprogram(name: "abs_i", scope: !10, file: !10, line: 12, type: !11, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!71 = !DILocation(line: 12, column: 34, scope: !70)
!72 = !DILocation(line: 12, column: 36, scope: !70)
!73 = !DILocation(line: 12, column: 43, scope: !70)
!74 = !DILocation(line: 12, column: 42, scope: !70)
!75 = !DILocation(line: 12, column: 47, scope: !70)
!76 = !DILocation(line: 12, column: 27, scope: !70)
!77 = distinct !DISubprogram(name: "abs_l", scope: !10, file: !10, line: 13, type: !11, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!78 = !DILocation(line: 13, column: 36, scope: !77)
!79 = !DILocation(line: 13, column: 38, scope: !77)
!80 = !DILocation(line: 13, column: 45, scope: !77)
!81 = !DILocation(line: 13, column: 44, scope: !77)
!82 = !DILocation(line: 13, column: 49, scope: !77)
!83 = !DILocation(line: 13, column: 29, scope: !77)
!84 = distinct !DISubprogram(name: "abs_d", scope: !10, file: !10, line: 14, type: !11, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!85 = !DILocation(line: 14, column: 40, scope: !84)
!86 = !DILocation(line: 14, column: 42, scope: !84)
!87 = !DILocation(line: 14, column: 49, scope: !84)
!88 = !DILocation(line: 14, column: 48, scope: !84)
!89 = !DILocation(line: 14, column: 53, scope: !84)
!90 = !DILocation(line: 14, column: 33, scope: !84)
!91 = distinct !DISubprogram(name: "abs_f", scope: !10, file: !10, line: 15, type: !11, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!92 = !DILocation(line: 15, column: 38, scope: !91)
!93 = !DILocation(line: 15, column: 40, scope: !91)
!94 = !DILocation(line: 15, column: 47, scope: !91)
!95 = !DILocation(line: 15, column: 46, scope: !91)
!96 = !DILocation(line: 15, column: 51, scope: !91)
!97 = !DILocation(line: 15, column: 31, scope: !91)
