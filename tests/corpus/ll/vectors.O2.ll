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

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
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
  call void @llvm.lifetime.start.p0(ptr %2) #4, !dbg !17
  store <4 x i32> <i32 1, i32 2, i32 3, i32 4>, ptr %2, align 16, !dbg !18, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !17
  store <4 x i32> <i32 10, i32 -20, i32 30, i32 -40>, ptr %3, align 16, !dbg !20, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !21
  store i32 0, ptr %4, align 4, !dbg !22, !tbaa !9
  br label %19, !dbg !21

19:                                               ; preds = %35, %0
  %20 = load i32, ptr %4, align 4, !dbg !23, !tbaa !9
  %21 = icmp slt i32 %20, 10, !dbg !24
  br i1 %21, label %23, label %22, !dbg !25

22:                                               ; preds = %19
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !26
  br label %38

23:                                               ; preds = %19
  %24 = load <4 x i32>, ptr %2, align 16, !dbg !27, !tbaa !19
  %25 = mul <4 x i32> %24, splat (i32 3), !dbg !28
  %26 = load <4 x i32>, ptr %3, align 16, !dbg !29, !tbaa !19
  %27 = add <4 x i32> %25, %26, !dbg !30
  store <4 x i32> %27, ptr %2, align 16, !dbg !31, !tbaa !19
  %28 = load <4 x i32>, ptr %3, align 16, !dbg !32, !tbaa !19
  %29 = call <4 x i32> @rot(<4 x i32> noundef %28), !dbg !33
  %30 = load <4 x i32>, ptr %2, align 16, !dbg !34, !tbaa !19
  %31 = ashr <4 x i32> %30, splat (i32 2), !dbg !35
  %32 = xor <4 x i32> %29, %31, !dbg !36
  store <4 x i32> %32, ptr %3, align 16, !dbg !37, !tbaa !19
  %33 = load <4 x i32>, ptr %2, align 16, !dbg !38, !tbaa !19
  %34 = and <4 x i32> %33, splat (i32 8388607), !dbg !39
  store <4 x i32> %34, ptr %2, align 16, !dbg !40, !tbaa !19
  br label %35, !dbg !41

35:                                               ; preds = %23
  %36 = load i32, ptr %4, align 4, !dbg !42, !tbaa !9
  %37 = add nsw i32 %36, 1, !dbg !43
  store i32 %37, ptr %4, align 4, !dbg !44, !tbaa !9
  br label %19, !dbg !26, !llvm.loop !45

38:                                               ; preds = %22
  %39 = load <4 x i32>, ptr %2, align 16, !dbg !48, !tbaa !19
  %40 = extractelement <4 x i32> %39, i32 0, !dbg !48
  %41 = load <4 x i32>, ptr %2, align 16, !dbg !49, !tbaa !19
  %42 = extractelement <4 x i32> %41, i32 1, !dbg !49
  %43 = load <4 x i32>, ptr %2, align 16, !dbg !50, !tbaa !19
  %44 = extractelement <4 x i32> %43, i32 2, !dbg !50
  %45 = load <4 x i32>, ptr %2, align 16, !dbg !51, !tbaa !19
  %46 = extractelement <4 x i32> %45, i32 3, !dbg !51
  %47 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %40, i32 noundef %42, i32 noundef %44, i32 noundef %46), !dbg !52
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !53
  %48 = load <4 x i32>, ptr %2, align 16, !dbg !54, !tbaa !19
  %49 = load <4 x i32>, ptr %3, align 16, !dbg !55, !tbaa !19
  %50 = icmp sgt <4 x i32> %48, %49, !dbg !56
  %51 = sext <4 x i1> %50 to <4 x i32>, !dbg !57
  store <4 x i32> %51, ptr %5, align 16, !dbg !58, !tbaa !19
  %52 = load <4 x i32>, ptr %5, align 16, !dbg !59, !tbaa !19
  %53 = extractelement <4 x i32> %52, i32 0, !dbg !59
  %54 = load <4 x i32>, ptr %5, align 16, !dbg !60, !tbaa !19
  %55 = extractelement <4 x i32> %54, i32 1, !dbg !60
  %56 = load <4 x i32>, ptr %5, align 16, !dbg !61, !tbaa !19
  %57 = extractelement <4 x i32> %56, i32 2, !dbg !61
  %58 = load <4 x i32>, ptr %5, align 16, !dbg !62, !tbaa !19
  %59 = extractelement <4 x i32> %58, i32 3, !dbg !62
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %53, i32 noundef %55, i32 noundef %57, i32 noundef %59), !dbg !63
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !64
  store <4 x float> <float 1.500000e+00, float -2.250000e+00, float 3.000000e+00, float 1.250000e-01>, ptr %6, align 16, !dbg !65, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !64
  store <4 x float> <float 5.000000e-01, float 5.000000e-01, float 2.000000e+00, float 4.000000e+00>, ptr %7, align 16, !dbg !66, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %8) #4, !dbg !67
  store i32 0, ptr %8, align 4, !dbg !68, !tbaa !9
  br label %61, !dbg !67

