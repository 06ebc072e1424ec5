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

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca [6 x [6 x i32]], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca [3 x [8 x i8]], align 16
  %12 = alloca i32, align 4
  %13 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4, !dbg !17
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !18
  store i32 0, ptr %3, align 4, !dbg !19, !tbaa !9
  br label %14, !dbg !18

14:                                               ; preds = %41, %0
  %15 = load i32, ptr %3, align 4, !dbg !20, !tbaa !9
  %16 = icmp slt i32 %15, 6, !dbg !21
  br i1 %16, label %18, label %17, !dbg !22

17:                                               ; preds = %14
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !23
  br label %44

18:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !24
  store i32 0, ptr %5, align 4, !dbg !25, !tbaa !9
  br label %19, !dbg !24

19:                                               ; preds = %37, %18
  %20 = load i32, ptr %5, align 4, !dbg !26, !tbaa !9
  %21 = icmp slt i32 %20, 6, !dbg !27
  br i1 %21, label %23, label %22, !dbg !28

22:                                               ; preds = %19
  store i32 5, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !29
  br label %40

23:                                               ; preds = %19
  %24 = load i32, ptr %3, align 4, !dbg !30, !tbaa !9
  %25 = mul nsw i32 %24, 7, !dbg !31
  %26 = load i32, ptr %5, align 4, !dbg !32, !tbaa !9
  %27 = mul nsw i32 %26, 3, !dbg !33
  %28 = add nsw i32 %25, %27, !dbg !34
  %29 = srem i32 %28, 11, !dbg !35
  %30 = sub nsw i32 %29, 4, !dbg !36
  %31 = load i32, ptr %3, align 4, !dbg !37, !tbaa !9
  %32 = sext i32 %31 to i64, !dbg !38
  %33 = getelementptr inbounds [6 x [6 x i32]], ptr %2, i64 0, i64 %32, !dbg !38
  %34 = load i32, ptr %5, align 4, !dbg !39, !tbaa !9
  %35 = sext i32 %34 to i64, !dbg !38
  %36 = getelementptr inbounds [6 x i32], ptr %33, i64 0, i64 %35, !dbg !38
  store i32 %30, ptr %36, align 4, !dbg !40, !tbaa !9
  br label %37, !dbg !41

37:                                               ; preds = %23
  %38 = load i32, ptr %5, align 4, !dbg !42, !tbaa !9
  %39 = add nsw i32 %38, 1, !dbg !43
  store i32 %39, ptr %5, align 4, !dbg !44, !tbaa !9
  br label %19, !dbg !29, !llvm.loop !45

40:                                               ; preds = %22
  br label %41, !dbg !48

41:                                               ; preds = %40
  %42 = load i32, ptr %3, align 4, !dbg !49, !tbaa !9
  %43 = add nsw i32 %42, 1, !dbg !50
  store i32 %43, ptr %3, align 4, !dbg !51, !tbaa !9
  br label %14, !dbg !23, !llvm.loop !52

44:                                               ; preds = %17
  %45 = getelementptr inbounds [6 x [6 x i32]], ptr %2, i64 0, i64 0, !dbg !53
  %46 = call i64 @trace_power(ptr noundef %45, i32 noundef 5), !dbg !54
  %47 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %46), !dbg !55
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !56
  store i32 0, ptr %6, align 4, !dbg !57, !tbaa !9
  br label %48, !dbg !56

48:                                               ; preds = %87, %44
  %49 = load i32, ptr %6, align 4, !dbg !58, !tbaa !9
  %50 = icmp slt i32 %49, 4, !dbg !59
  br i1 %50, label %52, label %51, !dbg !60

51:                                               ; preds = %48
  store i32 8, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !61
  br label %90

52:                                               ; preds = %48
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !62
  store i32 0, ptr %7, align 4, !dbg !63, !tbaa !9
  br label %53, !dbg !62

53:                                               ; preds = %83, %52
  %54 = load i32, ptr %7, align 4, !dbg !64, !tbaa !9
  %55 = icmp slt i32 %54, 5, !dbg !65
  br i1 %55, label %57, label %56, !dbg !66

56:                                               ; preds = %53
  store i32 11, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !67
  br label %86

57:                                               ; preds = %53
  call void @llvm.lifetime.start.p0(ptr %8) #4, !dbg !68
  store i32 0, ptr %8, align 4, !dbg !69, !tbaa !9
  br label %58, !dbg !68

58:                                               ; preds = %79, %57
  %59 = load i32, ptr %8, align 4, !dbg !70, !tbaa !9
  %60 = icmp slt i32 %59, 6, !dbg !71
  br i1 %60, label %62, label %61, !dbg !72

61:                                               ; preds = %58
  store i32 14, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #4, !dbg !73
  br label %82

62:                                               ; preds = %58
  %63 = load i32, ptr %6, align 4, !dbg !74, !tbaa !9
  %64 = mul nsw i32 %63, 100, !dbg !75
  %65 = load i32, ptr %7, align 4, !dbg !76, !tbaa !9
  %66 = mul nsw i32 %65, 10, !dbg !77
  %67 = add nsw i32 %64, %66, !dbg !78
  %68 = load i32, ptr %8, align 4, !dbg !79, !tbaa !9
  %69 = add nsw i32 %67, %68, !dbg !80
  %70 = load i32, ptr %6, align 4, !dbg !81, !tbaa !9
  %71 = sext i32 %70 to i64, !dbg !82
  %72 = getelementptr inbounds [4 x [5 x [6 x i32]]], ptr @cube, i64 0, i64 %71, !dbg !82
  %73 = load i32, ptr %7, align 4, !dbg !83, !tbaa !9
  %74 = sext i32 %73 to i64, !dbg !82
  %75 = getelementptr inbounds [5 x [6 x i32]], ptr %72, i64 0, i64 %74, !dbg !82
  %76 = load i32, ptr %8, align 4, !dbg !84, !tbaa !9
  %77 = sext i32 %76 to i64, !dbg !82
  %78 = getelementptr inbounds [6 x i32], ptr %75, i64 0, i64 %77, !dbg !82
  store i32 %69, ptr %78, align 4, !dbg !85, !tbaa !9
  br label %79, !dbg !86

79:                                               ; preds = %62
  %80 = load i32, ptr %8, align 4, !dbg !87, !tbaa !9
  %81 = add nsw i32 %80, 1, !dbg !88
  store i32 %81, ptr %8, align 4, !dbg !89, !tbaa !9
  br label %58, !dbg !73, !llvm.loop !90

82:                                               ; preds = %61
  br label %83, !dbg !91

83:                                               ; preds = %82
  %84 = load i32, ptr %7, align 4, !dbg !92, !tbaa !9
  %85 = add nsw i32 %84, 1, !dbg !93
  store i32 %85, ptr %7, align 4, !dbg !94, !tbaa !9
  br label %53, !dbg !67, !llvm.loop !95

86:                                               ; preds = %56
  br label %87, !dbg !96

87:                                               ; preds = %86
  %88 = load i32, ptr %6, align 4, !dbg !97, !tbaa !9
  %89 = add nsw i32 %88, 1, !dbg !98
  store i32 %89, ptr %6, align 4, !dbg !99, !tbaa !9
  br label %48, !dbg !61, !llvm.loop !100

