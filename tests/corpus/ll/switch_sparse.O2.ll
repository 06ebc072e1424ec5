; ModuleID = 'switch_sparse.c'
source_filename = "switch_sparse.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.probes = private unnamed_addr constant [11 x i64] [i64 -1000000000000, i64 -7, i64 13, i64 14, i64 1000, i64 65536, i64 99999, i64 1099511627776, i64 9223372036854775807, i64 0, i64 -8], align 16
@.str = private unnamed_addr constant [11 x i8] c"sparse=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [33 x i8] c"let x = (12 + foo) * 3 - y / 7;\0A\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"%d%c\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"h=%u\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca [11 x i64], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca [7 x i32], align 16
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5, !dbg !17
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.probes, i64 88, i1 false), !dbg !18
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !19
  store i32 0, ptr %3, align 4, !dbg !20, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #5, !dbg !21
  store i32 0, ptr %4, align 4, !dbg !22, !tbaa !9
  br label %11, !dbg !21

11:                                               ; preds = %26, %0
  %12 = load i32, ptr %4, align 4, !dbg !23, !tbaa !9
  %13 = zext i32 %12 to i64, !dbg !23
  %14 = icmp ult i64 %13, 11, !dbg !24
  br i1 %14, label %16, label %15, !dbg !25

15:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %4) #5, !dbg !26
  br label %29

16:                                               ; preds = %11
  %17 = load i32, ptr %3, align 4, !dbg !27, !tbaa !9
  %18 = mul nsw i32 %17, 10, !dbg !28
  %19 = load i32, ptr %4, align 4, !dbg !29, !tbaa !9
  %20 = zext i32 %19 to i64, !dbg !30
  %21 = getelementptr inbounds nuw [11 x i64], ptr %2, i64 0, i64 %20, !dbg !30
  %22 = load i64, ptr %21, align 8, !dbg !30, !tbaa !31
  %23 = call i32 @sparse(i64 noundef %22), !dbg !33
  %24 = srem i32 %23, 10, !dbg !34
  %25 = add nsw i32 %18, %24, !dbg !35
  store i32 %25, ptr %3, align 4, !dbg !36, !tbaa !9
  br label %26, !dbg !37

26:                                               ; preds = %16
  %27 = load i32, ptr %4, align 4, !dbg !38, !tbaa !9
  %28 = add i32 %27, 1, !dbg !39
  store i32 %28, ptr %4, align 4, !dbg !40, !tbaa !9
  br label %11, !dbg !26, !llvm.loop !41

29:                                               ; preds = %15
  %30 = load i32, ptr %3, align 4, !dbg !44, !tbaa !9
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %30), !dbg !45
  call void @llvm.lifetime.start.p0(ptr %5) #5, !dbg !46
  store ptr @.str.1, ptr %5, align 8, !dbg !47, !tbaa !48
  call void @llvm.lifetime.start.p0(ptr %6) #5, !dbg !51
  call void @llvm.memset.p0.i64(ptr align 16 %6, i8 0, i64 28, i1 false), !dbg !52
  call void @llvm.lifetime.start.p0(ptr %7) #5, !dbg !53
  %32 = load ptr, ptr %5, align 8, !dbg !54, !tbaa !48
  store ptr %32, ptr %7, align 8, !dbg !55, !tbaa !48
  br label %33, !dbg !53

33:                                               ; preds = %46, %29
  %34 = load ptr, ptr %7, align 8, !dbg !56, !tbaa !48
  %35 = load i8, ptr %34, align 1, !dbg !57, !tbaa !58
  %36 = icmp ne i8 %35, 0, !dbg !59
  br i1 %36, label %38, label %37, !dbg !60

37:                                               ; preds = %33
  call void @llvm.lifetime.end.p0(ptr %7) #5, !dbg !61
  br label %49

