; ModuleID = 'bignum.c'
source_filename = "bignum.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.big = type { [64 x i32], i32 }

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
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
  call void @set_u(ptr noundef %2, i32 noundef 1), !dbg !13
  store i32 2, ptr %3, align 4, !dbg !14
  br label %11, !dbg !15

11:                                               ; preds = %16, %0
  %12 = load i32, ptr %3, align 4, !dbg !16
  %13 = icmp ule i32 %12, 100, !dbg !17
  br i1 %13, label %14, label %19, !dbg !18

14:                                               ; preds = %11
  %15 = load i32, ptr %3, align 4, !dbg !19
  call void @mul_small(ptr noundef %2, i32 noundef %15), !dbg !20
  br label %16, !dbg !20

16:                                               ; preds = %14
  %17 = load i32, ptr %3, align 4, !dbg !21
  %18 = add i32 %17, 1, !dbg !21
  store i32 %18, ptr %3, align 4, !dbg !21
  br label %11, !dbg !18, !llvm.loop !22

19:                                               ; preds = %11
  call void @print_big(ptr noundef %2), !dbg !25
  call void @set_u(ptr noundef %4, i32 noundef 2), !dbg !26
  call void @set_u(ptr noundef %5, i32 noundef 1), !dbg !27
  store i32 500, ptr %6, align 4, !dbg !28
  br label %20, !dbg !29

20:                                               ; preds = %29, %19
  %21 = load i32, ptr %6, align 4, !dbg !30
  %22 = icmp ne i32 %21, 0, !dbg !31
  br i1 %22, label %23, label %32, !dbg !31

23:                                               ; preds = %20
  %24 = load i32, ptr %6, align 4, !dbg !32
  %25 = and i32 %24, 1, !dbg !33
  %26 = icmp ne i32 %25, 0, !dbg !33
  br i1 %26, label %27, label %28, !dbg !33

27:                                               ; preds = %23
  call void @mul(ptr noundef %5, ptr noundef %5, ptr noundef %4), !dbg !34
  br label %28, !dbg !34

28:                                               ; preds = %27, %23
  call void @mul(ptr noundef %4, ptr noundef %4, ptr noundef %4), !dbg !35
  br label %29, !dbg !36

29:                                               ; preds = %28
  %30 = load i32, ptr %6, align 4, !dbg !37
  %31 = ashr i32 %30, 1, !dbg !37
  store i32 %31, ptr %6, align 4, !dbg !37
  br label %20, !dbg !31, !llvm.loop !38

32:                                               ; preds = %20
  call void @print_big(ptr noundef %5), !dbg !39
  call void @set_u(ptr noundef %7, i32 noundef 0), !dbg !40
  call void @set_u(ptr noundef %8, i32 noundef 1), !dbg !41
  store i32 0, ptr %10, align 4, !dbg !42
  br label %33, !dbg !43

33:                                               ; preds = %37, %32
  %34 = load i32, ptr %10, align 4, !dbg !44
  %35 = icmp slt i32 %34, 300, !dbg !45
  br i1 %35, label %36, label %40, !dbg !46

36:                                               ; preds = %33
  call void @add(ptr noundef %9, ptr noundef %7, ptr noundef %8), !dbg !47
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %7, ptr align 4 %8, i64 260, i1 false), !dbg !48
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %8, ptr align 4 %9, i64 260, i1 false), !dbg !49
  br label %37, !dbg !50

37:                                               ; preds = %36
  %38 = load i32, ptr %10, align 4, !dbg !51
  %39 = add nsw i32 %38, 1, !dbg !51
  store i32 %39, ptr %10, align 4, !dbg !51
  br label %33, !dbg !46, !llvm.loop !52

40:                                               ; preds = %33
  call void @print_big(ptr noundef %7), !dbg !53
  ret i32 0, !dbg !54
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @set_u(ptr noundef %0, i32 noundef %1) #0 !dbg !55 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 8, !dbg !56
  call void @llvm.memset.p0.i64(ptr align 4 %5, i8 0, i64 260, i1 false), !dbg !57
  %6 = load i32, ptr %4, align 4, !dbg !58
  %7 = load ptr, ptr %3, align 8, !dbg !59
  %8 = getelementptr inbounds nuw %struct.big, ptr %7, i32 0, i32 0, !dbg !60
  %9 = getelementptr inbounds [64 x i32], ptr %8, i64 0, i64 0, !dbg !59
  store i32 %6, ptr %9, align 4, !dbg !61
  %10 = load i32, ptr %4, align 4, !dbg !62
  %11 = icmp ne i32 %10, 0, !dbg !63
  %12 = zext i1 %11 to i32, !dbg !63
  %13 = load ptr, ptr %3, align 8, !dbg !64
  %14 = getelementptr inbounds nuw %struct.big, ptr %13, i32 0, i32 1, !dbg !65
  store i32 %12, ptr %14, align 4, !dbg !66
  ret void, !dbg !67
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @mul_small(ptr noundef %0, i32 noundef %1) #0 !dbg !68 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i64 0, ptr %5, align 8, !dbg !69
  store i32 0, ptr %6, align 4, !dbg !70
  br label %8, !dbg !71

8:                                                ; preds = %36, %2
  %9 = load i32, ptr %6, align 4, !dbg !72
  %10 = load ptr, ptr %3, align 8, !dbg !73
  %11 = getelementptr inbounds nuw %struct.big, ptr %10, i32 0, i32 1, !dbg !74
  %12 = load i32, ptr %11, align 4, !dbg !74
  %13 = icmp slt i32 %9, %12, !dbg !75
  br i1 %13, label %14, label %39, !dbg !76

14:                                               ; preds = %8
  %15 = load ptr, ptr %3, align 8, !dbg !77
  %16 = getelementptr inbounds nuw %struct.big, ptr %15, i32 0, i32 0, !dbg !78
  %17 = load i32, ptr %6, align 4, !dbg !79
  %18 = sext i32 %17 to i64, !dbg !77
  %19 = getelementptr inbounds [64 x i32], ptr %16, i64 0, i64 %18, !dbg !77
  %20 = load i32, ptr %19, align 4, !dbg !77
  %21 = zext i32 %20 to i64, !dbg !80
  %22 = load i32, ptr %4, align 4, !dbg !81
  %23 = zext i32 %22 to i64, !dbg !81
  %24 = mul i64 %21, %23, !dbg !82
  %25 = load i64, ptr %5, align 8, !dbg !83
  %26 = add i64 %24, %25, !dbg !84
  store i64 %26, ptr %7, align 8, !dbg !85
  %27 = load i64, ptr %7, align 8, !dbg !86
  %28 = trunc i64 %27 to i32, !dbg !87
  %29 = load ptr, ptr %3, align 8, !dbg !88
  %30 = getelementptr inbounds nuw %struct.big, ptr %29, i32 0, i32 0, !dbg !89
  %31 = load i32, ptr %6, align 4, !dbg !90
  %32 = sext i32 %31 to i64, !dbg !88
  %33 = getelementptr inbounds [64 x i32], ptr %30, i64 0, i64 %32, !dbg !88
  store i32 %28, ptr %33, align 4, !dbg !91
  %34 = load i64, ptr %7, align 8, !dbg !92
  %35 = lshr i64 %34, 32, !dbg !93
  store i64 %35, ptr %5, align 8, !dbg !94
  br label %36, !dbg !95