90:                                               ; preds = %51
  call void @llvm.lifetime.start.p0(ptr %9) #4, !dbg !101
  store i64 0, ptr %9, align 8, !dbg !102, !tbaa !103
  call void @llvm.lifetime.start.p0(ptr %10) #4, !dbg !105
  store i32 0, ptr %10, align 4, !dbg !106, !tbaa !9
  br label %91, !dbg !105

91:                                               ; preds = %105, %90
  %92 = load i32, ptr %10, align 4, !dbg !107, !tbaa !9
  %93 = icmp slt i32 %92, 4, !dbg !108
  br i1 %93, label %95, label %94, !dbg !109

94:                                               ; preds = %91
  store i32 17, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #4, !dbg !110
  br label %108

95:                                               ; preds = %91
  %96 = load i32, ptr %10, align 4, !dbg !111, !tbaa !9
  %97 = sext i32 %96 to i64, !dbg !112
  %98 = getelementptr inbounds [4 x [5 x [6 x i32]]], ptr @cube, i64 0, i64 %97, !dbg !112
  %99 = getelementptr inbounds [5 x [6 x i32]], ptr %98, i64 0, i64 0, !dbg !112
  %100 = getelementptr inbounds [6 x i32], ptr %99, i64 0, i64 0, !dbg !112
  %101 = call i32 @sum_row(ptr noundef %100, i32 noundef 30), !dbg !113
  %102 = sext i32 %101 to i64, !dbg !113
  %103 = load i64, ptr %9, align 8, !dbg !114, !tbaa !103
  %104 = add nsw i64 %103, %102, !dbg !115
  store i64 %104, ptr %9, align 8, !dbg !116, !tbaa !103
  br label %105, !dbg !117

105:                                              ; preds = %95
  %106 = load i32, ptr %10, align 4, !dbg !118, !tbaa !9
  %107 = add nsw i32 %106, 1, !dbg !119
  store i32 %107, ptr %10, align 4, !dbg !120, !tbaa !9
  br label %91, !dbg !110, !llvm.loop !121

108:                                              ; preds = %94
  %109 = load i64, ptr %9, align 8, !dbg !123, !tbaa !103
  %110 = load i32, ptr getelementptr inbounds ([6 x i32], ptr getelementptr inbounds ([5 x [6 x i32]], ptr getelementptr inbounds ([4 x [5 x [6 x i32]]], ptr @cube, i64 0, i64 3), i64 0, i64 4), i64 0, i64 5), align 4, !dbg !124, !tbaa !9
  %111 = load i32, ptr getelementptr inbounds (i32, ptr @cube, i64 119), align 4, !dbg !125, !tbaa !9
  %112 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %109, i32 noundef %110, i32 noundef %111), !dbg !126
  call void @llvm.lifetime.start.p0(ptr %11) #4, !dbg !127
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %11, ptr align 16 @__const.main.grid, i64 24, i1 false), !dbg !128
  call void @llvm.lifetime.start.p0(ptr %12) #4, !dbg !129
  store i32 0, ptr %12, align 4, !dbg !130, !tbaa !9
  br label %113, !dbg !129

113:                                              ; preds = %123, %108
  %114 = load i32, ptr %12, align 4, !dbg !131, !tbaa !9
  %115 = icmp slt i32 %114, 3, !dbg !132
  br i1 %115, label %117, label %116, !dbg !133

116:                                              ; preds = %113
  store i32 20, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #4, !dbg !134
  br label %126

117:                                              ; preds = %113
  %118 = load i32, ptr %12, align 4, !dbg !135, !tbaa !9
  %119 = sext i32 %118 to i64, !dbg !136
  %120 = getelementptr inbounds [3 x [8 x i8]], ptr %11, i64 0, i64 %119, !dbg !136
  %121 = getelementptr inbounds [8 x i8], ptr %120, i64 0, i64 0, !dbg !136
  %122 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %121), !dbg !137
  br label %123, !dbg !138

123:                                              ; preds = %117
  %124 = load i32, ptr %12, align 4, !dbg !139, !tbaa !9
  %125 = add nsw i32 %124, 1, !dbg !140
  store i32 %125, ptr %12, align 4, !dbg !141, !tbaa !9
  br label %113, !dbg !134, !llvm.loop !142

126:                                              ; preds = %116
  %127 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef 24, i64 noundef 8), !dbg !144
  call void @llvm.lifetime.start.p0(ptr %13) #4, !dbg !145
  store ptr getelementptr inbounds ([5 x [6 x i32]], ptr @cube, i64 2), ptr %13, align 8, !dbg !146, !tbaa !147
  %128 = load ptr, ptr %13, align 8, !dbg !150, !tbaa !147
  %129 = getelementptr inbounds [5 x [6 x i32]], ptr %128, i64 1, !dbg !150
  %130 = getelementptr inbounds [5 x [6 x i32]], ptr %129, i64 0, i64 2, !dbg !150
  %131 = getelementptr inbounds [6 x i32], ptr %130, i64 0, i64 3, !dbg !150
  %132 = load i32, ptr %131, align 4, !dbg !150, !tbaa !9
  %133 = load ptr, ptr %13, align 8, !dbg !151, !tbaa !147
  %134 = getelementptr inbounds [5 x [6 x i32]], ptr %133, i64 1, !dbg !152
  %135 = load ptr, ptr %13, align 8, !dbg !153, !tbaa !147
  %136 = ptrtoint ptr %134 to i64, !dbg !154
  %137 = ptrtoint ptr %135 to i64, !dbg !154
  %138 = sub i64 %136, %137, !dbg !154
  %139 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %132, i64 noundef %138), !dbg !155
  store i32 0, ptr %1, align 4, !dbg !156
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #4, !dbg !157
  call void @llvm.lifetime.end.p0(ptr %11) #4, !dbg !157
  call void @llvm.lifetime.end.p0(ptr %9) #4, !dbg !157
  call void @llvm.lifetime.end.p0(ptr %2) #4, !dbg !157
  %140 = load i32, ptr %1, align 4, !dbg !158
  ret i32 %140, !dbg !159
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !160 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind uwtable
define internal i64 @trace_power(ptr noundef %0, i32 noundef %1) #0 !dbg !162 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca [6 x [6 x i32]], align 16
  %6 = alloca [6 x [6 x i32]], align 16
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i64, align 8
  %18 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !147
  store i32 %1, ptr %4, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !163
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !163
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !164
  store i32 0, ptr %7, align 4, !dbg !165, !tbaa !9
  br label %19, !dbg !164

19:                                               ; preds = %47, %2
  %20 = load i32, ptr %7, align 4, !dbg !166, !tbaa !9
  %21 = icmp slt i32 %20, 6, !dbg !167
  br i1 %21, label %23, label %22, !dbg !168

22:                                               ; preds = %19
  store i32 2, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !169
  br label %50

23:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %9) #4, !dbg !170
  store i32 0, ptr %9, align 4, !dbg !171, !tbaa !9
  br label %24, !dbg !170

