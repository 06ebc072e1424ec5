; ModuleID = 'stdio_format.c'
source_filename = "stdio_format.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [47 x i8] c"[%5d][%-5d][%05d][%+d][% d][%x][%#X][%o][%#o]\0A\00", align 1
@.str.1 = private unnamed_addr constant [53 x i8] c"[%8.3f][%-8.2e][%G][%.0f][%#.0f][%10.4s][%-6s|][%c]\0A\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"abcdefgh\00", align 1
@.str.3 = private unnamed_addr constant [3 x i8] c"ab\00", align 1
@.str.4 = private unnamed_addr constant [37 x i8] c"[%ld][%lu][%x][%zu][%td][%hhd][%hu]\0A\00", align 1
@.str.5 = private unnamed_addr constant [19 x i8] c"[%*d][%-*.*f][%%]\0A\00", align 1
@.str.6 = private unnamed_addr constant [19 x i8] c"%s and %s and more\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"this\00", align 1
@.str.8 = private unnamed_addr constant [5 x i8] c"that\00", align 1
@.str.9 = private unnamed_addr constant [18 x i8] c"snprintf %d [%s]\0A\00", align 1
@.str.10 = private unnamed_addr constant [23 x i8] c"12 -34 hello 6.25e2 ff\00", align 1
@.str.11 = private unnamed_addr constant [18 x i8] c"%d %d %15s %lf %x\00", align 1
@.str.12 = private unnamed_addr constant [29 x i8] c"sscanf %d %d %d %s %.17g %u\0A\00", align 1
@.str.13 = private unnamed_addr constant [13 x i8] c"  -1.5e-3xyz\00", align 1
@.str.14 = private unnamed_addr constant [20 x i8] c"9223372036854775807\00", align 1
@.str.15 = private unnamed_addr constant [54 x i8] c"strtod %.17g rest=%s strtoll %lld atoi %d atof %.17g\0A\00", align 1
@.str.16 = private unnamed_addr constant [7 x i8] c"  -99z\00", align 1
@.str.17 = private unnamed_addr constant [4 x i8] c"0.1\00", align 1
@.str.18 = private unnamed_addr constant [12 x i8] c"fputs line\0A\00", align 1
@stdout = external global ptr, align 8
@.str.19 = private unnamed_addr constant [10 x i8] c"puts line\00", align 1
@.str.20 = private unnamed_addr constant [7 x i8] c"%s=%d\0A\00", align 1
@.str.21 = private unnamed_addr constant [8 x i8] c"fprintf\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca [16 x i8], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca [16 x i8], align 16
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca double, align 8
  %12 = alloca i64, align 8
  %13 = alloca i8, align 1
  store i32 0, ptr %1, align 4
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 42, i32 noundef 42, i32 noundef 42, i32 noundef 42, i32 noundef 42, i32 noundef 255, i32 noundef 255, i32 noundef 8, i32 noundef 8), !dbg !17
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef 3.141590e+00, double noundef 0x40C81CD6C8B43958, double noundef 1.000000e-10, double noundef 2.500000e+00, double noundef 3.000000e+00, ptr noundef @.str.2, ptr noundef @.str.3, i32 noundef 81), !dbg !18
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef -9223372036854775808, i64 noundef -1, i32 noundef -559038737, i64 noundef 12345, i64 noundef -7, i32 noundef -56, i32 noundef 4464), !dbg !19
  %17 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef 6, i32 noundef 7, i32 noundef 10, i32 noundef 3, double noundef 0x3FC2492492492492), !dbg !20
  call void @llvm.lifetime.start.p0(ptr %2) #6, !dbg !21
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !22
  %18 = getelementptr inbounds [16 x i8], ptr %2, i64 0, i64 0, !dbg !23
  %19 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %18, i64 noundef 16, ptr noundef @.str.6, ptr noundef @.str.7, ptr noundef @.str.8) #6, !dbg !24
  store i32 %19, ptr %3, align 4, !dbg !25, !tbaa !9
  %20 = load i32, ptr %3, align 4, !dbg !26, !tbaa !9
  %21 = getelementptr inbounds [16 x i8], ptr %2, i64 0, i64 0, !dbg !27
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %20, ptr noundef %21), !dbg !28
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !29
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !29
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !30
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !31
  call void @llvm.lifetime.start.p0(ptr %8) #6, !dbg !32
  call void @llvm.lifetime.start.p0(ptr %9) #6, !dbg !33
  %23 = getelementptr inbounds [16 x i8], ptr %6, i64 0, i64 0, !dbg !34
  %24 = call i32 (ptr, ptr, ...) @__isoc99_sscanf(ptr noundef @.str.10, ptr noundef @.str.11, ptr noundef %4, ptr noundef %5, ptr noundef %23, ptr noundef %7, ptr noundef %8) #6, !dbg !35
  store i32 %24, ptr %9, align 4, !dbg !36, !tbaa !9
  %25 = load i32, ptr %9, align 4, !dbg !37, !tbaa !9
  %26 = load i32, ptr %4, align 4, !dbg !38, !tbaa !9
  %27 = load i32, ptr %5, align 4, !dbg !39, !tbaa !9
  %28 = getelementptr inbounds [16 x i8], ptr %6, i64 0, i64 0, !dbg !40
  %29 = load double, ptr %7, align 8, !dbg !41, !tbaa !42
  %30 = load i32, ptr %8, align 4, !dbg !44, !tbaa !9
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %25, i32 noundef %26, i32 noundef %27, ptr noundef %28, double noundef %29, i32 noundef %30), !dbg !45
  call void @llvm.lifetime.start.p0(ptr %10) #6, !dbg !46
  call void @llvm.lifetime.start.p0(ptr %11) #6, !dbg !47
  %32 = call double @strtod(ptr noundef @.str.13, ptr noundef %10) #6, !dbg !48
  store double %32, ptr %11, align 8, !dbg !49, !tbaa !42
  call void @llvm.lifetime.start.p0(ptr %12) #6, !dbg !50
  %33 = call i64 @strtoll(ptr noundef @.str.14, ptr noundef null, i32 noundef 10) #6, !dbg !51
  store i64 %33, ptr %12, align 8, !dbg !52, !tbaa !53
  %34 = load double, ptr %11, align 8, !dbg !55, !tbaa !42
  %35 = load ptr, ptr %10, align 8, !dbg !56, !tbaa !57
  %36 = load i64, ptr %12, align 8, !dbg !60, !tbaa !53
  %37 = call i32 @atoi(ptr noundef @.str.16) #7, !dbg !61
  %38 = call double @atof(ptr noundef @.str.17) #7, !dbg !62
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, double noundef %34, ptr noundef %35, i64 noundef %36, i32 noundef %37, double noundef %38), !dbg !63
  %40 = load ptr, ptr @stdout, align 8, !dbg !64, !tbaa !65
  %41 = call i32 @fputs(ptr noundef @.str.18, ptr noundef %40), !dbg !67
  %42 = call i32 @puts(ptr noundef @.str.19), !dbg !68
  call void @llvm.lifetime.start.p0(ptr %13) #6, !dbg !69
  store i8 97, ptr %13, align 1, !dbg !70, !tbaa !71
  br label %43, !dbg !69

