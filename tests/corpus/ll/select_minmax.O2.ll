; ModuleID = 'select_minmax.c'
source_filename = "select_minmax.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [11 x i8] c"clamp %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [9 x i8] c"sat8 %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [11 x i8] c"sat16 %ld\0A\00", align 1
@.str.3 = private unnamed_addr constant [12 x i8] c"dmin %.17g\0A\00", align 1
@.str.4 = private unnamed_addr constant [9 x i8] c"umax %u\0A\00", align 1
@.str.5 = private unnamed_addr constant [16 x i8] c"mixed %d %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [12 x i8] c"flags %08x\0A\00", align 1
@.str.7 = private unnamed_addr constant [21 x i8] c"fsel %.17g %.17g %d\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca double, align 8
  %20 = alloca double, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4, !dbg !17
  store i64 0, ptr %2, align 8, !dbg !18, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !21
  store i32 -300, ptr %3, align 4, !dbg !22, !tbaa !9
  br label %21, !dbg !21

21:                                               ; preds = %43, %0
  %22 = load i32, ptr %3, align 4, !dbg !23, !tbaa !9
  %23 = icmp slt i32 %22, 300, !dbg !24
  br i1 %23, label %25, label %24, !dbg !25

24:                                               ; preds = %21
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !26
  br label %46

25:                                               ; preds = %21
  %26 = load i64, ptr %2, align 8, !dbg !27, !tbaa !19
  %27 = mul nsw i64 %26, 3, !dbg !28
  %28 = load i32, ptr %3, align 4, !dbg !29, !tbaa !9
  %29 = call i32 @clampi(i32 noundef %28, i32 noundef -100, i32 noundef 150), !dbg !30
  %30 = sext i32 %29 to i64, !dbg !30
  %31 = add nsw i64 %27, %30, !dbg !31
  %32 = load i32, ptr %3, align 4, !dbg !32, !tbaa !9
  %33 = icmp slt i32 %32, 0, !dbg !33
  br i1 %33, label %34, label %37, !dbg !34

34:                                               ; preds = %25
  %35 = load i32, ptr %3, align 4, !dbg !35, !tbaa !9
  %36 = sub nsw i32 0, %35, !dbg !36
  br label %39, !dbg !32

37:                                               ; preds = %25
  %38 = load i32, ptr %3, align 4, !dbg !37, !tbaa !9
  br label %39, !dbg !32

39:                                               ; preds = %37, %34
  %40 = phi i32 [ %36, %34 ], [ %38, %37 ], !dbg !32
  %41 = sext i32 %40 to i64, !dbg !38
  %42 = add nsw i64 %31, %41, !dbg !39
  store i64 %42, ptr %2, align 8, !dbg !40, !tbaa !19
  br label %43, !dbg !41

43:                                               ; preds = %39
  %44 = load i32, ptr %3, align 4, !dbg !42, !tbaa !9
  %45 = add nsw i32 %44, 7, !dbg !43
  store i32 %45, ptr %3, align 4, !dbg !44, !tbaa !9
  br label %21, !dbg !26, !llvm.loop !45

46:                                               ; preds = %24
  %47 = load i64, ptr %2, align 8, !dbg !48, !tbaa !19
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %47), !dbg !49
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !50
  store i32 0, ptr %4, align 4, !dbg !51, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !52
  store i32 0, ptr %5, align 4, !dbg !53, !tbaa !9
  br label %49, !dbg !52

49:                                               ; preds = %72, %46
  %50 = load i32, ptr %5, align 4, !dbg !54, !tbaa !9
  %51 = icmp slt i32 %50, 256, !dbg !55
  br i1 %51, label %53, label %52, !dbg !56

52:                                               ; preds = %49
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !57
  br label %75

53:                                               ; preds = %49
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !58
  store i32 0, ptr %7, align 4, !dbg !59, !tbaa !9
  br label %54, !dbg !58

54:                                               ; preds = %68, %53
  %55 = load i32, ptr %7, align 4, !dbg !60, !tbaa !9
  %56 = icmp slt i32 %55, 256, !dbg !61
  br i1 %56, label %58, label %57, !dbg !62

57:                                               ; preds = %54
  store i32 8, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !63
  br label %71

58:                                               ; preds = %54
  %59 = load i32, ptr %4, align 4, !dbg !64, !tbaa !9
  %60 = mul i32 %59, 7, !dbg !65
  %61 = load i32, ptr %5, align 4, !dbg !66, !tbaa !9
  %62 = trunc i32 %61 to i8, !dbg !67
  %63 = load i32, ptr %7, align 4, !dbg !68, !tbaa !9
  %64 = trunc i32 %63 to i8, !dbg !69
  %65 = call zeroext i8 @sat_add_u8(i8 noundef zeroext %62, i8 noundef zeroext %64), !dbg !70
  %66 = zext i8 %65 to i32, !dbg !70
  %67 = add i32 %60, %66, !dbg !71
  store i32 %67, ptr %4, align 4, !dbg !72, !tbaa !9
  br label %68, !dbg !73

68:                                               ; preds = %58
  %69 = load i32, ptr %7, align 4, !dbg !74, !tbaa !9
  %70 = add nsw i32 %69, 17, !dbg !75
  store i32 %70, ptr %7, align 4, !dbg !76, !tbaa !9
  br label %54, !dbg !63, !llvm.loop !77

71:                                               ; preds = %57
  br label %72, !dbg !79

72:                                               ; preds = %71
  %73 = load i32, ptr %5, align 4, !dbg !80, !tbaa !9
  %74 = add nsw i32 %73, 13, !dbg !81
  store i32 %74, ptr %5, align 4, !dbg !82, !tbaa !9
  br label %49, !dbg !57, !llvm.loop !83

75:                                               ; preds = %52
  %76 = load i32, ptr %4, align 4, !dbg !84, !tbaa !9
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %76), !dbg !85
  call void @llvm.lifetime.start.p0(ptr %8) #4, !dbg !86
  store i64 0, ptr %8, align 8, !dbg !87, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %9) #4, !dbg !88
  store i32 -32768, ptr %9, align 4, !dbg !89, !tbaa !9
  br label %78, !dbg !88

