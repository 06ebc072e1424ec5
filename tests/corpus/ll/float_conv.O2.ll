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

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
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
  call void @llvm.lifetime.start.p0(ptr %2) #5, !dbg !17
  store i32 0, ptr %2, align 4, !dbg !18, !tbaa !9
  br label %17, !dbg !17

17:                                               ; preds = %62, %0
  %18 = load i32, ptr %2, align 4, !dbg !19, !tbaa !9
  %19 = zext i32 %18 to i64, !dbg !19
  %20 = icmp ult i64 %19, 11, !dbg !20
  br i1 %20, label %22, label %21, !dbg !21

21:                                               ; preds = %17
  call void @llvm.lifetime.end.p0(ptr %2) #5, !dbg !22
  br label %65

22:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !23
  %23 = load i32, ptr %2, align 4, !dbg !24, !tbaa !9
  %24 = zext i32 %23 to i64, !dbg !25
  %25 = getelementptr inbounds nuw [11 x double], ptr @vals, i64 0, i64 %24, !dbg !25
  %26 = load volatile double, ptr %25, align 8, !dbg !26, !tbaa !27
  store double %26, ptr %3, align 8, !dbg !29, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %4) #5, !dbg !30
  %27 = load double, ptr %3, align 8, !dbg !31, !tbaa !27
  %28 = fptrunc double %27 to float, !dbg !32
  store float %28, ptr %4, align 4, !dbg !33, !tbaa !34
  %29 = load double, ptr %3, align 8, !dbg !36, !tbaa !27
  %30 = load float, ptr %4, align 4, !dbg !37, !tbaa !34
  %31 = fpext float %30 to double, !dbg !38
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %29, double noundef %31), !dbg !39
  %33 = load double, ptr %3, align 8, !dbg !40, !tbaa !27
  %34 = call double @llvm.fabs.f64(double %33), !dbg !41
  %35 = fcmp olt double %34, 2.000000e+09, !dbg !42
  br i1 %35, label %36, label %40, !dbg !43

36:                                               ; preds = %22
  %37 = load double, ptr %3, align 8, !dbg !44, !tbaa !27
  %38 = fptosi double %37 to i32, !dbg !45
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %38), !dbg !46
  br label %40, !dbg !46

40:                                               ; preds = %36, %22
  %41 = load double, ptr %3, align 8, !dbg !47, !tbaa !27
  %42 = fcmp oge double %41, 0.000000e+00, !dbg !48
  br i1 %42, label %43, label %50, !dbg !49

43:                                               ; preds = %40
  %44 = load double, ptr %3, align 8, !dbg !50, !tbaa !27
  %45 = fcmp olt double %44, 1.800000e+19, !dbg !51
  br i1 %45, label %46, label %50, !dbg !52

46:                                               ; preds = %43
  %47 = load double, ptr %3, align 8, !dbg !53, !tbaa !27
  %48 = fptoui double %47 to i64, !dbg !54
  %49 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %48), !dbg !55
  br label %50, !dbg !55

50:                                               ; preds = %46, %43, %40
  %51 = load double, ptr %3, align 8, !dbg !56, !tbaa !27
  %52 = call double @llvm.fabs.f64(double %51), !dbg !57
  %53 = fcmp olt double %52, 1.000000e+18, !dbg !58
  br i1 %53, label %54, label %57, !dbg !59

54:                                               ; preds = %50
  %55 = load double, ptr %3, align 8, !dbg !60, !tbaa !27
  %56 = call i64 @lrint(double noundef %55) #5, !dbg !61, !tbaa !9
  br label %58, !dbg !57

57:                                               ; preds = %50
  br label %58, !dbg !57

58:                                               ; preds = %57, %54
  %59 = phi i64 [ %56, %54 ], [ 0, %57 ], !dbg !57
  %60 = load double, ptr %3, align 8, !dbg !62, !tbaa !27
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %59, double noundef %60), !dbg !63
  call void @llvm.lifetime.end.p0(ptr %4) #5, !dbg !64
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !64
  br label %62, !dbg !65

