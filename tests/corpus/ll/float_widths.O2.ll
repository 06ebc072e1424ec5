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

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
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
  call void @llvm.lifetime.start.p0(ptr %2) #4, !dbg !17
  %10 = load volatile double, ptr @seed, align 8, !dbg !18, !tbaa !19
  %11 = fptrunc double %10 to half, !dbg !21
  store half %11, ptr %2, align 2, !dbg !22, !tbaa !23
  %12 = load half, ptr %2, align 2, !dbg !25, !tbaa !23
  store volatile half %12, ptr @hv, align 2, !dbg !26, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !27
  store i32 0, ptr %3, align 4, !dbg !28, !tbaa !9
  br label %13, !dbg !27

13:                                               ; preds = %38, %0
  %14 = load i32, ptr %3, align 4, !dbg !29, !tbaa !9
  %15 = icmp slt i32 %14, 20, !dbg !30
  br i1 %15, label %17, label %16, !dbg !31

16:                                               ; preds = %13
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !32
  br label %41

17:                                               ; preds = %13
  %18 = load volatile half, ptr @hv, align 2, !dbg !33, !tbaa !23
  %19 = fpext half %18 to float, !dbg !34
  %20 = load volatile half, ptr @hv, align 2, !dbg !35, !tbaa !23
  %21 = fpext half %20 to float, !dbg !34
  %22 = fmul float %19, %21, !dbg !36
  %23 = fptrunc float %22 to half, !dbg !37
  store volatile half %23, ptr getelementptr inbounds ([4 x half], ptr @hv, i64 0, i64 1), align 2, !dbg !38, !tbaa !23
  %24 = load volatile half, ptr getelementptr inbounds ([4 x half], ptr @hv, i64 0, i64 1), align 2, !dbg !39, !tbaa !23
  %25 = fpext half %24 to float, !dbg !40
  %26 = load volatile half, ptr @hv, align 2, !dbg !41, !tbaa !23
  %27 = fpext half %26 to float, !dbg !40
  %28 = fsub float %25, %27, !dbg !42
  %29 = fptrunc float %28 to half, !dbg !43
  store volatile half %29, ptr getelementptr inbounds ([4 x half], ptr @hv, i64 0, i64 2), align 2, !dbg !44, !tbaa !23
  %30 = load volatile half, ptr getelementptr inbounds ([4 x half], ptr @hv, i64 0, i64 2), align 2, !dbg !45, !tbaa !23
  %31 = fpext half %30 to float, !dbg !46
  %32 = fadd float %31, 2.500000e-01, !dbg !47
  %33 = fptrunc float %32 to half, !dbg !48
  store volatile half %33, ptr @hv, align 2, !dbg !49, !tbaa !23
  %34 = load volatile half, ptr @hv, align 2, !dbg !50, !tbaa !23
  %35 = fpext half %34 to float, !dbg !51
  %36 = fdiv float %35, 3.000000e+00, !dbg !52
  %37 = fptrunc float %36 to half, !dbg !53
  store volatile half %37, ptr getelementptr inbounds ([4 x half], ptr @hv, i64 0, i64 3), align 2, !dbg !54, !tbaa !23
  br label %38, !dbg !55

38:                                               ; preds = %17
  %39 = load i32, ptr %3, align 4, !dbg !56, !tbaa !9
  %40 = add nsw i32 %39, 1, !dbg !57
  store i32 %40, ptr %3, align 4, !dbg !58, !tbaa !9
  br label %13, !dbg !32, !llvm.loop !59

41:                                               ; preds = %16
  %42 = load volatile half, ptr @hv, align 2, !dbg !62, !tbaa !23
  %43 = fpext half %42 to double, !dbg !63
  %44 = load volatile half, ptr getelementptr inbounds ([4 x half], ptr @hv, i64 0, i64 3), align 2, !dbg !64, !tbaa !23
  %45 = fpext half %44 to double, !dbg !65
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %43, double noundef %45), !dbg !66
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !67
  %47 = load volatile double, ptr @seed, align 8, !dbg !68, !tbaa !19
  %48 = fptrunc double %47 to float, !dbg !69
  store float %48, ptr %4, align 4, !dbg !70, !tbaa !71
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !73
  %49 = load volatile double, ptr @seed, align 8, !dbg !74, !tbaa !19
  store double %49, ptr %5, align 8, !dbg !75, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !76
  %50 = load volatile double, ptr @seed, align 8, !dbg !77, !tbaa !19
  %51 = fpext double %50 to x86_fp80, !dbg !78
  store x86_fp80 %51, ptr %6, align 16, !dbg !79, !tbaa !80
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !82
  store i32 0, ptr %7, align 4, !dbg !83, !tbaa !9
  br label %52, !dbg !82

