; ModuleID = 'bit_tricks.c'
source_filename = "bit_tricks.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [22 x i8] c"popcount mismatch %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"acc=%016llx\0A\00", align 1
@.str.2 = private unnamed_addr constant [41 x i8] c"bswap16=%04x clz32=%d ctz32=%d pop32=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [30 x i8] c"low=%u pow2=%u abs=%d sgn=%d\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i16, align 2
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i64 81985529216486895, ptr %2, align 8, !dbg !13
  store i64 0, ptr %3, align 8, !dbg !14
  store i32 0, ptr %4, align 4, !dbg !15
  br label %13, !dbg !16

13:                                               ; preds = %104, %0
  %14 = load i32, ptr %4, align 4, !dbg !17
  %15 = icmp slt i32 %14, 64, !dbg !18
  br i1 %15, label %16, label %107, !dbg !19

16:                                               ; preds = %13
  %17 = load i64, ptr %2, align 8, !dbg !20
  %18 = load i32, ptr %4, align 4, !dbg !21
  %19 = add nsw i32 %18, 1, !dbg !22
  %20 = sext i32 %19 to i64, !dbg !23
  %21 = mul i64 %17, %20, !dbg !24
  %22 = load i64, ptr %2, align 8, !dbg !25
  %23 = load i32, ptr %4, align 4, !dbg !26
  %24 = zext i32 %23 to i64, !dbg !27
  %25 = lshr i64 %22, %24, !dbg !27
  %26 = xor i64 %21, %25, !dbg !28
  store i64 %26, ptr %5, align 8, !dbg !29
  %27 = load i64, ptr %5, align 8, !dbg !30
  %28 = call i64 @llvm.ctpop.i64(i64 %27), !dbg !31
  %29 = trunc i64 %28 to i32, !dbg !31
  store i32 %29, ptr %6, align 4, !dbg !32
  %30 = load i64, ptr %5, align 8, !dbg !33
  %31 = icmp ne i64 %30, 0, !dbg !33
  br i1 %31, label %32, label %36, !dbg !33

32:                                               ; preds = %16
  %33 = load i64, ptr %5, align 8, !dbg !34
  %34 = call i64 @llvm.ctlz.i64(i64 %33, i1 true), !dbg !35
  %35 = trunc i64 %34 to i32, !dbg !35
  br label %37, !dbg !33

36:                                               ; preds = %16
  br label %37, !dbg !33

37:                                               ; preds = %36, %32
  %38 = phi i32 [ %35, %32 ], [ 64, %36 ], !dbg !33
  store i32 %38, ptr %7, align 4, !dbg !36
  %39 = load i64, ptr %5, align 8, !dbg !37
  %40 = icmp ne i64 %39, 0, !dbg !37
  br i1 %40, label %41, label %45, !dbg !37

41:                                               ; preds = %37
  %42 = load i64, ptr %5, align 8, !dbg !38
  %43 = call i64 @llvm.cttz.i64(i64 %42, i1 true), !dbg !39
  %44 = trunc i64 %43 to i32, !dbg !39
  br label %46, !dbg !37

45:                                               ; preds = %37
  br label %46, !dbg !37

46:                                               ; preds = %45, %41
  %47 = phi i32 [ %44, %41 ], [ 64, %45 ], !dbg !37
  store i32 %47, ptr %8, align 4, !dbg !40
  %48 = load i32, ptr %6, align 4, !dbg !41
  %49 = load i64, ptr %5, align 8, !dbg !42
  %50 = call i32 @popcount_naive(i64 noundef %49), !dbg !43
  %51 = icmp ne i32 %48, %50, !dbg !44
  br i1 %51, label %52, label %55, !dbg !44

52:                                               ; preds = %46
  %53 = load i32, ptr %4, align 4, !dbg !45
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %53), !dbg !46
  br label %55, !dbg !46

