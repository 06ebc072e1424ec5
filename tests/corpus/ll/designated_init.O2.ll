; ModuleID = 'designated_init.c'
source_filename = "designated_init.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.rect = type { %struct.point, %struct.point, ptr, [4 x i32] }
%struct.point = type { i32, i32 }

@.str = private unnamed_addr constant [4 x i8] c"box\00", align 1
@__const.main.r = private unnamed_addr constant %struct.rect { %struct.point { i32 5, i32 0 }, %struct.point { i32 30, i32 20 }, ptr @.str, [4 x i32] [i32 0, i32 0, i32 9, i32 0] }, align 8
@.str.1 = private unnamed_addr constant [41 x i8] c"rect %d %d %d %d %s %d %d %d %d area=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@color_names = internal global [3 x ptr] [ptr @.str.11, ptr @.str.12, ptr @.str.13], align 16
@.str.3 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@sparse = internal global [20 x i32] [i32 7, i32 7, i32 7, i32 3, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 10, i32 0, i32 0, i32 0, i32 0, i32 15, i32 0, i32 0, i32 0, i32 0], align 16
@.str.4 = private unnamed_addr constant [11 x i8] c"sparse %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [12 x i8] c"literal %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"lit\00", align 1
@.str.7 = private unnamed_addr constant [8 x i8] c"pts %d\0A\00", align 1
@constinit = private constant [3 x %struct.point] [%struct.point { i32 1, i32 2 }, %struct.point { i32 3, i32 4 }, %struct.point { i32 5, i32 6 }], align 4
@.str.8 = private unnamed_addr constant [11 x i8] c"arr %d %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [11 x i8] c"ptr %d %d\0A\00", align 1
@__const.main.msg = private unnamed_addr constant <{ i8, i8, i8, i8, i8, i8, [10 x i8] }> <{ i8 0, i8 0, i8 0, i8 0, i8 0, i8 120, [10 x i8] zeroinitializer }>, align 16
@.str.10 = private unnamed_addr constant [10 x i8] c"zeros %d\0A\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"red\00", align 1
@.str.12 = private unnamed_addr constant [6 x i8] c"green\00", align 1
@.str.13 = private unnamed_addr constant [5 x i8] c"blue\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.rect, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca %struct.rect, align 8
  %7 = alloca [3 x %struct.point], align 4
  %8 = alloca ptr, align 8
  %9 = alloca [4 x i32], align 4
  %10 = alloca ptr, align 8
  %11 = alloca %struct.point, align 4
  %12 = alloca [16 x i8], align 16
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4, !dbg !17
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 @__const.main.r, i64 40, i1 false), !dbg !18
  %15 = getelementptr inbounds nuw %struct.rect, ptr %2, i32 0, i32 0, !dbg !19
  %16 = getelementptr inbounds nuw %struct.point, ptr %15, i32 0, i32 0, !dbg !20
  %17 = load i32, ptr %16, align 8, !dbg !20, !tbaa !21
  %18 = getelementptr inbounds nuw %struct.rect, ptr %2, i32 0, i32 0, !dbg !26
  %19 = getelementptr inbounds nuw %struct.point, ptr %18, i32 0, i32 1, !dbg !27
  %20 = load i32, ptr %19, align 4, !dbg !27, !tbaa !28
  %21 = getelementptr inbounds nuw %struct.rect, ptr %2, i32 0, i32 1, !dbg !29
  %22 = getelementptr inbounds nuw %struct.point, ptr %21, i32 0, i32 0, !dbg !30
  %23 = load i32, ptr %22, align 8, !dbg !30, !tbaa !31
  %24 = getelementptr inbounds nuw %struct.rect, ptr %2, i32 0, i32 1, !dbg !32
  %25 = getelementptr inbounds nuw %struct.point, ptr %24, i32 0, i32 1, !dbg !33
  %26 = load i32, ptr %25, align 4, !dbg !33, !tbaa !34
  %27 = getelementptr inbounds nuw %struct.rect, ptr %2, i32 0, i32 2, !dbg !35
  %28 = load ptr, ptr %27, align 8, !dbg !35, !tbaa !36
  %29 = getelementptr inbounds nuw %struct.rect, ptr %2, i32 0, i32 3, !dbg !37
  %30 = getelementptr inbounds [4 x i32], ptr %29, i64 0, i64 0, !dbg !38
  %31 = load i32, ptr %30, align 8, !dbg !38, !tbaa !9
  %32 = getelementptr inbounds nuw %struct.rect, ptr %2, i32 0, i32 3, !dbg !39
  %33 = getelementptr inbounds [4 x i32], ptr %32, i64 0, i64 1, !dbg !40
  %34 = load i32, ptr %33, align 4, !dbg !40, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.rect, ptr %2, i32 0, i32 3, !dbg !41
  %36 = getelementptr inbounds [4 x i32], ptr %35, i64 0, i64 2, !dbg !42
  %37 = load i32, ptr %36, align 8, !dbg !42, !tbaa !9
  %38 = getelementptr inbounds nuw %struct.rect, ptr %2, i32 0, i32 3, !dbg !43
  %39 = getelementptr inbounds [4 x i32], ptr %38, i64 0, i64 3, !dbg !44
  %40 = load i32, ptr %39, align 4, !dbg !44, !tbaa !9
  %41 = call i32 @area(ptr noundef byval(%struct.rect) align 8 %2), !dbg !45
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %17, i32 noundef %20, i32 noundef %23, i32 noundef %26, ptr noundef %28, i32 noundef %31, i32 noundef %34, i32 noundef %37, i32 noundef %40, i32 noundef %41), !dbg !46
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !47
  store i32 0, ptr %3, align 4, !dbg !48, !tbaa !9
  br label %43, !dbg !47

