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

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
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
  call void @llvm.lifetime.start.p0(ptr %2) #5, !dbg !17
  %11 = load volatile x86_fp80, ptr @vx, align 16, !dbg !18, !tbaa !19
  store x86_fp80 %11, ptr %2, align 16, !dbg !21, !tbaa !19
  %12 = load x86_fp80, ptr %2, align 16, !dbg !22, !tbaa !19
  %13 = load x86_fp80, ptr %2, align 16, !dbg !23, !tbaa !19
  %14 = fmul x86_fp80 %12, %13, !dbg !24
  %15 = load x86_fp80, ptr %2, align 16, !dbg !25, !tbaa !19
  %16 = fdiv x86_fp80 %15, 0xK4000C000000000000000, !dbg !26
  %17 = load x86_fp80, ptr %2, align 16, !dbg !27, !tbaa !19
  %18 = fsub x86_fp80 %17, 0xK3FFDAAAAAAAAAAAAAAAB, !dbg !28
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str, x86_fp80 noundef %14, x86_fp80 noundef %16, x86_fp80 noundef %18), !dbg !29
  %20 = load x86_fp80, ptr %2, align 16, !dbg !30, !tbaa !19
  %21 = call x86_fp80 @sqrtl(x86_fp80 noundef %20) #5, !dbg !31, !tbaa !9
  %22 = load x86_fp80, ptr %2, align 16, !dbg !32, !tbaa !19
  %23 = call x86_fp80 @expl(x86_fp80 noundef %22) #5, !dbg !33, !tbaa !9
  %24 = load x86_fp80, ptr %2, align 16, !dbg !34, !tbaa !19
  %25 = call x86_fp80 @logl(x86_fp80 noundef %24) #5, !dbg !35, !tbaa !9
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, x86_fp80 noundef %21, x86_fp80 noundef %23, x86_fp80 noundef %25), !dbg !36
  %27 = load x86_fp80, ptr %2, align 16, !dbg !37, !tbaa !19
  %28 = call x86_fp80 @sinl(x86_fp80 noundef %27) #5, !dbg !38, !tbaa !9
  %29 = load x86_fp80, ptr %2, align 16, !dbg !39, !tbaa !19
  %30 = call x86_fp80 @cosl(x86_fp80 noundef %29) #5, !dbg !40, !tbaa !9
  %31 = load x86_fp80, ptr %2, align 16, !dbg !41, !tbaa !19
  %32 = call x86_fp80 @atanl(x86_fp80 noundef %31) #5, !dbg !42, !tbaa !9
  %33 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, x86_fp80 noundef %28, x86_fp80 noundef %30, x86_fp80 noundef %32), !dbg !43
  %34 = load x86_fp80, ptr %2, align 16, !dbg !44, !tbaa !19
  %35 = call x86_fp80 @powl(x86_fp80 noundef %34, x86_fp80 noundef 0xK4000E000000000000000) #5, !dbg !45, !tbaa !9
  %36 = load x86_fp80, ptr %2, align 16, !dbg !46, !tbaa !19
  %37 = fneg x86_fp80 %36, !dbg !47
  %38 = call x86_fp80 @llvm.fabs.f80(x86_fp80 %37), !dbg !48
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, x86_fp80 noundef %35, x86_fp80 noundef %38), !dbg !49
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !50
  store x86_fp80 0xK3FFF8000000000000000, ptr %3, align 16, !dbg !51, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %4) #5, !dbg !50
  store x86_fp80 0xK3FFF8000000000000000, ptr %4, align 16, !dbg !52, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %5) #5, !dbg !53
  store i32 1, ptr %5, align 4, !dbg !54, !tbaa !9
  br label %40, !dbg !53

40:                                               ; preds = %52, %0
  %41 = load i32, ptr %5, align 4, !dbg !55, !tbaa !9
  %42 = icmp slt i32 %41, 30, !dbg !56
  br i1 %42, label %44, label %43, !dbg !57

43:                                               ; preds = %40
  call void @llvm.lifetime.end.p0(ptr %5) #5, !dbg !58
  br label %55

