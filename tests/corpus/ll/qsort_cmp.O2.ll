; ModuleID = 'qsort_cmp.c'
source_filename = "qsort_cmp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.person = type { [12 x i8], i32 }

@.str = private unnamed_addr constant [21 x i8] c"ints %d %d %d h=%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [10 x i8] c"found %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"dbl %.17g %.17g\0A\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"pear\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"apple\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"fig\00", align 1
@.str.6 = private unnamed_addr constant [7 x i8] c"banana\00", align 1
@.str.7 = private unnamed_addr constant [7 x i8] c"cherry\00", align 1
@.str.8 = private unnamed_addr constant [5 x i8] c"date\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"apricot\00", align 1
@__const.main.w = private unnamed_addr constant [7 x ptr] [ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9], align 16
@.str.10 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@.str.11 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@__const.main.ps = private unnamed_addr constant [5 x %struct.person] [%struct.person { [12 x i8] c"zoe\00\00\00\00\00\00\00\00\00", i32 30 }, %struct.person { [12 x i8] c"adam\00\00\00\00\00\00\00\00", i32 25 }, %struct.person { [12 x i8] c"eve\00\00\00\00\00\00\00\00\00", i32 30 }, %struct.person { [12 x i8] c"bob\00\00\00\00\00\00\00\00\00", i32 25 }, %struct.person { [12 x i8] c"carl\00\00\00\00\00\00\00\00", i32 40 }], align 16
@.str.12 = private unnamed_addr constant [7 x i8] c"%s:%d \00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca [300 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca [50 x double], align 16
  %10 = alloca i32, align 4
  %11 = alloca [7 x ptr], align 16
  %12 = alloca i32, align 4
  %13 = alloca [5 x %struct.person], align 16
  %14 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6, !dbg !17
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !18
  store i32 -1831433054, ptr %3, align 4, !dbg !19, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !20
  store i32 0, ptr %4, align 4, !dbg !21, !tbaa !9
  br label %15, !dbg !20

15:                                               ; preds = %38, %0
  %16 = load i32, ptr %4, align 4, !dbg !22, !tbaa !9
  %17 = icmp slt i32 %16, 300, !dbg !23
  br i1 %17, label %19, label %18, !dbg !24

18:                                               ; preds = %15
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !25
  br label %41

19:                                               ; preds = %15
  %20 = load i32, ptr %3, align 4, !dbg !26, !tbaa !9
  %21 = shl i32 %20, 13, !dbg !27
  %22 = load i32, ptr %3, align 4, !dbg !28, !tbaa !9
  %23 = xor i32 %22, %21, !dbg !29
  store i32 %23, ptr %3, align 4, !dbg !30, !tbaa !9
  %24 = load i32, ptr %3, align 4, !dbg !31, !tbaa !9
  %25 = lshr i32 %24, 17, !dbg !32
  %26 = load i32, ptr %3, align 4, !dbg !33, !tbaa !9
  %27 = xor i32 %26, %25, !dbg !34
  store i32 %27, ptr %3, align 4, !dbg !35, !tbaa !9
  %28 = load i32, ptr %3, align 4, !dbg !36, !tbaa !9
  %29 = shl i32 %28, 5, !dbg !37
  %30 = load i32, ptr %3, align 4, !dbg !38, !tbaa !9
  %31 = xor i32 %30, %29, !dbg !39
  store i32 %31, ptr %3, align 4, !dbg !40, !tbaa !9
  %32 = load i32, ptr %3, align 4, !dbg !41, !tbaa !9
  %33 = urem i32 %32, 10000, !dbg !42
  %34 = sub nsw i32 %33, 5000, !dbg !43
  %35 = load i32, ptr %4, align 4, !dbg !44, !tbaa !9
  %36 = sext i32 %35 to i64, !dbg !45
  %37 = getelementptr inbounds [300 x i32], ptr %2, i64 0, i64 %36, !dbg !45
  store i32 %34, ptr %37, align 4, !dbg !46, !tbaa !9
  br label %38, !dbg !47

38:                                               ; preds = %19
  %39 = load i32, ptr %4, align 4, !dbg !48, !tbaa !9
  %40 = add nsw i32 %39, 1, !dbg !49
  store i32 %40, ptr %4, align 4, !dbg !50, !tbaa !9
  br label %15, !dbg !25, !llvm.loop !51

41:                                               ; preds = %18
  %42 = getelementptr inbounds [300 x i32], ptr %2, i64 0, i64 0, !dbg !54
  call void @qsort(ptr noundef %42, i64 noundef 300, i64 noundef 4, ptr noundef @cmp_int), !dbg !55
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !56
  store i64 0, ptr %5, align 8, !dbg !57, !tbaa !58
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !60
  store i32 0, ptr %6, align 4, !dbg !61, !tbaa !9
  br label %43, !dbg !60

43:                                               ; preds = %56, %41
  %44 = load i32, ptr %6, align 4, !dbg !62, !tbaa !9
  %45 = icmp slt i32 %44, 300, !dbg !63
  br i1 %45, label %47, label %46, !dbg !64

46:                                               ; preds = %43
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !65
  br label %59

47:                                               ; preds = %43
  %48 = load i64, ptr %5, align 8, !dbg !66, !tbaa !58
  %49 = mul nsw i64 %48, 7, !dbg !67
  %50 = load i32, ptr %6, align 4, !dbg !68, !tbaa !9
  %51 = sext i32 %50 to i64, !dbg !69
  %52 = getelementptr inbounds [300 x i32], ptr %2, i64 0, i64 %51, !dbg !69
  %53 = load i32, ptr %52, align 4, !dbg !69, !tbaa !9
  %54 = sext i32 %53 to i64, !dbg !69
  %55 = add nsw i64 %49, %54, !dbg !70
  store i64 %55, ptr %5, align 8, !dbg !71, !tbaa !58
  br label %56, !dbg !72

56:                                               ; preds = %47
  %57 = load i32, ptr %6, align 4, !dbg !73, !tbaa !9
  %58 = add nsw i32 %57, 1, !dbg !74
  store i32 %58, ptr %6, align 4, !dbg !75, !tbaa !9
  br label %43, !dbg !65, !llvm.loop !76

