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

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %3 = call i64 @fib(i32 noundef 25), !dbg !17
  %4 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %3), !dbg !18
  %5 = call i32 @ack(i32 noundef 2, i32 noundef 3), !dbg !19
  %6 = call i32 @ack(i32 noundef 3, i32 noundef 5), !dbg !20
  %7 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %5, i32 noundef %6), !dbg !21
  %8 = call i32 @is_even(i32 noundef 1001), !dbg !22
  %9 = call i32 @is_odd(i32 noundef 777), !dbg !23
  %10 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %8, i32 noundef %9), !dbg !24
  call void @llvm.lifetime.start.p0(ptr %2) #3, !dbg !25
  store i32 0, ptr %2, align 4, !dbg !26, !tbaa !9
  br label %11, !dbg !25

11:                                               ; preds = %21, %0
  %12 = load i32, ptr %2, align 4, !dbg !27, !tbaa !9
  %13 = icmp slt i32 %12, 20, !dbg !28
  br i1 %13, label %15, label %14, !dbg !29

14:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %2) #3, !dbg !30
  br label %24

15:                                               ; preds = %11
  %16 = load i32, ptr %2, align 4, !dbg !31, !tbaa !9
  %17 = call i32 @hof_f(i32 noundef %16), !dbg !32
  %18 = load i32, ptr %2, align 4, !dbg !33, !tbaa !9
  %19 = call i32 @hof_m(i32 noundef %18), !dbg !34
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %17, i32 noundef %19), !dbg !35
  br label %21, !dbg !36

21:                                               ; preds = %15
  %22 = load i32, ptr %2, align 4, !dbg !37, !tbaa !9
  %23 = add nsw i32 %22, 1, !dbg !38
  store i32 %23, ptr %2, align 4, !dbg !39, !tbaa !9
  br label %11, !dbg !30, !llvm.loop !40

24:                                               ; preds = %14
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.4), !dbg !43
  call void @hanoi(i32 noundef 12, i32 noundef 1, i32 noundef 3, i32 noundef 2), !dbg !44
  %26 = load i64, ptr @moves, align 8, !dbg !45, !tbaa !46
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %26), !dbg !48
  %28 = call i64 @gcd(i64 noundef 1071003213, i64 noundef 462001386), !dbg !49
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %28), !dbg !50
  %30 = call i64 @sum_tail(i64 noundef 50000, i64 noundef 0), !dbg !51
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %30), !dbg !52
  ret i32 0, !dbg !53
}

declare !dbg !54 i32 @printf(ptr noundef, ...) #1

; Function Attrs: nounwind uwtable
define internal i64 @fib(i32 noundef %0) #0 !dbg !56 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  %3 = load i32, ptr %2, align 4, !dbg !57, !tbaa !9
  %4 = icmp slt i32 %3, 2, !dbg !58
  br i1 %4, label %5, label %8, !dbg !59

5:                                                ; preds = %1
  %6 = load i32, ptr %2, align 4, !dbg !60, !tbaa !9
  %7 = sext i32 %6 to i64, !dbg !60
  br label %16, !dbg !57

8:                                                ; preds = %1
  %9 = load i32, ptr %2, align 4, !dbg !61, !tbaa !9
  %10 = sub nsw i32 %9, 1, !dbg !62
  %11 = call i64 @fib(i32 noundef %10), !dbg !63
  %12 = load i32, ptr %2, align 4, !dbg !64, !tbaa !9
  %13 = sub nsw i32 %12, 2, !dbg !65
  %14 = call i64 @fib(i32 noundef %13), !dbg !66
  %15 = add nsw i64 %11, %14, !dbg !67
  br label %16, !dbg !57

16:                                               ; preds = %8, %5
  %17 = phi i64 [ %7, %5 ], [ %15, %8 ], !dbg !68
  ret i64 %17, !dbg !69
}

; Function Attrs: nounwind uwtable
define internal i32 @ack(i32 noundef %0, i32 noundef %1) #0 !dbg !70 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !9
  %6 = load i32, ptr %4, align 4, !dbg !71, !tbaa !9
  %7 = icmp eq i32 %6, 0, !dbg !72
  br i1 %7, label %8, label %11, !dbg !73

