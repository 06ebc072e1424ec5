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

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca [5 x i64], align 16
  %12 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 16 @bits, i8 0, i64 25001, i1 false), !dbg !13
  call void @mark(i32 noundef 0), !dbg !14
  call void @mark(i32 noundef 1), !dbg !15
  store i32 2, ptr %2, align 4, !dbg !16
  br label %13, !dbg !17

13:                                               ; preds = %37, %0
  %14 = load i32, ptr %2, align 4, !dbg !18
  %15 = load i32, ptr %2, align 4, !dbg !19
  %16 = mul i32 %14, %15, !dbg !20
  %17 = icmp ult i32 %16, 200000, !dbg !21
  br i1 %17, label %18, label %40, !dbg !22

18:                                               ; preds = %13
  %19 = load i32, ptr %2, align 4, !dbg !23
  %20 = call i32 @is_composite(i32 noundef %19), !dbg !24
  %21 = icmp ne i32 %20, 0, !dbg !24
  br i1 %21, label %36, label %22, !dbg !25

22:                                               ; preds = %18
  %23 = load i32, ptr %2, align 4, !dbg !26
  %24 = load i32, ptr %2, align 4, !dbg !27
  %25 = mul i32 %23, %24, !dbg !28
  store i32 %25, ptr %3, align 4, !dbg !29
  br label %26, !dbg !30

26:                                               ; preds = %31, %22
  %27 = load i32, ptr %3, align 4, !dbg !31
  %28 = icmp ult i32 %27, 200000, !dbg !32
  br i1 %28, label %29, label %35, !dbg !33

29:                                               ; preds = %26
  %30 = load i32, ptr %3, align 4, !dbg !34
  call void @mark(i32 noundef %30), !dbg !35
  br label %31, !dbg !35

31:                                               ; preds = %29
  %32 = load i32, ptr %2, align 4, !dbg !36
  %33 = load i32, ptr %3, align 4, !dbg !37
  %34 = add i32 %33, %32, !dbg !37
  store i32 %34, ptr %3, align 4, !dbg !37
  br label %26, !dbg !33, !llvm.loop !38

35:                                               ; preds = %26
  br label %36, !dbg !39

36:                                               ; preds = %35, %18
  br label %37, !dbg !41

37:                                               ; preds = %36
  %38 = load i32, ptr %2, align 4, !dbg !42
  %39 = add i32 %38, 1, !dbg !42
  store i32 %39, ptr %2, align 4, !dbg !42
  br label %13, !dbg !22, !llvm.loop !43

40:                                               ; preds = %13
  store i32 0, ptr %4, align 4, !dbg !44
  store i32 0, ptr %5, align 4, !dbg !45
  store i64 0, ptr %6, align 8, !dbg !46
  store i32 0, ptr %7, align 4, !dbg !47
  store i32 2, ptr %8, align 4, !dbg !48
  br label %41, !dbg !49

41:                                               ; preds = %68, %40
  %42 = load i32, ptr %8, align 4, !dbg !50
  %43 = icmp ult i32 %42, 200000, !dbg !51
  br i1 %43, label %44, label %71, !dbg !52

44:                                               ; preds = %41
  %45 = load i32, ptr %8, align 4, !dbg !53
  %46 = call i32 @is_composite(i32 noundef %45), !dbg !54
  %47 = icmp ne i32 %46, 0, !dbg !54
  br i1 %47, label %67, label %48, !dbg !55

48:                                               ; preds = %44
  %49 = load i32, ptr %4, align 4, !dbg !56
  %50 = add nsw i32 %49, 1, !dbg !56
  store i32 %50, ptr %4, align 4, !dbg !56
  %51 = load i32, ptr %8, align 4, !dbg !57
  %52 = zext i32 %51 to i64, !dbg !57
  %53 = load i64, ptr %6, align 8, !dbg !58
  %54 = add i64 %53, %52, !dbg !58
  store i64 %54, ptr %6, align 8, !dbg !58
  %55 = load i32, ptr %7, align 4, !dbg !59
  %56 = icmp ne i32 %55, 0, !dbg !59
  br i1 %56, label %57, label %65, !dbg !60

57:                                               ; preds = %48
  %58 = load i32, ptr %8, align 4, !dbg !61
  %59 = load i32, ptr %7, align 4, !dbg !62
  %60 = sub i32 %58, %59, !dbg !63
  %61 = icmp eq i32 %60, 2, !dbg !64
  br i1 %61, label %62, label %65, !dbg !60