59:                                               ; preds = %46
  %60 = getelementptr inbounds [300 x i32], ptr %2, i64 0, i64 0, !dbg !78
  %61 = load i32, ptr %60, align 16, !dbg !78, !tbaa !9
  %62 = getelementptr inbounds [300 x i32], ptr %2, i64 0, i64 150, !dbg !79
  %63 = load i32, ptr %62, align 8, !dbg !79, !tbaa !9
  %64 = getelementptr inbounds [300 x i32], ptr %2, i64 0, i64 299, !dbg !80
  %65 = load i32, ptr %64, align 4, !dbg !80, !tbaa !9
  %66 = load i64, ptr %5, align 8, !dbg !81, !tbaa !58
  %67 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %61, i32 noundef %63, i32 noundef %65, i64 noundef %66), !dbg !82
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !83
  %68 = getelementptr inbounds [300 x i32], ptr %2, i64 0, i64 123, !dbg !84
  %69 = load i32, ptr %68, align 4, !dbg !85, !tbaa !9
  store i32 %69, ptr %7, align 4, !dbg !86, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #6, !dbg !87
  %70 = getelementptr inbounds [300 x i32], ptr %2, i64 0, i64 0, !dbg !88
  %71 = call ptr @bsearch(ptr noundef %7, ptr noundef %70, i64 noundef 300, i64 noundef 4, ptr noundef @cmp_int), !dbg !89
  store ptr %71, ptr %8, align 8, !dbg !90, !tbaa !91
  %72 = load ptr, ptr %8, align 8, !dbg !94, !tbaa !91
  %73 = icmp ne ptr %72, null, !dbg !95
  br i1 %73, label %74, label %79, !dbg !96

74:                                               ; preds = %59
  %75 = load ptr, ptr %8, align 8, !dbg !97, !tbaa !91
  %76 = load i32, ptr %75, align 4, !dbg !98, !tbaa !9
  %77 = load i32, ptr %7, align 4, !dbg !99, !tbaa !9
  %78 = icmp eq i32 %76, %77, !dbg !100
  br label %79

79:                                               ; preds = %74, %59
  %80 = phi i1 [ false, %59 ], [ %78, %74 ], !dbg !101
  %81 = zext i1 %80 to i32, !dbg !102
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %81), !dbg !103
  call void @llvm.lifetime.start.p0(ptr %9) #6, !dbg !104
  call void @llvm.lifetime.start.p0(ptr %10) #6, !dbg !105
  store i32 0, ptr %10, align 4, !dbg !106, !tbaa !9
  br label %83, !dbg !105

83:                                               ; preds = %96, %79
  %84 = load i32, ptr %10, align 4, !dbg !107, !tbaa !9
  %85 = icmp slt i32 %84, 50, !dbg !108
  br i1 %85, label %87, label %86, !dbg !109

86:                                               ; preds = %83
  call void @llvm.lifetime.end.p0(ptr %10) #6, !dbg !110
  br label %99

87:                                               ; preds = %83
  %88 = load i32, ptr %10, align 4, !dbg !111, !tbaa !9
  %89 = mul nsw i32 %88, 7919, !dbg !112
  %90 = srem i32 %89, 101, !dbg !113
  %91 = sitofp i32 %90 to double, !dbg !114
  %92 = fdiv double %91, 7.000000e+00, !dbg !115
  %93 = load i32, ptr %10, align 4, !dbg !116, !tbaa !9
  %94 = sext i32 %93 to i64, !dbg !117
  %95 = getelementptr inbounds [50 x double], ptr %9, i64 0, i64 %94, !dbg !117
  store double %92, ptr %95, align 8, !dbg !118, !tbaa !119
  br label %96, !dbg !121

96:                                               ; preds = %87
  %97 = load i32, ptr %10, align 4, !dbg !122, !tbaa !9
  %98 = add nsw i32 %97, 1, !dbg !123
  store i32 %98, ptr %10, align 4, !dbg !124, !tbaa !9
  br label %83, !dbg !110, !llvm.loop !125

99:                                               ; preds = %86
  %100 = getelementptr inbounds [50 x double], ptr %9, i64 0, i64 0, !dbg !127
  call void @qsort(ptr noundef %100, i64 noundef 50, i64 noundef 8, ptr noundef @cmp_dbl_desc), !dbg !128
  %101 = getelementptr inbounds [50 x double], ptr %9, i64 0, i64 0, !dbg !129
  %102 = load double, ptr %101, align 16, !dbg !129, !tbaa !119
  %103 = getelementptr inbounds [50 x double], ptr %9, i64 0, i64 49, !dbg !130
  %104 = load double, ptr %103, align 8, !dbg !130, !tbaa !119
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %102, double noundef %104), !dbg !131
  call void @llvm.lifetime.start.p0(ptr %11) #6, !dbg !132
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %11, ptr align 16 @__const.main.w, i64 56, i1 false), !dbg !133
  %106 = getelementptr inbounds [7 x ptr], ptr %11, i64 0, i64 0, !dbg !134
  call void @qsort(ptr noundef %106, i64 noundef 7, i64 noundef 8, ptr noundef @cmp_str), !dbg !135
  call void @llvm.lifetime.start.p0(ptr %12) #6, !dbg !136
  store i32 0, ptr %12, align 4, !dbg !137, !tbaa !9
  br label %107, !dbg !136

107:                                              ; preds = %117, %99
  %108 = load i32, ptr %12, align 4, !dbg !138, !tbaa !9
  %109 = icmp slt i32 %108, 7, !dbg !139
  br i1 %109, label %111, label %110, !dbg !140

110:                                              ; preds = %107
  call void @llvm.lifetime.end.p0(ptr %12) #6, !dbg !141
  br label %120

111:                                              ; preds = %107
  %112 = load i32, ptr %12, align 4, !dbg !142, !tbaa !9
  %113 = sext i32 %112 to i64, !dbg !143
  %114 = getelementptr inbounds [7 x ptr], ptr %11, i64 0, i64 %113, !dbg !143
  %115 = load ptr, ptr %114, align 8, !dbg !143, !tbaa !144
  %116 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef %115), !dbg !146
  br label %117, !dbg !147

117:                                              ; preds = %111
  %118 = load i32, ptr %12, align 4, !dbg !148, !tbaa !9
  %119 = add nsw i32 %118, 1, !dbg !149
  store i32 %119, ptr %12, align 4, !dbg !150, !tbaa !9
  br label %107, !dbg !141, !llvm.loop !151