8:                                                ; preds = %2
  %9 = load i32, ptr %5, align 4, !dbg !74, !tbaa !9
  %10 = add i32 %9, 1, !dbg !75
  store i32 %10, ptr %3, align 4, !dbg !76
  br label %26, !dbg !76

11:                                               ; preds = %2
  %12 = load i32, ptr %5, align 4, !dbg !77, !tbaa !9
  %13 = icmp eq i32 %12, 0, !dbg !78
  br i1 %13, label %14, label %18, !dbg !79

14:                                               ; preds = %11
  %15 = load i32, ptr %4, align 4, !dbg !80, !tbaa !9
  %16 = sub i32 %15, 1, !dbg !81
  %17 = call i32 @ack(i32 noundef %16, i32 noundef 1), !dbg !82
  store i32 %17, ptr %3, align 4, !dbg !83
  br label %26, !dbg !83

18:                                               ; preds = %11
  %19 = load i32, ptr %4, align 4, !dbg !84, !tbaa !9
  %20 = sub i32 %19, 1, !dbg !85
  %21 = load i32, ptr %4, align 4, !dbg !86, !tbaa !9
  %22 = load i32, ptr %5, align 4, !dbg !87, !tbaa !9
  %23 = sub i32 %22, 1, !dbg !88
  %24 = call i32 @ack(i32 noundef %21, i32 noundef %23), !dbg !89
  %25 = call i32 @ack(i32 noundef %20, i32 noundef %24), !dbg !90
  store i32 %25, ptr %3, align 4, !dbg !91
  br label %26, !dbg !91

26:                                               ; preds = %18, %14, %8
  %27 = load i32, ptr %3, align 4, !dbg !92
  ret i32 %27, !dbg !93
}

; Function Attrs: nounwind uwtable
define internal i32 @is_even(i32 noundef %0) #0 !dbg !94 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  %3 = load i32, ptr %2, align 4, !dbg !95, !tbaa !9
  %4 = icmp eq i32 %3, 0, !dbg !96
  br i1 %4, label %5, label %6, !dbg !97

5:                                                ; preds = %1
  br label %10, !dbg !95

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4, !dbg !98, !tbaa !9
  %8 = sub i32 %7, 1, !dbg !99
  %9 = call i32 @is_odd(i32 noundef %8), !dbg !100
  br label %10, !dbg !95

10:                                               ; preds = %6, %5
  %11 = phi i32 [ 1, %5 ], [ %9, %6 ], !dbg !101
  ret i32 %11, !dbg !102
}

; Function Attrs: nounwind uwtable
define internal i32 @is_odd(i32 noundef %0) #0 !dbg !103 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  %3 = load i32, ptr %2, align 4, !dbg !104, !tbaa !9
  %4 = icmp eq i32 %3, 0, !dbg !105
  br i1 %4, label %5, label %6, !dbg !106

5:                                                ; preds = %1
  br label %10, !dbg !104

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4, !dbg !107, !tbaa !9
  %8 = sub i32 %7, 1, !dbg !108
  %9 = call i32 @is_even(i32 noundef %8), !dbg !109
  br label %10, !dbg !104

10:                                               ; preds = %6, %5
  %11 = phi i32 [ 0, %5 ], [ %9, %6 ], !dbg !110
  ret i32 %11, !dbg !111
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: nounwind uwtable
define internal i32 @hof_f(i32 noundef %0) #0 !dbg !112 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  %3 = load i32, ptr %2, align 4, !dbg !113, !tbaa !9
  %4 = icmp eq i32 %3, 0, !dbg !114
  br i1 %4, label %5, label %6, !dbg !115

5:                                                ; preds = %1
  br label %13, !dbg !113

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4, !dbg !116, !tbaa !9
  %8 = load i32, ptr %2, align 4, !dbg !117, !tbaa !9
  %9 = sub nsw i32 %8, 1, !dbg !118
  %10 = call i32 @hof_f(i32 noundef %9), !dbg !119
  %11 = call i32 @hof_m(i32 noundef %10), !dbg !120
  %12 = sub nsw i32 %7, %11, !dbg !121
  br label %13, !dbg !113

