; ModuleID = 'int128.c'
source_filename = "int128.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@s1 = internal global i64 81985529216486895, align 8
@s2 = internal global i64 1147797409030816545, align 8
@.str = private unnamed_addr constant [14 x i8] c"cmp %d %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [20 x i8] c"sq %016llx %016llx\0A\00", align 1
@stdout = external global ptr, align 8

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
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
  call void @llvm.lifetime.start.p0(ptr %2) #4, !dbg !17
  %11 = load volatile i64, ptr @s1, align 8, !dbg !18, !tbaa !19
  %12 = zext i64 %11 to i128, !dbg !21
  %13 = shl i128 %12, 64, !dbg !22
  %14 = load volatile i64, ptr @s2, align 8, !dbg !23, !tbaa !19
  %15 = zext i64 %14 to i128, !dbg !23
  %16 = or i128 %13, %15, !dbg !24
  store i128 %16, ptr %2, align 16, !dbg !25, !tbaa !26
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !17
  %17 = load volatile i64, ptr @s2, align 8, !dbg !28, !tbaa !19
  %18 = zext i64 %17 to i128, !dbg !29
  %19 = mul i128 %18, 977, !dbg !30
  %20 = add i128 %19, 13, !dbg !31
  store i128 %20, ptr %3, align 16, !dbg !32, !tbaa !26
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !33
  store i128 1, ptr %4, align 16, !dbg !34, !tbaa !26
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !35
  store i32 1, ptr %5, align 4, !dbg !36, !tbaa !9
  br label %21, !dbg !35

21:                                               ; preds = %30, %0
  %22 = load i32, ptr %5, align 4, !dbg !37, !tbaa !9
  %23 = icmp sle i32 %22, 33, !dbg !38
  br i1 %23, label %25, label %24, !dbg !39

24:                                               ; preds = %21
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !40
  br label %33

25:                                               ; preds = %21
  %26 = load i32, ptr %5, align 4, !dbg !41, !tbaa !9
  %27 = sext i32 %26 to i128, !dbg !42
  %28 = load i128, ptr %4, align 16, !dbg !43, !tbaa !26
  %29 = mul i128 %28, %27, !dbg !44
  store i128 %29, ptr %4, align 16, !dbg !45, !tbaa !26
  br label %30, !dbg !46

30:                                               ; preds = %25
  %31 = load i32, ptr %5, align 4, !dbg !47, !tbaa !9
  %32 = add nsw i32 %31, 1, !dbg !48
  store i32 %32, ptr %5, align 4, !dbg !49, !tbaa !9
  br label %21, !dbg !40, !llvm.loop !50

33:                                               ; preds = %24
  %34 = load i128, ptr %4, align 16, !dbg !52, !tbaa !26
  call void @print_u128(i128 noundef %34), !dbg !53
  %35 = call i32 @putchar(i32 noundef 10), !dbg !54
  %36 = load i128, ptr %2, align 16, !dbg !55, !tbaa !26
  call void @print_u128(i128 noundef %36), !dbg !56
  %37 = call i32 @putchar(i32 noundef 32), !dbg !57
  %38 = load i128, ptr %3, align 16, !dbg !58, !tbaa !26
  call void @print_u128(i128 noundef %38), !dbg !59
  %39 = call i32 @putchar(i32 noundef 10), !dbg !60
  %40 = load i128, ptr %2, align 16, !dbg !61, !tbaa !26
  %41 = load i128, ptr %3, align 16, !dbg !62, !tbaa !26
  %42 = udiv i128 %40, %41, !dbg !63
  call void @print_u128(i128 noundef %42), !dbg !64
  %43 = call i32 @putchar(i32 noundef 32), !dbg !65
  %44 = load i128, ptr %2, align 16, !dbg !66, !tbaa !26
  %45 = load i128, ptr %3, align 16, !dbg !67, !tbaa !26
  %46 = urem i128 %44, %45, !dbg !68
  call void @print_u128(i128 noundef %46), !dbg !69
  %47 = call i32 @putchar(i32 noundef 10), !dbg !70
  %48 = load i128, ptr %2, align 16, !dbg !71, !tbaa !26
  %49 = load i128, ptr %3, align 16, !dbg !72, !tbaa !26
  %50 = mul i128 %48, %49, !dbg !73
  call void @print_u128(i128 noundef %50), !dbg !74
  %51 = call i32 @putchar(i32 noundef 10), !dbg !75
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !76
  %52 = load i128, ptr %2, align 16, !dbg !77, !tbaa !26
  %53 = sub nsw i128 0, %52, !dbg !78
  %54 = sdiv i128 %53, 7, !dbg !79
  store i128 %54, ptr %6, align 16, !dbg !80, !tbaa !26
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !76
  %55 = load i128, ptr %2, align 16, !dbg !81, !tbaa !26
  %56 = sub nsw i128 0, %55, !dbg !82
  %57 = srem i128 %56, 7, !dbg !83
  store i128 %57, ptr %7, align 16, !dbg !84, !tbaa !26
  %58 = load i128, ptr %6, align 16, !dbg !85, !tbaa !26
  call void @print_i128(i128 noundef %58), !dbg !86
  %59 = call i32 @putchar(i32 noundef 32), !dbg !87
  %60 = load i128, ptr %7, align 16, !dbg !88, !tbaa !26
  call void @print_i128(i128 noundef %60), !dbg !89
  %61 = call i32 @putchar(i32 noundef 10), !dbg !90
  call void @llvm.lifetime.start.p0(ptr %8) #4, !dbg !91
  store i32 0, ptr %8, align 4, !dbg !92, !tbaa !9
  br label %62, !dbg !91

