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

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
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
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.msgs, i64 64, i1 false), !dbg !13
  store i32 0, ptr %5, align 4, !dbg !14
  br label %16, !dbg !15

16:                                               ; preds = %57, %0
  %17 = load i32, ptr %5, align 4, !dbg !16
  %18 = icmp slt i32 %17, 8, !dbg !17
  br i1 %18, label %19, label %60, !dbg !18

19:                                               ; preds = %16
  %20 = load i32, ptr %5, align 4, !dbg !19
  %21 = sext i32 %20 to i64, !dbg !20
  %22 = getelementptr inbounds [8 x ptr], ptr %2, i64 0, i64 %21, !dbg !20
  %23 = load ptr, ptr %22, align 8, !dbg !20
  %24 = call i64 @strlen(ptr noundef %23) #5, !dbg !21
  store i64 %24, ptr %6, align 8, !dbg !22
  %25 = load i32, ptr %5, align 4, !dbg !23
  %26 = sext i32 %25 to i64, !dbg !24
  %27 = getelementptr inbounds [8 x ptr], ptr %2, i64 0, i64 %26, !dbg !24
  %28 = load ptr, ptr %27, align 8, !dbg !24
  %29 = load i64, ptr %6, align 8, !dbg !25
  %30 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0, !dbg !26
  %31 = call i64 @b64_enc(ptr noundef %28, i64 noundef %29, ptr noundef %30), !dbg !27
  %32 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0, !dbg !28
  %33 = getelementptr inbounds [256 x i8], ptr %4, i64 0, i64 0, !dbg !29
  %34 = call i64 @b64_dec(ptr noundef %32, ptr noundef %33), !dbg !30
  store i64 %34, ptr %7, align 8, !dbg !31
  %35 = load i32, ptr %5, align 4, !dbg !32
  %36 = sext i32 %35 to i64, !dbg !33
  %37 = getelementptr inbounds [8 x ptr], ptr %2, i64 0, i64 %36, !dbg !33
  %38 = load ptr, ptr %37, align 8, !dbg !33
  %39 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0, !dbg !34
  %40 = load i64, ptr %7, align 8, !dbg !35
  %41 = load i64, ptr %6, align 8, !dbg !36
  %42 = icmp eq i64 %40, %41, !dbg !37
  br i1 %42, label %43, label %53, !dbg !38

43:                                               ; preds = %19
  %44 = getelementptr inbounds [256 x i8], ptr %4, i64 0, i64 0, !dbg !39
  %45 = load i32, ptr %5, align 4, !dbg !40
  %46 = sext i32 %45 to i64, !dbg !41
  %47 = getelementptr inbounds [8 x ptr], ptr %2, i64 0, i64 %46, !dbg !41
  %48 = load ptr, ptr %47, align 8, !dbg !41
  %49 = load i64, ptr %6, align 8, !dbg !42
  %50 = call i32 @memcmp(ptr noundef %44, ptr noundef %48, i64 noundef %49) #5, !dbg !43
  %51 = icmp ne i32 %50, 0, !dbg !44
  %52 = xor i1 %51, true, !dbg !44
  br label %53

53:                                               ; preds = %43, %19
  %54 = phi i1 [ false, %19 ], [ %52, %43 ], !dbg !45
  %55 = zext i1 %54 to i32, !dbg !38
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, ptr noundef %38, ptr noundef %39, i32 noundef %55), !dbg !46
  br label %57, !dbg !47

57:                                               ; preds = %53
  %58 = load i32, ptr %5, align 4, !dbg !48
  %59 = add nsw i32 %58, 1, !dbg !48
  store i32 %59, ptr %5, align 4, !dbg !48
  br label %16, !dbg !18, !llvm.loop !49

60:                                               ; preds = %16
  store i32 0, ptr %8, align 4, !dbg !51
  br label %61, !dbg !52

61:                                               ; preds = %77, %60
  %62 = load i32, ptr %8, align 4, !dbg !53
  %63 = icmp slt i32 %62, 3000, !dbg !54
  br i1 %63, label %64, label %80, !dbg !55

64:                                               ; preds = %61
  %65 = load i32, ptr %8, align 4, !dbg !56
  %66 = sdiv i32 %65, 17, !dbg !57
  %67 = mul nsw i32 %66, 31, !dbg !58
  %68 = load i32, ptr %8, align 4, !dbg !59
  %69 = srem i32 %68, 5, !dbg !60
  %70 = icmp eq i32 %69, 0, !dbg !61
  %71 = zext i1 %70 to i32, !dbg !61
  %72 = add nsw i32 %67, %71, !dbg !62
  %73 = trunc i32 %72 to i8, !dbg !63
  %74 = load i32, ptr %8, align 4, !dbg !64
  %75 = sext i32 %74 to i64, !dbg !65
  %76 = getelementptr inbounds [3000 x i8], ptr @main.data, i64 0, i64 %75, !dbg !65
  store i8 %73, ptr %76, align 1, !dbg !66
  br label %77, !dbg !65

77:                                               ; preds = %64
  %78 = load i32, ptr %8, align 4, !dbg !67
  %79 = add nsw i32 %78, 1, !dbg !67
  store i32 %79, ptr %8, align 4, !dbg !67
  br label %61, !dbg !55, !llvm.loop !68

80:                                               ; preds = %61
  %81 = call i64 @b64_enc(ptr noundef @main.data, i64 noundef 3000, ptr noundef @main.text), !dbg !70
  store i64 %81, ptr %9, align 8, !dbg !71
  %82 = call i64 @b64_dec(ptr noundef @main.text, ptr noundef @main.back), !dbg !72
  store i64 %82, ptr %10, align 8, !dbg !73
  store i32 0, ptr %11, align 4, !dbg !74
  store i64 0, ptr %12, align 8, !dbg !75
  br label %83, !dbg !76

