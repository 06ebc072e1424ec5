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

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
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
  call void @llvm.lifetime.start.p0(ptr %2) #6, !dbg !17
  store i32 1, ptr %2, align 4, !dbg !18, !tbaa !9
  br label %11, !dbg !17

11:                                               ; preds = %27, %0
  %12 = load i32, ptr %2, align 4, !dbg !19, !tbaa !9
  %13 = icmp sle i32 %12, 5, !dbg !20
  br i1 %13, label %15, label %14, !dbg !21

14:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %2) #6, !dbg !22
  br label %30

15:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !23
  %16 = call i32 @_setjmp(ptr noundef @env) #7, !dbg !24
  store i32 %16, ptr %3, align 4, !dbg !25, !tbaa !9
  %17 = load i32, ptr %3, align 4, !dbg !26, !tbaa !9
  %18 = icmp eq i32 %17, 0, !dbg !27
  br i1 %18, label %19, label %22, !dbg !28

19:                                               ; preds = %15
  %20 = load i32, ptr %2, align 4, !dbg !29, !tbaa !9
  %21 = mul nsw i32 %20, 3, !dbg !30
  call void @dive(i32 noundef 0, i32 noundef %21), !dbg !31
  br label %26, !dbg !31

22:                                               ; preds = %15
  %23 = load i32, ptr %3, align 4, !dbg !32, !tbaa !9
  %24 = load i32, ptr @depth_reached, align 4, !dbg !33, !tbaa !9
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %23, i32 noundef %24), !dbg !34
  br label %26

26:                                               ; preds = %22, %19
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !35
  br label %27, !dbg !36

27:                                               ; preds = %26
  %28 = load i32, ptr %2, align 4, !dbg !37, !tbaa !9
  %29 = add nsw i32 %28, 1, !dbg !38
  store i32 %29, ptr %2, align 4, !dbg !39, !tbaa !9
  br label %11, !dbg !22, !llvm.loop !40

30:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !42
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !43
  store volatile i32 0, ptr %5, align 4, !dbg !44, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !43
  store volatile i32 0, ptr %6, align 4, !dbg !45, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !46
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %7, ptr align 16 @__const.main.divisors, i64 20, i1 false), !dbg !47
  call void @llvm.lifetime.start.p0(ptr %8) #6, !dbg !48
  store volatile i32 0, ptr %8, align 4, !dbg !49, !tbaa !9
  br label %31, !dbg !48

31:                                               ; preds = %51, %30
  %32 = load volatile i32, ptr %8, align 4, !dbg !50, !tbaa !9
  %33 = icmp slt i32 %32, 5, !dbg !51
  br i1 %33, label %35, label %34, !dbg !52

34:                                               ; preds = %31
  call void @llvm.lifetime.end.p0(ptr %8) #6, !dbg !53
  br label %54

35:                                               ; preds = %31
  %36 = getelementptr inbounds [1 x %struct.__jmp_buf_tag], ptr %4, i64 0, i64 0, !dbg !54
  %37 = call i32 @_setjmp(ptr noundef %36) #7, !dbg !55
  %38 = icmp eq i32 %37, 0, !dbg !56
  br i1 %38, label %39, label %47, !dbg !57

39:                                               ; preds = %35
  %40 = load volatile i32, ptr %8, align 4, !dbg !58, !tbaa !9
  %41 = sext i32 %40 to i64, !dbg !59
  %42 = getelementptr inbounds [5 x i32], ptr %7, i64 0, i64 %41, !dbg !59
  %43 = load i32, ptr %42, align 4, !dbg !59, !tbaa !9
  %44 = call i32 @safe_div(i32 noundef 100, i32 noundef %43, ptr noundef %4), !dbg !60
  %45 = load volatile i32, ptr %5, align 4, !dbg !61, !tbaa !9
  %46 = add nsw i32 %45, %44, !dbg !62
  store volatile i32 %46, ptr %5, align 4, !dbg !63, !tbaa !9
  br label %50, !dbg !64

