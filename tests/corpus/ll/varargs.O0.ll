; ModuleID = 'varargs.c'
source_filename = "varargs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@.str = private unnamed_addr constant [7 x i8] c"%.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"idlsdi\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"hello\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"ididididididididid\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [16 x i8] c"%s-%05d-%.3f-%c\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@.str.7 = private unnamed_addr constant [7 x i8] c"%d %s\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca [64 x i8], align 16
  %3 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %4 = call double (ptr, ...) @sum_mixed(ptr noundef @.str.1, i32 noundef 3, double noundef 5.000000e-01, i64 noundef 10000000000, ptr noundef @.str.2, double noundef 2.250000e+00, i32 noundef -4), !dbg !13
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %4), !dbg !14
  %6 = call double (ptr, ...) @sum_mixed(ptr noundef @.str.3, i32 noundef 1, double noundef 1.500000e+00, i32 noundef 2, double noundef 2.500000e+00, i32 noundef 3, double noundef 3.500000e+00, i32 noundef 4, double noundef 4.500000e+00, i32 noundef 5, double noundef 5.500000e+00, i32 noundef 6, double noundef 6.500000e+00, i32 noundef 7, double noundef 7.500000e+00, i32 noundef 8, double noundef 8.500000e+00, i32 noundef 9, double noundef 9.500000e+00), !dbg !15
  %7 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %6), !dbg !16
  %8 = call i32 (i32, ...) @max_of(i32 noundef 9, i32 noundef 4, i32 noundef -2, i32 noundef 17, i32 noundef 8, i32 noundef 99, i32 noundef 3, i32 noundef 0, i32 noundef -50, i32 noundef 12), !dbg !17
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %8), !dbg !18
  %10 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 0, !dbg !19
  %11 = call i32 (ptr, i64, ptr, ...) @fmt(ptr noundef %10, i64 noundef 64, ptr noundef @.str.5, ptr noundef @.str.6, i32 noundef 42, double noundef 3.141590e+00, i32 noundef 122), !dbg !20
  store i32 %11, ptr %3, align 4, !dbg !21
  %12 = load i32, ptr %3, align 4, !dbg !22
  %13 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 0, !dbg !23
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %12, ptr noundef %13), !dbg !24
  ret i32 0, !dbg !25
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal double @sum_mixed(ptr noundef %0, ...) #0 !dbg !26 {
  %2 = alloca ptr, align 8
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = alloca double, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  store double 0.000000e+00, ptr %4, align 8, !dbg !27
  %6 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !28
  call void @llvm.va_start.p0(ptr %6), !dbg !28
  %7 = load ptr, ptr %2, align 8, !dbg !29
  store ptr %7, ptr %5, align 8, !dbg !30
  br label %8, !dbg !31

8:                                                ; preds = %97, %1
  %9 = load ptr, ptr %5, align 8, !dbg !32
  %10 = load i8, ptr %9, align 1, !dbg !33
  %11 = icmp ne i8 %10, 0, !dbg !34
  br i1 %11, label %12, label %100, !dbg !34

12:                                               ; preds = %8
  %13 = load ptr, ptr %5, align 8, !dbg !35
  %14 = load i8, ptr %13, align 1, !dbg !36
  %15 = sext i8 %14 to i32, !dbg !36
  switch i32 %15, label %96 [
    i32 105, label %16
    i32 108, label %36
    i32 100, label %56
    i32 115, label %75
  ], !dbg !37

16:                                               ; preds = %12
  %17 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !38
  %18 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %17, i32 0, i32 0, !dbg !38
  %19 = load i32, ptr %18, align 16, !dbg !38
  %20 = icmp ule i32 %19, 40, !dbg !38
  br i1 %20, label %21, label %26, !dbg !38

21:                                               ; preds = %16
  %22 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %17, i32 0, i32 3, !dbg !38
  %23 = load ptr, ptr %22, align 16, !dbg !38
  %24 = getelementptr i8, ptr %23, i32 %19, !dbg !38
  %25 = add i32 %19, 8, !dbg !38
  store i32 %25, ptr %18, align 16, !dbg !38
  br label %30, !dbg !38

