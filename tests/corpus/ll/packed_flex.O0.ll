; ModuleID = 'packed_flex.c'
source_filename = "packed_flex.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.rec = type <{ i8, i32, i16, double }>
%struct.al = type { i8, i32, [24 x i8] }
%struct.blob = type { i64, i32, [0 x i32] }

@.str = private unnamed_addr constant [23 x i8] c"sizes %zu %zu %zu %zu\0A\00", align 1
@.str.1 = private unnamed_addr constant [22 x i8] c"offs %zu %zu %zu %zu\0A\00", align 1
@.str.2 = private unnamed_addr constant [8 x i8] c"h=%llu\0A\00", align 1
@.str.3 = private unnamed_addr constant [17 x i8] c"blob %zu %u %ld\0A\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"al %d\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca [5 x %struct.rec], align 16
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca [75 x i8], align 16
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca [3 x %struct.al], align 32
  store i32 0, ptr %1, align 4
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef 15, i64 noundef 32, i64 noundef 32, i64 noundef 16), !dbg !13
  %13 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef 1, i64 noundef 5, i64 noundef 7, i64 noundef 12), !dbg !14
  store i32 0, ptr %3, align 4, !dbg !15
  br label %14, !dbg !16

14:                                               ; preds = %44, %0
  %15 = load i32, ptr %3, align 4, !dbg !17
  %16 = icmp slt i32 %15, 5, !dbg !18
  br i1 %16, label %17, label %47, !dbg !19

17:                                               ; preds = %14
  %18 = load i32, ptr %3, align 4, !dbg !20
  %19 = trunc i32 %18 to i8, !dbg !21
  %20 = load i32, ptr %3, align 4, !dbg !22
  %21 = sext i32 %20 to i64, !dbg !23
  %22 = getelementptr inbounds [5 x %struct.rec], ptr %2, i64 0, i64 %21, !dbg !23
  %23 = getelementptr inbounds nuw %struct.rec, ptr %22, i32 0, i32 0, !dbg !24
  store i8 %19, ptr %23, align 1, !dbg !25
  %24 = load i32, ptr %3, align 4, !dbg !26
  %25 = mul i32 16909060, %24, !dbg !27
  %26 = load i32, ptr %3, align 4, !dbg !28
  %27 = sext i32 %26 to i64, !dbg !29
  %28 = getelementptr inbounds [5 x %struct.rec], ptr %2, i64 0, i64 %27, !dbg !29
  %29 = getelementptr inbounds nuw %struct.rec, ptr %28, i32 0, i32 1, !dbg !30
  store i32 %25, ptr %29, align 1, !dbg !31
  %30 = load i32, ptr %3, align 4, !dbg !32
  %31 = mul nsw i32 %30, 1000, !dbg !33
  %32 = trunc i32 %31 to i16, !dbg !34
  %33 = load i32, ptr %3, align 4, !dbg !35
  %34 = sext i32 %33 to i64, !dbg !36
  %35 = getelementptr inbounds [5 x %struct.rec], ptr %2, i64 0, i64 %34, !dbg !36
  %36 = getelementptr inbounds nuw %struct.rec, ptr %35, i32 0, i32 2, !dbg !37
  store i16 %32, ptr %36, align 1, !dbg !38
  %37 = load i32, ptr %3, align 4, !dbg !39
  %38 = sitofp i32 %37 to double, !dbg !39
  %39 = fdiv double %38, 4.000000e+00, !dbg !40
  %40 = load i32, ptr %3, align 4, !dbg !41
  %41 = sext i32 %40 to i64, !dbg !42
  %42 = getelementptr inbounds [5 x %struct.rec], ptr %2, i64 0, i64 %41, !dbg !42
  %43 = getelementptr inbounds nuw %struct.rec, ptr %42, i32 0, i32 3, !dbg !43
  store double %39, ptr %43, align 1, !dbg !44
  br label %44, !dbg !45