38:                                               ; preds = %33
  %39 = load ptr, ptr %7, align 8, !dbg !62, !tbaa !48
  %40 = load i8, ptr %39, align 1, !dbg !63, !tbaa !58
  %41 = call i32 @kind(i8 noundef signext %40), !dbg !64
  %42 = sext i32 %41 to i64, !dbg !65
  %43 = getelementptr inbounds [7 x i32], ptr %6, i64 0, i64 %42, !dbg !65
  %44 = load i32, ptr %43, align 4, !dbg !66, !tbaa !9
  %45 = add nsw i32 %44, 1, !dbg !67
  store i32 %45, ptr %43, align 4, !dbg !68, !tbaa !9
  br label %46, !dbg !69

46:                                               ; preds = %38
  %47 = load ptr, ptr %7, align 8, !dbg !70, !tbaa !48
  %48 = getelementptr inbounds nuw i8, ptr %47, i32 1, !dbg !71
  store ptr %48, ptr %7, align 8, !dbg !72, !tbaa !48
  br label %33, !dbg !61, !llvm.loop !73

49:                                               ; preds = %37
  call void @llvm.lifetime.start.p0(ptr %8) #5, !dbg !74
  store i32 1, ptr %8, align 4, !dbg !75, !tbaa !9
  br label %50, !dbg !74

50:                                               ; preds = %64, %49
  %51 = load i32, ptr %8, align 4, !dbg !76, !tbaa !9
  %52 = icmp slt i32 %51, 7, !dbg !77
  br i1 %52, label %54, label %53, !dbg !78

53:                                               ; preds = %50
  call void @llvm.lifetime.end.p0(ptr %8) #5, !dbg !79
  br label %67

54:                                               ; preds = %50
  %55 = load i32, ptr %8, align 4, !dbg !80, !tbaa !9
  %56 = sext i32 %55 to i64, !dbg !81
  %57 = getelementptr inbounds [7 x i32], ptr %6, i64 0, i64 %56, !dbg !81
  %58 = load i32, ptr %57, align 4, !dbg !81, !tbaa !9
  %59 = load i32, ptr %8, align 4, !dbg !82, !tbaa !9
  %60 = icmp eq i32 %59, 6, !dbg !83
  %61 = zext i1 %60 to i64, !dbg !82
  %62 = select i1 %60, i32 10, i32 44, !dbg !82
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %58, i32 noundef %62), !dbg !84
  br label %64, !dbg !85

64:                                               ; preds = %54
  %65 = load i32, ptr %8, align 4, !dbg !86, !tbaa !9
  %66 = add nsw i32 %65, 1, !dbg !87
  store i32 %66, ptr %8, align 4, !dbg !88, !tbaa !9
  br label %50, !dbg !79, !llvm.loop !89

67:                                               ; preds = %53
  call void @llvm.lifetime.start.p0(ptr %9) #5, !dbg !91
  store i32 0, ptr %9, align 4, !dbg !92, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #5, !dbg !93
  store i32 0, ptr %10, align 4, !dbg !94, !tbaa !9
  br label %68, !dbg !93

68:                                               ; preds = %88, %67
  %69 = load i32, ptr %10, align 4, !dbg !95, !tbaa !9
  %70 = icmp ult i32 %69, 5000, !dbg !96
  br i1 %70, label %72, label %71, !dbg !97

71:                                               ; preds = %68
  call void @llvm.lifetime.end.p0(ptr %10) #5, !dbg !98
  br label %91

72:                                               ; preds = %68
  %73 = load i32, ptr %10, align 4, !dbg !99, !tbaa !9
  switch i32 %73, label %84 [
    i32 3, label %74
    i32 300, label %74
    i32 3000, label %74
    i32 999, label %78
    i32 4998, label %81
  ], !dbg !100

74:                                               ; preds = %72, %72, %72
  %75 = load i32, ptr %10, align 4, !dbg !101, !tbaa !9
  %76 = load i32, ptr %9, align 4, !dbg !102, !tbaa !9
  %77 = add i32 %76, %75, !dbg !103
  store i32 %77, ptr %9, align 4, !dbg !104, !tbaa !9
  br label %87, !dbg !105

