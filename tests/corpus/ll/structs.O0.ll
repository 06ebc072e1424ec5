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

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
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
  call void @llvm.memset.p0.i64(ptr align 8 %2, i8 0, i64 16, i1 false), !dbg !13
  store i32 0, ptr %3, align 4, !dbg !14
  br label %16, !dbg !15

16:                                               ; preds = %42, %0
  %17 = load i32, ptr %3, align 4, !dbg !16
  %18 = icmp slt i32 %17, 10, !dbg !17
  br i1 %18, label %19, label %45, !dbg !18

19:                                               ; preds = %16
  %20 = getelementptr inbounds nuw %struct.vec2, ptr %5, i32 0, i32 0, !dbg !19
  %21 = load i32, ptr %3, align 4, !dbg !20
  %22 = sitofp i32 %21 to double, !dbg !20
  %23 = fmul double %22, 5.000000e-01, !dbg !21
  store double %23, ptr %20, align 8, !dbg !19
  %24 = getelementptr inbounds nuw %struct.vec2, ptr %5, i32 0, i32 1, !dbg !19
  %25 = load i32, ptr %3, align 4, !dbg !22
  %26 = sub nsw i32 0, %25, !dbg !23
  %27 = sitofp i32 %26 to double, !dbg !23
  %28 = fmul double %27, 2.500000e-01, !dbg !24
  store double %28, ptr %24, align 8, !dbg !19
  %29 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 0, !dbg !25
  %30 = load double, ptr %29, align 8, !dbg !25
  %31 = getelementptr inbounds nuw { double, double }, ptr %2, i32 0, i32 1, !dbg !25
  %32 = load double, ptr %31, align 8, !dbg !25
  %33 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 0, !dbg !25
  %34 = load double, ptr %33, align 8, !dbg !25
  %35 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 1, !dbg !25
  %36 = load double, ptr %35, align 8, !dbg !25
  %37 = call { double, double } @vadd(double %30, double %32, double %34, double %36), !dbg !25
  %38 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 0, !dbg !25
  %39 = extractvalue { double, double } %37, 0, !dbg !25
  store double %39, ptr %38, align 8, !dbg !25
  %40 = getelementptr inbounds nuw { double, double }, ptr %4, i32 0, i32 1, !dbg !25
  %41 = extractvalue { double, double } %37, 1, !dbg !25
  store double %41, ptr %40, align 8, !dbg !25
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 %4, i64 16, i1 false), !dbg !25
  br label %42, !dbg !26

42:                                               ; preds = %19
  %43 = load i32, ptr %3, align 4, !dbg !27
  %44 = add nsw i32 %43, 1, !dbg !27
  store i32 %44, ptr %3, align 4, !dbg !27
  br label %16, !dbg !18, !llvm.loop !28

45:                                               ; preds = %16
  %46 = getelementptr inbounds nuw %struct.vec2, ptr %2, i32 0, i32 0, !dbg !31
  %47 = load double, ptr %46, align 8, !dbg !31
  %48 = getelementptr inbounds nuw %struct.vec2, ptr %2, i32 0, i32 1, !dbg !32
  %49 = load double, ptr %48, align 8, !dbg !32
  %50 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %47, double noundef %49), !dbg !33
  %51 = call i64 @mk_small(i32 noundef 1234), !dbg !34
  store i64 %51, ptr %6, align 4, !dbg !34
  %52 = getelementptr inbounds nuw %struct.small, ptr %6, i32 0, i32 0, !dbg !35
  %53 = load i32, ptr %52, align 4, !dbg !35
  %54 = getelementptr inbounds nuw %struct.small, ptr %6, i32 0, i32 1, !dbg !36
  %55 = load i8, ptr %54, align 4, !dbg !36
  %56 = sext i8 %55 to i32, !dbg !37
  %57 = getelementptr inbounds nuw %struct.small, ptr %6, i32 0, i32 2, !dbg !38
  %58 = load i16, ptr %57, align 2, !dbg !38
  %59 = sext i16 %58 to i32, !dbg !39
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %53, i32 noundef %56, i32 noundef %59, i64 noundef 8), !dbg !40
  %61 = call i64 @mk_mixed(float noundef 1.500000e+00, i32 noundef 41), !dbg !41
  store i64 %61, ptr %7, align 4, !dbg !41
  %62 = getelementptr inbounds nuw %struct.mixed, ptr %7, i32 0, i32 0, !dbg !42
  %63 = load float, ptr %62, align 4, !dbg !42
  %64 = fpext float %63 to double, !dbg !43
  %65 = getelementptr inbounds nuw %struct.mixed, ptr %7, i32 0, i32 1, !dbg !44
  %66 = load i32, ptr %65, align 4, !dbg !44
  %67 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %64, i32 noundef %66), !dbg !45
  call void @mk_big(ptr dead_on_unwind writable sret(%struct.big) align 8 %8, i64 noundef 77), !dbg !46
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %8, i64 96, i1 false), !dbg !47
  %68 = getelementptr inbounds nuw %struct.big, ptr %9, i32 0, i32 0, !dbg !48
  %69 = getelementptr inbounds [9 x i64], ptr %68, i64 0, i64 0, !dbg !49
  store i64 0, ptr %69, align 8, !dbg !50
  %70 = call i64 @sum_big(ptr noundef byval(%struct.big) align 8 %8), !dbg !51
  %71 = call i64 @sum_big(ptr noundef byval(%struct.big) align 8 %9), !dbg !52
  %72 = getelementptr inbounds nuw %struct.big, ptr %8, i32 0, i32 2, !dbg !53
  %73 = getelementptr inbounds [5 x i8], ptr %72, i64 0, i64 0, !dbg !54
  %74 = getelementptr inbounds nuw %struct.big, ptr %8, i32 0, i32 1, !dbg !55
  %75 = getelementptr inbounds nuw %struct.vec2, ptr %74, i32 0, i32 0, !dbg !56
  %76 = load double, ptr %75, align 8, !dbg !56
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %70, i64 noundef %71, ptr noundef %73, double noundef %76), !dbg !57
  store i32 0, ptr %11, align 4, !dbg !58
  br label %78, !dbg !59

