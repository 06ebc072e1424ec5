; ModuleID = 'globals_static.c'
source_filename = "globals_static.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.anon = type { i32, ptr }

@global_counter = global i32 7, align 4
@.str = private unnamed_addr constant [4 x i8] c"%d \00", align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"hits %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"sbox %08x\0A\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"%s%c\00", align 1
@names = internal constant [5 x ptr] [ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11], align 16
@weights = internal constant [3 x [3 x double]] [[3 x double] [double 5.000000e-01, double 2.500000e-01, double 2.500000e-01], [3 x double] [double 1.000000e-01, double 8.000000e-01, double 1.000000e-01], [3 x double] [double 0x3FD5555555555555, double 0x3FD5555555555555, double 0x3FD5555555555555]], align 16
@.str.5 = private unnamed_addr constant [15 x i8] c"weights %.17g\0A\00", align 1
@global_array = global [64 x i64] zeroinitializer, align 16
@global_ptr = internal global ptr @global_counter, align 8
@.str.6 = private unnamed_addr constant [21 x i8] c"global %ld %d %d %s\0A\00", align 1
@next_id.id = internal global i32 100, align 4
@counter_hits.hits = internal global i32 0, align 4
@sbox = internal constant [16 x i8] c"\0C\05\06\0B\09\00\0A\0D\03\0E\0F\08\04\07\01\02", align 16
@.str.7 = private unnamed_addr constant [5 x i8] c"zero\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"one\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"two\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"three\00", align 1
@.str.11 = private unnamed_addr constant [5 x i8] c"four\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"cfg\00", align 1
@config = internal global { i32, [4 x i8], ptr } { i32 99, [4 x i8] zeroinitializer, ptr @.str.12 }, align 8

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4, !dbg !13
  br label %13, !dbg !14

13:                                               ; preds = %19, %0
  %14 = load i32, ptr %2, align 4, !dbg !15
  %15 = icmp slt i32 %14, 5, !dbg !16
  br i1 %15, label %16, label %22, !dbg !17

16:                                               ; preds = %13
  %17 = call i32 @next_id(), !dbg !18
  %18 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %17), !dbg !19
  br label %19, !dbg !19

19:                                               ; preds = %16
  %20 = load i32, ptr %2, align 4, !dbg !20
  %21 = add nsw i32 %20, 1, !dbg !20
  store i32 %21, ptr %2, align 4, !dbg !20
  br label %13, !dbg !17, !llvm.loop !21

22:                                               ; preds = %13
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str.1), !dbg !24
  store i32 0, ptr %3, align 4, !dbg !25
  br label %24, !dbg !26

24:                                               ; preds = %29, %22
  %25 = load i32, ptr %3, align 4, !dbg !27
  %26 = icmp slt i32 %25, 10, !dbg !28
  br i1 %26, label %27, label %32, !dbg !29

27:                                               ; preds = %24
  %28 = call i32 @counter_hits(), !dbg !30
  br label %29, !dbg !30

29:                                               ; preds = %27
  %30 = load i32, ptr %3, align 4, !dbg !31
  %31 = add nsw i32 %30, 1, !dbg !31
  store i32 %31, ptr %3, align 4, !dbg !31
  br label %24, !dbg !29, !llvm.loop !32

32:                                               ; preds = %24
  %33 = call i32 @counter_hits(), !dbg !34
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %33), !dbg !35
  store i32 305419896, ptr %4, align 4, !dbg !36
  store i32 0, ptr %5, align 4, !dbg !37
  br label %35, !dbg !38

35:                                               ; preds = %47, %32
  %36 = load i32, ptr %5, align 4, !dbg !39
  %37 = icmp slt i32 %36, 10, !dbg !40
  br i1 %37, label %38, label %50, !dbg !41

38:                                               ; preds = %35
  %39 = load i32, ptr %4, align 4, !dbg !42
  %40 = call i32 @present_nibbles(i32 noundef %39), !dbg !43
  %41 = load i32, ptr %4, align 4, !dbg !44
  %42 = shl i32 %41, 3, !dbg !45
  %43 = load i32, ptr %4, align 4, !dbg !46
  %44 = lshr i32 %43, 29, !dbg !47
  %45 = or i32 %42, %44, !dbg !48
  %46 = xor i32 %40, %45, !dbg !49
  store i32 %46, ptr %4, align 4, !dbg !50
  br label %47, !dbg !51

