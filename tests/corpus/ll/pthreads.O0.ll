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

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
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
  store i32 0, ptr %4, align 4, !dbg !13
  br label %12, !dbg !14

12:                                               ; preds = %38, %0
  %13 = load i32, ptr %4, align 4, !dbg !15
  %14 = icmp slt i32 %13, 4, !dbg !16
  br i1 %14, label %15, label %41, !dbg !17

15:                                               ; preds = %12
  %16 = load i32, ptr %4, align 4, !dbg !18
  %17 = sext i32 %16 to i64, !dbg !19
  %18 = getelementptr inbounds [4 x %struct.job], ptr %3, i64 0, i64 %17, !dbg !19
  %19 = getelementptr inbounds nuw %struct.job, ptr %5, i32 0, i32 0, !dbg !20
  %20 = load i32, ptr %4, align 4, !dbg !21
  store i32 %20, ptr %19, align 8, !dbg !20
  %21 = getelementptr i8, ptr %5, i64 4, !dbg !20
  call void @llvm.memset.p0.i64(ptr align 4 %21, i8 0, i64 4, i1 false), !dbg !20
  %22 = getelementptr inbounds nuw %struct.job, ptr %5, i32 0, i32 1, !dbg !20
  %23 = load i32, ptr %4, align 4, !dbg !22
  %24 = sext i32 %23 to i64, !dbg !22
  %25 = mul nsw i64 %24, 25000, !dbg !23
  store i64 %25, ptr %22, align 8, !dbg !20
  %26 = getelementptr inbounds nuw %struct.job, ptr %5, i32 0, i32 2, !dbg !20
  %27 = load i32, ptr %4, align 4, !dbg !24
  %28 = add nsw i32 %27, 1, !dbg !25
  %29 = sext i32 %28 to i64, !dbg !26
  %30 = mul nsw i64 %29, 25000, !dbg !27
  store i64 %30, ptr %26, align 8, !dbg !20
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %18, ptr align 8 %5, i64 24, i1 false), !dbg !28
  %31 = load i32, ptr %4, align 4, !dbg !29
  %32 = sext i32 %31 to i64, !dbg !30
  %33 = getelementptr inbounds [4 x i64], ptr %2, i64 0, i64 %32, !dbg !30
  %34 = load i32, ptr %4, align 4, !dbg !31
  %35 = sext i32 %34 to i64, !dbg !32
  %36 = getelementptr inbounds [4 x %struct.job], ptr %3, i64 0, i64 %35, !dbg !32
  %37 = call i32 @pthread_create(ptr noundef %33, ptr noundef null, ptr noundef @sum_range, ptr noundef %36) #5, !dbg !33
  br label %38, !dbg !34

38:                                               ; preds = %15
  %39 = load i32, ptr %4, align 4, !dbg !35
  %40 = add nsw i32 %39, 1, !dbg !35
  store i32 %40, ptr %4, align 4, !dbg !35
  br label %12, !dbg !17, !llvm.loop !36

41:                                               ; preds = %12
  store i32 0, ptr %6, align 4, !dbg !38
  br label %42, !dbg !39

42:                                               ; preds = %51, %41
  %43 = load i32, ptr %6, align 4, !dbg !40
  %44 = icmp slt i32 %43, 4, !dbg !41
  br i1 %44, label %45, label %54, !dbg !42

45:                                               ; preds = %42
  %46 = load i32, ptr %6, align 4, !dbg !43
  %47 = sext i32 %46 to i64, !dbg !44
  %48 = getelementptr inbounds [4 x i64], ptr %2, i64 0, i64 %47, !dbg !44
  %49 = load i64, ptr %48, align 8, !dbg !44
  %50 = call i32 @pthread_join(i64 noundef %49, ptr noundef null), !dbg !45
  br label %51, !dbg !45

51:                                               ; preds = %45
  %52 = load i32, ptr %6, align 4, !dbg !46
  %53 = add nsw i32 %52, 1, !dbg !46
  store i32 %53, ptr %6, align 4, !dbg !46
  br label %42, !dbg !42, !llvm.loop !47

