; ModuleID = 'pthreads.c'
source_filename = "pthreads.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%union.pthread_mutex_t = type { %struct.__pthread_mutex_s }
%struct.__pthread_mutex_s = type { i32, i32, i32, i32, i32, i16, i16, %struct.__pthread_internal_list }
%struct.__pthread_internal_list = type { ptr, ptr }
%union.pthread_cond_t = type { %struct.__pthread_cond_s }
%struct.__pthread_cond_s = type { %union.__atomic_wide_counter, %union.__atomic_wide_counter, [2 x i32], [2 x i32], i32, i32, [2 x i32] }
%union.__atomic_wide_counter = type { i64 }
%struct.job = type { i32, i64, i64 }

@.str = private unnamed_addr constant [33 x i8] c"total %ld parts %ld %ld %ld %ld\0A\00", align 1
@total = internal global i64 0, align 8
@partial = internal global [4 x i64] zeroinitializer, align 16
@mu = internal global %union.pthread_mutex_t zeroinitializer, align 8
@qcount = internal global i32 0, align 4
@not_empty = internal global %union.pthread_cond_t zeroinitializer, align 8
@queue = internal global [8 x i64] zeroinitializer, align 16
@qhead = internal global i32 0, align 4
@not_full = internal global %union.pthread_cond_t zeroinitializer, align 8
@.str.1 = private unnamed_addr constant [27 x i8] c"consumed %ld weighted %ld\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x i64], align 16
  %3 = alloca [4 x %struct.job], align 16
  %4 = alloca i32, align 4
  %5 = alloca %struct.job, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6, !dbg !17
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !18
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !19
  store i32 0, ptr %4, align 4, !dbg !20, !tbaa !9
  br label %12, !dbg !19

12:                                               ; preds = %39, %0
  %13 = load i32, ptr %4, align 4, !dbg !21, !tbaa !9
  %14 = icmp slt i32 %13, 4, !dbg !22
  br i1 %14, label %16, label %15, !dbg !23

15:                                               ; preds = %12
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !24
  br label %42

16:                                               ; preds = %12
  %17 = load i32, ptr %4, align 4, !dbg !25, !tbaa !9
  %18 = sext i32 %17 to i64, !dbg !26
  %19 = getelementptr inbounds [4 x %struct.job], ptr %3, i64 0, i64 %18, !dbg !26
  %20 = getelementptr inbounds nuw %struct.job, ptr %5, i32 0, i32 0, !dbg !27
  %21 = load i32, ptr %4, align 4, !dbg !28, !tbaa !9
  store i32 %21, ptr %20, align 8, !dbg !29, !tbaa !30
  %22 = getelementptr i8, ptr %5, i64 4, !dbg !27
  call void @llvm.memset.p0.i64(ptr align 4 %22, i8 0, i64 4, i1 false), !dbg !27
  %23 = getelementptr inbounds nuw %struct.job, ptr %5, i32 0, i32 1, !dbg !27
  %24 = load i32, ptr %4, align 4, !dbg !33, !tbaa !9
  %25 = sext i32 %24 to i64, !dbg !33
  %26 = mul nsw i64 %25, 25000, !dbg !34
  store i64 %26, ptr %23, align 8, !dbg !29, !tbaa !35
  %27 = getelementptr inbounds nuw %struct.job, ptr %5, i32 0, i32 2, !dbg !27
  %28 = load i32, ptr %4, align 4, !dbg !36, !tbaa !9
  %29 = add nsw i32 %28, 1, !dbg !37
  %30 = sext i32 %29 to i64, !dbg !38
  %31 = mul nsw i64 %30, 25000, !dbg !39
  store i64 %31, ptr %27, align 8, !dbg !29, !tbaa !40
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %19, ptr align 8 %5, i64 24, i1 false), !dbg !41, !tbaa.struct !42
  %32 = load i32, ptr %4, align 4, !dbg !44, !tbaa !9
  %33 = sext i32 %32 to i64, !dbg !45
  %34 = getelementptr inbounds [4 x i64], ptr %2, i64 0, i64 %33, !dbg !45
  %35 = load i32, ptr %4, align 4, !dbg !46, !tbaa !9
  %36 = sext i32 %35 to i64, !dbg !47
  %37 = getelementptr inbounds [4 x %struct.job], ptr %3, i64 0, i64 %36, !dbg !47
  %38 = call i32 @pthread_create(ptr noundef %34, ptr noundef null, ptr noundef @sum_range, ptr noundef %37) #6, !dbg !48
  br label %39, !dbg !49

