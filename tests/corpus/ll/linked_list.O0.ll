; ModuleID = 'linked_list.c'
source_filename = "linked_list.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.node = type { i32, ptr }
%struct.dnode = type { double, ptr, ptr }

@.str = private unnamed_addr constant [13 x i8] c"initial %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"reversed %ld\0A\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"sorted %ld first=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"filtered %ld\0A\00", align 1
@.str.4 = private unnamed_addr constant [19 x i8] c"dlist %.17g %.17g\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  store ptr null, ptr %2, align 8, !dbg !13
  store i32 0, ptr %3, align 4, !dbg !14
  br label %14, !dbg !15

14:                                               ; preds = %23, %0
  %15 = load i32, ptr %3, align 4, !dbg !16
  %16 = icmp slt i32 %15, 1000, !dbg !17
  br i1 %16, label %17, label %26, !dbg !18

17:                                               ; preds = %14
  %18 = load ptr, ptr %2, align 8, !dbg !19
  %19 = load i32, ptr %3, align 4, !dbg !20
  %20 = mul nsw i32 %19, 7919, !dbg !21
  %21 = srem i32 %20, 1009, !dbg !22
  %22 = call ptr @push(ptr noundef %18, i32 noundef %21), !dbg !23
  store ptr %22, ptr %2, align 8, !dbg !24
  br label %23, !dbg !25

23:                                               ; preds = %17
  %24 = load i32, ptr %3, align 4, !dbg !26
  %25 = add nsw i32 %24, 1, !dbg !26
  store i32 %25, ptr %3, align 4, !dbg !26
  br label %14, !dbg !18, !llvm.loop !27

26:                                               ; preds = %14
  %27 = load ptr, ptr %2, align 8, !dbg !30
  %28 = call i64 @checksum(ptr noundef %27), !dbg !31
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %28), !dbg !32
  %30 = load ptr, ptr %2, align 8, !dbg !33
  %31 = call ptr @reverse(ptr noundef %30), !dbg !34
  store ptr %31, ptr %2, align 8, !dbg !35
  %32 = load ptr, ptr %2, align 8, !dbg !36
  %33 = call i64 @checksum(ptr noundef %32), !dbg !37
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %33), !dbg !38
  %35 = load ptr, ptr %2, align 8, !dbg !39
  %36 = call ptr @sort(ptr noundef %35), !dbg !40
  store ptr %36, ptr %2, align 8, !dbg !41
  %37 = load ptr, ptr %2, align 8, !dbg !42
  %38 = call i64 @checksum(ptr noundef %37), !dbg !43
  %39 = load ptr, ptr %2, align 8, !dbg !44
  %40 = getelementptr inbounds nuw %struct.node, ptr %39, i32 0, i32 0, !dbg !45
  %41 = load i32, ptr %40, align 8, !dbg !45
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %38, i32 noundef %41), !dbg !46
  call void @remove_if(ptr noundef %2, ptr noundef @div3), !dbg !47
  %43 = load ptr, ptr %2, align 8, !dbg !48
  %44 = call i64 @checksum(ptr noundef %43), !dbg !49
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %44), !dbg !50
  br label %46, !dbg !51

46:                                               ; preds = %49, %26
  %47 = load ptr, ptr %2, align 8, !dbg !52
  %48 = icmp ne ptr %47, null, !dbg !51
  br i1 %48, label %49, label %55, !dbg !51

49:                                               ; preds = %46
  %50 = load ptr, ptr %2, align 8, !dbg !53
  %51 = getelementptr inbounds nuw %struct.node, ptr %50, i32 0, i32 1, !dbg !54
  %52 = load ptr, ptr %51, align 8, !dbg !54
  store ptr %52, ptr %4, align 8, !dbg !55
  %53 = load ptr, ptr %2, align 8, !dbg !56
  call void @free(ptr noundef %53) #5, !dbg !57
  %54 = load ptr, ptr %4, align 8, !dbg !58
  store ptr %54, ptr %2, align 8, !dbg !59
  br label %46, !dbg !51, !llvm.loop !60

55:                                               ; preds = %46
  store ptr null, ptr %5, align 8, !dbg !62
  store ptr null, ptr %6, align 8, !dbg !63
  store i32 0, ptr %7, align 4, !dbg !64
  br label %56, !dbg !65

56:                                               ; preds = %81, %55
  %57 = load i32, ptr %7, align 4, !dbg !66
  %58 = icmp slt i32 %57, 50, !dbg !67
  br i1 %58, label %59, label %84, !dbg !68

59:                                               ; preds = %56
  %60 = call noalias ptr @malloc(i64 noundef 24) #6, !dbg !69
  store ptr %60, ptr %8, align 8, !dbg !70
  %61 = load i32, ptr %7, align 4, !dbg !71
  %62 = sitofp i32 %61 to double, !dbg !71
  %63 = fmul double %62, 5.000000e-01, !dbg !72
  %64 = load ptr, ptr %8, align 8, !dbg !73
  %65 = getelementptr inbounds nuw %struct.dnode, ptr %64, i32 0, i32 0, !dbg !74
  store double %63, ptr %65, align 8, !dbg !75
  %66 = load ptr, ptr %8, align 8, !dbg !76
  %67 = getelementptr inbounds nuw %struct.dnode, ptr %66, i32 0, i32 2, !dbg !77
  store ptr null, ptr %67, align 8, !dbg !78
  %68 = load ptr, ptr %6, align 8, !dbg !79
  %69 = load ptr, ptr %8, align 8, !dbg !80
  %70 = getelementptr inbounds nuw %struct.dnode, ptr %69, i32 0, i32 1, !dbg !81
  store ptr %68, ptr %70, align 8, !dbg !82
  %71 = load ptr, ptr %6, align 8, !dbg !83
  %72 = icmp ne ptr %71, null, !dbg !83
  br i1 %72, label %73, label %77, !dbg !83

