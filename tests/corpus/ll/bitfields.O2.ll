; ModuleID = 'bitfields.c'
source_filename = "bitfields.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.anon = type { i8, [3 x i8] }
%struct.flags = type { i64 }
%struct.hdr = type { i32 }

@.str = private unnamed_addr constant [36 x i8] c"flags %u %u %u %u %d %llu size=%zu\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"hash %llu\0A\00", align 1
@__const.main.x = private unnamed_addr constant { i8, i8, i8, i8 } { i8 84, i8 46, i8 -36, i8 5 }, align 4
@.str.2 = private unnamed_addr constant [22 x i8] c"hdr %08x %u %u %u %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"hdr2 %u %u %u %u\0A\00", align 1
@__const.main.sv = private unnamed_addr constant %struct.anon { i8 4, [3 x i8] zeroinitializer }, align 4
@.str.4 = private unnamed_addr constant [7 x i8] c"s3 %d\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.flags, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca %struct.hdr, align 4
  %6 = alloca i32, align 4
  %7 = alloca %struct.anon, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5, !dbg !17
  call void @llvm.memset.p0.i64(ptr align 8 %2, i8 0, i64 8, i1 false), !dbg !18
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !19
  store i64 0, ptr %3, align 8, !dbg !20, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %4) #5, !dbg !23
  store i32 0, ptr %4, align 4, !dbg !24, !tbaa !9
  br label %8, !dbg !23

8:                                                ; preds = %126, %0
  %9 = load i32, ptr %4, align 4, !dbg !25, !tbaa !9
  %10 = icmp slt i32 %9, 100, !dbg !26
  br i1 %10, label %12, label %11, !dbg !27

11:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %4) #5, !dbg !28
  br label %129

