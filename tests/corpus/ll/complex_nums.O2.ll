; ModuleID = 'complex_nums.c'
source_filename = "complex_nums.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@re = internal global double 7.500000e-01, align 8
@im = internal global double -1.250000e+00, align 8
@.str = private unnamed_addr constant [4 x i8] c"mul\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"div\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"conj\00", align 1
@.str.3 = private unnamed_addr constant [21 x i8] c"abs %.17g arg %.17g\0A\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"exp\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"sqrt\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"log\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"pow\00", align 1
@.str.8 = private unnamed_addr constant [5 x i8] c"prod\00", align 1
@.str.9 = private unnamed_addr constant [17 x i8] c"float %.9g %.9g\0A\00", align 1
@.str.10 = private unnamed_addr constant [23 x i8] c"ldouble %.21Lg %.21Lg\0A\00", align 1
@.str.11 = private unnamed_addr constant [16 x i8] c"%s %.17g %.17g\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca { double, double }, align 8
  %3 = alloca { double, double }, align 8
  %4 = alloca { double, double }, align 8
  %5 = alloca { double, double }, align 8
  %6 = alloca { double, double }, align 8
  %7 = alloca { double, double }, align 8
  %8 = alloca { double, double }, align 8
  %9 = alloca { double, double }, align 8
  %10 = alloca { double, double }, align 8
  %11 = alloca { double, double }, align 8
  %12 = alloca { double, double }, align 8
  %13 = alloca { double, double }, align 8
  %14 = alloca { double, double }, align 8
  %15 = alloca { double, double }, align 8
  %16 = alloca { double, double }, align 8
  %17 = alloca { double, double }, align 8
  %18 = alloca { double, double }, align 8
  %19 = alloca i32, align 4
  %20 = alloca { double, double }, align 8
  %21 = alloca { float, float }, align 4
  %22 = alloca { float, float }, align 4
  %23 = alloca { float, float }, align 4
  %24 = alloca { x86_fp80, x86_fp80 }, align 16
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5, !dbg !17
  %25 = load volatile double, ptr @re, align 8, !dbg !18, !tbaa !19
  %26 = load volatile double, ptr @im, align 8, !dbg !21, !tbaa !19
  %27 = fmul double %26, 0.000000e+00, !dbg !22
  %28 = fmul double %26, 1.000000e+00, !dbg !23
  %29 = fadd double %25, %27, !dbg !24
  %30 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !25
  %31 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !25
  store double %29, ptr %30, align 8, !dbg !26
  store double %28, ptr %31, align 8, !dbg !26
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !17
  %32 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 0, !dbg !27
  %33 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 1, !dbg !27
  store double 2.000000e+00, ptr %32, align 8, !dbg !28
  store double -5.000000e-01, ptr %33, align 8, !dbg !28
  %34 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !29
  %35 = load double, ptr %34, align 8, !dbg !29
  %36 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !29
  %37 = load double, ptr %36, align 8, !dbg !29
  %38 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 0, !dbg !30
  %39 = load double, ptr %38, align 8, !dbg !30
  %40 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 1, !dbg !30
  %41 = load double, ptr %40, align 8, !dbg !30
  %42 = fmul double %35, %39, !dbg !31
  %43 = fmul double %37, %41, !dbg !31
  %44 = fmul double %35, %41, !dbg !31
  %45 = fmul double %37, %39, !dbg !31
  %46 = fsub double %42, %43, !dbg !31
  %47 = fadd double %44, %45, !dbg !31
  %48 = fcmp uno double %46, %46, !dbg !31
  br i1 %48, label %49, label %55, !dbg !31, !prof !32

49:                                               ; preds = %0
  %50 = fcmp uno double %47, %47, !dbg !31
  br i1 %50, label %51, label %55, !dbg !31, !prof !32

51:                                               ; preds = %49
  %52 = call { double, double } @__muldc3(double noundef %35, double noundef %37, double noundef %39, double noundef %41) #5, !dbg !31
  %53 = extractvalue { double, double } %52, 0, !dbg !31
  %54 = extractvalue { double, double } %52, 1, !dbg !31
  br label %55, !dbg !31

