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

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.flags, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca %struct.hdr, align 4
  %6 = alloca i32, align 4
  %7 = alloca %struct.anon, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 8 %2, i8 0, i64 8, i1 false), !dbg !13
  store i64 0, ptr %3, align 8, !dbg !14
  store i32 0, ptr %4, align 4, !dbg !15
  br label %8, !dbg !16

8:                                                ; preds = %125, %0
  %9 = load i32, ptr %4, align 4, !dbg !17
  %10 = icmp slt i32 %9, 100, !dbg !18
  br i1 %10, label %11, label %128, !dbg !19

11:                                               ; preds = %8
  %12 = load i64, ptr %2, align 8, !dbg !20
  %13 = and i64 %12, 1, !dbg !20
  %14 = trunc i64 %13 to i32, !dbg !20
  %15 = add nsw i32 %14, 1, !dbg !20
  %16 = zext i32 %15 to i64, !dbg !20
  %17 = load i64, ptr %2, align 8, !dbg !20
  %18 = and i64 %16, 1, !dbg !20
  %19 = and i64 %17, -2, !dbg !20
  %20 = or i64 %19, %18, !dbg !20
  store i64 %20, ptr %2, align 8, !dbg !20
  %21 = trunc i64 %18 to i32, !dbg !20
  %22 = load i32, ptr %4, align 4, !dbg !21
  %23 = load i64, ptr %2, align 8, !dbg !22
  %24 = lshr i64 %23, 1, !dbg !22
  %25 = and i64 %24, 7, !dbg !22
  %26 = trunc i64 %25 to i32, !dbg !22
  %27 = add i32 %26, %22, !dbg !22
  %28 = zext i32 %27 to i64, !dbg !22
  %29 = load i64, ptr %2, align 8, !dbg !22
  %30 = and i64 %28, 7, !dbg !22
  %31 = shl i64 %30, 1, !dbg !22
  %32 = and i64 %29, -15, !dbg !22
  %33 = or i64 %32, %31, !dbg !22
  store i64 %33, ptr %2, align 8, !dbg !22
  %34 = trunc i64 %30 to i32, !dbg !22
  %35 = load i32, ptr %4, align 4, !dbg !23
  %36 = mul nsw i32 %35, 3, !dbg !24
  %37 = load i64, ptr %2, align 8, !dbg !25
  %38 = lshr i64 %37, 4, !dbg !25
  %39 = and i64 %38, 31, !dbg !25
  %40 = trunc i64 %39 to i32, !dbg !25
  %41 = xor i32 %40, %36, !dbg !25
  %42 = zext i32 %41 to i64, !dbg !25
  %43 = load i64, ptr %2, align 8, !dbg !25
  %44 = and i64 %42, 31, !dbg !25
  %45 = shl i64 %44, 4, !dbg !25
  %46 = and i64 %43, -497, !dbg !25
  %47 = or i64 %46, %45, !dbg !25
  store i64 %47, ptr %2, align 8, !dbg !25
  %48 = trunc i64 %44 to i32, !dbg !25
  %49 = load i64, ptr %2, align 8, !dbg !26
  %50 = lshr i64 %49, 9, !dbg !26
  %51 = and i64 %50, 127, !dbg !26
  %52 = trunc i64 %51 to i32, !dbg !26
  %53 = sub nsw i32 %52, 5, !dbg !26
  %54 = zext i32 %53 to i64, !dbg !26
  %55 = load i64, ptr %2, align 8, !dbg !26
  %56 = and i64 %54, 127, !dbg !26
  %57 = shl i64 %56, 9, !dbg !26
  %58 = and i64 %55, -65025, !dbg !26
  %59 = or i64 %58, %57, !dbg !26
  store i64 %59, ptr %2, align 8, !dbg !26
  %60 = trunc i64 %56 to i32, !dbg !26
  %61 = load i32, ptr %4, align 4, !dbg !27
  %62 = srem i32 %61, 16, !dbg !28
  %63 = sub nsw i32 %62, 8, !dbg !29
  %64 = zext i32 %63 to i64, !dbg !30
  %65 = load i64, ptr %2, align 8, !dbg !30
  %66 = and i64 %64, 15, !dbg !30
  %67 = shl i64 %66, 16, !dbg !30
  %68 = and i64 %65, -983041, !dbg !30
  %69 = or i64 %68, %67, !dbg !30
  store i64 %69, ptr %2, align 8, !dbg !30
  %70 = shl i64 %66, 60, !dbg !30
  %71 = ashr i64 %70, 60, !dbg !30
  %72 = trunc i64 %71 to i32, !dbg !30
  %73 = load i64, ptr %2, align 8, !dbg !31
  %74 = lshr i64 %73, 20, !dbg !31
  %75 = and i64 %74, 1099511627775, !dbg !31
  %76 = mul i64 %75, 3, !dbg !32
  %77 = load i32, ptr %4, align 4, !dbg !33
  %78 = sext i32 %77 to i64, !dbg !34
  %79 = add i64 %76, %78, !dbg !35
  %80 = load i64, ptr %2, align 8, !dbg !36
  %81 = and i64 %79, 1099511627775, !dbg !36
  %82 = shl i64 %81, 20, !dbg !36
  %83 = and i64 %80, -1152921504605798401, !dbg !36
  %84 = or i64 %83, %82, !dbg !36
  store i64 %84, ptr %2, align 8, !dbg !36
  %85 = load i64, ptr %3, align 8, !dbg !37
  %86 = mul i64 %85, 1000003, !dbg !38
  %87 = load i64, ptr %2, align 8, !dbg !39
  %88 = and i64 %87, 1, !dbg !39
  %89 = trunc i64 %88 to i32, !dbg !39
  %90 = zext i32 %89 to i64, !dbg !40
  %91 = add i64 %86, %90, !dbg !41
  %92 = load i64, ptr %2, align 8, !dbg !42
  %93 = lshr i64 %92, 1, !dbg !42
  %94 = and i64 %93, 7, !dbg !42
  %95 = trunc i64 %94 to i32, !dbg !42
  %96 = mul nsw i32 %95, 2, !dbg !43
  %97 = sext i32 %96 to i64, !dbg !44
  %98 = add i64 %91, %97, !dbg !45
  %99 = load i64, ptr %2, align 8, !dbg !46
  %100 = lshr i64 %99, 4, !dbg !46
  %101 = and i64 %100, 31, !dbg !46
  %102 = trunc i64 %101 to i32, !dbg !46
  %103 = mul nsw i32 %102, 16, !dbg !47
  %104 = sext i32 %103 to i64, !dbg !48
  %105 = add i64 %98, %104, !dbg !49
  %106 = load i64, ptr %2, align 8, !dbg !50
  %107 = lshr i64 %106, 9, !dbg !50
  %108 = and i64 %107, 127, !dbg !50
  %109 = trunc i64 %108 to i32, !dbg !50
  %110 = mul nsw i32 %109, 512, !dbg !51
  %111 = sext i32 %110 to i64, !dbg !52
  %112 = add i64 %105, %111, !dbg !53
  %113 = load i64, ptr %2, align 8, !dbg !54
  %114 = shl i64 %113, 44, !dbg !54
  %115 = ashr i64 %114, 60, !dbg !54
  %116 = trunc i64 %115 to i32, !dbg !54
  %117 = add nsw i32 %116, 8, !dbg !55
  %118 = sext i32 %117 to i64, !dbg !56
  %119 = mul i64 %118, 65536, !dbg !57
  %120 = add i64 %112, %119, !dbg !58
  %121 = load i64, ptr %2, align 8, !dbg !59
  %122 = lshr i64 %121, 20, !dbg !59
  %123 = and i64 %122, 1099511627775, !dbg !59
  %124 = add i64 %120, %123, !dbg !60
  store i64 %124, ptr %3, align 8, !dbg !61
  br label %125, !dbg !62

