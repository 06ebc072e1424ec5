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

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store ptr @.str, ptr %2, align 8, !dbg !13
  %6 = load ptr, ptr %2, align 8, !dbg !14
  store ptr %6, ptr @src, align 8, !dbg !15
  %7 = call i32 @next(), !dbg !16
  %8 = call double @value(i32 noundef 0), !dbg !17
  store double %8, ptr %3, align 8, !dbg !18
  %9 = load double, ptr %3, align 8, !dbg !19
  %10 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %9), !dbg !20
  store i32 0, ptr %4, align 4, !dbg !21
  br label %11, !dbg !22

11:                                               ; preds = %21, %0
  %12 = load i32, ptr %4, align 4, !dbg !23
  %13 = icmp slt i32 %12, 5, !dbg !24
  br i1 %13, label %14, label %24, !dbg !25

14:                                               ; preds = %11
  %15 = load i32, ptr %4, align 4, !dbg !26
  %16 = load i32, ptr %4, align 4, !dbg !27
  %17 = sext i32 %16 to i64, !dbg !28
  %18 = getelementptr inbounds [8 x i32], ptr @keys_at_depth, i64 0, i64 %17, !dbg !28
  %19 = load i32, ptr %18, align 4, !dbg !28
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %15, i32 noundef %19), !dbg !29
  br label %21, !dbg !29

21:                                               ; preds = %14
  %22 = load i32, ptr %4, align 4, !dbg !30
  %23 = add nsw i32 %22, 1, !dbg !30
  store i32 %23, ptr %4, align 4, !dbg !30
  br label %11, !dbg !25, !llvm.loop !31

24:                                               ; preds = %11
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.3), !dbg !34
  store ptr @.str.4, ptr @src, align 8, !dbg !35
  store i32 0, ptr %5, align 4, !dbg !36
  br label %26, !dbg !37

26:                                               ; preds = %34, %24
  %27 = call i32 @next(), !dbg !38
  %28 = icmp ne i32 %27, 11, !dbg !39
  br i1 %28, label %29, label %32, !dbg !40

29:                                               ; preds = %26
  %30 = load i32, ptr @cur, align 4, !dbg !41
  %31 = icmp ne i32 %30, 12, !dbg !42
  br label %32

32:                                               ; preds = %29, %26
  %33 = phi i1 [ false, %26 ], [ %31, %29 ], !dbg !43
  br i1 %33, label %34, label %37, !dbg !37

34:                                               ; preds = %32
  %35 = load i32, ptr %5, align 4, !dbg !44
  %36 = add nsw i32 %35, 1, !dbg !44
  store i32 %36, ptr %5, align 4, !dbg !44
  br label %26, !dbg !37, !llvm.loop !45

37:                                               ; preds = %32
  %38 = load i32, ptr %5, align 4, !dbg !46
  %39 = load i32, ptr @cur, align 4, !dbg !47
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %38, i32 noundef %39), !dbg !48
  ret i32 0, !dbg !49
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @next() #0 !dbg !50 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  br label %5, !dbg !51

5:                                                ; preds = %17, %0
  %6 = call ptr @__ctype_b_loc() #5, !dbg !52
  %7 = load ptr, ptr %6, align 8, !dbg !52
  %8 = load ptr, ptr @src, align 8, !dbg !53
  %9 = load i8, ptr %8, align 1, !dbg !54
  %10 = zext i8 %9 to i32, !dbg !52
  %11 = sext i32 %10 to i64, !dbg !52
  %12 = getelementptr inbounds i16, ptr %7, i64 %11, !dbg !52
  %13 = load i16, ptr %12, align 2, !dbg !52
  %14 = zext i16 %13 to i32, !dbg !52
  %15 = and i32 %14, 8192, !dbg !52
  %16 = icmp ne i32 %15, 0, !dbg !51
  br i1 %16, label %17, label %20, !dbg !51

17:                                               ; preds = %5
  %18 = load ptr, ptr @src, align 8, !dbg !55
  %19 = getelementptr inbounds nuw i8, ptr %18, i32 1, !dbg !55
  store ptr %19, ptr @src, align 8, !dbg !55
  br label %5, !dbg !51, !llvm.loop !56