47:                                               ; preds = %35
  %48 = load volatile i32, ptr %6, align 4, !dbg !65, !tbaa !9
  %49 = add nsw i32 %48, 1, !dbg !66
  store volatile i32 %49, ptr %6, align 4, !dbg !67, !tbaa !9
  br label %50

50:                                               ; preds = %47, %39
  br label %51, !dbg !68

51:                                               ; preds = %50
  %52 = load volatile i32, ptr %8, align 4, !dbg !69, !tbaa !9
  %53 = add nsw i32 %52, 1, !dbg !70
  store volatile i32 %53, ptr %8, align 4, !dbg !71, !tbaa !9
  br label %31, !dbg !53, !llvm.loop !72

54:                                               ; preds = %34
  %55 = load volatile i32, ptr %5, align 4, !dbg !74, !tbaa !9
  %56 = load volatile i32, ptr %6, align 4, !dbg !75, !tbaa !9
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %55, i32 noundef %56), !dbg !76
  call void @llvm.lifetime.start.p0(ptr %9) #6, !dbg !77
  store volatile i32 0, ptr %9, align 4, !dbg !78, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #6, !dbg !79
  %58 = getelementptr inbounds [1 x %struct.__jmp_buf_tag], ptr %10, i64 0, i64 0, !dbg !80
  %59 = call i32 @_setjmp(ptr noundef %58) #7, !dbg !81
  %60 = icmp slt i32 %59, 3, !dbg !82
  br i1 %60, label %61, label %70, !dbg !83

61:                                               ; preds = %54
  %62 = load volatile i32, ptr %9, align 4, !dbg !84, !tbaa !9
  %63 = add nsw i32 %62, 1, !dbg !85
  store volatile i32 %63, ptr %9, align 4, !dbg !86, !tbaa !9
  %64 = load volatile i32, ptr %9, align 4, !dbg !87, !tbaa !9
  %65 = icmp slt i32 %64, 3, !dbg !88
  br i1 %65, label %66, label %69, !dbg !89

66:                                               ; preds = %61
  %67 = getelementptr inbounds [1 x %struct.__jmp_buf_tag], ptr %10, i64 0, i64 0, !dbg !90
  %68 = load volatile i32, ptr %9, align 4, !dbg !91, !tbaa !9
  call void @longjmp(ptr noundef %67, i32 noundef %68) #8, !dbg !92
  unreachable, !dbg !92

69:                                               ; preds = %61
  br label %70, !dbg !93

70:                                               ; preds = %69, %54
  %71 = load volatile i32, ptr %9, align 4, !dbg !94, !tbaa !9
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %71), !dbg !95
  call void @llvm.lifetime.end.p0(ptr %10) #6, !dbg !96
  call void @llvm.lifetime.end.p0(ptr %9) #6, !dbg !96
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !96
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !96
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !96
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !96
  ret i32 0, !dbg !97
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nounwind returns_twice
declare !dbg !98 i32 @_setjmp(ptr noundef) #2

; Function Attrs: nounwind uwtable
define internal void @dive(i32 noundef %0, i32 noundef %1) #0 !dbg !100 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !9
  %5 = load i32, ptr %3, align 4, !dbg !101, !tbaa !9
  store i32 %5, ptr @depth_reached, align 4, !dbg !102, !tbaa !9
  %6 = load i32, ptr %3, align 4, !dbg !103, !tbaa !9
  %7 = load i32, ptr %4, align 4, !dbg !104, !tbaa !9
  %8 = icmp eq i32 %6, %7, !dbg !105
  br i1 %8, label %9, label %13, !dbg !106

