; ModuleID = 'goto_loops.c'
source_filename = "goto_loops.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.a = private unnamed_addr constant [8 x i32] [i32 3, i32 9, i32 14, i32 2, i32 8, i32 21, i32 5, i32 11], align 16
@.str = private unnamed_addr constant [15 x i8] c"pair %d %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"collatz %u %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"do %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [9 x i8] c"tri %ld\0A\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"cycle %d\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca [8 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.a, i64 32, i1 false), !dbg !13
  store i32 -1, ptr %3, align 4, !dbg !14
  store i32 -1, ptr %4, align 4, !dbg !15
  %18 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 0, !dbg !16
  %19 = call i32 @find_pair(ptr noundef %18, i32 noundef 8, i32 noundef 26, ptr noundef %3, ptr noundef %4), !dbg !17
  store i32 %19, ptr %5, align 4, !dbg !18
  %20 = load i32, ptr %5, align 4, !dbg !19
  %21 = load i32, ptr %3, align 4, !dbg !20
  %22 = load i32, ptr %4, align 4, !dbg !21
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %20, i32 noundef %21, i32 noundef %22), !dbg !22
  store i32 0, ptr %6, align 4, !dbg !23
  store i32 0, ptr %7, align 4, !dbg !24
  store i32 1, ptr %8, align 4, !dbg !25
  br label %24, !dbg !26

24:                                               ; preds = %38, %0
  %25 = load i32, ptr %8, align 4, !dbg !27
  %26 = icmp ult i32 %25, 3000, !dbg !28
  br i1 %26, label %27, label %41, !dbg !29

27:                                               ; preds = %24
  %28 = load i32, ptr %8, align 4, !dbg !30
  %29 = zext i32 %28 to i64, !dbg !30
  %30 = call i32 @collatz_steps(i64 noundef %29), !dbg !31
  store i32 %30, ptr %9, align 4, !dbg !32
  %31 = load i32, ptr %9, align 4, !dbg !33
  %32 = load i32, ptr %6, align 4, !dbg !34
  %33 = icmp ugt i32 %31, %32, !dbg !35
  br i1 %33, label %34, label %37, !dbg !35

34:                                               ; preds = %27
  %35 = load i32, ptr %9, align 4, !dbg !36
  store i32 %35, ptr %6, align 4, !dbg !37
  %36 = load i32, ptr %8, align 4, !dbg !38
  store i32 %36, ptr %7, align 4, !dbg !39
  br label %37, !dbg !40

37:                                               ; preds = %34, %27
  br label %38, !dbg !41

38:                                               ; preds = %37
  %39 = load i32, ptr %8, align 4, !dbg !42
  %40 = add i32 %39, 1, !dbg !42
  store i32 %40, ptr %8, align 4, !dbg !42
  br label %24, !dbg !29, !llvm.loop !43

41:                                               ; preds = %24
  %42 = load i32, ptr %7, align 4, !dbg !45
  %43 = load i32, ptr %6, align 4, !dbg !46
  %44 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %42, i32 noundef %43), !dbg !47
  store i32 0, ptr %10, align 4, !dbg !48
  store i32 0, ptr %11, align 4, !dbg !49
  br label %45, !dbg !50

45:                                               ; preds = %53, %41
  %46 = load i32, ptr %10, align 4, !dbg !51
  %47 = load i32, ptr %10, align 4, !dbg !52
  %48 = mul nsw i32 %46, %47, !dbg !53
  %49 = load i32, ptr %11, align 4, !dbg !54
  %50 = add nsw i32 %49, %48, !dbg !54
  store i32 %50, ptr %11, align 4, !dbg !54
  %51 = load i32, ptr %10, align 4, !dbg !55
  %52 = add nsw i32 %51, 3, !dbg !55
  store i32 %52, ptr %10, align 4, !dbg !55
  br label %53, !dbg !56

