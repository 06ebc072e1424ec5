; ModuleID = 'thread_local.c'
source_filename = "thread_local.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@tls_scale = thread_local global double 1.500000e+00, align 8
@.str = private unnamed_addr constant [18 x i8] c"thread %d -> %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [20 x i8] c"main tls %ld %.17g\0A\00", align 1
@tls_counter = internal thread_local global i64 5, align 8
@.str.2 = private unnamed_addr constant [15 x i8] c"main work %ld\0A\00", align 1
@thread_main.results = internal global [4 x i64] zeroinitializer, align 16
@tls_buf = internal thread_local global [16 x i32] zeroinitializer, align 16

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca [3 x i64], align 16
  %3 = alloca [3 x ptr], align 16
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5, !dbg !17
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !18
  call void @llvm.lifetime.start.p0(ptr %4) #5, !dbg !19
  store i64 0, ptr %4, align 8, !dbg !20, !tbaa !21
  br label %7, !dbg !19

7:                                                ; preds = %18, %0
  %8 = load i64, ptr %4, align 8, !dbg !23, !tbaa !21
  %9 = icmp slt i64 %8, 3, !dbg !24
  br i1 %9, label %11, label %10, !dbg !25

10:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %4) #5, !dbg !26
  br label %21

11:                                               ; preds = %7
  %12 = load i64, ptr %4, align 8, !dbg !27, !tbaa !21
  %13 = getelementptr inbounds [3 x i64], ptr %2, i64 0, i64 %12, !dbg !28
  %14 = load i64, ptr %4, align 8, !dbg !29, !tbaa !21
  %15 = add nsw i64 %14, 1, !dbg !30
  %16 = inttoptr i64 %15 to ptr, !dbg !31
  %17 = call i32 @pthread_create(ptr noundef %13, ptr noundef null, ptr noundef @thread_main, ptr noundef %16) #5, !dbg !32
  br label %18, !dbg !33

18:                                               ; preds = %11
  %19 = load i64, ptr %4, align 8, !dbg !34, !tbaa !21
  %20 = add nsw i64 %19, 1, !dbg !35
  store i64 %20, ptr %4, align 8, !dbg !36, !tbaa !21
  br label %7, !dbg !26, !llvm.loop !37

21:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %5) #5, !dbg !40
  store i32 0, ptr %5, align 4, !dbg !41, !tbaa !9
  br label %22, !dbg !40

22:                                               ; preds = %35, %21
  %23 = load i32, ptr %5, align 4, !dbg !42, !tbaa !9
  %24 = icmp slt i32 %23, 3, !dbg !43
  br i1 %24, label %26, label %25, !dbg !44

25:                                               ; preds = %22
  call void @llvm.lifetime.end.p0(ptr %5) #5, !dbg !45
  br label %38

26:                                               ; preds = %22
  %27 = load i32, ptr %5, align 4, !dbg !46, !tbaa !9
  %28 = sext i32 %27 to i64, !dbg !47
  %29 = getelementptr inbounds [3 x i64], ptr %2, i64 0, i64 %28, !dbg !47
  %30 = load i64, ptr %29, align 8, !dbg !47, !tbaa !21
  %31 = load i32, ptr %5, align 4, !dbg !48, !tbaa !9
  %32 = sext i32 %31 to i64, !dbg !49
  %33 = getelementptr inbounds [3 x ptr], ptr %3, i64 0, i64 %32, !dbg !49
  %34 = call i32 @pthread_join(i64 noundef %30, ptr noundef %33), !dbg !50
  br label %35, !dbg !51

35:                                               ; preds = %26
  %36 = load i32, ptr %5, align 4, !dbg !52, !tbaa !9
  %37 = add nsw i32 %36, 1, !dbg !53
  store i32 %37, ptr %5, align 4, !dbg !54, !tbaa !9
  br label %22, !dbg !45, !llvm.loop !55

38:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %6) #5, !dbg !57
  store i32 0, ptr %6, align 4, !dbg !58, !tbaa !9
  br label %39, !dbg !57

39:                                               ; preds = %52, %38
  %40 = load i32, ptr %6, align 4, !dbg !59, !tbaa !9
  %41 = icmp slt i32 %40, 3, !dbg !60
  br i1 %41, label %43, label %42, !dbg !61