20:                                               ; preds = %5
  %21 = load ptr, ptr @src, align 8, !dbg !57
  %22 = load i8, ptr %21, align 1, !dbg !58
  store i8 %22, ptr %2, align 1, !dbg !59
  %23 = load i8, ptr %2, align 1, !dbg !60
  %24 = icmp ne i8 %23, 0, !dbg !60
  br i1 %24, label %26, label %25, !dbg !61

25:                                               ; preds = %20
  store i32 11, ptr @cur, align 4, !dbg !62
  store i32 11, ptr %1, align 4, !dbg !63
  br label %127, !dbg !63

26:                                               ; preds = %20
  %27 = load i8, ptr %2, align 1, !dbg !64
  %28 = sext i8 %27 to i32, !dbg !64
  %29 = call ptr @strchr(ptr noundef @.str.6, i32 noundef %28) #6, !dbg !65
  %30 = icmp ne ptr %29, null, !dbg !65
  br i1 %30, label %31, label %40, !dbg !65

31:                                               ; preds = %26
  %32 = load ptr, ptr @src, align 8, !dbg !66
  %33 = getelementptr inbounds nuw i8, ptr %32, i32 1, !dbg !66
  store ptr %33, ptr @src, align 8, !dbg !66
  %34 = load i8, ptr %2, align 1, !dbg !67
  %35 = sext i8 %34 to i32, !dbg !67
  %36 = call ptr @strchr(ptr noundef @.str.6, i32 noundef %35) #6, !dbg !68
  %37 = ptrtoint ptr %36 to i64, !dbg !69
  %38 = sub i64 %37, ptrtoint (ptr @.str.6 to i64), !dbg !69
  %39 = trunc i64 %38 to i32, !dbg !70
  store i32 %39, ptr @cur, align 4, !dbg !71
  store i32 %39, ptr %1, align 4, !dbg !72
  br label %127, !dbg !72

40:                                               ; preds = %26
  %41 = load i8, ptr %2, align 1, !dbg !73
  %42 = sext i8 %41 to i32, !dbg !73
  %43 = icmp eq i32 %42, 34, !dbg !74
  br i1 %43, label %44, label %86, !dbg !74

44:                                               ; preds = %40
  store i32 0, ptr %3, align 4, !dbg !75
  %45 = load ptr, ptr @src, align 8, !dbg !76
  %46 = getelementptr inbounds nuw i8, ptr %45, i32 1, !dbg !76
  store ptr %46, ptr @src, align 8, !dbg !76
  br label %47, !dbg !77

47:                                               ; preds = %77, %44
  %48 = load ptr, ptr @src, align 8, !dbg !78
  %49 = load i8, ptr %48, align 1, !dbg !79
  %50 = sext i8 %49 to i32, !dbg !79
  %51 = icmp ne i32 %50, 0, !dbg !79
  br i1 %51, label %52, label %57, !dbg !80

52:                                               ; preds = %47
  %53 = load ptr, ptr @src, align 8, !dbg !81
  %54 = load i8, ptr %53, align 1, !dbg !82
  %55 = sext i8 %54 to i32, !dbg !82
  %56 = icmp ne i32 %55, 34, !dbg !83
  br label %57

57:                                               ; preds = %52, %47
  %58 = phi i1 [ false, %47 ], [ %56, %52 ], !dbg !84
  br i1 %58, label %59, label %80, !dbg !77

59:                                               ; preds = %57
  %60 = load ptr, ptr @src, align 8, !dbg !85
  %61 = load i8, ptr %60, align 1, !dbg !86
  %62 = sext i8 %61 to i32, !dbg !86
  %63 = icmp eq i32 %62, 92, !dbg !87
  br i1 %63, label %64, label %67, !dbg !87

64:                                               ; preds = %59
  %65 = load ptr, ptr @src, align 8, !dbg !88
  %66 = getelementptr inbounds nuw i8, ptr %65, i32 1, !dbg !88
  store ptr %66, ptr @src, align 8, !dbg !88
  br label %67, !dbg !89

67:                                               ; preds = %64, %59
  %68 = load i32, ptr %3, align 4, !dbg !90
  %69 = icmp slt i32 %68, 63, !dbg !91
  br i1 %69, label %70, label %77, !dbg !91