53:                                               ; preds = %45
  %54 = load i32, ptr %10, align 4, !dbg !57
  %55 = icmp slt i32 %54, 100, !dbg !58
  br i1 %55, label %45, label %56, !dbg !56, !llvm.loop !59

56:                                               ; preds = %53
  %57 = load i32, ptr %10, align 4, !dbg !61
  %58 = load i32, ptr %11, align 4, !dbg !62
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %57, i32 noundef %58), !dbg !63
  store i64 0, ptr %12, align 8, !dbg !64
  store i32 0, ptr %13, align 4, !dbg !65
  br label %60, !dbg !66

60:                                               ; preds = %109, %56
  %61 = load i32, ptr %13, align 4, !dbg !67
  %62 = icmp slt i32 %61, 30, !dbg !68
  br i1 %62, label %63, label %112, !dbg !69

63:                                               ; preds = %60
  %64 = load i32, ptr %13, align 4, !dbg !70
  %65 = srem i32 %64, 5, !dbg !71
  %66 = icmp eq i32 %65, 0, !dbg !72
  br i1 %66, label %67, label %68, !dbg !72

67:                                               ; preds = %63
  br label %109, !dbg !73

68:                                               ; preds = %63
  store i32 0, ptr %14, align 4, !dbg !74
  br label %69, !dbg !75

69:                                               ; preds = %105, %68
  %70 = load i32, ptr %14, align 4, !dbg !76
  %71 = load i32, ptr %13, align 4, !dbg !77
  %72 = icmp slt i32 %70, %71, !dbg !78
  br i1 %72, label %73, label %108, !dbg !79

73:                                               ; preds = %69
  %74 = load i32, ptr %14, align 4, !dbg !80
  %75 = icmp sgt i32 %74, 20, !dbg !81
  br i1 %75, label %76, label %77, !dbg !81

76:                                               ; preds = %73
  br label %108, !dbg !82

77:                                               ; preds = %73
  %78 = load i32, ptr %14, align 4, !dbg !83
  store i32 %78, ptr %15, align 4, !dbg !84
  br label %79, !dbg !85

79:                                               ; preds = %101, %77
  %80 = load i32, ptr %15, align 4, !dbg !86
  %81 = load i32, ptr %13, align 4, !dbg !87
  %82 = icmp slt i32 %80, %81, !dbg !88
  br i1 %82, label %83, label %104, !dbg !89

83:                                               ; preds = %79
  %84 = load i32, ptr %13, align 4, !dbg !90
  %85 = load i32, ptr %14, align 4, !dbg !91
  %86 = add nsw i32 %84, %85, !dbg !92
  %87 = load i32, ptr %15, align 4, !dbg !93
  %88 = add nsw i32 %86, %87, !dbg !94
  %89 = srem i32 %88, 7, !dbg !95
  %90 = icmp eq i32 %89, 0, !dbg !96
  br i1 %90, label %91, label %92, !dbg !96

91:                                               ; preds = %83
  br label %101, !dbg !97

92:                                               ; preds = %83
  %93 = load i32, ptr %13, align 4, !dbg !98
  %94 = load i32, ptr %14, align 4, !dbg !99
  %95 = mul nsw i32 %93, %94, !dbg !100
  %96 = load i32, ptr %15, align 4, !dbg !101
  %97 = sub nsw i32 %95, %96, !dbg !102
  %98 = sext i32 %97 to i64, !dbg !98
  %99 = load i64, ptr %12, align 8, !dbg !103
  %100 = add nsw i64 %99, %98, !dbg !103
  store i64 %100, ptr %12, align 8, !dbg !103
  br label %101, !dbg !104

101:                                              ; preds = %92, %91
  %102 = load i32, ptr %15, align 4, !dbg !105
  %103 = add nsw i32 %102, 1, !dbg !105
  store i32 %103, ptr %15, align 4, !dbg !105
  br label %79, !dbg !89, !llvm.loop !106

104:                                              ; preds = %79
  br label %105, !dbg !107

