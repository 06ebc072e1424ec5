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

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca double, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca double, align 8
  %19 = alloca double, align 8
  store i32 0, ptr %1, align 4
  store i64 0, ptr %2, align 8, !dbg !13
  store i32 -300, ptr %3, align 4, !dbg !14
  br label %20, !dbg !15

20:                                               ; preds = %41, %0
  %21 = load i32, ptr %3, align 4, !dbg !16
  %22 = icmp slt i32 %21, 300, !dbg !17
  br i1 %22, label %23, label %44, !dbg !18

23:                                               ; preds = %20
  %24 = load i64, ptr %2, align 8, !dbg !19
  %25 = mul nsw i64 %24, 3, !dbg !20
  %26 = load i32, ptr %3, align 4, !dbg !21
  %27 = call i32 @clampi(i32 noundef %26, i32 noundef -100, i32 noundef 150), !dbg !22
  %28 = sext i32 %27 to i64, !dbg !22
  %29 = add nsw i64 %25, %28, !dbg !23
  %30 = load i32, ptr %3, align 4, !dbg !24
  %31 = icmp slt i32 %30, 0, !dbg !25
  br i1 %31, label %32, label %35, !dbg !24

32:                                               ; preds = %23
  %33 = load i32, ptr %3, align 4, !dbg !26
  %34 = sub nsw i32 0, %33, !dbg !27
  br label %37, !dbg !24

35:                                               ; preds = %23
  %36 = load i32, ptr %3, align 4, !dbg !28
  br label %37, !dbg !24

37:                                               ; preds = %35, %32
  %38 = phi i32 [ %34, %32 ], [ %36, %35 ], !dbg !24
  %39 = sext i32 %38 to i64, !dbg !29
  %40 = add nsw i64 %29, %39, !dbg !30
  store i64 %40, ptr %2, align 8, !dbg !31
  br label %41, !dbg !32

41:                                               ; preds = %37
  %42 = load i32, ptr %3, align 4, !dbg !33
  %43 = add nsw i32 %42, 7, !dbg !33
  store i32 %43, ptr %3, align 4, !dbg !33
  br label %20, !dbg !18, !llvm.loop !34

44:                                               ; preds = %20
  %45 = load i64, ptr %2, align 8, !dbg !37
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %45), !dbg !38
  store i32 0, ptr %4, align 4, !dbg !39
  store i32 0, ptr %5, align 4, !dbg !40
  br label %47, !dbg !41

47:                                               ; preds = %68, %44
  %48 = load i32, ptr %5, align 4, !dbg !42
  %49 = icmp slt i32 %48, 256, !dbg !43
  br i1 %49, label %50, label %71, !dbg !44

50:                                               ; preds = %47
  store i32 0, ptr %6, align 4, !dbg !45
  br label %51, !dbg !46

51:                                               ; preds = %64, %50
  %52 = load i32, ptr %6, align 4, !dbg !47
  %53 = icmp slt i32 %52, 256, !dbg !48
  br i1 %53, label %54, label %67, !dbg !49

54:                                               ; preds = %51
  %55 = load i32, ptr %4, align 4, !dbg !50
  %56 = mul i32 %55, 7, !dbg !51
  %57 = load i32, ptr %5, align 4, !dbg !52
  %58 = trunc i32 %57 to i8, !dbg !53
  %59 = load i32, ptr %6, align 4, !dbg !54
  %60 = trunc i32 %59 to i8, !dbg !55
  %61 = call zeroext i8 @sat_add_u8(i8 noundef zeroext %58, i8 noundef zeroext %60), !dbg !56
  %62 = zext i8 %61 to i32, !dbg !56
  %63 = add i32 %56, %62, !dbg !57
  store i32 %63, ptr %4, align 4, !dbg !58
  br label %64, !dbg !59

64:                                               ; preds = %54
  %65 = load i32, ptr %6, align 4, !dbg !60
  %66 = add nsw i32 %65, 17, !dbg !60
  store i32 %66, ptr %6, align 4, !dbg !60
  br label %51, !dbg !49, !llvm.loop !61

67:                                               ; preds = %51
  br label %68, !dbg !62

68:                                               ; preds = %67
  %69 = load i32, ptr %5, align 4, !dbg !63
  %70 = add nsw i32 %69, 13, !dbg !63
  store i32 %70, ptr %5, align 4, !dbg !63
  br label %47, !dbg !44, !llvm.loop !64

