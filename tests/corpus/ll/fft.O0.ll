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

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
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
  store i32 0, ptr %2, align 4, !dbg !13
  br label %17, !dbg !14

17:                                               ; preds = %41, %0
  %18 = load i32, ptr %2, align 4, !dbg !15
  %19 = icmp slt i32 %18, 256, !dbg !16
  br i1 %19, label %20, label %44, !dbg !17

20:                                               ; preds = %17
  %21 = load i32, ptr %2, align 4, !dbg !18
  %22 = sitofp i32 %21 to double, !dbg !18
  %23 = fmul double 0x403F6A7A2955385E, %22, !dbg !19
  %24 = fdiv double %23, 2.560000e+02, !dbg !20
  %25 = call double @sin(double noundef %24) #4, !dbg !21
  %26 = load i32, ptr %2, align 4, !dbg !22
  %27 = sitofp i32 %26 to double, !dbg !22
  %28 = fmul double 0x4052D97C7F3321D2, %27, !dbg !23
  %29 = fdiv double %28, 2.560000e+02, !dbg !24
  %30 = call double @cos(double noundef %29) #4, !dbg !25
  %31 = call double @llvm.fmuladd.f64(double 5.000000e-01, double %30, double %25), !dbg !26
  %32 = load i32, ptr %2, align 4, !dbg !27
  %33 = srem i32 %32, 7, !dbg !28
  %34 = sitofp i32 %33 to double, !dbg !29
  %35 = call double @llvm.fmuladd.f64(double %34, double 1.000000e-02, double %31), !dbg !30
  %36 = load i32, ptr %2, align 4, !dbg !31
  %37 = sext i32 %36 to i64, !dbg !32
  %38 = getelementptr inbounds [256 x { double, double }], ptr @main.x, i64 0, i64 %37, !dbg !32
  %39 = getelementptr inbounds nuw { double, double }, ptr %38, i32 0, i32 0, !dbg !33
  %40 = getelementptr inbounds nuw { double, double }, ptr %38, i32 0, i32 1, !dbg !33
  store double %35, ptr %39, align 16, !dbg !33
  store double 0.000000e+00, ptr %40, align 8, !dbg !33
  br label %41, !dbg !32

41:                                               ; preds = %20
  %42 = load i32, ptr %2, align 4, !dbg !34
  %43 = add nsw i32 %42, 1, !dbg !34
  store i32 %43, ptr %2, align 4, !dbg !34
  br label %17, !dbg !17, !llvm.loop !35

44:                                               ; preds = %17
  store i32 0, ptr %3, align 4, !dbg !38
  br label %45, !dbg !39

45:                                               ; preds = %61, %44
  %46 = load i32, ptr %3, align 4, !dbg !40
  %47 = icmp slt i32 %46, 256, !dbg !41
  br i1 %47, label %48, label %64, !dbg !42

48:                                               ; preds = %45
  %49 = load i32, ptr %3, align 4, !dbg !43
  %50 = sext i32 %49 to i64, !dbg !44
  %51 = getelementptr inbounds [256 x { double, double }], ptr @main.x, i64 0, i64 %50, !dbg !44
  %52 = getelementptr inbounds nuw { double, double }, ptr %51, i32 0, i32 0, !dbg !44
  %53 = load double, ptr %52, align 16, !dbg !44
  %54 = getelementptr inbounds nuw { double, double }, ptr %51, i32 0, i32 1, !dbg !44
  %55 = load double, ptr %54, align 8, !dbg !44
  %56 = load i32, ptr %3, align 4, !dbg !45
  %57 = sext i32 %56 to i64, !dbg !46
  %58 = getelementptr inbounds [256 x { double, double }], ptr @main.y, i64 0, i64 %57, !dbg !46
  %59 = getelementptr inbounds nuw { double, double }, ptr %58, i32 0, i32 0, !dbg !47
  %60 = getelementptr inbounds nuw { double, double }, ptr %58, i32 0, i32 1, !dbg !47
  store double %53, ptr %59, align 16, !dbg !47
  store double %55, ptr %60, align 8, !dbg !47
  br label %61, !dbg !46

61:                                               ; preds = %48
  %62 = load i32, ptr %3, align 4, !dbg !48
  %63 = add nsw i32 %62, 1, !dbg !48
  store i32 %63, ptr %3, align 4, !dbg !48
  br label %45, !dbg !42, !llvm.loop !49

64:                                               ; preds = %45
  call void @fft(ptr noundef @main.y, i32 noundef 256, i32 noundef 0), !dbg !51
  store i32 0, ptr %4, align 4, !dbg !52
  store i32 1, ptr %5, align 4, !dbg !53
  br label %65, !dbg !54

65:                                               ; preds = %101, %64
  %66 = load i32, ptr %5, align 4, !dbg !55
  %67 = icmp slt i32 %66, 128, !dbg !56
  br i1 %67, label %68, label %104, !dbg !57

68:                                               ; preds = %65
  %69 = load i32, ptr %5, align 4, !dbg !58
  %70 = sext i32 %69 to i64, !dbg !59
  %71 = getelementptr inbounds [256 x { double, double }], ptr @main.y, i64 0, i64 %70, !dbg !59
  %72 = getelementptr inbounds nuw { double, double }, ptr %71, i32 0, i32 0, !dbg !59
  %73 = load double, ptr %72, align 16, !dbg !59
  %74 = getelementptr inbounds nuw { double, double }, ptr %71, i32 0, i32 1, !dbg !59
  %75 = load double, ptr %74, align 8, !dbg !59
  %76 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 0, !dbg !60
  %77 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 1, !dbg !60
  store double %73, ptr %76, align 8, !dbg !60
  store double %75, ptr %77, align 8, !dbg !60
  %78 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 0, !dbg !60
  %79 = load double, ptr %78, align 8, !dbg !60
  %80 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 1, !dbg !60
  %81 = load double, ptr %80, align 8, !dbg !60
  %82 = call double @cabs(double noundef %79, double noundef %81) #4, !dbg !60
  %83 = load i32, ptr %4, align 4, !dbg !61
  %84 = sext i32 %83 to i64, !dbg !62
  %85 = getelementptr inbounds [256 x { double, double }], ptr @main.y, i64 0, i64 %84, !dbg !62
  %86 = getelementptr inbounds nuw { double, double }, ptr %85, i32 0, i32 0, !dbg !62
  %87 = load double, ptr %86, align 16, !dbg !62
  %88 = getelementptr inbounds nuw { double, double }, ptr %85, i32 0, i32 1, !dbg !62
  %89 = load double, ptr %88, align 8, !dbg !62
  %90 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 0, !dbg !63
  %91 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 1, !dbg !63
  store double %87, ptr %90, align 8, !dbg !63
  store double %89, ptr %91, align 8, !dbg !63
  %92 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 0, !dbg !63
  %93 = load double, ptr %92, align 8, !dbg !63
  %94 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 1, !dbg !63
  %95 = load double, ptr %94, align 8, !dbg !63
  %96 = call double @cabs(double noundef %93, double noundef %95) #4, !dbg !63
  %97 = fcmp ogt double %82, %96, !dbg !64
  br i1 %97, label %98, label %100, !dbg !64

98:                                               ; preds = %68
  %99 = load i32, ptr %5, align 4, !dbg !65
  store i32 %99, ptr %4, align 4, !dbg !66
  br label %100, !dbg !67

100:                                              ; preds = %98, %68
  br label %101, !dbg !68

101:                                              ; preds = %100
  %102 = load i32, ptr %5, align 4, !dbg !69
  %103 = add nsw i32 %102, 1, !dbg !69
  store i32 %103, ptr %5, align 4, !dbg !69
  br label %65, !dbg !57, !llvm.loop !70