73:                                               ; preds = %59
  %74 = load ptr, ptr %8, align 8, !dbg !84
  %75 = load ptr, ptr %6, align 8, !dbg !85
  %76 = getelementptr inbounds nuw %struct.dnode, ptr %75, i32 0, i32 2, !dbg !86
  store ptr %74, ptr %76, align 8, !dbg !87
  br label %79, !dbg !85

77:                                               ; preds = %59
  %78 = load ptr, ptr %8, align 8, !dbg !88
  store ptr %78, ptr %5, align 8, !dbg !89
  br label %79

79:                                               ; preds = %77, %73
  %80 = load ptr, ptr %8, align 8, !dbg !90
  store ptr %80, ptr %6, align 8, !dbg !91
  br label %81, !dbg !92

81:                                               ; preds = %79
  %82 = load i32, ptr %7, align 4, !dbg !93
  %83 = add nsw i32 %82, 1, !dbg !93
  store i32 %83, ptr %7, align 4, !dbg !93
  br label %56, !dbg !68, !llvm.loop !94

84:                                               ; preds = %56
  store double 0.000000e+00, ptr %9, align 8, !dbg !95
  store double 0.000000e+00, ptr %10, align 8, !dbg !96
  %85 = load ptr, ptr %5, align 8, !dbg !97
  store ptr %85, ptr %11, align 8, !dbg !98
  br label %86, !dbg !99

86:                                               ; preds = %95, %84
  %87 = load ptr, ptr %11, align 8, !dbg !100
  %88 = icmp ne ptr %87, null, !dbg !101
  br i1 %88, label %89, label %99, !dbg !101

89:                                               ; preds = %86
  %90 = load double, ptr %9, align 8, !dbg !102
  %91 = load ptr, ptr %11, align 8, !dbg !103
  %92 = getelementptr inbounds nuw %struct.dnode, ptr %91, i32 0, i32 0, !dbg !104
  %93 = load double, ptr %92, align 8, !dbg !104
  %94 = call double @llvm.fmuladd.f64(double %90, double 5.000000e-01, double %93), !dbg !105
  store double %94, ptr %9, align 8, !dbg !106
  br label %95, !dbg !107

95:                                               ; preds = %89
  %96 = load ptr, ptr %11, align 8, !dbg !108
  %97 = getelementptr inbounds nuw %struct.dnode, ptr %96, i32 0, i32 2, !dbg !109
  %98 = load ptr, ptr %97, align 8, !dbg !109
  store ptr %98, ptr %11, align 8, !dbg !110
  br label %86, !dbg !101, !llvm.loop !111

99:                                               ; preds = %86
  %100 = load ptr, ptr %6, align 8, !dbg !112
  store ptr %100, ptr %12, align 8, !dbg !113
  br label %101, !dbg !114

101:                                              ; preds = %110, %99
  %102 = load ptr, ptr %12, align 8, !dbg !115
  %103 = icmp ne ptr %102, null, !dbg !116
  br i1 %103, label %104, label %114, !dbg !116

104:                                              ; preds = %101
  %105 = load double, ptr %10, align 8, !dbg !117
  %106 = load ptr, ptr %12, align 8, !dbg !118
  %107 = getelementptr inbounds nuw %struct.dnode, ptr %106, i32 0, i32 0, !dbg !119
  %108 = load double, ptr %107, align 8, !dbg !119
  %109 = call double @llvm.fmuladd.f64(double %105, double 5.000000e-01, double %108), !dbg !120
  store double %109, ptr %10, align 8, !dbg !121
  br label %110, !dbg !122

110:                                              ; preds = %104
  %111 = load ptr, ptr %12, align 8, !dbg !123
  %112 = getelementptr inbounds nuw %struct.dnode, ptr %111, i32 0, i32 1, !dbg !124
  %113 = load ptr, ptr %112, align 8, !dbg !124
  store ptr %113, ptr %12, align 8, !dbg !125
  br label %101, !dbg !116, !llvm.loop !126

114:                                              ; preds = %101
  %115 = load double, ptr %9, align 8, !dbg !127
  %116 = load double, ptr %10, align 8, !dbg !128
  %117 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %115, double noundef %116), !dbg !129
  br label %118, !dbg !130

118:                                              ; preds = %121, %114
  %119 = load ptr, ptr %5, align 8, !dbg !131
  %120 = icmp ne ptr %119, null, !dbg !130
  br i1 %120, label %121, label %127, !dbg !130

121:                                              ; preds = %118
  %122 = load ptr, ptr %5, align 8, !dbg !132
  %123 = getelementptr inbounds nuw %struct.dnode, ptr %122, i32 0, i32 2, !dbg !133
  %124 = load ptr, ptr %123, align 8, !dbg !133
  store ptr %124, ptr %13, align 8, !dbg !134
  %125 = load ptr, ptr %5, align 8, !dbg !135
  call void @free(ptr noundef %125) #5, !dbg !136
  %126 = load ptr, ptr %13, align 8, !dbg !137
  store ptr %126, ptr %5, align 8, !dbg !138
  br label %118, !dbg !130, !llvm.loop !139

127:                                              ; preds = %118
  ret i32 0, !dbg !141
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal ptr @push(ptr noundef %0, i32 noundef %1) #0 !dbg !142 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %6 = call noalias ptr @malloc(i64 noundef 16) #6, !dbg !143
  store ptr %6, ptr %5, align 8, !dbg !144
  %7 = load i32, ptr %4, align 4, !dbg !145
  %8 = load ptr, ptr %5, align 8, !dbg !146
  %9 = getelementptr inbounds nuw %struct.node, ptr %8, i32 0, i32 0, !dbg !147
  store i32 %7, ptr %9, align 8, !dbg !148
  %10 = load ptr, ptr %3, align 8, !dbg !149
  %11 = load ptr, ptr %5, align 8, !dbg !150
  %12 = getelementptr inbounds nuw %struct.node, ptr %11, i32 0, i32 1, !dbg !151
  store ptr %10, ptr %12, align 8, !dbg !152
  %13 = load ptr, ptr %5, align 8, !dbg !153
  ret ptr %13, !dbg !154
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @checksum(ptr noundef %0) #0 !dbg !155 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  store i64 0, ptr %3, align 8, !dbg !156
  store i32 1, ptr %4, align 4, !dbg !157
  br label %5, !dbg !158

