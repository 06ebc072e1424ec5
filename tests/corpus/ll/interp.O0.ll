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

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca [32 x %struct.insn], align 16
  %3 = alloca i32, align 4
  %4 = alloca [3 x ptr], align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.prog, i64 512, i1 false), !dbg !13
  %7 = getelementptr inbounds [32 x %struct.insn], ptr %2, i64 0, i64 0, !dbg !14
  %8 = call i64 @run(ptr noundef %7, i32 noundef 1), !dbg !15
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %8), !dbg !16
  store i32 2, ptr %3, align 4, !dbg !17
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 16 @__const.main.nm, i64 24, i1 false), !dbg !18
  store i32 0, ptr %5, align 4, !dbg !19
  store i32 0, ptr %6, align 4, !dbg !20
  br label %10, !dbg !21

10:                                               ; preds = %39, %0
  %11 = load i32, ptr %6, align 4, !dbg !22
  %12 = icmp slt i32 %11, 40, !dbg !23
  br i1 %12, label %13, label %42, !dbg !24

13:                                               ; preds = %10
  %14 = load i32, ptr %3, align 4, !dbg !25
  switch i32 %14, label %33 [
    i32 0, label %15
    i32 1, label %21
    i32 2, label %27
  ], !dbg !26

15:                                               ; preds = %13
  %16 = load i32, ptr %5, align 4, !dbg !27
  %17 = add nsw i32 %16, 1, !dbg !27
  store i32 %17, ptr %5, align 4, !dbg !27
  %18 = icmp sge i32 %17, 5, !dbg !28
  br i1 %18, label %19, label %20, !dbg !28

19:                                               ; preds = %15
  store i32 1, ptr %3, align 4, !dbg !29
  store i32 0, ptr %5, align 4, !dbg !30
  br label %20, !dbg !31

20:                                               ; preds = %19, %15
  br label %33, !dbg !32

21:                                               ; preds = %13
  %22 = load i32, ptr %5, align 4, !dbg !33
  %23 = add nsw i32 %22, 1, !dbg !33
  store i32 %23, ptr %5, align 4, !dbg !33
  %24 = icmp sge i32 %23, 2, !dbg !34
  br i1 %24, label %25, label %26, !dbg !34

25:                                               ; preds = %21
  store i32 2, ptr %3, align 4, !dbg !35
  store i32 0, ptr %5, align 4, !dbg !36
  br label %26, !dbg !37

26:                                               ; preds = %25, %21
  br label %33, !dbg !38

27:                                               ; preds = %13
  %28 = load i32, ptr %5, align 4, !dbg !39
  %29 = add nsw i32 %28, 1, !dbg !39
  store i32 %29, ptr %5, align 4, !dbg !39
  %30 = icmp sge i32 %29, 4, !dbg !40
  br i1 %30, label %31, label %32, !dbg !40

31:                                               ; preds = %27
  store i32 0, ptr %3, align 4, !dbg !41
  store i32 0, ptr %5, align 4, !dbg !42
  br label %32, !dbg !43

32:                                               ; preds = %31, %27
  br label %33, !dbg !44

33:                                               ; preds = %13, %32, %26, %20
  %34 = load i32, ptr %3, align 4, !dbg !45
  %35 = zext i32 %34 to i64, !dbg !46
  %36 = getelementptr inbounds nuw [3 x ptr], ptr %4, i64 0, i64 %35, !dbg !46
  %37 = load ptr, ptr %36, align 8, !dbg !46
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, ptr noundef %37), !dbg !47
  br label %39, !dbg !48

39:                                               ; preds = %33
  %40 = load i32, ptr %6, align 4, !dbg !49
  %41 = add nsw i32 %40, 1, !dbg !49
  store i32 %41, ptr %6, align 4, !dbg !49
  br label %10, !dbg !24, !llvm.loop !50

42:                                               ; preds = %10
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str.5), !dbg !52
  ret i32 0, !dbg !53
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @run(ptr noundef %0, i32 noundef %1) #0 !dbg !54 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca [64 x i64], align 16
  %7 = alloca [8 x i64], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca %struct.insn, align 8
  %13 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  call void @llvm.memset.p0.i64(ptr align 16 %7, i8 0, i64 64, i1 false), !dbg !55
  store i32 0, ptr %8, align 4, !dbg !56
  store i32 0, ptr %9, align 4, !dbg !57
  store i64 0, ptr %10, align 8, !dbg !58
  store i64 0, ptr %11, align 8, !dbg !59
  br label %14, !dbg !60