39:                                               ; preds = %16
  %40 = load i32, ptr %4, align 4, !dbg !50, !tbaa !9
  %41 = add nsw i32 %40, 1, !dbg !51
  store i32 %41, ptr %4, align 4, !dbg !52, !tbaa !9
  br label %12, !dbg !24, !llvm.loop !53

42:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !56
  store i32 0, ptr %6, align 4, !dbg !57, !tbaa !9
  br label %43, !dbg !56

43:                                               ; preds = %53, %42
  %44 = load i32, ptr %6, align 4, !dbg !58, !tbaa !9
  %45 = icmp slt i32 %44, 4, !dbg !59
  br i1 %45, label %47, label %46, !dbg !60

46:                                               ; preds = %43
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !61
  br label %56

47:                                               ; preds = %43
  %48 = load i32, ptr %6, align 4, !dbg !62, !tbaa !9
  %49 = sext i32 %48 to i64, !dbg !63
  %50 = getelementptr inbounds [4 x i64], ptr %2, i64 0, i64 %49, !dbg !63
  %51 = load i64, ptr %50, align 8, !dbg !63, !tbaa !43
  %52 = call i32 @pthread_join(i64 noundef %51, ptr noundef null), !dbg !64
  br label %53, !dbg !65

53:                                               ; preds = %47
  %54 = load i32, ptr %6, align 4, !dbg !66, !tbaa !9
  %55 = add nsw i32 %54, 1, !dbg !67
  store i32 %55, ptr %6, align 4, !dbg !68, !tbaa !9
  br label %43, !dbg !61, !llvm.loop !69

56:                                               ; preds = %46
  %57 = load i64, ptr @total, align 8, !dbg !71, !tbaa !43
  %58 = load i64, ptr @partial, align 16, !dbg !72, !tbaa !43
  %59 = load i64, ptr getelementptr inbounds ([4 x i64], ptr @partial, i64 0, i64 1), align 8, !dbg !73, !tbaa !43
  %60 = load i64, ptr getelementptr inbounds ([4 x i64], ptr @partial, i64 0, i64 2), align 16, !dbg !74, !tbaa !43
  %61 = load i64, ptr getelementptr inbounds ([4 x i64], ptr @partial, i64 0, i64 3), align 8, !dbg !75, !tbaa !43
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %57, i64 noundef %58, i64 noundef %59, i64 noundef %60, i64 noundef %61), !dbg !76
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !77
  %63 = call i32 @pthread_create(ptr noundef %7, ptr noundef null, ptr noundef @producer, ptr noundef null) #6, !dbg !78
  call void @llvm.lifetime.start.p0(ptr %8) #6, !dbg !79
  store i64 0, ptr %8, align 8, !dbg !80, !tbaa !43
  call void @llvm.lifetime.start.p0(ptr %9) #6, !dbg !79
  store i64 0, ptr %9, align 8, !dbg !81, !tbaa !43
  call void @llvm.lifetime.start.p0(ptr %10) #6, !dbg !82
  store i32 0, ptr %10, align 4, !dbg !83, !tbaa !9
  br label %64, !dbg !82

64:                                               ; preds = %97, %56
  %65 = load i32, ptr %10, align 4, !dbg !84, !tbaa !9
  %66 = icmp slt i32 %65, 1000, !dbg !85
  br i1 %66, label %68, label %67, !dbg !86

67:                                               ; preds = %64
  call void @llvm.lifetime.end.p0(ptr %10) #6, !dbg !87
  br label %100

68:                                               ; preds = %64
  %69 = call i32 @pthread_mutex_lock(ptr noundef @mu) #6, !dbg !88
  br label %70, !dbg !89

70:                                               ; preds = %73, %68
  %71 = load i32, ptr @qcount, align 4, !dbg !90, !tbaa !9
  %72 = icmp eq i32 %71, 0, !dbg !91
  br i1 %72, label %73, label %75, !dbg !92

73:                                               ; preds = %70
  %74 = call i32 @pthread_cond_wait(ptr noundef @not_empty, ptr noundef @mu), !dbg !93
  br label %70, !dbg !89, !llvm.loop !94

