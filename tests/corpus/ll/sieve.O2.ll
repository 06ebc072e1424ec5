; ModuleID = 'sieve.c'
source_filename = "sieve.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@bits = internal global [25001 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [37 x i8] c"primes %d twins %d sum %llu last %u\0A\00", align 1
@.str.1 = private unnamed_addr constant [10 x i8] c"agree %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"%d\00", align 1
@.str.3 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@miller_rabin.bases = internal constant [12 x i64] [i64 2, i64 3, i64 5, i64 7, i64 11, i64 13, i64 17, i64 19, i64 23, i64 29, i64 31, i64 37], align 16

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca [5 x i64], align 16
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 16 @bits, i8 0, i64 25001, i1 false), !dbg !17
  call void @mark(i32 noundef 0), !dbg !18
  call void @mark(i32 noundef 1), !dbg !19
  call void @llvm.lifetime.start.p0(ptr %2) #4, !dbg !20
  store i32 2, ptr %2, align 4, !dbg !21, !tbaa !9
  br label %14, !dbg !20

14:                                               ; preds = %40, %0
  %15 = load i32, ptr %2, align 4, !dbg !22, !tbaa !9
  %16 = load i32, ptr %2, align 4, !dbg !23, !tbaa !9
  %17 = mul i32 %15, %16, !dbg !24
  %18 = icmp ult i32 %17, 200000, !dbg !25
  br i1 %18, label %20, label %19, !dbg !26

19:                                               ; preds = %14
  store i32 2, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %2) #4, !dbg !27
  br label %43

20:                                               ; preds = %14
  %21 = load i32, ptr %2, align 4, !dbg !28, !tbaa !9
  %22 = call i32 @is_composite(i32 noundef %21), !dbg !29
  %23 = icmp ne i32 %22, 0, !dbg !30
  br i1 %23, label %39, label %24, !dbg !31

24:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !32
  %25 = load i32, ptr %2, align 4, !dbg !33, !tbaa !9
  %26 = load i32, ptr %2, align 4, !dbg !34, !tbaa !9
  %27 = mul i32 %25, %26, !dbg !35
  store i32 %27, ptr %4, align 4, !dbg !36, !tbaa !9
  br label %28, !dbg !32

28:                                               ; preds = %34, %24
  %29 = load i32, ptr %4, align 4, !dbg !37, !tbaa !9
  %30 = icmp ult i32 %29, 200000, !dbg !38
  br i1 %30, label %32, label %31, !dbg !39

31:                                               ; preds = %28
  store i32 5, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !40
  br label %38

32:                                               ; preds = %28
  %33 = load i32, ptr %4, align 4, !dbg !41, !tbaa !9
  call void @mark(i32 noundef %33), !dbg !42
  br label %34, !dbg !43

34:                                               ; preds = %32
  %35 = load i32, ptr %2, align 4, !dbg !44, !tbaa !9
  %36 = load i32, ptr %4, align 4, !dbg !45, !tbaa !9
  %37 = add i32 %36, %35, !dbg !46
  store i32 %37, ptr %4, align 4, !dbg !47, !tbaa !9
  br label %28, !dbg !40, !llvm.loop !48

38:                                               ; preds = %31
  br label %39, !dbg !49

39:                                               ; preds = %38, %20
  br label %40, !dbg !51

40:                                               ; preds = %39
  %41 = load i32, ptr %2, align 4, !dbg !52, !tbaa !9
  %42 = add i32 %41, 1, !dbg !53
  store i32 %42, ptr %2, align 4, !dbg !54, !tbaa !9
  br label %14, !dbg !27, !llvm.loop !55

43:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !56
  store i32 0, ptr %5, align 4, !dbg !57, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !56
  store i32 0, ptr %6, align 4, !dbg !58, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !59
  store i64 0, ptr %7, align 8, !dbg !60, !tbaa !61
  call void @llvm.lifetime.start.p0(ptr %8) #4, !dbg !63
  store i32 0, ptr %8, align 4, !dbg !64, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #4, !dbg !65
  store i32 2, ptr %9, align 4, !dbg !66, !tbaa !9
  br label %44, !dbg !65

44:                                               ; preds = %72, %43
  %45 = load i32, ptr %9, align 4, !dbg !67, !tbaa !9
  %46 = icmp ult i32 %45, 200000, !dbg !68
  br i1 %46, label %48, label %47, !dbg !69

47:                                               ; preds = %44
  store i32 8, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #4, !dbg !70
  br label %75

48:                                               ; preds = %44
  %49 = load i32, ptr %9, align 4, !dbg !71, !tbaa !9
  %50 = call i32 @is_composite(i32 noundef %49), !dbg !72
  %51 = icmp ne i32 %50, 0, !dbg !73
  br i1 %51, label %71, label %52, !dbg !74

52:                                               ; preds = %48
  %53 = load i32, ptr %5, align 4, !dbg !75, !tbaa !9
  %54 = add nsw i32 %53, 1, !dbg !76
  store i32 %54, ptr %5, align 4, !dbg !77, !tbaa !9
  %55 = load i32, ptr %9, align 4, !dbg !78, !tbaa !9
  %56 = zext i32 %55 to i64, !dbg !78
  %57 = load i64, ptr %7, align 8, !dbg !79, !tbaa !61
  %58 = add i64 %57, %56, !dbg !80
  store i64 %58, ptr %7, align 8, !dbg !81, !tbaa !61
  %59 = load i32, ptr %8, align 4, !dbg !82, !tbaa !9
  %60 = icmp ne i32 %59, 0, !dbg !83
  br i1 %60, label %61, label %69, !dbg !84

61:                                               ; preds = %52
  %62 = load i32, ptr %9, align 4, !dbg !85, !tbaa !9
  %63 = load i32, ptr %8, align 4, !dbg !86, !tbaa !9
  %64 = sub i32 %62, %63, !dbg !87
  %65 = icmp eq i32 %64, 2, !dbg !88
  br i1 %65, label %66, label %69, !dbg !89

66:                                               ; preds = %61
  %67 = load i32, ptr %6, align 4, !dbg !90, !tbaa !9
  %68 = add nsw i32 %67, 1, !dbg !91
  store i32 %68, ptr %6, align 4, !dbg !92, !tbaa !9
  br label %69, !dbg !93

69:                                               ; preds = %66, %61, %52
  %70 = load i32, ptr %9, align 4, !dbg !94, !tbaa !9
  store i32 %70, ptr %8, align 4, !dbg !95, !tbaa !9
  br label %71, !dbg !96

71:                                               ; preds = %69, %48
  br label %72, !dbg !97