26:                                               ; preds = %16
  %27 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %17, i32 0, i32 2, !dbg !38
  %28 = load ptr, ptr %27, align 8, !dbg !38
  %29 = getelementptr i8, ptr %28, i32 8, !dbg !38
  store ptr %29, ptr %27, align 8, !dbg !38
  br label %30, !dbg !38

30:                                               ; preds = %26, %21
  %31 = phi ptr [ %24, %21 ], [ %28, %26 ], !dbg !38
  %32 = load i32, ptr %31, align 4, !dbg !38
  %33 = sitofp i32 %32 to double, !dbg !38
  %34 = load double, ptr %4, align 8, !dbg !39
  %35 = fadd double %34, %33, !dbg !39
  store double %35, ptr %4, align 8, !dbg !39
  br label %96, !dbg !40

36:                                               ; preds = %12
  %37 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !41
  %38 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %37, i32 0, i32 0, !dbg !41
  %39 = load i32, ptr %38, align 16, !dbg !41
  %40 = icmp ule i32 %39, 40, !dbg !41
  br i1 %40, label %41, label %46, !dbg !41

41:                                               ; preds = %36
  %42 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %37, i32 0, i32 3, !dbg !41
  %43 = load ptr, ptr %42, align 16, !dbg !41
  %44 = getelementptr i8, ptr %43, i32 %39, !dbg !41
  %45 = add i32 %39, 8, !dbg !41
  store i32 %45, ptr %38, align 16, !dbg !41
  br label %50, !dbg !41

46:                                               ; preds = %36
  %47 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %37, i32 0, i32 2, !dbg !41
  %48 = load ptr, ptr %47, align 8, !dbg !41
  %49 = getelementptr i8, ptr %48, i32 8, !dbg !41
  store ptr %49, ptr %47, align 8, !dbg !41
  br label %50, !dbg !41

50:                                               ; preds = %46, %41
  %51 = phi ptr [ %44, %41 ], [ %48, %46 ], !dbg !41
  %52 = load i64, ptr %51, align 8, !dbg !41
  %53 = sitofp i64 %52 to double, !dbg !42
  %54 = load double, ptr %4, align 8, !dbg !43
  %55 = fadd double %54, %53, !dbg !43
  store double %55, ptr %4, align 8, !dbg !43
  br label %96, !dbg !44

56:                                               ; preds = %12
  %57 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !45
  %58 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %57, i32 0, i32 1, !dbg !45
  %59 = load i32, ptr %58, align 4, !dbg !45
  %60 = icmp ule i32 %59, 160, !dbg !45
  br i1 %60, label %61, label %66, !dbg !45

61:                                               ; preds = %56
  %62 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %57, i32 0, i32 3, !dbg !45
  %63 = load ptr, ptr %62, align 16, !dbg !45
  %64 = getelementptr i8, ptr %63, i32 %59, !dbg !45
  %65 = add i32 %59, 16, !dbg !45
  store i32 %65, ptr %58, align 4, !dbg !45
  br label %70, !dbg !45

66:                                               ; preds = %56
  %67 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %57, i32 0, i32 2, !dbg !45
  %68 = load ptr, ptr %67, align 8, !dbg !45
  %69 = getelementptr i8, ptr %68, i32 8, !dbg !45
  store ptr %69, ptr %67, align 8, !dbg !45
  br label %70, !dbg !45

70:                                               ; preds = %66, %61
  %71 = phi ptr [ %64, %61 ], [ %68, %66 ], !dbg !45
  %72 = load double, ptr %71, align 8, !dbg !45
  %73 = load double, ptr %4, align 8, !dbg !46
  %74 = fadd double %73, %72, !dbg !46
  store double %74, ptr %4, align 8, !dbg !46
  br label %96, !dbg !47

