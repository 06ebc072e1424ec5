; ModuleID = 'bintree.c'
source_filename = "bintree.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.avl = type { i32, i32, ptr, ptr }

@.str = private unnamed_addr constant [37 x i8] c"count %d height %d root %d hash %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [29 x i8] c"count %d height %d hash %ld\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store ptr null, ptr %2, align 8, !dbg !13
  store i32 0, ptr %3, align 4, !dbg !14
  br label %6, !dbg !15

6:                                                ; preds = %15, %0
  %7 = load i32, ptr %3, align 4, !dbg !16
  %8 = icmp slt i32 %7, 5000, !dbg !17
  br i1 %8, label %9, label %18, !dbg !18

9:                                                ; preds = %6
  %10 = load ptr, ptr %2, align 8, !dbg !19
  %11 = load i32, ptr %3, align 4, !dbg !20
  %12 = mul i32 %11, -1640531535, !dbg !21
  %13 = urem i32 %12, 100000, !dbg !22
  %14 = call ptr @insert(ptr noundef %10, i32 noundef %13), !dbg !23
  store ptr %14, ptr %2, align 8, !dbg !24
  br label %15, !dbg !25

15:                                               ; preds = %9
  %16 = load i32, ptr %3, align 4, !dbg !26
  %17 = add nsw i32 %16, 1, !dbg !26
  store i32 %17, ptr %3, align 4, !dbg !26
  br label %6, !dbg !18, !llvm.loop !27

18:                                               ; preds = %6
  %19 = load ptr, ptr %2, align 8, !dbg !30
  %20 = call i32 @count(ptr noundef %19), !dbg !31
  %21 = load ptr, ptr %2, align 8, !dbg !32
  %22 = call i32 @ht(ptr noundef %21), !dbg !33
  %23 = load ptr, ptr %2, align 8, !dbg !34
  %24 = getelementptr inbounds nuw %struct.avl, ptr %23, i32 0, i32 0, !dbg !35
  %25 = load i32, ptr %24, align 8, !dbg !35
  %26 = load ptr, ptr %2, align 8, !dbg !36
  %27 = call i64 @inorder(ptr noundef %26, i64 noundef 0), !dbg !37
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %20, i32 noundef %22, i32 noundef %25, i64 noundef %27), !dbg !38
  store i32 0, ptr %4, align 4, !dbg !39
  br label %29, !dbg !40

29:                                               ; preds = %38, %18
  %30 = load i32, ptr %4, align 4, !dbg !41
  %31 = icmp slt i32 %30, 5000, !dbg !42
  br i1 %31, label %32, label %41, !dbg !43

32:                                               ; preds = %29
  %33 = load ptr, ptr %2, align 8, !dbg !44
  %34 = load i32, ptr %4, align 4, !dbg !45
  %35 = mul i32 %34, -1640531535, !dbg !46
  %36 = urem i32 %35, 100000, !dbg !47
  %37 = call ptr @erase(ptr noundef %33, i32 noundef %36), !dbg !48
  store ptr %37, ptr %2, align 8, !dbg !49
  br label %38, !dbg !50

38:                                               ; preds = %32
  %39 = load i32, ptr %4, align 4, !dbg !51
  %40 = add nsw i32 %39, 2, !dbg !51
  store i32 %40, ptr %4, align 4, !dbg !51
  br label %29, !dbg !43, !llvm.loop !52

41:                                               ; preds = %29
  %42 = load ptr, ptr %2, align 8, !dbg !54
  %43 = call i32 @count(ptr noundef %42), !dbg !55
  %44 = load ptr, ptr %2, align 8, !dbg !56
  %45 = call i32 @ht(ptr noundef %44), !dbg !57
  %46 = load ptr, ptr %2, align 8, !dbg !58
  %47 = call i64 @inorder(ptr noundef %46, i64 noundef 0), !dbg !59
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %43, i32 noundef %45, i64 noundef %47), !dbg !60
  store i32 0, ptr %5, align 4, !dbg !61
  br label %49, !dbg !62

49:                                               ; preds = %56, %41
  %50 = load i32, ptr %5, align 4, !dbg !63
  %51 = icmp slt i32 %50, 1000, !dbg !64
  br i1 %51, label %52, label %59, !dbg !65

52:                                               ; preds = %49
  %53 = load ptr, ptr %2, align 8, !dbg !66
  %54 = load i32, ptr %5, align 4, !dbg !67
  %55 = call ptr @insert(ptr noundef %53, i32 noundef %54), !dbg !68
  store ptr %55, ptr %2, align 8, !dbg !69
  br label %56, !dbg !70

56:                                               ; preds = %52
  %57 = load i32, ptr %5, align 4, !dbg !71
  %58 = add nsw i32 %57, 1, !dbg !71
  store i32 %58, ptr %5, align 4, !dbg !71
  br label %49, !dbg !65, !llvm.loop !72

59:                                               ; preds = %49
  %60 = load ptr, ptr %2, align 8, !dbg !74
  %61 = call i32 @count(ptr noundef %60), !dbg !75
  %62 = load ptr, ptr %2, align 8, !dbg !76
  %63 = call i32 @ht(ptr noundef %62), !dbg !77
  %64 = load ptr, ptr %2, align 8, !dbg !78
  %65 = call i64 @inorder(ptr noundef %64, i64 noundef 0), !dbg !79
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %61, i32 noundef %63, i64 noundef %65), !dbg !80
  %67 = load ptr, ptr %2, align 8, !dbg !81
  call void @destroy(ptr noundef %67), !dbg !82
  ret i32 0, !dbg !83
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal ptr @insert(ptr noundef %0, i32 noundef %1) #0 !dbg !84 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  %6 = load ptr, ptr %4, align 8, !dbg !85
  %7 = icmp ne ptr %6, null, !dbg !85
  br i1 %7, label %16, label %8, !dbg !86

8:                                                ; preds = %2
  %9 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 24) #4, !dbg !87
  store ptr %9, ptr %4, align 8, !dbg !88
  %10 = load i32, ptr %5, align 4, !dbg !89
  %11 = load ptr, ptr %4, align 8, !dbg !90
  %12 = getelementptr inbounds nuw %struct.avl, ptr %11, i32 0, i32 0, !dbg !91
  store i32 %10, ptr %12, align 8, !dbg !92
  %13 = load ptr, ptr %4, align 8, !dbg !93
  %14 = getelementptr inbounds nuw %struct.avl, ptr %13, i32 0, i32 1, !dbg !94
  store i32 1, ptr %14, align 4, !dbg !95
  %15 = load ptr, ptr %4, align 8, !dbg !96
  store ptr %15, ptr %3, align 8, !dbg !97
  br label %50, !dbg !97

16:                                               ; preds = %2
  %17 = load i32, ptr %5, align 4, !dbg !98
  %18 = load ptr, ptr %4, align 8, !dbg !99
  %19 = getelementptr inbounds nuw %struct.avl, ptr %18, i32 0, i32 0, !dbg !100
  %20 = load i32, ptr %19, align 8, !dbg !100
  %21 = icmp slt i32 %17, %20, !dbg !101
  br i1 %21, label %22, label %30, !dbg !101