47:                                               ; preds = %38
  %48 = load i32, ptr %5, align 4, !dbg !52
  %49 = add nsw i32 %48, 1, !dbg !52
  store i32 %49, ptr %5, align 4, !dbg !52
  br label %35, !dbg !41, !llvm.loop !53

50:                                               ; preds = %35
  %51 = load i32, ptr %4, align 4, !dbg !55
  %52 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %51), !dbg !56
  store i32 0, ptr %6, align 4, !dbg !57
  br label %53, !dbg !58

53:                                               ; preds = %66, %50
  %54 = load i32, ptr %6, align 4, !dbg !59
  %55 = icmp slt i32 %54, 5, !dbg !60
  br i1 %55, label %56, label %69, !dbg !61

56:                                               ; preds = %53
  %57 = load i32, ptr %6, align 4, !dbg !62
  %58 = sext i32 %57 to i64, !dbg !63
  %59 = getelementptr inbounds [5 x ptr], ptr @names, i64 0, i64 %58, !dbg !63
  %60 = load ptr, ptr %59, align 8, !dbg !63
  %61 = load i32, ptr %6, align 4, !dbg !64
  %62 = icmp eq i32 %61, 4, !dbg !65
  %63 = zext i1 %62 to i64, !dbg !64
  %64 = select i1 %62, i32 10, i32 44, !dbg !64
  %65 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, ptr noundef %60, i32 noundef %64), !dbg !66
  br label %66, !dbg !66

66:                                               ; preds = %56
  %67 = load i32, ptr %6, align 4, !dbg !67
  %68 = add nsw i32 %67, 1, !dbg !67
  store i32 %68, ptr %6, align 4, !dbg !67
  br label %53, !dbg !61, !llvm.loop !68

69:                                               ; preds = %53
  store double 0.000000e+00, ptr %7, align 8, !dbg !70
  store i32 0, ptr %8, align 4, !dbg !71
  br label %70, !dbg !72

70:                                               ; preds = %96, %69
  %71 = load i32, ptr %8, align 4, !dbg !73
  %72 = icmp slt i32 %71, 3, !dbg !74
  br i1 %72, label %73, label %99, !dbg !75

73:                                               ; preds = %70
  store i32 0, ptr %9, align 4, !dbg !76
  br label %74, !dbg !77

74:                                               ; preds = %92, %73
  %75 = load i32, ptr %9, align 4, !dbg !78
  %76 = icmp slt i32 %75, 3, !dbg !79
  br i1 %76, label %77, label %95, !dbg !80

77:                                               ; preds = %74
  %78 = load i32, ptr %8, align 4, !dbg !81
  %79 = sext i32 %78 to i64, !dbg !82
  %80 = getelementptr inbounds [3 x [3 x double]], ptr @weights, i64 0, i64 %79, !dbg !82
  %81 = load i32, ptr %9, align 4, !dbg !83
  %82 = sext i32 %81 to i64, !dbg !82
  %83 = getelementptr inbounds [3 x double], ptr %80, i64 0, i64 %82, !dbg !82
  %84 = load double, ptr %83, align 8, !dbg !82
  %85 = load i32, ptr %8, align 4, !dbg !84
  %86 = load i32, ptr %9, align 4, !dbg !85
  %87 = mul nsw i32 2, %86, !dbg !86
  %88 = add nsw i32 %85, %87, !dbg !87
  %89 = sitofp i32 %88 to double, !dbg !88
  %90 = load double, ptr %7, align 8, !dbg !89
  %91 = call double @llvm.fmuladd.f64(double %84, double %89, double %90), !dbg !89
  store double %91, ptr %7, align 8, !dbg !89
  br label %92, !dbg !90

92:                                               ; preds = %77
  %93 = load i32, ptr %9, align 4, !dbg !91
  %94 = add nsw i32 %93, 1, !dbg !91
  store i32 %94, ptr %9, align 4, !dbg !91
  br label %74, !dbg !80, !llvm.loop !92