75:                                               ; preds = %70
  call void @llvm.lifetime.start.p0(ptr %11) #6, !dbg !96
  %76 = load i32, ptr @qhead, align 4, !dbg !97, !tbaa !9
  %77 = sext i32 %76 to i64, !dbg !98
  %78 = getelementptr inbounds [8 x i64], ptr @queue, i64 0, i64 %77, !dbg !98
  %79 = load i64, ptr %78, align 8, !dbg !99, !tbaa !43
  store i64 %79, ptr %11, align 8, !dbg !100, !tbaa !43
  %80 = load i32, ptr @qhead, align 4, !dbg !101, !tbaa !9
  %81 = add nsw i32 %80, 1, !dbg !102
  %82 = srem i32 %81, 8, !dbg !103
  store i32 %82, ptr @qhead, align 4, !dbg !104, !tbaa !9
  %83 = load i32, ptr @qcount, align 4, !dbg !105, !tbaa !9
  %84 = add nsw i32 %83, -1, !dbg !106
  store i32 %84, ptr @qcount, align 4, !dbg !107, !tbaa !9
  %85 = call i32 @pthread_cond_signal(ptr noundef @not_full) #6, !dbg !108
  %86 = call i32 @pthread_mutex_unlock(ptr noundef @mu) #6, !dbg !109
  %87 = load i64, ptr %11, align 8, !dbg !110, !tbaa !43
  %88 = load i64, ptr %8, align 8, !dbg !111, !tbaa !43
  %89 = add nsw i64 %88, %87, !dbg !112
  store i64 %89, ptr %8, align 8, !dbg !113, !tbaa !43
  %90 = load i64, ptr %11, align 8, !dbg !114, !tbaa !43
  %91 = load i32, ptr %10, align 4, !dbg !115, !tbaa !9
  %92 = add nsw i32 %91, 1, !dbg !116
  %93 = sext i32 %92 to i64, !dbg !117
  %94 = mul nsw i64 %90, %93, !dbg !118
  %95 = load i64, ptr %9, align 8, !dbg !119, !tbaa !43
  %96 = add nsw i64 %95, %94, !dbg !120
  store i64 %96, ptr %9, align 8, !dbg !121, !tbaa !43
  call void @llvm.lifetime.end.p0(ptr %11) #6, !dbg !122
  br label %97, !dbg !123

97:                                               ; preds = %75
  %98 = load i32, ptr %10, align 4, !dbg !124, !tbaa !9
  %99 = add nsw i32 %98, 1, !dbg !125
  store i32 %99, ptr %10, align 4, !dbg !126, !tbaa !9
  br label %64, !dbg !87, !llvm.loop !127

100:                                              ; preds = %67
  %101 = load i64, ptr %7, align 8, !dbg !128, !tbaa !43
  %102 = call i32 @pthread_join(i64 noundef %101, ptr noundef null), !dbg !129
  %103 = load i64, ptr %8, align 8, !dbg !130, !tbaa !43
  %104 = load i64, ptr %9, align 8, !dbg !131, !tbaa !43
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %103, i64 noundef %104), !dbg !132
  call void @llvm.lifetime.end.p0(ptr %9) #6, !dbg !133
  call void @llvm.lifetime.end.p0(ptr %8) #6, !dbg !133
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !133
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !133
  call void @llvm.lifetime.end.p0(ptr %2) #6, !dbg !133
  ret i32 0, !dbg !134
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nounwind
declare !dbg !135 i32 @pthread_create(ptr noundef, ptr noundef, ptr noundef, ptr noundef) #4

; Function Attrs: nounwind uwtable
define internal ptr @sum_range(ptr noundef %0) #0 !dbg !137 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store ptr %0, ptr %2, align 8, !tbaa !138
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !140
  %6 = load ptr, ptr %2, align 8, !dbg !141, !tbaa !138
  store ptr %6, ptr %3, align 8, !dbg !142, !tbaa !143
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !145
  store i64 0, ptr %4, align 8, !dbg !146, !tbaa !43
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !147
  %7 = load ptr, ptr %3, align 8, !dbg !148, !tbaa !143
  %8 = getelementptr inbounds nuw %struct.job, ptr %7, i32 0, i32 1, !dbg !149
  %9 = load i64, ptr %8, align 8, !dbg !150, !tbaa !35
  store i64 %9, ptr %5, align 8, !dbg !151, !tbaa !43
  br label %10, !dbg !147

10:                                               ; preds = %24, %1
  %11 = load i64, ptr %5, align 8, !dbg !152, !tbaa !43
  %12 = load ptr, ptr %3, align 8, !dbg !153, !tbaa !143
  %13 = getelementptr inbounds nuw %struct.job, ptr %12, i32 0, i32 2, !dbg !154
  %14 = load i64, ptr %13, align 8, !dbg !154, !tbaa !40
  %15 = icmp slt i64 %11, %14, !dbg !155
  br i1 %15, label %17, label %16, !dbg !156

16:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !157
  br label %27