62:                                               ; preds = %58
  %63 = load i32, ptr %2, align 4, !dbg !66, !tbaa !9
  %64 = add i32 %63, 1, !dbg !67
  store i32 %64, ptr %2, align 4, !dbg !68, !tbaa !9
  br label %17, !dbg !22, !llvm.loop !69

65:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %5) #5, !dbg !71
  store i64 -1, ptr %5, align 8, !dbg !72, !tbaa !73
  call void @llvm.lifetime.start.p0(ptr %6) #5, !dbg !75
  store i64 -9223372036854775808, ptr %6, align 8, !dbg !76, !tbaa !73
  %66 = load i64, ptr %5, align 8, !dbg !77, !tbaa !73
  %67 = uitofp i64 %66 to double, !dbg !78
  %68 = load i64, ptr %5, align 8, !dbg !79, !tbaa !73
  %69 = uitofp i64 %68 to float, !dbg !80
  %70 = fpext float %69 to double, !dbg !81
  %71 = load i64, ptr %6, align 8, !dbg !82, !tbaa !73
  %72 = sitofp i64 %71 to double, !dbg !83
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %67, double noundef %70, double noundef %72), !dbg !84
  call void @llvm.lifetime.start.p0(ptr %7) #5, !dbg !85
  store i64 9007199254740993, ptr %7, align 8, !dbg !86, !tbaa !73
  call void @llvm.lifetime.start.p0(ptr %8) #5, !dbg !87
  store i32 -1, ptr %8, align 4, !dbg !88, !tbaa !9
  %74 = load i64, ptr %7, align 8, !dbg !89, !tbaa !73
  %75 = uitofp i64 %74 to double, !dbg !90
  %76 = load i32, ptr %8, align 4, !dbg !91, !tbaa !9
  %77 = uitofp i32 %76 to float, !dbg !92
  %78 = fpext float %77 to double, !dbg !93
  %79 = load i32, ptr %8, align 4, !dbg !94, !tbaa !9
  %80 = udiv i32 %79, 2, !dbg !95
  %81 = uitofp i32 %80 to double, !dbg !96
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %75, double noundef %78, double noundef %81), !dbg !97
  %83 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef 0x10000000000000, double noundef 0x3810000000000000, double noundef 0x3CB0000000000000, double noundef 0x3E80000000000000), !dbg !98
  call void @llvm.lifetime.start.p0(ptr %9) #5, !dbg !99
  store volatile double 0.000000e+00, ptr %9, align 8, !dbg !100, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %10) #5, !dbg !101
  %84 = load volatile double, ptr %9, align 8, !dbg !102, !tbaa !27
  %85 = fdiv double 1.000000e+00, %84, !dbg !103
  store double %85, ptr %10, align 8, !dbg !104, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %11) #5, !dbg !101
  %86 = load volatile double, ptr %9, align 8, !dbg !105, !tbaa !27
  %87 = load volatile double, ptr %9, align 8, !dbg !106, !tbaa !27
  %88 = fdiv double %86, %87, !dbg !107
  store double %88, ptr %11, align 8, !dbg !108, !tbaa !27
  %89 = load double, ptr %10, align 8, !dbg !109, !tbaa !27
  %90 = load double, ptr %10, align 8, !dbg !110, !tbaa !27
  %91 = fneg double %90, !dbg !111
  %92 = load double, ptr %11, align 8, !dbg !112, !tbaa !27
  %93 = load double, ptr %11, align 8, !dbg !113, !tbaa !27
  %94 = fcmp une double %92, %93, !dbg !114
  %95 = zext i1 %94 to i32, !dbg !114
  %96 = load double, ptr %10, align 8, !dbg !115, !tbaa !27
  %97 = fcmp ogt double %96, 0x7FEFFFFFFFFFFFFF, !dbg !116
  %98 = zext i1 %97 to i32, !dbg !116
  %99 = load double, ptr %10, align 8, !dbg !117, !tbaa !27
  %100 = fptrunc double %99 to float, !dbg !118
  %101 = fcmp oeq float 0x7FF0000000000000, %100, !dbg !119
  %102 = zext i1 %101 to i32, !dbg !119
  %103 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %89, double noundef %91, i32 noundef %95, i32 noundef %98, i32 noundef %102), !dbg !120
  call void @llvm.lifetime.start.p0(ptr %12) #5, !dbg !121
  store i32 -3, ptr %12, align 4, !dbg !122, !tbaa !9
  br label %104, !dbg !121