83:                                               ; preds = %95, %80
  %84 = load i64, ptr %12, align 8, !dbg !77
  %85 = load i64, ptr %9, align 8, !dbg !78
  %86 = icmp ult i64 %84, %85, !dbg !79
  br i1 %86, label %87, label %98, !dbg !80

87:                                               ; preds = %83
  %88 = load i32, ptr %11, align 4, !dbg !81
  %89 = mul i32 %88, 31, !dbg !82
  %90 = load i64, ptr %12, align 8, !dbg !83
  %91 = getelementptr inbounds nuw [4100 x i8], ptr @main.text, i64 0, i64 %90, !dbg !84
  %92 = load i8, ptr %91, align 1, !dbg !84
  %93 = zext i8 %92 to i32, !dbg !85
  %94 = add i32 %89, %93, !dbg !86
  store i32 %94, ptr %11, align 4, !dbg !87
  br label %95, !dbg !88

95:                                               ; preds = %87
  %96 = load i64, ptr %12, align 8, !dbg !89
  %97 = add i64 %96, 1, !dbg !89
  store i64 %97, ptr %12, align 8, !dbg !89
  br label %83, !dbg !80, !llvm.loop !90

98:                                               ; preds = %83
  %99 = load i64, ptr %9, align 8, !dbg !92
  %100 = load i64, ptr %10, align 8, !dbg !93
  %101 = call i32 @memcmp(ptr noundef @main.data, ptr noundef @main.back, i64 noundef 3000) #5, !dbg !94
  %102 = icmp ne i32 %101, 0, !dbg !95
  %103 = xor i1 %102, true, !dbg !95
  %104 = zext i1 %103 to i32, !dbg !95
  %105 = load i32, ptr %11, align 4, !dbg !96
  %106 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i64 noundef %99, i64 noundef %100, i32 noundef %104, i32 noundef %105), !dbg !97
  %107 = call i64 @rle(ptr noundef @main.data, i64 noundef 3000, ptr noundef @main.out), !dbg !98
  store i64 %107, ptr %13, align 8, !dbg !99
  store i32 0, ptr %14, align 4, !dbg !100
  store i64 0, ptr %15, align 8, !dbg !101
  br label %108, !dbg !102

108:                                              ; preds = %120, %98
  %109 = load i64, ptr %15, align 8, !dbg !103
  %110 = load i64, ptr %13, align 8, !dbg !104
  %111 = icmp ult i64 %109, %110, !dbg !105
  br i1 %111, label %112, label %123, !dbg !106

112:                                              ; preds = %108
  %113 = load i32, ptr %14, align 4, !dbg !107
  %114 = mul i32 %113, 17, !dbg !108
  %115 = load i64, ptr %15, align 8, !dbg !109
  %116 = getelementptr inbounds nuw [6000 x i8], ptr @main.out, i64 0, i64 %115, !dbg !110
  %117 = load i8, ptr %116, align 1, !dbg !110
  %118 = zext i8 %117 to i32, !dbg !110
  %119 = add i32 %114, %118, !dbg !111
  store i32 %119, ptr %14, align 4, !dbg !112
  br label %120, !dbg !113

120:                                              ; preds = %112
  %121 = load i64, ptr %15, align 8, !dbg !114
  %122 = add i64 %121, 1, !dbg !114
  store i64 %122, ptr %15, align 8, !dbg !114
  br label %108, !dbg !106, !llvm.loop !115

