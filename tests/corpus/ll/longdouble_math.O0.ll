; ModuleID = 'longdouble_math.c'
source_filename = "longdouble_math.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vx = internal global x86_fp80 0xK3FFF9E06521462CFDB8D, align 16
@.str = private unnamed_addr constant [28 x i8] c"basic %.21Lg %.21Lg %.21Lg\0A\00", align 1
@.str.1 = private unnamed_addr constant [27 x i8] c"libm %.21Lg %.21Lg %.21Lg\0A\00", align 1
@.str.2 = private unnamed_addr constant [27 x i8] c"trig %.21Lg %.21Lg %.21Lg\0A\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"pow %.21Lg %.21Lg\0A\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"e %.21Lg\0A\00", align 1
@.str.5 = private unnamed_addr constant [20 x i8] c"basel %.21Lg %.17g\0A\00", align 1
@.str.6 = private unnamed_addr constant [15 x i8] c"eps %Lg %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [23 x i8] c"conv %lld %llu %.21Lg\0A\00", align 1
@.str.8 = private unnamed_addr constant [11 x i8] c"cmp %d %d\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca x86_fp80, align 16
  %3 = alloca x86_fp80, align 16
  %4 = alloca x86_fp80, align 16
  %5 = alloca i32, align 4
  %6 = alloca x86_fp80, align 16
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  %11 = load volatile x86_fp80, ptr @vx, align 16, !dbg !13
  store x86_fp80 %11, ptr %2, align 16, !dbg !14
  %12 = load x86_fp80, ptr %2, align 16, !dbg !15
  %13 = load x86_fp80, ptr %2, align 16, !dbg !16
  %14 = fmul x86_fp80 %12, %13, !dbg !17
  %15 = load x86_fp80, ptr %2, align 16, !dbg !18
  %16 = fdiv x86_fp80 %15, 0xK4000C000000000000000, !dbg !19
  %17 = load x86_fp80, ptr %2, align 16, !dbg !20
  %18 = fsub x86_fp80 %17, 0xK3FFDAAAAAAAAAAAAAAAB, !dbg !21
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str, x86_fp80 noundef %14, x86_fp80 noundef %16, x86_fp80 noundef %18), !dbg !22
  %20 = load x86_fp80, ptr %2, align 16, !dbg !23
  %21 = call x86_fp80 @sqrtl(x86_fp80 noundef %20) #4, !dbg !24
  %22 = load x86_fp80, ptr %2, align 16, !dbg !25
  %23 = call x86_fp80 @expl(x86_fp80 noundef %22) #4, !dbg !26
  %24 = load x86_fp80, ptr %2, align 16, !dbg !27
  %25 = call x86_fp80 @logl(x86_fp80 noundef %24) #4, !dbg !28
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, x86_fp80 noundef %21, x86_fp80 noundef %23, x86_fp80 noundef %25), !dbg !29
  %27 = load x86_fp80, ptr %2, align 16, !dbg !30
  %28 = call x86_fp80 @sinl(x86_fp80 noundef %27) #4, !dbg !31
  %29 = load x86_fp80, ptr %2, align 16, !dbg !32
  %30 = call x86_fp80 @cosl(x86_fp80 noundef %29) #4, !dbg !33
  %31 = load x86_fp80, ptr %2, align 16, !dbg !34
  %32 = call x86_fp80 @atanl(x86_fp80 noundef %31) #4, !dbg !35
  %33 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, x86_fp80 noundef %28, x86_fp80 noundef %30, x86_fp80 noundef %32), !dbg !36
  %34 = load x86_fp80, ptr %2, align 16, !dbg !37
  %35 = call x86_fp80 @powl(x86_fp80 noundef %34, x86_fp80 noundef 0xK4000E000000000000000) #4, !dbg !38
  %36 = load x86_fp80, ptr %2, align 16, !dbg !39
  %37 = fneg x86_fp80 %36, !dbg !40
  %38 = call x86_fp80 @llvm.fabs.f80(x86_fp80 %37), !dbg !41
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, x86_fp80 noundef %35, x86_fp80 noundef %38), !dbg !42
  store x86_fp80 0xK3FFF8000000000000000, ptr %3, align 16, !dbg !43
  store x86_fp80 0xK3FFF8000000000000000, ptr %4, align 16, !dbg !44
  store i32 1, ptr %5, align 4, !dbg !45
  br label %40, !dbg !46