104:                                              ; preds = %123, %65
  %105 = load i32, ptr %12, align 4, !dbg !123, !tbaa !9
  %106 = icmp sle i32 %105, 3, !dbg !124
  br i1 %106, label %108, label %107, !dbg !125

107:                                              ; preds = %104
  call void @llvm.lifetime.end.p0(ptr %12) #5, !dbg !126
  br label %126

108:                                              ; preds = %104
  %109 = load volatile double, ptr getelementptr inbounds ([11 x double], ptr @vals, i64 0, i64 7), align 8, !dbg !127, !tbaa !27
  %110 = fdiv double %109, 0x41B9999999800000, !dbg !128
  %111 = load i32, ptr %12, align 4, !dbg !129, !tbaa !9
  %112 = mul nsw i32 %111, 7, !dbg !130
  %113 = sitofp i32 %112 to double, !dbg !129
  %114 = call double @pow(double noundef %110, double noundef %113) #5, !dbg !131, !tbaa !9
  %115 = fmul double %114, 1.234500e+00, !dbg !132
  %116 = load i32, ptr %12, align 4, !dbg !133, !tbaa !9
  %117 = sitofp i32 %116 to double, !dbg !133
  %118 = fadd double 2.500000e+00, %117, !dbg !134
  %119 = load i32, ptr %12, align 4, !dbg !135, !tbaa !9
  %120 = sitofp i32 %119 to double, !dbg !135
  %121 = fmul double 0x3FD5555555555555, %120, !dbg !136
  %122 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %115, double noundef %118, double noundef %121), !dbg !137
  br label %123, !dbg !138

123:                                              ; preds = %108
  %124 = load i32, ptr %12, align 4, !dbg !139, !tbaa !9
  %125 = add nsw i32 %124, 1, !dbg !140
  store i32 %125, ptr %12, align 4, !dbg !141, !tbaa !9
  br label %104, !dbg !126, !llvm.loop !142

126:                                              ; preds = %107
  %127 = call i32 (ptr, ...) @printf(ptr noundef @.str.9), !dbg !144
  call void @llvm.lifetime.start.p0(ptr %13) #5, !dbg !145
  store float 0.000000e+00, ptr %13, align 4, !dbg !146, !tbaa !34
  call void @llvm.lifetime.start.p0(ptr %14) #5, !dbg !147
  store i32 0, ptr %14, align 4, !dbg !148, !tbaa !9
  br label %128, !dbg !147

128:                                              ; preds = %135, %126
  %129 = load i32, ptr %14, align 4, !dbg !149, !tbaa !9
  %130 = icmp slt i32 %129, 1000, !dbg !150
  br i1 %130, label %132, label %131, !dbg !151

131:                                              ; preds = %128
  call void @llvm.lifetime.end.p0(ptr %14) #5, !dbg !152
  br label %138

132:                                              ; preds = %128
  %133 = load float, ptr %13, align 4, !dbg !153, !tbaa !34
  %134 = fadd float %133, 0x3FB99999A0000000, !dbg !154
  store float %134, ptr %13, align 4, !dbg !155, !tbaa !34
  br label %135, !dbg !156

135:                                              ; preds = %132
  %136 = load i32, ptr %14, align 4, !dbg !157, !tbaa !9
  %137 = add nsw i32 %136, 1, !dbg !158
  store i32 %137, ptr %14, align 4, !dbg !159, !tbaa !9
  br label %128, !dbg !152, !llvm.loop !160

138:                                              ; preds = %131
  call void @llvm.lifetime.start.p0(ptr %15) #5, !dbg !162
  store double 0.000000e+00, ptr %15, align 8, !dbg !163, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %16) #5, !dbg !164
  store i32 0, ptr %16, align 4, !dbg !165, !tbaa !9
  br label %139, !dbg !164