78:                                               ; preds = %100, %75
  %79 = load i32, ptr %9, align 4, !dbg !90, !tbaa !9
  %80 = icmp slt i32 %79, 32768, !dbg !91
  br i1 %80, label %82, label %81, !dbg !92

81:                                               ; preds = %78
  store i32 11, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #4, !dbg !93
  br label %103

82:                                               ; preds = %78
  call void @llvm.lifetime.start.p0(ptr %10) #4, !dbg !94
  store i32 -32768, ptr %10, align 4, !dbg !95, !tbaa !9
  br label %83, !dbg !94

83:                                               ; preds = %96, %82
  %84 = load i32, ptr %10, align 4, !dbg !96, !tbaa !9
  %85 = icmp slt i32 %84, 32768, !dbg !97
  br i1 %85, label %87, label %86, !dbg !98

86:                                               ; preds = %83
  store i32 14, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #4, !dbg !99
  br label %99

87:                                               ; preds = %83
  %88 = load i32, ptr %9, align 4, !dbg !100, !tbaa !9
  %89 = trunc i32 %88 to i16, !dbg !101
  %90 = load i32, ptr %10, align 4, !dbg !102, !tbaa !9
  %91 = trunc i32 %90 to i16, !dbg !103
  %92 = call signext i16 @sat_sub_i16(i16 noundef signext %89, i16 noundef signext %91), !dbg !104
  %93 = sext i16 %92 to i64, !dbg !104
  %94 = load i64, ptr %8, align 8, !dbg !105, !tbaa !19
  %95 = add nsw i64 %94, %93, !dbg !106
  store i64 %95, ptr %8, align 8, !dbg !107, !tbaa !19
  br label %96, !dbg !108

96:                                               ; preds = %87
  %97 = load i32, ptr %10, align 4, !dbg !109, !tbaa !9
  %98 = add nsw i32 %97, 5003, !dbg !110
  store i32 %98, ptr %10, align 4, !dbg !111, !tbaa !9
  br label %83, !dbg !99, !llvm.loop !112

99:                                               ; preds = %86
  br label %100, !dbg !114

100:                                              ; preds = %99
  %101 = load i32, ptr %9, align 4, !dbg !115, !tbaa !9
  %102 = add nsw i32 %101, 4099, !dbg !116
  store i32 %102, ptr %9, align 4, !dbg !117, !tbaa !9
  br label %78, !dbg !93, !llvm.loop !118

103:                                              ; preds = %81
  %104 = load i64, ptr %8, align 8, !dbg !119, !tbaa !19
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %104), !dbg !120
  call void @llvm.lifetime.start.p0(ptr %11) #4, !dbg !121
  store double 1.000000e+300, ptr %11, align 8, !dbg !122, !tbaa !123
  call void @llvm.lifetime.start.p0(ptr %12) #4, !dbg !125
  store i32 0, ptr %12, align 4, !dbg !126, !tbaa !9
  br label %106, !dbg !125

106:                                              ; preds = %120, %103
  %107 = load i32, ptr %12, align 4, !dbg !127, !tbaa !9
  %108 = icmp slt i32 %107, 50, !dbg !128
  br i1 %108, label %110, label %109, !dbg !129

109:                                              ; preds = %106
  store i32 17, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #4, !dbg !130
  br label %123

110:                                              ; preds = %106
  %111 = load double, ptr %11, align 8, !dbg !131, !tbaa !123
  %112 = load i32, ptr %12, align 4, !dbg !132, !tbaa !9
  %113 = sitofp i32 %112 to double, !dbg !132
  %114 = fmul double %113, 3.700000e-01, !dbg !133
  %115 = call double @sin(double noundef %114) #4, !dbg !134, !tbaa !9
  %116 = load i32, ptr %12, align 4, !dbg !135, !tbaa !9
  %117 = sitofp i32 %116 to double, !dbg !135
  %118 = fmul double %115, %117, !dbg !136
  %119 = call double @dmin(double noundef %111, double noundef %118), !dbg !137
  store double %119, ptr %11, align 8, !dbg !138, !tbaa !123
  br label %120, !dbg !139

120:                                              ; preds = %110
  %121 = load i32, ptr %12, align 4, !dbg !140, !tbaa !9
  %122 = add nsw i32 %121, 1, !dbg !141
  store i32 %122, ptr %12, align 4, !dbg !142, !tbaa !9
  br label %106, !dbg !130, !llvm.loop !143

123:                                              ; preds = %109
  %124 = load double, ptr %11, align 8, !dbg !145, !tbaa !123
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %124), !dbg !146
  call void @llvm.lifetime.start.p0(ptr %13) #4, !dbg !147
  store i32 0, ptr %13, align 4, !dbg !148, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %14) #4, !dbg !149
  store i32 0, ptr %14, align 4, !dbg !150, !tbaa !9
  br label %126, !dbg !149

126:                                              ; preds = %136, %123
  %127 = load i32, ptr %14, align 4, !dbg !151, !tbaa !9
  %128 = icmp ult i32 %127, 100, !dbg !152
  br i1 %128, label %130, label %129, !dbg !153

129:                                              ; preds = %126
  store i32 20, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #4, !dbg !154
  br label %139

130:                                              ; preds = %126
  %131 = load i32, ptr %13, align 4, !dbg !155, !tbaa !9
  %132 = load i32, ptr %14, align 4, !dbg !156, !tbaa !9
  %133 = mul i32 %132, -1640531535, !dbg !157
  %134 = lshr i32 %133, 7, !dbg !158
  %135 = call i32 @umax(i32 noundef %131, i32 noundef %134), !dbg !159
  store i32 %135, ptr %13, align 4, !dbg !160, !tbaa !9
  br label %136, !dbg !161

136:                                              ; preds = %130
  %137 = load i32, ptr %14, align 4, !dbg !162, !tbaa !9
  %138 = add i32 %137, 1, !dbg !163
  store i32 %138, ptr %14, align 4, !dbg !164, !tbaa !9
  br label %126, !dbg !154, !llvm.loop !165

