; ModuleID = 'designated_init.c'
source_filename = "designated_init.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.rect = type { %struct.point, %struct.point, ptr, [4 x i32] }
%struct.point = type { i32, i32 }

@.str = private unnamed_addr constant [4 x i8] c"box\00", align 1
@__const.main.r = private unnamed_addr constant %struct.rect { %struct.point { i32 5, i32 0 }, %struct.point { i32 30, i32 20 }, ptr @.str, [4 x i32] [i32 0, i32 0, i32 9, i32 0] }, align 8
@.str.1 = private unnamed_addr constant [41 x i8] c"rect %d %d %d %d %s %d %d %d %d area=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@color_names = internal global [3 x ptr] [ptr @.str.11, ptr @.str.12, ptr @.str.13], align 16
@.str.3 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@sparse = internal global [20 x i32] [i32 7, i32 7, i32 7, i32 3, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 10, i32 0, i32 0, i32 0, i32 0, i32 15, i32 0, i32 0, i32 0, i32 0], align 16
@.str.4 = private unnamed_addr constant [11 x i8] c"sparse %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [12 x i8] c"literal %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"lit\00", align 1
@.str.7 = private unnamed_addr constant [8 x i8] c"pts %d\0A\00", align 1
@constinit = private constant [3 x %struct.point] [%struct.point { i32 1, i32 2 }, %struct.point { i32 3, i32 4 }, %struct.point { i32 5, i32 6 }], align 4
@.str.8 = private unnamed_addr constant [11 x i8] c"arr %d %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [11 x i8] c"ptr %d %d\0A\00", align 1
@__const.main.msg = private unnamed_addr constant <{ i8, i8, i8, i8, i8, i8, [10 x i8] }> <{ i8 0, i8 0, i8 0, i8 0, i8 0, i8 120, [10 x i8] zeroinitializer }>, align 16
@.str.10 = private unnamed_addr constant [10 x i8] c"zeros %d\0A\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"red\00", align 1
@.str.12 = private unnamed_addr constant [6 x i8] c"green\00", align 1
@.str.13 = private unnamed_addr constant [5 x i8] c"blue\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.rect, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca %struct.rect, align 8
  %7 = alloca [3 x %struct.point], align 4
  %8 = alloca ptr, align 8
  %9 = alloca [4 x i32], align 4
  %10 = alloca ptr, align 8
  %11 = alloca %struct.point, align 4
  %12 = alloca [16 x i8], align 16
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 @__const.main.r, i64 40, i1 false), !dbg !13
  %15 = getelementptr inbounds nuw %struct.rect, ptr %2, i32 0, i32 0, !dbg !14
  %16 = getelementptr inbounds nuw %struct.point, ptr %15, i32 0, i32 0, !dbg !15
  %17 = load i32, ptr %16, align 8, !dbg !15
  %18 = getelementptr inbounds nuw %struct.rect, ptr %2, i32 0, i32 0, !dbg !16
  %19 = getelementptr inbounds nuw %struct.point, ptr %18, i32 0, i32 1, !dbg !17
  %20 = load i32, ptr %19, align 4, !dbg !17
  %21 = getelementptr inbounds nuw %struct.rect, ptr %2, i32 0, i32 1, !dbg !18
  %22 = getelementptr inbounds nuw %struct.point, ptr %21, i32 0, i32 0, !dbg !19
  %23 = load i32, ptr %22, align 8, !dbg !19
  %24 = getelementptr inbounds nuw %struct.rect, ptr %2, i32 0, i32 1, !dbg !20
  %25 = getelementptr inbounds nuw %struct.point, ptr %24, i32 0, i32 1, !dbg !21
  %26 = load i32, ptr %25, align 4, !dbg !21
  %27 = getelementptr inbounds nuw %struct.rect, ptr %2, i32 0, i32 2, !dbg !22
  %28 = load ptr, ptr %27, align 8, !dbg !22
  %29 = getelementptr inbounds nuw %struct.rect, ptr %2, i32 0, i32 3, !dbg !23
  %30 = getelementptr inbounds [4 x i32], ptr %29, i64 0, i64 0, !dbg !24
  %31 = load i32, ptr %30, align 8, !dbg !24
  %32 = getelementptr inbounds nuw %struct.rect, ptr %2, i32 0, i32 3, !dbg !25
  %33 = getelementptr inbounds [4 x i32], ptr %32, i64 0, i64 1, !dbg !26
  %34 = load i32, ptr %33, align 4, !dbg !26
  %35 = getelementptr inbounds nuw %struct.rect, ptr %2, i32 0, i32 3, !dbg !27
  %36 = getelementptr inbounds [4 x i32], ptr %35, i64 0, i64 2, !dbg !28
  %37 = load i32, ptr %36, align 8, !dbg !28
  %38 = getelementptr inbounds nuw %struct.rect, ptr %2, i32 0, i32 3, !dbg !29
  %39 = getelementptr inbounds [4 x i32], ptr %38, i64 0, i64 3, !dbg !30
  %40 = load i32, ptr %39, align 4, !dbg !30
  %41 = call i32 @area(ptr noundef byval(%struct.rect) align 8 %2), !dbg !31
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %17, i32 noundef %20, i32 noundef %23, i32 noundef %26, ptr noundef %28, i32 noundef %31, i32 noundef %34, i32 noundef %37, i32 noundef %40, i32 noundef %41), !dbg !32
  store i32 0, ptr %3, align 4, !dbg !33
  br label %43, !dbg !34

