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

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
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
  %25 = load volatile double, ptr @re, align 8, !dbg !13
  %26 = load volatile double, ptr @im, align 8, !dbg !14
  %27 = fmul double %26, 0.000000e+00, !dbg !15
  %28 = fmul double %26, 1.000000e+00, !dbg !15
  %29 = fadd double %25, %27, !dbg !16
  %30 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !17
  %31 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !17
  store double %29, ptr %30, align 8, !dbg !17
  store double %28, ptr %31, align 8, !dbg !17
  %32 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 0, !dbg !18
  %33 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 1, !dbg !18
  store double 2.000000e+00, ptr %32, align 8, !dbg !18
  store double -5.000000e-01, ptr %33, align 8, !dbg !18
  %34 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !19
  %35 = load double, ptr %34, align 8, !dbg !19
  %36 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !19
  %37 = load double, ptr %36, align 8, !dbg !19
  %38 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 0, !dbg !20
  %39 = load double, ptr %38, align 8, !dbg !20
  %40 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 1, !dbg !20
  %41 = load double, ptr %40, align 8, !dbg !20
  %42 = fmul double %35, %39, !dbg !21
  %43 = fmul double %37, %41, !dbg !21
  %44 = fmul double %35, %41, !dbg !21
  %45 = fmul double %37, %39, !dbg !21
  %46 = fsub double %42, %43, !dbg !21
  %47 = fadd double %44, %45, !dbg !21
  %48 = fcmp uno double %46, %46, !dbg !21
  br i1 %48, label %49, label %55, !dbg !21, !prof !22

49:                                               ; preds = %0
  %50 = fcmp uno double %47, %47, !dbg !21
  br i1 %50, label %51, label %55, !dbg !21, !prof !22

51:                                               ; preds = %49
  %52 = call { double, double } @__muldc3(double noundef %35, double noundef %37, double noundef %39, double noundef %41) #4, !dbg !21
  %53 = extractvalue { double, double } %52, 0, !dbg !21
  %54 = extractvalue { double, double } %52, 1, !dbg !21
  br label %55, !dbg !21

