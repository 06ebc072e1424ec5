; ModuleID = 'bintree.c'
source_filename = "bintree.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.avl = type { i32, i32, ptr, ptr }

@.str = private unnamed_addr constant [37 x i8] c"count %d height %d root %d hash %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [29 x i8] c"count %d height %d hash %ld\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5, !dbg !17
  store ptr null, ptr %2, align 8, !dbg !18, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !22
  store i32 0, ptr %3, align 4, !dbg !23, !tbaa !9
  br label %6, !dbg !22

6:                                                ; preds = %16, %0
  %7 = load i32, ptr %3, align 4, !dbg !24, !tbaa !9
  %8 = icmp slt i32 %7, 5000, !dbg !25
  br i1 %8, label %10, label %9, !dbg !26

9:                                                ; preds = %6
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !27
  br label %19

10:                                               ; preds = %6
  %11 = load ptr, ptr %2, align 8, !dbg !28, !tbaa !19
  %12 = load i32, ptr %3, align 4, !dbg !29, !tbaa !9
  %13 = mul i32 %12, -1640531535, !dbg !30
  %14 = urem i32 %13, 100000, !dbg !31
  %15 = call ptr @insert(ptr noundef %11, i32 noundef %14), !dbg !32
  store ptr %15, ptr %2, align 8, !dbg !33, !tbaa !19
  br label %16, !dbg !34

16:                                               ; preds = %10
  %17 = load i32, ptr %3, align 4, !dbg !35, !tbaa !9
  %18 = add nsw i32 %17, 1, !dbg !36
  store i32 %18, ptr %3, align 4, !dbg !37, !tbaa !9
  br label %6, !dbg !27, !llvm.loop !38

19:                                               ; preds = %9
  %20 = load ptr, ptr %2, align 8, !dbg !41, !tbaa !19
  %21 = call i32 @count(ptr noundef %20), !dbg !42
  %22 = load ptr, ptr %2, align 8, !dbg !43, !tbaa !19
  %23 = call i32 @ht(ptr noundef %22), !dbg !44
  %24 = load ptr, ptr %2, align 8, !dbg !45, !tbaa !19
  %25 = getelementptr inbounds nuw %struct.avl, ptr %24, i32 0, i32 0, !dbg !46
  %26 = load i32, ptr %25, align 8, !dbg !46, !tbaa !47
  %27 = load ptr, ptr %2, align 8, !dbg !49, !tbaa !19
  %28 = call i64 @inorder(ptr noundef %27, i64 noundef 0), !dbg !50
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %21, i32 noundef %23, i32 noundef %26, i64 noundef %28), !dbg !51
  call void @llvm.lifetime.start.p0(ptr %4) #5, !dbg !52
  store i32 0, ptr %4, align 4, !dbg !53, !tbaa !9
  br label %30, !dbg !52

30:                                               ; preds = %40, %19
  %31 = load i32, ptr %4, align 4, !dbg !54, !tbaa !9
  %32 = icmp slt i32 %31, 5000, !dbg !55
  br i1 %32, label %34, label %33, !dbg !56

33:                                               ; preds = %30
  call void @llvm.lifetime.end.p0(ptr %4) #5, !dbg !57
  br label %43

34:                                               ; preds = %30
  %35 = load ptr, ptr %2, align 8, !dbg !58, !tbaa !19
  %36 = load i32, ptr %4, align 4, !dbg !59, !tbaa !9
  %37 = mul i32 %36, -1640531535, !dbg !60
  %38 = urem i32 %37, 100000, !dbg !61
  %39 = call ptr @erase(ptr noundef %35, i32 noundef %38), !dbg !62
  store ptr %39, ptr %2, align 8, !dbg !63, !tbaa !19
  br label %40, !dbg !64

40:                                               ; preds = %34
  %41 = load i32, ptr %4, align 4, !dbg !65, !tbaa !9
  %42 = add nsw i32 %41, 2, !dbg !66
  store i32 %42, ptr %4, align 4, !dbg !67, !tbaa !9
  br label %30, !dbg !57, !llvm.loop !68

43:                                               ; preds = %33
  %44 = load ptr, ptr %2, align 8, !dbg !70, !tbaa !19
  %45 = call i32 @count(ptr noundef %44), !dbg !71
  %46 = load ptr, ptr %2, align 8, !dbg !72, !tbaa !19
  %47 = call i32 @ht(ptr noundef %46), !dbg !73
  %48 = load ptr, ptr %2, align 8, !dbg !74, !tbaa !19
  %49 = call i64 @inorder(ptr noundef %48, i64 noundef 0), !dbg !75
  %50 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %45, i32 noundef %47, i64 noundef %49), !dbg !76
  call void @llvm.lifetime.start.p0(ptr %5) #5, !dbg !77
  store i32 0, ptr %5, align 4, !dbg !78, !tbaa !9
  br label %51, !dbg !77

51:                                               ; preds = %59, %43
  %52 = load i32, ptr %5, align 4, !dbg !79, !tbaa !9
  %53 = icmp slt i32 %52, 1000, !dbg !80
  br i1 %53, label %55, label %54, !dbg !81

54:                                               ; preds = %51
  call void @llvm.lifetime.end.p0(ptr %5) #5, !dbg !82
  br label %62

55:                                               ; preds = %51
  %56 = load ptr, ptr %2, align 8, !dbg !83, !tbaa !19
  %57 = load i32, ptr %5, align 4, !dbg !84, !tbaa !9
  %58 = call ptr @insert(ptr noundef %56, i32 noundef %57), !dbg !85
  store ptr %58, ptr %2, align 8, !dbg !86, !tbaa !19
  br label %59, !dbg !87

59:                                               ; preds = %55
  %60 = load i32, ptr %5, align 4, !dbg !88, !tbaa !9
  %61 = add nsw i32 %60, 1, !dbg !89
  store i32 %61, ptr %5, align 4, !dbg !90, !tbaa !9
  br label %51, !dbg !82, !llvm.loop !91

62:                                               ; preds = %54
  %63 = load ptr, ptr %2, align 8, !dbg !93, !tbaa !19
  %64 = call i32 @count(ptr noundef %63), !dbg !94
  %65 = load ptr, ptr %2, align 8, !dbg !95, !tbaa !19
  %66 = call i32 @ht(ptr noundef %65), !dbg !96
  %67 = load ptr, ptr %2, align 8, !dbg !97, !tbaa !19
  %68 = call i64 @inorder(ptr noundef %67, i64 noundef 0), !dbg !98
  %69 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %64, i32 noundef %66, i64 noundef %68), !dbg !99
  %70 = load ptr, ptr %2, align 8, !dbg !100, !tbaa !19
  call void @destroy(ptr noundef %70), !dbg !101
  call void @llvm.lifetime.end.p0(ptr %2) #5, !dbg !102
  ret i32 0, !dbg !103
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal ptr @insert(ptr noundef %0, i32 noundef %1) #0 !dbg !104 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !19
  store i32 %1, ptr %5, align 4, !tbaa !9
  %6 = load ptr, ptr %4, align 8, !dbg !105, !tbaa !19
  %7 = icmp ne ptr %6, null, !dbg !106
  br i1 %7, label %16, label %8, !dbg !107

8:                                                ; preds = %2
  %9 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 24) #6, !dbg !108
  store ptr %9, ptr %4, align 8, !dbg !109, !tbaa !19
  %10 = load i32, ptr %5, align 4, !dbg !110, !tbaa !9
  %11 = load ptr, ptr %4, align 8, !dbg !111, !tbaa !19
  %12 = getelementptr inbounds nuw %struct.avl, ptr %11, i32 0, i32 0, !dbg !112
  store i32 %10, ptr %12, align 8, !dbg !113, !tbaa !47
  %13 = load ptr, ptr %4, align 8, !dbg !114, !tbaa !19
  %14 = getelementptr inbounds nuw %struct.avl, ptr %13, i32 0, i32 1, !dbg !115
  store i32 1, ptr %14, align 4, !dbg !116, !tbaa !117
  %15 = load ptr, ptr %4, align 8, !dbg !118, !tbaa !19
  store ptr %15, ptr %3, align 8, !dbg !119
  br label %50, !dbg !119

16:                                               ; preds = %2
  %17 = load i32, ptr %5, align 4, !dbg !120, !tbaa !9
  %18 = load ptr, ptr %4, align 8, !dbg !121, !tbaa !19
  %19 = getelementptr inbounds nuw %struct.avl, ptr %18, i32 0, i32 0, !dbg !122
  %20 = load i32, ptr %19, align 8, !dbg !122, !tbaa !47
  %21 = icmp slt i32 %17, %20, !dbg !123
  br i1 %21, label %22, label %30, !dbg !124

22:                                               ; preds = %16
  %23 = load ptr, ptr %4, align 8, !dbg !125, !tbaa !19
  %24 = getelementptr inbounds nuw %struct.avl, ptr %23, i32 0, i32 2, !dbg !126
  %25 = load ptr, ptr %24, align 8, !dbg !126, !tbaa !127
  %26 = load i32, ptr %5, align 4, !dbg !128, !tbaa !9
  %27 = call ptr @insert(ptr noundef %25, i32 noundef %26), !dbg !129
  %28 = load ptr, ptr %4, align 8, !dbg !130, !tbaa !19
  %29 = getelementptr inbounds nuw %struct.avl, ptr %28, i32 0, i32 2, !dbg !131
  store ptr %27, ptr %29, align 8, !dbg !132, !tbaa !127
  br label %47, !dbg !130

