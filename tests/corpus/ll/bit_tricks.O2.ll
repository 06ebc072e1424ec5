; ModuleID = 'bit_tricks.c'
source_filename = "bit_tricks.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [22 x i8] c"popcount mismatch %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"acc=%016llx\0A\00", align 1
@.str.2 = private unnamed_addr constant [41 x i8] c"bswap16=%04x clz32=%d ctz32=%d pop32=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [30 x i8] c"low=%u pow2=%u abs=%d sgn=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i16, align 2
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5, !dbg !17
  store i64 81985529216486895, ptr %2, align 8, !dbg !18, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !17
  store i64 0, ptr %3, align 8, !dbg !21, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %4) #5, !dbg !22
  store i32 0, ptr %4, align 4, !dbg !23, !tbaa !9
  br label %13, !dbg !22

13:                                               ; preds = %105, %0
  %14 = load i32, ptr %4, align 4, !dbg !24, !tbaa !9
  %15 = icmp slt i32 %14, 64, !dbg !25
  br i1 %15, label %17, label %16, !dbg !26

16:                                               ; preds = %13
  call void @llvm.lifetime.end.p0(ptr %4) #5, !dbg !27
  br label %108

17:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %5) #5, !dbg !28
  %18 = load i64, ptr %2, align 8, !dbg !29, !tbaa !19
  %19 = load i32, ptr %4, align 4, !dbg !30, !tbaa !9
  %20 = add nsw i32 %19, 1, !dbg !31
  %21 = sext i32 %20 to i64, !dbg !32
  %22 = mul i64 %18, %21, !dbg !33
  %23 = load i64, ptr %2, align 8, !dbg !34, !tbaa !19
  %24 = load i32, ptr %4, align 4, !dbg !35, !tbaa !9
  %25 = zext i32 %24 to i64, !dbg !36
  %26 = lshr i64 %23, %25, !dbg !36
  %27 = xor i64 %22, %26, !dbg !37
  store i64 %27, ptr %5, align 8, !dbg !38, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %6) #5, !dbg !39
  %28 = load i64, ptr %5, align 8, !dbg !40, !tbaa !19
  %29 = call i64 @llvm.ctpop.i64(i64 %28), !dbg !41
  %30 = trunc i64 %29 to i32, !dbg !42
  store i32 %30, ptr %6, align 4, !dbg !43, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #5, !dbg !44
  %31 = load i64, ptr %5, align 8, !dbg !45, !tbaa !19
  %32 = icmp ne i64 %31, 0, !dbg !46
  br i1 %32, label %33, label %37, !dbg !47

33:                                               ; preds = %17
  %34 = load i64, ptr %5, align 8, !dbg !48, !tbaa !19
  %35 = call i64 @llvm.ctlz.i64(i64 %34, i1 true), !dbg !49
  %36 = trunc i64 %35 to i32, !dbg !49
  br label %38, !dbg !45

37:                                               ; preds = %17
  br label %38, !dbg !45

38:                                               ; preds = %37, %33
  %39 = phi i32 [ %36, %33 ], [ 64, %37 ], !dbg !50
  store i32 %39, ptr %7, align 4, !dbg !51, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #5, !dbg !52
  %40 = load i64, ptr %5, align 8, !dbg !53, !tbaa !19
  %41 = icmp ne i64 %40, 0, !dbg !54
  br i1 %41, label %42, label %46, !dbg !55

42:                                               ; preds = %38
  %43 = load i64, ptr %5, align 8, !dbg !56, !tbaa !19
  %44 = call i64 @llvm.cttz.i64(i64 %43, i1 true), !dbg !57
  %45 = trunc i64 %44 to i32, !dbg !57
  br label %47, !dbg !53

46:                                               ; preds = %38
  br label %47, !dbg !53

47:                                               ; preds = %46, %42
  %48 = phi i32 [ %45, %42 ], [ 64, %46 ], !dbg !58
  store i32 %48, ptr %8, align 4, !dbg !59, !tbaa !9
  %49 = load i32, ptr %6, align 4, !dbg !60, !tbaa !9
  %50 = load i64, ptr %5, align 8, !dbg !61, !tbaa !19
  %51 = call i32 @popcount_naive(i64 noundef %50), !dbg !62
  %52 = icmp ne i32 %49, %51, !dbg !63
  br i1 %52, label %53, label %56, !dbg !64

53:                                               ; preds = %47
  %54 = load i32, ptr %4, align 4, !dbg !65, !tbaa !9
  %55 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %54), !dbg !66
  br label %56, !dbg !66

