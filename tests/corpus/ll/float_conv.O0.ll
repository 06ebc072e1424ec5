; ModuleID = 'float_conv.c'
source_filename = "float_conv.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vals = internal global [11 x double] [double 0.000000e+00, double -0.000000e+00, double 5.000000e-01, double 1.500000e+00, double 2.500000e+00, double -2.500000e+00, double 9.999880e-321, double 0x41EFFFFFFFE00000, double 0x4340000000000000, double 0x7FEFFFFFFFFFFFFF, double 0xC19D6F3457F35BA8], align 16
@.str = private unnamed_addr constant [16 x i8] c"%.17g -> f %.9g\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c" i32 %d\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c" u64 %llu\00", align 1
@.str.3 = private unnamed_addr constant [17 x i8] c" lrint %ld e %a\0A\00", align 1
@.str.4 = private unnamed_addr constant [34 x i8] c"u64->d %.17g f %.9g s64->d %.17g\0A\00", align 1
@.str.5 = private unnamed_addr constant [24 x i8] c"round %.17g %.9g %.17g\0A\00", align 1
@.str.6 = private unnamed_addr constant [30 x i8] c"limits %.17g %.9g %.17g %.9g\0A\00", align 1
@.str.7 = private unnamed_addr constant [24 x i8] c"special %g %g %d %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [14 x i8] c"%.3e %.0f %g|\00", align 1
@.str.9 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.10 = private unnamed_addr constant [18 x i8] c"accum %.9g %.17g\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca double, align 8
  %4 = alloca float, align 4
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  %13 = alloca float, align 4
  %14 = alloca i32, align 4
  %15 = alloca double, align 8
  %16 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4, !dbg !13
  br label %17, !dbg !14

17:                                               ; preds = %61, %0
  %18 = load i32, ptr %2, align 4, !dbg !15
  %19 = zext i32 %18 to i64, !dbg !15
  %20 = icmp ult i64 %19, 11, !dbg !16
  br i1 %20, label %21, label %64, !dbg !17

21:                                               ; preds = %17
  %22 = load i32, ptr %2, align 4, !dbg !18
  %23 = zext i32 %22 to i64, !dbg !19
  %24 = getelementptr inbounds nuw [11 x double], ptr @vals, i64 0, i64 %23, !dbg !19
  %25 = load volatile double, ptr %24, align 8, !dbg !19
  store double %25, ptr %3, align 8, !dbg !20
  %26 = load double, ptr %3, align 8, !dbg !21
  %27 = fptrunc double %26 to float, !dbg !22
  store float %27, ptr %4, align 4, !dbg !23
  %28 = load double, ptr %3, align 8, !dbg !24
  %29 = load float, ptr %4, align 4, !dbg !25
  %30 = fpext float %29 to double, !dbg !26
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %28, double noundef %30), !dbg !27
  %32 = load double, ptr %3, align 8, !dbg !28
  %33 = call double @llvm.fabs.f64(double %32), !dbg !29
  %34 = fcmp olt double %33, 2.000000e+09, !dbg !30
  br i1 %34, label %35, label %39, !dbg !30

35:                                               ; preds = %21
  %36 = load double, ptr %3, align 8, !dbg !31
  %37 = fptosi double %36 to i32, !dbg !32
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %37), !dbg !33
  br label %39, !dbg !33

39:                                               ; preds = %35, %21
  %40 = load double, ptr %3, align 8, !dbg !34
  %41 = fcmp oge double %40, 0.000000e+00, !dbg !35
  br i1 %41, label %42, label %49, !dbg !36

42:                                               ; preds = %39
  %43 = load double, ptr %3, align 8, !dbg !37
  %44 = fcmp olt double %43, 1.800000e+19, !dbg !38
  br i1 %44, label %45, label %49, !dbg !36

45:                                               ; preds = %42
  %46 = load double, ptr %3, align 8, !dbg !39
  %47 = fptoui double %46 to i64, !dbg !40
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %47), !dbg !41
  br label %49, !dbg !41

49:                                               ; preds = %45, %42, %39
  %50 = load double, ptr %3, align 8, !dbg !42
  %51 = call double @llvm.fabs.f64(double %50), !dbg !43
  %52 = fcmp olt double %51, 1.000000e+18, !dbg !44
  br i1 %52, label %53, label %56, !dbg !43

