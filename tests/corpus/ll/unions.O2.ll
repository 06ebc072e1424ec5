; ModuleID = 'unions.c'
source_filename = "unions.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%union.anon = type { i64 }
%union.anon.0 = type { i32 }
%union.fbits = type { float }
%union.dbits = type { double }
%struct.value = type { i32, %union.anon }
%struct.anon = type { i16, i16 }

@.str = private unnamed_addr constant [17 x i8] c"float bits %08x\0A\00", align 1
@.str.1 = private unnamed_addr constant [17 x i8] c"next float %.9g\0A\00", align 1
@.str.2 = private unnamed_addr constant [43 x i8] c"double bits %016llx byte0=%02x byte7=%02x\0A\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"negated %.17g\0A\00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c"A\00", align 1
@__const.main.vals = private unnamed_addr constant <{ { i32, [4 x i8], %union.anon }, { i32, [4 x i8], { double } }, { i32, [4 x i8], { ptr } } }> <{ { i32, [4 x i8], %union.anon } { i32 0, [4 x i8] zeroinitializer, %union.anon { i64 42 } }, { i32, [4 x i8], { double } } { i32 1, [4 x i8] zeroinitializer, { double } { double 2.500000e+00 } }, { i32, [4 x i8], { ptr } } { i32 2, [4 x i8] zeroinitializer, { ptr } { ptr @.str.4 } } }>, align 16
@.str.5 = private unnamed_addr constant [14 x i8] c"tagged %.17g\0A\00", align 1
@.str.6 = private unnamed_addr constant [12 x i8] c"rsqrt %.9g\0A\00", align 1
@__const.main.sp = private unnamed_addr constant %union.anon.0 { i32 -889275714 }, align 4
@.str.7 = private unnamed_addr constant [17 x i8] c"split %04x %04x\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca %union.fbits, align 4
  %3 = alloca %union.dbits, align 8
  %4 = alloca [3 x %struct.value], align 16
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca float, align 4
  %8 = alloca %union.fbits, align 4
  %9 = alloca float, align 4
  %10 = alloca %union.anon.0, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5, !dbg !17
  store float -1.500000e+00, ptr %2, align 4, !dbg !18, !tbaa !19
  %11 = load i32, ptr %2, align 4, !dbg !20, !tbaa !19
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %11), !dbg !21
  %13 = load i32, ptr %2, align 4, !dbg !22, !tbaa !19
  %14 = add i32 %13, 1, !dbg !23
  store i32 %14, ptr %2, align 4, !dbg !24, !tbaa !19
  %15 = load float, ptr %2, align 4, !dbg !25, !tbaa !19
  %16 = fpext float %15 to double, !dbg !26
  %17 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %16), !dbg !27
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !28
  store double 0x400921FB54442D18, ptr %3, align 8, !dbg !29, !tbaa !19
  %18 = load i64, ptr %3, align 8, !dbg !30, !tbaa !19
  %19 = getelementptr inbounds [8 x i8], ptr %3, i64 0, i64 0, !dbg !31
  %20 = load i8, ptr %19, align 8, !dbg !31, !tbaa !19
  %21 = zext i8 %20 to i32, !dbg !31
  %22 = getelementptr inbounds [8 x i8], ptr %3, i64 0, i64 7, !dbg !32
  %23 = load i8, ptr %22, align 1, !dbg !32, !tbaa !19
  %24 = zext i8 %23 to i32, !dbg !32
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %18, i32 noundef %21, i32 noundef %24), !dbg !33
  %26 = load i64, ptr %3, align 8, !dbg !34, !tbaa !19
  %27 = xor i64 %26, -9223372036854775808, !dbg !35
  store i64 %27, ptr %3, align 8, !dbg !36, !tbaa !19
  %28 = load double, ptr %3, align 8, !dbg !37, !tbaa !19
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %28), !dbg !38
  call void @llvm.lifetime.start.p0(ptr %4) #5, !dbg !39
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 16 @__const.main.vals, i64 48, i1 false), !dbg !40
  call void @llvm.lifetime.start.p0(ptr %5) #5, !dbg !41
  store double 0.000000e+00, ptr %5, align 8, !dbg !42, !tbaa !43
  call void @llvm.lifetime.start.p0(ptr %6) #5, !dbg !45
  store i32 0, ptr %6, align 4, !dbg !46, !tbaa !9
  br label %30, !dbg !45

