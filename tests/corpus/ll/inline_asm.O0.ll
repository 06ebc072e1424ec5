; ModuleID = 'inline_asm.c'
source_filename = "inline_asm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"barrier %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [10 x i8] c"add %llu\0A\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"rol %08x\0A\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"inc %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [12 x i8] c"mulhi %llu\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
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
  store i32 0, ptr %2, align 4, !dbg !13
  store i32 0, ptr %3, align 4, !dbg !14
  br label %10, !dbg !15

10:                                               ; preds = %17, %0
  %11 = load i32, ptr %3, align 4, !dbg !16
  %12 = icmp slt i32 %11, 100, !dbg !17
  br i1 %12, label %13, label %20, !dbg !18

13:                                               ; preds = %10
  %14 = load i32, ptr %3, align 4, !dbg !19
  %15 = load i32, ptr %2, align 4, !dbg !20
  %16 = add nsw i32 %15, %14, !dbg !20
  store i32 %16, ptr %2, align 4, !dbg !20
  call void asm sideeffect "", "~{memory},~{dirflag},~{fpsr},~{flags}"() #2, !dbg !21, !srcloc !22
  br label %17, !dbg !23

17:                                               ; preds = %13
  %18 = load i32, ptr %3, align 4, !dbg !24
  %19 = add nsw i32 %18, 1, !dbg !24
  store i32 %19, ptr %3, align 4, !dbg !24
  br label %10, !dbg !18, !llvm.loop !25

20:                                               ; preds = %10
  %21 = load i32, ptr %2, align 4, !dbg !27
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %21), !dbg !28
  store i64 0, ptr %4, align 8, !dbg !29
  store i64 0, ptr %5, align 8, !dbg !30
  br label %23, !dbg !31

23:                                               ; preds = %32, %20
  %24 = load i64, ptr %5, align 8, !dbg !32
  %25 = icmp ult i64 %24, 1000, !dbg !33
  br i1 %25, label %26, label %35, !dbg !34

26:                                               ; preds = %23
  %27 = load i64, ptr %4, align 8, !dbg !35
  %28 = load i64, ptr %5, align 8, !dbg !36
  %29 = load i64, ptr %5, align 8, !dbg !37
  %30 = mul i64 %28, %29, !dbg !38
  %31 = call i64 @add_asm(i64 noundef %27, i64 noundef %30), !dbg !39
  store i64 %31, ptr %4, align 8, !dbg !40
  br label %32, !dbg !41

32:                                               ; preds = %26
  %33 = load i64, ptr %5, align 8, !dbg !42
  %34 = add i64 %33, 1, !dbg !42
  store i64 %34, ptr %5, align 8, !dbg !42
  br label %23, !dbg !34, !llvm.loop !43

35:                                               ; preds = %23
  %36 = load i64, ptr %4, align 8, !dbg !45
  %37 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %36), !dbg !46
  store i32 -2147483647, ptr %6, align 4, !dbg !47
  store i32 0, ptr %7, align 4, !dbg !48
  br label %38, !dbg !49

38:                                               ; preds = %49, %35
  %39 = load i32, ptr %7, align 4, !dbg !50
  %40 = icmp slt i32 %39, 10, !dbg !51
  br i1 %40, label %41, label %52, !dbg !52

41:                                               ; preds = %38
  %42 = load i32, ptr %6, align 4, !dbg !53
  %43 = load i32, ptr %7, align 4, !dbg !54
  %44 = add nsw i32 %43, 1, !dbg !55
  %45 = trunc i32 %44 to i8, !dbg !56
  %46 = call i32 @rol_asm(i32 noundef %42, i8 noundef zeroext %45), !dbg !57
  %47 = load i32, ptr %7, align 4, !dbg !58
  %48 = xor i32 %46, %47, !dbg !59
  store i32 %48, ptr %6, align 4, !dbg !60
  br label %49, !dbg !61

49:                                               ; preds = %41
  %50 = load i32, ptr %7, align 4, !dbg !62
  %51 = add nsw i32 %50, 1, !dbg !62
  store i32 %51, ptr %7, align 4, !dbg !62
  br label %38, !dbg !52, !llvm.loop !63

52:                                               ; preds = %38
  %53 = load i32, ptr %6, align 4, !dbg !64
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %53), !dbg !65
  store i32 5, ptr %8, align 4, !dbg !66
  store i32 0, ptr %9, align 4, !dbg !67
  br label %55, !dbg !68

55:                                               ; preds = %59, %52
  %56 = load i32, ptr %9, align 4, !dbg !69
  %57 = icmp slt i32 %56, 37, !dbg !70
  br i1 %57, label %58, label %62, !dbg !71

58:                                               ; preds = %55
  call void @inc_mem(ptr noundef %8), !dbg !72
  br label %59, !dbg !72