78:                                               ; preds = %72
  %79 = load i32, ptr %9, align 4, !dbg !106, !tbaa !9
  %80 = xor i32 %79, 2748, !dbg !107
  store i32 %80, ptr %9, align 4, !dbg !108, !tbaa !9
  br label %87, !dbg !109

81:                                               ; preds = %72
  %82 = load i32, ptr %9, align 4, !dbg !110, !tbaa !9
  %83 = mul i32 %82, 7, !dbg !111
  store i32 %83, ptr %9, align 4, !dbg !112, !tbaa !9
  br label %87, !dbg !113

84:                                               ; preds = %72
  %85 = load i32, ptr %9, align 4, !dbg !114, !tbaa !9
  %86 = add i32 %85, 1, !dbg !115
  store i32 %86, ptr %9, align 4, !dbg !116, !tbaa !9
  br label %87, !dbg !117

87:                                               ; preds = %84, %81, %78, %74
  br label %88, !dbg !118

88:                                               ; preds = %87
  %89 = load i32, ptr %10, align 4, !dbg !119, !tbaa !9
  %90 = add i32 %89, 3, !dbg !120
  store i32 %90, ptr %10, align 4, !dbg !121, !tbaa !9
  br label %68, !dbg !98, !llvm.loop !122

91:                                               ; preds = %71
  %92 = load i32, ptr %9, align 4, !dbg !124, !tbaa !9
  %93 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %92), !dbg !125
  call void @llvm.lifetime.end.p0(ptr %9) #5, !dbg !126
  call void @llvm.lifetime.end.p0(ptr %6) #5, !dbg !126
  call void @llvm.lifetime.end.p0(ptr %5) #5, !dbg !126
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !126
  call void @llvm.lifetime.end.p0(ptr %2) #5, !dbg !126
  ret i32 0, !dbg !127
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nounwind uwtable
define internal i32 @sparse(i64 noundef %0) #0 !dbg !128 {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !31
  %4 = load i64, ptr %3, align 8, !dbg !129, !tbaa !31
  switch i64 %4, label %13 [
    i64 -1000000000000, label %5
    i64 -7, label %6
    i64 13, label %7
    i64 1000, label %8
    i64 65536, label %9
    i64 99999, label %10
    i64 1099511627776, label %11
    i64 9223372036854775807, label %12
  ], !dbg !130

5:                                                ; preds = %1
  store i32 1, ptr %2, align 4, !dbg !131
  br label %14, !dbg !131

6:                                                ; preds = %1
  store i32 2, ptr %2, align 4, !dbg !132
  br label %14, !dbg !132

7:                                                ; preds = %1
  store i32 3, ptr %2, align 4, !dbg !133
  br label %14, !dbg !133

8:                                                ; preds = %1
  store i32 4, ptr %2, align 4, !dbg !134
  br label %14, !dbg !134

9:                                                ; preds = %1
  store i32 5, ptr %2, align 4, !dbg !135
  br label %14, !dbg !135

10:                                               ; preds = %1
  store i32 6, ptr %2, align 4, !dbg !136
  br label %14, !dbg !136

11:                                               ; preds = %1
  store i32 7, ptr %2, align 4, !dbg !137
  br label %14, !dbg !137

12:                                               ; preds = %1
  store i32 8, ptr %2, align 4, !dbg !138
  br label %14, !dbg !138

13:                                               ; preds = %1
  store i32 0, ptr %2, align 4, !dbg !139
  br label %14, !dbg !139

