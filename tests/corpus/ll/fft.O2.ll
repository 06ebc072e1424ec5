; ModuleID = 'fft.c'
source_filename = "fft.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@main.x = internal global [256 x { double, double }] zeroinitializer, align 16
@main.y = internal global [256 x { double, double }] zeroinitializer, align 16
@.str = private unnamed_addr constant [19 x i8] c"peak %d mag %.12f\0A\00", align 1
@.str.1 = private unnamed_addr constant [24 x i8] c"bins %.12f %.12f %.12f\0A\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"roundtrip ok %d\0A\00", align 1
@main.p = internal global [256 x { double, double }] zeroinitializer, align 16
@.str.3 = private unnamed_addr constant [5 x i8] c"%ld \00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca { double, double }, align 8
  %7 = alloca { double, double }, align 8
  %8 = alloca { double, double }, align 8
  %9 = alloca { double, double }, align 8
  %10 = alloca { double, double }, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  %13 = alloca { double, double }, align 8
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5, !dbg !17
  store i32 0, ptr %2, align 4, !dbg !18, !tbaa !9
  br label %17, !dbg !17

17:                                               ; preds = %42, %0
  %18 = load i32, ptr %2, align 4, !dbg !19, !tbaa !9
  %19 = icmp slt i32 %18, 256, !dbg !20
  br i1 %19, label %21, label %20, !dbg !21

20:                                               ; preds = %17
  call void @llvm.lifetime.end.p0(ptr %2) #5, !dbg !22
  br label %45

21:                                               ; preds = %17
  %22 = load i32, ptr %2, align 4, !dbg !23, !tbaa !9
  %23 = sitofp i32 %22 to double, !dbg !23
  %24 = fmul double 0x403F6A7A2955385E, %23, !dbg !24
  %25 = fdiv double %24, 2.560000e+02, !dbg !25
  %26 = call double @sin(double noundef %25) #5, !dbg !26, !tbaa !9
  %27 = load i32, ptr %2, align 4, !dbg !27, !tbaa !9
  %28 = sitofp i32 %27 to double, !dbg !27
  %29 = fmul double 0x4052D97C7F3321D2, %28, !dbg !28
  %30 = fdiv double %29, 2.560000e+02, !dbg !29
  %31 = call double @cos(double noundef %30) #5, !dbg !30, !tbaa !9
  %32 = call double @llvm.fmuladd.f64(double 5.000000e-01, double %31, double %26), !dbg !31
  %33 = load i32, ptr %2, align 4, !dbg !32, !tbaa !9
  %34 = srem i32 %33, 7, !dbg !33
  %35 = sitofp i32 %34 to double, !dbg !34
  %36 = call double @llvm.fmuladd.f64(double %35, double 1.000000e-02, double %32), !dbg !35
  %37 = load i32, ptr %2, align 4, !dbg !36, !tbaa !9
  %38 = sext i32 %37 to i64, !dbg !37
  %39 = getelementptr inbounds [256 x { double, double }], ptr @main.x, i64 0, i64 %38, !dbg !37
  %40 = getelementptr inbounds nuw { double, double }, ptr %39, i32 0, i32 0, !dbg !38
  %41 = getelementptr inbounds nuw { double, double }, ptr %39, i32 0, i32 1, !dbg !38
  store double %36, ptr %40, align 16, !dbg !39
  store double 0.000000e+00, ptr %41, align 8, !dbg !39
  br label %42, !dbg !40

42:                                               ; preds = %21
  %43 = load i32, ptr %2, align 4, !dbg !41, !tbaa !9
  %44 = add nsw i32 %43, 1, !dbg !42
  store i32 %44, ptr %2, align 4, !dbg !43, !tbaa !9
  br label %17, !dbg !22, !llvm.loop !44

45:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !47
  store i32 0, ptr %3, align 4, !dbg !48, !tbaa !9
  br label %46, !dbg !47

46:                                               ; preds = %63, %45
  %47 = load i32, ptr %3, align 4, !dbg !49, !tbaa !9
  %48 = icmp slt i32 %47, 256, !dbg !50
  br i1 %48, label %50, label %49, !dbg !51

49:                                               ; preds = %46
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !52
  br label %66

50:                                               ; preds = %46
  %51 = load i32, ptr %3, align 4, !dbg !53, !tbaa !9
  %52 = sext i32 %51 to i64, !dbg !54
  %53 = getelementptr inbounds [256 x { double, double }], ptr @main.x, i64 0, i64 %52, !dbg !54
  %54 = getelementptr inbounds nuw { double, double }, ptr %53, i32 0, i32 0, !dbg !54
  %55 = load double, ptr %54, align 16, !dbg !55
  %56 = getelementptr inbounds nuw { double, double }, ptr %53, i32 0, i32 1, !dbg !54
  %57 = load double, ptr %56, align 8, !dbg !55
  %58 = load i32, ptr %3, align 4, !dbg !56, !tbaa !9
  %59 = sext i32 %58 to i64, !dbg !57
  %60 = getelementptr inbounds [256 x { double, double }], ptr @main.y, i64 0, i64 %59, !dbg !57
  %61 = getelementptr inbounds nuw { double, double }, ptr %60, i32 0, i32 0, !dbg !58
  %62 = getelementptr inbounds nuw { double, double }, ptr %60, i32 0, i32 1, !dbg !58
  store double %55, ptr %61, align 16, !dbg !59
  store double %57, ptr %62, align 8, !dbg !59
  br label %63, !dbg !60

63:                                               ; preds = %50
  %64 = load i32, ptr %3, align 4, !dbg !61, !tbaa !9
  %65 = add nsw i32 %64, 1, !dbg !62
  store i32 %65, ptr %3, align 4, !dbg !63, !tbaa !9
  br label %46, !dbg !52, !llvm.loop !64

66:                                               ; preds = %49
  call void @fft(ptr noundef @main.y, i32 noundef 256, i32 noundef 0), !dbg !66
  call void @llvm.lifetime.start.p0(ptr %4) #5, !dbg !67
  store i32 0, ptr %4, align 4, !dbg !68, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #5, !dbg !69
  store i32 1, ptr %5, align 4, !dbg !70, !tbaa !9
  br label %67, !dbg !69

67:                                               ; preds = %104, %66
  %68 = load i32, ptr %5, align 4, !dbg !71, !tbaa !9
  %69 = icmp slt i32 %68, 128, !dbg !72
  br i1 %69, label %71, label %70, !dbg !73

70:                                               ; preds = %67
  call void @llvm.lifetime.end.p0(ptr %5) #5, !dbg !74
  br label %107

71:                                               ; preds = %67
  %72 = load i32, ptr %5, align 4, !dbg !75, !tbaa !9
  %73 = sext i32 %72 to i64, !dbg !76
  %74 = getelementptr inbounds [256 x { double, double }], ptr @main.y, i64 0, i64 %73, !dbg !76
  %75 = getelementptr inbounds nuw { double, double }, ptr %74, i32 0, i32 0, !dbg !76
  %76 = load double, ptr %75, align 16, !dbg !76
  %77 = getelementptr inbounds nuw { double, double }, ptr %74, i32 0, i32 1, !dbg !76
  %78 = load double, ptr %77, align 8, !dbg !76
  %79 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 0, !dbg !77
  %80 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 1, !dbg !77
  store double %76, ptr %79, align 8, !dbg !77
  store double %78, ptr %80, align 8, !dbg !77
  %81 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 0, !dbg !77
  %82 = load double, ptr %81, align 8, !dbg !77
  %83 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 1, !dbg !77
  %84 = load double, ptr %83, align 8, !dbg !77
  %85 = call double @cabs(double noundef %82, double noundef %84) #5, !dbg !77, !tbaa !9
  %86 = load i32, ptr %4, align 4, !dbg !78, !tbaa !9
  %87 = sext i32 %86 to i64, !dbg !79
  %88 = getelementptr inbounds [256 x { double, double }], ptr @main.y, i64 0, i64 %87, !dbg !79
  %89 = getelementptr inbounds nuw { double, double }, ptr %88, i32 0, i32 0, !dbg !79
  %90 = load double, ptr %89, align 16, !dbg !79
  %91 = getelementptr inbounds nuw { double, double }, ptr %88, i32 0, i32 1, !dbg !79
  %92 = load double, ptr %91, align 8, !dbg !79
  %93 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 0, !dbg !80
  %94 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 1, !dbg !80
  store double %90, ptr %93, align 8, !dbg !80
  store double %92, ptr %94, align 8, !dbg !80
  %95 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 0, !dbg !80
  %96 = load double, ptr %95, align 8, !dbg !80
  %97 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 1, !dbg !80
  %98 = load double, ptr %97, align 8, !dbg !80
  %99 = call double @cabs(double noundef %96, double noundef %98) #5, !dbg !80, !tbaa !9
  %100 = fcmp ogt double %85, %99, !dbg !81
  br i1 %100, label %101, label %103, !dbg !82

101:                                              ; preds = %71
  %102 = load i32, ptr %5, align 4, !dbg !83, !tbaa !9
  store i32 %102, ptr %4, align 4, !dbg !84, !tbaa !9
  br label %103, !dbg !85

103:                                              ; preds = %101, %71
  br label %104, !dbg !86

104:                                              ; preds = %103
  %105 = load i32, ptr %5, align 4, !dbg !87, !tbaa !9
  %106 = add nsw i32 %105, 1, !dbg !88
  store i32 %106, ptr %5, align 4, !dbg !89, !tbaa !9
  br label %67, !dbg !74, !llvm.loop !90