54:                                               ; preds = %42
  %55 = load i64, ptr @total, align 8, !dbg !49
  %56 = load i64, ptr @partial, align 16, !dbg !50
  %57 = load i64, ptr getelementptr inbounds ([4 x i64], ptr @partial, i64 0, i64 1), align 8, !dbg !51
  %58 = load i64, ptr getelementptr inbounds ([4 x i64], ptr @partial, i64 0, i64 2), align 16, !dbg !52
  %59 = load i64, ptr getelementptr inbounds ([4 x i64], ptr @partial, i64 0, i64 3), align 8, !dbg !53
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %55, i64 noundef %56, i64 noundef %57, i64 noundef %58, i64 noundef %59), !dbg !54
  %61 = call i32 @pthread_create(ptr noundef %7, ptr noundef null, ptr noundef @producer, ptr noundef null) #5, !dbg !55
  store i64 0, ptr %8, align 8, !dbg !56
  store i64 0, ptr %9, align 8, !dbg !57
  store i32 0, ptr %10, align 4, !dbg !58
  br label %62, !dbg !59

62:                                               ; preds = %94, %54
  %63 = load i32, ptr %10, align 4, !dbg !60
  %64 = icmp slt i32 %63, 1000, !dbg !61
  br i1 %64, label %65, label %97, !dbg !62

65:                                               ; preds = %62
  %66 = call i32 @pthread_mutex_lock(ptr noundef @mu) #5, !dbg !63
  br label %67, !dbg !64

67:                                               ; preds = %70, %65
  %68 = load i32, ptr @qcount, align 4, !dbg !65
  %69 = icmp eq i32 %68, 0, !dbg !66
  br i1 %69, label %70, label %72, !dbg !64

70:                                               ; preds = %67
  %71 = call i32 @pthread_cond_wait(ptr noundef @not_empty, ptr noundef @mu), !dbg !67
  br label %67, !dbg !64, !llvm.loop !68

72:                                               ; preds = %67
  %73 = load i32, ptr @qhead, align 4, !dbg !70
  %74 = sext i32 %73 to i64, !dbg !71
  %75 = getelementptr inbounds [8 x i64], ptr @queue, i64 0, i64 %74, !dbg !71
  %76 = load i64, ptr %75, align 8, !dbg !71
  store i64 %76, ptr %11, align 8, !dbg !72
  %77 = load i32, ptr @qhead, align 4, !dbg !73
  %78 = add nsw i32 %77, 1, !dbg !74
  %79 = srem i32 %78, 8, !dbg !75
  store i32 %79, ptr @qhead, align 4, !dbg !76
  %80 = load i32, ptr @qcount, align 4, !dbg !77
  %81 = add nsw i32 %80, -1, !dbg !77
  store i32 %81, ptr @qcount, align 4, !dbg !77
  %82 = call i32 @pthread_cond_signal(ptr noundef @not_full) #5, !dbg !78
  %83 = call i32 @pthread_mutex_unlock(ptr noundef @mu) #5, !dbg !79
  %84 = load i64, ptr %11, align 8, !dbg !80
  %85 = load i64, ptr %8, align 8, !dbg !81
  %86 = add nsw i64 %85, %84, !dbg !81
  store i64 %86, ptr %8, align 8, !dbg !81
  %87 = load i64, ptr %11, align 8, !dbg !82
  %88 = load i32, ptr %10, align 4, !dbg !83
  %89 = add nsw i32 %88, 1, !dbg !84
  %90 = sext i32 %89 to i64, !dbg !85
  %91 = mul nsw i64 %87, %90, !dbg !86
  %92 = load i64, ptr %9, align 8, !dbg !87
  %93 = add nsw i64 %92, %91, !dbg !87
  store i64 %93, ptr %9, align 8, !dbg !87
  br label %94, !dbg !88

94:                                               ; preds = %72
  %95 = load i32, ptr %10, align 4, !dbg !89
  %96 = add nsw i32 %95, 1, !dbg !89
  store i32 %96, ptr %10, align 4, !dbg !89
  br label %62, !dbg !62, !llvm.loop !90