9:                                                ; preds = %2
  %10 = load i32, ptr %3, align 4, !dbg !107, !tbaa !9
  %11 = mul nsw i32 %10, 10, !dbg !108
  %12 = add nsw i32 %11, 1, !dbg !109
  call void @longjmp(ptr noundef @env, i32 noundef %12) #8, !dbg !110
  unreachable, !dbg !110

13:                                               ; preds = %2
  %14 = load i32, ptr %3, align 4, !dbg !111, !tbaa !9
  %15 = add nsw i32 %14, 1, !dbg !112
  %16 = load i32, ptr %4, align 4, !dbg !113, !tbaa !9
  call void @dive(i32 noundef %15, i32 noundef %16), !dbg !114
  ret void, !dbg !115
}

declare !dbg !116 i32 @printf(ptr noundef, ...) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: nounwind uwtable
define internal i32 @safe_div(i32 noundef %0, i32 noundef %1, ptr noundef %2) #0 !dbg !118 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !9
  store ptr %2, ptr %6, align 8, !tbaa !119
  %7 = load i32, ptr %5, align 4, !dbg !122, !tbaa !9
  %8 = icmp eq i32 %7, 0, !dbg !123
  br i1 %8, label %9, label %12, !dbg !124

9:                                                ; preds = %3
  %10 = load ptr, ptr %6, align 8, !dbg !125, !tbaa !119
  %11 = getelementptr inbounds [1 x %struct.__jmp_buf_tag], ptr %10, i64 0, i64 0, !dbg !126
  call void @longjmp(ptr noundef %11, i32 noundef 42) #8, !dbg !127
  unreachable, !dbg !127

12:                                               ; preds = %3
  %13 = load i32, ptr %4, align 4, !dbg !128, !tbaa !9
  %14 = load i32, ptr %5, align 4, !dbg !129, !tbaa !9
  %15 = sdiv i32 %13, %14, !dbg !130
  ret i32 %15, !dbg !131
}