125:                                              ; preds = %11
  %126 = load i32, ptr %4, align 4, !dbg !63
  %127 = add nsw i32 %126, 1, !dbg !63
  store i32 %127, ptr %4, align 4, !dbg !63
  br label %8, !dbg !19, !llvm.loop !64

128:                                              ; preds = %8
  %129 = load i64, ptr %2, align 8, !dbg !66
  %130 = and i64 %129, 1, !dbg !66
  %131 = trunc i64 %130 to i32, !dbg !66
  %132 = load i64, ptr %2, align 8, !dbg !67
  %133 = lshr i64 %132, 1, !dbg !67
  %134 = and i64 %133, 7, !dbg !67
  %135 = trunc i64 %134 to i32, !dbg !67
  %136 = load i64, ptr %2, align 8, !dbg !68
  %137 = lshr i64 %136, 4, !dbg !68
  %138 = and i64 %137, 31, !dbg !68
  %139 = trunc i64 %138 to i32, !dbg !68
  %140 = load i64, ptr %2, align 8, !dbg !69
  %141 = lshr i64 %140, 9, !dbg !69
  %142 = and i64 %141, 127, !dbg !69
  %143 = trunc i64 %142 to i32, !dbg !69
  %144 = load i64, ptr %2, align 8, !dbg !70
  %145 = shl i64 %144, 44, !dbg !70
  %146 = ashr i64 %145, 60, !dbg !70
  %147 = trunc i64 %146 to i32, !dbg !70
  %148 = load i64, ptr %2, align 8, !dbg !71
  %149 = lshr i64 %148, 20, !dbg !71
  %150 = and i64 %149, 1099511627775, !dbg !71
  %151 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %131, i32 noundef %135, i32 noundef %139, i32 noundef %143, i32 noundef %147, i64 noundef %150, i64 noundef 8), !dbg !72
  %152 = load i64, ptr %3, align 8, !dbg !73
  %153 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %152), !dbg !74
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %5, ptr align 4 @__const.main.x, i64 4, i1 false), !dbg !75
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %6, ptr align 4 %5, i64 4, i1 false), !dbg !76
  %154 = load i32, ptr %6, align 4, !dbg !77
  %155 = load i32, ptr %5, align 4, !dbg !78
  %156 = and i32 %155, 15, !dbg !78
  %157 = load i32, ptr %5, align 4, !dbg !79
  %158 = lshr i32 %157, 4, !dbg !79
  %159 = and i32 %158, 15, !dbg !79
  %160 = load i32, ptr %5, align 4, !dbg !80
  %161 = lshr i32 %160, 8, !dbg !80
  %162 = and i32 %161, 255, !dbg !80
  %163 = load i32, ptr %5, align 4, !dbg !81
  %164 = lshr i32 %163, 16, !dbg !81
  %165 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %154, i32 noundef %156, i32 noundef %159, i32 noundef %162, i32 noundef %164), !dbg !82
  %166 = load i32, ptr %6, align 4, !dbg !83
  %167 = xor i32 %166, 16711680, !dbg !83
  store i32 %167, ptr %6, align 4, !dbg !83
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %5, ptr align 4 %6, i64 4, i1 false), !dbg !84
  %168 = load i32, ptr %5, align 4, !dbg !85
  %169 = and i32 %168, 15, !dbg !85
  %170 = load i32, ptr %5, align 4, !dbg !86
  %171 = lshr i32 %170, 4, !dbg !86
  %172 = and i32 %171, 15, !dbg !86
  %173 = load i32, ptr %5, align 4, !dbg !87
  %174 = lshr i32 %173, 8, !dbg !87
  %175 = and i32 %174, 255, !dbg !87
  %176 = load i32, ptr %5, align 4, !dbg !88
  %177 = lshr i32 %176, 16, !dbg !88
  %178 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %169, i32 noundef %172, i32 noundef %175, i32 noundef %177), !dbg !89
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %7, ptr align 4 @__const.main.sv, i64 4, i1 false), !dbg !90
  %179 = load i8, ptr %7, align 4, !dbg !91
  %180 = shl i8 %179, 5, !dbg !91
  %181 = ashr i8 %180, 5, !dbg !91
  %182 = sext i8 %181 to i32, !dbg !91
  %183 = add nsw i32 %182, 1, !dbg !91
  %184 = trunc i32 %183 to i8, !dbg !91
  %185 = load i8, ptr %7, align 4, !dbg !91
  %186 = and i8 %184, 7, !dbg !91
  %187 = and i8 %185, -8, !dbg !91
  %188 = or i8 %187, %186, !dbg !91
  store i8 %188, ptr %7, align 4, !dbg !91
  %189 = shl i8 %186, 5, !dbg !91
  %190 = ashr i8 %189, 5, !dbg !91
  %191 = sext i8 %190 to i32, !dbg !91
  %192 = load i8, ptr %7, align 4, !dbg !92
  %193 = shl i8 %192, 5, !dbg !92
  %194 = ashr i8 %193, 5, !dbg !92
  %195 = sext i8 %194 to i32, !dbg !92
  %196 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %195), !dbg !93
  ret i32 0, !dbg !94
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "bitfields.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 9, type: !11, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "bitfields.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 10, column: 22, scope: !9)
!14 = !DILocation(line: 11, column: 24, scope: !9)
!15 = !DILocation(line: 12, column: 14, scope: !9)
!16 = !DILocation(line: 12, column: 10, scope: !9)
!17 = !DILocation(line: 12, column: 21, scope: !9)
!18 = !DILocation(line: 12, column: 23, scope: !9)
!19 = !DILocation(line: 12, column: 5, scope: !9)
!20 = !DILocation(line: 13, column: 14, scope: !9)
!21 = !DILocation(line: 13, column: 38, scope: !9)
!22 = !DILocation(line: 13, column: 25, scope: !9)
!23 = !DILocation(line: 13, column: 60, scope: !9)
!24 = !DILocation(line: 13, column: 62, scope: !9)
!25 = !DILocation(line: 13, column: 46, scope: !9)
!26 = !DILocation(line: 13, column: 73, scope: !9)
!27 = !DILocation(line: 14, column: 25, scope: !9)
!28 = !DILocation(line: 14, column: 27, scope: !9)
!29 = !DILocation(line: 14, column: 33, scope: !9)
!30 = !DILocation(line: 14, column: 14, scope: !9)
!31 = !DILocation(line: 14, column: 48, scope: !9)
!32 = !DILocation(line: 14, column: 50, scope: !9)
!33 = !DILocation(line: 14, column: 76, scope: !9)
!34 = !DILocation(line: 14, column: 56, scope: !9)
!35 = !DILocation(line: 14, column: 54, scope: !9)
!36 = !DILocation(line: 14, column: 43, scope: !9)
!37 = !DILocation(line: 15, column: 13, scope: !9)
!38 = !DILocation(line: 15, column: 15, scope: !9)
!39 = !DILocation(line: 15, column: 30, scope: !9)
!40 = !DILocation(line: 15, column: 27, scope: !9)
!41 = !DILocation(line: 15, column: 25, scope: !9)
!42 = !DILocation(line: 15, column: 37, scope: !9)
!43 = !DILocation(line: 15, column: 39, scope: !9)
!44 = !DILocation(line: 15, column: 34, scope: !9)
!45 = !DILocation(line: 15, column: 32, scope: !9)
!46 = !DILocation(line: 15, column: 48, scope: !9)
!47 = !DILocation(line: 15, column: 50, scope: !9)
!48 = !DILocation(line: 15, column: 45, scope: !9)
!49 = !DILocation(line: 15, column: 43, scope: !9)
!50 = !DILocation(line: 15, column: 60, scope: !9)
!51 = !DILocation(line: 15, column: 62, scope: !9)
!52 = !DILocation(line: 15, column: 57, scope: !9)
!53 = !DILocation(line: 15, column: 55, scope: !9)
!54 = !DILocation(line: 15, column: 94, scope: !9)
!55 = !DILocation(line: 15, column: 96, scope: !9)
!56 = !DILocation(line: 15, column: 70, scope: !9)
!57 = !DILocation(line: 15, column: 101, scope: !9)
!58 = !DILocation(line: 15, column: 68, scope: !9)
!59 = !DILocation(line: 15, column: 114, scope: !9)
!60 = !DILocation(line: 15, column: 109, scope: !9)
!61 = !DILocation(line: 15, column: 11, scope: !9)
!62 = !DILocation(line: 16, column: 5, scope: !9)
!63 = !DILocation(line: 12, column: 31, scope: !9)
!64 = distinct !{!64, !19, !62, !65}
!65 = !{!"llvm.loop.mustprogress"}
!66 = !DILocation(line: 17, column: 55, scope: !9)
!67 = !DILocation(line: 17, column: 61, scope: !9)
!68 = !DILocation(line: 17, column: 67, scope: !9)
!69 = !DILocation(line: 17, column: 73, scope: !9)
!70 = !DILocation(line: 17, column: 79, scope: !9)
!71 = !DILocation(line: 17, column: 105, scope: !9)
!72 = !DILocation(line: 17, column: 5, scope: !9)
!73 = !DILocation(line: 18, column: 27, scope: !9)
!74 = !DILocation(line: 18, column: 5, scope: !9)
!75 = !DILocation(line: 19, column: 16, scope: !9)
!76 = !DILocation(line: 20, column: 19, scope: !9)
!77 = !DILocation(line: 21, column: 38, scope: !9)
!78 = !DILocation(line: 21, column: 45, scope: !9)
!79 = !DILocation(line: 21, column: 56, scope: !9)
!80 = !DILocation(line: 21, column: 63, scope: !9)
!81 = !DILocation(line: 21, column: 70, scope: !9)
!82 = !DILocation(line: 21, column: 5, scope: !9)
!83 = !DILocation(line: 22, column: 9, scope: !9)
!84 = !DILocation(line: 22, column: 25, scope: !9)
!85 = !DILocation(line: 23, column: 36, scope: !9)
!86 = !DILocation(line: 23, column: 47, scope: !9)
!87 = !DILocation(line: 23, column: 54, scope: !9)
!88 = !DILocation(line: 23, column: 61, scope: !9)
!89 = !DILocation(line: 23, column: 5, scope: !9)
!90 = !DILocation(line: 24, column: 30, scope: !9)
!91 = !DILocation(line: 25, column: 10, scope: !9)
!92 = !DILocation(line: 26, column: 26, scope: !9)
!93 = !DILocation(line: 26, column: 5, scope: !9)
!94 = !DILocation(line: 27, column: 5, scope: !9)