24:                                               ; preds = %43, %23
  %25 = load i32, ptr %9, align 4, !dbg !172, !tbaa !9
  %26 = icmp slt i32 %25, 6, !dbg !173
  br i1 %26, label %28, label %27, !dbg !174

27:                                               ; preds = %24
  store i32 5, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #4, !dbg !175
  br label %46

28:                                               ; preds = %24
  %29 = load ptr, ptr %3, align 8, !dbg !176, !tbaa !147
  %30 = load i32, ptr %7, align 4, !dbg !177, !tbaa !9
  %31 = sext i32 %30 to i64, !dbg !176
  %32 = getelementptr inbounds [6 x i32], ptr %29, i64 %31, !dbg !176
  %33 = load i32, ptr %9, align 4, !dbg !178, !tbaa !9
  %34 = sext i32 %33 to i64, !dbg !176
  %35 = getelementptr inbounds [6 x i32], ptr %32, i64 0, i64 %34, !dbg !176
  %36 = load i32, ptr %35, align 4, !dbg !179, !tbaa !9
  %37 = load i32, ptr %7, align 4, !dbg !180, !tbaa !9
  %38 = sext i32 %37 to i64, !dbg !181
  %39 = getelementptr inbounds [6 x [6 x i32]], ptr %5, i64 0, i64 %38, !dbg !181
  %40 = load i32, ptr %9, align 4, !dbg !182, !tbaa !9
  %41 = sext i32 %40 to i64, !dbg !181
  %42 = getelementptr inbounds [6 x i32], ptr %39, i64 0, i64 %41, !dbg !181
  store i32 %36, ptr %42, align 4, !dbg !183, !tbaa !9
  br label %43, !dbg !184

43:                                               ; preds = %28
  %44 = load i32, ptr %9, align 4, !dbg !185, !tbaa !9
  %45 = add nsw i32 %44, 1, !dbg !186
  store i32 %45, ptr %9, align 4, !dbg !187, !tbaa !9
  br label %24, !dbg !175, !llvm.loop !188

46:                                               ; preds = %27
  br label %47, !dbg !190

47:                                               ; preds = %46
  %48 = load i32, ptr %7, align 4, !dbg !191, !tbaa !9
  %49 = add nsw i32 %48, 1, !dbg !192
  store i32 %49, ptr %7, align 4, !dbg !193, !tbaa !9
  br label %19, !dbg !169, !llvm.loop !194

50:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %10) #4, !dbg !195
  store i32 1, ptr %10, align 4, !dbg !196, !tbaa !9
  br label %51, !dbg !195

51:                                               ; preds = %144, %50
  %52 = load i32, ptr %10, align 4, !dbg !197, !tbaa !9
  %53 = load i32, ptr %4, align 4, !dbg !198, !tbaa !9
  %54 = icmp slt i32 %52, %53, !dbg !199
  br i1 %54, label %56, label %55, !dbg !200

55:                                               ; preds = %51
  store i32 8, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #4, !dbg !201
  br label %147

56:                                               ; preds = %51
  call void @llvm.lifetime.start.p0(ptr %11) #4, !dbg !202
  store i32 0, ptr %11, align 4, !dbg !203, !tbaa !9
  br label %57, !dbg !202

57:                                               ; preds = %109, %56
  %58 = load i32, ptr %11, align 4, !dbg !204, !tbaa !9
  %59 = icmp slt i32 %58, 6, !dbg !205
  br i1 %59, label %61, label %60, !dbg !206

60:                                               ; preds = %57
  store i32 11, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #4, !dbg !207
  br label %112

61:                                               ; preds = %57
  call void @llvm.lifetime.start.p0(ptr %12) #4, !dbg !208
  store i32 0, ptr %12, align 4, !dbg !209, !tbaa !9
  br label %62, !dbg !208

62:                                               ; preds = %105, %61
  %63 = load i32, ptr %12, align 4, !dbg !210, !tbaa !9
  %64 = icmp slt i32 %63, 6, !dbg !211
  br i1 %64, label %66, label %65, !dbg !212

65:                                               ; preds = %62
  store i32 14, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #4, !dbg !213
  br label %108

66:                                               ; preds = %62
  call void @llvm.lifetime.start.p0(ptr %13) #4, !dbg !214
  store i64 0, ptr %13, align 8, !dbg !215, !tbaa !103
  call void @llvm.lifetime.start.p0(ptr %14) #4, !dbg !216
  store i32 0, ptr %14, align 4, !dbg !217, !tbaa !9
  br label %67, !dbg !216

67:                                               ; preds = %92, %66
  %68 = load i32, ptr %14, align 4, !dbg !218, !tbaa !9
  %69 = icmp slt i32 %68, 6, !dbg !219
  br i1 %69, label %71, label %70, !dbg !220

70:                                               ; preds = %67
  store i32 17, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #4, !dbg !221
  br label %95

71:                                               ; preds = %67
  %72 = load i32, ptr %11, align 4, !dbg !222, !tbaa !9
  %73 = sext i32 %72 to i64, !dbg !223
  %74 = getelementptr inbounds [6 x [6 x i32]], ptr %5, i64 0, i64 %73, !dbg !223
  %75 = load i32, ptr %14, align 4, !dbg !224, !tbaa !9
  %76 = sext i32 %75 to i64, !dbg !223
  %77 = getelementptr inbounds [6 x i32], ptr %74, i64 0, i64 %76, !dbg !223
  %78 = load i32, ptr %77, align 4, !dbg !223, !tbaa !9
  %79 = sext i32 %78 to i64, !dbg !225
  %80 = load ptr, ptr %3, align 8, !dbg !226, !tbaa !147
  %81 = load i32, ptr %14, align 4, !dbg !227, !tbaa !9
  %82 = sext i32 %81 to i64, !dbg !226
  %83 = getelementptr inbounds [6 x i32], ptr %80, i64 %82, !dbg !226
  %84 = load i32, ptr %12, align 4, !dbg !228, !tbaa !9
  %85 = sext i32 %84 to i64, !dbg !226
  %86 = getelementptr inbounds [6 x i32], ptr %83, i64 0, i64 %85, !dbg !226
  %87 = load i32, ptr %86, align 4, !dbg !226, !tbaa !9
  %88 = sext i32 %87 to i64, !dbg !226
  %89 = mul nsw i64 %79, %88, !dbg !229
  %90 = load i64, ptr %13, align 8, !dbg !230, !tbaa !103
  %91 = add nsw i64 %90, %89, !dbg !231
  store i64 %91, ptr %13, align 8, !dbg !232, !tbaa !103
  br label %92, !dbg !233

92:                                               ; preds = %71
  %93 = load i32, ptr %14, align 4, !dbg !234, !tbaa !9
  %94 = add nsw i32 %93, 1, !dbg !235
  store i32 %94, ptr %14, align 4, !dbg !236, !tbaa !9
  br label %67, !dbg !221, !llvm.loop !237

