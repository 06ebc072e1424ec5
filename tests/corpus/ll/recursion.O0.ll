; ModuleID = 'recursion.c'
source_filename = "recursion.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [9 x i8] c"fib %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"ack %u %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"parity %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"%d:%d \00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"hanoi %ld\0A\00", align 1
@moves = internal global i64 0, align 8
@.str.6 = private unnamed_addr constant [9 x i8] c"gcd %lu\0A\00", align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"tail %ld\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %3 = call i64 @fib(i32 noundef 25), !dbg !13
  %4 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %3), !dbg !14
  %5 = call i32 @ack(i32 noundef 2, i32 noundef 3), !dbg !15
  %6 = call i32 @ack(i32 noundef 3, i32 noundef 5), !dbg !16
  %7 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %5, i32 noundef %6), !dbg !17
  %8 = call i32 @is_even(i32 noundef 1001), !dbg !18
  %9 = call i32 @is_odd(i32 noundef 777), !dbg !19
  %10 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %8, i32 noundef %9), !dbg !20
  store i32 0, ptr %2, align 4, !dbg !21
  br label %11, !dbg !22

11:                                               ; preds = %20, %0
  %12 = load i32, ptr %2, align 4, !dbg !23
  %13 = icmp slt i32 %12, 20, !dbg !24
  br i1 %13, label %14, label %23, !dbg !25

14:                                               ; preds = %11
  %15 = load i32, ptr %2, align 4, !dbg !26
  %16 = call i32 @hof_f(i32 noundef %15), !dbg !27
  %17 = load i32, ptr %2, align 4, !dbg !28
  %18 = call i32 @hof_m(i32 noundef %17), !dbg !29
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %16, i32 noundef %18), !dbg !30
  br label %20, !dbg !30

20:                                               ; preds = %14
  %21 = load i32, ptr %2, align 4, !dbg !31
  %22 = add nsw i32 %21, 1, !dbg !31
  store i32 %22, ptr %2, align 4, !dbg !31
  br label %11, !dbg !25, !llvm.loop !32

23:                                               ; preds = %11
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str.4), !dbg !35
  call void @hanoi(i32 noundef 12, i32 noundef 1, i32 noundef 3, i32 noundef 2), !dbg !36
  %25 = load i64, ptr @moves, align 8, !dbg !37
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %25), !dbg !38
  %27 = call i64 @gcd(i64 noundef 1071003213, i64 noundef 462001386), !dbg !39
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %27), !dbg !40
  %29 = call i64 @sum_tail(i64 noundef 50000, i64 noundef 0), !dbg !41
  %30 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %29), !dbg !42
  ret i32 0, !dbg !43
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @fib(i32 noundef %0) #0 !dbg !44 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4, !dbg !45
  %4 = icmp slt i32 %3, 2, !dbg !46
  br i1 %4, label %5, label %8, !dbg !45

5:                                                ; preds = %1
  %6 = load i32, ptr %2, align 4, !dbg !47
  %7 = sext i32 %6 to i64, !dbg !47
  br label %16, !dbg !45

8:                                                ; preds = %1
  %9 = load i32, ptr %2, align 4, !dbg !48
  %10 = sub nsw i32 %9, 1, !dbg !49
  %11 = call i64 @fib(i32 noundef %10), !dbg !50
  %12 = load i32, ptr %2, align 4, !dbg !51
  %13 = sub nsw i32 %12, 2, !dbg !52
  %14 = call i64 @fib(i32 noundef %13), !dbg !53
  %15 = add nsw i64 %11, %14, !dbg !54
  br label %16, !dbg !45

16:                                               ; preds = %8, %5
  %17 = phi i64 [ %7, %5 ], [ %15, %8 ], !dbg !45
  ret i64 %17, !dbg !55
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @ack(i32 noundef %0, i32 noundef %1) #0 !dbg !56 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  %6 = load i32, ptr %4, align 4, !dbg !57
  %7 = icmp eq i32 %6, 0, !dbg !58
  br i1 %7, label %8, label %11, !dbg !58

8:                                                ; preds = %2
  %9 = load i32, ptr %5, align 4, !dbg !59
  %10 = add i32 %9, 1, !dbg !60
  store i32 %10, ptr %3, align 4, !dbg !61
  br label %26, !dbg !61

11:                                               ; preds = %2
  %12 = load i32, ptr %5, align 4, !dbg !62
  %13 = icmp eq i32 %12, 0, !dbg !63
  br i1 %13, label %14, label %18, !dbg !63

