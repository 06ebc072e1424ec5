; ModuleID = 'vla_alloca.c'
source_filename = "vla_alloca.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [9 x i8] c"vla %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"pascal %d %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"alloca %u %zu\0A\00", align 1
@.str.3 = private unnamed_addr constant [25 x i8] c"harmonic %.17g size=%zu\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca ptr, align 8
  %14 = alloca i32, align 4
  %15 = alloca ptr, align 8
  %16 = alloca i64, align 8
  %17 = alloca i32, align 4
  %18 = alloca double, align 8
  %19 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i64 0, ptr %2, align 8, !dbg !13
  store i32 1, ptr %3, align 4, !dbg !14
  br label %20, !dbg !15

20:                                               ; preds = %67, %0
  %21 = load i32, ptr %3, align 4, !dbg !16
  %22 = icmp slt i32 %21, 40, !dbg !17
  br i1 %22, label %23, label %70, !dbg !18

23:                                               ; preds = %20
  %24 = load i32, ptr %3, align 4, !dbg !19
  %25 = zext i32 %24 to i64, !dbg !20
  %26 = load i32, ptr %3, align 4, !dbg !21
  %27 = add nsw i32 %26, 1, !dbg !22
  %28 = zext i32 %27 to i64, !dbg !20
  %29 = call ptr @llvm.stacksave.p0(), !dbg !20
  store ptr %29, ptr %4, align 8, !dbg !20
  %30 = mul nuw i64 %25, %28, !dbg !20
  %31 = alloca i32, i64 %30, align 16, !dbg !20
  store i64 %25, ptr %5, align 8, !dbg !20
  store i64 %28, ptr %6, align 8, !dbg !20
  store i32 0, ptr %7, align 4, !dbg !23
  br label %32, !dbg !24

32:                                               ; preds = %56, %23
  %33 = load i32, ptr %7, align 4, !dbg !25
  %34 = load i32, ptr %3, align 4, !dbg !26
  %35 = icmp slt i32 %33, %34, !dbg !27
  br i1 %35, label %36, label %59, !dbg !28

36:                                               ; preds = %32
  store i32 0, ptr %8, align 4, !dbg !29
  br label %37, !dbg !30

37:                                               ; preds = %52, %36
  %38 = load i32, ptr %8, align 4, !dbg !31
  %39 = load i32, ptr %3, align 4, !dbg !32
  %40 = icmp sle i32 %38, %39, !dbg !33
  br i1 %40, label %41, label %55, !dbg !34

41:                                               ; preds = %37
  %42 = load i32, ptr %7, align 4, !dbg !35
  %43 = load i32, ptr %8, align 4, !dbg !36
  %44 = xor i32 %42, %43, !dbg !37
  %45 = load i32, ptr %7, align 4, !dbg !38
  %46 = sext i32 %45 to i64, !dbg !39
  %47 = mul nsw i64 %46, %28, !dbg !39
  %48 = getelementptr inbounds i32, ptr %31, i64 %47, !dbg !39
  %49 = load i32, ptr %8, align 4, !dbg !40
  %50 = sext i32 %49 to i64, !dbg !39
  %51 = getelementptr inbounds i32, ptr %48, i64 %50, !dbg !39
  store i32 %44, ptr %51, align 4, !dbg !41
  br label %52, !dbg !39

52:                                               ; preds = %41
  %53 = load i32, ptr %8, align 4, !dbg !42
  %54 = add nsw i32 %53, 1, !dbg !42
  store i32 %54, ptr %8, align 4, !dbg !42
  br label %37, !dbg !34, !llvm.loop !43

55:                                               ; preds = %37
  br label %56, !dbg !36

56:                                               ; preds = %55
  %57 = load i32, ptr %7, align 4, !dbg !45
  %58 = add nsw i32 %57, 1, !dbg !45
  store i32 %58, ptr %7, align 4, !dbg !45
  br label %32, !dbg !28, !llvm.loop !46

