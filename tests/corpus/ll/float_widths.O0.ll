; ModuleID = 'float_widths.c'
source_filename = "float_widths.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@seed = internal global double 0x3FF3C0CA428C59FB, align 8
@hv = internal global [4 x half] zeroinitializer, align 2
@.str = private unnamed_addr constant [18 x i8] c"half %.17g %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"float %.9g\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"double %.17g\0A\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"ldouble %.21Lg\0A\00", align 1
@.str.4 = private unnamed_addr constant [29 x i8] c"conv %d %u %lld %.17g %.17g\0A\00", align 1
@.str.5 = private unnamed_addr constant [23 x i8] c"sizes %zu %zu %zu %zu\0A\00", align 1
@.str.6 = private unnamed_addr constant [16 x i8] c"neg %.9g %.17g\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca half, align 2
  %3 = alloca i32, align 4
  %4 = alloca float, align 4
  %5 = alloca double, align 8
  %6 = alloca x86_fp80, align 16
  %7 = alloca i32, align 4
  %8 = alloca float, align 4
  %9 = alloca double, align 8
  store i32 0, ptr %1, align 4
  %10 = load volatile double, ptr @seed, align 8, !dbg !13
  %11 = fptrunc double %10 to half, !dbg !14
  store half %11, ptr %2, align 2, !dbg !15
  %12 = load half, ptr %2, align 2, !dbg !16
  store volatile half %12, ptr @hv, align 2, !dbg !17
  store i32 0, ptr %3, align 4, !dbg !18
  br label %13, !dbg !19

13:                                               ; preds = %37, %0
  %14 = load i32, ptr %3, align 4, !dbg !20
  %15 = icmp slt i32 %14, 20, !dbg !21
  br i1 %15, label %16, label %40, !dbg !22

16:                                               ; preds = %13
  %17 = load volatile half, ptr @hv, align 2, !dbg !23
  %18 = fpext half %17 to float, !dbg !24
  %19 = load volatile half, ptr @hv, align 2, !dbg !25
  %20 = fpext half %19 to float, !dbg !24
  %21 = fmul float %18, %20, !dbg !24
  %22 = fptrunc float %21 to half, !dbg !24
  store volatile half %22, ptr getelementptr inbounds ([4 x half], ptr @hv, i64 0, i64 1), align 2, !dbg !26
  %23 = load volatile half, ptr getelementptr inbounds ([4 x half], ptr @hv, i64 0, i64 1), align 2, !dbg !27
  %24 = fpext half %23 to float, !dbg !28
  %25 = load volatile half, ptr @hv, align 2, !dbg !29
  %26 = fpext half %25 to float, !dbg !28
  %27 = fsub float %24, %26, !dbg !28
  %28 = fptrunc float %27 to half, !dbg !28
  store volatile half %28, ptr getelementptr inbounds ([4 x half], ptr @hv, i64 0, i64 2), align 2, !dbg !30
  %29 = load volatile half, ptr getelementptr inbounds ([4 x half], ptr @hv, i64 0, i64 2), align 2, !dbg !31
  %30 = fpext half %29 to float, !dbg !32
  %31 = fadd float %30, 2.500000e-01, !dbg !32
  %32 = fptrunc float %31 to half, !dbg !32
  store volatile half %32, ptr @hv, align 2, !dbg !33
  %33 = load volatile half, ptr @hv, align 2, !dbg !34
  %34 = fpext half %33 to float, !dbg !35
  %35 = fdiv float %34, 3.000000e+00, !dbg !35
  %36 = fptrunc float %35 to half, !dbg !35
  store volatile half %36, ptr getelementptr inbounds ([4 x half], ptr @hv, i64 0, i64 3), align 2, !dbg !36
  br label %37, !dbg !37

37:                                               ; preds = %16
  %38 = load i32, ptr %3, align 4, !dbg !38
  %39 = add nsw i32 %38, 1, !dbg !38
  store i32 %39, ptr %3, align 4, !dbg !38
  br label %13, !dbg !22, !llvm.loop !39