105:                                              ; preds = %104
  %106 = load i32, ptr %14, align 4, !dbg !108
  %107 = add nsw i32 %106, 1, !dbg !108
  store i32 %107, ptr %14, align 4, !dbg !108
  br label %69, !dbg !79, !llvm.loop !109

108:                                              ; preds = %76, %69
  br label %109, !dbg !110

109:                                              ; preds = %108, %67
  %110 = load i32, ptr %13, align 4, !dbg !111
  %111 = add nsw i32 %110, 1, !dbg !111
  store i32 %111, ptr %13, align 4, !dbg !111
  br label %60, !dbg !69, !llvm.loop !112

112:                                              ; preds = %60
  %113 = load i64, ptr %12, align 8, !dbg !113
  %114 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %113), !dbg !114
  store i32 1000, ptr %16, align 4, !dbg !115
  store i32 0, ptr %17, align 4, !dbg !116
  br label %115, !dbg !117

115:                                              ; preds = %112, %127
  %116 = load i32, ptr %16, align 4, !dbg !118
  %117 = mul nsw i32 %116, 7, !dbg !119
  %118 = srem i32 %117, 1009, !dbg !120
  store i32 %118, ptr %16, align 4, !dbg !121
  %119 = load i32, ptr %17, align 4, !dbg !122
  %120 = add nsw i32 %119, 1, !dbg !122
  store i32 %120, ptr %17, align 4, !dbg !122
  %121 = load i32, ptr %16, align 4, !dbg !123
  %122 = icmp eq i32 %121, 1000, !dbg !124
  br i1 %122, label %126, label %123, !dbg !125

123:                                              ; preds = %115
  %124 = load i32, ptr %17, align 4, !dbg !126
  %125 = icmp sgt i32 %124, 5000, !dbg !127
  br i1 %125, label %126, label %127, !dbg !125

126:                                              ; preds = %123, %115
  br label %128, !dbg !128

127:                                              ; preds = %123
  br label %115, !dbg !117, !llvm.loop !129

128:                                              ; preds = %126
  %129 = load i32, ptr %17, align 4, !dbg !131
  %130 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %129), !dbg !132
  ret i32 0, !dbg !133
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @find_pair(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3, ptr noundef %4) #0 !dbg !134 {
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store ptr %0, ptr %7, align 8
  store i32 %1, ptr %8, align 4
  store i32 %2, ptr %9, align 4
  store ptr %3, ptr %10, align 8
  store ptr %4, ptr %11, align 8
  store i32 0, ptr %12, align 4, !dbg !135
  br label %14, !dbg !136

14:                                               ; preds = %49, %5
  %15 = load i32, ptr %12, align 4, !dbg !137
  %16 = load i32, ptr %8, align 4, !dbg !138
  %17 = icmp slt i32 %15, %16, !dbg !139
  br i1 %17, label %18, label %52, !dbg !140

18:                                               ; preds = %14
  %19 = load i32, ptr %12, align 4, !dbg !141
  %20 = add nsw i32 %19, 1, !dbg !142
  store i32 %20, ptr %13, align 4, !dbg !143
  br label %21, !dbg !144

21:                                               ; preds = %45, %18
  %22 = load i32, ptr %13, align 4, !dbg !145
  %23 = load i32, ptr %8, align 4, !dbg !146
  %24 = icmp slt i32 %22, %23, !dbg !147
  br i1 %24, label %25, label %48, !dbg !148

25:                                               ; preds = %21
  %26 = load ptr, ptr %7, align 8, !dbg !149
  %27 = load i32, ptr %12, align 4, !dbg !150
  %28 = sext i32 %27 to i64, !dbg !149
  %29 = getelementptr inbounds i32, ptr %26, i64 %28, !dbg !149
  %30 = load i32, ptr %29, align 4, !dbg !149
  %31 = load ptr, ptr %7, align 8, !dbg !151
  %32 = load i32, ptr %13, align 4, !dbg !152
  %33 = sext i32 %32 to i64, !dbg !151
  %34 = getelementptr inbounds i32, ptr %31, i64 %33, !dbg !151
  %35 = load i32, ptr %34, align 4, !dbg !151
  %36 = add nsw i32 %30, %35, !dbg !153
  %37 = load i32, ptr %9, align 4, !dbg !154
  %38 = icmp eq i32 %36, %37, !dbg !155
  br i1 %38, label %39, label %44, !dbg !155