59:                                               ; preds = %32
  %60 = load i32, ptr %3, align 4, !dbg !47
  %61 = load i32, ptr %3, align 4, !dbg !48
  %62 = add nsw i32 %61, 1, !dbg !49
  %63 = call i64 @vla_sum(i32 noundef %60, i32 noundef %62, ptr noundef %31), !dbg !50
  %64 = load i64, ptr %2, align 8, !dbg !51
  %65 = add nsw i64 %64, %63, !dbg !51
  store i64 %65, ptr %2, align 8, !dbg !51
  %66 = load ptr, ptr %4, align 8, !dbg !52
  call void @llvm.stackrestore.p0(ptr %66), !dbg !52
  br label %67, !dbg !52

67:                                               ; preds = %59
  %68 = load i32, ptr %3, align 4, !dbg !53
  %69 = add nsw i32 %68, 1, !dbg !53
  store i32 %69, ptr %3, align 4, !dbg !53
  br label %20, !dbg !18, !llvm.loop !54

70:                                               ; preds = %20
  %71 = load i64, ptr %2, align 8, !dbg !55
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %71), !dbg !56
  %73 = call i32 @pascal_row(i32 noundef 30, i32 noundef 15), !dbg !57
  %74 = call i32 @pascal_row(i32 noundef 100, i32 noundef 50), !dbg !58
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %73, i32 noundef %74), !dbg !59
  store i64 100, ptr %9, align 8, !dbg !60
  %76 = load i64, ptr %9, align 8, !dbg !61
  %77 = alloca i8, i64 %76, align 16, !dbg !62
  store ptr %77, ptr %10, align 8, !dbg !63
  %78 = load ptr, ptr %10, align 8, !dbg !64
  %79 = load i64, ptr %9, align 8, !dbg !65
  %80 = sub i64 %79, 1, !dbg !66
  call void @llvm.memset.p0.i64(ptr align 1 %78, i8 120, i64 %80, i1 false), !dbg !67
  %81 = load ptr, ptr %10, align 8, !dbg !68
  %82 = load i64, ptr %9, align 8, !dbg !69
  %83 = sub i64 %82, 1, !dbg !70
  %84 = getelementptr inbounds nuw i8, ptr %81, i64 %83, !dbg !68
  store i8 0, ptr %84, align 1, !dbg !71
  store i64 0, ptr %11, align 8, !dbg !72
  br label %85, !dbg !73

85:                                               ; preds = %98, %70
  %86 = load i64, ptr %11, align 8, !dbg !74
  %87 = load i64, ptr %9, align 8, !dbg !75
  %88 = sub i64 %87, 1, !dbg !76
  %89 = icmp ult i64 %86, %88, !dbg !77
  br i1 %89, label %90, label %101, !dbg !78

90:                                               ; preds = %85
  %91 = load i64, ptr %11, align 8, !dbg !79
  %92 = urem i64 %91, 26, !dbg !80
  %93 = add i64 97, %92, !dbg !81
  %94 = trunc i64 %93 to i8, !dbg !82
  %95 = load ptr, ptr %10, align 8, !dbg !83
  %96 = load i64, ptr %11, align 8, !dbg !84
  %97 = getelementptr inbounds nuw i8, ptr %95, i64 %96, !dbg !83
  store i8 %94, ptr %97, align 1, !dbg !85
  br label %98, !dbg !83

98:                                               ; preds = %90
  %99 = load i64, ptr %11, align 8, !dbg !86
  %100 = add i64 %99, 7, !dbg !86
  store i64 %100, ptr %11, align 8, !dbg !86
  br label %85, !dbg !78, !llvm.loop !87

101:                                              ; preds = %85
  store i32 0, ptr %12, align 4, !dbg !89
  %102 = load ptr, ptr %10, align 8, !dbg !90
  store ptr %102, ptr %13, align 8, !dbg !91
  br label %103, !dbg !92

103:                                              ; preds = %114, %101
  %104 = load ptr, ptr %13, align 8, !dbg !93
  %105 = load i8, ptr %104, align 1, !dbg !94
  %106 = icmp ne i8 %105, 0, !dbg !95
  br i1 %106, label %107, label %117, !dbg !95

107:                                              ; preds = %103
  %108 = load i32, ptr %12, align 4, !dbg !96
  %109 = mul i32 %108, 33, !dbg !97
  %110 = load ptr, ptr %13, align 8, !dbg !98
  %111 = load i8, ptr %110, align 1, !dbg !99
  %112 = zext i8 %111 to i32, !dbg !100
  %113 = add i32 %109, %112, !dbg !101
  store i32 %113, ptr %12, align 4, !dbg !102
  br label %114, !dbg !103

