; ModuleID = 'interp.c'
source_filename = "interp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.insn = type { i32, i64 }

@__const.main.prog = private unnamed_addr constant [32 x { i32, [4 x i8], i64 }] [{ i32, [4 x i8], i64 } zeroinitializer, { i32, [4 x i8], i64 } { i32 10, [4 x i8] zeroinitializer, i64 0 }, { i32, [4 x i8], i64 } { i32 0, [4 x i8] zeroinitializer, i64 1 }, { i32, [4 x i8], i64 } { i32 10, [4 x i8] zeroinitializer, i64 1 }, { i32, [4 x i8], i64 } { i32 9, [4 x i8] zeroinitializer, i64 0 }, { i32, [4 x i8], i64 } { i32 0, [4 x i8] zeroinitializer, i64 20 }, { i32, [4 x i8], i64 } { i32 13, [4 x i8] zeroinitializer, i64 0 }, { i32, [4 x i8], i64 } { i32 7, [4 x i8] zeroinitializer, i64 9 }, { i32, [4 x i8], i64 } { i32 8, [4 x i8] zeroinitializer, i64 29 }, { i32, [4 x i8], i64 } { i32 9, [4 x i8] zeroinitializer, i64 1 }, { i32, [4 x i8], i64 } { i32 0, [4 x i8] zeroinitializer, i64 3 }, { i32, [4 x i8], i64 } { i32 3, [4 x i8] zeroinitializer, i64 0 }, { i32, [4 x i8], i64 } { i32 9, [4 x i8] zeroinitializer, i64 0 }, { i32, [4 x i8], i64 } { i32 1, [4 x i8] zeroinitializer, i64 0 }, { i32, [4 x i8], i64 } { i32 0, [4 x i8] zeroinitializer, i64 1000003 }, { i32, [4 x i8], i64 } { i32 4, [4 x i8] zeroinitializer, i64 0 }, { i32, [4 x i8], i64 } { i32 10, [4 x i8] zeroinitializer, i64 1 }, { i32, [4 x i8], i64 } { i32 9, [4 x i8] zeroinitializer, i64 0 }, { i32, [4 x i8], i64 } { i32 0, [4 x i8] zeroinitializer, i64 5 }, { i32, [4 x i8], i64 } { i32 4, [4 x i8] zeroinitializer, i64 0 }, { i32, [4 x i8], i64 } { i32 7, [4 x i8] zeroinitializer, i64 23 }, { i32, [4 x i8], i64 } { i32 9, [4 x i8] zeroinitializer, i64 1 }, { i32, [4 x i8], i64 } { i32 11, [4 x i8] zeroinitializer, i64 0 }, { i32, [4 x i8], i64 } { i32 9, [4 x i8] zeroinitializer, i64 0 }, { i32, [4 x i8], i64 } { i32 0, [4 x i8] zeroinitializer, i64 1 }, { i32, [4 x i8], i64 } { i32 1, [4 x i8] zeroinitializer, i64 0 }, { i32, [4 x i8], i64 } { i32 10, [4 x i8] zeroinitializer, i64 0 }, { i32, [4 x i8], i64 } { i32 8, [4 x i8] zeroinitializer, i64 4 }, { i32, [4 x i8], i64 } { i32 12, [4 x i8] zeroinitializer, i64 0 }, { i32, [4 x i8], i64 } { i32 9, [4 x i8] zeroinitializer, i64 1 }, { i32, [4 x i8], i64 } { i32 11, [4 x i8] zeroinitializer, i64 0 }, { i32, [4 x i8], i64 } { i32 12, [4 x i8] zeroinitializer, i64 0 }], align 16
@.str = private unnamed_addr constant [13 x i8] c"result %lld\0A\00", align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"G\00", align 1
@.str.2 = private unnamed_addr constant [2 x i8] c"Y\00", align 1
@.str.3 = private unnamed_addr constant [2 x i8] c"R\00", align 1
@__const.main.nm = private unnamed_addr constant [3 x ptr] [ptr @.str.1, ptr @.str.2, ptr @.str.3], align 16
@.str.4 = private unnamed_addr constant [3 x i8] c"%s\00", align 1
@.str.5 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.6 = private unnamed_addr constant [10 x i8] c"out %lld\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca [32 x %struct.insn], align 16
  %3 = alloca i32, align 4
  %4 = alloca [3 x ptr], align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5, !dbg !17
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.prog, i64 512, i1 false), !dbg !18
  %7 = getelementptr inbounds [32 x %struct.insn], ptr %2, i64 0, i64 0, !dbg !19
  %8 = call i64 @run(ptr noundef %7, i32 noundef 1), !dbg !20
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %8), !dbg !21
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !22
  store i32 2, ptr %3, align 4, !dbg !23, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #5, !dbg !24
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 16 @__const.main.nm, i64 24, i1 false), !dbg !25
  call void @llvm.lifetime.start.p0(ptr %5) #5, !dbg !26
  store i32 0, ptr %5, align 4, !dbg !27, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #5, !dbg !28
  store i32 0, ptr %6, align 4, !dbg !29, !tbaa !9
  br label %10, !dbg !28

10:                                               ; preds = %40, %0
  %11 = load i32, ptr %6, align 4, !dbg !30, !tbaa !9
  %12 = icmp slt i32 %11, 40, !dbg !31
  br i1 %12, label %14, label %13, !dbg !32

13:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %6) #5, !dbg !33
  br label %43

14:                                               ; preds = %10
  %15 = load i32, ptr %3, align 4, !dbg !34, !tbaa !9
  switch i32 %15, label %34 [
    i32 0, label %16
    i32 1, label %22
    i32 2, label %28
  ], !dbg !35

16:                                               ; preds = %14
  %17 = load i32, ptr %5, align 4, !dbg !36, !tbaa !9
  %18 = add nsw i32 %17, 1, !dbg !37
  store i32 %18, ptr %5, align 4, !dbg !38, !tbaa !9
  %19 = icmp sge i32 %18, 5, !dbg !39
  br i1 %19, label %20, label %21, !dbg !40

20:                                               ; preds = %16
  store i32 1, ptr %3, align 4, !dbg !41, !tbaa !9
  store i32 0, ptr %5, align 4, !dbg !42, !tbaa !9
  br label %21, !dbg !43

21:                                               ; preds = %20, %16
  br label %34, !dbg !44

