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

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
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
  call void @llvm.lifetime.start.p0(ptr %2) #3, !dbg !17
  store i64 -3750763034362895579, ptr %2, align 8, !dbg !18, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #3, !dbg !21
  %14 = load volatile i32, ptr @seed, align 4, !dbg !22, !tbaa !9
  %15 = trunc i32 %14 to i8, !dbg !23
  store i8 %15, ptr %3, align 1, !dbg !24, !tbaa !25
  call void @llvm.lifetime.start.p0(ptr %4) #3, !dbg !26
  %16 = load volatile i32, ptr @seed, align 4, !dbg !27, !tbaa !9
  %17 = trunc i32 %16 to i8, !dbg !28
  store i8 %17, ptr %4, align 1, !dbg !29, !tbaa !25
  call void @llvm.lifetime.start.p0(ptr %5) #3, !dbg !30
  %18 = load volatile i32, ptr @seed, align 4, !dbg !31, !tbaa !9
  %19 = mul nsw i32 %18, 3, !dbg !32
  %20 = trunc i32 %19 to i16, !dbg !33
  store i16 %20, ptr %5, align 2, !dbg !34, !tbaa !35
  call void @llvm.lifetime.start.p0(ptr %6) #3, !dbg !37
  %21 = load volatile i32, ptr @seed, align 4, !dbg !38, !tbaa !9
  %22 = mul nsw i32 %21, 7, !dbg !39
  %23 = trunc i32 %22 to i16, !dbg !40
  store i16 %23, ptr %6, align 2, !dbg !41, !tbaa !35
  call void @llvm.lifetime.start.p0(ptr %7) #3, !dbg !42
  %24 = load volatile i32, ptr @seed, align 4, !dbg !43, !tbaa !9
  %25 = mul nsw i32 %24, 1001, !dbg !44
  store i32 %25, ptr %7, align 4, !dbg !45, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #3, !dbg !46
  %26 = load volatile i32, ptr @seed, align 4, !dbg !47, !tbaa !9
  %27 = mul i32 %26, -1640531535, !dbg !48
  store i32 %27, ptr %8, align 4, !dbg !49, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #3, !dbg !50
  %28 = load volatile i32, ptr @seed, align 4, !dbg !51, !tbaa !9
  %29 = sext i32 %28 to i64, !dbg !52
  %30 = mul nsw i64 %29, 1000003, !dbg !53
  store i64 %30, ptr %9, align 8, !dbg !54, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %10) #3, !dbg !55
  %31 = load volatile i32, ptr @seed, align 4, !dbg !56, !tbaa !9
  %32 = sext i32 %31 to i64, !dbg !57
  %33 = mul i64 %32, -7046029254386353131, !dbg !58
  store i64 %33, ptr %10, align 8, !dbg !59, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %11) #3, !dbg !60
  store i32 0, ptr %11, align 4, !dbg !61, !tbaa !9
  br label %34, !dbg !60

34:                                               ; preds = %116, %0
  %35 = load i32, ptr %11, align 4, !dbg !62, !tbaa !9
  %36 = icmp slt i32 %35, 200, !dbg !63
  br i1 %36, label %38, label %37, !dbg !64

37:                                               ; preds = %34
  call void @llvm.lifetime.end.p0(ptr %11) #3, !dbg !65
  br label %119