30:                                               ; preds = %16
  %31 = load i32, ptr %5, align 4, !dbg !133, !tbaa !9
  %32 = load ptr, ptr %4, align 8, !dbg !134, !tbaa !19
  %33 = getelementptr inbounds nuw %struct.avl, ptr %32, i32 0, i32 0, !dbg !135
  %34 = load i32, ptr %33, align 8, !dbg !135, !tbaa !47
  %35 = icmp sgt i32 %31, %34, !dbg !136
  br i1 %35, label %36, label %44, !dbg !137

36:                                               ; preds = %30
  %37 = load ptr, ptr %4, align 8, !dbg !138, !tbaa !19
  %38 = getelementptr inbounds nuw %struct.avl, ptr %37, i32 0, i32 3, !dbg !139
  %39 = load ptr, ptr %38, align 8, !dbg !139, !tbaa !140
  %40 = load i32, ptr %5, align 4, !dbg !141, !tbaa !9
  %41 = call ptr @insert(ptr noundef %39, i32 noundef %40), !dbg !142
  %42 = load ptr, ptr %4, align 8, !dbg !143, !tbaa !19
  %43 = getelementptr inbounds nuw %struct.avl, ptr %42, i32 0, i32 3, !dbg !144
  store ptr %41, ptr %43, align 8, !dbg !145, !tbaa !140
  br label %46, !dbg !143

44:                                               ; preds = %30
  %45 = load ptr, ptr %4, align 8, !dbg !146, !tbaa !19
  store ptr %45, ptr %3, align 8, !dbg !147
  br label %50, !dbg !147

46:                                               ; preds = %36
  br label %47

47:                                               ; preds = %46, %22
  %48 = load ptr, ptr %4, align 8, !dbg !148, !tbaa !19
  %49 = call ptr @balance(ptr noundef %48), !dbg !149
  store ptr %49, ptr %3, align 8, !dbg !150
  br label %50, !dbg !150

50:                                               ; preds = %47, %44, %8
  %51 = load ptr, ptr %3, align 8, !dbg !151
  ret ptr %51, !dbg !152
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !153 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind uwtable
define internal i32 @count(ptr noundef %0) #0 !dbg !155 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !19
  %3 = load ptr, ptr %2, align 8, !dbg !156, !tbaa !19
  %4 = icmp ne ptr %3, null, !dbg !157
  br i1 %4, label %5, label %16, !dbg !158

5:                                                ; preds = %1
  %6 = load ptr, ptr %2, align 8, !dbg !159, !tbaa !19
  %7 = getelementptr inbounds nuw %struct.avl, ptr %6, i32 0, i32 2, !dbg !160
  %8 = load ptr, ptr %7, align 8, !dbg !160, !tbaa !127
  %9 = call i32 @count(ptr noundef %8), !dbg !161
  %10 = add nsw i32 1, %9, !dbg !162
  %11 = load ptr, ptr %2, align 8, !dbg !163, !tbaa !19
  %12 = getelementptr inbounds nuw %struct.avl, ptr %11, i32 0, i32 3, !dbg !164
  %13 = load ptr, ptr %12, align 8, !dbg !164, !tbaa !140
  %14 = call i32 @count(ptr noundef %13), !dbg !165
  %15 = add nsw i32 %10, %14, !dbg !166
  br label %17, !dbg !156

16:                                               ; preds = %1
  br label %17, !dbg !156

17:                                               ; preds = %16, %5
  %18 = phi i32 [ %15, %5 ], [ 0, %16 ], !dbg !167
  ret i32 %18, !dbg !168
}

; Function Attrs: nounwind uwtable
define internal i32 @ht(ptr noundef %0) #0 !dbg !169 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !19
  %3 = load ptr, ptr %2, align 8, !dbg !170, !tbaa !19
  %4 = icmp ne ptr %3, null, !dbg !171
  br i1 %4, label %5, label %9, !dbg !172

5:                                                ; preds = %1
  %6 = load ptr, ptr %2, align 8, !dbg !173, !tbaa !19
  %7 = getelementptr inbounds nuw %struct.avl, ptr %6, i32 0, i32 1, !dbg !174
  %8 = load i32, ptr %7, align 4, !dbg !174, !tbaa !117
  br label %10, !dbg !170

9:                                                ; preds = %1
  br label %10, !dbg !170

10:                                               ; preds = %9, %5
  %11 = phi i32 [ %8, %5 ], [ 0, %9 ], !dbg !175
  ret i32 %11, !dbg !176
}

; Function Attrs: nounwind uwtable
define internal i64 @inorder(ptr noundef %0, i64 noundef %1) #0 !dbg !177 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !19
  store i64 %1, ptr %5, align 8, !tbaa !178
  %6 = load ptr, ptr %4, align 8, !dbg !180, !tbaa !19
  %7 = icmp ne ptr %6, null, !dbg !181
  br i1 %7, label %10, label %8, !dbg !182

8:                                                ; preds = %2
  %9 = load i64, ptr %5, align 8, !dbg !183, !tbaa !178
  store i64 %9, ptr %3, align 8, !dbg !184
  br label %29, !dbg !184

10:                                               ; preds = %2
  %11 = load ptr, ptr %4, align 8, !dbg !185, !tbaa !19
  %12 = getelementptr inbounds nuw %struct.avl, ptr %11, i32 0, i32 2, !dbg !186
  %13 = load ptr, ptr %12, align 8, !dbg !186, !tbaa !127
  %14 = load i64, ptr %5, align 8, !dbg !187, !tbaa !178
  %15 = call i64 @inorder(ptr noundef %13, i64 noundef %14), !dbg !188
  store i64 %15, ptr %5, align 8, !dbg !189, !tbaa !178
  %16 = load i64, ptr %5, align 8, !dbg !190, !tbaa !178
  %17 = mul nsw i64 %16, 31, !dbg !191
  %18 = srem i64 %17, 1000000007, !dbg !192
  %19 = load ptr, ptr %4, align 8, !dbg !193, !tbaa !19
  %20 = getelementptr inbounds nuw %struct.avl, ptr %19, i32 0, i32 0, !dbg !194
  %21 = load i32, ptr %20, align 8, !dbg !194, !tbaa !47
  %22 = sext i32 %21 to i64, !dbg !193
  %23 = add nsw i64 %18, %22, !dbg !195
  store i64 %23, ptr %5, align 8, !dbg !196, !tbaa !178
  %24 = load ptr, ptr %4, align 8, !dbg !197, !tbaa !19
  %25 = getelementptr inbounds nuw %struct.avl, ptr %24, i32 0, i32 3, !dbg !198
  %26 = load ptr, ptr %25, align 8, !dbg !198, !tbaa !140
  %27 = load i64, ptr %5, align 8, !dbg !199, !tbaa !178
  %28 = call i64 @inorder(ptr noundef %26, i64 noundef %27), !dbg !200
  store i64 %28, ptr %3, align 8, !dbg !201
  br label %29, !dbg !201

29:                                               ; preds = %10, %8
  %30 = load i64, ptr %3, align 8, !dbg !202
  ret i64 %30, !dbg !203
}

; Function Attrs: nounwind uwtable
define internal ptr @erase(ptr noundef %0, i32 noundef %1) #0 !dbg !204 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !19
  store i32 %1, ptr %5, align 4, !tbaa !9
  %10 = load ptr, ptr %4, align 8, !dbg !205, !tbaa !19
  %11 = icmp ne ptr %10, null, !dbg !206
  br i1 %11, label %13, label %12, !dbg !207

12:                                               ; preds = %2
  store ptr null, ptr %3, align 8, !dbg !208
  br label %69, !dbg !208

13:                                               ; preds = %2
  %14 = load i32, ptr %5, align 4, !dbg !209, !tbaa !9
  %15 = load ptr, ptr %4, align 8, !dbg !210, !tbaa !19
  %16 = getelementptr inbounds nuw %struct.avl, ptr %15, i32 0, i32 0, !dbg !211
  %17 = load i32, ptr %16, align 8, !dbg !211, !tbaa !47
  %18 = icmp slt i32 %14, %17, !dbg !212
  br i1 %18, label %19, label %27, !dbg !213

19:                                               ; preds = %13
  %20 = load ptr, ptr %4, align 8, !dbg !214, !tbaa !19
  %21 = getelementptr inbounds nuw %struct.avl, ptr %20, i32 0, i32 2, !dbg !215
  %22 = load ptr, ptr %21, align 8, !dbg !215, !tbaa !127
  %23 = load i32, ptr %5, align 4, !dbg !216, !tbaa !9
  %24 = call ptr @erase(ptr noundef %22, i32 noundef %23), !dbg !217
  %25 = load ptr, ptr %4, align 8, !dbg !218, !tbaa !19
  %26 = getelementptr inbounds nuw %struct.avl, ptr %25, i32 0, i32 2, !dbg !219
  store ptr %24, ptr %26, align 8, !dbg !220, !tbaa !127
  br label %66, !dbg !218

27:                                               ; preds = %13
  %28 = load i32, ptr %5, align 4, !dbg !221, !tbaa !9
  %29 = load ptr, ptr %4, align 8, !dbg !222, !tbaa !19
  %30 = getelementptr inbounds nuw %struct.avl, ptr %29, i32 0, i32 0, !dbg !223
  %31 = load i32, ptr %30, align 8, !dbg !223, !tbaa !47
  %32 = icmp sgt i32 %28, %31, !dbg !224
  br i1 %32, label %33, label %41, !dbg !225