5:                                                ; preds = %19, %1
  %6 = load ptr, ptr %2, align 8, !dbg !159
  %7 = icmp ne ptr %6, null, !dbg !158
  br i1 %7, label %8, label %23, !dbg !158

8:                                                ; preds = %5
  %9 = load ptr, ptr %2, align 8, !dbg !160
  %10 = getelementptr inbounds nuw %struct.node, ptr %9, i32 0, i32 0, !dbg !161
  %11 = load i32, ptr %10, align 8, !dbg !161
  %12 = sext i32 %11 to i64, !dbg !162
  %13 = load i32, ptr %4, align 4, !dbg !163
  %14 = add nsw i32 %13, 1, !dbg !163
  store i32 %14, ptr %4, align 4, !dbg !163
  %15 = sext i32 %13 to i64, !dbg !164
  %16 = mul nsw i64 %12, %15, !dbg !165
  %17 = load i64, ptr %3, align 8, !dbg !166
  %18 = add nsw i64 %17, %16, !dbg !166
  store i64 %18, ptr %3, align 8, !dbg !166
  br label %19, !dbg !167

19:                                               ; preds = %8
  %20 = load ptr, ptr %2, align 8, !dbg !168
  %21 = getelementptr inbounds nuw %struct.node, ptr %20, i32 0, i32 1, !dbg !169
  %22 = load ptr, ptr %21, align 8, !dbg !169
  store ptr %22, ptr %2, align 8, !dbg !170
  br label %5, !dbg !158, !llvm.loop !171

23:                                               ; preds = %5
  %24 = load i64, ptr %3, align 8, !dbg !172
  ret i64 %24, !dbg !173
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal ptr @reverse(ptr noundef %0) #0 !dbg !174 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  store ptr null, ptr %3, align 8, !dbg !175
  br label %5, !dbg !176

5:                                                ; preds = %8, %1
  %6 = load ptr, ptr %2, align 8, !dbg !177
  %7 = icmp ne ptr %6, null, !dbg !176
  br i1 %7, label %8, label %17, !dbg !176

8:                                                ; preds = %5
  %9 = load ptr, ptr %2, align 8, !dbg !178
  %10 = getelementptr inbounds nuw %struct.node, ptr %9, i32 0, i32 1, !dbg !179
  %11 = load ptr, ptr %10, align 8, !dbg !179
  store ptr %11, ptr %4, align 8, !dbg !180
  %12 = load ptr, ptr %3, align 8, !dbg !181
  %13 = load ptr, ptr %2, align 8, !dbg !182
  %14 = getelementptr inbounds nuw %struct.node, ptr %13, i32 0, i32 1, !dbg !183
  store ptr %12, ptr %14, align 8, !dbg !184
  %15 = load ptr, ptr %2, align 8, !dbg !185
  store ptr %15, ptr %3, align 8, !dbg !186
  %16 = load ptr, ptr %4, align 8, !dbg !187
  store ptr %16, ptr %2, align 8, !dbg !188
  br label %5, !dbg !176, !llvm.loop !189

17:                                               ; preds = %5
  %18 = load ptr, ptr %3, align 8, !dbg !191
  ret ptr %18, !dbg !192
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal ptr @sort(ptr noundef %0) #0 !dbg !193 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %7 = load ptr, ptr %3, align 8, !dbg !194
  %8 = icmp ne ptr %7, null, !dbg !194
  br i1 %8, label %9, label %14, !dbg !195

9:                                                ; preds = %1
  %10 = load ptr, ptr %3, align 8, !dbg !196
  %11 = getelementptr inbounds nuw %struct.node, ptr %10, i32 0, i32 1, !dbg !197
  %12 = load ptr, ptr %11, align 8, !dbg !197
  %13 = icmp ne ptr %12, null, !dbg !196
  br i1 %13, label %16, label %14, !dbg !195

14:                                               ; preds = %9, %1
  %15 = load ptr, ptr %3, align 8, !dbg !198
  store ptr %15, ptr %2, align 8, !dbg !199
  br label %51, !dbg !199

16:                                               ; preds = %9
  %17 = load ptr, ptr %3, align 8, !dbg !200
  store ptr %17, ptr %4, align 8, !dbg !201
  %18 = load ptr, ptr %3, align 8, !dbg !202
  %19 = getelementptr inbounds nuw %struct.node, ptr %18, i32 0, i32 1, !dbg !203
  %20 = load ptr, ptr %19, align 8, !dbg !203
  store ptr %20, ptr %5, align 8, !dbg !204
  br label %21, !dbg !205

21:                                               ; preds = %31, %16
  %22 = load ptr, ptr %5, align 8, !dbg !206
  %23 = icmp ne ptr %22, null, !dbg !206
  br i1 %23, label %24, label %29, !dbg !207

24:                                               ; preds = %21
  %25 = load ptr, ptr %5, align 8, !dbg !208
  %26 = getelementptr inbounds nuw %struct.node, ptr %25, i32 0, i32 1, !dbg !209
  %27 = load ptr, ptr %26, align 8, !dbg !209
  %28 = icmp ne ptr %27, null, !dbg !207
  br label %29

29:                                               ; preds = %24, %21
  %30 = phi i1 [ false, %21 ], [ %28, %24 ], !dbg !210
  br i1 %30, label %31, label %40, !dbg !205

