; ModuleID = 'base64.c'
source_filename = "base64.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"f\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"fo\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"foo\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"foob\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"fooba\00", align 1
@.str.6 = private unnamed_addr constant [7 x i8] c"foobar\00", align 1
@.str.7 = private unnamed_addr constant [28 x i8] c"Many hands make light work.\00", align 1
@__const.main.msgs = private unnamed_addr constant [8 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7], align 16
@.str.8 = private unnamed_addr constant [12 x i8] c"[%s] %s %d\0A\00", align 1
@main.data = internal global [3000 x i8] zeroinitializer, align 16
@main.out = internal global [6000 x i8] zeroinitializer, align 16
@main.back = internal global [3000 x i8] zeroinitializer, align 16
@main.text = internal global [4100 x i8] zeroinitializer, align 16
@.str.9 = private unnamed_addr constant [21 x i8] c"bin %zu %zu %d h=%u\0A\00", align 1
@.str.10 = private unnamed_addr constant [12 x i8] c"rle %zu %u\0A\00", align 1
@B64 = internal constant [65 x i8] c"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\00", align 16

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca [8 x ptr], align 16
  %3 = alloca [256 x i8], align 16
  %4 = alloca [256 x i8], align 16
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  %15 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6, !dbg !17
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.msgs, i64 64, i1 false), !dbg !18
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !19
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !20
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !21
  store i32 0, ptr %5, align 4, !dbg !22, !tbaa !9
  br label %16, !dbg !21

16:                                               ; preds = %58, %0
  %17 = load i32, ptr %5, align 4, !dbg !23, !tbaa !9
  %18 = icmp slt i32 %17, 8, !dbg !24
  br i1 %18, label %20, label %19, !dbg !25

19:                                               ; preds = %16
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !26
  br label %61

20:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !27
  %21 = load i32, ptr %5, align 4, !dbg !28, !tbaa !9
  %22 = sext i32 %21 to i64, !dbg !29
  %23 = getelementptr inbounds [8 x ptr], ptr %2, i64 0, i64 %22, !dbg !29
  %24 = load ptr, ptr %23, align 8, !dbg !29, !tbaa !30
  %25 = call i64 @strlen(ptr noundef %24) #7, !dbg !33
  store i64 %25, ptr %6, align 8, !dbg !34, !tbaa !35
  %26 = load i32, ptr %5, align 4, !dbg !37, !tbaa !9
  %27 = sext i32 %26 to i64, !dbg !38
  %28 = getelementptr inbounds [8 x ptr], ptr %2, i64 0, i64 %27, !dbg !38
  %29 = load ptr, ptr %28, align 8, !dbg !38, !tbaa !30
  %30 = load i64, ptr %6, align 8, !dbg !39, !tbaa !35
  %31 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0, !dbg !40
  %32 = call i64 @b64_enc(ptr noundef %29, i64 noundef %30, ptr noundef %31), !dbg !41
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !42
  %33 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0, !dbg !43
  %34 = getelementptr inbounds [256 x i8], ptr %4, i64 0, i64 0, !dbg !44
  %35 = call i64 @b64_dec(ptr noundef %33, ptr noundef %34), !dbg !45
  store i64 %35, ptr %7, align 8, !dbg !46, !tbaa !35
  %36 = load i32, ptr %5, align 4, !dbg !47, !tbaa !9
  %37 = sext i32 %36 to i64, !dbg !48
  %38 = getelementptr inbounds [8 x ptr], ptr %2, i64 0, i64 %37, !dbg !48
  %39 = load ptr, ptr %38, align 8, !dbg !48, !tbaa !30
  %40 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0, !dbg !49
  %41 = load i64, ptr %7, align 8, !dbg !50, !tbaa !35
  %42 = load i64, ptr %6, align 8, !dbg !51, !tbaa !35
  %43 = icmp eq i64 %41, %42, !dbg !52
  br i1 %43, label %44, label %54, !dbg !53

44:                                               ; preds = %20
  %45 = getelementptr inbounds [256 x i8], ptr %4, i64 0, i64 0, !dbg !54
  %46 = load i32, ptr %5, align 4, !dbg !55, !tbaa !9
  %47 = sext i32 %46 to i64, !dbg !56
  %48 = getelementptr inbounds [8 x ptr], ptr %2, i64 0, i64 %47, !dbg !56
  %49 = load ptr, ptr %48, align 8, !dbg !56, !tbaa !30
  %50 = load i64, ptr %6, align 8, !dbg !57, !tbaa !35
  %51 = call i32 @memcmp(ptr noundef %45, ptr noundef %49, i64 noundef %50) #7, !dbg !58
  %52 = icmp ne i32 %51, 0, !dbg !59
  %53 = xor i1 %52, true, !dbg !59
  br label %54

54:                                               ; preds = %44, %20
  %55 = phi i1 [ false, %20 ], [ %53, %44 ], !dbg !60
  %56 = zext i1 %55 to i32, !dbg !61
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, ptr noundef %39, ptr noundef %40, i32 noundef %56), !dbg !62
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !63
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !63
  br label %58, !dbg !64

58:                                               ; preds = %54
  %59 = load i32, ptr %5, align 4, !dbg !65, !tbaa !9
  %60 = add nsw i32 %59, 1, !dbg !66
  store i32 %60, ptr %5, align 4, !dbg !67, !tbaa !9
  br label %16, !dbg !26, !llvm.loop !68

61:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %8) #6, !dbg !70
  store i32 0, ptr %8, align 4, !dbg !71, !tbaa !9
  br label %62, !dbg !70

62:                                               ; preds = %79, %61
  %63 = load i32, ptr %8, align 4, !dbg !72, !tbaa !9
  %64 = icmp slt i32 %63, 3000, !dbg !73
  br i1 %64, label %66, label %65, !dbg !74

65:                                               ; preds = %62
  call void @llvm.lifetime.end.p0(ptr %8) #6, !dbg !75
  br label %82

66:                                               ; preds = %62
  %67 = load i32, ptr %8, align 4, !dbg !76, !tbaa !9
  %68 = sdiv i32 %67, 17, !dbg !77
  %69 = mul nsw i32 %68, 31, !dbg !78
  %70 = load i32, ptr %8, align 4, !dbg !79, !tbaa !9
  %71 = srem i32 %70, 5, !dbg !80
  %72 = icmp eq i32 %71, 0, !dbg !81
  %73 = zext i1 %72 to i32, !dbg !81
  %74 = add nsw i32 %69, %73, !dbg !82
  %75 = trunc i32 %74 to i8, !dbg !83
  %76 = load i32, ptr %8, align 4, !dbg !84, !tbaa !9
  %77 = sext i32 %76 to i64, !dbg !85
  %78 = getelementptr inbounds [3000 x i8], ptr @main.data, i64 0, i64 %77, !dbg !85
  store i8 %75, ptr %78, align 1, !dbg !86, !tbaa !87
  br label %79, !dbg !88

79:                                               ; preds = %66
  %80 = load i32, ptr %8, align 4, !dbg !89, !tbaa !9
  %81 = add nsw i32 %80, 1, !dbg !90
  store i32 %81, ptr %8, align 4, !dbg !91, !tbaa !9
  br label %62, !dbg !75, !llvm.loop !92

82:                                               ; preds = %65
  call void @llvm.lifetime.start.p0(ptr %9) #6, !dbg !94
  %83 = call i64 @b64_enc(ptr noundef @main.data, i64 noundef 3000, ptr noundef @main.text), !dbg !95
  store i64 %83, ptr %9, align 8, !dbg !96, !tbaa !35
  call void @llvm.lifetime.start.p0(ptr %10) #6, !dbg !94
  %84 = call i64 @b64_dec(ptr noundef @main.text, ptr noundef @main.back), !dbg !97
  store i64 %84, ptr %10, align 8, !dbg !98, !tbaa !35
  call void @llvm.lifetime.start.p0(ptr %11) #6, !dbg !99
  store i32 0, ptr %11, align 4, !dbg !100, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %12) #6, !dbg !101
  store i64 0, ptr %12, align 8, !dbg !102, !tbaa !35
  br label %85, !dbg !101

85:                                               ; preds = %98, %82
  %86 = load i64, ptr %12, align 8, !dbg !103, !tbaa !35
  %87 = load i64, ptr %9, align 8, !dbg !104, !tbaa !35
  %88 = icmp ult i64 %86, %87, !dbg !105
  br i1 %88, label %90, label %89, !dbg !106

