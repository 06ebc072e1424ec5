; ModuleID = 'mathfuncs.c'
source_filename = "mathfuncs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@in = internal global [7 x double] [double 1.000000e-01, double 5.000000e-01, double 1.000000e+00, double 2.500000e+00, double 1.000000e+01, double 1.234560e+02, double 1.000000e-05], align 16
@.str = private unnamed_addr constant [35 x i8] c"%g: %.17g %.17g %.17g %.17g %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [33 x i8] c"  %.17g %.17g %.17g %.17g %.17g\0A\00", align 1
@.str.2 = private unnamed_addr constant [27 x i8] c"  %.17g %.17g %.17g %.17g\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"  %.9g %.9g %.9g\0A\00", align 1
@.str.4 = private unnamed_addr constant [22 x i8] c"class %d %d %d %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [32 x i8] c"frexp %.17g %d ldexp %.17g modf\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c" %.17g %.17g\0A\00", align 1
@.str.7 = private unnamed_addr constant [30 x i8] c"misc %.17g %.17g %.17g %.17g\0A\00", align 1
@.str.8 = private unnamed_addr constant [31 x i8] c"hyper %.17g %.17g %.17g %.17g\0A\00", align 1
@.str.9 = private unnamed_addr constant [27 x i8] c"special %.17g %.17g %.17g\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7, !dbg !17
  store i32 0, ptr %2, align 4, !dbg !18, !tbaa !9
  br label %11, !dbg !17

11:                                               ; preds = %84, %0
  %12 = load i32, ptr %2, align 4, !dbg !19, !tbaa !9
  %13 = zext i32 %12 to i64, !dbg !19
  %14 = icmp ult i64 %13, 7, !dbg !20
  br i1 %14, label %16, label %15, !dbg !21

15:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %2) #7, !dbg !22
  br label %87

16:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %3) #7, !dbg !23
  %17 = load i32, ptr %2, align 4, !dbg !24, !tbaa !9
  %18 = zext i32 %17 to i64, !dbg !25
  %19 = getelementptr inbounds nuw [7 x double], ptr @in, i64 0, i64 %18, !dbg !25
  %20 = load volatile double, ptr %19, align 8, !dbg !26, !tbaa !27
  store double %20, ptr %3, align 8, !dbg !29, !tbaa !27
  %21 = load double, ptr %3, align 8, !dbg !30, !tbaa !27
  %22 = load double, ptr %3, align 8, !dbg !31, !tbaa !27
  %23 = call double @sin(double noundef %22) #7, !dbg !32, !tbaa !9
  %24 = load double, ptr %3, align 8, !dbg !33, !tbaa !27
  %25 = call double @cos(double noundef %24) #7, !dbg !34, !tbaa !9
  %26 = load double, ptr %3, align 8, !dbg !35, !tbaa !27
  %27 = call double @tan(double noundef %26) #7, !dbg !36, !tbaa !9
  %28 = load double, ptr %3, align 8, !dbg !37, !tbaa !27
  %29 = call double @atan(double noundef %28) #7, !dbg !38, !tbaa !9
  %30 = load double, ptr %3, align 8, !dbg !39, !tbaa !27
  %31 = call double @atan2(double noundef %30, double noundef -1.000000e+00) #7, !dbg !40, !tbaa !9
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %21, double noundef %23, double noundef %25, double noundef %27, double noundef %29, double noundef %31), !dbg !41
  %33 = load double, ptr %3, align 8, !dbg !42, !tbaa !27
  %34 = call double @exp(double noundef %33) #7, !dbg !43, !tbaa !9
  %35 = load double, ptr %3, align 8, !dbg !44, !tbaa !27
  %36 = call double @log(double noundef %35) #7, !dbg !45, !tbaa !9
  %37 = load double, ptr %3, align 8, !dbg !46, !tbaa !27
  %38 = call double @log10(double noundef %37) #7, !dbg !47, !tbaa !9
  %39 = load double, ptr %3, align 8, !dbg !48, !tbaa !27
  %40 = call double @log2(double noundef %39) #7, !dbg !49, !tbaa !9
  %41 = load double, ptr %3, align 8, !dbg !50, !tbaa !27
  %42 = call double @sqrt(double noundef %41) #7, !dbg !51, !tbaa !9
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %34, double noundef %36, double noundef %38, double noundef %40, double noundef %42), !dbg !52
  %44 = load double, ptr %3, align 8, !dbg !53, !tbaa !27
  %45 = call double @pow(double noundef %44, double noundef 1.700000e+00) #7, !dbg !54, !tbaa !9
  %46 = load double, ptr %3, align 8, !dbg !55, !tbaa !27
  %47 = call double @cbrt(double noundef %46) #8, !dbg !56
  %48 = load double, ptr %3, align 8, !dbg !57, !tbaa !27
  %49 = call double @hypot(double noundef %48, double noundef 3.000000e+00) #7, !dbg !58, !tbaa !9
  %50 = load double, ptr %3, align 8, !dbg !59, !tbaa !27
  %51 = fmul double %50, 7.000000e+00, !dbg !60
  %52 = call double @fmod(double noundef %51, double noundef 1.300000e+00) #7, !dbg !61, !tbaa !9
  %53 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %45, double noundef %47, double noundef %49, double noundef %52), !dbg !62
  %54 = load double, ptr %3, align 8, !dbg !63, !tbaa !27
  %55 = fmul double %54, 3.300000e+00, !dbg !64
  %56 = call double @llvm.floor.f64(double %55), !dbg !65
  %57 = load double, ptr %3, align 8, !dbg !66, !tbaa !27
  %58 = fmul double %57, 3.300000e+00, !dbg !67
  %59 = call double @llvm.ceil.f64(double %58), !dbg !68
  %60 = load double, ptr %3, align 8, !dbg !69, !tbaa !27
  %61 = fmul double %60, 3.300000e+00, !dbg !70
  %62 = call double @llvm.round.f64(double %61), !dbg !71
  %63 = load double, ptr %3, align 8, !dbg !72, !tbaa !27
  %64 = fneg double %63, !dbg !73
  %65 = fmul double %64, 3.300000e+00, !dbg !74
  %66 = call double @llvm.trunc.f64(double %65), !dbg !75
  %67 = load double, ptr %3, align 8, !dbg !76, !tbaa !27
  %68 = fmul double %67, 2.500000e+00, !dbg !77
  %69 = call double @llvm.rint.f64(double %68), !dbg !78
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %56, double noundef %59, double noundef %62, double noundef %66, double noundef %69), !dbg !79
  %71 = load double, ptr %3, align 8, !dbg !80, !tbaa !27
  %72 = fptrunc double %71 to float, !dbg !81
  %73 = call float @sinf(float noundef %72) #7, !dbg !82, !tbaa !9
  %74 = fpext float %73 to double, !dbg !83
  %75 = load double, ptr %3, align 8, !dbg !84, !tbaa !27
  %76 = fptrunc double %75 to float, !dbg !85
  %77 = call float @expf(float noundef %76) #7, !dbg !86, !tbaa !9
  %78 = fpext float %77 to double, !dbg !87
  %79 = load double, ptr %3, align 8, !dbg !88, !tbaa !27
  %80 = fptrunc double %79 to float, !dbg !89
  %81 = call float @sqrtf(float noundef %80) #7, !dbg !90, !tbaa !9
  %82 = fpext float %81 to double, !dbg !91
  %83 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %74, double noundef %78, double noundef %82), !dbg !92
  call void @llvm.lifetime.end.p0(ptr %3) #7, !dbg !93
  br label %84, !dbg !94

84:                                               ; preds = %16
  %85 = load i32, ptr %2, align 4, !dbg !95, !tbaa !9
  %86 = add i32 %85, 1, !dbg !96
  store i32 %86, ptr %2, align 4, !dbg !97, !tbaa !9
  br label %11, !dbg !22, !llvm.loop !98

87:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %4) #7, !dbg !100
  %88 = load volatile double, ptr @in, align 16, !dbg !101, !tbaa !27
  %89 = load volatile double, ptr @in, align 16, !dbg !102, !tbaa !27
  %90 = fsub double %88, %89, !dbg !103
  store double %90, ptr %4, align 8, !dbg !104, !tbaa !27
  %91 = load double, ptr %4, align 8, !dbg !105, !tbaa !27
  %92 = load double, ptr %4, align 8, !dbg !106, !tbaa !27
  %93 = fdiv double %91, %92, !dbg !107
  store double %93, ptr %4, align 8, !dbg !108, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %5) #7, !dbg !109
  store volatile double 0.000000e+00, ptr %5, align 8, !dbg !110, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %6) #7, !dbg !111
  %94 = load volatile double, ptr %5, align 8, !dbg !112, !tbaa !27
  %95 = fdiv double 1.000000e+00, %94, !dbg !113
  store double %95, ptr %6, align 8, !dbg !114, !tbaa !27
  %96 = load double, ptr %4, align 8, !dbg !115, !tbaa !27
  %97 = call i1 @llvm.is.fpclass.f64(double %96, i32 3), !dbg !116
  %98 = zext i1 %97 to i32, !dbg !116
  %99 = icmp ne i32 %98, 0, !dbg !117
  %100 = zext i1 %99 to i32, !dbg !117
  %101 = load double, ptr %6, align 8, !dbg !118, !tbaa !27
  %102 = call double @llvm.fabs.f64(double %101) #9, !dbg !119
  %103 = fcmp oeq double %102, 0x7FF0000000000000, !dbg !119
  %104 = bitcast double %101 to i64, !dbg !119
  %105 = icmp slt i64 %104, 0, !dbg !119
  %106 = select i1 %105, i32 -1, i32 1, !dbg !119
  %107 = select i1 %103, i32 %106, i32 0, !dbg !119
  %108 = icmp ne i32 %107, 0, !dbg !120
  %109 = zext i1 %108 to i32, !dbg !120
  %110 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 4), align 16, !dbg !121, !tbaa !27
  %111 = call i1 @llvm.is.fpclass.f64(double %110, i32 504), !dbg !122
  %112 = zext i1 %111 to i32, !dbg !122
  %113 = icmp ne i32 %112, 0, !dbg !123
  %114 = zext i1 %113 to i32, !dbg !123
  %115 = load volatile double, ptr %5, align 8, !dbg !124, !tbaa !27
  %116 = fneg double %115, !dbg !125
  %117 = bitcast double %116 to i64, !dbg !126
  %118 = icmp slt i64 %117, 0, !dbg !126
  %119 = zext i1 %118 to i32, !dbg !126
  %120 = icmp ne i32 %119, 0, !dbg !127
  %121 = zext i1 %120 to i32, !dbg !127
  %122 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %100, i32 noundef %109, i32 noundef %114, i32 noundef %121, i32 noundef 1), !dbg !128
  call void @llvm.lifetime.start.p0(ptr %7) #7, !dbg !129
  call void @llvm.lifetime.start.p0(ptr %8) #7, !dbg !130
  %123 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 5), align 8, !dbg !131, !tbaa !27
  %124 = call double @frexp(double noundef %123, ptr noundef %7) #7, !dbg !132
  store double %124, ptr %8, align 8, !dbg !133, !tbaa !27
  %125 = load double, ptr %8, align 8, !dbg !134, !tbaa !27
  %126 = load i32, ptr %7, align 4, !dbg !135, !tbaa !9
  %127 = load double, ptr %8, align 8, !dbg !136, !tbaa !27
  %128 = load i32, ptr %7, align 4, !dbg !137, !tbaa !9
  %129 = add nsw i32 %128, 3, !dbg !138
  %130 = call double @ldexp(double noundef %127, i32 noundef %129) #7, !dbg !139, !tbaa !9
  %131 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %125, i32 noundef %126, double noundef %130), !dbg !140
  call void @llvm.lifetime.start.p0(ptr %9) #7, !dbg !141
  call void @llvm.lifetime.start.p0(ptr %10) #7, !dbg !142
  %132 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 5), align 8, !dbg !143, !tbaa !27
  %133 = call { double, double } @llvm.modf.f64(double %132), !dbg !144
  %134 = extractvalue { double, double } %133, 0, !dbg !145
  %135 = extractvalue { double, double } %133, 1, !dbg !145
  store double %135, ptr %9, align 8, !dbg !146, !tbaa !27
  store double %134, ptr %10, align 8, !dbg !147, !tbaa !27
  %136 = load double, ptr %9, align 8, !dbg !148, !tbaa !27
  %137 = load double, ptr %10, align 8, !dbg !149, !tbaa !27
  %138 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %136, double noundef %137), !dbg !150
  %139 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 3), align 8, !dbg !151, !tbaa !27
  %140 = fneg double %139, !dbg !152
  %141 = call double @llvm.fabs.f64(double %140), !dbg !153
  %142 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 2), align 16, !dbg !154, !tbaa !27
  %143 = call double @llvm.copysign.f64(double %142, double -1.000000e+00), !dbg !155
  %144 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 1), align 8, !dbg !156, !tbaa !27
  %145 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 2), align 16, !dbg !157, !tbaa !27
  %146 = call double @llvm.maxnum.f64(double %144, double %145), !dbg !158
  %147 = load double, ptr %4, align 8, !dbg !159, !tbaa !27
  %148 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 3), align 8, !dbg !160, !tbaa !27
  %149 = call double @llvm.minnum.f64(double %147, double %148), !dbg !161
  %150 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %141, double noundef %143, double noundef %146, double noundef %149), !dbg !162
  %151 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 3), align 8, !dbg !163, !tbaa !27
  %152 = call double @sinh(double noundef %151) #7, !dbg !164, !tbaa !9
  %153 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 3), align 8, !dbg !165, !tbaa !27
  %154 = call double @cosh(double noundef %153) #7, !dbg !166, !tbaa !9
  %155 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 3), align 8, !dbg !167, !tbaa !27
  %156 = call double @tanh(double noundef %155) #7, !dbg !168, !tbaa !9
  %157 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 3), align 8, !dbg !169, !tbaa !27
  %158 = call double @asinh(double noundef %157) #7, !dbg !170, !tbaa !9
  %159 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %152, double noundef %154, double noundef %156, double noundef %158), !dbg !171
  %160 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 1), align 8, !dbg !172, !tbaa !27
  %161 = call double @erf(double noundef %160) #7, !dbg !173, !tbaa !9
  %162 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 3), align 8, !dbg !174, !tbaa !27
  %163 = call double @tgamma(double noundef %162) #7, !dbg !175, !tbaa !9
  %164 = load volatile double, ptr getelementptr inbounds ([7 x double], ptr @in, i64 0, i64 4), align 16, !dbg !176, !tbaa !27
  %165 = call double @lgamma(double noundef %164) #7, !dbg !177
  %166 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef %161, double noundef %163, double noundef %165), !dbg !178
  call void @llvm.lifetime.end.p0(ptr %10) #7, !dbg !179
  call void @llvm.lifetime.end.p0(ptr %9) #7, !dbg !179
  call void @llvm.lifetime.end.p0(ptr %8) #7, !dbg !179
  call void @llvm.lifetime.end.p0(ptr %7) #7, !dbg !179
  call void @llvm.lifetime.end.p0(ptr %6) #7, !dbg !179
  call void @llvm.lifetime.end.p0(ptr %5) #7, !dbg !179
  call void @llvm.lifetime.end.p0(ptr %4) #7, !dbg !179
  ret i32 0, !dbg !180
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