95:                                               ; preds = %74
  br label %96, !dbg !93

96:                                               ; preds = %95
  %97 = load i32, ptr %8, align 4, !dbg !94
  %98 = add nsw i32 %97, 1, !dbg !94
  store i32 %98, ptr %8, align 4, !dbg !94
  br label %70, !dbg !75, !llvm.loop !95

99:                                               ; preds = %70
  %100 = load double, ptr %7, align 8, !dbg !96
  %101 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %100), !dbg !97
  store i32 0, ptr %10, align 4, !dbg !98
  br label %102, !dbg !99

102:                                              ; preds = %114, %99
  %103 = load i32, ptr %10, align 4, !dbg !100
  %104 = icmp slt i32 %103, 64, !dbg !101
  br i1 %104, label %105, label %117, !dbg !102

105:                                              ; preds = %102
  %106 = load i32, ptr %10, align 4, !dbg !103
  %107 = sext i32 %106 to i64, !dbg !104
  %108 = load i32, ptr @global_counter, align 4, !dbg !105
  %109 = sext i32 %108 to i64, !dbg !105
  %110 = mul nsw i64 %107, %109, !dbg !106
  %111 = load i32, ptr %10, align 4, !dbg !107
  %112 = sext i32 %111 to i64, !dbg !108
  %113 = getelementptr inbounds [64 x i64], ptr @global_array, i64 0, i64 %112, !dbg !108
  store i64 %110, ptr %113, align 8, !dbg !109
  br label %114, !dbg !108

114:                                              ; preds = %105
  %115 = load i32, ptr %10, align 4, !dbg !110
  %116 = add nsw i32 %115, 1, !dbg !110
  store i32 %116, ptr %10, align 4, !dbg !110
  br label %102, !dbg !102, !llvm.loop !111

117:                                              ; preds = %102
  %118 = load ptr, ptr @global_ptr, align 8, !dbg !112
  %119 = load i32, ptr %118, align 4, !dbg !113
  %120 = add nsw i32 %119, 5, !dbg !113
  store i32 %120, ptr %118, align 4, !dbg !113
  store i64 0, ptr %11, align 8, !dbg !114
  store i32 0, ptr %12, align 4, !dbg !115
  br label %121, !dbg !116

121:                                              ; preds = %131, %117
  %122 = load i32, ptr %12, align 4, !dbg !117
  %123 = icmp slt i32 %122, 64, !dbg !118
  br i1 %123, label %124, label %134, !dbg !119

124:                                              ; preds = %121
  %125 = load i32, ptr %12, align 4, !dbg !120
  %126 = sext i32 %125 to i64, !dbg !121
  %127 = getelementptr inbounds [64 x i64], ptr @global_array, i64 0, i64 %126, !dbg !121
  %128 = load i64, ptr %127, align 8, !dbg !121
  %129 = load i64, ptr %11, align 8, !dbg !122
  %130 = add nsw i64 %129, %128, !dbg !122
  store i64 %130, ptr %11, align 8, !dbg !122
  br label %131, !dbg !123

131:                                              ; preds = %124
  %132 = load i32, ptr %12, align 4, !dbg !124
  %133 = add nsw i32 %132, 1, !dbg !124
  store i32 %133, ptr %12, align 4, !dbg !124
  br label %121, !dbg !119, !llvm.loop !125

134:                                              ; preds = %121
  %135 = load i64, ptr %11, align 8, !dbg !127
  %136 = load i32, ptr @global_counter, align 4, !dbg !128
  %137 = load i32, ptr @config, align 8, !dbg !129
  %138 = load ptr, ptr getelementptr inbounds nuw (%struct.anon, ptr @config, i32 0, i32 1), align 8, !dbg !130
  %139 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %135, i32 noundef %136, i32 noundef %137, ptr noundef %138), !dbg !131
  ret i32 0, !dbg !132
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @next_id() #0 !dbg !133 {
  %1 = load i32, ptr @next_id.id, align 4, !dbg !134
  %2 = add nsw i32 %1, 1, !dbg !134
  store i32 %2, ptr @next_id.id, align 4, !dbg !134
  ret i32 %1, !dbg !135
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @counter_hits() #0 !dbg !136 {
  %1 = load i32, ptr @counter_hits.hits, align 4, !dbg !137
  %2 = add i32 %1, 1, !dbg !137
  store i32 %2, ptr @counter_hits.hits, align 4, !dbg !137
  ret i32 %2, !dbg !138
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @present_nibbles(i32 noundef %0) #0 !dbg !139 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i32 0, ptr %3, align 4, !dbg !140
  store i32 0, ptr %4, align 4, !dbg !141
  br label %5, !dbg !142

