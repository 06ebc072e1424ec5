; ModuleID = 'nbody.c'
source_filename = "nbody.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.body = type { double, double, double, double, double, double, double }

@bodies = internal global [5 x %struct.body] [%struct.body { double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0x4043BD3CC9BE45DE }, %struct.body { double 0x40135DA0343CD92C, double 0xBFF290ABC01FDB7C, double 0xBFBA86F96C25EBF0, double 0x3FE367069B93CCBC, double 0x40067EF2F57D949B, double 0xBF99D2D79A5A0715, double 0x3FA34C95D9AB33D8 }, %struct.body { double 0x4020AFCDC332CA67, double 0x40107FCB31DE01B0, double 0xBFD9D353E1EB467C, double 0xBFF02C21B8879442, double 0x3FFD35E9BF1F8F13, double 0x3F813C485F1123B4, double 0x3F871D490D07C637 }, %struct.body { double 0x4029C9EACEA7D9CF, double 0xC02E38E8D626667E, double 0xBFCC9557BE257DA0, double 0x3FF1531CA9911BEF, double 0x3FEBCC7F3E54BBC5, double 0xBF862F6BFAF23E7C, double 0x3F5C3DD29CF41EB3 }, %struct.body { double 0x402EC267A905572A, double 0xC039EB5833C8A220, double 0x3FC6F1F393ABE540, double 0x3FEF54B61659BC4A, double 0x3FE307C631C4FBA3, double 0xBFA1CB88587665F6, double 0x3F60A8F3531799AC }], align 16
@.str = private unnamed_addr constant [7 x i8] c"%.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"%.17g %.17g\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store double 0.000000e+00, ptr %2, align 8, !dbg !13
  store double 0.000000e+00, ptr %3, align 8, !dbg !14
  store double 0.000000e+00, ptr %4, align 8, !dbg !15
  store i32 0, ptr %5, align 4, !dbg !16
  br label %7, !dbg !17

7:                                                ; preds = %47, %0
  %8 = load i32, ptr %5, align 4, !dbg !18
  %9 = icmp slt i32 %8, 5, !dbg !19
  br i1 %9, label %10, label %50, !dbg !20

10:                                               ; preds = %7
  %11 = load i32, ptr %5, align 4, !dbg !21
  %12 = sext i32 %11 to i64, !dbg !22
  %13 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %12, !dbg !22
  %14 = getelementptr inbounds nuw %struct.body, ptr %13, i32 0, i32 3, !dbg !23
  %15 = load double, ptr %14, align 8, !dbg !23
  %16 = load i32, ptr %5, align 4, !dbg !24
  %17 = sext i32 %16 to i64, !dbg !25
  %18 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %17, !dbg !25
  %19 = getelementptr inbounds nuw %struct.body, ptr %18, i32 0, i32 6, !dbg !26
  %20 = load double, ptr %19, align 8, !dbg !26
  %21 = load double, ptr %2, align 8, !dbg !27
  %22 = call double @llvm.fmuladd.f64(double %15, double %20, double %21), !dbg !27
  store double %22, ptr %2, align 8, !dbg !27
  %23 = load i32, ptr %5, align 4, !dbg !28
  %24 = sext i32 %23 to i64, !dbg !29
  %25 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %24, !dbg !29
  %26 = getelementptr inbounds nuw %struct.body, ptr %25, i32 0, i32 4, !dbg !30
  %27 = load double, ptr %26, align 8, !dbg !30
  %28 = load i32, ptr %5, align 4, !dbg !31
  %29 = sext i32 %28 to i64, !dbg !32
  %30 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %29, !dbg !32
  %31 = getelementptr inbounds nuw %struct.body, ptr %30, i32 0, i32 6, !dbg !33
  %32 = load double, ptr %31, align 8, !dbg !33
  %33 = load double, ptr %3, align 8, !dbg !34
  %34 = call double @llvm.fmuladd.f64(double %27, double %32, double %33), !dbg !34
  store double %34, ptr %3, align 8, !dbg !34
  %35 = load i32, ptr %5, align 4, !dbg !35
  %36 = sext i32 %35 to i64, !dbg !36
  %37 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %36, !dbg !36
  %38 = getelementptr inbounds nuw %struct.body, ptr %37, i32 0, i32 5, !dbg !37
  %39 = load double, ptr %38, align 8, !dbg !37
  %40 = load i32, ptr %5, align 4, !dbg !38
  %41 = sext i32 %40 to i64, !dbg !39
  %42 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %41, !dbg !39
  %43 = getelementptr inbounds nuw %struct.body, ptr %42, i32 0, i32 6, !dbg !40
  %44 = load double, ptr %43, align 8, !dbg !40
  %45 = load double, ptr %4, align 8, !dbg !41
  %46 = call double @llvm.fmuladd.f64(double %39, double %44, double %45), !dbg !41
  store double %46, ptr %4, align 8, !dbg !41
  br label %47, !dbg !42

47:                                               ; preds = %10
  %48 = load i32, ptr %5, align 4, !dbg !43
  %49 = add nsw i32 %48, 1, !dbg !43
  store i32 %49, ptr %5, align 4, !dbg !43
  br label %7, !dbg !20, !llvm.loop !44

50:                                               ; preds = %7
  %51 = load double, ptr %2, align 8, !dbg !46
  %52 = fneg double %51, !dbg !47
  %53 = fdiv double %52, 0x4043BD3CC9BE45DE, !dbg !48
  store double %53, ptr getelementptr inbounds nuw (%struct.body, ptr @bodies, i32 0, i32 3), align 8, !dbg !49
  %54 = load double, ptr %3, align 8, !dbg !50
  %55 = fneg double %54, !dbg !51
  %56 = fdiv double %55, 0x4043BD3CC9BE45DE, !dbg !52
  store double %56, ptr getelementptr inbounds nuw (%struct.body, ptr @bodies, i32 0, i32 4), align 16, !dbg !53
  %57 = load double, ptr %4, align 8, !dbg !54
  %58 = fneg double %57, !dbg !55
  %59 = fdiv double %58, 0x4043BD3CC9BE45DE, !dbg !56
  store double %59, ptr getelementptr inbounds nuw (%struct.body, ptr @bodies, i32 0, i32 5), align 8, !dbg !57
  %60 = call double @energy(), !dbg !58
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %60), !dbg !59
  store i32 0, ptr %6, align 4, !dbg !60
  br label %62, !dbg !61