139:                                              ; preds = %129
  %140 = load i32, ptr %13, align 4, !dbg !167, !tbaa !9
  %141 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %140), !dbg !168
  call void @llvm.lifetime.start.p0(ptr %15) #4, !dbg !169
  store i32 -1, ptr %15, align 4, !dbg !170, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %16) #4, !dbg !171
  store i32 1, ptr %16, align 4, !dbg !172, !tbaa !9
  %142 = load i32, ptr %15, align 4, !dbg !173, !tbaa !9
  %143 = load i32, ptr %16, align 4, !dbg !174, !tbaa !9
  %144 = icmp slt i32 %142, %143, !dbg !175
  %145 = zext i1 %144 to i32, !dbg !175
  %146 = load i32, ptr %15, align 4, !dbg !176, !tbaa !9
  %147 = load i32, ptr %16, align 4, !dbg !177, !tbaa !9
  %148 = icmp ugt i32 %146, %147, !dbg !178
  %149 = zext i1 %148 to i32, !dbg !178
  %150 = load i32, ptr %15, align 4, !dbg !179, !tbaa !9
  %151 = sext i32 %150 to i64, !dbg !180
  %152 = load i32, ptr %16, align 4, !dbg !181, !tbaa !9
  %153 = zext i32 %152 to i64, !dbg !182
  %154 = icmp slt i64 %151, %153, !dbg !183
  %155 = zext i1 %154 to i32, !dbg !183
  %156 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %145, i32 noundef %149, i32 noundef %155), !dbg !184
  call void @llvm.lifetime.start.p0(ptr %17) #4, !dbg !185
  store i32 0, ptr %17, align 4, !dbg !186, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %18) #4, !dbg !187
  store i32 0, ptr %18, align 4, !dbg !188, !tbaa !9
  br label %157, !dbg !187

157:                                              ; preds = %175, %139
  %158 = load i32, ptr %18, align 4, !dbg !189, !tbaa !9
  %159 = icmp slt i32 %158, 32, !dbg !190
  br i1 %159, label %161, label %160, !dbg !191

160:                                              ; preds = %157
  store i32 23, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #4, !dbg !192
  br label %178

161:                                              ; preds = %157
  %162 = load i32, ptr %18, align 4, !dbg !193, !tbaa !9
  %163 = srem i32 %162, 3, !dbg !194
  %164 = icmp eq i32 %163, 0, !dbg !195
  %165 = zext i1 %164 to i32, !dbg !195
  %166 = load i32, ptr %18, align 4, !dbg !196, !tbaa !9
  %167 = srem i32 %166, 2, !dbg !197
  %168 = icmp eq i32 %167, 1, !dbg !198
  %169 = zext i1 %168 to i32, !dbg !198
  %170 = and i32 %165, %169, !dbg !199
  %171 = load i32, ptr %18, align 4, !dbg !200, !tbaa !9
  %172 = shl i32 %170, %171, !dbg !201
  %173 = load i32, ptr %17, align 4, !dbg !202, !tbaa !9
  %174 = or i32 %173, %172, !dbg !203
  store i32 %174, ptr %17, align 4, !dbg !204, !tbaa !9
  br label %175, !dbg !205

175:                                              ; preds = %161
  %176 = load i32, ptr %18, align 4, !dbg !206, !tbaa !9
  %177 = add nsw i32 %176, 1, !dbg !207
  store i32 %177, ptr %18, align 4, !dbg !208, !tbaa !9
  br label %157, !dbg !192, !llvm.loop !209

178:                                              ; preds = %160
  %179 = load i32, ptr %17, align 4, !dbg !210, !tbaa !9
  %180 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %179), !dbg !211
  call void @llvm.lifetime.start.p0(ptr %19) #4, !dbg !212
  store double -0.000000e+00, ptr %19, align 8, !dbg !213, !tbaa !123
  call void @llvm.lifetime.start.p0(ptr %20) #4, !dbg !212
  store double 0.000000e+00, ptr %20, align 8, !dbg !214, !tbaa !123
  %181 = load double, ptr %19, align 8, !dbg !215, !tbaa !123
  %182 = load double, ptr %20, align 8, !dbg !216, !tbaa !123
  %183 = fcmp olt double %181, %182, !dbg !217
  br i1 %183, label %184, label %186, !dbg !218

184:                                              ; preds = %178
  %185 = load double, ptr %19, align 8, !dbg !219, !tbaa !123
  br label %188, !dbg !215

186:                                              ; preds = %178
  %187 = load double, ptr %20, align 8, !dbg !220, !tbaa !123
  br label %188, !dbg !215

188:                                              ; preds = %186, %184
  %189 = phi double [ %185, %184 ], [ %187, %186 ], !dbg !215
  %190 = load double, ptr %20, align 8, !dbg !221, !tbaa !123
  %191 = load double, ptr %19, align 8, !dbg !222, !tbaa !123
  %192 = fcmp olt double %190, %191, !dbg !223
  br i1 %192, label %193, label %195, !dbg !224

193:                                              ; preds = %188
  %194 = load double, ptr %20, align 8, !dbg !225, !tbaa !123
  br label %197, !dbg !221

195:                                              ; preds = %188
  %196 = load double, ptr %19, align 8, !dbg !226, !tbaa !123
  br label %197, !dbg !221