43:                                               ; preds = %52, %0
  %44 = load i32, ptr %3, align 4, !dbg !35
  %45 = icmp slt i32 %44, 3, !dbg !36
  br i1 %45, label %46, label %55, !dbg !37

46:                                               ; preds = %43
  %47 = load i32, ptr %3, align 4, !dbg !38
  %48 = sext i32 %47 to i64, !dbg !39
  %49 = getelementptr inbounds [3 x ptr], ptr @color_names, i64 0, i64 %48, !dbg !39
  %50 = load ptr, ptr %49, align 8, !dbg !39
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %50), !dbg !40
  br label %52, !dbg !40

52:                                               ; preds = %46
  %53 = load i32, ptr %3, align 4, !dbg !41
  %54 = add nsw i32 %53, 1, !dbg !41
  store i32 %54, ptr %3, align 4, !dbg !41
  br label %43, !dbg !37, !llvm.loop !42

55:                                               ; preds = %43
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.3), !dbg !45
  store i32 0, ptr %4, align 4, !dbg !46
  store i32 0, ptr %5, align 4, !dbg !47
  br label %57, !dbg !48

57:                                               ; preds = %68, %55
  %58 = load i32, ptr %5, align 4, !dbg !49
  %59 = icmp slt i32 %58, 20, !dbg !50
  br i1 %59, label %60, label %71, !dbg !51

60:                                               ; preds = %57
  %61 = load i32, ptr %4, align 4, !dbg !52
  %62 = mul nsw i32 %61, 3, !dbg !53
  %63 = load i32, ptr %5, align 4, !dbg !54
  %64 = sext i32 %63 to i64, !dbg !55
  %65 = getelementptr inbounds [20 x i32], ptr @sparse, i64 0, i64 %64, !dbg !55
  %66 = load i32, ptr %65, align 4, !dbg !55
  %67 = add nsw i32 %62, %66, !dbg !56
  store i32 %67, ptr %4, align 4, !dbg !57
  br label %68, !dbg !58

68:                                               ; preds = %60
  %69 = load i32, ptr %5, align 4, !dbg !59
  %70 = add nsw i32 %69, 1, !dbg !59
  store i32 %70, ptr %5, align 4, !dbg !59
  br label %57, !dbg !51, !llvm.loop !60