5:                                                ; preds = %23, %1
  %6 = load i32, ptr %4, align 4, !dbg !143
  %7 = icmp slt i32 %6, 8, !dbg !144
  br i1 %7, label %8, label %26, !dbg !145

8:                                                ; preds = %5
  %9 = load i32, ptr %2, align 4, !dbg !146
  %10 = load i32, ptr %4, align 4, !dbg !147
  %11 = mul nsw i32 4, %10, !dbg !148
  %12 = lshr i32 %9, %11, !dbg !149
  %13 = and i32 %12, 15, !dbg !150
  %14 = zext i32 %13 to i64, !dbg !151
  %15 = getelementptr inbounds nuw [16 x i8], ptr @sbox, i64 0, i64 %14, !dbg !151
  %16 = load i8, ptr %15, align 1, !dbg !151
  %17 = zext i8 %16 to i32, !dbg !152
  %18 = load i32, ptr %4, align 4, !dbg !153
  %19 = mul nsw i32 4, %18, !dbg !154
  %20 = shl i32 %17, %19, !dbg !155
  %21 = load i32, ptr %3, align 4, !dbg !156
  %22 = or i32 %21, %20, !dbg !156
  store i32 %22, ptr %3, align 4, !dbg !156
  br label %23, !dbg !157

23:                                               ; preds = %8
  %24 = load i32, ptr %4, align 4, !dbg !158
  %25 = add nsw i32 %24, 1, !dbg !158
  store i32 %25, ptr %4, align 4, !dbg !158
  br label %5, !dbg !145, !llvm.loop !159

