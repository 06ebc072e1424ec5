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

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca [8 x [8 x double]], align 16
  %9 = alloca [8 x double], align 16
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca [16 x [16 x float]], align 16
  %14 = alloca [16 x [16 x float]], align 16
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca float, align 4
  %20 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4, !dbg !13
  br label %21, !dbg !14

21:                                               ; preds = %62, %0
  %22 = load i32, ptr %2, align 4, !dbg !15
  %23 = icmp slt i32 %22, 48, !dbg !16
  br i1 %23, label %24, label %65, !dbg !17

24:                                               ; preds = %21
  store i32 0, ptr %3, align 4, !dbg !18
  br label %25, !dbg !19

25:                                               ; preds = %58, %24
  %26 = load i32, ptr %3, align 4, !dbg !20
  %27 = icmp slt i32 %26, 48, !dbg !21
  br i1 %27, label %28, label %61, !dbg !22

28:                                               ; preds = %25
  %29 = load i32, ptr %2, align 4, !dbg !23
  %30 = mul nsw i32 %29, 13, !dbg !24
  %31 = load i32, ptr %3, align 4, !dbg !25
  %32 = mul nsw i32 %31, 7, !dbg !26
  %33 = add nsw i32 %30, %32, !dbg !27
  %34 = srem i32 %33, 17, !dbg !28
  %35 = sitofp i32 %34 to double, !dbg !29
  %36 = fdiv double %35, 8.000000e+00, !dbg !30
  %37 = fsub double %36, 1.000000e+00, !dbg !31
  %38 = load i32, ptr %2, align 4, !dbg !32
  %39 = sext i32 %38 to i64, !dbg !33
  %40 = getelementptr inbounds [48 x [48 x double]], ptr @A, i64 0, i64 %39, !dbg !33
  %41 = load i32, ptr %3, align 4, !dbg !34
  %42 = sext i32 %41 to i64, !dbg !33
  %43 = getelementptr inbounds [48 x double], ptr %40, i64 0, i64 %42, !dbg !33
  store double %37, ptr %43, align 8, !dbg !35
  %44 = load i32, ptr %2, align 4, !dbg !36
  %45 = mul nsw i32 %44, 5, !dbg !37
  %46 = load i32, ptr %3, align 4, !dbg !38
  %47 = mul nsw i32 %46, 11, !dbg !39
  %48 = add nsw i32 %45, %47, !dbg !40
  %49 = srem i32 %48, 19, !dbg !41
  %50 = sitofp i32 %49 to double, !dbg !42
  %51 = fdiv double %50, 9.000000e+00, !dbg !43
  %52 = load i32, ptr %2, align 4, !dbg !44
  %53 = sext i32 %52 to i64, !dbg !45
  %54 = getelementptr inbounds [48 x [48 x double]], ptr @B, i64 0, i64 %53, !dbg !45
  %55 = load i32, ptr %3, align 4, !dbg !46
  %56 = sext i32 %55 to i64, !dbg !45
  %57 = getelementptr inbounds [48 x double], ptr %54, i64 0, i64 %56, !dbg !45
  store double %51, ptr %57, align 8, !dbg !47
  br label %58, !dbg !48

58:                                               ; preds = %28
  %59 = load i32, ptr %3, align 4, !dbg !49
  %60 = add nsw i32 %59, 1, !dbg !49
  store i32 %60, ptr %3, align 4, !dbg !49
  br label %25, !dbg !22, !llvm.loop !50

61:                                               ; preds = %25
  br label %62, !dbg !48

62:                                               ; preds = %61
  %63 = load i32, ptr %2, align 4, !dbg !52
  %64 = add nsw i32 %63, 1, !dbg !52
  store i32 %64, ptr %2, align 4, !dbg !52
  br label %21, !dbg !17, !llvm.loop !53

65:                                               ; preds = %21
  call void @mm_naive(), !dbg !54
  call void @mm_blocked(), !dbg !55
  store double 0.000000e+00, ptr %4, align 8, !dbg !56
  store double 0.000000e+00, ptr %5, align 8, !dbg !57
  store i32 0, ptr %6, align 4, !dbg !58
  br label %66, !dbg !59

66:                                               ; preds = %104, %65
  %67 = load i32, ptr %6, align 4, !dbg !60
  %68 = icmp slt i32 %67, 48, !dbg !61
  br i1 %68, label %69, label %107, !dbg !62

69:                                               ; preds = %66
  %70 = load i32, ptr %6, align 4, !dbg !63
  %71 = sext i32 %70 to i64, !dbg !64
  %72 = getelementptr inbounds [48 x [48 x double]], ptr @C, i64 0, i64 %71, !dbg !64
  %73 = load i32, ptr %6, align 4, !dbg !65
  %74 = sext i32 %73 to i64, !dbg !64
  %75 = getelementptr inbounds [48 x double], ptr %72, i64 0, i64 %74, !dbg !64
  %76 = load double, ptr %75, align 8, !dbg !64
  %77 = load double, ptr %4, align 8, !dbg !66
  %78 = fadd double %77, %76, !dbg !66
  store double %78, ptr %4, align 8, !dbg !66
  store i32 0, ptr %7, align 4, !dbg !67
  br label %79, !dbg !68

79:                                               ; preds = %100, %69
  %80 = load i32, ptr %7, align 4, !dbg !69
  %81 = icmp slt i32 %80, 48, !dbg !70
  br i1 %81, label %82, label %103, !dbg !71

82:                                               ; preds = %79
  %83 = load i32, ptr %6, align 4, !dbg !72
  %84 = sext i32 %83 to i64, !dbg !73
  %85 = getelementptr inbounds [48 x [48 x double]], ptr @C, i64 0, i64 %84, !dbg !73
  %86 = load i32, ptr %7, align 4, !dbg !74
  %87 = sext i32 %86 to i64, !dbg !73
  %88 = getelementptr inbounds [48 x double], ptr %85, i64 0, i64 %87, !dbg !73
  %89 = load double, ptr %88, align 8, !dbg !73
  %90 = load i32, ptr %6, align 4, !dbg !75
  %91 = sext i32 %90 to i64, !dbg !76
  %92 = getelementptr inbounds [48 x [48 x double]], ptr @D, i64 0, i64 %91, !dbg !76
  %93 = load i32, ptr %7, align 4, !dbg !77
  %94 = sext i32 %93 to i64, !dbg !76
  %95 = getelementptr inbounds [48 x double], ptr %92, i64 0, i64 %94, !dbg !76
  %96 = load double, ptr %95, align 8, !dbg !76
  %97 = fsub double %89, %96, !dbg !78
  %98 = load double, ptr %5, align 8, !dbg !79
  %99 = fadd double %98, %97, !dbg !79
  store double %99, ptr %5, align 8, !dbg !79
  br label %100, !dbg !80

100:                                              ; preds = %82
  %101 = load i32, ptr %7, align 4, !dbg !81
  %102 = add nsw i32 %101, 1, !dbg !81
  store i32 %102, ptr %7, align 4, !dbg !81
  br label %79, !dbg !71, !llvm.loop !82

103:                                              ; preds = %79
  br label %104, !dbg !84

104:                                              ; preds = %103
  %105 = load i32, ptr %6, align 4, !dbg !85
  %106 = add nsw i32 %105, 1, !dbg !85
  store i32 %106, ptr %6, align 4, !dbg !85
  br label %66, !dbg !62, !llvm.loop !86

107:                                              ; preds = %66
  %108 = load double, ptr %4, align 8, !dbg !87
  %109 = load double, ptr getelementptr inbounds ([48 x [48 x double]], ptr @C, i64 0, i64 47), align 16, !dbg !88
  %110 = load double, ptr %5, align 8, !dbg !89
  %111 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %108, double noundef %109, double noundef %110), !dbg !90
  store i32 0, ptr %10, align 4, !dbg !91
  br label %112, !dbg !92

112:                                              ; preds = %148, %107
  %113 = load i32, ptr %10, align 4, !dbg !93
  %114 = icmp slt i32 %113, 8, !dbg !94
  br i1 %114, label %115, label %151, !dbg !95

115:                                              ; preds = %112
  store i32 0, ptr %11, align 4, !dbg !96
  br label %116, !dbg !97

116:                                              ; preds = %138, %115
  %117 = load i32, ptr %11, align 4, !dbg !98
  %118 = icmp slt i32 %117, 8, !dbg !99
  br i1 %118, label %119, label %141, !dbg !100

119:                                              ; preds = %116
  %120 = load i32, ptr %10, align 4, !dbg !101
  %121 = load i32, ptr %11, align 4, !dbg !102
  %122 = add nsw i32 %120, %121, !dbg !103
  %123 = add nsw i32 %122, 1, !dbg !104
  %124 = sitofp i32 %123 to double, !dbg !105
  %125 = fdiv double 1.000000e+00, %124, !dbg !106
  %126 = load i32, ptr %10, align 4, !dbg !107
  %127 = load i32, ptr %11, align 4, !dbg !108
  %128 = icmp eq i32 %126, %127, !dbg !109
  %129 = zext i1 %128 to i32, !dbg !109
  %130 = sitofp i32 %129 to double, !dbg !110
  %131 = fadd double %125, %130, !dbg !111
  %132 = load i32, ptr %10, align 4, !dbg !112
  %133 = sext i32 %132 to i64, !dbg !113
  %134 = getelementptr inbounds [8 x [8 x double]], ptr %8, i64 0, i64 %133, !dbg !113
  %135 = load i32, ptr %11, align 4, !dbg !114
  %136 = sext i32 %135 to i64, !dbg !113
  %137 = getelementptr inbounds [8 x double], ptr %134, i64 0, i64 %136, !dbg !113
  store double %131, ptr %137, align 8, !dbg !115
  br label %138, !dbg !113

138:                                              ; preds = %119
  %139 = load i32, ptr %11, align 4, !dbg !116
  %140 = add nsw i32 %139, 1, !dbg !116
  store i32 %140, ptr %11, align 4, !dbg !116
  br label %116, !dbg !100, !llvm.loop !117

141:                                              ; preds = %116
  %142 = load i32, ptr %10, align 4, !dbg !119
  %143 = add nsw i32 %142, 1, !dbg !120
  %144 = sitofp i32 %143 to double, !dbg !119
  %145 = load i32, ptr %10, align 4, !dbg !121
  %146 = sext i32 %145 to i64, !dbg !122
  %147 = getelementptr inbounds [8 x double], ptr %9, i64 0, i64 %146, !dbg !122
  store double %144, ptr %147, align 8, !dbg !123
  br label %148, !dbg !124

148:                                              ; preds = %141
  %149 = load i32, ptr %10, align 4, !dbg !125
  %150 = add nsw i32 %149, 1, !dbg !125
  store i32 %150, ptr %10, align 4, !dbg !125
  br label %112, !dbg !95, !llvm.loop !126