114:                                              ; preds = %107
  %115 = load ptr, ptr %13, align 8, !dbg !104
  %116 = getelementptr inbounds nuw i8, ptr %115, i32 1, !dbg !104
  store ptr %116, ptr %13, align 8, !dbg !104
  br label %103, !dbg !95, !llvm.loop !105

117:                                              ; preds = %103
  %118 = load i32, ptr %12, align 4, !dbg !106
  %119 = load ptr, ptr %10, align 8, !dbg !107
  %120 = call i64 @strlen(ptr noundef %119) #5, !dbg !108
  %121 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %118, i64 noundef %120), !dbg !109
  store i32 17, ptr %14, align 4, !dbg !110
  %122 = load i32, ptr %14, align 4, !dbg !111
  %123 = zext i32 %122 to i64, !dbg !112
  %124 = call ptr @llvm.stacksave.p0(), !dbg !112
  store ptr %124, ptr %15, align 8, !dbg !112
  %125 = alloca double, i64 %123, align 16, !dbg !112
  store i64 %123, ptr %16, align 8, !dbg !112
  store i32 0, ptr %17, align 4, !dbg !113
  br label %126, !dbg !114

126:                                              ; preds = %138, %117
  %127 = load i32, ptr %17, align 4, !dbg !115
  %128 = load i32, ptr %14, align 4, !dbg !116
  %129 = icmp slt i32 %127, %128, !dbg !117
  br i1 %129, label %130, label %141, !dbg !118

130:                                              ; preds = %126
  %131 = load i32, ptr %17, align 4, !dbg !119
  %132 = add nsw i32 %131, 1, !dbg !120
  %133 = sitofp i32 %132 to double, !dbg !121
  %134 = fdiv double 1.000000e+00, %133, !dbg !122
  %135 = load i32, ptr %17, align 4, !dbg !123
  %136 = sext i32 %135 to i64, !dbg !124
  %137 = getelementptr inbounds double, ptr %125, i64 %136, !dbg !124
  store double %134, ptr %137, align 8, !dbg !125
  br label %138, !dbg !124

138:                                              ; preds = %130
  %139 = load i32, ptr %17, align 4, !dbg !126
  %140 = add nsw i32 %139, 1, !dbg !126
  store i32 %140, ptr %17, align 4, !dbg !126
  br label %126, !dbg !118, !llvm.loop !127

141:                                              ; preds = %126
  store double 0.000000e+00, ptr %18, align 8, !dbg !129
  %142 = load i32, ptr %14, align 4, !dbg !130
  %143 = sub nsw i32 %142, 1, !dbg !131
  store i32 %143, ptr %19, align 4, !dbg !132
  br label %144, !dbg !133

144:                                              ; preds = %154, %141
  %145 = load i32, ptr %19, align 4, !dbg !134
  %146 = icmp sge i32 %145, 0, !dbg !135
  br i1 %146, label %147, label %157, !dbg !136

147:                                              ; preds = %144
  %148 = load i32, ptr %19, align 4, !dbg !137
  %149 = sext i32 %148 to i64, !dbg !138
  %150 = getelementptr inbounds double, ptr %125, i64 %149, !dbg !138
  %151 = load double, ptr %150, align 8, !dbg !138
  %152 = load double, ptr %18, align 8, !dbg !139
  %153 = fadd double %152, %151, !dbg !139
  store double %153, ptr %18, align 8, !dbg !139
  br label %154, !dbg !140

154:                                              ; preds = %147
  %155 = load i32, ptr %19, align 4, !dbg !141
  %156 = add nsw i32 %155, -1, !dbg !141
  store i32 %156, ptr %19, align 4, !dbg !141
  br label %144, !dbg !136, !llvm.loop !142

