; ModuleID = 'generic_select.c'
source_filename = "generic_select.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [2 x i8] c"x\00", align 1
@.str.1 = private unnamed_addr constant [25 x i8] c"%s %s %s %s %s %s %s %s\0A\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"char\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"short\00", align 1
@.str.4 = private unnamed_addr constant [9 x i8] c"unsigned\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"float\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"ldouble\00", align 1
@.str.7 = private unnamed_addr constant [6 x i8] c"char*\00", align 1
@.str.8 = private unnamed_addr constant [12 x i8] c"const char*\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"int\00", align 1
@.str.10 = private unnamed_addr constant [13 x i8] c"%s %s %s %s\0A\00", align 1
@.str.11 = private unnamed_addr constant [6 x i8] c"ulong\00", align 1
@.str.12 = private unnamed_addr constant [6 x i8] c"llong\00", align 1
@.str.13 = private unnamed_addr constant [5 x i8] c"bool\00", align 1
@.str.14 = private unnamed_addr constant [6 x i8] c"other\00", align 1
@.str.15 = private unnamed_addr constant [23 x i8] c"abs %d %ld %.17g %.9g\0A\00", align 1
@.str.16 = private unnamed_addr constant [20 x i8] c"max %d %d %d %.17g\0A\00", align 1
@.str.17 = private unnamed_addr constant [12 x i8] c"swap %d %d\0A\00", align 1
@.str.18 = private unnamed_addr constant [13 x i8] c"stmtexpr %d\0A\00", align 1
@.str.19 = private unnamed_addr constant [11 x i8] c"typeof %u\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca i8, align 1
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  %6 = alloca x86_fp80, align 16
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca double, align 8
  %16 = alloca i32, align 4
  %17 = alloca double, align 8
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i16, align 2
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3, !dbg !17
  store i8 97, ptr %2, align 1, !dbg !18, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #3, !dbg !20
  store i16 1, ptr %3, align 2, !dbg !21, !tbaa !22
  call void @llvm.lifetime.start.p0(ptr %4) #3, !dbg !24
  store i32 2, ptr %4, align 4, !dbg !25, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #3, !dbg !26
  store float 1.000000e+00, ptr %5, align 4, !dbg !27, !tbaa !28
  call void @llvm.lifetime.start.p0(ptr %6) #3, !dbg !30
  store x86_fp80 0xK40008000000000000000, ptr %6, align 16, !dbg !31, !tbaa !32
  call void @llvm.lifetime.start.p0(ptr %7) #3, !dbg !34
  store ptr %2, ptr %7, align 8, !dbg !35, !tbaa !36
  call void @llvm.lifetime.start.p0(ptr %8) #3, !dbg !39
  store ptr @.str, ptr %8, align 8, !dbg !40, !tbaa !36
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef @.str.2, ptr noundef @.str.3, ptr noundef @.str.4, ptr noundef @.str.5, ptr noundef @.str.6, ptr noundef @.str.7, ptr noundef @.str.8, ptr noundef @.str.9), !dbg !41
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef @.str.11, ptr noundef @.str.12, ptr noundef @.str.13, ptr noundef @.str.14), !dbg !42
  %26 = call i32 @abs_i(i32 noundef -3), !dbg !43
  %27 = call i64 @abs_l(i64 noundef -40000000000), !dbg !44
  %28 = call double @abs_d(double noundef -2.500000e+00), !dbg !45
  %29 = call float @abs_f(float noundef -1.250000e+00), !dbg !46
  %30 = fpext float %29 to double, !dbg !47
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i32 noundef %26, i64 noundef %27, double noundef %28, double noundef %30), !dbg !48
  call void @llvm.lifetime.start.p0(ptr %9) #3, !dbg !49
  store i32 0, ptr %9, align 4, !dbg !50, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #3, !dbg !49
  store i32 10, ptr %10, align 4, !dbg !51, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %11) #3, !dbg !52
  call void @llvm.lifetime.start.p0(ptr %12) #3, !dbg !53
  %32 = load i32, ptr %9, align 4, !dbg !54, !tbaa !9
  %33 = add nsw i32 %32, 1, !dbg !55
  store i32 %33, ptr %9, align 4, !dbg !56, !tbaa !9
  store i32 %32, ptr %12, align 4, !dbg !57, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %13) #3, !dbg !53
  %34 = load i32, ptr %10, align 4, !dbg !58, !tbaa !9
  %35 = add nsw i32 %34, -1, !dbg !59
  store i32 %35, ptr %10, align 4, !dbg !60, !tbaa !9
  store i32 %34, ptr %13, align 4, !dbg !61, !tbaa !9
  %36 = load i32, ptr %12, align 4, !dbg !53, !tbaa !9
  %37 = load i32, ptr %13, align 4, !dbg !53, !tbaa !9
  %38 = icmp sgt i32 %36, %37, !dbg !62
  br i1 %38, label %39, label %41, !dbg !63