43:                                               ; preds = %53, %0
  %44 = load i32, ptr %3, align 4, !dbg !49, !tbaa !9
  %45 = icmp slt i32 %44, 3, !dbg !50
  br i1 %45, label %47, label %46, !dbg !51

46:                                               ; preds = %43
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !52
  br label %56

47:                                               ; preds = %43
  %48 = load i32, ptr %3, align 4, !dbg !53, !tbaa !9
  %49 = sext i32 %48 to i64, !dbg !54
  %50 = getelementptr inbounds [3 x ptr], ptr @color_names, i64 0, i64 %49, !dbg !54
  %51 = load ptr, ptr %50, align 8, !dbg !54, !tbaa !55
  %52 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %51), !dbg !56
  br label %53, !dbg !57

53:                                               ; preds = %47
  %54 = load i32, ptr %3, align 4, !dbg !58, !tbaa !9
  %55 = add nsw i32 %54, 1, !dbg !59
  store i32 %55, ptr %3, align 4, !dbg !60, !tbaa !9
  br label %43, !dbg !52, !llvm.loop !61

56:                                               ; preds = %46
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.3), !dbg !64
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !65
  store i32 0, ptr %4, align 4, !dbg !66, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !67
  store i32 0, ptr %5, align 4, !dbg !68, !tbaa !9
  br label %58, !dbg !67

58:                                               ; preds = %70, %56
  %59 = load i32, ptr %5, align 4, !dbg !69, !tbaa !9
  %60 = icmp slt i32 %59, 20, !dbg !70
  br i1 %60, label %62, label %61, !dbg !71

61:                                               ; preds = %58
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !72
  br label %73

62:                                               ; preds = %58
  %63 = load i32, ptr %4, align 4, !dbg !73, !tbaa !9
  %64 = mul nsw i32 %63, 3, !dbg !74
  %65 = load i32, ptr %5, align 4, !dbg !75, !tbaa !9
  %66 = sext i32 %65 to i64, !dbg !76
  %67 = getelementptr inbounds [20 x i32], ptr @sparse, i64 0, i64 %66, !dbg !76
  %68 = load i32, ptr %67, align 4, !dbg !76, !tbaa !9
  %69 = add nsw i32 %64, %68, !dbg !77
  store i32 %69, ptr %4, align 4, !dbg !78, !tbaa !9
  br label %70, !dbg !79

70:                                               ; preds = %62
  %71 = load i32, ptr %5, align 4, !dbg !80, !tbaa !9
  %72 = add nsw i32 %71, 1, !dbg !81
  store i32 %72, ptr %5, align 4, !dbg !82, !tbaa !9
  br label %58, !dbg !72, !llvm.loop !83

