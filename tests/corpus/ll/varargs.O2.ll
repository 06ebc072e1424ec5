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

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca [64 x i8], align 16
  %3 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %4 = call double (ptr, ...) @sum_mixed(ptr noundef @.str.1, i32 noundef 3, double noundef 5.000000e-01, i64 noundef 10000000000, ptr noundef @.str.2, double noundef 2.250000e+00, i32 noundef -4), !dbg !17
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %4), !dbg !18
  %6 = call double (ptr, ...) @sum_mixed(ptr noundef @.str.3, i32 noundef 1, double noundef 1.500000e+00, i32 noundef 2, double noundef 2.500000e+00, i32 noundef 3, double noundef 3.500000e+00, i32 noundef 4, double noundef 4.500000e+00, i32 noundef 5, double noundef 5.500000e+00, i32 noundef 6, double noundef 6.500000e+00, i32 noundef 7, double noundef 7.500000e+00, i32 noundef 8, double noundef 8.500000e+00, i32 noundef 9, double noundef 9.500000e+00), !dbg !19
  %7 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %6), !dbg !20
  %8 = call i32 (i32, ...) @max_of(i32 noundef 9, i32 noundef 4, i32 noundef -2, i32 noundef 17, i32 noundef 8, i32 noundef 99, i32 noundef 3, i32 noundef 0, i32 noundef -50, i32 noundef 12), !dbg !21
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %8), !dbg !22
  call void @llvm.lifetime.start.p0(ptr %2) #6, !dbg !23
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !24
  %10 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 0, !dbg !25
  %11 = call i32 (ptr, i64, ptr, ...) @fmt(ptr noundef %10, i64 noundef 64, ptr noundef @.str.5, ptr noundef @.str.6, i32 noundef 42, double noundef 3.141590e+00, i32 noundef 122), !dbg !26
  store i32 %11, ptr %3, align 4, !dbg !27, !tbaa !9
  %12 = load i32, ptr %3, align 4, !dbg !28, !tbaa !9
  %13 = getelementptr inbounds [64 x i8], ptr %2, i64 0, i64 0, !dbg !29
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %12, ptr noundef %13), !dbg !30
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !31
  call void @llvm.lifetime.end.p0(ptr %2) #6, !dbg !31
  ret i32 0, !dbg !32
}

declare !dbg !33 i32 @printf(ptr noundef, ...) #1

; Function Attrs: nounwind uwtable
define internal double @sum_mixed(ptr noundef %0, ...) #0 !dbg !35 {
  %2 = alloca ptr, align 8
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = alloca double, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !36
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !39
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !40
  store double 0.000000e+00, ptr %4, align 8, !dbg !41, !tbaa !42
  %6 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !44
  call void @llvm.va_start.p0(ptr %6), !dbg !44
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !45
  %7 = load ptr, ptr %2, align 8, !dbg !46, !tbaa !36
  store ptr %7, ptr %5, align 8, !dbg !47, !tbaa !36
  br label %8, !dbg !45

8:                                                ; preds = %98, %1
  %9 = load ptr, ptr %5, align 8, !dbg !48, !tbaa !36
  %10 = load i8, ptr %9, align 1, !dbg !49, !tbaa !50
  %11 = icmp ne i8 %10, 0, !dbg !51
  br i1 %11, label %13, label %12, !dbg !52

12:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !53
  br label %101

13:                                               ; preds = %8
  %14 = load ptr, ptr %5, align 8, !dbg !54, !tbaa !36
  %15 = load i8, ptr %14, align 1, !dbg !55, !tbaa !50
  %16 = sext i8 %15 to i32, !dbg !56
  switch i32 %16, label %97 [
    i32 105, label %17
    i32 108, label %37
    i32 100, label %57
    i32 115, label %76
  ], !dbg !57

17:                                               ; preds = %13
  %18 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !58
  %19 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %18, i32 0, i32 0, !dbg !58
  %20 = load i32, ptr %19, align 16, !dbg !58
  %21 = icmp ule i32 %20, 40, !dbg !58
  br i1 %21, label %22, label %27, !dbg !58

