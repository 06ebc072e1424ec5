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

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
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
  %14 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 42, i32 noundef 42, i32 noundef 42, i32 noundef 42, i32 noundef 42, i32 noundef 255, i32 noundef 255, i32 noundef 8, i32 noundef 8), !dbg !13
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef 3.141590e+00, double noundef 0x40C81CD6C8B43958, double noundef 1.000000e-10, double noundef 2.500000e+00, double noundef 3.000000e+00, ptr noundef @.str.2, ptr noundef @.str.3, i32 noundef 81), !dbg !14
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef -9223372036854775808, i64 noundef -1, i32 noundef -559038737, i64 noundef 12345, i64 noundef -7, i32 noundef -56, i32 noundef 4464), !dbg !15
  %17 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef 6, i32 noundef 7, i32 noundef 10, i32 noundef 3, double noundef 0x3FC2492492492492), !dbg !16
  %18 = getelementptr inbounds [16 x i8], ptr %2, i64 0, i64 0, !dbg !17
  %19 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %18, i64 noundef 16, ptr noundef @.str.6, ptr noundef @.str.7, ptr noundef @.str.8) #4, !dbg !18
  store i32 %19, ptr %3, align 4, !dbg !19
  %20 = load i32, ptr %3, align 4, !dbg !20
  %21 = getelementptr inbounds [16 x i8], ptr %2, i64 0, i64 0, !dbg !21
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %20, ptr noundef %21), !dbg !22
  %23 = getelementptr inbounds [16 x i8], ptr %6, i64 0, i64 0, !dbg !23
  %24 = call i32 (ptr, ptr, ...) @__isoc99_sscanf(ptr noundef @.str.10, ptr noundef @.str.11, ptr noundef %4, ptr noundef %5, ptr noundef %23, ptr noundef %7, ptr noundef %8) #4, !dbg !24
  store i32 %24, ptr %9, align 4, !dbg !25
  %25 = load i32, ptr %9, align 4, !dbg !26
  %26 = load i32, ptr %4, align 4, !dbg !27
  %27 = load i32, ptr %5, align 4, !dbg !28
  %28 = getelementptr inbounds [16 x i8], ptr %6, i64 0, i64 0, !dbg !29
  %29 = load double, ptr %7, align 8, !dbg !30
  %30 = load i32, ptr %8, align 4, !dbg !31
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %25, i32 noundef %26, i32 noundef %27, ptr noundef %28, double noundef %29, i32 noundef %30), !dbg !32
  %32 = call double @strtod(ptr noundef @.str.13, ptr noundef %10) #4, !dbg !33
  store double %32, ptr %11, align 8, !dbg !34
  %33 = call i64 @strtoll(ptr noundef @.str.14, ptr noundef null, i32 noundef 10) #4, !dbg !35
  store i64 %33, ptr %12, align 8, !dbg !36
  %34 = load double, ptr %11, align 8, !dbg !37
  %35 = load ptr, ptr %10, align 8, !dbg !38
  %36 = load i64, ptr %12, align 8, !dbg !39
  %37 = call i32 @atoi(ptr noundef @.str.16) #5, !dbg !40
  %38 = call double @atof(ptr noundef @.str.17) #5, !dbg !41
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, double noundef %34, ptr noundef %35, i64 noundef %36, i32 noundef %37, double noundef %38), !dbg !42
  %40 = load ptr, ptr @stdout, align 8, !dbg !43
  %41 = call i32 @fputs(ptr noundef @.str.18, ptr noundef %40), !dbg !44
  %42 = call i32 @puts(ptr noundef @.str.19), !dbg !45
  store i8 97, ptr %13, align 1, !dbg !46
  br label %43, !dbg !47

43:                                               ; preds = %51, %0
  %44 = load i8, ptr %13, align 1, !dbg !48
  %45 = sext i8 %44 to i32, !dbg !48
  %46 = icmp sle i32 %45, 101, !dbg !49
  br i1 %46, label %47, label %54, !dbg !50

47:                                               ; preds = %43
  %48 = load i8, ptr %13, align 1, !dbg !51
  %49 = sext i8 %48 to i32, !dbg !51
  %50 = call i32 @putchar(i32 noundef %49), !dbg !52
  br label %51, !dbg !52

51:                                               ; preds = %47
  %52 = load i8, ptr %13, align 1, !dbg !53
  %53 = add i8 %52, 1, !dbg !53
  store i8 %53, ptr %13, align 1, !dbg !53
  br label %43, !dbg !50, !llvm.loop !54