44:                                               ; preds = %40
  %45 = load i32, ptr %5, align 4, !dbg !59, !tbaa !9
  %46 = sitofp i32 %45 to x86_fp80, !dbg !59
  %47 = load x86_fp80, ptr %4, align 16, !dbg !60, !tbaa !19
  %48 = fdiv x86_fp80 %47, %46, !dbg !61
  store x86_fp80 %48, ptr %4, align 16, !dbg !62, !tbaa !19
  %49 = load x86_fp80, ptr %4, align 16, !dbg !63, !tbaa !19
  %50 = load x86_fp80, ptr %3, align 16, !dbg !64, !tbaa !19
  %51 = fadd x86_fp80 %50, %49, !dbg !65
  store x86_fp80 %51, ptr %3, align 16, !dbg !66, !tbaa !19
  br label %52, !dbg !67

52:                                               ; preds = %44
  %53 = load i32, ptr %5, align 4, !dbg !68, !tbaa !9
  %54 = add nsw i32 %53, 1, !dbg !69
  store i32 %54, ptr %5, align 4, !dbg !70, !tbaa !9
  br label %40, !dbg !58, !llvm.loop !71

55:                                               ; preds = %43
  %56 = load x86_fp80, ptr %3, align 16, !dbg !74, !tbaa !19
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, x86_fp80 noundef %56), !dbg !75
  call void @llvm.lifetime.start.p0(ptr %6) #5, !dbg !76
  store x86_fp80 0xK00000000000000000000, ptr %6, align 16, !dbg !77, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %7) #5, !dbg !78
  store double 0.000000e+00, ptr %7, align 8, !dbg !79, !tbaa !80
  call void @llvm.lifetime.start.p0(ptr %8) #5, !dbg !82
  store i32 1, ptr %8, align 4, !dbg !83, !tbaa !9
  br label %58, !dbg !82

58:                                               ; preds = %79, %55
  %59 = load i32, ptr %8, align 4, !dbg !84, !tbaa !9
  %60 = icmp sle i32 %59, 10000, !dbg !85
  br i1 %60, label %62, label %61, !dbg !86

61:                                               ; preds = %58
  call void @llvm.lifetime.end.p0(ptr %8) #5, !dbg !87
  br label %82

62:                                               ; preds = %58
  %63 = load i32, ptr %8, align 4, !dbg !88, !tbaa !9
  %64 = sitofp i32 %63 to x86_fp80, !dbg !89
  %65 = load i32, ptr %8, align 4, !dbg !90, !tbaa !9
  %66 = sitofp i32 %65 to x86_fp80, !dbg !90
  %67 = fmul x86_fp80 %64, %66, !dbg !91
  %68 = fdiv x86_fp80 0xK3FFF8000000000000000, %67, !dbg !92
  %69 = load x86_fp80, ptr %6, align 16, !dbg !93, !tbaa !19
  %70 = fadd x86_fp80 %69, %68, !dbg !94
  store x86_fp80 %70, ptr %6, align 16, !dbg !95, !tbaa !19
  %71 = load i32, ptr %8, align 4, !dbg !96, !tbaa !9
  %72 = sitofp i32 %71 to double, !dbg !97
  %73 = load i32, ptr %8, align 4, !dbg !98, !tbaa !9
  %74 = sitofp i32 %73 to double, !dbg !98
  %75 = fmul double %72, %74, !dbg !99
  %76 = fdiv double 1.000000e+00, %75, !dbg !100
  %77 = load double, ptr %7, align 8, !dbg !101, !tbaa !80
  %78 = fadd double %77, %76, !dbg !102
  store double %78, ptr %7, align 8, !dbg !103, !tbaa !80
  br label %79, !dbg !104

79:                                               ; preds = %62
  %80 = load i32, ptr %8, align 4, !dbg !105, !tbaa !9
  %81 = add nsw i32 %80, 1, !dbg !106
  store i32 %81, ptr %8, align 4, !dbg !107, !tbaa !9
  br label %58, !dbg !87, !llvm.loop !108