22:                                               ; preds = %17
  %23 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %18, i32 0, i32 3, !dbg !58
  %24 = load ptr, ptr %23, align 16, !dbg !58
  %25 = getelementptr i8, ptr %24, i32 %20, !dbg !58
  %26 = add i32 %20, 8, !dbg !58
  store i32 %26, ptr %19, align 16, !dbg !58
  br label %31, !dbg !58

27:                                               ; preds = %17
  %28 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %18, i32 0, i32 2, !dbg !58
  %29 = load ptr, ptr %28, align 8, !dbg !58
  %30 = getelementptr i8, ptr %29, i32 8, !dbg !58
  store ptr %30, ptr %28, align 8, !dbg !58
  br label %31, !dbg !58

31:                                               ; preds = %27, %22
  %32 = phi ptr [ %25, %22 ], [ %29, %27 ], !dbg !58
  %33 = load i32, ptr %32, align 4, !dbg !58, !tbaa !9
  %34 = sitofp i32 %33 to double, !dbg !58
  %35 = load double, ptr %4, align 8, !dbg !59, !tbaa !42
  %36 = fadd double %35, %34, !dbg !60
  store double %36, ptr %4, align 8, !dbg !61, !tbaa !42
  br label %97, !dbg !62

37:                                               ; preds = %13
  %38 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !63
  %39 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %38, i32 0, i32 0, !dbg !63
  %40 = load i32, ptr %39, align 16, !dbg !63
  %41 = icmp ule i32 %40, 40, !dbg !63
  br i1 %41, label %42, label %47, !dbg !63

42:                                               ; preds = %37
  %43 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %38, i32 0, i32 3, !dbg !63
  %44 = load ptr, ptr %43, align 16, !dbg !63
  %45 = getelementptr i8, ptr %44, i32 %40, !dbg !63
  %46 = add i32 %40, 8, !dbg !63
  store i32 %46, ptr %39, align 16, !dbg !63
  br label %51, !dbg !63

47:                                               ; preds = %37
  %48 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %38, i32 0, i32 2, !dbg !63
  %49 = load ptr, ptr %48, align 8, !dbg !63
  %50 = getelementptr i8, ptr %49, i32 8, !dbg !63
  store ptr %50, ptr %48, align 8, !dbg !63
  br label %51, !dbg !63

51:                                               ; preds = %47, %42
  %52 = phi ptr [ %45, %42 ], [ %49, %47 ], !dbg !63
  %53 = load i64, ptr %52, align 8, !dbg !63, !tbaa !64
  %54 = sitofp i64 %53 to double, !dbg !66
  %55 = load double, ptr %4, align 8, !dbg !67, !tbaa !42
  %56 = fadd double %55, %54, !dbg !68
  store double %56, ptr %4, align 8, !dbg !69, !tbaa !42
  br label %97, !dbg !70

57:                                               ; preds = %13
  %58 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !71
  %59 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %58, i32 0, i32 1, !dbg !71
  %60 = load i32, ptr %59, align 4, !dbg !71
  %61 = icmp ule i32 %60, 160, !dbg !71
  br i1 %61, label %62, label %67, !dbg !71

62:                                               ; preds = %57
  %63 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %58, i32 0, i32 3, !dbg !71
  %64 = load ptr, ptr %63, align 16, !dbg !71
  %65 = getelementptr i8, ptr %64, i32 %60, !dbg !71
  %66 = add i32 %60, 16, !dbg !71
  store i32 %66, ptr %59, align 4, !dbg !71
  br label %71, !dbg !71

67:                                               ; preds = %57
  %68 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %58, i32 0, i32 2, !dbg !71
  %69 = load ptr, ptr %68, align 8, !dbg !71
  %70 = getelementptr i8, ptr %69, i32 8, !dbg !71
  store ptr %70, ptr %68, align 8, !dbg !71
  br label %71, !dbg !71