62:                                               ; preds = %57
  %63 = load i32, ptr %5, align 4, !dbg !65
  %64 = add nsw i32 %63, 1, !dbg !65
  store i32 %64, ptr %5, align 4, !dbg !65
  br label %65, !dbg !66

65:                                               ; preds = %62, %57, %48
  %66 = load i32, ptr %8, align 4, !dbg !67
  store i32 %66, ptr %7, align 4, !dbg !68
  br label %67, !dbg !69

67:                                               ; preds = %65, %44
  br label %68, !dbg !70

68:                                               ; preds = %67
  %69 = load i32, ptr %8, align 4, !dbg !71
  %70 = add i32 %69, 1, !dbg !71
  store i32 %70, ptr %8, align 4, !dbg !71
  br label %41, !dbg !52, !llvm.loop !72

71:                                               ; preds = %41
  %72 = load i32, ptr %4, align 4, !dbg !73
  %73 = load i32, ptr %5, align 4, !dbg !74
  %74 = load i64, ptr %6, align 8, !dbg !75
  %75 = load i32, ptr %7, align 4, !dbg !76
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %72, i32 noundef %73, i64 noundef %74, i32 noundef %75), !dbg !77
  store i32 1, ptr %9, align 4, !dbg !78
  store i32 0, ptr %10, align 4, !dbg !79
  br label %77, !dbg !80

77:                                               ; preds = %93, %71
  %78 = load i32, ptr %10, align 4, !dbg !81
  %79 = icmp ult i32 %78, 20000, !dbg !82
  br i1 %79, label %80, label %96, !dbg !83

80:                                               ; preds = %77
  %81 = load i32, ptr %10, align 4, !dbg !84
  %82 = zext i32 %81 to i64, !dbg !84
  %83 = call i32 @miller_rabin(i64 noundef %82), !dbg !85
  %84 = load i32, ptr %10, align 4, !dbg !86
  %85 = call i32 @is_composite(i32 noundef %84), !dbg !87
  %86 = icmp ne i32 %85, 0, !dbg !88
  %87 = xor i1 %86, true, !dbg !88
  %88 = zext i1 %87 to i32, !dbg !88
  %89 = icmp eq i32 %83, %88, !dbg !89
  %90 = zext i1 %89 to i32, !dbg !89
  %91 = load i32, ptr %9, align 4, !dbg !90
  %92 = and i32 %91, %90, !dbg !90
  store i32 %92, ptr %9, align 4, !dbg !90
  br label %93, !dbg !91

93:                                               ; preds = %80
  %94 = load i32, ptr %10, align 4, !dbg !92
  %95 = add i32 %94, 1, !dbg !92
  store i32 %95, ptr %10, align 4, !dbg !92
  br label %77, !dbg !83, !llvm.loop !93

96:                                               ; preds = %77
  %97 = load i32, ptr %9, align 4, !dbg !95
  %98 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %97), !dbg !96
  call void @llvm.memset.p0.i64(ptr align 16 %11, i8 0, i64 40, i1 false), !dbg !97
  %99 = getelementptr inbounds [5 x i64], ptr %11, i32 0, i32 0, !dbg !97
  store i64 1000000007, ptr %99, align 16, !dbg !97
  %100 = getelementptr inbounds [5 x i64], ptr %11, i32 0, i32 1, !dbg !97
  store i64 998244353, ptr %100, align 8, !dbg !97
  %101 = getelementptr inbounds [5 x i64], ptr %11, i32 0, i32 2, !dbg !97
  store i64 -59, ptr %101, align 16, !dbg !97
  %102 = getelementptr inbounds [5 x i64], ptr %11, i32 0, i32 3, !dbg !97
  store i64 -61, ptr %102, align 8, !dbg !97
  %103 = getelementptr inbounds [5 x i64], ptr %11, i32 0, i32 4, !dbg !97
  store i64 4611686018427387903, ptr %103, align 16, !dbg !97
  store i32 0, ptr %12, align 4, !dbg !98
  br label %104, !dbg !99

104:                                              ; preds = %114, %96
  %105 = load i32, ptr %12, align 4, !dbg !100
  %106 = icmp slt i32 %105, 5, !dbg !101
  br i1 %106, label %107, label %117, !dbg !102

