; ModuleID = 'crc_hash.c'
source_filename = "crc_hash.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [44 x i8] c"The quick brown fox jumps over the lazy dog\00", align 1
@.str.1 = private unnamed_addr constant [38 x i8] c"crc %08x %08x adler %08x fnv %016llx\0A\00", align 1
@main.buf = internal global [65536 x i8] zeroinitializer, align 16
@.str.2 = private unnamed_addr constant [37 x i8] c"big crc %08x adler %08x fnv %016llx\0A\00", align 1
@.str.3 = private unnamed_addr constant [29 x i8] c"murmur %016llx next %016llx\0A\00", align 1
@crc_table = internal global [256 x i32] zeroinitializer, align 16
@xs_state = internal global i64 88172645463325252, align 8

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @crc_init(), !dbg !17
  call void @llvm.lifetime.start.p0(ptr %2) #4, !dbg !18
  store ptr @.str, ptr %2, align 8, !dbg !19, !tbaa !20
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !23
  %7 = load ptr, ptr %2, align 8, !dbg !24, !tbaa !20
  %8 = call i64 @strlen(ptr noundef %7) #5, !dbg !25
  store i64 %8, ptr %3, align 8, !dbg !26, !tbaa !27
  %9 = load ptr, ptr %2, align 8, !dbg !29, !tbaa !20
  %10 = load i64, ptr %3, align 8, !dbg !30, !tbaa !27
  %11 = call i32 @crc_tab(ptr noundef %9, i64 noundef %10), !dbg !31
  %12 = load ptr, ptr %2, align 8, !dbg !32, !tbaa !20
  %13 = load i64, ptr %3, align 8, !dbg !33, !tbaa !27
  %14 = call i32 @crc_bit(ptr noundef %12, i64 noundef %13), !dbg !34
  %15 = load ptr, ptr %2, align 8, !dbg !35, !tbaa !20
  %16 = load i64, ptr %3, align 8, !dbg !36, !tbaa !27
  %17 = call i32 @adler(ptr noundef %15, i64 noundef %16), !dbg !37
  %18 = load ptr, ptr %2, align 8, !dbg !38, !tbaa !20
  %19 = load i64, ptr %3, align 8, !dbg !39, !tbaa !27
  %20 = call i64 @fnv1a(ptr noundef %18, i64 noundef %19), !dbg !40
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %11, i32 noundef %14, i32 noundef %17, i64 noundef %20), !dbg !41
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !42
  store i64 0, ptr %4, align 8, !dbg !43, !tbaa !27
  br label %22, !dbg !42

22:                                               ; preds = %31, %0
  %23 = load i64, ptr %4, align 8, !dbg !44, !tbaa !27
  %24 = icmp ult i64 %23, 65536, !dbg !45
  br i1 %24, label %26, label %25, !dbg !46

25:                                               ; preds = %22
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !47
  br label %34

26:                                               ; preds = %22
  %27 = call i64 @xorshift(), !dbg !48
  %28 = trunc i64 %27 to i8, !dbg !49
  %29 = load i64, ptr %4, align 8, !dbg !50, !tbaa !27
  %30 = getelementptr inbounds nuw [65536 x i8], ptr @main.buf, i64 0, i64 %29, !dbg !51
  store i8 %28, ptr %30, align 1, !dbg !52, !tbaa !53
  br label %31, !dbg !54

31:                                               ; preds = %26
  %32 = load i64, ptr %4, align 8, !dbg !55, !tbaa !27
  %33 = add i64 %32, 1, !dbg !56
  store i64 %33, ptr %4, align 8, !dbg !57, !tbaa !27
  br label %22, !dbg !47, !llvm.loop !58

34:                                               ; preds = %25
  %35 = call i32 @crc_tab(ptr noundef @main.buf, i64 noundef 65536), !dbg !61
  %36 = call i32 @adler(ptr noundef @main.buf, i64 noundef 65536), !dbg !62
  %37 = call i64 @fnv1a(ptr noundef @main.buf, i64 noundef 65536), !dbg !63
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %35, i32 noundef %36, i64 noundef %37), !dbg !64
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !65
  store i64 0, ptr %5, align 8, !dbg !66, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !67
  store i64 0, ptr %6, align 8, !dbg !68, !tbaa !27
  br label %39, !dbg !67

39:                                               ; preds = %49, %34
  %40 = load i64, ptr %6, align 8, !dbg !69, !tbaa !27
  %41 = icmp ult i64 %40, 10000, !dbg !70
  br i1 %41, label %43, label %42, !dbg !71

42:                                               ; preds = %39
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !72
  br label %52

43:                                               ; preds = %39
  %44 = load i64, ptr %6, align 8, !dbg !73, !tbaa !27
  %45 = mul i64 %44, -7046029254386353131, !dbg !74
  %46 = call i64 @fmix64(i64 noundef %45), !dbg !75
  %47 = load i64, ptr %5, align 8, !dbg !76, !tbaa !27
  %48 = xor i64 %47, %46, !dbg !77
  store i64 %48, ptr %5, align 8, !dbg !78, !tbaa !27
  br label %49, !dbg !79

49:                                               ; preds = %43
  %50 = load i64, ptr %6, align 8, !dbg !80, !tbaa !27
  %51 = add i64 %50, 1, !dbg !81
  store i64 %51, ptr %6, align 8, !dbg !82, !tbaa !27
  br label %39, !dbg !72, !llvm.loop !83

52:                                               ; preds = %42
  %53 = load i64, ptr %5, align 8, !dbg !85, !tbaa !27
  %54 = call i64 @xorshift(), !dbg !86
  %55 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %53, i64 noundef %54), !dbg !87
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !88
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !88
  call void @llvm.lifetime.end.p0(ptr %2) #4, !dbg !88
  ret i32 0, !dbg !89
}

