; ModuleID = 'bignum.c'
source_filename = "bignum.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.big = type { [64 x i32], i32 }

@stdout = external global ptr, align 8

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.big, align 4
  %3 = alloca i32, align 4
  %4 = alloca %struct.big, align 4
  %5 = alloca %struct.big, align 4
  %6 = alloca i32, align 4
  %7 = alloca %struct.big, align 4
  %8 = alloca %struct.big, align 4
  %9 = alloca %struct.big, align 4
  %10 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6, !dbg !17
  call void @set_u(ptr noundef %2, i32 noundef 1), !dbg !18
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !19
  store i32 2, ptr %3, align 4, !dbg !20, !tbaa !9
  br label %11, !dbg !19

11:                                               ; preds = %17, %0
  %12 = load i32, ptr %3, align 4, !dbg !21, !tbaa !9
  %13 = icmp ule i32 %12, 100, !dbg !22
  br i1 %13, label %15, label %14, !dbg !23

14:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !24
  br label %20

15:                                               ; preds = %11
  %16 = load i32, ptr %3, align 4, !dbg !25, !tbaa !9
  call void @mul_small(ptr noundef %2, i32 noundef %16), !dbg !26
  br label %17, !dbg !27

17:                                               ; preds = %15
  %18 = load i32, ptr %3, align 4, !dbg !28, !tbaa !9
  %19 = add i32 %18, 1, !dbg !29
  store i32 %19, ptr %3, align 4, !dbg !30, !tbaa !9
  br label %11, !dbg !24, !llvm.loop !31

20:                                               ; preds = %14
  call void @print_big(ptr noundef %2), !dbg !34
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !35
  call void @set_u(ptr noundef %4, i32 noundef 2), !dbg !36
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !37
  call void @set_u(ptr noundef %5, i32 noundef 1), !dbg !38
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !39
  store i32 500, ptr %6, align 4, !dbg !40, !tbaa !9
  br label %21, !dbg !39

21:                                               ; preds = %31, %20
  %22 = load i32, ptr %6, align 4, !dbg !41, !tbaa !9
  %23 = icmp ne i32 %22, 0, !dbg !42
  br i1 %23, label %25, label %24, !dbg !43

24:                                               ; preds = %21
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !44
  br label %34

25:                                               ; preds = %21
  %26 = load i32, ptr %6, align 4, !dbg !45, !tbaa !9
  %27 = and i32 %26, 1, !dbg !46
  %28 = icmp ne i32 %27, 0, !dbg !47
  br i1 %28, label %29, label %30, !dbg !48

29:                                               ; preds = %25
  call void @mul(ptr noundef %5, ptr noundef %5, ptr noundef %4), !dbg !49
  br label %30, !dbg !49

30:                                               ; preds = %29, %25
  call void @mul(ptr noundef %4, ptr noundef %4, ptr noundef %4), !dbg !50
  br label %31, !dbg !51

31:                                               ; preds = %30
  %32 = load i32, ptr %6, align 4, !dbg !52, !tbaa !9
  %33 = ashr i32 %32, 1, !dbg !53
  store i32 %33, ptr %6, align 4, !dbg !54, !tbaa !9
  br label %21, !dbg !44, !llvm.loop !55

34:                                               ; preds = %24
  call void @print_big(ptr noundef %5), !dbg !57
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !58
  call void @llvm.lifetime.start.p0(ptr %8) #6, !dbg !58
  call void @llvm.lifetime.start.p0(ptr %9) #6, !dbg !58
  call void @set_u(ptr noundef %7, i32 noundef 0), !dbg !59
  call void @set_u(ptr noundef %8, i32 noundef 1), !dbg !60
  call void @llvm.lifetime.start.p0(ptr %10) #6, !dbg !61
  store i32 0, ptr %10, align 4, !dbg !62, !tbaa !9
  br label %35, !dbg !61

35:                                               ; preds = %40, %34
  %36 = load i32, ptr %10, align 4, !dbg !63, !tbaa !9
  %37 = icmp slt i32 %36, 300, !dbg !64
  br i1 %37, label %39, label %38, !dbg !65

38:                                               ; preds = %35
  call void @llvm.lifetime.end.p0(ptr %10) #6, !dbg !66
  br label %43

39:                                               ; preds = %35
  call void @add(ptr noundef %9, ptr noundef %7, ptr noundef %8), !dbg !67
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %7, ptr align 4 %8, i64 260, i1 false), !dbg !68, !tbaa.struct !69
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %8, ptr align 4 %9, i64 260, i1 false), !dbg !71, !tbaa.struct !69
  br label %40, !dbg !72

40:                                               ; preds = %39
  %41 = load i32, ptr %10, align 4, !dbg !73, !tbaa !9
  %42 = add nsw i32 %41, 1, !dbg !74
  store i32 %42, ptr %10, align 4, !dbg !75, !tbaa !9
  br label %35, !dbg !66, !llvm.loop !76

43:                                               ; preds = %38
  call void @print_big(ptr noundef %7), !dbg !78
  call void @llvm.lifetime.end.p0(ptr %9) #6, !dbg !79
  call void @llvm.lifetime.end.p0(ptr %8) #6, !dbg !79
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !79
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !79
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !79
  call void @llvm.lifetime.end.p0(ptr %2) #6, !dbg !79
  ret i32 0, !dbg !80
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal void @set_u(ptr noundef %0, i32 noundef %1) #0 !dbg !81 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !82
  store i32 %1, ptr %4, align 4, !tbaa !9
  %5 = load ptr, ptr %3, align 8, !dbg !84, !tbaa !82
  call void @llvm.memset.p0.i64(ptr align 4 %5, i8 0, i64 260, i1 false), !dbg !85
  %6 = load i32, ptr %4, align 4, !dbg !86, !tbaa !9
  %7 = load ptr, ptr %3, align 8, !dbg !87, !tbaa !82
  %8 = getelementptr inbounds nuw %struct.big, ptr %7, i32 0, i32 0, !dbg !88
  %9 = getelementptr inbounds [64 x i32], ptr %8, i64 0, i64 0, !dbg !87
  store i32 %6, ptr %9, align 4, !dbg !89, !tbaa !9
  %10 = load i32, ptr %4, align 4, !dbg !90, !tbaa !9
  %11 = icmp ne i32 %10, 0, !dbg !91
  %12 = zext i1 %11 to i32, !dbg !92
  %13 = load ptr, ptr %3, align 8, !dbg !93, !tbaa !82
  %14 = getelementptr inbounds nuw %struct.big, ptr %13, i32 0, i32 1, !dbg !94
  store i32 %12, ptr %14, align 4, !dbg !95, !tbaa !96
  ret void, !dbg !98
}

; Function Attrs: nounwind uwtable
define internal void @mul_small(ptr noundef %0, i32 noundef %1) #0 !dbg !99 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !82
  store i32 %1, ptr %4, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !100
  store i64 0, ptr %5, align 8, !dbg !101, !tbaa !102
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !104
  store i32 0, ptr %6, align 4, !dbg !105, !tbaa !9
  br label %8, !dbg !104

8:                                                ; preds = %37, %2
  %9 = load i32, ptr %6, align 4, !dbg !106, !tbaa !9
  %10 = load ptr, ptr %3, align 8, !dbg !107, !tbaa !82
  %11 = getelementptr inbounds nuw %struct.big, ptr %10, i32 0, i32 1, !dbg !108
  %12 = load i32, ptr %11, align 4, !dbg !108, !tbaa !96
  %13 = icmp slt i32 %9, %12, !dbg !109
  br i1 %13, label %15, label %14, !dbg !110

14:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !111
  br label %40

15:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !112
  %16 = load ptr, ptr %3, align 8, !dbg !113, !tbaa !82
  %17 = getelementptr inbounds nuw %struct.big, ptr %16, i32 0, i32 0, !dbg !114
  %18 = load i32, ptr %6, align 4, !dbg !115, !tbaa !9
  %19 = sext i32 %18 to i64, !dbg !113
  %20 = getelementptr inbounds [64 x i32], ptr %17, i64 0, i64 %19, !dbg !113
  %21 = load i32, ptr %20, align 4, !dbg !113, !tbaa !9
  %22 = zext i32 %21 to i64, !dbg !116
  %23 = load i32, ptr %4, align 4, !dbg !117, !tbaa !9
  %24 = zext i32 %23 to i64, !dbg !117
  %25 = mul i64 %22, %24, !dbg !118
  %26 = load i64, ptr %5, align 8, !dbg !119, !tbaa !102
  %27 = add i64 %25, %26, !dbg !120
  store i64 %27, ptr %7, align 8, !dbg !121, !tbaa !102
  %28 = load i64, ptr %7, align 8, !dbg !122, !tbaa !102
  %29 = trunc i64 %28 to i32, !dbg !123
  %30 = load ptr, ptr %3, align 8, !dbg !124, !tbaa !82
  %31 = getelementptr inbounds nuw %struct.big, ptr %30, i32 0, i32 0, !dbg !125
  %32 = load i32, ptr %6, align 4, !dbg !126, !tbaa !9
  %33 = sext i32 %32 to i64, !dbg !124
  %34 = getelementptr inbounds [64 x i32], ptr %31, i64 0, i64 %33, !dbg !124
  store i32 %29, ptr %34, align 4, !dbg !127, !tbaa !9
  %35 = load i64, ptr %7, align 8, !dbg !128, !tbaa !102
  %36 = lshr i64 %35, 32, !dbg !129
  store i64 %36, ptr %5, align 8, !dbg !130, !tbaa !102
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !131
  br label %37, !dbg !132

37:                                               ; preds = %15
  %38 = load i32, ptr %6, align 4, !dbg !133, !tbaa !9
  %39 = add nsw i32 %38, 1, !dbg !134
  store i32 %39, ptr %6, align 4, !dbg !135, !tbaa !9
  br label %8, !dbg !111, !llvm.loop !136

40:                                               ; preds = %14
  %41 = load i64, ptr %5, align 8, !dbg !137, !tbaa !102
  %42 = icmp ne i64 %41, 0, !dbg !138
  br i1 %42, label %43, label %54, !dbg !139

