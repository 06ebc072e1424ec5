; ModuleID = 'vectors.c'
source_filename = "vectors.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [18 x i8] c"v4si %d %d %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [17 x i8] c"cmp %d %d %d %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [26 x i8] c"v4sf %.9g %.9g %.9g %.9g\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"v2df %.17g %.17g\0A\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"v16qi %u\0A\00", align 1
@.str.5 = private unnamed_addr constant [16 x i8] c"v2di %lld %lld\0A\00", align 1
@.str.6 = private unnamed_addr constant [18 x i8] c"conv %d %d %d %d\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca <4 x i32>, align 16
  %3 = alloca <4 x i32>, align 16
  %4 = alloca i32, align 4
  %5 = alloca <4 x i32>, align 16
  %6 = alloca <4 x float>, align 16
  %7 = alloca <4 x float>, align 16
  %8 = alloca i32, align 4
  %9 = alloca <2 x double>, align 16
  %10 = alloca <2 x double>, align 16
  %11 = alloca <2 x double>, align 16
  %12 = alloca <16 x i8>, align 16
  %13 = alloca i32, align 4
  %14 = alloca <16 x i8>, align 16
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca <2 x i64>, align 16
  %18 = alloca <4 x i32>, align 16
  store i32 0, ptr %1, align 4
  store <4 x i32> <i32 1, i32 2, i32 3, i32 4>, ptr %2, align 16, !dbg !13
  store <4 x i32> <i32 10, i32 -20, i32 30, i32 -40>, ptr %3, align 16, !dbg !14
  store i32 0, ptr %4, align 4, !dbg !15
  br label %19, !dbg !16

19:                                               ; preds = %34, %0
  %20 = load i32, ptr %4, align 4, !dbg !17
  %21 = icmp slt i32 %20, 10, !dbg !18
  br i1 %21, label %22, label %37, !dbg !19

22:                                               ; preds = %19
  %23 = load <4 x i32>, ptr %2, align 16, !dbg !20
  %24 = mul <4 x i32> %23, splat (i32 3), !dbg !21
  %25 = load <4 x i32>, ptr %3, align 16, !dbg !22
  %26 = add <4 x i32> %24, %25, !dbg !23
  store <4 x i32> %26, ptr %2, align 16, !dbg !24
  %27 = load <4 x i32>, ptr %3, align 16, !dbg !25
  %28 = call <4 x i32> @rot(<4 x i32> noundef %27), !dbg !26
  %29 = load <4 x i32>, ptr %2, align 16, !dbg !27
  %30 = ashr <4 x i32> %29, splat (i32 2), !dbg !28
  %31 = xor <4 x i32> %28, %30, !dbg !29
  store <4 x i32> %31, ptr %3, align 16, !dbg !30
  %32 = load <4 x i32>, ptr %2, align 16, !dbg !31
  %33 = and <4 x i32> %32, splat (i32 8388607), !dbg !32
  store <4 x i32> %33, ptr %2, align 16, !dbg !33
  br label %34, !dbg !34

34:                                               ; preds = %22
  %35 = load i32, ptr %4, align 4, !dbg !35
  %36 = add nsw i32 %35, 1, !dbg !35
  store i32 %36, ptr %4, align 4, !dbg !35
  br label %19, !dbg !19, !llvm.loop !36