39:                                               ; preds = %0
  %40 = load i32, ptr %12, align 4, !dbg !53, !tbaa !9
  br label %43, !dbg !53

41:                                               ; preds = %0
  %42 = load i32, ptr %13, align 4, !dbg !53, !tbaa !9
  br label %43, !dbg !53

43:                                               ; preds = %41, %39
  %44 = phi i32 [ %40, %39 ], [ %42, %41 ], !dbg !64
  store i32 %44, ptr %14, align 4, !dbg !65, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %13) #3, !dbg !53
  call void @llvm.lifetime.end.p0(ptr %12) #3, !dbg !53
  %45 = load i32, ptr %14, align 4, !dbg !64, !tbaa !9
  store i32 %45, ptr %11, align 4, !dbg !66, !tbaa !9
  %46 = load i32, ptr %11, align 4, !dbg !67, !tbaa !9
  %47 = load i32, ptr %9, align 4, !dbg !68, !tbaa !9
  %48 = load i32, ptr %10, align 4, !dbg !69, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %15) #3, !dbg !70
  store double 1.500000e+00, ptr %15, align 8, !dbg !71, !tbaa !72
  call void @llvm.lifetime.start.p0(ptr %16) #3, !dbg !70
  store i32 2, ptr %16, align 4, !dbg !74, !tbaa !9
  %49 = load double, ptr %15, align 8, !dbg !70, !tbaa !72
  %50 = load i32, ptr %16, align 4, !dbg !70, !tbaa !9
  %51 = sitofp i32 %50 to double, !dbg !70
  %52 = fcmp ogt double %49, %51, !dbg !75
  br i1 %52, label %53, label %55, !dbg !76

53:                                               ; preds = %43
  %54 = load double, ptr %15, align 8, !dbg !70, !tbaa !72
  br label %58, !dbg !70

55:                                               ; preds = %43
  %56 = load i32, ptr %16, align 4, !dbg !70, !tbaa !9
  %57 = sitofp i32 %56 to double, !dbg !70
  br label %58, !dbg !70

58:                                               ; preds = %55, %53
  %59 = phi double [ %54, %53 ], [ %57, %55 ], !dbg !70
  store double %59, ptr %17, align 8, !dbg !70, !tbaa !72
  call void @llvm.lifetime.end.p0(ptr %16) #3, !dbg !70
  call void @llvm.lifetime.end.p0(ptr %15) #3, !dbg !70
  %60 = load double, ptr %17, align 8, !dbg !70, !tbaa !72
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i32 noundef %46, i32 noundef %47, i32 noundef %48, double noundef %60), !dbg !77
  br label %62, !dbg !78

62:                                               ; preds = %58
  call void @llvm.lifetime.start.p0(ptr %18) #3, !dbg !78
  %63 = load i32, ptr %9, align 4, !dbg !79, !tbaa !9
  store i32 %63, ptr %18, align 4, !dbg !80, !tbaa !9
  %64 = load i32, ptr %10, align 4, !dbg !81, !tbaa !9
  store i32 %64, ptr %9, align 4, !dbg !82, !tbaa !9
  %65 = load i32, ptr %18, align 4, !dbg !83, !tbaa !9
  store i32 %65, ptr %10, align 4, !dbg !84, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %18) #3, !dbg !78
  br label %66, !dbg !78