33:                                               ; preds = %27
  %34 = load ptr, ptr %4, align 8, !dbg !226, !tbaa !19
  %35 = getelementptr inbounds nuw %struct.avl, ptr %34, i32 0, i32 3, !dbg !227
  %36 = load ptr, ptr %35, align 8, !dbg !227, !tbaa !140
  %37 = load i32, ptr %5, align 4, !dbg !228, !tbaa !9
  %38 = call ptr @erase(ptr noundef %36, i32 noundef %37), !dbg !229
  %39 = load ptr, ptr %4, align 8, !dbg !230, !tbaa !19
  %40 = getelementptr inbounds nuw %struct.avl, ptr %39, i32 0, i32 3, !dbg !231
  store ptr %38, ptr %40, align 8, !dbg !232, !tbaa !140
  br label %65, !dbg !230

41:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(ptr %6) #5, !dbg !233
  %42 = load ptr, ptr %4, align 8, !dbg !234, !tbaa !19
  %43 = getelementptr inbounds nuw %struct.avl, ptr %42, i32 0, i32 2, !dbg !235
  %44 = load ptr, ptr %43, align 8, !dbg !236, !tbaa !127
  store ptr %44, ptr %6, align 8, !dbg !237, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %7) #5, !dbg !233
  %45 = load ptr, ptr %4, align 8, !dbg !238, !tbaa !19
  %46 = getelementptr inbounds nuw %struct.avl, ptr %45, i32 0, i32 3, !dbg !239
  %47 = load ptr, ptr %46, align 8, !dbg !240, !tbaa !140
  store ptr %47, ptr %7, align 8, !dbg !241, !tbaa !19
  %48 = load ptr, ptr %4, align 8, !dbg !242, !tbaa !19
  call void @free(ptr noundef %48) #5, !dbg !243
  %49 = load ptr, ptr %7, align 8, !dbg !244, !tbaa !19
  %50 = icmp ne ptr %49, null, !dbg !245
  br i1 %50, label %53, label %51, !dbg !246

51:                                               ; preds = %41
  %52 = load ptr, ptr %6, align 8, !dbg !247, !tbaa !19
  store ptr %52, ptr %3, align 8, !dbg !248
  store i32 1, ptr %8, align 4
  br label %64, !dbg !248

53:                                               ; preds = %41
  call void @llvm.lifetime.start.p0(ptr %9) #5, !dbg !249
  %54 = load ptr, ptr %7, align 8, !dbg !250, !tbaa !19
  %55 = call ptr @remove_min(ptr noundef %54, ptr noundef %9), !dbg !251
  store ptr %55, ptr %7, align 8, !dbg !252, !tbaa !19
  %56 = load ptr, ptr %6, align 8, !dbg !253, !tbaa !19
  %57 = load ptr, ptr %9, align 8, !dbg !254, !tbaa !19
  %58 = getelementptr inbounds nuw %struct.avl, ptr %57, i32 0, i32 2, !dbg !255
  store ptr %56, ptr %58, align 8, !dbg !256, !tbaa !127
  %59 = load ptr, ptr %7, align 8, !dbg !257, !tbaa !19
  %60 = load ptr, ptr %9, align 8, !dbg !258, !tbaa !19
  %61 = getelementptr inbounds nuw %struct.avl, ptr %60, i32 0, i32 3, !dbg !259
  store ptr %59, ptr %61, align 8, !dbg !260, !tbaa !140
  %62 = load ptr, ptr %9, align 8, !dbg !261, !tbaa !19
  %63 = call ptr @balance(ptr noundef %62), !dbg !262
  store ptr %63, ptr %3, align 8, !dbg !263
  store i32 1, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #5, !dbg !264
  br label %64

64:                                               ; preds = %53, %51
  call void @llvm.lifetime.end.p0(ptr %7) #5, !dbg !264
  call void @llvm.lifetime.end.p0(ptr %6) #5, !dbg !264
  br label %69

65:                                               ; preds = %33
  br label %66

66:                                               ; preds = %65, %19
  %67 = load ptr, ptr %4, align 8, !dbg !265, !tbaa !19
  %68 = call ptr @balance(ptr noundef %67), !dbg !266
  store ptr %68, ptr %3, align 8, !dbg !267
  br label %69, !dbg !267

69:                                               ; preds = %66, %64, %12
  %70 = load ptr, ptr %3, align 8, !dbg !268
  ret ptr %70, !dbg !269
}

; Function Attrs: nounwind uwtable
define internal void @destroy(ptr noundef %0) #0 !dbg !270 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !19
  %3 = load ptr, ptr %2, align 8, !dbg !271, !tbaa !19
  %4 = icmp ne ptr %3, null, !dbg !272
  br i1 %4, label %5, label %13, !dbg !273

5:                                                ; preds = %1
  %6 = load ptr, ptr %2, align 8, !dbg !274, !tbaa !19
  %7 = getelementptr inbounds nuw %struct.avl, ptr %6, i32 0, i32 2, !dbg !275
  %8 = load ptr, ptr %7, align 8, !dbg !275, !tbaa !127
  call void @destroy(ptr noundef %8), !dbg !276
  %9 = load ptr, ptr %2, align 8, !dbg !277, !tbaa !19
  %10 = getelementptr inbounds nuw %struct.avl, ptr %9, i32 0, i32 3, !dbg !278
  %11 = load ptr, ptr %10, align 8, !dbg !278, !tbaa !140
  call void @destroy(ptr noundef %11), !dbg !279
  %12 = load ptr, ptr %2, align 8, !dbg !280, !tbaa !19
  call void @free(ptr noundef %12) #5, !dbg !281
  br label %13, !dbg !282

13:                                               ; preds = %5, %1
  ret void, !dbg !283
}

; Function Attrs: nounwind allocsize(0,1)
declare !dbg !284 noalias ptr @calloc(i64 noundef, i64 noundef) #3

; Function Attrs: nounwind uwtable
define internal ptr @balance(ptr noundef %0) #0 !dbg !286 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !19
  %6 = load ptr, ptr %3, align 8, !dbg !287, !tbaa !19
  call void @fix(ptr noundef %6), !dbg !288
  call void @llvm.lifetime.start.p0(ptr %4) #5, !dbg !289
  %7 = load ptr, ptr %3, align 8, !dbg !290, !tbaa !19
  %8 = getelementptr inbounds nuw %struct.avl, ptr %7, i32 0, i32 2, !dbg !291
  %9 = load ptr, ptr %8, align 8, !dbg !291, !tbaa !127
  %10 = call i32 @ht(ptr noundef %9), !dbg !292
  %11 = load ptr, ptr %3, align 8, !dbg !293, !tbaa !19
  %12 = getelementptr inbounds nuw %struct.avl, ptr %11, i32 0, i32 3, !dbg !294
  %13 = load ptr, ptr %12, align 8, !dbg !294, !tbaa !140
  %14 = call i32 @ht(ptr noundef %13), !dbg !295
  %15 = sub nsw i32 %10, %14, !dbg !296
  store i32 %15, ptr %4, align 4, !dbg !297, !tbaa !9
  %16 = load i32, ptr %4, align 4, !dbg !298, !tbaa !9
  %17 = icmp sgt i32 %16, 1, !dbg !299
  br i1 %17, label %18, label %42, !dbg !300

18:                                               ; preds = %1
  %19 = load ptr, ptr %3, align 8, !dbg !301, !tbaa !19
  %20 = getelementptr inbounds nuw %struct.avl, ptr %19, i32 0, i32 2, !dbg !302
  %21 = load ptr, ptr %20, align 8, !dbg !302, !tbaa !127
  %22 = getelementptr inbounds nuw %struct.avl, ptr %21, i32 0, i32 2, !dbg !303
  %23 = load ptr, ptr %22, align 8, !dbg !303, !tbaa !127
  %24 = call i32 @ht(ptr noundef %23), !dbg !304
  %25 = load ptr, ptr %3, align 8, !dbg !305, !tbaa !19
  %26 = getelementptr inbounds nuw %struct.avl, ptr %25, i32 0, i32 2, !dbg !306
  %27 = load ptr, ptr %26, align 8, !dbg !306, !tbaa !127
  %28 = getelementptr inbounds nuw %struct.avl, ptr %27, i32 0, i32 3, !dbg !307
  %29 = load ptr, ptr %28, align 8, !dbg !307, !tbaa !140
  %30 = call i32 @ht(ptr noundef %29), !dbg !308
  %31 = icmp slt i32 %24, %30, !dbg !309
  br i1 %31, label %32, label %39, !dbg !310

32:                                               ; preds = %18
  %33 = load ptr, ptr %3, align 8, !dbg !311, !tbaa !19
  %34 = getelementptr inbounds nuw %struct.avl, ptr %33, i32 0, i32 2, !dbg !312
  %35 = load ptr, ptr %34, align 8, !dbg !312, !tbaa !127
  %36 = call ptr @rot_l(ptr noundef %35), !dbg !313
  %37 = load ptr, ptr %3, align 8, !dbg !314, !tbaa !19
  %38 = getelementptr inbounds nuw %struct.avl, ptr %37, i32 0, i32 2, !dbg !315
  store ptr %36, ptr %38, align 8, !dbg !316, !tbaa !127
  br label %39, !dbg !314

39:                                               ; preds = %32, %18
  %40 = load ptr, ptr %3, align 8, !dbg !317, !tbaa !19
  %41 = call ptr @rot_r(ptr noundef %40), !dbg !318
  store ptr %41, ptr %2, align 8, !dbg !319
  store i32 1, ptr %5, align 4
  br label %71, !dbg !319

