; ModuleID = 'matmul.c'
source_filename = "matmul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@A = internal global [48 x [48 x double]] zeroinitializer, align 16
@B = internal global [48 x [48 x double]] zeroinitializer, align 16
@C = internal global [48 x [48 x double]] zeroinitializer, align 16
@D = internal global [48 x [48 x double]] zeroinitializer, align 16
@.str = private unnamed_addr constant [37 x i8] c"trace %.17g corner %.17g diff %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"%.17g%c\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"float %.9g %.9g\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca [8 x [8 x double]], align 16
  %10 = alloca [8 x double], align 16
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca [16 x [16 x float]], align 16
  %15 = alloca [16 x [16 x float]], align 16
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca float, align 4
  %21 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4, !dbg !17
  store i32 0, ptr %2, align 4, !dbg !18, !tbaa !9
  br label %22, !dbg !17

22:                                               ; preds = %65, %0
  %23 = load i32, ptr %2, align 4, !dbg !19, !tbaa !9
  %24 = icmp slt i32 %23, 48, !dbg !20
  br i1 %24, label %26, label %25, !dbg !21

25:                                               ; preds = %22
  store i32 2, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %2) #4, !dbg !22
  br label %68

26:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !23
  store i32 0, ptr %4, align 4, !dbg !24, !tbaa !9
  br label %27, !dbg !23

27:                                               ; preds = %61, %26
  %28 = load i32, ptr %4, align 4, !dbg !25, !tbaa !9
  %29 = icmp slt i32 %28, 48, !dbg !26
  br i1 %29, label %31, label %30, !dbg !27

30:                                               ; preds = %27
  store i32 5, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !28
  br label %64

31:                                               ; preds = %27
  %32 = load i32, ptr %2, align 4, !dbg !29, !tbaa !9
  %33 = mul nsw i32 %32, 13, !dbg !30
  %34 = load i32, ptr %4, align 4, !dbg !31, !tbaa !9
  %35 = mul nsw i32 %34, 7, !dbg !32
  %36 = add nsw i32 %33, %35, !dbg !33
  %37 = srem i32 %36, 17, !dbg !34
  %38 = sitofp i32 %37 to double, !dbg !35
  %39 = fdiv double %38, 8.000000e+00, !dbg !36
  %40 = fsub double %39, 1.000000e+00, !dbg !37
  %41 = load i32, ptr %2, align 4, !dbg !38, !tbaa !9
  %42 = sext i32 %41 to i64, !dbg !39
  %43 = getelementptr inbounds [48 x [48 x double]], ptr @A, i64 0, i64 %42, !dbg !39
  %44 = load i32, ptr %4, align 4, !dbg !40, !tbaa !9
  %45 = sext i32 %44 to i64, !dbg !39
  %46 = getelementptr inbounds [48 x double], ptr %43, i64 0, i64 %45, !dbg !39
  store double %40, ptr %46, align 8, !dbg !41, !tbaa !42
  %47 = load i32, ptr %2, align 4, !dbg !44, !tbaa !9
  %48 = mul nsw i32 %47, 5, !dbg !45
  %49 = load i32, ptr %4, align 4, !dbg !46, !tbaa !9
  %50 = mul nsw i32 %49, 11, !dbg !47
  %51 = add nsw i32 %48, %50, !dbg !48
  %52 = srem i32 %51, 19, !dbg !49
  %53 = sitofp i32 %52 to double, !dbg !50
  %54 = fdiv double %53, 9.000000e+00, !dbg !51
  %55 = load i32, ptr %2, align 4, !dbg !52, !tbaa !9
  %56 = sext i32 %55 to i64, !dbg !53
  %57 = getelementptr inbounds [48 x [48 x double]], ptr @B, i64 0, i64 %56, !dbg !53
  %58 = load i32, ptr %4, align 4, !dbg !54, !tbaa !9
  %59 = sext i32 %58 to i64, !dbg !53
  %60 = getelementptr inbounds [48 x double], ptr %57, i64 0, i64 %59, !dbg !53
  store double %54, ptr %60, align 8, !dbg !55, !tbaa !42
  br label %61, !dbg !56

61:                                               ; preds = %31
  %62 = load i32, ptr %4, align 4, !dbg !57, !tbaa !9
  %63 = add nsw i32 %62, 1, !dbg !58
  store i32 %63, ptr %4, align 4, !dbg !59, !tbaa !9
  br label %27, !dbg !28, !llvm.loop !60

64:                                               ; preds = %30
  br label %65, !dbg !63

65:                                               ; preds = %64
  %66 = load i32, ptr %2, align 4, !dbg !64, !tbaa !9
  %67 = add nsw i32 %66, 1, !dbg !65
  store i32 %67, ptr %2, align 4, !dbg !66, !tbaa !9
  br label %22, !dbg !22, !llvm.loop !67

68:                                               ; preds = %25
  call void @mm_naive(), !dbg !68
  call void @mm_blocked(), !dbg !69
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !70
  store double 0.000000e+00, ptr %5, align 8, !dbg !71, !tbaa !42
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !70
  store double 0.000000e+00, ptr %6, align 8, !dbg !72, !tbaa !42
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !73
  store i32 0, ptr %7, align 4, !dbg !74, !tbaa !9
  br label %69, !dbg !73

69:                                               ; preds = %109, %68
  %70 = load i32, ptr %7, align 4, !dbg !75, !tbaa !9
  %71 = icmp slt i32 %70, 48, !dbg !76
  br i1 %71, label %73, label %72, !dbg !77

72:                                               ; preds = %69
  store i32 8, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !78
  br label %112

73:                                               ; preds = %69
  %74 = load i32, ptr %7, align 4, !dbg !79, !tbaa !9
  %75 = sext i32 %74 to i64, !dbg !80
  %76 = getelementptr inbounds [48 x [48 x double]], ptr @C, i64 0, i64 %75, !dbg !80
  %77 = load i32, ptr %7, align 4, !dbg !81, !tbaa !9
  %78 = sext i32 %77 to i64, !dbg !80
  %79 = getelementptr inbounds [48 x double], ptr %76, i64 0, i64 %78, !dbg !80
  %80 = load double, ptr %79, align 8, !dbg !80, !tbaa !42
  %81 = load double, ptr %5, align 8, !dbg !82, !tbaa !42
  %82 = fadd double %81, %80, !dbg !83
  store double %82, ptr %5, align 8, !dbg !84, !tbaa !42
  call void @llvm.lifetime.start.p0(ptr %8) #4, !dbg !85
  store i32 0, ptr %8, align 4, !dbg !86, !tbaa !9
  br label %83, !dbg !85

83:                                               ; preds = %105, %73
  %84 = load i32, ptr %8, align 4, !dbg !87, !tbaa !9
  %85 = icmp slt i32 %84, 48, !dbg !88
  br i1 %85, label %87, label %86, !dbg !89

86:                                               ; preds = %83
  store i32 11, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #4, !dbg !90
  br label %108

87:                                               ; preds = %83
  %88 = load i32, ptr %7, align 4, !dbg !91, !tbaa !9
  %89 = sext i32 %88 to i64, !dbg !92
  %90 = getelementptr inbounds [48 x [48 x double]], ptr @C, i64 0, i64 %89, !dbg !92
  %91 = load i32, ptr %8, align 4, !dbg !93, !tbaa !9
  %92 = sext i32 %91 to i64, !dbg !92
  %93 = getelementptr inbounds [48 x double], ptr %90, i64 0, i64 %92, !dbg !92
  %94 = load double, ptr %93, align 8, !dbg !92, !tbaa !42
  %95 = load i32, ptr %7, align 4, !dbg !94, !tbaa !9
  %96 = sext i32 %95 to i64, !dbg !95
  %97 = getelementptr inbounds [48 x [48 x double]], ptr @D, i64 0, i64 %96, !dbg !95
  %98 = load i32, ptr %8, align 4, !dbg !96, !tbaa !9
  %99 = sext i32 %98 to i64, !dbg !95
  %100 = getelementptr inbounds [48 x double], ptr %97, i64 0, i64 %99, !dbg !95
  %101 = load double, ptr %100, align 8, !dbg !95, !tbaa !42
  %102 = fsub double %94, %101, !dbg !97
  %103 = load double, ptr %6, align 8, !dbg !98, !tbaa !42
  %104 = fadd double %103, %102, !dbg !99
  store double %104, ptr %6, align 8, !dbg !100, !tbaa !42
  br label %105, !dbg !101

105:                                              ; preds = %87
  %106 = load i32, ptr %8, align 4, !dbg !102, !tbaa !9
  %107 = add nsw i32 %106, 1, !dbg !103
  store i32 %107, ptr %8, align 4, !dbg !104, !tbaa !9
  br label %83, !dbg !90, !llvm.loop !105

108:                                              ; preds = %86
  br label %109, !dbg !107

109:                                              ; preds = %108
  %110 = load i32, ptr %7, align 4, !dbg !108, !tbaa !9
  %111 = add nsw i32 %110, 1, !dbg !109
  store i32 %111, ptr %7, align 4, !dbg !110, !tbaa !9
  br label %69, !dbg !78, !llvm.loop !111

112:                                              ; preds = %72
  %113 = load double, ptr %5, align 8, !dbg !113, !tbaa !42
  %114 = load double, ptr getelementptr inbounds ([48 x [48 x double]], ptr @C, i64 0, i64 47), align 16, !dbg !114, !tbaa !42
  %115 = load double, ptr %6, align 8, !dbg !115, !tbaa !42
  %116 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %113, double noundef %114, double noundef %115), !dbg !116
  call void @llvm.lifetime.start.p0(ptr %9) #4, !dbg !117
  call void @llvm.lifetime.start.p0(ptr %10) #4, !dbg !117
  call void @llvm.lifetime.start.p0(ptr %11) #4, !dbg !118
  store i32 0, ptr %11, align 4, !dbg !119, !tbaa !9
  br label %117, !dbg !118

117:                                              ; preds = %155, %112
  %118 = load i32, ptr %11, align 4, !dbg !120, !tbaa !9
  %119 = icmp slt i32 %118, 8, !dbg !121
  br i1 %119, label %121, label %120, !dbg !122

120:                                              ; preds = %117
  store i32 14, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #4, !dbg !123
  br label %158

121:                                              ; preds = %117
  call void @llvm.lifetime.start.p0(ptr %12) #4, !dbg !124
  store i32 0, ptr %12, align 4, !dbg !125, !tbaa !9
  br label %122, !dbg !124

122:                                              ; preds = %145, %121
  %123 = load i32, ptr %12, align 4, !dbg !126, !tbaa !9
  %124 = icmp slt i32 %123, 8, !dbg !127
  br i1 %124, label %126, label %125, !dbg !128

125:                                              ; preds = %122
  store i32 17, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #4, !dbg !129
  br label %148

126:                                              ; preds = %122
  %127 = load i32, ptr %11, align 4, !dbg !130, !tbaa !9
  %128 = load i32, ptr %12, align 4, !dbg !131, !tbaa !9
  %129 = add nsw i32 %127, %128, !dbg !132
  %130 = add nsw i32 %129, 1, !dbg !133
  %131 = sitofp i32 %130 to double, !dbg !134
  %132 = fdiv double 1.000000e+00, %131, !dbg !135
  %133 = load i32, ptr %11, align 4, !dbg !136, !tbaa !9
  %134 = load i32, ptr %12, align 4, !dbg !137, !tbaa !9
  %135 = icmp eq i32 %133, %134, !dbg !138
  %136 = zext i1 %135 to i32, !dbg !138
  %137 = sitofp i32 %136 to double, !dbg !139
  %138 = fadd double %132, %137, !dbg !140
  %139 = load i32, ptr %11, align 4, !dbg !141, !tbaa !9
  %140 = sext i32 %139 to i64, !dbg !142
  %141 = getelementptr inbounds [8 x [8 x double]], ptr %9, i64 0, i64 %140, !dbg !142
  %142 = load i32, ptr %12, align 4, !dbg !143, !tbaa !9
  %143 = sext i32 %142 to i64, !dbg !142
  %144 = getelementptr inbounds [8 x double], ptr %141, i64 0, i64 %143, !dbg !142
  store double %138, ptr %144, align 8, !dbg !144, !tbaa !42
  br label %145, !dbg !145

145:                                              ; preds = %126
  %146 = load i32, ptr %12, align 4, !dbg !146, !tbaa !9
  %147 = add nsw i32 %146, 1, !dbg !147
  store i32 %147, ptr %12, align 4, !dbg !148, !tbaa !9
  br label %122, !dbg !129, !llvm.loop !149

148:                                              ; preds = %125
  %149 = load i32, ptr %11, align 4, !dbg !151, !tbaa !9
  %150 = add nsw i32 %149, 1, !dbg !152
  %151 = sitofp i32 %150 to double, !dbg !153
  %152 = load i32, ptr %11, align 4, !dbg !154, !tbaa !9
  %153 = sext i32 %152 to i64, !dbg !155
  %154 = getelementptr inbounds [8 x double], ptr %10, i64 0, i64 %153, !dbg !155
  store double %151, ptr %154, align 8, !dbg !156, !tbaa !42
  br label %155, !dbg !157

155:                                              ; preds = %148
  %156 = load i32, ptr %11, align 4, !dbg !158, !tbaa !9
  %157 = add nsw i32 %156, 1, !dbg !159
  store i32 %157, ptr %11, align 4, !dbg !160, !tbaa !9
  br label %117, !dbg !123, !llvm.loop !161

158:                                              ; preds = %120
  %159 = getelementptr inbounds [8 x [8 x double]], ptr %9, i64 0, i64 0, !dbg !163
  %160 = getelementptr inbounds [8 x double], ptr %10, i64 0, i64 0, !dbg !164
  call void @lu_solve(i32 noundef 8, ptr noundef %159, ptr noundef %160), !dbg !165
  call void @llvm.lifetime.start.p0(ptr %13) #4, !dbg !166
  store i32 0, ptr %13, align 4, !dbg !167, !tbaa !9
  br label %161, !dbg !166

161:                                              ; preds = %175, %158
  %162 = load i32, ptr %13, align 4, !dbg !168, !tbaa !9
  %163 = icmp slt i32 %162, 8, !dbg !169
  br i1 %163, label %165, label %164, !dbg !170

164:                                              ; preds = %161
  store i32 20, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #4, !dbg !171
  br label %178

165:                                              ; preds = %161
  %166 = load i32, ptr %13, align 4, !dbg !172, !tbaa !9
  %167 = sext i32 %166 to i64, !dbg !173
  %168 = getelementptr inbounds [8 x double], ptr %10, i64 0, i64 %167, !dbg !173
  %169 = load double, ptr %168, align 8, !dbg !173, !tbaa !42
  %170 = load i32, ptr %13, align 4, !dbg !174, !tbaa !9
  %171 = icmp eq i32 %170, 7, !dbg !175
  %172 = zext i1 %171 to i64, !dbg !174
  %173 = select i1 %171, i32 10, i32 32, !dbg !174
  %174 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %169, i32 noundef %173), !dbg !176
  br label %175, !dbg !177