13:                                               ; preds = %6, %5
  %14 = phi i32 [ 1, %5 ], [ %12, %6 ], !dbg !122
  ret i32 %14, !dbg !123
}

; Function Attrs: nounwind uwtable
define internal i32 @hof_m(i32 noundef %0) #0 !dbg !124 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  %3 = load i32, ptr %2, align 4, !dbg !125, !tbaa !9
  %4 = icmp eq i32 %3, 0, !dbg !126
  br i1 %4, label %5, label %6, !dbg !127

5:                                                ; preds = %1
  br label %13, !dbg !125

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4, !dbg !128, !tbaa !9
  %8 = load i32, ptr %2, align 4, !dbg !129, !tbaa !9
  %9 = sub nsw i32 %8, 1, !dbg !130
  %10 = call i32 @hof_m(i32 noundef %9), !dbg !131
  %11 = call i32 @hof_f(i32 noundef %10), !dbg !132
  %12 = sub nsw i32 %7, %11, !dbg !133
  br label %13, !dbg !125

13:                                               ; preds = %6, %5
  %14 = phi i32 [ 0, %5 ], [ %12, %6 ], !dbg !134
  ret i32 %14, !dbg !135
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: nounwind uwtable
define internal void @hanoi(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 !dbg !136 {
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, ptr %5, align 4, !tbaa !9
  store i32 %1, ptr %6, align 4, !tbaa !9
  store i32 %2, ptr %7, align 4, !tbaa !9
  store i32 %3, ptr %8, align 4, !tbaa !9
  %9 = load i32, ptr %5, align 4, !dbg !137, !tbaa !9
  %10 = icmp ne i32 %9, 0, !dbg !138
  br i1 %10, label %12, label %11, !dbg !139

11:                                               ; preds = %4
  br label %30, !dbg !140

12:                                               ; preds = %4
  %13 = load i32, ptr %5, align 4, !dbg !141, !tbaa !9
  %14 = sub nsw i32 %13, 1, !dbg !142
  %15 = load i32, ptr %6, align 4, !dbg !143, !tbaa !9
  %16 = load i32, ptr %8, align 4, !dbg !144, !tbaa !9
  %17 = load i32, ptr %7, align 4, !dbg !145, !tbaa !9
  call void @hanoi(i32 noundef %14, i32 noundef %15, i32 noundef %16, i32 noundef %17), !dbg !146
  %18 = load i32, ptr %6, align 4, !dbg !147, !tbaa !9
  %19 = mul nsw i32 %18, 3, !dbg !148
  %20 = load i32, ptr %7, align 4, !dbg !149, !tbaa !9
  %21 = add nsw i32 %19, %20, !dbg !150
  %22 = sext i32 %21 to i64, !dbg !147
  %23 = load i64, ptr @moves, align 8, !dbg !151, !tbaa !46
  %24 = add nsw i64 %23, %22, !dbg !152
  store i64 %24, ptr @moves, align 8, !dbg !153, !tbaa !46
  %25 = load i32, ptr %5, align 4, !dbg !154, !tbaa !9
  %26 = sub nsw i32 %25, 1, !dbg !155
  %27 = load i32, ptr %8, align 4, !dbg !156, !tbaa !9
  %28 = load i32, ptr %7, align 4, !dbg !157, !tbaa !9
  %29 = load i32, ptr %6, align 4, !dbg !158, !tbaa !9
  call void @hanoi(i32 noundef %26, i32 noundef %27, i32 noundef %28, i32 noundef %29), !dbg !159
  br label %30, !dbg !160

30:                                               ; preds = %12, %11
  ret void, !dbg !161
}

; Function Attrs: nounwind uwtable
define internal i64 @gcd(i64 noundef %0, i64 noundef %1) #0 !dbg !162 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !46
  store i64 %1, ptr %4, align 8, !tbaa !46
  %5 = load i64, ptr %4, align 8, !dbg !163, !tbaa !46
  %6 = icmp ne i64 %5, 0, !dbg !164
  br i1 %6, label %7, label %13, !dbg !165

7:                                                ; preds = %2
  %8 = load i64, ptr %4, align 8, !dbg !166, !tbaa !46
  %9 = load i64, ptr %3, align 8, !dbg !167, !tbaa !46
  %10 = load i64, ptr %4, align 8, !dbg !168, !tbaa !46
  %11 = urem i64 %9, %10, !dbg !169
  %12 = call i64 @gcd(i64 noundef %8, i64 noundef %11), !dbg !170
  br label %15, !dbg !163

13:                                               ; preds = %2
  %14 = load i64, ptr %3, align 8, !dbg !171, !tbaa !46
  br label %15, !dbg !163

15:                                               ; preds = %13, %7
  %16 = phi i64 [ %12, %7 ], [ %14, %13 ], !dbg !172
  ret i64 %16, !dbg !173
}