107:                                              ; preds = %70
  %108 = load i32, ptr %4, align 4, !dbg !92, !tbaa !9
  %109 = load i32, ptr %4, align 4, !dbg !93, !tbaa !9
  %110 = sext i32 %109 to i64, !dbg !94
  %111 = getelementptr inbounds [256 x { double, double }], ptr @main.y, i64 0, i64 %110, !dbg !94
  %112 = getelementptr inbounds nuw { double, double }, ptr %111, i32 0, i32 0, !dbg !94
  %113 = load double, ptr %112, align 16, !dbg !94
  %114 = getelementptr inbounds nuw { double, double }, ptr %111, i32 0, i32 1, !dbg !94
  %115 = load double, ptr %114, align 8, !dbg !94
  %116 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 0, !dbg !95
  %117 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 1, !dbg !95
  store double %113, ptr %116, align 8, !dbg !95
  store double %115, ptr %117, align 8, !dbg !95
  %118 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 0, !dbg !95
  %119 = load double, ptr %118, align 8, !dbg !95
  %120 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 1, !dbg !95
  %121 = load double, ptr %120, align 8, !dbg !95
  %122 = call double @cabs(double noundef %119, double noundef %121) #5, !dbg !95, !tbaa !9
  %123 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %108, double noundef %122), !dbg !96
  %124 = load double, ptr @main.y, align 16, !dbg !97
  %125 = load double, ptr getelementptr inbounds nuw ({ double, double }, ptr @main.y, i32 0, i32 1), align 8, !dbg !97
  %126 = load double, ptr getelementptr inbounds ([256 x { double, double }], ptr @main.y, i64 0, i64 5), align 16, !dbg !98
  %127 = load double, ptr getelementptr inbounds nuw ({ double, double }, ptr getelementptr inbounds ([256 x { double, double }], ptr @main.y, i64 0, i64 5), i32 0, i32 1), align 8, !dbg !98
  %128 = getelementptr inbounds nuw { double, double }, ptr %9, i32 0, i32 0, !dbg !99
  %129 = getelementptr inbounds nuw { double, double }, ptr %9, i32 0, i32 1, !dbg !99
  store double %126, ptr %128, align 8, !dbg !99
  store double %127, ptr %129, align 8, !dbg !99
  %130 = getelementptr inbounds nuw { double, double }, ptr %9, i32 0, i32 0, !dbg !99
  %131 = load double, ptr %130, align 8, !dbg !99
  %132 = getelementptr inbounds nuw { double, double }, ptr %9, i32 0, i32 1, !dbg !99
  %133 = load double, ptr %132, align 8, !dbg !99
  %134 = call double @cabs(double noundef %131, double noundef %133) #5, !dbg !99, !tbaa !9
  %135 = load double, ptr getelementptr inbounds ([256 x { double, double }], ptr @main.y, i64 0, i64 12), align 16, !dbg !100
  %136 = load double, ptr getelementptr inbounds nuw ({ double, double }, ptr getelementptr inbounds ([256 x { double, double }], ptr @main.y, i64 0, i64 12), i32 0, i32 1), align 8, !dbg !100
  %137 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 0, !dbg !101
  %138 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 1, !dbg !101
  store double %135, ptr %137, align 8, !dbg !101
  store double %136, ptr %138, align 8, !dbg !101
  %139 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 0, !dbg !101
  %140 = load double, ptr %139, align 8, !dbg !101
  %141 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 1, !dbg !101
  %142 = load double, ptr %141, align 8, !dbg !101
  %143 = call double @cabs(double noundef %140, double noundef %142) #5, !dbg !101, !tbaa !9
  %144 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %124, double noundef %134, double noundef %143), !dbg !102
  call void @fft(ptr noundef @main.y, i32 noundef 256, i32 noundef 1), !dbg !103
  call void @llvm.lifetime.start.p0(ptr %11) #5, !dbg !104
  store double 0.000000e+00, ptr %11, align 8, !dbg !105, !tbaa !106
  call void @llvm.lifetime.start.p0(ptr %12) #5, !dbg !108
  store i32 0, ptr %12, align 4, !dbg !109, !tbaa !9
  br label %145, !dbg !108

145:                                              ; preds = %175, %107
  %146 = load i32, ptr %12, align 4, !dbg !110, !tbaa !9
  %147 = icmp slt i32 %146, 256, !dbg !111
  br i1 %147, label %149, label %148, !dbg !112

148:                                              ; preds = %145
  call void @llvm.lifetime.end.p0(ptr %12) #5, !dbg !113
  br label %178

149:                                              ; preds = %145
  %150 = load double, ptr %11, align 8, !dbg !114, !tbaa !106
  %151 = load i32, ptr %12, align 4, !dbg !115, !tbaa !9
  %152 = sext i32 %151 to i64, !dbg !116
  %153 = getelementptr inbounds [256 x { double, double }], ptr @main.y, i64 0, i64 %152, !dbg !116
  %154 = getelementptr inbounds nuw { double, double }, ptr %153, i32 0, i32 0, !dbg !116
  %155 = load double, ptr %154, align 16, !dbg !116
  %156 = getelementptr inbounds nuw { double, double }, ptr %153, i32 0, i32 1, !dbg !116
  %157 = load double, ptr %156, align 8, !dbg !116
  %158 = load i32, ptr %12, align 4, !dbg !117, !tbaa !9
  %159 = sext i32 %158 to i64, !dbg !118
  %160 = getelementptr inbounds [256 x { double, double }], ptr @main.x, i64 0, i64 %159, !dbg !118
  %161 = getelementptr inbounds nuw { double, double }, ptr %160, i32 0, i32 0, !dbg !118
  %162 = load double, ptr %161, align 16, !dbg !118
  %163 = getelementptr inbounds nuw { double, double }, ptr %160, i32 0, i32 1, !dbg !118
  %164 = load double, ptr %163, align 8, !dbg !118
  %165 = fsub double %155, %162, !dbg !119
  %166 = fsub double %157, %164, !dbg !119
  %167 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 0, !dbg !120
  %168 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 1, !dbg !120
  store double %165, ptr %167, align 8, !dbg !121
  store double %166, ptr %168, align 8, !dbg !121
  %169 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 0, !dbg !120
  %170 = load double, ptr %169, align 8, !dbg !120
  %171 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 1, !dbg !120
  %172 = load double, ptr %171, align 8, !dbg !120
  %173 = call double @cabs(double noundef %170, double noundef %172) #5, !dbg !120, !tbaa !9
  %174 = call double @llvm.maxnum.f64(double %150, double %173), !dbg !122
  store double %174, ptr %11, align 8, !dbg !123, !tbaa !106
  br label %175, !dbg !124

175:                                              ; preds = %149
  %176 = load i32, ptr %12, align 4, !dbg !125, !tbaa !9
  %177 = add nsw i32 %176, 1, !dbg !126
  store i32 %177, ptr %12, align 4, !dbg !127, !tbaa !9
  br label %145, !dbg !113, !llvm.loop !128

178:                                              ; preds = %148
  %179 = load double, ptr %11, align 8, !dbg !130, !tbaa !106
  %180 = fcmp olt double %179, 0x3D719799812DEA11, !dbg !131
  %181 = zext i1 %180 to i32, !dbg !131
  %182 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %181), !dbg !132
  call void @llvm.lifetime.start.p0(ptr %14) #5, !dbg !133
  store i32 0, ptr %14, align 4, !dbg !134, !tbaa !9
  br label %183, !dbg !133

183:                                              ; preds = %193, %178
  %184 = load i32, ptr %14, align 4, !dbg !135, !tbaa !9
  %185 = icmp slt i32 %184, 256, !dbg !136
  br i1 %185, label %187, label %186, !dbg !137

186:                                              ; preds = %183
  call void @llvm.lifetime.end.p0(ptr %14) #5, !dbg !138
  br label %196

187:                                              ; preds = %183
  %188 = load i32, ptr %14, align 4, !dbg !139, !tbaa !9
  %189 = sext i32 %188 to i64, !dbg !140
  %190 = getelementptr inbounds [256 x { double, double }], ptr @main.p, i64 0, i64 %189, !dbg !140
  %191 = getelementptr inbounds nuw { double, double }, ptr %190, i32 0, i32 0, !dbg !141
  %192 = getelementptr inbounds nuw { double, double }, ptr %190, i32 0, i32 1, !dbg !141
  store double 0.000000e+00, ptr %191, align 16, !dbg !142
  store double 0.000000e+00, ptr %192, align 8, !dbg !142
  br label %193, !dbg !143

193:                                              ; preds = %187
  %194 = load i32, ptr %14, align 4, !dbg !144, !tbaa !9
  %195 = add nsw i32 %194, 1, !dbg !145
  store i32 %195, ptr %14, align 4, !dbg !146, !tbaa !9
  br label %183, !dbg !138, !llvm.loop !147

196:                                              ; preds = %186
  store double 1.000000e+00, ptr @main.p, align 16, !dbg !149
  store double 0.000000e+00, ptr getelementptr inbounds nuw ({ double, double }, ptr @main.p, i32 0, i32 1), align 8, !dbg !149
  store double 2.000000e+00, ptr getelementptr inbounds ([256 x { double, double }], ptr @main.p, i64 0, i64 1), align 16, !dbg !150
  store double 0.000000e+00, ptr getelementptr inbounds nuw ({ double, double }, ptr getelementptr inbounds ([256 x { double, double }], ptr @main.p, i64 0, i64 1), i32 0, i32 1), align 8, !dbg !150
  store double 3.000000e+00, ptr getelementptr inbounds ([256 x { double, double }], ptr @main.p, i64 0, i64 2), align 16, !dbg !151
  store double 0.000000e+00, ptr getelementptr inbounds nuw ({ double, double }, ptr getelementptr inbounds ([256 x { double, double }], ptr @main.p, i64 0, i64 2), i32 0, i32 1), align 8, !dbg !151
  call void @fft(ptr noundef @main.p, i32 noundef 256, i32 noundef 0), !dbg !152
  call void @llvm.lifetime.start.p0(ptr %15) #5, !dbg !153
  store i32 0, ptr %15, align 4, !dbg !154, !tbaa !9
  br label %197, !dbg !153

197:                                              ; preds = %283, %196
  %198 = load i32, ptr %15, align 4, !dbg !155, !tbaa !9
  %199 = icmp slt i32 %198, 256, !dbg !156
  br i1 %199, label %201, label %200, !dbg !157

200:                                              ; preds = %197
  call void @llvm.lifetime.end.p0(ptr %15) #5, !dbg !158
  br label %286

201:                                              ; preds = %197
  %202 = load i32, ptr %15, align 4, !dbg !159, !tbaa !9
  %203 = sext i32 %202 to i64, !dbg !160
  %204 = getelementptr inbounds [256 x { double, double }], ptr @main.p, i64 0, i64 %203, !dbg !160
  %205 = getelementptr inbounds nuw { double, double }, ptr %204, i32 0, i32 0, !dbg !160
  %206 = load double, ptr %205, align 16, !dbg !160
  %207 = getelementptr inbounds nuw { double, double }, ptr %204, i32 0, i32 1, !dbg !160
  %208 = load double, ptr %207, align 8, !dbg !160
  %209 = load i32, ptr %15, align 4, !dbg !161, !tbaa !9
  %210 = sext i32 %209 to i64, !dbg !162
  %211 = getelementptr inbounds [256 x { double, double }], ptr @main.p, i64 0, i64 %210, !dbg !162
  %212 = getelementptr inbounds nuw { double, double }, ptr %211, i32 0, i32 0, !dbg !162
  %213 = load double, ptr %212, align 16, !dbg !162
  %214 = getelementptr inbounds nuw { double, double }, ptr %211, i32 0, i32 1, !dbg !162
  %215 = load double, ptr %214, align 8, !dbg !162
  %216 = fmul double %206, %213, !dbg !163
  %217 = fmul double %208, %215, !dbg !163
  %218 = fmul double %206, %215, !dbg !163
  %219 = fmul double %208, %213, !dbg !163
  %220 = fsub double %216, %217, !dbg !163
  %221 = fadd double %218, %219, !dbg !163
  %222 = fcmp uno double %220, %220, !dbg !163
  br i1 %222, label %223, label %229, !dbg !163, !prof !164