14:                                               ; preds = %11
  %15 = load i32, ptr %4, align 4, !dbg !64
  %16 = sub i32 %15, 1, !dbg !65
  %17 = call i32 @ack(i32 noundef %16, i32 noundef 1), !dbg !66
  store i32 %17, ptr %3, align 4, !dbg !67
  br label %26, !dbg !67

18:                                               ; preds = %11
  %19 = load i32, ptr %4, align 4, !dbg !68
  %20 = sub i32 %19, 1, !dbg !69
  %21 = load i32, ptr %4, align 4, !dbg !70
  %22 = load i32, ptr %5, align 4, !dbg !71
  %23 = sub i32 %22, 1, !dbg !72
  %24 = call i32 @ack(i32 noundef %21, i32 noundef %23), !dbg !73
  %25 = call i32 @ack(i32 noundef %20, i32 noundef %24), !dbg !74
  store i32 %25, ptr %3, align 4, !dbg !75
  br label %26, !dbg !75

26:                                               ; preds = %18, %14, %8
  %27 = load i32, ptr %3, align 4, !dbg !76
  ret i32 %27, !dbg !76
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @is_even(i32 noundef %0) #0 !dbg !77 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4, !dbg !78
  %4 = icmp eq i32 %3, 0, !dbg !79
  br i1 %4, label %5, label %6, !dbg !78

5:                                                ; preds = %1
  br label %10, !dbg !78

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4, !dbg !80
  %8 = sub i32 %7, 1, !dbg !81
  %9 = call i32 @is_odd(i32 noundef %8), !dbg !82
  br label %10, !dbg !78

10:                                               ; preds = %6, %5
  %11 = phi i32 [ 1, %5 ], [ %9, %6 ], !dbg !78
  ret i32 %11, !dbg !83
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @is_odd(i32 noundef %0) #0 !dbg !84 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4, !dbg !85
  %4 = icmp eq i32 %3, 0, !dbg !86
  br i1 %4, label %5, label %6, !dbg !85

5:                                                ; preds = %1
  br label %10, !dbg !85

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4, !dbg !87
  %8 = sub i32 %7, 1, !dbg !88
  %9 = call i32 @is_even(i32 noundef %8), !dbg !89
  br label %10, !dbg !85

10:                                               ; preds = %6, %5
  %11 = phi i32 [ 0, %5 ], [ %9, %6 ], !dbg !85
  ret i32 %11, !dbg !90
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @hof_f(i32 noundef %0) #0 !dbg !91 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4, !dbg !92
  %4 = icmp eq i32 %3, 0, !dbg !93
  br i1 %4, label %5, label %6, !dbg !92

5:                                                ; preds = %1
  br label %13, !dbg !92

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4, !dbg !94
  %8 = load i32, ptr %2, align 4, !dbg !95
  %9 = sub nsw i32 %8, 1, !dbg !96
  %10 = call i32 @hof_f(i32 noundef %9), !dbg !97
  %11 = call i32 @hof_m(i32 noundef %10), !dbg !98
  %12 = sub nsw i32 %7, %11, !dbg !99
  br label %13, !dbg !92

13:                                               ; preds = %6, %5
  %14 = phi i32 [ 1, %5 ], [ %12, %6 ], !dbg !92
  ret i32 %14, !dbg !100
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @hof_m(i32 noundef %0) #0 !dbg !101 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4, !dbg !102
  %4 = icmp eq i32 %3, 0, !dbg !103
  br i1 %4, label %5, label %6, !dbg !102

5:                                                ; preds = %1
  br label %13, !dbg !102

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4, !dbg !104
  %8 = load i32, ptr %2, align 4, !dbg !105
  %9 = sub nsw i32 %8, 1, !dbg !106
  %10 = call i32 @hof_m(i32 noundef %9), !dbg !107
  %11 = call i32 @hof_f(i32 noundef %10), !dbg !108
  %12 = sub nsw i32 %7, %11, !dbg !109
  br label %13, !dbg !102