17:                                               ; preds = %10
  %18 = load i64, ptr %5, align 8, !dbg !158, !tbaa !43
  %19 = load i64, ptr %5, align 8, !dbg !159, !tbaa !43
  %20 = mul nsw i64 %18, %19, !dbg !160
  %21 = srem i64 %20, 1013, !dbg !161
  %22 = load i64, ptr %4, align 8, !dbg !162, !tbaa !43
  %23 = add nsw i64 %22, %21, !dbg !163
  store i64 %23, ptr %4, align 8, !dbg !164, !tbaa !43
  br label %24, !dbg !165

24:                                               ; preds = %17
  %25 = load i64, ptr %5, align 8, !dbg !166, !tbaa !43
  %26 = add nsw i64 %25, 1, !dbg !167
  store i64 %26, ptr %5, align 8, !dbg !168, !tbaa !43
  br label %10, !dbg !157, !llvm.loop !169

27:                                               ; preds = %16
  %28 = load i64, ptr %4, align 8, !dbg !171, !tbaa !43
  %29 = load ptr, ptr %3, align 8, !dbg !172, !tbaa !143
  %30 = getelementptr inbounds nuw %struct.job, ptr %29, i32 0, i32 0, !dbg !173
  %31 = load i32, ptr %30, align 8, !dbg !173, !tbaa !30
  %32 = sext i32 %31 to i64, !dbg !174
  %33 = getelementptr inbounds [4 x i64], ptr @partial, i64 0, i64 %32, !dbg !174
  store i64 %28, ptr %33, align 8, !dbg !175, !tbaa !43
  %34 = call i32 @pthread_mutex_lock(ptr noundef @mu) #6, !dbg !176
  %35 = load i64, ptr %4, align 8, !dbg !177, !tbaa !43
  %36 = load i64, ptr @total, align 8, !dbg !178, !tbaa !43
  %37 = add nsw i64 %36, %35, !dbg !179
  store i64 %37, ptr @total, align 8, !dbg !180, !tbaa !43
  %38 = call i32 @pthread_mutex_unlock(ptr noundef @mu) #6, !dbg !181
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !182
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !182
  ret ptr null, !dbg !183
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !184 i32 @pthread_join(i64 noundef, ptr noundef) #5

declare !dbg !185 i32 @printf(ptr noundef, ...) #5

; Function Attrs: nounwind uwtable
define internal ptr @producer(ptr noundef %0) #0 !dbg !187 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  store ptr %0, ptr %2, align 8, !tbaa !138
  %4 = load ptr, ptr %2, align 8, !dbg !188, !tbaa !138
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !189
  store i64 1, ptr %3, align 8, !dbg !190, !tbaa !43
  br label %5, !dbg !189

5:                                                ; preds = %27, %1
  %6 = load i64, ptr %3, align 8, !dbg !191, !tbaa !43
  %7 = icmp sle i64 %6, 1000, !dbg !192
  br i1 %7, label %9, label %8, !dbg !193

8:                                                ; preds = %5
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !194
  br label %30

9:                                                ; preds = %5
  %10 = call i32 @pthread_mutex_lock(ptr noundef @mu) #6, !dbg !195
  br label %11, !dbg !196

11:                                               ; preds = %14, %9
  %12 = load i32, ptr @qcount, align 4, !dbg !197, !tbaa !9
  %13 = icmp eq i32 %12, 8, !dbg !198
  br i1 %13, label %14, label %16, !dbg !199

14:                                               ; preds = %11
  %15 = call i32 @pthread_cond_wait(ptr noundef @not_full, ptr noundef @mu), !dbg !200
  br label %11, !dbg !196, !llvm.loop !201

16:                                               ; preds = %11
  %17 = load i64, ptr %3, align 8, !dbg !203, !tbaa !43
  %18 = load i32, ptr @qhead, align 4, !dbg !204, !tbaa !9
  %19 = load i32, ptr @qcount, align 4, !dbg !205, !tbaa !9
  %20 = add nsw i32 %19, 1, !dbg !206
  store i32 %20, ptr @qcount, align 4, !dbg !207, !tbaa !9
  %21 = add nsw i32 %18, %19, !dbg !208
  %22 = srem i32 %21, 8, !dbg !209
  %23 = sext i32 %22 to i64, !dbg !210
  %24 = getelementptr inbounds [8 x i64], ptr @queue, i64 0, i64 %23, !dbg !210
  store i64 %17, ptr %24, align 8, !dbg !211, !tbaa !43
  %25 = call i32 @pthread_cond_signal(ptr noundef @not_empty) #6, !dbg !212
  %26 = call i32 @pthread_mutex_unlock(ptr noundef @mu) #6, !dbg !213
  br label %27, !dbg !214