; Function Attrs: nounwind uwtable
define internal void @crc_init() #0 !dbg !90 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr %1) #4, !dbg !91
  store i32 0, ptr %1, align 4, !dbg !92, !tbaa !9
  br label %5, !dbg !91

5:                                                ; preds = %31, %0
  %6 = load i32, ptr %1, align 4, !dbg !93, !tbaa !9
  %7 = icmp ult i32 %6, 256, !dbg !94
  br i1 %7, label %9, label %8, !dbg !95

8:                                                ; preds = %5
  store i32 2, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %1) #4, !dbg !96
  br label %34

9:                                                ; preds = %5
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !97
  %10 = load i32, ptr %1, align 4, !dbg !98, !tbaa !9
  store i32 %10, ptr %3, align 4, !dbg !99, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !100
  store i32 0, ptr %4, align 4, !dbg !101, !tbaa !9
  br label %11, !dbg !100

11:                                               ; preds = %23, %9
  %12 = load i32, ptr %4, align 4, !dbg !102, !tbaa !9
  %13 = icmp slt i32 %12, 8, !dbg !103
  br i1 %13, label %15, label %14, !dbg !104

14:                                               ; preds = %11
  store i32 5, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !105
  br label %26

15:                                               ; preds = %11
  %16 = load i32, ptr %3, align 4, !dbg !106, !tbaa !9
  %17 = lshr i32 %16, 1, !dbg !107
  %18 = load i32, ptr %3, align 4, !dbg !108, !tbaa !9
  %19 = and i32 %18, 1, !dbg !109
  %20 = sub i32 0, %19, !dbg !110
  %21 = and i32 -306674912, %20, !dbg !111
  %22 = xor i32 %17, %21, !dbg !112
  store i32 %22, ptr %3, align 4, !dbg !113, !tbaa !9
  br label %23, !dbg !114

23:                                               ; preds = %15
  %24 = load i32, ptr %4, align 4, !dbg !115, !tbaa !9
  %25 = add nsw i32 %24, 1, !dbg !116
  store i32 %25, ptr %4, align 4, !dbg !117, !tbaa !9
  br label %11, !dbg !105, !llvm.loop !118

26:                                               ; preds = %14
  %27 = load i32, ptr %3, align 4, !dbg !120, !tbaa !9
  %28 = load i32, ptr %1, align 4, !dbg !121, !tbaa !9
  %29 = zext i32 %28 to i64, !dbg !122
  %30 = getelementptr inbounds nuw [256 x i32], ptr @crc_table, i64 0, i64 %29, !dbg !122
  store i32 %27, ptr %30, align 4, !dbg !123, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !124
  br label %31, !dbg !125

31:                                               ; preds = %26
  %32 = load i32, ptr %1, align 4, !dbg !126, !tbaa !9
  %33 = add i32 %32, 1, !dbg !127
  store i32 %33, ptr %1, align 4, !dbg !128, !tbaa !9
  br label %5, !dbg !96, !llvm.loop !129

34:                                               ; preds = %8
  ret void, !dbg !130
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !131 i64 @strlen(ptr noundef) #2

declare !dbg !133 i32 @printf(ptr noundef, ...) #3

; Function Attrs: nounwind uwtable
define internal i32 @crc_tab(ptr noundef %0, i64 noundef %1) #0 !dbg !135 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !20
  store i64 %1, ptr %4, align 8, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !136
  store i32 -1, ptr %5, align 4, !dbg !137, !tbaa !9
  br label %6, !dbg !138

6:                                                ; preds = %10, %2
  %7 = load i64, ptr %4, align 8, !dbg !139, !tbaa !27
  %8 = add i64 %7, -1, !dbg !140
  store i64 %8, ptr %4, align 8, !dbg !141, !tbaa !27
  %9 = icmp ne i64 %7, 0, !dbg !142
  br i1 %9, label %10, label %24, !dbg !143

10:                                               ; preds = %6
  %11 = load i32, ptr %5, align 4, !dbg !144, !tbaa !9
  %12 = load ptr, ptr %3, align 8, !dbg !145, !tbaa !20
  %13 = getelementptr inbounds nuw i8, ptr %12, i32 1, !dbg !146
  store ptr %13, ptr %3, align 8, !dbg !147, !tbaa !20
  %14 = load i8, ptr %12, align 1, !dbg !148, !tbaa !53
  %15 = zext i8 %14 to i32, !dbg !148
  %16 = xor i32 %11, %15, !dbg !149
  %17 = and i32 %16, 255, !dbg !150
  %18 = zext i32 %17 to i64, !dbg !151
  %19 = getelementptr inbounds nuw [256 x i32], ptr @crc_table, i64 0, i64 %18, !dbg !151
  %20 = load i32, ptr %19, align 4, !dbg !151, !tbaa !9
  %21 = load i32, ptr %5, align 4, !dbg !152, !tbaa !9
  %22 = lshr i32 %21, 8, !dbg !153
  %23 = xor i32 %20, %22, !dbg !154
  store i32 %23, ptr %5, align 4, !dbg !155, !tbaa !9
  br label %6, !dbg !138, !llvm.loop !156

24:                                               ; preds = %6
  %25 = load i32, ptr %5, align 4, !dbg !158, !tbaa !9
  %26 = xor i32 %25, -1, !dbg !159
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !160
  ret i32 %26, !dbg !161
}

; Function Attrs: nounwind uwtable
define internal i32 @crc_bit(ptr noundef %0, i64 noundef %1) #0 !dbg !162 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !20
  store i64 %1, ptr %4, align 8, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !163
  store i32 -1, ptr %5, align 4, !dbg !164, !tbaa !9
  br label %7, !dbg !165

