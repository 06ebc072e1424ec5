; ModuleID = 'divmod_shifts.c'
source_filename = "divmod_shifts.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vdiv = internal global [11 x i32] [i32 1, i32 2, i32 3, i32 7, i32 10, i32 -1, i32 -3, i32 -7, i32 16, i32 1000, i32 -65536], align 16
@.str = private unnamed_addr constant [20 x i8] c"sum=%lld usum=%llu\0A\00", align 1
@.str.1 = private unnamed_addr constant [25 x i8] c"64: %lld %lld %llu %llu\0A\00", align 1
@.str.2 = private unnamed_addr constant [16 x i8] c"shifts=%016llx\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i64 0, ptr %2, align 8, !dbg !13
  store i64 0, ptr %3, align 8, !dbg !14
  store i32 -1000, ptr %4, align 4, !dbg !15
  br label %14, !dbg !16

14:                                               ; preds = %93, %0
  %15 = load i32, ptr %4, align 4, !dbg !17
  %16 = icmp sle i32 %15, 1000, !dbg !18
  br i1 %16, label %17, label %96, !dbg !19

17:                                               ; preds = %14
  %18 = load i32, ptr %4, align 4, !dbg !20
  %19 = sdiv i32 %18, 3, !dbg !21
  %20 = load i32, ptr %4, align 4, !dbg !22
  %21 = srem i32 %20, 3, !dbg !23
  %22 = add nsw i32 %19, %21, !dbg !24
  %23 = load i32, ptr %4, align 4, !dbg !25
  %24 = sdiv i32 %23, 8, !dbg !26
  %25 = add nsw i32 %22, %24, !dbg !27
  %26 = load i32, ptr %4, align 4, !dbg !28
  %27 = srem i32 %26, 8, !dbg !29
  %28 = add nsw i32 %25, %27, !dbg !30
  %29 = load i32, ptr %4, align 4, !dbg !31
  %30 = sdiv i32 %29, -5, !dbg !32
  %31 = add nsw i32 %28, %30, !dbg !33
  %32 = load i32, ptr %4, align 4, !dbg !34
  %33 = srem i32 %32, -5, !dbg !35
  %34 = add nsw i32 %31, %33, !dbg !36
  %35 = load i32, ptr %4, align 4, !dbg !37
  %36 = sdiv i32 %35, 1000, !dbg !38
  %37 = add nsw i32 %34, %36, !dbg !39
  %38 = sext i32 %37 to i64, !dbg !20
  %39 = load i64, ptr %2, align 8, !dbg !40
  %40 = add nsw i64 %39, %38, !dbg !40
  store i64 %40, ptr %2, align 8, !dbg !40
  %41 = load i32, ptr %4, align 4, !dbg !41
  store i32 %41, ptr %5, align 4, !dbg !42
  %42 = load i32, ptr %5, align 4, !dbg !43
  %43 = udiv i32 %42, 3, !dbg !44
  %44 = load i32, ptr %5, align 4, !dbg !45
  %45 = urem i32 %44, 3, !dbg !46
  %46 = add i32 %43, %45, !dbg !47
  %47 = load i32, ptr %5, align 4, !dbg !48
  %48 = udiv i32 %47, 8, !dbg !49
  %49 = add i32 %46, %48, !dbg !50
  %50 = load i32, ptr %5, align 4, !dbg !51
  %51 = urem i32 %50, 8, !dbg !52
  %52 = add i32 %49, %51, !dbg !53
  %53 = load i32, ptr %5, align 4, !dbg !54
  %54 = udiv i32 %53, 1000000007, !dbg !55
  %55 = add i32 %52, %54, !dbg !56
  %56 = zext i32 %55 to i64, !dbg !43
  %57 = load i64, ptr %3, align 8, !dbg !57
  %58 = add i64 %57, %56, !dbg !57
  store i64 %58, ptr %3, align 8, !dbg !57
  store i32 0, ptr %6, align 4, !dbg !58
  br label %59, !dbg !59

59:                                               ; preds = %89, %17
  %60 = load i32, ptr %6, align 4, !dbg !60
  %61 = zext i32 %60 to i64, !dbg !60
  %62 = icmp ult i64 %61, 11, !dbg !61
  br i1 %62, label %63, label %92, !dbg !62

