; ModuleID = 'int_widths.c'
source_filename = "int_widths.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@seed = internal global i32 12345, align 4
@.str = private unnamed_addr constant [27 x i8] c"i8=%d u8=%u i16=%d u16=%u\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"i32=%d u32=%u\0A\00", align 1
@.str.2 = private unnamed_addr constant [19 x i8] c"i64=%lld u64=%llu\0A\00", align 1
@.str.3 = private unnamed_addr constant [21 x i8] c"ext %d %u %lld %llu\0A\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"hash=%016llx\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  %5 = alloca i16, align 2
  %6 = alloca i16, align 2
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i8, align 1
  %13 = alloca i8, align 1
  store i32 0, ptr %1, align 4
  store i64 -3750763034362895579, ptr %2, align 8, !dbg !13
  %14 = load volatile i32, ptr @seed, align 4, !dbg !14
  %15 = trunc i32 %14 to i8, !dbg !15
  store i8 %15, ptr %3, align 1, !dbg !16
  %16 = load volatile i32, ptr @seed, align 4, !dbg !17
  %17 = trunc i32 %16 to i8, !dbg !18
  store i8 %17, ptr %4, align 1, !dbg !19
  %18 = load volatile i32, ptr @seed, align 4, !dbg !20
  %19 = mul nsw i32 %18, 3, !dbg !21
  %20 = trunc i32 %19 to i16, !dbg !22
  store i16 %20, ptr %5, align 2, !dbg !23
  %21 = load volatile i32, ptr @seed, align 4, !dbg !24
  %22 = mul nsw i32 %21, 7, !dbg !25
  %23 = trunc i32 %22 to i16, !dbg !26
  store i16 %23, ptr %6, align 2, !dbg !27
  %24 = load volatile i32, ptr @seed, align 4, !dbg !28
  %25 = mul nsw i32 %24, 1001, !dbg !29
  store i32 %25, ptr %7, align 4, !dbg !30
  %26 = load volatile i32, ptr @seed, align 4, !dbg !31
  %27 = mul i32 %26, -1640531535, !dbg !32
  store i32 %27, ptr %8, align 4, !dbg !33
  %28 = load volatile i32, ptr @seed, align 4, !dbg !34
  %29 = sext i32 %28 to i64, !dbg !35
  %30 = mul nsw i64 %29, 1000003, !dbg !36
  store i64 %30, ptr %9, align 8, !dbg !37
  %31 = load volatile i32, ptr @seed, align 4, !dbg !38
  %32 = sext i32 %31 to i64, !dbg !39
  %33 = mul i64 %32, -7046029254386353131, !dbg !40
  store i64 %33, ptr %10, align 8, !dbg !41
  store i32 0, ptr %11, align 4, !dbg !42
  br label %34, !dbg !43

34:                                               ; preds = %115, %0
  %35 = load i32, ptr %11, align 4, !dbg !44
  %36 = icmp slt i32 %35, 200, !dbg !45
  br i1 %36, label %37, label %118, !dbg !46