27:                                               ; preds = %16
  %28 = load i64, ptr %3, align 8, !dbg !215, !tbaa !43
  %29 = add nsw i64 %28, 1, !dbg !216
  store i64 %29, ptr %3, align 8, !dbg !217, !tbaa !43
  br label %5, !dbg !194, !llvm.loop !218

30:                                               ; preds = %8
  ret ptr null, !dbg !220
}

; Function Attrs: nounwind
declare !dbg !221 i32 @pthread_mutex_lock(ptr noundef) #4

declare !dbg !222 i32 @pthread_cond_wait(ptr noundef, ptr noundef) #5

; Function Attrs: nounwind
declare !dbg !223 i32 @pthread_cond_signal(ptr noundef) #4

; Function Attrs: nounwind
declare !dbg !224 i32 @pthread_mutex_unlock(ptr noundef) #4

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "pthreads.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 35, type: !15, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "pthreads.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 36, column: 5, scope: !13)
!18 = !DILocation(line: 36, column: 22, scope: !13)
!19 = !DILocation(line: 37, column: 10, scope: !13)
!20 = !DILocation(line: 37, column: 14, scope: !13, atomGroup: 1, atomRank: 1)
!21 = !DILocation(line: 37, column: 21, scope: !13)
!22 = !DILocation(line: 37, column: 23, scope: !13, atomGroup: 2, atomRank: 1)
!23 = !DILocation(line: 37, column: 5, scope: !13, atomGroup: 3, atomRank: 1)
!24 = !DILocation(line: 37, column: 5, scope: !13)
!25 = !DILocation(line: 37, column: 41, scope: !13)
!26 = !DILocation(line: 37, column: 36, scope: !13)
!27 = !DILocation(line: 37, column: 58, scope: !13)
!28 = !DILocation(line: 37, column: 59, scope: !13, atomGroup: 4, atomRank: 2)
!29 = !DILocation(line: 37, column: 58, scope: !13, atomGroup: 4, atomRank: 1)
!30 = !{!31, !10, i64 0}
!31 = !{!"job", !10, i64 0, !32, i64 8, !32, i64 16}
!32 = !{!"long", !11, i64 0}
!33 = !DILocation(line: 37, column: 62, scope: !13)
!34 = !DILocation(line: 37, column: 64, scope: !13, atomGroup: 4, atomRank: 2)
!35 = !{!31, !32, i64 8}
!36 = !DILocation(line: 37, column: 75, scope: !13)
!37 = !DILocation(line: 37, column: 77, scope: !13)
!38 = !DILocation(line: 37, column: 74, scope: !13)
!39 = !DILocation(line: 37, column: 82, scope: !13, atomGroup: 4, atomRank: 2)
!40 = !{!31, !32, i64 16}
!41 = !DILocation(line: 37, column: 46, scope: !13, atomGroup: 4, atomRank: 1)
!42 = !{i64 0, i64 4, !9, i64 8, i64 8, !43, i64 16, i64 8, !43}
!43 = !{!32, !32, i64 0}
!44 = !DILocation(line: 37, column: 111, scope: !13)
!45 = !DILocation(line: 37, column: 109, scope: !13)
!46 = !DILocation(line: 37, column: 138, scope: !13)
!47 = !DILocation(line: 37, column: 133, scope: !13)
!48 = !DILocation(line: 37, column: 93, scope: !13)
!49 = !DILocation(line: 37, column: 143, scope: !13, atomGroup: 6, atomRank: 1)
!50 = !DILocation(line: 37, column: 30, scope: !13)
!51 = !DILocation(line: 37, column: 30, scope: !13, atomGroup: 5, atomRank: 2)
!52 = !DILocation(line: 37, column: 30, scope: !13, atomGroup: 5, atomRank: 1)
!53 = distinct !{!53, !24, !54, !55}
!54 = !DILocation(line: 37, column: 143, scope: !13)
!55 = !{!"llvm.loop.mustprogress"}
!56 = !DILocation(line: 38, column: 10, scope: !13)
!57 = !DILocation(line: 38, column: 14, scope: !13, atomGroup: 7, atomRank: 1)
!58 = !DILocation(line: 38, column: 21, scope: !13)
!59 = !DILocation(line: 38, column: 23, scope: !13, atomGroup: 8, atomRank: 1)
!60 = !DILocation(line: 38, column: 5, scope: !13, atomGroup: 9, atomRank: 1)
!61 = !DILocation(line: 38, column: 5, scope: !13)
!62 = !DILocation(line: 38, column: 49, scope: !13)
!63 = !DILocation(line: 38, column: 47, scope: !13)
!64 = !DILocation(line: 38, column: 34, scope: !13)
!65 = !DILocation(line: 38, column: 34, scope: !13, atomGroup: 11, atomRank: 1)
!66 = !DILocation(line: 38, column: 30, scope: !13)
!67 = !DILocation(line: 38, column: 30, scope: !13, atomGroup: 10, atomRank: 2)
!68 = !DILocation(line: 38, column: 30, scope: !13, atomGroup: 10, atomRank: 1)
!69 = distinct !{!69, !61, !70, !55}
!70 = !DILocation(line: 38, column: 57, scope: !13)
!71 = !DILocation(line: 39, column: 49, scope: !13)
!72 = !DILocation(line: 39, column: 56, scope: !13)
!73 = !DILocation(line: 39, column: 68, scope: !13)
!74 = !DILocation(line: 39, column: 80, scope: !13)
!75 = !DILocation(line: 39, column: 92, scope: !13)
!76 = !DILocation(line: 39, column: 5, scope: !13)
!77 = !DILocation(line: 40, column: 5, scope: !13)
!78 = !DILocation(line: 40, column: 18, scope: !13)
!79 = !DILocation(line: 41, column: 5, scope: !13)
!80 = !DILocation(line: 41, column: 10, scope: !13, atomGroup: 12, atomRank: 1)
!81 = !DILocation(line: 41, column: 24, scope: !13, atomGroup: 13, atomRank: 1)
!82 = !DILocation(line: 42, column: 10, scope: !13)
!83 = !DILocation(line: 42, column: 14, scope: !13, atomGroup: 14, atomRank: 1)
!84 = !DILocation(line: 42, column: 21, scope: !13)
!85 = !DILocation(line: 42, column: 23, scope: !13, atomGroup: 15, atomRank: 1)
!86 = !DILocation(line: 42, column: 5, scope: !13, atomGroup: 16, atomRank: 1)
!87 = !DILocation(line: 42, column: 5, scope: !13)
!88 = !DILocation(line: 43, column: 9, scope: !13)
!89 = !DILocation(line: 44, column: 9, scope: !13)
!90 = !DILocation(line: 44, column: 16, scope: !13)
!91 = !DILocation(line: 44, column: 23, scope: !13, atomGroup: 17, atomRank: 1)
!92 = !DILocation(line: 44, column: 9, scope: !13, atomGroup: 18, atomRank: 1)
!93 = !DILocation(line: 44, column: 29, scope: !13)
!94 = distinct !{!94, !89, !95, !55}
!95 = !DILocation(line: 44, column: 62, scope: !13)
!96 = !DILocation(line: 45, column: 9, scope: !13)
!97 = !DILocation(line: 45, column: 24, scope: !13)
!98 = !DILocation(line: 45, column: 18, scope: !13)
!99 = !DILocation(line: 45, column: 18, scope: !13, atomGroup: 19, atomRank: 2)
!100 = !DILocation(line: 45, column: 14, scope: !13, atomGroup: 19, atomRank: 1)
!101 = !DILocation(line: 45, column: 41, scope: !13)
!102 = !DILocation(line: 45, column: 47, scope: !13)
!103 = !DILocation(line: 45, column: 52, scope: !13, atomGroup: 20, atomRank: 2)
!104 = !DILocation(line: 45, column: 38, scope: !13, atomGroup: 20, atomRank: 1)
!105 = !DILocation(line: 45, column: 64, scope: !13)
!106 = !DILocation(line: 45, column: 64, scope: !13, atomGroup: 21, atomRank: 2)
!107 = !DILocation(line: 45, column: 64, scope: !13, atomGroup: 21, atomRank: 1)
!108 = !DILocation(line: 46, column: 9, scope: !13)
!109 = !DILocation(line: 47, column: 9, scope: !13)
!110 = !DILocation(line: 48, column: 21, scope: !13)
!111 = !DILocation(line: 48, column: 18, scope: !13)
!112 = !DILocation(line: 48, column: 18, scope: !13, atomGroup: 22, atomRank: 2)
!113 = !DILocation(line: 48, column: 18, scope: !13, atomGroup: 22, atomRank: 1)
!114 = !DILocation(line: 48, column: 36, scope: !13)
!115 = !DILocation(line: 48, column: 41, scope: !13)
!116 = !DILocation(line: 48, column: 43, scope: !13)
!117 = !DILocation(line: 48, column: 40, scope: !13)
!118 = !DILocation(line: 48, column: 38, scope: !13)
!119 = !DILocation(line: 48, column: 33, scope: !13)
!120 = !DILocation(line: 48, column: 33, scope: !13, atomGroup: 23, atomRank: 2)
!121 = !DILocation(line: 48, column: 33, scope: !13, atomGroup: 23, atomRank: 1)
!122 = !DILocation(line: 49, column: 5, scope: !13)
!123 = !DILocation(line: 49, column: 5, scope: !13, atomGroup: 25, atomRank: 1)
!124 = !DILocation(line: 42, column: 32, scope: !13)
!125 = !DILocation(line: 42, column: 32, scope: !13, atomGroup: 24, atomRank: 2)
!126 = !DILocation(line: 42, column: 32, scope: !13, atomGroup: 24, atomRank: 1)
!127 = distinct !{!127, !87, !122, !55}
!128 = !DILocation(line: 50, column: 18, scope: !13)
!129 = !DILocation(line: 50, column: 5, scope: !13)
!130 = !DILocation(line: 51, column: 43, scope: !13)
!131 = !DILocation(line: 51, column: 53, scope: !13)
!132 = !DILocation(line: 51, column: 5, scope: !13)
!133 = !DILocation(line: 53, column: 1, scope: !13)
!134 = !DILocation(line: 52, column: 5, scope: !13, atomGroup: 27, atomRank: 1)
!135 = !DISubprogram(name: "pthread_create", scope: !136, file: !136, line: 202, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!136 = !DIFile(filename: "/usr/include/pthread.h", directory: "")
!137 = distinct !DISubprogram(name: "sum_range", scope: !14, file: !14, line: 15, type: !15, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!138 = !{!139, !139, i64 0}
!139 = !{!"any pointer", !11, i64 0}
!140 = !DILocation(line: 16, column: 5, scope: !137)
!141 = !DILocation(line: 16, column: 21, scope: !137, atomGroup: 1, atomRank: 2)
!142 = !DILocation(line: 16, column: 17, scope: !137, atomGroup: 1, atomRank: 1)
!143 = !{!144, !144, i64 0}
!144 = !{!"p1 _ZTS3job", !139, i64 0}
!145 = !DILocation(line: 16, column: 26, scope: !137)
!146 = !DILocation(line: 16, column: 31, scope: !137, atomGroup: 2, atomRank: 1)
!147 = !DILocation(line: 17, column: 10, scope: !137)
!148 = !DILocation(line: 17, column: 19, scope: !137)
!149 = !DILocation(line: 17, column: 22, scope: !137)
!150 = !DILocation(line: 17, column: 22, scope: !137, atomGroup: 3, atomRank: 2)
!151 = !DILocation(line: 17, column: 15, scope: !137, atomGroup: 3, atomRank: 1)
!152 = !DILocation(line: 17, column: 26, scope: !137)
!153 = !DILocation(line: 17, column: 30, scope: !137)
!154 = !DILocation(line: 17, column: 33, scope: !137)
!155 = !DILocation(line: 17, column: 28, scope: !137, atomGroup: 4, atomRank: 1)
!156 = !DILocation(line: 17, column: 5, scope: !137, atomGroup: 5, atomRank: 1)
!157 = !DILocation(line: 17, column: 5, scope: !137)
!158 = !DILocation(line: 17, column: 47, scope: !137)
!159 = !DILocation(line: 17, column: 51, scope: !137)
!160 = !DILocation(line: 17, column: 49, scope: !137)
!161 = !DILocation(line: 17, column: 53, scope: !137)
!162 = !DILocation(line: 17, column: 44, scope: !137)
!163 = !DILocation(line: 17, column: 44, scope: !137, atomGroup: 6, atomRank: 2)
!164 = !DILocation(line: 17, column: 44, scope: !137, atomGroup: 6, atomRank: 1)
!165 = !DILocation(line: 17, column: 42, scope: !137, atomGroup: 8, atomRank: 1)
!166 = !DILocation(line: 17, column: 38, scope: !137)
!167 = !DILocation(line: 17, column: 38, scope: !137, atomGroup: 7, atomRank: 2)
!168 = !DILocation(line: 17, column: 38, scope: !137, atomGroup: 7, atomRank: 1)
!169 = distinct !{!169, !157, !170, !55}
!170 = !DILocation(line: 17, column: 55, scope: !137)
!171 = !DILocation(line: 18, column: 22, scope: !137, atomGroup: 9, atomRank: 2)
!172 = !DILocation(line: 18, column: 13, scope: !137)
!173 = !DILocation(line: 18, column: 16, scope: !137)
!174 = !DILocation(line: 18, column: 5, scope: !137)
!175 = !DILocation(line: 18, column: 20, scope: !137, atomGroup: 9, atomRank: 1)
!176 = !DILocation(line: 19, column: 5, scope: !137)
!177 = !DILocation(line: 19, column: 39, scope: !137)
!178 = !DILocation(line: 19, column: 36, scope: !137)
!179 = !DILocation(line: 19, column: 36, scope: !137, atomGroup: 10, atomRank: 2)
!180 = !DILocation(line: 19, column: 36, scope: !137, atomGroup: 10, atomRank: 1)
!181 = !DILocation(line: 19, column: 42, scope: !137)
!182 = !DILocation(line: 21, column: 1, scope: !137)
!183 = !DILocation(line: 20, column: 5, scope: !137, atomGroup: 12, atomRank: 1)
!184 = !DISubprogram(name: "pthread_join", scope: !136, file: !136, line: 219, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!185 = !DISubprogram(name: "printf", scope: !186, file: !186, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!186 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!187 = distinct !DISubprogram(name: "producer", scope: !14, file: !14, line: 23, type: !15, scopeLine: 23, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!188 = !DILocation(line: 24, column: 11, scope: !187)
!189 = !DILocation(line: 25, column: 10, scope: !187)
!190 = !DILocation(line: 25, column: 15, scope: !187, atomGroup: 1, atomRank: 1)
!191 = !DILocation(line: 25, column: 22, scope: !187)
!192 = !DILocation(line: 25, column: 24, scope: !187, atomGroup: 2, atomRank: 1)
!193 = !DILocation(line: 25, column: 5, scope: !187, atomGroup: 3, atomRank: 1)
!194 = !DILocation(line: 25, column: 5, scope: !187)
!195 = !DILocation(line: 26, column: 9, scope: !187)
!196 = !DILocation(line: 27, column: 9, scope: !187)
!197 = !DILocation(line: 27, column: 16, scope: !187)
!198 = !DILocation(line: 27, column: 23, scope: !187, atomGroup: 4, atomRank: 1)
!199 = !DILocation(line: 27, column: 9, scope: !187, atomGroup: 5, atomRank: 1)
!200 = !DILocation(line: 27, column: 30, scope: !187)
!201 = distinct !{!201, !196, !202, !55}
!202 = !DILocation(line: 27, column: 62, scope: !187)
!203 = !DILocation(line: 28, column: 42, scope: !187, atomGroup: 6, atomRank: 2)
!204 = !DILocation(line: 28, column: 16, scope: !187)
!205 = !DILocation(line: 28, column: 30, scope: !187)
!206 = !DILocation(line: 28, column: 30, scope: !187, atomGroup: 7, atomRank: 2)
!207 = !DILocation(line: 28, column: 30, scope: !187, atomGroup: 7, atomRank: 1)
!208 = !DILocation(line: 28, column: 22, scope: !187)
!209 = !DILocation(line: 28, column: 34, scope: !187)
!210 = !DILocation(line: 28, column: 9, scope: !187)
!211 = !DILocation(line: 28, column: 40, scope: !187, atomGroup: 6, atomRank: 1)
!212 = !DILocation(line: 29, column: 9, scope: !187)
!213 = !DILocation(line: 30, column: 9, scope: !187)
!214 = !DILocation(line: 31, column: 5, scope: !187, atomGroup: 9, atomRank: 1)
!215 = !DILocation(line: 25, column: 34, scope: !187)
!216 = !DILocation(line: 25, column: 34, scope: !187, atomGroup: 8, atomRank: 2)
!217 = !DILocation(line: 25, column: 34, scope: !187, atomGroup: 8, atomRank: 1)
!218 = distinct !{!218, !194, !219, !55}
!219 = !DILocation(line: 31, column: 5, scope: !187)
!220 = !DILocation(line: 32, column: 5, scope: !187, atomGroup: 10, atomRank: 1)
!221 = !DISubprogram(name: "pthread_mutex_lock", scope: !136, file: !136, line: 794, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!222 = !DISubprogram(name: "pthread_cond_wait", scope: !136, file: !136, line: 1133, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!223 = !DISubprogram(name: "pthread_cond_signal", scope: !136, file: !136, line: 1121, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!224 = !DISubprogram(name: "pthread_mutex_unlock", scope: !136, file: !136, line: 835, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
