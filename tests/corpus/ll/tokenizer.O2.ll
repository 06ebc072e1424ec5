; ModuleID = 'tokenizer.c'
source_filename = "tokenizer.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [170 x i8] c"{\22name\22: \22enzyme\22, \22version\22: 1.5, \22tags\22: [\22ad\22, \22llvm\22, 3, -2.25e1], \22nested\22: {\22a\22: {\22b\22: [1, 2, {\22c\22: true}]}, \22d\22: null, \22e\22: false}, \22esc\22: \22q\\\22uote\22, \22big\22: 1e10}\00", align 1
@src = internal global ptr null, align 8
@.str.1 = private unnamed_addr constant [11 x i8] c"sum %.17g\0A\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"depth%d=%d \00", align 1
@keys_at_depth = internal global [8 x i32] zeroinitializer, align 16
@.str.3 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.4 = private unnamed_addr constant [12 x i8] c"[1, 2, 3] @\00", align 1
@cur = internal global i32 0, align 4
@.str.5 = private unnamed_addr constant [19 x i8] c"tokens %d last=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [7 x i8] c"{}[]:,\00", align 1
@str = internal global [64 x i8] zeroinitializer, align 16
@num = internal global double 0.000000e+00, align 8
@.str.7 = private unnamed_addr constant [5 x i8] c"true\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"false\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"null\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6, !dbg !17
  store ptr @.str, ptr %2, align 8, !dbg !18, !tbaa !19
  %6 = load ptr, ptr %2, align 8, !dbg !22, !tbaa !19
  store ptr %6, ptr @src, align 8, !dbg !23, !tbaa !19
  %7 = call i32 @next(), !dbg !24
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !25
  %8 = call double @value(i32 noundef 0), !dbg !26
  store double %8, ptr %3, align 8, !dbg !27, !tbaa !28
  %9 = load double, ptr %3, align 8, !dbg !30, !tbaa !28
  %10 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %9), !dbg !31
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !32
  store i32 0, ptr %4, align 4, !dbg !33, !tbaa !9
  br label %11, !dbg !32

11:                                               ; preds = %22, %0
  %12 = load i32, ptr %4, align 4, !dbg !34, !tbaa !9
  %13 = icmp slt i32 %12, 5, !dbg !35
  br i1 %13, label %15, label %14, !dbg !36

14:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !37
  br label %25

15:                                               ; preds = %11
  %16 = load i32, ptr %4, align 4, !dbg !38, !tbaa !9
  %17 = load i32, ptr %4, align 4, !dbg !39, !tbaa !9
  %18 = sext i32 %17 to i64, !dbg !40
  %19 = getelementptr inbounds [8 x i32], ptr @keys_at_depth, i64 0, i64 %18, !dbg !40
  %20 = load i32, ptr %19, align 4, !dbg !40, !tbaa !9
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %16, i32 noundef %20), !dbg !41
  br label %22, !dbg !42

22:                                               ; preds = %15
  %23 = load i32, ptr %4, align 4, !dbg !43, !tbaa !9
  %24 = add nsw i32 %23, 1, !dbg !44
  store i32 %24, ptr %4, align 4, !dbg !45, !tbaa !9
  br label %11, !dbg !37, !llvm.loop !46

25:                                               ; preds = %14
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str.3), !dbg !49
  store ptr @.str.4, ptr @src, align 8, !dbg !50, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !51
  store i32 0, ptr %5, align 4, !dbg !52, !tbaa !9
  br label %27, !dbg !53

27:                                               ; preds = %35, %25
  %28 = call i32 @next(), !dbg !54
  %29 = icmp ne i32 %28, 11, !dbg !55
  br i1 %29, label %30, label %33, !dbg !56

30:                                               ; preds = %27
  %31 = load i32, ptr @cur, align 4, !dbg !57, !tbaa !9
  %32 = icmp ne i32 %31, 12, !dbg !58
  br label %33

33:                                               ; preds = %30, %27
  %34 = phi i1 [ false, %27 ], [ %32, %30 ], !dbg !59
  br i1 %34, label %35, label %38, !dbg !60

35:                                               ; preds = %33
  %36 = load i32, ptr %5, align 4, !dbg !61, !tbaa !9
  %37 = add nsw i32 %36, 1, !dbg !62
  store i32 %37, ptr %5, align 4, !dbg !63, !tbaa !9
  br label %27, !dbg !53, !llvm.loop !64

38:                                               ; preds = %33
  %39 = load i32, ptr %5, align 4, !dbg !65, !tbaa !9
  %40 = load i32, ptr @cur, align 4, !dbg !66, !tbaa !9
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %39, i32 noundef %40), !dbg !67
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !68
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !68
  call void @llvm.lifetime.end.p0(ptr %2) #6, !dbg !68
  ret i32 0, !dbg !69
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal i32 @next() #0 !dbg !70 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  br label %6, !dbg !71

6:                                                ; preds = %18, %0
  %7 = call ptr @__ctype_b_loc() #7, !dbg !72
  %8 = load ptr, ptr %7, align 8, !dbg !72, !tbaa !73
  %9 = load ptr, ptr @src, align 8, !dbg !75, !tbaa !19
  %10 = load i8, ptr %9, align 1, !dbg !76, !tbaa !77
  %11 = zext i8 %10 to i32, !dbg !72
  %12 = sext i32 %11 to i64, !dbg !72
  %13 = getelementptr inbounds i16, ptr %8, i64 %12, !dbg !72
  %14 = load i16, ptr %13, align 2, !dbg !72, !tbaa !78
  %15 = zext i16 %14 to i32, !dbg !72
  %16 = and i32 %15, 8192, !dbg !72
  %17 = icmp ne i32 %16, 0, !dbg !80
  br i1 %17, label %18, label %21, !dbg !81

18:                                               ; preds = %6
  %19 = load ptr, ptr @src, align 8, !dbg !82, !tbaa !19
  %20 = getelementptr inbounds nuw i8, ptr %19, i32 1, !dbg !83
  store ptr %20, ptr @src, align 8, !dbg !84, !tbaa !19
  br label %6, !dbg !71, !llvm.loop !85

