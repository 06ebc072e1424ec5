; ModuleID = 'volatile_restrict.c'
source_filename = "volatile_restrict.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@reg = internal global i32 0, align 4
@.str = private unnamed_addr constant [16 x i8] c"volatile %d %d\0A\00", align 1
@mmio = internal global [16 x i8] zeroinitializer, align 16
@.str.1 = private unnamed_addr constant [9 x i8] c"mmio %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"saxpy %.17g\0A\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"alias %ld %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"vd %.17g\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca [64 x float], align 16
  %8 = alloca [64 x float], align 16
  %9 = alloca i32, align 4
  %10 = alloca double, align 8
  %11 = alloca i32, align 4
  %12 = alloca [20 x i32], align 16
  %13 = alloca i32, align 4
  %14 = alloca i64, align 8
  %15 = alloca i32, align 4
  %16 = alloca double, align 8
  %17 = alloca double, align 8
  %18 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4, !dbg !13
  store i32 0, ptr %3, align 4, !dbg !14
  br label %19, !dbg !15

19:                                               ; preds = %29, %0
  %20 = load i32, ptr %3, align 4, !dbg !16
  %21 = icmp slt i32 %20, 100, !dbg !17
  br i1 %21, label %22, label %32, !dbg !18

22:                                               ; preds = %19
  %23 = load i32, ptr %3, align 4, !dbg !19
  store volatile i32 %23, ptr @reg, align 4, !dbg !20
  %24 = load volatile i32, ptr @reg, align 4, !dbg !21
  %25 = add nsw i32 %24, 1, !dbg !22
  store volatile i32 %25, ptr @reg, align 4, !dbg !23
  %26 = load volatile i32, ptr @reg, align 4, !dbg !24
  %27 = load i32, ptr %2, align 4, !dbg !25
  %28 = add nsw i32 %27, %26, !dbg !25
  store i32 %28, ptr %2, align 4, !dbg !25
  br label %29, !dbg !26

29:                                               ; preds = %22
  %30 = load i32, ptr %3, align 4, !dbg !27
  %31 = add nsw i32 %30, 1, !dbg !27
  store i32 %31, ptr %3, align 4, !dbg !27
  br label %19, !dbg !18, !llvm.loop !28

32:                                               ; preds = %19
  %33 = load i32, ptr %2, align 4, !dbg !30
  %34 = load volatile i32, ptr @reg, align 4, !dbg !31
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %33, i32 noundef %34), !dbg !32
  store i32 0, ptr %4, align 4, !dbg !33
  br label %36, !dbg !34

36:                                               ; preds = %46, %32
  %37 = load i32, ptr %4, align 4, !dbg !35
  %38 = icmp slt i32 %37, 16, !dbg !36
  br i1 %38, label %39, label %49, !dbg !37

39:                                               ; preds = %36
  %40 = load i32, ptr %4, align 4, !dbg !38
  %41 = mul nsw i32 %40, 11, !dbg !39
  %42 = trunc i32 %41 to i8, !dbg !40
  %43 = load i32, ptr %4, align 4, !dbg !41
  %44 = sext i32 %43 to i64, !dbg !42
  %45 = getelementptr inbounds [16 x i8], ptr @mmio, i64 0, i64 %44, !dbg !42
  store volatile i8 %42, ptr %45, align 1, !dbg !43
  br label %46, !dbg !42

46:                                               ; preds = %39
  %47 = load i32, ptr %4, align 4, !dbg !44
  %48 = add nsw i32 %47, 1, !dbg !44
  store i32 %48, ptr %4, align 4, !dbg !44
  br label %36, !dbg !37, !llvm.loop !45

49:                                               ; preds = %36
  store i32 0, ptr %5, align 4, !dbg !47
  store i32 0, ptr %6, align 4, !dbg !48
  br label %50, !dbg !49

50:                                               ; preds = %68, %49
  %51 = load i32, ptr %6, align 4, !dbg !50
  %52 = icmp slt i32 %51, 16, !dbg !51
  br i1 %52, label %53, label %71, !dbg !52

