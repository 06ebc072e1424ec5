; ModuleID = 'funcptr.c'
source_filename = "funcptr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.op = type { ptr, ptr }

@table = internal constant [4 x ptr] [ptr @add, ptr @sub, ptr @mul, ptr @dvd], align 16
@.str = private unnamed_addr constant [13 x i8] c"table %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"+*-/*+\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"pick %.17g\0A\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c"count %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [3 x i8] c"sq\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"neg\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"inc\00", align 1
@__const.main.opsv = private unnamed_addr constant [3 x %struct.op] [%struct.op { ptr @.str.4, ptr @sq }, %struct.op { ptr @.str.5, ptr @neg }, %struct.op { ptr @.str.6, ptr @inc }], align 16
@.str.7 = private unnamed_addr constant [8 x i8] c"%s=%ld \00", align 1
@.str.8 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"null %d\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca double, align 8
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca ptr, align 8
  %7 = alloca [100 x i32], align 16
  %8 = alloca i32, align 4
  %9 = alloca [3 x %struct.op], align 16
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4, !dbg !17
  store double 1.500000e+00, ptr %2, align 8, !dbg !18, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !21
  store i32 0, ptr %3, align 4, !dbg !22, !tbaa !9
  br label %12, !dbg !21

12:                                               ; preds = %27, %0
  %13 = load i32, ptr %3, align 4, !dbg !23, !tbaa !9
  %14 = icmp slt i32 %13, 12, !dbg !24
  br i1 %14, label %16, label %15, !dbg !25

15:                                               ; preds = %12
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !26
  br label %30

16:                                               ; preds = %12
  %17 = load i32, ptr %3, align 4, !dbg !27, !tbaa !9
  %18 = srem i32 %17, 4, !dbg !28
  %19 = sext i32 %18 to i64, !dbg !29
  %20 = getelementptr inbounds [4 x ptr], ptr @table, i64 0, i64 %19, !dbg !29
  %21 = load ptr, ptr %20, align 8, !dbg !29, !tbaa !30
  %22 = load double, ptr %2, align 8, !dbg !32, !tbaa !19
  %23 = load i32, ptr %3, align 4, !dbg !33, !tbaa !9
  %24 = sitofp i32 %23 to double, !dbg !33
  %25 = fadd double 1.250000e+00, %24, !dbg !34
  %26 = call double %21(double noundef %22, double noundef %25), !dbg !35
  store double %26, ptr %2, align 8, !dbg !36, !tbaa !19
  br label %27, !dbg !37

27:                                               ; preds = %16
  %28 = load i32, ptr %3, align 4, !dbg !38, !tbaa !9
  %29 = add nsw i32 %28, 1, !dbg !39
  store i32 %29, ptr %3, align 4, !dbg !40, !tbaa !9
  br label %12, !dbg !26, !llvm.loop !41

30:                                               ; preds = %15
  %31 = load double, ptr %2, align 8, !dbg !44, !tbaa !19
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %31), !dbg !45
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !46
  store ptr @.str.1, ptr %4, align 8, !dbg !47, !tbaa !48
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !50
  store double 2.000000e+00, ptr %5, align 8, !dbg !51, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !52
  %33 = load ptr, ptr %4, align 8, !dbg !53, !tbaa !48
  store ptr %33, ptr %6, align 8, !dbg !54, !tbaa !48
  br label %34, !dbg !52

34:                                               ; preds = %45, %30
  %35 = load ptr, ptr %6, align 8, !dbg !55, !tbaa !48
  %36 = load i8, ptr %35, align 1, !dbg !56, !tbaa !57
  %37 = icmp ne i8 %36, 0, !dbg !58
  br i1 %37, label %39, label %38, !dbg !59

38:                                               ; preds = %34
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !60
  br label %48

39:                                               ; preds = %34
  %40 = load ptr, ptr %6, align 8, !dbg !61, !tbaa !48
  %41 = load i8, ptr %40, align 1, !dbg !62, !tbaa !57
  %42 = call ptr @pick(i8 noundef signext %41), !dbg !63
  %43 = load double, ptr %5, align 8, !dbg !64, !tbaa !19
  %44 = call double %42(double noundef %43, double noundef 3.000000e+00), !dbg !65
  store double %44, ptr %5, align 8, !dbg !66, !tbaa !19
  br label %45, !dbg !67

45:                                               ; preds = %39
  %46 = load ptr, ptr %6, align 8, !dbg !68, !tbaa !48
  %47 = getelementptr inbounds nuw i8, ptr %46, i32 1, !dbg !69
  store ptr %47, ptr %6, align 8, !dbg !70, !tbaa !48
  br label %34, !dbg !60, !llvm.loop !71

48:                                               ; preds = %38
  %49 = load double, ptr %5, align 8, !dbg !73, !tbaa !19
  %50 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %49), !dbg !74
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !75
  call void @llvm.lifetime.start.p0(ptr %8) #4, !dbg !76
  store i32 0, ptr %8, align 4, !dbg !77, !tbaa !9
  br label %51, !dbg !76

51:                                               ; preds = %62, %48
  %52 = load i32, ptr %8, align 4, !dbg !78, !tbaa !9
  %53 = icmp slt i32 %52, 100, !dbg !79
  br i1 %53, label %55, label %54, !dbg !80

54:                                               ; preds = %51
  call void @llvm.lifetime.end.p0(ptr %8) #4, !dbg !81
  br label %65

55:                                               ; preds = %51
  %56 = load i32, ptr %8, align 4, !dbg !82, !tbaa !9
  %57 = mul nsw i32 %56, 37, !dbg !83
  %58 = srem i32 %57, 101, !dbg !84
  %59 = load i32, ptr %8, align 4, !dbg !85, !tbaa !9
  %60 = sext i32 %59 to i64, !dbg !86
  %61 = getelementptr inbounds [100 x i32], ptr %7, i64 0, i64 %60, !dbg !86
  store i32 %58, ptr %61, align 4, !dbg !87, !tbaa !9
  br label %62, !dbg !88

62:                                               ; preds = %55
  %63 = load i32, ptr %8, align 4, !dbg !89, !tbaa !9
  %64 = add nsw i32 %63, 1, !dbg !90
  store i32 %64, ptr %8, align 4, !dbg !91, !tbaa !9
  br label %51, !dbg !81, !llvm.loop !92

65:                                               ; preds = %54
  %66 = getelementptr inbounds [100 x i32], ptr %7, i64 0, i64 0, !dbg !94
  %67 = call i32 @count_if(ptr noundef %66, i32 noundef 100, ptr noundef @is_even), !dbg !95
  %68 = getelementptr inbounds [100 x i32], ptr %7, i64 0, i64 0, !dbg !96
  %69 = call i32 @count_if(ptr noundef %68, i32 noundef 100, ptr noundef @is_big), !dbg !97
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %67, i32 noundef %69), !dbg !98
  call void @llvm.lifetime.start.p0(ptr %9) #4, !dbg !99
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %9, ptr align 16 @__const.main.opsv, i64 48, i1 false), !dbg !100
  call void @llvm.lifetime.start.p0(ptr %10) #4, !dbg !101
  store i32 0, ptr %10, align 4, !dbg !102, !tbaa !9
  br label %71, !dbg !101

71:                                               ; preds = %88, %65
  %72 = load i32, ptr %10, align 4, !dbg !103, !tbaa !9
  %73 = icmp slt i32 %72, 3, !dbg !104
  br i1 %73, label %75, label %74, !dbg !105

74:                                               ; preds = %71
  call void @llvm.lifetime.end.p0(ptr %10) #4, !dbg !106
  br label %91

75:                                               ; preds = %71
  %76 = load i32, ptr %10, align 4, !dbg !107, !tbaa !9
  %77 = sext i32 %76 to i64, !dbg !108
  %78 = getelementptr inbounds [3 x %struct.op], ptr %9, i64 0, i64 %77, !dbg !108
  %79 = getelementptr inbounds nuw %struct.op, ptr %78, i32 0, i32 0, !dbg !109
  %80 = load ptr, ptr %79, align 16, !dbg !109, !tbaa !110
  %81 = load i32, ptr %10, align 4, !dbg !112, !tbaa !9
  %82 = sext i32 %81 to i64, !dbg !113
  %83 = getelementptr inbounds [3 x %struct.op], ptr %9, i64 0, i64 %82, !dbg !113
  %84 = getelementptr inbounds nuw %struct.op, ptr %83, i32 0, i32 1, !dbg !114
  %85 = load ptr, ptr %84, align 8, !dbg !114, !tbaa !115
  %86 = call i64 @apply_n(ptr noundef %85, i64 noundef 3, i32 noundef 3), !dbg !116
  %87 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, ptr noundef %80, i64 noundef %86), !dbg !117
  br label %88, !dbg !118

88:                                               ; preds = %75
  %89 = load i32, ptr %10, align 4, !dbg !119, !tbaa !9
  %90 = add nsw i32 %89, 1, !dbg !120
  store i32 %90, ptr %10, align 4, !dbg !121, !tbaa !9
  br label %71, !dbg !106, !llvm.loop !122

91:                                               ; preds = %74
  %92 = call i32 (ptr, ...) @printf(ptr noundef @.str.8), !dbg !124
  call void @llvm.lifetime.start.p0(ptr %11) #4, !dbg !125
  store volatile ptr null, ptr %11, align 8, !dbg !126, !tbaa !30
  %93 = load volatile ptr, ptr %11, align 8, !dbg !127, !tbaa !30
  %94 = icmp eq ptr %93, null, !dbg !128
  %95 = zext i1 %94 to i32, !dbg !128
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %95), !dbg !129
  call void @llvm.lifetime.end.p0(ptr %11) #4, !dbg !130
  call void @llvm.lifetime.end.p0(ptr %9) #4, !dbg !130
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !130
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !130
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !130
  call void @llvm.lifetime.end.p0(ptr %2) #4, !dbg !130
  ret i32 0, !dbg !131
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !132 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind uwtable
define internal ptr @pick(i8 noundef signext %0) #0 !dbg !134 {
  %2 = alloca ptr, align 8
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !57
  %4 = load i8, ptr %3, align 1, !dbg !135, !tbaa !57
  %5 = sext i8 %4 to i32, !dbg !136
  switch i32 %5, label %9 [
    i32 43, label %6
    i32 45, label %7
    i32 42, label %8
  ], !dbg !137

6:                                                ; preds = %1
  store ptr @add, ptr %2, align 8, !dbg !138
  br label %10, !dbg !138

7:                                                ; preds = %1
  store ptr @sub, ptr %2, align 8, !dbg !139
  br label %10, !dbg !139

8:                                                ; preds = %1
  store ptr @mul, ptr %2, align 8, !dbg !140
  br label %10, !dbg !140

9:                                                ; preds = %1
  store ptr @dvd, ptr %2, align 8, !dbg !141
  br label %10, !dbg !141

10:                                               ; preds = %9, %8, %7, %6
  %11 = load ptr, ptr %2, align 8, !dbg !142
  ret ptr %11, !dbg !143
}

; Function Attrs: nounwind uwtable
define internal i32 @count_if(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 !dbg !144 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !145
  store i32 %1, ptr %5, align 4, !tbaa !9
  store ptr %2, ptr %6, align 8, !tbaa !30
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !147
  store i32 0, ptr %7, align 4, !dbg !148, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #4, !dbg !149
  store i32 0, ptr %8, align 4, !dbg !150, !tbaa !9
  br label %9, !dbg !149

9:                                                ; preds = %26, %3
  %10 = load i32, ptr %8, align 4, !dbg !151, !tbaa !9
  %11 = load i32, ptr %5, align 4, !dbg !152, !tbaa !9
  %12 = icmp slt i32 %10, %11, !dbg !153
  br i1 %12, label %14, label %13, !dbg !154

13:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %8) #4, !dbg !155
  br label %29

14:                                               ; preds = %9
  %15 = load ptr, ptr %6, align 8, !dbg !156, !tbaa !30
  %16 = load ptr, ptr %4, align 8, !dbg !157, !tbaa !145
  %17 = load i32, ptr %8, align 4, !dbg !158, !tbaa !9
  %18 = sext i32 %17 to i64, !dbg !157
  %19 = getelementptr inbounds i32, ptr %16, i64 %18, !dbg !157
  %20 = load i32, ptr %19, align 4, !dbg !157, !tbaa !9
  %21 = call i32 %15(i32 noundef %20), !dbg !156
  %22 = icmp ne i32 %21, 0, !dbg !159
  %23 = zext i1 %22 to i32, !dbg !159
  %24 = load i32, ptr %7, align 4, !dbg !160, !tbaa !9
  %25 = add nsw i32 %24, %23, !dbg !161
  store i32 %25, ptr %7, align 4, !dbg !162, !tbaa !9
  br label %26, !dbg !163

26:                                               ; preds = %14
  %27 = load i32, ptr %8, align 4, !dbg !164, !tbaa !9
  %28 = add nsw i32 %27, 1, !dbg !165
  store i32 %28, ptr %8, align 4, !dbg !166, !tbaa !9
  br label %9, !dbg !155, !llvm.loop !167

29:                                               ; preds = %13
  %30 = load i32, ptr %7, align 4, !dbg !169, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !170
  ret i32 %30, !dbg !171
}

; Function Attrs: nounwind uwtable
define internal i32 @is_even(i32 noundef %0) #0 !dbg !172 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  %3 = load i32, ptr %2, align 4, !dbg !173, !tbaa !9
  %4 = srem i32 %3, 2, !dbg !174
  %5 = icmp eq i32 %4, 0, !dbg !175
  %6 = zext i1 %5 to i32, !dbg !176
  ret i32 %6, !dbg !177
}

; Function Attrs: nounwind uwtable
define internal i32 @is_big(i32 noundef %0) #0 !dbg !178 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  %3 = load i32, ptr %2, align 4, !dbg !179, !tbaa !9
  %4 = icmp sgt i32 %3, 50, !dbg !180
  %5 = zext i1 %4 to i32, !dbg !181
  ret i32 %5, !dbg !182
}

; Function Attrs: nounwind uwtable
define internal i64 @sq(i64 noundef %0) #0 !dbg !183 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !184
  %3 = load i64, ptr %2, align 8, !dbg !186, !tbaa !184
  %4 = load i64, ptr %2, align 8, !dbg !187, !tbaa !184
  %5 = mul nsw i64 %3, %4, !dbg !188
  ret i64 %5, !dbg !189
}

; Function Attrs: nounwind uwtable
define internal i64 @neg(i64 noundef %0) #0 !dbg !190 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !184
  %3 = load i64, ptr %2, align 8, !dbg !191, !tbaa !184
  %4 = sub nsw i64 0, %3, !dbg !192
  ret i64 %4, !dbg !193
}

; Function Attrs: nounwind uwtable
define internal i64 @inc(i64 noundef %0) #0 !dbg !194 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !184
  %3 = load i64, ptr %2, align 8, !dbg !195, !tbaa !184
  %4 = add nsw i64 %3, 1, !dbg !196
  ret i64 %4, !dbg !197
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nounwind uwtable
define internal i64 @apply_n(ptr noundef %0, i64 noundef %1, i32 noundef %2) #0 !dbg !198 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !30
  store i64 %1, ptr %5, align 8, !tbaa !184
  store i32 %2, ptr %6, align 4, !tbaa !9
  br label %7, !dbg !199

7:                                                ; preds = %11, %3
  %8 = load i32, ptr %6, align 4, !dbg !200, !tbaa !9
  %9 = add nsw i32 %8, -1, !dbg !201
  store i32 %9, ptr %6, align 4, !dbg !202, !tbaa !9
  %10 = icmp ne i32 %8, 0, !dbg !203
  br i1 %10, label %11, label %15, !dbg !204

11:                                               ; preds = %7
  %12 = load ptr, ptr %4, align 8, !dbg !205, !tbaa !30
  %13 = load i64, ptr %5, align 8, !dbg !206, !tbaa !184
  %14 = call i64 %12(i64 noundef %13), !dbg !207
  store i64 %14, ptr %5, align 8, !dbg !208, !tbaa !184
  br label %7, !dbg !199, !llvm.loop !209

15:                                               ; preds = %7
  %16 = load i64, ptr %5, align 8, !dbg !211, !tbaa !184
  ret i64 %16, !dbg !212
}

; Function Attrs: nounwind uwtable
define internal double @add(double noundef %0, double noundef %1) #0 !dbg !213 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8, !tbaa !19
  store double %1, ptr %4, align 8, !tbaa !19
  %5 = load double, ptr %3, align 8, !dbg !214, !tbaa !19
  %6 = load double, ptr %4, align 8, !dbg !215, !tbaa !19
  %7 = fadd double %5, %6, !dbg !216
  ret double %7, !dbg !217
}

; Function Attrs: nounwind uwtable
define internal double @sub(double noundef %0, double noundef %1) #0 !dbg !218 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8, !tbaa !19
  store double %1, ptr %4, align 8, !tbaa !19
  %5 = load double, ptr %3, align 8, !dbg !219, !tbaa !19
  %6 = load double, ptr %4, align 8, !dbg !220, !tbaa !19
  %7 = fsub double %5, %6, !dbg !221
  ret double %7, !dbg !222
}

; Function Attrs: nounwind uwtable
define internal double @mul(double noundef %0, double noundef %1) #0 !dbg !223 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8, !tbaa !19
  store double %1, ptr %4, align 8, !tbaa !19
  %5 = load double, ptr %3, align 8, !dbg !224, !tbaa !19
  %6 = load double, ptr %4, align 8, !dbg !225, !tbaa !19
  %7 = fmul double %5, %6, !dbg !226
  ret double %7, !dbg !227
}

; Function Attrs: nounwind uwtable
define internal double @dvd(double noundef %0, double noundef %1) #0 !dbg !228 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8, !tbaa !19
  store double %1, ptr %4, align 8, !tbaa !19
  %5 = load double, ptr %3, align 8, !dbg !229, !tbaa !19
  %6 = load double, ptr %4, align 8, !dbg !230, !tbaa !19
  %7 = fdiv double %5, %6, !dbg !231
  ret double %7, !dbg !232
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
!1 = !DIFile(filename: "funcptr.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 27, type: !15, scopeLine: 27, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "funcptr.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 28, column: 5, scope: !13)
!18 = !DILocation(line: 28, column: 12, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !{!20, !20, i64 0}
!20 = !{!"double", !11, i64 0}
!21 = !DILocation(line: 29, column: 10, scope: !13)
!22 = !DILocation(line: 29, column: 14, scope: !13, atomGroup: 2, atomRank: 1)
!23 = !DILocation(line: 29, column: 21, scope: !13)
!24 = !DILocation(line: 29, column: 23, scope: !13, atomGroup: 3, atomRank: 1)
!25 = !DILocation(line: 29, column: 5, scope: !13, atomGroup: 4, atomRank: 1)
!26 = !DILocation(line: 29, column: 5, scope: !13)
!27 = !DILocation(line: 29, column: 44, scope: !13)
!28 = !DILocation(line: 29, column: 46, scope: !13)
!29 = !DILocation(line: 29, column: 38, scope: !13)
!30 = !{!31, !31, i64 0}
!31 = !{!"any pointer", !11, i64 0}
!32 = !DILocation(line: 29, column: 51, scope: !13)
!33 = !DILocation(line: 29, column: 61, scope: !13)
!34 = !DILocation(line: 29, column: 59, scope: !13)
!35 = !DILocation(line: 29, column: 38, scope: !13, atomGroup: 5, atomRank: 2)
!36 = !DILocation(line: 29, column: 36, scope: !13, atomGroup: 5, atomRank: 1)
!37 = !DILocation(line: 29, column: 34, scope: !13, atomGroup: 7, atomRank: 1)
!38 = !DILocation(line: 29, column: 30, scope: !13)
!39 = !DILocation(line: 29, column: 30, scope: !13, atomGroup: 6, atomRank: 2)
!40 = !DILocation(line: 29, column: 30, scope: !13, atomGroup: 6, atomRank: 1)
!41 = distinct !{!41, !26, !42, !43}
!42 = !DILocation(line: 29, column: 62, scope: !13)
!43 = !{!"llvm.loop.mustprogress"}
!44 = !DILocation(line: 30, column: 29, scope: !13)
!45 = !DILocation(line: 30, column: 5, scope: !13)
!46 = !DILocation(line: 31, column: 5, scope: !13)
!47 = !DILocation(line: 31, column: 17, scope: !13, atomGroup: 8, atomRank: 1)
!48 = !{!49, !49, i64 0}
!49 = !{!"p1 omnipotent char", !31, i64 0}
!50 = !DILocation(line: 32, column: 5, scope: !13)
!51 = !DILocation(line: 32, column: 12, scope: !13, atomGroup: 9, atomRank: 1)
!52 = !DILocation(line: 33, column: 10, scope: !13)
!53 = !DILocation(line: 33, column: 26, scope: !13, atomGroup: 10, atomRank: 2)
!54 = !DILocation(line: 33, column: 22, scope: !13, atomGroup: 10, atomRank: 1)
!55 = !DILocation(line: 33, column: 32, scope: !13)
!56 = !DILocation(line: 33, column: 31, scope: !13)
!57 = !{!11, !11, i64 0}
!58 = !DILocation(line: 33, column: 5, scope: !13, atomGroup: 11, atomRank: 1)
!59 = !DILocation(line: 33, column: 5, scope: !13, atomGroup: 12, atomRank: 1)
!60 = !DILocation(line: 33, column: 5, scope: !13)
!61 = !DILocation(line: 33, column: 50, scope: !13)
!62 = !DILocation(line: 33, column: 49, scope: !13)
!63 = !DILocation(line: 33, column: 44, scope: !13)
!64 = !DILocation(line: 33, column: 53, scope: !13)
!65 = !DILocation(line: 33, column: 44, scope: !13, atomGroup: 13, atomRank: 2)
!66 = !DILocation(line: 33, column: 42, scope: !13, atomGroup: 13, atomRank: 1)
!67 = !DILocation(line: 33, column: 40, scope: !13, atomGroup: 15, atomRank: 1)
!68 = !DILocation(line: 33, column: 36, scope: !13)
!69 = !DILocation(line: 33, column: 36, scope: !13, atomGroup: 14, atomRank: 2)
!70 = !DILocation(line: 33, column: 36, scope: !13, atomGroup: 14, atomRank: 1)
!71 = distinct !{!71, !60, !72, !43}
!72 = !DILocation(line: 33, column: 59, scope: !13)
!73 = !DILocation(line: 34, column: 28, scope: !13)
!74 = !DILocation(line: 34, column: 5, scope: !13)
!75 = !DILocation(line: 35, column: 5, scope: !13)
!76 = !DILocation(line: 35, column: 22, scope: !13)
!77 = !DILocation(line: 35, column: 26, scope: !13, atomGroup: 16, atomRank: 1)
!78 = !DILocation(line: 35, column: 33, scope: !13)
!79 = !DILocation(line: 35, column: 35, scope: !13, atomGroup: 17, atomRank: 1)
!80 = !DILocation(line: 35, column: 17, scope: !13, atomGroup: 18, atomRank: 1)
!81 = !DILocation(line: 35, column: 17, scope: !13)
!82 = !DILocation(line: 35, column: 55, scope: !13)
!83 = !DILocation(line: 35, column: 57, scope: !13)
!84 = !DILocation(line: 35, column: 63, scope: !13, atomGroup: 19, atomRank: 2)
!85 = !DILocation(line: 35, column: 49, scope: !13)
!86 = !DILocation(line: 35, column: 47, scope: !13)
!87 = !DILocation(line: 35, column: 52, scope: !13, atomGroup: 19, atomRank: 1)
!88 = !DILocation(line: 35, column: 47, scope: !13, atomGroup: 21, atomRank: 1)
!89 = !DILocation(line: 35, column: 43, scope: !13)
!90 = !DILocation(line: 35, column: 43, scope: !13, atomGroup: 20, atomRank: 2)
!91 = !DILocation(line: 35, column: 43, scope: !13, atomGroup: 20, atomRank: 1)
!92 = distinct !{!92, !81, !93, !43}
!93 = !DILocation(line: 35, column: 65, scope: !13)
!94 = !DILocation(line: 36, column: 38, scope: !13)
!95 = !DILocation(line: 36, column: 29, scope: !13)
!96 = !DILocation(line: 36, column: 65, scope: !13)
!97 = !DILocation(line: 36, column: 56, scope: !13)
!98 = !DILocation(line: 36, column: 5, scope: !13)
!99 = !DILocation(line: 37, column: 5, scope: !13)
!100 = !DILocation(line: 37, column: 15, scope: !13, atomGroup: 22, atomRank: 1)
!101 = !DILocation(line: 38, column: 10, scope: !13)
!102 = !DILocation(line: 38, column: 14, scope: !13, atomGroup: 23, atomRank: 1)
!103 = !DILocation(line: 38, column: 21, scope: !13)
!104 = !DILocation(line: 38, column: 23, scope: !13, atomGroup: 24, atomRank: 1)
!105 = !DILocation(line: 38, column: 5, scope: !13, atomGroup: 25, atomRank: 1)
!106 = !DILocation(line: 38, column: 5, scope: !13)
!107 = !DILocation(line: 38, column: 56, scope: !13)
!108 = !DILocation(line: 38, column: 51, scope: !13)
!109 = !DILocation(line: 38, column: 59, scope: !13)
!110 = !{!111, !49, i64 0}
!111 = !{!"op", !49, i64 0, !31, i64 8}
!112 = !DILocation(line: 38, column: 78, scope: !13)
!113 = !DILocation(line: 38, column: 73, scope: !13)
!114 = !DILocation(line: 38, column: 81, scope: !13)
!115 = !{!111, !31, i64 8}
!116 = !DILocation(line: 38, column: 65, scope: !13)
!117 = !DILocation(line: 38, column: 33, scope: !13)
!118 = !DILocation(line: 38, column: 33, scope: !13, atomGroup: 27, atomRank: 1)
!119 = !DILocation(line: 38, column: 29, scope: !13)
!120 = !DILocation(line: 38, column: 29, scope: !13, atomGroup: 26, atomRank: 2)
!121 = !DILocation(line: 38, column: 29, scope: !13, atomGroup: 26, atomRank: 1)
!122 = distinct !{!122, !106, !123, !43}
!123 = !DILocation(line: 38, column: 90, scope: !13)
!124 = !DILocation(line: 39, column: 5, scope: !13)
!125 = !DILocation(line: 40, column: 5, scope: !13)
!126 = !DILocation(line: 40, column: 21, scope: !13, atomGroup: 28, atomRank: 1)
!127 = !DILocation(line: 41, column: 25, scope: !13)
!128 = !DILocation(line: 41, column: 28, scope: !13)
!129 = !DILocation(line: 41, column: 5, scope: !13)
!130 = !DILocation(line: 43, column: 1, scope: !13)
!131 = !DILocation(line: 42, column: 5, scope: !13, atomGroup: 30, atomRank: 1)
!132 = !DISubprogram(name: "printf", scope: !133, file: !133, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!133 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!134 = distinct !DISubprogram(name: "pick", scope: !14, file: !14, line: 11, type: !15, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!135 = !DILocation(line: 12, column: 13, scope: !134, atomGroup: 1, atomRank: 3)
!136 = !DILocation(line: 12, column: 13, scope: !134, atomGroup: 1, atomRank: 2)
!137 = !DILocation(line: 12, column: 5, scope: !134, atomGroup: 1, atomRank: 1)
!138 = !DILocation(line: 12, column: 28, scope: !134, atomGroup: 2, atomRank: 1)
!139 = !DILocation(line: 12, column: 50, scope: !134, atomGroup: 3, atomRank: 1)
!140 = !DILocation(line: 12, column: 72, scope: !134, atomGroup: 4, atomRank: 1)
!141 = !DILocation(line: 12, column: 93, scope: !134, atomGroup: 5, atomRank: 1)
!142 = !DILocation(line: 13, column: 1, scope: !134, atomGroup: 6, atomRank: 2)
!143 = !DILocation(line: 13, column: 1, scope: !134, atomGroup: 6, atomRank: 1)
!144 = distinct !DISubprogram(name: "count_if", scope: !14, file: !14, line: 18, type: !15, scopeLine: 18, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!145 = !{!146, !146, i64 0}
!146 = !{!"p1 int", !31, i64 0}
!147 = !DILocation(line: 18, column: 52, scope: !144)
!148 = !DILocation(line: 18, column: 56, scope: !144, atomGroup: 1, atomRank: 1)
!149 = !DILocation(line: 18, column: 68, scope: !144)
!150 = !DILocation(line: 18, column: 72, scope: !144, atomGroup: 2, atomRank: 1)
!151 = !DILocation(line: 18, column: 79, scope: !144)
!152 = !DILocation(line: 18, column: 83, scope: !144)
!153 = !DILocation(line: 18, column: 81, scope: !144, atomGroup: 3, atomRank: 1)
!154 = !DILocation(line: 18, column: 63, scope: !144, atomGroup: 4, atomRank: 1)
!155 = !DILocation(line: 18, column: 63, scope: !144)
!156 = !DILocation(line: 18, column: 96, scope: !144)
!157 = !DILocation(line: 18, column: 98, scope: !144)
!158 = !DILocation(line: 18, column: 100, scope: !144)
!159 = !DILocation(line: 18, column: 104, scope: !144)
!160 = !DILocation(line: 18, column: 93, scope: !144)
!161 = !DILocation(line: 18, column: 93, scope: !144, atomGroup: 5, atomRank: 2)
!162 = !DILocation(line: 18, column: 93, scope: !144, atomGroup: 5, atomRank: 1)
!163 = !DILocation(line: 18, column: 91, scope: !144, atomGroup: 7, atomRank: 1)
!164 = !DILocation(line: 18, column: 87, scope: !144)
!165 = !DILocation(line: 18, column: 87, scope: !144, atomGroup: 6, atomRank: 2)
!166 = !DILocation(line: 18, column: 87, scope: !144, atomGroup: 6, atomRank: 1)
!167 = distinct !{!167, !155, !168, !43}
!168 = !DILocation(line: 18, column: 107, scope: !144)
!169 = !DILocation(line: 18, column: 117, scope: !144, atomGroup: 9, atomRank: 2)
!170 = !DILocation(line: 18, column: 120, scope: !144)
!171 = !DILocation(line: 18, column: 110, scope: !144, atomGroup: 9, atomRank: 1)
!172 = distinct !DISubprogram(name: "is_even", scope: !14, file: !14, line: 16, type: !15, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!173 = !DILocation(line: 16, column: 36, scope: !172)
!174 = !DILocation(line: 16, column: 38, scope: !172)
!175 = !DILocation(line: 16, column: 42, scope: !172, atomGroup: 1, atomRank: 3)
!176 = !DILocation(line: 16, column: 42, scope: !172, atomGroup: 1, atomRank: 2)
!177 = !DILocation(line: 16, column: 29, scope: !172, atomGroup: 1, atomRank: 1)
!178 = distinct !DISubprogram(name: "is_big", scope: !14, file: !14, line: 17, type: !15, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!179 = !DILocation(line: 17, column: 35, scope: !178)
!180 = !DILocation(line: 17, column: 37, scope: !178, atomGroup: 1, atomRank: 3)
!181 = !DILocation(line: 17, column: 37, scope: !178, atomGroup: 1, atomRank: 2)
!182 = !DILocation(line: 17, column: 28, scope: !178, atomGroup: 1, atomRank: 1)
!183 = distinct !DISubprogram(name: "sq", scope: !14, file: !14, line: 21, type: !15, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!184 = !{!185, !185, i64 0}
!185 = !{!"long", !11, i64 0}
!186 = !DILocation(line: 21, column: 33, scope: !183)
!187 = !DILocation(line: 21, column: 37, scope: !183)
!188 = !DILocation(line: 21, column: 35, scope: !183, atomGroup: 1, atomRank: 2)
!189 = !DILocation(line: 21, column: 26, scope: !183, atomGroup: 1, atomRank: 1)
!190 = distinct !DISubprogram(name: "neg", scope: !14, file: !14, line: 22, type: !15, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!191 = !DILocation(line: 22, column: 35, scope: !190)
!192 = !DILocation(line: 22, column: 34, scope: !190, atomGroup: 1, atomRank: 2)
!193 = !DILocation(line: 22, column: 27, scope: !190, atomGroup: 1, atomRank: 1)
!194 = distinct !DISubprogram(name: "inc", scope: !14, file: !14, line: 23, type: !15, scopeLine: 23, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!195 = !DILocation(line: 23, column: 34, scope: !194)
!196 = !DILocation(line: 23, column: 36, scope: !194, atomGroup: 1, atomRank: 2)
!197 = !DILocation(line: 23, column: 27, scope: !194, atomGroup: 1, atomRank: 1)
!198 = distinct !DISubprogram(name: "apply_n", scope: !14, file: !14, line: 25, type: !15, scopeLine: 25, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!199 = !DILocation(line: 25, column: 55, scope: !198)
!200 = !DILocation(line: 25, column: 63, scope: !198)
!201 = !DILocation(line: 25, column: 63, scope: !198, atomGroup: 1, atomRank: 2)
!202 = !DILocation(line: 25, column: 63, scope: !198, atomGroup: 1, atomRank: 1)
!203 = !DILocation(line: 25, column: 55, scope: !198, atomGroup: 2, atomRank: 1)
!204 = !DILocation(line: 25, column: 55, scope: !198, atomGroup: 3, atomRank: 1)
!205 = !DILocation(line: 25, column: 71, scope: !198)
!206 = !DILocation(line: 25, column: 73, scope: !198)
!207 = !DILocation(line: 25, column: 71, scope: !198, atomGroup: 4, atomRank: 2)
!208 = !DILocation(line: 25, column: 69, scope: !198, atomGroup: 4, atomRank: 1)
!209 = distinct !{!209, !199, !210, !43}
!210 = !DILocation(line: 25, column: 74, scope: !198)
!211 = !DILocation(line: 25, column: 84, scope: !198, atomGroup: 5, atomRank: 2)
!212 = !DILocation(line: 25, column: 77, scope: !198, atomGroup: 5, atomRank: 1)
!213 = distinct !DISubprogram(name: "add", scope: !14, file: !14, line: 5, type: !15, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!214 = !DILocation(line: 5, column: 48, scope: !213)
!215 = !DILocation(line: 5, column: 52, scope: !213)
!216 = !DILocation(line: 5, column: 50, scope: !213, atomGroup: 1, atomRank: 2)
!217 = !DILocation(line: 5, column: 41, scope: !213, atomGroup: 1, atomRank: 1)
!218 = distinct !DISubprogram(name: "sub", scope: !14, file: !14, line: 6, type: !15, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!219 = !DILocation(line: 6, column: 48, scope: !218)
!220 = !DILocation(line: 6, column: 52, scope: !218)
!221 = !DILocation(line: 6, column: 50, scope: !218, atomGroup: 1, atomRank: 2)
!222 = !DILocation(line: 6, column: 41, scope: !218, atomGroup: 1, atomRank: 1)
!223 = distinct !DISubprogram(name: "mul", scope: !14, file: !14, line: 7, type: !15, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!224 = !DILocation(line: 7, column: 48, scope: !223)
!225 = !DILocation(line: 7, column: 52, scope: !223)
!226 = !DILocation(line: 7, column: 50, scope: !223, atomGroup: 1, atomRank: 2)
!227 = !DILocation(line: 7, column: 41, scope: !223, atomGroup: 1, atomRank: 1)
!228 = distinct !DISubprogram(name: "dvd", scope: !14, file: !14, line: 8, type: !15, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!229 = !DILocation(line: 8, column: 48, scope: !228)
!230 = !DILocation(line: 8, column: 52, scope: !228)
!231 = !DILocation(line: 8, column: 50, scope: !228, atomGroup: 1, atomRank: 2)
!232 = !DILocation(line: 8, column: 41, scope: !228, atomGroup: 1, atomRank: 1)
