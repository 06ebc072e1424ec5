; ModuleID = 'mathfuncs.c'
source_filename = "mathfuncs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@in = internal global [7 x double] [double 1.000000e-01, double 5.000000e-01, double 1.000000e+00, double 2.500000e+00, double 1.000000e+01, double 1.234560e+02, double 1.000000e-05], align 16
@.str = private unnamed_addr constant [35 x i8] c"%g: %.17g %.17g %.17g %.17g %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [33 x i8] c"  %.17g %.17g %.17g %.17g %.17g\0A\00", align 1
@.str.2 = private unnamed_addr constant [27 x i8] c"  %.17g %.17g %.17g %.17g\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"  %.9g %.9g %.9g\0A\00", align 1
@.str.4 = private unnamed_addr constant [22 x i8] c"class %d %d %d %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [32 x i8] c"frexp %.17g %d ldexp %.17g modf\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c" %.17g %.17g\0A\00", align 1
@.str.7 = private unnamed_addr constant [30 x i8] c"misc %.17g %.17g %.17g %.17g\0A\00", align 1
@.str.8 = private unnamed_addr constant [31 x i8] c"hyper %.17g %.17g %.17g %.17g\0A\00", align 1
@.str.9 = private unnamed_addr constant [27 x i8] c"special %.17g %.17g %.17g\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4, !dbg !13
  br label %11, !dbg !14

11:                                               ; preds = %83, %0
  %12 = load i32, ptr %2, align 4, !dbg !15
  %13 = zext i32 %12 to i64, !dbg !15
  %14 = icmp ult i64 %13, 7, !dbg !16
  br i1 %14, label %15, label %86, !dbg !17

15:                                               ; preds = %11
  %16 = load i32, ptr %2, align 4, !dbg !18
  %17 = zext i32 %16 to i64, !dbg !19
  %18 = getelementptr inbounds nuw [7 x double], ptr @in, i64 0, i64 %17, !dbg !19
  %19 = load volatile double, ptr %18, align 8, !dbg !19
  store double %19, ptr %3, align 8, !dbg !20
  %20 = load double, ptr %3, align 8, !dbg !21
  %21 = load double, ptr %3, align 8, !dbg !22
  %22 = call double @sin(double noundef %21) #6, !dbg !23
  %23 = load double, ptr %3, align 8, !dbg !24
  %24 = call double @cos(double noundef %23) #6, !dbg !25
  %25 = load double, ptr %3, align 8, !dbg !26
  %26 = call double @tan(double noundef %25) #6, !dbg !27
  %27 = load double, ptr %3, align 8, !dbg !28
  %28 = call double @atan(double noundef %27) #6, !dbg !29
  %29 = load double, ptr %3, align 8, !dbg !30
  %30 = call double @atan2(double noundef %29, double noundef -1.000000e+00) #6, !dbg !31
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %20, double noundef %22, double noundef %24, double noundef %26, double noundef %28, double noundef %30), !dbg !32
  %32 = load double, ptr %3, align 8, !dbg !33
  %33 = call double @exp(double noundef %32) #6, !dbg !34
  %34 = load double, ptr %3, align 8, !dbg !35
  %35 = call double @log(double noundef %34) #6, !dbg !36
  %36 = load double, ptr %3, align 8, !dbg !37
  %37 = call double @log10(double noundef %36) #6, !dbg !38
  %38 = load double, ptr %3, align 8, !dbg !39
  %39 = call double @log2(double noundef %38) #6, !dbg !40
  %40 = load double, ptr %3, align 8, !dbg !41
  %41 = call double @sqrt(double noundef %40) #6, !dbg !42
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %33, double noundef %35, double noundef %37, double noundef %39, double noundef %41), !dbg !43
  %43 = load double, ptr %3, align 8, !dbg !44
  %44 = call double @pow(double noundef %43, double noundef 1.700000e+00) #6, !dbg !45
  %45 = load double, ptr %3, align 8, !dbg !46
  %46 = call double @cbrt(double noundef %45) #7, !dbg !47
  %47 = load double, ptr %3, align 8, !dbg !48
  %48 = call double @hypot(double noundef %47, double noundef 3.000000e+00) #6, !dbg !49
  %49 = load double, ptr %3, align 8, !dbg !50
  %50 = fmul double %49, 7.000000e+00, !dbg !51
  %51 = call double @fmod(double noundef %50, double noundef 1.300000e+00) #6, !dbg !52
  %52 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %44, double noundef %46, double noundef %48, double noundef %51), !dbg !53
  %53 = load double, ptr %3, align 8, !dbg !54
  %54 = fmul double %53, 3.300000e+00, !dbg !55
  %55 = call double @llvm.floor.f64(double %54), !dbg !56
  %56 = load double, ptr %3, align 8, !dbg !57
  %57 = fmul double %56, 3.300000e+00, !dbg !58
  %58 = call double @llvm.ceil.f64(double %57), !dbg !59
  %59 = load double, ptr %3, align 8, !dbg !60
  %60 = fmul double %59, 3.300000e+00, !dbg !61
  %61 = call double @llvm.round.f64(double %60), !dbg !62
  %62 = load double, ptr %3, align 8, !dbg !63
  %63 = fneg double %62, !dbg !64
  %64 = fmul double %63, 3.300000e+00, !dbg !65
  %65 = call double @llvm.trunc.f64(double %64), !dbg !66
  %66 = load double, ptr %3, align 8, !dbg !67
  %67 = fmul double %66, 2.500000e+00, !dbg !68
  %68 = call double @llvm.rint.f64(double %67), !dbg !69
  %69 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %55, double noundef %58, double noundef %61, double noundef %65, double noundef %68), !dbg !70
  %70 = load double, ptr %3, align 8, !dbg !71
  %71 = fptrunc double %70 to float, !dbg !72
  %72 = call float @sinf(float noundef %71) #6, !dbg !73
  %73 = fpext float %72 to double, !dbg !74
  %74 = load double, ptr %3, align 8, !dbg !75
  %75 = fptrunc double %74 to float, !dbg !76
  %76 = call float @expf(float noundef %75) #6, !dbg !77
  %77 = fpext float %76 to double, !dbg !78
  %78 = load double, ptr %3, align 8, !dbg !79
  %79 = fptrunc double %78 to float, !dbg !80
  %80 = call float @sqrtf(float noundef %79) #6, !dbg !81
  %81 = fpext float %80 to double, !dbg !82
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %73, double noundef %77, double noundef %81), !dbg !83
  br label %83, !dbg !84