55:                                               ; preds = %51, %49, %0
  %56 = phi double [ %46, %0 ], [ %46, %49 ], [ %53, %51 ], !dbg !21
  %57 = phi double [ %47, %0 ], [ %47, %49 ], [ %54, %51 ], !dbg !21
  %58 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 0, !dbg !23
  %59 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 1, !dbg !23
  store double %56, ptr %58, align 8, !dbg !23
  store double %57, ptr %59, align 8, !dbg !23
  %60 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 0, !dbg !23
  %61 = load double, ptr %60, align 8, !dbg !23
  %62 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 1, !dbg !23
  %63 = load double, ptr %62, align 8, !dbg !23
  call void @show(ptr noundef @.str, double noundef %61, double noundef %63), !dbg !23
  %64 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !24
  %65 = load double, ptr %64, align 8, !dbg !24
  %66 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !24
  %67 = load double, ptr %66, align 8, !dbg !24
  %68 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 0, !dbg !25
  %69 = load double, ptr %68, align 8, !dbg !25
  %70 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 1, !dbg !25
  %71 = load double, ptr %70, align 8, !dbg !25
  %72 = call { double, double } @__divdc3(double noundef %65, double noundef %67, double noundef %69, double noundef %71) #4, !dbg !26
  %73 = extractvalue { double, double } %72, 0, !dbg !26
  %74 = extractvalue { double, double } %72, 1, !dbg !26
  %75 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 0, !dbg !27
  %76 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 1, !dbg !27
  store double %73, ptr %75, align 8, !dbg !27
  store double %74, ptr %76, align 8, !dbg !27
  %77 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 0, !dbg !27
  %78 = load double, ptr %77, align 8, !dbg !27
  %79 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 1, !dbg !27
  %80 = load double, ptr %79, align 8, !dbg !27
  call void @show(ptr noundef @.str.1, double noundef %78, double noundef %80), !dbg !27
  %81 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !28
  %82 = load double, ptr %81, align 8, !dbg !28
  %83 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !28
  %84 = load double, ptr %83, align 8, !dbg !28
  %85 = fneg double %84, !dbg !29
  %86 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 0, !dbg !30
  %87 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 1, !dbg !30
  store double %82, ptr %86, align 8, !dbg !30
  store double %85, ptr %87, align 8, !dbg !30
  %88 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 0, !dbg !30
  %89 = load double, ptr %88, align 8, !dbg !30
  %90 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 1, !dbg !30
  %91 = load double, ptr %90, align 8, !dbg !30
  call void @show(ptr noundef @.str.2, double noundef %89, double noundef %91), !dbg !30
  %92 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !31
  %93 = load double, ptr %92, align 8, !dbg !31
  %94 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !31
  %95 = load double, ptr %94, align 8, !dbg !31
  %96 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 0, !dbg !32
  %97 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 1, !dbg !32
  store double %93, ptr %96, align 8, !dbg !32
  store double %95, ptr %97, align 8, !dbg !32
  %98 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 0, !dbg !32
  %99 = load double, ptr %98, align 8, !dbg !32
  %100 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 1, !dbg !32
  %101 = load double, ptr %100, align 8, !dbg !32
  %102 = call double @cabs(double noundef %99, double noundef %101) #4, !dbg !32
  %103 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !33
  %104 = load double, ptr %103, align 8, !dbg !33
  %105 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !33
  %106 = load double, ptr %105, align 8, !dbg !33
  %107 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 0, !dbg !34
  %108 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 1, !dbg !34
  store double %104, ptr %107, align 8, !dbg !34
  store double %106, ptr %108, align 8, !dbg !34
  %109 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 0, !dbg !34
  %110 = load double, ptr %109, align 8, !dbg !34
  %111 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 1, !dbg !34
  %112 = load double, ptr %111, align 8, !dbg !34
  %113 = call double @carg(double noundef %110, double noundef %112) #4, !dbg !34
  %114 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %102, double noundef %113), !dbg !35
  %115 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !36
  %116 = load double, ptr %115, align 8, !dbg !36
  %117 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !36
  %118 = load double, ptr %117, align 8, !dbg !36
  %119 = getelementptr inbounds nuw { double, double }, ptr %9, i32 0, i32 0, !dbg !37
  %120 = getelementptr inbounds nuw { double, double }, ptr %9, i32 0, i32 1, !dbg !37
  store double %116, ptr %119, align 8, !dbg !37
  store double %118, ptr %120, align 8, !dbg !37
  %121 = getelementptr inbounds nuw { double, double }, ptr %9, i32 0, i32 0, !dbg !37
  %122 = load double, ptr %121, align 8, !dbg !37
  %123 = getelementptr inbounds nuw { double, double }, ptr %9, i32 0, i32 1, !dbg !37
  %124 = load double, ptr %123, align 8, !dbg !37
  %125 = call { double, double } @cexp(double noundef %122, double noundef %124) #4, !dbg !37
  %126 = extractvalue { double, double } %125, 0, !dbg !37
  %127 = extractvalue { double, double } %125, 1, !dbg !37
  %128 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 0, !dbg !38
  %129 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 1, !dbg !38
  store double %126, ptr %128, align 8, !dbg !38
  store double %127, ptr %129, align 8, !dbg !38
  %130 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 0, !dbg !38
  %131 = load double, ptr %130, align 8, !dbg !38
  %132 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 1, !dbg !38
  %133 = load double, ptr %132, align 8, !dbg !38
  call void @show(ptr noundef @.str.4, double noundef %131, double noundef %133), !dbg !38
  %134 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !39
  %135 = load double, ptr %134, align 8, !dbg !39
  %136 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !39
  %137 = load double, ptr %136, align 8, !dbg !39
  %138 = getelementptr inbounds nuw { double, double }, ptr %11, i32 0, i32 0, !dbg !40
  %139 = getelementptr inbounds nuw { double, double }, ptr %11, i32 0, i32 1, !dbg !40
  store double %135, ptr %138, align 8, !dbg !40
  store double %137, ptr %139, align 8, !dbg !40
  %140 = getelementptr inbounds nuw { double, double }, ptr %11, i32 0, i32 0, !dbg !40
  %141 = load double, ptr %140, align 8, !dbg !40
  %142 = getelementptr inbounds nuw { double, double }, ptr %11, i32 0, i32 1, !dbg !40
  %143 = load double, ptr %142, align 8, !dbg !40
  %144 = call { double, double } @csqrt(double noundef %141, double noundef %143) #4, !dbg !40
  %145 = extractvalue { double, double } %144, 0, !dbg !40
  %146 = extractvalue { double, double } %144, 1, !dbg !40
  %147 = getelementptr inbounds nuw { double, double }, ptr %12, i32 0, i32 0, !dbg !41
  %148 = getelementptr inbounds nuw { double, double }, ptr %12, i32 0, i32 1, !dbg !41
  store double %145, ptr %147, align 8, !dbg !41
  store double %146, ptr %148, align 8, !dbg !41
  %149 = getelementptr inbounds nuw { double, double }, ptr %12, i32 0, i32 0, !dbg !41
  %150 = load double, ptr %149, align 8, !dbg !41
  %151 = getelementptr inbounds nuw { double, double }, ptr %12, i32 0, i32 1, !dbg !41
  %152 = load double, ptr %151, align 8, !dbg !41
  call void @show(ptr noundef @.str.5, double noundef %150, double noundef %152), !dbg !41
  %153 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 0, !dbg !42
  %154 = load double, ptr %153, align 8, !dbg !42
  %155 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 1, !dbg !42
  %156 = load double, ptr %155, align 8, !dbg !42
  %157 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 0, !dbg !43
  %158 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 1, !dbg !43
  store double %154, ptr %157, align 8, !dbg !43
  store double %156, ptr %158, align 8, !dbg !43
  %159 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 0, !dbg !43
  %160 = load double, ptr %159, align 8, !dbg !43
  %161 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 1, !dbg !43
  %162 = load double, ptr %161, align 8, !dbg !43
  %163 = call { double, double } @clog(double noundef %160, double noundef %162) #4, !dbg !43
  %164 = extractvalue { double, double } %163, 0, !dbg !43
  %165 = extractvalue { double, double } %163, 1, !dbg !43
  %166 = getelementptr inbounds nuw { double, double }, ptr %14, i32 0, i32 0, !dbg !44
  %167 = getelementptr inbounds nuw { double, double }, ptr %14, i32 0, i32 1, !dbg !44
  store double %164, ptr %166, align 8, !dbg !44
  store double %165, ptr %167, align 8, !dbg !44
  %168 = getelementptr inbounds nuw { double, double }, ptr %14, i32 0, i32 0, !dbg !44
  %169 = load double, ptr %168, align 8, !dbg !44
  %170 = getelementptr inbounds nuw { double, double }, ptr %14, i32 0, i32 1, !dbg !44
  %171 = load double, ptr %170, align 8, !dbg !44
  call void @show(ptr noundef @.str.6, double noundef %169, double noundef %171), !dbg !44
  %172 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !45
  %173 = load double, ptr %172, align 8, !dbg !45
  %174 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !45
  %175 = load double, ptr %174, align 8, !dbg !45
  %176 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 0, !dbg !46
  %177 = load double, ptr %176, align 8, !dbg !46
  %178 = getelementptr inbounds nuw { double, double }, ptr %3, i32 0, i32 1, !dbg !46
  %179 = load double, ptr %178, align 8, !dbg !46
  %180 = getelementptr inbounds nuw { double, double }, ptr %15, i32 0, i32 0, !dbg !47
  %181 = getelementptr inbounds nuw { double, double }, ptr %15, i32 0, i32 1, !dbg !47
  store double %173, ptr %180, align 8, !dbg !47
  store double %175, ptr %181, align 8, !dbg !47
  %182 = getelementptr inbounds nuw { double, double }, ptr %15, i32 0, i32 0, !dbg !47
  %183 = load double, ptr %182, align 8, !dbg !47
  %184 = getelementptr inbounds nuw { double, double }, ptr %15, i32 0, i32 1, !dbg !47
  %185 = load double, ptr %184, align 8, !dbg !47
  %186 = getelementptr inbounds nuw { double, double }, ptr %16, i32 0, i32 0, !dbg !47
  %187 = getelementptr inbounds nuw { double, double }, ptr %16, i32 0, i32 1, !dbg !47
  store double %177, ptr %186, align 8, !dbg !47
  store double %179, ptr %187, align 8, !dbg !47
  %188 = getelementptr inbounds nuw { double, double }, ptr %16, i32 0, i32 0, !dbg !47
  %189 = load double, ptr %188, align 8, !dbg !47
  %190 = getelementptr inbounds nuw { double, double }, ptr %16, i32 0, i32 1, !dbg !47
  %191 = load double, ptr %190, align 8, !dbg !47
  %192 = call { double, double } @cpow(double noundef %183, double noundef %185, double noundef %189, double noundef %191) #4, !dbg !47
  %193 = extractvalue { double, double } %192, 0, !dbg !47
  %194 = extractvalue { double, double } %192, 1, !dbg !47
  %195 = getelementptr inbounds nuw { double, double }, ptr %17, i32 0, i32 0, !dbg !48
  %196 = getelementptr inbounds nuw { double, double }, ptr %17, i32 0, i32 1, !dbg !48
  store double %193, ptr %195, align 8, !dbg !48
  store double %194, ptr %196, align 8, !dbg !48
  %197 = getelementptr inbounds nuw { double, double }, ptr %17, i32 0, i32 0, !dbg !48
  %198 = load double, ptr %197, align 8, !dbg !48
  %199 = getelementptr inbounds nuw { double, double }, ptr %17, i32 0, i32 1, !dbg !48
  %200 = load double, ptr %199, align 8, !dbg !48
  call void @show(ptr noundef @.str.7, double noundef %198, double noundef %200), !dbg !48
  %201 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 0, !dbg !49
  %202 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 1, !dbg !49
  store double 1.000000e+00, ptr %201, align 8, !dbg !49
  store double 0.000000e+00, ptr %202, align 8, !dbg !49
  store i32 0, ptr %19, align 4, !dbg !50
  br label %203, !dbg !51