197:                                              ; preds = %195, %193
  %198 = phi double [ %194, %193 ], [ %196, %195 ], !dbg !221
  %199 = load double, ptr %19, align 8, !dbg !227, !tbaa !123
  %200 = load double, ptr %20, align 8, !dbg !228, !tbaa !123
  %201 = fcmp oeq double %199, %200, !dbg !229
  %202 = zext i1 %201 to i32, !dbg !229
  %203 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %189, double noundef %198, i32 noundef %202), !dbg !230
  store i32 0, ptr %1, align 4, !dbg !231
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %20) #4, !dbg !232
  call void @llvm.lifetime.end.p0(ptr %19) #4, !dbg !232
  call void @llvm.lifetime.end.p0(ptr %17) #4, !dbg !232
  call void @llvm.lifetime.end.p0(ptr %16) #4, !dbg !232
  call void @llvm.lifetime.end.p0(ptr %15) #4, !dbg !232
  call void @llvm.lifetime.end.p0(ptr %13) #4, !dbg !232
  call void @llvm.lifetime.end.p0(ptr %11) #4, !dbg !232
  call void @llvm.lifetime.end.p0(ptr %8) #4, !dbg !232
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !232
  call void @llvm.lifetime.end.p0(ptr %2) #4, !dbg !232
  %204 = load i32, ptr %1, align 4, !dbg !233
  ret i32 %204, !dbg !234
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal i32 @clampi(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !235 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !9
  store i32 %2, ptr %6, align 4, !tbaa !9
  %7 = load i32, ptr %4, align 4, !dbg !236, !tbaa !9
  %8 = load i32, ptr %5, align 4, !dbg !237, !tbaa !9
  %9 = icmp slt i32 %7, %8, !dbg !238
  br i1 %9, label %10, label %12, !dbg !239

10:                                               ; preds = %3
  %11 = load i32, ptr %5, align 4, !dbg !240, !tbaa !9
  br label %22, !dbg !236

12:                                               ; preds = %3
  %13 = load i32, ptr %4, align 4, !dbg !241, !tbaa !9
  %14 = load i32, ptr %6, align 4, !dbg !242, !tbaa !9
  %15 = icmp sgt i32 %13, %14, !dbg !243
  br i1 %15, label %16, label %18, !dbg !244

16:                                               ; preds = %12
  %17 = load i32, ptr %6, align 4, !dbg !245, !tbaa !9
  br label %20, !dbg !241

18:                                               ; preds = %12
  %19 = load i32, ptr %4, align 4, !dbg !246, !tbaa !9
  br label %20, !dbg !241

20:                                               ; preds = %18, %16
  %21 = phi i32 [ %17, %16 ], [ %19, %18 ], !dbg !241
  br label %22, !dbg !236

22:                                               ; preds = %20, %10
  %23 = phi i32 [ %11, %10 ], [ %21, %20 ], !dbg !247
  ret i32 %23, !dbg !248
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !249 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind uwtable
define internal zeroext i8 @sat_add_u8(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 !dbg !251 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  %5 = alloca i32, align 4
  store i8 %0, ptr %3, align 1, !tbaa !252
  store i8 %1, ptr %4, align 1, !tbaa !252
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !253
  %6 = load i8, ptr %3, align 1, !dbg !254, !tbaa !252
  %7 = zext i8 %6 to i32, !dbg !255
  %8 = load i8, ptr %4, align 1, !dbg !256, !tbaa !252
  %9 = zext i8 %8 to i32, !dbg !256
  %10 = add i32 %7, %9, !dbg !257
  store i32 %10, ptr %5, align 4, !dbg !258, !tbaa !9
  %11 = load i32, ptr %5, align 4, !dbg !259, !tbaa !9
  %12 = icmp ugt i32 %11, 255, !dbg !260
  br i1 %12, label %13, label %14, !dbg !261

13:                                               ; preds = %2
  br label %16, !dbg !259

14:                                               ; preds = %2
  %15 = load i32, ptr %5, align 4, !dbg !262, !tbaa !9
  br label %16, !dbg !259

16:                                               ; preds = %14, %13
  %17 = phi i32 [ 255, %13 ], [ %15, %14 ], !dbg !263
  %18 = trunc i32 %17 to i8, !dbg !264
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !265
  ret i8 %18, !dbg !266
}

; Function Attrs: nounwind uwtable
define internal signext i16 @sat_sub_i16(i16 noundef signext %0, i16 noundef signext %1) #0 !dbg !267 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  %5 = alloca i32, align 4
  store i16 %0, ptr %3, align 2, !tbaa !268
  store i16 %1, ptr %4, align 2, !tbaa !268
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !270
  %6 = load i16, ptr %3, align 2, !dbg !271, !tbaa !268
  %7 = sext i16 %6 to i32, !dbg !271
  %8 = load i16, ptr %4, align 2, !dbg !272, !tbaa !268
  %9 = sext i16 %8 to i32, !dbg !272
  %10 = sub nsw i32 %7, %9, !dbg !273
  store i32 %10, ptr %5, align 4, !dbg !274, !tbaa !9
  %11 = load i32, ptr %5, align 4, !dbg !275, !tbaa !9
  %12 = icmp sgt i32 %11, 32767, !dbg !276
  br i1 %12, label %13, label %14, !dbg !277

13:                                               ; preds = %2
  br label %22, !dbg !275

14:                                               ; preds = %2
  %15 = load i32, ptr %5, align 4, !dbg !278, !tbaa !9
  %16 = icmp slt i32 %15, -32768, !dbg !279
  br i1 %16, label %17, label %18, !dbg !280

17:                                               ; preds = %14
  br label %20, !dbg !278

18:                                               ; preds = %14
  %19 = load i32, ptr %5, align 4, !dbg !281, !tbaa !9
  br label %20, !dbg !278

20:                                               ; preds = %18, %17
  %21 = phi i32 [ -32768, %17 ], [ %19, %18 ], !dbg !278
  br label %22, !dbg !275

22:                                               ; preds = %20, %13
  %23 = phi i32 [ 32767, %13 ], [ %21, %20 ], !dbg !282
  %24 = trunc i32 %23 to i16, !dbg !283
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !284
  ret i16 %24, !dbg !285
}

; Function Attrs: nounwind uwtable
define internal double @dmin(double noundef %0, double noundef %1) #0 !dbg !286 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8, !tbaa !123
  store double %1, ptr %4, align 8, !tbaa !123
  %5 = load double, ptr %3, align 8, !dbg !287, !tbaa !123
  %6 = load double, ptr %4, align 8, !dbg !288, !tbaa !123
  %7 = fcmp olt double %5, %6, !dbg !289
  br i1 %7, label %8, label %10, !dbg !290

8:                                                ; preds = %2
  %9 = load double, ptr %3, align 8, !dbg !291, !tbaa !123
  br label %12, !dbg !287

10:                                               ; preds = %2
  %11 = load double, ptr %4, align 8, !dbg !292, !tbaa !123
  br label %12, !dbg !287

12:                                               ; preds = %10, %8
  %13 = phi double [ %9, %8 ], [ %11, %10 ], !dbg !293
  ret double %13, !dbg !294
}

; Function Attrs: nounwind
declare !dbg !295 double @sin(double noundef) #3