14:                                               ; preds = %13, %12, %11, %10, %9, %8, %7, %6, %5
  %15 = load i32, ptr %2, align 4, !dbg !140
  ret i32 %15, !dbg !141
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !142 i32 @printf(ptr noundef, ...) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: nounwind uwtable
define internal i32 @kind(i8 noundef signext %0) #0 !dbg !144 {
  %2 = alloca i32, align 4
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !58
  %4 = load i8, ptr %3, align 1, !dbg !145, !tbaa !58
  %5 = sext i8 %4 to i32, !dbg !146
  switch i32 %5, label %10 [
    i32 32, label %6
    i32 9, label %6
    i32 10, label %6
    i32 48, label %7
    i32 49, label %7
    i32 50, label %7
    i32 51, label %7
    i32 52, label %7
    i32 53, label %7
    i32 54, label %7
    i32 55, label %7
    i32 56, label %7
    i32 57, label %7
    i32 43, label %8
    i32 45, label %8
    i32 42, label %8
    i32 47, label %8
    i32 40, label %9
    i32 41, label %9
  ], !dbg !147

6:                                                ; preds = %1, %1, %1
  store i32 1, ptr %2, align 4, !dbg !148
  br label %22, !dbg !148

7:                                                ; preds = %1, %1, %1, %1, %1, %1, %1, %1, %1, %1
  store i32 2, ptr %2, align 4, !dbg !149
  br label %22, !dbg !149

8:                                                ; preds = %1, %1, %1, %1
  store i32 3, ptr %2, align 4, !dbg !150
  br label %22, !dbg !150

9:                                                ; preds = %1, %1
  store i32 4, ptr %2, align 4, !dbg !151
  br label %22, !dbg !151

10:                                               ; preds = %1
  %11 = load i8, ptr %3, align 1, !dbg !152, !tbaa !58
  %12 = sext i8 %11 to i32, !dbg !152
  %13 = icmp sge i32 %12, 97, !dbg !153
  br i1 %13, label %14, label %18, !dbg !154

14:                                               ; preds = %10
  %15 = load i8, ptr %3, align 1, !dbg !155, !tbaa !58
  %16 = sext i8 %15 to i32, !dbg !155
  %17 = icmp sle i32 %16, 122, !dbg !156
  br label %18

18:                                               ; preds = %14, %10
  %19 = phi i1 [ false, %10 ], [ %17, %14 ], !dbg !157
  %20 = zext i1 %19 to i64, !dbg !158
  %21 = select i1 %19, i32 5, i32 6, !dbg !159
  store i32 %21, ptr %2, align 4, !dbg !160
  br label %22, !dbg !160