62:                                               ; preds = %66, %50
  %63 = load i32, ptr %6, align 4, !dbg !62
  %64 = icmp slt i32 %63, 20000, !dbg !63
  br i1 %64, label %65, label %69, !dbg !64

65:                                               ; preds = %62
  call void @advance(double noundef 1.000000e-02), !dbg !65
  br label %66, !dbg !65

66:                                               ; preds = %65
  %67 = load i32, ptr %6, align 4, !dbg !66
  %68 = add nsw i32 %67, 1, !dbg !66
  store i32 %68, ptr %6, align 4, !dbg !66
  br label %62, !dbg !64, !llvm.loop !67

69:                                               ; preds = %62
  %70 = call double @energy(), !dbg !69
  %71 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %70), !dbg !70
  %72 = load double, ptr getelementptr inbounds ([5 x %struct.body], ptr @bodies, i64 0, i64 1), align 8, !dbg !71
  %73 = load double, ptr getelementptr inbounds nuw (%struct.body, ptr getelementptr inbounds ([5 x %struct.body], ptr @bodies, i64 0, i64 4), i32 0, i32 5), align 8, !dbg !72
  %74 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %72, double noundef %73), !dbg !73
  ret i32 0, !dbg !74
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal double @energy() #0 !dbg !75 {
  %1 = alloca double, align 8
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  store double 0.000000e+00, ptr %1, align 8, !dbg !76
  store i32 0, ptr %2, align 4, !dbg !77
  br label %8, !dbg !78

8:                                                ; preds = %101, %0
  %9 = load i32, ptr %2, align 4, !dbg !79
  %10 = icmp slt i32 %9, 5, !dbg !80
  br i1 %10, label %11, label %104, !dbg !81

11:                                               ; preds = %8
  %12 = load i32, ptr %2, align 4, !dbg !82
  %13 = sext i32 %12 to i64, !dbg !83
  %14 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %13, !dbg !83
  store ptr %14, ptr %3, align 8, !dbg !84
  %15 = load ptr, ptr %3, align 8, !dbg !85
  %16 = getelementptr inbounds nuw %struct.body, ptr %15, i32 0, i32 6, !dbg !86
  %17 = load double, ptr %16, align 8, !dbg !86
  %18 = fmul double 5.000000e-01, %17, !dbg !87
  %19 = load ptr, ptr %3, align 8, !dbg !88
  %20 = getelementptr inbounds nuw %struct.body, ptr %19, i32 0, i32 3, !dbg !89
  %21 = load double, ptr %20, align 8, !dbg !89
  %22 = load ptr, ptr %3, align 8, !dbg !90
  %23 = getelementptr inbounds nuw %struct.body, ptr %22, i32 0, i32 3, !dbg !91
  %24 = load double, ptr %23, align 8, !dbg !91
  %25 = load ptr, ptr %3, align 8, !dbg !92
  %26 = getelementptr inbounds nuw %struct.body, ptr %25, i32 0, i32 4, !dbg !93
  %27 = load double, ptr %26, align 8, !dbg !93
  %28 = load ptr, ptr %3, align 8, !dbg !94
  %29 = getelementptr inbounds nuw %struct.body, ptr %28, i32 0, i32 4, !dbg !95
  %30 = load double, ptr %29, align 8, !dbg !95
  %31 = fmul double %27, %30, !dbg !96
  %32 = call double @llvm.fmuladd.f64(double %21, double %24, double %31), !dbg !97
  %33 = load ptr, ptr %3, align 8, !dbg !98
  %34 = getelementptr inbounds nuw %struct.body, ptr %33, i32 0, i32 5, !dbg !99
  %35 = load double, ptr %34, align 8, !dbg !99
  %36 = load ptr, ptr %3, align 8, !dbg !100
  %37 = getelementptr inbounds nuw %struct.body, ptr %36, i32 0, i32 5, !dbg !101
  %38 = load double, ptr %37, align 8, !dbg !101
  %39 = call double @llvm.fmuladd.f64(double %35, double %38, double %32), !dbg !102
  %40 = load double, ptr %1, align 8, !dbg !103
  %41 = call double @llvm.fmuladd.f64(double %18, double %39, double %40), !dbg !103
  store double %41, ptr %1, align 8, !dbg !103
  %42 = load i32, ptr %2, align 4, !dbg !104
  %43 = add nsw i32 %42, 1, !dbg !105
  store i32 %43, ptr %4, align 4, !dbg !106
  br label %44, !dbg !107

44:                                               ; preds = %97, %11
  %45 = load i32, ptr %4, align 4, !dbg !108
  %46 = icmp slt i32 %45, 5, !dbg !109
  br i1 %46, label %47, label %100, !dbg !110