55:                                               ; preds = %51, %49, %0
  %56 = phi double [ %46, %0 ], [ %46, %49 ], [ %53, %51 ], !dbg !31
  %57 = phi double [ %47, %0 ], [ %47, %49 ], [ %54, %51 ], !dbg !31
  %58 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 0, !dbg !33
  %59 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 1, !dbg !33
  store double %56, ptr %58, align 8, !dbg !33
  store double %57, ptr %59, align 8, !dbg !33
  %60 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 0, !dbg !33
  %61 = load double, ptr %60, align 8, !dbg !33
  %62 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 1, !dbg !33
  %63 = load double, ptr %62, align 8, !dbg !33
  call void @show(ptr noundef @.str, double noundef %61, double noundef %63), !dbg !33
  %64 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !34
  %65 = load double, ptr %64, align 8, !dbg !34
  %66 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !34
  %67 = load double, ptr %66, align 8, !dbg !34
  %68 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 0, !dbg !35
  %69 = load double, ptr %68, align 8, !dbg !35
  %70 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 1, !dbg !35
  %71 = load double, ptr %70, align 8, !dbg !35
  %72 = call { double, double } @__divdc3(double noundef %65, double noundef %67, double noundef %69, double noundef %71) #5, !dbg !36
  %73 = extractvalue { double, double } %72, 0, !dbg !36
  %74 = extractvalue { double, double } %72, 1, !dbg !36
  %75 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 0, !dbg !37
  %76 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 1, !dbg !37
  store double %73, ptr %75, align 8, !dbg !37
  store double %74, ptr %76, align 8, !dbg !37
  %77 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 0, !dbg !37
  %78 = load double, ptr %77, align 8, !dbg !37
  %79 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 1, !dbg !37
  %80 = load double, ptr %79, align 8, !dbg !37
  call void @show(ptr noundef @.str.1, double noundef %78, double noundef %80), !dbg !37
  %81 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !38
  %82 = load double, ptr %81, align 8, !dbg !38
  %83 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !38
  %84 = load double, ptr %83, align 8, !dbg !38
  %85 = fneg double %84, !dbg !39
  %86 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 0, !dbg !40
  %87 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 1, !dbg !40
  store double %82, ptr %86, align 8, !dbg !40
  store double %85, ptr %87, align 8, !dbg !40
  %88 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 0, !dbg !40
  %89 = load double, ptr %88, align 8, !dbg !40
  %90 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 1, !dbg !40
  %91 = load double, ptr %90, align 8, !dbg !40
  call void @show(ptr noundef @.str.2, double noundef %89, double noundef %91), !dbg !40
  %92 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !41
  %93 = load double, ptr %92, align 8, !dbg !41
  %94 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !41
  %95 = load double, ptr %94, align 8, !dbg !41
  %96 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 0, !dbg !42
  %97 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 1, !dbg !42
  store double %93, ptr %96, align 8, !dbg !42
  store double %95, ptr %97, align 8, !dbg !42
  %98 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 0, !dbg !42
  %99 = load double, ptr %98, align 8, !dbg !42
  %100 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 1, !dbg !42
  %101 = load double, ptr %100, align 8, !dbg !42
  %102 = call double @cabs(double noundef %99, double noundef %101) #5, !dbg !42, !tbaa !9
  %103 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !43
  %104 = load double, ptr %103, align 8, !dbg !43
  %105 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !43
  %106 = load double, ptr %105, align 8, !dbg !43
  %107 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 0, !dbg !44
  %108 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 1, !dbg !44
  store double %104, ptr %107, align 8, !dbg !44
  store double %106, ptr %108, align 8, !dbg !44
  %109 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 0, !dbg !44
  %110 = load double, ptr %109, align 8, !dbg !44
  %111 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 1, !dbg !44
  %112 = load double, ptr %111, align 8, !dbg !44
  %113 = call double @carg(double noundef %110, double noundef %112) #5, !dbg !44, !tbaa !9
  %114 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %102, double noundef %113), !dbg !45
  %115 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !46
  %116 = load double, ptr %115, align 8, !dbg !46
  %117 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !46
  %118 = load double, ptr %117, align 8, !dbg !46
  %119 = getelementptr inbounds nuw { double, double }, ptr %9, i32 0, i32 0, !dbg !47
  %120 = getelementptr inbounds nuw { double, double }, ptr %9, i32 0, i32 1, !dbg !47
  store double %116, ptr %119, align 8, !dbg !47
  store double %118, ptr %120, align 8, !dbg !47
  %121 = getelementptr inbounds nuw { double, double }, ptr %9, i32 0, i32 0, !dbg !47
  %122 = load double, ptr %121, align 8, !dbg !47
  %123 = getelementptr inbounds nuw { double, double }, ptr %9, i32 0, i32 1, !dbg !47
  %124 = load double, ptr %123, align 8, !dbg !47
  %125 = call { double, double } @cexp(double noundef %122, double noundef %124) #5, !dbg !47
  %126 = extractvalue { double, double } %125, 0, !dbg !47
  %127 = extractvalue { double, double } %125, 1, !dbg !47
  %128 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 0, !dbg !48
  %129 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 1, !dbg !48
  store double %126, ptr %128, align 8, !dbg !48
  store double %127, ptr %129, align 8, !dbg !48
  %130 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 0, !dbg !48
  %131 = load double, ptr %130, align 8, !dbg !48
  %132 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 1, !dbg !48
  %133 = load double, ptr %132, align 8, !dbg !48
  call void @show(ptr noundef @.str.4, double noundef %131, double noundef %133), !dbg !48
  %134 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !49
  %135 = load double, ptr %134, align 8, !dbg !49
  %136 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !49
  %137 = load double, ptr %136, align 8, !dbg !49
  %138 = getelementptr inbounds nuw { double, double }, ptr %11, i32 0, i32 0, !dbg !50
  %139 = getelementptr inbounds nuw { double, double }, ptr %11, i32 0, i32 1, !dbg !50
  store double %135, ptr %138, align 8, !dbg !50
  store double %137, ptr %139, align 8, !dbg !50
  %140 = getelementptr inbounds nuw { double, double }, ptr %11, i32 0, i32 0, !dbg !50
  %141 = load double, ptr %140, align 8, !dbg !50
  %142 = getelementptr inbounds nuw { double, double }, ptr %11, i32 0, i32 1, !dbg !50
  %143 = load double, ptr %142, align 8, !dbg !50
  %144 = call { double, double } @csqrt(double noundef %141, double noundef %143) #5, !dbg !50
  %145 = extractvalue { double, double } %144, 0, !dbg !50
  %146 = extractvalue { double, double } %144, 1, !dbg !50
  %147 = getelementptr inbounds nuw { double, double }, ptr %12, i32 0, i32 0, !dbg !51
  %148 = getelementptr inbounds nuw { double, double }, ptr %12, i32 0, i32 1, !dbg !51
  store double %145, ptr %147, align 8, !dbg !51
  store double %146, ptr %148, align 8, !dbg !51
  %149 = getelementptr inbounds nuw { double, double }, ptr %12, i32 0, i32 0, !dbg !51
  %150 = load double, ptr %149, align 8, !dbg !51
  %151 = getelementptr inbounds nuw { double, double }, ptr %12, i32 0, i32 1, !dbg !51
  %152 = load double, ptr %151, align 8, !dbg !51
  call void @show(ptr noundef @.str.5, double noundef %150, double noundef %152), !dbg !51
  %153 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 0, !dbg !52
  %154 = load double, ptr %153, align 8, !dbg !52
  %155 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 1, !dbg !52
  %156 = load double, ptr %155, align 8, !dbg !52
  %157 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 0, !dbg !53
  %158 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 1, !dbg !53
  store double %154, ptr %157, align 8, !dbg !53
  store double %156, ptr %158, align 8, !dbg !53
  %159 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 0, !dbg !53
  %160 = load double, ptr %159, align 8, !dbg !53
  %161 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 1, !dbg !53
  %162 = load double, ptr %161, align 8, !dbg !53
  %163 = call { double, double } @clog(double noundef %160, double noundef %162) #5, !dbg !53
  %164 = extractvalue { double, double } %163, 0, !dbg !53
  %165 = extractvalue { double, double } %163, 1, !dbg !53
  %166 = getelementptr inbounds nuw { double, double }, ptr %14, i32 0, i32 0, !dbg !54
  %167 = getelementptr inbounds nuw { double, double }, ptr %14, i32 0, i32 1, !dbg !54
  store double %164, ptr %166, align 8, !dbg !54
  store double %165, ptr %167, align 8, !dbg !54
  %168 = getelementptr inbounds nuw { double, double }, ptr %14, i32 0, i32 0, !dbg !54
  %169 = load double, ptr %168, align 8, !dbg !54
  %170 = getelementptr inbounds nuw { double, double }, ptr %14, i32 0, i32 1, !dbg !54
  %171 = load double, ptr %170, align 8, !dbg !54
  call void @show(ptr noundef @.str.6, double noundef %169, double noundef %171), !dbg !54
  %172 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !55
  %173 = load double, ptr %172, align 8, !dbg !55
  %174 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !55
  %175 = load double, ptr %174, align 8, !dbg !55
  %176 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 0, !dbg !56
  %177 = load double, ptr %176, align 8, !dbg !56
  %178 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 1, !dbg !56
  %179 = load double, ptr %178, align 8, !dbg !56
  %180 = getelementptr inbounds nuw { double, double }, ptr %15, i32 0, i32 0, !dbg !57
  %181 = getelementptr inbounds nuw { double, double }, ptr %15, i32 0, i32 1, !dbg !57
  store double %173, ptr %180, align 8, !dbg !57
  store double %175, ptr %181, align 8, !dbg !57
  %182 = getelementptr inbounds nuw { double, double }, ptr %15, i32 0, i32 0, !dbg !57
  %183 = load double, ptr %182, align 8, !dbg !57
  %184 = getelementptr inbounds nuw { double, double }, ptr %15, i32 0, i32 1, !dbg !57
  %185 = load double, ptr %184, align 8, !dbg !57
  %186 = getelementptr inbounds nuw { double, double }, ptr %16, i32 0, i32 0, !dbg !57
  %187 = getelementptr inbounds nuw { double, double }, ptr %16, i32 0, i32 1, !dbg !57
  store double %177, ptr %186, align 8, !dbg !57
  store double %179, ptr %187, align 8, !dbg !57
  %188 = getelementptr inbounds nuw { double, double }, ptr %16, i32 0, i32 0, !dbg !57
  %189 = load double, ptr %188, align 8, !dbg !57
  %190 = getelementptr inbounds nuw { double, double }, ptr %16, i32 0, i32 1, !dbg !57
  %191 = load double, ptr %190, align 8, !dbg !57
  %192 = call { double, double } @cpow(double noundef %183, double noundef %185, double noundef %189, double noundef %191) #5, !dbg !57
  %193 = extractvalue { double, double } %192, 0, !dbg !57
  %194 = extractvalue { double, double } %192, 1, !dbg !57
  %195 = getelementptr inbounds nuw { double, double }, ptr %17, i32 0, i32 0, !dbg !58
  %196 = getelementptr inbounds nuw { double, double }, ptr %17, i32 0, i32 1, !dbg !58
  store double %193, ptr %195, align 8, !dbg !58
  store double %194, ptr %196, align 8, !dbg !58
  %197 = getelementptr inbounds nuw { double, double }, ptr %17, i32 0, i32 0, !dbg !58
  %198 = load double, ptr %197, align 8, !dbg !58
  %199 = getelementptr inbounds nuw { double, double }, ptr %17, i32 0, i32 1, !dbg !58
  %200 = load double, ptr %199, align 8, !dbg !58
  call void @show(ptr noundef @.str.7, double noundef %198, double noundef %200), !dbg !58
  call void @llvm.lifetime.start.p0(ptr %18) #5, !dbg !59
  %201 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 0, !dbg !60
  %202 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 1, !dbg !60
  store double 1.000000e+00, ptr %201, align 8, !dbg !61
  store double 0.000000e+00, ptr %202, align 8, !dbg !61
  call void @llvm.lifetime.start.p0(ptr %19) #5, !dbg !62
  store i32 0, ptr %19, align 4, !dbg !63, !tbaa !9
  br label %203, !dbg !62

