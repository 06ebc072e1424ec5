; ModuleID = 'goto_loops.c'
source_filename = "goto_loops.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.a = private unnamed_addr constant [8 x i32] [i32 3, i32 9, i32 14, i32 2, i32 8, i32 21, i32 5, i32 11], align 16
@.str = private unnamed_addr constant [15 x i8] c"pair %d %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"collatz %u %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"do %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [9 x i8] c"tri %ld\0A\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"cycle %d\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca [8 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4, !dbg !17
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.a, i64 32, i1 false), !dbg !18
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !19
  store i32 -1, ptr %3, align 4, !dbg !20, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !19
  store i32 -1, ptr %4, align 4, !dbg !21, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !22
  %19 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 0, !dbg !23
  %20 = call i32 @find_pair(ptr noundef %19, i32 noundef 8, i32 noundef 26, ptr noundef %3, ptr noundef %4), !dbg !24
  store i32 %20, ptr %5, align 4, !dbg !25, !tbaa !9
  %21 = load i32, ptr %5, align 4, !dbg !26, !tbaa !9
  %22 = load i32, ptr %3, align 4, !dbg !27, !tbaa !9
  %23 = load i32, ptr %4, align 4, !dbg !28, !tbaa !9
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %21, i32 noundef %22, i32 noundef %23), !dbg !29
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !30
  store i32 0, ptr %6, align 4, !dbg !31, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !30
  store i32 0, ptr %7, align 4, !dbg !32, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #4, !dbg !33
  store i32 1, ptr %8, align 4, !dbg !34, !tbaa !9
  br label %25, !dbg !33

25:                                               ; preds = %40, %0
  %26 = load i32, ptr %8, align 4, !dbg !35, !tbaa !9
  %27 = icmp ult i32 %26, 3000, !dbg !36
  br i1 %27, label %29, label %28, !dbg !37

28:                                               ; preds = %25
  call void @llvm.lifetime.end.p0(ptr %8) #4, !dbg !38
  br label %43

29:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %9) #4, !dbg !39
  %30 = load i32, ptr %8, align 4, !dbg !40, !tbaa !9
  %31 = zext i32 %30 to i64, !dbg !40
  %32 = call i32 @collatz_steps(i64 noundef %31), !dbg !41
  store i32 %32, ptr %9, align 4, !dbg !42, !tbaa !9
  %33 = load i32, ptr %9, align 4, !dbg !43, !tbaa !9
  %34 = load i32, ptr %6, align 4, !dbg !44, !tbaa !9
  %35 = icmp ugt i32 %33, %34, !dbg !45
  br i1 %35, label %36, label %39, !dbg !46

36:                                               ; preds = %29
  %37 = load i32, ptr %9, align 4, !dbg !47, !tbaa !9
  store i32 %37, ptr %6, align 4, !dbg !48, !tbaa !9
  %38 = load i32, ptr %8, align 4, !dbg !49, !tbaa !9
  store i32 %38, ptr %7, align 4, !dbg !50, !tbaa !9
  br label %39, !dbg !51

39:                                               ; preds = %36, %29
  call void @llvm.lifetime.end.p0(ptr %9) #4, !dbg !52
  br label %40, !dbg !53

40:                                               ; preds = %39
  %41 = load i32, ptr %8, align 4, !dbg !54, !tbaa !9
  %42 = add i32 %41, 1, !dbg !55
  store i32 %42, ptr %8, align 4, !dbg !56, !tbaa !9
  br label %25, !dbg !38, !llvm.loop !57

43:                                               ; preds = %28
  %44 = load i32, ptr %7, align 4, !dbg !59, !tbaa !9
  %45 = load i32, ptr %6, align 4, !dbg !60, !tbaa !9
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %44, i32 noundef %45), !dbg !61
  call void @llvm.lifetime.start.p0(ptr %10) #4, !dbg !62
  store i32 0, ptr %10, align 4, !dbg !63, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %11) #4, !dbg !62
  store i32 0, ptr %11, align 4, !dbg !64, !tbaa !9
  br label %47, !dbg !65

47:                                               ; preds = %55, %43
  %48 = load i32, ptr %10, align 4, !dbg !66, !tbaa !9
  %49 = load i32, ptr %10, align 4, !dbg !67, !tbaa !9
  %50 = mul nsw i32 %48, %49, !dbg !68
  %51 = load i32, ptr %11, align 4, !dbg !69, !tbaa !9
  %52 = add nsw i32 %51, %50, !dbg !70
  store i32 %52, ptr %11, align 4, !dbg !71, !tbaa !9
  %53 = load i32, ptr %10, align 4, !dbg !72, !tbaa !9
  %54 = add nsw i32 %53, 3, !dbg !73
  store i32 %54, ptr %10, align 4, !dbg !74, !tbaa !9
  br label %55, !dbg !75

55:                                               ; preds = %47
  %56 = load i32, ptr %10, align 4, !dbg !76, !tbaa !9
  %57 = icmp slt i32 %56, 100, !dbg !77
  br i1 %57, label %47, label %58, !dbg !78, !llvm.loop !79

