; ModuleID = 'constructor.c'
source_filename = "constructor.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@init_log = internal global [8 x i32] zeroinitializer, align 16
@n_init = internal global i32 0, align 4
@table = internal global [256 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [16 x i8] c"destructor ran\0A\00", align 1
@stdout = external global ptr, align 8
@.str.1 = private unnamed_addr constant [12 x i8] c"init order:\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.3 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.4 = private unnamed_addr constant [17 x i8] c"constructor test\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"crc %08x\0A\00", align 1
@.str.6 = private unnamed_addr constant [10 x i8] c"atexit a\0A\00", align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"atexit b\0A\00", align 1
@llvm.global_ctors = appending global [3 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 200, ptr @init_second, ptr null }, { i32, ptr, ptr } { i32 101, ptr @init_first, ptr null }, { i32, ptr, ptr } { i32 65535, ptr @init_table, ptr null }]
@llvm.global_dtors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @fini, ptr null }]

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @init_second() #0 !dbg !9 {
  %1 = load i32, ptr @n_init, align 4, !dbg !13
  %2 = add nsw i32 %1, 1, !dbg !13
  store i32 %2, ptr @n_init, align 4, !dbg !13
  %3 = sext i32 %1 to i64, !dbg !14
  %4 = getelementptr inbounds [8 x i32], ptr @init_log, i64 0, i64 %3, !dbg !14
  store i32 2, ptr %4, align 4, !dbg !15
  ret void, !dbg !16
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @init_first() #0 !dbg !17 {
  %1 = load i32, ptr @n_init, align 4, !dbg !18
  %2 = add nsw i32 %1, 1, !dbg !18
  store i32 %2, ptr @n_init, align 4, !dbg !18
  %3 = sext i32 %1 to i64, !dbg !19
  %4 = getelementptr inbounds [8 x i32], ptr @init_log, i64 0, i64 %3, !dbg !19
  store i32 1, ptr %4, align 4, !dbg !20
  ret void, !dbg !21
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @init_table() #0 !dbg !22 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = load i32, ptr @n_init, align 4, !dbg !23
  %5 = add nsw i32 %4, 1, !dbg !23
  store i32 %5, ptr @n_init, align 4, !dbg !23
  %6 = sext i32 %4 to i64, !dbg !24
  %7 = getelementptr inbounds [8 x i32], ptr @init_log, i64 0, i64 %6, !dbg !24
  store i32 3, ptr %7, align 4, !dbg !25
  store i32 0, ptr %1, align 4, !dbg !26
  br label %8, !dbg !27

8:                                                ; preds = %37, %0
  %9 = load i32, ptr %1, align 4, !dbg !28
  %10 = icmp slt i32 %9, 256, !dbg !29
  br i1 %10, label %11, label %40, !dbg !30

11:                                               ; preds = %8
  %12 = load i32, ptr %1, align 4, !dbg !31
  store i32 %12, ptr %2, align 4, !dbg !32
  store i32 0, ptr %3, align 4, !dbg !33
  br label %13, !dbg !34

13:                                               ; preds = %29, %11
  %14 = load i32, ptr %3, align 4, !dbg !35
  %15 = icmp slt i32 %14, 8, !dbg !36
  br i1 %15, label %16, label %32, !dbg !37

16:                                               ; preds = %13
  %17 = load i32, ptr %2, align 4, !dbg !38
  %18 = and i32 %17, 1, !dbg !39
  %19 = icmp ne i32 %18, 0, !dbg !39
  br i1 %19, label %20, label %24, !dbg !38

20:                                               ; preds = %16
  %21 = load i32, ptr %2, align 4, !dbg !40
  %22 = lshr i32 %21, 1, !dbg !41
  %23 = xor i32 -306674912, %22, !dbg !42
  br label %27, !dbg !38

24:                                               ; preds = %16
  %25 = load i32, ptr %2, align 4, !dbg !43
  %26 = lshr i32 %25, 1, !dbg !44
  br label %27, !dbg !38

27:                                               ; preds = %24, %20
  %28 = phi i32 [ %23, %20 ], [ %26, %24 ], !dbg !38
  store i32 %28, ptr %2, align 4, !dbg !45
  br label %29, !dbg !46