223:                                              ; preds = %201
  %224 = fcmp uno double %221, %221, !dbg !163
  br i1 %224, label %225, label %229, !dbg !163, !prof !164

225:                                              ; preds = %223
  %226 = call { double, double } @__muldc3(double noundef %206, double noundef %208, double noundef %213, double noundef %215) #5, !dbg !163
  %227 = extractvalue { double, double } %226, 0, !dbg !163
  %228 = extractvalue { double, double } %226, 1, !dbg !163
  br label %229, !dbg !163

229:                                              ; preds = %225, %223, %201
  %230 = phi double [ %220, %201 ], [ %220, %223 ], [ %227, %225 ], !dbg !163
  %231 = phi double [ %221, %201 ], [ %221, %223 ], [ %228, %225 ], !dbg !163
  %232 = load i32, ptr %15, align 4, !dbg !165, !tbaa !9
  %233 = sext i32 %232 to i64, !dbg !166
  %234 = getelementptr inbounds [256 x { double, double }], ptr @main.p, i64 0, i64 %233, !dbg !166
  %235 = getelementptr inbounds nuw { double, double }, ptr %234, i32 0, i32 0, !dbg !166
  %236 = load double, ptr %235, align 16, !dbg !166
  %237 = getelementptr inbounds nuw { double, double }, ptr %234, i32 0, i32 1, !dbg !166
  %238 = load double, ptr %237, align 8, !dbg !166
  %239 = fmul double %230, %236, !dbg !167
  %240 = fmul double %231, %238, !dbg !167
  %241 = fmul double %230, %238, !dbg !167
  %242 = fmul double %231, %236, !dbg !167
  %243 = fsub double %239, %240, !dbg !167
  %244 = fadd double %241, %242, !dbg !167
  %245 = fcmp uno double %243, %243, !dbg !167
  br i1 %245, label %246, label %252, !dbg !167, !prof !164

246:                                              ; preds = %229
  %247 = fcmp uno double %244, %244, !dbg !167
  br i1 %247, label %248, label %252, !dbg !167, !prof !164

248:                                              ; preds = %246
  %249 = call { double, double } @__muldc3(double noundef %230, double noundef %231, double noundef %236, double noundef %238) #5, !dbg !167
  %250 = extractvalue { double, double } %249, 0, !dbg !167
  %251 = extractvalue { double, double } %249, 1, !dbg !167
  br label %252, !dbg !167

252:                                              ; preds = %248, %246, %229
  %253 = phi double [ %243, %229 ], [ %243, %246 ], [ %250, %248 ], !dbg !167
  %254 = phi double [ %244, %229 ], [ %244, %246 ], [ %251, %248 ], !dbg !167
  %255 = load i32, ptr %15, align 4, !dbg !168, !tbaa !9
  %256 = sext i32 %255 to i64, !dbg !169
  %257 = getelementptr inbounds [256 x { double, double }], ptr @main.p, i64 0, i64 %256, !dbg !169
  %258 = getelementptr inbounds nuw { double, double }, ptr %257, i32 0, i32 0, !dbg !169
  %259 = load double, ptr %258, align 16, !dbg !169
  %260 = getelementptr inbounds nuw { double, double }, ptr %257, i32 0, i32 1, !dbg !169
  %261 = load double, ptr %260, align 8, !dbg !169
  %262 = fmul double %253, %259, !dbg !170
  %263 = fmul double %254, %261, !dbg !170
  %264 = fmul double %253, %261, !dbg !170
  %265 = fmul double %254, %259, !dbg !170
  %266 = fsub double %262, %263, !dbg !170
  %267 = fadd double %264, %265, !dbg !170
  %268 = fcmp uno double %266, %266, !dbg !170
  br i1 %268, label %269, label %275, !dbg !170, !prof !164

269:                                              ; preds = %252
  %270 = fcmp uno double %267, %267, !dbg !170
  br i1 %270, label %271, label %275, !dbg !170, !prof !164

271:                                              ; preds = %269
  %272 = call { double, double } @__muldc3(double noundef %253, double noundef %254, double noundef %259, double noundef %261) #5, !dbg !170
  %273 = extractvalue { double, double } %272, 0, !dbg !170
  %274 = extractvalue { double, double } %272, 1, !dbg !170
  br label %275, !dbg !170

275:                                              ; preds = %271, %269, %252
  %276 = phi double [ %266, %252 ], [ %266, %269 ], [ %273, %271 ], !dbg !171
  %277 = phi double [ %267, %252 ], [ %267, %269 ], [ %274, %271 ], !dbg !171
  %278 = load i32, ptr %15, align 4, !dbg !172, !tbaa !9
  %279 = sext i32 %278 to i64, !dbg !173
  %280 = getelementptr inbounds [256 x { double, double }], ptr @main.p, i64 0, i64 %279, !dbg !173
  %281 = getelementptr inbounds nuw { double, double }, ptr %280, i32 0, i32 0, !dbg !174
  %282 = getelementptr inbounds nuw { double, double }, ptr %280, i32 0, i32 1, !dbg !174
  store double %276, ptr %281, align 16, !dbg !175
  store double %277, ptr %282, align 8, !dbg !175
  br label %283, !dbg !176

283:                                              ; preds = %275
  %284 = load i32, ptr %15, align 4, !dbg !177, !tbaa !9
  %285 = add nsw i32 %284, 1, !dbg !178
  store i32 %285, ptr %15, align 4, !dbg !179, !tbaa !9
  br label %197, !dbg !158, !llvm.loop !180

286:                                              ; preds = %200
  call void @fft(ptr noundef @main.p, i32 noundef 256, i32 noundef 1), !dbg !182
  call void @llvm.lifetime.start.p0(ptr %16) #5, !dbg !183
  store i32 0, ptr %16, align 4, !dbg !184, !tbaa !9
  br label %287, !dbg !183

287:                                              ; preds = %301, %286
  %288 = load i32, ptr %16, align 4, !dbg !185, !tbaa !9
  %289 = icmp sle i32 %288, 8, !dbg !186
  br i1 %289, label %291, label %290, !dbg !187

290:                                              ; preds = %287
  call void @llvm.lifetime.end.p0(ptr %16) #5, !dbg !188
  br label %304

291:                                              ; preds = %287
  %292 = load i32, ptr %16, align 4, !dbg !189, !tbaa !9
  %293 = sext i32 %292 to i64, !dbg !190
  %294 = getelementptr inbounds [256 x { double, double }], ptr @main.p, i64 0, i64 %293, !dbg !190
  %295 = getelementptr inbounds nuw { double, double }, ptr %294, i32 0, i32 0, !dbg !190
  %296 = load double, ptr %295, align 16, !dbg !190
  %297 = getelementptr inbounds nuw { double, double }, ptr %294, i32 0, i32 1, !dbg !190
  %298 = load double, ptr %297, align 8, !dbg !190
  %299 = call i64 @lround(double noundef %296) #5, !dbg !191, !tbaa !9
  %300 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %299), !dbg !192
  br label %301, !dbg !193

301:                                              ; preds = %291
  %302 = load i32, ptr %16, align 4, !dbg !194, !tbaa !9
  %303 = add nsw i32 %302, 1, !dbg !195
  store i32 %303, ptr %16, align 4, !dbg !196, !tbaa !9
  br label %287, !dbg !188, !llvm.loop !197

304:                                              ; preds = %290
  %305 = call i32 (ptr, ...) @printf(ptr noundef @.str.4), !dbg !199
  call void @llvm.lifetime.end.p0(ptr %11) #5, !dbg !200
  call void @llvm.lifetime.end.p0(ptr %4) #5, !dbg !200
  ret i32 0, !dbg !201
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nounwind
declare !dbg !202 double @sin(double noundef) #2

; Function Attrs: nounwind
declare !dbg !204 double @cos(double noundef) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal void @fft(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !205 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca { double, double }, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca double, align 8
  %14 = alloca { double, double }, align 8
  %15 = alloca i32, align 4
  %16 = alloca { double, double }, align 8
  %17 = alloca i32, align 4
  %18 = alloca { double, double }, align 8
  %19 = alloca { double, double }, align 8
  %20 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !206
  store i32 %1, ptr %5, align 4, !tbaa !9
  store i32 %2, ptr %6, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #5, !dbg !208
  store i32 1, ptr %7, align 4, !dbg !209, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #5, !dbg !208
  store i32 0, ptr %8, align 4, !dbg !210, !tbaa !9
  br label %21, !dbg !208

21:                                               ; preds = %84, %3
  %22 = load i32, ptr %7, align 4, !dbg !211, !tbaa !9
  %23 = load i32, ptr %5, align 4, !dbg !212, !tbaa !9
  %24 = icmp slt i32 %22, %23, !dbg !213
  br i1 %24, label %26, label %25, !dbg !214

25:                                               ; preds = %21
  call void @llvm.lifetime.end.p0(ptr %8) #5, !dbg !215
  call void @llvm.lifetime.end.p0(ptr %7) #5, !dbg !215
  br label %87

26:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %9) #5, !dbg !216
  %27 = load i32, ptr %5, align 4, !dbg !217, !tbaa !9
  %28 = ashr i32 %27, 1, !dbg !218
  store i32 %28, ptr %9, align 4, !dbg !219, !tbaa !9
  br label %29, !dbg !220

29:                                               ; preds = %38, %26
  %30 = load i32, ptr %8, align 4, !dbg !221, !tbaa !9
  %31 = load i32, ptr %9, align 4, !dbg !222, !tbaa !9
  %32 = and i32 %30, %31, !dbg !223
  %33 = icmp ne i32 %32, 0, !dbg !224
  br i1 %33, label %34, label %41, !dbg !225

34:                                               ; preds = %29
  %35 = load i32, ptr %9, align 4, !dbg !226, !tbaa !9
  %36 = load i32, ptr %8, align 4, !dbg !227, !tbaa !9
  %37 = xor i32 %36, %35, !dbg !228
  store i32 %37, ptr %8, align 4, !dbg !229, !tbaa !9
  br label %38, !dbg !230

38:                                               ; preds = %34
  %39 = load i32, ptr %9, align 4, !dbg !231, !tbaa !9
  %40 = ashr i32 %39, 1, !dbg !232
  store i32 %40, ptr %9, align 4, !dbg !233, !tbaa !9
  br label %29, !dbg !220, !llvm.loop !234

