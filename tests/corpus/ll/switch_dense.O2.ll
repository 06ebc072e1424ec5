; ModuleID = 'switch_dense.c'
source_filename = "switch_dense.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [11 x i8] c"total=%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"acc=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"%s%c\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"sun\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"mon\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"tue\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"wed\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"thu\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"fri\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"sat\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3, !dbg !17
  store i64 0, ptr %2, align 8, !dbg !18, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #3, !dbg !21
  store i32 -3, ptr %3, align 4, !dbg !22, !tbaa !9
  br label %7, !dbg !21

7:                                                ; preds = %19, %0
  %8 = load i32, ptr %3, align 4, !dbg !23, !tbaa !9
  %9 = icmp slt i32 %8, 40, !dbg !24
  br i1 %9, label %11, label %10, !dbg !25

10:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %3) #3, !dbg !26
  br label %22

11:                                               ; preds = %7
  %12 = load i64, ptr %2, align 8, !dbg !27, !tbaa !19
  %13 = mul nsw i64 %12, 3, !dbg !28
  %14 = load i32, ptr %3, align 4, !dbg !29, !tbaa !9
  %15 = srem i32 %14, 13, !dbg !30
  %16 = call i32 @classify(i32 noundef %15), !dbg !31
  %17 = sext i32 %16 to i64, !dbg !31
  %18 = add nsw i64 %13, %17, !dbg !32
  store i64 %18, ptr %2, align 8, !dbg !33, !tbaa !19
  br label %19, !dbg !34

19:                                               ; preds = %11
  %20 = load i32, ptr %3, align 4, !dbg !35, !tbaa !9
  %21 = add nsw i32 %20, 1, !dbg !36
  store i32 %21, ptr %3, align 4, !dbg !37, !tbaa !9
  br label %7, !dbg !26, !llvm.loop !38

22:                                               ; preds = %10
  %23 = load i64, ptr %2, align 8, !dbg !41, !tbaa !19
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %23), !dbg !42
  call void @llvm.lifetime.start.p0(ptr %4) #3, !dbg !43
  store i32 0, ptr %4, align 4, !dbg !44, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #3, !dbg !45
  store i32 0, ptr %5, align 4, !dbg !46, !tbaa !9
  br label %25, !dbg !45

25:                                               ; preds = %52, %22
  %26 = load i32, ptr %5, align 4, !dbg !47, !tbaa !9
  %27 = icmp slt i32 %26, 100, !dbg !48
  br i1 %27, label %29, label %28, !dbg !49

28:                                               ; preds = %25
  call void @llvm.lifetime.end.p0(ptr %5) #3, !dbg !50
  br label %55

29:                                               ; preds = %25
  %30 = load i32, ptr %5, align 4, !dbg !51, !tbaa !9
  %31 = and i32 %30, 7, !dbg !52
  switch i32 %31, label %45 [
    i32 0, label %32
    i32 1, label %35
    i32 2, label %38
    i32 3, label %41
    i32 5, label %44
  ], !dbg !53

32:                                               ; preds = %29
  %33 = load i32, ptr %4, align 4, !dbg !54, !tbaa !9
  %34 = add nsw i32 %33, 1, !dbg !55
  store i32 %34, ptr %4, align 4, !dbg !56, !tbaa !9
  br label %35, !dbg !57

35:                                               ; preds = %29, %32
  %36 = load i32, ptr %4, align 4, !dbg !58, !tbaa !9
  %37 = mul nsw i32 %36, 3, !dbg !59
  store i32 %37, ptr %4, align 4, !dbg !60, !tbaa !9
  br label %49, !dbg !61

38:                                               ; preds = %29
  %39 = load i32, ptr %4, align 4, !dbg !62, !tbaa !9
  %40 = sub nsw i32 %39, 7, !dbg !63
  store i32 %40, ptr %4, align 4, !dbg !64, !tbaa !9
  br label %41, !dbg !65

41:                                               ; preds = %29, %38
  %42 = load i32, ptr %4, align 4, !dbg !66, !tbaa !9
  %43 = xor i32 %42, 85, !dbg !67
  store i32 %43, ptr %4, align 4, !dbg !68, !tbaa !9
  br label %49, !dbg !69

44:                                               ; preds = %29
  br label %52, !dbg !70

