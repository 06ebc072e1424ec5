; ModuleID = 'divmod_shifts.c'
source_filename = "divmod_shifts.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vdiv = internal global [11 x i32] [i32 1, i32 2, i32 3, i32 7, i32 10, i32 -1, i32 -3, i32 -7, i32 16, i32 1000, i32 -65536], align 16
@.str = private unnamed_addr constant [20 x i8] c"sum=%lld usum=%llu\0A\00", align 1
@.str.1 = private unnamed_addr constant [25 x i8] c"64: %lld %lld %llu %llu\0A\00", align 1
@.str.2 = private unnamed_addr constant [16 x i8] c"shifts=%016llx\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3, !dbg !17
  store i64 0, ptr %2, align 8, !dbg !18, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #3, !dbg !21
  store i64 0, ptr %3, align 8, !dbg !22, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %4) #3, !dbg !23
  store i32 -1000, ptr %4, align 4, !dbg !24, !tbaa !9
  br label %15, !dbg !23

15:                                               ; preds = %96, %0
  %16 = load i32, ptr %4, align 4, !dbg !25, !tbaa !9
  %17 = icmp sle i32 %16, 1000, !dbg !26
  br i1 %17, label %19, label %18, !dbg !27

18:                                               ; preds = %15
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #3, !dbg !28
  br label %99

19:                                               ; preds = %15
  %20 = load i32, ptr %4, align 4, !dbg !29, !tbaa !9
  %21 = sdiv i32 %20, 3, !dbg !30
  %22 = load i32, ptr %4, align 4, !dbg !31, !tbaa !9
  %23 = srem i32 %22, 3, !dbg !32
  %24 = add nsw i32 %21, %23, !dbg !33
  %25 = load i32, ptr %4, align 4, !dbg !34, !tbaa !9
  %26 = sdiv i32 %25, 8, !dbg !35
  %27 = add nsw i32 %24, %26, !dbg !36
  %28 = load i32, ptr %4, align 4, !dbg !37, !tbaa !9
  %29 = srem i32 %28, 8, !dbg !38
  %30 = add nsw i32 %27, %29, !dbg !39
  %31 = load i32, ptr %4, align 4, !dbg !40, !tbaa !9
  %32 = sdiv i32 %31, -5, !dbg !41
  %33 = add nsw i32 %30, %32, !dbg !42
  %34 = load i32, ptr %4, align 4, !dbg !43, !tbaa !9
  %35 = srem i32 %34, -5, !dbg !44
  %36 = add nsw i32 %33, %35, !dbg !45
  %37 = load i32, ptr %4, align 4, !dbg !46, !tbaa !9
  %38 = sdiv i32 %37, 1000, !dbg !47
  %39 = add nsw i32 %36, %38, !dbg !48
  %40 = sext i32 %39 to i64, !dbg !29
  %41 = load i64, ptr %2, align 8, !dbg !49, !tbaa !19
  %42 = add nsw i64 %41, %40, !dbg !50
  store i64 %42, ptr %2, align 8, !dbg !51, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %6) #3, !dbg !52
  %43 = load i32, ptr %4, align 4, !dbg !53, !tbaa !9
  store i32 %43, ptr %6, align 4, !dbg !54, !tbaa !9
  %44 = load i32, ptr %6, align 4, !dbg !55, !tbaa !9
  %45 = udiv i32 %44, 3, !dbg !56
  %46 = load i32, ptr %6, align 4, !dbg !57, !tbaa !9
  %47 = urem i32 %46, 3, !dbg !58
  %48 = add i32 %45, %47, !dbg !59
  %49 = load i32, ptr %6, align 4, !dbg !60, !tbaa !9
  %50 = udiv i32 %49, 8, !dbg !61
  %51 = add i32 %48, %50, !dbg !62
  %52 = load i32, ptr %6, align 4, !dbg !63, !tbaa !9
  %53 = urem i32 %52, 8, !dbg !64
  %54 = add i32 %51, %53, !dbg !65
  %55 = load i32, ptr %6, align 4, !dbg !66, !tbaa !9
  %56 = udiv i32 %55, 1000000007, !dbg !67
  %57 = add i32 %54, %56, !dbg !68
  %58 = zext i32 %57 to i64, !dbg !55
  %59 = load i64, ptr %3, align 8, !dbg !69, !tbaa !19
  %60 = add i64 %59, %58, !dbg !70
  store i64 %60, ptr %3, align 8, !dbg !71, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %7) #3, !dbg !72
  store i32 0, ptr %7, align 4, !dbg !73, !tbaa !9
  br label %61, !dbg !72