41:                                               ; preds = %29
  %42 = load i32, ptr %9, align 4, !dbg !235, !tbaa !9
  %43 = load i32, ptr %8, align 4, !dbg !236, !tbaa !9
  %44 = xor i32 %43, %42, !dbg !237
  store i32 %44, ptr %8, align 4, !dbg !238, !tbaa !9
  %45 = load i32, ptr %7, align 4, !dbg !239, !tbaa !9
  %46 = load i32, ptr %8, align 4, !dbg !240, !tbaa !9
  %47 = icmp slt i32 %45, %46, !dbg !241
  br i1 %47, label %48, label %83, !dbg !242

48:                                               ; preds = %41
  call void @llvm.lifetime.start.p0(ptr %10) #5, !dbg !243
  %49 = load ptr, ptr %4, align 8, !dbg !244, !tbaa !206
  %50 = load i32, ptr %7, align 4, !dbg !245, !tbaa !9
  %51 = sext i32 %50 to i64, !dbg !244
  %52 = getelementptr inbounds { double, double }, ptr %49, i64 %51, !dbg !244
  %53 = getelementptr inbounds nuw { double, double }, ptr %52, i32 0, i32 0, !dbg !244
  %54 = load double, ptr %53, align 8, !dbg !246
  %55 = getelementptr inbounds nuw { double, double }, ptr %52, i32 0, i32 1, !dbg !244
  %56 = load double, ptr %55, align 8, !dbg !246
  %57 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 0, !dbg !247
  %58 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 1, !dbg !247
  store double %54, ptr %57, align 8, !dbg !248
  store double %56, ptr %58, align 8, !dbg !248
  %59 = load ptr, ptr %4, align 8, !dbg !249, !tbaa !206
  %60 = load i32, ptr %8, align 4, !dbg !250, !tbaa !9
  %61 = sext i32 %60 to i64, !dbg !249
  %62 = getelementptr inbounds { double, double }, ptr %59, i64 %61, !dbg !249
  %63 = getelementptr inbounds nuw { double, double }, ptr %62, i32 0, i32 0, !dbg !249
  %64 = load double, ptr %63, align 8, !dbg !251
  %65 = getelementptr inbounds nuw { double, double }, ptr %62, i32 0, i32 1, !dbg !249
  %66 = load double, ptr %65, align 8, !dbg !251
  %67 = load ptr, ptr %4, align 8, !dbg !252, !tbaa !206
  %68 = load i32, ptr %7, align 4, !dbg !253, !tbaa !9
  %69 = sext i32 %68 to i64, !dbg !252
  %70 = getelementptr inbounds { double, double }, ptr %67, i64 %69, !dbg !252
  %71 = getelementptr inbounds nuw { double, double }, ptr %70, i32 0, i32 0, !dbg !254
  %72 = getelementptr inbounds nuw { double, double }, ptr %70, i32 0, i32 1, !dbg !254
  store double %64, ptr %71, align 8, !dbg !255
  store double %66, ptr %72, align 8, !dbg !255
  %73 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 0, !dbg !256
  %74 = load double, ptr %73, align 8, !dbg !257
  %75 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 1, !dbg !256
  %76 = load double, ptr %75, align 8, !dbg !257
  %77 = load ptr, ptr %4, align 8, !dbg !258, !tbaa !206
  %78 = load i32, ptr %8, align 4, !dbg !259, !tbaa !9
  %79 = sext i32 %78 to i64, !dbg !258
  %80 = getelementptr inbounds { double, double }, ptr %77, i64 %79, !dbg !258
  %81 = getelementptr inbounds nuw { double, double }, ptr %80, i32 0, i32 0, !dbg !260
  %82 = getelementptr inbounds nuw { double, double }, ptr %80, i32 0, i32 1, !dbg !260
  store double %74, ptr %81, align 8, !dbg !261
  store double %76, ptr %82, align 8, !dbg !261
  call void @llvm.lifetime.end.p0(ptr %10) #5, !dbg !262
  br label %83, !dbg !262

83:                                               ; preds = %48, %41
  call void @llvm.lifetime.end.p0(ptr %9) #5, !dbg !263
  br label %84, !dbg !264

84:                                               ; preds = %83
  %85 = load i32, ptr %7, align 4, !dbg !265, !tbaa !9
  %86 = add nsw i32 %85, 1, !dbg !266
  store i32 %86, ptr %7, align 4, !dbg !267, !tbaa !9
  br label %21, !dbg !215, !llvm.loop !268

87:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %11) #5, !dbg !269
  store i32 2, ptr %11, align 4, !dbg !270, !tbaa !9
  br label %88, !dbg !269

88:                                               ; preds = %248, %87
  %89 = load i32, ptr %11, align 4, !dbg !271, !tbaa !9
  %90 = load i32, ptr %5, align 4, !dbg !272, !tbaa !9
  %91 = icmp sle i32 %89, %90, !dbg !273
  br i1 %91, label %93, label %92, !dbg !274

92:                                               ; preds = %88
  store i32 8, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #5, !dbg !275
  br label %251

93:                                               ; preds = %88
  call void @llvm.lifetime.start.p0(ptr %13) #5, !dbg !276
  %94 = load i32, ptr %11, align 4, !dbg !277, !tbaa !9
  %95 = sitofp i32 %94 to double, !dbg !277
  %96 = fdiv double 0x401921FB54442D18, %95, !dbg !278
  %97 = load i32, ptr %6, align 4, !dbg !279, !tbaa !9
  %98 = icmp ne i32 %97, 0, !dbg !279
  %99 = zext i1 %98 to i64, !dbg !279
  %100 = select i1 %98, i32 -1, i32 1, !dbg !279
  %101 = sitofp i32 %100 to double, !dbg !280
  %102 = fmul double %96, %101, !dbg !281
  store double %102, ptr %13, align 8, !dbg !282, !tbaa !106
  call void @llvm.lifetime.start.p0(ptr %14) #5, !dbg !283
  %103 = load double, ptr %13, align 8, !dbg !284, !tbaa !106
  %104 = call double @cos(double noundef %103) #5, !dbg !285, !tbaa !9
  %105 = load double, ptr %13, align 8, !dbg !286, !tbaa !106
  %106 = call double @sin(double noundef %105) #5, !dbg !287, !tbaa !9
  %107 = fmul double %106, 0.000000e+00, !dbg !288
  %108 = fmul double %106, 1.000000e+00, !dbg !289
  %109 = fadd double %104, %107, !dbg !290
  %110 = getelementptr inbounds nuw { double, double }, ptr %14, i32 0, i32 0, !dbg !291
  %111 = getelementptr inbounds nuw { double, double }, ptr %14, i32 0, i32 1, !dbg !291
  store double %109, ptr %110, align 8, !dbg !292
  store double %108, ptr %111, align 8, !dbg !292
  call void @llvm.lifetime.start.p0(ptr %15) #5, !dbg !293
  store i32 0, ptr %15, align 4, !dbg !294, !tbaa !9
  br label %112, !dbg !293

112:                                              ; preds = %243, %93
  %113 = load i32, ptr %15, align 4, !dbg !295, !tbaa !9
  %114 = load i32, ptr %5, align 4, !dbg !296, !tbaa !9
  %115 = icmp slt i32 %113, %114, !dbg !297
  br i1 %115, label %117, label %116, !dbg !298

116:                                              ; preds = %112
  store i32 11, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #5, !dbg !299
  br label %247

117:                                              ; preds = %112
  call void @llvm.lifetime.start.p0(ptr %16) #5, !dbg !300
  %118 = getelementptr inbounds nuw { double, double }, ptr %16, i32 0, i32 0, !dbg !301
  %119 = getelementptr inbounds nuw { double, double }, ptr %16, i32 0, i32 1, !dbg !301
  store double 1.000000e+00, ptr %118, align 8, !dbg !302
  store double 0.000000e+00, ptr %119, align 8, !dbg !302
  call void @llvm.lifetime.start.p0(ptr %17) #5, !dbg !303
  store i32 0, ptr %17, align 4, !dbg !304, !tbaa !9
  br label %120, !dbg !303

120:                                              ; preds = %239, %117
  %121 = load i32, ptr %17, align 4, !dbg !305, !tbaa !9
  %122 = load i32, ptr %11, align 4, !dbg !306, !tbaa !9
  %123 = sdiv i32 %122, 2, !dbg !307
  %124 = icmp slt i32 %121, %123, !dbg !308
  br i1 %124, label %126, label %125, !dbg !309

125:                                              ; preds = %120
  store i32 14, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #5, !dbg !310
  br label %242

126:                                              ; preds = %120
  call void @llvm.lifetime.start.p0(ptr %18) #5, !dbg !311
  %127 = load ptr, ptr %4, align 8, !dbg !312, !tbaa !206
  %128 = load i32, ptr %15, align 4, !dbg !313, !tbaa !9
  %129 = load i32, ptr %17, align 4, !dbg !314, !tbaa !9
  %130 = add nsw i32 %128, %129, !dbg !315
  %131 = sext i32 %130 to i64, !dbg !312
  %132 = getelementptr inbounds { double, double }, ptr %127, i64 %131, !dbg !312
  %133 = getelementptr inbounds nuw { double, double }, ptr %132, i32 0, i32 0, !dbg !312
  %134 = load double, ptr %133, align 8, !dbg !316
  %135 = getelementptr inbounds nuw { double, double }, ptr %132, i32 0, i32 1, !dbg !312
  %136 = load double, ptr %135, align 8, !dbg !316
  %137 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 0, !dbg !317
  %138 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 1, !dbg !317
  store double %134, ptr %137, align 8, !dbg !318
  store double %136, ptr %138, align 8, !dbg !318
  call void @llvm.lifetime.start.p0(ptr %19) #5, !dbg !311
  %139 = load ptr, ptr %4, align 8, !dbg !319, !tbaa !206
  %140 = load i32, ptr %15, align 4, !dbg !320, !tbaa !9
  %141 = load i32, ptr %17, align 4, !dbg !321, !tbaa !9
  %142 = add nsw i32 %140, %141, !dbg !322
  %143 = load i32, ptr %11, align 4, !dbg !323, !tbaa !9
  %144 = sdiv i32 %143, 2, !dbg !324
  %145 = add nsw i32 %142, %144, !dbg !325
  %146 = sext i32 %145 to i64, !dbg !319
  %147 = getelementptr inbounds { double, double }, ptr %139, i64 %146, !dbg !319
  %148 = getelementptr inbounds nuw { double, double }, ptr %147, i32 0, i32 0, !dbg !319
  %149 = load double, ptr %148, align 8, !dbg !319
  %150 = getelementptr inbounds nuw { double, double }, ptr %147, i32 0, i32 1, !dbg !319
  %151 = load double, ptr %150, align 8, !dbg !319
  %152 = getelementptr inbounds nuw { double, double }, ptr %16, i32 0, i32 0, !dbg !326
  %153 = load double, ptr %152, align 8, !dbg !326
  %154 = getelementptr inbounds nuw { double, double }, ptr %16, i32 0, i32 1, !dbg !326
  %155 = load double, ptr %154, align 8, !dbg !326
  %156 = fmul double %149, %153, !dbg !327
  %157 = fmul double %151, %155, !dbg !327
  %158 = fmul double %149, %155, !dbg !327
  %159 = fmul double %151, %153, !dbg !327
  %160 = fsub double %156, %157, !dbg !327
  %161 = fadd double %158, %159, !dbg !327
  %162 = fcmp uno double %160, %160, !dbg !327
  br i1 %162, label %163, label %169, !dbg !327, !prof !164

