; ModuleID = 'sorts.c'
source_filename = "sorts.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@main.a = internal global [3000 x i32] zeroinitializer, align 16
@main.tmp = internal global [3000 x i32] zeroinitializer, align 16
@main.b = internal global [3000 x i64] zeroinitializer, align 16
@main.c = internal global [500 x i16] zeroinitializer, align 16
@main.d = internal global [3000 x double] zeroinitializer, align 16
@.str = private unnamed_addr constant [49 x i8] c"sorted=%d h=%lu min=%d max=%ld c=%d..%d d=%.17g\0A\00", align 1
@rng = internal global i32 12345, align 4

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4, !dbg !13
  br label %9, !dbg !14

9:                                                ; preds = %32, %0
  %10 = load i32, ptr %2, align 4, !dbg !15
  %11 = icmp slt i32 %10, 3000, !dbg !16
  br i1 %11, label %12, label %35, !dbg !17

12:                                               ; preds = %9
  %13 = call i32 @rnd(), !dbg !18
  %14 = urem i32 %13, 100000, !dbg !19
  %15 = load i32, ptr %2, align 4, !dbg !20
  %16 = sext i32 %15 to i64, !dbg !21
  %17 = getelementptr inbounds [3000 x i32], ptr @main.a, i64 0, i64 %16, !dbg !21
  store i32 %14, ptr %17, align 4, !dbg !22
  %18 = call i32 @rnd(), !dbg !23
  %19 = zext i32 %18 to i64, !dbg !24
  %20 = mul nsw i64 %19, 7, !dbg !25
  %21 = sub nsw i64 %20, 50000000, !dbg !26
  %22 = load i32, ptr %2, align 4, !dbg !27
  %23 = sext i32 %22 to i64, !dbg !28
  %24 = getelementptr inbounds [3000 x i64], ptr @main.b, i64 0, i64 %23, !dbg !28
  store i64 %21, ptr %24, align 8, !dbg !29
  %25 = call i32 @rnd(), !dbg !30
  %26 = uitofp i32 %25 to double, !dbg !31
  %27 = fdiv double %26, 3.000000e+00, !dbg !32
  %28 = fsub double %27, 1.000000e+05, !dbg !33
  %29 = load i32, ptr %2, align 4, !dbg !34
  %30 = sext i32 %29 to i64, !dbg !35
  %31 = getelementptr inbounds [3000 x double], ptr @main.d, i64 0, i64 %30, !dbg !35
  store double %28, ptr %31, align 8, !dbg !36
  br label %32, !dbg !37

32:                                               ; preds = %12
  %33 = load i32, ptr %2, align 4, !dbg !38
  %34 = add nsw i32 %33, 1, !dbg !38
  store i32 %34, ptr %2, align 4, !dbg !38
  br label %9, !dbg !17, !llvm.loop !39

35:                                               ; preds = %9
  store i32 0, ptr %3, align 4, !dbg !41
  br label %36, !dbg !42

36:                                               ; preds = %47, %35
  %37 = load i32, ptr %3, align 4, !dbg !43
  %38 = icmp slt i32 %37, 500, !dbg !44
  br i1 %38, label %39, label %50, !dbg !45

39:                                               ; preds = %36
  %40 = call i32 @rnd(), !dbg !46
  %41 = urem i32 %40, 2000, !dbg !47
  %42 = sub i32 %41, 1000, !dbg !48
  %43 = trunc i32 %42 to i16, !dbg !49
  %44 = load i32, ptr %3, align 4, !dbg !50
  %45 = sext i32 %44 to i64, !dbg !51
  %46 = getelementptr inbounds [500 x i16], ptr @main.c, i64 0, i64 %45, !dbg !51
  store i16 %43, ptr %46, align 2, !dbg !52
  br label %47, !dbg !51

47:                                               ; preds = %39
  %48 = load i32, ptr %3, align 4, !dbg !53
  %49 = add nsw i32 %48, 1, !dbg !53
  store i32 %49, ptr %3, align 4, !dbg !53
  br label %36, !dbg !45, !llvm.loop !54

50:                                               ; preds = %36
  call void @merge_sort(ptr noundef @main.a, ptr noundef @main.tmp, i32 noundef 3000), !dbg !56
  call void @heap_sort(ptr noundef @main.b, i32 noundef 3000), !dbg !57
  call void @insertion(ptr noundef @main.c, i32 noundef 500), !dbg !58
  call void @quick(ptr noundef @main.d, i32 noundef 0, i32 noundef 2999), !dbg !59
  store i32 1, ptr %4, align 4, !dbg !60
  store i32 1, ptr %5, align 4, !dbg !61
  br label %51, !dbg !62

51:                                               ; preds = %92, %50
  %52 = load i32, ptr %5, align 4, !dbg !63
  %53 = icmp slt i32 %52, 3000, !dbg !64
  br i1 %53, label %54, label %95, !dbg !65

54:                                               ; preds = %51
  %55 = load i32, ptr %5, align 4, !dbg !66
  %56 = sub nsw i32 %55, 1, !dbg !67
  %57 = sext i32 %56 to i64, !dbg !68
  %58 = getelementptr inbounds [3000 x i32], ptr @main.a, i64 0, i64 %57, !dbg !68
  %59 = load i32, ptr %58, align 4, !dbg !68
  %60 = load i32, ptr %5, align 4, !dbg !69
  %61 = sext i32 %60 to i64, !dbg !70
  %62 = getelementptr inbounds [3000 x i32], ptr @main.a, i64 0, i64 %61, !dbg !70
  %63 = load i32, ptr %62, align 4, !dbg !70
  %64 = icmp sle i32 %59, %63, !dbg !71
  br i1 %64, label %65, label %87, !dbg !72

65:                                               ; preds = %54
  %66 = load i32, ptr %5, align 4, !dbg !73
  %67 = sub nsw i32 %66, 1, !dbg !74
  %68 = sext i32 %67 to i64, !dbg !75
  %69 = getelementptr inbounds [3000 x i64], ptr @main.b, i64 0, i64 %68, !dbg !75
  %70 = load i64, ptr %69, align 8, !dbg !75
  %71 = load i32, ptr %5, align 4, !dbg !76
  %72 = sext i32 %71 to i64, !dbg !77
  %73 = getelementptr inbounds [3000 x i64], ptr @main.b, i64 0, i64 %72, !dbg !77
  %74 = load i64, ptr %73, align 8, !dbg !77
  %75 = icmp sle i64 %70, %74, !dbg !78
  br i1 %75, label %76, label %87, !dbg !79

76:                                               ; preds = %65
  %77 = load i32, ptr %5, align 4, !dbg !80
  %78 = sub nsw i32 %77, 1, !dbg !81
  %79 = sext i32 %78 to i64, !dbg !82
  %80 = getelementptr inbounds [3000 x double], ptr @main.d, i64 0, i64 %79, !dbg !82
  %81 = load double, ptr %80, align 8, !dbg !82
  %82 = load i32, ptr %5, align 4, !dbg !83
  %83 = sext i32 %82 to i64, !dbg !84
  %84 = getelementptr inbounds [3000 x double], ptr @main.d, i64 0, i64 %83, !dbg !84
  %85 = load double, ptr %84, align 8, !dbg !84
  %86 = fcmp ole double %81, %85, !dbg !85
  br label %87

87:                                               ; preds = %76, %65, %54
  %88 = phi i1 [ false, %65 ], [ false, %54 ], [ %86, %76 ], !dbg !86
  %89 = zext i1 %88 to i32, !dbg !79
  %90 = load i32, ptr %4, align 4, !dbg !87
  %91 = and i32 %90, %89, !dbg !87
  store i32 %91, ptr %4, align 4, !dbg !87
  br label %92, !dbg !88

92:                                               ; preds = %87
  %93 = load i32, ptr %5, align 4, !dbg !89
  %94 = add nsw i32 %93, 1, !dbg !89
  store i32 %94, ptr %5, align 4, !dbg !89
  br label %51, !dbg !65, !llvm.loop !90

95:                                               ; preds = %51
  store i32 1, ptr %6, align 4, !dbg !92
  br label %96, !dbg !93

96:                                               ; preds = %115, %95
  %97 = load i32, ptr %6, align 4, !dbg !94
  %98 = icmp slt i32 %97, 500, !dbg !95
  br i1 %98, label %99, label %118, !dbg !96