139:                                              ; preds = %146, %138
  %140 = load i32, ptr %16, align 4, !dbg !166, !tbaa !9
  %141 = icmp slt i32 %140, 1000, !dbg !167
  br i1 %141, label %143, label %142, !dbg !168

142:                                              ; preds = %139
  call void @llvm.lifetime.end.p0(ptr %16) #5, !dbg !169
  br label %149

143:                                              ; preds = %139
  %144 = load double, ptr %15, align 8, !dbg !170, !tbaa !27
  %145 = fadd double %144, 1.000000e-01, !dbg !171
  store double %145, ptr %15, align 8, !dbg !172, !tbaa !27
  br label %146, !dbg !173

146:                                              ; preds = %143
  %147 = load i32, ptr %16, align 4, !dbg !174, !tbaa !9
  %148 = add nsw i32 %147, 1, !dbg !175
  store i32 %148, ptr %16, align 4, !dbg !176, !tbaa !9
  br label %139, !dbg !169, !llvm.loop !177

149:                                              ; preds = %142
  %150 = load float, ptr %13, align 4, !dbg !179, !tbaa !34
  %151 = fpext float %150 to double, !dbg !180
  %152 = load double, ptr %15, align 8, !dbg !181, !tbaa !27
  %153 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %151, double noundef %152), !dbg !182
  call void @llvm.lifetime.end.p0(ptr %15) #5, !dbg !183
  call void @llvm.lifetime.end.p0(ptr %13) #5, !dbg !183
  call void @llvm.lifetime.end.p0(ptr %11) #5, !dbg !183
  call void @llvm.lifetime.end.p0(ptr %10) #5, !dbg !183
  call void @llvm.lifetime.end.p0(ptr %9) #5, !dbg !183
  call void @llvm.lifetime.end.p0(ptr %8) #5, !dbg !183
  call void @llvm.lifetime.end.p0(ptr %7) #5, !dbg !183
  call void @llvm.lifetime.end.p0(ptr %6) #5, !dbg !183
  call void @llvm.lifetime.end.p0(ptr %5) #5, !dbg !183
  ret i32 0, !dbg !184
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

declare !dbg !185 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #3