44:                                               ; preds = %17
  %45 = load i32, ptr %3, align 4, !dbg !46
  %46 = add nsw i32 %45, 1, !dbg !46
  store i32 %46, ptr %3, align 4, !dbg !46
  br label %14, !dbg !19, !llvm.loop !47

47:                                               ; preds = %14
  store i64 0, ptr %4, align 8, !dbg !49
  store i32 0, ptr %5, align 4, !dbg !50
  br label %48, !dbg !51

48:                                               ; preds = %83, %47
  %49 = load i32, ptr %5, align 4, !dbg !52
  %50 = icmp slt i32 %49, 5, !dbg !53
  br i1 %50, label %51, label %86, !dbg !54

51:                                               ; preds = %48
  %52 = load i64, ptr %4, align 8, !dbg !55
  %53 = mul i64 %52, 31, !dbg !56
  %54 = load i32, ptr %5, align 4, !dbg !57
  %55 = sext i32 %54 to i64, !dbg !58
  %56 = getelementptr inbounds [5 x %struct.rec], ptr %2, i64 0, i64 %55, !dbg !58
  %57 = getelementptr inbounds nuw %struct.rec, ptr %56, i32 0, i32 0, !dbg !59
  %58 = load i8, ptr %57, align 1, !dbg !59
  %59 = zext i8 %58 to i64, !dbg !58
  %60 = add i64 %53, %59, !dbg !60
  %61 = load i32, ptr %5, align 4, !dbg !61
  %62 = sext i32 %61 to i64, !dbg !62
  %63 = getelementptr inbounds [5 x %struct.rec], ptr %2, i64 0, i64 %62, !dbg !62
  %64 = getelementptr inbounds nuw %struct.rec, ptr %63, i32 0, i32 1, !dbg !63
  %65 = load i32, ptr %64, align 1, !dbg !63
  %66 = zext i32 %65 to i64, !dbg !62
  %67 = add i64 %60, %66, !dbg !64
  %68 = load i32, ptr %5, align 4, !dbg !65
  %69 = sext i32 %68 to i64, !dbg !66
  %70 = getelementptr inbounds [5 x %struct.rec], ptr %2, i64 0, i64 %69, !dbg !66
  %71 = getelementptr inbounds nuw %struct.rec, ptr %70, i32 0, i32 2, !dbg !67
  %72 = load i16, ptr %71, align 1, !dbg !67
  %73 = zext i16 %72 to i64, !dbg !66
  %74 = add i64 %67, %73, !dbg !68
  %75 = load i32, ptr %5, align 4, !dbg !69
  %76 = sext i32 %75 to i64, !dbg !70
  %77 = getelementptr inbounds [5 x %struct.rec], ptr %2, i64 0, i64 %76, !dbg !70
  %78 = getelementptr inbounds nuw %struct.rec, ptr %77, i32 0, i32 3, !dbg !71
  %79 = load double, ptr %78, align 1, !dbg !71
  %80 = fmul double %79, 1.000000e+02, !dbg !72
  %81 = fptoui double %80 to i64, !dbg !73
  %82 = add i64 %74, %81, !dbg !74
  store i64 %82, ptr %4, align 8, !dbg !75
  br label %83, !dbg !76

83:                                               ; preds = %51
  %84 = load i32, ptr %5, align 4, !dbg !77
  %85 = add nsw i32 %84, 1, !dbg !77
  store i32 %85, ptr %5, align 4, !dbg !77
  br label %48, !dbg !54, !llvm.loop !78

86:                                               ; preds = %48
  %87 = getelementptr inbounds [75 x i8], ptr %6, i64 0, i64 0, !dbg !80
  %88 = getelementptr inbounds [5 x %struct.rec], ptr %2, i64 0, i64 0, !dbg !80
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %87, ptr align 16 %88, i64 75, i1 false), !dbg !80
  store i64 0, ptr %7, align 8, !dbg !81
  br label %89, !dbg !82