78:                                               ; preds = %108, %45
  %79 = load i32, ptr %11, align 4, !dbg !60
  %80 = icmp slt i32 %79, 4, !dbg !61
  br i1 %80, label %81, label %111, !dbg !62

81:                                               ; preds = %78
  %82 = load i32, ptr %11, align 4, !dbg !63
  %83 = sext i32 %82 to i64, !dbg !64
  %84 = getelementptr inbounds [4 x %struct.node], ptr %10, i64 0, i64 %83, !dbg !64
  %85 = getelementptr inbounds nuw %struct.node, ptr %84, i32 0, i32 0, !dbg !65
  %86 = getelementptr inbounds nuw %struct.vec2, ptr %12, i32 0, i32 0, !dbg !66
  %87 = load i32, ptr %11, align 4, !dbg !67
  %88 = sitofp i32 %87 to double, !dbg !67
  store double %88, ptr %86, align 8, !dbg !66
  %89 = getelementptr inbounds nuw %struct.vec2, ptr %12, i32 0, i32 1, !dbg !66
  %90 = load i32, ptr %11, align 4, !dbg !68
  %91 = load i32, ptr %11, align 4, !dbg !69
  %92 = mul nsw i32 %90, %91, !dbg !70
  %93 = sitofp i32 %92 to double, !dbg !68
  store double %93, ptr %89, align 8, !dbg !66
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %85, ptr align 8 %12, i64 16, i1 false), !dbg !71
  %94 = load i32, ptr %11, align 4, !dbg !72
  %95 = load i32, ptr %11, align 4, !dbg !73
  %96 = sext i32 %95 to i64, !dbg !74
  %97 = getelementptr inbounds [4 x %struct.node], ptr %10, i64 0, i64 %96, !dbg !74
  %98 = getelementptr inbounds nuw %struct.node, ptr %97, i32 0, i32 1, !dbg !75
  %99 = getelementptr inbounds nuw %struct.anon, ptr %98, i32 0, i32 0, !dbg !76
  store i32 %94, ptr %99, align 16, !dbg !77
  %100 = load i32, ptr %11, align 4, !dbg !78
  %101 = sext i32 %100 to i64, !dbg !79
  %102 = getelementptr inbounds [4 x %struct.node], ptr %10, i64 0, i64 %101, !dbg !79
  %103 = getelementptr inbounds nuw %struct.node, ptr %102, i32 0, i32 1, !dbg !80
  %104 = getelementptr inbounds nuw %struct.anon, ptr %103, i32 0, i32 1, !dbg !81
  %105 = load i32, ptr %11, align 4, !dbg !82
  %106 = add nsw i32 %105, 60, !dbg !83
  %107 = call i64 @mk_small(i32 noundef %106), !dbg !84
  store i64 %107, ptr %13, align 4, !dbg !84
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %104, ptr align 4 %13, i64 8, i1 false), !dbg !84
  br label %108, !dbg !85

108:                                              ; preds = %81
  %109 = load i32, ptr %11, align 4, !dbg !86
  %110 = add nsw i32 %109, 1, !dbg !86
  store i32 %110, ptr %11, align 4, !dbg !86
  br label %78, !dbg !62, !llvm.loop !87