31:                                               ; preds = %29
  %32 = load ptr, ptr %4, align 8, !dbg !211
  %33 = getelementptr inbounds nuw %struct.node, ptr %32, i32 0, i32 1, !dbg !212
  %34 = load ptr, ptr %33, align 8, !dbg !212
  store ptr %34, ptr %4, align 8, !dbg !213
  %35 = load ptr, ptr %5, align 8, !dbg !214
  %36 = getelementptr inbounds nuw %struct.node, ptr %35, i32 0, i32 1, !dbg !215
  %37 = load ptr, ptr %36, align 8, !dbg !215
  %38 = getelementptr inbounds nuw %struct.node, ptr %37, i32 0, i32 1, !dbg !216
  %39 = load ptr, ptr %38, align 8, !dbg !216
  store ptr %39, ptr %5, align 8, !dbg !217
  br label %21, !dbg !205, !llvm.loop !218

40:                                               ; preds = %29
  %41 = load ptr, ptr %4, align 8, !dbg !220
  %42 = getelementptr inbounds nuw %struct.node, ptr %41, i32 0, i32 1, !dbg !221
  %43 = load ptr, ptr %42, align 8, !dbg !221
  store ptr %43, ptr %6, align 8, !dbg !222
  %44 = load ptr, ptr %4, align 8, !dbg !223
  %45 = getelementptr inbounds nuw %struct.node, ptr %44, i32 0, i32 1, !dbg !224
  store ptr null, ptr %45, align 8, !dbg !225
  %46 = load ptr, ptr %3, align 8, !dbg !226
  %47 = call ptr @sort(ptr noundef %46), !dbg !227
  %48 = load ptr, ptr %6, align 8, !dbg !228
  %49 = call ptr @sort(ptr noundef %48), !dbg !229
  %50 = call ptr @merge(ptr noundef %47, ptr noundef %49), !dbg !230
  store ptr %50, ptr %2, align 8, !dbg !231
  br label %51, !dbg !231

51:                                               ; preds = %40, %14
  %52 = load ptr, ptr %2, align 8, !dbg !232
  ret ptr %52, !dbg !232
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @remove_if(ptr noundef %0, ptr noundef %1) #0 !dbg !233 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  br label %6, !dbg !234

6:                                                ; preds = %30, %2
  %7 = load ptr, ptr %3, align 8, !dbg !235
  %8 = load ptr, ptr %7, align 8, !dbg !236
  %9 = icmp ne ptr %8, null, !dbg !234
  br i1 %9, label %10, label %31, !dbg !234

10:                                               ; preds = %6
  %11 = load ptr, ptr %4, align 8, !dbg !237
  %12 = load ptr, ptr %3, align 8, !dbg !238
  %13 = load ptr, ptr %12, align 8, !dbg !239
  %14 = getelementptr inbounds nuw %struct.node, ptr %13, i32 0, i32 0, !dbg !240
  %15 = load i32, ptr %14, align 8, !dbg !240
  %16 = call i32 %11(i32 noundef %15), !dbg !237
  %17 = icmp ne i32 %16, 0, !dbg !237
  br i1 %17, label %18, label %26, !dbg !237

18:                                               ; preds = %10
  %19 = load ptr, ptr %3, align 8, !dbg !241
  %20 = load ptr, ptr %19, align 8, !dbg !242
  store ptr %20, ptr %5, align 8, !dbg !243
  %21 = load ptr, ptr %5, align 8, !dbg !244
  %22 = getelementptr inbounds nuw %struct.node, ptr %21, i32 0, i32 1, !dbg !245
  %23 = load ptr, ptr %22, align 8, !dbg !245
  %24 = load ptr, ptr %3, align 8, !dbg !246
  store ptr %23, ptr %24, align 8, !dbg !247
  %25 = load ptr, ptr %5, align 8, !dbg !248
  call void @free(ptr noundef %25) #5, !dbg !249
  br label %30, !dbg !250

26:                                               ; preds = %10
  %27 = load ptr, ptr %3, align 8, !dbg !251
  %28 = load ptr, ptr %27, align 8, !dbg !252
  %29 = getelementptr inbounds nuw %struct.node, ptr %28, i32 0, i32 1, !dbg !253
  store ptr %29, ptr %3, align 8, !dbg !254
  br label %30

30:                                               ; preds = %26, %18
  br label %6, !dbg !234, !llvm.loop !255

31:                                               ; preds = %6
  ret void, !dbg !257
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @div3(i32 noundef %0) #0 !dbg !258 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4, !dbg !259
  %4 = srem i32 %3, 3, !dbg !260
  %5 = icmp eq i32 %4, 0, !dbg !261
  %6 = zext i1 %5 to i32, !dbg !261
  ret i32 %6, !dbg !262
}

; Function Attrs: nounwind
declare void @free(ptr noundef) #2

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #3

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #4

; Function Attrs: noinline nounwind sspstrong uwtable
define internal ptr @merge(ptr noundef %0, ptr noundef %1) #0 !dbg !263 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %struct.node, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  store ptr %5, ptr %6, align 8, !dbg !264
  br label %7, !dbg !265

7:                                                ; preds = %37, %2
  %8 = load ptr, ptr %3, align 8, !dbg !266
  %9 = icmp ne ptr %8, null, !dbg !266
  br i1 %9, label %10, label %13, !dbg !267

10:                                               ; preds = %7
  %11 = load ptr, ptr %4, align 8, !dbg !268
  %12 = icmp ne ptr %11, null, !dbg !267
  br label %13

13:                                               ; preds = %10, %7
  %14 = phi i1 [ false, %7 ], [ %12, %10 ], !dbg !269
  br i1 %14, label %15, label %41, !dbg !265