45:                                               ; preds = %29
  %46 = load i32, ptr %5, align 4, !dbg !71, !tbaa !9
  %47 = load i32, ptr %4, align 4, !dbg !72, !tbaa !9
  %48 = add nsw i32 %47, %46, !dbg !73
  store i32 %48, ptr %4, align 4, !dbg !74, !tbaa !9
  br label %49, !dbg !75

49:                                               ; preds = %45, %41, %35
  %50 = load i32, ptr %4, align 4, !dbg !76, !tbaa !9
  %51 = and i32 %50, 16777215, !dbg !77
  store i32 %51, ptr %4, align 4, !dbg !78, !tbaa !9
  br label %52, !dbg !79

52:                                               ; preds = %49, %44
  %53 = load i32, ptr %5, align 4, !dbg !80, !tbaa !9
  %54 = add nsw i32 %53, 1, !dbg !81
  store i32 %54, ptr %5, align 4, !dbg !82, !tbaa !9
  br label %25, !dbg !50, !llvm.loop !83

55:                                               ; preds = %28
  %56 = load i32, ptr %4, align 4, !dbg !85, !tbaa !9
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %56), !dbg !86
  call void @llvm.lifetime.start.p0(ptr %6) #3, !dbg !87
  store i32 0, ptr %6, align 4, !dbg !88, !tbaa !9
  br label %58, !dbg !87

58:                                               ; preds = %70, %55
  %59 = load i32, ptr %6, align 4, !dbg !89, !tbaa !9
  %60 = icmp ult i32 %59, 9, !dbg !90
  br i1 %60, label %62, label %61, !dbg !91

61:                                               ; preds = %58
  call void @llvm.lifetime.end.p0(ptr %6) #3, !dbg !92
  br label %73

62:                                               ; preds = %58
  %63 = load i32, ptr %6, align 4, !dbg !93, !tbaa !9
  %64 = call ptr @day(i32 noundef %63), !dbg !94
  %65 = load i32, ptr %6, align 4, !dbg !95, !tbaa !9
  %66 = icmp eq i32 %65, 8, !dbg !96
  %67 = zext i1 %66 to i64, !dbg !95
  %68 = select i1 %66, i32 10, i32 32, !dbg !95
  %69 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %64, i32 noundef %68), !dbg !97
  br label %70, !dbg !98

70:                                               ; preds = %62
  %71 = load i32, ptr %6, align 4, !dbg !99, !tbaa !9
  %72 = add i32 %71, 1, !dbg !100
  store i32 %72, ptr %6, align 4, !dbg !101, !tbaa !9
  br label %58, !dbg !92, !llvm.loop !102

73:                                               ; preds = %61
  call void @llvm.lifetime.end.p0(ptr %4) #3, !dbg !104
  call void @llvm.lifetime.end.p0(ptr %2) #3, !dbg !104
  ret i32 0, !dbg !105
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal i32 @classify(i32 noundef %0) #0 !dbg !106 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !9
  %4 = load i32, ptr %3, align 4, !dbg !107, !tbaa !9
  switch i32 %4, label %16 [
    i32 0, label %5
    i32 1, label %6
    i32 2, label %7
    i32 3, label %8
    i32 4, label %8
    i32 5, label %9
    i32 6, label %10
    i32 7, label %11
    i32 8, label %12
    i32 9, label %13
    i32 10, label %14
    i32 11, label %15
  ], !dbg !108

5:                                                ; preds = %1
  store i32 10, ptr %2, align 4, !dbg !109
  br label %17, !dbg !109

6:                                                ; preds = %1
  store i32 21, ptr %2, align 4, !dbg !110
  br label %17, !dbg !110

7:                                                ; preds = %1
  store i32 32, ptr %2, align 4, !dbg !111
  br label %17, !dbg !111

8:                                                ; preds = %1, %1
  store i32 54, ptr %2, align 4, !dbg !112
  br label %17, !dbg !112

9:                                                ; preds = %1
  store i32 65, ptr %2, align 4, !dbg !113
  br label %17, !dbg !113

10:                                               ; preds = %1
  store i32 76, ptr %2, align 4, !dbg !114
  br label %17, !dbg !114

11:                                               ; preds = %1
  store i32 87, ptr %2, align 4, !dbg !115
  br label %17, !dbg !115

12:                                               ; preds = %1
  store i32 98, ptr %2, align 4, !dbg !116
  br label %17, !dbg !116

13:                                               ; preds = %1
  store i32 109, ptr %2, align 4, !dbg !117
  br label %17, !dbg !117