203:                                              ; preds = %239, %55
  %204 = load i32, ptr %19, align 4, !dbg !52
  %205 = icmp slt i32 %204, 12, !dbg !53
  br i1 %205, label %206, label %242, !dbg !54

206:                                              ; preds = %203
  %207 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 0, !dbg !55
  %208 = load double, ptr %207, align 8, !dbg !55
  %209 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 1, !dbg !55
  %210 = load double, ptr %209, align 8, !dbg !55
  %211 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !56
  %212 = load double, ptr %211, align 8, !dbg !56
  %213 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !56
  %214 = load double, ptr %213, align 8, !dbg !56
  %215 = load i32, ptr %19, align 4, !dbg !57
  %216 = sitofp i32 %215 to double, !dbg !57
  %217 = fadd double %216, 1.000000e+00, !dbg !58
  %218 = fdiv double %212, %217, !dbg !59
  %219 = fdiv double %214, %217, !dbg !59
  %220 = fadd double 1.000000e+00, %218, !dbg !60
  %221 = fmul double %208, %220, !dbg !61
  %222 = fmul double %210, %219, !dbg !61
  %223 = fmul double %208, %219, !dbg !61
  %224 = fmul double %210, %220, !dbg !61
  %225 = fsub double %221, %222, !dbg !61
  %226 = fadd double %223, %224, !dbg !61
  %227 = fcmp uno double %225, %225, !dbg !61
  br i1 %227, label %228, label %234, !dbg !61, !prof !22

