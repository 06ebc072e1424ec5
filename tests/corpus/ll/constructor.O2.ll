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

; Function Attrs: nounwind uwtable
define internal void @init_second() #0 !dbg !13 {
  %1 = load i32, ptr @n_init, align 4, !dbg !17, !tbaa !9
  %2 = add nsw i32 %1, 1, !dbg !18
  store i32 %2, ptr @n_init, align 4, !dbg !19, !tbaa !9
  %3 = sext i32 %1 to i64, !dbg !20
  %4 = getelementptr inbounds [8 x i32], ptr @init_log, i64 0, i64 %3, !dbg !20
  store i32 2, ptr %4, align 4, !dbg !21, !tbaa !9
  ret void, !dbg !22
}

; Function Attrs: nounwind uwtable
define internal void @init_first() #0 !dbg !23 {
  %1 = load i32, ptr @n_init, align 4, !dbg !24, !tbaa !9
  %2 = add nsw i32 %1, 1, !dbg !25
  store i32 %2, ptr @n_init, align 4, !dbg !26, !tbaa !9
  %3 = sext i32 %1 to i64, !dbg !27
  %4 = getelementptr inbounds [8 x i32], ptr @init_log, i64 0, i64 %3, !dbg !27
  store i32 1, ptr %4, align 4, !dbg !28, !tbaa !9
  ret void, !dbg !29
}

; Function Attrs: nounwind uwtable
define internal void @init_table() #0 !dbg !30 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = load i32, ptr @n_init, align 4, !dbg !31, !tbaa !9
  %6 = add nsw i32 %5, 1, !dbg !32
  store i32 %6, ptr @n_init, align 4, !dbg !33, !tbaa !9
  %7 = sext i32 %5 to i64, !dbg !34
  %8 = getelementptr inbounds [8 x i32], ptr @init_log, i64 0, i64 %7, !dbg !34
  store i32 3, ptr %8, align 4, !dbg !35, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %1) #4, !dbg !36
  store i32 0, ptr %1, align 4, !dbg !37, !tbaa !9
  br label %9, !dbg !36

9:                                                ; preds = %40, %0
  %10 = load i32, ptr %1, align 4, !dbg !38, !tbaa !9
  %11 = icmp slt i32 %10, 256, !dbg !39
  br i1 %11, label %13, label %12, !dbg !40

12:                                               ; preds = %9
  store i32 2, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %1) #4, !dbg !41
  br label %43

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !42
  %14 = load i32, ptr %1, align 4, !dbg !43, !tbaa !9
  store i32 %14, ptr %3, align 4, !dbg !44, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !45
  store i32 0, ptr %4, align 4, !dbg !46, !tbaa !9
  br label %15, !dbg !45

15:                                               ; preds = %32, %13
  %16 = load i32, ptr %4, align 4, !dbg !47, !tbaa !9
  %17 = icmp slt i32 %16, 8, !dbg !48
  br i1 %17, label %19, label %18, !dbg !49

18:                                               ; preds = %15
  store i32 5, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !50
  br label %35

19:                                               ; preds = %15
  %20 = load i32, ptr %3, align 4, !dbg !51, !tbaa !9
  %21 = and i32 %20, 1, !dbg !52
  %22 = icmp ne i32 %21, 0, !dbg !53
  br i1 %22, label %23, label %27, !dbg !54

23:                                               ; preds = %19
  %24 = load i32, ptr %3, align 4, !dbg !55, !tbaa !9
  %25 = lshr i32 %24, 1, !dbg !56
  %26 = xor i32 -306674912, %25, !dbg !57
  br label %30, !dbg !51

27:                                               ; preds = %19
  %28 = load i32, ptr %3, align 4, !dbg !58, !tbaa !9
  %29 = lshr i32 %28, 1, !dbg !59
  br label %30, !dbg !51

30:                                               ; preds = %27, %23
  %31 = phi i32 [ %26, %23 ], [ %29, %27 ], !dbg !60
  store i32 %31, ptr %3, align 4, !dbg !61, !tbaa !9
  br label %32, !dbg !62

32:                                               ; preds = %30
  %33 = load i32, ptr %4, align 4, !dbg !63, !tbaa !9
  %34 = add nsw i32 %33, 1, !dbg !64
  store i32 %34, ptr %4, align 4, !dbg !65, !tbaa !9
  br label %15, !dbg !50, !llvm.loop !66