71:                                               ; preds = %67, %62
  %72 = phi ptr [ %65, %62 ], [ %69, %67 ], !dbg !71
  %73 = load double, ptr %72, align 8, !dbg !71, !tbaa !42
  %74 = load double, ptr %4, align 8, !dbg !72, !tbaa !42
  %75 = fadd double %74, %73, !dbg !73
  store double %75, ptr %4, align 8, !dbg !74, !tbaa !42
  br label %97, !dbg !75

76:                                               ; preds = %13
  %77 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !76
  %78 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %77, i32 0, i32 0, !dbg !76
  %79 = load i32, ptr %78, align 16, !dbg !76
  %80 = icmp ule i32 %79, 40, !dbg !76
  br i1 %80, label %81, label %86, !dbg !76

81:                                               ; preds = %76
  %82 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %77, i32 0, i32 3, !dbg !76
  %83 = load ptr, ptr %82, align 16, !dbg !76
  %84 = getelementptr i8, ptr %83, i32 %79, !dbg !76
  %85 = add i32 %79, 8, !dbg !76
  store i32 %85, ptr %78, align 16, !dbg !76
  br label %90, !dbg !76

86:                                               ; preds = %76
  %87 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %77, i32 0, i32 2, !dbg !76
  %88 = load ptr, ptr %87, align 8, !dbg !76
  %89 = getelementptr i8, ptr %88, i32 8, !dbg !76
  store ptr %89, ptr %87, align 8, !dbg !76
  br label %90, !dbg !76

90:                                               ; preds = %86, %81
  %91 = phi ptr [ %84, %81 ], [ %88, %86 ], !dbg !76
  %92 = load ptr, ptr %91, align 8, !dbg !76, !tbaa !36
  %93 = call i64 @strlen(ptr noundef %92) #7, !dbg !77
  %94 = uitofp i64 %93 to double, !dbg !78
  %95 = load double, ptr %4, align 8, !dbg !79, !tbaa !42
  %96 = fadd double %95, %94, !dbg !80
  store double %96, ptr %4, align 8, !dbg !81, !tbaa !42
  br label %97, !dbg !82

97:                                               ; preds = %13, %90, %71, %51, %31
  br label %98, !dbg !83

98:                                               ; preds = %97
  %99 = load ptr, ptr %5, align 8, !dbg !84, !tbaa !36
  %100 = getelementptr inbounds nuw i8, ptr %99, i32 1, !dbg !85
  store ptr %100, ptr %5, align 8, !dbg !86, !tbaa !36
  br label %8, !dbg !53, !llvm.loop !87

101:                                              ; preds = %12
  %102 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !90
  call void @llvm.va_end.p0(ptr %102), !dbg !90
  %103 = load double, ptr %4, align 8, !dbg !91, !tbaa !42
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !92
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !92
  ret double %103, !dbg !93
}

; Function Attrs: nounwind uwtable
define internal i32 @max_of(i32 noundef %0, ...) #0 !dbg !94 {
  %2 = alloca i32, align 4
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = alloca [1 x %struct.__va_list_tag], align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !95
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !95
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !96
  store i32 -2147483648, ptr %5, align 4, !dbg !97, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !96
  store i32 0, ptr %6, align 4, !dbg !98, !tbaa !9
  %10 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !99
  call void @llvm.va_start.p0(ptr %10), !dbg !99
  %11 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %4, i64 0, i64 0, !dbg !100
  %12 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !100
  call void @llvm.va_copy.p0(ptr %11, ptr %12), !dbg !100
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !101
  store i32 0, ptr %7, align 4, !dbg !102, !tbaa !9
  br label %13, !dbg !101

13:                                               ; preds = %41, %1
  %14 = load i32, ptr %7, align 4, !dbg !103, !tbaa !9
  %15 = load i32, ptr %2, align 4, !dbg !104, !tbaa !9
  %16 = icmp slt i32 %14, %15, !dbg !105
  br i1 %16, label %18, label %17, !dbg !106

17:                                               ; preds = %13
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !107
  br label %44

18:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %8) #6, !dbg !108
  %19 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !109
  %20 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %19, i32 0, i32 0, !dbg !109
  %21 = load i32, ptr %20, align 16, !dbg !109
  %22 = icmp ule i32 %21, 40, !dbg !109
  br i1 %22, label %23, label %28, !dbg !109

23:                                               ; preds = %18
  %24 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %19, i32 0, i32 3, !dbg !109
  %25 = load ptr, ptr %24, align 16, !dbg !109
  %26 = getelementptr i8, ptr %25, i32 %21, !dbg !109
  %27 = add i32 %21, 8, !dbg !109
  store i32 %27, ptr %20, align 16, !dbg !109
  br label %32, !dbg !109

28:                                               ; preds = %18
  %29 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %19, i32 0, i32 2, !dbg !109
  %30 = load ptr, ptr %29, align 8, !dbg !109
  %31 = getelementptr i8, ptr %30, i32 8, !dbg !109
  store ptr %31, ptr %29, align 8, !dbg !109
  br label %32, !dbg !109

32:                                               ; preds = %28, %23
  %33 = phi ptr [ %26, %23 ], [ %30, %28 ], !dbg !109
  %34 = load i32, ptr %33, align 4, !dbg !110, !tbaa !9
  store i32 %34, ptr %8, align 4, !dbg !111, !tbaa !9
  %35 = load i32, ptr %8, align 4, !dbg !112, !tbaa !9
  %36 = load i32, ptr %5, align 4, !dbg !113, !tbaa !9
  %37 = icmp sgt i32 %35, %36, !dbg !114
  br i1 %37, label %38, label %40, !dbg !115

38:                                               ; preds = %32
  %39 = load i32, ptr %8, align 4, !dbg !116, !tbaa !9
  store i32 %39, ptr %5, align 4, !dbg !117, !tbaa !9
  br label %40, !dbg !118

40:                                               ; preds = %38, %32
  call void @llvm.lifetime.end.p0(ptr %8) #6, !dbg !119
  br label %41, !dbg !120

41:                                               ; preds = %40
  %42 = load i32, ptr %7, align 4, !dbg !121, !tbaa !9
  %43 = add nsw i32 %42, 1, !dbg !122
  store i32 %43, ptr %7, align 4, !dbg !123, !tbaa !9
  br label %13, !dbg !107, !llvm.loop !124

44:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %9) #6, !dbg !125
  store i32 0, ptr %9, align 4, !dbg !126, !tbaa !9
  br label %45, !dbg !125

45:                                               ; preds = %69, %44
  %46 = load i32, ptr %9, align 4, !dbg !127, !tbaa !9
  %47 = load i32, ptr %2, align 4, !dbg !128, !tbaa !9
  %48 = icmp slt i32 %46, %47, !dbg !129
  br i1 %48, label %50, label %49, !dbg !130

49:                                               ; preds = %45
  call void @llvm.lifetime.end.p0(ptr %9) #6, !dbg !131
  br label %72

50:                                               ; preds = %45
  %51 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %4, i64 0, i64 0, !dbg !132
  %52 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %51, i32 0, i32 0, !dbg !132
  %53 = load i32, ptr %52, align 16, !dbg !132
  %54 = icmp ule i32 %53, 40, !dbg !132
  br i1 %54, label %55, label %60, !dbg !132

55:                                               ; preds = %50
  %56 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %51, i32 0, i32 3, !dbg !132
  %57 = load ptr, ptr %56, align 16, !dbg !132
  %58 = getelementptr i8, ptr %57, i32 %53, !dbg !132
  %59 = add i32 %53, 8, !dbg !132
  store i32 %59, ptr %52, align 16, !dbg !132
  br label %64, !dbg !132

60:                                               ; preds = %50
  %61 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %51, i32 0, i32 2, !dbg !132
  %62 = load ptr, ptr %61, align 8, !dbg !132
  %63 = getelementptr i8, ptr %62, i32 8, !dbg !132
  store ptr %63, ptr %61, align 8, !dbg !132
  br label %64, !dbg !132