203:                                              ; preds = %240, %55
  %204 = load i32, ptr %19, align 4, !dbg !64, !tbaa !9
  %205 = icmp slt i32 %204, 12, !dbg !65
  br i1 %205, label %207, label %206, !dbg !66

206:                                              ; preds = %203
  call void @llvm.lifetime.end.p0(ptr %19) #5, !dbg !67
  br label %243

207:                                              ; preds = %203
  %208 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 0, !dbg !68
  %209 = load double, ptr %208, align 8, !dbg !68
  %210 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 1, !dbg !68
  %211 = load double, ptr %210, align 8, !dbg !68
  %212 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !69
  %213 = load double, ptr %212, align 8, !dbg !69
  %214 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !69
  %215 = load double, ptr %214, align 8, !dbg !69
  %216 = load i32, ptr %19, align 4, !dbg !70, !tbaa !9
  %217 = sitofp i32 %216 to double, !dbg !70
  %218 = fadd double %217, 1.000000e+00, !dbg !71
  %219 = fdiv double %213, %218, !dbg !72
  %220 = fdiv double %215, %218, !dbg !72
  %221 = fadd double 1.000000e+00, %219, !dbg !73
  %222 = fmul double %209, %221, !dbg !74
  %223 = fmul double %211, %220, !dbg !74
  %224 = fmul double %209, %220, !dbg !74
  %225 = fmul double %211, %221, !dbg !74
  %226 = fsub double %222, %223, !dbg !74
  %227 = fadd double %224, %225, !dbg !74
  %228 = fcmp uno double %226, %226, !dbg !74
  br i1 %228, label %229, label %235, !dbg !74, !prof !32

