; ModuleID = 'funcptr.c'
source_filename = "funcptr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.op = type { ptr, ptr }

@table = internal constant [4 x ptr] [ptr @add, ptr @sub, ptr @mul, ptr @dvd], align 16
@.str = private unnamed_addr constant [13 x i8] c"table %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"+*-/*+\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"pick %.17g\0A\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c"count %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [3 x i8] c"sq\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"neg\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"inc\00", align 1
@__const.main.opsv = private unnamed_addr constant [3 x %struct.op] [%struct.op { ptr @.str.4, ptr @sq }, %struct.op { ptr @.str.5, ptr @neg }, %struct.op { ptr @.str.6, ptr @inc }], align 16
@.str.7 = private unnamed_addr constant [8 x i8] c"%s=%ld \00", align 1
@.str.8 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"null %d\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca double, align 8
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca ptr, align 8
  %7 = alloca [100 x i32], align 16
  %8 = alloca i32, align 4
  %9 = alloca [3 x %struct.op], align 16
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  store double 1.500000e+00, ptr %2, align 8, !dbg !13
  store i32 0, ptr %3, align 4, !dbg !14
  br label %12, !dbg !15

12:                                               ; preds = %26, %0
  %13 = load i32, ptr %3, align 4, !dbg !16
  %14 = icmp slt i32 %13, 12, !dbg !17
  br i1 %14, label %15, label %29, !dbg !18

15:                                               ; preds = %12
  %16 = load i32, ptr %3, align 4, !dbg !19
  %17 = srem i32 %16, 4, !dbg !20
  %18 = sext i32 %17 to i64, !dbg !21
  %19 = getelementptr inbounds [4 x ptr], ptr @table, i64 0, i64 %18, !dbg !21
  %20 = load ptr, ptr %19, align 8, !dbg !21
  %21 = load double, ptr %2, align 8, !dbg !22
  %22 = load i32, ptr %3, align 4, !dbg !23
  %23 = sitofp i32 %22 to double, !dbg !23
  %24 = fadd double 1.250000e+00, %23, !dbg !24
  %25 = call double %20(double noundef %21, double noundef %24), !dbg !21
  store double %25, ptr %2, align 8, !dbg !25
  br label %26, !dbg !26

26:                                               ; preds = %15
  %27 = load i32, ptr %3, align 4, !dbg !27
  %28 = add nsw i32 %27, 1, !dbg !27
  store i32 %28, ptr %3, align 4, !dbg !27
  br label %12, !dbg !18, !llvm.loop !28

29:                                               ; preds = %12
  %30 = load double, ptr %2, align 8, !dbg !31
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %30), !dbg !32
  store ptr @.str.1, ptr %4, align 8, !dbg !33
  store double 2.000000e+00, ptr %5, align 8, !dbg !34
  %32 = load ptr, ptr %4, align 8, !dbg !35
  store ptr %32, ptr %6, align 8, !dbg !36
  br label %33, !dbg !37

33:                                               ; preds = %43, %29
  %34 = load ptr, ptr %6, align 8, !dbg !38
  %35 = load i8, ptr %34, align 1, !dbg !39
  %36 = icmp ne i8 %35, 0, !dbg !40
  br i1 %36, label %37, label %46, !dbg !40

37:                                               ; preds = %33
  %38 = load ptr, ptr %6, align 8, !dbg !41
  %39 = load i8, ptr %38, align 1, !dbg !42
  %40 = call ptr @pick(i8 noundef signext %39), !dbg !43
  %41 = load double, ptr %5, align 8, !dbg !44
  %42 = call double %40(double noundef %41, double noundef 3.000000e+00), !dbg !43
  store double %42, ptr %5, align 8, !dbg !45
  br label %43, !dbg !46

43:                                               ; preds = %37
  %44 = load ptr, ptr %6, align 8, !dbg !47
  %45 = getelementptr inbounds nuw i8, ptr %44, i32 1, !dbg !47
  store ptr %45, ptr %6, align 8, !dbg !47
  br label %33, !dbg !40, !llvm.loop !48

46:                                               ; preds = %33
  %47 = load double, ptr %5, align 8, !dbg !50
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %47), !dbg !51
  store i32 0, ptr %8, align 4, !dbg !52
  br label %49, !dbg !53

49:                                               ; preds = %59, %46
  %50 = load i32, ptr %8, align 4, !dbg !54
  %51 = icmp slt i32 %50, 100, !dbg !55
  br i1 %51, label %52, label %62, !dbg !56

52:                                               ; preds = %49
  %53 = load i32, ptr %8, align 4, !dbg !57
  %54 = mul nsw i32 %53, 37, !dbg !58
  %55 = srem i32 %54, 101, !dbg !59
  %56 = load i32, ptr %8, align 4, !dbg !60
  %57 = sext i32 %56 to i64, !dbg !61
  %58 = getelementptr inbounds [100 x i32], ptr %7, i64 0, i64 %57, !dbg !61
  store i32 %55, ptr %58, align 4, !dbg !62
  br label %59, !dbg !61

59:                                               ; preds = %52
  %60 = load i32, ptr %8, align 4, !dbg !63
  %61 = add nsw i32 %60, 1, !dbg !63
  store i32 %61, ptr %8, align 4, !dbg !63
  br label %49, !dbg !56, !llvm.loop !64

62:                                               ; preds = %49
  %63 = getelementptr inbounds [100 x i32], ptr %7, i64 0, i64 0, !dbg !66
  %64 = call i32 @count_if(ptr noundef %63, i32 noundef 100, ptr noundef @is_even), !dbg !67
  %65 = getelementptr inbounds [100 x i32], ptr %7, i64 0, i64 0, !dbg !68
  %66 = call i32 @count_if(ptr noundef %65, i32 noundef 100, ptr noundef @is_big), !dbg !69
  %67 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %64, i32 noundef %66), !dbg !70
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %9, ptr align 16 @__const.main.opsv, i64 48, i1 false), !dbg !71
  store i32 0, ptr %10, align 4, !dbg !72
  br label %68, !dbg !73

68:                                               ; preds = %84, %62
  %69 = load i32, ptr %10, align 4, !dbg !74
  %70 = icmp slt i32 %69, 3, !dbg !75
  br i1 %70, label %71, label %87, !dbg !76

71:                                               ; preds = %68
  %72 = load i32, ptr %10, align 4, !dbg !77
  %73 = sext i32 %72 to i64, !dbg !78
  %74 = getelementptr inbounds [3 x %struct.op], ptr %9, i64 0, i64 %73, !dbg !78
  %75 = getelementptr inbounds nuw %struct.op, ptr %74, i32 0, i32 0, !dbg !79
  %76 = load ptr, ptr %75, align 16, !dbg !79
  %77 = load i32, ptr %10, align 4, !dbg !80
  %78 = sext i32 %77 to i64, !dbg !81
  %79 = getelementptr inbounds [3 x %struct.op], ptr %9, i64 0, i64 %78, !dbg !81
  %80 = getelementptr inbounds nuw %struct.op, ptr %79, i32 0, i32 1, !dbg !82
  %81 = load ptr, ptr %80, align 8, !dbg !82
  %82 = call i64 @apply_n(ptr noundef %81, i64 noundef 3, i32 noundef 3), !dbg !83
  %83 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, ptr noundef %76, i64 noundef %82), !dbg !84
  br label %84, !dbg !84

84:                                               ; preds = %71
  %85 = load i32, ptr %10, align 4, !dbg !85
  %86 = add nsw i32 %85, 1, !dbg !85
  store i32 %86, ptr %10, align 4, !dbg !85
  br label %68, !dbg !76, !llvm.loop !86

87:                                               ; preds = %68
  %88 = call i32 (ptr, ...) @printf(ptr noundef @.str.8), !dbg !88
  store volatile ptr null, ptr %11, align 8, !dbg !89
  %89 = load volatile ptr, ptr %11, align 8, !dbg !90
  %90 = icmp eq ptr %89, null, !dbg !91
  %91 = zext i1 %90 to i32, !dbg !91
  %92 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %91), !dbg !92
  ret i32 0, !dbg !93
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal ptr @pick(i8 noundef signext %0) #0 !dbg !94 {
  %2 = alloca ptr, align 8
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1
  %4 = load i8, ptr %3, align 1, !dbg !95
  %5 = sext i8 %4 to i32, !dbg !95
  switch i32 %5, label %9 [
    i32 43, label %6
    i32 45, label %7
    i32 42, label %8
  ], !dbg !96

6:                                                ; preds = %1
  store ptr @add, ptr %2, align 8, !dbg !97
  br label %10, !dbg !97

7:                                                ; preds = %1
  store ptr @sub, ptr %2, align 8, !dbg !98
  br label %10, !dbg !98

8:                                                ; preds = %1
  store ptr @mul, ptr %2, align 8, !dbg !99
  br label %10, !dbg !99

9:                                                ; preds = %1
  store ptr @dvd, ptr %2, align 8, !dbg !100
  br label %10, !dbg !100

10:                                               ; preds = %9, %8, %7, %6
  %11 = load ptr, ptr %2, align 8, !dbg !101
  ret ptr %11, !dbg !101
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @count_if(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 !dbg !102 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 8
  store i32 0, ptr %7, align 4, !dbg !103
  store i32 0, ptr %8, align 4, !dbg !104
  br label %9, !dbg !105

9:                                                ; preds = %25, %3
  %10 = load i32, ptr %8, align 4, !dbg !106
  %11 = load i32, ptr %5, align 4, !dbg !107
  %12 = icmp slt i32 %10, %11, !dbg !108
  br i1 %12, label %13, label %28, !dbg !109

13:                                               ; preds = %9
  %14 = load ptr, ptr %6, align 8, !dbg !110
  %15 = load ptr, ptr %4, align 8, !dbg !111
  %16 = load i32, ptr %8, align 4, !dbg !112
  %17 = sext i32 %16 to i64, !dbg !111
  %18 = getelementptr inbounds i32, ptr %15, i64 %17, !dbg !111
  %19 = load i32, ptr %18, align 4, !dbg !111
  %20 = call i32 %14(i32 noundef %19), !dbg !110
  %21 = icmp ne i32 %20, 0, !dbg !113
  %22 = zext i1 %21 to i32, !dbg !113
  %23 = load i32, ptr %7, align 4, !dbg !114
  %24 = add nsw i32 %23, %22, !dbg !114
  store i32 %24, ptr %7, align 4, !dbg !114
  br label %25, !dbg !115

25:                                               ; preds = %13
  %26 = load i32, ptr %8, align 4, !dbg !116
  %27 = add nsw i32 %26, 1, !dbg !116
  store i32 %27, ptr %8, align 4, !dbg !116
  br label %9, !dbg !109, !llvm.loop !117

28:                                               ; preds = %9
  %29 = load i32, ptr %7, align 4, !dbg !119
  ret i32 %29, !dbg !120
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @is_even(i32 noundef %0) #0 !dbg !121 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4, !dbg !122
  %4 = srem i32 %3, 2, !dbg !123
  %5 = icmp eq i32 %4, 0, !dbg !124
  %6 = zext i1 %5 to i32, !dbg !124
  ret i32 %6, !dbg !125
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @is_big(i32 noundef %0) #0 !dbg !126 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4, !dbg !127
  %4 = icmp sgt i32 %3, 50, !dbg !128
  %5 = zext i1 %4 to i32, !dbg !128
  ret i32 %5, !dbg !129
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @sq(i64 noundef %0) #0 !dbg !130 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8, !dbg !131
  %4 = load i64, ptr %2, align 8, !dbg !132
  %5 = mul nsw i64 %3, %4, !dbg !133
  ret i64 %5, !dbg !134
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @neg(i64 noundef %0) #0 !dbg !135 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8, !dbg !136
  %4 = sub nsw i64 0, %3, !dbg !137
  ret i64 %4, !dbg !138
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @inc(i64 noundef %0) #0 !dbg !139 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8, !dbg !140
  %4 = add nsw i64 %3, 1, !dbg !141
  ret i64 %4, !dbg !142
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @apply_n(ptr noundef %0, i64 noundef %1, i32 noundef %2) #0 !dbg !143 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  br label %7, !dbg !144

7:                                                ; preds = %11, %3
  %8 = load i32, ptr %6, align 4, !dbg !145
  %9 = add nsw i32 %8, -1, !dbg !145
  store i32 %9, ptr %6, align 4, !dbg !145
  %10 = icmp ne i32 %8, 0, !dbg !144
  br i1 %10, label %11, label %15, !dbg !144

11:                                               ; preds = %7
  %12 = load ptr, ptr %4, align 8, !dbg !146
  %13 = load i64, ptr %5, align 8, !dbg !147
  %14 = call i64 %12(i64 noundef %13), !dbg !146
  store i64 %14, ptr %5, align 8, !dbg !148
  br label %7, !dbg !144, !llvm.loop !149

15:                                               ; preds = %7
  %16 = load i64, ptr %5, align 8, !dbg !151
  ret i64 %16, !dbg !152
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal double @add(double noundef %0, double noundef %1) #0 !dbg !153 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8, !dbg !154
  %6 = load double, ptr %4, align 8, !dbg !155
  %7 = fadd double %5, %6, !dbg !156
  ret double %7, !dbg !157
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal double @sub(double noundef %0, double noundef %1) #0 !dbg !158 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8, !dbg !159
  %6 = load double, ptr %4, align 8, !dbg !160
  %7 = fsub double %5, %6, !dbg !161
  ret double %7, !dbg !162
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal double @mul(double noundef %0, double noundef %1) #0 !dbg !163 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8, !dbg !164
  %6 = load double, ptr %4, align 8, !dbg !165
  %7 = fmul double %5, %6, !dbg !166
  ret double %7, !dbg !167
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal double @dvd(double noundef %0, double noundef %1) #0 !dbg !168 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load double, ptr %3, align 8, !dbg !169
  %6 = load double, ptr %4, align 8, !dbg !170
  %7 = fdiv double %5, %6, !dbg !171
  ret double %7, !dbg !172
}

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "funcptr.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 27, type: !11, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "funcptr.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 28, column: 12, scope: !9)
!14 = !DILocation(line: 29, column: 14, scope: !9)
!15 = !DILocation(line: 29, column: 10, scope: !9)
!16 = !DILocation(line: 29, column: 21, scope: !9)
!17 = !DILocation(line: 29, column: 23, scope: !9)
!18 = !DILocation(line: 29, column: 5, scope: !9)
!19 = !DILocation(line: 29, column: 44, scope: !9)
!20 = !DILocation(line: 29, column: 46, scope: !9)
!21 = !DILocation(line: 29, column: 38, scope: !9)
!22 = !DILocation(line: 29, column: 51, scope: !9)
!23 = !DILocation(line: 29, column: 61, scope: !9)
!24 = !DILocation(line: 29, column: 59, scope: !9)
!25 = !DILocation(line: 29, column: 36, scope: !9)
!26 = !DILocation(line: 29, column: 34, scope: !9)
!27 = !DILocation(line: 29, column: 30, scope: !9)
!28 = distinct !{!28, !18, !29, !30}
!29 = !DILocation(line: 29, column: 62, scope: !9)
!30 = !{!"llvm.loop.mustprogress"}
!31 = !DILocation(line: 30, column: 29, scope: !9)
!32 = !DILocation(line: 30, column: 5, scope: !9)
!33 = !DILocation(line: 31, column: 17, scope: !9)
!34 = !DILocation(line: 32, column: 12, scope: !9)
!35 = !DILocation(line: 33, column: 26, scope: !9)
!36 = !DILocation(line: 33, column: 22, scope: !9)
!37 = !DILocation(line: 33, column: 10, scope: !9)
!38 = !DILocation(line: 33, column: 32, scope: !9)
!39 = !DILocation(line: 33, column: 31, scope: !9)
!40 = !DILocation(line: 33, column: 5, scope: !9)
!41 = !DILocation(line: 33, column: 50, scope: !9)
!42 = !DILocation(line: 33, column: 49, scope: !9)
!43 = !DILocation(line: 33, column: 44, scope: !9)
!44 = !DILocation(line: 33, column: 53, scope: !9)
!45 = !DILocation(line: 33, column: 42, scope: !9)
!46 = !DILocation(line: 33, column: 40, scope: !9)
!47 = !DILocation(line: 33, column: 36, scope: !9)
!48 = distinct !{!48, !40, !49, !30}
!49 = !DILocation(line: 33, column: 59, scope: !9)
!50 = !DILocation(line: 34, column: 28, scope: !9)
!51 = !DILocation(line: 34, column: 5, scope: !9)
!52 = !DILocation(line: 35, column: 26, scope: !9)
!53 = !DILocation(line: 35, column: 22, scope: !9)
!54 = !DILocation(line: 35, column: 33, scope: !9)
!55 = !DILocation(line: 35, column: 35, scope: !9)
!56 = !DILocation(line: 35, column: 17, scope: !9)
!57 = !DILocation(line: 35, column: 55, scope: !9)
!58 = !DILocation(line: 35, column: 57, scope: !9)
!59 = !DILocation(line: 35, column: 63, scope: !9)
!60 = !DILocation(line: 35, column: 49, scope: !9)
!61 = !DILocation(line: 35, column: 47, scope: !9)
!62 = !DILocation(line: 35, column: 52, scope: !9)
!63 = !DILocation(line: 35, column: 43, scope: !9)
!64 = distinct !{!64, !56, !65, !30}
!65 = !DILocation(line: 35, column: 65, scope: !9)
!66 = !DILocation(line: 36, column: 38, scope: !9)
!67 = !DILocation(line: 36, column: 29, scope: !9)
!68 = !DILocation(line: 36, column: 65, scope: !9)
!69 = !DILocation(line: 36, column: 56, scope: !9)
!70 = !DILocation(line: 36, column: 5, scope: !9)
!71 = !DILocation(line: 37, column: 15, scope: !9)
!72 = !DILocation(line: 38, column: 14, scope: !9)
!73 = !DILocation(line: 38, column: 10, scope: !9)
!74 = !DILocation(line: 38, column: 21, scope: !9)
!75 = !DILocation(line: 38, column: 23, scope: !9)
!76 = !DILocation(line: 38, column: 5, scope: !9)
!77 = !DILocation(line: 38, column: 56, scope: !9)
!78 = !DILocation(line: 38, column: 51, scope: !9)
!79 = !DILocation(line: 38, column: 59, scope: !9)
!80 = !DILocation(line: 38, column: 78, scope: !9)
!81 = !DILocation(line: 38, column: 73, scope: !9)
!82 = !DILocation(line: 38, column: 81, scope: !9)
!83 = !DILocation(line: 38, column: 65, scope: !9)
!84 = !DILocation(line: 38, column: 33, scope: !9)
!85 = !DILocation(line: 38, column: 29, scope: !9)
!86 = distinct !{!86, !76, !87, !30}
!87 = !DILocation(line: 38, column: 90, scope: !9)
!88 = !DILocation(line: 39, column: 5, scope: !9)
!89 = !DILocation(line: 40, column: 21, scope: !9)
!90 = !DILocation(line: 41, column: 25, scope: !9)
!91 = !DILocation(line: 41, column: 28, scope: !9)
!92 = !DILocation(line: 41, column: 5, scope: !9)
!93 = !DILocation(line: 42, column: 5, scope: !9)
!94 = distinct !DISubprogram(name: "pick", scope: !10, file: !10, line: 11, type: !11, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!95 = !DILocation(line: 12, column: 13, scope: !94)
!96 = !DILocation(line: 12, column: 5, scope: !94)
!97 = !DILocation(line: 12, column: 28, scope: !94)
!98 = !DILocation(line: 12, column: 50, scope: !94)
!99 = !DILocation(line: 12, column: 72, scope: !94)
!100 = !DILocation(line: 12, column: 93, scope: !94)
!101 = !DILocation(line: 13, column: 1, scope: !94)
!102 = distinct !DISubprogram(name: "count_if", scope: !10, file: !10, line: 18, type: !11, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!103 = !DILocation(line: 18, column: 56, scope: !102)
!104 = !DILocation(line: 18, column: 72, scope: !102)
!105 = !DILocation(line: 18, column: 68, scope: !102)
!106 = !DILocation(line: 18, column: 79, scope: !102)
!107 = !DILocation(line: 18, column: 83, scope: !102)
!108 = !DILocation(line: 18, column: 81, scope: !102)
!109 = !DILocation(line: 18, column: 63, scope: !102)
!110 = !DILocation(line: 18, column: 96, scope: !102)
!111 = !DILocation(line: 18, column: 98, scope: !102)
!112 = !DILocation(line: 18, column: 100, scope: !102)
!113 = !DILocation(line: 18, column: 104, scope: !102)
!114 = !DILocation(line: 18, column: 93, scope: !102)
!115 = !DILocation(line: 18, column: 91, scope: !102)
!116 = !DILocation(line: 18, column: 87, scope: !102)
!117 = distinct !{!117, !109, !118, !30}
!118 = !DILocation(line: 18, column: 107, scope: !102)
!119 = !DILocation(line: 18, column: 117, scope: !102)
!120 = !DILocation(line: 18, column: 110, scope: !102)
!121 = distinct !DISubprogram(name: "is_even", scope: !10, file: !10, line: 16, type: !11, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!122 = !DILocation(line: 16, column: 36, scope: !121)
!123 = !DILocation(line: 16, column: 38, scope: !121)
!124 = !DILocation(line: 16, column: 42, scope: !121)
!125 = !DILocation(line: 16, column: 29, scope: !121)
!126 = distinct !DISubprogram(name: "is_big", scope: !10, file: !10, line: 17, type: !11, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!127 = !DILocation(line: 17, column: 35, scope: !126)
!128 = !DILocation(line: 17, column: 37, scope: !126)
!129 = !DILocation(line: 17, column: 28, scope: !126)
!130 = distinct !DISubprogram(name: "sq", scope: !10, file: !10, line: 21, type: !11, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!131 = !DILocation(line: 21, column: 33, scope: !130)
!132 = !DILocation(line: 21, column: 37, scope: !130)
!133 = !DILocation(line: 21, column: 35, scope: !130)
!134 = !DILocation(line: 21, column: 26, scope: !130)
!135 = distinct !DISubprogram(name: "neg", scope: !10, file: !10, line: 22, type: !11, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!136 = !DILocation(line: 22, column: 35, scope: !135)
!137 = !DILocation(line: 22, column: 34, scope: !135)
!138 = !DILocation(line: 22, column: 27, scope: !135)
!139 = distinct !DISubprogram(name: "inc", scope: !10, file: !10, line: 23, type: !11, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!140 = !DILocation(line: 23, column: 34, scope: !139)
!141 = !DILocation(line: 23, column: 36, scope: !139)
!142 = !DILocation(line: 23, column: 27, scope: !139)
!143 = distinct !DISubprogram(name: "apply_n", scope: !10, file: !10, line: 25, type: !11, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!144 = !DILocation(line: 25, column: 55, scope: !143)
!145 = !DILocation(line: 25, column: 63, scope: !143)
!146 = !DILocation(line: 25, column: 71, scope: !143)
!147 = !DILocation(line: 25, column: 73, scope: !143)
!148 = !DILocation(line: 25, column: 69, scope: !143)
!149 = distinct !{!149, !144, !150, !30}
!150 = !DILocation(line: 25, column: 74, scope: !143)
!151 = !DILocation(line: 25, column: 84, scope: !143)
!152 = !DILocation(line: 25, column: 77, scope: !143)
!153 = distinct !DISubprogram(name: "add", scope: !10, file: !10, line: 5, type: !11, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!154 = !DILocation(line: 5, column: 48, scope: !153)
!155 = !DILocation(line: 5, column: 52, scope: !153)
!156 = !DILocation(line: 5, column: 50, scope: !153)
!157 = !DILocation(line: 5, column: 41, scope: !153)
!158 = distinct !DISubprogram(name: "sub", scope: !10, file: !10, line: 6, type: !11, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!159 = !DILocation(line: 6, column: 48, scope: !158)
!160 = !DILocation(line: 6, column: 52, scope: !158)
!161 = !DILocation(line: 6, column: 50, scope: !158)
!162 = !DILocation(line: 6, column: 41, scope: !158)
!163 = distinct !DISubprogram(name: "mul", scope: !10, file: !10, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!164 = !DILocation(line: 7, column: 48, scope: !163)
!165 = !DILocation(line: 7, column: 52, scope: !163)
!166 = !DILocation(line: 7, column: 50, scope: !163)
!167 = !DILocation(line: 7, column: 41, scope: !163)
!168 = distinct !DISubprogram(name: "dvd", scope: !10, file: !10, line: 8, type: !11, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!169 = !DILocation(line: 8, column: 48, scope: !168)
!170 = !DILocation(line: 8, column: 52, scope: !168)
!171 = !DILocation(line: 8, column: 50, scope: !168)
!172 = !DILocation(line: 8, column: 41, scope: !168)