71:                                               ; preds = %57
  %72 = load i32, ptr %4, align 4, !dbg !62
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %72), !dbg !63
  %74 = getelementptr inbounds nuw %struct.rect, ptr %6, i32 0, i32 0, !dbg !64
  %75 = getelementptr inbounds nuw %struct.point, ptr %74, i32 0, i32 0, !dbg !65
  store i32 1, ptr %75, align 8, !dbg !65
  %76 = getelementptr inbounds nuw %struct.point, ptr %74, i32 0, i32 1, !dbg !65
  store i32 2, ptr %76, align 4, !dbg !65
  %77 = getelementptr inbounds nuw %struct.rect, ptr %6, i32 0, i32 1, !dbg !64
  %78 = getelementptr inbounds nuw %struct.point, ptr %77, i32 0, i32 0, !dbg !66
  store i32 4, ptr %78, align 8, !dbg !66
  %79 = getelementptr inbounds nuw %struct.point, ptr %77, i32 0, i32 1, !dbg !66
  store i32 8, ptr %79, align 4, !dbg !66
  %80 = getelementptr inbounds nuw %struct.rect, ptr %6, i32 0, i32 2, !dbg !64
  store ptr @.str.6, ptr %80, align 8, !dbg !64
  %81 = getelementptr inbounds nuw %struct.rect, ptr %6, i32 0, i32 3, !dbg !64
  store i32 0, ptr %81, align 4, !dbg !67
  %82 = getelementptr inbounds i32, ptr %81, i64 1, !dbg !67
  %83 = getelementptr inbounds i32, ptr %81, i64 4, !dbg !67
  br label %84, !dbg !67

84:                                               ; preds = %84, %71
  %85 = phi ptr [ %82, %71 ], [ %86, %84 ], !dbg !67
  store i32 0, ptr %85, align 4, !dbg !67
  %86 = getelementptr inbounds i32, ptr %85, i64 1, !dbg !67
  %87 = icmp eq ptr %86, %83, !dbg !67
  br i1 %87, label %88, label %84, !dbg !67

88:                                               ; preds = %84
  %89 = call i32 @area(ptr noundef byval(%struct.rect) align 8 %6), !dbg !68
  %90 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %89), !dbg !69
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %7, ptr align 4 @constinit, i64 24, i1 false), !dbg !70
  %91 = getelementptr inbounds [3 x %struct.point], ptr %7, i64 0, i64 0, !dbg !71
  %92 = call i32 @sum_pts(ptr noundef %91, i32 noundef 3), !dbg !72
  %93 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %92), !dbg !73
  store i32 9, ptr %9, align 4, !dbg !74
  %94 = getelementptr inbounds i32, ptr %9, i64 1, !dbg !74
  store i32 8, ptr %94, align 4, !dbg !74
  %95 = getelementptr inbounds i32, ptr %9, i64 2, !dbg !74
  store i32 7, ptr %95, align 4, !dbg !74
  %96 = getelementptr inbounds i32, ptr %9, i64 3, !dbg !74
  store i32 6, ptr %96, align 4, !dbg !74
  %97 = getelementptr inbounds [4 x i32], ptr %9, i64 0, i64 0, !dbg !75
  store ptr %97, ptr %8, align 8, !dbg !76
  %98 = load ptr, ptr %8, align 8, !dbg !77
  %99 = getelementptr inbounds i32, ptr %98, i64 1, !dbg !77
  %100 = load i32, ptr %99, align 4, !dbg !78
  %101 = add nsw i32 %100, 100, !dbg !78
  store i32 %101, ptr %99, align 4, !dbg !78
  %102 = load ptr, ptr %8, align 8, !dbg !79
  %103 = getelementptr inbounds i32, ptr %102, i64 1, !dbg !79
  %104 = load i32, ptr %103, align 4, !dbg !79
  %105 = load ptr, ptr %8, align 8, !dbg !80
  %106 = getelementptr inbounds i32, ptr %105, i64 3, !dbg !80
  %107 = load i32, ptr %106, align 4, !dbg !80
  %108 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %104, i32 noundef %107), !dbg !81
  %109 = getelementptr inbounds nuw %struct.point, ptr %11, i32 0, i32 0, !dbg !82
  store i32 0, ptr %109, align 4, !dbg !82
  %110 = getelementptr inbounds nuw %struct.point, ptr %11, i32 0, i32 1, !dbg !82
  store i32 7, ptr %110, align 4, !dbg !82
  store ptr %11, ptr %10, align 8, !dbg !83
  %111 = load ptr, ptr %10, align 8, !dbg !84
  %112 = getelementptr inbounds nuw %struct.point, ptr %111, i32 0, i32 1, !dbg !85
  %113 = load i32, ptr %112, align 4, !dbg !85
  %114 = mul nsw i32 %113, 2, !dbg !86
  %115 = load ptr, ptr %10, align 8, !dbg !87
  %116 = getelementptr inbounds nuw %struct.point, ptr %115, i32 0, i32 0, !dbg !88
  store i32 %114, ptr %116, align 4, !dbg !89
  %117 = load ptr, ptr %10, align 8, !dbg !90
  %118 = getelementptr inbounds nuw %struct.point, ptr %117, i32 0, i32 0, !dbg !91
  %119 = load i32, ptr %118, align 4, !dbg !91
  %120 = load ptr, ptr %10, align 8, !dbg !92
  %121 = getelementptr inbounds nuw %struct.point, ptr %120, i32 0, i32 1, !dbg !93
  %122 = load i32, ptr %121, align 4, !dbg !93
  %123 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %119, i32 noundef %122), !dbg !94
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %12, ptr align 16 @__const.main.msg, i64 16, i1 false), !dbg !95
  store i32 0, ptr %13, align 4, !dbg !96
  store i32 0, ptr %14, align 4, !dbg !97
  br label %124, !dbg !98