175:                                              ; preds = %165
  %176 = load i32, ptr %13, align 4, !dbg !178, !tbaa !9
  %177 = add nsw i32 %176, 1, !dbg !179
  store i32 %177, ptr %13, align 4, !dbg !180, !tbaa !9
  br label %161, !dbg !171, !llvm.loop !181

178:                                              ; preds = %164
  call void @llvm.lifetime.start.p0(ptr %14) #4, !dbg !183
  call void @llvm.lifetime.start.p0(ptr %15) #4, !dbg !183
  call void @llvm.lifetime.start.p0(ptr %16) #4, !dbg !184
  store i32 0, ptr %16, align 4, !dbg !185, !tbaa !9
  br label %179, !dbg !184

179:                                              ; preds = %204, %178
  %180 = load i32, ptr %16, align 4, !dbg !186, !tbaa !9
  %181 = icmp slt i32 %180, 16, !dbg !187
  br i1 %181, label %183, label %182, !dbg !188

182:                                              ; preds = %179
  store i32 23, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #4, !dbg !189
  br label %207

183:                                              ; preds = %179
  call void @llvm.lifetime.start.p0(ptr %17) #4, !dbg !190
  store i32 0, ptr %17, align 4, !dbg !191, !tbaa !9
  br label %184, !dbg !190

184:                                              ; preds = %200, %183
  %185 = load i32, ptr %17, align 4, !dbg !192, !tbaa !9
  %186 = icmp slt i32 %185, 16, !dbg !193
  br i1 %186, label %188, label %187, !dbg !194

187:                                              ; preds = %184
  store i32 26, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #4, !dbg !195
  br label %203

188:                                              ; preds = %184
  %189 = load i32, ptr %16, align 4, !dbg !196, !tbaa !9
  %190 = load i32, ptr %17, align 4, !dbg !197, !tbaa !9
  %191 = sub nsw i32 %189, %190, !dbg !198
  %192 = sitofp i32 %191 to float, !dbg !199
  %193 = fmul float %192, 1.250000e-01, !dbg !200
  %194 = load i32, ptr %16, align 4, !dbg !201, !tbaa !9
  %195 = sext i32 %194 to i64, !dbg !202
  %196 = getelementptr inbounds [16 x [16 x float]], ptr %14, i64 0, i64 %195, !dbg !202
  %197 = load i32, ptr %17, align 4, !dbg !203, !tbaa !9
  %198 = sext i32 %197 to i64, !dbg !202
  %199 = getelementptr inbounds [16 x float], ptr %196, i64 0, i64 %198, !dbg !202
  store float %193, ptr %199, align 4, !dbg !204, !tbaa !205
  br label %200, !dbg !207

200:                                              ; preds = %188
  %201 = load i32, ptr %17, align 4, !dbg !208, !tbaa !9
  %202 = add nsw i32 %201, 1, !dbg !209
  store i32 %202, ptr %17, align 4, !dbg !210, !tbaa !9
  br label %184, !dbg !195, !llvm.loop !211

203:                                              ; preds = %187
  br label %204, !dbg !213

204:                                              ; preds = %203
  %205 = load i32, ptr %16, align 4, !dbg !214, !tbaa !9
  %206 = add nsw i32 %205, 1, !dbg !215
  store i32 %206, ptr %16, align 4, !dbg !216, !tbaa !9
  br label %179, !dbg !189, !llvm.loop !217

207:                                              ; preds = %182
  call void @llvm.lifetime.start.p0(ptr %18) #4, !dbg !218
  store i32 0, ptr %18, align 4, !dbg !219, !tbaa !9
  br label %208, !dbg !218

208:                                              ; preds = %254, %207
  %209 = load i32, ptr %18, align 4, !dbg !220, !tbaa !9
  %210 = icmp slt i32 %209, 16, !dbg !221
  br i1 %210, label %212, label %211, !dbg !222

211:                                              ; preds = %208
  store i32 29, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #4, !dbg !223
  br label %257

212:                                              ; preds = %208
  call void @llvm.lifetime.start.p0(ptr %19) #4, !dbg !224
  store i32 0, ptr %19, align 4, !dbg !225, !tbaa !9
  br label %213, !dbg !224

213:                                              ; preds = %250, %212
  %214 = load i32, ptr %19, align 4, !dbg !226, !tbaa !9
  %215 = icmp slt i32 %214, 16, !dbg !227
  br i1 %215, label %217, label %216, !dbg !228

216:                                              ; preds = %213
  store i32 32, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %19) #4, !dbg !229
  br label %253

217:                                              ; preds = %213
  call void @llvm.lifetime.start.p0(ptr %20) #4, !dbg !230
  store float 0.000000e+00, ptr %20, align 4, !dbg !231, !tbaa !205
  call void @llvm.lifetime.start.p0(ptr %21) #4, !dbg !232
  store i32 0, ptr %21, align 4, !dbg !233, !tbaa !9
  br label %218, !dbg !232

218:                                              ; preds = %239, %217
  %219 = load i32, ptr %21, align 4, !dbg !234, !tbaa !9
  %220 = icmp slt i32 %219, 16, !dbg !235
  br i1 %220, label %222, label %221, !dbg !236

221:                                              ; preds = %218
  store i32 35, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %21) #4, !dbg !237
  br label %242

222:                                              ; preds = %218
  %223 = load i32, ptr %18, align 4, !dbg !238, !tbaa !9
  %224 = sext i32 %223 to i64, !dbg !239
  %225 = getelementptr inbounds [16 x [16 x float]], ptr %14, i64 0, i64 %224, !dbg !239
  %226 = load i32, ptr %21, align 4, !dbg !240, !tbaa !9
  %227 = sext i32 %226 to i64, !dbg !239
  %228 = getelementptr inbounds [16 x float], ptr %225, i64 0, i64 %227, !dbg !239
  %229 = load float, ptr %228, align 4, !dbg !239, !tbaa !205
  %230 = load i32, ptr %19, align 4, !dbg !241, !tbaa !9
  %231 = sext i32 %230 to i64, !dbg !242
  %232 = getelementptr inbounds [16 x [16 x float]], ptr %14, i64 0, i64 %231, !dbg !242
  %233 = load i32, ptr %21, align 4, !dbg !243, !tbaa !9
  %234 = sext i32 %233 to i64, !dbg !242
  %235 = getelementptr inbounds [16 x float], ptr %232, i64 0, i64 %234, !dbg !242
  %236 = load float, ptr %235, align 4, !dbg !242, !tbaa !205
  %237 = load float, ptr %20, align 4, !dbg !244, !tbaa !205
  %238 = call float @llvm.fmuladd.f32(float %229, float %236, float %237), !dbg !245
  store float %238, ptr %20, align 4, !dbg !246, !tbaa !205
  br label %239, !dbg !247

239:                                              ; preds = %222
  %240 = load i32, ptr %21, align 4, !dbg !248, !tbaa !9
  %241 = add nsw i32 %240, 1, !dbg !249
  store i32 %241, ptr %21, align 4, !dbg !250, !tbaa !9
  br label %218, !dbg !237, !llvm.loop !251

242:                                              ; preds = %221
  %243 = load float, ptr %20, align 4, !dbg !253, !tbaa !205
  %244 = load i32, ptr %18, align 4, !dbg !254, !tbaa !9
  %245 = sext i32 %244 to i64, !dbg !255
  %246 = getelementptr inbounds [16 x [16 x float]], ptr %15, i64 0, i64 %245, !dbg !255
  %247 = load i32, ptr %19, align 4, !dbg !256, !tbaa !9
  %248 = sext i32 %247 to i64, !dbg !255
  %249 = getelementptr inbounds [16 x float], ptr %246, i64 0, i64 %248, !dbg !255
  store float %243, ptr %249, align 4, !dbg !257, !tbaa !205
  call void @llvm.lifetime.end.p0(ptr %20) #4, !dbg !258
  br label %250, !dbg !259

250:                                              ; preds = %242
  %251 = load i32, ptr %19, align 4, !dbg !260, !tbaa !9
  %252 = add nsw i32 %251, 1, !dbg !261
  store i32 %252, ptr %19, align 4, !dbg !262, !tbaa !9
  br label %213, !dbg !229, !llvm.loop !263

253:                                              ; preds = %216
  br label %254, !dbg !264

254:                                              ; preds = %253
  %255 = load i32, ptr %18, align 4, !dbg !265, !tbaa !9
  %256 = add nsw i32 %255, 1, !dbg !266
  store i32 %256, ptr %18, align 4, !dbg !267, !tbaa !9
  br label %208, !dbg !223, !llvm.loop !268

257:                                              ; preds = %211
  %258 = getelementptr inbounds [16 x [16 x float]], ptr %15, i64 0, i64 3, !dbg !269
  %259 = getelementptr inbounds [16 x float], ptr %258, i64 0, i64 7, !dbg !269
  %260 = load float, ptr %259, align 4, !dbg !269, !tbaa !205
  %261 = fpext float %260 to double, !dbg !270
  %262 = getelementptr inbounds [16 x [16 x float]], ptr %15, i64 0, i64 15, !dbg !271
  %263 = getelementptr inbounds [16 x float], ptr %262, i64 0, i64 15, !dbg !271
  %264 = load float, ptr %263, align 4, !dbg !271, !tbaa !205
  %265 = fpext float %264 to double, !dbg !272
  %266 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %261, double noundef %265), !dbg !273
  store i32 0, ptr %1, align 4, !dbg !274
  store i32 1, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #4, !dbg !275
  call void @llvm.lifetime.end.p0(ptr %14) #4, !dbg !275
  call void @llvm.lifetime.end.p0(ptr %10) #4, !dbg !275
  call void @llvm.lifetime.end.p0(ptr %9) #4, !dbg !275
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !275
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !275
  %267 = load i32, ptr %1, align 4, !dbg !276
  ret i32 %267, !dbg !277
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal void @mm_naive() #0 !dbg !278 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr %1) #4, !dbg !279
  store i32 0, ptr %1, align 4, !dbg !280, !tbaa !9
  br label %6, !dbg !279

6:                                                ; preds = %52, %0
  %7 = load i32, ptr %1, align 4, !dbg !281, !tbaa !9
  %8 = icmp slt i32 %7, 48, !dbg !282
  br i1 %8, label %10, label %9, !dbg !283

9:                                                ; preds = %6
  store i32 2, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %1) #4, !dbg !284
  br label %55

10:                                               ; preds = %6
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !285
  store i32 0, ptr %3, align 4, !dbg !286, !tbaa !9
  br label %11, !dbg !285

11:                                               ; preds = %48, %10
  %12 = load i32, ptr %3, align 4, !dbg !287, !tbaa !9
  %13 = icmp slt i32 %12, 48, !dbg !288
  br i1 %13, label %15, label %14, !dbg !289

14:                                               ; preds = %11
  store i32 5, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !290
  br label %51

15:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !291
  store double 0.000000e+00, ptr %4, align 8, !dbg !292, !tbaa !42
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !293
  store i32 0, ptr %5, align 4, !dbg !294, !tbaa !9
  br label %16, !dbg !293

16:                                               ; preds = %37, %15
  %17 = load i32, ptr %5, align 4, !dbg !295, !tbaa !9
  %18 = icmp slt i32 %17, 48, !dbg !296
  br i1 %18, label %20, label %19, !dbg !297

19:                                               ; preds = %16
  store i32 8, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !298
  br label %40

20:                                               ; preds = %16
  %21 = load i32, ptr %1, align 4, !dbg !299, !tbaa !9
  %22 = sext i32 %21 to i64, !dbg !300
  %23 = getelementptr inbounds [48 x [48 x double]], ptr @A, i64 0, i64 %22, !dbg !300
  %24 = load i32, ptr %5, align 4, !dbg !301, !tbaa !9
  %25 = sext i32 %24 to i64, !dbg !300
  %26 = getelementptr inbounds [48 x double], ptr %23, i64 0, i64 %25, !dbg !300
  %27 = load double, ptr %26, align 8, !dbg !300, !tbaa !42
  %28 = load i32, ptr %5, align 4, !dbg !302, !tbaa !9
  %29 = sext i32 %28 to i64, !dbg !303
  %30 = getelementptr inbounds [48 x [48 x double]], ptr @B, i64 0, i64 %29, !dbg !303
  %31 = load i32, ptr %3, align 4, !dbg !304, !tbaa !9
  %32 = sext i32 %31 to i64, !dbg !303
  %33 = getelementptr inbounds [48 x double], ptr %30, i64 0, i64 %32, !dbg !303
  %34 = load double, ptr %33, align 8, !dbg !303, !tbaa !42
  %35 = load double, ptr %4, align 8, !dbg !305, !tbaa !42
  %36 = call double @llvm.fmuladd.f64(double %27, double %34, double %35), !dbg !306
  store double %36, ptr %4, align 8, !dbg !307, !tbaa !42
  br label %37, !dbg !308

37:                                               ; preds = %20
  %38 = load i32, ptr %5, align 4, !dbg !309, !tbaa !9
  %39 = add nsw i32 %38, 1, !dbg !310
  store i32 %39, ptr %5, align 4, !dbg !311, !tbaa !9
  br label %16, !dbg !298, !llvm.loop !312

40:                                               ; preds = %19
  %41 = load double, ptr %4, align 8, !dbg !314, !tbaa !42
  %42 = load i32, ptr %1, align 4, !dbg !315, !tbaa !9
  %43 = sext i32 %42 to i64, !dbg !316
  %44 = getelementptr inbounds [48 x [48 x double]], ptr @C, i64 0, i64 %43, !dbg !316
  %45 = load i32, ptr %3, align 4, !dbg !317, !tbaa !9
  %46 = sext i32 %45 to i64, !dbg !316
  %47 = getelementptr inbounds [48 x double], ptr %44, i64 0, i64 %46, !dbg !316
  store double %41, ptr %47, align 8, !dbg !318, !tbaa !42
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !319
  br label %48, !dbg !320

48:                                               ; preds = %40
  %49 = load i32, ptr %3, align 4, !dbg !321, !tbaa !9
  %50 = add nsw i32 %49, 1, !dbg !322
  store i32 %50, ptr %3, align 4, !dbg !323, !tbaa !9
  br label %11, !dbg !290, !llvm.loop !324

51:                                               ; preds = %14
  br label %52, !dbg !325

52:                                               ; preds = %51
  %53 = load i32, ptr %1, align 4, !dbg !326, !tbaa !9
  %54 = add nsw i32 %53, 1, !dbg !327
  store i32 %54, ptr %1, align 4, !dbg !328, !tbaa !9
  br label %6, !dbg !284, !llvm.loop !329

55:                                               ; preds = %9
  ret void, !dbg !330
}

; Function Attrs: nounwind uwtable
define internal void @mm_blocked() #0 !dbg !331 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr %1) #4, !dbg !332
  store i32 0, ptr %1, align 4, !dbg !333, !tbaa !9
  br label %11, !dbg !332

11:                                               ; preds = %31, %0
  %12 = load i32, ptr %1, align 4, !dbg !334, !tbaa !9
  %13 = icmp slt i32 %12, 48, !dbg !335
  br i1 %13, label %15, label %14, !dbg !336