55:                                               ; preds = %52, %46
  %56 = load i64, ptr %3, align 8, !dbg !47
  %57 = mul i64 %56, 31, !dbg !48
  %58 = load i32, ptr %6, align 4, !dbg !49
  %59 = mul nsw i32 %58, 10000, !dbg !50
  %60 = load i32, ptr %7, align 4, !dbg !51
  %61 = mul nsw i32 %60, 100, !dbg !52
  %62 = add nsw i32 %59, %61, !dbg !53
  %63 = load i32, ptr %8, align 4, !dbg !54
  %64 = add nsw i32 %62, %63, !dbg !55
  %65 = sext i32 %64 to i64, !dbg !56
  %66 = add i64 %57, %65, !dbg !57
  store i64 %66, ptr %3, align 8, !dbg !58
  %67 = load i64, ptr %5, align 8, !dbg !59
  %68 = load i32, ptr %4, align 4, !dbg !60
  %69 = call i64 @rotr64(i64 noundef %67, i32 noundef %68), !dbg !61
  %70 = load i64, ptr %5, align 8, !dbg !62
  %71 = trunc i64 %70 to i32, !dbg !63
  %72 = load i32, ptr %4, align 4, !dbg !64
  %73 = and i32 %72, 31, !dbg !65
  %74 = call i32 @rotl32(i32 noundef %71, i32 noundef %73), !dbg !66
  %75 = zext i32 %74 to i64, !dbg !66
  %76 = add i64 %69, %75, !dbg !67
  %77 = load i64, ptr %3, align 8, !dbg !68
  %78 = xor i64 %77, %76, !dbg !68
  store i64 %78, ptr %3, align 8, !dbg !68
  %79 = load i64, ptr %5, align 8, !dbg !69
  %80 = call i64 @llvm.bswap.i64(i64 %79), !dbg !70
  %81 = load i64, ptr %5, align 8, !dbg !71
  %82 = lshr i64 %81, 32, !dbg !72
  %83 = trunc i64 %82 to i32, !dbg !73
  %84 = call i32 @rev32(i32 noundef %83), !dbg !74
  %85 = zext i32 %84 to i64, !dbg !74
  %86 = xor i64 %80, %85, !dbg !75
  %87 = load i64, ptr %3, align 8, !dbg !76
  %88 = add i64 %87, %86, !dbg !76
  store i64 %88, ptr %3, align 8, !dbg !76
  %89 = load i64, ptr %5, align 8, !dbg !77
  %90 = call i64 @llvm.ctpop.i64(i64 %89), !dbg !78
  %91 = and i64 %90, 1, !dbg !78
  %92 = trunc i64 %91 to i32, !dbg !78
  %93 = sext i32 %92 to i64, !dbg !79
  %94 = load i64, ptr %5, align 8, !dbg !80
  %95 = call i64 @llvm.cttz.i64(i64 %94, i1 true), !dbg !81
  %96 = add i64 %95, 1, !dbg !81
  %97 = icmp eq i64 %94, 0, !dbg !81
  %98 = select i1 %97, i64 0, i64 %96, !dbg !81
  %99 = trunc i64 %98 to i32, !dbg !81
  %100 = sext i32 %99 to i64, !dbg !82
  %101 = add i64 %93, %100, !dbg !83
  %102 = load i64, ptr %3, align 8, !dbg !84
  %103 = add i64 %102, %101, !dbg !84
  store i64 %103, ptr %3, align 8, !dbg !84
  br label %104, !dbg !85

104:                                              ; preds = %55
  %105 = load i32, ptr %4, align 4, !dbg !86
  %106 = add nsw i32 %105, 1, !dbg !86
  store i32 %106, ptr %4, align 4, !dbg !86
  br label %13, !dbg !19, !llvm.loop !87