22:                                               ; preds = %16
  %23 = load ptr, ptr %4, align 8, !dbg !102
  %24 = getelementptr inbounds nuw %struct.avl, ptr %23, i32 0, i32 2, !dbg !103
  %25 = load ptr, ptr %24, align 8, !dbg !103
  %26 = load i32, ptr %5, align 4, !dbg !104
  %27 = call ptr @insert(ptr noundef %25, i32 noundef %26), !dbg !105
  %28 = load ptr, ptr %4, align 8, !dbg !106
  %29 = getelementptr inbounds nuw %struct.avl, ptr %28, i32 0, i32 2, !dbg !107
  store ptr %27, ptr %29, align 8, !dbg !108
  br label %47, !dbg !106

30:                                               ; preds = %16
  %31 = load i32, ptr %5, align 4, !dbg !109
  %32 = load ptr, ptr %4, align 8, !dbg !110
  %33 = getelementptr inbounds nuw %struct.avl, ptr %32, i32 0, i32 0, !dbg !111
  %34 = load i32, ptr %33, align 8, !dbg !111
  %35 = icmp sgt i32 %31, %34, !dbg !112
  br i1 %35, label %36, label %44, !dbg !112

36:                                               ; preds = %30
  %37 = load ptr, ptr %4, align 8, !dbg !113
  %38 = getelementptr inbounds nuw %struct.avl, ptr %37, i32 0, i32 3, !dbg !114
  %39 = load ptr, ptr %38, align 8, !dbg !114
  %40 = load i32, ptr %5, align 4, !dbg !115
  %41 = call ptr @insert(ptr noundef %39, i32 noundef %40), !dbg !116
  %42 = load ptr, ptr %4, align 8, !dbg !117
  %43 = getelementptr inbounds nuw %struct.avl, ptr %42, i32 0, i32 3, !dbg !118
  store ptr %41, ptr %43, align 8, !dbg !119
  br label %46, !dbg !117

44:                                               ; preds = %30
  %45 = load ptr, ptr %4, align 8, !dbg !120
  store ptr %45, ptr %3, align 8, !dbg !121
  br label %50, !dbg !121

46:                                               ; preds = %36
  br label %47

47:                                               ; preds = %46, %22
  %48 = load ptr, ptr %4, align 8, !dbg !122
  %49 = call ptr @balance(ptr noundef %48), !dbg !123
  store ptr %49, ptr %3, align 8, !dbg !124
  br label %50, !dbg !124

50:                                               ; preds = %47, %44, %8
  %51 = load ptr, ptr %3, align 8, !dbg !125
  ret ptr %51, !dbg !125
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @count(ptr noundef %0) #0 !dbg !126 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !127
  %4 = icmp ne ptr %3, null, !dbg !127
  br i1 %4, label %5, label %16, !dbg !127

5:                                                ; preds = %1
  %6 = load ptr, ptr %2, align 8, !dbg !128
  %7 = getelementptr inbounds nuw %struct.avl, ptr %6, i32 0, i32 2, !dbg !129
  %8 = load ptr, ptr %7, align 8, !dbg !129
  %9 = call i32 @count(ptr noundef %8), !dbg !130
  %10 = add nsw i32 1, %9, !dbg !131
  %11 = load ptr, ptr %2, align 8, !dbg !132
  %12 = getelementptr inbounds nuw %struct.avl, ptr %11, i32 0, i32 3, !dbg !133
  %13 = load ptr, ptr %12, align 8, !dbg !133
  %14 = call i32 @count(ptr noundef %13), !dbg !134
  %15 = add nsw i32 %10, %14, !dbg !135
  br label %17, !dbg !127

16:                                               ; preds = %1
  br label %17, !dbg !127

17:                                               ; preds = %16, %5
  %18 = phi i32 [ %15, %5 ], [ 0, %16 ], !dbg !127
  ret i32 %18, !dbg !136
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @ht(ptr noundef %0) #0 !dbg !137 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !138
  %4 = icmp ne ptr %3, null, !dbg !138
  br i1 %4, label %5, label %9, !dbg !138

5:                                                ; preds = %1
  %6 = load ptr, ptr %2, align 8, !dbg !139
  %7 = getelementptr inbounds nuw %struct.avl, ptr %6, i32 0, i32 1, !dbg !140
  %8 = load i32, ptr %7, align 4, !dbg !140
  br label %10, !dbg !138

9:                                                ; preds = %1
  br label %10, !dbg !138

10:                                               ; preds = %9, %5
  %11 = phi i32 [ %8, %5 ], [ 0, %9 ], !dbg !138
  ret i32 %11, !dbg !141
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @inorder(ptr noundef %0, i64 noundef %1) #0 !dbg !142 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !143
  %7 = icmp ne ptr %6, null, !dbg !143
  br i1 %7, label %10, label %8, !dbg !144

8:                                                ; preds = %2
  %9 = load i64, ptr %5, align 8, !dbg !145
  store i64 %9, ptr %3, align 8, !dbg !146
  br label %29, !dbg !146

10:                                               ; preds = %2
  %11 = load ptr, ptr %4, align 8, !dbg !147
  %12 = getelementptr inbounds nuw %struct.avl, ptr %11, i32 0, i32 2, !dbg !148
  %13 = load ptr, ptr %12, align 8, !dbg !148
  %14 = load i64, ptr %5, align 8, !dbg !149
  %15 = call i64 @inorder(ptr noundef %13, i64 noundef %14), !dbg !150
  store i64 %15, ptr %5, align 8, !dbg !151
  %16 = load i64, ptr %5, align 8, !dbg !152
  %17 = mul nsw i64 %16, 31, !dbg !153
  %18 = srem i64 %17, 1000000007, !dbg !154
  %19 = load ptr, ptr %4, align 8, !dbg !155
  %20 = getelementptr inbounds nuw %struct.avl, ptr %19, i32 0, i32 0, !dbg !156
  %21 = load i32, ptr %20, align 8, !dbg !156
  %22 = sext i32 %21 to i64, !dbg !155
  %23 = add nsw i64 %18, %22, !dbg !157
  store i64 %23, ptr %5, align 8, !dbg !158
  %24 = load ptr, ptr %4, align 8, !dbg !159
  %25 = getelementptr inbounds nuw %struct.avl, ptr %24, i32 0, i32 3, !dbg !160
  %26 = load ptr, ptr %25, align 8, !dbg !160
  %27 = load i64, ptr %5, align 8, !dbg !161
  %28 = call i64 @inorder(ptr noundef %26, i64 noundef %27), !dbg !162
  store i64 %28, ptr %3, align 8, !dbg !163
  br label %29, !dbg !163

29:                                               ; preds = %10, %8
  %30 = load i64, ptr %3, align 8, !dbg !164
  ret i64 %30, !dbg !164
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal ptr @erase(ptr noundef %0, i32 noundef %1) #0 !dbg !165 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  %9 = load ptr, ptr %4, align 8, !dbg !166
  %10 = icmp ne ptr %9, null, !dbg !166
  br i1 %10, label %12, label %11, !dbg !167

11:                                               ; preds = %2
  store ptr null, ptr %3, align 8, !dbg !168
  br label %67, !dbg !168