14:                                               ; preds = %11
  store i32 2, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %1) #4, !dbg !337
  br label %34

15:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !338
  store i32 0, ptr %3, align 4, !dbg !339, !tbaa !9
  br label %16, !dbg !338

16:                                               ; preds = %27, %15
  %17 = load i32, ptr %3, align 4, !dbg !340, !tbaa !9
  %18 = icmp slt i32 %17, 48, !dbg !341
  br i1 %18, label %20, label %19, !dbg !342

19:                                               ; preds = %16
  store i32 5, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !343
  br label %30

20:                                               ; preds = %16
  %21 = load i32, ptr %1, align 4, !dbg !344, !tbaa !9
  %22 = sext i32 %21 to i64, !dbg !345
  %23 = getelementptr inbounds [48 x [48 x double]], ptr @D, i64 0, i64 %22, !dbg !345
  %24 = load i32, ptr %3, align 4, !dbg !346, !tbaa !9
  %25 = sext i32 %24 to i64, !dbg !345
  %26 = getelementptr inbounds [48 x double], ptr %23, i64 0, i64 %25, !dbg !345
  store double 0.000000e+00, ptr %26, align 8, !dbg !347, !tbaa !42
  br label %27, !dbg !348

27:                                               ; preds = %20
  %28 = load i32, ptr %3, align 4, !dbg !349, !tbaa !9
  %29 = add nsw i32 %28, 1, !dbg !350
  store i32 %29, ptr %3, align 4, !dbg !351, !tbaa !9
  br label %16, !dbg !343, !llvm.loop !352

30:                                               ; preds = %19
  br label %31, !dbg !354

31:                                               ; preds = %30
  %32 = load i32, ptr %1, align 4, !dbg !355, !tbaa !9
  %33 = add nsw i32 %32, 1, !dbg !356
  store i32 %33, ptr %1, align 4, !dbg !357, !tbaa !9
  br label %11, !dbg !337, !llvm.loop !358

34:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !359
  store i32 0, ptr %4, align 4, !dbg !360, !tbaa !9
  br label %35, !dbg !359

35:                                               ; preds = %117, %34
  %36 = load i32, ptr %4, align 4, !dbg !361, !tbaa !9
  %37 = icmp slt i32 %36, 48, !dbg !362
  br i1 %37, label %39, label %38, !dbg !363

38:                                               ; preds = %35
  store i32 8, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !364
  br label %120

39:                                               ; preds = %35
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !365
  store i32 0, ptr %5, align 4, !dbg !366, !tbaa !9
  br label %40, !dbg !365

40:                                               ; preds = %113, %39
  %41 = load i32, ptr %5, align 4, !dbg !367, !tbaa !9
  %42 = icmp slt i32 %41, 48, !dbg !368
  br i1 %42, label %44, label %43, !dbg !369

43:                                               ; preds = %40
  store i32 11, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !370
  br label %116

44:                                               ; preds = %40
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !371
  store i32 0, ptr %6, align 4, !dbg !372, !tbaa !9
  br label %45, !dbg !371

45:                                               ; preds = %109, %44
  %46 = load i32, ptr %6, align 4, !dbg !373, !tbaa !9
  %47 = icmp slt i32 %46, 48, !dbg !374
  br i1 %47, label %49, label %48, !dbg !375

48:                                               ; preds = %45
  store i32 14, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !376
  br label %112

49:                                               ; preds = %45
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !377
  %50 = load i32, ptr %4, align 4, !dbg !378, !tbaa !9
  store i32 %50, ptr %7, align 4, !dbg !379, !tbaa !9
  br label %51, !dbg !377

51:                                               ; preds = %105, %49
  %52 = load i32, ptr %7, align 4, !dbg !380, !tbaa !9
  %53 = load i32, ptr %4, align 4, !dbg !381, !tbaa !9
  %54 = add nsw i32 %53, 16, !dbg !382
  %55 = icmp slt i32 %52, %54, !dbg !383
  br i1 %55, label %57, label %56, !dbg !384

56:                                               ; preds = %51
  store i32 17, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !385
  br label %108

57:                                               ; preds = %51
  call void @llvm.lifetime.start.p0(ptr %8) #4, !dbg !386
  %58 = load i32, ptr %5, align 4, !dbg !387, !tbaa !9
  store i32 %58, ptr %8, align 4, !dbg !388, !tbaa !9
  br label %59, !dbg !386

59:                                               ; preds = %101, %57
  %60 = load i32, ptr %8, align 4, !dbg !389, !tbaa !9
  %61 = load i32, ptr %5, align 4, !dbg !390, !tbaa !9
  %62 = add nsw i32 %61, 16, !dbg !391
  %63 = icmp slt i32 %60, %62, !dbg !392
  br i1 %63, label %65, label %64, !dbg !393

64:                                               ; preds = %59
  store i32 20, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #4, !dbg !394
  br label %104

65:                                               ; preds = %59
  call void @llvm.lifetime.start.p0(ptr %9) #4, !dbg !395
  %66 = load i32, ptr %7, align 4, !dbg !396, !tbaa !9
  %67 = sext i32 %66 to i64, !dbg !397
  %68 = getelementptr inbounds [48 x [48 x double]], ptr @A, i64 0, i64 %67, !dbg !397
  %69 = load i32, ptr %8, align 4, !dbg !398, !tbaa !9
  %70 = sext i32 %69 to i64, !dbg !397
  %71 = getelementptr inbounds [48 x double], ptr %68, i64 0, i64 %70, !dbg !397
  %72 = load double, ptr %71, align 8, !dbg !399, !tbaa !42
  store double %72, ptr %9, align 8, !dbg !400, !tbaa !42
  call void @llvm.lifetime.start.p0(ptr %10) #4, !dbg !401
  %73 = load i32, ptr %6, align 4, !dbg !402, !tbaa !9
  store i32 %73, ptr %10, align 4, !dbg !403, !tbaa !9
  br label %74, !dbg !401

74:                                               ; preds = %97, %65
  %75 = load i32, ptr %10, align 4, !dbg !404, !tbaa !9
  %76 = load i32, ptr %6, align 4, !dbg !405, !tbaa !9
  %77 = add nsw i32 %76, 16, !dbg !406
  %78 = icmp slt i32 %75, %77, !dbg !407
  br i1 %78, label %80, label %79, !dbg !408

79:                                               ; preds = %74
  store i32 23, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #4, !dbg !409
  br label %100

80:                                               ; preds = %74
  %81 = load double, ptr %9, align 8, !dbg !410, !tbaa !42
  %82 = load i32, ptr %8, align 4, !dbg !411, !tbaa !9
  %83 = sext i32 %82 to i64, !dbg !412
  %84 = getelementptr inbounds [48 x [48 x double]], ptr @B, i64 0, i64 %83, !dbg !412
  %85 = load i32, ptr %10, align 4, !dbg !413, !tbaa !9
  %86 = sext i32 %85 to i64, !dbg !412
  %87 = getelementptr inbounds [48 x double], ptr %84, i64 0, i64 %86, !dbg !412
  %88 = load double, ptr %87, align 8, !dbg !412, !tbaa !42
  %89 = load i32, ptr %7, align 4, !dbg !414, !tbaa !9
  %90 = sext i32 %89 to i64, !dbg !415
  %91 = getelementptr inbounds [48 x [48 x double]], ptr @D, i64 0, i64 %90, !dbg !415
  %92 = load i32, ptr %10, align 4, !dbg !416, !tbaa !9
  %93 = sext i32 %92 to i64, !dbg !415
  %94 = getelementptr inbounds [48 x double], ptr %91, i64 0, i64 %93, !dbg !415
  %95 = load double, ptr %94, align 8, !dbg !417, !tbaa !42
  %96 = call double @llvm.fmuladd.f64(double %81, double %88, double %95), !dbg !418
  store double %96, ptr %94, align 8, !dbg !419, !tbaa !42
  br label %97, !dbg !420

97:                                               ; preds = %80
  %98 = load i32, ptr %10, align 4, !dbg !421, !tbaa !9
  %99 = add nsw i32 %98, 1, !dbg !422
  store i32 %99, ptr %10, align 4, !dbg !423, !tbaa !9
  br label %74, !dbg !409, !llvm.loop !424

100:                                              ; preds = %79
  call void @llvm.lifetime.end.p0(ptr %9) #4, !dbg !426
  br label %101, !dbg !427

101:                                              ; preds = %100
  %102 = load i32, ptr %8, align 4, !dbg !428, !tbaa !9
  %103 = add nsw i32 %102, 1, !dbg !429
  store i32 %103, ptr %8, align 4, !dbg !430, !tbaa !9
  br label %59, !dbg !394, !llvm.loop !431

104:                                              ; preds = %64
  br label %105, !dbg !432

105:                                              ; preds = %104
  %106 = load i32, ptr %7, align 4, !dbg !433, !tbaa !9
  %107 = add nsw i32 %106, 1, !dbg !434
  store i32 %107, ptr %7, align 4, !dbg !435, !tbaa !9
  br label %51, !dbg !385, !llvm.loop !436

108:                                              ; preds = %56
  br label %109, !dbg !437

109:                                              ; preds = %108
  %110 = load i32, ptr %6, align 4, !dbg !438, !tbaa !9
  %111 = add nsw i32 %110, 16, !dbg !439
  store i32 %111, ptr %6, align 4, !dbg !440, !tbaa !9
  br label %45, !dbg !376, !llvm.loop !441

112:                                              ; preds = %48
  br label %113, !dbg !442

113:                                              ; preds = %112
  %114 = load i32, ptr %5, align 4, !dbg !443, !tbaa !9
  %115 = add nsw i32 %114, 16, !dbg !444
  store i32 %115, ptr %5, align 4, !dbg !445, !tbaa !9
  br label %40, !dbg !370, !llvm.loop !446

116:                                              ; preds = %43
  br label %117, !dbg !447

117:                                              ; preds = %116
  %118 = load i32, ptr %4, align 4, !dbg !448, !tbaa !9
  %119 = add nsw i32 %118, 16, !dbg !449
  store i32 %119, ptr %4, align 4, !dbg !450, !tbaa !9
  br label %35, !dbg !364, !llvm.loop !451

120:                                              ; preds = %38
  ret void, !dbg !452
}

declare !dbg !453 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind uwtable
define internal void @lu_solve(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 !dbg !455 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca double, align 8
  %13 = alloca double, align 8
  %14 = alloca i32, align 4
  %15 = alloca double, align 8
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca double, align 8
  %19 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !456
  store ptr %2, ptr %6, align 8, !tbaa !456
  %20 = load i32, ptr %4, align 4, !dbg !459, !tbaa !9
  %21 = zext i32 %20 to i64
  %22 = load i32, ptr %4, align 4, !dbg !460, !tbaa !9
  %23 = zext i32 %22 to i64
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !461
  store i32 0, ptr %7, align 4, !dbg !462, !tbaa !9
  br label %24, !dbg !461

24:                                               ; preds = %253, %3
  %25 = load i32, ptr %7, align 4, !dbg !463, !tbaa !9
  %26 = load i32, ptr %4, align 4, !dbg !464, !tbaa !9
  %27 = icmp slt i32 %25, %26, !dbg !465
  br i1 %27, label %29, label %28, !dbg !466

28:                                               ; preds = %24
  store i32 2, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !467
  br label %256

29:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %9) #4, !dbg !468
  %30 = load i32, ptr %7, align 4, !dbg !469, !tbaa !9
  store i32 %30, ptr %9, align 4, !dbg !470, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #4, !dbg !471
  %31 = load i32, ptr %7, align 4, !dbg !472, !tbaa !9
  %32 = add nsw i32 %31, 1, !dbg !473
  store i32 %32, ptr %10, align 4, !dbg !474, !tbaa !9
  br label %33, !dbg !471

33:                                               ; preds = %109, %29
  %34 = load i32, ptr %10, align 4, !dbg !475, !tbaa !9
  %35 = load i32, ptr %4, align 4, !dbg !476, !tbaa !9
  %36 = icmp slt i32 %34, %35, !dbg !477
  br i1 %36, label %38, label %37, !dbg !478

37:                                               ; preds = %33
  store i32 5, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #4, !dbg !479
  br label %112

38:                                               ; preds = %33
  %39 = load ptr, ptr %5, align 8, !dbg !480, !tbaa !456
  %40 = load i32, ptr %10, align 4, !dbg !481, !tbaa !9
  %41 = sext i32 %40 to i64, !dbg !480
  %42 = mul nsw i64 %41, %23, !dbg !480
  %43 = getelementptr inbounds double, ptr %39, i64 %42, !dbg !480
  %44 = load i32, ptr %7, align 4, !dbg !482, !tbaa !9
  %45 = sext i32 %44 to i64, !dbg !480
  %46 = getelementptr inbounds double, ptr %43, i64 %45, !dbg !480
  %47 = load double, ptr %46, align 8, !dbg !480, !tbaa !42
  %48 = fcmp olt double %47, 0.000000e+00, !dbg !483
  br i1 %48, label %49, label %60, !dbg !484

49:                                               ; preds = %38
  %50 = load ptr, ptr %5, align 8, !dbg !485, !tbaa !456
  %51 = load i32, ptr %10, align 4, !dbg !486, !tbaa !9
  %52 = sext i32 %51 to i64, !dbg !485
  %53 = mul nsw i64 %52, %23, !dbg !485
  %54 = getelementptr inbounds double, ptr %50, i64 %53, !dbg !485
  %55 = load i32, ptr %7, align 4, !dbg !487, !tbaa !9
  %56 = sext i32 %55 to i64, !dbg !485
  %57 = getelementptr inbounds double, ptr %54, i64 %56, !dbg !485
  %58 = load double, ptr %57, align 8, !dbg !485, !tbaa !42
  %59 = fneg double %58, !dbg !488
  br label %70, !dbg !480

60:                                               ; preds = %38
  %61 = load ptr, ptr %5, align 8, !dbg !489, !tbaa !456
  %62 = load i32, ptr %10, align 4, !dbg !490, !tbaa !9
  %63 = sext i32 %62 to i64, !dbg !489
  %64 = mul nsw i64 %63, %23, !dbg !489
  %65 = getelementptr inbounds double, ptr %61, i64 %64, !dbg !489
  %66 = load i32, ptr %7, align 4, !dbg !491, !tbaa !9
  %67 = sext i32 %66 to i64, !dbg !489
  %68 = getelementptr inbounds double, ptr %65, i64 %67, !dbg !489
  %69 = load double, ptr %68, align 8, !dbg !489, !tbaa !42
  br label %70, !dbg !480

70:                                               ; preds = %60, %49
  %71 = phi double [ %59, %49 ], [ %69, %60 ], !dbg !480
  %72 = load ptr, ptr %5, align 8, !dbg !492, !tbaa !456
  %73 = load i32, ptr %9, align 4, !dbg !493, !tbaa !9
  %74 = sext i32 %73 to i64, !dbg !492
  %75 = mul nsw i64 %74, %23, !dbg !492
  %76 = getelementptr inbounds double, ptr %72, i64 %75, !dbg !492
  %77 = load i32, ptr %7, align 4, !dbg !494, !tbaa !9
  %78 = sext i32 %77 to i64, !dbg !492
  %79 = getelementptr inbounds double, ptr %76, i64 %78, !dbg !492
  %80 = load double, ptr %79, align 8, !dbg !492, !tbaa !42
  %81 = fcmp olt double %80, 0.000000e+00, !dbg !495
  br i1 %81, label %82, label %93, !dbg !496