97:                                               ; preds = %62
  %98 = load i64, ptr %7, align 8, !dbg !91
  %99 = call i32 @pthread_join(i64 noundef %98, ptr noundef null), !dbg !92
  %100 = load i64, ptr %8, align 8, !dbg !93
  %101 = load i64, ptr %9, align 8, !dbg !94
  %102 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %100, i64 noundef %101), !dbg !95
  ret i32 0, !dbg !96
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nounwind
declare i32 @pthread_create(ptr noundef, ptr noundef, ptr noundef, ptr noundef) #3

; Function Attrs: noinline nounwind sspstrong uwtable
define internal ptr @sum_range(ptr noundef %0) #0 !dbg !97 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  %6 = load ptr, ptr %2, align 8, !dbg !98
  store ptr %6, ptr %3, align 8, !dbg !99
  store i64 0, ptr %4, align 8, !dbg !100
  %7 = load ptr, ptr %3, align 8, !dbg !101
  %8 = getelementptr inbounds nuw %struct.job, ptr %7, i32 0, i32 1, !dbg !102
  %9 = load i64, ptr %8, align 8, !dbg !102
  store i64 %9, ptr %5, align 8, !dbg !103
  br label %10, !dbg !104

10:                                               ; preds = %23, %1
  %11 = load i64, ptr %5, align 8, !dbg !105
  %12 = load ptr, ptr %3, align 8, !dbg !106
  %13 = getelementptr inbounds nuw %struct.job, ptr %12, i32 0, i32 2, !dbg !107
  %14 = load i64, ptr %13, align 8, !dbg !107
  %15 = icmp slt i64 %11, %14, !dbg !108
  br i1 %15, label %16, label %26, !dbg !109

16:                                               ; preds = %10
  %17 = load i64, ptr %5, align 8, !dbg !110
  %18 = load i64, ptr %5, align 8, !dbg !111
  %19 = mul nsw i64 %17, %18, !dbg !112
  %20 = srem i64 %19, 1013, !dbg !113
  %21 = load i64, ptr %4, align 8, !dbg !114
  %22 = add nsw i64 %21, %20, !dbg !114
  store i64 %22, ptr %4, align 8, !dbg !114
  br label %23, !dbg !115

23:                                               ; preds = %16
  %24 = load i64, ptr %5, align 8, !dbg !116
  %25 = add nsw i64 %24, 1, !dbg !116
  store i64 %25, ptr %5, align 8, !dbg !116
  br label %10, !dbg !109, !llvm.loop !117

26:                                               ; preds = %10
  %27 = load i64, ptr %4, align 8, !dbg !119
  %28 = load ptr, ptr %3, align 8, !dbg !120
  %29 = getelementptr inbounds nuw %struct.job, ptr %28, i32 0, i32 0, !dbg !121
  %30 = load i32, ptr %29, align 8, !dbg !121
  %31 = sext i32 %30 to i64, !dbg !122
  %32 = getelementptr inbounds [4 x i64], ptr @partial, i64 0, i64 %31, !dbg !122
  store i64 %27, ptr %32, align 8, !dbg !123
  %33 = call i32 @pthread_mutex_lock(ptr noundef @mu) #5, !dbg !124
  %34 = load i64, ptr %4, align 8, !dbg !125
  %35 = load i64, ptr @total, align 8, !dbg !126
  %36 = add nsw i64 %35, %34, !dbg !126
  store i64 %36, ptr @total, align 8, !dbg !126
  %37 = call i32 @pthread_mutex_unlock(ptr noundef @mu) #5, !dbg !127
  ret ptr null, !dbg !128
}

declare i32 @pthread_join(i64 noundef, ptr noundef) #4

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: noinline nounwind sspstrong uwtable
define internal ptr @producer(ptr noundef %0) #0 !dbg !129 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8, !dbg !130
  store i64 1, ptr %3, align 8, !dbg !131
  br label %5, !dbg !132

5:                                                ; preds = %26, %1
  %6 = load i64, ptr %3, align 8, !dbg !133
  %7 = icmp sle i64 %6, 1000, !dbg !134
  br i1 %7, label %8, label %29, !dbg !135