111:                                              ; preds = %78
  store i64 0, ptr %14, align 8, !dbg !88
  store i32 0, ptr %15, align 4, !dbg !89
  br label %112, !dbg !90

112:                                              ; preds = %151, %111
  %113 = load i32, ptr %15, align 4, !dbg !91
  %114 = icmp slt i32 %113, 4, !dbg !92
  br i1 %114, label %115, label %154, !dbg !93

115:                                              ; preds = %112
  %116 = load i32, ptr %15, align 4, !dbg !94
  %117 = sext i32 %116 to i64, !dbg !95
  %118 = getelementptr inbounds [4 x %struct.node], ptr %10, i64 0, i64 %117, !dbg !95
  %119 = getelementptr inbounds nuw %struct.node, ptr %118, i32 0, i32 1, !dbg !96
  %120 = getelementptr inbounds nuw %struct.anon, ptr %119, i32 0, i32 1, !dbg !97
  %121 = getelementptr inbounds nuw %struct.small, ptr %120, i32 0, i32 2, !dbg !98
  %122 = load i16, ptr %121, align 2, !dbg !98
  %123 = sext i16 %122 to i64, !dbg !95
  %124 = load i32, ptr %15, align 4, !dbg !99
  %125 = sext i32 %124 to i64, !dbg !100
  %126 = getelementptr inbounds [4 x %struct.node], ptr %10, i64 0, i64 %125, !dbg !100
  %127 = getelementptr inbounds nuw %struct.node, ptr %126, i32 0, i32 1, !dbg !101
  %128 = getelementptr inbounds nuw %struct.anon, ptr %127, i32 0, i32 0, !dbg !102
  %129 = load i32, ptr %128, align 16, !dbg !102
  %130 = sext i32 %129 to i64, !dbg !100
  %131 = load i32, ptr %15, align 4, !dbg !103
  %132 = sext i32 %131 to i64, !dbg !104
  %133 = getelementptr inbounds [4 x %struct.node], ptr %10, i64 0, i64 %132, !dbg !104
  %134 = getelementptr inbounds nuw %struct.node, ptr %133, i32 0, i32 0, !dbg !105
  %135 = getelementptr inbounds nuw %struct.vec2, ptr %134, i32 0, i32 1, !dbg !106
  %136 = load double, ptr %135, align 8, !dbg !106
  %137 = fptosi double %136 to i64, !dbg !107
  %138 = mul nsw i64 %130, %137, !dbg !108
  %139 = add nsw i64 %123, %138, !dbg !109
  %140 = load i32, ptr %15, align 4, !dbg !110
  %141 = sext i32 %140 to i64, !dbg !111
  %142 = getelementptr inbounds [4 x %struct.node], ptr %10, i64 0, i64 %141, !dbg !111
  %143 = getelementptr inbounds nuw %struct.node, ptr %142, i32 0, i32 1, !dbg !112
  %144 = getelementptr inbounds nuw %struct.anon, ptr %143, i32 0, i32 1, !dbg !113
  %145 = getelementptr inbounds nuw %struct.small, ptr %144, i32 0, i32 1, !dbg !114
  %146 = load i8, ptr %145, align 4, !dbg !114
  %147 = sext i8 %146 to i64, !dbg !111
  %148 = add nsw i64 %139, %147, !dbg !115
  %149 = load i64, ptr %14, align 8, !dbg !116
  %150 = add nsw i64 %149, %148, !dbg !116
  store i64 %150, ptr %14, align 8, !dbg !116
  br label %151, !dbg !117

151:                                              ; preds = %115
  %152 = load i32, ptr %15, align 4, !dbg !118
  %153 = add nsw i32 %152, 1, !dbg !118
  store i32 %153, ptr %15, align 4, !dbg !118
  br label %112, !dbg !93, !llvm.loop !119