120:                                              ; preds = %110
  %121 = call i32 (ptr, ...) @printf(ptr noundef @.str.11), !dbg !153
  call void @llvm.lifetime.start.p0(ptr %13) #6, !dbg !154
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %13, ptr align 16 @__const.main.ps, i64 80, i1 false), !dbg !155
  %122 = getelementptr inbounds [5 x %struct.person], ptr %13, i64 0, i64 0, !dbg !156
  call void @qsort(ptr noundef %122, i64 noundef 5, i64 noundef 16, ptr noundef @cmp_person), !dbg !157
  call void @llvm.lifetime.start.p0(ptr %14) #6, !dbg !158
  store i32 0, ptr %14, align 4, !dbg !159, !tbaa !9
  br label %123, !dbg !158

123:                                              ; preds = %139, %120
  %124 = load i32, ptr %14, align 4, !dbg !160, !tbaa !9
  %125 = icmp slt i32 %124, 5, !dbg !161
  br i1 %125, label %127, label %126, !dbg !162

126:                                              ; preds = %123
  call void @llvm.lifetime.end.p0(ptr %14) #6, !dbg !163
  br label %142

127:                                              ; preds = %123
  %128 = load i32, ptr %14, align 4, !dbg !164, !tbaa !9
  %129 = sext i32 %128 to i64, !dbg !165
  %130 = getelementptr inbounds [5 x %struct.person], ptr %13, i64 0, i64 %129, !dbg !165
  %131 = getelementptr inbounds nuw %struct.person, ptr %130, i32 0, i32 0, !dbg !166
  %132 = getelementptr inbounds [12 x i8], ptr %131, i64 0, i64 0, !dbg !165
  %133 = load i32, ptr %14, align 4, !dbg !167, !tbaa !9
  %134 = sext i32 %133 to i64, !dbg !168
  %135 = getelementptr inbounds [5 x %struct.person], ptr %13, i64 0, i64 %134, !dbg !168
  %136 = getelementptr inbounds nuw %struct.person, ptr %135, i32 0, i32 1, !dbg !169
  %137 = load i32, ptr %136, align 4, !dbg !169, !tbaa !170
  %138 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, ptr noundef %132, i32 noundef %137), !dbg !172
  br label %139, !dbg !173

139:                                              ; preds = %127
  %140 = load i32, ptr %14, align 4, !dbg !174, !tbaa !9
  %141 = add nsw i32 %140, 1, !dbg !175
  store i32 %141, ptr %14, align 4, !dbg !176, !tbaa !9
  br label %123, !dbg !163, !llvm.loop !177

142:                                              ; preds = %126
  %143 = call i32 (ptr, ...) @printf(ptr noundef @.str.11), !dbg !179
  call void @llvm.lifetime.end.p0(ptr %13) #6, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %11) #6, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %9) #6, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %8) #6, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %2) #6, !dbg !180
  ret i32 0, !dbg !181
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !182 void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #2

; Function Attrs: nounwind uwtable
define internal i32 @cmp_int(ptr noundef %0, ptr noundef %1) #0 !dbg !184 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !185
  store ptr %1, ptr %4, align 8, !tbaa !185
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !186
  %7 = load ptr, ptr %3, align 8, !dbg !187, !tbaa !185
  %8 = load i32, ptr %7, align 4, !dbg !188, !tbaa !9
  store i32 %8, ptr %5, align 4, !dbg !189, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !186
  %9 = load ptr, ptr %4, align 8, !dbg !190, !tbaa !185
  %10 = load i32, ptr %9, align 4, !dbg !191, !tbaa !9
  store i32 %10, ptr %6, align 4, !dbg !192, !tbaa !9
  %11 = load i32, ptr %5, align 4, !dbg !193, !tbaa !9
  %12 = load i32, ptr %6, align 4, !dbg !194, !tbaa !9
  %13 = icmp sgt i32 %11, %12, !dbg !195
  %14 = zext i1 %13 to i32, !dbg !195
  %15 = load i32, ptr %5, align 4, !dbg !196, !tbaa !9
  %16 = load i32, ptr %6, align 4, !dbg !197, !tbaa !9
  %17 = icmp slt i32 %15, %16, !dbg !198
  %18 = zext i1 %17 to i32, !dbg !198
  %19 = sub nsw i32 %14, %18, !dbg !199
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !200
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !200
  ret i32 %19, !dbg !201
}

declare !dbg !202 i32 @printf(ptr noundef, ...) #2

; Function Attrs: inlinehint nounwind uwtable
define available_externally ptr @bsearch(ptr noundef nonnull %0, ptr noundef nonnull %1, i64 noundef %2, i64 noundef %3, ptr noundef nonnull %4) #3 !dbg !204 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca ptr, align 8
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  store ptr %0, ptr %7, align 8, !tbaa !185
  store ptr %1, ptr %8, align 8, !tbaa !185
  store i64 %2, ptr %9, align 8, !tbaa !58
  store i64 %3, ptr %10, align 8, !tbaa !58
  store ptr %4, ptr %11, align 8, !tbaa !185
  call void @llvm.lifetime.start.p0(ptr %12) #6, !dbg !206
  call void @llvm.lifetime.start.p0(ptr %13) #6, !dbg !206
  call void @llvm.lifetime.start.p0(ptr %14) #6, !dbg !206
  call void @llvm.lifetime.start.p0(ptr %15) #6, !dbg !207
  call void @llvm.lifetime.start.p0(ptr %16) #6, !dbg !208
  store i64 0, ptr %12, align 8, !dbg !209, !tbaa !58
  %18 = load i64, ptr %9, align 8, !dbg !210, !tbaa !58
  store i64 %18, ptr %13, align 8, !dbg !211, !tbaa !58
  br label %19, !dbg !212

19:                                               ; preds = %50, %5
  %20 = load i64, ptr %12, align 8, !dbg !213, !tbaa !58
  %21 = load i64, ptr %13, align 8, !dbg !214, !tbaa !58
  %22 = icmp ult i64 %20, %21, !dbg !215
  br i1 %22, label %23, label %51, !dbg !216