64:                                               ; preds = %60, %55
  %65 = phi ptr [ %58, %55 ], [ %62, %60 ], !dbg !132
  %66 = load i32, ptr %65, align 4, !dbg !132, !tbaa !9
  %67 = load i32, ptr %6, align 4, !dbg !133, !tbaa !9
  %68 = add nsw i32 %67, %66, !dbg !134
  store i32 %68, ptr %6, align 4, !dbg !135, !tbaa !9
  br label %69, !dbg !136

69:                                               ; preds = %64
  %70 = load i32, ptr %9, align 4, !dbg !137, !tbaa !9
  %71 = add nsw i32 %70, 1, !dbg !138
  store i32 %71, ptr %9, align 4, !dbg !139, !tbaa !9
  br label %45, !dbg !131, !llvm.loop !140

72:                                               ; preds = %49
  %73 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %4, i64 0, i64 0, !dbg !141
  call void @llvm.va_end.p0(ptr %73), !dbg !141
  %74 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0, !dbg !142
  call void @llvm.va_end.p0(ptr %74), !dbg !142
  %75 = load i32, ptr %5, align 4, !dbg !143, !tbaa !9
  %76 = mul nsw i32 %75, 1000, !dbg !144
  %77 = load i32, ptr %6, align 4, !dbg !145, !tbaa !9
  %78 = add nsw i32 %76, %77, !dbg !146
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !147
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !147
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !147
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !147
  ret i32 %78, !dbg !148
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: nounwind uwtable
define internal i32 @fmt(ptr noundef %0, i64 noundef %1, ptr noundef %2, ...) #0 !dbg !149 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca [1 x %struct.__va_list_tag], align 16
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !36
  store i64 %1, ptr %5, align 8, !tbaa !150
  store ptr %2, ptr %6, align 8, !tbaa !36
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !152
  %9 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %7, i64 0, i64 0, !dbg !153
  call void @llvm.va_start.p0(ptr %9), !dbg !153
  call void @llvm.lifetime.start.p0(ptr %8) #6, !dbg !154
  %10 = load ptr, ptr %4, align 8, !dbg !155, !tbaa !36
  %11 = load i64, ptr %5, align 8, !dbg !156, !tbaa !150
  %12 = load ptr, ptr %6, align 8, !dbg !157, !tbaa !36
  %13 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %7, i64 0, i64 0, !dbg !158
  %14 = call i32 @vsnprintf(ptr noundef %10, i64 noundef %11, ptr noundef %12, ptr noundef %13) #6, !dbg !159
  store i32 %14, ptr %8, align 4, !dbg !160, !tbaa !9
  %15 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %7, i64 0, i64 0, !dbg !161
  call void @llvm.va_end.p0(ptr %15), !dbg !161
  %16 = load i32, ptr %8, align 4, !dbg !162, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %8) #6, !dbg !163
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !163
  ret i32 %16, !dbg !164
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #3

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !165 i64 @strlen(ptr noundef) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_copy.p0(ptr, ptr) #3