72:                                               ; preds = %71
  %73 = load i32, ptr %9, align 4, !dbg !98, !tbaa !9
  %74 = add i32 %73, 1, !dbg !99
  store i32 %74, ptr %9, align 4, !dbg !100, !tbaa !9
  br label %44, !dbg !70, !llvm.loop !101

75:                                               ; preds = %47
  %76 = load i32, ptr %5, align 4, !dbg !102, !tbaa !9
  %77 = load i32, ptr %6, align 4, !dbg !103, !tbaa !9
  %78 = load i64, ptr %7, align 8, !dbg !104, !tbaa !61
  %79 = load i32, ptr %8, align 4, !dbg !105, !tbaa !9
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %76, i32 noundef %77, i64 noundef %78, i32 noundef %79), !dbg !106
  call void @llvm.lifetime.start.p0(ptr %10) #4, !dbg !107
  store i32 1, ptr %10, align 4, !dbg !108, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %11) #4, !dbg !109
  store i32 0, ptr %11, align 4, !dbg !110, !tbaa !9
  br label %81, !dbg !109

81:                                               ; preds = %98, %75
  %82 = load i32, ptr %11, align 4, !dbg !111, !tbaa !9
  %83 = icmp ult i32 %82, 20000, !dbg !112
  br i1 %83, label %85, label %84, !dbg !113

84:                                               ; preds = %81
  store i32 11, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #4, !dbg !114
  br label %101

85:                                               ; preds = %81
  %86 = load i32, ptr %11, align 4, !dbg !115, !tbaa !9
  %87 = zext i32 %86 to i64, !dbg !115
  %88 = call i32 @miller_rabin(i64 noundef %87), !dbg !116
  %89 = load i32, ptr %11, align 4, !dbg !117, !tbaa !9
  %90 = call i32 @is_composite(i32 noundef %89), !dbg !118
  %91 = icmp ne i32 %90, 0, !dbg !119
  %92 = xor i1 %91, true, !dbg !119
  %93 = zext i1 %92 to i32, !dbg !119
  %94 = icmp eq i32 %88, %93, !dbg !120
  %95 = zext i1 %94 to i32, !dbg !120
  %96 = load i32, ptr %10, align 4, !dbg !121, !tbaa !9
  %97 = and i32 %96, %95, !dbg !122
  store i32 %97, ptr %10, align 4, !dbg !123, !tbaa !9
  br label %98, !dbg !124

98:                                               ; preds = %85
  %99 = load i32, ptr %11, align 4, !dbg !125, !tbaa !9
  %100 = add i32 %99, 1, !dbg !126
  store i32 %100, ptr %11, align 4, !dbg !127, !tbaa !9
  br label %81, !dbg !114, !llvm.loop !128

101:                                              ; preds = %84
  %102 = load i32, ptr %10, align 4, !dbg !130, !tbaa !9
  %103 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %102), !dbg !131
  call void @llvm.lifetime.start.p0(ptr %12) #4, !dbg !132
  call void @llvm.memset.p0.i64(ptr align 16 %12, i8 0, i64 40, i1 false), !dbg !133
  %104 = getelementptr inbounds [5 x i64], ptr %12, i32 0, i32 0, !dbg !134
  store i64 1000000007, ptr %104, align 16, !dbg !133
  %105 = getelementptr inbounds [5 x i64], ptr %12, i32 0, i32 1, !dbg !134
  store i64 998244353, ptr %105, align 8, !dbg !133
  %106 = getelementptr inbounds [5 x i64], ptr %12, i32 0, i32 2, !dbg !134
  store i64 -59, ptr %106, align 16, !dbg !133
  %107 = getelementptr inbounds [5 x i64], ptr %12, i32 0, i32 3, !dbg !134
  store i64 -61, ptr %107, align 8, !dbg !133
  %108 = getelementptr inbounds [5 x i64], ptr %12, i32 0, i32 4, !dbg !134
  store i64 4611686018427387903, ptr %108, align 16, !dbg !133
  call void @llvm.lifetime.start.p0(ptr %13) #4, !dbg !135
  store i32 0, ptr %13, align 4, !dbg !136, !tbaa !9
  br label %109, !dbg !135

109:                                              ; preds = %120, %101
  %110 = load i32, ptr %13, align 4, !dbg !137, !tbaa !9
  %111 = icmp slt i32 %110, 5, !dbg !138
  br i1 %111, label %113, label %112, !dbg !139

112:                                              ; preds = %109
  store i32 14, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #4, !dbg !140
  br label %123

113:                                              ; preds = %109
  %114 = load i32, ptr %13, align 4, !dbg !141, !tbaa !9
  %115 = sext i32 %114 to i64, !dbg !142
  %116 = getelementptr inbounds [5 x i64], ptr %12, i64 0, i64 %115, !dbg !142
  %117 = load i64, ptr %116, align 8, !dbg !142, !tbaa !61
  %118 = call i32 @miller_rabin(i64 noundef %117), !dbg !143
  %119 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %118), !dbg !144
  br label %120, !dbg !145

120:                                              ; preds = %113
  %121 = load i32, ptr %13, align 4, !dbg !146, !tbaa !9
  %122 = add nsw i32 %121, 1, !dbg !147
  store i32 %122, ptr %13, align 4, !dbg !148, !tbaa !9
  br label %109, !dbg !140, !llvm.loop !149

123:                                              ; preds = %112
  %124 = call i32 (ptr, ...) @printf(ptr noundef @.str.3), !dbg !151
  store i32 0, ptr %1, align 4, !dbg !152
  store i32 1, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #4, !dbg !153
  call void @llvm.lifetime.end.p0(ptr %10) #4, !dbg !153
  call void @llvm.lifetime.end.p0(ptr %8) #4, !dbg !153
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !153
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !153
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !153
  %125 = load i32, ptr %1, align 4, !dbg !154
  ret i32 %125, !dbg !155
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: nounwind uwtable
define internal void @mark(i32 noundef %0) #0 !dbg !156 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  %3 = load i32, ptr %2, align 4, !dbg !157, !tbaa !9
  %4 = and i32 %3, 7, !dbg !158
  %5 = shl i32 1, %4, !dbg !159
  %6 = trunc i32 %5 to i8, !dbg !160
  %7 = zext i8 %6 to i32, !dbg !160
  %8 = load i32, ptr %2, align 4, !dbg !161, !tbaa !9
  %9 = lshr i32 %8, 3, !dbg !162
  %10 = zext i32 %9 to i64, !dbg !163
  %11 = getelementptr inbounds nuw [25001 x i8], ptr @bits, i64 0, i64 %10, !dbg !163
  %12 = load i8, ptr %11, align 1, !dbg !164, !tbaa !165
  %13 = zext i8 %12 to i32, !dbg !164
  %14 = or i32 %13, %7, !dbg !166
  %15 = trunc i32 %14 to i8, !dbg !167
  store i8 %15, ptr %11, align 1, !dbg !168, !tbaa !165
  ret void, !dbg !169
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: nounwind uwtable
define internal i32 @is_composite(i32 noundef %0) #0 !dbg !170 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  %3 = load i32, ptr %2, align 4, !dbg !171, !tbaa !9
  %4 = lshr i32 %3, 3, !dbg !172
  %5 = zext i32 %4 to i64, !dbg !173
  %6 = getelementptr inbounds nuw [25001 x i8], ptr @bits, i64 0, i64 %5, !dbg !173
  %7 = load i8, ptr %6, align 1, !dbg !173, !tbaa !165
  %8 = zext i8 %7 to i32, !dbg !173
  %9 = load i32, ptr %2, align 4, !dbg !174, !tbaa !9
  %10 = and i32 %9, 7, !dbg !175
  %11 = ashr i32 %8, %10, !dbg !176
  %12 = and i32 %11, 1, !dbg !177
  ret i32 %12, !dbg !178
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