47:                                               ; preds = %44
  %48 = load ptr, ptr %3, align 8, !dbg !111
  %49 = getelementptr inbounds nuw %struct.body, ptr %48, i32 0, i32 0, !dbg !112
  %50 = load double, ptr %49, align 8, !dbg !112
  %51 = load i32, ptr %4, align 4, !dbg !113
  %52 = sext i32 %51 to i64, !dbg !114
  %53 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %52, !dbg !114
  %54 = getelementptr inbounds nuw %struct.body, ptr %53, i32 0, i32 0, !dbg !115
  %55 = load double, ptr %54, align 8, !dbg !115
  %56 = fsub double %50, %55, !dbg !116
  store double %56, ptr %5, align 8, !dbg !117
  %57 = load ptr, ptr %3, align 8, !dbg !118
  %58 = getelementptr inbounds nuw %struct.body, ptr %57, i32 0, i32 1, !dbg !119
  %59 = load double, ptr %58, align 8, !dbg !119
  %60 = load i32, ptr %4, align 4, !dbg !120
  %61 = sext i32 %60 to i64, !dbg !121
  %62 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %61, !dbg !121
  %63 = getelementptr inbounds nuw %struct.body, ptr %62, i32 0, i32 1, !dbg !122
  %64 = load double, ptr %63, align 8, !dbg !122
  %65 = fsub double %59, %64, !dbg !123
  store double %65, ptr %6, align 8, !dbg !124
  %66 = load ptr, ptr %3, align 8, !dbg !125
  %67 = getelementptr inbounds nuw %struct.body, ptr %66, i32 0, i32 2, !dbg !126
  %68 = load double, ptr %67, align 8, !dbg !126
  %69 = load i32, ptr %4, align 4, !dbg !127
  %70 = sext i32 %69 to i64, !dbg !128
  %71 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %70, !dbg !128
  %72 = getelementptr inbounds nuw %struct.body, ptr %71, i32 0, i32 2, !dbg !129
  %73 = load double, ptr %72, align 8, !dbg !129
  %74 = fsub double %68, %73, !dbg !130
  store double %74, ptr %7, align 8, !dbg !131
  %75 = load ptr, ptr %3, align 8, !dbg !132
  %76 = getelementptr inbounds nuw %struct.body, ptr %75, i32 0, i32 6, !dbg !133
  %77 = load double, ptr %76, align 8, !dbg !133
  %78 = load i32, ptr %4, align 4, !dbg !134
  %79 = sext i32 %78 to i64, !dbg !135
  %80 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %79, !dbg !135
  %81 = getelementptr inbounds nuw %struct.body, ptr %80, i32 0, i32 6, !dbg !136
  %82 = load double, ptr %81, align 8, !dbg !136
  %83 = fmul double %77, %82, !dbg !137
  %84 = load double, ptr %5, align 8, !dbg !138
  %85 = load double, ptr %5, align 8, !dbg !139
  %86 = load double, ptr %6, align 8, !dbg !140
  %87 = load double, ptr %6, align 8, !dbg !141
  %88 = fmul double %86, %87, !dbg !142
  %89 = call double @llvm.fmuladd.f64(double %84, double %85, double %88), !dbg !143
  %90 = load double, ptr %7, align 8, !dbg !144
  %91 = load double, ptr %7, align 8, !dbg !145
  %92 = call double @llvm.fmuladd.f64(double %90, double %91, double %89), !dbg !146
  %93 = call double @sqrt(double noundef %92) #4, !dbg !147
  %94 = fdiv double %83, %93, !dbg !148
  %95 = load double, ptr %1, align 8, !dbg !149
  %96 = fsub double %95, %94, !dbg !149
  store double %96, ptr %1, align 8, !dbg !149
  br label %97, !dbg !150

97:                                               ; preds = %47
  %98 = load i32, ptr %4, align 4, !dbg !151
  %99 = add nsw i32 %98, 1, !dbg !151
  store i32 %99, ptr %4, align 4, !dbg !151
  br label %44, !dbg !110, !llvm.loop !152

100:                                              ; preds = %44
  br label %101, !dbg !153

101:                                              ; preds = %100
  %102 = load i32, ptr %2, align 4, !dbg !154
  %103 = add nsw i32 %102, 1, !dbg !154
  store i32 %103, ptr %2, align 4, !dbg !154
  br label %8, !dbg !81, !llvm.loop !155

104:                                              ; preds = %8
  %105 = load double, ptr %1, align 8, !dbg !156
  ret double %105, !dbg !157
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @advance(double noundef %0) #0 !dbg !158 {
  %2 = alloca double, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store double %0, ptr %2, align 8
  store i32 0, ptr %3, align 4, !dbg !159
  br label %13, !dbg !160

13:                                               ; preds = %132, %1
  %14 = load i32, ptr %3, align 4, !dbg !161
  %15 = icmp slt i32 %14, 5, !dbg !162
  br i1 %15, label %16, label %135, !dbg !163

16:                                               ; preds = %13
  %17 = load i32, ptr %3, align 4, !dbg !164
  %18 = add nsw i32 %17, 1, !dbg !165
  store i32 %18, ptr %4, align 4, !dbg !166
  br label %19, !dbg !167

19:                                               ; preds = %128, %16
  %20 = load i32, ptr %4, align 4, !dbg !168
  %21 = icmp slt i32 %20, 5, !dbg !169
  br i1 %21, label %22, label %131, !dbg !170

