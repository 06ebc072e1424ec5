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

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
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
  store float -1.500000e+00, ptr %2, align 4, !dbg !13
  %11 = load i32, ptr %2, align 4, !dbg !14
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %11), !dbg !15
  %13 = load i32, ptr %2, align 4, !dbg !16
  %14 = add i32 %13, 1, !dbg !16
  store i32 %14, ptr %2, align 4, !dbg !16
  %15 = load float, ptr %2, align 4, !dbg !17
  %16 = fpext float %15 to double, !dbg !18
  %17 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %16), !dbg !19
  store double 0x400921FB54442D18, ptr %3, align 8, !dbg !20
  %18 = load i64, ptr %3, align 8, !dbg !21
  %19 = getelementptr inbounds [8 x i8], ptr %3, i64 0, i64 0, !dbg !22
  %20 = load i8, ptr %19, align 8, !dbg !22
  %21 = zext i8 %20 to i32, !dbg !22
  %22 = getelementptr inbounds [8 x i8], ptr %3, i64 0, i64 7, !dbg !23
  %23 = load i8, ptr %22, align 1, !dbg !23
  %24 = zext i8 %23 to i32, !dbg !23
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %18, i32 noundef %21, i32 noundef %24), !dbg !24
  %26 = load i64, ptr %3, align 8, !dbg !25
  %27 = xor i64 %26, -9223372036854775808, !dbg !25
  store i64 %27, ptr %3, align 8, !dbg !25
  %28 = load double, ptr %3, align 8, !dbg !26
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %28), !dbg !27
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %4, ptr align 16 @__const.main.vals, i64 48, i1 false), !dbg !28
  store double 0.000000e+00, ptr %5, align 8, !dbg !29
  store i32 0, ptr %6, align 4, !dbg !30
  br label %30, !dbg !31

30:                                               ; preds = %44, %0
  %31 = load i32, ptr %6, align 4, !dbg !32
  %32 = icmp slt i32 %31, 3, !dbg !33
  br i1 %32, label %33, label %47, !dbg !34

33:                                               ; preds = %30
  %34 = load i32, ptr %6, align 4, !dbg !35
  %35 = sext i32 %34 to i64, !dbg !36
  %36 = getelementptr inbounds [3 x %struct.value], ptr %4, i64 0, i64 %35, !dbg !36
  %37 = getelementptr inbounds nuw { i32, i64 }, ptr %36, i32 0, i32 0, !dbg !37
  %38 = load i32, ptr %37, align 16, !dbg !37
  %39 = getelementptr inbounds nuw { i32, i64 }, ptr %36, i32 0, i32 1, !dbg !37
  %40 = load i64, ptr %39, align 8, !dbg !37
  %41 = call double @as_number(i32 %38, i64 %40), !dbg !37
  %42 = load double, ptr %5, align 8, !dbg !38
  %43 = fadd double %42, %41, !dbg !38
  store double %43, ptr %5, align 8, !dbg !38
  br label %44, !dbg !39

44:                                               ; preds = %33
  %45 = load i32, ptr %6, align 4, !dbg !40
  %46 = add nsw i32 %45, 1, !dbg !40
  store i32 %46, ptr %6, align 4, !dbg !40
  br label %30, !dbg !34, !llvm.loop !41