42:                                               ; preds = %39
  call void @llvm.lifetime.end.p0(ptr %6) #5, !dbg !62
  br label %55

43:                                               ; preds = %39
  %44 = load i32, ptr %6, align 4, !dbg !63, !tbaa !9
  %45 = add nsw i32 %44, 1, !dbg !64
  %46 = load i32, ptr %6, align 4, !dbg !65, !tbaa !9
  %47 = sext i32 %46 to i64, !dbg !66
  %48 = getelementptr inbounds [3 x ptr], ptr %3, i64 0, i64 %47, !dbg !66
  %49 = load ptr, ptr %48, align 8, !dbg !66, !tbaa !67
  %50 = ptrtoint ptr %49 to i64, !dbg !69
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %45, i64 noundef %50), !dbg !70
  br label %52, !dbg !71

52:                                               ; preds = %43
  %53 = load i32, ptr %6, align 4, !dbg !72, !tbaa !9
  %54 = add nsw i32 %53, 1, !dbg !73
  store i32 %54, ptr %6, align 4, !dbg !74, !tbaa !9
  br label %39, !dbg !62, !llvm.loop !75

55:                                               ; preds = %42
  %56 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @tls_counter), !dbg !77
  %57 = load i64, ptr %56, align 8, !dbg !77, !tbaa !21
  %58 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @tls_scale), !dbg !78
  %59 = load double, ptr %58, align 8, !dbg !78, !tbaa !79
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %57, double noundef %59), !dbg !81
  %61 = call i64 @work(i32 noundef 7), !dbg !82
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %61), !dbg !83
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !84
  call void @llvm.lifetime.end.p0(ptr %2) #5, !dbg !84
  ret i32 0, !dbg !85
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nounwind
declare !dbg !86 i32 @pthread_create(ptr noundef, ptr noundef, ptr noundef, ptr noundef) #2

; Function Attrs: nounwind uwtable
define internal ptr @thread_main(ptr noundef %0) #0 !dbg !88 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  store ptr %0, ptr %2, align 8, !tbaa !67
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !89
  %4 = load ptr, ptr %2, align 8, !dbg !90, !tbaa !67
  %5 = ptrtoint ptr %4 to i64, !dbg !91
  store i64 %5, ptr %3, align 8, !dbg !92, !tbaa !21
  %6 = load i64, ptr %3, align 8, !dbg !93, !tbaa !21
  %7 = trunc i64 %6 to i32, !dbg !94
  %8 = call i64 @work(i32 noundef %7), !dbg !95
  %9 = load i64, ptr %3, align 8, !dbg !96, !tbaa !21
  %10 = getelementptr inbounds [4 x i64], ptr @thread_main.results, i64 0, i64 %9, !dbg !97
  store i64 %8, ptr %10, align 8, !dbg !98, !tbaa !21
  %11 = load i64, ptr %3, align 8, !dbg !99, !tbaa !21
  %12 = getelementptr inbounds [4 x i64], ptr @thread_main.results, i64 0, i64 %11, !dbg !100
  %13 = load i64, ptr %12, align 8, !dbg !101, !tbaa !21
  %14 = inttoptr i64 %13 to ptr, !dbg !102
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !103
  ret ptr %14, !dbg !104
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !105 i32 @pthread_join(i64 noundef, ptr noundef) #3

declare !dbg !106 i32 @printf(ptr noundef, ...) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #4

; Function Attrs: nounwind uwtable
define internal i64 @work(i32 noundef %0) #0 !dbg !108 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  store i32 %0, ptr %2, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !109
  store i32 0, ptr %3, align 4, !dbg !110, !tbaa !9
  br label %6, !dbg !109

6:                                                ; preds = %18, %1
  %7 = load i32, ptr %3, align 4, !dbg !111, !tbaa !9
  %8 = icmp slt i32 %7, 16, !dbg !112
  br i1 %8, label %10, label %9, !dbg !113

9:                                                ; preds = %6
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !114
  br label %21