73:                                               ; preds = %61
  %74 = load i32, ptr %4, align 4, !dbg !85, !tbaa !9
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %74), !dbg !86
  %76 = getelementptr inbounds nuw %struct.rect, ptr %6, i32 0, i32 0, !dbg !87
  %77 = getelementptr inbounds nuw %struct.point, ptr %76, i32 0, i32 0, !dbg !88
  store i32 1, ptr %77, align 8, !dbg !88, !tbaa !89
  %78 = getelementptr inbounds nuw %struct.point, ptr %76, i32 0, i32 1, !dbg !88
  store i32 2, ptr %78, align 4, !dbg !88, !tbaa !90
  %79 = getelementptr inbounds nuw %struct.rect, ptr %6, i32 0, i32 1, !dbg !87
  %80 = getelementptr inbounds nuw %struct.point, ptr %79, i32 0, i32 0, !dbg !91
  store i32 4, ptr %80, align 8, !dbg !91, !tbaa !89
  %81 = getelementptr inbounds nuw %struct.point, ptr %79, i32 0, i32 1, !dbg !91
  store i32 8, ptr %81, align 4, !dbg !91, !tbaa !90
  %82 = getelementptr inbounds nuw %struct.rect, ptr %6, i32 0, i32 2, !dbg !87
  store ptr @.str.6, ptr %82, align 8, !dbg !87, !tbaa !36
  %83 = getelementptr inbounds nuw %struct.rect, ptr %6, i32 0, i32 3, !dbg !87
  store i32 0, ptr %83, align 4, !dbg !92, !tbaa !9
  %84 = getelementptr inbounds i32, ptr %83, i64 1, !dbg !92
  %85 = getelementptr inbounds i32, ptr %83, i64 4, !dbg !92
  br label %86, !dbg !92

86:                                               ; preds = %86, %73
  %87 = phi ptr [ %84, %73 ], [ %88, %86 ], !dbg !92
  store i32 0, ptr %87, align 4, !dbg !92, !tbaa !9
  %88 = getelementptr inbounds i32, ptr %87, i64 1, !dbg !92
  %89 = icmp eq ptr %88, %85, !dbg !92
  br i1 %89, label %90, label %86, !dbg !92

90:                                               ; preds = %86
  %91 = call i32 @area(ptr noundef byval(%struct.rect) align 8 %6), !dbg !93
  %92 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %91), !dbg !94
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %7, ptr align 4 @constinit, i64 24, i1 false), !dbg !95, !tbaa.struct !96
  %93 = getelementptr inbounds [3 x %struct.point], ptr %7, i64 0, i64 0, !dbg !98
  %94 = call i32 @sum_pts(ptr noundef %93, i32 noundef 3), !dbg !99
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %94), !dbg !100
  call void @llvm.lifetime.start.p0(ptr %8) #4, !dbg !101
  store i32 9, ptr %9, align 4, !dbg !102, !tbaa !9
  %96 = getelementptr inbounds i32, ptr %9, i64 1, !dbg !103
  store i32 8, ptr %96, align 4, !dbg !102, !tbaa !9
  %97 = getelementptr inbounds i32, ptr %9, i64 2, !dbg !103
  store i32 7, ptr %97, align 4, !dbg !102, !tbaa !9
  %98 = getelementptr inbounds i32, ptr %9, i64 3, !dbg !103
  store i32 6, ptr %98, align 4, !dbg !102, !tbaa !9
  %99 = getelementptr inbounds [4 x i32], ptr %9, i64 0, i64 0, !dbg !104
  store ptr %99, ptr %8, align 8, !dbg !105, !tbaa !106
  %100 = load ptr, ptr %8, align 8, !dbg !108, !tbaa !106
  %101 = getelementptr inbounds i32, ptr %100, i64 1, !dbg !108
  %102 = load i32, ptr %101, align 4, !dbg !109, !tbaa !9
  %103 = add nsw i32 %102, 100, !dbg !110
  store i32 %103, ptr %101, align 4, !dbg !111, !tbaa !9
  %104 = load ptr, ptr %8, align 8, !dbg !112, !tbaa !106
  %105 = getelementptr inbounds i32, ptr %104, i64 1, !dbg !112
  %106 = load i32, ptr %105, align 4, !dbg !112, !tbaa !9
  %107 = load ptr, ptr %8, align 8, !dbg !113, !tbaa !106
  %108 = getelementptr inbounds i32, ptr %107, i64 3, !dbg !113
  %109 = load i32, ptr %108, align 4, !dbg !113, !tbaa !9
  %110 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %106, i32 noundef %109), !dbg !114
  call void @llvm.lifetime.start.p0(ptr %10) #4, !dbg !115
  %111 = getelementptr inbounds nuw %struct.point, ptr %11, i32 0, i32 0, !dbg !116
  store i32 0, ptr %111, align 4, !dbg !117, !tbaa !89
  %112 = getelementptr inbounds nuw %struct.point, ptr %11, i32 0, i32 1, !dbg !116
  store i32 7, ptr %112, align 4, !dbg !117, !tbaa !90
  store ptr %11, ptr %10, align 8, !dbg !118, !tbaa !119
  %113 = load ptr, ptr %10, align 8, !dbg !121, !tbaa !119
  %114 = getelementptr inbounds nuw %struct.point, ptr %113, i32 0, i32 1, !dbg !122
  %115 = load i32, ptr %114, align 4, !dbg !122, !tbaa !90
  %116 = mul nsw i32 %115, 2, !dbg !123
  %117 = load ptr, ptr %10, align 8, !dbg !124, !tbaa !119
  %118 = getelementptr inbounds nuw %struct.point, ptr %117, i32 0, i32 0, !dbg !125
  store i32 %116, ptr %118, align 4, !dbg !126, !tbaa !89
  %119 = load ptr, ptr %10, align 8, !dbg !127, !tbaa !119
  %120 = getelementptr inbounds nuw %struct.point, ptr %119, i32 0, i32 0, !dbg !128
  %121 = load i32, ptr %120, align 4, !dbg !128, !tbaa !89
  %122 = load ptr, ptr %10, align 8, !dbg !129, !tbaa !119
  %123 = getelementptr inbounds nuw %struct.point, ptr %122, i32 0, i32 1, !dbg !130
  %124 = load i32, ptr %123, align 4, !dbg !130, !tbaa !90
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %121, i32 noundef %124), !dbg !131
  call void @llvm.lifetime.start.p0(ptr %12) #4, !dbg !132
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %12, ptr align 16 @__const.main.msg, i64 16, i1 false), !dbg !133
  call void @llvm.lifetime.start.p0(ptr %13) #4, !dbg !134
  store i32 0, ptr %13, align 4, !dbg !135, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %14) #4, !dbg !136
  store i32 0, ptr %14, align 4, !dbg !137, !tbaa !9
  br label %126, !dbg !136