8:                                                ; preds = %5
  %9 = call i32 @pthread_mutex_lock(ptr noundef @mu) #5, !dbg !136
  br label %10, !dbg !137

10:                                               ; preds = %13, %8
  %11 = load i32, ptr @qcount, align 4, !dbg !138
  %12 = icmp eq i32 %11, 8, !dbg !139
  br i1 %12, label %13, label %15, !dbg !137

13:                                               ; preds = %10
  %14 = call i32 @pthread_cond_wait(ptr noundef @not_full, ptr noundef @mu), !dbg !140
  br label %10, !dbg !137, !llvm.loop !141

15:                                               ; preds = %10
  %16 = load i64, ptr %3, align 8, !dbg !143
  %17 = load i32, ptr @qhead, align 4, !dbg !144
  %18 = load i32, ptr @qcount, align 4, !dbg !145
  %19 = add nsw i32 %18, 1, !dbg !145
  store i32 %19, ptr @qcount, align 4, !dbg !145
  %20 = add nsw i32 %17, %18, !dbg !146
  %21 = srem i32 %20, 8, !dbg !147
  %22 = sext i32 %21 to i64, !dbg !148
  %23 = getelementptr inbounds [8 x i64], ptr @queue, i64 0, i64 %22, !dbg !148
  store i64 %16, ptr %23, align 8, !dbg !149
  %24 = call i32 @pthread_cond_signal(ptr noundef @not_empty) #5, !dbg !150
  %25 = call i32 @pthread_mutex_unlock(ptr noundef @mu) #5, !dbg !151
  br label %26, !dbg !152

26:                                               ; preds = %15
  %27 = load i64, ptr %3, align 8, !dbg !153
  %28 = add nsw i64 %27, 1, !dbg !153
  store i64 %28, ptr %3, align 8, !dbg !153
  br label %5, !dbg !135, !llvm.loop !154

29:                                               ; preds = %5
  ret ptr null, !dbg !155
}

; Function Attrs: nounwind
declare i32 @pthread_mutex_lock(ptr noundef) #3

declare i32 @pthread_cond_wait(ptr noundef, ptr noundef) #4

; Function Attrs: nounwind
declare i32 @pthread_cond_signal(ptr noundef) #3

