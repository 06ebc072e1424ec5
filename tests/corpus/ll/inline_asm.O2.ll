; ModuleID = 'inline_asm.c'
source_filename = "inline_asm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"barrier %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [10 x i8] c"add %llu\0A\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"rol %08x\0A\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"inc %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [12 x i8] c"mulhi %llu\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4, !dbg !17
  store i32 0, ptr %2, align 4, !dbg !18, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !19
  store i32 0, ptr %3, align 4, !dbg !20, !tbaa !9
  br label %10, !dbg !19

10:                                               ; preds = %18, %0
  %11 = load i32, ptr %3, align 4, !dbg !21, !tbaa !9
  %12 = icmp slt i32 %11, 100, !dbg !22
  br i1 %12, label %14, label %13, !dbg !23

13:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !24
  br label %21

14:                                               ; preds = %10
  %15 = load i32, ptr %3, align 4, !dbg !25, !tbaa !9
  %16 = load i32, ptr %2, align 4, !dbg !26, !tbaa !9
  %17 = add nsw i32 %16, %15, !dbg !27
  store i32 %17, ptr %2, align 4, !dbg !28, !tbaa !9
  call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #4, !dbg !29, !srcloc !30
  br label %18, !dbg !31

18:                                               ; preds = %14
  %19 = load i32, ptr %3, align 4, !dbg !32, !tbaa !9
  %20 = add nsw i32 %19, 1, !dbg !33
  store i32 %20, ptr %3, align 4, !dbg !34, !tbaa !9
  br label %10, !dbg !24, !llvm.loop !35

21:                                               ; preds = %13
  %22 = load i32, ptr %2, align 4, !dbg !38, !tbaa !9
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %22), !dbg !39
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !40
  store i64 0, ptr %4, align 8, !dbg !41, !tbaa !42
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !44
  store i64 0, ptr %5, align 8, !dbg !45, !tbaa !42
  br label %24, !dbg !44

24:                                               ; preds = %34, %21
  %25 = load i64, ptr %5, align 8, !dbg !46, !tbaa !42
  %26 = icmp ult i64 %25, 1000, !dbg !47
  br i1 %26, label %28, label %27, !dbg !48

27:                                               ; preds = %24
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !49
  br label %37

28:                                               ; preds = %24
  %29 = load i64, ptr %4, align 8, !dbg !50, !tbaa !42
  %30 = load i64, ptr %5, align 8, !dbg !51, !tbaa !42
  %31 = load i64, ptr %5, align 8, !dbg !52, !tbaa !42
  %32 = mul i64 %30, %31, !dbg !53
  %33 = call i64 @add_asm(i64 noundef %29, i64 noundef %32), !dbg !54
  store i64 %33, ptr %4, align 8, !dbg !55, !tbaa !42
  br label %34, !dbg !56

34:                                               ; preds = %28
  %35 = load i64, ptr %5, align 8, !dbg !57, !tbaa !42
  %36 = add i64 %35, 1, !dbg !58
  store i64 %36, ptr %5, align 8, !dbg !59, !tbaa !42
  br label %24, !dbg !49, !llvm.loop !60

37:                                               ; preds = %27
  %38 = load i64, ptr %4, align 8, !dbg !62, !tbaa !42
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %38), !dbg !63
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !64
  store i32 -2147483647, ptr %6, align 4, !dbg !65, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !66
  store i32 0, ptr %7, align 4, !dbg !67, !tbaa !9
  br label %40, !dbg !66

40:                                               ; preds = %52, %37
  %41 = load i32, ptr %7, align 4, !dbg !68, !tbaa !9
  %42 = icmp slt i32 %41, 10, !dbg !69
  br i1 %42, label %44, label %43, !dbg !70

43:                                               ; preds = %40
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !71
  br label %55

44:                                               ; preds = %40
  %45 = load i32, ptr %6, align 4, !dbg !72, !tbaa !9
  %46 = load i32, ptr %7, align 4, !dbg !73, !tbaa !9
  %47 = add nsw i32 %46, 1, !dbg !74
  %48 = trunc i32 %47 to i8, !dbg !75
  %49 = call i32 @rol_asm(i32 noundef %45, i8 noundef zeroext %48), !dbg !76
  %50 = load i32, ptr %7, align 4, !dbg !77, !tbaa !9
  %51 = xor i32 %49, %50, !dbg !78
  store i32 %51, ptr %6, align 4, !dbg !79, !tbaa !9
  br label %52, !dbg !80