10:                                               ; preds = %6
  %11 = load i32, ptr %3, align 4, !dbg !115, !tbaa !9
  %12 = load i32, ptr %2, align 4, !dbg !116, !tbaa !9
  %13 = mul nsw i32 %11, %12, !dbg !117
  %14 = call align 16 ptr @llvm.threadlocal.address.p0(ptr align 16 @tls_buf), !dbg !118
  %15 = load i32, ptr %3, align 4, !dbg !119, !tbaa !9
  %16 = sext i32 %15 to i64, !dbg !118
  %17 = getelementptr inbounds [16 x i32], ptr %14, i64 0, i64 %16, !dbg !118
  store i32 %13, ptr %17, align 4, !dbg !120, !tbaa !9
  br label %18, !dbg !121

18:                                               ; preds = %10
  %19 = load i32, ptr %3, align 4, !dbg !122, !tbaa !9
  %20 = add nsw i32 %19, 1, !dbg !123
  store i32 %20, ptr %3, align 4, !dbg !124, !tbaa !9
  br label %6, !dbg !114, !llvm.loop !125

21:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %4) #5, !dbg !126
  store i32 0, ptr %4, align 4, !dbg !127, !tbaa !9
  br label %22, !dbg !126

22:                                               ; preds = %37, %21
  %23 = load i32, ptr %4, align 4, !dbg !128, !tbaa !9
  %24 = icmp slt i32 %23, 1000, !dbg !129
  br i1 %24, label %26, label %25, !dbg !130

25:                                               ; preds = %22
  call void @llvm.lifetime.end.p0(ptr %4) #5, !dbg !131
  br label %40

26:                                               ; preds = %22
  %27 = call align 16 ptr @llvm.threadlocal.address.p0(ptr align 16 @tls_buf), !dbg !132
  %28 = load i32, ptr %4, align 4, !dbg !133, !tbaa !9
  %29 = srem i32 %28, 16, !dbg !134
  %30 = sext i32 %29 to i64, !dbg !132
  %31 = getelementptr inbounds [16 x i32], ptr %27, i64 0, i64 %30, !dbg !132
  %32 = load i32, ptr %31, align 4, !dbg !132, !tbaa !9
  %33 = sext i32 %32 to i64, !dbg !132
  %34 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @tls_counter), !dbg !135
  %35 = load i64, ptr %34, align 8, !dbg !136, !tbaa !21
  %36 = add nsw i64 %35, %33, !dbg !137
  store i64 %36, ptr %34, align 8, !dbg !138, !tbaa !21
  br label %37, !dbg !139

37:                                               ; preds = %26
  %38 = load i32, ptr %4, align 4, !dbg !140, !tbaa !9
  %39 = add nsw i32 %38, 1, !dbg !141
  store i32 %39, ptr %4, align 4, !dbg !142, !tbaa !9
  br label %22, !dbg !131, !llvm.loop !143

40:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %5) #5, !dbg !145
  %41 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @tls_counter), !dbg !146
  store ptr %41, ptr %5, align 8, !dbg !147, !tbaa !148
  %42 = load i32, ptr %2, align 4, !dbg !150, !tbaa !9
  %43 = sext i32 %42 to i64, !dbg !150
  %44 = load ptr, ptr %5, align 8, !dbg !151, !tbaa !148
  %45 = load i64, ptr %44, align 8, !dbg !152, !tbaa !21
  %46 = add nsw i64 %45, %43, !dbg !153
  store i64 %46, ptr %44, align 8, !dbg !154, !tbaa !21
  %47 = load i32, ptr %2, align 4, !dbg !155, !tbaa !9
  %48 = add nsw i32 %47, 1, !dbg !156
  %49 = sitofp i32 %48 to double, !dbg !155
  %50 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @tls_scale), !dbg !157
  %51 = load double, ptr %50, align 8, !dbg !158, !tbaa !79
  %52 = fmul double %51, %49, !dbg !159
  store double %52, ptr %50, align 8, !dbg !160, !tbaa !79
  %53 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @tls_counter), !dbg !161
  %54 = load i64, ptr %53, align 8, !dbg !161, !tbaa !21
  %55 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @tls_scale), !dbg !162
  %56 = load double, ptr %55, align 8, !dbg !162, !tbaa !79
  %57 = fptosi double %56 to i64, !dbg !163
  %58 = add nsw i64 %54, %57, !dbg !164
  call void @llvm.lifetime.end.p0(ptr %5) #5, !dbg !165
  ret i64 %58, !dbg !166
}

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "thread_local.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 24, type: !15, scopeLine: 24, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "thread_local.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 25, column: 5, scope: !13)
!18 = !DILocation(line: 25, column: 21, scope: !13)
!19 = !DILocation(line: 26, column: 10, scope: !13)
!20 = !DILocation(line: 26, column: 15, scope: !13, atomGroup: 1, atomRank: 1)
!21 = !{!22, !22, i64 0}
!22 = !{!"long", !11, i64 0}
!23 = !DILocation(line: 26, column: 22, scope: !13)
!24 = !DILocation(line: 26, column: 24, scope: !13, atomGroup: 2, atomRank: 1)
!25 = !DILocation(line: 26, column: 5, scope: !13, atomGroup: 3, atomRank: 1)
!26 = !DILocation(line: 26, column: 5, scope: !13)
!27 = !DILocation(line: 26, column: 52, scope: !13)
!28 = !DILocation(line: 26, column: 50, scope: !13)
!29 = !DILocation(line: 26, column: 84, scope: !13)
!30 = !DILocation(line: 26, column: 86, scope: !13)
!31 = !DILocation(line: 26, column: 75, scope: !13)
!32 = !DILocation(line: 26, column: 34, scope: !13)
!33 = !DILocation(line: 26, column: 34, scope: !13, atomGroup: 5, atomRank: 1)
!34 = !DILocation(line: 26, column: 30, scope: !13)
!35 = !DILocation(line: 26, column: 30, scope: !13, atomGroup: 4, atomRank: 2)
!36 = !DILocation(line: 26, column: 30, scope: !13, atomGroup: 4, atomRank: 1)
!37 = distinct !{!37, !26, !38, !39}
!38 = !DILocation(line: 26, column: 90, scope: !13)
!39 = !{!"llvm.loop.mustprogress"}
!40 = !DILocation(line: 27, column: 10, scope: !13)
!41 = !DILocation(line: 27, column: 14, scope: !13, atomGroup: 6, atomRank: 1)
!42 = !DILocation(line: 27, column: 21, scope: !13)
!43 = !DILocation(line: 27, column: 23, scope: !13, atomGroup: 7, atomRank: 1)
!44 = !DILocation(line: 27, column: 5, scope: !13, atomGroup: 8, atomRank: 1)
!45 = !DILocation(line: 27, column: 5, scope: !13)
!46 = !DILocation(line: 27, column: 48, scope: !13)
!47 = !DILocation(line: 27, column: 46, scope: !13)
!48 = !DILocation(line: 27, column: 55, scope: !13)
!49 = !DILocation(line: 27, column: 53, scope: !13)
!50 = !DILocation(line: 27, column: 33, scope: !13)
!51 = !DILocation(line: 27, column: 33, scope: !13, atomGroup: 10, atomRank: 1)
!52 = !DILocation(line: 27, column: 29, scope: !13)
!53 = !DILocation(line: 27, column: 29, scope: !13, atomGroup: 9, atomRank: 2)
!54 = !DILocation(line: 27, column: 29, scope: !13, atomGroup: 9, atomRank: 1)
!55 = distinct !{!55, !45, !56, !39}
!56 = !DILocation(line: 27, column: 57, scope: !13)
!57 = !DILocation(line: 28, column: 10, scope: !13)
!58 = !DILocation(line: 28, column: 14, scope: !13, atomGroup: 11, atomRank: 1)
!59 = !DILocation(line: 28, column: 21, scope: !13)
!60 = !DILocation(line: 28, column: 23, scope: !13, atomGroup: 12, atomRank: 1)
!61 = !DILocation(line: 28, column: 5, scope: !13, atomGroup: 13, atomRank: 1)
!62 = !DILocation(line: 28, column: 5, scope: !13)
!63 = !DILocation(line: 28, column: 62, scope: !13)
!64 = !DILocation(line: 28, column: 64, scope: !13)
!65 = !DILocation(line: 28, column: 77, scope: !13)
!66 = !DILocation(line: 28, column: 75, scope: !13)
!67 = !{!68, !68, i64 0}
!68 = !{!"any pointer", !11, i64 0}
!69 = !DILocation(line: 28, column: 69, scope: !13)
!70 = !DILocation(line: 28, column: 33, scope: !13)
!71 = !DILocation(line: 28, column: 33, scope: !13, atomGroup: 15, atomRank: 1)
!72 = !DILocation(line: 28, column: 29, scope: !13)
!73 = !DILocation(line: 28, column: 29, scope: !13, atomGroup: 14, atomRank: 2)
!74 = !DILocation(line: 28, column: 29, scope: !13, atomGroup: 14, atomRank: 1)
!75 = distinct !{!75, !62, !76, !39}
!76 = !DILocation(line: 28, column: 79, scope: !13)
!77 = !DILocation(line: 29, column: 36, scope: !13)
!78 = !DILocation(line: 29, column: 49, scope: !13)
!79 = !{!80, !80, i64 0}
!80 = !{!"double", !11, i64 0}
!81 = !DILocation(line: 29, column: 5, scope: !13)
!82 = !DILocation(line: 30, column: 31, scope: !13)
!83 = !DILocation(line: 30, column: 5, scope: !13)
!84 = !DILocation(line: 32, column: 1, scope: !13)
!85 = !DILocation(line: 31, column: 5, scope: !13, atomGroup: 17, atomRank: 1)
!86 = !DISubprogram(name: "pthread_create", scope: !87, file: !87, line: 202, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!87 = !DIFile(filename: "/usr/include/pthread.h", directory: "")
!88 = distinct !DISubprogram(name: "thread_main", scope: !14, file: !14, line: 17, type: !15, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!89 = !DILocation(line: 18, column: 5, scope: !88)
!90 = !DILocation(line: 18, column: 21, scope: !88, atomGroup: 1, atomRank: 3)
!91 = !DILocation(line: 18, column: 15, scope: !88, atomGroup: 1, atomRank: 2)
!92 = !DILocation(line: 18, column: 10, scope: !88, atomGroup: 1, atomRank: 1)
!93 = !DILocation(line: 20, column: 29, scope: !88)
!94 = !DILocation(line: 20, column: 24, scope: !88)
!95 = !DILocation(line: 20, column: 19, scope: !88, atomGroup: 2, atomRank: 2)
!96 = !DILocation(line: 20, column: 13, scope: !88)
!97 = !DILocation(line: 20, column: 5, scope: !88)
!98 = !DILocation(line: 20, column: 17, scope: !88, atomGroup: 2, atomRank: 1)
!99 = !DILocation(line: 21, column: 28, scope: !88)
!100 = !DILocation(line: 21, column: 20, scope: !88)
!101 = !DILocation(line: 21, column: 20, scope: !88, atomGroup: 4, atomRank: 3)
!102 = !DILocation(line: 21, column: 12, scope: !88, atomGroup: 4, atomRank: 2)
!103 = !DILocation(line: 22, column: 1, scope: !88)
!104 = !DILocation(line: 21, column: 5, scope: !88, atomGroup: 4, atomRank: 1)
!105 = !DISubprogram(name: "pthread_join", scope: !87, file: !87, line: 219, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!106 = !DISubprogram(name: "printf", scope: !107, file: !107, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!107 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!108 = distinct !DISubprogram(name: "work", scope: !14, file: !14, line: 9, type: !15, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!109 = !DILocation(line: 10, column: 10, scope: !108)
!110 = !DILocation(line: 10, column: 14, scope: !108, atomGroup: 1, atomRank: 1)
!111 = !DILocation(line: 10, column: 21, scope: !108)
!112 = !DILocation(line: 10, column: 23, scope: !108, atomGroup: 2, atomRank: 1)
!113 = !DILocation(line: 10, column: 5, scope: !108, atomGroup: 3, atomRank: 1)
!114 = !DILocation(line: 10, column: 5, scope: !108)
!115 = !DILocation(line: 10, column: 47, scope: !108)
!116 = !DILocation(line: 10, column: 51, scope: !108)
!117 = !DILocation(line: 10, column: 49, scope: !108, atomGroup: 4, atomRank: 2)
!118 = !DILocation(line: 10, column: 34, scope: !108)
!119 = !DILocation(line: 10, column: 42, scope: !108)
!120 = !DILocation(line: 10, column: 45, scope: !108, atomGroup: 4, atomRank: 1)
!121 = !DILocation(line: 10, column: 34, scope: !108, atomGroup: 6, atomRank: 1)
!122 = !DILocation(line: 10, column: 30, scope: !108)
!123 = !DILocation(line: 10, column: 30, scope: !108, atomGroup: 5, atomRank: 2)
!124 = !DILocation(line: 10, column: 30, scope: !108, atomGroup: 5, atomRank: 1)
!125 = distinct !{!125, !114, !116, !39}
!126 = !DILocation(line: 11, column: 10, scope: !108)
!127 = !DILocation(line: 11, column: 14, scope: !108, atomGroup: 7, atomRank: 1)
!128 = !DILocation(line: 11, column: 21, scope: !108)
!129 = !DILocation(line: 11, column: 23, scope: !108, atomGroup: 8, atomRank: 1)
!130 = !DILocation(line: 11, column: 5, scope: !108, atomGroup: 9, atomRank: 1)
!131 = !DILocation(line: 11, column: 5, scope: !108)
!132 = !DILocation(line: 11, column: 51, scope: !108)
!133 = !DILocation(line: 11, column: 59, scope: !108)
!134 = !DILocation(line: 11, column: 61, scope: !108)
!135 = !DILocation(line: 11, column: 36, scope: !108)
!136 = !DILocation(line: 11, column: 48, scope: !108)
!137 = !DILocation(line: 11, column: 48, scope: !108, atomGroup: 10, atomRank: 2)
!138 = !DILocation(line: 11, column: 48, scope: !108, atomGroup: 10, atomRank: 1)
!139 = !DILocation(line: 11, column: 36, scope: !108, atomGroup: 12, atomRank: 1)
!140 = !DILocation(line: 11, column: 32, scope: !108)
!141 = !DILocation(line: 11, column: 32, scope: !108, atomGroup: 11, atomRank: 2)
!142 = !DILocation(line: 11, column: 32, scope: !108, atomGroup: 11, atomRank: 1)
!143 = distinct !{!143, !131, !144, !39}
!144 = !DILocation(line: 11, column: 65, scope: !108)
!145 = !DILocation(line: 12, column: 5, scope: !108)
!146 = !DILocation(line: 12, column: 16, scope: !108, atomGroup: 13, atomRank: 2)
!147 = !DILocation(line: 12, column: 11, scope: !108, atomGroup: 13, atomRank: 1)
!148 = !{!149, !149, i64 0}
!149 = !{!"p1 long", !68, i64 0}
!150 = !DILocation(line: 12, column: 35, scope: !108)
!151 = !DILocation(line: 12, column: 30, scope: !108)
!152 = !DILocation(line: 12, column: 32, scope: !108)
!153 = !DILocation(line: 12, column: 32, scope: !108, atomGroup: 14, atomRank: 2)
!154 = !DILocation(line: 12, column: 32, scope: !108, atomGroup: 14, atomRank: 1)
!155 = !DILocation(line: 13, column: 18, scope: !108)
!156 = !DILocation(line: 13, column: 21, scope: !108)
!157 = !DILocation(line: 13, column: 5, scope: !108)
!158 = !DILocation(line: 13, column: 15, scope: !108)
!159 = !DILocation(line: 13, column: 15, scope: !108, atomGroup: 15, atomRank: 2)
!160 = !DILocation(line: 13, column: 15, scope: !108, atomGroup: 15, atomRank: 1)
!161 = !DILocation(line: 14, column: 12, scope: !108)
!162 = !DILocation(line: 14, column: 32, scope: !108)
!163 = !DILocation(line: 14, column: 26, scope: !108)
!164 = !DILocation(line: 14, column: 24, scope: !108, atomGroup: 17, atomRank: 2)
!165 = !DILocation(line: 15, column: 1, scope: !108)
!166 = !DILocation(line: 14, column: 5, scope: !108, atomGroup: 17, atomRank: 1)