99:                                               ; preds = %96
  %100 = load i32, ptr %6, align 4, !dbg !97
  %101 = sub nsw i32 %100, 1, !dbg !98
  %102 = sext i32 %101 to i64, !dbg !99
  %103 = getelementptr inbounds [500 x i16], ptr @main.c, i64 0, i64 %102, !dbg !99
  %104 = load i16, ptr %103, align 2, !dbg !99
  %105 = sext i16 %104 to i32, !dbg !99
  %106 = load i32, ptr %6, align 4, !dbg !100
  %107 = sext i32 %106 to i64, !dbg !101
  %108 = getelementptr inbounds [500 x i16], ptr @main.c, i64 0, i64 %107, !dbg !101
  %109 = load i16, ptr %108, align 2, !dbg !101
  %110 = sext i16 %109 to i32, !dbg !101
  %111 = icmp sle i32 %105, %110, !dbg !102
  %112 = zext i1 %111 to i32, !dbg !102
  %113 = load i32, ptr %4, align 4, !dbg !103
  %114 = and i32 %113, %112, !dbg !103
  store i32 %114, ptr %4, align 4, !dbg !103
  br label %115, !dbg !104

115:                                              ; preds = %99
  %116 = load i32, ptr %6, align 4, !dbg !105
  %117 = add nsw i32 %116, 1, !dbg !105
  store i32 %117, ptr %6, align 4, !dbg !105
  br label %96, !dbg !96, !llvm.loop !106

118:                                              ; preds = %96
  store i64 0, ptr %7, align 8, !dbg !108
  store i32 0, ptr %8, align 4, !dbg !109
  br label %119, !dbg !110

119:                                              ; preds = %142, %118
  %120 = load i32, ptr %8, align 4, !dbg !111
  %121 = icmp slt i32 %120, 3000, !dbg !112
  br i1 %121, label %122, label %145, !dbg !113

122:                                              ; preds = %119
  %123 = load i64, ptr %7, align 8, !dbg !114
  %124 = mul i64 %123, 1000003, !dbg !115
  %125 = load i32, ptr %8, align 4, !dbg !116
  %126 = sext i32 %125 to i64, !dbg !117
  %127 = getelementptr inbounds [3000 x i32], ptr @main.a, i64 0, i64 %126, !dbg !117
  %128 = load i32, ptr %127, align 4, !dbg !117
  %129 = sext i32 %128 to i64, !dbg !118
  %130 = add i64 %124, %129, !dbg !119
  %131 = load i32, ptr %8, align 4, !dbg !120
  %132 = sext i32 %131 to i64, !dbg !121
  %133 = getelementptr inbounds [3000 x i64], ptr @main.b, i64 0, i64 %132, !dbg !121
  %134 = load i64, ptr %133, align 8, !dbg !121
  %135 = add i64 %130, %134, !dbg !122
  %136 = load i32, ptr %8, align 4, !dbg !123
  %137 = sext i32 %136 to i64, !dbg !124
  %138 = getelementptr inbounds [3000 x double], ptr @main.d, i64 0, i64 %137, !dbg !124
  %139 = load double, ptr %138, align 8, !dbg !124
  %140 = fptosi double %139 to i64, !dbg !125
  %141 = add i64 %135, %140, !dbg !126
  store i64 %141, ptr %7, align 8, !dbg !127
  br label %142, !dbg !128

142:                                              ; preds = %122
  %143 = load i32, ptr %8, align 4, !dbg !129
  %144 = add nsw i32 %143, 97, !dbg !129
  store i32 %144, ptr %8, align 4, !dbg !129
  br label %119, !dbg !113, !llvm.loop !130

145:                                              ; preds = %119
  %146 = load i32, ptr %4, align 4, !dbg !132
  %147 = load i64, ptr %7, align 8, !dbg !133
  %148 = load i32, ptr @main.a, align 16, !dbg !134
  %149 = load i64, ptr getelementptr inbounds ([3000 x i64], ptr @main.b, i64 0, i64 2999), align 8, !dbg !135
  %150 = load i16, ptr @main.c, align 16, !dbg !136
  %151 = sext i16 %150 to i32, !dbg !136
  %152 = load i16, ptr getelementptr inbounds ([500 x i16], ptr @main.c, i64 0, i64 499), align 2, !dbg !137
  %153 = sext i16 %152 to i32, !dbg !137
  %154 = load double, ptr getelementptr inbounds ([3000 x double], ptr @main.d, i64 0, i64 1500), align 16, !dbg !138
  %155 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %146, i64 noundef %147, i32 noundef %148, i64 noundef %149, i32 noundef %151, i32 noundef %153, double noundef %154), !dbg !139
  ret i32 0, !dbg !140
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @rnd() #0 !dbg !141 {
  %1 = load i32, ptr @rng, align 4, !dbg !142
  %2 = mul i32 %1, 1103515245, !dbg !143
  %3 = add i32 %2, 12345, !dbg !144
  store i32 %3, ptr @rng, align 4, !dbg !145
  %4 = load i32, ptr @rng, align 4, !dbg !146
  %5 = lshr i32 %4, 8, !dbg !147
  ret i32 %5, !dbg !148
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @merge_sort(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 !dbg !149 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %11 = load i32, ptr %6, align 4, !dbg !150
  %12 = icmp slt i32 %11, 2, !dbg !151
  br i1 %12, label %13, label %14, !dbg !151

13:                                               ; preds = %3
  br label %112, !dbg !152

14:                                               ; preds = %3
  %15 = load i32, ptr %6, align 4, !dbg !153
  %16 = sdiv i32 %15, 2, !dbg !154
  store i32 %16, ptr %7, align 4, !dbg !155
  %17 = load ptr, ptr %4, align 8, !dbg !156
  %18 = load ptr, ptr %5, align 8, !dbg !157
  %19 = load i32, ptr %7, align 4, !dbg !158
  call void @merge_sort(ptr noundef %17, ptr noundef %18, i32 noundef %19), !dbg !159
  %20 = load ptr, ptr %4, align 8, !dbg !160
  %21 = load i32, ptr %7, align 4, !dbg !161
  %22 = sext i32 %21 to i64, !dbg !162
  %23 = getelementptr inbounds i32, ptr %20, i64 %22, !dbg !162
  %24 = load ptr, ptr %5, align 8, !dbg !163
  %25 = load i32, ptr %6, align 4, !dbg !164
  %26 = load i32, ptr %7, align 4, !dbg !165
  %27 = sub nsw i32 %25, %26, !dbg !166
  call void @merge_sort(ptr noundef %23, ptr noundef %24, i32 noundef %27), !dbg !167
  store i32 0, ptr %8, align 4, !dbg !168
  %28 = load i32, ptr %7, align 4, !dbg !169
  store i32 %28, ptr %9, align 4, !dbg !170
  store i32 0, ptr %10, align 4, !dbg !171
  br label %29, !dbg !172

29:                                               ; preds = %65, %14
  %30 = load i32, ptr %8, align 4, !dbg !173
  %31 = load i32, ptr %7, align 4, !dbg !174
  %32 = icmp slt i32 %30, %31, !dbg !175
  br i1 %32, label %33, label %37, !dbg !176

33:                                               ; preds = %29
  %34 = load i32, ptr %9, align 4, !dbg !177
  %35 = load i32, ptr %6, align 4, !dbg !178
  %36 = icmp slt i32 %34, %35, !dbg !179
  br label %37

37:                                               ; preds = %33, %29
  %38 = phi i1 [ false, %29 ], [ %36, %33 ], !dbg !180
  br i1 %38, label %39, label %72, !dbg !172

39:                                               ; preds = %37
  %40 = load ptr, ptr %4, align 8, !dbg !181
  %41 = load i32, ptr %8, align 4, !dbg !182
  %42 = sext i32 %41 to i64, !dbg !181
  %43 = getelementptr inbounds i32, ptr %40, i64 %42, !dbg !181
  %44 = load i32, ptr %43, align 4, !dbg !181
  %45 = load ptr, ptr %4, align 8, !dbg !183
  %46 = load i32, ptr %9, align 4, !dbg !184
  %47 = sext i32 %46 to i64, !dbg !183
  %48 = getelementptr inbounds i32, ptr %45, i64 %47, !dbg !183
  %49 = load i32, ptr %48, align 4, !dbg !183
  %50 = icmp sle i32 %44, %49, !dbg !185
  br i1 %50, label %51, label %58, !dbg !181

51:                                               ; preds = %39
  %52 = load ptr, ptr %4, align 8, !dbg !186
  %53 = load i32, ptr %8, align 4, !dbg !187
  %54 = add nsw i32 %53, 1, !dbg !187
  store i32 %54, ptr %8, align 4, !dbg !187
  %55 = sext i32 %53 to i64, !dbg !186
  %56 = getelementptr inbounds i32, ptr %52, i64 %55, !dbg !186
  %57 = load i32, ptr %56, align 4, !dbg !186
  br label %65, !dbg !181

58:                                               ; preds = %39
  %59 = load ptr, ptr %4, align 8, !dbg !188
  %60 = load i32, ptr %9, align 4, !dbg !189
  %61 = add nsw i32 %60, 1, !dbg !189
  store i32 %61, ptr %9, align 4, !dbg !189
  %62 = sext i32 %60 to i64, !dbg !188
  %63 = getelementptr inbounds i32, ptr %59, i64 %62, !dbg !188
  %64 = load i32, ptr %63, align 4, !dbg !188
  br label %65, !dbg !181

65:                                               ; preds = %58, %51
  %66 = phi i32 [ %57, %51 ], [ %64, %58 ], !dbg !181
  %67 = load ptr, ptr %5, align 8, !dbg !190
  %68 = load i32, ptr %10, align 4, !dbg !191
  %69 = add nsw i32 %68, 1, !dbg !191
  store i32 %69, ptr %10, align 4, !dbg !191
  %70 = sext i32 %68 to i64, !dbg !190
  %71 = getelementptr inbounds i32, ptr %67, i64 %70, !dbg !190
  store i32 %66, ptr %71, align 4, !dbg !192
  br label %29, !dbg !172, !llvm.loop !193

72:                                               ; preds = %37
  br label %73, !dbg !195

73:                                               ; preds = %77, %72
  %74 = load i32, ptr %8, align 4, !dbg !196
  %75 = load i32, ptr %7, align 4, !dbg !197
  %76 = icmp slt i32 %74, %75, !dbg !198
  br i1 %76, label %77, label %89, !dbg !195

77:                                               ; preds = %73
  %78 = load ptr, ptr %4, align 8, !dbg !199
  %79 = load i32, ptr %8, align 4, !dbg !200
  %80 = add nsw i32 %79, 1, !dbg !200
  store i32 %80, ptr %8, align 4, !dbg !200
  %81 = sext i32 %79 to i64, !dbg !199
  %82 = getelementptr inbounds i32, ptr %78, i64 %81, !dbg !199
  %83 = load i32, ptr %82, align 4, !dbg !199
  %84 = load ptr, ptr %5, align 8, !dbg !201
  %85 = load i32, ptr %10, align 4, !dbg !202
  %86 = add nsw i32 %85, 1, !dbg !202
  store i32 %86, ptr %10, align 4, !dbg !202
  %87 = sext i32 %85 to i64, !dbg !201
  %88 = getelementptr inbounds i32, ptr %84, i64 %87, !dbg !201
  store i32 %83, ptr %88, align 4, !dbg !203
  br label %73, !dbg !195, !llvm.loop !204

89:                                               ; preds = %73
  br label %90, !dbg !206

90:                                               ; preds = %94, %89
  %91 = load i32, ptr %9, align 4, !dbg !207
  %92 = load i32, ptr %6, align 4, !dbg !208
  %93 = icmp slt i32 %91, %92, !dbg !209
  br i1 %93, label %94, label %106, !dbg !206

94:                                               ; preds = %90
  %95 = load ptr, ptr %4, align 8, !dbg !210
  %96 = load i32, ptr %9, align 4, !dbg !211
  %97 = add nsw i32 %96, 1, !dbg !211
  store i32 %97, ptr %9, align 4, !dbg !211
  %98 = sext i32 %96 to i64, !dbg !210
  %99 = getelementptr inbounds i32, ptr %95, i64 %98, !dbg !210
  %100 = load i32, ptr %99, align 4, !dbg !210
  %101 = load ptr, ptr %5, align 8, !dbg !212
  %102 = load i32, ptr %10, align 4, !dbg !213
  %103 = add nsw i32 %102, 1, !dbg !213
  store i32 %103, ptr %10, align 4, !dbg !213
  %104 = sext i32 %102 to i64, !dbg !212
  %105 = getelementptr inbounds i32, ptr %101, i64 %104, !dbg !212
  store i32 %100, ptr %105, align 4, !dbg !214
  br label %90, !dbg !206, !llvm.loop !215

106:                                              ; preds = %90
  %107 = load ptr, ptr %4, align 8, !dbg !217
  %108 = load ptr, ptr %5, align 8, !dbg !218
  %109 = load i32, ptr %6, align 4, !dbg !219
  %110 = sext i32 %109 to i64, !dbg !220
  %111 = mul i64 %110, 4, !dbg !221
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %107, ptr align 4 %108, i64 %111, i1 false), !dbg !222
  br label %112, !dbg !223