63:                                               ; preds = %59
  %64 = load i32, ptr %6, align 4, !dbg !63
  %65 = zext i32 %64 to i64, !dbg !64
  %66 = getelementptr inbounds nuw [11 x i32], ptr @vdiv, i64 0, i64 %65, !dbg !64
  %67 = load volatile i32, ptr %66, align 4, !dbg !64
  store i32 %67, ptr %7, align 4, !dbg !65
  %68 = load i32, ptr %4, align 4, !dbg !66
  %69 = load i32, ptr %7, align 4, !dbg !67
  %70 = sdiv i32 %68, %69, !dbg !68
  %71 = mul nsw i32 %70, 7, !dbg !69
  %72 = load i32, ptr %4, align 4, !dbg !70
  %73 = load i32, ptr %7, align 4, !dbg !71
  %74 = srem i32 %72, %73, !dbg !72
  %75 = add nsw i32 %71, %74, !dbg !73
  %76 = sext i32 %75 to i64, !dbg !66
  %77 = load i64, ptr %2, align 8, !dbg !74
  %78 = add nsw i64 %77, %76, !dbg !74
  store i64 %78, ptr %2, align 8, !dbg !74
  %79 = load i32, ptr %5, align 4, !dbg !75
  %80 = load i32, ptr %7, align 4, !dbg !76
  %81 = udiv i32 %79, %80, !dbg !77
  %82 = load i32, ptr %5, align 4, !dbg !78
  %83 = load i32, ptr %7, align 4, !dbg !79
  %84 = urem i32 %82, %83, !dbg !80
  %85 = add i32 %81, %84, !dbg !81
  %86 = zext i32 %85 to i64, !dbg !75
  %87 = load i64, ptr %3, align 8, !dbg !82
  %88 = add i64 %87, %86, !dbg !82
  store i64 %88, ptr %3, align 8, !dbg !82
  br label %89, !dbg !83

89:                                               ; preds = %63
  %90 = load i32, ptr %6, align 4, !dbg !84
  %91 = add i32 %90, 1, !dbg !84
  store i32 %91, ptr %6, align 4, !dbg !84
  br label %59, !dbg !62, !llvm.loop !85

92:                                               ; preds = %59
  br label %93, !dbg !87

93:                                               ; preds = %92
  %94 = load i32, ptr %4, align 4, !dbg !88
  %95 = add nsw i32 %94, 7, !dbg !88
  store i32 %95, ptr %4, align 4, !dbg !88
  br label %14, !dbg !19, !llvm.loop !89

96:                                               ; preds = %14
  %97 = load i64, ptr %2, align 8, !dbg !90
  %98 = load i64, ptr %3, align 8, !dbg !91
  %99 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %97, i64 noundef %98), !dbg !92
  store i64 -9000000000000000000, ptr %8, align 8, !dbg !93
  store i64 -446744073709551616, ptr %9, align 8, !dbg !94
  %100 = load i64, ptr %8, align 8, !dbg !95
  %101 = sdiv i64 %100, 12345, !dbg !96
  %102 = load i64, ptr %8, align 8, !dbg !97
  %103 = srem i64 %102, 12345, !dbg !98
  %104 = load i64, ptr %9, align 8, !dbg !99
  %105 = udiv i64 %104, 12345, !dbg !100
  %106 = load i64, ptr %9, align 8, !dbg !101
  %107 = urem i64 %106, 12345, !dbg !102
  %108 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %101, i64 noundef %103, i64 noundef %105, i64 noundef %107), !dbg !103
  store i64 0, ptr %10, align 8, !dbg !104
  store i32 0, ptr %11, align 4, !dbg !105
  br label %109, !dbg !106

109:                                              ; preds = %160, %96
  %110 = load i32, ptr %11, align 4, !dbg !107
  %111 = icmp slt i32 %110, 32, !dbg !108
  br i1 %111, label %112, label %163, !dbg !109