21:                                               ; preds = %6
  call void @llvm.lifetime.start.p0(ptr %2) #6, !dbg !86
  %22 = load ptr, ptr @src, align 8, !dbg !87, !tbaa !19
  %23 = load i8, ptr %22, align 1, !dbg !88, !tbaa !77
  store i8 %23, ptr %2, align 1, !dbg !89, !tbaa !77
  %24 = load i8, ptr %2, align 1, !dbg !90, !tbaa !77
  %25 = icmp ne i8 %24, 0, !dbg !91
  br i1 %25, label %27, label %26, !dbg !92

26:                                               ; preds = %21
  store i32 11, ptr @cur, align 4, !dbg !93, !tbaa !9
  store i32 11, ptr %1, align 4, !dbg !94
  store i32 1, ptr %3, align 4
  br label %128, !dbg !94

27:                                               ; preds = %21
  %28 = load i8, ptr %2, align 1, !dbg !95, !tbaa !77
  %29 = sext i8 %28 to i32, !dbg !95
  %30 = call ptr @strchr(ptr noundef @.str.6, i32 noundef %29) #8, !dbg !96
  %31 = icmp ne ptr %30, null, !dbg !97
  br i1 %31, label %32, label %41, !dbg !98

32:                                               ; preds = %27
  %33 = load ptr, ptr @src, align 8, !dbg !99, !tbaa !19
  %34 = getelementptr inbounds nuw i8, ptr %33, i32 1, !dbg !100
  store ptr %34, ptr @src, align 8, !dbg !101, !tbaa !19
  %35 = load i8, ptr %2, align 1, !dbg !102, !tbaa !77
  %36 = sext i8 %35 to i32, !dbg !102
  %37 = call ptr @strchr(ptr noundef @.str.6, i32 noundef %36) #8, !dbg !103
  %38 = ptrtoint ptr %37 to i64, !dbg !104
  %39 = sub i64 %38, ptrtoint (ptr @.str.6 to i64), !dbg !105
  %40 = trunc i64 %39 to i32, !dbg !106
  store i32 %40, ptr @cur, align 4, !dbg !107, !tbaa !9
  store i32 %40, ptr %1, align 4, !dbg !108
  store i32 1, ptr %3, align 4
  br label %128, !dbg !108

41:                                               ; preds = %27
  %42 = load i8, ptr %2, align 1, !dbg !109, !tbaa !77
  %43 = sext i8 %42 to i32, !dbg !109
  %44 = icmp eq i32 %43, 34, !dbg !110
  br i1 %44, label %45, label %87, !dbg !111

45:                                               ; preds = %41
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !112
  store i32 0, ptr %4, align 4, !dbg !113, !tbaa !9
  %46 = load ptr, ptr @src, align 8, !dbg !114, !tbaa !19
  %47 = getelementptr inbounds nuw i8, ptr %46, i32 1, !dbg !115
  store ptr %47, ptr @src, align 8, !dbg !116, !tbaa !19
  br label %48, !dbg !117

48:                                               ; preds = %78, %45
  %49 = load ptr, ptr @src, align 8, !dbg !118, !tbaa !19
  %50 = load i8, ptr %49, align 1, !dbg !119, !tbaa !77
  %51 = sext i8 %50 to i32, !dbg !119
  %52 = icmp ne i32 %51, 0, !dbg !120
  br i1 %52, label %53, label %58, !dbg !121

53:                                               ; preds = %48
  %54 = load ptr, ptr @src, align 8, !dbg !122, !tbaa !19
  %55 = load i8, ptr %54, align 1, !dbg !123, !tbaa !77
  %56 = sext i8 %55 to i32, !dbg !123
  %57 = icmp ne i32 %56, 34, !dbg !124
  br label %58

58:                                               ; preds = %53, %48
  %59 = phi i1 [ false, %48 ], [ %57, %53 ], !dbg !125
  br i1 %59, label %60, label %81, !dbg !126

60:                                               ; preds = %58
  %61 = load ptr, ptr @src, align 8, !dbg !127, !tbaa !19
  %62 = load i8, ptr %61, align 1, !dbg !128, !tbaa !77
  %63 = sext i8 %62 to i32, !dbg !128
  %64 = icmp eq i32 %63, 92, !dbg !129
  br i1 %64, label %65, label %68, !dbg !130

65:                                               ; preds = %60
  %66 = load ptr, ptr @src, align 8, !dbg !131, !tbaa !19
  %67 = getelementptr inbounds nuw i8, ptr %66, i32 1, !dbg !132
  store ptr %67, ptr @src, align 8, !dbg !133, !tbaa !19
  br label %68, !dbg !134

68:                                               ; preds = %65, %60
  %69 = load i32, ptr %4, align 4, !dbg !135, !tbaa !9
  %70 = icmp slt i32 %69, 63, !dbg !136
  br i1 %70, label %71, label %78, !dbg !137

71:                                               ; preds = %68
  %72 = load ptr, ptr @src, align 8, !dbg !138, !tbaa !19
  %73 = load i8, ptr %72, align 1, !dbg !139, !tbaa !77
  %74 = load i32, ptr %4, align 4, !dbg !140, !tbaa !9
  %75 = add nsw i32 %74, 1, !dbg !141
  store i32 %75, ptr %4, align 4, !dbg !142, !tbaa !9
  %76 = sext i32 %74 to i64, !dbg !143
  %77 = getelementptr inbounds [64 x i8], ptr @str, i64 0, i64 %76, !dbg !143
  store i8 %73, ptr %77, align 1, !dbg !144, !tbaa !77
  br label %78, !dbg !143

78:                                               ; preds = %71, %68
  %79 = load ptr, ptr @src, align 8, !dbg !145, !tbaa !19
  %80 = getelementptr inbounds nuw i8, ptr %79, i32 1, !dbg !146
  store ptr %80, ptr @src, align 8, !dbg !147, !tbaa !19
  br label %48, !dbg !117, !llvm.loop !148

81:                                               ; preds = %58
  %82 = load i32, ptr %4, align 4, !dbg !150, !tbaa !9
  %83 = sext i32 %82 to i64, !dbg !151
  %84 = getelementptr inbounds [64 x i8], ptr @str, i64 0, i64 %83, !dbg !151
  store i8 0, ptr %84, align 1, !dbg !152, !tbaa !77
  %85 = load ptr, ptr @src, align 8, !dbg !153, !tbaa !19
  %86 = getelementptr inbounds nuw i8, ptr %85, i32 1, !dbg !154
  store ptr %86, ptr @src, align 8, !dbg !155, !tbaa !19
  store i32 6, ptr @cur, align 4, !dbg !156, !tbaa !9
  store i32 6, ptr %1, align 4, !dbg !157
  store i32 1, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !158
  br label %128