53:                                               ; preds = %50
  %54 = load i32, ptr %6, align 4, !dbg !53
  %55 = sext i32 %54 to i64, !dbg !54
  %56 = getelementptr inbounds [16 x i8], ptr @mmio, i64 0, i64 %55, !dbg !54
  %57 = load volatile i8, ptr %56, align 1, !dbg !54
  %58 = zext i8 %57 to i32, !dbg !54
  %59 = load i32, ptr %5, align 4, !dbg !55
  %60 = add i32 %59, %58, !dbg !55
  store i32 %60, ptr %5, align 4, !dbg !55
  %61 = load i32, ptr %6, align 4, !dbg !56
  %62 = sext i32 %61 to i64, !dbg !57
  %63 = getelementptr inbounds [16 x i8], ptr @mmio, i64 0, i64 %62, !dbg !57
  %64 = load volatile i8, ptr %63, align 1, !dbg !57
  %65 = zext i8 %64 to i32, !dbg !57
  %66 = load i32, ptr %5, align 4, !dbg !58
  %67 = add i32 %66, %65, !dbg !58
  store i32 %67, ptr %5, align 4, !dbg !58
  br label %68, !dbg !59

68:                                               ; preds = %53
  %69 = load i32, ptr %6, align 4, !dbg !60
  %70 = add nsw i32 %69, 1, !dbg !60
  store i32 %70, ptr %6, align 4, !dbg !60
  br label %50, !dbg !52, !llvm.loop !61

71:                                               ; preds = %50
  %72 = load i32, ptr %5, align 4, !dbg !62
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %72), !dbg !63
  store i32 0, ptr %9, align 4, !dbg !64
  br label %74, !dbg !65

74:                                               ; preds = %91, %71
  %75 = load i32, ptr %9, align 4, !dbg !66
  %76 = icmp slt i32 %75, 64, !dbg !67
  br i1 %76, label %77, label %94, !dbg !68

77:                                               ; preds = %74
  %78 = load i32, ptr %9, align 4, !dbg !69
  %79 = sitofp i32 %78 to float, !dbg !70
  %80 = fmul float %79, 5.000000e-01, !dbg !71
  %81 = load i32, ptr %9, align 4, !dbg !72
  %82 = sext i32 %81 to i64, !dbg !73
  %83 = getelementptr inbounds [64 x float], ptr %7, i64 0, i64 %82, !dbg !73
  store float %80, ptr %83, align 4, !dbg !74
  %84 = load i32, ptr %9, align 4, !dbg !75
  %85 = add nsw i32 %84, 1, !dbg !76
  %86 = sitofp i32 %85 to float, !dbg !77
  %87 = fdiv float 1.000000e+00, %86, !dbg !78
  %88 = load i32, ptr %9, align 4, !dbg !79
  %89 = sext i32 %88 to i64, !dbg !80
  %90 = getelementptr inbounds [64 x float], ptr %8, i64 0, i64 %89, !dbg !80
  store float %87, ptr %90, align 4, !dbg !81
  br label %91, !dbg !82

91:                                               ; preds = %77
  %92 = load i32, ptr %9, align 4, !dbg !83
  %93 = add nsw i32 %92, 1, !dbg !83
  store i32 %93, ptr %9, align 4, !dbg !83
  br label %74, !dbg !68, !llvm.loop !84

94:                                               ; preds = %74
  %95 = getelementptr inbounds [64 x float], ptr %7, i64 0, i64 0, !dbg !85
  %96 = getelementptr inbounds [64 x float], ptr %8, i64 0, i64 0, !dbg !86
  call void @saxpy(i32 noundef 64, float noundef 1.750000e+00, ptr noundef %95, ptr noundef %96), !dbg !87
  store double 0.000000e+00, ptr %10, align 8, !dbg !88
  store i32 0, ptr %11, align 4, !dbg !89
  br label %97, !dbg !90

97:                                               ; preds = %108, %94
  %98 = load i32, ptr %11, align 4, !dbg !91
  %99 = icmp slt i32 %98, 64, !dbg !92
  br i1 %99, label %100, label %111, !dbg !93