107:                                              ; preds = %104
  %108 = load i32, ptr %12, align 4, !dbg !103
  %109 = sext i32 %108 to i64, !dbg !104
  %110 = getelementptr inbounds [5 x i64], ptr %11, i64 0, i64 %109, !dbg !104
  %111 = load i64, ptr %110, align 8, !dbg !104
  %112 = call i32 @miller_rabin(i64 noundef %111), !dbg !105
  %113 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %112), !dbg !106
  br label %114, !dbg !106

114:                                              ; preds = %107
  %115 = load i32, ptr %12, align 4, !dbg !107
  %116 = add nsw i32 %115, 1, !dbg !107
  store i32 %116, ptr %12, align 4, !dbg !107
  br label %104, !dbg !102, !llvm.loop !108

117:                                              ; preds = %104
  %118 = call i32 (ptr, ...) @printf(ptr noundef @.str.3), !dbg !110
  ret i32 0, !dbg !111
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @mark(i32 noundef %0) #0 !dbg !112 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4, !dbg !113
  %4 = and i32 %3, 7, !dbg !114
  %5 = shl i32 1, %4, !dbg !115
  %6 = trunc i32 %5 to i8, !dbg !116
  %7 = zext i8 %6 to i32, !dbg !116
  %8 = load i32, ptr %2, align 4, !dbg !117
  %9 = lshr i32 %8, 3, !dbg !118
  %10 = zext i32 %9 to i64, !dbg !119
  %11 = getelementptr inbounds nuw [25001 x i8], ptr @bits, i64 0, i64 %10, !dbg !119
  %12 = load i8, ptr %11, align 1, !dbg !120
  %13 = zext i8 %12 to i32, !dbg !120
  %14 = or i32 %13, %7, !dbg !120
  %15 = trunc i32 %14 to i8, !dbg !120
  store i8 %15, ptr %11, align 1, !dbg !120
  ret void, !dbg !121
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @is_composite(i32 noundef %0) #0 !dbg !122 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4, !dbg !123
  %4 = lshr i32 %3, 3, !dbg !124
  %5 = zext i32 %4 to i64, !dbg !125
  %6 = getelementptr inbounds nuw [25001 x i8], ptr @bits, i64 0, i64 %5, !dbg !125
  %7 = load i8, ptr %6, align 1, !dbg !125
  %8 = zext i8 %7 to i32, !dbg !125
  %9 = load i32, ptr %2, align 4, !dbg !126
  %10 = and i32 %9, 7, !dbg !127
  %11 = ashr i32 %8, %10, !dbg !128
  %12 = and i32 %11, 1, !dbg !129
  ret i32 %12, !dbg !130
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @miller_rabin(i64 noundef %0) #0 !dbg !131 {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store i64 %0, ptr %3, align 8
  %11 = load i64, ptr %3, align 8, !dbg !132
  %12 = icmp ult i64 %11, 2, !dbg !133
  br i1 %12, label %13, label %14, !dbg !133

13:                                               ; preds = %1
  store i32 0, ptr %2, align 4, !dbg !134
  br label %87, !dbg !134

14:                                               ; preds = %1
  %15 = load i64, ptr %3, align 8, !dbg !135
  %16 = sub i64 %15, 1, !dbg !136
  store i64 %16, ptr %4, align 8, !dbg !137
  store i32 0, ptr %5, align 4, !dbg !138
  br label %17, !dbg !139

17:                                               ; preds = %22, %14
  %18 = load i64, ptr %4, align 8, !dbg !140
  %19 = and i64 %18, 1, !dbg !141
  %20 = icmp ne i64 %19, 0, !dbg !142
  %21 = xor i1 %20, true, !dbg !142
  br i1 %21, label %22, label %27, !dbg !139

22:                                               ; preds = %17
  %23 = load i64, ptr %4, align 8, !dbg !143
  %24 = lshr i64 %23, 1, !dbg !143
  store i64 %24, ptr %4, align 8, !dbg !143
  %25 = load i32, ptr %5, align 4, !dbg !144
  %26 = add nsw i32 %25, 1, !dbg !144
  store i32 %26, ptr %5, align 4, !dbg !144
  br label %17, !dbg !139, !llvm.loop !145

27:                                               ; preds = %17
  store i32 0, ptr %6, align 4, !dbg !147
  br label %28, !dbg !148

28:                                               ; preds = %83, %27
  %29 = load i32, ptr %6, align 4, !dbg !149
  %30 = icmp slt i32 %29, 12, !dbg !150
  br i1 %30, label %31, label %86, !dbg !151

