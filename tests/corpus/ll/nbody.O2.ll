; ModuleID = 'nbody.c'
source_filename = "nbody.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.body = type { double, double, double, double, double, double, double }

@bodies = internal global [5 x %struct.body] [%struct.body { double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0x4043BD3CC9BE45DE }, %struct.body { double 0x40135DA0343CD92C, double 0xBFF290ABC01FDB7C, double 0xBFBA86F96C25EBF0, double 0x3FE367069B93CCBC, double 0x40067EF2F57D949B, double 0xBF99D2D79A5A0715, double 0x3FA34C95D9AB33D8 }, %struct.body { double 0x4020AFCDC332CA67, double 0x40107FCB31DE01B0, double 0xBFD9D353E1EB467C, double 0xBFF02C21B8879442, double 0x3FFD35E9BF1F8F13, double 0x3F813C485F1123B4, double 0x3F871D490D07C637 }, %struct.body { double 0x4029C9EACEA7D9CF, double 0xC02E38E8D626667E, double 0xBFCC9557BE257DA0, double 0x3FF1531CA9911BEF, double 0x3FEBCC7F3E54BBC5, double 0xBF862F6BFAF23E7C, double 0x3F5C3DD29CF41EB3 }, %struct.body { double 0x402EC267A905572A, double 0xC039EB5833C8A220, double 0x3FC6F1F393ABE540, double 0x3FEF54B61659BC4A, double 0x3FE307C631C4FBA3, double 0xBFA1CB88587665F6, double 0x3F60A8F3531799AC }], align 16
@.str = private unnamed_addr constant [7 x i8] c"%.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"%.17g %.17g\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5, !dbg !17
  store double 0.000000e+00, ptr %2, align 8, !dbg !18, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !17
  store double 0.000000e+00, ptr %3, align 8, !dbg !21, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %4) #5, !dbg !17
  store double 0.000000e+00, ptr %4, align 8, !dbg !22, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %5) #5, !dbg !23
  store i32 0, ptr %5, align 4, !dbg !24, !tbaa !9
  br label %7, !dbg !23

7:                                                ; preds = %48, %0
  %8 = load i32, ptr %5, align 4, !dbg !25, !tbaa !9
  %9 = icmp slt i32 %8, 5, !dbg !26
  br i1 %9, label %11, label %10, !dbg !27

10:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %5) #5, !dbg !28
  br label %51

11:                                               ; preds = %7
  %12 = load i32, ptr %5, align 4, !dbg !29, !tbaa !9
  %13 = sext i32 %12 to i64, !dbg !30
  %14 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %13, !dbg !30
  %15 = getelementptr inbounds nuw %struct.body, ptr %14, i32 0, i32 3, !dbg !31
  %16 = load double, ptr %15, align 8, !dbg !31, !tbaa !32
  %17 = load i32, ptr %5, align 4, !dbg !34, !tbaa !9
  %18 = sext i32 %17 to i64, !dbg !35
  %19 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %18, !dbg !35
  %20 = getelementptr inbounds nuw %struct.body, ptr %19, i32 0, i32 6, !dbg !36
  %21 = load double, ptr %20, align 8, !dbg !36, !tbaa !37
  %22 = load double, ptr %2, align 8, !dbg !38, !tbaa !19
  %23 = call double @llvm.fmuladd.f64(double %16, double %21, double %22), !dbg !39
  store double %23, ptr %2, align 8, !dbg !40, !tbaa !19
  %24 = load i32, ptr %5, align 4, !dbg !41, !tbaa !9
  %25 = sext i32 %24 to i64, !dbg !42
  %26 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %25, !dbg !42
  %27 = getelementptr inbounds nuw %struct.body, ptr %26, i32 0, i32 4, !dbg !43
  %28 = load double, ptr %27, align 8, !dbg !43, !tbaa !44
  %29 = load i32, ptr %5, align 4, !dbg !45, !tbaa !9
  %30 = sext i32 %29 to i64, !dbg !46
  %31 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %30, !dbg !46
  %32 = getelementptr inbounds nuw %struct.body, ptr %31, i32 0, i32 6, !dbg !47
  %33 = load double, ptr %32, align 8, !dbg !47, !tbaa !37
  %34 = load double, ptr %3, align 8, !dbg !48, !tbaa !19
  %35 = call double @llvm.fmuladd.f64(double %28, double %33, double %34), !dbg !49
  store double %35, ptr %3, align 8, !dbg !50, !tbaa !19
  %36 = load i32, ptr %5, align 4, !dbg !51, !tbaa !9
  %37 = sext i32 %36 to i64, !dbg !52
  %38 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %37, !dbg !52
  %39 = getelementptr inbounds nuw %struct.body, ptr %38, i32 0, i32 5, !dbg !53
  %40 = load double, ptr %39, align 8, !dbg !53, !tbaa !54
  %41 = load i32, ptr %5, align 4, !dbg !55, !tbaa !9
  %42 = sext i32 %41 to i64, !dbg !56
  %43 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %42, !dbg !56
  %44 = getelementptr inbounds nuw %struct.body, ptr %43, i32 0, i32 6, !dbg !57
  %45 = load double, ptr %44, align 8, !dbg !57, !tbaa !37
  %46 = load double, ptr %4, align 8, !dbg !58, !tbaa !19
  %47 = call double @llvm.fmuladd.f64(double %40, double %45, double %46), !dbg !59
  store double %47, ptr %4, align 8, !dbg !60, !tbaa !19
  br label %48, !dbg !61

48:                                               ; preds = %11
  %49 = load i32, ptr %5, align 4, !dbg !62, !tbaa !9
  %50 = add nsw i32 %49, 1, !dbg !63
  store i32 %50, ptr %5, align 4, !dbg !64, !tbaa !9
  br label %7, !dbg !28, !llvm.loop !65

51:                                               ; preds = %10
  %52 = load double, ptr %2, align 8, !dbg !68, !tbaa !19
  %53 = fneg double %52, !dbg !69
  %54 = fdiv double %53, 0x4043BD3CC9BE45DE, !dbg !70
  store double %54, ptr getelementptr inbounds nuw (%struct.body, ptr @bodies, i32 0, i32 3), align 8, !dbg !71, !tbaa !32
  %55 = load double, ptr %3, align 8, !dbg !72, !tbaa !19
  %56 = fneg double %55, !dbg !73
  %57 = fdiv double %56, 0x4043BD3CC9BE45DE, !dbg !74
  store double %57, ptr getelementptr inbounds nuw (%struct.body, ptr @bodies, i32 0, i32 4), align 16, !dbg !75, !tbaa !44
  %58 = load double, ptr %4, align 8, !dbg !76, !tbaa !19
  %59 = fneg double %58, !dbg !77
  %60 = fdiv double %59, 0x4043BD3CC9BE45DE, !dbg !78
  store double %60, ptr getelementptr inbounds nuw (%struct.body, ptr @bodies, i32 0, i32 5), align 8, !dbg !79, !tbaa !54
  %61 = call double @energy(), !dbg !80
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %61), !dbg !81
  call void @llvm.lifetime.start.p0(ptr %6) #5, !dbg !82
  store i32 0, ptr %6, align 4, !dbg !83, !tbaa !9
  br label %63, !dbg !82

63:                                               ; preds = %68, %51
  %64 = load i32, ptr %6, align 4, !dbg !84, !tbaa !9
  %65 = icmp slt i32 %64, 20000, !dbg !85
  br i1 %65, label %67, label %66, !dbg !86

66:                                               ; preds = %63
  call void @llvm.lifetime.end.p0(ptr %6) #5, !dbg !87
  br label %71

67:                                               ; preds = %63
  call void @advance(double noundef 1.000000e-02), !dbg !88
  br label %68, !dbg !89

68:                                               ; preds = %67
  %69 = load i32, ptr %6, align 4, !dbg !90, !tbaa !9
  %70 = add nsw i32 %69, 1, !dbg !91
  store i32 %70, ptr %6, align 4, !dbg !92, !tbaa !9
  br label %63, !dbg !87, !llvm.loop !93

