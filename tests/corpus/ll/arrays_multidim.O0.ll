; ModuleID = 'arrays_multidim.c'
source_filename = "arrays_multidim.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [11 x i8] c"trace %ld\0A\00", align 1
@cube = internal global [4 x [5 x [6 x i32]]] zeroinitializer, align 16
@.str.1 = private unnamed_addr constant [26 x i8] c"cube %ld last=%d flat=%d\0A\00", align 1
@__const.main.grid = private unnamed_addr constant [3 x [8 x i8]] [[8 x i8] c"abc\00\00\00\00\00", [8 x i8] c"defgh\00\00\00", [8 x i8] c"ij\00\00\00\00\00\00"], align 16
@.str.2 = private unnamed_addr constant [4 x i8] c"%s|\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c" sizes %zu %zu\0A\00", align 1
@.str.4 = private unnamed_addr constant [12 x i8] c"ptr %d %td\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca [6 x [6 x i32]], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca [3 x [8 x i8]], align 16
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %3, align 4, !dbg !13
  br label %13, !dbg !14

13:                                               ; preds = %38, %0
  %14 = load i32, ptr %3, align 4, !dbg !15
  %15 = icmp slt i32 %14, 6, !dbg !16
  br i1 %15, label %16, label %41, !dbg !17

16:                                               ; preds = %13
  store i32 0, ptr %4, align 4, !dbg !18
  br label %17, !dbg !19

17:                                               ; preds = %34, %16
  %18 = load i32, ptr %4, align 4, !dbg !20
  %19 = icmp slt i32 %18, 6, !dbg !21
  br i1 %19, label %20, label %37, !dbg !22

20:                                               ; preds = %17
  %21 = load i32, ptr %3, align 4, !dbg !23
  %22 = mul nsw i32 %21, 7, !dbg !24
  %23 = load i32, ptr %4, align 4, !dbg !25
  %24 = mul nsw i32 %23, 3, !dbg !26
  %25 = add nsw i32 %22, %24, !dbg !27
  %26 = srem i32 %25, 11, !dbg !28
  %27 = sub nsw i32 %26, 4, !dbg !29
  %28 = load i32, ptr %3, align 4, !dbg !30
  %29 = sext i32 %28 to i64, !dbg !31
  %30 = getelementptr inbounds [6 x [6 x i32]], ptr %2, i64 0, i64 %29, !dbg !31
  %31 = load i32, ptr %4, align 4, !dbg !32
  %32 = sext i32 %31 to i64, !dbg !31
  %33 = getelementptr inbounds [6 x i32], ptr %30, i64 0, i64 %32, !dbg !31
  store i32 %27, ptr %33, align 4, !dbg !33
  br label %34, !dbg !31

34:                                               ; preds = %20
  %35 = load i32, ptr %4, align 4, !dbg !34
  %36 = add nsw i32 %35, 1, !dbg !34
  store i32 %36, ptr %4, align 4, !dbg !34
  br label %17, !dbg !22, !llvm.loop !35

37:                                               ; preds = %17
  br label %38, !dbg !36

38:                                               ; preds = %37
  %39 = load i32, ptr %3, align 4, !dbg !38
  %40 = add nsw i32 %39, 1, !dbg !38
  store i32 %40, ptr %3, align 4, !dbg !38
  br label %13, !dbg !17, !llvm.loop !39

41:                                               ; preds = %13
  %42 = getelementptr inbounds [6 x [6 x i32]], ptr %2, i64 0, i64 0, !dbg !40
  %43 = call i64 @trace_power(ptr noundef %42, i32 noundef 5), !dbg !41
  %44 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %43), !dbg !42
  store i32 0, ptr %5, align 4, !dbg !43
  br label %45, !dbg !44

45:                                               ; preds = %81, %41
  %46 = load i32, ptr %5, align 4, !dbg !45
  %47 = icmp slt i32 %46, 4, !dbg !46
  br i1 %47, label %48, label %84, !dbg !47

48:                                               ; preds = %45
  store i32 0, ptr %6, align 4, !dbg !48
  br label %49, !dbg !49

49:                                               ; preds = %77, %48
  %50 = load i32, ptr %6, align 4, !dbg !50
  %51 = icmp slt i32 %50, 5, !dbg !51
  br i1 %51, label %52, label %80, !dbg !52

52:                                               ; preds = %49
  store i32 0, ptr %7, align 4, !dbg !53
  br label %53, !dbg !54

53:                                               ; preds = %73, %52
  %54 = load i32, ptr %7, align 4, !dbg !55
  %55 = icmp slt i32 %54, 6, !dbg !56
  br i1 %55, label %56, label %76, !dbg !57