124:                                              ; preds = %137, %88
  %125 = load i32, ptr %14, align 4, !dbg !99
  %126 = icmp slt i32 %125, 16, !dbg !100
  br i1 %126, label %127, label %140, !dbg !101

127:                                              ; preds = %124
  %128 = load i32, ptr %14, align 4, !dbg !102
  %129 = sext i32 %128 to i64, !dbg !103
  %130 = getelementptr inbounds [16 x i8], ptr %12, i64 0, i64 %129, !dbg !103
  %131 = load i8, ptr %130, align 1, !dbg !103
  %132 = sext i8 %131 to i32, !dbg !103
  %133 = icmp eq i32 %132, 0, !dbg !104
  %134 = zext i1 %133 to i32, !dbg !104
  %135 = load i32, ptr %13, align 4, !dbg !105
  %136 = add nsw i32 %135, %134, !dbg !105
  store i32 %136, ptr %13, align 4, !dbg !105
  br label %137, !dbg !106

137:                                              ; preds = %127
  %138 = load i32, ptr %14, align 4, !dbg !107
  %139 = add nsw i32 %138, 1, !dbg !107
  store i32 %139, ptr %14, align 4, !dbg !107
  br label %124, !dbg !101, !llvm.loop !108

140:                                              ; preds = %124
  %141 = load i32, ptr %13, align 4, !dbg !110
  %142 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %141), !dbg !111
  ret i32 0, !dbg !112
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @area(ptr noundef byval(%struct.rect) align 8 %0) #0 !dbg !113 {
  %2 = getelementptr inbounds nuw %struct.rect, ptr %0, i32 0, i32 1, !dbg !114
  %3 = getelementptr inbounds nuw %struct.point, ptr %2, i32 0, i32 0, !dbg !115
  %4 = load i32, ptr %3, align 8, !dbg !115
  %5 = getelementptr inbounds nuw %struct.rect, ptr %0, i32 0, i32 0, !dbg !116
  %6 = getelementptr inbounds nuw %struct.point, ptr %5, i32 0, i32 0, !dbg !117
  %7 = load i32, ptr %6, align 8, !dbg !117
  %8 = sub nsw i32 %4, %7, !dbg !118
  %9 = getelementptr inbounds nuw %struct.rect, ptr %0, i32 0, i32 1, !dbg !119
  %10 = getelementptr inbounds nuw %struct.point, ptr %9, i32 0, i32 1, !dbg !120
  %11 = load i32, ptr %10, align 4, !dbg !120
  %12 = getelementptr inbounds nuw %struct.rect, ptr %0, i32 0, i32 0, !dbg !121
  %13 = getelementptr inbounds nuw %struct.point, ptr %12, i32 0, i32 1, !dbg !122
  %14 = load i32, ptr %13, align 4, !dbg !122
  %15 = sub nsw i32 %11, %14, !dbg !123
  %16 = mul nsw i32 %8, %15, !dbg !124
  ret i32 %16, !dbg !125
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @sum_pts(ptr noundef %0, i32 noundef %1) #0 !dbg !126 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4, !dbg !127
  store i32 0, ptr %6, align 4, !dbg !128
  br label %7, !dbg !129

