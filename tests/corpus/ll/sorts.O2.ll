; ModuleID = 'sorts.c'
source_filename = "sorts.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@main.a = internal global [3000 x i32] zeroinitializer, align 16
@main.tmp = internal global [3000 x i32] zeroinitializer, align 16
@main.b = internal global [3000 x i64] zeroinitializer, align 16
@main.c = internal global [500 x i16] zeroinitializer, align 16
@main.d = internal global [3000 x double] zeroinitializer, align 16
@.str = private unnamed_addr constant [49 x i8] c"sorted=%d h=%lu min=%d max=%ld c=%d..%d d=%.17g\0A\00", align 1
@rng = internal global i32 12345, align 4

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4, !dbg !17
  store i32 0, ptr %2, align 4, !dbg !18, !tbaa !9
  br label %9, !dbg !17

9:                                                ; preds = %33, %0
  %10 = load i32, ptr %2, align 4, !dbg !19, !tbaa !9
  %11 = icmp slt i32 %10, 3000, !dbg !20
  br i1 %11, label %13, label %12, !dbg !21

12:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %2) #4, !dbg !22
  br label %36

13:                                               ; preds = %9
  %14 = call i32 @rnd(), !dbg !23
  %15 = urem i32 %14, 100000, !dbg !24
  %16 = load i32, ptr %2, align 4, !dbg !25, !tbaa !9
  %17 = sext i32 %16 to i64, !dbg !26
  %18 = getelementptr inbounds [3000 x i32], ptr @main.a, i64 0, i64 %17, !dbg !26
  store i32 %15, ptr %18, align 4, !dbg !27, !tbaa !9
  %19 = call i32 @rnd(), !dbg !28
  %20 = zext i32 %19 to i64, !dbg !29
  %21 = mul nsw i64 %20, 7, !dbg !30
  %22 = sub nsw i64 %21, 50000000, !dbg !31
  %23 = load i32, ptr %2, align 4, !dbg !32, !tbaa !9
  %24 = sext i32 %23 to i64, !dbg !33
  %25 = getelementptr inbounds [3000 x i64], ptr @main.b, i64 0, i64 %24, !dbg !33
  store i64 %22, ptr %25, align 8, !dbg !34, !tbaa !35
  %26 = call i32 @rnd(), !dbg !37
  %27 = uitofp i32 %26 to double, !dbg !38
  %28 = fdiv double %27, 3.000000e+00, !dbg !39
  %29 = fsub double %28, 1.000000e+05, !dbg !40
  %30 = load i32, ptr %2, align 4, !dbg !41, !tbaa !9
  %31 = sext i32 %30 to i64, !dbg !42
  %32 = getelementptr inbounds [3000 x double], ptr @main.d, i64 0, i64 %31, !dbg !42
  store double %29, ptr %32, align 8, !dbg !43, !tbaa !44
  br label %33, !dbg !46

33:                                               ; preds = %13
  %34 = load i32, ptr %2, align 4, !dbg !47, !tbaa !9
  %35 = add nsw i32 %34, 1, !dbg !48
  store i32 %35, ptr %2, align 4, !dbg !49, !tbaa !9
  br label %9, !dbg !22, !llvm.loop !50

36:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !53
  store i32 0, ptr %3, align 4, !dbg !54, !tbaa !9
  br label %37, !dbg !53

37:                                               ; preds = %49, %36
  %38 = load i32, ptr %3, align 4, !dbg !55, !tbaa !9
  %39 = icmp slt i32 %38, 500, !dbg !56
  br i1 %39, label %41, label %40, !dbg !57

40:                                               ; preds = %37
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !58
  br label %52

41:                                               ; preds = %37
  %42 = call i32 @rnd(), !dbg !59
  %43 = urem i32 %42, 2000, !dbg !60
  %44 = sub i32 %43, 1000, !dbg !61
  %45 = trunc i32 %44 to i16, !dbg !62
  %46 = load i32, ptr %3, align 4, !dbg !63, !tbaa !9
  %47 = sext i32 %46 to i64, !dbg !64
  %48 = getelementptr inbounds [500 x i16], ptr @main.c, i64 0, i64 %47, !dbg !64
  store i16 %45, ptr %48, align 2, !dbg !65, !tbaa !66
  br label %49, !dbg !68

49:                                               ; preds = %41
  %50 = load i32, ptr %3, align 4, !dbg !69, !tbaa !9
  %51 = add nsw i32 %50, 1, !dbg !70
  store i32 %51, ptr %3, align 4, !dbg !71, !tbaa !9
  br label %37, !dbg !58, !llvm.loop !72

52:                                               ; preds = %40
  call void @merge_sort(ptr noundef @main.a, ptr noundef @main.tmp, i32 noundef 3000), !dbg !74
  call void @heap_sort(ptr noundef @main.b, i32 noundef 3000), !dbg !75
  call void @insertion(ptr noundef @main.c, i32 noundef 500), !dbg !76
  call void @quick(ptr noundef @main.d, i32 noundef 0, i32 noundef 2999), !dbg !77
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !78
  store i32 1, ptr %4, align 4, !dbg !79, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !80
  store i32 1, ptr %5, align 4, !dbg !81, !tbaa !9
  br label %53, !dbg !80

53:                                               ; preds = %95, %52
  %54 = load i32, ptr %5, align 4, !dbg !82, !tbaa !9
  %55 = icmp slt i32 %54, 3000, !dbg !83
  br i1 %55, label %57, label %56, !dbg !84

56:                                               ; preds = %53
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !85
  br label %98

57:                                               ; preds = %53
  %58 = load i32, ptr %5, align 4, !dbg !86, !tbaa !9
  %59 = sub nsw i32 %58, 1, !dbg !87
  %60 = sext i32 %59 to i64, !dbg !88
  %61 = getelementptr inbounds [3000 x i32], ptr @main.a, i64 0, i64 %60, !dbg !88
  %62 = load i32, ptr %61, align 4, !dbg !88, !tbaa !9
  %63 = load i32, ptr %5, align 4, !dbg !89, !tbaa !9
  %64 = sext i32 %63 to i64, !dbg !90
  %65 = getelementptr inbounds [3000 x i32], ptr @main.a, i64 0, i64 %64, !dbg !90
  %66 = load i32, ptr %65, align 4, !dbg !90, !tbaa !9
  %67 = icmp sle i32 %62, %66, !dbg !91
  br i1 %67, label %68, label %90, !dbg !92

68:                                               ; preds = %57
  %69 = load i32, ptr %5, align 4, !dbg !93, !tbaa !9
  %70 = sub nsw i32 %69, 1, !dbg !94
  %71 = sext i32 %70 to i64, !dbg !95
  %72 = getelementptr inbounds [3000 x i64], ptr @main.b, i64 0, i64 %71, !dbg !95
  %73 = load i64, ptr %72, align 8, !dbg !95, !tbaa !35
  %74 = load i32, ptr %5, align 4, !dbg !96, !tbaa !9
  %75 = sext i32 %74 to i64, !dbg !97
  %76 = getelementptr inbounds [3000 x i64], ptr @main.b, i64 0, i64 %75, !dbg !97
  %77 = load i64, ptr %76, align 8, !dbg !97, !tbaa !35
  %78 = icmp sle i64 %73, %77, !dbg !98
  br i1 %78, label %79, label %90, !dbg !99

79:                                               ; preds = %68
  %80 = load i32, ptr %5, align 4, !dbg !100, !tbaa !9
  %81 = sub nsw i32 %80, 1, !dbg !101
  %82 = sext i32 %81 to i64, !dbg !102
  %83 = getelementptr inbounds [3000 x double], ptr @main.d, i64 0, i64 %82, !dbg !102
  %84 = load double, ptr %83, align 8, !dbg !102, !tbaa !44
  %85 = load i32, ptr %5, align 4, !dbg !103, !tbaa !9
  %86 = sext i32 %85 to i64, !dbg !104
  %87 = getelementptr inbounds [3000 x double], ptr @main.d, i64 0, i64 %86, !dbg !104
  %88 = load double, ptr %87, align 8, !dbg !104, !tbaa !44
  %89 = fcmp ole double %84, %88, !dbg !105
  br label %90

90:                                               ; preds = %79, %68, %57
  %91 = phi i1 [ false, %68 ], [ false, %57 ], [ %89, %79 ], !dbg !106
  %92 = zext i1 %91 to i32, !dbg !107
  %93 = load i32, ptr %4, align 4, !dbg !108, !tbaa !9
  %94 = and i32 %93, %92, !dbg !109
  store i32 %94, ptr %4, align 4, !dbg !110, !tbaa !9
  br label %95, !dbg !111

95:                                               ; preds = %90
  %96 = load i32, ptr %5, align 4, !dbg !112, !tbaa !9
  %97 = add nsw i32 %96, 1, !dbg !113
  store i32 %97, ptr %5, align 4, !dbg !114, !tbaa !9
  br label %53, !dbg !85, !llvm.loop !115

98:                                               ; preds = %56
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !117
  store i32 1, ptr %6, align 4, !dbg !118, !tbaa !9
  br label %99, !dbg !117

99:                                               ; preds = %119, %98
  %100 = load i32, ptr %6, align 4, !dbg !119, !tbaa !9
  %101 = icmp slt i32 %100, 500, !dbg !120
  br i1 %101, label %103, label %102, !dbg !121

102:                                              ; preds = %99
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !122
  br label %122

103:                                              ; preds = %99
  %104 = load i32, ptr %6, align 4, !dbg !123, !tbaa !9
  %105 = sub nsw i32 %104, 1, !dbg !124
  %106 = sext i32 %105 to i64, !dbg !125
  %107 = getelementptr inbounds [500 x i16], ptr @main.c, i64 0, i64 %106, !dbg !125
  %108 = load i16, ptr %107, align 2, !dbg !125, !tbaa !66
  %109 = sext i16 %108 to i32, !dbg !125
  %110 = load i32, ptr %6, align 4, !dbg !126, !tbaa !9
  %111 = sext i32 %110 to i64, !dbg !127
  %112 = getelementptr inbounds [500 x i16], ptr @main.c, i64 0, i64 %111, !dbg !127
  %113 = load i16, ptr %112, align 2, !dbg !127, !tbaa !66
  %114 = sext i16 %113 to i32, !dbg !127
  %115 = icmp sle i32 %109, %114, !dbg !128
  %116 = zext i1 %115 to i32, !dbg !128
  %117 = load i32, ptr %4, align 4, !dbg !129, !tbaa !9
  %118 = and i32 %117, %116, !dbg !130
  store i32 %118, ptr %4, align 4, !dbg !131, !tbaa !9
  br label %119, !dbg !132

119:                                              ; preds = %103
  %120 = load i32, ptr %6, align 4, !dbg !133, !tbaa !9
  %121 = add nsw i32 %120, 1, !dbg !134
  store i32 %121, ptr %6, align 4, !dbg !135, !tbaa !9
  br label %99, !dbg !122, !llvm.loop !136

122:                                              ; preds = %102
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !138
  store i64 0, ptr %7, align 8, !dbg !139, !tbaa !35
  call void @llvm.lifetime.start.p0(ptr %8) #4, !dbg !140
  store i32 0, ptr %8, align 4, !dbg !141, !tbaa !9
  br label %123, !dbg !140

123:                                              ; preds = %147, %122
  %124 = load i32, ptr %8, align 4, !dbg !142, !tbaa !9
  %125 = icmp slt i32 %124, 3000, !dbg !143
  br i1 %125, label %127, label %126, !dbg !144

126:                                              ; preds = %123
  call void @llvm.lifetime.end.p0(ptr %8) #4, !dbg !145
  br label %150