37:                                               ; preds = %34
  %38 = load i8, ptr %4, align 1, !dbg !47
  %39 = zext i8 %38 to i32, !dbg !47
  %40 = mul nsw i32 %39, 37, !dbg !48
  %41 = add nsw i32 %40, 11, !dbg !49
  %42 = trunc i32 %41 to i8, !dbg !50
  store i8 %42, ptr %4, align 1, !dbg !51
  %43 = load i8, ptr %3, align 1, !dbg !52
  %44 = sext i8 %43 to i32, !dbg !52
  %45 = load i8, ptr %4, align 1, !dbg !53
  %46 = sext i8 %45 to i32, !dbg !54
  %47 = xor i32 %44, %46, !dbg !55
  %48 = trunc i32 %47 to i8, !dbg !56
  store i8 %48, ptr %3, align 1, !dbg !57
  %49 = load i16, ptr %6, align 2, !dbg !58
  %50 = zext i16 %49 to i32, !dbg !58
  %51 = mul nsw i32 %50, 31, !dbg !59
  %52 = load i8, ptr %3, align 1, !dbg !60
  %53 = sext i8 %52 to i16, !dbg !61
  %54 = zext i16 %53 to i32, !dbg !61
  %55 = add nsw i32 %51, %54, !dbg !62
  %56 = trunc i32 %55 to i16, !dbg !63
  store i16 %56, ptr %6, align 2, !dbg !64
  %57 = load i16, ptr %5, align 2, !dbg !65
  %58 = sext i16 %57 to i32, !dbg !65
  %59 = sdiv i32 %58, 3, !dbg !66
  %60 = load i16, ptr %6, align 2, !dbg !67
  %61 = zext i16 %60 to i32, !dbg !67
  %62 = ashr i32 %61, 3, !dbg !68
  %63 = trunc i32 %62 to i16, !dbg !69
  %64 = sext i16 %63 to i32, !dbg !69
  %65 = add nsw i32 %59, %64, !dbg !70
  %66 = trunc i32 %65 to i16, !dbg !71
  store i16 %66, ptr %5, align 2, !dbg !72
  %67 = load i32, ptr %8, align 4, !dbg !73
  %68 = mul i32 %67, 1664525, !dbg !74
  %69 = add i32 %68, 1013904223, !dbg !75
  store i32 %69, ptr %8, align 4, !dbg !76
  %70 = load i32, ptr %8, align 4, !dbg !77
  %71 = lshr i32 %70, 1, !dbg !78
  %72 = load i16, ptr %5, align 2, !dbg !79
  %73 = sext i16 %72 to i32, !dbg !79
  %74 = or i32 %73, 1, !dbg !80
  %75 = sdiv i32 %71, %74, !dbg !81
  store i32 %75, ptr %7, align 4, !dbg !82
  %76 = load i64, ptr %10, align 8, !dbg !83
  %77 = mul i64 %76, 6364136223846793005, !dbg !84
  %78 = add i64 %77, 1442695040888963407, !dbg !85
  store i64 %78, ptr %10, align 8, !dbg !86
  %79 = load i64, ptr %10, align 8, !dbg !87
  %80 = lshr i64 %79, 2, !dbg !88
  %81 = load i32, ptr %7, align 4, !dbg !89
  %82 = sext i32 %81 to i64, !dbg !90
  %83 = or i64 %82, 1, !dbg !91
  %84 = srem i64 %80, %83, !dbg !92
  store i64 %84, ptr %9, align 8, !dbg !93
  %85 = load i64, ptr %2, align 8, !dbg !94
  %86 = load i8, ptr %4, align 1, !dbg !95
  %87 = zext i8 %86 to i64, !dbg !95
  %88 = call i64 @mix(i64 noundef %85, i64 noundef %87), !dbg !96
  store i64 %88, ptr %2, align 8, !dbg !97
  %89 = load i64, ptr %2, align 8, !dbg !98
  %90 = load i8, ptr %3, align 1, !dbg !99
  %91 = sext i8 %90 to i64, !dbg !100
  %92 = call i64 @mix(i64 noundef %89, i64 noundef %91), !dbg !101
  store i64 %92, ptr %2, align 8, !dbg !102
  %93 = load i64, ptr %2, align 8, !dbg !103
  %94 = load i16, ptr %6, align 2, !dbg !104
  %95 = zext i16 %94 to i64, !dbg !104
  %96 = call i64 @mix(i64 noundef %93, i64 noundef %95), !dbg !105
  store i64 %96, ptr %2, align 8, !dbg !106
  %97 = load i64, ptr %2, align 8, !dbg !107
  %98 = load i16, ptr %5, align 2, !dbg !108
  %99 = sext i16 %98 to i64, !dbg !109
  %100 = call i64 @mix(i64 noundef %97, i64 noundef %99), !dbg !110
  store i64 %100, ptr %2, align 8, !dbg !111
  %101 = load i64, ptr %2, align 8, !dbg !112
  %102 = load i32, ptr %8, align 4, !dbg !113
  %103 = zext i32 %102 to i64, !dbg !113
  %104 = call i64 @mix(i64 noundef %101, i64 noundef %103), !dbg !114
  store i64 %104, ptr %2, align 8, !dbg !115
  %105 = load i64, ptr %2, align 8, !dbg !116
  %106 = load i32, ptr %7, align 4, !dbg !117
  %107 = sext i32 %106 to i64, !dbg !118
  %108 = call i64 @mix(i64 noundef %105, i64 noundef %107), !dbg !119
  store i64 %108, ptr %2, align 8, !dbg !120
  %109 = load i64, ptr %2, align 8, !dbg !121
  %110 = load i64, ptr %10, align 8, !dbg !122
  %111 = call i64 @mix(i64 noundef %109, i64 noundef %110), !dbg !123
  store i64 %111, ptr %2, align 8, !dbg !124
  %112 = load i64, ptr %2, align 8, !dbg !125
  %113 = load i64, ptr %9, align 8, !dbg !126
  %114 = call i64 @mix(i64 noundef %112, i64 noundef %113), !dbg !127
  store i64 %114, ptr %2, align 8, !dbg !128
  br label %115, !dbg !129