30:                                               ; preds = %45, %0
  %31 = load i32, ptr %6, align 4, !dbg !47, !tbaa !9
  %32 = icmp slt i32 %31, 3, !dbg !48
  br i1 %32, label %34, label %33, !dbg !49

33:                                               ; preds = %30
  call void @llvm.lifetime.end.p0(ptr %6) #5, !dbg !50
  br label %48

34:                                               ; preds = %30
  %35 = load i32, ptr %6, align 4, !dbg !51, !tbaa !9
  %36 = sext i32 %35 to i64, !dbg !52
  %37 = getelementptr inbounds [3 x %struct.value], ptr %4, i64 0, i64 %36, !dbg !52
  %38 = getelementptr inbounds nuw { i32, i64 }, ptr %37, i32 0, i32 0, !dbg !53
  %39 = load i32, ptr %38, align 16, !dbg !53
  %40 = getelementptr inbounds nuw { i32, i64 }, ptr %37, i32 0, i32 1, !dbg !53
  %41 = load i64, ptr %40, align 8, !dbg !53
  %42 = call double @as_number(i32 %39, i64 %41), !dbg !53
  %43 = load double, ptr %5, align 8, !dbg !54, !tbaa !43
  %44 = fadd double %43, %42, !dbg !55
  store double %44, ptr %5, align 8, !dbg !56, !tbaa !43
  br label %45, !dbg !57

45:                                               ; preds = %34
  %46 = load i32, ptr %6, align 4, !dbg !58, !tbaa !9
  %47 = add nsw i32 %46, 1, !dbg !59
  store i32 %47, ptr %6, align 4, !dbg !60, !tbaa !9
  br label %30, !dbg !50, !llvm.loop !61

48:                                               ; preds = %33
  %49 = load double, ptr %5, align 8, !dbg !64, !tbaa !43
  %50 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %49), !dbg !65
  call void @llvm.lifetime.start.p0(ptr %7) #5, !dbg !66
  store float 1.000000e+01, ptr %7, align 4, !dbg !67, !tbaa !68
  call void @llvm.lifetime.start.p0(ptr %8) #5, !dbg !70
  %51 = load float, ptr %7, align 4, !dbg !71, !tbaa !68
  store float %51, ptr %8, align 4, !dbg !72, !tbaa !19
  %52 = load i32, ptr %8, align 4, !dbg !73, !tbaa !19
  %53 = lshr i32 %52, 1, !dbg !74
  %54 = sub i32 1597463007, %53, !dbg !75
  store i32 %54, ptr %8, align 4, !dbg !76, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %9) #5, !dbg !77
  %55 = load float, ptr %8, align 4, !dbg !78, !tbaa !19
  %56 = load float, ptr %7, align 4, !dbg !79, !tbaa !68
  %57 = fmul float 5.000000e-01, %56, !dbg !80
  %58 = load float, ptr %8, align 4, !dbg !81, !tbaa !19
  %59 = fmul float %57, %58, !dbg !82
  %60 = load float, ptr %8, align 4, !dbg !83, !tbaa !19
  %61 = fneg float %59, !dbg !84
  %62 = call float @llvm.fmuladd.f32(float %61, float %60, float 1.500000e+00), !dbg !84
  %63 = fmul float %55, %62, !dbg !85
  store float %63, ptr %9, align 4, !dbg !86, !tbaa !68
  %64 = load float, ptr %9, align 4, !dbg !87, !tbaa !68
  %65 = fpext float %64 to double, !dbg !88
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %65), !dbg !89
  call void @llvm.lifetime.start.p0(ptr %10) #5, !dbg !90
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %10, ptr align 4 @__const.main.sp, i64 4, i1 false), !dbg !91
  %67 = getelementptr inbounds nuw %struct.anon, ptr %10, i32 0, i32 0, !dbg !92
  %68 = load i16, ptr %67, align 4, !dbg !92, !tbaa !19
  %69 = zext i16 %68 to i32, !dbg !93
  %70 = getelementptr inbounds nuw %struct.anon, ptr %10, i32 0, i32 1, !dbg !94
  %71 = load i16, ptr %70, align 2, !dbg !94, !tbaa !19
  %72 = zext i16 %71 to i32, !dbg !95
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %69, i32 noundef %72), !dbg !96
  call void @llvm.lifetime.end.p0(ptr %10) #5, !dbg !97
  call void @llvm.lifetime.end.p0(ptr %9) #5, !dbg !97
  call void @llvm.lifetime.end.p0(ptr %8) #5, !dbg !97
  call void @llvm.lifetime.end.p0(ptr %7) #5, !dbg !97
  call void @llvm.lifetime.end.p0(ptr %5) #5, !dbg !97
  call void @llvm.lifetime.end.p0(ptr %4) #5, !dbg !97
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !97
  call void @llvm.lifetime.end.p0(ptr %2) #5, !dbg !97
  ret i32 0, !dbg !98
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