40:                                               ; preds = %13
  %41 = load volatile half, ptr @hv, align 2, !dbg !41
  %42 = fpext half %41 to double, !dbg !42
  %43 = load volatile half, ptr getelementptr inbounds ([4 x half], ptr @hv, i64 0, i64 3), align 2, !dbg !43
  %44 = fpext half %43 to double, !dbg !44
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %42, double noundef %44), !dbg !45
  %46 = load volatile double, ptr @seed, align 8, !dbg !46
  %47 = fptrunc double %46 to float, !dbg !47
  store float %47, ptr %4, align 4, !dbg !48
  %48 = load volatile double, ptr @seed, align 8, !dbg !49
  store double %48, ptr %5, align 8, !dbg !50
  %49 = load volatile double, ptr @seed, align 8, !dbg !51
  %50 = fpext double %49 to x86_fp80, !dbg !51
  store x86_fp80 %50, ptr %6, align 16, !dbg !52
  store i32 0, ptr %7, align 4, !dbg !53
  br label %51, !dbg !54

51:                                               ; preds = %70, %40
  %52 = load i32, ptr %7, align 4, !dbg !55
  %53 = icmp slt i32 %52, 50, !dbg !56
  br i1 %53, label %54, label %73, !dbg !57

54:                                               ; preds = %51
  %55 = load float, ptr %4, align 4, !dbg !58
  %56 = load float, ptr %4, align 4, !dbg !59
  %57 = fadd float %56, 1.000000e+00, !dbg !60
  %58 = fdiv float 5.000000e-01, %57, !dbg !61
  %59 = call float @llvm.fmuladd.f32(float %55, float 0x3FF00068E0000000, float %58), !dbg !62
  store float %59, ptr %4, align 4, !dbg !63
  %60 = load double, ptr %5, align 8, !dbg !64
  %61 = load double, ptr %5, align 8, !dbg !65
  %62 = fadd double %61, 1.000000e+00, !dbg !66
  %63 = fdiv double 5.000000e-01, %62, !dbg !67
  %64 = call double @llvm.fmuladd.f64(double %60, double 0x3FF000001AD7F29B, double %63), !dbg !68
  store double %64, ptr %5, align 8, !dbg !69
  %65 = load x86_fp80, ptr %6, align 16, !dbg !70
  %66 = load x86_fp80, ptr %6, align 16, !dbg !71
  %67 = fadd x86_fp80 %66, 0xK3FFF8000000000000000, !dbg !72
  %68 = fdiv x86_fp80 0xK3FFE8000000000000000, %67, !dbg !73
  %69 = call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %65, x86_fp80 0xK3FFF800000D6BF94D5E5, x86_fp80 %68), !dbg !74
  store x86_fp80 %69, ptr %6, align 16, !dbg !75
  br label %70, !dbg !76

70:                                               ; preds = %54
  %71 = load i32, ptr %7, align 4, !dbg !77
  %72 = add nsw i32 %71, 1, !dbg !77
  store i32 %72, ptr %7, align 4, !dbg !77
  br label %51, !dbg !57, !llvm.loop !78