82:                                               ; preds = %61
  %83 = load x86_fp80, ptr %6, align 16, !dbg !110, !tbaa !19
  %84 = load double, ptr %7, align 8, !dbg !111, !tbaa !80
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, x86_fp80 noundef %83, double noundef %84), !dbg !112
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, x86_fp80 noundef 0xK3FC08000000000000000, i32 noundef 64, i32 noundef 16384), !dbg !113
  call void @llvm.lifetime.start.p0(ptr %9) #5, !dbg !114
  %87 = load x86_fp80, ptr %2, align 16, !dbg !115, !tbaa !19
  %88 = fmul x86_fp80 %87, 0xK403ADE0B6B3A76400000, !dbg !116
  %89 = fptosi x86_fp80 %88 to i64, !dbg !117
  store i64 %89, ptr %9, align 8, !dbg !118, !tbaa !119
  call void @llvm.lifetime.start.p0(ptr %10) #5, !dbg !121
  %90 = load x86_fp80, ptr %2, align 16, !dbg !122, !tbaa !19
  %91 = fmul x86_fp80 %90, 0xK403E8AC7230489E80000, !dbg !123
  %92 = fptoui x86_fp80 %91 to i64, !dbg !124
  store i64 %92, ptr %10, align 8, !dbg !125, !tbaa !119
  %93 = load i64, ptr %9, align 8, !dbg !126, !tbaa !119
  %94 = load i64, ptr %10, align 8, !dbg !127, !tbaa !119
  %95 = load i64, ptr %10, align 8, !dbg !128, !tbaa !119
  %96 = uitofp i64 %95 to x86_fp80, !dbg !129
  %97 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %93, i64 noundef %94, x86_fp80 noundef %96), !dbg !130
  %98 = load x86_fp80, ptr %2, align 16, !dbg !131, !tbaa !19
  %99 = fcmp ogt x86_fp80 %98, 0xK3FFF9E06521462CFD858, !dbg !132
  %100 = zext i1 %99 to i32, !dbg !132
  %101 = load x86_fp80, ptr %2, align 16, !dbg !133, !tbaa !19
  %102 = fptrunc x86_fp80 %101 to double, !dbg !134
  %103 = fcmp oeq double %102, 0x3FF3C0CA428C59FB, !dbg !135
  %104 = zext i1 %103 to i32, !dbg !135
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %100, i32 noundef %104), !dbg !136
  call void @llvm.lifetime.end.p0(ptr %10) #5, !dbg !137
  call void @llvm.lifetime.end.p0(ptr %9) #5, !dbg !137
  call void @llvm.lifetime.end.p0(ptr %7) #5, !dbg !137
  call void @llvm.lifetime.end.p0(ptr %6) #5, !dbg !137
  call void @llvm.lifetime.end.p0(ptr %4) #5, !dbg !137
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !137
  call void @llvm.lifetime.end.p0(ptr %2) #5, !dbg !137
  ret i32 0, !dbg !138
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

declare !dbg !139 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind
declare !dbg !141 x86_fp80 @sqrtl(x86_fp80 noundef) #3

; Function Attrs: nounwind
declare !dbg !143 x86_fp80 @expl(x86_fp80 noundef) #3

; Function Attrs: nounwind
declare !dbg !144 x86_fp80 @logl(x86_fp80 noundef) #3

; Function Attrs: nounwind
declare !dbg !145 x86_fp80 @sinl(x86_fp80 noundef) #3

; Function Attrs: nounwind
declare !dbg !146 x86_fp80 @cosl(x86_fp80 noundef) #3

; Function Attrs: nounwind
declare !dbg !147 x86_fp80 @atanl(x86_fp80 noundef) #3

