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

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
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
  call void @llvm.lifetime.start.p0(ptr %2) #4, !dbg !17
  store i32 0, ptr %2, align 4, !dbg !18, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !19
  store i32 0, ptr %3, align 4, !dbg !20, !tbaa !9
  br label %19, !dbg !19

19:                                               ; preds = %30, %0
  %20 = load i32, ptr %3, align 4, !dbg !21, !tbaa !9
  %21 = icmp slt i32 %20, 100, !dbg !22
  br i1 %21, label %23, label %22, !dbg !23

22:                                               ; preds = %19
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !24
  br label %33

23:                                               ; preds = %19
  %24 = load i32, ptr %3, align 4, !dbg !25, !tbaa !9
  store volatile i32 %24, ptr @reg, align 4, !dbg !26, !tbaa !9
  %25 = load volatile i32, ptr @reg, align 4, !dbg !27, !tbaa !9
  %26 = add nsw i32 %25, 1, !dbg !28
  store volatile i32 %26, ptr @reg, align 4, !dbg !29, !tbaa !9
  %27 = load volatile i32, ptr @reg, align 4, !dbg !30, !tbaa !9
  %28 = load i32, ptr %2, align 4, !dbg !31, !tbaa !9
  %29 = add nsw i32 %28, %27, !dbg !32
  store i32 %29, ptr %2, align 4, !dbg !33, !tbaa !9
  br label %30, !dbg !34

30:                                               ; preds = %23
  %31 = load i32, ptr %3, align 4, !dbg !35, !tbaa !9
  %32 = add nsw i32 %31, 1, !dbg !36
  store i32 %32, ptr %3, align 4, !dbg !37, !tbaa !9
  br label %19, !dbg !24, !llvm.loop !38

33:                                               ; preds = %22
  %34 = load i32, ptr %2, align 4, !dbg !41, !tbaa !9
  %35 = load volatile i32, ptr @reg, align 4, !dbg !42, !tbaa !9
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %34, i32 noundef %35), !dbg !43
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !44
  store i32 0, ptr %4, align 4, !dbg !45, !tbaa !9
  br label %37, !dbg !44

37:                                               ; preds = %48, %33
  %38 = load i32, ptr %4, align 4, !dbg !46, !tbaa !9
  %39 = icmp slt i32 %38, 16, !dbg !47
  br i1 %39, label %41, label %40, !dbg !48

40:                                               ; preds = %37
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !49
  br label %51

41:                                               ; preds = %37
  %42 = load i32, ptr %4, align 4, !dbg !50, !tbaa !9
  %43 = mul nsw i32 %42, 11, !dbg !51
  %44 = trunc i32 %43 to i8, !dbg !52
  %45 = load i32, ptr %4, align 4, !dbg !53, !tbaa !9
  %46 = sext i32 %45 to i64, !dbg !54
  %47 = getelementptr inbounds [16 x i8], ptr @mmio, i64 0, i64 %46, !dbg !54
  store volatile i8 %44, ptr %47, align 1, !dbg !55, !tbaa !56
  br label %48, !dbg !57

48:                                               ; preds = %41
  %49 = load i32, ptr %4, align 4, !dbg !58, !tbaa !9
  %50 = add nsw i32 %49, 1, !dbg !59
  store i32 %50, ptr %4, align 4, !dbg !60, !tbaa !9
  br label %37, !dbg !49, !llvm.loop !61

51:                                               ; preds = %40
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !63
  store i32 0, ptr %5, align 4, !dbg !64, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !65
  store i32 0, ptr %6, align 4, !dbg !66, !tbaa !9
  br label %52, !dbg !65

52:                                               ; preds = %71, %51
  %53 = load i32, ptr %6, align 4, !dbg !67, !tbaa !9
  %54 = icmp slt i32 %53, 16, !dbg !68
  br i1 %54, label %56, label %55, !dbg !69

55:                                               ; preds = %52
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !70
  br label %74

56:                                               ; preds = %52
  %57 = load i32, ptr %6, align 4, !dbg !71, !tbaa !9
  %58 = sext i32 %57 to i64, !dbg !72
  %59 = getelementptr inbounds [16 x i8], ptr @mmio, i64 0, i64 %58, !dbg !72
  %60 = load volatile i8, ptr %59, align 1, !dbg !72, !tbaa !56
  %61 = zext i8 %60 to i32, !dbg !72
  %62 = load i32, ptr %5, align 4, !dbg !73, !tbaa !9
  %63 = add i32 %62, %61, !dbg !74
  store i32 %63, ptr %5, align 4, !dbg !75, !tbaa !9
  %64 = load i32, ptr %6, align 4, !dbg !76, !tbaa !9
  %65 = sext i32 %64 to i64, !dbg !77
  %66 = getelementptr inbounds [16 x i8], ptr @mmio, i64 0, i64 %65, !dbg !77
  %67 = load volatile i8, ptr %66, align 1, !dbg !77, !tbaa !56
  %68 = zext i8 %67 to i32, !dbg !77
  %69 = load i32, ptr %5, align 4, !dbg !78, !tbaa !9
  %70 = add i32 %69, %68, !dbg !79
  store i32 %70, ptr %5, align 4, !dbg !80, !tbaa !9
  br label %71, !dbg !81