228:                                              ; preds = %206
  %229 = fcmp uno double %226, %226, !dbg !61
  br i1 %229, label %230, label %234, !dbg !61, !prof !22

230:                                              ; preds = %228
  %231 = call { double, double } @__muldc3(double noundef %208, double noundef %210, double noundef %220, double noundef %219) #4, !dbg !61
  %232 = extractvalue { double, double } %231, 0, !dbg !61
  %233 = extractvalue { double, double } %231, 1, !dbg !61
  br label %234, !dbg !61

234:                                              ; preds = %230, %228, %206
  %235 = phi double [ %225, %206 ], [ %225, %228 ], [ %232, %230 ], !dbg !61
  %236 = phi double [ %226, %206 ], [ %226, %228 ], [ %233, %230 ], !dbg !61
  %237 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 0, !dbg !62
  %238 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 1, !dbg !62
  store double %235, ptr %237, align 8, !dbg !62
  store double %236, ptr %238, align 8, !dbg !62
  br label %239, !dbg !63

239:                                              ; preds = %234
  %240 = load i32, ptr %19, align 4, !dbg !64
  %241 = add nsw i32 %240, 1, !dbg !64
  store i32 %241, ptr %19, align 4, !dbg !64
  br label %203, !dbg !54, !llvm.loop !65