126:                                              ; preds = %140, %90
  %127 = load i32, ptr %14, align 4, !dbg !138, !tbaa !9
  %128 = icmp slt i32 %127, 16, !dbg !139
  br i1 %128, label %130, label %129, !dbg !140

129:                                              ; preds = %126
  call void @llvm.lifetime.end.p0(ptr %14) #4, !dbg !141
  br label %143

130:                                              ; preds = %126
  %131 = load i32, ptr %14, align 4, !dbg !142, !tbaa !9
  %132 = sext i32 %131 to i64, !dbg !143
  %133 = getelementptr inbounds [16 x i8], ptr %12, i64 0, i64 %132, !dbg !143
  %134 = load i8, ptr %133, align 1, !dbg !143, !tbaa !97
  %135 = sext i8 %134 to i32, !dbg !143
  %136 = icmp eq i32 %135, 0, !dbg !144
  %137 = zext i1 %136 to i32, !dbg !144
  %138 = load i32, ptr %13, align 4, !dbg !145, !tbaa !9
  %139 = add nsw i32 %138, %137, !dbg !146
  store i32 %139, ptr %13, align 4, !dbg !147, !tbaa !9
  br label %140, !dbg !148

140:                                              ; preds = %130
  %141 = load i32, ptr %14, align 4, !dbg !149, !tbaa !9
  %142 = add nsw i32 %141, 1, !dbg !150
  store i32 %142, ptr %14, align 4, !dbg !151, !tbaa !9
  br label %126, !dbg !141, !llvm.loop !152

143:                                              ; preds = %129
  %144 = load i32, ptr %13, align 4, !dbg !154, !tbaa !9
  %145 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %144), !dbg !155
  call void @llvm.lifetime.end.p0(ptr %13) #4, !dbg !156
  call void @llvm.lifetime.end.p0(ptr %12) #4, !dbg !156
  call void @llvm.lifetime.end.p0(ptr %10) #4, !dbg !156
  call void @llvm.lifetime.end.p0(ptr %8) #4, !dbg !156
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !156
  call void @llvm.lifetime.end.p0(ptr %2) #4, !dbg !156
  ret i32 0, !dbg !157
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

declare !dbg !158 i32 @printf(ptr noundef, ...) #3