15:                                               ; preds = %13
  %16 = load ptr, ptr %3, align 8, !dbg !270
  %17 = getelementptr inbounds nuw %struct.node, ptr %16, i32 0, i32 0, !dbg !271
  %18 = load i32, ptr %17, align 8, !dbg !271
  %19 = load ptr, ptr %4, align 8, !dbg !272
  %20 = getelementptr inbounds nuw %struct.node, ptr %19, i32 0, i32 0, !dbg !273
  %21 = load i32, ptr %20, align 8, !dbg !273
  %22 = icmp sle i32 %18, %21, !dbg !274
  br i1 %22, label %23, label %30, !dbg !274

23:                                               ; preds = %15
  %24 = load ptr, ptr %3, align 8, !dbg !275
  %25 = load ptr, ptr %6, align 8, !dbg !276
  %26 = getelementptr inbounds nuw %struct.node, ptr %25, i32 0, i32 1, !dbg !277
  store ptr %24, ptr %26, align 8, !dbg !278
  %27 = load ptr, ptr %3, align 8, !dbg !279
  %28 = getelementptr inbounds nuw %struct.node, ptr %27, i32 0, i32 1, !dbg !280
  %29 = load ptr, ptr %28, align 8, !dbg !280
  store ptr %29, ptr %3, align 8, !dbg !281
  br label %37, !dbg !282

30:                                               ; preds = %15
  %31 = load ptr, ptr %4, align 8, !dbg !283
  %32 = load ptr, ptr %6, align 8, !dbg !284
  %33 = getelementptr inbounds nuw %struct.node, ptr %32, i32 0, i32 1, !dbg !285
  store ptr %31, ptr %33, align 8, !dbg !286
  %34 = load ptr, ptr %4, align 8, !dbg !287
  %35 = getelementptr inbounds nuw %struct.node, ptr %34, i32 0, i32 1, !dbg !288
  %36 = load ptr, ptr %35, align 8, !dbg !288
  store ptr %36, ptr %4, align 8, !dbg !289
  br label %37

37:                                               ; preds = %30, %23
  %38 = load ptr, ptr %6, align 8, !dbg !290
  %39 = getelementptr inbounds nuw %struct.node, ptr %38, i32 0, i32 1, !dbg !291
  %40 = load ptr, ptr %39, align 8, !dbg !291
  store ptr %40, ptr %6, align 8, !dbg !292
  br label %7, !dbg !265, !llvm.loop !293

41:                                               ; preds = %13
  %42 = load ptr, ptr %3, align 8, !dbg !295
  %43 = icmp ne ptr %42, null, !dbg !295
  br i1 %43, label %44, label %46, !dbg !295

44:                                               ; preds = %41
  %45 = load ptr, ptr %3, align 8, !dbg !296
  br label %48, !dbg !295

46:                                               ; preds = %41
  %47 = load ptr, ptr %4, align 8, !dbg !297
  br label %48, !dbg !295