53:                                               ; preds = %49
  %54 = load double, ptr %3, align 8, !dbg !45
  %55 = call i64 @lrint(double noundef %54) #4, !dbg !46
  br label %57, !dbg !43

56:                                               ; preds = %49
  br label %57, !dbg !43

57:                                               ; preds = %56, %53
  %58 = phi i64 [ %55, %53 ], [ 0, %56 ], !dbg !43
  %59 = load double, ptr %3, align 8, !dbg !47
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %58, double noundef %59), !dbg !48
  br label %61, !dbg !49

61:                                               ; preds = %57
  %62 = load i32, ptr %2, align 4, !dbg !50
  %63 = add i32 %62, 1, !dbg !50
  store i32 %63, ptr %2, align 4, !dbg !50
  br label %17, !dbg !17, !llvm.loop !51

64:                                               ; preds = %17
  store i64 -1, ptr %5, align 8, !dbg !53
  store i64 -9223372036854775808, ptr %6, align 8, !dbg !54
  %65 = load i64, ptr %5, align 8, !dbg !55
  %66 = uitofp i64 %65 to double, !dbg !56
  %67 = load i64, ptr %5, align 8, !dbg !57
  %68 = uitofp i64 %67 to float, !dbg !58
  %69 = fpext float %68 to double, !dbg !59
  %70 = load i64, ptr %6, align 8, !dbg !60
  %71 = sitofp i64 %70 to double, !dbg !61
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %66, double noundef %69, double noundef %71), !dbg !62
  store i64 9007199254740993, ptr %7, align 8, !dbg !63
  store i32 -1, ptr %8, align 4, !dbg !64
  %73 = load i64, ptr %7, align 8, !dbg !65
  %74 = uitofp i64 %73 to double, !dbg !66
  %75 = load i32, ptr %8, align 4, !dbg !67
  %76 = uitofp i32 %75 to float, !dbg !68
  %77 = fpext float %76 to double, !dbg !69
  %78 = load i32, ptr %8, align 4, !dbg !70
  %79 = udiv i32 %78, 2, !dbg !71
  %80 = uitofp i32 %79 to double, !dbg !72
  %81 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %74, double noundef %77, double noundef %80), !dbg !73
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef 0x10000000000000, double noundef 0x3810000000000000, double noundef 0x3CB0000000000000, double noundef 0x3E80000000000000), !dbg !74
  store volatile double 0.000000e+00, ptr %9, align 8, !dbg !75
  %83 = load volatile double, ptr %9, align 8, !dbg !76
  %84 = fdiv double 1.000000e+00, %83, !dbg !77
  store double %84, ptr %10, align 8, !dbg !78
  %85 = load volatile double, ptr %9, align 8, !dbg !79
  %86 = load volatile double, ptr %9, align 8, !dbg !80
  %87 = fdiv double %85, %86, !dbg !81
  store double %87, ptr %11, align 8, !dbg !82
  %88 = load double, ptr %10, align 8, !dbg !83
  %89 = load double, ptr %10, align 8, !dbg !84
  %90 = fneg double %89, !dbg !85
  %91 = load double, ptr %11, align 8, !dbg !86
  %92 = load double, ptr %11, align 8, !dbg !87
  %93 = fcmp une double %91, %92, !dbg !88
  %94 = zext i1 %93 to i32, !dbg !88
  %95 = load double, ptr %10, align 8, !dbg !89
  %96 = fcmp ogt double %95, 0x7FEFFFFFFFFFFFFF, !dbg !90
  %97 = zext i1 %96 to i32, !dbg !90
  %98 = load double, ptr %10, align 8, !dbg !91
  %99 = fptrunc double %98 to float, !dbg !92
  %100 = fcmp oeq float 0x7FF0000000000000, %99, !dbg !93
  %101 = zext i1 %100 to i32, !dbg !93
  %102 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %88, double noundef %90, i32 noundef %94, i32 noundef %97, i32 noundef %101), !dbg !94
  store i32 -3, ptr %12, align 4, !dbg !95
  br label %103, !dbg !96