100:                                              ; preds = %97
  %101 = load i32, ptr %11, align 4, !dbg !94
  %102 = sext i32 %101 to i64, !dbg !95
  %103 = getelementptr inbounds [64 x float], ptr %8, i64 0, i64 %102, !dbg !95
  %104 = load float, ptr %103, align 4, !dbg !95
  %105 = fpext float %104 to double, !dbg !95
  %106 = load double, ptr %10, align 8, !dbg !96
  %107 = fadd double %106, %105, !dbg !96
  store double %107, ptr %10, align 8, !dbg !96
  br label %108, !dbg !97

108:                                              ; preds = %100
  %109 = load i32, ptr %11, align 4, !dbg !98
  %110 = add nsw i32 %109, 1, !dbg !98
  store i32 %110, ptr %11, align 4, !dbg !98
  br label %97, !dbg !93, !llvm.loop !99

111:                                              ; preds = %97
  %112 = load double, ptr %10, align 8, !dbg !101
  %113 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %112), !dbg !102
  store i32 0, ptr %13, align 4, !dbg !103
  br label %114, !dbg !104

114:                                              ; preds = %122, %111
  %115 = load i32, ptr %13, align 4, !dbg !105
  %116 = icmp slt i32 %115, 20, !dbg !106
  br i1 %116, label %117, label %125, !dbg !107

117:                                              ; preds = %114
  %118 = load i32, ptr %13, align 4, !dbg !108
  %119 = load i32, ptr %13, align 4, !dbg !109
  %120 = sext i32 %119 to i64, !dbg !110
  %121 = getelementptr inbounds [20 x i32], ptr %12, i64 0, i64 %120, !dbg !110
  store i32 %118, ptr %121, align 4, !dbg !111
  br label %122, !dbg !110

122:                                              ; preds = %117
  %123 = load i32, ptr %13, align 4, !dbg !112
  %124 = add nsw i32 %123, 1, !dbg !112
  store i32 %124, ptr %13, align 4, !dbg !112
  br label %114, !dbg !107, !llvm.loop !113

125:                                              ; preds = %114
  %126 = getelementptr inbounds [20 x i32], ptr %12, i64 0, i64 0, !dbg !114
  %127 = getelementptr inbounds i32, ptr %126, i64 1, !dbg !115
  %128 = getelementptr inbounds [20 x i32], ptr %12, i64 0, i64 0, !dbg !116
  call void @add_alias(i32 noundef 19, ptr noundef %127, ptr noundef %128), !dbg !117
  store i64 0, ptr %14, align 8, !dbg !118
  store i32 0, ptr %15, align 4, !dbg !119
  br label %129, !dbg !120

129:                                              ; preds = %141, %125
  %130 = load i32, ptr %15, align 4, !dbg !121
  %131 = icmp slt i32 %130, 20, !dbg !122
  br i1 %131, label %132, label %144, !dbg !123

132:                                              ; preds = %129
  %133 = load i64, ptr %14, align 8, !dbg !124
  %134 = mul nsw i64 %133, 3, !dbg !125
  %135 = load i32, ptr %15, align 4, !dbg !126
  %136 = sext i32 %135 to i64, !dbg !127
  %137 = getelementptr inbounds [20 x i32], ptr %12, i64 0, i64 %136, !dbg !127
  %138 = load i32, ptr %137, align 4, !dbg !127
  %139 = sext i32 %138 to i64, !dbg !127
  %140 = add nsw i64 %134, %139, !dbg !128
  store i64 %140, ptr %14, align 8, !dbg !129
  br label %141, !dbg !130

141:                                              ; preds = %132
  %142 = load i32, ptr %15, align 4, !dbg !131
  %143 = add nsw i32 %142, 1, !dbg !131
  store i32 %143, ptr %15, align 4, !dbg !131
  br label %129, !dbg !123, !llvm.loop !132

144:                                              ; preds = %129
  %145 = load i64, ptr %14, align 8, !dbg !134
  %146 = getelementptr inbounds [20 x i32], ptr %12, i64 0, i64 19, !dbg !135
  %147 = load i32, ptr %146, align 4, !dbg !135
  %148 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %145, i32 noundef %147), !dbg !136
  store volatile double 1.000000e-01, ptr %16, align 8, !dbg !137
  store double 0.000000e+00, ptr %17, align 8, !dbg !138
  store i32 0, ptr %18, align 4, !dbg !139
  br label %149, !dbg !140