229:                                              ; preds = %207
  %230 = fcmp uno double %227, %227, !dbg !74
  br i1 %230, label %231, label %235, !dbg !74, !prof !32

231:                                              ; preds = %229
  %232 = call { double, double } @__muldc3(double noundef %209, double noundef %211, double noundef %221, double noundef %220) #5, !dbg !74
  %233 = extractvalue { double, double } %232, 0, !dbg !74
  %234 = extractvalue { double, double } %232, 1, !dbg !74
  br label %235, !dbg !74

235:                                              ; preds = %231, %229, %207
  %236 = phi double [ %226, %207 ], [ %226, %229 ], [ %233, %231 ], !dbg !75
  %237 = phi double [ %227, %207 ], [ %227, %229 ], [ %234, %231 ], !dbg !75
  %238 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 0, !dbg !76
  %239 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 1, !dbg !76
  store double %236, ptr %238, align 8, !dbg !77
  store double %237, ptr %239, align 8, !dbg !77
  br label %240, !dbg !78

240:                                              ; preds = %235
  %241 = load i32, ptr %19, align 4, !dbg !79, !tbaa !9
  %242 = add nsw i32 %241, 1, !dbg !80
  store i32 %242, ptr %19, align 4, !dbg !81, !tbaa !9
  br label %203, !dbg !67, !llvm.loop !82