61:                                               ; preds = %73, %38
  %62 = load i32, ptr %8, align 4, !dbg !69, !tbaa !9
  %63 = icmp slt i32 %62, 5, !dbg !70
  br i1 %63, label %65, label %64, !dbg !71

64:                                               ; preds = %61
  call void @llvm.lifetime.end.p0(ptr %8) #4, !dbg !72
  br label %76

65:                                               ; preds = %61
  %66 = load <4 x float>, ptr %6, align 16, !dbg !73, !tbaa !19
  %67 = load <4 x float>, ptr %7, align 16, !dbg !74, !tbaa !19
  %68 = load <4 x float>, ptr %6, align 16, !dbg !75, !tbaa !19
  %69 = load <4 x float>, ptr %7, align 16, !dbg !76, !tbaa !19
  %70 = fadd <4 x float> %69, splat (float 1.000000e+00), !dbg !77
  %71 = fdiv <4 x float> %68, %70, !dbg !78
  %72 = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %66, <4 x float> %67, <4 x float> %71), !dbg !79
  store <4 x float> %72, ptr %6, align 16, !dbg !80, !tbaa !19
  br label %73, !dbg !81

73:                                               ; preds = %65
  %74 = load i32, ptr %8, align 4, !dbg !82, !tbaa !9
  %75 = add nsw i32 %74, 1, !dbg !83
  store i32 %75, ptr %8, align 4, !dbg !84, !tbaa !9
  br label %61, !dbg !72, !llvm.loop !85