61:                                               ; preds = %92, %19
  %62 = load i32, ptr %7, align 4, !dbg !74, !tbaa !9
  %63 = zext i32 %62 to i64, !dbg !74
  %64 = icmp ult i64 %63, 11, !dbg !75
  br i1 %64, label %66, label %65, !dbg !76

65:                                               ; preds = %61
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #3, !dbg !77
  br label %95

66:                                               ; preds = %61
  call void @llvm.lifetime.start.p0(ptr %8) #3, !dbg !78
  %67 = load i32, ptr %7, align 4, !dbg !79, !tbaa !9
  %68 = zext i32 %67 to i64, !dbg !80
  %69 = getelementptr inbounds nuw [11 x i32], ptr @vdiv, i64 0, i64 %68, !dbg !80
  %70 = load volatile i32, ptr %69, align 4, !dbg !81, !tbaa !9
  store i32 %70, ptr %8, align 4, !dbg !82, !tbaa !9
  %71 = load i32, ptr %4, align 4, !dbg !83, !tbaa !9
  %72 = load i32, ptr %8, align 4, !dbg !84, !tbaa !9
  %73 = sdiv i32 %71, %72, !dbg !85
  %74 = mul nsw i32 %73, 7, !dbg !86
  %75 = load i32, ptr %4, align 4, !dbg !87, !tbaa !9
  %76 = load i32, ptr %8, align 4, !dbg !88, !tbaa !9
  %77 = srem i32 %75, %76, !dbg !89
  %78 = add nsw i32 %74, %77, !dbg !90
  %79 = sext i32 %78 to i64, !dbg !83
  %80 = load i64, ptr %2, align 8, !dbg !91, !tbaa !19
  %81 = add nsw i64 %80, %79, !dbg !92
  store i64 %81, ptr %2, align 8, !dbg !93, !tbaa !19
  %82 = load i32, ptr %6, align 4, !dbg !94, !tbaa !9
  %83 = load i32, ptr %8, align 4, !dbg !95, !tbaa !9
  %84 = udiv i32 %82, %83, !dbg !96
  %85 = load i32, ptr %6, align 4, !dbg !97, !tbaa !9
  %86 = load i32, ptr %8, align 4, !dbg !98, !tbaa !9
  %87 = urem i32 %85, %86, !dbg !99
  %88 = add i32 %84, %87, !dbg !100
  %89 = zext i32 %88 to i64, !dbg !94
  %90 = load i64, ptr %3, align 8, !dbg !101, !tbaa !19
  %91 = add i64 %90, %89, !dbg !102
  store i64 %91, ptr %3, align 8, !dbg !103, !tbaa !19
  call void @llvm.lifetime.end.p0(ptr %8) #3, !dbg !104
  br label %92, !dbg !105

92:                                               ; preds = %66
  %93 = load i32, ptr %7, align 4, !dbg !106, !tbaa !9
  %94 = add i32 %93, 1, !dbg !107
  store i32 %94, ptr %7, align 4, !dbg !108, !tbaa !9
  br label %61, !dbg !77, !llvm.loop !109

95:                                               ; preds = %65
  call void @llvm.lifetime.end.p0(ptr %6) #3, !dbg !111
  br label %96, !dbg !112

96:                                               ; preds = %95
  %97 = load i32, ptr %4, align 4, !dbg !113, !tbaa !9
  %98 = add nsw i32 %97, 7, !dbg !114
  store i32 %98, ptr %4, align 4, !dbg !115, !tbaa !9
  br label %15, !dbg !28, !llvm.loop !116