14:                                               ; preds = %193, %2
  %15 = load i64, ptr %11, align 8, !dbg !61
  %16 = icmp slt i64 %15, 1000000, !dbg !62
  br i1 %16, label %17, label %196, !dbg !63

17:                                               ; preds = %14
  %18 = load ptr, ptr %4, align 8, !dbg !64
  %19 = load i32, ptr %9, align 4, !dbg !65
  %20 = add nsw i32 %19, 1, !dbg !65
  store i32 %20, ptr %9, align 4, !dbg !65
  %21 = sext i32 %19 to i64, !dbg !64
  %22 = getelementptr inbounds %struct.insn, ptr %18, i64 %21, !dbg !64
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 %22, i64 16, i1 false), !dbg !64
  %23 = getelementptr inbounds nuw %struct.insn, ptr %12, i32 0, i32 0, !dbg !66
  %24 = load i32, ptr %23, align 8, !dbg !66
  switch i32 %24, label %192 [
    i32 0, label %25
    i32 1, label %32
    i32 2, label %45
    i32 3, label %58
    i32 4, label %71
    i32 13, label %84
    i32 5, label %103
    i32 14, label %114
    i32 6, label %117
    i32 7, label %137
    i32 8, label %149
    i32 9, label %153
    i32 10, label %162
    i32 11, label %171
    i32 12, label %190
  ], !dbg !67

25:                                               ; preds = %17
  %26 = getelementptr inbounds nuw %struct.insn, ptr %12, i32 0, i32 1, !dbg !68
  %27 = load i64, ptr %26, align 8, !dbg !68
  %28 = load i32, ptr %8, align 4, !dbg !69
  %29 = add nsw i32 %28, 1, !dbg !69
  store i32 %29, ptr %8, align 4, !dbg !69
  %30 = sext i32 %28 to i64, !dbg !70
  %31 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %30, !dbg !70
  store i64 %27, ptr %31, align 8, !dbg !71
  br label %192, !dbg !72

32:                                               ; preds = %17
  %33 = load i32, ptr %8, align 4, !dbg !73
  %34 = add nsw i32 %33, -1, !dbg !73
  store i32 %34, ptr %8, align 4, !dbg !73
  %35 = load i32, ptr %8, align 4, !dbg !74
  %36 = sext i32 %35 to i64, !dbg !75
  %37 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %36, !dbg !75
  %38 = load i64, ptr %37, align 8, !dbg !75
  %39 = load i32, ptr %8, align 4, !dbg !76
  %40 = sub nsw i32 %39, 1, !dbg !77
  %41 = sext i32 %40 to i64, !dbg !78
  %42 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %41, !dbg !78
  %43 = load i64, ptr %42, align 8, !dbg !79
  %44 = add nsw i64 %43, %38, !dbg !79
  store i64 %44, ptr %42, align 8, !dbg !79
  br label %192, !dbg !80

45:                                               ; preds = %17
  %46 = load i32, ptr %8, align 4, !dbg !81
  %47 = add nsw i32 %46, -1, !dbg !81
  store i32 %47, ptr %8, align 4, !dbg !81
  %48 = load i32, ptr %8, align 4, !dbg !82
  %49 = sext i32 %48 to i64, !dbg !83
  %50 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %49, !dbg !83
  %51 = load i64, ptr %50, align 8, !dbg !83
  %52 = load i32, ptr %8, align 4, !dbg !84
  %53 = sub nsw i32 %52, 1, !dbg !85
  %54 = sext i32 %53 to i64, !dbg !86
  %55 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %54, !dbg !86
  %56 = load i64, ptr %55, align 8, !dbg !87
  %57 = sub nsw i64 %56, %51, !dbg !87
  store i64 %57, ptr %55, align 8, !dbg !87
  br label %192, !dbg !88

58:                                               ; preds = %17
  %59 = load i32, ptr %8, align 4, !dbg !89
  %60 = add nsw i32 %59, -1, !dbg !89
  store i32 %60, ptr %8, align 4, !dbg !89
  %61 = load i32, ptr %8, align 4, !dbg !90
  %62 = sext i32 %61 to i64, !dbg !91
  %63 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %62, !dbg !91
  %64 = load i64, ptr %63, align 8, !dbg !91
  %65 = load i32, ptr %8, align 4, !dbg !92
  %66 = sub nsw i32 %65, 1, !dbg !93
  %67 = sext i32 %66 to i64, !dbg !94
  %68 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %67, !dbg !94
  %69 = load i64, ptr %68, align 8, !dbg !95
  %70 = mul nsw i64 %69, %64, !dbg !95
  store i64 %70, ptr %68, align 8, !dbg !95
  br label %192, !dbg !96