83:                                               ; preds = %15
  %84 = load i32, ptr %2, align 4, !dbg !85
  %85 = add i32 %84, 1, !dbg !85
  store i32 %85, ptr %2, align 4, !dbg !85
  br label %11, !dbg !17, !llvm.loop !86

86:                                               ; preds = %11
  %87 = load volatile double, ptr @in, align 16, !dbg !88
  %88 = load volatile double, ptr @in, align 16, !dbg !89
  %89 = fsub double %87, %88, !dbg !90
  store double %89, ptr %4, align 8, !dbg !91
  %90 = load double, ptr %4, align 8, !dbg !92
  %91 = load double, ptr %4, align 8, !dbg !93
  %92 = fdiv double %90, %91, !dbg !94
  store double %92, ptr %4, align 8, !dbg !95
  store volatile double 0.000000e+00, ptr %5, align 8, !dbg !96
  %93 = load volatile double, ptr %5, align 8, !dbg !97
  %94 = fdiv double 1.000000e+00, %93, !dbg !98
  store double %94, ptr %6, align 8, !dbg !99
  %95 = load double, ptr %4, align 8, !dbg !100
  %96 = call i1 @llvm.is.fpclass.f64(double %95, i32 3), !dbg !101
  %97 = zext i1 %96 to i32, !dbg !101
  %98 = icmp ne i32 %97, 0, !dbg !102
  %99 = zext i1 %98 to i32, !dbg !102
  %100 = load double, ptr %6, align 8, !dbg !103
  %101 = call double @llvm.fabs.f64(double %100) #8, !dbg !104
  %102 = fcmp oeq double %101, 0x7FF0000000000000, !dbg !104
  %103 = bitcast double %100 to i64, !dbg !104
  %104 = icmp slt i64 %103, 0, !dbg !104
  %105 = select i1 %104, i32 -1, i32 1, !dbg !104
  %106 = select i1 %102, i32 %105, i32 0, !dbg !104
  %107 = icmp ne i32 %106, 0, !dbg !105
  %108 = zext i1 %107 to i32, !dbg !105
  %109 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 4), align 16, !dbg !106
  %110 = call i1 @llvm.is.fpclass.f64(double %109, i32 504), !dbg !107
  %111 = zext i1 %110 to i32, !dbg !107
  %112 = icmp ne i32 %111, 0, !dbg !108
  %113 = zext i1 %112 to i32, !dbg !108
  %114 = load volatile double, ptr %5, align 8, !dbg !109
  %115 = fneg double %114, !dbg !110
  %116 = bitcast double %115 to i64, !dbg !111
  %117 = icmp slt i64 %116, 0, !dbg !111
  %118 = zext i1 %117 to i32, !dbg !111
  %119 = icmp ne i32 %118, 0, !dbg !112
  %120 = zext i1 %119 to i32, !dbg !112
  %121 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %99, i32 noundef %108, i32 noundef %113, i32 noundef %120, i32 noundef 1), !dbg !113
  %122 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 5), align 8, !dbg !114
  %123 = call double @frexp(double noundef %122, ptr noundef %7) #6, !dbg !115
  store double %123, ptr %8, align 8, !dbg !116
  %124 = load double, ptr %8, align 8, !dbg !117
  %125 = load i32, ptr %7, align 4, !dbg !118
  %126 = load double, ptr %8, align 8, !dbg !119
  %127 = load i32, ptr %7, align 4, !dbg !120
  %128 = add nsw i32 %127, 3, !dbg !121
  %129 = call double @ldexp(double noundef %126, i32 noundef %128) #6, !dbg !122
  %130 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %124, i32 noundef %125, double noundef %129), !dbg !123
  %131 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 5), align 8, !dbg !124
  %132 = call { double, double } @llvm.modf.f64(double %131), !dbg !125
  %133 = extractvalue { double, double } %132, 0, !dbg !125
  %134 = extractvalue { double, double } %132, 1, !dbg !125
  store double %134, ptr %9, align 8, !dbg !125
  store double %133, ptr %10, align 8, !dbg !126
  %135 = load double, ptr %9, align 8, !dbg !127
  %136 = load double, ptr %10, align 8, !dbg !128
  %137 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %135, double noundef %136), !dbg !129
  %138 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 3), align 8, !dbg !130
  %139 = fneg double %138, !dbg !131
  %140 = call double @llvm.fabs.f64(double %139), !dbg !132
  %141 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 2), align 16, !dbg !133
  %142 = call double @llvm.copysign.f64(double %141, double -1.000000e+00), !dbg !134
  %143 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 1), align 8, !dbg !135
  %144 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 2), align 16, !dbg !136
  %145 = call double @llvm.maxnum.f64(double %143, double %144), !dbg !137
  %146 = load double, ptr %4, align 8, !dbg !138
  %147 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 3), align 8, !dbg !139
  %148 = call double @llvm.minnum.f64(double %146, double %147), !dbg !140
  %149 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %140, double noundef %142, double noundef %145, double noundef %148), !dbg !141
  %150 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 3), align 8, !dbg !142
  %151 = call double @sinh(double noundef %150) #6, !dbg !143
  %152 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 3), align 8, !dbg !144
  %153 = call double @cosh(double noundef %152) #6, !dbg !145
  %154 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 3), align 8, !dbg !146
  %155 = call double @tanh(double noundef %154) #6, !dbg !147
  %156 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 3), align 8, !dbg !148
  %157 = call double @asinh(double noundef %156) #6, !dbg !149
  %158 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %151, double noundef %153, double noundef %155, double noundef %157), !dbg !150
  %159 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 1), align 8, !dbg !151
  %160 = call double @erf(double noundef %159) #6, !dbg !152
  %161 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 3), align 8, !dbg !153
  %162 = call double @tgamma(double noundef %161) #6, !dbg !154
  %163 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 4), align 16, !dbg !155
  %164 = call double @lgamma(double noundef %163) #6, !dbg !156
  %165 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef %160, double noundef %162, double noundef %164), !dbg !157
  ret i32 0, !dbg !158
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nounwind
declare double @sin(double noundef) #2