70:                                               ; preds = %67
  %71 = load ptr, ptr @src, align 8, !dbg !92
  %72 = load i8, ptr %71, align 1, !dbg !93
  %73 = load i32, ptr %3, align 4, !dbg !94
  %74 = add nsw i32 %73, 1, !dbg !94
  store i32 %74, ptr %3, align 4, !dbg !94
  %75 = sext i32 %73 to i64, !dbg !95
  %76 = getelementptr inbounds [64 x i8], ptr @str, i64 0, i64 %75, !dbg !95
  store i8 %72, ptr %76, align 1, !dbg !96
  br label %77, !dbg !95

77:                                               ; preds = %70, %67
  %78 = load ptr, ptr @src, align 8, !dbg !97
  %79 = getelementptr inbounds nuw i8, ptr %78, i32 1, !dbg !97
  store ptr %79, ptr @src, align 8, !dbg !97
  br label %47, !dbg !77, !llvm.loop !98

80:                                               ; preds = %57
  %81 = load i32, ptr %3, align 4, !dbg !100
  %82 = sext i32 %81 to i64, !dbg !101
  %83 = getelementptr inbounds [64 x i8], ptr @str, i64 0, i64 %82, !dbg !101
  store i8 0, ptr %83, align 1, !dbg !102
  %84 = load ptr, ptr @src, align 8, !dbg !103
  %85 = getelementptr inbounds nuw i8, ptr %84, i32 1, !dbg !103
  store ptr %85, ptr @src, align 8, !dbg !103
  store i32 6, ptr @cur, align 4, !dbg !104
  store i32 6, ptr %1, align 4, !dbg !105
  br label %127, !dbg !105

86:                                               ; preds = %40
  %87 = load i8, ptr %2, align 1, !dbg !106
  %88 = sext i8 %87 to i32, !dbg !106
  %89 = icmp eq i32 %88, 45, !dbg !107
  br i1 %89, label %101, label %90, !dbg !108

90:                                               ; preds = %86
  %91 = call ptr @__ctype_b_loc() #5, !dbg !109
  %92 = load ptr, ptr %91, align 8, !dbg !109
  %93 = load i8, ptr %2, align 1, !dbg !110
  %94 = zext i8 %93 to i32, !dbg !109
  %95 = sext i32 %94 to i64, !dbg !109
  %96 = getelementptr inbounds i16, ptr %92, i64 %95, !dbg !109
  %97 = load i16, ptr %96, align 2, !dbg !109
  %98 = zext i16 %97 to i32, !dbg !109
  %99 = and i32 %98, 2048, !dbg !109
  %100 = icmp ne i32 %99, 0, !dbg !109
  br i1 %100, label %101, label %105, !dbg !108

101:                                              ; preds = %90, %86
  %102 = load ptr, ptr @src, align 8, !dbg !111
  %103 = call double @strtod(ptr noundef %102, ptr noundef %4) #7, !dbg !112
  store double %103, ptr @num, align 8, !dbg !113
  %104 = load ptr, ptr %4, align 8, !dbg !114
  store ptr %104, ptr @src, align 8, !dbg !115
  store i32 7, ptr @cur, align 4, !dbg !116
  store i32 7, ptr %1, align 4, !dbg !117
  br label %127, !dbg !117

105:                                              ; preds = %90
  %106 = load ptr, ptr @src, align 8, !dbg !118
  %107 = call i32 @strncmp(ptr noundef %106, ptr noundef @.str.7, i64 noundef 4) #6, !dbg !119
  %108 = icmp ne i32 %107, 0, !dbg !119
  br i1 %108, label %112, label %109, !dbg !120

109:                                              ; preds = %105
  %110 = load ptr, ptr @src, align 8, !dbg !121
  %111 = getelementptr inbounds i8, ptr %110, i64 4, !dbg !121
  store ptr %111, ptr @src, align 8, !dbg !121
  store i32 8, ptr @cur, align 4, !dbg !122
  store i32 8, ptr %1, align 4, !dbg !123
  br label %127, !dbg !123

112:                                              ; preds = %105
  %113 = load ptr, ptr @src, align 8, !dbg !124
  %114 = call i32 @strncmp(ptr noundef %113, ptr noundef @.str.8, i64 noundef 5) #6, !dbg !125
  %115 = icmp ne i32 %114, 0, !dbg !125
  br i1 %115, label %119, label %116, !dbg !126