56:                                               ; preds = %53
  %57 = load i32, ptr %5, align 4, !dbg !58
  %58 = mul nsw i32 %57, 100, !dbg !59
  %59 = load i32, ptr %6, align 4, !dbg !60
  %60 = mul nsw i32 %59, 10, !dbg !61
  %61 = add nsw i32 %58, %60, !dbg !62
  %62 = load i32, ptr %7, align 4, !dbg !63
  %63 = add nsw i32 %61, %62, !dbg !64
  %64 = load i32, ptr %5, align 4, !dbg !65
  %65 = sext i32 %64 to i64, !dbg !66
  %66 = getelementptr inbounds [4 x [5 x [6 x i32]]], ptr @cube, i64 0, i64 %65, !dbg !66
  %67 = load i32, ptr %6, align 4, !dbg !67
  %68 = sext i32 %67 to i64, !dbg !66
  %69 = getelementptr inbounds [5 x [6 x i32]], ptr %66, i64 0, i64 %68, !dbg !66
  %70 = load i32, ptr %7, align 4, !dbg !68
  %71 = sext i32 %70 to i64, !dbg !66
  %72 = getelementptr inbounds [6 x i32], ptr %69, i64 0, i64 %71, !dbg !66
  store i32 %63, ptr %72, align 4, !dbg !69
  br label %73, !dbg !66

73:                                               ; preds = %56
  %74 = load i32, ptr %7, align 4, !dbg !70
  %75 = add nsw i32 %74, 1, !dbg !70
  store i32 %75, ptr %7, align 4, !dbg !70
  br label %53, !dbg !57, !llvm.loop !71

76:                                               ; preds = %53
  br label %77, !dbg !63

77:                                               ; preds = %76
  %78 = load i32, ptr %6, align 4, !dbg !72
  %79 = add nsw i32 %78, 1, !dbg !72
  store i32 %79, ptr %6, align 4, !dbg !72
  br label %49, !dbg !52, !llvm.loop !73

80:                                               ; preds = %49
  br label %81, !dbg !63

81:                                               ; preds = %80
  %82 = load i32, ptr %5, align 4, !dbg !74
  %83 = add nsw i32 %82, 1, !dbg !74
  store i32 %83, ptr %5, align 4, !dbg !74
  br label %45, !dbg !47, !llvm.loop !75

84:                                               ; preds = %45
  store i64 0, ptr %8, align 8, !dbg !76
  store i32 0, ptr %9, align 4, !dbg !77
  br label %85, !dbg !78

85:                                               ; preds = %98, %84
  %86 = load i32, ptr %9, align 4, !dbg !79
  %87 = icmp slt i32 %86, 4, !dbg !80
  br i1 %87, label %88, label %101, !dbg !81

88:                                               ; preds = %85
  %89 = load i32, ptr %9, align 4, !dbg !82
  %90 = sext i32 %89 to i64, !dbg !83
  %91 = getelementptr inbounds [4 x [5 x [6 x i32]]], ptr @cube, i64 0, i64 %90, !dbg !83
  %92 = getelementptr inbounds [5 x [6 x i32]], ptr %91, i64 0, i64 0, !dbg !83
  %93 = getelementptr inbounds [6 x i32], ptr %92, i64 0, i64 0, !dbg !83
  %94 = call i32 @sum_row(ptr noundef %93, i32 noundef 30), !dbg !84
  %95 = sext i32 %94 to i64, !dbg !84
  %96 = load i64, ptr %8, align 8, !dbg !85
  %97 = add nsw i64 %96, %95, !dbg !85
  store i64 %97, ptr %8, align 8, !dbg !85
  br label %98, !dbg !86

98:                                               ; preds = %88
  %99 = load i32, ptr %9, align 4, !dbg !87
  %100 = add nsw i32 %99, 1, !dbg !87
  store i32 %100, ptr %9, align 4, !dbg !87
  br label %85, !dbg !81, !llvm.loop !88

101:                                              ; preds = %85
  %102 = load i64, ptr %8, align 8, !dbg !90
  %103 = load i32, ptr getelementptr inbounds ([6 x i32], ptr getelementptr inbounds ([5 x [6 x i32]], ptr getelementptr inbounds ([4 x [5 x [6 x i32]]], ptr @cube, i64 0, i64 3), i64 0, i64 4), i64 0, i64 5), align 4, !dbg !91
  %104 = load i32, ptr getelementptr inbounds (i32, ptr @cube, i64 119), align 4, !dbg !92
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %102, i32 noundef %103, i32 noundef %104), !dbg !93
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %10, ptr align 16 @__const.main.grid, i64 24, i1 false), !dbg !94
  store i32 0, ptr %11, align 4, !dbg !95
  br label %106, !dbg !96

106:                                              ; preds = %115, %101
  %107 = load i32, ptr %11, align 4, !dbg !97
  %108 = icmp slt i32 %107, 3, !dbg !98
  br i1 %108, label %109, label %118, !dbg !99

109:                                              ; preds = %106
  %110 = load i32, ptr %11, align 4, !dbg !100
  %111 = sext i32 %110 to i64, !dbg !101
  %112 = getelementptr inbounds [3 x [8 x i8]], ptr %10, i64 0, i64 %111, !dbg !101
  %113 = getelementptr inbounds [8 x i8], ptr %112, i64 0, i64 0, !dbg !101
  %114 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %113), !dbg !102
  br label %115, !dbg !102