14:                                               ; preds = %1
  store i32 1110, ptr %2, align 4, !dbg !118
  br label %17, !dbg !118

15:                                               ; preds = %1
  store i32 -11, ptr %2, align 4, !dbg !119
  br label %17, !dbg !119

16:                                               ; preds = %1
  store i32 -1, ptr %2, align 4, !dbg !120
  br label %17, !dbg !120

17:                                               ; preds = %16, %15, %14, %13, %12, %11, %10, %9, %8, %7, %6, %5
  %18 = load i32, ptr %2, align 4, !dbg !121
  ret i32 %18, !dbg !122
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !123 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind uwtable
define internal ptr @day(i32 noundef %0) #0 !dbg !125 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !9
  %4 = load i32, ptr %3, align 4, !dbg !126, !tbaa !9
  %5 = urem i32 %4, 7, !dbg !127
  switch i32 %5, label %12 [
    i32 0, label %6
    i32 1, label %7
    i32 2, label %8
    i32 3, label %9
    i32 4, label %10
    i32 5, label %11
  ], !dbg !128

6:                                                ; preds = %1
  store ptr @.str.3, ptr %2, align 8, !dbg !129
  br label %13, !dbg !129

7:                                                ; preds = %1
  store ptr @.str.4, ptr %2, align 8, !dbg !130
  br label %13, !dbg !130

8:                                                ; preds = %1
  store ptr @.str.5, ptr %2, align 8, !dbg !131
  br label %13, !dbg !131

9:                                                ; preds = %1
  store ptr @.str.6, ptr %2, align 8, !dbg !132
  br label %13, !dbg !132

10:                                               ; preds = %1
  store ptr @.str.7, ptr %2, align 8, !dbg !133
  br label %13, !dbg !133

11:                                               ; preds = %1
  store ptr @.str.8, ptr %2, align 8, !dbg !134
  br label %13, !dbg !134

12:                                               ; preds = %1
  store ptr @.str.9, ptr %2, align 8, !dbg !135
  br label %13, !dbg !135