58:                                               ; preds = %55
  %59 = load i32, ptr %10, align 4, !dbg !81, !tbaa !9
  %60 = load i32, ptr %11, align 4, !dbg !82, !tbaa !9
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %59, i32 noundef %60), !dbg !83
  call void @llvm.lifetime.start.p0(ptr %12) #4, !dbg !84
  store i64 0, ptr %12, align 8, !dbg !85, !tbaa !86
  call void @llvm.lifetime.start.p0(ptr %13) #4, !dbg !88
  store i32 0, ptr %13, align 4, !dbg !89, !tbaa !9
  br label %62, !dbg !88

62:                                               ; preds = %115, %58
  %63 = load i32, ptr %13, align 4, !dbg !90, !tbaa !9
  %64 = icmp slt i32 %63, 30, !dbg !91
  br i1 %64, label %66, label %65, !dbg !92

65:                                               ; preds = %62
  store i32 7, ptr %14, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #4, !dbg !93
  br label %118

66:                                               ; preds = %62
  %67 = load i32, ptr %13, align 4, !dbg !94, !tbaa !9
  %68 = srem i32 %67, 5, !dbg !95
  %69 = icmp eq i32 %68, 0, !dbg !96
  br i1 %69, label %70, label %71, !dbg !97

70:                                               ; preds = %66
  br label %115, !dbg !98

71:                                               ; preds = %66
  call void @llvm.lifetime.start.p0(ptr %15) #4, !dbg !99
  store i32 0, ptr %15, align 4, !dbg !100, !tbaa !9
  br label %72, !dbg !99

72:                                               ; preds = %110, %71
  %73 = load i32, ptr %15, align 4, !dbg !101, !tbaa !9
  %74 = load i32, ptr %13, align 4, !dbg !102, !tbaa !9
  %75 = icmp slt i32 %73, %74, !dbg !103
  br i1 %75, label %77, label %76, !dbg !104

76:                                               ; preds = %72
  store i32 10, ptr %14, align 4
  br label %113, !dbg !105

77:                                               ; preds = %72
  %78 = load i32, ptr %15, align 4, !dbg !106, !tbaa !9
  %79 = icmp sgt i32 %78, 20, !dbg !107
  br i1 %79, label %80, label %81, !dbg !108

80:                                               ; preds = %77
  store i32 10, ptr %14, align 4
  br label %113, !dbg !109

81:                                               ; preds = %77
  call void @llvm.lifetime.start.p0(ptr %16) #4, !dbg !110
  %82 = load i32, ptr %15, align 4, !dbg !111, !tbaa !9
  store i32 %82, ptr %16, align 4, !dbg !112, !tbaa !9
  br label %83, !dbg !110

83:                                               ; preds = %106, %81
  %84 = load i32, ptr %16, align 4, !dbg !113, !tbaa !9
  %85 = load i32, ptr %13, align 4, !dbg !114, !tbaa !9
  %86 = icmp slt i32 %84, %85, !dbg !115
  br i1 %86, label %88, label %87, !dbg !116

87:                                               ; preds = %83
  store i32 13, ptr %14, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #4, !dbg !117
  br label %109

88:                                               ; preds = %83
  %89 = load i32, ptr %13, align 4, !dbg !118, !tbaa !9
  %90 = load i32, ptr %15, align 4, !dbg !119, !tbaa !9
  %91 = add nsw i32 %89, %90, !dbg !120
  %92 = load i32, ptr %16, align 4, !dbg !121, !tbaa !9
  %93 = add nsw i32 %91, %92, !dbg !122
  %94 = srem i32 %93, 7, !dbg !123
  %95 = icmp eq i32 %94, 0, !dbg !124
  br i1 %95, label %96, label %97, !dbg !125

96:                                               ; preds = %88
  br label %106, !dbg !126

97:                                               ; preds = %88
  %98 = load i32, ptr %13, align 4, !dbg !127, !tbaa !9
  %99 = load i32, ptr %15, align 4, !dbg !128, !tbaa !9
  %100 = mul nsw i32 %98, %99, !dbg !129
  %101 = load i32, ptr %16, align 4, !dbg !130, !tbaa !9
  %102 = sub nsw i32 %100, %101, !dbg !131
  %103 = sext i32 %102 to i64, !dbg !127
  %104 = load i64, ptr %12, align 8, !dbg !132, !tbaa !86
  %105 = add nsw i64 %104, %103, !dbg !133
  store i64 %105, ptr %12, align 8, !dbg !134, !tbaa !86
  br label %106, !dbg !135

106:                                              ; preds = %97, %96
  %107 = load i32, ptr %16, align 4, !dbg !136, !tbaa !9
  %108 = add nsw i32 %107, 1, !dbg !137
  store i32 %108, ptr %16, align 4, !dbg !138, !tbaa !9
  br label %83, !dbg !117, !llvm.loop !139

109:                                              ; preds = %87
  br label %110, !dbg !141

110:                                              ; preds = %109
  %111 = load i32, ptr %15, align 4, !dbg !142, !tbaa !9
  %112 = add nsw i32 %111, 1, !dbg !143
  store i32 %112, ptr %15, align 4, !dbg !144, !tbaa !9
  br label %72, !dbg !105, !llvm.loop !145

113:                                              ; preds = %80, %76
  call void @llvm.lifetime.end.p0(ptr %15) #4, !dbg !105
  br label %114

