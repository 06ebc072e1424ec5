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

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca [3 x i64], align 16
  %3 = alloca [3 x ptr], align 16
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i64 0, ptr %4, align 8, !dbg !13
  br label %7, !dbg !14

7:                                                ; preds = %17, %0
  %8 = load i64, ptr %4, align 8, !dbg !15
  %9 = icmp slt i64 %8, 3, !dbg !16
  br i1 %9, label %10, label %20, !dbg !17

10:                                               ; preds = %7
  %11 = load i64, ptr %4, align 8, !dbg !18
  %12 = getelementptr inbounds [3 x i64], ptr %2, i64 0, i64 %11, !dbg !19
  %13 = load i64, ptr %4, align 8, !dbg !20
  %14 = add nsw i64 %13, 1, !dbg !21
  %15 = inttoptr i64 %14 to ptr, !dbg !22
  %16 = call i32 @pthread_create(ptr noundef %12, ptr noundef null, ptr noundef @thread_main, ptr noundef %15) #4, !dbg !23
  br label %17, !dbg !23

17:                                               ; preds = %10
  %18 = load i64, ptr %4, align 8, !dbg !24
  %19 = add nsw i64 %18, 1, !dbg !24
  store i64 %19, ptr %4, align 8, !dbg !24
  br label %7, !dbg !17, !llvm.loop !25

20:                                               ; preds = %7
  store i32 0, ptr %5, align 4, !dbg !28
  br label %21, !dbg !29

21:                                               ; preds = %33, %20
  %22 = load i32, ptr %5, align 4, !dbg !30
  %23 = icmp slt i32 %22, 3, !dbg !31
  br i1 %23, label %24, label %36, !dbg !32

24:                                               ; preds = %21
  %25 = load i32, ptr %5, align 4, !dbg !33
  %26 = sext i32 %25 to i64, !dbg !34
  %27 = getelementptr inbounds [3 x i64], ptr %2, i64 0, i64 %26, !dbg !34
  %28 = load i64, ptr %27, align 8, !dbg !34
  %29 = load i32, ptr %5, align 4, !dbg !35
  %30 = sext i32 %29 to i64, !dbg !36
  %31 = getelementptr inbounds [3 x ptr], ptr %3, i64 0, i64 %30, !dbg !36
  %32 = call i32 @pthread_join(i64 noundef %28, ptr noundef %31), !dbg !37
  br label %33, !dbg !37

33:                                               ; preds = %24
  %34 = load i32, ptr %5, align 4, !dbg !38
  %35 = add nsw i32 %34, 1, !dbg !38
  store i32 %35, ptr %5, align 4, !dbg !38
  br label %21, !dbg !32, !llvm.loop !39

36:                                               ; preds = %21
  store i32 0, ptr %6, align 4, !dbg !41
  br label %37, !dbg !42

37:                                               ; preds = %49, %36
  %38 = load i32, ptr %6, align 4, !dbg !43
  %39 = icmp slt i32 %38, 3, !dbg !44
  br i1 %39, label %40, label %52, !dbg !45

40:                                               ; preds = %37
  %41 = load i32, ptr %6, align 4, !dbg !46
  %42 = add nsw i32 %41, 1, !dbg !47
  %43 = load i32, ptr %6, align 4, !dbg !48
  %44 = sext i32 %43 to i64, !dbg !49
  %45 = getelementptr inbounds [3 x ptr], ptr %3, i64 0, i64 %44, !dbg !49
  %46 = load ptr, ptr %45, align 8, !dbg !49
  %47 = ptrtoint ptr %46 to i64, !dbg !50
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %42, i64 noundef %47), !dbg !51
  br label %49, !dbg !51

49:                                               ; preds = %40
  %50 = load i32, ptr %6, align 4, !dbg !52
  %51 = add nsw i32 %50, 1, !dbg !52
  store i32 %51, ptr %6, align 4, !dbg !52
  br label %37, !dbg !45, !llvm.loop !53

52:                                               ; preds = %37
  %53 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @tls_counter), !dbg !55
  %54 = load i64, ptr %53, align 8, !dbg !55
  %55 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @tls_scale), !dbg !56
  %56 = load double, ptr %55, align 8, !dbg !56
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %54, double noundef %56), !dbg !57
  %58 = call i64 @work(i32 noundef 7), !dbg !58
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %58), !dbg !59
  ret i32 0, !dbg !60
}