; Function Attrs: nounwind
declare double @cos(double noundef) #2

; Function Attrs: nounwind
declare double @tan(double noundef) #2

; Function Attrs: nounwind
declare double @atan(double noundef) #2

; Function Attrs: nounwind
declare double @atan2(double noundef, double noundef) #2

; Function Attrs: nounwind
declare double @exp(double noundef) #2

; Function Attrs: nounwind
declare double @log(double noundef) #2

; Function Attrs: nounwind
declare double @log10(double noundef) #2

; Function Attrs: nounwind
declare double @log2(double noundef) #2

; Function Attrs: nounwind
declare double @sqrt(double noundef) #2

; Function Attrs: nounwind
declare double @pow(double noundef, double noundef) #2

; Function Attrs: nounwind willreturn memory(none)
declare double @cbrt(double noundef) #3

; Function Attrs: nounwind
declare double @hypot(double noundef, double noundef) #2

; Function Attrs: nounwind
declare double @fmod(double noundef, double noundef) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #4

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.ceil.f64(double) #4

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.round.f64(double) #4

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.trunc.f64(double) #4

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.rint.f64(double) #4

; Function Attrs: nounwind
declare float @sinf(float noundef) #2

; Function Attrs: nounwind
declare float @expf(float noundef) #2

; Function Attrs: nounwind
declare float @sqrtf(float noundef) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i1 @llvm.is.fpclass.f64(double, i32 immarg) #4

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #4