43:                                               ; preds = %52, %0
  %44 = load i8, ptr %13, align 1, !dbg !72, !tbaa !71
  %45 = sext i8 %44 to i32, !dbg !72
  %46 = icmp sle i32 %45, 101, !dbg !73
  br i1 %46, label %48, label %47, !dbg !74

47:                                               ; preds = %43
  call void @llvm.lifetime.end.p0(ptr %13) #6, !dbg !75
  br label %55

48:                                               ; preds = %43
  %49 = load i8, ptr %13, align 1, !dbg !76, !tbaa !71
  %50 = sext i8 %49 to i32, !dbg !76
  %51 = call i32 @putchar(i32 noundef %50), !dbg !77
  br label %52, !dbg !78

52:                                               ; preds = %48
  %53 = load i8, ptr %13, align 1, !dbg !79, !tbaa !71
  %54 = add i8 %53, 1, !dbg !80
  store i8 %54, ptr %13, align 1, !dbg !81, !tbaa !71
  br label %43, !dbg !75, !llvm.loop !82

55:                                               ; preds = %47
  %56 = call i32 @putchar(i32 noundef 10), !dbg !85
  %57 = load ptr, ptr @stdout, align 8, !dbg !86, !tbaa !65
  %58 = call i32 (ptr, ptr, ...) @fprintf(ptr noundef %57, ptr noundef @.str.20, ptr noundef @.str.21, i32 noundef 7) #6, !dbg !87
  call void @llvm.lifetime.end.p0(ptr %12) #6, !dbg !88
  call void @llvm.lifetime.end.p0(ptr %11) #6, !dbg !88
  call void @llvm.lifetime.end.p0(ptr %10) #6, !dbg !88
  call void @llvm.lifetime.end.p0(ptr %9) #6, !dbg !88
  call void @llvm.lifetime.end.p0(ptr %8) #6, !dbg !88
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !88
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !88
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !88
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !88
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !88
  call void @llvm.lifetime.end.p0(ptr %2) #6, !dbg !88
  ret i32 0, !dbg !89
}