107:                                              ; preds = %13
  %108 = load i64, ptr %3, align 8, !dbg !89
  %109 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %108), !dbg !90
  store i16 -21555, ptr %9, align 2, !dbg !91
  %110 = load i16, ptr %9, align 2, !dbg !92
  %111 = call i16 @llvm.bswap.i16(i16 %110), !dbg !93
  %112 = zext i16 %111 to i32, !dbg !93
  %113 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %112, i32 noundef 8, i32 noundef 20, i32 noundef 24), !dbg !94
  store i32 1000, ptr %10, align 4, !dbg !95
  %114 = load i32, ptr %10, align 4, !dbg !96
  %115 = sub i32 %114, 1, !dbg !97
  store i32 %115, ptr %11, align 4, !dbg !98
  %116 = load i32, ptr %11, align 4, !dbg !99
  %117 = lshr i32 %116, 1, !dbg !100
  %118 = load i32, ptr %11, align 4, !dbg !101
  %119 = or i32 %118, %117, !dbg !101
  store i32 %119, ptr %11, align 4, !dbg !101
  %120 = load i32, ptr %11, align 4, !dbg !102
  %121 = lshr i32 %120, 2, !dbg !103
  %122 = load i32, ptr %11, align 4, !dbg !104
  %123 = or i32 %122, %121, !dbg !104
  store i32 %123, ptr %11, align 4, !dbg !104
  %124 = load i32, ptr %11, align 4, !dbg !105
  %125 = lshr i32 %124, 4, !dbg !106
  %126 = load i32, ptr %11, align 4, !dbg !107
  %127 = or i32 %126, %125, !dbg !107
  store i32 %127, ptr %11, align 4, !dbg !107
  %128 = load i32, ptr %11, align 4, !dbg !108
  %129 = lshr i32 %128, 8, !dbg !109
  %130 = load i32, ptr %11, align 4, !dbg !110
  %131 = or i32 %130, %129, !dbg !110
  store i32 %131, ptr %11, align 4, !dbg !110
  %132 = load i32, ptr %11, align 4, !dbg !111
  %133 = lshr i32 %132, 16, !dbg !112
  %134 = load i32, ptr %11, align 4, !dbg !113
  %135 = or i32 %134, %133, !dbg !113
  store i32 %135, ptr %11, align 4, !dbg !113
  %136 = load i32, ptr %11, align 4, !dbg !114
  %137 = add i32 %136, 1, !dbg !114
  store i32 %137, ptr %11, align 4, !dbg !114
  store i32 -77, ptr %12, align 4, !dbg !115
  %138 = load i32, ptr %10, align 4, !dbg !116
  %139 = load i32, ptr %10, align 4, !dbg !117
  %140 = sub i32 0, %139, !dbg !118
  %141 = and i32 %138, %140, !dbg !119
  %142 = load i32, ptr %11, align 4, !dbg !120
  %143 = load i32, ptr %12, align 4, !dbg !121
  %144 = load i32, ptr %12, align 4, !dbg !122
  %145 = ashr i32 %144, 31, !dbg !123
  %146 = xor i32 %143, %145, !dbg !124
  %147 = load i32, ptr %12, align 4, !dbg !125
  %148 = ashr i32 %147, 31, !dbg !126
  %149 = sub nsw i32 %146, %148, !dbg !127
  %150 = load i32, ptr %12, align 4, !dbg !128
  %151 = icmp sgt i32 %150, 0, !dbg !129
  %152 = zext i1 %151 to i32, !dbg !129
  %153 = load i32, ptr %12, align 4, !dbg !130
  %154 = icmp slt i32 %153, 0, !dbg !131
  %155 = zext i1 %154 to i32, !dbg !131
  %156 = sub nsw i32 %152, %155, !dbg !132
  %157 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %141, i32 noundef %142, i32 noundef %149, i32 noundef %156), !dbg !133
  ret i32 0, !dbg !134
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.cttz.i64(i64, i1 immarg) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @popcount_naive(i64 noundef %0) #0 !dbg !135 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  store i64 %0, ptr %2, align 8
  store i32 0, ptr %3, align 4, !dbg !136
  br label %4, !dbg !137

4:                                                ; preds = %7, %1
  %5 = load i64, ptr %2, align 8, !dbg !138
  %6 = icmp ne i64 %5, 0, !dbg !137
  br i1 %6, label %7, label %14, !dbg !137