114:                                              ; preds = %113
  br label %115, !dbg !147

115:                                              ; preds = %114, %70
  %116 = load i32, ptr %13, align 4, !dbg !148, !tbaa !9
  %117 = add nsw i32 %116, 1, !dbg !149
  store i32 %117, ptr %13, align 4, !dbg !150, !tbaa !9
  br label %62, !dbg !93, !llvm.loop !151

118:                                              ; preds = %65
  %119 = load i64, ptr %12, align 8, !dbg !153, !tbaa !86
  %120 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %119), !dbg !154
  call void @llvm.lifetime.start.p0(ptr %17) #4, !dbg !155
  store i32 1000, ptr %17, align 4, !dbg !156, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %18) #4, !dbg !155
  store i32 0, ptr %18, align 4, !dbg !157, !tbaa !9
  br label %121, !dbg !158

121:                                              ; preds = %134, %118
  br label %122, !dbg !158

122:                                              ; preds = %121
  %123 = load i32, ptr %17, align 4, !dbg !159, !tbaa !9
  %124 = mul nsw i32 %123, 7, !dbg !160
  %125 = srem i32 %124, 1009, !dbg !161
  store i32 %125, ptr %17, align 4, !dbg !162, !tbaa !9
  %126 = load i32, ptr %18, align 4, !dbg !163, !tbaa !9
  %127 = add nsw i32 %126, 1, !dbg !164
  store i32 %127, ptr %18, align 4, !dbg !165, !tbaa !9
  %128 = load i32, ptr %17, align 4, !dbg !166, !tbaa !9
  %129 = icmp eq i32 %128, 1000, !dbg !167
  br i1 %129, label %133, label %130, !dbg !168

130:                                              ; preds = %122
  %131 = load i32, ptr %18, align 4, !dbg !169, !tbaa !9
  %132 = icmp sgt i32 %131, 5000, !dbg !170
  br i1 %132, label %133, label %134, !dbg !171

133:                                              ; preds = %130, %122
  br label %135, !dbg !172

134:                                              ; preds = %130
  br label %121, !dbg !158, !llvm.loop !173

135:                                              ; preds = %133
  %136 = load i32, ptr %18, align 4, !dbg !175, !tbaa !9
  %137 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %136), !dbg !176
  store i32 0, ptr %1, align 4, !dbg !177
  store i32 1, ptr %14, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #4, !dbg !178
  call void @llvm.lifetime.end.p0(ptr %17) #4, !dbg !178
  call void @llvm.lifetime.end.p0(ptr %12) #4, !dbg !178
  call void @llvm.lifetime.end.p0(ptr %11) #4, !dbg !178
  call void @llvm.lifetime.end.p0(ptr %10) #4, !dbg !178
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !178
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !178
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !178
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !178
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !178
  call void @llvm.lifetime.end.p0(ptr %2) #4, !dbg !178
  %138 = load i32, ptr %1, align 4, !dbg !179
  ret i32 %138, !dbg !180
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nounwind uwtable
define internal i32 @find_pair(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3, ptr noundef %4) #0 !dbg !181 {
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store ptr %0, ptr %7, align 8, !tbaa !182
  store i32 %1, ptr %8, align 4, !tbaa !9
  store i32 %2, ptr %9, align 4, !tbaa !9
  store ptr %3, ptr %10, align 8, !tbaa !182
  store ptr %4, ptr %11, align 8, !tbaa !182
  call void @llvm.lifetime.start.p0(ptr %12) #4, !dbg !185
  store i32 0, ptr %12, align 4, !dbg !186, !tbaa !9
  br label %15, !dbg !185

15:                                               ; preds = %54, %5
  %16 = load i32, ptr %12, align 4, !dbg !187, !tbaa !9
  %17 = load i32, ptr %8, align 4, !dbg !188, !tbaa !9
  %18 = icmp slt i32 %16, %17, !dbg !189
  br i1 %18, label %20, label %19, !dbg !190

19:                                               ; preds = %15
  store i32 2, ptr %13, align 4
  br label %57, !dbg !191

20:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %14) #4, !dbg !192
  %21 = load i32, ptr %12, align 4, !dbg !193, !tbaa !9
  %22 = add nsw i32 %21, 1, !dbg !194
  store i32 %22, ptr %14, align 4, !dbg !195, !tbaa !9
  br label %23, !dbg !192

23:                                               ; preds = %48, %20
  %24 = load i32, ptr %14, align 4, !dbg !196, !tbaa !9
  %25 = load i32, ptr %8, align 4, !dbg !197, !tbaa !9
  %26 = icmp slt i32 %24, %25, !dbg !198
  br i1 %26, label %28, label %27, !dbg !199

27:                                               ; preds = %23
  store i32 5, ptr %13, align 4
  br label %51, !dbg !200