; Function Attrs: noreturn nounwind
declare void @longjmp(ptr noundef, i32 noundef) #5

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind returns_twice "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { noreturn nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { nounwind returns_twice }
attributes #8 = { noreturn nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "setjmp_longjmp.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 16, type: !15, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "setjmp_longjmp.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 17, column: 10, scope: !13)
!18 = !DILocation(line: 17, column: 14, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !DILocation(line: 17, column: 23, scope: !13)
!20 = !DILocation(line: 17, column: 27, scope: !13, atomGroup: 2, atomRank: 1)
!21 = !DILocation(line: 17, column: 5, scope: !13, atomGroup: 3, atomRank: 1)
!22 = !DILocation(line: 17, column: 5, scope: !13)
!23 = !DILocation(line: 18, column: 9, scope: !13)
!24 = !DILocation(line: 18, column: 17, scope: !13, atomGroup: 4, atomRank: 2)
!25 = !DILocation(line: 18, column: 13, scope: !13, atomGroup: 4, atomRank: 1)
!26 = !DILocation(line: 19, column: 13, scope: !13)
!27 = !DILocation(line: 19, column: 15, scope: !13, atomGroup: 5, atomRank: 2)
!28 = !DILocation(line: 19, column: 15, scope: !13, atomGroup: 5, atomRank: 1)
!29 = !DILocation(line: 19, column: 29, scope: !13)
!30 = !DILocation(line: 19, column: 33, scope: !13)
!31 = !DILocation(line: 19, column: 21, scope: !13)
!32 = !DILocation(line: 20, column: 45, scope: !13)
!33 = !DILocation(line: 20, column: 48, scope: !13)
!34 = !DILocation(line: 20, column: 14, scope: !13)
!35 = !DILocation(line: 21, column: 5, scope: !13)
!36 = !DILocation(line: 21, column: 5, scope: !13, atomGroup: 7, atomRank: 1)
!37 = !DILocation(line: 17, column: 36, scope: !13)
!38 = !DILocation(line: 17, column: 36, scope: !13, atomGroup: 6, atomRank: 2)
!39 = !DILocation(line: 17, column: 36, scope: !13, atomGroup: 6, atomRank: 1)
!40 = distinct !{!40, !22, !35, !41}
!41 = !{!"llvm.loop.mustprogress"}
!42 = !DILocation(line: 22, column: 5, scope: !13)
!43 = !DILocation(line: 23, column: 5, scope: !13)
!44 = !DILocation(line: 23, column: 18, scope: !13, atomGroup: 8, atomRank: 1)
!45 = !DILocation(line: 23, column: 26, scope: !13, atomGroup: 9, atomRank: 1)
!46 = !DILocation(line: 24, column: 5, scope: !13)
!47 = !DILocation(line: 24, column: 9, scope: !13, atomGroup: 10, atomRank: 1)
!48 = !DILocation(line: 25, column: 10, scope: !13)
!49 = !DILocation(line: 25, column: 23, scope: !13, atomGroup: 11, atomRank: 1)
!50 = !DILocation(line: 25, column: 30, scope: !13)
!51 = !DILocation(line: 25, column: 32, scope: !13, atomGroup: 12, atomRank: 1)
!52 = !DILocation(line: 25, column: 5, scope: !13, atomGroup: 13, atomRank: 1)
!53 = !DILocation(line: 25, column: 5, scope: !13)
!54 = !DILocation(line: 26, column: 20, scope: !13)
!55 = !DILocation(line: 26, column: 13, scope: !13)
!56 = !DILocation(line: 26, column: 23, scope: !13, atomGroup: 14, atomRank: 2)
!57 = !DILocation(line: 26, column: 23, scope: !13, atomGroup: 14, atomRank: 1)
!58 = !DILocation(line: 26, column: 58, scope: !13)
!59 = !DILocation(line: 26, column: 49, scope: !13)
!60 = !DILocation(line: 26, column: 35, scope: !13)
!61 = !DILocation(line: 26, column: 32, scope: !13)
!62 = !DILocation(line: 26, column: 32, scope: !13, atomGroup: 15, atomRank: 2)
!63 = !DILocation(line: 26, column: 32, scope: !13, atomGroup: 15, atomRank: 1)
!64 = !DILocation(line: 26, column: 29, scope: !13)
!65 = !DILocation(line: 27, column: 20, scope: !13)
!66 = !DILocation(line: 27, column: 20, scope: !13, atomGroup: 16, atomRank: 2)
!67 = !DILocation(line: 27, column: 20, scope: !13, atomGroup: 16, atomRank: 1)
!68 = !DILocation(line: 28, column: 5, scope: !13, atomGroup: 18, atomRank: 1)
!69 = !DILocation(line: 25, column: 38, scope: !13)
!70 = !DILocation(line: 25, column: 38, scope: !13, atomGroup: 17, atomRank: 2)
!71 = !DILocation(line: 25, column: 38, scope: !13, atomGroup: 17, atomRank: 1)
!72 = distinct !{!72, !53, !73, !41}
!73 = !DILocation(line: 28, column: 5, scope: !13)
!74 = !DILocation(line: 29, column: 33, scope: !13)
!75 = !DILocation(line: 29, column: 37, scope: !13)
!76 = !DILocation(line: 29, column: 5, scope: !13)
!77 = !DILocation(line: 30, column: 5, scope: !13)
!78 = !DILocation(line: 30, column: 18, scope: !13, atomGroup: 19, atomRank: 1)
!79 = !DILocation(line: 31, column: 5, scope: !13)
!80 = !DILocation(line: 32, column: 16, scope: !13)
!81 = !DILocation(line: 32, column: 9, scope: !13)
!82 = !DILocation(line: 32, column: 23, scope: !13, atomGroup: 20, atomRank: 2)
!83 = !DILocation(line: 32, column: 23, scope: !13, atomGroup: 20, atomRank: 1)
!84 = !DILocation(line: 32, column: 35, scope: !13)
!85 = !DILocation(line: 32, column: 35, scope: !13, atomGroup: 21, atomRank: 2)
!86 = !DILocation(line: 32, column: 35, scope: !13, atomGroup: 21, atomRank: 1)
!87 = !DILocation(line: 32, column: 43, scope: !13)
!88 = !DILocation(line: 32, column: 49, scope: !13, atomGroup: 22, atomRank: 2)
!89 = !DILocation(line: 32, column: 49, scope: !13, atomGroup: 22, atomRank: 1)
!90 = !DILocation(line: 32, column: 62, scope: !13)
!91 = !DILocation(line: 32, column: 69, scope: !13)
!92 = !DILocation(line: 32, column: 54, scope: !13)
!93 = !DILocation(line: 32, column: 77, scope: !13)
!94 = !DILocation(line: 33, column: 26, scope: !13)
!95 = !DILocation(line: 33, column: 5, scope: !13)
!96 = !DILocation(line: 35, column: 1, scope: !13)
!97 = !DILocation(line: 34, column: 5, scope: !13, atomGroup: 24, atomRank: 1)
!98 = !DISubprogram(name: "_setjmp", scope: !99, file: !99, line: 45, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!99 = !DIFile(filename: "/usr/include/setjmp.h", directory: "")
!100 = distinct !DISubprogram(name: "dive", scope: !14, file: !14, line: 8, type: !15, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!101 = !DILocation(line: 9, column: 21, scope: !100, atomGroup: 1, atomRank: 2)
!102 = !DILocation(line: 9, column: 19, scope: !100, atomGroup: 1, atomRank: 1)
!103 = !DILocation(line: 10, column: 9, scope: !100)
!104 = !DILocation(line: 10, column: 14, scope: !100)
!105 = !DILocation(line: 10, column: 11, scope: !100, atomGroup: 2, atomRank: 2)
!106 = !DILocation(line: 10, column: 11, scope: !100, atomGroup: 2, atomRank: 1)
!107 = !DILocation(line: 10, column: 34, scope: !100)
!108 = !DILocation(line: 10, column: 36, scope: !100)
!109 = !DILocation(line: 10, column: 41, scope: !100)
!110 = !DILocation(line: 10, column: 21, scope: !100)
!111 = !DILocation(line: 11, column: 10, scope: !100)
!112 = !DILocation(line: 11, column: 12, scope: !100)
!113 = !DILocation(line: 11, column: 17, scope: !100)
!114 = !DILocation(line: 11, column: 5, scope: !100)
!115 = !DILocation(line: 12, column: 1, scope: !100, atomGroup: 3, atomRank: 1)
!116 = !DISubprogram(name: "printf", scope: !117, file: !117, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!117 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!118 = distinct !DISubprogram(name: "safe_div", scope: !14, file: !14, line: 14, type: !15, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!119 = !{!120, !120, i64 0}
!120 = !{!"p1 _ZTS13__jmp_buf_tag", !121, i64 0}
!121 = !{!"any pointer", !11, i64 0}
!122 = !DILocation(line: 14, column: 55, scope: !118)
!123 = !DILocation(line: 14, column: 57, scope: !118, atomGroup: 1, atomRank: 2)
!124 = !DILocation(line: 14, column: 57, scope: !118, atomGroup: 1, atomRank: 1)
!125 = !DILocation(line: 14, column: 72, scope: !118)
!126 = !DILocation(line: 14, column: 71, scope: !118)
!127 = !DILocation(line: 14, column: 63, scope: !118)
!128 = !DILocation(line: 14, column: 89, scope: !118)
!129 = !DILocation(line: 14, column: 93, scope: !118)
!130 = !DILocation(line: 14, column: 91, scope: !118, atomGroup: 2, atomRank: 2)
!131 = !DILocation(line: 14, column: 82, scope: !118, atomGroup: 2, atomRank: 1)