242:                                              ; preds = %203
  %243 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 0, !dbg !68
  %244 = load double, ptr %243, align 8, !dbg !68
  %245 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 1, !dbg !68
  %246 = load double, ptr %245, align 8, !dbg !68
  %247 = getelementptr inbounds nuw { double, double }, ptr %20, i32 0, i32 0, !dbg !69
  %248 = getelementptr inbounds nuw { double, double }, ptr %20, i32 0, i32 1, !dbg !69
  store double %244, ptr %247, align 8, !dbg !69
  store double %246, ptr %248, align 8, !dbg !69
  %249 = getelementptr inbounds nuw { double, double }, ptr %20, i32 0, i32 0, !dbg !69
  %250 = load double, ptr %249, align 8, !dbg !69
  %251 = getelementptr inbounds nuw { double, double }, ptr %20, i32 0, i32 1, !dbg !69
  %252 = load double, ptr %251, align 8, !dbg !69
  call void @show(ptr noundef @.str.8, double noundef %250, double noundef %252), !dbg !69
  %253 = load volatile double, ptr @re, align 8, !dbg !70
  %254 = fptrunc double %253 to float, !dbg !71
  %255 = load volatile double, ptr @im, align 8, !dbg !72
  %256 = fptrunc double %255 to float, !dbg !73
  %257 = fmul float %256, 0.000000e+00, !dbg !74
  %258 = fmul float %256, 1.000000e+00, !dbg !74
  %259 = fadd float %254, %257, !dbg !75
  %260 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 0, !dbg !76
  %261 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 1, !dbg !76
  store float %259, ptr %260, align 4, !dbg !76
  store float %258, ptr %261, align 4, !dbg !76
  %262 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 0, !dbg !77
  %263 = load float, ptr %262, align 4, !dbg !77
  %264 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 1, !dbg !77
  %265 = load float, ptr %264, align 4, !dbg !77
  %266 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 0, !dbg !78
  %267 = load float, ptr %266, align 4, !dbg !78
  %268 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 1, !dbg !78
  %269 = load float, ptr %268, align 4, !dbg !78
  %270 = fmul float %263, %267, !dbg !79
  %271 = fmul float %265, %269, !dbg !79
  %272 = fmul float %263, %269, !dbg !79
  %273 = fmul float %265, %267, !dbg !79
  %274 = fsub float %270, %271, !dbg !79
  %275 = fadd float %272, %273, !dbg !79
  %276 = fcmp uno float %274, %274, !dbg !79
  br i1 %276, label %277, label %285, !dbg !79, !prof !22

277:                                              ; preds = %242
  %278 = fcmp uno float %275, %275, !dbg !79
  br i1 %278, label %279, label %285, !dbg !79, !prof !22

279:                                              ; preds = %277
  %280 = call <2 x float> @__mulsc3(float noundef %263, float noundef %265, float noundef %267, float noundef %269) #4, !dbg !79
  store <2 x float> %280, ptr %22, align 4, !dbg !79
  %281 = getelementptr inbounds nuw { float, float }, ptr %22, i32 0, i32 0, !dbg !79
  %282 = load float, ptr %281, align 4, !dbg !79
  %283 = getelementptr inbounds nuw { float, float }, ptr %22, i32 0, i32 1, !dbg !79
  %284 = load float, ptr %283, align 4, !dbg !79
  br label %285, !dbg !79

