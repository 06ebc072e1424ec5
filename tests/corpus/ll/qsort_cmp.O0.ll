; ModuleID = 'qsort_cmp.c'
source_filename = "qsort_cmp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.person = type { [12 x i8], i32 }

@.str = private unnamed_addr constant [21 x i8] c"ints %d %d %d h=%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [10 x i8] c"found %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"dbl %.17g %.17g\0A\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"pear\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"apple\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"fig\00", align 1
@.str.6 = private unnamed_addr constant [7 x i8] c"banana\00", align 1
@.str.7 = private unnamed_addr constant [7 x i8] c"cherry\00", align 1
@.str.8 = private unnamed_addr constant [5 x i8] c"date\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"apricot\00", align 1
@__const.main.w = private unnamed_addr constant [7 x ptr] [ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9], align 16
@.str.10 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@.str.11 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@__const.main.ps = private unnamed_addr constant [5 x %struct.person] [%struct.person { [12 x i8] c"zoe\00\00\00\00\00\00\00\00\00", i32 30 }, %struct.person { [12 x i8] c"adam\00\00\00\00\00\00\00\00", i32 25 }, %struct.person { [12 x i8] c"eve\00\00\00\00\00\00\00\00\00", i32 30 }, %struct.person { [12 x i8] c"bob\00\00\00\00\00\00\00\00\00", i32 25 }, %struct.person { [12 x i8] c"carl\00\00\00\00\00\00\00\00", i32 40 }], align 16
@.str.12 = private unnamed_addr constant [7 x i8] c"%s:%d \00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca [300 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca [50 x double], align 16
  %10 = alloca i32, align 4
  %11 = alloca [7 x ptr], align 16
  %12 = alloca i32, align 4
  %13 = alloca [5 x %struct.person], align 16
  %14 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 -1831433054, ptr %3, align 4, !dbg !13
  store i32 0, ptr %4, align 4, !dbg !14
  br label %15, !dbg !15

15:                                               ; preds = %37, %0
  %16 = load i32, ptr %4, align 4, !dbg !16
  %17 = icmp slt i32 %16, 300, !dbg !17
  br i1 %17, label %18, label %40, !dbg !18

18:                                               ; preds = %15
  %19 = load i32, ptr %3, align 4, !dbg !19
  %20 = shl i32 %19, 13, !dbg !20
  %21 = load i32, ptr %3, align 4, !dbg !21
  %22 = xor i32 %21, %20, !dbg !21
  store i32 %22, ptr %3, align 4, !dbg !21
  %23 = load i32, ptr %3, align 4, !dbg !22
  %24 = lshr i32 %23, 17, !dbg !23
  %25 = load i32, ptr %3, align 4, !dbg !24
  %26 = xor i32 %25, %24, !dbg !24
  store i32 %26, ptr %3, align 4, !dbg !24
  %27 = load i32, ptr %3, align 4, !dbg !25
  %28 = shl i32 %27, 5, !dbg !26
  %29 = load i32, ptr %3, align 4, !dbg !27
  %30 = xor i32 %29, %28, !dbg !27
  store i32 %30, ptr %3, align 4, !dbg !27
  %31 = load i32, ptr %3, align 4, !dbg !28
  %32 = urem i32 %31, 10000, !dbg !29
  %33 = sub nsw i32 %32, 5000, !dbg !30
  %34 = load i32, ptr %4, align 4, !dbg !31
  %35 = sext i32 %34 to i64, !dbg !32
  %36 = getelementptr inbounds [300 x i32], ptr %2, i64 0, i64 %35, !dbg !32
  store i32 %33, ptr %36, align 4, !dbg !33
  br label %37, !dbg !34

37:                                               ; preds = %18
  %38 = load i32, ptr %4, align 4, !dbg !35
  %39 = add nsw i32 %38, 1, !dbg !35
  store i32 %39, ptr %4, align 4, !dbg !35
  br label %15, !dbg !18, !llvm.loop !36

40:                                               ; preds = %15
  %41 = getelementptr inbounds [300 x i32], ptr %2, i64 0, i64 0, !dbg !38
  call void @qsort(ptr noundef %41, i64 noundef 300, i64 noundef 4, ptr noundef @cmp_int), !dbg !39
  store i64 0, ptr %5, align 8, !dbg !40
  store i32 0, ptr %6, align 4, !dbg !41
  br label %42, !dbg !42