71:                                               ; preds = %66
  %72 = call double @energy(), !dbg !95
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %72), !dbg !96
  %74 = load double, ptr getelementptr inbounds ([5 x %struct.body], ptr @bodies, i64 0, i64 1), align 8, !dbg !97, !tbaa !98
  %75 = load double, ptr getelementptr inbounds nuw (%struct.body, ptr getelementptr inbounds ([5 x %struct.body], ptr @bodies, i64 0, i64 4), i32 0, i32 5), align 8, !dbg !99, !tbaa !54
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %74, double noundef %75), !dbg !100
  call void @llvm.lifetime.end.p0(ptr %4) #5, !dbg !101
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !101
  call void @llvm.lifetime.end.p0(ptr %2) #5, !dbg !101
  ret i32 0, !dbg !102
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !103 i32 @printf(ptr noundef, ...) #3

; Function Attrs: nounwind uwtable
define internal double @energy() #0 !dbg !105 {
  %1 = alloca double, align 8
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  call void @llvm.lifetime.start.p0(ptr %1) #5, !dbg !106
  store double 0.000000e+00, ptr %1, align 8, !dbg !107, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %2) #5, !dbg !108
  store i32 0, ptr %2, align 4, !dbg !109, !tbaa !9
  br label %9, !dbg !108

9:                                                ; preds = %104, %0
  %10 = load i32, ptr %2, align 4, !dbg !110, !tbaa !9
  %11 = icmp slt i32 %10, 5, !dbg !111
  br i1 %11, label %13, label %12, !dbg !112

12:                                               ; preds = %9
  store i32 2, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %2) #5, !dbg !113
  br label %107

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %4) #5, !dbg !114
  %14 = load i32, ptr %2, align 4, !dbg !115, !tbaa !9
  %15 = sext i32 %14 to i64, !dbg !116
  %16 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %15, !dbg !117
  store ptr %16, ptr %4, align 8, !dbg !118, !tbaa !119
  %17 = load ptr, ptr %4, align 8, !dbg !122, !tbaa !119
  %18 = getelementptr inbounds nuw %struct.body, ptr %17, i32 0, i32 6, !dbg !123
  %19 = load double, ptr %18, align 8, !dbg !123, !tbaa !37
  %20 = fmul double 5.000000e-01, %19, !dbg !124
  %21 = load ptr, ptr %4, align 8, !dbg !125, !tbaa !119
  %22 = getelementptr inbounds nuw %struct.body, ptr %21, i32 0, i32 3, !dbg !126
  %23 = load double, ptr %22, align 8, !dbg !126, !tbaa !32
  %24 = load ptr, ptr %4, align 8, !dbg !127, !tbaa !119
  %25 = getelementptr inbounds nuw %struct.body, ptr %24, i32 0, i32 3, !dbg !128
  %26 = load double, ptr %25, align 8, !dbg !128, !tbaa !32
  %27 = load ptr, ptr %4, align 8, !dbg !129, !tbaa !119
  %28 = getelementptr inbounds nuw %struct.body, ptr %27, i32 0, i32 4, !dbg !130
  %29 = load double, ptr %28, align 8, !dbg !130, !tbaa !44
  %30 = load ptr, ptr %4, align 8, !dbg !131, !tbaa !119
  %31 = getelementptr inbounds nuw %struct.body, ptr %30, i32 0, i32 4, !dbg !132
  %32 = load double, ptr %31, align 8, !dbg !132, !tbaa !44
  %33 = fmul double %29, %32, !dbg !133
  %34 = call double @llvm.fmuladd.f64(double %23, double %26, double %33), !dbg !134
  %35 = load ptr, ptr %4, align 8, !dbg !135, !tbaa !119
  %36 = getelementptr inbounds nuw %struct.body, ptr %35, i32 0, i32 5, !dbg !136
  %37 = load double, ptr %36, align 8, !dbg !136, !tbaa !54
  %38 = load ptr, ptr %4, align 8, !dbg !137, !tbaa !119
  %39 = getelementptr inbounds nuw %struct.body, ptr %38, i32 0, i32 5, !dbg !138
  %40 = load double, ptr %39, align 8, !dbg !138, !tbaa !54
  %41 = call double @llvm.fmuladd.f64(double %37, double %40, double %34), !dbg !139
  %42 = load double, ptr %1, align 8, !dbg !140, !tbaa !19
  %43 = call double @llvm.fmuladd.f64(double %20, double %41, double %42), !dbg !141
  store double %43, ptr %1, align 8, !dbg !142, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %5) #5, !dbg !143
  %44 = load i32, ptr %2, align 4, !dbg !144, !tbaa !9
  %45 = add nsw i32 %44, 1, !dbg !145
  store i32 %45, ptr %5, align 4, !dbg !146, !tbaa !9
  br label %46, !dbg !143

46:                                               ; preds = %100, %13
  %47 = load i32, ptr %5, align 4, !dbg !147, !tbaa !9
  %48 = icmp slt i32 %47, 5, !dbg !148
  br i1 %48, label %50, label %49, !dbg !149

49:                                               ; preds = %46
  store i32 5, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #5, !dbg !150
  br label %103

50:                                               ; preds = %46
  call void @llvm.lifetime.start.p0(ptr %6) #5, !dbg !151
  %51 = load ptr, ptr %4, align 8, !dbg !152, !tbaa !119
  %52 = getelementptr inbounds nuw %struct.body, ptr %51, i32 0, i32 0, !dbg !153
  %53 = load double, ptr %52, align 8, !dbg !153, !tbaa !98
  %54 = load i32, ptr %5, align 4, !dbg !154, !tbaa !9
  %55 = sext i32 %54 to i64, !dbg !155
  %56 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %55, !dbg !155
  %57 = getelementptr inbounds nuw %struct.body, ptr %56, i32 0, i32 0, !dbg !156
  %58 = load double, ptr %57, align 8, !dbg !156, !tbaa !98
  %59 = fsub double %53, %58, !dbg !157
  store double %59, ptr %6, align 8, !dbg !158, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %7) #5, !dbg !151
  %60 = load ptr, ptr %4, align 8, !dbg !159, !tbaa !119
  %61 = getelementptr inbounds nuw %struct.body, ptr %60, i32 0, i32 1, !dbg !160
  %62 = load double, ptr %61, align 8, !dbg !160, !tbaa !161
  %63 = load i32, ptr %5, align 4, !dbg !162, !tbaa !9
  %64 = sext i32 %63 to i64, !dbg !163
  %65 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %64, !dbg !163
  %66 = getelementptr inbounds nuw %struct.body, ptr %65, i32 0, i32 1, !dbg !164
  %67 = load double, ptr %66, align 8, !dbg !164, !tbaa !161
  %68 = fsub double %62, %67, !dbg !165
  store double %68, ptr %7, align 8, !dbg !166, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %8) #5, !dbg !151
  %69 = load ptr, ptr %4, align 8, !dbg !167, !tbaa !119
  %70 = getelementptr inbounds nuw %struct.body, ptr %69, i32 0, i32 2, !dbg !168
  %71 = load double, ptr %70, align 8, !dbg !168, !tbaa !169
  %72 = load i32, ptr %5, align 4, !dbg !170, !tbaa !9
  %73 = sext i32 %72 to i64, !dbg !171
  %74 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %73, !dbg !171
  %75 = getelementptr inbounds nuw %struct.body, ptr %74, i32 0, i32 2, !dbg !172
  %76 = load double, ptr %75, align 8, !dbg !172, !tbaa !169
  %77 = fsub double %71, %76, !dbg !173
  store double %77, ptr %8, align 8, !dbg !174, !tbaa !19
  %78 = load ptr, ptr %4, align 8, !dbg !175, !tbaa !119
  %79 = getelementptr inbounds nuw %struct.body, ptr %78, i32 0, i32 6, !dbg !176
  %80 = load double, ptr %79, align 8, !dbg !176, !tbaa !37
  %81 = load i32, ptr %5, align 4, !dbg !177, !tbaa !9
  %82 = sext i32 %81 to i64, !dbg !178
  %83 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %82, !dbg !178
  %84 = getelementptr inbounds nuw %struct.body, ptr %83, i32 0, i32 6, !dbg !179
  %85 = load double, ptr %84, align 8, !dbg !179, !tbaa !37
  %86 = fmul double %80, %85, !dbg !180
  %87 = load double, ptr %6, align 8, !dbg !181, !tbaa !19
  %88 = load double, ptr %6, align 8, !dbg !182, !tbaa !19
  %89 = load double, ptr %7, align 8, !dbg !183, !tbaa !19
  %90 = load double, ptr %7, align 8, !dbg !184, !tbaa !19
  %91 = fmul double %89, %90, !dbg !185
  %92 = call double @llvm.fmuladd.f64(double %87, double %88, double %91), !dbg !186
  %93 = load double, ptr %8, align 8, !dbg !187, !tbaa !19
  %94 = load double, ptr %8, align 8, !dbg !188, !tbaa !19
  %95 = call double @llvm.fmuladd.f64(double %93, double %94, double %92), !dbg !189
  %96 = call double @sqrt(double noundef %95) #5, !dbg !190, !tbaa !9
  %97 = fdiv double %86, %96, !dbg !191
  %98 = load double, ptr %1, align 8, !dbg !192, !tbaa !19
  %99 = fsub double %98, %97, !dbg !193
  store double %99, ptr %1, align 8, !dbg !194, !tbaa !19
  call void @llvm.lifetime.end.p0(ptr %8) #5, !dbg !195
  call void @llvm.lifetime.end.p0(ptr %7) #5, !dbg !195
  call void @llvm.lifetime.end.p0(ptr %6) #5, !dbg !195
  br label %100, !dbg !196