82:                                               ; preds = %70
  %83 = load ptr, ptr %5, align 8, !dbg !497, !tbaa !456
  %84 = load i32, ptr %9, align 4, !dbg !498, !tbaa !9
  %85 = sext i32 %84 to i64, !dbg !497
  %86 = mul nsw i64 %85, %23, !dbg !497
  %87 = getelementptr inbounds double, ptr %83, i64 %86, !dbg !497
  %88 = load i32, ptr %7, align 4, !dbg !499, !tbaa !9
  %89 = sext i32 %88 to i64, !dbg !497
  %90 = getelementptr inbounds double, ptr %87, i64 %89, !dbg !497
  %91 = load double, ptr %90, align 8, !dbg !497, !tbaa !42
  %92 = fneg double %91, !dbg !500
  br label %103, !dbg !492

93:                                               ; preds = %70
  %94 = load ptr, ptr %5, align 8, !dbg !501, !tbaa !456
  %95 = load i32, ptr %9, align 4, !dbg !502, !tbaa !9
  %96 = sext i32 %95 to i64, !dbg !501
  %97 = mul nsw i64 %96, %23, !dbg !501
  %98 = getelementptr inbounds double, ptr %94, i64 %97, !dbg !501
  %99 = load i32, ptr %7, align 4, !dbg !503, !tbaa !9
  %100 = sext i32 %99 to i64, !dbg !501
  %101 = getelementptr inbounds double, ptr %98, i64 %100, !dbg !501
  %102 = load double, ptr %101, align 8, !dbg !501, !tbaa !42
  br label %103, !dbg !492

103:                                              ; preds = %93, %82
  %104 = phi double [ %92, %82 ], [ %102, %93 ], !dbg !492
  %105 = fcmp ogt double %71, %104, !dbg !504
  br i1 %105, label %106, label %108, !dbg !505

106:                                              ; preds = %103
  %107 = load i32, ptr %10, align 4, !dbg !506, !tbaa !9
  store i32 %107, ptr %9, align 4, !dbg !507, !tbaa !9
  br label %108, !dbg !508

108:                                              ; preds = %106, %103
  br label %109, !dbg !509

109:                                              ; preds = %108
  %110 = load i32, ptr %10, align 4, !dbg !510, !tbaa !9
  %111 = add nsw i32 %110, 1, !dbg !511
  store i32 %111, ptr %10, align 4, !dbg !512, !tbaa !9
  br label %33, !dbg !479, !llvm.loop !513

112:                                              ; preds = %37
  call void @llvm.lifetime.start.p0(ptr %11) #4, !dbg !515
  store i32 0, ptr %11, align 4, !dbg !516, !tbaa !9
  br label %113, !dbg !515

113:                                              ; preds = %154, %112
  %114 = load i32, ptr %11, align 4, !dbg !517, !tbaa !9
  %115 = load i32, ptr %4, align 4, !dbg !518, !tbaa !9
  %116 = icmp slt i32 %114, %115, !dbg !519
  br i1 %116, label %118, label %117, !dbg !520

117:                                              ; preds = %113
  store i32 8, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #4, !dbg !521
  br label %157

118:                                              ; preds = %113
  call void @llvm.lifetime.start.p0(ptr %12) #4, !dbg !522
  %119 = load ptr, ptr %5, align 8, !dbg !523, !tbaa !456
  %120 = load i32, ptr %7, align 4, !dbg !524, !tbaa !9
  %121 = sext i32 %120 to i64, !dbg !523
  %122 = mul nsw i64 %121, %23, !dbg !523
  %123 = getelementptr inbounds double, ptr %119, i64 %122, !dbg !523
  %124 = load i32, ptr %11, align 4, !dbg !525, !tbaa !9
  %125 = sext i32 %124 to i64, !dbg !523
  %126 = getelementptr inbounds double, ptr %123, i64 %125, !dbg !523
  %127 = load double, ptr %126, align 8, !dbg !526, !tbaa !42
  store double %127, ptr %12, align 8, !dbg !527, !tbaa !42
  %128 = load ptr, ptr %5, align 8, !dbg !528, !tbaa !456
  %129 = load i32, ptr %9, align 4, !dbg !529, !tbaa !9
  %130 = sext i32 %129 to i64, !dbg !528
  %131 = mul nsw i64 %130, %23, !dbg !528
  %132 = getelementptr inbounds double, ptr %128, i64 %131, !dbg !528
  %133 = load i32, ptr %11, align 4, !dbg !530, !tbaa !9
  %134 = sext i32 %133 to i64, !dbg !528
  %135 = getelementptr inbounds double, ptr %132, i64 %134, !dbg !528
  %136 = load double, ptr %135, align 8, !dbg !531, !tbaa !42
  %137 = load ptr, ptr %5, align 8, !dbg !532, !tbaa !456
  %138 = load i32, ptr %7, align 4, !dbg !533, !tbaa !9
  %139 = sext i32 %138 to i64, !dbg !532
  %140 = mul nsw i64 %139, %23, !dbg !532
  %141 = getelementptr inbounds double, ptr %137, i64 %140, !dbg !532
  %142 = load i32, ptr %11, align 4, !dbg !534, !tbaa !9
  %143 = sext i32 %142 to i64, !dbg !532
  %144 = getelementptr inbounds double, ptr %141, i64 %143, !dbg !532
  store double %136, ptr %144, align 8, !dbg !535, !tbaa !42
  %145 = load double, ptr %12, align 8, !dbg !536, !tbaa !42
  %146 = load ptr, ptr %5, align 8, !dbg !537, !tbaa !456
  %147 = load i32, ptr %9, align 4, !dbg !538, !tbaa !9
  %148 = sext i32 %147 to i64, !dbg !537
  %149 = mul nsw i64 %148, %23, !dbg !537
  %150 = getelementptr inbounds double, ptr %146, i64 %149, !dbg !537
  %151 = load i32, ptr %11, align 4, !dbg !539, !tbaa !9
  %152 = sext i32 %151 to i64, !dbg !537
  %153 = getelementptr inbounds double, ptr %150, i64 %152, !dbg !537
  store double %145, ptr %153, align 8, !dbg !540, !tbaa !42
  call void @llvm.lifetime.end.p0(ptr %12) #4, !dbg !541
  br label %154, !dbg !542

154:                                              ; preds = %118
  %155 = load i32, ptr %11, align 4, !dbg !543, !tbaa !9
  %156 = add nsw i32 %155, 1, !dbg !544
  store i32 %156, ptr %11, align 4, !dbg !545, !tbaa !9
  br label %113, !dbg !521, !llvm.loop !546

157:                                              ; preds = %117
  call void @llvm.lifetime.start.p0(ptr %13) #4, !dbg !547
  %158 = load ptr, ptr %6, align 8, !dbg !548, !tbaa !456
  %159 = load i32, ptr %7, align 4, !dbg !549, !tbaa !9
  %160 = sext i32 %159 to i64, !dbg !548
  %161 = getelementptr inbounds double, ptr %158, i64 %160, !dbg !548
  %162 = load double, ptr %161, align 8, !dbg !550, !tbaa !42
  store double %162, ptr %13, align 8, !dbg !551, !tbaa !42
  %163 = load ptr, ptr %6, align 8, !dbg !552, !tbaa !456
  %164 = load i32, ptr %9, align 4, !dbg !553, !tbaa !9
  %165 = sext i32 %164 to i64, !dbg !552
  %166 = getelementptr inbounds double, ptr %163, i64 %165, !dbg !552
  %167 = load double, ptr %166, align 8, !dbg !554, !tbaa !42
  %168 = load ptr, ptr %6, align 8, !dbg !555, !tbaa !456
  %169 = load i32, ptr %7, align 4, !dbg !556, !tbaa !9
  %170 = sext i32 %169 to i64, !dbg !555
  %171 = getelementptr inbounds double, ptr %168, i64 %170, !dbg !555
  store double %167, ptr %171, align 8, !dbg !557, !tbaa !42
  %172 = load double, ptr %13, align 8, !dbg !558, !tbaa !42
  %173 = load ptr, ptr %6, align 8, !dbg !559, !tbaa !456
  %174 = load i32, ptr %9, align 4, !dbg !560, !tbaa !9
  %175 = sext i32 %174 to i64, !dbg !559
  %176 = getelementptr inbounds double, ptr %173, i64 %175, !dbg !559
  store double %172, ptr %176, align 8, !dbg !561, !tbaa !42
  call void @llvm.lifetime.start.p0(ptr %14) #4, !dbg !562
  %177 = load i32, ptr %7, align 4, !dbg !563, !tbaa !9
  %178 = add nsw i32 %177, 1, !dbg !564
  store i32 %178, ptr %14, align 4, !dbg !565, !tbaa !9
  br label %179, !dbg !562

179:                                              ; preds = %249, %157
  %180 = load i32, ptr %14, align 4, !dbg !566, !tbaa !9
  %181 = load i32, ptr %4, align 4, !dbg !567, !tbaa !9
  %182 = icmp slt i32 %180, %181, !dbg !568
  br i1 %182, label %184, label %183, !dbg !569

183:                                              ; preds = %179
  store i32 11, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #4, !dbg !570
  br label %252

184:                                              ; preds = %179
  call void @llvm.lifetime.start.p0(ptr %15) #4, !dbg !571
  %185 = load ptr, ptr %5, align 8, !dbg !572, !tbaa !456
  %186 = load i32, ptr %14, align 4, !dbg !573, !tbaa !9
  %187 = sext i32 %186 to i64, !dbg !572
  %188 = mul nsw i64 %187, %23, !dbg !572
  %189 = getelementptr inbounds double, ptr %185, i64 %188, !dbg !572
  %190 = load i32, ptr %7, align 4, !dbg !574, !tbaa !9
  %191 = sext i32 %190 to i64, !dbg !572
  %192 = getelementptr inbounds double, ptr %189, i64 %191, !dbg !572
  %193 = load double, ptr %192, align 8, !dbg !572, !tbaa !42
  %194 = load ptr, ptr %5, align 8, !dbg !575, !tbaa !456
  %195 = load i32, ptr %7, align 4, !dbg !576, !tbaa !9
  %196 = sext i32 %195 to i64, !dbg !575
  %197 = mul nsw i64 %196, %23, !dbg !575
  %198 = getelementptr inbounds double, ptr %194, i64 %197, !dbg !575
  %199 = load i32, ptr %7, align 4, !dbg !577, !tbaa !9
  %200 = sext i32 %199 to i64, !dbg !575
  %201 = getelementptr inbounds double, ptr %198, i64 %200, !dbg !575
  %202 = load double, ptr %201, align 8, !dbg !575, !tbaa !42
  %203 = fdiv double %193, %202, !dbg !578
  store double %203, ptr %15, align 8, !dbg !579, !tbaa !42
  call void @llvm.lifetime.start.p0(ptr %16) #4, !dbg !580
  %204 = load i32, ptr %7, align 4, !dbg !581, !tbaa !9
  store i32 %204, ptr %16, align 4, !dbg !582, !tbaa !9
  br label %205, !dbg !580

205:                                              ; preds = %232, %184
  %206 = load i32, ptr %16, align 4, !dbg !583, !tbaa !9
  %207 = load i32, ptr %4, align 4, !dbg !584, !tbaa !9
  %208 = icmp slt i32 %206, %207, !dbg !585
  br i1 %208, label %210, label %209, !dbg !586

209:                                              ; preds = %205
  store i32 14, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #4, !dbg !587
  br label %235

210:                                              ; preds = %205
  %211 = load double, ptr %15, align 8, !dbg !588, !tbaa !42
  %212 = load ptr, ptr %5, align 8, !dbg !589, !tbaa !456
  %213 = load i32, ptr %7, align 4, !dbg !590, !tbaa !9
  %214 = sext i32 %213 to i64, !dbg !589
  %215 = mul nsw i64 %214, %23, !dbg !589
  %216 = getelementptr inbounds double, ptr %212, i64 %215, !dbg !589
  %217 = load i32, ptr %16, align 4, !dbg !591, !tbaa !9
  %218 = sext i32 %217 to i64, !dbg !589
  %219 = getelementptr inbounds double, ptr %216, i64 %218, !dbg !589
  %220 = load double, ptr %219, align 8, !dbg !589, !tbaa !42
  %221 = load ptr, ptr %5, align 8, !dbg !592, !tbaa !456
  %222 = load i32, ptr %14, align 4, !dbg !593, !tbaa !9
  %223 = sext i32 %222 to i64, !dbg !592
  %224 = mul nsw i64 %223, %23, !dbg !592
  %225 = getelementptr inbounds double, ptr %221, i64 %224, !dbg !592
  %226 = load i32, ptr %16, align 4, !dbg !594, !tbaa !9
  %227 = sext i32 %226 to i64, !dbg !592
  %228 = getelementptr inbounds double, ptr %225, i64 %227, !dbg !592
  %229 = load double, ptr %228, align 8, !dbg !595, !tbaa !42
  %230 = fneg double %211, !dbg !595
  %231 = call double @llvm.fmuladd.f64(double %230, double %220, double %229), !dbg !596
  store double %231, ptr %228, align 8, !dbg !597, !tbaa !42
  br label %232, !dbg !598

232:                                              ; preds = %210
  %233 = load i32, ptr %16, align 4, !dbg !599, !tbaa !9
  %234 = add nsw i32 %233, 1, !dbg !600
  store i32 %234, ptr %16, align 4, !dbg !601, !tbaa !9
  br label %205, !dbg !587, !llvm.loop !602

235:                                              ; preds = %209
  %236 = load double, ptr %15, align 8, !dbg !604, !tbaa !42
  %237 = load ptr, ptr %6, align 8, !dbg !605, !tbaa !456
  %238 = load i32, ptr %7, align 4, !dbg !606, !tbaa !9
  %239 = sext i32 %238 to i64, !dbg !605
  %240 = getelementptr inbounds double, ptr %237, i64 %239, !dbg !605
  %241 = load double, ptr %240, align 8, !dbg !605, !tbaa !42
  %242 = load ptr, ptr %6, align 8, !dbg !607, !tbaa !456
  %243 = load i32, ptr %14, align 4, !dbg !608, !tbaa !9
  %244 = sext i32 %243 to i64, !dbg !607
  %245 = getelementptr inbounds double, ptr %242, i64 %244, !dbg !607
  %246 = load double, ptr %245, align 8, !dbg !609, !tbaa !42
  %247 = fneg double %236, !dbg !609
  %248 = call double @llvm.fmuladd.f64(double %247, double %241, double %246), !dbg !610
  store double %248, ptr %245, align 8, !dbg !611, !tbaa !42
  call void @llvm.lifetime.end.p0(ptr %15) #4, !dbg !612
  br label %249, !dbg !613