56:                                               ; preds = %53, %47
  %57 = load i64, ptr %3, align 8, !dbg !67, !tbaa !19
  %58 = mul i64 %57, 31, !dbg !68
  %59 = load i32, ptr %6, align 4, !dbg !69, !tbaa !9
  %60 = mul nsw i32 %59, 10000, !dbg !70
  %61 = load i32, ptr %7, align 4, !dbg !71, !tbaa !9
  %62 = mul nsw i32 %61, 100, !dbg !72
  %63 = add nsw i32 %60, %62, !dbg !73
  %64 = load i32, ptr %8, align 4, !dbg !74, !tbaa !9
  %65 = add nsw i32 %63, %64, !dbg !75
  %66 = sext i32 %65 to i64, !dbg !76
  %67 = add i64 %58, %66, !dbg !77
  store i64 %67, ptr %3, align 8, !dbg !78, !tbaa !19
  %68 = load i64, ptr %5, align 8, !dbg !79, !tbaa !19
  %69 = load i32, ptr %4, align 4, !dbg !80, !tbaa !9
  %70 = call i64 @rotr64(i64 noundef %68, i32 noundef %69), !dbg !81
  %71 = load i64, ptr %5, align 8, !dbg !82, !tbaa !19
  %72 = trunc i64 %71 to i32, !dbg !83
  %73 = load i32, ptr %4, align 4, !dbg !84, !tbaa !9
  %74 = and i32 %73, 31, !dbg !85
  %75 = call i32 @rotl32(i32 noundef %72, i32 noundef %74), !dbg !86
  %76 = zext i32 %75 to i64, !dbg !86
  %77 = add i64 %70, %76, !dbg !87
  %78 = load i64, ptr %3, align 8, !dbg !88, !tbaa !19
  %79 = xor i64 %78, %77, !dbg !89
  store i64 %79, ptr %3, align 8, !dbg !90, !tbaa !19
  %80 = load i64, ptr %5, align 8, !dbg !91, !tbaa !19
  %81 = call i64 @llvm.bswap.i64(i64 %80), !dbg !92
  %82 = load i64, ptr %5, align 8, !dbg !93, !tbaa !19
  %83 = lshr i64 %82, 32, !dbg !94
  %84 = trunc i64 %83 to i32, !dbg !95
  %85 = call i32 @rev32(i32 noundef %84), !dbg !96
  %86 = zext i32 %85 to i64, !dbg !96
  %87 = xor i64 %81, %86, !dbg !97
  %88 = load i64, ptr %3, align 8, !dbg !98, !tbaa !19
  %89 = add i64 %88, %87, !dbg !99
  store i64 %89, ptr %3, align 8, !dbg !100, !tbaa !19
  %90 = load i64, ptr %5, align 8, !dbg !101, !tbaa !19
  %91 = call i64 @llvm.ctpop.i64(i64 %90), !dbg !102
  %92 = and i64 %91, 1, !dbg !102
  %93 = trunc i64 %92 to i32, !dbg !102
  %94 = sext i32 %93 to i64, !dbg !103
  %95 = load i64, ptr %5, align 8, !dbg !104, !tbaa !19
  %96 = call i64 @llvm.cttz.i64(i64 %95, i1 true), !dbg !105
  %97 = add i64 %96, 1, !dbg !105
  %98 = icmp eq i64 %95, 0, !dbg !105
  %99 = select i1 %98, i64 0, i64 %97, !dbg !105
  %100 = trunc i64 %99 to i32, !dbg !105
  %101 = sext i32 %100 to i64, !dbg !106
  %102 = add i64 %94, %101, !dbg !107
  %103 = load i64, ptr %3, align 8, !dbg !108, !tbaa !19
  %104 = add i64 %103, %102, !dbg !109
  store i64 %104, ptr %3, align 8, !dbg !110, !tbaa !19
  call void @llvm.lifetime.end.p0(ptr %8) #5, !dbg !111
  call void @llvm.lifetime.end.p0(ptr %7) #5, !dbg !111
  call void @llvm.lifetime.end.p0(ptr %6) #5, !dbg !111
  call void @llvm.lifetime.end.p0(ptr %5) #5, !dbg !111
  br label %105, !dbg !112

105:                                              ; preds = %56
  %106 = load i32, ptr %4, align 4, !dbg !113, !tbaa !9
  %107 = add nsw i32 %106, 1, !dbg !114
  store i32 %107, ptr %4, align 4, !dbg !115, !tbaa !9
  br label %13, !dbg !27, !llvm.loop !116

