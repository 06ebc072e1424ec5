; ModuleID = 'builtins.c'
source_filename = "builtins.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"lookup %ld\0A\00", align 1
@vmax = internal global i32 2147483647, align 4
@.str.1 = private unnamed_addr constant [28 x i8] c"ovf %d %d %d %d %lld %u %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [34 x i8] c"first overflowing factorial n=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"aligned %.17g\0A\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"const %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"choose %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [13 x i8] c"types %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"abs %d %ld\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca [8 x double], align 64
  %14 = alloca ptr, align 8
  %15 = alloca i32, align 4
  %16 = alloca double, align 8
  %17 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6, !dbg !17
  store i64 0, ptr %2, align 8, !dbg !18, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !21
  store i32 -5, ptr %3, align 4, !dbg !22, !tbaa !9
  br label %18, !dbg !21

18:                                               ; preds = %28, %0
  %19 = load i32, ptr %3, align 4, !dbg !23, !tbaa !9
  %20 = icmp slt i32 %19, 100, !dbg !24
  br i1 %20, label %22, label %21, !dbg !25

21:                                               ; preds = %18
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !26
  br label %31

22:                                               ; preds = %18
  %23 = load i32, ptr %3, align 4, !dbg !27, !tbaa !9
  %24 = call i32 @lookup(i32 noundef %23), !dbg !28
  %25 = sext i32 %24 to i64, !dbg !28
  %26 = load i64, ptr %2, align 8, !dbg !29, !tbaa !19
  %27 = add nsw i64 %26, %25, !dbg !30
  store i64 %27, ptr %2, align 8, !dbg !31, !tbaa !19
  br label %28, !dbg !32

28:                                               ; preds = %22
  %29 = load i32, ptr %3, align 4, !dbg !33, !tbaa !9
  %30 = add nsw i32 %29, 1, !dbg !34
  store i32 %30, ptr %3, align 4, !dbg !35, !tbaa !9
  br label %18, !dbg !26, !llvm.loop !36

31:                                               ; preds = %21
  %32 = load i64, ptr %2, align 8, !dbg !39, !tbaa !19
  %33 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %32), !dbg !40
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !41
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !42
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !43
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !44
  %34 = load volatile i32, ptr @vmax, align 4, !dbg !45, !tbaa !9
  %35 = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %34, i32 1), !dbg !46
  %36 = extractvalue { i32, i1 } %35, 1, !dbg !47
  %37 = extractvalue { i32, i1 } %35, 0, !dbg !46
  store i32 %37, ptr %4, align 4, !dbg !46
  %38 = zext i1 %36 to i32, !dbg !48
  store i32 %38, ptr %7, align 4, !dbg !49, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #6, !dbg !50
  %39 = load volatile i32, ptr @vmax, align 4, !dbg !51, !tbaa !9
  %40 = sext i32 %39 to i64, !dbg !52
  %41 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %40, i64 4), !dbg !53
  %42 = extractvalue { i64, i1 } %41, 1, !dbg !54
  %43 = extractvalue { i64, i1 } %41, 0, !dbg !53
  store i64 %43, ptr %5, align 8, !dbg !53
  %44 = zext i1 %42 to i32, !dbg !55
  store i32 %44, ptr %8, align 4, !dbg !56, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #6, !dbg !57
  %45 = call { i32, i1 } @llvm.usub.with.overflow.i32(i32 0, i32 1), !dbg !58
  %46 = extractvalue { i32, i1 } %45, 1, !dbg !59
  %47 = extractvalue { i32, i1 } %45, 0, !dbg !58
  store i32 %47, ptr %6, align 4, !dbg !58
  %48 = zext i1 %46 to i32, !dbg !60
  store i32 %48, ptr %9, align 4, !dbg !61, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #6, !dbg !62
  %49 = load volatile i32, ptr @vmax, align 4, !dbg !63, !tbaa !9
  %50 = call { i32, i1 } @llvm.smul.with.overflow.i32(i32 %49, i32 2), !dbg !64
  %51 = extractvalue { i32, i1 } %50, 1, !dbg !65
  %52 = extractvalue { i32, i1 } %50, 0, !dbg !64
  store i32 %52, ptr %4, align 4, !dbg !64
  %53 = zext i1 %51 to i32, !dbg !66
  store i32 %53, ptr %10, align 4, !dbg !67, !tbaa !9
  %54 = load i32, ptr %7, align 4, !dbg !68, !tbaa !9
  %55 = load i32, ptr %8, align 4, !dbg !69, !tbaa !9
  %56 = load i32, ptr %9, align 4, !dbg !70, !tbaa !9
  %57 = load i32, ptr %10, align 4, !dbg !71, !tbaa !9
  %58 = load i64, ptr %5, align 8, !dbg !72, !tbaa !73
  %59 = load i32, ptr %6, align 4, !dbg !75, !tbaa !9
  %60 = load i32, ptr %4, align 4, !dbg !76, !tbaa !9
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %54, i32 noundef %55, i32 noundef %56, i32 noundef %57, i64 noundef %58, i32 noundef %59, i32 noundef %60), !dbg !77
  call void @llvm.lifetime.start.p0(ptr %11) #6, !dbg !78
  store i64 1, ptr %11, align 8, !dbg !79, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %12) #6, !dbg !80
  store i32 1, ptr %12, align 4, !dbg !81, !tbaa !9
  br label %62, !dbg !82