52:                                               ; preds = %44
  %53 = load i32, ptr %7, align 4, !dbg !81, !tbaa !9
  %54 = add nsw i32 %53, 1, !dbg !82
  store i32 %54, ptr %7, align 4, !dbg !83, !tbaa !9
  br label %40, !dbg !71, !llvm.loop !84

55:                                               ; preds = %43
  %56 = load i32, ptr %6, align 4, !dbg !85, !tbaa !9
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %56), !dbg !86
  call void @llvm.lifetime.start.p0(ptr %8) #4, !dbg !87
  store i32 5, ptr %8, align 4, !dbg !88, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #4, !dbg !89
  store i32 0, ptr %9, align 4, !dbg !90, !tbaa !9
  br label %58, !dbg !89

58:                                               ; preds = %63, %55
  %59 = load i32, ptr %9, align 4, !dbg !91, !tbaa !9
  %60 = icmp slt i32 %59, 37, !dbg !92
  br i1 %60, label %62, label %61, !dbg !93

61:                                               ; preds = %58
  call void @llvm.lifetime.end.p0(ptr %9) #4, !dbg !94
  br label %66

62:                                               ; preds = %58
  call void @inc_mem(ptr noundef %8), !dbg !95
  br label %63, !dbg !96

63:                                               ; preds = %62
  %64 = load i32, ptr %9, align 4, !dbg !97, !tbaa !9
  %65 = add nsw i32 %64, 1, !dbg !98
  store i32 %65, ptr %9, align 4, !dbg !99, !tbaa !9
  br label %58, !dbg !94, !llvm.loop !100

66:                                               ; preds = %61
  %67 = load i32, ptr %8, align 4, !dbg !102, !tbaa !9
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %67), !dbg !103
  %69 = call i64 @mul_hi(i64 noundef -2401053089206453570, i64 noundef 81985529216486895), !dbg !104
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %69), !dbg !105
  call void @llvm.lifetime.end.p0(ptr %8) #4, !dbg !106
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !106
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !106
  call void @llvm.lifetime.end.p0(ptr %2) #4, !dbg !106
  ret i32 0, !dbg !107
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !108 i32 @printf(ptr noundef, ...) #2

; Function Attrs: inlinehint nounwind uwtable
define internal i64 @add_asm(i64 noundef %0, i64 noundef %1) #3 !dbg !110 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !42
  store i64 %1, ptr %4, align 8, !tbaa !42
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !111
  %6 = load i64, ptr %3, align 8, !dbg !112, !tbaa !42
  %7 = load i64, ptr %4, align 8, !dbg !113, !tbaa !42
  %8 = call i64 asm "leaq ($1,$2), $0", "=r,r,r,~{dirflag},~{fpsr},~{flags}"(i64 %6, i64 %7) #5, !dbg !114, !srcloc !115
  store i64 %8, ptr %5, align 8, !dbg !116, !tbaa !42
  %9 = load i64, ptr %5, align 8, !dbg !117, !tbaa !42
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !118
  ret i64 %9, !dbg !119
}

; Function Attrs: inlinehint nounwind uwtable
define internal i32 @rol_asm(i32 noundef %0, i8 noundef zeroext %1) #3 !dbg !120 {
  %3 = alloca i32, align 4
  %4 = alloca i8, align 1
  store i32 %0, ptr %3, align 4, !tbaa !9
  store i8 %1, ptr %4, align 1, !tbaa !121
  %5 = load i32, ptr %3, align 4, !dbg !122, !tbaa !9
  %6 = load i8, ptr %4, align 1, !dbg !123, !tbaa !121
  %7 = call i32 asm "roll %cl, $0", "=r,{cx},0,~{dirflag},~{fpsr},~{flags}"(i8 %6, i32 %5) #5, !dbg !124, !srcloc !125
  store i32 %7, ptr %3, align 4, !dbg !126, !tbaa !9
  %8 = load i32, ptr %3, align 4, !dbg !127, !tbaa !9
  ret i32 %8, !dbg !128
}