76:                                               ; preds = %64
  %77 = load <4 x float>, ptr %6, align 16, !dbg !87, !tbaa !19
  %78 = extractelement <4 x float> %77, i32 0, !dbg !87
  %79 = fpext float %78 to double, !dbg !88
  %80 = load <4 x float>, ptr %6, align 16, !dbg !89, !tbaa !19
  %81 = extractelement <4 x float> %80, i32 1, !dbg !89
  %82 = fpext float %81 to double, !dbg !90
  %83 = load <4 x float>, ptr %6, align 16, !dbg !91, !tbaa !19
  %84 = extractelement <4 x float> %83, i32 2, !dbg !91
  %85 = fpext float %84 to double, !dbg !92
  %86 = load <4 x float>, ptr %6, align 16, !dbg !93, !tbaa !19
  %87 = extractelement <4 x float> %86, i32 3, !dbg !93
  %88 = fpext float %87 to double, !dbg !94
  %89 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %79, double noundef %82, double noundef %85, double noundef %88), !dbg !95
  call void @llvm.lifetime.start.p0(ptr %9) #4, !dbg !96
  store <2 x double> <double 1.000000e+00, double 2.000000e+00>, ptr %9, align 16, !dbg !97, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %10) #4, !dbg !98
  %90 = load <2 x double>, ptr %9, align 16, !dbg !99, !tbaa !19
  %91 = load <2 x double>, ptr %9, align 16, !dbg !100, !tbaa !19
  %92 = shufflevector <2 x double> %90, <2 x double> %91, <2 x i32> <i32 1, i32 0>, !dbg !101
  store <2 x double> %92, ptr %10, align 16, !dbg !102, !tbaa !19
  %93 = load <2 x double>, ptr %9, align 16, !dbg !103, !tbaa !19
  %94 = load <2 x double>, ptr %10, align 16, !dbg !104, !tbaa !19
  store <2 x double> <double 2.500000e-01, double 7.500000e-01>, ptr %11, align 16, !dbg !105, !tbaa !19
  %95 = load <2 x double>, ptr %11, align 16, !dbg !106, !tbaa !19
  %96 = fneg <2 x double> %95, !dbg !107
  %97 = call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %93, <2 x double> %94, <2 x double> %96), !dbg !108
  store <2 x double> %97, ptr %9, align 16, !dbg !109, !tbaa !19
  %98 = load <2 x double>, ptr %9, align 16, !dbg !110, !tbaa !19
  %99 = extractelement <2 x double> %98, i32 0, !dbg !110
  %100 = load <2 x double>, ptr %9, align 16, !dbg !111, !tbaa !19
  %101 = extractelement <2 x double> %100, i32 1, !dbg !111
  %102 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %99, double noundef %101), !dbg !112
  call void @llvm.lifetime.start.p0(ptr %12) #4, !dbg !113
  call void @llvm.lifetime.start.p0(ptr %13) #4, !dbg !114
  store i32 0, ptr %13, align 4, !dbg !115, !tbaa !9
  br label %103, !dbg !114

103:                                              ; preds = %114, %76
  %104 = load i32, ptr %13, align 4, !dbg !116, !tbaa !9
  %105 = icmp slt i32 %104, 16, !dbg !117
  br i1 %105, label %107, label %106, !dbg !118

106:                                              ; preds = %103
  call void @llvm.lifetime.end.p0(ptr %13) #4, !dbg !119
  br label %117

107:                                              ; preds = %103
  %108 = load i32, ptr %13, align 4, !dbg !120, !tbaa !9
  %109 = mul nsw i32 %108, 17, !dbg !121
  %110 = trunc i32 %109 to i8, !dbg !122
  %111 = load i32, ptr %13, align 4, !dbg !123, !tbaa !9
  %112 = load <16 x i8>, ptr %12, align 16, !dbg !124
  %113 = insertelement <16 x i8> %112, i8 %110, i32 %111, !dbg !125
  store <16 x i8> %113, ptr %12, align 16, !dbg !126
  br label %114, !dbg !127

114:                                              ; preds = %107
  %115 = load i32, ptr %13, align 4, !dbg !128, !tbaa !9
  %116 = add nsw i32 %115, 1, !dbg !129
  store i32 %116, ptr %13, align 4, !dbg !130, !tbaa !9
  br label %103, !dbg !119, !llvm.loop !131

117:                                              ; preds = %106
  call void @llvm.lifetime.start.p0(ptr %14) #4, !dbg !133
  %118 = load <16 x i8>, ptr %12, align 16, !dbg !134, !tbaa !19
  %119 = load <16 x i8>, ptr %12, align 16, !dbg !135, !tbaa !19
  %120 = shufflevector <16 x i8> %118, <16 x i8> %119, <16 x i32> <i32 15, i32 14, i32 13, i32 12, i32 11, i32 10, i32 9, i32 8, i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>, !dbg !136
  store <16 x i8> %120, ptr %14, align 16, !dbg !137, !tbaa !19
  %121 = load <16 x i8>, ptr %12, align 16, !dbg !138, !tbaa !19
  %122 = load <16 x i8>, ptr %14, align 16, !dbg !139, !tbaa !19
  %123 = add <16 x i8> %122, %121, !dbg !140
  store <16 x i8> %123, ptr %14, align 16, !dbg !141, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %15) #4, !dbg !142
  store i32 0, ptr %15, align 4, !dbg !143, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %16) #4, !dbg !144
  store i32 0, ptr %16, align 4, !dbg !145, !tbaa !9
  br label %124, !dbg !144