163:                                              ; preds = %126
  %164 = fcmp uno double %161, %161, !dbg !327
  br i1 %164, label %165, label %169, !dbg !327, !prof !164

165:                                              ; preds = %163
  %166 = call { double, double } @__muldc3(double noundef %149, double noundef %151, double noundef %153, double noundef %155) #5, !dbg !327
  %167 = extractvalue { double, double } %166, 0, !dbg !327
  %168 = extractvalue { double, double } %166, 1, !dbg !327
  br label %169, !dbg !327

169:                                              ; preds = %165, %163, %126
  %170 = phi double [ %160, %126 ], [ %160, %163 ], [ %167, %165 ], !dbg !328
  %171 = phi double [ %161, %126 ], [ %161, %163 ], [ %168, %165 ], !dbg !328
  %172 = getelementptr inbounds nuw { double, double }, ptr %19, i32 0, i32 0, !dbg !329
  %173 = getelementptr inbounds nuw { double, double }, ptr %19, i32 0, i32 1, !dbg !329
  store double %170, ptr %172, align 8, !dbg !330
  store double %171, ptr %173, align 8, !dbg !330
  %174 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 0, !dbg !331
  %175 = load double, ptr %174, align 8, !dbg !331
  %176 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 1, !dbg !331
  %177 = load double, ptr %176, align 8, !dbg !331
  %178 = getelementptr inbounds nuw { double, double }, ptr %19, i32 0, i32 0, !dbg !332
  %179 = load double, ptr %178, align 8, !dbg !332
  %180 = getelementptr inbounds nuw { double, double }, ptr %19, i32 0, i32 1, !dbg !332
  %181 = load double, ptr %180, align 8, !dbg !332
  %182 = fadd double %175, %179, !dbg !333
  %183 = fadd double %177, %181, !dbg !333
  %184 = load ptr, ptr %4, align 8, !dbg !334, !tbaa !206
  %185 = load i32, ptr %15, align 4, !dbg !335, !tbaa !9
  %186 = load i32, ptr %17, align 4, !dbg !336, !tbaa !9
  %187 = add nsw i32 %185, %186, !dbg !337
  %188 = sext i32 %187 to i64, !dbg !334
  %189 = getelementptr inbounds { double, double }, ptr %184, i64 %188, !dbg !334
  %190 = getelementptr inbounds nuw { double, double }, ptr %189, i32 0, i32 0, !dbg !338
  %191 = getelementptr inbounds nuw { double, double }, ptr %189, i32 0, i32 1, !dbg !338
  store double %182, ptr %190, align 8, !dbg !339
  store double %183, ptr %191, align 8, !dbg !339
  %192 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 0, !dbg !340
  %193 = load double, ptr %192, align 8, !dbg !340
  %194 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 1, !dbg !340
  %195 = load double, ptr %194, align 8, !dbg !340
  %196 = getelementptr inbounds nuw { double, double }, ptr %19, i32 0, i32 0, !dbg !341
  %197 = load double, ptr %196, align 8, !dbg !341
  %198 = getelementptr inbounds nuw { double, double }, ptr %19, i32 0, i32 1, !dbg !341
  %199 = load double, ptr %198, align 8, !dbg !341
  %200 = fsub double %193, %197, !dbg !342
  %201 = fsub double %195, %199, !dbg !342
  %202 = load ptr, ptr %4, align 8, !dbg !343, !tbaa !206
  %203 = load i32, ptr %15, align 4, !dbg !344, !tbaa !9
  %204 = load i32, ptr %17, align 4, !dbg !345, !tbaa !9
  %205 = add nsw i32 %203, %204, !dbg !346
  %206 = load i32, ptr %11, align 4, !dbg !347, !tbaa !9
  %207 = sdiv i32 %206, 2, !dbg !348
  %208 = add nsw i32 %205, %207, !dbg !349
  %209 = sext i32 %208 to i64, !dbg !343
  %210 = getelementptr inbounds { double, double }, ptr %202, i64 %209, !dbg !343
  %211 = getelementptr inbounds nuw { double, double }, ptr %210, i32 0, i32 0, !dbg !350
  %212 = getelementptr inbounds nuw { double, double }, ptr %210, i32 0, i32 1, !dbg !350
  store double %200, ptr %211, align 8, !dbg !351
  store double %201, ptr %212, align 8, !dbg !351
  %213 = getelementptr inbounds nuw { double, double }, ptr %14, i32 0, i32 0, !dbg !352
  %214 = load double, ptr %213, align 8, !dbg !352
  %215 = getelementptr inbounds nuw { double, double }, ptr %14, i32 0, i32 1, !dbg !352
  %216 = load double, ptr %215, align 8, !dbg !352
  %217 = getelementptr inbounds nuw { double, double }, ptr %16, i32 0, i32 0, !dbg !353
  %218 = load double, ptr %217, align 8, !dbg !353
  %219 = getelementptr inbounds nuw { double, double }, ptr %16, i32 0, i32 1, !dbg !353
  %220 = load double, ptr %219, align 8, !dbg !353
  %221 = fmul double %218, %214, !dbg !353
  %222 = fmul double %220, %216, !dbg !353
  %223 = fmul double %218, %216, !dbg !353
  %224 = fmul double %220, %214, !dbg !353
  %225 = fsub double %221, %222, !dbg !353
  %226 = fadd double %223, %224, !dbg !353
  %227 = fcmp uno double %225, %225, !dbg !353
  br i1 %227, label %228, label %234, !dbg !353, !prof !164

228:                                              ; preds = %169
  %229 = fcmp uno double %226, %226, !dbg !353
  br i1 %229, label %230, label %234, !dbg !353, !prof !164

230:                                              ; preds = %228
  %231 = call { double, double } @__muldc3(double noundef %218, double noundef %220, double noundef %214, double noundef %216) #5, !dbg !353
  %232 = extractvalue { double, double } %231, 0, !dbg !353
  %233 = extractvalue { double, double } %231, 1, !dbg !353
  br label %234, !dbg !353

234:                                              ; preds = %230, %228, %169
  %235 = phi double [ %225, %169 ], [ %225, %228 ], [ %232, %230 ], !dbg !354
  %236 = phi double [ %226, %169 ], [ %226, %228 ], [ %233, %230 ], !dbg !354
  %237 = getelementptr inbounds nuw { double, double }, ptr %16, i32 0, i32 0, !dbg !353
  %238 = getelementptr inbounds nuw { double, double }, ptr %16, i32 0, i32 1, !dbg !353
  store double %235, ptr %237, align 8, !dbg !355
  store double %236, ptr %238, align 8, !dbg !355
  call void @llvm.lifetime.end.p0(ptr %19) #5, !dbg !356
  call void @llvm.lifetime.end.p0(ptr %18) #5, !dbg !356
  br label %239, !dbg !357

239:                                              ; preds = %234
  %240 = load i32, ptr %17, align 4, !dbg !358, !tbaa !9
  %241 = add nsw i32 %240, 1, !dbg !359
  store i32 %241, ptr %17, align 4, !dbg !360, !tbaa !9
  br label %120, !dbg !310, !llvm.loop !361

242:                                              ; preds = %125
  call void @llvm.lifetime.end.p0(ptr %16) #5, !dbg !362
  br label %243, !dbg !363

243:                                              ; preds = %242
  %244 = load i32, ptr %11, align 4, !dbg !364, !tbaa !9
  %245 = load i32, ptr %15, align 4, !dbg !365, !tbaa !9
  %246 = add nsw i32 %245, %244, !dbg !366
  store i32 %246, ptr %15, align 4, !dbg !367, !tbaa !9
  br label %112, !dbg !299, !llvm.loop !368

247:                                              ; preds = %116
  call void @llvm.lifetime.end.p0(ptr %14) #5, !dbg !369
  call void @llvm.lifetime.end.p0(ptr %13) #5, !dbg !369
  br label %248, !dbg !370

248:                                              ; preds = %247
  %249 = load i32, ptr %11, align 4, !dbg !371, !tbaa !9
  %250 = shl i32 %249, 1, !dbg !372
  store i32 %250, ptr %11, align 4, !dbg !373, !tbaa !9
  br label %88, !dbg !275, !llvm.loop !374

251:                                              ; preds = %92
  %252 = load i32, ptr %6, align 4, !dbg !375, !tbaa !9
  %253 = icmp ne i32 %252, 0, !dbg !376
  br i1 %253, label %254, label %279, !dbg !377

254:                                              ; preds = %251
  call void @llvm.lifetime.start.p0(ptr %20) #5, !dbg !378
  store i32 0, ptr %20, align 4, !dbg !379, !tbaa !9
  br label %255, !dbg !378

255:                                              ; preds = %275, %254
  %256 = load i32, ptr %20, align 4, !dbg !380, !tbaa !9
  %257 = load i32, ptr %5, align 4, !dbg !381, !tbaa !9
  %258 = icmp slt i32 %256, %257, !dbg !382
  br i1 %258, label %260, label %259, !dbg !383

259:                                              ; preds = %255
  store i32 17, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %20) #5, !dbg !384
  br label %278

260:                                              ; preds = %255
  %261 = load i32, ptr %5, align 4, !dbg !385, !tbaa !9
  %262 = sitofp i32 %261 to double, !dbg !385
  %263 = load ptr, ptr %4, align 8, !dbg !386, !tbaa !206
  %264 = load i32, ptr %20, align 4, !dbg !387, !tbaa !9
  %265 = sext i32 %264 to i64, !dbg !386
  %266 = getelementptr inbounds { double, double }, ptr %263, i64 %265, !dbg !386
  %267 = getelementptr inbounds nuw { double, double }, ptr %266, i32 0, i32 0, !dbg !388
  %268 = load double, ptr %267, align 8, !dbg !388
  %269 = getelementptr inbounds nuw { double, double }, ptr %266, i32 0, i32 1, !dbg !388
  %270 = load double, ptr %269, align 8, !dbg !388
  %271 = fdiv double %268, %262, !dbg !389
  %272 = fdiv double %270, %262, !dbg !389
  %273 = getelementptr inbounds nuw { double, double }, ptr %266, i32 0, i32 0, !dbg !388
  %274 = getelementptr inbounds nuw { double, double }, ptr %266, i32 0, i32 1, !dbg !388
  store double %271, ptr %273, align 8, !dbg !390
  store double %272, ptr %274, align 8, !dbg !390
  br label %275, !dbg !391