38:                                               ; preds = %34
  %39 = load i8, ptr %4, align 1, !dbg !66, !tbaa !25
  %40 = zext i8 %39 to i32, !dbg !66
  %41 = mul nsw i32 %40, 37, !dbg !67
  %42 = add nsw i32 %41, 11, !dbg !68
  %43 = trunc i32 %42 to i8, !dbg !69
  store i8 %43, ptr %4, align 1, !dbg !70, !tbaa !25
  %44 = load i8, ptr %3, align 1, !dbg !71, !tbaa !25
  %45 = sext i8 %44 to i32, !dbg !71
  %46 = load i8, ptr %4, align 1, !dbg !72, !tbaa !25
  %47 = sext i8 %46 to i32, !dbg !73
  %48 = xor i32 %45, %47, !dbg !74
  %49 = trunc i32 %48 to i8, !dbg !75
  store i8 %49, ptr %3, align 1, !dbg !76, !tbaa !25
  %50 = load i16, ptr %6, align 2, !dbg !77, !tbaa !35
  %51 = zext i16 %50 to i32, !dbg !77
  %52 = mul nsw i32 %51, 31, !dbg !78
  %53 = load i8, ptr %3, align 1, !dbg !79, !tbaa !25
  %54 = sext i8 %53 to i16, !dbg !80
  %55 = zext i16 %54 to i32, !dbg !80
  %56 = add nsw i32 %52, %55, !dbg !81
  %57 = trunc i32 %56 to i16, !dbg !82
  store i16 %57, ptr %6, align 2, !dbg !83, !tbaa !35
  %58 = load i16, ptr %5, align 2, !dbg !84, !tbaa !35
  %59 = sext i16 %58 to i32, !dbg !84
  %60 = sdiv i32 %59, 3, !dbg !85
  %61 = load i16, ptr %6, align 2, !dbg !86, !tbaa !35
  %62 = zext i16 %61 to i32, !dbg !86
  %63 = ashr i32 %62, 3, !dbg !87
  %64 = trunc i32 %63 to i16, !dbg !88
  %65 = sext i16 %64 to i32, !dbg !88
  %66 = add nsw i32 %60, %65, !dbg !89
  %67 = trunc i32 %66 to i16, !dbg !90
  store i16 %67, ptr %5, align 2, !dbg !91, !tbaa !35
  %68 = load i32, ptr %8, align 4, !dbg !92, !tbaa !9
  %69 = mul i32 %68, 1664525, !dbg !93
  %70 = add i32 %69, 1013904223, !dbg !94
  store i32 %70, ptr %8, align 4, !dbg !95, !tbaa !9
  %71 = load i32, ptr %8, align 4, !dbg !96, !tbaa !9
  %72 = lshr i32 %71, 1, !dbg !97
  %73 = load i16, ptr %5, align 2, !dbg !98, !tbaa !35
  %74 = sext i16 %73 to i32, !dbg !98
  %75 = or i32 %74, 1, !dbg !99
  %76 = sdiv i32 %72, %75, !dbg !100
  store i32 %76, ptr %7, align 4, !dbg !101, !tbaa !9
  %77 = load i64, ptr %10, align 8, !dbg !102, !tbaa !19
  %78 = mul i64 %77, 6364136223846793005, !dbg !103
  %79 = add i64 %78, 1442695040888963407, !dbg !104
  store i64 %79, ptr %10, align 8, !dbg !105, !tbaa !19
  %80 = load i64, ptr %10, align 8, !dbg !106, !tbaa !19
  %81 = lshr i64 %80, 2, !dbg !107
  %82 = load i32, ptr %7, align 4, !dbg !108, !tbaa !9
  %83 = sext i32 %82 to i64, !dbg !109
  %84 = or i64 %83, 1, !dbg !110
  %85 = srem i64 %81, %84, !dbg !111
  store i64 %85, ptr %9, align 8, !dbg !112, !tbaa !19
  %86 = load i64, ptr %2, align 8, !dbg !113, !tbaa !19
  %87 = load i8, ptr %4, align 1, !dbg !114, !tbaa !25
  %88 = zext i8 %87 to i64, !dbg !114
  %89 = call i64 @mix(i64 noundef %86, i64 noundef %88), !dbg !115
  store i64 %89, ptr %2, align 8, !dbg !116, !tbaa !19
  %90 = load i64, ptr %2, align 8, !dbg !117, !tbaa !19
  %91 = load i8, ptr %3, align 1, !dbg !118, !tbaa !25
  %92 = sext i8 %91 to i64, !dbg !119
  %93 = call i64 @mix(i64 noundef %90, i64 noundef %92), !dbg !120
  store i64 %93, ptr %2, align 8, !dbg !121, !tbaa !19
  %94 = load i64, ptr %2, align 8, !dbg !122, !tbaa !19
  %95 = load i16, ptr %6, align 2, !dbg !123, !tbaa !35
  %96 = zext i16 %95 to i64, !dbg !123
  %97 = call i64 @mix(i64 noundef %94, i64 noundef %96), !dbg !124
  store i64 %97, ptr %2, align 8, !dbg !125, !tbaa !19
  %98 = load i64, ptr %2, align 8, !dbg !126, !tbaa !19
  %99 = load i16, ptr %5, align 2, !dbg !127, !tbaa !35
  %100 = sext i16 %99 to i64, !dbg !128
  %101 = call i64 @mix(i64 noundef %98, i64 noundef %100), !dbg !129
  store i64 %101, ptr %2, align 8, !dbg !130, !tbaa !19
  %102 = load i64, ptr %2, align 8, !dbg !131, !tbaa !19
  %103 = load i32, ptr %8, align 4, !dbg !132, !tbaa !9
  %104 = zext i32 %103 to i64, !dbg !132
  %105 = call i64 @mix(i64 noundef %102, i64 noundef %104), !dbg !133
  store i64 %105, ptr %2, align 8, !dbg !134, !tbaa !19
  %106 = load i64, ptr %2, align 8, !dbg !135, !tbaa !19
  %107 = load i32, ptr %7, align 4, !dbg !136, !tbaa !9
  %108 = sext i32 %107 to i64, !dbg !137
  %109 = call i64 @mix(i64 noundef %106, i64 noundef %108), !dbg !138
  store i64 %109, ptr %2, align 8, !dbg !139, !tbaa !19
  %110 = load i64, ptr %2, align 8, !dbg !140, !tbaa !19
  %111 = load i64, ptr %10, align 8, !dbg !141, !tbaa !19
  %112 = call i64 @mix(i64 noundef %110, i64 noundef %111), !dbg !142
  store i64 %112, ptr %2, align 8, !dbg !143, !tbaa !19
  %113 = load i64, ptr %2, align 8, !dbg !144, !tbaa !19
  %114 = load i64, ptr %9, align 8, !dbg !145, !tbaa !19
  %115 = call i64 @mix(i64 noundef %113, i64 noundef %114), !dbg !146
  store i64 %115, ptr %2, align 8, !dbg !147, !tbaa !19
  br label %116, !dbg !148