149:                                              ; preds = %156, %144
  %150 = load i32, ptr %18, align 4, !dbg !141
  %151 = icmp slt i32 %150, 10, !dbg !142
  br i1 %151, label %152, label %159, !dbg !143

152:                                              ; preds = %149
  %153 = load volatile double, ptr %16, align 8, !dbg !144
  %154 = load double, ptr %17, align 8, !dbg !145
  %155 = fadd double %154, %153, !dbg !145
  store double %155, ptr %17, align 8, !dbg !145
  br label %156, !dbg !146

156:                                              ; preds = %152
  %157 = load i32, ptr %18, align 4, !dbg !147
  %158 = add nsw i32 %157, 1, !dbg !147
  store i32 %158, ptr %18, align 4, !dbg !147
  br label %149, !dbg !143, !llvm.loop !148

159:                                              ; preds = %149
  %160 = load double, ptr %17, align 8, !dbg !149
  %161 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %160), !dbg !150
  ret i32 0, !dbg !151
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @saxpy(i32 noundef %0, float noundef %1, ptr noalias noundef %2, ptr noalias noundef %3) #0 !dbg !152 {
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  store i32 %0, ptr %5, align 4
  store float %1, ptr %6, align 4
  store ptr %2, ptr %7, align 8
  store ptr %3, ptr %8, align 8
  store i32 0, ptr %9, align 4, !dbg !153
  br label %10, !dbg !154

10:                                               ; preds = %27, %4
  %11 = load i32, ptr %9, align 4, !dbg !155
  %12 = load i32, ptr %5, align 4, !dbg !156
  %13 = icmp slt i32 %11, %12, !dbg !157
  br i1 %13, label %14, label %30, !dbg !158

14:                                               ; preds = %10
  %15 = load float, ptr %6, align 4, !dbg !159
  %16 = load ptr, ptr %7, align 8, !dbg !160
  %17 = load i32, ptr %9, align 4, !dbg !161
  %18 = sext i32 %17 to i64, !dbg !160
  %19 = getelementptr inbounds float, ptr %16, i64 %18, !dbg !160
  %20 = load float, ptr %19, align 4, !dbg !160
  %21 = load ptr, ptr %8, align 8, !dbg !162
  %22 = load i32, ptr %9, align 4, !dbg !163
  %23 = sext i32 %22 to i64, !dbg !162
  %24 = getelementptr inbounds float, ptr %21, i64 %23, !dbg !162
  %25 = load float, ptr %24, align 4, !dbg !164
  %26 = call float @llvm.fmuladd.f32(float %15, float %20, float %25), !dbg !164
  store float %26, ptr %24, align 4, !dbg !164
  br label %27, !dbg !162

27:                                               ; preds = %14
  %28 = load i32, ptr %9, align 4, !dbg !165
  %29 = add nsw i32 %28, 1, !dbg !165
  store i32 %29, ptr %9, align 4, !dbg !165
  br label %10, !dbg !158, !llvm.loop !166