declare !dbg !179 i32 @printf(ptr noundef, ...) #3

; Function Attrs: nounwind uwtable
define internal i32 @miller_rabin(i64 noundef %0) #0 !dbg !181 {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i64 %0, ptr %3, align 8, !tbaa !61
  %12 = load i64, ptr %3, align 8, !dbg !182, !tbaa !61
  %13 = icmp ult i64 %12, 2, !dbg !183
  br i1 %13, label %14, label %15, !dbg !184

14:                                               ; preds = %1
  store i32 0, ptr %2, align 4, !dbg !185
  br label %99, !dbg !185

15:                                               ; preds = %1
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !186
  %16 = load i64, ptr %3, align 8, !dbg !187, !tbaa !61
  %17 = sub i64 %16, 1, !dbg !188
  store i64 %17, ptr %4, align 8, !dbg !189, !tbaa !61
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !190
  store i32 0, ptr %5, align 4, !dbg !191, !tbaa !9
  br label %18, !dbg !192

18:                                               ; preds = %23, %15
  %19 = load i64, ptr %4, align 8, !dbg !193, !tbaa !61
  %20 = and i64 %19, 1, !dbg !194
  %21 = icmp ne i64 %20, 0, !dbg !195
  %22 = xor i1 %21, true, !dbg !196
  br i1 %22, label %23, label %28, !dbg !197

23:                                               ; preds = %18
  %24 = load i64, ptr %4, align 8, !dbg !198, !tbaa !61
  %25 = lshr i64 %24, 1, !dbg !199
  store i64 %25, ptr %4, align 8, !dbg !200, !tbaa !61
  %26 = load i32, ptr %5, align 4, !dbg !201, !tbaa !9
  %27 = add nsw i32 %26, 1, !dbg !202
  store i32 %27, ptr %5, align 4, !dbg !203, !tbaa !9
  br label %18, !dbg !192, !llvm.loop !204

28:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !206
  store i32 0, ptr %6, align 4, !dbg !207, !tbaa !9
  br label %29, !dbg !206

29:                                               ; preds = %92, %28
  %30 = load i32, ptr %6, align 4, !dbg !208, !tbaa !9
  %31 = icmp slt i32 %30, 12, !dbg !209
  br i1 %31, label %33, label %32, !dbg !210

32:                                               ; preds = %29
  store i32 4, ptr %7, align 4
  br label %95, !dbg !211

33:                                               ; preds = %29
  call void @llvm.lifetime.start.p0(ptr %8) #4, !dbg !212
  %34 = load i32, ptr %6, align 4, !dbg !213, !tbaa !9
  %35 = sext i32 %34 to i64, !dbg !214
  %36 = getelementptr inbounds [12 x i64], ptr @miller_rabin.bases, i64 0, i64 %35, !dbg !214
  %37 = load i64, ptr %36, align 8, !dbg !215, !tbaa !61
  store i64 %37, ptr %8, align 8, !dbg !216, !tbaa !61
  %38 = load i64, ptr %8, align 8, !dbg !217, !tbaa !61
  %39 = load i64, ptr %3, align 8, !dbg !218, !tbaa !61
  %40 = urem i64 %38, %39, !dbg !219
  %41 = icmp eq i64 %40, 0, !dbg !220
  br i1 %41, label %42, label %43, !dbg !221

42:                                               ; preds = %33
  store i32 6, ptr %7, align 4
  br label %89, !dbg !222

43:                                               ; preds = %33
  call void @llvm.lifetime.start.p0(ptr %9) #4, !dbg !223
  %44 = load i64, ptr %8, align 8, !dbg !224, !tbaa !61
  %45 = load i64, ptr %4, align 8, !dbg !225, !tbaa !61
  %46 = load i64, ptr %3, align 8, !dbg !226, !tbaa !61
  %47 = call i64 @powmod(i64 noundef %44, i64 noundef %45, i64 noundef %46), !dbg !227
  store i64 %47, ptr %9, align 8, !dbg !228, !tbaa !61
  %48 = load i64, ptr %9, align 8, !dbg !229, !tbaa !61
  %49 = icmp eq i64 %48, 1, !dbg !230
  br i1 %49, label %55, label %50, !dbg !231

50:                                               ; preds = %43
  %51 = load i64, ptr %9, align 8, !dbg !232, !tbaa !61
  %52 = load i64, ptr %3, align 8, !dbg !233, !tbaa !61
  %53 = sub i64 %52, 1, !dbg !234
  %54 = icmp eq i64 %51, %53, !dbg !235
  br i1 %54, label %55, label %56, !dbg !236

55:                                               ; preds = %50, %43
  store i32 6, ptr %7, align 4
  br label %88, !dbg !237

56:                                               ; preds = %50
  call void @llvm.lifetime.start.p0(ptr %10) #4, !dbg !238
  store i32 1, ptr %10, align 4, !dbg !239, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %11) #4, !dbg !240
  store i32 1, ptr %11, align 4, !dbg !241, !tbaa !9
  br label %57, !dbg !240

57:                                               ; preds = %78, %56
  %58 = load i32, ptr %11, align 4, !dbg !242, !tbaa !9
  %59 = load i32, ptr %5, align 4, !dbg !243, !tbaa !9
  %60 = icmp slt i32 %58, %59, !dbg !244
  br i1 %60, label %62, label %61, !dbg !245

61:                                               ; preds = %57
  store i32 7, ptr %7, align 4
  br label %81, !dbg !246