71:                                               ; preds = %47
  %72 = load i32, ptr %4, align 4, !dbg !65
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %72), !dbg !66
  store i64 0, ptr %7, align 8, !dbg !67
  store i32 -32768, ptr %8, align 4, !dbg !68
  br label %74, !dbg !69

74:                                               ; preds = %94, %71
  %75 = load i32, ptr %8, align 4, !dbg !70
  %76 = icmp slt i32 %75, 32768, !dbg !71
  br i1 %76, label %77, label %97, !dbg !72

77:                                               ; preds = %74
  store i32 -32768, ptr %9, align 4, !dbg !73
  br label %78, !dbg !74

78:                                               ; preds = %90, %77
  %79 = load i32, ptr %9, align 4, !dbg !75
  %80 = icmp slt i32 %79, 32768, !dbg !76
  br i1 %80, label %81, label %93, !dbg !77

81:                                               ; preds = %78
  %82 = load i32, ptr %8, align 4, !dbg !78
  %83 = trunc i32 %82 to i16, !dbg !79
  %84 = load i32, ptr %9, align 4, !dbg !80
  %85 = trunc i32 %84 to i16, !dbg !81
  %86 = call signext i16 @sat_sub_i16(i16 noundef signext %83, i16 noundef signext %85), !dbg !82
  %87 = sext i16 %86 to i64, !dbg !82
  %88 = load i64, ptr %7, align 8, !dbg !83
  %89 = add nsw i64 %88, %87, !dbg !83
  store i64 %89, ptr %7, align 8, !dbg !83
  br label %90, !dbg !84

90:                                               ; preds = %81
  %91 = load i32, ptr %9, align 4, !dbg !85
  %92 = add nsw i32 %91, 5003, !dbg !85
  store i32 %92, ptr %9, align 4, !dbg !85
  br label %78, !dbg !77, !llvm.loop !86

93:                                               ; preds = %78
  br label %94, !dbg !87

94:                                               ; preds = %93
  %95 = load i32, ptr %8, align 4, !dbg !88
  %96 = add nsw i32 %95, 4099, !dbg !88
  store i32 %96, ptr %8, align 4, !dbg !88
  br label %74, !dbg !72, !llvm.loop !89

97:                                               ; preds = %74
  %98 = load i64, ptr %7, align 8, !dbg !90
  %99 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %98), !dbg !91
  store double 1.000000e+300, ptr %10, align 8, !dbg !92
  store i32 0, ptr %11, align 4, !dbg !93
  br label %100, !dbg !94

100:                                              ; preds = %113, %97
  %101 = load i32, ptr %11, align 4, !dbg !95
  %102 = icmp slt i32 %101, 50, !dbg !96
  br i1 %102, label %103, label %116, !dbg !97

103:                                              ; preds = %100
  %104 = load double, ptr %10, align 8, !dbg !98
  %105 = load i32, ptr %11, align 4, !dbg !99
  %106 = sitofp i32 %105 to double, !dbg !99
  %107 = fmul double %106, 3.700000e-01, !dbg !100
  %108 = call double @sin(double noundef %107) #3, !dbg !101
  %109 = load i32, ptr %11, align 4, !dbg !102
  %110 = sitofp i32 %109 to double, !dbg !102
  %111 = fmul double %108, %110, !dbg !103
  %112 = call double @dmin(double noundef %104, double noundef %111), !dbg !104
  store double %112, ptr %10, align 8, !dbg !105
  br label %113, !dbg !106

113:                                              ; preds = %103
  %114 = load i32, ptr %11, align 4, !dbg !107
  %115 = add nsw i32 %114, 1, !dbg !107
  store i32 %115, ptr %11, align 4, !dbg !107
  br label %100, !dbg !97, !llvm.loop !108

116:                                              ; preds = %100
  %117 = load double, ptr %10, align 8, !dbg !110
  %118 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %117), !dbg !111
  store i32 0, ptr %12, align 4, !dbg !112
  store i32 0, ptr %13, align 4, !dbg !113
  br label %119, !dbg !114

119:                                              ; preds = %128, %116
  %120 = load i32, ptr %13, align 4, !dbg !115
  %121 = icmp ult i32 %120, 100, !dbg !116
  br i1 %121, label %122, label %131, !dbg !117