89:                                               ; preds = %106, %86
  %90 = load i64, ptr %7, align 8, !dbg !83
  %91 = icmp ult i64 %90, 75, !dbg !84
  br i1 %91, label %92, label %109, !dbg !85

92:                                               ; preds = %89
  %93 = load i64, ptr %4, align 8, !dbg !86
  %94 = mul i64 %93, 3, !dbg !87
  %95 = load i64, ptr %7, align 8, !dbg !88
  %96 = getelementptr inbounds nuw [75 x i8], ptr %6, i64 0, i64 %95, !dbg !89
  %97 = load i8, ptr %96, align 1, !dbg !89
  %98 = zext i8 %97 to i32, !dbg !89
  %99 = load i64, ptr %7, align 8, !dbg !90
  %100 = urem i64 %99, 5, !dbg !91
  %101 = icmp eq i64 %100, 0, !dbg !92
  %102 = zext i1 %101 to i32, !dbg !92
  %103 = mul nsw i32 %98, %102, !dbg !93
  %104 = sext i32 %103 to i64, !dbg !89
  %105 = add i64 %94, %104, !dbg !94
  store i64 %105, ptr %4, align 8, !dbg !95
  br label %106, !dbg !96

106:                                              ; preds = %92
  %107 = load i64, ptr %7, align 8, !dbg !97
  %108 = add i64 %107, 1, !dbg !97
  store i64 %108, ptr %7, align 8, !dbg !97
  br label %89, !dbg !85, !llvm.loop !98

109:                                              ; preds = %89
  %110 = load i64, ptr %4, align 8, !dbg !100
  %111 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %110), !dbg !101
  %112 = call ptr @mk_blob(i64 noundef 50), !dbg !102
  store ptr %112, ptr %8, align 8, !dbg !103
  store i64 0, ptr %9, align 8, !dbg !104
  store i64 0, ptr %10, align 8, !dbg !105
  br label %113, !dbg !106

113:                                              ; preds = %128, %109
  %114 = load i64, ptr %10, align 8, !dbg !107
  %115 = load ptr, ptr %8, align 8, !dbg !108
  %116 = getelementptr inbounds nuw %struct.blob, ptr %115, i32 0, i32 0, !dbg !109
  %117 = load i64, ptr %116, align 8, !dbg !109
  %118 = icmp ult i64 %114, %117, !dbg !110
  br i1 %118, label %119, label %131, !dbg !111

119:                                              ; preds = %113
  %120 = load ptr, ptr %8, align 8, !dbg !112
  %121 = getelementptr inbounds nuw %struct.blob, ptr %120, i32 0, i32 2, !dbg !113
  %122 = load i64, ptr %10, align 8, !dbg !114
  %123 = getelementptr inbounds nuw [0 x i32], ptr %121, i64 0, i64 %122, !dbg !112
  %124 = load i32, ptr %123, align 4, !dbg !112
  %125 = sext i32 %124 to i64, !dbg !112
  %126 = load i64, ptr %9, align 8, !dbg !115
  %127 = add nsw i64 %126, %125, !dbg !115
  store i64 %127, ptr %9, align 8, !dbg !115
  br label %128, !dbg !116

128:                                              ; preds = %119
  %129 = load i64, ptr %10, align 8, !dbg !117
  %130 = add i64 %129, 1, !dbg !117
  store i64 %130, ptr %10, align 8, !dbg !117
  br label %113, !dbg !111, !llvm.loop !118