62:                                               ; preds = %57
  %63 = load i64, ptr %9, align 8, !dbg !247, !tbaa !61
  %64 = zext i64 %63 to i128, !dbg !248
  %65 = load i64, ptr %9, align 8, !dbg !249, !tbaa !61
  %66 = zext i64 %65 to i128, !dbg !249
  %67 = mul i128 %64, %66, !dbg !250
  %68 = load i64, ptr %3, align 8, !dbg !251, !tbaa !61
  %69 = zext i64 %68 to i128, !dbg !251
  %70 = urem i128 %67, %69, !dbg !252
  %71 = trunc i128 %70 to i64, !dbg !253
  store i64 %71, ptr %9, align 8, !dbg !254, !tbaa !61
  %72 = load i64, ptr %9, align 8, !dbg !255, !tbaa !61
  %73 = load i64, ptr %3, align 8, !dbg !256, !tbaa !61
  %74 = sub i64 %73, 1, !dbg !257
  %75 = icmp eq i64 %72, %74, !dbg !258
  br i1 %75, label %76, label %77, !dbg !259

76:                                               ; preds = %62
  store i32 0, ptr %10, align 4, !dbg !260, !tbaa !9
  store i32 7, ptr %7, align 4
  br label %81, !dbg !261

77:                                               ; preds = %62
  br label %78, !dbg !262

78:                                               ; preds = %77
  %79 = load i32, ptr %11, align 4, !dbg !263, !tbaa !9
  %80 = add nsw i32 %79, 1, !dbg !264
  store i32 %80, ptr %11, align 4, !dbg !265, !tbaa !9
  br label %57, !dbg !246, !llvm.loop !266

81:                                               ; preds = %76, %61
  call void @llvm.lifetime.end.p0(ptr %11) #4, !dbg !246
  br label %82

82:                                               ; preds = %81
  %83 = load i32, ptr %10, align 4, !dbg !268, !tbaa !9
  %84 = icmp ne i32 %83, 0, !dbg !269
  br i1 %84, label %85, label %86, !dbg !270

85:                                               ; preds = %82
  store i32 0, ptr %2, align 4, !dbg !271
  store i32 1, ptr %7, align 4
  br label %87, !dbg !271

86:                                               ; preds = %82
  store i32 0, ptr %7, align 4, !dbg !272
  br label %87, !dbg !272

87:                                               ; preds = %86, %85
  call void @llvm.lifetime.end.p0(ptr %10) #4, !dbg !272
  br label %88

88:                                               ; preds = %87, %55
  call void @llvm.lifetime.end.p0(ptr %9) #4, !dbg !272
  br label %89

89:                                               ; preds = %88, %42
  call void @llvm.lifetime.end.p0(ptr %8) #4, !dbg !272
  %90 = load i32, ptr %7, align 4
  switch i32 %90, label %95 [
    i32 0, label %91
    i32 6, label %92
  ]

91:                                               ; preds = %89
  br label %92, !dbg !273

92:                                               ; preds = %91, %89
  %93 = load i32, ptr %6, align 4, !dbg !274, !tbaa !9
  %94 = add nsw i32 %93, 1, !dbg !275
  store i32 %94, ptr %6, align 4, !dbg !276, !tbaa !9
  br label %29, !dbg !211, !llvm.loop !277

95:                                               ; preds = %89, %32
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !211
  %96 = load i32, ptr %7, align 4
  switch i32 %96, label %98 [
    i32 4, label %97
  ]

97:                                               ; preds = %95
  store i32 1, ptr %2, align 4, !dbg !278
  store i32 1, ptr %7, align 4
  br label %98, !dbg !278

98:                                               ; preds = %97, %95
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !279
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !279
  br label %99

99:                                               ; preds = %98, %14
  %100 = load i32, ptr %2, align 4, !dbg !280
  ret i32 %100, !dbg !281
}

; Function Attrs: nounwind uwtable
define internal i64 @powmod(i64 noundef %0, i64 noundef %1, i64 noundef %2) #0 !dbg !282 {
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store i64 %0, ptr %4, align 8, !tbaa !61
  store i64 %1, ptr %5, align 8, !tbaa !61
  store i64 %2, ptr %6, align 8, !tbaa !61
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !283
  store i64 1, ptr %7, align 8, !dbg !284, !tbaa !61
  %8 = load i64, ptr %6, align 8, !dbg !285, !tbaa !61
  %9 = load i64, ptr %4, align 8, !dbg !286, !tbaa !61
  %10 = urem i64 %9, %8, !dbg !287
  store i64 %10, ptr %4, align 8, !dbg !288, !tbaa !61
  br label %11, !dbg !289

11:                                               ; preds = %28, %3
  %12 = load i64, ptr %5, align 8, !dbg !290, !tbaa !61
  %13 = icmp ne i64 %12, 0, !dbg !291
  br i1 %13, label %14, label %40, !dbg !292

14:                                               ; preds = %11
  %15 = load i64, ptr %5, align 8, !dbg !293, !tbaa !61
  %16 = and i64 %15, 1, !dbg !294
  %17 = icmp ne i64 %16, 0, !dbg !295
  br i1 %17, label %18, label %28, !dbg !296

18:                                               ; preds = %14
  %19 = load i64, ptr %7, align 8, !dbg !297, !tbaa !61
  %20 = zext i64 %19 to i128, !dbg !298
  %21 = load i64, ptr %4, align 8, !dbg !299, !tbaa !61
  %22 = zext i64 %21 to i128, !dbg !299
  %23 = mul i128 %20, %22, !dbg !300
  %24 = load i64, ptr %6, align 8, !dbg !301, !tbaa !61
  %25 = zext i64 %24 to i128, !dbg !301
  %26 = urem i128 %23, %25, !dbg !302
  %27 = trunc i128 %26 to i64, !dbg !303
  store i64 %27, ptr %7, align 8, !dbg !304, !tbaa !61
  br label %28, !dbg !305

28:                                               ; preds = %18, %14
  %29 = load i64, ptr %4, align 8, !dbg !306, !tbaa !61
  %30 = zext i64 %29 to i128, !dbg !307
  %31 = load i64, ptr %4, align 8, !dbg !308, !tbaa !61
  %32 = zext i64 %31 to i128, !dbg !308
  %33 = mul i128 %30, %32, !dbg !309
  %34 = load i64, ptr %6, align 8, !dbg !310, !tbaa !61
  %35 = zext i64 %34 to i128, !dbg !310
  %36 = urem i128 %33, %35, !dbg !311
  %37 = trunc i128 %36 to i64, !dbg !312
  store i64 %37, ptr %4, align 8, !dbg !313, !tbaa !61
  %38 = load i64, ptr %5, align 8, !dbg !314, !tbaa !61
  %39 = lshr i64 %38, 1, !dbg !315
  store i64 %39, ptr %5, align 8, !dbg !316, !tbaa !61
  br label %11, !dbg !289, !llvm.loop !317