7:                                                ; preds = %38, %2
  %8 = load i64, ptr %4, align 8, !dbg !166, !tbaa !27
  %9 = add i64 %8, -1, !dbg !167
  store i64 %9, ptr %4, align 8, !dbg !168, !tbaa !27
  %10 = icmp ne i64 %8, 0, !dbg !169
  br i1 %10, label %11, label %39, !dbg !170

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8, !dbg !171, !tbaa !20
  %13 = getelementptr inbounds nuw i8, ptr %12, i32 1, !dbg !172
  store ptr %13, ptr %3, align 8, !dbg !173, !tbaa !20
  %14 = load i8, ptr %12, align 1, !dbg !174, !tbaa !53
  %15 = zext i8 %14 to i32, !dbg !174
  %16 = load i32, ptr %5, align 4, !dbg !175, !tbaa !9
  %17 = xor i32 %16, %15, !dbg !176
  store i32 %17, ptr %5, align 4, !dbg !177, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !178
  store i32 0, ptr %6, align 4, !dbg !179, !tbaa !9
  br label %18, !dbg !178

18:                                               ; preds = %35, %11
  %19 = load i32, ptr %6, align 4, !dbg !180, !tbaa !9
  %20 = icmp slt i32 %19, 8, !dbg !181
  br i1 %20, label %22, label %21, !dbg !182

21:                                               ; preds = %18
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !183
  br label %38

22:                                               ; preds = %18
  %23 = load i32, ptr %5, align 4, !dbg !184, !tbaa !9
  %24 = and i32 %23, 1, !dbg !185
  %25 = icmp ne i32 %24, 0, !dbg !186
  br i1 %25, label %26, label %30, !dbg !187

26:                                               ; preds = %22
  %27 = load i32, ptr %5, align 4, !dbg !188, !tbaa !9
  %28 = lshr i32 %27, 1, !dbg !189
  %29 = xor i32 %28, -306674912, !dbg !190
  br label %33, !dbg !184

30:                                               ; preds = %22
  %31 = load i32, ptr %5, align 4, !dbg !191, !tbaa !9
  %32 = lshr i32 %31, 1, !dbg !192
  br label %33, !dbg !184

33:                                               ; preds = %30, %26
  %34 = phi i32 [ %29, %26 ], [ %32, %30 ], !dbg !193
  store i32 %34, ptr %5, align 4, !dbg !194, !tbaa !9
  br label %35, !dbg !195

35:                                               ; preds = %33
  %36 = load i32, ptr %6, align 4, !dbg !196, !tbaa !9
  %37 = add nsw i32 %36, 1, !dbg !197
  store i32 %37, ptr %6, align 4, !dbg !198, !tbaa !9
  br label %18, !dbg !183, !llvm.loop !199

38:                                               ; preds = %21
  br label %7, !dbg !165, !llvm.loop !201

39:                                               ; preds = %7
  %40 = load i32, ptr %5, align 4, !dbg !203, !tbaa !9
  %41 = xor i32 %40, -1, !dbg !204
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !205
  ret i32 %41, !dbg !206
}

; Function Attrs: nounwind uwtable
define internal i32 @adler(ptr noundef %0, i64 noundef %1) #0 !dbg !207 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !20
  store i64 %1, ptr %4, align 8, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !208
  store i32 1, ptr %5, align 4, !dbg !209, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !208
  store i32 0, ptr %6, align 4, !dbg !210, !tbaa !9
  br label %7, !dbg !211

7:                                                ; preds = %11, %2
  %8 = load i64, ptr %4, align 8, !dbg !212, !tbaa !27
  %9 = add i64 %8, -1, !dbg !213
  store i64 %9, ptr %4, align 8, !dbg !214, !tbaa !27
  %10 = icmp ne i64 %8, 0, !dbg !215
  br i1 %10, label %11, label %23, !dbg !216

11:                                               ; preds = %7
  %12 = load i32, ptr %5, align 4, !dbg !217, !tbaa !9
  %13 = load ptr, ptr %3, align 8, !dbg !218, !tbaa !20
  %14 = getelementptr inbounds nuw i8, ptr %13, i32 1, !dbg !219
  store ptr %14, ptr %3, align 8, !dbg !220, !tbaa !20
  %15 = load i8, ptr %13, align 1, !dbg !221, !tbaa !53
  %16 = zext i8 %15 to i32, !dbg !221
  %17 = add i32 %12, %16, !dbg !222
  %18 = urem i32 %17, 65521, !dbg !223
  store i32 %18, ptr %5, align 4, !dbg !224, !tbaa !9
  %19 = load i32, ptr %6, align 4, !dbg !225, !tbaa !9
  %20 = load i32, ptr %5, align 4, !dbg !226, !tbaa !9
  %21 = add i32 %19, %20, !dbg !227
  %22 = urem i32 %21, 65521, !dbg !228
  store i32 %22, ptr %6, align 4, !dbg !229, !tbaa !9
  br label %7, !dbg !211, !llvm.loop !230

23:                                               ; preds = %7
  %24 = load i32, ptr %6, align 4, !dbg !232, !tbaa !9
  %25 = shl i32 %24, 16, !dbg !233
  %26 = load i32, ptr %5, align 4, !dbg !234, !tbaa !9
  %27 = or i32 %25, %26, !dbg !235
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !236
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !236
  ret i32 %27, !dbg !237
}

; Function Attrs: nounwind uwtable
define internal i64 @fnv1a(ptr noundef %0, i64 noundef %1) #0 !dbg !238 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !20
  store i64 %1, ptr %4, align 8, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !239
  store i64 -3750763034362895579, ptr %5, align 8, !dbg !240, !tbaa !27
  br label %6, !dbg !241

6:                                                ; preds = %10, %2
  %7 = load i64, ptr %4, align 8, !dbg !242, !tbaa !27
  %8 = add i64 %7, -1, !dbg !243
  store i64 %8, ptr %4, align 8, !dbg !244, !tbaa !27
  %9 = icmp ne i64 %7, 0, !dbg !245
  br i1 %9, label %10, label %19, !dbg !246