40:                                               ; preds = %51, %0
  %41 = load i32, ptr %5, align 4, !dbg !47
  %42 = icmp slt i32 %41, 30, !dbg !48
  br i1 %42, label %43, label %54, !dbg !49

43:                                               ; preds = %40
  %44 = load i32, ptr %5, align 4, !dbg !50
  %45 = sitofp i32 %44 to x86_fp80, !dbg !50
  %46 = load x86_fp80, ptr %4, align 16, !dbg !51
  %47 = fdiv x86_fp80 %46, %45, !dbg !51
  store x86_fp80 %47, ptr %4, align 16, !dbg !51
  %48 = load x86_fp80, ptr %4, align 16, !dbg !52
  %49 = load x86_fp80, ptr %3, align 16, !dbg !53
  %50 = fadd x86_fp80 %49, %48, !dbg !53
  store x86_fp80 %50, ptr %3, align 16, !dbg !53
  br label %51, !dbg !54

51:                                               ; preds = %43
  %52 = load i32, ptr %5, align 4, !dbg !55
  %53 = add nsw i32 %52, 1, !dbg !55
  store i32 %53, ptr %5, align 4, !dbg !55
  br label %40, !dbg !49, !llvm.loop !56

54:                                               ; preds = %40
  %55 = load x86_fp80, ptr %3, align 16, !dbg !58
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, x86_fp80 noundef %55), !dbg !59
  store x86_fp80 0xK00000000000000000000, ptr %6, align 16, !dbg !60
  store double 0.000000e+00, ptr %7, align 8, !dbg !61
  store i32 1, ptr %8, align 4, !dbg !62
  br label %57, !dbg !63

57:                                               ; preds = %77, %54
  %58 = load i32, ptr %8, align 4, !dbg !64
  %59 = icmp sle i32 %58, 10000, !dbg !65
  br i1 %59, label %60, label %80, !dbg !66

60:                                               ; preds = %57
  %61 = load i32, ptr %8, align 4, !dbg !67
  %62 = sitofp i32 %61 to x86_fp80, !dbg !68
  %63 = load i32, ptr %8, align 4, !dbg !69
  %64 = sitofp i32 %63 to x86_fp80, !dbg !69
  %65 = fmul x86_fp80 %62, %64, !dbg !70
  %66 = fdiv x86_fp80 0xK3FFF8000000000000000, %65, !dbg !71
  %67 = load x86_fp80, ptr %6, align 16, !dbg !72
  %68 = fadd x86_fp80 %67, %66, !dbg !72
  store x86_fp80 %68, ptr %6, align 16, !dbg !72
  %69 = load i32, ptr %8, align 4, !dbg !73
  %70 = sitofp i32 %69 to double, !dbg !74
  %71 = load i32, ptr %8, align 4, !dbg !75
  %72 = sitofp i32 %71 to double, !dbg !75
  %73 = fmul double %70, %72, !dbg !76
  %74 = fdiv double 1.000000e+00, %73, !dbg !77
  %75 = load double, ptr %7, align 8, !dbg !78
  %76 = fadd double %75, %74, !dbg !78
  store double %76, ptr %7, align 8, !dbg !78
  br label %77, !dbg !79

77:                                               ; preds = %60
  %78 = load i32, ptr %8, align 4, !dbg !80
  %79 = add nsw i32 %78, 1, !dbg !80
  store i32 %79, ptr %8, align 4, !dbg !80
  br label %57, !dbg !66, !llvm.loop !81