95:                                               ; preds = %70
  %96 = load i64, ptr %13, align 8, !dbg !239, !tbaa !103
  %97 = srem i64 %96, 1000003, !dbg !240
  %98 = trunc i64 %97 to i32, !dbg !241
  %99 = load i32, ptr %11, align 4, !dbg !242, !tbaa !9
  %100 = sext i32 %99 to i64, !dbg !243
  %101 = getelementptr inbounds [6 x [6 x i32]], ptr %6, i64 0, i64 %100, !dbg !243
  %102 = load i32, ptr %12, align 4, !dbg !244, !tbaa !9
  %103 = sext i32 %102 to i64, !dbg !243
  %104 = getelementptr inbounds [6 x i32], ptr %101, i64 0, i64 %103, !dbg !243
  store i32 %98, ptr %104, align 4, !dbg !245, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %13) #4, !dbg !246
  br label %105, !dbg !247

105:                                              ; preds = %95
  %106 = load i32, ptr %12, align 4, !dbg !248, !tbaa !9
  %107 = add nsw i32 %106, 1, !dbg !249
  store i32 %107, ptr %12, align 4, !dbg !250, !tbaa !9
  br label %62, !dbg !213, !llvm.loop !251

108:                                              ; preds = %65
  br label %109, !dbg !252

109:                                              ; preds = %108
  %110 = load i32, ptr %11, align 4, !dbg !253, !tbaa !9
  %111 = add nsw i32 %110, 1, !dbg !254
  store i32 %111, ptr %11, align 4, !dbg !255, !tbaa !9
  br label %57, !dbg !207, !llvm.loop !256

112:                                              ; preds = %60
  call void @llvm.lifetime.start.p0(ptr %15) #4, !dbg !257
  store i32 0, ptr %15, align 4, !dbg !258, !tbaa !9
  br label %113, !dbg !257

113:                                              ; preds = %140, %112
  %114 = load i32, ptr %15, align 4, !dbg !259, !tbaa !9
  %115 = icmp slt i32 %114, 6, !dbg !260
  br i1 %115, label %117, label %116, !dbg !261

116:                                              ; preds = %113
  store i32 20, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #4, !dbg !262
  br label %143

117:                                              ; preds = %113
  call void @llvm.lifetime.start.p0(ptr %16) #4, !dbg !263
  store i32 0, ptr %16, align 4, !dbg !264, !tbaa !9
  br label %118, !dbg !263

118:                                              ; preds = %136, %117
  %119 = load i32, ptr %16, align 4, !dbg !265, !tbaa !9
  %120 = icmp slt i32 %119, 6, !dbg !266
  br i1 %120, label %122, label %121, !dbg !267

121:                                              ; preds = %118
  store i32 23, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #4, !dbg !268
  br label %139

122:                                              ; preds = %118
  %123 = load i32, ptr %15, align 4, !dbg !269, !tbaa !9
  %124 = sext i32 %123 to i64, !dbg !270
  %125 = getelementptr inbounds [6 x [6 x i32]], ptr %6, i64 0, i64 %124, !dbg !270
  %126 = load i32, ptr %16, align 4, !dbg !271, !tbaa !9
  %127 = sext i32 %126 to i64, !dbg !270
  %128 = getelementptr inbounds [6 x i32], ptr %125, i64 0, i64 %127, !dbg !270
  %129 = load i32, ptr %128, align 4, !dbg !272, !tbaa !9
  %130 = load i32, ptr %15, align 4, !dbg !273, !tbaa !9
  %131 = sext i32 %130 to i64, !dbg !274
  %132 = getelementptr inbounds [6 x [6 x i32]], ptr %5, i64 0, i64 %131, !dbg !274
  %133 = load i32, ptr %16, align 4, !dbg !275, !tbaa !9
  %134 = sext i32 %133 to i64, !dbg !274
  %135 = getelementptr inbounds [6 x i32], ptr %132, i64 0, i64 %134, !dbg !274
  store i32 %129, ptr %135, align 4, !dbg !276, !tbaa !9
  br label %136, !dbg !277

136:                                              ; preds = %122
  %137 = load i32, ptr %16, align 4, !dbg !278, !tbaa !9
  %138 = add nsw i32 %137, 1, !dbg !279
  store i32 %138, ptr %16, align 4, !dbg !280, !tbaa !9
  br label %118, !dbg !268, !llvm.loop !281

139:                                              ; preds = %121
  br label %140, !dbg !283

140:                                              ; preds = %139
  %141 = load i32, ptr %15, align 4, !dbg !284, !tbaa !9
  %142 = add nsw i32 %141, 1, !dbg !285
  store i32 %142, ptr %15, align 4, !dbg !286, !tbaa !9
  br label %113, !dbg !262, !llvm.loop !287

143:                                              ; preds = %116
  br label %144, !dbg !288

144:                                              ; preds = %143
  %145 = load i32, ptr %10, align 4, !dbg !289, !tbaa !9
  %146 = add nsw i32 %145, 1, !dbg !290
  store i32 %146, ptr %10, align 4, !dbg !291, !tbaa !9
  br label %51, !dbg !201, !llvm.loop !292

147:                                              ; preds = %55
  call void @llvm.lifetime.start.p0(ptr %17) #4, !dbg !294
  store i64 0, ptr %17, align 8, !dbg !295, !tbaa !103
  call void @llvm.lifetime.start.p0(ptr %18) #4, !dbg !296
  store i32 0, ptr %18, align 4, !dbg !297, !tbaa !9
  br label %148, !dbg !296

148:                                              ; preds = %163, %147
  %149 = load i32, ptr %18, align 4, !dbg !298, !tbaa !9
  %150 = icmp slt i32 %149, 6, !dbg !299
  br i1 %150, label %152, label %151, !dbg !300

151:                                              ; preds = %148
  store i32 26, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #4, !dbg !301
  br label %166

152:                                              ; preds = %148
  %153 = load i32, ptr %18, align 4, !dbg !302, !tbaa !9
  %154 = sext i32 %153 to i64, !dbg !303
  %155 = getelementptr inbounds [6 x [6 x i32]], ptr %5, i64 0, i64 %154, !dbg !303
  %156 = load i32, ptr %18, align 4, !dbg !304, !tbaa !9
  %157 = sext i32 %156 to i64, !dbg !303
  %158 = getelementptr inbounds [6 x i32], ptr %155, i64 0, i64 %157, !dbg !303
  %159 = load i32, ptr %158, align 4, !dbg !303, !tbaa !9
  %160 = sext i32 %159 to i64, !dbg !303
  %161 = load i64, ptr %17, align 8, !dbg !305, !tbaa !103
  %162 = add nsw i64 %161, %160, !dbg !306
  store i64 %162, ptr %17, align 8, !dbg !307, !tbaa !103
  br label %163, !dbg !308

163:                                              ; preds = %152
  %164 = load i32, ptr %18, align 4, !dbg !309, !tbaa !9
  %165 = add nsw i32 %164, 1, !dbg !310
  store i32 %165, ptr %18, align 4, !dbg !311, !tbaa !9
  br label %148, !dbg !301, !llvm.loop !312

166:                                              ; preds = %151
  %167 = load i64, ptr %17, align 8, !dbg !314, !tbaa !103
  store i32 1, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #4, !dbg !315
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !315
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !315
  ret i64 %167, !dbg !316
}