22:                                               ; preds = %19
  %23 = load i32, ptr %3, align 4, !dbg !171
  %24 = sext i32 %23 to i64, !dbg !172
  %25 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %24, !dbg !172
  store ptr %25, ptr %5, align 8, !dbg !173
  %26 = load i32, ptr %4, align 4, !dbg !174
  %27 = sext i32 %26 to i64, !dbg !175
  %28 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %27, !dbg !175
  store ptr %28, ptr %6, align 8, !dbg !176
  %29 = load ptr, ptr %5, align 8, !dbg !177
  %30 = getelementptr inbounds nuw %struct.body, ptr %29, i32 0, i32 0, !dbg !178
  %31 = load double, ptr %30, align 8, !dbg !178
  %32 = load ptr, ptr %6, align 8, !dbg !179
  %33 = getelementptr inbounds nuw %struct.body, ptr %32, i32 0, i32 0, !dbg !180
  %34 = load double, ptr %33, align 8, !dbg !180
  %35 = fsub double %31, %34, !dbg !181
  store double %35, ptr %7, align 8, !dbg !182
  %36 = load ptr, ptr %5, align 8, !dbg !183
  %37 = getelementptr inbounds nuw %struct.body, ptr %36, i32 0, i32 1, !dbg !184
  %38 = load double, ptr %37, align 8, !dbg !184
  %39 = load ptr, ptr %6, align 8, !dbg !185
  %40 = getelementptr inbounds nuw %struct.body, ptr %39, i32 0, i32 1, !dbg !186
  %41 = load double, ptr %40, align 8, !dbg !186
  %42 = fsub double %38, %41, !dbg !187
  store double %42, ptr %8, align 8, !dbg !188
  %43 = load ptr, ptr %5, align 8, !dbg !189
  %44 = getelementptr inbounds nuw %struct.body, ptr %43, i32 0, i32 2, !dbg !190
  %45 = load double, ptr %44, align 8, !dbg !190
  %46 = load ptr, ptr %6, align 8, !dbg !191
  %47 = getelementptr inbounds nuw %struct.body, ptr %46, i32 0, i32 2, !dbg !192
  %48 = load double, ptr %47, align 8, !dbg !192
  %49 = fsub double %45, %48, !dbg !193
  store double %49, ptr %9, align 8, !dbg !194
  %50 = load double, ptr %7, align 8, !dbg !195
  %51 = load double, ptr %7, align 8, !dbg !196
  %52 = load double, ptr %8, align 8, !dbg !197
  %53 = load double, ptr %8, align 8, !dbg !198
  %54 = fmul double %52, %53, !dbg !199
  %55 = call double @llvm.fmuladd.f64(double %50, double %51, double %54), !dbg !200
  %56 = load double, ptr %9, align 8, !dbg !201
  %57 = load double, ptr %9, align 8, !dbg !202
  %58 = call double @llvm.fmuladd.f64(double %56, double %57, double %55), !dbg !203
  store double %58, ptr %10, align 8, !dbg !204
  %59 = load double, ptr %2, align 8, !dbg !205
  %60 = load double, ptr %10, align 8, !dbg !206
  %61 = load double, ptr %10, align 8, !dbg !207
  %62 = call double @sqrt(double noundef %61) #4, !dbg !208
  %63 = fmul double %60, %62, !dbg !209
  %64 = fdiv double %59, %63, !dbg !210
  store double %64, ptr %11, align 8, !dbg !211
  %65 = load double, ptr %7, align 8, !dbg !212
  %66 = load ptr, ptr %6, align 8, !dbg !213
  %67 = getelementptr inbounds nuw %struct.body, ptr %66, i32 0, i32 6, !dbg !214
  %68 = load double, ptr %67, align 8, !dbg !214
  %69 = fmul double %65, %68, !dbg !215
  %70 = load double, ptr %11, align 8, !dbg !216
  %71 = load ptr, ptr %5, align 8, !dbg !217
  %72 = getelementptr inbounds nuw %struct.body, ptr %71, i32 0, i32 3, !dbg !218
  %73 = load double, ptr %72, align 8, !dbg !219
  %74 = fneg double %69, !dbg !219
  %75 = call double @llvm.fmuladd.f64(double %74, double %70, double %73), !dbg !219
  store double %75, ptr %72, align 8, !dbg !219
  %76 = load double, ptr %8, align 8, !dbg !220
  %77 = load ptr, ptr %6, align 8, !dbg !221
  %78 = getelementptr inbounds nuw %struct.body, ptr %77, i32 0, i32 6, !dbg !222
  %79 = load double, ptr %78, align 8, !dbg !222
  %80 = fmul double %76, %79, !dbg !223
  %81 = load double, ptr %11, align 8, !dbg !224
  %82 = load ptr, ptr %5, align 8, !dbg !225
  %83 = getelementptr inbounds nuw %struct.body, ptr %82, i32 0, i32 4, !dbg !226
  %84 = load double, ptr %83, align 8, !dbg !227
  %85 = fneg double %80, !dbg !227
  %86 = call double @llvm.fmuladd.f64(double %85, double %81, double %84), !dbg !227
  store double %86, ptr %83, align 8, !dbg !227
  %87 = load double, ptr %9, align 8, !dbg !228
  %88 = load ptr, ptr %6, align 8, !dbg !229
  %89 = getelementptr inbounds nuw %struct.body, ptr %88, i32 0, i32 6, !dbg !230
  %90 = load double, ptr %89, align 8, !dbg !230
  %91 = fmul double %87, %90, !dbg !231
  %92 = load double, ptr %11, align 8, !dbg !232
  %93 = load ptr, ptr %5, align 8, !dbg !233
  %94 = getelementptr inbounds nuw %struct.body, ptr %93, i32 0, i32 5, !dbg !234
  %95 = load double, ptr %94, align 8, !dbg !235
  %96 = fneg double %91, !dbg !235
  %97 = call double @llvm.fmuladd.f64(double %96, double %92, double %95), !dbg !235
  store double %97, ptr %94, align 8, !dbg !235
  %98 = load double, ptr %7, align 8, !dbg !236
  %99 = load ptr, ptr %5, align 8, !dbg !237
  %100 = getelementptr inbounds nuw %struct.body, ptr %99, i32 0, i32 6, !dbg !238
  %101 = load double, ptr %100, align 8, !dbg !238
  %102 = fmul double %98, %101, !dbg !239
  %103 = load double, ptr %11, align 8, !dbg !240
  %104 = load ptr, ptr %6, align 8, !dbg !241
  %105 = getelementptr inbounds nuw %struct.body, ptr %104, i32 0, i32 3, !dbg !242
  %106 = load double, ptr %105, align 8, !dbg !243
  %107 = call double @llvm.fmuladd.f64(double %102, double %103, double %106), !dbg !243
  store double %107, ptr %105, align 8, !dbg !243
  %108 = load double, ptr %8, align 8, !dbg !244
  %109 = load ptr, ptr %5, align 8, !dbg !245
  %110 = getelementptr inbounds nuw %struct.body, ptr %109, i32 0, i32 6, !dbg !246
  %111 = load double, ptr %110, align 8, !dbg !246
  %112 = fmul double %108, %111, !dbg !247
  %113 = load double, ptr %11, align 8, !dbg !248
  %114 = load ptr, ptr %6, align 8, !dbg !249
  %115 = getelementptr inbounds nuw %struct.body, ptr %114, i32 0, i32 4, !dbg !250
  %116 = load double, ptr %115, align 8, !dbg !251
  %117 = call double @llvm.fmuladd.f64(double %112, double %113, double %116), !dbg !251
  store double %117, ptr %115, align 8, !dbg !251
  %118 = load double, ptr %9, align 8, !dbg !252
  %119 = load ptr, ptr %5, align 8, !dbg !253
  %120 = getelementptr inbounds nuw %struct.body, ptr %119, i32 0, i32 6, !dbg !254
  %121 = load double, ptr %120, align 8, !dbg !254
  %122 = fmul double %118, %121, !dbg !255
  %123 = load double, ptr %11, align 8, !dbg !256
  %124 = load ptr, ptr %6, align 8, !dbg !257
  %125 = getelementptr inbounds nuw %struct.body, ptr %124, i32 0, i32 5, !dbg !258
  %126 = load double, ptr %125, align 8, !dbg !259
  %127 = call double @llvm.fmuladd.f64(double %122, double %123, double %126), !dbg !259
  store double %127, ptr %125, align 8, !dbg !259
  br label %128, !dbg !260