87:                                               ; preds = %41
  %88 = load i8, ptr %2, align 1, !dbg !159, !tbaa !77
  %89 = sext i8 %88 to i32, !dbg !159
  %90 = icmp eq i32 %89, 45, !dbg !160
  br i1 %90, label %102, label %91, !dbg !161

91:                                               ; preds = %87
  %92 = call ptr @__ctype_b_loc() #7, !dbg !162
  %93 = load ptr, ptr %92, align 8, !dbg !162, !tbaa !73
  %94 = load i8, ptr %2, align 1, !dbg !163, !tbaa !77
  %95 = zext i8 %94 to i32, !dbg !162
  %96 = sext i32 %95 to i64, !dbg !162
  %97 = getelementptr inbounds i16, ptr %93, i64 %96, !dbg !162
  %98 = load i16, ptr %97, align 2, !dbg !162, !tbaa !78
  %99 = zext i16 %98 to i32, !dbg !162
  %100 = and i32 %99, 2048, !dbg !162
  %101 = icmp ne i32 %100, 0, !dbg !164
  br i1 %101, label %102, label %106, !dbg !165

102:                                              ; preds = %91, %87
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !166
  %103 = load ptr, ptr @src, align 8, !dbg !167, !tbaa !19
  %104 = call double @strtod(ptr noundef %103, ptr noundef %5) #6, !dbg !168
  store double %104, ptr @num, align 8, !dbg !169, !tbaa !28
  %105 = load ptr, ptr %5, align 8, !dbg !170, !tbaa !19
  store ptr %105, ptr @src, align 8, !dbg !171, !tbaa !19
  store i32 7, ptr @cur, align 4, !dbg !172, !tbaa !9
  store i32 7, ptr %1, align 4, !dbg !173
  store i32 1, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !174
  br label %128

106:                                              ; preds = %91
  %107 = load ptr, ptr @src, align 8, !dbg !175, !tbaa !19
  %108 = call i32 @strncmp(ptr noundef %107, ptr noundef @.str.7, i64 noundef 4) #8, !dbg !176
  %109 = icmp ne i32 %108, 0, !dbg !177
  br i1 %109, label %113, label %110, !dbg !178

110:                                              ; preds = %106
  %111 = load ptr, ptr @src, align 8, !dbg !179, !tbaa !19
  %112 = getelementptr inbounds i8, ptr %111, i64 4, !dbg !180
  store ptr %112, ptr @src, align 8, !dbg !181, !tbaa !19
  store i32 8, ptr @cur, align 4, !dbg !182, !tbaa !9
  store i32 8, ptr %1, align 4, !dbg !183
  store i32 1, ptr %3, align 4
  br label %128, !dbg !183

113:                                              ; preds = %106
  %114 = load ptr, ptr @src, align 8, !dbg !184, !tbaa !19
  %115 = call i32 @strncmp(ptr noundef %114, ptr noundef @.str.8, i64 noundef 5) #8, !dbg !185
  %116 = icmp ne i32 %115, 0, !dbg !186
  br i1 %116, label %120, label %117, !dbg !187

117:                                              ; preds = %113
  %118 = load ptr, ptr @src, align 8, !dbg !188, !tbaa !19
  %119 = getelementptr inbounds i8, ptr %118, i64 5, !dbg !189
  store ptr %119, ptr @src, align 8, !dbg !190, !tbaa !19
  store i32 9, ptr @cur, align 4, !dbg !191, !tbaa !9
  store i32 9, ptr %1, align 4, !dbg !192
  store i32 1, ptr %3, align 4
  br label %128, !dbg !192

120:                                              ; preds = %113
  %121 = load ptr, ptr @src, align 8, !dbg !193, !tbaa !19
  %122 = call i32 @strncmp(ptr noundef %121, ptr noundef @.str.9, i64 noundef 4) #8, !dbg !194
  %123 = icmp ne i32 %122, 0, !dbg !195
  br i1 %123, label %127, label %124, !dbg !196

124:                                              ; preds = %120
  %125 = load ptr, ptr @src, align 8, !dbg !197, !tbaa !19
  %126 = getelementptr inbounds i8, ptr %125, i64 4, !dbg !198
  store ptr %126, ptr @src, align 8, !dbg !199, !tbaa !19
  store i32 10, ptr @cur, align 4, !dbg !200, !tbaa !9
  store i32 10, ptr %1, align 4, !dbg !201
  store i32 1, ptr %3, align 4
  br label %128, !dbg !201

127:                                              ; preds = %120
  store i32 12, ptr @cur, align 4, !dbg !202, !tbaa !9
  store i32 12, ptr %1, align 4, !dbg !203
  store i32 1, ptr %3, align 4
  br label %128, !dbg !203

128:                                              ; preds = %127, %124, %117, %110, %102, %81, %32, %26
  call void @llvm.lifetime.end.p0(ptr %2) #6, !dbg !204
  %129 = load i32, ptr %1, align 4, !dbg !205
  ret i32 %129, !dbg !206
}

; Function Attrs: nounwind uwtable
define internal double @value(i32 noundef %0) #0 !dbg !207 {
  %2 = alloca double, align 8
  %3 = alloca i32, align 4
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !208
  store double 0.000000e+00, ptr %4, align 8, !dbg !209, !tbaa !28
  %6 = load i32, ptr @cur, align 4, !dbg !210, !tbaa !9
  switch i32 %6, label %19 [
    i32 0, label %7
    i32 2, label %10
    i32 7, label %13
    i32 8, label %15
    i32 6, label %16
  ], !dbg !211

7:                                                ; preds = %1
  %8 = load i32, ptr %3, align 4, !dbg !212, !tbaa !9
  %9 = call double @object(i32 noundef %8), !dbg !213
  store double %9, ptr %2, align 8, !dbg !214
  store i32 1, ptr %5, align 4
  br label %23, !dbg !214