13:                                               ; preds = %6, %5
  %14 = phi i32 [ 0, %5 ], [ %12, %6 ], !dbg !102
  ret i32 %14, !dbg !110
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @hanoi(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 !dbg !111 {
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, ptr %5, align 4
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  store i32 %3, ptr %8, align 4
  %9 = load i32, ptr %5, align 4, !dbg !112
  %10 = icmp ne i32 %9, 0, !dbg !112
  br i1 %10, label %12, label %11, !dbg !113

11:                                               ; preds = %4
  br label %30, !dbg !114

12:                                               ; preds = %4
  %13 = load i32, ptr %5, align 4, !dbg !115
  %14 = sub nsw i32 %13, 1, !dbg !116
  %15 = load i32, ptr %6, align 4, !dbg !117
  %16 = load i32, ptr %8, align 4, !dbg !118
  %17 = load i32, ptr %7, align 4, !dbg !119
  call void @hanoi(i32 noundef %14, i32 noundef %15, i32 noundef %16, i32 noundef %17), !dbg !120
  %18 = load i32, ptr %6, align 4, !dbg !121
  %19 = mul nsw i32 %18, 3, !dbg !122
  %20 = load i32, ptr %7, align 4, !dbg !123
  %21 = add nsw i32 %19, %20, !dbg !124
  %22 = sext i32 %21 to i64, !dbg !121
  %23 = load i64, ptr @moves, align 8, !dbg !125
  %24 = add nsw i64 %23, %22, !dbg !125
  store i64 %24, ptr @moves, align 8, !dbg !125
  %25 = load i32, ptr %5, align 4, !dbg !126
  %26 = sub nsw i32 %25, 1, !dbg !127
  %27 = load i32, ptr %8, align 4, !dbg !128
  %28 = load i32, ptr %7, align 4, !dbg !129
  %29 = load i32, ptr %6, align 4, !dbg !130
  call void @hanoi(i32 noundef %26, i32 noundef %27, i32 noundef %28, i32 noundef %29), !dbg !131
  br label %30, !dbg !132

30:                                               ; preds = %12, %11
  ret void, !dbg !132
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @gcd(i64 noundef %0, i64 noundef %1) #0 !dbg !133 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %4, align 8, !dbg !134
  %6 = icmp ne i64 %5, 0, !dbg !134
  br i1 %6, label %7, label %13, !dbg !134

7:                                                ; preds = %2
  %8 = load i64, ptr %4, align 8, !dbg !135
  %9 = load i64, ptr %3, align 8, !dbg !136
  %10 = load i64, ptr %4, align 8, !dbg !137
  %11 = urem i64 %9, %10, !dbg !138
  %12 = call i64 @gcd(i64 noundef %8, i64 noundef %11), !dbg !139
  br label %15, !dbg !134

13:                                               ; preds = %2
  %14 = load i64, ptr %3, align 8, !dbg !140
  br label %15, !dbg !134

15:                                               ; preds = %13, %7
  %16 = phi i64 [ %12, %7 ], [ %14, %13 ], !dbg !134
  ret i64 %16, !dbg !141
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @sum_tail(i64 noundef %0, i64 noundef %1) #0 !dbg !142 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8, !dbg !143
  %6 = icmp eq i64 %5, 0, !dbg !144
  br i1 %6, label %7, label %9, !dbg !143

7:                                                ; preds = %2
  %8 = load i64, ptr %4, align 8, !dbg !145
  br label %16, !dbg !143

9:                                                ; preds = %2
  %10 = load i64, ptr %3, align 8, !dbg !146
  %11 = sub nsw i64 %10, 1, !dbg !147
  %12 = load i64, ptr %4, align 8, !dbg !148
  %13 = load i64, ptr %3, align 8, !dbg !149
  %14 = add nsw i64 %12, %13, !dbg !150
  %15 = call i64 @sum_tail(i64 noundef %11, i64 noundef %14), !dbg !151
  br label %16, !dbg !143

16:                                               ; preds = %9, %7
  %17 = phi i64 [ %8, %7 ], [ %15, %9 ], !dbg !143
  ret i64 %17, !dbg !152
}

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "recursion.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 24, type: !11, scopeLine: 24, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "recursion.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 25, column: 25, scope: !9)
!14 = !DILocation(line: 25, column: 5, scope: !9)
!15 = !DILocation(line: 26, column: 27, scope: !9)
!16 = !DILocation(line: 26, column: 38, scope: !9)
!17 = !DILocation(line: 26, column: 5, scope: !9)
!18 = !DILocation(line: 27, column: 30, scope: !9)
!19 = !DILocation(line: 27, column: 45, scope: !9)
!20 = !DILocation(line: 27, column: 5, scope: !9)
!21 = !DILocation(line: 28, column: 14, scope: !9)
!22 = !DILocation(line: 28, column: 10, scope: !9)
!23 = !DILocation(line: 28, column: 21, scope: !9)
!24 = !DILocation(line: 28, column: 23, scope: !9)
!25 = !DILocation(line: 28, column: 5, scope: !9)
!26 = !DILocation(line: 28, column: 57, scope: !9)
!27 = !DILocation(line: 28, column: 51, scope: !9)
!28 = !DILocation(line: 28, column: 67, scope: !9)
!29 = !DILocation(line: 28, column: 61, scope: !9)
!30 = !DILocation(line: 28, column: 34, scope: !9)
!31 = !DILocation(line: 28, column: 30, scope: !9)
!32 = distinct !{!32, !25, !33, !34}
!33 = !DILocation(line: 28, column: 69, scope: !9)
!34 = !{!"llvm.loop.mustprogress"}
!35 = !DILocation(line: 29, column: 5, scope: !9)
!36 = !DILocation(line: 30, column: 5, scope: !9)
!37 = !DILocation(line: 31, column: 27, scope: !9)
!38 = !DILocation(line: 31, column: 5, scope: !9)
!39 = !DILocation(line: 32, column: 25, scope: !9)
!40 = !DILocation(line: 32, column: 5, scope: !9)
!41 = !DILocation(line: 33, column: 26, scope: !9)
!42 = !DILocation(line: 33, column: 5, scope: !9)
!43 = !DILocation(line: 34, column: 5, scope: !9)
!44 = distinct !DISubprogram(name: "fib", scope: !10, file: !10, line: 4, type: !11, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!45 = !DILocation(line: 4, column: 33, scope: !44)
!46 = !DILocation(line: 4, column: 35, scope: !44)
!47 = !DILocation(line: 4, column: 41, scope: !44)
!48 = !DILocation(line: 4, column: 49, scope: !44)
!49 = !DILocation(line: 4, column: 51, scope: !44)
!50 = !DILocation(line: 4, column: 45, scope: !44)
!51 = !DILocation(line: 4, column: 62, scope: !44)
!52 = !DILocation(line: 4, column: 64, scope: !44)
!53 = !DILocation(line: 4, column: 58, scope: !44)
!54 = !DILocation(line: 4, column: 56, scope: !44)
!55 = !DILocation(line: 4, column: 26, scope: !44)
!56 = distinct !DISubprogram(name: "ack", scope: !10, file: !10, line: 5, type: !11, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!57 = !DILocation(line: 6, column: 9, scope: !56)
!58 = !DILocation(line: 6, column: 11, scope: !56)
!59 = !DILocation(line: 6, column: 24, scope: !56)
!60 = !DILocation(line: 6, column: 26, scope: !56)
!61 = !DILocation(line: 6, column: 17, scope: !56)
!62 = !DILocation(line: 7, column: 9, scope: !56)
!63 = !DILocation(line: 7, column: 11, scope: !56)
!64 = !DILocation(line: 7, column: 28, scope: !56)
!65 = !DILocation(line: 7, column: 30, scope: !56)
!66 = !DILocation(line: 7, column: 24, scope: !56)
!67 = !DILocation(line: 7, column: 17, scope: !56)
!68 = !DILocation(line: 8, column: 16, scope: !56)
!69 = !DILocation(line: 8, column: 18, scope: !56)
!70 = !DILocation(line: 8, column: 27, scope: !56)
!71 = !DILocation(line: 8, column: 30, scope: !56)
!72 = !DILocation(line: 8, column: 32, scope: !56)
!73 = !DILocation(line: 8, column: 23, scope: !56)
!74 = !DILocation(line: 8, column: 12, scope: !56)
!75 = !DILocation(line: 8, column: 5, scope: !56)
!76 = !DILocation(line: 9, column: 1, scope: !56)
!77 = distinct !DISubprogram(name: "is_even", scope: !10, file: !10, line: 11, type: !11, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!78 = !DILocation(line: 11, column: 41, scope: !77)
!79 = !DILocation(line: 11, column: 43, scope: !77)
!80 = !DILocation(line: 11, column: 61, scope: !77)
!81 = !DILocation(line: 11, column: 63, scope: !77)
!82 = !DILocation(line: 11, column: 54, scope: !77)
!83 = !DILocation(line: 11, column: 34, scope: !77)
!84 = distinct !DISubprogram(name: "is_odd", scope: !10, file: !10, line: 12, type: !11, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!85 = !DILocation(line: 12, column: 40, scope: !84)
!86 = !DILocation(line: 12, column: 42, scope: !84)
!87 = !DILocation(line: 12, column: 61, scope: !84)
!88 = !DILocation(line: 12, column: 63, scope: !84)
!89 = !DILocation(line: 12, column: 53, scope: !84)
!90 = !DILocation(line: 12, column: 33, scope: !84)
!91 = distinct !DISubprogram(name: "hof_f", scope: !10, file: !10, line: 14, type: !11, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!92 = !DILocation(line: 14, column: 34, scope: !91)
!93 = !DILocation(line: 14, column: 36, scope: !91)
!94 = !DILocation(line: 14, column: 47, scope: !91)
!95 = !DILocation(line: 14, column: 63, scope: !91)
!96 = !DILocation(line: 14, column: 65, scope: !91)
!97 = !DILocation(line: 14, column: 57, scope: !91)
!98 = !DILocation(line: 14, column: 51, scope: !91)
!99 = !DILocation(line: 14, column: 49, scope: !91)
!100 = !DILocation(line: 14, column: 27, scope: !91)
!101 = distinct !DISubprogram(name: "hof_m", scope: !10, file: !10, line: 15, type: !11, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!102 = !DILocation(line: 15, column: 34, scope: !101)
!103 = !DILocation(line: 15, column: 36, scope: !101)
!104 = !DILocation(line: 15, column: 47, scope: !101)
!105 = !DILocation(line: 15, column: 63, scope: !101)
!106 = !DILocation(line: 15, column: 65, scope: !101)
!107 = !DILocation(line: 15, column: 57, scope: !101)
!108 = !DILocation(line: 15, column: 51, scope: !101)
!109 = !DILocation(line: 15, column: 49, scope: !101)
!110 = !DILocation(line: 15, column: 27, scope: !101)
!111 = distinct !DISubprogram(name: "hanoi", scope: !10, file: !10, line: 17, type: !11, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!112 = !DILocation(line: 18, column: 10, scope: !111)
!113 = !DILocation(line: 18, column: 9, scope: !111)
!114 = !DILocation(line: 18, column: 13, scope: !111)
!115 = !DILocation(line: 19, column: 11, scope: !111)
!116 = !DILocation(line: 19, column: 13, scope: !111)
!117 = !DILocation(line: 19, column: 18, scope: !111)
!118 = !DILocation(line: 19, column: 24, scope: !111)
!119 = !DILocation(line: 19, column: 29, scope: !111)
!120 = !DILocation(line: 19, column: 5, scope: !111)
!121 = !DILocation(line: 19, column: 43, scope: !111)
!122 = !DILocation(line: 19, column: 48, scope: !111)
!123 = !DILocation(line: 19, column: 54, scope: !111)
!124 = !DILocation(line: 19, column: 52, scope: !111)
!125 = !DILocation(line: 19, column: 40, scope: !111)
!126 = !DILocation(line: 19, column: 64, scope: !111)
!127 = !DILocation(line: 19, column: 66, scope: !111)
!128 = !DILocation(line: 19, column: 71, scope: !111)
!129 = !DILocation(line: 19, column: 76, scope: !111)
!130 = !DILocation(line: 19, column: 80, scope: !111)
!131 = !DILocation(line: 19, column: 58, scope: !111)
!132 = !DILocation(line: 20, column: 1, scope: !111)
!133 = distinct !DISubprogram(name: "gcd", scope: !10, file: !10, line: 21, type: !11, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!134 = !DILocation(line: 21, column: 69, scope: !133)
!135 = !DILocation(line: 21, column: 77, scope: !133)
!136 = !DILocation(line: 21, column: 80, scope: !133)
!137 = !DILocation(line: 21, column: 84, scope: !133)
!138 = !DILocation(line: 21, column: 82, scope: !133)
!139 = !DILocation(line: 21, column: 73, scope: !133)
!140 = !DILocation(line: 21, column: 89, scope: !133)
!141 = !DILocation(line: 21, column: 62, scope: !133)
!142 = distinct !DISubprogram(name: "sum_tail", scope: !10, file: !10, line: 22, type: !11, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!143 = !DILocation(line: 22, column: 49, scope: !142)
!144 = !DILocation(line: 22, column: 51, scope: !142)
!145 = !DILocation(line: 22, column: 58, scope: !142)
!146 = !DILocation(line: 22, column: 73, scope: !142)
!147 = !DILocation(line: 22, column: 75, scope: !142)
!148 = !DILocation(line: 22, column: 80, scope: !142)
!149 = !DILocation(line: 22, column: 86, scope: !142)
!150 = !DILocation(line: 22, column: 84, scope: !142)
!151 = !DILocation(line: 22, column: 64, scope: !142)
!152 = !DILocation(line: 22, column: 42, scope: !142)