; Function Attrs: nounwind
declare i32 @pthread_create(ptr noundef, ptr noundef, ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal ptr @thread_main(ptr noundef %0) #0 !dbg !61 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8, !dbg !62
  %5 = ptrtoint ptr %4 to i64, !dbg !63
  store i64 %5, ptr %3, align 8, !dbg !64
  %6 = load i64, ptr %3, align 8, !dbg !65
  %7 = trunc i64 %6 to i32, !dbg !66
  %8 = call i64 @work(i32 noundef %7), !dbg !67
  %9 = load i64, ptr %3, align 8, !dbg !68
  %10 = getelementptr inbounds [4 x i64], ptr @thread_main.results, i64 0, i64 %9, !dbg !69
  store i64 %8, ptr %10, align 8, !dbg !70
  %11 = load i64, ptr %3, align 8, !dbg !71
  %12 = getelementptr inbounds [4 x i64], ptr @thread_main.results, i64 0, i64 %11, !dbg !72
  %13 = load i64, ptr %12, align 8, !dbg !72
  %14 = inttoptr i64 %13 to ptr, !dbg !73
  ret ptr %14, !dbg !74
}

declare i32 @pthread_join(i64 noundef, ptr noundef) #2

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #3

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @work(i32 noundef %0) #0 !dbg !75 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  store i32 %0, ptr %2, align 4
  store i32 0, ptr %3, align 4, !dbg !76
  br label %6, !dbg !77

6:                                                ; preds = %17, %1
  %7 = load i32, ptr %3, align 4, !dbg !78
  %8 = icmp slt i32 %7, 16, !dbg !79
  br i1 %8, label %9, label %20, !dbg !80

9:                                                ; preds = %6
  %10 = load i32, ptr %3, align 4, !dbg !81
  %11 = load i32, ptr %2, align 4, !dbg !82
  %12 = mul nsw i32 %10, %11, !dbg !83
  %13 = call align 16 ptr @llvm.threadlocal.address.p0(ptr align 16 @tls_buf), !dbg !84
  %14 = load i32, ptr %3, align 4, !dbg !85
  %15 = sext i32 %14 to i64, !dbg !84
  %16 = getelementptr inbounds [16 x i32], ptr %13, i64 0, i64 %15, !dbg !84
  store i32 %12, ptr %16, align 4, !dbg !86
  br label %17, !dbg !84

17:                                               ; preds = %9
  %18 = load i32, ptr %3, align 4, !dbg !87
  %19 = add nsw i32 %18, 1, !dbg !87
  store i32 %19, ptr %3, align 4, !dbg !87
  br label %6, !dbg !80, !llvm.loop !88

20:                                               ; preds = %6
  store i32 0, ptr %4, align 4, !dbg !89
  br label %21, !dbg !90

21:                                               ; preds = %35, %20
  %22 = load i32, ptr %4, align 4, !dbg !91
  %23 = icmp slt i32 %22, 1000, !dbg !92
  br i1 %23, label %24, label %38, !dbg !93

24:                                               ; preds = %21
  %25 = call align 16 ptr @llvm.threadlocal.address.p0(ptr align 16 @tls_buf), !dbg !94
  %26 = load i32, ptr %4, align 4, !dbg !95
  %27 = srem i32 %26, 16, !dbg !96
  %28 = sext i32 %27 to i64, !dbg !94
  %29 = getelementptr inbounds [16 x i32], ptr %25, i64 0, i64 %28, !dbg !94
  %30 = load i32, ptr %29, align 4, !dbg !94
  %31 = sext i32 %30 to i64, !dbg !94
  %32 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @tls_counter), !dbg !97
  %33 = load i64, ptr %32, align 8, !dbg !98
  %34 = add nsw i64 %33, %31, !dbg !98
  store i64 %34, ptr %32, align 8, !dbg !98
  br label %35, !dbg !97

35:                                               ; preds = %24
  %36 = load i32, ptr %4, align 4, !dbg !99
  %37 = add nsw i32 %36, 1, !dbg !99
  store i32 %37, ptr %4, align 4, !dbg !99
  br label %21, !dbg !93, !llvm.loop !100