71:                                               ; preds = %56
  %72 = load i32, ptr %6, align 4, !dbg !82, !tbaa !9
  %73 = add nsw i32 %72, 1, !dbg !83
  store i32 %73, ptr %6, align 4, !dbg !84, !tbaa !9
  br label %52, !dbg !70, !llvm.loop !85

74:                                               ; preds = %55
  %75 = load i32, ptr %5, align 4, !dbg !87, !tbaa !9
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %75), !dbg !88
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !89
  call void @llvm.lifetime.start.p0(ptr %8) #4, !dbg !89
  call void @llvm.lifetime.start.p0(ptr %9) #4, !dbg !90
  store i32 0, ptr %9, align 4, !dbg !91, !tbaa !9
  br label %77, !dbg !90

77:                                               ; preds = %95, %74
  %78 = load i32, ptr %9, align 4, !dbg !92, !tbaa !9
  %79 = icmp slt i32 %78, 64, !dbg !93
  br i1 %79, label %81, label %80, !dbg !94

80:                                               ; preds = %77
  call void @llvm.lifetime.end.p0(ptr %9) #4, !dbg !95
  br label %98

81:                                               ; preds = %77
  %82 = load i32, ptr %9, align 4, !dbg !96, !tbaa !9
  %83 = sitofp i32 %82 to float, !dbg !97
  %84 = fmul float %83, 5.000000e-01, !dbg !98
  %85 = load i32, ptr %9, align 4, !dbg !99, !tbaa !9
  %86 = sext i32 %85 to i64, !dbg !100
  %87 = getelementptr inbounds [64 x float], ptr %7, i64 0, i64 %86, !dbg !100
  store float %84, ptr %87, align 4, !dbg !101, !tbaa !102
  %88 = load i32, ptr %9, align 4, !dbg !104, !tbaa !9
  %89 = add nsw i32 %88, 1, !dbg !105
  %90 = sitofp i32 %89 to float, !dbg !106
  %91 = fdiv float 1.000000e+00, %90, !dbg !107
  %92 = load i32, ptr %9, align 4, !dbg !108, !tbaa !9
  %93 = sext i32 %92 to i64, !dbg !109
  %94 = getelementptr inbounds [64 x float], ptr %8, i64 0, i64 %93, !dbg !109
  store float %91, ptr %94, align 4, !dbg !110, !tbaa !102
  br label %95, !dbg !111

95:                                               ; preds = %81
  %96 = load i32, ptr %9, align 4, !dbg !112, !tbaa !9
  %97 = add nsw i32 %96, 1, !dbg !113
  store i32 %97, ptr %9, align 4, !dbg !114, !tbaa !9
  br label %77, !dbg !95, !llvm.loop !115

98:                                               ; preds = %80
  %99 = getelementptr inbounds [64 x float], ptr %7, i64 0, i64 0, !dbg !117
  %100 = getelementptr inbounds [64 x float], ptr %8, i64 0, i64 0, !dbg !118
  call void @saxpy(i32 noundef 64, float noundef 1.750000e+00, ptr noundef %99, ptr noundef %100), !dbg !119
  call void @llvm.lifetime.start.p0(ptr %10) #4, !dbg !120
  store double 0.000000e+00, ptr %10, align 8, !dbg !121, !tbaa !122
  call void @llvm.lifetime.start.p0(ptr %11) #4, !dbg !124
  store i32 0, ptr %11, align 4, !dbg !125, !tbaa !9
  br label %101, !dbg !124

101:                                              ; preds = %113, %98
  %102 = load i32, ptr %11, align 4, !dbg !126, !tbaa !9
  %103 = icmp slt i32 %102, 64, !dbg !127
  br i1 %103, label %105, label %104, !dbg !128

104:                                              ; preds = %101
  call void @llvm.lifetime.end.p0(ptr %11) #4, !dbg !129
  br label %116

105:                                              ; preds = %101
  %106 = load i32, ptr %11, align 4, !dbg !130, !tbaa !9
  %107 = sext i32 %106 to i64, !dbg !131
  %108 = getelementptr inbounds [64 x float], ptr %8, i64 0, i64 %107, !dbg !131
  %109 = load float, ptr %108, align 4, !dbg !131, !tbaa !102
  %110 = fpext float %109 to double, !dbg !131
  %111 = load double, ptr %10, align 8, !dbg !132, !tbaa !122
  %112 = fadd double %111, %110, !dbg !133
  store double %112, ptr %10, align 8, !dbg !134, !tbaa !122
  br label %113, !dbg !135

113:                                              ; preds = %105
  %114 = load i32, ptr %11, align 4, !dbg !136, !tbaa !9
  %115 = add nsw i32 %114, 1, !dbg !137
  store i32 %115, ptr %11, align 4, !dbg !138, !tbaa !9
  br label %101, !dbg !129, !llvm.loop !139

116:                                              ; preds = %104
  %117 = load double, ptr %10, align 8, !dbg !141, !tbaa !122
  %118 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %117), !dbg !142
  call void @llvm.lifetime.start.p0(ptr %12) #4, !dbg !143
  call void @llvm.lifetime.start.p0(ptr %13) #4, !dbg !144
  store i32 0, ptr %13, align 4, !dbg !145, !tbaa !9
  br label %119, !dbg !144