22:                                               ; preds = %14
  %23 = load i32, ptr %5, align 4, !dbg !45, !tbaa !9
  %24 = add nsw i32 %23, 1, !dbg !46
  store i32 %24, ptr %5, align 4, !dbg !47, !tbaa !9
  %25 = icmp sge i32 %24, 2, !dbg !48
  br i1 %25, label %26, label %27, !dbg !49

26:                                               ; preds = %22
  store i32 2, ptr %3, align 4, !dbg !50, !tbaa !9
  store i32 0, ptr %5, align 4, !dbg !51, !tbaa !9
  br label %27, !dbg !52

27:                                               ; preds = %26, %22
  br label %34, !dbg !53

28:                                               ; preds = %14
  %29 = load i32, ptr %5, align 4, !dbg !54, !tbaa !9
  %30 = add nsw i32 %29, 1, !dbg !55
  store i32 %30, ptr %5, align 4, !dbg !56, !tbaa !9
  %31 = icmp sge i32 %30, 4, !dbg !57
  br i1 %31, label %32, label %33, !dbg !58

32:                                               ; preds = %28
  store i32 0, ptr %3, align 4, !dbg !59, !tbaa !9
  store i32 0, ptr %5, align 4, !dbg !60, !tbaa !9
  br label %33, !dbg !61

33:                                               ; preds = %32, %28
  br label %34, !dbg !62

34:                                               ; preds = %14, %33, %27, %21
  %35 = load i32, ptr %3, align 4, !dbg !63, !tbaa !9
  %36 = zext i32 %35 to i64, !dbg !64
  %37 = getelementptr inbounds nuw [3 x ptr], ptr %4, i64 0, i64 %36, !dbg !64
  %38 = load ptr, ptr %37, align 8, !dbg !64, !tbaa !65
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, ptr noundef %38), !dbg !68
  br label %40, !dbg !69

40:                                               ; preds = %34
  %41 = load i32, ptr %6, align 4, !dbg !70, !tbaa !9
  %42 = add nsw i32 %41, 1, !dbg !71
  store i32 %42, ptr %6, align 4, !dbg !72, !tbaa !9
  br label %10, !dbg !33, !llvm.loop !73

43:                                               ; preds = %13
  %44 = call i32 (ptr, ...) @printf(ptr noundef @.str.5), !dbg !76
  call void @llvm.lifetime.end.p0(ptr %5) #5, !dbg !77
  call void @llvm.lifetime.end.p0(ptr %4) #5, !dbg !77
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !77
  call void @llvm.lifetime.end.p0(ptr %2) #5, !dbg !77
  ret i32 0, !dbg !78
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

declare !dbg !79 i32 @printf(ptr noundef, ...) #3

; Function Attrs: nounwind uwtable
define internal i64 @run(ptr noundef %0, i32 noundef %1) #0 !dbg !81 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca [64 x i64], align 16
  %7 = alloca [8 x i64], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca %struct.insn, align 8
  %14 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !82
  store i32 %1, ptr %5, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #5, !dbg !84
  call void @llvm.lifetime.start.p0(ptr %7) #5, !dbg !84
  call void @llvm.memset.p0.i64(ptr align 16 %7, i8 0, i64 64, i1 false), !dbg !85
  call void @llvm.lifetime.start.p0(ptr %8) #5, !dbg !86
  store i32 0, ptr %8, align 4, !dbg !87, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #5, !dbg !86
  store i32 0, ptr %9, align 4, !dbg !88, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #5, !dbg !89
  store i64 0, ptr %10, align 8, !dbg !90, !tbaa !91
  call void @llvm.lifetime.start.p0(ptr %11) #5, !dbg !93
  store i64 0, ptr %11, align 8, !dbg !94, !tbaa !91
  br label %15, !dbg !93

15:                                               ; preds = %198, %2
  %16 = load i64, ptr %11, align 8, !dbg !95, !tbaa !91
  %17 = icmp slt i64 %16, 1000000, !dbg !96
  br i1 %17, label %19, label %18, !dbg !97

18:                                               ; preds = %15
  store i32 2, ptr %12, align 4
  br label %201, !dbg !98

19:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %13) #5, !dbg !99
  %20 = load ptr, ptr %4, align 8, !dbg !100, !tbaa !82
  %21 = load i32, ptr %9, align 4, !dbg !101, !tbaa !9
  %22 = add nsw i32 %21, 1, !dbg !102
  store i32 %22, ptr %9, align 4, !dbg !103, !tbaa !9
  %23 = sext i32 %21 to i64, !dbg !100
  %24 = getelementptr inbounds %struct.insn, ptr %20, i64 %23, !dbg !100
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %13, ptr align 8 %24, i64 16, i1 false), !dbg !104, !tbaa.struct !105
  %25 = getelementptr inbounds nuw %struct.insn, ptr %13, i32 0, i32 0, !dbg !106
  %26 = load i32, ptr %25, align 8, !dbg !107, !tbaa !108
  switch i32 %26, label %194 [
    i32 0, label %27
    i32 1, label %34
    i32 2, label %47
    i32 3, label %60
    i32 4, label %73
    i32 13, label %86
    i32 5, label %105
    i32 14, label %116
    i32 6, label %119
    i32 7, label %139
    i32 8, label %151
    i32 9, label %155
    i32 10, label %164
    i32 11, label %173
    i32 12, label %192
  ], !dbg !110

27:                                               ; preds = %19
  %28 = getelementptr inbounds nuw %struct.insn, ptr %13, i32 0, i32 1, !dbg !111
  %29 = load i64, ptr %28, align 8, !dbg !112, !tbaa !113
  %30 = load i32, ptr %8, align 4, !dbg !114, !tbaa !9
  %31 = add nsw i32 %30, 1, !dbg !115
  store i32 %31, ptr %8, align 4, !dbg !116, !tbaa !9
  %32 = sext i32 %30 to i64, !dbg !117
  %33 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %32, !dbg !117
  store i64 %29, ptr %33, align 8, !dbg !118, !tbaa !91
  br label %194, !dbg !119