116:                                              ; preds = %112
  %117 = load ptr, ptr @src, align 8, !dbg !127
  %118 = getelementptr inbounds i8, ptr %117, i64 5, !dbg !127
  store ptr %118, ptr @src, align 8, !dbg !127
  store i32 9, ptr @cur, align 4, !dbg !128
  store i32 9, ptr %1, align 4, !dbg !129
  br label %127, !dbg !129

119:                                              ; preds = %112
  %120 = load ptr, ptr @src, align 8, !dbg !130
  %121 = call i32 @strncmp(ptr noundef %120, ptr noundef @.str.9, i64 noundef 4) #6, !dbg !131
  %122 = icmp ne i32 %121, 0, !dbg !131
  br i1 %122, label %126, label %123, !dbg !132

123:                                              ; preds = %119
  %124 = load ptr, ptr @src, align 8, !dbg !133
  %125 = getelementptr inbounds i8, ptr %124, i64 4, !dbg !133
  store ptr %125, ptr @src, align 8, !dbg !133
  store i32 10, ptr @cur, align 4, !dbg !134
  store i32 10, ptr %1, align 4, !dbg !135
  br label %127, !dbg !135

126:                                              ; preds = %119
  store i32 12, ptr @cur, align 4, !dbg !136
  store i32 12, ptr %1, align 4, !dbg !137
  br label %127, !dbg !137

127:                                              ; preds = %126, %123, %116, %109, %101, %80, %31, %25
  %128 = load i32, ptr %1, align 4, !dbg !138
  ret i32 %128, !dbg !138
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal double @value(i32 noundef %0) #0 !dbg !139 {
  %2 = alloca double, align 8
  %3 = alloca i32, align 4
  %4 = alloca double, align 8
  store i32 %0, ptr %3, align 4
  store double 0.000000e+00, ptr %4, align 8, !dbg !140
  %5 = load i32, ptr @cur, align 4, !dbg !141
  switch i32 %5, label %18 [
    i32 0, label %6
    i32 2, label %9
    i32 7, label %12
    i32 8, label %14
    i32 6, label %15
  ], !dbg !142

6:                                                ; preds = %1
  %7 = load i32, ptr %3, align 4, !dbg !143
  %8 = call double @object(i32 noundef %7), !dbg !144
  store double %8, ptr %2, align 8, !dbg !145
  br label %22, !dbg !145

9:                                                ; preds = %1
  %10 = load i32, ptr %3, align 4, !dbg !146
  %11 = call double @array(i32 noundef %10), !dbg !147
  store double %11, ptr %2, align 8, !dbg !148
  br label %22, !dbg !148

12:                                               ; preds = %1
  %13 = load double, ptr @num, align 8, !dbg !149
  store double %13, ptr %4, align 8, !dbg !150
  br label %19, !dbg !151

14:                                               ; preds = %1
  store double 1.000000e+00, ptr %4, align 8, !dbg !152
  br label %19, !dbg !153

15:                                               ; preds = %1
  %16 = call i64 @strlen(ptr noundef @str) #6, !dbg !154
  %17 = uitofp i64 %16 to double, !dbg !155
  store double %17, ptr %4, align 8, !dbg !156
  br label %19, !dbg !157

18:                                               ; preds = %1
  br label %19, !dbg !158

19:                                               ; preds = %18, %15, %14, %12
  %20 = call i32 @next(), !dbg !159
  %21 = load double, ptr %4, align 8, !dbg !160
  store double %21, ptr %2, align 8, !dbg !161
  br label %22, !dbg !161

22:                                               ; preds = %19, %9, %6
  %23 = load double, ptr %2, align 8, !dbg !162
  ret double %23, !dbg !162
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nounwind willreturn memory(none)
declare ptr @__ctype_b_loc() #2

; Function Attrs: nounwind willreturn memory(read)
declare ptr @strchr(ptr noundef, i32 noundef) #3

; Function Attrs: nounwind
declare double @strtod(ptr noundef, ptr noundef) #4

; Function Attrs: nounwind willreturn memory(read)
declare i32 @strncmp(ptr noundef, ptr noundef, i64 noundef) #3

; Function Attrs: noinline nounwind sspstrong uwtable
define internal double @object(i32 noundef %0) #0 !dbg !163 {
  %2 = alloca i32, align 4
  %3 = alloca double, align 8
  store i32 %0, ptr %2, align 4
  store double 0.000000e+00, ptr %3, align 8, !dbg !164
  %4 = call i32 @next(), !dbg !165
  br label %5, !dbg !166