127:                                              ; preds = %123
  %128 = load i64, ptr %7, align 8, !dbg !146, !tbaa !35
  %129 = mul i64 %128, 1000003, !dbg !147
  %130 = load i32, ptr %8, align 4, !dbg !148, !tbaa !9
  %131 = sext i32 %130 to i64, !dbg !149
  %132 = getelementptr inbounds [3000 x i32], ptr @main.a, i64 0, i64 %131, !dbg !149
  %133 = load i32, ptr %132, align 4, !dbg !149, !tbaa !9
  %134 = sext i32 %133 to i64, !dbg !150
  %135 = add i64 %129, %134, !dbg !151
  %136 = load i32, ptr %8, align 4, !dbg !152, !tbaa !9
  %137 = sext i32 %136 to i64, !dbg !153
  %138 = getelementptr inbounds [3000 x i64], ptr @main.b, i64 0, i64 %137, !dbg !153
  %139 = load i64, ptr %138, align 8, !dbg !153, !tbaa !35
  %140 = add i64 %135, %139, !dbg !154
  %141 = load i32, ptr %8, align 4, !dbg !155, !tbaa !9
  %142 = sext i32 %141 to i64, !dbg !156
  %143 = getelementptr inbounds [3000 x double], ptr @main.d, i64 0, i64 %142, !dbg !156
  %144 = load double, ptr %143, align 8, !dbg !156, !tbaa !44
  %145 = fptosi double %144 to i64, !dbg !157
  %146 = add i64 %140, %145, !dbg !158
  store i64 %146, ptr %7, align 8, !dbg !159, !tbaa !35
  br label %147, !dbg !160

147:                                              ; preds = %127
  %148 = load i32, ptr %8, align 4, !dbg !161, !tbaa !9
  %149 = add nsw i32 %148, 97, !dbg !162
  store i32 %149, ptr %8, align 4, !dbg !163, !tbaa !9
  br label %123, !dbg !145, !llvm.loop !164

150:                                              ; preds = %126
  %151 = load i32, ptr %4, align 4, !dbg !166, !tbaa !9
  %152 = load i64, ptr %7, align 8, !dbg !167, !tbaa !35
  %153 = load i32, ptr @main.a, align 16, !dbg !168, !tbaa !9
  %154 = load i64, ptr getelementptr inbounds ([3000 x i64], ptr @main.b, i64 0, i64 2999), align 8, !dbg !169, !tbaa !35
  %155 = load i16, ptr @main.c, align 16, !dbg !170, !tbaa !66
  %156 = sext i16 %155 to i32, !dbg !170
  %157 = load i16, ptr getelementptr inbounds ([500 x i16], ptr @main.c, i64 0, i64 499), align 2, !dbg !171, !tbaa !66
  %158 = sext i16 %157 to i32, !dbg !171
  %159 = load double, ptr getelementptr inbounds ([3000 x double], ptr @main.d, i64 0, i64 1500), align 16, !dbg !172, !tbaa !44
  %160 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %151, i64 noundef %152, i32 noundef %153, i64 noundef %154, i32 noundef %156, i32 noundef %158, double noundef %159), !dbg !173
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !174
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !174
  ret i32 0, !dbg !175
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal i32 @rnd() #0 !dbg !176 {
  %1 = load i32, ptr @rng, align 4, !dbg !177, !tbaa !9
  %2 = mul i32 %1, 1103515245, !dbg !178
  %3 = add i32 %2, 12345, !dbg !179
  store i32 %3, ptr @rng, align 4, !dbg !180, !tbaa !9
  %4 = load i32, ptr @rng, align 4, !dbg !181, !tbaa !9
  %5 = lshr i32 %4, 8, !dbg !182
  ret i32 %5, !dbg !183
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal void @merge_sort(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 !dbg !184 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !185
  store ptr %1, ptr %5, align 8, !tbaa !185
  store i32 %2, ptr %6, align 4, !tbaa !9
  %11 = load i32, ptr %6, align 4, !dbg !188, !tbaa !9
  %12 = icmp slt i32 %11, 2, !dbg !189
  br i1 %12, label %13, label %14, !dbg !190

13:                                               ; preds = %3
  br label %112, !dbg !191

14:                                               ; preds = %3
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !192
  %15 = load i32, ptr %6, align 4, !dbg !193, !tbaa !9
  %16 = sdiv i32 %15, 2, !dbg !194
  store i32 %16, ptr %7, align 4, !dbg !195, !tbaa !9
  %17 = load ptr, ptr %4, align 8, !dbg !196, !tbaa !185
  %18 = load ptr, ptr %5, align 8, !dbg !197, !tbaa !185
  %19 = load i32, ptr %7, align 4, !dbg !198, !tbaa !9
  call void @merge_sort(ptr noundef %17, ptr noundef %18, i32 noundef %19), !dbg !199
  %20 = load ptr, ptr %4, align 8, !dbg !200, !tbaa !185
  %21 = load i32, ptr %7, align 4, !dbg !201, !tbaa !9
  %22 = sext i32 %21 to i64, !dbg !202
  %23 = getelementptr inbounds i32, ptr %20, i64 %22, !dbg !202
  %24 = load ptr, ptr %5, align 8, !dbg !203, !tbaa !185
  %25 = load i32, ptr %6, align 4, !dbg !204, !tbaa !9
  %26 = load i32, ptr %7, align 4, !dbg !205, !tbaa !9
  %27 = sub nsw i32 %25, %26, !dbg !206
  call void @merge_sort(ptr noundef %23, ptr noundef %24, i32 noundef %27), !dbg !207
  call void @llvm.lifetime.start.p0(ptr %8) #4, !dbg !208
  store i32 0, ptr %8, align 4, !dbg !209, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #4, !dbg !208
  %28 = load i32, ptr %7, align 4, !dbg !210, !tbaa !9
  store i32 %28, ptr %9, align 4, !dbg !211, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #4, !dbg !208
  store i32 0, ptr %10, align 4, !dbg !212, !tbaa !9
  br label %29, !dbg !213

29:                                               ; preds = %65, %14
  %30 = load i32, ptr %8, align 4, !dbg !214, !tbaa !9
  %31 = load i32, ptr %7, align 4, !dbg !215, !tbaa !9
  %32 = icmp slt i32 %30, %31, !dbg !216
  br i1 %32, label %33, label %37, !dbg !217

33:                                               ; preds = %29
  %34 = load i32, ptr %9, align 4, !dbg !218, !tbaa !9
  %35 = load i32, ptr %6, align 4, !dbg !219, !tbaa !9
  %36 = icmp slt i32 %34, %35, !dbg !220
  br label %37

37:                                               ; preds = %33, %29
  %38 = phi i1 [ false, %29 ], [ %36, %33 ], !dbg !221
  br i1 %38, label %39, label %72, !dbg !222

39:                                               ; preds = %37
  %40 = load ptr, ptr %4, align 8, !dbg !223, !tbaa !185
  %41 = load i32, ptr %8, align 4, !dbg !224, !tbaa !9
  %42 = sext i32 %41 to i64, !dbg !223
  %43 = getelementptr inbounds i32, ptr %40, i64 %42, !dbg !223
  %44 = load i32, ptr %43, align 4, !dbg !223, !tbaa !9
  %45 = load ptr, ptr %4, align 8, !dbg !225, !tbaa !185
  %46 = load i32, ptr %9, align 4, !dbg !226, !tbaa !9
  %47 = sext i32 %46 to i64, !dbg !225
  %48 = getelementptr inbounds i32, ptr %45, i64 %47, !dbg !225
  %49 = load i32, ptr %48, align 4, !dbg !225, !tbaa !9
  %50 = icmp sle i32 %44, %49, !dbg !227
  br i1 %50, label %51, label %58, !dbg !228

51:                                               ; preds = %39
  %52 = load ptr, ptr %4, align 8, !dbg !229, !tbaa !185
  %53 = load i32, ptr %8, align 4, !dbg !230, !tbaa !9
  %54 = add nsw i32 %53, 1, !dbg !231
  store i32 %54, ptr %8, align 4, !dbg !232, !tbaa !9
  %55 = sext i32 %53 to i64, !dbg !229
  %56 = getelementptr inbounds i32, ptr %52, i64 %55, !dbg !229
  %57 = load i32, ptr %56, align 4, !dbg !229, !tbaa !9
  br label %65, !dbg !223

58:                                               ; preds = %39
  %59 = load ptr, ptr %4, align 8, !dbg !233, !tbaa !185
  %60 = load i32, ptr %9, align 4, !dbg !234, !tbaa !9
  %61 = add nsw i32 %60, 1, !dbg !235
  store i32 %61, ptr %9, align 4, !dbg !236, !tbaa !9
  %62 = sext i32 %60 to i64, !dbg !233
  %63 = getelementptr inbounds i32, ptr %59, i64 %62, !dbg !233
  %64 = load i32, ptr %63, align 4, !dbg !233, !tbaa !9
  br label %65, !dbg !223

65:                                               ; preds = %58, %51
  %66 = phi i32 [ %57, %51 ], [ %64, %58 ], !dbg !237
  %67 = load ptr, ptr %5, align 8, !dbg !238, !tbaa !185
  %68 = load i32, ptr %10, align 4, !dbg !239, !tbaa !9
  %69 = add nsw i32 %68, 1, !dbg !240
  store i32 %69, ptr %10, align 4, !dbg !241, !tbaa !9
  %70 = sext i32 %68 to i64, !dbg !238
  %71 = getelementptr inbounds i32, ptr %67, i64 %70, !dbg !238
  store i32 %66, ptr %71, align 4, !dbg !242, !tbaa !9
  br label %29, !dbg !213, !llvm.loop !243

72:                                               ; preds = %37
  br label %73, !dbg !245

73:                                               ; preds = %77, %72
  %74 = load i32, ptr %8, align 4, !dbg !246, !tbaa !9
  %75 = load i32, ptr %7, align 4, !dbg !247, !tbaa !9
  %76 = icmp slt i32 %74, %75, !dbg !248
  br i1 %76, label %77, label %89, !dbg !249

77:                                               ; preds = %73
  %78 = load ptr, ptr %4, align 8, !dbg !250, !tbaa !185
  %79 = load i32, ptr %8, align 4, !dbg !251, !tbaa !9
  %80 = add nsw i32 %79, 1, !dbg !252
  store i32 %80, ptr %8, align 4, !dbg !253, !tbaa !9
  %81 = sext i32 %79 to i64, !dbg !250
  %82 = getelementptr inbounds i32, ptr %78, i64 %81, !dbg !250
  %83 = load i32, ptr %82, align 4, !dbg !254, !tbaa !9
  %84 = load ptr, ptr %5, align 8, !dbg !255, !tbaa !185
  %85 = load i32, ptr %10, align 4, !dbg !256, !tbaa !9
  %86 = add nsw i32 %85, 1, !dbg !257
  store i32 %86, ptr %10, align 4, !dbg !258, !tbaa !9
  %87 = sext i32 %85 to i64, !dbg !255
  %88 = getelementptr inbounds i32, ptr %84, i64 %87, !dbg !255
  store i32 %83, ptr %88, align 4, !dbg !259, !tbaa !9
  br label %73, !dbg !245, !llvm.loop !260

89:                                               ; preds = %73
  br label %90, !dbg !262

90:                                               ; preds = %94, %89
  %91 = load i32, ptr %9, align 4, !dbg !263, !tbaa !9
  %92 = load i32, ptr %6, align 4, !dbg !264, !tbaa !9
  %93 = icmp slt i32 %91, %92, !dbg !265
  br i1 %93, label %94, label %106, !dbg !266

94:                                               ; preds = %90
  %95 = load ptr, ptr %4, align 8, !dbg !267, !tbaa !185
  %96 = load i32, ptr %9, align 4, !dbg !268, !tbaa !9
  %97 = add nsw i32 %96, 1, !dbg !269
  store i32 %97, ptr %9, align 4, !dbg !270, !tbaa !9
  %98 = sext i32 %96 to i64, !dbg !267
  %99 = getelementptr inbounds i32, ptr %95, i64 %98, !dbg !267
  %100 = load i32, ptr %99, align 4, !dbg !271, !tbaa !9
  %101 = load ptr, ptr %5, align 8, !dbg !272, !tbaa !185
  %102 = load i32, ptr %10, align 4, !dbg !273, !tbaa !9
  %103 = add nsw i32 %102, 1, !dbg !274
  store i32 %103, ptr %10, align 4, !dbg !275, !tbaa !9
  %104 = sext i32 %102 to i64, !dbg !272
  %105 = getelementptr inbounds i32, ptr %101, i64 %104, !dbg !272
  store i32 %100, ptr %105, align 4, !dbg !276, !tbaa !9
  br label %90, !dbg !262, !llvm.loop !277

106:                                              ; preds = %90
  %107 = load ptr, ptr %4, align 8, !dbg !279, !tbaa !185
  %108 = load ptr, ptr %5, align 8, !dbg !280, !tbaa !185
  %109 = load i32, ptr %6, align 4, !dbg !281, !tbaa !9
  %110 = sext i32 %109 to i64, !dbg !282
  %111 = mul i64 %110, 4, !dbg !283
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %107, ptr align 4 %108, i64 %111, i1 false), !dbg !284
  call void @llvm.lifetime.end.p0(ptr %10) #4, !dbg !285
  call void @llvm.lifetime.end.p0(ptr %9) #4, !dbg !285
  call void @llvm.lifetime.end.p0(ptr %8) #4, !dbg !285
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !285
  br label %112, !dbg !285