36:                                               ; preds = %14
  %37 = load i32, ptr %6, align 4, !dbg !96
  %38 = add nsw i32 %37, 1, !dbg !96
  store i32 %38, ptr %6, align 4, !dbg !96
  br label %8, !dbg !76, !llvm.loop !97

39:                                               ; preds = %8
  %40 = load i64, ptr %5, align 8, !dbg !98
  %41 = icmp ne i64 %40, 0, !dbg !98
  br i1 %41, label %42, label %53, !dbg !98

42:                                               ; preds = %39
  %43 = load i64, ptr %5, align 8, !dbg !99
  %44 = trunc i64 %43 to i32, !dbg !100
  %45 = load ptr, ptr %3, align 8, !dbg !101
  %46 = getelementptr inbounds nuw %struct.big, ptr %45, i32 0, i32 0, !dbg !102
  %47 = load ptr, ptr %3, align 8, !dbg !103
  %48 = getelementptr inbounds nuw %struct.big, ptr %47, i32 0, i32 1, !dbg !104
  %49 = load i32, ptr %48, align 4, !dbg !105
  %50 = add nsw i32 %49, 1, !dbg !105
  store i32 %50, ptr %48, align 4, !dbg !105
  %51 = sext i32 %49 to i64, !dbg !101
  %52 = getelementptr inbounds [64 x i32], ptr %46, i64 0, i64 %51, !dbg !101
  store i32 %44, ptr %52, align 4, !dbg !106
  br label %53, !dbg !101

53:                                               ; preds = %42, %39
  ret void, !dbg !107
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @print_big(ptr noundef %0) #0 !dbg !108 {
  %2 = alloca ptr, align 8
  %3 = alloca %struct.big, align 4
  %4 = alloca [700 x i8], align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  %8 = load ptr, ptr %2, align 8, !dbg !109
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %3, ptr align 4 %8, i64 260, i1 false), !dbg !110
  store i32 0, ptr %5, align 4, !dbg !111
  %9 = getelementptr inbounds nuw %struct.big, ptr %3, i32 0, i32 1, !dbg !112
  %10 = load i32, ptr %9, align 4, !dbg !112
  %11 = icmp ne i32 %10, 0, !dbg !113
  br i1 %11, label %17, label %12, !dbg !114

12:                                               ; preds = %1
  %13 = load i32, ptr %5, align 4, !dbg !115
  %14 = add nsw i32 %13, 1, !dbg !115
  store i32 %14, ptr %5, align 4, !dbg !115
  %15 = sext i32 %13 to i64, !dbg !116
  %16 = getelementptr inbounds [700 x i8], ptr %4, i64 0, i64 %15, !dbg !116
  store i8 48, ptr %16, align 1, !dbg !117
  br label %17, !dbg !116

17:                                               ; preds = %12, %1
  br label %18, !dbg !118

18:                                               ; preds = %41, %17
  %19 = getelementptr inbounds nuw %struct.big, ptr %3, i32 0, i32 1, !dbg !119
  %20 = load i32, ptr %19, align 4, !dbg !119
  %21 = icmp ne i32 %20, 0, !dbg !118
  br i1 %21, label %22, label %42, !dbg !118

22:                                               ; preds = %18
  %23 = call i32 @div_small(ptr noundef %3, i32 noundef 1000000000), !dbg !120
  store i32 %23, ptr %6, align 4, !dbg !121
  store i32 0, ptr %7, align 4, !dbg !122
  br label %24, !dbg !123

24:                                               ; preds = %38, %22
  %25 = load i32, ptr %7, align 4, !dbg !124
  %26 = icmp slt i32 %25, 9, !dbg !125
  br i1 %26, label %27, label %41, !dbg !126

27:                                               ; preds = %24
  %28 = load i32, ptr %6, align 4, !dbg !127
  %29 = urem i32 %28, 10, !dbg !128
  %30 = add i32 48, %29, !dbg !129
  %31 = trunc i32 %30 to i8, !dbg !130
  %32 = load i32, ptr %5, align 4, !dbg !131
  %33 = add nsw i32 %32, 1, !dbg !131
  store i32 %33, ptr %5, align 4, !dbg !131
  %34 = sext i32 %32 to i64, !dbg !132
  %35 = getelementptr inbounds [700 x i8], ptr %4, i64 0, i64 %34, !dbg !132
  store i8 %31, ptr %35, align 1, !dbg !133
  %36 = load i32, ptr %6, align 4, !dbg !134
  %37 = udiv i32 %36, 10, !dbg !134
  store i32 %37, ptr %6, align 4, !dbg !134
  br label %38, !dbg !135

38:                                               ; preds = %27
  %39 = load i32, ptr %7, align 4, !dbg !136
  %40 = add nsw i32 %39, 1, !dbg !136
  store i32 %40, ptr %7, align 4, !dbg !136
  br label %24, !dbg !126, !llvm.loop !137

41:                                               ; preds = %24
  br label %18, !dbg !118, !llvm.loop !138

42:                                               ; preds = %18
  br label %43, !dbg !140

43:                                               ; preds = %56, %42
  %44 = load i32, ptr %5, align 4, !dbg !141
  %45 = icmp sgt i32 %44, 1, !dbg !142
  br i1 %45, label %46, label %54, !dbg !143

46:                                               ; preds = %43
  %47 = load i32, ptr %5, align 4, !dbg !144
  %48 = sub nsw i32 %47, 1, !dbg !145
  %49 = sext i32 %48 to i64, !dbg !146
  %50 = getelementptr inbounds [700 x i8], ptr %4, i64 0, i64 %49, !dbg !146
  %51 = load i8, ptr %50, align 1, !dbg !146
  %52 = sext i8 %51 to i32, !dbg !146
  %53 = icmp eq i32 %52, 48, !dbg !147
  br label %54

54:                                               ; preds = %46, %43
  %55 = phi i1 [ false, %43 ], [ %53, %46 ], !dbg !148
  br i1 %55, label %56, label %59, !dbg !140

56:                                               ; preds = %54
  %57 = load i32, ptr %5, align 4, !dbg !149
  %58 = add nsw i32 %57, -1, !dbg !149
  store i32 %58, ptr %5, align 4, !dbg !149
  br label %43, !dbg !140, !llvm.loop !150

59:                                               ; preds = %54
  br label %60, !dbg !151

60:                                               ; preds = %63, %59
  %61 = load i32, ptr %5, align 4, !dbg !152
  %62 = icmp ne i32 %61, 0, !dbg !151
  br i1 %62, label %63, label %71, !dbg !151

63:                                               ; preds = %60
  %64 = load i32, ptr %5, align 4, !dbg !153
  %65 = add nsw i32 %64, -1, !dbg !153
  store i32 %65, ptr %5, align 4, !dbg !153
  %66 = sext i32 %65 to i64, !dbg !154
  %67 = getelementptr inbounds [700 x i8], ptr %4, i64 0, i64 %66, !dbg !154
  %68 = load i8, ptr %67, align 1, !dbg !154
  %69 = sext i8 %68 to i32, !dbg !154
  %70 = call i32 @putchar(i32 noundef %69), !dbg !155
  br label %60, !dbg !151, !llvm.loop !156