154:                                              ; preds = %112
  %155 = load i64, ptr %14, align 8, !dbg !120
  %156 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %155, i64 noundef 32), !dbg !121
  ret i32 0, !dbg !122
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal { double, double } @vadd(double %0, double %1, double %2, double %3) #0 !dbg !123 {
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
  %12 = getelementptr inbounds nuw %struct.vec2, ptr %5, i32 0, i32 0, !dbg !124
  %13 = getelementptr inbounds nuw %struct.vec2, ptr %6, i32 0, i32 0, !dbg !125
  %14 = load double, ptr %13, align 8, !dbg !125
  %15 = getelementptr inbounds nuw %struct.vec2, ptr %7, i32 0, i32 0, !dbg !126
  %16 = load double, ptr %15, align 8, !dbg !126
  %17 = fadd double %14, %16, !dbg !127
  store double %17, ptr %12, align 8, !dbg !124
  %18 = getelementptr inbounds nuw %struct.vec2, ptr %5, i32 0, i32 1, !dbg !124
  %19 = getelementptr inbounds nuw %struct.vec2, ptr %6, i32 0, i32 1, !dbg !128
  %20 = load double, ptr %19, align 8, !dbg !128
  %21 = getelementptr inbounds nuw %struct.vec2, ptr %7, i32 0, i32 1, !dbg !129
  %22 = load double, ptr %21, align 8, !dbg !129
  %23 = fadd double %20, %22, !dbg !130
  store double %23, ptr %18, align 8, !dbg !124
  %24 = load { double, double }, ptr %5, align 8, !dbg !131
  ret { double, double } %24, !dbg !131
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @mk_small(i32 noundef %0) #0 !dbg !132 {
  %2 = alloca %struct.small, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = getelementptr inbounds nuw %struct.small, ptr %2, i32 0, i32 0, !dbg !133
  %5 = load i32, ptr %3, align 4, !dbg !134
  store i32 %5, ptr %4, align 4, !dbg !133
  %6 = getelementptr inbounds nuw %struct.small, ptr %2, i32 0, i32 1, !dbg !133
  %7 = load i32, ptr %3, align 4, !dbg !135
  %8 = and i32 %7, 127, !dbg !136
  %9 = trunc i32 %8 to i8, !dbg !137
  store i8 %9, ptr %6, align 4, !dbg !133
  %10 = getelementptr i8, ptr %2, i64 5, !dbg !133
  call void @llvm.memset.p0.i64(ptr align 1 %10, i8 0, i64 1, i1 false), !dbg !133
  %11 = getelementptr inbounds nuw %struct.small, ptr %2, i32 0, i32 2, !dbg !133
  %12 = load i32, ptr %3, align 4, !dbg !138
  %13 = mul nsw i32 %12, 3, !dbg !139
  %14 = trunc i32 %13 to i16, !dbg !140
  store i16 %14, ptr %11, align 2, !dbg !133
  %15 = load i64, ptr %2, align 4, !dbg !141
  ret i64 %15, !dbg !141
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @mk_mixed(float noundef %0, i32 noundef %1) #0 !dbg !142 {
  %3 = alloca %struct.mixed, align 4
  %4 = alloca float, align 4
  %5 = alloca i32, align 4
  store float %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  %6 = getelementptr inbounds nuw %struct.mixed, ptr %3, i32 0, i32 0, !dbg !143
  %7 = load float, ptr %4, align 4, !dbg !144
  %8 = fmul float %7, 2.000000e+00, !dbg !145
  store float %8, ptr %6, align 4, !dbg !143
  %9 = getelementptr inbounds nuw %struct.mixed, ptr %3, i32 0, i32 1, !dbg !143
  %10 = load i32, ptr %5, align 4, !dbg !146
  %11 = add nsw i32 %10, 1, !dbg !147
  store i32 %11, ptr %9, align 4, !dbg !143
  %12 = load i64, ptr %3, align 4, !dbg !148
  ret i64 %12, !dbg !148
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @mk_big(ptr dead_on_unwind noalias writable sret(%struct.big) align 8 %0, i64 noundef %1) #0 !dbg !149 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca %struct.vec2, align 8
  %6 = alloca i32, align 4
  store i64 %1, ptr %3, align 8
  store i32 0, ptr %4, align 4, !dbg !150
  br label %7, !dbg !151

7:                                                ; preds = %20, %2
  %8 = load i32, ptr %4, align 4, !dbg !152
  %9 = icmp slt i32 %8, 9, !dbg !153
  br i1 %9, label %10, label %23, !dbg !154

10:                                               ; preds = %7
  %11 = load i64, ptr %3, align 8, !dbg !155
  %12 = load i32, ptr %4, align 4, !dbg !156
  %13 = add nsw i32 %12, 1, !dbg !157
  %14 = sext i32 %13 to i64, !dbg !158
  %15 = mul nsw i64 %11, %14, !dbg !159
  %16 = getelementptr inbounds nuw %struct.big, ptr %0, i32 0, i32 0, !dbg !160
  %17 = load i32, ptr %4, align 4, !dbg !161
  %18 = sext i32 %17 to i64, !dbg !162
  %19 = getelementptr inbounds [9 x i64], ptr %16, i64 0, i64 %18, !dbg !162
  store i64 %15, ptr %19, align 8, !dbg !163
  br label %20, !dbg !162

20:                                               ; preds = %10
  %21 = load i32, ptr %4, align 4, !dbg !164
  %22 = add nsw i32 %21, 1, !dbg !164
  store i32 %22, ptr %4, align 4, !dbg !164
  br label %7, !dbg !154, !llvm.loop !165