31:                                               ; preds = %28
  %32 = load i32, ptr %6, align 4, !dbg !152
  %33 = sext i32 %32 to i64, !dbg !153
  %34 = getelementptr inbounds [12 x i64], ptr @miller_rabin.bases, i64 0, i64 %33, !dbg !153
  %35 = load i64, ptr %34, align 8, !dbg !153
  store i64 %35, ptr %7, align 8, !dbg !154
  %36 = load i64, ptr %7, align 8, !dbg !155
  %37 = load i64, ptr %3, align 8, !dbg !156
  %38 = urem i64 %36, %37, !dbg !157
  %39 = icmp eq i64 %38, 0, !dbg !158
  br i1 %39, label %40, label %41, !dbg !158

40:                                               ; preds = %31
  br label %83, !dbg !159

41:                                               ; preds = %31
  %42 = load i64, ptr %7, align 8, !dbg !160
  %43 = load i64, ptr %4, align 8, !dbg !161
  %44 = load i64, ptr %3, align 8, !dbg !162
  %45 = call i64 @powmod(i64 noundef %42, i64 noundef %43, i64 noundef %44), !dbg !163
  store i64 %45, ptr %8, align 8, !dbg !164
  %46 = load i64, ptr %8, align 8, !dbg !165
  %47 = icmp eq i64 %46, 1, !dbg !166
  br i1 %47, label %53, label %48, !dbg !167

48:                                               ; preds = %41
  %49 = load i64, ptr %8, align 8, !dbg !168
  %50 = load i64, ptr %3, align 8, !dbg !169
  %51 = sub i64 %50, 1, !dbg !170
  %52 = icmp eq i64 %49, %51, !dbg !171
  br i1 %52, label %53, label %54, !dbg !167

53:                                               ; preds = %48, %41
  br label %83, !dbg !172

54:                                               ; preds = %48
  store i32 1, ptr %9, align 4, !dbg !173
  store i32 1, ptr %10, align 4, !dbg !174
  br label %55, !dbg !175

55:                                               ; preds = %75, %54
  %56 = load i32, ptr %10, align 4, !dbg !176
  %57 = load i32, ptr %5, align 4, !dbg !177
  %58 = icmp slt i32 %56, %57, !dbg !178
  br i1 %58, label %59, label %78, !dbg !179

59:                                               ; preds = %55
  %60 = load i64, ptr %8, align 8, !dbg !180
  %61 = zext i64 %60 to i128, !dbg !181
  %62 = load i64, ptr %8, align 8, !dbg !182
  %63 = zext i64 %62 to i128, !dbg !182
  %64 = mul i128 %61, %63, !dbg !183
  %65 = load i64, ptr %3, align 8, !dbg !184
  %66 = zext i64 %65 to i128, !dbg !184
  %67 = urem i128 %64, %66, !dbg !185
  %68 = trunc i128 %67 to i64, !dbg !181
  store i64 %68, ptr %8, align 8, !dbg !186
  %69 = load i64, ptr %8, align 8, !dbg !187
  %70 = load i64, ptr %3, align 8, !dbg !188
  %71 = sub i64 %70, 1, !dbg !189
  %72 = icmp eq i64 %69, %71, !dbg !190
  br i1 %72, label %73, label %74, !dbg !190

73:                                               ; preds = %59
  store i32 0, ptr %9, align 4, !dbg !191
  br label %78, !dbg !192

74:                                               ; preds = %59
  br label %75, !dbg !193

75:                                               ; preds = %74
  %76 = load i32, ptr %10, align 4, !dbg !194
  %77 = add nsw i32 %76, 1, !dbg !194
  store i32 %77, ptr %10, align 4, !dbg !194
  br label %55, !dbg !179, !llvm.loop !195

78:                                               ; preds = %73, %55
  %79 = load i32, ptr %9, align 4, !dbg !196
  %80 = icmp ne i32 %79, 0, !dbg !196
  br i1 %80, label %81, label %82, !dbg !196

81:                                               ; preds = %78
  store i32 0, ptr %2, align 4, !dbg !197
  br label %87, !dbg !197

82:                                               ; preds = %78
  br label %83, !dbg !198

83:                                               ; preds = %82, %53, %40
  %84 = load i32, ptr %6, align 4, !dbg !199
  %85 = add nsw i32 %84, 1, !dbg !199
  store i32 %85, ptr %6, align 4, !dbg !199
  br label %28, !dbg !151, !llvm.loop !200

86:                                               ; preds = %28
  store i32 1, ptr %2, align 4, !dbg !201
  br label %87, !dbg !201