108:                                              ; preds = %16
  %109 = load i64, ptr %3, align 8, !dbg !118, !tbaa !19
  %110 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %109), !dbg !119
  call void @llvm.lifetime.start.p0(ptr %9) #5, !dbg !120
  store i16 -21555, ptr %9, align 2, !dbg !121, !tbaa !122
  %111 = load i16, ptr %9, align 2, !dbg !124, !tbaa !122
  %112 = call i16 @llvm.bswap.i16(i16 %111), !dbg !125
  %113 = zext i16 %112 to i32, !dbg !125
  %114 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %113, i32 noundef 8, i32 noundef 20, i32 noundef 24), !dbg !126
  call void @llvm.lifetime.start.p0(ptr %10) #5, !dbg !127
  store i32 1000, ptr %10, align 4, !dbg !128, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %11) #5, !dbg !129
  %115 = load i32, ptr %10, align 4, !dbg !130, !tbaa !9
  %116 = sub i32 %115, 1, !dbg !131
  store i32 %116, ptr %11, align 4, !dbg !132, !tbaa !9
  %117 = load i32, ptr %11, align 4, !dbg !133, !tbaa !9
  %118 = lshr i32 %117, 1, !dbg !134
  %119 = load i32, ptr %11, align 4, !dbg !135, !tbaa !9
  %120 = or i32 %119, %118, !dbg !136
  store i32 %120, ptr %11, align 4, !dbg !137, !tbaa !9
  %121 = load i32, ptr %11, align 4, !dbg !138, !tbaa !9
  %122 = lshr i32 %121, 2, !dbg !139
  %123 = load i32, ptr %11, align 4, !dbg !140, !tbaa !9
  %124 = or i32 %123, %122, !dbg !141
  store i32 %124, ptr %11, align 4, !dbg !142, !tbaa !9
  %125 = load i32, ptr %11, align 4, !dbg !143, !tbaa !9
  %126 = lshr i32 %125, 4, !dbg !144
  %127 = load i32, ptr %11, align 4, !dbg !145, !tbaa !9
  %128 = or i32 %127, %126, !dbg !146
  store i32 %128, ptr %11, align 4, !dbg !147, !tbaa !9
  %129 = load i32, ptr %11, align 4, !dbg !148, !tbaa !9
  %130 = lshr i32 %129, 8, !dbg !149
  %131 = load i32, ptr %11, align 4, !dbg !150, !tbaa !9
  %132 = or i32 %131, %130, !dbg !151
  store i32 %132, ptr %11, align 4, !dbg !152, !tbaa !9
  %133 = load i32, ptr %11, align 4, !dbg !153, !tbaa !9
  %134 = lshr i32 %133, 16, !dbg !154
  %135 = load i32, ptr %11, align 4, !dbg !155, !tbaa !9
  %136 = or i32 %135, %134, !dbg !156
  store i32 %136, ptr %11, align 4, !dbg !157, !tbaa !9
  %137 = load i32, ptr %11, align 4, !dbg !158, !tbaa !9
  %138 = add i32 %137, 1, !dbg !159
  store i32 %138, ptr %11, align 4, !dbg !160, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %12) #5, !dbg !161
  store i32 -77, ptr %12, align 4, !dbg !162, !tbaa !9
  %139 = load i32, ptr %10, align 4, !dbg !163, !tbaa !9
  %140 = load i32, ptr %10, align 4, !dbg !164, !tbaa !9
  %141 = sub i32 0, %140, !dbg !165
  %142 = and i32 %139, %141, !dbg !166
  %143 = load i32, ptr %11, align 4, !dbg !167, !tbaa !9
  %144 = load i32, ptr %12, align 4, !dbg !168, !tbaa !9
  %145 = load i32, ptr %12, align 4, !dbg !169, !tbaa !9
  %146 = ashr i32 %145, 31, !dbg !170
  %147 = xor i32 %144, %146, !dbg !171
  %148 = load i32, ptr %12, align 4, !dbg !172, !tbaa !9
  %149 = ashr i32 %148, 31, !dbg !173
  %150 = sub nsw i32 %147, %149, !dbg !174
  %151 = load i32, ptr %12, align 4, !dbg !175, !tbaa !9
  %152 = icmp sgt i32 %151, 0, !dbg !176
  %153 = zext i1 %152 to i32, !dbg !176
  %154 = load i32, ptr %12, align 4, !dbg !177, !tbaa !9
  %155 = icmp slt i32 %154, 0, !dbg !178
  %156 = zext i1 %155 to i32, !dbg !178
  %157 = sub nsw i32 %153, %156, !dbg !179
  %158 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %142, i32 noundef %143, i32 noundef %150, i32 noundef %157), !dbg !180
  call void @llvm.lifetime.end.p0(ptr %12) #5, !dbg !181
  call void @llvm.lifetime.end.p0(ptr %11) #5, !dbg !181
  call void @llvm.lifetime.end.p0(ptr %10) #5, !dbg !181
  call void @llvm.lifetime.end.p0(ptr %9) #5, !dbg !181
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !181
  call void @llvm.lifetime.end.p0(ptr %2) #5, !dbg !181
  ret i32 0, !dbg !182
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.cttz.i64(i64, i1 immarg) #3

; Function Attrs: nounwind uwtable
define internal i32 @popcount_naive(i64 noundef %0) #0 !dbg !183 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  store i64 %0, ptr %2, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !184
  store i32 0, ptr %3, align 4, !dbg !185, !tbaa !9
  br label %4, !dbg !186