119:                                              ; preds = %128, %116
  %120 = load i32, ptr %13, align 4, !dbg !146, !tbaa !9
  %121 = icmp slt i32 %120, 20, !dbg !147
  br i1 %121, label %123, label %122, !dbg !148

122:                                              ; preds = %119
  call void @llvm.lifetime.end.p0(ptr %13) #4, !dbg !149
  br label %131

123:                                              ; preds = %119
  %124 = load i32, ptr %13, align 4, !dbg !150, !tbaa !9
  %125 = load i32, ptr %13, align 4, !dbg !151, !tbaa !9
  %126 = sext i32 %125 to i64, !dbg !152
  %127 = getelementptr inbounds [20 x i32], ptr %12, i64 0, i64 %126, !dbg !152
  store i32 %124, ptr %127, align 4, !dbg !153, !tbaa !9
  br label %128, !dbg !154

128:                                              ; preds = %123
  %129 = load i32, ptr %13, align 4, !dbg !155, !tbaa !9
  %130 = add nsw i32 %129, 1, !dbg !156
  store i32 %130, ptr %13, align 4, !dbg !157, !tbaa !9
  br label %119, !dbg !149, !llvm.loop !158

131:                                              ; preds = %122
  %132 = getelementptr inbounds [20 x i32], ptr %12, i64 0, i64 0, !dbg !160
  %133 = getelementptr inbounds i32, ptr %132, i64 1, !dbg !161
  %134 = getelementptr inbounds [20 x i32], ptr %12, i64 0, i64 0, !dbg !162
  call void @add_alias(i32 noundef 19, ptr noundef %133, ptr noundef %134), !dbg !163
  call void @llvm.lifetime.start.p0(ptr %14) #4, !dbg !164
  store i64 0, ptr %14, align 8, !dbg !165, !tbaa !166
  call void @llvm.lifetime.start.p0(ptr %15) #4, !dbg !168
  store i32 0, ptr %15, align 4, !dbg !169, !tbaa !9
  br label %135, !dbg !168

135:                                              ; preds = %148, %131
  %136 = load i32, ptr %15, align 4, !dbg !170, !tbaa !9
  %137 = icmp slt i32 %136, 20, !dbg !171
  br i1 %137, label %139, label %138, !dbg !172

138:                                              ; preds = %135
  call void @llvm.lifetime.end.p0(ptr %15) #4, !dbg !173
  br label %151

139:                                              ; preds = %135
  %140 = load i64, ptr %14, align 8, !dbg !174, !tbaa !166
  %141 = mul nsw i64 %140, 3, !dbg !175
  %142 = load i32, ptr %15, align 4, !dbg !176, !tbaa !9
  %143 = sext i32 %142 to i64, !dbg !177
  %144 = getelementptr inbounds [20 x i32], ptr %12, i64 0, i64 %143, !dbg !177
  %145 = load i32, ptr %144, align 4, !dbg !177, !tbaa !9
  %146 = sext i32 %145 to i64, !dbg !177
  %147 = add nsw i64 %141, %146, !dbg !178
  store i64 %147, ptr %14, align 8, !dbg !179, !tbaa !166
  br label %148, !dbg !180

148:                                              ; preds = %139
  %149 = load i32, ptr %15, align 4, !dbg !181, !tbaa !9
  %150 = add nsw i32 %149, 1, !dbg !182
  store i32 %150, ptr %15, align 4, !dbg !183, !tbaa !9
  br label %135, !dbg !173, !llvm.loop !184

151:                                              ; preds = %138
  %152 = load i64, ptr %14, align 8, !dbg !186, !tbaa !166
  %153 = getelementptr inbounds [20 x i32], ptr %12, i64 0, i64 19, !dbg !187
  %154 = load i32, ptr %153, align 4, !dbg !187, !tbaa !9
  %155 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %152, i32 noundef %154), !dbg !188
  call void @llvm.lifetime.start.p0(ptr %16) #4, !dbg !189
  store volatile double 1.000000e-01, ptr %16, align 8, !dbg !190, !tbaa !122
  call void @llvm.lifetime.start.p0(ptr %17) #4, !dbg !191
  store double 0.000000e+00, ptr %17, align 8, !dbg !192, !tbaa !122
  call void @llvm.lifetime.start.p0(ptr %18) #4, !dbg !193
  store i32 0, ptr %18, align 4, !dbg !194, !tbaa !9
  br label %156, !dbg !193

156:                                              ; preds = %164, %151
  %157 = load i32, ptr %18, align 4, !dbg !195, !tbaa !9
  %158 = icmp slt i32 %157, 10, !dbg !196
  br i1 %158, label %160, label %159, !dbg !197

159:                                              ; preds = %156
  call void @llvm.lifetime.end.p0(ptr %18) #4, !dbg !198
  br label %167

160:                                              ; preds = %156
  %161 = load volatile double, ptr %16, align 8, !dbg !199, !tbaa !122
  %162 = load double, ptr %17, align 8, !dbg !200, !tbaa !122
  %163 = fadd double %162, %161, !dbg !201
  store double %163, ptr %17, align 8, !dbg !202, !tbaa !122
  br label %164, !dbg !203