10:                                               ; preds = %6
  %11 = load ptr, ptr %3, align 8, !dbg !247, !tbaa !20
  %12 = getelementptr inbounds nuw i8, ptr %11, i32 1, !dbg !248
  store ptr %12, ptr %3, align 8, !dbg !249, !tbaa !20
  %13 = load i8, ptr %11, align 1, !dbg !250, !tbaa !53
  %14 = zext i8 %13 to i64, !dbg !250
  %15 = load i64, ptr %5, align 8, !dbg !251, !tbaa !27
  %16 = xor i64 %15, %14, !dbg !252
  store i64 %16, ptr %5, align 8, !dbg !253, !tbaa !27
  %17 = load i64, ptr %5, align 8, !dbg !254, !tbaa !27
  %18 = mul i64 %17, 1099511628211, !dbg !255
  store i64 %18, ptr %5, align 8, !dbg !256, !tbaa !27
  br label %6, !dbg !241, !llvm.loop !257

19:                                               ; preds = %6
  %20 = load i64, ptr %5, align 8, !dbg !259, !tbaa !27
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !260
  ret i64 %20, !dbg !261
}

; Function Attrs: nounwind uwtable
define internal i64 @xorshift() #0 !dbg !262 {
  %1 = load i64, ptr @xs_state, align 8, !dbg !263, !tbaa !27
  %2 = shl i64 %1, 13, !dbg !264
  %3 = load i64, ptr @xs_state, align 8, !dbg !265, !tbaa !27
  %4 = xor i64 %3, %2, !dbg !266
  store i64 %4, ptr @xs_state, align 8, !dbg !267, !tbaa !27
  %5 = load i64, ptr @xs_state, align 8, !dbg !268, !tbaa !27
  %6 = lshr i64 %5, 7, !dbg !269
  %7 = load i64, ptr @xs_state, align 8, !dbg !270, !tbaa !27
  %8 = xor i64 %7, %6, !dbg !271
  store i64 %8, ptr @xs_state, align 8, !dbg !272, !tbaa !27
  %9 = load i64, ptr @xs_state, align 8, !dbg !273, !tbaa !27
  %10 = shl i64 %9, 17, !dbg !274
  %11 = load i64, ptr @xs_state, align 8, !dbg !275, !tbaa !27
  %12 = xor i64 %11, %10, !dbg !276
  store i64 %12, ptr @xs_state, align 8, !dbg !277, !tbaa !27
  %13 = load i64, ptr @xs_state, align 8, !dbg !278, !tbaa !27
  ret i64 %13, !dbg !279
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal i64 @fmix64(i64 noundef %0) #0 !dbg !280 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !27
  %3 = load i64, ptr %2, align 8, !dbg !281, !tbaa !27
  %4 = lshr i64 %3, 33, !dbg !282
  %5 = load i64, ptr %2, align 8, !dbg !283, !tbaa !27
  %6 = xor i64 %5, %4, !dbg !284
  store i64 %6, ptr %2, align 8, !dbg !285, !tbaa !27
  %7 = load i64, ptr %2, align 8, !dbg !286, !tbaa !27
  %8 = mul i64 %7, -49064778989728563, !dbg !287
  store i64 %8, ptr %2, align 8, !dbg !288, !tbaa !27
  %9 = load i64, ptr %2, align 8, !dbg !289, !tbaa !27
  %10 = lshr i64 %9, 33, !dbg !290
  %11 = load i64, ptr %2, align 8, !dbg !291, !tbaa !27
  %12 = xor i64 %11, %10, !dbg !292
  store i64 %12, ptr %2, align 8, !dbg !293, !tbaa !27
  %13 = load i64, ptr %2, align 8, !dbg !294, !tbaa !27
  %14 = mul i64 %13, -4265267296055464877, !dbg !295
  store i64 %14, ptr %2, align 8, !dbg !296, !tbaa !27
  %15 = load i64, ptr %2, align 8, !dbg !297, !tbaa !27
  %16 = lshr i64 %15, 33, !dbg !298
  %17 = load i64, ptr %2, align 8, !dbg !299, !tbaa !27
  %18 = xor i64 %17, %16, !dbg !300
  store i64 %18, ptr %2, align 8, !dbg !301, !tbaa !27
  %19 = load i64, ptr %2, align 8, !dbg !302, !tbaa !27
  ret i64 %19, !dbg !303
}

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "crc_hash.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 16, type: !15, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "crc_hash.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 17, column: 5, scope: !13)
!18 = !DILocation(line: 18, column: 5, scope: !13)
!19 = !DILocation(line: 18, column: 17, scope: !13, atomGroup: 1, atomRank: 1)
!20 = !{!21, !21, i64 0}
!21 = !{!"p1 omnipotent char", !22, i64 0}
!22 = !{!"any pointer", !11, i64 0}
!23 = !DILocation(line: 19, column: 5, scope: !13)
!24 = !DILocation(line: 19, column: 23, scope: !13)
!25 = !DILocation(line: 19, column: 16, scope: !13, atomGroup: 2, atomRank: 2)
!26 = !DILocation(line: 19, column: 12, scope: !13, atomGroup: 2, atomRank: 1)
!27 = !{!28, !28, i64 0}
!28 = !{!"long", !11, i64 0}
!29 = !DILocation(line: 20, column: 79, scope: !13)
!30 = !DILocation(line: 20, column: 82, scope: !13)
!31 = !DILocation(line: 20, column: 54, scope: !13)
!32 = !DILocation(line: 20, column: 111, scope: !13)
!33 = !DILocation(line: 20, column: 114, scope: !13)
!34 = !DILocation(line: 20, column: 86, scope: !13)
!35 = !DILocation(line: 20, column: 141, scope: !13)
!36 = !DILocation(line: 20, column: 144, scope: !13)
!37 = !DILocation(line: 20, column: 118, scope: !13)
!38 = !DILocation(line: 20, column: 191, scope: !13)
!39 = !DILocation(line: 20, column: 194, scope: !13)
!40 = !DILocation(line: 20, column: 168, scope: !13)
!41 = !DILocation(line: 20, column: 5, scope: !13)
!42 = !DILocation(line: 22, column: 10, scope: !13)
!43 = !DILocation(line: 22, column: 17, scope: !13, atomGroup: 3, atomRank: 1)
!44 = !DILocation(line: 22, column: 24, scope: !13)
!45 = !DILocation(line: 22, column: 26, scope: !13, atomGroup: 4, atomRank: 1)
!46 = !DILocation(line: 22, column: 5, scope: !13, atomGroup: 5, atomRank: 1)
!47 = !DILocation(line: 22, column: 5, scope: !13)
!48 = !DILocation(line: 22, column: 63, scope: !13, atomGroup: 6, atomRank: 3)
!49 = !DILocation(line: 22, column: 54, scope: !13, atomGroup: 6, atomRank: 2)
!50 = !DILocation(line: 22, column: 49, scope: !13)
!51 = !DILocation(line: 22, column: 45, scope: !13)
!52 = !DILocation(line: 22, column: 52, scope: !13, atomGroup: 6, atomRank: 1)
!53 = !{!11, !11, i64 0}
!54 = !DILocation(line: 22, column: 45, scope: !13, atomGroup: 8, atomRank: 1)
!55 = !DILocation(line: 22, column: 41, scope: !13)
!56 = !DILocation(line: 22, column: 41, scope: !13, atomGroup: 7, atomRank: 2)
!57 = !DILocation(line: 22, column: 41, scope: !13, atomGroup: 7, atomRank: 1)
!58 = distinct !{!58, !47, !59, !60}
!59 = !DILocation(line: 22, column: 72, scope: !13)
!60 = !{!"llvm.loop.mustprogress"}
!61 = !DILocation(line: 23, column: 53, scope: !13)
!62 = !DILocation(line: 23, column: 79, scope: !13)
!63 = !DILocation(line: 23, column: 123, scope: !13)
!64 = !DILocation(line: 23, column: 5, scope: !13)
!65 = !DILocation(line: 24, column: 5, scope: !13)
!66 = !DILocation(line: 24, column: 14, scope: !13, atomGroup: 9, atomRank: 1)
!67 = !DILocation(line: 24, column: 28, scope: !13)
!68 = !DILocation(line: 24, column: 37, scope: !13, atomGroup: 10, atomRank: 1)
!69 = !DILocation(line: 24, column: 44, scope: !13)
!70 = !DILocation(line: 24, column: 46, scope: !13, atomGroup: 11, atomRank: 1)
!71 = !DILocation(line: 24, column: 23, scope: !13, atomGroup: 12, atomRank: 1)
!72 = !DILocation(line: 24, column: 23, scope: !13)
!73 = !DILocation(line: 24, column: 74, scope: !13)
!74 = !DILocation(line: 24, column: 76, scope: !13)
!75 = !DILocation(line: 24, column: 67, scope: !13)
!76 = !DILocation(line: 24, column: 64, scope: !13)
!77 = !DILocation(line: 24, column: 64, scope: !13, atomGroup: 13, atomRank: 2)
!78 = !DILocation(line: 24, column: 64, scope: !13, atomGroup: 13, atomRank: 1)
!79 = !DILocation(line: 24, column: 60, scope: !13, atomGroup: 15, atomRank: 1)
!80 = !DILocation(line: 24, column: 56, scope: !13)
!81 = !DILocation(line: 24, column: 56, scope: !13, atomGroup: 14, atomRank: 2)
!82 = !DILocation(line: 24, column: 56, scope: !13, atomGroup: 14, atomRank: 1)
!83 = distinct !{!83, !72, !84, !60}
!84 = !DILocation(line: 24, column: 99, scope: !13)
!85 = !DILocation(line: 25, column: 65, scope: !13)
!86 = !DILocation(line: 25, column: 90, scope: !13)
!87 = !DILocation(line: 25, column: 5, scope: !13)
!88 = !DILocation(line: 27, column: 1, scope: !13)
!89 = !DILocation(line: 26, column: 5, scope: !13, atomGroup: 17, atomRank: 1)
!90 = distinct !DISubprogram(name: "crc_init", scope: !14, file: !14, line: 7, type: !15, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!91 = !DILocation(line: 7, column: 35, scope: !90)
!92 = !DILocation(line: 7, column: 44, scope: !90, atomGroup: 1, atomRank: 1)
!93 = !DILocation(line: 7, column: 51, scope: !90)
!94 = !DILocation(line: 7, column: 53, scope: !90, atomGroup: 2, atomRank: 1)
!95 = !DILocation(line: 7, column: 30, scope: !90, atomGroup: 3, atomRank: 1)
!96 = !DILocation(line: 7, column: 30, scope: !90)
!97 = !DILocation(line: 7, column: 67, scope: !90)
!98 = !DILocation(line: 7, column: 80, scope: !90, atomGroup: 4, atomRank: 2)
!99 = !DILocation(line: 7, column: 76, scope: !90, atomGroup: 4, atomRank: 1)
!100 = !DILocation(line: 7, column: 88, scope: !90)
!101 = !DILocation(line: 7, column: 92, scope: !90, atomGroup: 5, atomRank: 1)
!102 = !DILocation(line: 7, column: 99, scope: !90)
!103 = !DILocation(line: 7, column: 101, scope: !90, atomGroup: 6, atomRank: 1)
!104 = !DILocation(line: 7, column: 83, scope: !90, atomGroup: 7, atomRank: 1)
!105 = !DILocation(line: 7, column: 83, scope: !90)
!106 = !DILocation(line: 7, column: 116, scope: !90)
!107 = !DILocation(line: 7, column: 118, scope: !90)
!108 = !DILocation(line: 7, column: 148, scope: !90)
!109 = !DILocation(line: 7, column: 150, scope: !90)
!110 = !DILocation(line: 7, column: 145, scope: !90)
!111 = !DILocation(line: 7, column: 139, scope: !90)
!112 = !DILocation(line: 7, column: 124, scope: !90, atomGroup: 8, atomRank: 2)
!113 = !DILocation(line: 7, column: 113, scope: !90, atomGroup: 8, atomRank: 1)
!114 = !DILocation(line: 7, column: 111, scope: !90, atomGroup: 10, atomRank: 1)
!115 = !DILocation(line: 7, column: 107, scope: !90)
!116 = !DILocation(line: 7, column: 107, scope: !90, atomGroup: 9, atomRank: 2)
!117 = !DILocation(line: 7, column: 107, scope: !90, atomGroup: 9, atomRank: 1)
!118 = distinct !{!118, !105, !119, !60}
!119 = !DILocation(line: 7, column: 155, scope: !90)
!120 = !DILocation(line: 7, column: 173, scope: !90, atomGroup: 11, atomRank: 2)
!121 = !DILocation(line: 7, column: 168, scope: !90)
!122 = !DILocation(line: 7, column: 158, scope: !90)
!123 = !DILocation(line: 7, column: 171, scope: !90, atomGroup: 11, atomRank: 1)
!124 = !DILocation(line: 7, column: 176, scope: !90)
!125 = !DILocation(line: 7, column: 176, scope: !90, atomGroup: 13, atomRank: 1)
!126 = !DILocation(line: 7, column: 61, scope: !90)
!127 = !DILocation(line: 7, column: 61, scope: !90, atomGroup: 12, atomRank: 2)
!128 = !DILocation(line: 7, column: 61, scope: !90, atomGroup: 12, atomRank: 1)
!129 = distinct !{!129, !96, !124, !60}
!130 = !DILocation(line: 7, column: 178, scope: !90, atomGroup: 14, atomRank: 1)
!131 = !DISubprogram(name: "strlen", scope: !132, file: !132, line: 407, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!132 = !DIFile(filename: "/usr/include/string.h", directory: "")
!133 = !DISubprogram(name: "printf", scope: !134, file: !134, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!134 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!135 = distinct !DISubprogram(name: "crc_tab", scope: !14, file: !14, line: 8, type: !15, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!136 = !DILocation(line: 8, column: 55, scope: !135)
!137 = !DILocation(line: 8, column: 64, scope: !135, atomGroup: 1, atomRank: 1)
!138 = !DILocation(line: 8, column: 73, scope: !135)
!139 = !DILocation(line: 8, column: 81, scope: !135)
!140 = !DILocation(line: 8, column: 81, scope: !135, atomGroup: 2, atomRank: 2)
!141 = !DILocation(line: 8, column: 81, scope: !135, atomGroup: 2, atomRank: 1)
!142 = !DILocation(line: 8, column: 73, scope: !135, atomGroup: 3, atomRank: 1)
!143 = !DILocation(line: 8, column: 73, scope: !135, atomGroup: 4, atomRank: 1)
!144 = !DILocation(line: 8, column: 100, scope: !135)
!145 = !DILocation(line: 8, column: 106, scope: !135)
!146 = !DILocation(line: 8, column: 106, scope: !135, atomGroup: 6, atomRank: 2)
!147 = !DILocation(line: 8, column: 106, scope: !135, atomGroup: 6, atomRank: 1)
!148 = !DILocation(line: 8, column: 104, scope: !135)
!149 = !DILocation(line: 8, column: 102, scope: !135)
!150 = !DILocation(line: 8, column: 110, scope: !135)
!151 = !DILocation(line: 8, column: 89, scope: !135)
!152 = !DILocation(line: 8, column: 121, scope: !135)
!153 = !DILocation(line: 8, column: 123, scope: !135)
!154 = !DILocation(line: 8, column: 118, scope: !135, atomGroup: 5, atomRank: 2)
!155 = !DILocation(line: 8, column: 87, scope: !135, atomGroup: 5, atomRank: 1)
!156 = distinct !{!156, !138, !157, !60}
!157 = !DILocation(line: 8, column: 127, scope: !135)
!158 = !DILocation(line: 8, column: 138, scope: !135)
!159 = !DILocation(line: 8, column: 137, scope: !135, atomGroup: 8, atomRank: 2)
!160 = !DILocation(line: 8, column: 141, scope: !135)
!161 = !DILocation(line: 8, column: 130, scope: !135, atomGroup: 8, atomRank: 1)
!162 = distinct !DISubprogram(name: "crc_bit", scope: !14, file: !14, line: 9, type: !15, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!163 = !DILocation(line: 9, column: 55, scope: !162)
!164 = !DILocation(line: 9, column: 64, scope: !162, atomGroup: 1, atomRank: 1)
!165 = !DILocation(line: 9, column: 73, scope: !162)
!166 = !DILocation(line: 9, column: 81, scope: !162)
!167 = !DILocation(line: 9, column: 81, scope: !162, atomGroup: 2, atomRank: 2)
!168 = !DILocation(line: 9, column: 81, scope: !162, atomGroup: 2, atomRank: 1)
!169 = !DILocation(line: 9, column: 73, scope: !162, atomGroup: 3, atomRank: 1)
!170 = !DILocation(line: 9, column: 73, scope: !162, atomGroup: 4, atomRank: 1)
!171 = !DILocation(line: 9, column: 94, scope: !162)
!172 = !DILocation(line: 9, column: 94, scope: !162, atomGroup: 6, atomRank: 2)
!173 = !DILocation(line: 9, column: 94, scope: !162, atomGroup: 6, atomRank: 1)
!174 = !DILocation(line: 9, column: 92, scope: !162)
!175 = !DILocation(line: 9, column: 89, scope: !162)
!176 = !DILocation(line: 9, column: 89, scope: !162, atomGroup: 5, atomRank: 2)
!177 = !DILocation(line: 9, column: 89, scope: !162, atomGroup: 5, atomRank: 1)
!178 = !DILocation(line: 9, column: 103, scope: !162)
!179 = !DILocation(line: 9, column: 107, scope: !162, atomGroup: 7, atomRank: 1)
!180 = !DILocation(line: 9, column: 114, scope: !162)
!181 = !DILocation(line: 9, column: 116, scope: !162, atomGroup: 8, atomRank: 1)
!182 = !DILocation(line: 9, column: 98, scope: !162, atomGroup: 9, atomRank: 1)
!183 = !DILocation(line: 9, column: 98, scope: !162)
!184 = !DILocation(line: 9, column: 130, scope: !162)
!185 = !DILocation(line: 9, column: 132, scope: !162)
!186 = !DILocation(line: 9, column: 132, scope: !162, atomGroup: 11, atomRank: 2)
!187 = !DILocation(line: 9, column: 130, scope: !162, atomGroup: 11, atomRank: 1)
!188 = !DILocation(line: 9, column: 139, scope: !162)
!189 = !DILocation(line: 9, column: 141, scope: !162)
!190 = !DILocation(line: 9, column: 147, scope: !162)
!191 = !DILocation(line: 9, column: 163, scope: !162)
!192 = !DILocation(line: 9, column: 165, scope: !162)
!193 = !DILocation(line: 9, column: 130, scope: !162, atomGroup: 10, atomRank: 2)
!194 = !DILocation(line: 9, column: 128, scope: !162, atomGroup: 10, atomRank: 1)
!195 = !DILocation(line: 9, column: 126, scope: !162, atomGroup: 13, atomRank: 1)
!196 = !DILocation(line: 9, column: 122, scope: !162)
!197 = !DILocation(line: 9, column: 122, scope: !162, atomGroup: 12, atomRank: 2)
!198 = !DILocation(line: 9, column: 122, scope: !162, atomGroup: 12, atomRank: 1)
!199 = distinct !{!199, !183, !200, !60}
!200 = !DILocation(line: 9, column: 168, scope: !162)
!201 = distinct !{!201, !165, !202, !60}
!202 = !DILocation(line: 9, column: 171, scope: !162)
!203 = !DILocation(line: 9, column: 181, scope: !162)
!204 = !DILocation(line: 9, column: 180, scope: !162, atomGroup: 15, atomRank: 2)
!205 = !DILocation(line: 9, column: 184, scope: !162)
!206 = !DILocation(line: 9, column: 173, scope: !162, atomGroup: 15, atomRank: 1)
!207 = distinct !DISubprogram(name: "adler", scope: !14, file: !14, line: 10, type: !15, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!208 = !DILocation(line: 10, column: 53, scope: !207)
!209 = !DILocation(line: 10, column: 62, scope: !207, atomGroup: 1, atomRank: 1)
!210 = !DILocation(line: 10, column: 69, scope: !207, atomGroup: 2, atomRank: 1)
!211 = !DILocation(line: 10, column: 76, scope: !207)
!212 = !DILocation(line: 10, column: 84, scope: !207)
!213 = !DILocation(line: 10, column: 84, scope: !207, atomGroup: 3, atomRank: 2)
!214 = !DILocation(line: 10, column: 84, scope: !207, atomGroup: 3, atomRank: 1)
!215 = !DILocation(line: 10, column: 76, scope: !207, atomGroup: 4, atomRank: 1)
!216 = !DILocation(line: 10, column: 76, scope: !207, atomGroup: 5, atomRank: 1)
!217 = !DILocation(line: 10, column: 95, scope: !207)
!218 = !DILocation(line: 10, column: 101, scope: !207)
!219 = !DILocation(line: 10, column: 101, scope: !207, atomGroup: 7, atomRank: 2)
!220 = !DILocation(line: 10, column: 101, scope: !207, atomGroup: 7, atomRank: 1)
!221 = !DILocation(line: 10, column: 99, scope: !207)
!222 = !DILocation(line: 10, column: 97, scope: !207)
!223 = !DILocation(line: 10, column: 105, scope: !207, atomGroup: 6, atomRank: 2)
!224 = !DILocation(line: 10, column: 92, scope: !207, atomGroup: 6, atomRank: 1)
!225 = !DILocation(line: 10, column: 119, scope: !207)
!226 = !DILocation(line: 10, column: 123, scope: !207)
!227 = !DILocation(line: 10, column: 121, scope: !207)
!228 = !DILocation(line: 10, column: 126, scope: !207, atomGroup: 8, atomRank: 2)
!229 = !DILocation(line: 10, column: 116, scope: !207, atomGroup: 8, atomRank: 1)
!230 = distinct !{!230, !211, !231, !60}
!231 = !DILocation(line: 10, column: 135, scope: !207)
!232 = !DILocation(line: 10, column: 144, scope: !207)
!233 = !DILocation(line: 10, column: 146, scope: !207)
!234 = !DILocation(line: 10, column: 154, scope: !207)
!235 = !DILocation(line: 10, column: 152, scope: !207, atomGroup: 10, atomRank: 2)
!236 = !DILocation(line: 10, column: 157, scope: !207)
!237 = !DILocation(line: 10, column: 137, scope: !207, atomGroup: 10, atomRank: 1)
!238 = distinct !DISubprogram(name: "fnv1a", scope: !14, file: !14, line: 11, type: !15, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!239 = !DILocation(line: 11, column: 53, scope: !238)
!240 = !DILocation(line: 11, column: 62, scope: !238, atomGroup: 1, atomRank: 1)
!241 = !DILocation(line: 11, column: 91, scope: !238)
!242 = !DILocation(line: 11, column: 99, scope: !238)
!243 = !DILocation(line: 11, column: 99, scope: !238, atomGroup: 2, atomRank: 2)
!244 = !DILocation(line: 11, column: 99, scope: !238, atomGroup: 2, atomRank: 1)
!245 = !DILocation(line: 11, column: 91, scope: !238, atomGroup: 3, atomRank: 1)
!246 = !DILocation(line: 11, column: 91, scope: !238, atomGroup: 4, atomRank: 1)
!247 = !DILocation(line: 11, column: 112, scope: !238)
!248 = !DILocation(line: 11, column: 112, scope: !238, atomGroup: 6, atomRank: 2)
!249 = !DILocation(line: 11, column: 112, scope: !238, atomGroup: 6, atomRank: 1)
!250 = !DILocation(line: 11, column: 110, scope: !238)
!251 = !DILocation(line: 11, column: 107, scope: !238)
!252 = !DILocation(line: 11, column: 107, scope: !238, atomGroup: 5, atomRank: 2)
!253 = !DILocation(line: 11, column: 107, scope: !238, atomGroup: 5, atomRank: 1)
!254 = !DILocation(line: 11, column: 118, scope: !238)
!255 = !DILocation(line: 11, column: 118, scope: !238, atomGroup: 7, atomRank: 2)
!256 = !DILocation(line: 11, column: 118, scope: !238, atomGroup: 7, atomRank: 1)
!257 = distinct !{!257, !241, !258, !60}
!258 = !DILocation(line: 11, column: 139, scope: !238)
!259 = !DILocation(line: 11, column: 148, scope: !238, atomGroup: 9, atomRank: 2)
!260 = !DILocation(line: 11, column: 151, scope: !238)
!261 = !DILocation(line: 11, column: 141, scope: !238, atomGroup: 9, atomRank: 1)
!262 = distinct !DISubprogram(name: "xorshift", scope: !14, file: !14, line: 14, type: !15, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!263 = !DILocation(line: 14, column: 46, scope: !262)
!264 = !DILocation(line: 14, column: 55, scope: !262)
!265 = !DILocation(line: 14, column: 43, scope: !262)
!266 = !DILocation(line: 14, column: 43, scope: !262, atomGroup: 1, atomRank: 2)
!267 = !DILocation(line: 14, column: 43, scope: !262, atomGroup: 1, atomRank: 1)
!268 = !DILocation(line: 14, column: 74, scope: !262)
!269 = !DILocation(line: 14, column: 83, scope: !262)
!270 = !DILocation(line: 14, column: 71, scope: !262)
!271 = !DILocation(line: 14, column: 71, scope: !262, atomGroup: 2, atomRank: 2)
!272 = !DILocation(line: 14, column: 71, scope: !262, atomGroup: 2, atomRank: 1)
!273 = !DILocation(line: 14, column: 101, scope: !262)
!274 = !DILocation(line: 14, column: 110, scope: !262)
!275 = !DILocation(line: 14, column: 98, scope: !262)
!276 = !DILocation(line: 14, column: 98, scope: !262, atomGroup: 3, atomRank: 2)
!277 = !DILocation(line: 14, column: 98, scope: !262, atomGroup: 3, atomRank: 1)
!278 = !DILocation(line: 14, column: 124, scope: !262, atomGroup: 4, atomRank: 2)
!279 = !DILocation(line: 14, column: 117, scope: !262, atomGroup: 4, atomRank: 1)
!280 = distinct !DISubprogram(name: "fmix64", scope: !14, file: !14, line: 12, type: !15, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!281 = !DILocation(line: 12, column: 43, scope: !280)
!282 = !DILocation(line: 12, column: 45, scope: !280)
!283 = !DILocation(line: 12, column: 40, scope: !280)
!284 = !DILocation(line: 12, column: 40, scope: !280, atomGroup: 1, atomRank: 2)
!285 = !DILocation(line: 12, column: 40, scope: !280, atomGroup: 1, atomRank: 1)
!286 = !DILocation(line: 12, column: 54, scope: !280)
!287 = !DILocation(line: 12, column: 54, scope: !280, atomGroup: 2, atomRank: 2)
!288 = !DILocation(line: 12, column: 54, scope: !280, atomGroup: 2, atomRank: 1)
!289 = !DILocation(line: 12, column: 85, scope: !280)
!290 = !DILocation(line: 12, column: 87, scope: !280)
!291 = !DILocation(line: 12, column: 82, scope: !280)
!292 = !DILocation(line: 12, column: 82, scope: !280, atomGroup: 3, atomRank: 2)
!293 = !DILocation(line: 12, column: 82, scope: !280, atomGroup: 3, atomRank: 1)
!294 = !DILocation(line: 12, column: 96, scope: !280)
!295 = !DILocation(line: 12, column: 96, scope: !280, atomGroup: 4, atomRank: 2)
!296 = !DILocation(line: 12, column: 96, scope: !280, atomGroup: 4, atomRank: 1)
!297 = !DILocation(line: 12, column: 127, scope: !280)
!298 = !DILocation(line: 12, column: 129, scope: !280)
!299 = !DILocation(line: 12, column: 124, scope: !280)
!300 = !DILocation(line: 12, column: 124, scope: !280, atomGroup: 5, atomRank: 2)
!301 = !DILocation(line: 12, column: 124, scope: !280, atomGroup: 5, atomRank: 1)
!302 = !DILocation(line: 12, column: 143, scope: !280, atomGroup: 6, atomRank: 2)
!303 = !DILocation(line: 12, column: 136, scope: !280, atomGroup: 6, atomRank: 1)