75:                                               ; preds = %12
  %76 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !48
  %77 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %76, i32 0, i32 0, !dbg !48
  %78 = load i32, ptr %77, align 16, !dbg !48
  %79 = icmp ule i32 %78, 40, !dbg !48
  br i1 %79, label %80, label %85, !dbg !48

80:                                               ; preds = %75
  %81 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %76, i32 0, i32 3, !dbg !48
  %82 = load ptr, ptr %81, align 16, !dbg !48
  %83 = getelementptr i8, ptr %82, i32 %78, !dbg !48
  %84 = add i32 %78, 8, !dbg !48
  store i32 %84, ptr %77, align 16, !dbg !48
  br label %89, !dbg !48

85:                                               ; preds = %75
  %86 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %76, i32 0, i32 2, !dbg !48
  %87 = load ptr, ptr %86, align 8, !dbg !48
  %88 = getelementptr i8, ptr %87, i32 8, !dbg !48
  store ptr %88, ptr %86, align 8, !dbg !48
  br label %89, !dbg !48

89:                                               ; preds = %85, %80
  %90 = phi ptr [ %83, %80 ], [ %87, %85 ], !dbg !48
  %91 = load ptr, ptr %90, align 8, !dbg !48
  %92 = call i64 @strlen(ptr noundef %91) #5, !dbg !49
  %93 = uitofp i64 %92 to double, !dbg !50
  %94 = load double, ptr %4, align 8, !dbg !51
  %95 = fadd double %94, %93, !dbg !51
  store double %95, ptr %4, align 8, !dbg !51
  br label %96, !dbg !52

96:                                               ; preds = %12, %89, %70, %50, %30
  br label %97, !dbg !53

97:                                               ; preds = %96
  %98 = load ptr, ptr %5, align 8, !dbg !54
  %99 = getelementptr inbounds nuw i8, ptr %98, i32 1, !dbg !54
  store ptr %99, ptr %5, align 8, !dbg !54
  br label %8, !dbg !34, !llvm.loop !55

100:                                              ; preds = %8
  %101 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !57
  call void @llvm.va_end.p0(ptr %101), !dbg !57
  %102 = load double, ptr %4, align 8, !dbg !58
  ret double %102, !dbg !59
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @max_of(i32 noundef %0, ...) #0 !dbg !60 {
  %2 = alloca i32, align 4
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = alloca [1 x %struct.__va_list_tag], align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i32 -2147483648, ptr %5, align 4, !dbg !61
  store i32 0, ptr %6, align 4, !dbg !62
  %10 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !63
  call void @llvm.va_start.p0(ptr %10), !dbg !63
  %11 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %4, i64 0, i64 0, !dbg !64
  %12 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !64
  call void @llvm.va_copy.p0(ptr %11, ptr %12), !dbg !64
  store i32 0, ptr %7, align 4, !dbg !65
  br label %13, !dbg !66

13:                                               ; preds = %40, %1
  %14 = load i32, ptr %7, align 4, !dbg !67
  %15 = load i32, ptr %2, align 4, !dbg !68
  %16 = icmp slt i32 %14, %15, !dbg !69
  br i1 %16, label %17, label %43, !dbg !70

17:                                               ; preds = %13
  %18 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !71
  %19 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %18, i32 0, i32 0, !dbg !71
  %20 = load i32, ptr %19, align 16, !dbg !71
  %21 = icmp ule i32 %20, 40, !dbg !71
  br i1 %21, label %22, label %27, !dbg !71

22:                                               ; preds = %17
  %23 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %18, i32 0, i32 3, !dbg !71
  %24 = load ptr, ptr %23, align 16, !dbg !71
  %25 = getelementptr i8, ptr %24, i32 %20, !dbg !71
  %26 = add i32 %20, 8, !dbg !71
  store i32 %26, ptr %19, align 16, !dbg !71
  br label %31, !dbg !71

27:                                               ; preds = %17
  %28 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %18, i32 0, i32 2, !dbg !71
  %29 = load ptr, ptr %28, align 8, !dbg !71
  %30 = getelementptr i8, ptr %29, i32 8, !dbg !71
  store ptr %30, ptr %28, align 8, !dbg !71
  br label %31, !dbg !71