103:                                              ; preds = %121, %64
  %104 = load i32, ptr %12, align 4, !dbg !97
  %105 = icmp sle i32 %104, 3, !dbg !98
  br i1 %105, label %106, label %124, !dbg !99

106:                                              ; preds = %103
  %107 = load volatile double, ptr getelementptr inbounds ([11 x double], ptr @vals, i64 0, i64 7), align 8, !dbg !100
  %108 = fdiv double %107, 0x41B9999999800000, !dbg !101
  %109 = load i32, ptr %12, align 4, !dbg !102
  %110 = mul nsw i32 %109, 7, !dbg !103
  %111 = sitofp i32 %110 to double, !dbg !102
  %112 = call double @pow(double noundef %108, double noundef %111) #4, !dbg !104
  %113 = fmul double %112, 1.234500e+00, !dbg !105
  %114 = load i32, ptr %12, align 4, !dbg !106
  %115 = sitofp i32 %114 to double, !dbg !106
  %116 = fadd double 2.500000e+00, %115, !dbg !107
  %117 = load i32, ptr %12, align 4, !dbg !108
  %118 = sitofp i32 %117 to double, !dbg !108
  %119 = fmul double 0x3FD5555555555555, %118, !dbg !109
  %120 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %113, double noundef %116, double noundef %119), !dbg !110
  br label %121, !dbg !110

121:                                              ; preds = %106
  %122 = load i32, ptr %12, align 4, !dbg !111
  %123 = add nsw i32 %122, 1, !dbg !111
  store i32 %123, ptr %12, align 4, !dbg !111
  br label %103, !dbg !99, !llvm.loop !112

124:                                              ; preds = %103
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.9), !dbg !114
  store float 0.000000e+00, ptr %13, align 4, !dbg !115
  store i32 0, ptr %14, align 4, !dbg !116
  br label %126, !dbg !117

126:                                              ; preds = %132, %124
  %127 = load i32, ptr %14, align 4, !dbg !118
  %128 = icmp slt i32 %127, 1000, !dbg !119
  br i1 %128, label %129, label %135, !dbg !120

129:                                              ; preds = %126
  %130 = load float, ptr %13, align 4, !dbg !121
  %131 = fadd float %130, 0x3FB99999A0000000, !dbg !121
  store float %131, ptr %13, align 4, !dbg !121
  br label %132, !dbg !122

132:                                              ; preds = %129
  %133 = load i32, ptr %14, align 4, !dbg !123
  %134 = add nsw i32 %133, 1, !dbg !123
  store i32 %134, ptr %14, align 4, !dbg !123
  br label %126, !dbg !120, !llvm.loop !124

135:                                              ; preds = %126
  store double 0.000000e+00, ptr %15, align 8, !dbg !126
  store i32 0, ptr %16, align 4, !dbg !127
  br label %136, !dbg !128

136:                                              ; preds = %142, %135
  %137 = load i32, ptr %16, align 4, !dbg !129
  %138 = icmp slt i32 %137, 1000, !dbg !130
  br i1 %138, label %139, label %145, !dbg !131

139:                                              ; preds = %136
  %140 = load double, ptr %15, align 8, !dbg !132
  %141 = fadd double %140, 1.000000e-01, !dbg !132
  store double %141, ptr %15, align 8, !dbg !132
  br label %142, !dbg !133

142:                                              ; preds = %139
  %143 = load i32, ptr %16, align 4, !dbg !134
  %144 = add nsw i32 %143, 1, !dbg !134
  store i32 %144, ptr %16, align 4, !dbg !134
  br label %136, !dbg !131, !llvm.loop !135

145:                                              ; preds = %136
  %146 = load float, ptr %13, align 4, !dbg !137
  %147 = fpext float %146 to double, !dbg !138
  %148 = load double, ptr %15, align 8, !dbg !139
  %149 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %147, double noundef %148), !dbg !140
  ret i32 0, !dbg !141
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: nounwind
declare i64 @lrint(double noundef) #3