38:                                               ; preds = %21
  %39 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @tls_counter), !dbg !102
  store ptr %39, ptr %5, align 8, !dbg !103
  %40 = load i32, ptr %2, align 4, !dbg !104
  %41 = sext i32 %40 to i64, !dbg !104
  %42 = load ptr, ptr %5, align 8, !dbg !105
  %43 = load i64, ptr %42, align 8, !dbg !106
  %44 = add nsw i64 %43, %41, !dbg !106
  store i64 %44, ptr %42, align 8, !dbg !106
  %45 = load i32, ptr %2, align 4, !dbg !107
  %46 = add nsw i32 %45, 1, !dbg !108
  %47 = sitofp i32 %46 to double, !dbg !107
  %48 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @tls_scale), !dbg !109
  %49 = load double, ptr %48, align 8, !dbg !110
  %50 = fmul double %49, %47, !dbg !110
  store double %50, ptr %48, align 8, !dbg !110
  %51 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @tls_counter), !dbg !111
  %52 = load i64, ptr %51, align 8, !dbg !111
  %53 = call align 8 ptr @llvm.threadlocal.address.p0(ptr align 8 @tls_scale), !dbg !112
  %54 = load double, ptr %53, align 8, !dbg !112
  %55 = fptosi double %54 to i64, !dbg !113
  %56 = add nsw i64 %52, %55, !dbg !114
  ret i64 %56, !dbg !115
}

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "thread_local.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 24, type: !11, scopeLine: 24, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "thread_local.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 26, column: 15, scope: !9)
!14 = !DILocation(line: 26, column: 10, scope: !9)
!15 = !DILocation(line: 26, column: 22, scope: !9)
!16 = !DILocation(line: 26, column: 24, scope: !9)
!17 = !DILocation(line: 26, column: 5, scope: !9)
!18 = !DILocation(line: 26, column: 52, scope: !9)
!19 = !DILocation(line: 26, column: 50, scope: !9)
!20 = !DILocation(line: 26, column: 84, scope: !9)
!21 = !DILocation(line: 26, column: 86, scope: !9)
!22 = !DILocation(line: 26, column: 75, scope: !9)
!23 = !DILocation(line: 26, column: 34, scope: !9)
!24 = !DILocation(line: 26, column: 30, scope: !9)
!25 = distinct !{!25, !17, !26, !27}
!26 = !DILocation(line: 26, column: 90, scope: !9)
!27 = !{!"llvm.loop.mustprogress"}
!28 = !DILocation(line: 27, column: 14, scope: !9)
!29 = !DILocation(line: 27, column: 10, scope: !9)
!30 = !DILocation(line: 27, column: 21, scope: !9)
!31 = !DILocation(line: 27, column: 23, scope: !9)
!32 = !DILocation(line: 27, column: 5, scope: !9)
!33 = !DILocation(line: 27, column: 48, scope: !9)
!34 = !DILocation(line: 27, column: 46, scope: !9)
!35 = !DILocation(line: 27, column: 55, scope: !9)
!36 = !DILocation(line: 27, column: 53, scope: !9)
!37 = !DILocation(line: 27, column: 33, scope: !9)
!38 = !DILocation(line: 27, column: 29, scope: !9)
!39 = distinct !{!39, !32, !40, !27}
!40 = !DILocation(line: 27, column: 57, scope: !9)
!41 = !DILocation(line: 28, column: 14, scope: !9)
!42 = !DILocation(line: 28, column: 10, scope: !9)
!43 = !DILocation(line: 28, column: 21, scope: !9)
!44 = !DILocation(line: 28, column: 23, scope: !9)
!45 = !DILocation(line: 28, column: 5, scope: !9)
!46 = !DILocation(line: 28, column: 62, scope: !9)
!47 = !DILocation(line: 28, column: 64, scope: !9)
!48 = !DILocation(line: 28, column: 77, scope: !9)
!49 = !DILocation(line: 28, column: 75, scope: !9)
!50 = !DILocation(line: 28, column: 69, scope: !9)
!51 = !DILocation(line: 28, column: 33, scope: !9)
!52 = !DILocation(line: 28, column: 29, scope: !9)
!53 = distinct !{!53, !45, !54, !27}
!54 = !DILocation(line: 28, column: 79, scope: !9)
!55 = !DILocation(line: 29, column: 36, scope: !9)
!56 = !DILocation(line: 29, column: 49, scope: !9)
!57 = !DILocation(line: 29, column: 5, scope: !9)
!58 = !DILocation(line: 30, column: 31, scope: !9)
!59 = !DILocation(line: 30, column: 5, scope: !9)
!60 = !DILocation(line: 31, column: 5, scope: !9)
!61 = distinct !DISubprogram(name: "thread_main", scope: !10, file: !10, line: 17, type: !11, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!62 = !DILocation(line: 18, column: 21, scope: !61)
!63 = !DILocation(line: 18, column: 15, scope: !61)
!64 = !DILocation(line: 18, column: 10, scope: !61)
!65 = !DILocation(line: 20, column: 29, scope: !61)
!66 = !DILocation(line: 20, column: 24, scope: !61)
!67 = !DILocation(line: 20, column: 19, scope: !61)
!68 = !DILocation(line: 20, column: 13, scope: !61)
!69 = !DILocation(line: 20, column: 5, scope: !61)
!70 = !DILocation(line: 20, column: 17, scope: !61)
!71 = !DILocation(line: 21, column: 28, scope: !61)
!72 = !DILocation(line: 21, column: 20, scope: !61)
!73 = !DILocation(line: 21, column: 12, scope: !61)
!74 = !DILocation(line: 21, column: 5, scope: !61)
!75 = distinct !DISubprogram(name: "work", scope: !10, file: !10, line: 9, type: !11, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!76 = !DILocation(line: 10, column: 14, scope: !75)
!77 = !DILocation(line: 10, column: 10, scope: !75)
!78 = !DILocation(line: 10, column: 21, scope: !75)
!79 = !DILocation(line: 10, column: 23, scope: !75)
!80 = !DILocation(line: 10, column: 5, scope: !75)
!81 = !DILocation(line: 10, column: 47, scope: !75)
!82 = !DILocation(line: 10, column: 51, scope: !75)
!83 = !DILocation(line: 10, column: 49, scope: !75)
!84 = !DILocation(line: 10, column: 34, scope: !75)
!85 = !DILocation(line: 10, column: 42, scope: !75)
!86 = !DILocation(line: 10, column: 45, scope: !75)
!87 = !DILocation(line: 10, column: 30, scope: !75)
!88 = distinct !{!88, !80, !82, !27}
!89 = !DILocation(line: 11, column: 14, scope: !75)
!90 = !DILocation(line: 11, column: 10, scope: !75)
!91 = !DILocation(line: 11, column: 21, scope: !75)
!92 = !DILocation(line: 11, column: 23, scope: !75)
!93 = !DILocation(line: 11, column: 5, scope: !75)
!94 = !DILocation(line: 11, column: 51, scope: !75)
!95 = !DILocation(line: 11, column: 59, scope: !75)
!96 = !DILocation(line: 11, column: 61, scope: !75)
!97 = !DILocation(line: 11, column: 36, scope: !75)
!98 = !DILocation(line: 11, column: 48, scope: !75)
!99 = !DILocation(line: 11, column: 32, scope: !75)
!100 = distinct !{!100, !93, !101, !27}
!101 = !DILocation(line: 11, column: 65, scope: !75)
!102 = !DILocation(line: 12, column: 16, scope: !75)
!103 = !DILocation(line: 12, column: 11, scope: !75)
!104 = !DILocation(line: 12, column: 35, scope: !75)
!105 = !DILocation(line: 12, column: 30, scope: !75)
!106 = !DILocation(line: 12, column: 32, scope: !75)
!107 = !DILocation(line: 13, column: 18, scope: !75)
!108 = !DILocation(line: 13, column: 21, scope: !75)
!109 = !DILocation(line: 13, column: 5, scope: !75)
!110 = !DILocation(line: 13, column: 15, scope: !75)
!111 = !DILocation(line: 14, column: 12, scope: !75)
!112 = !DILocation(line: 14, column: 32, scope: !75)
!113 = !DILocation(line: 14, column: 26, scope: !75)
!114 = !DILocation(line: 14, column: 24, scope: !75)
!115 = !DILocation(line: 14, column: 5, scope: !75)