124:                                              ; preds = %136, %117
  %125 = load i32, ptr %16, align 4, !dbg !146, !tbaa !9
  %126 = icmp slt i32 %125, 16, !dbg !147
  br i1 %126, label %128, label %127, !dbg !148

127:                                              ; preds = %124
  call void @llvm.lifetime.end.p0(ptr %16) #4, !dbg !149
  br label %139

128:                                              ; preds = %124
  %129 = load i32, ptr %15, align 4, !dbg !150, !tbaa !9
  %130 = mul i32 %129, 7, !dbg !151
  %131 = load <16 x i8>, ptr %14, align 16, !dbg !152, !tbaa !19
  %132 = load i32, ptr %16, align 4, !dbg !153, !tbaa !9
  %133 = extractelement <16 x i8> %131, i32 %132, !dbg !152
  %134 = zext i8 %133 to i32, !dbg !152
  %135 = add i32 %130, %134, !dbg !154
  store i32 %135, ptr %15, align 4, !dbg !155, !tbaa !9
  br label %136, !dbg !156

136:                                              ; preds = %128
  %137 = load i32, ptr %16, align 4, !dbg !157, !tbaa !9
  %138 = add nsw i32 %137, 1, !dbg !158
  store i32 %138, ptr %16, align 4, !dbg !159, !tbaa !9
  br label %124, !dbg !149, !llvm.loop !160