89:                                               ; preds = %85
  call void @llvm.lifetime.end.p0(ptr %12) #6, !dbg !107
  br label %101

90:                                               ; preds = %85
  %91 = load i32, ptr %11, align 4, !dbg !108, !tbaa !9
  %92 = mul i32 %91, 31, !dbg !109
  %93 = load i64, ptr %12, align 8, !dbg !110, !tbaa !35
  %94 = getelementptr inbounds nuw [4100 x i8], ptr @main.text, i64 0, i64 %93, !dbg !111
  %95 = load i8, ptr %94, align 1, !dbg !111, !tbaa !87
  %96 = zext i8 %95 to i32, !dbg !112
  %97 = add i32 %92, %96, !dbg !113
  store i32 %97, ptr %11, align 4, !dbg !114, !tbaa !9
  br label %98, !dbg !115

98:                                               ; preds = %90
  %99 = load i64, ptr %12, align 8, !dbg !116, !tbaa !35
  %100 = add i64 %99, 1, !dbg !117
  store i64 %100, ptr %12, align 8, !dbg !118, !tbaa !35
  br label %85, !dbg !107, !llvm.loop !119

101:                                              ; preds = %89
  %102 = load i64, ptr %9, align 8, !dbg !121, !tbaa !35
  %103 = load i64, ptr %10, align 8, !dbg !122, !tbaa !35
  %104 = call i32 @memcmp(ptr noundef @main.data, ptr noundef @main.back, i64 noundef 3000) #7, !dbg !123
  %105 = icmp ne i32 %104, 0, !dbg !124
  %106 = xor i1 %105, true, !dbg !124
  %107 = zext i1 %106 to i32, !dbg !124
  %108 = load i32, ptr %11, align 4, !dbg !125, !tbaa !9
  %109 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i64 noundef %102, i64 noundef %103, i32 noundef %107, i32 noundef %108), !dbg !126
  call void @llvm.lifetime.start.p0(ptr %13) #6, !dbg !127
  %110 = call i64 @rle(ptr noundef @main.data, i64 noundef 3000, ptr noundef @main.out), !dbg !128
  store i64 %110, ptr %13, align 8, !dbg !129, !tbaa !35
  call void @llvm.lifetime.start.p0(ptr %14) #6, !dbg !130
  store i32 0, ptr %14, align 4, !dbg !131, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %15) #6, !dbg !132
  store i64 0, ptr %15, align 8, !dbg !133, !tbaa !35
  br label %111, !dbg !132

111:                                              ; preds = %124, %101
  %112 = load i64, ptr %15, align 8, !dbg !134, !tbaa !35
  %113 = load i64, ptr %13, align 8, !dbg !135, !tbaa !35
  %114 = icmp ult i64 %112, %113, !dbg !136
  br i1 %114, label %116, label %115, !dbg !137

115:                                              ; preds = %111
  call void @llvm.lifetime.end.p0(ptr %15) #6, !dbg !138
  br label %127

116:                                              ; preds = %111
  %117 = load i32, ptr %14, align 4, !dbg !139, !tbaa !9
  %118 = mul i32 %117, 17, !dbg !140
  %119 = load i64, ptr %15, align 8, !dbg !141, !tbaa !35
  %120 = getelementptr inbounds nuw [6000 x i8], ptr @main.out, i64 0, i64 %119, !dbg !142
  %121 = load i8, ptr %120, align 1, !dbg !142, !tbaa !87
  %122 = zext i8 %121 to i32, !dbg !142
  %123 = add i32 %118, %122, !dbg !143
  store i32 %123, ptr %14, align 4, !dbg !144, !tbaa !9
  br label %124, !dbg !145

124:                                              ; preds = %116
  %125 = load i64, ptr %15, align 8, !dbg !146, !tbaa !35
  %126 = add i64 %125, 1, !dbg !147
  store i64 %126, ptr %15, align 8, !dbg !148, !tbaa !35
  br label %111, !dbg !138, !llvm.loop !149

127:                                              ; preds = %115
  %128 = load i64, ptr %13, align 8, !dbg !151, !tbaa !35
  %129 = load i32, ptr %14, align 4, !dbg !152, !tbaa !9
  %130 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i64 noundef %128, i32 noundef %129), !dbg !153
  call void @llvm.lifetime.end.p0(ptr %14) #6, !dbg !154
  call void @llvm.lifetime.end.p0(ptr %13) #6, !dbg !154
  call void @llvm.lifetime.end.p0(ptr %11) #6, !dbg !154
  call void @llvm.lifetime.end.p0(ptr %10) #6, !dbg !154
  call void @llvm.lifetime.end.p0(ptr %9) #6, !dbg !154
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !154
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !154
  call void @llvm.lifetime.end.p0(ptr %2) #6, !dbg !154
  ret i32 0, !dbg !155
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !156 i64 @strlen(ptr noundef) #3

; Function Attrs: nounwind uwtable
define internal i64 @b64_enc(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 !dbg !158 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !30
  store i64 %1, ptr %5, align 8, !tbaa !35
  store ptr %2, ptr %6, align 8, !tbaa !30
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !159
  store i64 0, ptr %7, align 8, !dbg !160, !tbaa !35
  call void @llvm.lifetime.start.p0(ptr %8) #6, !dbg !161
  store i64 0, ptr %8, align 8, !dbg !162, !tbaa !35
  br label %10, !dbg !161

10:                                               ; preds = %112, %3
  %11 = load i64, ptr %8, align 8, !dbg !163, !tbaa !35
  %12 = load i64, ptr %5, align 8, !dbg !164, !tbaa !35
  %13 = icmp ult i64 %11, %12, !dbg !165
  br i1 %13, label %15, label %14, !dbg !166

14:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %8) #6, !dbg !167
  br label %115

15:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %9) #6, !dbg !168
  %16 = load ptr, ptr %4, align 8, !dbg !169, !tbaa !30
  %17 = load i64, ptr %8, align 8, !dbg !170, !tbaa !35
  %18 = getelementptr inbounds nuw i8, ptr %16, i64 %17, !dbg !169
  %19 = load i8, ptr %18, align 1, !dbg !169, !tbaa !87
  %20 = zext i8 %19 to i32, !dbg !171
  %21 = shl i32 %20, 16, !dbg !172
  %22 = load i64, ptr %8, align 8, !dbg !173, !tbaa !35
  %23 = add i64 %22, 1, !dbg !174
  %24 = load i64, ptr %5, align 8, !dbg !175, !tbaa !35
  %25 = icmp ult i64 %23, %24, !dbg !176
  br i1 %25, label %26, label %34, !dbg !177

26:                                               ; preds = %15
  %27 = load ptr, ptr %4, align 8, !dbg !178, !tbaa !30
  %28 = load i64, ptr %8, align 8, !dbg !179, !tbaa !35
  %29 = add i64 %28, 1, !dbg !180
  %30 = getelementptr inbounds nuw i8, ptr %27, i64 %29, !dbg !178
  %31 = load i8, ptr %30, align 1, !dbg !178, !tbaa !87
  %32 = zext i8 %31 to i32, !dbg !181
  %33 = shl i32 %32, 8, !dbg !182
  br label %35, !dbg !173

34:                                               ; preds = %15
  br label %35, !dbg !173

35:                                               ; preds = %34, %26
  %36 = phi i32 [ %33, %26 ], [ 0, %34 ], !dbg !173
  %37 = or i32 %21, %36, !dbg !183
  %38 = load i64, ptr %8, align 8, !dbg !184, !tbaa !35
  %39 = add i64 %38, 2, !dbg !185
  %40 = load i64, ptr %5, align 8, !dbg !186, !tbaa !35
  %41 = icmp ult i64 %39, %40, !dbg !187
  br i1 %41, label %42, label %49, !dbg !188

42:                                               ; preds = %35
  %43 = load ptr, ptr %4, align 8, !dbg !189, !tbaa !30
  %44 = load i64, ptr %8, align 8, !dbg !190, !tbaa !35
  %45 = add i64 %44, 2, !dbg !191
  %46 = getelementptr inbounds nuw i8, ptr %43, i64 %45, !dbg !189
  %47 = load i8, ptr %46, align 1, !dbg !189, !tbaa !87
  %48 = zext i8 %47 to i32, !dbg !189
  br label %50, !dbg !184

