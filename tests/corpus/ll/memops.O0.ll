; ModuleID = 'memops.c'
source_filename = "memops.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.blk = type { [7 x i64], [3 x i8] }

@.str = private unnamed_addr constant [9 x i8] c"move %u\0A\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"set %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"%u \00", align 1
@.str.3 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.4 = private unnamed_addr constant [17 x i8] c"struct %u %u %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [32 x i8] c"find the needle in the haystack\00", align 1
@.str.6 = private unnamed_addr constant [15 x i8] c"memchr %td %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [17 x i8] c"words %08x %08x\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca [512 x i8], align 16
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca [512 x i8], align 16
  %6 = alloca i64, align 8
  %7 = alloca %struct.blk, align 8
  %8 = alloca %struct.blk, align 8
  %9 = alloca i32, align 4
  %10 = alloca [4 x %struct.blk], align 16
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca [16 x i32], align 16
  %16 = alloca [64 x i8], align 16
  %17 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %3, align 4, !dbg !13
  br label %18, !dbg !14

18:                                               ; preds = %29, %0
  %19 = load i32, ptr %3, align 4, !dbg !15
  %20 = icmp slt i32 %19, 512, !dbg !16
  br i1 %20, label %21, label %32, !dbg !17

21:                                               ; preds = %18
  %22 = load i32, ptr %3, align 4, !dbg !18
  %23 = mul nsw i32 %22, 7, !dbg !19
  %24 = add nsw i32 %23, 3, !dbg !20
  %25 = trunc i32 %24 to i8, !dbg !21
  %26 = load i32, ptr %3, align 4, !dbg !22
  %27 = sext i32 %26 to i64, !dbg !23
  %28 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 %27, !dbg !23
  store i8 %25, ptr %28, align 1, !dbg !24
  br label %29, !dbg !23

29:                                               ; preds = %21
  %30 = load i32, ptr %3, align 4, !dbg !25
  %31 = add nsw i32 %30, 1, !dbg !25
  store i32 %31, ptr %3, align 4, !dbg !25
  br label %18, !dbg !17, !llvm.loop !26

32:                                               ; preds = %18
  %33 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0, !dbg !29
  %34 = getelementptr inbounds i8, ptr %33, i64 10, !dbg !29
  %35 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0, !dbg !29
  call void @llvm.memmove.p0.p0.i64(ptr align 2 %34, ptr align 16 %35, i64 300, i1 false), !dbg !29
  %36 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0, !dbg !30
  %37 = getelementptr inbounds i8, ptr %36, i64 100, !dbg !30
  %38 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0, !dbg !30
  %39 = getelementptr inbounds i8, ptr %38, i64 150, !dbg !30
  call void @llvm.memmove.p0.p0.i64(ptr align 4 %37, ptr align 2 %39, i64 200, i1 false), !dbg !30
  %40 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0, !dbg !31
  %41 = call i32 @hash(ptr noundef %40, i64 noundef 512), !dbg !32
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %41), !dbg !33
  store i64 0, ptr %4, align 8, !dbg !34
  br label %43, !dbg !35

43:                                               ; preds = %55, %32
  %44 = load i64, ptr %4, align 8, !dbg !36
  %45 = icmp ult i64 %44, 64, !dbg !37
  br i1 %45, label %46, label %58, !dbg !38

46:                                               ; preds = %43
  %47 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0, !dbg !39
  %48 = load i64, ptr %4, align 8, !dbg !40
  %49 = mul i64 %48, 7, !dbg !41
  %50 = getelementptr inbounds nuw i8, ptr %47, i64 %49, !dbg !39
  %51 = load i64, ptr %4, align 8, !dbg !42
  %52 = trunc i64 %51 to i32, !dbg !43
  %53 = trunc i32 %52 to i8, !dbg !39
  %54 = load i64, ptr %4, align 8, !dbg !44
  call void @llvm.memset.p0.i64(ptr align 1 %50, i8 %53, i64 %54, i1 false), !dbg !39
  br label %55, !dbg !39

55:                                               ; preds = %46
  %56 = load i64, ptr %4, align 8, !dbg !45
  %57 = add i64 %56, 5, !dbg !45
  store i64 %57, ptr %4, align 8, !dbg !45
  br label %43, !dbg !38, !llvm.loop !46