4:                                                ; preds = %7, %1
  %5 = load i64, ptr %2, align 8, !dbg !187, !tbaa !19
  %6 = icmp ne i64 %5, 0, !dbg !188
  br i1 %6, label %7, label %14, !dbg !189

7:                                                ; preds = %4
  %8 = load i64, ptr %2, align 8, !dbg !190, !tbaa !19
  %9 = sub i64 %8, 1, !dbg !191
  %10 = load i64, ptr %2, align 8, !dbg !192, !tbaa !19
  %11 = and i64 %10, %9, !dbg !193
  store i64 %11, ptr %2, align 8, !dbg !194, !tbaa !19
  %12 = load i32, ptr %3, align 4, !dbg !195, !tbaa !9
  %13 = add nsw i32 %12, 1, !dbg !196
  store i32 %13, ptr %3, align 4, !dbg !197, !tbaa !9
  br label %4, !dbg !186, !llvm.loop !198

14:                                               ; preds = %4
  %15 = load i32, ptr %3, align 4, !dbg !200, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !201
  ret i32 %15, !dbg !202
}

declare !dbg !203 i32 @printf(ptr noundef, ...) #4

; Function Attrs: nounwind uwtable
define internal i64 @rotr64(i64 noundef %0, i32 noundef %1) #0 !dbg !205 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store i64 %0, ptr %3, align 8, !tbaa !19
  store i32 %1, ptr %4, align 4, !tbaa !9
  %5 = load i64, ptr %3, align 8, !dbg !206, !tbaa !19
  %6 = load i32, ptr %4, align 4, !dbg !207, !tbaa !9
  %7 = zext i32 %6 to i64, !dbg !208
  %8 = lshr i64 %5, %7, !dbg !208
  %9 = load i64, ptr %3, align 8, !dbg !209, !tbaa !19
  %10 = load i32, ptr %4, align 4, !dbg !210, !tbaa !9
  %11 = sub nsw i32 64, %10, !dbg !211
  %12 = and i32 %11, 63, !dbg !212
  %13 = zext i32 %12 to i64, !dbg !213
  %14 = shl i64 %9, %13, !dbg !213
  %15 = or i64 %8, %14, !dbg !214
  ret i64 %15, !dbg !215
}

; Function Attrs: nounwind uwtable
define internal i32 @rotl32(i32 noundef %0, i32 noundef %1) #0 !dbg !216 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !9
  %5 = load i32, ptr %3, align 4, !dbg !217, !tbaa !9
  %6 = load i32, ptr %4, align 4, !dbg !218, !tbaa !9
  %7 = shl i32 %5, %6, !dbg !219
  %8 = load i32, ptr %3, align 4, !dbg !220, !tbaa !9
  %9 = load i32, ptr %4, align 4, !dbg !221, !tbaa !9
  %10 = sub nsw i32 32, %9, !dbg !222
  %11 = and i32 %10, 31, !dbg !223
  %12 = lshr i32 %8, %11, !dbg !224
  %13 = or i32 %7, %12, !dbg !225
  ret i32 %13, !dbg !226
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.bswap.i64(i64) #2