249:                                              ; preds = %235
  %250 = load i32, ptr %14, align 4, !dbg !614, !tbaa !9
  %251 = add nsw i32 %250, 1, !dbg !615
  store i32 %251, ptr %14, align 4, !dbg !616, !tbaa !9
  br label %179, !dbg !570, !llvm.loop !617

252:                                              ; preds = %183
  call void @llvm.lifetime.end.p0(ptr %13) #4, !dbg !618
  call void @llvm.lifetime.end.p0(ptr %9) #4, !dbg !618
  br label %253, !dbg !619

253:                                              ; preds = %252
  %254 = load i32, ptr %7, align 4, !dbg !620, !tbaa !9
  %255 = add nsw i32 %254, 1, !dbg !621
  store i32 %255, ptr %7, align 4, !dbg !622, !tbaa !9
  br label %24, !dbg !467, !llvm.loop !623

256:                                              ; preds = %28
  call void @llvm.lifetime.start.p0(ptr %17) #4, !dbg !624
  %257 = load i32, ptr %4, align 4, !dbg !625, !tbaa !9
  %258 = sub nsw i32 %257, 1, !dbg !626
  store i32 %258, ptr %17, align 4, !dbg !627, !tbaa !9
  br label %259, !dbg !624

259:                                              ; preds = %313, %256
  %260 = load i32, ptr %17, align 4, !dbg !628, !tbaa !9
  %261 = icmp sge i32 %260, 0, !dbg !629
  br i1 %261, label %263, label %262, !dbg !630

262:                                              ; preds = %259
  store i32 17, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #4, !dbg !631
  br label %316

263:                                              ; preds = %259
  call void @llvm.lifetime.start.p0(ptr %18) #4, !dbg !632
  %264 = load ptr, ptr %6, align 8, !dbg !633, !tbaa !456
  %265 = load i32, ptr %17, align 4, !dbg !634, !tbaa !9
  %266 = sext i32 %265 to i64, !dbg !633
  %267 = getelementptr inbounds double, ptr %264, i64 %266, !dbg !633
  %268 = load double, ptr %267, align 8, !dbg !635, !tbaa !42
  store double %268, ptr %18, align 8, !dbg !636, !tbaa !42
  call void @llvm.lifetime.start.p0(ptr %19) #4, !dbg !637
  %269 = load i32, ptr %17, align 4, !dbg !638, !tbaa !9
  %270 = add nsw i32 %269, 1, !dbg !639
  store i32 %270, ptr %19, align 4, !dbg !640, !tbaa !9
  br label %271, !dbg !637

271:                                              ; preds = %294, %263
  %272 = load i32, ptr %19, align 4, !dbg !641, !tbaa !9
  %273 = load i32, ptr %4, align 4, !dbg !642, !tbaa !9
  %274 = icmp slt i32 %272, %273, !dbg !643
  br i1 %274, label %276, label %275, !dbg !644

275:                                              ; preds = %271
  store i32 20, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %19) #4, !dbg !645
  br label %297

276:                                              ; preds = %271
  %277 = load ptr, ptr %5, align 8, !dbg !646, !tbaa !456
  %278 = load i32, ptr %17, align 4, !dbg !647, !tbaa !9
  %279 = sext i32 %278 to i64, !dbg !646
  %280 = mul nsw i64 %279, %23, !dbg !646
  %281 = getelementptr inbounds double, ptr %277, i64 %280, !dbg !646
  %282 = load i32, ptr %19, align 4, !dbg !648, !tbaa !9
  %283 = sext i32 %282 to i64, !dbg !646
  %284 = getelementptr inbounds double, ptr %281, i64 %283, !dbg !646
  %285 = load double, ptr %284, align 8, !dbg !646, !tbaa !42
  %286 = load ptr, ptr %6, align 8, !dbg !649, !tbaa !456
  %287 = load i32, ptr %19, align 4, !dbg !650, !tbaa !9
  %288 = sext i32 %287 to i64, !dbg !649
  %289 = getelementptr inbounds double, ptr %286, i64 %288, !dbg !649
  %290 = load double, ptr %289, align 8, !dbg !649, !tbaa !42
  %291 = load double, ptr %18, align 8, !dbg !651, !tbaa !42
  %292 = fneg double %285, !dbg !651
  %293 = call double @llvm.fmuladd.f64(double %292, double %290, double %291), !dbg !652
  store double %293, ptr %18, align 8, !dbg !653, !tbaa !42
  br label %294, !dbg !654

294:                                              ; preds = %276
  %295 = load i32, ptr %19, align 4, !dbg !655, !tbaa !9
  %296 = add nsw i32 %295, 1, !dbg !656
  store i32 %296, ptr %19, align 4, !dbg !657, !tbaa !9
  br label %271, !dbg !645, !llvm.loop !658

297:                                              ; preds = %275
  %298 = load double, ptr %18, align 8, !dbg !660, !tbaa !42
  %299 = load ptr, ptr %5, align 8, !dbg !661, !tbaa !456
  %300 = load i32, ptr %17, align 4, !dbg !662, !tbaa !9
  %301 = sext i32 %300 to i64, !dbg !661
  %302 = mul nsw i64 %301, %23, !dbg !661
  %303 = getelementptr inbounds double, ptr %299, i64 %302, !dbg !661
  %304 = load i32, ptr %17, align 4, !dbg !663, !tbaa !9
  %305 = sext i32 %304 to i64, !dbg !661
  %306 = getelementptr inbounds double, ptr %303, i64 %305, !dbg !661
  %307 = load double, ptr %306, align 8, !dbg !661, !tbaa !42
  %308 = fdiv double %298, %307, !dbg !664
  %309 = load ptr, ptr %6, align 8, !dbg !665, !tbaa !456
  %310 = load i32, ptr %17, align 4, !dbg !666, !tbaa !9
  %311 = sext i32 %310 to i64, !dbg !665
  %312 = getelementptr inbounds double, ptr %309, i64 %311, !dbg !665
  store double %308, ptr %312, align 8, !dbg !667, !tbaa !42
  call void @llvm.lifetime.end.p0(ptr %18) #4, !dbg !668
  br label %313, !dbg !669

313:                                              ; preds = %297
  %314 = load i32, ptr %17, align 4, !dbg !670, !tbaa !9
  %315 = add nsw i32 %314, -1, !dbg !671
  store i32 %315, ptr %17, align 4, !dbg !672, !tbaa !9
  br label %259, !dbg !631, !llvm.loop !673