declare !dbg !99 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nounwind uwtable
define internal double @as_number(i32 %0, i64 %1) #0 !dbg !101 {
  %3 = alloca double, align 8
  %4 = alloca %struct.value, align 8
  %5 = getelementptr inbounds nuw { i32, i64 }, ptr %4, i32 0, i32 0
  store i32 %0, ptr %5, align 8
  %6 = getelementptr inbounds nuw { i32, i64 }, ptr %4, i32 0, i32 1
  store i64 %1, ptr %6, align 8
  %7 = getelementptr inbounds nuw %struct.value, ptr %4, i32 0, i32 0, !dbg !102
  %8 = load i32, ptr %7, align 8, !dbg !103, !tbaa !104
  switch i32 %8, label %16 [
    i32 0, label %9
    i32 1, label %13
  ], !dbg !106

9:                                                ; preds = %2
  %10 = getelementptr inbounds nuw %struct.value, ptr %4, i32 0, i32 1, !dbg !107
  %11 = load i64, ptr %10, align 8, !dbg !108, !tbaa !19
  %12 = sitofp i64 %11 to double, !dbg !109
  store double %12, ptr %3, align 8, !dbg !110
  br label %22, !dbg !110

13:                                               ; preds = %2
  %14 = getelementptr inbounds nuw %struct.value, ptr %4, i32 0, i32 1, !dbg !111
  %15 = load double, ptr %14, align 8, !dbg !112, !tbaa !19
  store double %15, ptr %3, align 8, !dbg !113
  br label %22, !dbg !113

16:                                               ; preds = %2
  %17 = getelementptr inbounds nuw %struct.value, ptr %4, i32 0, i32 1, !dbg !114
  %18 = load ptr, ptr %17, align 8, !dbg !114, !tbaa !19
  %19 = getelementptr inbounds i8, ptr %18, i64 0, !dbg !115
  %20 = load i8, ptr %19, align 1, !dbg !116, !tbaa !19
  %21 = sitofp i8 %20 to double, !dbg !117
  store double %21, ptr %3, align 8, !dbg !118
  br label %22, !dbg !118