12:                                               ; preds = %8
  %13 = load i64, ptr %2, align 8, !dbg !29
  %14 = and i64 %13, 1, !dbg !29
  %15 = trunc i64 %14 to i32, !dbg !29
  %16 = add nsw i32 %15, 1, !dbg !29
  %17 = zext i32 %16 to i64, !dbg !29
  %18 = load i64, ptr %2, align 8, !dbg !29
  %19 = and i64 %17, 1, !dbg !29
  %20 = and i64 %18, -2, !dbg !29
  %21 = or i64 %20, %19, !dbg !30
  store i64 %21, ptr %2, align 8, !dbg !31
  %22 = trunc i64 %19 to i32, !dbg !29
  %23 = load i32, ptr %4, align 4, !dbg !32, !tbaa !9
  %24 = load i64, ptr %2, align 8, !dbg !33
  %25 = lshr i64 %24, 1, !dbg !33
  %26 = and i64 %25, 7, !dbg !33
  %27 = trunc i64 %26 to i32, !dbg !33
  %28 = add i32 %27, %23, !dbg !33
  %29 = zext i32 %28 to i64, !dbg !33
  %30 = load i64, ptr %2, align 8, !dbg !33
  %31 = and i64 %29, 7, !dbg !33
  %32 = shl i64 %31, 1, !dbg !33
  %33 = and i64 %30, -15, !dbg !33
  %34 = or i64 %33, %32, !dbg !34
  store i64 %34, ptr %2, align 8, !dbg !35
  %35 = trunc i64 %31 to i32, !dbg !33
  %36 = load i32, ptr %4, align 4, !dbg !36, !tbaa !9
  %37 = mul nsw i32 %36, 3, !dbg !37
  %38 = load i64, ptr %2, align 8, !dbg !38
  %39 = lshr i64 %38, 4, !dbg !38
  %40 = and i64 %39, 31, !dbg !38
  %41 = trunc i64 %40 to i32, !dbg !38
  %42 = xor i32 %41, %37, !dbg !38
  %43 = zext i32 %42 to i64, !dbg !38
  %44 = load i64, ptr %2, align 8, !dbg !38
  %45 = and i64 %43, 31, !dbg !38
  %46 = shl i64 %45, 4, !dbg !38
  %47 = and i64 %44, -497, !dbg !38
  %48 = or i64 %47, %46, !dbg !39
  store i64 %48, ptr %2, align 8, !dbg !40
  %49 = trunc i64 %45 to i32, !dbg !38
  %50 = load i64, ptr %2, align 8, !dbg !41
  %51 = lshr i64 %50, 9, !dbg !41
  %52 = and i64 %51, 127, !dbg !41
  %53 = trunc i64 %52 to i32, !dbg !41
  %54 = sub nsw i32 %53, 5, !dbg !41
  %55 = zext i32 %54 to i64, !dbg !41
  %56 = load i64, ptr %2, align 8, !dbg !41
  %57 = and i64 %55, 127, !dbg !41
  %58 = shl i64 %57, 9, !dbg !41
  %59 = and i64 %56, -65025, !dbg !41
  %60 = or i64 %59, %58, !dbg !42
  store i64 %60, ptr %2, align 8, !dbg !43
  %61 = trunc i64 %57 to i32, !dbg !41
  %62 = load i32, ptr %4, align 4, !dbg !44, !tbaa !9
  %63 = srem i32 %62, 16, !dbg !45
  %64 = sub nsw i32 %63, 8, !dbg !46
  %65 = zext i32 %64 to i64, !dbg !47
  %66 = load i64, ptr %2, align 8, !dbg !47
  %67 = and i64 %65, 15, !dbg !47
  %68 = shl i64 %67, 16, !dbg !47
  %69 = and i64 %66, -983041, !dbg !47
  %70 = or i64 %69, %68, !dbg !48
  store i64 %70, ptr %2, align 8, !dbg !49
  %71 = shl i64 %67, 60, !dbg !47
  %72 = ashr i64 %71, 60, !dbg !47
  %73 = trunc i64 %72 to i32, !dbg !47
  %74 = load i64, ptr %2, align 8, !dbg !50
  %75 = lshr i64 %74, 20, !dbg !50
  %76 = and i64 %75, 1099511627775, !dbg !50
  %77 = mul i64 %76, 3, !dbg !51
  %78 = load i32, ptr %4, align 4, !dbg !52, !tbaa !9
  %79 = sext i32 %78 to i64, !dbg !53
  %80 = add i64 %77, %79, !dbg !54
  %81 = load i64, ptr %2, align 8, !dbg !55
  %82 = and i64 %80, 1099511627775, !dbg !55
  %83 = shl i64 %82, 20, !dbg !55
  %84 = and i64 %81, -1152921504605798401, !dbg !55
  %85 = or i64 %84, %83, !dbg !56
  store i64 %85, ptr %2, align 8, !dbg !57
  %86 = load i64, ptr %3, align 8, !dbg !58, !tbaa !21
  %87 = mul i64 %86, 1000003, !dbg !59
  %88 = load i64, ptr %2, align 8, !dbg !60
  %89 = and i64 %88, 1, !dbg !60
  %90 = trunc i64 %89 to i32, !dbg !60
  %91 = zext i32 %90 to i64, !dbg !61
  %92 = add i64 %87, %91, !dbg !62
  %93 = load i64, ptr %2, align 8, !dbg !63
  %94 = lshr i64 %93, 1, !dbg !63
  %95 = and i64 %94, 7, !dbg !63
  %96 = trunc i64 %95 to i32, !dbg !63
  %97 = mul nsw i32 %96, 2, !dbg !64
  %98 = sext i32 %97 to i64, !dbg !65
  %99 = add i64 %92, %98, !dbg !66
  %100 = load i64, ptr %2, align 8, !dbg !67
  %101 = lshr i64 %100, 4, !dbg !67
  %102 = and i64 %101, 31, !dbg !67
  %103 = trunc i64 %102 to i32, !dbg !67
  %104 = mul nsw i32 %103, 16, !dbg !68
  %105 = sext i32 %104 to i64, !dbg !69
  %106 = add i64 %99, %105, !dbg !70
  %107 = load i64, ptr %2, align 8, !dbg !71
  %108 = lshr i64 %107, 9, !dbg !71
  %109 = and i64 %108, 127, !dbg !71
  %110 = trunc i64 %109 to i32, !dbg !71
  %111 = mul nsw i32 %110, 512, !dbg !72
  %112 = sext i32 %111 to i64, !dbg !73
  %113 = add i64 %106, %112, !dbg !74
  %114 = load i64, ptr %2, align 8, !dbg !75
  %115 = shl i64 %114, 44, !dbg !75
  %116 = ashr i64 %115, 60, !dbg !75
  %117 = trunc i64 %116 to i32, !dbg !75
  %118 = add nsw i32 %117, 8, !dbg !76
  %119 = sext i32 %118 to i64, !dbg !77
  %120 = mul i64 %119, 65536, !dbg !78
  %121 = add i64 %113, %120, !dbg !79
  %122 = load i64, ptr %2, align 8, !dbg !80
  %123 = lshr i64 %122, 20, !dbg !80
  %124 = and i64 %123, 1099511627775, !dbg !80
  %125 = add i64 %121, %124, !dbg !81
  store i64 %125, ptr %3, align 8, !dbg !82, !tbaa !21
  br label %126, !dbg !83