; Function Attrs: nounwind
declare !dbg !148 x86_fp80 @powl(x86_fp80 noundef, x86_fp80 noundef) #3

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.fabs.f80(x86_fp80) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "longdouble_math.c", directory: ".")
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
!14 = !DIFile(filename: "longdouble_math.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 9, column: 5, scope: !13)
!18 = !DILocation(line: 9, column: 21, scope: !13, atomGroup: 1, atomRank: 2)
!19 = !{!20, !20, i64 0}
!20 = !{!"long double", !11, i64 0}
!21 = !DILocation(line: 9, column: 17, scope: !13, atomGroup: 1, atomRank: 1)
!22 = !DILocation(line: 10, column: 44, scope: !13)
!23 = !DILocation(line: 10, column: 48, scope: !13)
!24 = !DILocation(line: 10, column: 46, scope: !13)
!25 = !DILocation(line: 10, column: 51, scope: !13)
!26 = !DILocation(line: 10, column: 53, scope: !13)
!27 = !DILocation(line: 10, column: 61, scope: !13)
!28 = !DILocation(line: 10, column: 63, scope: !13)
!29 = !DILocation(line: 10, column: 5, scope: !13)
!30 = !DILocation(line: 11, column: 49, scope: !13)
!31 = !DILocation(line: 11, column: 43, scope: !13)
!32 = !DILocation(line: 11, column: 58, scope: !13)
!33 = !DILocation(line: 11, column: 53, scope: !13)
!34 = !DILocation(line: 11, column: 67, scope: !13)
!35 = !DILocation(line: 11, column: 62, scope: !13)
!36 = !DILocation(line: 11, column: 5, scope: !13)
!37 = !DILocation(line: 12, column: 48, scope: !13)
!38 = !DILocation(line: 12, column: 43, scope: !13)
!39 = !DILocation(line: 12, column: 57, scope: !13)
!40 = !DILocation(line: 12, column: 52, scope: !13)
!41 = !DILocation(line: 12, column: 67, scope: !13)
!42 = !DILocation(line: 12, column: 61, scope: !13)
!43 = !DILocation(line: 12, column: 5, scope: !13)
!44 = !DILocation(line: 13, column: 40, scope: !13)
!45 = !DILocation(line: 13, column: 35, scope: !13)
!46 = !DILocation(line: 13, column: 57, scope: !13)
!47 = !DILocation(line: 13, column: 56, scope: !13)
!48 = !DILocation(line: 13, column: 50, scope: !13)
!49 = !DILocation(line: 13, column: 5, scope: !13)
!50 = !DILocation(line: 14, column: 5, scope: !13)
!51 = !DILocation(line: 14, column: 17, scope: !13, atomGroup: 2, atomRank: 1)
!52 = !DILocation(line: 14, column: 24, scope: !13, atomGroup: 3, atomRank: 1)
!53 = !DILocation(line: 15, column: 10, scope: !13)
!54 = !DILocation(line: 15, column: 14, scope: !13, atomGroup: 4, atomRank: 1)
!55 = !DILocation(line: 15, column: 21, scope: !13)
!56 = !DILocation(line: 15, column: 23, scope: !13, atomGroup: 5, atomRank: 1)
!57 = !DILocation(line: 15, column: 5, scope: !13, atomGroup: 6, atomRank: 1)
!58 = !DILocation(line: 15, column: 5, scope: !13)
!59 = !DILocation(line: 15, column: 44, scope: !13)
!60 = !DILocation(line: 15, column: 41, scope: !13)
!61 = !DILocation(line: 15, column: 41, scope: !13, atomGroup: 7, atomRank: 2)
!62 = !DILocation(line: 15, column: 41, scope: !13, atomGroup: 7, atomRank: 1)
!63 = !DILocation(line: 15, column: 52, scope: !13)
!64 = !DILocation(line: 15, column: 49, scope: !13)
!65 = !DILocation(line: 15, column: 49, scope: !13, atomGroup: 8, atomRank: 2)
!66 = !DILocation(line: 15, column: 49, scope: !13, atomGroup: 8, atomRank: 1)
!67 = !DILocation(line: 15, column: 58, scope: !13, atomGroup: 10, atomRank: 1)
!68 = !DILocation(line: 15, column: 30, scope: !13)
!69 = !DILocation(line: 15, column: 30, scope: !13, atomGroup: 9, atomRank: 2)
!70 = !DILocation(line: 15, column: 30, scope: !13, atomGroup: 9, atomRank: 1)
!71 = distinct !{!71, !58, !72, !73}
!72 = !DILocation(line: 15, column: 58, scope: !13)
!73 = !{!"llvm.loop.mustprogress"}
!74 = !DILocation(line: 16, column: 26, scope: !13)
!75 = !DILocation(line: 16, column: 5, scope: !13)
!76 = !DILocation(line: 17, column: 5, scope: !13)
!77 = !DILocation(line: 17, column: 17, scope: !13, atomGroup: 11, atomRank: 1)
!78 = !DILocation(line: 17, column: 24, scope: !13)
!79 = !DILocation(line: 17, column: 31, scope: !13, atomGroup: 12, atomRank: 1)
!80 = !{!81, !81, i64 0}
!81 = !{!"double", !11, i64 0}
!82 = !DILocation(line: 18, column: 10, scope: !13)
!83 = !DILocation(line: 18, column: 14, scope: !13, atomGroup: 13, atomRank: 1)
!84 = !DILocation(line: 18, column: 21, scope: !13)
!85 = !DILocation(line: 18, column: 23, scope: !13, atomGroup: 14, atomRank: 1)
!86 = !DILocation(line: 18, column: 5, scope: !13, atomGroup: 15, atomRank: 1)
!87 = !DILocation(line: 18, column: 5, scope: !13)
!88 = !DILocation(line: 18, column: 66, scope: !13)
!89 = !DILocation(line: 18, column: 53, scope: !13)
!90 = !DILocation(line: 18, column: 70, scope: !13)
!91 = !DILocation(line: 18, column: 68, scope: !13)
!92 = !DILocation(line: 18, column: 50, scope: !13)
!93 = !DILocation(line: 18, column: 42, scope: !13)
!94 = !DILocation(line: 18, column: 42, scope: !13, atomGroup: 16, atomRank: 2)
!95 = !DILocation(line: 18, column: 42, scope: !13, atomGroup: 16, atomRank: 1)
!96 = !DILocation(line: 18, column: 95, scope: !13)
!97 = !DILocation(line: 18, column: 87, scope: !13)
!98 = !DILocation(line: 18, column: 99, scope: !13)
!99 = !DILocation(line: 18, column: 97, scope: !13)
!100 = !DILocation(line: 18, column: 84, scope: !13)
!101 = !DILocation(line: 18, column: 77, scope: !13)
!102 = !DILocation(line: 18, column: 77, scope: !13, atomGroup: 17, atomRank: 2)
!103 = !DILocation(line: 18, column: 77, scope: !13, atomGroup: 17, atomRank: 1)
!104 = !DILocation(line: 18, column: 103, scope: !13, atomGroup: 19, atomRank: 1)
!105 = !DILocation(line: 18, column: 34, scope: !13)
!106 = !DILocation(line: 18, column: 34, scope: !13, atomGroup: 18, atomRank: 2)
!107 = !DILocation(line: 18, column: 34, scope: !13, atomGroup: 18, atomRank: 1)
!108 = distinct !{!108, !87, !109, !73}
!109 = !DILocation(line: 18, column: 103, scope: !13)
!110 = !DILocation(line: 19, column: 36, scope: !13)
!111 = !DILocation(line: 19, column: 39, scope: !13)
!112 = !DILocation(line: 19, column: 5, scope: !13)
!113 = !DILocation(line: 20, column: 5, scope: !13)
!114 = !DILocation(line: 21, column: 5, scope: !13)
!115 = !DILocation(line: 21, column: 32, scope: !13)
!116 = !DILocation(line: 21, column: 34, scope: !13, atomGroup: 20, atomRank: 3)
!117 = !DILocation(line: 21, column: 20, scope: !13, atomGroup: 20, atomRank: 2)
!118 = !DILocation(line: 21, column: 15, scope: !13, atomGroup: 20, atomRank: 1)
!119 = !{!120, !120, i64 0}
!120 = !{!"long long", !11, i64 0}
!121 = !DILocation(line: 22, column: 5, scope: !13)
!122 = !DILocation(line: 22, column: 51, scope: !13)
!123 = !DILocation(line: 22, column: 53, scope: !13, atomGroup: 21, atomRank: 3)
!124 = !DILocation(line: 22, column: 30, scope: !13, atomGroup: 21, atomRank: 2)
!125 = !DILocation(line: 22, column: 24, scope: !13, atomGroup: 21, atomRank: 1)
!126 = !DILocation(line: 23, column: 39, scope: !13)
!127 = !DILocation(line: 23, column: 43, scope: !13)
!128 = !DILocation(line: 23, column: 61, scope: !13)
!129 = !DILocation(line: 23, column: 48, scope: !13)
!130 = !DILocation(line: 23, column: 5, scope: !13)
!131 = !DILocation(line: 24, column: 27, scope: !13)
!132 = !DILocation(line: 24, column: 29, scope: !13)
!133 = !DILocation(line: 24, column: 60, scope: !13)
!134 = !DILocation(line: 24, column: 52, scope: !13)
!135 = !DILocation(line: 24, column: 62, scope: !13)
!136 = !DILocation(line: 24, column: 5, scope: !13)
!137 = !DILocation(line: 26, column: 1, scope: !13)
!138 = !DILocation(line: 25, column: 5, scope: !13, atomGroup: 23, atomRank: 1)
!139 = !DISubprogram(name: "printf", scope: !140, file: !140, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!140 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!141 = !DISubprogram(name: "sqrtl", scope: !142, file: !142, line: 143, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!142 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/mathcalls.h", directory: "")
!143 = !DISubprogram(name: "expl", scope: !142, file: !142, line: 95, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!144 = !DISubprogram(name: "logl", scope: !142, file: !142, line: 104, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!145 = !DISubprogram(name: "sinl", scope: !142, file: !142, line: 64, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!146 = !DISubprogram(name: "cosl", scope: !142, file: !142, line: 62, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!147 = !DISubprogram(name: "atanl", scope: !142, file: !142, line: 57, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!148 = !DISubprogram(name: "powl", scope: !142, file: !142, line: 140, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