100:                                              ; preds = %50
  %101 = load i32, ptr %5, align 4, !dbg !197, !tbaa !9
  %102 = add nsw i32 %101, 1, !dbg !198
  store i32 %102, ptr %5, align 4, !dbg !199, !tbaa !9
  br label %46, !dbg !150, !llvm.loop !200

103:                                              ; preds = %49
  call void @llvm.lifetime.end.p0(ptr %4) #5, !dbg !201
  br label %104, !dbg !202

104:                                              ; preds = %103
  %105 = load i32, ptr %2, align 4, !dbg !203, !tbaa !9
  %106 = add nsw i32 %105, 1, !dbg !204
  store i32 %106, ptr %2, align 4, !dbg !205, !tbaa !9
  br label %9, !dbg !113, !llvm.loop !206

107:                                              ; preds = %12
  %108 = load double, ptr %1, align 8, !dbg !207, !tbaa !19
  store i32 1, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %1) #5, !dbg !208
  ret double %108, !dbg !209
}

; Function Attrs: nounwind uwtable
define internal void @advance(double noundef %0) #0 !dbg !210 {
  %2 = alloca double, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca double, align 8
  %13 = alloca i32, align 4
  store double %0, ptr %2, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !211
  store i32 0, ptr %3, align 4, !dbg !212, !tbaa !9
  br label %14, !dbg !211

14:                                               ; preds = %135, %1
  %15 = load i32, ptr %3, align 4, !dbg !213, !tbaa !9
  %16 = icmp slt i32 %15, 5, !dbg !214
  br i1 %16, label %18, label %17, !dbg !215

17:                                               ; preds = %14
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !216
  br label %138

18:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %5) #5, !dbg !217
  %19 = load i32, ptr %3, align 4, !dbg !218, !tbaa !9
  %20 = add nsw i32 %19, 1, !dbg !219
  store i32 %20, ptr %5, align 4, !dbg !220, !tbaa !9
  br label %21, !dbg !217

21:                                               ; preds = %131, %18
  %22 = load i32, ptr %5, align 4, !dbg !221, !tbaa !9
  %23 = icmp slt i32 %22, 5, !dbg !222
  br i1 %23, label %25, label %24, !dbg !223

24:                                               ; preds = %21
  store i32 5, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #5, !dbg !224
  br label %134

25:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %6) #5, !dbg !225
  %26 = load i32, ptr %3, align 4, !dbg !226, !tbaa !9
  %27 = sext i32 %26 to i64, !dbg !227
  %28 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %27, !dbg !228
  store ptr %28, ptr %6, align 8, !dbg !229, !tbaa !119
  call void @llvm.lifetime.start.p0(ptr %7) #5, !dbg !225
  %29 = load i32, ptr %5, align 4, !dbg !230, !tbaa !9
  %30 = sext i32 %29 to i64, !dbg !231
  %31 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %30, !dbg !232
  store ptr %31, ptr %7, align 8, !dbg !233, !tbaa !119
  call void @llvm.lifetime.start.p0(ptr %8) #5, !dbg !234
  %32 = load ptr, ptr %6, align 8, !dbg !235, !tbaa !119
  %33 = getelementptr inbounds nuw %struct.body, ptr %32, i32 0, i32 0, !dbg !236
  %34 = load double, ptr %33, align 8, !dbg !236, !tbaa !98
  %35 = load ptr, ptr %7, align 8, !dbg !237, !tbaa !119
  %36 = getelementptr inbounds nuw %struct.body, ptr %35, i32 0, i32 0, !dbg !238
  %37 = load double, ptr %36, align 8, !dbg !238, !tbaa !98
  %38 = fsub double %34, %37, !dbg !239
  store double %38, ptr %8, align 8, !dbg !240, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %9) #5, !dbg !234
  %39 = load ptr, ptr %6, align 8, !dbg !241, !tbaa !119
  %40 = getelementptr inbounds nuw %struct.body, ptr %39, i32 0, i32 1, !dbg !242
  %41 = load double, ptr %40, align 8, !dbg !242, !tbaa !161
  %42 = load ptr, ptr %7, align 8, !dbg !243, !tbaa !119
  %43 = getelementptr inbounds nuw %struct.body, ptr %42, i32 0, i32 1, !dbg !244
  %44 = load double, ptr %43, align 8, !dbg !244, !tbaa !161
  %45 = fsub double %41, %44, !dbg !245
  store double %45, ptr %9, align 8, !dbg !246, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %10) #5, !dbg !234
  %46 = load ptr, ptr %6, align 8, !dbg !247, !tbaa !119
  %47 = getelementptr inbounds nuw %struct.body, ptr %46, i32 0, i32 2, !dbg !248
  %48 = load double, ptr %47, align 8, !dbg !248, !tbaa !169
  %49 = load ptr, ptr %7, align 8, !dbg !249, !tbaa !119
  %50 = getelementptr inbounds nuw %struct.body, ptr %49, i32 0, i32 2, !dbg !250
  %51 = load double, ptr %50, align 8, !dbg !250, !tbaa !169
  %52 = fsub double %48, %51, !dbg !251
  store double %52, ptr %10, align 8, !dbg !252, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %11) #5, !dbg !234
  %53 = load double, ptr %8, align 8, !dbg !253, !tbaa !19
  %54 = load double, ptr %8, align 8, !dbg !254, !tbaa !19
  %55 = load double, ptr %9, align 8, !dbg !255, !tbaa !19
  %56 = load double, ptr %9, align 8, !dbg !256, !tbaa !19
  %57 = fmul double %55, %56, !dbg !257
  %58 = call double @llvm.fmuladd.f64(double %53, double %54, double %57), !dbg !258
  %59 = load double, ptr %10, align 8, !dbg !259, !tbaa !19
  %60 = load double, ptr %10, align 8, !dbg !260, !tbaa !19
  %61 = call double @llvm.fmuladd.f64(double %59, double %60, double %58), !dbg !261
  store double %61, ptr %11, align 8, !dbg !262, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %12) #5, !dbg !263
  %62 = load double, ptr %2, align 8, !dbg !264, !tbaa !19
  %63 = load double, ptr %11, align 8, !dbg !265, !tbaa !19
  %64 = load double, ptr %11, align 8, !dbg !266, !tbaa !19
  %65 = call double @sqrt(double noundef %64) #5, !dbg !267, !tbaa !9
  %66 = fmul double %63, %65, !dbg !268
  %67 = fdiv double %62, %66, !dbg !269
  store double %67, ptr %12, align 8, !dbg !270, !tbaa !19
  %68 = load double, ptr %8, align 8, !dbg !271, !tbaa !19
  %69 = load ptr, ptr %7, align 8, !dbg !272, !tbaa !119
  %70 = getelementptr inbounds nuw %struct.body, ptr %69, i32 0, i32 6, !dbg !273
  %71 = load double, ptr %70, align 8, !dbg !273, !tbaa !37
  %72 = fmul double %68, %71, !dbg !274
  %73 = load double, ptr %12, align 8, !dbg !275, !tbaa !19
  %74 = load ptr, ptr %6, align 8, !dbg !276, !tbaa !119
  %75 = getelementptr inbounds nuw %struct.body, ptr %74, i32 0, i32 3, !dbg !277
  %76 = load double, ptr %75, align 8, !dbg !278, !tbaa !32
  %77 = fneg double %72, !dbg !278
  %78 = call double @llvm.fmuladd.f64(double %77, double %73, double %76), !dbg !279
  store double %78, ptr %75, align 8, !dbg !280, !tbaa !32
  %79 = load double, ptr %9, align 8, !dbg !281, !tbaa !19
  %80 = load ptr, ptr %7, align 8, !dbg !282, !tbaa !119
  %81 = getelementptr inbounds nuw %struct.body, ptr %80, i32 0, i32 6, !dbg !283
  %82 = load double, ptr %81, align 8, !dbg !283, !tbaa !37
  %83 = fmul double %79, %82, !dbg !284
  %84 = load double, ptr %12, align 8, !dbg !285, !tbaa !19
  %85 = load ptr, ptr %6, align 8, !dbg !286, !tbaa !119
  %86 = getelementptr inbounds nuw %struct.body, ptr %85, i32 0, i32 4, !dbg !287
  %87 = load double, ptr %86, align 8, !dbg !288, !tbaa !44
  %88 = fneg double %83, !dbg !288
  %89 = call double @llvm.fmuladd.f64(double %88, double %84, double %87), !dbg !289
  store double %89, ptr %86, align 8, !dbg !290, !tbaa !44
  %90 = load double, ptr %10, align 8, !dbg !291, !tbaa !19
  %91 = load ptr, ptr %7, align 8, !dbg !292, !tbaa !119
  %92 = getelementptr inbounds nuw %struct.body, ptr %91, i32 0, i32 6, !dbg !293
  %93 = load double, ptr %92, align 8, !dbg !293, !tbaa !37
  %94 = fmul double %90, %93, !dbg !294
  %95 = load double, ptr %12, align 8, !dbg !295, !tbaa !19
  %96 = load ptr, ptr %6, align 8, !dbg !296, !tbaa !119
  %97 = getelementptr inbounds nuw %struct.body, ptr %96, i32 0, i32 5, !dbg !297
  %98 = load double, ptr %97, align 8, !dbg !298, !tbaa !54
  %99 = fneg double %94, !dbg !298
  %100 = call double @llvm.fmuladd.f64(double %99, double %95, double %98), !dbg !299
  store double %100, ptr %97, align 8, !dbg !300, !tbaa !54
  %101 = load double, ptr %8, align 8, !dbg !301, !tbaa !19
  %102 = load ptr, ptr %6, align 8, !dbg !302, !tbaa !119
  %103 = getelementptr inbounds nuw %struct.body, ptr %102, i32 0, i32 6, !dbg !303
  %104 = load double, ptr %103, align 8, !dbg !303, !tbaa !37
  %105 = fmul double %101, %104, !dbg !304
  %106 = load double, ptr %12, align 8, !dbg !305, !tbaa !19
  %107 = load ptr, ptr %7, align 8, !dbg !306, !tbaa !119
  %108 = getelementptr inbounds nuw %struct.body, ptr %107, i32 0, i32 3, !dbg !307
  %109 = load double, ptr %108, align 8, !dbg !308, !tbaa !32
  %110 = call double @llvm.fmuladd.f64(double %105, double %106, double %109), !dbg !309
  store double %110, ptr %108, align 8, !dbg !310, !tbaa !32
  %111 = load double, ptr %9, align 8, !dbg !311, !tbaa !19
  %112 = load ptr, ptr %6, align 8, !dbg !312, !tbaa !119
  %113 = getelementptr inbounds nuw %struct.body, ptr %112, i32 0, i32 6, !dbg !313
  %114 = load double, ptr %113, align 8, !dbg !313, !tbaa !37
  %115 = fmul double %111, %114, !dbg !314
  %116 = load double, ptr %12, align 8, !dbg !315, !tbaa !19
  %117 = load ptr, ptr %7, align 8, !dbg !316, !tbaa !119
  %118 = getelementptr inbounds nuw %struct.body, ptr %117, i32 0, i32 4, !dbg !317
  %119 = load double, ptr %118, align 8, !dbg !318, !tbaa !44
  %120 = call double @llvm.fmuladd.f64(double %115, double %116, double %119), !dbg !319
  store double %120, ptr %118, align 8, !dbg !320, !tbaa !44
  %121 = load double, ptr %10, align 8, !dbg !321, !tbaa !19
  %122 = load ptr, ptr %6, align 8, !dbg !322, !tbaa !119
  %123 = getelementptr inbounds nuw %struct.body, ptr %122, i32 0, i32 6, !dbg !323
  %124 = load double, ptr %123, align 8, !dbg !323, !tbaa !37
  %125 = fmul double %121, %124, !dbg !324
  %126 = load double, ptr %12, align 8, !dbg !325, !tbaa !19
  %127 = load ptr, ptr %7, align 8, !dbg !326, !tbaa !119
  %128 = getelementptr inbounds nuw %struct.body, ptr %127, i32 0, i32 5, !dbg !327
  %129 = load double, ptr %128, align 8, !dbg !328, !tbaa !54
  %130 = call double @llvm.fmuladd.f64(double %125, double %126, double %129), !dbg !329
  store double %130, ptr %128, align 8, !dbg !330, !tbaa !54
  call void @llvm.lifetime.end.p0(ptr %12) #5, !dbg !331
  call void @llvm.lifetime.end.p0(ptr %11) #5, !dbg !331
  call void @llvm.lifetime.end.p0(ptr %10) #5, !dbg !331
  call void @llvm.lifetime.end.p0(ptr %9) #5, !dbg !331
  call void @llvm.lifetime.end.p0(ptr %8) #5, !dbg !331
  call void @llvm.lifetime.end.p0(ptr %7) #5, !dbg !331
  call void @llvm.lifetime.end.p0(ptr %6) #5, !dbg !331
  br label %131, !dbg !332

131:                                              ; preds = %25
  %132 = load i32, ptr %5, align 4, !dbg !333, !tbaa !9
  %133 = add nsw i32 %132, 1, !dbg !334
  store i32 %133, ptr %5, align 4, !dbg !335, !tbaa !9
  br label %21, !dbg !224, !llvm.loop !336

134:                                              ; preds = %24
  br label %135, !dbg !337

135:                                              ; preds = %134
  %136 = load i32, ptr %3, align 4, !dbg !338, !tbaa !9
  %137 = add nsw i32 %136, 1, !dbg !339
  store i32 %137, ptr %3, align 4, !dbg !340, !tbaa !9
  br label %14, !dbg !216, !llvm.loop !341

138:                                              ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %13) #5, !dbg !342
  store i32 0, ptr %13, align 4, !dbg !343, !tbaa !9
  br label %139, !dbg !342

139:                                              ; preds = %180, %138
  %140 = load i32, ptr %13, align 4, !dbg !344, !tbaa !9
  %141 = icmp slt i32 %140, 5, !dbg !345
  br i1 %141, label %143, label %142, !dbg !346

142:                                              ; preds = %139
  store i32 8, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #5, !dbg !347
  br label %183