115:                                              ; preds = %109
  %116 = load i32, ptr %11, align 4, !dbg !103
  %117 = add nsw i32 %116, 1, !dbg !103
  store i32 %117, ptr %11, align 4, !dbg !103
  br label %106, !dbg !99, !llvm.loop !104

118:                                              ; preds = %106
  %119 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef 24, i64 noundef 8), !dbg !106
  store ptr getelementptr inbounds ([5 x [6 x i32]], ptr @cube, i64 2), ptr %12, align 8, !dbg !107
  %120 = load ptr, ptr %12, align 8, !dbg !108
  %121 = getelementptr inbounds [5 x [6 x i32]], ptr %120, i64 1, !dbg !108
  %122 = getelementptr inbounds [5 x [6 x i32]], ptr %121, i64 0, i64 2, !dbg !108
  %123 = getelementptr inbounds [6 x i32], ptr %122, i64 0, i64 3, !dbg !108
  %124 = load i32, ptr %123, align 4, !dbg !108
  %125 = load ptr, ptr %12, align 8, !dbg !109
  %126 = getelementptr inbounds [5 x [6 x i32]], ptr %125, i64 1, !dbg !110
  %127 = load ptr, ptr %12, align 8, !dbg !111
  %128 = ptrtoint ptr %126 to i64, !dbg !112
  %129 = ptrtoint ptr %127 to i64, !dbg !112
  %130 = sub i64 %128, %129, !dbg !112
  %131 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %124, i64 noundef %130), !dbg !113
  ret i32 0, !dbg !114
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @trace_power(ptr noundef %0, i32 noundef %1) #0 !dbg !115 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca [6 x [6 x i32]], align 16
  %6 = alloca [6 x [6 x i32]], align 16
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i64, align 8
  %17 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %7, align 4, !dbg !116
  br label %18, !dbg !117

18:                                               ; preds = %44, %2
  %19 = load i32, ptr %7, align 4, !dbg !118
  %20 = icmp slt i32 %19, 6, !dbg !119
  br i1 %20, label %21, label %47, !dbg !120

21:                                               ; preds = %18
  store i32 0, ptr %8, align 4, !dbg !121
  br label %22, !dbg !122

22:                                               ; preds = %40, %21
  %23 = load i32, ptr %8, align 4, !dbg !123
  %24 = icmp slt i32 %23, 6, !dbg !124
  br i1 %24, label %25, label %43, !dbg !125

25:                                               ; preds = %22
  %26 = load ptr, ptr %3, align 8, !dbg !126
  %27 = load i32, ptr %7, align 4, !dbg !127
  %28 = sext i32 %27 to i64, !dbg !126
  %29 = getelementptr inbounds [6 x i32], ptr %26, i64 %28, !dbg !126
  %30 = load i32, ptr %8, align 4, !dbg !128
  %31 = sext i32 %30 to i64, !dbg !126
  %32 = getelementptr inbounds [6 x i32], ptr %29, i64 0, i64 %31, !dbg !126
  %33 = load i32, ptr %32, align 4, !dbg !126
  %34 = load i32, ptr %7, align 4, !dbg !129
  %35 = sext i32 %34 to i64, !dbg !130
  %36 = getelementptr inbounds [6 x [6 x i32]], ptr %5, i64 0, i64 %35, !dbg !130
  %37 = load i32, ptr %8, align 4, !dbg !131
  %38 = sext i32 %37 to i64, !dbg !130
  %39 = getelementptr inbounds [6 x i32], ptr %36, i64 0, i64 %38, !dbg !130
  store i32 %33, ptr %39, align 4, !dbg !132
  br label %40, !dbg !130

40:                                               ; preds = %25
  %41 = load i32, ptr %8, align 4, !dbg !133
  %42 = add nsw i32 %41, 1, !dbg !133
  store i32 %42, ptr %8, align 4, !dbg !133
  br label %22, !dbg !125, !llvm.loop !134

43:                                               ; preds = %22
  br label %44, !dbg !135

44:                                               ; preds = %43
  %45 = load i32, ptr %7, align 4, !dbg !136
  %46 = add nsw i32 %45, 1, !dbg !136
  store i32 %46, ptr %7, align 4, !dbg !136
  br label %18, !dbg !120, !llvm.loop !137

47:                                               ; preds = %18
  store i32 1, ptr %9, align 4, !dbg !138
  br label %48, !dbg !139

48:                                               ; preds = %135, %47
  %49 = load i32, ptr %9, align 4, !dbg !140
  %50 = load i32, ptr %4, align 4, !dbg !141
  %51 = icmp slt i32 %49, %50, !dbg !142
  br i1 %51, label %52, label %138, !dbg !143

52:                                               ; preds = %48
  store i32 0, ptr %10, align 4, !dbg !144
  br label %53, !dbg !145