157:                                              ; preds = %144
  %158 = load double, ptr %18, align 8, !dbg !144
  %159 = mul nuw i64 8, %123, !dbg !145
  %160 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %158, i64 noundef %159), !dbg !146
  store i32 0, ptr %1, align 4, !dbg !147
  %161 = load ptr, ptr %15, align 8, !dbg !148
  call void @llvm.stackrestore.p0(ptr %161), !dbg !148
  %162 = load i32, ptr %1, align 4, !dbg !148
  ret i32 %162, !dbg !148
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @vla_sum(i32 noundef %0, i32 noundef %1, ptr noundef %2) #0 !dbg !149 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 8
  %10 = load i32, ptr %4, align 4, !dbg !150
  %11 = zext i32 %10 to i64
  %12 = load i32, ptr %5, align 4, !dbg !151
  %13 = zext i32 %12 to i64
  store i64 0, ptr %7, align 8, !dbg !152
  store i32 0, ptr %8, align 4, !dbg !153
  br label %14, !dbg !154

14:                                               ; preds = %43, %3
  %15 = load i32, ptr %8, align 4, !dbg !155
  %16 = load i32, ptr %4, align 4, !dbg !156
  %17 = icmp slt i32 %15, %16, !dbg !157
  br i1 %17, label %18, label %46, !dbg !158

18:                                               ; preds = %14
  store i32 0, ptr %9, align 4, !dbg !159
  br label %19, !dbg !160

19:                                               ; preds = %39, %18
  %20 = load i32, ptr %9, align 4, !dbg !161
  %21 = load i32, ptr %5, align 4, !dbg !162
  %22 = icmp slt i32 %20, %21, !dbg !163
  br i1 %22, label %23, label %42, !dbg !164

23:                                               ; preds = %19
  %24 = load ptr, ptr %6, align 8, !dbg !165
  %25 = load i32, ptr %8, align 4, !dbg !166
  %26 = sext i32 %25 to i64, !dbg !165
  %27 = mul nsw i64 %26, %13, !dbg !165
  %28 = getelementptr inbounds i32, ptr %24, i64 %27, !dbg !165
  %29 = load i32, ptr %9, align 4, !dbg !167
  %30 = sext i32 %29 to i64, !dbg !165
  %31 = getelementptr inbounds i32, ptr %28, i64 %30, !dbg !165
  %32 = load i32, ptr %31, align 4, !dbg !165
  %33 = load i32, ptr %8, align 4, !dbg !168
  %34 = add nsw i32 %33, 1, !dbg !169
  %35 = mul nsw i32 %32, %34, !dbg !170
  %36 = sext i32 %35 to i64, !dbg !165
  %37 = load i64, ptr %7, align 8, !dbg !171
  %38 = add nsw i64 %37, %36, !dbg !171
  store i64 %38, ptr %7, align 8, !dbg !171
  br label %39, !dbg !172

39:                                               ; preds = %23
  %40 = load i32, ptr %9, align 4, !dbg !173
  %41 = add nsw i32 %40, 1, !dbg !173
  store i32 %41, ptr %9, align 4, !dbg !173
  br label %19, !dbg !164, !llvm.loop !174

42:                                               ; preds = %19
  br label %43, !dbg !175

43:                                               ; preds = %42
  %44 = load i32, ptr %8, align 4, !dbg !176
  %45 = add nsw i32 %44, 1, !dbg !176
  store i32 %45, ptr %8, align 4, !dbg !176
  br label %14, !dbg !158, !llvm.loop !177

46:                                               ; preds = %14
  %47 = load i64, ptr %7, align 8, !dbg !178
  ret i64 %47, !dbg !179
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @pascal_row(i32 noundef %0, i32 noundef %1) #0 !dbg !180 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %9 = load i32, ptr %3, align 4, !dbg !181
  %10 = add nsw i32 %9, 1, !dbg !182
  %11 = zext i32 %10 to i64, !dbg !183
  %12 = call ptr @llvm.stacksave.p0(), !dbg !183
  store ptr %12, ptr %5, align 8, !dbg !183
  %13 = alloca i32, i64 %11, align 16, !dbg !183
  store i64 %11, ptr %6, align 8, !dbg !183
  store i32 0, ptr %7, align 4, !dbg !184
  br label %14, !dbg !185

14:                                               ; preds = %46, %2
  %15 = load i32, ptr %7, align 4, !dbg !186
  %16 = load i32, ptr %3, align 4, !dbg !187
  %17 = icmp sle i32 %15, %16, !dbg !188
  br i1 %17, label %18, label %49, !dbg !189