42:                                               ; preds = %54, %40
  %43 = load i32, ptr %6, align 4, !dbg !43
  %44 = icmp slt i32 %43, 300, !dbg !44
  br i1 %44, label %45, label %57, !dbg !45

45:                                               ; preds = %42
  %46 = load i64, ptr %5, align 8, !dbg !46
  %47 = mul nsw i64 %46, 7, !dbg !47
  %48 = load i32, ptr %6, align 4, !dbg !48
  %49 = sext i32 %48 to i64, !dbg !49
  %50 = getelementptr inbounds [300 x i32], ptr %2, i64 0, i64 %49, !dbg !49
  %51 = load i32, ptr %50, align 4, !dbg !49
  %52 = sext i32 %51 to i64, !dbg !49
  %53 = add nsw i64 %47, %52, !dbg !50
  store i64 %53, ptr %5, align 8, !dbg !51
  br label %54, !dbg !52

54:                                               ; preds = %45
  %55 = load i32, ptr %6, align 4, !dbg !53
  %56 = add nsw i32 %55, 1, !dbg !53
  store i32 %56, ptr %6, align 4, !dbg !53
  br label %42, !dbg !45, !llvm.loop !54

57:                                               ; preds = %42
  %58 = getelementptr inbounds [300 x i32], ptr %2, i64 0, i64 0, !dbg !56
  %59 = load i32, ptr %58, align 16, !dbg !56
  %60 = getelementptr inbounds [300 x i32], ptr %2, i64 0, i64 150, !dbg !57
  %61 = load i32, ptr %60, align 8, !dbg !57
  %62 = getelementptr inbounds [300 x i32], ptr %2, i64 0, i64 299, !dbg !58
  %63 = load i32, ptr %62, align 4, !dbg !58
  %64 = load i64, ptr %5, align 8, !dbg !59
  %65 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %59, i32 noundef %61, i32 noundef %63, i64 noundef %64), !dbg !60
  %66 = getelementptr inbounds [300 x i32], ptr %2, i64 0, i64 123, !dbg !61
  %67 = load i32, ptr %66, align 4, !dbg !61
  store i32 %67, ptr %7, align 4, !dbg !62
  %68 = getelementptr inbounds [300 x i32], ptr %2, i64 0, i64 0, !dbg !63
  %69 = call ptr @bsearch(ptr noundef %7, ptr noundef %68, i64 noundef 300, i64 noundef 4, ptr noundef @cmp_int), !dbg !64
  store ptr %69, ptr %8, align 8, !dbg !65
  %70 = load ptr, ptr %8, align 8, !dbg !66
  %71 = icmp ne ptr %70, null, !dbg !66
  br i1 %71, label %72, label %77, !dbg !67

72:                                               ; preds = %57
  %73 = load ptr, ptr %8, align 8, !dbg !68
  %74 = load i32, ptr %73, align 4, !dbg !69
  %75 = load i32, ptr %7, align 4, !dbg !70
  %76 = icmp eq i32 %74, %75, !dbg !71
  br label %77

77:                                               ; preds = %72, %57
  %78 = phi i1 [ false, %57 ], [ %76, %72 ], !dbg !72
  %79 = zext i1 %78 to i32, !dbg !67
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %79), !dbg !73
  store i32 0, ptr %10, align 4, !dbg !74
  br label %81, !dbg !75

81:                                               ; preds = %93, %77
  %82 = load i32, ptr %10, align 4, !dbg !76
  %83 = icmp slt i32 %82, 50, !dbg !77
  br i1 %83, label %84, label %96, !dbg !78

84:                                               ; preds = %81
  %85 = load i32, ptr %10, align 4, !dbg !79
  %86 = mul nsw i32 %85, 7919, !dbg !80
  %87 = srem i32 %86, 101, !dbg !81
  %88 = sitofp i32 %87 to double, !dbg !82
  %89 = fdiv double %88, 7.000000e+00, !dbg !83
  %90 = load i32, ptr %10, align 4, !dbg !84
  %91 = sext i32 %90 to i64, !dbg !85
  %92 = getelementptr inbounds [50 x double], ptr %9, i64 0, i64 %91, !dbg !85
  store double %89, ptr %92, align 8, !dbg !86
  br label %93, !dbg !85

93:                                               ; preds = %84
  %94 = load i32, ptr %10, align 4, !dbg !87
  %95 = add nsw i32 %94, 1, !dbg !87
  store i32 %95, ptr %10, align 4, !dbg !87
  br label %81, !dbg !78, !llvm.loop !88