59:                                               ; preds = %58
  %60 = load i32, ptr %9, align 4, !dbg !73
  %61 = add nsw i32 %60, 1, !dbg !73
  store i32 %61, ptr %9, align 4, !dbg !73
  br label %55, !dbg !71, !llvm.loop !74

62:                                               ; preds = %55
  %63 = load i32, ptr %8, align 4, !dbg !76
  %64 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %63), !dbg !77
  %65 = call i64 @mul_hi(i64 noundef -2401053089206453570, i64 noundef 81985529216486895), !dbg !78
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %65), !dbg !79
  ret i32 0, !dbg !80
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @add_asm(i64 noundef %0, i64 noundef %1) #0 !dbg !81 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %6 = load i64, ptr %3, align 8, !dbg !82
  %7 = load i64, ptr %4, align 8, !dbg !83
  %8 = call i64 asm "leaq ($1,$2), $0", "=r,r,r,~{dirflag},~{fpsr},~{flags}"(i64 %6, i64 %7) #3, !dbg !84, !srcloc !85
  store i64 %8, ptr %5, align 8, !dbg !84
  %9 = load i64, ptr %5, align 8, !dbg !86
  ret i64 %9, !dbg !87
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @rol_asm(i32 noundef %0, i8 noundef zeroext %1) #0 !dbg !88 {
  %3 = alloca i32, align 4
  %4 = alloca i8, align 1
  store i32 %0, ptr %3, align 4
  store i8 %1, ptr %4, align 1
  %5 = load i32, ptr %3, align 4, !dbg !89
  %6 = load i8, ptr %4, align 1, !dbg !90
  %7 = call i32 asm "roll %cl, $0", "=r,{cx},0,~{dirflag},~{fpsr},~{flags}"(i8 %6, i32 %5) #3, !dbg !89, !srcloc !91
  store i32 %7, ptr %3, align 4, !dbg !89
  %8 = load i32, ptr %3, align 4, !dbg !92
  ret i32 %8, !dbg !93
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @inc_mem(ptr noundef %0) #0 !dbg !94 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !95
  call void asm sideeffect "incl $0", "=*m,*m,~{dirflag},~{fpsr},~{flags}"(ptr elementtype(i32) %3, ptr elementtype(i32) %3) #2, !dbg !96, !srcloc !97
  ret void, !dbg !98
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @mul_hi(i64 noundef %0, i64 noundef %1) #0 !dbg !99 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %7 = load i64, ptr %3, align 8, !dbg !100
  %8 = load i64, ptr %4, align 8, !dbg !101
  %9 = call { i64, i64 } asm "mulq $3", "={ax},={dx},{ax},rm,~{cc},~{dirflag},~{fpsr},~{flags}"(i64 %7, i64 %8) #4, !dbg !102, !srcloc !103
  %10 = extractvalue { i64, i64 } %9, 0, !dbg !102
  %11 = extractvalue { i64, i64 } %9, 1, !dbg !102
  store i64 %10, ptr %5, align 8, !dbg !102
  store i64 %11, ptr %6, align 8, !dbg !102
  %12 = load i64, ptr %5, align 8, !dbg !104
  %13 = load i64, ptr %6, align 8, !dbg !105
  ret i64 %13, !dbg !106
}

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nounwind }
attributes #3 = { nounwind memory(none) }
attributes #4 = { nounwind memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "inline_asm.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 22, type: !11, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "inline_asm.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 23, column: 9, scope: !9)
!14 = !DILocation(line: 24, column: 14, scope: !9)
!15 = !DILocation(line: 24, column: 10, scope: !9)
!16 = !DILocation(line: 24, column: 21, scope: !9)
!17 = !DILocation(line: 24, column: 23, scope: !9)
!18 = !DILocation(line: 24, column: 5, scope: !9)
!19 = !DILocation(line: 25, column: 19, scope: !9)
!20 = !DILocation(line: 25, column: 16, scope: !9)
!21 = !DILocation(line: 26, column: 9, scope: !9)
!22 = !{i64 808}
!23 = !DILocation(line: 27, column: 5, scope: !9)
!24 = !DILocation(line: 24, column: 31, scope: !9)
!25 = distinct !{!25, !18, !23, !26}
!26 = !{!"llvm.loop.mustprogress"}
!27 = !DILocation(line: 28, column: 28, scope: !9)
!28 = !DILocation(line: 28, column: 5, scope: !9)
!29 = !DILocation(line: 29, column: 14, scope: !9)
!30 = !DILocation(line: 30, column: 19, scope: !9)
!31 = !DILocation(line: 30, column: 10, scope: !9)
!32 = !DILocation(line: 30, column: 26, scope: !9)
!33 = !DILocation(line: 30, column: 28, scope: !9)
!34 = !DILocation(line: 30, column: 5, scope: !9)
!35 = !DILocation(line: 30, column: 53, scope: !9)
!36 = !DILocation(line: 30, column: 56, scope: !9)
!37 = !DILocation(line: 30, column: 60, scope: !9)
!38 = !DILocation(line: 30, column: 58, scope: !9)
!39 = !DILocation(line: 30, column: 45, scope: !9)
!40 = !DILocation(line: 30, column: 43, scope: !9)
!41 = !DILocation(line: 30, column: 41, scope: !9)
!42 = !DILocation(line: 30, column: 37, scope: !9)
!43 = distinct !{!43, !34, !44, !26}
!44 = !DILocation(line: 30, column: 61, scope: !9)
!45 = !DILocation(line: 31, column: 46, scope: !9)
!46 = !DILocation(line: 31, column: 5, scope: !9)
!47 = !DILocation(line: 32, column: 14, scope: !9)
!48 = !DILocation(line: 33, column: 14, scope: !9)
!49 = !DILocation(line: 33, column: 10, scope: !9)
!50 = !DILocation(line: 33, column: 21, scope: !9)
!51 = !DILocation(line: 33, column: 23, scope: !9)
!52 = !DILocation(line: 33, column: 5, scope: !9)
!53 = !DILocation(line: 33, column: 46, scope: !9)
!54 = !DILocation(line: 33, column: 59, scope: !9)
!55 = !DILocation(line: 33, column: 61, scope: !9)
!56 = !DILocation(line: 33, column: 49, scope: !9)
!57 = !DILocation(line: 33, column: 38, scope: !9)
!58 = !DILocation(line: 33, column: 79, scope: !9)
!59 = !DILocation(line: 33, column: 67, scope: !9)
!60 = !DILocation(line: 33, column: 36, scope: !9)
!61 = !DILocation(line: 33, column: 34, scope: !9)
!62 = !DILocation(line: 33, column: 30, scope: !9)
!63 = distinct !{!63, !52, !58, !26}
!64 = !DILocation(line: 34, column: 26, scope: !9)
!65 = !DILocation(line: 34, column: 5, scope: !9)
!66 = !DILocation(line: 35, column: 9, scope: !9)
!67 = !DILocation(line: 35, column: 25, scope: !9)
!68 = !DILocation(line: 35, column: 21, scope: !9)
!69 = !DILocation(line: 35, column: 32, scope: !9)
!70 = !DILocation(line: 35, column: 34, scope: !9)
!71 = !DILocation(line: 35, column: 16, scope: !9)
!72 = !DILocation(line: 35, column: 45, scope: !9)
!73 = !DILocation(line: 35, column: 41, scope: !9)
!74 = distinct !{!74, !71, !75, !26}
!75 = !DILocation(line: 35, column: 55, scope: !9)
!76 = !DILocation(line: 36, column: 24, scope: !9)
!77 = !DILocation(line: 36, column: 5, scope: !9)
!78 = !DILocation(line: 37, column: 48, scope: !9)
!79 = !DILocation(line: 37, column: 5, scope: !9)
!80 = !DILocation(line: 38, column: 5, scope: !9)
!81 = distinct !DISubprogram(name: "add_asm", scope: !10, file: !10, line: 5, type: !11, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!82 = !DILocation(line: 7, column: 48, scope: !81)
!83 = !DILocation(line: 7, column: 56, scope: !81)
!84 = !DILocation(line: 7, column: 5, scope: !81)
!85 = !{i64 246}
!86 = !DILocation(line: 8, column: 12, scope: !81)
!87 = !DILocation(line: 8, column: 5, scope: !81)
!88 = distinct !DISubprogram(name: "rol_asm", scope: !10, file: !10, line: 10, type: !11, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!89 = !DILocation(line: 11, column: 5, scope: !88)
!90 = !DILocation(line: 11, column: 45, scope: !88)
!91 = !{i64 378}
!92 = !DILocation(line: 12, column: 12, scope: !88)
!93 = !DILocation(line: 12, column: 5, scope: !88)
!94 = distinct !DISubprogram(name: "inc_mem", scope: !10, file: !10, line: 14, type: !11, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!95 = !DILocation(line: 14, column: 73, scope: !94)
!96 = !DILocation(line: 14, column: 38, scope: !94)
!97 = !{i64 485}
!98 = !DILocation(line: 14, column: 78, scope: !94)
!99 = distinct !DISubprogram(name: "mul_hi", scope: !10, file: !10, line: 15, type: !11, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!100 = !DILocation(line: 17, column: 50, scope: !99)
!101 = !DILocation(line: 17, column: 59, scope: !99)
!102 = !DILocation(line: 17, column: 5, scope: !99)
!103 = !{i64 599}
!104 = !DILocation(line: 18, column: 11, scope: !99)
!105 = !DILocation(line: 19, column: 12, scope: !99)
!106 = !DILocation(line: 19, column: 5, scope: !99)