49:                                               ; preds = %35
  br label %50, !dbg !184

50:                                               ; preds = %49, %42
  %51 = phi i32 [ %48, %42 ], [ 0, %49 ], !dbg !184
  %52 = or i32 %37, %51, !dbg !192
  store i32 %52, ptr %9, align 4, !dbg !193, !tbaa !9
  %53 = load i32, ptr %9, align 4, !dbg !194, !tbaa !9
  %54 = lshr i32 %53, 18, !dbg !195
  %55 = and i32 %54, 63, !dbg !196
  %56 = zext i32 %55 to i64, !dbg !197
  %57 = getelementptr inbounds nuw [65 x i8], ptr @B64, i64 0, i64 %56, !dbg !197
  %58 = load i8, ptr %57, align 1, !dbg !198, !tbaa !87
  %59 = load ptr, ptr %6, align 8, !dbg !199, !tbaa !30
  %60 = load i64, ptr %7, align 8, !dbg !200, !tbaa !35
  %61 = add i64 %60, 1, !dbg !201
  store i64 %61, ptr %7, align 8, !dbg !202, !tbaa !35
  %62 = getelementptr inbounds nuw i8, ptr %59, i64 %60, !dbg !199
  store i8 %58, ptr %62, align 1, !dbg !203, !tbaa !87
  %63 = load i32, ptr %9, align 4, !dbg !204, !tbaa !9
  %64 = lshr i32 %63, 12, !dbg !205
  %65 = and i32 %64, 63, !dbg !206
  %66 = zext i32 %65 to i64, !dbg !207
  %67 = getelementptr inbounds nuw [65 x i8], ptr @B64, i64 0, i64 %66, !dbg !207
  %68 = load i8, ptr %67, align 1, !dbg !208, !tbaa !87
  %69 = load ptr, ptr %6, align 8, !dbg !209, !tbaa !30
  %70 = load i64, ptr %7, align 8, !dbg !210, !tbaa !35
  %71 = add i64 %70, 1, !dbg !211
  store i64 %71, ptr %7, align 8, !dbg !212, !tbaa !35
  %72 = getelementptr inbounds nuw i8, ptr %69, i64 %70, !dbg !209
  store i8 %68, ptr %72, align 1, !dbg !213, !tbaa !87
  %73 = load i64, ptr %8, align 8, !dbg !214, !tbaa !35
  %74 = add i64 %73, 1, !dbg !215
  %75 = load i64, ptr %5, align 8, !dbg !216, !tbaa !35
  %76 = icmp ult i64 %74, %75, !dbg !217
  br i1 %76, label %77, label %85, !dbg !218

77:                                               ; preds = %50
  %78 = load i32, ptr %9, align 4, !dbg !219, !tbaa !9
  %79 = lshr i32 %78, 6, !dbg !220
  %80 = and i32 %79, 63, !dbg !221
  %81 = zext i32 %80 to i64, !dbg !222
  %82 = getelementptr inbounds nuw [65 x i8], ptr @B64, i64 0, i64 %81, !dbg !222
  %83 = load i8, ptr %82, align 1, !dbg !222, !tbaa !87
  %84 = sext i8 %83 to i32, !dbg !222
  br label %86, !dbg !214

85:                                               ; preds = %50
  br label %86, !dbg !214

86:                                               ; preds = %85, %77
  %87 = phi i32 [ %84, %77 ], [ 61, %85 ], !dbg !223
  %88 = trunc i32 %87 to i8, !dbg !224
  %89 = load ptr, ptr %6, align 8, !dbg !225, !tbaa !30
  %90 = load i64, ptr %7, align 8, !dbg !226, !tbaa !35
  %91 = add i64 %90, 1, !dbg !227
  store i64 %91, ptr %7, align 8, !dbg !228, !tbaa !35
  %92 = getelementptr inbounds nuw i8, ptr %89, i64 %90, !dbg !225
  store i8 %88, ptr %92, align 1, !dbg !229, !tbaa !87
  %93 = load i64, ptr %8, align 8, !dbg !230, !tbaa !35
  %94 = add i64 %93, 2, !dbg !231
  %95 = load i64, ptr %5, align 8, !dbg !232, !tbaa !35
  %96 = icmp ult i64 %94, %95, !dbg !233
  br i1 %96, label %97, label %104, !dbg !234

97:                                               ; preds = %86
  %98 = load i32, ptr %9, align 4, !dbg !235, !tbaa !9
  %99 = and i32 %98, 63, !dbg !236
  %100 = zext i32 %99 to i64, !dbg !237
  %101 = getelementptr inbounds nuw [65 x i8], ptr @B64, i64 0, i64 %100, !dbg !237
  %102 = load i8, ptr %101, align 1, !dbg !237, !tbaa !87
  %103 = sext i8 %102 to i32, !dbg !237
  br label %105, !dbg !230

104:                                              ; preds = %86
  br label %105, !dbg !230

105:                                              ; preds = %104, %97
  %106 = phi i32 [ %103, %97 ], [ 61, %104 ], !dbg !238
  %107 = trunc i32 %106 to i8, !dbg !239
  %108 = load ptr, ptr %6, align 8, !dbg !240, !tbaa !30
  %109 = load i64, ptr %7, align 8, !dbg !241, !tbaa !35
  %110 = add i64 %109, 1, !dbg !242
  store i64 %110, ptr %7, align 8, !dbg !243, !tbaa !35
  %111 = getelementptr inbounds nuw i8, ptr %108, i64 %109, !dbg !240
  store i8 %107, ptr %111, align 1, !dbg !244, !tbaa !87
  call void @llvm.lifetime.end.p0(ptr %9) #6, !dbg !245
  br label %112, !dbg !246

112:                                              ; preds = %105
  %113 = load i64, ptr %8, align 8, !dbg !247, !tbaa !35
  %114 = add i64 %113, 3, !dbg !248
  store i64 %114, ptr %8, align 8, !dbg !249, !tbaa !35
  br label %10, !dbg !167, !llvm.loop !250

115:                                              ; preds = %14
  %116 = load ptr, ptr %6, align 8, !dbg !251, !tbaa !30
  %117 = load i64, ptr %7, align 8, !dbg !252, !tbaa !35
  %118 = getelementptr inbounds nuw i8, ptr %116, i64 %117, !dbg !251
  store i8 0, ptr %118, align 1, !dbg !253, !tbaa !87
  %119 = load i64, ptr %7, align 8, !dbg !254, !tbaa !35
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !255
  ret i64 %119, !dbg !256
}

; Function Attrs: nounwind uwtable
define internal i64 @b64_dec(ptr noundef %0, ptr noundef %1) #0 !dbg !257 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [256 x i8], align 16
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !30
  store ptr %1, ptr %4, align 8, !tbaa !30
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !258
  %10 = getelementptr inbounds [256 x i8], ptr %5, i64 0, i64 0, !dbg !259
  call void @llvm.memset.p0.i64(ptr align 16 %10, i8 -1, i64 256, i1 false), !dbg !260
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !261
  store i32 0, ptr %6, align 4, !dbg !262, !tbaa !9
  br label %11, !dbg !261

11:                                               ; preds = %24, %2
  %12 = load i32, ptr %6, align 4, !dbg !263, !tbaa !9
  %13 = icmp slt i32 %12, 64, !dbg !264
  br i1 %13, label %15, label %14, !dbg !265

14:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !266
  br label %27

15:                                               ; preds = %11
  %16 = load i32, ptr %6, align 4, !dbg !267, !tbaa !9
  %17 = trunc i32 %16 to i8, !dbg !268
  %18 = load i32, ptr %6, align 4, !dbg !269, !tbaa !9
  %19 = sext i32 %18 to i64, !dbg !270
  %20 = getelementptr inbounds [65 x i8], ptr @B64, i64 0, i64 %19, !dbg !270
  %21 = load i8, ptr %20, align 1, !dbg !270, !tbaa !87
  %22 = zext i8 %21 to i64, !dbg !271
  %23 = getelementptr inbounds nuw [256 x i8], ptr %5, i64 0, i64 %22, !dbg !271
  store i8 %17, ptr %23, align 1, !dbg !272, !tbaa !87
  br label %24, !dbg !273