243:                                              ; preds = %206
  %244 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 0, !dbg !85
  %245 = load double, ptr %244, align 8, !dbg !85
  %246 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 1, !dbg !85
  %247 = load double, ptr %246, align 8, !dbg !85
  %248 = getelementptr inbounds nuw { double, double }, ptr %20, i32 0, i32 0, !dbg !86
  %249 = getelementptr inbounds nuw { double, double }, ptr %20, i32 0, i32 1, !dbg !86
  store double %245, ptr %248, align 8, !dbg !86
  store double %247, ptr %249, align 8, !dbg !86
  %250 = getelementptr inbounds nuw { double, double }, ptr %20, i32 0, i32 0, !dbg !86
  %251 = load double, ptr %250, align 8, !dbg !86
  %252 = getelementptr inbounds nuw { double, double }, ptr %20, i32 0, i32 1, !dbg !86
  %253 = load double, ptr %252, align 8, !dbg !86
  call void @show(ptr noundef @.str.8, double noundef %251, double noundef %253), !dbg !86
  call void @llvm.lifetime.start.p0(ptr %21) #5, !dbg !87
  %254 = load volatile double, ptr @re, align 8, !dbg !88, !tbaa !19
  %255 = fptrunc double %254 to float, !dbg !89
  %256 = load volatile double, ptr @im, align 8, !dbg !90, !tbaa !19
  %257 = fptrunc double %256 to float, !dbg !91
  %258 = fmul float %257, 0.000000e+00, !dbg !92
  %259 = fmul float %257, 1.000000e+00, !dbg !93
  %260 = fadd float %255, %258, !dbg !94
  %261 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 0, !dbg !95
  %262 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 1, !dbg !95
  store float %260, ptr %261, align 4, !dbg !96
  store float %259, ptr %262, align 4, !dbg !96
  %263 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 0, !dbg !97
  %264 = load float, ptr %263, align 4, !dbg !97
  %265 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 1, !dbg !97
  %266 = load float, ptr %265, align 4, !dbg !97
  %267 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 0, !dbg !98
  %268 = load float, ptr %267, align 4, !dbg !98
  %269 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 1, !dbg !98
  %270 = load float, ptr %269, align 4, !dbg !98
  %271 = fmul float %264, %268, !dbg !99
  %272 = fmul float %266, %270, !dbg !99
  %273 = fmul float %264, %270, !dbg !99
  %274 = fmul float %266, %268, !dbg !99
  %275 = fsub float %271, %272, !dbg !99
  %276 = fadd float %273, %274, !dbg !99
  %277 = fcmp uno float %275, %275, !dbg !99
  br i1 %277, label %278, label %286, !dbg !99, !prof !32

278:                                              ; preds = %243
  %279 = fcmp uno float %276, %276, !dbg !99
  br i1 %279, label %280, label %286, !dbg !99, !prof !32

280:                                              ; preds = %278
  %281 = call <2 x float> @__mulsc3(float noundef %264, float noundef %266, float noundef %268, float noundef %270) #5, !dbg !100
  store <2 x float> %281, ptr %22, align 4, !dbg !101
  %282 = getelementptr inbounds nuw { float, float }, ptr %22, i32 0, i32 0, !dbg !99
  %283 = load float, ptr %282, align 4, !dbg !99
  %284 = getelementptr inbounds nuw { float, float }, ptr %22, i32 0, i32 1, !dbg !99
  %285 = load float, ptr %284, align 4, !dbg !99
  br label %286, !dbg !99

286:                                              ; preds = %280, %278, %243
  %287 = phi float [ %275, %243 ], [ %275, %278 ], [ %283, %280 ], !dbg !99
  %288 = phi float [ %276, %243 ], [ %276, %278 ], [ %285, %280 ], !dbg !99
  %289 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 0, !dbg !102
  %290 = load float, ptr %289, align 4, !dbg !102
  %291 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 1, !dbg !102
  %292 = load float, ptr %291, align 4, !dbg !102
  %293 = fadd float 1.000000e+00, %290, !dbg !103
  %294 = call <2 x float> @__divsc3(float noundef %287, float noundef %288, float noundef %293, float noundef %292) #5, !dbg !104
  store <2 x float> %294, ptr %23, align 4, !dbg !105
  %295 = getelementptr inbounds nuw { float, float }, ptr %23, i32 0, i32 0, !dbg !106
  %296 = load float, ptr %295, align 4, !dbg !104
  %297 = getelementptr inbounds nuw { float, float }, ptr %23, i32 0, i32 1, !dbg !106
  %298 = load float, ptr %297, align 4, !dbg !104
  %299 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 0, !dbg !107
  %300 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 1, !dbg !107
  store float %296, ptr %299, align 4, !dbg !108
  store float %298, ptr %300, align 4, !dbg !108
  %301 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 0, !dbg !109
  %302 = load float, ptr %301, align 4, !dbg !109
  %303 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 1, !dbg !109
  %304 = load float, ptr %303, align 4, !dbg !109
  %305 = fpext float %302 to double, !dbg !110
  %306 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 0, !dbg !111
  %307 = load float, ptr %306, align 4, !dbg !111
  %308 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 1, !dbg !111
  %309 = load float, ptr %308, align 4, !dbg !111
  %310 = fpext float %309 to double, !dbg !112
  %311 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef %305, double noundef %310), !dbg !113
  call void @llvm.lifetime.start.p0(ptr %24) #5, !dbg !114
  %312 = load volatile double, ptr @re, align 8, !dbg !115, !tbaa !19
  %313 = fpext double %312 to x86_fp80, !dbg !116
  %314 = load volatile double, ptr @im, align 8, !dbg !117, !tbaa !19
  %315 = fpext double %314 to x86_fp80, !dbg !118
  %316 = fmul x86_fp80 %315, 0xK00000000000000000000, !dbg !119
  %317 = fmul x86_fp80 %315, 0xK3FFF8000000000000000, !dbg !120
  %318 = fadd x86_fp80 %313, %316, !dbg !121
  %319 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 0, !dbg !122
  %320 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 1, !dbg !122
  store x86_fp80 %318, ptr %319, align 16, !dbg !123
  store x86_fp80 %317, ptr %320, align 16, !dbg !123
  %321 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 0, !dbg !124
  %322 = load x86_fp80, ptr %321, align 16, !dbg !124
  %323 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 1, !dbg !124
  %324 = load x86_fp80, ptr %323, align 16, !dbg !124
  %325 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 0, !dbg !125
  %326 = load x86_fp80, ptr %325, align 16, !dbg !125
  %327 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 1, !dbg !125
  %328 = load x86_fp80, ptr %327, align 16, !dbg !125
  %329 = fmul x86_fp80 %322, %326, !dbg !126
  %330 = fmul x86_fp80 %324, %328, !dbg !126
  %331 = fmul x86_fp80 %322, %328, !dbg !126
  %332 = fmul x86_fp80 %324, %326, !dbg !126
  %333 = fsub x86_fp80 %329, %330, !dbg !126
  %334 = fadd x86_fp80 %331, %332, !dbg !126
  %335 = fcmp uno x86_fp80 %333, %333, !dbg !126
  br i1 %335, label %336, label %342, !dbg !126, !prof !32