71:                                               ; preds = %17
  %72 = load i32, ptr %8, align 4, !dbg !97
  %73 = add nsw i32 %72, -1, !dbg !97
  store i32 %73, ptr %8, align 4, !dbg !97
  %74 = load i32, ptr %8, align 4, !dbg !98
  %75 = sext i32 %74 to i64, !dbg !99
  %76 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %75, !dbg !99
  %77 = load i64, ptr %76, align 8, !dbg !99
  %78 = load i32, ptr %8, align 4, !dbg !100
  %79 = sub nsw i32 %78, 1, !dbg !101
  %80 = sext i32 %79 to i64, !dbg !102
  %81 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %80, !dbg !102
  %82 = load i64, ptr %81, align 8, !dbg !103
  %83 = srem i64 %82, %77, !dbg !103
  store i64 %83, ptr %81, align 8, !dbg !103
  br label %192, !dbg !104

84:                                               ; preds = %17
  %85 = load i32, ptr %8, align 4, !dbg !105
  %86 = add nsw i32 %85, -1, !dbg !105
  store i32 %86, ptr %8, align 4, !dbg !105
  %87 = load i32, ptr %8, align 4, !dbg !106
  %88 = sub nsw i32 %87, 1, !dbg !107
  %89 = sext i32 %88 to i64, !dbg !108
  %90 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %89, !dbg !108
  %91 = load i64, ptr %90, align 8, !dbg !108
  %92 = load i32, ptr %8, align 4, !dbg !109
  %93 = sext i32 %92 to i64, !dbg !110
  %94 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %93, !dbg !110
  %95 = load i64, ptr %94, align 8, !dbg !110
  %96 = icmp slt i64 %91, %95, !dbg !111
  %97 = zext i1 %96 to i32, !dbg !111
  %98 = sext i32 %97 to i64, !dbg !108
  %99 = load i32, ptr %8, align 4, !dbg !112
  %100 = sub nsw i32 %99, 1, !dbg !113
  %101 = sext i32 %100 to i64, !dbg !114
  %102 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %101, !dbg !114
  store i64 %98, ptr %102, align 8, !dbg !115
  br label %192, !dbg !116

103:                                              ; preds = %17
  %104 = load i32, ptr %8, align 4, !dbg !117
  %105 = sub nsw i32 %104, 1, !dbg !118
  %106 = sext i32 %105 to i64, !dbg !119
  %107 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %106, !dbg !119
  %108 = load i64, ptr %107, align 8, !dbg !119
  %109 = load i32, ptr %8, align 4, !dbg !120
  %110 = sext i32 %109 to i64, !dbg !121
  %111 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %110, !dbg !121
  store i64 %108, ptr %111, align 8, !dbg !122
  %112 = load i32, ptr %8, align 4, !dbg !123
  %113 = add nsw i32 %112, 1, !dbg !123
  store i32 %113, ptr %8, align 4, !dbg !123
  br label %192, !dbg !124

114:                                              ; preds = %17
  %115 = load i32, ptr %8, align 4, !dbg !125
  %116 = add nsw i32 %115, -1, !dbg !125
  store i32 %116, ptr %8, align 4, !dbg !125
  br label %192, !dbg !126

117:                                              ; preds = %17
  %118 = load i32, ptr %8, align 4, !dbg !127
  %119 = sub nsw i32 %118, 1, !dbg !128
  %120 = sext i32 %119 to i64, !dbg !129
  %121 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %120, !dbg !129
  %122 = load i64, ptr %121, align 8, !dbg !129
  store i64 %122, ptr %13, align 8, !dbg !130
  %123 = load i32, ptr %8, align 4, !dbg !131
  %124 = sub nsw i32 %123, 2, !dbg !132
  %125 = sext i32 %124 to i64, !dbg !133
  %126 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %125, !dbg !133
  %127 = load i64, ptr %126, align 8, !dbg !133
  %128 = load i32, ptr %8, align 4, !dbg !134
  %129 = sub nsw i32 %128, 1, !dbg !135
  %130 = sext i32 %129 to i64, !dbg !136
  %131 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %130, !dbg !136
  store i64 %127, ptr %131, align 8, !dbg !137
  %132 = load i64, ptr %13, align 8, !dbg !138
  %133 = load i32, ptr %8, align 4, !dbg !139
  %134 = sub nsw i32 %133, 2, !dbg !140
  %135 = sext i32 %134 to i64, !dbg !141
  %136 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %135, !dbg !141
  store i64 %132, ptr %136, align 8, !dbg !142
  br label %192, !dbg !143