285:                                              ; preds = %279, %277, %242
  %286 = phi float [ %274, %242 ], [ %274, %277 ], [ %282, %279 ], !dbg !79
  %287 = phi float [ %275, %242 ], [ %275, %277 ], [ %284, %279 ], !dbg !79
  %288 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 0, !dbg !80
  %289 = load float, ptr %288, align 4, !dbg !80
  %290 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 1, !dbg !80
  %291 = load float, ptr %290, align 4, !dbg !80
  %292 = fadd float 1.000000e+00, %289, !dbg !81
  %293 = call <2 x float> @__divsc3(float noundef %286, float noundef %287, float noundef %292, float noundef %291) #4, !dbg !82
  store <2 x float> %293, ptr %23, align 4, !dbg !82
  %294 = getelementptr inbounds nuw { float, float }, ptr %23, i32 0, i32 0, !dbg !82
  %295 = load float, ptr %294, align 4, !dbg !82
  %296 = getelementptr inbounds nuw { float, float }, ptr %23, i32 0, i32 1, !dbg !82
  %297 = load float, ptr %296, align 4, !dbg !82
  %298 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 0, !dbg !83
  %299 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 1, !dbg !83
  store float %295, ptr %298, align 4, !dbg !83
  store float %297, ptr %299, align 4, !dbg !83
  %300 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 0, !dbg !84
  %301 = load float, ptr %300, align 4, !dbg !84
  %302 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 1, !dbg !84
  %303 = load float, ptr %302, align 4, !dbg !84
  %304 = fpext float %301 to double, !dbg !85
  %305 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 0, !dbg !86
  %306 = load float, ptr %305, align 4, !dbg !86
  %307 = getelementptr inbounds nuw { float, float }, ptr %21, i32 0, i32 1, !dbg !86
  %308 = load float, ptr %307, align 4, !dbg !86
  %309 = fpext float %308 to double, !dbg !87
  %310 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef %304, double noundef %309), !dbg !88
  %311 = load volatile double, ptr @re, align 8, !dbg !89
  %312 = fpext double %311 to x86_fp80, !dbg !90
  %313 = load volatile double, ptr @im, align 8, !dbg !91
  %314 = fpext double %313 to x86_fp80, !dbg !92
  %315 = fmul x86_fp80 %314, 0xK00000000000000000000, !dbg !93
  %316 = fmul x86_fp80 %314, 0xK3FFF8000000000000000, !dbg !93
  %317 = fadd x86_fp80 %312, %315, !dbg !94
  %318 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 0, !dbg !95
  %319 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 1, !dbg !95
  store x86_fp80 %317, ptr %318, align 16, !dbg !95
  store x86_fp80 %316, ptr %319, align 16, !dbg !95
  %320 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 0, !dbg !96
  %321 = load x86_fp80, ptr %320, align 16, !dbg !96
  %322 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 1, !dbg !96
  %323 = load x86_fp80, ptr %322, align 16, !dbg !96
  %324 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 0, !dbg !97
  %325 = load x86_fp80, ptr %324, align 16, !dbg !97
  %326 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 1, !dbg !97
  %327 = load x86_fp80, ptr %326, align 16, !dbg !97
  %328 = fmul x86_fp80 %321, %325, !dbg !98
  %329 = fmul x86_fp80 %323, %327, !dbg !98
  %330 = fmul x86_fp80 %321, %327, !dbg !98
  %331 = fmul x86_fp80 %323, %325, !dbg !98
  %332 = fsub x86_fp80 %328, %329, !dbg !98
  %333 = fadd x86_fp80 %330, %331, !dbg !98
  %334 = fcmp uno x86_fp80 %332, %332, !dbg !98
  br i1 %334, label %335, label %341, !dbg !98, !prof !22

335:                                              ; preds = %285
  %336 = fcmp uno x86_fp80 %333, %333, !dbg !98
  br i1 %336, label %337, label %341, !dbg !98, !prof !22

337:                                              ; preds = %335
  %338 = call { x86_fp80, x86_fp80 } @__mulxc3(x86_fp80 noundef %321, x86_fp80 noundef %323, x86_fp80 noundef %325, x86_fp80 noundef %327) #4, !dbg !98
  %339 = extractvalue { x86_fp80, x86_fp80 } %338, 0, !dbg !98
  %340 = extractvalue { x86_fp80, x86_fp80 } %338, 1, !dbg !98
  br label %341, !dbg !98