336:                                              ; preds = %286
  %337 = fcmp uno x86_fp80 %334, %334, !dbg !126
  br i1 %337, label %338, label %342, !dbg !126, !prof !32

338:                                              ; preds = %336
  %339 = call { x86_fp80, x86_fp80 } @__mulxc3(x86_fp80 noundef %322, x86_fp80 noundef %324, x86_fp80 noundef %326, x86_fp80 noundef %328) #5, !dbg !126
  %340 = extractvalue { x86_fp80, x86_fp80 } %339, 0, !dbg !126
  %341 = extractvalue { x86_fp80, x86_fp80 } %339, 1, !dbg !126
  br label %342, !dbg !126

342:                                              ; preds = %338, %336, %286
  %343 = phi x86_fp80 [ %333, %286 ], [ %333, %336 ], [ %340, %338 ], !dbg !127
  %344 = phi x86_fp80 [ %334, %286 ], [ %334, %336 ], [ %341, %338 ], !dbg !127
  %345 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 0, !dbg !128
  %346 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 1, !dbg !128
  store x86_fp80 %343, ptr %345, align 16, !dbg !129
  store x86_fp80 %344, ptr %346, align 16, !dbg !129
  %347 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 0, !dbg !130
  %348 = load x86_fp80, ptr %347, align 16, !dbg !130
  %349 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 1, !dbg !130
  %350 = load x86_fp80, ptr %349, align 16, !dbg !130
  %351 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 0, !dbg !131
  %352 = load x86_fp80, ptr %351, align 16, !dbg !131
  %353 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 1, !dbg !131
  %354 = load x86_fp80, ptr %353, align 16, !dbg !131
  %355 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, x86_fp80 noundef %348, x86_fp80 noundef %354), !dbg !132
  call void @llvm.lifetime.end.p0(ptr %24) #5, !dbg !133
  call void @llvm.lifetime.end.p0(ptr %21) #5, !dbg !133
  call void @llvm.lifetime.end.p0(ptr %18) #5, !dbg !133
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !133
  call void @llvm.lifetime.end.p0(ptr %2) #5, !dbg !133
  ret i32 0, !dbg !134
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal void @show(ptr noundef %0, double noundef %1, double noundef %2) #2 !dbg !135 {
  %4 = alloca { double, double }, align 8
  %5 = alloca ptr, align 8
  %6 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 0
  store double %1, ptr %6, align 8
  %7 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 1
  store double %2, ptr %7, align 8
  store ptr %0, ptr %5, align 8, !tbaa !136
  %8 = load ptr, ptr %5, align 8, !dbg !139, !tbaa !136
  %9 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 0, !dbg !140
  %10 = load double, ptr %9, align 8, !dbg !140
  %11 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 1, !dbg !140
  %12 = load double, ptr %11, align 8, !dbg !140
  %13 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 0, !dbg !141
  %14 = load double, ptr %13, align 8, !dbg !141
  %15 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 1, !dbg !141
  %16 = load double, ptr %15, align 8, !dbg !141
  %17 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %8, double noundef %10, double noundef %16), !dbg !142
  ret void, !dbg !143
}

declare { double, double } @__muldc3(double, double, double, double)

declare { double, double } @__divdc3(double, double, double, double)

declare !dbg !144 i32 @printf(ptr noundef, ...) #3

; Function Attrs: nounwind
declare !dbg !146 double @cabs(double noundef, double noundef) #4

; Function Attrs: nounwind
declare !dbg !148 double @carg(double noundef, double noundef) #4

; Function Attrs: nounwind
declare !dbg !149 { double, double } @cexp(double noundef, double noundef) #4

; Function Attrs: nounwind
declare !dbg !150 { double, double } @csqrt(double noundef, double noundef) #4

; Function Attrs: nounwind
declare !dbg !151 { double, double } @clog(double noundef, double noundef) #4

; Function Attrs: nounwind
declare !dbg !152 { double, double } @cpow(double noundef, double noundef, double noundef, double noundef) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare <2 x float> @__mulsc3(float, float, float, float)

declare <2 x float> @__divsc3(float, float, float, float)