131:                                              ; preds = %113
  %132 = load ptr, ptr %8, align 8, !dbg !120
  %133 = getelementptr inbounds nuw %struct.blob, ptr %132, i32 0, i32 0, !dbg !121
  %134 = load i64, ptr %133, align 8, !dbg !121
  %135 = load ptr, ptr %8, align 8, !dbg !122
  %136 = getelementptr inbounds nuw %struct.blob, ptr %135, i32 0, i32 1, !dbg !123
  %137 = load i32, ptr %136, align 8, !dbg !123
  %138 = load i64, ptr %9, align 8, !dbg !124
  %139 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %134, i32 noundef %137, i64 noundef %138), !dbg !125
  %140 = load ptr, ptr %8, align 8, !dbg !126
  call void @free(ptr noundef %140) #5, !dbg !127
  %141 = getelementptr inbounds [3 x %struct.al], ptr %11, i64 0, i64 1, !dbg !128
  %142 = getelementptr inbounds [3 x %struct.al], ptr %11, i64 0, i64 0, !dbg !129
  %143 = ptrtoint ptr %141 to i64, !dbg !130
  %144 = ptrtoint ptr %142 to i64, !dbg !130
  %145 = sub i64 %143, %144, !dbg !130
  %146 = trunc i64 %145 to i32, !dbg !131
  %147 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %146), !dbg !132
  ret i32 0, !dbg !133
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal ptr @mk_blob(i64 noundef %0) #0 !dbg !134 {
  %2 = alloca i64, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %5 = load i64, ptr %2, align 8, !dbg !135
  %6 = mul i64 %5, 4, !dbg !136
  %7 = add i64 16, %6, !dbg !137
  %8 = call noalias ptr @malloc(i64 noundef %7) #6, !dbg !138
  store ptr %8, ptr %3, align 8, !dbg !139
  %9 = load i64, ptr %2, align 8, !dbg !140
  %10 = load ptr, ptr %3, align 8, !dbg !141
  %11 = getelementptr inbounds nuw %struct.blob, ptr %10, i32 0, i32 0, !dbg !142
  store i64 %9, ptr %11, align 8, !dbg !143
  %12 = load ptr, ptr %3, align 8, !dbg !144
  %13 = getelementptr inbounds nuw %struct.blob, ptr %12, i32 0, i32 1, !dbg !145
  store i32 0, ptr %13, align 8, !dbg !146
  store i64 0, ptr %4, align 8, !dbg !147
  br label %14, !dbg !148

14:                                               ; preds = %37, %1
  %15 = load i64, ptr %4, align 8, !dbg !149
  %16 = load i64, ptr %2, align 8, !dbg !150
  %17 = icmp ult i64 %15, %16, !dbg !151
  br i1 %17, label %18, label %40, !dbg !152

18:                                               ; preds = %14
  %19 = load i64, ptr %4, align 8, !dbg !153
  %20 = load i64, ptr %4, align 8, !dbg !154
  %21 = mul i64 %19, %20, !dbg !155
  %22 = urem i64 %21, 97, !dbg !156
  %23 = trunc i64 %22 to i32, !dbg !157
  %24 = load ptr, ptr %3, align 8, !dbg !158
  %25 = getelementptr inbounds nuw %struct.blob, ptr %24, i32 0, i32 2, !dbg !159
  %26 = load i64, ptr %4, align 8, !dbg !160
  %27 = getelementptr inbounds nuw [0 x i32], ptr %25, i64 0, i64 %26, !dbg !158
  store i32 %23, ptr %27, align 4, !dbg !161
  %28 = load ptr, ptr %3, align 8, !dbg !162
  %29 = getelementptr inbounds nuw %struct.blob, ptr %28, i32 0, i32 2, !dbg !163
  %30 = load i64, ptr %4, align 8, !dbg !164
  %31 = getelementptr inbounds nuw [0 x i32], ptr %29, i64 0, i64 %30, !dbg !162
  %32 = load i32, ptr %31, align 4, !dbg !162
  %33 = load ptr, ptr %3, align 8, !dbg !165
  %34 = getelementptr inbounds nuw %struct.blob, ptr %33, i32 0, i32 1, !dbg !166
  %35 = load i32, ptr %34, align 8, !dbg !167
  %36 = add i32 %35, %32, !dbg !167
  store i32 %36, ptr %34, align 8, !dbg !167
  br label %37, !dbg !168