declare !dbg !90 i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: nounwind
declare !dbg !92 i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #3

; Function Attrs: nounwind
declare !dbg !93 i32 @__isoc99_sscanf(ptr noundef, ptr noundef, ...) #3

; Function Attrs: nounwind
declare !dbg !94 double @strtod(ptr noundef, ptr noundef) #3

; Function Attrs: nounwind
declare !dbg !96 i64 @strtoll(ptr noundef, ptr noundef, i32 noundef) #3

; Function Attrs: inlinehint nounwind willreturn memory(read) uwtable
define available_externally i32 @atoi(ptr noundef nonnull %0) #4 !dbg !97 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !57
  %3 = load ptr, ptr %2, align 8, !dbg !98, !tbaa !57
  %4 = call i64 @strtol(ptr noundef %3, ptr noundef null, i32 noundef 10) #6, !dbg !99
  %5 = trunc i64 %4 to i32, !dbg !100
  ret i32 %5, !dbg !101
}

; Function Attrs: inlinehint nounwind willreturn memory(read) uwtable
define available_externally double @atof(ptr noundef nonnull %0) #4 !dbg !102 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !57
  %3 = load ptr, ptr %2, align 8, !dbg !104, !tbaa !57
  %4 = call double @strtod(ptr noundef %3, ptr noundef null) #6, !dbg !105
  ret double %4, !dbg !106
}

declare !dbg !107 i32 @fputs(ptr noundef, ptr noundef) #1

declare !dbg !108 i32 @puts(ptr noundef) #1

; Function Attrs: inlinehint nounwind uwtable
define available_externally i32 @putchar(i32 noundef %0) #5 !dbg !109 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  %3 = load i32, ptr %2, align 4, !dbg !111, !tbaa !9
  %4 = load ptr, ptr @stdout, align 8, !dbg !112, !tbaa !65
  %5 = call i32 @putc(i32 noundef %3, ptr noundef %4), !dbg !113
  ret i32 %5, !dbg !114
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: nounwind
declare !dbg !115 i32 @fprintf(ptr noundef, ptr noundef, ...) #3

; Function Attrs: nounwind
declare !dbg !116 i64 @strtol(ptr noundef, ptr noundef, i32 noundef) #3