112:                                              ; preds = %109
  store i32 -123456789, ptr %12, align 4, !dbg !110
  store i32 -559038737, ptr %13, align 4, !dbg !111
  %113 = load i64, ptr %10, align 8, !dbg !112
  %114 = mul i64 %113, 131, !dbg !113
  %115 = load i32, ptr %12, align 4, !dbg !114
  %116 = load i32, ptr %11, align 4, !dbg !115
  %117 = ashr i32 %115, %116, !dbg !116
  %118 = zext i32 %117 to i64, !dbg !117
  %119 = add i64 %114, %118, !dbg !118
  %120 = load i32, ptr %13, align 4, !dbg !119
  %121 = load i32, ptr %11, align 4, !dbg !120
  %122 = lshr i32 %120, %121, !dbg !121
  %123 = zext i32 %122 to i64, !dbg !122
  %124 = add i64 %119, %123, !dbg !123
  %125 = load i32, ptr %13, align 4, !dbg !124
  %126 = load i32, ptr %11, align 4, !dbg !125
  %127 = shl i32 %125, %126, !dbg !126
  %128 = zext i32 %127 to i64, !dbg !127
  %129 = add i64 %124, %128, !dbg !128
  store i64 %129, ptr %10, align 8, !dbg !129
  %130 = load i32, ptr %12, align 4, !dbg !130
  %131 = sext i32 %130 to i64, !dbg !131
  %132 = load i32, ptr %11, align 4, !dbg !132
  %133 = mul nsw i32 %132, 2, !dbg !133
  %134 = zext i32 %133 to i64, !dbg !134
  %135 = ashr i64 %131, %134, !dbg !134
  %136 = load i32, ptr %13, align 4, !dbg !135
  %137 = zext i32 %136 to i64, !dbg !136
  %138 = load i32, ptr %11, align 4, !dbg !137
  %139 = mul nsw i32 %138, 2, !dbg !138
  %140 = srem i32 %139, 64, !dbg !139
  %141 = zext i32 %140 to i64, !dbg !140
  %142 = shl i64 %137, %141, !dbg !140
  %143 = add i64 %135, %142, !dbg !141
  %144 = load i64, ptr %10, align 8, !dbg !142
  %145 = xor i64 %144, %143, !dbg !142
  store i64 %145, ptr %10, align 8, !dbg !142
  %146 = load i32, ptr %11, align 4, !dbg !143
  %147 = and i32 %146, 7, !dbg !144
  %148 = ashr i32 241, %147, !dbg !145
  %149 = trunc i32 %148 to i8, !dbg !146
  %150 = zext i8 %149 to i32, !dbg !146
  %151 = load i32, ptr %11, align 4, !dbg !147
  %152 = and i32 %151, 15, !dbg !148
  %153 = ashr i32 -300, %152, !dbg !149
  %154 = trunc i32 %153 to i16, !dbg !150
  %155 = zext i16 %154 to i32, !dbg !150
  %156 = add nsw i32 %150, %155, !dbg !151
  %157 = sext i32 %156 to i64, !dbg !146
  %158 = load i64, ptr %10, align 8, !dbg !152
  %159 = add i64 %158, %157, !dbg !152
  store i64 %159, ptr %10, align 8, !dbg !152
  br label %160, !dbg !153

160:                                              ; preds = %112
  %161 = load i32, ptr %11, align 4, !dbg !154
  %162 = add nsw i32 %161, 1, !dbg !154
  store i32 %162, ptr %11, align 4, !dbg !154
  br label %109, !dbg !109, !llvm.loop !155

163:                                              ; preds = %109
  %164 = load i64, ptr %10, align 8, !dbg !156
  %165 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %164), !dbg !157
  ret i32 0, !dbg !158
}