58:                                               ; preds = %43
  %59 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0, !dbg !48
  %60 = call i32 @hash(ptr noundef %59, i64 noundef 512), !dbg !49
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %60), !dbg !50
  store i64 1, ptr %6, align 8, !dbg !51
  br label %62, !dbg !52

62:                                               ; preds = %75, %58
  %63 = load i64, ptr %6, align 8, !dbg !53
  %64 = icmp ult i64 %63, 200, !dbg !54
  br i1 %64, label %65, label %79, !dbg !55

65:                                               ; preds = %62
  %66 = getelementptr inbounds [512 x i8], ptr %5, i64 0, i64 0, !dbg !56
  %67 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0, !dbg !56
  %68 = load i64, ptr %6, align 8, !dbg !57
  %69 = getelementptr inbounds nuw i8, ptr %67, i64 %68, !dbg !56
  %70 = load i64, ptr %6, align 8, !dbg !58
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %66, ptr align 1 %69, i64 %70, i1 false), !dbg !56
  %71 = getelementptr inbounds [512 x i8], ptr %5, i64 0, i64 0, !dbg !59
  %72 = load i64, ptr %6, align 8, !dbg !60
  %73 = call i32 @hash(ptr noundef %71, i64 noundef %72), !dbg !61
  %74 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %73), !dbg !62
  br label %75, !dbg !63

75:                                               ; preds = %65
  %76 = load i64, ptr %6, align 8, !dbg !64
  %77 = mul i64 %76, 2, !dbg !65
  %78 = add i64 %77, 1, !dbg !66
  store i64 %78, ptr %6, align 8, !dbg !67
  br label %62, !dbg !55, !llvm.loop !68

79:                                               ; preds = %62
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.3), !dbg !69
  call void @llvm.memset.p0.i64(ptr align 8 %7, i8 0, i64 64, i1 false), !dbg !70
  store i32 0, ptr %9, align 4, !dbg !71
  br label %81, !dbg !72

81:                                               ; preds = %93, %79
  %82 = load i32, ptr %9, align 4, !dbg !73
  %83 = icmp slt i32 %82, 7, !dbg !74
  br i1 %83, label %84, label %96, !dbg !75

84:                                               ; preds = %81
  %85 = load i32, ptr %9, align 4, !dbg !76
  %86 = add nsw i32 %85, 1, !dbg !77
  %87 = sext i32 %86 to i64, !dbg !78
  %88 = mul i64 72340172838076673, %87, !dbg !79
  %89 = getelementptr inbounds nuw %struct.blk, ptr %7, i32 0, i32 0, !dbg !80
  %90 = load i32, ptr %9, align 4, !dbg !81
  %91 = sext i32 %90 to i64, !dbg !82
  %92 = getelementptr inbounds [7 x i64], ptr %89, i64 0, i64 %91, !dbg !82
  store i64 %88, ptr %92, align 8, !dbg !83
  br label %93, !dbg !82

93:                                               ; preds = %84
  %94 = load i32, ptr %9, align 4, !dbg !84
  %95 = add nsw i32 %94, 1, !dbg !84
  store i32 %95, ptr %9, align 4, !dbg !84
  br label %81, !dbg !75, !llvm.loop !85

96:                                               ; preds = %81
  %97 = getelementptr inbounds nuw %struct.blk, ptr %7, i32 0, i32 1, !dbg !87
  %98 = getelementptr inbounds [3 x i8], ptr %97, i64 0, i64 0, !dbg !88
  store i8 1, ptr %98, align 8, !dbg !89
  %99 = getelementptr inbounds nuw %struct.blk, ptr %7, i32 0, i32 1, !dbg !90
  %100 = getelementptr inbounds [3 x i8], ptr %99, i64 0, i64 2, !dbg !91
  store i8 3, ptr %100, align 2, !dbg !92
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %7, i64 64, i1 false), !dbg !93
  %101 = getelementptr inbounds nuw %struct.blk, ptr %8, i32 0, i32 0, !dbg !94
  %102 = getelementptr inbounds [7 x i64], ptr %101, i64 0, i64 3, !dbg !95
  %103 = load i64, ptr %102, align 8, !dbg !96
  %104 = xor i64 %103, 255, !dbg !96
  store i64 %104, ptr %102, align 8, !dbg !96
  store i32 0, ptr %11, align 4, !dbg !97
  br label %105, !dbg !98

105:                                              ; preds = %118, %96
  %106 = load i32, ptr %11, align 4, !dbg !99
  %107 = icmp slt i32 %106, 4, !dbg !100
  br i1 %107, label %108, label %121, !dbg !101