137:                                              ; preds = %17
  %138 = load i32, ptr %8, align 4, !dbg !144
  %139 = add nsw i32 %138, -1, !dbg !144
  store i32 %139, ptr %8, align 4, !dbg !144
  %140 = sext i32 %139 to i64, !dbg !145
  %141 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %140, !dbg !145
  %142 = load i64, ptr %141, align 8, !dbg !145
  %143 = icmp ne i64 %142, 0, !dbg !145
  br i1 %143, label %144, label %148, !dbg !145

144:                                              ; preds = %137
  %145 = getelementptr inbounds nuw %struct.insn, ptr %12, i32 0, i32 1, !dbg !146
  %146 = load i64, ptr %145, align 8, !dbg !146
  %147 = trunc i64 %146 to i32, !dbg !147
  store i32 %147, ptr %9, align 4, !dbg !148
  br label %148, !dbg !149

148:                                              ; preds = %144, %137
  br label %192, !dbg !150

149:                                              ; preds = %17
  %150 = getelementptr inbounds nuw %struct.insn, ptr %12, i32 0, i32 1, !dbg !151
  %151 = load i64, ptr %150, align 8, !dbg !151
  %152 = trunc i64 %151 to i32, !dbg !152
  store i32 %152, ptr %9, align 4, !dbg !153
  br label %192, !dbg !154

153:                                              ; preds = %17
  %154 = getelementptr inbounds nuw %struct.insn, ptr %12, i32 0, i32 1, !dbg !155
  %155 = load i64, ptr %154, align 8, !dbg !155
  %156 = getelementptr inbounds [8 x i64], ptr %7, i64 0, i64 %155, !dbg !156
  %157 = load i64, ptr %156, align 8, !dbg !156
  %158 = load i32, ptr %8, align 4, !dbg !157
  %159 = add nsw i32 %158, 1, !dbg !157
  store i32 %159, ptr %8, align 4, !dbg !157
  %160 = sext i32 %158 to i64, !dbg !158
  %161 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %160, !dbg !158
  store i64 %157, ptr %161, align 8, !dbg !159
  br label %192, !dbg !160

162:                                              ; preds = %17
  %163 = load i32, ptr %8, align 4, !dbg !161
  %164 = add nsw i32 %163, -1, !dbg !161
  store i32 %164, ptr %8, align 4, !dbg !161
  %165 = sext i32 %164 to i64, !dbg !162
  %166 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %165, !dbg !162
  %167 = load i64, ptr %166, align 8, !dbg !162
  %168 = getelementptr inbounds nuw %struct.insn, ptr %12, i32 0, i32 1, !dbg !163
  %169 = load i64, ptr %168, align 8, !dbg !163
  %170 = getelementptr inbounds [8 x i64], ptr %7, i64 0, i64 %169, !dbg !164
  store i64 %167, ptr %170, align 8, !dbg !165
  br label %192, !dbg !166

171:                                              ; preds = %17
  %172 = load i32, ptr %5, align 4, !dbg !167
  %173 = icmp ne i32 %172, 0, !dbg !167
  br i1 %173, label %174, label %181, !dbg !167

174:                                              ; preds = %171
  %175 = load i32, ptr %8, align 4, !dbg !168
  %176 = sub nsw i32 %175, 1, !dbg !169
  %177 = sext i32 %176 to i64, !dbg !170
  %178 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %177, !dbg !170
  %179 = load i64, ptr %178, align 8, !dbg !170
  %180 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %179), !dbg !171
  br label %181, !dbg !171

