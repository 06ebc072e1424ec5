; ModuleID = 'int128.c'
source_filename = "int128.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@s1 = internal global i64 81985529216486895, align 8
@s2 = internal global i64 1147797409030816545, align 8
@.str = private unnamed_addr constant [14 x i8] c"cmp %d %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [20 x i8] c"sq %016llx %016llx\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i128, align 16
  %3 = alloca i128, align 16
  %4 = alloca i128, align 16
  %5 = alloca i32, align 4
  %6 = alloca i128, align 16
  %7 = alloca i128, align 16
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  %11 = load volatile i64, ptr @s1, align 8, !dbg !13
  %12 = zext i64 %11 to i128, !dbg !14
  %13 = shl i128 %12, 64, !dbg !15
  %14 = load volatile i64, ptr @s2, align 8, !dbg !16
  %15 = zext i64 %14 to i128, !dbg !16
  %16 = or i128 %13, %15, !dbg !17
  store i128 %16, ptr %2, align 16, !dbg !18
  %17 = load volatile i64, ptr @s2, align 8, !dbg !19
  %18 = zext i64 %17 to i128, !dbg !20
  %19 = mul i128 %18, 977, !dbg !21
  %20 = add i128 %19, 13, !dbg !22
  store i128 %20, ptr %3, align 16, !dbg !23
  store i128 1, ptr %4, align 16, !dbg !24
  store i32 1, ptr %5, align 4, !dbg !25
  br label %21, !dbg !26

21:                                               ; preds = %29, %0
  %22 = load i32, ptr %5, align 4, !dbg !27
  %23 = icmp sle i32 %22, 33, !dbg !28
  br i1 %23, label %24, label %32, !dbg !29

24:                                               ; preds = %21
  %25 = load i32, ptr %5, align 4, !dbg !30
  %26 = sext i32 %25 to i128, !dbg !31
  %27 = load i128, ptr %4, align 16, !dbg !32
  %28 = mul i128 %27, %26, !dbg !32
  store i128 %28, ptr %4, align 16, !dbg !32
  br label %29, !dbg !33

29:                                               ; preds = %24
  %30 = load i32, ptr %5, align 4, !dbg !34
  %31 = add nsw i32 %30, 1, !dbg !34
  store i32 %31, ptr %5, align 4, !dbg !34
  br label %21, !dbg !29, !llvm.loop !35

32:                                               ; preds = %21
  %33 = load i128, ptr %4, align 16, !dbg !37
  call void @print_u128(i128 noundef %33), !dbg !38
  %34 = call i32 @putchar(i32 noundef 10), !dbg !39
  %35 = load i128, ptr %2, align 16, !dbg !40
  call void @print_u128(i128 noundef %35), !dbg !41
  %36 = call i32 @putchar(i32 noundef 32), !dbg !42
  %37 = load i128, ptr %3, align 16, !dbg !43
  call void @print_u128(i128 noundef %37), !dbg !44
  %38 = call i32 @putchar(i32 noundef 10), !dbg !45
  %39 = load i128, ptr %2, align 16, !dbg !46
  %40 = load i128, ptr %3, align 16, !dbg !47
  %41 = udiv i128 %39, %40, !dbg !48
  call void @print_u128(i128 noundef %41), !dbg !49
  %42 = call i32 @putchar(i32 noundef 32), !dbg !50
  %43 = load i128, ptr %2, align 16, !dbg !51
  %44 = load i128, ptr %3, align 16, !dbg !52
  %45 = urem i128 %43, %44, !dbg !53
  call void @print_u128(i128 noundef %45), !dbg !54
  %46 = call i32 @putchar(i32 noundef 10), !dbg !55
  %47 = load i128, ptr %2, align 16, !dbg !56
  %48 = load i128, ptr %3, align 16, !dbg !57
  %49 = mul i128 %47, %48, !dbg !58
  call void @print_u128(i128 noundef %49), !dbg !59
  %50 = call i32 @putchar(i32 noundef 10), !dbg !60
  %51 = load i128, ptr %2, align 16, !dbg !61
  %52 = sub nsw i128 0, %51, !dbg !62
  %53 = sdiv i128 %52, 7, !dbg !63
  store i128 %53, ptr %6, align 16, !dbg !64
  %54 = load i128, ptr %2, align 16, !dbg !65
  %55 = sub nsw i128 0, %54, !dbg !66
  %56 = srem i128 %55, 7, !dbg !67
  store i128 %56, ptr %7, align 16, !dbg !68
  %57 = load i128, ptr %6, align 16, !dbg !69
  call void @print_i128(i128 noundef %57), !dbg !70
  %58 = call i32 @putchar(i32 noundef 32), !dbg !71
  %59 = load i128, ptr %7, align 16, !dbg !72
  call void @print_i128(i128 noundef %59), !dbg !73
  %60 = call i32 @putchar(i32 noundef 10), !dbg !74
  store i32 0, ptr %8, align 4, !dbg !75
  br label %61, !dbg !76