; Function Attrs: nounwind uwtable
define internal i32 @area(ptr noundef byval(%struct.rect) align 8 %0) #0 !dbg !160 {
  %2 = getelementptr inbounds nuw %struct.rect, ptr %0, i32 0, i32 1, !dbg !161
  %3 = getelementptr inbounds nuw %struct.point, ptr %2, i32 0, i32 0, !dbg !162
  %4 = load i32, ptr %3, align 8, !dbg !162, !tbaa !31
  %5 = getelementptr inbounds nuw %struct.rect, ptr %0, i32 0, i32 0, !dbg !163
  %6 = getelementptr inbounds nuw %struct.point, ptr %5, i32 0, i32 0, !dbg !164
  %7 = load i32, ptr %6, align 8, !dbg !164, !tbaa !21
  %8 = sub nsw i32 %4, %7, !dbg !165
  %9 = getelementptr inbounds nuw %struct.rect, ptr %0, i32 0, i32 1, !dbg !166
  %10 = getelementptr inbounds nuw %struct.point, ptr %9, i32 0, i32 1, !dbg !167
  %11 = load i32, ptr %10, align 4, !dbg !167, !tbaa !34
  %12 = getelementptr inbounds nuw %struct.rect, ptr %0, i32 0, i32 0, !dbg !168
  %13 = getelementptr inbounds nuw %struct.point, ptr %12, i32 0, i32 1, !dbg !169
  %14 = load i32, ptr %13, align 4, !dbg !169, !tbaa !28
  %15 = sub nsw i32 %11, %14, !dbg !170
  %16 = mul nsw i32 %8, %15, !dbg !171
  ret i32 %16, !dbg !172
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal i32 @sum_pts(ptr noundef %0, i32 noundef %1) #0 !dbg !173 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !119
  store i32 %1, ptr %4, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !174
  store i32 0, ptr %5, align 4, !dbg !175, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !176
  store i32 0, ptr %6, align 4, !dbg !177, !tbaa !9
  br label %7, !dbg !176

7:                                                ; preds = %28, %2
  %8 = load i32, ptr %6, align 4, !dbg !178, !tbaa !9
  %9 = load i32, ptr %4, align 4, !dbg !179, !tbaa !9
  %10 = icmp slt i32 %8, %9, !dbg !180
  br i1 %10, label %12, label %11, !dbg !181

11:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !182
  br label %31

12:                                               ; preds = %7
  %13 = load ptr, ptr %3, align 8, !dbg !183, !tbaa !119
  %14 = load i32, ptr %6, align 4, !dbg !184, !tbaa !9
  %15 = sext i32 %14 to i64, !dbg !183
  %16 = getelementptr inbounds %struct.point, ptr %13, i64 %15, !dbg !183
  %17 = getelementptr inbounds nuw %struct.point, ptr %16, i32 0, i32 0, !dbg !185
  %18 = load i32, ptr %17, align 4, !dbg !185, !tbaa !89
  %19 = load ptr, ptr %3, align 8, !dbg !186, !tbaa !119
  %20 = load i32, ptr %6, align 4, !dbg !187, !tbaa !9
  %21 = sext i32 %20 to i64, !dbg !186
  %22 = getelementptr inbounds %struct.point, ptr %19, i64 %21, !dbg !186
  %23 = getelementptr inbounds nuw %struct.point, ptr %22, i32 0, i32 1, !dbg !188
  %24 = load i32, ptr %23, align 4, !dbg !188, !tbaa !90
  %25 = mul nsw i32 %18, %24, !dbg !189
  %26 = load i32, ptr %5, align 4, !dbg !190, !tbaa !9
  %27 = add nsw i32 %26, %25, !dbg !191
  store i32 %27, ptr %5, align 4, !dbg !192, !tbaa !9
  br label %28, !dbg !193

28:                                               ; preds = %12
  %29 = load i32, ptr %6, align 4, !dbg !194, !tbaa !9
  %30 = add nsw i32 %29, 1, !dbg !195
  store i32 %30, ptr %6, align 4, !dbg !196, !tbaa !9
  br label %7, !dbg !182, !llvm.loop !197