52:                                               ; preds = %72, %41
  %53 = load i32, ptr %7, align 4, !dbg !84, !tbaa !9
  %54 = icmp slt i32 %53, 50, !dbg !85
  br i1 %54, label %56, label %55, !dbg !86

55:                                               ; preds = %52
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !87
  br label %75

56:                                               ; preds = %52
  %57 = load float, ptr %4, align 4, !dbg !88, !tbaa !71
  %58 = load float, ptr %4, align 4, !dbg !89, !tbaa !71
  %59 = fadd float %58, 1.000000e+00, !dbg !90
  %60 = fdiv float 5.000000e-01, %59, !dbg !91
  %61 = call float @llvm.fmuladd.f32(float %57, float 0x3FF00068E0000000, float %60), !dbg !92
  store float %61, ptr %4, align 4, !dbg !93, !tbaa !71
  %62 = load double, ptr %5, align 8, !dbg !94, !tbaa !19
  %63 = load double, ptr %5, align 8, !dbg !95, !tbaa !19
  %64 = fadd double %63, 1.000000e+00, !dbg !96
  %65 = fdiv double 5.000000e-01, %64, !dbg !97
  %66 = call double @llvm.fmuladd.f64(double %62, double 0x3FF000001AD7F29B, double %65), !dbg !98
  store double %66, ptr %5, align 8, !dbg !99, !tbaa !19
  %67 = load x86_fp80, ptr %6, align 16, !dbg !100, !tbaa !80
  %68 = load x86_fp80, ptr %6, align 16, !dbg !101, !tbaa !80
  %69 = fadd x86_fp80 %68, 0xK3FFF8000000000000000, !dbg !102
  %70 = fdiv x86_fp80 0xK3FFE8000000000000000, %69, !dbg !103
  %71 = call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %67, x86_fp80 0xK3FFF800000D6BF94D5E5, x86_fp80 %70), !dbg !104
  store x86_fp80 %71, ptr %6, align 16, !dbg !105, !tbaa !80
  br label %72, !dbg !106

72:                                               ; preds = %56
  %73 = load i32, ptr %7, align 4, !dbg !107, !tbaa !9
  %74 = add nsw i32 %73, 1, !dbg !108
  store i32 %74, ptr %7, align 4, !dbg !109, !tbaa !9
  br label %52, !dbg !87, !llvm.loop !110