151:                                              ; preds = %112
  %152 = getelementptr inbounds [8 x [8 x double]], ptr %8, i64 0, i64 0, !dbg !127
  %153 = getelementptr inbounds [8 x double], ptr %9, i64 0, i64 0, !dbg !128
  call void @lu_solve(i32 noundef 8, ptr noundef %152, ptr noundef %153), !dbg !129
  store i32 0, ptr %12, align 4, !dbg !130
  br label %154, !dbg !131

154:                                              ; preds = %167, %151
  %155 = load i32, ptr %12, align 4, !dbg !132
  %156 = icmp slt i32 %155, 8, !dbg !133
  br i1 %156, label %157, label %170, !dbg !134

157:                                              ; preds = %154
  %158 = load i32, ptr %12, align 4, !dbg !135
  %159 = sext i32 %158 to i64, !dbg !136
  %160 = getelementptr inbounds [8 x double], ptr %9, i64 0, i64 %159, !dbg !136
  %161 = load double, ptr %160, align 8, !dbg !136
  %162 = load i32, ptr %12, align 4, !dbg !137
  %163 = icmp eq i32 %162, 7, !dbg !138
  %164 = zext i1 %163 to i64, !dbg !137
  %165 = select i1 %163, i32 10, i32 32, !dbg !137
  %166 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %161, i32 noundef %165), !dbg !139
  br label %167, !dbg !139

167:                                              ; preds = %157
  %168 = load i32, ptr %12, align 4, !dbg !140
  %169 = add nsw i32 %168, 1, !dbg !140
  store i32 %169, ptr %12, align 4, !dbg !140
  br label %154, !dbg !134, !llvm.loop !141

170:                                              ; preds = %154
  store i32 0, ptr %15, align 4, !dbg !143
  br label %171, !dbg !144

171:                                              ; preds = %194, %170
  %172 = load i32, ptr %15, align 4, !dbg !145
  %173 = icmp slt i32 %172, 16, !dbg !146
  br i1 %173, label %174, label %197, !dbg !147

174:                                              ; preds = %171
  store i32 0, ptr %16, align 4, !dbg !148
  br label %175, !dbg !149

175:                                              ; preds = %190, %174
  %176 = load i32, ptr %16, align 4, !dbg !150
  %177 = icmp slt i32 %176, 16, !dbg !151
  br i1 %177, label %178, label %193, !dbg !152

178:                                              ; preds = %175
  %179 = load i32, ptr %15, align 4, !dbg !153
  %180 = load i32, ptr %16, align 4, !dbg !154
  %181 = sub nsw i32 %179, %180, !dbg !155
  %182 = sitofp i32 %181 to float, !dbg !156
  %183 = fmul float %182, 1.250000e-01, !dbg !157
  %184 = load i32, ptr %15, align 4, !dbg !158
  %185 = sext i32 %184 to i64, !dbg !159
  %186 = getelementptr inbounds [16 x [16 x float]], ptr %13, i64 0, i64 %185, !dbg !159
  %187 = load i32, ptr %16, align 4, !dbg !160
  %188 = sext i32 %187 to i64, !dbg !159
  %189 = getelementptr inbounds [16 x float], ptr %186, i64 0, i64 %188, !dbg !159
  store float %183, ptr %189, align 4, !dbg !161
  br label %190, !dbg !159

190:                                              ; preds = %178
  %191 = load i32, ptr %16, align 4, !dbg !162
  %192 = add nsw i32 %191, 1, !dbg !162
  store i32 %192, ptr %16, align 4, !dbg !162
  br label %175, !dbg !152, !llvm.loop !163

193:                                              ; preds = %175
  br label %194, !dbg !164

194:                                              ; preds = %193
  %195 = load i32, ptr %15, align 4, !dbg !165
  %196 = add nsw i32 %195, 1, !dbg !165
  store i32 %196, ptr %15, align 4, !dbg !165
  br label %171, !dbg !147, !llvm.loop !166

197:                                              ; preds = %171
  store i32 0, ptr %17, align 4, !dbg !167
  br label %198, !dbg !168

198:                                              ; preds = %241, %197
  %199 = load i32, ptr %17, align 4, !dbg !169
  %200 = icmp slt i32 %199, 16, !dbg !170
  br i1 %200, label %201, label %244, !dbg !171

201:                                              ; preds = %198
  store i32 0, ptr %18, align 4, !dbg !172
  br label %202, !dbg !173

202:                                              ; preds = %237, %201
  %203 = load i32, ptr %18, align 4, !dbg !174
  %204 = icmp slt i32 %203, 16, !dbg !175
  br i1 %204, label %205, label %240, !dbg !176

205:                                              ; preds = %202
  store float 0.000000e+00, ptr %19, align 4, !dbg !177
  store i32 0, ptr %20, align 4, !dbg !178
  br label %206, !dbg !179

206:                                              ; preds = %226, %205
  %207 = load i32, ptr %20, align 4, !dbg !180
  %208 = icmp slt i32 %207, 16, !dbg !181
  br i1 %208, label %209, label %229, !dbg !182

209:                                              ; preds = %206
  %210 = load i32, ptr %17, align 4, !dbg !183
  %211 = sext i32 %210 to i64, !dbg !184
  %212 = getelementptr inbounds [16 x [16 x float]], ptr %13, i64 0, i64 %211, !dbg !184
  %213 = load i32, ptr %20, align 4, !dbg !185
  %214 = sext i32 %213 to i64, !dbg !184
  %215 = getelementptr inbounds [16 x float], ptr %212, i64 0, i64 %214, !dbg !184
  %216 = load float, ptr %215, align 4, !dbg !184
  %217 = load i32, ptr %18, align 4, !dbg !186
  %218 = sext i32 %217 to i64, !dbg !187
  %219 = getelementptr inbounds [16 x [16 x float]], ptr %13, i64 0, i64 %218, !dbg !187
  %220 = load i32, ptr %20, align 4, !dbg !188
  %221 = sext i32 %220 to i64, !dbg !187
  %222 = getelementptr inbounds [16 x float], ptr %219, i64 0, i64 %221, !dbg !187
  %223 = load float, ptr %222, align 4, !dbg !187
  %224 = load float, ptr %19, align 4, !dbg !189
  %225 = call float @llvm.fmuladd.f32(float %216, float %223, float %224), !dbg !189
  store float %225, ptr %19, align 4, !dbg !189
  br label %226, !dbg !190

226:                                              ; preds = %209
  %227 = load i32, ptr %20, align 4, !dbg !191
  %228 = add nsw i32 %227, 1, !dbg !191
  store i32 %228, ptr %20, align 4, !dbg !191
  br label %206, !dbg !182, !llvm.loop !192

229:                                              ; preds = %206
  %230 = load float, ptr %19, align 4, !dbg !194
  %231 = load i32, ptr %17, align 4, !dbg !195
  %232 = sext i32 %231 to i64, !dbg !196
  %233 = getelementptr inbounds [16 x [16 x float]], ptr %14, i64 0, i64 %232, !dbg !196
  %234 = load i32, ptr %18, align 4, !dbg !197
  %235 = sext i32 %234 to i64, !dbg !196
  %236 = getelementptr inbounds [16 x float], ptr %233, i64 0, i64 %235, !dbg !196
  store float %230, ptr %236, align 4, !dbg !198
  br label %237, !dbg !199

237:                                              ; preds = %229
  %238 = load i32, ptr %18, align 4, !dbg !200
  %239 = add nsw i32 %238, 1, !dbg !200
  store i32 %239, ptr %18, align 4, !dbg !200
  br label %202, !dbg !176, !llvm.loop !201

240:                                              ; preds = %202
  br label %241, !dbg !199

241:                                              ; preds = %240
  %242 = load i32, ptr %17, align 4, !dbg !202
  %243 = add nsw i32 %242, 1, !dbg !202
  store i32 %243, ptr %17, align 4, !dbg !202
  br label %198, !dbg !171, !llvm.loop !203

244:                                              ; preds = %198
  %245 = getelementptr inbounds [16 x [16 x float]], ptr %14, i64 0, i64 3, !dbg !204
  %246 = getelementptr inbounds [16 x float], ptr %245, i64 0, i64 7, !dbg !204
  %247 = load float, ptr %246, align 4, !dbg !204
  %248 = fpext float %247 to double, !dbg !205
  %249 = getelementptr inbounds [16 x [16 x float]], ptr %14, i64 0, i64 15, !dbg !206
  %250 = getelementptr inbounds [16 x float], ptr %249, i64 0, i64 15, !dbg !206
  %251 = load float, ptr %250, align 4, !dbg !206
  %252 = fpext float %251 to double, !dbg !207
  %253 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %248, double noundef %252), !dbg !208
  ret i32 0, !dbg !209
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @mm_naive() #0 !dbg !210 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  store i32 0, ptr %1, align 4, !dbg !211
  br label %5, !dbg !212

5:                                                ; preds = %48, %0
  %6 = load i32, ptr %1, align 4, !dbg !213
  %7 = icmp slt i32 %6, 48, !dbg !214
  br i1 %7, label %8, label %51, !dbg !215

8:                                                ; preds = %5
  store i32 0, ptr %2, align 4, !dbg !216
  br label %9, !dbg !217

9:                                                ; preds = %44, %8
  %10 = load i32, ptr %2, align 4, !dbg !218
  %11 = icmp slt i32 %10, 48, !dbg !219
  br i1 %11, label %12, label %47, !dbg !220

12:                                               ; preds = %9
  store double 0.000000e+00, ptr %3, align 8, !dbg !221
  store i32 0, ptr %4, align 4, !dbg !222
  br label %13, !dbg !223

13:                                               ; preds = %33, %12
  %14 = load i32, ptr %4, align 4, !dbg !224
  %15 = icmp slt i32 %14, 48, !dbg !225
  br i1 %15, label %16, label %36, !dbg !226

16:                                               ; preds = %13
  %17 = load i32, ptr %1, align 4, !dbg !227
  %18 = sext i32 %17 to i64, !dbg !228
  %19 = getelementptr inbounds [48 x [48 x double]], ptr @A, i64 0, i64 %18, !dbg !228
  %20 = load i32, ptr %4, align 4, !dbg !229
  %21 = sext i32 %20 to i64, !dbg !228
  %22 = getelementptr inbounds [48 x double], ptr %19, i64 0, i64 %21, !dbg !228
  %23 = load double, ptr %22, align 8, !dbg !228
  %24 = load i32, ptr %4, align 4, !dbg !230
  %25 = sext i32 %24 to i64, !dbg !231
  %26 = getelementptr inbounds [48 x [48 x double]], ptr @B, i64 0, i64 %25, !dbg !231
  %27 = load i32, ptr %2, align 4, !dbg !232
  %28 = sext i32 %27 to i64, !dbg !231
  %29 = getelementptr inbounds [48 x double], ptr %26, i64 0, i64 %28, !dbg !231
  %30 = load double, ptr %29, align 8, !dbg !231
  %31 = load double, ptr %3, align 8, !dbg !233
  %32 = call double @llvm.fmuladd.f64(double %23, double %30, double %31), !dbg !233
  store double %32, ptr %3, align 8, !dbg !233
  br label %33, !dbg !234