112:                                              ; preds = %106, %13
  ret void, !dbg !223
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @heap_sort(ptr noundef %0, i32 noundef %1) #0 !dbg !224 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %8 = load i32, ptr %4, align 4, !dbg !225
  %9 = sdiv i32 %8, 2, !dbg !226
  %10 = sub nsw i32 %9, 1, !dbg !227
  store i32 %10, ptr %5, align 4, !dbg !228
  br label %11, !dbg !229

11:                                               ; preds = %18, %2
  %12 = load i32, ptr %5, align 4, !dbg !230
  %13 = icmp sge i32 %12, 0, !dbg !231
  br i1 %13, label %14, label %21, !dbg !232

14:                                               ; preds = %11
  %15 = load ptr, ptr %3, align 8, !dbg !233
  %16 = load i32, ptr %5, align 4, !dbg !234
  %17 = load i32, ptr %4, align 4, !dbg !235
  call void @sift(ptr noundef %15, i32 noundef %16, i32 noundef %17), !dbg !236
  br label %18, !dbg !236

18:                                               ; preds = %14
  %19 = load i32, ptr %5, align 4, !dbg !237
  %20 = add nsw i32 %19, -1, !dbg !237
  store i32 %20, ptr %5, align 4, !dbg !237
  br label %11, !dbg !232, !llvm.loop !238

21:                                               ; preds = %11
  %22 = load i32, ptr %4, align 4, !dbg !240
  %23 = sub nsw i32 %22, 1, !dbg !241
  store i32 %23, ptr %6, align 4, !dbg !242
  br label %24, !dbg !243

24:                                               ; preds = %45, %21
  %25 = load i32, ptr %6, align 4, !dbg !244
  %26 = icmp sgt i32 %25, 0, !dbg !245
  br i1 %26, label %27, label %48, !dbg !246

27:                                               ; preds = %24
  %28 = load ptr, ptr %3, align 8, !dbg !247
  %29 = getelementptr inbounds i64, ptr %28, i64 0, !dbg !247
  %30 = load i64, ptr %29, align 8, !dbg !247
  store i64 %30, ptr %7, align 8, !dbg !248
  %31 = load ptr, ptr %3, align 8, !dbg !249
  %32 = load i32, ptr %6, align 4, !dbg !250
  %33 = sext i32 %32 to i64, !dbg !249
  %34 = getelementptr inbounds i64, ptr %31, i64 %33, !dbg !249
  %35 = load i64, ptr %34, align 8, !dbg !249
  %36 = load ptr, ptr %3, align 8, !dbg !251
  %37 = getelementptr inbounds i64, ptr %36, i64 0, !dbg !251
  store i64 %35, ptr %37, align 8, !dbg !252
  %38 = load i64, ptr %7, align 8, !dbg !253
  %39 = load ptr, ptr %3, align 8, !dbg !254
  %40 = load i32, ptr %6, align 4, !dbg !255
  %41 = sext i32 %40 to i64, !dbg !254
  %42 = getelementptr inbounds i64, ptr %39, i64 %41, !dbg !254
  store i64 %38, ptr %42, align 8, !dbg !256
  %43 = load ptr, ptr %3, align 8, !dbg !257
  %44 = load i32, ptr %6, align 4, !dbg !258
  call void @sift(ptr noundef %43, i32 noundef 0, i32 noundef %44), !dbg !259
  br label %45, !dbg !260

45:                                               ; preds = %27
  %46 = load i32, ptr %6, align 4, !dbg !261
  %47 = add nsw i32 %46, -1, !dbg !261
  store i32 %47, ptr %6, align 4, !dbg !261
  br label %24, !dbg !246, !llvm.loop !262

48:                                               ; preds = %24
  ret void, !dbg !263
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @insertion(ptr noundef %0, i32 noundef %1) #0 !dbg !264 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i16, align 2
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 1, ptr %5, align 4, !dbg !265
  br label %8, !dbg !266

8:                                                ; preds = %55, %2
  %9 = load i32, ptr %5, align 4, !dbg !267
  %10 = load i32, ptr %4, align 4, !dbg !268
  %11 = icmp slt i32 %9, %10, !dbg !269
  br i1 %11, label %12, label %58, !dbg !270