; Function Attrs: nounwind uwtable
define internal i32 @umax(i32 noundef %0, i32 noundef %1) #0 !dbg !297 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !9
  %5 = load i32, ptr %3, align 4, !dbg !298, !tbaa !9
  %6 = load i32, ptr %4, align 4, !dbg !299, !tbaa !9
  %7 = icmp ugt i32 %5, %6, !dbg !300
  br i1 %7, label %8, label %10, !dbg !301

8:                                                ; preds = %2
  %9 = load i32, ptr %3, align 4, !dbg !302, !tbaa !9
  br label %12, !dbg !298

10:                                               ; preds = %2
  %11 = load i32, ptr %4, align 4, !dbg !303, !tbaa !9
  br label %12, !dbg !298

12:                                               ; preds = %10, %8
  %13 = phi i32 [ %9, %8 ], [ %11, %10 ], !dbg !304
  ret i32 %13, !dbg !305
}

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "select_minmax.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 12, type: !15, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "select_minmax.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 13, column: 5, scope: !13)
!18 = !DILocation(line: 13, column: 10, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !{!20, !20, i64 0}
!20 = !{!"long", !11, i64 0}
!21 = !DILocation(line: 14, column: 10, scope: !13)
!22 = !DILocation(line: 14, column: 14, scope: !13, atomGroup: 2, atomRank: 1)
!23 = !DILocation(line: 14, column: 24, scope: !13)
!24 = !DILocation(line: 14, column: 26, scope: !13, atomGroup: 3, atomRank: 1)
!25 = !DILocation(line: 14, column: 5, scope: !13, atomGroup: 4, atomRank: 1)
!26 = !DILocation(line: 14, column: 5, scope: !13)
!27 = !DILocation(line: 14, column: 45, scope: !13)
!28 = !DILocation(line: 14, column: 47, scope: !13)
!29 = !DILocation(line: 14, column: 60, scope: !13)
!30 = !DILocation(line: 14, column: 53, scope: !13)
!31 = !DILocation(line: 14, column: 51, scope: !13)
!32 = !DILocation(line: 14, column: 77, scope: !13)
!33 = !DILocation(line: 14, column: 79, scope: !13, atomGroup: 6, atomRank: 2)
!34 = !DILocation(line: 14, column: 77, scope: !13, atomGroup: 6, atomRank: 1)
!35 = !DILocation(line: 14, column: 86, scope: !13)
!36 = !DILocation(line: 14, column: 85, scope: !13)
!37 = !DILocation(line: 14, column: 90, scope: !13)
!38 = !DILocation(line: 14, column: 76, scope: !13)
!39 = !DILocation(line: 14, column: 74, scope: !13, atomGroup: 5, atomRank: 2)
!40 = !DILocation(line: 14, column: 43, scope: !13, atomGroup: 5, atomRank: 1)
!41 = !DILocation(line: 14, column: 41, scope: !13, atomGroup: 8, atomRank: 1)
!42 = !DILocation(line: 14, column: 35, scope: !13)
!43 = !DILocation(line: 14, column: 35, scope: !13, atomGroup: 7, atomRank: 2)
!44 = !DILocation(line: 14, column: 35, scope: !13, atomGroup: 7, atomRank: 1)
!45 = distinct !{!45, !26, !46, !47}
!46 = !DILocation(line: 14, column: 91, scope: !13)
!47 = !{!"llvm.loop.mustprogress"}
!48 = !DILocation(line: 15, column: 27, scope: !13)
!49 = !DILocation(line: 15, column: 5, scope: !13)
!50 = !DILocation(line: 16, column: 5, scope: !13)
!51 = !DILocation(line: 16, column: 14, scope: !13, atomGroup: 9, atomRank: 1)
!52 = !DILocation(line: 17, column: 10, scope: !13)
!53 = !DILocation(line: 17, column: 14, scope: !13, atomGroup: 10, atomRank: 1)
!54 = !DILocation(line: 17, column: 21, scope: !13)
!55 = !DILocation(line: 17, column: 23, scope: !13, atomGroup: 11, atomRank: 1)
!56 = !DILocation(line: 17, column: 5, scope: !13, atomGroup: 12, atomRank: 1)
!57 = !DILocation(line: 17, column: 5, scope: !13)
!58 = !DILocation(line: 17, column: 44, scope: !13)
!59 = !DILocation(line: 17, column: 48, scope: !13, atomGroup: 13, atomRank: 1)
!60 = !DILocation(line: 17, column: 55, scope: !13)
!61 = !DILocation(line: 17, column: 57, scope: !13, atomGroup: 14, atomRank: 1)
!62 = !DILocation(line: 17, column: 39, scope: !13, atomGroup: 15, atomRank: 1)
!63 = !DILocation(line: 17, column: 39, scope: !13)
!64 = !DILocation(line: 17, column: 79, scope: !13)
!65 = !DILocation(line: 17, column: 83, scope: !13)
!66 = !DILocation(line: 17, column: 109, scope: !13)
!67 = !DILocation(line: 17, column: 100, scope: !13)
!68 = !DILocation(line: 17, column: 121, scope: !13)
!69 = !DILocation(line: 17, column: 112, scope: !13)
!70 = !DILocation(line: 17, column: 89, scope: !13)
!71 = !DILocation(line: 17, column: 87, scope: !13, atomGroup: 16, atomRank: 2)
!72 = !DILocation(line: 17, column: 77, scope: !13, atomGroup: 16, atomRank: 1)
!73 = !DILocation(line: 17, column: 73, scope: !13, atomGroup: 18, atomRank: 1)
!74 = !DILocation(line: 17, column: 66, scope: !13)
!75 = !DILocation(line: 17, column: 66, scope: !13, atomGroup: 17, atomRank: 2)
!76 = !DILocation(line: 17, column: 66, scope: !13, atomGroup: 17, atomRank: 1)
!77 = distinct !{!77, !63, !78, !47}
!78 = !DILocation(line: 17, column: 122, scope: !13)
!79 = !DILocation(line: 17, column: 122, scope: !13, atomGroup: 20, atomRank: 1)
!80 = !DILocation(line: 17, column: 32, scope: !13)
!81 = !DILocation(line: 17, column: 32, scope: !13, atomGroup: 19, atomRank: 2)
!82 = !DILocation(line: 17, column: 32, scope: !13, atomGroup: 19, atomRank: 1)
!83 = distinct !{!83, !57, !78, !47}
!84 = !DILocation(line: 18, column: 25, scope: !13)
!85 = !DILocation(line: 18, column: 5, scope: !13)
!86 = !DILocation(line: 19, column: 5, scope: !13)
!87 = !DILocation(line: 19, column: 10, scope: !13, atomGroup: 21, atomRank: 1)
!88 = !DILocation(line: 20, column: 10, scope: !13)
!89 = !DILocation(line: 20, column: 14, scope: !13, atomGroup: 22, atomRank: 1)
!90 = !DILocation(line: 20, column: 26, scope: !13)
!91 = !DILocation(line: 20, column: 28, scope: !13, atomGroup: 23, atomRank: 1)
!92 = !DILocation(line: 20, column: 5, scope: !13, atomGroup: 24, atomRank: 1)
!93 = !DILocation(line: 20, column: 5, scope: !13)
!94 = !DILocation(line: 20, column: 53, scope: !13)
!95 = !DILocation(line: 20, column: 57, scope: !13, atomGroup: 25, atomRank: 1)
!96 = !DILocation(line: 20, column: 69, scope: !13)
!97 = !DILocation(line: 20, column: 71, scope: !13, atomGroup: 26, atomRank: 1)
!98 = !DILocation(line: 20, column: 48, scope: !13, atomGroup: 27, atomRank: 1)
!99 = !DILocation(line: 20, column: 48, scope: !13)
!100 = !DILocation(line: 20, column: 117, scope: !13)
!101 = !DILocation(line: 20, column: 108, scope: !13)
!102 = !DILocation(line: 20, column: 129, scope: !13)
!103 = !DILocation(line: 20, column: 120, scope: !13)
!104 = !DILocation(line: 20, column: 96, scope: !13)
!105 = !DILocation(line: 20, column: 93, scope: !13)
!106 = !DILocation(line: 20, column: 93, scope: !13, atomGroup: 28, atomRank: 2)
!107 = !DILocation(line: 20, column: 93, scope: !13, atomGroup: 28, atomRank: 1)
!108 = !DILocation(line: 20, column: 91, scope: !13, atomGroup: 30, atomRank: 1)
!109 = !DILocation(line: 20, column: 82, scope: !13)
!110 = !DILocation(line: 20, column: 82, scope: !13, atomGroup: 29, atomRank: 2)
!111 = !DILocation(line: 20, column: 82, scope: !13, atomGroup: 29, atomRank: 1)
!112 = distinct !{!112, !99, !113, !47}
!113 = !DILocation(line: 20, column: 130, scope: !13)
!114 = !DILocation(line: 20, column: 130, scope: !13, atomGroup: 32, atomRank: 1)
!115 = !DILocation(line: 20, column: 39, scope: !13)
!116 = !DILocation(line: 20, column: 39, scope: !13, atomGroup: 31, atomRank: 2)
!117 = !DILocation(line: 20, column: 39, scope: !13, atomGroup: 31, atomRank: 1)
!118 = distinct !{!118, !93, !113, !47}
!119 = !DILocation(line: 21, column: 27, scope: !13)
!120 = !DILocation(line: 21, column: 5, scope: !13)
!121 = !DILocation(line: 22, column: 5, scope: !13)
!122 = !DILocation(line: 22, column: 12, scope: !13, atomGroup: 33, atomRank: 1)
!123 = !{!124, !124, i64 0}
!124 = !{!"double", !11, i64 0}
!125 = !DILocation(line: 22, column: 28, scope: !13)
!126 = !DILocation(line: 22, column: 32, scope: !13, atomGroup: 34, atomRank: 1)
!127 = !DILocation(line: 22, column: 39, scope: !13)
!128 = !DILocation(line: 22, column: 41, scope: !13, atomGroup: 35, atomRank: 1)
!129 = !DILocation(line: 22, column: 23, scope: !13, atomGroup: 36, atomRank: 1)
!130 = !DILocation(line: 22, column: 23, scope: !13)
!131 = !DILocation(line: 22, column: 61, scope: !13)
!132 = !DILocation(line: 22, column: 68, scope: !13)
!133 = !DILocation(line: 22, column: 70, scope: !13)
!134 = !DILocation(line: 22, column: 64, scope: !13)
!135 = !DILocation(line: 22, column: 80, scope: !13)
!136 = !DILocation(line: 22, column: 78, scope: !13)
!137 = !DILocation(line: 22, column: 56, scope: !13, atomGroup: 37, atomRank: 2)
!138 = !DILocation(line: 22, column: 54, scope: !13, atomGroup: 37, atomRank: 1)
!139 = !DILocation(line: 22, column: 52, scope: !13, atomGroup: 39, atomRank: 1)
!140 = !DILocation(line: 22, column: 48, scope: !13)
!141 = !DILocation(line: 22, column: 48, scope: !13, atomGroup: 38, atomRank: 2)
!142 = !DILocation(line: 22, column: 48, scope: !13, atomGroup: 38, atomRank: 1)
!143 = distinct !{!143, !130, !144, !47}
!144 = !DILocation(line: 22, column: 81, scope: !13)
!145 = !DILocation(line: 23, column: 28, scope: !13)
!146 = !DILocation(line: 23, column: 5, scope: !13)
!147 = !DILocation(line: 24, column: 5, scope: !13)
!148 = !DILocation(line: 24, column: 14, scope: !13, atomGroup: 40, atomRank: 1)
!149 = !DILocation(line: 24, column: 27, scope: !13)
!150 = !DILocation(line: 24, column: 36, scope: !13, atomGroup: 41, atomRank: 1)
!151 = !DILocation(line: 24, column: 43, scope: !13)
!152 = !DILocation(line: 24, column: 45, scope: !13, atomGroup: 42, atomRank: 1)
!153 = !DILocation(line: 24, column: 22, scope: !13, atomGroup: 43, atomRank: 1)
!154 = !DILocation(line: 24, column: 22, scope: !13)
!155 = !DILocation(line: 24, column: 67, scope: !13)
!156 = !DILocation(line: 24, column: 72, scope: !13)
!157 = !DILocation(line: 24, column: 74, scope: !13)
!158 = !DILocation(line: 24, column: 89, scope: !13)
!159 = !DILocation(line: 24, column: 62, scope: !13, atomGroup: 44, atomRank: 2)
!160 = !DILocation(line: 24, column: 60, scope: !13, atomGroup: 44, atomRank: 1)
!161 = !DILocation(line: 24, column: 57, scope: !13, atomGroup: 46, atomRank: 1)
!162 = !DILocation(line: 24, column: 53, scope: !13)
!163 = !DILocation(line: 24, column: 53, scope: !13, atomGroup: 45, atomRank: 2)
!164 = !DILocation(line: 24, column: 53, scope: !13, atomGroup: 45, atomRank: 1)
!165 = distinct !{!165, !154, !166, !47}
!166 = !DILocation(line: 24, column: 93, scope: !13)
!167 = !DILocation(line: 25, column: 25, scope: !13)
!168 = !DILocation(line: 25, column: 5, scope: !13)
!169 = !DILocation(line: 26, column: 5, scope: !13)
!170 = !DILocation(line: 26, column: 9, scope: !13, atomGroup: 47, atomRank: 1)
!171 = !DILocation(line: 26, column: 19, scope: !13)
!172 = !DILocation(line: 26, column: 28, scope: !13, atomGroup: 48, atomRank: 1)
!173 = !DILocation(line: 27, column: 32, scope: !13)
!174 = !DILocation(line: 27, column: 43, scope: !13)
!175 = !DILocation(line: 27, column: 36, scope: !13)
!176 = !DILocation(line: 27, column: 58, scope: !13)
!177 = !DILocation(line: 27, column: 64, scope: !13)
!178 = !DILocation(line: 27, column: 62, scope: !13)
!179 = !DILocation(line: 27, column: 75, scope: !13)
!180 = !DILocation(line: 27, column: 69, scope: !13)
!181 = !DILocation(line: 27, column: 87, scope: !13)
!182 = !DILocation(line: 27, column: 81, scope: !13)
!183 = !DILocation(line: 27, column: 79, scope: !13)
!184 = !DILocation(line: 27, column: 5, scope: !13)
!185 = !DILocation(line: 28, column: 5, scope: !13)
!186 = !DILocation(line: 28, column: 9, scope: !13, atomGroup: 49, atomRank: 1)
!187 = !DILocation(line: 29, column: 10, scope: !13)
!188 = !DILocation(line: 29, column: 14, scope: !13, atomGroup: 50, atomRank: 1)
!189 = !DILocation(line: 29, column: 21, scope: !13)
!190 = !DILocation(line: 29, column: 23, scope: !13, atomGroup: 51, atomRank: 1)
!191 = !DILocation(line: 29, column: 5, scope: !13, atomGroup: 52, atomRank: 1)
!192 = !DILocation(line: 29, column: 5, scope: !13)
!193 = !DILocation(line: 29, column: 45, scope: !13)
!194 = !DILocation(line: 29, column: 47, scope: !13)
!195 = !DILocation(line: 29, column: 51, scope: !13)
!196 = !DILocation(line: 29, column: 60, scope: !13)
!197 = !DILocation(line: 29, column: 62, scope: !13)
!198 = !DILocation(line: 29, column: 66, scope: !13)
!199 = !DILocation(line: 29, column: 57, scope: !13)
!200 = !DILocation(line: 29, column: 76, scope: !13)
!201 = !DILocation(line: 29, column: 73, scope: !13)
!202 = !DILocation(line: 29, column: 40, scope: !13)
!203 = !DILocation(line: 29, column: 40, scope: !13, atomGroup: 53, atomRank: 2)
!204 = !DILocation(line: 29, column: 40, scope: !13, atomGroup: 53, atomRank: 1)
!205 = !DILocation(line: 29, column: 34, scope: !13, atomGroup: 55, atomRank: 1)
!206 = !DILocation(line: 29, column: 30, scope: !13)
!207 = !DILocation(line: 29, column: 30, scope: !13, atomGroup: 54, atomRank: 2)
!208 = !DILocation(line: 29, column: 30, scope: !13, atomGroup: 54, atomRank: 1)
!209 = distinct !{!209, !192, !200, !47}
!210 = !DILocation(line: 30, column: 38, scope: !13)
!211 = !DILocation(line: 30, column: 5, scope: !13)
!212 = !DILocation(line: 31, column: 5, scope: !13)
!213 = !DILocation(line: 31, column: 12, scope: !13, atomGroup: 56, atomRank: 1)
!214 = !DILocation(line: 31, column: 22, scope: !13, atomGroup: 57, atomRank: 1)
!215 = !DILocation(line: 32, column: 37, scope: !13)
!216 = !DILocation(line: 32, column: 41, scope: !13)
!217 = !DILocation(line: 32, column: 39, scope: !13, atomGroup: 58, atomRank: 2)
!218 = !DILocation(line: 32, column: 37, scope: !13, atomGroup: 58, atomRank: 1)
!219 = !DILocation(line: 32, column: 45, scope: !13)
!220 = !DILocation(line: 32, column: 49, scope: !13)
!221 = !DILocation(line: 32, column: 52, scope: !13)
!222 = !DILocation(line: 32, column: 56, scope: !13)
!223 = !DILocation(line: 32, column: 54, scope: !13, atomGroup: 59, atomRank: 2)
!224 = !DILocation(line: 32, column: 52, scope: !13, atomGroup: 59, atomRank: 1)
!225 = !DILocation(line: 32, column: 60, scope: !13)
!226 = !DILocation(line: 32, column: 64, scope: !13)
!227 = !DILocation(line: 32, column: 67, scope: !13)
!228 = !DILocation(line: 32, column: 72, scope: !13)
!229 = !DILocation(line: 32, column: 69, scope: !13)
!230 = !DILocation(line: 32, column: 5, scope: !13)
!231 = !DILocation(line: 33, column: 5, scope: !13, atomGroup: 60, atomRank: 1)
!232 = !DILocation(line: 34, column: 1, scope: !13)
!233 = !DILocation(line: 34, column: 1, scope: !13, atomGroup: 61, atomRank: 2)
!234 = !DILocation(line: 34, column: 1, scope: !13, atomGroup: 61, atomRank: 1)
!235 = distinct !DISubprogram(name: "clampi", scope: !14, file: !14, line: 6, type: !15, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!236 = !DILocation(line: 6, column: 51, scope: !235)
!237 = !DILocation(line: 6, column: 55, scope: !235)
!238 = !DILocation(line: 6, column: 53, scope: !235, atomGroup: 2, atomRank: 2)
!239 = !DILocation(line: 6, column: 51, scope: !235, atomGroup: 2, atomRank: 1)
!240 = !DILocation(line: 6, column: 60, scope: !235)
!241 = !DILocation(line: 6, column: 65, scope: !235)
!242 = !DILocation(line: 6, column: 69, scope: !235)
!243 = !DILocation(line: 6, column: 67, scope: !235, atomGroup: 3, atomRank: 2)
!244 = !DILocation(line: 6, column: 65, scope: !235, atomGroup: 3, atomRank: 1)
!245 = !DILocation(line: 6, column: 74, scope: !235)
!246 = !DILocation(line: 6, column: 79, scope: !235)
!247 = !DILocation(line: 6, column: 51, scope: !235, atomGroup: 1, atomRank: 2)
!248 = !DILocation(line: 6, column: 44, scope: !235, atomGroup: 1, atomRank: 1)
!249 = !DISubprogram(name: "printf", scope: !250, file: !250, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!250 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!251 = distinct !DISubprogram(name: "sat_add_u8", scope: !14, file: !14, line: 7, type: !15, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!252 = !{!11, !11, i64 0}
!253 = !DILocation(line: 7, column: 51, scope: !251)
!254 = !DILocation(line: 7, column: 74, scope: !251)
!255 = !DILocation(line: 7, column: 64, scope: !251)
!256 = !DILocation(line: 7, column: 78, scope: !251)
!257 = !DILocation(line: 7, column: 76, scope: !251, atomGroup: 1, atomRank: 2)
!258 = !DILocation(line: 7, column: 60, scope: !251, atomGroup: 1, atomRank: 1)
!259 = !DILocation(line: 7, column: 98, scope: !251)
!260 = !DILocation(line: 7, column: 100, scope: !251, atomGroup: 3, atomRank: 2)
!261 = !DILocation(line: 7, column: 98, scope: !251, atomGroup: 3, atomRank: 1)
!262 = !DILocation(line: 7, column: 114, scope: !251)
!263 = !DILocation(line: 7, column: 98, scope: !251, atomGroup: 4, atomRank: 3)
!264 = !DILocation(line: 7, column: 88, scope: !251, atomGroup: 4, atomRank: 2)
!265 = !DILocation(line: 7, column: 118, scope: !251)
!266 = !DILocation(line: 7, column: 81, scope: !251, atomGroup: 4, atomRank: 1)
!267 = distinct !DISubprogram(name: "sat_sub_i16", scope: !14, file: !14, line: 8, type: !15, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!268 = !{!269, !269, i64 0}
!269 = !{!"short", !11, i64 0}
!270 = !DILocation(line: 8, column: 52, scope: !267)
!271 = !DILocation(line: 8, column: 60, scope: !267)
!272 = !DILocation(line: 8, column: 64, scope: !267)
!273 = !DILocation(line: 8, column: 62, scope: !267, atomGroup: 1, atomRank: 2)
!274 = !DILocation(line: 8, column: 56, scope: !267, atomGroup: 1, atomRank: 1)
!275 = !DILocation(line: 8, column: 84, scope: !267)
!276 = !DILocation(line: 8, column: 86, scope: !267, atomGroup: 3, atomRank: 2)
!277 = !DILocation(line: 8, column: 84, scope: !267, atomGroup: 3, atomRank: 1)
!278 = !DILocation(line: 8, column: 104, scope: !267)
!279 = !DILocation(line: 8, column: 106, scope: !267, atomGroup: 4, atomRank: 2)
!280 = !DILocation(line: 8, column: 104, scope: !267, atomGroup: 4, atomRank: 1)
!281 = !DILocation(line: 8, column: 126, scope: !267)
!282 = !DILocation(line: 8, column: 84, scope: !267, atomGroup: 5, atomRank: 3)
!283 = !DILocation(line: 8, column: 74, scope: !267, atomGroup: 5, atomRank: 2)
!284 = !DILocation(line: 8, column: 130, scope: !267)
!285 = !DILocation(line: 8, column: 67, scope: !267, atomGroup: 5, atomRank: 1)
!286 = distinct !DISubprogram(name: "dmin", scope: !14, file: !14, line: 9, type: !15, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!287 = !DILocation(line: 9, column: 49, scope: !286)
!288 = !DILocation(line: 9, column: 53, scope: !286)
!289 = !DILocation(line: 9, column: 51, scope: !286, atomGroup: 2, atomRank: 2)
!290 = !DILocation(line: 9, column: 49, scope: !286, atomGroup: 2, atomRank: 1)
!291 = !DILocation(line: 9, column: 57, scope: !286)
!292 = !DILocation(line: 9, column: 61, scope: !286)
!293 = !DILocation(line: 9, column: 49, scope: !286, atomGroup: 1, atomRank: 2)
!294 = !DILocation(line: 9, column: 42, scope: !286, atomGroup: 1, atomRank: 1)
!295 = !DISubprogram(name: "sin", scope: !296, file: !296, line: 64, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!296 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/mathcalls.h", directory: "")
!297 = distinct !DISubprogram(name: "umax", scope: !14, file: !14, line: 10, type: !15, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!298 = !DILocation(line: 10, column: 55, scope: !297)
!299 = !DILocation(line: 10, column: 59, scope: !297)
!300 = !DILocation(line: 10, column: 57, scope: !297, atomGroup: 2, atomRank: 2)
!301 = !DILocation(line: 10, column: 55, scope: !297, atomGroup: 2, atomRank: 1)
!302 = !DILocation(line: 10, column: 63, scope: !297)
!303 = !DILocation(line: 10, column: 67, scope: !297)
!304 = !DILocation(line: 10, column: 55, scope: !297, atomGroup: 1, atomRank: 2)
!305 = !DILocation(line: 10, column: 48, scope: !297, atomGroup: 1, atomRank: 1)