75:                                               ; preds = %55
  %76 = load float, ptr %4, align 4, !dbg !112, !tbaa !71
  %77 = fpext float %76 to double, !dbg !113
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %77), !dbg !114
  %79 = load double, ptr %5, align 8, !dbg !115, !tbaa !19
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %79), !dbg !116
  %81 = load x86_fp80, ptr %6, align 16, !dbg !117, !tbaa !80
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, x86_fp80 noundef %81), !dbg !118
  %83 = load float, ptr %4, align 4, !dbg !119, !tbaa !71
  %84 = fmul float %83, 1.000000e+03, !dbg !120
  %85 = fptosi float %84 to i32, !dbg !121
  %86 = load double, ptr %5, align 8, !dbg !122, !tbaa !19
  %87 = fmul double %86, 1.000000e+06, !dbg !123
  %88 = fptoui double %87 to i32, !dbg !124
  %89 = load x86_fp80, ptr %6, align 16, !dbg !125, !tbaa !80
  %90 = fmul x86_fp80 %89, 0xK4026E8D4A51000000000, !dbg !126
  %91 = fptosi x86_fp80 %90 to i64, !dbg !127
  %92 = load double, ptr %5, align 8, !dbg !128, !tbaa !19
  %93 = fptrunc double %92 to float, !dbg !129
  %94 = fpext float %93 to double, !dbg !130
  %95 = load x86_fp80, ptr %6, align 16, !dbg !131, !tbaa !80
  %96 = load double, ptr %5, align 8, !dbg !132, !tbaa !19
  %97 = fpext double %96 to x86_fp80, !dbg !133
  %98 = fsub x86_fp80 %95, %97, !dbg !134
  %99 = fptrunc x86_fp80 %98 to double, !dbg !135
  %100 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %85, i32 noundef %88, i64 noundef %91, double noundef %94, double noundef %99), !dbg !136
  %101 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef 2, i64 noundef 4, i64 noundef 8, i64 noundef 16), !dbg !137
  call void @llvm.lifetime.start.p0(ptr %8) #4, !dbg !138
  %102 = load float, ptr %4, align 4, !dbg !139, !tbaa !71
  %103 = fneg float %102, !dbg !140
  store float %103, ptr %8, align 4, !dbg !141, !tbaa !71
  call void @llvm.lifetime.start.p0(ptr %9) #4, !dbg !142
  %104 = load double, ptr %5, align 8, !dbg !143, !tbaa !19
  %105 = fneg double %104, !dbg !144
  %106 = fmul double %105, 1.000000e+09, !dbg !145
  %107 = fptosi double %106 to i64, !dbg !146
  %108 = sitofp i64 %107 to double, !dbg !147
  store double %108, ptr %9, align 8, !dbg !148, !tbaa !19
  %109 = load float, ptr %8, align 4, !dbg !149, !tbaa !71
  %110 = fpext float %109 to double, !dbg !150
  %111 = load double, ptr %9, align 8, !dbg !151, !tbaa !19
  %112 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %110, double noundef %111), !dbg !152
  call void @llvm.lifetime.end.p0(ptr %9) #4, !dbg !153
  call void @llvm.lifetime.end.p0(ptr %8) #4, !dbg !153
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !153
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !153
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !153
  call void @llvm.lifetime.end.p0(ptr %2) #4, !dbg !153
  ret i32 0, !dbg !154
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !155 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #3

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.fmuladd.f80(x86_fp80, x86_fp80, x86_fp80) #3

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "float_widths.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 8, type: !15, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "float_widths.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 9, column: 5, scope: !13)
!18 = !DILocation(line: 9, column: 28, scope: !13, atomGroup: 1, atomRank: 3)
!19 = !{!20, !20, i64 0}
!20 = !{!"double", !11, i64 0}
!21 = !DILocation(line: 9, column: 18, scope: !13, atomGroup: 1, atomRank: 2)
!22 = !DILocation(line: 9, column: 14, scope: !13, atomGroup: 1, atomRank: 1)
!23 = !{!24, !24, i64 0}
!24 = !{!"_Float16", !11, i64 0}
!25 = !DILocation(line: 10, column: 13, scope: !13, atomGroup: 2, atomRank: 2)
!26 = !DILocation(line: 10, column: 11, scope: !13, atomGroup: 2, atomRank: 1)
!27 = !DILocation(line: 11, column: 10, scope: !13)
!28 = !DILocation(line: 11, column: 14, scope: !13, atomGroup: 3, atomRank: 1)
!29 = !DILocation(line: 11, column: 21, scope: !13)
!30 = !DILocation(line: 11, column: 23, scope: !13, atomGroup: 4, atomRank: 1)
!31 = !DILocation(line: 11, column: 5, scope: !13, atomGroup: 5, atomRank: 1)
!32 = !DILocation(line: 11, column: 5, scope: !13)
!33 = !DILocation(line: 12, column: 17, scope: !13)
!34 = !DILocation(line: 12, column: 23, scope: !13)
!35 = !DILocation(line: 12, column: 25, scope: !13)
!36 = !DILocation(line: 12, column: 23, scope: !13, atomGroup: 6, atomRank: 3)
!37 = !DILocation(line: 12, column: 23, scope: !13, atomGroup: 6, atomRank: 2)
!38 = !DILocation(line: 12, column: 15, scope: !13, atomGroup: 6, atomRank: 1)
!39 = !DILocation(line: 13, column: 17, scope: !13)
!40 = !DILocation(line: 13, column: 23, scope: !13)
!41 = !DILocation(line: 13, column: 25, scope: !13)
!42 = !DILocation(line: 13, column: 23, scope: !13, atomGroup: 7, atomRank: 3)
!43 = !DILocation(line: 13, column: 23, scope: !13, atomGroup: 7, atomRank: 2)
!44 = !DILocation(line: 13, column: 15, scope: !13, atomGroup: 7, atomRank: 1)
!45 = !DILocation(line: 14, column: 17, scope: !13)
!46 = !DILocation(line: 14, column: 23, scope: !13)
!47 = !DILocation(line: 14, column: 23, scope: !13, atomGroup: 8, atomRank: 3)
!48 = !DILocation(line: 14, column: 23, scope: !13, atomGroup: 8, atomRank: 2)
!49 = !DILocation(line: 14, column: 15, scope: !13, atomGroup: 8, atomRank: 1)
!50 = !DILocation(line: 15, column: 17, scope: !13)
!51 = !DILocation(line: 15, column: 23, scope: !13)
!52 = !DILocation(line: 15, column: 23, scope: !13, atomGroup: 9, atomRank: 3)
!53 = !DILocation(line: 15, column: 23, scope: !13, atomGroup: 9, atomRank: 2)
!54 = !DILocation(line: 15, column: 15, scope: !13, atomGroup: 9, atomRank: 1)
!55 = !DILocation(line: 16, column: 5, scope: !13, atomGroup: 11, atomRank: 1)
!56 = !DILocation(line: 11, column: 30, scope: !13)
!57 = !DILocation(line: 11, column: 30, scope: !13, atomGroup: 10, atomRank: 2)
!58 = !DILocation(line: 11, column: 30, scope: !13, atomGroup: 10, atomRank: 1)
!59 = distinct !{!59, !32, !60, !61}
!60 = !DILocation(line: 16, column: 5, scope: !13)
!61 = !{!"llvm.loop.mustprogress"}
!62 = !DILocation(line: 17, column: 42, scope: !13)
!63 = !DILocation(line: 17, column: 34, scope: !13)
!64 = !DILocation(line: 17, column: 57, scope: !13)
!65 = !DILocation(line: 17, column: 49, scope: !13)
!66 = !DILocation(line: 17, column: 5, scope: !13)
!67 = !DILocation(line: 18, column: 5, scope: !13)
!68 = !DILocation(line: 18, column: 22, scope: !13, atomGroup: 12, atomRank: 3)
!69 = !DILocation(line: 18, column: 15, scope: !13, atomGroup: 12, atomRank: 2)
!70 = !DILocation(line: 18, column: 11, scope: !13, atomGroup: 12, atomRank: 1)
!71 = !{!72, !72, i64 0}
!72 = !{!"float", !11, i64 0}
!73 = !DILocation(line: 18, column: 28, scope: !13)
!74 = !DILocation(line: 18, column: 39, scope: !13, atomGroup: 13, atomRank: 2)
!75 = !DILocation(line: 18, column: 35, scope: !13, atomGroup: 13, atomRank: 1)
!76 = !DILocation(line: 18, column: 45, scope: !13)
!77 = !DILocation(line: 18, column: 62, scope: !13, atomGroup: 14, atomRank: 3)
!78 = !DILocation(line: 18, column: 62, scope: !13, atomGroup: 14, atomRank: 2)
!79 = !DILocation(line: 18, column: 57, scope: !13, atomGroup: 14, atomRank: 1)
!80 = !{!81, !81, i64 0}
!81 = !{!"long double", !11, i64 0}
!82 = !DILocation(line: 19, column: 10, scope: !13)
!83 = !DILocation(line: 19, column: 14, scope: !13, atomGroup: 15, atomRank: 1)
!84 = !DILocation(line: 19, column: 21, scope: !13)
!85 = !DILocation(line: 19, column: 23, scope: !13, atomGroup: 16, atomRank: 1)
!86 = !DILocation(line: 19, column: 5, scope: !13, atomGroup: 17, atomRank: 1)
!87 = !DILocation(line: 19, column: 5, scope: !13)
!88 = !DILocation(line: 20, column: 13, scope: !13)
!89 = !DILocation(line: 20, column: 35, scope: !13)
!90 = !DILocation(line: 20, column: 37, scope: !13)
!91 = !DILocation(line: 20, column: 32, scope: !13)
!92 = !DILocation(line: 20, column: 25, scope: !13, atomGroup: 18, atomRank: 2)
!93 = !DILocation(line: 20, column: 11, scope: !13, atomGroup: 18, atomRank: 1)
!94 = !DILocation(line: 21, column: 13, scope: !13)
!95 = !DILocation(line: 21, column: 36, scope: !13)
!96 = !DILocation(line: 21, column: 38, scope: !13)
!97 = !DILocation(line: 21, column: 33, scope: !13)
!98 = !DILocation(line: 21, column: 27, scope: !13, atomGroup: 19, atomRank: 2)
!99 = !DILocation(line: 21, column: 11, scope: !13, atomGroup: 19, atomRank: 1)
!100 = !DILocation(line: 22, column: 14, scope: !13)
!101 = !DILocation(line: 22, column: 40, scope: !13)
!102 = !DILocation(line: 22, column: 43, scope: !13)
!103 = !DILocation(line: 22, column: 37, scope: !13)
!104 = !DILocation(line: 22, column: 30, scope: !13, atomGroup: 20, atomRank: 2)
!105 = !DILocation(line: 22, column: 12, scope: !13, atomGroup: 20, atomRank: 1)
!106 = !DILocation(line: 23, column: 5, scope: !13, atomGroup: 22, atomRank: 1)
!107 = !DILocation(line: 19, column: 30, scope: !13)
!108 = !DILocation(line: 19, column: 30, scope: !13, atomGroup: 21, atomRank: 2)
!109 = !DILocation(line: 19, column: 30, scope: !13, atomGroup: 21, atomRank: 1)
!110 = distinct !{!110, !87, !111, !61}
!111 = !DILocation(line: 23, column: 5, scope: !13)
!112 = !DILocation(line: 24, column: 36, scope: !13)
!113 = !DILocation(line: 24, column: 28, scope: !13)
!114 = !DILocation(line: 24, column: 5, scope: !13)
!115 = !DILocation(line: 25, column: 30, scope: !13)
!116 = !DILocation(line: 25, column: 5, scope: !13)
!117 = !DILocation(line: 26, column: 32, scope: !13)
!118 = !DILocation(line: 26, column: 5, scope: !13)
!119 = !DILocation(line: 27, column: 51, scope: !13)
!120 = !DILocation(line: 27, column: 53, scope: !13)
!121 = !DILocation(line: 27, column: 45, scope: !13)
!122 = !DILocation(line: 27, column: 73, scope: !13)
!123 = !DILocation(line: 27, column: 75, scope: !13)
!124 = !DILocation(line: 27, column: 62, scope: !13)
!125 = !DILocation(line: 28, column: 24, scope: !13)
!126 = !DILocation(line: 28, column: 27, scope: !13)
!127 = !DILocation(line: 28, column: 12, scope: !13)
!128 = !DILocation(line: 28, column: 52, scope: !13)
!129 = !DILocation(line: 28, column: 45, scope: !13)
!130 = !DILocation(line: 28, column: 37, scope: !13)
!131 = !DILocation(line: 28, column: 64, scope: !13)
!132 = !DILocation(line: 28, column: 82, scope: !13)
!133 = !DILocation(line: 28, column: 69, scope: !13)
!134 = !DILocation(line: 28, column: 67, scope: !13)
!135 = !DILocation(line: 28, column: 55, scope: !13)
!136 = !DILocation(line: 27, column: 5, scope: !13)
!137 = !DILocation(line: 29, column: 5, scope: !13)
!138 = !DILocation(line: 30, column: 5, scope: !13)
!139 = !DILocation(line: 30, column: 18, scope: !13)
!140 = !DILocation(line: 30, column: 17, scope: !13, atomGroup: 23, atomRank: 2)
!141 = !DILocation(line: 30, column: 11, scope: !13, atomGroup: 23, atomRank: 1)
!142 = !DILocation(line: 30, column: 21, scope: !13)
!143 = !DILocation(line: 30, column: 56, scope: !13)
!144 = !DILocation(line: 30, column: 55, scope: !13)
!145 = !DILocation(line: 30, column: 58, scope: !13, atomGroup: 24, atomRank: 4)
!146 = !DILocation(line: 30, column: 43, scope: !13, atomGroup: 24, atomRank: 3)
!147 = !DILocation(line: 30, column: 35, scope: !13, atomGroup: 24, atomRank: 2)
!148 = !DILocation(line: 30, column: 28, scope: !13, atomGroup: 24, atomRank: 1)
!149 = !DILocation(line: 31, column: 40, scope: !13)
!150 = !DILocation(line: 31, column: 32, scope: !13)
!151 = !DILocation(line: 31, column: 45, scope: !13)
!152 = !DILocation(line: 31, column: 5, scope: !13)
!153 = !DILocation(line: 33, column: 1, scope: !13)
!154 = !DILocation(line: 32, column: 5, scope: !13, atomGroup: 26, atomRank: 1)
!155 = !DISubprogram(name: "printf", scope: !156, file: !156, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!156 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