54:                                               ; preds = %43
  %55 = call i32 @putchar(i32 noundef 10), !dbg !57
  %56 = load ptr, ptr @stdout, align 8, !dbg !58
  %57 = call i32 (ptr, ptr, ...) @fprintf(ptr noundef %56, ptr noundef @.str.20, ptr noundef @.str.21, i32 noundef 7) #4, !dbg !59
  ret i32 0, !dbg !60
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nounwind
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #2

; Function Attrs: nounwind
declare i32 @__isoc99_sscanf(ptr noundef, ptr noundef, ...) #2

; Function Attrs: nounwind
declare double @strtod(ptr noundef, ptr noundef) #2

; Function Attrs: nounwind
declare i64 @strtoll(ptr noundef, ptr noundef, i32 noundef) #2

; Function Attrs: nounwind willreturn memory(read)
declare i32 @atoi(ptr noundef) #3

; Function Attrs: nounwind willreturn memory(read)
declare double @atof(ptr noundef) #3

declare i32 @fputs(ptr noundef, ptr noundef) #1

declare i32 @puts(ptr noundef) #1

declare i32 @putchar(i32 noundef) #1

; Function Attrs: nounwind
declare i32 @fprintf(ptr noundef, ptr noundef, ...) #2

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "stdio_format.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 8, type: !11, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "stdio_format.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 9, column: 5, scope: !9)
!14 = !DILocation(line: 10, column: 5, scope: !9)
!15 = !DILocation(line: 11, column: 5, scope: !9)
!16 = !DILocation(line: 12, column: 5, scope: !9)
!17 = !DILocation(line: 14, column: 22, scope: !9)
!18 = !DILocation(line: 14, column: 13, scope: !9)
!19 = !DILocation(line: 14, column: 9, scope: !9)
!20 = !DILocation(line: 15, column: 34, scope: !9)
!21 = !DILocation(line: 15, column: 37, scope: !9)
!22 = !DILocation(line: 15, column: 5, scope: !9)
!23 = !DILocation(line: 17, column: 77, scope: !9)
!24 = !DILocation(line: 17, column: 15, scope: !9)
!25 = !DILocation(line: 17, column: 9, scope: !9)
!26 = !DILocation(line: 18, column: 45, scope: !9)
!27 = !DILocation(line: 18, column: 50, scope: !9)
!28 = !DILocation(line: 18, column: 53, scope: !9)
!29 = !DILocation(line: 18, column: 56, scope: !9)
!30 = !DILocation(line: 18, column: 62, scope: !9)
!31 = !DILocation(line: 18, column: 65, scope: !9)
!32 = !DILocation(line: 18, column: 5, scope: !9)
!33 = !DILocation(line: 20, column: 16, scope: !9)
!34 = !DILocation(line: 20, column: 12, scope: !9)
!35 = !DILocation(line: 21, column: 20, scope: !9)
!36 = !DILocation(line: 21, column: 15, scope: !9)
!37 = !DILocation(line: 22, column: 70, scope: !9)
!38 = !DILocation(line: 22, column: 73, scope: !9)
!39 = !DILocation(line: 22, column: 78, scope: !9)
!40 = !DILocation(line: 22, column: 82, scope: !9)
!41 = !DILocation(line: 22, column: 98, scope: !9)
!42 = !DILocation(line: 22, column: 5, scope: !9)
!43 = !DILocation(line: 23, column: 27, scope: !9)
!44 = !DILocation(line: 23, column: 5, scope: !9)
!45 = !DILocation(line: 24, column: 5, scope: !9)
!46 = !DILocation(line: 25, column: 15, scope: !9)
!47 = !DILocation(line: 25, column: 10, scope: !9)
!48 = !DILocation(line: 25, column: 24, scope: !9)
!49 = !DILocation(line: 25, column: 26, scope: !9)
!50 = !DILocation(line: 25, column: 5, scope: !9)
!51 = !DILocation(line: 25, column: 47, scope: !9)
!52 = !DILocation(line: 25, column: 39, scope: !9)
!53 = !DILocation(line: 25, column: 35, scope: !9)
!54 = distinct !{!54, !50, !55, !56}
!55 = !DILocation(line: 25, column: 48, scope: !9)
!56 = !{!"llvm.loop.mustprogress"}
!57 = !DILocation(line: 26, column: 5, scope: !9)
!58 = !DILocation(line: 27, column: 13, scope: !9)
!59 = !DILocation(line: 27, column: 5, scope: !9)
!60 = !DILocation(line: 28, column: 5, scope: !9)