122:                                              ; preds = %119
  %123 = load i32, ptr %12, align 4, !dbg !118
  %124 = load i32, ptr %13, align 4, !dbg !119
  %125 = mul i32 %124, -1640531535, !dbg !120
  %126 = lshr i32 %125, 7, !dbg !121
  %127 = call i32 @umax(i32 noundef %123, i32 noundef %126), !dbg !122
  store i32 %127, ptr %12, align 4, !dbg !123
  br label %128, !dbg !124

128:                                              ; preds = %122
  %129 = load i32, ptr %13, align 4, !dbg !125
  %130 = add i32 %129, 1, !dbg !125
  store i32 %130, ptr %13, align 4, !dbg !125
  br label %119, !dbg !117, !llvm.loop !126

131:                                              ; preds = %119
  %132 = load i32, ptr %12, align 4, !dbg !128
  %133 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %132), !dbg !129
  store i32 -1, ptr %14, align 4, !dbg !130
  store i32 1, ptr %15, align 4, !dbg !131
  %134 = load i32, ptr %14, align 4, !dbg !132
  %135 = load i32, ptr %15, align 4, !dbg !133
  %136 = icmp slt i32 %134, %135, !dbg !134
  %137 = zext i1 %136 to i32, !dbg !134
  %138 = load i32, ptr %14, align 4, !dbg !135
  %139 = load i32, ptr %15, align 4, !dbg !136
  %140 = icmp ugt i32 %138, %139, !dbg !137
  %141 = zext i1 %140 to i32, !dbg !137
  %142 = load i32, ptr %14, align 4, !dbg !138
  %143 = sext i32 %142 to i64, !dbg !139
  %144 = load i32, ptr %15, align 4, !dbg !140
  %145 = zext i32 %144 to i64, !dbg !141
  %146 = icmp slt i64 %143, %145, !dbg !142
  %147 = zext i1 %146 to i32, !dbg !142
  %148 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %137, i32 noundef %141, i32 noundef %147), !dbg !143
  store i32 0, ptr %16, align 4, !dbg !144
  store i32 0, ptr %17, align 4, !dbg !145
  br label %149, !dbg !146

149:                                              ; preds = %166, %131
  %150 = load i32, ptr %17, align 4, !dbg !147
  %151 = icmp slt i32 %150, 32, !dbg !148
  br i1 %151, label %152, label %169, !dbg !149

152:                                              ; preds = %149
  %153 = load i32, ptr %17, align 4, !dbg !150
  %154 = srem i32 %153, 3, !dbg !151
  %155 = icmp eq i32 %154, 0, !dbg !152
  %156 = zext i1 %155 to i32, !dbg !152
  %157 = load i32, ptr %17, align 4, !dbg !153
  %158 = srem i32 %157, 2, !dbg !154
  %159 = icmp eq i32 %158, 1, !dbg !155
  %160 = zext i1 %159 to i32, !dbg !155
  %161 = and i32 %156, %160, !dbg !156
  %162 = load i32, ptr %17, align 4, !dbg !157
  %163 = shl i32 %161, %162, !dbg !158
  %164 = load i32, ptr %16, align 4, !dbg !159
  %165 = or i32 %164, %163, !dbg !159
  store i32 %165, ptr %16, align 4, !dbg !159
  br label %166, !dbg !160

166:                                              ; preds = %152
  %167 = load i32, ptr %17, align 4, !dbg !161
  %168 = add nsw i32 %167, 1, !dbg !161
  store i32 %168, ptr %17, align 4, !dbg !161
  br label %149, !dbg !149, !llvm.loop !162

169:                                              ; preds = %149
  %170 = load i32, ptr %16, align 4, !dbg !163
  %171 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %170), !dbg !164
  store double -0.000000e+00, ptr %18, align 8, !dbg !165
  store double 0.000000e+00, ptr %19, align 8, !dbg !166
  %172 = load double, ptr %18, align 8, !dbg !167
  %173 = load double, ptr %19, align 8, !dbg !168
  %174 = fcmp olt double %172, %173, !dbg !169
  br i1 %174, label %175, label %177, !dbg !167

175:                                              ; preds = %169
  %176 = load double, ptr %18, align 8, !dbg !170
  br label %179, !dbg !167

177:                                              ; preds = %169
  %178 = load double, ptr %19, align 8, !dbg !171
  br label %179, !dbg !167