66:                                               ; preds = %62
  br label %67, !dbg !78

67:                                               ; preds = %66
  %68 = load i32, ptr %9, align 4, !dbg !85, !tbaa !9
  %69 = load i32, ptr %10, align 4, !dbg !86, !tbaa !9
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, i32 noundef %68, i32 noundef %69), !dbg !87
  call void @llvm.lifetime.start.p0(ptr %19) #3, !dbg !88
  call void @llvm.lifetime.start.p0(ptr %20) #3, !dbg !89
  store i32 0, ptr %20, align 4, !dbg !90, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %21) #3, !dbg !91
  store i32 0, ptr %21, align 4, !dbg !92, !tbaa !9
  br label %71, !dbg !91

71:                                               ; preds = %81, %67
  %72 = load i32, ptr %21, align 4, !dbg !93, !tbaa !9
  %73 = icmp slt i32 %72, 10, !dbg !94
  br i1 %73, label %75, label %74, !dbg !95

74:                                               ; preds = %71
  call void @llvm.lifetime.end.p0(ptr %21) #3, !dbg !96
  br label %84

75:                                               ; preds = %71
  %76 = load i32, ptr %21, align 4, !dbg !97, !tbaa !9
  %77 = load i32, ptr %21, align 4, !dbg !98, !tbaa !9
  %78 = mul nsw i32 %76, %77, !dbg !99
  %79 = load i32, ptr %20, align 4, !dbg !100, !tbaa !9
  %80 = add nsw i32 %79, %78, !dbg !101
  store i32 %80, ptr %20, align 4, !dbg !102, !tbaa !9
  br label %81, !dbg !103

81:                                               ; preds = %75
  %82 = load i32, ptr %21, align 4, !dbg !104, !tbaa !9
  %83 = add nsw i32 %82, 1, !dbg !105
  store i32 %83, ptr %21, align 4, !dbg !106, !tbaa !9
  br label %71, !dbg !96, !llvm.loop !107

84:                                               ; preds = %74
  %85 = load i32, ptr %20, align 4, !dbg !109, !tbaa !9
  store i32 %85, ptr %22, align 4, !dbg !110, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %20) #3, !dbg !111
  %86 = load i32, ptr %22, align 4, !dbg !112, !tbaa !9
  store i32 %86, ptr %19, align 4, !dbg !113, !tbaa !9
  %87 = load i32, ptr %19, align 4, !dbg !114, !tbaa !9
  %88 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %87), !dbg !115
  call void @llvm.lifetime.start.p0(ptr %23) #3, !dbg !116
  store i16 -1, ptr %23, align 2, !dbg !117, !tbaa !22
  %89 = load i16, ptr %23, align 2, !dbg !118, !tbaa !22
  %90 = add i16 %89, 1, !dbg !119
  store i16 %90, ptr %23, align 2, !dbg !120, !tbaa !22
  %91 = load i16, ptr %23, align 2, !dbg !121, !tbaa !22
  %92 = zext i16 %91 to i32, !dbg !122
  %93 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, i32 noundef %92), !dbg !123
  call void @llvm.lifetime.end.p0(ptr %23) #3, !dbg !124
  call void @llvm.lifetime.end.p0(ptr %19) #3, !dbg !124
  call void @llvm.lifetime.end.p0(ptr %11) #3, !dbg !124
  call void @llvm.lifetime.end.p0(ptr %10) #3, !dbg !124
  call void @llvm.lifetime.end.p0(ptr %9) #3, !dbg !124
  call void @llvm.lifetime.end.p0(ptr %8) #3, !dbg !124
  call void @llvm.lifetime.end.p0(ptr %7) #3, !dbg !124
  call void @llvm.lifetime.end.p0(ptr %6) #3, !dbg !124
  call void @llvm.lifetime.end.p0(ptr %5) #3, !dbg !124
  call void @llvm.lifetime.end.p0(ptr %4) #3, !dbg !124
  call void @llvm.lifetime.end.p0(ptr %3) #3, !dbg !124
  call void @llvm.lifetime.end.p0(ptr %2) #3, !dbg !124
  ret i32 0, !dbg !125
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