62:                                               ; preds = %80, %33
  %63 = load i32, ptr %8, align 4, !dbg !93, !tbaa !9
  %64 = icmp slt i32 %63, 128, !dbg !94
  br i1 %64, label %66, label %65, !dbg !95

65:                                               ; preds = %62
  call void @llvm.lifetime.end.p0(ptr %8) #4, !dbg !96
  br label %83

66:                                               ; preds = %62
  %67 = load i128, ptr %2, align 16, !dbg !97, !tbaa !26
  %68 = load i32, ptr %8, align 4, !dbg !98, !tbaa !9
  %69 = zext i32 %68 to i128, !dbg !99
  %70 = lshr i128 %67, %69, !dbg !99
  call void @print_u128(i128 noundef %70), !dbg !100
  %71 = call i32 @putchar(i32 noundef 32), !dbg !101
  %72 = load i128, ptr %2, align 16, !dbg !102, !tbaa !26
  %73 = load i32, ptr %8, align 4, !dbg !103, !tbaa !9
  %74 = zext i32 %73 to i128, !dbg !104
  %75 = shl i128 %72, %74, !dbg !104
  %76 = load i32, ptr %8, align 4, !dbg !105, !tbaa !9
  %77 = zext i32 %76 to i128, !dbg !106
  %78 = ashr i128 %75, %77, !dbg !106
  call void @print_i128(i128 noundef %78), !dbg !107
  %79 = call i32 @putchar(i32 noundef 10), !dbg !108
  br label %80, !dbg !109

80:                                               ; preds = %66
  %81 = load i32, ptr %8, align 4, !dbg !110, !tbaa !9
  %82 = add nsw i32 %81, 17, !dbg !111
  store i32 %82, ptr %8, align 4, !dbg !112, !tbaa !9
  br label %62, !dbg !96, !llvm.loop !113