39:                                               ; preds = %25
  %40 = load i32, ptr %12, align 4, !dbg !156
  %41 = load ptr, ptr %10, align 8, !dbg !157
  store i32 %40, ptr %41, align 4, !dbg !158
  %42 = load i32, ptr %13, align 4, !dbg !159
  %43 = load ptr, ptr %11, align 8, !dbg !160
  store i32 %42, ptr %43, align 4, !dbg !161
  br label %53, !dbg !162

44:                                               ; preds = %25
  br label %45, !dbg !154

45:                                               ; preds = %44
  %46 = load i32, ptr %13, align 4, !dbg !163
  %47 = add nsw i32 %46, 1, !dbg !163
  store i32 %47, ptr %13, align 4, !dbg !163
  br label %21, !dbg !148, !llvm.loop !164

48:                                               ; preds = %21
  br label %49, !dbg !165

49:                                               ; preds = %48
  %50 = load i32, ptr %12, align 4, !dbg !166
  %51 = add nsw i32 %50, 1, !dbg !166
  store i32 %51, ptr %12, align 4, !dbg !166
  br label %14, !dbg !140, !llvm.loop !167

52:                                               ; preds = %14
  store i32 0, ptr %6, align 4, !dbg !168
  br label %54, !dbg !168

53:                                               ; preds = %39
  store i32 1, ptr %6, align 4, !dbg !169
  br label %54, !dbg !169

54:                                               ; preds = %53, %52
  %55 = load i32, ptr %6, align 4, !dbg !170
  ret i32 %55, !dbg !170
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @collatz_steps(i64 noundef %0) #0 !dbg !171 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  store i64 %0, ptr %2, align 8
  store i32 0, ptr %3, align 4, !dbg !172
  br label %4, !dbg !173

4:                                                ; preds = %20, %1
  %5 = load i64, ptr %2, align 8, !dbg !174
  %6 = icmp eq i64 %5, 1, !dbg !175
  br i1 %6, label %7, label %9, !dbg !175

7:                                                ; preds = %4
  %8 = load i32, ptr %3, align 4, !dbg !176
  ret i32 %8, !dbg !177

9:                                                ; preds = %4
  %10 = load i64, ptr %2, align 8, !dbg !178
  %11 = and i64 %10, 1, !dbg !179
  %12 = icmp ne i64 %11, 0, !dbg !179
  br i1 %12, label %13, label %17, !dbg !180

13:                                               ; preds = %9
  %14 = load i64, ptr %2, align 8, !dbg !181
  %15 = mul i64 3, %14, !dbg !182
  %16 = add i64 %15, 1, !dbg !183
  br label %20, !dbg !180

17:                                               ; preds = %9
  %18 = load i64, ptr %2, align 8, !dbg !184
  %19 = udiv i64 %18, 2, !dbg !185
  br label %20, !dbg !180