108:                                              ; preds = %105
  %109 = load i32, ptr %11, align 4, !dbg !102
  %110 = sext i32 %109 to i64, !dbg !103
  %111 = getelementptr inbounds [4 x %struct.blk], ptr %10, i64 0, i64 %110, !dbg !103
  %112 = load i32, ptr %11, align 4, !dbg !104
  %113 = srem i32 %112, 2, !dbg !105
  %114 = icmp ne i32 %113, 0, !dbg !105
  br i1 %114, label %115, label %116, !dbg !104

115:                                              ; preds = %108
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %111, ptr align 8 %7, i64 64, i1 false), !dbg !106
  br label %117, !dbg !104

116:                                              ; preds = %108
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %111, ptr align 8 %8, i64 64, i1 false), !dbg !107
  br label %117, !dbg !104

117:                                              ; preds = %116, %115
  br label %118, !dbg !103

118:                                              ; preds = %117
  %119 = load i32, ptr %11, align 4, !dbg !108
  %120 = add nsw i32 %119, 1, !dbg !108
  store i32 %120, ptr %11, align 4, !dbg !108
  br label %105, !dbg !101, !llvm.loop !109

121:                                              ; preds = %105
  %122 = call i32 @hash(ptr noundef %8, i64 noundef 64), !dbg !110
  %123 = getelementptr inbounds [4 x %struct.blk], ptr %10, i64 0, i64 0, !dbg !111
  %124 = call i32 @hash(ptr noundef %123, i64 noundef 256), !dbg !112
  %125 = call i32 @memcmp(ptr noundef %7, ptr noundef %8, i64 noundef 64) #5, !dbg !113
  %126 = icmp slt i32 %125, 0, !dbg !114
  %127 = zext i1 %126 to i32, !dbg !114
  %128 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %122, i32 noundef %124, i32 noundef %127), !dbg !115
  store ptr @.str.5, ptr %12, align 8, !dbg !116
  %129 = load ptr, ptr %12, align 8, !dbg !117
  %130 = load ptr, ptr %12, align 8, !dbg !118
  %131 = call i64 @strlen(ptr noundef %130) #5, !dbg !119
  %132 = call ptr @memchr(ptr noundef %129, i32 noundef 110, i64 noundef %131) #5, !dbg !120
  store ptr %132, ptr %13, align 8, !dbg !121
  %133 = load ptr, ptr %12, align 8, !dbg !122
  %134 = load ptr, ptr %12, align 8, !dbg !123
  %135 = call i64 @strlen(ptr noundef %134) #5, !dbg !124
  %136 = call ptr @memchr(ptr noundef %133, i32 noundef 122, i64 noundef %135) #5, !dbg !125
  store ptr %136, ptr %14, align 8, !dbg !126
  %137 = load ptr, ptr %13, align 8, !dbg !127
  %138 = load ptr, ptr %12, align 8, !dbg !128
  %139 = ptrtoint ptr %137 to i64, !dbg !129
  %140 = ptrtoint ptr %138 to i64, !dbg !129
  %141 = sub i64 %139, %140, !dbg !129
  %142 = load ptr, ptr %14, align 8, !dbg !130
  %143 = icmp eq ptr %142, null, !dbg !131
  %144 = zext i1 %143 to i32, !dbg !131
  %145 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %141, i32 noundef %144), !dbg !132
  store i32 0, ptr %17, align 4, !dbg !133
  br label %146, !dbg !134

146:                                              ; preds = %156, %121
  %147 = load i32, ptr %17, align 4, !dbg !135
  %148 = icmp slt i32 %147, 64, !dbg !136
  br i1 %148, label %149, label %159, !dbg !137

149:                                              ; preds = %146
  %150 = load i32, ptr %17, align 4, !dbg !138
  %151 = sub nsw i32 255, %150, !dbg !139
  %152 = trunc i32 %151 to i8, !dbg !140
  %153 = load i32, ptr %17, align 4, !dbg !141
  %154 = sext i32 %153 to i64, !dbg !142
  %155 = getelementptr inbounds [64 x i8], ptr %16, i64 0, i64 %154, !dbg !142
  store i8 %152, ptr %155, align 1, !dbg !143
  br label %156, !dbg !142