112:                                              ; preds = %106, %13
  ret void, !dbg !286
}

; Function Attrs: nounwind uwtable
define internal void @heap_sort(ptr noundef %0, i32 noundef %1) #0 !dbg !287 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !288
  store i32 %1, ptr %4, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !290
  %8 = load i32, ptr %4, align 4, !dbg !291, !tbaa !9
  %9 = sdiv i32 %8, 2, !dbg !292
  %10 = sub nsw i32 %9, 1, !dbg !293
  store i32 %10, ptr %5, align 4, !dbg !294, !tbaa !9
  br label %11, !dbg !290

11:                                               ; preds = %19, %2
  %12 = load i32, ptr %5, align 4, !dbg !295, !tbaa !9
  %13 = icmp sge i32 %12, 0, !dbg !296
  br i1 %13, label %15, label %14, !dbg !297

14:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !298
  br label %22

15:                                               ; preds = %11
  %16 = load ptr, ptr %3, align 8, !dbg !299, !tbaa !288
  %17 = load i32, ptr %5, align 4, !dbg !300, !tbaa !9
  %18 = load i32, ptr %4, align 4, !dbg !301, !tbaa !9
  call void @sift(ptr noundef %16, i32 noundef %17, i32 noundef %18), !dbg !302
  br label %19, !dbg !303

19:                                               ; preds = %15
  %20 = load i32, ptr %5, align 4, !dbg !304, !tbaa !9
  %21 = add nsw i32 %20, -1, !dbg !305
  store i32 %21, ptr %5, align 4, !dbg !306, !tbaa !9
  br label %11, !dbg !298, !llvm.loop !307

22:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !309
  %23 = load i32, ptr %4, align 4, !dbg !310, !tbaa !9
  %24 = sub nsw i32 %23, 1, !dbg !311
  store i32 %24, ptr %6, align 4, !dbg !312, !tbaa !9
  br label %25, !dbg !309

25:                                               ; preds = %47, %22
  %26 = load i32, ptr %6, align 4, !dbg !313, !tbaa !9
  %27 = icmp sgt i32 %26, 0, !dbg !314
  br i1 %27, label %29, label %28, !dbg !315

28:                                               ; preds = %25
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !316
  br label %50

29:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !317
  %30 = load ptr, ptr %3, align 8, !dbg !318, !tbaa !288
  %31 = getelementptr inbounds i64, ptr %30, i64 0, !dbg !318
  %32 = load i64, ptr %31, align 8, !dbg !319, !tbaa !35
  store i64 %32, ptr %7, align 8, !dbg !320, !tbaa !35
  %33 = load ptr, ptr %3, align 8, !dbg !321, !tbaa !288
  %34 = load i32, ptr %6, align 4, !dbg !322, !tbaa !9
  %35 = sext i32 %34 to i64, !dbg !321
  %36 = getelementptr inbounds i64, ptr %33, i64 %35, !dbg !321
  %37 = load i64, ptr %36, align 8, !dbg !323, !tbaa !35
  %38 = load ptr, ptr %3, align 8, !dbg !324, !tbaa !288
  %39 = getelementptr inbounds i64, ptr %38, i64 0, !dbg !324
  store i64 %37, ptr %39, align 8, !dbg !325, !tbaa !35
  %40 = load i64, ptr %7, align 8, !dbg !326, !tbaa !35
  %41 = load ptr, ptr %3, align 8, !dbg !327, !tbaa !288
  %42 = load i32, ptr %6, align 4, !dbg !328, !tbaa !9
  %43 = sext i32 %42 to i64, !dbg !327
  %44 = getelementptr inbounds i64, ptr %41, i64 %43, !dbg !327
  store i64 %40, ptr %44, align 8, !dbg !329, !tbaa !35
  %45 = load ptr, ptr %3, align 8, !dbg !330, !tbaa !288
  %46 = load i32, ptr %6, align 4, !dbg !331, !tbaa !9
  call void @sift(ptr noundef %45, i32 noundef 0, i32 noundef %46), !dbg !332
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !333
  br label %47, !dbg !334

47:                                               ; preds = %29
  %48 = load i32, ptr %6, align 4, !dbg !335, !tbaa !9
  %49 = add nsw i32 %48, -1, !dbg !336
  store i32 %49, ptr %6, align 4, !dbg !337, !tbaa !9
  br label %25, !dbg !316, !llvm.loop !338

50:                                               ; preds = %28
  ret void, !dbg !339
}

; Function Attrs: nounwind uwtable
define internal void @insertion(ptr noundef %0, i32 noundef %1) #0 !dbg !340 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i16, align 2
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !341
  store i32 %1, ptr %4, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !343
  store i32 1, ptr %5, align 4, !dbg !344, !tbaa !9
  br label %8, !dbg !343

8:                                                ; preds = %56, %2
  %9 = load i32, ptr %5, align 4, !dbg !345, !tbaa !9
  %10 = load i32, ptr %4, align 4, !dbg !346, !tbaa !9
  %11 = icmp slt i32 %9, %10, !dbg !347
  br i1 %11, label %13, label %12, !dbg !348

12:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !349
  br label %59

13:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !350
  %14 = load ptr, ptr %3, align 8, !dbg !351, !tbaa !341
  %15 = load i32, ptr %5, align 4, !dbg !352, !tbaa !9
  %16 = sext i32 %15 to i64, !dbg !351
  %17 = getelementptr inbounds i16, ptr %14, i64 %16, !dbg !351
  %18 = load i16, ptr %17, align 2, !dbg !353, !tbaa !66
  store i16 %18, ptr %6, align 2, !dbg !354, !tbaa !66
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !355
  %19 = load i32, ptr %5, align 4, !dbg !356, !tbaa !9
  %20 = sub nsw i32 %19, 1, !dbg !357
  store i32 %20, ptr %7, align 4, !dbg !358, !tbaa !9
  br label %21, !dbg !359

21:                                               ; preds = %36, %13
  %22 = load i32, ptr %7, align 4, !dbg !360, !tbaa !9
  %23 = icmp sge i32 %22, 0, !dbg !361
  br i1 %23, label %24, label %34, !dbg !362

24:                                               ; preds = %21
  %25 = load ptr, ptr %3, align 8, !dbg !363, !tbaa !341
  %26 = load i32, ptr %7, align 4, !dbg !364, !tbaa !9
  %27 = sext i32 %26 to i64, !dbg !363
  %28 = getelementptr inbounds i16, ptr %25, i64 %27, !dbg !363
  %29 = load i16, ptr %28, align 2, !dbg !363, !tbaa !66
  %30 = sext i16 %29 to i32, !dbg !363
  %31 = load i16, ptr %6, align 2, !dbg !365, !tbaa !66
  %32 = sext i16 %31 to i32, !dbg !365
  %33 = icmp sgt i32 %30, %32, !dbg !366
  br label %34

34:                                               ; preds = %24, %21
  %35 = phi i1 [ false, %21 ], [ %33, %24 ], !dbg !367
  br i1 %35, label %36, label %49, !dbg !368

36:                                               ; preds = %34
  %37 = load ptr, ptr %3, align 8, !dbg !369, !tbaa !341
  %38 = load i32, ptr %7, align 4, !dbg !370, !tbaa !9
  %39 = sext i32 %38 to i64, !dbg !369
  %40 = getelementptr inbounds i16, ptr %37, i64 %39, !dbg !369
  %41 = load i16, ptr %40, align 2, !dbg !371, !tbaa !66
  %42 = load ptr, ptr %3, align 8, !dbg !372, !tbaa !341
  %43 = load i32, ptr %7, align 4, !dbg !373, !tbaa !9
  %44 = add nsw i32 %43, 1, !dbg !374
  %45 = sext i32 %44 to i64, !dbg !372
  %46 = getelementptr inbounds i16, ptr %42, i64 %45, !dbg !372
  store i16 %41, ptr %46, align 2, !dbg !375, !tbaa !66
  %47 = load i32, ptr %7, align 4, !dbg !376, !tbaa !9
  %48 = add nsw i32 %47, -1, !dbg !377
  store i32 %48, ptr %7, align 4, !dbg !378, !tbaa !9
  br label %21, !dbg !359, !llvm.loop !379

49:                                               ; preds = %34
  %50 = load i16, ptr %6, align 2, !dbg !381, !tbaa !66
  %51 = load ptr, ptr %3, align 8, !dbg !382, !tbaa !341
  %52 = load i32, ptr %7, align 4, !dbg !383, !tbaa !9
  %53 = add nsw i32 %52, 1, !dbg !384
  %54 = sext i32 %53 to i64, !dbg !382
  %55 = getelementptr inbounds i16, ptr %51, i64 %54, !dbg !382
  store i16 %50, ptr %55, align 2, !dbg !385, !tbaa !66
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !386
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !386
  br label %56, !dbg !387

56:                                               ; preds = %49
  %57 = load i32, ptr %5, align 4, !dbg !388, !tbaa !9
  %58 = add nsw i32 %57, 1, !dbg !389
  store i32 %58, ptr %5, align 4, !dbg !390, !tbaa !9
  br label %8, !dbg !349, !llvm.loop !391

59:                                               ; preds = %12
  ret void, !dbg !392
}