28:                                               ; preds = %23
  %29 = load ptr, ptr %7, align 8, !dbg !201, !tbaa !182
  %30 = load i32, ptr %12, align 4, !dbg !202, !tbaa !9
  %31 = sext i32 %30 to i64, !dbg !201
  %32 = getelementptr inbounds i32, ptr %29, i64 %31, !dbg !201
  %33 = load i32, ptr %32, align 4, !dbg !201, !tbaa !9
  %34 = load ptr, ptr %7, align 8, !dbg !203, !tbaa !182
  %35 = load i32, ptr %14, align 4, !dbg !204, !tbaa !9
  %36 = sext i32 %35 to i64, !dbg !203
  %37 = getelementptr inbounds i32, ptr %34, i64 %36, !dbg !203
  %38 = load i32, ptr %37, align 4, !dbg !203, !tbaa !9
  %39 = add nsw i32 %33, %38, !dbg !205
  %40 = load i32, ptr %9, align 4, !dbg !206, !tbaa !9
  %41 = icmp eq i32 %39, %40, !dbg !207
  br i1 %41, label %42, label %47, !dbg !208

42:                                               ; preds = %28
  %43 = load i32, ptr %12, align 4, !dbg !209, !tbaa !9
  %44 = load ptr, ptr %10, align 8, !dbg !210, !tbaa !182
  store i32 %43, ptr %44, align 4, !dbg !211, !tbaa !9
  %45 = load i32, ptr %14, align 4, !dbg !212, !tbaa !9
  %46 = load ptr, ptr %11, align 8, !dbg !213, !tbaa !182
  store i32 %45, ptr %46, align 4, !dbg !214, !tbaa !9
  store i32 8, ptr %13, align 4
  br label %51, !dbg !215

47:                                               ; preds = %28
  br label %48, !dbg !216

48:                                               ; preds = %47
  %49 = load i32, ptr %14, align 4, !dbg !217, !tbaa !9
  %50 = add nsw i32 %49, 1, !dbg !218
  store i32 %50, ptr %14, align 4, !dbg !219, !tbaa !9
  br label %23, !dbg !200, !llvm.loop !220

51:                                               ; preds = %42, %27
  call void @llvm.lifetime.end.p0(ptr %14) #4, !dbg !200
  %52 = load i32, ptr %13, align 4
  switch i32 %52, label %57 [
    i32 5, label %53
  ]

53:                                               ; preds = %51
  br label %54, !dbg !222

54:                                               ; preds = %53
  %55 = load i32, ptr %12, align 4, !dbg !223, !tbaa !9
  %56 = add nsw i32 %55, 1, !dbg !224
  store i32 %56, ptr %12, align 4, !dbg !225, !tbaa !9
  br label %15, !dbg !191, !llvm.loop !226

57:                                               ; preds = %51, %19
  call void @llvm.lifetime.end.p0(ptr %12) #4, !dbg !191
  %58 = load i32, ptr %13, align 4
  switch i32 %58, label %63 [
    i32 2, label %59
    i32 8, label %60
  ]

59:                                               ; preds = %57
  store i32 0, ptr %6, align 4, !dbg !227
  br label %61, !dbg !227

60:                                               ; preds = %57
  store i32 1, ptr %6, align 4, !dbg !228
  br label %61, !dbg !228

61:                                               ; preds = %60, %59
  %62 = load i32, ptr %6, align 4, !dbg !229
  ret i32 %62, !dbg !230

63:                                               ; preds = %57
  unreachable
}

declare !dbg !231 i32 @printf(ptr noundef, ...) #3

; Function Attrs: nounwind uwtable
define internal i32 @collatz_steps(i64 noundef %0) #0 !dbg !233 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  store i64 %0, ptr %2, align 8, !tbaa !234
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !236
  store i32 0, ptr %3, align 4, !dbg !237, !tbaa !9
  br label %4, !dbg !236

4:                                                ; preds = %20, %1
  %5 = load i64, ptr %2, align 8, !dbg !238, !tbaa !234
  %6 = icmp eq i64 %5, 1, !dbg !239
  br i1 %6, label %7, label %9, !dbg !240

7:                                                ; preds = %4
  %8 = load i32, ptr %3, align 4, !dbg !241, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !242
  ret i32 %8, !dbg !243

9:                                                ; preds = %4
  %10 = load i64, ptr %2, align 8, !dbg !244, !tbaa !234
  %11 = and i64 %10, 1, !dbg !245
  %12 = icmp ne i64 %11, 0, !dbg !246
  br i1 %12, label %13, label %17, !dbg !247

13:                                               ; preds = %9
  %14 = load i64, ptr %2, align 8, !dbg !248, !tbaa !234
  %15 = mul i64 3, %14, !dbg !249
  %16 = add i64 %15, 1, !dbg !250
  br label %20, !dbg !251

17:                                               ; preds = %9
  %18 = load i64, ptr %2, align 8, !dbg !252, !tbaa !234
  %19 = udiv i64 %18, 2, !dbg !253
  br label %20, !dbg !251