; Function Attrs: nounwind
declare double @frexp(double noundef, ptr noundef) #2

; Function Attrs: nounwind
declare double @ldexp(double noundef, i32 noundef) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { double, double } @llvm.modf.f64(double) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.copysign.f64(double, double) #4

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #4

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.minnum.f64(double, double) #4

; Function Attrs: nounwind
declare double @sinh(double noundef) #2

; Function Attrs: nounwind
declare double @cosh(double noundef) #2

; Function Attrs: nounwind
declare double @tanh(double noundef) #2

; Function Attrs: nounwind
declare double @asinh(double noundef) #2

; Function Attrs: nounwind
declare double @erf(double noundef) #2

; Function Attrs: nounwind
declare double @tgamma(double noundef) #2

; Function Attrs: nounwind
declare double @lgamma(double noundef) #2

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }
attributes #7 = { nounwind willreturn memory(none) }
attributes #8 = { memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "mathfuncs.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "mathfuncs.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 8, column: 19, scope: !9)
!14 = !DILocation(line: 8, column: 10, scope: !9)
!15 = !DILocation(line: 8, column: 26, scope: !9)
!16 = !DILocation(line: 8, column: 28, scope: !9)
!17 = !DILocation(line: 8, column: 5, scope: !9)
!18 = !DILocation(line: 9, column: 23, scope: !9)
!19 = !DILocation(line: 9, column: 20, scope: !9)
!20 = !DILocation(line: 9, column: 16, scope: !9)
!21 = !DILocation(line: 10, column: 55, scope: !9)
!22 = !DILocation(line: 10, column: 62, scope: !9)
!23 = !DILocation(line: 10, column: 58, scope: !9)
!24 = !DILocation(line: 10, column: 70, scope: !9)
!25 = !DILocation(line: 10, column: 66, scope: !9)
!26 = !DILocation(line: 10, column: 78, scope: !9)
!27 = !DILocation(line: 10, column: 74, scope: !9)
!28 = !DILocation(line: 10, column: 87, scope: !9)
!29 = !DILocation(line: 10, column: 82, scope: !9)
!30 = !DILocation(line: 10, column: 97, scope: !9)
!31 = !DILocation(line: 10, column: 91, scope: !9)
!32 = !DILocation(line: 10, column: 9, scope: !9)
!33 = !DILocation(line: 11, column: 57, scope: !9)
!34 = !DILocation(line: 11, column: 53, scope: !9)
!35 = !DILocation(line: 11, column: 65, scope: !9)
!36 = !DILocation(line: 11, column: 61, scope: !9)
!37 = !DILocation(line: 11, column: 75, scope: !9)
!38 = !DILocation(line: 11, column: 69, scope: !9)
!39 = !DILocation(line: 11, column: 84, scope: !9)
!40 = !DILocation(line: 11, column: 79, scope: !9)
!41 = !DILocation(line: 11, column: 93, scope: !9)
!42 = !DILocation(line: 11, column: 88, scope: !9)
!43 = !DILocation(line: 11, column: 9, scope: !9)
!44 = !DILocation(line: 12, column: 51, scope: !9)
!45 = !DILocation(line: 12, column: 47, scope: !9)
!46 = !DILocation(line: 12, column: 65, scope: !9)
!47 = !DILocation(line: 12, column: 60, scope: !9)
!48 = !DILocation(line: 12, column: 75, scope: !9)
!49 = !DILocation(line: 12, column: 69, scope: !9)
!50 = !DILocation(line: 12, column: 89, scope: !9)
!51 = !DILocation(line: 12, column: 91, scope: !9)
!52 = !DILocation(line: 12, column: 84, scope: !9)
!53 = !DILocation(line: 12, column: 9, scope: !9)
!54 = !DILocation(line: 13, column: 59, scope: !9)
!55 = !DILocation(line: 13, column: 61, scope: !9)
!56 = !DILocation(line: 13, column: 53, scope: !9)
!57 = !DILocation(line: 13, column: 74, scope: !9)
!58 = !DILocation(line: 13, column: 76, scope: !9)
!59 = !DILocation(line: 13, column: 69, scope: !9)
!60 = !DILocation(line: 13, column: 90, scope: !9)
!61 = !DILocation(line: 13, column: 92, scope: !9)
!62 = !DILocation(line: 13, column: 84, scope: !9)
!63 = !DILocation(line: 13, column: 107, scope: !9)
!64 = !DILocation(line: 13, column: 106, scope: !9)
!65 = !DILocation(line: 13, column: 109, scope: !9)
!66 = !DILocation(line: 13, column: 100, scope: !9)
!67 = !DILocation(line: 13, column: 122, scope: !9)
!68 = !DILocation(line: 13, column: 124, scope: !9)
!69 = !DILocation(line: 13, column: 117, scope: !9)
!70 = !DILocation(line: 13, column: 9, scope: !9)
!71 = !DILocation(line: 14, column: 58, scope: !9)
!72 = !DILocation(line: 14, column: 51, scope: !9)
!73 = !DILocation(line: 14, column: 46, scope: !9)
!74 = !DILocation(line: 14, column: 38, scope: !9)
!75 = !DILocation(line: 14, column: 82, scope: !9)
!76 = !DILocation(line: 14, column: 75, scope: !9)
!77 = !DILocation(line: 14, column: 70, scope: !9)
!78 = !DILocation(line: 14, column: 62, scope: !9)
!79 = !DILocation(line: 14, column: 107, scope: !9)
!80 = !DILocation(line: 14, column: 100, scope: !9)
!81 = !DILocation(line: 14, column: 94, scope: !9)
!82 = !DILocation(line: 14, column: 86, scope: !9)
!83 = !DILocation(line: 14, column: 9, scope: !9)
!84 = !DILocation(line: 15, column: 5, scope: !9)
!85 = !DILocation(line: 8, column: 57, scope: !9)
!86 = distinct !{!86, !17, !84, !87}
!87 = !{!"llvm.loop.mustprogress"}
!88 = !DILocation(line: 16, column: 20, scope: !9)
!89 = !DILocation(line: 16, column: 28, scope: !9)
!90 = !DILocation(line: 16, column: 26, scope: !9)
!91 = !DILocation(line: 16, column: 12, scope: !9)
!92 = !DILocation(line: 16, column: 43, scope: !9)
!93 = !DILocation(line: 16, column: 51, scope: !9)
!94 = !DILocation(line: 16, column: 49, scope: !9)
!95 = !DILocation(line: 16, column: 41, scope: !9)
!96 = !DILocation(line: 17, column: 21, scope: !9)
!97 = !DILocation(line: 18, column: 26, scope: !9)
!98 = !DILocation(line: 18, column: 24, scope: !9)
!99 = !DILocation(line: 18, column: 12, scope: !9)
!100 = !DILocation(line: 19, column: 44, scope: !9)
!101 = !DILocation(line: 19, column: 38, scope: !9)
!102 = !DILocation(line: 19, column: 51, scope: !9)
!103 = !DILocation(line: 19, column: 63, scope: !9)
!104 = !DILocation(line: 19, column: 57, scope: !9)
!105 = !DILocation(line: 19, column: 70, scope: !9)
!106 = !DILocation(line: 19, column: 85, scope: !9)
!107 = !DILocation(line: 19, column: 76, scope: !9)
!108 = !DILocation(line: 19, column: 92, scope: !9)
!109 = !DILocation(line: 19, column: 107, scope: !9)
!110 = !DILocation(line: 19, column: 106, scope: !9)
!111 = !DILocation(line: 19, column: 98, scope: !9)
!112 = !DILocation(line: 19, column: 113, scope: !9)
!113 = !DILocation(line: 19, column: 5, scope: !9)
!114 = !DILocation(line: 20, column: 29, scope: !9)
!115 = !DILocation(line: 20, column: 23, scope: !9)
!116 = !DILocation(line: 20, column: 19, scope: !9)
!117 = !DILocation(line: 21, column: 47, scope: !9)
!118 = !DILocation(line: 21, column: 50, scope: !9)
!119 = !DILocation(line: 21, column: 59, scope: !9)
!120 = !DILocation(line: 21, column: 62, scope: !9)
!121 = !DILocation(line: 21, column: 64, scope: !9)
!122 = !DILocation(line: 21, column: 53, scope: !9)
!123 = !DILocation(line: 21, column: 5, scope: !9)
!124 = !DILocation(line: 22, column: 33, scope: !9)
!125 = !DILocation(line: 22, column: 28, scope: !9)
!126 = !DILocation(line: 22, column: 23, scope: !9)
!127 = !DILocation(line: 22, column: 71, scope: !9)
!128 = !DILocation(line: 22, column: 75, scope: !9)
!129 = !DILocation(line: 22, column: 46, scope: !9)
!130 = !DILocation(line: 23, column: 52, scope: !9)
!131 = !DILocation(line: 23, column: 51, scope: !9)
!132 = !DILocation(line: 23, column: 46, scope: !9)
!133 = !DILocation(line: 23, column: 69, scope: !9)
!134 = !DILocation(line: 23, column: 60, scope: !9)
!135 = !DILocation(line: 23, column: 88, scope: !9)
!136 = !DILocation(line: 23, column: 95, scope: !9)
!137 = !DILocation(line: 23, column: 83, scope: !9)
!138 = !DILocation(line: 23, column: 108, scope: !9)
!139 = !DILocation(line: 23, column: 115, scope: !9)
!140 = !DILocation(line: 23, column: 103, scope: !9)
!141 = !DILocation(line: 23, column: 5, scope: !9)
!142 = !DILocation(line: 24, column: 52, scope: !9)
!143 = !DILocation(line: 24, column: 47, scope: !9)
!144 = !DILocation(line: 24, column: 65, scope: !9)
!145 = !DILocation(line: 24, column: 60, scope: !9)
!146 = !DILocation(line: 24, column: 78, scope: !9)
!147 = !DILocation(line: 24, column: 73, scope: !9)
!148 = !DILocation(line: 24, column: 92, scope: !9)
!149 = !DILocation(line: 24, column: 86, scope: !9)
!150 = !DILocation(line: 24, column: 5, scope: !9)
!151 = !DILocation(line: 25, column: 47, scope: !9)
!152 = !DILocation(line: 25, column: 43, scope: !9)
!153 = !DILocation(line: 25, column: 62, scope: !9)
!154 = !DILocation(line: 25, column: 55, scope: !9)
!155 = !DILocation(line: 25, column: 77, scope: !9)
!156 = !DILocation(line: 25, column: 70, scope: !9)
!157 = !DILocation(line: 25, column: 5, scope: !9)
!158 = !DILocation(line: 26, column: 5, scope: !9)