316:                                              ; preds = %262
  ret void, !dbg !674
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #3

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

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
!1 = !DIFile(filename: "matmul.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 23, type: !15, scopeLine: 23, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "matmul.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 24, column: 10, scope: !13)
!18 = !DILocation(line: 24, column: 14, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !DILocation(line: 24, column: 21, scope: !13)
!20 = !DILocation(line: 24, column: 23, scope: !13, atomGroup: 2, atomRank: 1)
!21 = !DILocation(line: 24, column: 5, scope: !13, atomGroup: 3, atomRank: 1)
!22 = !DILocation(line: 24, column: 5, scope: !13)
!23 = !DILocation(line: 24, column: 38, scope: !13)
!24 = !DILocation(line: 24, column: 42, scope: !13, atomGroup: 4, atomRank: 1)
!25 = !DILocation(line: 24, column: 49, scope: !13)
!26 = !DILocation(line: 24, column: 51, scope: !13, atomGroup: 5, atomRank: 1)
!27 = !DILocation(line: 24, column: 33, scope: !13, atomGroup: 6, atomRank: 1)
!28 = !DILocation(line: 24, column: 33, scope: !13)
!29 = !DILocation(line: 24, column: 83, scope: !13)
!30 = !DILocation(line: 24, column: 85, scope: !13)
!31 = !DILocation(line: 24, column: 92, scope: !13)
!32 = !DILocation(line: 24, column: 94, scope: !13)
!33 = !DILocation(line: 24, column: 90, scope: !13)
!34 = !DILocation(line: 24, column: 99, scope: !13)
!35 = !DILocation(line: 24, column: 73, scope: !13)
!36 = !DILocation(line: 24, column: 105, scope: !13)
!37 = !DILocation(line: 24, column: 111, scope: !13, atomGroup: 7, atomRank: 2)
!38 = !DILocation(line: 24, column: 65, scope: !13)
!39 = !DILocation(line: 24, column: 63, scope: !13)
!40 = !DILocation(line: 24, column: 68, scope: !13)
!41 = !DILocation(line: 24, column: 71, scope: !13, atomGroup: 7, atomRank: 1)
!42 = !{!43, !43, i64 0}
!43 = !{!"double", !11, i64 0}
!44 = !DILocation(line: 24, column: 138, scope: !13)
!45 = !DILocation(line: 24, column: 140, scope: !13)
!46 = !DILocation(line: 24, column: 146, scope: !13)
!47 = !DILocation(line: 24, column: 148, scope: !13)
!48 = !DILocation(line: 24, column: 144, scope: !13)
!49 = !DILocation(line: 24, column: 154, scope: !13)
!50 = !DILocation(line: 24, column: 128, scope: !13)
!51 = !DILocation(line: 24, column: 160, scope: !13, atomGroup: 8, atomRank: 2)
!52 = !DILocation(line: 24, column: 120, scope: !13)
!53 = !DILocation(line: 24, column: 118, scope: !13)
!54 = !DILocation(line: 24, column: 123, scope: !13)
!55 = !DILocation(line: 24, column: 126, scope: !13, atomGroup: 8, atomRank: 1)
!56 = !DILocation(line: 24, column: 167, scope: !13, atomGroup: 10, atomRank: 1)
!57 = !DILocation(line: 24, column: 57, scope: !13)
!58 = !DILocation(line: 24, column: 57, scope: !13, atomGroup: 9, atomRank: 2)
!59 = !DILocation(line: 24, column: 57, scope: !13, atomGroup: 9, atomRank: 1)
!60 = distinct !{!60, !28, !61, !62}
!61 = !DILocation(line: 24, column: 167, scope: !13)
!62 = !{!"llvm.loop.mustprogress"}
!63 = !DILocation(line: 24, column: 167, scope: !13, atomGroup: 12, atomRank: 1)
!64 = !DILocation(line: 24, column: 29, scope: !13)
!65 = !DILocation(line: 24, column: 29, scope: !13, atomGroup: 11, atomRank: 2)
!66 = !DILocation(line: 24, column: 29, scope: !13, atomGroup: 11, atomRank: 1)
!67 = distinct !{!67, !22, !61, !62}
!68 = !DILocation(line: 25, column: 5, scope: !13)
!69 = !DILocation(line: 25, column: 17, scope: !13)
!70 = !DILocation(line: 26, column: 5, scope: !13)
!71 = !DILocation(line: 26, column: 12, scope: !13, atomGroup: 13, atomRank: 1)
!72 = !DILocation(line: 26, column: 20, scope: !13, atomGroup: 14, atomRank: 1)
!73 = !DILocation(line: 27, column: 10, scope: !13)
!74 = !DILocation(line: 27, column: 14, scope: !13, atomGroup: 15, atomRank: 1)
!75 = !DILocation(line: 27, column: 21, scope: !13)
!76 = !DILocation(line: 27, column: 23, scope: !13, atomGroup: 16, atomRank: 1)
!77 = !DILocation(line: 27, column: 5, scope: !13, atomGroup: 17, atomRank: 1)
!78 = !DILocation(line: 27, column: 5, scope: !13)
!79 = !DILocation(line: 27, column: 43, scope: !13)
!80 = !DILocation(line: 27, column: 41, scope: !13)
!81 = !DILocation(line: 27, column: 46, scope: !13)
!82 = !DILocation(line: 27, column: 38, scope: !13)
!83 = !DILocation(line: 27, column: 38, scope: !13, atomGroup: 18, atomRank: 2)
!84 = !DILocation(line: 27, column: 38, scope: !13, atomGroup: 18, atomRank: 1)
!85 = !DILocation(line: 27, column: 55, scope: !13)
!86 = !DILocation(line: 27, column: 59, scope: !13, atomGroup: 19, atomRank: 1)
!87 = !DILocation(line: 27, column: 66, scope: !13)
!88 = !DILocation(line: 27, column: 68, scope: !13, atomGroup: 20, atomRank: 1)
!89 = !DILocation(line: 27, column: 50, scope: !13, atomGroup: 21, atomRank: 1)
!90 = !DILocation(line: 27, column: 50, scope: !13)
!91 = !DILocation(line: 27, column: 88, scope: !13)
!92 = !DILocation(line: 27, column: 86, scope: !13)
!93 = !DILocation(line: 27, column: 91, scope: !13)
!94 = !DILocation(line: 27, column: 98, scope: !13)
!95 = !DILocation(line: 27, column: 96, scope: !13)
!96 = !DILocation(line: 27, column: 101, scope: !13)
!97 = !DILocation(line: 27, column: 94, scope: !13)
!98 = !DILocation(line: 27, column: 83, scope: !13)
!99 = !DILocation(line: 27, column: 83, scope: !13, atomGroup: 22, atomRank: 2)
!100 = !DILocation(line: 27, column: 83, scope: !13, atomGroup: 22, atomRank: 1)
!101 = !DILocation(line: 27, column: 78, scope: !13, atomGroup: 24, atomRank: 1)
!102 = !DILocation(line: 27, column: 74, scope: !13)
!103 = !DILocation(line: 27, column: 74, scope: !13, atomGroup: 23, atomRank: 2)
!104 = !DILocation(line: 27, column: 74, scope: !13, atomGroup: 23, atomRank: 1)
!105 = distinct !{!105, !90, !106, !62}
!106 = !DILocation(line: 27, column: 102, scope: !13)
!107 = !DILocation(line: 27, column: 105, scope: !13, atomGroup: 26, atomRank: 1)
!108 = !DILocation(line: 27, column: 29, scope: !13)
!109 = !DILocation(line: 27, column: 29, scope: !13, atomGroup: 25, atomRank: 2)
!110 = !DILocation(line: 27, column: 29, scope: !13, atomGroup: 25, atomRank: 1)
!111 = distinct !{!111, !78, !112, !62}
!112 = !DILocation(line: 27, column: 105, scope: !13)
!113 = !DILocation(line: 28, column: 53, scope: !13)
!114 = !DILocation(line: 28, column: 57, scope: !13)
!115 = !DILocation(line: 28, column: 70, scope: !13)
!116 = !DILocation(line: 28, column: 5, scope: !13)
!117 = !DILocation(line: 29, column: 5, scope: !13)
!118 = !DILocation(line: 30, column: 10, scope: !13)
!119 = !DILocation(line: 30, column: 14, scope: !13, atomGroup: 27, atomRank: 1)
!120 = !DILocation(line: 30, column: 21, scope: !13)
!121 = !DILocation(line: 30, column: 23, scope: !13, atomGroup: 28, atomRank: 1)
!122 = !DILocation(line: 30, column: 5, scope: !13, atomGroup: 29, atomRank: 1)
!123 = !DILocation(line: 30, column: 5, scope: !13)
!124 = !DILocation(line: 30, column: 40, scope: !13)
!125 = !DILocation(line: 30, column: 44, scope: !13, atomGroup: 30, atomRank: 1)
!126 = !DILocation(line: 30, column: 51, scope: !13)
!127 = !DILocation(line: 30, column: 53, scope: !13, atomGroup: 31, atomRank: 1)
!128 = !DILocation(line: 30, column: 35, scope: !13, atomGroup: 32, atomRank: 1)
!129 = !DILocation(line: 30, column: 35, scope: !13)
!130 = !DILocation(line: 30, column: 80, scope: !13)
!131 = !DILocation(line: 30, column: 84, scope: !13)
!132 = !DILocation(line: 30, column: 82, scope: !13)
!133 = !DILocation(line: 30, column: 86, scope: !13)
!134 = !DILocation(line: 30, column: 79, scope: !13)
!135 = !DILocation(line: 30, column: 77, scope: !13)
!136 = !DILocation(line: 30, column: 94, scope: !13)
!137 = !DILocation(line: 30, column: 99, scope: !13)
!138 = !DILocation(line: 30, column: 96, scope: !13)
!139 = !DILocation(line: 30, column: 93, scope: !13)
!140 = !DILocation(line: 30, column: 91, scope: !13, atomGroup: 33, atomRank: 2)
!141 = !DILocation(line: 30, column: 65, scope: !13)
!142 = !DILocation(line: 30, column: 63, scope: !13)
!143 = !DILocation(line: 30, column: 68, scope: !13)
!144 = !DILocation(line: 30, column: 71, scope: !13, atomGroup: 33, atomRank: 1)
!145 = !DILocation(line: 30, column: 63, scope: !13, atomGroup: 35, atomRank: 1)
!146 = !DILocation(line: 30, column: 59, scope: !13)
!147 = !DILocation(line: 30, column: 59, scope: !13, atomGroup: 34, atomRank: 2)
!148 = !DILocation(line: 30, column: 59, scope: !13, atomGroup: 34, atomRank: 1)
!149 = distinct !{!149, !129, !150, !62}
!150 = !DILocation(line: 30, column: 100, scope: !13)
!151 = !DILocation(line: 30, column: 110, scope: !13)
!152 = !DILocation(line: 30, column: 112, scope: !13, atomGroup: 36, atomRank: 3)
!153 = !DILocation(line: 30, column: 110, scope: !13, atomGroup: 36, atomRank: 2)
!154 = !DILocation(line: 30, column: 105, scope: !13)
!155 = !DILocation(line: 30, column: 103, scope: !13)
!156 = !DILocation(line: 30, column: 108, scope: !13, atomGroup: 36, atomRank: 1)
!157 = !DILocation(line: 30, column: 117, scope: !13, atomGroup: 38, atomRank: 1)
!158 = !DILocation(line: 30, column: 29, scope: !13)
!159 = !DILocation(line: 30, column: 29, scope: !13, atomGroup: 37, atomRank: 2)
!160 = !DILocation(line: 30, column: 29, scope: !13, atomGroup: 37, atomRank: 1)
!161 = distinct !{!161, !123, !162, !62}
!162 = !DILocation(line: 30, column: 117, scope: !13)
!163 = !DILocation(line: 31, column: 17, scope: !13)
!164 = !DILocation(line: 31, column: 20, scope: !13)
!165 = !DILocation(line: 31, column: 5, scope: !13)
!166 = !DILocation(line: 32, column: 10, scope: !13)
!167 = !DILocation(line: 32, column: 14, scope: !13, atomGroup: 39, atomRank: 1)
!168 = !DILocation(line: 32, column: 21, scope: !13)
!169 = !DILocation(line: 32, column: 23, scope: !13, atomGroup: 40, atomRank: 1)
!170 = !DILocation(line: 32, column: 5, scope: !13, atomGroup: 41, atomRank: 1)
!171 = !DILocation(line: 32, column: 5, scope: !13)
!172 = !DILocation(line: 32, column: 53, scope: !13)
!173 = !DILocation(line: 32, column: 51, scope: !13)
!174 = !DILocation(line: 32, column: 57, scope: !13)
!175 = !DILocation(line: 32, column: 59, scope: !13)
!176 = !DILocation(line: 32, column: 33, scope: !13)
!177 = !DILocation(line: 32, column: 33, scope: !13, atomGroup: 43, atomRank: 1)
!178 = !DILocation(line: 32, column: 29, scope: !13)
!179 = !DILocation(line: 32, column: 29, scope: !13, atomGroup: 42, atomRank: 2)
!180 = !DILocation(line: 32, column: 29, scope: !13, atomGroup: 42, atomRank: 1)
!181 = distinct !{!181, !171, !182, !62}
!182 = !DILocation(line: 32, column: 76, scope: !13)
!183 = !DILocation(line: 33, column: 5, scope: !13)
!184 = !DILocation(line: 34, column: 10, scope: !13)
!185 = !DILocation(line: 34, column: 14, scope: !13, atomGroup: 44, atomRank: 1)
!186 = !DILocation(line: 34, column: 21, scope: !13)
!187 = !DILocation(line: 34, column: 23, scope: !13, atomGroup: 45, atomRank: 1)
!188 = !DILocation(line: 34, column: 5, scope: !13, atomGroup: 46, atomRank: 1)
!189 = !DILocation(line: 34, column: 5, scope: !13)
!190 = !DILocation(line: 34, column: 39, scope: !13)
!191 = !DILocation(line: 34, column: 43, scope: !13, atomGroup: 47, atomRank: 1)
!192 = !DILocation(line: 34, column: 50, scope: !13)
!193 = !DILocation(line: 34, column: 52, scope: !13, atomGroup: 48, atomRank: 1)
!194 = !DILocation(line: 34, column: 34, scope: !13, atomGroup: 49, atomRank: 1)
!195 = !DILocation(line: 34, column: 34, scope: !13)
!196 = !DILocation(line: 34, column: 82, scope: !13)
!197 = !DILocation(line: 34, column: 86, scope: !13)
!198 = !DILocation(line: 34, column: 84, scope: !13)
!199 = !DILocation(line: 34, column: 74, scope: !13)
!200 = !DILocation(line: 34, column: 89, scope: !13, atomGroup: 50, atomRank: 2)
!201 = !DILocation(line: 34, column: 66, scope: !13)
!202 = !DILocation(line: 34, column: 63, scope: !13)
!203 = !DILocation(line: 34, column: 69, scope: !13)
!204 = !DILocation(line: 34, column: 72, scope: !13, atomGroup: 50, atomRank: 1)
!205 = !{!206, !206, i64 0}
!206 = !{!"float", !11, i64 0}
!207 = !DILocation(line: 34, column: 63, scope: !13, atomGroup: 52, atomRank: 1)
!208 = !DILocation(line: 34, column: 59, scope: !13)
!209 = !DILocation(line: 34, column: 59, scope: !13, atomGroup: 51, atomRank: 2)
!210 = !DILocation(line: 34, column: 59, scope: !13, atomGroup: 51, atomRank: 1)
!211 = distinct !{!211, !195, !212, !62}
!212 = !DILocation(line: 34, column: 91, scope: !13)
!213 = !DILocation(line: 34, column: 91, scope: !13, atomGroup: 54, atomRank: 1)
!214 = !DILocation(line: 34, column: 30, scope: !13)
!215 = !DILocation(line: 34, column: 30, scope: !13, atomGroup: 53, atomRank: 2)
!216 = !DILocation(line: 34, column: 30, scope: !13, atomGroup: 53, atomRank: 1)
!217 = distinct !{!217, !189, !212, !62}
!218 = !DILocation(line: 35, column: 10, scope: !13)
!219 = !DILocation(line: 35, column: 14, scope: !13, atomGroup: 55, atomRank: 1)
!220 = !DILocation(line: 35, column: 21, scope: !13)
!221 = !DILocation(line: 35, column: 23, scope: !13, atomGroup: 56, atomRank: 1)
!222 = !DILocation(line: 35, column: 5, scope: !13, atomGroup: 57, atomRank: 1)
!223 = !DILocation(line: 35, column: 5, scope: !13)
!224 = !DILocation(line: 35, column: 39, scope: !13)
!225 = !DILocation(line: 35, column: 43, scope: !13, atomGroup: 58, atomRank: 1)
!226 = !DILocation(line: 35, column: 50, scope: !13)
!227 = !DILocation(line: 35, column: 52, scope: !13, atomGroup: 59, atomRank: 1)
!228 = !DILocation(line: 35, column: 34, scope: !13, atomGroup: 60, atomRank: 1)
!229 = !DILocation(line: 35, column: 34, scope: !13)
!230 = !DILocation(line: 35, column: 65, scope: !13)
!231 = !DILocation(line: 35, column: 71, scope: !13, atomGroup: 61, atomRank: 1)
!232 = !DILocation(line: 35, column: 83, scope: !13)
!233 = !DILocation(line: 35, column: 87, scope: !13, atomGroup: 62, atomRank: 1)
!234 = !DILocation(line: 35, column: 94, scope: !13)
!235 = !DILocation(line: 35, column: 96, scope: !13, atomGroup: 63, atomRank: 1)
!236 = !DILocation(line: 35, column: 78, scope: !13, atomGroup: 64, atomRank: 1)
!237 = !DILocation(line: 35, column: 78, scope: !13)
!238 = !DILocation(line: 35, column: 115, scope: !13)
!239 = !DILocation(line: 35, column: 112, scope: !13)
!240 = !DILocation(line: 35, column: 118, scope: !13)
!241 = !DILocation(line: 35, column: 126, scope: !13)
!242 = !DILocation(line: 35, column: 123, scope: !13)
!243 = !DILocation(line: 35, column: 129, scope: !13)
!244 = !DILocation(line: 35, column: 109, scope: !13)
!245 = !DILocation(line: 35, column: 109, scope: !13, atomGroup: 65, atomRank: 2)
!246 = !DILocation(line: 35, column: 109, scope: !13, atomGroup: 65, atomRank: 1)
!247 = !DILocation(line: 35, column: 107, scope: !13, atomGroup: 67, atomRank: 1)
!248 = !DILocation(line: 35, column: 103, scope: !13)
!249 = !DILocation(line: 35, column: 103, scope: !13, atomGroup: 66, atomRank: 2)
!250 = !DILocation(line: 35, column: 103, scope: !13, atomGroup: 66, atomRank: 1)
!251 = distinct !{!251, !237, !252, !62}
!252 = !DILocation(line: 35, column: 130, scope: !13)
!253 = !DILocation(line: 35, column: 144, scope: !13, atomGroup: 68, atomRank: 2)
!254 = !DILocation(line: 35, column: 136, scope: !13)
!255 = !DILocation(line: 35, column: 133, scope: !13)
!256 = !DILocation(line: 35, column: 139, scope: !13)
!257 = !DILocation(line: 35, column: 142, scope: !13, atomGroup: 68, atomRank: 1)
!258 = !DILocation(line: 35, column: 147, scope: !13)
!259 = !DILocation(line: 35, column: 147, scope: !13, atomGroup: 70, atomRank: 1)
!260 = !DILocation(line: 35, column: 59, scope: !13)
!261 = !DILocation(line: 35, column: 59, scope: !13, atomGroup: 69, atomRank: 2)
!262 = !DILocation(line: 35, column: 59, scope: !13, atomGroup: 69, atomRank: 1)
!263 = distinct !{!263, !229, !258, !62}
!264 = !DILocation(line: 35, column: 147, scope: !13, atomGroup: 72, atomRank: 1)
!265 = !DILocation(line: 35, column: 30, scope: !13)
!266 = !DILocation(line: 35, column: 30, scope: !13, atomGroup: 71, atomRank: 2)
!267 = !DILocation(line: 35, column: 30, scope: !13, atomGroup: 71, atomRank: 1)
!268 = distinct !{!268, !223, !258, !62}
!269 = !DILocation(line: 36, column: 41, scope: !13)
!270 = !DILocation(line: 36, column: 33, scope: !13)
!271 = !DILocation(line: 36, column: 59, scope: !13)
!272 = !DILocation(line: 36, column: 51, scope: !13)
!273 = !DILocation(line: 36, column: 5, scope: !13)
!274 = !DILocation(line: 37, column: 5, scope: !13, atomGroup: 73, atomRank: 1)
!275 = !DILocation(line: 38, column: 1, scope: !13)
!276 = !DILocation(line: 38, column: 1, scope: !13, atomGroup: 74, atomRank: 2)
!277 = !DILocation(line: 38, column: 1, scope: !13, atomGroup: 74, atomRank: 1)
!278 = distinct !DISubprogram(name: "mm_naive", scope: !14, file: !14, line: 7, type: !15, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!279 = !DILocation(line: 7, column: 35, scope: !278)
!280 = !DILocation(line: 7, column: 39, scope: !278, atomGroup: 1, atomRank: 1)
!281 = !DILocation(line: 7, column: 46, scope: !278)
!282 = !DILocation(line: 7, column: 48, scope: !278, atomGroup: 2, atomRank: 1)
!283 = !DILocation(line: 7, column: 30, scope: !278, atomGroup: 3, atomRank: 1)
!284 = !DILocation(line: 7, column: 30, scope: !278)
!285 = !DILocation(line: 7, column: 63, scope: !278)
!286 = !DILocation(line: 7, column: 67, scope: !278, atomGroup: 4, atomRank: 1)
!287 = !DILocation(line: 7, column: 74, scope: !278)
!288 = !DILocation(line: 7, column: 76, scope: !278, atomGroup: 5, atomRank: 1)
!289 = !DILocation(line: 7, column: 58, scope: !278, atomGroup: 6, atomRank: 1)
!290 = !DILocation(line: 7, column: 58, scope: !278)
!291 = !DILocation(line: 7, column: 88, scope: !278)
!292 = !DILocation(line: 7, column: 95, scope: !278, atomGroup: 7, atomRank: 1)
!293 = !DILocation(line: 7, column: 107, scope: !278)
!294 = !DILocation(line: 7, column: 111, scope: !278, atomGroup: 8, atomRank: 1)
!295 = !DILocation(line: 7, column: 118, scope: !278)
!296 = !DILocation(line: 7, column: 120, scope: !278, atomGroup: 9, atomRank: 1)
!297 = !DILocation(line: 7, column: 102, scope: !278, atomGroup: 10, atomRank: 1)
!298 = !DILocation(line: 7, column: 102, scope: !278)
!299 = !DILocation(line: 7, column: 137, scope: !278)
!300 = !DILocation(line: 7, column: 135, scope: !278)
!301 = !DILocation(line: 7, column: 140, scope: !278)
!302 = !DILocation(line: 7, column: 147, scope: !278)
!303 = !DILocation(line: 7, column: 145, scope: !278)
!304 = !DILocation(line: 7, column: 150, scope: !278)
!305 = !DILocation(line: 7, column: 132, scope: !278)
!306 = !DILocation(line: 7, column: 132, scope: !278, atomGroup: 11, atomRank: 2)
!307 = !DILocation(line: 7, column: 132, scope: !278, atomGroup: 11, atomRank: 1)
!308 = !DILocation(line: 7, column: 130, scope: !278, atomGroup: 13, atomRank: 1)
!309 = !DILocation(line: 7, column: 126, scope: !278)
!310 = !DILocation(line: 7, column: 126, scope: !278, atomGroup: 12, atomRank: 2)
!311 = !DILocation(line: 7, column: 126, scope: !278, atomGroup: 12, atomRank: 1)
!312 = distinct !{!312, !298, !313, !62}
!313 = !DILocation(line: 7, column: 151, scope: !278)
!314 = !DILocation(line: 7, column: 164, scope: !278, atomGroup: 14, atomRank: 2)
!315 = !DILocation(line: 7, column: 156, scope: !278)
!316 = !DILocation(line: 7, column: 154, scope: !278)
!317 = !DILocation(line: 7, column: 159, scope: !278)
!318 = !DILocation(line: 7, column: 162, scope: !278, atomGroup: 14, atomRank: 1)
!319 = !DILocation(line: 7, column: 167, scope: !278)
!320 = !DILocation(line: 7, column: 167, scope: !278, atomGroup: 16, atomRank: 1)
!321 = !DILocation(line: 7, column: 82, scope: !278)
!322 = !DILocation(line: 7, column: 82, scope: !278, atomGroup: 15, atomRank: 2)
!323 = !DILocation(line: 7, column: 82, scope: !278, atomGroup: 15, atomRank: 1)
!324 = distinct !{!324, !290, !319, !62}
!325 = !DILocation(line: 7, column: 167, scope: !278, atomGroup: 18, atomRank: 1)
!326 = !DILocation(line: 7, column: 54, scope: !278)
!327 = !DILocation(line: 7, column: 54, scope: !278, atomGroup: 17, atomRank: 2)
!328 = !DILocation(line: 7, column: 54, scope: !278, atomGroup: 17, atomRank: 1)
!329 = distinct !{!329, !284, !319, !62}
!330 = !DILocation(line: 7, column: 169, scope: !278, atomGroup: 19, atomRank: 1)
!331 = distinct !DISubprogram(name: "mm_blocked", scope: !14, file: !14, line: 8, type: !15, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!332 = !DILocation(line: 9, column: 10, scope: !331)
!333 = !DILocation(line: 9, column: 14, scope: !331, atomGroup: 1, atomRank: 1)
!334 = !DILocation(line: 9, column: 21, scope: !331)
!335 = !DILocation(line: 9, column: 23, scope: !331, atomGroup: 2, atomRank: 1)
!336 = !DILocation(line: 9, column: 5, scope: !331, atomGroup: 3, atomRank: 1)
!337 = !DILocation(line: 9, column: 5, scope: !331)
!338 = !DILocation(line: 9, column: 38, scope: !331)
!339 = !DILocation(line: 9, column: 42, scope: !331, atomGroup: 4, atomRank: 1)
!340 = !DILocation(line: 9, column: 49, scope: !331)
!341 = !DILocation(line: 9, column: 51, scope: !331, atomGroup: 5, atomRank: 1)
!342 = !DILocation(line: 9, column: 33, scope: !331, atomGroup: 6, atomRank: 1)
!343 = !DILocation(line: 9, column: 33, scope: !331)
!344 = !DILocation(line: 9, column: 63, scope: !331)
!345 = !DILocation(line: 9, column: 61, scope: !331)
!346 = !DILocation(line: 9, column: 66, scope: !331)
!347 = !DILocation(line: 9, column: 69, scope: !331, atomGroup: 7, atomRank: 1)
!348 = !DILocation(line: 9, column: 61, scope: !331, atomGroup: 9, atomRank: 1)
!349 = !DILocation(line: 9, column: 57, scope: !331)
!350 = !DILocation(line: 9, column: 57, scope: !331, atomGroup: 8, atomRank: 2)
!351 = !DILocation(line: 9, column: 57, scope: !331, atomGroup: 8, atomRank: 1)
!352 = distinct !{!352, !343, !353, !62}
!353 = !DILocation(line: 9, column: 71, scope: !331)
!354 = !DILocation(line: 9, column: 71, scope: !331, atomGroup: 11, atomRank: 1)
!355 = !DILocation(line: 9, column: 29, scope: !331)
!356 = !DILocation(line: 9, column: 29, scope: !331, atomGroup: 10, atomRank: 2)
!357 = !DILocation(line: 9, column: 29, scope: !331, atomGroup: 10, atomRank: 1)
!358 = distinct !{!358, !337, !353, !62}
!359 = !DILocation(line: 10, column: 10, scope: !331)
!360 = !DILocation(line: 10, column: 14, scope: !331, atomGroup: 12, atomRank: 1)
!361 = !DILocation(line: 10, column: 22, scope: !331)
!362 = !DILocation(line: 10, column: 25, scope: !331, atomGroup: 13, atomRank: 1)
!363 = !DILocation(line: 10, column: 5, scope: !331, atomGroup: 14, atomRank: 1)
!364 = !DILocation(line: 10, column: 5, scope: !331)
!365 = !DILocation(line: 10, column: 45, scope: !331)
!366 = !DILocation(line: 10, column: 49, scope: !331, atomGroup: 15, atomRank: 1)
!367 = !DILocation(line: 10, column: 57, scope: !331)
!368 = !DILocation(line: 10, column: 60, scope: !331, atomGroup: 16, atomRank: 1)
!369 = !DILocation(line: 10, column: 40, scope: !331, atomGroup: 17, atomRank: 1)
!370 = !DILocation(line: 10, column: 40, scope: !331)
!371 = !DILocation(line: 10, column: 80, scope: !331)
!372 = !DILocation(line: 10, column: 84, scope: !331, atomGroup: 18, atomRank: 1)
!373 = !DILocation(line: 10, column: 92, scope: !331)
!374 = !DILocation(line: 10, column: 95, scope: !331, atomGroup: 19, atomRank: 1)
!375 = !DILocation(line: 10, column: 75, scope: !331, atomGroup: 20, atomRank: 1)
!376 = !DILocation(line: 10, column: 75, scope: !331)
!377 = !DILocation(line: 11, column: 14, scope: !331)
!378 = !DILocation(line: 11, column: 22, scope: !331, atomGroup: 21, atomRank: 2)
!379 = !DILocation(line: 11, column: 18, scope: !331, atomGroup: 21, atomRank: 1)
!380 = !DILocation(line: 11, column: 26, scope: !331)
!381 = !DILocation(line: 11, column: 30, scope: !331)
!382 = !DILocation(line: 11, column: 33, scope: !331)
!383 = !DILocation(line: 11, column: 28, scope: !331, atomGroup: 22, atomRank: 1)
!384 = !DILocation(line: 11, column: 9, scope: !331, atomGroup: 23, atomRank: 1)
!385 = !DILocation(line: 11, column: 9, scope: !331)
!386 = !DILocation(line: 11, column: 49, scope: !331)
!387 = !DILocation(line: 11, column: 57, scope: !331, atomGroup: 24, atomRank: 2)
!388 = !DILocation(line: 11, column: 53, scope: !331, atomGroup: 24, atomRank: 1)
!389 = !DILocation(line: 11, column: 61, scope: !331)
!390 = !DILocation(line: 11, column: 65, scope: !331)
!391 = !DILocation(line: 11, column: 68, scope: !331)
!392 = !DILocation(line: 11, column: 63, scope: !331, atomGroup: 25, atomRank: 1)
!393 = !DILocation(line: 11, column: 44, scope: !331, atomGroup: 26, atomRank: 1)
!394 = !DILocation(line: 11, column: 44, scope: !331)
!395 = !DILocation(line: 11, column: 81, scope: !331)
!396 = !DILocation(line: 11, column: 94, scope: !331)
!397 = !DILocation(line: 11, column: 92, scope: !331)
!398 = !DILocation(line: 11, column: 97, scope: !331)
!399 = !DILocation(line: 11, column: 92, scope: !331, atomGroup: 27, atomRank: 2)
!400 = !DILocation(line: 11, column: 88, scope: !331, atomGroup: 27, atomRank: 1)
!401 = !DILocation(line: 11, column: 106, scope: !331)
!402 = !DILocation(line: 11, column: 114, scope: !331, atomGroup: 28, atomRank: 2)
!403 = !DILocation(line: 11, column: 110, scope: !331, atomGroup: 28, atomRank: 1)
!404 = !DILocation(line: 11, column: 118, scope: !331)
!405 = !DILocation(line: 11, column: 122, scope: !331)
!406 = !DILocation(line: 11, column: 125, scope: !331)
!407 = !DILocation(line: 11, column: 120, scope: !331, atomGroup: 29, atomRank: 1)
!408 = !DILocation(line: 11, column: 101, scope: !331, atomGroup: 30, atomRank: 1)
!409 = !DILocation(line: 11, column: 101, scope: !331)
!410 = !DILocation(line: 11, column: 147, scope: !331)
!411 = !DILocation(line: 11, column: 153, scope: !331)
!412 = !DILocation(line: 11, column: 151, scope: !331)
!413 = !DILocation(line: 11, column: 156, scope: !331)
!414 = !DILocation(line: 11, column: 138, scope: !331)
!415 = !DILocation(line: 11, column: 136, scope: !331)
!416 = !DILocation(line: 11, column: 141, scope: !331)
!417 = !DILocation(line: 11, column: 144, scope: !331)
!418 = !DILocation(line: 11, column: 144, scope: !331, atomGroup: 31, atomRank: 2)
!419 = !DILocation(line: 11, column: 144, scope: !331, atomGroup: 31, atomRank: 1)
!420 = !DILocation(line: 11, column: 136, scope: !331, atomGroup: 33, atomRank: 1)
!421 = !DILocation(line: 11, column: 132, scope: !331)
!422 = !DILocation(line: 11, column: 132, scope: !331, atomGroup: 32, atomRank: 2)
!423 = !DILocation(line: 11, column: 132, scope: !331, atomGroup: 32, atomRank: 1)
!424 = distinct !{!424, !409, !425, !62}
!425 = !DILocation(line: 11, column: 157, scope: !331)
!426 = !DILocation(line: 11, column: 160, scope: !331)
!427 = !DILocation(line: 11, column: 160, scope: !331, atomGroup: 35, atomRank: 1)
!428 = !DILocation(line: 11, column: 75, scope: !331)
!429 = !DILocation(line: 11, column: 75, scope: !331, atomGroup: 34, atomRank: 2)
!430 = !DILocation(line: 11, column: 75, scope: !331, atomGroup: 34, atomRank: 1)
!431 = distinct !{!431, !394, !426, !62}
!432 = !DILocation(line: 11, column: 160, scope: !331, atomGroup: 37, atomRank: 1)
!433 = !DILocation(line: 11, column: 40, scope: !331)
!434 = !DILocation(line: 11, column: 40, scope: !331, atomGroup: 36, atomRank: 2)
!435 = !DILocation(line: 11, column: 40, scope: !331, atomGroup: 36, atomRank: 1)
!436 = distinct !{!436, !385, !426, !62}
!437 = !DILocation(line: 11, column: 160, scope: !331, atomGroup: 39, atomRank: 1)
!438 = !DILocation(line: 10, column: 103, scope: !331)
!439 = !DILocation(line: 10, column: 103, scope: !331, atomGroup: 38, atomRank: 2)
!440 = !DILocation(line: 10, column: 103, scope: !331, atomGroup: 38, atomRank: 1)
!441 = distinct !{!441, !376, !426, !62}
!442 = !DILocation(line: 11, column: 160, scope: !331, atomGroup: 41, atomRank: 1)
!443 = !DILocation(line: 10, column: 68, scope: !331)
!444 = !DILocation(line: 10, column: 68, scope: !331, atomGroup: 40, atomRank: 2)
!445 = !DILocation(line: 10, column: 68, scope: !331, atomGroup: 40, atomRank: 1)
!446 = distinct !{!446, !370, !426, !62}
!447 = !DILocation(line: 11, column: 160, scope: !331, atomGroup: 43, atomRank: 1)
!448 = !DILocation(line: 10, column: 33, scope: !331)
!449 = !DILocation(line: 10, column: 33, scope: !331, atomGroup: 42, atomRank: 2)
!450 = !DILocation(line: 10, column: 33, scope: !331, atomGroup: 42, atomRank: 1)
!451 = distinct !{!451, !364, !426, !62}
!452 = !DILocation(line: 12, column: 1, scope: !331, atomGroup: 44, atomRank: 1)
!453 = !DISubprogram(name: "printf", scope: !454, file: !454, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!454 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!455 = distinct !DISubprogram(name: "lu_solve", scope: !14, file: !14, line: 13, type: !15, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!456 = !{!457, !457, i64 0}
!457 = !{!"p1 double", !458, i64 0}
!458 = !{!"any pointer", !11, i64 0}
!459 = !DILocation(line: 13, column: 38, scope: !455)
!460 = !DILocation(line: 13, column: 41, scope: !455)
!461 = !DILocation(line: 14, column: 10, scope: !455)
!462 = !DILocation(line: 14, column: 14, scope: !455, atomGroup: 1, atomRank: 1)
!463 = !DILocation(line: 14, column: 21, scope: !455)
!464 = !DILocation(line: 14, column: 25, scope: !455)
!465 = !DILocation(line: 14, column: 23, scope: !455, atomGroup: 2, atomRank: 1)
!466 = !DILocation(line: 14, column: 5, scope: !455, atomGroup: 3, atomRank: 1)
!467 = !DILocation(line: 14, column: 5, scope: !455)
!468 = !DILocation(line: 15, column: 9, scope: !455)
!469 = !DILocation(line: 15, column: 17, scope: !455, atomGroup: 4, atomRank: 2)
!470 = !DILocation(line: 15, column: 13, scope: !455, atomGroup: 4, atomRank: 1)
!471 = !DILocation(line: 15, column: 25, scope: !455)
!472 = !DILocation(line: 15, column: 33, scope: !455)
!473 = !DILocation(line: 15, column: 35, scope: !455, atomGroup: 5, atomRank: 2)
!474 = !DILocation(line: 15, column: 29, scope: !455, atomGroup: 5, atomRank: 1)
!475 = !DILocation(line: 15, column: 40, scope: !455)
!476 = !DILocation(line: 15, column: 44, scope: !455)
!477 = !DILocation(line: 15, column: 42, scope: !455, atomGroup: 6, atomRank: 1)
!478 = !DILocation(line: 15, column: 20, scope: !455, atomGroup: 7, atomRank: 1)
!479 = !DILocation(line: 15, column: 20, scope: !455)
!480 = !DILocation(line: 15, column: 57, scope: !455)
!481 = !DILocation(line: 15, column: 59, scope: !455)
!482 = !DILocation(line: 15, column: 62, scope: !455)
!483 = !DILocation(line: 15, column: 65, scope: !455, atomGroup: 8, atomRank: 2)
!484 = !DILocation(line: 15, column: 57, scope: !455, atomGroup: 8, atomRank: 1)
!485 = !DILocation(line: 15, column: 72, scope: !455)
!486 = !DILocation(line: 15, column: 74, scope: !455)
!487 = !DILocation(line: 15, column: 77, scope: !455)
!488 = !DILocation(line: 15, column: 71, scope: !455)
!489 = !DILocation(line: 15, column: 82, scope: !455)
!490 = !DILocation(line: 15, column: 84, scope: !455)
!491 = !DILocation(line: 15, column: 87, scope: !455)
!492 = !DILocation(line: 15, column: 94, scope: !455)
!493 = !DILocation(line: 15, column: 96, scope: !455)
!494 = !DILocation(line: 15, column: 99, scope: !455)
!495 = !DILocation(line: 15, column: 102, scope: !455, atomGroup: 9, atomRank: 2)
!496 = !DILocation(line: 15, column: 94, scope: !455, atomGroup: 9, atomRank: 1)
!497 = !DILocation(line: 15, column: 109, scope: !455)
!498 = !DILocation(line: 15, column: 111, scope: !455)
!499 = !DILocation(line: 15, column: 114, scope: !455)
!500 = !DILocation(line: 15, column: 108, scope: !455)
!501 = !DILocation(line: 15, column: 119, scope: !455)
!502 = !DILocation(line: 15, column: 121, scope: !455)
!503 = !DILocation(line: 15, column: 124, scope: !455)
!504 = !DILocation(line: 15, column: 91, scope: !455, atomGroup: 10, atomRank: 2)
!505 = !DILocation(line: 15, column: 91, scope: !455, atomGroup: 10, atomRank: 1)
!506 = !DILocation(line: 15, column: 133, scope: !455, atomGroup: 11, atomRank: 2)
!507 = !DILocation(line: 15, column: 131, scope: !455, atomGroup: 11, atomRank: 1)
!508 = !DILocation(line: 15, column: 129, scope: !455)
!509 = !DILocation(line: 15, column: 126, scope: !455, atomGroup: 13, atomRank: 1)
!510 = !DILocation(line: 15, column: 48, scope: !455)
!511 = !DILocation(line: 15, column: 48, scope: !455, atomGroup: 12, atomRank: 2)
!512 = !DILocation(line: 15, column: 48, scope: !455, atomGroup: 12, atomRank: 1)
!513 = distinct !{!513, !479, !514, !62}
!514 = !DILocation(line: 15, column: 133, scope: !455)
!515 = !DILocation(line: 16, column: 14, scope: !455)
!516 = !DILocation(line: 16, column: 18, scope: !455, atomGroup: 14, atomRank: 1)
!517 = !DILocation(line: 16, column: 25, scope: !455)
!518 = !DILocation(line: 16, column: 29, scope: !455)
!519 = !DILocation(line: 16, column: 27, scope: !455, atomGroup: 15, atomRank: 1)
!520 = !DILocation(line: 16, column: 9, scope: !455, atomGroup: 16, atomRank: 1)
!521 = !DILocation(line: 16, column: 9, scope: !455)
!522 = !DILocation(line: 16, column: 39, scope: !455)
!523 = !DILocation(line: 16, column: 50, scope: !455)
!524 = !DILocation(line: 16, column: 52, scope: !455)
!525 = !DILocation(line: 16, column: 55, scope: !455)
!526 = !DILocation(line: 16, column: 50, scope: !455, atomGroup: 17, atomRank: 2)
!527 = !DILocation(line: 16, column: 46, scope: !455, atomGroup: 17, atomRank: 1)
!528 = !DILocation(line: 16, column: 69, scope: !455)
!529 = !DILocation(line: 16, column: 71, scope: !455)
!530 = !DILocation(line: 16, column: 74, scope: !455)
!531 = !DILocation(line: 16, column: 69, scope: !455, atomGroup: 18, atomRank: 2)
!532 = !DILocation(line: 16, column: 59, scope: !455)
!533 = !DILocation(line: 16, column: 61, scope: !455)
!534 = !DILocation(line: 16, column: 64, scope: !455)
!535 = !DILocation(line: 16, column: 67, scope: !455, atomGroup: 18, atomRank: 1)
!536 = !DILocation(line: 16, column: 88, scope: !455, atomGroup: 19, atomRank: 2)
!537 = !DILocation(line: 16, column: 78, scope: !455)
!538 = !DILocation(line: 16, column: 80, scope: !455)
!539 = !DILocation(line: 16, column: 83, scope: !455)
!540 = !DILocation(line: 16, column: 86, scope: !455, atomGroup: 19, atomRank: 1)
!541 = !DILocation(line: 16, column: 91, scope: !455)
!542 = !DILocation(line: 16, column: 91, scope: !455, atomGroup: 21, atomRank: 1)
!543 = !DILocation(line: 16, column: 33, scope: !455)
!544 = !DILocation(line: 16, column: 33, scope: !455, atomGroup: 20, atomRank: 2)
!545 = !DILocation(line: 16, column: 33, scope: !455, atomGroup: 20, atomRank: 1)
!546 = distinct !{!546, !521, !541, !62}
!547 = !DILocation(line: 17, column: 9, scope: !455)
!548 = !DILocation(line: 17, column: 20, scope: !455)
!549 = !DILocation(line: 17, column: 22, scope: !455)
!550 = !DILocation(line: 17, column: 20, scope: !455, atomGroup: 22, atomRank: 2)
!551 = !DILocation(line: 17, column: 16, scope: !455, atomGroup: 22, atomRank: 1)
!552 = !DILocation(line: 17, column: 33, scope: !455)
!553 = !DILocation(line: 17, column: 35, scope: !455)
!554 = !DILocation(line: 17, column: 33, scope: !455, atomGroup: 23, atomRank: 2)
!555 = !DILocation(line: 17, column: 26, scope: !455)
!556 = !DILocation(line: 17, column: 28, scope: !455)
!557 = !DILocation(line: 17, column: 31, scope: !455, atomGroup: 23, atomRank: 1)
!558 = !DILocation(line: 17, column: 46, scope: !455, atomGroup: 24, atomRank: 2)
!559 = !DILocation(line: 17, column: 39, scope: !455)
!560 = !DILocation(line: 17, column: 41, scope: !455)
!561 = !DILocation(line: 17, column: 44, scope: !455, atomGroup: 24, atomRank: 1)
!562 = !DILocation(line: 18, column: 14, scope: !455)
!563 = !DILocation(line: 18, column: 22, scope: !455)
!564 = !DILocation(line: 18, column: 24, scope: !455, atomGroup: 25, atomRank: 2)
!565 = !DILocation(line: 18, column: 18, scope: !455, atomGroup: 25, atomRank: 1)
!566 = !DILocation(line: 18, column: 29, scope: !455)
!567 = !DILocation(line: 18, column: 33, scope: !455)
!568 = !DILocation(line: 18, column: 31, scope: !455, atomGroup: 26, atomRank: 1)
!569 = !DILocation(line: 18, column: 9, scope: !455, atomGroup: 27, atomRank: 1)
!570 = !DILocation(line: 18, column: 9, scope: !455)
!571 = !DILocation(line: 18, column: 43, scope: !455)
!572 = !DILocation(line: 18, column: 54, scope: !455)
!573 = !DILocation(line: 18, column: 56, scope: !455)
!574 = !DILocation(line: 18, column: 59, scope: !455)
!575 = !DILocation(line: 18, column: 64, scope: !455)
!576 = !DILocation(line: 18, column: 66, scope: !455)
!577 = !DILocation(line: 18, column: 69, scope: !455)
!578 = !DILocation(line: 18, column: 62, scope: !455, atomGroup: 28, atomRank: 2)
!579 = !DILocation(line: 18, column: 50, scope: !455, atomGroup: 28, atomRank: 1)
!580 = !DILocation(line: 18, column: 78, scope: !455)
!581 = !DILocation(line: 18, column: 86, scope: !455, atomGroup: 29, atomRank: 2)
!582 = !DILocation(line: 18, column: 82, scope: !455, atomGroup: 29, atomRank: 1)
!583 = !DILocation(line: 18, column: 89, scope: !455)
!584 = !DILocation(line: 18, column: 93, scope: !455)
!585 = !DILocation(line: 18, column: 91, scope: !455, atomGroup: 30, atomRank: 1)
!586 = !DILocation(line: 18, column: 73, scope: !455, atomGroup: 31, atomRank: 1)
!587 = !DILocation(line: 18, column: 73, scope: !455)
!588 = !DILocation(line: 18, column: 112, scope: !455)
!589 = !DILocation(line: 18, column: 116, scope: !455)
!590 = !DILocation(line: 18, column: 118, scope: !455)
!591 = !DILocation(line: 18, column: 121, scope: !455)
!592 = !DILocation(line: 18, column: 101, scope: !455)
!593 = !DILocation(line: 18, column: 103, scope: !455)
!594 = !DILocation(line: 18, column: 106, scope: !455)
!595 = !DILocation(line: 18, column: 109, scope: !455)
!596 = !DILocation(line: 18, column: 109, scope: !455, atomGroup: 32, atomRank: 2)
!597 = !DILocation(line: 18, column: 109, scope: !455, atomGroup: 32, atomRank: 1)
!598 = !DILocation(line: 18, column: 101, scope: !455, atomGroup: 34, atomRank: 1)
!599 = !DILocation(line: 18, column: 97, scope: !455)
!600 = !DILocation(line: 18, column: 97, scope: !455, atomGroup: 33, atomRank: 2)
!601 = !DILocation(line: 18, column: 97, scope: !455, atomGroup: 33, atomRank: 1)
!602 = distinct !{!602, !587, !603, !62}
!603 = !DILocation(line: 18, column: 122, scope: !455)
!604 = !DILocation(line: 18, column: 133, scope: !455)
!605 = !DILocation(line: 18, column: 137, scope: !455)
!606 = !DILocation(line: 18, column: 139, scope: !455)
!607 = !DILocation(line: 18, column: 125, scope: !455)
!608 = !DILocation(line: 18, column: 127, scope: !455)
!609 = !DILocation(line: 18, column: 130, scope: !455)
!610 = !DILocation(line: 18, column: 130, scope: !455, atomGroup: 35, atomRank: 2)
!611 = !DILocation(line: 18, column: 130, scope: !455, atomGroup: 35, atomRank: 1)
!612 = !DILocation(line: 18, column: 143, scope: !455)
!613 = !DILocation(line: 18, column: 143, scope: !455, atomGroup: 37, atomRank: 1)
!614 = !DILocation(line: 18, column: 37, scope: !455)
!615 = !DILocation(line: 18, column: 37, scope: !455, atomGroup: 36, atomRank: 2)
!616 = !DILocation(line: 18, column: 37, scope: !455, atomGroup: 36, atomRank: 1)
!617 = distinct !{!617, !570, !612, !62}
!618 = !DILocation(line: 19, column: 5, scope: !455)
!619 = !DILocation(line: 19, column: 5, scope: !455, atomGroup: 39, atomRank: 1)
!620 = !DILocation(line: 14, column: 29, scope: !455)
!621 = !DILocation(line: 14, column: 29, scope: !455, atomGroup: 38, atomRank: 2)
!622 = !DILocation(line: 14, column: 29, scope: !455, atomGroup: 38, atomRank: 1)
!623 = distinct !{!623, !467, !618, !62}
!624 = !DILocation(line: 20, column: 10, scope: !455)
!625 = !DILocation(line: 20, column: 18, scope: !455)
!626 = !DILocation(line: 20, column: 20, scope: !455, atomGroup: 40, atomRank: 2)
!627 = !DILocation(line: 20, column: 14, scope: !455, atomGroup: 40, atomRank: 1)
!628 = !DILocation(line: 20, column: 25, scope: !455)
!629 = !DILocation(line: 20, column: 27, scope: !455, atomGroup: 41, atomRank: 1)
!630 = !DILocation(line: 20, column: 5, scope: !455, atomGroup: 42, atomRank: 1)
!631 = !DILocation(line: 20, column: 5, scope: !455)
!632 = !DILocation(line: 20, column: 40, scope: !455)
!633 = !DILocation(line: 20, column: 51, scope: !455)
!634 = !DILocation(line: 20, column: 53, scope: !455)
!635 = !DILocation(line: 20, column: 51, scope: !455, atomGroup: 43, atomRank: 2)
!636 = !DILocation(line: 20, column: 47, scope: !455, atomGroup: 43, atomRank: 1)
!637 = !DILocation(line: 20, column: 62, scope: !455)
!638 = !DILocation(line: 20, column: 70, scope: !455)
!639 = !DILocation(line: 20, column: 72, scope: !455, atomGroup: 44, atomRank: 2)
!640 = !DILocation(line: 20, column: 66, scope: !455, atomGroup: 44, atomRank: 1)
!641 = !DILocation(line: 20, column: 77, scope: !455)
!642 = !DILocation(line: 20, column: 81, scope: !455)
!643 = !DILocation(line: 20, column: 79, scope: !455, atomGroup: 45, atomRank: 1)
!644 = !DILocation(line: 20, column: 57, scope: !455, atomGroup: 46, atomRank: 1)
!645 = !DILocation(line: 20, column: 57, scope: !455)
!646 = !DILocation(line: 20, column: 94, scope: !455)
!647 = !DILocation(line: 20, column: 96, scope: !455)
!648 = !DILocation(line: 20, column: 99, scope: !455)
!649 = !DILocation(line: 20, column: 104, scope: !455)
!650 = !DILocation(line: 20, column: 106, scope: !455)
!651 = !DILocation(line: 20, column: 91, scope: !455)
!652 = !DILocation(line: 20, column: 91, scope: !455, atomGroup: 47, atomRank: 2)
!653 = !DILocation(line: 20, column: 91, scope: !455, atomGroup: 47, atomRank: 1)
!654 = !DILocation(line: 20, column: 89, scope: !455, atomGroup: 49, atomRank: 1)
!655 = !DILocation(line: 20, column: 85, scope: !455)
!656 = !DILocation(line: 20, column: 85, scope: !455, atomGroup: 48, atomRank: 2)
!657 = !DILocation(line: 20, column: 85, scope: !455, atomGroup: 48, atomRank: 1)
!658 = distinct !{!658, !645, !659, !62}
!659 = !DILocation(line: 20, column: 107, scope: !455)
!660 = !DILocation(line: 20, column: 117, scope: !455)
!661 = !DILocation(line: 20, column: 121, scope: !455)
!662 = !DILocation(line: 20, column: 123, scope: !455)
!663 = !DILocation(line: 20, column: 126, scope: !455)
!664 = !DILocation(line: 20, column: 119, scope: !455, atomGroup: 50, atomRank: 2)
!665 = !DILocation(line: 20, column: 110, scope: !455)
!666 = !DILocation(line: 20, column: 112, scope: !455)
!667 = !DILocation(line: 20, column: 115, scope: !455, atomGroup: 50, atomRank: 1)
!668 = !DILocation(line: 20, column: 130, scope: !455)
!669 = !DILocation(line: 20, column: 130, scope: !455, atomGroup: 52, atomRank: 1)
!670 = !DILocation(line: 20, column: 34, scope: !455)
!671 = !DILocation(line: 20, column: 34, scope: !455, atomGroup: 51, atomRank: 2)
!672 = !DILocation(line: 20, column: 34, scope: !455, atomGroup: 51, atomRank: 1)
!673 = distinct !{!673, !631, !668, !62}
!674 = !DILocation(line: 21, column: 1, scope: !455, atomGroup: 53, atomRank: 1)