31:                                               ; preds = %27, %22
  %32 = phi ptr [ %25, %22 ], [ %29, %27 ], !dbg !71
  %33 = load i32, ptr %32, align 4, !dbg !71
  store i32 %33, ptr %8, align 4, !dbg !72
  %34 = load i32, ptr %8, align 4, !dbg !73
  %35 = load i32, ptr %5, align 4, !dbg !74
  %36 = icmp sgt i32 %34, %35, !dbg !75
  br i1 %36, label %37, label %39, !dbg !75

37:                                               ; preds = %31
  %38 = load i32, ptr %8, align 4, !dbg !76
  store i32 %38, ptr %5, align 4, !dbg !77
  br label %39, !dbg !78

39:                                               ; preds = %37, %31
  br label %40, !dbg !79

40:                                               ; preds = %39
  %41 = load i32, ptr %7, align 4, !dbg !80
  %42 = add nsw i32 %41, 1, !dbg !80
  store i32 %42, ptr %7, align 4, !dbg !80
  br label %13, !dbg !70, !llvm.loop !81

43:                                               ; preds = %13
  store i32 0, ptr %9, align 4, !dbg !82
  br label %44, !dbg !83

44:                                               ; preds = %67, %43
  %45 = load i32, ptr %9, align 4, !dbg !84
  %46 = load i32, ptr %2, align 4, !dbg !85
  %47 = icmp slt i32 %45, %46, !dbg !86
  br i1 %47, label %48, label %70, !dbg !87

48:                                               ; preds = %44
  %49 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %4, i64 0, i64 0, !dbg !88
  %50 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %49, i32 0, i32 0, !dbg !88
  %51 = load i32, ptr %50, align 16, !dbg !88
  %52 = icmp ule i32 %51, 40, !dbg !88
  br i1 %52, label %53, label %58, !dbg !88

53:                                               ; preds = %48
  %54 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %49, i32 0, i32 3, !dbg !88
  %55 = load ptr, ptr %54, align 16, !dbg !88
  %56 = getelementptr i8, ptr %55, i32 %51, !dbg !88
  %57 = add i32 %51, 8, !dbg !88
  store i32 %57, ptr %50, align 16, !dbg !88
  br label %62, !dbg !88

58:                                               ; preds = %48
  %59 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %49, i32 0, i32 2, !dbg !88
  %60 = load ptr, ptr %59, align 8, !dbg !88
  %61 = getelementptr i8, ptr %60, i32 8, !dbg !88
  store ptr %61, ptr %59, align 8, !dbg !88
  br label %62, !dbg !88

62:                                               ; preds = %58, %53
  %63 = phi ptr [ %56, %53 ], [ %60, %58 ], !dbg !88
  %64 = load i32, ptr %63, align 4, !dbg !88
  %65 = load i32, ptr %6, align 4, !dbg !89
  %66 = add nsw i32 %65, %64, !dbg !89
  store i32 %66, ptr %6, align 4, !dbg !89
  br label %67, !dbg !90

67:                                               ; preds = %62
  %68 = load i32, ptr %9, align 4, !dbg !91
  %69 = add nsw i32 %68, 1, !dbg !91
  store i32 %69, ptr %9, align 4, !dbg !91
  br label %44, !dbg !87, !llvm.loop !92