12:                                               ; preds = %2
  %13 = load i32, ptr %5, align 4, !dbg !169
  %14 = load ptr, ptr %4, align 8, !dbg !170
  %15 = getelementptr inbounds nuw %struct.avl, ptr %14, i32 0, i32 0, !dbg !171
  %16 = load i32, ptr %15, align 8, !dbg !171
  %17 = icmp slt i32 %13, %16, !dbg !172
  br i1 %17, label %18, label %26, !dbg !172

18:                                               ; preds = %12
  %19 = load ptr, ptr %4, align 8, !dbg !173
  %20 = getelementptr inbounds nuw %struct.avl, ptr %19, i32 0, i32 2, !dbg !174
  %21 = load ptr, ptr %20, align 8, !dbg !174
  %22 = load i32, ptr %5, align 4, !dbg !175
  %23 = call ptr @erase(ptr noundef %21, i32 noundef %22), !dbg !176
  %24 = load ptr, ptr %4, align 8, !dbg !177
  %25 = getelementptr inbounds nuw %struct.avl, ptr %24, i32 0, i32 2, !dbg !178
  store ptr %23, ptr %25, align 8, !dbg !179
  br label %64, !dbg !177

26:                                               ; preds = %12
  %27 = load i32, ptr %5, align 4, !dbg !180
  %28 = load ptr, ptr %4, align 8, !dbg !181
  %29 = getelementptr inbounds nuw %struct.avl, ptr %28, i32 0, i32 0, !dbg !182
  %30 = load i32, ptr %29, align 8, !dbg !182
  %31 = icmp sgt i32 %27, %30, !dbg !183
  br i1 %31, label %32, label %40, !dbg !183

32:                                               ; preds = %26
  %33 = load ptr, ptr %4, align 8, !dbg !184
  %34 = getelementptr inbounds nuw %struct.avl, ptr %33, i32 0, i32 3, !dbg !185
  %35 = load ptr, ptr %34, align 8, !dbg !185
  %36 = load i32, ptr %5, align 4, !dbg !186
  %37 = call ptr @erase(ptr noundef %35, i32 noundef %36), !dbg !187
  %38 = load ptr, ptr %4, align 8, !dbg !188
  %39 = getelementptr inbounds nuw %struct.avl, ptr %38, i32 0, i32 3, !dbg !189
  store ptr %37, ptr %39, align 8, !dbg !190
  br label %63, !dbg !188

40:                                               ; preds = %26
  %41 = load ptr, ptr %4, align 8, !dbg !191
  %42 = getelementptr inbounds nuw %struct.avl, ptr %41, i32 0, i32 2, !dbg !192
  %43 = load ptr, ptr %42, align 8, !dbg !192
  store ptr %43, ptr %6, align 8, !dbg !193
  %44 = load ptr, ptr %4, align 8, !dbg !194
  %45 = getelementptr inbounds nuw %struct.avl, ptr %44, i32 0, i32 3, !dbg !195
  %46 = load ptr, ptr %45, align 8, !dbg !195
  store ptr %46, ptr %7, align 8, !dbg !196
  %47 = load ptr, ptr %4, align 8, !dbg !197
  call void @free(ptr noundef %47) #5, !dbg !198
  %48 = load ptr, ptr %7, align 8, !dbg !199
  %49 = icmp ne ptr %48, null, !dbg !199
  br i1 %49, label %52, label %50, !dbg !200

50:                                               ; preds = %40
  %51 = load ptr, ptr %6, align 8, !dbg !201
  store ptr %51, ptr %3, align 8, !dbg !202
  br label %67, !dbg !202

52:                                               ; preds = %40
  %53 = load ptr, ptr %7, align 8, !dbg !203
  %54 = call ptr @remove_min(ptr noundef %53, ptr noundef %8), !dbg !204
  store ptr %54, ptr %7, align 8, !dbg !205
  %55 = load ptr, ptr %6, align 8, !dbg !206
  %56 = load ptr, ptr %8, align 8, !dbg !207
  %57 = getelementptr inbounds nuw %struct.avl, ptr %56, i32 0, i32 2, !dbg !208
  store ptr %55, ptr %57, align 8, !dbg !209
  %58 = load ptr, ptr %7, align 8, !dbg !210
  %59 = load ptr, ptr %8, align 8, !dbg !211
  %60 = getelementptr inbounds nuw %struct.avl, ptr %59, i32 0, i32 3, !dbg !212
  store ptr %58, ptr %60, align 8, !dbg !213
  %61 = load ptr, ptr %8, align 8, !dbg !214
  %62 = call ptr @balance(ptr noundef %61), !dbg !215
  store ptr %62, ptr %3, align 8, !dbg !216
  br label %67, !dbg !216

63:                                               ; preds = %32
  br label %64

64:                                               ; preds = %63, %18
  %65 = load ptr, ptr %4, align 8, !dbg !217
  %66 = call ptr @balance(ptr noundef %65), !dbg !218
  store ptr %66, ptr %3, align 8, !dbg !219
  br label %67, !dbg !219

67:                                               ; preds = %64, %52, %50, %11
  %68 = load ptr, ptr %3, align 8, !dbg !220
  ret ptr %68, !dbg !220
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @destroy(ptr noundef %0) #0 !dbg !221 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !222
  %4 = icmp ne ptr %3, null, !dbg !222
  br i1 %4, label %5, label %13, !dbg !222

5:                                                ; preds = %1
  %6 = load ptr, ptr %2, align 8, !dbg !223
  %7 = getelementptr inbounds nuw %struct.avl, ptr %6, i32 0, i32 2, !dbg !224
  %8 = load ptr, ptr %7, align 8, !dbg !224
  call void @destroy(ptr noundef %8), !dbg !225
  %9 = load ptr, ptr %2, align 8, !dbg !226
  %10 = getelementptr inbounds nuw %struct.avl, ptr %9, i32 0, i32 3, !dbg !227
  %11 = load ptr, ptr %10, align 8, !dbg !227
  call void @destroy(ptr noundef %11), !dbg !228
  %12 = load ptr, ptr %2, align 8, !dbg !229
  call void @free(ptr noundef %12) #5, !dbg !230
  br label %13, !dbg !231

13:                                               ; preds = %5, %1
  ret void, !dbg !232
}

; Function Attrs: nounwind allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal ptr @balance(ptr noundef %0) #0 !dbg !233 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !234
  call void @fix(ptr noundef %5), !dbg !235
  %6 = load ptr, ptr %3, align 8, !dbg !236
  %7 = getelementptr inbounds nuw %struct.avl, ptr %6, i32 0, i32 2, !dbg !237
  %8 = load ptr, ptr %7, align 8, !dbg !237
  %9 = call i32 @ht(ptr noundef %8), !dbg !238
  %10 = load ptr, ptr %3, align 8, !dbg !239
  %11 = getelementptr inbounds nuw %struct.avl, ptr %10, i32 0, i32 3, !dbg !240
  %12 = load ptr, ptr %11, align 8, !dbg !240
  %13 = call i32 @ht(ptr noundef %12), !dbg !241
  %14 = sub nsw i32 %9, %13, !dbg !242
  store i32 %14, ptr %4, align 4, !dbg !243
  %15 = load i32, ptr %4, align 4, !dbg !244
  %16 = icmp sgt i32 %15, 1, !dbg !245
  br i1 %16, label %17, label %41, !dbg !245