115:                                              ; preds = %37
  %116 = load i32, ptr %11, align 4, !dbg !130
  %117 = add nsw i32 %116, 1, !dbg !130
  store i32 %117, ptr %11, align 4, !dbg !130
  br label %34, !dbg !46, !llvm.loop !131

118:                                              ; preds = %34
  %119 = load i8, ptr %3, align 1, !dbg !133
  %120 = sext i8 %119 to i32, !dbg !133
  %121 = load i8, ptr %4, align 1, !dbg !134
  %122 = zext i8 %121 to i32, !dbg !134
  %123 = load i16, ptr %5, align 2, !dbg !135
  %124 = sext i16 %123 to i32, !dbg !135
  %125 = load i16, ptr %6, align 2, !dbg !136
  %126 = zext i16 %125 to i32, !dbg !136
  %127 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %120, i32 noundef %122, i32 noundef %124, i32 noundef %126), !dbg !137
  %128 = load i32, ptr %7, align 4, !dbg !138
  %129 = load i32, ptr %8, align 4, !dbg !139
  %130 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %128, i32 noundef %129), !dbg !140
  %131 = load i64, ptr %9, align 8, !dbg !141
  %132 = load i64, ptr %10, align 8, !dbg !142
  %133 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %131, i64 noundef %132), !dbg !143
  store i8 -5, ptr %12, align 1, !dbg !144
  %134 = load i8, ptr %12, align 1, !dbg !145
  store i8 %134, ptr %13, align 1, !dbg !146
  %135 = load i8, ptr %12, align 1, !dbg !147
  %136 = sext i8 %135 to i32, !dbg !148
  %137 = load i8, ptr %13, align 1, !dbg !149
  %138 = zext i8 %137 to i32, !dbg !150
  %139 = load i8, ptr %12, align 1, !dbg !151
  %140 = sext i8 %139 to i64, !dbg !152
  %141 = load i8, ptr %12, align 1, !dbg !153
  %142 = sext i8 %141 to i32, !dbg !154
  %143 = zext i32 %142 to i64, !dbg !155
  %144 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %136, i32 noundef %138, i64 noundef %140, i64 noundef %143), !dbg !156
  %145 = load i64, ptr %2, align 8, !dbg !157
  %146 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %145), !dbg !158
  ret i32 0, !dbg !159
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @mix(i64 noundef %0, i64 noundef %1) #0 !dbg !160 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8, !dbg !161
  %6 = load i64, ptr %4, align 8, !dbg !162
  %7 = xor i64 %5, %6, !dbg !163
  %8 = mul i64 %7, 1099511628211, !dbg !164
  ret i64 %8, !dbg !165
}

