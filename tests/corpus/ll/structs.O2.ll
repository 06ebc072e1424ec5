; ModuleID = 'structs.c'
source_filename = "structs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.vec2 = type { double, double }
%struct.small = type { i32, i8, i16 }
%struct.mixed = type { float, i32 }
%struct.big = type { [9 x i64], %struct.vec2, [5 x i8] }
%struct.node = type { %struct.vec2, %struct.anon }
%struct.anon = type { i32, %struct.small }

@.str = private unnamed_addr constant [17 x i8] c"vec %.17g %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [25 x i8] c"small %d %d %d size=%zu\0A\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"mixed %.9g %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [22 x i8] c"big %ld %ld %s %.17g\0A\00", align 1
@.str.4 = private unnamed_addr constant [20 x i8] c"nodes %ld size=%zu\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.vec2, align 8
  %3 = alloca i32, align 4
  %4 = alloca %struct.vec2, align 8
  %5 = alloca %struct.vec2, align 8
  %6 = alloca %struct.small, align 4
  %7 = alloca %struct.mixed, align 4
  %8 = alloca %struct.big, align 8
  %9 = alloca %struct.big, align 8
  %10 = alloca [4 x %struct.node], align 16
  %11 = alloca i32, align 4
  %12 = alloca %struct.vec2, align 8
  %13 = alloca %struct.small, align 4
  %14 = alloca i64, align 8
  %15 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5, !dbg !17
  call void @llvm.memset.p0.i64(ptr align 8 %2, i8 0, i64 16, i1 false), !dbg !18
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !19
  store i32 0, ptr %3, align 4, !dbg !20, !tbaa !9
  br label %16, !dbg !19

16:                                               ; preds = %43, %0
  %17 = load i32, ptr %3, align 4, !dbg !21, !tbaa !9
  %18 = icmp slt i32 %17, 10, !dbg !22
  br i1 %18, label %20, label %19, !dbg !23

19:                                               ; preds = %16
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !24
  br label %46

20:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(ptr %4) #5, !dbg !25
  %21 = getelementptr inbounds nuw %struct.vec2, ptr %5, i32 0, i32 0, !dbg !26
  %22 = load i32, ptr %3, align 4, !dbg !27, !tbaa !9
  %23 = sitofp i32 %22 to double, !dbg !27
  %24 = fmul double %23, 5.000000e-01, !dbg !28
  store double %24, ptr %21, align 8, !dbg !29, !tbaa !30
  %25 = getelementptr inbounds nuw %struct.vec2, ptr %5, i32 0, i32 1, !dbg !26
  %26 = load i32, ptr %3, align 4, !dbg !33, !tbaa !9
  %27 = sub nsw i32 0, %26, !dbg !34
  %28 = sitofp i32 %27 to double, !dbg !34
  %29 = fmul double %28, 2.500000e-01, !dbg !35
  store double %29, ptr %25, align 8, !dbg !29, !tbaa !36
  %30 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !25
  %31 = load double, ptr %30, align 8, !dbg !25
  %32 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !25
  %33 = load double, ptr %32, align 8, !dbg !25
  %34 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 0, !dbg !25
  %35 = load double, ptr %34, align 8, !dbg !25
  %36 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 1, !dbg !25
  %37 = load double, ptr %36, align 8, !dbg !25
  %38 = call { double, double } @vadd(double %31, double %33, double %35, double %37), !dbg !25
  %39 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 0, !dbg !25
  %40 = extractvalue { double, double } %38, 0, !dbg !37
  store double %40, ptr %39, align 8, !dbg !38
  %41 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 1, !dbg !25
  %42 = extractvalue { double, double } %38, 1, !dbg !37
  store double %42, ptr %41, align 8, !dbg !38
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 %4, i64 16, i1 false), !dbg !38, !tbaa.struct !39
  call void @llvm.lifetime.end.p0(ptr %4) #5, !dbg !25
  br label %43, !dbg !41

43:                                               ; preds = %20
  %44 = load i32, ptr %3, align 4, !dbg !42, !tbaa !9
  %45 = add nsw i32 %44, 1, !dbg !43
  store i32 %45, ptr %3, align 4, !dbg !44, !tbaa !9
  br label %16, !dbg !24, !llvm.loop !45

46:                                               ; preds = %19
  %47 = getelementptr inbounds nuw %struct.vec2, ptr %2, i32 0, i32 0, !dbg !48
  %48 = load double, ptr %47, align 8, !dbg !48, !tbaa !30
  %49 = getelementptr inbounds nuw %struct.vec2, ptr %2, i32 0, i32 1, !dbg !49
  %50 = load double, ptr %49, align 8, !dbg !49, !tbaa !36
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %48, double noundef %50), !dbg !50
  call void @llvm.lifetime.start.p0(ptr %6) #5, !dbg !51
  %52 = call i64 @mk_small(i32 noundef 1234), !dbg !52
  store i64 %52, ptr %6, align 4, !dbg !53
  %53 = getelementptr inbounds nuw %struct.small, ptr %6, i32 0, i32 0, !dbg !54
  %54 = load i32, ptr %53, align 4, !dbg !54, !tbaa !55
  %55 = getelementptr inbounds nuw %struct.small, ptr %6, i32 0, i32 1, !dbg !58
  %56 = load i8, ptr %55, align 4, !dbg !58, !tbaa !59
  %57 = sext i8 %56 to i32, !dbg !60
  %58 = getelementptr inbounds nuw %struct.small, ptr %6, i32 0, i32 2, !dbg !61
  %59 = load i16, ptr %58, align 2, !dbg !61, !tbaa !62
  %60 = sext i16 %59 to i32, !dbg !63
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %54, i32 noundef %57, i32 noundef %60, i64 noundef 8), !dbg !64
  call void @llvm.lifetime.start.p0(ptr %7) #5, !dbg !65
  %62 = call i64 @mk_mixed(float noundef 1.500000e+00, i32 noundef 41), !dbg !66
  store i64 %62, ptr %7, align 4, !dbg !67
  %63 = getelementptr inbounds nuw %struct.mixed, ptr %7, i32 0, i32 0, !dbg !68
  %64 = load float, ptr %63, align 4, !dbg !68, !tbaa !69
  %65 = fpext float %64 to double, !dbg !72
  %66 = getelementptr inbounds nuw %struct.mixed, ptr %7, i32 0, i32 1, !dbg !73
  %67 = load i32, ptr %66, align 4, !dbg !73, !tbaa !74
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %65, i32 noundef %67), !dbg !75
  call void @llvm.lifetime.start.p0(ptr %8) #5, !dbg !76
  call void @mk_big(ptr dead_on_unwind writable sret(%struct.big) align 8 %8, i64 noundef 77), !dbg !77
  call void @llvm.lifetime.start.p0(ptr %9) #5, !dbg !78
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %8, i64 96, i1 false), !dbg !79, !tbaa.struct !80
  %69 = getelementptr inbounds nuw %struct.big, ptr %9, i32 0, i32 0, !dbg !82
  %70 = getelementptr inbounds [9 x i64], ptr %69, i64 0, i64 0, !dbg !83
  store i64 0, ptr %70, align 8, !dbg !84, !tbaa !85
  %71 = call i64 @sum_big(ptr noundef byval(%struct.big) align 8 %8), !dbg !87
  %72 = call i64 @sum_big(ptr noundef byval(%struct.big) align 8 %9), !dbg !88
  %73 = getelementptr inbounds nuw %struct.big, ptr %8, i32 0, i32 2, !dbg !89
  %74 = getelementptr inbounds [5 x i8], ptr %73, i64 0, i64 0, !dbg !90
  %75 = getelementptr inbounds nuw %struct.big, ptr %8, i32 0, i32 1, !dbg !91
  %76 = getelementptr inbounds nuw %struct.vec2, ptr %75, i32 0, i32 0, !dbg !92
  %77 = load double, ptr %76, align 8, !dbg !92, !tbaa !93
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %71, i64 noundef %72, ptr noundef %74, double noundef %77), !dbg !95
  call void @llvm.lifetime.start.p0(ptr %10) #5, !dbg !96
  call void @llvm.lifetime.start.p0(ptr %11) #5, !dbg !97
  store i32 0, ptr %11, align 4, !dbg !98, !tbaa !9
  br label %79, !dbg !97