23:                                               ; preds = %7
  %24 = getelementptr inbounds nuw %struct.big, ptr %0, i32 0, i32 1, !dbg !167
  %25 = getelementptr inbounds nuw %struct.vec2, ptr %5, i32 0, i32 0, !dbg !168
  %26 = load i64, ptr %3, align 8, !dbg !169
  %27 = sitofp i64 %26 to double, !dbg !170
  %28 = fdiv double %27, 3.000000e+00, !dbg !171
  store double %28, ptr %25, align 8, !dbg !168
  %29 = getelementptr inbounds nuw %struct.vec2, ptr %5, i32 0, i32 1, !dbg !168
  %30 = load i64, ptr %3, align 8, !dbg !172
  %31 = sitofp i64 %30 to double, !dbg !173
  %32 = fneg double %31, !dbg !174
  store double %32, ptr %29, align 8, !dbg !168
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %24, ptr align 8 %5, i64 16, i1 false), !dbg !175
  store i32 0, ptr %6, align 4, !dbg !176
  br label %33, !dbg !177

33:                                               ; preds = %48, %23
  %34 = load i32, ptr %6, align 4, !dbg !178
  %35 = icmp slt i32 %34, 4, !dbg !179
  br i1 %35, label %36, label %51, !dbg !180

36:                                               ; preds = %33
  %37 = load i64, ptr %3, align 8, !dbg !181
  %38 = load i32, ptr %6, align 4, !dbg !182
  %39 = sext i32 %38 to i64, !dbg !182
  %40 = add nsw i64 %37, %39, !dbg !183
  %41 = srem i64 %40, 26, !dbg !184
  %42 = add nsw i64 97, %41, !dbg !185
  %43 = trunc i64 %42 to i8, !dbg !186
  %44 = getelementptr inbounds nuw %struct.big, ptr %0, i32 0, i32 2, !dbg !187
  %45 = load i32, ptr %6, align 4, !dbg !188
  %46 = sext i32 %45 to i64, !dbg !189
  %47 = getelementptr inbounds [5 x i8], ptr %44, i64 0, i64 %46, !dbg !189
  store i8 %43, ptr %47, align 1, !dbg !190
  br label %48, !dbg !189

48:                                               ; preds = %36
  %49 = load i32, ptr %6, align 4, !dbg !191
  %50 = add nsw i32 %49, 1, !dbg !191
  store i32 %50, ptr %6, align 4, !dbg !191
  br label %33, !dbg !180, !llvm.loop !192

51:                                               ; preds = %33
  %52 = getelementptr inbounds nuw %struct.big, ptr %0, i32 0, i32 2, !dbg !194
  %53 = getelementptr inbounds [5 x i8], ptr %52, i64 0, i64 4, !dbg !195
  store i8 0, ptr %53, align 4, !dbg !196
  ret void, !dbg !197
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @sum_big(ptr noundef byval(%struct.big) align 8 %0) #0 !dbg !198 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  store i64 0, ptr %2, align 8, !dbg !199
  store i32 0, ptr %3, align 4, !dbg !200
  br label %4, !dbg !201

4:                                                ; preds = %15, %1
  %5 = load i32, ptr %3, align 4, !dbg !202
  %6 = icmp slt i32 %5, 9, !dbg !203
  br i1 %6, label %7, label %18, !dbg !204

7:                                                ; preds = %4
  %8 = getelementptr inbounds nuw %struct.big, ptr %0, i32 0, i32 0, !dbg !205
  %9 = load i32, ptr %3, align 4, !dbg !206
  %10 = sext i32 %9 to i64, !dbg !207
  %11 = getelementptr inbounds [9 x i64], ptr %8, i64 0, i64 %10, !dbg !207
  %12 = load i64, ptr %11, align 8, !dbg !207
  %13 = load i64, ptr %2, align 8, !dbg !208
  %14 = add nsw i64 %13, %12, !dbg !208
  store i64 %14, ptr %2, align 8, !dbg !208
  br label %15, !dbg !209

15:                                               ; preds = %7
  %16 = load i32, ptr %3, align 4, !dbg !210
  %17 = add nsw i32 %16, 1, !dbg !210
  store i32 %17, ptr %3, align 4, !dbg !210
  br label %4, !dbg !204, !llvm.loop !211