164:                                              ; preds = %160
  %165 = load i32, ptr %18, align 4, !dbg !204, !tbaa !9
  %166 = add nsw i32 %165, 1, !dbg !205
  store i32 %166, ptr %18, align 4, !dbg !206, !tbaa !9
  br label %156, !dbg !198, !llvm.loop !207

167:                                              ; preds = %159
  %168 = load double, ptr %17, align 8, !dbg !208, !tbaa !122
  %169 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %168), !dbg !209
  call void @llvm.lifetime.end.p0(ptr %17) #4, !dbg !210
  call void @llvm.lifetime.end.p0(ptr %16) #4, !dbg !210
  call void @llvm.lifetime.end.p0(ptr %14) #4, !dbg !210
  call void @llvm.lifetime.end.p0(ptr %12) #4, !dbg !210
  call void @llvm.lifetime.end.p0(ptr %10) #4, !dbg !210
  call void @llvm.lifetime.end.p0(ptr %8) #4, !dbg !210
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !210
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !210
  call void @llvm.lifetime.end.p0(ptr %2) #4, !dbg !210
  ret i32 0, !dbg !211
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !212 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind uwtable
define internal void @saxpy(i32 noundef %0, float noundef %1, ptr noalias noundef %2, ptr noalias noundef %3) #0 !dbg !214 {
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  store i32 %0, ptr %5, align 4, !tbaa !9
  store float %1, ptr %6, align 4, !tbaa !102
  store ptr %2, ptr %7, align 8, !tbaa !215
  store ptr %3, ptr %8, align 8, !tbaa !215
  call void @llvm.lifetime.start.p0(ptr %9) #4, !dbg !218
  store i32 0, ptr %9, align 4, !dbg !219, !tbaa !9
  br label %10, !dbg !218

10:                                               ; preds = %28, %4
  %11 = load i32, ptr %9, align 4, !dbg !220, !tbaa !9
  %12 = load i32, ptr %5, align 4, !dbg !221, !tbaa !9
  %13 = icmp slt i32 %11, %12, !dbg !222
  br i1 %13, label %15, label %14, !dbg !223

14:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %9) #4, !dbg !224
  br label %31

15:                                               ; preds = %10
  %16 = load float, ptr %6, align 4, !dbg !225, !tbaa !102
  %17 = load ptr, ptr %7, align 8, !dbg !226, !tbaa !215
  %18 = load i32, ptr %9, align 4, !dbg !227, !tbaa !9
  %19 = sext i32 %18 to i64, !dbg !226
  %20 = getelementptr inbounds float, ptr %17, i64 %19, !dbg !226
  %21 = load float, ptr %20, align 4, !dbg !226, !tbaa !102
  %22 = load ptr, ptr %8, align 8, !dbg !228, !tbaa !215
  %23 = load i32, ptr %9, align 4, !dbg !229, !tbaa !9
  %24 = sext i32 %23 to i64, !dbg !228
  %25 = getelementptr inbounds float, ptr %22, i64 %24, !dbg !228
  %26 = load float, ptr %25, align 4, !dbg !230, !tbaa !102
  %27 = call float @llvm.fmuladd.f32(float %16, float %21, float %26), !dbg !231
  store float %27, ptr %25, align 4, !dbg !232, !tbaa !102
  br label %28, !dbg !233

28:                                               ; preds = %15
  %29 = load i32, ptr %9, align 4, !dbg !234, !tbaa !9
  %30 = add nsw i32 %29, 1, !dbg !235
  store i32 %30, ptr %9, align 4, !dbg !236, !tbaa !9
  br label %10, !dbg !224, !llvm.loop !237

31:                                               ; preds = %14
  ret void, !dbg !239
}

