; ModuleID = 'setjmp_longjmp.c'
source_filename = "setjmp_longjmp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.__jmp_buf_tag = type { [8 x i64], i32, %struct.__sigset_t }
%struct.__sigset_t = type { [16 x i64] }

@env = internal global [1 x %struct.__jmp_buf_tag] zeroinitializer, align 16
@.str = private unnamed_addr constant [20 x i8] c"jumped %d depth %d\0A\00", align 1
@depth_reached = internal global i32 0, align 4
@__const.main.divisors = private unnamed_addr constant [5 x i32] [i32 3, i32 0, i32 5, i32 0, i32 7], align 16
@.str.1 = private unnamed_addr constant [17 x i8] c"ok=%d failed=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"tries=%d\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca [1 x %struct.__jmp_buf_tag], align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca [5 x i32], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca [1 x %struct.__jmp_buf_tag], align 16
  store i32 0, ptr %1, align 4
  store i32 1, ptr %2, align 4, !dbg !13
  br label %11, !dbg !14

11:                                               ; preds = %26, %0
  %12 = load i32, ptr %2, align 4, !dbg !15
  %13 = icmp sle i32 %12, 5, !dbg !16
  br i1 %13, label %14, label %29, !dbg !17

14:                                               ; preds = %11
  %15 = call i32 @_setjmp(ptr noundef @env) #5, !dbg !18
  store i32 %15, ptr %3, align 4, !dbg !19
  %16 = load i32, ptr %3, align 4, !dbg !20
  %17 = icmp eq i32 %16, 0, !dbg !21
  br i1 %17, label %18, label %21, !dbg !21

18:                                               ; preds = %14
  %19 = load i32, ptr %2, align 4, !dbg !22
  %20 = mul nsw i32 %19, 3, !dbg !23
  call void @dive(i32 noundef 0, i32 noundef %20), !dbg !24
  br label %25, !dbg !24

21:                                               ; preds = %14
  %22 = load i32, ptr %3, align 4, !dbg !25
  %23 = load i32, ptr @depth_reached, align 4, !dbg !26
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %22, i32 noundef %23), !dbg !27
  br label %25

25:                                               ; preds = %21, %18
  br label %26, !dbg !28

26:                                               ; preds = %25
  %27 = load i32, ptr %2, align 4, !dbg !29
  %28 = add nsw i32 %27, 1, !dbg !29
  store i32 %28, ptr %2, align 4, !dbg !29
  br label %11, !dbg !17, !llvm.loop !30

29:                                               ; preds = %11
  store volatile i32 0, ptr %5, align 4, !dbg !32
  store volatile i32 0, ptr %6, align 4, !dbg !33
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %7, ptr align 16 @__const.main.divisors, i64 20, i1 false), !dbg !34
  store volatile i32 0, ptr %8, align 4, !dbg !35
  br label %30, !dbg !36

30:                                               ; preds = %49, %29
  %31 = load volatile i32, ptr %8, align 4, !dbg !37
  %32 = icmp slt i32 %31, 5, !dbg !38
  br i1 %32, label %33, label %52, !dbg !39

33:                                               ; preds = %30
  %34 = getelementptr inbounds [1 x %struct.__jmp_buf_tag], ptr %4, i64 0, i64 0, !dbg !40
  %35 = call i32 @_setjmp(ptr noundef %34) #5, !dbg !41
  %36 = icmp eq i32 %35, 0, !dbg !42
  br i1 %36, label %37, label %45, !dbg !42

37:                                               ; preds = %33
  %38 = load volatile i32, ptr %8, align 4, !dbg !43
  %39 = sext i32 %38 to i64, !dbg !44
  %40 = getelementptr inbounds [5 x i32], ptr %7, i64 0, i64 %39, !dbg !44
  %41 = load i32, ptr %40, align 4, !dbg !44
  %42 = call i32 @safe_div(i32 noundef 100, i32 noundef %41, ptr noundef %4), !dbg !45
  %43 = load volatile i32, ptr %5, align 4, !dbg !46
  %44 = add nsw i32 %43, %42, !dbg !46
  store volatile i32 %44, ptr %5, align 4, !dbg !46
  br label %48, !dbg !47

45:                                               ; preds = %33
  %46 = load volatile i32, ptr %6, align 4, !dbg !48
  %47 = add nsw i32 %46, 1, !dbg !48
  store volatile i32 %47, ptr %6, align 4, !dbg !48
  br label %48

48:                                               ; preds = %45, %37
  br label %49, !dbg !49

49:                                               ; preds = %48
  %50 = load volatile i32, ptr %8, align 4, !dbg !50
  %51 = add nsw i32 %50, 1, !dbg !50
  store volatile i32 %51, ptr %8, align 4, !dbg !50
  br label %30, !dbg !39, !llvm.loop !51