275:                                              ; preds = %260
  %276 = load i32, ptr %20, align 4, !dbg !392, !tbaa !9
  %277 = add nsw i32 %276, 1, !dbg !393
  store i32 %277, ptr %20, align 4, !dbg !394, !tbaa !9
  br label %255, !dbg !384, !llvm.loop !395

278:                                              ; preds = %259
  br label %279, !dbg !385

279:                                              ; preds = %278, %251
  ret void, !dbg !396
}

; Function Attrs: nounwind
declare !dbg !397 double @cabs(double noundef, double noundef) #2

declare !dbg !399 i32 @printf(ptr noundef, ...) #4

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #3

declare { double, double } @__muldc3(double, double, double, double)

; Function Attrs: nounwind
declare !dbg !401 i64 @lround(double noundef) #2

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "fft.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 30, type: !15, scopeLine: 30, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "fft.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 32, column: 10, scope: !13)
!18 = !DILocation(line: 32, column: 14, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !DILocation(line: 32, column: 21, scope: !13)
!20 = !DILocation(line: 32, column: 23, scope: !13, atomGroup: 2, atomRank: 1)
!21 = !DILocation(line: 32, column: 5, scope: !13, atomGroup: 3, atomRank: 1)
!22 = !DILocation(line: 32, column: 5, scope: !13)
!23 = !DILocation(line: 32, column: 57, scope: !13)
!24 = !DILocation(line: 32, column: 55, scope: !13)
!25 = !DILocation(line: 32, column: 59, scope: !13)
!26 = !DILocation(line: 32, column: 40, scope: !13)
!27 = !DILocation(line: 32, column: 90, scope: !13)
!28 = !DILocation(line: 32, column: 88, scope: !13)
!29 = !DILocation(line: 32, column: 92, scope: !13)
!30 = !DILocation(line: 32, column: 72, scope: !13)
!31 = !DILocation(line: 32, column: 64, scope: !13)
!32 = !DILocation(line: 32, column: 100, scope: !13)
!33 = !DILocation(line: 32, column: 102, scope: !13)
!34 = !DILocation(line: 32, column: 99, scope: !13)
!35 = !DILocation(line: 32, column: 97, scope: !13, atomGroup: 4, atomRank: 2)
!36 = !DILocation(line: 32, column: 35, scope: !13)
!37 = !DILocation(line: 32, column: 33, scope: !13)
!38 = !DILocation(line: 32, column: 38, scope: !13)
!39 = !DILocation(line: 32, column: 38, scope: !13, atomGroup: 4, atomRank: 1)
!40 = !DILocation(line: 32, column: 33, scope: !13, atomGroup: 6, atomRank: 1)
!41 = !DILocation(line: 32, column: 29, scope: !13)
!42 = !DILocation(line: 32, column: 29, scope: !13, atomGroup: 5, atomRank: 2)
!43 = !DILocation(line: 32, column: 29, scope: !13, atomGroup: 5, atomRank: 1)
!44 = distinct !{!44, !22, !45, !46}
!45 = !DILocation(line: 32, column: 109, scope: !13)
!46 = !{!"llvm.loop.mustprogress"}
!47 = !DILocation(line: 33, column: 10, scope: !13)
!48 = !DILocation(line: 33, column: 14, scope: !13, atomGroup: 7, atomRank: 1)
!49 = !DILocation(line: 33, column: 21, scope: !13)
!50 = !DILocation(line: 33, column: 23, scope: !13, atomGroup: 8, atomRank: 1)
!51 = !DILocation(line: 33, column: 5, scope: !13, atomGroup: 9, atomRank: 1)
!52 = !DILocation(line: 33, column: 5, scope: !13)
!53 = !DILocation(line: 33, column: 42, scope: !13)
!54 = !DILocation(line: 33, column: 40, scope: !13)
!55 = !DILocation(line: 33, column: 40, scope: !13, atomGroup: 10, atomRank: 2)
!56 = !DILocation(line: 33, column: 35, scope: !13)
!57 = !DILocation(line: 33, column: 33, scope: !13)
!58 = !DILocation(line: 33, column: 38, scope: !13)
!59 = !DILocation(line: 33, column: 38, scope: !13, atomGroup: 10, atomRank: 1)
!60 = !DILocation(line: 33, column: 33, scope: !13, atomGroup: 12, atomRank: 1)
!61 = !DILocation(line: 33, column: 29, scope: !13)
!62 = !DILocation(line: 33, column: 29, scope: !13, atomGroup: 11, atomRank: 2)
!63 = !DILocation(line: 33, column: 29, scope: !13, atomGroup: 11, atomRank: 1)
!64 = distinct !{!64, !52, !65, !46}
!65 = !DILocation(line: 33, column: 43, scope: !13)
!66 = !DILocation(line: 34, column: 5, scope: !13)
!67 = !DILocation(line: 35, column: 5, scope: !13)
!68 = !DILocation(line: 35, column: 9, scope: !13, atomGroup: 13, atomRank: 1)
!69 = !DILocation(line: 35, column: 24, scope: !13)
!70 = !DILocation(line: 35, column: 28, scope: !13, atomGroup: 14, atomRank: 1)
!71 = !DILocation(line: 35, column: 35, scope: !13)
!72 = !DILocation(line: 35, column: 37, scope: !13, atomGroup: 15, atomRank: 1)
!73 = !DILocation(line: 35, column: 19, scope: !13, atomGroup: 16, atomRank: 1)
!74 = !DILocation(line: 35, column: 19, scope: !13)
!75 = !DILocation(line: 35, column: 62, scope: !13)
!76 = !DILocation(line: 35, column: 60, scope: !13)
!77 = !DILocation(line: 35, column: 55, scope: !13)
!78 = !DILocation(line: 35, column: 75, scope: !13)
!79 = !DILocation(line: 35, column: 73, scope: !13)
!80 = !DILocation(line: 35, column: 68, scope: !13)
!81 = !DILocation(line: 35, column: 66, scope: !13, atomGroup: 17, atomRank: 2)
!82 = !DILocation(line: 35, column: 66, scope: !13, atomGroup: 17, atomRank: 1)
!83 = !DILocation(line: 35, column: 90, scope: !13, atomGroup: 18, atomRank: 2)
!84 = !DILocation(line: 35, column: 88, scope: !13, atomGroup: 18, atomRank: 1)
!85 = !DILocation(line: 35, column: 83, scope: !13)
!86 = !DILocation(line: 35, column: 80, scope: !13, atomGroup: 20, atomRank: 1)
!87 = !DILocation(line: 35, column: 47, scope: !13)
!88 = !DILocation(line: 35, column: 47, scope: !13, atomGroup: 19, atomRank: 2)
!89 = !DILocation(line: 35, column: 47, scope: !13, atomGroup: 19, atomRank: 1)
!90 = distinct !{!90, !74, !91, !46}
!91 = !DILocation(line: 35, column: 90, scope: !13)
!92 = !DILocation(line: 36, column: 35, scope: !13)
!93 = !DILocation(line: 36, column: 48, scope: !13)
!94 = !DILocation(line: 36, column: 46, scope: !13)
!95 = !DILocation(line: 36, column: 41, scope: !13)
!96 = !DILocation(line: 36, column: 5, scope: !13)
!97 = !DILocation(line: 37, column: 46, scope: !13)
!98 = !DILocation(line: 37, column: 58, scope: !13)
!99 = !DILocation(line: 37, column: 53, scope: !13)
!100 = !DILocation(line: 37, column: 70, scope: !13)
!101 = !DILocation(line: 37, column: 65, scope: !13)
!102 = !DILocation(line: 37, column: 5, scope: !13)
!103 = !DILocation(line: 38, column: 5, scope: !13)
!104 = !DILocation(line: 39, column: 5, scope: !13)
!105 = !DILocation(line: 39, column: 12, scope: !13, atomGroup: 21, atomRank: 1)
!106 = !{!107, !107, i64 0}
!107 = !{!"double", !11, i64 0}
!108 = !DILocation(line: 39, column: 26, scope: !13)
!109 = !DILocation(line: 39, column: 30, scope: !13, atomGroup: 22, atomRank: 1)
!110 = !DILocation(line: 39, column: 37, scope: !13)
!111 = !DILocation(line: 39, column: 39, scope: !13, atomGroup: 23, atomRank: 1)
!112 = !DILocation(line: 39, column: 21, scope: !13, atomGroup: 24, atomRank: 1)
!113 = !DILocation(line: 39, column: 21, scope: !13)
!114 = !DILocation(line: 39, column: 60, scope: !13)
!115 = !DILocation(line: 39, column: 72, scope: !13)
!116 = !DILocation(line: 39, column: 70, scope: !13)
!117 = !DILocation(line: 39, column: 79, scope: !13)
!118 = !DILocation(line: 39, column: 77, scope: !13)
!119 = !DILocation(line: 39, column: 75, scope: !13, atomGroup: 25, atomRank: 2)
!120 = !DILocation(line: 39, column: 65, scope: !13)
!121 = !DILocation(line: 39, column: 65, scope: !13, atomGroup: 25, atomRank: 1)
!122 = !DILocation(line: 39, column: 55, scope: !13, atomGroup: 25, atomRank: 2)
!123 = !DILocation(line: 39, column: 53, scope: !13, atomGroup: 25, atomRank: 1)
!124 = !DILocation(line: 39, column: 49, scope: !13, atomGroup: 27, atomRank: 1)
!125 = !DILocation(line: 39, column: 45, scope: !13)
!126 = !DILocation(line: 39, column: 45, scope: !13, atomGroup: 26, atomRank: 2)
!127 = !DILocation(line: 39, column: 45, scope: !13, atomGroup: 26, atomRank: 1)
!128 = distinct !{!128, !113, !129, !46}
!129 = !DILocation(line: 39, column: 82, scope: !13)
!130 = !DILocation(line: 40, column: 33, scope: !13)
!131 = !DILocation(line: 40, column: 37, scope: !13)
!132 = !DILocation(line: 40, column: 5, scope: !13)
!133 = !DILocation(line: 43, column: 10, scope: !13)
!134 = !DILocation(line: 43, column: 14, scope: !13, atomGroup: 28, atomRank: 1)
!135 = !DILocation(line: 43, column: 21, scope: !13)
!136 = !DILocation(line: 43, column: 23, scope: !13, atomGroup: 29, atomRank: 1)
!137 = !DILocation(line: 43, column: 5, scope: !13, atomGroup: 30, atomRank: 1)
!138 = !DILocation(line: 43, column: 5, scope: !13)
!139 = !DILocation(line: 43, column: 35, scope: !13)
!140 = !DILocation(line: 43, column: 33, scope: !13)
!141 = !DILocation(line: 43, column: 38, scope: !13)
!142 = !DILocation(line: 43, column: 38, scope: !13, atomGroup: 31, atomRank: 1)
!143 = !DILocation(line: 43, column: 33, scope: !13, atomGroup: 33, atomRank: 1)
!144 = !DILocation(line: 43, column: 29, scope: !13)
!145 = !DILocation(line: 43, column: 29, scope: !13, atomGroup: 32, atomRank: 2)
!146 = !DILocation(line: 43, column: 29, scope: !13, atomGroup: 32, atomRank: 1)
!147 = distinct !{!147, !138, !148, !46}
!148 = !DILocation(line: 43, column: 40, scope: !13)
!149 = !DILocation(line: 44, column: 10, scope: !13, atomGroup: 34, atomRank: 1)
!150 = !DILocation(line: 44, column: 20, scope: !13, atomGroup: 35, atomRank: 1)
!151 = !DILocation(line: 44, column: 30, scope: !13, atomGroup: 36, atomRank: 1)
!152 = !DILocation(line: 45, column: 5, scope: !13)
!153 = !DILocation(line: 46, column: 10, scope: !13)
!154 = !DILocation(line: 46, column: 14, scope: !13, atomGroup: 37, atomRank: 1)
!155 = !DILocation(line: 46, column: 21, scope: !13)
!156 = !DILocation(line: 46, column: 23, scope: !13, atomGroup: 38, atomRank: 1)
!157 = !DILocation(line: 46, column: 5, scope: !13, atomGroup: 39, atomRank: 1)
!158 = !DILocation(line: 46, column: 5, scope: !13)
!159 = !DILocation(line: 46, column: 42, scope: !13)
!160 = !DILocation(line: 46, column: 40, scope: !13)
!161 = !DILocation(line: 46, column: 49, scope: !13)
!162 = !DILocation(line: 46, column: 47, scope: !13)
!163 = !DILocation(line: 46, column: 45, scope: !13)
!164 = !{!"branch_weights", i32 1, i32 1048575}
!165 = !DILocation(line: 46, column: 56, scope: !13)
!166 = !DILocation(line: 46, column: 54, scope: !13)
!167 = !DILocation(line: 46, column: 52, scope: !13)
!168 = !DILocation(line: 46, column: 63, scope: !13)
!169 = !DILocation(line: 46, column: 61, scope: !13)
!170 = !DILocation(line: 46, column: 59, scope: !13)
!171 = !DILocation(line: 46, column: 59, scope: !13, atomGroup: 40, atomRank: 2)
!172 = !DILocation(line: 46, column: 35, scope: !13)
!173 = !DILocation(line: 46, column: 33, scope: !13)
!174 = !DILocation(line: 46, column: 38, scope: !13)
!175 = !DILocation(line: 46, column: 38, scope: !13, atomGroup: 40, atomRank: 1)
!176 = !DILocation(line: 46, column: 33, scope: !13, atomGroup: 42, atomRank: 1)
!177 = !DILocation(line: 46, column: 29, scope: !13)
!178 = !DILocation(line: 46, column: 29, scope: !13, atomGroup: 41, atomRank: 2)
!179 = !DILocation(line: 46, column: 29, scope: !13, atomGroup: 41, atomRank: 1)
!180 = distinct !{!180, !158, !181, !46}
!181 = !DILocation(line: 46, column: 64, scope: !13)
!182 = !DILocation(line: 47, column: 5, scope: !13)
!183 = !DILocation(line: 48, column: 10, scope: !13)
!184 = !DILocation(line: 48, column: 14, scope: !13, atomGroup: 43, atomRank: 1)
!185 = !DILocation(line: 48, column: 21, scope: !13)
!186 = !DILocation(line: 48, column: 23, scope: !13, atomGroup: 44, atomRank: 1)
!187 = !DILocation(line: 48, column: 5, scope: !13, atomGroup: 45, atomRank: 1)
!188 = !DILocation(line: 48, column: 5, scope: !13)
!189 = !DILocation(line: 48, column: 64, scope: !13)
!190 = !DILocation(line: 48, column: 62, scope: !13)
!191 = !DILocation(line: 48, column: 49, scope: !13)
!192 = !DILocation(line: 48, column: 34, scope: !13)
!193 = !DILocation(line: 48, column: 34, scope: !13, atomGroup: 47, atomRank: 1)
!194 = !DILocation(line: 48, column: 30, scope: !13)
!195 = !DILocation(line: 48, column: 30, scope: !13, atomGroup: 46, atomRank: 2)
!196 = !DILocation(line: 48, column: 30, scope: !13, atomGroup: 46, atomRank: 1)
!197 = distinct !{!197, !188, !198, !46}
!198 = !DILocation(line: 48, column: 68, scope: !13)
!199 = !DILocation(line: 49, column: 5, scope: !13)
!200 = !DILocation(line: 51, column: 1, scope: !13)
!201 = !DILocation(line: 50, column: 5, scope: !13, atomGroup: 49, atomRank: 1)
!202 = !DISubprogram(name: "sin", scope: !203, file: !203, line: 64, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!203 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/mathcalls.h", directory: "")
!204 = !DISubprogram(name: "cos", scope: !203, file: !203, line: 62, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!205 = distinct !DISubprogram(name: "fft", scope: !14, file: !14, line: 9, type: !15, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!206 = !{!207, !207, i64 0}
!207 = !{!"any pointer", !11, i64 0}
!208 = !DILocation(line: 10, column: 10, scope: !205)
!209 = !DILocation(line: 10, column: 14, scope: !205, atomGroup: 1, atomRank: 1)
!210 = !DILocation(line: 10, column: 21, scope: !205, atomGroup: 2, atomRank: 1)
!211 = !DILocation(line: 10, column: 28, scope: !205)
!212 = !DILocation(line: 10, column: 32, scope: !205)
!213 = !DILocation(line: 10, column: 30, scope: !205, atomGroup: 3, atomRank: 1)
!214 = !DILocation(line: 10, column: 5, scope: !205, atomGroup: 4, atomRank: 1)
!215 = !DILocation(line: 10, column: 5, scope: !205)
!216 = !DILocation(line: 11, column: 9, scope: !205)
!217 = !DILocation(line: 11, column: 19, scope: !205)
!218 = !DILocation(line: 11, column: 21, scope: !205, atomGroup: 5, atomRank: 2)
!219 = !DILocation(line: 11, column: 13, scope: !205, atomGroup: 5, atomRank: 1)
!220 = !DILocation(line: 12, column: 9, scope: !205)
!221 = !DILocation(line: 12, column: 16, scope: !205)
!222 = !DILocation(line: 12, column: 20, scope: !205)
!223 = !DILocation(line: 12, column: 18, scope: !205)
!224 = !DILocation(line: 12, column: 9, scope: !205, atomGroup: 6, atomRank: 1)
!225 = !DILocation(line: 12, column: 9, scope: !205, atomGroup: 7, atomRank: 1)
!226 = !DILocation(line: 12, column: 41, scope: !205)
!227 = !DILocation(line: 12, column: 38, scope: !205)
!228 = !DILocation(line: 12, column: 38, scope: !205, atomGroup: 8, atomRank: 2)
!229 = !DILocation(line: 12, column: 38, scope: !205, atomGroup: 8, atomRank: 1)
!230 = !DILocation(line: 12, column: 36, scope: !205, atomGroup: 10, atomRank: 1)
!231 = !DILocation(line: 12, column: 29, scope: !205)
!232 = !DILocation(line: 12, column: 29, scope: !205, atomGroup: 9, atomRank: 2)
!233 = !DILocation(line: 12, column: 29, scope: !205, atomGroup: 9, atomRank: 1)
!234 = distinct !{!234, !220, !226, !46}
!235 = !DILocation(line: 13, column: 14, scope: !205)
!236 = !DILocation(line: 13, column: 11, scope: !205)
!237 = !DILocation(line: 13, column: 11, scope: !205, atomGroup: 11, atomRank: 2)
!238 = !DILocation(line: 13, column: 11, scope: !205, atomGroup: 11, atomRank: 1)
!239 = !DILocation(line: 14, column: 13, scope: !205)
!240 = !DILocation(line: 14, column: 17, scope: !205)
!241 = !DILocation(line: 14, column: 15, scope: !205, atomGroup: 12, atomRank: 2)
!242 = !DILocation(line: 14, column: 15, scope: !205, atomGroup: 12, atomRank: 1)
!243 = !DILocation(line: 14, column: 22, scope: !205)
!244 = !DILocation(line: 14, column: 41, scope: !205)
!245 = !DILocation(line: 14, column: 43, scope: !205)
!246 = !DILocation(line: 14, column: 41, scope: !205, atomGroup: 13, atomRank: 2)
!247 = !DILocation(line: 14, column: 37, scope: !205)
!248 = !DILocation(line: 14, column: 37, scope: !205, atomGroup: 13, atomRank: 1)
!249 = !DILocation(line: 14, column: 54, scope: !205)
!250 = !DILocation(line: 14, column: 56, scope: !205)
!251 = !DILocation(line: 14, column: 54, scope: !205, atomGroup: 14, atomRank: 2)
!252 = !DILocation(line: 14, column: 47, scope: !205)
!253 = !DILocation(line: 14, column: 49, scope: !205)
!254 = !DILocation(line: 14, column: 52, scope: !205)
!255 = !DILocation(line: 14, column: 52, scope: !205, atomGroup: 14, atomRank: 1)
!256 = !DILocation(line: 14, column: 67, scope: !205)
!257 = !DILocation(line: 14, column: 67, scope: !205, atomGroup: 15, atomRank: 2)
!258 = !DILocation(line: 14, column: 60, scope: !205)
!259 = !DILocation(line: 14, column: 62, scope: !205)
!260 = !DILocation(line: 14, column: 65, scope: !205)
!261 = !DILocation(line: 14, column: 65, scope: !205, atomGroup: 15, atomRank: 1)
!262 = !DILocation(line: 14, column: 70, scope: !205)
!263 = !DILocation(line: 15, column: 5, scope: !205)
!264 = !DILocation(line: 15, column: 5, scope: !205, atomGroup: 17, atomRank: 1)
!265 = !DILocation(line: 10, column: 36, scope: !205)
!266 = !DILocation(line: 10, column: 36, scope: !205, atomGroup: 16, atomRank: 2)
!267 = !DILocation(line: 10, column: 36, scope: !205, atomGroup: 16, atomRank: 1)
!268 = distinct !{!268, !215, !263, !46}
!269 = !DILocation(line: 16, column: 10, scope: !205)
!270 = !DILocation(line: 16, column: 14, scope: !205, atomGroup: 18, atomRank: 1)
!271 = !DILocation(line: 16, column: 23, scope: !205)
!272 = !DILocation(line: 16, column: 30, scope: !205)
!273 = !DILocation(line: 16, column: 27, scope: !205, atomGroup: 19, atomRank: 1)
!274 = !DILocation(line: 16, column: 5, scope: !205, atomGroup: 20, atomRank: 1)
!275 = !DILocation(line: 16, column: 5, scope: !205)
!276 = !DILocation(line: 17, column: 9, scope: !205)
!277 = !DILocation(line: 17, column: 31, scope: !205)
!278 = !DILocation(line: 17, column: 29, scope: !205)
!279 = !DILocation(line: 17, column: 38, scope: !205)
!280 = !DILocation(line: 17, column: 37, scope: !205)
!281 = !DILocation(line: 17, column: 35, scope: !205, atomGroup: 21, atomRank: 2)
!282 = !DILocation(line: 17, column: 16, scope: !205, atomGroup: 21, atomRank: 1)
!283 = !DILocation(line: 18, column: 9, scope: !205)
!284 = !DILocation(line: 18, column: 33, scope: !205)
!285 = !DILocation(line: 18, column: 29, scope: !205)
!286 = !DILocation(line: 18, column: 44, scope: !205)
!287 = !DILocation(line: 18, column: 40, scope: !205)
!288 = !DILocation(line: 18, column: 49, scope: !205)
!289 = !DILocation(line: 18, column: 49, scope: !205, atomGroup: 22, atomRank: 2)
!290 = !DILocation(line: 18, column: 38, scope: !205, atomGroup: 22, atomRank: 2)
!291 = !DILocation(line: 18, column: 24, scope: !205)
!292 = !DILocation(line: 18, column: 24, scope: !205, atomGroup: 22, atomRank: 1)
!293 = !DILocation(line: 19, column: 14, scope: !205)
!294 = !DILocation(line: 19, column: 18, scope: !205, atomGroup: 23, atomRank: 1)
!295 = !DILocation(line: 19, column: 25, scope: !205)
!296 = !DILocation(line: 19, column: 29, scope: !205)
!297 = !DILocation(line: 19, column: 27, scope: !205, atomGroup: 24, atomRank: 1)
!298 = !DILocation(line: 19, column: 9, scope: !205, atomGroup: 25, atomRank: 1)
!299 = !DILocation(line: 19, column: 9, scope: !205)
!300 = !DILocation(line: 20, column: 13, scope: !205)
!301 = !DILocation(line: 20, column: 28, scope: !205)
!302 = !DILocation(line: 20, column: 28, scope: !205, atomGroup: 26, atomRank: 1)
!303 = !DILocation(line: 21, column: 18, scope: !205)
!304 = !DILocation(line: 21, column: 22, scope: !205, atomGroup: 27, atomRank: 1)
!305 = !DILocation(line: 21, column: 29, scope: !205)
!306 = !DILocation(line: 21, column: 33, scope: !205)
!307 = !DILocation(line: 21, column: 37, scope: !205)
!308 = !DILocation(line: 21, column: 31, scope: !205, atomGroup: 28, atomRank: 1)
!309 = !DILocation(line: 21, column: 13, scope: !205, atomGroup: 29, atomRank: 1)
!310 = !DILocation(line: 21, column: 13, scope: !205)
!311 = !DILocation(line: 22, column: 17, scope: !205)
!312 = !DILocation(line: 22, column: 36, scope: !205)
!313 = !DILocation(line: 22, column: 38, scope: !205)
!314 = !DILocation(line: 22, column: 42, scope: !205)
!315 = !DILocation(line: 22, column: 40, scope: !205)
!316 = !DILocation(line: 22, column: 36, scope: !205, atomGroup: 30, atomRank: 2)
!317 = !DILocation(line: 22, column: 32, scope: !205)
!318 = !DILocation(line: 22, column: 32, scope: !205, atomGroup: 30, atomRank: 1)
!319 = !DILocation(line: 22, column: 50, scope: !205)
!320 = !DILocation(line: 22, column: 52, scope: !205)
!321 = !DILocation(line: 22, column: 56, scope: !205)
!322 = !DILocation(line: 22, column: 54, scope: !205)
!323 = !DILocation(line: 22, column: 60, scope: !205)
!324 = !DILocation(line: 22, column: 64, scope: !205)
!325 = !DILocation(line: 22, column: 58, scope: !205)
!326 = !DILocation(line: 22, column: 71, scope: !205)
!327 = !DILocation(line: 22, column: 69, scope: !205)
!328 = !DILocation(line: 22, column: 69, scope: !205, atomGroup: 31, atomRank: 2)
!329 = !DILocation(line: 22, column: 46, scope: !205)
!330 = !DILocation(line: 22, column: 46, scope: !205, atomGroup: 31, atomRank: 1)
!331 = !DILocation(line: 23, column: 28, scope: !205)
!332 = !DILocation(line: 23, column: 32, scope: !205)
!333 = !DILocation(line: 23, column: 30, scope: !205, atomGroup: 32, atomRank: 2)
!334 = !DILocation(line: 23, column: 17, scope: !205)
!335 = !DILocation(line: 23, column: 19, scope: !205)
!336 = !DILocation(line: 23, column: 23, scope: !205)
!337 = !DILocation(line: 23, column: 21, scope: !205)
!338 = !DILocation(line: 23, column: 26, scope: !205)
!339 = !DILocation(line: 23, column: 26, scope: !205, atomGroup: 32, atomRank: 1)
!340 = !DILocation(line: 23, column: 56, scope: !205)
!341 = !DILocation(line: 23, column: 60, scope: !205)
!342 = !DILocation(line: 23, column: 58, scope: !205, atomGroup: 33, atomRank: 2)
!343 = !DILocation(line: 23, column: 35, scope: !205)
!344 = !DILocation(line: 23, column: 37, scope: !205)
!345 = !DILocation(line: 23, column: 41, scope: !205)
!346 = !DILocation(line: 23, column: 39, scope: !205)
!347 = !DILocation(line: 23, column: 45, scope: !205)
!348 = !DILocation(line: 23, column: 49, scope: !205)
!349 = !DILocation(line: 23, column: 43, scope: !205)
!350 = !DILocation(line: 23, column: 54, scope: !205)
!351 = !DILocation(line: 23, column: 54, scope: !205, atomGroup: 33, atomRank: 1)
!352 = !DILocation(line: 23, column: 68, scope: !205)
!353 = !DILocation(line: 23, column: 65, scope: !205)
!354 = !DILocation(line: 23, column: 65, scope: !205, atomGroup: 34, atomRank: 2)
!355 = !DILocation(line: 23, column: 65, scope: !205, atomGroup: 34, atomRank: 1)
!356 = !DILocation(line: 24, column: 13, scope: !205)
!357 = !DILocation(line: 24, column: 13, scope: !205, atomGroup: 36, atomRank: 1)
!358 = !DILocation(line: 21, column: 43, scope: !205)
!359 = !DILocation(line: 21, column: 43, scope: !205, atomGroup: 35, atomRank: 2)
!360 = !DILocation(line: 21, column: 43, scope: !205, atomGroup: 35, atomRank: 1)
!361 = distinct !{!361, !310, !356, !46}
!362 = !DILocation(line: 25, column: 9, scope: !205)
!363 = !DILocation(line: 25, column: 9, scope: !205, atomGroup: 38, atomRank: 1)
!364 = !DILocation(line: 19, column: 37, scope: !205)
!365 = !DILocation(line: 19, column: 34, scope: !205)
!366 = !DILocation(line: 19, column: 34, scope: !205, atomGroup: 37, atomRank: 2)
!367 = !DILocation(line: 19, column: 34, scope: !205, atomGroup: 37, atomRank: 1)
!368 = distinct !{!368, !299, !362, !46}
!369 = !DILocation(line: 26, column: 5, scope: !205)
!370 = !DILocation(line: 26, column: 5, scope: !205, atomGroup: 40, atomRank: 1)
!371 = !DILocation(line: 16, column: 37, scope: !205)
!372 = !DILocation(line: 16, column: 37, scope: !205, atomGroup: 39, atomRank: 2)
!373 = !DILocation(line: 16, column: 37, scope: !205, atomGroup: 39, atomRank: 1)
!374 = distinct !{!374, !275, !369, !46}
!375 = !DILocation(line: 27, column: 9, scope: !205)
!376 = !DILocation(line: 27, column: 9, scope: !205, atomGroup: 41, atomRank: 2)
!377 = !DILocation(line: 27, column: 9, scope: !205, atomGroup: 41, atomRank: 1)
!378 = !DILocation(line: 27, column: 19, scope: !205)
!379 = !DILocation(line: 27, column: 23, scope: !205, atomGroup: 42, atomRank: 1)
!380 = !DILocation(line: 27, column: 30, scope: !205)
!381 = !DILocation(line: 27, column: 34, scope: !205)
!382 = !DILocation(line: 27, column: 32, scope: !205, atomGroup: 43, atomRank: 1)
!383 = !DILocation(line: 27, column: 14, scope: !205, atomGroup: 44, atomRank: 1)
!384 = !DILocation(line: 27, column: 14, scope: !205)
!385 = !DILocation(line: 27, column: 50, scope: !205)
!386 = !DILocation(line: 27, column: 42, scope: !205)
!387 = !DILocation(line: 27, column: 44, scope: !205)
!388 = !DILocation(line: 27, column: 47, scope: !205)
!389 = !DILocation(line: 27, column: 47, scope: !205, atomGroup: 45, atomRank: 2)
!390 = !DILocation(line: 27, column: 47, scope: !205, atomGroup: 45, atomRank: 1)
!391 = !DILocation(line: 27, column: 42, scope: !205, atomGroup: 47, atomRank: 1)
!392 = !DILocation(line: 27, column: 38, scope: !205)
!393 = !DILocation(line: 27, column: 38, scope: !205, atomGroup: 46, atomRank: 2)
!394 = !DILocation(line: 27, column: 38, scope: !205, atomGroup: 46, atomRank: 1)
!395 = distinct !{!395, !384, !385, !46}
!396 = !DILocation(line: 28, column: 1, scope: !205, atomGroup: 48, atomRank: 1)
!397 = !DISubprogram(name: "cabs", scope: !398, file: !398, line: 112, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!398 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/cmathcalls.h", directory: "")
!399 = !DISubprogram(name: "printf", scope: !400, file: !400, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!400 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!401 = !DISubprogram(name: "lround", scope: !203, file: !203, line: 323, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