79:                                               ; preds = %110, %46
  %80 = load i32, ptr %11, align 4, !dbg !99, !tbaa !9
  %81 = icmp slt i32 %80, 4, !dbg !100
  br i1 %81, label %83, label %82, !dbg !101

82:                                               ; preds = %79
  call void @llvm.lifetime.end.p0(ptr %11) #5, !dbg !102
  br label %113

83:                                               ; preds = %79
  %84 = load i32, ptr %11, align 4, !dbg !103, !tbaa !9
  %85 = sext i32 %84 to i64, !dbg !104
  %86 = getelementptr inbounds [4 x %struct.node], ptr %10, i64 0, i64 %85, !dbg !104
  %87 = getelementptr inbounds nuw %struct.node, ptr %86, i32 0, i32 0, !dbg !105
  %88 = getelementptr inbounds nuw %struct.vec2, ptr %12, i32 0, i32 0, !dbg !106
  %89 = load i32, ptr %11, align 4, !dbg !107, !tbaa !9
  %90 = sitofp i32 %89 to double, !dbg !108
  store double %90, ptr %88, align 8, !dbg !109, !tbaa !30
  %91 = getelementptr inbounds nuw %struct.vec2, ptr %12, i32 0, i32 1, !dbg !106
  %92 = load i32, ptr %11, align 4, !dbg !110, !tbaa !9
  %93 = load i32, ptr %11, align 4, !dbg !111, !tbaa !9
  %94 = mul nsw i32 %92, %93, !dbg !112
  %95 = sitofp i32 %94 to double, !dbg !113
  store double %95, ptr %91, align 8, !dbg !109, !tbaa !36
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %87, ptr align 8 %12, i64 16, i1 false), !dbg !114, !tbaa.struct !39
  %96 = load i32, ptr %11, align 4, !dbg !115, !tbaa !9
  %97 = load i32, ptr %11, align 4, !dbg !116, !tbaa !9
  %98 = sext i32 %97 to i64, !dbg !117
  %99 = getelementptr inbounds [4 x %struct.node], ptr %10, i64 0, i64 %98, !dbg !117
  %100 = getelementptr inbounds nuw %struct.node, ptr %99, i32 0, i32 1, !dbg !118
  %101 = getelementptr inbounds nuw %struct.anon, ptr %100, i32 0, i32 0, !dbg !119
  store i32 %96, ptr %101, align 16, !dbg !120, !tbaa !121
  %102 = load i32, ptr %11, align 4, !dbg !124, !tbaa !9
  %103 = sext i32 %102 to i64, !dbg !125
  %104 = getelementptr inbounds [4 x %struct.node], ptr %10, i64 0, i64 %103, !dbg !125
  %105 = getelementptr inbounds nuw %struct.node, ptr %104, i32 0, i32 1, !dbg !126
  %106 = getelementptr inbounds nuw %struct.anon, ptr %105, i32 0, i32 1, !dbg !127
  call void @llvm.lifetime.start.p0(ptr %13) #5, !dbg !128
  %107 = load i32, ptr %11, align 4, !dbg !129, !tbaa !9
  %108 = add nsw i32 %107, 60, !dbg !130
  %109 = call i64 @mk_small(i32 noundef %108), !dbg !131
  store i64 %109, ptr %13, align 4, !dbg !132
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %106, ptr align 4 %13, i64 8, i1 false), !dbg !132, !tbaa.struct !133
  call void @llvm.lifetime.end.p0(ptr %13) #5, !dbg !128
  br label %110, !dbg !135

110:                                              ; preds = %83
  %111 = load i32, ptr %11, align 4, !dbg !136, !tbaa !9
  %112 = add nsw i32 %111, 1, !dbg !137
  store i32 %112, ptr %11, align 4, !dbg !138, !tbaa !9
  br label %79, !dbg !102, !llvm.loop !139

113:                                              ; preds = %82
  call void @llvm.lifetime.start.p0(ptr %14) #5, !dbg !141
  store i64 0, ptr %14, align 8, !dbg !142, !tbaa !85
  call void @llvm.lifetime.start.p0(ptr %15) #5, !dbg !143
  store i32 0, ptr %15, align 4, !dbg !144, !tbaa !9
  br label %114, !dbg !143

114:                                              ; preds = %154, %113
  %115 = load i32, ptr %15, align 4, !dbg !145, !tbaa !9
  %116 = icmp slt i32 %115, 4, !dbg !146
  br i1 %116, label %118, label %117, !dbg !147

117:                                              ; preds = %114
  call void @llvm.lifetime.end.p0(ptr %15) #5, !dbg !148
  br label %157