; Function Attrs: nounwind
declare double @pow(double noundef, double noundef) #3

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "float_conv.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 9, type: !11, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "float_conv.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 10, column: 19, scope: !9)
!14 = !DILocation(line: 10, column: 10, scope: !9)
!15 = !DILocation(line: 10, column: 26, scope: !9)
!16 = !DILocation(line: 10, column: 28, scope: !9)
!17 = !DILocation(line: 10, column: 5, scope: !9)
!18 = !DILocation(line: 11, column: 25, scope: !9)
!19 = !DILocation(line: 11, column: 20, scope: !9)
!20 = !DILocation(line: 11, column: 16, scope: !9)
!21 = !DILocation(line: 12, column: 26, scope: !9)
!22 = !DILocation(line: 12, column: 19, scope: !9)
!23 = !DILocation(line: 12, column: 15, scope: !9)
!24 = !DILocation(line: 13, column: 35, scope: !9)
!25 = !DILocation(line: 13, column: 46, scope: !9)
!26 = !DILocation(line: 13, column: 38, scope: !9)
!27 = !DILocation(line: 13, column: 9, scope: !9)
!28 = !DILocation(line: 14, column: 18, scope: !9)
!29 = !DILocation(line: 14, column: 13, scope: !9)
!30 = !DILocation(line: 14, column: 21, scope: !9)
!31 = !DILocation(line: 14, column: 55, scope: !9)
!32 = !DILocation(line: 14, column: 46, scope: !9)
!33 = !DILocation(line: 14, column: 28, scope: !9)
!34 = !DILocation(line: 15, column: 13, scope: !9)
!35 = !DILocation(line: 15, column: 15, scope: !9)
!36 = !DILocation(line: 15, column: 20, scope: !9)
!37 = !DILocation(line: 15, column: 23, scope: !9)
!38 = !DILocation(line: 15, column: 25, scope: !9)
!39 = !DILocation(line: 15, column: 75, scope: !9)
!40 = !DILocation(line: 15, column: 55, scope: !9)
!41 = !DILocation(line: 15, column: 35, scope: !9)
!42 = !DILocation(line: 16, column: 42, scope: !9)
!43 = !DILocation(line: 16, column: 37, scope: !9)
!44 = !DILocation(line: 16, column: 45, scope: !9)
!45 = !DILocation(line: 16, column: 60, scope: !9)
!46 = !DILocation(line: 16, column: 54, scope: !9)
!47 = !DILocation(line: 16, column: 69, scope: !9)
!48 = !DILocation(line: 16, column: 9, scope: !9)
!49 = !DILocation(line: 17, column: 5, scope: !9)
!50 = !DILocation(line: 10, column: 61, scope: !9)
!51 = distinct !{!51, !17, !49, !52}
!52 = !{!"llvm.loop.mustprogress"}
!53 = !DILocation(line: 18, column: 14, scope: !9)
!54 = !DILocation(line: 18, column: 49, scope: !9)
!55 = !DILocation(line: 19, column: 58, scope: !9)
!56 = !DILocation(line: 19, column: 50, scope: !9)
!57 = !DILocation(line: 19, column: 76, scope: !9)
!58 = !DILocation(line: 19, column: 69, scope: !9)
!59 = !DILocation(line: 19, column: 61, scope: !9)
!60 = !DILocation(line: 19, column: 87, scope: !9)
!61 = !DILocation(line: 19, column: 79, scope: !9)
!62 = !DILocation(line: 19, column: 5, scope: !9)
!63 = !DILocation(line: 20, column: 14, scope: !9)
!64 = !DILocation(line: 20, column: 47, scope: !9)
!65 = !DILocation(line: 21, column: 48, scope: !9)
!66 = !DILocation(line: 21, column: 40, scope: !9)
!67 = !DILocation(line: 21, column: 68, scope: !9)
!68 = !DILocation(line: 21, column: 61, scope: !9)
!69 = !DILocation(line: 21, column: 53, scope: !9)
!70 = !DILocation(line: 21, column: 82, scope: !9)
!71 = !DILocation(line: 21, column: 86, scope: !9)
!72 = !DILocation(line: 21, column: 73, scope: !9)
!73 = !DILocation(line: 21, column: 5, scope: !9)
!74 = !DILocation(line: 22, column: 5, scope: !9)
!75 = !DILocation(line: 23, column: 21, scope: !9)
!76 = !DILocation(line: 24, column: 22, scope: !9)
!77 = !DILocation(line: 24, column: 20, scope: !9)
!78 = !DILocation(line: 24, column: 12, scope: !9)
!79 = !DILocation(line: 24, column: 33, scope: !9)
!80 = !DILocation(line: 24, column: 37, scope: !9)
!81 = !DILocation(line: 24, column: 35, scope: !9)
!82 = !DILocation(line: 24, column: 25, scope: !9)
!83 = !DILocation(line: 25, column: 40, scope: !9)
!84 = !DILocation(line: 25, column: 46, scope: !9)
!85 = !DILocation(line: 25, column: 45, scope: !9)
!86 = !DILocation(line: 25, column: 51, scope: !9)
!87 = !DILocation(line: 25, column: 60, scope: !9)
!88 = !DILocation(line: 25, column: 57, scope: !9)
!89 = !DILocation(line: 25, column: 67, scope: !9)
!90 = !DILocation(line: 25, column: 71, scope: !9)
!91 = !DILocation(line: 25, column: 104, scope: !9)
!92 = !DILocation(line: 25, column: 97, scope: !9)
!93 = !DILocation(line: 25, column: 94, scope: !9)
!94 = !DILocation(line: 25, column: 5, scope: !9)
!95 = !DILocation(line: 26, column: 14, scope: !9)
!96 = !DILocation(line: 26, column: 10, scope: !9)
!97 = !DILocation(line: 26, column: 22, scope: !9)
!98 = !DILocation(line: 26, column: 24, scope: !9)
!99 = !DILocation(line: 26, column: 5, scope: !9)
!100 = !DILocation(line: 26, column: 63, scope: !9)
!101 = !DILocation(line: 26, column: 71, scope: !9)
!102 = !DILocation(line: 26, column: 86, scope: !9)
!103 = !DILocation(line: 26, column: 88, scope: !9)
!104 = !DILocation(line: 26, column: 59, scope: !9)
!105 = !DILocation(line: 26, column: 93, scope: !9)
!106 = !DILocation(line: 26, column: 109, scope: !9)
!107 = !DILocation(line: 26, column: 107, scope: !9)
!108 = !DILocation(line: 26, column: 122, scope: !9)
!109 = !DILocation(line: 26, column: 120, scope: !9)
!110 = !DILocation(line: 26, column: 35, scope: !9)
!111 = !DILocation(line: 26, column: 31, scope: !9)
!112 = distinct !{!112, !99, !113, !52}
!113 = !DILocation(line: 26, column: 123, scope: !9)
!114 = !DILocation(line: 27, column: 5, scope: !9)
!115 = !DILocation(line: 28, column: 11, scope: !9)
!116 = !DILocation(line: 28, column: 29, scope: !9)
!117 = !DILocation(line: 28, column: 25, scope: !9)
!118 = !DILocation(line: 28, column: 36, scope: !9)
!119 = !DILocation(line: 28, column: 38, scope: !9)
!120 = !DILocation(line: 28, column: 20, scope: !9)
!121 = !DILocation(line: 28, column: 55, scope: !9)
!122 = !DILocation(line: 28, column: 51, scope: !9)
!123 = !DILocation(line: 28, column: 47, scope: !9)
!124 = distinct !{!124, !120, !125, !52}
!125 = !DILocation(line: 28, column: 58, scope: !9)
!126 = !DILocation(line: 29, column: 12, scope: !9)
!127 = !DILocation(line: 29, column: 31, scope: !9)
!128 = !DILocation(line: 29, column: 27, scope: !9)
!129 = !DILocation(line: 29, column: 38, scope: !9)
!130 = !DILocation(line: 29, column: 40, scope: !9)
!131 = !DILocation(line: 29, column: 22, scope: !9)
!132 = !DILocation(line: 29, column: 58, scope: !9)
!133 = !DILocation(line: 29, column: 53, scope: !9)
!134 = !DILocation(line: 29, column: 49, scope: !9)
!135 = distinct !{!135, !131, !136, !52}
!136 = !DILocation(line: 29, column: 61, scope: !9)
!137 = !DILocation(line: 30, column: 42, scope: !9)
!138 = !DILocation(line: 30, column: 34, scope: !9)
!139 = !DILocation(line: 30, column: 47, scope: !9)
!140 = !DILocation(line: 30, column: 5, scope: !9)
!141 = !DILocation(line: 31, column: 5, scope: !9)