31:                                               ; preds = %11
  %32 = load i32, ptr %5, align 4, !dbg !198, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !199
  ret i32 %32, !dbg !200
}

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "designated_init.c", directory: ".")
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
!14 = !DIFile(filename: "designated_init.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 14, column: 5, scope: !13)
!18 = !DILocation(line: 14, column: 17, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !DILocation(line: 15, column: 59, scope: !13)
!20 = !DILocation(line: 15, column: 62, scope: !13)
!21 = !{!22, !10, i64 0}
!22 = !{!"rect", !23, i64 0, !23, i64 8, !24, i64 16, !11, i64 24}
!23 = !{!"point", !10, i64 0, !10, i64 4}
!24 = !{!"p1 omnipotent char", !25, i64 0}
!25 = !{!"any pointer", !11, i64 0}
!26 = !DILocation(line: 15, column: 67, scope: !13)
!27 = !DILocation(line: 15, column: 70, scope: !13)
!28 = !{!22, !10, i64 4}
!29 = !DILocation(line: 15, column: 75, scope: !13)
!30 = !DILocation(line: 15, column: 78, scope: !13)
!31 = !{!22, !10, i64 8}
!32 = !DILocation(line: 15, column: 83, scope: !13)
!33 = !DILocation(line: 15, column: 86, scope: !13)
!34 = !{!22, !10, i64 12}
!35 = !DILocation(line: 15, column: 91, scope: !13)
!36 = !{!22, !24, i64 16}
!37 = !DILocation(line: 15, column: 99, scope: !13)
!38 = !DILocation(line: 15, column: 97, scope: !13)
!39 = !DILocation(line: 15, column: 111, scope: !13)
!40 = !DILocation(line: 15, column: 109, scope: !13)
!41 = !DILocation(line: 15, column: 123, scope: !13)
!42 = !DILocation(line: 15, column: 121, scope: !13)
!43 = !DILocation(line: 15, column: 135, scope: !13)
!44 = !DILocation(line: 15, column: 133, scope: !13)
!45 = !DILocation(line: 15, column: 145, scope: !13)
!46 = !DILocation(line: 15, column: 5, scope: !13)
!47 = !DILocation(line: 16, column: 10, scope: !13)
!48 = !DILocation(line: 16, column: 14, scope: !13, atomGroup: 2, atomRank: 1)
!49 = !DILocation(line: 16, column: 21, scope: !13)
!50 = !DILocation(line: 16, column: 23, scope: !13, atomGroup: 3, atomRank: 1)
!51 = !DILocation(line: 16, column: 5, scope: !13, atomGroup: 4, atomRank: 1)
!52 = !DILocation(line: 16, column: 5, scope: !13)
!53 = !DILocation(line: 16, column: 65, scope: !13)
!54 = !DILocation(line: 16, column: 53, scope: !13)
!55 = !{!24, !24, i64 0}
!56 = !DILocation(line: 16, column: 39, scope: !13)
!57 = !DILocation(line: 16, column: 39, scope: !13, atomGroup: 6, atomRank: 1)
!58 = !DILocation(line: 16, column: 35, scope: !13)
!59 = !DILocation(line: 16, column: 35, scope: !13, atomGroup: 5, atomRank: 2)
!60 = !DILocation(line: 16, column: 35, scope: !13, atomGroup: 5, atomRank: 1)
!61 = distinct !{!61, !52, !62, !63}
!62 = !DILocation(line: 16, column: 67, scope: !13)
!63 = !{!"llvm.loop.mustprogress"}
!64 = !DILocation(line: 17, column: 5, scope: !13)
!65 = !DILocation(line: 18, column: 5, scope: !13)
!66 = !DILocation(line: 18, column: 9, scope: !13, atomGroup: 7, atomRank: 1)
!67 = !DILocation(line: 18, column: 21, scope: !13)
!68 = !DILocation(line: 18, column: 25, scope: !13, atomGroup: 8, atomRank: 1)
!69 = !DILocation(line: 18, column: 32, scope: !13)
!70 = !DILocation(line: 18, column: 34, scope: !13, atomGroup: 9, atomRank: 1)
!71 = !DILocation(line: 18, column: 16, scope: !13, atomGroup: 10, atomRank: 1)
!72 = !DILocation(line: 18, column: 16, scope: !13)
!73 = !DILocation(line: 18, column: 49, scope: !13)
!74 = !DILocation(line: 18, column: 51, scope: !13)
!75 = !DILocation(line: 18, column: 64, scope: !13)
!76 = !DILocation(line: 18, column: 57, scope: !13)
!77 = !DILocation(line: 18, column: 55, scope: !13, atomGroup: 11, atomRank: 2)
!78 = !DILocation(line: 18, column: 47, scope: !13, atomGroup: 11, atomRank: 1)
!79 = !DILocation(line: 18, column: 45, scope: !13, atomGroup: 13, atomRank: 1)
!80 = !DILocation(line: 18, column: 41, scope: !13)
!81 = !DILocation(line: 18, column: 41, scope: !13, atomGroup: 12, atomRank: 2)
!82 = !DILocation(line: 18, column: 41, scope: !13, atomGroup: 12, atomRank: 1)
!83 = distinct !{!83, !72, !84, !63}
!84 = !DILocation(line: 18, column: 65, scope: !13)
!85 = !DILocation(line: 19, column: 27, scope: !13)
!86 = !DILocation(line: 19, column: 5, scope: !13)
!87 = !DILocation(line: 20, column: 46, scope: !13)
!88 = !DILocation(line: 20, column: 47, scope: !13)
!89 = !{!23, !10, i64 0}
!90 = !{!23, !10, i64 4}
!91 = !DILocation(line: 20, column: 55, scope: !13)
!92 = !DILocation(line: 20, column: 70, scope: !13)
!93 = !DILocation(line: 20, column: 28, scope: !13)
!94 = !DILocation(line: 20, column: 5, scope: !13)
!95 = !DILocation(line: 21, column: 48, scope: !13)
!96 = !{i64 0, i64 24, !97}
!97 = !{!11, !11, i64 0}
!98 = !DILocation(line: 21, column: 32, scope: !13)
!99 = !DILocation(line: 21, column: 24, scope: !13)
!100 = !DILocation(line: 21, column: 5, scope: !13)
!101 = !DILocation(line: 22, column: 5, scope: !13)
!102 = !DILocation(line: 22, column: 23, scope: !13, atomGroup: 14, atomRank: 1)
!103 = !DILocation(line: 22, column: 23, scope: !13)
!104 = !DILocation(line: 22, column: 16, scope: !13, atomGroup: 14, atomRank: 2)
!105 = !DILocation(line: 22, column: 10, scope: !13, atomGroup: 14, atomRank: 1)
!106 = !{!107, !107, i64 0}
!107 = !{!"p1 int", !25, i64 0}
!108 = !DILocation(line: 23, column: 5, scope: !13)
!109 = !DILocation(line: 23, column: 12, scope: !13)
!110 = !DILocation(line: 23, column: 12, scope: !13, atomGroup: 15, atomRank: 2)
!111 = !DILocation(line: 23, column: 12, scope: !13, atomGroup: 15, atomRank: 1)
!112 = !DILocation(line: 24, column: 27, scope: !13)
!113 = !DILocation(line: 24, column: 35, scope: !13)
!114 = !DILocation(line: 24, column: 5, scope: !13)
!115 = !DILocation(line: 25, column: 5, scope: !13)
!116 = !DILocation(line: 25, column: 39, scope: !13)
!117 = !DILocation(line: 25, column: 39, scope: !13, atomGroup: 16, atomRank: 1)
!118 = !DILocation(line: 25, column: 19, scope: !13, atomGroup: 16, atomRank: 1)
!119 = !{!120, !120, i64 0}
!120 = !{!"p1 _ZTS5point", !25, i64 0}
!121 = !DILocation(line: 26, column: 13, scope: !13)
!122 = !DILocation(line: 26, column: 17, scope: !13)
!123 = !DILocation(line: 26, column: 19, scope: !13, atomGroup: 17, atomRank: 2)
!124 = !DILocation(line: 26, column: 5, scope: !13)
!125 = !DILocation(line: 26, column: 9, scope: !13)
!126 = !DILocation(line: 26, column: 11, scope: !13, atomGroup: 17, atomRank: 1)
!127 = !DILocation(line: 27, column: 27, scope: !13)
!128 = !DILocation(line: 27, column: 31, scope: !13)
!129 = !DILocation(line: 27, column: 34, scope: !13)
!130 = !DILocation(line: 27, column: 38, scope: !13)
!131 = !DILocation(line: 27, column: 5, scope: !13)
!132 = !DILocation(line: 28, column: 5, scope: !13)
!133 = !DILocation(line: 28, column: 10, scope: !13, atomGroup: 18, atomRank: 1)
!134 = !DILocation(line: 29, column: 5, scope: !13)
!135 = !DILocation(line: 29, column: 9, scope: !13, atomGroup: 19, atomRank: 1)
!136 = !DILocation(line: 29, column: 25, scope: !13)
!137 = !DILocation(line: 29, column: 29, scope: !13, atomGroup: 20, atomRank: 1)
!138 = !DILocation(line: 29, column: 36, scope: !13)
!139 = !DILocation(line: 29, column: 38, scope: !13, atomGroup: 21, atomRank: 1)
!140 = !DILocation(line: 29, column: 20, scope: !13, atomGroup: 22, atomRank: 1)
!141 = !DILocation(line: 29, column: 20, scope: !13)
!142 = !DILocation(line: 29, column: 62, scope: !13)
!143 = !DILocation(line: 29, column: 58, scope: !13)
!144 = !DILocation(line: 29, column: 65, scope: !13)
!145 = !DILocation(line: 29, column: 55, scope: !13)
!146 = !DILocation(line: 29, column: 55, scope: !13, atomGroup: 23, atomRank: 2)
!147 = !DILocation(line: 29, column: 55, scope: !13, atomGroup: 23, atomRank: 1)
!148 = !DILocation(line: 29, column: 49, scope: !13, atomGroup: 25, atomRank: 1)
!149 = !DILocation(line: 29, column: 45, scope: !13)
!150 = !DILocation(line: 29, column: 45, scope: !13, atomGroup: 24, atomRank: 2)
!151 = !DILocation(line: 29, column: 45, scope: !13, atomGroup: 24, atomRank: 1)
!152 = distinct !{!152, !141, !153, !63}
!153 = !DILocation(line: 29, column: 68, scope: !13)
!154 = !DILocation(line: 30, column: 26, scope: !13)
!155 = !DILocation(line: 30, column: 5, scope: !13)
!156 = !DILocation(line: 32, column: 1, scope: !13)
!157 = !DILocation(line: 31, column: 5, scope: !13, atomGroup: 27, atomRank: 1)
!158 = !DISubprogram(name: "printf", scope: !159, file: !159, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!159 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!160 = distinct !DISubprogram(name: "area", scope: !14, file: !14, line: 10, type: !15, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!161 = !DILocation(line: 10, column: 44, scope: !160)
!162 = !DILocation(line: 10, column: 47, scope: !160)
!163 = !DILocation(line: 10, column: 53, scope: !160)
!164 = !DILocation(line: 10, column: 56, scope: !160)
!165 = !DILocation(line: 10, column: 49, scope: !160)
!166 = !DILocation(line: 10, column: 64, scope: !160)
!167 = !DILocation(line: 10, column: 67, scope: !160)
!168 = !DILocation(line: 10, column: 73, scope: !160)
!169 = !DILocation(line: 10, column: 76, scope: !160)
!170 = !DILocation(line: 10, column: 69, scope: !160)
!171 = !DILocation(line: 10, column: 59, scope: !160, atomGroup: 1, atomRank: 2)
!172 = !DILocation(line: 10, column: 34, scope: !160, atomGroup: 1, atomRank: 1)
!173 = distinct !DISubprogram(name: "sum_pts", scope: !14, file: !14, line: 11, type: !15, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!174 = !DILocation(line: 11, column: 52, scope: !173)
!175 = !DILocation(line: 11, column: 56, scope: !173, atomGroup: 1, atomRank: 1)
!176 = !DILocation(line: 11, column: 68, scope: !173)
!177 = !DILocation(line: 11, column: 72, scope: !173, atomGroup: 2, atomRank: 1)
!178 = !DILocation(line: 11, column: 79, scope: !173)
!179 = !DILocation(line: 11, column: 83, scope: !173)
!180 = !DILocation(line: 11, column: 81, scope: !173, atomGroup: 3, atomRank: 1)
!181 = !DILocation(line: 11, column: 63, scope: !173, atomGroup: 4, atomRank: 1)
!182 = !DILocation(line: 11, column: 63, scope: !173)
!183 = !DILocation(line: 11, column: 96, scope: !173)
!184 = !DILocation(line: 11, column: 98, scope: !173)
!185 = !DILocation(line: 11, column: 101, scope: !173)
!186 = !DILocation(line: 11, column: 105, scope: !173)
!187 = !DILocation(line: 11, column: 107, scope: !173)
!188 = !DILocation(line: 11, column: 110, scope: !173)
!189 = !DILocation(line: 11, column: 103, scope: !173)
!190 = !DILocation(line: 11, column: 93, scope: !173)
!191 = !DILocation(line: 11, column: 93, scope: !173, atomGroup: 5, atomRank: 2)
!192 = !DILocation(line: 11, column: 93, scope: !173, atomGroup: 5, atomRank: 1)
!193 = !DILocation(line: 11, column: 91, scope: !173, atomGroup: 7, atomRank: 1)
!194 = !DILocation(line: 11, column: 87, scope: !173)
!195 = !DILocation(line: 11, column: 87, scope: !173, atomGroup: 6, atomRank: 2)
!196 = !DILocation(line: 11, column: 87, scope: !173, atomGroup: 6, atomRank: 1)
!197 = distinct !{!197, !182, !188, !63}
!198 = !DILocation(line: 11, column: 120, scope: !173, atomGroup: 9, atomRank: 2)
!199 = !DILocation(line: 11, column: 123, scope: !173)
!200 = !DILocation(line: 11, column: 113, scope: !173, atomGroup: 9, atomRank: 1)