118:                                              ; preds = %114
  %119 = load i32, ptr %15, align 4, !dbg !149, !tbaa !9
  %120 = sext i32 %119 to i64, !dbg !150
  %121 = getelementptr inbounds [4 x %struct.node], ptr %10, i64 0, i64 %120, !dbg !150
  %122 = getelementptr inbounds nuw %struct.node, ptr %121, i32 0, i32 1, !dbg !151
  %123 = getelementptr inbounds nuw %struct.anon, ptr %122, i32 0, i32 1, !dbg !152
  %124 = getelementptr inbounds nuw %struct.small, ptr %123, i32 0, i32 2, !dbg !153
  %125 = load i16, ptr %124, align 2, !dbg !153, !tbaa !154
  %126 = sext i16 %125 to i64, !dbg !150
  %127 = load i32, ptr %15, align 4, !dbg !155, !tbaa !9
  %128 = sext i32 %127 to i64, !dbg !156
  %129 = getelementptr inbounds [4 x %struct.node], ptr %10, i64 0, i64 %128, !dbg !156
  %130 = getelementptr inbounds nuw %struct.node, ptr %129, i32 0, i32 1, !dbg !157
  %131 = getelementptr inbounds nuw %struct.anon, ptr %130, i32 0, i32 0, !dbg !158
  %132 = load i32, ptr %131, align 16, !dbg !158, !tbaa !121
  %133 = sext i32 %132 to i64, !dbg !156
  %134 = load i32, ptr %15, align 4, !dbg !159, !tbaa !9
  %135 = sext i32 %134 to i64, !dbg !160
  %136 = getelementptr inbounds [4 x %struct.node], ptr %10, i64 0, i64 %135, !dbg !160
  %137 = getelementptr inbounds nuw %struct.node, ptr %136, i32 0, i32 0, !dbg !161
  %138 = getelementptr inbounds nuw %struct.vec2, ptr %137, i32 0, i32 1, !dbg !162
  %139 = load double, ptr %138, align 8, !dbg !162, !tbaa !163
  %140 = fptosi double %139 to i64, !dbg !164
  %141 = mul nsw i64 %133, %140, !dbg !165
  %142 = add nsw i64 %126, %141, !dbg !166
  %143 = load i32, ptr %15, align 4, !dbg !167, !tbaa !9
  %144 = sext i32 %143 to i64, !dbg !168
  %145 = getelementptr inbounds [4 x %struct.node], ptr %10, i64 0, i64 %144, !dbg !168
  %146 = getelementptr inbounds nuw %struct.node, ptr %145, i32 0, i32 1, !dbg !169
  %147 = getelementptr inbounds nuw %struct.anon, ptr %146, i32 0, i32 1, !dbg !170
  %148 = getelementptr inbounds nuw %struct.small, ptr %147, i32 0, i32 1, !dbg !171
  %149 = load i8, ptr %148, align 4, !dbg !171, !tbaa !172
  %150 = sext i8 %149 to i64, !dbg !168
  %151 = add nsw i64 %142, %150, !dbg !173
  %152 = load i64, ptr %14, align 8, !dbg !174, !tbaa !85
  %153 = add nsw i64 %152, %151, !dbg !175
  store i64 %153, ptr %14, align 8, !dbg !176, !tbaa !85
  br label %154, !dbg !177

154:                                              ; preds = %118
  %155 = load i32, ptr %15, align 4, !dbg !178, !tbaa !9
  %156 = add nsw i32 %155, 1, !dbg !179
  store i32 %156, ptr %15, align 4, !dbg !180, !tbaa !9
  br label %114, !dbg !148, !llvm.loop !181

157:                                              ; preds = %117
  %158 = load i64, ptr %14, align 8, !dbg !182, !tbaa !85
  %159 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %158, i64 noundef 32), !dbg !183
  call void @llvm.lifetime.end.p0(ptr %14) #5, !dbg !184
  call void @llvm.lifetime.end.p0(ptr %10) #5, !dbg !184
  call void @llvm.lifetime.end.p0(ptr %9) #5, !dbg !184
  call void @llvm.lifetime.end.p0(ptr %8) #5, !dbg !184
  call void @llvm.lifetime.end.p0(ptr %7) #5, !dbg !184
  call void @llvm.lifetime.end.p0(ptr %6) #5, !dbg !184
  call void @llvm.lifetime.end.p0(ptr %2) #5, !dbg !184
  ret i32 0, !dbg !185
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nounwind uwtable
define internal { double, double } @vadd(double %0, double %1, double %2, double %3) #0 !dbg !186 {
  %5 = alloca %struct.vec2, align 8
  %6 = alloca %struct.vec2, align 8
  %7 = alloca %struct.vec2, align 8
  %8 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 0
  store double %0, ptr %8, align 8
  %9 = getelementptr inbounds nuw { double, double }, ptr %6, i32 0, i32 1
  store double %1, ptr %9, align 8
  %10 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 0
  store double %2, ptr %10, align 8
  %11 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 1
  store double %3, ptr %11, align 8
  %12 = getelementptr inbounds nuw %struct.vec2, ptr %5, i32 0, i32 0, !dbg !187
  %13 = getelementptr inbounds nuw %struct.vec2, ptr %6, i32 0, i32 0, !dbg !188
  %14 = load double, ptr %13, align 8, !dbg !188, !tbaa !30
  %15 = getelementptr inbounds nuw %struct.vec2, ptr %7, i32 0, i32 0, !dbg !189
  %16 = load double, ptr %15, align 8, !dbg !189, !tbaa !30
  %17 = fadd double %14, %16, !dbg !190
  store double %17, ptr %12, align 8, !dbg !191, !tbaa !30
  %18 = getelementptr inbounds nuw %struct.vec2, ptr %5, i32 0, i32 1, !dbg !187
  %19 = getelementptr inbounds nuw %struct.vec2, ptr %6, i32 0, i32 1, !dbg !192
  %20 = load double, ptr %19, align 8, !dbg !192, !tbaa !36
  %21 = getelementptr inbounds nuw %struct.vec2, ptr %7, i32 0, i32 1, !dbg !193
  %22 = load double, ptr %21, align 8, !dbg !193, !tbaa !36
  %23 = fadd double %20, %22, !dbg !194
  store double %23, ptr %18, align 8, !dbg !191, !tbaa !36
  %24 = load { double, double }, ptr %5, align 8, !dbg !195
  ret { double, double } %24, !dbg !196
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !197 i32 @printf(ptr noundef, ...) #4