71:                                               ; preds = %60
  %72 = call i32 @putchar(i32 noundef 10), !dbg !158
  ret void, !dbg !159
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @mul(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 !dbg !160 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca %struct.big, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  call void @llvm.memset.p0.i64(ptr align 4 %7, i8 0, i64 260, i1 false), !dbg !161
  store i32 0, ptr %8, align 4, !dbg !162
  br label %12, !dbg !163

12:                                               ; preds = %76, %3
  %13 = load i32, ptr %8, align 4, !dbg !164
  %14 = load ptr, ptr %5, align 8, !dbg !165
  %15 = getelementptr inbounds nuw %struct.big, ptr %14, i32 0, i32 1, !dbg !166
  %16 = load i32, ptr %15, align 4, !dbg !166
  %17 = icmp slt i32 %13, %16, !dbg !167
  br i1 %17, label %18, label %79, !dbg !168

18:                                               ; preds = %12
  store i64 0, ptr %9, align 8, !dbg !169
  store i32 0, ptr %10, align 4, !dbg !170
  br label %19, !dbg !171

19:                                               ; preds = %62, %18
  %20 = load i32, ptr %10, align 4, !dbg !172
  %21 = load ptr, ptr %6, align 8, !dbg !173
  %22 = getelementptr inbounds nuw %struct.big, ptr %21, i32 0, i32 1, !dbg !174
  %23 = load i32, ptr %22, align 4, !dbg !174
  %24 = icmp slt i32 %20, %23, !dbg !175
  br i1 %24, label %25, label %65, !dbg !176

25:                                               ; preds = %19
  %26 = load ptr, ptr %5, align 8, !dbg !177
  %27 = getelementptr inbounds nuw %struct.big, ptr %26, i32 0, i32 0, !dbg !178
  %28 = load i32, ptr %8, align 4, !dbg !179
  %29 = sext i32 %28 to i64, !dbg !177
  %30 = getelementptr inbounds [64 x i32], ptr %27, i64 0, i64 %29, !dbg !177
  %31 = load i32, ptr %30, align 4, !dbg !177
  %32 = zext i32 %31 to i64, !dbg !180
  %33 = load ptr, ptr %6, align 8, !dbg !181
  %34 = getelementptr inbounds nuw %struct.big, ptr %33, i32 0, i32 0, !dbg !182
  %35 = load i32, ptr %10, align 4, !dbg !183
  %36 = sext i32 %35 to i64, !dbg !181
  %37 = getelementptr inbounds [64 x i32], ptr %34, i64 0, i64 %36, !dbg !181
  %38 = load i32, ptr %37, align 4, !dbg !181
  %39 = zext i32 %38 to i64, !dbg !181
  %40 = mul i64 %32, %39, !dbg !184
  %41 = getelementptr inbounds nuw %struct.big, ptr %7, i32 0, i32 0, !dbg !185
  %42 = load i32, ptr %8, align 4, !dbg !186
  %43 = load i32, ptr %10, align 4, !dbg !187
  %44 = add nsw i32 %42, %43, !dbg !188
  %45 = sext i32 %44 to i64, !dbg !189
  %46 = getelementptr inbounds [64 x i32], ptr %41, i64 0, i64 %45, !dbg !189
  %47 = load i32, ptr %46, align 4, !dbg !189
  %48 = zext i32 %47 to i64, !dbg !189
  %49 = add i64 %40, %48, !dbg !190
  %50 = load i64, ptr %9, align 8, !dbg !191
  %51 = add i64 %49, %50, !dbg !192
  store i64 %51, ptr %11, align 8, !dbg !193
  %52 = load i64, ptr %11, align 8, !dbg !194
  %53 = trunc i64 %52 to i32, !dbg !195
  %54 = getelementptr inbounds nuw %struct.big, ptr %7, i32 0, i32 0, !dbg !196
  %55 = load i32, ptr %8, align 4, !dbg !197
  %56 = load i32, ptr %10, align 4, !dbg !198
  %57 = add nsw i32 %55, %56, !dbg !199
  %58 = sext i32 %57 to i64, !dbg !200
  %59 = getelementptr inbounds [64 x i32], ptr %54, i64 0, i64 %58, !dbg !200
  store i32 %53, ptr %59, align 4, !dbg !201
  %60 = load i64, ptr %11, align 8, !dbg !202
  %61 = lshr i64 %60, 32, !dbg !203
  store i64 %61, ptr %9, align 8, !dbg !204
  br label %62, !dbg !205

62:                                               ; preds = %25
  %63 = load i32, ptr %10, align 4, !dbg !206
  %64 = add nsw i32 %63, 1, !dbg !206
  store i32 %64, ptr %10, align 4, !dbg !206
  br label %19, !dbg !176, !llvm.loop !207

65:                                               ; preds = %19
  %66 = load i64, ptr %9, align 8, !dbg !208
  %67 = trunc i64 %66 to i32, !dbg !209
  %68 = getelementptr inbounds nuw %struct.big, ptr %7, i32 0, i32 0, !dbg !210
  %69 = load i32, ptr %8, align 4, !dbg !211
  %70 = load ptr, ptr %6, align 8, !dbg !212
  %71 = getelementptr inbounds nuw %struct.big, ptr %70, i32 0, i32 1, !dbg !213
  %72 = load i32, ptr %71, align 4, !dbg !213
  %73 = add nsw i32 %69, %72, !dbg !214
  %74 = sext i32 %73 to i64, !dbg !215
  %75 = getelementptr inbounds [64 x i32], ptr %68, i64 0, i64 %74, !dbg !215
  store i32 %67, ptr %75, align 4, !dbg !216
  br label %76, !dbg !217

76:                                               ; preds = %65
  %77 = load i32, ptr %8, align 4, !dbg !218
  %78 = add nsw i32 %77, 1, !dbg !218
  store i32 %78, ptr %8, align 4, !dbg !218
  br label %12, !dbg !168, !llvm.loop !219

79:                                               ; preds = %12
  %80 = load ptr, ptr %5, align 8, !dbg !220
  %81 = getelementptr inbounds nuw %struct.big, ptr %80, i32 0, i32 1, !dbg !221
  %82 = load i32, ptr %81, align 4, !dbg !221
  %83 = load ptr, ptr %6, align 8, !dbg !222
  %84 = getelementptr inbounds nuw %struct.big, ptr %83, i32 0, i32 1, !dbg !223
  %85 = load i32, ptr %84, align 4, !dbg !223
  %86 = add nsw i32 %82, %85, !dbg !224
  %87 = getelementptr inbounds nuw %struct.big, ptr %7, i32 0, i32 1, !dbg !225
  store i32 %86, ptr %87, align 4, !dbg !226
  br label %88, !dbg !227

88:                                               ; preds = %104, %79
  %89 = getelementptr inbounds nuw %struct.big, ptr %7, i32 0, i32 1, !dbg !228
  %90 = load i32, ptr %89, align 4, !dbg !228
  %91 = icmp ne i32 %90, 0, !dbg !229
  br i1 %91, label %92, label %102, !dbg !230

92:                                               ; preds = %88
  %93 = getelementptr inbounds nuw %struct.big, ptr %7, i32 0, i32 0, !dbg !231
  %94 = getelementptr inbounds nuw %struct.big, ptr %7, i32 0, i32 1, !dbg !232
  %95 = load i32, ptr %94, align 4, !dbg !232
  %96 = sub nsw i32 %95, 1, !dbg !233
  %97 = sext i32 %96 to i64, !dbg !234
  %98 = getelementptr inbounds [64 x i32], ptr %93, i64 0, i64 %97, !dbg !234
  %99 = load i32, ptr %98, align 4, !dbg !234
  %100 = icmp ne i32 %99, 0, !dbg !235
  %101 = xor i1 %100, true, !dbg !235
  br label %102

102:                                              ; preds = %92, %88
  %103 = phi i1 [ false, %88 ], [ %101, %92 ], !dbg !236
  br i1 %103, label %104, label %108, !dbg !227

104:                                              ; preds = %102
  %105 = getelementptr inbounds nuw %struct.big, ptr %7, i32 0, i32 1, !dbg !237
  %106 = load i32, ptr %105, align 4, !dbg !238
  %107 = add nsw i32 %106, -1, !dbg !238
  store i32 %107, ptr %105, align 4, !dbg !238
  br label %88, !dbg !227, !llvm.loop !239

108:                                              ; preds = %102
  %109 = load ptr, ptr %4, align 8, !dbg !240
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %109, ptr align 4 %7, i64 260, i1 false), !dbg !241
  ret void, !dbg !242
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @add(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 !dbg !243 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i64 0, ptr %7, align 8, !dbg !244
  %10 = load ptr, ptr %5, align 8, !dbg !245
  %11 = getelementptr inbounds nuw %struct.big, ptr %10, i32 0, i32 1, !dbg !246
  %12 = load i32, ptr %11, align 4, !dbg !246
  %13 = load ptr, ptr %6, align 8, !dbg !247
  %14 = getelementptr inbounds nuw %struct.big, ptr %13, i32 0, i32 1, !dbg !248
  %15 = load i32, ptr %14, align 4, !dbg !248
  %16 = icmp sgt i32 %12, %15, !dbg !249
  br i1 %16, label %17, label %21, !dbg !245

17:                                               ; preds = %3
  %18 = load ptr, ptr %5, align 8, !dbg !250
  %19 = getelementptr inbounds nuw %struct.big, ptr %18, i32 0, i32 1, !dbg !251
  %20 = load i32, ptr %19, align 4, !dbg !251
  br label %25, !dbg !245

21:                                               ; preds = %3
  %22 = load ptr, ptr %6, align 8, !dbg !252
  %23 = getelementptr inbounds nuw %struct.big, ptr %22, i32 0, i32 1, !dbg !253
  %24 = load i32, ptr %23, align 4, !dbg !253
  br label %25, !dbg !245

25:                                               ; preds = %21, %17
  %26 = phi i32 [ %20, %17 ], [ %24, %21 ], !dbg !245
  store i32 %26, ptr %8, align 4, !dbg !254
  store i32 0, ptr %9, align 4, !dbg !255
  br label %27, !dbg !256

27:                                               ; preds = %76, %25
  %28 = load i32, ptr %9, align 4, !dbg !257
  %29 = load i32, ptr %8, align 4, !dbg !258
  %30 = icmp slt i32 %28, %29, !dbg !259
  br i1 %30, label %31, label %79, !dbg !260

31:                                               ; preds = %27
  %32 = load i32, ptr %9, align 4, !dbg !261
  %33 = load ptr, ptr %5, align 8, !dbg !262
  %34 = getelementptr inbounds nuw %struct.big, ptr %33, i32 0, i32 1, !dbg !263
  %35 = load i32, ptr %34, align 4, !dbg !263
  %36 = icmp slt i32 %32, %35, !dbg !264
  br i1 %36, label %37, label %44, !dbg !261

37:                                               ; preds = %31
  %38 = load ptr, ptr %5, align 8, !dbg !265
  %39 = getelementptr inbounds nuw %struct.big, ptr %38, i32 0, i32 0, !dbg !266
  %40 = load i32, ptr %9, align 4, !dbg !267
  %41 = sext i32 %40 to i64, !dbg !265
  %42 = getelementptr inbounds [64 x i32], ptr %39, i64 0, i64 %41, !dbg !265
  %43 = load i32, ptr %42, align 4, !dbg !265
  br label %45, !dbg !261

44:                                               ; preds = %31
  br label %45, !dbg !261

45:                                               ; preds = %44, %37
  %46 = phi i32 [ %43, %37 ], [ 0, %44 ], !dbg !261
  %47 = zext i32 %46 to i64, !dbg !268
  %48 = load i32, ptr %9, align 4, !dbg !269
  %49 = load ptr, ptr %6, align 8, !dbg !270
  %50 = getelementptr inbounds nuw %struct.big, ptr %49, i32 0, i32 1, !dbg !271
  %51 = load i32, ptr %50, align 4, !dbg !271
  %52 = icmp slt i32 %48, %51, !dbg !272
  br i1 %52, label %53, label %60, !dbg !269

53:                                               ; preds = %45
  %54 = load ptr, ptr %6, align 8, !dbg !273
  %55 = getelementptr inbounds nuw %struct.big, ptr %54, i32 0, i32 0, !dbg !274
  %56 = load i32, ptr %9, align 4, !dbg !275
  %57 = sext i32 %56 to i64, !dbg !273
  %58 = getelementptr inbounds [64 x i32], ptr %55, i64 0, i64 %57, !dbg !273
  %59 = load i32, ptr %58, align 4, !dbg !273
  br label %61, !dbg !269

60:                                               ; preds = %45
  br label %61, !dbg !269

61:                                               ; preds = %60, %53
  %62 = phi i32 [ %59, %53 ], [ 0, %60 ], !dbg !269
  %63 = zext i32 %62 to i64, !dbg !276
  %64 = add i64 %47, %63, !dbg !277
  %65 = load i64, ptr %7, align 8, !dbg !278
  %66 = add i64 %65, %64, !dbg !278
  store i64 %66, ptr %7, align 8, !dbg !278
  %67 = load i64, ptr %7, align 8, !dbg !279
  %68 = trunc i64 %67 to i32, !dbg !280
  %69 = load ptr, ptr %4, align 8, !dbg !281
  %70 = getelementptr inbounds nuw %struct.big, ptr %69, i32 0, i32 0, !dbg !282
  %71 = load i32, ptr %9, align 4, !dbg !283
  %72 = sext i32 %71 to i64, !dbg !281
  %73 = getelementptr inbounds [64 x i32], ptr %70, i64 0, i64 %72, !dbg !281
  store i32 %68, ptr %73, align 4, !dbg !284
  %74 = load i64, ptr %7, align 8, !dbg !285
  %75 = lshr i64 %74, 32, !dbg !285
  store i64 %75, ptr %7, align 8, !dbg !285
  br label %76, !dbg !286

76:                                               ; preds = %61
  %77 = load i32, ptr %9, align 4, !dbg !287
  %78 = add nsw i32 %77, 1, !dbg !287
  store i32 %78, ptr %9, align 4, !dbg !287
  br label %27, !dbg !260, !llvm.loop !288

79:                                               ; preds = %27
  %80 = load i32, ptr %8, align 4, !dbg !289
  %81 = load ptr, ptr %4, align 8, !dbg !290
  %82 = getelementptr inbounds nuw %struct.big, ptr %81, i32 0, i32 1, !dbg !291
  store i32 %80, ptr %82, align 4, !dbg !292
  %83 = load i64, ptr %7, align 8, !dbg !293
  %84 = icmp ne i64 %83, 0, !dbg !293
  br i1 %84, label %85, label %96, !dbg !293

85:                                               ; preds = %79
  %86 = load i64, ptr %7, align 8, !dbg !294
  %87 = trunc i64 %86 to i32, !dbg !295
  %88 = load ptr, ptr %4, align 8, !dbg !296
  %89 = getelementptr inbounds nuw %struct.big, ptr %88, i32 0, i32 0, !dbg !297
  %90 = load ptr, ptr %4, align 8, !dbg !298
  %91 = getelementptr inbounds nuw %struct.big, ptr %90, i32 0, i32 1, !dbg !299
  %92 = load i32, ptr %91, align 4, !dbg !300
  %93 = add nsw i32 %92, 1, !dbg !300
  store i32 %93, ptr %91, align 4, !dbg !300
  %94 = sext i32 %92 to i64, !dbg !296
  %95 = getelementptr inbounds [64 x i32], ptr %89, i64 0, i64 %94, !dbg !296
  store i32 %87, ptr %95, align 4, !dbg !301
  br label %96, !dbg !296

96:                                               ; preds = %85, %79
  ret void, !dbg !302
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @div_small(ptr noundef %0, i32 noundef %1) #0 !dbg !303 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i64 0, ptr %5, align 8, !dbg !304
  %8 = load ptr, ptr %3, align 8, !dbg !305
  %9 = getelementptr inbounds nuw %struct.big, ptr %8, i32 0, i32 1, !dbg !306
  %10 = load i32, ptr %9, align 4, !dbg !306
  %11 = sub nsw i32 %10, 1, !dbg !307
  store i32 %11, ptr %6, align 4, !dbg !308
  br label %12, !dbg !309

12:                                               ; preds = %40, %2
  %13 = load i32, ptr %6, align 4, !dbg !310
  %14 = icmp sge i32 %13, 0, !dbg !311
  br i1 %14, label %15, label %43, !dbg !312

15:                                               ; preds = %12
  %16 = load i64, ptr %5, align 8, !dbg !313
  %17 = shl i64 %16, 32, !dbg !314
  %18 = load ptr, ptr %3, align 8, !dbg !315
  %19 = getelementptr inbounds nuw %struct.big, ptr %18, i32 0, i32 0, !dbg !316
  %20 = load i32, ptr %6, align 4, !dbg !317
  %21 = sext i32 %20 to i64, !dbg !315
  %22 = getelementptr inbounds [64 x i32], ptr %19, i64 0, i64 %21, !dbg !315
  %23 = load i32, ptr %22, align 4, !dbg !315
  %24 = zext i32 %23 to i64, !dbg !315
  %25 = or i64 %17, %24, !dbg !318
  store i64 %25, ptr %7, align 8, !dbg !319
  %26 = load i64, ptr %7, align 8, !dbg !320
  %27 = load i32, ptr %4, align 4, !dbg !321
  %28 = zext i32 %27 to i64, !dbg !321
  %29 = udiv i64 %26, %28, !dbg !322
  %30 = trunc i64 %29 to i32, !dbg !323
  %31 = load ptr, ptr %3, align 8, !dbg !324
  %32 = getelementptr inbounds nuw %struct.big, ptr %31, i32 0, i32 0, !dbg !325
  %33 = load i32, ptr %6, align 4, !dbg !326
  %34 = sext i32 %33 to i64, !dbg !324
  %35 = getelementptr inbounds [64 x i32], ptr %32, i64 0, i64 %34, !dbg !324
  store i32 %30, ptr %35, align 4, !dbg !327
  %36 = load i64, ptr %7, align 8, !dbg !328
  %37 = load i32, ptr %4, align 4, !dbg !329
  %38 = zext i32 %37 to i64, !dbg !329
  %39 = urem i64 %36, %38, !dbg !330
  store i64 %39, ptr %5, align 8, !dbg !331
  br label %40, !dbg !332

40:                                               ; preds = %15
  %41 = load i32, ptr %6, align 4, !dbg !333
  %42 = add nsw i32 %41, -1, !dbg !333
  store i32 %42, ptr %6, align 4, !dbg !333
  br label %12, !dbg !312, !llvm.loop !334

43:                                               ; preds = %12
  br label %44, !dbg !335

44:                                               ; preds = %63, %43
  %45 = load ptr, ptr %3, align 8, !dbg !336
  %46 = getelementptr inbounds nuw %struct.big, ptr %45, i32 0, i32 1, !dbg !337
  %47 = load i32, ptr %46, align 4, !dbg !337
  %48 = icmp ne i32 %47, 0, !dbg !336
  br i1 %48, label %49, label %61, !dbg !338

49:                                               ; preds = %44
  %50 = load ptr, ptr %3, align 8, !dbg !339
  %51 = getelementptr inbounds nuw %struct.big, ptr %50, i32 0, i32 0, !dbg !340
  %52 = load ptr, ptr %3, align 8, !dbg !341
  %53 = getelementptr inbounds nuw %struct.big, ptr %52, i32 0, i32 1, !dbg !342
  %54 = load i32, ptr %53, align 4, !dbg !342
  %55 = sub nsw i32 %54, 1, !dbg !343
  %56 = sext i32 %55 to i64, !dbg !339
  %57 = getelementptr inbounds [64 x i32], ptr %51, i64 0, i64 %56, !dbg !339
  %58 = load i32, ptr %57, align 4, !dbg !339
  %59 = icmp ne i32 %58, 0, !dbg !344
  %60 = xor i1 %59, true, !dbg !344
  br label %61

61:                                               ; preds = %49, %44
  %62 = phi i1 [ false, %44 ], [ %60, %49 ], !dbg !345
  br i1 %62, label %63, label %68, !dbg !335

63:                                               ; preds = %61
  %64 = load ptr, ptr %3, align 8, !dbg !346
  %65 = getelementptr inbounds nuw %struct.big, ptr %64, i32 0, i32 1, !dbg !347
  %66 = load i32, ptr %65, align 4, !dbg !348
  %67 = add nsw i32 %66, -1, !dbg !348
  store i32 %67, ptr %65, align 4, !dbg !348
  br label %44, !dbg !335, !llvm.loop !349

68:                                               ; preds = %61
  %69 = load i64, ptr %5, align 8, !dbg !350
  %70 = trunc i64 %69 to i32, !dbg !351
  ret i32 %70, !dbg !352
}