48:                                               ; preds = %46, %44
  %49 = phi ptr [ %45, %44 ], [ %47, %46 ], !dbg !295
  %50 = load ptr, ptr %6, align 8, !dbg !298
  %51 = getelementptr inbounds nuw %struct.node, ptr %50, i32 0, i32 1, !dbg !299
  store ptr %49, ptr %51, align 8, !dbg !300
  %52 = getelementptr inbounds nuw %struct.node, ptr %5, i32 0, i32 1, !dbg !301
  %53 = load ptr, ptr %52, align 8, !dbg !301
  ret ptr %53, !dbg !302
}

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nounwind }
attributes #6 = { nounwind allocsize(0) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "linked_list.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 28, type: !11, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "linked_list.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 29, column: 18, scope: !9)
!14 = !DILocation(line: 30, column: 14, scope: !9)
!15 = !DILocation(line: 30, column: 10, scope: !9)
!16 = !DILocation(line: 30, column: 21, scope: !9)
!17 = !DILocation(line: 30, column: 23, scope: !9)
!18 = !DILocation(line: 30, column: 5, scope: !9)
!19 = !DILocation(line: 30, column: 45, scope: !9)
!20 = !DILocation(line: 30, column: 49, scope: !9)
!21 = !DILocation(line: 30, column: 51, scope: !9)
!22 = !DILocation(line: 30, column: 59, scope: !9)
!23 = !DILocation(line: 30, column: 40, scope: !9)
!24 = !DILocation(line: 30, column: 38, scope: !9)
!25 = !DILocation(line: 30, column: 36, scope: !9)
!26 = !DILocation(line: 30, column: 32, scope: !9)
!27 = distinct !{!27, !18, !28, !29}
!28 = !DILocation(line: 30, column: 65, scope: !9)
!29 = !{!"llvm.loop.mustprogress"}
!30 = !DILocation(line: 31, column: 38, scope: !9)
!31 = !DILocation(line: 31, column: 29, scope: !9)
!32 = !DILocation(line: 31, column: 5, scope: !9)
!33 = !DILocation(line: 32, column: 17, scope: !9)
!34 = !DILocation(line: 32, column: 9, scope: !9)
!35 = !DILocation(line: 32, column: 7, scope: !9)
!36 = !DILocation(line: 32, column: 55, scope: !9)
!37 = !DILocation(line: 32, column: 46, scope: !9)
!38 = !DILocation(line: 32, column: 21, scope: !9)
!39 = !DILocation(line: 33, column: 14, scope: !9)
!40 = !DILocation(line: 33, column: 9, scope: !9)
!41 = !DILocation(line: 33, column: 7, scope: !9)
!42 = !DILocation(line: 33, column: 59, scope: !9)
!43 = !DILocation(line: 33, column: 50, scope: !9)
!44 = !DILocation(line: 33, column: 63, scope: !9)
!45 = !DILocation(line: 33, column: 66, scope: !9)
!46 = !DILocation(line: 33, column: 18, scope: !9)
!47 = !DILocation(line: 34, column: 5, scope: !9)
!48 = !DILocation(line: 34, column: 60, scope: !9)
!49 = !DILocation(line: 34, column: 51, scope: !9)
!50 = !DILocation(line: 34, column: 26, scope: !9)
!51 = !DILocation(line: 35, column: 5, scope: !9)
!52 = !DILocation(line: 35, column: 12, scope: !9)
!53 = !DILocation(line: 35, column: 34, scope: !9)
!54 = !DILocation(line: 35, column: 37, scope: !9)
!55 = !DILocation(line: 35, column: 30, scope: !9)
!56 = !DILocation(line: 35, column: 48, scope: !9)
!57 = !DILocation(line: 35, column: 43, scope: !9)
!58 = !DILocation(line: 35, column: 56, scope: !9)
!59 = !DILocation(line: 35, column: 54, scope: !9)
!60 = distinct !{!60, !51, !61, !29}
!61 = !DILocation(line: 35, column: 59, scope: !9)
!62 = !DILocation(line: 36, column: 19, scope: !9)
!63 = !DILocation(line: 36, column: 33, scope: !9)
!64 = !DILocation(line: 37, column: 14, scope: !9)
!65 = !DILocation(line: 37, column: 10, scope: !9)
!66 = !DILocation(line: 37, column: 21, scope: !9)
!67 = !DILocation(line: 37, column: 23, scope: !9)
!68 = !DILocation(line: 37, column: 5, scope: !9)
!69 = !DILocation(line: 38, column: 27, scope: !9)
!70 = !DILocation(line: 38, column: 23, scope: !9)
!71 = !DILocation(line: 38, column: 53, scope: !9)
!72 = !DILocation(line: 38, column: 55, scope: !9)
!73 = !DILocation(line: 38, column: 46, scope: !9)
!74 = !DILocation(line: 38, column: 49, scope: !9)
!75 = !DILocation(line: 38, column: 51, scope: !9)
!76 = !DILocation(line: 38, column: 62, scope: !9)
!77 = !DILocation(line: 38, column: 65, scope: !9)
!78 = !DILocation(line: 38, column: 70, scope: !9)
!79 = !DILocation(line: 38, column: 88, scope: !9)
!80 = !DILocation(line: 38, column: 78, scope: !9)
!81 = !DILocation(line: 38, column: 81, scope: !9)
!82 = !DILocation(line: 38, column: 86, scope: !9)
!83 = !DILocation(line: 39, column: 13, scope: !9)
!84 = !DILocation(line: 39, column: 32, scope: !9)
!85 = !DILocation(line: 39, column: 19, scope: !9)
!86 = !DILocation(line: 39, column: 25, scope: !9)
!87 = !DILocation(line: 39, column: 30, scope: !9)
!88 = !DILocation(line: 39, column: 47, scope: !9)
!89 = !DILocation(line: 39, column: 45, scope: !9)
!90 = !DILocation(line: 40, column: 16, scope: !9)
!91 = !DILocation(line: 40, column: 14, scope: !9)
!92 = !DILocation(line: 41, column: 5, scope: !9)
!93 = !DILocation(line: 37, column: 30, scope: !9)
!94 = distinct !{!94, !68, !92, !29}
!95 = !DILocation(line: 42, column: 12, scope: !9)
!96 = !DILocation(line: 42, column: 20, scope: !9)
!97 = !DILocation(line: 43, column: 28, scope: !9)
!98 = !DILocation(line: 43, column: 24, scope: !9)
!99 = !DILocation(line: 43, column: 10, scope: !9)
!100 = !DILocation(line: 43, column: 34, scope: !9)
!101 = !DILocation(line: 43, column: 5, scope: !9)
!102 = !DILocation(line: 43, column: 55, scope: !9)
!103 = !DILocation(line: 43, column: 66, scope: !9)
!104 = !DILocation(line: 43, column: 69, scope: !9)
!105 = !DILocation(line: 43, column: 64, scope: !9)
!106 = !DILocation(line: 43, column: 53, scope: !9)
!107 = !DILocation(line: 43, column: 50, scope: !9)
!108 = !DILocation(line: 43, column: 41, scope: !9)
!109 = !DILocation(line: 43, column: 44, scope: !9)
!110 = !DILocation(line: 43, column: 39, scope: !9)
!111 = distinct !{!111, !101, !104, !29}
!112 = !DILocation(line: 44, column: 28, scope: !9)
!113 = !DILocation(line: 44, column: 24, scope: !9)
!114 = !DILocation(line: 44, column: 10, scope: !9)
!115 = !DILocation(line: 44, column: 34, scope: !9)
!116 = !DILocation(line: 44, column: 5, scope: !9)
!117 = !DILocation(line: 44, column: 55, scope: !9)
!118 = !DILocation(line: 44, column: 66, scope: !9)
!119 = !DILocation(line: 44, column: 69, scope: !9)
!120 = !DILocation(line: 44, column: 64, scope: !9)
!121 = !DILocation(line: 44, column: 53, scope: !9)
!122 = !DILocation(line: 44, column: 50, scope: !9)
!123 = !DILocation(line: 44, column: 41, scope: !9)
!124 = !DILocation(line: 44, column: 44, scope: !9)
!125 = !DILocation(line: 44, column: 39, scope: !9)
!126 = distinct !{!126, !116, !119, !29}
!127 = !DILocation(line: 45, column: 35, scope: !9)
!128 = !DILocation(line: 45, column: 39, scope: !9)
!129 = !DILocation(line: 45, column: 5, scope: !9)
!130 = !DILocation(line: 46, column: 5, scope: !9)
!131 = !DILocation(line: 46, column: 12, scope: !9)
!132 = !DILocation(line: 46, column: 38, scope: !9)
!133 = !DILocation(line: 46, column: 44, scope: !9)
!134 = !DILocation(line: 46, column: 34, scope: !9)
!135 = !DILocation(line: 46, column: 55, scope: !9)
!136 = !DILocation(line: 46, column: 50, scope: !9)
!137 = !DILocation(line: 46, column: 69, scope: !9)
!138 = !DILocation(line: 46, column: 67, scope: !9)
!139 = distinct !{!139, !130, !140, !29}
!140 = !DILocation(line: 46, column: 72, scope: !9)
!141 = !DILocation(line: 47, column: 5, scope: !9)
!142 = distinct !DISubprogram(name: "push", scope: !10, file: !10, line: 8, type: !11, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!143 = !DILocation(line: 8, column: 68, scope: !142)
!144 = !DILocation(line: 8, column: 64, scope: !142)
!145 = !DILocation(line: 8, column: 94, scope: !142)
!146 = !DILocation(line: 8, column: 87, scope: !142)
!147 = !DILocation(line: 8, column: 90, scope: !142)
!148 = !DILocation(line: 8, column: 92, scope: !142)
!149 = !DILocation(line: 8, column: 107, scope: !142)
!150 = !DILocation(line: 8, column: 97, scope: !142)
!151 = !DILocation(line: 8, column: 100, scope: !142)
!152 = !DILocation(line: 8, column: 105, scope: !142)
!153 = !DILocation(line: 8, column: 117, scope: !142)
!154 = !DILocation(line: 8, column: 110, scope: !142)
!155 = distinct !DISubprogram(name: "checksum", scope: !10, file: !10, line: 26, type: !11, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!156 = !DILocation(line: 26, column: 51, scope: !155)
!157 = !DILocation(line: 26, column: 62, scope: !155)
!158 = !DILocation(line: 26, column: 69, scope: !155)
!159 = !DILocation(line: 26, column: 76, scope: !155)
!160 = !DILocation(line: 26, column: 103, scope: !155)
!161 = !DILocation(line: 26, column: 106, scope: !155)
!162 = !DILocation(line: 26, column: 97, scope: !155)
!163 = !DILocation(line: 26, column: 111, scope: !155)
!164 = !DILocation(line: 26, column: 110, scope: !155)
!165 = !DILocation(line: 26, column: 108, scope: !155)
!166 = !DILocation(line: 26, column: 94, scope: !155)
!167 = !DILocation(line: 26, column: 92, scope: !155)
!168 = !DILocation(line: 26, column: 83, scope: !155)
!169 = !DILocation(line: 26, column: 86, scope: !155)
!170 = !DILocation(line: 26, column: 81, scope: !155)
!171 = distinct !{!171, !158, !163, !29}
!172 = !DILocation(line: 26, column: 122, scope: !155)
!173 = !DILocation(line: 26, column: 115, scope: !155)
!174 = distinct !DISubprogram(name: "reverse", scope: !10, file: !10, line: 9, type: !11, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!175 = !DILocation(line: 9, column: 60, scope: !174)
!176 = !DILocation(line: 9, column: 70, scope: !174)
!177 = !DILocation(line: 9, column: 77, scope: !174)
!178 = !DILocation(line: 9, column: 99, scope: !174)
!179 = !DILocation(line: 9, column: 102, scope: !174)
!180 = !DILocation(line: 9, column: 95, scope: !174)
!181 = !DILocation(line: 9, column: 118, scope: !174)
!182 = !DILocation(line: 9, column: 108, scope: !174)
!183 = !DILocation(line: 9, column: 111, scope: !174)
!184 = !DILocation(line: 9, column: 116, scope: !174)
!185 = !DILocation(line: 9, column: 125, scope: !174)
!186 = !DILocation(line: 9, column: 123, scope: !174)
!187 = !DILocation(line: 9, column: 132, scope: !174)
!188 = !DILocation(line: 9, column: 130, scope: !174)
!189 = distinct !{!189, !176, !190, !29}
!190 = !DILocation(line: 9, column: 135, scope: !174)
!191 = !DILocation(line: 9, column: 144, scope: !174)
!192 = !DILocation(line: 9, column: 137, scope: !174)
!193 = distinct !DISubprogram(name: "sort", scope: !10, file: !10, line: 15, type: !11, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!194 = !DILocation(line: 16, column: 10, scope: !193)
!195 = !DILocation(line: 16, column: 12, scope: !193)
!196 = !DILocation(line: 16, column: 16, scope: !193)
!197 = !DILocation(line: 16, column: 19, scope: !193)
!198 = !DILocation(line: 16, column: 32, scope: !193)
!199 = !DILocation(line: 16, column: 25, scope: !193)
!200 = !DILocation(line: 17, column: 25, scope: !193)
!201 = !DILocation(line: 17, column: 18, scope: !193)
!202 = !DILocation(line: 17, column: 36, scope: !193)
!203 = !DILocation(line: 17, column: 39, scope: !193)
!204 = !DILocation(line: 17, column: 29, scope: !193)
!205 = !DILocation(line: 18, column: 5, scope: !193)
!206 = !DILocation(line: 18, column: 12, scope: !193)
!207 = !DILocation(line: 18, column: 17, scope: !193)
!208 = !DILocation(line: 18, column: 20, scope: !193)
!209 = !DILocation(line: 18, column: 26, scope: !193)
!210 = !DILocation(line: 0, scope: !193)
!211 = !DILocation(line: 18, column: 41, scope: !193)
!212 = !DILocation(line: 18, column: 47, scope: !193)
!213 = !DILocation(line: 18, column: 39, scope: !193)
!214 = !DILocation(line: 18, column: 60, scope: !193)
!215 = !DILocation(line: 18, column: 66, scope: !193)
!216 = !DILocation(line: 18, column: 72, scope: !193)
!217 = !DILocation(line: 18, column: 58, scope: !193)
!218 = distinct !{!218, !205, !219, !29}
!219 = !DILocation(line: 18, column: 78, scope: !193)
!220 = !DILocation(line: 19, column: 22, scope: !193)
!221 = !DILocation(line: 19, column: 28, scope: !193)
!222 = !DILocation(line: 19, column: 18, scope: !193)
!223 = !DILocation(line: 19, column: 34, scope: !193)
!224 = !DILocation(line: 19, column: 40, scope: !193)
!225 = !DILocation(line: 19, column: 45, scope: !193)
!226 = !DILocation(line: 20, column: 23, scope: !193)
!227 = !DILocation(line: 20, column: 18, scope: !193)
!228 = !DILocation(line: 20, column: 32, scope: !193)
!229 = !DILocation(line: 20, column: 27, scope: !193)
!230 = !DILocation(line: 20, column: 12, scope: !193)
!231 = !DILocation(line: 20, column: 5, scope: !193)
!232 = !DILocation(line: 21, column: 1, scope: !193)
!233 = distinct !DISubprogram(name: "remove_if", scope: !10, file: !10, line: 22, type: !11, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!234 = !DILocation(line: 23, column: 5, scope: !233)
!235 = !DILocation(line: 23, column: 13, scope: !233)
!236 = !DILocation(line: 23, column: 12, scope: !233)
!237 = !DILocation(line: 23, column: 23, scope: !233)
!238 = !DILocation(line: 23, column: 30, scope: !233)
!239 = !DILocation(line: 23, column: 29, scope: !233)
!240 = !DILocation(line: 23, column: 35, scope: !233)
!241 = !DILocation(line: 23, column: 59, scope: !233)
!242 = !DILocation(line: 23, column: 58, scope: !233)
!243 = !DILocation(line: 23, column: 54, scope: !233)
!244 = !DILocation(line: 23, column: 69, scope: !233)
!245 = !DILocation(line: 23, column: 72, scope: !233)
!246 = !DILocation(line: 23, column: 64, scope: !233)
!247 = !DILocation(line: 23, column: 67, scope: !233)
!248 = !DILocation(line: 23, column: 83, scope: !233)
!249 = !DILocation(line: 23, column: 78, scope: !233)
!250 = !DILocation(line: 23, column: 87, scope: !233)
!251 = !DILocation(line: 23, column: 102, scope: !233)
!252 = !DILocation(line: 23, column: 101, scope: !233)
!253 = !DILocation(line: 23, column: 107, scope: !233)
!254 = !DILocation(line: 23, column: 97, scope: !233)
!255 = distinct !{!255, !234, !256, !29}
!256 = !DILocation(line: 23, column: 113, scope: !233)
!257 = !DILocation(line: 24, column: 1, scope: !233)
!258 = distinct !DISubprogram(name: "div3", scope: !10, file: !10, line: 25, type: !11, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!259 = !DILocation(line: 25, column: 33, scope: !258)
!260 = !DILocation(line: 25, column: 35, scope: !258)
!261 = !DILocation(line: 25, column: 39, scope: !258)
!262 = !DILocation(line: 25, column: 26, scope: !258)
!263 = distinct !DISubprogram(name: "merge", scope: !10, file: !10, line: 10, type: !11, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!264 = !DILocation(line: 11, column: 24, scope: !263)
!265 = !DILocation(line: 12, column: 5, scope: !263)
!266 = !DILocation(line: 12, column: 12, scope: !263)
!267 = !DILocation(line: 12, column: 14, scope: !263)
!268 = !DILocation(line: 12, column: 17, scope: !263)
!269 = !DILocation(line: 0, scope: !263)
!270 = !DILocation(line: 12, column: 26, scope: !263)
!271 = !DILocation(line: 12, column: 29, scope: !263)
!272 = !DILocation(line: 12, column: 34, scope: !263)
!273 = !DILocation(line: 12, column: 37, scope: !263)
!274 = !DILocation(line: 12, column: 31, scope: !263)
!275 = !DILocation(line: 12, column: 52, scope: !263)
!276 = !DILocation(line: 12, column: 42, scope: !263)
!277 = !DILocation(line: 12, column: 45, scope: !263)
!278 = !DILocation(line: 12, column: 50, scope: !263)
!279 = !DILocation(line: 12, column: 59, scope: !263)
!280 = !DILocation(line: 12, column: 62, scope: !263)
!281 = !DILocation(line: 12, column: 57, scope: !263)
!282 = !DILocation(line: 12, column: 68, scope: !263)
!283 = !DILocation(line: 12, column: 87, scope: !263)
!284 = !DILocation(line: 12, column: 77, scope: !263)
!285 = !DILocation(line: 12, column: 80, scope: !263)
!286 = !DILocation(line: 12, column: 85, scope: !263)
!287 = !DILocation(line: 12, column: 94, scope: !263)
!288 = !DILocation(line: 12, column: 97, scope: !263)
!289 = !DILocation(line: 12, column: 92, scope: !263)
!290 = !DILocation(line: 12, column: 109, scope: !263)
!291 = !DILocation(line: 12, column: 112, scope: !263)
!292 = !DILocation(line: 12, column: 107, scope: !263)
!293 = distinct !{!293, !265, !294, !29}
!294 = !DILocation(line: 12, column: 118, scope: !263)
!295 = !DILocation(line: 13, column: 15, scope: !263)
!296 = !DILocation(line: 13, column: 19, scope: !263)
!297 = !DILocation(line: 13, column: 23, scope: !263)
!298 = !DILocation(line: 13, column: 5, scope: !263)
!299 = !DILocation(line: 13, column: 8, scope: !263)
!300 = !DILocation(line: 13, column: 13, scope: !263)
!301 = !DILocation(line: 13, column: 38, scope: !263)
!302 = !DILocation(line: 13, column: 26, scope: !263)