34:                                               ; preds = %19
  %35 = load i32, ptr %8, align 4, !dbg !120, !tbaa !9
  %36 = add nsw i32 %35, -1, !dbg !121
  store i32 %36, ptr %8, align 4, !dbg !122, !tbaa !9
  %37 = load i32, ptr %8, align 4, !dbg !123, !tbaa !9
  %38 = sext i32 %37 to i64, !dbg !124
  %39 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %38, !dbg !124
  %40 = load i64, ptr %39, align 8, !dbg !124, !tbaa !91
  %41 = load i32, ptr %8, align 4, !dbg !125, !tbaa !9
  %42 = sub nsw i32 %41, 1, !dbg !126
  %43 = sext i32 %42 to i64, !dbg !127
  %44 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %43, !dbg !127
  %45 = load i64, ptr %44, align 8, !dbg !128, !tbaa !91
  %46 = add nsw i64 %45, %40, !dbg !129
  store i64 %46, ptr %44, align 8, !dbg !130, !tbaa !91
  br label %194, !dbg !131

47:                                               ; preds = %19
  %48 = load i32, ptr %8, align 4, !dbg !132, !tbaa !9
  %49 = add nsw i32 %48, -1, !dbg !133
  store i32 %49, ptr %8, align 4, !dbg !134, !tbaa !9
  %50 = load i32, ptr %8, align 4, !dbg !135, !tbaa !9
  %51 = sext i32 %50 to i64, !dbg !136
  %52 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %51, !dbg !136
  %53 = load i64, ptr %52, align 8, !dbg !136, !tbaa !91
  %54 = load i32, ptr %8, align 4, !dbg !137, !tbaa !9
  %55 = sub nsw i32 %54, 1, !dbg !138
  %56 = sext i32 %55 to i64, !dbg !139
  %57 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %56, !dbg !139
  %58 = load i64, ptr %57, align 8, !dbg !140, !tbaa !91
  %59 = sub nsw i64 %58, %53, !dbg !141
  store i64 %59, ptr %57, align 8, !dbg !142, !tbaa !91
  br label %194, !dbg !143

60:                                               ; preds = %19
  %61 = load i32, ptr %8, align 4, !dbg !144, !tbaa !9
  %62 = add nsw i32 %61, -1, !dbg !145
  store i32 %62, ptr %8, align 4, !dbg !146, !tbaa !9
  %63 = load i32, ptr %8, align 4, !dbg !147, !tbaa !9
  %64 = sext i32 %63 to i64, !dbg !148
  %65 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %64, !dbg !148
  %66 = load i64, ptr %65, align 8, !dbg !148, !tbaa !91
  %67 = load i32, ptr %8, align 4, !dbg !149, !tbaa !9
  %68 = sub nsw i32 %67, 1, !dbg !150
  %69 = sext i32 %68 to i64, !dbg !151
  %70 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %69, !dbg !151
  %71 = load i64, ptr %70, align 8, !dbg !152, !tbaa !91
  %72 = mul nsw i64 %71, %66, !dbg !153
  store i64 %72, ptr %70, align 8, !dbg !154, !tbaa !91
  br label %194, !dbg !155

73:                                               ; preds = %19
  %74 = load i32, ptr %8, align 4, !dbg !156, !tbaa !9
  %75 = add nsw i32 %74, -1, !dbg !157
  store i32 %75, ptr %8, align 4, !dbg !158, !tbaa !9
  %76 = load i32, ptr %8, align 4, !dbg !159, !tbaa !9
  %77 = sext i32 %76 to i64, !dbg !160
  %78 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %77, !dbg !160
  %79 = load i64, ptr %78, align 8, !dbg !160, !tbaa !91
  %80 = load i32, ptr %8, align 4, !dbg !161, !tbaa !9
  %81 = sub nsw i32 %80, 1, !dbg !162
  %82 = sext i32 %81 to i64, !dbg !163
  %83 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %82, !dbg !163
  %84 = load i64, ptr %83, align 8, !dbg !164, !tbaa !91
  %85 = srem i64 %84, %79, !dbg !165
  store i64 %85, ptr %83, align 8, !dbg !166, !tbaa !91
  br label %194, !dbg !167

86:                                               ; preds = %19
  %87 = load i32, ptr %8, align 4, !dbg !168, !tbaa !9
  %88 = add nsw i32 %87, -1, !dbg !169
  store i32 %88, ptr %8, align 4, !dbg !170, !tbaa !9
  %89 = load i32, ptr %8, align 4, !dbg !171, !tbaa !9
  %90 = sub nsw i32 %89, 1, !dbg !172
  %91 = sext i32 %90 to i64, !dbg !173
  %92 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %91, !dbg !173
  %93 = load i64, ptr %92, align 8, !dbg !173, !tbaa !91
  %94 = load i32, ptr %8, align 4, !dbg !174, !tbaa !9
  %95 = sext i32 %94 to i64, !dbg !175
  %96 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %95, !dbg !175
  %97 = load i64, ptr %96, align 8, !dbg !175, !tbaa !91
  %98 = icmp slt i64 %93, %97, !dbg !176
  %99 = zext i1 %98 to i32, !dbg !177
  %100 = sext i32 %99 to i64, !dbg !178
  %101 = load i32, ptr %8, align 4, !dbg !179, !tbaa !9
  %102 = sub nsw i32 %101, 1, !dbg !180
  %103 = sext i32 %102 to i64, !dbg !181
  %104 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %103, !dbg !181
  store i64 %100, ptr %104, align 8, !dbg !182, !tbaa !91
  br label %194, !dbg !183

105:                                              ; preds = %19
  %106 = load i32, ptr %8, align 4, !dbg !184, !tbaa !9
  %107 = sub nsw i32 %106, 1, !dbg !185
  %108 = sext i32 %107 to i64, !dbg !186
  %109 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %108, !dbg !186
  %110 = load i64, ptr %109, align 8, !dbg !187, !tbaa !91
  %111 = load i32, ptr %8, align 4, !dbg !188, !tbaa !9
  %112 = sext i32 %111 to i64, !dbg !189
  %113 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %112, !dbg !189
  store i64 %110, ptr %113, align 8, !dbg !190, !tbaa !91
  %114 = load i32, ptr %8, align 4, !dbg !191, !tbaa !9
  %115 = add nsw i32 %114, 1, !dbg !192
  store i32 %115, ptr %8, align 4, !dbg !193, !tbaa !9
  br label %194, !dbg !194

116:                                              ; preds = %19
  %117 = load i32, ptr %8, align 4, !dbg !195, !tbaa !9
  %118 = add nsw i32 %117, -1, !dbg !196
  store i32 %118, ptr %8, align 4, !dbg !197, !tbaa !9
  br label %194, !dbg !198