5:                                                ; preds = %25, %1
  %6 = load i32, ptr @cur, align 4, !dbg !167
  %7 = icmp eq i32 %6, 6, !dbg !168
  br i1 %7, label %8, label %26, !dbg !166

8:                                                ; preds = %5
  %9 = load i32, ptr %2, align 4, !dbg !169
  %10 = sext i32 %9 to i64, !dbg !170
  %11 = getelementptr inbounds [8 x i32], ptr @keys_at_depth, i64 0, i64 %10, !dbg !170
  %12 = load i32, ptr %11, align 4, !dbg !171
  %13 = add nsw i32 %12, 1, !dbg !171
  store i32 %13, ptr %11, align 4, !dbg !171
  %14 = call i32 @next(), !dbg !172
  %15 = call i32 @next(), !dbg !173
  %16 = load i32, ptr %2, align 4, !dbg !174
  %17 = add nsw i32 %16, 1, !dbg !175
  %18 = call double @value(i32 noundef %17), !dbg !176
  %19 = load double, ptr %3, align 8, !dbg !177
  %20 = fadd double %19, %18, !dbg !177
  store double %20, ptr %3, align 8, !dbg !177
  %21 = load i32, ptr @cur, align 4, !dbg !178
  %22 = icmp eq i32 %21, 5, !dbg !179
  br i1 %22, label %23, label %25, !dbg !179

23:                                               ; preds = %8
  %24 = call i32 @next(), !dbg !180
  br label %25, !dbg !180

25:                                               ; preds = %23, %8
  br label %5, !dbg !166, !llvm.loop !181

26:                                               ; preds = %5
  %27 = call i32 @next(), !dbg !183
  %28 = load double, ptr %3, align 8, !dbg !184
  ret double %28, !dbg !185
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal double @array(i32 noundef %0) #0 !dbg !186 {
  %2 = alloca i32, align 4
  %3 = alloca double, align 8
  store i32 %0, ptr %2, align 4
  store double 0.000000e+00, ptr %3, align 8, !dbg !187
  %4 = call i32 @next(), !dbg !188
  br label %5, !dbg !189

5:                                                ; preds = %23, %1
  %6 = load i32, ptr @cur, align 4, !dbg !190
  %7 = icmp ne i32 %6, 3, !dbg !191
  br i1 %7, label %8, label %11, !dbg !192

8:                                                ; preds = %5
  %9 = load i32, ptr @cur, align 4, !dbg !193
  %10 = icmp ne i32 %9, 11, !dbg !194
  br label %11

11:                                               ; preds = %8, %5
  %12 = phi i1 [ false, %5 ], [ %10, %8 ], !dbg !195
  br i1 %12, label %13, label %24, !dbg !189

13:                                               ; preds = %11
  %14 = load i32, ptr %2, align 4, !dbg !196
  %15 = add nsw i32 %14, 1, !dbg !197
  %16 = call double @value(i32 noundef %15), !dbg !198
  %17 = load double, ptr %3, align 8, !dbg !199
  %18 = fadd double %17, %16, !dbg !199
  store double %18, ptr %3, align 8, !dbg !199
  %19 = load i32, ptr @cur, align 4, !dbg !200
  %20 = icmp eq i32 %19, 5, !dbg !201
  br i1 %20, label %21, label %23, !dbg !201

21:                                               ; preds = %13
  %22 = call i32 @next(), !dbg !202
  br label %23, !dbg !202

23:                                               ; preds = %21, %13
  br label %5, !dbg !189, !llvm.loop !203