29:                                               ; preds = %27
  %30 = load i32, ptr %3, align 4, !dbg !47
  %31 = add nsw i32 %30, 1, !dbg !47
  store i32 %31, ptr %3, align 4, !dbg !47
  br label %13, !dbg !37, !llvm.loop !48

32:                                               ; preds = %13
  %33 = load i32, ptr %2, align 4, !dbg !51
  %34 = load i32, ptr %1, align 4, !dbg !52
  %35 = sext i32 %34 to i64, !dbg !53
  %36 = getelementptr inbounds [256 x i32], ptr @table, i64 0, i64 %35, !dbg !53
  store i32 %33, ptr %36, align 4, !dbg !54
  br label %37, !dbg !55

37:                                               ; preds = %32
  %38 = load i32, ptr %1, align 4, !dbg !56
  %39 = add nsw i32 %38, 1, !dbg !56
  store i32 %39, ptr %1, align 4, !dbg !56
  br label %8, !dbg !30, !llvm.loop !57

40:                                               ; preds = %8
  ret void, !dbg !58
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @fini() #0 !dbg !59 {
  %1 = call i32 (ptr, ...) @printf(ptr noundef @.str), !dbg !60
  %2 = load ptr, ptr @stdout, align 8, !dbg !61
  %3 = call i32 @fflush(ptr noundef %2), !dbg !62
  ret void, !dbg !63
}

declare i32 @printf(ptr noundef, ...) #1

declare i32 @fflush(ptr noundef) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !64 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.1), !dbg !65
  store i32 0, ptr %2, align 4, !dbg !66
  br label %7, !dbg !67

7:                                                ; preds = %17, %0
  %8 = load i32, ptr %2, align 4, !dbg !68
  %9 = load i32, ptr @n_init, align 4, !dbg !69
  %10 = icmp slt i32 %8, %9, !dbg !70
  br i1 %10, label %11, label %20, !dbg !71

11:                                               ; preds = %7
  %12 = load i32, ptr %2, align 4, !dbg !72
  %13 = sext i32 %12 to i64, !dbg !73
  %14 = getelementptr inbounds [8 x i32], ptr @init_log, i64 0, i64 %13, !dbg !73
  %15 = load i32, ptr %14, align 4, !dbg !73
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %15), !dbg !74
  br label %17, !dbg !74

17:                                               ; preds = %11
  %18 = load i32, ptr %2, align 4, !dbg !75
  %19 = add nsw i32 %18, 1, !dbg !75
  store i32 %19, ptr %2, align 4, !dbg !75
  br label %7, !dbg !71, !llvm.loop !76

20:                                               ; preds = %7
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str.3), !dbg !78
  store i32 -1, ptr %3, align 4, !dbg !79
  store ptr @.str.4, ptr %4, align 8, !dbg !80
  %22 = load ptr, ptr %4, align 8, !dbg !81
  store ptr %22, ptr %5, align 8, !dbg !82
  br label %23, !dbg !83

23:                                               ; preds = %40, %20
  %24 = load ptr, ptr %5, align 8, !dbg !84
  %25 = load i8, ptr %24, align 1, !dbg !85
  %26 = icmp ne i8 %25, 0, !dbg !86
  br i1 %26, label %27, label %43, !dbg !86

27:                                               ; preds = %23
  %28 = load i32, ptr %3, align 4, !dbg !87
  %29 = load ptr, ptr %5, align 8, !dbg !88
  %30 = load i8, ptr %29, align 1, !dbg !89
  %31 = zext i8 %30 to i32, !dbg !90
  %32 = xor i32 %28, %31, !dbg !91
  %33 = and i32 %32, 255, !dbg !92
  %34 = zext i32 %33 to i64, !dbg !93
  %35 = getelementptr inbounds nuw [256 x i32], ptr @table, i64 0, i64 %34, !dbg !93
  %36 = load i32, ptr %35, align 4, !dbg !93
  %37 = load i32, ptr %3, align 4, !dbg !94
  %38 = lshr i32 %37, 8, !dbg !95
  %39 = xor i32 %36, %38, !dbg !96
  store i32 %39, ptr %3, align 4, !dbg !97
  br label %40, !dbg !98