declare i32 @printf(ptr noundef, ...) #1

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "divmod_shifts.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "divmod_shifts.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 8, column: 13, scope: !9)
!14 = !DILocation(line: 8, column: 31, scope: !9)
!15 = !DILocation(line: 9, column: 14, scope: !9)
!16 = !DILocation(line: 9, column: 10, scope: !9)
!17 = !DILocation(line: 9, column: 25, scope: !9)
!18 = !DILocation(line: 9, column: 27, scope: !9)
!19 = !DILocation(line: 9, column: 5, scope: !9)
!20 = !DILocation(line: 10, column: 16, scope: !9)
!21 = !DILocation(line: 10, column: 18, scope: !9)
!22 = !DILocation(line: 10, column: 24, scope: !9)
!23 = !DILocation(line: 10, column: 26, scope: !9)
!24 = !DILocation(line: 10, column: 22, scope: !9)
!25 = !DILocation(line: 10, column: 32, scope: !9)
!26 = !DILocation(line: 10, column: 34, scope: !9)
!27 = !DILocation(line: 10, column: 30, scope: !9)
!28 = !DILocation(line: 10, column: 40, scope: !9)
!29 = !DILocation(line: 10, column: 42, scope: !9)
!30 = !DILocation(line: 10, column: 38, scope: !9)
!31 = !DILocation(line: 10, column: 48, scope: !9)
!32 = !DILocation(line: 10, column: 50, scope: !9)
!33 = !DILocation(line: 10, column: 46, scope: !9)
!34 = !DILocation(line: 10, column: 57, scope: !9)
!35 = !DILocation(line: 10, column: 59, scope: !9)
!36 = !DILocation(line: 10, column: 55, scope: !9)
!37 = !DILocation(line: 10, column: 66, scope: !9)
!38 = !DILocation(line: 10, column: 68, scope: !9)
!39 = !DILocation(line: 10, column: 64, scope: !9)
!40 = !DILocation(line: 10, column: 13, scope: !9)
!41 = !DILocation(line: 11, column: 32, scope: !9)
!42 = !DILocation(line: 11, column: 18, scope: !9)
!43 = !DILocation(line: 12, column: 17, scope: !9)
!44 = !DILocation(line: 12, column: 19, scope: !9)
!45 = !DILocation(line: 12, column: 25, scope: !9)
!46 = !DILocation(line: 12, column: 27, scope: !9)
!47 = !DILocation(line: 12, column: 23, scope: !9)
!48 = !DILocation(line: 12, column: 33, scope: !9)
!49 = !DILocation(line: 12, column: 35, scope: !9)
!50 = !DILocation(line: 12, column: 31, scope: !9)
!51 = !DILocation(line: 12, column: 41, scope: !9)
!52 = !DILocation(line: 12, column: 43, scope: !9)
!53 = !DILocation(line: 12, column: 39, scope: !9)
!54 = !DILocation(line: 12, column: 49, scope: !9)
!55 = !DILocation(line: 12, column: 51, scope: !9)
!56 = !DILocation(line: 12, column: 47, scope: !9)
!57 = !DILocation(line: 12, column: 14, scope: !9)
!58 = !DILocation(line: 13, column: 23, scope: !9)
!59 = !DILocation(line: 13, column: 14, scope: !9)
!60 = !DILocation(line: 13, column: 30, scope: !9)
!61 = !DILocation(line: 13, column: 32, scope: !9)
!62 = !DILocation(line: 13, column: 9, scope: !9)
!63 = !DILocation(line: 14, column: 26, scope: !9)
!64 = !DILocation(line: 14, column: 21, scope: !9)
!65 = !DILocation(line: 14, column: 17, scope: !9)
!66 = !DILocation(line: 15, column: 20, scope: !9)
!67 = !DILocation(line: 15, column: 24, scope: !9)
!68 = !DILocation(line: 15, column: 22, scope: !9)
!69 = !DILocation(line: 15, column: 26, scope: !9)
!70 = !DILocation(line: 15, column: 32, scope: !9)
!71 = !DILocation(line: 15, column: 36, scope: !9)
!72 = !DILocation(line: 15, column: 34, scope: !9)
!73 = !DILocation(line: 15, column: 30, scope: !9)
!74 = !DILocation(line: 15, column: 17, scope: !9)
!75 = !DILocation(line: 16, column: 21, scope: !9)
!76 = !DILocation(line: 16, column: 35, scope: !9)
!77 = !DILocation(line: 16, column: 23, scope: !9)
!78 = !DILocation(line: 16, column: 39, scope: !9)
!79 = !DILocation(line: 16, column: 53, scope: !9)
!80 = !DILocation(line: 16, column: 41, scope: !9)
!81 = !DILocation(line: 16, column: 37, scope: !9)
!82 = !DILocation(line: 16, column: 18, scope: !9)
!83 = !DILocation(line: 17, column: 9, scope: !9)
!84 = !DILocation(line: 13, column: 65, scope: !9)
!85 = distinct !{!85, !62, !83, !86}
!86 = !{!"llvm.loop.mustprogress"}
!87 = !DILocation(line: 18, column: 5, scope: !9)
!88 = !DILocation(line: 9, column: 38, scope: !9)
!89 = distinct !{!89, !19, !87, !86}
!90 = !DILocation(line: 19, column: 47, scope: !9)
!91 = !DILocation(line: 19, column: 72, scope: !9)
!92 = !DILocation(line: 19, column: 5, scope: !9)
!93 = !DILocation(line: 20, column: 13, scope: !9)
!94 = !DILocation(line: 20, column: 52, scope: !9)
!95 = !DILocation(line: 21, column: 53, scope: !9)
!96 = !DILocation(line: 21, column: 57, scope: !9)
!97 = !DILocation(line: 21, column: 79, scope: !9)
!98 = !DILocation(line: 21, column: 83, scope: !9)
!99 = !DILocation(line: 22, column: 33, scope: !9)
!100 = !DILocation(line: 22, column: 38, scope: !9)
!101 = !DILocation(line: 22, column: 69, scope: !9)
!102 = !DILocation(line: 22, column: 74, scope: !9)
!103 = !DILocation(line: 21, column: 5, scope: !9)
!104 = !DILocation(line: 23, column: 14, scope: !9)
!105 = !DILocation(line: 24, column: 14, scope: !9)
!106 = !DILocation(line: 24, column: 10, scope: !9)
!107 = !DILocation(line: 24, column: 21, scope: !9)
!108 = !DILocation(line: 24, column: 23, scope: !9)
!109 = !DILocation(line: 24, column: 5, scope: !9)
!110 = !DILocation(line: 25, column: 17, scope: !9)
!111 = !DILocation(line: 25, column: 44, scope: !9)
!112 = !DILocation(line: 26, column: 14, scope: !9)
!113 = !DILocation(line: 26, column: 17, scope: !9)
!114 = !DILocation(line: 26, column: 46, scope: !9)
!115 = !DILocation(line: 26, column: 53, scope: !9)
!116 = !DILocation(line: 26, column: 50, scope: !9)
!117 = !DILocation(line: 26, column: 25, scope: !9)
!118 = !DILocation(line: 26, column: 23, scope: !9)
!119 = !DILocation(line: 26, column: 59, scope: !9)
!120 = !DILocation(line: 26, column: 66, scope: !9)
!121 = !DILocation(line: 26, column: 63, scope: !9)
!122 = !DILocation(line: 26, column: 58, scope: !9)
!123 = !DILocation(line: 26, column: 56, scope: !9)
!124 = !DILocation(line: 26, column: 92, scope: !9)
!125 = !DILocation(line: 26, column: 99, scope: !9)
!126 = !DILocation(line: 26, column: 96, scope: !9)
!127 = !DILocation(line: 26, column: 71, scope: !9)
!128 = !DILocation(line: 26, column: 69, scope: !9)
!129 = !DILocation(line: 26, column: 12, scope: !9)
!130 = !DILocation(line: 27, column: 35, scope: !9)
!131 = !DILocation(line: 27, column: 26, scope: !9)
!132 = !DILocation(line: 27, column: 43, scope: !9)
!133 = !DILocation(line: 27, column: 45, scope: !9)
!134 = !DILocation(line: 27, column: 39, scope: !9)
!135 = !DILocation(line: 27, column: 64, scope: !9)
!136 = !DILocation(line: 27, column: 54, scope: !9)
!137 = !DILocation(line: 27, column: 72, scope: !9)
!138 = !DILocation(line: 27, column: 74, scope: !9)
!139 = !DILocation(line: 27, column: 78, scope: !9)
!140 = !DILocation(line: 27, column: 68, scope: !9)
!141 = !DILocation(line: 27, column: 51, scope: !9)
!142 = !DILocation(line: 27, column: 12, scope: !9)
!143 = !DILocation(line: 28, column: 43, scope: !9)
!144 = !DILocation(line: 28, column: 45, scope: !9)
!145 = !DILocation(line: 28, column: 39, scope: !9)
!146 = !DILocation(line: 28, column: 15, scope: !9)
!147 = !DILocation(line: 28, column: 82, scope: !9)
!148 = !DILocation(line: 28, column: 84, scope: !9)
!149 = !DILocation(line: 28, column: 78, scope: !9)
!150 = !DILocation(line: 28, column: 53, scope: !9)
!151 = !DILocation(line: 28, column: 51, scope: !9)
!152 = !DILocation(line: 28, column: 12, scope: !9)
!153 = !DILocation(line: 29, column: 5, scope: !9)
!154 = !DILocation(line: 24, column: 30, scope: !9)
!155 = distinct !{!155, !109, !153, !86}
!156 = !DILocation(line: 30, column: 52, scope: !9)
!157 = !DILocation(line: 30, column: 5, scope: !9)
!158 = !DILocation(line: 31, column: 5, scope: !9)