26:                                               ; preds = %5
  %27 = load i32, ptr %3, align 4, !dbg !161
  ret i32 %27, !dbg !162
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "globals_static.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 22, type: !11, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "globals_static.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 23, column: 14, scope: !9)
!14 = !DILocation(line: 23, column: 10, scope: !9)
!15 = !DILocation(line: 23, column: 21, scope: !9)
!16 = !DILocation(line: 23, column: 23, scope: !9)
!17 = !DILocation(line: 23, column: 5, scope: !9)
!18 = !DILocation(line: 23, column: 47, scope: !9)
!19 = !DILocation(line: 23, column: 33, scope: !9)
!20 = !DILocation(line: 23, column: 29, scope: !9)
!21 = distinct !{!21, !17, !22, !23}
!22 = !DILocation(line: 23, column: 56, scope: !9)
!23 = !{!"llvm.loop.mustprogress"}
!24 = !DILocation(line: 24, column: 5, scope: !9)
!25 = !DILocation(line: 25, column: 14, scope: !9)
!26 = !DILocation(line: 25, column: 10, scope: !9)
!27 = !DILocation(line: 25, column: 21, scope: !9)
!28 = !DILocation(line: 25, column: 23, scope: !9)
!29 = !DILocation(line: 25, column: 5, scope: !9)
!30 = !DILocation(line: 25, column: 34, scope: !9)
!31 = !DILocation(line: 25, column: 30, scope: !9)
!32 = distinct !{!32, !29, !33, !23}
!33 = !DILocation(line: 25, column: 47, scope: !9)
!34 = !DILocation(line: 26, column: 25, scope: !9)
!35 = !DILocation(line: 26, column: 5, scope: !9)
!36 = !DILocation(line: 27, column: 14, scope: !9)
!37 = !DILocation(line: 28, column: 14, scope: !9)
!38 = !DILocation(line: 28, column: 10, scope: !9)
!39 = !DILocation(line: 28, column: 21, scope: !9)
!40 = !DILocation(line: 28, column: 23, scope: !9)
!41 = !DILocation(line: 28, column: 5, scope: !9)
!42 = !DILocation(line: 28, column: 54, scope: !9)
!43 = !DILocation(line: 28, column: 38, scope: !9)
!44 = !DILocation(line: 28, column: 60, scope: !9)
!45 = !DILocation(line: 28, column: 62, scope: !9)
!46 = !DILocation(line: 28, column: 69, scope: !9)
!47 = !DILocation(line: 28, column: 71, scope: !9)
!48 = !DILocation(line: 28, column: 67, scope: !9)
!49 = !DILocation(line: 28, column: 57, scope: !9)
!50 = !DILocation(line: 28, column: 36, scope: !9)
!51 = !DILocation(line: 28, column: 34, scope: !9)
!52 = !DILocation(line: 28, column: 30, scope: !9)
!53 = distinct !{!53, !41, !54, !23}
!54 = !DILocation(line: 28, column: 76, scope: !9)
!55 = !DILocation(line: 29, column: 27, scope: !9)
!56 = !DILocation(line: 29, column: 5, scope: !9)
!57 = !DILocation(line: 30, column: 14, scope: !9)
!58 = !DILocation(line: 30, column: 10, scope: !9)
!59 = !DILocation(line: 30, column: 21, scope: !9)
!60 = !DILocation(line: 30, column: 23, scope: !9)
!61 = !DILocation(line: 30, column: 5, scope: !9)
!62 = !DILocation(line: 30, column: 54, scope: !9)
!63 = !DILocation(line: 30, column: 48, scope: !9)
!64 = !DILocation(line: 30, column: 58, scope: !9)
!65 = !DILocation(line: 30, column: 60, scope: !9)
!66 = !DILocation(line: 30, column: 33, scope: !9)
!67 = !DILocation(line: 30, column: 29, scope: !9)
!68 = distinct !{!68, !61, !69, !23}
!69 = !DILocation(line: 30, column: 77, scope: !9)
!70 = !DILocation(line: 31, column: 12, scope: !9)
!71 = !DILocation(line: 31, column: 28, scope: !9)
!72 = !DILocation(line: 31, column: 24, scope: !9)
!73 = !DILocation(line: 31, column: 35, scope: !9)
!74 = !DILocation(line: 31, column: 37, scope: !9)
!75 = !DILocation(line: 31, column: 19, scope: !9)
!76 = !DILocation(line: 31, column: 56, scope: !9)
!77 = !DILocation(line: 31, column: 52, scope: !9)
!78 = !DILocation(line: 31, column: 63, scope: !9)
!79 = !DILocation(line: 31, column: 65, scope: !9)
!80 = !DILocation(line: 31, column: 47, scope: !9)
!81 = !DILocation(line: 31, column: 88, scope: !9)
!82 = !DILocation(line: 31, column: 80, scope: !9)
!83 = !DILocation(line: 31, column: 91, scope: !9)
!84 = !DILocation(line: 31, column: 97, scope: !9)
!85 = !DILocation(line: 31, column: 105, scope: !9)
!86 = !DILocation(line: 31, column: 103, scope: !9)
!87 = !DILocation(line: 31, column: 99, scope: !9)
!88 = !DILocation(line: 31, column: 96, scope: !9)
!89 = !DILocation(line: 31, column: 77, scope: !9)
!90 = !DILocation(line: 31, column: 75, scope: !9)
!91 = !DILocation(line: 31, column: 71, scope: !9)
!92 = distinct !{!92, !80, !93, !23}
!93 = !DILocation(line: 31, column: 106, scope: !9)
!94 = !DILocation(line: 31, column: 43, scope: !9)
!95 = distinct !{!95, !75, !93, !23}
!96 = !DILocation(line: 32, column: 31, scope: !9)
!97 = !DILocation(line: 32, column: 5, scope: !9)
!98 = !DILocation(line: 33, column: 14, scope: !9)
!99 = !DILocation(line: 33, column: 10, scope: !9)
!100 = !DILocation(line: 33, column: 21, scope: !9)
!101 = !DILocation(line: 33, column: 23, scope: !9)
!102 = !DILocation(line: 33, column: 5, scope: !9)
!103 = !DILocation(line: 33, column: 58, scope: !9)
!104 = !DILocation(line: 33, column: 52, scope: !9)
!105 = !DILocation(line: 33, column: 62, scope: !9)
!106 = !DILocation(line: 33, column: 60, scope: !9)
!107 = !DILocation(line: 33, column: 47, scope: !9)
!108 = !DILocation(line: 33, column: 34, scope: !9)
!109 = !DILocation(line: 33, column: 50, scope: !9)
!110 = !DILocation(line: 33, column: 30, scope: !9)
!111 = distinct !{!111, !102, !105, !23}
!112 = !DILocation(line: 34, column: 6, scope: !9)
!113 = !DILocation(line: 34, column: 17, scope: !9)
!114 = !DILocation(line: 35, column: 10, scope: !9)
!115 = !DILocation(line: 35, column: 26, scope: !9)
!116 = !DILocation(line: 35, column: 22, scope: !9)
!117 = !DILocation(line: 35, column: 33, scope: !9)
!118 = !DILocation(line: 35, column: 35, scope: !9)
!119 = !DILocation(line: 35, column: 17, scope: !9)
!120 = !DILocation(line: 35, column: 64, scope: !9)
!121 = !DILocation(line: 35, column: 51, scope: !9)
!122 = !DILocation(line: 35, column: 48, scope: !9)
!123 = !DILocation(line: 35, column: 46, scope: !9)
!124 = !DILocation(line: 35, column: 42, scope: !9)
!125 = distinct !{!125, !119, !126, !23}
!126 = !DILocation(line: 35, column: 65, scope: !9)
!127 = !DILocation(line: 36, column: 37, scope: !9)
!128 = !DILocation(line: 36, column: 40, scope: !9)
!129 = !DILocation(line: 36, column: 63, scope: !9)
!130 = !DILocation(line: 36, column: 73, scope: !9)
!131 = !DILocation(line: 36, column: 5, scope: !9)
!132 = !DILocation(line: 37, column: 5, scope: !9)
!133 = distinct !DISubprogram(name: "next_id", scope: !10, file: !10, line: 13, type: !11, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!134 = !DILocation(line: 13, column: 58, scope: !133)
!135 = !DILocation(line: 13, column: 49, scope: !133)
!136 = distinct !DISubprogram(name: "counter_hits", scope: !10, file: !10, line: 14, type: !11, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!137 = !DILocation(line: 14, column: 67, scope: !136)
!138 = !DILocation(line: 14, column: 60, scope: !136)
!139 = distinct !DISubprogram(name: "present_nibbles", scope: !10, file: !10, line: 16, type: !11, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!140 = !DILocation(line: 17, column: 14, scope: !139)
!141 = !DILocation(line: 18, column: 14, scope: !139)
!142 = !DILocation(line: 18, column: 10, scope: !139)
!143 = !DILocation(line: 18, column: 21, scope: !139)
!144 = !DILocation(line: 18, column: 23, scope: !139)
!145 = !DILocation(line: 18, column: 5, scope: !139)
!146 = !DILocation(line: 18, column: 54, scope: !139)
!147 = !DILocation(line: 18, column: 64, scope: !139)
!148 = !DILocation(line: 18, column: 62, scope: !139)
!149 = !DILocation(line: 18, column: 56, scope: !139)
!150 = !DILocation(line: 18, column: 68, scope: !139)
!151 = !DILocation(line: 18, column: 48, scope: !139)
!152 = !DILocation(line: 18, column: 38, scope: !139)
!153 = !DILocation(line: 18, column: 83, scope: !139)
!154 = !DILocation(line: 18, column: 81, scope: !139)
!155 = !DILocation(line: 18, column: 75, scope: !139)
!156 = !DILocation(line: 18, column: 35, scope: !139)
!157 = !DILocation(line: 18, column: 33, scope: !139)
!158 = !DILocation(line: 18, column: 29, scope: !139)
!159 = distinct !{!159, !145, !160, !23}
!160 = !DILocation(line: 18, column: 84, scope: !139)
!161 = !DILocation(line: 19, column: 12, scope: !139)
!162 = !DILocation(line: 19, column: 5, scope: !139)