139:                                              ; preds = %127
  %140 = load i32, ptr %15, align 4, !dbg !162, !tbaa !9
  %141 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %140), !dbg !163
  call void @llvm.lifetime.start.p0(ptr %17) #4, !dbg !164
  store <2 x i64> <i64 1099511627776, i64 -5>, ptr %17, align 16, !dbg !165, !tbaa !19
  %142 = load <2 x i64>, ptr %17, align 16, !dbg !166, !tbaa !19
  %143 = shl <2 x i64> %142, splat (i64 2), !dbg !167
  store <2 x i64> %143, ptr %17, align 16, !dbg !168, !tbaa !19
  %144 = load <2 x i64>, ptr %17, align 16, !dbg !169, !tbaa !19
  %145 = sdiv <2 x i64> %144, splat (i64 3), !dbg !170
  store <2 x i64> %145, ptr %17, align 16, !dbg !171, !tbaa !19
  %146 = load <2 x i64>, ptr %17, align 16, !dbg !172, !tbaa !19
  %147 = extractelement <2 x i64> %146, i32 0, !dbg !172
  %148 = load <2 x i64>, ptr %17, align 16, !dbg !173, !tbaa !19
  %149 = extractelement <2 x i64> %148, i32 1, !dbg !173
  %150 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %147, i64 noundef %149), !dbg !174
  call void @llvm.lifetime.start.p0(ptr %18) #4, !dbg !175
  %151 = load <4 x float>, ptr %6, align 16, !dbg !176, !tbaa !19
  %152 = fptosi <4 x float> %151 to <4 x i32>, !dbg !177
  store <4 x i32> %152, ptr %18, align 16, !dbg !178, !tbaa !19
  %153 = load <4 x i32>, ptr %18, align 16, !dbg !179, !tbaa !19
  %154 = extractelement <4 x i32> %153, i32 0, !dbg !179
  %155 = load <4 x i32>, ptr %18, align 16, !dbg !180, !tbaa !19
  %156 = extractelement <4 x i32> %155, i32 1, !dbg !180
  %157 = load <4 x i32>, ptr %18, align 16, !dbg !181, !tbaa !19
  %158 = extractelement <4 x i32> %157, i32 2, !dbg !181
  %159 = load <4 x i32>, ptr %18, align 16, !dbg !182, !tbaa !19
  %160 = extractelement <4 x i32> %159, i32 3, !dbg !182
  %161 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %154, i32 noundef %156, i32 noundef %158, i32 noundef %160), !dbg !183
  call void @llvm.lifetime.end.p0(ptr %18) #4, !dbg !184
  call void @llvm.lifetime.end.p0(ptr %17) #4, !dbg !184
  call void @llvm.lifetime.end.p0(ptr %15) #4, !dbg !184
  call void @llvm.lifetime.end.p0(ptr %14) #4, !dbg !184
  call void @llvm.lifetime.end.p0(ptr %12) #4, !dbg !184
  call void @llvm.lifetime.end.p0(ptr %10) #4, !dbg !184
  call void @llvm.lifetime.end.p0(ptr %9) #4, !dbg !184
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !184
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !184
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !184
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !184
  call void @llvm.lifetime.end.p0(ptr %2) #4, !dbg !184
  ret i32 0, !dbg !185
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal <4 x i32> @rot(<4 x i32> noundef %0) #0 !dbg !186 {
  %2 = alloca <4 x i32>, align 16
  store <4 x i32> %0, ptr %2, align 16, !tbaa !19
  %3 = load <4 x i32>, ptr %2, align 16, !dbg !187, !tbaa !19
  %4 = load <4 x i32>, ptr %2, align 16, !dbg !188, !tbaa !19
  %5 = shufflevector <4 x i32> %3, <4 x i32> %4, <4 x i32> <i32 1, i32 2, i32 3, i32 0>, !dbg !189
  ret <4 x i32> %5, !dbg !190
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !191 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #3

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #3

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="128" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "vectors.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 13, type: !15, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "vectors.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 14, column: 5, scope: !13)
!18 = !DILocation(line: 14, column: 10, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !{!11, !11, i64 0}
!20 = !DILocation(line: 14, column: 28, scope: !13, atomGroup: 2, atomRank: 1)
!21 = !DILocation(line: 15, column: 10, scope: !13)
!22 = !DILocation(line: 15, column: 14, scope: !13, atomGroup: 3, atomRank: 1)
!23 = !DILocation(line: 15, column: 21, scope: !13)
!24 = !DILocation(line: 15, column: 23, scope: !13, atomGroup: 4, atomRank: 1)
!25 = !DILocation(line: 15, column: 5, scope: !13, atomGroup: 5, atomRank: 1)
!26 = !DILocation(line: 15, column: 5, scope: !13)
!27 = !DILocation(line: 15, column: 40, scope: !13)
!28 = !DILocation(line: 15, column: 42, scope: !13)
!29 = !DILocation(line: 15, column: 48, scope: !13)
!30 = !DILocation(line: 15, column: 46, scope: !13, atomGroup: 6, atomRank: 2)
!31 = !DILocation(line: 15, column: 38, scope: !13, atomGroup: 6, atomRank: 1)
!32 = !DILocation(line: 15, column: 59, scope: !13)
!33 = !DILocation(line: 15, column: 55, scope: !13)
!34 = !DILocation(line: 15, column: 65, scope: !13)
!35 = !DILocation(line: 15, column: 67, scope: !13)
!36 = !DILocation(line: 15, column: 62, scope: !13, atomGroup: 7, atomRank: 2)
!37 = !DILocation(line: 15, column: 53, scope: !13, atomGroup: 7, atomRank: 1)
!38 = !DILocation(line: 15, column: 78, scope: !13)
!39 = !DILocation(line: 15, column: 80, scope: !13, atomGroup: 8, atomRank: 2)
!40 = !DILocation(line: 15, column: 76, scope: !13, atomGroup: 8, atomRank: 1)
!41 = !DILocation(line: 15, column: 92, scope: !13, atomGroup: 10, atomRank: 1)
!42 = !DILocation(line: 15, column: 30, scope: !13)
!43 = !DILocation(line: 15, column: 30, scope: !13, atomGroup: 9, atomRank: 2)
!44 = !DILocation(line: 15, column: 30, scope: !13, atomGroup: 9, atomRank: 1)
!45 = distinct !{!45, !26, !46, !47}
!46 = !DILocation(line: 15, column: 92, scope: !13)
!47 = !{!"llvm.loop.mustprogress"}
!48 = !DILocation(line: 16, column: 34, scope: !13)
!49 = !DILocation(line: 16, column: 40, scope: !13)
!50 = !DILocation(line: 16, column: 46, scope: !13)
!51 = !DILocation(line: 16, column: 52, scope: !13)
!52 = !DILocation(line: 16, column: 5, scope: !13)
!53 = !DILocation(line: 17, column: 5, scope: !13)
!54 = !DILocation(line: 17, column: 14, scope: !13)
!55 = !DILocation(line: 17, column: 18, scope: !13)
!56 = !DILocation(line: 17, column: 16, scope: !13, atomGroup: 11, atomRank: 3)
!57 = !DILocation(line: 17, column: 16, scope: !13, atomGroup: 11, atomRank: 2)
!58 = !DILocation(line: 17, column: 10, scope: !13, atomGroup: 11, atomRank: 1)
!59 = !DILocation(line: 18, column: 33, scope: !13)
!60 = !DILocation(line: 18, column: 39, scope: !13)
!61 = !DILocation(line: 18, column: 45, scope: !13)
!62 = !DILocation(line: 18, column: 51, scope: !13)
!63 = !DILocation(line: 18, column: 5, scope: !13)
!64 = !DILocation(line: 19, column: 5, scope: !13)
!65 = !DILocation(line: 19, column: 10, scope: !13, atomGroup: 12, atomRank: 1)
!66 = !DILocation(line: 19, column: 44, scope: !13, atomGroup: 13, atomRank: 1)
!67 = !DILocation(line: 20, column: 10, scope: !13)
!68 = !DILocation(line: 20, column: 14, scope: !13, atomGroup: 14, atomRank: 1)
!69 = !DILocation(line: 20, column: 21, scope: !13)
!70 = !DILocation(line: 20, column: 23, scope: !13, atomGroup: 15, atomRank: 1)
!71 = !DILocation(line: 20, column: 5, scope: !13, atomGroup: 16, atomRank: 1)
!72 = !DILocation(line: 20, column: 5, scope: !13)
!73 = !DILocation(line: 20, column: 37, scope: !13)
!74 = !DILocation(line: 20, column: 41, scope: !13)
!75 = !DILocation(line: 20, column: 45, scope: !13)
!76 = !DILocation(line: 20, column: 50, scope: !13)
!77 = !DILocation(line: 20, column: 52, scope: !13)
!78 = !DILocation(line: 20, column: 47, scope: !13)
!79 = !DILocation(line: 20, column: 43, scope: !13, atomGroup: 17, atomRank: 2)
!80 = !DILocation(line: 20, column: 35, scope: !13, atomGroup: 17, atomRank: 1)
!81 = !DILocation(line: 20, column: 33, scope: !13, atomGroup: 19, atomRank: 1)
!82 = !DILocation(line: 20, column: 29, scope: !13)
!83 = !DILocation(line: 20, column: 29, scope: !13, atomGroup: 18, atomRank: 2)
!84 = !DILocation(line: 20, column: 29, scope: !13, atomGroup: 18, atomRank: 1)
!85 = distinct !{!85, !72, !86, !47}
!86 = !DILocation(line: 20, column: 58, scope: !13)
!87 = !DILocation(line: 21, column: 50, scope: !13)
!88 = !DILocation(line: 21, column: 42, scope: !13)
!89 = !DILocation(line: 21, column: 64, scope: !13)
!90 = !DILocation(line: 21, column: 56, scope: !13)
!91 = !DILocation(line: 21, column: 78, scope: !13)
!92 = !DILocation(line: 21, column: 70, scope: !13)
!93 = !DILocation(line: 21, column: 92, scope: !13)
!94 = !DILocation(line: 21, column: 84, scope: !13)
!95 = !DILocation(line: 21, column: 5, scope: !13)
!96 = !DILocation(line: 22, column: 5, scope: !13)
!97 = !DILocation(line: 22, column: 10, scope: !13, atomGroup: 20, atomRank: 1)
!98 = !DILocation(line: 22, column: 26, scope: !13)
!99 = !DILocation(line: 22, column: 59, scope: !13)
!100 = !DILocation(line: 22, column: 62, scope: !13)
!101 = !DILocation(line: 22, column: 35, scope: !13, atomGroup: 21, atomRank: 2)
!102 = !DILocation(line: 22, column: 31, scope: !13, atomGroup: 21, atomRank: 1)
!103 = !DILocation(line: 23, column: 9, scope: !13)
!104 = !DILocation(line: 23, column: 13, scope: !13)
!105 = !DILocation(line: 23, column: 17, scope: !13, atomGroup: 22, atomRank: 1)
!106 = !DILocation(line: 23, column: 17, scope: !13)
!107 = !DILocation(line: 23, column: 15, scope: !13)
!108 = !DILocation(line: 23, column: 15, scope: !13, atomGroup: 22, atomRank: 2)
!109 = !DILocation(line: 23, column: 7, scope: !13, atomGroup: 22, atomRank: 1)
!110 = !DILocation(line: 24, column: 34, scope: !13)
!111 = !DILocation(line: 24, column: 40, scope: !13)
!112 = !DILocation(line: 24, column: 5, scope: !13)
!113 = !DILocation(line: 25, column: 5, scope: !13)
!114 = !DILocation(line: 25, column: 19, scope: !13)
!115 = !DILocation(line: 25, column: 23, scope: !13, atomGroup: 23, atomRank: 1)
!116 = !DILocation(line: 25, column: 30, scope: !13)
!117 = !DILocation(line: 25, column: 32, scope: !13, atomGroup: 24, atomRank: 1)
!118 = !DILocation(line: 25, column: 14, scope: !13, atomGroup: 25, atomRank: 1)
!119 = !DILocation(line: 25, column: 14, scope: !13)
!120 = !DILocation(line: 25, column: 60, scope: !13)
!121 = !DILocation(line: 25, column: 62, scope: !13)
!122 = !DILocation(line: 25, column: 50, scope: !13)
!123 = !DILocation(line: 25, column: 45, scope: !13)
!124 = !DILocation(line: 25, column: 48, scope: !13)
!125 = !DILocation(line: 25, column: 48, scope: !13, atomGroup: 26, atomRank: 2)
!126 = !DILocation(line: 25, column: 48, scope: !13, atomGroup: 26, atomRank: 1)
!127 = !DILocation(line: 25, column: 43, scope: !13, atomGroup: 28, atomRank: 1)
!128 = !DILocation(line: 25, column: 39, scope: !13)
!129 = !DILocation(line: 25, column: 39, scope: !13, atomGroup: 27, atomRank: 2)
!130 = !DILocation(line: 25, column: 39, scope: !13, atomGroup: 27, atomRank: 1)
!131 = distinct !{!131, !119, !132, !47}
!132 = !DILocation(line: 25, column: 66, scope: !13)
!133 = !DILocation(line: 26, column: 5, scope: !13)
!134 = !DILocation(line: 26, column: 39, scope: !13)
!135 = !DILocation(line: 26, column: 42, scope: !13)
!136 = !DILocation(line: 26, column: 15, scope: !13, atomGroup: 29, atomRank: 2)
!137 = !DILocation(line: 26, column: 11, scope: !13, atomGroup: 29, atomRank: 1)
!138 = !DILocation(line: 27, column: 10, scope: !13)
!139 = !DILocation(line: 27, column: 7, scope: !13)
!140 = !DILocation(line: 27, column: 7, scope: !13, atomGroup: 30, atomRank: 2)
!141 = !DILocation(line: 27, column: 7, scope: !13, atomGroup: 30, atomRank: 1)
!142 = !DILocation(line: 27, column: 13, scope: !13)
!143 = !DILocation(line: 27, column: 22, scope: !13, atomGroup: 31, atomRank: 1)
!144 = !DILocation(line: 27, column: 34, scope: !13)
!145 = !DILocation(line: 27, column: 38, scope: !13, atomGroup: 32, atomRank: 1)
!146 = !DILocation(line: 27, column: 45, scope: !13)
!147 = !DILocation(line: 27, column: 47, scope: !13, atomGroup: 33, atomRank: 1)
!148 = !DILocation(line: 27, column: 29, scope: !13, atomGroup: 34, atomRank: 1)
!149 = !DILocation(line: 27, column: 29, scope: !13)
!150 = !DILocation(line: 27, column: 62, scope: !13)
!151 = !DILocation(line: 27, column: 64, scope: !13)
!152 = !DILocation(line: 27, column: 70, scope: !13)
!153 = !DILocation(line: 27, column: 72, scope: !13)
!154 = !DILocation(line: 27, column: 68, scope: !13, atomGroup: 35, atomRank: 2)
!155 = !DILocation(line: 27, column: 60, scope: !13, atomGroup: 35, atomRank: 1)
!156 = !DILocation(line: 27, column: 58, scope: !13, atomGroup: 37, atomRank: 1)
!157 = !DILocation(line: 27, column: 54, scope: !13)
!158 = !DILocation(line: 27, column: 54, scope: !13, atomGroup: 36, atomRank: 2)
!159 = !DILocation(line: 27, column: 54, scope: !13, atomGroup: 36, atomRank: 1)
!160 = distinct !{!160, !149, !161, !47}
!161 = !DILocation(line: 27, column: 73, scope: !13)
!162 = !DILocation(line: 28, column: 26, scope: !13)
!163 = !DILocation(line: 28, column: 5, scope: !13)
!164 = !DILocation(line: 29, column: 5, scope: !13)
!165 = !DILocation(line: 29, column: 10, scope: !13, atomGroup: 38, atomRank: 1)
!166 = !DILocation(line: 29, column: 35, scope: !13)
!167 = !DILocation(line: 29, column: 37, scope: !13, atomGroup: 39, atomRank: 2)
!168 = !DILocation(line: 29, column: 33, scope: !13, atomGroup: 39, atomRank: 1)
!169 = !DILocation(line: 29, column: 47, scope: !13)
!170 = !DILocation(line: 29, column: 49, scope: !13, atomGroup: 40, atomRank: 2)
!171 = !DILocation(line: 29, column: 45, scope: !13, atomGroup: 40, atomRank: 1)
!172 = !DILocation(line: 30, column: 43, scope: !13)
!173 = !DILocation(line: 30, column: 60, scope: !13)
!174 = !DILocation(line: 30, column: 5, scope: !13)
!175 = !DILocation(line: 31, column: 5, scope: !13)
!176 = !DILocation(line: 31, column: 41, scope: !13, atomGroup: 41, atomRank: 3)
!177 = !DILocation(line: 31, column: 17, scope: !13, atomGroup: 41, atomRank: 2)
!178 = !DILocation(line: 31, column: 10, scope: !13, atomGroup: 41, atomRank: 1)
!179 = !DILocation(line: 32, column: 34, scope: !13)
!180 = !DILocation(line: 32, column: 43, scope: !13)
!181 = !DILocation(line: 32, column: 52, scope: !13)
!182 = !DILocation(line: 32, column: 61, scope: !13)
!183 = !DILocation(line: 32, column: 5, scope: !13)
!184 = !DILocation(line: 34, column: 1, scope: !13)
!185 = !DILocation(line: 33, column: 5, scope: !13, atomGroup: 43, atomRank: 1)
!186 = distinct !DISubprogram(name: "rot", scope: !14, file: !14, line: 11, type: !15, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!187 = !DILocation(line: 11, column: 58, scope: !186)
!188 = !DILocation(line: 11, column: 61, scope: !186)
!189 = !DILocation(line: 11, column: 34, scope: !186, atomGroup: 1, atomRank: 2)
!190 = !DILocation(line: 11, column: 27, scope: !186, atomGroup: 1, atomRank: 1)
!191 = !DISubprogram(name: "printf", scope: !192, file: !192, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!192 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