341:                                              ; preds = %337, %335, %285
  %342 = phi x86_fp80 [ %332, %285 ], [ %332, %335 ], [ %339, %337 ], !dbg !98
  %343 = phi x86_fp80 [ %333, %285 ], [ %333, %335 ], [ %340, %337 ], !dbg !98
  %344 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 0, !dbg !99
  %345 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 1, !dbg !99
  store x86_fp80 %342, ptr %344, align 16, !dbg !99
  store x86_fp80 %343, ptr %345, align 16, !dbg !99
  %346 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 0, !dbg !100
  %347 = load x86_fp80, ptr %346, align 16, !dbg !100
  %348 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 1, !dbg !100
  %349 = load x86_fp80, ptr %348, align 16, !dbg !100
  %350 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 0, !dbg !101
  %351 = load x86_fp80, ptr %350, align 16, !dbg !101
  %352 = getelementptr inbounds nuw { x86_fp80, x86_fp80 }, ptr %24, i32 0, i32 1, !dbg !101
  %353 = load x86_fp80, ptr %352, align 16, !dbg !101
  %354 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, x86_fp80 noundef %347, x86_fp80 noundef %353), !dbg !102
  ret i32 0, !dbg !103
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @show(ptr noundef %0, double noundef %1, double noundef %2) #1 !dbg !104 {
  %4 = alloca { double, double }, align 8
  %5 = alloca ptr, align 8
  %6 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 0
  store double %1, ptr %6, align 8
  %7 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 1
  store double %2, ptr %7, align 8
  store ptr %0, ptr %5, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !105
  %9 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 0, !dbg !106
  %10 = load double, ptr %9, align 8, !dbg !106
  %11 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 1, !dbg !106
  %12 = load double, ptr %11, align 8, !dbg !106
  %13 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 0, !dbg !107
  %14 = load double, ptr %13, align 8, !dbg !107
  %15 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 1, !dbg !107
  %16 = load double, ptr %15, align 8, !dbg !107
  %17 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %8, double noundef %10, double noundef %16), !dbg !108
  ret void, !dbg !109
}

declare { double, double } @__muldc3(double, double, double, double)

declare { double, double } @__divdc3(double, double, double, double)

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind
declare double @cabs(double noundef, double noundef) #3

; Function Attrs: nounwind
declare double @carg(double noundef, double noundef) #3

; Function Attrs: nounwind
declare { double, double } @cexp(double noundef, double noundef) #3

; Function Attrs: nounwind
declare { double, double } @csqrt(double noundef, double noundef) #3

; Function Attrs: nounwind
declare { double, double } @clog(double noundef, double noundef) #3

; Function Attrs: nounwind
declare { double, double } @cpow(double noundef, double noundef, double noundef, double noundef) #3

declare <2 x float> @__mulsc3(float, float, float, float)

declare <2 x float> @__divsc3(float, float, float, float)