143:                                              ; preds = %139
  %144 = load double, ptr %2, align 8, !dbg !348, !tbaa !19
  %145 = load i32, ptr %13, align 4, !dbg !349, !tbaa !9
  %146 = sext i32 %145 to i64, !dbg !350
  %147 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %146, !dbg !350
  %148 = getelementptr inbounds nuw %struct.body, ptr %147, i32 0, i32 3, !dbg !351
  %149 = load double, ptr %148, align 8, !dbg !351, !tbaa !32
  %150 = load i32, ptr %13, align 4, !dbg !352, !tbaa !9
  %151 = sext i32 %150 to i64, !dbg !353
  %152 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %151, !dbg !353
  %153 = getelementptr inbounds nuw %struct.body, ptr %152, i32 0, i32 0, !dbg !354
  %154 = load double, ptr %153, align 8, !dbg !355, !tbaa !98
  %155 = call double @llvm.fmuladd.f64(double %144, double %149, double %154), !dbg !356
  store double %155, ptr %153, align 8, !dbg !357, !tbaa !98
  %156 = load double, ptr %2, align 8, !dbg !358, !tbaa !19
  %157 = load i32, ptr %13, align 4, !dbg !359, !tbaa !9
  %158 = sext i32 %157 to i64, !dbg !360
  %159 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %158, !dbg !360
  %160 = getelementptr inbounds nuw %struct.body, ptr %159, i32 0, i32 4, !dbg !361
  %161 = load double, ptr %160, align 8, !dbg !361, !tbaa !44
  %162 = load i32, ptr %13, align 4, !dbg !362, !tbaa !9
  %163 = sext i32 %162 to i64, !dbg !363
  %164 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %163, !dbg !363
  %165 = getelementptr inbounds nuw %struct.body, ptr %164, i32 0, i32 1, !dbg !364
  %166 = load double, ptr %165, align 8, !dbg !365, !tbaa !161
  %167 = call double @llvm.fmuladd.f64(double %156, double %161, double %166), !dbg !366
  store double %167, ptr %165, align 8, !dbg !367, !tbaa !161
  %168 = load double, ptr %2, align 8, !dbg !368, !tbaa !19
  %169 = load i32, ptr %13, align 4, !dbg !369, !tbaa !9
  %170 = sext i32 %169 to i64, !dbg !370
  %171 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %170, !dbg !370
  %172 = getelementptr inbounds nuw %struct.body, ptr %171, i32 0, i32 5, !dbg !371
  %173 = load double, ptr %172, align 8, !dbg !371, !tbaa !54
  %174 = load i32, ptr %13, align 4, !dbg !372, !tbaa !9
  %175 = sext i32 %174 to i64, !dbg !373
  %176 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %175, !dbg !373
  %177 = getelementptr inbounds nuw %struct.body, ptr %176, i32 0, i32 2, !dbg !374
  %178 = load double, ptr %177, align 8, !dbg !375, !tbaa !169
  %179 = call double @llvm.fmuladd.f64(double %168, double %173, double %178), !dbg !376
  store double %179, ptr %177, align 8, !dbg !377, !tbaa !169
  br label %180, !dbg !378

180:                                              ; preds = %143
  %181 = load i32, ptr %13, align 4, !dbg !379, !tbaa !9
  %182 = add nsw i32 %181, 1, !dbg !380
  store i32 %182, ptr %13, align 4, !dbg !381, !tbaa !9
  br label %139, !dbg !347, !llvm.loop !382

183:                                              ; preds = %142
  ret void, !dbg !384
}