7:                                                ; preds = %27, %2
  %8 = load i32, ptr %6, align 4, !dbg !130
  %9 = load i32, ptr %4, align 4, !dbg !131
  %10 = icmp slt i32 %8, %9, !dbg !132
  br i1 %10, label %11, label %30, !dbg !133

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8, !dbg !134
  %13 = load i32, ptr %6, align 4, !dbg !135
  %14 = sext i32 %13 to i64, !dbg !134
  %15 = getelementptr inbounds %struct.point, ptr %12, i64 %14, !dbg !134
  %16 = getelementptr inbounds nuw %struct.point, ptr %15, i32 0, i32 0, !dbg !136
  %17 = load i32, ptr %16, align 4, !dbg !136
  %18 = load ptr, ptr %3, align 8, !dbg !137
  %19 = load i32, ptr %6, align 4, !dbg !138
  %20 = sext i32 %19 to i64, !dbg !137
  %21 = getelementptr inbounds %struct.point, ptr %18, i64 %20, !dbg !137
  %22 = getelementptr inbounds nuw %struct.point, ptr %21, i32 0, i32 1, !dbg !139
  %23 = load i32, ptr %22, align 4, !dbg !139
  %24 = mul nsw i32 %17, %23, !dbg !140
  %25 = load i32, ptr %5, align 4, !dbg !141
  %26 = add nsw i32 %25, %24, !dbg !141
  store i32 %26, ptr %5, align 4, !dbg !141
  br label %27, !dbg !142

27:                                               ; preds = %11
  %28 = load i32, ptr %6, align 4, !dbg !143
  %29 = add nsw i32 %28, 1, !dbg !143
  store i32 %29, ptr %6, align 4, !dbg !143
  br label %7, !dbg !133, !llvm.loop !144