128:                                              ; preds = %22
  %129 = load i32, ptr %4, align 4, !dbg !261
  %130 = add nsw i32 %129, 1, !dbg !261
  store i32 %130, ptr %4, align 4, !dbg !261
  br label %19, !dbg !170, !llvm.loop !262

131:                                              ; preds = %19
  br label %132, !dbg !260

132:                                              ; preds = %131
  %133 = load i32, ptr %3, align 4, !dbg !263
  %134 = add nsw i32 %133, 1, !dbg !263
  store i32 %134, ptr %3, align 4, !dbg !263
  br label %13, !dbg !163, !llvm.loop !264

135:                                              ; preds = %13
  store i32 0, ptr %12, align 4, !dbg !265
  br label %136, !dbg !266

136:                                              ; preds = %176, %135
  %137 = load i32, ptr %12, align 4, !dbg !267
  %138 = icmp slt i32 %137, 5, !dbg !268
  br i1 %138, label %139, label %179, !dbg !269

139:                                              ; preds = %136
  %140 = load double, ptr %2, align 8, !dbg !270
  %141 = load i32, ptr %12, align 4, !dbg !271
  %142 = sext i32 %141 to i64, !dbg !272
  %143 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %142, !dbg !272
  %144 = getelementptr inbounds nuw %struct.body, ptr %143, i32 0, i32 3, !dbg !273
  %145 = load double, ptr %144, align 8, !dbg !273
  %146 = load i32, ptr %12, align 4, !dbg !274
  %147 = sext i32 %146 to i64, !dbg !275
  %148 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %147, !dbg !275
  %149 = getelementptr inbounds nuw %struct.body, ptr %148, i32 0, i32 0, !dbg !276
  %150 = load double, ptr %149, align 8, !dbg !277
  %151 = call double @llvm.fmuladd.f64(double %140, double %145, double %150), !dbg !277
  store double %151, ptr %149, align 8, !dbg !277
  %152 = load double, ptr %2, align 8, !dbg !278
  %153 = load i32, ptr %12, align 4, !dbg !279
  %154 = sext i32 %153 to i64, !dbg !280
  %155 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %154, !dbg !280
  %156 = getelementptr inbounds nuw %struct.body, ptr %155, i32 0, i32 4, !dbg !281
  %157 = load double, ptr %156, align 8, !dbg !281
  %158 = load i32, ptr %12, align 4, !dbg !282
  %159 = sext i32 %158 to i64, !dbg !283
  %160 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %159, !dbg !283
  %161 = getelementptr inbounds nuw %struct.body, ptr %160, i32 0, i32 1, !dbg !284
  %162 = load double, ptr %161, align 8, !dbg !285
  %163 = call double @llvm.fmuladd.f64(double %152, double %157, double %162), !dbg !285
  store double %163, ptr %161, align 8, !dbg !285
  %164 = load double, ptr %2, align 8, !dbg !286
  %165 = load i32, ptr %12, align 4, !dbg !287
  %166 = sext i32 %165 to i64, !dbg !288
  %167 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %166, !dbg !288
  %168 = getelementptr inbounds nuw %struct.body, ptr %167, i32 0, i32 5, !dbg !289
  %169 = load double, ptr %168, align 8, !dbg !289
  %170 = load i32, ptr %12, align 4, !dbg !290
  %171 = sext i32 %170 to i64, !dbg !291
  %172 = getelementptr inbounds [5 x %struct.body], ptr @bodies, i64 0, i64 %171, !dbg !291
  %173 = getelementptr inbounds nuw %struct.body, ptr %172, i32 0, i32 2, !dbg !292
  %174 = load double, ptr %173, align 8, !dbg !293
  %175 = call double @llvm.fmuladd.f64(double %164, double %169, double %174), !dbg !293
  store double %175, ptr %173, align 8, !dbg !293
  br label %176, !dbg !294

176:                                              ; preds = %139
  %177 = load i32, ptr %12, align 4, !dbg !295
  %178 = add nsw i32 %177, 1, !dbg !295
  store i32 %178, ptr %12, align 4, !dbg !295
  br label %136, !dbg !269, !llvm.loop !296

179:                                              ; preds = %136
  ret void, !dbg !297
}