35:                                               ; preds = %18
  %36 = load i32, ptr %3, align 4, !dbg !69, !tbaa !9
  %37 = load i32, ptr %1, align 4, !dbg !70, !tbaa !9
  %38 = sext i32 %37 to i64, !dbg !71
  %39 = getelementptr inbounds [256 x i32], ptr @table, i64 0, i64 %38, !dbg !71
  store i32 %36, ptr %39, align 4, !dbg !72, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !73
  br label %40, !dbg !74

40:                                               ; preds = %35
  %41 = load i32, ptr %1, align 4, !dbg !75, !tbaa !9
  %42 = add nsw i32 %41, 1, !dbg !76
  store i32 %42, ptr %1, align 4, !dbg !77, !tbaa !9
  br label %9, !dbg !41, !llvm.loop !78

43:                                               ; preds = %12
  ret void, !dbg !79
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal void @fini() #0 !dbg !80 {
  %1 = call i32 (ptr, ...) @printf(ptr noundef @.str), !dbg !81
  %2 = load ptr, ptr @stdout, align 8, !dbg !82, !tbaa !83
  %3 = call i32 @fflush(ptr noundef %2), !dbg !86
  ret void, !dbg !87
}

declare !dbg !88 i32 @printf(ptr noundef, ...) #2

declare !dbg !90 i32 @fflush(ptr noundef) #2

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !91 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.1), !dbg !92
  call void @llvm.lifetime.start.p0(ptr %2) #4, !dbg !93
  store i32 0, ptr %2, align 4, !dbg !94, !tbaa !9
  br label %7, !dbg !93

7:                                                ; preds = %18, %0
  %8 = load i32, ptr %2, align 4, !dbg !95, !tbaa !9
  %9 = load i32, ptr @n_init, align 4, !dbg !96, !tbaa !9
  %10 = icmp slt i32 %8, %9, !dbg !97
  br i1 %10, label %12, label %11, !dbg !98

11:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %2) #4, !dbg !99
  br label %21

12:                                               ; preds = %7
  %13 = load i32, ptr %2, align 4, !dbg !100, !tbaa !9
  %14 = sext i32 %13 to i64, !dbg !101
  %15 = getelementptr inbounds [8 x i32], ptr @init_log, i64 0, i64 %14, !dbg !101
  %16 = load i32, ptr %15, align 4, !dbg !101, !tbaa !9
  %17 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %16), !dbg !102
  br label %18, !dbg !103

18:                                               ; preds = %12
  %19 = load i32, ptr %2, align 4, !dbg !104, !tbaa !9
  %20 = add nsw i32 %19, 1, !dbg !105
  store i32 %20, ptr %2, align 4, !dbg !106, !tbaa !9
  br label %7, !dbg !99, !llvm.loop !107

21:                                               ; preds = %11
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str.3), !dbg !109
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !110
  store i32 -1, ptr %3, align 4, !dbg !111, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !112
  store ptr @.str.4, ptr %4, align 8, !dbg !113, !tbaa !114
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !116
  %23 = load ptr, ptr %4, align 8, !dbg !117, !tbaa !114
  store ptr %23, ptr %5, align 8, !dbg !118, !tbaa !114
  br label %24, !dbg !116

24:                                               ; preds = %42, %21
  %25 = load ptr, ptr %5, align 8, !dbg !119, !tbaa !114
  %26 = load i8, ptr %25, align 1, !dbg !120, !tbaa !121
  %27 = icmp ne i8 %26, 0, !dbg !122
  br i1 %27, label %29, label %28, !dbg !123

28:                                               ; preds = %24
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !124
  br label %45

29:                                               ; preds = %24
  %30 = load i32, ptr %3, align 4, !dbg !125, !tbaa !9
  %31 = load ptr, ptr %5, align 8, !dbg !126, !tbaa !114
  %32 = load i8, ptr %31, align 1, !dbg !127, !tbaa !121
  %33 = zext i8 %32 to i32, !dbg !128
  %34 = xor i32 %30, %33, !dbg !129
  %35 = and i32 %34, 255, !dbg !130
  %36 = zext i32 %35 to i64, !dbg !131
  %37 = getelementptr inbounds nuw [256 x i32], ptr @table, i64 0, i64 %36, !dbg !131
  %38 = load i32, ptr %37, align 4, !dbg !131, !tbaa !9
  %39 = load i32, ptr %3, align 4, !dbg !132, !tbaa !9
  %40 = lshr i32 %39, 8, !dbg !133
  %41 = xor i32 %38, %40, !dbg !134
  store i32 %41, ptr %3, align 4, !dbg !135, !tbaa !9
  br label %42, !dbg !136