70:                                               ; preds = %44
  %71 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %4, i64 0, i64 0, !dbg !93
  call void @llvm.va_end.p0(ptr %71), !dbg !93
  %72 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !94
  call void @llvm.va_end.p0(ptr %72), !dbg !94
  %73 = load i32, ptr %5, align 4, !dbg !95
  %74 = mul nsw i32 %73, 1000, !dbg !96
  %75 = load i32, ptr %6, align 4, !dbg !97
  %76 = add nsw i32 %74, %75, !dbg !98
  ret i32 %76, !dbg !99
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @fmt(ptr noundef %0, i64 noundef %1, ptr noundef %2, ...) #0 !dbg !100 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca [1 x %struct.__va_list_tag], align 16
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %9 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %7, i64 0, i64 0, !dbg !101
  call void @llvm.va_start.p0(ptr %9), !dbg !101
  %10 = load ptr, ptr %4, align 8, !dbg !102
  %11 = load i64, ptr %5, align 8, !dbg !103
  %12 = load ptr, ptr %6, align 8, !dbg !104
  %13 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %7, i64 0, i64 0, !dbg !105
  %14 = call i32 @vsnprintf(ptr noundef %10, i64 noundef %11, ptr noundef %12, ptr noundef %13) #6, !dbg !106
  store i32 %14, ptr %8, align 4, !dbg !107
  %15 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %7, i64 0, i64 0, !dbg !108
  call void @llvm.va_end.p0(ptr %15), !dbg !108
  %16 = load i32, ptr %8, align 4, !dbg !109
  ret i32 %16, !dbg !110
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #2

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_copy.p0(ptr, ptr) #2