declare { x86_fp80, x86_fp80 } @__mulxc3(x86_fp80, x86_fp80, x86_fp80, x86_fp80)

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "complex_nums.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 9, type: !11, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "complex_nums.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 10, column: 24, scope: !9)
!14 = !DILocation(line: 10, column: 29, scope: !9)
!15 = !DILocation(line: 10, column: 32, scope: !9)
!16 = !DILocation(line: 10, column: 27, scope: !9)
!17 = !DILocation(line: 10, column: 20, scope: !9)
!18 = !DILocation(line: 10, column: 37, scope: !9)
!19 = !DILocation(line: 11, column: 17, scope: !9)
!20 = !DILocation(line: 11, column: 21, scope: !9)
!21 = !DILocation(line: 11, column: 19, scope: !9)
!22 = !{!"branch_weights", i32 1, i32 1048575}
!23 = !DILocation(line: 11, column: 5, scope: !9)
!24 = !DILocation(line: 12, column: 17, scope: !9)
!25 = !DILocation(line: 12, column: 21, scope: !9)
!26 = !DILocation(line: 12, column: 19, scope: !9)
!27 = !DILocation(line: 12, column: 5, scope: !9)
!28 = !DILocation(line: 13, column: 23, scope: !9)
!29 = !DILocation(line: 13, column: 18, scope: !9)
!30 = !DILocation(line: 13, column: 5, scope: !9)
!31 = !DILocation(line: 14, column: 42, scope: !9)
!32 = !DILocation(line: 14, column: 37, scope: !9)
!33 = !DILocation(line: 14, column: 51, scope: !9)
!34 = !DILocation(line: 14, column: 46, scope: !9)
!35 = !DILocation(line: 14, column: 5, scope: !9)
!36 = !DILocation(line: 15, column: 22, scope: !9)
!37 = !DILocation(line: 15, column: 17, scope: !9)
!38 = !DILocation(line: 15, column: 5, scope: !9)
!39 = !DILocation(line: 16, column: 24, scope: !9)
!40 = !DILocation(line: 16, column: 18, scope: !9)
!41 = !DILocation(line: 16, column: 5, scope: !9)
!42 = !DILocation(line: 17, column: 22, scope: !9)
!43 = !DILocation(line: 17, column: 17, scope: !9)
!44 = !DILocation(line: 17, column: 5, scope: !9)
!45 = !DILocation(line: 18, column: 22, scope: !9)
!46 = !DILocation(line: 18, column: 25, scope: !9)
!47 = !DILocation(line: 18, column: 17, scope: !9)
!48 = !DILocation(line: 18, column: 5, scope: !9)
!49 = !DILocation(line: 19, column: 20, scope: !9)
!50 = !DILocation(line: 20, column: 14, scope: !9)
!51 = !DILocation(line: 20, column: 10, scope: !9)
!52 = !DILocation(line: 20, column: 21, scope: !9)
!53 = !DILocation(line: 20, column: 23, scope: !9)
!54 = !DILocation(line: 20, column: 5, scope: !9)
!55 = !DILocation(line: 20, column: 40, scope: !9)
!56 = !DILocation(line: 20, column: 53, scope: !9)
!57 = !DILocation(line: 20, column: 58, scope: !9)
!58 = !DILocation(line: 20, column: 60, scope: !9)
!59 = !DILocation(line: 20, column: 55, scope: !9)
!60 = !DILocation(line: 20, column: 51, scope: !9)
!61 = !DILocation(line: 20, column: 44, scope: !9)
!62 = !DILocation(line: 20, column: 38, scope: !9)
!63 = !DILocation(line: 20, column: 34, scope: !9)
!64 = !DILocation(line: 20, column: 30, scope: !9)
!65 = distinct !{!65, !54, !66, !67}
!66 = !DILocation(line: 20, column: 66, scope: !9)
!67 = !{!"llvm.loop.mustprogress"}
!68 = !DILocation(line: 21, column: 18, scope: !9)
!69 = !DILocation(line: 21, column: 5, scope: !9)
!70 = !DILocation(line: 22, column: 31, scope: !9)
!71 = !DILocation(line: 22, column: 24, scope: !9)
!72 = !DILocation(line: 22, column: 43, scope: !9)
!73 = !DILocation(line: 22, column: 36, scope: !9)
!74 = !DILocation(line: 22, column: 46, scope: !9)
!75 = !DILocation(line: 22, column: 34, scope: !9)
!76 = !DILocation(line: 22, column: 19, scope: !9)
!77 = !DILocation(line: 23, column: 10, scope: !9)
!78 = !DILocation(line: 23, column: 15, scope: !9)
!79 = !DILocation(line: 23, column: 13, scope: !9)
!80 = !DILocation(line: 23, column: 28, scope: !9)
!81 = !DILocation(line: 23, column: 26, scope: !9)
!82 = !DILocation(line: 23, column: 18, scope: !9)
!83 = !DILocation(line: 23, column: 8, scope: !9)
!84 = !DILocation(line: 24, column: 48, scope: !9)
!85 = !DILocation(line: 24, column: 33, scope: !9)
!86 = !DILocation(line: 24, column: 68, scope: !9)
!87 = !DILocation(line: 24, column: 53, scope: !9)
!88 = !DILocation(line: 24, column: 5, scope: !9)
!89 = !DILocation(line: 25, column: 43, scope: !9)
!90 = !DILocation(line: 25, column: 30, scope: !9)
!91 = !DILocation(line: 25, column: 61, scope: !9)
!92 = !DILocation(line: 25, column: 48, scope: !9)
!93 = !DILocation(line: 25, column: 64, scope: !9)
!94 = !DILocation(line: 25, column: 46, scope: !9)
!95 = !DILocation(line: 25, column: 25, scope: !9)
!96 = !DILocation(line: 26, column: 10, scope: !9)
!97 = !DILocation(line: 26, column: 15, scope: !9)
!98 = !DILocation(line: 26, column: 13, scope: !9)
!99 = !DILocation(line: 26, column: 8, scope: !9)
!100 = !DILocation(line: 27, column: 46, scope: !9)
!101 = !DILocation(line: 27, column: 58, scope: !9)
!102 = !DILocation(line: 27, column: 5, scope: !9)
!103 = !DILocation(line: 28, column: 5, scope: !9)
!104 = distinct !DISubprogram(name: "show", scope: !10, file: !10, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!105 = !DILocation(line: 7, column: 82, scope: !104)
!106 = !DILocation(line: 7, column: 93, scope: !104)
!107 = !DILocation(line: 7, column: 103, scope: !104)
!108 = !DILocation(line: 7, column: 55, scope: !104)
!109 = !DILocation(line: 7, column: 108, scope: !104)