17:                                               ; preds = %1
  %18 = load ptr, ptr %3, align 8, !dbg !246
  %19 = getelementptr inbounds nuw %struct.avl, ptr %18, i32 0, i32 2, !dbg !247
  %20 = load ptr, ptr %19, align 8, !dbg !247
  %21 = getelementptr inbounds nuw %struct.avl, ptr %20, i32 0, i32 2, !dbg !248
  %22 = load ptr, ptr %21, align 8, !dbg !248
  %23 = call i32 @ht(ptr noundef %22), !dbg !249
  %24 = load ptr, ptr %3, align 8, !dbg !250
  %25 = getelementptr inbounds nuw %struct.avl, ptr %24, i32 0, i32 2, !dbg !251
  %26 = load ptr, ptr %25, align 8, !dbg !251
  %27 = getelementptr inbounds nuw %struct.avl, ptr %26, i32 0, i32 3, !dbg !252
  %28 = load ptr, ptr %27, align 8, !dbg !252
  %29 = call i32 @ht(ptr noundef %28), !dbg !253
  %30 = icmp slt i32 %23, %29, !dbg !254
  br i1 %30, label %31, label %38, !dbg !254

31:                                               ; preds = %17
  %32 = load ptr, ptr %3, align 8, !dbg !255
  %33 = getelementptr inbounds nuw %struct.avl, ptr %32, i32 0, i32 2, !dbg !256
  %34 = load ptr, ptr %33, align 8, !dbg !256
  %35 = call ptr @rot_l(ptr noundef %34), !dbg !257
  %36 = load ptr, ptr %3, align 8, !dbg !258
  %37 = getelementptr inbounds nuw %struct.avl, ptr %36, i32 0, i32 2, !dbg !259
  store ptr %35, ptr %37, align 8, !dbg !260
  br label %38, !dbg !258

38:                                               ; preds = %31, %17
  %39 = load ptr, ptr %3, align 8, !dbg !261
  %40 = call ptr @rot_r(ptr noundef %39), !dbg !262
  store ptr %40, ptr %2, align 8, !dbg !263
  br label %70, !dbg !263

41:                                               ; preds = %1
  %42 = load i32, ptr %4, align 4, !dbg !264
  %43 = icmp slt i32 %42, -1, !dbg !265
  br i1 %43, label %44, label %68, !dbg !265

44:                                               ; preds = %41
  %45 = load ptr, ptr %3, align 8, !dbg !266
  %46 = getelementptr inbounds nuw %struct.avl, ptr %45, i32 0, i32 3, !dbg !267
  %47 = load ptr, ptr %46, align 8, !dbg !267
  %48 = getelementptr inbounds nuw %struct.avl, ptr %47, i32 0, i32 3, !dbg !268
  %49 = load ptr, ptr %48, align 8, !dbg !268
  %50 = call i32 @ht(ptr noundef %49), !dbg !269
  %51 = load ptr, ptr %3, align 8, !dbg !270
  %52 = getelementptr inbounds nuw %struct.avl, ptr %51, i32 0, i32 3, !dbg !271
  %53 = load ptr, ptr %52, align 8, !dbg !271
  %54 = getelementptr inbounds nuw %struct.avl, ptr %53, i32 0, i32 2, !dbg !272
  %55 = load ptr, ptr %54, align 8, !dbg !272
  %56 = call i32 @ht(ptr noundef %55), !dbg !273
  %57 = icmp slt i32 %50, %56, !dbg !274
  br i1 %57, label %58, label %65, !dbg !274

58:                                               ; preds = %44
  %59 = load ptr, ptr %3, align 8, !dbg !275
  %60 = getelementptr inbounds nuw %struct.avl, ptr %59, i32 0, i32 3, !dbg !276
  %61 = load ptr, ptr %60, align 8, !dbg !276
  %62 = call ptr @rot_r(ptr noundef %61), !dbg !277
  %63 = load ptr, ptr %3, align 8, !dbg !278
  %64 = getelementptr inbounds nuw %struct.avl, ptr %63, i32 0, i32 3, !dbg !279
  store ptr %62, ptr %64, align 8, !dbg !280
  br label %65, !dbg !278

65:                                               ; preds = %58, %44
  %66 = load ptr, ptr %3, align 8, !dbg !281
  %67 = call ptr @rot_l(ptr noundef %66), !dbg !282
  store ptr %67, ptr %2, align 8, !dbg !283
  br label %70, !dbg !283

68:                                               ; preds = %41
  %69 = load ptr, ptr %3, align 8, !dbg !284
  store ptr %69, ptr %2, align 8, !dbg !285
  br label %70, !dbg !285

70:                                               ; preds = %68, %65, %38
  %71 = load ptr, ptr %2, align 8, !dbg !286
  ret ptr %71, !dbg !286
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @fix(ptr noundef %0) #0 !dbg !287 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !288
  %4 = getelementptr inbounds nuw %struct.avl, ptr %3, i32 0, i32 2, !dbg !289
  %5 = load ptr, ptr %4, align 8, !dbg !289
  %6 = call i32 @ht(ptr noundef %5), !dbg !290
  %7 = load ptr, ptr %2, align 8, !dbg !291
  %8 = getelementptr inbounds nuw %struct.avl, ptr %7, i32 0, i32 3, !dbg !292
  %9 = load ptr, ptr %8, align 8, !dbg !292
  %10 = call i32 @ht(ptr noundef %9), !dbg !293
  %11 = call i32 @mx(i32 noundef %6, i32 noundef %10), !dbg !294
  %12 = add nsw i32 1, %11, !dbg !295
  %13 = load ptr, ptr %2, align 8, !dbg !296
  %14 = getelementptr inbounds nuw %struct.avl, ptr %13, i32 0, i32 1, !dbg !297
  store i32 %12, ptr %14, align 4, !dbg !298
  ret void, !dbg !299
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal ptr @rot_l(ptr noundef %0) #0 !dbg !300 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8, !dbg !301
  %5 = getelementptr inbounds nuw %struct.avl, ptr %4, i32 0, i32 3, !dbg !302
  %6 = load ptr, ptr %5, align 8, !dbg !302
  store ptr %6, ptr %3, align 8, !dbg !303
  %7 = load ptr, ptr %3, align 8, !dbg !304
  %8 = getelementptr inbounds nuw %struct.avl, ptr %7, i32 0, i32 2, !dbg !305
  %9 = load ptr, ptr %8, align 8, !dbg !305
  %10 = load ptr, ptr %2, align 8, !dbg !306
  %11 = getelementptr inbounds nuw %struct.avl, ptr %10, i32 0, i32 3, !dbg !307
  store ptr %9, ptr %11, align 8, !dbg !308
  %12 = load ptr, ptr %2, align 8, !dbg !309
  %13 = load ptr, ptr %3, align 8, !dbg !310
  %14 = getelementptr inbounds nuw %struct.avl, ptr %13, i32 0, i32 2, !dbg !311
  store ptr %12, ptr %14, align 8, !dbg !312
  %15 = load ptr, ptr %2, align 8, !dbg !313
  call void @fix(ptr noundef %15), !dbg !314
  %16 = load ptr, ptr %3, align 8, !dbg !315
  call void @fix(ptr noundef %16), !dbg !316
  %17 = load ptr, ptr %3, align 8, !dbg !317
  ret ptr %17, !dbg !318
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal ptr @rot_r(ptr noundef %0) #0 !dbg !319 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8, !dbg !320
  %5 = getelementptr inbounds nuw %struct.avl, ptr %4, i32 0, i32 2, !dbg !321
  %6 = load ptr, ptr %5, align 8, !dbg !321
  store ptr %6, ptr %3, align 8, !dbg !322
  %7 = load ptr, ptr %3, align 8, !dbg !323
  %8 = getelementptr inbounds nuw %struct.avl, ptr %7, i32 0, i32 3, !dbg !324
  %9 = load ptr, ptr %8, align 8, !dbg !324
  %10 = load ptr, ptr %2, align 8, !dbg !325
  %11 = getelementptr inbounds nuw %struct.avl, ptr %10, i32 0, i32 2, !dbg !326
  store ptr %9, ptr %11, align 8, !dbg !327
  %12 = load ptr, ptr %2, align 8, !dbg !328
  %13 = load ptr, ptr %3, align 8, !dbg !329
  %14 = getelementptr inbounds nuw %struct.avl, ptr %13, i32 0, i32 3, !dbg !330
  store ptr %12, ptr %14, align 8, !dbg !331
  %15 = load ptr, ptr %2, align 8, !dbg !332
  call void @fix(ptr noundef %15), !dbg !333
  %16 = load ptr, ptr %3, align 8, !dbg !334
  call void @fix(ptr noundef %16), !dbg !335
  %17 = load ptr, ptr %3, align 8, !dbg !336
  ret ptr %17, !dbg !337
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @mx(i32 noundef %0, i32 noundef %1) #0 !dbg !338 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4, !dbg !339
  %6 = load i32, ptr %4, align 4, !dbg !340
  %7 = icmp sgt i32 %5, %6, !dbg !341
  br i1 %7, label %8, label %10, !dbg !339