40:                                               ; preds = %11
  %41 = load i64, ptr %7, align 8, !dbg !319, !tbaa !61
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !320
  ret i64 %41, !dbg !321
}

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "sieve.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 29, type: !15, scopeLine: 29, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "sieve.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 30, column: 5, scope: !13, atomGroup: 1, atomRank: 1)
!18 = !DILocation(line: 30, column: 35, scope: !13)
!19 = !DILocation(line: 30, column: 44, scope: !13)
!20 = !DILocation(line: 31, column: 10, scope: !13)
!21 = !DILocation(line: 31, column: 19, scope: !13, atomGroup: 2, atomRank: 1)
!22 = !DILocation(line: 31, column: 26, scope: !13)
!23 = !DILocation(line: 31, column: 30, scope: !13)
!24 = !DILocation(line: 31, column: 28, scope: !13)
!25 = !DILocation(line: 31, column: 32, scope: !13, atomGroup: 3, atomRank: 1)
!26 = !DILocation(line: 31, column: 5, scope: !13, atomGroup: 4, atomRank: 1)
!27 = !DILocation(line: 31, column: 5, scope: !13)
!28 = !DILocation(line: 31, column: 64, scope: !13)
!29 = !DILocation(line: 31, column: 51, scope: !13)
!30 = !DILocation(line: 31, column: 51, scope: !13, atomGroup: 5, atomRank: 2)
!31 = !DILocation(line: 31, column: 50, scope: !13, atomGroup: 5, atomRank: 1)
!32 = !DILocation(line: 31, column: 73, scope: !13)
!33 = !DILocation(line: 31, column: 86, scope: !13)
!34 = !DILocation(line: 31, column: 90, scope: !13)
!35 = !DILocation(line: 31, column: 88, scope: !13, atomGroup: 6, atomRank: 2)
!36 = !DILocation(line: 31, column: 82, scope: !13, atomGroup: 6, atomRank: 1)
!37 = !DILocation(line: 31, column: 93, scope: !13)
!38 = !DILocation(line: 31, column: 95, scope: !13, atomGroup: 7, atomRank: 1)
!39 = !DILocation(line: 31, column: 68, scope: !13, atomGroup: 8, atomRank: 1)
!40 = !DILocation(line: 31, column: 68, scope: !13)
!41 = !DILocation(line: 31, column: 117, scope: !13)
!42 = !DILocation(line: 31, column: 112, scope: !13)
!43 = !DILocation(line: 31, column: 112, scope: !13, atomGroup: 10, atomRank: 1)
!44 = !DILocation(line: 31, column: 109, scope: !13)
!45 = !DILocation(line: 31, column: 106, scope: !13)
!46 = !DILocation(line: 31, column: 106, scope: !13, atomGroup: 9, atomRank: 2)
!47 = !DILocation(line: 31, column: 106, scope: !13, atomGroup: 9, atomRank: 1)
!48 = distinct !{!48, !40, !49, !50}
!49 = !DILocation(line: 31, column: 118, scope: !13)
!50 = !{!"llvm.loop.mustprogress"}
!51 = !DILocation(line: 31, column: 65, scope: !13, atomGroup: 12, atomRank: 1)
!52 = !DILocation(line: 31, column: 42, scope: !13)
!53 = !DILocation(line: 31, column: 42, scope: !13, atomGroup: 11, atomRank: 2)
!54 = !DILocation(line: 31, column: 42, scope: !13, atomGroup: 11, atomRank: 1)
!55 = distinct !{!55, !27, !49, !50}
!56 = !DILocation(line: 32, column: 5, scope: !13)
!57 = !DILocation(line: 32, column: 9, scope: !13, atomGroup: 13, atomRank: 1)
!58 = !DILocation(line: 32, column: 20, scope: !13, atomGroup: 14, atomRank: 1)
!59 = !DILocation(line: 32, column: 31, scope: !13)
!60 = !DILocation(line: 32, column: 40, scope: !13, atomGroup: 15, atomRank: 1)
!61 = !{!62, !62, i64 0}
!62 = !{!"long", !11, i64 0}
!63 = !DILocation(line: 32, column: 49, scope: !13)
!64 = !DILocation(line: 32, column: 58, scope: !13, atomGroup: 16, atomRank: 1)
!65 = !DILocation(line: 33, column: 10, scope: !13)
!66 = !DILocation(line: 33, column: 19, scope: !13, atomGroup: 17, atomRank: 1)
!67 = !DILocation(line: 33, column: 26, scope: !13)
!68 = !DILocation(line: 33, column: 28, scope: !13, atomGroup: 18, atomRank: 1)
!69 = !DILocation(line: 33, column: 5, scope: !13, atomGroup: 19, atomRank: 1)
!70 = !DILocation(line: 33, column: 5, scope: !13)
!71 = !DILocation(line: 33, column: 60, scope: !13)
!72 = !DILocation(line: 33, column: 47, scope: !13)
!73 = !DILocation(line: 33, column: 47, scope: !13, atomGroup: 20, atomRank: 2)
!74 = !DILocation(line: 33, column: 46, scope: !13, atomGroup: 20, atomRank: 1)
!75 = !DILocation(line: 33, column: 71, scope: !13)
!76 = !DILocation(line: 33, column: 71, scope: !13, atomGroup: 21, atomRank: 2)
!77 = !DILocation(line: 33, column: 71, scope: !13, atomGroup: 21, atomRank: 1)
!78 = !DILocation(line: 33, column: 82, scope: !13)
!79 = !DILocation(line: 33, column: 79, scope: !13)
!80 = !DILocation(line: 33, column: 79, scope: !13, atomGroup: 22, atomRank: 2)
!81 = !DILocation(line: 33, column: 79, scope: !13, atomGroup: 22, atomRank: 1)
!82 = !DILocation(line: 33, column: 89, scope: !13)
!83 = !DILocation(line: 33, column: 89, scope: !13, atomGroup: 23, atomRank: 2)
!84 = !DILocation(line: 33, column: 94, scope: !13, atomGroup: 23, atomRank: 1)
!85 = !DILocation(line: 33, column: 97, scope: !13)
!86 = !DILocation(line: 33, column: 101, scope: !13)
!87 = !DILocation(line: 33, column: 99, scope: !13)
!88 = !DILocation(line: 33, column: 106, scope: !13, atomGroup: 24, atomRank: 2)
!89 = !DILocation(line: 33, column: 94, scope: !13, atomGroup: 24, atomRank: 1)
!90 = !DILocation(line: 33, column: 117, scope: !13)
!91 = !DILocation(line: 33, column: 117, scope: !13, atomGroup: 25, atomRank: 2)
!92 = !DILocation(line: 33, column: 117, scope: !13, atomGroup: 25, atomRank: 1)
!93 = !DILocation(line: 33, column: 112, scope: !13)
!94 = !DILocation(line: 33, column: 128, scope: !13, atomGroup: 26, atomRank: 2)
!95 = !DILocation(line: 33, column: 126, scope: !13, atomGroup: 26, atomRank: 1)
!96 = !DILocation(line: 33, column: 131, scope: !13)
!97 = !DILocation(line: 33, column: 61, scope: !13, atomGroup: 28, atomRank: 1)
!98 = !DILocation(line: 33, column: 38, scope: !13)
!99 = !DILocation(line: 33, column: 38, scope: !13, atomGroup: 27, atomRank: 2)
!100 = !DILocation(line: 33, column: 38, scope: !13, atomGroup: 27, atomRank: 1)
!101 = distinct !{!101, !70, !96, !50}
!102 = !DILocation(line: 34, column: 53, scope: !13)
!103 = !DILocation(line: 34, column: 60, scope: !13)
!104 = !DILocation(line: 34, column: 87, scope: !13)
!105 = !DILocation(line: 34, column: 92, scope: !13)
!106 = !DILocation(line: 34, column: 5, scope: !13)
!107 = !DILocation(line: 35, column: 5, scope: !13)
!108 = !DILocation(line: 35, column: 9, scope: !13, atomGroup: 29, atomRank: 1)
!109 = !DILocation(line: 35, column: 25, scope: !13)
!110 = !DILocation(line: 35, column: 34, scope: !13, atomGroup: 30, atomRank: 1)
!111 = !DILocation(line: 35, column: 41, scope: !13)
!112 = !DILocation(line: 35, column: 43, scope: !13, atomGroup: 31, atomRank: 1)
!113 = !DILocation(line: 35, column: 20, scope: !13, atomGroup: 32, atomRank: 1)
!114 = !DILocation(line: 35, column: 20, scope: !13)
!115 = !DILocation(line: 35, column: 79, scope: !13)
!116 = !DILocation(line: 35, column: 66, scope: !13)
!117 = !DILocation(line: 35, column: 99, scope: !13)
!118 = !DILocation(line: 35, column: 86, scope: !13)
!119 = !DILocation(line: 35, column: 85, scope: !13)
!120 = !DILocation(line: 35, column: 82, scope: !13)
!121 = !DILocation(line: 35, column: 63, scope: !13)
!122 = !DILocation(line: 35, column: 63, scope: !13, atomGroup: 33, atomRank: 2)
!123 = !DILocation(line: 35, column: 63, scope: !13, atomGroup: 33, atomRank: 1)
!124 = !DILocation(line: 35, column: 57, scope: !13, atomGroup: 35, atomRank: 1)
!125 = !DILocation(line: 35, column: 53, scope: !13)
!126 = !DILocation(line: 35, column: 53, scope: !13, atomGroup: 34, atomRank: 2)
!127 = !DILocation(line: 35, column: 53, scope: !13, atomGroup: 34, atomRank: 1)
!128 = distinct !{!128, !114, !129, !50}
!129 = !DILocation(line: 35, column: 100, scope: !13)
!130 = !DILocation(line: 36, column: 26, scope: !13)
!131 = !DILocation(line: 36, column: 5, scope: !13)
!132 = !DILocation(line: 37, column: 5, scope: !13)
!133 = !DILocation(line: 37, column: 14, scope: !13, atomGroup: 36, atomRank: 1)
!134 = !DILocation(line: 37, column: 14, scope: !13)
!135 = !DILocation(line: 38, column: 10, scope: !13)
!136 = !DILocation(line: 38, column: 14, scope: !13, atomGroup: 37, atomRank: 1)
!137 = !DILocation(line: 38, column: 21, scope: !13)
!138 = !DILocation(line: 38, column: 23, scope: !13, atomGroup: 38, atomRank: 1)
!139 = !DILocation(line: 38, column: 5, scope: !13, atomGroup: 39, atomRank: 1)
!140 = !DILocation(line: 38, column: 5, scope: !13)
!141 = !DILocation(line: 38, column: 63, scope: !13)
!142 = !DILocation(line: 38, column: 59, scope: !13)
!143 = !DILocation(line: 38, column: 46, scope: !13)
!144 = !DILocation(line: 38, column: 33, scope: !13)
!145 = !DILocation(line: 38, column: 33, scope: !13, atomGroup: 41, atomRank: 1)
!146 = !DILocation(line: 38, column: 29, scope: !13)
!147 = !DILocation(line: 38, column: 29, scope: !13, atomGroup: 40, atomRank: 2)
!148 = !DILocation(line: 38, column: 29, scope: !13, atomGroup: 40, atomRank: 1)
!149 = distinct !{!149, !140, !150, !50}
!150 = !DILocation(line: 38, column: 66, scope: !13)
!151 = !DILocation(line: 39, column: 5, scope: !13)
!152 = !DILocation(line: 40, column: 5, scope: !13, atomGroup: 42, atomRank: 1)
!153 = !DILocation(line: 41, column: 1, scope: !13)
!154 = !DILocation(line: 41, column: 1, scope: !13, atomGroup: 43, atomRank: 2)
!155 = !DILocation(line: 41, column: 1, scope: !13, atomGroup: 43, atomRank: 1)
!156 = distinct !DISubprogram(name: "mark", scope: !14, file: !14, line: 9, type: !15, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!157 = !DILocation(line: 9, column: 65, scope: !156)
!158 = !DILocation(line: 9, column: 67, scope: !156)
!159 = !DILocation(line: 9, column: 61, scope: !156)
!160 = !DILocation(line: 9, column: 48, scope: !156)
!161 = !DILocation(line: 9, column: 37, scope: !156)
!162 = !DILocation(line: 9, column: 39, scope: !156)
!163 = !DILocation(line: 9, column: 32, scope: !156)
!164 = !DILocation(line: 9, column: 45, scope: !156)
!165 = !{!11, !11, i64 0}
!166 = !DILocation(line: 9, column: 45, scope: !156, atomGroup: 1, atomRank: 3)
!167 = !DILocation(line: 9, column: 45, scope: !156, atomGroup: 1, atomRank: 2)
!168 = !DILocation(line: 9, column: 45, scope: !156, atomGroup: 1, atomRank: 1)
!169 = !DILocation(line: 9, column: 74, scope: !156, atomGroup: 2, atomRank: 1)
!170 = distinct !DISubprogram(name: "is_composite", scope: !14, file: !14, line: 8, type: !15, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!171 = !DILocation(line: 8, column: 51, scope: !170)
!172 = !DILocation(line: 8, column: 53, scope: !170)
!173 = !DILocation(line: 8, column: 46, scope: !170)
!174 = !DILocation(line: 8, column: 63, scope: !170)
!175 = !DILocation(line: 8, column: 65, scope: !170)
!176 = !DILocation(line: 8, column: 59, scope: !170)
!177 = !DILocation(line: 8, column: 70, scope: !170, atomGroup: 1, atomRank: 2)
!178 = !DILocation(line: 8, column: 39, scope: !170, atomGroup: 1, atomRank: 1)
!179 = !DISubprogram(name: "printf", scope: !180, file: !180, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!180 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!181 = distinct !DISubprogram(name: "miller_rabin", scope: !14, file: !14, line: 16, type: !15, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!182 = !DILocation(line: 17, column: 9, scope: !181)
!183 = !DILocation(line: 17, column: 11, scope: !181, atomGroup: 1, atomRank: 2)
!184 = !DILocation(line: 17, column: 11, scope: !181, atomGroup: 1, atomRank: 1)
!185 = !DILocation(line: 17, column: 16, scope: !181, atomGroup: 2, atomRank: 1)
!186 = !DILocation(line: 19, column: 5, scope: !181)
!187 = !DILocation(line: 19, column: 18, scope: !181)
!188 = !DILocation(line: 19, column: 20, scope: !181, atomGroup: 3, atomRank: 2)
!189 = !DILocation(line: 19, column: 14, scope: !181, atomGroup: 3, atomRank: 1)
!190 = !DILocation(line: 19, column: 25, scope: !181)
!191 = !DILocation(line: 19, column: 29, scope: !181, atomGroup: 4, atomRank: 1)
!192 = !DILocation(line: 19, column: 36, scope: !181)
!193 = !DILocation(line: 19, column: 45, scope: !181)
!194 = !DILocation(line: 19, column: 47, scope: !181)
!195 = !DILocation(line: 19, column: 43, scope: !181)
!196 = !DILocation(line: 19, column: 43, scope: !181, atomGroup: 5, atomRank: 1)
!197 = !DILocation(line: 19, column: 36, scope: !181, atomGroup: 6, atomRank: 1)
!198 = !DILocation(line: 19, column: 57, scope: !181)
!199 = !DILocation(line: 19, column: 57, scope: !181, atomGroup: 7, atomRank: 2)
!200 = !DILocation(line: 19, column: 57, scope: !181, atomGroup: 7, atomRank: 1)
!201 = !DILocation(line: 19, column: 65, scope: !181)
!202 = !DILocation(line: 19, column: 65, scope: !181, atomGroup: 8, atomRank: 2)
!203 = !DILocation(line: 19, column: 65, scope: !181, atomGroup: 8, atomRank: 1)
!204 = distinct !{!204, !192, !205, !50}
!205 = !DILocation(line: 19, column: 69, scope: !181)
!206 = !DILocation(line: 20, column: 10, scope: !181)
!207 = !DILocation(line: 20, column: 14, scope: !181, atomGroup: 9, atomRank: 1)
!208 = !DILocation(line: 20, column: 21, scope: !181)
!209 = !DILocation(line: 20, column: 23, scope: !181, atomGroup: 10, atomRank: 1)
!210 = !DILocation(line: 20, column: 5, scope: !181, atomGroup: 11, atomRank: 1)
!211 = !DILocation(line: 20, column: 5, scope: !181)
!212 = !DILocation(line: 21, column: 9, scope: !181)
!213 = !DILocation(line: 21, column: 28, scope: !181)
!214 = !DILocation(line: 21, column: 22, scope: !181)
!215 = !DILocation(line: 21, column: 22, scope: !181, atomGroup: 12, atomRank: 2)
!216 = !DILocation(line: 21, column: 18, scope: !181, atomGroup: 12, atomRank: 1)
!217 = !DILocation(line: 21, column: 36, scope: !181)
!218 = !DILocation(line: 21, column: 40, scope: !181)
!219 = !DILocation(line: 21, column: 38, scope: !181)
!220 = !DILocation(line: 21, column: 42, scope: !181, atomGroup: 13, atomRank: 2)
!221 = !DILocation(line: 21, column: 42, scope: !181, atomGroup: 13, atomRank: 1)
!222 = !DILocation(line: 21, column: 48, scope: !181, atomGroup: 14, atomRank: 1)
!223 = !DILocation(line: 22, column: 9, scope: !181)
!224 = !DILocation(line: 22, column: 29, scope: !181)
!225 = !DILocation(line: 22, column: 32, scope: !181)
!226 = !DILocation(line: 22, column: 35, scope: !181)
!227 = !DILocation(line: 22, column: 22, scope: !181, atomGroup: 15, atomRank: 2)
!228 = !DILocation(line: 22, column: 18, scope: !181, atomGroup: 15, atomRank: 1)
!229 = !DILocation(line: 22, column: 43, scope: !181)
!230 = !DILocation(line: 22, column: 45, scope: !181, atomGroup: 16, atomRank: 2)
!231 = !DILocation(line: 22, column: 50, scope: !181, atomGroup: 16, atomRank: 1)
!232 = !DILocation(line: 22, column: 53, scope: !181)
!233 = !DILocation(line: 22, column: 58, scope: !181)
!234 = !DILocation(line: 22, column: 60, scope: !181)
!235 = !DILocation(line: 22, column: 55, scope: !181, atomGroup: 17, atomRank: 2)
!236 = !DILocation(line: 22, column: 50, scope: !181, atomGroup: 17, atomRank: 1)
!237 = !DILocation(line: 22, column: 65, scope: !181, atomGroup: 18, atomRank: 1)
!238 = !DILocation(line: 23, column: 9, scope: !181)
!239 = !DILocation(line: 23, column: 13, scope: !181, atomGroup: 19, atomRank: 1)
!240 = !DILocation(line: 23, column: 28, scope: !181)
!241 = !DILocation(line: 23, column: 32, scope: !181, atomGroup: 20, atomRank: 1)
!242 = !DILocation(line: 23, column: 39, scope: !181)
!243 = !DILocation(line: 23, column: 43, scope: !181)
!244 = !DILocation(line: 23, column: 41, scope: !181, atomGroup: 21, atomRank: 1)
!245 = !DILocation(line: 23, column: 23, scope: !181, atomGroup: 22, atomRank: 1)
!246 = !DILocation(line: 23, column: 23, scope: !181)
!247 = !DILocation(line: 23, column: 76, scope: !181)
!248 = !DILocation(line: 23, column: 57, scope: !181)
!249 = !DILocation(line: 23, column: 80, scope: !181)
!250 = !DILocation(line: 23, column: 78, scope: !181)
!251 = !DILocation(line: 23, column: 84, scope: !181)
!252 = !DILocation(line: 23, column: 82, scope: !181, atomGroup: 23, atomRank: 3)
!253 = !DILocation(line: 23, column: 57, scope: !181, atomGroup: 23, atomRank: 2)
!254 = !DILocation(line: 23, column: 55, scope: !181, atomGroup: 23, atomRank: 1)
!255 = !DILocation(line: 23, column: 91, scope: !181)
!256 = !DILocation(line: 23, column: 96, scope: !181)
!257 = !DILocation(line: 23, column: 98, scope: !181)
!258 = !DILocation(line: 23, column: 93, scope: !181, atomGroup: 24, atomRank: 2)
!259 = !DILocation(line: 23, column: 93, scope: !181, atomGroup: 24, atomRank: 1)
!260 = !DILocation(line: 23, column: 110, scope: !181, atomGroup: 25, atomRank: 1)
!261 = !DILocation(line: 23, column: 115, scope: !181, atomGroup: 26, atomRank: 1)
!262 = !DILocation(line: 23, column: 124, scope: !181, atomGroup: 28, atomRank: 1)
!263 = !DILocation(line: 23, column: 47, scope: !181)
!264 = !DILocation(line: 23, column: 47, scope: !181, atomGroup: 27, atomRank: 2)
!265 = !DILocation(line: 23, column: 47, scope: !181, atomGroup: 27, atomRank: 1)
!266 = distinct !{!266, !246, !267, !50}
!267 = !DILocation(line: 23, column: 124, scope: !181)
!268 = !DILocation(line: 24, column: 13, scope: !181)
!269 = !DILocation(line: 24, column: 13, scope: !181, atomGroup: 29, atomRank: 2)
!270 = !DILocation(line: 24, column: 13, scope: !181, atomGroup: 29, atomRank: 1)
!271 = !DILocation(line: 24, column: 19, scope: !181, atomGroup: 30, atomRank: 1)
!272 = !DILocation(line: 25, column: 5, scope: !181)
!273 = !DILocation(line: 25, column: 5, scope: !181, atomGroup: 32, atomRank: 1)
!274 = !DILocation(line: 20, column: 30, scope: !181)
!275 = !DILocation(line: 20, column: 30, scope: !181, atomGroup: 31, atomRank: 2)
!276 = !DILocation(line: 20, column: 30, scope: !181, atomGroup: 31, atomRank: 1)
!277 = distinct !{!277, !211, !272, !50}
!278 = !DILocation(line: 26, column: 5, scope: !181, atomGroup: 33, atomRank: 1)
!279 = !DILocation(line: 27, column: 1, scope: !181)
!280 = !DILocation(line: 27, column: 1, scope: !181, atomGroup: 34, atomRank: 2)
!281 = !DILocation(line: 27, column: 1, scope: !181, atomGroup: 34, atomRank: 1)
!282 = distinct !DISubprogram(name: "powmod", scope: !14, file: !14, line: 11, type: !15, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!283 = !DILocation(line: 12, column: 5, scope: !282)
!284 = !DILocation(line: 12, column: 14, scope: !282, atomGroup: 1, atomRank: 1)
!285 = !DILocation(line: 12, column: 26, scope: !282)
!286 = !DILocation(line: 12, column: 23, scope: !282)
!287 = !DILocation(line: 12, column: 23, scope: !282, atomGroup: 2, atomRank: 2)
!288 = !DILocation(line: 12, column: 23, scope: !282, atomGroup: 2, atomRank: 1)
!289 = !DILocation(line: 13, column: 5, scope: !282)
!290 = !DILocation(line: 13, column: 12, scope: !282)
!291 = !DILocation(line: 13, column: 5, scope: !282, atomGroup: 3, atomRank: 1)
!292 = !DILocation(line: 13, column: 5, scope: !282, atomGroup: 4, atomRank: 1)
!293 = !DILocation(line: 13, column: 21, scope: !282)
!294 = !DILocation(line: 13, column: 23, scope: !282)
!295 = !DILocation(line: 13, column: 23, scope: !282, atomGroup: 5, atomRank: 2)
!296 = !DILocation(line: 13, column: 23, scope: !282, atomGroup: 5, atomRank: 1)
!297 = !DILocation(line: 13, column: 51, scope: !282)
!298 = !DILocation(line: 13, column: 32, scope: !282)
!299 = !DILocation(line: 13, column: 55, scope: !282)
!300 = !DILocation(line: 13, column: 53, scope: !282)
!301 = !DILocation(line: 13, column: 59, scope: !282)
!302 = !DILocation(line: 13, column: 57, scope: !282, atomGroup: 6, atomRank: 3)
!303 = !DILocation(line: 13, column: 32, scope: !282, atomGroup: 6, atomRank: 2)
!304 = !DILocation(line: 13, column: 30, scope: !282, atomGroup: 6, atomRank: 1)
!305 = !DILocation(line: 13, column: 28, scope: !282)
!306 = !DILocation(line: 13, column: 85, scope: !282)
!307 = !DILocation(line: 13, column: 66, scope: !282)
!308 = !DILocation(line: 13, column: 89, scope: !282)
!309 = !DILocation(line: 13, column: 87, scope: !282)
!310 = !DILocation(line: 13, column: 93, scope: !282)
!311 = !DILocation(line: 13, column: 91, scope: !282, atomGroup: 7, atomRank: 3)
!312 = !DILocation(line: 13, column: 66, scope: !282, atomGroup: 7, atomRank: 2)
!313 = !DILocation(line: 13, column: 64, scope: !282, atomGroup: 7, atomRank: 1)
!314 = !DILocation(line: 13, column: 98, scope: !282)
!315 = !DILocation(line: 13, column: 98, scope: !282, atomGroup: 8, atomRank: 2)
!316 = !DILocation(line: 13, column: 98, scope: !282, atomGroup: 8, atomRank: 1)
!317 = distinct !{!317, !289, !318, !50}
!318 = !DILocation(line: 13, column: 105, scope: !282)
!319 = !DILocation(line: 14, column: 12, scope: !282, atomGroup: 10, atomRank: 2)
!320 = !DILocation(line: 15, column: 1, scope: !282)
!321 = !DILocation(line: 14, column: 5, scope: !282, atomGroup: 10, atomRank: 1)