declare !dbg !126 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind uwtable
define internal i32 @abs_i(i32 noundef %0) #0 !dbg !128 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  %3 = load i32, ptr %2, align 4, !dbg !129, !tbaa !9
  %4 = icmp slt i32 %3, 0, !dbg !130
  br i1 %4, label %5, label %8, !dbg !131

5:                                                ; preds = %1
  %6 = load i32, ptr %2, align 4, !dbg !132, !tbaa !9
  %7 = sub nsw i32 0, %6, !dbg !133
  br label %10, !dbg !129

8:                                                ; preds = %1
  %9 = load i32, ptr %2, align 4, !dbg !134, !tbaa !9
  br label %10, !dbg !129

10:                                               ; preds = %8, %5
  %11 = phi i32 [ %7, %5 ], [ %9, %8 ], !dbg !135
  ret i32 %11, !dbg !136
}

; Function Attrs: nounwind uwtable
define internal i64 @abs_l(i64 noundef %0) #0 !dbg !137 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !138
  %3 = load i64, ptr %2, align 8, !dbg !140, !tbaa !138
  %4 = icmp slt i64 %3, 0, !dbg !141
  br i1 %4, label %5, label %8, !dbg !142

5:                                                ; preds = %1
  %6 = load i64, ptr %2, align 8, !dbg !143, !tbaa !138
  %7 = sub nsw i64 0, %6, !dbg !144
  br label %10, !dbg !140

8:                                                ; preds = %1
  %9 = load i64, ptr %2, align 8, !dbg !145, !tbaa !138
  br label %10, !dbg !140

10:                                               ; preds = %8, %5
  %11 = phi i64 [ %7, %5 ], [ %9, %8 ], !dbg !146
  ret i64 %11, !dbg !147
}

; Function Attrs: nounwind uwtable
define internal double @abs_d(double noundef %0) #0 !dbg !148 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8, !tbaa !72
  %3 = load double, ptr %2, align 8, !dbg !149, !tbaa !72
  %4 = fcmp olt double %3, 0.000000e+00, !dbg !150
  br i1 %4, label %5, label %8, !dbg !151

5:                                                ; preds = %1
  %6 = load double, ptr %2, align 8, !dbg !152, !tbaa !72
  %7 = fneg double %6, !dbg !153
  br label %10, !dbg !149

8:                                                ; preds = %1
  %9 = load double, ptr %2, align 8, !dbg !154, !tbaa !72
  br label %10, !dbg !149

10:                                               ; preds = %8, %5
  %11 = phi double [ %7, %5 ], [ %9, %8 ], !dbg !155
  ret double %11, !dbg !156
}

; Function Attrs: nounwind uwtable
define internal float @abs_f(float noundef %0) #0 !dbg !157 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4, !tbaa !28
  %3 = load float, ptr %2, align 4, !dbg !158, !tbaa !28
  %4 = fcmp olt float %3, 0.000000e+00, !dbg !159
  br i1 %4, label %5, label %8, !dbg !160

5:                                                ; preds = %1
  %6 = load float, ptr %2, align 4, !dbg !161, !tbaa !28
  %7 = fneg float %6, !dbg !162
  br label %10, !dbg !158

8:                                                ; preds = %1
  %9 = load float, ptr %2, align 4, !dbg !163, !tbaa !28
  br label %10, !dbg !158