179:                                              ; preds = %177, %175
  %180 = phi double [ %176, %175 ], [ %178, %177 ], !dbg !167
  %181 = load double, ptr %19, align 8, !dbg !172
  %182 = load double, ptr %18, align 8, !dbg !173
  %183 = fcmp olt double %181, %182, !dbg !174
  br i1 %183, label %184, label %186, !dbg !172

184:                                              ; preds = %179
  %185 = load double, ptr %19, align 8, !dbg !175
  br label %188, !dbg !172

186:                                              ; preds = %179
  %187 = load double, ptr %18, align 8, !dbg !176
  br label %188, !dbg !172

188:                                              ; preds = %186, %184
  %189 = phi double [ %185, %184 ], [ %187, %186 ], !dbg !172
  %190 = load double, ptr %18, align 8, !dbg !177
  %191 = load double, ptr %19, align 8, !dbg !178
  %192 = fcmp oeq double %190, %191, !dbg !179
  %193 = zext i1 %192 to i32, !dbg !179
  %194 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %180, double noundef %189, i32 noundef %193), !dbg !180
  ret i32 0, !dbg !181
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @clampi(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !182 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %7 = load i32, ptr %4, align 4, !dbg !183
  %8 = load i32, ptr %5, align 4, !dbg !184
  %9 = icmp slt i32 %7, %8, !dbg !185
  br i1 %9, label %10, label %12, !dbg !183

10:                                               ; preds = %3
  %11 = load i32, ptr %5, align 4, !dbg !186
  br label %22, !dbg !183

12:                                               ; preds = %3
  %13 = load i32, ptr %4, align 4, !dbg !187
  %14 = load i32, ptr %6, align 4, !dbg !188
  %15 = icmp sgt i32 %13, %14, !dbg !189
  br i1 %15, label %16, label %18, !dbg !187

16:                                               ; preds = %12
  %17 = load i32, ptr %6, align 4, !dbg !190
  br label %20, !dbg !187

18:                                               ; preds = %12
  %19 = load i32, ptr %4, align 4, !dbg !191
  br label %20, !dbg !187

20:                                               ; preds = %18, %16
  %21 = phi i32 [ %17, %16 ], [ %19, %18 ], !dbg !187
  br label %22, !dbg !183

22:                                               ; preds = %20, %10
  %23 = phi i32 [ %11, %10 ], [ %21, %20 ], !dbg !183
  ret i32 %23, !dbg !192
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal zeroext i8 @sat_add_u8(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 !dbg !193 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  %5 = alloca i32, align 4
  store i8 %0, ptr %3, align 1
  store i8 %1, ptr %4, align 1
  %6 = load i8, ptr %3, align 1, !dbg !194
  %7 = zext i8 %6 to i32, !dbg !195
  %8 = load i8, ptr %4, align 1, !dbg !196
  %9 = zext i8 %8 to i32, !dbg !196
  %10 = add i32 %7, %9, !dbg !197
  store i32 %10, ptr %5, align 4, !dbg !198
  %11 = load i32, ptr %5, align 4, !dbg !199
  %12 = icmp ugt i32 %11, 255, !dbg !200
  br i1 %12, label %13, label %14, !dbg !199

13:                                               ; preds = %2
  br label %16, !dbg !199

14:                                               ; preds = %2
  %15 = load i32, ptr %5, align 4, !dbg !201
  br label %16, !dbg !199

16:                                               ; preds = %14, %13
  %17 = phi i32 [ 255, %13 ], [ %15, %14 ], !dbg !199
  %18 = trunc i32 %17 to i8, !dbg !202
  ret i8 %18, !dbg !203
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal signext i16 @sat_sub_i16(i16 noundef signext %0, i16 noundef signext %1) #0 !dbg !204 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  %5 = alloca i32, align 4
  store i16 %0, ptr %3, align 2
  store i16 %1, ptr %4, align 2
  %6 = load i16, ptr %3, align 2, !dbg !205
  %7 = sext i16 %6 to i32, !dbg !205
  %8 = load i16, ptr %4, align 2, !dbg !206
  %9 = sext i16 %8 to i32, !dbg !206
  %10 = sub nsw i32 %7, %9, !dbg !207
  store i32 %10, ptr %5, align 4, !dbg !208
  %11 = load i32, ptr %5, align 4, !dbg !209
  %12 = icmp sgt i32 %11, 32767, !dbg !210
  br i1 %12, label %13, label %14, !dbg !209

13:                                               ; preds = %2
  br label %22, !dbg !209

14:                                               ; preds = %2
  %15 = load i32, ptr %5, align 4, !dbg !211
  %16 = icmp slt i32 %15, -32768, !dbg !212
  br i1 %16, label %17, label %18, !dbg !211

17:                                               ; preds = %14
  br label %20, !dbg !211

18:                                               ; preds = %14
  %19 = load i32, ptr %5, align 4, !dbg !213
  br label %20, !dbg !211

20:                                               ; preds = %18, %17
  %21 = phi i32 [ -32768, %17 ], [ %19, %18 ], !dbg !211
  br label %22, !dbg !209

22:                                               ; preds = %20, %13
  %23 = phi i32 [ 32767, %13 ], [ %21, %20 ], !dbg !209
  %24 = trunc i32 %23 to i16, !dbg !214
  ret i16 %24, !dbg !215
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal double @dmin(double noundef %0, double noundef %1) #0 !dbg !216 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8, !dbg !217
  %6 = load double, ptr %4, align 8, !dbg !218
  %7 = fcmp olt double %5, %6, !dbg !219
  br i1 %7, label %8, label %10, !dbg !217

8:                                                ; preds = %2
  %9 = load double, ptr %3, align 8, !dbg !220
  br label %12, !dbg !217

10:                                               ; preds = %2
  %11 = load double, ptr %4, align 8, !dbg !221
  br label %12, !dbg !217

12:                                               ; preds = %10, %8
  %13 = phi double [ %9, %8 ], [ %11, %10 ], !dbg !217
  ret double %13, !dbg !222
}

; Function Attrs: nounwind
declare double @sin(double noundef) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @umax(i32 noundef %0, i32 noundef %1) #0 !dbg !223 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4, !dbg !224
  %6 = load i32, ptr %4, align 4, !dbg !225
  %7 = icmp ugt i32 %5, %6, !dbg !226
  br i1 %7, label %8, label %10, !dbg !224

8:                                                ; preds = %2
  %9 = load i32, ptr %3, align 4, !dbg !227
  br label %12, !dbg !224

10:                                               ; preds = %2
  %11 = load i32, ptr %4, align 4, !dbg !228
  br label %12, !dbg !224

12:                                               ; preds = %10, %8
  %13 = phi i32 [ %9, %8 ], [ %11, %10 ], !dbg !224
  ret i32 %13, !dbg !229
}

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "select_minmax.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 12, type: !11, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "select_minmax.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 13, column: 10, scope: !9)
!14 = !DILocation(line: 14, column: 14, scope: !9)
!15 = !DILocation(line: 14, column: 10, scope: !9)
!16 = !DILocation(line: 14, column: 24, scope: !9)
!17 = !DILocation(line: 14, column: 26, scope: !9)
!18 = !DILocation(line: 14, column: 5, scope: !9)
!19 = !DILocation(line: 14, column: 45, scope: !9)
!20 = !DILocation(line: 14, column: 47, scope: !9)
!21 = !DILocation(line: 14, column: 60, scope: !9)
!22 = !DILocation(line: 14, column: 53, scope: !9)
!23 = !DILocation(line: 14, column: 51, scope: !9)
!24 = !DILocation(line: 14, column: 77, scope: !9)
!25 = !DILocation(line: 14, column: 79, scope: !9)
!26 = !DILocation(line: 14, column: 86, scope: !9)
!27 = !DILocation(line: 14, column: 85, scope: !9)
!28 = !DILocation(line: 14, column: 90, scope: !9)
!29 = !DILocation(line: 14, column: 76, scope: !9)
!30 = !DILocation(line: 14, column: 74, scope: !9)
!31 = !DILocation(line: 14, column: 43, scope: !9)
!32 = !DILocation(line: 14, column: 41, scope: !9)
!33 = !DILocation(line: 14, column: 35, scope: !9)
!34 = distinct !{!34, !18, !35, !36}
!35 = !DILocation(line: 14, column: 91, scope: !9)
!36 = !{!"llvm.loop.mustprogress"}
!37 = !DILocation(line: 15, column: 27, scope: !9)
!38 = !DILocation(line: 15, column: 5, scope: !9)
!39 = !DILocation(line: 16, column: 14, scope: !9)
!40 = !DILocation(line: 17, column: 14, scope: !9)
!41 = !DILocation(line: 17, column: 10, scope: !9)
!42 = !DILocation(line: 17, column: 21, scope: !9)
!43 = !DILocation(line: 17, column: 23, scope: !9)
!44 = !DILocation(line: 17, column: 5, scope: !9)
!45 = !DILocation(line: 17, column: 48, scope: !9)
!46 = !DILocation(line: 17, column: 44, scope: !9)
!47 = !DILocation(line: 17, column: 55, scope: !9)
!48 = !DILocation(line: 17, column: 57, scope: !9)
!49 = !DILocation(line: 17, column: 39, scope: !9)
!50 = !DILocation(line: 17, column: 79, scope: !9)
!51 = !DILocation(line: 17, column: 83, scope: !9)
!52 = !DILocation(line: 17, column: 109, scope: !9)
!53 = !DILocation(line: 17, column: 100, scope: !9)
!54 = !DILocation(line: 17, column: 121, scope: !9)
!55 = !DILocation(line: 17, column: 112, scope: !9)
!56 = !DILocation(line: 17, column: 89, scope: !9)
!57 = !DILocation(line: 17, column: 87, scope: !9)
!58 = !DILocation(line: 17, column: 77, scope: !9)
!59 = !DILocation(line: 17, column: 73, scope: !9)
!60 = !DILocation(line: 17, column: 66, scope: !9)
!61 = distinct !{!61, !49, !62, !36}
!62 = !DILocation(line: 17, column: 122, scope: !9)
!63 = !DILocation(line: 17, column: 32, scope: !9)
!64 = distinct !{!64, !44, !62, !36}
!65 = !DILocation(line: 18, column: 25, scope: !9)
!66 = !DILocation(line: 18, column: 5, scope: !9)
!67 = !DILocation(line: 19, column: 10, scope: !9)
!68 = !DILocation(line: 20, column: 14, scope: !9)
!69 = !DILocation(line: 20, column: 10, scope: !9)
!70 = !DILocation(line: 20, column: 26, scope: !9)
!71 = !DILocation(line: 20, column: 28, scope: !9)
!72 = !DILocation(line: 20, column: 5, scope: !9)
!73 = !DILocation(line: 20, column: 57, scope: !9)
!74 = !DILocation(line: 20, column: 53, scope: !9)
!75 = !DILocation(line: 20, column: 69, scope: !9)
!76 = !DILocation(line: 20, column: 71, scope: !9)
!77 = !DILocation(line: 20, column: 48, scope: !9)
!78 = !DILocation(line: 20, column: 117, scope: !9)
!79 = !DILocation(line: 20, column: 108, scope: !9)
!80 = !DILocation(line: 20, column: 129, scope: !9)
!81 = !DILocation(line: 20, column: 120, scope: !9)
!82 = !DILocation(line: 20, column: 96, scope: !9)
!83 = !DILocation(line: 20, column: 93, scope: !9)
!84 = !DILocation(line: 20, column: 91, scope: !9)
!85 = !DILocation(line: 20, column: 82, scope: !9)
!86 = distinct !{!86, !77, !87, !36}
!87 = !DILocation(line: 20, column: 130, scope: !9)
!88 = !DILocation(line: 20, column: 39, scope: !9)
!89 = distinct !{!89, !72, !87, !36}
!90 = !DILocation(line: 21, column: 27, scope: !9)
!91 = !DILocation(line: 21, column: 5, scope: !9)
!92 = !DILocation(line: 22, column: 12, scope: !9)
!93 = !DILocation(line: 22, column: 32, scope: !9)
!94 = !DILocation(line: 22, column: 28, scope: !9)
!95 = !DILocation(line: 22, column: 39, scope: !9)
!96 = !DILocation(line: 22, column: 41, scope: !9)
!97 = !DILocation(line: 22, column: 23, scope: !9)
!98 = !DILocation(line: 22, column: 61, scope: !9)
!99 = !DILocation(line: 22, column: 68, scope: !9)
!100 = !DILocation(line: 22, column: 70, scope: !9)
!101 = !DILocation(line: 22, column: 64, scope: !9)
!102 = !DILocation(line: 22, column: 80, scope: !9)
!103 = !DILocation(line: 22, column: 78, scope: !9)
!104 = !DILocation(line: 22, column: 56, scope: !9)
!105 = !DILocation(line: 22, column: 54, scope: !9)
!106 = !DILocation(line: 22, column: 52, scope: !9)
!107 = !DILocation(line: 22, column: 48, scope: !9)
!108 = distinct !{!108, !97, !109, !36}
!109 = !DILocation(line: 22, column: 81, scope: !9)
!110 = !DILocation(line: 23, column: 28, scope: !9)
!111 = !DILocation(line: 23, column: 5, scope: !9)
!112 = !DILocation(line: 24, column: 14, scope: !9)
!113 = !DILocation(line: 24, column: 36, scope: !9)
!114 = !DILocation(line: 24, column: 27, scope: !9)
!115 = !DILocation(line: 24, column: 43, scope: !9)
!116 = !DILocation(line: 24, column: 45, scope: !9)
!117 = !DILocation(line: 24, column: 22, scope: !9)
!118 = !DILocation(line: 24, column: 67, scope: !9)
!119 = !DILocation(line: 24, column: 72, scope: !9)
!120 = !DILocation(line: 24, column: 74, scope: !9)
!121 = !DILocation(line: 24, column: 89, scope: !9)
!122 = !DILocation(line: 24, column: 62, scope: !9)
!123 = !DILocation(line: 24, column: 60, scope: !9)
!124 = !DILocation(line: 24, column: 57, scope: !9)
!125 = !DILocation(line: 24, column: 53, scope: !9)
!126 = distinct !{!126, !117, !127, !36}
!127 = !DILocation(line: 24, column: 93, scope: !9)
!128 = !DILocation(line: 25, column: 25, scope: !9)
!129 = !DILocation(line: 25, column: 5, scope: !9)
!130 = !DILocation(line: 26, column: 9, scope: !9)
!131 = !DILocation(line: 26, column: 28, scope: !9)
!132 = !DILocation(line: 27, column: 32, scope: !9)
!133 = !DILocation(line: 27, column: 43, scope: !9)
!134 = !DILocation(line: 27, column: 36, scope: !9)
!135 = !DILocation(line: 27, column: 58, scope: !9)
!136 = !DILocation(line: 27, column: 64, scope: !9)
!137 = !DILocation(line: 27, column: 62, scope: !9)
!138 = !DILocation(line: 27, column: 75, scope: !9)
!139 = !DILocation(line: 27, column: 69, scope: !9)
!140 = !DILocation(line: 27, column: 87, scope: !9)
!141 = !DILocation(line: 27, column: 81, scope: !9)
!142 = !DILocation(line: 27, column: 79, scope: !9)
!143 = !DILocation(line: 27, column: 5, scope: !9)
!144 = !DILocation(line: 28, column: 9, scope: !9)
!145 = !DILocation(line: 29, column: 14, scope: !9)
!146 = !DILocation(line: 29, column: 10, scope: !9)
!147 = !DILocation(line: 29, column: 21, scope: !9)
!148 = !DILocation(line: 29, column: 23, scope: !9)
!149 = !DILocation(line: 29, column: 5, scope: !9)
!150 = !DILocation(line: 29, column: 45, scope: !9)
!151 = !DILocation(line: 29, column: 47, scope: !9)
!152 = !DILocation(line: 29, column: 51, scope: !9)
!153 = !DILocation(line: 29, column: 60, scope: !9)
!154 = !DILocation(line: 29, column: 62, scope: !9)
!155 = !DILocation(line: 29, column: 66, scope: !9)
!156 = !DILocation(line: 29, column: 57, scope: !9)
!157 = !DILocation(line: 29, column: 76, scope: !9)
!158 = !DILocation(line: 29, column: 73, scope: !9)
!159 = !DILocation(line: 29, column: 40, scope: !9)
!160 = !DILocation(line: 29, column: 34, scope: !9)
!161 = !DILocation(line: 29, column: 30, scope: !9)
!162 = distinct !{!162, !149, !157, !36}
!163 = !DILocation(line: 30, column: 38, scope: !9)
!164 = !DILocation(line: 30, column: 5, scope: !9)
!165 = !DILocation(line: 31, column: 12, scope: !9)
!166 = !DILocation(line: 31, column: 22, scope: !9)
!167 = !DILocation(line: 32, column: 37, scope: !9)
!168 = !DILocation(line: 32, column: 41, scope: !9)
!169 = !DILocation(line: 32, column: 39, scope: !9)
!170 = !DILocation(line: 32, column: 45, scope: !9)
!171 = !DILocation(line: 32, column: 49, scope: !9)
!172 = !DILocation(line: 32, column: 52, scope: !9)
!173 = !DILocation(line: 32, column: 56, scope: !9)
!174 = !DILocation(line: 32, column: 54, scope: !9)
!175 = !DILocation(line: 32, column: 60, scope: !9)
!176 = !DILocation(line: 32, column: 64, scope: !9)
!177 = !DILocation(line: 32, column: 67, scope: !9)
!178 = !DILocation(line: 32, column: 72, scope: !9)
!179 = !DILocation(line: 32, column: 69, scope: !9)
!180 = !DILocation(line: 32, column: 5, scope: !9)
!181 = !DILocation(line: 33, column: 5, scope: !9)
!182 = distinct !DISubprogram(name: "clampi", scope: !10, file: !10, line: 6, type: !11, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!183 = !DILocation(line: 6, column: 51, scope: !182)
!184 = !DILocation(line: 6, column: 55, scope: !182)
!185 = !DILocation(line: 6, column: 53, scope: !182)
!186 = !DILocation(line: 6, column: 60, scope: !182)
!187 = !DILocation(line: 6, column: 65, scope: !182)
!188 = !DILocation(line: 6, column: 69, scope: !182)
!189 = !DILocation(line: 6, column: 67, scope: !182)
!190 = !DILocation(line: 6, column: 74, scope: !182)
!191 = !DILocation(line: 6, column: 79, scope: !182)
!192 = !DILocation(line: 6, column: 44, scope: !182)
!193 = distinct !DISubprogram(name: "sat_add_u8", scope: !10, file: !10, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!194 = !DILocation(line: 7, column: 74, scope: !193)
!195 = !DILocation(line: 7, column: 64, scope: !193)
!196 = !DILocation(line: 7, column: 78, scope: !193)
!197 = !DILocation(line: 7, column: 76, scope: !193)
!198 = !DILocation(line: 7, column: 60, scope: !193)
!199 = !DILocation(line: 7, column: 98, scope: !193)
!200 = !DILocation(line: 7, column: 100, scope: !193)
!201 = !DILocation(line: 7, column: 114, scope: !193)
!202 = !DILocation(line: 7, column: 88, scope: !193)
!203 = !DILocation(line: 7, column: 81, scope: !193)
!204 = distinct !DISubprogram(name: "sat_sub_i16", scope: !10, file: !10, line: 8, type: !11, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!205 = !DILocation(line: 8, column: 60, scope: !204)
!206 = !DILocation(line: 8, column: 64, scope: !204)
!207 = !DILocation(line: 8, column: 62, scope: !204)
!208 = !DILocation(line: 8, column: 56, scope: !204)
!209 = !DILocation(line: 8, column: 84, scope: !204)
!210 = !DILocation(line: 8, column: 86, scope: !204)
!211 = !DILocation(line: 8, column: 104, scope: !204)
!212 = !DILocation(line: 8, column: 106, scope: !204)
!213 = !DILocation(line: 8, column: 126, scope: !204)
!214 = !DILocation(line: 8, column: 74, scope: !204)
!215 = !DILocation(line: 8, column: 67, scope: !204)
!216 = distinct !DISubprogram(name: "dmin", scope: !10, file: !10, line: 9, type: !11, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!217 = !DILocation(line: 9, column: 49, scope: !216)
!218 = !DILocation(line: 9, column: 53, scope: !216)
!219 = !DILocation(line: 9, column: 51, scope: !216)
!220 = !DILocation(line: 9, column: 57, scope: !216)
!221 = !DILocation(line: 9, column: 61, scope: !216)
!222 = !DILocation(line: 9, column: 42, scope: !216)
!223 = distinct !DISubprogram(name: "umax", scope: !10, file: !10, line: 10, type: !11, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!224 = !DILocation(line: 10, column: 55, scope: !223)
!225 = !DILocation(line: 10, column: 59, scope: !223)
!226 = !DILocation(line: 10, column: 57, scope: !223)
!227 = !DILocation(line: 10, column: 63, scope: !223)
!228 = !DILocation(line: 10, column: 67, scope: !223)
!229 = !DILocation(line: 10, column: 48, scope: !223)