; Function Attrs: nounwind uwtable
define internal void @add_alias(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 !dbg !240 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !241
  store ptr %2, ptr %6, align 8, !tbaa !241
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !243
  store i32 0, ptr %7, align 4, !dbg !244, !tbaa !9
  br label %8, !dbg !243

8:                                                ; preds = %25, %3
  %9 = load i32, ptr %7, align 4, !dbg !245, !tbaa !9
  %10 = load i32, ptr %4, align 4, !dbg !246, !tbaa !9
  %11 = icmp slt i32 %9, %10, !dbg !247
  br i1 %11, label %13, label %12, !dbg !248

12:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !249
  br label %28

13:                                               ; preds = %8
  %14 = load ptr, ptr %6, align 8, !dbg !250, !tbaa !241
  %15 = load i32, ptr %7, align 4, !dbg !251, !tbaa !9
  %16 = sext i32 %15 to i64, !dbg !250
  %17 = getelementptr inbounds i32, ptr %14, i64 %16, !dbg !250
  %18 = load i32, ptr %17, align 4, !dbg !250, !tbaa !9
  %19 = load ptr, ptr %5, align 8, !dbg !252, !tbaa !241
  %20 = load i32, ptr %7, align 4, !dbg !253, !tbaa !9
  %21 = sext i32 %20 to i64, !dbg !252
  %22 = getelementptr inbounds i32, ptr %19, i64 %21, !dbg !252
  %23 = load i32, ptr %22, align 4, !dbg !254, !tbaa !9
  %24 = add nsw i32 %23, %18, !dbg !255
  store i32 %24, ptr %22, align 4, !dbg !256, !tbaa !9
  br label %25, !dbg !257

25:                                               ; preds = %13
  %26 = load i32, ptr %7, align 4, !dbg !258, !tbaa !9
  %27 = add nsw i32 %26, 1, !dbg !259
  store i32 %27, ptr %7, align 4, !dbg !260, !tbaa !9
  br label %8, !dbg !249, !llvm.loop !261

28:                                               ; preds = %12
  ret void, !dbg !263
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #3

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
!1 = !DIFile(filename: "volatile_restrict.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 10, type: !15, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "volatile_restrict.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 11, column: 5, scope: !13)
!18 = !DILocation(line: 11, column: 9, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !DILocation(line: 12, column: 10, scope: !13)
!20 = !DILocation(line: 12, column: 14, scope: !13, atomGroup: 2, atomRank: 1)
!21 = !DILocation(line: 12, column: 21, scope: !13)
!22 = !DILocation(line: 12, column: 23, scope: !13, atomGroup: 3, atomRank: 1)
!23 = !DILocation(line: 12, column: 5, scope: !13, atomGroup: 4, atomRank: 1)
!24 = !DILocation(line: 12, column: 5, scope: !13)
!25 = !DILocation(line: 12, column: 43, scope: !13, atomGroup: 5, atomRank: 2)
!26 = !DILocation(line: 12, column: 41, scope: !13, atomGroup: 5, atomRank: 1)
!27 = !DILocation(line: 12, column: 52, scope: !13)
!28 = !DILocation(line: 12, column: 56, scope: !13, atomGroup: 6, atomRank: 2)
!29 = !DILocation(line: 12, column: 50, scope: !13, atomGroup: 6, atomRank: 1)
!30 = !DILocation(line: 12, column: 71, scope: !13)
!31 = !DILocation(line: 12, column: 68, scope: !13)
!32 = !DILocation(line: 12, column: 68, scope: !13, atomGroup: 7, atomRank: 2)
!33 = !DILocation(line: 12, column: 68, scope: !13, atomGroup: 7, atomRank: 1)
!34 = !DILocation(line: 12, column: 76, scope: !13, atomGroup: 9, atomRank: 1)
!35 = !DILocation(line: 12, column: 31, scope: !13)
!36 = !DILocation(line: 12, column: 31, scope: !13, atomGroup: 8, atomRank: 2)
!37 = !DILocation(line: 12, column: 31, scope: !13, atomGroup: 8, atomRank: 1)
!38 = distinct !{!38, !24, !39, !40}
!39 = !DILocation(line: 12, column: 76, scope: !13)
!40 = !{!"llvm.loop.mustprogress"}
!41 = !DILocation(line: 13, column: 32, scope: !13)
!42 = !DILocation(line: 13, column: 40, scope: !13)
!43 = !DILocation(line: 13, column: 5, scope: !13)
!44 = !DILocation(line: 14, column: 10, scope: !13)
!45 = !DILocation(line: 14, column: 14, scope: !13, atomGroup: 10, atomRank: 1)
!46 = !DILocation(line: 14, column: 21, scope: !13)
!47 = !DILocation(line: 14, column: 23, scope: !13, atomGroup: 11, atomRank: 1)
!48 = !DILocation(line: 14, column: 5, scope: !13, atomGroup: 12, atomRank: 1)
!49 = !DILocation(line: 14, column: 5, scope: !13)
!50 = !DILocation(line: 14, column: 60, scope: !13)
!51 = !DILocation(line: 14, column: 62, scope: !13, atomGroup: 13, atomRank: 3)
!52 = !DILocation(line: 14, column: 44, scope: !13, atomGroup: 13, atomRank: 2)
!53 = !DILocation(line: 14, column: 39, scope: !13)
!54 = !DILocation(line: 14, column: 34, scope: !13)
!55 = !DILocation(line: 14, column: 42, scope: !13, atomGroup: 13, atomRank: 1)
!56 = !{!11, !11, i64 0}
!57 = !DILocation(line: 14, column: 34, scope: !13, atomGroup: 15, atomRank: 1)
!58 = !DILocation(line: 14, column: 30, scope: !13)
!59 = !DILocation(line: 14, column: 30, scope: !13, atomGroup: 14, atomRank: 2)
!60 = !DILocation(line: 14, column: 30, scope: !13, atomGroup: 14, atomRank: 1)
!61 = distinct !{!61, !49, !62, !40}
!62 = !DILocation(line: 14, column: 66, scope: !13)
!63 = !DILocation(line: 15, column: 5, scope: !13)
!64 = !DILocation(line: 15, column: 14, scope: !13, atomGroup: 16, atomRank: 1)
!65 = !DILocation(line: 15, column: 26, scope: !13)
!66 = !DILocation(line: 15, column: 30, scope: !13, atomGroup: 17, atomRank: 1)
!67 = !DILocation(line: 15, column: 37, scope: !13)
!68 = !DILocation(line: 15, column: 39, scope: !13, atomGroup: 18, atomRank: 1)
!69 = !DILocation(line: 15, column: 21, scope: !13, atomGroup: 19, atomRank: 1)
!70 = !DILocation(line: 15, column: 21, scope: !13)
!71 = !DILocation(line: 15, column: 62, scope: !13)
!72 = !DILocation(line: 15, column: 57, scope: !13)
!73 = !DILocation(line: 15, column: 54, scope: !13)
!74 = !DILocation(line: 15, column: 54, scope: !13, atomGroup: 20, atomRank: 2)
!75 = !DILocation(line: 15, column: 54, scope: !13, atomGroup: 20, atomRank: 1)
!76 = !DILocation(line: 15, column: 76, scope: !13)
!77 = !DILocation(line: 15, column: 71, scope: !13)
!78 = !DILocation(line: 15, column: 68, scope: !13)
!79 = !DILocation(line: 15, column: 68, scope: !13, atomGroup: 21, atomRank: 2)
!80 = !DILocation(line: 15, column: 68, scope: !13, atomGroup: 21, atomRank: 1)
!81 = !DILocation(line: 15, column: 80, scope: !13, atomGroup: 23, atomRank: 1)
!82 = !DILocation(line: 15, column: 46, scope: !13)
!83 = !DILocation(line: 15, column: 46, scope: !13, atomGroup: 22, atomRank: 2)
!84 = !DILocation(line: 15, column: 46, scope: !13, atomGroup: 22, atomRank: 1)
!85 = distinct !{!85, !70, !86, !40}
!86 = !DILocation(line: 15, column: 80, scope: !13)
!87 = !DILocation(line: 16, column: 25, scope: !13)
!88 = !DILocation(line: 16, column: 5, scope: !13)
!89 = !DILocation(line: 17, column: 5, scope: !13)
!90 = !DILocation(line: 18, column: 10, scope: !13)
!91 = !DILocation(line: 18, column: 14, scope: !13, atomGroup: 24, atomRank: 1)
!92 = !DILocation(line: 18, column: 21, scope: !13)
!93 = !DILocation(line: 18, column: 23, scope: !13, atomGroup: 25, atomRank: 1)
!94 = !DILocation(line: 18, column: 5, scope: !13, atomGroup: 26, atomRank: 1)
!95 = !DILocation(line: 18, column: 5, scope: !13)
!96 = !DILocation(line: 18, column: 50, scope: !13)
!97 = !DILocation(line: 18, column: 43, scope: !13)
!98 = !DILocation(line: 18, column: 52, scope: !13, atomGroup: 27, atomRank: 2)
!99 = !DILocation(line: 18, column: 38, scope: !13)
!100 = !DILocation(line: 18, column: 36, scope: !13)
!101 = !DILocation(line: 18, column: 41, scope: !13, atomGroup: 27, atomRank: 1)
!102 = !{!103, !103, i64 0}
!103 = !{!"float", !11, i64 0}
!104 = !DILocation(line: 18, column: 82, scope: !13)
!105 = !DILocation(line: 18, column: 84, scope: !13)
!106 = !DILocation(line: 18, column: 74, scope: !13)
!107 = !DILocation(line: 18, column: 72, scope: !13, atomGroup: 28, atomRank: 2)
!108 = !DILocation(line: 18, column: 62, scope: !13)
!109 = !DILocation(line: 18, column: 60, scope: !13)
!110 = !DILocation(line: 18, column: 65, scope: !13, atomGroup: 28, atomRank: 1)
!111 = !DILocation(line: 18, column: 90, scope: !13, atomGroup: 30, atomRank: 1)
!112 = !DILocation(line: 18, column: 30, scope: !13)
!113 = !DILocation(line: 18, column: 30, scope: !13, atomGroup: 29, atomRank: 2)
!114 = !DILocation(line: 18, column: 30, scope: !13, atomGroup: 29, atomRank: 1)
!115 = distinct !{!115, !95, !116, !40}
!116 = !DILocation(line: 18, column: 90, scope: !13)
!117 = !DILocation(line: 19, column: 22, scope: !13)
!118 = !DILocation(line: 19, column: 25, scope: !13)
!119 = !DILocation(line: 19, column: 5, scope: !13)
!120 = !DILocation(line: 20, column: 5, scope: !13)
!121 = !DILocation(line: 20, column: 12, scope: !13, atomGroup: 31, atomRank: 1)
!122 = !{!123, !123, i64 0}
!123 = !{!"double", !11, i64 0}
!124 = !DILocation(line: 20, column: 24, scope: !13)
!125 = !DILocation(line: 20, column: 28, scope: !13, atomGroup: 32, atomRank: 1)
!126 = !DILocation(line: 20, column: 35, scope: !13)
!127 = !DILocation(line: 20, column: 37, scope: !13, atomGroup: 33, atomRank: 1)
!128 = !DILocation(line: 20, column: 19, scope: !13, atomGroup: 34, atomRank: 1)
!129 = !DILocation(line: 20, column: 19, scope: !13)
!130 = !DILocation(line: 20, column: 55, scope: !13)
!131 = !DILocation(line: 20, column: 53, scope: !13)
!132 = !DILocation(line: 20, column: 50, scope: !13)
!133 = !DILocation(line: 20, column: 50, scope: !13, atomGroup: 35, atomRank: 2)
!134 = !DILocation(line: 20, column: 50, scope: !13, atomGroup: 35, atomRank: 1)
!135 = !DILocation(line: 20, column: 48, scope: !13, atomGroup: 37, atomRank: 1)
!136 = !DILocation(line: 20, column: 44, scope: !13)
!137 = !DILocation(line: 20, column: 44, scope: !13, atomGroup: 36, atomRank: 2)
!138 = !DILocation(line: 20, column: 44, scope: !13, atomGroup: 36, atomRank: 1)
!139 = distinct !{!139, !129, !140, !40}
!140 = !DILocation(line: 20, column: 56, scope: !13)
!141 = !DILocation(line: 21, column: 29, scope: !13)
!142 = !DILocation(line: 21, column: 5, scope: !13)
!143 = !DILocation(line: 22, column: 5, scope: !13)
!144 = !DILocation(line: 22, column: 21, scope: !13)
!145 = !DILocation(line: 22, column: 25, scope: !13, atomGroup: 38, atomRank: 1)
!146 = !DILocation(line: 22, column: 32, scope: !13)
!147 = !DILocation(line: 22, column: 34, scope: !13, atomGroup: 39, atomRank: 1)
!148 = !DILocation(line: 22, column: 16, scope: !13, atomGroup: 40, atomRank: 1)
!149 = !DILocation(line: 22, column: 16, scope: !13)
!150 = !DILocation(line: 22, column: 52, scope: !13, atomGroup: 41, atomRank: 2)
!151 = !DILocation(line: 22, column: 47, scope: !13)
!152 = !DILocation(line: 22, column: 45, scope: !13)
!153 = !DILocation(line: 22, column: 50, scope: !13, atomGroup: 41, atomRank: 1)
!154 = !DILocation(line: 22, column: 45, scope: !13, atomGroup: 43, atomRank: 1)
!155 = !DILocation(line: 22, column: 41, scope: !13)
!156 = !DILocation(line: 22, column: 41, scope: !13, atomGroup: 42, atomRank: 2)
!157 = !DILocation(line: 22, column: 41, scope: !13, atomGroup: 42, atomRank: 1)
!158 = distinct !{!158, !149, !159, !40}
!159 = !DILocation(line: 22, column: 52, scope: !13)
!160 = !DILocation(line: 23, column: 19, scope: !13)
!161 = !DILocation(line: 23, column: 21, scope: !13)
!162 = !DILocation(line: 23, column: 26, scope: !13)
!163 = !DILocation(line: 23, column: 5, scope: !13)
!164 = !DILocation(line: 24, column: 5, scope: !13)
!165 = !DILocation(line: 24, column: 10, scope: !13, atomGroup: 44, atomRank: 1)
!166 = !{!167, !167, i64 0}
!167 = !{!"long", !11, i64 0}
!168 = !DILocation(line: 24, column: 22, scope: !13)
!169 = !DILocation(line: 24, column: 26, scope: !13, atomGroup: 45, atomRank: 1)
!170 = !DILocation(line: 24, column: 33, scope: !13)
!171 = !DILocation(line: 24, column: 35, scope: !13, atomGroup: 46, atomRank: 1)
!172 = !DILocation(line: 24, column: 17, scope: !13, atomGroup: 47, atomRank: 1)
!173 = !DILocation(line: 24, column: 17, scope: !13)
!174 = !DILocation(line: 24, column: 50, scope: !13)
!175 = !DILocation(line: 24, column: 52, scope: !13)
!176 = !DILocation(line: 24, column: 60, scope: !13)
!177 = !DILocation(line: 24, column: 58, scope: !13)
!178 = !DILocation(line: 24, column: 56, scope: !13, atomGroup: 48, atomRank: 2)
!179 = !DILocation(line: 24, column: 48, scope: !13, atomGroup: 48, atomRank: 1)
!180 = !DILocation(line: 24, column: 46, scope: !13, atomGroup: 50, atomRank: 1)
!181 = !DILocation(line: 24, column: 42, scope: !13)
!182 = !DILocation(line: 24, column: 42, scope: !13, atomGroup: 49, atomRank: 2)
!183 = !DILocation(line: 24, column: 42, scope: !13, atomGroup: 49, atomRank: 1)
!184 = distinct !{!184, !173, !185, !40}
!185 = !DILocation(line: 24, column: 61, scope: !13)
!186 = !DILocation(line: 25, column: 30, scope: !13)
!187 = !DILocation(line: 25, column: 33, scope: !13)
!188 = !DILocation(line: 25, column: 5, scope: !13)
!189 = !DILocation(line: 26, column: 5, scope: !13)
!190 = !DILocation(line: 26, column: 21, scope: !13, atomGroup: 51, atomRank: 1)
!191 = !DILocation(line: 26, column: 31, scope: !13)
!192 = !DILocation(line: 26, column: 38, scope: !13, atomGroup: 52, atomRank: 1)
!193 = !DILocation(line: 26, column: 52, scope: !13)
!194 = !DILocation(line: 26, column: 56, scope: !13, atomGroup: 53, atomRank: 1)
!195 = !DILocation(line: 26, column: 63, scope: !13)
!196 = !DILocation(line: 26, column: 65, scope: !13, atomGroup: 54, atomRank: 1)
!197 = !DILocation(line: 26, column: 47, scope: !13, atomGroup: 55, atomRank: 1)
!198 = !DILocation(line: 26, column: 47, scope: !13)
!199 = !DILocation(line: 26, column: 83, scope: !13)
!200 = !DILocation(line: 26, column: 80, scope: !13)
!201 = !DILocation(line: 26, column: 80, scope: !13, atomGroup: 56, atomRank: 2)
!202 = !DILocation(line: 26, column: 80, scope: !13, atomGroup: 56, atomRank: 1)
!203 = !DILocation(line: 26, column: 76, scope: !13, atomGroup: 58, atomRank: 1)
!204 = !DILocation(line: 26, column: 72, scope: !13)
!205 = !DILocation(line: 26, column: 72, scope: !13, atomGroup: 57, atomRank: 2)
!206 = !DILocation(line: 26, column: 72, scope: !13, atomGroup: 57, atomRank: 1)
!207 = distinct !{!207, !198, !199, !40}
!208 = !DILocation(line: 27, column: 26, scope: !13)
!209 = !DILocation(line: 27, column: 5, scope: !13)
!210 = !DILocation(line: 29, column: 1, scope: !13)
!211 = !DILocation(line: 28, column: 5, scope: !13, atomGroup: 60, atomRank: 1)
!212 = !DISubprogram(name: "printf", scope: !213, file: !213, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!213 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!214 = distinct !DISubprogram(name: "saxpy", scope: !14, file: !14, line: 7, type: !15, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!215 = !{!216, !216, i64 0}
!216 = !{!"p1 float", !217, i64 0}
!217 = !{!"any pointer", !11, i64 0}
!218 = !DILocation(line: 7, column: 86, scope: !214)
!219 = !DILocation(line: 7, column: 90, scope: !214, atomGroup: 1, atomRank: 1)
!220 = !DILocation(line: 7, column: 97, scope: !214)
!221 = !DILocation(line: 7, column: 101, scope: !214)
!222 = !DILocation(line: 7, column: 99, scope: !214, atomGroup: 2, atomRank: 1)
!223 = !DILocation(line: 7, column: 81, scope: !214, atomGroup: 3, atomRank: 1)
!224 = !DILocation(line: 7, column: 81, scope: !214)
!225 = !DILocation(line: 7, column: 117, scope: !214)
!226 = !DILocation(line: 7, column: 121, scope: !214)
!227 = !DILocation(line: 7, column: 123, scope: !214)
!228 = !DILocation(line: 7, column: 109, scope: !214)
!229 = !DILocation(line: 7, column: 111, scope: !214)
!230 = !DILocation(line: 7, column: 114, scope: !214)
!231 = !DILocation(line: 7, column: 114, scope: !214, atomGroup: 4, atomRank: 2)
!232 = !DILocation(line: 7, column: 114, scope: !214, atomGroup: 4, atomRank: 1)
!233 = !DILocation(line: 7, column: 109, scope: !214, atomGroup: 6, atomRank: 1)
!234 = !DILocation(line: 7, column: 105, scope: !214)
!235 = !DILocation(line: 7, column: 105, scope: !214, atomGroup: 5, atomRank: 2)
!236 = !DILocation(line: 7, column: 105, scope: !214, atomGroup: 5, atomRank: 1)
!237 = distinct !{!237, !224, !238, !40}
!238 = !DILocation(line: 7, column: 124, scope: !214)
!239 = !DILocation(line: 7, column: 127, scope: !214, atomGroup: 7, atomRank: 1)
!240 = distinct !DISubprogram(name: "add_alias", scope: !14, file: !14, line: 8, type: !15, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!241 = !{!242, !242, i64 0}
!242 = !{!"p1 int", !217, i64 0}
!243 = !DILocation(line: 8, column: 59, scope: !240)
!244 = !DILocation(line: 8, column: 63, scope: !240, atomGroup: 1, atomRank: 1)
!245 = !DILocation(line: 8, column: 70, scope: !240)
!246 = !DILocation(line: 8, column: 74, scope: !240)
!247 = !DILocation(line: 8, column: 72, scope: !240, atomGroup: 2, atomRank: 1)
!248 = !DILocation(line: 8, column: 54, scope: !240, atomGroup: 3, atomRank: 1)
!249 = !DILocation(line: 8, column: 54, scope: !240)
!250 = !DILocation(line: 8, column: 90, scope: !240)
!251 = !DILocation(line: 8, column: 92, scope: !240)
!252 = !DILocation(line: 8, column: 82, scope: !240)
!253 = !DILocation(line: 8, column: 84, scope: !240)
!254 = !DILocation(line: 8, column: 87, scope: !240)
!255 = !DILocation(line: 8, column: 87, scope: !240, atomGroup: 4, atomRank: 2)
!256 = !DILocation(line: 8, column: 87, scope: !240, atomGroup: 4, atomRank: 1)
!257 = !DILocation(line: 8, column: 82, scope: !240, atomGroup: 6, atomRank: 1)
!258 = !DILocation(line: 8, column: 78, scope: !240)
!259 = !DILocation(line: 8, column: 78, scope: !240, atomGroup: 5, atomRank: 2)
!260 = !DILocation(line: 8, column: 78, scope: !240, atomGroup: 5, atomRank: 1)
!261 = distinct !{!261, !249, !262, !40}
!262 = !DILocation(line: 8, column: 93, scope: !240)
!263 = !DILocation(line: 8, column: 96, scope: !240, atomGroup: 7, atomRank: 1)