99:                                               ; preds = %18
  %100 = load i64, ptr %2, align 8, !dbg !117, !tbaa !19
  %101 = load i64, ptr %3, align 8, !dbg !118, !tbaa !19
  %102 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %100, i64 noundef %101), !dbg !119
  call void @llvm.lifetime.start.p0(ptr %9) #3, !dbg !120
  store i64 -9000000000000000000, ptr %9, align 8, !dbg !121, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %10) #3, !dbg !122
  store i64 -446744073709551616, ptr %10, align 8, !dbg !123, !tbaa !19
  %103 = load i64, ptr %9, align 8, !dbg !124, !tbaa !19
  %104 = sdiv i64 %103, 12345, !dbg !125
  %105 = load i64, ptr %9, align 8, !dbg !126, !tbaa !19
  %106 = srem i64 %105, 12345, !dbg !127
  %107 = load i64, ptr %10, align 8, !dbg !128, !tbaa !19
  %108 = udiv i64 %107, 12345, !dbg !129
  %109 = load i64, ptr %10, align 8, !dbg !130, !tbaa !19
  %110 = urem i64 %109, 12345, !dbg !131
  %111 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %104, i64 noundef %106, i64 noundef %108, i64 noundef %110), !dbg !132
  call void @llvm.lifetime.start.p0(ptr %11) #3, !dbg !133
  store i64 0, ptr %11, align 8, !dbg !134, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %12) #3, !dbg !135
  store i32 0, ptr %12, align 4, !dbg !136, !tbaa !9
  br label %112, !dbg !135

112:                                              ; preds = %164, %99
  %113 = load i32, ptr %12, align 4, !dbg !137, !tbaa !9
  %114 = icmp slt i32 %113, 32, !dbg !138
  br i1 %114, label %116, label %115, !dbg !139

115:                                              ; preds = %112
  store i32 8, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #3, !dbg !140
  br label %167

116:                                              ; preds = %112
  call void @llvm.lifetime.start.p0(ptr %13) #3, !dbg !141
  store i32 -123456789, ptr %13, align 4, !dbg !142, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %14) #3, !dbg !143
  store i32 -559038737, ptr %14, align 4, !dbg !144, !tbaa !9
  %117 = load i64, ptr %11, align 8, !dbg !145, !tbaa !19
  %118 = mul i64 %117, 131, !dbg !146
  %119 = load i32, ptr %13, align 4, !dbg !147, !tbaa !9
  %120 = load i32, ptr %12, align 4, !dbg !148, !tbaa !9
  %121 = ashr i32 %119, %120, !dbg !149
  %122 = zext i32 %121 to i64, !dbg !150
  %123 = add i64 %118, %122, !dbg !151
  %124 = load i32, ptr %14, align 4, !dbg !152, !tbaa !9
  %125 = load i32, ptr %12, align 4, !dbg !153, !tbaa !9
  %126 = lshr i32 %124, %125, !dbg !154
  %127 = zext i32 %126 to i64, !dbg !155
  %128 = add i64 %123, %127, !dbg !156
  %129 = load i32, ptr %14, align 4, !dbg !157, !tbaa !9
  %130 = load i32, ptr %12, align 4, !dbg !158, !tbaa !9
  %131 = shl i32 %129, %130, !dbg !159
  %132 = zext i32 %131 to i64, !dbg !160
  %133 = add i64 %128, %132, !dbg !161
  store i64 %133, ptr %11, align 8, !dbg !162, !tbaa !19
  %134 = load i32, ptr %13, align 4, !dbg !163, !tbaa !9
  %135 = sext i32 %134 to i64, !dbg !164
  %136 = load i32, ptr %12, align 4, !dbg !165, !tbaa !9
  %137 = mul nsw i32 %136, 2, !dbg !166
  %138 = zext i32 %137 to i64, !dbg !167
  %139 = ashr i64 %135, %138, !dbg !167
  %140 = load i32, ptr %14, align 4, !dbg !168, !tbaa !9
  %141 = zext i32 %140 to i64, !dbg !169
  %142 = load i32, ptr %12, align 4, !dbg !170, !tbaa !9
  %143 = mul nsw i32 %142, 2, !dbg !171
  %144 = srem i32 %143, 64, !dbg !172
  %145 = zext i32 %144 to i64, !dbg !173
  %146 = shl i64 %141, %145, !dbg !173
  %147 = add i64 %139, %146, !dbg !174
  %148 = load i64, ptr %11, align 8, !dbg !175, !tbaa !19
  %149 = xor i64 %148, %147, !dbg !176
  store i64 %149, ptr %11, align 8, !dbg !177, !tbaa !19
  %150 = load i32, ptr %12, align 4, !dbg !178, !tbaa !9
  %151 = and i32 %150, 7, !dbg !179
  %152 = ashr i32 241, %151, !dbg !180
  %153 = trunc i32 %152 to i8, !dbg !181
  %154 = zext i8 %153 to i32, !dbg !181
  %155 = load i32, ptr %12, align 4, !dbg !182, !tbaa !9
  %156 = and i32 %155, 15, !dbg !183
  %157 = ashr i32 -300, %156, !dbg !184
  %158 = trunc i32 %157 to i16, !dbg !185
  %159 = zext i16 %158 to i32, !dbg !185
  %160 = add nsw i32 %154, %159, !dbg !186
  %161 = sext i32 %160 to i64, !dbg !181
  %162 = load i64, ptr %11, align 8, !dbg !187, !tbaa !19
  %163 = add i64 %162, %161, !dbg !188
  store i64 %163, ptr %11, align 8, !dbg !189, !tbaa !19
  call void @llvm.lifetime.end.p0(ptr %14) #3, !dbg !190
  call void @llvm.lifetime.end.p0(ptr %13) #3, !dbg !190
  br label %164, !dbg !191