119:                                              ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %14) #5, !dbg !199
  %120 = load i32, ptr %8, align 4, !dbg !200, !tbaa !9
  %121 = sub nsw i32 %120, 1, !dbg !201
  %122 = sext i32 %121 to i64, !dbg !202
  %123 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %122, !dbg !202
  %124 = load i64, ptr %123, align 8, !dbg !203, !tbaa !91
  store i64 %124, ptr %14, align 8, !dbg !204, !tbaa !91
  %125 = load i32, ptr %8, align 4, !dbg !205, !tbaa !9
  %126 = sub nsw i32 %125, 2, !dbg !206
  %127 = sext i32 %126 to i64, !dbg !207
  %128 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %127, !dbg !207
  %129 = load i64, ptr %128, align 8, !dbg !208, !tbaa !91
  %130 = load i32, ptr %8, align 4, !dbg !209, !tbaa !9
  %131 = sub nsw i32 %130, 1, !dbg !210
  %132 = sext i32 %131 to i64, !dbg !211
  %133 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %132, !dbg !211
  store i64 %129, ptr %133, align 8, !dbg !212, !tbaa !91
  %134 = load i64, ptr %14, align 8, !dbg !213, !tbaa !91
  %135 = load i32, ptr %8, align 4, !dbg !214, !tbaa !9
  %136 = sub nsw i32 %135, 2, !dbg !215
  %137 = sext i32 %136 to i64, !dbg !216
  %138 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %137, !dbg !216
  store i64 %134, ptr %138, align 8, !dbg !217, !tbaa !91
  call void @llvm.lifetime.end.p0(ptr %14) #5, !dbg !218
  br label %194, !dbg !219

139:                                              ; preds = %19
  %140 = load i32, ptr %8, align 4, !dbg !220, !tbaa !9
  %141 = add nsw i32 %140, -1, !dbg !221
  store i32 %141, ptr %8, align 4, !dbg !222, !tbaa !9
  %142 = sext i32 %141 to i64, !dbg !223
  %143 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %142, !dbg !223
  %144 = load i64, ptr %143, align 8, !dbg !223, !tbaa !91
  %145 = icmp ne i64 %144, 0, !dbg !224
  br i1 %145, label %146, label %150, !dbg !225

146:                                              ; preds = %139
  %147 = getelementptr inbounds nuw %struct.insn, ptr %13, i32 0, i32 1, !dbg !226
  %148 = load i64, ptr %147, align 8, !dbg !227, !tbaa !113
  %149 = trunc i64 %148 to i32, !dbg !228
  store i32 %149, ptr %9, align 4, !dbg !229, !tbaa !9
  br label %150, !dbg !230

150:                                              ; preds = %146, %139
  br label %194, !dbg !231

151:                                              ; preds = %19
  %152 = getelementptr inbounds nuw %struct.insn, ptr %13, i32 0, i32 1, !dbg !232
  %153 = load i64, ptr %152, align 8, !dbg !233, !tbaa !113
  %154 = trunc i64 %153 to i32, !dbg !234
  store i32 %154, ptr %9, align 4, !dbg !235, !tbaa !9
  br label %194, !dbg !236

155:                                              ; preds = %19
  %156 = getelementptr inbounds nuw %struct.insn, ptr %13, i32 0, i32 1, !dbg !237
  %157 = load i64, ptr %156, align 8, !dbg !237, !tbaa !113
  %158 = getelementptr inbounds [8 x i64], ptr %7, i64 0, i64 %157, !dbg !238
  %159 = load i64, ptr %158, align 8, !dbg !239, !tbaa !91
  %160 = load i32, ptr %8, align 4, !dbg !240, !tbaa !9
  %161 = add nsw i32 %160, 1, !dbg !241
  store i32 %161, ptr %8, align 4, !dbg !242, !tbaa !9
  %162 = sext i32 %160 to i64, !dbg !243
  %163 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %162, !dbg !243
  store i64 %159, ptr %163, align 8, !dbg !244, !tbaa !91
  br label %194, !dbg !245

164:                                              ; preds = %19
  %165 = load i32, ptr %8, align 4, !dbg !246, !tbaa !9
  %166 = add nsw i32 %165, -1, !dbg !247
  store i32 %166, ptr %8, align 4, !dbg !248, !tbaa !9
  %167 = sext i32 %166 to i64, !dbg !249
  %168 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %167, !dbg !249
  %169 = load i64, ptr %168, align 8, !dbg !250, !tbaa !91
  %170 = getelementptr inbounds nuw %struct.insn, ptr %13, i32 0, i32 1, !dbg !251
  %171 = load i64, ptr %170, align 8, !dbg !251, !tbaa !113
  %172 = getelementptr inbounds [8 x i64], ptr %7, i64 0, i64 %171, !dbg !252
  store i64 %169, ptr %172, align 8, !dbg !253, !tbaa !91
  br label %194, !dbg !254

173:                                              ; preds = %19
  %174 = load i32, ptr %5, align 4, !dbg !255, !tbaa !9
  %175 = icmp ne i32 %174, 0, !dbg !256
  br i1 %175, label %176, label %183, !dbg !257

176:                                              ; preds = %173
  %177 = load i32, ptr %8, align 4, !dbg !258, !tbaa !9
  %178 = sub nsw i32 %177, 1, !dbg !259
  %179 = sext i32 %178 to i64, !dbg !260
  %180 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %179, !dbg !260
  %181 = load i64, ptr %180, align 8, !dbg !260, !tbaa !91
  %182 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %181), !dbg !261
  br label %183, !dbg !261

183:                                              ; preds = %176, %173
  %184 = load i64, ptr %10, align 8, !dbg !262, !tbaa !91
  %185 = mul nsw i64 %184, 31, !dbg !263
  %186 = load i32, ptr %8, align 4, !dbg !264, !tbaa !9
  %187 = add nsw i32 %186, -1, !dbg !265
  store i32 %187, ptr %8, align 4, !dbg !266, !tbaa !9
  %188 = sext i32 %187 to i64, !dbg !267
  %189 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %188, !dbg !267
  %190 = load i64, ptr %189, align 8, !dbg !267, !tbaa !91
  %191 = add nsw i64 %185, %190, !dbg !268
  store i64 %191, ptr %10, align 8, !dbg !269, !tbaa !91
  br label %194, !dbg !270