8:                                                ; preds = %2
  %9 = load i32, ptr %3, align 4, !dbg !342
  br label %12, !dbg !339

10:                                               ; preds = %2
  %11 = load i32, ptr %4, align 4, !dbg !343
  br label %12, !dbg !339

12:                                               ; preds = %10, %8
  %13 = phi i32 [ %9, %8 ], [ %11, %10 ], !dbg !339
  ret i32 %13, !dbg !344
}

; Function Attrs: nounwind
declare void @free(ptr noundef) #3

; Function Attrs: noinline nounwind sspstrong uwtable
define internal ptr @remove_min(ptr noundef %0, ptr noundef %1) #0 !dbg !345 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !346
  %7 = getelementptr inbounds nuw %struct.avl, ptr %6, i32 0, i32 2, !dbg !347
  %8 = load ptr, ptr %7, align 8, !dbg !347
  %9 = icmp ne ptr %8, null, !dbg !346
  br i1 %9, label %16, label %10, !dbg !348

10:                                               ; preds = %2
  %11 = load ptr, ptr %4, align 8, !dbg !349
  %12 = load ptr, ptr %5, align 8, !dbg !350
  store ptr %11, ptr %12, align 8, !dbg !351
  %13 = load ptr, ptr %4, align 8, !dbg !352
  %14 = getelementptr inbounds nuw %struct.avl, ptr %13, i32 0, i32 3, !dbg !353
  %15 = load ptr, ptr %14, align 8, !dbg !353
  store ptr %15, ptr %3, align 8, !dbg !354
  br label %26, !dbg !354

16:                                               ; preds = %2
  %17 = load ptr, ptr %4, align 8, !dbg !355
  %18 = getelementptr inbounds nuw %struct.avl, ptr %17, i32 0, i32 2, !dbg !356
  %19 = load ptr, ptr %18, align 8, !dbg !356
  %20 = load ptr, ptr %5, align 8, !dbg !357
  %21 = call ptr @remove_min(ptr noundef %19, ptr noundef %20), !dbg !358
  %22 = load ptr, ptr %4, align 8, !dbg !359
  %23 = getelementptr inbounds nuw %struct.avl, ptr %22, i32 0, i32 2, !dbg !360
  store ptr %21, ptr %23, align 8, !dbg !361
  %24 = load ptr, ptr %4, align 8, !dbg !362
  %25 = call ptr @balance(ptr noundef %24), !dbg !363
  store ptr %25, ptr %3, align 8, !dbg !364
  br label %26, !dbg !364