; Function Attrs: nounwind uwtable
define internal i64 @mk_small(i32 noundef %0) #0 !dbg !199 {
  %2 = alloca %struct.small, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !9
  %4 = getelementptr inbounds nuw %struct.small, ptr %2, i32 0, i32 0, !dbg !200
  %5 = load i32, ptr %3, align 4, !dbg !201, !tbaa !9
  store i32 %5, ptr %4, align 4, !dbg !202, !tbaa !55
  %6 = getelementptr inbounds nuw %struct.small, ptr %2, i32 0, i32 1, !dbg !200
  %7 = load i32, ptr %3, align 4, !dbg !203, !tbaa !9
  %8 = and i32 %7, 127, !dbg !204
  %9 = trunc i32 %8 to i8, !dbg !205
  store i8 %9, ptr %6, align 4, !dbg !202, !tbaa !59
  %10 = getelementptr i8, ptr %2, i64 5, !dbg !200
  call void @llvm.memset.p0.i64(ptr align 1 %10, i8 0, i64 1, i1 false), !dbg !200
  %11 = getelementptr inbounds nuw %struct.small, ptr %2, i32 0, i32 2, !dbg !200
  %12 = load i32, ptr %3, align 4, !dbg !206, !tbaa !9
  %13 = mul nsw i32 %12, 3, !dbg !207
  %14 = trunc i32 %13 to i16, !dbg !208
  store i16 %14, ptr %11, align 2, !dbg !202, !tbaa !62
  %15 = load i64, ptr %2, align 4, !dbg !209
  ret i64 %15, !dbg !210
}

; Function Attrs: nounwind uwtable
define internal i64 @mk_mixed(float noundef %0, i32 noundef %1) #0 !dbg !211 {
  %3 = alloca %struct.mixed, align 4
  %4 = alloca float, align 4
  %5 = alloca i32, align 4
  store float %0, ptr %4, align 4, !tbaa !212
  store i32 %1, ptr %5, align 4, !tbaa !9
  %6 = getelementptr inbounds nuw %struct.mixed, ptr %3, i32 0, i32 0, !dbg !213
  %7 = load float, ptr %4, align 4, !dbg !214, !tbaa !212
  %8 = fmul float %7, 2.000000e+00, !dbg !215
  store float %8, ptr %6, align 4, !dbg !216, !tbaa !69
  %9 = getelementptr inbounds nuw %struct.mixed, ptr %3, i32 0, i32 1, !dbg !213
  %10 = load i32, ptr %5, align 4, !dbg !217, !tbaa !9
  %11 = add nsw i32 %10, 1, !dbg !218
  store i32 %11, ptr %9, align 4, !dbg !216, !tbaa !74
  %12 = load i64, ptr %3, align 4, !dbg !219
  ret i64 %12, !dbg !220
}

; Function Attrs: nounwind uwtable
define internal void @mk_big(ptr dead_on_unwind noalias writable sret(%struct.big) align 8 %0, i64 noundef %1) #0 !dbg !221 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca %struct.vec2, align 8
  %6 = alloca i32, align 4
  store i64 %1, ptr %3, align 8, !tbaa !85
  call void @llvm.lifetime.start.p0(ptr %4) #5, !dbg !222
  store i32 0, ptr %4, align 4, !dbg !223, !tbaa !9
  br label %7, !dbg !222

7:                                                ; preds = %21, %2
  %8 = load i32, ptr %4, align 4, !dbg !224, !tbaa !9
  %9 = icmp slt i32 %8, 9, !dbg !225
  br i1 %9, label %11, label %10, !dbg !226

10:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %4) #5, !dbg !227
  br label %24

11:                                               ; preds = %7
  %12 = load i64, ptr %3, align 8, !dbg !228, !tbaa !85
  %13 = load i32, ptr %4, align 4, !dbg !229, !tbaa !9
  %14 = add nsw i32 %13, 1, !dbg !230
  %15 = sext i32 %14 to i64, !dbg !231
  %16 = mul nsw i64 %12, %15, !dbg !232
  %17 = getelementptr inbounds nuw %struct.big, ptr %0, i32 0, i32 0, !dbg !233
  %18 = load i32, ptr %4, align 4, !dbg !234, !tbaa !9
  %19 = sext i32 %18 to i64, !dbg !235
  %20 = getelementptr inbounds [9 x i64], ptr %17, i64 0, i64 %19, !dbg !235
  store i64 %16, ptr %20, align 8, !dbg !236, !tbaa !85
  br label %21, !dbg !237

21:                                               ; preds = %11
  %22 = load i32, ptr %4, align 4, !dbg !238, !tbaa !9
  %23 = add nsw i32 %22, 1, !dbg !239
  store i32 %23, ptr %4, align 4, !dbg !240, !tbaa !9
  br label %7, !dbg !227, !llvm.loop !241

24:                                               ; preds = %10
  %25 = getelementptr inbounds nuw %struct.big, ptr %0, i32 0, i32 1, !dbg !243
  %26 = getelementptr inbounds nuw %struct.vec2, ptr %5, i32 0, i32 0, !dbg !244
  %27 = load i64, ptr %3, align 8, !dbg !245, !tbaa !85
  %28 = sitofp i64 %27 to double, !dbg !246
  %29 = fdiv double %28, 3.000000e+00, !dbg !247
  store double %29, ptr %26, align 8, !dbg !248, !tbaa !30
  %30 = getelementptr inbounds nuw %struct.vec2, ptr %5, i32 0, i32 1, !dbg !244
  %31 = load i64, ptr %3, align 8, !dbg !249, !tbaa !85
  %32 = sitofp i64 %31 to double, !dbg !250
  %33 = fneg double %32, !dbg !251
  store double %33, ptr %30, align 8, !dbg !248, !tbaa !36
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %25, ptr align 8 %5, i64 16, i1 false), !dbg !252, !tbaa.struct !39
  call void @llvm.lifetime.start.p0(ptr %6) #5, !dbg !253
  store i32 0, ptr %6, align 4, !dbg !254, !tbaa !9
  br label %34, !dbg !253

34:                                               ; preds = %50, %24
  %35 = load i32, ptr %6, align 4, !dbg !255, !tbaa !9
  %36 = icmp slt i32 %35, 4, !dbg !256
  br i1 %36, label %38, label %37, !dbg !257

37:                                               ; preds = %34
  call void @llvm.lifetime.end.p0(ptr %6) #5, !dbg !258
  br label %53

38:                                               ; preds = %34
  %39 = load i64, ptr %3, align 8, !dbg !259, !tbaa !85
  %40 = load i32, ptr %6, align 4, !dbg !260, !tbaa !9
  %41 = sext i32 %40 to i64, !dbg !260
  %42 = add nsw i64 %39, %41, !dbg !261
  %43 = srem i64 %42, 26, !dbg !262
  %44 = add nsw i64 97, %43, !dbg !263
  %45 = trunc i64 %44 to i8, !dbg !264
  %46 = getelementptr inbounds nuw %struct.big, ptr %0, i32 0, i32 2, !dbg !265
  %47 = load i32, ptr %6, align 4, !dbg !266, !tbaa !9
  %48 = sext i32 %47 to i64, !dbg !267
  %49 = getelementptr inbounds [5 x i8], ptr %46, i64 0, i64 %48, !dbg !267
  store i8 %45, ptr %49, align 1, !dbg !268, !tbaa !81
  br label %50, !dbg !269