24:                                               ; preds = %15
  %25 = load i32, ptr %6, align 4, !dbg !274, !tbaa !9
  %26 = add nsw i32 %25, 1, !dbg !275
  store i32 %26, ptr %6, align 4, !dbg !276, !tbaa !9
  br label %11, !dbg !266, !llvm.loop !277

27:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !279
  store i64 0, ptr %7, align 8, !dbg !280, !tbaa !35
  call void @llvm.lifetime.start.p0(ptr %8) #6, !dbg !281
  store i32 0, ptr %8, align 4, !dbg !282, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #6, !dbg !283
  store i32 0, ptr %9, align 4, !dbg !284, !tbaa !9
  br label %28, !dbg !285

28:                                               ; preds = %66, %27
  %29 = load ptr, ptr %3, align 8, !dbg !286, !tbaa !30
  %30 = load i8, ptr %29, align 1, !dbg !287, !tbaa !87
  %31 = sext i8 %30 to i32, !dbg !287
  %32 = icmp ne i32 %31, 0, !dbg !288
  br i1 %32, label %33, label %38, !dbg !289

33:                                               ; preds = %28
  %34 = load ptr, ptr %3, align 8, !dbg !290, !tbaa !30
  %35 = load i8, ptr %34, align 1, !dbg !291, !tbaa !87
  %36 = sext i8 %35 to i32, !dbg !291
  %37 = icmp ne i32 %36, 61, !dbg !292
  br label %38

38:                                               ; preds = %33, %28
  %39 = phi i1 [ false, %28 ], [ %37, %33 ], !dbg !293
  br i1 %39, label %40, label %69, !dbg !294

40:                                               ; preds = %38
  %41 = load i32, ptr %8, align 4, !dbg !295, !tbaa !9
  %42 = shl i32 %41, 6, !dbg !296
  %43 = load ptr, ptr %3, align 8, !dbg !297, !tbaa !30
  %44 = load i8, ptr %43, align 1, !dbg !298, !tbaa !87
  %45 = zext i8 %44 to i64, !dbg !299
  %46 = getelementptr inbounds nuw [256 x i8], ptr %5, i64 0, i64 %45, !dbg !299
  %47 = load i8, ptr %46, align 1, !dbg !299, !tbaa !87
  %48 = sext i8 %47 to i32, !dbg !300
  %49 = or i32 %42, %48, !dbg !301
  store i32 %49, ptr %8, align 4, !dbg !302, !tbaa !9
  %50 = load i32, ptr %9, align 4, !dbg !303, !tbaa !9
  %51 = add nsw i32 %50, 6, !dbg !304
  store i32 %51, ptr %9, align 4, !dbg !305, !tbaa !9
  %52 = load i32, ptr %9, align 4, !dbg !306, !tbaa !9
  %53 = icmp sge i32 %52, 8, !dbg !307
  br i1 %53, label %54, label %65, !dbg !308

54:                                               ; preds = %40
  %55 = load i32, ptr %9, align 4, !dbg !309, !tbaa !9
  %56 = sub nsw i32 %55, 8, !dbg !310
  store i32 %56, ptr %9, align 4, !dbg !311, !tbaa !9
  %57 = load i32, ptr %8, align 4, !dbg !312, !tbaa !9
  %58 = load i32, ptr %9, align 4, !dbg !313, !tbaa !9
  %59 = lshr i32 %57, %58, !dbg !314
  %60 = trunc i32 %59 to i8, !dbg !315
  %61 = load ptr, ptr %4, align 8, !dbg !316, !tbaa !30
  %62 = load i64, ptr %7, align 8, !dbg !317, !tbaa !35
  %63 = add i64 %62, 1, !dbg !318
  store i64 %63, ptr %7, align 8, !dbg !319, !tbaa !35
  %64 = getelementptr inbounds nuw i8, ptr %61, i64 %62, !dbg !316
  store i8 %60, ptr %64, align 1, !dbg !320, !tbaa !87
  br label %65, !dbg !321

65:                                               ; preds = %54, %40
  br label %66, !dbg !322

66:                                               ; preds = %65
  %67 = load ptr, ptr %3, align 8, !dbg !323, !tbaa !30
  %68 = getelementptr inbounds nuw i8, ptr %67, i32 1, !dbg !324
  store ptr %68, ptr %3, align 8, !dbg !325, !tbaa !30
  br label %28, !dbg !285, !llvm.loop !326

69:                                               ; preds = %38
  %70 = load i64, ptr %7, align 8, !dbg !328, !tbaa !35
  call void @llvm.lifetime.end.p0(ptr %9) #6, !dbg !329
  call void @llvm.lifetime.end.p0(ptr %8) #6, !dbg !329
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !329
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !329
  ret i64 %70, !dbg !330
}

declare !dbg !331 i32 @printf(ptr noundef, ...) #4

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !333 i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal i64 @rle(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 !dbg !334 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !30
  store i64 %1, ptr %5, align 8, !tbaa !35
  store ptr %2, ptr %6, align 8, !tbaa !30
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !335
  store i64 0, ptr %7, align 8, !dbg !336, !tbaa !35
  call void @llvm.lifetime.start.p0(ptr %8) #6, !dbg !337
  store i64 0, ptr %8, align 8, !dbg !338, !tbaa !35
  br label %10, !dbg !337

10:                                               ; preds = %43, %3
  %11 = load i64, ptr %8, align 8, !dbg !339, !tbaa !35
  %12 = load i64, ptr %5, align 8, !dbg !340, !tbaa !35
  %13 = icmp ult i64 %11, %12, !dbg !341
  br i1 %13, label %15, label %14, !dbg !342

14:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %8) #6, !dbg !343
  br label %61

15:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %9) #6, !dbg !344
  %16 = load i64, ptr %8, align 8, !dbg !345, !tbaa !35
  store i64 %16, ptr %9, align 8, !dbg !346, !tbaa !35
  br label %17, !dbg !347

17:                                               ; preds = %40, %15
  %18 = load i64, ptr %9, align 8, !dbg !348, !tbaa !35
  %19 = load i64, ptr %5, align 8, !dbg !349, !tbaa !35
  %20 = icmp ult i64 %18, %19, !dbg !350
  br i1 %20, label %21, label %38, !dbg !351

21:                                               ; preds = %17
  %22 = load ptr, ptr %4, align 8, !dbg !352, !tbaa !30
  %23 = load i64, ptr %9, align 8, !dbg !353, !tbaa !35
  %24 = getelementptr inbounds nuw i8, ptr %22, i64 %23, !dbg !352
  %25 = load i8, ptr %24, align 1, !dbg !352, !tbaa !87
  %26 = zext i8 %25 to i32, !dbg !352
  %27 = load ptr, ptr %4, align 8, !dbg !354, !tbaa !30
  %28 = load i64, ptr %8, align 8, !dbg !355, !tbaa !35
  %29 = getelementptr inbounds nuw i8, ptr %27, i64 %28, !dbg !354
  %30 = load i8, ptr %29, align 1, !dbg !354, !tbaa !87
  %31 = zext i8 %30 to i32, !dbg !354
  %32 = icmp eq i32 %26, %31, !dbg !356
  br i1 %32, label %33, label %38, !dbg !357

33:                                               ; preds = %21
  %34 = load i64, ptr %9, align 8, !dbg !358, !tbaa !35
  %35 = load i64, ptr %8, align 8, !dbg !359, !tbaa !35
  %36 = sub i64 %34, %35, !dbg !360
  %37 = icmp ult i64 %36, 255, !dbg !361
  br label %38

38:                                               ; preds = %33, %21, %17
  %39 = phi i1 [ false, %21 ], [ false, %17 ], [ %37, %33 ], !dbg !362
  br i1 %39, label %40, label %43, !dbg !363

40:                                               ; preds = %38
  %41 = load i64, ptr %9, align 8, !dbg !364, !tbaa !35
  %42 = add i64 %41, 1, !dbg !365
  store i64 %42, ptr %9, align 8, !dbg !366, !tbaa !35
  br label %17, !dbg !347, !llvm.loop !367