26:                                               ; preds = %16, %10
  %27 = load ptr, ptr %3, align 8, !dbg !365
  ret ptr %27, !dbg !365
}

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nounwind allocsize(0,1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind allocsize(0,1) }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "bintree.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 39, type: !11, scopeLine: 39, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "bintree.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 40, column: 17, scope: !9)
!14 = !DILocation(line: 41, column: 14, scope: !9)
!15 = !DILocation(line: 41, column: 10, scope: !9)
!16 = !DILocation(line: 41, column: 21, scope: !9)
!17 = !DILocation(line: 41, column: 23, scope: !9)
!18 = !DILocation(line: 41, column: 5, scope: !9)
!19 = !DILocation(line: 41, column: 47, scope: !9)
!20 = !DILocation(line: 41, column: 51, scope: !9)
!21 = !DILocation(line: 41, column: 53, scope: !9)
!22 = !DILocation(line: 41, column: 68, scope: !9)
!23 = !DILocation(line: 41, column: 40, scope: !9)
!24 = !DILocation(line: 41, column: 38, scope: !9)
!25 = !DILocation(line: 41, column: 36, scope: !9)
!26 = !DILocation(line: 41, column: 32, scope: !9)
!27 = distinct !{!27, !18, !28, !29}
!28 = !DILocation(line: 41, column: 76, scope: !9)
!29 = !{!"llvm.loop.mustprogress"}
!30 = !DILocation(line: 42, column: 59, scope: !9)
!31 = !DILocation(line: 42, column: 53, scope: !9)
!32 = !DILocation(line: 42, column: 66, scope: !9)
!33 = !DILocation(line: 42, column: 63, scope: !9)
!34 = !DILocation(line: 42, column: 70, scope: !9)
!35 = !DILocation(line: 42, column: 73, scope: !9)
!36 = !DILocation(line: 42, column: 86, scope: !9)
!37 = !DILocation(line: 42, column: 78, scope: !9)
!38 = !DILocation(line: 42, column: 5, scope: !9)
!39 = !DILocation(line: 43, column: 14, scope: !9)
!40 = !DILocation(line: 43, column: 10, scope: !9)
!41 = !DILocation(line: 43, column: 21, scope: !9)
!42 = !DILocation(line: 43, column: 23, scope: !9)
!43 = !DILocation(line: 43, column: 5, scope: !9)
!44 = !DILocation(line: 43, column: 49, scope: !9)
!45 = !DILocation(line: 43, column: 53, scope: !9)
!46 = !DILocation(line: 43, column: 55, scope: !9)
!47 = !DILocation(line: 43, column: 70, scope: !9)
!48 = !DILocation(line: 43, column: 43, scope: !9)
!49 = !DILocation(line: 43, column: 41, scope: !9)
!50 = !DILocation(line: 43, column: 39, scope: !9)
!51 = !DILocation(line: 43, column: 33, scope: !9)
!52 = distinct !{!52, !43, !53, !29}
!53 = !DILocation(line: 43, column: 78, scope: !9)
!54 = !DILocation(line: 44, column: 51, scope: !9)
!55 = !DILocation(line: 44, column: 45, scope: !9)
!56 = !DILocation(line: 44, column: 58, scope: !9)
!57 = !DILocation(line: 44, column: 55, scope: !9)
!58 = !DILocation(line: 44, column: 70, scope: !9)
!59 = !DILocation(line: 44, column: 62, scope: !9)
!60 = !DILocation(line: 44, column: 5, scope: !9)
!61 = !DILocation(line: 45, column: 14, scope: !9)
!62 = !DILocation(line: 45, column: 10, scope: !9)
!63 = !DILocation(line: 45, column: 21, scope: !9)
!64 = !DILocation(line: 45, column: 23, scope: !9)
!65 = !DILocation(line: 45, column: 5, scope: !9)
!66 = !DILocation(line: 45, column: 47, scope: !9)
!67 = !DILocation(line: 45, column: 50, scope: !9)
!68 = !DILocation(line: 45, column: 40, scope: !9)
!69 = !DILocation(line: 45, column: 38, scope: !9)
!70 = !DILocation(line: 45, column: 36, scope: !9)
!71 = !DILocation(line: 45, column: 32, scope: !9)
!72 = distinct !{!72, !65, !73, !29}
!73 = !DILocation(line: 45, column: 51, scope: !9)
!74 = !DILocation(line: 46, column: 51, scope: !9)
!75 = !DILocation(line: 46, column: 45, scope: !9)
!76 = !DILocation(line: 46, column: 58, scope: !9)
!77 = !DILocation(line: 46, column: 55, scope: !9)
!78 = !DILocation(line: 46, column: 70, scope: !9)
!79 = !DILocation(line: 46, column: 62, scope: !9)
!80 = !DILocation(line: 46, column: 5, scope: !9)
!81 = !DILocation(line: 47, column: 13, scope: !9)
!82 = !DILocation(line: 47, column: 5, scope: !9)
!83 = !DILocation(line: 48, column: 5, scope: !9)
!84 = distinct !DISubprogram(name: "insert", scope: !10, file: !10, line: 18, type: !11, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!85 = !DILocation(line: 19, column: 10, scope: !84)
!86 = !DILocation(line: 19, column: 9, scope: !84)
!87 = !DILocation(line: 19, column: 19, scope: !84)
!88 = !DILocation(line: 19, column: 17, scope: !84)
!89 = !DILocation(line: 19, column: 50, scope: !84)
!90 = !DILocation(line: 19, column: 41, scope: !84)
!91 = !DILocation(line: 19, column: 44, scope: !84)
!92 = !DILocation(line: 19, column: 48, scope: !84)
!93 = !DILocation(line: 19, column: 53, scope: !84)
!94 = !DILocation(line: 19, column: 56, scope: !84)
!95 = !DILocation(line: 19, column: 58, scope: !84)
!96 = !DILocation(line: 19, column: 70, scope: !84)
!97 = !DILocation(line: 19, column: 63, scope: !84)
!98 = !DILocation(line: 20, column: 9, scope: !84)
!99 = !DILocation(line: 20, column: 13, scope: !84)
!100 = !DILocation(line: 20, column: 16, scope: !84)
!101 = !DILocation(line: 20, column: 11, scope: !84)
!102 = !DILocation(line: 20, column: 35, scope: !84)
!103 = !DILocation(line: 20, column: 38, scope: !84)
!104 = !DILocation(line: 20, column: 41, scope: !84)
!105 = !DILocation(line: 20, column: 28, scope: !84)
!106 = !DILocation(line: 20, column: 21, scope: !84)
!107 = !DILocation(line: 20, column: 24, scope: !84)
!108 = !DILocation(line: 20, column: 26, scope: !84)
!109 = !DILocation(line: 20, column: 54, scope: !84)
!110 = !DILocation(line: 20, column: 58, scope: !84)
!111 = !DILocation(line: 20, column: 61, scope: !84)
!112 = !DILocation(line: 20, column: 56, scope: !84)
!113 = !DILocation(line: 20, column: 80, scope: !84)
!114 = !DILocation(line: 20, column: 83, scope: !84)
!115 = !DILocation(line: 20, column: 86, scope: !84)
!116 = !DILocation(line: 20, column: 73, scope: !84)
!117 = !DILocation(line: 20, column: 66, scope: !84)
!118 = !DILocation(line: 20, column: 69, scope: !84)
!119 = !DILocation(line: 20, column: 71, scope: !84)
!120 = !DILocation(line: 20, column: 102, scope: !84)
!121 = !DILocation(line: 20, column: 95, scope: !84)
!122 = !DILocation(line: 21, column: 20, scope: !84)
!123 = !DILocation(line: 21, column: 12, scope: !84)
!124 = !DILocation(line: 21, column: 5, scope: !84)
!125 = !DILocation(line: 22, column: 1, scope: !84)
!126 = distinct !DISubprogram(name: "count", scope: !10, file: !10, line: 36, type: !11, scopeLine: 36, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!127 = !DILocation(line: 36, column: 42, scope: !126)
!128 = !DILocation(line: 36, column: 56, scope: !126)
!129 = !DILocation(line: 36, column: 59, scope: !126)
!130 = !DILocation(line: 36, column: 50, scope: !126)
!131 = !DILocation(line: 36, column: 48, scope: !126)
!132 = !DILocation(line: 36, column: 70, scope: !126)
!133 = !DILocation(line: 36, column: 73, scope: !126)
!134 = !DILocation(line: 36, column: 64, scope: !126)
!135 = !DILocation(line: 36, column: 62, scope: !126)
!136 = !DILocation(line: 36, column: 35, scope: !126)
!137 = distinct !DISubprogram(name: "ht", scope: !10, file: !10, line: 6, type: !11, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!138 = !DILocation(line: 6, column: 39, scope: !137)
!139 = !DILocation(line: 6, column: 43, scope: !137)
!140 = !DILocation(line: 6, column: 46, scope: !137)
!141 = !DILocation(line: 6, column: 32, scope: !137)
!142 = distinct !DISubprogram(name: "inorder", scope: !10, file: !10, line: 35, type: !11, scopeLine: 35, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!143 = !DILocation(line: 35, column: 53, scope: !142)
!144 = !DILocation(line: 35, column: 52, scope: !142)
!145 = !DILocation(line: 35, column: 63, scope: !142)
!146 = !DILocation(line: 35, column: 56, scope: !142)
!147 = !DILocation(line: 35, column: 82, scope: !142)
!148 = !DILocation(line: 35, column: 85, scope: !142)
!149 = !DILocation(line: 35, column: 88, scope: !142)
!150 = !DILocation(line: 35, column: 74, scope: !142)
!151 = !DILocation(line: 35, column: 72, scope: !142)
!152 = !DILocation(line: 35, column: 100, scope: !142)
!153 = !DILocation(line: 35, column: 104, scope: !142)
!154 = !DILocation(line: 35, column: 109, scope: !142)
!155 = !DILocation(line: 35, column: 124, scope: !142)
!156 = !DILocation(line: 35, column: 127, scope: !142)
!157 = !DILocation(line: 35, column: 122, scope: !142)
!158 = !DILocation(line: 35, column: 98, scope: !142)
!159 = !DILocation(line: 35, column: 147, scope: !142)
!160 = !DILocation(line: 35, column: 150, scope: !142)
!161 = !DILocation(line: 35, column: 153, scope: !142)
!162 = !DILocation(line: 35, column: 139, scope: !142)
!163 = !DILocation(line: 35, column: 132, scope: !142)
!164 = !DILocation(line: 35, column: 159, scope: !142)
!165 = distinct !DISubprogram(name: "erase", scope: !10, file: !10, line: 24, type: !11, scopeLine: 24, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!166 = !DILocation(line: 25, column: 10, scope: !165)
!167 = !DILocation(line: 25, column: 9, scope: !165)
!168 = !DILocation(line: 25, column: 13, scope: !165)
!169 = !DILocation(line: 26, column: 9, scope: !165)
!170 = !DILocation(line: 26, column: 13, scope: !165)
!171 = !DILocation(line: 26, column: 16, scope: !165)
!172 = !DILocation(line: 26, column: 11, scope: !165)
!173 = !DILocation(line: 26, column: 34, scope: !165)
!174 = !DILocation(line: 26, column: 37, scope: !165)
!175 = !DILocation(line: 26, column: 40, scope: !165)
!176 = !DILocation(line: 26, column: 28, scope: !165)
!177 = !DILocation(line: 26, column: 21, scope: !165)
!178 = !DILocation(line: 26, column: 24, scope: !165)
!179 = !DILocation(line: 26, column: 26, scope: !165)
!180 = !DILocation(line: 27, column: 14, scope: !165)
!181 = !DILocation(line: 27, column: 18, scope: !165)
!182 = !DILocation(line: 27, column: 21, scope: !165)
!183 = !DILocation(line: 27, column: 16, scope: !165)
!184 = !DILocation(line: 27, column: 39, scope: !165)
!185 = !DILocation(line: 27, column: 42, scope: !165)
!186 = !DILocation(line: 27, column: 45, scope: !165)
!187 = !DILocation(line: 27, column: 33, scope: !165)
!188 = !DILocation(line: 27, column: 26, scope: !165)
!189 = !DILocation(line: 27, column: 29, scope: !165)
!190 = !DILocation(line: 27, column: 31, scope: !165)
!191 = !DILocation(line: 29, column: 25, scope: !165)
!192 = !DILocation(line: 29, column: 28, scope: !165)
!193 = !DILocation(line: 29, column: 21, scope: !165)
!194 = !DILocation(line: 29, column: 36, scope: !165)
!195 = !DILocation(line: 29, column: 39, scope: !165)
!196 = !DILocation(line: 29, column: 32, scope: !165)
!197 = !DILocation(line: 29, column: 47, scope: !165)
!198 = !DILocation(line: 29, column: 42, scope: !165)
!199 = !DILocation(line: 30, column: 14, scope: !165)
!200 = !DILocation(line: 30, column: 13, scope: !165)
!201 = !DILocation(line: 30, column: 24, scope: !165)
!202 = !DILocation(line: 30, column: 17, scope: !165)
!203 = !DILocation(line: 31, column: 39, scope: !165)
!204 = !DILocation(line: 31, column: 28, scope: !165)
!205 = !DILocation(line: 31, column: 26, scope: !165)
!206 = !DILocation(line: 31, column: 54, scope: !165)
!207 = !DILocation(line: 31, column: 47, scope: !165)
!208 = !DILocation(line: 31, column: 50, scope: !165)
!209 = !DILocation(line: 31, column: 52, scope: !165)
!210 = !DILocation(line: 31, column: 64, scope: !165)
!211 = !DILocation(line: 31, column: 57, scope: !165)
!212 = !DILocation(line: 31, column: 60, scope: !165)
!213 = !DILocation(line: 31, column: 62, scope: !165)
!214 = !DILocation(line: 31, column: 82, scope: !165)
!215 = !DILocation(line: 31, column: 74, scope: !165)
!216 = !DILocation(line: 31, column: 67, scope: !165)
!217 = !DILocation(line: 33, column: 20, scope: !165)
!218 = !DILocation(line: 33, column: 12, scope: !165)
!219 = !DILocation(line: 33, column: 5, scope: !165)
!220 = !DILocation(line: 34, column: 1, scope: !165)
!221 = distinct !DISubprogram(name: "destroy", scope: !10, file: !10, line: 37, type: !11, scopeLine: 37, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!222 = !DILocation(line: 37, column: 42, scope: !221)
!223 = !DILocation(line: 37, column: 55, scope: !221)
!224 = !DILocation(line: 37, column: 58, scope: !221)
!225 = !DILocation(line: 37, column: 47, scope: !221)
!226 = !DILocation(line: 37, column: 70, scope: !221)
!227 = !DILocation(line: 37, column: 73, scope: !221)
!228 = !DILocation(line: 37, column: 62, scope: !221)
!229 = !DILocation(line: 37, column: 82, scope: !221)
!230 = !DILocation(line: 37, column: 77, scope: !221)
!231 = !DILocation(line: 37, column: 86, scope: !221)
!232 = !DILocation(line: 37, column: 88, scope: !221)
!233 = distinct !DISubprogram(name: "balance", scope: !10, file: !10, line: 11, type: !11, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!234 = !DILocation(line: 12, column: 9, scope: !233)
!235 = !DILocation(line: 12, column: 5, scope: !233)
!236 = !DILocation(line: 13, column: 16, scope: !233)
!237 = !DILocation(line: 13, column: 19, scope: !233)
!238 = !DILocation(line: 13, column: 13, scope: !233)
!239 = !DILocation(line: 13, column: 27, scope: !233)
!240 = !DILocation(line: 13, column: 30, scope: !233)
!241 = !DILocation(line: 13, column: 24, scope: !233)
!242 = !DILocation(line: 13, column: 22, scope: !233)
!243 = !DILocation(line: 13, column: 9, scope: !233)
!244 = !DILocation(line: 14, column: 9, scope: !233)
!245 = !DILocation(line: 14, column: 11, scope: !233)
!246 = !DILocation(line: 14, column: 25, scope: !233)
!247 = !DILocation(line: 14, column: 28, scope: !233)
!248 = !DILocation(line: 14, column: 31, scope: !233)
!249 = !DILocation(line: 14, column: 22, scope: !233)
!250 = !DILocation(line: 14, column: 39, scope: !233)
!251 = !DILocation(line: 14, column: 42, scope: !233)
!252 = !DILocation(line: 14, column: 45, scope: !233)
!253 = !DILocation(line: 14, column: 36, scope: !233)
!254 = !DILocation(line: 14, column: 34, scope: !233)
!255 = !DILocation(line: 14, column: 62, scope: !233)
!256 = !DILocation(line: 14, column: 65, scope: !233)
!257 = !DILocation(line: 14, column: 56, scope: !233)
!258 = !DILocation(line: 14, column: 49, scope: !233)
!259 = !DILocation(line: 14, column: 52, scope: !233)
!260 = !DILocation(line: 14, column: 54, scope: !233)
!261 = !DILocation(line: 14, column: 82, scope: !233)
!262 = !DILocation(line: 14, column: 76, scope: !233)
!263 = !DILocation(line: 14, column: 69, scope: !233)
!264 = !DILocation(line: 15, column: 9, scope: !233)
!265 = !DILocation(line: 15, column: 11, scope: !233)
!266 = !DILocation(line: 15, column: 26, scope: !233)
!267 = !DILocation(line: 15, column: 29, scope: !233)
!268 = !DILocation(line: 15, column: 32, scope: !233)
!269 = !DILocation(line: 15, column: 23, scope: !233)
!270 = !DILocation(line: 15, column: 40, scope: !233)
!271 = !DILocation(line: 15, column: 43, scope: !233)
!272 = !DILocation(line: 15, column: 46, scope: !233)
!273 = !DILocation(line: 15, column: 37, scope: !233)
!274 = !DILocation(line: 15, column: 35, scope: !233)
!275 = !DILocation(line: 15, column: 63, scope: !233)
!276 = !DILocation(line: 15, column: 66, scope: !233)
!277 = !DILocation(line: 15, column: 57, scope: !233)
!278 = !DILocation(line: 15, column: 50, scope: !233)
!279 = !DILocation(line: 15, column: 53, scope: !233)
!280 = !DILocation(line: 15, column: 55, scope: !233)
!281 = !DILocation(line: 15, column: 83, scope: !233)
!282 = !DILocation(line: 15, column: 77, scope: !233)
!283 = !DILocation(line: 15, column: 70, scope: !233)
!284 = !DILocation(line: 16, column: 12, scope: !233)
!285 = !DILocation(line: 16, column: 5, scope: !233)
!286 = !DILocation(line: 17, column: 1, scope: !233)
!287 = distinct !DISubprogram(name: "fix", scope: !10, file: !10, line: 8, type: !11, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!288 = !DILocation(line: 8, column: 51, scope: !287)
!289 = !DILocation(line: 8, column: 54, scope: !287)
!290 = !DILocation(line: 8, column: 48, scope: !287)
!291 = !DILocation(line: 8, column: 61, scope: !287)
!292 = !DILocation(line: 8, column: 64, scope: !287)
!293 = !DILocation(line: 8, column: 58, scope: !287)
!294 = !DILocation(line: 8, column: 45, scope: !287)
!295 = !DILocation(line: 8, column: 43, scope: !287)
!296 = !DILocation(line: 8, column: 34, scope: !287)
!297 = !DILocation(line: 8, column: 37, scope: !287)
!298 = !DILocation(line: 8, column: 39, scope: !287)
!299 = !DILocation(line: 8, column: 69, scope: !287)
!300 = distinct !DISubprogram(name: "rot_l", scope: !10, file: !10, line: 10, type: !11, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!301 = !DILocation(line: 10, column: 59, scope: !300)
!302 = !DILocation(line: 10, column: 62, scope: !300)
!303 = !DILocation(line: 10, column: 55, scope: !300)
!304 = !DILocation(line: 10, column: 72, scope: !300)
!305 = !DILocation(line: 10, column: 75, scope: !300)
!306 = !DILocation(line: 10, column: 65, scope: !300)
!307 = !DILocation(line: 10, column: 68, scope: !300)
!308 = !DILocation(line: 10, column: 70, scope: !300)
!309 = !DILocation(line: 10, column: 85, scope: !300)
!310 = !DILocation(line: 10, column: 78, scope: !300)
!311 = !DILocation(line: 10, column: 81, scope: !300)
!312 = !DILocation(line: 10, column: 83, scope: !300)
!313 = !DILocation(line: 10, column: 92, scope: !300)
!314 = !DILocation(line: 10, column: 88, scope: !300)
!315 = !DILocation(line: 10, column: 100, scope: !300)
!316 = !DILocation(line: 10, column: 96, scope: !300)
!317 = !DILocation(line: 10, column: 111, scope: !300)
!318 = !DILocation(line: 10, column: 104, scope: !300)
!319 = distinct !DISubprogram(name: "rot_r", scope: !10, file: !10, line: 9, type: !11, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!320 = !DILocation(line: 9, column: 59, scope: !319)
!321 = !DILocation(line: 9, column: 62, scope: !319)
!322 = !DILocation(line: 9, column: 55, scope: !319)
!323 = !DILocation(line: 9, column: 72, scope: !319)
!324 = !DILocation(line: 9, column: 75, scope: !319)
!325 = !DILocation(line: 9, column: 65, scope: !319)
!326 = !DILocation(line: 9, column: 68, scope: !319)
!327 = !DILocation(line: 9, column: 70, scope: !319)
!328 = !DILocation(line: 9, column: 85, scope: !319)
!329 = !DILocation(line: 9, column: 78, scope: !319)
!330 = !DILocation(line: 9, column: 81, scope: !319)
!331 = !DILocation(line: 9, column: 83, scope: !319)
!332 = !DILocation(line: 9, column: 92, scope: !319)
!333 = !DILocation(line: 9, column: 88, scope: !319)
!334 = !DILocation(line: 9, column: 100, scope: !319)
!335 = !DILocation(line: 9, column: 96, scope: !319)
!336 = !DILocation(line: 9, column: 111, scope: !319)
!337 = !DILocation(line: 9, column: 104, scope: !319)
!338 = distinct !DISubprogram(name: "mx", scope: !10, file: !10, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!339 = !DILocation(line: 7, column: 38, scope: !338)
!340 = !DILocation(line: 7, column: 42, scope: !338)
!341 = !DILocation(line: 7, column: 40, scope: !338)
!342 = !DILocation(line: 7, column: 46, scope: !338)
!343 = !DILocation(line: 7, column: 50, scope: !338)
!344 = !DILocation(line: 7, column: 31, scope: !338)
!345 = distinct !DISubprogram(name: "remove_min", scope: !10, file: !10, line: 23, type: !11, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!346 = !DILocation(line: 23, column: 71, scope: !345)
!347 = !DILocation(line: 23, column: 74, scope: !345)
!348 = !DILocation(line: 23, column: 70, scope: !345)
!349 = !DILocation(line: 23, column: 86, scope: !345)
!350 = !DILocation(line: 23, column: 80, scope: !345)
!351 = !DILocation(line: 23, column: 84, scope: !345)
!352 = !DILocation(line: 23, column: 96, scope: !345)
!353 = !DILocation(line: 23, column: 99, scope: !345)
!354 = !DILocation(line: 23, column: 89, scope: !345)
!355 = !DILocation(line: 23, column: 122, scope: !345)
!356 = !DILocation(line: 23, column: 125, scope: !345)
!357 = !DILocation(line: 23, column: 128, scope: !345)
!358 = !DILocation(line: 23, column: 111, scope: !345)
!359 = !DILocation(line: 23, column: 104, scope: !345)
!360 = !DILocation(line: 23, column: 107, scope: !345)
!361 = !DILocation(line: 23, column: 109, scope: !345)
!362 = !DILocation(line: 23, column: 149, scope: !345)
!363 = !DILocation(line: 23, column: 141, scope: !345)
!364 = !DILocation(line: 23, column: 134, scope: !345)
!365 = !DILocation(line: 23, column: 153, scope: !345)