104:                                              ; preds = %65
  %105 = load i32, ptr %4, align 4, !dbg !71
  %106 = load i32, ptr %4, align 4, !dbg !72
  %107 = sext i32 %106 to i64, !dbg !73
  %108 = getelementptr inbounds [256 x { double, double }], ptr @main.y, i64 0, i64 %107, !dbg !73
  %109 = getelementptr inbounds nuw { double, double }, ptr %108, i32 0, i32 0, !dbg !73
  %110 = load double, ptr %109, align 16, !dbg !73
  %111 = getelementptr inbounds nuw { double, double }, ptr %108, i32 0, i32 1, !dbg !73
  %112 = load double, ptr %111, align 8, !dbg !73
  %113 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 0, !dbg !74
  %114 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 1, !dbg !74
  store double %110, ptr %113, align 8, !dbg !74
  store double %112, ptr %114, align 8, !dbg !74
  %115 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 0, !dbg !74
  %116 = load double, ptr %115, align 8, !dbg !74
  %117 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 1, !dbg !74
  %118 = load double, ptr %117, align 8, !dbg !74
  %119 = call double @cabs(double noundef %116, double noundef %118) #4, !dbg !74
  %120 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %105, double noundef %119), !dbg !75
  %121 = load double, ptr @main.y, align 16, !dbg !76
  %122 = load double, ptr getelementptr inbounds nuw ({ double, double }, ptr @main.y, i32 0, i32 1), align 8, !dbg !76
  %123 = load double, ptr getelementptr inbounds ([256 x { double, double }], ptr @main.y, i64 0, i64 5), align 16, !dbg !77
  %124 = load double, ptr getelementptr inbounds nuw ({ double, double }, ptr getelementptr inbounds ([256 x { double, double }], ptr @main.y, i64 0, i64 5), i32 0, i32 1), align 8, !dbg !77
  %125 = getelementptr inbounds nuw { double, double }, ptr %9, i32 0, i32 0, !dbg !78
  %126 = getelementptr inbounds nuw { double, double }, ptr %9, i32 0, i32 1, !dbg !78
  store double %123, ptr %125, align 8, !dbg !78
  store double %124, ptr %126, align 8, !dbg !78
  %127 = getelementptr inbounds nuw { double, double }, ptr %9, i32 0, i32 0, !dbg !78
  %128 = load double, ptr %127, align 8, !dbg !78
  %129 = getelementptr inbounds nuw { double, double }, ptr %9, i32 0, i32 1, !dbg !78
  %130 = load double, ptr %129, align 8, !dbg !78
  %131 = call double @cabs(double noundef %128, double noundef %130) #4, !dbg !78
  %132 = load double, ptr getelementptr inbounds ([256 x { double, double }], ptr @main.y, i64 0, i64 12), align 16, !dbg !79
  %133 = load double, ptr getelementptr inbounds nuw ({ double, double }, ptr getelementptr inbounds ([256 x { double, double }], ptr @main.y, i64 0, i64 12), i32 0, i32 1), align 8, !dbg !79
  %134 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 0, !dbg !80
  %135 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 1, !dbg !80
  store double %132, ptr %134, align 8, !dbg !80
  store double %133, ptr %135, align 8, !dbg !80
  %136 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 0, !dbg !80
  %137 = load double, ptr %136, align 8, !dbg !80
  %138 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 1, !dbg !80
  %139 = load double, ptr %138, align 8, !dbg !80
  %140 = call double @cabs(double noundef %137, double noundef %139) #4, !dbg !80
  %141 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %121, double noundef %131, double noundef %140), !dbg !81
  call void @fft(ptr noundef @main.y, i32 noundef 256, i32 noundef 1), !dbg !82
  store double 0.000000e+00, ptr %11, align 8, !dbg !83
  store i32 0, ptr %12, align 4, !dbg !84
  br label %142, !dbg !85

142:                                              ; preds = %171, %104
  %143 = load i32, ptr %12, align 4, !dbg !86
  %144 = icmp slt i32 %143, 256, !dbg !87
  br i1 %144, label %145, label %174, !dbg !88

145:                                              ; preds = %142
  %146 = load double, ptr %11, align 8, !dbg !89
  %147 = load i32, ptr %12, align 4, !dbg !90
  %148 = sext i32 %147 to i64, !dbg !91
  %149 = getelementptr inbounds [256 x { double, double }], ptr @main.y, i64 0, i64 %148, !dbg !91
  %150 = getelementptr inbounds nuw { double, double }, ptr %149, i32 0, i32 0, !dbg !91
  %151 = load double, ptr %150, align 16, !dbg !91
  %152 = getelementptr inbounds nuw { double, double }, ptr %149, i32 0, i32 1, !dbg !91
  %153 = load double, ptr %152, align 8, !dbg !91
  %154 = load i32, ptr %12, align 4, !dbg !92
  %155 = sext i32 %154 to i64, !dbg !93
  %156 = getelementptr inbounds [256 x { double, double }], ptr @main.x, i64 0, i64 %155, !dbg !93
  %157 = getelementptr inbounds nuw { double, double }, ptr %156, i32 0, i32 0, !dbg !93
  %158 = load double, ptr %157, align 16, !dbg !93
  %159 = getelementptr inbounds nuw { double, double }, ptr %156, i32 0, i32 1, !dbg !93
  %160 = load double, ptr %159, align 8, !dbg !93
  %161 = fsub double %151, %158, !dbg !94
  %162 = fsub double %153, %160, !dbg !94
  %163 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 0, !dbg !95
  %164 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 1, !dbg !95
  store double %161, ptr %163, align 8, !dbg !95
  store double %162, ptr %164, align 8, !dbg !95
  %165 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 0, !dbg !95
  %166 = load double, ptr %165, align 8, !dbg !95
  %167 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 1, !dbg !95
  %168 = load double, ptr %167, align 8, !dbg !95
  %169 = call double @cabs(double noundef %166, double noundef %168) #4, !dbg !95
  %170 = call double @llvm.maxnum.f64(double %146, double %169), !dbg !96
  store double %170, ptr %11, align 8, !dbg !97
  br label %171, !dbg !98

171:                                              ; preds = %145
  %172 = load i32, ptr %12, align 4, !dbg !99
  %173 = add nsw i32 %172, 1, !dbg !99
  store i32 %173, ptr %12, align 4, !dbg !99
  br label %142, !dbg !88, !llvm.loop !100

174:                                              ; preds = %142
  %175 = load double, ptr %11, align 8, !dbg !102
  %176 = fcmp olt double %175, 0x3D719799812DEA11, !dbg !103
  %177 = zext i1 %176 to i32, !dbg !103
  %178 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %177), !dbg !104
  store i32 0, ptr %14, align 4, !dbg !105
  br label %179, !dbg !106

179:                                              ; preds = %188, %174
  %180 = load i32, ptr %14, align 4, !dbg !107
  %181 = icmp slt i32 %180, 256, !dbg !108
  br i1 %181, label %182, label %191, !dbg !109

182:                                              ; preds = %179
  %183 = load i32, ptr %14, align 4, !dbg !110
  %184 = sext i32 %183 to i64, !dbg !111
  %185 = getelementptr inbounds [256 x { double, double }], ptr @main.p, i64 0, i64 %184, !dbg !111
  %186 = getelementptr inbounds nuw { double, double }, ptr %185, i32 0, i32 0, !dbg !112
  %187 = getelementptr inbounds nuw { double, double }, ptr %185, i32 0, i32 1, !dbg !112
  store double 0.000000e+00, ptr %186, align 16, !dbg !112
  store double 0.000000e+00, ptr %187, align 8, !dbg !112
  br label %188, !dbg !111

188:                                              ; preds = %182
  %189 = load i32, ptr %14, align 4, !dbg !113
  %190 = add nsw i32 %189, 1, !dbg !113
  store i32 %190, ptr %14, align 4, !dbg !113
  br label %179, !dbg !109, !llvm.loop !114

191:                                              ; preds = %179
  store double 1.000000e+00, ptr @main.p, align 16, !dbg !116
  store double 0.000000e+00, ptr getelementptr inbounds nuw ({ double, double }, ptr @main.p, i32 0, i32 1), align 8, !dbg !116
  store double 2.000000e+00, ptr getelementptr inbounds ([256 x { double, double }], ptr @main.p, i64 0, i64 1), align 16, !dbg !117
  store double 0.000000e+00, ptr getelementptr inbounds nuw ({ double, double }, ptr getelementptr inbounds ([256 x { double, double }], ptr @main.p, i64 0, i64 1), i32 0, i32 1), align 8, !dbg !117
  store double 3.000000e+00, ptr getelementptr inbounds ([256 x { double, double }], ptr @main.p, i64 0, i64 2), align 16, !dbg !118
  store double 0.000000e+00, ptr getelementptr inbounds nuw ({ double, double }, ptr getelementptr inbounds ([256 x { double, double }], ptr @main.p, i64 0, i64 2), i32 0, i32 1), align 8, !dbg !118
  call void @fft(ptr noundef @main.p, i32 noundef 256, i32 noundef 0), !dbg !119
  store i32 0, ptr %15, align 4, !dbg !120
  br label %192, !dbg !121