12:                                               ; preds = %8
  %13 = load ptr, ptr %3, align 8, !dbg !271
  %14 = load i32, ptr %5, align 4, !dbg !272
  %15 = sext i32 %14 to i64, !dbg !271
  %16 = getelementptr inbounds i16, ptr %13, i64 %15, !dbg !271
  %17 = load i16, ptr %16, align 2, !dbg !271
  store i16 %17, ptr %6, align 2, !dbg !273
  %18 = load i32, ptr %5, align 4, !dbg !274
  %19 = sub nsw i32 %18, 1, !dbg !275
  store i32 %19, ptr %7, align 4, !dbg !276
  br label %20, !dbg !277

20:                                               ; preds = %35, %12
  %21 = load i32, ptr %7, align 4, !dbg !278
  %22 = icmp sge i32 %21, 0, !dbg !279
  br i1 %22, label %23, label %33, !dbg !280

23:                                               ; preds = %20
  %24 = load ptr, ptr %3, align 8, !dbg !281
  %25 = load i32, ptr %7, align 4, !dbg !282
  %26 = sext i32 %25 to i64, !dbg !281
  %27 = getelementptr inbounds i16, ptr %24, i64 %26, !dbg !281
  %28 = load i16, ptr %27, align 2, !dbg !281
  %29 = sext i16 %28 to i32, !dbg !281
  %30 = load i16, ptr %6, align 2, !dbg !283
  %31 = sext i16 %30 to i32, !dbg !283
  %32 = icmp sgt i32 %29, %31, !dbg !284
  br label %33

33:                                               ; preds = %23, %20
  %34 = phi i1 [ false, %20 ], [ %32, %23 ], !dbg !285
  br i1 %34, label %35, label %48, !dbg !277

35:                                               ; preds = %33
  %36 = load ptr, ptr %3, align 8, !dbg !286
  %37 = load i32, ptr %7, align 4, !dbg !287
  %38 = sext i32 %37 to i64, !dbg !286
  %39 = getelementptr inbounds i16, ptr %36, i64 %38, !dbg !286
  %40 = load i16, ptr %39, align 2, !dbg !286
  %41 = load ptr, ptr %3, align 8, !dbg !288
  %42 = load i32, ptr %7, align 4, !dbg !289
  %43 = add nsw i32 %42, 1, !dbg !290
  %44 = sext i32 %43 to i64, !dbg !288
  %45 = getelementptr inbounds i16, ptr %41, i64 %44, !dbg !288
  store i16 %40, ptr %45, align 2, !dbg !291
  %46 = load i32, ptr %7, align 4, !dbg !292
  %47 = add nsw i32 %46, -1, !dbg !292
  store i32 %47, ptr %7, align 4, !dbg !292
  br label %20, !dbg !277, !llvm.loop !293

48:                                               ; preds = %33
  %49 = load i16, ptr %6, align 2, !dbg !295
  %50 = load ptr, ptr %3, align 8, !dbg !296
  %51 = load i32, ptr %7, align 4, !dbg !297
  %52 = add nsw i32 %51, 1, !dbg !298
  %53 = sext i32 %52 to i64, !dbg !296
  %54 = getelementptr inbounds i16, ptr %50, i64 %53, !dbg !296
  store i16 %49, ptr %54, align 2, !dbg !299
  br label %55, !dbg !300

55:                                               ; preds = %48
  %56 = load i32, ptr %5, align 4, !dbg !301
  %57 = add nsw i32 %56, 1, !dbg !301
  store i32 %57, ptr %5, align 4, !dbg !301
  br label %8, !dbg !270, !llvm.loop !302