30:                                               ; preds = %7
  %31 = load i32, ptr %5, align 4, !dbg !145
  ret i32 %31, !dbg !146
}

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "designated_init.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 13, type: !11, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "designated_init.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 14, column: 17, scope: !9)
!14 = !DILocation(line: 15, column: 59, scope: !9)
!15 = !DILocation(line: 15, column: 62, scope: !9)
!16 = !DILocation(line: 15, column: 67, scope: !9)
!17 = !DILocation(line: 15, column: 70, scope: !9)
!18 = !DILocation(line: 15, column: 75, scope: !9)
!19 = !DILocation(line: 15, column: 78, scope: !9)
!20 = !DILocation(line: 15, column: 83, scope: !9)
!21 = !DILocation(line: 15, column: 86, scope: !9)
!22 = !DILocation(line: 15, column: 91, scope: !9)
!23 = !DILocation(line: 15, column: 99, scope: !9)
!24 = !DILocation(line: 15, column: 97, scope: !9)
!25 = !DILocation(line: 15, column: 111, scope: !9)
!26 = !DILocation(line: 15, column: 109, scope: !9)
!27 = !DILocation(line: 15, column: 123, scope: !9)
!28 = !DILocation(line: 15, column: 121, scope: !9)
!29 = !DILocation(line: 15, column: 135, scope: !9)
!30 = !DILocation(line: 15, column: 133, scope: !9)
!31 = !DILocation(line: 15, column: 145, scope: !9)
!32 = !DILocation(line: 15, column: 5, scope: !9)
!33 = !DILocation(line: 16, column: 14, scope: !9)
!34 = !DILocation(line: 16, column: 10, scope: !9)
!35 = !DILocation(line: 16, column: 21, scope: !9)
!36 = !DILocation(line: 16, column: 23, scope: !9)
!37 = !DILocation(line: 16, column: 5, scope: !9)
!38 = !DILocation(line: 16, column: 65, scope: !9)
!39 = !DILocation(line: 16, column: 53, scope: !9)
!40 = !DILocation(line: 16, column: 39, scope: !9)
!41 = !DILocation(line: 16, column: 35, scope: !9)
!42 = distinct !{!42, !37, !43, !44}
!43 = !DILocation(line: 16, column: 67, scope: !9)
!44 = !{!"llvm.loop.mustprogress"}
!45 = !DILocation(line: 17, column: 5, scope: !9)
!46 = !DILocation(line: 18, column: 9, scope: !9)
!47 = !DILocation(line: 18, column: 25, scope: !9)
!48 = !DILocation(line: 18, column: 21, scope: !9)
!49 = !DILocation(line: 18, column: 32, scope: !9)
!50 = !DILocation(line: 18, column: 34, scope: !9)
!51 = !DILocation(line: 18, column: 16, scope: !9)
!52 = !DILocation(line: 18, column: 49, scope: !9)
!53 = !DILocation(line: 18, column: 51, scope: !9)
!54 = !DILocation(line: 18, column: 64, scope: !9)
!55 = !DILocation(line: 18, column: 57, scope: !9)
!56 = !DILocation(line: 18, column: 55, scope: !9)
!57 = !DILocation(line: 18, column: 47, scope: !9)
!58 = !DILocation(line: 18, column: 45, scope: !9)
!59 = !DILocation(line: 18, column: 41, scope: !9)
!60 = distinct !{!60, !51, !61, !44}
!61 = !DILocation(line: 18, column: 65, scope: !9)
!62 = !DILocation(line: 19, column: 27, scope: !9)
!63 = !DILocation(line: 19, column: 5, scope: !9)
!64 = !DILocation(line: 20, column: 46, scope: !9)
!65 = !DILocation(line: 20, column: 47, scope: !9)
!66 = !DILocation(line: 20, column: 55, scope: !9)
!67 = !DILocation(line: 20, column: 70, scope: !9)
!68 = !DILocation(line: 20, column: 28, scope: !9)
!69 = !DILocation(line: 20, column: 5, scope: !9)
!70 = !DILocation(line: 21, column: 48, scope: !9)
!71 = !DILocation(line: 21, column: 32, scope: !9)
!72 = !DILocation(line: 21, column: 24, scope: !9)
!73 = !DILocation(line: 21, column: 5, scope: !9)
!74 = !DILocation(line: 22, column: 23, scope: !9)
!75 = !DILocation(line: 22, column: 16, scope: !9)
!76 = !DILocation(line: 22, column: 10, scope: !9)
!77 = !DILocation(line: 23, column: 5, scope: !9)
!78 = !DILocation(line: 23, column: 12, scope: !9)
!79 = !DILocation(line: 24, column: 27, scope: !9)
!80 = !DILocation(line: 24, column: 35, scope: !9)
!81 = !DILocation(line: 24, column: 5, scope: !9)
!82 = !DILocation(line: 25, column: 39, scope: !9)
!83 = !DILocation(line: 25, column: 19, scope: !9)
!84 = !DILocation(line: 26, column: 13, scope: !9)
!85 = !DILocation(line: 26, column: 17, scope: !9)
!86 = !DILocation(line: 26, column: 19, scope: !9)
!87 = !DILocation(line: 26, column: 5, scope: !9)
!88 = !DILocation(line: 26, column: 9, scope: !9)
!89 = !DILocation(line: 26, column: 11, scope: !9)
!90 = !DILocation(line: 27, column: 27, scope: !9)
!91 = !DILocation(line: 27, column: 31, scope: !9)
!92 = !DILocation(line: 27, column: 34, scope: !9)
!93 = !DILocation(line: 27, column: 38, scope: !9)
!94 = !DILocation(line: 27, column: 5, scope: !9)
!95 = !DILocation(line: 28, column: 10, scope: !9)
!96 = !DILocation(line: 29, column: 9, scope: !9)
!97 = !DILocation(line: 29, column: 29, scope: !9)
!98 = !DILocation(line: 29, column: 25, scope: !9)
!99 = !DILocation(line: 29, column: 36, scope: !9)
!100 = !DILocation(line: 29, column: 38, scope: !9)
!101 = !DILocation(line: 29, column: 20, scope: !9)
!102 = !DILocation(line: 29, column: 62, scope: !9)
!103 = !DILocation(line: 29, column: 58, scope: !9)
!104 = !DILocation(line: 29, column: 65, scope: !9)
!105 = !DILocation(line: 29, column: 55, scope: !9)
!106 = !DILocation(line: 29, column: 49, scope: !9)
!107 = !DILocation(line: 29, column: 45, scope: !9)
!108 = distinct !{!108, !101, !109, !44}
!109 = !DILocation(line: 29, column: 68, scope: !9)
!110 = !DILocation(line: 30, column: 26, scope: !9)
!111 = !DILocation(line: 30, column: 5, scope: !9)
!112 = !DILocation(line: 31, column: 5, scope: !9)
!113 = distinct !DISubprogram(name: "area", scope: !10, file: !10, line: 10, type: !11, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!114 = !DILocation(line: 10, column: 44, scope: !113)
!115 = !DILocation(line: 10, column: 47, scope: !113)
!116 = !DILocation(line: 10, column: 53, scope: !113)
!117 = !DILocation(line: 10, column: 56, scope: !113)
!118 = !DILocation(line: 10, column: 49, scope: !113)
!119 = !DILocation(line: 10, column: 64, scope: !113)
!120 = !DILocation(line: 10, column: 67, scope: !113)
!121 = !DILocation(line: 10, column: 73, scope: !113)
!122 = !DILocation(line: 10, column: 76, scope: !113)
!123 = !DILocation(line: 10, column: 69, scope: !113)
!124 = !DILocation(line: 10, column: 59, scope: !113)
!125 = !DILocation(line: 10, column: 34, scope: !113)
!126 = distinct !DISubprogram(name: "sum_pts", scope: !10, file: !10, line: 11, type: !11, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!127 = !DILocation(line: 11, column: 56, scope: !126)
!128 = !DILocation(line: 11, column: 72, scope: !126)
!129 = !DILocation(line: 11, column: 68, scope: !126)
!130 = !DILocation(line: 11, column: 79, scope: !126)
!131 = !DILocation(line: 11, column: 83, scope: !126)
!132 = !DILocation(line: 11, column: 81, scope: !126)
!133 = !DILocation(line: 11, column: 63, scope: !126)
!134 = !DILocation(line: 11, column: 96, scope: !126)
!135 = !DILocation(line: 11, column: 98, scope: !126)
!136 = !DILocation(line: 11, column: 101, scope: !126)
!137 = !DILocation(line: 11, column: 105, scope: !126)
!138 = !DILocation(line: 11, column: 107, scope: !126)
!139 = !DILocation(line: 11, column: 110, scope: !126)
!140 = !DILocation(line: 11, column: 103, scope: !126)
!141 = !DILocation(line: 11, column: 93, scope: !126)
!142 = !DILocation(line: 11, column: 91, scope: !126)
!143 = !DILocation(line: 11, column: 87, scope: !126)
!144 = distinct !{!144, !133, !139, !44}
!145 = !DILocation(line: 11, column: 120, scope: !126)
!146 = !DILocation(line: 11, column: 113, scope: !126)