24:                                               ; preds = %11
  %25 = call i32 @next(), !dbg !205
  %26 = load double, ptr %3, align 8, !dbg !206
  ret double %26, !dbg !207
}

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #3

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind willreturn memory(none) }
attributes #6 = { nounwind willreturn memory(read) }
attributes #7 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "tokenizer.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 52, type: !11, scopeLine: 52, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "tokenizer.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 53, column: 17, scope: !9)
!14 = !DILocation(line: 56, column: 11, scope: !9)
!15 = !DILocation(line: 56, column: 9, scope: !9)
!16 = !DILocation(line: 56, column: 16, scope: !9)
!17 = !DILocation(line: 57, column: 16, scope: !9)
!18 = !DILocation(line: 57, column: 12, scope: !9)
!19 = !DILocation(line: 58, column: 27, scope: !9)
!20 = !DILocation(line: 58, column: 5, scope: !9)
!21 = !DILocation(line: 59, column: 14, scope: !9)
!22 = !DILocation(line: 59, column: 10, scope: !9)
!23 = !DILocation(line: 59, column: 21, scope: !9)
!24 = !DILocation(line: 59, column: 23, scope: !9)
!25 = !DILocation(line: 59, column: 5, scope: !9)
!26 = !DILocation(line: 59, column: 55, scope: !9)
!27 = !DILocation(line: 59, column: 72, scope: !9)
!28 = !DILocation(line: 59, column: 58, scope: !9)
!29 = !DILocation(line: 59, column: 33, scope: !9)
!30 = !DILocation(line: 59, column: 29, scope: !9)
!31 = distinct !{!31, !25, !32, !33}
!32 = !DILocation(line: 59, column: 74, scope: !9)
!33 = !{!"llvm.loop.mustprogress"}
!34 = !DILocation(line: 60, column: 5, scope: !9)
!35 = !DILocation(line: 61, column: 9, scope: !9)
!36 = !DILocation(line: 61, column: 30, scope: !9)
!37 = !DILocation(line: 61, column: 37, scope: !9)
!38 = !DILocation(line: 61, column: 44, scope: !9)
!39 = !DILocation(line: 61, column: 51, scope: !9)
!40 = !DILocation(line: 61, column: 60, scope: !9)
!41 = !DILocation(line: 61, column: 63, scope: !9)
!42 = !DILocation(line: 61, column: 67, scope: !9)
!43 = !DILocation(line: 0, scope: !9)
!44 = !DILocation(line: 61, column: 78, scope: !9)
!45 = distinct !{!45, !37, !44, !33}
!46 = !DILocation(line: 62, column: 35, scope: !9)
!47 = !DILocation(line: 62, column: 43, scope: !9)
!48 = !DILocation(line: 62, column: 5, scope: !9)
!49 = !DILocation(line: 63, column: 5, scope: !9)
!50 = distinct !DISubprogram(name: "next", scope: !10, file: !10, line: 11, type: !11, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!51 = !DILocation(line: 12, column: 5, scope: !50)
!52 = !DILocation(line: 12, column: 12, scope: !50)
!53 = !DILocation(line: 12, column: 36, scope: !50)
!54 = !DILocation(line: 12, column: 35, scope: !50)
!55 = !DILocation(line: 12, column: 45, scope: !50)
!56 = distinct !{!56, !51, !55, !33}
!57 = !DILocation(line: 13, column: 15, scope: !50)
!58 = !DILocation(line: 13, column: 14, scope: !50)
!59 = !DILocation(line: 13, column: 10, scope: !50)
!60 = !DILocation(line: 14, column: 10, scope: !50)
!61 = !DILocation(line: 14, column: 9, scope: !50)
!62 = !DILocation(line: 14, column: 24, scope: !50)
!63 = !DILocation(line: 14, column: 13, scope: !50)
!64 = !DILocation(line: 15, column: 26, scope: !50)
!65 = !DILocation(line: 15, column: 9, scope: !50)
!66 = !DILocation(line: 15, column: 35, scope: !50)
!67 = !DILocation(line: 15, column: 80, scope: !50)
!68 = !DILocation(line: 15, column: 63, scope: !50)
!69 = !DILocation(line: 15, column: 83, scope: !50)
!70 = !DILocation(line: 15, column: 52, scope: !50)
!71 = !DILocation(line: 15, column: 50, scope: !50)
!72 = !DILocation(line: 15, column: 39, scope: !50)
!73 = !DILocation(line: 16, column: 9, scope: !50)
!74 = !DILocation(line: 16, column: 11, scope: !50)
!75 = !DILocation(line: 17, column: 13, scope: !50)
!76 = !DILocation(line: 17, column: 23, scope: !50)
!77 = !DILocation(line: 18, column: 9, scope: !50)
!78 = !DILocation(line: 18, column: 17, scope: !50)
!79 = !DILocation(line: 18, column: 16, scope: !50)
!80 = !DILocation(line: 18, column: 21, scope: !50)
!81 = !DILocation(line: 18, column: 25, scope: !50)
!82 = !DILocation(line: 18, column: 24, scope: !50)
!83 = !DILocation(line: 18, column: 29, scope: !50)
!84 = !DILocation(line: 0, scope: !50)
!85 = !DILocation(line: 18, column: 44, scope: !50)
!86 = !DILocation(line: 18, column: 43, scope: !50)
!87 = !DILocation(line: 18, column: 48, scope: !50)
!88 = !DILocation(line: 18, column: 60, scope: !50)
!89 = !DILocation(line: 18, column: 57, scope: !50)
!90 = !DILocation(line: 18, column: 68, scope: !50)
!91 = !DILocation(line: 18, column: 70, scope: !50)
!92 = !DILocation(line: 18, column: 88, scope: !50)
!93 = !DILocation(line: 18, column: 87, scope: !50)
!94 = !DILocation(line: 18, column: 81, scope: !50)
!95 = !DILocation(line: 18, column: 76, scope: !50)
!96 = !DILocation(line: 18, column: 85, scope: !50)
!97 = !DILocation(line: 18, column: 96, scope: !50)
!98 = distinct !{!98, !77, !99, !33}
!99 = !DILocation(line: 18, column: 100, scope: !50)
!100 = !DILocation(line: 19, column: 13, scope: !50)
!101 = !DILocation(line: 19, column: 9, scope: !50)
!102 = !DILocation(line: 19, column: 16, scope: !50)
!103 = !DILocation(line: 19, column: 24, scope: !50)
!104 = !DILocation(line: 19, column: 39, scope: !50)
!105 = !DILocation(line: 19, column: 28, scope: !50)
!106 = !DILocation(line: 21, column: 9, scope: !50)
!107 = !DILocation(line: 21, column: 11, scope: !50)
!108 = !DILocation(line: 21, column: 18, scope: !50)
!109 = !DILocation(line: 21, column: 21, scope: !50)
!110 = !DILocation(line: 21, column: 44, scope: !50)
!111 = !DILocation(line: 21, column: 74, scope: !50)
!112 = !DILocation(line: 21, column: 67, scope: !50)
!113 = !DILocation(line: 21, column: 65, scope: !50)
!114 = !DILocation(line: 21, column: 92, scope: !50)
!115 = !DILocation(line: 21, column: 90, scope: !50)
!116 = !DILocation(line: 21, column: 108, scope: !50)
!117 = !DILocation(line: 21, column: 97, scope: !50)
!118 = !DILocation(line: 22, column: 18, scope: !50)
!119 = !DILocation(line: 22, column: 10, scope: !50)
!120 = !DILocation(line: 22, column: 9, scope: !50)
!121 = !DILocation(line: 22, column: 41, scope: !50)
!122 = !DILocation(line: 22, column: 58, scope: !50)
!123 = !DILocation(line: 22, column: 47, scope: !50)
!124 = !DILocation(line: 23, column: 18, scope: !50)
!125 = !DILocation(line: 23, column: 10, scope: !50)
!126 = !DILocation(line: 23, column: 9, scope: !50)
!127 = !DILocation(line: 23, column: 42, scope: !50)
!128 = !DILocation(line: 23, column: 59, scope: !50)
!129 = !DILocation(line: 23, column: 48, scope: !50)
!130 = !DILocation(line: 24, column: 18, scope: !50)
!131 = !DILocation(line: 24, column: 10, scope: !50)
!132 = !DILocation(line: 24, column: 9, scope: !50)
!133 = !DILocation(line: 24, column: 41, scope: !50)
!134 = !DILocation(line: 24, column: 58, scope: !50)
!135 = !DILocation(line: 24, column: 47, scope: !50)
!136 = !DILocation(line: 25, column: 16, scope: !50)
!137 = !DILocation(line: 25, column: 5, scope: !50)
!138 = !DILocation(line: 26, column: 1, scope: !50)
!139 = distinct !DISubprogram(name: "value", scope: !10, file: !10, line: 39, type: !11, scopeLine: 39, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!140 = !DILocation(line: 40, column: 12, scope: !139)
!141 = !DILocation(line: 41, column: 13, scope: !139)
!142 = !DILocation(line: 41, column: 5, scope: !139)
!143 = !DILocation(line: 42, column: 34, scope: !139)
!144 = !DILocation(line: 42, column: 27, scope: !139)
!145 = !DILocation(line: 42, column: 20, scope: !139)
!146 = !DILocation(line: 43, column: 33, scope: !139)
!147 = !DILocation(line: 43, column: 27, scope: !139)
!148 = !DILocation(line: 43, column: 20, scope: !139)
!149 = !DILocation(line: 44, column: 21, scope: !139)
!150 = !DILocation(line: 44, column: 19, scope: !139)
!151 = !DILocation(line: 44, column: 26, scope: !139)
!152 = !DILocation(line: 45, column: 20, scope: !139)
!153 = !DILocation(line: 45, column: 25, scope: !139)
!154 = !DILocation(line: 46, column: 29, scope: !139)
!155 = !DILocation(line: 46, column: 21, scope: !139)
!156 = !DILocation(line: 46, column: 19, scope: !139)
!157 = !DILocation(line: 46, column: 42, scope: !139)
!158 = !DILocation(line: 47, column: 14, scope: !139)
!159 = !DILocation(line: 49, column: 5, scope: !139)
!160 = !DILocation(line: 49, column: 20, scope: !139)
!161 = !DILocation(line: 49, column: 13, scope: !139)
!162 = !DILocation(line: 50, column: 1, scope: !139)
!163 = distinct !DISubprogram(name: "object", scope: !10, file: !10, line: 29, type: !11, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!164 = !DILocation(line: 30, column: 12, scope: !163)
!165 = !DILocation(line: 30, column: 19, scope: !163)
!166 = !DILocation(line: 31, column: 5, scope: !163)
!167 = !DILocation(line: 31, column: 12, scope: !163)
!168 = !DILocation(line: 31, column: 16, scope: !163)
!169 = !DILocation(line: 31, column: 42, scope: !163)
!170 = !DILocation(line: 31, column: 28, scope: !163)
!171 = !DILocation(line: 31, column: 48, scope: !163)
!172 = !DILocation(line: 31, column: 52, scope: !163)
!173 = !DILocation(line: 31, column: 72, scope: !163)
!174 = !DILocation(line: 31, column: 91, scope: !163)
!175 = !DILocation(line: 31, column: 97, scope: !163)
!176 = !DILocation(line: 31, column: 85, scope: !163)
!177 = !DILocation(line: 31, column: 82, scope: !163)
!178 = !DILocation(line: 31, column: 107, scope: !163)
!179 = !DILocation(line: 31, column: 111, scope: !163)
!180 = !DILocation(line: 31, column: 123, scope: !163)
!181 = distinct !{!181, !166, !182, !33}
!182 = !DILocation(line: 31, column: 131, scope: !163)
!183 = !DILocation(line: 32, column: 5, scope: !163)
!184 = !DILocation(line: 32, column: 20, scope: !163)
!185 = !DILocation(line: 32, column: 13, scope: !163)
!186 = distinct !DISubprogram(name: "array", scope: !10, file: !10, line: 34, type: !11, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!187 = !DILocation(line: 35, column: 12, scope: !186)
!188 = !DILocation(line: 35, column: 19, scope: !186)
!189 = !DILocation(line: 36, column: 5, scope: !186)
!190 = !DILocation(line: 36, column: 12, scope: !186)
!191 = !DILocation(line: 36, column: 16, scope: !186)
!192 = !DILocation(line: 36, column: 28, scope: !186)
!193 = !DILocation(line: 36, column: 31, scope: !186)
!194 = !DILocation(line: 36, column: 35, scope: !186)
!195 = !DILocation(line: 0, scope: !186)
!196 = !DILocation(line: 36, column: 58, scope: !186)
!197 = !DILocation(line: 36, column: 64, scope: !186)
!198 = !DILocation(line: 36, column: 52, scope: !186)
!199 = !DILocation(line: 36, column: 49, scope: !186)
!200 = !DILocation(line: 36, column: 74, scope: !186)
!201 = !DILocation(line: 36, column: 78, scope: !186)
!202 = !DILocation(line: 36, column: 90, scope: !186)
!203 = distinct !{!203, !189, !204, !33}
!204 = !DILocation(line: 36, column: 98, scope: !186)
!205 = !DILocation(line: 37, column: 5, scope: !186)
!206 = !DILocation(line: 37, column: 20, scope: !186)
!207 = !DILocation(line: 37, column: 13, scope: !186)