192:                                              ; preds = %277, %191
  %193 = load i32, ptr %15, align 4, !dbg !122
  %194 = icmp slt i32 %193, 256, !dbg !123
  br i1 %194, label %195, label %280, !dbg !124

195:                                              ; preds = %192
  %196 = load i32, ptr %15, align 4, !dbg !125
  %197 = sext i32 %196 to i64, !dbg !126
  %198 = getelementptr inbounds [256 x { double, double }], ptr @main.p, i64 0, i64 %197, !dbg !126
  %199 = getelementptr inbounds nuw { double, double }, ptr %198, i32 0, i32 0, !dbg !126
  %200 = load double, ptr %199, align 16, !dbg !126
  %201 = getelementptr inbounds nuw { double, double }, ptr %198, i32 0, i32 1, !dbg !126
  %202 = load double, ptr %201, align 8, !dbg !126
  %203 = load i32, ptr %15, align 4, !dbg !127
  %204 = sext i32 %203 to i64, !dbg !128
  %205 = getelementptr inbounds [256 x { double, double }], ptr @main.p, i64 0, i64 %204, !dbg !128
  %206 = getelementptr inbounds nuw { double, double }, ptr %205, i32 0, i32 0, !dbg !128
  %207 = load double, ptr %206, align 16, !dbg !128
  %208 = getelementptr inbounds nuw { double, double }, ptr %205, i32 0, i32 1, !dbg !128
  %209 = load double, ptr %208, align 8, !dbg !128
  %210 = fmul double %200, %207, !dbg !129
  %211 = fmul double %202, %209, !dbg !129
  %212 = fmul double %200, %209, !dbg !129
  %213 = fmul double %202, %207, !dbg !129
  %214 = fsub double %210, %211, !dbg !129
  %215 = fadd double %212, %213, !dbg !129
  %216 = fcmp uno double %214, %214, !dbg !129
  br i1 %216, label %217, label %223, !dbg !129, !prof !130

217:                                              ; preds = %195
  %218 = fcmp uno double %215, %215, !dbg !129
  br i1 %218, label %219, label %223, !dbg !129, !prof !130

219:                                              ; preds = %217
  %220 = call { double, double } @__muldc3(double noundef %200, double noundef %202, double noundef %207, double noundef %209) #4, !dbg !129
  %221 = extractvalue { double, double } %220, 0, !dbg !129
  %222 = extractvalue { double, double } %220, 1, !dbg !129
  br label %223, !dbg !129

223:                                              ; preds = %219, %217, %195
  %224 = phi double [ %214, %195 ], [ %214, %217 ], [ %221, %219 ], !dbg !129
  %225 = phi double [ %215, %195 ], [ %215, %217 ], [ %222, %219 ], !dbg !129
  %226 = load i32, ptr %15, align 4, !dbg !131
  %227 = sext i32 %226 to i64, !dbg !132
  %228 = getelementptr inbounds [256 x { double, double }], ptr @main.p, i64 0, i64 %227, !dbg !132
  %229 = getelementptr inbounds nuw { double, double }, ptr %228, i32 0, i32 0, !dbg !132
  %230 = load double, ptr %229, align 16, !dbg !132
  %231 = getelementptr inbounds nuw { double, double }, ptr %228, i32 0, i32 1, !dbg !132
  %232 = load double, ptr %231, align 8, !dbg !132
  %233 = fmul double %224, %230, !dbg !133
  %234 = fmul double %225, %232, !dbg !133
  %235 = fmul double %224, %232, !dbg !133
  %236 = fmul double %225, %230, !dbg !133
  %237 = fsub double %233, %234, !dbg !133
  %238 = fadd double %235, %236, !dbg !133
  %239 = fcmp uno double %237, %237, !dbg !133
  br i1 %239, label %240, label %246, !dbg !133, !prof !130

240:                                              ; preds = %223
  %241 = fcmp uno double %238, %238, !dbg !133
  br i1 %241, label %242, label %246, !dbg !133, !prof !130

242:                                              ; preds = %240
  %243 = call { double, double } @__muldc3(double noundef %224, double noundef %225, double noundef %230, double noundef %232) #4, !dbg !133
  %244 = extractvalue { double, double } %243, 0, !dbg !133
  %245 = extractvalue { double, double } %243, 1, !dbg !133
  br label %246, !dbg !133

246:                                              ; preds = %242, %240, %223
  %247 = phi double [ %237, %223 ], [ %237, %240 ], [ %244, %242 ], !dbg !133
  %248 = phi double [ %238, %223 ], [ %238, %240 ], [ %245, %242 ], !dbg !133
  %249 = load i32, ptr %15, align 4, !dbg !134
  %250 = sext i32 %249 to i64, !dbg !135
  %251 = getelementptr inbounds [256 x { double, double }], ptr @main.p, i64 0, i64 %250, !dbg !135
  %252 = getelementptr inbounds nuw { double, double }, ptr %251, i32 0, i32 0, !dbg !135
  %253 = load double, ptr %252, align 16, !dbg !135
  %254 = getelementptr inbounds nuw { double, double }, ptr %251, i32 0, i32 1, !dbg !135
  %255 = load double, ptr %254, align 8, !dbg !135
  %256 = fmul double %247, %253, !dbg !136
  %257 = fmul double %248, %255, !dbg !136
  %258 = fmul double %247, %255, !dbg !136
  %259 = fmul double %248, %253, !dbg !136
  %260 = fsub double %256, %257, !dbg !136
  %261 = fadd double %258, %259, !dbg !136
  %262 = fcmp uno double %260, %260, !dbg !136
  br i1 %262, label %263, label %269, !dbg !136, !prof !130

263:                                              ; preds = %246
  %264 = fcmp uno double %261, %261, !dbg !136
  br i1 %264, label %265, label %269, !dbg !136, !prof !130

265:                                              ; preds = %263
  %266 = call { double, double } @__muldc3(double noundef %247, double noundef %248, double noundef %253, double noundef %255) #4, !dbg !136
  %267 = extractvalue { double, double } %266, 0, !dbg !136
  %268 = extractvalue { double, double } %266, 1, !dbg !136
  br label %269, !dbg !136

269:                                              ; preds = %265, %263, %246
  %270 = phi double [ %260, %246 ], [ %260, %263 ], [ %267, %265 ], !dbg !136
  %271 = phi double [ %261, %246 ], [ %261, %263 ], [ %268, %265 ], !dbg !136
  %272 = load i32, ptr %15, align 4, !dbg !137
  %273 = sext i32 %272 to i64, !dbg !138
  %274 = getelementptr inbounds [256 x { double, double }], ptr @main.p, i64 0, i64 %273, !dbg !138
  %275 = getelementptr inbounds nuw { double, double }, ptr %274, i32 0, i32 0, !dbg !139
  %276 = getelementptr inbounds nuw { double, double }, ptr %274, i32 0, i32 1, !dbg !139
  store double %270, ptr %275, align 16, !dbg !139
  store double %271, ptr %276, align 8, !dbg !139
  br label %277, !dbg !138

277:                                              ; preds = %269
  %278 = load i32, ptr %15, align 4, !dbg !140
  %279 = add nsw i32 %278, 1, !dbg !140
  store i32 %279, ptr %15, align 4, !dbg !140
  br label %192, !dbg !124, !llvm.loop !141

280:                                              ; preds = %192
  call void @fft(ptr noundef @main.p, i32 noundef 256, i32 noundef 1), !dbg !143
  store i32 0, ptr %16, align 4, !dbg !144
  br label %281, !dbg !145

281:                                              ; preds = %294, %280
  %282 = load i32, ptr %16, align 4, !dbg !146
  %283 = icmp sle i32 %282, 8, !dbg !147
  br i1 %283, label %284, label %297, !dbg !148