53:                                               ; preds = %102, %52
  %54 = load i32, ptr %10, align 4, !dbg !146
  %55 = icmp slt i32 %54, 6, !dbg !147
  br i1 %55, label %56, label %105, !dbg !148

56:                                               ; preds = %53
  store i32 0, ptr %11, align 4, !dbg !149
  br label %57, !dbg !150

57:                                               ; preds = %98, %56
  %58 = load i32, ptr %11, align 4, !dbg !151
  %59 = icmp slt i32 %58, 6, !dbg !152
  br i1 %59, label %60, label %101, !dbg !153

60:                                               ; preds = %57
  store i64 0, ptr %12, align 8, !dbg !154
  store i32 0, ptr %13, align 4, !dbg !155
  br label %61, !dbg !156

61:                                               ; preds = %85, %60
  %62 = load i32, ptr %13, align 4, !dbg !157
  %63 = icmp slt i32 %62, 6, !dbg !158
  br i1 %63, label %64, label %88, !dbg !159

64:                                               ; preds = %61
  %65 = load i32, ptr %10, align 4, !dbg !160
  %66 = sext i32 %65 to i64, !dbg !161
  %67 = getelementptr inbounds [6 x [6 x i32]], ptr %5, i64 0, i64 %66, !dbg !161
  %68 = load i32, ptr %13, align 4, !dbg !162
  %69 = sext i32 %68 to i64, !dbg !161
  %70 = getelementptr inbounds [6 x i32], ptr %67, i64 0, i64 %69, !dbg !161
  %71 = load i32, ptr %70, align 4, !dbg !161
  %72 = sext i32 %71 to i64, !dbg !163
  %73 = load ptr, ptr %3, align 8, !dbg !164
  %74 = load i32, ptr %13, align 4, !dbg !165
  %75 = sext i32 %74 to i64, !dbg !164
  %76 = getelementptr inbounds [6 x i32], ptr %73, i64 %75, !dbg !164
  %77 = load i32, ptr %11, align 4, !dbg !166
  %78 = sext i32 %77 to i64, !dbg !164
  %79 = getelementptr inbounds [6 x i32], ptr %76, i64 0, i64 %78, !dbg !164
  %80 = load i32, ptr %79, align 4, !dbg !164
  %81 = sext i32 %80 to i64, !dbg !164
  %82 = mul nsw i64 %72, %81, !dbg !167
  %83 = load i64, ptr %12, align 8, !dbg !168
  %84 = add nsw i64 %83, %82, !dbg !168
  store i64 %84, ptr %12, align 8, !dbg !168
  br label %85, !dbg !169

85:                                               ; preds = %64
  %86 = load i32, ptr %13, align 4, !dbg !170
  %87 = add nsw i32 %86, 1, !dbg !170
  store i32 %87, ptr %13, align 4, !dbg !170
  br label %61, !dbg !159, !llvm.loop !171

88:                                               ; preds = %61
  %89 = load i64, ptr %12, align 8, !dbg !173
  %90 = srem i64 %89, 1000003, !dbg !174
  %91 = trunc i64 %90 to i32, !dbg !175
  %92 = load i32, ptr %10, align 4, !dbg !176
  %93 = sext i32 %92 to i64, !dbg !177
  %94 = getelementptr inbounds [6 x [6 x i32]], ptr %6, i64 0, i64 %93, !dbg !177
  %95 = load i32, ptr %11, align 4, !dbg !178
  %96 = sext i32 %95 to i64, !dbg !177
  %97 = getelementptr inbounds [6 x i32], ptr %94, i64 0, i64 %96, !dbg !177
  store i32 %91, ptr %97, align 4, !dbg !179
  br label %98, !dbg !180

98:                                               ; preds = %88
  %99 = load i32, ptr %11, align 4, !dbg !181
  %100 = add nsw i32 %99, 1, !dbg !181
  store i32 %100, ptr %11, align 4, !dbg !181
  br label %57, !dbg !153, !llvm.loop !182

101:                                              ; preds = %57
  br label %102, !dbg !180

102:                                              ; preds = %101
  %103 = load i32, ptr %10, align 4, !dbg !183
  %104 = add nsw i32 %103, 1, !dbg !183
  store i32 %104, ptr %10, align 4, !dbg !183
  br label %53, !dbg !148, !llvm.loop !184

105:                                              ; preds = %53
  store i32 0, ptr %14, align 4, !dbg !185
  br label %106, !dbg !186

106:                                              ; preds = %131, %105
  %107 = load i32, ptr %14, align 4, !dbg !187
  %108 = icmp slt i32 %107, 6, !dbg !188
  br i1 %108, label %109, label %134, !dbg !189

109:                                              ; preds = %106
  store i32 0, ptr %15, align 4, !dbg !190
  br label %110, !dbg !191

110:                                              ; preds = %127, %109
  %111 = load i32, ptr %15, align 4, !dbg !192
  %112 = icmp slt i32 %111, 6, !dbg !193
  br i1 %112, label %113, label %130, !dbg !194