80:                                               ; preds = %57
  %81 = load x86_fp80, ptr %6, align 16, !dbg !82
  %82 = load double, ptr %7, align 8, !dbg !83
  %83 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, x86_fp80 noundef %81, double noundef %82), !dbg !84
  %84 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, x86_fp80 noundef 0xK3FC08000000000000000, i32 noundef 64, i32 noundef 16384), !dbg !85
  %85 = load x86_fp80, ptr %2, align 16, !dbg !86
  %86 = fmul x86_fp80 %85, 0xK403ADE0B6B3A76400000, !dbg !87
  %87 = fptosi x86_fp80 %86 to i64, !dbg !88
  store i64 %87, ptr %9, align 8, !dbg !89
  %88 = load x86_fp80, ptr %2, align 16, !dbg !90
  %89 = fmul x86_fp80 %88, 0xK403E8AC7230489E80000, !dbg !91
  %90 = fptoui x86_fp80 %89 to i64, !dbg !92
  store i64 %90, ptr %10, align 8, !dbg !93
  %91 = load i64, ptr %9, align 8, !dbg !94
  %92 = load i64, ptr %10, align 8, !dbg !95
  %93 = load i64, ptr %10, align 8, !dbg !96
  %94 = uitofp i64 %93 to x86_fp80, !dbg !97
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %91, i64 noundef %92, x86_fp80 noundef %94), !dbg !98
  %96 = load x86_fp80, ptr %2, align 16, !dbg !99
  %97 = fcmp ogt x86_fp80 %96, 0xK3FFF9E06521462CFD858, !dbg !100
  %98 = zext i1 %97 to i32, !dbg !100
  %99 = load x86_fp80, ptr %2, align 16, !dbg !101
  %100 = fptrunc x86_fp80 %99 to double, !dbg !102
  %101 = fcmp oeq double %100, 0x3FF3C0CA428C59FB, !dbg !103
  %102 = zext i1 %101 to i32, !dbg !103
  %103 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %98, i32 noundef %102), !dbg !104
  ret i32 0, !dbg !105
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nounwind
declare x86_fp80 @sqrtl(x86_fp80 noundef) #2

; Function Attrs: nounwind
declare x86_fp80 @expl(x86_fp80 noundef) #2

; Function Attrs: nounwind
declare x86_fp80 @logl(x86_fp80 noundef) #2

; Function Attrs: nounwind
declare x86_fp80 @sinl(x86_fp80 noundef) #2

; Function Attrs: nounwind
declare x86_fp80 @cosl(x86_fp80 noundef) #2

; Function Attrs: nounwind
declare x86_fp80 @atanl(x86_fp80 noundef) #2