13:                                               ; preds = %12, %11, %10, %9, %8, %7, %6
  %14 = load ptr, ptr %2, align 8, !dbg !136
  ret ptr %14, !dbg !137
}

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "switch_dense.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 29, type: !15, scopeLine: 29, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "switch_dense.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 30, column: 5, scope: !13)
!18 = !DILocation(line: 30, column: 10, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !{!20, !20, i64 0}
!20 = !{!"long", !11, i64 0}
!21 = !DILocation(line: 31, column: 10, scope: !13)
!22 = !DILocation(line: 31, column: 14, scope: !13, atomGroup: 2, atomRank: 1)
!23 = !DILocation(line: 31, column: 22, scope: !13)
!24 = !DILocation(line: 31, column: 24, scope: !13, atomGroup: 3, atomRank: 1)
!25 = !DILocation(line: 31, column: 5, scope: !13, atomGroup: 4, atomRank: 1)
!26 = !DILocation(line: 31, column: 5, scope: !13)
!27 = !DILocation(line: 31, column: 43, scope: !13)
!28 = !DILocation(line: 31, column: 49, scope: !13)
!29 = !DILocation(line: 31, column: 64, scope: !13)
!30 = !DILocation(line: 31, column: 66, scope: !13)
!31 = !DILocation(line: 31, column: 55, scope: !13)
!32 = !DILocation(line: 31, column: 53, scope: !13, atomGroup: 5, atomRank: 2)
!33 = !DILocation(line: 31, column: 41, scope: !13, atomGroup: 5, atomRank: 1)
!34 = !DILocation(line: 31, column: 35, scope: !13, atomGroup: 7, atomRank: 1)
!35 = !DILocation(line: 31, column: 31, scope: !13)
!36 = !DILocation(line: 31, column: 31, scope: !13, atomGroup: 6, atomRank: 2)
!37 = !DILocation(line: 31, column: 31, scope: !13, atomGroup: 6, atomRank: 1)
!38 = distinct !{!38, !26, !39, !40}
!39 = !DILocation(line: 31, column: 70, scope: !13)
!40 = !{!"llvm.loop.mustprogress"}
!41 = !DILocation(line: 32, column: 27, scope: !13)
!42 = !DILocation(line: 32, column: 5, scope: !13)
!43 = !DILocation(line: 33, column: 5, scope: !13)
!44 = !DILocation(line: 33, column: 9, scope: !13, atomGroup: 8, atomRank: 1)
!45 = !DILocation(line: 34, column: 10, scope: !13)
!46 = !DILocation(line: 34, column: 14, scope: !13, atomGroup: 9, atomRank: 1)
!47 = !DILocation(line: 34, column: 21, scope: !13)
!48 = !DILocation(line: 34, column: 23, scope: !13, atomGroup: 10, atomRank: 1)
!49 = !DILocation(line: 34, column: 5, scope: !13, atomGroup: 11, atomRank: 1)
!50 = !DILocation(line: 34, column: 5, scope: !13)
!51 = !DILocation(line: 35, column: 17, scope: !13)
!52 = !DILocation(line: 35, column: 19, scope: !13, atomGroup: 12, atomRank: 2)
!53 = !DILocation(line: 35, column: 9, scope: !13, atomGroup: 12, atomRank: 1)
!54 = !DILocation(line: 36, column: 21, scope: !13)
!55 = !DILocation(line: 36, column: 21, scope: !13, atomGroup: 13, atomRank: 2)
!56 = !DILocation(line: 36, column: 21, scope: !13, atomGroup: 13, atomRank: 1)
!57 = !DILocation(line: 36, column: 17, scope: !13)
!58 = !DILocation(line: 37, column: 21, scope: !13)
!59 = !DILocation(line: 37, column: 21, scope: !13, atomGroup: 14, atomRank: 2)
!60 = !DILocation(line: 37, column: 21, scope: !13, atomGroup: 14, atomRank: 1)
!61 = !DILocation(line: 37, column: 27, scope: !13, atomGroup: 15, atomRank: 1)
!62 = !DILocation(line: 38, column: 21, scope: !13)
!63 = !DILocation(line: 38, column: 21, scope: !13, atomGroup: 16, atomRank: 2)
!64 = !DILocation(line: 38, column: 21, scope: !13, atomGroup: 16, atomRank: 1)
!65 = !DILocation(line: 38, column: 17, scope: !13)
!66 = !DILocation(line: 39, column: 21, scope: !13)
!67 = !DILocation(line: 39, column: 21, scope: !13, atomGroup: 17, atomRank: 2)
!68 = !DILocation(line: 39, column: 21, scope: !13, atomGroup: 17, atomRank: 1)
!69 = !DILocation(line: 39, column: 30, scope: !13, atomGroup: 18, atomRank: 1)
!70 = !DILocation(line: 40, column: 17, scope: !13, atomGroup: 19, atomRank: 1)
!71 = !DILocation(line: 41, column: 25, scope: !13)
!72 = !DILocation(line: 41, column: 22, scope: !13)
!73 = !DILocation(line: 41, column: 22, scope: !13, atomGroup: 20, atomRank: 2)
!74 = !DILocation(line: 41, column: 22, scope: !13, atomGroup: 20, atomRank: 1)
!75 = !DILocation(line: 42, column: 9, scope: !13)
!76 = !DILocation(line: 43, column: 13, scope: !13)
!77 = !DILocation(line: 43, column: 13, scope: !13, atomGroup: 21, atomRank: 2)
!78 = !DILocation(line: 43, column: 13, scope: !13, atomGroup: 21, atomRank: 1)
!79 = !DILocation(line: 44, column: 5, scope: !13, atomGroup: 23, atomRank: 1)
!80 = !DILocation(line: 34, column: 31, scope: !13)
!81 = !DILocation(line: 34, column: 31, scope: !13, atomGroup: 22, atomRank: 2)
!82 = !DILocation(line: 34, column: 31, scope: !13, atomGroup: 22, atomRank: 1)
!83 = distinct !{!83, !50, !84, !40}
!84 = !DILocation(line: 44, column: 5, scope: !13)
!85 = !DILocation(line: 45, column: 24, scope: !13)
!86 = !DILocation(line: 45, column: 5, scope: !13)
!87 = !DILocation(line: 46, column: 10, scope: !13)
!88 = !DILocation(line: 46, column: 19, scope: !13, atomGroup: 24, atomRank: 1)
!89 = !DILocation(line: 46, column: 26, scope: !13)
!90 = !DILocation(line: 46, column: 28, scope: !13, atomGroup: 25, atomRank: 1)
!91 = !DILocation(line: 46, column: 5, scope: !13, atomGroup: 26, atomRank: 1)
!92 = !DILocation(line: 46, column: 5, scope: !13)
!93 = !DILocation(line: 46, column: 57, scope: !13)
!94 = !DILocation(line: 46, column: 53, scope: !13)
!95 = !DILocation(line: 46, column: 61, scope: !13)
!96 = !DILocation(line: 46, column: 63, scope: !13)
!97 = !DILocation(line: 46, column: 38, scope: !13)
!98 = !DILocation(line: 46, column: 38, scope: !13, atomGroup: 28, atomRank: 1)
!99 = !DILocation(line: 46, column: 34, scope: !13)
!100 = !DILocation(line: 46, column: 34, scope: !13, atomGroup: 27, atomRank: 2)
!101 = !DILocation(line: 46, column: 34, scope: !13, atomGroup: 27, atomRank: 1)
!102 = distinct !{!102, !92, !103, !40}
!103 = !DILocation(line: 46, column: 80, scope: !13)
!104 = !DILocation(line: 48, column: 1, scope: !13)
!105 = !DILocation(line: 47, column: 5, scope: !13, atomGroup: 30, atomRank: 1)
!106 = distinct !DISubprogram(name: "classify", scope: !14, file: !14, line: 4, type: !15, scopeLine: 4, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!107 = !DILocation(line: 5, column: 13, scope: !106, atomGroup: 1, atomRank: 2)
!108 = !DILocation(line: 5, column: 5, scope: !106, atomGroup: 1, atomRank: 1)
!109 = !DILocation(line: 6, column: 13, scope: !106, atomGroup: 2, atomRank: 1)
!110 = !DILocation(line: 7, column: 13, scope: !106, atomGroup: 3, atomRank: 1)
!111 = !DILocation(line: 8, column: 13, scope: !106, atomGroup: 4, atomRank: 1)
!112 = !DILocation(line: 10, column: 13, scope: !106, atomGroup: 5, atomRank: 1)
!113 = !DILocation(line: 11, column: 13, scope: !106, atomGroup: 6, atomRank: 1)
!114 = !DILocation(line: 12, column: 13, scope: !106, atomGroup: 7, atomRank: 1)
!115 = !DILocation(line: 13, column: 13, scope: !106, atomGroup: 8, atomRank: 1)
!116 = !DILocation(line: 14, column: 13, scope: !106, atomGroup: 9, atomRank: 1)
!117 = !DILocation(line: 15, column: 13, scope: !106, atomGroup: 10, atomRank: 1)
!118 = !DILocation(line: 16, column: 14, scope: !106, atomGroup: 11, atomRank: 1)
!119 = !DILocation(line: 17, column: 14, scope: !106, atomGroup: 12, atomRank: 1)
!120 = !DILocation(line: 18, column: 14, scope: !106, atomGroup: 13, atomRank: 1)
!121 = !DILocation(line: 20, column: 1, scope: !106, atomGroup: 14, atomRank: 2)
!122 = !DILocation(line: 20, column: 1, scope: !106, atomGroup: 14, atomRank: 1)
!123 = !DISubprogram(name: "printf", scope: !124, file: !124, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!124 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!125 = distinct !DISubprogram(name: "day", scope: !14, file: !14, line: 22, type: !15, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!126 = !DILocation(line: 23, column: 13, scope: !125)
!127 = !DILocation(line: 23, column: 15, scope: !125, atomGroup: 1, atomRank: 2)
!128 = !DILocation(line: 23, column: 5, scope: !125, atomGroup: 1, atomRank: 1)
!129 = !DILocation(line: 24, column: 13, scope: !125, atomGroup: 2, atomRank: 1)
!130 = !DILocation(line: 24, column: 35, scope: !125, atomGroup: 3, atomRank: 1)
!131 = !DILocation(line: 24, column: 57, scope: !125, atomGroup: 4, atomRank: 1)
!132 = !DILocation(line: 24, column: 79, scope: !125, atomGroup: 5, atomRank: 1)
!133 = !DILocation(line: 25, column: 13, scope: !125, atomGroup: 6, atomRank: 1)
!134 = !DILocation(line: 25, column: 35, scope: !125, atomGroup: 7, atomRank: 1)
!135 = !DILocation(line: 25, column: 58, scope: !125, atomGroup: 8, atomRank: 1)
!136 = !DILocation(line: 27, column: 1, scope: !125, atomGroup: 9, atomRank: 2)
!137 = !DILocation(line: 27, column: 1, scope: !125, atomGroup: 9, atomRank: 1)