87:                                               ; preds = %86, %81, %13
  %88 = load i32, ptr %2, align 4, !dbg !202
  ret i32 %88, !dbg !202
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @powmod(i64 noundef %0, i64 noundef %1, i64 noundef %2) #0 !dbg !203 {
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store i64 %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store i64 %2, ptr %6, align 8
  store i64 1, ptr %7, align 8, !dbg !204
  %8 = load i64, ptr %6, align 8, !dbg !205
  %9 = load i64, ptr %4, align 8, !dbg !206
  %10 = urem i64 %9, %8, !dbg !206
  store i64 %10, ptr %4, align 8, !dbg !206
  br label %11, !dbg !207

11:                                               ; preds = %28, %3
  %12 = load i64, ptr %5, align 8, !dbg !208
  %13 = icmp ne i64 %12, 0, !dbg !207
  br i1 %13, label %14, label %40, !dbg !207

14:                                               ; preds = %11
  %15 = load i64, ptr %5, align 8, !dbg !209
  %16 = and i64 %15, 1, !dbg !210
  %17 = icmp ne i64 %16, 0, !dbg !210
  br i1 %17, label %18, label %28, !dbg !210

18:                                               ; preds = %14
  %19 = load i64, ptr %7, align 8, !dbg !211
  %20 = zext i64 %19 to i128, !dbg !212
  %21 = load i64, ptr %4, align 8, !dbg !213
  %22 = zext i64 %21 to i128, !dbg !213
  %23 = mul i128 %20, %22, !dbg !214
  %24 = load i64, ptr %6, align 8, !dbg !215
  %25 = zext i64 %24 to i128, !dbg !215
  %26 = urem i128 %23, %25, !dbg !216
  %27 = trunc i128 %26 to i64, !dbg !212
  store i64 %27, ptr %7, align 8, !dbg !217
  br label %28, !dbg !218

28:                                               ; preds = %18, %14
  %29 = load i64, ptr %4, align 8, !dbg !219
  %30 = zext i64 %29 to i128, !dbg !220
  %31 = load i64, ptr %4, align 8, !dbg !221
  %32 = zext i64 %31 to i128, !dbg !221
  %33 = mul i128 %30, %32, !dbg !222
  %34 = load i64, ptr %6, align 8, !dbg !223
  %35 = zext i64 %34 to i128, !dbg !223
  %36 = urem i128 %33, %35, !dbg !224
  %37 = trunc i128 %36 to i64, !dbg !220
  store i64 %37, ptr %4, align 8, !dbg !225
  %38 = load i64, ptr %5, align 8, !dbg !226
  %39 = lshr i64 %38, 1, !dbg !226
  store i64 %39, ptr %5, align 8, !dbg !226
  br label %11, !dbg !207, !llvm.loop !227