; Function Attrs: nounwind
declare double @sqrt(double noundef) #3

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "nbody.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 36, type: !11, scopeLine: 36, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "nbody.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 37, column: 12, scope: !9)
!14 = !DILocation(line: 37, column: 20, scope: !9)
!15 = !DILocation(line: 37, column: 28, scope: !9)
!16 = !DILocation(line: 38, column: 14, scope: !9)
!17 = !DILocation(line: 38, column: 10, scope: !9)
!18 = !DILocation(line: 38, column: 21, scope: !9)
!19 = !DILocation(line: 38, column: 23, scope: !9)
!20 = !DILocation(line: 38, column: 5, scope: !9)
!21 = !DILocation(line: 38, column: 48, scope: !9)
!22 = !DILocation(line: 38, column: 41, scope: !9)
!23 = !DILocation(line: 38, column: 51, scope: !9)
!24 = !DILocation(line: 38, column: 63, scope: !9)
!25 = !DILocation(line: 38, column: 56, scope: !9)
!26 = !DILocation(line: 38, column: 66, scope: !9)
!27 = !DILocation(line: 38, column: 38, scope: !9)
!28 = !DILocation(line: 38, column: 82, scope: !9)
!29 = !DILocation(line: 38, column: 75, scope: !9)
!30 = !DILocation(line: 38, column: 85, scope: !9)
!31 = !DILocation(line: 38, column: 97, scope: !9)
!32 = !DILocation(line: 38, column: 90, scope: !9)
!33 = !DILocation(line: 38, column: 100, scope: !9)
!34 = !DILocation(line: 38, column: 72, scope: !9)
!35 = !DILocation(line: 38, column: 116, scope: !9)
!36 = !DILocation(line: 38, column: 109, scope: !9)
!37 = !DILocation(line: 38, column: 119, scope: !9)
!38 = !DILocation(line: 38, column: 131, scope: !9)
!39 = !DILocation(line: 38, column: 124, scope: !9)
!40 = !DILocation(line: 38, column: 134, scope: !9)
!41 = !DILocation(line: 38, column: 106, scope: !9)
!42 = !DILocation(line: 38, column: 137, scope: !9)
!43 = !DILocation(line: 38, column: 29, scope: !9)
!44 = distinct !{!44, !20, !42, !45}
!45 = !{!"llvm.loop.mustprogress"}
!46 = !DILocation(line: 39, column: 21, scope: !9)
!47 = !DILocation(line: 39, column: 20, scope: !9)
!48 = !DILocation(line: 39, column: 24, scope: !9)
!49 = !DILocation(line: 39, column: 18, scope: !9)
!50 = !DILocation(line: 39, column: 54, scope: !9)
!51 = !DILocation(line: 39, column: 53, scope: !9)
!52 = !DILocation(line: 39, column: 57, scope: !9)
!53 = !DILocation(line: 39, column: 51, scope: !9)
!54 = !DILocation(line: 39, column: 87, scope: !9)
!55 = !DILocation(line: 39, column: 86, scope: !9)
!56 = !DILocation(line: 39, column: 90, scope: !9)
!57 = !DILocation(line: 39, column: 84, scope: !9)
!58 = !DILocation(line: 40, column: 23, scope: !9)
!59 = !DILocation(line: 40, column: 5, scope: !9)
!60 = !DILocation(line: 41, column: 14, scope: !9)
!61 = !DILocation(line: 41, column: 10, scope: !9)
!62 = !DILocation(line: 41, column: 21, scope: !9)
!63 = !DILocation(line: 41, column: 23, scope: !9)
!64 = !DILocation(line: 41, column: 5, scope: !9)
!65 = !DILocation(line: 41, column: 37, scope: !9)
!66 = !DILocation(line: 41, column: 33, scope: !9)
!67 = distinct !{!67, !64, !68, !45}
!68 = !DILocation(line: 41, column: 49, scope: !9)
!69 = !DILocation(line: 42, column: 23, scope: !9)
!70 = !DILocation(line: 42, column: 5, scope: !9)
!71 = !DILocation(line: 43, column: 39, scope: !9)
!72 = !DILocation(line: 43, column: 52, scope: !9)
!73 = !DILocation(line: 43, column: 5, scope: !9)
!74 = !DILocation(line: 44, column: 5, scope: !9)
!75 = distinct !DISubprogram(name: "energy", scope: !10, file: !10, line: 16, type: !11, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!76 = !DILocation(line: 17, column: 12, scope: !75)
!77 = !DILocation(line: 18, column: 14, scope: !75)
!78 = !DILocation(line: 18, column: 10, scope: !75)
!79 = !DILocation(line: 18, column: 21, scope: !75)
!80 = !DILocation(line: 18, column: 23, scope: !75)
!81 = !DILocation(line: 18, column: 5, scope: !75)
!82 = !DILocation(line: 19, column: 34, scope: !75)
!83 = !DILocation(line: 19, column: 27, scope: !75)
!84 = !DILocation(line: 19, column: 22, scope: !75)
!85 = !DILocation(line: 20, column: 20, scope: !75)
!86 = !DILocation(line: 20, column: 23, scope: !75)
!87 = !DILocation(line: 20, column: 18, scope: !75)
!88 = !DILocation(line: 20, column: 28, scope: !75)
!89 = !DILocation(line: 20, column: 31, scope: !75)
!90 = !DILocation(line: 20, column: 36, scope: !75)
!91 = !DILocation(line: 20, column: 39, scope: !75)
!92 = !DILocation(line: 20, column: 44, scope: !75)
!93 = !DILocation(line: 20, column: 47, scope: !75)
!94 = !DILocation(line: 20, column: 52, scope: !75)
!95 = !DILocation(line: 20, column: 55, scope: !75)
!96 = !DILocation(line: 20, column: 50, scope: !75)
!97 = !DILocation(line: 20, column: 42, scope: !75)
!98 = !DILocation(line: 20, column: 60, scope: !75)
!99 = !DILocation(line: 20, column: 63, scope: !75)
!100 = !DILocation(line: 20, column: 68, scope: !75)
!101 = !DILocation(line: 20, column: 71, scope: !75)
!102 = !DILocation(line: 20, column: 58, scope: !75)
!103 = !DILocation(line: 20, column: 11, scope: !75)
!104 = !DILocation(line: 21, column: 22, scope: !75)
!105 = !DILocation(line: 21, column: 24, scope: !75)
!106 = !DILocation(line: 21, column: 18, scope: !75)
!107 = !DILocation(line: 21, column: 14, scope: !75)
!108 = !DILocation(line: 21, column: 29, scope: !75)
!109 = !DILocation(line: 21, column: 31, scope: !75)
!110 = !DILocation(line: 21, column: 9, scope: !75)
!111 = !DILocation(line: 21, column: 55, scope: !75)
!112 = !DILocation(line: 21, column: 58, scope: !75)
!113 = !DILocation(line: 21, column: 69, scope: !75)
!114 = !DILocation(line: 21, column: 62, scope: !75)
!115 = !DILocation(line: 21, column: 72, scope: !75)
!116 = !DILocation(line: 21, column: 60, scope: !75)
!117 = !DILocation(line: 21, column: 50, scope: !75)
!118 = !DILocation(line: 21, column: 80, scope: !75)
!119 = !DILocation(line: 21, column: 83, scope: !75)
!120 = !DILocation(line: 21, column: 94, scope: !75)
!121 = !DILocation(line: 21, column: 87, scope: !75)
!122 = !DILocation(line: 21, column: 97, scope: !75)
!123 = !DILocation(line: 21, column: 85, scope: !75)
!124 = !DILocation(line: 21, column: 75, scope: !75)
!125 = !DILocation(line: 21, column: 105, scope: !75)
!126 = !DILocation(line: 21, column: 108, scope: !75)
!127 = !DILocation(line: 21, column: 119, scope: !75)
!128 = !DILocation(line: 21, column: 112, scope: !75)
!129 = !DILocation(line: 21, column: 122, scope: !75)
!130 = !DILocation(line: 21, column: 110, scope: !75)
!131 = !DILocation(line: 21, column: 100, scope: !75)
!132 = !DILocation(line: 21, column: 130, scope: !75)
!133 = !DILocation(line: 21, column: 133, scope: !75)
!134 = !DILocation(line: 21, column: 144, scope: !75)
!135 = !DILocation(line: 21, column: 137, scope: !75)
!136 = !DILocation(line: 21, column: 147, scope: !75)
!137 = !DILocation(line: 21, column: 135, scope: !75)
!138 = !DILocation(line: 21, column: 156, scope: !75)
!139 = !DILocation(line: 21, column: 161, scope: !75)
!140 = !DILocation(line: 21, column: 166, scope: !75)
!141 = !DILocation(line: 21, column: 171, scope: !75)
!142 = !DILocation(line: 21, column: 169, scope: !75)
!143 = !DILocation(line: 21, column: 164, scope: !75)
!144 = !DILocation(line: 21, column: 176, scope: !75)
!145 = !DILocation(line: 21, column: 181, scope: !75)
!146 = !DILocation(line: 21, column: 174, scope: !75)
!147 = !DILocation(line: 21, column: 151, scope: !75)
!148 = !DILocation(line: 21, column: 149, scope: !75)
!149 = !DILocation(line: 21, column: 127, scope: !75)
!150 = !DILocation(line: 21, column: 186, scope: !75)
!151 = !DILocation(line: 21, column: 37, scope: !75)
!152 = distinct !{!152, !110, !150, !45}
!153 = !DILocation(line: 22, column: 5, scope: !75)
!154 = !DILocation(line: 18, column: 29, scope: !75)
!155 = distinct !{!155, !81, !153, !45}
!156 = !DILocation(line: 23, column: 12, scope: !75)
!157 = !DILocation(line: 23, column: 5, scope: !75)
!158 = distinct !DISubprogram(name: "advance", scope: !10, file: !10, line: 25, type: !11, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!159 = !DILocation(line: 26, column: 14, scope: !158)
!160 = !DILocation(line: 26, column: 10, scope: !158)
!161 = !DILocation(line: 26, column: 21, scope: !158)
!162 = !DILocation(line: 26, column: 23, scope: !158)
!163 = !DILocation(line: 26, column: 5, scope: !158)
!164 = !DILocation(line: 26, column: 46, scope: !158)
!165 = !DILocation(line: 26, column: 48, scope: !158)
!166 = !DILocation(line: 26, column: 42, scope: !158)
!167 = !DILocation(line: 26, column: 38, scope: !158)
!168 = !DILocation(line: 26, column: 53, scope: !158)
!169 = !DILocation(line: 26, column: 55, scope: !158)
!170 = !DILocation(line: 26, column: 33, scope: !158)
!171 = !DILocation(line: 27, column: 34, scope: !158)
!172 = !DILocation(line: 27, column: 27, scope: !158)
!173 = !DILocation(line: 27, column: 22, scope: !158)
!174 = !DILocation(line: 27, column: 51, scope: !158)
!175 = !DILocation(line: 27, column: 44, scope: !158)
!176 = !DILocation(line: 27, column: 39, scope: !158)
!177 = !DILocation(line: 28, column: 21, scope: !158)
!178 = !DILocation(line: 28, column: 24, scope: !158)
!179 = !DILocation(line: 28, column: 28, scope: !158)
!180 = !DILocation(line: 28, column: 31, scope: !158)
!181 = !DILocation(line: 28, column: 26, scope: !158)
!182 = !DILocation(line: 28, column: 16, scope: !158)
!183 = !DILocation(line: 28, column: 39, scope: !158)
!184 = !DILocation(line: 28, column: 42, scope: !158)
!185 = !DILocation(line: 28, column: 46, scope: !158)
!186 = !DILocation(line: 28, column: 49, scope: !158)
!187 = !DILocation(line: 28, column: 44, scope: !158)
!188 = !DILocation(line: 28, column: 34, scope: !158)
!189 = !DILocation(line: 28, column: 57, scope: !158)
!190 = !DILocation(line: 28, column: 60, scope: !158)
!191 = !DILocation(line: 28, column: 64, scope: !158)
!192 = !DILocation(line: 28, column: 67, scope: !158)
!193 = !DILocation(line: 28, column: 62, scope: !158)
!194 = !DILocation(line: 28, column: 52, scope: !158)
!195 = !DILocation(line: 28, column: 75, scope: !158)
!196 = !DILocation(line: 28, column: 80, scope: !158)
!197 = !DILocation(line: 28, column: 85, scope: !158)
!198 = !DILocation(line: 28, column: 90, scope: !158)
!199 = !DILocation(line: 28, column: 88, scope: !158)
!200 = !DILocation(line: 28, column: 83, scope: !158)
!201 = !DILocation(line: 28, column: 95, scope: !158)
!202 = !DILocation(line: 28, column: 100, scope: !158)
!203 = !DILocation(line: 28, column: 93, scope: !158)
!204 = !DILocation(line: 28, column: 70, scope: !158)
!205 = !DILocation(line: 29, column: 22, scope: !158)
!206 = !DILocation(line: 29, column: 28, scope: !158)
!207 = !DILocation(line: 29, column: 38, scope: !158)
!208 = !DILocation(line: 29, column: 33, scope: !158)
!209 = !DILocation(line: 29, column: 31, scope: !158)
!210 = !DILocation(line: 29, column: 25, scope: !158)
!211 = !DILocation(line: 29, column: 16, scope: !158)
!212 = !DILocation(line: 30, column: 18, scope: !158)
!213 = !DILocation(line: 30, column: 23, scope: !158)
!214 = !DILocation(line: 30, column: 26, scope: !158)
!215 = !DILocation(line: 30, column: 21, scope: !158)
!216 = !DILocation(line: 30, column: 30, scope: !158)
!217 = !DILocation(line: 30, column: 9, scope: !158)
!218 = !DILocation(line: 30, column: 12, scope: !158)
!219 = !DILocation(line: 30, column: 15, scope: !158)
!220 = !DILocation(line: 30, column: 44, scope: !158)
!221 = !DILocation(line: 30, column: 49, scope: !158)
!222 = !DILocation(line: 30, column: 52, scope: !158)
!223 = !DILocation(line: 30, column: 47, scope: !158)
!224 = !DILocation(line: 30, column: 56, scope: !158)
!225 = !DILocation(line: 30, column: 35, scope: !158)
!226 = !DILocation(line: 30, column: 38, scope: !158)
!227 = !DILocation(line: 30, column: 41, scope: !158)
!228 = !DILocation(line: 30, column: 70, scope: !158)
!229 = !DILocation(line: 30, column: 75, scope: !158)
!230 = !DILocation(line: 30, column: 78, scope: !158)
!231 = !DILocation(line: 30, column: 73, scope: !158)
!232 = !DILocation(line: 30, column: 82, scope: !158)
!233 = !DILocation(line: 30, column: 61, scope: !158)
!234 = !DILocation(line: 30, column: 64, scope: !158)
!235 = !DILocation(line: 30, column: 67, scope: !158)
!236 = !DILocation(line: 31, column: 18, scope: !158)
!237 = !DILocation(line: 31, column: 23, scope: !158)
!238 = !DILocation(line: 31, column: 26, scope: !158)
!239 = !DILocation(line: 31, column: 21, scope: !158)
!240 = !DILocation(line: 31, column: 30, scope: !158)
!241 = !DILocation(line: 31, column: 9, scope: !158)
!242 = !DILocation(line: 31, column: 12, scope: !158)
!243 = !DILocation(line: 31, column: 15, scope: !158)
!244 = !DILocation(line: 31, column: 44, scope: !158)
!245 = !DILocation(line: 31, column: 49, scope: !158)
!246 = !DILocation(line: 31, column: 52, scope: !158)
!247 = !DILocation(line: 31, column: 47, scope: !158)
!248 = !DILocation(line: 31, column: 56, scope: !158)
!249 = !DILocation(line: 31, column: 35, scope: !158)
!250 = !DILocation(line: 31, column: 38, scope: !158)
!251 = !DILocation(line: 31, column: 41, scope: !158)
!252 = !DILocation(line: 31, column: 70, scope: !158)
!253 = !DILocation(line: 31, column: 75, scope: !158)
!254 = !DILocation(line: 31, column: 78, scope: !158)
!255 = !DILocation(line: 31, column: 73, scope: !158)
!256 = !DILocation(line: 31, column: 82, scope: !158)
!257 = !DILocation(line: 31, column: 61, scope: !158)
!258 = !DILocation(line: 31, column: 64, scope: !158)
!259 = !DILocation(line: 31, column: 67, scope: !158)
!260 = !DILocation(line: 32, column: 5, scope: !158)
!261 = !DILocation(line: 26, column: 61, scope: !158)
!262 = distinct !{!262, !170, !260, !45}
!263 = !DILocation(line: 26, column: 29, scope: !158)
!264 = distinct !{!264, !163, !260, !45}
!265 = !DILocation(line: 33, column: 14, scope: !158)
!266 = !DILocation(line: 33, column: 10, scope: !158)
!267 = !DILocation(line: 33, column: 21, scope: !158)
!268 = !DILocation(line: 33, column: 23, scope: !158)
!269 = !DILocation(line: 33, column: 5, scope: !158)
!270 = !DILocation(line: 33, column: 50, scope: !158)
!271 = !DILocation(line: 33, column: 62, scope: !158)
!272 = !DILocation(line: 33, column: 55, scope: !158)
!273 = !DILocation(line: 33, column: 65, scope: !158)
!274 = !DILocation(line: 33, column: 42, scope: !158)
!275 = !DILocation(line: 33, column: 35, scope: !158)
!276 = !DILocation(line: 33, column: 45, scope: !158)
!277 = !DILocation(line: 33, column: 47, scope: !158)
!278 = !DILocation(line: 33, column: 84, scope: !158)
!279 = !DILocation(line: 33, column: 96, scope: !158)
!280 = !DILocation(line: 33, column: 89, scope: !158)
!281 = !DILocation(line: 33, column: 99, scope: !158)
!282 = !DILocation(line: 33, column: 76, scope: !158)
!283 = !DILocation(line: 33, column: 69, scope: !158)
!284 = !DILocation(line: 33, column: 79, scope: !158)
!285 = !DILocation(line: 33, column: 81, scope: !158)
!286 = !DILocation(line: 33, column: 118, scope: !158)
!287 = !DILocation(line: 33, column: 130, scope: !158)
!288 = !DILocation(line: 33, column: 123, scope: !158)
!289 = !DILocation(line: 33, column: 133, scope: !158)
!290 = !DILocation(line: 33, column: 110, scope: !158)
!291 = !DILocation(line: 33, column: 103, scope: !158)
!292 = !DILocation(line: 33, column: 113, scope: !158)
!293 = !DILocation(line: 33, column: 115, scope: !158)
!294 = !DILocation(line: 33, column: 137, scope: !158)
!295 = !DILocation(line: 33, column: 29, scope: !158)
!296 = distinct !{!296, !269, !294, !45}
!297 = !DILocation(line: 34, column: 1, scope: !158)