; Function Attrs: nounwind uwtable
define internal i32 @sum_row(ptr noundef %0, i32 noundef %1) #0 !dbg !317 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !147
  store i32 %1, ptr %4, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !318
  store i32 0, ptr %5, align 4, !dbg !319, !tbaa !9
  br label %6, !dbg !320

6:                                                ; preds = %10, %2
  %7 = load i32, ptr %4, align 4, !dbg !321, !tbaa !9
  %8 = add nsw i32 %7, -1, !dbg !322
  store i32 %8, ptr %4, align 4, !dbg !323, !tbaa !9
  %9 = icmp ne i32 %7, 0, !dbg !324
  br i1 %9, label %10, label %16, !dbg !325

10:                                               ; preds = %6
  %11 = load ptr, ptr %3, align 8, !dbg !326, !tbaa !147
  %12 = getelementptr inbounds nuw i32, ptr %11, i32 1, !dbg !327
  store ptr %12, ptr %3, align 8, !dbg !328, !tbaa !147
  %13 = load i32, ptr %11, align 4, !dbg !329, !tbaa !9
  %14 = load i32, ptr %5, align 4, !dbg !330, !tbaa !9
  %15 = add nsw i32 %14, %13, !dbg !331
  store i32 %15, ptr %5, align 4, !dbg !332, !tbaa !9
  br label %6, !dbg !320, !llvm.loop !333