; Function Attrs: nounwind uwtable
define internal void @quick(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !393 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca double, align 8
  store ptr %0, ptr %4, align 8, !tbaa !394
  store i32 %1, ptr %5, align 4, !tbaa !9
  store i32 %2, ptr %6, align 4, !tbaa !9
  br label %11, !dbg !396

11:                                               ; preds = %101, %3
  %12 = load i32, ptr %5, align 4, !dbg !397, !tbaa !9
  %13 = load i32, ptr %6, align 4, !dbg !398, !tbaa !9
  %14 = icmp slt i32 %12, %13, !dbg !399
  br i1 %14, label %15, label %102, !dbg !400

15:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !401
  %16 = load ptr, ptr %4, align 8, !dbg !402, !tbaa !394
  %17 = load i32, ptr %5, align 4, !dbg !403, !tbaa !9
  %18 = load i32, ptr %6, align 4, !dbg !404, !tbaa !9
  %19 = add nsw i32 %17, %18, !dbg !405
  %20 = sdiv i32 %19, 2, !dbg !406
  %21 = sext i32 %20 to i64, !dbg !402
  %22 = getelementptr inbounds double, ptr %16, i64 %21, !dbg !402
  %23 = load double, ptr %22, align 8, !dbg !407, !tbaa !44
  store double %23, ptr %7, align 8, !dbg !408, !tbaa !44
  call void @llvm.lifetime.start.p0(ptr %8) #4, !dbg !409
  %24 = load i32, ptr %5, align 4, !dbg !410, !tbaa !9
  store i32 %24, ptr %8, align 4, !dbg !411, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #4, !dbg !409
  %25 = load i32, ptr %6, align 4, !dbg !412, !tbaa !9
  store i32 %25, ptr %9, align 4, !dbg !413, !tbaa !9
  br label %26, !dbg !414

26:                                               ; preds = %82, %15
  %27 = load i32, ptr %8, align 4, !dbg !415, !tbaa !9
  %28 = load i32, ptr %9, align 4, !dbg !416, !tbaa !9
  %29 = icmp sle i32 %27, %28, !dbg !417
  br i1 %29, label %30, label %83, !dbg !418

30:                                               ; preds = %26
  br label %31, !dbg !419

31:                                               ; preds = %39, %30
  %32 = load ptr, ptr %4, align 8, !dbg !420, !tbaa !394
  %33 = load i32, ptr %8, align 4, !dbg !421, !tbaa !9
  %34 = sext i32 %33 to i64, !dbg !420
  %35 = getelementptr inbounds double, ptr %32, i64 %34, !dbg !420
  %36 = load double, ptr %35, align 8, !dbg !420, !tbaa !44
  %37 = load double, ptr %7, align 8, !dbg !422, !tbaa !44
  %38 = fcmp olt double %36, %37, !dbg !423
  br i1 %38, label %39, label %42, !dbg !424

39:                                               ; preds = %31
  %40 = load i32, ptr %8, align 4, !dbg !425, !tbaa !9
  %41 = add nsw i32 %40, 1, !dbg !426
  store i32 %41, ptr %8, align 4, !dbg !427, !tbaa !9
  br label %31, !dbg !419, !llvm.loop !428

42:                                               ; preds = %31
  br label %43, !dbg !429

43:                                               ; preds = %51, %42
  %44 = load ptr, ptr %4, align 8, !dbg !430, !tbaa !394
  %45 = load i32, ptr %9, align 4, !dbg !431, !tbaa !9
  %46 = sext i32 %45 to i64, !dbg !430
  %47 = getelementptr inbounds double, ptr %44, i64 %46, !dbg !430
  %48 = load double, ptr %47, align 8, !dbg !430, !tbaa !44
  %49 = load double, ptr %7, align 8, !dbg !432, !tbaa !44
  %50 = fcmp ogt double %48, %49, !dbg !433
  br i1 %50, label %51, label %54, !dbg !434

51:                                               ; preds = %43
  %52 = load i32, ptr %9, align 4, !dbg !435, !tbaa !9
  %53 = add nsw i32 %52, -1, !dbg !436
  store i32 %53, ptr %9, align 4, !dbg !437, !tbaa !9
  br label %43, !dbg !429, !llvm.loop !438

54:                                               ; preds = %43
  %55 = load i32, ptr %8, align 4, !dbg !439, !tbaa !9
  %56 = load i32, ptr %9, align 4, !dbg !440, !tbaa !9
  %57 = icmp sle i32 %55, %56, !dbg !441
  br i1 %57, label %58, label %82, !dbg !442

58:                                               ; preds = %54
  call void @llvm.lifetime.start.p0(ptr %10) #4, !dbg !443
  %59 = load ptr, ptr %4, align 8, !dbg !444, !tbaa !394
  %60 = load i32, ptr %8, align 4, !dbg !445, !tbaa !9
  %61 = sext i32 %60 to i64, !dbg !444
  %62 = getelementptr inbounds double, ptr %59, i64 %61, !dbg !444
  %63 = load double, ptr %62, align 8, !dbg !446, !tbaa !44
  store double %63, ptr %10, align 8, !dbg !447, !tbaa !44
  %64 = load ptr, ptr %4, align 8, !dbg !448, !tbaa !394
  %65 = load i32, ptr %9, align 4, !dbg !449, !tbaa !9
  %66 = sext i32 %65 to i64, !dbg !448
  %67 = getelementptr inbounds double, ptr %64, i64 %66, !dbg !448
  %68 = load double, ptr %67, align 8, !dbg !450, !tbaa !44
  %69 = load ptr, ptr %4, align 8, !dbg !451, !tbaa !394
  %70 = load i32, ptr %8, align 4, !dbg !452, !tbaa !9
  %71 = sext i32 %70 to i64, !dbg !451
  %72 = getelementptr inbounds double, ptr %69, i64 %71, !dbg !451
  store double %68, ptr %72, align 8, !dbg !453, !tbaa !44
  %73 = load double, ptr %10, align 8, !dbg !454, !tbaa !44
  %74 = load ptr, ptr %4, align 8, !dbg !455, !tbaa !394
  %75 = load i32, ptr %9, align 4, !dbg !456, !tbaa !9
  %76 = sext i32 %75 to i64, !dbg !455
  %77 = getelementptr inbounds double, ptr %74, i64 %76, !dbg !455
  store double %73, ptr %77, align 8, !dbg !457, !tbaa !44
  %78 = load i32, ptr %8, align 4, !dbg !458, !tbaa !9
  %79 = add nsw i32 %78, 1, !dbg !459
  store i32 %79, ptr %8, align 4, !dbg !460, !tbaa !9
  %80 = load i32, ptr %9, align 4, !dbg !461, !tbaa !9
  %81 = add nsw i32 %80, -1, !dbg !462
  store i32 %81, ptr %9, align 4, !dbg !463, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %10) #4, !dbg !464
  br label %82, !dbg !464

82:                                               ; preds = %58, %54
  br label %26, !dbg !414, !llvm.loop !465

83:                                               ; preds = %26
  %84 = load i32, ptr %9, align 4, !dbg !467, !tbaa !9
  %85 = load i32, ptr %5, align 4, !dbg !468, !tbaa !9
  %86 = sub nsw i32 %84, %85, !dbg !469
  %87 = load i32, ptr %6, align 4, !dbg !470, !tbaa !9
  %88 = load i32, ptr %8, align 4, !dbg !471, !tbaa !9
  %89 = sub nsw i32 %87, %88, !dbg !472
  %90 = icmp slt i32 %86, %89, !dbg !473
  br i1 %90, label %91, label %96, !dbg !474

91:                                               ; preds = %83
  %92 = load ptr, ptr %4, align 8, !dbg !475, !tbaa !394
  %93 = load i32, ptr %5, align 4, !dbg !476, !tbaa !9
  %94 = load i32, ptr %9, align 4, !dbg !477, !tbaa !9
  call void @quick(ptr noundef %92, i32 noundef %93, i32 noundef %94), !dbg !478
  %95 = load i32, ptr %8, align 4, !dbg !479, !tbaa !9
  store i32 %95, ptr %5, align 4, !dbg !480, !tbaa !9
  br label %101, !dbg !481

96:                                               ; preds = %83
  %97 = load ptr, ptr %4, align 8, !dbg !482, !tbaa !394
  %98 = load i32, ptr %8, align 4, !dbg !483, !tbaa !9
  %99 = load i32, ptr %6, align 4, !dbg !484, !tbaa !9
  call void @quick(ptr noundef %97, i32 noundef %98, i32 noundef %99), !dbg !485
  %100 = load i32, ptr %9, align 4, !dbg !486, !tbaa !9
  store i32 %100, ptr %6, align 4, !dbg !487, !tbaa !9
  br label %101

101:                                              ; preds = %96, %91
  call void @llvm.lifetime.end.p0(ptr %9) #4, !dbg !488
  call void @llvm.lifetime.end.p0(ptr %8) #4, !dbg !488
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !488
  br label %11, !dbg !396, !llvm.loop !489

102:                                              ; preds = %11
  ret void, !dbg !490
}

declare !dbg !491 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nounwind uwtable
define internal void @sift(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !493 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !288
  store i32 %1, ptr %5, align 4, !tbaa !9
  store i32 %2, ptr %6, align 4, !tbaa !9
  br label %10, !dbg !494

10:                                               ; preds = %75, %3
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !495
  %11 = load i32, ptr %5, align 4, !dbg !496, !tbaa !9
  %12 = mul nsw i32 2, %11, !dbg !497
  %13 = add nsw i32 %12, 1, !dbg !498
  store i32 %13, ptr %7, align 4, !dbg !499, !tbaa !9
  %14 = load i32, ptr %7, align 4, !dbg !500, !tbaa !9
  %15 = load i32, ptr %6, align 4, !dbg !501, !tbaa !9
  %16 = icmp sge i32 %14, %15, !dbg !502
  br i1 %16, label %17, label %18, !dbg !503

17:                                               ; preds = %10
  store i32 1, ptr %8, align 4
  br label %73, !dbg !504

18:                                               ; preds = %10
  %19 = load i32, ptr %7, align 4, !dbg !505, !tbaa !9
  %20 = add nsw i32 %19, 1, !dbg !506
  %21 = load i32, ptr %6, align 4, !dbg !507, !tbaa !9
  %22 = icmp slt i32 %20, %21, !dbg !508
  br i1 %22, label %23, label %39, !dbg !509

23:                                               ; preds = %18
  %24 = load ptr, ptr %4, align 8, !dbg !510, !tbaa !288
  %25 = load i32, ptr %7, align 4, !dbg !511, !tbaa !9
  %26 = add nsw i32 %25, 1, !dbg !512
  %27 = sext i32 %26 to i64, !dbg !510
  %28 = getelementptr inbounds i64, ptr %24, i64 %27, !dbg !510
  %29 = load i64, ptr %28, align 8, !dbg !510, !tbaa !35
  %30 = load ptr, ptr %4, align 8, !dbg !513, !tbaa !288
  %31 = load i32, ptr %7, align 4, !dbg !514, !tbaa !9
  %32 = sext i32 %31 to i64, !dbg !513
  %33 = getelementptr inbounds i64, ptr %30, i64 %32, !dbg !513
  %34 = load i64, ptr %33, align 8, !dbg !513, !tbaa !35
  %35 = icmp sgt i64 %29, %34, !dbg !515
  br i1 %35, label %36, label %39, !dbg !516

36:                                               ; preds = %23
  %37 = load i32, ptr %7, align 4, !dbg !517, !tbaa !9
  %38 = add nsw i32 %37, 1, !dbg !518
  store i32 %38, ptr %7, align 4, !dbg !519, !tbaa !9
  br label %39, !dbg !520

39:                                               ; preds = %36, %23, %18
  %40 = load ptr, ptr %4, align 8, !dbg !521, !tbaa !288
  %41 = load i32, ptr %5, align 4, !dbg !522, !tbaa !9
  %42 = sext i32 %41 to i64, !dbg !521
  %43 = getelementptr inbounds i64, ptr %40, i64 %42, !dbg !521
  %44 = load i64, ptr %43, align 8, !dbg !521, !tbaa !35
  %45 = load ptr, ptr %4, align 8, !dbg !523, !tbaa !288
  %46 = load i32, ptr %7, align 4, !dbg !524, !tbaa !9
  %47 = sext i32 %46 to i64, !dbg !523
  %48 = getelementptr inbounds i64, ptr %45, i64 %47, !dbg !523
  %49 = load i64, ptr %48, align 8, !dbg !523, !tbaa !35
  %50 = icmp sge i64 %44, %49, !dbg !525
  br i1 %50, label %51, label %52, !dbg !526

51:                                               ; preds = %39
  store i32 1, ptr %8, align 4
  br label %73, !dbg !527

52:                                               ; preds = %39
  call void @llvm.lifetime.start.p0(ptr %9) #4, !dbg !528
  %53 = load ptr, ptr %4, align 8, !dbg !529, !tbaa !288
  %54 = load i32, ptr %5, align 4, !dbg !530, !tbaa !9
  %55 = sext i32 %54 to i64, !dbg !529
  %56 = getelementptr inbounds i64, ptr %53, i64 %55, !dbg !529
  %57 = load i64, ptr %56, align 8, !dbg !531, !tbaa !35
  store i64 %57, ptr %9, align 8, !dbg !532, !tbaa !35
  %58 = load ptr, ptr %4, align 8, !dbg !533, !tbaa !288
  %59 = load i32, ptr %7, align 4, !dbg !534, !tbaa !9
  %60 = sext i32 %59 to i64, !dbg !533
  %61 = getelementptr inbounds i64, ptr %58, i64 %60, !dbg !533
  %62 = load i64, ptr %61, align 8, !dbg !535, !tbaa !35
  %63 = load ptr, ptr %4, align 8, !dbg !536, !tbaa !288
  %64 = load i32, ptr %5, align 4, !dbg !537, !tbaa !9
  %65 = sext i32 %64 to i64, !dbg !536
  %66 = getelementptr inbounds i64, ptr %63, i64 %65, !dbg !536
  store i64 %62, ptr %66, align 8, !dbg !538, !tbaa !35
  %67 = load i64, ptr %9, align 8, !dbg !539, !tbaa !35
  %68 = load ptr, ptr %4, align 8, !dbg !540, !tbaa !288
  %69 = load i32, ptr %7, align 4, !dbg !541, !tbaa !9
  %70 = sext i32 %69 to i64, !dbg !540
  %71 = getelementptr inbounds i64, ptr %68, i64 %70, !dbg !540
  store i64 %67, ptr %71, align 8, !dbg !542, !tbaa !35
  %72 = load i32, ptr %7, align 4, !dbg !543, !tbaa !9
  store i32 %72, ptr %5, align 4, !dbg !544, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %9) #4, !dbg !545
  store i32 0, ptr %8, align 4, !dbg !545
  br label %73, !dbg !545