20:                                               ; preds = %17, %13
  %21 = phi i64 [ %16, %13 ], [ %19, %17 ], !dbg !254
  store i64 %21, ptr %2, align 8, !dbg !255, !tbaa !234
  %22 = load i32, ptr %3, align 4, !dbg !256, !tbaa !9
  %23 = add i32 %22, 1, !dbg !257
  store i32 %23, ptr %3, align 4, !dbg !258, !tbaa !9
  br label %4, !dbg !259
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "goto_loops.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 22, type: !15, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "goto_loops.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 23, column: 5, scope: !13)
!18 = !DILocation(line: 23, column: 9, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !DILocation(line: 24, column: 5, scope: !13)
!20 = !DILocation(line: 24, column: 9, scope: !13, atomGroup: 2, atomRank: 1)
!21 = !DILocation(line: 24, column: 17, scope: !13, atomGroup: 3, atomRank: 1)
!22 = !DILocation(line: 25, column: 5, scope: !13)
!23 = !DILocation(line: 25, column: 24, scope: !13)
!24 = !DILocation(line: 25, column: 14, scope: !13, atomGroup: 4, atomRank: 2)
!25 = !DILocation(line: 25, column: 9, scope: !13, atomGroup: 4, atomRank: 1)
!26 = !DILocation(line: 26, column: 31, scope: !13)
!27 = !DILocation(line: 26, column: 35, scope: !13)
!28 = !DILocation(line: 26, column: 38, scope: !13)
!29 = !DILocation(line: 26, column: 5, scope: !13)
!30 = !DILocation(line: 27, column: 5, scope: !13)
!31 = !DILocation(line: 27, column: 14, scope: !13, atomGroup: 5, atomRank: 1)
!32 = !DILocation(line: 27, column: 24, scope: !13, atomGroup: 6, atomRank: 1)
!33 = !DILocation(line: 28, column: 10, scope: !13)
!34 = !DILocation(line: 28, column: 19, scope: !13, atomGroup: 7, atomRank: 1)
!35 = !DILocation(line: 28, column: 26, scope: !13)
!36 = !DILocation(line: 28, column: 28, scope: !13, atomGroup: 8, atomRank: 1)
!37 = !DILocation(line: 28, column: 5, scope: !13, atomGroup: 9, atomRank: 1)
!38 = !DILocation(line: 28, column: 5, scope: !13)
!39 = !DILocation(line: 28, column: 43, scope: !13)
!40 = !DILocation(line: 28, column: 70, scope: !13)
!41 = !DILocation(line: 28, column: 56, scope: !13, atomGroup: 10, atomRank: 2)
!42 = !DILocation(line: 28, column: 52, scope: !13, atomGroup: 10, atomRank: 1)
!43 = !DILocation(line: 28, column: 78, scope: !13)
!44 = !DILocation(line: 28, column: 82, scope: !13)
!45 = !DILocation(line: 28, column: 80, scope: !13, atomGroup: 11, atomRank: 2)
!46 = !DILocation(line: 28, column: 80, scope: !13, atomGroup: 11, atomRank: 1)
!47 = !DILocation(line: 28, column: 97, scope: !13, atomGroup: 12, atomRank: 2)
!48 = !DILocation(line: 28, column: 95, scope: !13, atomGroup: 12, atomRank: 1)
!49 = !DILocation(line: 28, column: 106, scope: !13, atomGroup: 13, atomRank: 2)
!50 = !DILocation(line: 28, column: 104, scope: !13, atomGroup: 13, atomRank: 1)
!51 = !DILocation(line: 28, column: 109, scope: !13)
!52 = !DILocation(line: 28, column: 111, scope: !13)
!53 = !DILocation(line: 28, column: 111, scope: !13, atomGroup: 15, atomRank: 1)
!54 = !DILocation(line: 28, column: 37, scope: !13)
!55 = !DILocation(line: 28, column: 37, scope: !13, atomGroup: 14, atomRank: 2)
!56 = !DILocation(line: 28, column: 37, scope: !13, atomGroup: 14, atomRank: 1)
!57 = distinct !{!57, !38, !52, !58}
!58 = !{!"llvm.loop.mustprogress"}
!59 = !DILocation(line: 29, column: 31, scope: !13)
!60 = !DILocation(line: 29, column: 36, scope: !13)
!61 = !DILocation(line: 29, column: 5, scope: !13)
!62 = !DILocation(line: 30, column: 5, scope: !13)
!63 = !DILocation(line: 30, column: 9, scope: !13, atomGroup: 16, atomRank: 1)
!64 = !DILocation(line: 30, column: 16, scope: !13, atomGroup: 17, atomRank: 1)
!65 = !DILocation(line: 31, column: 5, scope: !13)
!66 = !DILocation(line: 31, column: 17, scope: !13)
!67 = !DILocation(line: 31, column: 21, scope: !13)
!68 = !DILocation(line: 31, column: 19, scope: !13)
!69 = !DILocation(line: 31, column: 14, scope: !13)
!70 = !DILocation(line: 31, column: 14, scope: !13, atomGroup: 18, atomRank: 2)
!71 = !DILocation(line: 31, column: 14, scope: !13, atomGroup: 18, atomRank: 1)
!72 = !DILocation(line: 31, column: 26, scope: !13)
!73 = !DILocation(line: 31, column: 26, scope: !13, atomGroup: 19, atomRank: 2)
!74 = !DILocation(line: 31, column: 26, scope: !13, atomGroup: 19, atomRank: 1)
!75 = !DILocation(line: 31, column: 32, scope: !13)
!76 = !DILocation(line: 31, column: 41, scope: !13)
!77 = !DILocation(line: 31, column: 43, scope: !13, atomGroup: 20, atomRank: 1)
!78 = !DILocation(line: 31, column: 32, scope: !13, atomGroup: 21, atomRank: 1)
!79 = distinct !{!79, !65, !80, !58}
!80 = !DILocation(line: 31, column: 48, scope: !13)
!81 = !DILocation(line: 32, column: 26, scope: !13)
!82 = !DILocation(line: 32, column: 29, scope: !13)
!83 = !DILocation(line: 32, column: 5, scope: !13)
!84 = !DILocation(line: 33, column: 5, scope: !13)
!85 = !DILocation(line: 33, column: 10, scope: !13, atomGroup: 22, atomRank: 1)
!86 = !{!87, !87, i64 0}
!87 = !{!"long", !11, i64 0}
!88 = !DILocation(line: 34, column: 10, scope: !13)
!89 = !DILocation(line: 34, column: 14, scope: !13, atomGroup: 23, atomRank: 1)
!90 = !DILocation(line: 34, column: 21, scope: !13)
!91 = !DILocation(line: 34, column: 23, scope: !13, atomGroup: 24, atomRank: 1)
!92 = !DILocation(line: 34, column: 5, scope: !13, atomGroup: 25, atomRank: 1)
!93 = !DILocation(line: 34, column: 5, scope: !13)
!94 = !DILocation(line: 35, column: 13, scope: !13)
!95 = !DILocation(line: 35, column: 15, scope: !13)
!96 = !DILocation(line: 35, column: 19, scope: !13, atomGroup: 26, atomRank: 2)
!97 = !DILocation(line: 35, column: 19, scope: !13, atomGroup: 26, atomRank: 1)
!98 = !DILocation(line: 35, column: 25, scope: !13, atomGroup: 27, atomRank: 1)
!99 = !DILocation(line: 36, column: 14, scope: !13)
!100 = !DILocation(line: 36, column: 18, scope: !13, atomGroup: 28, atomRank: 1)
!101 = !DILocation(line: 36, column: 25, scope: !13)
!102 = !DILocation(line: 36, column: 29, scope: !13)
!103 = !DILocation(line: 36, column: 27, scope: !13, atomGroup: 29, atomRank: 1)
!104 = !DILocation(line: 36, column: 9, scope: !13, atomGroup: 30, atomRank: 1)
!105 = !DILocation(line: 36, column: 9, scope: !13)
!106 = !DILocation(line: 37, column: 17, scope: !13)
!107 = !DILocation(line: 37, column: 19, scope: !13, atomGroup: 31, atomRank: 2)
!108 = !DILocation(line: 37, column: 19, scope: !13, atomGroup: 31, atomRank: 1)
!109 = !DILocation(line: 37, column: 25, scope: !13, atomGroup: 32, atomRank: 1)
!110 = !DILocation(line: 38, column: 18, scope: !13)
!111 = !DILocation(line: 38, column: 26, scope: !13, atomGroup: 33, atomRank: 2)
!112 = !DILocation(line: 38, column: 22, scope: !13, atomGroup: 33, atomRank: 1)
!113 = !DILocation(line: 38, column: 29, scope: !13)
!114 = !DILocation(line: 38, column: 33, scope: !13)
!115 = !DILocation(line: 38, column: 31, scope: !13, atomGroup: 34, atomRank: 1)
!116 = !DILocation(line: 38, column: 13, scope: !13, atomGroup: 35, atomRank: 1)
!117 = !DILocation(line: 38, column: 13, scope: !13)
!118 = !DILocation(line: 38, column: 48, scope: !13)
!119 = !DILocation(line: 38, column: 52, scope: !13)
!120 = !DILocation(line: 38, column: 50, scope: !13)
!121 = !DILocation(line: 38, column: 56, scope: !13)
!122 = !DILocation(line: 38, column: 54, scope: !13)
!123 = !DILocation(line: 38, column: 59, scope: !13)
!124 = !DILocation(line: 38, column: 63, scope: !13, atomGroup: 36, atomRank: 2)
!125 = !DILocation(line: 38, column: 63, scope: !13, atomGroup: 36, atomRank: 1)
!126 = !DILocation(line: 38, column: 69, scope: !13, atomGroup: 37, atomRank: 1)
!127 = !DILocation(line: 38, column: 86, scope: !13)
!128 = !DILocation(line: 38, column: 90, scope: !13)
!129 = !DILocation(line: 38, column: 88, scope: !13)
!130 = !DILocation(line: 38, column: 94, scope: !13)
!131 = !DILocation(line: 38, column: 92, scope: !13)
!132 = !DILocation(line: 38, column: 83, scope: !13)
!133 = !DILocation(line: 38, column: 83, scope: !13, atomGroup: 38, atomRank: 2)
!134 = !DILocation(line: 38, column: 83, scope: !13, atomGroup: 38, atomRank: 1)
!135 = !DILocation(line: 38, column: 97, scope: !13, atomGroup: 40, atomRank: 1)
!136 = !DILocation(line: 38, column: 37, scope: !13)
!137 = !DILocation(line: 38, column: 37, scope: !13, atomGroup: 39, atomRank: 2)
!138 = !DILocation(line: 38, column: 37, scope: !13, atomGroup: 39, atomRank: 1)
!139 = distinct !{!139, !117, !140, !58}
!140 = !DILocation(line: 38, column: 97, scope: !13)
!141 = !DILocation(line: 39, column: 9, scope: !13, atomGroup: 42, atomRank: 1)
!142 = !DILocation(line: 36, column: 33, scope: !13)
!143 = !DILocation(line: 36, column: 33, scope: !13, atomGroup: 41, atomRank: 2)
!144 = !DILocation(line: 36, column: 33, scope: !13, atomGroup: 41, atomRank: 1)
!145 = distinct !{!145, !105, !146, !58}
!146 = !DILocation(line: 39, column: 9, scope: !13)
!147 = !DILocation(line: 40, column: 5, scope: !13, atomGroup: 44, atomRank: 1)
!148 = !DILocation(line: 34, column: 30, scope: !13)
!149 = !DILocation(line: 34, column: 30, scope: !13, atomGroup: 43, atomRank: 2)
!150 = !DILocation(line: 34, column: 30, scope: !13, atomGroup: 43, atomRank: 1)
!151 = distinct !{!151, !93, !152, !58}
!152 = !DILocation(line: 40, column: 5, scope: !13)
!153 = !DILocation(line: 41, column: 25, scope: !13)
!154 = !DILocation(line: 41, column: 5, scope: !13)
!155 = !DILocation(line: 42, column: 5, scope: !13)
!156 = !DILocation(line: 42, column: 9, scope: !13, atomGroup: 45, atomRank: 1)
!157 = !DILocation(line: 42, column: 19, scope: !13, atomGroup: 46, atomRank: 1)
!158 = !DILocation(line: 43, column: 5, scope: !13)
!159 = !DILocation(line: 43, column: 21, scope: !13)
!160 = !DILocation(line: 43, column: 23, scope: !13)
!161 = !DILocation(line: 43, column: 27, scope: !13, atomGroup: 47, atomRank: 2)
!162 = !DILocation(line: 43, column: 19, scope: !13, atomGroup: 47, atomRank: 1)
!163 = !DILocation(line: 43, column: 37, scope: !13)
!164 = !DILocation(line: 43, column: 37, scope: !13, atomGroup: 48, atomRank: 2)
!165 = !DILocation(line: 43, column: 37, scope: !13, atomGroup: 48, atomRank: 1)
!166 = !DILocation(line: 43, column: 45, scope: !13)
!167 = !DILocation(line: 43, column: 47, scope: !13, atomGroup: 49, atomRank: 2)
!168 = !DILocation(line: 43, column: 55, scope: !13, atomGroup: 49, atomRank: 1)
!169 = !DILocation(line: 43, column: 58, scope: !13)
!170 = !DILocation(line: 43, column: 61, scope: !13, atomGroup: 50, atomRank: 2)
!171 = !DILocation(line: 43, column: 55, scope: !13, atomGroup: 50, atomRank: 1)
!172 = !DILocation(line: 43, column: 69, scope: !13, atomGroup: 51, atomRank: 1)
!173 = distinct !{!173, !158, !174}
!174 = !DILocation(line: 43, column: 76, scope: !13)
!175 = !DILocation(line: 44, column: 26, scope: !13)
!176 = !DILocation(line: 44, column: 5, scope: !13)
!177 = !DILocation(line: 45, column: 5, scope: !13, atomGroup: 52, atomRank: 1)
!178 = !DILocation(line: 46, column: 1, scope: !13)
!179 = !DILocation(line: 46, column: 1, scope: !13, atomGroup: 53, atomRank: 2)
!180 = !DILocation(line: 46, column: 1, scope: !13, atomGroup: 53, atomRank: 1)
!181 = distinct !DISubprogram(name: "find_pair", scope: !14, file: !14, line: 4, type: !15, scopeLine: 4, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!182 = !{!183, !183, i64 0}
!183 = !{!"p1 int", !184, i64 0}
!184 = !{!"any pointer", !11, i64 0}
!185 = !DILocation(line: 5, column: 10, scope: !181)
!186 = !DILocation(line: 5, column: 14, scope: !181, atomGroup: 1, atomRank: 1)
!187 = !DILocation(line: 5, column: 21, scope: !181)
!188 = !DILocation(line: 5, column: 25, scope: !181)
!189 = !DILocation(line: 5, column: 23, scope: !181, atomGroup: 2, atomRank: 1)
!190 = !DILocation(line: 5, column: 5, scope: !181, atomGroup: 3, atomRank: 1)
!191 = !DILocation(line: 5, column: 5, scope: !181)
!192 = !DILocation(line: 6, column: 14, scope: !181)
!193 = !DILocation(line: 6, column: 22, scope: !181)
!194 = !DILocation(line: 6, column: 24, scope: !181, atomGroup: 4, atomRank: 2)
!195 = !DILocation(line: 6, column: 18, scope: !181, atomGroup: 4, atomRank: 1)
!196 = !DILocation(line: 6, column: 29, scope: !181)
!197 = !DILocation(line: 6, column: 33, scope: !181)
!198 = !DILocation(line: 6, column: 31, scope: !181, atomGroup: 5, atomRank: 1)
!199 = !DILocation(line: 6, column: 9, scope: !181, atomGroup: 6, atomRank: 1)
!200 = !DILocation(line: 6, column: 9, scope: !181)
!201 = !DILocation(line: 7, column: 17, scope: !181)
!202 = !DILocation(line: 7, column: 19, scope: !181)
!203 = !DILocation(line: 7, column: 24, scope: !181)
!204 = !DILocation(line: 7, column: 26, scope: !181)
!205 = !DILocation(line: 7, column: 22, scope: !181)
!206 = !DILocation(line: 7, column: 32, scope: !181)
!207 = !DILocation(line: 7, column: 29, scope: !181, atomGroup: 7, atomRank: 2)
!208 = !DILocation(line: 7, column: 29, scope: !181, atomGroup: 7, atomRank: 1)
!209 = !DILocation(line: 7, column: 48, scope: !181, atomGroup: 8, atomRank: 2)
!210 = !DILocation(line: 7, column: 43, scope: !181)
!211 = !DILocation(line: 7, column: 46, scope: !181, atomGroup: 8, atomRank: 1)
!212 = !DILocation(line: 7, column: 57, scope: !181, atomGroup: 9, atomRank: 2)
!213 = !DILocation(line: 7, column: 52, scope: !181)
!214 = !DILocation(line: 7, column: 55, scope: !181, atomGroup: 9, atomRank: 1)
!215 = !DILocation(line: 7, column: 60, scope: !181, atomGroup: 10, atomRank: 1)
!216 = !DILocation(line: 7, column: 32, scope: !181, atomGroup: 12, atomRank: 1)
!217 = !DILocation(line: 6, column: 37, scope: !181)
!218 = !DILocation(line: 6, column: 37, scope: !181, atomGroup: 11, atomRank: 2)
!219 = !DILocation(line: 6, column: 37, scope: !181, atomGroup: 11, atomRank: 1)
!220 = distinct !{!220, !200, !221, !58}
!221 = !DILocation(line: 7, column: 72, scope: !181)
!222 = !DILocation(line: 7, column: 72, scope: !181, atomGroup: 14, atomRank: 1)
!223 = !DILocation(line: 5, column: 29, scope: !181)
!224 = !DILocation(line: 5, column: 29, scope: !181, atomGroup: 13, atomRank: 2)
!225 = !DILocation(line: 5, column: 29, scope: !181, atomGroup: 13, atomRank: 1)
!226 = distinct !{!226, !191, !221, !58}
!227 = !DILocation(line: 8, column: 5, scope: !181, atomGroup: 15, atomRank: 1)
!228 = !DILocation(line: 10, column: 5, scope: !181, atomGroup: 16, atomRank: 1)
!229 = !DILocation(line: 11, column: 1, scope: !181, atomGroup: 17, atomRank: 2)
!230 = !DILocation(line: 11, column: 1, scope: !181, atomGroup: 17, atomRank: 1)
!231 = !DISubprogram(name: "printf", scope: !232, file: !232, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!232 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!233 = distinct !DISubprogram(name: "collatz_steps", scope: !14, file: !14, line: 13, type: !15, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!234 = !{!235, !235, i64 0}
!235 = !{!"long long", !11, i64 0}
!236 = !DILocation(line: 14, column: 5, scope: !233)
!237 = !DILocation(line: 14, column: 14, scope: !233, atomGroup: 1, atomRank: 1)
!238 = !DILocation(line: 16, column: 9, scope: !233)
!239 = !DILocation(line: 16, column: 11, scope: !233, atomGroup: 2, atomRank: 2)
!240 = !DILocation(line: 16, column: 11, scope: !233, atomGroup: 2, atomRank: 1)
!241 = !DILocation(line: 16, column: 24, scope: !233, atomGroup: 8, atomRank: 2)
!242 = !DILocation(line: 20, column: 1, scope: !233)
!243 = !DILocation(line: 16, column: 17, scope: !233, atomGroup: 8, atomRank: 1)
!244 = !DILocation(line: 17, column: 10, scope: !233)
!245 = !DILocation(line: 17, column: 12, scope: !233)
!246 = !DILocation(line: 17, column: 12, scope: !233, atomGroup: 5, atomRank: 2)
!247 = !DILocation(line: 17, column: 9, scope: !233, atomGroup: 5, atomRank: 1)
!248 = !DILocation(line: 17, column: 23, scope: !233)
!249 = !DILocation(line: 17, column: 21, scope: !233)
!250 = !DILocation(line: 17, column: 25, scope: !233)
!251 = !DILocation(line: 17, column: 9, scope: !233)
!252 = !DILocation(line: 17, column: 31, scope: !233)
!253 = !DILocation(line: 17, column: 33, scope: !233)
!254 = !DILocation(line: 17, column: 9, scope: !233, atomGroup: 4, atomRank: 2)
!255 = !DILocation(line: 17, column: 7, scope: !233, atomGroup: 4, atomRank: 1)
!256 = !DILocation(line: 18, column: 10, scope: !233)
!257 = !DILocation(line: 18, column: 10, scope: !233, atomGroup: 6, atomRank: 2)
!258 = !DILocation(line: 18, column: 10, scope: !233, atomGroup: 6, atomRank: 1)
!259 = !DILocation(line: 19, column: 5, scope: !233, atomGroup: 7, atomRank: 1)