30:                                               ; preds = %10
  ret void, !dbg !168
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @add_alias(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 !dbg !169 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i32 0, ptr %7, align 4, !dbg !170
  br label %8, !dbg !171

8:                                                ; preds = %24, %3
  %9 = load i32, ptr %7, align 4, !dbg !172
  %10 = load i32, ptr %4, align 4, !dbg !173
  %11 = icmp slt i32 %9, %10, !dbg !174
  br i1 %11, label %12, label %27, !dbg !175

12:                                               ; preds = %8
  %13 = load ptr, ptr %6, align 8, !dbg !176
  %14 = load i32, ptr %7, align 4, !dbg !177
  %15 = sext i32 %14 to i64, !dbg !176
  %16 = getelementptr inbounds i32, ptr %13, i64 %15, !dbg !176
  %17 = load i32, ptr %16, align 4, !dbg !176
  %18 = load ptr, ptr %5, align 8, !dbg !178
  %19 = load i32, ptr %7, align 4, !dbg !179
  %20 = sext i32 %19 to i64, !dbg !178
  %21 = getelementptr inbounds i32, ptr %18, i64 %20, !dbg !178
  %22 = load i32, ptr %21, align 4, !dbg !180
  %23 = add nsw i32 %22, %17, !dbg !180
  store i32 %23, ptr %21, align 4, !dbg !180
  br label %24, !dbg !178

24:                                               ; preds = %12
  %25 = load i32, ptr %7, align 4, !dbg !181
  %26 = add nsw i32 %25, 1, !dbg !181
  store i32 %26, ptr %7, align 4, !dbg !181
  br label %8, !dbg !175, !llvm.loop !182

27:                                               ; preds = %8
  ret void, !dbg !184
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "volatile_restrict.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 10, type: !11, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "volatile_restrict.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 11, column: 9, scope: !9)
!14 = !DILocation(line: 12, column: 14, scope: !9)
!15 = !DILocation(line: 12, column: 10, scope: !9)
!16 = !DILocation(line: 12, column: 21, scope: !9)
!17 = !DILocation(line: 12, column: 23, scope: !9)
!18 = !DILocation(line: 12, column: 5, scope: !9)
!19 = !DILocation(line: 12, column: 43, scope: !9)
!20 = !DILocation(line: 12, column: 41, scope: !9)
!21 = !DILocation(line: 12, column: 52, scope: !9)
!22 = !DILocation(line: 12, column: 56, scope: !9)
!23 = !DILocation(line: 12, column: 50, scope: !9)
!24 = !DILocation(line: 12, column: 71, scope: !9)
!25 = !DILocation(line: 12, column: 68, scope: !9)
!26 = !DILocation(line: 12, column: 76, scope: !9)
!27 = !DILocation(line: 12, column: 31, scope: !9)
!28 = distinct !{!28, !18, !26, !29}
!29 = !{!"llvm.loop.mustprogress"}
!30 = !DILocation(line: 13, column: 32, scope: !9)
!31 = !DILocation(line: 13, column: 40, scope: !9)
!32 = !DILocation(line: 13, column: 5, scope: !9)
!33 = !DILocation(line: 14, column: 14, scope: !9)
!34 = !DILocation(line: 14, column: 10, scope: !9)
!35 = !DILocation(line: 14, column: 21, scope: !9)
!36 = !DILocation(line: 14, column: 23, scope: !9)
!37 = !DILocation(line: 14, column: 5, scope: !9)
!38 = !DILocation(line: 14, column: 60, scope: !9)
!39 = !DILocation(line: 14, column: 62, scope: !9)
!40 = !DILocation(line: 14, column: 44, scope: !9)
!41 = !DILocation(line: 14, column: 39, scope: !9)
!42 = !DILocation(line: 14, column: 34, scope: !9)
!43 = !DILocation(line: 14, column: 42, scope: !9)
!44 = !DILocation(line: 14, column: 30, scope: !9)
!45 = distinct !{!45, !37, !46, !29}
!46 = !DILocation(line: 14, column: 66, scope: !9)
!47 = !DILocation(line: 15, column: 14, scope: !9)
!48 = !DILocation(line: 15, column: 30, scope: !9)
!49 = !DILocation(line: 15, column: 26, scope: !9)
!50 = !DILocation(line: 15, column: 37, scope: !9)
!51 = !DILocation(line: 15, column: 39, scope: !9)
!52 = !DILocation(line: 15, column: 21, scope: !9)
!53 = !DILocation(line: 15, column: 62, scope: !9)
!54 = !DILocation(line: 15, column: 57, scope: !9)
!55 = !DILocation(line: 15, column: 54, scope: !9)
!56 = !DILocation(line: 15, column: 76, scope: !9)
!57 = !DILocation(line: 15, column: 71, scope: !9)
!58 = !DILocation(line: 15, column: 68, scope: !9)
!59 = !DILocation(line: 15, column: 80, scope: !9)
!60 = !DILocation(line: 15, column: 46, scope: !9)
!61 = distinct !{!61, !52, !59, !29}
!62 = !DILocation(line: 16, column: 25, scope: !9)
!63 = !DILocation(line: 16, column: 5, scope: !9)
!64 = !DILocation(line: 18, column: 14, scope: !9)
!65 = !DILocation(line: 18, column: 10, scope: !9)
!66 = !DILocation(line: 18, column: 21, scope: !9)
!67 = !DILocation(line: 18, column: 23, scope: !9)
!68 = !DILocation(line: 18, column: 5, scope: !9)
!69 = !DILocation(line: 18, column: 50, scope: !9)
!70 = !DILocation(line: 18, column: 43, scope: !9)
!71 = !DILocation(line: 18, column: 52, scope: !9)
!72 = !DILocation(line: 18, column: 38, scope: !9)
!73 = !DILocation(line: 18, column: 36, scope: !9)
!74 = !DILocation(line: 18, column: 41, scope: !9)
!75 = !DILocation(line: 18, column: 82, scope: !9)
!76 = !DILocation(line: 18, column: 84, scope: !9)
!77 = !DILocation(line: 18, column: 74, scope: !9)
!78 = !DILocation(line: 18, column: 72, scope: !9)
!79 = !DILocation(line: 18, column: 62, scope: !9)
!80 = !DILocation(line: 18, column: 60, scope: !9)
!81 = !DILocation(line: 18, column: 65, scope: !9)
!82 = !DILocation(line: 18, column: 90, scope: !9)
!83 = !DILocation(line: 18, column: 30, scope: !9)
!84 = distinct !{!84, !68, !82, !29}
!85 = !DILocation(line: 19, column: 22, scope: !9)
!86 = !DILocation(line: 19, column: 25, scope: !9)
!87 = !DILocation(line: 19, column: 5, scope: !9)
!88 = !DILocation(line: 20, column: 12, scope: !9)
!89 = !DILocation(line: 20, column: 28, scope: !9)
!90 = !DILocation(line: 20, column: 24, scope: !9)
!91 = !DILocation(line: 20, column: 35, scope: !9)
!92 = !DILocation(line: 20, column: 37, scope: !9)
!93 = !DILocation(line: 20, column: 19, scope: !9)
!94 = !DILocation(line: 20, column: 55, scope: !9)
!95 = !DILocation(line: 20, column: 53, scope: !9)
!96 = !DILocation(line: 20, column: 50, scope: !9)
!97 = !DILocation(line: 20, column: 48, scope: !9)
!98 = !DILocation(line: 20, column: 44, scope: !9)
!99 = distinct !{!99, !93, !100, !29}
!100 = !DILocation(line: 20, column: 56, scope: !9)
!101 = !DILocation(line: 21, column: 29, scope: !9)
!102 = !DILocation(line: 21, column: 5, scope: !9)
!103 = !DILocation(line: 22, column: 25, scope: !9)
!104 = !DILocation(line: 22, column: 21, scope: !9)
!105 = !DILocation(line: 22, column: 32, scope: !9)
!106 = !DILocation(line: 22, column: 34, scope: !9)
!107 = !DILocation(line: 22, column: 16, scope: !9)
!108 = !DILocation(line: 22, column: 52, scope: !9)
!109 = !DILocation(line: 22, column: 47, scope: !9)
!110 = !DILocation(line: 22, column: 45, scope: !9)
!111 = !DILocation(line: 22, column: 50, scope: !9)
!112 = !DILocation(line: 22, column: 41, scope: !9)
!113 = distinct !{!113, !107, !108, !29}
!114 = !DILocation(line: 23, column: 19, scope: !9)
!115 = !DILocation(line: 23, column: 21, scope: !9)
!116 = !DILocation(line: 23, column: 26, scope: !9)
!117 = !DILocation(line: 23, column: 5, scope: !9)
!118 = !DILocation(line: 24, column: 10, scope: !9)
!119 = !DILocation(line: 24, column: 26, scope: !9)
!120 = !DILocation(line: 24, column: 22, scope: !9)
!121 = !DILocation(line: 24, column: 33, scope: !9)
!122 = !DILocation(line: 24, column: 35, scope: !9)
!123 = !DILocation(line: 24, column: 17, scope: !9)
!124 = !DILocation(line: 24, column: 50, scope: !9)
!125 = !DILocation(line: 24, column: 52, scope: !9)
!126 = !DILocation(line: 24, column: 60, scope: !9)
!127 = !DILocation(line: 24, column: 58, scope: !9)
!128 = !DILocation(line: 24, column: 56, scope: !9)
!129 = !DILocation(line: 24, column: 48, scope: !9)
!130 = !DILocation(line: 24, column: 46, scope: !9)
!131 = !DILocation(line: 24, column: 42, scope: !9)
!132 = distinct !{!132, !123, !133, !29}
!133 = !DILocation(line: 24, column: 61, scope: !9)
!134 = !DILocation(line: 25, column: 30, scope: !9)
!135 = !DILocation(line: 25, column: 33, scope: !9)
!136 = !DILocation(line: 25, column: 5, scope: !9)
!137 = !DILocation(line: 26, column: 21, scope: !9)
!138 = !DILocation(line: 26, column: 38, scope: !9)
!139 = !DILocation(line: 26, column: 56, scope: !9)
!140 = !DILocation(line: 26, column: 52, scope: !9)
!141 = !DILocation(line: 26, column: 63, scope: !9)
!142 = !DILocation(line: 26, column: 65, scope: !9)
!143 = !DILocation(line: 26, column: 47, scope: !9)
!144 = !DILocation(line: 26, column: 83, scope: !9)
!145 = !DILocation(line: 26, column: 80, scope: !9)
!146 = !DILocation(line: 26, column: 76, scope: !9)
!147 = !DILocation(line: 26, column: 72, scope: !9)
!148 = distinct !{!148, !143, !144, !29}
!149 = !DILocation(line: 27, column: 26, scope: !9)
!150 = !DILocation(line: 27, column: 5, scope: !9)
!151 = !DILocation(line: 28, column: 5, scope: !9)
!152 = distinct !DISubprogram(name: "saxpy", scope: !10, file: !10, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!153 = !DILocation(line: 7, column: 90, scope: !152)
!154 = !DILocation(line: 7, column: 86, scope: !152)
!155 = !DILocation(line: 7, column: 97, scope: !152)
!156 = !DILocation(line: 7, column: 101, scope: !152)
!157 = !DILocation(line: 7, column: 99, scope: !152)
!158 = !DILocation(line: 7, column: 81, scope: !152)
!159 = !DILocation(line: 7, column: 117, scope: !152)
!160 = !DILocation(line: 7, column: 121, scope: !152)
!161 = !DILocation(line: 7, column: 123, scope: !152)
!162 = !DILocation(line: 7, column: 109, scope: !152)
!163 = !DILocation(line: 7, column: 111, scope: !152)
!164 = !DILocation(line: 7, column: 114, scope: !152)
!165 = !DILocation(line: 7, column: 105, scope: !152)
!166 = distinct !{!166, !158, !167, !29}
!167 = !DILocation(line: 7, column: 124, scope: !152)
!168 = !DILocation(line: 7, column: 127, scope: !152)
!169 = distinct !DISubprogram(name: "add_alias", scope: !10, file: !10, line: 8, type: !11, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!170 = !DILocation(line: 8, column: 63, scope: !169)
!171 = !DILocation(line: 8, column: 59, scope: !169)
!172 = !DILocation(line: 8, column: 70, scope: !169)
!173 = !DILocation(line: 8, column: 74, scope: !169)
!174 = !DILocation(line: 8, column: 72, scope: !169)
!175 = !DILocation(line: 8, column: 54, scope: !169)
!176 = !DILocation(line: 8, column: 90, scope: !169)
!177 = !DILocation(line: 8, column: 92, scope: !169)
!178 = !DILocation(line: 8, column: 82, scope: !169)
!179 = !DILocation(line: 8, column: 84, scope: !169)
!180 = !DILocation(line: 8, column: 87, scope: !169)
!181 = !DILocation(line: 8, column: 78, scope: !169)
!182 = distinct !{!182, !175, !183, !29}
!183 = !DILocation(line: 8, column: 93, scope: !169)
!184 = !DILocation(line: 8, column: 96, scope: !169)