33:                                               ; preds = %16
  %34 = load i32, ptr %4, align 4, !dbg !235
  %35 = add nsw i32 %34, 1, !dbg !235
  store i32 %35, ptr %4, align 4, !dbg !235
  br label %13, !dbg !226, !llvm.loop !236

36:                                               ; preds = %13
  %37 = load double, ptr %3, align 8, !dbg !238
  %38 = load i32, ptr %1, align 4, !dbg !239
  %39 = sext i32 %38 to i64, !dbg !240
  %40 = getelementptr inbounds [48 x [48 x double]], ptr @C, i64 0, i64 %39, !dbg !240
  %41 = load i32, ptr %2, align 4, !dbg !241
  %42 = sext i32 %41 to i64, !dbg !240
  %43 = getelementptr inbounds [48 x double], ptr %40, i64 0, i64 %42, !dbg !240
  store double %37, ptr %43, align 8, !dbg !242
  br label %44, !dbg !243

44:                                               ; preds = %36
  %45 = load i32, ptr %2, align 4, !dbg !244
  %46 = add nsw i32 %45, 1, !dbg !244
  store i32 %46, ptr %2, align 4, !dbg !244
  br label %9, !dbg !220, !llvm.loop !245

47:                                               ; preds = %9
  br label %48, !dbg !243

48:                                               ; preds = %47
  %49 = load i32, ptr %1, align 4, !dbg !246
  %50 = add nsw i32 %49, 1, !dbg !246
  store i32 %50, ptr %1, align 4, !dbg !246
  br label %5, !dbg !215, !llvm.loop !247

51:                                               ; preds = %5
  ret void, !dbg !248
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @mm_blocked() #0 !dbg !249 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  %9 = alloca i32, align 4
  store i32 0, ptr %1, align 4, !dbg !250
  br label %10, !dbg !251

10:                                               ; preds = %28, %0
  %11 = load i32, ptr %1, align 4, !dbg !252
  %12 = icmp slt i32 %11, 48, !dbg !253
  br i1 %12, label %13, label %31, !dbg !254

13:                                               ; preds = %10
  store i32 0, ptr %2, align 4, !dbg !255
  br label %14, !dbg !256

14:                                               ; preds = %24, %13
  %15 = load i32, ptr %2, align 4, !dbg !257
  %16 = icmp slt i32 %15, 48, !dbg !258
  br i1 %16, label %17, label %27, !dbg !259

17:                                               ; preds = %14
  %18 = load i32, ptr %1, align 4, !dbg !260
  %19 = sext i32 %18 to i64, !dbg !261
  %20 = getelementptr inbounds [48 x [48 x double]], ptr @D, i64 0, i64 %19, !dbg !261
  %21 = load i32, ptr %2, align 4, !dbg !262
  %22 = sext i32 %21 to i64, !dbg !261
  %23 = getelementptr inbounds [48 x double], ptr %20, i64 0, i64 %22, !dbg !261
  store double 0.000000e+00, ptr %23, align 8, !dbg !263
  br label %24, !dbg !261

24:                                               ; preds = %17
  %25 = load i32, ptr %2, align 4, !dbg !264
  %26 = add nsw i32 %25, 1, !dbg !264
  store i32 %26, ptr %2, align 4, !dbg !264
  br label %14, !dbg !259, !llvm.loop !265

27:                                               ; preds = %14
  br label %28, !dbg !266

28:                                               ; preds = %27
  %29 = load i32, ptr %1, align 4, !dbg !267
  %30 = add nsw i32 %29, 1, !dbg !267
  store i32 %30, ptr %1, align 4, !dbg !267
  br label %10, !dbg !254, !llvm.loop !268

31:                                               ; preds = %10
  store i32 0, ptr %3, align 4, !dbg !269
  br label %32, !dbg !270

32:                                               ; preds = %108, %31
  %33 = load i32, ptr %3, align 4, !dbg !271
  %34 = icmp slt i32 %33, 48, !dbg !272
  br i1 %34, label %35, label %111, !dbg !273

35:                                               ; preds = %32
  store i32 0, ptr %4, align 4, !dbg !274
  br label %36, !dbg !275

36:                                               ; preds = %104, %35
  %37 = load i32, ptr %4, align 4, !dbg !276
  %38 = icmp slt i32 %37, 48, !dbg !277
  br i1 %38, label %39, label %107, !dbg !278

39:                                               ; preds = %36
  store i32 0, ptr %5, align 4, !dbg !279
  br label %40, !dbg !280

40:                                               ; preds = %100, %39
  %41 = load i32, ptr %5, align 4, !dbg !281
  %42 = icmp slt i32 %41, 48, !dbg !282
  br i1 %42, label %43, label %103, !dbg !283

43:                                               ; preds = %40
  %44 = load i32, ptr %3, align 4, !dbg !284
  store i32 %44, ptr %6, align 4, !dbg !285
  br label %45, !dbg !286

45:                                               ; preds = %96, %43
  %46 = load i32, ptr %6, align 4, !dbg !287
  %47 = load i32, ptr %3, align 4, !dbg !288
  %48 = add nsw i32 %47, 16, !dbg !289
  %49 = icmp slt i32 %46, %48, !dbg !290
  br i1 %49, label %50, label %99, !dbg !291

50:                                               ; preds = %45
  %51 = load i32, ptr %4, align 4, !dbg !292
  store i32 %51, ptr %7, align 4, !dbg !293
  br label %52, !dbg !294

52:                                               ; preds = %92, %50
  %53 = load i32, ptr %7, align 4, !dbg !295
  %54 = load i32, ptr %4, align 4, !dbg !296
  %55 = add nsw i32 %54, 16, !dbg !297
  %56 = icmp slt i32 %53, %55, !dbg !298
  br i1 %56, label %57, label %95, !dbg !299

57:                                               ; preds = %52
  %58 = load i32, ptr %6, align 4, !dbg !300
  %59 = sext i32 %58 to i64, !dbg !301
  %60 = getelementptr inbounds [48 x [48 x double]], ptr @A, i64 0, i64 %59, !dbg !301
  %61 = load i32, ptr %7, align 4, !dbg !302
  %62 = sext i32 %61 to i64, !dbg !301
  %63 = getelementptr inbounds [48 x double], ptr %60, i64 0, i64 %62, !dbg !301
  %64 = load double, ptr %63, align 8, !dbg !301
  store double %64, ptr %8, align 8, !dbg !303
  %65 = load i32, ptr %5, align 4, !dbg !304
  store i32 %65, ptr %9, align 4, !dbg !305
  br label %66, !dbg !306

66:                                               ; preds = %88, %57
  %67 = load i32, ptr %9, align 4, !dbg !307
  %68 = load i32, ptr %5, align 4, !dbg !308
  %69 = add nsw i32 %68, 16, !dbg !309
  %70 = icmp slt i32 %67, %69, !dbg !310
  br i1 %70, label %71, label %91, !dbg !311

71:                                               ; preds = %66
  %72 = load double, ptr %8, align 8, !dbg !312
  %73 = load i32, ptr %7, align 4, !dbg !313
  %74 = sext i32 %73 to i64, !dbg !314
  %75 = getelementptr inbounds [48 x [48 x double]], ptr @B, i64 0, i64 %74, !dbg !314
  %76 = load i32, ptr %9, align 4, !dbg !315
  %77 = sext i32 %76 to i64, !dbg !314
  %78 = getelementptr inbounds [48 x double], ptr %75, i64 0, i64 %77, !dbg !314
  %79 = load double, ptr %78, align 8, !dbg !314
  %80 = load i32, ptr %6, align 4, !dbg !316
  %81 = sext i32 %80 to i64, !dbg !317
  %82 = getelementptr inbounds [48 x [48 x double]], ptr @D, i64 0, i64 %81, !dbg !317
  %83 = load i32, ptr %9, align 4, !dbg !318
  %84 = sext i32 %83 to i64, !dbg !317
  %85 = getelementptr inbounds [48 x double], ptr %82, i64 0, i64 %84, !dbg !317
  %86 = load double, ptr %85, align 8, !dbg !319
  %87 = call double @llvm.fmuladd.f64(double %72, double %79, double %86), !dbg !319
  store double %87, ptr %85, align 8, !dbg !319
  br label %88, !dbg !317

88:                                               ; preds = %71
  %89 = load i32, ptr %9, align 4, !dbg !320
  %90 = add nsw i32 %89, 1, !dbg !320
  store i32 %90, ptr %9, align 4, !dbg !320
  br label %66, !dbg !311, !llvm.loop !321

91:                                               ; preds = %66
  br label %92, !dbg !323

92:                                               ; preds = %91
  %93 = load i32, ptr %7, align 4, !dbg !324
  %94 = add nsw i32 %93, 1, !dbg !324
  store i32 %94, ptr %7, align 4, !dbg !324
  br label %52, !dbg !299, !llvm.loop !325

95:                                               ; preds = %52
  br label %96, !dbg !323

96:                                               ; preds = %95
  %97 = load i32, ptr %6, align 4, !dbg !326
  %98 = add nsw i32 %97, 1, !dbg !326
  store i32 %98, ptr %6, align 4, !dbg !326
  br label %45, !dbg !291, !llvm.loop !327

99:                                               ; preds = %45
  br label %100, !dbg !323

100:                                              ; preds = %99
  %101 = load i32, ptr %5, align 4, !dbg !328
  %102 = add nsw i32 %101, 16, !dbg !328
  store i32 %102, ptr %5, align 4, !dbg !328
  br label %40, !dbg !283, !llvm.loop !329

103:                                              ; preds = %40
  br label %104, !dbg !323

104:                                              ; preds = %103
  %105 = load i32, ptr %4, align 4, !dbg !330
  %106 = add nsw i32 %105, 16, !dbg !330
  store i32 %106, ptr %4, align 4, !dbg !330
  br label %36, !dbg !278, !llvm.loop !331

107:                                              ; preds = %36
  br label %108, !dbg !323

108:                                              ; preds = %107
  %109 = load i32, ptr %3, align 4, !dbg !332
  %110 = add nsw i32 %109, 16, !dbg !332
  store i32 %110, ptr %3, align 4, !dbg !332
  br label %32, !dbg !273, !llvm.loop !333