22:                                               ; preds = %18, %9, %8, %7, %6
  %23 = load i32, ptr %2, align 4, !dbg !161
  ret i32 %23, !dbg !162
}

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "switch_sparse.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 28, type: !15, scopeLine: 28, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "switch_sparse.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 29, column: 5, scope: !13)
!18 = !DILocation(line: 29, column: 15, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !DILocation(line: 30, column: 5, scope: !13)
!20 = !DILocation(line: 30, column: 9, scope: !13, atomGroup: 2, atomRank: 1)
!21 = !DILocation(line: 31, column: 10, scope: !13)
!22 = !DILocation(line: 31, column: 19, scope: !13, atomGroup: 3, atomRank: 1)
!23 = !DILocation(line: 31, column: 26, scope: !13)
!24 = !DILocation(line: 31, column: 28, scope: !13, atomGroup: 4, atomRank: 1)
!25 = !DILocation(line: 31, column: 5, scope: !13, atomGroup: 5, atomRank: 1)
!26 = !DILocation(line: 31, column: 5, scope: !13)
!27 = !DILocation(line: 31, column: 73, scope: !13)
!28 = !DILocation(line: 31, column: 75, scope: !13)
!29 = !DILocation(line: 31, column: 96, scope: !13)
!30 = !DILocation(line: 31, column: 89, scope: !13)
!31 = !{!32, !32, i64 0}
!32 = !{!"long long", !11, i64 0}
!33 = !DILocation(line: 31, column: 82, scope: !13)
!34 = !DILocation(line: 31, column: 100, scope: !13)
!35 = !DILocation(line: 31, column: 80, scope: !13, atomGroup: 6, atomRank: 2)
!36 = !DILocation(line: 31, column: 71, scope: !13, atomGroup: 6, atomRank: 1)
!37 = !DILocation(line: 31, column: 69, scope: !13, atomGroup: 8, atomRank: 1)
!38 = !DILocation(line: 31, column: 65, scope: !13)
!39 = !DILocation(line: 31, column: 65, scope: !13, atomGroup: 7, atomRank: 2)
!40 = !DILocation(line: 31, column: 65, scope: !13, atomGroup: 7, atomRank: 1)
!41 = distinct !{!41, !26, !42, !43}
!42 = !DILocation(line: 31, column: 102, scope: !13)
!43 = !{!"llvm.loop.mustprogress"}
!44 = !DILocation(line: 32, column: 27, scope: !13)
!45 = !DILocation(line: 32, column: 5, scope: !13)
!46 = !DILocation(line: 33, column: 5, scope: !13)
!47 = !DILocation(line: 33, column: 17, scope: !13, atomGroup: 9, atomRank: 1)
!48 = !{!49, !49, i64 0}
!49 = !{!"p1 omnipotent char", !50, i64 0}
!50 = !{!"any pointer", !11, i64 0}
!51 = !DILocation(line: 34, column: 5, scope: !13)
!52 = !DILocation(line: 34, column: 9, scope: !13, atomGroup: 10, atomRank: 1)
!53 = !DILocation(line: 35, column: 10, scope: !13)
!54 = !DILocation(line: 35, column: 26, scope: !13, atomGroup: 11, atomRank: 2)
!55 = !DILocation(line: 35, column: 22, scope: !13, atomGroup: 11, atomRank: 1)
!56 = !DILocation(line: 35, column: 33, scope: !13)
!57 = !DILocation(line: 35, column: 32, scope: !13)
!58 = !{!11, !11, i64 0}
!59 = !DILocation(line: 35, column: 5, scope: !13, atomGroup: 12, atomRank: 1)
!60 = !DILocation(line: 35, column: 5, scope: !13, atomGroup: 13, atomRank: 1)
!61 = !DILocation(line: 35, column: 5, scope: !13)
!62 = !DILocation(line: 35, column: 54, scope: !13)
!63 = !DILocation(line: 35, column: 53, scope: !13)
!64 = !DILocation(line: 35, column: 48, scope: !13)
!65 = !DILocation(line: 35, column: 41, scope: !13)
!66 = !DILocation(line: 35, column: 57, scope: !13)
!67 = !DILocation(line: 35, column: 57, scope: !13, atomGroup: 14, atomRank: 2)
!68 = !DILocation(line: 35, column: 57, scope: !13, atomGroup: 14, atomRank: 1)
!69 = !DILocation(line: 35, column: 41, scope: !13, atomGroup: 16, atomRank: 1)
!70 = !DILocation(line: 35, column: 37, scope: !13)
!71 = !DILocation(line: 35, column: 37, scope: !13, atomGroup: 15, atomRank: 2)
!72 = !DILocation(line: 35, column: 37, scope: !13, atomGroup: 15, atomRank: 1)
!73 = distinct !{!73, !61, !66, !43}
!74 = !DILocation(line: 36, column: 10, scope: !13)
!75 = !DILocation(line: 36, column: 14, scope: !13, atomGroup: 17, atomRank: 1)
!76 = !DILocation(line: 36, column: 21, scope: !13)
!77 = !DILocation(line: 36, column: 23, scope: !13, atomGroup: 18, atomRank: 1)
!78 = !DILocation(line: 36, column: 5, scope: !13, atomGroup: 19, atomRank: 1)
!79 = !DILocation(line: 36, column: 5, scope: !13)
!80 = !DILocation(line: 36, column: 55, scope: !13)
!81 = !DILocation(line: 36, column: 48, scope: !13)
!82 = !DILocation(line: 36, column: 59, scope: !13)
!83 = !DILocation(line: 36, column: 61, scope: !13)
!84 = !DILocation(line: 36, column: 33, scope: !13)
!85 = !DILocation(line: 36, column: 33, scope: !13, atomGroup: 21, atomRank: 1)
!86 = !DILocation(line: 36, column: 29, scope: !13)
!87 = !DILocation(line: 36, column: 29, scope: !13, atomGroup: 20, atomRank: 2)
!88 = !DILocation(line: 36, column: 29, scope: !13, atomGroup: 20, atomRank: 1)
!89 = distinct !{!89, !79, !90, !43}
!90 = !DILocation(line: 36, column: 78, scope: !13)
!91 = !DILocation(line: 37, column: 5, scope: !13)
!92 = !DILocation(line: 37, column: 14, scope: !13, atomGroup: 22, atomRank: 1)
!93 = !DILocation(line: 38, column: 10, scope: !13)
!94 = !DILocation(line: 38, column: 19, scope: !13, atomGroup: 23, atomRank: 1)
!95 = !DILocation(line: 38, column: 26, scope: !13)
!96 = !DILocation(line: 38, column: 28, scope: !13, atomGroup: 24, atomRank: 1)
!97 = !DILocation(line: 38, column: 5, scope: !13, atomGroup: 25, atomRank: 1)
!98 = !DILocation(line: 38, column: 5, scope: !13)
!99 = !DILocation(line: 39, column: 17, scope: !13, atomGroup: 26, atomRank: 2)
!100 = !DILocation(line: 39, column: 9, scope: !13, atomGroup: 26, atomRank: 1)
!101 = !DILocation(line: 40, column: 43, scope: !13)
!102 = !DILocation(line: 40, column: 40, scope: !13)
!103 = !DILocation(line: 40, column: 40, scope: !13, atomGroup: 27, atomRank: 2)
!104 = !DILocation(line: 40, column: 40, scope: !13, atomGroup: 27, atomRank: 1)
!105 = !DILocation(line: 40, column: 46, scope: !13, atomGroup: 28, atomRank: 1)
!106 = !DILocation(line: 41, column: 21, scope: !13)
!107 = !DILocation(line: 41, column: 21, scope: !13, atomGroup: 29, atomRank: 2)
!108 = !DILocation(line: 41, column: 21, scope: !13, atomGroup: 29, atomRank: 1)
!109 = !DILocation(line: 41, column: 31, scope: !13, atomGroup: 30, atomRank: 1)
!110 = !DILocation(line: 42, column: 22, scope: !13)
!111 = !DILocation(line: 42, column: 22, scope: !13, atomGroup: 31, atomRank: 2)
!112 = !DILocation(line: 42, column: 22, scope: !13, atomGroup: 31, atomRank: 1)
!113 = !DILocation(line: 42, column: 28, scope: !13, atomGroup: 32, atomRank: 1)
!114 = !DILocation(line: 43, column: 20, scope: !13)
!115 = !DILocation(line: 43, column: 20, scope: !13, atomGroup: 33, atomRank: 2)
!116 = !DILocation(line: 43, column: 20, scope: !13, atomGroup: 33, atomRank: 1)
!117 = !DILocation(line: 44, column: 9, scope: !13)
!118 = !DILocation(line: 45, column: 5, scope: !13, atomGroup: 35, atomRank: 1)
!119 = !DILocation(line: 38, column: 38, scope: !13)
!120 = !DILocation(line: 38, column: 38, scope: !13, atomGroup: 34, atomRank: 2)
!121 = !DILocation(line: 38, column: 38, scope: !13, atomGroup: 34, atomRank: 1)
!122 = distinct !{!122, !98, !123, !43}
!123 = !DILocation(line: 45, column: 5, scope: !13)
!124 = !DILocation(line: 46, column: 22, scope: !13)
!125 = !DILocation(line: 46, column: 5, scope: !13)
!126 = !DILocation(line: 48, column: 1, scope: !13)
!127 = !DILocation(line: 47, column: 5, scope: !13, atomGroup: 37, atomRank: 1)
!128 = distinct !DISubprogram(name: "sparse", scope: !14, file: !14, line: 4, type: !15, scopeLine: 4, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!129 = !DILocation(line: 5, column: 13, scope: !128, atomGroup: 1, atomRank: 2)
!130 = !DILocation(line: 5, column: 5, scope: !128, atomGroup: 1, atomRank: 1)
!131 = !DILocation(line: 6, column: 28, scope: !128, atomGroup: 2, atomRank: 1)
!132 = !DILocation(line: 7, column: 14, scope: !128, atomGroup: 3, atomRank: 1)
!133 = !DILocation(line: 8, column: 14, scope: !128, atomGroup: 4, atomRank: 1)
!134 = !DILocation(line: 9, column: 16, scope: !128, atomGroup: 5, atomRank: 1)
!135 = !DILocation(line: 10, column: 17, scope: !128, atomGroup: 6, atomRank: 1)
!136 = !DILocation(line: 11, column: 17, scope: !128, atomGroup: 7, atomRank: 1)
!137 = !DILocation(line: 12, column: 21, scope: !128, atomGroup: 8, atomRank: 1)
!138 = !DILocation(line: 13, column: 32, scope: !128, atomGroup: 9, atomRank: 1)
!139 = !DILocation(line: 14, column: 14, scope: !128, atomGroup: 10, atomRank: 1)
!140 = !DILocation(line: 16, column: 1, scope: !128, atomGroup: 11, atomRank: 2)
!141 = !DILocation(line: 16, column: 1, scope: !128, atomGroup: 11, atomRank: 1)
!142 = !DISubprogram(name: "printf", scope: !143, file: !143, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!143 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!144 = distinct !DISubprogram(name: "kind", scope: !14, file: !14, line: 18, type: !15, scopeLine: 18, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!145 = !DILocation(line: 19, column: 13, scope: !144, atomGroup: 1, atomRank: 3)
!146 = !DILocation(line: 19, column: 13, scope: !144, atomGroup: 1, atomRank: 2)
!147 = !DILocation(line: 19, column: 5, scope: !144, atomGroup: 1, atomRank: 1)
!148 = !DILocation(line: 20, column: 37, scope: !144, atomGroup: 2, atomRank: 1)
!149 = !DILocation(line: 21, column: 105, scope: !144, atomGroup: 3, atomRank: 1)
!150 = !DILocation(line: 22, column: 45, scope: !144, atomGroup: 4, atomRank: 1)
!151 = !DILocation(line: 23, column: 25, scope: !144, atomGroup: 5, atomRank: 1)
!152 = !DILocation(line: 24, column: 22, scope: !144)
!153 = !DILocation(line: 24, column: 24, scope: !144, atomGroup: 7, atomRank: 2)
!154 = !DILocation(line: 24, column: 31, scope: !144, atomGroup: 7, atomRank: 1)
!155 = !DILocation(line: 24, column: 34, scope: !144)
!156 = !DILocation(line: 24, column: 36, scope: !144)
!157 = !DILocation(line: 0, scope: !144)
!158 = !DILocation(line: 24, column: 21, scope: !144)
!159 = !DILocation(line: 24, column: 21, scope: !144, atomGroup: 6, atomRank: 2)
!160 = !DILocation(line: 24, column: 14, scope: !144, atomGroup: 6, atomRank: 1)
!161 = !DILocation(line: 26, column: 1, scope: !144, atomGroup: 8, atomRank: 2)
!162 = !DILocation(line: 26, column: 1, scope: !144, atomGroup: 8, atomRank: 1)