10:                                               ; preds = %1
  %11 = load i32, ptr %3, align 4, !dbg !215, !tbaa !9
  %12 = call double @array(i32 noundef %11), !dbg !216
  store double %12, ptr %2, align 8, !dbg !217
  store i32 1, ptr %5, align 4
  br label %23, !dbg !217

13:                                               ; preds = %1
  %14 = load double, ptr @num, align 8, !dbg !218, !tbaa !28
  store double %14, ptr %4, align 8, !dbg !219, !tbaa !28
  br label %20, !dbg !220

15:                                               ; preds = %1
  store double 1.000000e+00, ptr %4, align 8, !dbg !221, !tbaa !28
  br label %20, !dbg !222

16:                                               ; preds = %1
  %17 = call i64 @strlen(ptr noundef @str) #8, !dbg !223
  %18 = uitofp i64 %17 to double, !dbg !224
  store double %18, ptr %4, align 8, !dbg !225, !tbaa !28
  br label %20, !dbg !226

19:                                               ; preds = %1
  br label %20, !dbg !227

20:                                               ; preds = %19, %16, %15, %13
  %21 = call i32 @next(), !dbg !228
  %22 = load double, ptr %4, align 8, !dbg !229, !tbaa !28
  store double %22, ptr %2, align 8, !dbg !230
  store i32 1, ptr %5, align 4
  br label %23, !dbg !230

23:                                               ; preds = %20, %10, %7
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !231
  %24 = load double, ptr %2, align 8, !dbg !232
  ret double %24, !dbg !233
}

declare !dbg !234 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind willreturn memory(none)
declare !dbg !236 ptr @__ctype_b_loc() #3

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !238 ptr @strchr(ptr noundef, i32 noundef) #4

; Function Attrs: nounwind
declare !dbg !240 double @strtod(ptr noundef, ptr noundef) #5

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !242 i32 @strncmp(ptr noundef, ptr noundef, i64 noundef) #4

; Function Attrs: nounwind uwtable
define internal double @object(i32 noundef %0) #0 !dbg !243 {
  %2 = alloca i32, align 4
  %3 = alloca double, align 8
  store i32 %0, ptr %2, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !244
  store double 0.000000e+00, ptr %3, align 8, !dbg !245, !tbaa !28
  %4 = call i32 @next(), !dbg !246
  br label %5, !dbg !247

5:                                                ; preds = %25, %1
  %6 = load i32, ptr @cur, align 4, !dbg !248, !tbaa !9
  %7 = icmp eq i32 %6, 6, !dbg !249
  br i1 %7, label %8, label %26, !dbg !250

8:                                                ; preds = %5
  %9 = load i32, ptr %2, align 4, !dbg !251, !tbaa !9
  %10 = sext i32 %9 to i64, !dbg !252
  %11 = getelementptr inbounds [8 x i32], ptr @keys_at_depth, i64 0, i64 %10, !dbg !252
  %12 = load i32, ptr %11, align 4, !dbg !253, !tbaa !9
  %13 = add nsw i32 %12, 1, !dbg !254
  store i32 %13, ptr %11, align 4, !dbg !255, !tbaa !9
  %14 = call i32 @next(), !dbg !256
  %15 = call i32 @next(), !dbg !257
  %16 = load i32, ptr %2, align 4, !dbg !258, !tbaa !9
  %17 = add nsw i32 %16, 1, !dbg !259
  %18 = call double @value(i32 noundef %17), !dbg !260
  %19 = load double, ptr %3, align 8, !dbg !261, !tbaa !28
  %20 = fadd double %19, %18, !dbg !262
  store double %20, ptr %3, align 8, !dbg !263, !tbaa !28
  %21 = load i32, ptr @cur, align 4, !dbg !264, !tbaa !9
  %22 = icmp eq i32 %21, 5, !dbg !265
  br i1 %22, label %23, label %25, !dbg !266

23:                                               ; preds = %8
  %24 = call i32 @next(), !dbg !267
  br label %25, !dbg !267

25:                                               ; preds = %23, %8
  br label %5, !dbg !247, !llvm.loop !268

26:                                               ; preds = %5
  %27 = call i32 @next(), !dbg !270
  %28 = load double, ptr %3, align 8, !dbg !271, !tbaa !28
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !272
  ret double %28, !dbg !273
}

; Function Attrs: nounwind uwtable
define internal double @array(i32 noundef %0) #0 !dbg !274 {
  %2 = alloca i32, align 4
  %3 = alloca double, align 8
  store i32 %0, ptr %2, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !275
  store double 0.000000e+00, ptr %3, align 8, !dbg !276, !tbaa !28
  %4 = call i32 @next(), !dbg !277
  br label %5, !dbg !278

5:                                                ; preds = %23, %1
  %6 = load i32, ptr @cur, align 4, !dbg !279, !tbaa !9
  %7 = icmp ne i32 %6, 3, !dbg !280
  br i1 %7, label %8, label %11, !dbg !281

8:                                                ; preds = %5
  %9 = load i32, ptr @cur, align 4, !dbg !282, !tbaa !9
  %10 = icmp ne i32 %9, 11, !dbg !283
  br label %11

11:                                               ; preds = %8, %5
  %12 = phi i1 [ false, %5 ], [ %10, %8 ], !dbg !284
  br i1 %12, label %13, label %24, !dbg !285

13:                                               ; preds = %11
  %14 = load i32, ptr %2, align 4, !dbg !286, !tbaa !9
  %15 = add nsw i32 %14, 1, !dbg !287
  %16 = call double @value(i32 noundef %15), !dbg !288
  %17 = load double, ptr %3, align 8, !dbg !289, !tbaa !28
  %18 = fadd double %17, %16, !dbg !290
  store double %18, ptr %3, align 8, !dbg !291, !tbaa !28
  %19 = load i32, ptr @cur, align 4, !dbg !292, !tbaa !9
  %20 = icmp eq i32 %19, 5, !dbg !293
  br i1 %20, label %21, label %23, !dbg !294

21:                                               ; preds = %13
  %22 = call i32 @next(), !dbg !295
  br label %23, !dbg !295

23:                                               ; preds = %21, %13
  br label %5, !dbg !278, !llvm.loop !296