23:                                               ; preds = %19
  %24 = load i64, ptr %12, align 8, !dbg !217, !tbaa !58
  %25 = load i64, ptr %13, align 8, !dbg !218, !tbaa !58
  %26 = add i64 %24, %25, !dbg !219
  %27 = udiv i64 %26, 2, !dbg !220
  store i64 %27, ptr %14, align 8, !dbg !221, !tbaa !58
  %28 = load ptr, ptr %8, align 8, !dbg !222, !tbaa !185
  %29 = load i64, ptr %14, align 8, !dbg !223, !tbaa !58
  %30 = load i64, ptr %10, align 8, !dbg !224, !tbaa !58
  %31 = mul i64 %29, %30, !dbg !225
  %32 = getelementptr inbounds nuw i8, ptr %28, i64 %31, !dbg !226
  store ptr %32, ptr %15, align 8, !dbg !227, !tbaa !185
  %33 = load ptr, ptr %11, align 8, !dbg !228, !tbaa !185
  %34 = load ptr, ptr %7, align 8, !dbg !229, !tbaa !185
  %35 = load ptr, ptr %15, align 8, !dbg !230, !tbaa !185
  %36 = call i32 %33(ptr noundef %34, ptr noundef %35), !dbg !231
  store i32 %36, ptr %16, align 4, !dbg !232, !tbaa !9
  %37 = load i32, ptr %16, align 4, !dbg !233, !tbaa !9
  %38 = icmp slt i32 %37, 0, !dbg !234
  br i1 %38, label %39, label %41, !dbg !235

39:                                               ; preds = %23
  %40 = load i64, ptr %14, align 8, !dbg !236, !tbaa !58
  store i64 %40, ptr %13, align 8, !dbg !237, !tbaa !58
  br label %50, !dbg !238

41:                                               ; preds = %23
  %42 = load i32, ptr %16, align 4, !dbg !239, !tbaa !9
  %43 = icmp sgt i32 %42, 0, !dbg !240
  br i1 %43, label %44, label %47, !dbg !241

44:                                               ; preds = %41
  %45 = load i64, ptr %14, align 8, !dbg !242, !tbaa !58
  %46 = add i64 %45, 1, !dbg !243
  store i64 %46, ptr %12, align 8, !dbg !244, !tbaa !58
  br label %49, !dbg !245

47:                                               ; preds = %41
  %48 = load ptr, ptr %15, align 8, !dbg !246, !tbaa !185
  store ptr %48, ptr %6, align 8, !dbg !247
  store i32 1, ptr %17, align 4
  br label %52, !dbg !247

49:                                               ; preds = %44
  br label %50

50:                                               ; preds = %49, %39
  br label %19, !dbg !212, !llvm.loop !248

51:                                               ; preds = %19
  store ptr null, ptr %6, align 8, !dbg !250
  store i32 1, ptr %17, align 4
  br label %52, !dbg !250

52:                                               ; preds = %51, %47
  call void @llvm.lifetime.end.p0(ptr %16) #6, !dbg !251
  call void @llvm.lifetime.end.p0(ptr %15) #6, !dbg !251
  call void @llvm.lifetime.end.p0(ptr %14) #6, !dbg !251
  call void @llvm.lifetime.end.p0(ptr %13) #6, !dbg !251
  call void @llvm.lifetime.end.p0(ptr %12) #6, !dbg !251
  %53 = load ptr, ptr %6, align 8, !dbg !252
  ret ptr %53, !dbg !253
}

; Function Attrs: nounwind uwtable
define internal i32 @cmp_dbl_desc(ptr noundef %0, ptr noundef %1) #0 !dbg !254 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store ptr %0, ptr %3, align 8, !tbaa !185
  store ptr %1, ptr %4, align 8, !tbaa !185
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !255
  %7 = load ptr, ptr %3, align 8, !dbg !256, !tbaa !185
  %8 = load double, ptr %7, align 8, !dbg !257, !tbaa !119
  store double %8, ptr %5, align 8, !dbg !258, !tbaa !119
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !255
  %9 = load ptr, ptr %4, align 8, !dbg !259, !tbaa !185
  %10 = load double, ptr %9, align 8, !dbg !260, !tbaa !119
  store double %10, ptr %6, align 8, !dbg !261, !tbaa !119
  %11 = load double, ptr %5, align 8, !dbg !262, !tbaa !119
  %12 = load double, ptr %6, align 8, !dbg !263, !tbaa !119
  %13 = fcmp olt double %11, %12, !dbg !264
  %14 = zext i1 %13 to i32, !dbg !264
  %15 = load double, ptr %5, align 8, !dbg !265, !tbaa !119
  %16 = load double, ptr %6, align 8, !dbg !266, !tbaa !119
  %17 = fcmp ogt double %15, %16, !dbg !267
  %18 = zext i1 %17 to i32, !dbg !267
  %19 = sub nsw i32 %14, %18, !dbg !268
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !269
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !269
  ret i32 %19, !dbg !270
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: nounwind uwtable
define internal i32 @cmp_str(ptr noundef %0, ptr noundef %1) #0 !dbg !271 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !185
  store ptr %1, ptr %4, align 8, !tbaa !185
  %5 = load ptr, ptr %3, align 8, !dbg !272, !tbaa !185
  %6 = load ptr, ptr %5, align 8, !dbg !273, !tbaa !144
  %7 = load ptr, ptr %4, align 8, !dbg !274, !tbaa !185
  %8 = load ptr, ptr %7, align 8, !dbg !275, !tbaa !144
  %9 = call i32 @strcmp(ptr noundef %6, ptr noundef %8) #7, !dbg !276
  ret i32 %9, !dbg !277
}

; Function Attrs: nounwind uwtable
define internal i32 @cmp_person(ptr noundef %0, ptr noundef %1) #0 !dbg !278 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !185
  store ptr %1, ptr %5, align 8, !tbaa !185
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !279
  %9 = load ptr, ptr %4, align 8, !dbg !280, !tbaa !185
  store ptr %9, ptr %6, align 8, !dbg !281, !tbaa !282
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !279
  %10 = load ptr, ptr %5, align 8, !dbg !284, !tbaa !185
  store ptr %10, ptr %7, align 8, !dbg !285, !tbaa !282
  %11 = load ptr, ptr %6, align 8, !dbg !286, !tbaa !282
  %12 = getelementptr inbounds nuw %struct.person, ptr %11, i32 0, i32 1, !dbg !287
  %13 = load i32, ptr %12, align 4, !dbg !287, !tbaa !170
  %14 = load ptr, ptr %7, align 8, !dbg !288, !tbaa !282
  %15 = getelementptr inbounds nuw %struct.person, ptr %14, i32 0, i32 1, !dbg !289
  %16 = load i32, ptr %15, align 4, !dbg !289, !tbaa !170
  %17 = icmp ne i32 %13, %16, !dbg !290
  br i1 %17, label %18, label %26, !dbg !291