40:                                               ; preds = %11
  %41 = load i64, ptr %7, align 8, !dbg !229
  ret i64 %41, !dbg !230
}

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "sieve.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 29, type: !11, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "sieve.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 30, column: 5, scope: !9)
!14 = !DILocation(line: 30, column: 35, scope: !9)
!15 = !DILocation(line: 30, column: 44, scope: !9)
!16 = !DILocation(line: 31, column: 19, scope: !9)
!17 = !DILocation(line: 31, column: 10, scope: !9)
!18 = !DILocation(line: 31, column: 26, scope: !9)
!19 = !DILocation(line: 31, column: 30, scope: !9)
!20 = !DILocation(line: 31, column: 28, scope: !9)
!21 = !DILocation(line: 31, column: 32, scope: !9)
!22 = !DILocation(line: 31, column: 5, scope: !9)
!23 = !DILocation(line: 31, column: 64, scope: !9)
!24 = !DILocation(line: 31, column: 51, scope: !9)
!25 = !DILocation(line: 31, column: 50, scope: !9)
!26 = !DILocation(line: 31, column: 86, scope: !9)
!27 = !DILocation(line: 31, column: 90, scope: !9)
!28 = !DILocation(line: 31, column: 88, scope: !9)
!29 = !DILocation(line: 31, column: 82, scope: !9)
!30 = !DILocation(line: 31, column: 73, scope: !9)
!31 = !DILocation(line: 31, column: 93, scope: !9)
!32 = !DILocation(line: 31, column: 95, scope: !9)
!33 = !DILocation(line: 31, column: 68, scope: !9)
!34 = !DILocation(line: 31, column: 117, scope: !9)
!35 = !DILocation(line: 31, column: 112, scope: !9)
!36 = !DILocation(line: 31, column: 109, scope: !9)
!37 = !DILocation(line: 31, column: 106, scope: !9)
!38 = distinct !{!38, !33, !39, !40}
!39 = !DILocation(line: 31, column: 118, scope: !9)
!40 = !{!"llvm.loop.mustprogress"}
!41 = !DILocation(line: 31, column: 65, scope: !9)
!42 = !DILocation(line: 31, column: 42, scope: !9)
!43 = distinct !{!43, !22, !39, !40}
!44 = !DILocation(line: 32, column: 9, scope: !9)
!45 = !DILocation(line: 32, column: 20, scope: !9)
!46 = !DILocation(line: 32, column: 40, scope: !9)
!47 = !DILocation(line: 32, column: 58, scope: !9)
!48 = !DILocation(line: 33, column: 19, scope: !9)
!49 = !DILocation(line: 33, column: 10, scope: !9)
!50 = !DILocation(line: 33, column: 26, scope: !9)
!51 = !DILocation(line: 33, column: 28, scope: !9)
!52 = !DILocation(line: 33, column: 5, scope: !9)
!53 = !DILocation(line: 33, column: 60, scope: !9)
!54 = !DILocation(line: 33, column: 47, scope: !9)
!55 = !DILocation(line: 33, column: 46, scope: !9)
!56 = !DILocation(line: 33, column: 71, scope: !9)
!57 = !DILocation(line: 33, column: 82, scope: !9)
!58 = !DILocation(line: 33, column: 79, scope: !9)
!59 = !DILocation(line: 33, column: 89, scope: !9)
!60 = !DILocation(line: 33, column: 94, scope: !9)
!61 = !DILocation(line: 33, column: 97, scope: !9)
!62 = !DILocation(line: 33, column: 101, scope: !9)
!63 = !DILocation(line: 33, column: 99, scope: !9)
!64 = !DILocation(line: 33, column: 106, scope: !9)
!65 = !DILocation(line: 33, column: 117, scope: !9)
!66 = !DILocation(line: 33, column: 112, scope: !9)
!67 = !DILocation(line: 33, column: 128, scope: !9)
!68 = !DILocation(line: 33, column: 126, scope: !9)
!69 = !DILocation(line: 33, column: 131, scope: !9)
!70 = !DILocation(line: 33, column: 61, scope: !9)
!71 = !DILocation(line: 33, column: 38, scope: !9)
!72 = distinct !{!72, !52, !69, !40}
!73 = !DILocation(line: 34, column: 53, scope: !9)
!74 = !DILocation(line: 34, column: 60, scope: !9)
!75 = !DILocation(line: 34, column: 87, scope: !9)
!76 = !DILocation(line: 34, column: 92, scope: !9)
!77 = !DILocation(line: 34, column: 5, scope: !9)
!78 = !DILocation(line: 35, column: 9, scope: !9)
!79 = !DILocation(line: 35, column: 34, scope: !9)
!80 = !DILocation(line: 35, column: 25, scope: !9)
!81 = !DILocation(line: 35, column: 41, scope: !9)
!82 = !DILocation(line: 35, column: 43, scope: !9)
!83 = !DILocation(line: 35, column: 20, scope: !9)
!84 = !DILocation(line: 35, column: 79, scope: !9)
!85 = !DILocation(line: 35, column: 66, scope: !9)
!86 = !DILocation(line: 35, column: 99, scope: !9)
!87 = !DILocation(line: 35, column: 86, scope: !9)
!88 = !DILocation(line: 35, column: 85, scope: !9)
!89 = !DILocation(line: 35, column: 82, scope: !9)
!90 = !DILocation(line: 35, column: 63, scope: !9)
!91 = !DILocation(line: 35, column: 57, scope: !9)
!92 = !DILocation(line: 35, column: 53, scope: !9)
!93 = distinct !{!93, !83, !94, !40}
!94 = !DILocation(line: 35, column: 100, scope: !9)
!95 = !DILocation(line: 36, column: 26, scope: !9)
!96 = !DILocation(line: 36, column: 5, scope: !9)
!97 = !DILocation(line: 37, column: 14, scope: !9)
!98 = !DILocation(line: 38, column: 14, scope: !9)
!99 = !DILocation(line: 38, column: 10, scope: !9)
!100 = !DILocation(line: 38, column: 21, scope: !9)
!101 = !DILocation(line: 38, column: 23, scope: !9)
!102 = !DILocation(line: 38, column: 5, scope: !9)
!103 = !DILocation(line: 38, column: 63, scope: !9)
!104 = !DILocation(line: 38, column: 59, scope: !9)
!105 = !DILocation(line: 38, column: 46, scope: !9)
!106 = !DILocation(line: 38, column: 33, scope: !9)
!107 = !DILocation(line: 38, column: 29, scope: !9)
!108 = distinct !{!108, !102, !109, !40}
!109 = !DILocation(line: 38, column: 66, scope: !9)
!110 = !DILocation(line: 39, column: 5, scope: !9)
!111 = !DILocation(line: 40, column: 5, scope: !9)
!112 = distinct !DISubprogram(name: "mark", scope: !10, file: !10, line: 9, type: !11, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!113 = !DILocation(line: 9, column: 65, scope: !112)
!114 = !DILocation(line: 9, column: 67, scope: !112)
!115 = !DILocation(line: 9, column: 61, scope: !112)
!116 = !DILocation(line: 9, column: 48, scope: !112)
!117 = !DILocation(line: 9, column: 37, scope: !112)
!118 = !DILocation(line: 9, column: 39, scope: !112)
!119 = !DILocation(line: 9, column: 32, scope: !112)
!120 = !DILocation(line: 9, column: 45, scope: !112)
!121 = !DILocation(line: 9, column: 74, scope: !112)
!122 = distinct !DISubprogram(name: "is_composite", scope: !10, file: !10, line: 8, type: !11, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!123 = !DILocation(line: 8, column: 51, scope: !122)
!124 = !DILocation(line: 8, column: 53, scope: !122)
!125 = !DILocation(line: 8, column: 46, scope: !122)
!126 = !DILocation(line: 8, column: 63, scope: !122)
!127 = !DILocation(line: 8, column: 65, scope: !122)
!128 = !DILocation(line: 8, column: 59, scope: !122)
!129 = !DILocation(line: 8, column: 70, scope: !122)
!130 = !DILocation(line: 8, column: 39, scope: !122)
!131 = distinct !DISubprogram(name: "miller_rabin", scope: !10, file: !10, line: 16, type: !11, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!132 = !DILocation(line: 17, column: 9, scope: !131)
!133 = !DILocation(line: 17, column: 11, scope: !131)
!134 = !DILocation(line: 17, column: 16, scope: !131)
!135 = !DILocation(line: 19, column: 18, scope: !131)
!136 = !DILocation(line: 19, column: 20, scope: !131)
!137 = !DILocation(line: 19, column: 14, scope: !131)
!138 = !DILocation(line: 19, column: 29, scope: !131)
!139 = !DILocation(line: 19, column: 36, scope: !131)
!140 = !DILocation(line: 19, column: 45, scope: !131)
!141 = !DILocation(line: 19, column: 47, scope: !131)
!142 = !DILocation(line: 19, column: 43, scope: !131)
!143 = !DILocation(line: 19, column: 57, scope: !131)
!144 = !DILocation(line: 19, column: 65, scope: !131)
!145 = distinct !{!145, !139, !146, !40}
!146 = !DILocation(line: 19, column: 69, scope: !131)
!147 = !DILocation(line: 20, column: 14, scope: !131)
!148 = !DILocation(line: 20, column: 10, scope: !131)
!149 = !DILocation(line: 20, column: 21, scope: !131)
!150 = !DILocation(line: 20, column: 23, scope: !131)
!151 = !DILocation(line: 20, column: 5, scope: !131)
!152 = !DILocation(line: 21, column: 28, scope: !131)
!153 = !DILocation(line: 21, column: 22, scope: !131)
!154 = !DILocation(line: 21, column: 18, scope: !131)
!155 = !DILocation(line: 21, column: 36, scope: !131)
!156 = !DILocation(line: 21, column: 40, scope: !131)
!157 = !DILocation(line: 21, column: 38, scope: !131)
!158 = !DILocation(line: 21, column: 42, scope: !131)
!159 = !DILocation(line: 21, column: 48, scope: !131)
!160 = !DILocation(line: 22, column: 29, scope: !131)
!161 = !DILocation(line: 22, column: 32, scope: !131)
!162 = !DILocation(line: 22, column: 35, scope: !131)
!163 = !DILocation(line: 22, column: 22, scope: !131)
!164 = !DILocation(line: 22, column: 18, scope: !131)
!165 = !DILocation(line: 22, column: 43, scope: !131)
!166 = !DILocation(line: 22, column: 45, scope: !131)
!167 = !DILocation(line: 22, column: 50, scope: !131)
!168 = !DILocation(line: 22, column: 53, scope: !131)
!169 = !DILocation(line: 22, column: 58, scope: !131)
!170 = !DILocation(line: 22, column: 60, scope: !131)
!171 = !DILocation(line: 22, column: 55, scope: !131)
!172 = !DILocation(line: 22, column: 65, scope: !131)
!173 = !DILocation(line: 23, column: 13, scope: !131)
!174 = !DILocation(line: 23, column: 32, scope: !131)
!175 = !DILocation(line: 23, column: 28, scope: !131)
!176 = !DILocation(line: 23, column: 39, scope: !131)
!177 = !DILocation(line: 23, column: 43, scope: !131)
!178 = !DILocation(line: 23, column: 41, scope: !131)
!179 = !DILocation(line: 23, column: 23, scope: !131)
!180 = !DILocation(line: 23, column: 76, scope: !131)
!181 = !DILocation(line: 23, column: 57, scope: !131)
!182 = !DILocation(line: 23, column: 80, scope: !131)
!183 = !DILocation(line: 23, column: 78, scope: !131)
!184 = !DILocation(line: 23, column: 84, scope: !131)
!185 = !DILocation(line: 23, column: 82, scope: !131)
!186 = !DILocation(line: 23, column: 55, scope: !131)
!187 = !DILocation(line: 23, column: 91, scope: !131)
!188 = !DILocation(line: 23, column: 96, scope: !131)
!189 = !DILocation(line: 23, column: 98, scope: !131)
!190 = !DILocation(line: 23, column: 93, scope: !131)
!191 = !DILocation(line: 23, column: 110, scope: !131)
!192 = !DILocation(line: 23, column: 115, scope: !131)
!193 = !DILocation(line: 23, column: 124, scope: !131)
!194 = !DILocation(line: 23, column: 47, scope: !131)
!195 = distinct !{!195, !179, !193, !40}
!196 = !DILocation(line: 24, column: 13, scope: !131)
!197 = !DILocation(line: 24, column: 19, scope: !131)
!198 = !DILocation(line: 25, column: 5, scope: !131)
!199 = !DILocation(line: 20, column: 30, scope: !131)
!200 = distinct !{!200, !151, !198, !40}
!201 = !DILocation(line: 26, column: 5, scope: !131)
!202 = !DILocation(line: 27, column: 1, scope: !131)
!203 = distinct !DISubprogram(name: "powmod", scope: !10, file: !10, line: 11, type: !11, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!204 = !DILocation(line: 12, column: 14, scope: !203)
!205 = !DILocation(line: 12, column: 26, scope: !203)
!206 = !DILocation(line: 12, column: 23, scope: !203)
!207 = !DILocation(line: 13, column: 5, scope: !203)
!208 = !DILocation(line: 13, column: 12, scope: !203)
!209 = !DILocation(line: 13, column: 21, scope: !203)
!210 = !DILocation(line: 13, column: 23, scope: !203)
!211 = !DILocation(line: 13, column: 51, scope: !203)
!212 = !DILocation(line: 13, column: 32, scope: !203)
!213 = !DILocation(line: 13, column: 55, scope: !203)
!214 = !DILocation(line: 13, column: 53, scope: !203)
!215 = !DILocation(line: 13, column: 59, scope: !203)
!216 = !DILocation(line: 13, column: 57, scope: !203)
!217 = !DILocation(line: 13, column: 30, scope: !203)
!218 = !DILocation(line: 13, column: 28, scope: !203)
!219 = !DILocation(line: 13, column: 85, scope: !203)
!220 = !DILocation(line: 13, column: 66, scope: !203)
!221 = !DILocation(line: 13, column: 89, scope: !203)
!222 = !DILocation(line: 13, column: 87, scope: !203)
!223 = !DILocation(line: 13, column: 93, scope: !203)
!224 = !DILocation(line: 13, column: 91, scope: !203)
!225 = !DILocation(line: 13, column: 64, scope: !203)
!226 = !DILocation(line: 13, column: 98, scope: !203)
!227 = distinct !{!227, !207, !228, !40}
!228 = !DILocation(line: 13, column: 105, scope: !203)
!229 = !DILocation(line: 14, column: 12, scope: !203)
!230 = !DILocation(line: 14, column: 5, scope: !203)