50:                                               ; preds = %38
  %51 = load i32, ptr %6, align 4, !dbg !270, !tbaa !9
  %52 = add nsw i32 %51, 1, !dbg !271
  store i32 %52, ptr %6, align 4, !dbg !272, !tbaa !9
  br label %34, !dbg !258, !llvm.loop !273

53:                                               ; preds = %37
  %54 = getelementptr inbounds nuw %struct.big, ptr %0, i32 0, i32 2, !dbg !275
  %55 = getelementptr inbounds [5 x i8], ptr %54, i64 0, i64 4, !dbg !276
  store i8 0, ptr %55, align 4, !dbg !277, !tbaa !81
  ret void, !dbg !278
}

; Function Attrs: nounwind uwtable
define internal i64 @sum_big(ptr noundef byval(%struct.big) align 8 %0) #0 !dbg !279 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5, !dbg !280
  store i64 0, ptr %2, align 8, !dbg !281, !tbaa !85
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !282
  store i32 0, ptr %3, align 4, !dbg !283, !tbaa !9
  br label %4, !dbg !282

4:                                                ; preds = %16, %1
  %5 = load i32, ptr %3, align 4, !dbg !284, !tbaa !9
  %6 = icmp slt i32 %5, 9, !dbg !285
  br i1 %6, label %8, label %7, !dbg !286

7:                                                ; preds = %4
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !287
  br label %19

8:                                                ; preds = %4
  %9 = getelementptr inbounds nuw %struct.big, ptr %0, i32 0, i32 0, !dbg !288
  %10 = load i32, ptr %3, align 4, !dbg !289, !tbaa !9
  %11 = sext i32 %10 to i64, !dbg !290
  %12 = getelementptr inbounds [9 x i64], ptr %9, i64 0, i64 %11, !dbg !290
  %13 = load i64, ptr %12, align 8, !dbg !290, !tbaa !85
  %14 = load i64, ptr %2, align 8, !dbg !291, !tbaa !85
  %15 = add nsw i64 %14, %13, !dbg !292
  store i64 %15, ptr %2, align 8, !dbg !293, !tbaa !85
  br label %16, !dbg !294

16:                                               ; preds = %8
  %17 = load i32, ptr %3, align 4, !dbg !295, !tbaa !9
  %18 = add nsw i32 %17, 1, !dbg !296
  store i32 %18, ptr %3, align 4, !dbg !297, !tbaa !9
  br label %4, !dbg !287, !llvm.loop !298