; Function Attrs: nounwind
declare x86_fp80 @powl(x86_fp80 noundef, x86_fp80 noundef) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.fabs.f80(x86_fp80) #3

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "longdouble_math.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 8, type: !11, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "longdouble_math.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 9, column: 21, scope: !9)
!14 = !DILocation(line: 9, column: 17, scope: !9)
!15 = !DILocation(line: 10, column: 44, scope: !9)
!16 = !DILocation(line: 10, column: 48, scope: !9)
!17 = !DILocation(line: 10, column: 46, scope: !9)
!18 = !DILocation(line: 10, column: 51, scope: !9)
!19 = !DILocation(line: 10, column: 53, scope: !9)
!20 = !DILocation(line: 10, column: 61, scope: !9)
!21 = !DILocation(line: 10, column: 63, scope: !9)
!22 = !DILocation(line: 10, column: 5, scope: !9)
!23 = !DILocation(line: 11, column: 49, scope: !9)
!24 = !DILocation(line: 11, column: 43, scope: !9)
!25 = !DILocation(line: 11, column: 58, scope: !9)
!26 = !DILocation(line: 11, column: 53, scope: !9)
!27 = !DILocation(line: 11, column: 67, scope: !9)
!28 = !DILocation(line: 11, column: 62, scope: !9)
!29 = !DILocation(line: 11, column: 5, scope: !9)
!30 = !DILocation(line: 12, column: 48, scope: !9)
!31 = !DILocation(line: 12, column: 43, scope: !9)
!32 = !DILocation(line: 12, column: 57, scope: !9)
!33 = !DILocation(line: 12, column: 52, scope: !9)
!34 = !DILocation(line: 12, column: 67, scope: !9)
!35 = !DILocation(line: 12, column: 61, scope: !9)
!36 = !DILocation(line: 12, column: 5, scope: !9)
!37 = !DILocation(line: 13, column: 40, scope: !9)
!38 = !DILocation(line: 13, column: 35, scope: !9)
!39 = !DILocation(line: 13, column: 57, scope: !9)
!40 = !DILocation(line: 13, column: 56, scope: !9)
!41 = !DILocation(line: 13, column: 50, scope: !9)
!42 = !DILocation(line: 13, column: 5, scope: !9)
!43 = !DILocation(line: 14, column: 17, scope: !9)
!44 = !DILocation(line: 14, column: 24, scope: !9)
!45 = !DILocation(line: 15, column: 14, scope: !9)
!46 = !DILocation(line: 15, column: 10, scope: !9)
!47 = !DILocation(line: 15, column: 21, scope: !9)
!48 = !DILocation(line: 15, column: 23, scope: !9)
!49 = !DILocation(line: 15, column: 5, scope: !9)
!50 = !DILocation(line: 15, column: 44, scope: !9)
!51 = !DILocation(line: 15, column: 41, scope: !9)
!52 = !DILocation(line: 15, column: 52, scope: !9)
!53 = !DILocation(line: 15, column: 49, scope: !9)
!54 = !DILocation(line: 15, column: 58, scope: !9)
!55 = !DILocation(line: 15, column: 30, scope: !9)
!56 = distinct !{!56, !49, !54, !57}
!57 = !{!"llvm.loop.mustprogress"}
!58 = !DILocation(line: 16, column: 26, scope: !9)
!59 = !DILocation(line: 16, column: 5, scope: !9)
!60 = !DILocation(line: 17, column: 17, scope: !9)
!61 = !DILocation(line: 17, column: 31, scope: !9)
!62 = !DILocation(line: 18, column: 14, scope: !9)
!63 = !DILocation(line: 18, column: 10, scope: !9)
!64 = !DILocation(line: 18, column: 21, scope: !9)
!65 = !DILocation(line: 18, column: 23, scope: !9)
!66 = !DILocation(line: 18, column: 5, scope: !9)
!67 = !DILocation(line: 18, column: 66, scope: !9)
!68 = !DILocation(line: 18, column: 53, scope: !9)
!69 = !DILocation(line: 18, column: 70, scope: !9)
!70 = !DILocation(line: 18, column: 68, scope: !9)
!71 = !DILocation(line: 18, column: 50, scope: !9)
!72 = !DILocation(line: 18, column: 42, scope: !9)
!73 = !DILocation(line: 18, column: 95, scope: !9)
!74 = !DILocation(line: 18, column: 87, scope: !9)
!75 = !DILocation(line: 18, column: 99, scope: !9)
!76 = !DILocation(line: 18, column: 97, scope: !9)
!77 = !DILocation(line: 18, column: 84, scope: !9)
!78 = !DILocation(line: 18, column: 77, scope: !9)
!79 = !DILocation(line: 18, column: 103, scope: !9)
!80 = !DILocation(line: 18, column: 34, scope: !9)
!81 = distinct !{!81, !66, !79, !57}
!82 = !DILocation(line: 19, column: 36, scope: !9)
!83 = !DILocation(line: 19, column: 39, scope: !9)
!84 = !DILocation(line: 19, column: 5, scope: !9)
!85 = !DILocation(line: 20, column: 5, scope: !9)
!86 = !DILocation(line: 21, column: 32, scope: !9)
!87 = !DILocation(line: 21, column: 34, scope: !9)
!88 = !DILocation(line: 21, column: 20, scope: !9)
!89 = !DILocation(line: 21, column: 15, scope: !9)
!90 = !DILocation(line: 22, column: 51, scope: !9)
!91 = !DILocation(line: 22, column: 53, scope: !9)
!92 = !DILocation(line: 22, column: 30, scope: !9)
!93 = !DILocation(line: 22, column: 24, scope: !9)
!94 = !DILocation(line: 23, column: 39, scope: !9)
!95 = !DILocation(line: 23, column: 43, scope: !9)
!96 = !DILocation(line: 23, column: 61, scope: !9)
!97 = !DILocation(line: 23, column: 48, scope: !9)
!98 = !DILocation(line: 23, column: 5, scope: !9)
!99 = !DILocation(line: 24, column: 27, scope: !9)
!100 = !DILocation(line: 24, column: 29, scope: !9)
!101 = !DILocation(line: 24, column: 60, scope: !9)
!102 = !DILocation(line: 24, column: 52, scope: !9)
!103 = !DILocation(line: 24, column: 62, scope: !9)
!104 = !DILocation(line: 24, column: 5, scope: !9)
!105 = !DILocation(line: 25, column: 5, scope: !9)