37:                                               ; preds = %19
  %38 = load <4 x i32>, ptr %2, align 16, !dbg !38
  %39 = extractelement <4 x i32> %38, i32 0, !dbg !38
  %40 = load <4 x i32>, ptr %2, align 16, !dbg !39
  %41 = extractelement <4 x i32> %40, i32 1, !dbg !39
  %42 = load <4 x i32>, ptr %2, align 16, !dbg !40
  %43 = extractelement <4 x i32> %42, i32 2, !dbg !40
  %44 = load <4 x i32>, ptr %2, align 16, !dbg !41
  %45 = extractelement <4 x i32> %44, i32 3, !dbg !41
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %39, i32 noundef %41, i32 noundef %43, i32 noundef %45), !dbg !42
  %47 = load <4 x i32>, ptr %2, align 16, !dbg !43
  %48 = load <4 x i32>, ptr %3, align 16, !dbg !44
  %49 = icmp sgt <4 x i32> %47, %48, !dbg !45
  %50 = sext <4 x i1> %49 to <4 x i32>, !dbg !45
  store <4 x i32> %50, ptr %5, align 16, !dbg !46
  %51 = load <4 x i32>, ptr %5, align 16, !dbg !47
  %52 = extractelement <4 x i32> %51, i32 0, !dbg !47
  %53 = load <4 x i32>, ptr %5, align 16, !dbg !48
  %54 = extractelement <4 x i32> %53, i32 1, !dbg !48
  %55 = load <4 x i32>, ptr %5, align 16, !dbg !49
  %56 = extractelement <4 x i32> %55, i32 2, !dbg !49
  %57 = load <4 x i32>, ptr %5, align 16, !dbg !50
  %58 = extractelement <4 x i32> %57, i32 3, !dbg !50
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %52, i32 noundef %54, i32 noundef %56, i32 noundef %58), !dbg !51
  store <4 x float> <float 1.500000e+00, float -2.250000e+00, float 3.000000e+00, float 1.250000e-01>, ptr %6, align 16, !dbg !52
  store <4 x float> <float 5.000000e-01, float 5.000000e-01, float 2.000000e+00, float 4.000000e+00>, ptr %7, align 16, !dbg !53
  store i32 0, ptr %8, align 4, !dbg !54
  br label %60, !dbg !55

60:                                               ; preds = %71, %37
  %61 = load i32, ptr %8, align 4, !dbg !56
  %62 = icmp slt i32 %61, 5, !dbg !57
  br i1 %62, label %63, label %74, !dbg !58

63:                                               ; preds = %60
  %64 = load <4 x float>, ptr %6, align 16, !dbg !59
  %65 = load <4 x float>, ptr %7, align 16, !dbg !60
  %66 = load <4 x float>, ptr %6, align 16, !dbg !61
  %67 = load <4 x float>, ptr %7, align 16, !dbg !62
  %68 = fadd <4 x float> %67, splat (float 1.000000e+00), !dbg !63
  %69 = fdiv <4 x float> %66, %68, !dbg !64
  %70 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %64, <4 x float> %65, <4 x float> %69), !dbg !65
  store <4 x float> %70, ptr %6, align 16, !dbg !66
  br label %71, !dbg !67

71:                                               ; preds = %63
  %72 = load i32, ptr %8, align 4, !dbg !68
  %73 = add nsw i32 %72, 1, !dbg !68
  store i32 %73, ptr %8, align 4, !dbg !68
  br label %60, !dbg !58, !llvm.loop !69

74:                                               ; preds = %60
  %75 = load <4 x float>, ptr %6, align 16, !dbg !71
  %76 = extractelement <4 x float> %75, i32 0, !dbg !71
  %77 = fpext float %76 to double, !dbg !72
  %78 = load <4 x float>, ptr %6, align 16, !dbg !73
  %79 = extractelement <4 x float> %78, i32 1, !dbg !73
  %80 = fpext float %79 to double, !dbg !74
  %81 = load <4 x float>, ptr %6, align 16, !dbg !75
  %82 = extractelement <4 x float> %81, i32 2, !dbg !75
  %83 = fpext float %82 to double, !dbg !76
  %84 = load <4 x float>, ptr %6, align 16, !dbg !77
  %85 = extractelement <4 x float> %84, i32 3, !dbg !77
  %86 = fpext float %85 to double, !dbg !78
  %87 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %77, double noundef %80, double noundef %83, double noundef %86), !dbg !79
  store <2 x double> <double 1.000000e+00, double 2.000000e+00>, ptr %9, align 16, !dbg !80
  %88 = load <2 x double>, ptr %9, align 16, !dbg !81
  %89 = load <2 x double>, ptr %9, align 16, !dbg !82
  %90 = shufflevector <2 x double> %88, <2 x double> %89, <2 x i32> <i32 1, i32 0>, !dbg !83
  store <2 x double> %90, ptr %10, align 16, !dbg !84
  %91 = load <2 x double>, ptr %9, align 16, !dbg !85
  %92 = load <2 x double>, ptr %10, align 16, !dbg !86
  store <2 x double> <double 2.500000e-01, double 7.500000e-01>, ptr %11, align 16, !dbg !87
  %93 = load <2 x double>, ptr %11, align 16, !dbg !87
  %94 = fneg <2 x double> %93, !dbg !88
  %95 = call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %91, <2 x double> %92, <2 x double> %94), !dbg !88
  store <2 x double> %95, ptr %9, align 16, !dbg !89
  %96 = load <2 x double>, ptr %9, align 16, !dbg !90
  %97 = extractelement <2 x double> %96, i32 0, !dbg !90
  %98 = load <2 x double>, ptr %9, align 16, !dbg !91
  %99 = extractelement <2 x double> %98, i32 1, !dbg !91
  %100 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %97, double noundef %99), !dbg !92
  store i32 0, ptr %13, align 4, !dbg !93
  br label %101, !dbg !94