116:                                              ; preds = %38
  %117 = load i32, ptr %11, align 4, !dbg !149, !tbaa !9
  %118 = add nsw i32 %117, 1, !dbg !150
  store i32 %118, ptr %11, align 4, !dbg !151, !tbaa !9
  br label %34, !dbg !65, !llvm.loop !152

119:                                              ; preds = %37
  %120 = load i8, ptr %3, align 1, !dbg !155, !tbaa !25
  %121 = sext i8 %120 to i32, !dbg !155
  %122 = load i8, ptr %4, align 1, !dbg !156, !tbaa !25
  %123 = zext i8 %122 to i32, !dbg !156
  %124 = load i16, ptr %5, align 2, !dbg !157, !tbaa !35
  %125 = sext i16 %124 to i32, !dbg !157
  %126 = load i16, ptr %6, align 2, !dbg !158, !tbaa !35
  %127 = zext i16 %126 to i32, !dbg !158
  %128 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %121, i32 noundef %123, i32 noundef %125, i32 noundef %127), !dbg !159
  %129 = load i32, ptr %7, align 4, !dbg !160, !tbaa !9
  %130 = load i32, ptr %8, align 4, !dbg !161, !tbaa !9
  %131 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %129, i32 noundef %130), !dbg !162
  %132 = load i64, ptr %9, align 8, !dbg !163, !tbaa !19
  %133 = load i64, ptr %10, align 8, !dbg !164, !tbaa !19
  %134 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %132, i64 noundef %133), !dbg !165
  call void @llvm.lifetime.start.p0(ptr %12) #3, !dbg !166
  store i8 -5, ptr %12, align 1, !dbg !167, !tbaa !25
  call void @llvm.lifetime.start.p0(ptr %13) #3, !dbg !168
  %135 = load i8, ptr %12, align 1, !dbg !169, !tbaa !25
  store i8 %135, ptr %13, align 1, !dbg !170, !tbaa !25
  %136 = load i8, ptr %12, align 1, !dbg !171, !tbaa !25
  %137 = sext i8 %136 to i32, !dbg !172
  %138 = load i8, ptr %13, align 1, !dbg !173, !tbaa !25
  %139 = zext i8 %138 to i32, !dbg !174
  %140 = load i8, ptr %12, align 1, !dbg !175, !tbaa !25
  %141 = sext i8 %140 to i64, !dbg !176
  %142 = load i8, ptr %12, align 1, !dbg !177, !tbaa !25
  %143 = sext i8 %142 to i32, !dbg !178
  %144 = zext i32 %143 to i64, !dbg !179
  %145 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %137, i32 noundef %139, i64 noundef %141, i64 noundef %144), !dbg !180
  %146 = load i64, ptr %2, align 8, !dbg !181, !tbaa !19
  %147 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %146), !dbg !182
  call void @llvm.lifetime.end.p0(ptr %13) #3, !dbg !183
  call void @llvm.lifetime.end.p0(ptr %12) #3, !dbg !183
  call void @llvm.lifetime.end.p0(ptr %10) #3, !dbg !183
  call void @llvm.lifetime.end.p0(ptr %9) #3, !dbg !183
  call void @llvm.lifetime.end.p0(ptr %8) #3, !dbg !183
  call void @llvm.lifetime.end.p0(ptr %7) #3, !dbg !183
  call void @llvm.lifetime.end.p0(ptr %6) #3, !dbg !183
  call void @llvm.lifetime.end.p0(ptr %5) #3, !dbg !183
  call void @llvm.lifetime.end.p0(ptr %4) #3, !dbg !183
  call void @llvm.lifetime.end.p0(ptr %3) #3, !dbg !183
  call void @llvm.lifetime.end.p0(ptr %2) #3, !dbg !183
  ret i32 0, !dbg !184
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal i64 @mix(i64 noundef %0, i64 noundef %1) #0 !dbg !185 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !19
  store i64 %1, ptr %4, align 8, !tbaa !19
  %5 = load i64, ptr %3, align 8, !dbg !186, !tbaa !19
  %6 = load i64, ptr %4, align 8, !dbg !187, !tbaa !19
  %7 = xor i64 %5, %6, !dbg !188
  %8 = mul i64 %7, 1099511628211, !dbg !189
  ret i64 %8, !dbg !190
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !191 i32 @printf(ptr noundef, ...) #2

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "int_widths.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 9, type: !15, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "int_widths.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 10, column: 5, scope: !13)
!18 = !DILocation(line: 10, column: 14, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !{!20, !20, i64 0}
!20 = !{!"long", !11, i64 0}
!21 = !DILocation(line: 11, column: 5, scope: !13)
!22 = !DILocation(line: 11, column: 25, scope: !13, atomGroup: 2, atomRank: 3)
!23 = !DILocation(line: 11, column: 17, scope: !13, atomGroup: 2, atomRank: 2)
!24 = !DILocation(line: 11, column: 12, scope: !13, atomGroup: 2, atomRank: 1)
!25 = !{!11, !11, i64 0}
!26 = !DILocation(line: 11, column: 31, scope: !13)
!27 = !DILocation(line: 11, column: 53, scope: !13, atomGroup: 3, atomRank: 3)
!28 = !DILocation(line: 11, column: 44, scope: !13, atomGroup: 3, atomRank: 2)
!29 = !DILocation(line: 11, column: 39, scope: !13, atomGroup: 3, atomRank: 1)
!30 = !DILocation(line: 12, column: 5, scope: !13)
!31 = !DILocation(line: 12, column: 29, scope: !13)
!32 = !DILocation(line: 12, column: 34, scope: !13, atomGroup: 4, atomRank: 3)
!33 = !DILocation(line: 12, column: 19, scope: !13, atomGroup: 4, atomRank: 2)
!34 = !DILocation(line: 12, column: 13, scope: !13, atomGroup: 4, atomRank: 1)
!35 = !{!36, !36, i64 0}
!36 = !{!"short", !11, i64 0}
!37 = !DILocation(line: 12, column: 40, scope: !13)
!38 = !DILocation(line: 12, column: 66, scope: !13)
!39 = !DILocation(line: 12, column: 71, scope: !13, atomGroup: 5, atomRank: 3)
!40 = !DILocation(line: 12, column: 55, scope: !13, atomGroup: 5, atomRank: 2)
!41 = !DILocation(line: 12, column: 49, scope: !13, atomGroup: 5, atomRank: 1)
!42 = !DILocation(line: 13, column: 5, scope: !13)
!43 = !DILocation(line: 13, column: 19, scope: !13)
!44 = !DILocation(line: 13, column: 24, scope: !13, atomGroup: 6, atomRank: 2)
!45 = !DILocation(line: 13, column: 13, scope: !13, atomGroup: 6, atomRank: 1)
!46 = !DILocation(line: 13, column: 32, scope: !13)
!47 = !DILocation(line: 13, column: 57, scope: !13)
!48 = !DILocation(line: 13, column: 62, scope: !13, atomGroup: 7, atomRank: 2)
!49 = !DILocation(line: 13, column: 41, scope: !13, atomGroup: 7, atomRank: 1)
!50 = !DILocation(line: 14, column: 5, scope: !13)
!51 = !DILocation(line: 14, column: 28, scope: !13)
!52 = !DILocation(line: 14, column: 19, scope: !13)
!53 = !DILocation(line: 14, column: 33, scope: !13, atomGroup: 8, atomRank: 2)
!54 = !DILocation(line: 14, column: 13, scope: !13, atomGroup: 8, atomRank: 1)
!55 = !DILocation(line: 14, column: 44, scope: !13)
!56 = !DILocation(line: 14, column: 69, scope: !13)
!57 = !DILocation(line: 14, column: 59, scope: !13)
!58 = !DILocation(line: 14, column: 74, scope: !13, atomGroup: 9, atomRank: 2)
!59 = !DILocation(line: 14, column: 53, scope: !13, atomGroup: 9, atomRank: 1)
!60 = !DILocation(line: 15, column: 10, scope: !13)
!61 = !DILocation(line: 15, column: 14, scope: !13, atomGroup: 10, atomRank: 1)
!62 = !DILocation(line: 15, column: 21, scope: !13)
!63 = !DILocation(line: 15, column: 23, scope: !13, atomGroup: 11, atomRank: 1)
!64 = !DILocation(line: 15, column: 5, scope: !13, atomGroup: 12, atomRank: 1)
!65 = !DILocation(line: 15, column: 5, scope: !13)
!66 = !DILocation(line: 16, column: 24, scope: !13)
!67 = !DILocation(line: 16, column: 27, scope: !13)
!68 = !DILocation(line: 16, column: 32, scope: !13, atomGroup: 13, atomRank: 3)
!69 = !DILocation(line: 16, column: 14, scope: !13, atomGroup: 13, atomRank: 2)
!70 = !DILocation(line: 16, column: 12, scope: !13, atomGroup: 13, atomRank: 1)
!71 = !DILocation(line: 16, column: 53, scope: !13)
!72 = !DILocation(line: 16, column: 66, scope: !13)
!73 = !DILocation(line: 16, column: 58, scope: !13)
!74 = !DILocation(line: 16, column: 56, scope: !13, atomGroup: 14, atomRank: 3)
!75 = !DILocation(line: 16, column: 44, scope: !13, atomGroup: 14, atomRank: 2)
!76 = !DILocation(line: 16, column: 42, scope: !13, atomGroup: 14, atomRank: 1)
!77 = !DILocation(line: 17, column: 26, scope: !13)
!78 = !DILocation(line: 17, column: 30, scope: !13)
!79 = !DILocation(line: 17, column: 47, scope: !13)
!80 = !DILocation(line: 17, column: 37, scope: !13)
!81 = !DILocation(line: 17, column: 35, scope: !13, atomGroup: 15, atomRank: 3)
!82 = !DILocation(line: 17, column: 15, scope: !13, atomGroup: 15, atomRank: 2)
!83 = !DILocation(line: 17, column: 13, scope: !13, atomGroup: 15, atomRank: 1)
!84 = !DILocation(line: 17, column: 68, scope: !13)
!85 = !DILocation(line: 17, column: 72, scope: !13)
!86 = !DILocation(line: 17, column: 88, scope: !13)
!87 = !DILocation(line: 17, column: 92, scope: !13)
!88 = !DILocation(line: 17, column: 78, scope: !13)
!89 = !DILocation(line: 17, column: 76, scope: !13, atomGroup: 16, atomRank: 3)
!90 = !DILocation(line: 17, column: 58, scope: !13, atomGroup: 16, atomRank: 2)
!91 = !DILocation(line: 17, column: 56, scope: !13, atomGroup: 16, atomRank: 1)
!92 = !DILocation(line: 18, column: 15, scope: !13)
!93 = !DILocation(line: 18, column: 19, scope: !13)
!94 = !DILocation(line: 18, column: 30, scope: !13, atomGroup: 17, atomRank: 2)
!95 = !DILocation(line: 18, column: 13, scope: !13, atomGroup: 17, atomRank: 1)
!96 = !DILocation(line: 18, column: 61, scope: !13)
!97 = !DILocation(line: 18, column: 65, scope: !13)
!98 = !DILocation(line: 18, column: 74, scope: !13)
!99 = !DILocation(line: 18, column: 78, scope: !13)
!100 = !DILocation(line: 18, column: 71, scope: !13, atomGroup: 18, atomRank: 2)
!101 = !DILocation(line: 18, column: 49, scope: !13, atomGroup: 18, atomRank: 1)
!102 = !DILocation(line: 19, column: 15, scope: !13)
!103 = !DILocation(line: 19, column: 19, scope: !13)
!104 = !DILocation(line: 19, column: 44, scope: !13, atomGroup: 19, atomRank: 2)
!105 = !DILocation(line: 19, column: 13, scope: !13, atomGroup: 19, atomRank: 1)
!106 = !DILocation(line: 20, column: 25, scope: !13)
!107 = !DILocation(line: 20, column: 29, scope: !13)
!108 = !DILocation(line: 20, column: 47, scope: !13)
!109 = !DILocation(line: 20, column: 38, scope: !13)
!110 = !DILocation(line: 20, column: 51, scope: !13)
!111 = !DILocation(line: 20, column: 35, scope: !13, atomGroup: 20, atomRank: 2)
!112 = !DILocation(line: 20, column: 13, scope: !13, atomGroup: 20, atomRank: 1)
!113 = !DILocation(line: 21, column: 17, scope: !13)
!114 = !DILocation(line: 21, column: 20, scope: !13)
!115 = !DILocation(line: 21, column: 13, scope: !13, atomGroup: 21, atomRank: 2)
!116 = !DILocation(line: 21, column: 11, scope: !13, atomGroup: 21, atomRank: 1)
!117 = !DILocation(line: 21, column: 33, scope: !13)
!118 = !DILocation(line: 21, column: 55, scope: !13)
!119 = !DILocation(line: 21, column: 46, scope: !13)
!120 = !DILocation(line: 21, column: 29, scope: !13, atomGroup: 22, atomRank: 2)
!121 = !DILocation(line: 21, column: 27, scope: !13, atomGroup: 22, atomRank: 1)
!122 = !DILocation(line: 21, column: 68, scope: !13)
!123 = !DILocation(line: 21, column: 71, scope: !13)
!124 = !DILocation(line: 21, column: 64, scope: !13, atomGroup: 23, atomRank: 2)
!125 = !DILocation(line: 21, column: 62, scope: !13, atomGroup: 23, atomRank: 1)
!126 = !DILocation(line: 22, column: 17, scope: !13)
!127 = !DILocation(line: 22, column: 39, scope: !13)
!128 = !DILocation(line: 22, column: 30, scope: !13)
!129 = !DILocation(line: 22, column: 13, scope: !13, atomGroup: 24, atomRank: 2)
!130 = !DILocation(line: 22, column: 11, scope: !13, atomGroup: 24, atomRank: 1)
!131 = !DILocation(line: 22, column: 53, scope: !13)
!132 = !DILocation(line: 22, column: 56, scope: !13)
!133 = !DILocation(line: 22, column: 49, scope: !13, atomGroup: 25, atomRank: 2)
!134 = !DILocation(line: 22, column: 47, scope: !13, atomGroup: 25, atomRank: 1)
!135 = !DILocation(line: 22, column: 70, scope: !13)
!136 = !DILocation(line: 22, column: 83, scope: !13)
!137 = !DILocation(line: 22, column: 73, scope: !13)
!138 = !DILocation(line: 22, column: 66, scope: !13, atomGroup: 26, atomRank: 2)
!139 = !DILocation(line: 22, column: 64, scope: !13, atomGroup: 26, atomRank: 1)
!140 = !DILocation(line: 23, column: 17, scope: !13)
!141 = !DILocation(line: 23, column: 20, scope: !13)
!142 = !DILocation(line: 23, column: 13, scope: !13, atomGroup: 27, atomRank: 2)
!143 = !DILocation(line: 23, column: 11, scope: !13, atomGroup: 27, atomRank: 1)
!144 = !DILocation(line: 23, column: 34, scope: !13)
!145 = !DILocation(line: 23, column: 47, scope: !13)
!146 = !DILocation(line: 23, column: 30, scope: !13, atomGroup: 28, atomRank: 2)
!147 = !DILocation(line: 23, column: 28, scope: !13, atomGroup: 28, atomRank: 1)
!148 = !DILocation(line: 24, column: 5, scope: !13, atomGroup: 30, atomRank: 1)
!149 = !DILocation(line: 15, column: 31, scope: !13)
!150 = !DILocation(line: 15, column: 31, scope: !13, atomGroup: 29, atomRank: 2)
!151 = !DILocation(line: 15, column: 31, scope: !13, atomGroup: 29, atomRank: 1)
!152 = distinct !{!152, !65, !153, !154}
!153 = !DILocation(line: 24, column: 5, scope: !13)
!154 = !{!"llvm.loop.mustprogress"}
!155 = !DILocation(line: 25, column: 43, scope: !13)
!156 = !DILocation(line: 25, column: 47, scope: !13)
!157 = !DILocation(line: 25, column: 51, scope: !13)
!158 = !DILocation(line: 25, column: 56, scope: !13)
!159 = !DILocation(line: 25, column: 5, scope: !13)
!160 = !DILocation(line: 26, column: 31, scope: !13)
!161 = !DILocation(line: 26, column: 36, scope: !13)
!162 = !DILocation(line: 26, column: 5, scope: !13)
!163 = !DILocation(line: 27, column: 46, scope: !13)
!164 = !DILocation(line: 27, column: 71, scope: !13)
!165 = !DILocation(line: 27, column: 5, scope: !13)
!166 = !DILocation(line: 29, column: 5, scope: !13)
!167 = !DILocation(line: 29, column: 12, scope: !13, atomGroup: 31, atomRank: 1)
!168 = !DILocation(line: 29, column: 20, scope: !13)
!169 = !DILocation(line: 29, column: 42, scope: !13, atomGroup: 32, atomRank: 2)
!170 = !DILocation(line: 29, column: 28, scope: !13, atomGroup: 32, atomRank: 1)
!171 = !DILocation(line: 30, column: 42, scope: !13)
!172 = !DILocation(line: 30, column: 37, scope: !13)
!173 = !DILocation(line: 30, column: 55, scope: !13)
!174 = !DILocation(line: 30, column: 45, scope: !13)
!175 = !DILocation(line: 30, column: 70, scope: !13)
!176 = !DILocation(line: 30, column: 59, scope: !13)
!177 = !DILocation(line: 30, column: 103, scope: !13)
!178 = !DILocation(line: 30, column: 93, scope: !13)
!179 = !DILocation(line: 30, column: 73, scope: !13)
!180 = !DILocation(line: 30, column: 5, scope: !13)
!181 = !DILocation(line: 31, column: 50, scope: !13)
!182 = !DILocation(line: 31, column: 5, scope: !13)
!183 = !DILocation(line: 33, column: 1, scope: !13)
!184 = !DILocation(line: 32, column: 5, scope: !13, atomGroup: 34, atomRank: 1)
!185 = distinct !DISubprogram(name: "mix", scope: !14, file: !14, line: 7, type: !15, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!186 = !DILocation(line: 7, column: 55, scope: !185)
!187 = !DILocation(line: 7, column: 59, scope: !185)
!188 = !DILocation(line: 7, column: 57, scope: !185)
!189 = !DILocation(line: 7, column: 62, scope: !185, atomGroup: 1, atomRank: 2)
!190 = !DILocation(line: 7, column: 47, scope: !185, atomGroup: 1, atomRank: 1)
!191 = !DISubprogram(name: "printf", scope: !192, file: !192, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!192 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