61:                                               ; preds = %78, %32
  %62 = load i32, ptr %8, align 4, !dbg !77
  %63 = icmp slt i32 %62, 128, !dbg !78
  br i1 %63, label %64, label %81, !dbg !79

64:                                               ; preds = %61
  %65 = load i128, ptr %2, align 16, !dbg !80
  %66 = load i32, ptr %8, align 4, !dbg !81
  %67 = zext i32 %66 to i128, !dbg !82
  %68 = lshr i128 %65, %67, !dbg !82
  call void @print_u128(i128 noundef %68), !dbg !83
  %69 = call i32 @putchar(i32 noundef 32), !dbg !84
  %70 = load i128, ptr %2, align 16, !dbg !85
  %71 = load i32, ptr %8, align 4, !dbg !86
  %72 = zext i32 %71 to i128, !dbg !87
  %73 = shl i128 %70, %72, !dbg !87
  %74 = load i32, ptr %8, align 4, !dbg !88
  %75 = zext i32 %74 to i128, !dbg !89
  %76 = ashr i128 %73, %75, !dbg !89
  call void @print_i128(i128 noundef %76), !dbg !90
  %77 = call i32 @putchar(i32 noundef 10), !dbg !91
  br label %78, !dbg !92

78:                                               ; preds = %64
  %79 = load i32, ptr %8, align 4, !dbg !93
  %80 = add nsw i32 %79, 17, !dbg !93
  store i32 %80, ptr %8, align 4, !dbg !93
  br label %61, !dbg !79, !llvm.loop !94

81:                                               ; preds = %61
  %82 = load i128, ptr %2, align 16, !dbg !95
  %83 = load i128, ptr %3, align 16, !dbg !96
  %84 = icmp ugt i128 %82, %83, !dbg !97
  %85 = zext i1 %84 to i32, !dbg !97
  %86 = load i128, ptr %2, align 16, !dbg !98
  %87 = icmp slt i128 %86, 0, !dbg !99
  %88 = zext i1 %87 to i32, !dbg !99
  %89 = load i128, ptr %3, align 16, !dbg !100
  %90 = sub nsw i128 0, %89, !dbg !101
  %91 = load i128, ptr %2, align 16, !dbg !102
  %92 = icmp slt i128 %90, %91, !dbg !103
  %93 = zext i1 %92 to i32, !dbg !103
  %94 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %85, i32 noundef %88, i32 noundef %93), !dbg !104
  %95 = load i128, ptr %2, align 16, !dbg !105
  %96 = load i128, ptr %2, align 16, !dbg !106
  %97 = mul i128 %95, %96, !dbg !107
  %98 = trunc i128 %97 to i64, !dbg !108
  store i64 %98, ptr %9, align 8, !dbg !109
  %99 = load i128, ptr %2, align 16, !dbg !110
  %100 = load i128, ptr %2, align 16, !dbg !111
  %101 = mul i128 %99, %100, !dbg !112
  %102 = lshr i128 %101, 64, !dbg !113
  %103 = trunc i128 %102 to i64, !dbg !114
  store i64 %103, ptr %10, align 8, !dbg !115
  %104 = load i64, ptr %10, align 8, !dbg !116
  %105 = load i64, ptr %9, align 8, !dbg !117
  %106 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %104, i64 noundef %105), !dbg !118
  ret i32 0, !dbg !119
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @print_u128(i128 noundef %0) #0 !dbg !120 {
  %2 = alloca i128, align 16
  %3 = alloca [48 x i8], align 16
  %4 = alloca i32, align 4
  store i128 %0, ptr %2, align 16
  store i32 0, ptr %4, align 4, !dbg !121
  %5 = load i128, ptr %2, align 16, !dbg !122
  %6 = icmp eq i128 %5, 0, !dbg !123
  br i1 %6, label %7, label %12, !dbg !123