43:                                               ; preds = %38
  %44 = load i64, ptr %9, align 8, !dbg !368, !tbaa !35
  %45 = load i64, ptr %8, align 8, !dbg !369, !tbaa !35
  %46 = sub i64 %44, %45, !dbg !370
  %47 = trunc i64 %46 to i8, !dbg !371
  %48 = load ptr, ptr %6, align 8, !dbg !372, !tbaa !30
  %49 = load i64, ptr %7, align 8, !dbg !373, !tbaa !35
  %50 = add i64 %49, 1, !dbg !374
  store i64 %50, ptr %7, align 8, !dbg !375, !tbaa !35
  %51 = getelementptr inbounds nuw i8, ptr %48, i64 %49, !dbg !372
  store i8 %47, ptr %51, align 1, !dbg !376, !tbaa !87
  %52 = load ptr, ptr %4, align 8, !dbg !377, !tbaa !30
  %53 = load i64, ptr %8, align 8, !dbg !378, !tbaa !35
  %54 = getelementptr inbounds nuw i8, ptr %52, i64 %53, !dbg !377
  %55 = load i8, ptr %54, align 1, !dbg !379, !tbaa !87
  %56 = load ptr, ptr %6, align 8, !dbg !380, !tbaa !30
  %57 = load i64, ptr %7, align 8, !dbg !381, !tbaa !35
  %58 = add i64 %57, 1, !dbg !382
  store i64 %58, ptr %7, align 8, !dbg !383, !tbaa !35
  %59 = getelementptr inbounds nuw i8, ptr %56, i64 %57, !dbg !380
  store i8 %55, ptr %59, align 1, !dbg !384, !tbaa !87
  %60 = load i64, ptr %9, align 8, !dbg !385, !tbaa !35
  store i64 %60, ptr %8, align 8, !dbg !386, !tbaa !35
  call void @llvm.lifetime.end.p0(ptr %9) #6, !dbg !387
  br label %10, !dbg !388, !llvm.loop !389