10:                                               ; preds = %8, %5
  %11 = phi float [ %7, %5 ], [ %9, %8 ], !dbg !164
  ret float %11, !dbg !165
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "generic_select.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 17, type: !15, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "generic_select.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 18, column: 5, scope: !13)
!18 = !DILocation(line: 18, column: 10, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !{!11, !11, i64 0}
!20 = !DILocation(line: 18, column: 19, scope: !13)
!21 = !DILocation(line: 18, column: 25, scope: !13, atomGroup: 2, atomRank: 1)
!22 = !{!23, !23, i64 0}
!23 = !{!"short", !11, i64 0}
!24 = !DILocation(line: 18, column: 32, scope: !13)
!25 = !DILocation(line: 18, column: 41, scope: !13, atomGroup: 3, atomRank: 1)
!26 = !DILocation(line: 18, column: 48, scope: !13)
!27 = !DILocation(line: 18, column: 54, scope: !13, atomGroup: 4, atomRank: 1)
!28 = !{!29, !29, i64 0}
!29 = !{!"float", !11, i64 0}
!30 = !DILocation(line: 18, column: 61, scope: !13)
!31 = !DILocation(line: 18, column: 73, scope: !13, atomGroup: 5, atomRank: 1)
!32 = !{!33, !33, i64 0}
!33 = !{!"long double", !11, i64 0}
!34 = !DILocation(line: 18, column: 81, scope: !13)
!35 = !DILocation(line: 18, column: 87, scope: !13, atomGroup: 6, atomRank: 1)
!36 = !{!37, !37, i64 0}
!37 = !{!"p1 omnipotent char", !38, i64 0}
!38 = !{!"any pointer", !11, i64 0}
!39 = !DILocation(line: 18, column: 95, scope: !13)
!40 = !DILocation(line: 18, column: 107, scope: !13, atomGroup: 7, atomRank: 1)
!41 = !DILocation(line: 19, column: 5, scope: !13)
!42 = !DILocation(line: 20, column: 5, scope: !13)
!43 = !DILocation(line: 21, column: 39, scope: !13)
!44 = !DILocation(line: 21, column: 48, scope: !13)
!45 = !DILocation(line: 21, column: 68, scope: !13)
!46 = !DILocation(line: 21, column: 87, scope: !13)
!47 = !DILocation(line: 21, column: 79, scope: !13)
!48 = !DILocation(line: 21, column: 5, scope: !13)
!49 = !DILocation(line: 22, column: 5, scope: !13)
!50 = !DILocation(line: 22, column: 9, scope: !13, atomGroup: 8, atomRank: 1)
!51 = !DILocation(line: 22, column: 16, scope: !13, atomGroup: 9, atomRank: 1)
!52 = !DILocation(line: 23, column: 5, scope: !13)
!53 = !DILocation(line: 23, column: 13, scope: !13)
!54 = !DILocation(line: 23, column: 18, scope: !13, atomGroup: 11, atomRank: 2)
!55 = !DILocation(line: 23, column: 18, scope: !13, atomGroup: 12, atomRank: 2)
!56 = !DILocation(line: 23, column: 18, scope: !13, atomGroup: 12, atomRank: 1)
!57 = !DILocation(line: 23, column: 13, scope: !13, atomGroup: 11, atomRank: 1)
!58 = !DILocation(line: 23, column: 23, scope: !13, atomGroup: 13, atomRank: 2)
!59 = !DILocation(line: 23, column: 23, scope: !13, atomGroup: 14, atomRank: 2)
!60 = !DILocation(line: 23, column: 23, scope: !13, atomGroup: 14, atomRank: 1)
!61 = !DILocation(line: 23, column: 13, scope: !13, atomGroup: 13, atomRank: 1)
!62 = !DILocation(line: 23, column: 13, scope: !13, atomGroup: 15, atomRank: 2)
!63 = !DILocation(line: 23, column: 13, scope: !13, atomGroup: 15, atomRank: 1)
!64 = !DILocation(line: 23, column: 13, scope: !13, atomGroup: 10, atomRank: 2)
!65 = !DILocation(line: 23, column: 13, scope: !13, atomGroup: 10, atomRank: 1)
!66 = !DILocation(line: 23, column: 9, scope: !13, atomGroup: 10, atomRank: 1)
!67 = !DILocation(line: 24, column: 36, scope: !13)
!68 = !DILocation(line: 24, column: 39, scope: !13)
!69 = !DILocation(line: 24, column: 42, scope: !13)
!70 = !DILocation(line: 24, column: 45, scope: !13)
!71 = !DILocation(line: 24, column: 45, scope: !13, atomGroup: 16, atomRank: 1)
!72 = !{!73, !73, i64 0}
!73 = !{!"double", !11, i64 0}
!74 = !DILocation(line: 24, column: 45, scope: !13, atomGroup: 17, atomRank: 1)
!75 = !DILocation(line: 24, column: 45, scope: !13, atomGroup: 18, atomRank: 2)
!76 = !DILocation(line: 24, column: 45, scope: !13, atomGroup: 18, atomRank: 1)
!77 = !DILocation(line: 24, column: 5, scope: !13)
!78 = !DILocation(line: 25, column: 5, scope: !13)
!79 = !DILocation(line: 25, column: 10, scope: !13, atomGroup: 19, atomRank: 2)
!80 = !DILocation(line: 25, column: 5, scope: !13, atomGroup: 19, atomRank: 1)
!81 = !DILocation(line: 25, column: 13, scope: !13, atomGroup: 20, atomRank: 2)
!82 = !DILocation(line: 25, column: 5, scope: !13, atomGroup: 20, atomRank: 1)
!83 = !DILocation(line: 25, column: 5, scope: !13, atomGroup: 21, atomRank: 2)
!84 = !DILocation(line: 25, column: 5, scope: !13, atomGroup: 21, atomRank: 1)
!85 = !DILocation(line: 26, column: 28, scope: !13)
!86 = !DILocation(line: 26, column: 31, scope: !13)
!87 = !DILocation(line: 26, column: 5, scope: !13)
!88 = !DILocation(line: 27, column: 5, scope: !13)
!89 = !DILocation(line: 27, column: 20, scope: !13)
!90 = !DILocation(line: 27, column: 24, scope: !13, atomGroup: 23, atomRank: 1)
!91 = !DILocation(line: 27, column: 36, scope: !13)
!92 = !DILocation(line: 27, column: 40, scope: !13, atomGroup: 24, atomRank: 1)
!93 = !DILocation(line: 27, column: 47, scope: !13)
!94 = !DILocation(line: 27, column: 49, scope: !13, atomGroup: 25, atomRank: 1)
!95 = !DILocation(line: 27, column: 31, scope: !13, atomGroup: 26, atomRank: 1)
!96 = !DILocation(line: 27, column: 31, scope: !13)
!97 = !DILocation(line: 27, column: 65, scope: !13)
!98 = !DILocation(line: 27, column: 69, scope: !13)
!99 = !DILocation(line: 27, column: 67, scope: !13)
!100 = !DILocation(line: 27, column: 62, scope: !13)
!101 = !DILocation(line: 27, column: 62, scope: !13, atomGroup: 27, atomRank: 2)
!102 = !DILocation(line: 27, column: 62, scope: !13, atomGroup: 27, atomRank: 1)
!103 = !DILocation(line: 27, column: 60, scope: !13, atomGroup: 29, atomRank: 1)
!104 = !DILocation(line: 27, column: 56, scope: !13)
!105 = !DILocation(line: 27, column: 56, scope: !13, atomGroup: 28, atomRank: 2)
!106 = !DILocation(line: 27, column: 56, scope: !13, atomGroup: 28, atomRank: 1)
!107 = distinct !{!107, !96, !98, !108}
!108 = !{!"llvm.loop.mustprogress"}
!109 = !DILocation(line: 27, column: 72, scope: !13, atomGroup: 22, atomRank: 2)
!110 = !DILocation(line: 27, column: 69, scope: !13, atomGroup: 22, atomRank: 1)
!111 = !DILocation(line: 27, column: 75, scope: !13)
!112 = !DILocation(line: 27, column: 75, scope: !13, atomGroup: 22, atomRank: 2)
!113 = !DILocation(line: 27, column: 9, scope: !13, atomGroup: 22, atomRank: 1)
!114 = !DILocation(line: 28, column: 29, scope: !13)
!115 = !DILocation(line: 28, column: 5, scope: !13)
!116 = !DILocation(line: 29, column: 5, scope: !13)
!117 = !DILocation(line: 29, column: 26, scope: !13, atomGroup: 30, atomRank: 1)
!118 = !DILocation(line: 29, column: 38, scope: !13)
!119 = !DILocation(line: 29, column: 38, scope: !13, atomGroup: 31, atomRank: 2)
!120 = !DILocation(line: 29, column: 38, scope: !13, atomGroup: 31, atomRank: 1)
!121 = !DILocation(line: 30, column: 37, scope: !13)
!122 = !DILocation(line: 30, column: 27, scope: !13)
!123 = !DILocation(line: 30, column: 5, scope: !13)
!124 = !DILocation(line: 32, column: 1, scope: !13)
!125 = !DILocation(line: 31, column: 5, scope: !13, atomGroup: 33, atomRank: 1)
!126 = !DISubprogram(name: "printf", scope: !127, file: !127, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!127 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!128 = distinct !DISubprogram(name: "abs_i", scope: !14, file: !14, line: 12, type: !15, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!129 = !DILocation(line: 12, column: 34, scope: !128)
!130 = !DILocation(line: 12, column: 36, scope: !128, atomGroup: 2, atomRank: 2)
!131 = !DILocation(line: 12, column: 34, scope: !128, atomGroup: 2, atomRank: 1)
!132 = !DILocation(line: 12, column: 43, scope: !128)
!133 = !DILocation(line: 12, column: 42, scope: !128)
!134 = !DILocation(line: 12, column: 47, scope: !128)
!135 = !DILocation(line: 12, column: 34, scope: !128, atomGroup: 1, atomRank: 2)
!136 = !DILocation(line: 12, column: 27, scope: !128, atomGroup: 1, atomRank: 1)
!137 = distinct !DISubprogram(name: "abs_l", scope: !14, file: !14, line: 13, type: !15, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!138 = !{!139, !139, i64 0}
!139 = !{!"long", !11, i64 0}
!140 = !DILocation(line: 13, column: 36, scope: !137)
!141 = !DILocation(line: 13, column: 38, scope: !137, atomGroup: 2, atomRank: 2)
!142 = !DILocation(line: 13, column: 36, scope: !137, atomGroup: 2, atomRank: 1)
!143 = !DILocation(line: 13, column: 45, scope: !137)
!144 = !DILocation(line: 13, column: 44, scope: !137)
!145 = !DILocation(line: 13, column: 49, scope: !137)
!146 = !DILocation(line: 13, column: 36, scope: !137, atomGroup: 1, atomRank: 2)
!147 = !DILocation(line: 13, column: 29, scope: !137, atomGroup: 1, atomRank: 1)
!148 = distinct !DISubprogram(name: "abs_d", scope: !14, file: !14, line: 14, type: !15, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!149 = !DILocation(line: 14, column: 40, scope: !148)
!150 = !DILocation(line: 14, column: 42, scope: !148, atomGroup: 2, atomRank: 2)
!151 = !DILocation(line: 14, column: 40, scope: !148, atomGroup: 2, atomRank: 1)
!152 = !DILocation(line: 14, column: 49, scope: !148)
!153 = !DILocation(line: 14, column: 48, scope: !148)
!154 = !DILocation(line: 14, column: 53, scope: !148)
!155 = !DILocation(line: 14, column: 40, scope: !148, atomGroup: 1, atomRank: 2)
!156 = !DILocation(line: 14, column: 33, scope: !148, atomGroup: 1, atomRank: 1)
!157 = distinct !DISubprogram(name: "abs_f", scope: !14, file: !14, line: 15, type: !15, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!158 = !DILocation(line: 15, column: 38, scope: !157)
!159 = !DILocation(line: 15, column: 40, scope: !157, atomGroup: 2, atomRank: 2)
!160 = !DILocation(line: 15, column: 38, scope: !157, atomGroup: 2, atomRank: 1)
!161 = !DILocation(line: 15, column: 47, scope: !157)
!162 = !DILocation(line: 15, column: 46, scope: !157)
!163 = !DILocation(line: 15, column: 51, scope: !157)
!164 = !DILocation(line: 15, column: 38, scope: !157, atomGroup: 1, atomRank: 2)
!165 = !DILocation(line: 15, column: 31, scope: !157, atomGroup: 1, atomRank: 1)