58:                                               ; preds = %8
  ret void, !dbg !303
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @quick(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !304 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca double, align 8
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  br label %11, !dbg !305

11:                                               ; preds = %101, %3
  %12 = load i32, ptr %5, align 4, !dbg !306
  %13 = load i32, ptr %6, align 4, !dbg !307
  %14 = icmp slt i32 %12, %13, !dbg !308
  br i1 %14, label %15, label %102, !dbg !305

15:                                               ; preds = %11
  %16 = load ptr, ptr %4, align 8, !dbg !309
  %17 = load i32, ptr %5, align 4, !dbg !310
  %18 = load i32, ptr %6, align 4, !dbg !311
  %19 = add nsw i32 %17, %18, !dbg !312
  %20 = sdiv i32 %19, 2, !dbg !313
  %21 = sext i32 %20 to i64, !dbg !309
  %22 = getelementptr inbounds double, ptr %16, i64 %21, !dbg !309
  %23 = load double, ptr %22, align 8, !dbg !309
  store double %23, ptr %7, align 8, !dbg !314
  %24 = load i32, ptr %5, align 4, !dbg !315
  store i32 %24, ptr %8, align 4, !dbg !316
  %25 = load i32, ptr %6, align 4, !dbg !317
  store i32 %25, ptr %9, align 4, !dbg !318
  br label %26, !dbg !319

26:                                               ; preds = %82, %15
  %27 = load i32, ptr %8, align 4, !dbg !320
  %28 = load i32, ptr %9, align 4, !dbg !321
  %29 = icmp sle i32 %27, %28, !dbg !322
  br i1 %29, label %30, label %83, !dbg !319

30:                                               ; preds = %26
  br label %31, !dbg !323

31:                                               ; preds = %39, %30
  %32 = load ptr, ptr %4, align 8, !dbg !324
  %33 = load i32, ptr %8, align 4, !dbg !325
  %34 = sext i32 %33 to i64, !dbg !324
  %35 = getelementptr inbounds double, ptr %32, i64 %34, !dbg !324
  %36 = load double, ptr %35, align 8, !dbg !324
  %37 = load double, ptr %7, align 8, !dbg !326
  %38 = fcmp olt double %36, %37, !dbg !327
  br i1 %38, label %39, label %42, !dbg !323

39:                                               ; preds = %31
  %40 = load i32, ptr %8, align 4, !dbg !328
  %41 = add nsw i32 %40, 1, !dbg !328
  store i32 %41, ptr %8, align 4, !dbg !328
  br label %31, !dbg !323, !llvm.loop !329

42:                                               ; preds = %31
  br label %43, !dbg !330

43:                                               ; preds = %51, %42
  %44 = load ptr, ptr %4, align 8, !dbg !331
  %45 = load i32, ptr %9, align 4, !dbg !332
  %46 = sext i32 %45 to i64, !dbg !331
  %47 = getelementptr inbounds double, ptr %44, i64 %46, !dbg !331
  %48 = load double, ptr %47, align 8, !dbg !331
  %49 = load double, ptr %7, align 8, !dbg !333
  %50 = fcmp ogt double %48, %49, !dbg !334
  br i1 %50, label %51, label %54, !dbg !330

51:                                               ; preds = %43
  %52 = load i32, ptr %9, align 4, !dbg !335
  %53 = add nsw i32 %52, -1, !dbg !335
  store i32 %53, ptr %9, align 4, !dbg !335
  br label %43, !dbg !330, !llvm.loop !336

54:                                               ; preds = %43
  %55 = load i32, ptr %8, align 4, !dbg !337
  %56 = load i32, ptr %9, align 4, !dbg !338
  %57 = icmp sle i32 %55, %56, !dbg !339
  br i1 %57, label %58, label %82, !dbg !339

58:                                               ; preds = %54
  %59 = load ptr, ptr %4, align 8, !dbg !340
  %60 = load i32, ptr %8, align 4, !dbg !341
  %61 = sext i32 %60 to i64, !dbg !340
  %62 = getelementptr inbounds double, ptr %59, i64 %61, !dbg !340
  %63 = load double, ptr %62, align 8, !dbg !340
  store double %63, ptr %10, align 8, !dbg !342
  %64 = load ptr, ptr %4, align 8, !dbg !343
  %65 = load i32, ptr %9, align 4, !dbg !344
  %66 = sext i32 %65 to i64, !dbg !343
  %67 = getelementptr inbounds double, ptr %64, i64 %66, !dbg !343
  %68 = load double, ptr %67, align 8, !dbg !343
  %69 = load ptr, ptr %4, align 8, !dbg !345
  %70 = load i32, ptr %8, align 4, !dbg !346
  %71 = sext i32 %70 to i64, !dbg !345
  %72 = getelementptr inbounds double, ptr %69, i64 %71, !dbg !345
  store double %68, ptr %72, align 8, !dbg !347
  %73 = load double, ptr %10, align 8, !dbg !348
  %74 = load ptr, ptr %4, align 8, !dbg !349
  %75 = load i32, ptr %9, align 4, !dbg !350
  %76 = sext i32 %75 to i64, !dbg !349
  %77 = getelementptr inbounds double, ptr %74, i64 %76, !dbg !349
  store double %73, ptr %77, align 8, !dbg !351
  %78 = load i32, ptr %8, align 4, !dbg !352
  %79 = add nsw i32 %78, 1, !dbg !352
  store i32 %79, ptr %8, align 4, !dbg !352
  %80 = load i32, ptr %9, align 4, !dbg !353
  %81 = add nsw i32 %80, -1, !dbg !353
  store i32 %81, ptr %9, align 4, !dbg !353
  br label %82, !dbg !354

82:                                               ; preds = %58, %54
  br label %26, !dbg !319, !llvm.loop !355

83:                                               ; preds = %26
  %84 = load i32, ptr %9, align 4, !dbg !357
  %85 = load i32, ptr %5, align 4, !dbg !358
  %86 = sub nsw i32 %84, %85, !dbg !359
  %87 = load i32, ptr %6, align 4, !dbg !360
  %88 = load i32, ptr %8, align 4, !dbg !361
  %89 = sub nsw i32 %87, %88, !dbg !362
  %90 = icmp slt i32 %86, %89, !dbg !363
  br i1 %90, label %91, label %96, !dbg !363

91:                                               ; preds = %83
  %92 = load ptr, ptr %4, align 8, !dbg !364
  %93 = load i32, ptr %5, align 4, !dbg !365
  %94 = load i32, ptr %9, align 4, !dbg !366
  call void @quick(ptr noundef %92, i32 noundef %93, i32 noundef %94), !dbg !367
  %95 = load i32, ptr %8, align 4, !dbg !368
  store i32 %95, ptr %5, align 4, !dbg !369
  br label %101, !dbg !370

96:                                               ; preds = %83
  %97 = load ptr, ptr %4, align 8, !dbg !371
  %98 = load i32, ptr %8, align 4, !dbg !372
  %99 = load i32, ptr %6, align 4, !dbg !373
  call void @quick(ptr noundef %97, i32 noundef %98, i32 noundef %99), !dbg !374
  %100 = load i32, ptr %9, align 4, !dbg !375
  store i32 %100, ptr %6, align 4, !dbg !376
  br label %101

101:                                              ; preds = %96, %91
  br label %11, !dbg !305, !llvm.loop !377

102:                                              ; preds = %11
  ret void, !dbg !379
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @sift(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 !dbg !380 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  br label %9, !dbg !381

9:                                                ; preds = %51, %3
  %10 = load i32, ptr %5, align 4, !dbg !382
  %11 = mul nsw i32 2, %10, !dbg !383
  %12 = add nsw i32 %11, 1, !dbg !384
  store i32 %12, ptr %7, align 4, !dbg !385
  %13 = load i32, ptr %7, align 4, !dbg !386
  %14 = load i32, ptr %6, align 4, !dbg !387
  %15 = icmp sge i32 %13, %14, !dbg !388
  br i1 %15, label %16, label %17, !dbg !388

16:                                               ; preds = %9
  br label %72, !dbg !389

17:                                               ; preds = %9
  %18 = load i32, ptr %7, align 4, !dbg !390
  %19 = add nsw i32 %18, 1, !dbg !391
  %20 = load i32, ptr %6, align 4, !dbg !392
  %21 = icmp slt i32 %19, %20, !dbg !393
  br i1 %21, label %22, label %38, !dbg !394

22:                                               ; preds = %17
  %23 = load ptr, ptr %4, align 8, !dbg !395
  %24 = load i32, ptr %7, align 4, !dbg !396
  %25 = add nsw i32 %24, 1, !dbg !397
  %26 = sext i32 %25 to i64, !dbg !395
  %27 = getelementptr inbounds i64, ptr %23, i64 %26, !dbg !395
  %28 = load i64, ptr %27, align 8, !dbg !395
  %29 = load ptr, ptr %4, align 8, !dbg !398
  %30 = load i32, ptr %7, align 4, !dbg !399
  %31 = sext i32 %30 to i64, !dbg !398
  %32 = getelementptr inbounds i64, ptr %29, i64 %31, !dbg !398
  %33 = load i64, ptr %32, align 8, !dbg !398
  %34 = icmp sgt i64 %28, %33, !dbg !400
  br i1 %34, label %35, label %38, !dbg !394

35:                                               ; preds = %22
  %36 = load i32, ptr %7, align 4, !dbg !401
  %37 = add nsw i32 %36, 1, !dbg !401
  store i32 %37, ptr %7, align 4, !dbg !401
  br label %38, !dbg !402

38:                                               ; preds = %35, %22, %17
  %39 = load ptr, ptr %4, align 8, !dbg !403
  %40 = load i32, ptr %5, align 4, !dbg !404
  %41 = sext i32 %40 to i64, !dbg !403
  %42 = getelementptr inbounds i64, ptr %39, i64 %41, !dbg !403
  %43 = load i64, ptr %42, align 8, !dbg !403
  %44 = load ptr, ptr %4, align 8, !dbg !405
  %45 = load i32, ptr %7, align 4, !dbg !406
  %46 = sext i32 %45 to i64, !dbg !405
  %47 = getelementptr inbounds i64, ptr %44, i64 %46, !dbg !405
  %48 = load i64, ptr %47, align 8, !dbg !405
  %49 = icmp sge i64 %43, %48, !dbg !407
  br i1 %49, label %50, label %51, !dbg !407

50:                                               ; preds = %38
  br label %72, !dbg !408

51:                                               ; preds = %38
  %52 = load ptr, ptr %4, align 8, !dbg !409
  %53 = load i32, ptr %5, align 4, !dbg !410
  %54 = sext i32 %53 to i64, !dbg !409
  %55 = getelementptr inbounds i64, ptr %52, i64 %54, !dbg !409
  %56 = load i64, ptr %55, align 8, !dbg !409
  store i64 %56, ptr %8, align 8, !dbg !411
  %57 = load ptr, ptr %4, align 8, !dbg !412
  %58 = load i32, ptr %7, align 4, !dbg !413
  %59 = sext i32 %58 to i64, !dbg !412
  %60 = getelementptr inbounds i64, ptr %57, i64 %59, !dbg !412
  %61 = load i64, ptr %60, align 8, !dbg !412
  %62 = load ptr, ptr %4, align 8, !dbg !414
  %63 = load i32, ptr %5, align 4, !dbg !415
  %64 = sext i32 %63 to i64, !dbg !414
  %65 = getelementptr inbounds i64, ptr %62, i64 %64, !dbg !414
  store i64 %61, ptr %65, align 8, !dbg !416
  %66 = load i64, ptr %8, align 8, !dbg !417
  %67 = load ptr, ptr %4, align 8, !dbg !418
  %68 = load i32, ptr %7, align 4, !dbg !419
  %69 = sext i32 %68 to i64, !dbg !418
  %70 = getelementptr inbounds i64, ptr %67, i64 %69, !dbg !418
  store i64 %66, ptr %70, align 8, !dbg !420
  %71 = load i32, ptr %7, align 4, !dbg !421
  store i32 %71, ptr %5, align 4, !dbg !422
  br label %9, !dbg !381, !llvm.loop !423

72:                                               ; preds = %50, %16
  ret void, !dbg !425
}

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "sorts.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 35, type: !11, scopeLine: 35, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "sorts.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 38, column: 14, scope: !9)
!14 = !DILocation(line: 38, column: 10, scope: !9)
!15 = !DILocation(line: 38, column: 21, scope: !9)
!16 = !DILocation(line: 38, column: 23, scope: !9)
!17 = !DILocation(line: 38, column: 5, scope: !9)
!18 = !DILocation(line: 38, column: 48, scope: !9)
!19 = !DILocation(line: 38, column: 54, scope: !9)
!20 = !DILocation(line: 38, column: 37, scope: !9)
!21 = !DILocation(line: 38, column: 35, scope: !9)
!22 = !DILocation(line: 38, column: 40, scope: !9)
!23 = !DILocation(line: 38, column: 78, scope: !9)
!24 = !DILocation(line: 38, column: 72, scope: !9)
!25 = !DILocation(line: 38, column: 84, scope: !9)
!26 = !DILocation(line: 38, column: 88, scope: !9)
!27 = !DILocation(line: 38, column: 67, scope: !9)
!28 = !DILocation(line: 38, column: 65, scope: !9)
!29 = !DILocation(line: 38, column: 70, scope: !9)
!30 = !DILocation(line: 38, column: 115, scope: !9)
!31 = !DILocation(line: 38, column: 107, scope: !9)
!32 = !DILocation(line: 38, column: 121, scope: !9)
!33 = !DILocation(line: 38, column: 127, scope: !9)
!34 = !DILocation(line: 38, column: 102, scope: !9)
!35 = !DILocation(line: 38, column: 100, scope: !9)
!36 = !DILocation(line: 38, column: 105, scope: !9)
!37 = !DILocation(line: 38, column: 134, scope: !9)
!38 = !DILocation(line: 38, column: 29, scope: !9)
!39 = distinct !{!39, !17, !37, !40}
!40 = !{!"llvm.loop.mustprogress"}
!41 = !DILocation(line: 39, column: 14, scope: !9)
!42 = !DILocation(line: 39, column: 10, scope: !9)
!43 = !DILocation(line: 39, column: 21, scope: !9)
!44 = !DILocation(line: 39, column: 23, scope: !9)
!45 = !DILocation(line: 39, column: 5, scope: !9)
!46 = !DILocation(line: 39, column: 50, scope: !9)
!47 = !DILocation(line: 39, column: 56, scope: !9)
!48 = !DILocation(line: 39, column: 63, scope: !9)
!49 = !DILocation(line: 39, column: 42, scope: !9)
!50 = !DILocation(line: 39, column: 37, scope: !9)
!51 = !DILocation(line: 39, column: 35, scope: !9)
!52 = !DILocation(line: 39, column: 40, scope: !9)
!53 = !DILocation(line: 39, column: 31, scope: !9)
!54 = distinct !{!54, !45, !55, !40}
!55 = !DILocation(line: 39, column: 69, scope: !9)
!56 = !DILocation(line: 40, column: 5, scope: !9)
!57 = !DILocation(line: 40, column: 28, scope: !9)
!58 = !DILocation(line: 40, column: 45, scope: !9)
!59 = !DILocation(line: 40, column: 64, scope: !9)
!60 = !DILocation(line: 41, column: 9, scope: !9)
!61 = !DILocation(line: 42, column: 14, scope: !9)
!62 = !DILocation(line: 42, column: 10, scope: !9)
!63 = !DILocation(line: 42, column: 21, scope: !9)
!64 = !DILocation(line: 42, column: 23, scope: !9)
!65 = !DILocation(line: 42, column: 5, scope: !9)
!66 = !DILocation(line: 42, column: 41, scope: !9)
!67 = !DILocation(line: 42, column: 43, scope: !9)
!68 = !DILocation(line: 42, column: 39, scope: !9)
!69 = !DILocation(line: 42, column: 53, scope: !9)
!70 = !DILocation(line: 42, column: 51, scope: !9)
!71 = !DILocation(line: 42, column: 48, scope: !9)
!72 = !DILocation(line: 42, column: 56, scope: !9)
!73 = !DILocation(line: 42, column: 61, scope: !9)
!74 = !DILocation(line: 42, column: 63, scope: !9)
!75 = !DILocation(line: 42, column: 59, scope: !9)
!76 = !DILocation(line: 42, column: 73, scope: !9)
!77 = !DILocation(line: 42, column: 71, scope: !9)
!78 = !DILocation(line: 42, column: 68, scope: !9)
!79 = !DILocation(line: 42, column: 76, scope: !9)
!80 = !DILocation(line: 42, column: 81, scope: !9)
!81 = !DILocation(line: 42, column: 83, scope: !9)
!82 = !DILocation(line: 42, column: 79, scope: !9)
!83 = !DILocation(line: 42, column: 93, scope: !9)
!84 = !DILocation(line: 42, column: 91, scope: !9)
!85 = !DILocation(line: 42, column: 88, scope: !9)
!86 = !DILocation(line: 0, scope: !9)
!87 = !DILocation(line: 42, column: 36, scope: !9)
!88 = !DILocation(line: 42, column: 33, scope: !9)
!89 = !DILocation(line: 42, column: 29, scope: !9)
!90 = distinct !{!90, !65, !91, !40}
!91 = !DILocation(line: 42, column: 94, scope: !9)
!92 = !DILocation(line: 43, column: 14, scope: !9)
!93 = !DILocation(line: 43, column: 10, scope: !9)
!94 = !DILocation(line: 43, column: 21, scope: !9)
!95 = !DILocation(line: 43, column: 23, scope: !9)
!96 = !DILocation(line: 43, column: 5, scope: !9)
!97 = !DILocation(line: 43, column: 43, scope: !9)
!98 = !DILocation(line: 43, column: 45, scope: !9)
!99 = !DILocation(line: 43, column: 41, scope: !9)
!100 = !DILocation(line: 43, column: 55, scope: !9)
!101 = !DILocation(line: 43, column: 53, scope: !9)
!102 = !DILocation(line: 43, column: 50, scope: !9)
!103 = !DILocation(line: 43, column: 38, scope: !9)
!104 = !DILocation(line: 43, column: 35, scope: !9)
!105 = !DILocation(line: 43, column: 31, scope: !9)
!106 = distinct !{!106, !96, !107, !40}
!107 = !DILocation(line: 43, column: 56, scope: !9)
!108 = !DILocation(line: 44, column: 19, scope: !9)
!109 = !DILocation(line: 45, column: 14, scope: !9)
!110 = !DILocation(line: 45, column: 10, scope: !9)
!111 = !DILocation(line: 45, column: 21, scope: !9)
!112 = !DILocation(line: 45, column: 23, scope: !9)
!113 = !DILocation(line: 45, column: 5, scope: !9)
!114 = !DILocation(line: 45, column: 41, scope: !9)
!115 = !DILocation(line: 45, column: 43, scope: !9)
!116 = !DILocation(line: 45, column: 72, scope: !9)
!117 = !DILocation(line: 45, column: 70, scope: !9)
!118 = !DILocation(line: 45, column: 55, scope: !9)
!119 = !DILocation(line: 45, column: 53, scope: !9)
!120 = !DILocation(line: 45, column: 94, scope: !9)
!121 = !DILocation(line: 45, column: 92, scope: !9)
!122 = !DILocation(line: 45, column: 75, scope: !9)
!123 = !DILocation(line: 45, column: 122, scope: !9)
!124 = !DILocation(line: 45, column: 120, scope: !9)
!125 = !DILocation(line: 45, column: 114, scope: !9)
!126 = !DILocation(line: 45, column: 97, scope: !9)
!127 = !DILocation(line: 45, column: 39, scope: !9)
!128 = !DILocation(line: 45, column: 37, scope: !9)
!129 = !DILocation(line: 45, column: 30, scope: !9)
!130 = distinct !{!130, !113, !131, !40}
!131 = !DILocation(line: 45, column: 123, scope: !9)
!132 = !DILocation(line: 46, column: 65, scope: !9)
!133 = !DILocation(line: 46, column: 69, scope: !9)
!134 = !DILocation(line: 46, column: 72, scope: !9)
!135 = !DILocation(line: 46, column: 78, scope: !9)
!136 = !DILocation(line: 46, column: 88, scope: !9)
!137 = !DILocation(line: 46, column: 94, scope: !9)
!138 = !DILocation(line: 46, column: 102, scope: !9)
!139 = !DILocation(line: 46, column: 5, scope: !9)
!140 = !DILocation(line: 47, column: 5, scope: !9)
!141 = distinct !DISubprogram(name: "rnd", scope: !10, file: !10, line: 33, type: !11, scopeLine: 33, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!142 = !DILocation(line: 33, column: 35, scope: !141)
!143 = !DILocation(line: 33, column: 39, scope: !141)
!144 = !DILocation(line: 33, column: 53, scope: !141)
!145 = !DILocation(line: 33, column: 33, scope: !141)
!146 = !DILocation(line: 33, column: 70, scope: !141)
!147 = !DILocation(line: 33, column: 74, scope: !141)
!148 = !DILocation(line: 33, column: 63, scope: !141)
!149 = distinct !DISubprogram(name: "merge_sort", scope: !10, file: !10, line: 6, type: !11, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!150 = !DILocation(line: 7, column: 9, scope: !149)
!151 = !DILocation(line: 7, column: 11, scope: !149)
!152 = !DILocation(line: 7, column: 16, scope: !149)
!153 = !DILocation(line: 8, column: 13, scope: !149)
!154 = !DILocation(line: 8, column: 15, scope: !149)
!155 = !DILocation(line: 8, column: 9, scope: !149)
!156 = !DILocation(line: 9, column: 16, scope: !149)
!157 = !DILocation(line: 9, column: 19, scope: !149)
!158 = !DILocation(line: 9, column: 24, scope: !149)
!159 = !DILocation(line: 9, column: 5, scope: !149)
!160 = !DILocation(line: 9, column: 39, scope: !149)
!161 = !DILocation(line: 9, column: 43, scope: !149)
!162 = !DILocation(line: 9, column: 41, scope: !149)
!163 = !DILocation(line: 9, column: 46, scope: !149)
!164 = !DILocation(line: 9, column: 51, scope: !149)
!165 = !DILocation(line: 9, column: 55, scope: !149)
!166 = !DILocation(line: 9, column: 53, scope: !149)
!167 = !DILocation(line: 9, column: 28, scope: !149)
!168 = !DILocation(line: 10, column: 9, scope: !149)
!169 = !DILocation(line: 10, column: 20, scope: !149)
!170 = !DILocation(line: 10, column: 16, scope: !149)
!171 = !DILocation(line: 10, column: 23, scope: !149)
!172 = !DILocation(line: 11, column: 5, scope: !149)
!173 = !DILocation(line: 11, column: 12, scope: !149)
!174 = !DILocation(line: 11, column: 16, scope: !149)
!175 = !DILocation(line: 11, column: 14, scope: !149)
!176 = !DILocation(line: 11, column: 18, scope: !149)
!177 = !DILocation(line: 11, column: 21, scope: !149)
!178 = !DILocation(line: 11, column: 25, scope: !149)
!179 = !DILocation(line: 11, column: 23, scope: !149)
!180 = !DILocation(line: 0, scope: !149)
!181 = !DILocation(line: 11, column: 39, scope: !149)
!182 = !DILocation(line: 11, column: 41, scope: !149)
!183 = !DILocation(line: 11, column: 47, scope: !149)
!184 = !DILocation(line: 11, column: 49, scope: !149)
!185 = !DILocation(line: 11, column: 44, scope: !149)
!186 = !DILocation(line: 11, column: 54, scope: !149)
!187 = !DILocation(line: 11, column: 57, scope: !149)
!188 = !DILocation(line: 11, column: 63, scope: !149)
!189 = !DILocation(line: 11, column: 66, scope: !149)
!190 = !DILocation(line: 11, column: 28, scope: !149)
!191 = !DILocation(line: 11, column: 33, scope: !149)
!192 = !DILocation(line: 11, column: 37, scope: !149)
!193 = distinct !{!193, !172, !194, !40}
!194 = !DILocation(line: 11, column: 68, scope: !149)
!195 = !DILocation(line: 12, column: 5, scope: !149)
!196 = !DILocation(line: 12, column: 12, scope: !149)
!197 = !DILocation(line: 12, column: 16, scope: !149)
!198 = !DILocation(line: 12, column: 14, scope: !149)
!199 = !DILocation(line: 12, column: 30, scope: !149)
!200 = !DILocation(line: 12, column: 33, scope: !149)
!201 = !DILocation(line: 12, column: 19, scope: !149)
!202 = !DILocation(line: 12, column: 24, scope: !149)
!203 = !DILocation(line: 12, column: 28, scope: !149)
!204 = distinct !{!204, !195, !205, !40}
!205 = !DILocation(line: 12, column: 35, scope: !149)
!206 = !DILocation(line: 13, column: 5, scope: !149)
!207 = !DILocation(line: 13, column: 12, scope: !149)
!208 = !DILocation(line: 13, column: 16, scope: !149)
!209 = !DILocation(line: 13, column: 14, scope: !149)
!210 = !DILocation(line: 13, column: 30, scope: !149)
!211 = !DILocation(line: 13, column: 33, scope: !149)
!212 = !DILocation(line: 13, column: 19, scope: !149)
!213 = !DILocation(line: 13, column: 24, scope: !149)
!214 = !DILocation(line: 13, column: 28, scope: !149)
!215 = distinct !{!215, !206, !216, !40}
!216 = !DILocation(line: 13, column: 35, scope: !149)
!217 = !DILocation(line: 14, column: 12, scope: !149)
!218 = !DILocation(line: 14, column: 15, scope: !149)
!219 = !DILocation(line: 14, column: 28, scope: !149)
!220 = !DILocation(line: 14, column: 20, scope: !149)
!221 = !DILocation(line: 14, column: 30, scope: !149)
!222 = !DILocation(line: 14, column: 5, scope: !149)
!223 = !DILocation(line: 15, column: 1, scope: !149)
!224 = distinct !DISubprogram(name: "heap_sort", scope: !10, file: !10, line: 19, type: !11, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!225 = !DILocation(line: 20, column: 18, scope: !224)
!226 = !DILocation(line: 20, column: 20, scope: !224)
!227 = !DILocation(line: 20, column: 24, scope: !224)
!228 = !DILocation(line: 20, column: 14, scope: !224)
!229 = !DILocation(line: 20, column: 10, scope: !224)
!230 = !DILocation(line: 20, column: 29, scope: !224)
!231 = !DILocation(line: 20, column: 31, scope: !224)
!232 = !DILocation(line: 20, column: 5, scope: !224)
!233 = !DILocation(line: 20, column: 47, scope: !224)
!234 = !DILocation(line: 20, column: 50, scope: !224)
!235 = !DILocation(line: 20, column: 53, scope: !224)
!236 = !DILocation(line: 20, column: 42, scope: !224)
!237 = !DILocation(line: 20, column: 38, scope: !224)
!238 = distinct !{!238, !232, !239, !40}
!239 = !DILocation(line: 20, column: 54, scope: !224)
!240 = !DILocation(line: 21, column: 18, scope: !224)
!241 = !DILocation(line: 21, column: 20, scope: !224)
!242 = !DILocation(line: 21, column: 14, scope: !224)
!243 = !DILocation(line: 21, column: 10, scope: !224)
!244 = !DILocation(line: 21, column: 25, scope: !224)
!245 = !DILocation(line: 21, column: 27, scope: !224)
!246 = !DILocation(line: 21, column: 5, scope: !224)
!247 = !DILocation(line: 21, column: 48, scope: !224)
!248 = !DILocation(line: 21, column: 44, scope: !224)
!249 = !DILocation(line: 21, column: 61, scope: !224)
!250 = !DILocation(line: 21, column: 63, scope: !224)
!251 = !DILocation(line: 21, column: 54, scope: !224)
!252 = !DILocation(line: 21, column: 59, scope: !224)
!253 = !DILocation(line: 21, column: 74, scope: !224)
!254 = !DILocation(line: 21, column: 67, scope: !224)
!255 = !DILocation(line: 21, column: 69, scope: !224)
!256 = !DILocation(line: 21, column: 72, scope: !224)
!257 = !DILocation(line: 21, column: 82, scope: !224)
!258 = !DILocation(line: 21, column: 88, scope: !224)
!259 = !DILocation(line: 21, column: 77, scope: !224)
!260 = !DILocation(line: 21, column: 92, scope: !224)
!261 = !DILocation(line: 21, column: 33, scope: !224)
!262 = distinct !{!262, !246, !260, !40}
!263 = !DILocation(line: 22, column: 1, scope: !224)
!264 = distinct !DISubprogram(name: "insertion", scope: !10, file: !10, line: 23, type: !11, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!265 = !DILocation(line: 23, column: 51, scope: !264)
!266 = !DILocation(line: 23, column: 47, scope: !264)
!267 = !DILocation(line: 23, column: 58, scope: !264)
!268 = !DILocation(line: 23, column: 62, scope: !264)
!269 = !DILocation(line: 23, column: 60, scope: !264)
!270 = !DILocation(line: 23, column: 42, scope: !264)
!271 = !DILocation(line: 23, column: 82, scope: !264)
!272 = !DILocation(line: 23, column: 84, scope: !264)
!273 = !DILocation(line: 23, column: 78, scope: !264)
!274 = !DILocation(line: 23, column: 96, scope: !264)
!275 = !DILocation(line: 23, column: 98, scope: !264)
!276 = !DILocation(line: 23, column: 92, scope: !264)
!277 = !DILocation(line: 23, column: 103, scope: !264)
!278 = !DILocation(line: 23, column: 110, scope: !264)
!279 = !DILocation(line: 23, column: 112, scope: !264)
!280 = !DILocation(line: 23, column: 117, scope: !264)
!281 = !DILocation(line: 23, column: 120, scope: !264)
!282 = !DILocation(line: 23, column: 122, scope: !264)
!283 = !DILocation(line: 23, column: 127, scope: !264)
!284 = !DILocation(line: 23, column: 125, scope: !264)
!285 = !DILocation(line: 0, scope: !264)
!286 = !DILocation(line: 23, column: 143, scope: !264)
!287 = !DILocation(line: 23, column: 145, scope: !264)
!288 = !DILocation(line: 23, column: 132, scope: !264)
!289 = !DILocation(line: 23, column: 134, scope: !264)
!290 = !DILocation(line: 23, column: 136, scope: !264)
!291 = !DILocation(line: 23, column: 141, scope: !264)
!292 = !DILocation(line: 23, column: 150, scope: !264)
!293 = distinct !{!293, !277, !294, !40}
!294 = !DILocation(line: 23, column: 154, scope: !264)
!295 = !DILocation(line: 23, column: 167, scope: !264)
!296 = !DILocation(line: 23, column: 156, scope: !264)
!297 = !DILocation(line: 23, column: 158, scope: !264)
!298 = !DILocation(line: 23, column: 160, scope: !264)
!299 = !DILocation(line: 23, column: 165, scope: !264)
!300 = !DILocation(line: 23, column: 170, scope: !264)
!301 = !DILocation(line: 23, column: 66, scope: !264)
!302 = distinct !{!302, !270, !300, !40}
!303 = !DILocation(line: 23, column: 172, scope: !264)
!304 = distinct !DISubprogram(name: "quick", scope: !10, file: !10, line: 24, type: !11, scopeLine: 24, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!305 = !DILocation(line: 25, column: 5, scope: !304)
!306 = !DILocation(line: 25, column: 12, scope: !304)
!307 = !DILocation(line: 25, column: 17, scope: !304)
!308 = !DILocation(line: 25, column: 15, scope: !304)
!309 = !DILocation(line: 26, column: 20, scope: !304)
!310 = !DILocation(line: 26, column: 23, scope: !304)
!311 = !DILocation(line: 26, column: 28, scope: !304)
!312 = !DILocation(line: 26, column: 26, scope: !304)
!313 = !DILocation(line: 26, column: 32, scope: !304)
!314 = !DILocation(line: 26, column: 16, scope: !304)
!315 = !DILocation(line: 26, column: 46, scope: !304)
!316 = !DILocation(line: 26, column: 42, scope: !304)
!317 = !DILocation(line: 26, column: 54, scope: !304)
!318 = !DILocation(line: 26, column: 50, scope: !304)
!319 = !DILocation(line: 27, column: 9, scope: !304)
!320 = !DILocation(line: 27, column: 16, scope: !304)
!321 = !DILocation(line: 27, column: 21, scope: !304)
!322 = !DILocation(line: 27, column: 18, scope: !304)
!323 = !DILocation(line: 27, column: 26, scope: !304)
!324 = !DILocation(line: 27, column: 33, scope: !304)
!325 = !DILocation(line: 27, column: 35, scope: !304)
!326 = !DILocation(line: 27, column: 40, scope: !304)
!327 = !DILocation(line: 27, column: 38, scope: !304)
!328 = !DILocation(line: 27, column: 44, scope: !304)
!329 = distinct !{!329, !323, !328, !40}
!330 = !DILocation(line: 27, column: 48, scope: !304)
!331 = !DILocation(line: 27, column: 55, scope: !304)
!332 = !DILocation(line: 27, column: 57, scope: !304)
!333 = !DILocation(line: 27, column: 62, scope: !304)
!334 = !DILocation(line: 27, column: 60, scope: !304)
!335 = !DILocation(line: 27, column: 66, scope: !304)
!336 = distinct !{!336, !330, !335, !40}
!337 = !DILocation(line: 27, column: 74, scope: !304)
!338 = !DILocation(line: 27, column: 79, scope: !304)
!339 = !DILocation(line: 27, column: 76, scope: !304)
!340 = !DILocation(line: 27, column: 95, scope: !304)
!341 = !DILocation(line: 27, column: 97, scope: !304)
!342 = !DILocation(line: 27, column: 91, scope: !304)
!343 = !DILocation(line: 27, column: 108, scope: !304)
!344 = !DILocation(line: 27, column: 110, scope: !304)
!345 = !DILocation(line: 27, column: 101, scope: !304)
!346 = !DILocation(line: 27, column: 103, scope: !304)
!347 = !DILocation(line: 27, column: 106, scope: !304)
!348 = !DILocation(line: 27, column: 121, scope: !304)
!349 = !DILocation(line: 27, column: 114, scope: !304)
!350 = !DILocation(line: 27, column: 116, scope: !304)
!351 = !DILocation(line: 27, column: 119, scope: !304)
!352 = !DILocation(line: 27, column: 125, scope: !304)
!353 = !DILocation(line: 27, column: 130, scope: !304)
!354 = !DILocation(line: 27, column: 134, scope: !304)
!355 = distinct !{!355, !319, !356, !40}
!356 = !DILocation(line: 27, column: 136, scope: !304)
!357 = !DILocation(line: 28, column: 13, scope: !304)
!358 = !DILocation(line: 28, column: 17, scope: !304)
!359 = !DILocation(line: 28, column: 15, scope: !304)
!360 = !DILocation(line: 28, column: 22, scope: !304)
!361 = !DILocation(line: 28, column: 27, scope: !304)
!362 = !DILocation(line: 28, column: 25, scope: !304)
!363 = !DILocation(line: 28, column: 20, scope: !304)
!364 = !DILocation(line: 28, column: 38, scope: !304)
!365 = !DILocation(line: 28, column: 41, scope: !304)
!366 = !DILocation(line: 28, column: 45, scope: !304)
!367 = !DILocation(line: 28, column: 32, scope: !304)
!368 = !DILocation(line: 28, column: 54, scope: !304)
!369 = !DILocation(line: 28, column: 52, scope: !304)
!370 = !DILocation(line: 28, column: 57, scope: !304)
!371 = !DILocation(line: 28, column: 72, scope: !304)
!372 = !DILocation(line: 28, column: 75, scope: !304)
!373 = !DILocation(line: 28, column: 78, scope: !304)
!374 = !DILocation(line: 28, column: 66, scope: !304)
!375 = !DILocation(line: 28, column: 88, scope: !304)
!376 = !DILocation(line: 28, column: 86, scope: !304)
!377 = distinct !{!377, !305, !378, !40}
!378 = !DILocation(line: 29, column: 5, scope: !304)
!379 = !DILocation(line: 30, column: 1, scope: !304)
!380 = distinct !DISubprogram(name: "sift", scope: !10, file: !10, line: 16, type: !11, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!381 = !DILocation(line: 17, column: 5, scope: !380)
!382 = !DILocation(line: 17, column: 28, scope: !380)
!383 = !DILocation(line: 17, column: 26, scope: !380)
!384 = !DILocation(line: 17, column: 30, scope: !380)
!385 = !DILocation(line: 17, column: 20, scope: !380)
!386 = !DILocation(line: 17, column: 39, scope: !380)
!387 = !DILocation(line: 17, column: 44, scope: !380)
!388 = !DILocation(line: 17, column: 41, scope: !380)
!389 = !DILocation(line: 17, column: 47, scope: !380)
!390 = !DILocation(line: 17, column: 59, scope: !380)
!391 = !DILocation(line: 17, column: 61, scope: !380)
!392 = !DILocation(line: 17, column: 67, scope: !380)
!393 = !DILocation(line: 17, column: 65, scope: !380)
!394 = !DILocation(line: 17, column: 69, scope: !380)
!395 = !DILocation(line: 17, column: 72, scope: !380)
!396 = !DILocation(line: 17, column: 74, scope: !380)
!397 = !DILocation(line: 17, column: 76, scope: !380)
!398 = !DILocation(line: 17, column: 83, scope: !380)
!399 = !DILocation(line: 17, column: 85, scope: !380)
!400 = !DILocation(line: 17, column: 81, scope: !380)
!401 = !DILocation(line: 17, column: 90, scope: !380)
!402 = !DILocation(line: 17, column: 89, scope: !380)
!403 = !DILocation(line: 17, column: 98, scope: !380)
!404 = !DILocation(line: 17, column: 100, scope: !380)
!405 = !DILocation(line: 17, column: 106, scope: !380)
!406 = !DILocation(line: 17, column: 108, scope: !380)
!407 = !DILocation(line: 17, column: 103, scope: !380)
!408 = !DILocation(line: 17, column: 112, scope: !380)
!409 = !DILocation(line: 17, column: 129, scope: !380)
!410 = !DILocation(line: 17, column: 131, scope: !380)
!411 = !DILocation(line: 17, column: 125, scope: !380)
!412 = !DILocation(line: 17, column: 142, scope: !380)
!413 = !DILocation(line: 17, column: 144, scope: !380)
!414 = !DILocation(line: 17, column: 135, scope: !380)
!415 = !DILocation(line: 17, column: 137, scope: !380)
!416 = !DILocation(line: 17, column: 140, scope: !380)
!417 = !DILocation(line: 17, column: 155, scope: !380)
!418 = !DILocation(line: 17, column: 148, scope: !380)
!419 = !DILocation(line: 17, column: 150, scope: !380)
!420 = !DILocation(line: 17, column: 153, scope: !380)
!421 = !DILocation(line: 17, column: 162, scope: !380)
!422 = !DILocation(line: 17, column: 160, scope: !380)
!423 = distinct !{!423, !381, !424}
!424 = !DILocation(line: 17, column: 165, scope: !380)
!425 = !DILocation(line: 18, column: 1, scope: !380)