61:                                               ; preds = %14
  %62 = load i64, ptr %7, align 8, !dbg !390, !tbaa !35
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !391
  ret i64 %62, !dbg !392
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #5

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nounwind }
attributes #7 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "base64.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 32, type: !15, scopeLine: 32, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "base64.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 33, column: 5, scope: !13)
!18 = !DILocation(line: 33, column: 17, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !DILocation(line: 34, column: 5, scope: !13)
!20 = !DILocation(line: 34, column: 20, scope: !13)
!21 = !DILocation(line: 35, column: 10, scope: !13)
!22 = !DILocation(line: 35, column: 14, scope: !13, atomGroup: 2, atomRank: 1)
!23 = !DILocation(line: 35, column: 21, scope: !13)
!24 = !DILocation(line: 35, column: 23, scope: !13, atomGroup: 3, atomRank: 1)
!25 = !DILocation(line: 35, column: 5, scope: !13, atomGroup: 4, atomRank: 1)
!26 = !DILocation(line: 35, column: 5, scope: !13)
!27 = !DILocation(line: 36, column: 9, scope: !13)
!28 = !DILocation(line: 36, column: 32, scope: !13)
!29 = !DILocation(line: 36, column: 27, scope: !13)
!30 = !{!31, !31, i64 0}
!31 = !{!"p1 omnipotent char", !32, i64 0}
!32 = !{!"any pointer", !11, i64 0}
!33 = !DILocation(line: 36, column: 20, scope: !13, atomGroup: 5, atomRank: 2)
!34 = !DILocation(line: 36, column: 16, scope: !13, atomGroup: 5, atomRank: 1)
!35 = !{!36, !36, i64 0}
!36 = !{!"long", !11, i64 0}
!37 = !DILocation(line: 37, column: 39, scope: !13)
!38 = !DILocation(line: 37, column: 34, scope: !13)
!39 = !DILocation(line: 37, column: 43, scope: !13)
!40 = !DILocation(line: 37, column: 46, scope: !13)
!41 = !DILocation(line: 37, column: 9, scope: !13)
!42 = !DILocation(line: 38, column: 9, scope: !13)
!43 = !DILocation(line: 38, column: 28, scope: !13)
!44 = !DILocation(line: 38, column: 33, scope: !13)
!45 = !DILocation(line: 38, column: 20, scope: !13, atomGroup: 6, atomRank: 2)
!46 = !DILocation(line: 38, column: 16, scope: !13, atomGroup: 6, atomRank: 1)
!47 = !DILocation(line: 39, column: 37, scope: !13)
!48 = !DILocation(line: 39, column: 32, scope: !13)
!49 = !DILocation(line: 39, column: 41, scope: !13)
!50 = !DILocation(line: 39, column: 46, scope: !13)
!51 = !DILocation(line: 39, column: 51, scope: !13)
!52 = !DILocation(line: 39, column: 48, scope: !13, atomGroup: 7, atomRank: 2)
!53 = !DILocation(line: 39, column: 53, scope: !13, atomGroup: 7, atomRank: 1)
!54 = !DILocation(line: 39, column: 64, scope: !13)
!55 = !DILocation(line: 39, column: 74, scope: !13)
!56 = !DILocation(line: 39, column: 69, scope: !13)
!57 = !DILocation(line: 39, column: 78, scope: !13)
!58 = !DILocation(line: 39, column: 57, scope: !13)
!59 = !DILocation(line: 39, column: 56, scope: !13)
!60 = !DILocation(line: 0, scope: !13)
!61 = !DILocation(line: 39, column: 53, scope: !13)
!62 = !DILocation(line: 39, column: 9, scope: !13)
!63 = !DILocation(line: 40, column: 5, scope: !13)
!64 = !DILocation(line: 40, column: 5, scope: !13, atomGroup: 9, atomRank: 1)
!65 = !DILocation(line: 35, column: 29, scope: !13)
!66 = !DILocation(line: 35, column: 29, scope: !13, atomGroup: 8, atomRank: 2)
!67 = !DILocation(line: 35, column: 29, scope: !13, atomGroup: 8, atomRank: 1)
!68 = distinct !{!68, !26, !63, !69}
!69 = !{!"llvm.loop.mustprogress"}
!70 = !DILocation(line: 42, column: 10, scope: !13)
!71 = !DILocation(line: 42, column: 14, scope: !13, atomGroup: 10, atomRank: 1)
!72 = !DILocation(line: 42, column: 21, scope: !13)
!73 = !DILocation(line: 42, column: 23, scope: !13, atomGroup: 11, atomRank: 1)
!74 = !DILocation(line: 42, column: 5, scope: !13, atomGroup: 12, atomRank: 1)
!75 = !DILocation(line: 42, column: 5, scope: !13)
!76 = !DILocation(line: 42, column: 57, scope: !13)
!77 = !DILocation(line: 42, column: 59, scope: !13)
!78 = !DILocation(line: 42, column: 65, scope: !13)
!79 = !DILocation(line: 42, column: 73, scope: !13)
!80 = !DILocation(line: 42, column: 75, scope: !13)
!81 = !DILocation(line: 42, column: 79, scope: !13)
!82 = !DILocation(line: 42, column: 70, scope: !13, atomGroup: 13, atomRank: 3)
!83 = !DILocation(line: 42, column: 46, scope: !13, atomGroup: 13, atomRank: 2)
!84 = !DILocation(line: 42, column: 41, scope: !13)
!85 = !DILocation(line: 42, column: 36, scope: !13)
!86 = !DILocation(line: 42, column: 44, scope: !13, atomGroup: 13, atomRank: 1)
!87 = !{!11, !11, i64 0}
!88 = !DILocation(line: 42, column: 36, scope: !13, atomGroup: 15, atomRank: 1)
!89 = !DILocation(line: 42, column: 32, scope: !13)
!90 = !DILocation(line: 42, column: 32, scope: !13, atomGroup: 14, atomRank: 2)
!91 = !DILocation(line: 42, column: 32, scope: !13, atomGroup: 14, atomRank: 1)
!92 = distinct !{!92, !75, !93, !69}
!93 = !DILocation(line: 42, column: 84, scope: !13)
!94 = !DILocation(line: 43, column: 5, scope: !13)
!95 = !DILocation(line: 43, column: 17, scope: !13, atomGroup: 16, atomRank: 2)
!96 = !DILocation(line: 43, column: 12, scope: !13, atomGroup: 16, atomRank: 1)
!97 = !DILocation(line: 43, column: 49, scope: !13, atomGroup: 17, atomRank: 2)
!98 = !DILocation(line: 43, column: 44, scope: !13, atomGroup: 17, atomRank: 1)
!99 = !DILocation(line: 44, column: 5, scope: !13)
!100 = !DILocation(line: 44, column: 14, scope: !13, atomGroup: 18, atomRank: 1)
!101 = !DILocation(line: 44, column: 26, scope: !13)
!102 = !DILocation(line: 44, column: 33, scope: !13, atomGroup: 19, atomRank: 1)
!103 = !DILocation(line: 44, column: 40, scope: !13)
!104 = !DILocation(line: 44, column: 44, scope: !13)
!105 = !DILocation(line: 44, column: 42, scope: !13, atomGroup: 20, atomRank: 1)
!106 = !DILocation(line: 44, column: 21, scope: !13, atomGroup: 21, atomRank: 1)
!107 = !DILocation(line: 44, column: 21, scope: !13)
!108 = !DILocation(line: 44, column: 57, scope: !13)
!109 = !DILocation(line: 44, column: 59, scope: !13)
!110 = !DILocation(line: 44, column: 86, scope: !13)
!111 = !DILocation(line: 44, column: 81, scope: !13)
!112 = !DILocation(line: 44, column: 66, scope: !13)
!113 = !DILocation(line: 44, column: 64, scope: !13, atomGroup: 22, atomRank: 2)
!114 = !DILocation(line: 44, column: 55, scope: !13, atomGroup: 22, atomRank: 1)
!115 = !DILocation(line: 44, column: 53, scope: !13, atomGroup: 24, atomRank: 1)
!116 = !DILocation(line: 44, column: 49, scope: !13)
!117 = !DILocation(line: 44, column: 49, scope: !13, atomGroup: 23, atomRank: 2)
!118 = !DILocation(line: 44, column: 49, scope: !13, atomGroup: 23, atomRank: 1)
!119 = distinct !{!119, !107, !120, !69}
!120 = !DILocation(line: 44, column: 87, scope: !13)
!121 = !DILocation(line: 45, column: 37, scope: !13)
!122 = !DILocation(line: 45, column: 41, scope: !13)
!123 = !DILocation(line: 45, column: 46, scope: !13)
!124 = !DILocation(line: 45, column: 45, scope: !13)
!125 = !DILocation(line: 45, column: 72, scope: !13)
!126 = !DILocation(line: 45, column: 5, scope: !13)
!127 = !DILocation(line: 46, column: 5, scope: !13)
!128 = !DILocation(line: 46, column: 17, scope: !13, atomGroup: 25, atomRank: 2)
!129 = !DILocation(line: 46, column: 12, scope: !13, atomGroup: 25, atomRank: 1)
!130 = !DILocation(line: 47, column: 5, scope: !13)
!131 = !DILocation(line: 47, column: 14, scope: !13, atomGroup: 26, atomRank: 1)
!132 = !DILocation(line: 47, column: 26, scope: !13)
!133 = !DILocation(line: 47, column: 33, scope: !13, atomGroup: 27, atomRank: 1)
!134 = !DILocation(line: 47, column: 40, scope: !13)
!135 = !DILocation(line: 47, column: 44, scope: !13)
!136 = !DILocation(line: 47, column: 42, scope: !13, atomGroup: 28, atomRank: 1)
!137 = !DILocation(line: 47, column: 21, scope: !13, atomGroup: 29, atomRank: 1)
!138 = !DILocation(line: 47, column: 21, scope: !13)
!139 = !DILocation(line: 47, column: 57, scope: !13)
!140 = !DILocation(line: 47, column: 59, scope: !13)
!141 = !DILocation(line: 47, column: 70, scope: !13)
!142 = !DILocation(line: 47, column: 66, scope: !13)
!143 = !DILocation(line: 47, column: 64, scope: !13, atomGroup: 30, atomRank: 2)
!144 = !DILocation(line: 47, column: 55, scope: !13, atomGroup: 30, atomRank: 1)
!145 = !DILocation(line: 47, column: 53, scope: !13, atomGroup: 32, atomRank: 1)
!146 = !DILocation(line: 47, column: 49, scope: !13)
!147 = !DILocation(line: 47, column: 49, scope: !13, atomGroup: 31, atomRank: 2)
!148 = !DILocation(line: 47, column: 49, scope: !13, atomGroup: 31, atomRank: 1)
!149 = distinct !{!149, !138, !150, !69}
!150 = !DILocation(line: 47, column: 71, scope: !13)
!151 = !DILocation(line: 48, column: 28, scope: !13)
!152 = !DILocation(line: 48, column: 32, scope: !13)
!153 = !DILocation(line: 48, column: 5, scope: !13)
!154 = !DILocation(line: 50, column: 1, scope: !13)
!155 = !DILocation(line: 49, column: 5, scope: !13, atomGroup: 34, atomRank: 1)
!156 = !DISubprogram(name: "strlen", scope: !157, file: !157, line: 407, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!157 = !DIFile(filename: "/usr/include/string.h", directory: "")
!158 = distinct !DISubprogram(name: "b64_enc", scope: !14, file: !14, line: 7, type: !15, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!159 = !DILocation(line: 8, column: 5, scope: !158)
!160 = !DILocation(line: 8, column: 12, scope: !158, atomGroup: 1, atomRank: 1)
!161 = !DILocation(line: 9, column: 10, scope: !158)
!162 = !DILocation(line: 9, column: 17, scope: !158, atomGroup: 2, atomRank: 1)
!163 = !DILocation(line: 9, column: 24, scope: !158)
!164 = !DILocation(line: 9, column: 28, scope: !158)
!165 = !DILocation(line: 9, column: 26, scope: !158, atomGroup: 3, atomRank: 1)
!166 = !DILocation(line: 9, column: 5, scope: !158, atomGroup: 4, atomRank: 1)
!167 = !DILocation(line: 9, column: 5, scope: !158)
!168 = !DILocation(line: 10, column: 9, scope: !158)
!169 = !DILocation(line: 10, column: 32, scope: !158)
!170 = !DILocation(line: 10, column: 35, scope: !158)
!171 = !DILocation(line: 10, column: 22, scope: !158)
!172 = !DILocation(line: 10, column: 38, scope: !158)
!173 = !DILocation(line: 10, column: 47, scope: !158)
!174 = !DILocation(line: 10, column: 49, scope: !158)
!175 = !DILocation(line: 10, column: 55, scope: !158)
!176 = !DILocation(line: 10, column: 53, scope: !158, atomGroup: 6, atomRank: 2)
!177 = !DILocation(line: 10, column: 47, scope: !158, atomGroup: 6, atomRank: 1)
!178 = !DILocation(line: 10, column: 69, scope: !158)
!179 = !DILocation(line: 10, column: 72, scope: !158)
!180 = !DILocation(line: 10, column: 74, scope: !158)
!181 = !DILocation(line: 10, column: 59, scope: !158)
!182 = !DILocation(line: 10, column: 79, scope: !158)
!183 = !DILocation(line: 10, column: 44, scope: !158)
!184 = !DILocation(line: 10, column: 92, scope: !158)
!185 = !DILocation(line: 10, column: 94, scope: !158)
!186 = !DILocation(line: 10, column: 100, scope: !158)
!187 = !DILocation(line: 10, column: 98, scope: !158, atomGroup: 7, atomRank: 2)
!188 = !DILocation(line: 10, column: 92, scope: !158, atomGroup: 7, atomRank: 1)
!189 = !DILocation(line: 10, column: 104, scope: !158)
!190 = !DILocation(line: 10, column: 107, scope: !158)
!191 = !DILocation(line: 10, column: 109, scope: !158)
!192 = !DILocation(line: 10, column: 89, scope: !158, atomGroup: 5, atomRank: 2)
!193 = !DILocation(line: 10, column: 18, scope: !158, atomGroup: 5, atomRank: 1)
!194 = !DILocation(line: 11, column: 24, scope: !158)
!195 = !DILocation(line: 11, column: 26, scope: !158)
!196 = !DILocation(line: 11, column: 32, scope: !158)
!197 = !DILocation(line: 11, column: 20, scope: !158)
!198 = !DILocation(line: 11, column: 20, scope: !158, atomGroup: 8, atomRank: 2)
!199 = !DILocation(line: 11, column: 9, scope: !158)
!200 = !DILocation(line: 11, column: 14, scope: !158)
!201 = !DILocation(line: 11, column: 14, scope: !158, atomGroup: 9, atomRank: 2)
!202 = !DILocation(line: 11, column: 14, scope: !158, atomGroup: 9, atomRank: 1)
!203 = !DILocation(line: 11, column: 18, scope: !158, atomGroup: 8, atomRank: 1)
!204 = !DILocation(line: 11, column: 54, scope: !158)
!205 = !DILocation(line: 11, column: 56, scope: !158)
!206 = !DILocation(line: 11, column: 62, scope: !158)
!207 = !DILocation(line: 11, column: 50, scope: !158)
!208 = !DILocation(line: 11, column: 50, scope: !158, atomGroup: 10, atomRank: 2)
!209 = !DILocation(line: 11, column: 39, scope: !158)
!210 = !DILocation(line: 11, column: 44, scope: !158)
!211 = !DILocation(line: 11, column: 44, scope: !158, atomGroup: 11, atomRank: 2)
!212 = !DILocation(line: 11, column: 44, scope: !158, atomGroup: 11, atomRank: 1)
!213 = !DILocation(line: 11, column: 48, scope: !158, atomGroup: 10, atomRank: 1)
!214 = !DILocation(line: 12, column: 20, scope: !158)
!215 = !DILocation(line: 12, column: 22, scope: !158)
!216 = !DILocation(line: 12, column: 28, scope: !158)
!217 = !DILocation(line: 12, column: 26, scope: !158, atomGroup: 13, atomRank: 2)
!218 = !DILocation(line: 12, column: 20, scope: !158, atomGroup: 13, atomRank: 1)
!219 = !DILocation(line: 12, column: 36, scope: !158)
!220 = !DILocation(line: 12, column: 38, scope: !158)
!221 = !DILocation(line: 12, column: 43, scope: !158)
!222 = !DILocation(line: 12, column: 32, scope: !158)
!223 = !DILocation(line: 12, column: 20, scope: !158, atomGroup: 12, atomRank: 3)
!224 = !DILocation(line: 12, column: 20, scope: !158, atomGroup: 12, atomRank: 2)
!225 = !DILocation(line: 12, column: 9, scope: !158)
!226 = !DILocation(line: 12, column: 14, scope: !158)
!227 = !DILocation(line: 12, column: 14, scope: !158, atomGroup: 14, atomRank: 2)
!228 = !DILocation(line: 12, column: 14, scope: !158, atomGroup: 14, atomRank: 1)
!229 = !DILocation(line: 12, column: 18, scope: !158, atomGroup: 12, atomRank: 1)
!230 = !DILocation(line: 12, column: 67, scope: !158)
!231 = !DILocation(line: 12, column: 69, scope: !158)
!232 = !DILocation(line: 12, column: 75, scope: !158)
!233 = !DILocation(line: 12, column: 73, scope: !158, atomGroup: 16, atomRank: 2)
!234 = !DILocation(line: 12, column: 67, scope: !158, atomGroup: 16, atomRank: 1)
!235 = !DILocation(line: 12, column: 83, scope: !158)
!236 = !DILocation(line: 12, column: 85, scope: !158)
!237 = !DILocation(line: 12, column: 79, scope: !158)
!238 = !DILocation(line: 12, column: 67, scope: !158, atomGroup: 15, atomRank: 3)
!239 = !DILocation(line: 12, column: 67, scope: !158, atomGroup: 15, atomRank: 2)
!240 = !DILocation(line: 12, column: 56, scope: !158)
!241 = !DILocation(line: 12, column: 61, scope: !158)
!242 = !DILocation(line: 12, column: 61, scope: !158, atomGroup: 17, atomRank: 2)
!243 = !DILocation(line: 12, column: 61, scope: !158, atomGroup: 17, atomRank: 1)
!244 = !DILocation(line: 12, column: 65, scope: !158, atomGroup: 15, atomRank: 1)
!245 = !DILocation(line: 13, column: 5, scope: !158)
!246 = !DILocation(line: 13, column: 5, scope: !158, atomGroup: 19, atomRank: 1)
!247 = !DILocation(line: 9, column: 33, scope: !158)
!248 = !DILocation(line: 9, column: 33, scope: !158, atomGroup: 18, atomRank: 2)
!249 = !DILocation(line: 9, column: 33, scope: !158, atomGroup: 18, atomRank: 1)
!250 = distinct !{!250, !167, !245, !69}
!251 = !DILocation(line: 14, column: 5, scope: !158)
!252 = !DILocation(line: 14, column: 9, scope: !158)
!253 = !DILocation(line: 14, column: 12, scope: !158, atomGroup: 20, atomRank: 1)
!254 = !DILocation(line: 14, column: 24, scope: !158, atomGroup: 22, atomRank: 2)
!255 = !DILocation(line: 15, column: 1, scope: !158)
!256 = !DILocation(line: 14, column: 17, scope: !158, atomGroup: 22, atomRank: 1)
!257 = distinct !DISubprogram(name: "b64_dec", scope: !14, file: !14, line: 16, type: !15, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!258 = !DILocation(line: 17, column: 5, scope: !257)
!259 = !DILocation(line: 17, column: 22, scope: !257)
!260 = !DILocation(line: 17, column: 22, scope: !257, atomGroup: 1, atomRank: 1)
!261 = !DILocation(line: 18, column: 10, scope: !257)
!262 = !DILocation(line: 18, column: 14, scope: !257, atomGroup: 2, atomRank: 1)
!263 = !DILocation(line: 18, column: 21, scope: !257)
!264 = !DILocation(line: 18, column: 23, scope: !257, atomGroup: 3, atomRank: 1)
!265 = !DILocation(line: 18, column: 5, scope: !257, atomGroup: 4, atomRank: 1)
!266 = !DILocation(line: 18, column: 5, scope: !257)
!267 = !DILocation(line: 18, column: 71, scope: !257, atomGroup: 5, atomRank: 3)
!268 = !DILocation(line: 18, column: 63, scope: !257, atomGroup: 5, atomRank: 2)
!269 = !DILocation(line: 18, column: 57, scope: !257)
!270 = !DILocation(line: 18, column: 53, scope: !257)
!271 = !DILocation(line: 18, column: 34, scope: !257)
!272 = !DILocation(line: 18, column: 61, scope: !257, atomGroup: 5, atomRank: 1)
!273 = !DILocation(line: 18, column: 34, scope: !257, atomGroup: 7, atomRank: 1)
!274 = !DILocation(line: 18, column: 30, scope: !257)
!275 = !DILocation(line: 18, column: 30, scope: !257, atomGroup: 6, atomRank: 2)
!276 = !DILocation(line: 18, column: 30, scope: !257, atomGroup: 6, atomRank: 1)
!277 = distinct !{!277, !266, !278, !69}
!278 = !DILocation(line: 18, column: 71, scope: !257)
!279 = !DILocation(line: 19, column: 5, scope: !257)
!280 = !DILocation(line: 19, column: 12, scope: !257, atomGroup: 8, atomRank: 1)
!281 = !DILocation(line: 19, column: 19, scope: !257)
!282 = !DILocation(line: 19, column: 28, scope: !257, atomGroup: 9, atomRank: 1)
!283 = !DILocation(line: 19, column: 37, scope: !257)
!284 = !DILocation(line: 19, column: 41, scope: !257, atomGroup: 10, atomRank: 1)
!285 = !DILocation(line: 20, column: 5, scope: !257)
!286 = !DILocation(line: 20, column: 13, scope: !257)
!287 = !DILocation(line: 20, column: 12, scope: !257)
!288 = !DILocation(line: 20, column: 12, scope: !257, atomGroup: 11, atomRank: 2)
!289 = !DILocation(line: 20, column: 16, scope: !257, atomGroup: 11, atomRank: 1)
!290 = !DILocation(line: 20, column: 20, scope: !257)
!291 = !DILocation(line: 20, column: 19, scope: !257)
!292 = !DILocation(line: 20, column: 23, scope: !257)
!293 = !DILocation(line: 0, scope: !257)
!294 = !DILocation(line: 20, column: 5, scope: !257, atomGroup: 12, atomRank: 1)
!295 = !DILocation(line: 21, column: 15, scope: !257)
!296 = !DILocation(line: 21, column: 19, scope: !257)
!297 = !DILocation(line: 21, column: 56, scope: !257)
!298 = !DILocation(line: 21, column: 55, scope: !257)
!299 = !DILocation(line: 21, column: 36, scope: !257)
!300 = !DILocation(line: 21, column: 26, scope: !257)
!301 = !DILocation(line: 21, column: 24, scope: !257, atomGroup: 13, atomRank: 2)
!302 = !DILocation(line: 21, column: 13, scope: !257, atomGroup: 13, atomRank: 1)
!303 = !DILocation(line: 21, column: 66, scope: !257)
!304 = !DILocation(line: 21, column: 66, scope: !257, atomGroup: 14, atomRank: 2)
!305 = !DILocation(line: 21, column: 66, scope: !257, atomGroup: 14, atomRank: 1)
!306 = !DILocation(line: 22, column: 13, scope: !257)
!307 = !DILocation(line: 22, column: 18, scope: !257, atomGroup: 15, atomRank: 2)
!308 = !DILocation(line: 22, column: 18, scope: !257, atomGroup: 15, atomRank: 1)
!309 = !DILocation(line: 22, column: 31, scope: !257)
!310 = !DILocation(line: 22, column: 31, scope: !257, atomGroup: 16, atomRank: 2)
!311 = !DILocation(line: 22, column: 31, scope: !257, atomGroup: 16, atomRank: 1)
!312 = !DILocation(line: 22, column: 58, scope: !257)
!313 = !DILocation(line: 22, column: 65, scope: !257)
!314 = !DILocation(line: 22, column: 62, scope: !257, atomGroup: 17, atomRank: 3)
!315 = !DILocation(line: 22, column: 48, scope: !257, atomGroup: 17, atomRank: 2)
!316 = !DILocation(line: 22, column: 37, scope: !257)
!317 = !DILocation(line: 22, column: 42, scope: !257)
!318 = !DILocation(line: 22, column: 42, scope: !257, atomGroup: 18, atomRank: 2)
!319 = !DILocation(line: 22, column: 42, scope: !257, atomGroup: 18, atomRank: 1)
!320 = !DILocation(line: 22, column: 46, scope: !257, atomGroup: 17, atomRank: 1)
!321 = !DILocation(line: 22, column: 72, scope: !257)
!322 = !DILocation(line: 23, column: 5, scope: !257, atomGroup: 20, atomRank: 1)
!323 = !DILocation(line: 20, column: 33, scope: !257)
!324 = !DILocation(line: 20, column: 33, scope: !257, atomGroup: 19, atomRank: 2)
!325 = !DILocation(line: 20, column: 33, scope: !257, atomGroup: 19, atomRank: 1)
!326 = distinct !{!326, !285, !327, !69}
!327 = !DILocation(line: 23, column: 5, scope: !257)
!328 = !DILocation(line: 24, column: 12, scope: !257, atomGroup: 22, atomRank: 2)
!329 = !DILocation(line: 25, column: 1, scope: !257)
!330 = !DILocation(line: 24, column: 5, scope: !257, atomGroup: 22, atomRank: 1)
!331 = !DISubprogram(name: "printf", scope: !332, file: !332, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!332 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!333 = !DISubprogram(name: "memcmp", scope: !157, file: !157, line: 64, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!334 = distinct !DISubprogram(name: "rle", scope: !14, file: !14, line: 26, type: !15, scopeLine: 26, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!335 = !DILocation(line: 27, column: 5, scope: !334)
!336 = !DILocation(line: 27, column: 12, scope: !334, atomGroup: 1, atomRank: 1)
!337 = !DILocation(line: 28, column: 10, scope: !334)
!338 = !DILocation(line: 28, column: 17, scope: !334, atomGroup: 2, atomRank: 1)
!339 = !DILocation(line: 28, column: 24, scope: !334)
!340 = !DILocation(line: 28, column: 28, scope: !334)
!341 = !DILocation(line: 28, column: 26, scope: !334, atomGroup: 3, atomRank: 1)
!342 = !DILocation(line: 28, column: 5, scope: !334, atomGroup: 4, atomRank: 1)
!343 = !DILocation(line: 28, column: 5, scope: !334)
!344 = !DILocation(line: 28, column: 34, scope: !334)
!345 = !DILocation(line: 28, column: 45, scope: !334, atomGroup: 5, atomRank: 2)
!346 = !DILocation(line: 28, column: 41, scope: !334, atomGroup: 5, atomRank: 1)
!347 = !DILocation(line: 28, column: 48, scope: !334)
!348 = !DILocation(line: 28, column: 55, scope: !334)
!349 = !DILocation(line: 28, column: 59, scope: !334)
!350 = !DILocation(line: 28, column: 57, scope: !334, atomGroup: 6, atomRank: 2)
!351 = !DILocation(line: 28, column: 61, scope: !334, atomGroup: 6, atomRank: 1)
!352 = !DILocation(line: 28, column: 64, scope: !334)
!353 = !DILocation(line: 28, column: 67, scope: !334)
!354 = !DILocation(line: 28, column: 73, scope: !334)
!355 = !DILocation(line: 28, column: 76, scope: !334)
!356 = !DILocation(line: 28, column: 70, scope: !334, atomGroup: 7, atomRank: 2)
!357 = !DILocation(line: 28, column: 79, scope: !334, atomGroup: 7, atomRank: 1)
!358 = !DILocation(line: 28, column: 82, scope: !334)
!359 = !DILocation(line: 28, column: 86, scope: !334)
!360 = !DILocation(line: 28, column: 84, scope: !334)
!361 = !DILocation(line: 28, column: 88, scope: !334)
!362 = !DILocation(line: 0, scope: !334)
!363 = !DILocation(line: 28, column: 48, scope: !334, atomGroup: 8, atomRank: 1)
!364 = !DILocation(line: 28, column: 96, scope: !334)
!365 = !DILocation(line: 28, column: 96, scope: !334, atomGroup: 9, atomRank: 2)
!366 = !DILocation(line: 28, column: 96, scope: !334, atomGroup: 9, atomRank: 1)
!367 = distinct !{!367, !347, !364, !69}
!368 = !DILocation(line: 28, column: 121, scope: !334)
!369 = !DILocation(line: 28, column: 125, scope: !334)
!370 = !DILocation(line: 28, column: 123, scope: !334, atomGroup: 10, atomRank: 3)
!371 = !DILocation(line: 28, column: 111, scope: !334, atomGroup: 10, atomRank: 2)
!372 = !DILocation(line: 28, column: 100, scope: !334)
!373 = !DILocation(line: 28, column: 105, scope: !334)
!374 = !DILocation(line: 28, column: 105, scope: !334, atomGroup: 11, atomRank: 2)
!375 = !DILocation(line: 28, column: 105, scope: !334, atomGroup: 11, atomRank: 1)
!376 = !DILocation(line: 28, column: 109, scope: !334, atomGroup: 10, atomRank: 1)
!377 = !DILocation(line: 28, column: 140, scope: !334)
!378 = !DILocation(line: 28, column: 143, scope: !334)
!379 = !DILocation(line: 28, column: 140, scope: !334, atomGroup: 12, atomRank: 2)
!380 = !DILocation(line: 28, column: 129, scope: !334)
!381 = !DILocation(line: 28, column: 134, scope: !334)
!382 = !DILocation(line: 28, column: 134, scope: !334, atomGroup: 13, atomRank: 2)
!383 = !DILocation(line: 28, column: 134, scope: !334, atomGroup: 13, atomRank: 1)
!384 = !DILocation(line: 28, column: 138, scope: !334, atomGroup: 12, atomRank: 1)
!385 = !DILocation(line: 28, column: 151, scope: !334, atomGroup: 14, atomRank: 2)
!386 = !DILocation(line: 28, column: 149, scope: !334, atomGroup: 14, atomRank: 1)
!387 = !DILocation(line: 28, column: 154, scope: !334)
!388 = !DILocation(line: 28, column: 5, scope: !334, atomGroup: 15, atomRank: 1)
!389 = distinct !{!389, !343, !387, !69}
!390 = !DILocation(line: 29, column: 12, scope: !334, atomGroup: 17, atomRank: 2)
!391 = !DILocation(line: 30, column: 1, scope: !334)
!392 = !DILocation(line: 29, column: 5, scope: !334, atomGroup: 17, atomRank: 1)