42:                                               ; preds = %1
  %43 = load i32, ptr %4, align 4, !dbg !320, !tbaa !9
  %44 = icmp slt i32 %43, -1, !dbg !321
  br i1 %44, label %45, label %69, !dbg !322

45:                                               ; preds = %42
  %46 = load ptr, ptr %3, align 8, !dbg !323, !tbaa !19
  %47 = getelementptr inbounds nuw %struct.avl, ptr %46, i32 0, i32 3, !dbg !324
  %48 = load ptr, ptr %47, align 8, !dbg !324, !tbaa !140
  %49 = getelementptr inbounds nuw %struct.avl, ptr %48, i32 0, i32 3, !dbg !325
  %50 = load ptr, ptr %49, align 8, !dbg !325, !tbaa !140
  %51 = call i32 @ht(ptr noundef %50), !dbg !326
  %52 = load ptr, ptr %3, align 8, !dbg !327, !tbaa !19
  %53 = getelementptr inbounds nuw %struct.avl, ptr %52, i32 0, i32 3, !dbg !328
  %54 = load ptr, ptr %53, align 8, !dbg !328, !tbaa !140
  %55 = getelementptr inbounds nuw %struct.avl, ptr %54, i32 0, i32 2, !dbg !329
  %56 = load ptr, ptr %55, align 8, !dbg !329, !tbaa !127
  %57 = call i32 @ht(ptr noundef %56), !dbg !330
  %58 = icmp slt i32 %51, %57, !dbg !331
  br i1 %58, label %59, label %66, !dbg !332

59:                                               ; preds = %45
  %60 = load ptr, ptr %3, align 8, !dbg !333, !tbaa !19
  %61 = getelementptr inbounds nuw %struct.avl, ptr %60, i32 0, i32 3, !dbg !334
  %62 = load ptr, ptr %61, align 8, !dbg !334, !tbaa !140
  %63 = call ptr @rot_r(ptr noundef %62), !dbg !335
  %64 = load ptr, ptr %3, align 8, !dbg !336, !tbaa !19
  %65 = getelementptr inbounds nuw %struct.avl, ptr %64, i32 0, i32 3, !dbg !337
  store ptr %63, ptr %65, align 8, !dbg !338, !tbaa !140
  br label %66, !dbg !336

66:                                               ; preds = %59, %45
  %67 = load ptr, ptr %3, align 8, !dbg !339, !tbaa !19
  %68 = call ptr @rot_l(ptr noundef %67), !dbg !340
  store ptr %68, ptr %2, align 8, !dbg !341
  store i32 1, ptr %5, align 4
  br label %71, !dbg !341

69:                                               ; preds = %42
  %70 = load ptr, ptr %3, align 8, !dbg !342, !tbaa !19
  store ptr %70, ptr %2, align 8, !dbg !343
  store i32 1, ptr %5, align 4
  br label %71, !dbg !343

71:                                               ; preds = %69, %66, %39
  call void @llvm.lifetime.end.p0(ptr %4) #5, !dbg !344
  %72 = load ptr, ptr %2, align 8, !dbg !345
  ret ptr %72, !dbg !346
}

; Function Attrs: nounwind uwtable
define internal void @fix(ptr noundef %0) #0 !dbg !347 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !19
  %3 = load ptr, ptr %2, align 8, !dbg !348, !tbaa !19
  %4 = getelementptr inbounds nuw %struct.avl, ptr %3, i32 0, i32 2, !dbg !349
  %5 = load ptr, ptr %4, align 8, !dbg !349, !tbaa !127
  %6 = call i32 @ht(ptr noundef %5), !dbg !350
  %7 = load ptr, ptr %2, align 8, !dbg !351, !tbaa !19
  %8 = getelementptr inbounds nuw %struct.avl, ptr %7, i32 0, i32 3, !dbg !352
  %9 = load ptr, ptr %8, align 8, !dbg !352, !tbaa !140
  %10 = call i32 @ht(ptr noundef %9), !dbg !353
  %11 = call i32 @mx(i32 noundef %6, i32 noundef %10), !dbg !354
  %12 = add nsw i32 1, %11, !dbg !355
  %13 = load ptr, ptr %2, align 8, !dbg !356, !tbaa !19
  %14 = getelementptr inbounds nuw %struct.avl, ptr %13, i32 0, i32 1, !dbg !357
  store i32 %12, ptr %14, align 4, !dbg !358, !tbaa !117
  ret void, !dbg !359
}

; Function Attrs: nounwind uwtable
define internal ptr @rot_l(ptr noundef %0) #0 !dbg !360 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !361
  %4 = load ptr, ptr %2, align 8, !dbg !362, !tbaa !19
  %5 = getelementptr inbounds nuw %struct.avl, ptr %4, i32 0, i32 3, !dbg !363
  %6 = load ptr, ptr %5, align 8, !dbg !364, !tbaa !140
  store ptr %6, ptr %3, align 8, !dbg !365, !tbaa !19
  %7 = load ptr, ptr %3, align 8, !dbg !366, !tbaa !19
  %8 = getelementptr inbounds nuw %struct.avl, ptr %7, i32 0, i32 2, !dbg !367
  %9 = load ptr, ptr %8, align 8, !dbg !368, !tbaa !127
  %10 = load ptr, ptr %2, align 8, !dbg !369, !tbaa !19
  %11 = getelementptr inbounds nuw %struct.avl, ptr %10, i32 0, i32 3, !dbg !370
  store ptr %9, ptr %11, align 8, !dbg !371, !tbaa !140
  %12 = load ptr, ptr %2, align 8, !dbg !372, !tbaa !19
  %13 = load ptr, ptr %3, align 8, !dbg !373, !tbaa !19
  %14 = getelementptr inbounds nuw %struct.avl, ptr %13, i32 0, i32 2, !dbg !374
  store ptr %12, ptr %14, align 8, !dbg !375, !tbaa !127
  %15 = load ptr, ptr %2, align 8, !dbg !376, !tbaa !19
  call void @fix(ptr noundef %15), !dbg !377
  %16 = load ptr, ptr %3, align 8, !dbg !378, !tbaa !19
  call void @fix(ptr noundef %16), !dbg !379
  %17 = load ptr, ptr %3, align 8, !dbg !380, !tbaa !19
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !381
  ret ptr %17, !dbg !382
}

; Function Attrs: nounwind uwtable
define internal ptr @rot_r(ptr noundef %0) #0 !dbg !383 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !384
  %4 = load ptr, ptr %2, align 8, !dbg !385, !tbaa !19
  %5 = getelementptr inbounds nuw %struct.avl, ptr %4, i32 0, i32 2, !dbg !386
  %6 = load ptr, ptr %5, align 8, !dbg !387, !tbaa !127
  store ptr %6, ptr %3, align 8, !dbg !388, !tbaa !19
  %7 = load ptr, ptr %3, align 8, !dbg !389, !tbaa !19
  %8 = getelementptr inbounds nuw %struct.avl, ptr %7, i32 0, i32 3, !dbg !390
  %9 = load ptr, ptr %8, align 8, !dbg !391, !tbaa !140
  %10 = load ptr, ptr %2, align 8, !dbg !392, !tbaa !19
  %11 = getelementptr inbounds nuw %struct.avl, ptr %10, i32 0, i32 2, !dbg !393
  store ptr %9, ptr %11, align 8, !dbg !394, !tbaa !127
  %12 = load ptr, ptr %2, align 8, !dbg !395, !tbaa !19
  %13 = load ptr, ptr %3, align 8, !dbg !396, !tbaa !19
  %14 = getelementptr inbounds nuw %struct.avl, ptr %13, i32 0, i32 3, !dbg !397
  store ptr %12, ptr %14, align 8, !dbg !398, !tbaa !140
  %15 = load ptr, ptr %2, align 8, !dbg !399, !tbaa !19
  call void @fix(ptr noundef %15), !dbg !400
  %16 = load ptr, ptr %3, align 8, !dbg !401, !tbaa !19
  call void @fix(ptr noundef %16), !dbg !402
  %17 = load ptr, ptr %3, align 8, !dbg !403, !tbaa !19
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !404
  ret ptr %17, !dbg !405
}

; Function Attrs: nounwind uwtable
define internal i32 @mx(i32 noundef %0, i32 noundef %1) #0 !dbg !406 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !9
  %5 = load i32, ptr %3, align 4, !dbg !407, !tbaa !9
  %6 = load i32, ptr %4, align 4, !dbg !408, !tbaa !9
  %7 = icmp sgt i32 %5, %6, !dbg !409
  br i1 %7, label %8, label %10, !dbg !410

8:                                                ; preds = %2
  %9 = load i32, ptr %3, align 4, !dbg !411, !tbaa !9
  br label %12, !dbg !407

10:                                               ; preds = %2
  %11 = load i32, ptr %4, align 4, !dbg !412, !tbaa !9
  br label %12, !dbg !407

12:                                               ; preds = %10, %8
  %13 = phi i32 [ %9, %8 ], [ %11, %10 ], !dbg !413
  ret i32 %13, !dbg !414
}

; Function Attrs: nounwind
declare !dbg !415 void @free(ptr noundef) #4