101:                                              ; preds = %111, %74
  %102 = load i32, ptr %13, align 4, !dbg !95
  %103 = icmp slt i32 %102, 16, !dbg !96
  br i1 %103, label %104, label %114, !dbg !97

104:                                              ; preds = %101
  %105 = load i32, ptr %13, align 4, !dbg !98
  %106 = mul nsw i32 %105, 17, !dbg !99
  %107 = trunc i32 %106 to i8, !dbg !100
  %108 = load i32, ptr %13, align 4, !dbg !101
  %109 = load <16 x i8>, ptr %12, align 16, !dbg !102
  %110 = insertelement <16 x i8> %109, i8 %107, i32 %108, !dbg !102
  store <16 x i8> %110, ptr %12, align 16, !dbg !102
  br label %111, !dbg !103

111:                                              ; preds = %104
  %112 = load i32, ptr %13, align 4, !dbg !104
  %113 = add nsw i32 %112, 1, !dbg !104
  store i32 %113, ptr %13, align 4, !dbg !104
  br label %101, !dbg !97, !llvm.loop !105

114:                                              ; preds = %101
  %115 = load <16 x i8>, ptr %12, align 16, !dbg !107
  %116 = load <16 x i8>, ptr %12, align 16, !dbg !108
  %117 = shufflevector <16 x i8> %115, <16 x i8> %116, <16 x i32> <i32 15, i32 14, i32 13, i32 12, i32 11, i32 10, i32 9, i32 8, i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>, !dbg !109
  store <16 x i8> %117, ptr %14, align 16, !dbg !110
  %118 = load <16 x i8>, ptr %12, align 16, !dbg !111
  %119 = load <16 x i8>, ptr %14, align 16, !dbg !112
  %120 = add <16 x i8> %119, %118, !dbg !112
  store <16 x i8> %120, ptr %14, align 16, !dbg !112
  store i32 0, ptr %15, align 4, !dbg !113
  store i32 0, ptr %16, align 4, !dbg !114
  br label %121, !dbg !115

121:                                              ; preds = %132, %114
  %122 = load i32, ptr %16, align 4, !dbg !116
  %123 = icmp slt i32 %122, 16, !dbg !117
  br i1 %123, label %124, label %135, !dbg !118

124:                                              ; preds = %121
  %125 = load i32, ptr %15, align 4, !dbg !119
  %126 = mul i32 %125, 7, !dbg !120
  %127 = load <16 x i8>, ptr %14, align 16, !dbg !121
  %128 = load i32, ptr %16, align 4, !dbg !122
  %129 = extractelement <16 x i8> %127, i32 %128, !dbg !121
  %130 = zext i8 %129 to i32, !dbg !121
  %131 = add i32 %126, %130, !dbg !123
  store i32 %131, ptr %15, align 4, !dbg !124
  br label %132, !dbg !125

132:                                              ; preds = %124
  %133 = load i32, ptr %16, align 4, !dbg !126
  %134 = add nsw i32 %133, 1, !dbg !126
  store i32 %134, ptr %16, align 4, !dbg !126
  br label %121, !dbg !118, !llvm.loop !127