62:                                               ; preds = %70, %31
  %63 = load i64, ptr %11, align 8, !dbg !83, !tbaa !19
  %64 = load i32, ptr %12, align 4, !dbg !84, !tbaa !9
  %65 = sext i32 %64 to i64, !dbg !85
  %66 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %63, i64 %65), !dbg !86
  %67 = extractvalue { i64, i1 } %66, 1, !dbg !86
  %68 = extractvalue { i64, i1 } %66, 0, !dbg !86
  store i64 %68, ptr %11, align 8, !dbg !86
  %69 = xor i1 %67, true, !dbg !87
  br i1 %69, label %70, label %73, !dbg !88

70:                                               ; preds = %62
  %71 = load i32, ptr %12, align 4, !dbg !89, !tbaa !9
  %72 = add nsw i32 %71, 1, !dbg !90
  store i32 %72, ptr %12, align 4, !dbg !91, !tbaa !9
  br label %62, !dbg !82, !llvm.loop !92

73:                                               ; preds = %62
  %74 = load i32, ptr %12, align 4, !dbg !93, !tbaa !9
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %74), !dbg !94
  call void @llvm.lifetime.start.p0(ptr %13) #6, !dbg !95
  call void @llvm.lifetime.start.p0(ptr %14) #6, !dbg !96
  %76 = getelementptr inbounds [8 x double], ptr %13, i64 0, i64 0, !dbg !97
  call void @llvm.assume(i1 true) [ "align"(ptr %76, i64 64) ], !dbg !98
  store ptr %76, ptr %14, align 8, !dbg !99, !tbaa !100
  call void @llvm.lifetime.start.p0(ptr %15) #6, !dbg !103
  store i32 0, ptr %15, align 4, !dbg !104, !tbaa !9
  br label %77, !dbg !103

77:                                               ; preds = %89, %73
  %78 = load i32, ptr %15, align 4, !dbg !105, !tbaa !9
  %79 = icmp slt i32 %78, 8, !dbg !106
  br i1 %79, label %81, label %80, !dbg !107

80:                                               ; preds = %77
  call void @llvm.lifetime.end.p0(ptr %15) #6, !dbg !108
  br label %92

81:                                               ; preds = %77
  %82 = load i32, ptr %15, align 4, !dbg !109, !tbaa !9
  %83 = sitofp i32 %82 to double, !dbg !109
  %84 = fmul double %83, 5.000000e-01, !dbg !110
  %85 = load ptr, ptr %14, align 8, !dbg !111, !tbaa !100
  %86 = load i32, ptr %15, align 4, !dbg !112, !tbaa !9
  %87 = sext i32 %86 to i64, !dbg !111
  %88 = getelementptr inbounds double, ptr %85, i64 %87, !dbg !111
  store double %84, ptr %88, align 8, !dbg !113, !tbaa !114
  br label %89, !dbg !116

89:                                               ; preds = %81
  %90 = load i32, ptr %15, align 4, !dbg !117, !tbaa !9
  %91 = add nsw i32 %90, 1, !dbg !118
  store i32 %91, ptr %15, align 4, !dbg !119, !tbaa !9
  br label %77, !dbg !108, !llvm.loop !120