83:                                               ; preds = %65
  %84 = load i128, ptr %2, align 16, !dbg !115, !tbaa !26
  %85 = load i128, ptr %3, align 16, !dbg !116, !tbaa !26
  %86 = icmp ugt i128 %84, %85, !dbg !117
  %87 = zext i1 %86 to i32, !dbg !117
  %88 = load i128, ptr %2, align 16, !dbg !118, !tbaa !26
  %89 = icmp slt i128 %88, 0, !dbg !119
  %90 = zext i1 %89 to i32, !dbg !119
  %91 = load i128, ptr %3, align 16, !dbg !120, !tbaa !26
  %92 = sub nsw i128 0, %91, !dbg !121
  %93 = load i128, ptr %2, align 16, !dbg !122, !tbaa !26
  %94 = icmp slt i128 %92, %93, !dbg !123
  %95 = zext i1 %94 to i32, !dbg !123
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %87, i32 noundef %90, i32 noundef %95), !dbg !124
  call void @llvm.lifetime.start.p0(ptr %9) #4, !dbg !125
  %97 = load i128, ptr %2, align 16, !dbg !126, !tbaa !26
  %98 = load i128, ptr %2, align 16, !dbg !127, !tbaa !26
  %99 = mul i128 %97, %98, !dbg !128
  %100 = trunc i128 %99 to i64, !dbg !129
  store i64 %100, ptr %9, align 8, !dbg !130, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %10) #4, !dbg !125
  %101 = load i128, ptr %2, align 16, !dbg !131, !tbaa !26
  %102 = load i128, ptr %2, align 16, !dbg !132, !tbaa !26
  %103 = mul i128 %101, %102, !dbg !133
  %104 = lshr i128 %103, 64, !dbg !134
  %105 = trunc i128 %104 to i64, !dbg !135
  store i64 %105, ptr %10, align 8, !dbg !136, !tbaa !19
  %106 = load i64, ptr %10, align 8, !dbg !137, !tbaa !19
  %107 = load i64, ptr %9, align 8, !dbg !138, !tbaa !19
  %108 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %106, i64 noundef %107), !dbg !139
  call void @llvm.lifetime.end.p0(ptr %10) #4, !dbg !140
  call void @llvm.lifetime.end.p0(ptr %9) #4, !dbg !140
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !140
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !140
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !140
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !140
  call void @llvm.lifetime.end.p0(ptr %2) #4, !dbg !140
  ret i32 0, !dbg !141
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal void @print_u128(i128 noundef %0) #0 !dbg !142 {
  %2 = alloca i128, align 16
  %3 = alloca [48 x i8], align 16
  %4 = alloca i32, align 4
  store i128 %0, ptr %2, align 16, !tbaa !26
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !143
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !144
  store i32 0, ptr %4, align 4, !dbg !145, !tbaa !9
  %5 = load i128, ptr %2, align 16, !dbg !146, !tbaa !26
  %6 = icmp eq i128 %5, 0, !dbg !147
  br i1 %6, label %7, label %12, !dbg !148

7:                                                ; preds = %1
  %8 = load i32, ptr %4, align 4, !dbg !149, !tbaa !9
  %9 = add nsw i32 %8, 1, !dbg !150
  store i32 %9, ptr %4, align 4, !dbg !151, !tbaa !9
  %10 = sext i32 %8 to i64, !dbg !152
  %11 = getelementptr inbounds [48 x i8], ptr %3, i64 0, i64 %10, !dbg !152
  store i8 48, ptr %11, align 1, !dbg !153, !tbaa !154
  br label %12, !dbg !152

12:                                               ; preds = %7, %1
  br label %13, !dbg !155

13:                                               ; preds = %16, %12
  %14 = load i128, ptr %2, align 16, !dbg !156, !tbaa !26
  %15 = icmp ne i128 %14, 0, !dbg !157
  br i1 %15, label %16, label %28, !dbg !158

16:                                               ; preds = %13
  %17 = load i128, ptr %2, align 16, !dbg !159, !tbaa !26
  %18 = urem i128 %17, 10, !dbg !160
  %19 = trunc i128 %18 to i32, !dbg !161
  %20 = add nsw i32 48, %19, !dbg !162
  %21 = trunc i32 %20 to i8, !dbg !163
  %22 = load i32, ptr %4, align 4, !dbg !164, !tbaa !9
  %23 = add nsw i32 %22, 1, !dbg !165
  store i32 %23, ptr %4, align 4, !dbg !166, !tbaa !9
  %24 = sext i32 %22 to i64, !dbg !167
  %25 = getelementptr inbounds [48 x i8], ptr %3, i64 0, i64 %24, !dbg !167
  store i8 %21, ptr %25, align 1, !dbg !168, !tbaa !154
  %26 = load i128, ptr %2, align 16, !dbg !169, !tbaa !26
  %27 = udiv i128 %26, 10, !dbg !170
  store i128 %27, ptr %2, align 16, !dbg !171, !tbaa !26
  br label %13, !dbg !155, !llvm.loop !172

28:                                               ; preds = %13
  br label %29, !dbg !174

29:                                               ; preds = %32, %28
  %30 = load i32, ptr %4, align 4, !dbg !175, !tbaa !9
  %31 = icmp ne i32 %30, 0, !dbg !176
  br i1 %31, label %32, label %40, !dbg !177