7:                                                ; preds = %1
  %8 = load i32, ptr %4, align 4, !dbg !124
  %9 = add nsw i32 %8, 1, !dbg !124
  store i32 %9, ptr %4, align 4, !dbg !124
  %10 = sext i32 %8 to i64, !dbg !125
  %11 = getelementptr inbounds [48 x i8], ptr %3, i64 0, i64 %10, !dbg !125
  store i8 48, ptr %11, align 1, !dbg !126
  br label %12, !dbg !125

12:                                               ; preds = %7, %1
  br label %13, !dbg !127

13:                                               ; preds = %16, %12
  %14 = load i128, ptr %2, align 16, !dbg !128
  %15 = icmp ne i128 %14, 0, !dbg !127
  br i1 %15, label %16, label %28, !dbg !127

16:                                               ; preds = %13
  %17 = load i128, ptr %2, align 16, !dbg !129
  %18 = urem i128 %17, 10, !dbg !130
  %19 = trunc i128 %18 to i32, !dbg !131
  %20 = add nsw i32 48, %19, !dbg !132
  %21 = trunc i32 %20 to i8, !dbg !133
  %22 = load i32, ptr %4, align 4, !dbg !134
  %23 = add nsw i32 %22, 1, !dbg !134
  store i32 %23, ptr %4, align 4, !dbg !134
  %24 = sext i32 %22 to i64, !dbg !135
  %25 = getelementptr inbounds [48 x i8], ptr %3, i64 0, i64 %24, !dbg !135
  store i8 %21, ptr %25, align 1, !dbg !136
  %26 = load i128, ptr %2, align 16, !dbg !137
  %27 = udiv i128 %26, 10, !dbg !137
  store i128 %27, ptr %2, align 16, !dbg !137
  br label %13, !dbg !127, !llvm.loop !138

28:                                               ; preds = %13
  br label %29, !dbg !140

29:                                               ; preds = %32, %28
  %30 = load i32, ptr %4, align 4, !dbg !141
  %31 = icmp ne i32 %30, 0, !dbg !140
  br i1 %31, label %32, label %40, !dbg !140

32:                                               ; preds = %29
  %33 = load i32, ptr %4, align 4, !dbg !142
  %34 = add nsw i32 %33, -1, !dbg !142
  store i32 %34, ptr %4, align 4, !dbg !142
  %35 = sext i32 %34 to i64, !dbg !143
  %36 = getelementptr inbounds [48 x i8], ptr %3, i64 0, i64 %35, !dbg !143
  %37 = load i8, ptr %36, align 1, !dbg !143
  %38 = sext i8 %37 to i32, !dbg !143
  %39 = call i32 @putchar(i32 noundef %38), !dbg !144
  br label %29, !dbg !140, !llvm.loop !145

40:                                               ; preds = %29
  ret void, !dbg !147
}

declare i32 @putchar(i32 noundef) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @print_i128(i128 noundef %0) #0 !dbg !148 {
  %2 = alloca i128, align 16
  store i128 %0, ptr %2, align 16
  %3 = load i128, ptr %2, align 16, !dbg !149
  %4 = icmp slt i128 %3, 0, !dbg !150
  br i1 %4, label %5, label %9, !dbg !150

5:                                                ; preds = %1
  %6 = call i32 @putchar(i32 noundef 45), !dbg !151
  %7 = load i128, ptr %2, align 16, !dbg !152
  %8 = sub i128 0, %7, !dbg !153
  call void @print_u128(i128 noundef %8), !dbg !154
  br label %11, !dbg !155

9:                                                ; preds = %1
  %10 = load i128, ptr %2, align 16, !dbg !156
  call void @print_u128(i128 noundef %10), !dbg !157
  br label %11

11:                                               ; preds = %9, %5
  ret void, !dbg !158
}