22:                                               ; preds = %16, %13, %9
  %23 = load double, ptr %3, align 8, !dbg !119
  ret double %23, !dbg !120
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #4

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "unions.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 14, type: !15, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "unions.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 15, column: 5, scope: !13)
!18 = !DILocation(line: 15, column: 26, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !{!11, !11, i64 0}
!20 = !DILocation(line: 16, column: 36, scope: !13)
!21 = !DILocation(line: 16, column: 5, scope: !13)
!22 = !DILocation(line: 17, column: 10, scope: !13)
!23 = !DILocation(line: 17, column: 10, scope: !13, atomGroup: 2, atomRank: 2)
!24 = !DILocation(line: 17, column: 10, scope: !13, atomGroup: 2, atomRank: 1)
!25 = !DILocation(line: 18, column: 44, scope: !13)
!26 = !DILocation(line: 18, column: 33, scope: !13)
!27 = !DILocation(line: 18, column: 5, scope: !13)
!28 = !DILocation(line: 19, column: 5, scope: !13)
!29 = !DILocation(line: 19, column: 26, scope: !13, atomGroup: 3, atomRank: 1)
!30 = !DILocation(line: 20, column: 82, scope: !13)
!31 = !DILocation(line: 20, column: 85, scope: !13)
!32 = !DILocation(line: 20, column: 94, scope: !13)
!33 = !DILocation(line: 20, column: 5, scope: !13)
!34 = !DILocation(line: 21, column: 10, scope: !13)
!35 = !DILocation(line: 21, column: 10, scope: !13, atomGroup: 4, atomRank: 2)
!36 = !DILocation(line: 21, column: 10, scope: !13, atomGroup: 4, atomRank: 1)
!37 = !DILocation(line: 22, column: 34, scope: !13)
!38 = !DILocation(line: 22, column: 5, scope: !13)
!39 = !DILocation(line: 23, column: 5, scope: !13)
!40 = !DILocation(line: 23, column: 18, scope: !13, atomGroup: 5, atomRank: 1)
!41 = !DILocation(line: 24, column: 5, scope: !13)
!42 = !DILocation(line: 24, column: 12, scope: !13, atomGroup: 6, atomRank: 1)
!43 = !{!44, !44, i64 0}
!44 = !{!"double", !11, i64 0}
!45 = !DILocation(line: 24, column: 24, scope: !13)
!46 = !DILocation(line: 24, column: 28, scope: !13, atomGroup: 7, atomRank: 1)
!47 = !DILocation(line: 24, column: 35, scope: !13)
!48 = !DILocation(line: 24, column: 37, scope: !13, atomGroup: 8, atomRank: 1)
!49 = !DILocation(line: 24, column: 19, scope: !13, atomGroup: 9, atomRank: 1)
!50 = !DILocation(line: 24, column: 19, scope: !13)
!51 = !DILocation(line: 24, column: 67, scope: !13)
!52 = !DILocation(line: 24, column: 62, scope: !13)
!53 = !DILocation(line: 24, column: 52, scope: !13)
!54 = !DILocation(line: 24, column: 49, scope: !13)
!55 = !DILocation(line: 24, column: 49, scope: !13, atomGroup: 10, atomRank: 2)
!56 = !DILocation(line: 24, column: 49, scope: !13, atomGroup: 10, atomRank: 1)
!57 = !DILocation(line: 24, column: 47, scope: !13, atomGroup: 12, atomRank: 1)
!58 = !DILocation(line: 24, column: 43, scope: !13)
!59 = !DILocation(line: 24, column: 43, scope: !13, atomGroup: 11, atomRank: 2)
!60 = !DILocation(line: 24, column: 43, scope: !13, atomGroup: 11, atomRank: 1)
!61 = distinct !{!61, !50, !62, !63}
!62 = !DILocation(line: 24, column: 69, scope: !13)
!63 = !{!"llvm.loop.mustprogress"}
!64 = !DILocation(line: 25, column: 30, scope: !13)
!65 = !DILocation(line: 25, column: 5, scope: !13)
!66 = !DILocation(line: 27, column: 5, scope: !13)
!67 = !DILocation(line: 27, column: 11, scope: !13, atomGroup: 13, atomRank: 1)
!68 = !{!69, !69, i64 0}
!69 = !{!"float", !11, i64 0}
!70 = !DILocation(line: 27, column: 22, scope: !13)
!71 = !DILocation(line: 27, column: 39, scope: !13, atomGroup: 14, atomRank: 2)
!72 = !DILocation(line: 27, column: 38, scope: !13, atomGroup: 14, atomRank: 1)
!73 = !DILocation(line: 27, column: 66, scope: !13)
!74 = !DILocation(line: 27, column: 68, scope: !13)
!75 = !DILocation(line: 27, column: 61, scope: !13, atomGroup: 15, atomRank: 2)
!76 = !DILocation(line: 27, column: 47, scope: !13, atomGroup: 15, atomRank: 1)
!77 = !DILocation(line: 28, column: 5, scope: !13)
!78 = !DILocation(line: 28, column: 17, scope: !13)
!79 = !DILocation(line: 28, column: 36, scope: !13)
!80 = !DILocation(line: 28, column: 34, scope: !13)
!81 = !DILocation(line: 28, column: 42, scope: !13)
!82 = !DILocation(line: 28, column: 38, scope: !13)
!83 = !DILocation(line: 28, column: 48, scope: !13)
!84 = !DILocation(line: 28, column: 27, scope: !13)
!85 = !DILocation(line: 28, column: 19, scope: !13, atomGroup: 16, atomRank: 2)
!86 = !DILocation(line: 28, column: 11, scope: !13, atomGroup: 16, atomRank: 1)
!87 = !DILocation(line: 29, column: 36, scope: !13)
!88 = !DILocation(line: 29, column: 28, scope: !13)
!89 = !DILocation(line: 29, column: 5, scope: !13)
!90 = !DILocation(line: 30, column: 5, scope: !13)
!91 = !DILocation(line: 30, column: 58, scope: !13, atomGroup: 17, atomRank: 1)
!92 = !DILocation(line: 31, column: 38, scope: !13)
!93 = !DILocation(line: 31, column: 33, scope: !13)
!94 = !DILocation(line: 31, column: 47, scope: !13)
!95 = !DILocation(line: 31, column: 42, scope: !13)
!96 = !DILocation(line: 31, column: 5, scope: !13)
!97 = !DILocation(line: 33, column: 1, scope: !13)
!98 = !DILocation(line: 32, column: 5, scope: !13, atomGroup: 19, atomRank: 1)
!99 = !DISubprogram(name: "printf", scope: !100, file: !100, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!100 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!101 = distinct !DISubprogram(name: "as_number", scope: !14, file: !14, line: 10, type: !15, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!102 = !DILocation(line: 11, column: 15, scope: !101)
!103 = !DILocation(line: 11, column: 15, scope: !101, atomGroup: 1, atomRank: 2)
!104 = !{!105, !10, i64 0}
!105 = !{!"value", !10, i64 0, !11, i64 8}
!106 = !DILocation(line: 11, column: 5, scope: !101, atomGroup: 1, atomRank: 1)
!107 = !DILocation(line: 11, column: 49, scope: !101)
!108 = !DILocation(line: 11, column: 49, scope: !101, atomGroup: 2, atomRank: 3)
!109 = !DILocation(line: 11, column: 39, scope: !101, atomGroup: 2, atomRank: 2)
!110 = !DILocation(line: 11, column: 32, scope: !101, atomGroup: 2, atomRank: 1)
!111 = !DILocation(line: 11, column: 73, scope: !101)
!112 = !DILocation(line: 11, column: 73, scope: !101, atomGroup: 3, atomRank: 2)
!113 = !DILocation(line: 11, column: 64, scope: !101, atomGroup: 3, atomRank: 1)
!114 = !DILocation(line: 11, column: 102, scope: !101)
!115 = !DILocation(line: 11, column: 100, scope: !101)
!116 = !DILocation(line: 11, column: 100, scope: !101, atomGroup: 4, atomRank: 3)
!117 = !DILocation(line: 11, column: 92, scope: !101, atomGroup: 4, atomRank: 2)
!118 = !DILocation(line: 11, column: 85, scope: !101, atomGroup: 4, atomRank: 1)
!119 = !DILocation(line: 12, column: 1, scope: !101, atomGroup: 5, atomRank: 2)
!120 = !DILocation(line: 12, column: 1, scope: !101, atomGroup: 5, atomRank: 1)