192:                                              ; preds = %19
  %193 = load i64, ptr %10, align 8, !dbg !271, !tbaa !91
  store i64 %193, ptr %3, align 8, !dbg !272
  store i32 1, ptr %12, align 4
  br label %195, !dbg !272

194:                                              ; preds = %19, %183, %164, %155, %151, %150, %119, %116, %105, %86, %73, %60, %47, %34, %27
  store i32 0, ptr %12, align 4, !dbg !273
  br label %195, !dbg !273

195:                                              ; preds = %194, %192
  call void @llvm.lifetime.end.p0(ptr %13) #5, !dbg !273
  %196 = load i32, ptr %12, align 4
  switch i32 %196, label %201 [
    i32 0, label %197
  ]

197:                                              ; preds = %195
  br label %198, !dbg !274

198:                                              ; preds = %197
  %199 = load i64, ptr %11, align 8, !dbg !275, !tbaa !91
  %200 = add nsw i64 %199, 1, !dbg !276
  store i64 %200, ptr %11, align 8, !dbg !277, !tbaa !91
  br label %15, !dbg !98, !llvm.loop !278

201:                                              ; preds = %195, %18
  call void @llvm.lifetime.end.p0(ptr %11) #5, !dbg !98
  %202 = load i32, ptr %12, align 4
  switch i32 %202, label %204 [
    i32 2, label %203
  ]

203:                                              ; preds = %201
  store i64 -1, ptr %3, align 8, !dbg !279
  store i32 1, ptr %12, align 4
  br label %204, !dbg !279