92:                                               ; preds = %80
  call void @llvm.lifetime.start.p0(ptr %16) #6, !dbg !122
  store double 0.000000e+00, ptr %16, align 8, !dbg !123, !tbaa !114
  call void @llvm.lifetime.start.p0(ptr %17) #6, !dbg !124
  store i32 0, ptr %17, align 4, !dbg !125, !tbaa !9
  br label %93, !dbg !124

93:                                               ; preds = %104, %92
  %94 = load i32, ptr %17, align 4, !dbg !126, !tbaa !9
  %95 = icmp slt i32 %94, 8, !dbg !127
  br i1 %95, label %97, label %96, !dbg !128

96:                                               ; preds = %93
  call void @llvm.lifetime.end.p0(ptr %17) #6, !dbg !129
  br label %107

97:                                               ; preds = %93
  %98 = load i32, ptr %17, align 4, !dbg !130, !tbaa !9
  %99 = sext i32 %98 to i64, !dbg !131
  %100 = getelementptr inbounds [8 x double], ptr %13, i64 0, i64 %99, !dbg !131
  %101 = load double, ptr %100, align 8, !dbg !131, !tbaa !114
  %102 = load double, ptr %16, align 8, !dbg !132, !tbaa !114
  %103 = fadd double %102, %101, !dbg !133
  store double %103, ptr %16, align 8, !dbg !134, !tbaa !114
  br label %104, !dbg !135

104:                                              ; preds = %97
  %105 = load i32, ptr %17, align 4, !dbg !136, !tbaa !9
  %106 = add nsw i32 %105, 1, !dbg !137
  store i32 %106, ptr %17, align 4, !dbg !138, !tbaa !9
  br label %93, !dbg !129, !llvm.loop !139

107:                                              ; preds = %96
  %108 = load double, ptr %16, align 8, !dbg !141, !tbaa !114
  %109 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %108), !dbg !142
  %110 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef 1), !dbg !143
  %111 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef 11), !dbg !144
  %112 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef 1, i32 noundef 0), !dbg !145
  %113 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef 7, i64 noundef 70000000000), !dbg !146
  call void @llvm.lifetime.end.p0(ptr %16) #6, !dbg !147
  call void @llvm.lifetime.end.p0(ptr %14) #6, !dbg !147
  call void @llvm.lifetime.end.p0(ptr %13) #6, !dbg !147
  call void @llvm.lifetime.end.p0(ptr %12) #6, !dbg !147
  call void @llvm.lifetime.end.p0(ptr %11) #6, !dbg !147
  call void @llvm.lifetime.end.p0(ptr %10) #6, !dbg !147
  call void @llvm.lifetime.end.p0(ptr %9) #6, !dbg !147
  call void @llvm.lifetime.end.p0(ptr %8) #6, !dbg !147
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !147
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !147
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !147
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !147
  call void @llvm.lifetime.end.p0(ptr %2) #6, !dbg !147
  ret i32 0, !dbg !148
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal i32 @lookup(i32 noundef %0) #0 !dbg !149 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !9
  %4 = load i32, ptr %3, align 4, !dbg !150, !tbaa !9
  %5 = icmp slt i32 %4, 0, !dbg !151
  %6 = zext i1 %5 to i32, !dbg !151
  %7 = sext i32 %6 to i64, !dbg !150
  %8 = call i64 @llvm.expect.i64(i64 %7, i64 0), !dbg !152
  %9 = icmp ne i64 %8, 0, !dbg !153
  br i1 %9, label %10, label %11, !dbg !154

10:                                               ; preds = %1
  store i32 -1, ptr %2, align 4, !dbg !155
  br label %19, !dbg !155

11:                                               ; preds = %1
  %12 = load i32, ptr %3, align 4, !dbg !156, !tbaa !9
  %13 = and i32 %12, 3, !dbg !157
  switch i32 %13, label %18 [
    i32 0, label %14
    i32 1, label %15
    i32 2, label %16
    i32 3, label %17
  ], !dbg !158

14:                                               ; preds = %11
  store i32 10, ptr %2, align 4, !dbg !159
  br label %19, !dbg !159

15:                                               ; preds = %11
  store i32 20, ptr %2, align 4, !dbg !160
  br label %19, !dbg !160

16:                                               ; preds = %11
  store i32 30, ptr %2, align 4, !dbg !161
  br label %19, !dbg !161