113:                                              ; preds = %110
  %114 = load i32, ptr %14, align 4, !dbg !195
  %115 = sext i32 %114 to i64, !dbg !196
  %116 = getelementptr inbounds [6 x [6 x i32]], ptr %6, i64 0, i64 %115, !dbg !196
  %117 = load i32, ptr %15, align 4, !dbg !197
  %118 = sext i32 %117 to i64, !dbg !196
  %119 = getelementptr inbounds [6 x i32], ptr %116, i64 0, i64 %118, !dbg !196
  %120 = load i32, ptr %119, align 4, !dbg !196
  %121 = load i32, ptr %14, align 4, !dbg !198
  %122 = sext i32 %121 to i64, !dbg !199
  %123 = getelementptr inbounds [6 x [6 x i32]], ptr %5, i64 0, i64 %122, !dbg !199
  %124 = load i32, ptr %15, align 4, !dbg !200
  %125 = sext i32 %124 to i64, !dbg !199
  %126 = getelementptr inbounds [6 x i32], ptr %123, i64 0, i64 %125, !dbg !199
  store i32 %120, ptr %126, align 4, !dbg !201
  br label %127, !dbg !199

127:                                              ; preds = %113
  %128 = load i32, ptr %15, align 4, !dbg !202
  %129 = add nsw i32 %128, 1, !dbg !202
  store i32 %129, ptr %15, align 4, !dbg !202
  br label %110, !dbg !194, !llvm.loop !203

130:                                              ; preds = %110
  br label %131, !dbg !204

131:                                              ; preds = %130
  %132 = load i32, ptr %14, align 4, !dbg !205
  %133 = add nsw i32 %132, 1, !dbg !205
  store i32 %133, ptr %14, align 4, !dbg !205
  br label %106, !dbg !189, !llvm.loop !206

134:                                              ; preds = %106
  br label %135, !dbg !207

135:                                              ; preds = %134
  %136 = load i32, ptr %9, align 4, !dbg !208
  %137 = add nsw i32 %136, 1, !dbg !208
  store i32 %137, ptr %9, align 4, !dbg !208
  br label %48, !dbg !143, !llvm.loop !209

138:                                              ; preds = %48
  store i64 0, ptr %16, align 8, !dbg !210
  store i32 0, ptr %17, align 4, !dbg !211
  br label %139, !dbg !212

139:                                              ; preds = %153, %138
  %140 = load i32, ptr %17, align 4, !dbg !213
  %141 = icmp slt i32 %140, 6, !dbg !214
  br i1 %141, label %142, label %156, !dbg !215

142:                                              ; preds = %139
  %143 = load i32, ptr %17, align 4, !dbg !216
  %144 = sext i32 %143 to i64, !dbg !217
  %145 = getelementptr inbounds [6 x [6 x i32]], ptr %5, i64 0, i64 %144, !dbg !217
  %146 = load i32, ptr %17, align 4, !dbg !218
  %147 = sext i32 %146 to i64, !dbg !217
  %148 = getelementptr inbounds [6 x i32], ptr %145, i64 0, i64 %147, !dbg !217
  %149 = load i32, ptr %148, align 4, !dbg !217
  %150 = sext i32 %149 to i64, !dbg !217
  %151 = load i64, ptr %16, align 8, !dbg !219
  %152 = add nsw i64 %151, %150, !dbg !219
  store i64 %152, ptr %16, align 8, !dbg !219
  br label %153, !dbg !220

153:                                              ; preds = %142
  %154 = load i32, ptr %17, align 4, !dbg !221
  %155 = add nsw i32 %154, 1, !dbg !221
  store i32 %155, ptr %17, align 4, !dbg !221
  br label %139, !dbg !215, !llvm.loop !222

156:                                              ; preds = %139
  %157 = load i64, ptr %16, align 8, !dbg !224
  ret i64 %157, !dbg !225
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @sum_row(ptr noundef %0, i32 noundef %1) #0 !dbg !226 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4, !dbg !227
  br label %6, !dbg !228

6:                                                ; preds = %10, %2
  %7 = load i32, ptr %4, align 4, !dbg !229
  %8 = add nsw i32 %7, -1, !dbg !229
  store i32 %8, ptr %4, align 4, !dbg !229
  %9 = icmp ne i32 %7, 0, !dbg !228
  br i1 %9, label %10, label %16, !dbg !228

10:                                               ; preds = %6
  %11 = load ptr, ptr %3, align 8, !dbg !230
  %12 = getelementptr inbounds nuw i32, ptr %11, i32 1, !dbg !230
  store ptr %12, ptr %3, align 8, !dbg !230
  %13 = load i32, ptr %11, align 4, !dbg !231
  %14 = load i32, ptr %5, align 4, !dbg !232
  %15 = add nsw i32 %14, %13, !dbg !232
  store i32 %15, ptr %5, align 4, !dbg !232
  br label %6, !dbg !228, !llvm.loop !233