52:                                               ; preds = %30
  %53 = load volatile i32, ptr %5, align 4, !dbg !52
  %54 = load volatile i32, ptr %6, align 4, !dbg !53
  %55 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %53, i32 noundef %54), !dbg !54
  store volatile i32 0, ptr %9, align 4, !dbg !55
  %56 = getelementptr inbounds [1 x %struct.__jmp_buf_tag], ptr %10, i64 0, i64 0, !dbg !56
  %57 = call i32 @_setjmp(ptr noundef %56) #5, !dbg !57
  %58 = icmp slt i32 %57, 3, !dbg !58
  br i1 %58, label %59, label %68, !dbg !58

59:                                               ; preds = %52
  %60 = load volatile i32, ptr %9, align 4, !dbg !59
  %61 = add nsw i32 %60, 1, !dbg !59
  store volatile i32 %61, ptr %9, align 4, !dbg !59
  %62 = load volatile i32, ptr %9, align 4, !dbg !60
  %63 = icmp slt i32 %62, 3, !dbg !61
  br i1 %63, label %64, label %67, !dbg !61

64:                                               ; preds = %59
  %65 = getelementptr inbounds [1 x %struct.__jmp_buf_tag], ptr %10, i64 0, i64 0, !dbg !62
  %66 = load volatile i32, ptr %9, align 4, !dbg !63
  call void @longjmp(ptr noundef %65, i32 noundef %66) #6, !dbg !64
  unreachable, !dbg !64

67:                                               ; preds = %59
  br label %68, !dbg !65

68:                                               ; preds = %67, %52
  %69 = load volatile i32, ptr %9, align 4, !dbg !66
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %69), !dbg !67
  ret i32 0, !dbg !68
}

; Function Attrs: nounwind returns_twice
declare i32 @_setjmp(ptr noundef) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @dive(i32 noundef %0, i32 noundef %1) #0 !dbg !69 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4, !dbg !70
  store i32 %5, ptr @depth_reached, align 4, !dbg !71
  %6 = load i32, ptr %3, align 4, !dbg !72
  %7 = load i32, ptr %4, align 4, !dbg !73
  %8 = icmp eq i32 %6, %7, !dbg !74
  br i1 %8, label %9, label %13, !dbg !74

9:                                                ; preds = %2
  %10 = load i32, ptr %3, align 4, !dbg !75
  %11 = mul nsw i32 %10, 10, !dbg !76
  %12 = add nsw i32 %11, 1, !dbg !77
  call void @longjmp(ptr noundef @env, i32 noundef %12) #6, !dbg !78
  unreachable, !dbg !78

13:                                               ; preds = %2
  %14 = load i32, ptr %3, align 4, !dbg !79
  %15 = add nsw i32 %14, 1, !dbg !80
  %16 = load i32, ptr %4, align 4, !dbg !81
  call void @dive(i32 noundef %15, i32 noundef %16), !dbg !82
  ret void, !dbg !83
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @safe_div(i32 noundef %0, i32 noundef %1, ptr noundef %2) #0 !dbg !84 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 8
  %7 = load i32, ptr %5, align 4, !dbg !85
  %8 = icmp eq i32 %7, 0, !dbg !86
  br i1 %8, label %9, label %12, !dbg !86

9:                                                ; preds = %3
  %10 = load ptr, ptr %6, align 8, !dbg !87
  %11 = getelementptr inbounds [1 x %struct.__jmp_buf_tag], ptr %10, i64 0, i64 0, !dbg !88
  call void @longjmp(ptr noundef %11, i32 noundef 42) #6, !dbg !89
  unreachable, !dbg !89

12:                                               ; preds = %3
  %13 = load i32, ptr %4, align 4, !dbg !90
  %14 = load i32, ptr %5, align 4, !dbg !91
  %15 = sdiv i32 %13, %14, !dbg !92
  ret i32 %15, !dbg !93
}