; Function Attrs: nounwind uwtable
define internal ptr @remove_min(ptr noundef %0, ptr noundef %1) #0 !dbg !416 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !19
  store ptr %1, ptr %5, align 8, !tbaa !417
  %6 = load ptr, ptr %4, align 8, !dbg !420, !tbaa !19
  %7 = getelementptr inbounds nuw %struct.avl, ptr %6, i32 0, i32 2, !dbg !421
  %8 = load ptr, ptr %7, align 8, !dbg !421, !tbaa !127
  %9 = icmp ne ptr %8, null, !dbg !422
  br i1 %9, label %16, label %10, !dbg !423

10:                                               ; preds = %2
  %11 = load ptr, ptr %4, align 8, !dbg !424, !tbaa !19
  %12 = load ptr, ptr %5, align 8, !dbg !425, !tbaa !417
  store ptr %11, ptr %12, align 8, !dbg !426, !tbaa !19
  %13 = load ptr, ptr %4, align 8, !dbg !427, !tbaa !19
  %14 = getelementptr inbounds nuw %struct.avl, ptr %13, i32 0, i32 3, !dbg !428
  %15 = load ptr, ptr %14, align 8, !dbg !429, !tbaa !140
  store ptr %15, ptr %3, align 8, !dbg !430
  br label %26, !dbg !430

16:                                               ; preds = %2
  %17 = load ptr, ptr %4, align 8, !dbg !431, !tbaa !19
  %18 = getelementptr inbounds nuw %struct.avl, ptr %17, i32 0, i32 2, !dbg !432
  %19 = load ptr, ptr %18, align 8, !dbg !432, !tbaa !127
  %20 = load ptr, ptr %5, align 8, !dbg !433, !tbaa !417
  %21 = call ptr @remove_min(ptr noundef %19, ptr noundef %20), !dbg !434
  %22 = load ptr, ptr %4, align 8, !dbg !435, !tbaa !19
  %23 = getelementptr inbounds nuw %struct.avl, ptr %22, i32 0, i32 2, !dbg !436
  store ptr %21, ptr %23, align 8, !dbg !437, !tbaa !127
  %24 = load ptr, ptr %4, align 8, !dbg !438, !tbaa !19
  %25 = call ptr @balance(ptr noundef %24), !dbg !439
  store ptr %25, ptr %3, align 8, !dbg !440
  br label %26, !dbg !440