42:                                               ; preds = %29
  %43 = load ptr, ptr %5, align 8, !dbg !137, !tbaa !114
  %44 = getelementptr inbounds nuw i8, ptr %43, i32 1, !dbg !138
  store ptr %44, ptr %5, align 8, !dbg !139, !tbaa !114
  br label %24, !dbg !124, !llvm.loop !140

45:                                               ; preds = %28
  %46 = load i32, ptr %3, align 4, !dbg !142, !tbaa !9
  %47 = xor i32 %46, -1, !dbg !143
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %47), !dbg !144
  %49 = call i32 @atexit(ptr noundef @at_exit_a) #4, !dbg !145
  %50 = call i32 @atexit(ptr noundef @at_exit_b) #4, !dbg !146
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !147
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !147
  ret i32 0, !dbg !148
}

; Function Attrs: nounwind
declare !dbg !149 i32 @atexit(ptr noundef) #3

; Function Attrs: nounwind uwtable
define internal void @at_exit_a() #0 !dbg !151 {
  %1 = call i32 (ptr, ...) @printf(ptr noundef @.str.6), !dbg !152
  ret void, !dbg !153
}

; Function Attrs: nounwind uwtable
define internal void @at_exit_b() #0 !dbg !154 {
  %1 = call i32 (ptr, ...) @printf(ptr noundef @.str.7), !dbg !155
  ret void, !dbg !156
}

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "constructor.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "init_second", scope: !14, file: !14, line: 9, type: !15, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "constructor.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 9, column: 82, scope: !13)
!18 = !DILocation(line: 9, column: 82, scope: !13, atomGroup: 2, atomRank: 2)
!19 = !DILocation(line: 9, column: 82, scope: !13, atomGroup: 2, atomRank: 1)
!20 = !DILocation(line: 9, column: 67, scope: !13)
!21 = !DILocation(line: 9, column: 86, scope: !13, atomGroup: 1, atomRank: 1)
!22 = !DILocation(line: 9, column: 91, scope: !13, atomGroup: 3, atomRank: 1)
!23 = distinct !DISubprogram(name: "init_first", scope: !14, file: !14, line: 10, type: !15, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!24 = !DILocation(line: 10, column: 81, scope: !23)
!25 = !DILocation(line: 10, column: 81, scope: !23, atomGroup: 2, atomRank: 2)
!26 = !DILocation(line: 10, column: 81, scope: !23, atomGroup: 2, atomRank: 1)
!27 = !DILocation(line: 10, column: 66, scope: !23)
!28 = !DILocation(line: 10, column: 85, scope: !23, atomGroup: 1, atomRank: 1)
!29 = !DILocation(line: 10, column: 90, scope: !23, atomGroup: 3, atomRank: 1)
!30 = distinct !DISubprogram(name: "init_table", scope: !14, file: !14, line: 11, type: !15, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!31 = !DILocation(line: 12, column: 20, scope: !30)
!32 = !DILocation(line: 12, column: 20, scope: !30, atomGroup: 2, atomRank: 2)
!33 = !DILocation(line: 12, column: 20, scope: !30, atomGroup: 2, atomRank: 1)
!34 = !DILocation(line: 12, column: 5, scope: !30)
!35 = !DILocation(line: 12, column: 24, scope: !30, atomGroup: 1, atomRank: 1)
!36 = !DILocation(line: 13, column: 10, scope: !30)
!37 = !DILocation(line: 13, column: 14, scope: !30, atomGroup: 3, atomRank: 1)
!38 = !DILocation(line: 13, column: 21, scope: !30)
!39 = !DILocation(line: 13, column: 23, scope: !30, atomGroup: 4, atomRank: 1)
!40 = !DILocation(line: 13, column: 5, scope: !30, atomGroup: 5, atomRank: 1)
!41 = !DILocation(line: 13, column: 5, scope: !30)
!42 = !DILocation(line: 13, column: 37, scope: !30)
!43 = !DILocation(line: 13, column: 60, scope: !30, atomGroup: 6, atomRank: 2)
!44 = !DILocation(line: 13, column: 46, scope: !30, atomGroup: 6, atomRank: 1)
!45 = !DILocation(line: 13, column: 68, scope: !30)
!46 = !DILocation(line: 13, column: 72, scope: !30, atomGroup: 7, atomRank: 1)
!47 = !DILocation(line: 13, column: 79, scope: !30)
!48 = !DILocation(line: 13, column: 81, scope: !30, atomGroup: 8, atomRank: 1)
!49 = !DILocation(line: 13, column: 63, scope: !30, atomGroup: 9, atomRank: 1)
!50 = !DILocation(line: 13, column: 63, scope: !30)
!51 = !DILocation(line: 13, column: 95, scope: !30)
!52 = !DILocation(line: 13, column: 97, scope: !30)
!53 = !DILocation(line: 13, column: 97, scope: !30, atomGroup: 11, atomRank: 2)
!54 = !DILocation(line: 13, column: 95, scope: !30, atomGroup: 11, atomRank: 1)
!55 = !DILocation(line: 13, column: 118, scope: !30)
!56 = !DILocation(line: 13, column: 120, scope: !30)
!57 = !DILocation(line: 13, column: 115, scope: !30)
!58 = !DILocation(line: 13, column: 128, scope: !30)
!59 = !DILocation(line: 13, column: 130, scope: !30)
!60 = !DILocation(line: 13, column: 95, scope: !30, atomGroup: 10, atomRank: 2)
!61 = !DILocation(line: 13, column: 93, scope: !30, atomGroup: 10, atomRank: 1)
!62 = !DILocation(line: 13, column: 91, scope: !30, atomGroup: 13, atomRank: 1)
!63 = !DILocation(line: 13, column: 87, scope: !30)
!64 = !DILocation(line: 13, column: 87, scope: !30, atomGroup: 12, atomRank: 2)
!65 = !DILocation(line: 13, column: 87, scope: !30, atomGroup: 12, atomRank: 1)
!66 = distinct !{!66, !50, !67, !68}
!67 = !DILocation(line: 13, column: 133, scope: !30)
!68 = !{!"llvm.loop.mustprogress"}
!69 = !DILocation(line: 13, column: 152, scope: !30, atomGroup: 14, atomRank: 2)
!70 = !DILocation(line: 13, column: 142, scope: !30)
!71 = !DILocation(line: 13, column: 136, scope: !30)
!72 = !DILocation(line: 13, column: 145, scope: !30, atomGroup: 14, atomRank: 1)
!73 = !DILocation(line: 13, column: 155, scope: !30)
!74 = !DILocation(line: 13, column: 155, scope: !30, atomGroup: 16, atomRank: 1)
!75 = !DILocation(line: 13, column: 31, scope: !30)
!76 = !DILocation(line: 13, column: 31, scope: !30, atomGroup: 15, atomRank: 2)
!77 = !DILocation(line: 13, column: 31, scope: !30, atomGroup: 15, atomRank: 1)
!78 = distinct !{!78, !41, !73, !68}
!79 = !DILocation(line: 14, column: 1, scope: !30, atomGroup: 17, atomRank: 1)
!80 = distinct !DISubprogram(name: "fini", scope: !14, file: !14, line: 15, type: !15, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!81 = !DILocation(line: 15, column: 54, scope: !80)
!82 = !DILocation(line: 15, column: 89, scope: !80)
!83 = !{!84, !84, i64 0}
!84 = !{!"p1 _ZTS8_IO_FILE", !85, i64 0}
!85 = !{!"any pointer", !11, i64 0}
!86 = !DILocation(line: 15, column: 82, scope: !80)
!87 = !DILocation(line: 15, column: 98, scope: !80, atomGroup: 1, atomRank: 1)
!88 = !DISubprogram(name: "printf", scope: !89, file: !89, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!89 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!90 = !DISubprogram(name: "fflush", scope: !89, file: !89, line: 230, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!91 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 19, type: !15, scopeLine: 19, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!92 = !DILocation(line: 20, column: 5, scope: !91)
!93 = !DILocation(line: 21, column: 10, scope: !91)
!94 = !DILocation(line: 21, column: 14, scope: !91, atomGroup: 1, atomRank: 1)
!95 = !DILocation(line: 21, column: 21, scope: !91)
!96 = !DILocation(line: 21, column: 25, scope: !91)
!97 = !DILocation(line: 21, column: 23, scope: !91, atomGroup: 2, atomRank: 1)
!98 = !DILocation(line: 21, column: 5, scope: !91, atomGroup: 3, atomRank: 1)
!99 = !DILocation(line: 21, column: 5, scope: !91)
!100 = !DILocation(line: 21, column: 61, scope: !91)
!101 = !DILocation(line: 21, column: 52, scope: !91)
!102 = !DILocation(line: 21, column: 38, scope: !91)
!103 = !DILocation(line: 21, column: 38, scope: !91, atomGroup: 5, atomRank: 1)
!104 = !DILocation(line: 21, column: 34, scope: !91)
!105 = !DILocation(line: 21, column: 34, scope: !91, atomGroup: 4, atomRank: 2)
!106 = !DILocation(line: 21, column: 34, scope: !91, atomGroup: 4, atomRank: 1)
!107 = distinct !{!107, !99, !108, !68}
!108 = !DILocation(line: 21, column: 63, scope: !91)
!109 = !DILocation(line: 22, column: 5, scope: !91)
!110 = !DILocation(line: 23, column: 5, scope: !91)
!111 = !DILocation(line: 23, column: 14, scope: !91, atomGroup: 6, atomRank: 1)
!112 = !DILocation(line: 24, column: 5, scope: !91)
!113 = !DILocation(line: 24, column: 17, scope: !91, atomGroup: 7, atomRank: 1)
!114 = !{!115, !115, i64 0}
!115 = !{!"p1 omnipotent char", !85, i64 0}
!116 = !DILocation(line: 25, column: 10, scope: !91)
!117 = !DILocation(line: 25, column: 26, scope: !91, atomGroup: 8, atomRank: 2)
!118 = !DILocation(line: 25, column: 22, scope: !91, atomGroup: 8, atomRank: 1)
!119 = !DILocation(line: 25, column: 30, scope: !91)
!120 = !DILocation(line: 25, column: 29, scope: !91)
!121 = !{!11, !11, i64 0}
!122 = !DILocation(line: 25, column: 5, scope: !91, atomGroup: 9, atomRank: 1)
!123 = !DILocation(line: 25, column: 5, scope: !91, atomGroup: 10, atomRank: 1)
!124 = !DILocation(line: 25, column: 5, scope: !91)
!125 = !DILocation(line: 25, column: 61, scope: !91)
!126 = !DILocation(line: 25, column: 83, scope: !91)
!127 = !DILocation(line: 25, column: 82, scope: !91)
!128 = !DILocation(line: 25, column: 67, scope: !91)
!129 = !DILocation(line: 25, column: 65, scope: !91)
!130 = !DILocation(line: 25, column: 86, scope: !91)
!131 = !DILocation(line: 25, column: 54, scope: !91)
!132 = !DILocation(line: 25, column: 97, scope: !91)
!133 = !DILocation(line: 25, column: 101, scope: !91)
!134 = !DILocation(line: 25, column: 94, scope: !91, atomGroup: 11, atomRank: 2)
!135 = !DILocation(line: 25, column: 42, scope: !91, atomGroup: 11, atomRank: 1)
!136 = !DILocation(line: 25, column: 38, scope: !91, atomGroup: 13, atomRank: 1)
!137 = !DILocation(line: 25, column: 34, scope: !91)
!138 = !DILocation(line: 25, column: 34, scope: !91, atomGroup: 12, atomRank: 2)
!139 = !DILocation(line: 25, column: 34, scope: !91, atomGroup: 12, atomRank: 1)
!140 = distinct !{!140, !124, !141, !68}
!141 = !DILocation(line: 25, column: 105, scope: !91)
!142 = !DILocation(line: 26, column: 26, scope: !91)
!143 = !DILocation(line: 26, column: 30, scope: !91)
!144 = !DILocation(line: 26, column: 5, scope: !91)
!145 = !DILocation(line: 27, column: 5, scope: !91)
!146 = !DILocation(line: 27, column: 24, scope: !91)
!147 = !DILocation(line: 29, column: 1, scope: !91)
!148 = !DILocation(line: 28, column: 5, scope: !91, atomGroup: 15, atomRank: 1)
!149 = !DISubprogram(name: "atexit", scope: !150, file: !150, line: 615, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!150 = !DIFile(filename: "/usr/include/stdlib.h", directory: "")
!151 = distinct !DISubprogram(name: "at_exit_a", scope: !14, file: !14, line: 16, type: !15, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!152 = !DILocation(line: 16, column: 31, scope: !151)
!153 = !DILocation(line: 16, column: 53, scope: !151, atomGroup: 1, atomRank: 1)
!154 = distinct !DISubprogram(name: "at_exit_b", scope: !14, file: !14, line: 17, type: !15, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!155 = !DILocation(line: 17, column: 31, scope: !154)
!156 = !DILocation(line: 17, column: 53, scope: !154, atomGroup: 1, atomRank: 1)