43:                                               ; preds = %40
  %44 = load i64, ptr %5, align 8, !dbg !140, !tbaa !102
  %45 = trunc i64 %44 to i32, !dbg !141
  %46 = load ptr, ptr %3, align 8, !dbg !142, !tbaa !82
  %47 = getelementptr inbounds nuw %struct.big, ptr %46, i32 0, i32 0, !dbg !143
  %48 = load ptr, ptr %3, align 8, !dbg !144, !tbaa !82
  %49 = getelementptr inbounds nuw %struct.big, ptr %48, i32 0, i32 1, !dbg !145
  %50 = load i32, ptr %49, align 4, !dbg !146, !tbaa !96
  %51 = add nsw i32 %50, 1, !dbg !147
  store i32 %51, ptr %49, align 4, !dbg !148, !tbaa !96
  %52 = sext i32 %50 to i64, !dbg !142
  %53 = getelementptr inbounds [64 x i32], ptr %47, i64 0, i64 %52, !dbg !142
  store i32 %45, ptr %53, align 4, !dbg !149, !tbaa !9
  br label %54, !dbg !142

54:                                               ; preds = %43, %40
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !150
  ret void, !dbg !151
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal void @print_big(ptr noundef %0) #0 !dbg !152 {
  %2 = alloca ptr, align 8
  %3 = alloca %struct.big, align 4
  %4 = alloca [700 x i8], align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !82
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !153
  %8 = load ptr, ptr %2, align 8, !dbg !154, !tbaa !82
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %3, ptr align 4 %8, i64 260, i1 false), !dbg !155, !tbaa.struct !69
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !156
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !157
  store i32 0, ptr %5, align 4, !dbg !158, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.big, ptr %3, i32 0, i32 1, !dbg !159
  %10 = load i32, ptr %9, align 4, !dbg !159, !tbaa !96
  %11 = icmp ne i32 %10, 0, !dbg !160
  br i1 %11, label %17, label %12, !dbg !161

12:                                               ; preds = %1
  %13 = load i32, ptr %5, align 4, !dbg !162, !tbaa !9
  %14 = add nsw i32 %13, 1, !dbg !163
  store i32 %14, ptr %5, align 4, !dbg !164, !tbaa !9
  %15 = sext i32 %13 to i64, !dbg !165
  %16 = getelementptr inbounds [700 x i8], ptr %4, i64 0, i64 %15, !dbg !165
  store i8 48, ptr %16, align 1, !dbg !166, !tbaa !70
  br label %17, !dbg !165

17:                                               ; preds = %12, %1
  br label %18, !dbg !167

18:                                               ; preds = %42, %17
  %19 = getelementptr inbounds nuw %struct.big, ptr %3, i32 0, i32 1, !dbg !168
  %20 = load i32, ptr %19, align 4, !dbg !168, !tbaa !96
  %21 = icmp ne i32 %20, 0, !dbg !169
  br i1 %21, label %22, label %43, !dbg !170

22:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !171
  %23 = call i32 @div_small(ptr noundef %3, i32 noundef 1000000000), !dbg !172
  store i32 %23, ptr %6, align 4, !dbg !173, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !174
  store i32 0, ptr %7, align 4, !dbg !175, !tbaa !9
  br label %24, !dbg !174

24:                                               ; preds = %39, %22
  %25 = load i32, ptr %7, align 4, !dbg !176, !tbaa !9
  %26 = icmp slt i32 %25, 9, !dbg !177
  br i1 %26, label %28, label %27, !dbg !178

27:                                               ; preds = %24
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !179
  br label %42

28:                                               ; preds = %24
  %29 = load i32, ptr %6, align 4, !dbg !180, !tbaa !9
  %30 = urem i32 %29, 10, !dbg !181
  %31 = add i32 48, %30, !dbg !182
  %32 = trunc i32 %31 to i8, !dbg !183
  %33 = load i32, ptr %5, align 4, !dbg !184, !tbaa !9
  %34 = add nsw i32 %33, 1, !dbg !185
  store i32 %34, ptr %5, align 4, !dbg !186, !tbaa !9
  %35 = sext i32 %33 to i64, !dbg !187
  %36 = getelementptr inbounds [700 x i8], ptr %4, i64 0, i64 %35, !dbg !187
  store i8 %32, ptr %36, align 1, !dbg !188, !tbaa !70
  %37 = load i32, ptr %6, align 4, !dbg !189, !tbaa !9
  %38 = udiv i32 %37, 10, !dbg !190
  store i32 %38, ptr %6, align 4, !dbg !191, !tbaa !9
  br label %39, !dbg !192

39:                                               ; preds = %28
  %40 = load i32, ptr %7, align 4, !dbg !193, !tbaa !9
  %41 = add nsw i32 %40, 1, !dbg !194
  store i32 %41, ptr %7, align 4, !dbg !195, !tbaa !9
  br label %24, !dbg !179, !llvm.loop !196

42:                                               ; preds = %27
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !198
  br label %18, !dbg !167, !llvm.loop !199

43:                                               ; preds = %18
  br label %44, !dbg !200

44:                                               ; preds = %57, %43
  %45 = load i32, ptr %5, align 4, !dbg !201, !tbaa !9
  %46 = icmp sgt i32 %45, 1, !dbg !202
  br i1 %46, label %47, label %55, !dbg !203

47:                                               ; preds = %44
  %48 = load i32, ptr %5, align 4, !dbg !204, !tbaa !9
  %49 = sub nsw i32 %48, 1, !dbg !205
  %50 = sext i32 %49 to i64, !dbg !206
  %51 = getelementptr inbounds [700 x i8], ptr %4, i64 0, i64 %50, !dbg !206
  %52 = load i8, ptr %51, align 1, !dbg !206, !tbaa !70
  %53 = sext i8 %52 to i32, !dbg !206
  %54 = icmp eq i32 %53, 48, !dbg !207
  br label %55

55:                                               ; preds = %47, %44
  %56 = phi i1 [ false, %44 ], [ %54, %47 ], !dbg !208
  br i1 %56, label %57, label %60, !dbg !209

57:                                               ; preds = %55
  %58 = load i32, ptr %5, align 4, !dbg !210, !tbaa !9
  %59 = add nsw i32 %58, -1, !dbg !211
  store i32 %59, ptr %5, align 4, !dbg !212, !tbaa !9
  br label %44, !dbg !200, !llvm.loop !213

60:                                               ; preds = %55
  br label %61, !dbg !214

61:                                               ; preds = %64, %60
  %62 = load i32, ptr %5, align 4, !dbg !215, !tbaa !9
  %63 = icmp ne i32 %62, 0, !dbg !216
  br i1 %63, label %64, label %72, !dbg !217

64:                                               ; preds = %61
  %65 = load i32, ptr %5, align 4, !dbg !218, !tbaa !9
  %66 = add nsw i32 %65, -1, !dbg !219
  store i32 %66, ptr %5, align 4, !dbg !220, !tbaa !9
  %67 = sext i32 %66 to i64, !dbg !221
  %68 = getelementptr inbounds [700 x i8], ptr %4, i64 0, i64 %67, !dbg !221
  %69 = load i8, ptr %68, align 1, !dbg !221, !tbaa !70
  %70 = sext i8 %69 to i32, !dbg !221
  %71 = call i32 @putchar(i32 noundef %70), !dbg !222
  br label %61, !dbg !214, !llvm.loop !223

72:                                               ; preds = %61
  %73 = call i32 @putchar(i32 noundef 10), !dbg !225
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !226
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !226
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !226
  ret void, !dbg !227
}

; Function Attrs: nounwind uwtable
define internal void @mul(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 !dbg !228 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca %struct.big, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !82
  store ptr %1, ptr %5, align 8, !tbaa !82
  store ptr %2, ptr %6, align 8, !tbaa !82
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !229
  call void @llvm.memset.p0.i64(ptr align 4 %7, i8 0, i64 260, i1 false), !dbg !230
  call void @llvm.lifetime.start.p0(ptr %8) #6, !dbg !231
  store i32 0, ptr %8, align 4, !dbg !232, !tbaa !9
  br label %13, !dbg !231

13:                                               ; preds = %79, %3
  %14 = load i32, ptr %8, align 4, !dbg !233, !tbaa !9
  %15 = load ptr, ptr %5, align 8, !dbg !234, !tbaa !82
  %16 = getelementptr inbounds nuw %struct.big, ptr %15, i32 0, i32 1, !dbg !235
  %17 = load i32, ptr %16, align 4, !dbg !235, !tbaa !96
  %18 = icmp slt i32 %14, %17, !dbg !236
  br i1 %18, label %20, label %19, !dbg !237

19:                                               ; preds = %13
  store i32 2, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #6, !dbg !238
  br label %82

20:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %10) #6, !dbg !239
  store i64 0, ptr %10, align 8, !dbg !240, !tbaa !102
  call void @llvm.lifetime.start.p0(ptr %11) #6, !dbg !241
  store i32 0, ptr %11, align 4, !dbg !242, !tbaa !9
  br label %21, !dbg !241

21:                                               ; preds = %65, %20
  %22 = load i32, ptr %11, align 4, !dbg !243, !tbaa !9
  %23 = load ptr, ptr %6, align 8, !dbg !244, !tbaa !82
  %24 = getelementptr inbounds nuw %struct.big, ptr %23, i32 0, i32 1, !dbg !245
  %25 = load i32, ptr %24, align 4, !dbg !245, !tbaa !96
  %26 = icmp slt i32 %22, %25, !dbg !246
  br i1 %26, label %28, label %27, !dbg !247

27:                                               ; preds = %21
  store i32 5, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #6, !dbg !248
  br label %68

28:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %12) #6, !dbg !249
  %29 = load ptr, ptr %5, align 8, !dbg !250, !tbaa !82
  %30 = getelementptr inbounds nuw %struct.big, ptr %29, i32 0, i32 0, !dbg !251
  %31 = load i32, ptr %8, align 4, !dbg !252, !tbaa !9
  %32 = sext i32 %31 to i64, !dbg !250
  %33 = getelementptr inbounds [64 x i32], ptr %30, i64 0, i64 %32, !dbg !250
  %34 = load i32, ptr %33, align 4, !dbg !250, !tbaa !9
  %35 = zext i32 %34 to i64, !dbg !253
  %36 = load ptr, ptr %6, align 8, !dbg !254, !tbaa !82
  %37 = getelementptr inbounds nuw %struct.big, ptr %36, i32 0, i32 0, !dbg !255
  %38 = load i32, ptr %11, align 4, !dbg !256, !tbaa !9
  %39 = sext i32 %38 to i64, !dbg !254
  %40 = getelementptr inbounds [64 x i32], ptr %37, i64 0, i64 %39, !dbg !254
  %41 = load i32, ptr %40, align 4, !dbg !254, !tbaa !9
  %42 = zext i32 %41 to i64, !dbg !254
  %43 = mul i64 %35, %42, !dbg !257
  %44 = getelementptr inbounds nuw %struct.big, ptr %7, i32 0, i32 0, !dbg !258
  %45 = load i32, ptr %8, align 4, !dbg !259, !tbaa !9
  %46 = load i32, ptr %11, align 4, !dbg !260, !tbaa !9
  %47 = add nsw i32 %45, %46, !dbg !261
  %48 = sext i32 %47 to i64, !dbg !262
  %49 = getelementptr inbounds [64 x i32], ptr %44, i64 0, i64 %48, !dbg !262
  %50 = load i32, ptr %49, align 4, !dbg !262, !tbaa !9
  %51 = zext i32 %50 to i64, !dbg !262
  %52 = add i64 %43, %51, !dbg !263
  %53 = load i64, ptr %10, align 8, !dbg !264, !tbaa !102
  %54 = add i64 %52, %53, !dbg !265
  store i64 %54, ptr %12, align 8, !dbg !266, !tbaa !102
  %55 = load i64, ptr %12, align 8, !dbg !267, !tbaa !102
  %56 = trunc i64 %55 to i32, !dbg !268
  %57 = getelementptr inbounds nuw %struct.big, ptr %7, i32 0, i32 0, !dbg !269
  %58 = load i32, ptr %8, align 4, !dbg !270, !tbaa !9
  %59 = load i32, ptr %11, align 4, !dbg !271, !tbaa !9
  %60 = add nsw i32 %58, %59, !dbg !272
  %61 = sext i32 %60 to i64, !dbg !273
  %62 = getelementptr inbounds [64 x i32], ptr %57, i64 0, i64 %61, !dbg !273
  store i32 %56, ptr %62, align 4, !dbg !274, !tbaa !9
  %63 = load i64, ptr %12, align 8, !dbg !275, !tbaa !102
  %64 = lshr i64 %63, 32, !dbg !276
  store i64 %64, ptr %10, align 8, !dbg !277, !tbaa !102
  call void @llvm.lifetime.end.p0(ptr %12) #6, !dbg !278
  br label %65, !dbg !279

65:                                               ; preds = %28
  %66 = load i32, ptr %11, align 4, !dbg !280, !tbaa !9
  %67 = add nsw i32 %66, 1, !dbg !281
  store i32 %67, ptr %11, align 4, !dbg !282, !tbaa !9
  br label %21, !dbg !248, !llvm.loop !283

68:                                               ; preds = %27
  %69 = load i64, ptr %10, align 8, !dbg !284, !tbaa !102
  %70 = trunc i64 %69 to i32, !dbg !285
  %71 = getelementptr inbounds nuw %struct.big, ptr %7, i32 0, i32 0, !dbg !286
  %72 = load i32, ptr %8, align 4, !dbg !287, !tbaa !9
  %73 = load ptr, ptr %6, align 8, !dbg !288, !tbaa !82
  %74 = getelementptr inbounds nuw %struct.big, ptr %73, i32 0, i32 1, !dbg !289
  %75 = load i32, ptr %74, align 4, !dbg !289, !tbaa !96
  %76 = add nsw i32 %72, %75, !dbg !290
  %77 = sext i32 %76 to i64, !dbg !291
  %78 = getelementptr inbounds [64 x i32], ptr %71, i64 0, i64 %77, !dbg !291
  store i32 %70, ptr %78, align 4, !dbg !292, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %10) #6, !dbg !293
  br label %79, !dbg !294

79:                                               ; preds = %68
  %80 = load i32, ptr %8, align 4, !dbg !295, !tbaa !9
  %81 = add nsw i32 %80, 1, !dbg !296
  store i32 %81, ptr %8, align 4, !dbg !297, !tbaa !9
  br label %13, !dbg !238, !llvm.loop !298

82:                                               ; preds = %19
  %83 = load ptr, ptr %5, align 8, !dbg !299, !tbaa !82
  %84 = getelementptr inbounds nuw %struct.big, ptr %83, i32 0, i32 1, !dbg !300
  %85 = load i32, ptr %84, align 4, !dbg !300, !tbaa !96
  %86 = load ptr, ptr %6, align 8, !dbg !301, !tbaa !82
  %87 = getelementptr inbounds nuw %struct.big, ptr %86, i32 0, i32 1, !dbg !302
  %88 = load i32, ptr %87, align 4, !dbg !302, !tbaa !96
  %89 = add nsw i32 %85, %88, !dbg !303
  %90 = getelementptr inbounds nuw %struct.big, ptr %7, i32 0, i32 1, !dbg !304
  store i32 %89, ptr %90, align 4, !dbg !305, !tbaa !96
  br label %91, !dbg !306

91:                                               ; preds = %107, %82
  %92 = getelementptr inbounds nuw %struct.big, ptr %7, i32 0, i32 1, !dbg !307
  %93 = load i32, ptr %92, align 4, !dbg !307, !tbaa !96
  %94 = icmp ne i32 %93, 0, !dbg !308
  br i1 %94, label %95, label %105, !dbg !309

95:                                               ; preds = %91
  %96 = getelementptr inbounds nuw %struct.big, ptr %7, i32 0, i32 0, !dbg !310
  %97 = getelementptr inbounds nuw %struct.big, ptr %7, i32 0, i32 1, !dbg !311
  %98 = load i32, ptr %97, align 4, !dbg !311, !tbaa !96
  %99 = sub nsw i32 %98, 1, !dbg !312
  %100 = sext i32 %99 to i64, !dbg !313
  %101 = getelementptr inbounds [64 x i32], ptr %96, i64 0, i64 %100, !dbg !313
  %102 = load i32, ptr %101, align 4, !dbg !313, !tbaa !9
  %103 = icmp ne i32 %102, 0, !dbg !314
  %104 = xor i1 %103, true, !dbg !314
  br label %105

105:                                              ; preds = %95, %91
  %106 = phi i1 [ false, %91 ], [ %104, %95 ], !dbg !315
  br i1 %106, label %107, label %111, !dbg !316

107:                                              ; preds = %105
  %108 = getelementptr inbounds nuw %struct.big, ptr %7, i32 0, i32 1, !dbg !317
  %109 = load i32, ptr %108, align 4, !dbg !318, !tbaa !96
  %110 = add nsw i32 %109, -1, !dbg !319
  store i32 %110, ptr %108, align 4, !dbg !320, !tbaa !96
  br label %91, !dbg !306, !llvm.loop !321

111:                                              ; preds = %105
  %112 = load ptr, ptr %4, align 8, !dbg !322, !tbaa !82
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %112, ptr align 4 %7, i64 260, i1 false), !dbg !323, !tbaa.struct !69
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !324
  ret void, !dbg !325
}