; Function Attrs: nounwind
declare !dbg !187 i64 @lrint(double noundef) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind
declare !dbg !189 double @pow(double noundef, double noundef) #4

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "float_conv.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 9, type: !15, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "float_conv.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 10, column: 10, scope: !13)
!18 = !DILocation(line: 10, column: 19, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !DILocation(line: 10, column: 26, scope: !13)
!20 = !DILocation(line: 10, column: 28, scope: !13, atomGroup: 2, atomRank: 1)
!21 = !DILocation(line: 10, column: 5, scope: !13, atomGroup: 3, atomRank: 1)
!22 = !DILocation(line: 10, column: 5, scope: !13)
!23 = !DILocation(line: 11, column: 9, scope: !13)
!24 = !DILocation(line: 11, column: 25, scope: !13)
!25 = !DILocation(line: 11, column: 20, scope: !13)
!26 = !DILocation(line: 11, column: 20, scope: !13, atomGroup: 4, atomRank: 2)
!27 = !{!28, !28, i64 0}
!28 = !{!"double", !11, i64 0}
!29 = !DILocation(line: 11, column: 16, scope: !13, atomGroup: 4, atomRank: 1)
!30 = !DILocation(line: 12, column: 9, scope: !13)
!31 = !DILocation(line: 12, column: 26, scope: !13, atomGroup: 5, atomRank: 3)
!32 = !DILocation(line: 12, column: 19, scope: !13, atomGroup: 5, atomRank: 2)
!33 = !DILocation(line: 12, column: 15, scope: !13, atomGroup: 5, atomRank: 1)
!34 = !{!35, !35, i64 0}
!35 = !{!"float", !11, i64 0}
!36 = !DILocation(line: 13, column: 35, scope: !13)
!37 = !DILocation(line: 13, column: 46, scope: !13)
!38 = !DILocation(line: 13, column: 38, scope: !13)
!39 = !DILocation(line: 13, column: 9, scope: !13)
!40 = !DILocation(line: 14, column: 18, scope: !13)
!41 = !DILocation(line: 14, column: 13, scope: !13)
!42 = !DILocation(line: 14, column: 21, scope: !13, atomGroup: 6, atomRank: 2)
!43 = !DILocation(line: 14, column: 21, scope: !13, atomGroup: 6, atomRank: 1)
!44 = !DILocation(line: 14, column: 55, scope: !13)
!45 = !DILocation(line: 14, column: 46, scope: !13)
!46 = !DILocation(line: 14, column: 28, scope: !13)
!47 = !DILocation(line: 15, column: 13, scope: !13)
!48 = !DILocation(line: 15, column: 15, scope: !13, atomGroup: 7, atomRank: 2)
!49 = !DILocation(line: 15, column: 20, scope: !13, atomGroup: 7, atomRank: 1)
!50 = !DILocation(line: 15, column: 23, scope: !13)
!51 = !DILocation(line: 15, column: 25, scope: !13, atomGroup: 8, atomRank: 2)
!52 = !DILocation(line: 15, column: 20, scope: !13, atomGroup: 8, atomRank: 1)
!53 = !DILocation(line: 15, column: 75, scope: !13)
!54 = !DILocation(line: 15, column: 55, scope: !13)
!55 = !DILocation(line: 15, column: 35, scope: !13)
!56 = !DILocation(line: 16, column: 42, scope: !13)
!57 = !DILocation(line: 16, column: 37, scope: !13)
!58 = !DILocation(line: 16, column: 45, scope: !13, atomGroup: 9, atomRank: 2)
!59 = !DILocation(line: 16, column: 37, scope: !13, atomGroup: 9, atomRank: 1)
!60 = !DILocation(line: 16, column: 60, scope: !13)
!61 = !DILocation(line: 16, column: 54, scope: !13)
!62 = !DILocation(line: 16, column: 69, scope: !13)
!63 = !DILocation(line: 16, column: 9, scope: !13)
!64 = !DILocation(line: 17, column: 5, scope: !13)
!65 = !DILocation(line: 17, column: 5, scope: !13, atomGroup: 11, atomRank: 1)
!66 = !DILocation(line: 10, column: 61, scope: !13)
!67 = !DILocation(line: 10, column: 61, scope: !13, atomGroup: 10, atomRank: 2)
!68 = !DILocation(line: 10, column: 61, scope: !13, atomGroup: 10, atomRank: 1)
!69 = distinct !{!69, !22, !64, !70}
!70 = !{!"llvm.loop.mustprogress"}
!71 = !DILocation(line: 18, column: 5, scope: !13)
!72 = !DILocation(line: 18, column: 14, scope: !13, atomGroup: 12, atomRank: 1)
!73 = !{!74, !74, i64 0}
!74 = !{!"long", !11, i64 0}
!75 = !DILocation(line: 18, column: 41, scope: !13)
!76 = !DILocation(line: 18, column: 49, scope: !13, atomGroup: 13, atomRank: 1)
!77 = !DILocation(line: 19, column: 58, scope: !13)
!78 = !DILocation(line: 19, column: 50, scope: !13)
!79 = !DILocation(line: 19, column: 76, scope: !13)
!80 = !DILocation(line: 19, column: 69, scope: !13)
!81 = !DILocation(line: 19, column: 61, scope: !13)
!82 = !DILocation(line: 19, column: 87, scope: !13)
!83 = !DILocation(line: 19, column: 79, scope: !13)
!84 = !DILocation(line: 19, column: 5, scope: !13)
!85 = !DILocation(line: 20, column: 5, scope: !13)
!86 = !DILocation(line: 20, column: 14, scope: !13, atomGroup: 14, atomRank: 1)
!87 = !DILocation(line: 20, column: 38, scope: !13)
!88 = !DILocation(line: 20, column: 47, scope: !13, atomGroup: 15, atomRank: 1)
!89 = !DILocation(line: 21, column: 48, scope: !13)
!90 = !DILocation(line: 21, column: 40, scope: !13)
!91 = !DILocation(line: 21, column: 68, scope: !13)
!92 = !DILocation(line: 21, column: 61, scope: !13)
!93 = !DILocation(line: 21, column: 53, scope: !13)
!94 = !DILocation(line: 21, column: 82, scope: !13)
!95 = !DILocation(line: 21, column: 86, scope: !13)
!96 = !DILocation(line: 21, column: 73, scope: !13)
!97 = !DILocation(line: 21, column: 5, scope: !13)
!98 = !DILocation(line: 22, column: 5, scope: !13)
!99 = !DILocation(line: 23, column: 5, scope: !13)
!100 = !DILocation(line: 23, column: 21, scope: !13, atomGroup: 16, atomRank: 1)
!101 = !DILocation(line: 24, column: 5, scope: !13)
!102 = !DILocation(line: 24, column: 22, scope: !13)
!103 = !DILocation(line: 24, column: 20, scope: !13, atomGroup: 17, atomRank: 2)
!104 = !DILocation(line: 24, column: 12, scope: !13, atomGroup: 17, atomRank: 1)
!105 = !DILocation(line: 24, column: 33, scope: !13)
!106 = !DILocation(line: 24, column: 37, scope: !13)
!107 = !DILocation(line: 24, column: 35, scope: !13, atomGroup: 18, atomRank: 2)
!108 = !DILocation(line: 24, column: 25, scope: !13, atomGroup: 18, atomRank: 1)
!109 = !DILocation(line: 25, column: 40, scope: !13)
!110 = !DILocation(line: 25, column: 46, scope: !13)
!111 = !DILocation(line: 25, column: 45, scope: !13)
!112 = !DILocation(line: 25, column: 51, scope: !13)
!113 = !DILocation(line: 25, column: 60, scope: !13)
!114 = !DILocation(line: 25, column: 57, scope: !13)
!115 = !DILocation(line: 25, column: 67, scope: !13)
!116 = !DILocation(line: 25, column: 71, scope: !13)
!117 = !DILocation(line: 25, column: 104, scope: !13)
!118 = !DILocation(line: 25, column: 97, scope: !13)
!119 = !DILocation(line: 25, column: 94, scope: !13)
!120 = !DILocation(line: 25, column: 5, scope: !13)
!121 = !DILocation(line: 26, column: 10, scope: !13)
!122 = !DILocation(line: 26, column: 14, scope: !13, atomGroup: 19, atomRank: 1)
!123 = !DILocation(line: 26, column: 22, scope: !13)
!124 = !DILocation(line: 26, column: 24, scope: !13, atomGroup: 20, atomRank: 1)
!125 = !DILocation(line: 26, column: 5, scope: !13, atomGroup: 21, atomRank: 1)
!126 = !DILocation(line: 26, column: 5, scope: !13)
!127 = !DILocation(line: 26, column: 63, scope: !13)
!128 = !DILocation(line: 26, column: 71, scope: !13)
!129 = !DILocation(line: 26, column: 86, scope: !13)
!130 = !DILocation(line: 26, column: 88, scope: !13)
!131 = !DILocation(line: 26, column: 59, scope: !13)
!132 = !DILocation(line: 26, column: 93, scope: !13)
!133 = !DILocation(line: 26, column: 109, scope: !13)
!134 = !DILocation(line: 26, column: 107, scope: !13)
!135 = !DILocation(line: 26, column: 122, scope: !13)
!136 = !DILocation(line: 26, column: 120, scope: !13)
!137 = !DILocation(line: 26, column: 35, scope: !13)
!138 = !DILocation(line: 26, column: 35, scope: !13, atomGroup: 23, atomRank: 1)
!139 = !DILocation(line: 26, column: 31, scope: !13)
!140 = !DILocation(line: 26, column: 31, scope: !13, atomGroup: 22, atomRank: 2)
!141 = !DILocation(line: 26, column: 31, scope: !13, atomGroup: 22, atomRank: 1)
!142 = distinct !{!142, !126, !143, !70}
!143 = !DILocation(line: 26, column: 123, scope: !13)
!144 = !DILocation(line: 27, column: 5, scope: !13)
!145 = !DILocation(line: 28, column: 5, scope: !13)
!146 = !DILocation(line: 28, column: 11, scope: !13, atomGroup: 24, atomRank: 1)
!147 = !DILocation(line: 28, column: 25, scope: !13)
!148 = !DILocation(line: 28, column: 29, scope: !13, atomGroup: 25, atomRank: 1)
!149 = !DILocation(line: 28, column: 36, scope: !13)
!150 = !DILocation(line: 28, column: 38, scope: !13, atomGroup: 26, atomRank: 1)
!151 = !DILocation(line: 28, column: 20, scope: !13, atomGroup: 27, atomRank: 1)
!152 = !DILocation(line: 28, column: 20, scope: !13)
!153 = !DILocation(line: 28, column: 55, scope: !13)
!154 = !DILocation(line: 28, column: 55, scope: !13, atomGroup: 28, atomRank: 2)
!155 = !DILocation(line: 28, column: 55, scope: !13, atomGroup: 28, atomRank: 1)
!156 = !DILocation(line: 28, column: 51, scope: !13, atomGroup: 30, atomRank: 1)
!157 = !DILocation(line: 28, column: 47, scope: !13)
!158 = !DILocation(line: 28, column: 47, scope: !13, atomGroup: 29, atomRank: 2)
!159 = !DILocation(line: 28, column: 47, scope: !13, atomGroup: 29, atomRank: 1)
!160 = distinct !{!160, !152, !161, !70}
!161 = !DILocation(line: 28, column: 58, scope: !13)
!162 = !DILocation(line: 29, column: 5, scope: !13)
!163 = !DILocation(line: 29, column: 12, scope: !13, atomGroup: 31, atomRank: 1)
!164 = !DILocation(line: 29, column: 27, scope: !13)
!165 = !DILocation(line: 29, column: 31, scope: !13, atomGroup: 32, atomRank: 1)
!166 = !DILocation(line: 29, column: 38, scope: !13)
!167 = !DILocation(line: 29, column: 40, scope: !13, atomGroup: 33, atomRank: 1)
!168 = !DILocation(line: 29, column: 22, scope: !13, atomGroup: 34, atomRank: 1)
!169 = !DILocation(line: 29, column: 22, scope: !13)
!170 = !DILocation(line: 29, column: 58, scope: !13)
!171 = !DILocation(line: 29, column: 58, scope: !13, atomGroup: 35, atomRank: 2)
!172 = !DILocation(line: 29, column: 58, scope: !13, atomGroup: 35, atomRank: 1)
!173 = !DILocation(line: 29, column: 53, scope: !13, atomGroup: 37, atomRank: 1)
!174 = !DILocation(line: 29, column: 49, scope: !13)
!175 = !DILocation(line: 29, column: 49, scope: !13, atomGroup: 36, atomRank: 2)
!176 = !DILocation(line: 29, column: 49, scope: !13, atomGroup: 36, atomRank: 1)
!177 = distinct !{!177, !169, !178, !70}
!178 = !DILocation(line: 29, column: 61, scope: !13)
!179 = !DILocation(line: 30, column: 42, scope: !13)
!180 = !DILocation(line: 30, column: 34, scope: !13)
!181 = !DILocation(line: 30, column: 47, scope: !13)
!182 = !DILocation(line: 30, column: 5, scope: !13)
!183 = !DILocation(line: 32, column: 1, scope: !13)
!184 = !DILocation(line: 31, column: 5, scope: !13, atomGroup: 39, atomRank: 1)
!185 = !DISubprogram(name: "printf", scope: !186, file: !186, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!186 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!187 = !DISubprogram(name: "lrint", scope: !188, file: !188, line: 317, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!188 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/mathcalls.h", directory: "")
!189 = !DISubprogram(name: "pow", scope: !188, file: !188, line: 140, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