declare !dbg !181 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind
declare !dbg !183 double @sin(double noundef) #3

; Function Attrs: nounwind
declare !dbg !185 double @cos(double noundef) #3

; Function Attrs: nounwind
declare !dbg !186 double @tan(double noundef) #3

; Function Attrs: nounwind
declare !dbg !187 double @atan(double noundef) #3

; Function Attrs: nounwind
declare !dbg !188 double @atan2(double noundef, double noundef) #3

; Function Attrs: nounwind
declare !dbg !189 double @exp(double noundef) #3

; Function Attrs: nounwind
declare !dbg !190 double @log(double noundef) #3

; Function Attrs: nounwind
declare !dbg !191 double @log10(double noundef) #3

; Function Attrs: nounwind
declare !dbg !192 double @log2(double noundef) #3

; Function Attrs: nounwind
declare !dbg !193 double @sqrt(double noundef) #3

; Function Attrs: nounwind
declare !dbg !194 double @pow(double noundef, double noundef) #3

; Function Attrs: nounwind willreturn memory(none)
declare !dbg !195 double @cbrt(double noundef) #4

; Function Attrs: nounwind
declare !dbg !196 double @hypot(double noundef, double noundef) #3

; Function Attrs: nounwind
declare !dbg !197 double @fmod(double noundef, double noundef) #3

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.ceil.f64(double) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.round.f64(double) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.trunc.f64(double) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.rint.f64(double) #5