284:                                              ; preds = %281
  %285 = load i32, ptr %16, align 4, !dbg !149
  %286 = sext i32 %285 to i64, !dbg !150
  %287 = getelementptr inbounds [256 x { double, double }], ptr @main.p, i64 0, i64 %286, !dbg !150
  %288 = getelementptr inbounds nuw { double, double }, ptr %287, i32 0, i32 0, !dbg !150
  %289 = load double, ptr %288, align 16, !dbg !150
  %290 = getelementptr inbounds nuw { double, double }, ptr %287, i32 0, i32 1, !dbg !150
  %291 = load double, ptr %290, align 8, !dbg !150
  %292 = call i64 @lround(double noundef %289) #4, !dbg !151
  %293 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %292), !dbg !152
  br label %294, !dbg !152

294:                                              ; preds = %284
  %295 = load i32, ptr %16, align 4, !dbg !153
  %296 = add nsw i32 %295, 1, !dbg !153
  store i32 %296, ptr %16, align 4, !dbg !153
  br label %281, !dbg !148, !llvm.loop !154

297:                                              ; preds = %281
  %298 = call i32 (ptr, ...) @printf(ptr noundef @.str.4), !dbg !156
  ret i32 0, !dbg !157
}

; Function Attrs: nounwind
declare double @sin(double noundef) #1