37:                                               ; preds = %18
  %38 = load i64, ptr %4, align 8, !dbg !169
  %39 = add i64 %38, 1, !dbg !169
  store i64 %39, ptr %4, align 8, !dbg !169
  br label %14, !dbg !152, !llvm.loop !170

40:                                               ; preds = %14
  %41 = load ptr, ptr %3, align 8, !dbg !171
  ret ptr %41, !dbg !172
}

; Function Attrs: nounwind
declare void @free(ptr noundef) #3

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #4

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind allocsize(0) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "packed_flex.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 19, type: !11, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "packed_flex.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 20, column: 5, scope: !9)
!14 = !DILocation(line: 21, column: 5, scope: !9)
!15 = !DILocation(line: 23, column: 14, scope: !9)
!16 = !DILocation(line: 23, column: 10, scope: !9)
!17 = !DILocation(line: 23, column: 21, scope: !9)
!18 = !DILocation(line: 23, column: 23, scope: !9)
!19 = !DILocation(line: 23, column: 5, scope: !9)
!20 = !DILocation(line: 23, column: 57, scope: !9)
!21 = !DILocation(line: 23, column: 48, scope: !9)
!22 = !DILocation(line: 23, column: 39, scope: !9)
!23 = !DILocation(line: 23, column: 35, scope: !9)
!24 = !DILocation(line: 23, column: 42, scope: !9)
!25 = !DILocation(line: 23, column: 46, scope: !9)
!26 = !DILocation(line: 23, column: 97, scope: !9)
!27 = !DILocation(line: 23, column: 85, scope: !9)
!28 = !DILocation(line: 23, column: 64, scope: !9)
!29 = !DILocation(line: 23, column: 60, scope: !9)
!30 = !DILocation(line: 23, column: 67, scope: !9)
!31 = !DILocation(line: 23, column: 71, scope: !9)
!32 = !DILocation(line: 23, column: 122, scope: !9)
!33 = !DILocation(line: 23, column: 124, scope: !9)
!34 = !DILocation(line: 23, column: 111, scope: !9)
!35 = !DILocation(line: 23, column: 104, scope: !9)
!36 = !DILocation(line: 23, column: 100, scope: !9)
!37 = !DILocation(line: 23, column: 107, scope: !9)
!38 = !DILocation(line: 23, column: 109, scope: !9)
!39 = !DILocation(line: 23, column: 144, scope: !9)
!40 = !DILocation(line: 23, column: 146, scope: !9)
!41 = !DILocation(line: 23, column: 137, scope: !9)
!42 = !DILocation(line: 23, column: 133, scope: !9)
!43 = !DILocation(line: 23, column: 140, scope: !9)
!44 = !DILocation(line: 23, column: 142, scope: !9)
!45 = !DILocation(line: 23, column: 153, scope: !9)
!46 = !DILocation(line: 23, column: 29, scope: !9)
!47 = distinct !{!47, !19, !45, !48}
!48 = !{!"llvm.loop.mustprogress"}
!49 = !DILocation(line: 24, column: 14, scope: !9)
!50 = !DILocation(line: 25, column: 14, scope: !9)
!51 = !DILocation(line: 25, column: 10, scope: !9)
!52 = !DILocation(line: 25, column: 21, scope: !9)
!53 = !DILocation(line: 25, column: 23, scope: !9)
!54 = !DILocation(line: 25, column: 5, scope: !9)
!55 = !DILocation(line: 25, column: 37, scope: !9)
!56 = !DILocation(line: 25, column: 39, scope: !9)
!57 = !DILocation(line: 25, column: 50, scope: !9)
!58 = !DILocation(line: 25, column: 46, scope: !9)
!59 = !DILocation(line: 25, column: 53, scope: !9)
!60 = !DILocation(line: 25, column: 44, scope: !9)
!61 = !DILocation(line: 25, column: 63, scope: !9)
!62 = !DILocation(line: 25, column: 59, scope: !9)
!63 = !DILocation(line: 25, column: 66, scope: !9)
!64 = !DILocation(line: 25, column: 57, scope: !9)
!65 = !DILocation(line: 25, column: 76, scope: !9)
!66 = !DILocation(line: 25, column: 72, scope: !9)
!67 = !DILocation(line: 25, column: 79, scope: !9)
!68 = !DILocation(line: 25, column: 70, scope: !9)
!69 = !DILocation(line: 25, column: 98, scope: !9)
!70 = !DILocation(line: 25, column: 94, scope: !9)
!71 = !DILocation(line: 25, column: 101, scope: !9)
!72 = !DILocation(line: 25, column: 103, scope: !9)
!73 = !DILocation(line: 25, column: 83, scope: !9)
!74 = !DILocation(line: 25, column: 81, scope: !9)
!75 = !DILocation(line: 25, column: 35, scope: !9)
!76 = !DILocation(line: 25, column: 33, scope: !9)
!77 = !DILocation(line: 25, column: 29, scope: !9)
!78 = distinct !{!78, !54, !79, !48}
!79 = !DILocation(line: 25, column: 108, scope: !9)
!80 = !DILocation(line: 26, column: 38, scope: !9)
!81 = !DILocation(line: 27, column: 17, scope: !9)
!82 = !DILocation(line: 27, column: 10, scope: !9)
!83 = !DILocation(line: 27, column: 24, scope: !9)
!84 = !DILocation(line: 27, column: 26, scope: !9)
!85 = !DILocation(line: 27, column: 5, scope: !9)
!86 = !DILocation(line: 27, column: 49, scope: !9)
!87 = !DILocation(line: 27, column: 51, scope: !9)
!88 = !DILocation(line: 27, column: 63, scope: !9)
!89 = !DILocation(line: 27, column: 57, scope: !9)
!90 = !DILocation(line: 27, column: 69, scope: !9)
!91 = !DILocation(line: 27, column: 71, scope: !9)
!92 = !DILocation(line: 27, column: 75, scope: !9)
!93 = !DILocation(line: 27, column: 66, scope: !9)
!94 = !DILocation(line: 27, column: 55, scope: !9)
!95 = !DILocation(line: 27, column: 47, scope: !9)
!96 = !DILocation(line: 27, column: 45, scope: !9)
!97 = !DILocation(line: 27, column: 41, scope: !9)
!98 = distinct !{!98, !85, !99, !48}
!99 = !DILocation(line: 27, column: 79, scope: !9)
!100 = !DILocation(line: 28, column: 44, scope: !9)
!101 = !DILocation(line: 28, column: 5, scope: !9)
!102 = !DILocation(line: 29, column: 22, scope: !9)
!103 = !DILocation(line: 29, column: 18, scope: !9)
!104 = !DILocation(line: 30, column: 10, scope: !9)
!105 = !DILocation(line: 30, column: 29, scope: !9)
!106 = !DILocation(line: 30, column: 22, scope: !9)
!107 = !DILocation(line: 30, column: 36, scope: !9)
!108 = !DILocation(line: 30, column: 40, scope: !9)
!109 = !DILocation(line: 30, column: 43, scope: !9)
!110 = !DILocation(line: 30, column: 38, scope: !9)
!111 = !DILocation(line: 30, column: 17, scope: !9)
!112 = !DILocation(line: 30, column: 56, scope: !9)
!113 = !DILocation(line: 30, column: 59, scope: !9)
!114 = !DILocation(line: 30, column: 64, scope: !9)
!115 = !DILocation(line: 30, column: 53, scope: !9)
!116 = !DILocation(line: 30, column: 51, scope: !9)
!117 = !DILocation(line: 30, column: 47, scope: !9)
!118 = distinct !{!118, !111, !119, !48}
!119 = !DILocation(line: 30, column: 65, scope: !9)
!120 = !DILocation(line: 31, column: 33, scope: !9)
!121 = !DILocation(line: 31, column: 36, scope: !9)
!122 = !DILocation(line: 31, column: 39, scope: !9)
!123 = !DILocation(line: 31, column: 42, scope: !9)
!124 = !DILocation(line: 31, column: 47, scope: !9)
!125 = !DILocation(line: 31, column: 5, scope: !9)
!126 = !DILocation(line: 32, column: 10, scope: !9)
!127 = !DILocation(line: 32, column: 5, scope: !9)
!128 = !DILocation(line: 34, column: 38, scope: !9)
!129 = !DILocation(line: 34, column: 55, scope: !9)
!130 = !DILocation(line: 34, column: 44, scope: !9)
!131 = !DILocation(line: 34, column: 23, scope: !9)
!132 = !DILocation(line: 34, column: 5, scope: !9)
!133 = !DILocation(line: 35, column: 5, scope: !9)
!134 = distinct !DISubprogram(name: "mk_blob", scope: !10, file: !10, line: 12, type: !11, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!135 = !DILocation(line: 13, column: 41, scope: !134)
!136 = !DILocation(line: 13, column: 43, scope: !134)
!137 = !DILocation(line: 13, column: 39, scope: !134)
!138 = !DILocation(line: 13, column: 22, scope: !134)
!139 = !DILocation(line: 13, column: 18, scope: !134)
!140 = !DILocation(line: 14, column: 12, scope: !134)
!141 = !DILocation(line: 14, column: 5, scope: !134)
!142 = !DILocation(line: 14, column: 8, scope: !134)
!143 = !DILocation(line: 14, column: 10, scope: !134)
!144 = !DILocation(line: 14, column: 15, scope: !134)
!145 = !DILocation(line: 14, column: 18, scope: !134)
!146 = !DILocation(line: 14, column: 22, scope: !134)
!147 = !DILocation(line: 15, column: 17, scope: !134)
!148 = !DILocation(line: 15, column: 10, scope: !134)
!149 = !DILocation(line: 15, column: 24, scope: !134)
!150 = !DILocation(line: 15, column: 28, scope: !134)
!151 = !DILocation(line: 15, column: 26, scope: !134)
!152 = !DILocation(line: 15, column: 5, scope: !134)
!153 = !DILocation(line: 15, column: 57, scope: !134)
!154 = !DILocation(line: 15, column: 61, scope: !134)
!155 = !DILocation(line: 15, column: 59, scope: !134)
!156 = !DILocation(line: 15, column: 63, scope: !134)
!157 = !DILocation(line: 15, column: 51, scope: !134)
!158 = !DILocation(line: 15, column: 38, scope: !134)
!159 = !DILocation(line: 15, column: 41, scope: !134)
!160 = !DILocation(line: 15, column: 46, scope: !134)
!161 = !DILocation(line: 15, column: 49, scope: !134)
!162 = !DILocation(line: 15, column: 90, scope: !134)
!163 = !DILocation(line: 15, column: 93, scope: !134)
!164 = !DILocation(line: 15, column: 98, scope: !134)
!165 = !DILocation(line: 15, column: 70, scope: !134)
!166 = !DILocation(line: 15, column: 73, scope: !134)
!167 = !DILocation(line: 15, column: 77, scope: !134)
!168 = !DILocation(line: 15, column: 102, scope: !134)
!169 = !DILocation(line: 15, column: 32, scope: !134)
!170 = distinct !{!170, !152, !168, !48}
!171 = !DILocation(line: 16, column: 12, scope: !134)
!172 = !DILocation(line: 16, column: 5, scope: !134)