123:                                              ; preds = %108
  %124 = load i64, ptr %13, align 8, !dbg !117
  %125 = load i32, ptr %14, align 4, !dbg !118
  %126 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i64 noundef %124, i32 noundef %125), !dbg !119
  ret i32 0, !dbg !120
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @b64_enc(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 !dbg !121 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i64 0, ptr %7, align 8, !dbg !122
  store i64 0, ptr %8, align 8, !dbg !123
  br label %10, !dbg !124

10:                                               ; preds = %111, %3
  %11 = load i64, ptr %8, align 8, !dbg !125
  %12 = load i64, ptr %5, align 8, !dbg !126
  %13 = icmp ult i64 %11, %12, !dbg !127
  br i1 %13, label %14, label %114, !dbg !128

14:                                               ; preds = %10
  %15 = load ptr, ptr %4, align 8, !dbg !129
  %16 = load i64, ptr %8, align 8, !dbg !130
  %17 = getelementptr inbounds nuw i8, ptr %15, i64 %16, !dbg !129
  %18 = load i8, ptr %17, align 1, !dbg !129
  %19 = zext i8 %18 to i32, !dbg !131
  %20 = shl i32 %19, 16, !dbg !132
  %21 = load i64, ptr %8, align 8, !dbg !133
  %22 = add i64 %21, 1, !dbg !134
  %23 = load i64, ptr %5, align 8, !dbg !135
  %24 = icmp ult i64 %22, %23, !dbg !136
  br i1 %24, label %25, label %33, !dbg !133

25:                                               ; preds = %14
  %26 = load ptr, ptr %4, align 8, !dbg !137
  %27 = load i64, ptr %8, align 8, !dbg !138
  %28 = add i64 %27, 1, !dbg !139
  %29 = getelementptr inbounds nuw i8, ptr %26, i64 %28, !dbg !137
  %30 = load i8, ptr %29, align 1, !dbg !137
  %31 = zext i8 %30 to i32, !dbg !140
  %32 = shl i32 %31, 8, !dbg !141
  br label %34, !dbg !133

33:                                               ; preds = %14
  br label %34, !dbg !133

34:                                               ; preds = %33, %25
  %35 = phi i32 [ %32, %25 ], [ 0, %33 ], !dbg !133
  %36 = or i32 %20, %35, !dbg !142
  %37 = load i64, ptr %8, align 8, !dbg !143
  %38 = add i64 %37, 2, !dbg !144
  %39 = load i64, ptr %5, align 8, !dbg !145
  %40 = icmp ult i64 %38, %39, !dbg !146
  br i1 %40, label %41, label %48, !dbg !143

41:                                               ; preds = %34
  %42 = load ptr, ptr %4, align 8, !dbg !147
  %43 = load i64, ptr %8, align 8, !dbg !148
  %44 = add i64 %43, 2, !dbg !149
  %45 = getelementptr inbounds nuw i8, ptr %42, i64 %44, !dbg !147
  %46 = load i8, ptr %45, align 1, !dbg !147
  %47 = zext i8 %46 to i32, !dbg !147
  br label %49, !dbg !143

48:                                               ; preds = %34
  br label %49, !dbg !143

49:                                               ; preds = %48, %41
  %50 = phi i32 [ %47, %41 ], [ 0, %48 ], !dbg !143
  %51 = or i32 %36, %50, !dbg !150
  store i32 %51, ptr %9, align 4, !dbg !151
  %52 = load i32, ptr %9, align 4, !dbg !152
  %53 = lshr i32 %52, 18, !dbg !153
  %54 = and i32 %53, 63, !dbg !154
  %55 = zext i32 %54 to i64, !dbg !155
  %56 = getelementptr inbounds nuw [65 x i8], ptr @B64, i64 0, i64 %55, !dbg !155
  %57 = load i8, ptr %56, align 1, !dbg !155
  %58 = load ptr, ptr %6, align 8, !dbg !156
  %59 = load i64, ptr %7, align 8, !dbg !157
  %60 = add i64 %59, 1, !dbg !157
  store i64 %60, ptr %7, align 8, !dbg !157
  %61 = getelementptr inbounds nuw i8, ptr %58, i64 %59, !dbg !156
  store i8 %57, ptr %61, align 1, !dbg !158
  %62 = load i32, ptr %9, align 4, !dbg !159
  %63 = lshr i32 %62, 12, !dbg !160
  %64 = and i32 %63, 63, !dbg !161
  %65 = zext i32 %64 to i64, !dbg !162
  %66 = getelementptr inbounds nuw [65 x i8], ptr @B64, i64 0, i64 %65, !dbg !162
  %67 = load i8, ptr %66, align 1, !dbg !162
  %68 = load ptr, ptr %6, align 8, !dbg !163
  %69 = load i64, ptr %7, align 8, !dbg !164
  %70 = add i64 %69, 1, !dbg !164
  store i64 %70, ptr %7, align 8, !dbg !164
  %71 = getelementptr inbounds nuw i8, ptr %68, i64 %69, !dbg !163
  store i8 %67, ptr %71, align 1, !dbg !165
  %72 = load i64, ptr %8, align 8, !dbg !166
  %73 = add i64 %72, 1, !dbg !167
  %74 = load i64, ptr %5, align 8, !dbg !168
  %75 = icmp ult i64 %73, %74, !dbg !169
  br i1 %75, label %76, label %84, !dbg !166

76:                                               ; preds = %49
  %77 = load i32, ptr %9, align 4, !dbg !170
  %78 = lshr i32 %77, 6, !dbg !171
  %79 = and i32 %78, 63, !dbg !172
  %80 = zext i32 %79 to i64, !dbg !173
  %81 = getelementptr inbounds nuw [65 x i8], ptr @B64, i64 0, i64 %80, !dbg !173
  %82 = load i8, ptr %81, align 1, !dbg !173
  %83 = sext i8 %82 to i32, !dbg !173
  br label %85, !dbg !166

84:                                               ; preds = %49
  br label %85, !dbg !166

85:                                               ; preds = %84, %76
  %86 = phi i32 [ %83, %76 ], [ 61, %84 ], !dbg !166
  %87 = trunc i32 %86 to i8, !dbg !166
  %88 = load ptr, ptr %6, align 8, !dbg !174
  %89 = load i64, ptr %7, align 8, !dbg !175
  %90 = add i64 %89, 1, !dbg !175
  store i64 %90, ptr %7, align 8, !dbg !175
  %91 = getelementptr inbounds nuw i8, ptr %88, i64 %89, !dbg !174
  store i8 %87, ptr %91, align 1, !dbg !176
  %92 = load i64, ptr %8, align 8, !dbg !177
  %93 = add i64 %92, 2, !dbg !178
  %94 = load i64, ptr %5, align 8, !dbg !179
  %95 = icmp ult i64 %93, %94, !dbg !180
  br i1 %95, label %96, label %103, !dbg !177

96:                                               ; preds = %85
  %97 = load i32, ptr %9, align 4, !dbg !181
  %98 = and i32 %97, 63, !dbg !182
  %99 = zext i32 %98 to i64, !dbg !183
  %100 = getelementptr inbounds nuw [65 x i8], ptr @B64, i64 0, i64 %99, !dbg !183
  %101 = load i8, ptr %100, align 1, !dbg !183
  %102 = sext i8 %101 to i32, !dbg !183
  br label %104, !dbg !177

103:                                              ; preds = %85
  br label %104, !dbg !177

104:                                              ; preds = %103, %96
  %105 = phi i32 [ %102, %96 ], [ 61, %103 ], !dbg !177
  %106 = trunc i32 %105 to i8, !dbg !177
  %107 = load ptr, ptr %6, align 8, !dbg !184
  %108 = load i64, ptr %7, align 8, !dbg !185
  %109 = add i64 %108, 1, !dbg !185
  store i64 %109, ptr %7, align 8, !dbg !185
  %110 = getelementptr inbounds nuw i8, ptr %107, i64 %108, !dbg !184
  store i8 %106, ptr %110, align 1, !dbg !186
  br label %111, !dbg !187

111:                                              ; preds = %104
  %112 = load i64, ptr %8, align 8, !dbg !188
  %113 = add i64 %112, 3, !dbg !188
  store i64 %113, ptr %8, align 8, !dbg !188
  br label %10, !dbg !128, !llvm.loop !189

114:                                              ; preds = %10
  %115 = load ptr, ptr %6, align 8, !dbg !190
  %116 = load i64, ptr %7, align 8, !dbg !191
  %117 = getelementptr inbounds nuw i8, ptr %115, i64 %116, !dbg !190
  store i8 0, ptr %117, align 1, !dbg !192
  %118 = load i64, ptr %7, align 8, !dbg !193
  ret i64 %118, !dbg !194
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @b64_dec(ptr noundef %0, ptr noundef %1) #0 !dbg !195 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [256 x i8], align 16
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %10 = getelementptr inbounds [256 x i8], ptr %5, i64 0, i64 0, !dbg !196
  call void @llvm.memset.p0.i64(ptr align 16 %10, i8 -1, i64 256, i1 false), !dbg !196
  store i32 0, ptr %6, align 4, !dbg !197
  br label %11, !dbg !198

11:                                               ; preds = %23, %2
  %12 = load i32, ptr %6, align 4, !dbg !199
  %13 = icmp slt i32 %12, 64, !dbg !200
  br i1 %13, label %14, label %26, !dbg !201

14:                                               ; preds = %11
  %15 = load i32, ptr %6, align 4, !dbg !202
  %16 = trunc i32 %15 to i8, !dbg !203
  %17 = load i32, ptr %6, align 4, !dbg !204
  %18 = sext i32 %17 to i64, !dbg !205
  %19 = getelementptr inbounds [65 x i8], ptr @B64, i64 0, i64 %18, !dbg !205
  %20 = load i8, ptr %19, align 1, !dbg !205
  %21 = zext i8 %20 to i64, !dbg !206
  %22 = getelementptr inbounds nuw [256 x i8], ptr %5, i64 0, i64 %21, !dbg !206
  store i8 %16, ptr %22, align 1, !dbg !207
  br label %23, !dbg !206

23:                                               ; preds = %14
  %24 = load i32, ptr %6, align 4, !dbg !208
  %25 = add nsw i32 %24, 1, !dbg !208
  store i32 %25, ptr %6, align 4, !dbg !208
  br label %11, !dbg !201, !llvm.loop !209

26:                                               ; preds = %11
  store i64 0, ptr %7, align 8, !dbg !210
  store i32 0, ptr %8, align 4, !dbg !211
  store i32 0, ptr %9, align 4, !dbg !212
  br label %27, !dbg !213

27:                                               ; preds = %65, %26
  %28 = load ptr, ptr %3, align 8, !dbg !214
  %29 = load i8, ptr %28, align 1, !dbg !215
  %30 = sext i8 %29 to i32, !dbg !215
  %31 = icmp ne i32 %30, 0, !dbg !215
  br i1 %31, label %32, label %37, !dbg !216

32:                                               ; preds = %27
  %33 = load ptr, ptr %3, align 8, !dbg !217
  %34 = load i8, ptr %33, align 1, !dbg !218
  %35 = sext i8 %34 to i32, !dbg !218
  %36 = icmp ne i32 %35, 61, !dbg !219
  br label %37

37:                                               ; preds = %32, %27
  %38 = phi i1 [ false, %27 ], [ %36, %32 ], !dbg !220
  br i1 %38, label %39, label %68, !dbg !213

39:                                               ; preds = %37
  %40 = load i32, ptr %8, align 4, !dbg !221
  %41 = shl i32 %40, 6, !dbg !222
  %42 = load ptr, ptr %3, align 8, !dbg !223
  %43 = load i8, ptr %42, align 1, !dbg !224
  %44 = zext i8 %43 to i64, !dbg !225
  %45 = getelementptr inbounds nuw [256 x i8], ptr %5, i64 0, i64 %44, !dbg !225
  %46 = load i8, ptr %45, align 1, !dbg !225
  %47 = sext i8 %46 to i32, !dbg !226
  %48 = or i32 %41, %47, !dbg !227
  store i32 %48, ptr %8, align 4, !dbg !228
  %49 = load i32, ptr %9, align 4, !dbg !229
  %50 = add nsw i32 %49, 6, !dbg !229
  store i32 %50, ptr %9, align 4, !dbg !229
  %51 = load i32, ptr %9, align 4, !dbg !230
  %52 = icmp sge i32 %51, 8, !dbg !231
  br i1 %52, label %53, label %64, !dbg !231

53:                                               ; preds = %39
  %54 = load i32, ptr %9, align 4, !dbg !232
  %55 = sub nsw i32 %54, 8, !dbg !232
  store i32 %55, ptr %9, align 4, !dbg !232
  %56 = load i32, ptr %8, align 4, !dbg !233
  %57 = load i32, ptr %9, align 4, !dbg !234
  %58 = lshr i32 %56, %57, !dbg !235
  %59 = trunc i32 %58 to i8, !dbg !236
  %60 = load ptr, ptr %4, align 8, !dbg !237
  %61 = load i64, ptr %7, align 8, !dbg !238
  %62 = add i64 %61, 1, !dbg !238
  store i64 %62, ptr %7, align 8, !dbg !238
  %63 = getelementptr inbounds nuw i8, ptr %60, i64 %61, !dbg !237
  store i8 %59, ptr %63, align 1, !dbg !239
  br label %64, !dbg !240

64:                                               ; preds = %53, %39
  br label %65, !dbg !241

65:                                               ; preds = %64
  %66 = load ptr, ptr %3, align 8, !dbg !242
  %67 = getelementptr inbounds nuw i8, ptr %66, i32 1, !dbg !242
  store ptr %67, ptr %3, align 8, !dbg !242
  br label %27, !dbg !213, !llvm.loop !243

68:                                               ; preds = %37
  %69 = load i64, ptr %7, align 8, !dbg !244
  ret i64 %69, !dbg !245
}

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: nounwind willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @rle(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 !dbg !246 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i64 0, ptr %7, align 8, !dbg !247
  store i64 0, ptr %8, align 8, !dbg !248
  br label %10, !dbg !249

10:                                               ; preds = %42, %3
  %11 = load i64, ptr %8, align 8, !dbg !250
  %12 = load i64, ptr %5, align 8, !dbg !251
  %13 = icmp ult i64 %11, %12, !dbg !252
  br i1 %13, label %14, label %60, !dbg !253

14:                                               ; preds = %10
  %15 = load i64, ptr %8, align 8, !dbg !254
  store i64 %15, ptr %9, align 8, !dbg !255
  br label %16, !dbg !256

16:                                               ; preds = %39, %14
  %17 = load i64, ptr %9, align 8, !dbg !257
  %18 = load i64, ptr %5, align 8, !dbg !258
  %19 = icmp ult i64 %17, %18, !dbg !259
  br i1 %19, label %20, label %37, !dbg !260

20:                                               ; preds = %16
  %21 = load ptr, ptr %4, align 8, !dbg !261
  %22 = load i64, ptr %9, align 8, !dbg !262
  %23 = getelementptr inbounds nuw i8, ptr %21, i64 %22, !dbg !261
  %24 = load i8, ptr %23, align 1, !dbg !261
  %25 = zext i8 %24 to i32, !dbg !261
  %26 = load ptr, ptr %4, align 8, !dbg !263
  %27 = load i64, ptr %8, align 8, !dbg !264
  %28 = getelementptr inbounds nuw i8, ptr %26, i64 %27, !dbg !263
  %29 = load i8, ptr %28, align 1, !dbg !263
  %30 = zext i8 %29 to i32, !dbg !263
  %31 = icmp eq i32 %25, %30, !dbg !265
  br i1 %31, label %32, label %37, !dbg !266

32:                                               ; preds = %20
  %33 = load i64, ptr %9, align 8, !dbg !267
  %34 = load i64, ptr %8, align 8, !dbg !268
  %35 = sub i64 %33, %34, !dbg !269
  %36 = icmp ult i64 %35, 255, !dbg !270
  br label %37

37:                                               ; preds = %32, %20, %16
  %38 = phi i1 [ false, %20 ], [ false, %16 ], [ %36, %32 ], !dbg !271
  br i1 %38, label %39, label %42, !dbg !256

39:                                               ; preds = %37
  %40 = load i64, ptr %9, align 8, !dbg !272
  %41 = add i64 %40, 1, !dbg !272
  store i64 %41, ptr %9, align 8, !dbg !272
  br label %16, !dbg !256, !llvm.loop !273

42:                                               ; preds = %37
  %43 = load i64, ptr %9, align 8, !dbg !274
  %44 = load i64, ptr %8, align 8, !dbg !275
  %45 = sub i64 %43, %44, !dbg !276
  %46 = trunc i64 %45 to i8, !dbg !277
  %47 = load ptr, ptr %6, align 8, !dbg !278
  %48 = load i64, ptr %7, align 8, !dbg !279
  %49 = add i64 %48, 1, !dbg !279
  store i64 %49, ptr %7, align 8, !dbg !279
  %50 = getelementptr inbounds nuw i8, ptr %47, i64 %48, !dbg !278
  store i8 %46, ptr %50, align 1, !dbg !280
  %51 = load ptr, ptr %4, align 8, !dbg !281
  %52 = load i64, ptr %8, align 8, !dbg !282
  %53 = getelementptr inbounds nuw i8, ptr %51, i64 %52, !dbg !281
  %54 = load i8, ptr %53, align 1, !dbg !281
  %55 = load ptr, ptr %6, align 8, !dbg !283
  %56 = load i64, ptr %7, align 8, !dbg !284
  %57 = add i64 %56, 1, !dbg !284
  store i64 %57, ptr %7, align 8, !dbg !284
  %58 = getelementptr inbounds nuw i8, ptr %55, i64 %56, !dbg !283
  store i8 %54, ptr %58, align 1, !dbg !285
  %59 = load i64, ptr %9, align 8, !dbg !286
  store i64 %59, ptr %8, align 8, !dbg !287
  br label %10, !dbg !253, !llvm.loop !288

60:                                               ; preds = %10
  %61 = load i64, ptr %7, align 8, !dbg !290
  ret i64 %61, !dbg !291
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "base64.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 32, type: !11, scopeLine: 32, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "base64.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 33, column: 17, scope: !9)
!14 = !DILocation(line: 35, column: 14, scope: !9)
!15 = !DILocation(line: 35, column: 10, scope: !9)
!16 = !DILocation(line: 35, column: 21, scope: !9)
!17 = !DILocation(line: 35, column: 23, scope: !9)
!18 = !DILocation(line: 35, column: 5, scope: !9)
!19 = !DILocation(line: 36, column: 32, scope: !9)
!20 = !DILocation(line: 36, column: 27, scope: !9)
!21 = !DILocation(line: 36, column: 20, scope: !9)
!22 = !DILocation(line: 36, column: 16, scope: !9)
!23 = !DILocation(line: 37, column: 39, scope: !9)
!24 = !DILocation(line: 37, column: 34, scope: !9)
!25 = !DILocation(line: 37, column: 43, scope: !9)
!26 = !DILocation(line: 37, column: 46, scope: !9)
!27 = !DILocation(line: 37, column: 9, scope: !9)
!28 = !DILocation(line: 38, column: 28, scope: !9)
!29 = !DILocation(line: 38, column: 33, scope: !9)
!30 = !DILocation(line: 38, column: 20, scope: !9)
!31 = !DILocation(line: 38, column: 16, scope: !9)
!32 = !DILocation(line: 39, column: 37, scope: !9)
!33 = !DILocation(line: 39, column: 32, scope: !9)
!34 = !DILocation(line: 39, column: 41, scope: !9)
!35 = !DILocation(line: 39, column: 46, scope: !9)
!36 = !DILocation(line: 39, column: 51, scope: !9)
!37 = !DILocation(line: 39, column: 48, scope: !9)
!38 = !DILocation(line: 39, column: 53, scope: !9)
!39 = !DILocation(line: 39, column: 64, scope: !9)
!40 = !DILocation(line: 39, column: 74, scope: !9)
!41 = !DILocation(line: 39, column: 69, scope: !9)
!42 = !DILocation(line: 39, column: 78, scope: !9)
!43 = !DILocation(line: 39, column: 57, scope: !9)
!44 = !DILocation(line: 39, column: 56, scope: !9)
!45 = !DILocation(line: 0, scope: !9)
!46 = !DILocation(line: 39, column: 9, scope: !9)
!47 = !DILocation(line: 40, column: 5, scope: !9)
!48 = !DILocation(line: 35, column: 29, scope: !9)
!49 = distinct !{!49, !18, !47, !50}
!50 = !{!"llvm.loop.mustprogress"}
!51 = !DILocation(line: 42, column: 14, scope: !9)
!52 = !DILocation(line: 42, column: 10, scope: !9)
!53 = !DILocation(line: 42, column: 21, scope: !9)
!54 = !DILocation(line: 42, column: 23, scope: !9)
!55 = !DILocation(line: 42, column: 5, scope: !9)
!56 = !DILocation(line: 42, column: 57, scope: !9)
!57 = !DILocation(line: 42, column: 59, scope: !9)
!58 = !DILocation(line: 42, column: 65, scope: !9)
!59 = !DILocation(line: 42, column: 73, scope: !9)
!60 = !DILocation(line: 42, column: 75, scope: !9)
!61 = !DILocation(line: 42, column: 79, scope: !9)
!62 = !DILocation(line: 42, column: 70, scope: !9)
!63 = !DILocation(line: 42, column: 46, scope: !9)
!64 = !DILocation(line: 42, column: 41, scope: !9)
!65 = !DILocation(line: 42, column: 36, scope: !9)
!66 = !DILocation(line: 42, column: 44, scope: !9)
!67 = !DILocation(line: 42, column: 32, scope: !9)
!68 = distinct !{!68, !55, !69, !50}
!69 = !DILocation(line: 42, column: 84, scope: !9)
!70 = !DILocation(line: 43, column: 17, scope: !9)
!71 = !DILocation(line: 43, column: 12, scope: !9)
!72 = !DILocation(line: 43, column: 49, scope: !9)
!73 = !DILocation(line: 43, column: 44, scope: !9)
!74 = !DILocation(line: 44, column: 14, scope: !9)
!75 = !DILocation(line: 44, column: 33, scope: !9)
!76 = !DILocation(line: 44, column: 26, scope: !9)
!77 = !DILocation(line: 44, column: 40, scope: !9)
!78 = !DILocation(line: 44, column: 44, scope: !9)
!79 = !DILocation(line: 44, column: 42, scope: !9)
!80 = !DILocation(line: 44, column: 21, scope: !9)
!81 = !DILocation(line: 44, column: 57, scope: !9)
!82 = !DILocation(line: 44, column: 59, scope: !9)
!83 = !DILocation(line: 44, column: 86, scope: !9)
!84 = !DILocation(line: 44, column: 81, scope: !9)
!85 = !DILocation(line: 44, column: 66, scope: !9)
!86 = !DILocation(line: 44, column: 64, scope: !9)
!87 = !DILocation(line: 44, column: 55, scope: !9)
!88 = !DILocation(line: 44, column: 53, scope: !9)
!89 = !DILocation(line: 44, column: 49, scope: !9)
!90 = distinct !{!90, !80, !91, !50}
!91 = !DILocation(line: 44, column: 87, scope: !9)
!92 = !DILocation(line: 45, column: 37, scope: !9)
!93 = !DILocation(line: 45, column: 41, scope: !9)
!94 = !DILocation(line: 45, column: 46, scope: !9)
!95 = !DILocation(line: 45, column: 45, scope: !9)
!96 = !DILocation(line: 45, column: 72, scope: !9)
!97 = !DILocation(line: 45, column: 5, scope: !9)
!98 = !DILocation(line: 46, column: 17, scope: !9)
!99 = !DILocation(line: 46, column: 12, scope: !9)
!100 = !DILocation(line: 47, column: 14, scope: !9)
!101 = !DILocation(line: 47, column: 33, scope: !9)
!102 = !DILocation(line: 47, column: 26, scope: !9)
!103 = !DILocation(line: 47, column: 40, scope: !9)
!104 = !DILocation(line: 47, column: 44, scope: !9)
!105 = !DILocation(line: 47, column: 42, scope: !9)
!106 = !DILocation(line: 47, column: 21, scope: !9)
!107 = !DILocation(line: 47, column: 57, scope: !9)
!108 = !DILocation(line: 47, column: 59, scope: !9)
!109 = !DILocation(line: 47, column: 70, scope: !9)
!110 = !DILocation(line: 47, column: 66, scope: !9)
!111 = !DILocation(line: 47, column: 64, scope: !9)
!112 = !DILocation(line: 47, column: 55, scope: !9)
!113 = !DILocation(line: 47, column: 53, scope: !9)
!114 = !DILocation(line: 47, column: 49, scope: !9)
!115 = distinct !{!115, !106, !116, !50}
!116 = !DILocation(line: 47, column: 71, scope: !9)
!117 = !DILocation(line: 48, column: 28, scope: !9)
!118 = !DILocation(line: 48, column: 32, scope: !9)
!119 = !DILocation(line: 48, column: 5, scope: !9)
!120 = !DILocation(line: 49, column: 5, scope: !9)
!121 = distinct !DISubprogram(name: "b64_enc", scope: !10, file: !10, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!122 = !DILocation(line: 8, column: 12, scope: !121)
!123 = !DILocation(line: 9, column: 17, scope: !121)
!124 = !DILocation(line: 9, column: 10, scope: !121)
!125 = !DILocation(line: 9, column: 24, scope: !121)
!126 = !DILocation(line: 9, column: 28, scope: !121)
!127 = !DILocation(line: 9, column: 26, scope: !121)
!128 = !DILocation(line: 9, column: 5, scope: !121)
!129 = !DILocation(line: 10, column: 32, scope: !121)
!130 = !DILocation(line: 10, column: 35, scope: !121)
!131 = !DILocation(line: 10, column: 22, scope: !121)
!132 = !DILocation(line: 10, column: 38, scope: !121)
!133 = !DILocation(line: 10, column: 47, scope: !121)
!134 = !DILocation(line: 10, column: 49, scope: !121)
!135 = !DILocation(line: 10, column: 55, scope: !121)
!136 = !DILocation(line: 10, column: 53, scope: !121)
!137 = !DILocation(line: 10, column: 69, scope: !121)
!138 = !DILocation(line: 10, column: 72, scope: !121)
!139 = !DILocation(line: 10, column: 74, scope: !121)
!140 = !DILocation(line: 10, column: 59, scope: !121)
!141 = !DILocation(line: 10, column: 79, scope: !121)
!142 = !DILocation(line: 10, column: 44, scope: !121)
!143 = !DILocation(line: 10, column: 92, scope: !121)
!144 = !DILocation(line: 10, column: 94, scope: !121)
!145 = !DILocation(line: 10, column: 100, scope: !121)
!146 = !DILocation(line: 10, column: 98, scope: !121)
!147 = !DILocation(line: 10, column: 104, scope: !121)
!148 = !DILocation(line: 10, column: 107, scope: !121)
!149 = !DILocation(line: 10, column: 109, scope: !121)
!150 = !DILocation(line: 10, column: 89, scope: !121)
!151 = !DILocation(line: 10, column: 18, scope: !121)
!152 = !DILocation(line: 11, column: 24, scope: !121)
!153 = !DILocation(line: 11, column: 26, scope: !121)
!154 = !DILocation(line: 11, column: 32, scope: !121)
!155 = !DILocation(line: 11, column: 20, scope: !121)
!156 = !DILocation(line: 11, column: 9, scope: !121)
!157 = !DILocation(line: 11, column: 14, scope: !121)
!158 = !DILocation(line: 11, column: 18, scope: !121)
!159 = !DILocation(line: 11, column: 54, scope: !121)
!160 = !DILocation(line: 11, column: 56, scope: !121)
!161 = !DILocation(line: 11, column: 62, scope: !121)
!162 = !DILocation(line: 11, column: 50, scope: !121)
!163 = !DILocation(line: 11, column: 39, scope: !121)
!164 = !DILocation(line: 11, column: 44, scope: !121)
!165 = !DILocation(line: 11, column: 48, scope: !121)
!166 = !DILocation(line: 12, column: 20, scope: !121)
!167 = !DILocation(line: 12, column: 22, scope: !121)
!168 = !DILocation(line: 12, column: 28, scope: !121)
!169 = !DILocation(line: 12, column: 26, scope: !121)
!170 = !DILocation(line: 12, column: 36, scope: !121)
!171 = !DILocation(line: 12, column: 38, scope: !121)
!172 = !DILocation(line: 12, column: 43, scope: !121)
!173 = !DILocation(line: 12, column: 32, scope: !121)
!174 = !DILocation(line: 12, column: 9, scope: !121)
!175 = !DILocation(line: 12, column: 14, scope: !121)
!176 = !DILocation(line: 12, column: 18, scope: !121)
!177 = !DILocation(line: 12, column: 67, scope: !121)
!178 = !DILocation(line: 12, column: 69, scope: !121)
!179 = !DILocation(line: 12, column: 75, scope: !121)
!180 = !DILocation(line: 12, column: 73, scope: !121)
!181 = !DILocation(line: 12, column: 83, scope: !121)
!182 = !DILocation(line: 12, column: 85, scope: !121)
!183 = !DILocation(line: 12, column: 79, scope: !121)
!184 = !DILocation(line: 12, column: 56, scope: !121)
!185 = !DILocation(line: 12, column: 61, scope: !121)
!186 = !DILocation(line: 12, column: 65, scope: !121)
!187 = !DILocation(line: 13, column: 5, scope: !121)
!188 = !DILocation(line: 9, column: 33, scope: !121)
!189 = distinct !{!189, !128, !187, !50}
!190 = !DILocation(line: 14, column: 5, scope: !121)
!191 = !DILocation(line: 14, column: 9, scope: !121)
!192 = !DILocation(line: 14, column: 12, scope: !121)
!193 = !DILocation(line: 14, column: 24, scope: !121)
!194 = !DILocation(line: 14, column: 17, scope: !121)
!195 = distinct !DISubprogram(name: "b64_dec", scope: !10, file: !10, line: 16, type: !11, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!196 = !DILocation(line: 17, column: 22, scope: !195)
!197 = !DILocation(line: 18, column: 14, scope: !195)
!198 = !DILocation(line: 18, column: 10, scope: !195)
!199 = !DILocation(line: 18, column: 21, scope: !195)
!200 = !DILocation(line: 18, column: 23, scope: !195)
!201 = !DILocation(line: 18, column: 5, scope: !195)
!202 = !DILocation(line: 18, column: 71, scope: !195)
!203 = !DILocation(line: 18, column: 63, scope: !195)
!204 = !DILocation(line: 18, column: 57, scope: !195)
!205 = !DILocation(line: 18, column: 53, scope: !195)
!206 = !DILocation(line: 18, column: 34, scope: !195)
!207 = !DILocation(line: 18, column: 61, scope: !195)
!208 = !DILocation(line: 18, column: 30, scope: !195)
!209 = distinct !{!209, !201, !202, !50}
!210 = !DILocation(line: 19, column: 12, scope: !195)
!211 = !DILocation(line: 19, column: 28, scope: !195)
!212 = !DILocation(line: 19, column: 41, scope: !195)
!213 = !DILocation(line: 20, column: 5, scope: !195)
!214 = !DILocation(line: 20, column: 13, scope: !195)
!215 = !DILocation(line: 20, column: 12, scope: !195)
!216 = !DILocation(line: 20, column: 16, scope: !195)
!217 = !DILocation(line: 20, column: 20, scope: !195)
!218 = !DILocation(line: 20, column: 19, scope: !195)
!219 = !DILocation(line: 20, column: 23, scope: !195)
!220 = !DILocation(line: 0, scope: !195)
!221 = !DILocation(line: 21, column: 15, scope: !195)
!222 = !DILocation(line: 21, column: 19, scope: !195)
!223 = !DILocation(line: 21, column: 56, scope: !195)
!224 = !DILocation(line: 21, column: 55, scope: !195)
!225 = !DILocation(line: 21, column: 36, scope: !195)
!226 = !DILocation(line: 21, column: 26, scope: !195)
!227 = !DILocation(line: 21, column: 24, scope: !195)
!228 = !DILocation(line: 21, column: 13, scope: !195)
!229 = !DILocation(line: 21, column: 66, scope: !195)
!230 = !DILocation(line: 22, column: 13, scope: !195)
!231 = !DILocation(line: 22, column: 18, scope: !195)
!232 = !DILocation(line: 22, column: 31, scope: !195)
!233 = !DILocation(line: 22, column: 58, scope: !195)
!234 = !DILocation(line: 22, column: 65, scope: !195)
!235 = !DILocation(line: 22, column: 62, scope: !195)
!236 = !DILocation(line: 22, column: 48, scope: !195)
!237 = !DILocation(line: 22, column: 37, scope: !195)
!238 = !DILocation(line: 22, column: 42, scope: !195)
!239 = !DILocation(line: 22, column: 46, scope: !195)
!240 = !DILocation(line: 22, column: 72, scope: !195)
!241 = !DILocation(line: 23, column: 5, scope: !195)
!242 = !DILocation(line: 20, column: 33, scope: !195)
!243 = distinct !{!243, !213, !241, !50}
!244 = !DILocation(line: 24, column: 12, scope: !195)
!245 = !DILocation(line: 24, column: 5, scope: !195)
!246 = distinct !DISubprogram(name: "rle", scope: !10, file: !10, line: 26, type: !11, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!247 = !DILocation(line: 27, column: 12, scope: !246)
!248 = !DILocation(line: 28, column: 17, scope: !246)
!249 = !DILocation(line: 28, column: 10, scope: !246)
!250 = !DILocation(line: 28, column: 24, scope: !246)
!251 = !DILocation(line: 28, column: 28, scope: !246)
!252 = !DILocation(line: 28, column: 26, scope: !246)
!253 = !DILocation(line: 28, column: 5, scope: !246)
!254 = !DILocation(line: 28, column: 45, scope: !246)
!255 = !DILocation(line: 28, column: 41, scope: !246)
!256 = !DILocation(line: 28, column: 48, scope: !246)
!257 = !DILocation(line: 28, column: 55, scope: !246)
!258 = !DILocation(line: 28, column: 59, scope: !246)
!259 = !DILocation(line: 28, column: 57, scope: !246)
!260 = !DILocation(line: 28, column: 61, scope: !246)
!261 = !DILocation(line: 28, column: 64, scope: !246)
!262 = !DILocation(line: 28, column: 67, scope: !246)
!263 = !DILocation(line: 28, column: 73, scope: !246)
!264 = !DILocation(line: 28, column: 76, scope: !246)
!265 = !DILocation(line: 28, column: 70, scope: !246)
!266 = !DILocation(line: 28, column: 79, scope: !246)
!267 = !DILocation(line: 28, column: 82, scope: !246)
!268 = !DILocation(line: 28, column: 86, scope: !246)
!269 = !DILocation(line: 28, column: 84, scope: !246)
!270 = !DILocation(line: 28, column: 88, scope: !246)
!271 = !DILocation(line: 0, scope: !246)
!272 = !DILocation(line: 28, column: 96, scope: !246)
!273 = distinct !{!273, !256, !272, !50}
!274 = !DILocation(line: 28, column: 121, scope: !246)
!275 = !DILocation(line: 28, column: 125, scope: !246)
!276 = !DILocation(line: 28, column: 123, scope: !246)
!277 = !DILocation(line: 28, column: 111, scope: !246)
!278 = !DILocation(line: 28, column: 100, scope: !246)
!279 = !DILocation(line: 28, column: 105, scope: !246)
!280 = !DILocation(line: 28, column: 109, scope: !246)
!281 = !DILocation(line: 28, column: 140, scope: !246)
!282 = !DILocation(line: 28, column: 143, scope: !246)
!283 = !DILocation(line: 28, column: 129, scope: !246)
!284 = !DILocation(line: 28, column: 134, scope: !246)
!285 = !DILocation(line: 28, column: 138, scope: !246)
!286 = !DILocation(line: 28, column: 151, scope: !246)
!287 = !DILocation(line: 28, column: 149, scope: !246)
!288 = distinct !{!288, !253, !289, !50}
!289 = !DILocation(line: 28, column: 154, scope: !246)
!290 = !DILocation(line: 29, column: 12, scope: !246)
!291 = !DILocation(line: 29, column: 5, scope: !246)