47:                                               ; preds = %30
  %48 = load double, ptr %5, align 8, !dbg !44
  %49 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %48), !dbg !45
  store float 1.000000e+01, ptr %7, align 4, !dbg !46
  %50 = load float, ptr %7, align 4, !dbg !47
  store float %50, ptr %8, align 4, !dbg !48
  %51 = load i32, ptr %8, align 4, !dbg !49
  %52 = lshr i32 %51, 1, !dbg !50
  %53 = sub i32 1597463007, %52, !dbg !51
  store i32 %53, ptr %8, align 4, !dbg !52
  %54 = load float, ptr %8, align 4, !dbg !53
  %55 = load float, ptr %7, align 4, !dbg !54
  %56 = fmul float 5.000000e-01, %55, !dbg !55
  %57 = load float, ptr %8, align 4, !dbg !56
  %58 = fmul float %56, %57, !dbg !57
  %59 = load float, ptr %8, align 4, !dbg !58
  %60 = fneg float %58, !dbg !59
  %61 = call float @llvm.fmuladd.f32(float %60, float %59, float 1.500000e+00), !dbg !59
  %62 = fmul float %54, %61, !dbg !60
  store float %62, ptr %9, align 4, !dbg !61
  %63 = load float, ptr %9, align 4, !dbg !62
  %64 = fpext float %63 to double, !dbg !63
  %65 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %64), !dbg !64
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %10, ptr align 4 @__const.main.sp, i64 4, i1 false), !dbg !65
  %66 = getelementptr inbounds nuw %struct.anon, ptr %10, i32 0, i32 0, !dbg !66
  %67 = load i16, ptr %66, align 4, !dbg !66
  %68 = zext i16 %67 to i32, !dbg !67
  %69 = getelementptr inbounds nuw %struct.anon, ptr %10, i32 0, i32 1, !dbg !68
  %70 = load i16, ptr %69, align 2, !dbg !68
  %71 = zext i16 %70 to i32, !dbg !69
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %68, i32 noundef %71), !dbg !70
  ret i32 0, !dbg !71
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal double @as_number(i32 %0, i64 %1) #0 !dbg !72 {
  %3 = alloca double, align 8
  %4 = alloca %struct.value, align 8
  %5 = getelementptr inbounds nuw { i32, i64 }, ptr %4, i32 0, i32 0
  store i32 %0, ptr %5, align 8
  %6 = getelementptr inbounds nuw { i32, i64 }, ptr %4, i32 0, i32 1
  store i64 %1, ptr %6, align 8
  %7 = getelementptr inbounds nuw %struct.value, ptr %4, i32 0, i32 0, !dbg !73
  %8 = load i32, ptr %7, align 8, !dbg !73
  switch i32 %8, label %16 [
    i32 0, label %9
    i32 1, label %13
  ], !dbg !74

9:                                                ; preds = %2
  %10 = getelementptr inbounds nuw %struct.value, ptr %4, i32 0, i32 1, !dbg !75
  %11 = load i64, ptr %10, align 8, !dbg !75
  %12 = sitofp i64 %11 to double, !dbg !76
  store double %12, ptr %3, align 8, !dbg !77
  br label %22, !dbg !77

13:                                               ; preds = %2
  %14 = getelementptr inbounds nuw %struct.value, ptr %4, i32 0, i32 1, !dbg !78
  %15 = load double, ptr %14, align 8, !dbg !78
  store double %15, ptr %3, align 8, !dbg !79
  br label %22, !dbg !79

16:                                               ; preds = %2
  %17 = getelementptr inbounds nuw %struct.value, ptr %4, i32 0, i32 1, !dbg !80
  %18 = load ptr, ptr %17, align 8, !dbg !80
  %19 = getelementptr inbounds i8, ptr %18, i64 0, !dbg !81
  %20 = load i8, ptr %19, align 1, !dbg !81
  %21 = sitofp i8 %20 to double, !dbg !82
  store double %21, ptr %3, align 8, !dbg !83
  br label %22, !dbg !83