16:                                               ; preds = %6
  %17 = load i32, ptr %5, align 4, !dbg !234
  ret i32 %17, !dbg !235
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "arrays_multidim.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 23, type: !11, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "arrays_multidim.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 25, column: 14, scope: !9)
!14 = !DILocation(line: 25, column: 10, scope: !9)
!15 = !DILocation(line: 25, column: 21, scope: !9)
!16 = !DILocation(line: 25, column: 23, scope: !9)
!17 = !DILocation(line: 25, column: 5, scope: !9)
!18 = !DILocation(line: 25, column: 42, scope: !9)
!19 = !DILocation(line: 25, column: 38, scope: !9)
!20 = !DILocation(line: 25, column: 49, scope: !9)
!21 = !DILocation(line: 25, column: 51, scope: !9)
!22 = !DILocation(line: 25, column: 33, scope: !9)
!23 = !DILocation(line: 25, column: 72, scope: !9)
!24 = !DILocation(line: 25, column: 74, scope: !9)
!25 = !DILocation(line: 25, column: 80, scope: !9)
!26 = !DILocation(line: 25, column: 82, scope: !9)
!27 = !DILocation(line: 25, column: 78, scope: !9)
!28 = !DILocation(line: 25, column: 87, scope: !9)
!29 = !DILocation(line: 25, column: 92, scope: !9)
!30 = !DILocation(line: 25, column: 63, scope: !9)
!31 = !DILocation(line: 25, column: 61, scope: !9)
!32 = !DILocation(line: 25, column: 66, scope: !9)
!33 = !DILocation(line: 25, column: 69, scope: !9)
!34 = !DILocation(line: 25, column: 57, scope: !9)
!35 = distinct !{!35, !22, !36, !37}
!36 = !DILocation(line: 25, column: 94, scope: !9)
!37 = !{!"llvm.loop.mustprogress"}
!38 = !DILocation(line: 25, column: 29, scope: !9)
!39 = distinct !{!39, !17, !36, !37}
!40 = !DILocation(line: 26, column: 39, scope: !9)
!41 = !DILocation(line: 26, column: 27, scope: !9)
!42 = !DILocation(line: 26, column: 5, scope: !9)
!43 = !DILocation(line: 27, column: 14, scope: !9)
!44 = !DILocation(line: 27, column: 10, scope: !9)
!45 = !DILocation(line: 27, column: 21, scope: !9)
!46 = !DILocation(line: 27, column: 23, scope: !9)
!47 = !DILocation(line: 27, column: 5, scope: !9)
!48 = !DILocation(line: 27, column: 42, scope: !9)
!49 = !DILocation(line: 27, column: 38, scope: !9)
!50 = !DILocation(line: 27, column: 49, scope: !9)
!51 = !DILocation(line: 27, column: 51, scope: !9)
!52 = !DILocation(line: 27, column: 33, scope: !9)
!53 = !DILocation(line: 27, column: 70, scope: !9)
!54 = !DILocation(line: 27, column: 66, scope: !9)
!55 = !DILocation(line: 27, column: 77, scope: !9)
!56 = !DILocation(line: 27, column: 79, scope: !9)
!57 = !DILocation(line: 27, column: 61, scope: !9)
!58 = !DILocation(line: 27, column: 105, scope: !9)
!59 = !DILocation(line: 27, column: 107, scope: !9)
!60 = !DILocation(line: 27, column: 115, scope: !9)
!61 = !DILocation(line: 27, column: 117, scope: !9)
!62 = !DILocation(line: 27, column: 113, scope: !9)
!63 = !DILocation(line: 27, column: 124, scope: !9)
!64 = !DILocation(line: 27, column: 122, scope: !9)
!65 = !DILocation(line: 27, column: 94, scope: !9)
!66 = !DILocation(line: 27, column: 89, scope: !9)
!67 = !DILocation(line: 27, column: 97, scope: !9)
!68 = !DILocation(line: 27, column: 100, scope: !9)
!69 = !DILocation(line: 27, column: 103, scope: !9)
!70 = !DILocation(line: 27, column: 85, scope: !9)
!71 = distinct !{!71, !57, !63, !37}
!72 = !DILocation(line: 27, column: 57, scope: !9)
!73 = distinct !{!73, !52, !63, !37}
!74 = !DILocation(line: 27, column: 29, scope: !9)
!75 = distinct !{!75, !47, !63, !37}
!76 = !DILocation(line: 28, column: 10, scope: !9)
!77 = !DILocation(line: 29, column: 14, scope: !9)
!78 = !DILocation(line: 29, column: 10, scope: !9)
!79 = !DILocation(line: 29, column: 21, scope: !9)
!80 = !DILocation(line: 29, column: 23, scope: !9)
!81 = !DILocation(line: 29, column: 5, scope: !9)
!82 = !DILocation(line: 29, column: 52, scope: !9)
!83 = !DILocation(line: 29, column: 47, scope: !9)
!84 = !DILocation(line: 29, column: 38, scope: !9)
!85 = !DILocation(line: 29, column: 35, scope: !9)
!86 = !DILocation(line: 29, column: 33, scope: !9)
!87 = !DILocation(line: 29, column: 29, scope: !9)
!88 = distinct !{!88, !81, !89, !37}
!89 = !DILocation(line: 29, column: 64, scope: !9)
!90 = !DILocation(line: 30, column: 42, scope: !9)
!91 = !DILocation(line: 30, column: 45, scope: !9)
!92 = !DILocation(line: 30, column: 60, scope: !9)
!93 = !DILocation(line: 30, column: 5, scope: !9)
!94 = !DILocation(line: 31, column: 10, scope: !9)
!95 = !DILocation(line: 32, column: 14, scope: !9)
!96 = !DILocation(line: 32, column: 10, scope: !9)
!97 = !DILocation(line: 32, column: 21, scope: !9)
!98 = !DILocation(line: 32, column: 23, scope: !9)
!99 = !DILocation(line: 32, column: 5, scope: !9)
!100 = !DILocation(line: 32, column: 52, scope: !9)
!101 = !DILocation(line: 32, column: 47, scope: !9)
!102 = !DILocation(line: 32, column: 33, scope: !9)
!103 = !DILocation(line: 32, column: 29, scope: !9)
!104 = distinct !{!104, !99, !105, !37}
!105 = !DILocation(line: 32, column: 54, scope: !9)
!106 = !DILocation(line: 33, column: 5, scope: !9)
!107 = !DILocation(line: 34, column: 11, scope: !9)
!108 = !DILocation(line: 35, column: 28, scope: !9)
!109 = !DILocation(line: 35, column: 49, scope: !9)
!110 = !DILocation(line: 35, column: 51, scope: !9)
!111 = !DILocation(line: 35, column: 66, scope: !9)
!112 = !DILocation(line: 35, column: 56, scope: !9)
!113 = !DILocation(line: 35, column: 5, scope: !9)
!114 = !DILocation(line: 36, column: 5, scope: !9)
!115 = distinct !DISubprogram(name: "trace_power", scope: !10, file: !10, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!116 = !DILocation(line: 9, column: 14, scope: !115)
!117 = !DILocation(line: 9, column: 10, scope: !115)
!118 = !DILocation(line: 9, column: 21, scope: !115)
!119 = !DILocation(line: 9, column: 23, scope: !115)
!120 = !DILocation(line: 9, column: 5, scope: !115)
!121 = !DILocation(line: 9, column: 42, scope: !115)
!122 = !DILocation(line: 9, column: 38, scope: !115)
!123 = !DILocation(line: 9, column: 49, scope: !115)
!124 = !DILocation(line: 9, column: 51, scope: !115)
!125 = !DILocation(line: 9, column: 33, scope: !115)
!126 = !DILocation(line: 9, column: 71, scope: !115)
!127 = !DILocation(line: 9, column: 73, scope: !115)
!128 = !DILocation(line: 9, column: 76, scope: !115)
!129 = !DILocation(line: 9, column: 63, scope: !115)
!130 = !DILocation(line: 9, column: 61, scope: !115)
!131 = !DILocation(line: 9, column: 66, scope: !115)
!132 = !DILocation(line: 9, column: 69, scope: !115)
!133 = !DILocation(line: 9, column: 57, scope: !115)
!134 = distinct !{!134, !125, !135, !37}
!135 = !DILocation(line: 9, column: 77, scope: !115)
!136 = !DILocation(line: 9, column: 29, scope: !115)
!137 = distinct !{!137, !120, !135, !37}
!138 = !DILocation(line: 10, column: 14, scope: !115)
!139 = !DILocation(line: 10, column: 10, scope: !115)
!140 = !DILocation(line: 10, column: 21, scope: !115)
!141 = !DILocation(line: 10, column: 25, scope: !115)
!142 = !DILocation(line: 10, column: 23, scope: !115)
!143 = !DILocation(line: 10, column: 5, scope: !115)
!144 = !DILocation(line: 11, column: 18, scope: !115)
!145 = !DILocation(line: 11, column: 14, scope: !115)
!146 = !DILocation(line: 11, column: 25, scope: !115)
!147 = !DILocation(line: 11, column: 27, scope: !115)
!148 = !DILocation(line: 11, column: 9, scope: !115)
!149 = !DILocation(line: 11, column: 46, scope: !115)
!150 = !DILocation(line: 11, column: 42, scope: !115)
!151 = !DILocation(line: 11, column: 53, scope: !115)
!152 = !DILocation(line: 11, column: 55, scope: !115)
!153 = !DILocation(line: 11, column: 37, scope: !115)
!154 = !DILocation(line: 12, column: 18, scope: !115)
!155 = !DILocation(line: 12, column: 34, scope: !115)
!156 = !DILocation(line: 12, column: 30, scope: !115)
!157 = !DILocation(line: 12, column: 41, scope: !115)
!158 = !DILocation(line: 12, column: 43, scope: !115)
!159 = !DILocation(line: 12, column: 25, scope: !115)
!160 = !DILocation(line: 12, column: 66, scope: !115)
!161 = !DILocation(line: 12, column: 64, scope: !115)
!162 = !DILocation(line: 12, column: 69, scope: !115)
!163 = !DILocation(line: 12, column: 58, scope: !115)
!164 = !DILocation(line: 12, column: 74, scope: !115)
!165 = !DILocation(line: 12, column: 76, scope: !115)
!166 = !DILocation(line: 12, column: 79, scope: !115)
!167 = !DILocation(line: 12, column: 72, scope: !115)
!168 = !DILocation(line: 12, column: 55, scope: !115)
!169 = !DILocation(line: 12, column: 53, scope: !115)
!170 = !DILocation(line: 12, column: 49, scope: !115)
!171 = distinct !{!171, !159, !172, !37}
!172 = !DILocation(line: 12, column: 80, scope: !115)
!173 = !DILocation(line: 13, column: 29, scope: !115)
!174 = !DILocation(line: 13, column: 31, scope: !115)
!175 = !DILocation(line: 13, column: 23, scope: !115)
!176 = !DILocation(line: 13, column: 15, scope: !115)
!177 = !DILocation(line: 13, column: 13, scope: !115)
!178 = !DILocation(line: 13, column: 18, scope: !115)
!179 = !DILocation(line: 13, column: 21, scope: !115)
!180 = !DILocation(line: 14, column: 9, scope: !115)
!181 = !DILocation(line: 11, column: 61, scope: !115)
!182 = distinct !{!182, !153, !180, !37}
!183 = !DILocation(line: 11, column: 33, scope: !115)
!184 = distinct !{!184, !148, !180, !37}
!185 = !DILocation(line: 15, column: 18, scope: !115)
!186 = !DILocation(line: 15, column: 14, scope: !115)
!187 = !DILocation(line: 15, column: 25, scope: !115)
!188 = !DILocation(line: 15, column: 27, scope: !115)
!189 = !DILocation(line: 15, column: 9, scope: !115)
!190 = !DILocation(line: 15, column: 46, scope: !115)
!191 = !DILocation(line: 15, column: 42, scope: !115)
!192 = !DILocation(line: 15, column: 53, scope: !115)
!193 = !DILocation(line: 15, column: 55, scope: !115)
!194 = !DILocation(line: 15, column: 37, scope: !115)
!195 = !DILocation(line: 15, column: 77, scope: !115)
!196 = !DILocation(line: 15, column: 75, scope: !115)
!197 = !DILocation(line: 15, column: 80, scope: !115)
!198 = !DILocation(line: 15, column: 67, scope: !115)
!199 = !DILocation(line: 15, column: 65, scope: !115)
!200 = !DILocation(line: 15, column: 70, scope: !115)
!201 = !DILocation(line: 15, column: 73, scope: !115)
!202 = !DILocation(line: 15, column: 61, scope: !115)
!203 = distinct !{!203, !194, !204, !37}
!204 = !DILocation(line: 15, column: 81, scope: !115)
!205 = !DILocation(line: 15, column: 33, scope: !115)
!206 = distinct !{!206, !189, !204, !37}
!207 = !DILocation(line: 16, column: 5, scope: !115)
!208 = !DILocation(line: 10, column: 29, scope: !115)
!209 = distinct !{!209, !143, !207, !37}
!210 = !DILocation(line: 17, column: 10, scope: !115)
!211 = !DILocation(line: 17, column: 27, scope: !115)
!212 = !DILocation(line: 17, column: 23, scope: !115)
!213 = !DILocation(line: 17, column: 34, scope: !115)
!214 = !DILocation(line: 17, column: 36, scope: !115)
!215 = !DILocation(line: 17, column: 18, scope: !115)
!216 = !DILocation(line: 17, column: 54, scope: !115)
!217 = !DILocation(line: 17, column: 52, scope: !115)
!218 = !DILocation(line: 17, column: 57, scope: !115)
!219 = !DILocation(line: 17, column: 49, scope: !115)
!220 = !DILocation(line: 17, column: 46, scope: !115)
!221 = !DILocation(line: 17, column: 42, scope: !115)
!222 = distinct !{!222, !215, !223, !37}
!223 = !DILocation(line: 17, column: 58, scope: !115)
!224 = !DILocation(line: 18, column: 12, scope: !115)
!225 = !DILocation(line: 18, column: 5, scope: !115)
!226 = distinct !DISubprogram(name: "sum_row", scope: !10, file: !10, line: 21, type: !11, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!227 = !DILocation(line: 21, column: 49, scope: !226)
!228 = !DILocation(line: 21, column: 56, scope: !226)
!229 = !DILocation(line: 21, column: 64, scope: !226)
!230 = !DILocation(line: 21, column: 77, scope: !226)
!231 = !DILocation(line: 21, column: 73, scope: !226)
!232 = !DILocation(line: 21, column: 70, scope: !226)
!233 = distinct !{!233, !228, !230, !37}
!234 = !DILocation(line: 21, column: 88, scope: !226)
!235 = !DILocation(line: 21, column: 81, scope: !226)