40:                                               ; preds = %27
  %41 = load ptr, ptr %5, align 8, !dbg !99
  %42 = getelementptr inbounds nuw i8, ptr %41, i32 1, !dbg !99
  store ptr %42, ptr %5, align 8, !dbg !99
  br label %23, !dbg !86, !llvm.loop !100

43:                                               ; preds = %23
  %44 = load i32, ptr %3, align 4, !dbg !102
  %45 = xor i32 %44, -1, !dbg !103
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %45), !dbg !104
  %47 = call i32 @atexit(ptr noundef @at_exit_a) #3, !dbg !105
  %48 = call i32 @atexit(ptr noundef @at_exit_b) #3, !dbg !106
  ret i32 0, !dbg !107
}

; Function Attrs: nounwind
declare i32 @atexit(ptr noundef) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @at_exit_a() #0 !dbg !108 {
  %1 = call i32 (ptr, ...) @printf(ptr noundef @.str.6), !dbg !109
  ret void, !dbg !110
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @at_exit_b() #0 !dbg !111 {
  %1 = call i32 (ptr, ...) @printf(ptr noundef @.str.7), !dbg !112
  ret void, !dbg !113
}

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "constructor.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "init_second", scope: !10, file: !10, line: 9, type: !11, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "constructor.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 9, column: 82, scope: !9)
!14 = !DILocation(line: 9, column: 67, scope: !9)
!15 = !DILocation(line: 9, column: 86, scope: !9)
!16 = !DILocation(line: 9, column: 91, scope: !9)
!17 = distinct !DISubprogram(name: "init_first", scope: !10, file: !10, line: 10, type: !11, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!18 = !DILocation(line: 10, column: 81, scope: !17)
!19 = !DILocation(line: 10, column: 66, scope: !17)
!20 = !DILocation(line: 10, column: 85, scope: !17)
!21 = !DILocation(line: 10, column: 90, scope: !17)
!22 = distinct !DISubprogram(name: "init_table", scope: !10, file: !10, line: 11, type: !11, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!23 = !DILocation(line: 12, column: 20, scope: !22)
!24 = !DILocation(line: 12, column: 5, scope: !22)
!25 = !DILocation(line: 12, column: 24, scope: !22)
!26 = !DILocation(line: 13, column: 14, scope: !22)
!27 = !DILocation(line: 13, column: 10, scope: !22)
!28 = !DILocation(line: 13, column: 21, scope: !22)
!29 = !DILocation(line: 13, column: 23, scope: !22)
!30 = !DILocation(line: 13, column: 5, scope: !22)
!31 = !DILocation(line: 13, column: 60, scope: !22)
!32 = !DILocation(line: 13, column: 46, scope: !22)
!33 = !DILocation(line: 13, column: 72, scope: !22)
!34 = !DILocation(line: 13, column: 68, scope: !22)
!35 = !DILocation(line: 13, column: 79, scope: !22)
!36 = !DILocation(line: 13, column: 81, scope: !22)
!37 = !DILocation(line: 13, column: 63, scope: !22)
!38 = !DILocation(line: 13, column: 95, scope: !22)
!39 = !DILocation(line: 13, column: 97, scope: !22)
!40 = !DILocation(line: 13, column: 118, scope: !22)
!41 = !DILocation(line: 13, column: 120, scope: !22)
!42 = !DILocation(line: 13, column: 115, scope: !22)
!43 = !DILocation(line: 13, column: 128, scope: !22)
!44 = !DILocation(line: 13, column: 130, scope: !22)
!45 = !DILocation(line: 13, column: 93, scope: !22)
!46 = !DILocation(line: 13, column: 91, scope: !22)
!47 = !DILocation(line: 13, column: 87, scope: !22)
!48 = distinct !{!48, !37, !49, !50}
!49 = !DILocation(line: 13, column: 133, scope: !22)
!50 = !{!"llvm.loop.mustprogress"}
!51 = !DILocation(line: 13, column: 152, scope: !22)
!52 = !DILocation(line: 13, column: 142, scope: !22)
!53 = !DILocation(line: 13, column: 136, scope: !22)
!54 = !DILocation(line: 13, column: 145, scope: !22)
!55 = !DILocation(line: 13, column: 155, scope: !22)
!56 = !DILocation(line: 13, column: 31, scope: !22)
!57 = distinct !{!57, !30, !55, !50}
!58 = !DILocation(line: 14, column: 1, scope: !22)
!59 = distinct !DISubprogram(name: "fini", scope: !10, file: !10, line: 15, type: !11, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!60 = !DILocation(line: 15, column: 54, scope: !59)
!61 = !DILocation(line: 15, column: 89, scope: !59)
!62 = !DILocation(line: 15, column: 82, scope: !59)
!63 = !DILocation(line: 15, column: 98, scope: !59)
!64 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 19, type: !11, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!65 = !DILocation(line: 20, column: 5, scope: !64)
!66 = !DILocation(line: 21, column: 14, scope: !64)
!67 = !DILocation(line: 21, column: 10, scope: !64)
!68 = !DILocation(line: 21, column: 21, scope: !64)
!69 = !DILocation(line: 21, column: 25, scope: !64)
!70 = !DILocation(line: 21, column: 23, scope: !64)
!71 = !DILocation(line: 21, column: 5, scope: !64)
!72 = !DILocation(line: 21, column: 61, scope: !64)
!73 = !DILocation(line: 21, column: 52, scope: !64)
!74 = !DILocation(line: 21, column: 38, scope: !64)
!75 = !DILocation(line: 21, column: 34, scope: !64)
!76 = distinct !{!76, !71, !77, !50}
!77 = !DILocation(line: 21, column: 63, scope: !64)
!78 = !DILocation(line: 22, column: 5, scope: !64)
!79 = !DILocation(line: 23, column: 14, scope: !64)
!80 = !DILocation(line: 24, column: 17, scope: !64)
!81 = !DILocation(line: 25, column: 26, scope: !64)
!82 = !DILocation(line: 25, column: 22, scope: !64)
!83 = !DILocation(line: 25, column: 10, scope: !64)
!84 = !DILocation(line: 25, column: 30, scope: !64)
!85 = !DILocation(line: 25, column: 29, scope: !64)
!86 = !DILocation(line: 25, column: 5, scope: !64)
!87 = !DILocation(line: 25, column: 61, scope: !64)
!88 = !DILocation(line: 25, column: 83, scope: !64)
!89 = !DILocation(line: 25, column: 82, scope: !64)
!90 = !DILocation(line: 25, column: 67, scope: !64)
!91 = !DILocation(line: 25, column: 65, scope: !64)
!92 = !DILocation(line: 25, column: 86, scope: !64)
!93 = !DILocation(line: 25, column: 54, scope: !64)
!94 = !DILocation(line: 25, column: 97, scope: !64)
!95 = !DILocation(line: 25, column: 101, scope: !64)
!96 = !DILocation(line: 25, column: 94, scope: !64)
!97 = !DILocation(line: 25, column: 42, scope: !64)
!98 = !DILocation(line: 25, column: 38, scope: !64)
!99 = !DILocation(line: 25, column: 34, scope: !64)
!100 = distinct !{!100, !86, !101, !50}
!101 = !DILocation(line: 25, column: 105, scope: !64)
!102 = !DILocation(line: 26, column: 26, scope: !64)
!103 = !DILocation(line: 26, column: 30, scope: !64)
!104 = !DILocation(line: 26, column: 5, scope: !64)
!105 = !DILocation(line: 27, column: 5, scope: !64)
!106 = !DILocation(line: 27, column: 24, scope: !64)
!107 = !DILocation(line: 28, column: 5, scope: !64)
!108 = distinct !DISubprogram(name: "at_exit_a", scope: !10, file: !10, line: 16, type: !11, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!109 = !DILocation(line: 16, column: 31, scope: !108)
!110 = !DILocation(line: 16, column: 53, scope: !108)
!111 = distinct !DISubprogram(name: "at_exit_b", scope: !10, file: !10, line: 17, type: !11, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!112 = !DILocation(line: 17, column: 31, scope: !111)
!113 = !DILocation(line: 17, column: 53, scope: !111)