; Function Attrs: nounwind uwtable
define internal void @add(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 !dbg !326 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !82
  store ptr %1, ptr %5, align 8, !tbaa !82
  store ptr %2, ptr %6, align 8, !tbaa !82
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !327
  store i64 0, ptr %7, align 8, !dbg !328, !tbaa !102
  call void @llvm.lifetime.start.p0(ptr %8) #6, !dbg !329
  %10 = load ptr, ptr %5, align 8, !dbg !330, !tbaa !82
  %11 = getelementptr inbounds nuw %struct.big, ptr %10, i32 0, i32 1, !dbg !331
  %12 = load i32, ptr %11, align 4, !dbg !331, !tbaa !96
  %13 = load ptr, ptr %6, align 8, !dbg !332, !tbaa !82
  %14 = getelementptr inbounds nuw %struct.big, ptr %13, i32 0, i32 1, !dbg !333
  %15 = load i32, ptr %14, align 4, !dbg !333, !tbaa !96
  %16 = icmp sgt i32 %12, %15, !dbg !334
  br i1 %16, label %17, label %21, !dbg !335

17:                                               ; preds = %3
  %18 = load ptr, ptr %5, align 8, !dbg !336, !tbaa !82
  %19 = getelementptr inbounds nuw %struct.big, ptr %18, i32 0, i32 1, !dbg !337
  %20 = load i32, ptr %19, align 4, !dbg !337, !tbaa !96
  br label %25, !dbg !330

21:                                               ; preds = %3
  %22 = load ptr, ptr %6, align 8, !dbg !338, !tbaa !82
  %23 = getelementptr inbounds nuw %struct.big, ptr %22, i32 0, i32 1, !dbg !339
  %24 = load i32, ptr %23, align 4, !dbg !339, !tbaa !96
  br label %25, !dbg !330

25:                                               ; preds = %21, %17
  %26 = phi i32 [ %20, %17 ], [ %24, %21 ], !dbg !340
  store i32 %26, ptr %8, align 4, !dbg !341, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #6, !dbg !342
  store i32 0, ptr %9, align 4, !dbg !343, !tbaa !9
  br label %27, !dbg !342

27:                                               ; preds = %77, %25
  %28 = load i32, ptr %9, align 4, !dbg !344, !tbaa !9
  %29 = load i32, ptr %8, align 4, !dbg !345, !tbaa !9
  %30 = icmp slt i32 %28, %29, !dbg !346
  br i1 %30, label %32, label %31, !dbg !347

31:                                               ; preds = %27
  call void @llvm.lifetime.end.p0(ptr %9) #6, !dbg !348
  br label %80

32:                                               ; preds = %27
  %33 = load i32, ptr %9, align 4, !dbg !349, !tbaa !9
  %34 = load ptr, ptr %5, align 8, !dbg !350, !tbaa !82
  %35 = getelementptr inbounds nuw %struct.big, ptr %34, i32 0, i32 1, !dbg !351
  %36 = load i32, ptr %35, align 4, !dbg !351, !tbaa !96
  %37 = icmp slt i32 %33, %36, !dbg !352
  br i1 %37, label %38, label %45, !dbg !353

38:                                               ; preds = %32
  %39 = load ptr, ptr %5, align 8, !dbg !354, !tbaa !82
  %40 = getelementptr inbounds nuw %struct.big, ptr %39, i32 0, i32 0, !dbg !355
  %41 = load i32, ptr %9, align 4, !dbg !356, !tbaa !9
  %42 = sext i32 %41 to i64, !dbg !354
  %43 = getelementptr inbounds [64 x i32], ptr %40, i64 0, i64 %42, !dbg !354
  %44 = load i32, ptr %43, align 4, !dbg !354, !tbaa !9
  br label %46, !dbg !349

45:                                               ; preds = %32
  br label %46, !dbg !349

46:                                               ; preds = %45, %38
  %47 = phi i32 [ %44, %38 ], [ 0, %45 ], !dbg !349
  %48 = zext i32 %47 to i64, !dbg !357
  %49 = load i32, ptr %9, align 4, !dbg !358, !tbaa !9
  %50 = load ptr, ptr %6, align 8, !dbg !359, !tbaa !82
  %51 = getelementptr inbounds nuw %struct.big, ptr %50, i32 0, i32 1, !dbg !360
  %52 = load i32, ptr %51, align 4, !dbg !360, !tbaa !96
  %53 = icmp slt i32 %49, %52, !dbg !361
  br i1 %53, label %54, label %61, !dbg !362

54:                                               ; preds = %46
  %55 = load ptr, ptr %6, align 8, !dbg !363, !tbaa !82
  %56 = getelementptr inbounds nuw %struct.big, ptr %55, i32 0, i32 0, !dbg !364
  %57 = load i32, ptr %9, align 4, !dbg !365, !tbaa !9
  %58 = sext i32 %57 to i64, !dbg !363
  %59 = getelementptr inbounds [64 x i32], ptr %56, i64 0, i64 %58, !dbg !363
  %60 = load i32, ptr %59, align 4, !dbg !363, !tbaa !9
  br label %62, !dbg !358

61:                                               ; preds = %46
  br label %62, !dbg !358

62:                                               ; preds = %61, %54
  %63 = phi i32 [ %60, %54 ], [ 0, %61 ], !dbg !358
  %64 = zext i32 %63 to i64, !dbg !366
  %65 = add i64 %48, %64, !dbg !367
  %66 = load i64, ptr %7, align 8, !dbg !368, !tbaa !102
  %67 = add i64 %66, %65, !dbg !369
  store i64 %67, ptr %7, align 8, !dbg !370, !tbaa !102
  %68 = load i64, ptr %7, align 8, !dbg !371, !tbaa !102
  %69 = trunc i64 %68 to i32, !dbg !372
  %70 = load ptr, ptr %4, align 8, !dbg !373, !tbaa !82
  %71 = getelementptr inbounds nuw %struct.big, ptr %70, i32 0, i32 0, !dbg !374
  %72 = load i32, ptr %9, align 4, !dbg !375, !tbaa !9
  %73 = sext i32 %72 to i64, !dbg !373
  %74 = getelementptr inbounds [64 x i32], ptr %71, i64 0, i64 %73, !dbg !373
  store i32 %69, ptr %74, align 4, !dbg !376, !tbaa !9
  %75 = load i64, ptr %7, align 8, !dbg !377, !tbaa !102
  %76 = lshr i64 %75, 32, !dbg !378
  store i64 %76, ptr %7, align 8, !dbg !379, !tbaa !102
  br label %77, !dbg !380

77:                                               ; preds = %62
  %78 = load i32, ptr %9, align 4, !dbg !381, !tbaa !9
  %79 = add nsw i32 %78, 1, !dbg !382
  store i32 %79, ptr %9, align 4, !dbg !383, !tbaa !9
  br label %27, !dbg !348, !llvm.loop !384

80:                                               ; preds = %31
  %81 = load i32, ptr %8, align 4, !dbg !386, !tbaa !9
  %82 = load ptr, ptr %4, align 8, !dbg !387, !tbaa !82
  %83 = getelementptr inbounds nuw %struct.big, ptr %82, i32 0, i32 1, !dbg !388
  store i32 %81, ptr %83, align 4, !dbg !389, !tbaa !96
  %84 = load i64, ptr %7, align 8, !dbg !390, !tbaa !102
  %85 = icmp ne i64 %84, 0, !dbg !391
  br i1 %85, label %86, label %97, !dbg !392

86:                                               ; preds = %80
  %87 = load i64, ptr %7, align 8, !dbg !393, !tbaa !102
  %88 = trunc i64 %87 to i32, !dbg !394
  %89 = load ptr, ptr %4, align 8, !dbg !395, !tbaa !82
  %90 = getelementptr inbounds nuw %struct.big, ptr %89, i32 0, i32 0, !dbg !396
  %91 = load ptr, ptr %4, align 8, !dbg !397, !tbaa !82
  %92 = getelementptr inbounds nuw %struct.big, ptr %91, i32 0, i32 1, !dbg !398
  %93 = load i32, ptr %92, align 4, !dbg !399, !tbaa !96
  %94 = add nsw i32 %93, 1, !dbg !400
  store i32 %94, ptr %92, align 4, !dbg !401, !tbaa !96
  %95 = sext i32 %93 to i64, !dbg !395
  %96 = getelementptr inbounds [64 x i32], ptr %90, i64 0, i64 %95, !dbg !395
  store i32 %88, ptr %96, align 4, !dbg !402, !tbaa !9
  br label %97, !dbg !395

97:                                               ; preds = %86, %80
  call void @llvm.lifetime.end.p0(ptr %8) #6, !dbg !403
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !403
  ret void, !dbg !404
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: nounwind uwtable
define internal i32 @div_small(ptr noundef %0, i32 noundef %1) #0 !dbg !405 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !82
  store i32 %1, ptr %4, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !406
  store i64 0, ptr %5, align 8, !dbg !407, !tbaa !102
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !408
  %8 = load ptr, ptr %3, align 8, !dbg !409, !tbaa !82
  %9 = getelementptr inbounds nuw %struct.big, ptr %8, i32 0, i32 1, !dbg !410
  %10 = load i32, ptr %9, align 4, !dbg !410, !tbaa !96
  %11 = sub nsw i32 %10, 1, !dbg !411
  store i32 %11, ptr %6, align 4, !dbg !412, !tbaa !9
  br label %12, !dbg !408

12:                                               ; preds = %41, %2
  %13 = load i32, ptr %6, align 4, !dbg !413, !tbaa !9
  %14 = icmp sge i32 %13, 0, !dbg !414
  br i1 %14, label %16, label %15, !dbg !415

15:                                               ; preds = %12
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !416
  br label %44

16:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !417
  %17 = load i64, ptr %5, align 8, !dbg !418, !tbaa !102
  %18 = shl i64 %17, 32, !dbg !419
  %19 = load ptr, ptr %3, align 8, !dbg !420, !tbaa !82
  %20 = getelementptr inbounds nuw %struct.big, ptr %19, i32 0, i32 0, !dbg !421
  %21 = load i32, ptr %6, align 4, !dbg !422, !tbaa !9
  %22 = sext i32 %21 to i64, !dbg !420
  %23 = getelementptr inbounds [64 x i32], ptr %20, i64 0, i64 %22, !dbg !420
  %24 = load i32, ptr %23, align 4, !dbg !420, !tbaa !9
  %25 = zext i32 %24 to i64, !dbg !420
  %26 = or i64 %18, %25, !dbg !423
  store i64 %26, ptr %7, align 8, !dbg !424, !tbaa !102
  %27 = load i64, ptr %7, align 8, !dbg !425, !tbaa !102
  %28 = load i32, ptr %4, align 4, !dbg !426, !tbaa !9
  %29 = zext i32 %28 to i64, !dbg !426
  %30 = udiv i64 %27, %29, !dbg !427
  %31 = trunc i64 %30 to i32, !dbg !428
  %32 = load ptr, ptr %3, align 8, !dbg !429, !tbaa !82
  %33 = getelementptr inbounds nuw %struct.big, ptr %32, i32 0, i32 0, !dbg !430
  %34 = load i32, ptr %6, align 4, !dbg !431, !tbaa !9
  %35 = sext i32 %34 to i64, !dbg !429
  %36 = getelementptr inbounds [64 x i32], ptr %33, i64 0, i64 %35, !dbg !429
  store i32 %31, ptr %36, align 4, !dbg !432, !tbaa !9
  %37 = load i64, ptr %7, align 8, !dbg !433, !tbaa !102
  %38 = load i32, ptr %4, align 4, !dbg !434, !tbaa !9
  %39 = zext i32 %38 to i64, !dbg !434
  %40 = urem i64 %37, %39, !dbg !435
  store i64 %40, ptr %5, align 8, !dbg !436, !tbaa !102
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !437
  br label %41, !dbg !438

41:                                               ; preds = %16
  %42 = load i32, ptr %6, align 4, !dbg !439, !tbaa !9
  %43 = add nsw i32 %42, -1, !dbg !440
  store i32 %43, ptr %6, align 4, !dbg !441, !tbaa !9
  br label %12, !dbg !416, !llvm.loop !442

44:                                               ; preds = %15
  br label %45, !dbg !443

45:                                               ; preds = %64, %44
  %46 = load ptr, ptr %3, align 8, !dbg !444, !tbaa !82
  %47 = getelementptr inbounds nuw %struct.big, ptr %46, i32 0, i32 1, !dbg !445
  %48 = load i32, ptr %47, align 4, !dbg !445, !tbaa !96
  %49 = icmp ne i32 %48, 0, !dbg !446
  br i1 %49, label %50, label %62, !dbg !447

50:                                               ; preds = %45
  %51 = load ptr, ptr %3, align 8, !dbg !448, !tbaa !82
  %52 = getelementptr inbounds nuw %struct.big, ptr %51, i32 0, i32 0, !dbg !449
  %53 = load ptr, ptr %3, align 8, !dbg !450, !tbaa !82
  %54 = getelementptr inbounds nuw %struct.big, ptr %53, i32 0, i32 1, !dbg !451
  %55 = load i32, ptr %54, align 4, !dbg !451, !tbaa !96
  %56 = sub nsw i32 %55, 1, !dbg !452
  %57 = sext i32 %56 to i64, !dbg !448
  %58 = getelementptr inbounds [64 x i32], ptr %52, i64 0, i64 %57, !dbg !448
  %59 = load i32, ptr %58, align 4, !dbg !448, !tbaa !9
  %60 = icmp ne i32 %59, 0, !dbg !453
  %61 = xor i1 %60, true, !dbg !453
  br label %62

62:                                               ; preds = %50, %45
  %63 = phi i1 [ false, %45 ], [ %61, %50 ], !dbg !454
  br i1 %63, label %64, label %69, !dbg !455

64:                                               ; preds = %62
  %65 = load ptr, ptr %3, align 8, !dbg !456, !tbaa !82
  %66 = getelementptr inbounds nuw %struct.big, ptr %65, i32 0, i32 1, !dbg !457
  %67 = load i32, ptr %66, align 4, !dbg !458, !tbaa !96
  %68 = add nsw i32 %67, -1, !dbg !459
  store i32 %68, ptr %66, align 4, !dbg !460, !tbaa !96
  br label %45, !dbg !443, !llvm.loop !461

69:                                               ; preds = %62
  %70 = load i64, ptr %5, align 8, !dbg !462, !tbaa !102
  %71 = trunc i64 %70 to i32, !dbg !463
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !464
  ret i32 %71, !dbg !465
}