7:                                                ; preds = %4
  %8 = load i64, ptr %2, align 8, !dbg !139
  %9 = sub i64 %8, 1, !dbg !140
  %10 = load i64, ptr %2, align 8, !dbg !141
  %11 = and i64 %10, %9, !dbg !141
  store i64 %11, ptr %2, align 8, !dbg !141
  %12 = load i32, ptr %3, align 4, !dbg !142
  %13 = add nsw i32 %12, 1, !dbg !142
  store i32 %13, ptr %3, align 4, !dbg !142
  br label %4, !dbg !137, !llvm.loop !143

14:                                               ; preds = %4
  %15 = load i32, ptr %3, align 4, !dbg !145
  ret i32 %15, !dbg !146
}

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @rotr64(i64 noundef %0, i32 noundef %1) #0 !dbg !147 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store i64 %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i64, ptr %3, align 8, !dbg !148
  %6 = load i32, ptr %4, align 4, !dbg !149
  %7 = zext i32 %6 to i64, !dbg !150
  %8 = lshr i64 %5, %7, !dbg !150
  %9 = load i64, ptr %3, align 8, !dbg !151
  %10 = load i32, ptr %4, align 4, !dbg !152
  %11 = sub nsw i32 64, %10, !dbg !153
  %12 = and i32 %11, 63, !dbg !154
  %13 = zext i32 %12 to i64, !dbg !155
  %14 = shl i64 %9, %13, !dbg !155
  %15 = or i64 %8, %14, !dbg !156
  ret i64 %15, !dbg !157
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @rotl32(i32 noundef %0, i32 noundef %1) #0 !dbg !158 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4, !dbg !159
  %6 = load i32, ptr %4, align 4, !dbg !160
  %7 = shl i32 %5, %6, !dbg !161
  %8 = load i32, ptr %3, align 4, !dbg !162
  %9 = load i32, ptr %4, align 4, !dbg !163
  %10 = sub nsw i32 32, %9, !dbg !164
  %11 = and i32 %10, 31, !dbg !165
  %12 = lshr i32 %8, %11, !dbg !166
  %13 = or i32 %7, %12, !dbg !167
  ret i32 %13, !dbg !168
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.bswap.i64(i64) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @rev32(i32 noundef %0) #0 !dbg !169 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4, !dbg !170
  %4 = lshr i32 %3, 1, !dbg !171
  %5 = and i32 %4, 1431655765, !dbg !172
  %6 = load i32, ptr %2, align 4, !dbg !173
  %7 = and i32 %6, 1431655765, !dbg !174
  %8 = shl i32 %7, 1, !dbg !175
  %9 = or i32 %5, %8, !dbg !176
  store i32 %9, ptr %2, align 4, !dbg !177
  %10 = load i32, ptr %2, align 4, !dbg !178
  %11 = lshr i32 %10, 2, !dbg !179
  %12 = and i32 %11, 858993459, !dbg !180
  %13 = load i32, ptr %2, align 4, !dbg !181
  %14 = and i32 %13, 858993459, !dbg !182
  %15 = shl i32 %14, 2, !dbg !183
  %16 = or i32 %12, %15, !dbg !184
  store i32 %16, ptr %2, align 4, !dbg !185
  %17 = load i32, ptr %2, align 4, !dbg !186
  %18 = lshr i32 %17, 4, !dbg !187
  %19 = and i32 %18, 252645135, !dbg !188
  %20 = load i32, ptr %2, align 4, !dbg !189
  %21 = and i32 %20, 252645135, !dbg !190
  %22 = shl i32 %21, 4, !dbg !191
  %23 = or i32 %19, %22, !dbg !192
  store i32 %23, ptr %2, align 4, !dbg !193
  %24 = load i32, ptr %2, align 4, !dbg !194
  %25 = call i32 @llvm.bswap.i32(i32 %24), !dbg !195
  ret i32 %25, !dbg !196
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i16 @llvm.bswap.i16(i16) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.bswap.i32(i32) #1

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "bit_tricks.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 17, type: !11, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "bit_tricks.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 18, column: 14, scope: !9)
!14 = !DILocation(line: 18, column: 41, scope: !9)
!15 = !DILocation(line: 19, column: 14, scope: !9)
!16 = !DILocation(line: 19, column: 10, scope: !9)
!17 = !DILocation(line: 19, column: 21, scope: !9)
!18 = !DILocation(line: 19, column: 23, scope: !9)
!19 = !DILocation(line: 19, column: 5, scope: !9)
!20 = !DILocation(line: 20, column: 22, scope: !9)
!21 = !DILocation(line: 20, column: 37, scope: !9)
!22 = !DILocation(line: 20, column: 39, scope: !9)
!23 = !DILocation(line: 20, column: 26, scope: !9)
!24 = !DILocation(line: 20, column: 24, scope: !9)
!25 = !DILocation(line: 20, column: 47, scope: !9)
!26 = !DILocation(line: 20, column: 52, scope: !9)
!27 = !DILocation(line: 20, column: 49, scope: !9)
!28 = !DILocation(line: 20, column: 44, scope: !9)
!29 = !DILocation(line: 20, column: 18, scope: !9)
!30 = !DILocation(line: 21, column: 39, scope: !9)
!31 = !DILocation(line: 21, column: 18, scope: !9)
!32 = !DILocation(line: 21, column: 13, scope: !9)
!33 = !DILocation(line: 22, column: 18, scope: !9)
!34 = !DILocation(line: 22, column: 38, scope: !9)
!35 = !DILocation(line: 22, column: 22, scope: !9)
!36 = !DILocation(line: 22, column: 13, scope: !9)
!37 = !DILocation(line: 23, column: 18, scope: !9)
!38 = !DILocation(line: 23, column: 38, scope: !9)
!39 = !DILocation(line: 23, column: 22, scope: !9)
!40 = !DILocation(line: 23, column: 13, scope: !9)
!41 = !DILocation(line: 24, column: 13, scope: !9)
!42 = !DILocation(line: 24, column: 34, scope: !9)
!43 = !DILocation(line: 24, column: 19, scope: !9)
!44 = !DILocation(line: 24, column: 16, scope: !9)
!45 = !DILocation(line: 24, column: 71, scope: !9)
!46 = !DILocation(line: 24, column: 38, scope: !9)
!47 = !DILocation(line: 25, column: 15, scope: !9)
!48 = !DILocation(line: 25, column: 19, scope: !9)
!49 = !DILocation(line: 25, column: 37, scope: !9)
!50 = !DILocation(line: 25, column: 40, scope: !9)
!51 = !DILocation(line: 25, column: 50, scope: !9)
!52 = !DILocation(line: 25, column: 53, scope: !9)
!53 = !DILocation(line: 25, column: 48, scope: !9)
!54 = !DILocation(line: 25, column: 61, scope: !9)
!55 = !DILocation(line: 25, column: 59, scope: !9)
!56 = !DILocation(line: 25, column: 26, scope: !9)
!57 = !DILocation(line: 25, column: 24, scope: !9)
!58 = !DILocation(line: 25, column: 13, scope: !9)
!59 = !DILocation(line: 26, column: 23, scope: !9)
!60 = !DILocation(line: 26, column: 26, scope: !9)
!61 = !DILocation(line: 26, column: 16, scope: !9)
!62 = !DILocation(line: 26, column: 48, scope: !9)
!63 = !DILocation(line: 26, column: 38, scope: !9)
!64 = !DILocation(line: 26, column: 51, scope: !9)
!65 = !DILocation(line: 26, column: 53, scope: !9)
!66 = !DILocation(line: 26, column: 31, scope: !9)
!67 = !DILocation(line: 26, column: 29, scope: !9)
!68 = !DILocation(line: 26, column: 13, scope: !9)
!69 = !DILocation(line: 27, column: 34, scope: !9)
!70 = !DILocation(line: 27, column: 16, scope: !9)
!71 = !DILocation(line: 27, column: 56, scope: !9)
!72 = !DILocation(line: 27, column: 58, scope: !9)
!73 = !DILocation(line: 27, column: 45, scope: !9)
!74 = !DILocation(line: 27, column: 39, scope: !9)
!75 = !DILocation(line: 27, column: 37, scope: !9)
!76 = !DILocation(line: 27, column: 13, scope: !9)
!77 = !DILocation(line: 28, column: 45, scope: !9)
!78 = !DILocation(line: 28, column: 26, scope: !9)
!79 = !DILocation(line: 28, column: 16, scope: !9)
!80 = !DILocation(line: 28, column: 87, scope: !9)
!81 = !DILocation(line: 28, column: 60, scope: !9)
!82 = !DILocation(line: 28, column: 50, scope: !9)
!83 = !DILocation(line: 28, column: 48, scope: !9)
!84 = !DILocation(line: 28, column: 13, scope: !9)
!85 = !DILocation(line: 29, column: 5, scope: !9)
!86 = !DILocation(line: 19, column: 30, scope: !9)
!87 = distinct !{!87, !19, !85, !88}
!88 = !{!"llvm.loop.mustprogress"}
!89 = !DILocation(line: 30, column: 49, scope: !9)
!90 = !DILocation(line: 30, column: 5, scope: !9)
!91 = !DILocation(line: 31, column: 14, scope: !9)
!92 = !DILocation(line: 32, column: 75, scope: !9)
!93 = !DILocation(line: 32, column: 57, scope: !9)
!94 = !DILocation(line: 32, column: 5, scope: !9)
!95 = !DILocation(line: 35, column: 14, scope: !9)
!96 = !DILocation(line: 36, column: 18, scope: !9)
!97 = !DILocation(line: 36, column: 20, scope: !9)
!98 = !DILocation(line: 36, column: 14, scope: !9)
!99 = !DILocation(line: 36, column: 30, scope: !9)
!100 = !DILocation(line: 36, column: 32, scope: !9)
!101 = !DILocation(line: 36, column: 27, scope: !9)
!102 = !DILocation(line: 36, column: 43, scope: !9)
!103 = !DILocation(line: 36, column: 45, scope: !9)
!104 = !DILocation(line: 36, column: 40, scope: !9)
!105 = !DILocation(line: 36, column: 56, scope: !9)
!106 = !DILocation(line: 36, column: 58, scope: !9)
!107 = !DILocation(line: 36, column: 53, scope: !9)
!108 = !DILocation(line: 36, column: 69, scope: !9)
!109 = !DILocation(line: 36, column: 71, scope: !9)
!110 = !DILocation(line: 36, column: 66, scope: !9)
!111 = !DILocation(line: 36, column: 82, scope: !9)
!112 = !DILocation(line: 36, column: 84, scope: !9)
!113 = !DILocation(line: 36, column: 79, scope: !9)
!114 = !DILocation(line: 36, column: 92, scope: !9)
!115 = !DILocation(line: 37, column: 13, scope: !9)
!116 = !DILocation(line: 38, column: 46, scope: !9)
!117 = !DILocation(line: 38, column: 51, scope: !9)
!118 = !DILocation(line: 38, column: 50, scope: !9)
!119 = !DILocation(line: 38, column: 48, scope: !9)
!120 = !DILocation(line: 38, column: 54, scope: !9)
!121 = !DILocation(line: 38, column: 58, scope: !9)
!122 = !DILocation(line: 38, column: 63, scope: !9)
!123 = !DILocation(line: 38, column: 65, scope: !9)
!124 = !DILocation(line: 38, column: 60, scope: !9)
!125 = !DILocation(line: 38, column: 76, scope: !9)
!126 = !DILocation(line: 38, column: 78, scope: !9)
!127 = !DILocation(line: 38, column: 73, scope: !9)
!128 = !DILocation(line: 38, column: 87, scope: !9)
!129 = !DILocation(line: 38, column: 89, scope: !9)
!130 = !DILocation(line: 38, column: 97, scope: !9)
!131 = !DILocation(line: 38, column: 99, scope: !9)
!132 = !DILocation(line: 38, column: 94, scope: !9)
!133 = !DILocation(line: 38, column: 5, scope: !9)
!134 = !DILocation(line: 39, column: 5, scope: !9)
!135 = distinct !DISubprogram(name: "popcount_naive", scope: !10, file: !10, line: 15, type: !11, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!136 = !DILocation(line: 15, column: 45, scope: !135)
!137 = !DILocation(line: 15, column: 52, scope: !135)
!138 = !DILocation(line: 15, column: 59, scope: !135)
!139 = !DILocation(line: 15, column: 69, scope: !135)
!140 = !DILocation(line: 15, column: 71, scope: !135)
!141 = !DILocation(line: 15, column: 66, scope: !135)
!142 = !DILocation(line: 15, column: 77, scope: !135)
!143 = distinct !{!143, !137, !144, !88}
!144 = !DILocation(line: 15, column: 81, scope: !135)
!145 = !DILocation(line: 15, column: 90, scope: !135)
!146 = !DILocation(line: 15, column: 83, scope: !135)
!147 = distinct !DISubprogram(name: "rotr64", scope: !10, file: !10, line: 6, type: !11, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!148 = !DILocation(line: 6, column: 53, scope: !147)
!149 = !DILocation(line: 6, column: 58, scope: !147)
!150 = !DILocation(line: 6, column: 55, scope: !147)
!151 = !DILocation(line: 6, column: 64, scope: !147)
!152 = !DILocation(line: 6, column: 76, scope: !147)
!153 = !DILocation(line: 6, column: 74, scope: !147)
!154 = !DILocation(line: 6, column: 79, scope: !147)
!155 = !DILocation(line: 6, column: 66, scope: !147)
!156 = !DILocation(line: 6, column: 61, scope: !147)
!157 = !DILocation(line: 6, column: 45, scope: !147)
!158 = distinct !DISubprogram(name: "rotl32", scope: !10, file: !10, line: 5, type: !11, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!159 = !DILocation(line: 5, column: 53, scope: !158)
!160 = !DILocation(line: 5, column: 58, scope: !158)
!161 = !DILocation(line: 5, column: 55, scope: !158)
!162 = !DILocation(line: 5, column: 64, scope: !158)
!163 = !DILocation(line: 5, column: 76, scope: !158)
!164 = !DILocation(line: 5, column: 74, scope: !158)
!165 = !DILocation(line: 5, column: 79, scope: !158)
!166 = !DILocation(line: 5, column: 66, scope: !158)
!167 = !DILocation(line: 5, column: 61, scope: !158)
!168 = !DILocation(line: 5, column: 45, scope: !158)
!169 = distinct !DISubprogram(name: "rev32", scope: !10, file: !10, line: 8, type: !11, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!170 = !DILocation(line: 9, column: 11, scope: !169)
!171 = !DILocation(line: 9, column: 13, scope: !169)
!172 = !DILocation(line: 9, column: 19, scope: !169)
!173 = !DILocation(line: 9, column: 38, scope: !169)
!174 = !DILocation(line: 9, column: 40, scope: !169)
!175 = !DILocation(line: 9, column: 55, scope: !169)
!176 = !DILocation(line: 9, column: 34, scope: !169)
!177 = !DILocation(line: 9, column: 7, scope: !169)
!178 = !DILocation(line: 10, column: 11, scope: !169)
!179 = !DILocation(line: 10, column: 13, scope: !169)
!180 = !DILocation(line: 10, column: 19, scope: !169)
!181 = !DILocation(line: 10, column: 38, scope: !169)
!182 = !DILocation(line: 10, column: 40, scope: !169)
!183 = !DILocation(line: 10, column: 55, scope: !169)
!184 = !DILocation(line: 10, column: 34, scope: !169)
!185 = !DILocation(line: 10, column: 7, scope: !169)
!186 = !DILocation(line: 11, column: 11, scope: !169)
!187 = !DILocation(line: 11, column: 13, scope: !169)
!188 = !DILocation(line: 11, column: 19, scope: !169)
!189 = !DILocation(line: 11, column: 38, scope: !169)
!190 = !DILocation(line: 11, column: 40, scope: !169)
!191 = !DILocation(line: 11, column: 55, scope: !169)
!192 = !DILocation(line: 11, column: 34, scope: !169)
!193 = !DILocation(line: 11, column: 7, scope: !169)
!194 = !DILocation(line: 12, column: 30, scope: !169)
!195 = !DILocation(line: 12, column: 12, scope: !169)
!196 = !DILocation(line: 12, column: 5, scope: !169)