73:                                               ; preds = %51
  %74 = load float, ptr %4, align 4, !dbg !79
  %75 = fpext float %74 to double, !dbg !80
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %75), !dbg !81
  %77 = load double, ptr %5, align 8, !dbg !82
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %77), !dbg !83
  %79 = load x86_fp80, ptr %6, align 16, !dbg !84
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, x86_fp80 noundef %79), !dbg !85
  %81 = load float, ptr %4, align 4, !dbg !86
  %82 = fmul float %81, 1.000000e+03, !dbg !87
  %83 = fptosi float %82 to i32, !dbg !88
  %84 = load double, ptr %5, align 8, !dbg !89
  %85 = fmul double %84, 1.000000e+06, !dbg !90
  %86 = fptoui double %85 to i32, !dbg !91
  %87 = load x86_fp80, ptr %6, align 16, !dbg !92
  %88 = fmul x86_fp80 %87, 0xK4026E8D4A51000000000, !dbg !93
  %89 = fptosi x86_fp80 %88 to i64, !dbg !94
  %90 = load double, ptr %5, align 8, !dbg !95
  %91 = fptrunc double %90 to float, !dbg !96
  %92 = fpext float %91 to double, !dbg !97
  %93 = load x86_fp80, ptr %6, align 16, !dbg !98
  %94 = load double, ptr %5, align 8, !dbg !99
  %95 = fpext double %94 to x86_fp80, !dbg !100
  %96 = fsub x86_fp80 %93, %95, !dbg !101
  %97 = fptrunc x86_fp80 %96 to double, !dbg !102
  %98 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %83, i32 noundef %86, i64 noundef %89, double noundef %92, double noundef %97), !dbg !103
  %99 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef 2, i64 noundef 4, i64 noundef 8, i64 noundef 16), !dbg !104
  %100 = load float, ptr %4, align 4, !dbg !105
  %101 = fneg float %100, !dbg !106
  store float %101, ptr %8, align 4, !dbg !107
  %102 = load double, ptr %5, align 8, !dbg !108
  %103 = fneg double %102, !dbg !109
  %104 = fmul double %103, 1.000000e+09, !dbg !110
  %105 = fptosi double %104 to i64, !dbg !111
  %106 = sitofp i64 %105 to double, !dbg !112
  store double %106, ptr %9, align 8, !dbg !113
  %107 = load float, ptr %8, align 4, !dbg !114
  %108 = fpext float %107 to double, !dbg !115
  %109 = load double, ptr %9, align 8, !dbg !116
  %110 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %108, double noundef %109), !dbg !117
  ret i32 0, !dbg !118
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.fmuladd.f80(x86_fp80, x86_fp80, x86_fp80) #2

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "float_widths.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 8, type: !11, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "float_widths.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 9, column: 28, scope: !9)
!14 = !DILocation(line: 9, column: 18, scope: !9)
!15 = !DILocation(line: 9, column: 14, scope: !9)
!16 = !DILocation(line: 10, column: 13, scope: !9)
!17 = !DILocation(line: 10, column: 11, scope: !9)
!18 = !DILocation(line: 11, column: 14, scope: !9)
!19 = !DILocation(line: 11, column: 10, scope: !9)
!20 = !DILocation(line: 11, column: 21, scope: !9)
!21 = !DILocation(line: 11, column: 23, scope: !9)
!22 = !DILocation(line: 11, column: 5, scope: !9)
!23 = !DILocation(line: 12, column: 17, scope: !9)
!24 = !DILocation(line: 12, column: 23, scope: !9)
!25 = !DILocation(line: 12, column: 25, scope: !9)
!26 = !DILocation(line: 12, column: 15, scope: !9)
!27 = !DILocation(line: 13, column: 17, scope: !9)
!28 = !DILocation(line: 13, column: 23, scope: !9)
!29 = !DILocation(line: 13, column: 25, scope: !9)
!30 = !DILocation(line: 13, column: 15, scope: !9)
!31 = !DILocation(line: 14, column: 17, scope: !9)
!32 = !DILocation(line: 14, column: 23, scope: !9)
!33 = !DILocation(line: 14, column: 15, scope: !9)
!34 = !DILocation(line: 15, column: 17, scope: !9)
!35 = !DILocation(line: 15, column: 23, scope: !9)
!36 = !DILocation(line: 15, column: 15, scope: !9)
!37 = !DILocation(line: 16, column: 5, scope: !9)
!38 = !DILocation(line: 11, column: 30, scope: !9)
!39 = distinct !{!39, !22, !37, !40}
!40 = !{!"llvm.loop.mustprogress"}
!41 = !DILocation(line: 17, column: 42, scope: !9)
!42 = !DILocation(line: 17, column: 34, scope: !9)
!43 = !DILocation(line: 17, column: 57, scope: !9)
!44 = !DILocation(line: 17, column: 49, scope: !9)
!45 = !DILocation(line: 17, column: 5, scope: !9)
!46 = !DILocation(line: 18, column: 22, scope: !9)
!47 = !DILocation(line: 18, column: 15, scope: !9)
!48 = !DILocation(line: 18, column: 11, scope: !9)
!49 = !DILocation(line: 18, column: 39, scope: !9)
!50 = !DILocation(line: 18, column: 35, scope: !9)
!51 = !DILocation(line: 18, column: 62, scope: !9)
!52 = !DILocation(line: 18, column: 57, scope: !9)
!53 = !DILocation(line: 19, column: 14, scope: !9)
!54 = !DILocation(line: 19, column: 10, scope: !9)
!55 = !DILocation(line: 19, column: 21, scope: !9)
!56 = !DILocation(line: 19, column: 23, scope: !9)
!57 = !DILocation(line: 19, column: 5, scope: !9)
!58 = !DILocation(line: 20, column: 13, scope: !9)
!59 = !DILocation(line: 20, column: 35, scope: !9)
!60 = !DILocation(line: 20, column: 37, scope: !9)
!61 = !DILocation(line: 20, column: 32, scope: !9)
!62 = !DILocation(line: 20, column: 25, scope: !9)
!63 = !DILocation(line: 20, column: 11, scope: !9)
!64 = !DILocation(line: 21, column: 13, scope: !9)
!65 = !DILocation(line: 21, column: 36, scope: !9)
!66 = !DILocation(line: 21, column: 38, scope: !9)
!67 = !DILocation(line: 21, column: 33, scope: !9)
!68 = !DILocation(line: 21, column: 27, scope: !9)
!69 = !DILocation(line: 21, column: 11, scope: !9)
!70 = !DILocation(line: 22, column: 14, scope: !9)
!71 = !DILocation(line: 22, column: 40, scope: !9)
!72 = !DILocation(line: 22, column: 43, scope: !9)
!73 = !DILocation(line: 22, column: 37, scope: !9)
!74 = !DILocation(line: 22, column: 30, scope: !9)
!75 = !DILocation(line: 22, column: 12, scope: !9)
!76 = !DILocation(line: 23, column: 5, scope: !9)
!77 = !DILocation(line: 19, column: 30, scope: !9)
!78 = distinct !{!78, !57, !76, !40}
!79 = !DILocation(line: 24, column: 36, scope: !9)
!80 = !DILocation(line: 24, column: 28, scope: !9)
!81 = !DILocation(line: 24, column: 5, scope: !9)
!82 = !DILocation(line: 25, column: 30, scope: !9)
!83 = !DILocation(line: 25, column: 5, scope: !9)
!84 = !DILocation(line: 26, column: 32, scope: !9)
!85 = !DILocation(line: 26, column: 5, scope: !9)
!86 = !DILocation(line: 27, column: 51, scope: !9)
!87 = !DILocation(line: 27, column: 53, scope: !9)
!88 = !DILocation(line: 27, column: 45, scope: !9)
!89 = !DILocation(line: 27, column: 73, scope: !9)
!90 = !DILocation(line: 27, column: 75, scope: !9)
!91 = !DILocation(line: 27, column: 62, scope: !9)
!92 = !DILocation(line: 28, column: 24, scope: !9)
!93 = !DILocation(line: 28, column: 27, scope: !9)
!94 = !DILocation(line: 28, column: 12, scope: !9)
!95 = !DILocation(line: 28, column: 52, scope: !9)
!96 = !DILocation(line: 28, column: 45, scope: !9)
!97 = !DILocation(line: 28, column: 37, scope: !9)
!98 = !DILocation(line: 28, column: 64, scope: !9)
!99 = !DILocation(line: 28, column: 82, scope: !9)
!100 = !DILocation(line: 28, column: 69, scope: !9)
!101 = !DILocation(line: 28, column: 67, scope: !9)
!102 = !DILocation(line: 28, column: 55, scope: !9)
!103 = !DILocation(line: 27, column: 5, scope: !9)
!104 = !DILocation(line: 29, column: 5, scope: !9)
!105 = !DILocation(line: 30, column: 18, scope: !9)
!106 = !DILocation(line: 30, column: 17, scope: !9)
!107 = !DILocation(line: 30, column: 11, scope: !9)
!108 = !DILocation(line: 30, column: 56, scope: !9)
!109 = !DILocation(line: 30, column: 55, scope: !9)
!110 = !DILocation(line: 30, column: 58, scope: !9)
!111 = !DILocation(line: 30, column: 43, scope: !9)
!112 = !DILocation(line: 30, column: 35, scope: !9)
!113 = !DILocation(line: 30, column: 28, scope: !9)
!114 = !DILocation(line: 31, column: 40, scope: !9)
!115 = !DILocation(line: 31, column: 32, scope: !9)
!116 = !DILocation(line: 31, column: 45, scope: !9)
!117 = !DILocation(line: 31, column: 5, scope: !9)
!118 = !DILocation(line: 32, column: 5, scope: !9)