; Function Attrs: inlinehint nounwind uwtable
define available_externally i32 @putchar(i32 noundef %0) #4 !dbg !466 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  %3 = load i32, ptr %2, align 4, !dbg !468, !tbaa !9
  %4 = load ptr, ptr @stdout, align 8, !dbg !469, !tbaa !470
  %5 = call i32 @putc(i32 noundef %3, ptr noundef %4), !dbg !472
  ret i32 %5, !dbg !473
}

declare !dbg !474 i32 @putc(i32 noundef, ptr noundef) #5

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { inlinehint nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "bignum.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 48, type: !15, scopeLine: 48, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "bignum.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 49, column: 5, scope: !13)
!18 = !DILocation(line: 49, column: 12, scope: !13)
!19 = !DILocation(line: 50, column: 10, scope: !13)
!20 = !DILocation(line: 50, column: 19, scope: !13, atomGroup: 1, atomRank: 1)
!21 = !DILocation(line: 50, column: 26, scope: !13)
!22 = !DILocation(line: 50, column: 28, scope: !13, atomGroup: 2, atomRank: 1)
!23 = !DILocation(line: 50, column: 5, scope: !13, atomGroup: 3, atomRank: 1)
!24 = !DILocation(line: 50, column: 5, scope: !13)
!25 = !DILocation(line: 50, column: 55, scope: !13)
!26 = !DILocation(line: 50, column: 41, scope: !13)
!27 = !DILocation(line: 50, column: 41, scope: !13, atomGroup: 5, atomRank: 1)
!28 = !DILocation(line: 50, column: 37, scope: !13)
!29 = !DILocation(line: 50, column: 37, scope: !13, atomGroup: 4, atomRank: 2)
!30 = !DILocation(line: 50, column: 37, scope: !13, atomGroup: 4, atomRank: 1)
!31 = distinct !{!31, !24, !32, !33}
!32 = !DILocation(line: 50, column: 56, scope: !13)
!33 = !{!"llvm.loop.mustprogress"}
!34 = !DILocation(line: 51, column: 5, scope: !13)
!35 = !DILocation(line: 52, column: 5, scope: !13)
!36 = !DILocation(line: 52, column: 12, scope: !13)
!37 = !DILocation(line: 52, column: 26, scope: !13)
!38 = !DILocation(line: 52, column: 33, scope: !13)
!39 = !DILocation(line: 53, column: 10, scope: !13)
!40 = !DILocation(line: 53, column: 14, scope: !13, atomGroup: 6, atomRank: 1)
!41 = !DILocation(line: 53, column: 23, scope: !13)
!42 = !DILocation(line: 53, column: 5, scope: !13, atomGroup: 7, atomRank: 1)
!43 = !DILocation(line: 53, column: 5, scope: !13, atomGroup: 8, atomRank: 1)
!44 = !DILocation(line: 53, column: 5, scope: !13)
!45 = !DILocation(line: 53, column: 41, scope: !13)
!46 = !DILocation(line: 53, column: 43, scope: !13)
!47 = !DILocation(line: 53, column: 43, scope: !13, atomGroup: 9, atomRank: 2)
!48 = !DILocation(line: 53, column: 43, scope: !13, atomGroup: 9, atomRank: 1)
!49 = !DILocation(line: 53, column: 48, scope: !13)
!50 = !DILocation(line: 53, column: 65, scope: !13)
!51 = !DILocation(line: 53, column: 82, scope: !13, atomGroup: 11, atomRank: 1)
!52 = !DILocation(line: 53, column: 28, scope: !13)
!53 = !DILocation(line: 53, column: 28, scope: !13, atomGroup: 10, atomRank: 2)
!54 = !DILocation(line: 53, column: 28, scope: !13, atomGroup: 10, atomRank: 1)
!55 = distinct !{!55, !44, !56, !33}
!56 = !DILocation(line: 53, column: 82, scope: !13)
!57 = !DILocation(line: 54, column: 5, scope: !13)
!58 = !DILocation(line: 55, column: 5, scope: !13)
!59 = !DILocation(line: 55, column: 18, scope: !13)
!60 = !DILocation(line: 55, column: 32, scope: !13)
!61 = !DILocation(line: 56, column: 10, scope: !13)
!62 = !DILocation(line: 56, column: 14, scope: !13, atomGroup: 12, atomRank: 1)
!63 = !DILocation(line: 56, column: 21, scope: !13)
!64 = !DILocation(line: 56, column: 23, scope: !13, atomGroup: 13, atomRank: 1)
!65 = !DILocation(line: 56, column: 5, scope: !13, atomGroup: 14, atomRank: 1)
!66 = !DILocation(line: 56, column: 5, scope: !13)
!67 = !DILocation(line: 56, column: 37, scope: !13)
!68 = !DILocation(line: 56, column: 58, scope: !13, atomGroup: 15, atomRank: 1)
!69 = !{i64 0, i64 256, !70, i64 256, i64 4, !9}
!70 = !{!11, !11, i64 0}
!71 = !DILocation(line: 56, column: 65, scope: !13, atomGroup: 16, atomRank: 1)
!72 = !DILocation(line: 56, column: 68, scope: !13, atomGroup: 18, atomRank: 1)
!73 = !DILocation(line: 56, column: 31, scope: !13)
!74 = !DILocation(line: 56, column: 31, scope: !13, atomGroup: 17, atomRank: 2)
!75 = !DILocation(line: 56, column: 31, scope: !13, atomGroup: 17, atomRank: 1)
!76 = distinct !{!76, !66, !77, !33}
!77 = !DILocation(line: 56, column: 68, scope: !13)
!78 = !DILocation(line: 57, column: 5, scope: !13)
!79 = !DILocation(line: 59, column: 1, scope: !13)
!80 = !DILocation(line: 58, column: 5, scope: !13, atomGroup: 20, atomRank: 1)
!81 = distinct !DISubprogram(name: "set_u", scope: !14, file: !14, line: 9, type: !15, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!82 = !{!83, !83, i64 0}
!83 = !{!"any pointer", !11, i64 0}
!84 = !DILocation(line: 9, column: 48, scope: !81)
!85 = !DILocation(line: 9, column: 41, scope: !81, atomGroup: 1, atomRank: 1)
!86 = !DILocation(line: 9, column: 76, scope: !81, atomGroup: 2, atomRank: 2)
!87 = !DILocation(line: 9, column: 66, scope: !81)
!88 = !DILocation(line: 9, column: 69, scope: !81)
!89 = !DILocation(line: 9, column: 74, scope: !81, atomGroup: 2, atomRank: 1)
!90 = !DILocation(line: 9, column: 86, scope: !81)
!91 = !DILocation(line: 9, column: 88, scope: !81, atomGroup: 3, atomRank: 3)
!92 = !DILocation(line: 9, column: 88, scope: !81, atomGroup: 3, atomRank: 2)
!93 = !DILocation(line: 9, column: 79, scope: !81)
!94 = !DILocation(line: 9, column: 82, scope: !81)
!95 = !DILocation(line: 9, column: 84, scope: !81, atomGroup: 3, atomRank: 1)
!96 = !{!97, !10, i64 256}
!97 = !{!"", !11, i64 0, !10, i64 256}
!98 = !DILocation(line: 9, column: 94, scope: !81, atomGroup: 4, atomRank: 1)
!99 = distinct !DISubprogram(name: "mul_small", scope: !14, file: !14, line: 10, type: !15, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!100 = !DILocation(line: 11, column: 5, scope: !99)
!101 = !DILocation(line: 11, column: 14, scope: !99, atomGroup: 1, atomRank: 1)
!102 = !{!103, !103, i64 0}
!103 = !{!"long", !11, i64 0}
!104 = !DILocation(line: 12, column: 10, scope: !99)
!105 = !DILocation(line: 12, column: 14, scope: !99, atomGroup: 2, atomRank: 1)
!106 = !DILocation(line: 12, column: 21, scope: !99)
!107 = !DILocation(line: 12, column: 25, scope: !99)
!108 = !DILocation(line: 12, column: 28, scope: !99)
!109 = !DILocation(line: 12, column: 23, scope: !99, atomGroup: 3, atomRank: 1)
!110 = !DILocation(line: 12, column: 5, scope: !99, atomGroup: 4, atomRank: 1)
!111 = !DILocation(line: 12, column: 5, scope: !99)
!112 = !DILocation(line: 12, column: 38, scope: !99)
!113 = !DILocation(line: 12, column: 61, scope: !99)
!114 = !DILocation(line: 12, column: 64, scope: !99)
!115 = !DILocation(line: 12, column: 66, scope: !99)
!116 = !DILocation(line: 12, column: 51, scope: !99)
!117 = !DILocation(line: 12, column: 71, scope: !99)
!118 = !DILocation(line: 12, column: 69, scope: !99)
!119 = !DILocation(line: 12, column: 75, scope: !99)
!120 = !DILocation(line: 12, column: 73, scope: !99, atomGroup: 5, atomRank: 2)
!121 = !DILocation(line: 12, column: 47, scope: !99, atomGroup: 5, atomRank: 1)
!122 = !DILocation(line: 12, column: 102, scope: !99, atomGroup: 6, atomRank: 3)
!123 = !DILocation(line: 12, column: 92, scope: !99, atomGroup: 6, atomRank: 2)
!124 = !DILocation(line: 12, column: 82, scope: !99)
!125 = !DILocation(line: 12, column: 85, scope: !99)
!126 = !DILocation(line: 12, column: 87, scope: !99)
!127 = !DILocation(line: 12, column: 90, scope: !99, atomGroup: 6, atomRank: 1)
!128 = !DILocation(line: 12, column: 113, scope: !99)
!129 = !DILocation(line: 12, column: 115, scope: !99, atomGroup: 7, atomRank: 2)
!130 = !DILocation(line: 12, column: 111, scope: !99, atomGroup: 7, atomRank: 1)
!131 = !DILocation(line: 12, column: 122, scope: !99)
!132 = !DILocation(line: 12, column: 122, scope: !99, atomGroup: 9, atomRank: 1)
!133 = !DILocation(line: 12, column: 32, scope: !99)
!134 = !DILocation(line: 12, column: 32, scope: !99, atomGroup: 8, atomRank: 2)
!135 = !DILocation(line: 12, column: 32, scope: !99, atomGroup: 8, atomRank: 1)
!136 = distinct !{!136, !111, !131, !33}
!137 = !DILocation(line: 13, column: 9, scope: !99)
!138 = !DILocation(line: 13, column: 9, scope: !99, atomGroup: 10, atomRank: 2)
!139 = !DILocation(line: 13, column: 9, scope: !99, atomGroup: 10, atomRank: 1)
!140 = !DILocation(line: 13, column: 41, scope: !99, atomGroup: 11, atomRank: 3)
!141 = !DILocation(line: 13, column: 31, scope: !99, atomGroup: 11, atomRank: 2)
!142 = !DILocation(line: 13, column: 16, scope: !99)
!143 = !DILocation(line: 13, column: 19, scope: !99)
!144 = !DILocation(line: 13, column: 21, scope: !99)
!145 = !DILocation(line: 13, column: 24, scope: !99)
!146 = !DILocation(line: 13, column: 25, scope: !99)
!147 = !DILocation(line: 13, column: 25, scope: !99, atomGroup: 12, atomRank: 2)
!148 = !DILocation(line: 13, column: 25, scope: !99, atomGroup: 12, atomRank: 1)
!149 = !DILocation(line: 13, column: 29, scope: !99, atomGroup: 11, atomRank: 1)
!150 = !DILocation(line: 14, column: 1, scope: !99)
!151 = !DILocation(line: 14, column: 1, scope: !99, atomGroup: 13, atomRank: 1)
!152 = distinct !DISubprogram(name: "print_big", scope: !14, file: !14, line: 39, type: !15, scopeLine: 39, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!153 = !DILocation(line: 40, column: 5, scope: !152)
!154 = !DILocation(line: 40, column: 14, scope: !152)
!155 = !DILocation(line: 40, column: 13, scope: !152, atomGroup: 1, atomRank: 1)
!156 = !DILocation(line: 40, column: 17, scope: !152)
!157 = !DILocation(line: 40, column: 32, scope: !152)
!158 = !DILocation(line: 40, column: 36, scope: !152, atomGroup: 2, atomRank: 1)
!159 = !DILocation(line: 41, column: 12, scope: !152)
!160 = !DILocation(line: 41, column: 10, scope: !152, atomGroup: 3, atomRank: 2)
!161 = !DILocation(line: 41, column: 9, scope: !152, atomGroup: 3, atomRank: 1)
!162 = !DILocation(line: 41, column: 20, scope: !152)
!163 = !DILocation(line: 41, column: 20, scope: !152, atomGroup: 5, atomRank: 2)
!164 = !DILocation(line: 41, column: 20, scope: !152, atomGroup: 5, atomRank: 1)
!165 = !DILocation(line: 41, column: 15, scope: !152)
!166 = !DILocation(line: 41, column: 24, scope: !152, atomGroup: 4, atomRank: 1)
!167 = !DILocation(line: 42, column: 5, scope: !152)
!168 = !DILocation(line: 42, column: 14, scope: !152)
!169 = !DILocation(line: 42, column: 5, scope: !152, atomGroup: 6, atomRank: 1)
!170 = !DILocation(line: 42, column: 5, scope: !152, atomGroup: 7, atomRank: 1)
!171 = !DILocation(line: 42, column: 19, scope: !152)
!172 = !DILocation(line: 42, column: 32, scope: !152, atomGroup: 8, atomRank: 2)
!173 = !DILocation(line: 42, column: 28, scope: !152, atomGroup: 8, atomRank: 1)
!174 = !DILocation(line: 42, column: 65, scope: !152)
!175 = !DILocation(line: 42, column: 69, scope: !152, atomGroup: 9, atomRank: 1)
!176 = !DILocation(line: 42, column: 76, scope: !152)
!177 = !DILocation(line: 42, column: 78, scope: !152, atomGroup: 10, atomRank: 1)
!178 = !DILocation(line: 42, column: 60, scope: !152, atomGroup: 11, atomRank: 1)
!179 = !DILocation(line: 42, column: 60, scope: !152)
!180 = !DILocation(line: 42, column: 114, scope: !152)
!181 = !DILocation(line: 42, column: 116, scope: !152)
!182 = !DILocation(line: 42, column: 112, scope: !152, atomGroup: 12, atomRank: 3)
!183 = !DILocation(line: 42, column: 101, scope: !152, atomGroup: 12, atomRank: 2)
!184 = !DILocation(line: 42, column: 95, scope: !152)
!185 = !DILocation(line: 42, column: 95, scope: !152, atomGroup: 13, atomRank: 2)
!186 = !DILocation(line: 42, column: 95, scope: !152, atomGroup: 13, atomRank: 1)
!187 = !DILocation(line: 42, column: 90, scope: !152)
!188 = !DILocation(line: 42, column: 99, scope: !152, atomGroup: 12, atomRank: 1)
!189 = !DILocation(line: 42, column: 125, scope: !152)
!190 = !DILocation(line: 42, column: 125, scope: !152, atomGroup: 14, atomRank: 2)
!191 = !DILocation(line: 42, column: 125, scope: !152, atomGroup: 14, atomRank: 1)
!192 = !DILocation(line: 42, column: 132, scope: !152, atomGroup: 16, atomRank: 1)
!193 = !DILocation(line: 42, column: 84, scope: !152)
!194 = !DILocation(line: 42, column: 84, scope: !152, atomGroup: 15, atomRank: 2)
!195 = !DILocation(line: 42, column: 84, scope: !152, atomGroup: 15, atomRank: 1)
!196 = distinct !{!196, !179, !197, !33}
!197 = !DILocation(line: 42, column: 132, scope: !152)
!198 = !DILocation(line: 42, column: 134, scope: !152)
!199 = distinct !{!199, !167, !198, !33}
!200 = !DILocation(line: 43, column: 5, scope: !152)
!201 = !DILocation(line: 43, column: 12, scope: !152)
!202 = !DILocation(line: 43, column: 14, scope: !152, atomGroup: 17, atomRank: 2)
!203 = !DILocation(line: 43, column: 18, scope: !152, atomGroup: 17, atomRank: 1)
!204 = !DILocation(line: 43, column: 25, scope: !152)
!205 = !DILocation(line: 43, column: 27, scope: !152)
!206 = !DILocation(line: 43, column: 21, scope: !152)
!207 = !DILocation(line: 43, column: 32, scope: !152)
!208 = !DILocation(line: 0, scope: !152)
!209 = !DILocation(line: 43, column: 5, scope: !152, atomGroup: 18, atomRank: 1)
!210 = !DILocation(line: 43, column: 41, scope: !152)
!211 = !DILocation(line: 43, column: 41, scope: !152, atomGroup: 19, atomRank: 2)
!212 = !DILocation(line: 43, column: 41, scope: !152, atomGroup: 19, atomRank: 1)
!213 = distinct !{!213, !200, !210, !33}
!214 = !DILocation(line: 44, column: 5, scope: !152)
!215 = !DILocation(line: 44, column: 12, scope: !152)
!216 = !DILocation(line: 44, column: 5, scope: !152, atomGroup: 20, atomRank: 1)
!217 = !DILocation(line: 44, column: 5, scope: !152, atomGroup: 21, atomRank: 1)
!218 = !DILocation(line: 44, column: 27, scope: !152)
!219 = !DILocation(line: 44, column: 27, scope: !152, atomGroup: 22, atomRank: 2)
!220 = !DILocation(line: 44, column: 27, scope: !152, atomGroup: 22, atomRank: 1)
!221 = !DILocation(line: 44, column: 23, scope: !152)
!222 = !DILocation(line: 44, column: 15, scope: !152)
!223 = distinct !{!223, !214, !224, !33}
!224 = !DILocation(line: 44, column: 31, scope: !152)
!225 = !DILocation(line: 45, column: 5, scope: !152)
!226 = !DILocation(line: 46, column: 1, scope: !152)
!227 = !DILocation(line: 46, column: 1, scope: !152, atomGroup: 23, atomRank: 1)
!228 = distinct !DISubprogram(name: "mul", scope: !14, file: !14, line: 29, type: !15, scopeLine: 29, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!229 = !DILocation(line: 30, column: 5, scope: !228)
!230 = !DILocation(line: 30, column: 12, scope: !228, atomGroup: 1, atomRank: 1)
!231 = !DILocation(line: 31, column: 10, scope: !228)
!232 = !DILocation(line: 31, column: 14, scope: !228, atomGroup: 2, atomRank: 1)
!233 = !DILocation(line: 31, column: 21, scope: !228)
!234 = !DILocation(line: 31, column: 25, scope: !228)
!235 = !DILocation(line: 31, column: 28, scope: !228)
!236 = !DILocation(line: 31, column: 23, scope: !228, atomGroup: 3, atomRank: 1)
!237 = !DILocation(line: 31, column: 5, scope: !228, atomGroup: 4, atomRank: 1)
!238 = !DILocation(line: 31, column: 5, scope: !228)
!239 = !DILocation(line: 32, column: 9, scope: !228)
!240 = !DILocation(line: 32, column: 18, scope: !228, atomGroup: 5, atomRank: 1)
!241 = !DILocation(line: 33, column: 14, scope: !228)
!242 = !DILocation(line: 33, column: 18, scope: !228, atomGroup: 6, atomRank: 1)
!243 = !DILocation(line: 33, column: 25, scope: !228)
!244 = !DILocation(line: 33, column: 29, scope: !228)
!245 = !DILocation(line: 33, column: 32, scope: !228)
!246 = !DILocation(line: 33, column: 27, scope: !228, atomGroup: 7, atomRank: 1)
!247 = !DILocation(line: 33, column: 9, scope: !228, atomGroup: 8, atomRank: 1)
!248 = !DILocation(line: 33, column: 9, scope: !228)
!249 = !DILocation(line: 33, column: 42, scope: !228)
!250 = !DILocation(line: 33, column: 65, scope: !228)
!251 = !DILocation(line: 33, column: 68, scope: !228)
!252 = !DILocation(line: 33, column: 70, scope: !228)
!253 = !DILocation(line: 33, column: 55, scope: !228)
!254 = !DILocation(line: 33, column: 75, scope: !228)
!255 = !DILocation(line: 33, column: 78, scope: !228)
!256 = !DILocation(line: 33, column: 80, scope: !228)
!257 = !DILocation(line: 33, column: 73, scope: !228)
!258 = !DILocation(line: 33, column: 87, scope: !228)
!259 = !DILocation(line: 33, column: 89, scope: !228)
!260 = !DILocation(line: 33, column: 93, scope: !228)
!261 = !DILocation(line: 33, column: 91, scope: !228)
!262 = !DILocation(line: 33, column: 85, scope: !228)
!263 = !DILocation(line: 33, column: 83, scope: !228)
!264 = !DILocation(line: 33, column: 98, scope: !228)
!265 = !DILocation(line: 33, column: 96, scope: !228, atomGroup: 9, atomRank: 2)
!266 = !DILocation(line: 33, column: 51, scope: !228, atomGroup: 9, atomRank: 1)
!267 = !DILocation(line: 33, column: 124, scope: !228, atomGroup: 10, atomRank: 3)
!268 = !DILocation(line: 33, column: 114, scope: !228, atomGroup: 10, atomRank: 2)
!269 = !DILocation(line: 33, column: 103, scope: !228)
!270 = !DILocation(line: 33, column: 105, scope: !228)
!271 = !DILocation(line: 33, column: 109, scope: !228)
!272 = !DILocation(line: 33, column: 107, scope: !228)
!273 = !DILocation(line: 33, column: 101, scope: !228)
!274 = !DILocation(line: 33, column: 112, scope: !228, atomGroup: 10, atomRank: 1)
!275 = !DILocation(line: 33, column: 131, scope: !228)
!276 = !DILocation(line: 33, column: 133, scope: !228, atomGroup: 11, atomRank: 2)
!277 = !DILocation(line: 33, column: 129, scope: !228, atomGroup: 11, atomRank: 1)
!278 = !DILocation(line: 33, column: 140, scope: !228)
!279 = !DILocation(line: 33, column: 140, scope: !228, atomGroup: 13, atomRank: 1)
!280 = !DILocation(line: 33, column: 36, scope: !228)
!281 = !DILocation(line: 33, column: 36, scope: !228, atomGroup: 12, atomRank: 2)
!282 = !DILocation(line: 33, column: 36, scope: !228, atomGroup: 12, atomRank: 1)
!283 = distinct !{!283, !248, !278, !33}
!284 = !DILocation(line: 34, column: 35, scope: !228, atomGroup: 14, atomRank: 3)
!285 = !DILocation(line: 34, column: 25, scope: !228, atomGroup: 14, atomRank: 2)
!286 = !DILocation(line: 34, column: 11, scope: !228)
!287 = !DILocation(line: 34, column: 13, scope: !228)
!288 = !DILocation(line: 34, column: 17, scope: !228)
!289 = !DILocation(line: 34, column: 20, scope: !228)
!290 = !DILocation(line: 34, column: 15, scope: !228)
!291 = !DILocation(line: 34, column: 9, scope: !228)
!292 = !DILocation(line: 34, column: 23, scope: !228, atomGroup: 14, atomRank: 1)
!293 = !DILocation(line: 35, column: 5, scope: !228)
!294 = !DILocation(line: 35, column: 5, scope: !228, atomGroup: 16, atomRank: 1)
!295 = !DILocation(line: 31, column: 32, scope: !228)
!296 = !DILocation(line: 31, column: 32, scope: !228, atomGroup: 15, atomRank: 2)
!297 = !DILocation(line: 31, column: 32, scope: !228, atomGroup: 15, atomRank: 1)
!298 = distinct !{!298, !238, !293, !33}
!299 = !DILocation(line: 36, column: 11, scope: !228)
!300 = !DILocation(line: 36, column: 14, scope: !228)
!301 = !DILocation(line: 36, column: 18, scope: !228)
!302 = !DILocation(line: 36, column: 21, scope: !228)
!303 = !DILocation(line: 36, column: 16, scope: !228, atomGroup: 17, atomRank: 2)
!304 = !DILocation(line: 36, column: 7, scope: !228)
!305 = !DILocation(line: 36, column: 9, scope: !228, atomGroup: 17, atomRank: 1)
!306 = !DILocation(line: 36, column: 24, scope: !228)
!307 = !DILocation(line: 36, column: 33, scope: !228)
!308 = !DILocation(line: 36, column: 31, scope: !228, atomGroup: 18, atomRank: 2)
!309 = !DILocation(line: 36, column: 35, scope: !228, atomGroup: 18, atomRank: 1)
!310 = !DILocation(line: 36, column: 41, scope: !228)
!311 = !DILocation(line: 36, column: 45, scope: !228)
!312 = !DILocation(line: 36, column: 47, scope: !228)
!313 = !DILocation(line: 36, column: 39, scope: !228)
!314 = !DILocation(line: 36, column: 38, scope: !228)
!315 = !DILocation(line: 0, scope: !228)
!316 = !DILocation(line: 36, column: 24, scope: !228, atomGroup: 19, atomRank: 1)
!317 = !DILocation(line: 36, column: 55, scope: !228)
!318 = !DILocation(line: 36, column: 56, scope: !228)
!319 = !DILocation(line: 36, column: 56, scope: !228, atomGroup: 20, atomRank: 2)
!320 = !DILocation(line: 36, column: 56, scope: !228, atomGroup: 20, atomRank: 1)
!321 = distinct !{!321, !306, !318, !33}
!322 = !DILocation(line: 37, column: 6, scope: !228)
!323 = !DILocation(line: 37, column: 10, scope: !228, atomGroup: 21, atomRank: 1)
!324 = !DILocation(line: 38, column: 1, scope: !228)
!325 = !DILocation(line: 38, column: 1, scope: !228, atomGroup: 22, atomRank: 1)
!326 = distinct !DISubprogram(name: "add", scope: !14, file: !14, line: 21, type: !15, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!327 = !DILocation(line: 22, column: 5, scope: !326)
!328 = !DILocation(line: 22, column: 14, scope: !326, atomGroup: 1, atomRank: 1)
!329 = !DILocation(line: 22, column: 21, scope: !326)
!330 = !DILocation(line: 22, column: 29, scope: !326)
!331 = !DILocation(line: 22, column: 32, scope: !326)
!332 = !DILocation(line: 22, column: 36, scope: !326)
!333 = !DILocation(line: 22, column: 39, scope: !326)
!334 = !DILocation(line: 22, column: 34, scope: !326, atomGroup: 3, atomRank: 2)
!335 = !DILocation(line: 22, column: 29, scope: !326, atomGroup: 3, atomRank: 1)
!336 = !DILocation(line: 22, column: 43, scope: !326)
!337 = !DILocation(line: 22, column: 46, scope: !326)
!338 = !DILocation(line: 22, column: 50, scope: !326)
!339 = !DILocation(line: 22, column: 53, scope: !326)
!340 = !DILocation(line: 22, column: 29, scope: !326, atomGroup: 2, atomRank: 2)
!341 = !DILocation(line: 22, column: 25, scope: !326, atomGroup: 2, atomRank: 1)
!342 = !DILocation(line: 23, column: 10, scope: !326)
!343 = !DILocation(line: 23, column: 14, scope: !326, atomGroup: 4, atomRank: 1)
!344 = !DILocation(line: 23, column: 21, scope: !326)
!345 = !DILocation(line: 23, column: 25, scope: !326)
!346 = !DILocation(line: 23, column: 23, scope: !326, atomGroup: 5, atomRank: 1)
!347 = !DILocation(line: 23, column: 5, scope: !326, atomGroup: 6, atomRank: 1)
!348 = !DILocation(line: 23, column: 5, scope: !326)
!349 = !DILocation(line: 24, column: 25, scope: !326)
!350 = !DILocation(line: 24, column: 29, scope: !326)
!351 = !DILocation(line: 24, column: 32, scope: !326)
!352 = !DILocation(line: 24, column: 27, scope: !326, atomGroup: 8, atomRank: 2)
!353 = !DILocation(line: 24, column: 25, scope: !326, atomGroup: 8, atomRank: 1)
!354 = !DILocation(line: 24, column: 36, scope: !326)
!355 = !DILocation(line: 24, column: 39, scope: !326)
!356 = !DILocation(line: 24, column: 41, scope: !326)
!357 = !DILocation(line: 24, column: 14, scope: !326)
!358 = !DILocation(line: 24, column: 52, scope: !326)
!359 = !DILocation(line: 24, column: 56, scope: !326)
!360 = !DILocation(line: 24, column: 59, scope: !326)
!361 = !DILocation(line: 24, column: 54, scope: !326, atomGroup: 9, atomRank: 2)
!362 = !DILocation(line: 24, column: 52, scope: !326, atomGroup: 9, atomRank: 1)
!363 = !DILocation(line: 24, column: 63, scope: !326)
!364 = !DILocation(line: 24, column: 66, scope: !326)
!365 = !DILocation(line: 24, column: 68, scope: !326)
!366 = !DILocation(line: 24, column: 51, scope: !326)
!367 = !DILocation(line: 24, column: 49, scope: !326)
!368 = !DILocation(line: 24, column: 11, scope: !326)
!369 = !DILocation(line: 24, column: 11, scope: !326, atomGroup: 7, atomRank: 2)
!370 = !DILocation(line: 24, column: 11, scope: !326, atomGroup: 7, atomRank: 1)
!371 = !DILocation(line: 25, column: 29, scope: !326, atomGroup: 10, atomRank: 3)
!372 = !DILocation(line: 25, column: 19, scope: !326, atomGroup: 10, atomRank: 2)
!373 = !DILocation(line: 25, column: 9, scope: !326)
!374 = !DILocation(line: 25, column: 12, scope: !326)
!375 = !DILocation(line: 25, column: 14, scope: !326)
!376 = !DILocation(line: 25, column: 17, scope: !326, atomGroup: 10, atomRank: 1)
!377 = !DILocation(line: 25, column: 34, scope: !326)
!378 = !DILocation(line: 25, column: 34, scope: !326, atomGroup: 11, atomRank: 2)
!379 = !DILocation(line: 25, column: 34, scope: !326, atomGroup: 11, atomRank: 1)
!380 = !DILocation(line: 26, column: 5, scope: !326, atomGroup: 13, atomRank: 1)
!381 = !DILocation(line: 23, column: 29, scope: !326)
!382 = !DILocation(line: 23, column: 29, scope: !326, atomGroup: 12, atomRank: 2)
!383 = !DILocation(line: 23, column: 29, scope: !326, atomGroup: 12, atomRank: 1)
!384 = distinct !{!384, !348, !385, !33}
!385 = !DILocation(line: 26, column: 5, scope: !326)
!386 = !DILocation(line: 27, column: 12, scope: !326, atomGroup: 14, atomRank: 2)
!387 = !DILocation(line: 27, column: 5, scope: !326)
!388 = !DILocation(line: 27, column: 8, scope: !326)
!389 = !DILocation(line: 27, column: 10, scope: !326, atomGroup: 14, atomRank: 1)
!390 = !DILocation(line: 27, column: 19, scope: !326)
!391 = !DILocation(line: 27, column: 19, scope: !326, atomGroup: 15, atomRank: 2)
!392 = !DILocation(line: 27, column: 19, scope: !326, atomGroup: 15, atomRank: 1)
!393 = !DILocation(line: 27, column: 47, scope: !326, atomGroup: 16, atomRank: 3)
!394 = !DILocation(line: 27, column: 37, scope: !326, atomGroup: 16, atomRank: 2)
!395 = !DILocation(line: 27, column: 22, scope: !326)
!396 = !DILocation(line: 27, column: 25, scope: !326)
!397 = !DILocation(line: 27, column: 27, scope: !326)
!398 = !DILocation(line: 27, column: 30, scope: !326)
!399 = !DILocation(line: 27, column: 31, scope: !326)
!400 = !DILocation(line: 27, column: 31, scope: !326, atomGroup: 17, atomRank: 2)
!401 = !DILocation(line: 27, column: 31, scope: !326, atomGroup: 17, atomRank: 1)
!402 = !DILocation(line: 27, column: 35, scope: !326, atomGroup: 16, atomRank: 1)
!403 = !DILocation(line: 28, column: 1, scope: !326)
!404 = !DILocation(line: 28, column: 1, scope: !326, atomGroup: 18, atomRank: 1)
!405 = distinct !DISubprogram(name: "div_small", scope: !14, file: !14, line: 15, type: !15, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!406 = !DILocation(line: 16, column: 5, scope: !405)
!407 = !DILocation(line: 16, column: 14, scope: !405, atomGroup: 1, atomRank: 1)
!408 = !DILocation(line: 17, column: 10, scope: !405)
!409 = !DILocation(line: 17, column: 18, scope: !405)
!410 = !DILocation(line: 17, column: 21, scope: !405)
!411 = !DILocation(line: 17, column: 23, scope: !405, atomGroup: 2, atomRank: 2)
!412 = !DILocation(line: 17, column: 14, scope: !405, atomGroup: 2, atomRank: 1)
!413 = !DILocation(line: 17, column: 28, scope: !405)
!414 = !DILocation(line: 17, column: 30, scope: !405, atomGroup: 3, atomRank: 1)
!415 = !DILocation(line: 17, column: 5, scope: !405, atomGroup: 4, atomRank: 1)
!416 = !DILocation(line: 17, column: 5, scope: !405)
!417 = !DILocation(line: 17, column: 43, scope: !405)
!418 = !DILocation(line: 17, column: 59, scope: !405)
!419 = !DILocation(line: 17, column: 63, scope: !405)
!420 = !DILocation(line: 17, column: 72, scope: !405)
!421 = !DILocation(line: 17, column: 75, scope: !405)
!422 = !DILocation(line: 17, column: 77, scope: !405)
!423 = !DILocation(line: 17, column: 70, scope: !405, atomGroup: 5, atomRank: 2)
!424 = !DILocation(line: 17, column: 52, scope: !405, atomGroup: 5, atomRank: 1)
!425 = !DILocation(line: 17, column: 102, scope: !405)
!426 = !DILocation(line: 17, column: 108, scope: !405)
!427 = !DILocation(line: 17, column: 106, scope: !405, atomGroup: 6, atomRank: 3)
!428 = !DILocation(line: 17, column: 91, scope: !405, atomGroup: 6, atomRank: 2)
!429 = !DILocation(line: 17, column: 81, scope: !405)
!430 = !DILocation(line: 17, column: 84, scope: !405)
!431 = !DILocation(line: 17, column: 86, scope: !405)
!432 = !DILocation(line: 17, column: 89, scope: !405, atomGroup: 6, atomRank: 1)
!433 = !DILocation(line: 17, column: 118, scope: !405)
!434 = !DILocation(line: 17, column: 124, scope: !405)
!435 = !DILocation(line: 17, column: 122, scope: !405, atomGroup: 7, atomRank: 2)
!436 = !DILocation(line: 17, column: 116, scope: !405, atomGroup: 7, atomRank: 1)
!437 = !DILocation(line: 17, column: 127, scope: !405)
!438 = !DILocation(line: 17, column: 127, scope: !405, atomGroup: 9, atomRank: 1)
!439 = !DILocation(line: 17, column: 37, scope: !405)
!440 = !DILocation(line: 17, column: 37, scope: !405, atomGroup: 8, atomRank: 2)
!441 = !DILocation(line: 17, column: 37, scope: !405, atomGroup: 8, atomRank: 1)
!442 = distinct !{!442, !416, !437, !33}
!443 = !DILocation(line: 18, column: 5, scope: !405)
!444 = !DILocation(line: 18, column: 12, scope: !405)
!445 = !DILocation(line: 18, column: 15, scope: !405)
!446 = !DILocation(line: 18, column: 12, scope: !405, atomGroup: 10, atomRank: 2)
!447 = !DILocation(line: 18, column: 17, scope: !405, atomGroup: 10, atomRank: 1)
!448 = !DILocation(line: 18, column: 21, scope: !405)
!449 = !DILocation(line: 18, column: 24, scope: !405)
!450 = !DILocation(line: 18, column: 26, scope: !405)
!451 = !DILocation(line: 18, column: 29, scope: !405)
!452 = !DILocation(line: 18, column: 31, scope: !405)
!453 = !DILocation(line: 18, column: 20, scope: !405)
!454 = !DILocation(line: 0, scope: !405)
!455 = !DILocation(line: 18, column: 5, scope: !405, atomGroup: 11, atomRank: 1)
!456 = !DILocation(line: 18, column: 37, scope: !405)
!457 = !DILocation(line: 18, column: 40, scope: !405)
!458 = !DILocation(line: 18, column: 41, scope: !405)
!459 = !DILocation(line: 18, column: 41, scope: !405, atomGroup: 12, atomRank: 2)
!460 = !DILocation(line: 18, column: 41, scope: !405, atomGroup: 12, atomRank: 1)
!461 = distinct !{!461, !443, !458, !33}
!462 = !DILocation(line: 19, column: 22, scope: !405, atomGroup: 14, atomRank: 3)
!463 = !DILocation(line: 19, column: 12, scope: !405, atomGroup: 14, atomRank: 2)
!464 = !DILocation(line: 20, column: 1, scope: !405)
!465 = !DILocation(line: 19, column: 5, scope: !405, atomGroup: 14, atomRank: 1)
!466 = distinct !DISubprogram(name: "putchar", scope: !467, file: !467, line: 82, type: !15, scopeLine: 83, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!467 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdio.h", directory: "")
!468 = !DILocation(line: 84, column: 16, scope: !466)
!469 = !DILocation(line: 84, column: 21, scope: !466)
!470 = !{!471, !471, i64 0}
!471 = !{!"p1 _ZTS8_IO_FILE", !83, i64 0}
!472 = !DILocation(line: 84, column: 10, scope: !466, atomGroup: 1, atomRank: 2)
!473 = !DILocation(line: 84, column: 3, scope: !466, atomGroup: 1, atomRank: 1)
!474 = !DISubprogram(name: "putc", scope: !475, file: !475, line: 550, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!475 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