156:                                              ; preds = %149
  %157 = load i32, ptr %17, align 4, !dbg !144
  %158 = add nsw i32 %157, 1, !dbg !144
  store i32 %158, ptr %17, align 4, !dbg !144
  br label %146, !dbg !137, !llvm.loop !145

159:                                              ; preds = %146
  %160 = getelementptr inbounds [16 x i32], ptr %15, i64 0, i64 0, !dbg !147
  %161 = getelementptr inbounds [64 x i8], ptr %16, i64 0, i64 0, !dbg !147
  %162 = getelementptr inbounds i8, ptr %161, i64 1, !dbg !147
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %160, ptr align 1 %162, i64 60, i1 false), !dbg !147
  %163 = getelementptr inbounds [16 x i32], ptr %15, i64 0, i64 0, !dbg !148
  %164 = load i32, ptr %163, align 16, !dbg !148
  %165 = getelementptr inbounds [16 x i32], ptr %15, i64 0, i64 14, !dbg !149
  %166 = load i32, ptr %165, align 8, !dbg !149
  %167 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %164, i32 noundef %166), !dbg !150
  ret i32 0, !dbg !151
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr writeonly captures(none), ptr readonly captures(none), i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @hash(ptr noundef %0, i64 noundef %1) #0 !dbg !152 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8, !dbg !153
  store ptr %7, ptr %5, align 8, !dbg !154
  store i32 -2128831035, ptr %6, align 4, !dbg !155
  br label %8, !dbg !156

8:                                                ; preds = %12, %2
  %9 = load i64, ptr %4, align 8, !dbg !157
  %10 = add i64 %9, -1, !dbg !157
  store i64 %10, ptr %4, align 8, !dbg !157
  %11 = icmp ne i64 %9, 0, !dbg !156
  br i1 %11, label %12, label %20, !dbg !156

12:                                               ; preds = %8
  %13 = load i32, ptr %6, align 4, !dbg !158
  %14 = load ptr, ptr %5, align 8, !dbg !159
  %15 = getelementptr inbounds nuw i8, ptr %14, i32 1, !dbg !159
  store ptr %15, ptr %5, align 8, !dbg !159
  %16 = load i8, ptr %14, align 1, !dbg !160
  %17 = zext i8 %16 to i32, !dbg !160
  %18 = xor i32 %13, %17, !dbg !161
  %19 = mul i32 %18, 16777619, !dbg !162
  store i32 %19, ptr %6, align 4, !dbg !163
  br label %8, !dbg !156, !llvm.loop !164

20:                                               ; preds = %8
  %21 = load i32, ptr %6, align 4, !dbg !166
  ret i32 %21, !dbg !167
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: nounwind willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #4