18:                                               ; preds = %14
  %19 = load i32, ptr %7, align 4, !dbg !190
  %20 = sext i32 %19 to i64, !dbg !191
  %21 = getelementptr inbounds i32, ptr %13, i64 %20, !dbg !191
  store i32 1, ptr %21, align 4, !dbg !192
  %22 = load i32, ptr %7, align 4, !dbg !193
  %23 = sub nsw i32 %22, 1, !dbg !194
  store i32 %23, ptr %8, align 4, !dbg !195
  br label %24, !dbg !196

24:                                               ; preds = %42, %18
  %25 = load i32, ptr %8, align 4, !dbg !197
  %26 = icmp sgt i32 %25, 0, !dbg !198
  br i1 %26, label %27, label %45, !dbg !199

27:                                               ; preds = %24
  %28 = load i32, ptr %8, align 4, !dbg !200
  %29 = sext i32 %28 to i64, !dbg !201
  %30 = getelementptr inbounds i32, ptr %13, i64 %29, !dbg !201
  %31 = load i32, ptr %30, align 4, !dbg !201
  %32 = load i32, ptr %8, align 4, !dbg !202
  %33 = sub nsw i32 %32, 1, !dbg !203
  %34 = sext i32 %33 to i64, !dbg !204
  %35 = getelementptr inbounds i32, ptr %13, i64 %34, !dbg !204
  %36 = load i32, ptr %35, align 4, !dbg !204
  %37 = add nsw i32 %31, %36, !dbg !205
  %38 = srem i32 %37, 1000007, !dbg !206
  %39 = load i32, ptr %8, align 4, !dbg !207
  %40 = sext i32 %39 to i64, !dbg !208
  %41 = getelementptr inbounds i32, ptr %13, i64 %40, !dbg !208
  store i32 %38, ptr %41, align 4, !dbg !209
  br label %42, !dbg !208

42:                                               ; preds = %27
  %43 = load i32, ptr %8, align 4, !dbg !210
  %44 = add nsw i32 %43, -1, !dbg !210
  store i32 %44, ptr %8, align 4, !dbg !210
  br label %24, !dbg !199, !llvm.loop !211

45:                                               ; preds = %24
  br label %46, !dbg !213

46:                                               ; preds = %45
  %47 = load i32, ptr %7, align 4, !dbg !214
  %48 = add nsw i32 %47, 1, !dbg !214
  store i32 %48, ptr %7, align 4, !dbg !214
  br label %14, !dbg !189, !llvm.loop !215