18:                                               ; preds = %4
  %19 = load i64, ptr %2, align 8, !dbg !213
  %20 = getelementptr inbounds nuw %struct.big, ptr %0, i32 0, i32 1, !dbg !214
  %21 = getelementptr inbounds nuw %struct.vec2, ptr %20, i32 0, i32 0, !dbg !215
  %22 = load double, ptr %21, align 8, !dbg !215
  %23 = fptosi double %22 to i64, !dbg !216
  %24 = add nsw i64 %19, %23, !dbg !217
  ret i64 %24, !dbg !218
}

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "structs.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 23, type: !11, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "structs.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 24, column: 17, scope: !9)
!14 = !DILocation(line: 25, column: 14, scope: !9)
!15 = !DILocation(line: 25, column: 10, scope: !9)
!16 = !DILocation(line: 25, column: 21, scope: !9)
!17 = !DILocation(line: 25, column: 23, scope: !9)
!18 = !DILocation(line: 25, column: 5, scope: !9)
!19 = !DILocation(line: 25, column: 63, scope: !9)
!20 = !DILocation(line: 25, column: 64, scope: !9)
!21 = !DILocation(line: 25, column: 66, scope: !9)
!22 = !DILocation(line: 25, column: 74, scope: !9)
!23 = !DILocation(line: 25, column: 73, scope: !9)
!24 = !DILocation(line: 25, column: 76, scope: !9)
!25 = !DILocation(line: 25, column: 40, scope: !9)
!26 = !DILocation(line: 25, column: 34, scope: !9)
!27 = !DILocation(line: 25, column: 30, scope: !9)
!28 = distinct !{!28, !18, !29, !30}
!29 = !DILocation(line: 25, column: 83, scope: !9)
!30 = !{!"llvm.loop.mustprogress"}
!31 = !DILocation(line: 26, column: 37, scope: !9)
!32 = !DILocation(line: 26, column: 44, scope: !9)
!33 = !DILocation(line: 26, column: 5, scope: !9)
!34 = !DILocation(line: 27, column: 22, scope: !9)
!35 = !DILocation(line: 28, column: 43, scope: !9)
!36 = !DILocation(line: 28, column: 48, scope: !9)
!37 = !DILocation(line: 28, column: 46, scope: !9)
!38 = !DILocation(line: 28, column: 53, scope: !9)
!39 = !DILocation(line: 28, column: 51, scope: !9)
!40 = !DILocation(line: 28, column: 5, scope: !9)
!41 = !DILocation(line: 29, column: 22, scope: !9)
!42 = !DILocation(line: 30, column: 41, scope: !9)
!43 = !DILocation(line: 30, column: 31, scope: !9)
!44 = !DILocation(line: 30, column: 46, scope: !9)
!45 = !DILocation(line: 30, column: 5, scope: !9)
!46 = !DILocation(line: 31, column: 20, scope: !9)
!47 = !DILocation(line: 32, column: 20, scope: !9)
!48 = !DILocation(line: 32, column: 25, scope: !9)
!49 = !DILocation(line: 32, column: 23, scope: !9)
!50 = !DILocation(line: 32, column: 30, scope: !9)
!51 = !DILocation(line: 33, column: 38, scope: !9)
!52 = !DILocation(line: 33, column: 50, scope: !9)
!53 = !DILocation(line: 33, column: 64, scope: !9)
!54 = !DILocation(line: 33, column: 62, scope: !9)
!55 = !DILocation(line: 33, column: 71, scope: !9)
!56 = !DILocation(line: 33, column: 73, scope: !9)
!57 = !DILocation(line: 33, column: 5, scope: !9)
!58 = !DILocation(line: 35, column: 14, scope: !9)
!59 = !DILocation(line: 35, column: 10, scope: !9)
!60 = !DILocation(line: 35, column: 21, scope: !9)
!61 = !DILocation(line: 35, column: 23, scope: !9)
!62 = !DILocation(line: 35, column: 5, scope: !9)
!63 = !DILocation(line: 35, column: 41, scope: !9)
!64 = !DILocation(line: 35, column: 35, scope: !9)
!65 = !DILocation(line: 35, column: 44, scope: !9)
!66 = !DILocation(line: 35, column: 63, scope: !9)
!67 = !DILocation(line: 35, column: 64, scope: !9)
!68 = !DILocation(line: 35, column: 67, scope: !9)
!69 = !DILocation(line: 35, column: 71, scope: !9)
!70 = !DILocation(line: 35, column: 69, scope: !9)
!71 = !DILocation(line: 35, column: 50, scope: !9)
!72 = !DILocation(line: 35, column: 94, scope: !9)
!73 = !DILocation(line: 35, column: 81, scope: !9)
!74 = !DILocation(line: 35, column: 75, scope: !9)
!75 = !DILocation(line: 35, column: 84, scope: !9)
!76 = !DILocation(line: 35, column: 89, scope: !9)
!77 = !DILocation(line: 35, column: 92, scope: !9)
!78 = !DILocation(line: 35, column: 103, scope: !9)
!79 = !DILocation(line: 35, column: 97, scope: !9)
!80 = !DILocation(line: 35, column: 106, scope: !9)
!81 = !DILocation(line: 35, column: 111, scope: !9)
!82 = !DILocation(line: 35, column: 124, scope: !9)
!83 = !DILocation(line: 35, column: 126, scope: !9)
!84 = !DILocation(line: 35, column: 115, scope: !9)
!85 = !DILocation(line: 35, column: 133, scope: !9)
!86 = !DILocation(line: 35, column: 29, scope: !9)
!87 = distinct !{!87, !62, !85, !30}
!88 = !DILocation(line: 36, column: 10, scope: !9)
!89 = !DILocation(line: 37, column: 14, scope: !9)
!90 = !DILocation(line: 37, column: 10, scope: !9)
!91 = !DILocation(line: 37, column: 21, scope: !9)
!92 = !DILocation(line: 37, column: 23, scope: !9)
!93 = !DILocation(line: 37, column: 5, scope: !9)
!94 = !DILocation(line: 37, column: 44, scope: !9)
!95 = !DILocation(line: 37, column: 38, scope: !9)
!96 = !DILocation(line: 37, column: 47, scope: !9)
!97 = !DILocation(line: 37, column: 52, scope: !9)
!98 = !DILocation(line: 37, column: 54, scope: !9)
!99 = !DILocation(line: 37, column: 64, scope: !9)
!100 = !DILocation(line: 37, column: 58, scope: !9)
!101 = !DILocation(line: 37, column: 67, scope: !9)
!102 = !DILocation(line: 37, column: 72, scope: !9)
!103 = !DILocation(line: 37, column: 89, scope: !9)
!104 = !DILocation(line: 37, column: 83, scope: !9)
!105 = !DILocation(line: 37, column: 92, scope: !9)
!106 = !DILocation(line: 37, column: 96, scope: !9)
!107 = !DILocation(line: 37, column: 77, scope: !9)
!108 = !DILocation(line: 37, column: 75, scope: !9)
!109 = !DILocation(line: 37, column: 56, scope: !9)
!110 = !DILocation(line: 37, column: 106, scope: !9)
!111 = !DILocation(line: 37, column: 100, scope: !9)
!112 = !DILocation(line: 37, column: 109, scope: !9)
!113 = !DILocation(line: 37, column: 114, scope: !9)
!114 = !DILocation(line: 37, column: 116, scope: !9)
!115 = !DILocation(line: 37, column: 98, scope: !9)
!116 = !DILocation(line: 37, column: 35, scope: !9)
!117 = !DILocation(line: 37, column: 33, scope: !9)
!118 = !DILocation(line: 37, column: 29, scope: !9)
!119 = distinct !{!119, !93, !114, !30}
!120 = !DILocation(line: 38, column: 36, scope: !9)
!121 = !DILocation(line: 38, column: 5, scope: !9)
!122 = !DILocation(line: 39, column: 5, scope: !9)
!123 = distinct !DISubprogram(name: "vadd", scope: !10, file: !10, line: 10, type: !11, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!124 = !DILocation(line: 10, column: 77, scope: !123)
!125 = !DILocation(line: 10, column: 80, scope: !123)
!126 = !DILocation(line: 10, column: 86, scope: !123)
!127 = !DILocation(line: 10, column: 82, scope: !123)
!128 = !DILocation(line: 10, column: 91, scope: !123)
!129 = !DILocation(line: 10, column: 97, scope: !123)
!130 = !DILocation(line: 10, column: 93, scope: !123)
!131 = !DILocation(line: 10, column: 57, scope: !123)
!132 = distinct !DISubprogram(name: "mk_small", scope: !10, file: !10, line: 11, type: !11, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!133 = !DILocation(line: 11, column: 56, scope: !132)
!134 = !DILocation(line: 11, column: 57, scope: !132)
!135 = !DILocation(line: 11, column: 67, scope: !132)
!136 = !DILocation(line: 11, column: 69, scope: !132)
!137 = !DILocation(line: 11, column: 60, scope: !132)
!138 = !DILocation(line: 11, column: 86, scope: !132)
!139 = !DILocation(line: 11, column: 88, scope: !132)
!140 = !DILocation(line: 11, column: 78, scope: !132)
!141 = !DILocation(line: 11, column: 95, scope: !132)
!142 = distinct !DISubprogram(name: "mk_mixed", scope: !10, file: !10, line: 12, type: !11, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!143 = !DILocation(line: 12, column: 65, scope: !142)
!144 = !DILocation(line: 12, column: 66, scope: !142)
!145 = !DILocation(line: 12, column: 68, scope: !142)
!146 = !DILocation(line: 12, column: 73, scope: !142)
!147 = !DILocation(line: 12, column: 75, scope: !142)
!148 = !DILocation(line: 12, column: 81, scope: !142)
!149 = distinct !DISubprogram(name: "mk_big", scope: !10, file: !10, line: 13, type: !11, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!150 = !DILocation(line: 15, column: 14, scope: !149)
!151 = !DILocation(line: 15, column: 10, scope: !149)
!152 = !DILocation(line: 15, column: 21, scope: !149)
!153 = !DILocation(line: 15, column: 23, scope: !149)
!154 = !DILocation(line: 15, column: 5, scope: !149)
!155 = !DILocation(line: 15, column: 42, scope: !149)
!156 = !DILocation(line: 15, column: 50, scope: !149)
!157 = !DILocation(line: 15, column: 52, scope: !149)
!158 = !DILocation(line: 15, column: 49, scope: !149)
!159 = !DILocation(line: 15, column: 47, scope: !149)
!160 = !DILocation(line: 15, column: 35, scope: !149)
!161 = !DILocation(line: 15, column: 37, scope: !149)
!162 = !DILocation(line: 15, column: 33, scope: !149)
!163 = !DILocation(line: 15, column: 40, scope: !149)
!164 = !DILocation(line: 15, column: 29, scope: !149)
!165 = distinct !{!165, !154, !166, !30}
!166 = !DILocation(line: 15, column: 55, scope: !149)
!167 = !DILocation(line: 16, column: 7, scope: !149)
!168 = !DILocation(line: 16, column: 24, scope: !149)
!169 = !DILocation(line: 16, column: 33, scope: !149)
!170 = !DILocation(line: 16, column: 25, scope: !149)
!171 = !DILocation(line: 16, column: 38, scope: !149)
!172 = !DILocation(line: 16, column: 52, scope: !149)
!173 = !DILocation(line: 16, column: 44, scope: !149)
!174 = !DILocation(line: 16, column: 43, scope: !149)
!175 = !DILocation(line: 16, column: 11, scope: !149)
!176 = !DILocation(line: 17, column: 14, scope: !149)
!177 = !DILocation(line: 17, column: 10, scope: !149)
!178 = !DILocation(line: 17, column: 21, scope: !149)
!179 = !DILocation(line: 17, column: 23, scope: !149)
!180 = !DILocation(line: 17, column: 5, scope: !149)
!181 = !DILocation(line: 17, column: 58, scope: !149)
!182 = !DILocation(line: 17, column: 65, scope: !149)
!183 = !DILocation(line: 17, column: 63, scope: !149)
!184 = !DILocation(line: 17, column: 68, scope: !149)
!185 = !DILocation(line: 17, column: 55, scope: !149)
!186 = !DILocation(line: 17, column: 44, scope: !149)
!187 = !DILocation(line: 17, column: 35, scope: !149)
!188 = !DILocation(line: 17, column: 39, scope: !149)
!189 = !DILocation(line: 17, column: 33, scope: !149)
!190 = !DILocation(line: 17, column: 42, scope: !149)
!191 = !DILocation(line: 17, column: 29, scope: !149)
!192 = distinct !{!192, !180, !193, !30}
!193 = !DILocation(line: 17, column: 72, scope: !149)
!194 = !DILocation(line: 18, column: 7, scope: !149)
!195 = !DILocation(line: 18, column: 5, scope: !149)
!196 = !DILocation(line: 18, column: 14, scope: !149)
!197 = !DILocation(line: 19, column: 5, scope: !149)
!198 = distinct !DISubprogram(name: "sum_big", scope: !10, file: !10, line: 21, type: !11, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!199 = !DILocation(line: 21, column: 42, scope: !198)
!200 = !DILocation(line: 21, column: 58, scope: !198)
!201 = !DILocation(line: 21, column: 54, scope: !198)
!202 = !DILocation(line: 21, column: 65, scope: !198)
!203 = !DILocation(line: 21, column: 67, scope: !198)
!204 = !DILocation(line: 21, column: 49, scope: !198)
!205 = !DILocation(line: 21, column: 84, scope: !198)
!206 = !DILocation(line: 21, column: 86, scope: !198)
!207 = !DILocation(line: 21, column: 82, scope: !198)
!208 = !DILocation(line: 21, column: 79, scope: !198)
!209 = !DILocation(line: 21, column: 77, scope: !198)
!210 = !DILocation(line: 21, column: 73, scope: !198)
!211 = distinct !{!211, !204, !212, !30}
!212 = !DILocation(line: 21, column: 87, scope: !198)
!213 = !DILocation(line: 21, column: 97, scope: !198)
!214 = !DILocation(line: 21, column: 109, scope: !198)
!215 = !DILocation(line: 21, column: 111, scope: !198)
!216 = !DILocation(line: 21, column: 101, scope: !198)
!217 = !DILocation(line: 21, column: 99, scope: !198)
!218 = !DILocation(line: 21, column: 90, scope: !198)