96:                                               ; preds = %81
  %97 = getelementptr inbounds [50 x double], ptr %9, i64 0, i64 0, !dbg !90
  call void @qsort(ptr noundef %97, i64 noundef 50, i64 noundef 8, ptr noundef @cmp_dbl_desc), !dbg !91
  %98 = getelementptr inbounds [50 x double], ptr %9, i64 0, i64 0, !dbg !92
  %99 = load double, ptr %98, align 16, !dbg !92
  %100 = getelementptr inbounds [50 x double], ptr %9, i64 0, i64 49, !dbg !93
  %101 = load double, ptr %100, align 8, !dbg !93
  %102 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %99, double noundef %101), !dbg !94
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %11, ptr align 16 @__const.main.w, i64 56, i1 false), !dbg !95
  %103 = getelementptr inbounds [7 x ptr], ptr %11, i64 0, i64 0, !dbg !96
  call void @qsort(ptr noundef %103, i64 noundef 7, i64 noundef 8, ptr noundef @cmp_str), !dbg !97
  store i32 0, ptr %12, align 4, !dbg !98
  br label %104, !dbg !99

104:                                              ; preds = %113, %96
  %105 = load i32, ptr %12, align 4, !dbg !100
  %106 = icmp slt i32 %105, 7, !dbg !101
  br i1 %106, label %107, label %116, !dbg !102

107:                                              ; preds = %104
  %108 = load i32, ptr %12, align 4, !dbg !103
  %109 = sext i32 %108 to i64, !dbg !104
  %110 = getelementptr inbounds [7 x ptr], ptr %11, i64 0, i64 %109, !dbg !104
  %111 = load ptr, ptr %110, align 8, !dbg !104
  %112 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef %111), !dbg !105
  br label %113, !dbg !105

113:                                              ; preds = %107
  %114 = load i32, ptr %12, align 4, !dbg !106
  %115 = add nsw i32 %114, 1, !dbg !106
  store i32 %115, ptr %12, align 4, !dbg !106
  br label %104, !dbg !102, !llvm.loop !107

116:                                              ; preds = %104
  %117 = call i32 (ptr, ...) @printf(ptr noundef @.str.11), !dbg !109
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %13, ptr align 16 @__const.main.ps, i64 80, i1 false), !dbg !110
  %118 = getelementptr inbounds [5 x %struct.person], ptr %13, i64 0, i64 0, !dbg !111
  call void @qsort(ptr noundef %118, i64 noundef 5, i64 noundef 16, ptr noundef @cmp_person), !dbg !112
  store i32 0, ptr %14, align 4, !dbg !113
  br label %119, !dbg !114

119:                                              ; preds = %134, %116
  %120 = load i32, ptr %14, align 4, !dbg !115
  %121 = icmp slt i32 %120, 5, !dbg !116
  br i1 %121, label %122, label %137, !dbg !117

122:                                              ; preds = %119
  %123 = load i32, ptr %14, align 4, !dbg !118
  %124 = sext i32 %123 to i64, !dbg !119
  %125 = getelementptr inbounds [5 x %struct.person], ptr %13, i64 0, i64 %124, !dbg !119
  %126 = getelementptr inbounds nuw %struct.person, ptr %125, i32 0, i32 0, !dbg !120
  %127 = getelementptr inbounds [12 x i8], ptr %126, i64 0, i64 0, !dbg !119
  %128 = load i32, ptr %14, align 4, !dbg !121
  %129 = sext i32 %128 to i64, !dbg !122
  %130 = getelementptr inbounds [5 x %struct.person], ptr %13, i64 0, i64 %129, !dbg !122
  %131 = getelementptr inbounds nuw %struct.person, ptr %130, i32 0, i32 1, !dbg !123
  %132 = load i32, ptr %131, align 4, !dbg !123
  %133 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, ptr noundef %127, i32 noundef %132), !dbg !124
  br label %134, !dbg !124

134:                                              ; preds = %122
  %135 = load i32, ptr %14, align 4, !dbg !125
  %136 = add nsw i32 %135, 1, !dbg !125
  store i32 %136, ptr %14, align 4, !dbg !125
  br label %119, !dbg !117, !llvm.loop !126

137:                                              ; preds = %119
  %138 = call i32 (ptr, ...) @printf(ptr noundef @.str.11), !dbg !128
  ret i32 0, !dbg !129
}

declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @cmp_int(ptr noundef %0, ptr noundef %1) #0 !dbg !130 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8, !dbg !131
  %8 = load i32, ptr %7, align 4, !dbg !132
  store i32 %8, ptr %5, align 4, !dbg !133
  %9 = load ptr, ptr %4, align 8, !dbg !134
  %10 = load i32, ptr %9, align 4, !dbg !135
  store i32 %10, ptr %6, align 4, !dbg !136
  %11 = load i32, ptr %5, align 4, !dbg !137
  %12 = load i32, ptr %6, align 4, !dbg !138
  %13 = icmp sgt i32 %11, %12, !dbg !139
  %14 = zext i1 %13 to i32, !dbg !139
  %15 = load i32, ptr %5, align 4, !dbg !140
  %16 = load i32, ptr %6, align 4, !dbg !141
  %17 = icmp slt i32 %15, %16, !dbg !142
  %18 = zext i1 %17 to i32, !dbg !142
  %19 = sub nsw i32 %14, %18, !dbg !143
  ret i32 %19, !dbg !144
}

declare i32 @printf(ptr noundef, ...) #1

declare ptr @bsearch(ptr noundef, ptr noundef, i64 noundef, i64 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @cmp_dbl_desc(ptr noundef %0, ptr noundef %1) #0 !dbg !145 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8, !dbg !146
  %8 = load double, ptr %7, align 8, !dbg !147
  store double %8, ptr %5, align 8, !dbg !148
  %9 = load ptr, ptr %4, align 8, !dbg !149
  %10 = load double, ptr %9, align 8, !dbg !150
  store double %10, ptr %6, align 8, !dbg !151
  %11 = load double, ptr %5, align 8, !dbg !152
  %12 = load double, ptr %6, align 8, !dbg !153
  %13 = fcmp olt double %11, %12, !dbg !154
  %14 = zext i1 %13 to i32, !dbg !154
  %15 = load double, ptr %5, align 8, !dbg !155
  %16 = load double, ptr %6, align 8, !dbg !156
  %17 = fcmp ogt double %15, %16, !dbg !157
  %18 = zext i1 %17 to i32, !dbg !157
  %19 = sub nsw i32 %14, %18, !dbg !158
  ret i32 %19, !dbg !159
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @cmp_str(ptr noundef %0, ptr noundef %1) #0 !dbg !160 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !161
  %6 = load ptr, ptr %5, align 8, !dbg !162
  %7 = load ptr, ptr %4, align 8, !dbg !163
  %8 = load ptr, ptr %7, align 8, !dbg !164
  %9 = call i32 @strcmp(ptr noundef %6, ptr noundef %8) #4, !dbg !165
  ret i32 %9, !dbg !166
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @cmp_person(ptr noundef %0, ptr noundef %1) #0 !dbg !167 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %8 = load ptr, ptr %4, align 8, !dbg !168
  store ptr %8, ptr %6, align 8, !dbg !169
  %9 = load ptr, ptr %5, align 8, !dbg !170
  store ptr %9, ptr %7, align 8, !dbg !171
  %10 = load ptr, ptr %6, align 8, !dbg !172
  %11 = getelementptr inbounds nuw %struct.person, ptr %10, i32 0, i32 1, !dbg !173
  %12 = load i32, ptr %11, align 4, !dbg !173
  %13 = load ptr, ptr %7, align 8, !dbg !174
  %14 = getelementptr inbounds nuw %struct.person, ptr %13, i32 0, i32 1, !dbg !175
  %15 = load i32, ptr %14, align 4, !dbg !175
  %16 = icmp ne i32 %12, %15, !dbg !176
  br i1 %16, label %17, label %25, !dbg !176

17:                                               ; preds = %2
  %18 = load ptr, ptr %6, align 8, !dbg !177
  %19 = getelementptr inbounds nuw %struct.person, ptr %18, i32 0, i32 1, !dbg !178
  %20 = load i32, ptr %19, align 4, !dbg !178
  %21 = load ptr, ptr %7, align 8, !dbg !179
  %22 = getelementptr inbounds nuw %struct.person, ptr %21, i32 0, i32 1, !dbg !180
  %23 = load i32, ptr %22, align 4, !dbg !180
  %24 = sub nsw i32 %20, %23, !dbg !181
  store i32 %24, ptr %3, align 4, !dbg !182
  br label %33, !dbg !182

25:                                               ; preds = %2
  %26 = load ptr, ptr %6, align 8, !dbg !183
  %27 = getelementptr inbounds nuw %struct.person, ptr %26, i32 0, i32 0, !dbg !184
  %28 = getelementptr inbounds [12 x i8], ptr %27, i64 0, i64 0, !dbg !183
  %29 = load ptr, ptr %7, align 8, !dbg !185
  %30 = getelementptr inbounds nuw %struct.person, ptr %29, i32 0, i32 0, !dbg !186
  %31 = getelementptr inbounds [12 x i8], ptr %30, i64 0, i64 0, !dbg !185
  %32 = call i32 @strcmp(ptr noundef %28, ptr noundef %31) #4, !dbg !187
  store i32 %32, ptr %3, align 4, !dbg !188
  br label %33, !dbg !188

33:                                               ; preds = %25, %17
  %34 = load i32, ptr %3, align 4, !dbg !189
  ret i32 %34, !dbg !189
}