49:                                               ; preds = %14
  %50 = load i32, ptr %4, align 4, !dbg !216
  %51 = sext i32 %50 to i64, !dbg !217
  %52 = getelementptr inbounds i32, ptr %13, i64 %51, !dbg !217
  %53 = load i32, ptr %52, align 4, !dbg !217
  %54 = load ptr, ptr %5, align 8, !dbg !218
  call void @llvm.stackrestore.p0(ptr %54), !dbg !218
  ret i32 %53, !dbg !218
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #4

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "vla_alloca.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 18, type: !11, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "vla_alloca.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 19, column: 10, scope: !9)
!14 = !DILocation(line: 20, column: 14, scope: !9)
!15 = !DILocation(line: 20, column: 10, scope: !9)
!16 = !DILocation(line: 20, column: 21, scope: !9)
!17 = !DILocation(line: 20, column: 23, scope: !9)
!18 = !DILocation(line: 20, column: 5, scope: !9)
!19 = !DILocation(line: 21, column: 17, scope: !9)
!20 = !DILocation(line: 21, column: 9, scope: !9)
!21 = !DILocation(line: 21, column: 20, scope: !9)
!22 = !DILocation(line: 21, column: 22, scope: !9)
!23 = !DILocation(line: 22, column: 18, scope: !9)
!24 = !DILocation(line: 22, column: 14, scope: !9)
!25 = !DILocation(line: 22, column: 25, scope: !9)
!26 = !DILocation(line: 22, column: 29, scope: !9)
!27 = !DILocation(line: 22, column: 27, scope: !9)
!28 = !DILocation(line: 22, column: 9, scope: !9)
!29 = !DILocation(line: 22, column: 46, scope: !9)
!30 = !DILocation(line: 22, column: 42, scope: !9)
!31 = !DILocation(line: 22, column: 53, scope: !9)
!32 = !DILocation(line: 22, column: 58, scope: !9)
!33 = !DILocation(line: 22, column: 55, scope: !9)
!34 = !DILocation(line: 22, column: 37, scope: !9)
!35 = !DILocation(line: 22, column: 78, scope: !9)
!36 = !DILocation(line: 22, column: 82, scope: !9)
!37 = !DILocation(line: 22, column: 80, scope: !9)
!38 = !DILocation(line: 22, column: 70, scope: !9)
!39 = !DILocation(line: 22, column: 66, scope: !9)
!40 = !DILocation(line: 22, column: 73, scope: !9)
!41 = !DILocation(line: 22, column: 76, scope: !9)
!42 = !DILocation(line: 22, column: 62, scope: !9)
!43 = distinct !{!43, !34, !36, !44}
!44 = !{!"llvm.loop.mustprogress"}
!45 = !DILocation(line: 22, column: 33, scope: !9)
!46 = distinct !{!46, !28, !36, !44}
!47 = !DILocation(line: 23, column: 26, scope: !9)
!48 = !DILocation(line: 23, column: 29, scope: !9)
!49 = !DILocation(line: 23, column: 31, scope: !9)
!50 = !DILocation(line: 23, column: 18, scope: !9)
!51 = !DILocation(line: 23, column: 15, scope: !9)
!52 = !DILocation(line: 24, column: 5, scope: !9)
!53 = !DILocation(line: 20, column: 30, scope: !9)
!54 = distinct !{!54, !18, !52, !44}
!55 = !DILocation(line: 25, column: 25, scope: !9)
!56 = !DILocation(line: 25, column: 5, scope: !9)
!57 = !DILocation(line: 26, column: 30, scope: !9)
!58 = !DILocation(line: 26, column: 50, scope: !9)
!59 = !DILocation(line: 26, column: 5, scope: !9)
!60 = !DILocation(line: 27, column: 12, scope: !9)
!61 = !DILocation(line: 28, column: 22, scope: !9)
!62 = !DILocation(line: 28, column: 15, scope: !9)
!63 = !DILocation(line: 28, column: 11, scope: !9)
!64 = !DILocation(line: 29, column: 12, scope: !9)
!65 = !DILocation(line: 29, column: 20, scope: !9)
!66 = !DILocation(line: 29, column: 24, scope: !9)
!67 = !DILocation(line: 29, column: 5, scope: !9)
!68 = !DILocation(line: 29, column: 30, scope: !9)
!69 = !DILocation(line: 29, column: 32, scope: !9)
!70 = !DILocation(line: 29, column: 36, scope: !9)
!71 = !DILocation(line: 29, column: 41, scope: !9)
!72 = !DILocation(line: 30, column: 17, scope: !9)
!73 = !DILocation(line: 30, column: 10, scope: !9)
!74 = !DILocation(line: 30, column: 24, scope: !9)
!75 = !DILocation(line: 30, column: 28, scope: !9)
!76 = !DILocation(line: 30, column: 32, scope: !9)
!77 = !DILocation(line: 30, column: 26, scope: !9)
!78 = !DILocation(line: 30, column: 5, scope: !9)
!79 = !DILocation(line: 30, column: 65, scope: !9)
!80 = !DILocation(line: 30, column: 67, scope: !9)
!81 = !DILocation(line: 30, column: 63, scope: !9)
!82 = !DILocation(line: 30, column: 52, scope: !9)
!83 = !DILocation(line: 30, column: 45, scope: !9)
!84 = !DILocation(line: 30, column: 47, scope: !9)
!85 = !DILocation(line: 30, column: 50, scope: !9)
!86 = !DILocation(line: 30, column: 39, scope: !9)
!87 = distinct !{!87, !78, !88, !44}
!88 = !DILocation(line: 30, column: 71, scope: !9)
!89 = !DILocation(line: 31, column: 14, scope: !9)
!90 = !DILocation(line: 31, column: 36, scope: !9)
!91 = !DILocation(line: 31, column: 32, scope: !9)
!92 = !DILocation(line: 31, column: 26, scope: !9)
!93 = !DILocation(line: 31, column: 40, scope: !9)
!94 = !DILocation(line: 31, column: 39, scope: !9)
!95 = !DILocation(line: 31, column: 21, scope: !9)
!96 = !DILocation(line: 31, column: 52, scope: !9)
!97 = !DILocation(line: 31, column: 54, scope: !9)
!98 = !DILocation(line: 31, column: 77, scope: !9)
!99 = !DILocation(line: 31, column: 76, scope: !9)
!100 = !DILocation(line: 31, column: 61, scope: !9)
!101 = !DILocation(line: 31, column: 59, scope: !9)
!102 = !DILocation(line: 31, column: 50, scope: !9)
!103 = !DILocation(line: 31, column: 48, scope: !9)
!104 = !DILocation(line: 31, column: 44, scope: !9)
!105 = distinct !{!105, !95, !98, !44}
!106 = !DILocation(line: 32, column: 31, scope: !9)
!107 = !DILocation(line: 32, column: 41, scope: !9)
!108 = !DILocation(line: 32, column: 34, scope: !9)
!109 = !DILocation(line: 32, column: 5, scope: !9)
!110 = !DILocation(line: 33, column: 9, scope: !9)
!111 = !DILocation(line: 33, column: 26, scope: !9)
!112 = !DILocation(line: 33, column: 17, scope: !9)
!113 = !DILocation(line: 34, column: 14, scope: !9)
!114 = !DILocation(line: 34, column: 10, scope: !9)
!115 = !DILocation(line: 34, column: 21, scope: !9)
!116 = !DILocation(line: 34, column: 25, scope: !9)
!117 = !DILocation(line: 34, column: 23, scope: !9)
!118 = !DILocation(line: 34, column: 5, scope: !9)
!119 = !DILocation(line: 34, column: 47, scope: !9)
!120 = !DILocation(line: 34, column: 49, scope: !9)
!121 = !DILocation(line: 34, column: 46, scope: !9)
!122 = !DILocation(line: 34, column: 44, scope: !9)
!123 = !DILocation(line: 34, column: 35, scope: !9)
!124 = !DILocation(line: 34, column: 33, scope: !9)
!125 = !DILocation(line: 34, column: 38, scope: !9)
!126 = !DILocation(line: 34, column: 29, scope: !9)
!127 = distinct !{!127, !118, !128, !44}
!128 = !DILocation(line: 34, column: 52, scope: !9)
!129 = !DILocation(line: 35, column: 12, scope: !9)
!130 = !DILocation(line: 35, column: 34, scope: !9)
!131 = !DILocation(line: 35, column: 36, scope: !9)
!132 = !DILocation(line: 35, column: 30, scope: !9)
!133 = !DILocation(line: 35, column: 26, scope: !9)
!134 = !DILocation(line: 35, column: 41, scope: !9)
!135 = !DILocation(line: 35, column: 43, scope: !9)
!136 = !DILocation(line: 35, column: 21, scope: !9)
!137 = !DILocation(line: 35, column: 63, scope: !9)
!138 = !DILocation(line: 35, column: 61, scope: !9)
!139 = !DILocation(line: 35, column: 58, scope: !9)
!140 = !DILocation(line: 35, column: 54, scope: !9)
!141 = !DILocation(line: 35, column: 50, scope: !9)
!142 = distinct !{!142, !136, !143, !44}
!143 = !DILocation(line: 35, column: 64, scope: !9)
!144 = !DILocation(line: 36, column: 41, scope: !9)
!145 = !DILocation(line: 36, column: 46, scope: !9)
!146 = !DILocation(line: 36, column: 5, scope: !9)
!147 = !DILocation(line: 37, column: 5, scope: !9)
!148 = !DILocation(line: 38, column: 1, scope: !9)
!149 = distinct !DISubprogram(name: "vla_sum", scope: !10, file: !10, line: 6, type: !11, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!150 = !DILocation(line: 6, column: 47, scope: !149)
!151 = !DILocation(line: 6, column: 53, scope: !149)
!152 = !DILocation(line: 7, column: 10, scope: !149)
!153 = !DILocation(line: 8, column: 14, scope: !149)
!154 = !DILocation(line: 8, column: 10, scope: !149)
!155 = !DILocation(line: 8, column: 21, scope: !149)
!156 = !DILocation(line: 8, column: 25, scope: !149)
!157 = !DILocation(line: 8, column: 23, scope: !149)
!158 = !DILocation(line: 8, column: 5, scope: !149)
!159 = !DILocation(line: 8, column: 45, scope: !149)
!160 = !DILocation(line: 8, column: 41, scope: !149)
!161 = !DILocation(line: 8, column: 52, scope: !149)
!162 = !DILocation(line: 8, column: 56, scope: !149)
!163 = !DILocation(line: 8, column: 54, scope: !149)
!164 = !DILocation(line: 8, column: 36, scope: !149)
!165 = !DILocation(line: 8, column: 72, scope: !149)
!166 = !DILocation(line: 8, column: 74, scope: !149)
!167 = !DILocation(line: 8, column: 77, scope: !149)
!168 = !DILocation(line: 8, column: 83, scope: !149)
!169 = !DILocation(line: 8, column: 85, scope: !149)
!170 = !DILocation(line: 8, column: 80, scope: !149)
!171 = !DILocation(line: 8, column: 69, scope: !149)
!172 = !DILocation(line: 8, column: 67, scope: !149)
!173 = !DILocation(line: 8, column: 63, scope: !149)
!174 = distinct !{!174, !164, !175, !44}
!175 = !DILocation(line: 8, column: 88, scope: !149)
!176 = !DILocation(line: 8, column: 32, scope: !149)
!177 = distinct !{!177, !158, !175, !44}
!178 = !DILocation(line: 9, column: 12, scope: !149)
!179 = !DILocation(line: 9, column: 5, scope: !149)
!180 = distinct !DISubprogram(name: "pascal_row", scope: !10, file: !10, line: 12, type: !11, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!181 = !DILocation(line: 13, column: 13, scope: !180)
!182 = !DILocation(line: 13, column: 15, scope: !180)
!183 = !DILocation(line: 13, column: 5, scope: !180)
!184 = !DILocation(line: 14, column: 14, scope: !180)
!185 = !DILocation(line: 14, column: 10, scope: !180)
!186 = !DILocation(line: 14, column: 21, scope: !180)
!187 = !DILocation(line: 14, column: 26, scope: !180)
!188 = !DILocation(line: 14, column: 23, scope: !180)
!189 = !DILocation(line: 14, column: 5, scope: !180)
!190 = !DILocation(line: 14, column: 40, scope: !180)
!191 = !DILocation(line: 14, column: 36, scope: !180)
!192 = !DILocation(line: 14, column: 43, scope: !180)
!193 = !DILocation(line: 14, column: 61, scope: !180)
!194 = !DILocation(line: 14, column: 63, scope: !180)
!195 = !DILocation(line: 14, column: 57, scope: !180)
!196 = !DILocation(line: 14, column: 53, scope: !180)
!197 = !DILocation(line: 14, column: 68, scope: !180)
!198 = !DILocation(line: 14, column: 70, scope: !180)
!199 = !DILocation(line: 14, column: 48, scope: !180)
!200 = !DILocation(line: 14, column: 94, scope: !180)
!201 = !DILocation(line: 14, column: 90, scope: !180)
!202 = !DILocation(line: 14, column: 103, scope: !180)
!203 = !DILocation(line: 14, column: 105, scope: !180)
!204 = !DILocation(line: 14, column: 99, scope: !180)
!205 = !DILocation(line: 14, column: 97, scope: !180)
!206 = !DILocation(line: 14, column: 111, scope: !180)
!207 = !DILocation(line: 14, column: 84, scope: !180)
!208 = !DILocation(line: 14, column: 80, scope: !180)
!209 = !DILocation(line: 14, column: 87, scope: !180)
!210 = !DILocation(line: 14, column: 76, scope: !180)
!211 = distinct !{!211, !199, !212, !44}
!212 = !DILocation(line: 14, column: 113, scope: !180)
!213 = !DILocation(line: 14, column: 122, scope: !180)
!214 = !DILocation(line: 14, column: 30, scope: !180)
!215 = distinct !{!215, !189, !213, !44}
!216 = !DILocation(line: 15, column: 16, scope: !180)
!217 = !DILocation(line: 15, column: 12, scope: !180)
!218 = !DILocation(line: 16, column: 1, scope: !180)