32:                                               ; preds = %29
  %33 = load i32, ptr %4, align 4, !dbg !178, !tbaa !9
  %34 = add nsw i32 %33, -1, !dbg !179
  store i32 %34, ptr %4, align 4, !dbg !180, !tbaa !9
  %35 = sext i32 %34 to i64, !dbg !181
  %36 = getelementptr inbounds [48 x i8], ptr %3, i64 0, i64 %35, !dbg !181
  %37 = load i8, ptr %36, align 1, !dbg !181, !tbaa !154
  %38 = sext i8 %37 to i32, !dbg !181
  %39 = call i32 @putchar(i32 noundef %38), !dbg !182
  br label %29, !dbg !174, !llvm.loop !183

40:                                               ; preds = %29
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !185
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !185
  ret void, !dbg !186
}

; Function Attrs: inlinehint nounwind uwtable
define available_externally i32 @putchar(i32 noundef %0) #2 !dbg !187 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  %3 = load i32, ptr %2, align 4, !dbg !189, !tbaa !9
  %4 = load ptr, ptr @stdout, align 8, !dbg !190, !tbaa !191
  %5 = call i32 @putc(i32 noundef %3, ptr noundef %4), !dbg !194
  ret i32 %5, !dbg !195
}

; Function Attrs: nounwind uwtable
define internal void @print_i128(i128 noundef %0) #0 !dbg !196 {
  %2 = alloca i128, align 16
  store i128 %0, ptr %2, align 16, !tbaa !26
  %3 = load i128, ptr %2, align 16, !dbg !197, !tbaa !26
  %4 = icmp slt i128 %3, 0, !dbg !198
  br i1 %4, label %5, label %9, !dbg !199

5:                                                ; preds = %1
  %6 = call i32 @putchar(i32 noundef 45), !dbg !200
  %7 = load i128, ptr %2, align 16, !dbg !201, !tbaa !26
  %8 = sub i128 0, %7, !dbg !202
  call void @print_u128(i128 noundef %8), !dbg !203
  br label %11, !dbg !204

9:                                                ; preds = %1
  %10 = load i128, ptr %2, align 16, !dbg !205, !tbaa !26
  call void @print_u128(i128 noundef %10), !dbg !206
  br label %11

11:                                               ; preds = %9, %5
  ret void, !dbg !207
}

declare !dbg !208 i32 @printf(ptr noundef, ...) #3