; Function Attrs: nounwind
declare i32 @pthread_mutex_unlock(ptr noundef) #3

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "pthreads.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 35, type: !11, scopeLine: 35, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "pthreads.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 37, column: 14, scope: !9)
!14 = !DILocation(line: 37, column: 10, scope: !9)
!15 = !DILocation(line: 37, column: 21, scope: !9)
!16 = !DILocation(line: 37, column: 23, scope: !9)
!17 = !DILocation(line: 37, column: 5, scope: !9)
!18 = !DILocation(line: 37, column: 41, scope: !9)
!19 = !DILocation(line: 37, column: 36, scope: !9)
!20 = !DILocation(line: 37, column: 58, scope: !9)
!21 = !DILocation(line: 37, column: 59, scope: !9)
!22 = !DILocation(line: 37, column: 62, scope: !9)
!23 = !DILocation(line: 37, column: 64, scope: !9)
!24 = !DILocation(line: 37, column: 75, scope: !9)
!25 = !DILocation(line: 37, column: 77, scope: !9)
!26 = !DILocation(line: 37, column: 74, scope: !9)
!27 = !DILocation(line: 37, column: 82, scope: !9)
!28 = !DILocation(line: 37, column: 46, scope: !9)
!29 = !DILocation(line: 37, column: 111, scope: !9)
!30 = !DILocation(line: 37, column: 109, scope: !9)
!31 = !DILocation(line: 37, column: 138, scope: !9)
!32 = !DILocation(line: 37, column: 133, scope: !9)
!33 = !DILocation(line: 37, column: 93, scope: !9)
!34 = !DILocation(line: 37, column: 143, scope: !9)
!35 = !DILocation(line: 37, column: 30, scope: !9)
!36 = distinct !{!36, !17, !34, !37}
!37 = !{!"llvm.loop.mustprogress"}
!38 = !DILocation(line: 38, column: 14, scope: !9)
!39 = !DILocation(line: 38, column: 10, scope: !9)
!40 = !DILocation(line: 38, column: 21, scope: !9)
!41 = !DILocation(line: 38, column: 23, scope: !9)
!42 = !DILocation(line: 38, column: 5, scope: !9)
!43 = !DILocation(line: 38, column: 49, scope: !9)
!44 = !DILocation(line: 38, column: 47, scope: !9)
!45 = !DILocation(line: 38, column: 34, scope: !9)
!46 = !DILocation(line: 38, column: 30, scope: !9)
!47 = distinct !{!47, !42, !48, !37}
!48 = !DILocation(line: 38, column: 57, scope: !9)
!49 = !DILocation(line: 39, column: 49, scope: !9)
!50 = !DILocation(line: 39, column: 56, scope: !9)
!51 = !DILocation(line: 39, column: 68, scope: !9)
!52 = !DILocation(line: 39, column: 80, scope: !9)
!53 = !DILocation(line: 39, column: 92, scope: !9)
!54 = !DILocation(line: 39, column: 5, scope: !9)
!55 = !DILocation(line: 40, column: 18, scope: !9)
!56 = !DILocation(line: 41, column: 10, scope: !9)
!57 = !DILocation(line: 41, column: 24, scope: !9)
!58 = !DILocation(line: 42, column: 14, scope: !9)
!59 = !DILocation(line: 42, column: 10, scope: !9)
!60 = !DILocation(line: 42, column: 21, scope: !9)
!61 = !DILocation(line: 42, column: 23, scope: !9)
!62 = !DILocation(line: 42, column: 5, scope: !9)
!63 = !DILocation(line: 43, column: 9, scope: !9)
!64 = !DILocation(line: 44, column: 9, scope: !9)
!65 = !DILocation(line: 44, column: 16, scope: !9)
!66 = !DILocation(line: 44, column: 23, scope: !9)
!67 = !DILocation(line: 44, column: 29, scope: !9)
!68 = distinct !{!68, !64, !69, !37}
!69 = !DILocation(line: 44, column: 62, scope: !9)
!70 = !DILocation(line: 45, column: 24, scope: !9)
!71 = !DILocation(line: 45, column: 18, scope: !9)
!72 = !DILocation(line: 45, column: 14, scope: !9)
!73 = !DILocation(line: 45, column: 41, scope: !9)
!74 = !DILocation(line: 45, column: 47, scope: !9)
!75 = !DILocation(line: 45, column: 52, scope: !9)
!76 = !DILocation(line: 45, column: 38, scope: !9)
!77 = !DILocation(line: 45, column: 64, scope: !9)
!78 = !DILocation(line: 46, column: 9, scope: !9)
!79 = !DILocation(line: 47, column: 9, scope: !9)
!80 = !DILocation(line: 48, column: 21, scope: !9)
!81 = !DILocation(line: 48, column: 18, scope: !9)
!82 = !DILocation(line: 48, column: 36, scope: !9)
!83 = !DILocation(line: 48, column: 41, scope: !9)
!84 = !DILocation(line: 48, column: 43, scope: !9)
!85 = !DILocation(line: 48, column: 40, scope: !9)
!86 = !DILocation(line: 48, column: 38, scope: !9)
!87 = !DILocation(line: 48, column: 33, scope: !9)
!88 = !DILocation(line: 49, column: 5, scope: !9)
!89 = !DILocation(line: 42, column: 32, scope: !9)
!90 = distinct !{!90, !62, !88, !37}
!91 = !DILocation(line: 50, column: 18, scope: !9)
!92 = !DILocation(line: 50, column: 5, scope: !9)
!93 = !DILocation(line: 51, column: 43, scope: !9)
!94 = !DILocation(line: 51, column: 53, scope: !9)
!95 = !DILocation(line: 51, column: 5, scope: !9)
!96 = !DILocation(line: 52, column: 5, scope: !9)
!97 = distinct !DISubprogram(name: "sum_range", scope: !10, file: !10, line: 15, type: !11, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!98 = !DILocation(line: 16, column: 21, scope: !97)
!99 = !DILocation(line: 16, column: 17, scope: !97)
!100 = !DILocation(line: 16, column: 31, scope: !97)
!101 = !DILocation(line: 17, column: 19, scope: !97)
!102 = !DILocation(line: 17, column: 22, scope: !97)
!103 = !DILocation(line: 17, column: 15, scope: !97)
!104 = !DILocation(line: 17, column: 10, scope: !97)
!105 = !DILocation(line: 17, column: 26, scope: !97)
!106 = !DILocation(line: 17, column: 30, scope: !97)
!107 = !DILocation(line: 17, column: 33, scope: !97)
!108 = !DILocation(line: 17, column: 28, scope: !97)
!109 = !DILocation(line: 17, column: 5, scope: !97)
!110 = !DILocation(line: 17, column: 47, scope: !97)
!111 = !DILocation(line: 17, column: 51, scope: !97)
!112 = !DILocation(line: 17, column: 49, scope: !97)
!113 = !DILocation(line: 17, column: 53, scope: !97)
!114 = !DILocation(line: 17, column: 44, scope: !97)
!115 = !DILocation(line: 17, column: 42, scope: !97)
!116 = !DILocation(line: 17, column: 38, scope: !97)
!117 = distinct !{!117, !109, !118, !37}
!118 = !DILocation(line: 17, column: 55, scope: !97)
!119 = !DILocation(line: 18, column: 22, scope: !97)
!120 = !DILocation(line: 18, column: 13, scope: !97)
!121 = !DILocation(line: 18, column: 16, scope: !97)
!122 = !DILocation(line: 18, column: 5, scope: !97)
!123 = !DILocation(line: 18, column: 20, scope: !97)
!124 = !DILocation(line: 19, column: 5, scope: !97)
!125 = !DILocation(line: 19, column: 39, scope: !97)
!126 = !DILocation(line: 19, column: 36, scope: !97)
!127 = !DILocation(line: 19, column: 42, scope: !97)
!128 = !DILocation(line: 20, column: 5, scope: !97)
!129 = distinct !DISubprogram(name: "producer", scope: !10, file: !10, line: 23, type: !11, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!130 = !DILocation(line: 24, column: 11, scope: !129)
!131 = !DILocation(line: 25, column: 15, scope: !129)
!132 = !DILocation(line: 25, column: 10, scope: !129)
!133 = !DILocation(line: 25, column: 22, scope: !129)
!134 = !DILocation(line: 25, column: 24, scope: !129)
!135 = !DILocation(line: 25, column: 5, scope: !129)
!136 = !DILocation(line: 26, column: 9, scope: !129)
!137 = !DILocation(line: 27, column: 9, scope: !129)
!138 = !DILocation(line: 27, column: 16, scope: !129)
!139 = !DILocation(line: 27, column: 23, scope: !129)
!140 = !DILocation(line: 27, column: 30, scope: !129)
!141 = distinct !{!141, !137, !142, !37}
!142 = !DILocation(line: 27, column: 62, scope: !129)
!143 = !DILocation(line: 28, column: 42, scope: !129)
!144 = !DILocation(line: 28, column: 16, scope: !129)
!145 = !DILocation(line: 28, column: 30, scope: !129)
!146 = !DILocation(line: 28, column: 22, scope: !129)
!147 = !DILocation(line: 28, column: 34, scope: !129)
!148 = !DILocation(line: 28, column: 9, scope: !129)
!149 = !DILocation(line: 28, column: 40, scope: !129)
!150 = !DILocation(line: 29, column: 9, scope: !129)
!151 = !DILocation(line: 30, column: 9, scope: !129)
!152 = !DILocation(line: 31, column: 5, scope: !129)
!153 = !DILocation(line: 25, column: 34, scope: !129)
!154 = distinct !{!154, !135, !152, !37}
!155 = !DILocation(line: 32, column: 5, scope: !129)