181:                                              ; preds = %174, %171
  %182 = load i64, ptr %10, align 8, !dbg !172
  %183 = mul nsw i64 %182, 31, !dbg !173
  %184 = load i32, ptr %8, align 4, !dbg !174
  %185 = add nsw i32 %184, -1, !dbg !174
  store i32 %185, ptr %8, align 4, !dbg !174
  %186 = sext i32 %185 to i64, !dbg !175
  %187 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %186, !dbg !175
  %188 = load i64, ptr %187, align 8, !dbg !175
  %189 = add nsw i64 %183, %188, !dbg !176
  store i64 %189, ptr %10, align 8, !dbg !177
  br label %192, !dbg !178

190:                                              ; preds = %17
  %191 = load i64, ptr %10, align 8, !dbg !179
  store i64 %191, ptr %3, align 8, !dbg !180
  br label %197, !dbg !180

192:                                              ; preds = %17, %181, %162, %153, %149, %148, %117, %114, %103, %84, %71, %58, %45, %32, %25
  br label %193, !dbg !181

193:                                              ; preds = %192
  %194 = load i64, ptr %11, align 8, !dbg !182
  %195 = add nsw i64 %194, 1, !dbg !182
  store i64 %195, ptr %11, align 8, !dbg !182
  br label %14, !dbg !63, !llvm.loop !183

196:                                              ; preds = %14
  store i64 -1, ptr %3, align 8, !dbg !184
  br label %197, !dbg !184