; Function Attrs: nounwind willreturn memory(read)
declare ptr @memchr(ptr noundef, i32 noundef, i64 noundef) #4

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #4

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "memops.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 10, type: !11, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "memops.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 12, column: 14, scope: !9)
!14 = !DILocation(line: 12, column: 10, scope: !9)
!15 = !DILocation(line: 12, column: 21, scope: !9)
!16 = !DILocation(line: 12, column: 23, scope: !9)
!17 = !DILocation(line: 12, column: 5, scope: !9)
!18 = !DILocation(line: 12, column: 54, scope: !9)
!19 = !DILocation(line: 12, column: 56, scope: !9)
!20 = !DILocation(line: 12, column: 60, scope: !9)
!21 = !DILocation(line: 12, column: 44, scope: !9)
!22 = !DILocation(line: 12, column: 39, scope: !9)
!23 = !DILocation(line: 12, column: 35, scope: !9)
!24 = !DILocation(line: 12, column: 42, scope: !9)
!25 = !DILocation(line: 12, column: 31, scope: !9)
!26 = distinct !{!26, !17, !27, !28}
!27 = !DILocation(line: 12, column: 63, scope: !9)
!28 = !{!"llvm.loop.mustprogress"}
!29 = !DILocation(line: 13, column: 5, scope: !9)
!30 = !DILocation(line: 14, column: 5, scope: !9)
!31 = !DILocation(line: 15, column: 30, scope: !9)
!32 = !DILocation(line: 15, column: 25, scope: !9)
!33 = !DILocation(line: 15, column: 5, scope: !9)
!34 = !DILocation(line: 16, column: 17, scope: !9)
!35 = !DILocation(line: 16, column: 10, scope: !9)
!36 = !DILocation(line: 16, column: 24, scope: !9)
!37 = !DILocation(line: 16, column: 26, scope: !9)
!38 = !DILocation(line: 16, column: 5, scope: !9)
!39 = !DILocation(line: 16, column: 40, scope: !9)
!40 = !DILocation(line: 16, column: 53, scope: !9)
!41 = !DILocation(line: 16, column: 55, scope: !9)
!42 = !DILocation(line: 16, column: 65, scope: !9)
!43 = !DILocation(line: 16, column: 60, scope: !9)
!44 = !DILocation(line: 16, column: 68, scope: !9)
!45 = !DILocation(line: 16, column: 34, scope: !9)
!46 = distinct !{!46, !38, !47, !28}
!47 = !DILocation(line: 16, column: 69, scope: !9)
!48 = !DILocation(line: 17, column: 29, scope: !9)
!49 = !DILocation(line: 17, column: 24, scope: !9)
!50 = !DILocation(line: 17, column: 5, scope: !9)
!51 = !DILocation(line: 19, column: 17, scope: !9)
!52 = !DILocation(line: 19, column: 10, scope: !9)
!53 = !DILocation(line: 19, column: 24, scope: !9)
!54 = !DILocation(line: 19, column: 26, scope: !9)
!55 = !DILocation(line: 19, column: 5, scope: !9)
!56 = !DILocation(line: 19, column: 50, scope: !9)
!57 = !DILocation(line: 19, column: 68, scope: !9)
!58 = !DILocation(line: 19, column: 71, scope: !9)
!59 = !DILocation(line: 19, column: 94, scope: !9)
!60 = !DILocation(line: 19, column: 99, scope: !9)
!61 = !DILocation(line: 19, column: 89, scope: !9)
!62 = !DILocation(line: 19, column: 75, scope: !9)
!63 = !DILocation(line: 19, column: 104, scope: !9)
!64 = !DILocation(line: 19, column: 37, scope: !9)
!65 = !DILocation(line: 19, column: 39, scope: !9)
!66 = !DILocation(line: 19, column: 43, scope: !9)
!67 = !DILocation(line: 19, column: 35, scope: !9)
!68 = distinct !{!68, !55, !63, !28}
!69 = !DILocation(line: 20, column: 5, scope: !9)
!70 = !DILocation(line: 21, column: 22, scope: !9)
!71 = !DILocation(line: 22, column: 14, scope: !9)
!72 = !DILocation(line: 22, column: 10, scope: !9)
!73 = !DILocation(line: 22, column: 21, scope: !9)
!74 = !DILocation(line: 22, column: 23, scope: !9)
!75 = !DILocation(line: 22, column: 5, scope: !9)
!76 = !DILocation(line: 22, column: 77, scope: !9)
!77 = !DILocation(line: 22, column: 79, scope: !9)
!78 = !DILocation(line: 22, column: 66, scope: !9)
!79 = !DILocation(line: 22, column: 64, scope: !9)
!80 = !DILocation(line: 22, column: 35, scope: !9)
!81 = !DILocation(line: 22, column: 37, scope: !9)
!82 = !DILocation(line: 22, column: 33, scope: !9)
!83 = !DILocation(line: 22, column: 40, scope: !9)
!84 = !DILocation(line: 22, column: 29, scope: !9)
!85 = distinct !{!85, !75, !86, !28}
!86 = !DILocation(line: 22, column: 82, scope: !9)
!87 = !DILocation(line: 23, column: 7, scope: !9)
!88 = !DILocation(line: 23, column: 5, scope: !9)
!89 = !DILocation(line: 23, column: 15, scope: !9)
!90 = !DILocation(line: 23, column: 22, scope: !9)
!91 = !DILocation(line: 23, column: 20, scope: !9)
!92 = !DILocation(line: 23, column: 30, scope: !9)
!93 = !DILocation(line: 24, column: 9, scope: !9)
!94 = !DILocation(line: 24, column: 14, scope: !9)
!95 = !DILocation(line: 24, column: 12, scope: !9)
!96 = !DILocation(line: 24, column: 19, scope: !9)
!97 = !DILocation(line: 25, column: 33, scope: !9)
!98 = !DILocation(line: 25, column: 29, scope: !9)
!99 = !DILocation(line: 25, column: 40, scope: !9)
!100 = !DILocation(line: 25, column: 42, scope: !9)
!101 = !DILocation(line: 25, column: 24, scope: !9)
!102 = !DILocation(line: 25, column: 56, scope: !9)
!103 = !DILocation(line: 25, column: 52, scope: !9)
!104 = !DILocation(line: 25, column: 61, scope: !9)
!105 = !DILocation(line: 25, column: 63, scope: !9)
!106 = !DILocation(line: 25, column: 69, scope: !9)
!107 = !DILocation(line: 25, column: 73, scope: !9)
!108 = !DILocation(line: 25, column: 48, scope: !9)
!109 = distinct !{!109, !101, !107, !28}
!110 = !DILocation(line: 26, column: 33, scope: !9)
!111 = !DILocation(line: 26, column: 58, scope: !9)
!112 = !DILocation(line: 26, column: 53, scope: !9)
!113 = !DILocation(line: 26, column: 76, scope: !9)
!114 = !DILocation(line: 26, column: 101, scope: !9)
!115 = !DILocation(line: 26, column: 5, scope: !9)
!116 = !DILocation(line: 27, column: 17, scope: !9)
!117 = !DILocation(line: 28, column: 28, scope: !9)
!118 = !DILocation(line: 28, column: 45, scope: !9)
!119 = !DILocation(line: 28, column: 38, scope: !9)
!120 = !DILocation(line: 28, column: 21, scope: !9)
!121 = !DILocation(line: 28, column: 17, scope: !9)
!122 = !DILocation(line: 28, column: 75, scope: !9)
!123 = !DILocation(line: 28, column: 92, scope: !9)
!124 = !DILocation(line: 28, column: 85, scope: !9)
!125 = !DILocation(line: 28, column: 68, scope: !9)
!126 = !DILocation(line: 28, column: 64, scope: !9)
!127 = !DILocation(line: 29, column: 31, scope: !9)
!128 = !DILocation(line: 29, column: 35, scope: !9)
!129 = !DILocation(line: 29, column: 33, scope: !9)
!130 = !DILocation(line: 29, column: 40, scope: !9)
!131 = !DILocation(line: 29, column: 42, scope: !9)
!132 = !DILocation(line: 29, column: 5, scope: !9)
!133 = !DILocation(line: 31, column: 14, scope: !9)
!134 = !DILocation(line: 31, column: 10, scope: !9)
!135 = !DILocation(line: 31, column: 21, scope: !9)
!136 = !DILocation(line: 31, column: 23, scope: !9)
!137 = !DILocation(line: 31, column: 5, scope: !9)
!138 = !DILocation(line: 31, column: 59, scope: !9)
!139 = !DILocation(line: 31, column: 57, scope: !9)
!140 = !DILocation(line: 31, column: 43, scope: !9)
!141 = !DILocation(line: 31, column: 38, scope: !9)
!142 = !DILocation(line: 31, column: 34, scope: !9)
!143 = !DILocation(line: 31, column: 41, scope: !9)
!144 = !DILocation(line: 31, column: 30, scope: !9)
!145 = distinct !{!145, !137, !146, !28}
!146 = !DILocation(line: 31, column: 60, scope: !9)
!147 = !DILocation(line: 32, column: 5, scope: !9)
!148 = !DILocation(line: 33, column: 33, scope: !9)
!149 = !DILocation(line: 33, column: 43, scope: !9)
!150 = !DILocation(line: 33, column: 5, scope: !9)
!151 = !DILocation(line: 34, column: 5, scope: !9)
!152 = distinct !DISubprogram(name: "hash", scope: !10, file: !10, line: 8, type: !11, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!153 = !DILocation(line: 8, column: 68, scope: !152)
!154 = !DILocation(line: 8, column: 64, scope: !152)
!155 = !DILocation(line: 8, column: 80, scope: !152)
!156 = !DILocation(line: 8, column: 97, scope: !152)
!157 = !DILocation(line: 8, column: 105, scope: !152)
!158 = !DILocation(line: 8, column: 114, scope: !152)
!159 = !DILocation(line: 8, column: 120, scope: !152)
!160 = !DILocation(line: 8, column: 118, scope: !152)
!161 = !DILocation(line: 8, column: 116, scope: !152)
!162 = !DILocation(line: 8, column: 124, scope: !152)
!163 = !DILocation(line: 8, column: 111, scope: !152)
!164 = distinct !{!164, !156, !165, !28}
!165 = !DILocation(line: 8, column: 126, scope: !152)
!166 = !DILocation(line: 8, column: 144, scope: !152)
!167 = !DILocation(line: 8, column: 137, scope: !152)