18:                                               ; preds = %2
  %19 = load ptr, ptr %6, align 8, !dbg !292, !tbaa !282
  %20 = getelementptr inbounds nuw %struct.person, ptr %19, i32 0, i32 1, !dbg !293
  %21 = load i32, ptr %20, align 4, !dbg !293, !tbaa !170
  %22 = load ptr, ptr %7, align 8, !dbg !294, !tbaa !282
  %23 = getelementptr inbounds nuw %struct.person, ptr %22, i32 0, i32 1, !dbg !295
  %24 = load i32, ptr %23, align 4, !dbg !295, !tbaa !170
  %25 = sub nsw i32 %21, %24, !dbg !296
  store i32 %25, ptr %3, align 4, !dbg !297
  store i32 1, ptr %8, align 4
  br label %34, !dbg !297

26:                                               ; preds = %2
  %27 = load ptr, ptr %6, align 8, !dbg !298, !tbaa !282
  %28 = getelementptr inbounds nuw %struct.person, ptr %27, i32 0, i32 0, !dbg !299
  %29 = getelementptr inbounds [12 x i8], ptr %28, i64 0, i64 0, !dbg !298
  %30 = load ptr, ptr %7, align 8, !dbg !300, !tbaa !282
  %31 = getelementptr inbounds nuw %struct.person, ptr %30, i32 0, i32 0, !dbg !301
  %32 = getelementptr inbounds [12 x i8], ptr %31, i64 0, i64 0, !dbg !300
  %33 = call i32 @strcmp(ptr noundef %29, ptr noundef %32) #7, !dbg !302
  store i32 %33, ptr %3, align 4, !dbg !303
  store i32 1, ptr %8, align 4
  br label %34, !dbg !303