20:                                               ; preds = %17, %13
  %21 = phi i64 [ %16, %13 ], [ %19, %17 ], !dbg !180
  store i64 %21, ptr %2, align 8, !dbg !186
  %22 = load i32, ptr %3, align 4, !dbg !187
  %23 = add i32 %22, 1, !dbg !187
  store i32 %23, ptr %3, align 4, !dbg !187
  br label %4, !dbg !188
}

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "goto_loops.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 22, type: !11, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "goto_loops.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 23, column: 9, scope: !9)
!14 = !DILocation(line: 24, column: 9, scope: !9)
!15 = !DILocation(line: 24, column: 17, scope: !9)
!16 = !DILocation(line: 25, column: 24, scope: !9)
!17 = !DILocation(line: 25, column: 14, scope: !9)
!18 = !DILocation(line: 25, column: 9, scope: !9)
!19 = !DILocation(line: 26, column: 31, scope: !9)
!20 = !DILocation(line: 26, column: 35, scope: !9)
!21 = !DILocation(line: 26, column: 38, scope: !9)
!22 = !DILocation(line: 26, column: 5, scope: !9)
!23 = !DILocation(line: 27, column: 14, scope: !9)
!24 = !DILocation(line: 27, column: 24, scope: !9)
!25 = !DILocation(line: 28, column: 19, scope: !9)
!26 = !DILocation(line: 28, column: 10, scope: !9)
!27 = !DILocation(line: 28, column: 26, scope: !9)
!28 = !DILocation(line: 28, column: 28, scope: !9)
!29 = !DILocation(line: 28, column: 5, scope: !9)
!30 = !DILocation(line: 28, column: 70, scope: !9)
!31 = !DILocation(line: 28, column: 56, scope: !9)
!32 = !DILocation(line: 28, column: 52, scope: !9)
!33 = !DILocation(line: 28, column: 78, scope: !9)
!34 = !DILocation(line: 28, column: 82, scope: !9)
!35 = !DILocation(line: 28, column: 80, scope: !9)
!36 = !DILocation(line: 28, column: 97, scope: !9)
!37 = !DILocation(line: 28, column: 95, scope: !9)
!38 = !DILocation(line: 28, column: 106, scope: !9)
!39 = !DILocation(line: 28, column: 104, scope: !9)
!40 = !DILocation(line: 28, column: 109, scope: !9)
!41 = !DILocation(line: 28, column: 111, scope: !9)
!42 = !DILocation(line: 28, column: 37, scope: !9)
!43 = distinct !{!43, !29, !41, !44}
!44 = !{!"llvm.loop.mustprogress"}
!45 = !DILocation(line: 29, column: 31, scope: !9)
!46 = !DILocation(line: 29, column: 36, scope: !9)
!47 = !DILocation(line: 29, column: 5, scope: !9)
!48 = !DILocation(line: 30, column: 9, scope: !9)
!49 = !DILocation(line: 30, column: 16, scope: !9)
!50 = !DILocation(line: 31, column: 5, scope: !9)
!51 = !DILocation(line: 31, column: 17, scope: !9)
!52 = !DILocation(line: 31, column: 21, scope: !9)
!53 = !DILocation(line: 31, column: 19, scope: !9)
!54 = !DILocation(line: 31, column: 14, scope: !9)
!55 = !DILocation(line: 31, column: 26, scope: !9)
!56 = !DILocation(line: 31, column: 32, scope: !9)
!57 = !DILocation(line: 31, column: 41, scope: !9)
!58 = !DILocation(line: 31, column: 43, scope: !9)
!59 = distinct !{!59, !50, !60, !44}
!60 = !DILocation(line: 31, column: 48, scope: !9)
!61 = !DILocation(line: 32, column: 26, scope: !9)
!62 = !DILocation(line: 32, column: 29, scope: !9)
!63 = !DILocation(line: 32, column: 5, scope: !9)
!64 = !DILocation(line: 33, column: 10, scope: !9)
!65 = !DILocation(line: 34, column: 14, scope: !9)
!66 = !DILocation(line: 34, column: 10, scope: !9)
!67 = !DILocation(line: 34, column: 21, scope: !9)
!68 = !DILocation(line: 34, column: 23, scope: !9)
!69 = !DILocation(line: 34, column: 5, scope: !9)
!70 = !DILocation(line: 35, column: 13, scope: !9)
!71 = !DILocation(line: 35, column: 15, scope: !9)
!72 = !DILocation(line: 35, column: 19, scope: !9)
!73 = !DILocation(line: 35, column: 25, scope: !9)
!74 = !DILocation(line: 36, column: 18, scope: !9)
!75 = !DILocation(line: 36, column: 14, scope: !9)
!76 = !DILocation(line: 36, column: 25, scope: !9)
!77 = !DILocation(line: 36, column: 29, scope: !9)
!78 = !DILocation(line: 36, column: 27, scope: !9)
!79 = !DILocation(line: 36, column: 9, scope: !9)
!80 = !DILocation(line: 37, column: 17, scope: !9)
!81 = !DILocation(line: 37, column: 19, scope: !9)
!82 = !DILocation(line: 37, column: 25, scope: !9)
!83 = !DILocation(line: 38, column: 26, scope: !9)
!84 = !DILocation(line: 38, column: 22, scope: !9)
!85 = !DILocation(line: 38, column: 18, scope: !9)
!86 = !DILocation(line: 38, column: 29, scope: !9)
!87 = !DILocation(line: 38, column: 33, scope: !9)
!88 = !DILocation(line: 38, column: 31, scope: !9)
!89 = !DILocation(line: 38, column: 13, scope: !9)
!90 = !DILocation(line: 38, column: 48, scope: !9)
!91 = !DILocation(line: 38, column: 52, scope: !9)
!92 = !DILocation(line: 38, column: 50, scope: !9)
!93 = !DILocation(line: 38, column: 56, scope: !9)
!94 = !DILocation(line: 38, column: 54, scope: !9)
!95 = !DILocation(line: 38, column: 59, scope: !9)
!96 = !DILocation(line: 38, column: 63, scope: !9)
!97 = !DILocation(line: 38, column: 69, scope: !9)
!98 = !DILocation(line: 38, column: 86, scope: !9)
!99 = !DILocation(line: 38, column: 90, scope: !9)
!100 = !DILocation(line: 38, column: 88, scope: !9)
!101 = !DILocation(line: 38, column: 94, scope: !9)
!102 = !DILocation(line: 38, column: 92, scope: !9)
!103 = !DILocation(line: 38, column: 83, scope: !9)
!104 = !DILocation(line: 38, column: 97, scope: !9)
!105 = !DILocation(line: 38, column: 37, scope: !9)
!106 = distinct !{!106, !89, !104, !44}
!107 = !DILocation(line: 39, column: 9, scope: !9)
!108 = !DILocation(line: 36, column: 33, scope: !9)
!109 = distinct !{!109, !79, !107, !44}
!110 = !DILocation(line: 40, column: 5, scope: !9)
!111 = !DILocation(line: 34, column: 30, scope: !9)
!112 = distinct !{!112, !69, !110, !44}
!113 = !DILocation(line: 41, column: 25, scope: !9)
!114 = !DILocation(line: 41, column: 5, scope: !9)
!115 = !DILocation(line: 42, column: 9, scope: !9)
!116 = !DILocation(line: 42, column: 19, scope: !9)
!117 = !DILocation(line: 43, column: 5, scope: !9)
!118 = !DILocation(line: 43, column: 21, scope: !9)
!119 = !DILocation(line: 43, column: 23, scope: !9)
!120 = !DILocation(line: 43, column: 27, scope: !9)
!121 = !DILocation(line: 43, column: 19, scope: !9)
!122 = !DILocation(line: 43, column: 37, scope: !9)
!123 = !DILocation(line: 43, column: 45, scope: !9)
!124 = !DILocation(line: 43, column: 47, scope: !9)
!125 = !DILocation(line: 43, column: 55, scope: !9)
!126 = !DILocation(line: 43, column: 58, scope: !9)
!127 = !DILocation(line: 43, column: 61, scope: !9)
!128 = !DILocation(line: 43, column: 69, scope: !9)
!129 = distinct !{!129, !117, !130}
!130 = !DILocation(line: 43, column: 76, scope: !9)
!131 = !DILocation(line: 44, column: 26, scope: !9)
!132 = !DILocation(line: 44, column: 5, scope: !9)
!133 = !DILocation(line: 45, column: 5, scope: !9)
!134 = distinct !DISubprogram(name: "find_pair", scope: !10, file: !10, line: 4, type: !11, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!135 = !DILocation(line: 5, column: 14, scope: !134)
!136 = !DILocation(line: 5, column: 10, scope: !134)
!137 = !DILocation(line: 5, column: 21, scope: !134)
!138 = !DILocation(line: 5, column: 25, scope: !134)
!139 = !DILocation(line: 5, column: 23, scope: !134)
!140 = !DILocation(line: 5, column: 5, scope: !134)
!141 = !DILocation(line: 6, column: 22, scope: !134)
!142 = !DILocation(line: 6, column: 24, scope: !134)
!143 = !DILocation(line: 6, column: 18, scope: !134)
!144 = !DILocation(line: 6, column: 14, scope: !134)
!145 = !DILocation(line: 6, column: 29, scope: !134)
!146 = !DILocation(line: 6, column: 33, scope: !134)
!147 = !DILocation(line: 6, column: 31, scope: !134)
!148 = !DILocation(line: 6, column: 9, scope: !134)
!149 = !DILocation(line: 7, column: 17, scope: !134)
!150 = !DILocation(line: 7, column: 19, scope: !134)
!151 = !DILocation(line: 7, column: 24, scope: !134)
!152 = !DILocation(line: 7, column: 26, scope: !134)
!153 = !DILocation(line: 7, column: 22, scope: !134)
!154 = !DILocation(line: 7, column: 32, scope: !134)
!155 = !DILocation(line: 7, column: 29, scope: !134)
!156 = !DILocation(line: 7, column: 48, scope: !134)
!157 = !DILocation(line: 7, column: 43, scope: !134)
!158 = !DILocation(line: 7, column: 46, scope: !134)
!159 = !DILocation(line: 7, column: 57, scope: !134)
!160 = !DILocation(line: 7, column: 52, scope: !134)
!161 = !DILocation(line: 7, column: 55, scope: !134)
!162 = !DILocation(line: 7, column: 60, scope: !134)
!163 = !DILocation(line: 6, column: 37, scope: !134)
!164 = distinct !{!164, !148, !165, !44}
!165 = !DILocation(line: 7, column: 72, scope: !134)
!166 = !DILocation(line: 5, column: 29, scope: !134)
!167 = distinct !{!167, !140, !165, !44}
!168 = !DILocation(line: 8, column: 5, scope: !134)
!169 = !DILocation(line: 10, column: 5, scope: !134)
!170 = !DILocation(line: 11, column: 1, scope: !134)
!171 = distinct !DISubprogram(name: "collatz_steps", scope: !10, file: !10, line: 13, type: !11, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!172 = !DILocation(line: 14, column: 14, scope: !171)
!173 = !DILocation(line: 14, column: 5, scope: !171)
!174 = !DILocation(line: 16, column: 9, scope: !171)
!175 = !DILocation(line: 16, column: 11, scope: !171)
!176 = !DILocation(line: 16, column: 24, scope: !171)
!177 = !DILocation(line: 16, column: 17, scope: !171)
!178 = !DILocation(line: 17, column: 10, scope: !171)
!179 = !DILocation(line: 17, column: 12, scope: !171)
!180 = !DILocation(line: 17, column: 9, scope: !171)
!181 = !DILocation(line: 17, column: 23, scope: !171)
!182 = !DILocation(line: 17, column: 21, scope: !171)
!183 = !DILocation(line: 17, column: 25, scope: !171)
!184 = !DILocation(line: 17, column: 31, scope: !171)
!185 = !DILocation(line: 17, column: 33, scope: !171)
!186 = !DILocation(line: 17, column: 7, scope: !171)
!187 = !DILocation(line: 18, column: 10, scope: !171)
!188 = !DILocation(line: 19, column: 5, scope: !171)