declare i32 @putchar(i32 noundef) #3

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "bignum.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 48, type: !11, scopeLine: 48, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "bignum.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 49, column: 12, scope: !9)
!14 = !DILocation(line: 50, column: 19, scope: !9)
!15 = !DILocation(line: 50, column: 10, scope: !9)
!16 = !DILocation(line: 50, column: 26, scope: !9)
!17 = !DILocation(line: 50, column: 28, scope: !9)
!18 = !DILocation(line: 50, column: 5, scope: !9)
!19 = !DILocation(line: 50, column: 55, scope: !9)
!20 = !DILocation(line: 50, column: 41, scope: !9)
!21 = !DILocation(line: 50, column: 37, scope: !9)
!22 = distinct !{!22, !18, !23, !24}
!23 = !DILocation(line: 50, column: 56, scope: !9)
!24 = !{!"llvm.loop.mustprogress"}
!25 = !DILocation(line: 51, column: 5, scope: !9)
!26 = !DILocation(line: 52, column: 12, scope: !9)
!27 = !DILocation(line: 52, column: 33, scope: !9)
!28 = !DILocation(line: 53, column: 14, scope: !9)
!29 = !DILocation(line: 53, column: 10, scope: !9)
!30 = !DILocation(line: 53, column: 23, scope: !9)
!31 = !DILocation(line: 53, column: 5, scope: !9)
!32 = !DILocation(line: 53, column: 41, scope: !9)
!33 = !DILocation(line: 53, column: 43, scope: !9)
!34 = !DILocation(line: 53, column: 48, scope: !9)
!35 = !DILocation(line: 53, column: 65, scope: !9)
!36 = !DILocation(line: 53, column: 82, scope: !9)
!37 = !DILocation(line: 53, column: 28, scope: !9)
!38 = distinct !{!38, !31, !36, !24}
!39 = !DILocation(line: 54, column: 5, scope: !9)
!40 = !DILocation(line: 55, column: 18, scope: !9)
!41 = !DILocation(line: 55, column: 32, scope: !9)
!42 = !DILocation(line: 56, column: 14, scope: !9)
!43 = !DILocation(line: 56, column: 10, scope: !9)
!44 = !DILocation(line: 56, column: 21, scope: !9)
!45 = !DILocation(line: 56, column: 23, scope: !9)
!46 = !DILocation(line: 56, column: 5, scope: !9)
!47 = !DILocation(line: 56, column: 37, scope: !9)
!48 = !DILocation(line: 56, column: 58, scope: !9)
!49 = !DILocation(line: 56, column: 65, scope: !9)
!50 = !DILocation(line: 56, column: 68, scope: !9)
!51 = !DILocation(line: 56, column: 31, scope: !9)
!52 = distinct !{!52, !46, !50, !24}
!53 = !DILocation(line: 57, column: 5, scope: !9)
!54 = !DILocation(line: 58, column: 5, scope: !9)
!55 = distinct !DISubprogram(name: "set_u", scope: !10, file: !10, line: 9, type: !11, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!56 = !DILocation(line: 9, column: 48, scope: !55)
!57 = !DILocation(line: 9, column: 41, scope: !55)
!58 = !DILocation(line: 9, column: 76, scope: !55)
!59 = !DILocation(line: 9, column: 66, scope: !55)
!60 = !DILocation(line: 9, column: 69, scope: !55)
!61 = !DILocation(line: 9, column: 74, scope: !55)
!62 = !DILocation(line: 9, column: 86, scope: !55)
!63 = !DILocation(line: 9, column: 88, scope: !55)
!64 = !DILocation(line: 9, column: 79, scope: !55)
!65 = !DILocation(line: 9, column: 82, scope: !55)
!66 = !DILocation(line: 9, column: 84, scope: !55)
!67 = !DILocation(line: 9, column: 94, scope: !55)
!68 = distinct !DISubprogram(name: "mul_small", scope: !10, file: !10, line: 10, type: !11, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!69 = !DILocation(line: 11, column: 14, scope: !68)
!70 = !DILocation(line: 12, column: 14, scope: !68)
!71 = !DILocation(line: 12, column: 10, scope: !68)
!72 = !DILocation(line: 12, column: 21, scope: !68)
!73 = !DILocation(line: 12, column: 25, scope: !68)
!74 = !DILocation(line: 12, column: 28, scope: !68)
!75 = !DILocation(line: 12, column: 23, scope: !68)
!76 = !DILocation(line: 12, column: 5, scope: !68)
!77 = !DILocation(line: 12, column: 61, scope: !68)
!78 = !DILocation(line: 12, column: 64, scope: !68)
!79 = !DILocation(line: 12, column: 66, scope: !68)
!80 = !DILocation(line: 12, column: 51, scope: !68)
!81 = !DILocation(line: 12, column: 71, scope: !68)
!82 = !DILocation(line: 12, column: 69, scope: !68)
!83 = !DILocation(line: 12, column: 75, scope: !68)
!84 = !DILocation(line: 12, column: 73, scope: !68)
!85 = !DILocation(line: 12, column: 47, scope: !68)
!86 = !DILocation(line: 12, column: 102, scope: !68)
!87 = !DILocation(line: 12, column: 92, scope: !68)
!88 = !DILocation(line: 12, column: 82, scope: !68)
!89 = !DILocation(line: 12, column: 85, scope: !68)
!90 = !DILocation(line: 12, column: 87, scope: !68)
!91 = !DILocation(line: 12, column: 90, scope: !68)
!92 = !DILocation(line: 12, column: 113, scope: !68)
!93 = !DILocation(line: 12, column: 115, scope: !68)
!94 = !DILocation(line: 12, column: 111, scope: !68)
!95 = !DILocation(line: 12, column: 122, scope: !68)
!96 = !DILocation(line: 12, column: 32, scope: !68)
!97 = distinct !{!97, !76, !95, !24}
!98 = !DILocation(line: 13, column: 9, scope: !68)
!99 = !DILocation(line: 13, column: 41, scope: !68)
!100 = !DILocation(line: 13, column: 31, scope: !68)
!101 = !DILocation(line: 13, column: 16, scope: !68)
!102 = !DILocation(line: 13, column: 19, scope: !68)
!103 = !DILocation(line: 13, column: 21, scope: !68)
!104 = !DILocation(line: 13, column: 24, scope: !68)
!105 = !DILocation(line: 13, column: 25, scope: !68)
!106 = !DILocation(line: 13, column: 29, scope: !68)
!107 = !DILocation(line: 14, column: 1, scope: !68)
!108 = distinct !DISubprogram(name: "print_big", scope: !10, file: !10, line: 39, type: !11, scopeLine: 39, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!109 = !DILocation(line: 40, column: 14, scope: !108)
!110 = !DILocation(line: 40, column: 13, scope: !108)
!111 = !DILocation(line: 40, column: 36, scope: !108)
!112 = !DILocation(line: 41, column: 12, scope: !108)
!113 = !DILocation(line: 41, column: 10, scope: !108)
!114 = !DILocation(line: 41, column: 9, scope: !108)
!115 = !DILocation(line: 41, column: 20, scope: !108)
!116 = !DILocation(line: 41, column: 15, scope: !108)
!117 = !DILocation(line: 41, column: 24, scope: !108)
!118 = !DILocation(line: 42, column: 5, scope: !108)
!119 = !DILocation(line: 42, column: 14, scope: !108)
!120 = !DILocation(line: 42, column: 32, scope: !108)
!121 = !DILocation(line: 42, column: 28, scope: !108)
!122 = !DILocation(line: 42, column: 69, scope: !108)
!123 = !DILocation(line: 42, column: 65, scope: !108)
!124 = !DILocation(line: 42, column: 76, scope: !108)
!125 = !DILocation(line: 42, column: 78, scope: !108)
!126 = !DILocation(line: 42, column: 60, scope: !108)
!127 = !DILocation(line: 42, column: 114, scope: !108)
!128 = !DILocation(line: 42, column: 116, scope: !108)
!129 = !DILocation(line: 42, column: 112, scope: !108)
!130 = !DILocation(line: 42, column: 101, scope: !108)
!131 = !DILocation(line: 42, column: 95, scope: !108)
!132 = !DILocation(line: 42, column: 90, scope: !108)
!133 = !DILocation(line: 42, column: 99, scope: !108)
!134 = !DILocation(line: 42, column: 125, scope: !108)
!135 = !DILocation(line: 42, column: 132, scope: !108)
!136 = !DILocation(line: 42, column: 84, scope: !108)
!137 = distinct !{!137, !126, !135, !24}
!138 = distinct !{!138, !118, !139, !24}
!139 = !DILocation(line: 42, column: 134, scope: !108)
!140 = !DILocation(line: 43, column: 5, scope: !108)
!141 = !DILocation(line: 43, column: 12, scope: !108)
!142 = !DILocation(line: 43, column: 14, scope: !108)
!143 = !DILocation(line: 43, column: 18, scope: !108)
!144 = !DILocation(line: 43, column: 25, scope: !108)
!145 = !DILocation(line: 43, column: 27, scope: !108)
!146 = !DILocation(line: 43, column: 21, scope: !108)
!147 = !DILocation(line: 43, column: 32, scope: !108)
!148 = !DILocation(line: 0, scope: !108)
!149 = !DILocation(line: 43, column: 41, scope: !108)
!150 = distinct !{!150, !140, !149, !24}
!151 = !DILocation(line: 44, column: 5, scope: !108)
!152 = !DILocation(line: 44, column: 12, scope: !108)
!153 = !DILocation(line: 44, column: 27, scope: !108)
!154 = !DILocation(line: 44, column: 23, scope: !108)
!155 = !DILocation(line: 44, column: 15, scope: !108)
!156 = distinct !{!156, !151, !157, !24}
!157 = !DILocation(line: 44, column: 31, scope: !108)
!158 = !DILocation(line: 45, column: 5, scope: !108)
!159 = !DILocation(line: 46, column: 1, scope: !108)
!160 = distinct !DISubprogram(name: "mul", scope: !10, file: !10, line: 29, type: !11, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!161 = !DILocation(line: 30, column: 12, scope: !160)
!162 = !DILocation(line: 31, column: 14, scope: !160)
!163 = !DILocation(line: 31, column: 10, scope: !160)
!164 = !DILocation(line: 31, column: 21, scope: !160)
!165 = !DILocation(line: 31, column: 25, scope: !160)
!166 = !DILocation(line: 31, column: 28, scope: !160)
!167 = !DILocation(line: 31, column: 23, scope: !160)
!168 = !DILocation(line: 31, column: 5, scope: !160)
!169 = !DILocation(line: 32, column: 18, scope: !160)
!170 = !DILocation(line: 33, column: 18, scope: !160)
!171 = !DILocation(line: 33, column: 14, scope: !160)
!172 = !DILocation(line: 33, column: 25, scope: !160)
!173 = !DILocation(line: 33, column: 29, scope: !160)
!174 = !DILocation(line: 33, column: 32, scope: !160)
!175 = !DILocation(line: 33, column: 27, scope: !160)
!176 = !DILocation(line: 33, column: 9, scope: !160)
!177 = !DILocation(line: 33, column: 65, scope: !160)
!178 = !DILocation(line: 33, column: 68, scope: !160)
!179 = !DILocation(line: 33, column: 70, scope: !160)
!180 = !DILocation(line: 33, column: 55, scope: !160)
!181 = !DILocation(line: 33, column: 75, scope: !160)
!182 = !DILocation(line: 33, column: 78, scope: !160)
!183 = !DILocation(line: 33, column: 80, scope: !160)
!184 = !DILocation(line: 33, column: 73, scope: !160)
!185 = !DILocation(line: 33, column: 87, scope: !160)
!186 = !DILocation(line: 33, column: 89, scope: !160)
!187 = !DILocation(line: 33, column: 93, scope: !160)
!188 = !DILocation(line: 33, column: 91, scope: !160)
!189 = !DILocation(line: 33, column: 85, scope: !160)
!190 = !DILocation(line: 33, column: 83, scope: !160)
!191 = !DILocation(line: 33, column: 98, scope: !160)
!192 = !DILocation(line: 33, column: 96, scope: !160)
!193 = !DILocation(line: 33, column: 51, scope: !160)
!194 = !DILocation(line: 33, column: 124, scope: !160)
!195 = !DILocation(line: 33, column: 114, scope: !160)
!196 = !DILocation(line: 33, column: 103, scope: !160)
!197 = !DILocation(line: 33, column: 105, scope: !160)
!198 = !DILocation(line: 33, column: 109, scope: !160)
!199 = !DILocation(line: 33, column: 107, scope: !160)
!200 = !DILocation(line: 33, column: 101, scope: !160)
!201 = !DILocation(line: 33, column: 112, scope: !160)
!202 = !DILocation(line: 33, column: 131, scope: !160)
!203 = !DILocation(line: 33, column: 133, scope: !160)
!204 = !DILocation(line: 33, column: 129, scope: !160)
!205 = !DILocation(line: 33, column: 140, scope: !160)
!206 = !DILocation(line: 33, column: 36, scope: !160)
!207 = distinct !{!207, !176, !205, !24}
!208 = !DILocation(line: 34, column: 35, scope: !160)
!209 = !DILocation(line: 34, column: 25, scope: !160)
!210 = !DILocation(line: 34, column: 11, scope: !160)
!211 = !DILocation(line: 34, column: 13, scope: !160)
!212 = !DILocation(line: 34, column: 17, scope: !160)
!213 = !DILocation(line: 34, column: 20, scope: !160)
!214 = !DILocation(line: 34, column: 15, scope: !160)
!215 = !DILocation(line: 34, column: 9, scope: !160)
!216 = !DILocation(line: 34, column: 23, scope: !160)
!217 = !DILocation(line: 35, column: 5, scope: !160)
!218 = !DILocation(line: 31, column: 32, scope: !160)
!219 = distinct !{!219, !168, !217, !24}
!220 = !DILocation(line: 36, column: 11, scope: !160)
!221 = !DILocation(line: 36, column: 14, scope: !160)
!222 = !DILocation(line: 36, column: 18, scope: !160)
!223 = !DILocation(line: 36, column: 21, scope: !160)
!224 = !DILocation(line: 36, column: 16, scope: !160)
!225 = !DILocation(line: 36, column: 7, scope: !160)
!226 = !DILocation(line: 36, column: 9, scope: !160)
!227 = !DILocation(line: 36, column: 24, scope: !160)
!228 = !DILocation(line: 36, column: 33, scope: !160)
!229 = !DILocation(line: 36, column: 31, scope: !160)
!230 = !DILocation(line: 36, column: 35, scope: !160)
!231 = !DILocation(line: 36, column: 41, scope: !160)
!232 = !DILocation(line: 36, column: 45, scope: !160)
!233 = !DILocation(line: 36, column: 47, scope: !160)
!234 = !DILocation(line: 36, column: 39, scope: !160)
!235 = !DILocation(line: 36, column: 38, scope: !160)
!236 = !DILocation(line: 0, scope: !160)
!237 = !DILocation(line: 36, column: 55, scope: !160)
!238 = !DILocation(line: 36, column: 56, scope: !160)
!239 = distinct !{!239, !227, !238, !24}
!240 = !DILocation(line: 37, column: 6, scope: !160)
!241 = !DILocation(line: 37, column: 10, scope: !160)
!242 = !DILocation(line: 38, column: 1, scope: !160)
!243 = distinct !DISubprogram(name: "add", scope: !10, file: !10, line: 21, type: !11, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!244 = !DILocation(line: 22, column: 14, scope: !243)
!245 = !DILocation(line: 22, column: 29, scope: !243)
!246 = !DILocation(line: 22, column: 32, scope: !243)
!247 = !DILocation(line: 22, column: 36, scope: !243)
!248 = !DILocation(line: 22, column: 39, scope: !243)
!249 = !DILocation(line: 22, column: 34, scope: !243)
!250 = !DILocation(line: 22, column: 43, scope: !243)
!251 = !DILocation(line: 22, column: 46, scope: !243)
!252 = !DILocation(line: 22, column: 50, scope: !243)
!253 = !DILocation(line: 22, column: 53, scope: !243)
!254 = !DILocation(line: 22, column: 25, scope: !243)
!255 = !DILocation(line: 23, column: 14, scope: !243)
!256 = !DILocation(line: 23, column: 10, scope: !243)
!257 = !DILocation(line: 23, column: 21, scope: !243)
!258 = !DILocation(line: 23, column: 25, scope: !243)
!259 = !DILocation(line: 23, column: 23, scope: !243)
!260 = !DILocation(line: 23, column: 5, scope: !243)
!261 = !DILocation(line: 24, column: 25, scope: !243)
!262 = !DILocation(line: 24, column: 29, scope: !243)
!263 = !DILocation(line: 24, column: 32, scope: !243)
!264 = !DILocation(line: 24, column: 27, scope: !243)
!265 = !DILocation(line: 24, column: 36, scope: !243)
!266 = !DILocation(line: 24, column: 39, scope: !243)
!267 = !DILocation(line: 24, column: 41, scope: !243)
!268 = !DILocation(line: 24, column: 14, scope: !243)
!269 = !DILocation(line: 24, column: 52, scope: !243)
!270 = !DILocation(line: 24, column: 56, scope: !243)
!271 = !DILocation(line: 24, column: 59, scope: !243)
!272 = !DILocation(line: 24, column: 54, scope: !243)
!273 = !DILocation(line: 24, column: 63, scope: !243)
!274 = !DILocation(line: 24, column: 66, scope: !243)
!275 = !DILocation(line: 24, column: 68, scope: !243)
!276 = !DILocation(line: 24, column: 51, scope: !243)
!277 = !DILocation(line: 24, column: 49, scope: !243)
!278 = !DILocation(line: 24, column: 11, scope: !243)
!279 = !DILocation(line: 25, column: 29, scope: !243)
!280 = !DILocation(line: 25, column: 19, scope: !243)
!281 = !DILocation(line: 25, column: 9, scope: !243)
!282 = !DILocation(line: 25, column: 12, scope: !243)
!283 = !DILocation(line: 25, column: 14, scope: !243)
!284 = !DILocation(line: 25, column: 17, scope: !243)
!285 = !DILocation(line: 25, column: 34, scope: !243)
!286 = !DILocation(line: 26, column: 5, scope: !243)
!287 = !DILocation(line: 23, column: 29, scope: !243)
!288 = distinct !{!288, !260, !286, !24}
!289 = !DILocation(line: 27, column: 12, scope: !243)
!290 = !DILocation(line: 27, column: 5, scope: !243)
!291 = !DILocation(line: 27, column: 8, scope: !243)
!292 = !DILocation(line: 27, column: 10, scope: !243)
!293 = !DILocation(line: 27, column: 19, scope: !243)
!294 = !DILocation(line: 27, column: 47, scope: !243)
!295 = !DILocation(line: 27, column: 37, scope: !243)
!296 = !DILocation(line: 27, column: 22, scope: !243)
!297 = !DILocation(line: 27, column: 25, scope: !243)
!298 = !DILocation(line: 27, column: 27, scope: !243)
!299 = !DILocation(line: 27, column: 30, scope: !243)
!300 = !DILocation(line: 27, column: 31, scope: !243)
!301 = !DILocation(line: 27, column: 35, scope: !243)
!302 = !DILocation(line: 28, column: 1, scope: !243)
!303 = distinct !DISubprogram(name: "div_small", scope: !10, file: !10, line: 15, type: !11, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!304 = !DILocation(line: 16, column: 14, scope: !303)
!305 = !DILocation(line: 17, column: 18, scope: !303)
!306 = !DILocation(line: 17, column: 21, scope: !303)
!307 = !DILocation(line: 17, column: 23, scope: !303)
!308 = !DILocation(line: 17, column: 14, scope: !303)
!309 = !DILocation(line: 17, column: 10, scope: !303)
!310 = !DILocation(line: 17, column: 28, scope: !303)
!311 = !DILocation(line: 17, column: 30, scope: !303)
!312 = !DILocation(line: 17, column: 5, scope: !303)
!313 = !DILocation(line: 17, column: 59, scope: !303)
!314 = !DILocation(line: 17, column: 63, scope: !303)
!315 = !DILocation(line: 17, column: 72, scope: !303)
!316 = !DILocation(line: 17, column: 75, scope: !303)
!317 = !DILocation(line: 17, column: 77, scope: !303)
!318 = !DILocation(line: 17, column: 70, scope: !303)
!319 = !DILocation(line: 17, column: 52, scope: !303)
!320 = !DILocation(line: 17, column: 102, scope: !303)
!321 = !DILocation(line: 17, column: 108, scope: !303)
!322 = !DILocation(line: 17, column: 106, scope: !303)
!323 = !DILocation(line: 17, column: 91, scope: !303)
!324 = !DILocation(line: 17, column: 81, scope: !303)
!325 = !DILocation(line: 17, column: 84, scope: !303)
!326 = !DILocation(line: 17, column: 86, scope: !303)
!327 = !DILocation(line: 17, column: 89, scope: !303)
!328 = !DILocation(line: 17, column: 118, scope: !303)
!329 = !DILocation(line: 17, column: 124, scope: !303)
!330 = !DILocation(line: 17, column: 122, scope: !303)
!331 = !DILocation(line: 17, column: 116, scope: !303)
!332 = !DILocation(line: 17, column: 127, scope: !303)
!333 = !DILocation(line: 17, column: 37, scope: !303)
!334 = distinct !{!334, !312, !332, !24}
!335 = !DILocation(line: 18, column: 5, scope: !303)
!336 = !DILocation(line: 18, column: 12, scope: !303)
!337 = !DILocation(line: 18, column: 15, scope: !303)
!338 = !DILocation(line: 18, column: 17, scope: !303)
!339 = !DILocation(line: 18, column: 21, scope: !303)
!340 = !DILocation(line: 18, column: 24, scope: !303)
!341 = !DILocation(line: 18, column: 26, scope: !303)
!342 = !DILocation(line: 18, column: 29, scope: !303)
!343 = !DILocation(line: 18, column: 31, scope: !303)
!344 = !DILocation(line: 18, column: 20, scope: !303)
!345 = !DILocation(line: 0, scope: !303)
!346 = !DILocation(line: 18, column: 37, scope: !303)
!347 = !DILocation(line: 18, column: 40, scope: !303)
!348 = !DILocation(line: 18, column: 41, scope: !303)
!349 = distinct !{!349, !335, !348, !24}
!350 = !DILocation(line: 19, column: 22, scope: !303)
!351 = !DILocation(line: 19, column: 12, scope: !303)
!352 = !DILocation(line: 19, column: 5, scope: !303)