; Function Attrs: nounwind
declare !dbg !167 i32 @vsnprintf(ptr noundef, i64 noundef, ptr noundef, ptr noundef) #5

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind willreturn }
attributes #4 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "varargs.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 34, type: !15, scopeLine: 34, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "varargs.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 35, column: 23, scope: !13)
!18 = !DILocation(line: 35, column: 5, scope: !13)
!19 = !DILocation(line: 37, column: 23, scope: !13)
!20 = !DILocation(line: 37, column: 5, scope: !13)
!21 = !DILocation(line: 38, column: 20, scope: !13)
!22 = !DILocation(line: 38, column: 5, scope: !13)
!23 = !DILocation(line: 39, column: 5, scope: !13)
!24 = !DILocation(line: 40, column: 5, scope: !13)
!25 = !DILocation(line: 40, column: 17, scope: !13)
!26 = !DILocation(line: 40, column: 13, scope: !13, atomGroup: 1, atomRank: 2)
!27 = !DILocation(line: 40, column: 9, scope: !13, atomGroup: 1, atomRank: 1)
!28 = !DILocation(line: 41, column: 23, scope: !13)
!29 = !DILocation(line: 41, column: 26, scope: !13)
!30 = !DILocation(line: 41, column: 5, scope: !13)
!31 = !DILocation(line: 43, column: 1, scope: !13)
!32 = !DILocation(line: 42, column: 5, scope: !13, atomGroup: 3, atomRank: 1)
!33 = !DISubprogram(name: "printf", scope: !34, file: !34, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!34 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!35 = distinct !DISubprogram(name: "sum_mixed", scope: !14, file: !14, line: 6, type: !15, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!36 = !{!37, !37, i64 0}
!37 = !{!"p1 omnipotent char", !38, i64 0}
!38 = !{!"any pointer", !11, i64 0}
!39 = !DILocation(line: 7, column: 5, scope: !35)
!40 = !DILocation(line: 7, column: 17, scope: !35)
!41 = !DILocation(line: 7, column: 24, scope: !35, atomGroup: 1, atomRank: 1)
!42 = !{!43, !43, i64 0}
!43 = !{!"double", !11, i64 0}
!44 = !DILocation(line: 8, column: 5, scope: !35)
!45 = !DILocation(line: 9, column: 10, scope: !35)
!46 = !DILocation(line: 9, column: 26, scope: !35, atomGroup: 2, atomRank: 2)
!47 = !DILocation(line: 9, column: 22, scope: !35, atomGroup: 2, atomRank: 1)
!48 = !DILocation(line: 9, column: 32, scope: !35)
!49 = !DILocation(line: 9, column: 31, scope: !35)
!50 = !{!11, !11, i64 0}
!51 = !DILocation(line: 9, column: 5, scope: !35, atomGroup: 3, atomRank: 1)
!52 = !DILocation(line: 9, column: 5, scope: !35, atomGroup: 4, atomRank: 1)
!53 = !DILocation(line: 9, column: 5, scope: !35)
!54 = !DILocation(line: 10, column: 18, scope: !35)
!55 = !DILocation(line: 10, column: 17, scope: !35, atomGroup: 5, atomRank: 3)
!56 = !DILocation(line: 10, column: 17, scope: !35, atomGroup: 5, atomRank: 2)
!57 = !DILocation(line: 10, column: 9, scope: !35, atomGroup: 5, atomRank: 1)
!58 = !DILocation(line: 11, column: 24, scope: !35)
!59 = !DILocation(line: 11, column: 21, scope: !35)
!60 = !DILocation(line: 11, column: 21, scope: !35, atomGroup: 6, atomRank: 2)
!61 = !DILocation(line: 11, column: 21, scope: !35, atomGroup: 6, atomRank: 1)
!62 = !DILocation(line: 11, column: 41, scope: !35, atomGroup: 7, atomRank: 1)
!63 = !DILocation(line: 12, column: 32, scope: !35)
!64 = !{!65, !65, i64 0}
!65 = !{!"long long", !11, i64 0}
!66 = !DILocation(line: 12, column: 24, scope: !35)
!67 = !DILocation(line: 12, column: 21, scope: !35)
!68 = !DILocation(line: 12, column: 21, scope: !35, atomGroup: 8, atomRank: 2)
!69 = !DILocation(line: 12, column: 21, scope: !35, atomGroup: 8, atomRank: 1)
!70 = !DILocation(line: 12, column: 55, scope: !35, atomGroup: 9, atomRank: 1)
!71 = !DILocation(line: 13, column: 24, scope: !35)
!72 = !DILocation(line: 13, column: 21, scope: !35)
!73 = !DILocation(line: 13, column: 21, scope: !35, atomGroup: 10, atomRank: 2)
!74 = !DILocation(line: 13, column: 21, scope: !35, atomGroup: 10, atomRank: 1)
!75 = !DILocation(line: 13, column: 44, scope: !35, atomGroup: 11, atomRank: 1)
!76 = !DILocation(line: 14, column: 39, scope: !35)
!77 = !DILocation(line: 14, column: 32, scope: !35)
!78 = !DILocation(line: 14, column: 24, scope: !35)
!79 = !DILocation(line: 14, column: 21, scope: !35)
!80 = !DILocation(line: 14, column: 21, scope: !35, atomGroup: 12, atomRank: 2)
!81 = !DILocation(line: 14, column: 21, scope: !35, atomGroup: 12, atomRank: 1)
!82 = !DILocation(line: 14, column: 66, scope: !35, atomGroup: 13, atomRank: 1)
!83 = !DILocation(line: 16, column: 5, scope: !35, atomGroup: 15, atomRank: 1)
!84 = !DILocation(line: 9, column: 36, scope: !35)
!85 = !DILocation(line: 9, column: 36, scope: !35, atomGroup: 14, atomRank: 2)
!86 = !DILocation(line: 9, column: 36, scope: !35, atomGroup: 14, atomRank: 1)
!87 = distinct !{!87, !53, !88, !89}
!88 = !DILocation(line: 16, column: 5, scope: !35)
!89 = !{!"llvm.loop.mustprogress"}
!90 = !DILocation(line: 17, column: 5, scope: !35)
!91 = !DILocation(line: 18, column: 12, scope: !35, atomGroup: 17, atomRank: 2)
!92 = !DILocation(line: 19, column: 1, scope: !35)
!93 = !DILocation(line: 18, column: 5, scope: !35, atomGroup: 17, atomRank: 1)
!94 = distinct !DISubprogram(name: "max_of", scope: !14, file: !14, line: 21, type: !15, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!95 = !DILocation(line: 22, column: 5, scope: !94)
!96 = !DILocation(line: 22, column: 22, scope: !94)
!97 = !DILocation(line: 22, column: 26, scope: !94, atomGroup: 1, atomRank: 1)
!98 = !DILocation(line: 22, column: 47, scope: !94, atomGroup: 2, atomRank: 1)
!99 = !DILocation(line: 23, column: 5, scope: !94)
!100 = !DILocation(line: 23, column: 22, scope: !94)
!101 = !DILocation(line: 24, column: 10, scope: !94)
!102 = !DILocation(line: 24, column: 14, scope: !94, atomGroup: 3, atomRank: 1)
!103 = !DILocation(line: 24, column: 21, scope: !94)
!104 = !DILocation(line: 24, column: 25, scope: !94)
!105 = !DILocation(line: 24, column: 23, scope: !94, atomGroup: 4, atomRank: 1)
!106 = !DILocation(line: 24, column: 5, scope: !94, atomGroup: 5, atomRank: 1)
!107 = !DILocation(line: 24, column: 5, scope: !94)
!108 = !DILocation(line: 24, column: 35, scope: !94)
!109 = !DILocation(line: 24, column: 43, scope: !94)
!110 = !DILocation(line: 24, column: 43, scope: !94, atomGroup: 6, atomRank: 2)
!111 = !DILocation(line: 24, column: 39, scope: !94, atomGroup: 6, atomRank: 1)
!112 = !DILocation(line: 24, column: 64, scope: !94)
!113 = !DILocation(line: 24, column: 68, scope: !94)
!114 = !DILocation(line: 24, column: 66, scope: !94, atomGroup: 7, atomRank: 2)
!115 = !DILocation(line: 24, column: 66, scope: !94, atomGroup: 7, atomRank: 1)
!116 = !DILocation(line: 24, column: 75, scope: !94, atomGroup: 8, atomRank: 2)
!117 = !DILocation(line: 24, column: 73, scope: !94, atomGroup: 8, atomRank: 1)
!118 = !DILocation(line: 24, column: 71, scope: !94)
!119 = !DILocation(line: 24, column: 78, scope: !94)
!120 = !DILocation(line: 24, column: 78, scope: !94, atomGroup: 10, atomRank: 1)
!121 = !DILocation(line: 24, column: 29, scope: !94)
!122 = !DILocation(line: 24, column: 29, scope: !94, atomGroup: 9, atomRank: 2)
!123 = !DILocation(line: 24, column: 29, scope: !94, atomGroup: 9, atomRank: 1)
!124 = distinct !{!124, !107, !119, !89}
!125 = !DILocation(line: 25, column: 10, scope: !94)
!126 = !DILocation(line: 25, column: 14, scope: !94, atomGroup: 11, atomRank: 1)
!127 = !DILocation(line: 25, column: 21, scope: !94)
!128 = !DILocation(line: 25, column: 25, scope: !94)
!129 = !DILocation(line: 25, column: 23, scope: !94, atomGroup: 12, atomRank: 1)
!130 = !DILocation(line: 25, column: 5, scope: !94, atomGroup: 13, atomRank: 1)
!131 = !DILocation(line: 25, column: 5, scope: !94)
!132 = !DILocation(line: 25, column: 42, scope: !94)
!133 = !DILocation(line: 25, column: 39, scope: !94)
!134 = !DILocation(line: 25, column: 39, scope: !94, atomGroup: 14, atomRank: 2)
!135 = !DILocation(line: 25, column: 39, scope: !94, atomGroup: 14, atomRank: 1)
!136 = !DILocation(line: 25, column: 33, scope: !94, atomGroup: 16, atomRank: 1)
!137 = !DILocation(line: 25, column: 29, scope: !94)
!138 = !DILocation(line: 25, column: 29, scope: !94, atomGroup: 15, atomRank: 2)
!139 = !DILocation(line: 25, column: 29, scope: !94, atomGroup: 15, atomRank: 1)
!140 = distinct !{!140, !131, !132, !89}
!141 = !DILocation(line: 26, column: 5, scope: !94)
!142 = !DILocation(line: 26, column: 18, scope: !94)
!143 = !DILocation(line: 27, column: 12, scope: !94)
!144 = !DILocation(line: 27, column: 14, scope: !94)
!145 = !DILocation(line: 27, column: 23, scope: !94)
!146 = !DILocation(line: 27, column: 21, scope: !94, atomGroup: 18, atomRank: 2)
!147 = !DILocation(line: 28, column: 1, scope: !94)
!148 = !DILocation(line: 27, column: 5, scope: !94, atomGroup: 18, atomRank: 1)
!149 = distinct !DISubprogram(name: "fmt", scope: !14, file: !14, line: 30, type: !15, scopeLine: 30, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!150 = !{!151, !151, i64 0}
!151 = !{!"long", !11, i64 0}
!152 = !DILocation(line: 31, column: 5, scope: !149)
!153 = !DILocation(line: 31, column: 17, scope: !149)
!154 = !DILocation(line: 31, column: 34, scope: !149)
!155 = !DILocation(line: 31, column: 52, scope: !149)
!156 = !DILocation(line: 31, column: 57, scope: !149)
!157 = !DILocation(line: 31, column: 60, scope: !149)
!158 = !DILocation(line: 31, column: 63, scope: !149)
!159 = !DILocation(line: 31, column: 42, scope: !149, atomGroup: 1, atomRank: 2)
!160 = !DILocation(line: 31, column: 38, scope: !149, atomGroup: 1, atomRank: 1)
!161 = !DILocation(line: 31, column: 68, scope: !149)
!162 = !DILocation(line: 31, column: 87, scope: !149, atomGroup: 3, atomRank: 2)
!163 = !DILocation(line: 32, column: 1, scope: !149)
!164 = !DILocation(line: 31, column: 80, scope: !149, atomGroup: 3, atomRank: 1)
!165 = !DISubprogram(name: "strlen", scope: !166, file: !166, line: 407, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!166 = !DIFile(filename: "/usr/include/string.h", directory: "")
!167 = !DISubprogram(name: "vsnprintf", scope: !34, file: !34, line: 382, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