; Function Attrs: nounwind
declare !dbg !385 double @sqrt(double noundef) #4

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "nbody.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 36, type: !15, scopeLine: 36, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "nbody.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 37, column: 5, scope: !13)
!18 = !DILocation(line: 37, column: 12, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !{!20, !20, i64 0}
!20 = !{!"double", !11, i64 0}
!21 = !DILocation(line: 37, column: 20, scope: !13, atomGroup: 2, atomRank: 1)
!22 = !DILocation(line: 37, column: 28, scope: !13, atomGroup: 3, atomRank: 1)
!23 = !DILocation(line: 38, column: 10, scope: !13)
!24 = !DILocation(line: 38, column: 14, scope: !13, atomGroup: 4, atomRank: 1)
!25 = !DILocation(line: 38, column: 21, scope: !13)
!26 = !DILocation(line: 38, column: 23, scope: !13, atomGroup: 5, atomRank: 1)
!27 = !DILocation(line: 38, column: 5, scope: !13, atomGroup: 6, atomRank: 1)
!28 = !DILocation(line: 38, column: 5, scope: !13)
!29 = !DILocation(line: 38, column: 48, scope: !13)
!30 = !DILocation(line: 38, column: 41, scope: !13)
!31 = !DILocation(line: 38, column: 51, scope: !13)
!32 = !{!33, !20, i64 24}
!33 = !{!"body", !20, i64 0, !20, i64 8, !20, i64 16, !20, i64 24, !20, i64 32, !20, i64 40, !20, i64 48}
!34 = !DILocation(line: 38, column: 63, scope: !13)
!35 = !DILocation(line: 38, column: 56, scope: !13)
!36 = !DILocation(line: 38, column: 66, scope: !13)
!37 = !{!33, !20, i64 48}
!38 = !DILocation(line: 38, column: 38, scope: !13)
!39 = !DILocation(line: 38, column: 38, scope: !13, atomGroup: 7, atomRank: 2)
!40 = !DILocation(line: 38, column: 38, scope: !13, atomGroup: 7, atomRank: 1)
!41 = !DILocation(line: 38, column: 82, scope: !13)
!42 = !DILocation(line: 38, column: 75, scope: !13)
!43 = !DILocation(line: 38, column: 85, scope: !13)
!44 = !{!33, !20, i64 32}
!45 = !DILocation(line: 38, column: 97, scope: !13)
!46 = !DILocation(line: 38, column: 90, scope: !13)
!47 = !DILocation(line: 38, column: 100, scope: !13)
!48 = !DILocation(line: 38, column: 72, scope: !13)
!49 = !DILocation(line: 38, column: 72, scope: !13, atomGroup: 8, atomRank: 2)
!50 = !DILocation(line: 38, column: 72, scope: !13, atomGroup: 8, atomRank: 1)
!51 = !DILocation(line: 38, column: 116, scope: !13)
!52 = !DILocation(line: 38, column: 109, scope: !13)
!53 = !DILocation(line: 38, column: 119, scope: !13)
!54 = !{!33, !20, i64 40}
!55 = !DILocation(line: 38, column: 131, scope: !13)
!56 = !DILocation(line: 38, column: 124, scope: !13)
!57 = !DILocation(line: 38, column: 134, scope: !13)
!58 = !DILocation(line: 38, column: 106, scope: !13)
!59 = !DILocation(line: 38, column: 106, scope: !13, atomGroup: 9, atomRank: 2)
!60 = !DILocation(line: 38, column: 106, scope: !13, atomGroup: 9, atomRank: 1)
!61 = !DILocation(line: 38, column: 137, scope: !13, atomGroup: 11, atomRank: 1)
!62 = !DILocation(line: 38, column: 29, scope: !13)
!63 = !DILocation(line: 38, column: 29, scope: !13, atomGroup: 10, atomRank: 2)
!64 = !DILocation(line: 38, column: 29, scope: !13, atomGroup: 10, atomRank: 1)
!65 = distinct !{!65, !28, !66, !67}
!66 = !DILocation(line: 38, column: 137, scope: !13)
!67 = !{!"llvm.loop.mustprogress"}
!68 = !DILocation(line: 39, column: 21, scope: !13)
!69 = !DILocation(line: 39, column: 20, scope: !13)
!70 = !DILocation(line: 39, column: 24, scope: !13, atomGroup: 12, atomRank: 2)
!71 = !DILocation(line: 39, column: 18, scope: !13, atomGroup: 12, atomRank: 1)
!72 = !DILocation(line: 39, column: 54, scope: !13)
!73 = !DILocation(line: 39, column: 53, scope: !13)
!74 = !DILocation(line: 39, column: 57, scope: !13, atomGroup: 13, atomRank: 2)
!75 = !DILocation(line: 39, column: 51, scope: !13, atomGroup: 13, atomRank: 1)
!76 = !DILocation(line: 39, column: 87, scope: !13)
!77 = !DILocation(line: 39, column: 86, scope: !13)
!78 = !DILocation(line: 39, column: 90, scope: !13, atomGroup: 14, atomRank: 2)
!79 = !DILocation(line: 39, column: 84, scope: !13, atomGroup: 14, atomRank: 1)
!80 = !DILocation(line: 40, column: 23, scope: !13)
!81 = !DILocation(line: 40, column: 5, scope: !13)
!82 = !DILocation(line: 41, column: 10, scope: !13)
!83 = !DILocation(line: 41, column: 14, scope: !13, atomGroup: 15, atomRank: 1)
!84 = !DILocation(line: 41, column: 21, scope: !13)
!85 = !DILocation(line: 41, column: 23, scope: !13, atomGroup: 16, atomRank: 1)
!86 = !DILocation(line: 41, column: 5, scope: !13, atomGroup: 17, atomRank: 1)
!87 = !DILocation(line: 41, column: 5, scope: !13)
!88 = !DILocation(line: 41, column: 37, scope: !13)
!89 = !DILocation(line: 41, column: 37, scope: !13, atomGroup: 19, atomRank: 1)
!90 = !DILocation(line: 41, column: 33, scope: !13)
!91 = !DILocation(line: 41, column: 33, scope: !13, atomGroup: 18, atomRank: 2)
!92 = !DILocation(line: 41, column: 33, scope: !13, atomGroup: 18, atomRank: 1)
!93 = distinct !{!93, !87, !94, !67}
!94 = !DILocation(line: 41, column: 49, scope: !13)
!95 = !DILocation(line: 42, column: 23, scope: !13)
!96 = !DILocation(line: 42, column: 5, scope: !13)
!97 = !DILocation(line: 43, column: 39, scope: !13)
!98 = !{!33, !20, i64 0}
!99 = !DILocation(line: 43, column: 52, scope: !13)
!100 = !DILocation(line: 43, column: 5, scope: !13)
!101 = !DILocation(line: 45, column: 1, scope: !13)
!102 = !DILocation(line: 44, column: 5, scope: !13, atomGroup: 21, atomRank: 1)
!103 = !DISubprogram(name: "printf", scope: !104, file: !104, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!104 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!105 = distinct !DISubprogram(name: "energy", scope: !14, file: !14, line: 16, type: !15, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!106 = !DILocation(line: 17, column: 5, scope: !105)
!107 = !DILocation(line: 17, column: 12, scope: !105, atomGroup: 1, atomRank: 1)
!108 = !DILocation(line: 18, column: 10, scope: !105)
!109 = !DILocation(line: 18, column: 14, scope: !105, atomGroup: 2, atomRank: 1)
!110 = !DILocation(line: 18, column: 21, scope: !105)
!111 = !DILocation(line: 18, column: 23, scope: !105, atomGroup: 3, atomRank: 1)
!112 = !DILocation(line: 18, column: 5, scope: !105, atomGroup: 4, atomRank: 1)
!113 = !DILocation(line: 18, column: 5, scope: !105)
!114 = !DILocation(line: 19, column: 9, scope: !105)
!115 = !DILocation(line: 19, column: 34, scope: !105)
!116 = !DILocation(line: 19, column: 27, scope: !105)
!117 = !DILocation(line: 19, column: 27, scope: !105, atomGroup: 5, atomRank: 2)
!118 = !DILocation(line: 19, column: 22, scope: !105, atomGroup: 5, atomRank: 1)
!119 = !{!120, !120, i64 0}
!120 = !{!"p1 _ZTS4body", !121, i64 0}
!121 = !{!"any pointer", !11, i64 0}
!122 = !DILocation(line: 20, column: 20, scope: !105)
!123 = !DILocation(line: 20, column: 23, scope: !105)
!124 = !DILocation(line: 20, column: 18, scope: !105)
!125 = !DILocation(line: 20, column: 28, scope: !105)
!126 = !DILocation(line: 20, column: 31, scope: !105)
!127 = !DILocation(line: 20, column: 36, scope: !105)
!128 = !DILocation(line: 20, column: 39, scope: !105)
!129 = !DILocation(line: 20, column: 44, scope: !105)
!130 = !DILocation(line: 20, column: 47, scope: !105)
!131 = !DILocation(line: 20, column: 52, scope: !105)
!132 = !DILocation(line: 20, column: 55, scope: !105)
!133 = !DILocation(line: 20, column: 50, scope: !105)
!134 = !DILocation(line: 20, column: 42, scope: !105)
!135 = !DILocation(line: 20, column: 60, scope: !105)
!136 = !DILocation(line: 20, column: 63, scope: !105)
!137 = !DILocation(line: 20, column: 68, scope: !105)
!138 = !DILocation(line: 20, column: 71, scope: !105)
!139 = !DILocation(line: 20, column: 58, scope: !105)
!140 = !DILocation(line: 20, column: 11, scope: !105)
!141 = !DILocation(line: 20, column: 11, scope: !105, atomGroup: 6, atomRank: 2)
!142 = !DILocation(line: 20, column: 11, scope: !105, atomGroup: 6, atomRank: 1)
!143 = !DILocation(line: 21, column: 14, scope: !105)
!144 = !DILocation(line: 21, column: 22, scope: !105)
!145 = !DILocation(line: 21, column: 24, scope: !105, atomGroup: 7, atomRank: 2)
!146 = !DILocation(line: 21, column: 18, scope: !105, atomGroup: 7, atomRank: 1)
!147 = !DILocation(line: 21, column: 29, scope: !105)
!148 = !DILocation(line: 21, column: 31, scope: !105, atomGroup: 8, atomRank: 1)
!149 = !DILocation(line: 21, column: 9, scope: !105, atomGroup: 9, atomRank: 1)
!150 = !DILocation(line: 21, column: 9, scope: !105)
!151 = !DILocation(line: 21, column: 43, scope: !105)
!152 = !DILocation(line: 21, column: 55, scope: !105)
!153 = !DILocation(line: 21, column: 58, scope: !105)
!154 = !DILocation(line: 21, column: 69, scope: !105)
!155 = !DILocation(line: 21, column: 62, scope: !105)
!156 = !DILocation(line: 21, column: 72, scope: !105)
!157 = !DILocation(line: 21, column: 60, scope: !105, atomGroup: 10, atomRank: 2)
!158 = !DILocation(line: 21, column: 50, scope: !105, atomGroup: 10, atomRank: 1)
!159 = !DILocation(line: 21, column: 80, scope: !105)
!160 = !DILocation(line: 21, column: 83, scope: !105)
!161 = !{!33, !20, i64 8}
!162 = !DILocation(line: 21, column: 94, scope: !105)
!163 = !DILocation(line: 21, column: 87, scope: !105)
!164 = !DILocation(line: 21, column: 97, scope: !105)
!165 = !DILocation(line: 21, column: 85, scope: !105, atomGroup: 11, atomRank: 2)
!166 = !DILocation(line: 21, column: 75, scope: !105, atomGroup: 11, atomRank: 1)
!167 = !DILocation(line: 21, column: 105, scope: !105)
!168 = !DILocation(line: 21, column: 108, scope: !105)
!169 = !{!33, !20, i64 16}
!170 = !DILocation(line: 21, column: 119, scope: !105)
!171 = !DILocation(line: 21, column: 112, scope: !105)
!172 = !DILocation(line: 21, column: 122, scope: !105)
!173 = !DILocation(line: 21, column: 110, scope: !105, atomGroup: 12, atomRank: 2)
!174 = !DILocation(line: 21, column: 100, scope: !105, atomGroup: 12, atomRank: 1)
!175 = !DILocation(line: 21, column: 130, scope: !105)
!176 = !DILocation(line: 21, column: 133, scope: !105)
!177 = !DILocation(line: 21, column: 144, scope: !105)
!178 = !DILocation(line: 21, column: 137, scope: !105)
!179 = !DILocation(line: 21, column: 147, scope: !105)
!180 = !DILocation(line: 21, column: 135, scope: !105)
!181 = !DILocation(line: 21, column: 156, scope: !105)
!182 = !DILocation(line: 21, column: 161, scope: !105)
!183 = !DILocation(line: 21, column: 166, scope: !105)
!184 = !DILocation(line: 21, column: 171, scope: !105)
!185 = !DILocation(line: 21, column: 169, scope: !105)
!186 = !DILocation(line: 21, column: 164, scope: !105)
!187 = !DILocation(line: 21, column: 176, scope: !105)
!188 = !DILocation(line: 21, column: 181, scope: !105)
!189 = !DILocation(line: 21, column: 174, scope: !105)
!190 = !DILocation(line: 21, column: 151, scope: !105)
!191 = !DILocation(line: 21, column: 149, scope: !105)
!192 = !DILocation(line: 21, column: 127, scope: !105)
!193 = !DILocation(line: 21, column: 127, scope: !105, atomGroup: 13, atomRank: 2)
!194 = !DILocation(line: 21, column: 127, scope: !105, atomGroup: 13, atomRank: 1)
!195 = !DILocation(line: 21, column: 186, scope: !105)
!196 = !DILocation(line: 21, column: 186, scope: !105, atomGroup: 15, atomRank: 1)
!197 = !DILocation(line: 21, column: 37, scope: !105)
!198 = !DILocation(line: 21, column: 37, scope: !105, atomGroup: 14, atomRank: 2)
!199 = !DILocation(line: 21, column: 37, scope: !105, atomGroup: 14, atomRank: 1)
!200 = distinct !{!200, !150, !195, !67}
!201 = !DILocation(line: 22, column: 5, scope: !105)
!202 = !DILocation(line: 22, column: 5, scope: !105, atomGroup: 17, atomRank: 1)
!203 = !DILocation(line: 18, column: 29, scope: !105)
!204 = !DILocation(line: 18, column: 29, scope: !105, atomGroup: 16, atomRank: 2)
!205 = !DILocation(line: 18, column: 29, scope: !105, atomGroup: 16, atomRank: 1)
!206 = distinct !{!206, !113, !201, !67}
!207 = !DILocation(line: 23, column: 12, scope: !105, atomGroup: 19, atomRank: 2)
!208 = !DILocation(line: 24, column: 1, scope: !105)
!209 = !DILocation(line: 23, column: 5, scope: !105, atomGroup: 19, atomRank: 1)
!210 = distinct !DISubprogram(name: "advance", scope: !14, file: !14, line: 25, type: !15, scopeLine: 25, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!211 = !DILocation(line: 26, column: 10, scope: !210)
!212 = !DILocation(line: 26, column: 14, scope: !210, atomGroup: 1, atomRank: 1)
!213 = !DILocation(line: 26, column: 21, scope: !210)
!214 = !DILocation(line: 26, column: 23, scope: !210, atomGroup: 2, atomRank: 1)
!215 = !DILocation(line: 26, column: 5, scope: !210, atomGroup: 3, atomRank: 1)
!216 = !DILocation(line: 26, column: 5, scope: !210)
!217 = !DILocation(line: 26, column: 38, scope: !210)
!218 = !DILocation(line: 26, column: 46, scope: !210)
!219 = !DILocation(line: 26, column: 48, scope: !210, atomGroup: 4, atomRank: 2)
!220 = !DILocation(line: 26, column: 42, scope: !210, atomGroup: 4, atomRank: 1)
!221 = !DILocation(line: 26, column: 53, scope: !210)
!222 = !DILocation(line: 26, column: 55, scope: !210, atomGroup: 5, atomRank: 1)
!223 = !DILocation(line: 26, column: 33, scope: !210, atomGroup: 6, atomRank: 1)
!224 = !DILocation(line: 26, column: 33, scope: !210)
!225 = !DILocation(line: 27, column: 9, scope: !210)
!226 = !DILocation(line: 27, column: 34, scope: !210)
!227 = !DILocation(line: 27, column: 27, scope: !210)
!228 = !DILocation(line: 27, column: 27, scope: !210, atomGroup: 7, atomRank: 2)
!229 = !DILocation(line: 27, column: 22, scope: !210, atomGroup: 7, atomRank: 1)
!230 = !DILocation(line: 27, column: 51, scope: !210)
!231 = !DILocation(line: 27, column: 44, scope: !210)
!232 = !DILocation(line: 27, column: 44, scope: !210, atomGroup: 8, atomRank: 2)
!233 = !DILocation(line: 27, column: 39, scope: !210, atomGroup: 8, atomRank: 1)
!234 = !DILocation(line: 28, column: 9, scope: !210)
!235 = !DILocation(line: 28, column: 21, scope: !210)
!236 = !DILocation(line: 28, column: 24, scope: !210)
!237 = !DILocation(line: 28, column: 28, scope: !210)
!238 = !DILocation(line: 28, column: 31, scope: !210)
!239 = !DILocation(line: 28, column: 26, scope: !210, atomGroup: 9, atomRank: 2)
!240 = !DILocation(line: 28, column: 16, scope: !210, atomGroup: 9, atomRank: 1)
!241 = !DILocation(line: 28, column: 39, scope: !210)
!242 = !DILocation(line: 28, column: 42, scope: !210)
!243 = !DILocation(line: 28, column: 46, scope: !210)
!244 = !DILocation(line: 28, column: 49, scope: !210)
!245 = !DILocation(line: 28, column: 44, scope: !210, atomGroup: 10, atomRank: 2)
!246 = !DILocation(line: 28, column: 34, scope: !210, atomGroup: 10, atomRank: 1)
!247 = !DILocation(line: 28, column: 57, scope: !210)
!248 = !DILocation(line: 28, column: 60, scope: !210)
!249 = !DILocation(line: 28, column: 64, scope: !210)
!250 = !DILocation(line: 28, column: 67, scope: !210)
!251 = !DILocation(line: 28, column: 62, scope: !210, atomGroup: 11, atomRank: 2)
!252 = !DILocation(line: 28, column: 52, scope: !210, atomGroup: 11, atomRank: 1)
!253 = !DILocation(line: 28, column: 75, scope: !210)
!254 = !DILocation(line: 28, column: 80, scope: !210)
!255 = !DILocation(line: 28, column: 85, scope: !210)
!256 = !DILocation(line: 28, column: 90, scope: !210)
!257 = !DILocation(line: 28, column: 88, scope: !210)
!258 = !DILocation(line: 28, column: 83, scope: !210)
!259 = !DILocation(line: 28, column: 95, scope: !210)
!260 = !DILocation(line: 28, column: 100, scope: !210)
!261 = !DILocation(line: 28, column: 93, scope: !210, atomGroup: 12, atomRank: 2)
!262 = !DILocation(line: 28, column: 70, scope: !210, atomGroup: 12, atomRank: 1)
!263 = !DILocation(line: 29, column: 9, scope: !210)
!264 = !DILocation(line: 29, column: 22, scope: !210)
!265 = !DILocation(line: 29, column: 28, scope: !210)
!266 = !DILocation(line: 29, column: 38, scope: !210)
!267 = !DILocation(line: 29, column: 33, scope: !210)
!268 = !DILocation(line: 29, column: 31, scope: !210)
!269 = !DILocation(line: 29, column: 25, scope: !210, atomGroup: 13, atomRank: 2)
!270 = !DILocation(line: 29, column: 16, scope: !210, atomGroup: 13, atomRank: 1)
!271 = !DILocation(line: 30, column: 18, scope: !210)
!272 = !DILocation(line: 30, column: 23, scope: !210)
!273 = !DILocation(line: 30, column: 26, scope: !210)
!274 = !DILocation(line: 30, column: 21, scope: !210)
!275 = !DILocation(line: 30, column: 30, scope: !210)
!276 = !DILocation(line: 30, column: 9, scope: !210)
!277 = !DILocation(line: 30, column: 12, scope: !210)
!278 = !DILocation(line: 30, column: 15, scope: !210)
!279 = !DILocation(line: 30, column: 15, scope: !210, atomGroup: 14, atomRank: 2)
!280 = !DILocation(line: 30, column: 15, scope: !210, atomGroup: 14, atomRank: 1)
!281 = !DILocation(line: 30, column: 44, scope: !210)
!282 = !DILocation(line: 30, column: 49, scope: !210)
!283 = !DILocation(line: 30, column: 52, scope: !210)
!284 = !DILocation(line: 30, column: 47, scope: !210)
!285 = !DILocation(line: 30, column: 56, scope: !210)
!286 = !DILocation(line: 30, column: 35, scope: !210)
!287 = !DILocation(line: 30, column: 38, scope: !210)
!288 = !DILocation(line: 30, column: 41, scope: !210)
!289 = !DILocation(line: 30, column: 41, scope: !210, atomGroup: 15, atomRank: 2)
!290 = !DILocation(line: 30, column: 41, scope: !210, atomGroup: 15, atomRank: 1)
!291 = !DILocation(line: 30, column: 70, scope: !210)
!292 = !DILocation(line: 30, column: 75, scope: !210)
!293 = !DILocation(line: 30, column: 78, scope: !210)
!294 = !DILocation(line: 30, column: 73, scope: !210)
!295 = !DILocation(line: 30, column: 82, scope: !210)
!296 = !DILocation(line: 30, column: 61, scope: !210)
!297 = !DILocation(line: 30, column: 64, scope: !210)
!298 = !DILocation(line: 30, column: 67, scope: !210)
!299 = !DILocation(line: 30, column: 67, scope: !210, atomGroup: 16, atomRank: 2)
!300 = !DILocation(line: 30, column: 67, scope: !210, atomGroup: 16, atomRank: 1)
!301 = !DILocation(line: 31, column: 18, scope: !210)
!302 = !DILocation(line: 31, column: 23, scope: !210)
!303 = !DILocation(line: 31, column: 26, scope: !210)
!304 = !DILocation(line: 31, column: 21, scope: !210)
!305 = !DILocation(line: 31, column: 30, scope: !210)
!306 = !DILocation(line: 31, column: 9, scope: !210)
!307 = !DILocation(line: 31, column: 12, scope: !210)
!308 = !DILocation(line: 31, column: 15, scope: !210)
!309 = !DILocation(line: 31, column: 15, scope: !210, atomGroup: 17, atomRank: 2)
!310 = !DILocation(line: 31, column: 15, scope: !210, atomGroup: 17, atomRank: 1)
!311 = !DILocation(line: 31, column: 44, scope: !210)
!312 = !DILocation(line: 31, column: 49, scope: !210)
!313 = !DILocation(line: 31, column: 52, scope: !210)
!314 = !DILocation(line: 31, column: 47, scope: !210)
!315 = !DILocation(line: 31, column: 56, scope: !210)
!316 = !DILocation(line: 31, column: 35, scope: !210)
!317 = !DILocation(line: 31, column: 38, scope: !210)
!318 = !DILocation(line: 31, column: 41, scope: !210)
!319 = !DILocation(line: 31, column: 41, scope: !210, atomGroup: 18, atomRank: 2)
!320 = !DILocation(line: 31, column: 41, scope: !210, atomGroup: 18, atomRank: 1)
!321 = !DILocation(line: 31, column: 70, scope: !210)
!322 = !DILocation(line: 31, column: 75, scope: !210)
!323 = !DILocation(line: 31, column: 78, scope: !210)
!324 = !DILocation(line: 31, column: 73, scope: !210)
!325 = !DILocation(line: 31, column: 82, scope: !210)
!326 = !DILocation(line: 31, column: 61, scope: !210)
!327 = !DILocation(line: 31, column: 64, scope: !210)
!328 = !DILocation(line: 31, column: 67, scope: !210)
!329 = !DILocation(line: 31, column: 67, scope: !210, atomGroup: 19, atomRank: 2)
!330 = !DILocation(line: 31, column: 67, scope: !210, atomGroup: 19, atomRank: 1)
!331 = !DILocation(line: 32, column: 5, scope: !210)
!332 = !DILocation(line: 32, column: 5, scope: !210, atomGroup: 21, atomRank: 1)
!333 = !DILocation(line: 26, column: 61, scope: !210)
!334 = !DILocation(line: 26, column: 61, scope: !210, atomGroup: 20, atomRank: 2)
!335 = !DILocation(line: 26, column: 61, scope: !210, atomGroup: 20, atomRank: 1)
!336 = distinct !{!336, !224, !331, !67}
!337 = !DILocation(line: 32, column: 5, scope: !210, atomGroup: 23, atomRank: 1)
!338 = !DILocation(line: 26, column: 29, scope: !210)
!339 = !DILocation(line: 26, column: 29, scope: !210, atomGroup: 22, atomRank: 2)
!340 = !DILocation(line: 26, column: 29, scope: !210, atomGroup: 22, atomRank: 1)
!341 = distinct !{!341, !216, !331, !67}
!342 = !DILocation(line: 33, column: 10, scope: !210)
!343 = !DILocation(line: 33, column: 14, scope: !210, atomGroup: 24, atomRank: 1)
!344 = !DILocation(line: 33, column: 21, scope: !210)
!345 = !DILocation(line: 33, column: 23, scope: !210, atomGroup: 25, atomRank: 1)
!346 = !DILocation(line: 33, column: 5, scope: !210, atomGroup: 26, atomRank: 1)
!347 = !DILocation(line: 33, column: 5, scope: !210)
!348 = !DILocation(line: 33, column: 50, scope: !210)
!349 = !DILocation(line: 33, column: 62, scope: !210)
!350 = !DILocation(line: 33, column: 55, scope: !210)
!351 = !DILocation(line: 33, column: 65, scope: !210)
!352 = !DILocation(line: 33, column: 42, scope: !210)
!353 = !DILocation(line: 33, column: 35, scope: !210)
!354 = !DILocation(line: 33, column: 45, scope: !210)
!355 = !DILocation(line: 33, column: 47, scope: !210)
!356 = !DILocation(line: 33, column: 47, scope: !210, atomGroup: 27, atomRank: 2)
!357 = !DILocation(line: 33, column: 47, scope: !210, atomGroup: 27, atomRank: 1)
!358 = !DILocation(line: 33, column: 84, scope: !210)
!359 = !DILocation(line: 33, column: 96, scope: !210)
!360 = !DILocation(line: 33, column: 89, scope: !210)
!361 = !DILocation(line: 33, column: 99, scope: !210)
!362 = !DILocation(line: 33, column: 76, scope: !210)
!363 = !DILocation(line: 33, column: 69, scope: !210)
!364 = !DILocation(line: 33, column: 79, scope: !210)
!365 = !DILocation(line: 33, column: 81, scope: !210)
!366 = !DILocation(line: 33, column: 81, scope: !210, atomGroup: 28, atomRank: 2)
!367 = !DILocation(line: 33, column: 81, scope: !210, atomGroup: 28, atomRank: 1)
!368 = !DILocation(line: 33, column: 118, scope: !210)
!369 = !DILocation(line: 33, column: 130, scope: !210)
!370 = !DILocation(line: 33, column: 123, scope: !210)
!371 = !DILocation(line: 33, column: 133, scope: !210)
!372 = !DILocation(line: 33, column: 110, scope: !210)
!373 = !DILocation(line: 33, column: 103, scope: !210)
!374 = !DILocation(line: 33, column: 113, scope: !210)
!375 = !DILocation(line: 33, column: 115, scope: !210)
!376 = !DILocation(line: 33, column: 115, scope: !210, atomGroup: 29, atomRank: 2)
!377 = !DILocation(line: 33, column: 115, scope: !210, atomGroup: 29, atomRank: 1)
!378 = !DILocation(line: 33, column: 137, scope: !210, atomGroup: 31, atomRank: 1)
!379 = !DILocation(line: 33, column: 29, scope: !210)
!380 = !DILocation(line: 33, column: 29, scope: !210, atomGroup: 30, atomRank: 2)
!381 = !DILocation(line: 33, column: 29, scope: !210, atomGroup: 30, atomRank: 1)
!382 = distinct !{!382, !347, !383, !67}
!383 = !DILocation(line: 33, column: 137, scope: !210)
!384 = !DILocation(line: 34, column: 1, scope: !210, atomGroup: 32, atomRank: 1)
!385 = !DISubprogram(name: "sqrt", scope: !386, file: !386, line: 143, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!386 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/mathcalls.h", directory: "")