declare i32 @printf(ptr noundef, ...) #1

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "int128.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 21, type: !11, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "int128.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 22, column: 21, scope: !9)
!14 = !DILocation(line: 22, column: 15, scope: !9)
!15 = !DILocation(line: 22, column: 24, scope: !9)
!16 = !DILocation(line: 22, column: 33, scope: !9)
!17 = !DILocation(line: 22, column: 31, scope: !9)
!18 = !DILocation(line: 22, column: 10, scope: !9)
!19 = !DILocation(line: 22, column: 47, scope: !9)
!20 = !DILocation(line: 22, column: 41, scope: !9)
!21 = !DILocation(line: 22, column: 50, scope: !9)
!22 = !DILocation(line: 22, column: 56, scope: !9)
!23 = !DILocation(line: 22, column: 37, scope: !9)
!24 = !DILocation(line: 23, column: 10, scope: !9)
!25 = !DILocation(line: 24, column: 14, scope: !9)
!26 = !DILocation(line: 24, column: 10, scope: !9)
!27 = !DILocation(line: 24, column: 21, scope: !9)
!28 = !DILocation(line: 24, column: 23, scope: !9)
!29 = !DILocation(line: 24, column: 5, scope: !9)
!30 = !DILocation(line: 24, column: 46, scope: !9)
!31 = !DILocation(line: 24, column: 40, scope: !9)
!32 = !DILocation(line: 24, column: 37, scope: !9)
!33 = !DILocation(line: 24, column: 35, scope: !9)
!34 = !DILocation(line: 24, column: 31, scope: !9)
!35 = distinct !{!35, !29, !30, !36}
!36 = !{!"llvm.loop.mustprogress"}
!37 = !DILocation(line: 25, column: 16, scope: !9)
!38 = !DILocation(line: 25, column: 5, scope: !9)
!39 = !DILocation(line: 25, column: 20, scope: !9)
!40 = !DILocation(line: 26, column: 16, scope: !9)
!41 = !DILocation(line: 26, column: 5, scope: !9)
!42 = !DILocation(line: 26, column: 20, scope: !9)
!43 = !DILocation(line: 26, column: 45, scope: !9)
!44 = !DILocation(line: 26, column: 34, scope: !9)
!45 = !DILocation(line: 26, column: 49, scope: !9)
!46 = !DILocation(line: 27, column: 16, scope: !9)
!47 = !DILocation(line: 27, column: 20, scope: !9)
!48 = !DILocation(line: 27, column: 18, scope: !9)
!49 = !DILocation(line: 27, column: 5, scope: !9)
!50 = !DILocation(line: 27, column: 24, scope: !9)
!51 = !DILocation(line: 27, column: 49, scope: !9)
!52 = !DILocation(line: 27, column: 53, scope: !9)
!53 = !DILocation(line: 27, column: 51, scope: !9)
!54 = !DILocation(line: 27, column: 38, scope: !9)
!55 = !DILocation(line: 27, column: 57, scope: !9)
!56 = !DILocation(line: 28, column: 16, scope: !9)
!57 = !DILocation(line: 28, column: 20, scope: !9)
!58 = !DILocation(line: 28, column: 18, scope: !9)
!59 = !DILocation(line: 28, column: 5, scope: !9)
!60 = !DILocation(line: 28, column: 24, scope: !9)
!61 = !DILocation(line: 29, column: 21, scope: !9)
!62 = !DILocation(line: 29, column: 14, scope: !9)
!63 = !DILocation(line: 29, column: 23, scope: !9)
!64 = !DILocation(line: 29, column: 10, scope: !9)
!65 = !DILocation(line: 29, column: 39, scope: !9)
!66 = !DILocation(line: 29, column: 32, scope: !9)
!67 = !DILocation(line: 29, column: 41, scope: !9)
!68 = !DILocation(line: 29, column: 28, scope: !9)
!69 = !DILocation(line: 30, column: 16, scope: !9)
!70 = !DILocation(line: 30, column: 5, scope: !9)
!71 = !DILocation(line: 30, column: 20, scope: !9)
!72 = !DILocation(line: 30, column: 45, scope: !9)
!73 = !DILocation(line: 30, column: 34, scope: !9)
!74 = !DILocation(line: 30, column: 49, scope: !9)
!75 = !DILocation(line: 31, column: 14, scope: !9)
!76 = !DILocation(line: 31, column: 10, scope: !9)
!77 = !DILocation(line: 31, column: 22, scope: !9)
!78 = !DILocation(line: 31, column: 25, scope: !9)
!79 = !DILocation(line: 31, column: 5, scope: !9)
!80 = !DILocation(line: 32, column: 20, scope: !9)
!81 = !DILocation(line: 32, column: 25, scope: !9)
!82 = !DILocation(line: 32, column: 22, scope: !9)
!83 = !DILocation(line: 32, column: 9, scope: !9)
!84 = !DILocation(line: 32, column: 30, scope: !9)
!85 = !DILocation(line: 32, column: 62, scope: !9)
!86 = !DILocation(line: 32, column: 67, scope: !9)
!87 = !DILocation(line: 32, column: 64, scope: !9)
!88 = !DILocation(line: 32, column: 74, scope: !9)
!89 = !DILocation(line: 32, column: 71, scope: !9)
!90 = !DILocation(line: 32, column: 44, scope: !9)
!91 = !DILocation(line: 32, column: 79, scope: !9)
!92 = !DILocation(line: 33, column: 5, scope: !9)
!93 = !DILocation(line: 31, column: 35, scope: !9)
!94 = distinct !{!94, !79, !92, !36}
!95 = !DILocation(line: 34, column: 30, scope: !9)
!96 = !DILocation(line: 34, column: 34, scope: !9)
!97 = !DILocation(line: 34, column: 32, scope: !9)
!98 = !DILocation(line: 34, column: 43, scope: !9)
!99 = !DILocation(line: 34, column: 45, scope: !9)
!100 = !DILocation(line: 34, column: 57, scope: !9)
!101 = !DILocation(line: 34, column: 50, scope: !9)
!102 = !DILocation(line: 34, column: 67, scope: !9)
!103 = !DILocation(line: 34, column: 59, scope: !9)
!104 = !DILocation(line: 34, column: 5, scope: !9)
!105 = !DILocation(line: 35, column: 50, scope: !9)
!106 = !DILocation(line: 35, column: 54, scope: !9)
!107 = !DILocation(line: 35, column: 52, scope: !9)
!108 = !DILocation(line: 35, column: 29, scope: !9)
!109 = !DILocation(line: 35, column: 24, scope: !9)
!110 = !DILocation(line: 35, column: 85, scope: !9)
!111 = !DILocation(line: 35, column: 89, scope: !9)
!112 = !DILocation(line: 35, column: 87, scope: !9)
!113 = !DILocation(line: 35, column: 92, scope: !9)
!114 = !DILocation(line: 35, column: 63, scope: !9)
!115 = !DILocation(line: 35, column: 58, scope: !9)
!116 = !DILocation(line: 36, column: 36, scope: !9)
!117 = !DILocation(line: 36, column: 40, scope: !9)
!118 = !DILocation(line: 36, column: 5, scope: !9)
!119 = !DILocation(line: 37, column: 5, scope: !9)
!120 = distinct !DISubprogram(name: "print_u128", scope: !10, file: !10, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!121 = !DILocation(line: 8, column: 23, scope: !120)
!122 = !DILocation(line: 9, column: 9, scope: !120)
!123 = !DILocation(line: 9, column: 11, scope: !120)
!124 = !DILocation(line: 9, column: 22, scope: !120)
!125 = !DILocation(line: 9, column: 17, scope: !120)
!126 = !DILocation(line: 9, column: 26, scope: !120)
!127 = !DILocation(line: 10, column: 5, scope: !120)
!128 = !DILocation(line: 10, column: 12, scope: !120)
!129 = !DILocation(line: 10, column: 47, scope: !120)
!130 = !DILocation(line: 10, column: 49, scope: !120)
!131 = !DILocation(line: 10, column: 41, scope: !120)
!132 = !DILocation(line: 10, column: 39, scope: !120)
!133 = !DILocation(line: 10, column: 28, scope: !120)
!134 = !DILocation(line: 10, column: 22, scope: !120)
!135 = !DILocation(line: 10, column: 17, scope: !120)
!136 = !DILocation(line: 10, column: 26, scope: !120)
!137 = !DILocation(line: 10, column: 59, scope: !120)
!138 = distinct !{!138, !127, !139, !36}
!139 = !DILocation(line: 10, column: 66, scope: !120)
!140 = !DILocation(line: 11, column: 5, scope: !120)
!141 = !DILocation(line: 11, column: 12, scope: !120)
!142 = !DILocation(line: 11, column: 27, scope: !120)
!143 = !DILocation(line: 11, column: 23, scope: !120)
!144 = !DILocation(line: 11, column: 15, scope: !120)
!145 = distinct !{!145, !140, !146, !36}
!146 = !DILocation(line: 11, column: 31, scope: !120)
!147 = !DILocation(line: 12, column: 1, scope: !120)
!148 = distinct !DISubprogram(name: "print_i128", scope: !10, file: !10, line: 14, type: !11, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!149 = !DILocation(line: 15, column: 9, scope: !148)
!150 = !DILocation(line: 15, column: 11, scope: !148)
!151 = !DILocation(line: 15, column: 18, scope: !148)
!152 = !DILocation(line: 15, column: 59, scope: !148)
!153 = !DILocation(line: 15, column: 51, scope: !148)
!154 = !DILocation(line: 15, column: 32, scope: !148)
!155 = !DILocation(line: 15, column: 63, scope: !148)
!156 = !DILocation(line: 16, column: 27, scope: !148)
!157 = !DILocation(line: 16, column: 10, scope: !148)
!158 = !DILocation(line: 17, column: 1, scope: !148)