; Function Attrs: noreturn nounwind
declare void @longjmp(ptr noundef, i32 noundef) #4

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nounwind returns_twice "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { noreturn nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind returns_twice }
attributes #6 = { noreturn nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "setjmp_longjmp.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 16, type: !11, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "setjmp_longjmp.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 17, column: 14, scope: !9)
!14 = !DILocation(line: 17, column: 10, scope: !9)
!15 = !DILocation(line: 17, column: 23, scope: !9)
!16 = !DILocation(line: 17, column: 27, scope: !9)
!17 = !DILocation(line: 17, column: 5, scope: !9)
!18 = !DILocation(line: 18, column: 17, scope: !9)
!19 = !DILocation(line: 18, column: 13, scope: !9)
!20 = !DILocation(line: 19, column: 13, scope: !9)
!21 = !DILocation(line: 19, column: 15, scope: !9)
!22 = !DILocation(line: 19, column: 29, scope: !9)
!23 = !DILocation(line: 19, column: 33, scope: !9)
!24 = !DILocation(line: 19, column: 21, scope: !9)
!25 = !DILocation(line: 20, column: 45, scope: !9)
!26 = !DILocation(line: 20, column: 48, scope: !9)
!27 = !DILocation(line: 20, column: 14, scope: !9)
!28 = !DILocation(line: 21, column: 5, scope: !9)
!29 = !DILocation(line: 17, column: 36, scope: !9)
!30 = distinct !{!30, !17, !28, !31}
!31 = !{!"llvm.loop.mustprogress"}
!32 = !DILocation(line: 23, column: 18, scope: !9)
!33 = !DILocation(line: 23, column: 26, scope: !9)
!34 = !DILocation(line: 24, column: 9, scope: !9)
!35 = !DILocation(line: 25, column: 23, scope: !9)
!36 = !DILocation(line: 25, column: 10, scope: !9)
!37 = !DILocation(line: 25, column: 30, scope: !9)
!38 = !DILocation(line: 25, column: 32, scope: !9)
!39 = !DILocation(line: 25, column: 5, scope: !9)
!40 = !DILocation(line: 26, column: 20, scope: !9)
!41 = !DILocation(line: 26, column: 13, scope: !9)
!42 = !DILocation(line: 26, column: 23, scope: !9)
!43 = !DILocation(line: 26, column: 58, scope: !9)
!44 = !DILocation(line: 26, column: 49, scope: !9)
!45 = !DILocation(line: 26, column: 35, scope: !9)
!46 = !DILocation(line: 26, column: 32, scope: !9)
!47 = !DILocation(line: 26, column: 29, scope: !9)
!48 = !DILocation(line: 27, column: 20, scope: !9)
!49 = !DILocation(line: 28, column: 5, scope: !9)
!50 = !DILocation(line: 25, column: 38, scope: !9)
!51 = distinct !{!51, !39, !49, !31}
!52 = !DILocation(line: 29, column: 33, scope: !9)
!53 = !DILocation(line: 29, column: 37, scope: !9)
!54 = !DILocation(line: 29, column: 5, scope: !9)
!55 = !DILocation(line: 30, column: 18, scope: !9)
!56 = !DILocation(line: 32, column: 16, scope: !9)
!57 = !DILocation(line: 32, column: 9, scope: !9)
!58 = !DILocation(line: 32, column: 23, scope: !9)
!59 = !DILocation(line: 32, column: 35, scope: !9)
!60 = !DILocation(line: 32, column: 43, scope: !9)
!61 = !DILocation(line: 32, column: 49, scope: !9)
!62 = !DILocation(line: 32, column: 62, scope: !9)
!63 = !DILocation(line: 32, column: 69, scope: !9)
!64 = !DILocation(line: 32, column: 54, scope: !9)
!65 = !DILocation(line: 32, column: 77, scope: !9)
!66 = !DILocation(line: 33, column: 26, scope: !9)
!67 = !DILocation(line: 33, column: 5, scope: !9)
!68 = !DILocation(line: 34, column: 5, scope: !9)
!69 = distinct !DISubprogram(name: "dive", scope: !10, file: !10, line: 8, type: !11, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!70 = !DILocation(line: 9, column: 21, scope: !69)
!71 = !DILocation(line: 9, column: 19, scope: !69)
!72 = !DILocation(line: 10, column: 9, scope: !69)
!73 = !DILocation(line: 10, column: 14, scope: !69)
!74 = !DILocation(line: 10, column: 11, scope: !69)
!75 = !DILocation(line: 10, column: 34, scope: !69)
!76 = !DILocation(line: 10, column: 36, scope: !69)
!77 = !DILocation(line: 10, column: 41, scope: !69)
!78 = !DILocation(line: 10, column: 21, scope: !69)
!79 = !DILocation(line: 11, column: 10, scope: !69)
!80 = !DILocation(line: 11, column: 12, scope: !69)
!81 = !DILocation(line: 11, column: 17, scope: !69)
!82 = !DILocation(line: 11, column: 5, scope: !69)
!83 = !DILocation(line: 12, column: 1, scope: !69)
!84 = distinct !DISubprogram(name: "safe_div", scope: !10, file: !10, line: 14, type: !11, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!85 = !DILocation(line: 14, column: 55, scope: !84)
!86 = !DILocation(line: 14, column: 57, scope: !84)
!87 = !DILocation(line: 14, column: 72, scope: !84)
!88 = !DILocation(line: 14, column: 71, scope: !84)
!89 = !DILocation(line: 14, column: 63, scope: !84)
!90 = !DILocation(line: 14, column: 89, scope: !84)
!91 = !DILocation(line: 14, column: 93, scope: !84)
!92 = !DILocation(line: 14, column: 91, scope: !84)
!93 = !DILocation(line: 14, column: 82, scope: !84)