73:                                               ; preds = %52, %51, %17
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !545
  %74 = load i32, ptr %8, align 4
  switch i32 %74, label %77 [
    i32 0, label %75
    i32 1, label %76
  ]

75:                                               ; preds = %73
  br label %10, !dbg !546, !llvm.loop !547

76:                                               ; preds = %73
  ret void, !dbg !548

77:                                               ; preds = %73
  unreachable
}

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "sorts.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 35, type: !15, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "sorts.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 38, column: 10, scope: !13)
!18 = !DILocation(line: 38, column: 14, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !DILocation(line: 38, column: 21, scope: !13)
!20 = !DILocation(line: 38, column: 23, scope: !13, atomGroup: 2, atomRank: 1)
!21 = !DILocation(line: 38, column: 5, scope: !13, atomGroup: 3, atomRank: 1)
!22 = !DILocation(line: 38, column: 5, scope: !13)
!23 = !DILocation(line: 38, column: 48, scope: !13)
!24 = !DILocation(line: 38, column: 54, scope: !13, atomGroup: 4, atomRank: 2)
!25 = !DILocation(line: 38, column: 37, scope: !13)
!26 = !DILocation(line: 38, column: 35, scope: !13)
!27 = !DILocation(line: 38, column: 40, scope: !13, atomGroup: 4, atomRank: 1)
!28 = !DILocation(line: 38, column: 78, scope: !13)
!29 = !DILocation(line: 38, column: 72, scope: !13)
!30 = !DILocation(line: 38, column: 84, scope: !13)
!31 = !DILocation(line: 38, column: 88, scope: !13, atomGroup: 5, atomRank: 2)
!32 = !DILocation(line: 38, column: 67, scope: !13)
!33 = !DILocation(line: 38, column: 65, scope: !13)
!34 = !DILocation(line: 38, column: 70, scope: !13, atomGroup: 5, atomRank: 1)
!35 = !{!36, !36, i64 0}
!36 = !{!"long", !11, i64 0}
!37 = !DILocation(line: 38, column: 115, scope: !13)
!38 = !DILocation(line: 38, column: 107, scope: !13)
!39 = !DILocation(line: 38, column: 121, scope: !13)
!40 = !DILocation(line: 38, column: 127, scope: !13, atomGroup: 6, atomRank: 2)
!41 = !DILocation(line: 38, column: 102, scope: !13)
!42 = !DILocation(line: 38, column: 100, scope: !13)
!43 = !DILocation(line: 38, column: 105, scope: !13, atomGroup: 6, atomRank: 1)
!44 = !{!45, !45, i64 0}
!45 = !{!"double", !11, i64 0}
!46 = !DILocation(line: 38, column: 134, scope: !13, atomGroup: 8, atomRank: 1)
!47 = !DILocation(line: 38, column: 29, scope: !13)
!48 = !DILocation(line: 38, column: 29, scope: !13, atomGroup: 7, atomRank: 2)
!49 = !DILocation(line: 38, column: 29, scope: !13, atomGroup: 7, atomRank: 1)
!50 = distinct !{!50, !22, !51, !52}
!51 = !DILocation(line: 38, column: 134, scope: !13)
!52 = !{!"llvm.loop.mustprogress"}
!53 = !DILocation(line: 39, column: 10, scope: !13)
!54 = !DILocation(line: 39, column: 14, scope: !13, atomGroup: 9, atomRank: 1)
!55 = !DILocation(line: 39, column: 21, scope: !13)
!56 = !DILocation(line: 39, column: 23, scope: !13, atomGroup: 10, atomRank: 1)
!57 = !DILocation(line: 39, column: 5, scope: !13, atomGroup: 11, atomRank: 1)
!58 = !DILocation(line: 39, column: 5, scope: !13)
!59 = !DILocation(line: 39, column: 50, scope: !13)
!60 = !DILocation(line: 39, column: 56, scope: !13)
!61 = !DILocation(line: 39, column: 63, scope: !13, atomGroup: 12, atomRank: 3)
!62 = !DILocation(line: 39, column: 42, scope: !13, atomGroup: 12, atomRank: 2)
!63 = !DILocation(line: 39, column: 37, scope: !13)
!64 = !DILocation(line: 39, column: 35, scope: !13)
!65 = !DILocation(line: 39, column: 40, scope: !13, atomGroup: 12, atomRank: 1)
!66 = !{!67, !67, i64 0}
!67 = !{!"short", !11, i64 0}
!68 = !DILocation(line: 39, column: 35, scope: !13, atomGroup: 14, atomRank: 1)
!69 = !DILocation(line: 39, column: 31, scope: !13)
!70 = !DILocation(line: 39, column: 31, scope: !13, atomGroup: 13, atomRank: 2)
!71 = !DILocation(line: 39, column: 31, scope: !13, atomGroup: 13, atomRank: 1)
!72 = distinct !{!72, !58, !73, !52}
!73 = !DILocation(line: 39, column: 69, scope: !13)
!74 = !DILocation(line: 40, column: 5, scope: !13)
!75 = !DILocation(line: 40, column: 28, scope: !13)
!76 = !DILocation(line: 40, column: 45, scope: !13)
!77 = !DILocation(line: 40, column: 64, scope: !13)
!78 = !DILocation(line: 41, column: 5, scope: !13)
!79 = !DILocation(line: 41, column: 9, scope: !13, atomGroup: 15, atomRank: 1)
!80 = !DILocation(line: 42, column: 10, scope: !13)
!81 = !DILocation(line: 42, column: 14, scope: !13, atomGroup: 16, atomRank: 1)
!82 = !DILocation(line: 42, column: 21, scope: !13)
!83 = !DILocation(line: 42, column: 23, scope: !13, atomGroup: 17, atomRank: 1)
!84 = !DILocation(line: 42, column: 5, scope: !13, atomGroup: 18, atomRank: 1)
!85 = !DILocation(line: 42, column: 5, scope: !13)
!86 = !DILocation(line: 42, column: 41, scope: !13)
!87 = !DILocation(line: 42, column: 43, scope: !13)
!88 = !DILocation(line: 42, column: 39, scope: !13)
!89 = !DILocation(line: 42, column: 53, scope: !13)
!90 = !DILocation(line: 42, column: 51, scope: !13)
!91 = !DILocation(line: 42, column: 48, scope: !13, atomGroup: 20, atomRank: 2)
!92 = !DILocation(line: 42, column: 56, scope: !13, atomGroup: 20, atomRank: 1)
!93 = !DILocation(line: 42, column: 61, scope: !13)
!94 = !DILocation(line: 42, column: 63, scope: !13)
!95 = !DILocation(line: 42, column: 59, scope: !13)
!96 = !DILocation(line: 42, column: 73, scope: !13)
!97 = !DILocation(line: 42, column: 71, scope: !13)
!98 = !DILocation(line: 42, column: 68, scope: !13, atomGroup: 21, atomRank: 2)
!99 = !DILocation(line: 42, column: 76, scope: !13, atomGroup: 21, atomRank: 1)
!100 = !DILocation(line: 42, column: 81, scope: !13)
!101 = !DILocation(line: 42, column: 83, scope: !13)
!102 = !DILocation(line: 42, column: 79, scope: !13)
!103 = !DILocation(line: 42, column: 93, scope: !13)
!104 = !DILocation(line: 42, column: 91, scope: !13)
!105 = !DILocation(line: 42, column: 88, scope: !13)
!106 = !DILocation(line: 0, scope: !13)
!107 = !DILocation(line: 42, column: 76, scope: !13)
!108 = !DILocation(line: 42, column: 36, scope: !13)
!109 = !DILocation(line: 42, column: 36, scope: !13, atomGroup: 19, atomRank: 2)
!110 = !DILocation(line: 42, column: 36, scope: !13, atomGroup: 19, atomRank: 1)
!111 = !DILocation(line: 42, column: 33, scope: !13, atomGroup: 23, atomRank: 1)
!112 = !DILocation(line: 42, column: 29, scope: !13)
!113 = !DILocation(line: 42, column: 29, scope: !13, atomGroup: 22, atomRank: 2)
!114 = !DILocation(line: 42, column: 29, scope: !13, atomGroup: 22, atomRank: 1)
!115 = distinct !{!115, !85, !116, !52}
!116 = !DILocation(line: 42, column: 94, scope: !13)
!117 = !DILocation(line: 43, column: 10, scope: !13)
!118 = !DILocation(line: 43, column: 14, scope: !13, atomGroup: 24, atomRank: 1)
!119 = !DILocation(line: 43, column: 21, scope: !13)
!120 = !DILocation(line: 43, column: 23, scope: !13, atomGroup: 25, atomRank: 1)
!121 = !DILocation(line: 43, column: 5, scope: !13, atomGroup: 26, atomRank: 1)
!122 = !DILocation(line: 43, column: 5, scope: !13)
!123 = !DILocation(line: 43, column: 43, scope: !13)
!124 = !DILocation(line: 43, column: 45, scope: !13)
!125 = !DILocation(line: 43, column: 41, scope: !13)
!126 = !DILocation(line: 43, column: 55, scope: !13)
!127 = !DILocation(line: 43, column: 53, scope: !13)
!128 = !DILocation(line: 43, column: 50, scope: !13)
!129 = !DILocation(line: 43, column: 38, scope: !13)
!130 = !DILocation(line: 43, column: 38, scope: !13, atomGroup: 27, atomRank: 2)
!131 = !DILocation(line: 43, column: 38, scope: !13, atomGroup: 27, atomRank: 1)
!132 = !DILocation(line: 43, column: 35, scope: !13, atomGroup: 29, atomRank: 1)
!133 = !DILocation(line: 43, column: 31, scope: !13)
!134 = !DILocation(line: 43, column: 31, scope: !13, atomGroup: 28, atomRank: 2)
!135 = !DILocation(line: 43, column: 31, scope: !13, atomGroup: 28, atomRank: 1)
!136 = distinct !{!136, !122, !137, !52}
!137 = !DILocation(line: 43, column: 56, scope: !13)
!138 = !DILocation(line: 44, column: 5, scope: !13)
!139 = !DILocation(line: 44, column: 19, scope: !13, atomGroup: 30, atomRank: 1)
!140 = !DILocation(line: 45, column: 10, scope: !13)
!141 = !DILocation(line: 45, column: 14, scope: !13, atomGroup: 31, atomRank: 1)
!142 = !DILocation(line: 45, column: 21, scope: !13)
!143 = !DILocation(line: 45, column: 23, scope: !13, atomGroup: 32, atomRank: 1)
!144 = !DILocation(line: 45, column: 5, scope: !13, atomGroup: 33, atomRank: 1)
!145 = !DILocation(line: 45, column: 5, scope: !13)
!146 = !DILocation(line: 45, column: 41, scope: !13)
!147 = !DILocation(line: 45, column: 43, scope: !13)
!148 = !DILocation(line: 45, column: 72, scope: !13)
!149 = !DILocation(line: 45, column: 70, scope: !13)
!150 = !DILocation(line: 45, column: 55, scope: !13)
!151 = !DILocation(line: 45, column: 53, scope: !13)
!152 = !DILocation(line: 45, column: 94, scope: !13)
!153 = !DILocation(line: 45, column: 92, scope: !13)
!154 = !DILocation(line: 45, column: 75, scope: !13)
!155 = !DILocation(line: 45, column: 122, scope: !13)
!156 = !DILocation(line: 45, column: 120, scope: !13)
!157 = !DILocation(line: 45, column: 114, scope: !13)
!158 = !DILocation(line: 45, column: 97, scope: !13, atomGroup: 34, atomRank: 2)
!159 = !DILocation(line: 45, column: 39, scope: !13, atomGroup: 34, atomRank: 1)
!160 = !DILocation(line: 45, column: 37, scope: !13, atomGroup: 36, atomRank: 1)
!161 = !DILocation(line: 45, column: 30, scope: !13)
!162 = !DILocation(line: 45, column: 30, scope: !13, atomGroup: 35, atomRank: 2)
!163 = !DILocation(line: 45, column: 30, scope: !13, atomGroup: 35, atomRank: 1)
!164 = distinct !{!164, !145, !165, !52}
!165 = !DILocation(line: 45, column: 123, scope: !13)
!166 = !DILocation(line: 46, column: 65, scope: !13)
!167 = !DILocation(line: 46, column: 69, scope: !13)
!168 = !DILocation(line: 46, column: 72, scope: !13)
!169 = !DILocation(line: 46, column: 78, scope: !13)
!170 = !DILocation(line: 46, column: 88, scope: !13)
!171 = !DILocation(line: 46, column: 94, scope: !13)
!172 = !DILocation(line: 46, column: 102, scope: !13)
!173 = !DILocation(line: 46, column: 5, scope: !13)
!174 = !DILocation(line: 48, column: 1, scope: !13)
!175 = !DILocation(line: 47, column: 5, scope: !13, atomGroup: 38, atomRank: 1)
!176 = distinct !DISubprogram(name: "rnd", scope: !14, file: !14, line: 33, type: !15, scopeLine: 33, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!177 = !DILocation(line: 33, column: 35, scope: !176)
!178 = !DILocation(line: 33, column: 39, scope: !176)
!179 = !DILocation(line: 33, column: 53, scope: !176, atomGroup: 1, atomRank: 2)
!180 = !DILocation(line: 33, column: 33, scope: !176, atomGroup: 1, atomRank: 1)
!181 = !DILocation(line: 33, column: 70, scope: !176)
!182 = !DILocation(line: 33, column: 74, scope: !176, atomGroup: 2, atomRank: 2)
!183 = !DILocation(line: 33, column: 63, scope: !176, atomGroup: 2, atomRank: 1)
!184 = distinct !DISubprogram(name: "merge_sort", scope: !14, file: !14, line: 6, type: !15, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!185 = !{!186, !186, i64 0}
!186 = !{!"p1 int", !187, i64 0}
!187 = !{!"any pointer", !11, i64 0}
!188 = !DILocation(line: 7, column: 9, scope: !184)
!189 = !DILocation(line: 7, column: 11, scope: !184, atomGroup: 1, atomRank: 2)
!190 = !DILocation(line: 7, column: 11, scope: !184, atomGroup: 1, atomRank: 1)
!191 = !DILocation(line: 7, column: 16, scope: !184, atomGroup: 2, atomRank: 1)
!192 = !DILocation(line: 8, column: 5, scope: !184)
!193 = !DILocation(line: 8, column: 13, scope: !184)
!194 = !DILocation(line: 8, column: 15, scope: !184, atomGroup: 3, atomRank: 2)
!195 = !DILocation(line: 8, column: 9, scope: !184, atomGroup: 3, atomRank: 1)
!196 = !DILocation(line: 9, column: 16, scope: !184)
!197 = !DILocation(line: 9, column: 19, scope: !184)
!198 = !DILocation(line: 9, column: 24, scope: !184)
!199 = !DILocation(line: 9, column: 5, scope: !184)
!200 = !DILocation(line: 9, column: 39, scope: !184)
!201 = !DILocation(line: 9, column: 43, scope: !184)
!202 = !DILocation(line: 9, column: 41, scope: !184)
!203 = !DILocation(line: 9, column: 46, scope: !184)
!204 = !DILocation(line: 9, column: 51, scope: !184)
!205 = !DILocation(line: 9, column: 55, scope: !184)
!206 = !DILocation(line: 9, column: 53, scope: !184)
!207 = !DILocation(line: 9, column: 28, scope: !184)
!208 = !DILocation(line: 10, column: 5, scope: !184)
!209 = !DILocation(line: 10, column: 9, scope: !184, atomGroup: 4, atomRank: 1)
!210 = !DILocation(line: 10, column: 20, scope: !184, atomGroup: 5, atomRank: 2)
!211 = !DILocation(line: 10, column: 16, scope: !184, atomGroup: 5, atomRank: 1)
!212 = !DILocation(line: 10, column: 23, scope: !184, atomGroup: 6, atomRank: 1)
!213 = !DILocation(line: 11, column: 5, scope: !184)
!214 = !DILocation(line: 11, column: 12, scope: !184)
!215 = !DILocation(line: 11, column: 16, scope: !184)
!216 = !DILocation(line: 11, column: 14, scope: !184, atomGroup: 7, atomRank: 2)
!217 = !DILocation(line: 11, column: 18, scope: !184, atomGroup: 7, atomRank: 1)
!218 = !DILocation(line: 11, column: 21, scope: !184)
!219 = !DILocation(line: 11, column: 25, scope: !184)
!220 = !DILocation(line: 11, column: 23, scope: !184)
!221 = !DILocation(line: 0, scope: !184)
!222 = !DILocation(line: 11, column: 5, scope: !184, atomGroup: 8, atomRank: 1)
!223 = !DILocation(line: 11, column: 39, scope: !184)
!224 = !DILocation(line: 11, column: 41, scope: !184)
!225 = !DILocation(line: 11, column: 47, scope: !184)
!226 = !DILocation(line: 11, column: 49, scope: !184)
!227 = !DILocation(line: 11, column: 44, scope: !184, atomGroup: 10, atomRank: 2)
!228 = !DILocation(line: 11, column: 39, scope: !184, atomGroup: 10, atomRank: 1)
!229 = !DILocation(line: 11, column: 54, scope: !184)
!230 = !DILocation(line: 11, column: 57, scope: !184)
!231 = !DILocation(line: 11, column: 57, scope: !184, atomGroup: 11, atomRank: 2)
!232 = !DILocation(line: 11, column: 57, scope: !184, atomGroup: 11, atomRank: 1)
!233 = !DILocation(line: 11, column: 63, scope: !184)
!234 = !DILocation(line: 11, column: 66, scope: !184)
!235 = !DILocation(line: 11, column: 66, scope: !184, atomGroup: 12, atomRank: 2)
!236 = !DILocation(line: 11, column: 66, scope: !184, atomGroup: 12, atomRank: 1)
!237 = !DILocation(line: 11, column: 39, scope: !184, atomGroup: 9, atomRank: 2)
!238 = !DILocation(line: 11, column: 28, scope: !184)
!239 = !DILocation(line: 11, column: 33, scope: !184)
!240 = !DILocation(line: 11, column: 33, scope: !184, atomGroup: 13, atomRank: 2)
!241 = !DILocation(line: 11, column: 33, scope: !184, atomGroup: 13, atomRank: 1)
!242 = !DILocation(line: 11, column: 37, scope: !184, atomGroup: 9, atomRank: 1)
!243 = distinct !{!243, !213, !244, !52}
!244 = !DILocation(line: 11, column: 68, scope: !184)
!245 = !DILocation(line: 12, column: 5, scope: !184)
!246 = !DILocation(line: 12, column: 12, scope: !184)
!247 = !DILocation(line: 12, column: 16, scope: !184)
!248 = !DILocation(line: 12, column: 14, scope: !184, atomGroup: 14, atomRank: 1)
!249 = !DILocation(line: 12, column: 5, scope: !184, atomGroup: 15, atomRank: 1)
!250 = !DILocation(line: 12, column: 30, scope: !184)
!251 = !DILocation(line: 12, column: 33, scope: !184)
!252 = !DILocation(line: 12, column: 33, scope: !184, atomGroup: 17, atomRank: 2)
!253 = !DILocation(line: 12, column: 33, scope: !184, atomGroup: 17, atomRank: 1)
!254 = !DILocation(line: 12, column: 30, scope: !184, atomGroup: 16, atomRank: 2)
!255 = !DILocation(line: 12, column: 19, scope: !184)
!256 = !DILocation(line: 12, column: 24, scope: !184)
!257 = !DILocation(line: 12, column: 24, scope: !184, atomGroup: 18, atomRank: 2)
!258 = !DILocation(line: 12, column: 24, scope: !184, atomGroup: 18, atomRank: 1)
!259 = !DILocation(line: 12, column: 28, scope: !184, atomGroup: 16, atomRank: 1)
!260 = distinct !{!260, !245, !261, !52}
!261 = !DILocation(line: 12, column: 35, scope: !184)
!262 = !DILocation(line: 13, column: 5, scope: !184)
!263 = !DILocation(line: 13, column: 12, scope: !184)
!264 = !DILocation(line: 13, column: 16, scope: !184)
!265 = !DILocation(line: 13, column: 14, scope: !184, atomGroup: 19, atomRank: 1)
!266 = !DILocation(line: 13, column: 5, scope: !184, atomGroup: 20, atomRank: 1)
!267 = !DILocation(line: 13, column: 30, scope: !184)
!268 = !DILocation(line: 13, column: 33, scope: !184)
!269 = !DILocation(line: 13, column: 33, scope: !184, atomGroup: 22, atomRank: 2)
!270 = !DILocation(line: 13, column: 33, scope: !184, atomGroup: 22, atomRank: 1)
!271 = !DILocation(line: 13, column: 30, scope: !184, atomGroup: 21, atomRank: 2)
!272 = !DILocation(line: 13, column: 19, scope: !184)
!273 = !DILocation(line: 13, column: 24, scope: !184)
!274 = !DILocation(line: 13, column: 24, scope: !184, atomGroup: 23, atomRank: 2)
!275 = !DILocation(line: 13, column: 24, scope: !184, atomGroup: 23, atomRank: 1)
!276 = !DILocation(line: 13, column: 28, scope: !184, atomGroup: 21, atomRank: 1)
!277 = distinct !{!277, !262, !278, !52}
!278 = !DILocation(line: 13, column: 35, scope: !184)
!279 = !DILocation(line: 14, column: 12, scope: !184)
!280 = !DILocation(line: 14, column: 15, scope: !184)
!281 = !DILocation(line: 14, column: 28, scope: !184)
!282 = !DILocation(line: 14, column: 20, scope: !184)
!283 = !DILocation(line: 14, column: 30, scope: !184)
!284 = !DILocation(line: 14, column: 5, scope: !184, atomGroup: 24, atomRank: 1)
!285 = !DILocation(line: 15, column: 1, scope: !184)
!286 = !DILocation(line: 15, column: 1, scope: !184, atomGroup: 25, atomRank: 1)
!287 = distinct !DISubprogram(name: "heap_sort", scope: !14, file: !14, line: 19, type: !15, scopeLine: 19, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!288 = !{!289, !289, i64 0}
!289 = !{!"p1 long", !187, i64 0}
!290 = !DILocation(line: 20, column: 10, scope: !287)
!291 = !DILocation(line: 20, column: 18, scope: !287)
!292 = !DILocation(line: 20, column: 20, scope: !287)
!293 = !DILocation(line: 20, column: 24, scope: !287, atomGroup: 1, atomRank: 2)
!294 = !DILocation(line: 20, column: 14, scope: !287, atomGroup: 1, atomRank: 1)
!295 = !DILocation(line: 20, column: 29, scope: !287)
!296 = !DILocation(line: 20, column: 31, scope: !287, atomGroup: 2, atomRank: 1)
!297 = !DILocation(line: 20, column: 5, scope: !287, atomGroup: 3, atomRank: 1)
!298 = !DILocation(line: 20, column: 5, scope: !287)
!299 = !DILocation(line: 20, column: 47, scope: !287)
!300 = !DILocation(line: 20, column: 50, scope: !287)
!301 = !DILocation(line: 20, column: 53, scope: !287)
!302 = !DILocation(line: 20, column: 42, scope: !287)
!303 = !DILocation(line: 20, column: 42, scope: !287, atomGroup: 5, atomRank: 1)
!304 = !DILocation(line: 20, column: 38, scope: !287)
!305 = !DILocation(line: 20, column: 38, scope: !287, atomGroup: 4, atomRank: 2)
!306 = !DILocation(line: 20, column: 38, scope: !287, atomGroup: 4, atomRank: 1)
!307 = distinct !{!307, !298, !308, !52}
!308 = !DILocation(line: 20, column: 54, scope: !287)
!309 = !DILocation(line: 21, column: 10, scope: !287)
!310 = !DILocation(line: 21, column: 18, scope: !287)
!311 = !DILocation(line: 21, column: 20, scope: !287, atomGroup: 6, atomRank: 2)
!312 = !DILocation(line: 21, column: 14, scope: !287, atomGroup: 6, atomRank: 1)
!313 = !DILocation(line: 21, column: 25, scope: !287)
!314 = !DILocation(line: 21, column: 27, scope: !287, atomGroup: 7, atomRank: 1)
!315 = !DILocation(line: 21, column: 5, scope: !287, atomGroup: 8, atomRank: 1)
!316 = !DILocation(line: 21, column: 5, scope: !287)
!317 = !DILocation(line: 21, column: 39, scope: !287)
!318 = !DILocation(line: 21, column: 48, scope: !287)
!319 = !DILocation(line: 21, column: 48, scope: !287, atomGroup: 9, atomRank: 2)
!320 = !DILocation(line: 21, column: 44, scope: !287, atomGroup: 9, atomRank: 1)
!321 = !DILocation(line: 21, column: 61, scope: !287)
!322 = !DILocation(line: 21, column: 63, scope: !287)
!323 = !DILocation(line: 21, column: 61, scope: !287, atomGroup: 10, atomRank: 2)
!324 = !DILocation(line: 21, column: 54, scope: !287)
!325 = !DILocation(line: 21, column: 59, scope: !287, atomGroup: 10, atomRank: 1)
!326 = !DILocation(line: 21, column: 74, scope: !287, atomGroup: 11, atomRank: 2)
!327 = !DILocation(line: 21, column: 67, scope: !287)
!328 = !DILocation(line: 21, column: 69, scope: !287)
!329 = !DILocation(line: 21, column: 72, scope: !287, atomGroup: 11, atomRank: 1)
!330 = !DILocation(line: 21, column: 82, scope: !287)
!331 = !DILocation(line: 21, column: 88, scope: !287)
!332 = !DILocation(line: 21, column: 77, scope: !287)
!333 = !DILocation(line: 21, column: 92, scope: !287)
!334 = !DILocation(line: 21, column: 92, scope: !287, atomGroup: 13, atomRank: 1)
!335 = !DILocation(line: 21, column: 33, scope: !287)
!336 = !DILocation(line: 21, column: 33, scope: !287, atomGroup: 12, atomRank: 2)
!337 = !DILocation(line: 21, column: 33, scope: !287, atomGroup: 12, atomRank: 1)
!338 = distinct !{!338, !316, !333, !52}
!339 = !DILocation(line: 22, column: 1, scope: !287, atomGroup: 14, atomRank: 1)
!340 = distinct !DISubprogram(name: "insertion", scope: !14, file: !14, line: 23, type: !15, scopeLine: 23, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!341 = !{!342, !342, i64 0}
!342 = !{!"p1 short", !187, i64 0}
!343 = !DILocation(line: 23, column: 47, scope: !340)
!344 = !DILocation(line: 23, column: 51, scope: !340, atomGroup: 1, atomRank: 1)
!345 = !DILocation(line: 23, column: 58, scope: !340)
!346 = !DILocation(line: 23, column: 62, scope: !340)
!347 = !DILocation(line: 23, column: 60, scope: !340, atomGroup: 2, atomRank: 1)
!348 = !DILocation(line: 23, column: 42, scope: !340, atomGroup: 3, atomRank: 1)
!349 = !DILocation(line: 23, column: 42, scope: !340)
!350 = !DILocation(line: 23, column: 72, scope: !340)
!351 = !DILocation(line: 23, column: 82, scope: !340)
!352 = !DILocation(line: 23, column: 84, scope: !340)
!353 = !DILocation(line: 23, column: 82, scope: !340, atomGroup: 4, atomRank: 2)
!354 = !DILocation(line: 23, column: 78, scope: !340, atomGroup: 4, atomRank: 1)
!355 = !DILocation(line: 23, column: 88, scope: !340)
!356 = !DILocation(line: 23, column: 96, scope: !340)
!357 = !DILocation(line: 23, column: 98, scope: !340, atomGroup: 5, atomRank: 2)
!358 = !DILocation(line: 23, column: 92, scope: !340, atomGroup: 5, atomRank: 1)
!359 = !DILocation(line: 23, column: 103, scope: !340)
!360 = !DILocation(line: 23, column: 110, scope: !340)
!361 = !DILocation(line: 23, column: 112, scope: !340, atomGroup: 6, atomRank: 2)
!362 = !DILocation(line: 23, column: 117, scope: !340, atomGroup: 6, atomRank: 1)
!363 = !DILocation(line: 23, column: 120, scope: !340)
!364 = !DILocation(line: 23, column: 122, scope: !340)
!365 = !DILocation(line: 23, column: 127, scope: !340)
!366 = !DILocation(line: 23, column: 125, scope: !340)
!367 = !DILocation(line: 0, scope: !340)
!368 = !DILocation(line: 23, column: 103, scope: !340, atomGroup: 7, atomRank: 1)
!369 = !DILocation(line: 23, column: 143, scope: !340)
!370 = !DILocation(line: 23, column: 145, scope: !340)
!371 = !DILocation(line: 23, column: 143, scope: !340, atomGroup: 8, atomRank: 2)
!372 = !DILocation(line: 23, column: 132, scope: !340)
!373 = !DILocation(line: 23, column: 134, scope: !340)
!374 = !DILocation(line: 23, column: 136, scope: !340)
!375 = !DILocation(line: 23, column: 141, scope: !340, atomGroup: 8, atomRank: 1)
!376 = !DILocation(line: 23, column: 150, scope: !340)
!377 = !DILocation(line: 23, column: 150, scope: !340, atomGroup: 9, atomRank: 2)
!378 = !DILocation(line: 23, column: 150, scope: !340, atomGroup: 9, atomRank: 1)
!379 = distinct !{!379, !359, !380, !52}
!380 = !DILocation(line: 23, column: 154, scope: !340)
!381 = !DILocation(line: 23, column: 167, scope: !340, atomGroup: 10, atomRank: 2)
!382 = !DILocation(line: 23, column: 156, scope: !340)
!383 = !DILocation(line: 23, column: 158, scope: !340)
!384 = !DILocation(line: 23, column: 160, scope: !340)
!385 = !DILocation(line: 23, column: 165, scope: !340, atomGroup: 10, atomRank: 1)
!386 = !DILocation(line: 23, column: 170, scope: !340)
!387 = !DILocation(line: 23, column: 170, scope: !340, atomGroup: 12, atomRank: 1)
!388 = !DILocation(line: 23, column: 66, scope: !340)
!389 = !DILocation(line: 23, column: 66, scope: !340, atomGroup: 11, atomRank: 2)
!390 = !DILocation(line: 23, column: 66, scope: !340, atomGroup: 11, atomRank: 1)
!391 = distinct !{!391, !349, !386, !52}
!392 = !DILocation(line: 23, column: 172, scope: !340, atomGroup: 13, atomRank: 1)
!393 = distinct !DISubprogram(name: "quick", scope: !14, file: !14, line: 24, type: !15, scopeLine: 24, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!394 = !{!395, !395, i64 0}
!395 = !{!"p1 double", !187, i64 0}
!396 = !DILocation(line: 25, column: 5, scope: !393)
!397 = !DILocation(line: 25, column: 12, scope: !393)
!398 = !DILocation(line: 25, column: 17, scope: !393)
!399 = !DILocation(line: 25, column: 15, scope: !393, atomGroup: 1, atomRank: 1)
!400 = !DILocation(line: 25, column: 5, scope: !393, atomGroup: 2, atomRank: 1)
!401 = !DILocation(line: 26, column: 9, scope: !393)
!402 = !DILocation(line: 26, column: 20, scope: !393)
!403 = !DILocation(line: 26, column: 23, scope: !393)
!404 = !DILocation(line: 26, column: 28, scope: !393)
!405 = !DILocation(line: 26, column: 26, scope: !393)
!406 = !DILocation(line: 26, column: 32, scope: !393)
!407 = !DILocation(line: 26, column: 20, scope: !393, atomGroup: 3, atomRank: 2)
!408 = !DILocation(line: 26, column: 16, scope: !393, atomGroup: 3, atomRank: 1)
!409 = !DILocation(line: 26, column: 38, scope: !393)
!410 = !DILocation(line: 26, column: 46, scope: !393, atomGroup: 4, atomRank: 2)
!411 = !DILocation(line: 26, column: 42, scope: !393, atomGroup: 4, atomRank: 1)
!412 = !DILocation(line: 26, column: 54, scope: !393, atomGroup: 5, atomRank: 2)
!413 = !DILocation(line: 26, column: 50, scope: !393, atomGroup: 5, atomRank: 1)
!414 = !DILocation(line: 27, column: 9, scope: !393)
!415 = !DILocation(line: 27, column: 16, scope: !393)
!416 = !DILocation(line: 27, column: 21, scope: !393)
!417 = !DILocation(line: 27, column: 18, scope: !393, atomGroup: 6, atomRank: 1)
!418 = !DILocation(line: 27, column: 9, scope: !393, atomGroup: 7, atomRank: 1)
!419 = !DILocation(line: 27, column: 26, scope: !393)
!420 = !DILocation(line: 27, column: 33, scope: !393)
!421 = !DILocation(line: 27, column: 35, scope: !393)
!422 = !DILocation(line: 27, column: 40, scope: !393)
!423 = !DILocation(line: 27, column: 38, scope: !393, atomGroup: 8, atomRank: 1)
!424 = !DILocation(line: 27, column: 26, scope: !393, atomGroup: 9, atomRank: 1)
!425 = !DILocation(line: 27, column: 44, scope: !393)
!426 = !DILocation(line: 27, column: 44, scope: !393, atomGroup: 10, atomRank: 2)
!427 = !DILocation(line: 27, column: 44, scope: !393, atomGroup: 10, atomRank: 1)
!428 = distinct !{!428, !419, !425, !52}
!429 = !DILocation(line: 27, column: 48, scope: !393)
!430 = !DILocation(line: 27, column: 55, scope: !393)
!431 = !DILocation(line: 27, column: 57, scope: !393)
!432 = !DILocation(line: 27, column: 62, scope: !393)
!433 = !DILocation(line: 27, column: 60, scope: !393, atomGroup: 11, atomRank: 1)
!434 = !DILocation(line: 27, column: 48, scope: !393, atomGroup: 12, atomRank: 1)
!435 = !DILocation(line: 27, column: 66, scope: !393)
!436 = !DILocation(line: 27, column: 66, scope: !393, atomGroup: 13, atomRank: 2)
!437 = !DILocation(line: 27, column: 66, scope: !393, atomGroup: 13, atomRank: 1)
!438 = distinct !{!438, !429, !435, !52}
!439 = !DILocation(line: 27, column: 74, scope: !393)
!440 = !DILocation(line: 27, column: 79, scope: !393)
!441 = !DILocation(line: 27, column: 76, scope: !393, atomGroup: 14, atomRank: 2)
!442 = !DILocation(line: 27, column: 76, scope: !393, atomGroup: 14, atomRank: 1)
!443 = !DILocation(line: 27, column: 84, scope: !393)
!444 = !DILocation(line: 27, column: 95, scope: !393)
!445 = !DILocation(line: 27, column: 97, scope: !393)
!446 = !DILocation(line: 27, column: 95, scope: !393, atomGroup: 15, atomRank: 2)
!447 = !DILocation(line: 27, column: 91, scope: !393, atomGroup: 15, atomRank: 1)
!448 = !DILocation(line: 27, column: 108, scope: !393)
!449 = !DILocation(line: 27, column: 110, scope: !393)
!450 = !DILocation(line: 27, column: 108, scope: !393, atomGroup: 16, atomRank: 2)
!451 = !DILocation(line: 27, column: 101, scope: !393)
!452 = !DILocation(line: 27, column: 103, scope: !393)
!453 = !DILocation(line: 27, column: 106, scope: !393, atomGroup: 16, atomRank: 1)
!454 = !DILocation(line: 27, column: 121, scope: !393, atomGroup: 17, atomRank: 2)
!455 = !DILocation(line: 27, column: 114, scope: !393)
!456 = !DILocation(line: 27, column: 116, scope: !393)
!457 = !DILocation(line: 27, column: 119, scope: !393, atomGroup: 17, atomRank: 1)
!458 = !DILocation(line: 27, column: 125, scope: !393)
!459 = !DILocation(line: 27, column: 125, scope: !393, atomGroup: 18, atomRank: 2)
!460 = !DILocation(line: 27, column: 125, scope: !393, atomGroup: 18, atomRank: 1)
!461 = !DILocation(line: 27, column: 130, scope: !393)
!462 = !DILocation(line: 27, column: 130, scope: !393, atomGroup: 19, atomRank: 2)
!463 = !DILocation(line: 27, column: 130, scope: !393, atomGroup: 19, atomRank: 1)
!464 = !DILocation(line: 27, column: 134, scope: !393)
!465 = distinct !{!465, !414, !466, !52}
!466 = !DILocation(line: 27, column: 136, scope: !393)
!467 = !DILocation(line: 28, column: 13, scope: !393)
!468 = !DILocation(line: 28, column: 17, scope: !393)
!469 = !DILocation(line: 28, column: 15, scope: !393)
!470 = !DILocation(line: 28, column: 22, scope: !393)
!471 = !DILocation(line: 28, column: 27, scope: !393)
!472 = !DILocation(line: 28, column: 25, scope: !393)
!473 = !DILocation(line: 28, column: 20, scope: !393, atomGroup: 20, atomRank: 2)
!474 = !DILocation(line: 28, column: 20, scope: !393, atomGroup: 20, atomRank: 1)
!475 = !DILocation(line: 28, column: 38, scope: !393)
!476 = !DILocation(line: 28, column: 41, scope: !393)
!477 = !DILocation(line: 28, column: 45, scope: !393)
!478 = !DILocation(line: 28, column: 32, scope: !393)
!479 = !DILocation(line: 28, column: 54, scope: !393, atomGroup: 21, atomRank: 2)
!480 = !DILocation(line: 28, column: 52, scope: !393, atomGroup: 21, atomRank: 1)
!481 = !DILocation(line: 28, column: 57, scope: !393)
!482 = !DILocation(line: 28, column: 72, scope: !393)
!483 = !DILocation(line: 28, column: 75, scope: !393)
!484 = !DILocation(line: 28, column: 78, scope: !393)
!485 = !DILocation(line: 28, column: 66, scope: !393)
!486 = !DILocation(line: 28, column: 88, scope: !393, atomGroup: 22, atomRank: 2)
!487 = !DILocation(line: 28, column: 86, scope: !393, atomGroup: 22, atomRank: 1)
!488 = !DILocation(line: 29, column: 5, scope: !393)
!489 = distinct !{!489, !396, !488, !52}
!490 = !DILocation(line: 30, column: 1, scope: !393, atomGroup: 23, atomRank: 1)
!491 = !DISubprogram(name: "printf", scope: !492, file: !492, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!492 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!493 = distinct !DISubprogram(name: "sift", scope: !14, file: !14, line: 16, type: !15, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!494 = !DILocation(line: 17, column: 5, scope: !493)
!495 = !DILocation(line: 17, column: 16, scope: !493)
!496 = !DILocation(line: 17, column: 28, scope: !493)
!497 = !DILocation(line: 17, column: 26, scope: !493)
!498 = !DILocation(line: 17, column: 30, scope: !493, atomGroup: 1, atomRank: 2)
!499 = !DILocation(line: 17, column: 20, scope: !493, atomGroup: 1, atomRank: 1)
!500 = !DILocation(line: 17, column: 39, scope: !493)
!501 = !DILocation(line: 17, column: 44, scope: !493)
!502 = !DILocation(line: 17, column: 41, scope: !493, atomGroup: 2, atomRank: 2)
!503 = !DILocation(line: 17, column: 41, scope: !493, atomGroup: 2, atomRank: 1)
!504 = !DILocation(line: 17, column: 47, scope: !493, atomGroup: 3, atomRank: 1)
!505 = !DILocation(line: 17, column: 59, scope: !493)
!506 = !DILocation(line: 17, column: 61, scope: !493)
!507 = !DILocation(line: 17, column: 67, scope: !493)
!508 = !DILocation(line: 17, column: 65, scope: !493, atomGroup: 4, atomRank: 2)
!509 = !DILocation(line: 17, column: 69, scope: !493, atomGroup: 4, atomRank: 1)
!510 = !DILocation(line: 17, column: 72, scope: !493)
!511 = !DILocation(line: 17, column: 74, scope: !493)
!512 = !DILocation(line: 17, column: 76, scope: !493)
!513 = !DILocation(line: 17, column: 83, scope: !493)
!514 = !DILocation(line: 17, column: 85, scope: !493)
!515 = !DILocation(line: 17, column: 81, scope: !493, atomGroup: 5, atomRank: 2)
!516 = !DILocation(line: 17, column: 69, scope: !493, atomGroup: 5, atomRank: 1)
!517 = !DILocation(line: 17, column: 90, scope: !493)
!518 = !DILocation(line: 17, column: 90, scope: !493, atomGroup: 6, atomRank: 2)
!519 = !DILocation(line: 17, column: 90, scope: !493, atomGroup: 6, atomRank: 1)
!520 = !DILocation(line: 17, column: 89, scope: !493)
!521 = !DILocation(line: 17, column: 98, scope: !493)
!522 = !DILocation(line: 17, column: 100, scope: !493)
!523 = !DILocation(line: 17, column: 106, scope: !493)
!524 = !DILocation(line: 17, column: 108, scope: !493)
!525 = !DILocation(line: 17, column: 103, scope: !493, atomGroup: 7, atomRank: 2)
!526 = !DILocation(line: 17, column: 103, scope: !493, atomGroup: 7, atomRank: 1)
!527 = !DILocation(line: 17, column: 112, scope: !493, atomGroup: 8, atomRank: 1)
!528 = !DILocation(line: 17, column: 120, scope: !493)
!529 = !DILocation(line: 17, column: 129, scope: !493)
!530 = !DILocation(line: 17, column: 131, scope: !493)
!531 = !DILocation(line: 17, column: 129, scope: !493, atomGroup: 9, atomRank: 2)
!532 = !DILocation(line: 17, column: 125, scope: !493, atomGroup: 9, atomRank: 1)
!533 = !DILocation(line: 17, column: 142, scope: !493)
!534 = !DILocation(line: 17, column: 144, scope: !493)
!535 = !DILocation(line: 17, column: 142, scope: !493, atomGroup: 10, atomRank: 2)
!536 = !DILocation(line: 17, column: 135, scope: !493)
!537 = !DILocation(line: 17, column: 137, scope: !493)
!538 = !DILocation(line: 17, column: 140, scope: !493, atomGroup: 10, atomRank: 1)
!539 = !DILocation(line: 17, column: 155, scope: !493, atomGroup: 11, atomRank: 2)
!540 = !DILocation(line: 17, column: 148, scope: !493)
!541 = !DILocation(line: 17, column: 150, scope: !493)
!542 = !DILocation(line: 17, column: 153, scope: !493, atomGroup: 11, atomRank: 1)
!543 = !DILocation(line: 17, column: 162, scope: !493, atomGroup: 12, atomRank: 2)
!544 = !DILocation(line: 17, column: 160, scope: !493, atomGroup: 12, atomRank: 1)
!545 = !DILocation(line: 17, column: 165, scope: !493)
!546 = !DILocation(line: 17, column: 5, scope: !493, atomGroup: 13, atomRank: 1)
!547 = distinct !{!547, !494, !545}
!548 = !DILocation(line: 18, column: 1, scope: !493, atomGroup: 14, atomRank: 1)