24:                                               ; preds = %11
  %25 = call i32 @next(), !dbg !298
  %26 = load double, ptr %3, align 8, !dbg !299, !tbaa !28
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !300
  ret double %26, !dbg !301
}

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !302 i64 @strlen(ptr noundef) #4

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { nounwind willreturn memory(none) }
attributes #8 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "tokenizer.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 52, type: !15, scopeLine: 52, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "tokenizer.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 53, column: 5, scope: !13)
!18 = !DILocation(line: 53, column: 17, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !{!20, !20, i64 0}
!20 = !{!"p1 omnipotent char", !21, i64 0}
!21 = !{!"any pointer", !11, i64 0}
!22 = !DILocation(line: 56, column: 11, scope: !13, atomGroup: 2, atomRank: 2)
!23 = !DILocation(line: 56, column: 9, scope: !13, atomGroup: 2, atomRank: 1)
!24 = !DILocation(line: 56, column: 16, scope: !13)
!25 = !DILocation(line: 57, column: 5, scope: !13)
!26 = !DILocation(line: 57, column: 16, scope: !13, atomGroup: 3, atomRank: 2)
!27 = !DILocation(line: 57, column: 12, scope: !13, atomGroup: 3, atomRank: 1)
!28 = !{!29, !29, i64 0}
!29 = !{!"double", !11, i64 0}
!30 = !DILocation(line: 58, column: 27, scope: !13)
!31 = !DILocation(line: 58, column: 5, scope: !13)
!32 = !DILocation(line: 59, column: 10, scope: !13)
!33 = !DILocation(line: 59, column: 14, scope: !13, atomGroup: 4, atomRank: 1)
!34 = !DILocation(line: 59, column: 21, scope: !13)
!35 = !DILocation(line: 59, column: 23, scope: !13, atomGroup: 5, atomRank: 1)
!36 = !DILocation(line: 59, column: 5, scope: !13, atomGroup: 6, atomRank: 1)
!37 = !DILocation(line: 59, column: 5, scope: !13)
!38 = !DILocation(line: 59, column: 55, scope: !13)
!39 = !DILocation(line: 59, column: 72, scope: !13)
!40 = !DILocation(line: 59, column: 58, scope: !13)
!41 = !DILocation(line: 59, column: 33, scope: !13)
!42 = !DILocation(line: 59, column: 33, scope: !13, atomGroup: 8, atomRank: 1)
!43 = !DILocation(line: 59, column: 29, scope: !13)
!44 = !DILocation(line: 59, column: 29, scope: !13, atomGroup: 7, atomRank: 2)
!45 = !DILocation(line: 59, column: 29, scope: !13, atomGroup: 7, atomRank: 1)
!46 = distinct !{!46, !37, !47, !48}
!47 = !DILocation(line: 59, column: 74, scope: !13)
!48 = !{!"llvm.loop.mustprogress"}
!49 = !DILocation(line: 60, column: 5, scope: !13)
!50 = !DILocation(line: 61, column: 9, scope: !13, atomGroup: 9, atomRank: 1)
!51 = !DILocation(line: 61, column: 26, scope: !13)
!52 = !DILocation(line: 61, column: 30, scope: !13, atomGroup: 10, atomRank: 1)
!53 = !DILocation(line: 61, column: 37, scope: !13)
!54 = !DILocation(line: 61, column: 44, scope: !13)
!55 = !DILocation(line: 61, column: 51, scope: !13, atomGroup: 11, atomRank: 2)
!56 = !DILocation(line: 61, column: 60, scope: !13, atomGroup: 11, atomRank: 1)
!57 = !DILocation(line: 61, column: 63, scope: !13)
!58 = !DILocation(line: 61, column: 67, scope: !13)
!59 = !DILocation(line: 0, scope: !13)
!60 = !DILocation(line: 61, column: 37, scope: !13, atomGroup: 12, atomRank: 1)
!61 = !DILocation(line: 61, column: 78, scope: !13)
!62 = !DILocation(line: 61, column: 78, scope: !13, atomGroup: 13, atomRank: 2)
!63 = !DILocation(line: 61, column: 78, scope: !13, atomGroup: 13, atomRank: 1)
!64 = distinct !{!64, !53, !61, !48}
!65 = !DILocation(line: 62, column: 35, scope: !13)
!66 = !DILocation(line: 62, column: 43, scope: !13)
!67 = !DILocation(line: 62, column: 5, scope: !13)
!68 = !DILocation(line: 64, column: 1, scope: !13)
!69 = !DILocation(line: 63, column: 5, scope: !13, atomGroup: 15, atomRank: 1)
!70 = distinct !DISubprogram(name: "next", scope: !14, file: !14, line: 11, type: !15, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!71 = !DILocation(line: 12, column: 5, scope: !70)
!72 = !DILocation(line: 12, column: 12, scope: !70)
!73 = !{!74, !74, i64 0}
!74 = !{!"p1 short", !21, i64 0}
!75 = !DILocation(line: 12, column: 36, scope: !70)
!76 = !DILocation(line: 12, column: 35, scope: !70)
!77 = !{!11, !11, i64 0}
!78 = !{!79, !79, i64 0}
!79 = !{!"short", !11, i64 0}
!80 = !DILocation(line: 12, column: 5, scope: !70, atomGroup: 1, atomRank: 1)
!81 = !DILocation(line: 12, column: 5, scope: !70, atomGroup: 2, atomRank: 1)
!82 = !DILocation(line: 12, column: 45, scope: !70)
!83 = !DILocation(line: 12, column: 45, scope: !70, atomGroup: 3, atomRank: 2)
!84 = !DILocation(line: 12, column: 45, scope: !70, atomGroup: 3, atomRank: 1)
!85 = distinct !{!85, !71, !82, !48}
!86 = !DILocation(line: 13, column: 5, scope: !70)
!87 = !DILocation(line: 13, column: 15, scope: !70)
!88 = !DILocation(line: 13, column: 14, scope: !70, atomGroup: 4, atomRank: 2)
!89 = !DILocation(line: 13, column: 10, scope: !70, atomGroup: 4, atomRank: 1)
!90 = !DILocation(line: 14, column: 10, scope: !70)
!91 = !DILocation(line: 14, column: 10, scope: !70, atomGroup: 5, atomRank: 2)
!92 = !DILocation(line: 14, column: 9, scope: !70, atomGroup: 5, atomRank: 1)
!93 = !DILocation(line: 14, column: 24, scope: !70, atomGroup: 7, atomRank: 1)
!94 = !DILocation(line: 14, column: 13, scope: !70, atomGroup: 6, atomRank: 1)
!95 = !DILocation(line: 15, column: 26, scope: !70)
!96 = !DILocation(line: 15, column: 9, scope: !70)
!97 = !DILocation(line: 15, column: 9, scope: !70, atomGroup: 8, atomRank: 2)
!98 = !DILocation(line: 15, column: 9, scope: !70, atomGroup: 8, atomRank: 1)
!99 = !DILocation(line: 15, column: 35, scope: !70)
!100 = !DILocation(line: 15, column: 35, scope: !70, atomGroup: 9, atomRank: 2)
!101 = !DILocation(line: 15, column: 35, scope: !70, atomGroup: 9, atomRank: 1)
!102 = !DILocation(line: 15, column: 80, scope: !70)
!103 = !DILocation(line: 15, column: 63, scope: !70)
!104 = !DILocation(line: 15, column: 83, scope: !70)
!105 = !DILocation(line: 15, column: 83, scope: !70, atomGroup: 10, atomRank: 3)
!106 = !DILocation(line: 15, column: 52, scope: !70, atomGroup: 10, atomRank: 2)
!107 = !DILocation(line: 15, column: 50, scope: !70, atomGroup: 11, atomRank: 1)
!108 = !DILocation(line: 15, column: 39, scope: !70, atomGroup: 10, atomRank: 1)
!109 = !DILocation(line: 16, column: 9, scope: !70)
!110 = !DILocation(line: 16, column: 11, scope: !70, atomGroup: 12, atomRank: 2)
!111 = !DILocation(line: 16, column: 11, scope: !70, atomGroup: 12, atomRank: 1)
!112 = !DILocation(line: 17, column: 9, scope: !70)
!113 = !DILocation(line: 17, column: 13, scope: !70, atomGroup: 13, atomRank: 1)
!114 = !DILocation(line: 17, column: 23, scope: !70)
!115 = !DILocation(line: 17, column: 23, scope: !70, atomGroup: 14, atomRank: 2)
!116 = !DILocation(line: 17, column: 23, scope: !70, atomGroup: 14, atomRank: 1)
!117 = !DILocation(line: 18, column: 9, scope: !70)
!118 = !DILocation(line: 18, column: 17, scope: !70)
!119 = !DILocation(line: 18, column: 16, scope: !70)
!120 = !DILocation(line: 18, column: 16, scope: !70, atomGroup: 15, atomRank: 2)
!121 = !DILocation(line: 18, column: 21, scope: !70, atomGroup: 15, atomRank: 1)
!122 = !DILocation(line: 18, column: 25, scope: !70)
!123 = !DILocation(line: 18, column: 24, scope: !70)
!124 = !DILocation(line: 18, column: 29, scope: !70)
!125 = !DILocation(line: 0, scope: !70)
!126 = !DILocation(line: 18, column: 9, scope: !70, atomGroup: 16, atomRank: 1)
!127 = !DILocation(line: 18, column: 44, scope: !70)
!128 = !DILocation(line: 18, column: 43, scope: !70)
!129 = !DILocation(line: 18, column: 48, scope: !70, atomGroup: 17, atomRank: 2)
!130 = !DILocation(line: 18, column: 48, scope: !70, atomGroup: 17, atomRank: 1)
!131 = !DILocation(line: 18, column: 60, scope: !70)
!132 = !DILocation(line: 18, column: 60, scope: !70, atomGroup: 18, atomRank: 2)
!133 = !DILocation(line: 18, column: 60, scope: !70, atomGroup: 18, atomRank: 1)
!134 = !DILocation(line: 18, column: 57, scope: !70)
!135 = !DILocation(line: 18, column: 68, scope: !70)
!136 = !DILocation(line: 18, column: 70, scope: !70, atomGroup: 19, atomRank: 2)
!137 = !DILocation(line: 18, column: 70, scope: !70, atomGroup: 19, atomRank: 1)
!138 = !DILocation(line: 18, column: 88, scope: !70)
!139 = !DILocation(line: 18, column: 87, scope: !70, atomGroup: 20, atomRank: 2)
!140 = !DILocation(line: 18, column: 81, scope: !70)
!141 = !DILocation(line: 18, column: 81, scope: !70, atomGroup: 21, atomRank: 2)
!142 = !DILocation(line: 18, column: 81, scope: !70, atomGroup: 21, atomRank: 1)
!143 = !DILocation(line: 18, column: 76, scope: !70)
!144 = !DILocation(line: 18, column: 85, scope: !70, atomGroup: 20, atomRank: 1)
!145 = !DILocation(line: 18, column: 96, scope: !70)
!146 = !DILocation(line: 18, column: 96, scope: !70, atomGroup: 22, atomRank: 2)
!147 = !DILocation(line: 18, column: 96, scope: !70, atomGroup: 22, atomRank: 1)
!148 = distinct !{!148, !117, !149, !48}
!149 = !DILocation(line: 18, column: 100, scope: !70)
!150 = !DILocation(line: 19, column: 13, scope: !70)
!151 = !DILocation(line: 19, column: 9, scope: !70)
!152 = !DILocation(line: 19, column: 16, scope: !70, atomGroup: 23, atomRank: 1)
!153 = !DILocation(line: 19, column: 24, scope: !70)
!154 = !DILocation(line: 19, column: 24, scope: !70, atomGroup: 24, atomRank: 2)
!155 = !DILocation(line: 19, column: 24, scope: !70, atomGroup: 24, atomRank: 1)
!156 = !DILocation(line: 19, column: 39, scope: !70, atomGroup: 26, atomRank: 1)
!157 = !DILocation(line: 19, column: 28, scope: !70, atomGroup: 25, atomRank: 1)
!158 = !DILocation(line: 20, column: 5, scope: !70)
!159 = !DILocation(line: 21, column: 9, scope: !70)
!160 = !DILocation(line: 21, column: 11, scope: !70, atomGroup: 27, atomRank: 2)
!161 = !DILocation(line: 21, column: 18, scope: !70, atomGroup: 27, atomRank: 1)
!162 = !DILocation(line: 21, column: 21, scope: !70)
!163 = !DILocation(line: 21, column: 44, scope: !70)
!164 = !DILocation(line: 21, column: 21, scope: !70, atomGroup: 28, atomRank: 2)
!165 = !DILocation(line: 21, column: 18, scope: !70, atomGroup: 28, atomRank: 1)
!166 = !DILocation(line: 21, column: 50, scope: !70)
!167 = !DILocation(line: 21, column: 74, scope: !70)
!168 = !DILocation(line: 21, column: 67, scope: !70, atomGroup: 29, atomRank: 2)
!169 = !DILocation(line: 21, column: 65, scope: !70, atomGroup: 29, atomRank: 1)
!170 = !DILocation(line: 21, column: 92, scope: !70, atomGroup: 30, atomRank: 2)
!171 = !DILocation(line: 21, column: 90, scope: !70, atomGroup: 30, atomRank: 1)
!172 = !DILocation(line: 21, column: 108, scope: !70, atomGroup: 32, atomRank: 1)
!173 = !DILocation(line: 21, column: 97, scope: !70, atomGroup: 31, atomRank: 1)
!174 = !DILocation(line: 21, column: 117, scope: !70)
!175 = !DILocation(line: 22, column: 18, scope: !70)
!176 = !DILocation(line: 22, column: 10, scope: !70)
!177 = !DILocation(line: 22, column: 10, scope: !70, atomGroup: 33, atomRank: 2)
!178 = !DILocation(line: 22, column: 9, scope: !70, atomGroup: 33, atomRank: 1)
!179 = !DILocation(line: 22, column: 41, scope: !70)
!180 = !DILocation(line: 22, column: 41, scope: !70, atomGroup: 34, atomRank: 2)
!181 = !DILocation(line: 22, column: 41, scope: !70, atomGroup: 34, atomRank: 1)
!182 = !DILocation(line: 22, column: 58, scope: !70, atomGroup: 36, atomRank: 1)
!183 = !DILocation(line: 22, column: 47, scope: !70, atomGroup: 35, atomRank: 1)
!184 = !DILocation(line: 23, column: 18, scope: !70)
!185 = !DILocation(line: 23, column: 10, scope: !70)
!186 = !DILocation(line: 23, column: 10, scope: !70, atomGroup: 37, atomRank: 2)
!187 = !DILocation(line: 23, column: 9, scope: !70, atomGroup: 37, atomRank: 1)
!188 = !DILocation(line: 23, column: 42, scope: !70)
!189 = !DILocation(line: 23, column: 42, scope: !70, atomGroup: 38, atomRank: 2)
!190 = !DILocation(line: 23, column: 42, scope: !70, atomGroup: 38, atomRank: 1)
!191 = !DILocation(line: 23, column: 59, scope: !70, atomGroup: 40, atomRank: 1)
!192 = !DILocation(line: 23, column: 48, scope: !70, atomGroup: 39, atomRank: 1)
!193 = !DILocation(line: 24, column: 18, scope: !70)
!194 = !DILocation(line: 24, column: 10, scope: !70)
!195 = !DILocation(line: 24, column: 10, scope: !70, atomGroup: 41, atomRank: 2)
!196 = !DILocation(line: 24, column: 9, scope: !70, atomGroup: 41, atomRank: 1)
!197 = !DILocation(line: 24, column: 41, scope: !70)
!198 = !DILocation(line: 24, column: 41, scope: !70, atomGroup: 42, atomRank: 2)
!199 = !DILocation(line: 24, column: 41, scope: !70, atomGroup: 42, atomRank: 1)
!200 = !DILocation(line: 24, column: 58, scope: !70, atomGroup: 44, atomRank: 1)
!201 = !DILocation(line: 24, column: 47, scope: !70, atomGroup: 43, atomRank: 1)
!202 = !DILocation(line: 25, column: 16, scope: !70, atomGroup: 46, atomRank: 1)
!203 = !DILocation(line: 25, column: 5, scope: !70, atomGroup: 45, atomRank: 1)
!204 = !DILocation(line: 26, column: 1, scope: !70)
!205 = !DILocation(line: 26, column: 1, scope: !70, atomGroup: 47, atomRank: 2)
!206 = !DILocation(line: 26, column: 1, scope: !70, atomGroup: 47, atomRank: 1)
!207 = distinct !DISubprogram(name: "value", scope: !14, file: !14, line: 39, type: !15, scopeLine: 39, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!208 = !DILocation(line: 40, column: 5, scope: !207)
!209 = !DILocation(line: 40, column: 12, scope: !207, atomGroup: 1, atomRank: 1)
!210 = !DILocation(line: 41, column: 13, scope: !207, atomGroup: 2, atomRank: 2)
!211 = !DILocation(line: 41, column: 5, scope: !207, atomGroup: 2, atomRank: 1)
!212 = !DILocation(line: 42, column: 34, scope: !207)
!213 = !DILocation(line: 42, column: 27, scope: !207, atomGroup: 3, atomRank: 2)
!214 = !DILocation(line: 42, column: 20, scope: !207, atomGroup: 3, atomRank: 1)
!215 = !DILocation(line: 43, column: 33, scope: !207)
!216 = !DILocation(line: 43, column: 27, scope: !207, atomGroup: 4, atomRank: 2)
!217 = !DILocation(line: 43, column: 20, scope: !207, atomGroup: 4, atomRank: 1)
!218 = !DILocation(line: 44, column: 21, scope: !207, atomGroup: 5, atomRank: 2)
!219 = !DILocation(line: 44, column: 19, scope: !207, atomGroup: 5, atomRank: 1)
!220 = !DILocation(line: 44, column: 26, scope: !207, atomGroup: 6, atomRank: 1)
!221 = !DILocation(line: 45, column: 20, scope: !207, atomGroup: 7, atomRank: 1)
!222 = !DILocation(line: 45, column: 25, scope: !207, atomGroup: 8, atomRank: 1)
!223 = !DILocation(line: 46, column: 29, scope: !207, atomGroup: 9, atomRank: 3)
!224 = !DILocation(line: 46, column: 21, scope: !207, atomGroup: 9, atomRank: 2)
!225 = !DILocation(line: 46, column: 19, scope: !207, atomGroup: 9, atomRank: 1)
!226 = !DILocation(line: 46, column: 42, scope: !207, atomGroup: 10, atomRank: 1)
!227 = !DILocation(line: 47, column: 14, scope: !207, atomGroup: 11, atomRank: 1)
!228 = !DILocation(line: 49, column: 5, scope: !207)
!229 = !DILocation(line: 49, column: 20, scope: !207, atomGroup: 12, atomRank: 2)
!230 = !DILocation(line: 49, column: 13, scope: !207, atomGroup: 12, atomRank: 1)
!231 = !DILocation(line: 50, column: 1, scope: !207)
!232 = !DILocation(line: 50, column: 1, scope: !207, atomGroup: 13, atomRank: 2)
!233 = !DILocation(line: 50, column: 1, scope: !207, atomGroup: 13, atomRank: 1)
!234 = !DISubprogram(name: "printf", scope: !235, file: !235, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!235 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!236 = !DISubprogram(name: "__ctype_b_loc", scope: !237, file: !237, line: 79, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!237 = !DIFile(filename: "/usr/include/ctype.h", directory: "")
!238 = !DISubprogram(name: "strchr", scope: !239, file: !239, line: 246, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!239 = !DIFile(filename: "/usr/include/string.h", directory: "")
!240 = !DISubprogram(name: "strtod", scope: !241, file: !241, line: 118, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!241 = !DIFile(filename: "/usr/include/stdlib.h", directory: "")
!242 = !DISubprogram(name: "strncmp", scope: !239, file: !239, line: 159, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!243 = distinct !DISubprogram(name: "object", scope: !14, file: !14, line: 29, type: !15, scopeLine: 29, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!244 = !DILocation(line: 30, column: 5, scope: !243)
!245 = !DILocation(line: 30, column: 12, scope: !243, atomGroup: 1, atomRank: 1)
!246 = !DILocation(line: 30, column: 19, scope: !243)
!247 = !DILocation(line: 31, column: 5, scope: !243)
!248 = !DILocation(line: 31, column: 12, scope: !243)
!249 = !DILocation(line: 31, column: 16, scope: !243, atomGroup: 2, atomRank: 1)
!250 = !DILocation(line: 31, column: 5, scope: !243, atomGroup: 3, atomRank: 1)
!251 = !DILocation(line: 31, column: 42, scope: !243)
!252 = !DILocation(line: 31, column: 28, scope: !243)
!253 = !DILocation(line: 31, column: 48, scope: !243)
!254 = !DILocation(line: 31, column: 48, scope: !243, atomGroup: 4, atomRank: 2)
!255 = !DILocation(line: 31, column: 48, scope: !243, atomGroup: 4, atomRank: 1)
!256 = !DILocation(line: 31, column: 52, scope: !243)
!257 = !DILocation(line: 31, column: 72, scope: !243)
!258 = !DILocation(line: 31, column: 91, scope: !243)
!259 = !DILocation(line: 31, column: 97, scope: !243)
!260 = !DILocation(line: 31, column: 85, scope: !243)
!261 = !DILocation(line: 31, column: 82, scope: !243)
!262 = !DILocation(line: 31, column: 82, scope: !243, atomGroup: 5, atomRank: 2)
!263 = !DILocation(line: 31, column: 82, scope: !243, atomGroup: 5, atomRank: 1)
!264 = !DILocation(line: 31, column: 107, scope: !243)
!265 = !DILocation(line: 31, column: 111, scope: !243, atomGroup: 6, atomRank: 2)
!266 = !DILocation(line: 31, column: 111, scope: !243, atomGroup: 6, atomRank: 1)
!267 = !DILocation(line: 31, column: 123, scope: !243)
!268 = distinct !{!268, !247, !269, !48}
!269 = !DILocation(line: 31, column: 131, scope: !243)
!270 = !DILocation(line: 32, column: 5, scope: !243)
!271 = !DILocation(line: 32, column: 20, scope: !243, atomGroup: 8, atomRank: 2)
!272 = !DILocation(line: 33, column: 1, scope: !243)
!273 = !DILocation(line: 32, column: 13, scope: !243, atomGroup: 8, atomRank: 1)
!274 = distinct !DISubprogram(name: "array", scope: !14, file: !14, line: 34, type: !15, scopeLine: 34, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!275 = !DILocation(line: 35, column: 5, scope: !274)
!276 = !DILocation(line: 35, column: 12, scope: !274, atomGroup: 1, atomRank: 1)
!277 = !DILocation(line: 35, column: 19, scope: !274)
!278 = !DILocation(line: 36, column: 5, scope: !274)
!279 = !DILocation(line: 36, column: 12, scope: !274)
!280 = !DILocation(line: 36, column: 16, scope: !274, atomGroup: 2, atomRank: 2)
!281 = !DILocation(line: 36, column: 28, scope: !274, atomGroup: 2, atomRank: 1)
!282 = !DILocation(line: 36, column: 31, scope: !274)
!283 = !DILocation(line: 36, column: 35, scope: !274)
!284 = !DILocation(line: 0, scope: !274)
!285 = !DILocation(line: 36, column: 5, scope: !274, atomGroup: 3, atomRank: 1)
!286 = !DILocation(line: 36, column: 58, scope: !274)
!287 = !DILocation(line: 36, column: 64, scope: !274)
!288 = !DILocation(line: 36, column: 52, scope: !274)
!289 = !DILocation(line: 36, column: 49, scope: !274)
!290 = !DILocation(line: 36, column: 49, scope: !274, atomGroup: 4, atomRank: 2)
!291 = !DILocation(line: 36, column: 49, scope: !274, atomGroup: 4, atomRank: 1)
!292 = !DILocation(line: 36, column: 74, scope: !274)
!293 = !DILocation(line: 36, column: 78, scope: !274, atomGroup: 5, atomRank: 2)
!294 = !DILocation(line: 36, column: 78, scope: !274, atomGroup: 5, atomRank: 1)
!295 = !DILocation(line: 36, column: 90, scope: !274)
!296 = distinct !{!296, !278, !297, !48}
!297 = !DILocation(line: 36, column: 98, scope: !274)
!298 = !DILocation(line: 37, column: 5, scope: !274)
!299 = !DILocation(line: 37, column: 20, scope: !274, atomGroup: 7, atomRank: 2)
!300 = !DILocation(line: 38, column: 1, scope: !274)
!301 = !DILocation(line: 37, column: 13, scope: !274, atomGroup: 7, atomRank: 1)
!302 = !DISubprogram(name: "strlen", scope: !239, file: !239, line: 407, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