164:                                              ; preds = %116
  %165 = load i32, ptr %12, align 4, !dbg !192, !tbaa !9
  %166 = add nsw i32 %165, 1, !dbg !193
  store i32 %166, ptr %12, align 4, !dbg !194, !tbaa !9
  br label %112, !dbg !140, !llvm.loop !195

167:                                              ; preds = %115
  %168 = load i64, ptr %11, align 8, !dbg !196, !tbaa !19
  %169 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %168), !dbg !197
  store i32 0, ptr %1, align 4, !dbg !198
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #3, !dbg !199
  call void @llvm.lifetime.end.p0(ptr %10) #3, !dbg !199
  call void @llvm.lifetime.end.p0(ptr %9) #3, !dbg !199
  call void @llvm.lifetime.end.p0(ptr %3) #3, !dbg !199
  call void @llvm.lifetime.end.p0(ptr %2) #3, !dbg !199
  %170 = load i32, ptr %1, align 4, !dbg !200
  ret i32 %170, !dbg !201
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !202 i32 @printf(ptr noundef, ...) #2

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "divmod_shifts.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 7, type: !15, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "divmod_shifts.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 8, column: 5, scope: !13)
!18 = !DILocation(line: 8, column: 13, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !{!20, !20, i64 0}
!20 = !{!"long", !11, i64 0}
!21 = !DILocation(line: 8, column: 22, scope: !13)
!22 = !DILocation(line: 8, column: 31, scope: !13, atomGroup: 2, atomRank: 1)
!23 = !DILocation(line: 9, column: 10, scope: !13)
!24 = !DILocation(line: 9, column: 14, scope: !13, atomGroup: 3, atomRank: 1)
!25 = !DILocation(line: 9, column: 25, scope: !13)
!26 = !DILocation(line: 9, column: 27, scope: !13, atomGroup: 4, atomRank: 1)
!27 = !DILocation(line: 9, column: 5, scope: !13, atomGroup: 5, atomRank: 1)
!28 = !DILocation(line: 9, column: 5, scope: !13)
!29 = !DILocation(line: 10, column: 16, scope: !13)
!30 = !DILocation(line: 10, column: 18, scope: !13)
!31 = !DILocation(line: 10, column: 24, scope: !13)
!32 = !DILocation(line: 10, column: 26, scope: !13)
!33 = !DILocation(line: 10, column: 22, scope: !13)
!34 = !DILocation(line: 10, column: 32, scope: !13)
!35 = !DILocation(line: 10, column: 34, scope: !13)
!36 = !DILocation(line: 10, column: 30, scope: !13)
!37 = !DILocation(line: 10, column: 40, scope: !13)
!38 = !DILocation(line: 10, column: 42, scope: !13)
!39 = !DILocation(line: 10, column: 38, scope: !13)
!40 = !DILocation(line: 10, column: 48, scope: !13)
!41 = !DILocation(line: 10, column: 50, scope: !13)
!42 = !DILocation(line: 10, column: 46, scope: !13)
!43 = !DILocation(line: 10, column: 57, scope: !13)
!44 = !DILocation(line: 10, column: 59, scope: !13)
!45 = !DILocation(line: 10, column: 55, scope: !13)
!46 = !DILocation(line: 10, column: 66, scope: !13)
!47 = !DILocation(line: 10, column: 68, scope: !13)
!48 = !DILocation(line: 10, column: 64, scope: !13)
!49 = !DILocation(line: 10, column: 13, scope: !13)
!50 = !DILocation(line: 10, column: 13, scope: !13, atomGroup: 6, atomRank: 2)
!51 = !DILocation(line: 10, column: 13, scope: !13, atomGroup: 6, atomRank: 1)
!52 = !DILocation(line: 11, column: 9, scope: !13)
!53 = !DILocation(line: 11, column: 32, scope: !13, atomGroup: 7, atomRank: 2)
!54 = !DILocation(line: 11, column: 18, scope: !13, atomGroup: 7, atomRank: 1)
!55 = !DILocation(line: 12, column: 17, scope: !13)
!56 = !DILocation(line: 12, column: 19, scope: !13)
!57 = !DILocation(line: 12, column: 25, scope: !13)
!58 = !DILocation(line: 12, column: 27, scope: !13)
!59 = !DILocation(line: 12, column: 23, scope: !13)
!60 = !DILocation(line: 12, column: 33, scope: !13)
!61 = !DILocation(line: 12, column: 35, scope: !13)
!62 = !DILocation(line: 12, column: 31, scope: !13)
!63 = !DILocation(line: 12, column: 41, scope: !13)
!64 = !DILocation(line: 12, column: 43, scope: !13)
!65 = !DILocation(line: 12, column: 39, scope: !13)
!66 = !DILocation(line: 12, column: 49, scope: !13)
!67 = !DILocation(line: 12, column: 51, scope: !13)
!68 = !DILocation(line: 12, column: 47, scope: !13)
!69 = !DILocation(line: 12, column: 14, scope: !13)
!70 = !DILocation(line: 12, column: 14, scope: !13, atomGroup: 8, atomRank: 2)
!71 = !DILocation(line: 12, column: 14, scope: !13, atomGroup: 8, atomRank: 1)
!72 = !DILocation(line: 13, column: 14, scope: !13)
!73 = !DILocation(line: 13, column: 23, scope: !13, atomGroup: 9, atomRank: 1)
!74 = !DILocation(line: 13, column: 30, scope: !13)
!75 = !DILocation(line: 13, column: 32, scope: !13, atomGroup: 10, atomRank: 1)
!76 = !DILocation(line: 13, column: 9, scope: !13, atomGroup: 11, atomRank: 1)
!77 = !DILocation(line: 13, column: 9, scope: !13)
!78 = !DILocation(line: 14, column: 13, scope: !13)
!79 = !DILocation(line: 14, column: 26, scope: !13)
!80 = !DILocation(line: 14, column: 21, scope: !13)
!81 = !DILocation(line: 14, column: 21, scope: !13, atomGroup: 12, atomRank: 2)
!82 = !DILocation(line: 14, column: 17, scope: !13, atomGroup: 12, atomRank: 1)
!83 = !DILocation(line: 15, column: 20, scope: !13)
!84 = !DILocation(line: 15, column: 24, scope: !13)
!85 = !DILocation(line: 15, column: 22, scope: !13)
!86 = !DILocation(line: 15, column: 26, scope: !13)
!87 = !DILocation(line: 15, column: 32, scope: !13)
!88 = !DILocation(line: 15, column: 36, scope: !13)
!89 = !DILocation(line: 15, column: 34, scope: !13)
!90 = !DILocation(line: 15, column: 30, scope: !13)
!91 = !DILocation(line: 15, column: 17, scope: !13)
!92 = !DILocation(line: 15, column: 17, scope: !13, atomGroup: 13, atomRank: 2)
!93 = !DILocation(line: 15, column: 17, scope: !13, atomGroup: 13, atomRank: 1)
!94 = !DILocation(line: 16, column: 21, scope: !13)
!95 = !DILocation(line: 16, column: 35, scope: !13)
!96 = !DILocation(line: 16, column: 23, scope: !13)
!97 = !DILocation(line: 16, column: 39, scope: !13)
!98 = !DILocation(line: 16, column: 53, scope: !13)
!99 = !DILocation(line: 16, column: 41, scope: !13)
!100 = !DILocation(line: 16, column: 37, scope: !13)
!101 = !DILocation(line: 16, column: 18, scope: !13)
!102 = !DILocation(line: 16, column: 18, scope: !13, atomGroup: 14, atomRank: 2)
!103 = !DILocation(line: 16, column: 18, scope: !13, atomGroup: 14, atomRank: 1)
!104 = !DILocation(line: 17, column: 9, scope: !13)
!105 = !DILocation(line: 17, column: 9, scope: !13, atomGroup: 16, atomRank: 1)
!106 = !DILocation(line: 13, column: 65, scope: !13)
!107 = !DILocation(line: 13, column: 65, scope: !13, atomGroup: 15, atomRank: 2)
!108 = !DILocation(line: 13, column: 65, scope: !13, atomGroup: 15, atomRank: 1)
!109 = distinct !{!109, !77, !104, !110}
!110 = !{!"llvm.loop.mustprogress"}
!111 = !DILocation(line: 18, column: 5, scope: !13)
!112 = !DILocation(line: 18, column: 5, scope: !13, atomGroup: 18, atomRank: 1)
!113 = !DILocation(line: 9, column: 38, scope: !13)
!114 = !DILocation(line: 9, column: 38, scope: !13, atomGroup: 17, atomRank: 2)
!115 = !DILocation(line: 9, column: 38, scope: !13, atomGroup: 17, atomRank: 1)
!116 = distinct !{!116, !28, !111, !110}
!117 = !DILocation(line: 19, column: 47, scope: !13)
!118 = !DILocation(line: 19, column: 72, scope: !13)
!119 = !DILocation(line: 19, column: 5, scope: !13)
!120 = !DILocation(line: 20, column: 5, scope: !13)
!121 = !DILocation(line: 20, column: 13, scope: !13, atomGroup: 19, atomRank: 1)
!122 = !DILocation(line: 20, column: 43, scope: !13)
!123 = !DILocation(line: 20, column: 52, scope: !13, atomGroup: 20, atomRank: 1)
!124 = !DILocation(line: 21, column: 53, scope: !13)
!125 = !DILocation(line: 21, column: 57, scope: !13)
!126 = !DILocation(line: 21, column: 79, scope: !13)
!127 = !DILocation(line: 21, column: 83, scope: !13)
!128 = !DILocation(line: 22, column: 33, scope: !13)
!129 = !DILocation(line: 22, column: 38, scope: !13)
!130 = !DILocation(line: 22, column: 69, scope: !13)
!131 = !DILocation(line: 22, column: 74, scope: !13)
!132 = !DILocation(line: 21, column: 5, scope: !13)
!133 = !DILocation(line: 23, column: 5, scope: !13)
!134 = !DILocation(line: 23, column: 14, scope: !13, atomGroup: 21, atomRank: 1)
!135 = !DILocation(line: 24, column: 10, scope: !13)
!136 = !DILocation(line: 24, column: 14, scope: !13, atomGroup: 22, atomRank: 1)
!137 = !DILocation(line: 24, column: 21, scope: !13)
!138 = !DILocation(line: 24, column: 23, scope: !13, atomGroup: 23, atomRank: 1)
!139 = !DILocation(line: 24, column: 5, scope: !13, atomGroup: 24, atomRank: 1)
!140 = !DILocation(line: 24, column: 5, scope: !13)
!141 = !DILocation(line: 25, column: 9, scope: !13)
!142 = !DILocation(line: 25, column: 17, scope: !13, atomGroup: 25, atomRank: 1)
!143 = !DILocation(line: 25, column: 35, scope: !13)
!144 = !DILocation(line: 25, column: 44, scope: !13, atomGroup: 26, atomRank: 1)
!145 = !DILocation(line: 26, column: 14, scope: !13)
!146 = !DILocation(line: 26, column: 17, scope: !13)
!147 = !DILocation(line: 26, column: 46, scope: !13)
!148 = !DILocation(line: 26, column: 53, scope: !13)
!149 = !DILocation(line: 26, column: 50, scope: !13)
!150 = !DILocation(line: 26, column: 25, scope: !13)
!151 = !DILocation(line: 26, column: 23, scope: !13)
!152 = !DILocation(line: 26, column: 59, scope: !13)
!153 = !DILocation(line: 26, column: 66, scope: !13)
!154 = !DILocation(line: 26, column: 63, scope: !13)
!155 = !DILocation(line: 26, column: 58, scope: !13)
!156 = !DILocation(line: 26, column: 56, scope: !13)
!157 = !DILocation(line: 26, column: 92, scope: !13)
!158 = !DILocation(line: 26, column: 99, scope: !13)
!159 = !DILocation(line: 26, column: 96, scope: !13)
!160 = !DILocation(line: 26, column: 71, scope: !13)
!161 = !DILocation(line: 26, column: 69, scope: !13, atomGroup: 27, atomRank: 2)
!162 = !DILocation(line: 26, column: 12, scope: !13, atomGroup: 27, atomRank: 1)
!163 = !DILocation(line: 27, column: 35, scope: !13)
!164 = !DILocation(line: 27, column: 26, scope: !13)
!165 = !DILocation(line: 27, column: 43, scope: !13)
!166 = !DILocation(line: 27, column: 45, scope: !13)
!167 = !DILocation(line: 27, column: 39, scope: !13)
!168 = !DILocation(line: 27, column: 64, scope: !13)
!169 = !DILocation(line: 27, column: 54, scope: !13)
!170 = !DILocation(line: 27, column: 72, scope: !13)
!171 = !DILocation(line: 27, column: 74, scope: !13)
!172 = !DILocation(line: 27, column: 78, scope: !13)
!173 = !DILocation(line: 27, column: 68, scope: !13)
!174 = !DILocation(line: 27, column: 51, scope: !13)
!175 = !DILocation(line: 27, column: 12, scope: !13)
!176 = !DILocation(line: 27, column: 12, scope: !13, atomGroup: 28, atomRank: 2)
!177 = !DILocation(line: 27, column: 12, scope: !13, atomGroup: 28, atomRank: 1)
!178 = !DILocation(line: 28, column: 43, scope: !13)
!179 = !DILocation(line: 28, column: 45, scope: !13)
!180 = !DILocation(line: 28, column: 39, scope: !13)
!181 = !DILocation(line: 28, column: 15, scope: !13)
!182 = !DILocation(line: 28, column: 82, scope: !13)
!183 = !DILocation(line: 28, column: 84, scope: !13)
!184 = !DILocation(line: 28, column: 78, scope: !13)
!185 = !DILocation(line: 28, column: 53, scope: !13)
!186 = !DILocation(line: 28, column: 51, scope: !13)
!187 = !DILocation(line: 28, column: 12, scope: !13)
!188 = !DILocation(line: 28, column: 12, scope: !13, atomGroup: 29, atomRank: 2)
!189 = !DILocation(line: 28, column: 12, scope: !13, atomGroup: 29, atomRank: 1)
!190 = !DILocation(line: 29, column: 5, scope: !13)
!191 = !DILocation(line: 29, column: 5, scope: !13, atomGroup: 31, atomRank: 1)
!192 = !DILocation(line: 24, column: 30, scope: !13)
!193 = !DILocation(line: 24, column: 30, scope: !13, atomGroup: 30, atomRank: 2)
!194 = !DILocation(line: 24, column: 30, scope: !13, atomGroup: 30, atomRank: 1)
!195 = distinct !{!195, !140, !190, !110}
!196 = !DILocation(line: 30, column: 52, scope: !13)
!197 = !DILocation(line: 30, column: 5, scope: !13)
!198 = !DILocation(line: 31, column: 5, scope: !13, atomGroup: 32, atomRank: 1)
!199 = !DILocation(line: 32, column: 1, scope: !13)
!200 = !DILocation(line: 32, column: 1, scope: !13, atomGroup: 33, atomRank: 2)
!201 = !DILocation(line: 32, column: 1, scope: !13, atomGroup: 33, atomRank: 1)
!202 = !DISubprogram(name: "printf", scope: !203, file: !203, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!203 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