34:                                               ; preds = %26, %18
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !304
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !304
  %35 = load i32, ptr %3, align 4, !dbg !305
  ret i32 %35, !dbg !306
}

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !307 i32 @strcmp(ptr noundef, ptr noundef) #5

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { inlinehint nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "qsort_cmp.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 16, type: !15, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "qsort_cmp.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 17, column: 5, scope: !13)
!18 = !DILocation(line: 17, column: 17, scope: !13)
!19 = !DILocation(line: 17, column: 26, scope: !13, atomGroup: 1, atomRank: 1)
!20 = !DILocation(line: 18, column: 10, scope: !13)
!21 = !DILocation(line: 18, column: 14, scope: !13, atomGroup: 2, atomRank: 1)
!22 = !DILocation(line: 18, column: 21, scope: !13)
!23 = !DILocation(line: 18, column: 23, scope: !13, atomGroup: 3, atomRank: 1)
!24 = !DILocation(line: 18, column: 5, scope: !13, atomGroup: 4, atomRank: 1)
!25 = !DILocation(line: 18, column: 5, scope: !13)
!26 = !DILocation(line: 18, column: 42, scope: !13)
!27 = !DILocation(line: 18, column: 44, scope: !13)
!28 = !DILocation(line: 18, column: 39, scope: !13)
!29 = !DILocation(line: 18, column: 39, scope: !13, atomGroup: 5, atomRank: 2)
!30 = !DILocation(line: 18, column: 39, scope: !13, atomGroup: 5, atomRank: 1)
!31 = !DILocation(line: 18, column: 56, scope: !13)
!32 = !DILocation(line: 18, column: 58, scope: !13)
!33 = !DILocation(line: 18, column: 53, scope: !13)
!34 = !DILocation(line: 18, column: 53, scope: !13, atomGroup: 6, atomRank: 2)
!35 = !DILocation(line: 18, column: 53, scope: !13, atomGroup: 6, atomRank: 1)
!36 = !DILocation(line: 18, column: 70, scope: !13)
!37 = !DILocation(line: 18, column: 72, scope: !13)
!38 = !DILocation(line: 18, column: 67, scope: !13)
!39 = !DILocation(line: 18, column: 67, scope: !13, atomGroup: 7, atomRank: 2)
!40 = !DILocation(line: 18, column: 67, scope: !13, atomGroup: 7, atomRank: 1)
!41 = !DILocation(line: 18, column: 91, scope: !13)
!42 = !DILocation(line: 18, column: 93, scope: !13)
!43 = !DILocation(line: 18, column: 102, scope: !13, atomGroup: 8, atomRank: 2)
!44 = !DILocation(line: 18, column: 80, scope: !13)
!45 = !DILocation(line: 18, column: 78, scope: !13)
!46 = !DILocation(line: 18, column: 83, scope: !13, atomGroup: 8, atomRank: 1)
!47 = !DILocation(line: 18, column: 110, scope: !13, atomGroup: 10, atomRank: 1)
!48 = !DILocation(line: 18, column: 31, scope: !13)
!49 = !DILocation(line: 18, column: 31, scope: !13, atomGroup: 9, atomRank: 2)
!50 = !DILocation(line: 18, column: 31, scope: !13, atomGroup: 9, atomRank: 1)
!51 = distinct !{!51, !25, !52, !53}
!52 = !DILocation(line: 18, column: 110, scope: !13)
!53 = !{!"llvm.loop.mustprogress"}
!54 = !DILocation(line: 19, column: 11, scope: !13)
!55 = !DILocation(line: 19, column: 5, scope: !13)
!56 = !DILocation(line: 20, column: 5, scope: !13)
!57 = !DILocation(line: 20, column: 10, scope: !13, atomGroup: 11, atomRank: 1)
!58 = !{!59, !59, i64 0}
!59 = !{!"long", !11, i64 0}
!60 = !DILocation(line: 20, column: 22, scope: !13)
!61 = !DILocation(line: 20, column: 26, scope: !13, atomGroup: 12, atomRank: 1)
!62 = !DILocation(line: 20, column: 33, scope: !13)
!63 = !DILocation(line: 20, column: 35, scope: !13, atomGroup: 13, atomRank: 1)
!64 = !DILocation(line: 20, column: 17, scope: !13, atomGroup: 14, atomRank: 1)
!65 = !DILocation(line: 20, column: 17, scope: !13)
!66 = !DILocation(line: 20, column: 51, scope: !13)
!67 = !DILocation(line: 20, column: 53, scope: !13)
!68 = !DILocation(line: 20, column: 61, scope: !13)
!69 = !DILocation(line: 20, column: 59, scope: !13)
!70 = !DILocation(line: 20, column: 57, scope: !13, atomGroup: 15, atomRank: 2)
!71 = !DILocation(line: 20, column: 49, scope: !13, atomGroup: 15, atomRank: 1)
!72 = !DILocation(line: 20, column: 47, scope: !13, atomGroup: 17, atomRank: 1)
!73 = !DILocation(line: 20, column: 43, scope: !13)
!74 = !DILocation(line: 20, column: 43, scope: !13, atomGroup: 16, atomRank: 2)
!75 = !DILocation(line: 20, column: 43, scope: !13, atomGroup: 16, atomRank: 1)
!76 = distinct !{!76, !65, !77, !53}
!77 = !DILocation(line: 20, column: 62, scope: !13)
!78 = !DILocation(line: 21, column: 37, scope: !13)
!79 = !DILocation(line: 21, column: 43, scope: !13)
!80 = !DILocation(line: 21, column: 51, scope: !13)
!81 = !DILocation(line: 21, column: 59, scope: !13)
!82 = !DILocation(line: 21, column: 5, scope: !13)
!83 = !DILocation(line: 22, column: 5, scope: !13)
!84 = !DILocation(line: 22, column: 15, scope: !13)
!85 = !DILocation(line: 22, column: 15, scope: !13, atomGroup: 18, atomRank: 2)
!86 = !DILocation(line: 22, column: 9, scope: !13, atomGroup: 18, atomRank: 1)
!87 = !DILocation(line: 22, column: 23, scope: !13)
!88 = !DILocation(line: 22, column: 46, scope: !13)
!89 = !DILocation(line: 22, column: 32, scope: !13, atomGroup: 19, atomRank: 2)
!90 = !DILocation(line: 22, column: 28, scope: !13, atomGroup: 19, atomRank: 1)
!91 = !{!92, !92, i64 0}
!92 = !{!"p1 int", !93, i64 0}
!93 = !{!"any pointer", !11, i64 0}
!94 = !DILocation(line: 23, column: 26, scope: !13)
!95 = !DILocation(line: 23, column: 26, scope: !13, atomGroup: 20, atomRank: 2)
!96 = !DILocation(line: 23, column: 28, scope: !13, atomGroup: 20, atomRank: 1)
!97 = !DILocation(line: 23, column: 32, scope: !13)
!98 = !DILocation(line: 23, column: 31, scope: !13)
!99 = !DILocation(line: 23, column: 37, scope: !13)
!100 = !DILocation(line: 23, column: 34, scope: !13)
!101 = !DILocation(line: 0, scope: !13)
!102 = !DILocation(line: 23, column: 28, scope: !13)
!103 = !DILocation(line: 23, column: 5, scope: !13)
!104 = !DILocation(line: 24, column: 5, scope: !13)
!105 = !DILocation(line: 24, column: 24, scope: !13)
!106 = !DILocation(line: 24, column: 28, scope: !13, atomGroup: 21, atomRank: 1)
!107 = !DILocation(line: 24, column: 35, scope: !13)
!108 = !DILocation(line: 24, column: 37, scope: !13, atomGroup: 22, atomRank: 1)
!109 = !DILocation(line: 24, column: 19, scope: !13, atomGroup: 23, atomRank: 1)
!110 = !DILocation(line: 24, column: 19, scope: !13)
!111 = !DILocation(line: 24, column: 65, scope: !13)
!112 = !DILocation(line: 24, column: 67, scope: !13)
!113 = !DILocation(line: 24, column: 75, scope: !13)
!114 = !DILocation(line: 24, column: 55, scope: !13)
!115 = !DILocation(line: 24, column: 82, scope: !13, atomGroup: 24, atomRank: 2)
!116 = !DILocation(line: 24, column: 50, scope: !13)
!117 = !DILocation(line: 24, column: 48, scope: !13)
!118 = !DILocation(line: 24, column: 53, scope: !13, atomGroup: 24, atomRank: 1)
!119 = !{!120, !120, i64 0}
!120 = !{!"double", !11, i64 0}
!121 = !DILocation(line: 24, column: 48, scope: !13, atomGroup: 26, atomRank: 1)
!122 = !DILocation(line: 24, column: 44, scope: !13)
!123 = !DILocation(line: 24, column: 44, scope: !13, atomGroup: 25, atomRank: 2)
!124 = !DILocation(line: 24, column: 44, scope: !13, atomGroup: 25, atomRank: 1)
!125 = distinct !{!125, !110, !126, !53}
!126 = !DILocation(line: 24, column: 84, scope: !13)
!127 = !DILocation(line: 25, column: 11, scope: !13)
!128 = !DILocation(line: 25, column: 5, scope: !13)
!129 = !DILocation(line: 26, column: 33, scope: !13)
!130 = !DILocation(line: 26, column: 39, scope: !13)
!131 = !DILocation(line: 26, column: 5, scope: !13)
!132 = !DILocation(line: 27, column: 5, scope: !13)
!133 = !DILocation(line: 27, column: 17, scope: !13, atomGroup: 27, atomRank: 1)
!134 = !DILocation(line: 28, column: 11, scope: !13)
!135 = !DILocation(line: 28, column: 5, scope: !13)
!136 = !DILocation(line: 29, column: 10, scope: !13)
!137 = !DILocation(line: 29, column: 14, scope: !13, atomGroup: 28, atomRank: 1)
!138 = !DILocation(line: 29, column: 21, scope: !13)
!139 = !DILocation(line: 29, column: 23, scope: !13, atomGroup: 29, atomRank: 1)
!140 = !DILocation(line: 29, column: 5, scope: !13, atomGroup: 30, atomRank: 1)
!141 = !DILocation(line: 29, column: 5, scope: !13)
!142 = !DILocation(line: 29, column: 49, scope: !13)
!143 = !DILocation(line: 29, column: 47, scope: !13)
!144 = !{!145, !145, i64 0}
!145 = !{!"p1 omnipotent char", !93, i64 0}
!146 = !DILocation(line: 29, column: 33, scope: !13)
!147 = !DILocation(line: 29, column: 33, scope: !13, atomGroup: 32, atomRank: 1)
!148 = !DILocation(line: 29, column: 29, scope: !13)
!149 = !DILocation(line: 29, column: 29, scope: !13, atomGroup: 31, atomRank: 2)
!150 = !DILocation(line: 29, column: 29, scope: !13, atomGroup: 31, atomRank: 1)
!151 = distinct !{!151, !141, !152, !53}
!152 = !DILocation(line: 29, column: 51, scope: !13)
!153 = !DILocation(line: 30, column: 5, scope: !13)
!154 = !DILocation(line: 31, column: 5, scope: !13)
!155 = !DILocation(line: 31, column: 19, scope: !13, atomGroup: 33, atomRank: 1)
!156 = !DILocation(line: 32, column: 11, scope: !13)
!157 = !DILocation(line: 32, column: 5, scope: !13)
!158 = !DILocation(line: 33, column: 10, scope: !13)
!159 = !DILocation(line: 33, column: 14, scope: !13, atomGroup: 34, atomRank: 1)
!160 = !DILocation(line: 33, column: 21, scope: !13)
!161 = !DILocation(line: 33, column: 23, scope: !13, atomGroup: 35, atomRank: 1)
!162 = !DILocation(line: 33, column: 5, scope: !13, atomGroup: 36, atomRank: 1)
!163 = !DILocation(line: 33, column: 5, scope: !13)
!164 = !DILocation(line: 33, column: 53, scope: !13)
!165 = !DILocation(line: 33, column: 50, scope: !13)
!166 = !DILocation(line: 33, column: 56, scope: !13)
!167 = !DILocation(line: 33, column: 65, scope: !13)
!168 = !DILocation(line: 33, column: 62, scope: !13)
!169 = !DILocation(line: 33, column: 68, scope: !13)
!170 = !{!171, !10, i64 12}
!171 = !{!"person", !11, i64 0, !10, i64 12}
!172 = !DILocation(line: 33, column: 33, scope: !13)
!173 = !DILocation(line: 33, column: 33, scope: !13, atomGroup: 38, atomRank: 1)
!174 = !DILocation(line: 33, column: 29, scope: !13)
!175 = !DILocation(line: 33, column: 29, scope: !13, atomGroup: 37, atomRank: 2)
!176 = !DILocation(line: 33, column: 29, scope: !13, atomGroup: 37, atomRank: 1)
!177 = distinct !{!177, !163, !178, !53}
!178 = !DILocation(line: 33, column: 71, scope: !13)
!179 = !DILocation(line: 34, column: 5, scope: !13)
!180 = !DILocation(line: 36, column: 1, scope: !13)
!181 = !DILocation(line: 35, column: 5, scope: !13, atomGroup: 40, atomRank: 1)
!182 = !DISubprogram(name: "qsort", scope: !183, file: !183, line: 851, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!183 = !DIFile(filename: "/usr/include/stdlib.h", directory: "")
!184 = distinct !DISubprogram(name: "cmp_int", scope: !14, file: !14, line: 7, type: !15, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!185 = !{!93, !93, i64 0}
!186 = !DILocation(line: 7, column: 52, scope: !184)
!187 = !DILocation(line: 7, column: 74, scope: !184)
!188 = !DILocation(line: 7, column: 60, scope: !184, atomGroup: 1, atomRank: 2)
!189 = !DILocation(line: 7, column: 56, scope: !184, atomGroup: 1, atomRank: 1)
!190 = !DILocation(line: 7, column: 95, scope: !184)
!191 = !DILocation(line: 7, column: 81, scope: !184, atomGroup: 2, atomRank: 2)
!192 = !DILocation(line: 7, column: 77, scope: !184, atomGroup: 2, atomRank: 1)
!193 = !DILocation(line: 7, column: 106, scope: !184)
!194 = !DILocation(line: 7, column: 110, scope: !184)
!195 = !DILocation(line: 7, column: 108, scope: !184)
!196 = !DILocation(line: 7, column: 116, scope: !184)
!197 = !DILocation(line: 7, column: 120, scope: !184)
!198 = !DILocation(line: 7, column: 118, scope: !184)
!199 = !DILocation(line: 7, column: 113, scope: !184, atomGroup: 4, atomRank: 2)
!200 = !DILocation(line: 7, column: 124, scope: !184)
!201 = !DILocation(line: 7, column: 98, scope: !184, atomGroup: 4, atomRank: 1)
!202 = !DISubprogram(name: "printf", scope: !203, file: !203, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!203 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!204 = distinct !DISubprogram(name: "bsearch", scope: !205, file: !205, line: 20, type: !15, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!205 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdlib-bsearch.h", directory: "")
!206 = !DILocation(line: 23, column: 3, scope: !204)
!207 = !DILocation(line: 24, column: 3, scope: !204)
!208 = !DILocation(line: 25, column: 3, scope: !204)
!209 = !DILocation(line: 27, column: 7, scope: !204, atomGroup: 1, atomRank: 1)
!210 = !DILocation(line: 28, column: 9, scope: !204, atomGroup: 2, atomRank: 2)
!211 = !DILocation(line: 28, column: 7, scope: !204, atomGroup: 2, atomRank: 1)
!212 = !DILocation(line: 29, column: 3, scope: !204)
!213 = !DILocation(line: 29, column: 10, scope: !204)
!214 = !DILocation(line: 29, column: 16, scope: !204)
!215 = !DILocation(line: 29, column: 14, scope: !204, atomGroup: 3, atomRank: 1)
!216 = !DILocation(line: 29, column: 3, scope: !204, atomGroup: 4, atomRank: 1)
!217 = !DILocation(line: 31, column: 16, scope: !204)
!218 = !DILocation(line: 31, column: 22, scope: !204)
!219 = !DILocation(line: 31, column: 20, scope: !204)
!220 = !DILocation(line: 31, column: 27, scope: !204, atomGroup: 5, atomRank: 2)
!221 = !DILocation(line: 31, column: 13, scope: !204, atomGroup: 5, atomRank: 1)
!222 = !DILocation(line: 32, column: 45, scope: !204)
!223 = !DILocation(line: 32, column: 56, scope: !204)
!224 = !DILocation(line: 32, column: 64, scope: !204)
!225 = !DILocation(line: 32, column: 62, scope: !204)
!226 = !DILocation(line: 32, column: 53, scope: !204, atomGroup: 6, atomRank: 2)
!227 = !DILocation(line: 32, column: 11, scope: !204, atomGroup: 6, atomRank: 1)
!228 = !DILocation(line: 33, column: 24, scope: !204)
!229 = !DILocation(line: 33, column: 35, scope: !204)
!230 = !DILocation(line: 33, column: 42, scope: !204)
!231 = !DILocation(line: 33, column: 22, scope: !204, atomGroup: 7, atomRank: 2)
!232 = !DILocation(line: 33, column: 20, scope: !204, atomGroup: 7, atomRank: 1)
!233 = !DILocation(line: 34, column: 11, scope: !204)
!234 = !DILocation(line: 34, column: 24, scope: !204, atomGroup: 8, atomRank: 2)
!235 = !DILocation(line: 34, column: 24, scope: !204, atomGroup: 8, atomRank: 1)
!236 = !DILocation(line: 35, column: 8, scope: !204, atomGroup: 9, atomRank: 2)
!237 = !DILocation(line: 35, column: 6, scope: !204, atomGroup: 9, atomRank: 1)
!238 = !DILocation(line: 35, column: 2, scope: !204)
!239 = !DILocation(line: 36, column: 16, scope: !204)
!240 = !DILocation(line: 36, column: 29, scope: !204, atomGroup: 10, atomRank: 2)
!241 = !DILocation(line: 36, column: 29, scope: !204, atomGroup: 10, atomRank: 1)
!242 = !DILocation(line: 37, column: 8, scope: !204)
!243 = !DILocation(line: 37, column: 14, scope: !204, atomGroup: 11, atomRank: 2)
!244 = !DILocation(line: 37, column: 6, scope: !204, atomGroup: 11, atomRank: 1)
!245 = !DILocation(line: 37, column: 2, scope: !204)
!246 = !DILocation(line: 44, column: 20, scope: !204, atomGroup: 12, atomRank: 2)
!247 = !DILocation(line: 44, column: 4, scope: !204, atomGroup: 12, atomRank: 1)
!248 = distinct !{!248, !212, !249, !53}
!249 = !DILocation(line: 49, column: 5, scope: !204)
!250 = !DILocation(line: 51, column: 3, scope: !204, atomGroup: 13, atomRank: 1)
!251 = !DILocation(line: 52, column: 1, scope: !204)
!252 = !DILocation(line: 52, column: 1, scope: !204, atomGroup: 14, atomRank: 2)
!253 = !DILocation(line: 52, column: 1, scope: !204, atomGroup: 14, atomRank: 1)
!254 = distinct !DISubprogram(name: "cmp_dbl_desc", scope: !14, file: !14, line: 8, type: !15, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!255 = !DILocation(line: 8, column: 57, scope: !254)
!256 = !DILocation(line: 8, column: 85, scope: !254)
!257 = !DILocation(line: 8, column: 68, scope: !254, atomGroup: 1, atomRank: 2)
!258 = !DILocation(line: 8, column: 64, scope: !254, atomGroup: 1, atomRank: 1)
!259 = !DILocation(line: 8, column: 109, scope: !254)
!260 = !DILocation(line: 8, column: 92, scope: !254, atomGroup: 2, atomRank: 2)
!261 = !DILocation(line: 8, column: 88, scope: !254, atomGroup: 2, atomRank: 1)
!262 = !DILocation(line: 8, column: 120, scope: !254)
!263 = !DILocation(line: 8, column: 124, scope: !254)
!264 = !DILocation(line: 8, column: 122, scope: !254)
!265 = !DILocation(line: 8, column: 130, scope: !254)
!266 = !DILocation(line: 8, column: 134, scope: !254)
!267 = !DILocation(line: 8, column: 132, scope: !254)
!268 = !DILocation(line: 8, column: 127, scope: !254, atomGroup: 4, atomRank: 2)
!269 = !DILocation(line: 8, column: 138, scope: !254)
!270 = !DILocation(line: 8, column: 112, scope: !254, atomGroup: 4, atomRank: 1)
!271 = distinct !DISubprogram(name: "cmp_str", scope: !14, file: !14, line: 9, type: !15, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!272 = !DILocation(line: 9, column: 88, scope: !271)
!273 = !DILocation(line: 9, column: 66, scope: !271)
!274 = !DILocation(line: 9, column: 113, scope: !271)
!275 = !DILocation(line: 9, column: 91, scope: !271)
!276 = !DILocation(line: 9, column: 59, scope: !271, atomGroup: 1, atomRank: 2)
!277 = !DILocation(line: 9, column: 52, scope: !271, atomGroup: 1, atomRank: 1)
!278 = distinct !DISubprogram(name: "cmp_person", scope: !14, file: !14, line: 10, type: !15, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!279 = !DILocation(line: 11, column: 5, scope: !278)
!280 = !DILocation(line: 11, column: 30, scope: !278, atomGroup: 1, atomRank: 2)
!281 = !DILocation(line: 11, column: 26, scope: !278, atomGroup: 1, atomRank: 1)
!282 = !{!283, !283, i64 0}
!283 = !{!"p1 _ZTS6person", !93, i64 0}
!284 = !DILocation(line: 11, column: 38, scope: !278, atomGroup: 2, atomRank: 2)
!285 = !DILocation(line: 11, column: 34, scope: !278, atomGroup: 2, atomRank: 1)
!286 = !DILocation(line: 12, column: 9, scope: !278)
!287 = !DILocation(line: 12, column: 12, scope: !278)
!288 = !DILocation(line: 12, column: 19, scope: !278)
!289 = !DILocation(line: 12, column: 22, scope: !278)
!290 = !DILocation(line: 12, column: 16, scope: !278, atomGroup: 3, atomRank: 2)
!291 = !DILocation(line: 12, column: 16, scope: !278, atomGroup: 3, atomRank: 1)
!292 = !DILocation(line: 12, column: 34, scope: !278)
!293 = !DILocation(line: 12, column: 37, scope: !278)
!294 = !DILocation(line: 12, column: 43, scope: !278)
!295 = !DILocation(line: 12, column: 46, scope: !278)
!296 = !DILocation(line: 12, column: 41, scope: !278, atomGroup: 4, atomRank: 2)
!297 = !DILocation(line: 12, column: 27, scope: !278, atomGroup: 4, atomRank: 1)
!298 = !DILocation(line: 13, column: 19, scope: !278)
!299 = !DILocation(line: 13, column: 22, scope: !278)
!300 = !DILocation(line: 13, column: 28, scope: !278)
!301 = !DILocation(line: 13, column: 31, scope: !278)
!302 = !DILocation(line: 13, column: 12, scope: !278, atomGroup: 5, atomRank: 2)
!303 = !DILocation(line: 13, column: 5, scope: !278, atomGroup: 5, atomRank: 1)
!304 = !DILocation(line: 14, column: 1, scope: !278)
!305 = !DILocation(line: 14, column: 1, scope: !278, atomGroup: 6, atomRank: 2)
!306 = !DILocation(line: 14, column: 1, scope: !278, atomGroup: 6, atomRank: 1)
!307 = !DISubprogram(name: "strcmp", scope: !308, file: !308, line: 156, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!308 = !DIFile(filename: "/usr/include/string.h", directory: "")