; Function Attrs: nounwind uwtable
define internal i32 @rev32(i32 noundef %0) #0 !dbg !227 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  %3 = load i32, ptr %2, align 4, !dbg !228, !tbaa !9
  %4 = lshr i32 %3, 1, !dbg !229
  %5 = and i32 %4, 1431655765, !dbg !230
  %6 = load i32, ptr %2, align 4, !dbg !231, !tbaa !9
  %7 = and i32 %6, 1431655765, !dbg !232
  %8 = shl i32 %7, 1, !dbg !233
  %9 = or i32 %5, %8, !dbg !234
  store i32 %9, ptr %2, align 4, !dbg !235, !tbaa !9
  %10 = load i32, ptr %2, align 4, !dbg !236, !tbaa !9
  %11 = lshr i32 %10, 2, !dbg !237
  %12 = and i32 %11, 858993459, !dbg !238
  %13 = load i32, ptr %2, align 4, !dbg !239, !tbaa !9
  %14 = and i32 %13, 858993459, !dbg !240
  %15 = shl i32 %14, 2, !dbg !241
  %16 = or i32 %12, %15, !dbg !242
  store i32 %16, ptr %2, align 4, !dbg !243, !tbaa !9
  %17 = load i32, ptr %2, align 4, !dbg !244, !tbaa !9
  %18 = lshr i32 %17, 4, !dbg !245
  %19 = and i32 %18, 252645135, !dbg !246
  %20 = load i32, ptr %2, align 4, !dbg !247, !tbaa !9
  %21 = and i32 %20, 252645135, !dbg !248
  %22 = shl i32 %21, 4, !dbg !249
  %23 = or i32 %19, %22, !dbg !250
  store i32 %23, ptr %2, align 4, !dbg !251, !tbaa !9
  %24 = load i32, ptr %2, align 4, !dbg !252, !tbaa !9
  %25 = call i32 @llvm.bswap.i32(i32 %24), !dbg !253
  ret i32 %25, !dbg !254
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i16 @llvm.bswap.i16(i16) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.bswap.i32(i32) #2

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "bit_tricks.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 17, type: !15, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "bit_tricks.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 18, column: 5, scope: !13)
!18 = !DILocation(line: 18, column: 14, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !{!20, !20, i64 0}
!20 = !{!"long", !11, i64 0}
!21 = !DILocation(line: 18, column: 41, scope: !13, atomGroup: 2, atomRank: 1)
!22 = !DILocation(line: 19, column: 10, scope: !13)
!23 = !DILocation(line: 19, column: 14, scope: !13, atomGroup: 3, atomRank: 1)
!24 = !DILocation(line: 19, column: 21, scope: !13)
!25 = !DILocation(line: 19, column: 23, scope: !13, atomGroup: 4, atomRank: 1)
!26 = !DILocation(line: 19, column: 5, scope: !13, atomGroup: 5, atomRank: 1)
!27 = !DILocation(line: 19, column: 5, scope: !13)
!28 = !DILocation(line: 20, column: 9, scope: !13)
!29 = !DILocation(line: 20, column: 22, scope: !13)
!30 = !DILocation(line: 20, column: 37, scope: !13)
!31 = !DILocation(line: 20, column: 39, scope: !13)
!32 = !DILocation(line: 20, column: 26, scope: !13)
!33 = !DILocation(line: 20, column: 24, scope: !13)
!34 = !DILocation(line: 20, column: 47, scope: !13)
!35 = !DILocation(line: 20, column: 52, scope: !13)
!36 = !DILocation(line: 20, column: 49, scope: !13)
!37 = !DILocation(line: 20, column: 44, scope: !13, atomGroup: 6, atomRank: 2)
!38 = !DILocation(line: 20, column: 18, scope: !13, atomGroup: 6, atomRank: 1)
!39 = !DILocation(line: 21, column: 9, scope: !13)
!40 = !DILocation(line: 21, column: 39, scope: !13)
!41 = !DILocation(line: 21, column: 18, scope: !13, atomGroup: 7, atomRank: 3)
!42 = !DILocation(line: 21, column: 18, scope: !13, atomGroup: 7, atomRank: 2)
!43 = !DILocation(line: 21, column: 13, scope: !13, atomGroup: 7, atomRank: 1)
!44 = !DILocation(line: 22, column: 9, scope: !13)
!45 = !DILocation(line: 22, column: 18, scope: !13)
!46 = !DILocation(line: 22, column: 18, scope: !13, atomGroup: 9, atomRank: 2)
!47 = !DILocation(line: 22, column: 18, scope: !13, atomGroup: 9, atomRank: 1)
!48 = !DILocation(line: 22, column: 38, scope: !13)
!49 = !DILocation(line: 22, column: 22, scope: !13)
!50 = !DILocation(line: 22, column: 18, scope: !13, atomGroup: 8, atomRank: 2)
!51 = !DILocation(line: 22, column: 13, scope: !13, atomGroup: 8, atomRank: 1)
!52 = !DILocation(line: 23, column: 9, scope: !13)
!53 = !DILocation(line: 23, column: 18, scope: !13)
!54 = !DILocation(line: 23, column: 18, scope: !13, atomGroup: 11, atomRank: 2)
!55 = !DILocation(line: 23, column: 18, scope: !13, atomGroup: 11, atomRank: 1)
!56 = !DILocation(line: 23, column: 38, scope: !13)
!57 = !DILocation(line: 23, column: 22, scope: !13)
!58 = !DILocation(line: 23, column: 18, scope: !13, atomGroup: 10, atomRank: 2)
!59 = !DILocation(line: 23, column: 13, scope: !13, atomGroup: 10, atomRank: 1)
!60 = !DILocation(line: 24, column: 13, scope: !13)
!61 = !DILocation(line: 24, column: 34, scope: !13)
!62 = !DILocation(line: 24, column: 19, scope: !13)
!63 = !DILocation(line: 24, column: 16, scope: !13, atomGroup: 12, atomRank: 2)
!64 = !DILocation(line: 24, column: 16, scope: !13, atomGroup: 12, atomRank: 1)
!65 = !DILocation(line: 24, column: 71, scope: !13)
!66 = !DILocation(line: 24, column: 38, scope: !13)
!67 = !DILocation(line: 25, column: 15, scope: !13)
!68 = !DILocation(line: 25, column: 19, scope: !13)
!69 = !DILocation(line: 25, column: 37, scope: !13)
!70 = !DILocation(line: 25, column: 40, scope: !13)
!71 = !DILocation(line: 25, column: 50, scope: !13)
!72 = !DILocation(line: 25, column: 53, scope: !13)
!73 = !DILocation(line: 25, column: 48, scope: !13)
!74 = !DILocation(line: 25, column: 61, scope: !13)
!75 = !DILocation(line: 25, column: 59, scope: !13)
!76 = !DILocation(line: 25, column: 26, scope: !13)
!77 = !DILocation(line: 25, column: 24, scope: !13, atomGroup: 13, atomRank: 2)
!78 = !DILocation(line: 25, column: 13, scope: !13, atomGroup: 13, atomRank: 1)
!79 = !DILocation(line: 26, column: 23, scope: !13)
!80 = !DILocation(line: 26, column: 26, scope: !13)
!81 = !DILocation(line: 26, column: 16, scope: !13)
!82 = !DILocation(line: 26, column: 48, scope: !13)
!83 = !DILocation(line: 26, column: 38, scope: !13)
!84 = !DILocation(line: 26, column: 51, scope: !13)
!85 = !DILocation(line: 26, column: 53, scope: !13)
!86 = !DILocation(line: 26, column: 31, scope: !13)
!87 = !DILocation(line: 26, column: 29, scope: !13)
!88 = !DILocation(line: 26, column: 13, scope: !13)
!89 = !DILocation(line: 26, column: 13, scope: !13, atomGroup: 14, atomRank: 2)
!90 = !DILocation(line: 26, column: 13, scope: !13, atomGroup: 14, atomRank: 1)
!91 = !DILocation(line: 27, column: 34, scope: !13)
!92 = !DILocation(line: 27, column: 16, scope: !13)
!93 = !DILocation(line: 27, column: 56, scope: !13)
!94 = !DILocation(line: 27, column: 58, scope: !13)
!95 = !DILocation(line: 27, column: 45, scope: !13)
!96 = !DILocation(line: 27, column: 39, scope: !13)
!97 = !DILocation(line: 27, column: 37, scope: !13)
!98 = !DILocation(line: 27, column: 13, scope: !13)
!99 = !DILocation(line: 27, column: 13, scope: !13, atomGroup: 15, atomRank: 2)
!100 = !DILocation(line: 27, column: 13, scope: !13, atomGroup: 15, atomRank: 1)
!101 = !DILocation(line: 28, column: 45, scope: !13)
!102 = !DILocation(line: 28, column: 26, scope: !13)
!103 = !DILocation(line: 28, column: 16, scope: !13)
!104 = !DILocation(line: 28, column: 87, scope: !13)
!105 = !DILocation(line: 28, column: 60, scope: !13)
!106 = !DILocation(line: 28, column: 50, scope: !13)
!107 = !DILocation(line: 28, column: 48, scope: !13)
!108 = !DILocation(line: 28, column: 13, scope: !13)
!109 = !DILocation(line: 28, column: 13, scope: !13, atomGroup: 16, atomRank: 2)
!110 = !DILocation(line: 28, column: 13, scope: !13, atomGroup: 16, atomRank: 1)
!111 = !DILocation(line: 29, column: 5, scope: !13)
!112 = !DILocation(line: 29, column: 5, scope: !13, atomGroup: 18, atomRank: 1)
!113 = !DILocation(line: 19, column: 30, scope: !13)
!114 = !DILocation(line: 19, column: 30, scope: !13, atomGroup: 17, atomRank: 2)
!115 = !DILocation(line: 19, column: 30, scope: !13, atomGroup: 17, atomRank: 1)
!116 = distinct !{!116, !27, !111, !117}
!117 = !{!"llvm.loop.mustprogress"}
!118 = !DILocation(line: 30, column: 49, scope: !13)
!119 = !DILocation(line: 30, column: 5, scope: !13)
!120 = !DILocation(line: 31, column: 5, scope: !13)
!121 = !DILocation(line: 31, column: 14, scope: !13, atomGroup: 19, atomRank: 1)
!122 = !{!123, !123, i64 0}
!123 = !{!"short", !11, i64 0}
!124 = !DILocation(line: 32, column: 75, scope: !13)
!125 = !DILocation(line: 32, column: 57, scope: !13)
!126 = !DILocation(line: 32, column: 5, scope: !13)
!127 = !DILocation(line: 35, column: 5, scope: !13)
!128 = !DILocation(line: 35, column: 14, scope: !13, atomGroup: 20, atomRank: 1)
!129 = !DILocation(line: 36, column: 5, scope: !13)
!130 = !DILocation(line: 36, column: 18, scope: !13)
!131 = !DILocation(line: 36, column: 20, scope: !13, atomGroup: 21, atomRank: 2)
!132 = !DILocation(line: 36, column: 14, scope: !13, atomGroup: 21, atomRank: 1)
!133 = !DILocation(line: 36, column: 30, scope: !13)
!134 = !DILocation(line: 36, column: 32, scope: !13)
!135 = !DILocation(line: 36, column: 27, scope: !13)
!136 = !DILocation(line: 36, column: 27, scope: !13, atomGroup: 22, atomRank: 2)
!137 = !DILocation(line: 36, column: 27, scope: !13, atomGroup: 22, atomRank: 1)
!138 = !DILocation(line: 36, column: 43, scope: !13)
!139 = !DILocation(line: 36, column: 45, scope: !13)
!140 = !DILocation(line: 36, column: 40, scope: !13)
!141 = !DILocation(line: 36, column: 40, scope: !13, atomGroup: 23, atomRank: 2)
!142 = !DILocation(line: 36, column: 40, scope: !13, atomGroup: 23, atomRank: 1)
!143 = !DILocation(line: 36, column: 56, scope: !13)
!144 = !DILocation(line: 36, column: 58, scope: !13)
!145 = !DILocation(line: 36, column: 53, scope: !13)
!146 = !DILocation(line: 36, column: 53, scope: !13, atomGroup: 24, atomRank: 2)
!147 = !DILocation(line: 36, column: 53, scope: !13, atomGroup: 24, atomRank: 1)
!148 = !DILocation(line: 36, column: 69, scope: !13)
!149 = !DILocation(line: 36, column: 71, scope: !13)
!150 = !DILocation(line: 36, column: 66, scope: !13)
!151 = !DILocation(line: 36, column: 66, scope: !13, atomGroup: 25, atomRank: 2)
!152 = !DILocation(line: 36, column: 66, scope: !13, atomGroup: 25, atomRank: 1)
!153 = !DILocation(line: 36, column: 82, scope: !13)
!154 = !DILocation(line: 36, column: 84, scope: !13)
!155 = !DILocation(line: 36, column: 79, scope: !13)
!156 = !DILocation(line: 36, column: 79, scope: !13, atomGroup: 26, atomRank: 2)
!157 = !DILocation(line: 36, column: 79, scope: !13, atomGroup: 26, atomRank: 1)
!158 = !DILocation(line: 36, column: 92, scope: !13)
!159 = !DILocation(line: 36, column: 92, scope: !13, atomGroup: 27, atomRank: 2)
!160 = !DILocation(line: 36, column: 92, scope: !13, atomGroup: 27, atomRank: 1)
!161 = !DILocation(line: 37, column: 5, scope: !13)
!162 = !DILocation(line: 37, column: 13, scope: !13, atomGroup: 28, atomRank: 1)
!163 = !DILocation(line: 38, column: 46, scope: !13)
!164 = !DILocation(line: 38, column: 51, scope: !13)
!165 = !DILocation(line: 38, column: 50, scope: !13)
!166 = !DILocation(line: 38, column: 48, scope: !13)
!167 = !DILocation(line: 38, column: 54, scope: !13)
!168 = !DILocation(line: 38, column: 58, scope: !13)
!169 = !DILocation(line: 38, column: 63, scope: !13)
!170 = !DILocation(line: 38, column: 65, scope: !13)
!171 = !DILocation(line: 38, column: 60, scope: !13)
!172 = !DILocation(line: 38, column: 76, scope: !13)
!173 = !DILocation(line: 38, column: 78, scope: !13)
!174 = !DILocation(line: 38, column: 73, scope: !13)
!175 = !DILocation(line: 38, column: 87, scope: !13)
!176 = !DILocation(line: 38, column: 89, scope: !13)
!177 = !DILocation(line: 38, column: 97, scope: !13)
!178 = !DILocation(line: 38, column: 99, scope: !13)
!179 = !DILocation(line: 38, column: 94, scope: !13)
!180 = !DILocation(line: 38, column: 5, scope: !13)
!181 = !DILocation(line: 40, column: 1, scope: !13)
!182 = !DILocation(line: 39, column: 5, scope: !13, atomGroup: 30, atomRank: 1)
!183 = distinct !DISubprogram(name: "popcount_naive", scope: !14, file: !14, line: 15, type: !15, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!184 = !DILocation(line: 15, column: 41, scope: !183)
!185 = !DILocation(line: 15, column: 45, scope: !183, atomGroup: 1, atomRank: 1)
!186 = !DILocation(line: 15, column: 52, scope: !183)
!187 = !DILocation(line: 15, column: 59, scope: !183)
!188 = !DILocation(line: 15, column: 52, scope: !183, atomGroup: 2, atomRank: 1)
!189 = !DILocation(line: 15, column: 52, scope: !183, atomGroup: 3, atomRank: 1)
!190 = !DILocation(line: 15, column: 69, scope: !183)
!191 = !DILocation(line: 15, column: 71, scope: !183)
!192 = !DILocation(line: 15, column: 66, scope: !183)
!193 = !DILocation(line: 15, column: 66, scope: !183, atomGroup: 4, atomRank: 2)
!194 = !DILocation(line: 15, column: 66, scope: !183, atomGroup: 4, atomRank: 1)
!195 = !DILocation(line: 15, column: 77, scope: !183)
!196 = !DILocation(line: 15, column: 77, scope: !183, atomGroup: 5, atomRank: 2)
!197 = !DILocation(line: 15, column: 77, scope: !183, atomGroup: 5, atomRank: 1)
!198 = distinct !{!198, !186, !199, !117}
!199 = !DILocation(line: 15, column: 81, scope: !183)
!200 = !DILocation(line: 15, column: 90, scope: !183, atomGroup: 7, atomRank: 2)
!201 = !DILocation(line: 15, column: 93, scope: !183)
!202 = !DILocation(line: 15, column: 83, scope: !183, atomGroup: 7, atomRank: 1)
!203 = !DISubprogram(name: "printf", scope: !204, file: !204, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!204 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!205 = distinct !DISubprogram(name: "rotr64", scope: !14, file: !14, line: 6, type: !15, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!206 = !DILocation(line: 6, column: 53, scope: !205)
!207 = !DILocation(line: 6, column: 58, scope: !205)
!208 = !DILocation(line: 6, column: 55, scope: !205)
!209 = !DILocation(line: 6, column: 64, scope: !205)
!210 = !DILocation(line: 6, column: 76, scope: !205)
!211 = !DILocation(line: 6, column: 74, scope: !205)
!212 = !DILocation(line: 6, column: 79, scope: !205)
!213 = !DILocation(line: 6, column: 66, scope: !205)
!214 = !DILocation(line: 6, column: 61, scope: !205, atomGroup: 1, atomRank: 2)
!215 = !DILocation(line: 6, column: 45, scope: !205, atomGroup: 1, atomRank: 1)
!216 = distinct !DISubprogram(name: "rotl32", scope: !14, file: !14, line: 5, type: !15, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!217 = !DILocation(line: 5, column: 53, scope: !216)
!218 = !DILocation(line: 5, column: 58, scope: !216)
!219 = !DILocation(line: 5, column: 55, scope: !216)
!220 = !DILocation(line: 5, column: 64, scope: !216)
!221 = !DILocation(line: 5, column: 76, scope: !216)
!222 = !DILocation(line: 5, column: 74, scope: !216)
!223 = !DILocation(line: 5, column: 79, scope: !216)
!224 = !DILocation(line: 5, column: 66, scope: !216)
!225 = !DILocation(line: 5, column: 61, scope: !216, atomGroup: 1, atomRank: 2)
!226 = !DILocation(line: 5, column: 45, scope: !216, atomGroup: 1, atomRank: 1)
!227 = distinct !DISubprogram(name: "rev32", scope: !14, file: !14, line: 8, type: !15, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!228 = !DILocation(line: 9, column: 11, scope: !227)
!229 = !DILocation(line: 9, column: 13, scope: !227)
!230 = !DILocation(line: 9, column: 19, scope: !227)
!231 = !DILocation(line: 9, column: 38, scope: !227)
!232 = !DILocation(line: 9, column: 40, scope: !227)
!233 = !DILocation(line: 9, column: 55, scope: !227)
!234 = !DILocation(line: 9, column: 34, scope: !227, atomGroup: 1, atomRank: 2)
!235 = !DILocation(line: 9, column: 7, scope: !227, atomGroup: 1, atomRank: 1)
!236 = !DILocation(line: 10, column: 11, scope: !227)
!237 = !DILocation(line: 10, column: 13, scope: !227)
!238 = !DILocation(line: 10, column: 19, scope: !227)
!239 = !DILocation(line: 10, column: 38, scope: !227)
!240 = !DILocation(line: 10, column: 40, scope: !227)
!241 = !DILocation(line: 10, column: 55, scope: !227)
!242 = !DILocation(line: 10, column: 34, scope: !227, atomGroup: 2, atomRank: 2)
!243 = !DILocation(line: 10, column: 7, scope: !227, atomGroup: 2, atomRank: 1)
!244 = !DILocation(line: 11, column: 11, scope: !227)
!245 = !DILocation(line: 11, column: 13, scope: !227)
!246 = !DILocation(line: 11, column: 19, scope: !227)
!247 = !DILocation(line: 11, column: 38, scope: !227)
!248 = !DILocation(line: 11, column: 40, scope: !227)
!249 = !DILocation(line: 11, column: 55, scope: !227)
!250 = !DILocation(line: 11, column: 34, scope: !227, atomGroup: 3, atomRank: 2)
!251 = !DILocation(line: 11, column: 7, scope: !227, atomGroup: 3, atomRank: 1)
!252 = !DILocation(line: 12, column: 30, scope: !227)
!253 = !DILocation(line: 12, column: 12, scope: !227, atomGroup: 4, atomRank: 2)
!254 = !DILocation(line: 12, column: 5, scope: !227, atomGroup: 4, atomRank: 1)