; Function Attrs: nounwind uwtable
define internal i64 @sum_tail(i64 noundef %0, i64 noundef %1) #0 !dbg !174 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !46
  store i64 %1, ptr %4, align 8, !tbaa !46
  %5 = load i64, ptr %3, align 8, !dbg !175, !tbaa !46
  %6 = icmp eq i64 %5, 0, !dbg !176
  br i1 %6, label %7, label %9, !dbg !177

7:                                                ; preds = %2
  %8 = load i64, ptr %4, align 8, !dbg !178, !tbaa !46
  br label %16, !dbg !175

9:                                                ; preds = %2
  %10 = load i64, ptr %3, align 8, !dbg !179, !tbaa !46
  %11 = sub nsw i64 %10, 1, !dbg !180
  %12 = load i64, ptr %4, align 8, !dbg !181, !tbaa !46
  %13 = load i64, ptr %3, align 8, !dbg !182, !tbaa !46
  %14 = add nsw i64 %12, %13, !dbg !183
  %15 = call i64 @sum_tail(i64 noundef %11, i64 noundef %14), !dbg !184
  br label %16, !dbg !175

16:                                               ; preds = %9, %7
  %17 = phi i64 [ %8, %7 ], [ %15, %9 ], !dbg !185
  ret i64 %17, !dbg !186
}

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "recursion.c", directory: ".")
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
!14 = !DIFile(filename: "recursion.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 25, column: 25, scope: !13)
!18 = !DILocation(line: 25, column: 5, scope: !13)
!19 = !DILocation(line: 26, column: 27, scope: !13)
!20 = !DILocation(line: 26, column: 38, scope: !13)
!21 = !DILocation(line: 26, column: 5, scope: !13)
!22 = !DILocation(line: 27, column: 30, scope: !13)
!23 = !DILocation(line: 27, column: 45, scope: !13)
!24 = !DILocation(line: 27, column: 5, scope: !13)
!25 = !DILocation(line: 28, column: 10, scope: !13)
!26 = !DILocation(line: 28, column: 14, scope: !13, atomGroup: 1, atomRank: 1)
!27 = !DILocation(line: 28, column: 21, scope: !13)
!28 = !DILocation(line: 28, column: 23, scope: !13, atomGroup: 2, atomRank: 1)
!29 = !DILocation(line: 28, column: 5, scope: !13, atomGroup: 3, atomRank: 1)
!30 = !DILocation(line: 28, column: 5, scope: !13)
!31 = !DILocation(line: 28, column: 57, scope: !13)
!32 = !DILocation(line: 28, column: 51, scope: !13)
!33 = !DILocation(line: 28, column: 67, scope: !13)
!34 = !DILocation(line: 28, column: 61, scope: !13)
!35 = !DILocation(line: 28, column: 34, scope: !13)
!36 = !DILocation(line: 28, column: 34, scope: !13, atomGroup: 5, atomRank: 1)
!37 = !DILocation(line: 28, column: 30, scope: !13)
!38 = !DILocation(line: 28, column: 30, scope: !13, atomGroup: 4, atomRank: 2)
!39 = !DILocation(line: 28, column: 30, scope: !13, atomGroup: 4, atomRank: 1)
!40 = distinct !{!40, !30, !41, !42}
!41 = !DILocation(line: 28, column: 69, scope: !13)
!42 = !{!"llvm.loop.mustprogress"}
!43 = !DILocation(line: 29, column: 5, scope: !13)
!44 = !DILocation(line: 30, column: 5, scope: !13)
!45 = !DILocation(line: 31, column: 27, scope: !13)
!46 = !{!47, !47, i64 0}
!47 = !{!"long", !11, i64 0}
!48 = !DILocation(line: 31, column: 5, scope: !13)
!49 = !DILocation(line: 32, column: 25, scope: !13)
!50 = !DILocation(line: 32, column: 5, scope: !13)
!51 = !DILocation(line: 33, column: 26, scope: !13)
!52 = !DILocation(line: 33, column: 5, scope: !13)
!53 = !DILocation(line: 34, column: 5, scope: !13, atomGroup: 6, atomRank: 1)
!54 = !DISubprogram(name: "printf", scope: !55, file: !55, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!55 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!56 = distinct !DISubprogram(name: "fib", scope: !14, file: !14, line: 4, type: !15, scopeLine: 4, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!57 = !DILocation(line: 4, column: 33, scope: !56)
!58 = !DILocation(line: 4, column: 35, scope: !56, atomGroup: 2, atomRank: 2)
!59 = !DILocation(line: 4, column: 33, scope: !56, atomGroup: 2, atomRank: 1)
!60 = !DILocation(line: 4, column: 41, scope: !56)
!61 = !DILocation(line: 4, column: 49, scope: !56)
!62 = !DILocation(line: 4, column: 51, scope: !56)
!63 = !DILocation(line: 4, column: 45, scope: !56)
!64 = !DILocation(line: 4, column: 62, scope: !56)
!65 = !DILocation(line: 4, column: 64, scope: !56)
!66 = !DILocation(line: 4, column: 58, scope: !56)
!67 = !DILocation(line: 4, column: 56, scope: !56)
!68 = !DILocation(line: 4, column: 33, scope: !56, atomGroup: 1, atomRank: 2)
!69 = !DILocation(line: 4, column: 26, scope: !56, atomGroup: 1, atomRank: 1)
!70 = distinct !DISubprogram(name: "ack", scope: !14, file: !14, line: 5, type: !15, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!71 = !DILocation(line: 6, column: 9, scope: !70)
!72 = !DILocation(line: 6, column: 11, scope: !70, atomGroup: 1, atomRank: 2)
!73 = !DILocation(line: 6, column: 11, scope: !70, atomGroup: 1, atomRank: 1)
!74 = !DILocation(line: 6, column: 24, scope: !70)
!75 = !DILocation(line: 6, column: 26, scope: !70, atomGroup: 2, atomRank: 2)
!76 = !DILocation(line: 6, column: 17, scope: !70, atomGroup: 2, atomRank: 1)
!77 = !DILocation(line: 7, column: 9, scope: !70)
!78 = !DILocation(line: 7, column: 11, scope: !70, atomGroup: 3, atomRank: 2)
!79 = !DILocation(line: 7, column: 11, scope: !70, atomGroup: 3, atomRank: 1)
!80 = !DILocation(line: 7, column: 28, scope: !70)
!81 = !DILocation(line: 7, column: 30, scope: !70)
!82 = !DILocation(line: 7, column: 24, scope: !70, atomGroup: 4, atomRank: 2)
!83 = !DILocation(line: 7, column: 17, scope: !70, atomGroup: 4, atomRank: 1)
!84 = !DILocation(line: 8, column: 16, scope: !70)
!85 = !DILocation(line: 8, column: 18, scope: !70)
!86 = !DILocation(line: 8, column: 27, scope: !70)
!87 = !DILocation(line: 8, column: 30, scope: !70)
!88 = !DILocation(line: 8, column: 32, scope: !70)
!89 = !DILocation(line: 8, column: 23, scope: !70)
!90 = !DILocation(line: 8, column: 12, scope: !70, atomGroup: 5, atomRank: 2)
!91 = !DILocation(line: 8, column: 5, scope: !70, atomGroup: 5, atomRank: 1)
!92 = !DILocation(line: 9, column: 1, scope: !70, atomGroup: 6, atomRank: 2)
!93 = !DILocation(line: 9, column: 1, scope: !70, atomGroup: 6, atomRank: 1)
!94 = distinct !DISubprogram(name: "is_even", scope: !14, file: !14, line: 11, type: !15, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!95 = !DILocation(line: 11, column: 41, scope: !94)
!96 = !DILocation(line: 11, column: 43, scope: !94, atomGroup: 2, atomRank: 2)
!97 = !DILocation(line: 11, column: 41, scope: !94, atomGroup: 2, atomRank: 1)
!98 = !DILocation(line: 11, column: 61, scope: !94)
!99 = !DILocation(line: 11, column: 63, scope: !94)
!100 = !DILocation(line: 11, column: 54, scope: !94)
!101 = !DILocation(line: 11, column: 41, scope: !94, atomGroup: 1, atomRank: 2)
!102 = !DILocation(line: 11, column: 34, scope: !94, atomGroup: 1, atomRank: 1)
!103 = distinct !DISubprogram(name: "is_odd", scope: !14, file: !14, line: 12, type: !15, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!104 = !DILocation(line: 12, column: 40, scope: !103)
!105 = !DILocation(line: 12, column: 42, scope: !103, atomGroup: 2, atomRank: 2)
!106 = !DILocation(line: 12, column: 40, scope: !103, atomGroup: 2, atomRank: 1)
!107 = !DILocation(line: 12, column: 61, scope: !103)
!108 = !DILocation(line: 12, column: 63, scope: !103)
!109 = !DILocation(line: 12, column: 53, scope: !103)
!110 = !DILocation(line: 12, column: 40, scope: !103, atomGroup: 1, atomRank: 2)
!111 = !DILocation(line: 12, column: 33, scope: !103, atomGroup: 1, atomRank: 1)
!112 = distinct !DISubprogram(name: "hof_f", scope: !14, file: !14, line: 14, type: !15, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!113 = !DILocation(line: 14, column: 34, scope: !112)
!114 = !DILocation(line: 14, column: 36, scope: !112, atomGroup: 2, atomRank: 2)
!115 = !DILocation(line: 14, column: 34, scope: !112, atomGroup: 2, atomRank: 1)
!116 = !DILocation(line: 14, column: 47, scope: !112)
!117 = !DILocation(line: 14, column: 63, scope: !112)
!118 = !DILocation(line: 14, column: 65, scope: !112)
!119 = !DILocation(line: 14, column: 57, scope: !112)
!120 = !DILocation(line: 14, column: 51, scope: !112)
!121 = !DILocation(line: 14, column: 49, scope: !112)
!122 = !DILocation(line: 14, column: 34, scope: !112, atomGroup: 1, atomRank: 2)
!123 = !DILocation(line: 14, column: 27, scope: !112, atomGroup: 1, atomRank: 1)
!124 = distinct !DISubprogram(name: "hof_m", scope: !14, file: !14, line: 15, type: !15, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!125 = !DILocation(line: 15, column: 34, scope: !124)
!126 = !DILocation(line: 15, column: 36, scope: !124, atomGroup: 2, atomRank: 2)
!127 = !DILocation(line: 15, column: 34, scope: !124, atomGroup: 2, atomRank: 1)
!128 = !DILocation(line: 15, column: 47, scope: !124)
!129 = !DILocation(line: 15, column: 63, scope: !124)
!130 = !DILocation(line: 15, column: 65, scope: !124)
!131 = !DILocation(line: 15, column: 57, scope: !124)
!132 = !DILocation(line: 15, column: 51, scope: !124)
!133 = !DILocation(line: 15, column: 49, scope: !124)
!134 = !DILocation(line: 15, column: 34, scope: !124, atomGroup: 1, atomRank: 2)
!135 = !DILocation(line: 15, column: 27, scope: !124, atomGroup: 1, atomRank: 1)
!136 = distinct !DISubprogram(name: "hanoi", scope: !14, file: !14, line: 17, type: !15, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!137 = !DILocation(line: 18, column: 10, scope: !136)
!138 = !DILocation(line: 18, column: 10, scope: !136, atomGroup: 1, atomRank: 2)
!139 = !DILocation(line: 18, column: 9, scope: !136, atomGroup: 1, atomRank: 1)
!140 = !DILocation(line: 18, column: 13, scope: !136, atomGroup: 2, atomRank: 1)
!141 = !DILocation(line: 19, column: 11, scope: !136)
!142 = !DILocation(line: 19, column: 13, scope: !136)
!143 = !DILocation(line: 19, column: 18, scope: !136)
!144 = !DILocation(line: 19, column: 24, scope: !136)
!145 = !DILocation(line: 19, column: 29, scope: !136)
!146 = !DILocation(line: 19, column: 5, scope: !136)
!147 = !DILocation(line: 19, column: 43, scope: !136)
!148 = !DILocation(line: 19, column: 48, scope: !136)
!149 = !DILocation(line: 19, column: 54, scope: !136)
!150 = !DILocation(line: 19, column: 52, scope: !136)
!151 = !DILocation(line: 19, column: 40, scope: !136)
!152 = !DILocation(line: 19, column: 40, scope: !136, atomGroup: 3, atomRank: 2)
!153 = !DILocation(line: 19, column: 40, scope: !136, atomGroup: 3, atomRank: 1)
!154 = !DILocation(line: 19, column: 64, scope: !136)
!155 = !DILocation(line: 19, column: 66, scope: !136)
!156 = !DILocation(line: 19, column: 71, scope: !136)
!157 = !DILocation(line: 19, column: 76, scope: !136)
!158 = !DILocation(line: 19, column: 80, scope: !136)
!159 = !DILocation(line: 19, column: 58, scope: !136)
!160 = !DILocation(line: 20, column: 1, scope: !136)
!161 = !DILocation(line: 20, column: 1, scope: !136, atomGroup: 4, atomRank: 1)
!162 = distinct !DISubprogram(name: "gcd", scope: !14, file: !14, line: 21, type: !15, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!163 = !DILocation(line: 21, column: 69, scope: !162)
!164 = !DILocation(line: 21, column: 69, scope: !162, atomGroup: 2, atomRank: 2)
!165 = !DILocation(line: 21, column: 69, scope: !162, atomGroup: 2, atomRank: 1)
!166 = !DILocation(line: 21, column: 77, scope: !162)
!167 = !DILocation(line: 21, column: 80, scope: !162)
!168 = !DILocation(line: 21, column: 84, scope: !162)
!169 = !DILocation(line: 21, column: 82, scope: !162)
!170 = !DILocation(line: 21, column: 73, scope: !162)
!171 = !DILocation(line: 21, column: 89, scope: !162)
!172 = !DILocation(line: 21, column: 69, scope: !162, atomGroup: 1, atomRank: 2)
!173 = !DILocation(line: 21, column: 62, scope: !162, atomGroup: 1, atomRank: 1)
!174 = distinct !DISubprogram(name: "sum_tail", scope: !14, file: !14, line: 22, type: !15, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!175 = !DILocation(line: 22, column: 49, scope: !174)
!176 = !DILocation(line: 22, column: 51, scope: !174, atomGroup: 2, atomRank: 2)
!177 = !DILocation(line: 22, column: 49, scope: !174, atomGroup: 2, atomRank: 1)
!178 = !DILocation(line: 22, column: 58, scope: !174)
!179 = !DILocation(line: 22, column: 73, scope: !174)
!180 = !DILocation(line: 22, column: 75, scope: !174)
!181 = !DILocation(line: 22, column: 80, scope: !174)
!182 = !DILocation(line: 22, column: 86, scope: !174)
!183 = !DILocation(line: 22, column: 84, scope: !174)
!184 = !DILocation(line: 22, column: 64, scope: !174)
!185 = !DILocation(line: 22, column: 49, scope: !174, atomGroup: 1, atomRank: 2)
!186 = !DILocation(line: 22, column: 42, scope: !174, atomGroup: 1, atomRank: 1)