16:                                               ; preds = %6
  %17 = load i32, ptr %5, align 4, !dbg !334, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !335
  ret i32 %17, !dbg !336
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "arrays_multidim.c", directory: ".")
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
!14 = !DIFile(filename: "arrays_multidim.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 24, column: 5, scope: !13)
!18 = !DILocation(line: 25, column: 10, scope: !13)
!19 = !DILocation(line: 25, column: 14, scope: !13, atomGroup: 1, atomRank: 1)
!20 = !DILocation(line: 25, column: 21, scope: !13)
!21 = !DILocation(line: 25, column: 23, scope: !13, atomGroup: 2, atomRank: 1)
!22 = !DILocation(line: 25, column: 5, scope: !13, atomGroup: 3, atomRank: 1)
!23 = !DILocation(line: 25, column: 5, scope: !13)
!24 = !DILocation(line: 25, column: 38, scope: !13)
!25 = !DILocation(line: 25, column: 42, scope: !13, atomGroup: 4, atomRank: 1)
!26 = !DILocation(line: 25, column: 49, scope: !13)
!27 = !DILocation(line: 25, column: 51, scope: !13, atomGroup: 5, atomRank: 1)
!28 = !DILocation(line: 25, column: 33, scope: !13, atomGroup: 6, atomRank: 1)
!29 = !DILocation(line: 25, column: 33, scope: !13)
!30 = !DILocation(line: 25, column: 72, scope: !13)
!31 = !DILocation(line: 25, column: 74, scope: !13)
!32 = !DILocation(line: 25, column: 80, scope: !13)
!33 = !DILocation(line: 25, column: 82, scope: !13)
!34 = !DILocation(line: 25, column: 78, scope: !13)
!35 = !DILocation(line: 25, column: 87, scope: !13)
!36 = !DILocation(line: 25, column: 92, scope: !13, atomGroup: 7, atomRank: 2)
!37 = !DILocation(line: 25, column: 63, scope: !13)
!38 = !DILocation(line: 25, column: 61, scope: !13)
!39 = !DILocation(line: 25, column: 66, scope: !13)
!40 = !DILocation(line: 25, column: 69, scope: !13, atomGroup: 7, atomRank: 1)
!41 = !DILocation(line: 25, column: 61, scope: !13, atomGroup: 9, atomRank: 1)
!42 = !DILocation(line: 25, column: 57, scope: !13)
!43 = !DILocation(line: 25, column: 57, scope: !13, atomGroup: 8, atomRank: 2)
!44 = !DILocation(line: 25, column: 57, scope: !13, atomGroup: 8, atomRank: 1)
!45 = distinct !{!45, !29, !46, !47}
!46 = !DILocation(line: 25, column: 94, scope: !13)
!47 = !{!"llvm.loop.mustprogress"}
!48 = !DILocation(line: 25, column: 94, scope: !13, atomGroup: 11, atomRank: 1)
!49 = !DILocation(line: 25, column: 29, scope: !13)
!50 = !DILocation(line: 25, column: 29, scope: !13, atomGroup: 10, atomRank: 2)
!51 = !DILocation(line: 25, column: 29, scope: !13, atomGroup: 10, atomRank: 1)
!52 = distinct !{!52, !23, !46, !47}
!53 = !DILocation(line: 26, column: 39, scope: !13)
!54 = !DILocation(line: 26, column: 27, scope: !13)
!55 = !DILocation(line: 26, column: 5, scope: !13)
!56 = !DILocation(line: 27, column: 10, scope: !13)
!57 = !DILocation(line: 27, column: 14, scope: !13, atomGroup: 12, atomRank: 1)
!58 = !DILocation(line: 27, column: 21, scope: !13)
!59 = !DILocation(line: 27, column: 23, scope: !13, atomGroup: 13, atomRank: 1)
!60 = !DILocation(line: 27, column: 5, scope: !13, atomGroup: 14, atomRank: 1)
!61 = !DILocation(line: 27, column: 5, scope: !13)
!62 = !DILocation(line: 27, column: 38, scope: !13)
!63 = !DILocation(line: 27, column: 42, scope: !13, atomGroup: 15, atomRank: 1)
!64 = !DILocation(line: 27, column: 49, scope: !13)
!65 = !DILocation(line: 27, column: 51, scope: !13, atomGroup: 16, atomRank: 1)
!66 = !DILocation(line: 27, column: 33, scope: !13, atomGroup: 17, atomRank: 1)
!67 = !DILocation(line: 27, column: 33, scope: !13)
!68 = !DILocation(line: 27, column: 66, scope: !13)
!69 = !DILocation(line: 27, column: 70, scope: !13, atomGroup: 18, atomRank: 1)
!70 = !DILocation(line: 27, column: 77, scope: !13)
!71 = !DILocation(line: 27, column: 79, scope: !13, atomGroup: 19, atomRank: 1)
!72 = !DILocation(line: 27, column: 61, scope: !13, atomGroup: 20, atomRank: 1)
!73 = !DILocation(line: 27, column: 61, scope: !13)
!74 = !DILocation(line: 27, column: 105, scope: !13)
!75 = !DILocation(line: 27, column: 107, scope: !13)
!76 = !DILocation(line: 27, column: 115, scope: !13)
!77 = !DILocation(line: 27, column: 117, scope: !13)
!78 = !DILocation(line: 27, column: 113, scope: !13)
!79 = !DILocation(line: 27, column: 124, scope: !13)
!80 = !DILocation(line: 27, column: 122, scope: !13, atomGroup: 21, atomRank: 2)
!81 = !DILocation(line: 27, column: 94, scope: !13)
!82 = !DILocation(line: 27, column: 89, scope: !13)
!83 = !DILocation(line: 27, column: 97, scope: !13)
!84 = !DILocation(line: 27, column: 100, scope: !13)
!85 = !DILocation(line: 27, column: 103, scope: !13, atomGroup: 21, atomRank: 1)
!86 = !DILocation(line: 27, column: 89, scope: !13, atomGroup: 23, atomRank: 1)
!87 = !DILocation(line: 27, column: 85, scope: !13)
!88 = !DILocation(line: 27, column: 85, scope: !13, atomGroup: 22, atomRank: 2)
!89 = !DILocation(line: 27, column: 85, scope: !13, atomGroup: 22, atomRank: 1)
!90 = distinct !{!90, !73, !79, !47}
!91 = !DILocation(line: 27, column: 124, scope: !13, atomGroup: 25, atomRank: 1)
!92 = !DILocation(line: 27, column: 57, scope: !13)
!93 = !DILocation(line: 27, column: 57, scope: !13, atomGroup: 24, atomRank: 2)
!94 = !DILocation(line: 27, column: 57, scope: !13, atomGroup: 24, atomRank: 1)
!95 = distinct !{!95, !67, !79, !47}
!96 = !DILocation(line: 27, column: 124, scope: !13, atomGroup: 27, atomRank: 1)
!97 = !DILocation(line: 27, column: 29, scope: !13)
!98 = !DILocation(line: 27, column: 29, scope: !13, atomGroup: 26, atomRank: 2)
!99 = !DILocation(line: 27, column: 29, scope: !13, atomGroup: 26, atomRank: 1)
!100 = distinct !{!100, !61, !79, !47}
!101 = !DILocation(line: 28, column: 5, scope: !13)
!102 = !DILocation(line: 28, column: 10, scope: !13, atomGroup: 28, atomRank: 1)
!103 = !{!104, !104, i64 0}
!104 = !{!"long", !11, i64 0}
!105 = !DILocation(line: 29, column: 10, scope: !13)
!106 = !DILocation(line: 29, column: 14, scope: !13, atomGroup: 29, atomRank: 1)
!107 = !DILocation(line: 29, column: 21, scope: !13)
!108 = !DILocation(line: 29, column: 23, scope: !13, atomGroup: 30, atomRank: 1)
!109 = !DILocation(line: 29, column: 5, scope: !13, atomGroup: 31, atomRank: 1)
!110 = !DILocation(line: 29, column: 5, scope: !13)
!111 = !DILocation(line: 29, column: 52, scope: !13)
!112 = !DILocation(line: 29, column: 47, scope: !13)
!113 = !DILocation(line: 29, column: 38, scope: !13)
!114 = !DILocation(line: 29, column: 35, scope: !13)
!115 = !DILocation(line: 29, column: 35, scope: !13, atomGroup: 32, atomRank: 2)
!116 = !DILocation(line: 29, column: 35, scope: !13, atomGroup: 32, atomRank: 1)
!117 = !DILocation(line: 29, column: 33, scope: !13, atomGroup: 34, atomRank: 1)
!118 = !DILocation(line: 29, column: 29, scope: !13)
!119 = !DILocation(line: 29, column: 29, scope: !13, atomGroup: 33, atomRank: 2)
!120 = !DILocation(line: 29, column: 29, scope: !13, atomGroup: 33, atomRank: 1)
!121 = distinct !{!121, !110, !122, !47}
!122 = !DILocation(line: 29, column: 64, scope: !13)
!123 = !DILocation(line: 30, column: 42, scope: !13)
!124 = !DILocation(line: 30, column: 45, scope: !13)
!125 = !DILocation(line: 30, column: 60, scope: !13)
!126 = !DILocation(line: 30, column: 5, scope: !13)
!127 = !DILocation(line: 31, column: 5, scope: !13)
!128 = !DILocation(line: 31, column: 10, scope: !13, atomGroup: 35, atomRank: 1)
!129 = !DILocation(line: 32, column: 10, scope: !13)
!130 = !DILocation(line: 32, column: 14, scope: !13, atomGroup: 36, atomRank: 1)
!131 = !DILocation(line: 32, column: 21, scope: !13)
!132 = !DILocation(line: 32, column: 23, scope: !13, atomGroup: 37, atomRank: 1)
!133 = !DILocation(line: 32, column: 5, scope: !13, atomGroup: 38, atomRank: 1)
!134 = !DILocation(line: 32, column: 5, scope: !13)
!135 = !DILocation(line: 32, column: 52, scope: !13)
!136 = !DILocation(line: 32, column: 47, scope: !13)
!137 = !DILocation(line: 32, column: 33, scope: !13)
!138 = !DILocation(line: 32, column: 33, scope: !13, atomGroup: 40, atomRank: 1)
!139 = !DILocation(line: 32, column: 29, scope: !13)
!140 = !DILocation(line: 32, column: 29, scope: !13, atomGroup: 39, atomRank: 2)
!141 = !DILocation(line: 32, column: 29, scope: !13, atomGroup: 39, atomRank: 1)
!142 = distinct !{!142, !134, !143, !47}
!143 = !DILocation(line: 32, column: 54, scope: !13)
!144 = !DILocation(line: 33, column: 5, scope: !13)
!145 = !DILocation(line: 34, column: 5, scope: !13)
!146 = !DILocation(line: 34, column: 11, scope: !13, atomGroup: 41, atomRank: 1)
!147 = !{!148, !148, i64 0}
!148 = !{!"p1 int", !149, i64 0}
!149 = !{!"any pointer", !11, i64 0}
!150 = !DILocation(line: 35, column: 28, scope: !13)
!151 = !DILocation(line: 35, column: 49, scope: !13)
!152 = !DILocation(line: 35, column: 51, scope: !13)
!153 = !DILocation(line: 35, column: 66, scope: !13)
!154 = !DILocation(line: 35, column: 56, scope: !13)
!155 = !DILocation(line: 35, column: 5, scope: !13)
!156 = !DILocation(line: 36, column: 5, scope: !13, atomGroup: 42, atomRank: 1)
!157 = !DILocation(line: 37, column: 1, scope: !13)
!158 = !DILocation(line: 37, column: 1, scope: !13, atomGroup: 43, atomRank: 2)
!159 = !DILocation(line: 37, column: 1, scope: !13, atomGroup: 43, atomRank: 1)
!160 = !DISubprogram(name: "printf", scope: !161, file: !161, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!161 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!162 = distinct !DISubprogram(name: "trace_power", scope: !14, file: !14, line: 7, type: !15, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!163 = !DILocation(line: 8, column: 5, scope: !162)
!164 = !DILocation(line: 9, column: 10, scope: !162)
!165 = !DILocation(line: 9, column: 14, scope: !162, atomGroup: 1, atomRank: 1)
!166 = !DILocation(line: 9, column: 21, scope: !162)
!167 = !DILocation(line: 9, column: 23, scope: !162, atomGroup: 2, atomRank: 1)
!168 = !DILocation(line: 9, column: 5, scope: !162, atomGroup: 3, atomRank: 1)
!169 = !DILocation(line: 9, column: 5, scope: !162)
!170 = !DILocation(line: 9, column: 38, scope: !162)
!171 = !DILocation(line: 9, column: 42, scope: !162, atomGroup: 4, atomRank: 1)
!172 = !DILocation(line: 9, column: 49, scope: !162)
!173 = !DILocation(line: 9, column: 51, scope: !162, atomGroup: 5, atomRank: 1)
!174 = !DILocation(line: 9, column: 33, scope: !162, atomGroup: 6, atomRank: 1)
!175 = !DILocation(line: 9, column: 33, scope: !162)
!176 = !DILocation(line: 9, column: 71, scope: !162)
!177 = !DILocation(line: 9, column: 73, scope: !162)
!178 = !DILocation(line: 9, column: 76, scope: !162)
!179 = !DILocation(line: 9, column: 71, scope: !162, atomGroup: 7, atomRank: 2)
!180 = !DILocation(line: 9, column: 63, scope: !162)
!181 = !DILocation(line: 9, column: 61, scope: !162)
!182 = !DILocation(line: 9, column: 66, scope: !162)
!183 = !DILocation(line: 9, column: 69, scope: !162, atomGroup: 7, atomRank: 1)
!184 = !DILocation(line: 9, column: 61, scope: !162, atomGroup: 9, atomRank: 1)
!185 = !DILocation(line: 9, column: 57, scope: !162)
!186 = !DILocation(line: 9, column: 57, scope: !162, atomGroup: 8, atomRank: 2)
!187 = !DILocation(line: 9, column: 57, scope: !162, atomGroup: 8, atomRank: 1)
!188 = distinct !{!188, !175, !189, !47}
!189 = !DILocation(line: 9, column: 77, scope: !162)
!190 = !DILocation(line: 9, column: 77, scope: !162, atomGroup: 11, atomRank: 1)
!191 = !DILocation(line: 9, column: 29, scope: !162)
!192 = !DILocation(line: 9, column: 29, scope: !162, atomGroup: 10, atomRank: 2)
!193 = !DILocation(line: 9, column: 29, scope: !162, atomGroup: 10, atomRank: 1)
!194 = distinct !{!194, !169, !189, !47}
!195 = !DILocation(line: 10, column: 10, scope: !162)
!196 = !DILocation(line: 10, column: 14, scope: !162, atomGroup: 12, atomRank: 1)
!197 = !DILocation(line: 10, column: 21, scope: !162)
!198 = !DILocation(line: 10, column: 25, scope: !162)
!199 = !DILocation(line: 10, column: 23, scope: !162, atomGroup: 13, atomRank: 1)
!200 = !DILocation(line: 10, column: 5, scope: !162, atomGroup: 14, atomRank: 1)
!201 = !DILocation(line: 10, column: 5, scope: !162)
!202 = !DILocation(line: 11, column: 14, scope: !162)
!203 = !DILocation(line: 11, column: 18, scope: !162, atomGroup: 15, atomRank: 1)
!204 = !DILocation(line: 11, column: 25, scope: !162)
!205 = !DILocation(line: 11, column: 27, scope: !162, atomGroup: 16, atomRank: 1)
!206 = !DILocation(line: 11, column: 9, scope: !162, atomGroup: 17, atomRank: 1)
!207 = !DILocation(line: 11, column: 9, scope: !162)
!208 = !DILocation(line: 11, column: 42, scope: !162)
!209 = !DILocation(line: 11, column: 46, scope: !162, atomGroup: 18, atomRank: 1)
!210 = !DILocation(line: 11, column: 53, scope: !162)
!211 = !DILocation(line: 11, column: 55, scope: !162, atomGroup: 19, atomRank: 1)
!212 = !DILocation(line: 11, column: 37, scope: !162, atomGroup: 20, atomRank: 1)
!213 = !DILocation(line: 11, column: 37, scope: !162)
!214 = !DILocation(line: 12, column: 13, scope: !162)
!215 = !DILocation(line: 12, column: 18, scope: !162, atomGroup: 21, atomRank: 1)
!216 = !DILocation(line: 12, column: 30, scope: !162)
!217 = !DILocation(line: 12, column: 34, scope: !162, atomGroup: 22, atomRank: 1)
!218 = !DILocation(line: 12, column: 41, scope: !162)
!219 = !DILocation(line: 12, column: 43, scope: !162, atomGroup: 23, atomRank: 1)
!220 = !DILocation(line: 12, column: 25, scope: !162, atomGroup: 24, atomRank: 1)
!221 = !DILocation(line: 12, column: 25, scope: !162)
!222 = !DILocation(line: 12, column: 66, scope: !162)
!223 = !DILocation(line: 12, column: 64, scope: !162)
!224 = !DILocation(line: 12, column: 69, scope: !162)
!225 = !DILocation(line: 12, column: 58, scope: !162)
!226 = !DILocation(line: 12, column: 74, scope: !162)
!227 = !DILocation(line: 12, column: 76, scope: !162)
!228 = !DILocation(line: 12, column: 79, scope: !162)
!229 = !DILocation(line: 12, column: 72, scope: !162)
!230 = !DILocation(line: 12, column: 55, scope: !162)
!231 = !DILocation(line: 12, column: 55, scope: !162, atomGroup: 25, atomRank: 2)
!232 = !DILocation(line: 12, column: 55, scope: !162, atomGroup: 25, atomRank: 1)
!233 = !DILocation(line: 12, column: 53, scope: !162, atomGroup: 27, atomRank: 1)
!234 = !DILocation(line: 12, column: 49, scope: !162)
!235 = !DILocation(line: 12, column: 49, scope: !162, atomGroup: 26, atomRank: 2)
!236 = !DILocation(line: 12, column: 49, scope: !162, atomGroup: 26, atomRank: 1)
!237 = distinct !{!237, !221, !238, !47}
!238 = !DILocation(line: 12, column: 80, scope: !162)
!239 = !DILocation(line: 13, column: 29, scope: !162)
!240 = !DILocation(line: 13, column: 31, scope: !162, atomGroup: 28, atomRank: 3)
!241 = !DILocation(line: 13, column: 23, scope: !162, atomGroup: 28, atomRank: 2)
!242 = !DILocation(line: 13, column: 15, scope: !162)
!243 = !DILocation(line: 13, column: 13, scope: !162)
!244 = !DILocation(line: 13, column: 18, scope: !162)
!245 = !DILocation(line: 13, column: 21, scope: !162, atomGroup: 28, atomRank: 1)
!246 = !DILocation(line: 14, column: 9, scope: !162)
!247 = !DILocation(line: 14, column: 9, scope: !162, atomGroup: 30, atomRank: 1)
!248 = !DILocation(line: 11, column: 61, scope: !162)
!249 = !DILocation(line: 11, column: 61, scope: !162, atomGroup: 29, atomRank: 2)
!250 = !DILocation(line: 11, column: 61, scope: !162, atomGroup: 29, atomRank: 1)
!251 = distinct !{!251, !213, !246, !47}
!252 = !DILocation(line: 14, column: 9, scope: !162, atomGroup: 32, atomRank: 1)
!253 = !DILocation(line: 11, column: 33, scope: !162)
!254 = !DILocation(line: 11, column: 33, scope: !162, atomGroup: 31, atomRank: 2)
!255 = !DILocation(line: 11, column: 33, scope: !162, atomGroup: 31, atomRank: 1)
!256 = distinct !{!256, !207, !246, !47}
!257 = !DILocation(line: 15, column: 14, scope: !162)
!258 = !DILocation(line: 15, column: 18, scope: !162, atomGroup: 33, atomRank: 1)
!259 = !DILocation(line: 15, column: 25, scope: !162)
!260 = !DILocation(line: 15, column: 27, scope: !162, atomGroup: 34, atomRank: 1)
!261 = !DILocation(line: 15, column: 9, scope: !162, atomGroup: 35, atomRank: 1)
!262 = !DILocation(line: 15, column: 9, scope: !162)
!263 = !DILocation(line: 15, column: 42, scope: !162)
!264 = !DILocation(line: 15, column: 46, scope: !162, atomGroup: 36, atomRank: 1)
!265 = !DILocation(line: 15, column: 53, scope: !162)
!266 = !DILocation(line: 15, column: 55, scope: !162, atomGroup: 37, atomRank: 1)
!267 = !DILocation(line: 15, column: 37, scope: !162, atomGroup: 38, atomRank: 1)
!268 = !DILocation(line: 15, column: 37, scope: !162)
!269 = !DILocation(line: 15, column: 77, scope: !162)
!270 = !DILocation(line: 15, column: 75, scope: !162)
!271 = !DILocation(line: 15, column: 80, scope: !162)
!272 = !DILocation(line: 15, column: 75, scope: !162, atomGroup: 39, atomRank: 2)
!273 = !DILocation(line: 15, column: 67, scope: !162)
!274 = !DILocation(line: 15, column: 65, scope: !162)
!275 = !DILocation(line: 15, column: 70, scope: !162)
!276 = !DILocation(line: 15, column: 73, scope: !162, atomGroup: 39, atomRank: 1)
!277 = !DILocation(line: 15, column: 65, scope: !162, atomGroup: 41, atomRank: 1)
!278 = !DILocation(line: 15, column: 61, scope: !162)
!279 = !DILocation(line: 15, column: 61, scope: !162, atomGroup: 40, atomRank: 2)
!280 = !DILocation(line: 15, column: 61, scope: !162, atomGroup: 40, atomRank: 1)
!281 = distinct !{!281, !268, !282, !47}
!282 = !DILocation(line: 15, column: 81, scope: !162)
!283 = !DILocation(line: 15, column: 81, scope: !162, atomGroup: 43, atomRank: 1)
!284 = !DILocation(line: 15, column: 33, scope: !162)
!285 = !DILocation(line: 15, column: 33, scope: !162, atomGroup: 42, atomRank: 2)
!286 = !DILocation(line: 15, column: 33, scope: !162, atomGroup: 42, atomRank: 1)
!287 = distinct !{!287, !262, !282, !47}
!288 = !DILocation(line: 16, column: 5, scope: !162, atomGroup: 45, atomRank: 1)
!289 = !DILocation(line: 10, column: 29, scope: !162)
!290 = !DILocation(line: 10, column: 29, scope: !162, atomGroup: 44, atomRank: 2)
!291 = !DILocation(line: 10, column: 29, scope: !162, atomGroup: 44, atomRank: 1)
!292 = distinct !{!292, !201, !293, !47}
!293 = !DILocation(line: 16, column: 5, scope: !162)
!294 = !DILocation(line: 17, column: 5, scope: !162)
!295 = !DILocation(line: 17, column: 10, scope: !162, atomGroup: 46, atomRank: 1)
!296 = !DILocation(line: 17, column: 23, scope: !162)
!297 = !DILocation(line: 17, column: 27, scope: !162, atomGroup: 47, atomRank: 1)
!298 = !DILocation(line: 17, column: 34, scope: !162)
!299 = !DILocation(line: 17, column: 36, scope: !162, atomGroup: 48, atomRank: 1)
!300 = !DILocation(line: 17, column: 18, scope: !162, atomGroup: 49, atomRank: 1)
!301 = !DILocation(line: 17, column: 18, scope: !162)
!302 = !DILocation(line: 17, column: 54, scope: !162)
!303 = !DILocation(line: 17, column: 52, scope: !162)
!304 = !DILocation(line: 17, column: 57, scope: !162)
!305 = !DILocation(line: 17, column: 49, scope: !162)
!306 = !DILocation(line: 17, column: 49, scope: !162, atomGroup: 50, atomRank: 2)
!307 = !DILocation(line: 17, column: 49, scope: !162, atomGroup: 50, atomRank: 1)
!308 = !DILocation(line: 17, column: 46, scope: !162, atomGroup: 52, atomRank: 1)
!309 = !DILocation(line: 17, column: 42, scope: !162)
!310 = !DILocation(line: 17, column: 42, scope: !162, atomGroup: 51, atomRank: 2)
!311 = !DILocation(line: 17, column: 42, scope: !162, atomGroup: 51, atomRank: 1)
!312 = distinct !{!312, !301, !313, !47}
!313 = !DILocation(line: 17, column: 58, scope: !162)
!314 = !DILocation(line: 18, column: 12, scope: !162, atomGroup: 54, atomRank: 2)
!315 = !DILocation(line: 19, column: 1, scope: !162)
!316 = !DILocation(line: 18, column: 5, scope: !162, atomGroup: 54, atomRank: 1)
!317 = distinct !DISubprogram(name: "sum_row", scope: !14, file: !14, line: 21, type: !15, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!318 = !DILocation(line: 21, column: 45, scope: !317)
!319 = !DILocation(line: 21, column: 49, scope: !317, atomGroup: 1, atomRank: 1)
!320 = !DILocation(line: 21, column: 56, scope: !317)
!321 = !DILocation(line: 21, column: 64, scope: !317)
!322 = !DILocation(line: 21, column: 64, scope: !317, atomGroup: 2, atomRank: 2)
!323 = !DILocation(line: 21, column: 64, scope: !317, atomGroup: 2, atomRank: 1)
!324 = !DILocation(line: 21, column: 56, scope: !317, atomGroup: 3, atomRank: 1)
!325 = !DILocation(line: 21, column: 56, scope: !317, atomGroup: 4, atomRank: 1)
!326 = !DILocation(line: 21, column: 77, scope: !317)
!327 = !DILocation(line: 21, column: 77, scope: !317, atomGroup: 6, atomRank: 2)
!328 = !DILocation(line: 21, column: 77, scope: !317, atomGroup: 6, atomRank: 1)
!329 = !DILocation(line: 21, column: 73, scope: !317)
!330 = !DILocation(line: 21, column: 70, scope: !317)
!331 = !DILocation(line: 21, column: 70, scope: !317, atomGroup: 5, atomRank: 2)
!332 = !DILocation(line: 21, column: 70, scope: !317, atomGroup: 5, atomRank: 1)
!333 = distinct !{!333, !320, !326, !47}
!334 = !DILocation(line: 21, column: 88, scope: !317, atomGroup: 8, atomRank: 2)
!335 = !DILocation(line: 21, column: 91, scope: !317)
!336 = !DILocation(line: 21, column: 81, scope: !317, atomGroup: 8, atomRank: 1)