22:                                               ; preds = %16, %13, %9
  %23 = load double, ptr %3, align 8, !dbg !84
  ret double %23, !dbg !84
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #3

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "unions.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 14, type: !11, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "unions.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 15, column: 26, scope: !9)
!14 = !DILocation(line: 16, column: 36, scope: !9)
!15 = !DILocation(line: 16, column: 5, scope: !9)
!16 = !DILocation(line: 17, column: 10, scope: !9)
!17 = !DILocation(line: 18, column: 44, scope: !9)
!18 = !DILocation(line: 18, column: 33, scope: !9)
!19 = !DILocation(line: 18, column: 5, scope: !9)
!20 = !DILocation(line: 19, column: 26, scope: !9)
!21 = !DILocation(line: 20, column: 82, scope: !9)
!22 = !DILocation(line: 20, column: 85, scope: !9)
!23 = !DILocation(line: 20, column: 94, scope: !9)
!24 = !DILocation(line: 20, column: 5, scope: !9)
!25 = !DILocation(line: 21, column: 10, scope: !9)
!26 = !DILocation(line: 22, column: 34, scope: !9)
!27 = !DILocation(line: 22, column: 5, scope: !9)
!28 = !DILocation(line: 23, column: 18, scope: !9)
!29 = !DILocation(line: 24, column: 12, scope: !9)
!30 = !DILocation(line: 24, column: 28, scope: !9)
!31 = !DILocation(line: 24, column: 24, scope: !9)
!32 = !DILocation(line: 24, column: 35, scope: !9)
!33 = !DILocation(line: 24, column: 37, scope: !9)
!34 = !DILocation(line: 24, column: 19, scope: !9)
!35 = !DILocation(line: 24, column: 67, scope: !9)
!36 = !DILocation(line: 24, column: 62, scope: !9)
!37 = !DILocation(line: 24, column: 52, scope: !9)
!38 = !DILocation(line: 24, column: 49, scope: !9)
!39 = !DILocation(line: 24, column: 47, scope: !9)
!40 = !DILocation(line: 24, column: 43, scope: !9)
!41 = distinct !{!41, !34, !42, !43}
!42 = !DILocation(line: 24, column: 69, scope: !9)
!43 = !{!"llvm.loop.mustprogress"}
!44 = !DILocation(line: 25, column: 30, scope: !9)
!45 = !DILocation(line: 25, column: 5, scope: !9)
!46 = !DILocation(line: 27, column: 11, scope: !9)
!47 = !DILocation(line: 27, column: 39, scope: !9)
!48 = !DILocation(line: 27, column: 38, scope: !9)
!49 = !DILocation(line: 27, column: 66, scope: !9)
!50 = !DILocation(line: 27, column: 68, scope: !9)
!51 = !DILocation(line: 27, column: 61, scope: !9)
!52 = !DILocation(line: 27, column: 47, scope: !9)
!53 = !DILocation(line: 28, column: 17, scope: !9)
!54 = !DILocation(line: 28, column: 36, scope: !9)
!55 = !DILocation(line: 28, column: 34, scope: !9)
!56 = !DILocation(line: 28, column: 42, scope: !9)
!57 = !DILocation(line: 28, column: 38, scope: !9)
!58 = !DILocation(line: 28, column: 48, scope: !9)
!59 = !DILocation(line: 28, column: 27, scope: !9)
!60 = !DILocation(line: 28, column: 19, scope: !9)
!61 = !DILocation(line: 28, column: 11, scope: !9)
!62 = !DILocation(line: 29, column: 36, scope: !9)
!63 = !DILocation(line: 29, column: 28, scope: !9)
!64 = !DILocation(line: 29, column: 5, scope: !9)
!65 = !DILocation(line: 30, column: 58, scope: !9)
!66 = !DILocation(line: 31, column: 38, scope: !9)
!67 = !DILocation(line: 31, column: 33, scope: !9)
!68 = !DILocation(line: 31, column: 47, scope: !9)
!69 = !DILocation(line: 31, column: 42, scope: !9)
!70 = !DILocation(line: 31, column: 5, scope: !9)
!71 = !DILocation(line: 32, column: 5, scope: !9)
!72 = distinct !DISubprogram(name: "as_number", scope: !10, file: !10, line: 10, type: !11, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!73 = !DILocation(line: 11, column: 15, scope: !72)
!74 = !DILocation(line: 11, column: 5, scope: !72)
!75 = !DILocation(line: 11, column: 49, scope: !72)
!76 = !DILocation(line: 11, column: 39, scope: !72)
!77 = !DILocation(line: 11, column: 32, scope: !72)
!78 = !DILocation(line: 11, column: 73, scope: !72)
!79 = !DILocation(line: 11, column: 64, scope: !72)
!80 = !DILocation(line: 11, column: 102, scope: !72)
!81 = !DILocation(line: 11, column: 100, scope: !72)
!82 = !DILocation(line: 11, column: 92, scope: !72)
!83 = !DILocation(line: 11, column: 85, scope: !72)
!84 = !DILocation(line: 12, column: 1, scope: !72)