204:                                              ; preds = %203, %201
  call void @llvm.lifetime.end.p0(ptr %10) #5, !dbg !280
  call void @llvm.lifetime.end.p0(ptr %9) #5, !dbg !280
  call void @llvm.lifetime.end.p0(ptr %8) #5, !dbg !280
  call void @llvm.lifetime.end.p0(ptr %7) #5, !dbg !280
  call void @llvm.lifetime.end.p0(ptr %6) #5, !dbg !280
  %205 = load i64, ptr %3, align 8, !dbg !281
  ret i64 %205, !dbg !282
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "interp.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 33, type: !15, scopeLine: 33, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "interp.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 35, column: 5, scope: !13)
!18 = !DILocation(line: 35, column: 23, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !DILocation(line: 42, column: 44, scope: !13)
!20 = !DILocation(line: 42, column: 40, scope: !13)
!21 = !DILocation(line: 42, column: 5, scope: !13)
!22 = !DILocation(line: 43, column: 5, scope: !13)
!23 = !DILocation(line: 43, column: 39, scope: !13, atomGroup: 2, atomRank: 1)
!24 = !DILocation(line: 44, column: 5, scope: !13)
!25 = !DILocation(line: 44, column: 17, scope: !13, atomGroup: 3, atomRank: 1)
!26 = !DILocation(line: 45, column: 5, scope: !13)
!27 = !DILocation(line: 45, column: 9, scope: !13, atomGroup: 4, atomRank: 1)
!28 = !DILocation(line: 46, column: 10, scope: !13)
!29 = !DILocation(line: 46, column: 14, scope: !13, atomGroup: 5, atomRank: 1)
!30 = !DILocation(line: 46, column: 24, scope: !13)
!31 = !DILocation(line: 46, column: 29, scope: !13, atomGroup: 6, atomRank: 1)
!32 = !DILocation(line: 46, column: 5, scope: !13, atomGroup: 7, atomRank: 1)
!33 = !DILocation(line: 46, column: 5, scope: !13)
!34 = !DILocation(line: 47, column: 17, scope: !13, atomGroup: 8, atomRank: 2)
!35 = !DILocation(line: 47, column: 9, scope: !13, atomGroup: 8, atomRank: 1)
!36 = !DILocation(line: 48, column: 27, scope: !13)
!37 = !DILocation(line: 48, column: 27, scope: !13, atomGroup: 9, atomRank: 2)
!38 = !DILocation(line: 48, column: 27, scope: !13, atomGroup: 9, atomRank: 1)
!39 = !DILocation(line: 48, column: 35, scope: !13, atomGroup: 10, atomRank: 2)
!40 = !DILocation(line: 48, column: 35, scope: !13, atomGroup: 10, atomRank: 1)
!41 = !DILocation(line: 48, column: 46, scope: !13, atomGroup: 11, atomRank: 1)
!42 = !DILocation(line: 48, column: 64, scope: !13, atomGroup: 12, atomRank: 1)
!43 = !DILocation(line: 48, column: 69, scope: !13)
!44 = !DILocation(line: 48, column: 71, scope: !13, atomGroup: 13, atomRank: 1)
!45 = !DILocation(line: 49, column: 28, scope: !13)
!46 = !DILocation(line: 49, column: 28, scope: !13, atomGroup: 14, atomRank: 2)
!47 = !DILocation(line: 49, column: 28, scope: !13, atomGroup: 14, atomRank: 1)
!48 = !DILocation(line: 49, column: 36, scope: !13, atomGroup: 15, atomRank: 2)
!49 = !DILocation(line: 49, column: 36, scope: !13, atomGroup: 15, atomRank: 1)
!50 = !DILocation(line: 49, column: 47, scope: !13, atomGroup: 16, atomRank: 1)
!51 = !DILocation(line: 49, column: 62, scope: !13, atomGroup: 17, atomRank: 1)
!52 = !DILocation(line: 49, column: 67, scope: !13)
!53 = !DILocation(line: 49, column: 69, scope: !13, atomGroup: 18, atomRank: 1)
!54 = !DILocation(line: 50, column: 25, scope: !13)
!55 = !DILocation(line: 50, column: 25, scope: !13, atomGroup: 19, atomRank: 2)
!56 = !DILocation(line: 50, column: 25, scope: !13, atomGroup: 19, atomRank: 1)
!57 = !DILocation(line: 50, column: 33, scope: !13, atomGroup: 20, atomRank: 2)
!58 = !DILocation(line: 50, column: 33, scope: !13, atomGroup: 20, atomRank: 1)
!59 = !DILocation(line: 50, column: 44, scope: !13, atomGroup: 21, atomRank: 1)
!60 = !DILocation(line: 50, column: 61, scope: !13, atomGroup: 22, atomRank: 1)
!61 = !DILocation(line: 50, column: 66, scope: !13)
!62 = !DILocation(line: 50, column: 68, scope: !13, atomGroup: 23, atomRank: 1)
!63 = !DILocation(line: 52, column: 25, scope: !13)
!64 = !DILocation(line: 52, column: 22, scope: !13)
!65 = !{!66, !66, i64 0}
!66 = !{!"p1 omnipotent char", !67, i64 0}
!67 = !{!"any pointer", !11, i64 0}
!68 = !DILocation(line: 52, column: 9, scope: !13)
!69 = !DILocation(line: 53, column: 5, scope: !13, atomGroup: 25, atomRank: 1)
!70 = !DILocation(line: 46, column: 39, scope: !13)
!71 = !DILocation(line: 46, column: 39, scope: !13, atomGroup: 24, atomRank: 2)
!72 = !DILocation(line: 46, column: 39, scope: !13, atomGroup: 24, atomRank: 1)
!73 = distinct !{!73, !33, !74, !75}
!74 = !DILocation(line: 53, column: 5, scope: !13)
!75 = !{!"llvm.loop.mustprogress"}
!76 = !DILocation(line: 54, column: 5, scope: !13)
!77 = !DILocation(line: 56, column: 1, scope: !13)
!78 = !DILocation(line: 55, column: 5, scope: !13, atomGroup: 27, atomRank: 1)
!79 = !DISubprogram(name: "printf", scope: !80, file: !80, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!80 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!81 = distinct !DISubprogram(name: "run", scope: !14, file: !14, line: 8, type: !15, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!82 = !{!83, !83, i64 0}
!83 = !{!"p1 _ZTS4insn", !67, i64 0}
!84 = !DILocation(line: 9, column: 5, scope: !81)
!85 = !DILocation(line: 9, column: 24, scope: !81, atomGroup: 1, atomRank: 1)
!86 = !DILocation(line: 9, column: 39, scope: !81)
!87 = !DILocation(line: 9, column: 43, scope: !81, atomGroup: 2, atomRank: 1)
!88 = !DILocation(line: 9, column: 51, scope: !81, atomGroup: 3, atomRank: 1)
!89 = !DILocation(line: 9, column: 59, scope: !81)
!90 = !DILocation(line: 9, column: 67, scope: !81, atomGroup: 4, atomRank: 1)
!91 = !{!92, !92, i64 0}
!92 = !{!"long", !11, i64 0}
!93 = !DILocation(line: 10, column: 10, scope: !81)
!94 = !DILocation(line: 10, column: 15, scope: !81, atomGroup: 5, atomRank: 1)
!95 = !DILocation(line: 10, column: 26, scope: !81)
!96 = !DILocation(line: 10, column: 32, scope: !81, atomGroup: 6, atomRank: 1)
!97 = !DILocation(line: 10, column: 5, scope: !81, atomGroup: 7, atomRank: 1)
!98 = !DILocation(line: 10, column: 5, scope: !81)
!99 = !DILocation(line: 11, column: 9, scope: !81)
!100 = !DILocation(line: 11, column: 26, scope: !81)
!101 = !DILocation(line: 11, column: 33, scope: !81)
!102 = !DILocation(line: 11, column: 33, scope: !81, atomGroup: 9, atomRank: 2)
!103 = !DILocation(line: 11, column: 33, scope: !81, atomGroup: 9, atomRank: 1)
!104 = !DILocation(line: 11, column: 26, scope: !81, atomGroup: 8, atomRank: 1)
!105 = !{i64 0, i64 4, !9, i64 8, i64 8, !91}
!106 = !DILocation(line: 12, column: 20, scope: !81)
!107 = !DILocation(line: 12, column: 20, scope: !81, atomGroup: 10, atomRank: 2)
!108 = !{!109, !10, i64 0}
!109 = !{!"insn", !10, i64 0, !92, i64 8}
!110 = !DILocation(line: 12, column: 9, scope: !81, atomGroup: 10, atomRank: 1)
!111 = !DILocation(line: 13, column: 37, scope: !81)
!112 = !DILocation(line: 13, column: 37, scope: !81, atomGroup: 11, atomRank: 2)
!113 = !{!109, !92, i64 8}
!114 = !DILocation(line: 13, column: 28, scope: !81)
!115 = !DILocation(line: 13, column: 28, scope: !81, atomGroup: 12, atomRank: 2)
!116 = !DILocation(line: 13, column: 28, scope: !81, atomGroup: 12, atomRank: 1)
!117 = !DILocation(line: 13, column: 20, scope: !81)
!118 = !DILocation(line: 13, column: 32, scope: !81, atomGroup: 11, atomRank: 1)
!119 = !DILocation(line: 13, column: 42, scope: !81, atomGroup: 13, atomRank: 1)
!120 = !DILocation(line: 14, column: 21, scope: !81)
!121 = !DILocation(line: 14, column: 21, scope: !81, atomGroup: 14, atomRank: 2)
!122 = !DILocation(line: 14, column: 21, scope: !81, atomGroup: 14, atomRank: 1)
!123 = !DILocation(line: 14, column: 48, scope: !81)
!124 = !DILocation(line: 14, column: 42, scope: !81)
!125 = !DILocation(line: 14, column: 31, scope: !81)
!126 = !DILocation(line: 14, column: 34, scope: !81)
!127 = !DILocation(line: 14, column: 25, scope: !81)
!128 = !DILocation(line: 14, column: 39, scope: !81)
!129 = !DILocation(line: 14, column: 39, scope: !81, atomGroup: 15, atomRank: 2)
!130 = !DILocation(line: 14, column: 39, scope: !81, atomGroup: 15, atomRank: 1)
!131 = !DILocation(line: 14, column: 53, scope: !81, atomGroup: 16, atomRank: 1)
!132 = !DILocation(line: 15, column: 21, scope: !81)
!133 = !DILocation(line: 15, column: 21, scope: !81, atomGroup: 17, atomRank: 2)
!134 = !DILocation(line: 15, column: 21, scope: !81, atomGroup: 17, atomRank: 1)
!135 = !DILocation(line: 15, column: 48, scope: !81)
!136 = !DILocation(line: 15, column: 42, scope: !81)
!137 = !DILocation(line: 15, column: 31, scope: !81)
!138 = !DILocation(line: 15, column: 34, scope: !81)
!139 = !DILocation(line: 15, column: 25, scope: !81)
!140 = !DILocation(line: 15, column: 39, scope: !81)
!141 = !DILocation(line: 15, column: 39, scope: !81, atomGroup: 18, atomRank: 2)
!142 = !DILocation(line: 15, column: 39, scope: !81, atomGroup: 18, atomRank: 1)
!143 = !DILocation(line: 15, column: 53, scope: !81, atomGroup: 19, atomRank: 1)
!144 = !DILocation(line: 16, column: 21, scope: !81)
!145 = !DILocation(line: 16, column: 21, scope: !81, atomGroup: 20, atomRank: 2)
!146 = !DILocation(line: 16, column: 21, scope: !81, atomGroup: 20, atomRank: 1)
!147 = !DILocation(line: 16, column: 48, scope: !81)
!148 = !DILocation(line: 16, column: 42, scope: !81)
!149 = !DILocation(line: 16, column: 31, scope: !81)
!150 = !DILocation(line: 16, column: 34, scope: !81)
!151 = !DILocation(line: 16, column: 25, scope: !81)
!152 = !DILocation(line: 16, column: 39, scope: !81)
!153 = !DILocation(line: 16, column: 39, scope: !81, atomGroup: 21, atomRank: 2)
!154 = !DILocation(line: 16, column: 39, scope: !81, atomGroup: 21, atomRank: 1)
!155 = !DILocation(line: 16, column: 53, scope: !81, atomGroup: 22, atomRank: 1)
!156 = !DILocation(line: 17, column: 21, scope: !81)
!157 = !DILocation(line: 17, column: 21, scope: !81, atomGroup: 23, atomRank: 2)
!158 = !DILocation(line: 17, column: 21, scope: !81, atomGroup: 23, atomRank: 1)
!159 = !DILocation(line: 17, column: 48, scope: !81)
!160 = !DILocation(line: 17, column: 42, scope: !81)
!161 = !DILocation(line: 17, column: 31, scope: !81)
!162 = !DILocation(line: 17, column: 34, scope: !81)
!163 = !DILocation(line: 17, column: 25, scope: !81)
!164 = !DILocation(line: 17, column: 39, scope: !81)
!165 = !DILocation(line: 17, column: 39, scope: !81, atomGroup: 24, atomRank: 2)
!166 = !DILocation(line: 17, column: 39, scope: !81, atomGroup: 24, atomRank: 1)
!167 = !DILocation(line: 17, column: 53, scope: !81, atomGroup: 25, atomRank: 1)
!168 = !DILocation(line: 18, column: 20, scope: !81)
!169 = !DILocation(line: 18, column: 20, scope: !81, atomGroup: 26, atomRank: 2)
!170 = !DILocation(line: 18, column: 20, scope: !81, atomGroup: 26, atomRank: 1)
!171 = !DILocation(line: 18, column: 46, scope: !81)
!172 = !DILocation(line: 18, column: 49, scope: !81)
!173 = !DILocation(line: 18, column: 40, scope: !81)
!174 = !DILocation(line: 18, column: 62, scope: !81)
!175 = !DILocation(line: 18, column: 56, scope: !81)
!176 = !DILocation(line: 18, column: 54, scope: !81, atomGroup: 27, atomRank: 4)
!177 = !DILocation(line: 18, column: 54, scope: !81, atomGroup: 27, atomRank: 3)
!178 = !DILocation(line: 18, column: 40, scope: !81, atomGroup: 27, atomRank: 2)
!179 = !DILocation(line: 18, column: 30, scope: !81)
!180 = !DILocation(line: 18, column: 33, scope: !81)
!181 = !DILocation(line: 18, column: 24, scope: !81)
!182 = !DILocation(line: 18, column: 38, scope: !81, atomGroup: 27, atomRank: 1)
!183 = !DILocation(line: 18, column: 67, scope: !81, atomGroup: 28, atomRank: 1)
!184 = !DILocation(line: 19, column: 37, scope: !81)
!185 = !DILocation(line: 19, column: 40, scope: !81)
!186 = !DILocation(line: 19, column: 31, scope: !81)
!187 = !DILocation(line: 19, column: 31, scope: !81, atomGroup: 29, atomRank: 2)
!188 = !DILocation(line: 19, column: 25, scope: !81)
!189 = !DILocation(line: 19, column: 19, scope: !81)
!190 = !DILocation(line: 19, column: 29, scope: !81, atomGroup: 29, atomRank: 1)
!191 = !DILocation(line: 19, column: 48, scope: !81)
!192 = !DILocation(line: 19, column: 48, scope: !81, atomGroup: 30, atomRank: 2)
!193 = !DILocation(line: 19, column: 48, scope: !81, atomGroup: 30, atomRank: 1)
!194 = !DILocation(line: 19, column: 52, scope: !81, atomGroup: 31, atomRank: 1)
!195 = !DILocation(line: 20, column: 22, scope: !81)
!196 = !DILocation(line: 20, column: 22, scope: !81, atomGroup: 32, atomRank: 2)
!197 = !DILocation(line: 20, column: 22, scope: !81, atomGroup: 32, atomRank: 1)
!198 = !DILocation(line: 20, column: 26, scope: !81, atomGroup: 33, atomRank: 1)
!199 = !DILocation(line: 21, column: 22, scope: !81)
!200 = !DILocation(line: 21, column: 40, scope: !81)
!201 = !DILocation(line: 21, column: 43, scope: !81)
!202 = !DILocation(line: 21, column: 34, scope: !81)
!203 = !DILocation(line: 21, column: 34, scope: !81, atomGroup: 34, atomRank: 2)
!204 = !DILocation(line: 21, column: 30, scope: !81, atomGroup: 34, atomRank: 1)
!205 = !DILocation(line: 21, column: 71, scope: !81)
!206 = !DILocation(line: 21, column: 74, scope: !81)
!207 = !DILocation(line: 21, column: 65, scope: !81)
!208 = !DILocation(line: 21, column: 65, scope: !81, atomGroup: 35, atomRank: 2)
!209 = !DILocation(line: 21, column: 55, scope: !81)
!210 = !DILocation(line: 21, column: 58, scope: !81)
!211 = !DILocation(line: 21, column: 49, scope: !81)
!212 = !DILocation(line: 21, column: 63, scope: !81, atomGroup: 35, atomRank: 1)
!213 = !DILocation(line: 21, column: 96, scope: !81, atomGroup: 36, atomRank: 2)
!214 = !DILocation(line: 21, column: 86, scope: !81)
!215 = !DILocation(line: 21, column: 89, scope: !81)
!216 = !DILocation(line: 21, column: 80, scope: !81)
!217 = !DILocation(line: 21, column: 94, scope: !81, atomGroup: 36, atomRank: 1)
!218 = !DILocation(line: 21, column: 99, scope: !81)
!219 = !DILocation(line: 21, column: 101, scope: !81, atomGroup: 37, atomRank: 1)
!220 = !DILocation(line: 22, column: 29, scope: !81)
!221 = !DILocation(line: 22, column: 29, scope: !81, atomGroup: 38, atomRank: 2)
!222 = !DILocation(line: 22, column: 29, scope: !81, atomGroup: 38, atomRank: 1)
!223 = !DILocation(line: 22, column: 23, scope: !81)
!224 = !DILocation(line: 22, column: 23, scope: !81, atomGroup: 39, atomRank: 2)
!225 = !DILocation(line: 22, column: 23, scope: !81, atomGroup: 39, atomRank: 1)
!226 = !DILocation(line: 22, column: 49, scope: !81)
!227 = !DILocation(line: 22, column: 49, scope: !81, atomGroup: 40, atomRank: 3)
!228 = !DILocation(line: 22, column: 41, scope: !81, atomGroup: 40, atomRank: 2)
!229 = !DILocation(line: 22, column: 39, scope: !81, atomGroup: 40, atomRank: 1)
!230 = !DILocation(line: 22, column: 36, scope: !81)
!231 = !DILocation(line: 22, column: 54, scope: !81, atomGroup: 41, atomRank: 1)
!232 = !DILocation(line: 23, column: 32, scope: !81)
!233 = !DILocation(line: 23, column: 32, scope: !81, atomGroup: 42, atomRank: 3)
!234 = !DILocation(line: 23, column: 24, scope: !81, atomGroup: 42, atomRank: 2)
!235 = !DILocation(line: 23, column: 22, scope: !81, atomGroup: 42, atomRank: 1)
!236 = !DILocation(line: 23, column: 37, scope: !81, atomGroup: 43, atomRank: 1)
!237 = !DILocation(line: 24, column: 42, scope: !81)
!238 = !DILocation(line: 24, column: 34, scope: !81)
!239 = !DILocation(line: 24, column: 34, scope: !81, atomGroup: 44, atomRank: 2)
!240 = !DILocation(line: 24, column: 28, scope: !81)
!241 = !DILocation(line: 24, column: 28, scope: !81, atomGroup: 45, atomRank: 2)
!242 = !DILocation(line: 24, column: 28, scope: !81, atomGroup: 45, atomRank: 1)
!243 = !DILocation(line: 24, column: 20, scope: !81)
!244 = !DILocation(line: 24, column: 32, scope: !81, atomGroup: 44, atomRank: 1)
!245 = !DILocation(line: 24, column: 48, scope: !81, atomGroup: 46, atomRank: 1)
!246 = !DILocation(line: 25, column: 42, scope: !81)
!247 = !DILocation(line: 25, column: 42, scope: !81, atomGroup: 48, atomRank: 2)
!248 = !DILocation(line: 25, column: 42, scope: !81, atomGroup: 48, atomRank: 1)
!249 = !DILocation(line: 25, column: 36, scope: !81)
!250 = !DILocation(line: 25, column: 36, scope: !81, atomGroup: 47, atomRank: 2)
!251 = !DILocation(line: 25, column: 29, scope: !81)
!252 = !DILocation(line: 25, column: 21, scope: !81)
!253 = !DILocation(line: 25, column: 34, scope: !81, atomGroup: 47, atomRank: 1)
!254 = !DILocation(line: 25, column: 49, scope: !81, atomGroup: 49, atomRank: 1)
!255 = !DILocation(line: 26, column: 25, scope: !81)
!256 = !DILocation(line: 26, column: 25, scope: !81, atomGroup: 50, atomRank: 2)
!257 = !DILocation(line: 26, column: 25, scope: !81, atomGroup: 50, atomRank: 1)
!258 = !DILocation(line: 26, column: 70, scope: !81)
!259 = !DILocation(line: 26, column: 73, scope: !81)
!260 = !DILocation(line: 26, column: 64, scope: !81)
!261 = !DILocation(line: 26, column: 32, scope: !81)
!262 = !DILocation(line: 26, column: 86, scope: !81)
!263 = !DILocation(line: 26, column: 90, scope: !81)
!264 = !DILocation(line: 26, column: 103, scope: !81)
!265 = !DILocation(line: 26, column: 103, scope: !81, atomGroup: 52, atomRank: 2)
!266 = !DILocation(line: 26, column: 103, scope: !81, atomGroup: 52, atomRank: 1)
!267 = !DILocation(line: 26, column: 97, scope: !81)
!268 = !DILocation(line: 26, column: 95, scope: !81, atomGroup: 51, atomRank: 2)
!269 = !DILocation(line: 26, column: 84, scope: !81, atomGroup: 51, atomRank: 1)
!270 = !DILocation(line: 26, column: 110, scope: !81, atomGroup: 53, atomRank: 1)
!271 = !DILocation(line: 27, column: 27, scope: !81, atomGroup: 54, atomRank: 2)
!272 = !DILocation(line: 27, column: 20, scope: !81, atomGroup: 54, atomRank: 1)
!273 = !DILocation(line: 29, column: 5, scope: !81)
!274 = !DILocation(line: 29, column: 5, scope: !81, atomGroup: 56, atomRank: 1)
!275 = !DILocation(line: 10, column: 48, scope: !81)
!276 = !DILocation(line: 10, column: 48, scope: !81, atomGroup: 55, atomRank: 2)
!277 = !DILocation(line: 10, column: 48, scope: !81, atomGroup: 55, atomRank: 1)
!278 = distinct !{!278, !98, !273, !75}
!279 = !DILocation(line: 30, column: 5, scope: !81, atomGroup: 57, atomRank: 1)
!280 = !DILocation(line: 31, column: 1, scope: !81)
!281 = !DILocation(line: 31, column: 1, scope: !81, atomGroup: 58, atomRank: 2)
!282 = !DILocation(line: 31, column: 1, scope: !81, atomGroup: 58, atomRank: 1)