26:                                               ; preds = %16, %10
  %27 = load ptr, ptr %3, align 8, !dbg !441
  ret ptr %27, !dbg !442
}

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind allocsize(0,1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind allocsize(0,1) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "bintree.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 39, type: !15, scopeLine: 39, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "bintree.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 40, column: 5, scope: !13)
!18 = !DILocation(line: 40, column: 17, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !{!20, !20, i64 0}
!20 = !{!"p1 _ZTS3avl", !21, i64 0}
!21 = !{!"any pointer", !11, i64 0}
!22 = !DILocation(line: 41, column: 10, scope: !13)
!23 = !DILocation(line: 41, column: 14, scope: !13, atomGroup: 2, atomRank: 1)
!24 = !DILocation(line: 41, column: 21, scope: !13)
!25 = !DILocation(line: 41, column: 23, scope: !13, atomGroup: 3, atomRank: 1)
!26 = !DILocation(line: 41, column: 5, scope: !13, atomGroup: 4, atomRank: 1)
!27 = !DILocation(line: 41, column: 5, scope: !13)
!28 = !DILocation(line: 41, column: 47, scope: !13)
!29 = !DILocation(line: 41, column: 51, scope: !13)
!30 = !DILocation(line: 41, column: 53, scope: !13)
!31 = !DILocation(line: 41, column: 68, scope: !13)
!32 = !DILocation(line: 41, column: 40, scope: !13, atomGroup: 5, atomRank: 2)
!33 = !DILocation(line: 41, column: 38, scope: !13, atomGroup: 5, atomRank: 1)
!34 = !DILocation(line: 41, column: 36, scope: !13, atomGroup: 7, atomRank: 1)
!35 = !DILocation(line: 41, column: 32, scope: !13)
!36 = !DILocation(line: 41, column: 32, scope: !13, atomGroup: 6, atomRank: 2)
!37 = !DILocation(line: 41, column: 32, scope: !13, atomGroup: 6, atomRank: 1)
!38 = distinct !{!38, !27, !39, !40}
!39 = !DILocation(line: 41, column: 76, scope: !13)
!40 = !{!"llvm.loop.mustprogress"}
!41 = !DILocation(line: 42, column: 59, scope: !13)
!42 = !DILocation(line: 42, column: 53, scope: !13)
!43 = !DILocation(line: 42, column: 66, scope: !13)
!44 = !DILocation(line: 42, column: 63, scope: !13)
!45 = !DILocation(line: 42, column: 70, scope: !13)
!46 = !DILocation(line: 42, column: 73, scope: !13)
!47 = !{!48, !10, i64 0}
!48 = !{!"avl", !10, i64 0, !10, i64 4, !20, i64 8, !20, i64 16}
!49 = !DILocation(line: 42, column: 86, scope: !13)
!50 = !DILocation(line: 42, column: 78, scope: !13)
!51 = !DILocation(line: 42, column: 5, scope: !13)
!52 = !DILocation(line: 43, column: 10, scope: !13)
!53 = !DILocation(line: 43, column: 14, scope: !13, atomGroup: 8, atomRank: 1)
!54 = !DILocation(line: 43, column: 21, scope: !13)
!55 = !DILocation(line: 43, column: 23, scope: !13, atomGroup: 9, atomRank: 1)
!56 = !DILocation(line: 43, column: 5, scope: !13, atomGroup: 10, atomRank: 1)
!57 = !DILocation(line: 43, column: 5, scope: !13)
!58 = !DILocation(line: 43, column: 49, scope: !13)
!59 = !DILocation(line: 43, column: 53, scope: !13)
!60 = !DILocation(line: 43, column: 55, scope: !13)
!61 = !DILocation(line: 43, column: 70, scope: !13)
!62 = !DILocation(line: 43, column: 43, scope: !13, atomGroup: 11, atomRank: 2)
!63 = !DILocation(line: 43, column: 41, scope: !13, atomGroup: 11, atomRank: 1)
!64 = !DILocation(line: 43, column: 39, scope: !13, atomGroup: 13, atomRank: 1)
!65 = !DILocation(line: 43, column: 33, scope: !13)
!66 = !DILocation(line: 43, column: 33, scope: !13, atomGroup: 12, atomRank: 2)
!67 = !DILocation(line: 43, column: 33, scope: !13, atomGroup: 12, atomRank: 1)
!68 = distinct !{!68, !57, !69, !40}
!69 = !DILocation(line: 43, column: 78, scope: !13)
!70 = !DILocation(line: 44, column: 51, scope: !13)
!71 = !DILocation(line: 44, column: 45, scope: !13)
!72 = !DILocation(line: 44, column: 58, scope: !13)
!73 = !DILocation(line: 44, column: 55, scope: !13)
!74 = !DILocation(line: 44, column: 70, scope: !13)
!75 = !DILocation(line: 44, column: 62, scope: !13)
!76 = !DILocation(line: 44, column: 5, scope: !13)
!77 = !DILocation(line: 45, column: 10, scope: !13)
!78 = !DILocation(line: 45, column: 14, scope: !13, atomGroup: 14, atomRank: 1)
!79 = !DILocation(line: 45, column: 21, scope: !13)
!80 = !DILocation(line: 45, column: 23, scope: !13, atomGroup: 15, atomRank: 1)
!81 = !DILocation(line: 45, column: 5, scope: !13, atomGroup: 16, atomRank: 1)
!82 = !DILocation(line: 45, column: 5, scope: !13)
!83 = !DILocation(line: 45, column: 47, scope: !13)
!84 = !DILocation(line: 45, column: 50, scope: !13)
!85 = !DILocation(line: 45, column: 40, scope: !13, atomGroup: 17, atomRank: 2)
!86 = !DILocation(line: 45, column: 38, scope: !13, atomGroup: 17, atomRank: 1)
!87 = !DILocation(line: 45, column: 36, scope: !13, atomGroup: 19, atomRank: 1)
!88 = !DILocation(line: 45, column: 32, scope: !13)
!89 = !DILocation(line: 45, column: 32, scope: !13, atomGroup: 18, atomRank: 2)
!90 = !DILocation(line: 45, column: 32, scope: !13, atomGroup: 18, atomRank: 1)
!91 = distinct !{!91, !82, !92, !40}
!92 = !DILocation(line: 45, column: 51, scope: !13)
!93 = !DILocation(line: 46, column: 51, scope: !13)
!94 = !DILocation(line: 46, column: 45, scope: !13)
!95 = !DILocation(line: 46, column: 58, scope: !13)
!96 = !DILocation(line: 46, column: 55, scope: !13)
!97 = !DILocation(line: 46, column: 70, scope: !13)
!98 = !DILocation(line: 46, column: 62, scope: !13)
!99 = !DILocation(line: 46, column: 5, scope: !13)
!100 = !DILocation(line: 47, column: 13, scope: !13)
!101 = !DILocation(line: 47, column: 5, scope: !13)
!102 = !DILocation(line: 49, column: 1, scope: !13)
!103 = !DILocation(line: 48, column: 5, scope: !13, atomGroup: 21, atomRank: 1)
!104 = distinct !DISubprogram(name: "insert", scope: !14, file: !14, line: 18, type: !15, scopeLine: 18, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!105 = !DILocation(line: 19, column: 10, scope: !104)
!106 = !DILocation(line: 19, column: 10, scope: !104, atomGroup: 1, atomRank: 2)
!107 = !DILocation(line: 19, column: 9, scope: !104, atomGroup: 1, atomRank: 1)
!108 = !DILocation(line: 19, column: 19, scope: !104, atomGroup: 2, atomRank: 2)
!109 = !DILocation(line: 19, column: 17, scope: !104, atomGroup: 2, atomRank: 1)
!110 = !DILocation(line: 19, column: 50, scope: !104, atomGroup: 3, atomRank: 2)
!111 = !DILocation(line: 19, column: 41, scope: !104)
!112 = !DILocation(line: 19, column: 44, scope: !104)
!113 = !DILocation(line: 19, column: 48, scope: !104, atomGroup: 3, atomRank: 1)
!114 = !DILocation(line: 19, column: 53, scope: !104)
!115 = !DILocation(line: 19, column: 56, scope: !104)
!116 = !DILocation(line: 19, column: 58, scope: !104, atomGroup: 4, atomRank: 1)
!117 = !{!48, !10, i64 4}
!118 = !DILocation(line: 19, column: 70, scope: !104, atomGroup: 5, atomRank: 2)
!119 = !DILocation(line: 19, column: 63, scope: !104, atomGroup: 5, atomRank: 1)
!120 = !DILocation(line: 20, column: 9, scope: !104)
!121 = !DILocation(line: 20, column: 13, scope: !104)
!122 = !DILocation(line: 20, column: 16, scope: !104)
!123 = !DILocation(line: 20, column: 11, scope: !104, atomGroup: 6, atomRank: 2)
!124 = !DILocation(line: 20, column: 11, scope: !104, atomGroup: 6, atomRank: 1)
!125 = !DILocation(line: 20, column: 35, scope: !104)
!126 = !DILocation(line: 20, column: 38, scope: !104)
!127 = !{!48, !20, i64 8}
!128 = !DILocation(line: 20, column: 41, scope: !104)
!129 = !DILocation(line: 20, column: 28, scope: !104, atomGroup: 7, atomRank: 2)
!130 = !DILocation(line: 20, column: 21, scope: !104)
!131 = !DILocation(line: 20, column: 24, scope: !104)
!132 = !DILocation(line: 20, column: 26, scope: !104, atomGroup: 7, atomRank: 1)
!133 = !DILocation(line: 20, column: 54, scope: !104)
!134 = !DILocation(line: 20, column: 58, scope: !104)
!135 = !DILocation(line: 20, column: 61, scope: !104)
!136 = !DILocation(line: 20, column: 56, scope: !104, atomGroup: 8, atomRank: 2)
!137 = !DILocation(line: 20, column: 56, scope: !104, atomGroup: 8, atomRank: 1)
!138 = !DILocation(line: 20, column: 80, scope: !104)
!139 = !DILocation(line: 20, column: 83, scope: !104)
!140 = !{!48, !20, i64 16}
!141 = !DILocation(line: 20, column: 86, scope: !104)
!142 = !DILocation(line: 20, column: 73, scope: !104, atomGroup: 9, atomRank: 2)
!143 = !DILocation(line: 20, column: 66, scope: !104)
!144 = !DILocation(line: 20, column: 69, scope: !104)
!145 = !DILocation(line: 20, column: 71, scope: !104, atomGroup: 9, atomRank: 1)
!146 = !DILocation(line: 20, column: 102, scope: !104, atomGroup: 10, atomRank: 2)
!147 = !DILocation(line: 20, column: 95, scope: !104, atomGroup: 10, atomRank: 1)
!148 = !DILocation(line: 21, column: 20, scope: !104)
!149 = !DILocation(line: 21, column: 12, scope: !104, atomGroup: 11, atomRank: 2)
!150 = !DILocation(line: 21, column: 5, scope: !104, atomGroup: 11, atomRank: 1)
!151 = !DILocation(line: 22, column: 1, scope: !104, atomGroup: 12, atomRank: 2)
!152 = !DILocation(line: 22, column: 1, scope: !104, atomGroup: 12, atomRank: 1)
!153 = !DISubprogram(name: "printf", scope: !154, file: !154, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!154 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!155 = distinct !DISubprogram(name: "count", scope: !14, file: !14, line: 36, type: !15, scopeLine: 36, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!156 = !DILocation(line: 36, column: 42, scope: !155)
!157 = !DILocation(line: 36, column: 42, scope: !155, atomGroup: 2, atomRank: 2)
!158 = !DILocation(line: 36, column: 42, scope: !155, atomGroup: 2, atomRank: 1)
!159 = !DILocation(line: 36, column: 56, scope: !155)
!160 = !DILocation(line: 36, column: 59, scope: !155)
!161 = !DILocation(line: 36, column: 50, scope: !155)
!162 = !DILocation(line: 36, column: 48, scope: !155)
!163 = !DILocation(line: 36, column: 70, scope: !155)
!164 = !DILocation(line: 36, column: 73, scope: !155)
!165 = !DILocation(line: 36, column: 64, scope: !155)
!166 = !DILocation(line: 36, column: 62, scope: !155)
!167 = !DILocation(line: 36, column: 42, scope: !155, atomGroup: 1, atomRank: 2)
!168 = !DILocation(line: 36, column: 35, scope: !155, atomGroup: 1, atomRank: 1)
!169 = distinct !DISubprogram(name: "ht", scope: !14, file: !14, line: 6, type: !15, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!170 = !DILocation(line: 6, column: 39, scope: !169)
!171 = !DILocation(line: 6, column: 39, scope: !169, atomGroup: 2, atomRank: 2)
!172 = !DILocation(line: 6, column: 39, scope: !169, atomGroup: 2, atomRank: 1)
!173 = !DILocation(line: 6, column: 43, scope: !169)
!174 = !DILocation(line: 6, column: 46, scope: !169)
!175 = !DILocation(line: 6, column: 39, scope: !169, atomGroup: 1, atomRank: 2)
!176 = !DILocation(line: 6, column: 32, scope: !169, atomGroup: 1, atomRank: 1)
!177 = distinct !DISubprogram(name: "inorder", scope: !14, file: !14, line: 35, type: !15, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!178 = !{!179, !179, i64 0}
!179 = !{!"long", !11, i64 0}
!180 = !DILocation(line: 35, column: 53, scope: !177)
!181 = !DILocation(line: 35, column: 53, scope: !177, atomGroup: 1, atomRank: 2)
!182 = !DILocation(line: 35, column: 52, scope: !177, atomGroup: 1, atomRank: 1)
!183 = !DILocation(line: 35, column: 63, scope: !177, atomGroup: 2, atomRank: 2)
!184 = !DILocation(line: 35, column: 56, scope: !177, atomGroup: 2, atomRank: 1)
!185 = !DILocation(line: 35, column: 82, scope: !177)
!186 = !DILocation(line: 35, column: 85, scope: !177)
!187 = !DILocation(line: 35, column: 88, scope: !177)
!188 = !DILocation(line: 35, column: 74, scope: !177, atomGroup: 3, atomRank: 2)
!189 = !DILocation(line: 35, column: 72, scope: !177, atomGroup: 3, atomRank: 1)
!190 = !DILocation(line: 35, column: 100, scope: !177)
!191 = !DILocation(line: 35, column: 104, scope: !177)
!192 = !DILocation(line: 35, column: 109, scope: !177)
!193 = !DILocation(line: 35, column: 124, scope: !177)
!194 = !DILocation(line: 35, column: 127, scope: !177)
!195 = !DILocation(line: 35, column: 122, scope: !177, atomGroup: 4, atomRank: 2)
!196 = !DILocation(line: 35, column: 98, scope: !177, atomGroup: 4, atomRank: 1)
!197 = !DILocation(line: 35, column: 147, scope: !177)
!198 = !DILocation(line: 35, column: 150, scope: !177)
!199 = !DILocation(line: 35, column: 153, scope: !177)
!200 = !DILocation(line: 35, column: 139, scope: !177, atomGroup: 5, atomRank: 2)
!201 = !DILocation(line: 35, column: 132, scope: !177, atomGroup: 5, atomRank: 1)
!202 = !DILocation(line: 35, column: 159, scope: !177, atomGroup: 6, atomRank: 2)
!203 = !DILocation(line: 35, column: 159, scope: !177, atomGroup: 6, atomRank: 1)
!204 = distinct !DISubprogram(name: "erase", scope: !14, file: !14, line: 24, type: !15, scopeLine: 24, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!205 = !DILocation(line: 25, column: 10, scope: !204)
!206 = !DILocation(line: 25, column: 10, scope: !204, atomGroup: 1, atomRank: 2)
!207 = !DILocation(line: 25, column: 9, scope: !204, atomGroup: 1, atomRank: 1)
!208 = !DILocation(line: 25, column: 13, scope: !204, atomGroup: 2, atomRank: 1)
!209 = !DILocation(line: 26, column: 9, scope: !204)
!210 = !DILocation(line: 26, column: 13, scope: !204)
!211 = !DILocation(line: 26, column: 16, scope: !204)
!212 = !DILocation(line: 26, column: 11, scope: !204, atomGroup: 3, atomRank: 2)
!213 = !DILocation(line: 26, column: 11, scope: !204, atomGroup: 3, atomRank: 1)
!214 = !DILocation(line: 26, column: 34, scope: !204)
!215 = !DILocation(line: 26, column: 37, scope: !204)
!216 = !DILocation(line: 26, column: 40, scope: !204)
!217 = !DILocation(line: 26, column: 28, scope: !204, atomGroup: 4, atomRank: 2)
!218 = !DILocation(line: 26, column: 21, scope: !204)
!219 = !DILocation(line: 26, column: 24, scope: !204)
!220 = !DILocation(line: 26, column: 26, scope: !204, atomGroup: 4, atomRank: 1)
!221 = !DILocation(line: 27, column: 14, scope: !204)
!222 = !DILocation(line: 27, column: 18, scope: !204)
!223 = !DILocation(line: 27, column: 21, scope: !204)
!224 = !DILocation(line: 27, column: 16, scope: !204, atomGroup: 5, atomRank: 2)
!225 = !DILocation(line: 27, column: 16, scope: !204, atomGroup: 5, atomRank: 1)
!226 = !DILocation(line: 27, column: 39, scope: !204)
!227 = !DILocation(line: 27, column: 42, scope: !204)
!228 = !DILocation(line: 27, column: 45, scope: !204)
!229 = !DILocation(line: 27, column: 33, scope: !204, atomGroup: 6, atomRank: 2)
!230 = !DILocation(line: 27, column: 26, scope: !204)
!231 = !DILocation(line: 27, column: 29, scope: !204)
!232 = !DILocation(line: 27, column: 31, scope: !204, atomGroup: 6, atomRank: 1)
!233 = !DILocation(line: 29, column: 9, scope: !204)
!234 = !DILocation(line: 29, column: 25, scope: !204)
!235 = !DILocation(line: 29, column: 28, scope: !204)
!236 = !DILocation(line: 29, column: 28, scope: !204, atomGroup: 7, atomRank: 2)
!237 = !DILocation(line: 29, column: 21, scope: !204, atomGroup: 7, atomRank: 1)
!238 = !DILocation(line: 29, column: 36, scope: !204)
!239 = !DILocation(line: 29, column: 39, scope: !204)
!240 = !DILocation(line: 29, column: 39, scope: !204, atomGroup: 8, atomRank: 2)
!241 = !DILocation(line: 29, column: 32, scope: !204, atomGroup: 8, atomRank: 1)
!242 = !DILocation(line: 29, column: 47, scope: !204)
!243 = !DILocation(line: 29, column: 42, scope: !204)
!244 = !DILocation(line: 30, column: 14, scope: !204)
!245 = !DILocation(line: 30, column: 14, scope: !204, atomGroup: 9, atomRank: 2)
!246 = !DILocation(line: 30, column: 13, scope: !204, atomGroup: 9, atomRank: 1)
!247 = !DILocation(line: 30, column: 24, scope: !204, atomGroup: 10, atomRank: 2)
!248 = !DILocation(line: 30, column: 17, scope: !204, atomGroup: 10, atomRank: 1)
!249 = !DILocation(line: 31, column: 9, scope: !204)
!250 = !DILocation(line: 31, column: 39, scope: !204)
!251 = !DILocation(line: 31, column: 28, scope: !204, atomGroup: 11, atomRank: 2)
!252 = !DILocation(line: 31, column: 26, scope: !204, atomGroup: 11, atomRank: 1)
!253 = !DILocation(line: 31, column: 54, scope: !204, atomGroup: 12, atomRank: 2)
!254 = !DILocation(line: 31, column: 47, scope: !204)
!255 = !DILocation(line: 31, column: 50, scope: !204)
!256 = !DILocation(line: 31, column: 52, scope: !204, atomGroup: 12, atomRank: 1)
!257 = !DILocation(line: 31, column: 64, scope: !204, atomGroup: 13, atomRank: 2)
!258 = !DILocation(line: 31, column: 57, scope: !204)
!259 = !DILocation(line: 31, column: 60, scope: !204)
!260 = !DILocation(line: 31, column: 62, scope: !204, atomGroup: 13, atomRank: 1)
!261 = !DILocation(line: 31, column: 82, scope: !204)
!262 = !DILocation(line: 31, column: 74, scope: !204, atomGroup: 14, atomRank: 2)
!263 = !DILocation(line: 31, column: 67, scope: !204, atomGroup: 14, atomRank: 1)
!264 = !DILocation(line: 32, column: 5, scope: !204)
!265 = !DILocation(line: 33, column: 20, scope: !204)
!266 = !DILocation(line: 33, column: 12, scope: !204, atomGroup: 15, atomRank: 2)
!267 = !DILocation(line: 33, column: 5, scope: !204, atomGroup: 15, atomRank: 1)
!268 = !DILocation(line: 34, column: 1, scope: !204, atomGroup: 16, atomRank: 2)
!269 = !DILocation(line: 34, column: 1, scope: !204, atomGroup: 16, atomRank: 1)
!270 = distinct !DISubprogram(name: "destroy", scope: !14, file: !14, line: 37, type: !15, scopeLine: 37, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!271 = !DILocation(line: 37, column: 42, scope: !270)
!272 = !DILocation(line: 37, column: 42, scope: !270, atomGroup: 1, atomRank: 2)
!273 = !DILocation(line: 37, column: 42, scope: !270, atomGroup: 1, atomRank: 1)
!274 = !DILocation(line: 37, column: 55, scope: !270)
!275 = !DILocation(line: 37, column: 58, scope: !270)
!276 = !DILocation(line: 37, column: 47, scope: !270)
!277 = !DILocation(line: 37, column: 70, scope: !270)
!278 = !DILocation(line: 37, column: 73, scope: !270)
!279 = !DILocation(line: 37, column: 62, scope: !270)
!280 = !DILocation(line: 37, column: 82, scope: !270)
!281 = !DILocation(line: 37, column: 77, scope: !270)
!282 = !DILocation(line: 37, column: 86, scope: !270)
!283 = !DILocation(line: 37, column: 88, scope: !270, atomGroup: 2, atomRank: 1)
!284 = !DISubprogram(name: "calloc", scope: !285, file: !285, line: 556, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!285 = !DIFile(filename: "/usr/include/stdlib.h", directory: "")
!286 = distinct !DISubprogram(name: "balance", scope: !14, file: !14, line: 11, type: !15, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!287 = !DILocation(line: 12, column: 9, scope: !286)
!288 = !DILocation(line: 12, column: 5, scope: !286)
!289 = !DILocation(line: 13, column: 5, scope: !286)
!290 = !DILocation(line: 13, column: 16, scope: !286)
!291 = !DILocation(line: 13, column: 19, scope: !286)
!292 = !DILocation(line: 13, column: 13, scope: !286)
!293 = !DILocation(line: 13, column: 27, scope: !286)
!294 = !DILocation(line: 13, column: 30, scope: !286)
!295 = !DILocation(line: 13, column: 24, scope: !286)
!296 = !DILocation(line: 13, column: 22, scope: !286, atomGroup: 1, atomRank: 2)
!297 = !DILocation(line: 13, column: 9, scope: !286, atomGroup: 1, atomRank: 1)
!298 = !DILocation(line: 14, column: 9, scope: !286)
!299 = !DILocation(line: 14, column: 11, scope: !286, atomGroup: 2, atomRank: 2)
!300 = !DILocation(line: 14, column: 11, scope: !286, atomGroup: 2, atomRank: 1)
!301 = !DILocation(line: 14, column: 25, scope: !286)
!302 = !DILocation(line: 14, column: 28, scope: !286)
!303 = !DILocation(line: 14, column: 31, scope: !286)
!304 = !DILocation(line: 14, column: 22, scope: !286)
!305 = !DILocation(line: 14, column: 39, scope: !286)
!306 = !DILocation(line: 14, column: 42, scope: !286)
!307 = !DILocation(line: 14, column: 45, scope: !286)
!308 = !DILocation(line: 14, column: 36, scope: !286)
!309 = !DILocation(line: 14, column: 34, scope: !286, atomGroup: 3, atomRank: 2)
!310 = !DILocation(line: 14, column: 34, scope: !286, atomGroup: 3, atomRank: 1)
!311 = !DILocation(line: 14, column: 62, scope: !286)
!312 = !DILocation(line: 14, column: 65, scope: !286)
!313 = !DILocation(line: 14, column: 56, scope: !286, atomGroup: 4, atomRank: 2)
!314 = !DILocation(line: 14, column: 49, scope: !286)
!315 = !DILocation(line: 14, column: 52, scope: !286)
!316 = !DILocation(line: 14, column: 54, scope: !286, atomGroup: 4, atomRank: 1)
!317 = !DILocation(line: 14, column: 82, scope: !286)
!318 = !DILocation(line: 14, column: 76, scope: !286, atomGroup: 5, atomRank: 2)
!319 = !DILocation(line: 14, column: 69, scope: !286, atomGroup: 5, atomRank: 1)
!320 = !DILocation(line: 15, column: 9, scope: !286)
!321 = !DILocation(line: 15, column: 11, scope: !286, atomGroup: 6, atomRank: 2)
!322 = !DILocation(line: 15, column: 11, scope: !286, atomGroup: 6, atomRank: 1)
!323 = !DILocation(line: 15, column: 26, scope: !286)
!324 = !DILocation(line: 15, column: 29, scope: !286)
!325 = !DILocation(line: 15, column: 32, scope: !286)
!326 = !DILocation(line: 15, column: 23, scope: !286)
!327 = !DILocation(line: 15, column: 40, scope: !286)
!328 = !DILocation(line: 15, column: 43, scope: !286)
!329 = !DILocation(line: 15, column: 46, scope: !286)
!330 = !DILocation(line: 15, column: 37, scope: !286)
!331 = !DILocation(line: 15, column: 35, scope: !286, atomGroup: 7, atomRank: 2)
!332 = !DILocation(line: 15, column: 35, scope: !286, atomGroup: 7, atomRank: 1)
!333 = !DILocation(line: 15, column: 63, scope: !286)
!334 = !DILocation(line: 15, column: 66, scope: !286)
!335 = !DILocation(line: 15, column: 57, scope: !286, atomGroup: 8, atomRank: 2)
!336 = !DILocation(line: 15, column: 50, scope: !286)
!337 = !DILocation(line: 15, column: 53, scope: !286)
!338 = !DILocation(line: 15, column: 55, scope: !286, atomGroup: 8, atomRank: 1)
!339 = !DILocation(line: 15, column: 83, scope: !286)
!340 = !DILocation(line: 15, column: 77, scope: !286, atomGroup: 9, atomRank: 2)
!341 = !DILocation(line: 15, column: 70, scope: !286, atomGroup: 9, atomRank: 1)
!342 = !DILocation(line: 16, column: 12, scope: !286, atomGroup: 10, atomRank: 2)
!343 = !DILocation(line: 16, column: 5, scope: !286, atomGroup: 10, atomRank: 1)
!344 = !DILocation(line: 17, column: 1, scope: !286)
!345 = !DILocation(line: 17, column: 1, scope: !286, atomGroup: 11, atomRank: 2)
!346 = !DILocation(line: 17, column: 1, scope: !286, atomGroup: 11, atomRank: 1)
!347 = distinct !DISubprogram(name: "fix", scope: !14, file: !14, line: 8, type: !15, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!348 = !DILocation(line: 8, column: 51, scope: !347)
!349 = !DILocation(line: 8, column: 54, scope: !347)
!350 = !DILocation(line: 8, column: 48, scope: !347)
!351 = !DILocation(line: 8, column: 61, scope: !347)
!352 = !DILocation(line: 8, column: 64, scope: !347)
!353 = !DILocation(line: 8, column: 58, scope: !347)
!354 = !DILocation(line: 8, column: 45, scope: !347)
!355 = !DILocation(line: 8, column: 43, scope: !347, atomGroup: 1, atomRank: 2)
!356 = !DILocation(line: 8, column: 34, scope: !347)
!357 = !DILocation(line: 8, column: 37, scope: !347)
!358 = !DILocation(line: 8, column: 39, scope: !347, atomGroup: 1, atomRank: 1)
!359 = !DILocation(line: 8, column: 69, scope: !347, atomGroup: 2, atomRank: 1)
!360 = distinct !DISubprogram(name: "rot_l", scope: !14, file: !14, line: 10, type: !15, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!361 = !DILocation(line: 10, column: 43, scope: !360)
!362 = !DILocation(line: 10, column: 59, scope: !360)
!363 = !DILocation(line: 10, column: 62, scope: !360)
!364 = !DILocation(line: 10, column: 62, scope: !360, atomGroup: 1, atomRank: 2)
!365 = !DILocation(line: 10, column: 55, scope: !360, atomGroup: 1, atomRank: 1)
!366 = !DILocation(line: 10, column: 72, scope: !360)
!367 = !DILocation(line: 10, column: 75, scope: !360)
!368 = !DILocation(line: 10, column: 75, scope: !360, atomGroup: 2, atomRank: 2)
!369 = !DILocation(line: 10, column: 65, scope: !360)
!370 = !DILocation(line: 10, column: 68, scope: !360)
!371 = !DILocation(line: 10, column: 70, scope: !360, atomGroup: 2, atomRank: 1)
!372 = !DILocation(line: 10, column: 85, scope: !360, atomGroup: 3, atomRank: 2)
!373 = !DILocation(line: 10, column: 78, scope: !360)
!374 = !DILocation(line: 10, column: 81, scope: !360)
!375 = !DILocation(line: 10, column: 83, scope: !360, atomGroup: 3, atomRank: 1)
!376 = !DILocation(line: 10, column: 92, scope: !360)
!377 = !DILocation(line: 10, column: 88, scope: !360)
!378 = !DILocation(line: 10, column: 100, scope: !360)
!379 = !DILocation(line: 10, column: 96, scope: !360)
!380 = !DILocation(line: 10, column: 111, scope: !360, atomGroup: 5, atomRank: 2)
!381 = !DILocation(line: 10, column: 114, scope: !360)
!382 = !DILocation(line: 10, column: 104, scope: !360, atomGroup: 5, atomRank: 1)
!383 = distinct !DISubprogram(name: "rot_r", scope: !14, file: !14, line: 9, type: !15, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!384 = !DILocation(line: 9, column: 43, scope: !383)
!385 = !DILocation(line: 9, column: 59, scope: !383)
!386 = !DILocation(line: 9, column: 62, scope: !383)
!387 = !DILocation(line: 9, column: 62, scope: !383, atomGroup: 1, atomRank: 2)
!388 = !DILocation(line: 9, column: 55, scope: !383, atomGroup: 1, atomRank: 1)
!389 = !DILocation(line: 9, column: 72, scope: !383)
!390 = !DILocation(line: 9, column: 75, scope: !383)
!391 = !DILocation(line: 9, column: 75, scope: !383, atomGroup: 2, atomRank: 2)
!392 = !DILocation(line: 9, column: 65, scope: !383)
!393 = !DILocation(line: 9, column: 68, scope: !383)
!394 = !DILocation(line: 9, column: 70, scope: !383, atomGroup: 2, atomRank: 1)
!395 = !DILocation(line: 9, column: 85, scope: !383, atomGroup: 3, atomRank: 2)
!396 = !DILocation(line: 9, column: 78, scope: !383)
!397 = !DILocation(line: 9, column: 81, scope: !383)
!398 = !DILocation(line: 9, column: 83, scope: !383, atomGroup: 3, atomRank: 1)
!399 = !DILocation(line: 9, column: 92, scope: !383)
!400 = !DILocation(line: 9, column: 88, scope: !383)
!401 = !DILocation(line: 9, column: 100, scope: !383)
!402 = !DILocation(line: 9, column: 96, scope: !383)
!403 = !DILocation(line: 9, column: 111, scope: !383, atomGroup: 5, atomRank: 2)
!404 = !DILocation(line: 9, column: 114, scope: !383)
!405 = !DILocation(line: 9, column: 104, scope: !383, atomGroup: 5, atomRank: 1)
!406 = distinct !DISubprogram(name: "mx", scope: !14, file: !14, line: 7, type: !15, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!407 = !DILocation(line: 7, column: 38, scope: !406)
!408 = !DILocation(line: 7, column: 42, scope: !406)
!409 = !DILocation(line: 7, column: 40, scope: !406, atomGroup: 2, atomRank: 2)
!410 = !DILocation(line: 7, column: 38, scope: !406, atomGroup: 2, atomRank: 1)
!411 = !DILocation(line: 7, column: 46, scope: !406)
!412 = !DILocation(line: 7, column: 50, scope: !406)
!413 = !DILocation(line: 7, column: 38, scope: !406, atomGroup: 1, atomRank: 2)
!414 = !DILocation(line: 7, column: 31, scope: !406, atomGroup: 1, atomRank: 1)
!415 = !DISubprogram(name: "free", scope: !285, file: !285, line: 568, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!416 = distinct !DISubprogram(name: "remove_min", scope: !14, file: !14, line: 23, type: !15, scopeLine: 23, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!417 = !{!418, !418, i64 0}
!418 = !{!"p2 _ZTS3avl", !419, i64 0}
!419 = !{!"any p2 pointer", !21, i64 0}
!420 = !DILocation(line: 23, column: 71, scope: !416)
!421 = !DILocation(line: 23, column: 74, scope: !416)
!422 = !DILocation(line: 23, column: 71, scope: !416, atomGroup: 1, atomRank: 2)
!423 = !DILocation(line: 23, column: 70, scope: !416, atomGroup: 1, atomRank: 1)
!424 = !DILocation(line: 23, column: 86, scope: !416, atomGroup: 2, atomRank: 2)
!425 = !DILocation(line: 23, column: 80, scope: !416)
!426 = !DILocation(line: 23, column: 84, scope: !416, atomGroup: 2, atomRank: 1)
!427 = !DILocation(line: 23, column: 96, scope: !416)
!428 = !DILocation(line: 23, column: 99, scope: !416)
!429 = !DILocation(line: 23, column: 99, scope: !416, atomGroup: 3, atomRank: 2)
!430 = !DILocation(line: 23, column: 89, scope: !416, atomGroup: 3, atomRank: 1)
!431 = !DILocation(line: 23, column: 122, scope: !416)
!432 = !DILocation(line: 23, column: 125, scope: !416)
!433 = !DILocation(line: 23, column: 128, scope: !416)
!434 = !DILocation(line: 23, column: 111, scope: !416, atomGroup: 4, atomRank: 2)
!435 = !DILocation(line: 23, column: 104, scope: !416)
!436 = !DILocation(line: 23, column: 107, scope: !416)
!437 = !DILocation(line: 23, column: 109, scope: !416, atomGroup: 4, atomRank: 1)
!438 = !DILocation(line: 23, column: 149, scope: !416)
!439 = !DILocation(line: 23, column: 141, scope: !416, atomGroup: 5, atomRank: 2)
!440 = !DILocation(line: 23, column: 134, scope: !416, atomGroup: 5, atomRank: 1)
!441 = !DILocation(line: 23, column: 153, scope: !416, atomGroup: 6, atomRank: 2)
!442 = !DILocation(line: 23, column: 153, scope: !416, atomGroup: 6, atomRank: 1)