197:                                              ; preds = %196, %190
  %198 = load i64, ptr %3, align 8, !dbg !185
  ret i64 %198, !dbg !185
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "interp.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 33, type: !11, scopeLine: 33, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "interp.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 35, column: 23, scope: !9)
!14 = !DILocation(line: 42, column: 44, scope: !9)
!15 = !DILocation(line: 42, column: 40, scope: !9)
!16 = !DILocation(line: 42, column: 5, scope: !9)
!17 = !DILocation(line: 43, column: 39, scope: !9)
!18 = !DILocation(line: 44, column: 17, scope: !9)
!19 = !DILocation(line: 45, column: 9, scope: !9)
!20 = !DILocation(line: 46, column: 14, scope: !9)
!21 = !DILocation(line: 46, column: 10, scope: !9)
!22 = !DILocation(line: 46, column: 24, scope: !9)
!23 = !DILocation(line: 46, column: 29, scope: !9)
!24 = !DILocation(line: 46, column: 5, scope: !9)
!25 = !DILocation(line: 47, column: 17, scope: !9)
!26 = !DILocation(line: 47, column: 9, scope: !9)
!27 = !DILocation(line: 48, column: 27, scope: !9)
!28 = !DILocation(line: 48, column: 35, scope: !9)
!29 = !DILocation(line: 48, column: 46, scope: !9)
!30 = !DILocation(line: 48, column: 64, scope: !9)
!31 = !DILocation(line: 48, column: 69, scope: !9)
!32 = !DILocation(line: 48, column: 71, scope: !9)
!33 = !DILocation(line: 49, column: 28, scope: !9)
!34 = !DILocation(line: 49, column: 36, scope: !9)
!35 = !DILocation(line: 49, column: 47, scope: !9)
!36 = !DILocation(line: 49, column: 62, scope: !9)
!37 = !DILocation(line: 49, column: 67, scope: !9)
!38 = !DILocation(line: 49, column: 69, scope: !9)
!39 = !DILocation(line: 50, column: 25, scope: !9)
!40 = !DILocation(line: 50, column: 33, scope: !9)
!41 = !DILocation(line: 50, column: 44, scope: !9)
!42 = !DILocation(line: 50, column: 61, scope: !9)
!43 = !DILocation(line: 50, column: 66, scope: !9)
!44 = !DILocation(line: 50, column: 68, scope: !9)
!45 = !DILocation(line: 52, column: 25, scope: !9)
!46 = !DILocation(line: 52, column: 22, scope: !9)
!47 = !DILocation(line: 52, column: 9, scope: !9)
!48 = !DILocation(line: 53, column: 5, scope: !9)
!49 = !DILocation(line: 46, column: 39, scope: !9)
!50 = distinct !{!50, !24, !48, !51}
!51 = !{!"llvm.loop.mustprogress"}
!52 = !DILocation(line: 54, column: 5, scope: !9)
!53 = !DILocation(line: 55, column: 5, scope: !9)
!54 = distinct !DISubprogram(name: "run", scope: !10, file: !10, line: 8, type: !11, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!55 = !DILocation(line: 9, column: 24, scope: !54)
!56 = !DILocation(line: 9, column: 43, scope: !54)
!57 = !DILocation(line: 9, column: 51, scope: !54)
!58 = !DILocation(line: 9, column: 67, scope: !54)
!59 = !DILocation(line: 10, column: 15, scope: !54)
!60 = !DILocation(line: 10, column: 10, scope: !54)
!61 = !DILocation(line: 10, column: 26, scope: !54)
!62 = !DILocation(line: 10, column: 32, scope: !54)
!63 = !DILocation(line: 10, column: 5, scope: !54)
!64 = !DILocation(line: 11, column: 26, scope: !54)
!65 = !DILocation(line: 11, column: 33, scope: !54)
!66 = !DILocation(line: 12, column: 20, scope: !54)
!67 = !DILocation(line: 12, column: 9, scope: !54)
!68 = !DILocation(line: 13, column: 37, scope: !54)
!69 = !DILocation(line: 13, column: 28, scope: !54)
!70 = !DILocation(line: 13, column: 20, scope: !54)
!71 = !DILocation(line: 13, column: 32, scope: !54)
!72 = !DILocation(line: 13, column: 42, scope: !54)
!73 = !DILocation(line: 14, column: 21, scope: !54)
!74 = !DILocation(line: 14, column: 48, scope: !54)
!75 = !DILocation(line: 14, column: 42, scope: !54)
!76 = !DILocation(line: 14, column: 31, scope: !54)
!77 = !DILocation(line: 14, column: 34, scope: !54)
!78 = !DILocation(line: 14, column: 25, scope: !54)
!79 = !DILocation(line: 14, column: 39, scope: !54)
!80 = !DILocation(line: 14, column: 53, scope: !54)
!81 = !DILocation(line: 15, column: 21, scope: !54)
!82 = !DILocation(line: 15, column: 48, scope: !54)
!83 = !DILocation(line: 15, column: 42, scope: !54)
!84 = !DILocation(line: 15, column: 31, scope: !54)
!85 = !DILocation(line: 15, column: 34, scope: !54)
!86 = !DILocation(line: 15, column: 25, scope: !54)
!87 = !DILocation(line: 15, column: 39, scope: !54)
!88 = !DILocation(line: 15, column: 53, scope: !54)
!89 = !DILocation(line: 16, column: 21, scope: !54)
!90 = !DILocation(line: 16, column: 48, scope: !54)
!91 = !DILocation(line: 16, column: 42, scope: !54)
!92 = !DILocation(line: 16, column: 31, scope: !54)
!93 = !DILocation(line: 16, column: 34, scope: !54)
!94 = !DILocation(line: 16, column: 25, scope: !54)
!95 = !DILocation(line: 16, column: 39, scope: !54)
!96 = !DILocation(line: 16, column: 53, scope: !54)
!97 = !DILocation(line: 17, column: 21, scope: !54)
!98 = !DILocation(line: 17, column: 48, scope: !54)
!99 = !DILocation(line: 17, column: 42, scope: !54)
!100 = !DILocation(line: 17, column: 31, scope: !54)
!101 = !DILocation(line: 17, column: 34, scope: !54)
!102 = !DILocation(line: 17, column: 25, scope: !54)
!103 = !DILocation(line: 17, column: 39, scope: !54)
!104 = !DILocation(line: 17, column: 53, scope: !54)
!105 = !DILocation(line: 18, column: 20, scope: !54)
!106 = !DILocation(line: 18, column: 46, scope: !54)
!107 = !DILocation(line: 18, column: 49, scope: !54)
!108 = !DILocation(line: 18, column: 40, scope: !54)
!109 = !DILocation(line: 18, column: 62, scope: !54)
!110 = !DILocation(line: 18, column: 56, scope: !54)
!111 = !DILocation(line: 18, column: 54, scope: !54)
!112 = !DILocation(line: 18, column: 30, scope: !54)
!113 = !DILocation(line: 18, column: 33, scope: !54)
!114 = !DILocation(line: 18, column: 24, scope: !54)
!115 = !DILocation(line: 18, column: 38, scope: !54)
!116 = !DILocation(line: 18, column: 67, scope: !54)
!117 = !DILocation(line: 19, column: 37, scope: !54)
!118 = !DILocation(line: 19, column: 40, scope: !54)
!119 = !DILocation(line: 19, column: 31, scope: !54)
!120 = !DILocation(line: 19, column: 25, scope: !54)
!121 = !DILocation(line: 19, column: 19, scope: !54)
!122 = !DILocation(line: 19, column: 29, scope: !54)
!123 = !DILocation(line: 19, column: 48, scope: !54)
!124 = !DILocation(line: 19, column: 52, scope: !54)
!125 = !DILocation(line: 20, column: 22, scope: !54)
!126 = !DILocation(line: 20, column: 26, scope: !54)
!127 = !DILocation(line: 21, column: 40, scope: !54)
!128 = !DILocation(line: 21, column: 43, scope: !54)
!129 = !DILocation(line: 21, column: 34, scope: !54)
!130 = !DILocation(line: 21, column: 30, scope: !54)
!131 = !DILocation(line: 21, column: 71, scope: !54)
!132 = !DILocation(line: 21, column: 74, scope: !54)
!133 = !DILocation(line: 21, column: 65, scope: !54)
!134 = !DILocation(line: 21, column: 55, scope: !54)
!135 = !DILocation(line: 21, column: 58, scope: !54)
!136 = !DILocation(line: 21, column: 49, scope: !54)
!137 = !DILocation(line: 21, column: 63, scope: !54)
!138 = !DILocation(line: 21, column: 96, scope: !54)
!139 = !DILocation(line: 21, column: 86, scope: !54)
!140 = !DILocation(line: 21, column: 89, scope: !54)
!141 = !DILocation(line: 21, column: 80, scope: !54)
!142 = !DILocation(line: 21, column: 94, scope: !54)
!143 = !DILocation(line: 21, column: 101, scope: !54)
!144 = !DILocation(line: 22, column: 29, scope: !54)
!145 = !DILocation(line: 22, column: 23, scope: !54)
!146 = !DILocation(line: 22, column: 49, scope: !54)
!147 = !DILocation(line: 22, column: 41, scope: !54)
!148 = !DILocation(line: 22, column: 39, scope: !54)
!149 = !DILocation(line: 22, column: 36, scope: !54)
!150 = !DILocation(line: 22, column: 54, scope: !54)
!151 = !DILocation(line: 23, column: 32, scope: !54)
!152 = !DILocation(line: 23, column: 24, scope: !54)
!153 = !DILocation(line: 23, column: 22, scope: !54)
!154 = !DILocation(line: 23, column: 37, scope: !54)
!155 = !DILocation(line: 24, column: 42, scope: !54)
!156 = !DILocation(line: 24, column: 34, scope: !54)
!157 = !DILocation(line: 24, column: 28, scope: !54)
!158 = !DILocation(line: 24, column: 20, scope: !54)
!159 = !DILocation(line: 24, column: 32, scope: !54)
!160 = !DILocation(line: 24, column: 48, scope: !54)
!161 = !DILocation(line: 25, column: 42, scope: !54)
!162 = !DILocation(line: 25, column: 36, scope: !54)
!163 = !DILocation(line: 25, column: 29, scope: !54)
!164 = !DILocation(line: 25, column: 21, scope: !54)
!165 = !DILocation(line: 25, column: 34, scope: !54)
!166 = !DILocation(line: 25, column: 49, scope: !54)
!167 = !DILocation(line: 26, column: 25, scope: !54)
!168 = !DILocation(line: 26, column: 70, scope: !54)
!169 = !DILocation(line: 26, column: 73, scope: !54)
!170 = !DILocation(line: 26, column: 64, scope: !54)
!171 = !DILocation(line: 26, column: 32, scope: !54)
!172 = !DILocation(line: 26, column: 86, scope: !54)
!173 = !DILocation(line: 26, column: 90, scope: !54)
!174 = !DILocation(line: 26, column: 103, scope: !54)
!175 = !DILocation(line: 26, column: 97, scope: !54)
!176 = !DILocation(line: 26, column: 95, scope: !54)
!177 = !DILocation(line: 26, column: 84, scope: !54)
!178 = !DILocation(line: 26, column: 110, scope: !54)
!179 = !DILocation(line: 27, column: 27, scope: !54)
!180 = !DILocation(line: 27, column: 20, scope: !54)
!181 = !DILocation(line: 29, column: 5, scope: !54)
!182 = !DILocation(line: 10, column: 48, scope: !54)
!183 = distinct !{!183, !63, !181, !51}
!184 = !DILocation(line: 30, column: 5, scope: !54)
!185 = !DILocation(line: 31, column: 1, scope: !54)