declare i32 @printf(ptr noundef, ...) #1

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "int_widths.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 9, type: !11, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "int_widths.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 10, column: 14, scope: !9)
!14 = !DILocation(line: 11, column: 25, scope: !9)
!15 = !DILocation(line: 11, column: 17, scope: !9)
!16 = !DILocation(line: 11, column: 12, scope: !9)
!17 = !DILocation(line: 11, column: 53, scope: !9)
!18 = !DILocation(line: 11, column: 44, scope: !9)
!19 = !DILocation(line: 11, column: 39, scope: !9)
!20 = !DILocation(line: 12, column: 29, scope: !9)
!21 = !DILocation(line: 12, column: 34, scope: !9)
!22 = !DILocation(line: 12, column: 19, scope: !9)
!23 = !DILocation(line: 12, column: 13, scope: !9)
!24 = !DILocation(line: 12, column: 66, scope: !9)
!25 = !DILocation(line: 12, column: 71, scope: !9)
!26 = !DILocation(line: 12, column: 55, scope: !9)
!27 = !DILocation(line: 12, column: 49, scope: !9)
!28 = !DILocation(line: 13, column: 19, scope: !9)
!29 = !DILocation(line: 13, column: 24, scope: !9)
!30 = !DILocation(line: 13, column: 13, scope: !9)
!31 = !DILocation(line: 13, column: 57, scope: !9)
!32 = !DILocation(line: 13, column: 62, scope: !9)
!33 = !DILocation(line: 13, column: 41, scope: !9)
!34 = !DILocation(line: 14, column: 28, scope: !9)
!35 = !DILocation(line: 14, column: 19, scope: !9)
!36 = !DILocation(line: 14, column: 33, scope: !9)
!37 = !DILocation(line: 14, column: 13, scope: !9)
!38 = !DILocation(line: 14, column: 69, scope: !9)
!39 = !DILocation(line: 14, column: 59, scope: !9)
!40 = !DILocation(line: 14, column: 74, scope: !9)
!41 = !DILocation(line: 14, column: 53, scope: !9)
!42 = !DILocation(line: 15, column: 14, scope: !9)
!43 = !DILocation(line: 15, column: 10, scope: !9)
!44 = !DILocation(line: 15, column: 21, scope: !9)
!45 = !DILocation(line: 15, column: 23, scope: !9)
!46 = !DILocation(line: 15, column: 5, scope: !9)
!47 = !DILocation(line: 16, column: 24, scope: !9)
!48 = !DILocation(line: 16, column: 27, scope: !9)
!49 = !DILocation(line: 16, column: 32, scope: !9)
!50 = !DILocation(line: 16, column: 14, scope: !9)
!51 = !DILocation(line: 16, column: 12, scope: !9)
!52 = !DILocation(line: 16, column: 53, scope: !9)
!53 = !DILocation(line: 16, column: 66, scope: !9)
!54 = !DILocation(line: 16, column: 58, scope: !9)
!55 = !DILocation(line: 16, column: 56, scope: !9)
!56 = !DILocation(line: 16, column: 44, scope: !9)
!57 = !DILocation(line: 16, column: 42, scope: !9)
!58 = !DILocation(line: 17, column: 26, scope: !9)
!59 = !DILocation(line: 17, column: 30, scope: !9)
!60 = !DILocation(line: 17, column: 47, scope: !9)
!61 = !DILocation(line: 17, column: 37, scope: !9)
!62 = !DILocation(line: 17, column: 35, scope: !9)
!63 = !DILocation(line: 17, column: 15, scope: !9)
!64 = !DILocation(line: 17, column: 13, scope: !9)
!65 = !DILocation(line: 17, column: 68, scope: !9)
!66 = !DILocation(line: 17, column: 72, scope: !9)
!67 = !DILocation(line: 17, column: 88, scope: !9)
!68 = !DILocation(line: 17, column: 92, scope: !9)
!69 = !DILocation(line: 17, column: 78, scope: !9)
!70 = !DILocation(line: 17, column: 76, scope: !9)
!71 = !DILocation(line: 17, column: 58, scope: !9)
!72 = !DILocation(line: 17, column: 56, scope: !9)
!73 = !DILocation(line: 18, column: 15, scope: !9)
!74 = !DILocation(line: 18, column: 19, scope: !9)
!75 = !DILocation(line: 18, column: 30, scope: !9)
!76 = !DILocation(line: 18, column: 13, scope: !9)
!77 = !DILocation(line: 18, column: 61, scope: !9)
!78 = !DILocation(line: 18, column: 65, scope: !9)
!79 = !DILocation(line: 18, column: 74, scope: !9)
!80 = !DILocation(line: 18, column: 78, scope: !9)
!81 = !DILocation(line: 18, column: 71, scope: !9)
!82 = !DILocation(line: 18, column: 49, scope: !9)
!83 = !DILocation(line: 19, column: 15, scope: !9)
!84 = !DILocation(line: 19, column: 19, scope: !9)
!85 = !DILocation(line: 19, column: 44, scope: !9)
!86 = !DILocation(line: 19, column: 13, scope: !9)
!87 = !DILocation(line: 20, column: 25, scope: !9)
!88 = !DILocation(line: 20, column: 29, scope: !9)
!89 = !DILocation(line: 20, column: 47, scope: !9)
!90 = !DILocation(line: 20, column: 38, scope: !9)
!91 = !DILocation(line: 20, column: 51, scope: !9)
!92 = !DILocation(line: 20, column: 35, scope: !9)
!93 = !DILocation(line: 20, column: 13, scope: !9)
!94 = !DILocation(line: 21, column: 17, scope: !9)
!95 = !DILocation(line: 21, column: 20, scope: !9)
!96 = !DILocation(line: 21, column: 13, scope: !9)
!97 = !DILocation(line: 21, column: 11, scope: !9)
!98 = !DILocation(line: 21, column: 33, scope: !9)
!99 = !DILocation(line: 21, column: 55, scope: !9)
!100 = !DILocation(line: 21, column: 46, scope: !9)
!101 = !DILocation(line: 21, column: 29, scope: !9)
!102 = !DILocation(line: 21, column: 27, scope: !9)
!103 = !DILocation(line: 21, column: 68, scope: !9)
!104 = !DILocation(line: 21, column: 71, scope: !9)
!105 = !DILocation(line: 21, column: 64, scope: !9)
!106 = !DILocation(line: 21, column: 62, scope: !9)
!107 = !DILocation(line: 22, column: 17, scope: !9)
!108 = !DILocation(line: 22, column: 39, scope: !9)
!109 = !DILocation(line: 22, column: 30, scope: !9)
!110 = !DILocation(line: 22, column: 13, scope: !9)
!111 = !DILocation(line: 22, column: 11, scope: !9)
!112 = !DILocation(line: 22, column: 53, scope: !9)
!113 = !DILocation(line: 22, column: 56, scope: !9)
!114 = !DILocation(line: 22, column: 49, scope: !9)
!115 = !DILocation(line: 22, column: 47, scope: !9)
!116 = !DILocation(line: 22, column: 70, scope: !9)
!117 = !DILocation(line: 22, column: 83, scope: !9)
!118 = !DILocation(line: 22, column: 73, scope: !9)
!119 = !DILocation(line: 22, column: 66, scope: !9)
!120 = !DILocation(line: 22, column: 64, scope: !9)
!121 = !DILocation(line: 23, column: 17, scope: !9)
!122 = !DILocation(line: 23, column: 20, scope: !9)
!123 = !DILocation(line: 23, column: 13, scope: !9)
!124 = !DILocation(line: 23, column: 11, scope: !9)
!125 = !DILocation(line: 23, column: 34, scope: !9)
!126 = !DILocation(line: 23, column: 47, scope: !9)
!127 = !DILocation(line: 23, column: 30, scope: !9)
!128 = !DILocation(line: 23, column: 28, scope: !9)
!129 = !DILocation(line: 24, column: 5, scope: !9)
!130 = !DILocation(line: 15, column: 31, scope: !9)
!131 = distinct !{!131, !46, !129, !132}
!132 = !{!"llvm.loop.mustprogress"}
!133 = !DILocation(line: 25, column: 43, scope: !9)
!134 = !DILocation(line: 25, column: 47, scope: !9)
!135 = !DILocation(line: 25, column: 51, scope: !9)
!136 = !DILocation(line: 25, column: 56, scope: !9)
!137 = !DILocation(line: 25, column: 5, scope: !9)
!138 = !DILocation(line: 26, column: 31, scope: !9)
!139 = !DILocation(line: 26, column: 36, scope: !9)
!140 = !DILocation(line: 26, column: 5, scope: !9)
!141 = !DILocation(line: 27, column: 46, scope: !9)
!142 = !DILocation(line: 27, column: 71, scope: !9)
!143 = !DILocation(line: 27, column: 5, scope: !9)
!144 = !DILocation(line: 29, column: 12, scope: !9)
!145 = !DILocation(line: 29, column: 42, scope: !9)
!146 = !DILocation(line: 29, column: 28, scope: !9)
!147 = !DILocation(line: 30, column: 42, scope: !9)
!148 = !DILocation(line: 30, column: 37, scope: !9)
!149 = !DILocation(line: 30, column: 55, scope: !9)
!150 = !DILocation(line: 30, column: 45, scope: !9)
!151 = !DILocation(line: 30, column: 70, scope: !9)
!152 = !DILocation(line: 30, column: 59, scope: !9)
!153 = !DILocation(line: 30, column: 103, scope: !9)
!154 = !DILocation(line: 30, column: 93, scope: !9)
!155 = !DILocation(line: 30, column: 73, scope: !9)
!156 = !DILocation(line: 30, column: 5, scope: !9)
!157 = !DILocation(line: 31, column: 50, scope: !9)
!158 = !DILocation(line: 31, column: 5, scope: !9)
!159 = !DILocation(line: 32, column: 5, scope: !9)
!160 = distinct !DISubprogram(name: "mix", scope: !10, file: !10, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!161 = !DILocation(line: 7, column: 55, scope: !160)
!162 = !DILocation(line: 7, column: 59, scope: !160)
!163 = !DILocation(line: 7, column: 57, scope: !160)
!164 = !DILocation(line: 7, column: 62, scope: !160)
!165 = !DILocation(line: 7, column: 47, scope: !160)