; Function Attrs: inlinehint nounwind uwtable
define internal void @inc_mem(ptr noundef %0) #3 !dbg !129 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !130
  %3 = load ptr, ptr %2, align 8, !dbg !133, !tbaa !130
  call void asm sideeffect "incl $0", "=*m,*m,~{dirflag},~{fpsr},~{flags}"(ptr elementtype(i32) %3, ptr elementtype(i32) %3) #4, !dbg !134, !srcloc !135
  ret void, !dbg !136
}

; Function Attrs: inlinehint nounwind uwtable
define internal i64 @mul_hi(i64 noundef %0, i64 noundef %1) #3 !dbg !137 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !42
  store i64 %1, ptr %4, align 8, !tbaa !42
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !138
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !138
  %7 = load i64, ptr %3, align 8, !dbg !139, !tbaa !42
  %8 = load i64, ptr %4, align 8, !dbg !140, !tbaa !42
  %9 = call { i64, i64 } asm "mulq $3", "={ax},={dx},{ax},rm,~{cc},~{dirflag},~{fpsr},~{flags}"(i64 %7, i64 %8) #6, !dbg !141, !srcloc !142
  %10 = extractvalue { i64, i64 } %9, 0, !dbg !143
  %11 = extractvalue { i64, i64 } %9, 1, !dbg !144
  store i64 %10, ptr %5, align 8, !dbg !145, !tbaa !42
  store i64 %11, ptr %6, align 8, !dbg !146, !tbaa !42
  %12 = load i64, ptr %5, align 8, !dbg !147, !tbaa !42
  %13 = load i64, ptr %6, align 8, !dbg !148, !tbaa !42
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !149
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !149
  ret i64 %13, !dbg !150
}

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { inlinehint nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { nounwind memory(none) }
attributes #6 = { nounwind memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "inline_asm.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 22, type: !15, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "inline_asm.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 23, column: 5, scope: !13)
!18 = !DILocation(line: 23, column: 9, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !DILocation(line: 24, column: 10, scope: !13)
!20 = !DILocation(line: 24, column: 14, scope: !13, atomGroup: 2, atomRank: 1)
!21 = !DILocation(line: 24, column: 21, scope: !13)
!22 = !DILocation(line: 24, column: 23, scope: !13, atomGroup: 3, atomRank: 1)
!23 = !DILocation(line: 24, column: 5, scope: !13, atomGroup: 4, atomRank: 1)
!24 = !DILocation(line: 24, column: 5, scope: !13)
!25 = !DILocation(line: 25, column: 19, scope: !13)
!26 = !DILocation(line: 25, column: 16, scope: !13)
!27 = !DILocation(line: 25, column: 16, scope: !13, atomGroup: 5, atomRank: 2)
!28 = !DILocation(line: 25, column: 16, scope: !13, atomGroup: 5, atomRank: 1)
!29 = !DILocation(line: 26, column: 9, scope: !13, atomGroup: 6, atomRank: 1)
!30 = !{i64 808}
!31 = !DILocation(line: 27, column: 5, scope: !13, atomGroup: 8, atomRank: 1)
!32 = !DILocation(line: 24, column: 31, scope: !13)
!33 = !DILocation(line: 24, column: 31, scope: !13, atomGroup: 7, atomRank: 2)
!34 = !DILocation(line: 24, column: 31, scope: !13, atomGroup: 7, atomRank: 1)
!35 = distinct !{!35, !24, !36, !37}
!36 = !DILocation(line: 27, column: 5, scope: !13)
!37 = !{!"llvm.loop.mustprogress"}
!38 = !DILocation(line: 28, column: 28, scope: !13)
!39 = !DILocation(line: 28, column: 5, scope: !13)
!40 = !DILocation(line: 29, column: 5, scope: !13)
!41 = !DILocation(line: 29, column: 14, scope: !13, atomGroup: 9, atomRank: 1)
!42 = !{!43, !43, i64 0}
!43 = !{!"long", !11, i64 0}
!44 = !DILocation(line: 30, column: 10, scope: !13)
!45 = !DILocation(line: 30, column: 19, scope: !13, atomGroup: 10, atomRank: 1)
!46 = !DILocation(line: 30, column: 26, scope: !13)
!47 = !DILocation(line: 30, column: 28, scope: !13, atomGroup: 11, atomRank: 1)
!48 = !DILocation(line: 30, column: 5, scope: !13, atomGroup: 12, atomRank: 1)
!49 = !DILocation(line: 30, column: 5, scope: !13)
!50 = !DILocation(line: 30, column: 53, scope: !13)
!51 = !DILocation(line: 30, column: 56, scope: !13)
!52 = !DILocation(line: 30, column: 60, scope: !13)
!53 = !DILocation(line: 30, column: 58, scope: !13)
!54 = !DILocation(line: 30, column: 45, scope: !13, atomGroup: 13, atomRank: 2)
!55 = !DILocation(line: 30, column: 43, scope: !13, atomGroup: 13, atomRank: 1)
!56 = !DILocation(line: 30, column: 41, scope: !13, atomGroup: 15, atomRank: 1)
!57 = !DILocation(line: 30, column: 37, scope: !13)
!58 = !DILocation(line: 30, column: 37, scope: !13, atomGroup: 14, atomRank: 2)
!59 = !DILocation(line: 30, column: 37, scope: !13, atomGroup: 14, atomRank: 1)
!60 = distinct !{!60, !49, !61, !37}
!61 = !DILocation(line: 30, column: 61, scope: !13)
!62 = !DILocation(line: 31, column: 46, scope: !13)
!63 = !DILocation(line: 31, column: 5, scope: !13)
!64 = !DILocation(line: 32, column: 5, scope: !13)
!65 = !DILocation(line: 32, column: 14, scope: !13, atomGroup: 16, atomRank: 1)
!66 = !DILocation(line: 33, column: 10, scope: !13)
!67 = !DILocation(line: 33, column: 14, scope: !13, atomGroup: 17, atomRank: 1)
!68 = !DILocation(line: 33, column: 21, scope: !13)
!69 = !DILocation(line: 33, column: 23, scope: !13, atomGroup: 18, atomRank: 1)
!70 = !DILocation(line: 33, column: 5, scope: !13, atomGroup: 19, atomRank: 1)
!71 = !DILocation(line: 33, column: 5, scope: !13)
!72 = !DILocation(line: 33, column: 46, scope: !13)
!73 = !DILocation(line: 33, column: 59, scope: !13)
!74 = !DILocation(line: 33, column: 61, scope: !13)
!75 = !DILocation(line: 33, column: 49, scope: !13)
!76 = !DILocation(line: 33, column: 38, scope: !13)
!77 = !DILocation(line: 33, column: 79, scope: !13)
!78 = !DILocation(line: 33, column: 67, scope: !13, atomGroup: 20, atomRank: 2)
!79 = !DILocation(line: 33, column: 36, scope: !13, atomGroup: 20, atomRank: 1)
!80 = !DILocation(line: 33, column: 34, scope: !13, atomGroup: 22, atomRank: 1)
!81 = !DILocation(line: 33, column: 30, scope: !13)
!82 = !DILocation(line: 33, column: 30, scope: !13, atomGroup: 21, atomRank: 2)
!83 = !DILocation(line: 33, column: 30, scope: !13, atomGroup: 21, atomRank: 1)
!84 = distinct !{!84, !71, !77, !37}
!85 = !DILocation(line: 34, column: 26, scope: !13)
!86 = !DILocation(line: 34, column: 5, scope: !13)
!87 = !DILocation(line: 35, column: 5, scope: !13)
!88 = !DILocation(line: 35, column: 9, scope: !13, atomGroup: 23, atomRank: 1)
!89 = !DILocation(line: 35, column: 21, scope: !13)
!90 = !DILocation(line: 35, column: 25, scope: !13, atomGroup: 24, atomRank: 1)
!91 = !DILocation(line: 35, column: 32, scope: !13)
!92 = !DILocation(line: 35, column: 34, scope: !13, atomGroup: 25, atomRank: 1)
!93 = !DILocation(line: 35, column: 16, scope: !13, atomGroup: 26, atomRank: 1)
!94 = !DILocation(line: 35, column: 16, scope: !13)
!95 = !DILocation(line: 35, column: 45, scope: !13)
!96 = !DILocation(line: 35, column: 45, scope: !13, atomGroup: 28, atomRank: 1)
!97 = !DILocation(line: 35, column: 41, scope: !13)
!98 = !DILocation(line: 35, column: 41, scope: !13, atomGroup: 27, atomRank: 2)
!99 = !DILocation(line: 35, column: 41, scope: !13, atomGroup: 27, atomRank: 1)
!100 = distinct !{!100, !94, !101, !37}
!101 = !DILocation(line: 35, column: 55, scope: !13)
!102 = !DILocation(line: 36, column: 24, scope: !13)
!103 = !DILocation(line: 36, column: 5, scope: !13)
!104 = !DILocation(line: 37, column: 48, scope: !13)
!105 = !DILocation(line: 37, column: 5, scope: !13)
!106 = !DILocation(line: 39, column: 1, scope: !13)
!107 = !DILocation(line: 38, column: 5, scope: !13, atomGroup: 30, atomRank: 1)
!108 = !DISubprogram(name: "printf", scope: !109, file: !109, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!109 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!110 = distinct !DISubprogram(name: "add_asm", scope: !14, file: !14, line: 5, type: !15, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!111 = !DILocation(line: 6, column: 5, scope: !110)
!112 = !DILocation(line: 7, column: 48, scope: !110)
!113 = !DILocation(line: 7, column: 56, scope: !110)
!114 = !DILocation(line: 7, column: 5, scope: !110, atomGroup: 1, atomRank: 1)
!115 = !{i64 246}
!116 = !DILocation(line: 7, column: 5, scope: !110, atomGroup: 2, atomRank: 1)
!117 = !DILocation(line: 8, column: 12, scope: !110, atomGroup: 4, atomRank: 2)
!118 = !DILocation(line: 9, column: 1, scope: !110)
!119 = !DILocation(line: 8, column: 5, scope: !110, atomGroup: 4, atomRank: 1)
!120 = distinct !DISubprogram(name: "rol_asm", scope: !14, file: !14, line: 10, type: !15, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!121 = !{!11, !11, i64 0}
!122 = !DILocation(line: 11, column: 5, scope: !120)
!123 = !DILocation(line: 11, column: 45, scope: !120)
!124 = !DILocation(line: 11, column: 5, scope: !120, atomGroup: 1, atomRank: 1)
!125 = !{i64 378}
!126 = !DILocation(line: 11, column: 5, scope: !120, atomGroup: 2, atomRank: 1)
!127 = !DILocation(line: 12, column: 12, scope: !120, atomGroup: 3, atomRank: 2)
!128 = !DILocation(line: 12, column: 5, scope: !120, atomGroup: 3, atomRank: 1)
!129 = distinct !DISubprogram(name: "inc_mem", scope: !14, file: !14, line: 14, type: !15, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!130 = !{!131, !131, i64 0}
!131 = !{!"p1 int", !132, i64 0}
!132 = !{!"any pointer", !11, i64 0}
!133 = !DILocation(line: 14, column: 73, scope: !129)
!134 = !DILocation(line: 14, column: 38, scope: !129, atomGroup: 1, atomRank: 1)
!135 = !{i64 485}
!136 = !DILocation(line: 14, column: 78, scope: !129, atomGroup: 2, atomRank: 1)
!137 = distinct !DISubprogram(name: "mul_hi", scope: !14, file: !14, line: 15, type: !15, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!138 = !DILocation(line: 16, column: 5, scope: !137)
!139 = !DILocation(line: 17, column: 50, scope: !137)
!140 = !DILocation(line: 17, column: 59, scope: !137)
!141 = !DILocation(line: 17, column: 5, scope: !137, atomGroup: 1, atomRank: 1)
!142 = !{i64 599}
!143 = !DILocation(line: 17, column: 5, scope: !137, atomGroup: 2, atomRank: 2)
!144 = !DILocation(line: 17, column: 5, scope: !137, atomGroup: 3, atomRank: 2)
!145 = !DILocation(line: 17, column: 5, scope: !137, atomGroup: 2, atomRank: 1)
!146 = !DILocation(line: 17, column: 5, scope: !137, atomGroup: 3, atomRank: 1)
!147 = !DILocation(line: 18, column: 11, scope: !137)
!148 = !DILocation(line: 19, column: 12, scope: !137, atomGroup: 5, atomRank: 2)
!149 = !DILocation(line: 20, column: 1, scope: !137)
!150 = !DILocation(line: 19, column: 5, scope: !137, atomGroup: 5, atomRank: 1)