; Function Attrs: nounwind
declare i32 @vsnprintf(ptr noundef, i64 noundef, ptr noundef, ptr noundef) #4

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind willreturn }
attributes #3 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind willreturn memory(read) }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "varargs.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 34, type: !11, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "varargs.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 35, column: 23, scope: !9)
!14 = !DILocation(line: 35, column: 5, scope: !9)
!15 = !DILocation(line: 37, column: 23, scope: !9)
!16 = !DILocation(line: 37, column: 5, scope: !9)
!17 = !DILocation(line: 38, column: 20, scope: !9)
!18 = !DILocation(line: 38, column: 5, scope: !9)
!19 = !DILocation(line: 40, column: 17, scope: !9)
!20 = !DILocation(line: 40, column: 13, scope: !9)
!21 = !DILocation(line: 40, column: 9, scope: !9)
!22 = !DILocation(line: 41, column: 23, scope: !9)
!23 = !DILocation(line: 41, column: 26, scope: !9)
!24 = !DILocation(line: 41, column: 5, scope: !9)
!25 = !DILocation(line: 42, column: 5, scope: !9)
!26 = distinct !DISubprogram(name: "sum_mixed", scope: !10, file: !10, line: 6, type: !11, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!27 = !DILocation(line: 7, column: 24, scope: !26)
!28 = !DILocation(line: 8, column: 5, scope: !26)
!29 = !DILocation(line: 9, column: 26, scope: !26)
!30 = !DILocation(line: 9, column: 22, scope: !26)
!31 = !DILocation(line: 9, column: 10, scope: !26)
!32 = !DILocation(line: 9, column: 32, scope: !26)
!33 = !DILocation(line: 9, column: 31, scope: !26)
!34 = !DILocation(line: 9, column: 5, scope: !26)
!35 = !DILocation(line: 10, column: 18, scope: !26)
!36 = !DILocation(line: 10, column: 17, scope: !26)
!37 = !DILocation(line: 10, column: 9, scope: !26)
!38 = !DILocation(line: 11, column: 24, scope: !26)
!39 = !DILocation(line: 11, column: 21, scope: !26)
!40 = !DILocation(line: 11, column: 41, scope: !26)
!41 = !DILocation(line: 12, column: 32, scope: !26)
!42 = !DILocation(line: 12, column: 24, scope: !26)
!43 = !DILocation(line: 12, column: 21, scope: !26)
!44 = !DILocation(line: 12, column: 55, scope: !26)
!45 = !DILocation(line: 13, column: 24, scope: !26)
!46 = !DILocation(line: 13, column: 21, scope: !26)
!47 = !DILocation(line: 13, column: 44, scope: !26)
!48 = !DILocation(line: 14, column: 39, scope: !26)
!49 = !DILocation(line: 14, column: 32, scope: !26)
!50 = !DILocation(line: 14, column: 24, scope: !26)
!51 = !DILocation(line: 14, column: 21, scope: !26)
!52 = !DILocation(line: 14, column: 66, scope: !26)
!53 = !DILocation(line: 16, column: 5, scope: !26)
!54 = !DILocation(line: 9, column: 36, scope: !26)
!55 = distinct !{!55, !34, !53, !56}
!56 = !{!"llvm.loop.mustprogress"}
!57 = !DILocation(line: 17, column: 5, scope: !26)
!58 = !DILocation(line: 18, column: 12, scope: !26)
!59 = !DILocation(line: 18, column: 5, scope: !26)
!60 = distinct !DISubprogram(name: "max_of", scope: !10, file: !10, line: 21, type: !11, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!61 = !DILocation(line: 22, column: 26, scope: !60)
!62 = !DILocation(line: 22, column: 47, scope: !60)
!63 = !DILocation(line: 23, column: 5, scope: !60)
!64 = !DILocation(line: 23, column: 22, scope: !60)
!65 = !DILocation(line: 24, column: 14, scope: !60)
!66 = !DILocation(line: 24, column: 10, scope: !60)
!67 = !DILocation(line: 24, column: 21, scope: !60)
!68 = !DILocation(line: 24, column: 25, scope: !60)
!69 = !DILocation(line: 24, column: 23, scope: !60)
!70 = !DILocation(line: 24, column: 5, scope: !60)
!71 = !DILocation(line: 24, column: 43, scope: !60)
!72 = !DILocation(line: 24, column: 39, scope: !60)
!73 = !DILocation(line: 24, column: 64, scope: !60)
!74 = !DILocation(line: 24, column: 68, scope: !60)
!75 = !DILocation(line: 24, column: 66, scope: !60)
!76 = !DILocation(line: 24, column: 75, scope: !60)
!77 = !DILocation(line: 24, column: 73, scope: !60)
!78 = !DILocation(line: 24, column: 71, scope: !60)
!79 = !DILocation(line: 24, column: 78, scope: !60)
!80 = !DILocation(line: 24, column: 29, scope: !60)
!81 = distinct !{!81, !70, !79, !56}
!82 = !DILocation(line: 25, column: 14, scope: !60)
!83 = !DILocation(line: 25, column: 10, scope: !60)
!84 = !DILocation(line: 25, column: 21, scope: !60)
!85 = !DILocation(line: 25, column: 25, scope: !60)
!86 = !DILocation(line: 25, column: 23, scope: !60)
!87 = !DILocation(line: 25, column: 5, scope: !60)
!88 = !DILocation(line: 25, column: 42, scope: !60)
!89 = !DILocation(line: 25, column: 39, scope: !60)
!90 = !DILocation(line: 25, column: 33, scope: !60)
!91 = !DILocation(line: 25, column: 29, scope: !60)
!92 = distinct !{!92, !87, !88, !56}
!93 = !DILocation(line: 26, column: 5, scope: !60)
!94 = !DILocation(line: 26, column: 18, scope: !60)
!95 = !DILocation(line: 27, column: 12, scope: !60)
!96 = !DILocation(line: 27, column: 14, scope: !60)
!97 = !DILocation(line: 27, column: 23, scope: !60)
!98 = !DILocation(line: 27, column: 21, scope: !60)
!99 = !DILocation(line: 27, column: 5, scope: !60)
!100 = distinct !DISubprogram(name: "fmt", scope: !10, file: !10, line: 30, type: !11, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!101 = !DILocation(line: 31, column: 17, scope: !100)
!102 = !DILocation(line: 31, column: 52, scope: !100)
!103 = !DILocation(line: 31, column: 57, scope: !100)
!104 = !DILocation(line: 31, column: 60, scope: !100)
!105 = !DILocation(line: 31, column: 63, scope: !100)
!106 = !DILocation(line: 31, column: 42, scope: !100)
!107 = !DILocation(line: 31, column: 38, scope: !100)
!108 = !DILocation(line: 31, column: 68, scope: !100)
!109 = !DILocation(line: 31, column: 87, scope: !100)
!110 = !DILocation(line: 31, column: 80, scope: !100)