; Function Attrs: nounwind willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #3

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "qsort_cmp.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 16, type: !11, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "qsort_cmp.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 17, column: 26, scope: !9)
!14 = !DILocation(line: 18, column: 14, scope: !9)
!15 = !DILocation(line: 18, column: 10, scope: !9)
!16 = !DILocation(line: 18, column: 21, scope: !9)
!17 = !DILocation(line: 18, column: 23, scope: !9)
!18 = !DILocation(line: 18, column: 5, scope: !9)
!19 = !DILocation(line: 18, column: 42, scope: !9)
!20 = !DILocation(line: 18, column: 44, scope: !9)
!21 = !DILocation(line: 18, column: 39, scope: !9)
!22 = !DILocation(line: 18, column: 56, scope: !9)
!23 = !DILocation(line: 18, column: 58, scope: !9)
!24 = !DILocation(line: 18, column: 53, scope: !9)
!25 = !DILocation(line: 18, column: 70, scope: !9)
!26 = !DILocation(line: 18, column: 72, scope: !9)
!27 = !DILocation(line: 18, column: 67, scope: !9)
!28 = !DILocation(line: 18, column: 91, scope: !9)
!29 = !DILocation(line: 18, column: 93, scope: !9)
!30 = !DILocation(line: 18, column: 102, scope: !9)
!31 = !DILocation(line: 18, column: 80, scope: !9)
!32 = !DILocation(line: 18, column: 78, scope: !9)
!33 = !DILocation(line: 18, column: 83, scope: !9)
!34 = !DILocation(line: 18, column: 110, scope: !9)
!35 = !DILocation(line: 18, column: 31, scope: !9)
!36 = distinct !{!36, !18, !34, !37}
!37 = !{!"llvm.loop.mustprogress"}
!38 = !DILocation(line: 19, column: 11, scope: !9)
!39 = !DILocation(line: 19, column: 5, scope: !9)
!40 = !DILocation(line: 20, column: 10, scope: !9)
!41 = !DILocation(line: 20, column: 26, scope: !9)
!42 = !DILocation(line: 20, column: 22, scope: !9)
!43 = !DILocation(line: 20, column: 33, scope: !9)
!44 = !DILocation(line: 20, column: 35, scope: !9)
!45 = !DILocation(line: 20, column: 17, scope: !9)
!46 = !DILocation(line: 20, column: 51, scope: !9)
!47 = !DILocation(line: 20, column: 53, scope: !9)
!48 = !DILocation(line: 20, column: 61, scope: !9)
!49 = !DILocation(line: 20, column: 59, scope: !9)
!50 = !DILocation(line: 20, column: 57, scope: !9)
!51 = !DILocation(line: 20, column: 49, scope: !9)
!52 = !DILocation(line: 20, column: 47, scope: !9)
!53 = !DILocation(line: 20, column: 43, scope: !9)
!54 = distinct !{!54, !45, !55, !37}
!55 = !DILocation(line: 20, column: 62, scope: !9)
!56 = !DILocation(line: 21, column: 37, scope: !9)
!57 = !DILocation(line: 21, column: 43, scope: !9)
!58 = !DILocation(line: 21, column: 51, scope: !9)
!59 = !DILocation(line: 21, column: 59, scope: !9)
!60 = !DILocation(line: 21, column: 5, scope: !9)
!61 = !DILocation(line: 22, column: 15, scope: !9)
!62 = !DILocation(line: 22, column: 9, scope: !9)
!63 = !DILocation(line: 22, column: 46, scope: !9)
!64 = !DILocation(line: 22, column: 32, scope: !9)
!65 = !DILocation(line: 22, column: 28, scope: !9)
!66 = !DILocation(line: 23, column: 26, scope: !9)
!67 = !DILocation(line: 23, column: 28, scope: !9)
!68 = !DILocation(line: 23, column: 32, scope: !9)
!69 = !DILocation(line: 23, column: 31, scope: !9)
!70 = !DILocation(line: 23, column: 37, scope: !9)
!71 = !DILocation(line: 23, column: 34, scope: !9)
!72 = !DILocation(line: 0, scope: !9)
!73 = !DILocation(line: 23, column: 5, scope: !9)
!74 = !DILocation(line: 24, column: 28, scope: !9)
!75 = !DILocation(line: 24, column: 24, scope: !9)
!76 = !DILocation(line: 24, column: 35, scope: !9)
!77 = !DILocation(line: 24, column: 37, scope: !9)
!78 = !DILocation(line: 24, column: 19, scope: !9)
!79 = !DILocation(line: 24, column: 65, scope: !9)
!80 = !DILocation(line: 24, column: 67, scope: !9)
!81 = !DILocation(line: 24, column: 75, scope: !9)
!82 = !DILocation(line: 24, column: 55, scope: !9)
!83 = !DILocation(line: 24, column: 82, scope: !9)
!84 = !DILocation(line: 24, column: 50, scope: !9)
!85 = !DILocation(line: 24, column: 48, scope: !9)
!86 = !DILocation(line: 24, column: 53, scope: !9)
!87 = !DILocation(line: 24, column: 44, scope: !9)
!88 = distinct !{!88, !78, !89, !37}
!89 = !DILocation(line: 24, column: 84, scope: !9)
!90 = !DILocation(line: 25, column: 11, scope: !9)
!91 = !DILocation(line: 25, column: 5, scope: !9)
!92 = !DILocation(line: 26, column: 33, scope: !9)
!93 = !DILocation(line: 26, column: 39, scope: !9)
!94 = !DILocation(line: 26, column: 5, scope: !9)
!95 = !DILocation(line: 27, column: 17, scope: !9)
!96 = !DILocation(line: 28, column: 11, scope: !9)
!97 = !DILocation(line: 28, column: 5, scope: !9)
!98 = !DILocation(line: 29, column: 14, scope: !9)
!99 = !DILocation(line: 29, column: 10, scope: !9)
!100 = !DILocation(line: 29, column: 21, scope: !9)
!101 = !DILocation(line: 29, column: 23, scope: !9)
!102 = !DILocation(line: 29, column: 5, scope: !9)
!103 = !DILocation(line: 29, column: 49, scope: !9)
!104 = !DILocation(line: 29, column: 47, scope: !9)
!105 = !DILocation(line: 29, column: 33, scope: !9)
!106 = !DILocation(line: 29, column: 29, scope: !9)
!107 = distinct !{!107, !102, !108, !37}
!108 = !DILocation(line: 29, column: 51, scope: !9)
!109 = !DILocation(line: 30, column: 5, scope: !9)
!110 = !DILocation(line: 31, column: 19, scope: !9)
!111 = !DILocation(line: 32, column: 11, scope: !9)
!112 = !DILocation(line: 32, column: 5, scope: !9)
!113 = !DILocation(line: 33, column: 14, scope: !9)
!114 = !DILocation(line: 33, column: 10, scope: !9)
!115 = !DILocation(line: 33, column: 21, scope: !9)
!116 = !DILocation(line: 33, column: 23, scope: !9)
!117 = !DILocation(line: 33, column: 5, scope: !9)
!118 = !DILocation(line: 33, column: 53, scope: !9)
!119 = !DILocation(line: 33, column: 50, scope: !9)
!120 = !DILocation(line: 33, column: 56, scope: !9)
!121 = !DILocation(line: 33, column: 65, scope: !9)
!122 = !DILocation(line: 33, column: 62, scope: !9)
!123 = !DILocation(line: 33, column: 68, scope: !9)
!124 = !DILocation(line: 33, column: 33, scope: !9)
!125 = !DILocation(line: 33, column: 29, scope: !9)
!126 = distinct !{!126, !117, !127, !37}
!127 = !DILocation(line: 33, column: 71, scope: !9)
!128 = !DILocation(line: 34, column: 5, scope: !9)
!129 = !DILocation(line: 35, column: 5, scope: !9)
!130 = distinct !DISubprogram(name: "cmp_int", scope: !10, file: !10, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!131 = !DILocation(line: 7, column: 74, scope: !130)
!132 = !DILocation(line: 7, column: 60, scope: !130)
!133 = !DILocation(line: 7, column: 56, scope: !130)
!134 = !DILocation(line: 7, column: 95, scope: !130)
!135 = !DILocation(line: 7, column: 81, scope: !130)
!136 = !DILocation(line: 7, column: 77, scope: !130)
!137 = !DILocation(line: 7, column: 106, scope: !130)
!138 = !DILocation(line: 7, column: 110, scope: !130)
!139 = !DILocation(line: 7, column: 108, scope: !130)
!140 = !DILocation(line: 7, column: 116, scope: !130)
!141 = !DILocation(line: 7, column: 120, scope: !130)
!142 = !DILocation(line: 7, column: 118, scope: !130)
!143 = !DILocation(line: 7, column: 113, scope: !130)
!144 = !DILocation(line: 7, column: 98, scope: !130)
!145 = distinct !DISubprogram(name: "cmp_dbl_desc", scope: !10, file: !10, line: 8, type: !11, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!146 = !DILocation(line: 8, column: 85, scope: !145)
!147 = !DILocation(line: 8, column: 68, scope: !145)
!148 = !DILocation(line: 8, column: 64, scope: !145)
!149 = !DILocation(line: 8, column: 109, scope: !145)
!150 = !DILocation(line: 8, column: 92, scope: !145)
!151 = !DILocation(line: 8, column: 88, scope: !145)
!152 = !DILocation(line: 8, column: 120, scope: !145)
!153 = !DILocation(line: 8, column: 124, scope: !145)
!154 = !DILocation(line: 8, column: 122, scope: !145)
!155 = !DILocation(line: 8, column: 130, scope: !145)
!156 = !DILocation(line: 8, column: 134, scope: !145)
!157 = !DILocation(line: 8, column: 132, scope: !145)
!158 = !DILocation(line: 8, column: 127, scope: !145)
!159 = !DILocation(line: 8, column: 112, scope: !145)
!160 = distinct !DISubprogram(name: "cmp_str", scope: !10, file: !10, line: 9, type: !11, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!161 = !DILocation(line: 9, column: 88, scope: !160)
!162 = !DILocation(line: 9, column: 66, scope: !160)
!163 = !DILocation(line: 9, column: 113, scope: !160)
!164 = !DILocation(line: 9, column: 91, scope: !160)
!165 = !DILocation(line: 9, column: 59, scope: !160)
!166 = !DILocation(line: 9, column: 52, scope: !160)
!167 = distinct !DISubprogram(name: "cmp_person", scope: !10, file: !10, line: 10, type: !11, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!168 = !DILocation(line: 11, column: 30, scope: !167)
!169 = !DILocation(line: 11, column: 26, scope: !167)
!170 = !DILocation(line: 11, column: 38, scope: !167)
!171 = !DILocation(line: 11, column: 34, scope: !167)
!172 = !DILocation(line: 12, column: 9, scope: !167)
!173 = !DILocation(line: 12, column: 12, scope: !167)
!174 = !DILocation(line: 12, column: 19, scope: !167)
!175 = !DILocation(line: 12, column: 22, scope: !167)
!176 = !DILocation(line: 12, column: 16, scope: !167)
!177 = !DILocation(line: 12, column: 34, scope: !167)
!178 = !DILocation(line: 12, column: 37, scope: !167)
!179 = !DILocation(line: 12, column: 43, scope: !167)
!180 = !DILocation(line: 12, column: 46, scope: !167)
!181 = !DILocation(line: 12, column: 41, scope: !167)
!182 = !DILocation(line: 12, column: 27, scope: !167)
!183 = !DILocation(line: 13, column: 19, scope: !167)
!184 = !DILocation(line: 13, column: 22, scope: !167)
!185 = !DILocation(line: 13, column: 28, scope: !167)
!186 = !DILocation(line: 13, column: 31, scope: !167)
!187 = !DILocation(line: 13, column: 12, scope: !167)
!188 = !DILocation(line: 13, column: 5, scope: !167)
!189 = !DILocation(line: 14, column: 1, scope: !167)