declare !dbg !210 i32 @putc(i32 noundef, ptr noundef) #3

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { inlinehint nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "int128.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 21, type: !15, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "int128.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 22, column: 5, scope: !13)
!18 = !DILocation(line: 22, column: 21, scope: !13)
!19 = !{!20, !20, i64 0}
!20 = !{!"long long", !11, i64 0}
!21 = !DILocation(line: 22, column: 15, scope: !13)
!22 = !DILocation(line: 22, column: 24, scope: !13)
!23 = !DILocation(line: 22, column: 33, scope: !13)
!24 = !DILocation(line: 22, column: 31, scope: !13, atomGroup: 1, atomRank: 2)
!25 = !DILocation(line: 22, column: 10, scope: !13, atomGroup: 1, atomRank: 1)
!26 = !{!27, !27, i64 0}
!27 = !{!"__int128", !11, i64 0}
!28 = !DILocation(line: 22, column: 47, scope: !13)
!29 = !DILocation(line: 22, column: 41, scope: !13)
!30 = !DILocation(line: 22, column: 50, scope: !13)
!31 = !DILocation(line: 22, column: 56, scope: !13, atomGroup: 2, atomRank: 2)
!32 = !DILocation(line: 22, column: 37, scope: !13, atomGroup: 2, atomRank: 1)
!33 = !DILocation(line: 23, column: 5, scope: !13)
!34 = !DILocation(line: 23, column: 10, scope: !13, atomGroup: 3, atomRank: 1)
!35 = !DILocation(line: 24, column: 10, scope: !13)
!36 = !DILocation(line: 24, column: 14, scope: !13, atomGroup: 4, atomRank: 1)
!37 = !DILocation(line: 24, column: 21, scope: !13)
!38 = !DILocation(line: 24, column: 23, scope: !13, atomGroup: 5, atomRank: 1)
!39 = !DILocation(line: 24, column: 5, scope: !13, atomGroup: 6, atomRank: 1)
!40 = !DILocation(line: 24, column: 5, scope: !13)
!41 = !DILocation(line: 24, column: 46, scope: !13)
!42 = !DILocation(line: 24, column: 40, scope: !13)
!43 = !DILocation(line: 24, column: 37, scope: !13)
!44 = !DILocation(line: 24, column: 37, scope: !13, atomGroup: 7, atomRank: 2)
!45 = !DILocation(line: 24, column: 37, scope: !13, atomGroup: 7, atomRank: 1)
!46 = !DILocation(line: 24, column: 35, scope: !13, atomGroup: 9, atomRank: 1)
!47 = !DILocation(line: 24, column: 31, scope: !13)
!48 = !DILocation(line: 24, column: 31, scope: !13, atomGroup: 8, atomRank: 2)
!49 = !DILocation(line: 24, column: 31, scope: !13, atomGroup: 8, atomRank: 1)
!50 = distinct !{!50, !40, !41, !51}
!51 = !{!"llvm.loop.mustprogress"}
!52 = !DILocation(line: 25, column: 16, scope: !13)
!53 = !DILocation(line: 25, column: 5, scope: !13)
!54 = !DILocation(line: 25, column: 20, scope: !13)
!55 = !DILocation(line: 26, column: 16, scope: !13)
!56 = !DILocation(line: 26, column: 5, scope: !13)
!57 = !DILocation(line: 26, column: 20, scope: !13)
!58 = !DILocation(line: 26, column: 45, scope: !13)
!59 = !DILocation(line: 26, column: 34, scope: !13)
!60 = !DILocation(line: 26, column: 49, scope: !13)
!61 = !DILocation(line: 27, column: 16, scope: !13)
!62 = !DILocation(line: 27, column: 20, scope: !13)
!63 = !DILocation(line: 27, column: 18, scope: !13)
!64 = !DILocation(line: 27, column: 5, scope: !13)
!65 = !DILocation(line: 27, column: 24, scope: !13)
!66 = !DILocation(line: 27, column: 49, scope: !13)
!67 = !DILocation(line: 27, column: 53, scope: !13)
!68 = !DILocation(line: 27, column: 51, scope: !13)
!69 = !DILocation(line: 27, column: 38, scope: !13)
!70 = !DILocation(line: 27, column: 57, scope: !13)
!71 = !DILocation(line: 28, column: 16, scope: !13)
!72 = !DILocation(line: 28, column: 20, scope: !13)
!73 = !DILocation(line: 28, column: 18, scope: !13)
!74 = !DILocation(line: 28, column: 5, scope: !13)
!75 = !DILocation(line: 28, column: 24, scope: !13)
!76 = !DILocation(line: 29, column: 5, scope: !13)
!77 = !DILocation(line: 29, column: 21, scope: !13)
!78 = !DILocation(line: 29, column: 14, scope: !13)
!79 = !DILocation(line: 29, column: 23, scope: !13, atomGroup: 10, atomRank: 2)
!80 = !DILocation(line: 29, column: 10, scope: !13, atomGroup: 10, atomRank: 1)
!81 = !DILocation(line: 29, column: 39, scope: !13)
!82 = !DILocation(line: 29, column: 32, scope: !13)
!83 = !DILocation(line: 29, column: 41, scope: !13, atomGroup: 11, atomRank: 2)
!84 = !DILocation(line: 29, column: 28, scope: !13, atomGroup: 11, atomRank: 1)
!85 = !DILocation(line: 30, column: 16, scope: !13)
!86 = !DILocation(line: 30, column: 5, scope: !13)
!87 = !DILocation(line: 30, column: 20, scope: !13)
!88 = !DILocation(line: 30, column: 45, scope: !13)
!89 = !DILocation(line: 30, column: 34, scope: !13)
!90 = !DILocation(line: 30, column: 49, scope: !13)
!91 = !DILocation(line: 31, column: 10, scope: !13)
!92 = !DILocation(line: 31, column: 14, scope: !13, atomGroup: 12, atomRank: 1)
!93 = !DILocation(line: 31, column: 22, scope: !13)
!94 = !DILocation(line: 31, column: 25, scope: !13, atomGroup: 13, atomRank: 1)
!95 = !DILocation(line: 31, column: 5, scope: !13, atomGroup: 14, atomRank: 1)
!96 = !DILocation(line: 31, column: 5, scope: !13)
!97 = !DILocation(line: 32, column: 20, scope: !13)
!98 = !DILocation(line: 32, column: 25, scope: !13)
!99 = !DILocation(line: 32, column: 22, scope: !13)
!100 = !DILocation(line: 32, column: 9, scope: !13)
!101 = !DILocation(line: 32, column: 30, scope: !13)
!102 = !DILocation(line: 32, column: 62, scope: !13)
!103 = !DILocation(line: 32, column: 67, scope: !13)
!104 = !DILocation(line: 32, column: 64, scope: !13)
!105 = !DILocation(line: 32, column: 74, scope: !13)
!106 = !DILocation(line: 32, column: 71, scope: !13)
!107 = !DILocation(line: 32, column: 44, scope: !13)
!108 = !DILocation(line: 32, column: 79, scope: !13)
!109 = !DILocation(line: 33, column: 5, scope: !13, atomGroup: 16, atomRank: 1)
!110 = !DILocation(line: 31, column: 35, scope: !13)
!111 = !DILocation(line: 31, column: 35, scope: !13, atomGroup: 15, atomRank: 2)
!112 = !DILocation(line: 31, column: 35, scope: !13, atomGroup: 15, atomRank: 1)
!113 = distinct !{!113, !96, !114, !51}
!114 = !DILocation(line: 33, column: 5, scope: !13)
!115 = !DILocation(line: 34, column: 30, scope: !13)
!116 = !DILocation(line: 34, column: 34, scope: !13)
!117 = !DILocation(line: 34, column: 32, scope: !13)
!118 = !DILocation(line: 34, column: 43, scope: !13)
!119 = !DILocation(line: 34, column: 45, scope: !13)
!120 = !DILocation(line: 34, column: 57, scope: !13)
!121 = !DILocation(line: 34, column: 50, scope: !13)
!122 = !DILocation(line: 34, column: 67, scope: !13)
!123 = !DILocation(line: 34, column: 59, scope: !13)
!124 = !DILocation(line: 34, column: 5, scope: !13)
!125 = !DILocation(line: 35, column: 5, scope: !13)
!126 = !DILocation(line: 35, column: 50, scope: !13)
!127 = !DILocation(line: 35, column: 54, scope: !13)
!128 = !DILocation(line: 35, column: 52, scope: !13, atomGroup: 17, atomRank: 3)
!129 = !DILocation(line: 35, column: 29, scope: !13, atomGroup: 17, atomRank: 2)
!130 = !DILocation(line: 35, column: 24, scope: !13, atomGroup: 17, atomRank: 1)
!131 = !DILocation(line: 35, column: 85, scope: !13)
!132 = !DILocation(line: 35, column: 89, scope: !13)
!133 = !DILocation(line: 35, column: 87, scope: !13)
!134 = !DILocation(line: 35, column: 92, scope: !13, atomGroup: 18, atomRank: 3)
!135 = !DILocation(line: 35, column: 63, scope: !13, atomGroup: 18, atomRank: 2)
!136 = !DILocation(line: 35, column: 58, scope: !13, atomGroup: 18, atomRank: 1)
!137 = !DILocation(line: 36, column: 36, scope: !13)
!138 = !DILocation(line: 36, column: 40, scope: !13)
!139 = !DILocation(line: 36, column: 5, scope: !13)
!140 = !DILocation(line: 38, column: 1, scope: !13)
!141 = !DILocation(line: 37, column: 5, scope: !13, atomGroup: 20, atomRank: 1)
!142 = distinct !DISubprogram(name: "print_u128", scope: !14, file: !14, line: 7, type: !15, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!143 = !DILocation(line: 8, column: 5, scope: !142)
!144 = !DILocation(line: 8, column: 19, scope: !142)
!145 = !DILocation(line: 8, column: 23, scope: !142, atomGroup: 1, atomRank: 1)
!146 = !DILocation(line: 9, column: 9, scope: !142)
!147 = !DILocation(line: 9, column: 11, scope: !142, atomGroup: 2, atomRank: 2)
!148 = !DILocation(line: 9, column: 11, scope: !142, atomGroup: 2, atomRank: 1)
!149 = !DILocation(line: 9, column: 22, scope: !142)
!150 = !DILocation(line: 9, column: 22, scope: !142, atomGroup: 4, atomRank: 2)
!151 = !DILocation(line: 9, column: 22, scope: !142, atomGroup: 4, atomRank: 1)
!152 = !DILocation(line: 9, column: 17, scope: !142)
!153 = !DILocation(line: 9, column: 26, scope: !142, atomGroup: 3, atomRank: 1)
!154 = !{!11, !11, i64 0}
!155 = !DILocation(line: 10, column: 5, scope: !142)
!156 = !DILocation(line: 10, column: 12, scope: !142)
!157 = !DILocation(line: 10, column: 5, scope: !142, atomGroup: 5, atomRank: 1)
!158 = !DILocation(line: 10, column: 5, scope: !142, atomGroup: 6, atomRank: 1)
!159 = !DILocation(line: 10, column: 47, scope: !142)
!160 = !DILocation(line: 10, column: 49, scope: !142)
!161 = !DILocation(line: 10, column: 41, scope: !142)
!162 = !DILocation(line: 10, column: 39, scope: !142, atomGroup: 7, atomRank: 3)
!163 = !DILocation(line: 10, column: 28, scope: !142, atomGroup: 7, atomRank: 2)
!164 = !DILocation(line: 10, column: 22, scope: !142)
!165 = !DILocation(line: 10, column: 22, scope: !142, atomGroup: 8, atomRank: 2)
!166 = !DILocation(line: 10, column: 22, scope: !142, atomGroup: 8, atomRank: 1)
!167 = !DILocation(line: 10, column: 17, scope: !142)
!168 = !DILocation(line: 10, column: 26, scope: !142, atomGroup: 7, atomRank: 1)
!169 = !DILocation(line: 10, column: 59, scope: !142)
!170 = !DILocation(line: 10, column: 59, scope: !142, atomGroup: 9, atomRank: 2)
!171 = !DILocation(line: 10, column: 59, scope: !142, atomGroup: 9, atomRank: 1)
!172 = distinct !{!172, !155, !173, !51}
!173 = !DILocation(line: 10, column: 66, scope: !142)
!174 = !DILocation(line: 11, column: 5, scope: !142)
!175 = !DILocation(line: 11, column: 12, scope: !142)
!176 = !DILocation(line: 11, column: 5, scope: !142, atomGroup: 10, atomRank: 1)
!177 = !DILocation(line: 11, column: 5, scope: !142, atomGroup: 11, atomRank: 1)
!178 = !DILocation(line: 11, column: 27, scope: !142)
!179 = !DILocation(line: 11, column: 27, scope: !142, atomGroup: 12, atomRank: 2)
!180 = !DILocation(line: 11, column: 27, scope: !142, atomGroup: 12, atomRank: 1)
!181 = !DILocation(line: 11, column: 23, scope: !142)
!182 = !DILocation(line: 11, column: 15, scope: !142)
!183 = distinct !{!183, !174, !184, !51}
!184 = !DILocation(line: 11, column: 31, scope: !142)
!185 = !DILocation(line: 12, column: 1, scope: !142)
!186 = !DILocation(line: 12, column: 1, scope: !142, atomGroup: 13, atomRank: 1)
!187 = distinct !DISubprogram(name: "putchar", scope: !188, file: !188, line: 82, type: !15, scopeLine: 83, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!188 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdio.h", directory: "")
!189 = !DILocation(line: 84, column: 16, scope: !187)
!190 = !DILocation(line: 84, column: 21, scope: !187)
!191 = !{!192, !192, i64 0}
!192 = !{!"p1 _ZTS8_IO_FILE", !193, i64 0}
!193 = !{!"any pointer", !11, i64 0}
!194 = !DILocation(line: 84, column: 10, scope: !187, atomGroup: 1, atomRank: 2)
!195 = !DILocation(line: 84, column: 3, scope: !187, atomGroup: 1, atomRank: 1)
!196 = distinct !DISubprogram(name: "print_i128", scope: !14, file: !14, line: 14, type: !15, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!197 = !DILocation(line: 15, column: 9, scope: !196)
!198 = !DILocation(line: 15, column: 11, scope: !196, atomGroup: 1, atomRank: 2)
!199 = !DILocation(line: 15, column: 11, scope: !196, atomGroup: 1, atomRank: 1)
!200 = !DILocation(line: 15, column: 18, scope: !196)
!201 = !DILocation(line: 15, column: 59, scope: !196)
!202 = !DILocation(line: 15, column: 51, scope: !196)
!203 = !DILocation(line: 15, column: 32, scope: !196)
!204 = !DILocation(line: 15, column: 63, scope: !196)
!205 = !DILocation(line: 16, column: 27, scope: !196)
!206 = !DILocation(line: 16, column: 10, scope: !196)
!207 = !DILocation(line: 17, column: 1, scope: !196, atomGroup: 2, atomRank: 1)
!208 = !DISubprogram(name: "printf", scope: !209, file: !209, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!209 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!210 = !DISubprogram(name: "putc", scope: !209, file: !209, line: 550, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