; Function Attrs: nounwind
declare double @cos(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @fft(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !158 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca { double, double }, align 8
  %11 = alloca i32, align 4
  %12 = alloca double, align 8
  %13 = alloca { double, double }, align 8
  %14 = alloca i32, align 4
  %15 = alloca { double, double }, align 8
  %16 = alloca i32, align 4
  %17 = alloca { double, double }, align 8
  %18 = alloca { double, double }, align 8
  %19 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  store i32 1, ptr %7, align 4, !dbg !159
  store i32 0, ptr %8, align 4, !dbg !160
  br label %20, !dbg !161

20:                                               ; preds = %82, %3
  %21 = load i32, ptr %7, align 4, !dbg !162
  %22 = load i32, ptr %5, align 4, !dbg !163
  %23 = icmp slt i32 %21, %22, !dbg !164
  br i1 %23, label %24, label %85, !dbg !165

24:                                               ; preds = %20
  %25 = load i32, ptr %5, align 4, !dbg !166
  %26 = ashr i32 %25, 1, !dbg !167
  store i32 %26, ptr %9, align 4, !dbg !168
  br label %27, !dbg !169

27:                                               ; preds = %36, %24
  %28 = load i32, ptr %8, align 4, !dbg !170
  %29 = load i32, ptr %9, align 4, !dbg !171
  %30 = and i32 %28, %29, !dbg !172
  %31 = icmp ne i32 %30, 0, !dbg !169
  br i1 %31, label %32, label %39, !dbg !169

32:                                               ; preds = %27
  %33 = load i32, ptr %9, align 4, !dbg !173
  %34 = load i32, ptr %8, align 4, !dbg !174
  %35 = xor i32 %34, %33, !dbg !174
  store i32 %35, ptr %8, align 4, !dbg !174
  br label %36, !dbg !175

36:                                               ; preds = %32
  %37 = load i32, ptr %9, align 4, !dbg !176
  %38 = ashr i32 %37, 1, !dbg !176
  store i32 %38, ptr %9, align 4, !dbg !176
  br label %27, !dbg !169, !llvm.loop !177

39:                                               ; preds = %27
  %40 = load i32, ptr %9, align 4, !dbg !178
  %41 = load i32, ptr %8, align 4, !dbg !179
  %42 = xor i32 %41, %40, !dbg !179
  store i32 %42, ptr %8, align 4, !dbg !179
  %43 = load i32, ptr %7, align 4, !dbg !180
  %44 = load i32, ptr %8, align 4, !dbg !181
  %45 = icmp slt i32 %43, %44, !dbg !182
  br i1 %45, label %46, label %81, !dbg !182

46:                                               ; preds = %39
  %47 = load ptr, ptr %4, align 8, !dbg !183
  %48 = load i32, ptr %7, align 4, !dbg !184
  %49 = sext i32 %48 to i64, !dbg !183
  %50 = getelementptr inbounds { double, double }, ptr %47, i64 %49, !dbg !183
  %51 = getelementptr inbounds nuw { double, double }, ptr %50, i32 0, i32 0, !dbg !183
  %52 = load double, ptr %51, align 8, !dbg !183
  %53 = getelementptr inbounds nuw { double, double }, ptr %50, i32 0, i32 1, !dbg !183
  %54 = load double, ptr %53, align 8, !dbg !183
  %55 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 0, !dbg !185
  %56 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 1, !dbg !185
  store double %52, ptr %55, align 8, !dbg !185
  store double %54, ptr %56, align 8, !dbg !185
  %57 = load ptr, ptr %4, align 8, !dbg !186
  %58 = load i32, ptr %8, align 4, !dbg !187
  %59 = sext i32 %58 to i64, !dbg !186
  %60 = getelementptr inbounds { double, double }, ptr %57, i64 %59, !dbg !186
  %61 = getelementptr inbounds nuw { double, double }, ptr %60, i32 0, i32 0, !dbg !186
  %62 = load double, ptr %61, align 8, !dbg !186
  %63 = getelementptr inbounds nuw { double, double }, ptr %60, i32 0, i32 1, !dbg !186
  %64 = load double, ptr %63, align 8, !dbg !186
  %65 = load ptr, ptr %4, align 8, !dbg !188
  %66 = load i32, ptr %7, align 4, !dbg !189
  %67 = sext i32 %66 to i64, !dbg !188
  %68 = getelementptr inbounds { double, double }, ptr %65, i64 %67, !dbg !188
  %69 = getelementptr inbounds nuw { double, double }, ptr %68, i32 0, i32 0, !dbg !190
  %70 = getelementptr inbounds nuw { double, double }, ptr %68, i32 0, i32 1, !dbg !190
  store double %62, ptr %69, align 8, !dbg !190
  store double %64, ptr %70, align 8, !dbg !190
  %71 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 0, !dbg !191
  %72 = load double, ptr %71, align 8, !dbg !191
  %73 = getelementptr inbounds nuw { double, double }, ptr %10, i32 0, i32 1, !dbg !191
  %74 = load double, ptr %73, align 8, !dbg !191
  %75 = load ptr, ptr %4, align 8, !dbg !192
  %76 = load i32, ptr %8, align 4, !dbg !193
  %77 = sext i32 %76 to i64, !dbg !192
  %78 = getelementptr inbounds { double, double }, ptr %75, i64 %77, !dbg !192
  %79 = getelementptr inbounds nuw { double, double }, ptr %78, i32 0, i32 0, !dbg !194
  %80 = getelementptr inbounds nuw { double, double }, ptr %78, i32 0, i32 1, !dbg !194
  store double %72, ptr %79, align 8, !dbg !194
  store double %74, ptr %80, align 8, !dbg !194
  br label %81, !dbg !195

81:                                               ; preds = %46, %39
  br label %82, !dbg !196

82:                                               ; preds = %81
  %83 = load i32, ptr %7, align 4, !dbg !197
  %84 = add nsw i32 %83, 1, !dbg !197
  store i32 %84, ptr %7, align 4, !dbg !197
  br label %20, !dbg !165, !llvm.loop !198

85:                                               ; preds = %20
  store i32 2, ptr %11, align 4, !dbg !199
  br label %86, !dbg !200

86:                                               ; preds = %243, %85
  %87 = load i32, ptr %11, align 4, !dbg !201
  %88 = load i32, ptr %5, align 4, !dbg !202
  %89 = icmp sle i32 %87, %88, !dbg !203
  br i1 %89, label %90, label %246, !dbg !204

90:                                               ; preds = %86
  %91 = load i32, ptr %11, align 4, !dbg !205
  %92 = sitofp i32 %91 to double, !dbg !205
  %93 = fdiv double 0x401921FB54442D18, %92, !dbg !206
  %94 = load i32, ptr %6, align 4, !dbg !207
  %95 = icmp ne i32 %94, 0, !dbg !207
  %96 = zext i1 %95 to i64, !dbg !207
  %97 = select i1 %95, i32 -1, i32 1, !dbg !207
  %98 = sitofp i32 %97 to double, !dbg !208
  %99 = fmul double %93, %98, !dbg !209
  store double %99, ptr %12, align 8, !dbg !210
  %100 = load double, ptr %12, align 8, !dbg !211
  %101 = call double @cos(double noundef %100) #4, !dbg !212
  %102 = load double, ptr %12, align 8, !dbg !213
  %103 = call double @sin(double noundef %102) #4, !dbg !214
  %104 = fmul double %103, 0.000000e+00, !dbg !215
  %105 = fmul double %103, 1.000000e+00, !dbg !215
  %106 = fadd double %101, %104, !dbg !216
  %107 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 0, !dbg !217
  %108 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 1, !dbg !217
  store double %106, ptr %107, align 8, !dbg !217
  store double %105, ptr %108, align 8, !dbg !217
  store i32 0, ptr %14, align 4, !dbg !218
  br label %109, !dbg !219

109:                                              ; preds = %238, %90
  %110 = load i32, ptr %14, align 4, !dbg !220
  %111 = load i32, ptr %5, align 4, !dbg !221
  %112 = icmp slt i32 %110, %111, !dbg !222
  br i1 %112, label %113, label %242, !dbg !223

113:                                              ; preds = %109
  %114 = getelementptr inbounds nuw { double, double }, ptr %15, i32 0, i32 0, !dbg !224
  %115 = getelementptr inbounds nuw { double, double }, ptr %15, i32 0, i32 1, !dbg !224
  store double 1.000000e+00, ptr %114, align 8, !dbg !224
  store double 0.000000e+00, ptr %115, align 8, !dbg !224
  store i32 0, ptr %16, align 4, !dbg !225
  br label %116, !dbg !226

116:                                              ; preds = %234, %113
  %117 = load i32, ptr %16, align 4, !dbg !227
  %118 = load i32, ptr %11, align 4, !dbg !228
  %119 = sdiv i32 %118, 2, !dbg !229
  %120 = icmp slt i32 %117, %119, !dbg !230
  br i1 %120, label %121, label %237, !dbg !231

121:                                              ; preds = %116
  %122 = load ptr, ptr %4, align 8, !dbg !232
  %123 = load i32, ptr %14, align 4, !dbg !233
  %124 = load i32, ptr %16, align 4, !dbg !234
  %125 = add nsw i32 %123, %124, !dbg !235
  %126 = sext i32 %125 to i64, !dbg !232
  %127 = getelementptr inbounds { double, double }, ptr %122, i64 %126, !dbg !232
  %128 = getelementptr inbounds nuw { double, double }, ptr %127, i32 0, i32 0, !dbg !232
  %129 = load double, ptr %128, align 8, !dbg !232
  %130 = getelementptr inbounds nuw { double, double }, ptr %127, i32 0, i32 1, !dbg !232
  %131 = load double, ptr %130, align 8, !dbg !232
  %132 = getelementptr inbounds nuw { double, double }, ptr %17, i32 0, i32 0, !dbg !236
  %133 = getelementptr inbounds nuw { double, double }, ptr %17, i32 0, i32 1, !dbg !236
  store double %129, ptr %132, align 8, !dbg !236
  store double %131, ptr %133, align 8, !dbg !236
  %134 = load ptr, ptr %4, align 8, !dbg !237
  %135 = load i32, ptr %14, align 4, !dbg !238
  %136 = load i32, ptr %16, align 4, !dbg !239
  %137 = add nsw i32 %135, %136, !dbg !240
  %138 = load i32, ptr %11, align 4, !dbg !241
  %139 = sdiv i32 %138, 2, !dbg !242
  %140 = add nsw i32 %137, %139, !dbg !243
  %141 = sext i32 %140 to i64, !dbg !237
  %142 = getelementptr inbounds { double, double }, ptr %134, i64 %141, !dbg !237
  %143 = getelementptr inbounds nuw { double, double }, ptr %142, i32 0, i32 0, !dbg !237
  %144 = load double, ptr %143, align 8, !dbg !237
  %145 = getelementptr inbounds nuw { double, double }, ptr %142, i32 0, i32 1, !dbg !237
  %146 = load double, ptr %145, align 8, !dbg !237
  %147 = getelementptr inbounds nuw { double, double }, ptr %15, i32 0, i32 0, !dbg !244
  %148 = load double, ptr %147, align 8, !dbg !244
  %149 = getelementptr inbounds nuw { double, double }, ptr %15, i32 0, i32 1, !dbg !244
  %150 = load double, ptr %149, align 8, !dbg !244
  %151 = fmul double %144, %148, !dbg !245
  %152 = fmul double %146, %150, !dbg !245
  %153 = fmul double %144, %150, !dbg !245
  %154 = fmul double %146, %148, !dbg !245
  %155 = fsub double %151, %152, !dbg !245
  %156 = fadd double %153, %154, !dbg !245
  %157 = fcmp uno double %155, %155, !dbg !245
  br i1 %157, label %158, label %164, !dbg !245, !prof !130

158:                                              ; preds = %121
  %159 = fcmp uno double %156, %156, !dbg !245
  br i1 %159, label %160, label %164, !dbg !245, !prof !130

160:                                              ; preds = %158
  %161 = call { double, double } @__muldc3(double noundef %144, double noundef %146, double noundef %148, double noundef %150) #4, !dbg !245
  %162 = extractvalue { double, double } %161, 0, !dbg !245
  %163 = extractvalue { double, double } %161, 1, !dbg !245
  br label %164, !dbg !245

164:                                              ; preds = %160, %158, %121
  %165 = phi double [ %155, %121 ], [ %155, %158 ], [ %162, %160 ], !dbg !245
  %166 = phi double [ %156, %121 ], [ %156, %158 ], [ %163, %160 ], !dbg !245
  %167 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 0, !dbg !246
  %168 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 1, !dbg !246
  store double %165, ptr %167, align 8, !dbg !246
  store double %166, ptr %168, align 8, !dbg !246
  %169 = getelementptr inbounds nuw { double, double }, ptr %17, i32 0, i32 0, !dbg !247
  %170 = load double, ptr %169, align 8, !dbg !247
  %171 = getelementptr inbounds nuw { double, double }, ptr %17, i32 0, i32 1, !dbg !247
  %172 = load double, ptr %171, align 8, !dbg !247
  %173 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 0, !dbg !248
  %174 = load double, ptr %173, align 8, !dbg !248
  %175 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 1, !dbg !248
  %176 = load double, ptr %175, align 8, !dbg !248
  %177 = fadd double %170, %174, !dbg !249
  %178 = fadd double %172, %176, !dbg !249
  %179 = load ptr, ptr %4, align 8, !dbg !250
  %180 = load i32, ptr %14, align 4, !dbg !251
  %181 = load i32, ptr %16, align 4, !dbg !252
  %182 = add nsw i32 %180, %181, !dbg !253
  %183 = sext i32 %182 to i64, !dbg !250
  %184 = getelementptr inbounds { double, double }, ptr %179, i64 %183, !dbg !250
  %185 = getelementptr inbounds nuw { double, double }, ptr %184, i32 0, i32 0, !dbg !254
  %186 = getelementptr inbounds nuw { double, double }, ptr %184, i32 0, i32 1, !dbg !254
  store double %177, ptr %185, align 8, !dbg !254
  store double %178, ptr %186, align 8, !dbg !254
  %187 = getelementptr inbounds nuw { double, double }, ptr %17, i32 0, i32 0, !dbg !255
  %188 = load double, ptr %187, align 8, !dbg !255
  %189 = getelementptr inbounds nuw { double, double }, ptr %17, i32 0, i32 1, !dbg !255
  %190 = load double, ptr %189, align 8, !dbg !255
  %191 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 0, !dbg !256
  %192 = load double, ptr %191, align 8, !dbg !256
  %193 = getelementptr inbounds nuw { double, double }, ptr %18, i32 0, i32 1, !dbg !256
  %194 = load double, ptr %193, align 8, !dbg !256
  %195 = fsub double %188, %192, !dbg !257
  %196 = fsub double %190, %194, !dbg !257
  %197 = load ptr, ptr %4, align 8, !dbg !258
  %198 = load i32, ptr %14, align 4, !dbg !259
  %199 = load i32, ptr %16, align 4, !dbg !260
  %200 = add nsw i32 %198, %199, !dbg !261
  %201 = load i32, ptr %11, align 4, !dbg !262
  %202 = sdiv i32 %201, 2, !dbg !263
  %203 = add nsw i32 %200, %202, !dbg !264
  %204 = sext i32 %203 to i64, !dbg !258
  %205 = getelementptr inbounds { double, double }, ptr %197, i64 %204, !dbg !258
  %206 = getelementptr inbounds nuw { double, double }, ptr %205, i32 0, i32 0, !dbg !265
  %207 = getelementptr inbounds nuw { double, double }, ptr %205, i32 0, i32 1, !dbg !265
  store double %195, ptr %206, align 8, !dbg !265
  store double %196, ptr %207, align 8, !dbg !265
  %208 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 0, !dbg !266
  %209 = load double, ptr %208, align 8, !dbg !266
  %210 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 1, !dbg !266
  %211 = load double, ptr %210, align 8, !dbg !266
  %212 = getelementptr inbounds nuw { double, double }, ptr %15, i32 0, i32 0, !dbg !267
  %213 = load double, ptr %212, align 8, !dbg !267
  %214 = getelementptr inbounds nuw { double, double }, ptr %15, i32 0, i32 1, !dbg !267
  %215 = load double, ptr %214, align 8, !dbg !267
  %216 = fmul double %213, %209, !dbg !267
  %217 = fmul double %215, %211, !dbg !267
  %218 = fmul double %213, %211, !dbg !267
  %219 = fmul double %215, %209, !dbg !267
  %220 = fsub double %216, %217, !dbg !267
  %221 = fadd double %218, %219, !dbg !267
  %222 = fcmp uno double %220, %220, !dbg !267
  br i1 %222, label %223, label %229, !dbg !267, !prof !130

223:                                              ; preds = %164
  %224 = fcmp uno double %221, %221, !dbg !267
  br i1 %224, label %225, label %229, !dbg !267, !prof !130

225:                                              ; preds = %223
  %226 = call { double, double } @__muldc3(double noundef %213, double noundef %215, double noundef %209, double noundef %211) #4, !dbg !267
  %227 = extractvalue { double, double } %226, 0, !dbg !267
  %228 = extractvalue { double, double } %226, 1, !dbg !267
  br label %229, !dbg !267

229:                                              ; preds = %225, %223, %164
  %230 = phi double [ %220, %164 ], [ %220, %223 ], [ %227, %225 ], !dbg !267
  %231 = phi double [ %221, %164 ], [ %221, %223 ], [ %228, %225 ], !dbg !267
  %232 = getelementptr inbounds nuw { double, double }, ptr %15, i32 0, i32 0, !dbg !267
  %233 = getelementptr inbounds nuw { double, double }, ptr %15, i32 0, i32 1, !dbg !267
  store double %230, ptr %232, align 8, !dbg !267
  store double %231, ptr %233, align 8, !dbg !267
  br label %234, !dbg !268

234:                                              ; preds = %229
  %235 = load i32, ptr %16, align 4, !dbg !269
  %236 = add nsw i32 %235, 1, !dbg !269
  store i32 %236, ptr %16, align 4, !dbg !269
  br label %116, !dbg !231, !llvm.loop !270

237:                                              ; preds = %116
  br label %238, !dbg !271

238:                                              ; preds = %237
  %239 = load i32, ptr %11, align 4, !dbg !272
  %240 = load i32, ptr %14, align 4, !dbg !273
  %241 = add nsw i32 %240, %239, !dbg !273
  store i32 %241, ptr %14, align 4, !dbg !273
  br label %109, !dbg !223, !llvm.loop !274

242:                                              ; preds = %109
  br label %243, !dbg !275

243:                                              ; preds = %242
  %244 = load i32, ptr %11, align 4, !dbg !276
  %245 = shl i32 %244, 1, !dbg !276
  store i32 %245, ptr %11, align 4, !dbg !276
  br label %86, !dbg !204, !llvm.loop !277

246:                                              ; preds = %86
  %247 = load i32, ptr %6, align 4, !dbg !278
  %248 = icmp ne i32 %247, 0, !dbg !278
  br i1 %248, label %249, label %273, !dbg !278

249:                                              ; preds = %246
  store i32 0, ptr %19, align 4, !dbg !279
  br label %250, !dbg !280

250:                                              ; preds = %269, %249
  %251 = load i32, ptr %19, align 4, !dbg !281
  %252 = load i32, ptr %5, align 4, !dbg !282
  %253 = icmp slt i32 %251, %252, !dbg !283
  br i1 %253, label %254, label %272, !dbg !284

254:                                              ; preds = %250
  %255 = load i32, ptr %5, align 4, !dbg !285
  %256 = sitofp i32 %255 to double, !dbg !285
  %257 = load ptr, ptr %4, align 8, !dbg !286
  %258 = load i32, ptr %19, align 4, !dbg !287
  %259 = sext i32 %258 to i64, !dbg !286
  %260 = getelementptr inbounds { double, double }, ptr %257, i64 %259, !dbg !286
  %261 = getelementptr inbounds nuw { double, double }, ptr %260, i32 0, i32 0, !dbg !288
  %262 = load double, ptr %261, align 8, !dbg !288
  %263 = getelementptr inbounds nuw { double, double }, ptr %260, i32 0, i32 1, !dbg !288
  %264 = load double, ptr %263, align 8, !dbg !288
  %265 = fdiv double %262, %256, !dbg !288
  %266 = fdiv double %264, %256, !dbg !288
  %267 = getelementptr inbounds nuw { double, double }, ptr %260, i32 0, i32 0, !dbg !288
  %268 = getelementptr inbounds nuw { double, double }, ptr %260, i32 0, i32 1, !dbg !288
  store double %265, ptr %267, align 8, !dbg !288
  store double %266, ptr %268, align 8, !dbg !288
  br label %269, !dbg !286

269:                                              ; preds = %254
  %270 = load i32, ptr %19, align 4, !dbg !289
  %271 = add nsw i32 %270, 1, !dbg !289
  store i32 %271, ptr %19, align 4, !dbg !289
  br label %250, !dbg !284, !llvm.loop !290

272:                                              ; preds = %250
  br label %273, !dbg !285

273:                                              ; preds = %272, %246
  ret void, !dbg !291
}

; Function Attrs: nounwind
declare double @cabs(double noundef, double noundef) #1

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #2

declare { double, double } @__muldc3(double, double, double, double)

; Function Attrs: nounwind
declare i64 @lround(double noundef) #1

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "fft.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 30, type: !11, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "fft.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 32, column: 14, scope: !9)
!14 = !DILocation(line: 32, column: 10, scope: !9)
!15 = !DILocation(line: 32, column: 21, scope: !9)
!16 = !DILocation(line: 32, column: 23, scope: !9)
!17 = !DILocation(line: 32, column: 5, scope: !9)
!18 = !DILocation(line: 32, column: 57, scope: !9)
!19 = !DILocation(line: 32, column: 55, scope: !9)
!20 = !DILocation(line: 32, column: 59, scope: !9)
!21 = !DILocation(line: 32, column: 40, scope: !9)
!22 = !DILocation(line: 32, column: 90, scope: !9)
!23 = !DILocation(line: 32, column: 88, scope: !9)
!24 = !DILocation(line: 32, column: 92, scope: !9)
!25 = !DILocation(line: 32, column: 72, scope: !9)
!26 = !DILocation(line: 32, column: 64, scope: !9)
!27 = !DILocation(line: 32, column: 100, scope: !9)
!28 = !DILocation(line: 32, column: 102, scope: !9)
!29 = !DILocation(line: 32, column: 99, scope: !9)
!30 = !DILocation(line: 32, column: 97, scope: !9)
!31 = !DILocation(line: 32, column: 35, scope: !9)
!32 = !DILocation(line: 32, column: 33, scope: !9)
!33 = !DILocation(line: 32, column: 38, scope: !9)
!34 = !DILocation(line: 32, column: 29, scope: !9)
!35 = distinct !{!35, !17, !36, !37}
!36 = !DILocation(line: 32, column: 109, scope: !9)
!37 = !{!"llvm.loop.mustprogress"}
!38 = !DILocation(line: 33, column: 14, scope: !9)
!39 = !DILocation(line: 33, column: 10, scope: !9)
!40 = !DILocation(line: 33, column: 21, scope: !9)
!41 = !DILocation(line: 33, column: 23, scope: !9)
!42 = !DILocation(line: 33, column: 5, scope: !9)
!43 = !DILocation(line: 33, column: 42, scope: !9)
!44 = !DILocation(line: 33, column: 40, scope: !9)
!45 = !DILocation(line: 33, column: 35, scope: !9)
!46 = !DILocation(line: 33, column: 33, scope: !9)
!47 = !DILocation(line: 33, column: 38, scope: !9)
!48 = !DILocation(line: 33, column: 29, scope: !9)
!49 = distinct !{!49, !42, !50, !37}
!50 = !DILocation(line: 33, column: 43, scope: !9)
!51 = !DILocation(line: 34, column: 5, scope: !9)
!52 = !DILocation(line: 35, column: 9, scope: !9)
!53 = !DILocation(line: 35, column: 28, scope: !9)
!54 = !DILocation(line: 35, column: 24, scope: !9)
!55 = !DILocation(line: 35, column: 35, scope: !9)
!56 = !DILocation(line: 35, column: 37, scope: !9)
!57 = !DILocation(line: 35, column: 19, scope: !9)
!58 = !DILocation(line: 35, column: 62, scope: !9)
!59 = !DILocation(line: 35, column: 60, scope: !9)
!60 = !DILocation(line: 35, column: 55, scope: !9)
!61 = !DILocation(line: 35, column: 75, scope: !9)
!62 = !DILocation(line: 35, column: 73, scope: !9)
!63 = !DILocation(line: 35, column: 68, scope: !9)
!64 = !DILocation(line: 35, column: 66, scope: !9)
!65 = !DILocation(line: 35, column: 90, scope: !9)
!66 = !DILocation(line: 35, column: 88, scope: !9)
!67 = !DILocation(line: 35, column: 83, scope: !9)
!68 = !DILocation(line: 35, column: 80, scope: !9)
!69 = !DILocation(line: 35, column: 47, scope: !9)
!70 = distinct !{!70, !57, !65, !37}
!71 = !DILocation(line: 36, column: 35, scope: !9)
!72 = !DILocation(line: 36, column: 48, scope: !9)
!73 = !DILocation(line: 36, column: 46, scope: !9)
!74 = !DILocation(line: 36, column: 41, scope: !9)
!75 = !DILocation(line: 36, column: 5, scope: !9)
!76 = !DILocation(line: 37, column: 46, scope: !9)
!77 = !DILocation(line: 37, column: 58, scope: !9)
!78 = !DILocation(line: 37, column: 53, scope: !9)
!79 = !DILocation(line: 37, column: 70, scope: !9)
!80 = !DILocation(line: 37, column: 65, scope: !9)
!81 = !DILocation(line: 37, column: 5, scope: !9)
!82 = !DILocation(line: 38, column: 5, scope: !9)
!83 = !DILocation(line: 39, column: 12, scope: !9)
!84 = !DILocation(line: 39, column: 30, scope: !9)
!85 = !DILocation(line: 39, column: 26, scope: !9)
!86 = !DILocation(line: 39, column: 37, scope: !9)
!87 = !DILocation(line: 39, column: 39, scope: !9)
!88 = !DILocation(line: 39, column: 21, scope: !9)
!89 = !DILocation(line: 39, column: 60, scope: !9)
!90 = !DILocation(line: 39, column: 72, scope: !9)
!91 = !DILocation(line: 39, column: 70, scope: !9)
!92 = !DILocation(line: 39, column: 79, scope: !9)
!93 = !DILocation(line: 39, column: 77, scope: !9)
!94 = !DILocation(line: 39, column: 75, scope: !9)
!95 = !DILocation(line: 39, column: 65, scope: !9)
!96 = !DILocation(line: 39, column: 55, scope: !9)
!97 = !DILocation(line: 39, column: 53, scope: !9)
!98 = !DILocation(line: 39, column: 49, scope: !9)
!99 = !DILocation(line: 39, column: 45, scope: !9)
!100 = distinct !{!100, !88, !101, !37}
!101 = !DILocation(line: 39, column: 82, scope: !9)
!102 = !DILocation(line: 40, column: 33, scope: !9)
!103 = !DILocation(line: 40, column: 37, scope: !9)
!104 = !DILocation(line: 40, column: 5, scope: !9)
!105 = !DILocation(line: 43, column: 14, scope: !9)
!106 = !DILocation(line: 43, column: 10, scope: !9)
!107 = !DILocation(line: 43, column: 21, scope: !9)
!108 = !DILocation(line: 43, column: 23, scope: !9)
!109 = !DILocation(line: 43, column: 5, scope: !9)
!110 = !DILocation(line: 43, column: 35, scope: !9)
!111 = !DILocation(line: 43, column: 33, scope: !9)
!112 = !DILocation(line: 43, column: 38, scope: !9)
!113 = !DILocation(line: 43, column: 29, scope: !9)
!114 = distinct !{!114, !109, !115, !37}
!115 = !DILocation(line: 43, column: 40, scope: !9)
!116 = !DILocation(line: 44, column: 10, scope: !9)
!117 = !DILocation(line: 44, column: 20, scope: !9)
!118 = !DILocation(line: 44, column: 30, scope: !9)
!119 = !DILocation(line: 45, column: 5, scope: !9)
!120 = !DILocation(line: 46, column: 14, scope: !9)
!121 = !DILocation(line: 46, column: 10, scope: !9)
!122 = !DILocation(line: 46, column: 21, scope: !9)
!123 = !DILocation(line: 46, column: 23, scope: !9)
!124 = !DILocation(line: 46, column: 5, scope: !9)
!125 = !DILocation(line: 46, column: 42, scope: !9)
!126 = !DILocation(line: 46, column: 40, scope: !9)
!127 = !DILocation(line: 46, column: 49, scope: !9)
!128 = !DILocation(line: 46, column: 47, scope: !9)
!129 = !DILocation(line: 46, column: 45, scope: !9)
!130 = !{!"branch_weights", i32 1, i32 1048575}
!131 = !DILocation(line: 46, column: 56, scope: !9)
!132 = !DILocation(line: 46, column: 54, scope: !9)
!133 = !DILocation(line: 46, column: 52, scope: !9)
!134 = !DILocation(line: 46, column: 63, scope: !9)
!135 = !DILocation(line: 46, column: 61, scope: !9)
!136 = !DILocation(line: 46, column: 59, scope: !9)
!137 = !DILocation(line: 46, column: 35, scope: !9)
!138 = !DILocation(line: 46, column: 33, scope: !9)
!139 = !DILocation(line: 46, column: 38, scope: !9)
!140 = !DILocation(line: 46, column: 29, scope: !9)
!141 = distinct !{!141, !124, !142, !37}
!142 = !DILocation(line: 46, column: 64, scope: !9)
!143 = !DILocation(line: 47, column: 5, scope: !9)
!144 = !DILocation(line: 48, column: 14, scope: !9)
!145 = !DILocation(line: 48, column: 10, scope: !9)
!146 = !DILocation(line: 48, column: 21, scope: !9)
!147 = !DILocation(line: 48, column: 23, scope: !9)
!148 = !DILocation(line: 48, column: 5, scope: !9)
!149 = !DILocation(line: 48, column: 64, scope: !9)
!150 = !DILocation(line: 48, column: 62, scope: !9)
!151 = !DILocation(line: 48, column: 49, scope: !9)
!152 = !DILocation(line: 48, column: 34, scope: !9)
!153 = !DILocation(line: 48, column: 30, scope: !9)
!154 = distinct !{!154, !148, !155, !37}
!155 = !DILocation(line: 48, column: 68, scope: !9)
!156 = !DILocation(line: 49, column: 5, scope: !9)
!157 = !DILocation(line: 50, column: 5, scope: !9)
!158 = distinct !DISubprogram(name: "fft", scope: !10, file: !10, line: 9, type: !11, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!159 = !DILocation(line: 10, column: 14, scope: !158)
!160 = !DILocation(line: 10, column: 21, scope: !158)
!161 = !DILocation(line: 10, column: 10, scope: !158)
!162 = !DILocation(line: 10, column: 28, scope: !158)
!163 = !DILocation(line: 10, column: 32, scope: !158)
!164 = !DILocation(line: 10, column: 30, scope: !158)
!165 = !DILocation(line: 10, column: 5, scope: !158)
!166 = !DILocation(line: 11, column: 19, scope: !158)
!167 = !DILocation(line: 11, column: 21, scope: !158)
!168 = !DILocation(line: 11, column: 13, scope: !158)
!169 = !DILocation(line: 12, column: 9, scope: !158)
!170 = !DILocation(line: 12, column: 16, scope: !158)
!171 = !DILocation(line: 12, column: 20, scope: !158)
!172 = !DILocation(line: 12, column: 18, scope: !158)
!173 = !DILocation(line: 12, column: 41, scope: !158)
!174 = !DILocation(line: 12, column: 38, scope: !158)
!175 = !DILocation(line: 12, column: 36, scope: !158)
!176 = !DILocation(line: 12, column: 29, scope: !158)
!177 = distinct !{!177, !169, !173, !37}
!178 = !DILocation(line: 13, column: 14, scope: !158)
!179 = !DILocation(line: 13, column: 11, scope: !158)
!180 = !DILocation(line: 14, column: 13, scope: !158)
!181 = !DILocation(line: 14, column: 17, scope: !158)
!182 = !DILocation(line: 14, column: 15, scope: !158)
!183 = !DILocation(line: 14, column: 41, scope: !158)
!184 = !DILocation(line: 14, column: 43, scope: !158)
!185 = !DILocation(line: 14, column: 37, scope: !158)
!186 = !DILocation(line: 14, column: 54, scope: !158)
!187 = !DILocation(line: 14, column: 56, scope: !158)
!188 = !DILocation(line: 14, column: 47, scope: !158)
!189 = !DILocation(line: 14, column: 49, scope: !158)
!190 = !DILocation(line: 14, column: 52, scope: !158)
!191 = !DILocation(line: 14, column: 67, scope: !158)
!192 = !DILocation(line: 14, column: 60, scope: !158)
!193 = !DILocation(line: 14, column: 62, scope: !158)
!194 = !DILocation(line: 14, column: 65, scope: !158)
!195 = !DILocation(line: 14, column: 70, scope: !158)
!196 = !DILocation(line: 15, column: 5, scope: !158)
!197 = !DILocation(line: 10, column: 36, scope: !158)
!198 = distinct !{!198, !165, !196, !37}
!199 = !DILocation(line: 16, column: 14, scope: !158)
!200 = !DILocation(line: 16, column: 10, scope: !158)
!201 = !DILocation(line: 16, column: 23, scope: !158)
!202 = !DILocation(line: 16, column: 30, scope: !158)
!203 = !DILocation(line: 16, column: 27, scope: !158)
!204 = !DILocation(line: 16, column: 5, scope: !158)
!205 = !DILocation(line: 17, column: 31, scope: !158)
!206 = !DILocation(line: 17, column: 29, scope: !158)
!207 = !DILocation(line: 17, column: 38, scope: !158)
!208 = !DILocation(line: 17, column: 37, scope: !158)
!209 = !DILocation(line: 17, column: 35, scope: !158)
!210 = !DILocation(line: 17, column: 16, scope: !158)
!211 = !DILocation(line: 18, column: 33, scope: !158)
!212 = !DILocation(line: 18, column: 29, scope: !158)
!213 = !DILocation(line: 18, column: 44, scope: !158)
!214 = !DILocation(line: 18, column: 40, scope: !158)
!215 = !DILocation(line: 18, column: 49, scope: !158)
!216 = !DILocation(line: 18, column: 38, scope: !158)
!217 = !DILocation(line: 18, column: 24, scope: !158)
!218 = !DILocation(line: 19, column: 18, scope: !158)
!219 = !DILocation(line: 19, column: 14, scope: !158)
!220 = !DILocation(line: 19, column: 25, scope: !158)
!221 = !DILocation(line: 19, column: 29, scope: !158)
!222 = !DILocation(line: 19, column: 27, scope: !158)
!223 = !DILocation(line: 19, column: 9, scope: !158)
!224 = !DILocation(line: 20, column: 28, scope: !158)
!225 = !DILocation(line: 21, column: 22, scope: !158)
!226 = !DILocation(line: 21, column: 18, scope: !158)
!227 = !DILocation(line: 21, column: 29, scope: !158)
!228 = !DILocation(line: 21, column: 33, scope: !158)
!229 = !DILocation(line: 21, column: 37, scope: !158)
!230 = !DILocation(line: 21, column: 31, scope: !158)
!231 = !DILocation(line: 21, column: 13, scope: !158)
!232 = !DILocation(line: 22, column: 36, scope: !158)
!233 = !DILocation(line: 22, column: 38, scope: !158)
!234 = !DILocation(line: 22, column: 42, scope: !158)
!235 = !DILocation(line: 22, column: 40, scope: !158)
!236 = !DILocation(line: 22, column: 32, scope: !158)
!237 = !DILocation(line: 22, column: 50, scope: !158)
!238 = !DILocation(line: 22, column: 52, scope: !158)
!239 = !DILocation(line: 22, column: 56, scope: !158)
!240 = !DILocation(line: 22, column: 54, scope: !158)
!241 = !DILocation(line: 22, column: 60, scope: !158)
!242 = !DILocation(line: 22, column: 64, scope: !158)
!243 = !DILocation(line: 22, column: 58, scope: !158)
!244 = !DILocation(line: 22, column: 71, scope: !158)
!245 = !DILocation(line: 22, column: 69, scope: !158)
!246 = !DILocation(line: 22, column: 46, scope: !158)
!247 = !DILocation(line: 23, column: 28, scope: !158)
!248 = !DILocation(line: 23, column: 32, scope: !158)
!249 = !DILocation(line: 23, column: 30, scope: !158)
!250 = !DILocation(line: 23, column: 17, scope: !158)
!251 = !DILocation(line: 23, column: 19, scope: !158)
!252 = !DILocation(line: 23, column: 23, scope: !158)
!253 = !DILocation(line: 23, column: 21, scope: !158)
!254 = !DILocation(line: 23, column: 26, scope: !158)
!255 = !DILocation(line: 23, column: 56, scope: !158)
!256 = !DILocation(line: 23, column: 60, scope: !158)
!257 = !DILocation(line: 23, column: 58, scope: !158)
!258 = !DILocation(line: 23, column: 35, scope: !158)
!259 = !DILocation(line: 23, column: 37, scope: !158)
!260 = !DILocation(line: 23, column: 41, scope: !158)
!261 = !DILocation(line: 23, column: 39, scope: !158)
!262 = !DILocation(line: 23, column: 45, scope: !158)
!263 = !DILocation(line: 23, column: 49, scope: !158)
!264 = !DILocation(line: 23, column: 43, scope: !158)
!265 = !DILocation(line: 23, column: 54, scope: !158)
!266 = !DILocation(line: 23, column: 68, scope: !158)
!267 = !DILocation(line: 23, column: 65, scope: !158)
!268 = !DILocation(line: 24, column: 13, scope: !158)
!269 = !DILocation(line: 21, column: 43, scope: !158)
!270 = distinct !{!270, !231, !268, !37}
!271 = !DILocation(line: 25, column: 9, scope: !158)
!272 = !DILocation(line: 19, column: 37, scope: !158)
!273 = !DILocation(line: 19, column: 34, scope: !158)
!274 = distinct !{!274, !223, !271, !37}
!275 = !DILocation(line: 26, column: 5, scope: !158)
!276 = !DILocation(line: 16, column: 37, scope: !158)
!277 = distinct !{!277, !204, !275, !37}
!278 = !DILocation(line: 27, column: 9, scope: !158)
!279 = !DILocation(line: 27, column: 23, scope: !158)
!280 = !DILocation(line: 27, column: 19, scope: !158)
!281 = !DILocation(line: 27, column: 30, scope: !158)
!282 = !DILocation(line: 27, column: 34, scope: !158)
!283 = !DILocation(line: 27, column: 32, scope: !158)
!284 = !DILocation(line: 27, column: 14, scope: !158)
!285 = !DILocation(line: 27, column: 50, scope: !158)
!286 = !DILocation(line: 27, column: 42, scope: !158)
!287 = !DILocation(line: 27, column: 44, scope: !158)
!288 = !DILocation(line: 27, column: 47, scope: !158)
!289 = !DILocation(line: 27, column: 38, scope: !158)
!290 = distinct !{!290, !284, !285, !37}
!291 = !DILocation(line: 28, column: 1, scope: !158)