126:                                              ; preds = %12
  %127 = load i32, ptr %4, align 4, !dbg !84, !tbaa !9
  %128 = add nsw i32 %127, 1, !dbg !85
  store i32 %128, ptr %4, align 4, !dbg !86, !tbaa !9
  br label %8, !dbg !28, !llvm.loop !87

129:                                              ; preds = %11
  %130 = load i64, ptr %2, align 8, !dbg !90
  %131 = and i64 %130, 1, !dbg !90
  %132 = trunc i64 %131 to i32, !dbg !90
  %133 = load i64, ptr %2, align 8, !dbg !91
  %134 = lshr i64 %133, 1, !dbg !91
  %135 = and i64 %134, 7, !dbg !91
  %136 = trunc i64 %135 to i32, !dbg !91
  %137 = load i64, ptr %2, align 8, !dbg !92
  %138 = lshr i64 %137, 4, !dbg !92
  %139 = and i64 %138, 31, !dbg !92
  %140 = trunc i64 %139 to i32, !dbg !92
  %141 = load i64, ptr %2, align 8, !dbg !93
  %142 = lshr i64 %141, 9, !dbg !93
  %143 = and i64 %142, 127, !dbg !93
  %144 = trunc i64 %143 to i32, !dbg !93
  %145 = load i64, ptr %2, align 8, !dbg !94
  %146 = shl i64 %145, 44, !dbg !94
  %147 = ashr i64 %146, 60, !dbg !94
  %148 = trunc i64 %147 to i32, !dbg !94
  %149 = load i64, ptr %2, align 8, !dbg !95
  %150 = lshr i64 %149, 20, !dbg !95
  %151 = and i64 %150, 1099511627775, !dbg !95
  %152 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %132, i32 noundef %136, i32 noundef %140, i32 noundef %144, i32 noundef %148, i64 noundef %151, i64 noundef 8), !dbg !96
  %153 = load i64, ptr %3, align 8, !dbg !97, !tbaa !21
  %154 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %153), !dbg !98
  call void @llvm.lifetime.start.p0(ptr %5) #5, !dbg !99
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %5, ptr align 4 @__const.main.x, i64 4, i1 false), !dbg !100
  call void @llvm.lifetime.start.p0(ptr %6) #5, !dbg !101
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %6, ptr align 4 %5, i64 4, i1 false), !dbg !102
  %155 = load i32, ptr %6, align 4, !dbg !103, !tbaa !9
  %156 = load i32, ptr %5, align 4, !dbg !104
  %157 = and i32 %156, 15, !dbg !104
  %158 = load i32, ptr %5, align 4, !dbg !105
  %159 = lshr i32 %158, 4, !dbg !105
  %160 = and i32 %159, 15, !dbg !105
  %161 = load i32, ptr %5, align 4, !dbg !106
  %162 = lshr i32 %161, 8, !dbg !106
  %163 = and i32 %162, 255, !dbg !106
  %164 = load i32, ptr %5, align 4, !dbg !107
  %165 = lshr i32 %164, 16, !dbg !107
  %166 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %155, i32 noundef %157, i32 noundef %160, i32 noundef %163, i32 noundef %165), !dbg !108
  %167 = load i32, ptr %6, align 4, !dbg !109, !tbaa !9
  %168 = xor i32 %167, 16711680, !dbg !110
  store i32 %168, ptr %6, align 4, !dbg !111, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %5, ptr align 4 %6, i64 4, i1 false), !dbg !112
  %169 = load i32, ptr %5, align 4, !dbg !113
  %170 = and i32 %169, 15, !dbg !113
  %171 = load i32, ptr %5, align 4, !dbg !114
  %172 = lshr i32 %171, 4, !dbg !114
  %173 = and i32 %172, 15, !dbg !114
  %174 = load i32, ptr %5, align 4, !dbg !115
  %175 = lshr i32 %174, 8, !dbg !115
  %176 = and i32 %175, 255, !dbg !115
  %177 = load i32, ptr %5, align 4, !dbg !116
  %178 = lshr i32 %177, 16, !dbg !116
  %179 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %170, i32 noundef %173, i32 noundef %176, i32 noundef %178), !dbg !117
  call void @llvm.lifetime.start.p0(ptr %7) #5, !dbg !118
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %7, ptr align 4 @__const.main.sv, i64 4, i1 false), !dbg !119
  %180 = load i8, ptr %7, align 4, !dbg !120
  %181 = shl i8 %180, 5, !dbg !120
  %182 = ashr i8 %181, 5, !dbg !120
  %183 = sext i8 %182 to i32, !dbg !120
  %184 = add nsw i32 %183, 1, !dbg !120
  %185 = trunc i32 %184 to i8, !dbg !120
  %186 = load i8, ptr %7, align 4, !dbg !120
  %187 = and i8 %185, 7, !dbg !120
  %188 = and i8 %186, -8, !dbg !120
  %189 = or i8 %188, %187, !dbg !121
  store i8 %189, ptr %7, align 4, !dbg !122
  %190 = shl i8 %187, 5, !dbg !120
  %191 = ashr i8 %190, 5, !dbg !120
  %192 = sext i8 %191 to i32, !dbg !120
  %193 = load i8, ptr %7, align 4, !dbg !123
  %194 = shl i8 %193, 5, !dbg !123
  %195 = ashr i8 %194, 5, !dbg !123
  %196 = sext i8 %195 to i32, !dbg !123
  %197 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %196), !dbg !124
  call void @llvm.lifetime.end.p0(ptr %7) #5, !dbg !125
  call void @llvm.lifetime.end.p0(ptr %6) #5, !dbg !125
  call void @llvm.lifetime.end.p0(ptr %5) #5, !dbg !125
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !125
  call void @llvm.lifetime.end.p0(ptr %2) #5, !dbg !125
  ret i32 0, !dbg !126
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !127 i32 @printf(ptr noundef, ...) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "bitfields.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 9, type: !15, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "bitfields.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 10, column: 5, scope: !13)
!18 = !DILocation(line: 10, column: 22, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !DILocation(line: 11, column: 5, scope: !13)
!20 = !DILocation(line: 11, column: 24, scope: !13, atomGroup: 2, atomRank: 1)
!21 = !{!22, !22, i64 0}
!22 = !{!"long long", !11, i64 0}
!23 = !DILocation(line: 12, column: 10, scope: !13)
!24 = !DILocation(line: 12, column: 14, scope: !13, atomGroup: 3, atomRank: 1)
!25 = !DILocation(line: 12, column: 21, scope: !13)
!26 = !DILocation(line: 12, column: 23, scope: !13, atomGroup: 4, atomRank: 1)
!27 = !DILocation(line: 12, column: 5, scope: !13, atomGroup: 5, atomRank: 1)
!28 = !DILocation(line: 12, column: 5, scope: !13)
!29 = !DILocation(line: 13, column: 14, scope: !13)
!30 = !DILocation(line: 13, column: 14, scope: !13, atomGroup: 6, atomRank: 2)
!31 = !DILocation(line: 13, column: 14, scope: !13, atomGroup: 6, atomRank: 1)
!32 = !DILocation(line: 13, column: 38, scope: !13)
!33 = !DILocation(line: 13, column: 25, scope: !13)
!34 = !DILocation(line: 13, column: 25, scope: !13, atomGroup: 7, atomRank: 2)
!35 = !DILocation(line: 13, column: 25, scope: !13, atomGroup: 7, atomRank: 1)
!36 = !DILocation(line: 13, column: 60, scope: !13)
!37 = !DILocation(line: 13, column: 62, scope: !13)
!38 = !DILocation(line: 13, column: 46, scope: !13)
!39 = !DILocation(line: 13, column: 46, scope: !13, atomGroup: 8, atomRank: 2)
!40 = !DILocation(line: 13, column: 46, scope: !13, atomGroup: 8, atomRank: 1)
!41 = !DILocation(line: 13, column: 73, scope: !13)
!42 = !DILocation(line: 13, column: 73, scope: !13, atomGroup: 9, atomRank: 2)
!43 = !DILocation(line: 13, column: 73, scope: !13, atomGroup: 9, atomRank: 1)
!44 = !DILocation(line: 14, column: 25, scope: !13)
!45 = !DILocation(line: 14, column: 27, scope: !13)
!46 = !DILocation(line: 14, column: 33, scope: !13)
!47 = !DILocation(line: 14, column: 14, scope: !13)
!48 = !DILocation(line: 14, column: 14, scope: !13, atomGroup: 10, atomRank: 2)
!49 = !DILocation(line: 14, column: 14, scope: !13, atomGroup: 10, atomRank: 1)
!50 = !DILocation(line: 14, column: 48, scope: !13)
!51 = !DILocation(line: 14, column: 50, scope: !13)
!52 = !DILocation(line: 14, column: 76, scope: !13)
!53 = !DILocation(line: 14, column: 56, scope: !13)
!54 = !DILocation(line: 14, column: 54, scope: !13)
!55 = !DILocation(line: 14, column: 43, scope: !13)
!56 = !DILocation(line: 14, column: 43, scope: !13, atomGroup: 11, atomRank: 2)
!57 = !DILocation(line: 14, column: 43, scope: !13, atomGroup: 11, atomRank: 1)
!58 = !DILocation(line: 15, column: 13, scope: !13)
!59 = !DILocation(line: 15, column: 15, scope: !13)
!60 = !DILocation(line: 15, column: 30, scope: !13)
!61 = !DILocation(line: 15, column: 27, scope: !13)
!62 = !DILocation(line: 15, column: 25, scope: !13)
!63 = !DILocation(line: 15, column: 37, scope: !13)
!64 = !DILocation(line: 15, column: 39, scope: !13)
!65 = !DILocation(line: 15, column: 34, scope: !13)
!66 = !DILocation(line: 15, column: 32, scope: !13)
!67 = !DILocation(line: 15, column: 48, scope: !13)
!68 = !DILocation(line: 15, column: 50, scope: !13)
!69 = !DILocation(line: 15, column: 45, scope: !13)
!70 = !DILocation(line: 15, column: 43, scope: !13)
!71 = !DILocation(line: 15, column: 60, scope: !13)
!72 = !DILocation(line: 15, column: 62, scope: !13)
!73 = !DILocation(line: 15, column: 57, scope: !13)
!74 = !DILocation(line: 15, column: 55, scope: !13)
!75 = !DILocation(line: 15, column: 94, scope: !13)
!76 = !DILocation(line: 15, column: 96, scope: !13)
!77 = !DILocation(line: 15, column: 70, scope: !13)
!78 = !DILocation(line: 15, column: 101, scope: !13)
!79 = !DILocation(line: 15, column: 68, scope: !13)
!80 = !DILocation(line: 15, column: 114, scope: !13)
!81 = !DILocation(line: 15, column: 109, scope: !13, atomGroup: 12, atomRank: 2)
!82 = !DILocation(line: 15, column: 11, scope: !13, atomGroup: 12, atomRank: 1)
!83 = !DILocation(line: 16, column: 5, scope: !13, atomGroup: 14, atomRank: 1)
!84 = !DILocation(line: 12, column: 31, scope: !13)
!85 = !DILocation(line: 12, column: 31, scope: !13, atomGroup: 13, atomRank: 2)
!86 = !DILocation(line: 12, column: 31, scope: !13, atomGroup: 13, atomRank: 1)
!87 = distinct !{!87, !28, !88, !89}
!88 = !DILocation(line: 16, column: 5, scope: !13)
!89 = !{!"llvm.loop.mustprogress"}
!90 = !DILocation(line: 17, column: 55, scope: !13)
!91 = !DILocation(line: 17, column: 61, scope: !13)
!92 = !DILocation(line: 17, column: 67, scope: !13)
!93 = !DILocation(line: 17, column: 73, scope: !13)
!94 = !DILocation(line: 17, column: 79, scope: !13)
!95 = !DILocation(line: 17, column: 105, scope: !13)
!96 = !DILocation(line: 17, column: 5, scope: !13)
!97 = !DILocation(line: 18, column: 27, scope: !13)
!98 = !DILocation(line: 18, column: 5, scope: !13)
!99 = !DILocation(line: 19, column: 5, scope: !13)
!100 = !DILocation(line: 19, column: 16, scope: !13, atomGroup: 15, atomRank: 1)
!101 = !DILocation(line: 20, column: 5, scope: !13)
!102 = !DILocation(line: 20, column: 19, scope: !13, atomGroup: 16, atomRank: 1)
!103 = !DILocation(line: 21, column: 38, scope: !13)
!104 = !DILocation(line: 21, column: 45, scope: !13)
!105 = !DILocation(line: 21, column: 56, scope: !13)
!106 = !DILocation(line: 21, column: 63, scope: !13)
!107 = !DILocation(line: 21, column: 70, scope: !13)
!108 = !DILocation(line: 21, column: 5, scope: !13)
!109 = !DILocation(line: 22, column: 9, scope: !13)
!110 = !DILocation(line: 22, column: 9, scope: !13, atomGroup: 17, atomRank: 2)
!111 = !DILocation(line: 22, column: 9, scope: !13, atomGroup: 17, atomRank: 1)
!112 = !DILocation(line: 22, column: 25, scope: !13, atomGroup: 18, atomRank: 1)
!113 = !DILocation(line: 23, column: 36, scope: !13)
!114 = !DILocation(line: 23, column: 47, scope: !13)
!115 = !DILocation(line: 23, column: 54, scope: !13)
!116 = !DILocation(line: 23, column: 61, scope: !13)
!117 = !DILocation(line: 23, column: 5, scope: !13)
!118 = !DILocation(line: 24, column: 5, scope: !13)
!119 = !DILocation(line: 24, column: 30, scope: !13, atomGroup: 19, atomRank: 1)
!120 = !DILocation(line: 25, column: 10, scope: !13)
!121 = !DILocation(line: 25, column: 10, scope: !13, atomGroup: 20, atomRank: 2)
!122 = !DILocation(line: 25, column: 10, scope: !13, atomGroup: 20, atomRank: 1)
!123 = !DILocation(line: 26, column: 26, scope: !13)
!124 = !DILocation(line: 26, column: 5, scope: !13)
!125 = !DILocation(line: 28, column: 1, scope: !13)
!126 = !DILocation(line: 27, column: 5, scope: !13, atomGroup: 22, atomRank: 1)
!127 = !DISubprogram(name: "printf", scope: !128, file: !128, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!128 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