; Function Attrs: nounwind
declare !dbg !198 float @sinf(float noundef) #3

; Function Attrs: nounwind
declare !dbg !199 float @expf(float noundef) #3

; Function Attrs: nounwind
declare !dbg !200 float @sqrtf(float noundef) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i1 @llvm.is.fpclass.f64(double, i32 immarg) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #5

; Function Attrs: nounwind
declare !dbg !201 double @frexp(double noundef, ptr noundef) #3

; Function Attrs: nounwind
declare !dbg !202 double @ldexp(double noundef, i32 noundef) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { double, double } @llvm.modf.f64(double) #6

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.copysign.f64(double, double) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.minnum.f64(double, double) #5

; Function Attrs: nounwind
declare !dbg !203 double @sinh(double noundef) #3

; Function Attrs: nounwind
declare !dbg !204 double @cosh(double noundef) #3

; Function Attrs: nounwind
declare !dbg !205 double @tanh(double noundef) #3

; Function Attrs: nounwind
declare !dbg !206 double @asinh(double noundef) #3

; Function Attrs: nounwind
declare !dbg !207 double @erf(double noundef) #3

; Function Attrs: nounwind
declare !dbg !208 double @tgamma(double noundef) #3

; Function Attrs: nounwind
declare !dbg !209 double @lgamma(double noundef) #3

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind }
attributes #8 = { nounwind willreturn memory(none) }
attributes #9 = { memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "mathfuncs.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 7, type: !15, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "mathfuncs.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 8, column: 10, scope: !13)
!18 = !DILocation(line: 8, column: 19, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !DILocation(line: 8, column: 26, scope: !13)
!20 = !DILocation(line: 8, column: 28, scope: !13, atomGroup: 2, atomRank: 1)
!21 = !DILocation(line: 8, column: 5, scope: !13, atomGroup: 3, atomRank: 1)
!22 = !DILocation(line: 8, column: 5, scope: !13)
!23 = !DILocation(line: 9, column: 9, scope: !13)
!24 = !DILocation(line: 9, column: 23, scope: !13)
!25 = !DILocation(line: 9, column: 20, scope: !13)
!26 = !DILocation(line: 9, column: 20, scope: !13, atomGroup: 4, atomRank: 2)
!27 = !{!28, !28, i64 0}
!28 = !{!"double", !11, i64 0}
!29 = !DILocation(line: 9, column: 16, scope: !13, atomGroup: 4, atomRank: 1)
!30 = !DILocation(line: 10, column: 55, scope: !13)
!31 = !DILocation(line: 10, column: 62, scope: !13)
!32 = !DILocation(line: 10, column: 58, scope: !13)
!33 = !DILocation(line: 10, column: 70, scope: !13)
!34 = !DILocation(line: 10, column: 66, scope: !13)
!35 = !DILocation(line: 10, column: 78, scope: !13)
!36 = !DILocation(line: 10, column: 74, scope: !13)
!37 = !DILocation(line: 10, column: 87, scope: !13)
!38 = !DILocation(line: 10, column: 82, scope: !13)
!39 = !DILocation(line: 10, column: 97, scope: !13)
!40 = !DILocation(line: 10, column: 91, scope: !13)
!41 = !DILocation(line: 10, column: 9, scope: !13)
!42 = !DILocation(line: 11, column: 57, scope: !13)
!43 = !DILocation(line: 11, column: 53, scope: !13)
!44 = !DILocation(line: 11, column: 65, scope: !13)
!45 = !DILocation(line: 11, column: 61, scope: !13)
!46 = !DILocation(line: 11, column: 75, scope: !13)
!47 = !DILocation(line: 11, column: 69, scope: !13)
!48 = !DILocation(line: 11, column: 84, scope: !13)
!49 = !DILocation(line: 11, column: 79, scope: !13)
!50 = !DILocation(line: 11, column: 93, scope: !13)
!51 = !DILocation(line: 11, column: 88, scope: !13)
!52 = !DILocation(line: 11, column: 9, scope: !13)
!53 = !DILocation(line: 12, column: 51, scope: !13)
!54 = !DILocation(line: 12, column: 47, scope: !13)
!55 = !DILocation(line: 12, column: 65, scope: !13)
!56 = !DILocation(line: 12, column: 60, scope: !13)
!57 = !DILocation(line: 12, column: 75, scope: !13)
!58 = !DILocation(line: 12, column: 69, scope: !13)
!59 = !DILocation(line: 12, column: 89, scope: !13)
!60 = !DILocation(line: 12, column: 91, scope: !13)
!61 = !DILocation(line: 12, column: 84, scope: !13)
!62 = !DILocation(line: 12, column: 9, scope: !13)
!63 = !DILocation(line: 13, column: 59, scope: !13)
!64 = !DILocation(line: 13, column: 61, scope: !13)
!65 = !DILocation(line: 13, column: 53, scope: !13)
!66 = !DILocation(line: 13, column: 74, scope: !13)
!67 = !DILocation(line: 13, column: 76, scope: !13)
!68 = !DILocation(line: 13, column: 69, scope: !13)
!69 = !DILocation(line: 13, column: 90, scope: !13)
!70 = !DILocation(line: 13, column: 92, scope: !13)
!71 = !DILocation(line: 13, column: 84, scope: !13)
!72 = !DILocation(line: 13, column: 107, scope: !13)
!73 = !DILocation(line: 13, column: 106, scope: !13)
!74 = !DILocation(line: 13, column: 109, scope: !13)
!75 = !DILocation(line: 13, column: 100, scope: !13)
!76 = !DILocation(line: 13, column: 122, scope: !13)
!77 = !DILocation(line: 13, column: 124, scope: !13)
!78 = !DILocation(line: 13, column: 117, scope: !13)
!79 = !DILocation(line: 13, column: 9, scope: !13)
!80 = !DILocation(line: 14, column: 58, scope: !13)
!81 = !DILocation(line: 14, column: 51, scope: !13)
!82 = !DILocation(line: 14, column: 46, scope: !13)
!83 = !DILocation(line: 14, column: 38, scope: !13)
!84 = !DILocation(line: 14, column: 82, scope: !13)
!85 = !DILocation(line: 14, column: 75, scope: !13)
!86 = !DILocation(line: 14, column: 70, scope: !13)
!87 = !DILocation(line: 14, column: 62, scope: !13)
!88 = !DILocation(line: 14, column: 107, scope: !13)
!89 = !DILocation(line: 14, column: 100, scope: !13)
!90 = !DILocation(line: 14, column: 94, scope: !13)
!91 = !DILocation(line: 14, column: 86, scope: !13)
!92 = !DILocation(line: 14, column: 9, scope: !13)
!93 = !DILocation(line: 15, column: 5, scope: !13)
!94 = !DILocation(line: 15, column: 5, scope: !13, atomGroup: 6, atomRank: 1)
!95 = !DILocation(line: 8, column: 57, scope: !13)
!96 = !DILocation(line: 8, column: 57, scope: !13, atomGroup: 5, atomRank: 2)
!97 = !DILocation(line: 8, column: 57, scope: !13, atomGroup: 5, atomRank: 1)
!98 = distinct !{!98, !22, !93, !99}
!99 = !{!"llvm.loop.mustprogress"}
!100 = !DILocation(line: 16, column: 5, scope: !13)
!101 = !DILocation(line: 16, column: 20, scope: !13)
!102 = !DILocation(line: 16, column: 28, scope: !13)
!103 = !DILocation(line: 16, column: 26, scope: !13, atomGroup: 7, atomRank: 2)
!104 = !DILocation(line: 16, column: 12, scope: !13, atomGroup: 7, atomRank: 1)
!105 = !DILocation(line: 16, column: 43, scope: !13)
!106 = !DILocation(line: 16, column: 51, scope: !13)
!107 = !DILocation(line: 16, column: 49, scope: !13, atomGroup: 8, atomRank: 2)
!108 = !DILocation(line: 16, column: 41, scope: !13, atomGroup: 8, atomRank: 1)
!109 = !DILocation(line: 17, column: 5, scope: !13)
!110 = !DILocation(line: 17, column: 21, scope: !13, atomGroup: 9, atomRank: 1)
!111 = !DILocation(line: 18, column: 5, scope: !13)
!112 = !DILocation(line: 18, column: 26, scope: !13)
!113 = !DILocation(line: 18, column: 24, scope: !13, atomGroup: 10, atomRank: 2)
!114 = !DILocation(line: 18, column: 12, scope: !13, atomGroup: 10, atomRank: 1)
!115 = !DILocation(line: 19, column: 44, scope: !13)
!116 = !DILocation(line: 19, column: 38, scope: !13)
!117 = !DILocation(line: 19, column: 51, scope: !13)
!118 = !DILocation(line: 19, column: 63, scope: !13)
!119 = !DILocation(line: 19, column: 57, scope: !13)
!120 = !DILocation(line: 19, column: 70, scope: !13)
!121 = !DILocation(line: 19, column: 85, scope: !13)
!122 = !DILocation(line: 19, column: 76, scope: !13)
!123 = !DILocation(line: 19, column: 92, scope: !13)
!124 = !DILocation(line: 19, column: 107, scope: !13)
!125 = !DILocation(line: 19, column: 106, scope: !13)
!126 = !DILocation(line: 19, column: 98, scope: !13)
!127 = !DILocation(line: 19, column: 113, scope: !13)
!128 = !DILocation(line: 19, column: 5, scope: !13)
!129 = !DILocation(line: 20, column: 5, scope: !13)
!130 = !DILocation(line: 20, column: 12, scope: !13)
!131 = !DILocation(line: 20, column: 29, scope: !13)
!132 = !DILocation(line: 20, column: 23, scope: !13, atomGroup: 11, atomRank: 2)
!133 = !DILocation(line: 20, column: 19, scope: !13, atomGroup: 11, atomRank: 1)
!134 = !DILocation(line: 21, column: 47, scope: !13)
!135 = !DILocation(line: 21, column: 50, scope: !13)
!136 = !DILocation(line: 21, column: 59, scope: !13)
!137 = !DILocation(line: 21, column: 62, scope: !13)
!138 = !DILocation(line: 21, column: 64, scope: !13)
!139 = !DILocation(line: 21, column: 53, scope: !13)
!140 = !DILocation(line: 21, column: 5, scope: !13)
!141 = !DILocation(line: 22, column: 5, scope: !13)
!142 = !DILocation(line: 22, column: 16, scope: !13)
!143 = !DILocation(line: 22, column: 33, scope: !13)
!144 = !DILocation(line: 22, column: 28, scope: !13)
!145 = !DILocation(line: 22, column: 28, scope: !13, atomGroup: 12, atomRank: 2)
!146 = !DILocation(line: 22, column: 28, scope: !13, atomGroup: 12, atomRank: 1)
!147 = !DILocation(line: 22, column: 23, scope: !13, atomGroup: 12, atomRank: 1)
!148 = !DILocation(line: 22, column: 71, scope: !13)
!149 = !DILocation(line: 22, column: 75, scope: !13)
!150 = !DILocation(line: 22, column: 46, scope: !13)
!151 = !DILocation(line: 23, column: 52, scope: !13)
!152 = !DILocation(line: 23, column: 51, scope: !13)
!153 = !DILocation(line: 23, column: 46, scope: !13)
!154 = !DILocation(line: 23, column: 69, scope: !13)
!155 = !DILocation(line: 23, column: 60, scope: !13)
!156 = !DILocation(line: 23, column: 88, scope: !13)
!157 = !DILocation(line: 23, column: 95, scope: !13)
!158 = !DILocation(line: 23, column: 83, scope: !13)
!159 = !DILocation(line: 23, column: 108, scope: !13)
!160 = !DILocation(line: 23, column: 115, scope: !13)
!161 = !DILocation(line: 23, column: 103, scope: !13)
!162 = !DILocation(line: 23, column: 5, scope: !13)
!163 = !DILocation(line: 24, column: 52, scope: !13)
!164 = !DILocation(line: 24, column: 47, scope: !13)
!165 = !DILocation(line: 24, column: 65, scope: !13)
!166 = !DILocation(line: 24, column: 60, scope: !13)
!167 = !DILocation(line: 24, column: 78, scope: !13)
!168 = !DILocation(line: 24, column: 73, scope: !13)
!169 = !DILocation(line: 24, column: 92, scope: !13)
!170 = !DILocation(line: 24, column: 86, scope: !13)
!171 = !DILocation(line: 24, column: 5, scope: !13)
!172 = !DILocation(line: 25, column: 47, scope: !13)
!173 = !DILocation(line: 25, column: 43, scope: !13)
!174 = !DILocation(line: 25, column: 62, scope: !13)
!175 = !DILocation(line: 25, column: 55, scope: !13)
!176 = !DILocation(line: 25, column: 77, scope: !13)
!177 = !DILocation(line: 25, column: 70, scope: !13)
!178 = !DILocation(line: 25, column: 5, scope: !13)
!179 = !DILocation(line: 27, column: 1, scope: !13)
!180 = !DILocation(line: 26, column: 5, scope: !13, atomGroup: 14, atomRank: 1)
!181 = !DISubprogram(name: "printf", scope: !182, file: !182, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!182 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!183 = !DISubprogram(name: "sin", scope: !184, file: !184, line: 64, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!184 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/mathcalls.h", directory: "")
!185 = !DISubprogram(name: "cos", scope: !184, file: !184, line: 62, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!186 = !DISubprogram(name: "tan", scope: !184, file: !184, line: 66, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!187 = !DISubprogram(name: "atan", scope: !184, file: !184, line: 57, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!188 = !DISubprogram(name: "atan2", scope: !184, file: !184, line: 59, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!189 = !DISubprogram(name: "exp", scope: !184, file: !184, line: 95, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!190 = !DISubprogram(name: "log", scope: !184, file: !184, line: 104, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!191 = !DISubprogram(name: "log10", scope: !184, file: !184, line: 107, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!192 = !DISubprogram(name: "log2", scope: !184, file: !184, line: 133, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!193 = !DISubprogram(name: "sqrt", scope: !184, file: !184, line: 143, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!194 = !DISubprogram(name: "pow", scope: !184, file: !184, line: 140, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!195 = !DISubprogram(name: "cbrt", scope: !184, file: !184, line: 152, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!196 = !DISubprogram(name: "hypot", scope: !184, file: !184, line: 147, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!197 = !DISubprogram(name: "fmod", scope: !184, file: !184, line: 168, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!198 = !DISubprogram(name: "sinf", scope: !184, file: !184, line: 64, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!199 = !DISubprogram(name: "expf", scope: !184, file: !184, line: 95, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!200 = !DISubprogram(name: "sqrtf", scope: !184, file: !184, line: 143, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!201 = !DISubprogram(name: "frexp", scope: !184, file: !184, line: 98, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!202 = !DISubprogram(name: "ldexp", scope: !184, file: !184, line: 101, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!203 = !DISubprogram(name: "sinh", scope: !184, file: !184, line: 73, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!204 = !DISubprogram(name: "cosh", scope: !184, file: !184, line: 71, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!205 = !DISubprogram(name: "tanh", scope: !184, file: !184, line: 75, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!206 = !DISubprogram(name: "asinh", scope: !184, file: !184, line: 87, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!207 = !DISubprogram(name: "erf", scope: !184, file: !184, line: 231, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!208 = !DISubprogram(name: "tgamma", scope: !184, file: !184, line: 238, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!209 = !DISubprogram(name: "lgamma", scope: !184, file: !184, line: 233, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