declare !dbg !117 i32 @putc(i32 noundef, ptr noundef) #1

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { inlinehint nounwind willreturn memory(read) uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { inlinehint nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "stdio_format.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 8, type: !15, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "stdio_format.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 9, column: 5, scope: !13)
!18 = !DILocation(line: 10, column: 5, scope: !13)
!19 = !DILocation(line: 11, column: 5, scope: !13)
!20 = !DILocation(line: 12, column: 5, scope: !13)
!21 = !DILocation(line: 13, column: 5, scope: !13)
!22 = !DILocation(line: 14, column: 5, scope: !13)
!23 = !DILocation(line: 14, column: 22, scope: !13)
!24 = !DILocation(line: 14, column: 13, scope: !13, atomGroup: 1, atomRank: 2)
!25 = !DILocation(line: 14, column: 9, scope: !13, atomGroup: 1, atomRank: 1)
!26 = !DILocation(line: 15, column: 34, scope: !13)
!27 = !DILocation(line: 15, column: 37, scope: !13)
!28 = !DILocation(line: 15, column: 5, scope: !13)
!29 = !DILocation(line: 16, column: 5, scope: !13)
!30 = !DILocation(line: 16, column: 15, scope: !13)
!31 = !DILocation(line: 16, column: 30, scope: !13)
!32 = !DILocation(line: 16, column: 40, scope: !13)
!33 = !DILocation(line: 17, column: 5, scope: !13)
!34 = !DILocation(line: 17, column: 77, scope: !13)
!35 = !DILocation(line: 17, column: 15, scope: !13, atomGroup: 2, atomRank: 2)
!36 = !DILocation(line: 17, column: 9, scope: !13, atomGroup: 2, atomRank: 1)
!37 = !DILocation(line: 18, column: 45, scope: !13)
!38 = !DILocation(line: 18, column: 50, scope: !13)
!39 = !DILocation(line: 18, column: 53, scope: !13)
!40 = !DILocation(line: 18, column: 56, scope: !13)
!41 = !DILocation(line: 18, column: 62, scope: !13)
!42 = !{!43, !43, i64 0}
!43 = !{!"double", !11, i64 0}
!44 = !DILocation(line: 18, column: 65, scope: !13)
!45 = !DILocation(line: 18, column: 5, scope: !13)
!46 = !DILocation(line: 19, column: 5, scope: !13)
!47 = !DILocation(line: 20, column: 5, scope: !13)
!48 = !DILocation(line: 20, column: 16, scope: !13, atomGroup: 3, atomRank: 2)
!49 = !DILocation(line: 20, column: 12, scope: !13, atomGroup: 3, atomRank: 1)
!50 = !DILocation(line: 21, column: 5, scope: !13)
!51 = !DILocation(line: 21, column: 20, scope: !13, atomGroup: 4, atomRank: 2)
!52 = !DILocation(line: 21, column: 15, scope: !13, atomGroup: 4, atomRank: 1)
!53 = !{!54, !54, i64 0}
!54 = !{!"long long", !11, i64 0}
!55 = !DILocation(line: 22, column: 70, scope: !13)
!56 = !DILocation(line: 22, column: 73, scope: !13)
!57 = !{!58, !58, i64 0}
!58 = !{!"p1 omnipotent char", !59, i64 0}
!59 = !{!"any pointer", !11, i64 0}
!60 = !DILocation(line: 22, column: 78, scope: !13)
!61 = !DILocation(line: 22, column: 82, scope: !13)
!62 = !DILocation(line: 22, column: 98, scope: !13)
!63 = !DILocation(line: 22, column: 5, scope: !13)
!64 = !DILocation(line: 23, column: 27, scope: !13)
!65 = !{!66, !66, i64 0}
!66 = !{!"p1 _ZTS8_IO_FILE", !59, i64 0}
!67 = !DILocation(line: 23, column: 5, scope: !13)
!68 = !DILocation(line: 24, column: 5, scope: !13)
!69 = !DILocation(line: 25, column: 10, scope: !13)
!70 = !DILocation(line: 25, column: 15, scope: !13, atomGroup: 5, atomRank: 1)
!71 = !{!11, !11, i64 0}
!72 = !DILocation(line: 25, column: 24, scope: !13)
!73 = !DILocation(line: 25, column: 26, scope: !13, atomGroup: 6, atomRank: 1)
!74 = !DILocation(line: 25, column: 5, scope: !13, atomGroup: 7, atomRank: 1)
!75 = !DILocation(line: 25, column: 5, scope: !13)
!76 = !DILocation(line: 25, column: 47, scope: !13)
!77 = !DILocation(line: 25, column: 39, scope: !13)
!78 = !DILocation(line: 25, column: 39, scope: !13, atomGroup: 9, atomRank: 1)
!79 = !DILocation(line: 25, column: 35, scope: !13)
!80 = !DILocation(line: 25, column: 35, scope: !13, atomGroup: 8, atomRank: 2)
!81 = !DILocation(line: 25, column: 35, scope: !13, atomGroup: 8, atomRank: 1)
!82 = distinct !{!82, !75, !83, !84}
!83 = !DILocation(line: 25, column: 48, scope: !13)
!84 = !{!"llvm.loop.mustprogress"}
!85 = !DILocation(line: 26, column: 5, scope: !13)
!86 = !DILocation(line: 27, column: 13, scope: !13)
!87 = !DILocation(line: 27, column: 5, scope: !13)
!88 = !DILocation(line: 29, column: 1, scope: !13)
!89 = !DILocation(line: 28, column: 5, scope: !13, atomGroup: 11, atomRank: 1)
!90 = !DISubprogram(name: "printf", scope: !91, file: !91, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!91 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!92 = !DISubprogram(name: "snprintf", scope: !91, file: !91, line: 378, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!93 = !DISubprogram(name: "sscanf", scope: !91, file: !91, line: 439, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!94 = !DISubprogram(name: "strtod", scope: !95, file: !95, line: 118, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!95 = !DIFile(filename: "/usr/include/stdlib.h", directory: "")
!96 = !DISubprogram(name: "strtoll", scope: !95, file: !95, line: 201, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!97 = distinct !DISubprogram(name: "atoi", scope: !95, file: !95, line: 362, type: !15, scopeLine: 363, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!98 = !DILocation(line: 364, column: 24, scope: !97)
!99 = !DILocation(line: 364, column: 16, scope: !97, atomGroup: 1, atomRank: 3)
!100 = !DILocation(line: 364, column: 10, scope: !97, atomGroup: 1, atomRank: 2)
!101 = !DILocation(line: 364, column: 3, scope: !97, atomGroup: 1, atomRank: 1)
!102 = distinct !DISubprogram(name: "atof", scope: !103, file: !103, line: 25, type: !15, scopeLine: 26, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!103 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdlib-float.h", directory: "")
!104 = !DILocation(line: 27, column: 18, scope: !102)
!105 = !DILocation(line: 27, column: 10, scope: !102, atomGroup: 1, atomRank: 2)
!106 = !DILocation(line: 27, column: 3, scope: !102, atomGroup: 1, atomRank: 1)
!107 = !DISubprogram(name: "fputs", scope: !91, file: !91, line: 655, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!108 = !DISubprogram(name: "puts", scope: !91, file: !91, line: 661, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!109 = distinct !DISubprogram(name: "putchar", scope: !110, file: !110, line: 82, type: !15, scopeLine: 83, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!110 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdio.h", directory: "")
!111 = !DILocation(line: 84, column: 16, scope: !109)
!112 = !DILocation(line: 84, column: 21, scope: !109)
!113 = !DILocation(line: 84, column: 10, scope: !109, atomGroup: 1, atomRank: 2)
!114 = !DILocation(line: 84, column: 3, scope: !109, atomGroup: 1, atomRank: 1)
!115 = !DISubprogram(name: "fprintf", scope: !91, file: !91, line: 350, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!116 = !DISubprogram(name: "strtol", scope: !95, file: !95, line: 177, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!117 = !DISubprogram(name: "putc", scope: !91, file: !91, line: 550, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