declare { x86_fp80, x86_fp80 } @__mulxc3(x86_fp80, x86_fp80, x86_fp80, x86_fp80)

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "complex_nums.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 9, type: !15, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "complex_nums.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 10, column: 5, scope: !13)
!18 = !DILocation(line: 10, column: 24, scope: !13)
!19 = !{!20, !20, i64 0}
!20 = !{!"double", !11, i64 0}
!21 = !DILocation(line: 10, column: 29, scope: !13)
!22 = !DILocation(line: 10, column: 32, scope: !13)
!23 = !DILocation(line: 10, column: 32, scope: !13, atomGroup: 1, atomRank: 2)
!24 = !DILocation(line: 10, column: 27, scope: !13, atomGroup: 1, atomRank: 2)
!25 = !DILocation(line: 10, column: 20, scope: !13)
!26 = !DILocation(line: 10, column: 20, scope: !13, atomGroup: 1, atomRank: 1)
!27 = !DILocation(line: 10, column: 37, scope: !13)
!28 = !DILocation(line: 10, column: 37, scope: !13, atomGroup: 2, atomRank: 1)
!29 = !DILocation(line: 11, column: 17, scope: !13)
!30 = !DILocation(line: 11, column: 21, scope: !13)
!31 = !DILocation(line: 11, column: 19, scope: !13)
!32 = !{!"branch_weights", i32 1, i32 1048575}
!33 = !DILocation(line: 11, column: 5, scope: !13)
!34 = !DILocation(line: 12, column: 17, scope: !13)
!35 = !DILocation(line: 12, column: 21, scope: !13)
!36 = !DILocation(line: 12, column: 19, scope: !13)
!37 = !DILocation(line: 12, column: 5, scope: !13)
!38 = !DILocation(line: 13, column: 23, scope: !13)
!39 = !DILocation(line: 13, column: 18, scope: !13)
!40 = !DILocation(line: 13, column: 5, scope: !13)
!41 = !DILocation(line: 14, column: 42, scope: !13)
!42 = !DILocation(line: 14, column: 37, scope: !13)
!43 = !DILocation(line: 14, column: 51, scope: !13)
!44 = !DILocation(line: 14, column: 46, scope: !13)
!45 = !DILocation(line: 14, column: 5, scope: !13)
!46 = !DILocation(line: 15, column: 22, scope: !13)
!47 = !DILocation(line: 15, column: 17, scope: !13)
!48 = !DILocation(line: 15, column: 5, scope: !13)
!49 = !DILocation(line: 16, column: 24, scope: !13)
!50 = !DILocation(line: 16, column: 18, scope: !13)
!51 = !DILocation(line: 16, column: 5, scope: !13)
!52 = !DILocation(line: 17, column: 22, scope: !13)
!53 = !DILocation(line: 17, column: 17, scope: !13)
!54 = !DILocation(line: 17, column: 5, scope: !13)
!55 = !DILocation(line: 18, column: 22, scope: !13)
!56 = !DILocation(line: 18, column: 25, scope: !13)
!57 = !DILocation(line: 18, column: 17, scope: !13)
!58 = !DILocation(line: 18, column: 5, scope: !13)
!59 = !DILocation(line: 19, column: 5, scope: !13)
!60 = !DILocation(line: 19, column: 20, scope: !13)
!61 = !DILocation(line: 19, column: 20, scope: !13, atomGroup: 3, atomRank: 1)
!62 = !DILocation(line: 20, column: 10, scope: !13)
!63 = !DILocation(line: 20, column: 14, scope: !13, atomGroup: 4, atomRank: 1)
!64 = !DILocation(line: 20, column: 21, scope: !13)
!65 = !DILocation(line: 20, column: 23, scope: !13, atomGroup: 5, atomRank: 1)
!66 = !DILocation(line: 20, column: 5, scope: !13, atomGroup: 6, atomRank: 1)
!67 = !DILocation(line: 20, column: 5, scope: !13)
!68 = !DILocation(line: 20, column: 40, scope: !13)
!69 = !DILocation(line: 20, column: 53, scope: !13)
!70 = !DILocation(line: 20, column: 58, scope: !13)
!71 = !DILocation(line: 20, column: 60, scope: !13)
!72 = !DILocation(line: 20, column: 55, scope: !13)
!73 = !DILocation(line: 20, column: 51, scope: !13)
!74 = !DILocation(line: 20, column: 44, scope: !13)
!75 = !DILocation(line: 20, column: 44, scope: !13, atomGroup: 7, atomRank: 2)
!76 = !DILocation(line: 20, column: 38, scope: !13)
!77 = !DILocation(line: 20, column: 38, scope: !13, atomGroup: 7, atomRank: 1)
!78 = !DILocation(line: 20, column: 34, scope: !13, atomGroup: 9, atomRank: 1)
!79 = !DILocation(line: 20, column: 30, scope: !13)
!80 = !DILocation(line: 20, column: 30, scope: !13, atomGroup: 8, atomRank: 2)
!81 = !DILocation(line: 20, column: 30, scope: !13, atomGroup: 8, atomRank: 1)
!82 = distinct !{!82, !67, !83, !84}
!83 = !DILocation(line: 20, column: 66, scope: !13)
!84 = !{!"llvm.loop.mustprogress"}
!85 = !DILocation(line: 21, column: 18, scope: !13)
!86 = !DILocation(line: 21, column: 5, scope: !13)
!87 = !DILocation(line: 22, column: 5, scope: !13)
!88 = !DILocation(line: 22, column: 31, scope: !13)
!89 = !DILocation(line: 22, column: 24, scope: !13)
!90 = !DILocation(line: 22, column: 43, scope: !13)
!91 = !DILocation(line: 22, column: 36, scope: !13)
!92 = !DILocation(line: 22, column: 46, scope: !13)
!93 = !DILocation(line: 22, column: 46, scope: !13, atomGroup: 10, atomRank: 2)
!94 = !DILocation(line: 22, column: 34, scope: !13, atomGroup: 10, atomRank: 2)
!95 = !DILocation(line: 22, column: 19, scope: !13)
!96 = !DILocation(line: 22, column: 19, scope: !13, atomGroup: 10, atomRank: 1)
!97 = !DILocation(line: 23, column: 10, scope: !13)
!98 = !DILocation(line: 23, column: 15, scope: !13)
!99 = !DILocation(line: 23, column: 13, scope: !13)
!100 = !DILocation(line: 23, column: 13, scope: !13, atomGroup: 11, atomRank: 2)
!101 = !DILocation(line: 23, column: 13, scope: !13, atomGroup: 11, atomRank: 1)
!102 = !DILocation(line: 23, column: 28, scope: !13)
!103 = !DILocation(line: 23, column: 26, scope: !13)
!104 = !DILocation(line: 23, column: 18, scope: !13, atomGroup: 11, atomRank: 2)
!105 = !DILocation(line: 23, column: 18, scope: !13, atomGroup: 11, atomRank: 1)
!106 = !DILocation(line: 23, column: 18, scope: !13)
!107 = !DILocation(line: 23, column: 8, scope: !13)
!108 = !DILocation(line: 23, column: 8, scope: !13, atomGroup: 11, atomRank: 1)
!109 = !DILocation(line: 24, column: 48, scope: !13)
!110 = !DILocation(line: 24, column: 33, scope: !13)
!111 = !DILocation(line: 24, column: 68, scope: !13)
!112 = !DILocation(line: 24, column: 53, scope: !13)
!113 = !DILocation(line: 24, column: 5, scope: !13)
!114 = !DILocation(line: 25, column: 5, scope: !13)
!115 = !DILocation(line: 25, column: 43, scope: !13)
!116 = !DILocation(line: 25, column: 30, scope: !13)
!117 = !DILocation(line: 25, column: 61, scope: !13)
!118 = !DILocation(line: 25, column: 48, scope: !13)
!119 = !DILocation(line: 25, column: 64, scope: !13)
!120 = !DILocation(line: 25, column: 64, scope: !13, atomGroup: 12, atomRank: 2)
!121 = !DILocation(line: 25, column: 46, scope: !13, atomGroup: 12, atomRank: 2)
!122 = !DILocation(line: 25, column: 25, scope: !13)
!123 = !DILocation(line: 25, column: 25, scope: !13, atomGroup: 12, atomRank: 1)
!124 = !DILocation(line: 26, column: 10, scope: !13)
!125 = !DILocation(line: 26, column: 15, scope: !13)
!126 = !DILocation(line: 26, column: 13, scope: !13)
!127 = !DILocation(line: 26, column: 13, scope: !13, atomGroup: 13, atomRank: 2)
!128 = !DILocation(line: 26, column: 8, scope: !13)
!129 = !DILocation(line: 26, column: 8, scope: !13, atomGroup: 13, atomRank: 1)
!130 = !DILocation(line: 27, column: 46, scope: !13)
!131 = !DILocation(line: 27, column: 58, scope: !13)
!132 = !DILocation(line: 27, column: 5, scope: !13)
!133 = !DILocation(line: 29, column: 1, scope: !13)
!134 = !DILocation(line: 28, column: 5, scope: !13, atomGroup: 15, atomRank: 1)
!135 = distinct !DISubprogram(name: "show", scope: !14, file: !14, line: 7, type: !15, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!136 = !{!137, !137, i64 0}
!137 = !{!"p1 omnipotent char", !138, i64 0}
!138 = !{!"any pointer", !11, i64 0}
!139 = !DILocation(line: 7, column: 82, scope: !135)
!140 = !DILocation(line: 7, column: 93, scope: !135)
!141 = !DILocation(line: 7, column: 103, scope: !135)
!142 = !DILocation(line: 7, column: 55, scope: !135)
!143 = !DILocation(line: 7, column: 108, scope: !135, atomGroup: 1, atomRank: 1)
!144 = !DISubprogram(name: "printf", scope: !145, file: !145, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!145 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!146 = !DISubprogram(name: "cabs", scope: !147, file: !147, line: 112, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!147 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/cmathcalls.h", directory: "")
!148 = !DISubprogram(name: "carg", scope: !147, file: !147, line: 115, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!149 = !DISubprogram(name: "cexp", scope: !147, file: !147, line: 89, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!150 = !DISubprogram(name: "csqrt", scope: !147, file: !147, line: 106, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!151 = !DISubprogram(name: "clog", scope: !147, file: !147, line: 92, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!152 = !DISubprogram(name: "cpow", scope: !147, file: !147, line: 103, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