111:                                              ; preds = %32
  ret void, !dbg !334
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @lu_solve(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 !dbg !335 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca double, align 8
  %12 = alloca double, align 8
  %13 = alloca i32, align 4
  %14 = alloca double, align 8
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca double, align 8
  %18 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %19 = load i32, ptr %4, align 4, !dbg !336
  %20 = zext i32 %19 to i64
  %21 = load i32, ptr %4, align 4, !dbg !337
  %22 = zext i32 %21 to i64
  store i32 0, ptr %7, align 4, !dbg !338
  br label %23, !dbg !339

23:                                               ; preds = %247, %3
  %24 = load i32, ptr %7, align 4, !dbg !340
  %25 = load i32, ptr %4, align 4, !dbg !341
  %26 = icmp slt i32 %24, %25, !dbg !342
  br i1 %26, label %27, label %250, !dbg !343

27:                                               ; preds = %23
  %28 = load i32, ptr %7, align 4, !dbg !344
  store i32 %28, ptr %8, align 4, !dbg !345
  %29 = load i32, ptr %7, align 4, !dbg !346
  %30 = add nsw i32 %29, 1, !dbg !347
  store i32 %30, ptr %9, align 4, !dbg !348
  br label %31, !dbg !349

31:                                               ; preds = %106, %27
  %32 = load i32, ptr %9, align 4, !dbg !350
  %33 = load i32, ptr %4, align 4, !dbg !351
  %34 = icmp slt i32 %32, %33, !dbg !352
  br i1 %34, label %35, label %109, !dbg !353

35:                                               ; preds = %31
  %36 = load ptr, ptr %5, align 8, !dbg !354
  %37 = load i32, ptr %9, align 4, !dbg !355
  %38 = sext i32 %37 to i64, !dbg !354
  %39 = mul nsw i64 %38, %22, !dbg !354
  %40 = getelementptr inbounds double, ptr %36, i64 %39, !dbg !354
  %41 = load i32, ptr %7, align 4, !dbg !356
  %42 = sext i32 %41 to i64, !dbg !354
  %43 = getelementptr inbounds double, ptr %40, i64 %42, !dbg !354
  %44 = load double, ptr %43, align 8, !dbg !354
  %45 = fcmp olt double %44, 0.000000e+00, !dbg !357
  br i1 %45, label %46, label %57, !dbg !354

46:                                               ; preds = %35
  %47 = load ptr, ptr %5, align 8, !dbg !358
  %48 = load i32, ptr %9, align 4, !dbg !359
  %49 = sext i32 %48 to i64, !dbg !358
  %50 = mul nsw i64 %49, %22, !dbg !358
  %51 = getelementptr inbounds double, ptr %47, i64 %50, !dbg !358
  %52 = load i32, ptr %7, align 4, !dbg !360
  %53 = sext i32 %52 to i64, !dbg !358
  %54 = getelementptr inbounds double, ptr %51, i64 %53, !dbg !358
  %55 = load double, ptr %54, align 8, !dbg !358
  %56 = fneg double %55, !dbg !361
  br label %67, !dbg !354

57:                                               ; preds = %35
  %58 = load ptr, ptr %5, align 8, !dbg !362
  %59 = load i32, ptr %9, align 4, !dbg !363
  %60 = sext i32 %59 to i64, !dbg !362
  %61 = mul nsw i64 %60, %22, !dbg !362
  %62 = getelementptr inbounds double, ptr %58, i64 %61, !dbg !362
  %63 = load i32, ptr %7, align 4, !dbg !364
  %64 = sext i32 %63 to i64, !dbg !362
  %65 = getelementptr inbounds double, ptr %62, i64 %64, !dbg !362
  %66 = load double, ptr %65, align 8, !dbg !362
  br label %67, !dbg !354

67:                                               ; preds = %57, %46
  %68 = phi double [ %56, %46 ], [ %66, %57 ], !dbg !354
  %69 = load ptr, ptr %5, align 8, !dbg !365
  %70 = load i32, ptr %8, align 4, !dbg !366
  %71 = sext i32 %70 to i64, !dbg !365
  %72 = mul nsw i64 %71, %22, !dbg !365
  %73 = getelementptr inbounds double, ptr %69, i64 %72, !dbg !365
  %74 = load i32, ptr %7, align 4, !dbg !367
  %75 = sext i32 %74 to i64, !dbg !365
  %76 = getelementptr inbounds double, ptr %73, i64 %75, !dbg !365
  %77 = load double, ptr %76, align 8, !dbg !365
  %78 = fcmp olt double %77, 0.000000e+00, !dbg !368
  br i1 %78, label %79, label %90, !dbg !365

79:                                               ; preds = %67
  %80 = load ptr, ptr %5, align 8, !dbg !369
  %81 = load i32, ptr %8, align 4, !dbg !370
  %82 = sext i32 %81 to i64, !dbg !369
  %83 = mul nsw i64 %82, %22, !dbg !369
  %84 = getelementptr inbounds double, ptr %80, i64 %83, !dbg !369
  %85 = load i32, ptr %7, align 4, !dbg !371
  %86 = sext i32 %85 to i64, !dbg !369
  %87 = getelementptr inbounds double, ptr %84, i64 %86, !dbg !369
  %88 = load double, ptr %87, align 8, !dbg !369
  %89 = fneg double %88, !dbg !372
  br label %100, !dbg !365

90:                                               ; preds = %67
  %91 = load ptr, ptr %5, align 8, !dbg !373
  %92 = load i32, ptr %8, align 4, !dbg !374
  %93 = sext i32 %92 to i64, !dbg !373
  %94 = mul nsw i64 %93, %22, !dbg !373
  %95 = getelementptr inbounds double, ptr %91, i64 %94, !dbg !373
  %96 = load i32, ptr %7, align 4, !dbg !375
  %97 = sext i32 %96 to i64, !dbg !373
  %98 = getelementptr inbounds double, ptr %95, i64 %97, !dbg !373
  %99 = load double, ptr %98, align 8, !dbg !373
  br label %100, !dbg !365

100:                                              ; preds = %90, %79
  %101 = phi double [ %89, %79 ], [ %99, %90 ], !dbg !365
  %102 = fcmp ogt double %68, %101, !dbg !376
  br i1 %102, label %103, label %105, !dbg !376

103:                                              ; preds = %100
  %104 = load i32, ptr %9, align 4, !dbg !377
  store i32 %104, ptr %8, align 4, !dbg !378
  br label %105, !dbg !379

105:                                              ; preds = %103, %100
  br label %106, !dbg !380

106:                                              ; preds = %105
  %107 = load i32, ptr %9, align 4, !dbg !381
  %108 = add nsw i32 %107, 1, !dbg !381
  store i32 %108, ptr %9, align 4, !dbg !381
  br label %31, !dbg !353, !llvm.loop !382

109:                                              ; preds = %31
  store i32 0, ptr %10, align 4, !dbg !383
  br label %110, !dbg !384

110:                                              ; preds = %150, %109
  %111 = load i32, ptr %10, align 4, !dbg !385
  %112 = load i32, ptr %4, align 4, !dbg !386
  %113 = icmp slt i32 %111, %112, !dbg !387
  br i1 %113, label %114, label %153, !dbg !388

114:                                              ; preds = %110
  %115 = load ptr, ptr %5, align 8, !dbg !389
  %116 = load i32, ptr %7, align 4, !dbg !390
  %117 = sext i32 %116 to i64, !dbg !389
  %118 = mul nsw i64 %117, %22, !dbg !389
  %119 = getelementptr inbounds double, ptr %115, i64 %118, !dbg !389
  %120 = load i32, ptr %10, align 4, !dbg !391
  %121 = sext i32 %120 to i64, !dbg !389
  %122 = getelementptr inbounds double, ptr %119, i64 %121, !dbg !389
  %123 = load double, ptr %122, align 8, !dbg !389
  store double %123, ptr %11, align 8, !dbg !392
  %124 = load ptr, ptr %5, align 8, !dbg !393
  %125 = load i32, ptr %8, align 4, !dbg !394
  %126 = sext i32 %125 to i64, !dbg !393
  %127 = mul nsw i64 %126, %22, !dbg !393
  %128 = getelementptr inbounds double, ptr %124, i64 %127, !dbg !393
  %129 = load i32, ptr %10, align 4, !dbg !395
  %130 = sext i32 %129 to i64, !dbg !393
  %131 = getelementptr inbounds double, ptr %128, i64 %130, !dbg !393
  %132 = load double, ptr %131, align 8, !dbg !393
  %133 = load ptr, ptr %5, align 8, !dbg !396
  %134 = load i32, ptr %7, align 4, !dbg !397
  %135 = sext i32 %134 to i64, !dbg !396
  %136 = mul nsw i64 %135, %22, !dbg !396
  %137 = getelementptr inbounds double, ptr %133, i64 %136, !dbg !396
  %138 = load i32, ptr %10, align 4, !dbg !398
  %139 = sext i32 %138 to i64, !dbg !396
  %140 = getelementptr inbounds double, ptr %137, i64 %139, !dbg !396
  store double %132, ptr %140, align 8, !dbg !399
  %141 = load double, ptr %11, align 8, !dbg !400
  %142 = load ptr, ptr %5, align 8, !dbg !401
  %143 = load i32, ptr %8, align 4, !dbg !402
  %144 = sext i32 %143 to i64, !dbg !401
  %145 = mul nsw i64 %144, %22, !dbg !401
  %146 = getelementptr inbounds double, ptr %142, i64 %145, !dbg !401
  %147 = load i32, ptr %10, align 4, !dbg !403
  %148 = sext i32 %147 to i64, !dbg !401
  %149 = getelementptr inbounds double, ptr %146, i64 %148, !dbg !401
  store double %141, ptr %149, align 8, !dbg !404
  br label %150, !dbg !405

150:                                              ; preds = %114
  %151 = load i32, ptr %10, align 4, !dbg !406
  %152 = add nsw i32 %151, 1, !dbg !406
  store i32 %152, ptr %10, align 4, !dbg !406
  br label %110, !dbg !388, !llvm.loop !407

153:                                              ; preds = %110
  %154 = load ptr, ptr %6, align 8, !dbg !408
  %155 = load i32, ptr %7, align 4, !dbg !409
  %156 = sext i32 %155 to i64, !dbg !408
  %157 = getelementptr inbounds double, ptr %154, i64 %156, !dbg !408
  %158 = load double, ptr %157, align 8, !dbg !408
  store double %158, ptr %12, align 8, !dbg !410
  %159 = load ptr, ptr %6, align 8, !dbg !411
  %160 = load i32, ptr %8, align 4, !dbg !412
  %161 = sext i32 %160 to i64, !dbg !411
  %162 = getelementptr inbounds double, ptr %159, i64 %161, !dbg !411
  %163 = load double, ptr %162, align 8, !dbg !411
  %164 = load ptr, ptr %6, align 8, !dbg !413
  %165 = load i32, ptr %7, align 4, !dbg !414
  %166 = sext i32 %165 to i64, !dbg !413
  %167 = getelementptr inbounds double, ptr %164, i64 %166, !dbg !413
  store double %163, ptr %167, align 8, !dbg !415
  %168 = load double, ptr %12, align 8, !dbg !416
  %169 = load ptr, ptr %6, align 8, !dbg !417
  %170 = load i32, ptr %8, align 4, !dbg !418
  %171 = sext i32 %170 to i64, !dbg !417
  %172 = getelementptr inbounds double, ptr %169, i64 %171, !dbg !417
  store double %168, ptr %172, align 8, !dbg !419
  %173 = load i32, ptr %7, align 4, !dbg !420
  %174 = add nsw i32 %173, 1, !dbg !421
  store i32 %174, ptr %13, align 4, !dbg !422
  br label %175, !dbg !423

175:                                              ; preds = %243, %153
  %176 = load i32, ptr %13, align 4, !dbg !424
  %177 = load i32, ptr %4, align 4, !dbg !425
  %178 = icmp slt i32 %176, %177, !dbg !426
  br i1 %178, label %179, label %246, !dbg !427

179:                                              ; preds = %175
  %180 = load ptr, ptr %5, align 8, !dbg !428
  %181 = load i32, ptr %13, align 4, !dbg !429
  %182 = sext i32 %181 to i64, !dbg !428
  %183 = mul nsw i64 %182, %22, !dbg !428
  %184 = getelementptr inbounds double, ptr %180, i64 %183, !dbg !428
  %185 = load i32, ptr %7, align 4, !dbg !430
  %186 = sext i32 %185 to i64, !dbg !428
  %187 = getelementptr inbounds double, ptr %184, i64 %186, !dbg !428
  %188 = load double, ptr %187, align 8, !dbg !428
  %189 = load ptr, ptr %5, align 8, !dbg !431
  %190 = load i32, ptr %7, align 4, !dbg !432
  %191 = sext i32 %190 to i64, !dbg !431
  %192 = mul nsw i64 %191, %22, !dbg !431
  %193 = getelementptr inbounds double, ptr %189, i64 %192, !dbg !431
  %194 = load i32, ptr %7, align 4, !dbg !433
  %195 = sext i32 %194 to i64, !dbg !431
  %196 = getelementptr inbounds double, ptr %193, i64 %195, !dbg !431
  %197 = load double, ptr %196, align 8, !dbg !431
  %198 = fdiv double %188, %197, !dbg !434
  store double %198, ptr %14, align 8, !dbg !435
  %199 = load i32, ptr %7, align 4, !dbg !436
  store i32 %199, ptr %15, align 4, !dbg !437
  br label %200, !dbg !438

200:                                              ; preds = %226, %179
  %201 = load i32, ptr %15, align 4, !dbg !439
  %202 = load i32, ptr %4, align 4, !dbg !440
  %203 = icmp slt i32 %201, %202, !dbg !441
  br i1 %203, label %204, label %229, !dbg !442

204:                                              ; preds = %200
  %205 = load double, ptr %14, align 8, !dbg !443
  %206 = load ptr, ptr %5, align 8, !dbg !444
  %207 = load i32, ptr %7, align 4, !dbg !445
  %208 = sext i32 %207 to i64, !dbg !444
  %209 = mul nsw i64 %208, %22, !dbg !444
  %210 = getelementptr inbounds double, ptr %206, i64 %209, !dbg !444
  %211 = load i32, ptr %15, align 4, !dbg !446
  %212 = sext i32 %211 to i64, !dbg !444
  %213 = getelementptr inbounds double, ptr %210, i64 %212, !dbg !444
  %214 = load double, ptr %213, align 8, !dbg !444
  %215 = load ptr, ptr %5, align 8, !dbg !447
  %216 = load i32, ptr %13, align 4, !dbg !448
  %217 = sext i32 %216 to i64, !dbg !447
  %218 = mul nsw i64 %217, %22, !dbg !447
  %219 = getelementptr inbounds double, ptr %215, i64 %218, !dbg !447
  %220 = load i32, ptr %15, align 4, !dbg !449
  %221 = sext i32 %220 to i64, !dbg !447
  %222 = getelementptr inbounds double, ptr %219, i64 %221, !dbg !447
  %223 = load double, ptr %222, align 8, !dbg !450
  %224 = fneg double %205, !dbg !450
  %225 = call double @llvm.fmuladd.f64(double %224, double %214, double %223), !dbg !450
  store double %225, ptr %222, align 8, !dbg !450
  br label %226, !dbg !447

226:                                              ; preds = %204
  %227 = load i32, ptr %15, align 4, !dbg !451
  %228 = add nsw i32 %227, 1, !dbg !451
  store i32 %228, ptr %15, align 4, !dbg !451
  br label %200, !dbg !442, !llvm.loop !452

229:                                              ; preds = %200
  %230 = load double, ptr %14, align 8, !dbg !454
  %231 = load ptr, ptr %6, align 8, !dbg !455
  %232 = load i32, ptr %7, align 4, !dbg !456
  %233 = sext i32 %232 to i64, !dbg !455
  %234 = getelementptr inbounds double, ptr %231, i64 %233, !dbg !455
  %235 = load double, ptr %234, align 8, !dbg !455
  %236 = load ptr, ptr %6, align 8, !dbg !457
  %237 = load i32, ptr %13, align 4, !dbg !458
  %238 = sext i32 %237 to i64, !dbg !457
  %239 = getelementptr inbounds double, ptr %236, i64 %238, !dbg !457
  %240 = load double, ptr %239, align 8, !dbg !459
  %241 = fneg double %230, !dbg !459
  %242 = call double @llvm.fmuladd.f64(double %241, double %235, double %240), !dbg !459
  store double %242, ptr %239, align 8, !dbg !459
  br label %243, !dbg !460

243:                                              ; preds = %229
  %244 = load i32, ptr %13, align 4, !dbg !461
  %245 = add nsw i32 %244, 1, !dbg !461
  store i32 %245, ptr %13, align 4, !dbg !461
  br label %175, !dbg !427, !llvm.loop !462

246:                                              ; preds = %175
  br label %247, !dbg !463

247:                                              ; preds = %246
  %248 = load i32, ptr %7, align 4, !dbg !464
  %249 = add nsw i32 %248, 1, !dbg !464
  store i32 %249, ptr %7, align 4, !dbg !464
  br label %23, !dbg !343, !llvm.loop !465

250:                                              ; preds = %23
  %251 = load i32, ptr %4, align 4, !dbg !466
  %252 = sub nsw i32 %251, 1, !dbg !467
  store i32 %252, ptr %16, align 4, !dbg !468
  br label %253, !dbg !469

253:                                              ; preds = %305, %250
  %254 = load i32, ptr %16, align 4, !dbg !470
  %255 = icmp sge i32 %254, 0, !dbg !471
  br i1 %255, label %256, label %308, !dbg !472

256:                                              ; preds = %253
  %257 = load ptr, ptr %6, align 8, !dbg !473
  %258 = load i32, ptr %16, align 4, !dbg !474
  %259 = sext i32 %258 to i64, !dbg !473
  %260 = getelementptr inbounds double, ptr %257, i64 %259, !dbg !473
  %261 = load double, ptr %260, align 8, !dbg !473
  store double %261, ptr %17, align 8, !dbg !475
  %262 = load i32, ptr %16, align 4, !dbg !476
  %263 = add nsw i32 %262, 1, !dbg !477
  store i32 %263, ptr %18, align 4, !dbg !478
  br label %264, !dbg !479

264:                                              ; preds = %286, %256
  %265 = load i32, ptr %18, align 4, !dbg !480
  %266 = load i32, ptr %4, align 4, !dbg !481
  %267 = icmp slt i32 %265, %266, !dbg !482
  br i1 %267, label %268, label %289, !dbg !483

268:                                              ; preds = %264
  %269 = load ptr, ptr %5, align 8, !dbg !484
  %270 = load i32, ptr %16, align 4, !dbg !485
  %271 = sext i32 %270 to i64, !dbg !484
  %272 = mul nsw i64 %271, %22, !dbg !484
  %273 = getelementptr inbounds double, ptr %269, i64 %272, !dbg !484
  %274 = load i32, ptr %18, align 4, !dbg !486
  %275 = sext i32 %274 to i64, !dbg !484
  %276 = getelementptr inbounds double, ptr %273, i64 %275, !dbg !484
  %277 = load double, ptr %276, align 8, !dbg !484
  %278 = load ptr, ptr %6, align 8, !dbg !487
  %279 = load i32, ptr %18, align 4, !dbg !488
  %280 = sext i32 %279 to i64, !dbg !487
  %281 = getelementptr inbounds double, ptr %278, i64 %280, !dbg !487
  %282 = load double, ptr %281, align 8, !dbg !487
  %283 = load double, ptr %17, align 8, !dbg !489
  %284 = fneg double %277, !dbg !489
  %285 = call double @llvm.fmuladd.f64(double %284, double %282, double %283), !dbg !489
  store double %285, ptr %17, align 8, !dbg !489
  br label %286, !dbg !490

286:                                              ; preds = %268
  %287 = load i32, ptr %18, align 4, !dbg !491
  %288 = add nsw i32 %287, 1, !dbg !491
  store i32 %288, ptr %18, align 4, !dbg !491
  br label %264, !dbg !483, !llvm.loop !492

289:                                              ; preds = %264
  %290 = load double, ptr %17, align 8, !dbg !494
  %291 = load ptr, ptr %5, align 8, !dbg !495
  %292 = load i32, ptr %16, align 4, !dbg !496
  %293 = sext i32 %292 to i64, !dbg !495
  %294 = mul nsw i64 %293, %22, !dbg !495
  %295 = getelementptr inbounds double, ptr %291, i64 %294, !dbg !495
  %296 = load i32, ptr %16, align 4, !dbg !497
  %297 = sext i32 %296 to i64, !dbg !495
  %298 = getelementptr inbounds double, ptr %295, i64 %297, !dbg !495
  %299 = load double, ptr %298, align 8, !dbg !495
  %300 = fdiv double %290, %299, !dbg !498
  %301 = load ptr, ptr %6, align 8, !dbg !499
  %302 = load i32, ptr %16, align 4, !dbg !500
  %303 = sext i32 %302 to i64, !dbg !499
  %304 = getelementptr inbounds double, ptr %301, i64 %303, !dbg !499
  store double %300, ptr %304, align 8, !dbg !501
  br label %305, !dbg !502

305:                                              ; preds = %289
  %306 = load i32, ptr %16, align 4, !dbg !503
  %307 = add nsw i32 %306, -1, !dbg !503
  store i32 %307, ptr %16, align 4, !dbg !503
  br label %253, !dbg !472, !llvm.loop !504

308:                                              ; preds = %253
  ret void, !dbg !505
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "matmul.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 23, type: !11, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "matmul.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 24, column: 14, scope: !9)
!14 = !DILocation(line: 24, column: 10, scope: !9)
!15 = !DILocation(line: 24, column: 21, scope: !9)
!16 = !DILocation(line: 24, column: 23, scope: !9)
!17 = !DILocation(line: 24, column: 5, scope: !9)
!18 = !DILocation(line: 24, column: 42, scope: !9)
!19 = !DILocation(line: 24, column: 38, scope: !9)
!20 = !DILocation(line: 24, column: 49, scope: !9)
!21 = !DILocation(line: 24, column: 51, scope: !9)
!22 = !DILocation(line: 24, column: 33, scope: !9)
!23 = !DILocation(line: 24, column: 83, scope: !9)
!24 = !DILocation(line: 24, column: 85, scope: !9)
!25 = !DILocation(line: 24, column: 92, scope: !9)
!26 = !DILocation(line: 24, column: 94, scope: !9)
!27 = !DILocation(line: 24, column: 90, scope: !9)
!28 = !DILocation(line: 24, column: 99, scope: !9)
!29 = !DILocation(line: 24, column: 73, scope: !9)
!30 = !DILocation(line: 24, column: 105, scope: !9)
!31 = !DILocation(line: 24, column: 111, scope: !9)
!32 = !DILocation(line: 24, column: 65, scope: !9)
!33 = !DILocation(line: 24, column: 63, scope: !9)
!34 = !DILocation(line: 24, column: 68, scope: !9)
!35 = !DILocation(line: 24, column: 71, scope: !9)
!36 = !DILocation(line: 24, column: 138, scope: !9)
!37 = !DILocation(line: 24, column: 140, scope: !9)
!38 = !DILocation(line: 24, column: 146, scope: !9)
!39 = !DILocation(line: 24, column: 148, scope: !9)
!40 = !DILocation(line: 24, column: 144, scope: !9)
!41 = !DILocation(line: 24, column: 154, scope: !9)
!42 = !DILocation(line: 24, column: 128, scope: !9)
!43 = !DILocation(line: 24, column: 160, scope: !9)
!44 = !DILocation(line: 24, column: 120, scope: !9)
!45 = !DILocation(line: 24, column: 118, scope: !9)
!46 = !DILocation(line: 24, column: 123, scope: !9)
!47 = !DILocation(line: 24, column: 126, scope: !9)
!48 = !DILocation(line: 24, column: 167, scope: !9)
!49 = !DILocation(line: 24, column: 57, scope: !9)
!50 = distinct !{!50, !22, !48, !51}
!51 = !{!"llvm.loop.mustprogress"}
!52 = !DILocation(line: 24, column: 29, scope: !9)
!53 = distinct !{!53, !17, !48, !51}
!54 = !DILocation(line: 25, column: 5, scope: !9)
!55 = !DILocation(line: 25, column: 17, scope: !9)
!56 = !DILocation(line: 26, column: 12, scope: !9)
!57 = !DILocation(line: 26, column: 20, scope: !9)
!58 = !DILocation(line: 27, column: 14, scope: !9)
!59 = !DILocation(line: 27, column: 10, scope: !9)
!60 = !DILocation(line: 27, column: 21, scope: !9)
!61 = !DILocation(line: 27, column: 23, scope: !9)
!62 = !DILocation(line: 27, column: 5, scope: !9)
!63 = !DILocation(line: 27, column: 43, scope: !9)
!64 = !DILocation(line: 27, column: 41, scope: !9)
!65 = !DILocation(line: 27, column: 46, scope: !9)
!66 = !DILocation(line: 27, column: 38, scope: !9)
!67 = !DILocation(line: 27, column: 59, scope: !9)
!68 = !DILocation(line: 27, column: 55, scope: !9)
!69 = !DILocation(line: 27, column: 66, scope: !9)
!70 = !DILocation(line: 27, column: 68, scope: !9)
!71 = !DILocation(line: 27, column: 50, scope: !9)
!72 = !DILocation(line: 27, column: 88, scope: !9)
!73 = !DILocation(line: 27, column: 86, scope: !9)
!74 = !DILocation(line: 27, column: 91, scope: !9)
!75 = !DILocation(line: 27, column: 98, scope: !9)
!76 = !DILocation(line: 27, column: 96, scope: !9)
!77 = !DILocation(line: 27, column: 101, scope: !9)
!78 = !DILocation(line: 27, column: 94, scope: !9)
!79 = !DILocation(line: 27, column: 83, scope: !9)
!80 = !DILocation(line: 27, column: 78, scope: !9)
!81 = !DILocation(line: 27, column: 74, scope: !9)
!82 = distinct !{!82, !71, !83, !51}
!83 = !DILocation(line: 27, column: 102, scope: !9)
!84 = !DILocation(line: 27, column: 105, scope: !9)
!85 = !DILocation(line: 27, column: 29, scope: !9)
!86 = distinct !{!86, !62, !84, !51}
!87 = !DILocation(line: 28, column: 53, scope: !9)
!88 = !DILocation(line: 28, column: 57, scope: !9)
!89 = !DILocation(line: 28, column: 70, scope: !9)
!90 = !DILocation(line: 28, column: 5, scope: !9)
!91 = !DILocation(line: 30, column: 14, scope: !9)
!92 = !DILocation(line: 30, column: 10, scope: !9)
!93 = !DILocation(line: 30, column: 21, scope: !9)
!94 = !DILocation(line: 30, column: 23, scope: !9)
!95 = !DILocation(line: 30, column: 5, scope: !9)
!96 = !DILocation(line: 30, column: 44, scope: !9)
!97 = !DILocation(line: 30, column: 40, scope: !9)
!98 = !DILocation(line: 30, column: 51, scope: !9)
!99 = !DILocation(line: 30, column: 53, scope: !9)
!100 = !DILocation(line: 30, column: 35, scope: !9)
!101 = !DILocation(line: 30, column: 80, scope: !9)
!102 = !DILocation(line: 30, column: 84, scope: !9)
!103 = !DILocation(line: 30, column: 82, scope: !9)
!104 = !DILocation(line: 30, column: 86, scope: !9)
!105 = !DILocation(line: 30, column: 79, scope: !9)
!106 = !DILocation(line: 30, column: 77, scope: !9)
!107 = !DILocation(line: 30, column: 94, scope: !9)
!108 = !DILocation(line: 30, column: 99, scope: !9)
!109 = !DILocation(line: 30, column: 96, scope: !9)
!110 = !DILocation(line: 30, column: 93, scope: !9)
!111 = !DILocation(line: 30, column: 91, scope: !9)
!112 = !DILocation(line: 30, column: 65, scope: !9)
!113 = !DILocation(line: 30, column: 63, scope: !9)
!114 = !DILocation(line: 30, column: 68, scope: !9)
!115 = !DILocation(line: 30, column: 71, scope: !9)
!116 = !DILocation(line: 30, column: 59, scope: !9)
!117 = distinct !{!117, !100, !118, !51}
!118 = !DILocation(line: 30, column: 100, scope: !9)
!119 = !DILocation(line: 30, column: 110, scope: !9)
!120 = !DILocation(line: 30, column: 112, scope: !9)
!121 = !DILocation(line: 30, column: 105, scope: !9)
!122 = !DILocation(line: 30, column: 103, scope: !9)
!123 = !DILocation(line: 30, column: 108, scope: !9)
!124 = !DILocation(line: 30, column: 117, scope: !9)
!125 = !DILocation(line: 30, column: 29, scope: !9)
!126 = distinct !{!126, !95, !124, !51}
!127 = !DILocation(line: 31, column: 17, scope: !9)
!128 = !DILocation(line: 31, column: 20, scope: !9)
!129 = !DILocation(line: 31, column: 5, scope: !9)
!130 = !DILocation(line: 32, column: 14, scope: !9)
!131 = !DILocation(line: 32, column: 10, scope: !9)
!132 = !DILocation(line: 32, column: 21, scope: !9)
!133 = !DILocation(line: 32, column: 23, scope: !9)
!134 = !DILocation(line: 32, column: 5, scope: !9)
!135 = !DILocation(line: 32, column: 53, scope: !9)
!136 = !DILocation(line: 32, column: 51, scope: !9)
!137 = !DILocation(line: 32, column: 57, scope: !9)
!138 = !DILocation(line: 32, column: 59, scope: !9)
!139 = !DILocation(line: 32, column: 33, scope: !9)
!140 = !DILocation(line: 32, column: 29, scope: !9)
!141 = distinct !{!141, !134, !142, !51}
!142 = !DILocation(line: 32, column: 76, scope: !9)
!143 = !DILocation(line: 34, column: 14, scope: !9)
!144 = !DILocation(line: 34, column: 10, scope: !9)
!145 = !DILocation(line: 34, column: 21, scope: !9)
!146 = !DILocation(line: 34, column: 23, scope: !9)
!147 = !DILocation(line: 34, column: 5, scope: !9)
!148 = !DILocation(line: 34, column: 43, scope: !9)
!149 = !DILocation(line: 34, column: 39, scope: !9)
!150 = !DILocation(line: 34, column: 50, scope: !9)
!151 = !DILocation(line: 34, column: 52, scope: !9)
!152 = !DILocation(line: 34, column: 34, scope: !9)
!153 = !DILocation(line: 34, column: 82, scope: !9)
!154 = !DILocation(line: 34, column: 86, scope: !9)
!155 = !DILocation(line: 34, column: 84, scope: !9)
!156 = !DILocation(line: 34, column: 74, scope: !9)
!157 = !DILocation(line: 34, column: 89, scope: !9)
!158 = !DILocation(line: 34, column: 66, scope: !9)
!159 = !DILocation(line: 34, column: 63, scope: !9)
!160 = !DILocation(line: 34, column: 69, scope: !9)
!161 = !DILocation(line: 34, column: 72, scope: !9)
!162 = !DILocation(line: 34, column: 59, scope: !9)
!163 = distinct !{!163, !152, !164, !51}
!164 = !DILocation(line: 34, column: 91, scope: !9)
!165 = !DILocation(line: 34, column: 30, scope: !9)
!166 = distinct !{!166, !147, !164, !51}
!167 = !DILocation(line: 35, column: 14, scope: !9)
!168 = !DILocation(line: 35, column: 10, scope: !9)
!169 = !DILocation(line: 35, column: 21, scope: !9)
!170 = !DILocation(line: 35, column: 23, scope: !9)
!171 = !DILocation(line: 35, column: 5, scope: !9)
!172 = !DILocation(line: 35, column: 43, scope: !9)
!173 = !DILocation(line: 35, column: 39, scope: !9)
!174 = !DILocation(line: 35, column: 50, scope: !9)
!175 = !DILocation(line: 35, column: 52, scope: !9)
!176 = !DILocation(line: 35, column: 34, scope: !9)
!177 = !DILocation(line: 35, column: 71, scope: !9)
!178 = !DILocation(line: 35, column: 87, scope: !9)
!179 = !DILocation(line: 35, column: 83, scope: !9)
!180 = !DILocation(line: 35, column: 94, scope: !9)
!181 = !DILocation(line: 35, column: 96, scope: !9)
!182 = !DILocation(line: 35, column: 78, scope: !9)
!183 = !DILocation(line: 35, column: 115, scope: !9)
!184 = !DILocation(line: 35, column: 112, scope: !9)
!185 = !DILocation(line: 35, column: 118, scope: !9)
!186 = !DILocation(line: 35, column: 126, scope: !9)
!187 = !DILocation(line: 35, column: 123, scope: !9)
!188 = !DILocation(line: 35, column: 129, scope: !9)
!189 = !DILocation(line: 35, column: 109, scope: !9)
!190 = !DILocation(line: 35, column: 107, scope: !9)
!191 = !DILocation(line: 35, column: 103, scope: !9)
!192 = distinct !{!192, !182, !193, !51}
!193 = !DILocation(line: 35, column: 130, scope: !9)
!194 = !DILocation(line: 35, column: 144, scope: !9)
!195 = !DILocation(line: 35, column: 136, scope: !9)
!196 = !DILocation(line: 35, column: 133, scope: !9)
!197 = !DILocation(line: 35, column: 139, scope: !9)
!198 = !DILocation(line: 35, column: 142, scope: !9)
!199 = !DILocation(line: 35, column: 147, scope: !9)
!200 = !DILocation(line: 35, column: 59, scope: !9)
!201 = distinct !{!201, !176, !199, !51}
!202 = !DILocation(line: 35, column: 30, scope: !9)
!203 = distinct !{!203, !171, !199, !51}
!204 = !DILocation(line: 36, column: 41, scope: !9)
!205 = !DILocation(line: 36, column: 33, scope: !9)
!206 = !DILocation(line: 36, column: 59, scope: !9)
!207 = !DILocation(line: 36, column: 51, scope: !9)
!208 = !DILocation(line: 36, column: 5, scope: !9)
!209 = !DILocation(line: 37, column: 5, scope: !9)
!210 = distinct !DISubprogram(name: "mm_naive", scope: !10, file: !10, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!211 = !DILocation(line: 7, column: 39, scope: !210)
!212 = !DILocation(line: 7, column: 35, scope: !210)
!213 = !DILocation(line: 7, column: 46, scope: !210)
!214 = !DILocation(line: 7, column: 48, scope: !210)
!215 = !DILocation(line: 7, column: 30, scope: !210)
!216 = !DILocation(line: 7, column: 67, scope: !210)
!217 = !DILocation(line: 7, column: 63, scope: !210)
!218 = !DILocation(line: 7, column: 74, scope: !210)
!219 = !DILocation(line: 7, column: 76, scope: !210)
!220 = !DILocation(line: 7, column: 58, scope: !210)
!221 = !DILocation(line: 7, column: 95, scope: !210)
!222 = !DILocation(line: 7, column: 111, scope: !210)
!223 = !DILocation(line: 7, column: 107, scope: !210)
!224 = !DILocation(line: 7, column: 118, scope: !210)
!225 = !DILocation(line: 7, column: 120, scope: !210)
!226 = !DILocation(line: 7, column: 102, scope: !210)
!227 = !DILocation(line: 7, column: 137, scope: !210)
!228 = !DILocation(line: 7, column: 135, scope: !210)
!229 = !DILocation(line: 7, column: 140, scope: !210)
!230 = !DILocation(line: 7, column: 147, scope: !210)
!231 = !DILocation(line: 7, column: 145, scope: !210)
!232 = !DILocation(line: 7, column: 150, scope: !210)
!233 = !DILocation(line: 7, column: 132, scope: !210)
!234 = !DILocation(line: 7, column: 130, scope: !210)
!235 = !DILocation(line: 7, column: 126, scope: !210)
!236 = distinct !{!236, !226, !237, !51}
!237 = !DILocation(line: 7, column: 151, scope: !210)
!238 = !DILocation(line: 7, column: 164, scope: !210)
!239 = !DILocation(line: 7, column: 156, scope: !210)
!240 = !DILocation(line: 7, column: 154, scope: !210)
!241 = !DILocation(line: 7, column: 159, scope: !210)
!242 = !DILocation(line: 7, column: 162, scope: !210)
!243 = !DILocation(line: 7, column: 167, scope: !210)
!244 = !DILocation(line: 7, column: 82, scope: !210)
!245 = distinct !{!245, !220, !243, !51}
!246 = !DILocation(line: 7, column: 54, scope: !210)
!247 = distinct !{!247, !215, !243, !51}
!248 = !DILocation(line: 7, column: 169, scope: !210)
!249 = distinct !DISubprogram(name: "mm_blocked", scope: !10, file: !10, line: 8, type: !11, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!250 = !DILocation(line: 9, column: 14, scope: !249)
!251 = !DILocation(line: 9, column: 10, scope: !249)
!252 = !DILocation(line: 9, column: 21, scope: !249)
!253 = !DILocation(line: 9, column: 23, scope: !249)
!254 = !DILocation(line: 9, column: 5, scope: !249)
!255 = !DILocation(line: 9, column: 42, scope: !249)
!256 = !DILocation(line: 9, column: 38, scope: !249)
!257 = !DILocation(line: 9, column: 49, scope: !249)
!258 = !DILocation(line: 9, column: 51, scope: !249)
!259 = !DILocation(line: 9, column: 33, scope: !249)
!260 = !DILocation(line: 9, column: 63, scope: !249)
!261 = !DILocation(line: 9, column: 61, scope: !249)
!262 = !DILocation(line: 9, column: 66, scope: !249)
!263 = !DILocation(line: 9, column: 69, scope: !249)
!264 = !DILocation(line: 9, column: 57, scope: !249)
!265 = distinct !{!265, !259, !266, !51}
!266 = !DILocation(line: 9, column: 71, scope: !249)
!267 = !DILocation(line: 9, column: 29, scope: !249)
!268 = distinct !{!268, !254, !266, !51}
!269 = !DILocation(line: 10, column: 14, scope: !249)
!270 = !DILocation(line: 10, column: 10, scope: !249)
!271 = !DILocation(line: 10, column: 22, scope: !249)
!272 = !DILocation(line: 10, column: 25, scope: !249)
!273 = !DILocation(line: 10, column: 5, scope: !249)
!274 = !DILocation(line: 10, column: 49, scope: !249)
!275 = !DILocation(line: 10, column: 45, scope: !249)
!276 = !DILocation(line: 10, column: 57, scope: !249)
!277 = !DILocation(line: 10, column: 60, scope: !249)
!278 = !DILocation(line: 10, column: 40, scope: !249)
!279 = !DILocation(line: 10, column: 84, scope: !249)
!280 = !DILocation(line: 10, column: 80, scope: !249)
!281 = !DILocation(line: 10, column: 92, scope: !249)
!282 = !DILocation(line: 10, column: 95, scope: !249)
!283 = !DILocation(line: 10, column: 75, scope: !249)
!284 = !DILocation(line: 11, column: 22, scope: !249)
!285 = !DILocation(line: 11, column: 18, scope: !249)
!286 = !DILocation(line: 11, column: 14, scope: !249)
!287 = !DILocation(line: 11, column: 26, scope: !249)
!288 = !DILocation(line: 11, column: 30, scope: !249)
!289 = !DILocation(line: 11, column: 33, scope: !249)
!290 = !DILocation(line: 11, column: 28, scope: !249)
!291 = !DILocation(line: 11, column: 9, scope: !249)
!292 = !DILocation(line: 11, column: 57, scope: !249)
!293 = !DILocation(line: 11, column: 53, scope: !249)
!294 = !DILocation(line: 11, column: 49, scope: !249)
!295 = !DILocation(line: 11, column: 61, scope: !249)
!296 = !DILocation(line: 11, column: 65, scope: !249)
!297 = !DILocation(line: 11, column: 68, scope: !249)
!298 = !DILocation(line: 11, column: 63, scope: !249)
!299 = !DILocation(line: 11, column: 44, scope: !249)
!300 = !DILocation(line: 11, column: 94, scope: !249)
!301 = !DILocation(line: 11, column: 92, scope: !249)
!302 = !DILocation(line: 11, column: 97, scope: !249)
!303 = !DILocation(line: 11, column: 88, scope: !249)
!304 = !DILocation(line: 11, column: 114, scope: !249)
!305 = !DILocation(line: 11, column: 110, scope: !249)
!306 = !DILocation(line: 11, column: 106, scope: !249)
!307 = !DILocation(line: 11, column: 118, scope: !249)
!308 = !DILocation(line: 11, column: 122, scope: !249)
!309 = !DILocation(line: 11, column: 125, scope: !249)
!310 = !DILocation(line: 11, column: 120, scope: !249)
!311 = !DILocation(line: 11, column: 101, scope: !249)
!312 = !DILocation(line: 11, column: 147, scope: !249)
!313 = !DILocation(line: 11, column: 153, scope: !249)
!314 = !DILocation(line: 11, column: 151, scope: !249)
!315 = !DILocation(line: 11, column: 156, scope: !249)
!316 = !DILocation(line: 11, column: 138, scope: !249)
!317 = !DILocation(line: 11, column: 136, scope: !249)
!318 = !DILocation(line: 11, column: 141, scope: !249)
!319 = !DILocation(line: 11, column: 144, scope: !249)
!320 = !DILocation(line: 11, column: 132, scope: !249)
!321 = distinct !{!321, !311, !322, !51}
!322 = !DILocation(line: 11, column: 157, scope: !249)
!323 = !DILocation(line: 11, column: 160, scope: !249)
!324 = !DILocation(line: 11, column: 75, scope: !249)
!325 = distinct !{!325, !299, !323, !51}
!326 = !DILocation(line: 11, column: 40, scope: !249)
!327 = distinct !{!327, !291, !323, !51}
!328 = !DILocation(line: 10, column: 103, scope: !249)
!329 = distinct !{!329, !283, !323, !51}
!330 = !DILocation(line: 10, column: 68, scope: !249)
!331 = distinct !{!331, !278, !323, !51}
!332 = !DILocation(line: 10, column: 33, scope: !249)
!333 = distinct !{!333, !273, !323, !51}
!334 = !DILocation(line: 12, column: 1, scope: !249)
!335 = distinct !DISubprogram(name: "lu_solve", scope: !10, file: !10, line: 13, type: !11, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!336 = !DILocation(line: 13, column: 38, scope: !335)
!337 = !DILocation(line: 13, column: 41, scope: !335)
!338 = !DILocation(line: 14, column: 14, scope: !335)
!339 = !DILocation(line: 14, column: 10, scope: !335)
!340 = !DILocation(line: 14, column: 21, scope: !335)
!341 = !DILocation(line: 14, column: 25, scope: !335)
!342 = !DILocation(line: 14, column: 23, scope: !335)
!343 = !DILocation(line: 14, column: 5, scope: !335)
!344 = !DILocation(line: 15, column: 17, scope: !335)
!345 = !DILocation(line: 15, column: 13, scope: !335)
!346 = !DILocation(line: 15, column: 33, scope: !335)
!347 = !DILocation(line: 15, column: 35, scope: !335)
!348 = !DILocation(line: 15, column: 29, scope: !335)
!349 = !DILocation(line: 15, column: 25, scope: !335)
!350 = !DILocation(line: 15, column: 40, scope: !335)
!351 = !DILocation(line: 15, column: 44, scope: !335)
!352 = !DILocation(line: 15, column: 42, scope: !335)
!353 = !DILocation(line: 15, column: 20, scope: !335)
!354 = !DILocation(line: 15, column: 57, scope: !335)
!355 = !DILocation(line: 15, column: 59, scope: !335)
!356 = !DILocation(line: 15, column: 62, scope: !335)
!357 = !DILocation(line: 15, column: 65, scope: !335)
!358 = !DILocation(line: 15, column: 72, scope: !335)
!359 = !DILocation(line: 15, column: 74, scope: !335)
!360 = !DILocation(line: 15, column: 77, scope: !335)
!361 = !DILocation(line: 15, column: 71, scope: !335)
!362 = !DILocation(line: 15, column: 82, scope: !335)
!363 = !DILocation(line: 15, column: 84, scope: !335)
!364 = !DILocation(line: 15, column: 87, scope: !335)
!365 = !DILocation(line: 15, column: 94, scope: !335)
!366 = !DILocation(line: 15, column: 96, scope: !335)
!367 = !DILocation(line: 15, column: 99, scope: !335)
!368 = !DILocation(line: 15, column: 102, scope: !335)
!369 = !DILocation(line: 15, column: 109, scope: !335)
!370 = !DILocation(line: 15, column: 111, scope: !335)
!371 = !DILocation(line: 15, column: 114, scope: !335)
!372 = !DILocation(line: 15, column: 108, scope: !335)
!373 = !DILocation(line: 15, column: 119, scope: !335)
!374 = !DILocation(line: 15, column: 121, scope: !335)
!375 = !DILocation(line: 15, column: 124, scope: !335)
!376 = !DILocation(line: 15, column: 91, scope: !335)
!377 = !DILocation(line: 15, column: 133, scope: !335)
!378 = !DILocation(line: 15, column: 131, scope: !335)
!379 = !DILocation(line: 15, column: 129, scope: !335)
!380 = !DILocation(line: 15, column: 126, scope: !335)
!381 = !DILocation(line: 15, column: 48, scope: !335)
!382 = distinct !{!382, !353, !377, !51}
!383 = !DILocation(line: 16, column: 18, scope: !335)
!384 = !DILocation(line: 16, column: 14, scope: !335)
!385 = !DILocation(line: 16, column: 25, scope: !335)
!386 = !DILocation(line: 16, column: 29, scope: !335)
!387 = !DILocation(line: 16, column: 27, scope: !335)
!388 = !DILocation(line: 16, column: 9, scope: !335)
!389 = !DILocation(line: 16, column: 50, scope: !335)
!390 = !DILocation(line: 16, column: 52, scope: !335)
!391 = !DILocation(line: 16, column: 55, scope: !335)
!392 = !DILocation(line: 16, column: 46, scope: !335)
!393 = !DILocation(line: 16, column: 69, scope: !335)
!394 = !DILocation(line: 16, column: 71, scope: !335)
!395 = !DILocation(line: 16, column: 74, scope: !335)
!396 = !DILocation(line: 16, column: 59, scope: !335)
!397 = !DILocation(line: 16, column: 61, scope: !335)
!398 = !DILocation(line: 16, column: 64, scope: !335)
!399 = !DILocation(line: 16, column: 67, scope: !335)
!400 = !DILocation(line: 16, column: 88, scope: !335)
!401 = !DILocation(line: 16, column: 78, scope: !335)
!402 = !DILocation(line: 16, column: 80, scope: !335)
!403 = !DILocation(line: 16, column: 83, scope: !335)
!404 = !DILocation(line: 16, column: 86, scope: !335)
!405 = !DILocation(line: 16, column: 91, scope: !335)
!406 = !DILocation(line: 16, column: 33, scope: !335)
!407 = distinct !{!407, !388, !405, !51}
!408 = !DILocation(line: 17, column: 20, scope: !335)
!409 = !DILocation(line: 17, column: 22, scope: !335)
!410 = !DILocation(line: 17, column: 16, scope: !335)
!411 = !DILocation(line: 17, column: 33, scope: !335)
!412 = !DILocation(line: 17, column: 35, scope: !335)
!413 = !DILocation(line: 17, column: 26, scope: !335)
!414 = !DILocation(line: 17, column: 28, scope: !335)
!415 = !DILocation(line: 17, column: 31, scope: !335)
!416 = !DILocation(line: 17, column: 46, scope: !335)
!417 = !DILocation(line: 17, column: 39, scope: !335)
!418 = !DILocation(line: 17, column: 41, scope: !335)
!419 = !DILocation(line: 17, column: 44, scope: !335)
!420 = !DILocation(line: 18, column: 22, scope: !335)
!421 = !DILocation(line: 18, column: 24, scope: !335)
!422 = !DILocation(line: 18, column: 18, scope: !335)
!423 = !DILocation(line: 18, column: 14, scope: !335)
!424 = !DILocation(line: 18, column: 29, scope: !335)
!425 = !DILocation(line: 18, column: 33, scope: !335)
!426 = !DILocation(line: 18, column: 31, scope: !335)
!427 = !DILocation(line: 18, column: 9, scope: !335)
!428 = !DILocation(line: 18, column: 54, scope: !335)
!429 = !DILocation(line: 18, column: 56, scope: !335)
!430 = !DILocation(line: 18, column: 59, scope: !335)
!431 = !DILocation(line: 18, column: 64, scope: !335)
!432 = !DILocation(line: 18, column: 66, scope: !335)
!433 = !DILocation(line: 18, column: 69, scope: !335)
!434 = !DILocation(line: 18, column: 62, scope: !335)
!435 = !DILocation(line: 18, column: 50, scope: !335)
!436 = !DILocation(line: 18, column: 86, scope: !335)
!437 = !DILocation(line: 18, column: 82, scope: !335)
!438 = !DILocation(line: 18, column: 78, scope: !335)
!439 = !DILocation(line: 18, column: 89, scope: !335)
!440 = !DILocation(line: 18, column: 93, scope: !335)
!441 = !DILocation(line: 18, column: 91, scope: !335)
!442 = !DILocation(line: 18, column: 73, scope: !335)
!443 = !DILocation(line: 18, column: 112, scope: !335)
!444 = !DILocation(line: 18, column: 116, scope: !335)
!445 = !DILocation(line: 18, column: 118, scope: !335)
!446 = !DILocation(line: 18, column: 121, scope: !335)
!447 = !DILocation(line: 18, column: 101, scope: !335)
!448 = !DILocation(line: 18, column: 103, scope: !335)
!449 = !DILocation(line: 18, column: 106, scope: !335)
!450 = !DILocation(line: 18, column: 109, scope: !335)
!451 = !DILocation(line: 18, column: 97, scope: !335)
!452 = distinct !{!452, !442, !453, !51}
!453 = !DILocation(line: 18, column: 122, scope: !335)
!454 = !DILocation(line: 18, column: 133, scope: !335)
!455 = !DILocation(line: 18, column: 137, scope: !335)
!456 = !DILocation(line: 18, column: 139, scope: !335)
!457 = !DILocation(line: 18, column: 125, scope: !335)
!458 = !DILocation(line: 18, column: 127, scope: !335)
!459 = !DILocation(line: 18, column: 130, scope: !335)
!460 = !DILocation(line: 18, column: 143, scope: !335)
!461 = !DILocation(line: 18, column: 37, scope: !335)
!462 = distinct !{!462, !427, !460, !51}
!463 = !DILocation(line: 19, column: 5, scope: !335)
!464 = !DILocation(line: 14, column: 29, scope: !335)
!465 = distinct !{!465, !343, !463, !51}
!466 = !DILocation(line: 20, column: 18, scope: !335)
!467 = !DILocation(line: 20, column: 20, scope: !335)
!468 = !DILocation(line: 20, column: 14, scope: !335)
!469 = !DILocation(line: 20, column: 10, scope: !335)
!470 = !DILocation(line: 20, column: 25, scope: !335)
!471 = !DILocation(line: 20, column: 27, scope: !335)
!472 = !DILocation(line: 20, column: 5, scope: !335)
!473 = !DILocation(line: 20, column: 51, scope: !335)
!474 = !DILocation(line: 20, column: 53, scope: !335)
!475 = !DILocation(line: 20, column: 47, scope: !335)
!476 = !DILocation(line: 20, column: 70, scope: !335)
!477 = !DILocation(line: 20, column: 72, scope: !335)
!478 = !DILocation(line: 20, column: 66, scope: !335)
!479 = !DILocation(line: 20, column: 62, scope: !335)
!480 = !DILocation(line: 20, column: 77, scope: !335)
!481 = !DILocation(line: 20, column: 81, scope: !335)
!482 = !DILocation(line: 20, column: 79, scope: !335)
!483 = !DILocation(line: 20, column: 57, scope: !335)
!484 = !DILocation(line: 20, column: 94, scope: !335)
!485 = !DILocation(line: 20, column: 96, scope: !335)
!486 = !DILocation(line: 20, column: 99, scope: !335)
!487 = !DILocation(line: 20, column: 104, scope: !335)
!488 = !DILocation(line: 20, column: 106, scope: !335)
!489 = !DILocation(line: 20, column: 91, scope: !335)
!490 = !DILocation(line: 20, column: 89, scope: !335)
!491 = !DILocation(line: 20, column: 85, scope: !335)
!492 = distinct !{!492, !483, !493, !51}
!493 = !DILocation(line: 20, column: 107, scope: !335)
!494 = !DILocation(line: 20, column: 117, scope: !335)
!495 = !DILocation(line: 20, column: 121, scope: !335)
!496 = !DILocation(line: 20, column: 123, scope: !335)
!497 = !DILocation(line: 20, column: 126, scope: !335)
!498 = !DILocation(line: 20, column: 119, scope: !335)
!499 = !DILocation(line: 20, column: 110, scope: !335)
!500 = !DILocation(line: 20, column: 112, scope: !335)
!501 = !DILocation(line: 20, column: 115, scope: !335)
!502 = !DILocation(line: 20, column: 130, scope: !335)
!503 = !DILocation(line: 20, column: 34, scope: !335)
!504 = distinct !{!504, !472, !502, !51}
!505 = !DILocation(line: 21, column: 1, scope: !335)