19:                                               ; preds = %7
  %20 = load i64, ptr %2, align 8, !dbg !300, !tbaa !85
  %21 = getelementptr inbounds nuw %struct.big, ptr %0, i32 0, i32 1, !dbg !301
  %22 = getelementptr inbounds nuw %struct.vec2, ptr %21, i32 0, i32 0, !dbg !302
  %23 = load double, ptr %22, align 8, !dbg !302, !tbaa !93
  %24 = fptosi double %23 to i64, !dbg !303
  %25 = add nsw i64 %20, %24, !dbg !304
  call void @llvm.lifetime.end.p0(ptr %2) #5, !dbg !305
  ret i64 %25, !dbg !306
}

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "structs.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 23, type: !15, scopeLine: 23, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "structs.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 24, column: 5, scope: !13)
!18 = !DILocation(line: 24, column: 17, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !DILocation(line: 25, column: 10, scope: !13)
!20 = !DILocation(line: 25, column: 14, scope: !13, atomGroup: 2, atomRank: 1)
!21 = !DILocation(line: 25, column: 21, scope: !13)
!22 = !DILocation(line: 25, column: 23, scope: !13, atomGroup: 3, atomRank: 1)
!23 = !DILocation(line: 25, column: 5, scope: !13, atomGroup: 4, atomRank: 1)
!24 = !DILocation(line: 25, column: 5, scope: !13)
!25 = !DILocation(line: 25, column: 40, scope: !13)
!26 = !DILocation(line: 25, column: 63, scope: !13)
!27 = !DILocation(line: 25, column: 64, scope: !13)
!28 = !DILocation(line: 25, column: 66, scope: !13, atomGroup: 5, atomRank: 2)
!29 = !DILocation(line: 25, column: 63, scope: !13, atomGroup: 5, atomRank: 1)
!30 = !{!31, !32, i64 0}
!31 = !{!"vec2", !32, i64 0, !32, i64 8}
!32 = !{!"double", !11, i64 0}
!33 = !DILocation(line: 25, column: 74, scope: !13)
!34 = !DILocation(line: 25, column: 73, scope: !13)
!35 = !DILocation(line: 25, column: 76, scope: !13, atomGroup: 5, atomRank: 2)
!36 = !{!31, !32, i64 8}
!37 = !DILocation(line: 25, column: 40, scope: !13, atomGroup: 5, atomRank: 2)
!38 = !DILocation(line: 25, column: 40, scope: !13, atomGroup: 5, atomRank: 1)
!39 = !{i64 0, i64 8, !40, i64 8, i64 8, !40}
!40 = !{!32, !32, i64 0}
!41 = !DILocation(line: 25, column: 34, scope: !13, atomGroup: 7, atomRank: 1)
!42 = !DILocation(line: 25, column: 30, scope: !13)
!43 = !DILocation(line: 25, column: 30, scope: !13, atomGroup: 6, atomRank: 2)
!44 = !DILocation(line: 25, column: 30, scope: !13, atomGroup: 6, atomRank: 1)
!45 = distinct !{!45, !24, !46, !47}
!46 = !DILocation(line: 25, column: 83, scope: !13)
!47 = !{!"llvm.loop.mustprogress"}
!48 = !DILocation(line: 26, column: 37, scope: !13)
!49 = !DILocation(line: 26, column: 44, scope: !13)
!50 = !DILocation(line: 26, column: 5, scope: !13)
!51 = !DILocation(line: 27, column: 5, scope: !13)
!52 = !DILocation(line: 27, column: 22, scope: !13, atomGroup: 8, atomRank: 2)
!53 = !DILocation(line: 27, column: 22, scope: !13, atomGroup: 8, atomRank: 1)
!54 = !DILocation(line: 28, column: 43, scope: !13)
!55 = !{!56, !10, i64 0}
!56 = !{!"small", !10, i64 0, !11, i64 4, !57, i64 6}
!57 = !{!"short", !11, i64 0}
!58 = !DILocation(line: 28, column: 48, scope: !13)
!59 = !{!56, !11, i64 4}
!60 = !DILocation(line: 28, column: 46, scope: !13)
!61 = !DILocation(line: 28, column: 53, scope: !13)
!62 = !{!56, !57, i64 6}
!63 = !DILocation(line: 28, column: 51, scope: !13)
!64 = !DILocation(line: 28, column: 5, scope: !13)
!65 = !DILocation(line: 29, column: 5, scope: !13)
!66 = !DILocation(line: 29, column: 22, scope: !13, atomGroup: 9, atomRank: 2)
!67 = !DILocation(line: 29, column: 22, scope: !13, atomGroup: 9, atomRank: 1)
!68 = !DILocation(line: 30, column: 41, scope: !13)
!69 = !{!70, !71, i64 0}
!70 = !{!"mixed", !71, i64 0, !10, i64 4}
!71 = !{!"float", !11, i64 0}
!72 = !DILocation(line: 30, column: 31, scope: !13)
!73 = !DILocation(line: 30, column: 46, scope: !13)
!74 = !{!70, !10, i64 4}
!75 = !DILocation(line: 30, column: 5, scope: !13)
!76 = !DILocation(line: 31, column: 5, scope: !13)
!77 = !DILocation(line: 31, column: 20, scope: !13)
!78 = !DILocation(line: 32, column: 5, scope: !13)
!79 = !DILocation(line: 32, column: 20, scope: !13, atomGroup: 10, atomRank: 1)
!80 = !{i64 0, i64 72, !81, i64 72, i64 8, !40, i64 80, i64 8, !40, i64 88, i64 5, !81}
!81 = !{!11, !11, i64 0}
!82 = !DILocation(line: 32, column: 25, scope: !13)
!83 = !DILocation(line: 32, column: 23, scope: !13)
!84 = !DILocation(line: 32, column: 30, scope: !13, atomGroup: 11, atomRank: 1)
!85 = !{!86, !86, i64 0}
!86 = !{!"long", !11, i64 0}
!87 = !DILocation(line: 33, column: 38, scope: !13)
!88 = !DILocation(line: 33, column: 50, scope: !13)
!89 = !DILocation(line: 33, column: 64, scope: !13)
!90 = !DILocation(line: 33, column: 62, scope: !13)
!91 = !DILocation(line: 33, column: 71, scope: !13)
!92 = !DILocation(line: 33, column: 73, scope: !13)
!93 = !{!94, !32, i64 72}
!94 = !{!"big", !11, i64 0, !31, i64 72, !11, i64 88}
!95 = !DILocation(line: 33, column: 5, scope: !13)
!96 = !DILocation(line: 34, column: 5, scope: !13)
!97 = !DILocation(line: 35, column: 10, scope: !13)
!98 = !DILocation(line: 35, column: 14, scope: !13, atomGroup: 12, atomRank: 1)
!99 = !DILocation(line: 35, column: 21, scope: !13)
!100 = !DILocation(line: 35, column: 23, scope: !13, atomGroup: 13, atomRank: 1)
!101 = !DILocation(line: 35, column: 5, scope: !13, atomGroup: 14, atomRank: 1)
!102 = !DILocation(line: 35, column: 5, scope: !13)
!103 = !DILocation(line: 35, column: 41, scope: !13)
!104 = !DILocation(line: 35, column: 35, scope: !13)
!105 = !DILocation(line: 35, column: 44, scope: !13)
!106 = !DILocation(line: 35, column: 63, scope: !13)
!107 = !DILocation(line: 35, column: 64, scope: !13, atomGroup: 15, atomRank: 3)
!108 = !DILocation(line: 35, column: 64, scope: !13, atomGroup: 15, atomRank: 2)
!109 = !DILocation(line: 35, column: 63, scope: !13, atomGroup: 15, atomRank: 1)
!110 = !DILocation(line: 35, column: 67, scope: !13)
!111 = !DILocation(line: 35, column: 71, scope: !13)
!112 = !DILocation(line: 35, column: 69, scope: !13, atomGroup: 15, atomRank: 3)
!113 = !DILocation(line: 35, column: 67, scope: !13, atomGroup: 15, atomRank: 2)
!114 = !DILocation(line: 35, column: 50, scope: !13, atomGroup: 15, atomRank: 1)
!115 = !DILocation(line: 35, column: 94, scope: !13, atomGroup: 16, atomRank: 2)
!116 = !DILocation(line: 35, column: 81, scope: !13)
!117 = !DILocation(line: 35, column: 75, scope: !13)
!118 = !DILocation(line: 35, column: 84, scope: !13)
!119 = !DILocation(line: 35, column: 89, scope: !13)
!120 = !DILocation(line: 35, column: 92, scope: !13, atomGroup: 16, atomRank: 1)
!121 = !{!122, !10, i64 16}
!122 = !{!"node", !31, i64 0, !123, i64 16}
!123 = !{!"", !10, i64 0, !56, i64 4}
!124 = !DILocation(line: 35, column: 103, scope: !13)
!125 = !DILocation(line: 35, column: 97, scope: !13)
!126 = !DILocation(line: 35, column: 106, scope: !13)
!127 = !DILocation(line: 35, column: 111, scope: !13)
!128 = !DILocation(line: 35, column: 115, scope: !13)
!129 = !DILocation(line: 35, column: 124, scope: !13)
!130 = !DILocation(line: 35, column: 126, scope: !13)
!131 = !DILocation(line: 35, column: 115, scope: !13, atomGroup: 17, atomRank: 2)
!132 = !DILocation(line: 35, column: 115, scope: !13, atomGroup: 17, atomRank: 1)
!133 = !{i64 0, i64 4, !9, i64 4, i64 1, !81, i64 6, i64 2, !134}
!134 = !{!57, !57, i64 0}
!135 = !DILocation(line: 35, column: 133, scope: !13, atomGroup: 19, atomRank: 1)
!136 = !DILocation(line: 35, column: 29, scope: !13)
!137 = !DILocation(line: 35, column: 29, scope: !13, atomGroup: 18, atomRank: 2)
!138 = !DILocation(line: 35, column: 29, scope: !13, atomGroup: 18, atomRank: 1)
!139 = distinct !{!139, !102, !140, !47}
!140 = !DILocation(line: 35, column: 133, scope: !13)
!141 = !DILocation(line: 36, column: 5, scope: !13)
!142 = !DILocation(line: 36, column: 10, scope: !13, atomGroup: 20, atomRank: 1)
!143 = !DILocation(line: 37, column: 10, scope: !13)
!144 = !DILocation(line: 37, column: 14, scope: !13, atomGroup: 21, atomRank: 1)
!145 = !DILocation(line: 37, column: 21, scope: !13)
!146 = !DILocation(line: 37, column: 23, scope: !13, atomGroup: 22, atomRank: 1)
!147 = !DILocation(line: 37, column: 5, scope: !13, atomGroup: 23, atomRank: 1)
!148 = !DILocation(line: 37, column: 5, scope: !13)
!149 = !DILocation(line: 37, column: 44, scope: !13)
!150 = !DILocation(line: 37, column: 38, scope: !13)
!151 = !DILocation(line: 37, column: 47, scope: !13)
!152 = !DILocation(line: 37, column: 52, scope: !13)
!153 = !DILocation(line: 37, column: 54, scope: !13)
!154 = !{!122, !57, i64 26}
!155 = !DILocation(line: 37, column: 64, scope: !13)
!156 = !DILocation(line: 37, column: 58, scope: !13)
!157 = !DILocation(line: 37, column: 67, scope: !13)
!158 = !DILocation(line: 37, column: 72, scope: !13)
!159 = !DILocation(line: 37, column: 89, scope: !13)
!160 = !DILocation(line: 37, column: 83, scope: !13)
!161 = !DILocation(line: 37, column: 92, scope: !13)
!162 = !DILocation(line: 37, column: 96, scope: !13)
!163 = !{!122, !32, i64 8}
!164 = !DILocation(line: 37, column: 77, scope: !13)
!165 = !DILocation(line: 37, column: 75, scope: !13)
!166 = !DILocation(line: 37, column: 56, scope: !13)
!167 = !DILocation(line: 37, column: 106, scope: !13)
!168 = !DILocation(line: 37, column: 100, scope: !13)
!169 = !DILocation(line: 37, column: 109, scope: !13)
!170 = !DILocation(line: 37, column: 114, scope: !13)
!171 = !DILocation(line: 37, column: 116, scope: !13)
!172 = !{!122, !11, i64 24}
!173 = !DILocation(line: 37, column: 98, scope: !13)
!174 = !DILocation(line: 37, column: 35, scope: !13)
!175 = !DILocation(line: 37, column: 35, scope: !13, atomGroup: 24, atomRank: 2)
!176 = !DILocation(line: 37, column: 35, scope: !13, atomGroup: 24, atomRank: 1)
!177 = !DILocation(line: 37, column: 33, scope: !13, atomGroup: 26, atomRank: 1)
!178 = !DILocation(line: 37, column: 29, scope: !13)
!179 = !DILocation(line: 37, column: 29, scope: !13, atomGroup: 25, atomRank: 2)
!180 = !DILocation(line: 37, column: 29, scope: !13, atomGroup: 25, atomRank: 1)
!181 = distinct !{!181, !148, !171, !47}
!182 = !DILocation(line: 38, column: 36, scope: !13)
!183 = !DILocation(line: 38, column: 5, scope: !13)
!184 = !DILocation(line: 40, column: 1, scope: !13)
!185 = !DILocation(line: 39, column: 5, scope: !13, atomGroup: 28, atomRank: 1)
!186 = distinct !DISubprogram(name: "vadd", scope: !14, file: !14, line: 10, type: !15, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!187 = !DILocation(line: 10, column: 77, scope: !186)
!188 = !DILocation(line: 10, column: 80, scope: !186)
!189 = !DILocation(line: 10, column: 86, scope: !186)
!190 = !DILocation(line: 10, column: 82, scope: !186, atomGroup: 1, atomRank: 2)
!191 = !DILocation(line: 10, column: 77, scope: !186, atomGroup: 1, atomRank: 1)
!192 = !DILocation(line: 10, column: 91, scope: !186)
!193 = !DILocation(line: 10, column: 97, scope: !186)
!194 = !DILocation(line: 10, column: 93, scope: !186, atomGroup: 1, atomRank: 2)
!195 = !DILocation(line: 10, column: 57, scope: !186, atomGroup: 1, atomRank: 2)
!196 = !DILocation(line: 10, column: 57, scope: !186, atomGroup: 1, atomRank: 1)
!197 = !DISubprogram(name: "printf", scope: !198, file: !198, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!198 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!199 = distinct !DISubprogram(name: "mk_small", scope: !14, file: !14, line: 11, type: !15, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!200 = !DILocation(line: 11, column: 56, scope: !199)
!201 = !DILocation(line: 11, column: 57, scope: !199, atomGroup: 1, atomRank: 2)
!202 = !DILocation(line: 11, column: 56, scope: !199, atomGroup: 1, atomRank: 1)
!203 = !DILocation(line: 11, column: 67, scope: !199)
!204 = !DILocation(line: 11, column: 69, scope: !199, atomGroup: 1, atomRank: 3)
!205 = !DILocation(line: 11, column: 60, scope: !199, atomGroup: 1, atomRank: 2)
!206 = !DILocation(line: 11, column: 86, scope: !199)
!207 = !DILocation(line: 11, column: 88, scope: !199, atomGroup: 1, atomRank: 3)
!208 = !DILocation(line: 11, column: 78, scope: !199, atomGroup: 1, atomRank: 2)
!209 = !DILocation(line: 11, column: 95, scope: !199, atomGroup: 2, atomRank: 2)
!210 = !DILocation(line: 11, column: 95, scope: !199, atomGroup: 2, atomRank: 1)
!211 = distinct !DISubprogram(name: "mk_mixed", scope: !14, file: !14, line: 12, type: !15, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!212 = !{!71, !71, i64 0}
!213 = !DILocation(line: 12, column: 65, scope: !211)
!214 = !DILocation(line: 12, column: 66, scope: !211)
!215 = !DILocation(line: 12, column: 68, scope: !211, atomGroup: 1, atomRank: 2)
!216 = !DILocation(line: 12, column: 65, scope: !211, atomGroup: 1, atomRank: 1)
!217 = !DILocation(line: 12, column: 73, scope: !211)
!218 = !DILocation(line: 12, column: 75, scope: !211, atomGroup: 1, atomRank: 2)
!219 = !DILocation(line: 12, column: 81, scope: !211, atomGroup: 2, atomRank: 2)
!220 = !DILocation(line: 12, column: 81, scope: !211, atomGroup: 2, atomRank: 1)
!221 = distinct !DISubprogram(name: "mk_big", scope: !14, file: !14, line: 13, type: !15, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!222 = !DILocation(line: 15, column: 10, scope: !221)
!223 = !DILocation(line: 15, column: 14, scope: !221, atomGroup: 1, atomRank: 1)
!224 = !DILocation(line: 15, column: 21, scope: !221)
!225 = !DILocation(line: 15, column: 23, scope: !221, atomGroup: 2, atomRank: 1)
!226 = !DILocation(line: 15, column: 5, scope: !221, atomGroup: 3, atomRank: 1)
!227 = !DILocation(line: 15, column: 5, scope: !221)
!228 = !DILocation(line: 15, column: 42, scope: !221)
!229 = !DILocation(line: 15, column: 50, scope: !221)
!230 = !DILocation(line: 15, column: 52, scope: !221)
!231 = !DILocation(line: 15, column: 49, scope: !221)
!232 = !DILocation(line: 15, column: 47, scope: !221, atomGroup: 4, atomRank: 2)
!233 = !DILocation(line: 15, column: 35, scope: !221)
!234 = !DILocation(line: 15, column: 37, scope: !221)
!235 = !DILocation(line: 15, column: 33, scope: !221)
!236 = !DILocation(line: 15, column: 40, scope: !221, atomGroup: 4, atomRank: 1)
!237 = !DILocation(line: 15, column: 33, scope: !221, atomGroup: 6, atomRank: 1)
!238 = !DILocation(line: 15, column: 29, scope: !221)
!239 = !DILocation(line: 15, column: 29, scope: !221, atomGroup: 5, atomRank: 2)
!240 = !DILocation(line: 15, column: 29, scope: !221, atomGroup: 5, atomRank: 1)
!241 = distinct !{!241, !227, !242, !47}
!242 = !DILocation(line: 15, column: 55, scope: !221)
!243 = !DILocation(line: 16, column: 7, scope: !221)
!244 = !DILocation(line: 16, column: 24, scope: !221)
!245 = !DILocation(line: 16, column: 33, scope: !221)
!246 = !DILocation(line: 16, column: 25, scope: !221)
!247 = !DILocation(line: 16, column: 38, scope: !221, atomGroup: 7, atomRank: 2)
!248 = !DILocation(line: 16, column: 24, scope: !221, atomGroup: 7, atomRank: 1)
!249 = !DILocation(line: 16, column: 52, scope: !221)
!250 = !DILocation(line: 16, column: 44, scope: !221)
!251 = !DILocation(line: 16, column: 43, scope: !221, atomGroup: 7, atomRank: 2)
!252 = !DILocation(line: 16, column: 11, scope: !221, atomGroup: 7, atomRank: 1)
!253 = !DILocation(line: 17, column: 10, scope: !221)
!254 = !DILocation(line: 17, column: 14, scope: !221, atomGroup: 8, atomRank: 1)
!255 = !DILocation(line: 17, column: 21, scope: !221)
!256 = !DILocation(line: 17, column: 23, scope: !221, atomGroup: 9, atomRank: 1)
!257 = !DILocation(line: 17, column: 5, scope: !221, atomGroup: 10, atomRank: 1)
!258 = !DILocation(line: 17, column: 5, scope: !221)
!259 = !DILocation(line: 17, column: 58, scope: !221)
!260 = !DILocation(line: 17, column: 65, scope: !221)
!261 = !DILocation(line: 17, column: 63, scope: !221)
!262 = !DILocation(line: 17, column: 68, scope: !221)
!263 = !DILocation(line: 17, column: 55, scope: !221, atomGroup: 11, atomRank: 3)
!264 = !DILocation(line: 17, column: 44, scope: !221, atomGroup: 11, atomRank: 2)
!265 = !DILocation(line: 17, column: 35, scope: !221)
!266 = !DILocation(line: 17, column: 39, scope: !221)
!267 = !DILocation(line: 17, column: 33, scope: !221)
!268 = !DILocation(line: 17, column: 42, scope: !221, atomGroup: 11, atomRank: 1)
!269 = !DILocation(line: 17, column: 33, scope: !221, atomGroup: 13, atomRank: 1)
!270 = !DILocation(line: 17, column: 29, scope: !221)
!271 = !DILocation(line: 17, column: 29, scope: !221, atomGroup: 12, atomRank: 2)
!272 = !DILocation(line: 17, column: 29, scope: !221, atomGroup: 12, atomRank: 1)
!273 = distinct !{!273, !258, !274, !47}
!274 = !DILocation(line: 17, column: 72, scope: !221)
!275 = !DILocation(line: 18, column: 7, scope: !221)
!276 = !DILocation(line: 18, column: 5, scope: !221)
!277 = !DILocation(line: 18, column: 14, scope: !221, atomGroup: 14, atomRank: 1)
!278 = !DILocation(line: 19, column: 5, scope: !221, atomGroup: 15, atomRank: 1)
!279 = distinct !DISubprogram(name: "sum_big", scope: !14, file: !14, line: 21, type: !15, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!280 = !DILocation(line: 21, column: 37, scope: !279)
!281 = !DILocation(line: 21, column: 42, scope: !279, atomGroup: 1, atomRank: 1)
!282 = !DILocation(line: 21, column: 54, scope: !279)
!283 = !DILocation(line: 21, column: 58, scope: !279, atomGroup: 2, atomRank: 1)
!284 = !DILocation(line: 21, column: 65, scope: !279)
!285 = !DILocation(line: 21, column: 67, scope: !279, atomGroup: 3, atomRank: 1)
!286 = !DILocation(line: 21, column: 49, scope: !279, atomGroup: 4, atomRank: 1)
!287 = !DILocation(line: 21, column: 49, scope: !279)
!288 = !DILocation(line: 21, column: 84, scope: !279)
!289 = !DILocation(line: 21, column: 86, scope: !279)
!290 = !DILocation(line: 21, column: 82, scope: !279)
!291 = !DILocation(line: 21, column: 79, scope: !279)
!292 = !DILocation(line: 21, column: 79, scope: !279, atomGroup: 5, atomRank: 2)
!293 = !DILocation(line: 21, column: 79, scope: !279, atomGroup: 5, atomRank: 1)
!294 = !DILocation(line: 21, column: 77, scope: !279, atomGroup: 7, atomRank: 1)
!295 = !DILocation(line: 21, column: 73, scope: !279)
!296 = !DILocation(line: 21, column: 73, scope: !279, atomGroup: 6, atomRank: 2)
!297 = !DILocation(line: 21, column: 73, scope: !279, atomGroup: 6, atomRank: 1)
!298 = distinct !{!298, !287, !299, !47}
!299 = !DILocation(line: 21, column: 87, scope: !279)
!300 = !DILocation(line: 21, column: 97, scope: !279)
!301 = !DILocation(line: 21, column: 109, scope: !279)
!302 = !DILocation(line: 21, column: 111, scope: !279)
!303 = !DILocation(line: 21, column: 101, scope: !279)
!304 = !DILocation(line: 21, column: 99, scope: !279, atomGroup: 9, atomRank: 2)
!305 = !DILocation(line: 21, column: 114, scope: !279)
!306 = !DILocation(line: 21, column: 90, scope: !279, atomGroup: 9, atomRank: 1)