17:                                               ; preds = %11
  store i32 40, ptr %2, align 4, !dbg !162
  br label %19, !dbg !162

18:                                               ; preds = %11
  unreachable, !dbg !163

19:                                               ; preds = %17, %16, %15, %14, %10
  %20 = load i32, ptr %2, align 4, !dbg !164
  ret i32 %20, !dbg !165
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !166 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32) #3

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #3

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.usub.with.overflow.i32(i32, i32) #3

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.smul.with.overflow.i32(i32, i32) #3

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i64 @llvm.expect.i64(i64, i64) #5

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "builtins.c", directory: ".")
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
!14 = !DIFile(filename: "builtins.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 15, column: 5, scope: !13)
!18 = !DILocation(line: 15, column: 10, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !{!20, !20, i64 0}
!20 = !{!"long", !11, i64 0}
!21 = !DILocation(line: 16, column: 10, scope: !13)
!22 = !DILocation(line: 16, column: 14, scope: !13, atomGroup: 2, atomRank: 1)
!23 = !DILocation(line: 16, column: 22, scope: !13)
!24 = !DILocation(line: 16, column: 24, scope: !13, atomGroup: 3, atomRank: 1)
!25 = !DILocation(line: 16, column: 5, scope: !13, atomGroup: 4, atomRank: 1)
!26 = !DILocation(line: 16, column: 5, scope: !13)
!27 = !DILocation(line: 16, column: 48, scope: !13)
!28 = !DILocation(line: 16, column: 41, scope: !13)
!29 = !DILocation(line: 16, column: 38, scope: !13)
!30 = !DILocation(line: 16, column: 38, scope: !13, atomGroup: 5, atomRank: 2)
!31 = !DILocation(line: 16, column: 38, scope: !13, atomGroup: 5, atomRank: 1)
!32 = !DILocation(line: 16, column: 36, scope: !13, atomGroup: 7, atomRank: 1)
!33 = !DILocation(line: 16, column: 32, scope: !13)
!34 = !DILocation(line: 16, column: 32, scope: !13, atomGroup: 6, atomRank: 2)
!35 = !DILocation(line: 16, column: 32, scope: !13, atomGroup: 6, atomRank: 1)
!36 = distinct !{!36, !26, !37, !38}
!37 = !DILocation(line: 16, column: 49, scope: !13)
!38 = !{!"llvm.loop.mustprogress"}
!39 = !DILocation(line: 17, column: 28, scope: !13)
!40 = !DILocation(line: 17, column: 5, scope: !13)
!41 = !DILocation(line: 18, column: 5, scope: !13)
!42 = !DILocation(line: 18, column: 12, scope: !13)
!43 = !DILocation(line: 18, column: 26, scope: !13)
!44 = !DILocation(line: 19, column: 5, scope: !13)
!45 = !DILocation(line: 19, column: 37, scope: !13)
!46 = !DILocation(line: 19, column: 14, scope: !13)
!47 = !DILocation(line: 19, column: 14, scope: !13, atomGroup: 8, atomRank: 3)
!48 = !DILocation(line: 19, column: 14, scope: !13, atomGroup: 8, atomRank: 2)
!49 = !DILocation(line: 19, column: 9, scope: !13, atomGroup: 8, atomRank: 1)
!50 = !DILocation(line: 20, column: 5, scope: !13)
!51 = !DILocation(line: 20, column: 48, scope: !13)
!52 = !DILocation(line: 20, column: 37, scope: !13)
!53 = !DILocation(line: 20, column: 14, scope: !13)
!54 = !DILocation(line: 20, column: 14, scope: !13, atomGroup: 9, atomRank: 3)
!55 = !DILocation(line: 20, column: 14, scope: !13, atomGroup: 9, atomRank: 2)
!56 = !DILocation(line: 20, column: 9, scope: !13, atomGroup: 9, atomRank: 1)
!57 = !DILocation(line: 21, column: 5, scope: !13)
!58 = !DILocation(line: 21, column: 14, scope: !13)
!59 = !DILocation(line: 21, column: 14, scope: !13, atomGroup: 10, atomRank: 3)
!60 = !DILocation(line: 21, column: 14, scope: !13, atomGroup: 10, atomRank: 2)
!61 = !DILocation(line: 21, column: 9, scope: !13, atomGroup: 10, atomRank: 1)
!62 = !DILocation(line: 22, column: 5, scope: !13)
!63 = !DILocation(line: 22, column: 38, scope: !13)
!64 = !DILocation(line: 22, column: 14, scope: !13)
!65 = !DILocation(line: 22, column: 14, scope: !13, atomGroup: 11, atomRank: 3)
!66 = !DILocation(line: 22, column: 14, scope: !13, atomGroup: 11, atomRank: 2)
!67 = !DILocation(line: 22, column: 9, scope: !13, atomGroup: 11, atomRank: 1)
!68 = !DILocation(line: 23, column: 44, scope: !13)
!69 = !DILocation(line: 23, column: 48, scope: !13)
!70 = !DILocation(line: 23, column: 52, scope: !13)
!71 = !DILocation(line: 23, column: 56, scope: !13)
!72 = !DILocation(line: 23, column: 60, scope: !13)
!73 = !{!74, !74, i64 0}
!74 = !{!"long long", !11, i64 0}
!75 = !DILocation(line: 23, column: 64, scope: !13)
!76 = !DILocation(line: 23, column: 68, scope: !13)
!77 = !DILocation(line: 23, column: 5, scope: !13)
!78 = !DILocation(line: 24, column: 5, scope: !13)
!79 = !DILocation(line: 24, column: 14, scope: !13, atomGroup: 12, atomRank: 1)
!80 = !DILocation(line: 24, column: 24, scope: !13)
!81 = !DILocation(line: 24, column: 28, scope: !13, atomGroup: 13, atomRank: 1)
!82 = !DILocation(line: 25, column: 5, scope: !13)
!83 = !DILocation(line: 25, column: 36, scope: !13)
!84 = !DILocation(line: 25, column: 52, scope: !13)
!85 = !DILocation(line: 25, column: 42, scope: !13)
!86 = !DILocation(line: 25, column: 13, scope: !13)
!87 = !DILocation(line: 25, column: 12, scope: !13, atomGroup: 14, atomRank: 1)
!88 = !DILocation(line: 25, column: 5, scope: !13, atomGroup: 15, atomRank: 1)
!89 = !DILocation(line: 25, column: 64, scope: !13)
!90 = !DILocation(line: 25, column: 64, scope: !13, atomGroup: 16, atomRank: 2)
!91 = !DILocation(line: 25, column: 64, scope: !13, atomGroup: 16, atomRank: 1)
!92 = distinct !{!92, !82, !89, !38}
!93 = !DILocation(line: 26, column: 50, scope: !13)
!94 = !DILocation(line: 26, column: 5, scope: !13)
!95 = !DILocation(line: 27, column: 5, scope: !13)
!96 = !DILocation(line: 28, column: 5, scope: !13)
!97 = !DILocation(line: 28, column: 42, scope: !13, atomGroup: 17, atomRank: 2)
!98 = !DILocation(line: 28, column: 17, scope: !13)
!99 = !DILocation(line: 28, column: 13, scope: !13, atomGroup: 17, atomRank: 1)
!100 = !{!101, !101, i64 0}
!101 = !{!"p1 double", !102, i64 0}
!102 = !{!"any pointer", !11, i64 0}
!103 = !DILocation(line: 29, column: 10, scope: !13)
!104 = !DILocation(line: 29, column: 14, scope: !13, atomGroup: 18, atomRank: 1)
!105 = !DILocation(line: 29, column: 21, scope: !13)
!106 = !DILocation(line: 29, column: 23, scope: !13, atomGroup: 19, atomRank: 1)
!107 = !DILocation(line: 29, column: 5, scope: !13, atomGroup: 20, atomRank: 1)
!108 = !DILocation(line: 29, column: 5, scope: !13)
!109 = !DILocation(line: 29, column: 40, scope: !13)
!110 = !DILocation(line: 29, column: 42, scope: !13, atomGroup: 21, atomRank: 2)
!111 = !DILocation(line: 29, column: 33, scope: !13)
!112 = !DILocation(line: 29, column: 35, scope: !13)
!113 = !DILocation(line: 29, column: 38, scope: !13, atomGroup: 21, atomRank: 1)
!114 = !{!115, !115, i64 0}
!115 = !{!"double", !11, i64 0}
!116 = !DILocation(line: 29, column: 33, scope: !13, atomGroup: 23, atomRank: 1)
!117 = !DILocation(line: 29, column: 29, scope: !13)
!118 = !DILocation(line: 29, column: 29, scope: !13, atomGroup: 22, atomRank: 2)
!119 = !DILocation(line: 29, column: 29, scope: !13, atomGroup: 22, atomRank: 1)
!120 = distinct !{!120, !108, !121, !38}
!121 = !DILocation(line: 29, column: 44, scope: !13)
!122 = !DILocation(line: 30, column: 5, scope: !13)
!123 = !DILocation(line: 30, column: 12, scope: !13, atomGroup: 24, atomRank: 1)
!124 = !DILocation(line: 30, column: 24, scope: !13)
!125 = !DILocation(line: 30, column: 28, scope: !13, atomGroup: 25, atomRank: 1)
!126 = !DILocation(line: 30, column: 35, scope: !13)
!127 = !DILocation(line: 30, column: 37, scope: !13, atomGroup: 26, atomRank: 1)
!128 = !DILocation(line: 30, column: 19, scope: !13, atomGroup: 27, atomRank: 1)
!129 = !DILocation(line: 30, column: 19, scope: !13)
!130 = !DILocation(line: 30, column: 56, scope: !13)
!131 = !DILocation(line: 30, column: 52, scope: !13)
!132 = !DILocation(line: 30, column: 49, scope: !13)
!133 = !DILocation(line: 30, column: 49, scope: !13, atomGroup: 28, atomRank: 2)
!134 = !DILocation(line: 30, column: 49, scope: !13, atomGroup: 28, atomRank: 1)
!135 = !DILocation(line: 30, column: 47, scope: !13, atomGroup: 30, atomRank: 1)
!136 = !DILocation(line: 30, column: 43, scope: !13)
!137 = !DILocation(line: 30, column: 43, scope: !13, atomGroup: 29, atomRank: 2)
!138 = !DILocation(line: 30, column: 43, scope: !13, atomGroup: 29, atomRank: 1)
!139 = distinct !{!139, !129, !140, !38}
!140 = !DILocation(line: 30, column: 57, scope: !13)
!141 = !DILocation(line: 31, column: 31, scope: !13)
!142 = !DILocation(line: 31, column: 5, scope: !13)
!143 = !DILocation(line: 32, column: 5, scope: !13)
!144 = !DILocation(line: 33, column: 5, scope: !13)
!145 = !DILocation(line: 34, column: 5, scope: !13)
!146 = !DILocation(line: 35, column: 5, scope: !13)
!147 = !DILocation(line: 37, column: 1, scope: !13)
!148 = !DILocation(line: 36, column: 5, scope: !13, atomGroup: 32, atomRank: 1)
!149 = distinct !DISubprogram(name: "lookup", scope: !14, file: !14, line: 6, type: !15, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!150 = !DILocation(line: 7, column: 26, scope: !149)
!151 = !DILocation(line: 7, column: 28, scope: !149)
!152 = !DILocation(line: 7, column: 9, scope: !149)
!153 = !DILocation(line: 7, column: 9, scope: !149, atomGroup: 1, atomRank: 2)
!154 = !DILocation(line: 7, column: 9, scope: !149, atomGroup: 1, atomRank: 1)
!155 = !DILocation(line: 7, column: 37, scope: !149, atomGroup: 2, atomRank: 1)
!156 = !DILocation(line: 8, column: 13, scope: !149)
!157 = !DILocation(line: 8, column: 15, scope: !149, atomGroup: 3, atomRank: 2)
!158 = !DILocation(line: 8, column: 5, scope: !149, atomGroup: 3, atomRank: 1)
!159 = !DILocation(line: 8, column: 30, scope: !149, atomGroup: 4, atomRank: 1)
!160 = !DILocation(line: 8, column: 49, scope: !149, atomGroup: 5, atomRank: 1)
!161 = !DILocation(line: 8, column: 68, scope: !149, atomGroup: 6, atomRank: 1)
!162 = !DILocation(line: 8, column: 87, scope: !149, atomGroup: 7, atomRank: 1)
!163 = !DILocation(line: 9, column: 5, scope: !149)
!164 = !DILocation(line: 10, column: 1, scope: !149, atomGroup: 8, atomRank: 2)
!165 = !DILocation(line: 10, column: 1, scope: !149, atomGroup: 8, atomRank: 1)
!166 = !DISubprogram(name: "printf", scope: !167, file: !167, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!167 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