135:                                              ; preds = %121
  %136 = load i32, ptr %15, align 4, !dbg !129
  %137 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %136), !dbg !130
  store <2 x i64> <i64 1099511627776, i64 -5>, ptr %17, align 16, !dbg !131
  %138 = load <2 x i64>, ptr %17, align 16, !dbg !132
  %139 = shl <2 x i64> %138, splat (i64 2), !dbg !133
  store <2 x i64> %139, ptr %17, align 16, !dbg !134
  %140 = load <2 x i64>, ptr %17, align 16, !dbg !135
  %141 = sdiv <2 x i64> %140, splat (i64 3), !dbg !136
  store <2 x i64> %141, ptr %17, align 16, !dbg !137
  %142 = load <2 x i64>, ptr %17, align 16, !dbg !138
  %143 = extractelement <2 x i64> %142, i32 0, !dbg !138
  %144 = load <2 x i64>, ptr %17, align 16, !dbg !139
  %145 = extractelement <2 x i64> %144, i32 1, !dbg !139
  %146 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %143, i64 noundef %145), !dbg !140
  %147 = load <4 x float>, ptr %6, align 16, !dbg !141
  %148 = fptosi <4 x float> %147 to <4 x i32>, !dbg !142
  store <4 x i32> %148, ptr %18, align 16, !dbg !143
  %149 = load <4 x i32>, ptr %18, align 16, !dbg !144
  %150 = extractelement <4 x i32> %149, i32 0, !dbg !144
  %151 = load <4 x i32>, ptr %18, align 16, !dbg !145
  %152 = extractelement <4 x i32> %151, i32 1, !dbg !145
  %153 = load <4 x i32>, ptr %18, align 16, !dbg !146
  %154 = extractelement <4 x i32> %153, i32 2, !dbg !146
  %155 = load <4 x i32>, ptr %18, align 16, !dbg !147
  %156 = extractelement <4 x i32> %155, i32 3, !dbg !147
  %157 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %150, i32 noundef %152, i32 noundef %154, i32 noundef %156), !dbg !148
  ret i32 0, !dbg !149
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal <4 x i32> @rot(<4 x i32> noundef %0) #0 !dbg !150 {
  %2 = alloca <4 x i32>, align 16
  store <4 x i32> %0, ptr %2, align 16
  %3 = load <4 x i32>, ptr %2, align 16, !dbg !151
  %4 = load <4 x i32>, ptr %2, align 16, !dbg !152
  %5 = shufflevector <4 x i32> %3, <4 x i32> %4, <4 x i32> <i32 1, i32 2, i32 3, i32 0>, !dbg !153
  ret <4 x i32> %5, !dbg !154
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #2

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="128" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "vectors.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 13, type: !11, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "vectors.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 14, column: 10, scope: !9)
!14 = !DILocation(line: 14, column: 28, scope: !9)
!15 = !DILocation(line: 15, column: 14, scope: !9)
!16 = !DILocation(line: 15, column: 10, scope: !9)
!17 = !DILocation(line: 15, column: 21, scope: !9)
!18 = !DILocation(line: 15, column: 23, scope: !9)
!19 = !DILocation(line: 15, column: 5, scope: !9)
!20 = !DILocation(line: 15, column: 40, scope: !9)
!21 = !DILocation(line: 15, column: 42, scope: !9)
!22 = !DILocation(line: 15, column: 48, scope: !9)
!23 = !DILocation(line: 15, column: 46, scope: !9)
!24 = !DILocation(line: 15, column: 38, scope: !9)
!25 = !DILocation(line: 15, column: 59, scope: !9)
!26 = !DILocation(line: 15, column: 55, scope: !9)
!27 = !DILocation(line: 15, column: 65, scope: !9)
!28 = !DILocation(line: 15, column: 67, scope: !9)
!29 = !DILocation(line: 15, column: 62, scope: !9)
!30 = !DILocation(line: 15, column: 53, scope: !9)
!31 = !DILocation(line: 15, column: 78, scope: !9)
!32 = !DILocation(line: 15, column: 80, scope: !9)
!33 = !DILocation(line: 15, column: 76, scope: !9)
!34 = !DILocation(line: 15, column: 92, scope: !9)
!35 = !DILocation(line: 15, column: 30, scope: !9)
!36 = distinct !{!36, !19, !34, !37}
!37 = !{!"llvm.loop.mustprogress"}
!38 = !DILocation(line: 16, column: 34, scope: !9)
!39 = !DILocation(line: 16, column: 40, scope: !9)
!40 = !DILocation(line: 16, column: 46, scope: !9)
!41 = !DILocation(line: 16, column: 52, scope: !9)
!42 = !DILocation(line: 16, column: 5, scope: !9)
!43 = !DILocation(line: 17, column: 14, scope: !9)
!44 = !DILocation(line: 17, column: 18, scope: !9)
!45 = !DILocation(line: 17, column: 16, scope: !9)
!46 = !DILocation(line: 17, column: 10, scope: !9)
!47 = !DILocation(line: 18, column: 33, scope: !9)
!48 = !DILocation(line: 18, column: 39, scope: !9)
!49 = !DILocation(line: 18, column: 45, scope: !9)
!50 = !DILocation(line: 18, column: 51, scope: !9)
!51 = !DILocation(line: 18, column: 5, scope: !9)
!52 = !DILocation(line: 19, column: 10, scope: !9)
!53 = !DILocation(line: 19, column: 44, scope: !9)
!54 = !DILocation(line: 20, column: 14, scope: !9)
!55 = !DILocation(line: 20, column: 10, scope: !9)
!56 = !DILocation(line: 20, column: 21, scope: !9)
!57 = !DILocation(line: 20, column: 23, scope: !9)
!58 = !DILocation(line: 20, column: 5, scope: !9)
!59 = !DILocation(line: 20, column: 37, scope: !9)
!60 = !DILocation(line: 20, column: 41, scope: !9)
!61 = !DILocation(line: 20, column: 45, scope: !9)
!62 = !DILocation(line: 20, column: 50, scope: !9)
!63 = !DILocation(line: 20, column: 52, scope: !9)
!64 = !DILocation(line: 20, column: 47, scope: !9)
!65 = !DILocation(line: 20, column: 43, scope: !9)
!66 = !DILocation(line: 20, column: 35, scope: !9)
!67 = !DILocation(line: 20, column: 33, scope: !9)
!68 = !DILocation(line: 20, column: 29, scope: !9)
!69 = distinct !{!69, !58, !70, !37}
!70 = !DILocation(line: 20, column: 58, scope: !9)
!71 = !DILocation(line: 21, column: 50, scope: !9)
!72 = !DILocation(line: 21, column: 42, scope: !9)
!73 = !DILocation(line: 21, column: 64, scope: !9)
!74 = !DILocation(line: 21, column: 56, scope: !9)
!75 = !DILocation(line: 21, column: 78, scope: !9)
!76 = !DILocation(line: 21, column: 70, scope: !9)
!77 = !DILocation(line: 21, column: 92, scope: !9)
!78 = !DILocation(line: 21, column: 84, scope: !9)
!79 = !DILocation(line: 21, column: 5, scope: !9)
!80 = !DILocation(line: 22, column: 10, scope: !9)
!81 = !DILocation(line: 22, column: 59, scope: !9)
!82 = !DILocation(line: 22, column: 62, scope: !9)
!83 = !DILocation(line: 22, column: 35, scope: !9)
!84 = !DILocation(line: 22, column: 31, scope: !9)
!85 = !DILocation(line: 23, column: 9, scope: !9)
!86 = !DILocation(line: 23, column: 13, scope: !9)
!87 = !DILocation(line: 23, column: 17, scope: !9)
!88 = !DILocation(line: 23, column: 15, scope: !9)
!89 = !DILocation(line: 23, column: 7, scope: !9)
!90 = !DILocation(line: 24, column: 34, scope: !9)
!91 = !DILocation(line: 24, column: 40, scope: !9)
!92 = !DILocation(line: 24, column: 5, scope: !9)
!93 = !DILocation(line: 25, column: 23, scope: !9)
!94 = !DILocation(line: 25, column: 19, scope: !9)
!95 = !DILocation(line: 25, column: 30, scope: !9)
!96 = !DILocation(line: 25, column: 32, scope: !9)
!97 = !DILocation(line: 25, column: 14, scope: !9)
!98 = !DILocation(line: 25, column: 60, scope: !9)
!99 = !DILocation(line: 25, column: 62, scope: !9)
!100 = !DILocation(line: 25, column: 50, scope: !9)
!101 = !DILocation(line: 25, column: 45, scope: !9)
!102 = !DILocation(line: 25, column: 48, scope: !9)
!103 = !DILocation(line: 25, column: 43, scope: !9)
!104 = !DILocation(line: 25, column: 39, scope: !9)
!105 = distinct !{!105, !97, !106, !37}
!106 = !DILocation(line: 25, column: 66, scope: !9)
!107 = !DILocation(line: 26, column: 39, scope: !9)
!108 = !DILocation(line: 26, column: 42, scope: !9)
!109 = !DILocation(line: 26, column: 15, scope: !9)
!110 = !DILocation(line: 26, column: 11, scope: !9)
!111 = !DILocation(line: 27, column: 10, scope: !9)
!112 = !DILocation(line: 27, column: 7, scope: !9)
!113 = !DILocation(line: 27, column: 22, scope: !9)
!114 = !DILocation(line: 27, column: 38, scope: !9)
!115 = !DILocation(line: 27, column: 34, scope: !9)
!116 = !DILocation(line: 27, column: 45, scope: !9)
!117 = !DILocation(line: 27, column: 47, scope: !9)
!118 = !DILocation(line: 27, column: 29, scope: !9)
!119 = !DILocation(line: 27, column: 62, scope: !9)
!120 = !DILocation(line: 27, column: 64, scope: !9)
!121 = !DILocation(line: 27, column: 70, scope: !9)
!122 = !DILocation(line: 27, column: 72, scope: !9)
!123 = !DILocation(line: 27, column: 68, scope: !9)
!124 = !DILocation(line: 27, column: 60, scope: !9)
!125 = !DILocation(line: 27, column: 58, scope: !9)
!126 = !DILocation(line: 27, column: 54, scope: !9)
!127 = distinct !{!127, !118, !128, !37}
!128 = !DILocation(line: 27, column: 73, scope: !9)
!129 = !DILocation(line: 28, column: 26, scope: !9)
!130 = !DILocation(line: 28, column: 5, scope: !9)
!131 = !DILocation(line: 29, column: 10, scope: !9)
!132 = !DILocation(line: 29, column: 35, scope: !9)
!133 = !DILocation(line: 29, column: 37, scope: !9)
!134 = !DILocation(line: 29, column: 33, scope: !9)
!135 = !DILocation(line: 29, column: 47, scope: !9)
!136 = !DILocation(line: 29, column: 49, scope: !9)
!137 = !DILocation(line: 29, column: 45, scope: !9)
!138 = !DILocation(line: 30, column: 43, scope: !9)
!139 = !DILocation(line: 30, column: 60, scope: !9)
!140 = !DILocation(line: 30, column: 5, scope: !9)
!141 = !DILocation(line: 31, column: 41, scope: !9)
!142 = !DILocation(line: 31, column: 17, scope: !9)
!143 = !DILocation(line: 31, column: 10, scope: !9)
!144 = !DILocation(line: 32, column: 34, scope: !9)
!145 = !DILocation(line: 32, column: 43, scope: !9)
!146 = !DILocation(line: 32, column: 52, scope: !9)
!147 = !DILocation(line: 32, column: 61, scope: !9)
!148 = !DILocation(line: 32, column: 5, scope: !9)
!149 = !DILocation(line: 33, column: 5, scope: !9)
!150 = distinct !DISubprogram(name: "rot", scope: !10, file: !10, line: 11, type: !11, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!151 = !DILocation(line: 11, column: 58, scope: !150)
!152 = !DILocation(line: 11, column: 61, scope: !150)
!153 = !DILocation(line: 11, column: 34, scope: !150)
!154 = !DILocation(line: 11, column: 27, scope: !150)
