; ModuleID = 'crc_hash.c'
source_filename = "crc_hash.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [44 x i8] c"The quick brown fox jumps over the lazy dog\00", align 1
@.str.1 = private unnamed_addr constant [38 x i8] c"crc %08x %08x adler %08x fnv %016llx\0A\00", align 1
@main.buf = internal global [65536 x i8] zeroinitializer, align 16
@.str.2 = private unnamed_addr constant [37 x i8] c"big crc %08x adler %08x fnv %016llx\0A\00", align 1
@.str.3 = private unnamed_addr constant [29 x i8] c"murmur %016llx next %016llx\0A\00", align 1
@crc_table = internal global [256 x i32] zeroinitializer, align 16
@xs_state = internal global i64 88172645463325252, align 8

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @crc_init(), !dbg !13
  store ptr @.str, ptr %2, align 8, !dbg !14
  %7 = load ptr, ptr %2, align 8, !dbg !15
  %8 = call i64 @strlen(ptr noundef %7) #3, !dbg !16
  store i64 %8, ptr %3, align 8, !dbg !17
  %9 = load ptr, ptr %2, align 8, !dbg !18
  %10 = load i64, ptr %3, align 8, !dbg !19
  %11 = call i32 @crc_tab(ptr noundef %9, i64 noundef %10), !dbg !20
  %12 = load ptr, ptr %2, align 8, !dbg !21
  %13 = load i64, ptr %3, align 8, !dbg !22
  %14 = call i32 @crc_bit(ptr noundef %12, i64 noundef %13), !dbg !23
  %15 = load ptr, ptr %2, align 8, !dbg !24
  %16 = load i64, ptr %3, align 8, !dbg !25
  %17 = call i32 @adler(ptr noundef %15, i64 noundef %16), !dbg !26
  %18 = load ptr, ptr %2, align 8, !dbg !27
  %19 = load i64, ptr %3, align 8, !dbg !28
  %20 = call i64 @fnv1a(ptr noundef %18, i64 noundef %19), !dbg !29
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %11, i32 noundef %14, i32 noundef %17, i64 noundef %20), !dbg !30
  store i64 0, ptr %4, align 8, !dbg !31
  br label %22, !dbg !32

22:                                               ; preds = %30, %0
  %23 = load i64, ptr %4, align 8, !dbg !33
  %24 = icmp ult i64 %23, 65536, !dbg !34
  br i1 %24, label %25, label %33, !dbg !35

25:                                               ; preds = %22
  %26 = call i64 @xorshift(), !dbg !36
  %27 = trunc i64 %26 to i8, !dbg !37
  %28 = load i64, ptr %4, align 8, !dbg !38
  %29 = getelementptr inbounds nuw [65536 x i8], ptr @main.buf, i64 0, i64 %28, !dbg !39
  store i8 %27, ptr %29, align 1, !dbg !40
  br label %30, !dbg !39

30:                                               ; preds = %25
  %31 = load i64, ptr %4, align 8, !dbg !41
  %32 = add i64 %31, 1, !dbg !41
  store i64 %32, ptr %4, align 8, !dbg !41
  br label %22, !dbg !35, !llvm.loop !42

33:                                               ; preds = %22
  %34 = call i32 @crc_tab(ptr noundef @main.buf, i64 noundef 65536), !dbg !45
  %35 = call i32 @adler(ptr noundef @main.buf, i64 noundef 65536), !dbg !46
  %36 = call i64 @fnv1a(ptr noundef @main.buf, i64 noundef 65536), !dbg !47
  %37 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %34, i32 noundef %35, i64 noundef %36), !dbg !48
  store i64 0, ptr %5, align 8, !dbg !49
  store i64 0, ptr %6, align 8, !dbg !50
  br label %38, !dbg !51

38:                                               ; preds = %47, %33
  %39 = load i64, ptr %6, align 8, !dbg !52
  %40 = icmp ult i64 %39, 10000, !dbg !53
  br i1 %40, label %41, label %50, !dbg !54

41:                                               ; preds = %38
  %42 = load i64, ptr %6, align 8, !dbg !55
  %43 = mul i64 %42, -7046029254386353131, !dbg !56
  %44 = call i64 @fmix64(i64 noundef %43), !dbg !57
  %45 = load i64, ptr %5, align 8, !dbg !58
  %46 = xor i64 %45, %44, !dbg !58
  store i64 %46, ptr %5, align 8, !dbg !58
  br label %47, !dbg !59

47:                                               ; preds = %41
  %48 = load i64, ptr %6, align 8, !dbg !60
  %49 = add i64 %48, 1, !dbg !60
  store i64 %49, ptr %6, align 8, !dbg !60
  br label %38, !dbg !54, !llvm.loop !61

50:                                               ; preds = %38
  %51 = load i64, ptr %5, align 8, !dbg !63
  %52 = call i64 @xorshift(), !dbg !64
  %53 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %51, i64 noundef %52), !dbg !65
  ret i32 0, !dbg !66
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @crc_init() #0 !dbg !67 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 0, ptr %1, align 4, !dbg !68
  br label %4, !dbg !69

4:                                                ; preds = %28, %0
  %5 = load i32, ptr %1, align 4, !dbg !70
  %6 = icmp ult i32 %5, 256, !dbg !71
  br i1 %6, label %7, label %31, !dbg !72

7:                                                ; preds = %4
  %8 = load i32, ptr %1, align 4, !dbg !73
  store i32 %8, ptr %2, align 4, !dbg !74
  store i32 0, ptr %3, align 4, !dbg !75
  br label %9, !dbg !76

9:                                                ; preds = %20, %7
  %10 = load i32, ptr %3, align 4, !dbg !77
  %11 = icmp slt i32 %10, 8, !dbg !78
  br i1 %11, label %12, label %23, !dbg !79

12:                                               ; preds = %9
  %13 = load i32, ptr %2, align 4, !dbg !80
  %14 = lshr i32 %13, 1, !dbg !81
  %15 = load i32, ptr %2, align 4, !dbg !82
  %16 = and i32 %15, 1, !dbg !83
  %17 = sub i32 0, %16, !dbg !84
  %18 = and i32 -306674912, %17, !dbg !85
  %19 = xor i32 %14, %18, !dbg !86
  store i32 %19, ptr %2, align 4, !dbg !87
  br label %20, !dbg !88

20:                                               ; preds = %12
  %21 = load i32, ptr %3, align 4, !dbg !89
  %22 = add nsw i32 %21, 1, !dbg !89
  store i32 %22, ptr %3, align 4, !dbg !89
  br label %9, !dbg !79, !llvm.loop !90

23:                                               ; preds = %9
  %24 = load i32, ptr %2, align 4, !dbg !92
  %25 = load i32, ptr %1, align 4, !dbg !93
  %26 = zext i32 %25 to i64, !dbg !94
  %27 = getelementptr inbounds nuw [256 x i32], ptr @crc_table, i64 0, i64 %26, !dbg !94
  store i32 %24, ptr %27, align 4, !dbg !95
  br label %28, !dbg !96

28:                                               ; preds = %23
  %29 = load i32, ptr %1, align 4, !dbg !97
  %30 = add i32 %29, 1, !dbg !97
  store i32 %30, ptr %1, align 4, !dbg !97
  br label %4, !dbg !72, !llvm.loop !98

31:                                               ; preds = %4
  ret void, !dbg !99
}

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @crc_tab(ptr noundef %0, i64 noundef %1) #0 !dbg !100 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i32 -1, ptr %5, align 4, !dbg !101
  br label %6, !dbg !102

6:                                                ; preds = %10, %2
  %7 = load i64, ptr %4, align 8, !dbg !103
  %8 = add i64 %7, -1, !dbg !103
  store i64 %8, ptr %4, align 8, !dbg !103
  %9 = icmp ne i64 %7, 0, !dbg !102
  br i1 %9, label %10, label %24, !dbg !102

10:                                               ; preds = %6
  %11 = load i32, ptr %5, align 4, !dbg !104
  %12 = load ptr, ptr %3, align 8, !dbg !105
  %13 = getelementptr inbounds nuw i8, ptr %12, i32 1, !dbg !105
  store ptr %13, ptr %3, align 8, !dbg !105
  %14 = load i8, ptr %12, align 1, !dbg !106
  %15 = zext i8 %14 to i32, !dbg !106
  %16 = xor i32 %11, %15, !dbg !107
  %17 = and i32 %16, 255, !dbg !108
  %18 = zext i32 %17 to i64, !dbg !109
  %19 = getelementptr inbounds nuw [256 x i32], ptr @crc_table, i64 0, i64 %18, !dbg !109
  %20 = load i32, ptr %19, align 4, !dbg !109
  %21 = load i32, ptr %5, align 4, !dbg !110
  %22 = lshr i32 %21, 8, !dbg !111
  %23 = xor i32 %20, %22, !dbg !112
  store i32 %23, ptr %5, align 4, !dbg !113
  br label %6, !dbg !102, !llvm.loop !114

24:                                               ; preds = %6
  %25 = load i32, ptr %5, align 4, !dbg !116
  %26 = xor i32 %25, -1, !dbg !117
  ret i32 %26, !dbg !118
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @crc_bit(ptr noundef %0, i64 noundef %1) #0 !dbg !119 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i32 -1, ptr %5, align 4, !dbg !120
  br label %7, !dbg !121

7:                                                ; preds = %37, %2
  %8 = load i64, ptr %4, align 8, !dbg !122
  %9 = add i64 %8, -1, !dbg !122
  store i64 %9, ptr %4, align 8, !dbg !122
  %10 = icmp ne i64 %8, 0, !dbg !121
  br i1 %10, label %11, label %38, !dbg !121

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8, !dbg !123
  %13 = getelementptr inbounds nuw i8, ptr %12, i32 1, !dbg !123
  store ptr %13, ptr %3, align 8, !dbg !123
  %14 = load i8, ptr %12, align 1, !dbg !124
  %15 = zext i8 %14 to i32, !dbg !124
  %16 = load i32, ptr %5, align 4, !dbg !125
  %17 = xor i32 %16, %15, !dbg !125
  store i32 %17, ptr %5, align 4, !dbg !125
  store i32 0, ptr %6, align 4, !dbg !126
  br label %18, !dbg !127

18:                                               ; preds = %34, %11
  %19 = load i32, ptr %6, align 4, !dbg !128
  %20 = icmp slt i32 %19, 8, !dbg !129
  br i1 %20, label %21, label %37, !dbg !130

21:                                               ; preds = %18
  %22 = load i32, ptr %5, align 4, !dbg !131
  %23 = and i32 %22, 1, !dbg !132
  %24 = icmp ne i32 %23, 0, !dbg !132
  br i1 %24, label %25, label %29, !dbg !131

25:                                               ; preds = %21
  %26 = load i32, ptr %5, align 4, !dbg !133
  %27 = lshr i32 %26, 1, !dbg !134
  %28 = xor i32 %27, -306674912, !dbg !135
  br label %32, !dbg !131

29:                                               ; preds = %21
  %30 = load i32, ptr %5, align 4, !dbg !136
  %31 = lshr i32 %30, 1, !dbg !137
  br label %32, !dbg !131

32:                                               ; preds = %29, %25
  %33 = phi i32 [ %28, %25 ], [ %31, %29 ], !dbg !131
  store i32 %33, ptr %5, align 4, !dbg !138
  br label %34, !dbg !139

34:                                               ; preds = %32
  %35 = load i32, ptr %6, align 4, !dbg !140
  %36 = add nsw i32 %35, 1, !dbg !140
  store i32 %36, ptr %6, align 4, !dbg !140
  br label %18, !dbg !130, !llvm.loop !141

37:                                               ; preds = %18
  br label %7, !dbg !121, !llvm.loop !143

38:                                               ; preds = %7
  %39 = load i32, ptr %5, align 4, !dbg !145
  %40 = xor i32 %39, -1, !dbg !146
  ret i32 %40, !dbg !147
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i32 @adler(ptr noundef %0, i64 noundef %1) #0 !dbg !148 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i32 1, ptr %5, align 4, !dbg !149
  store i32 0, ptr %6, align 4, !dbg !150
  br label %7, !dbg !151

7:                                                ; preds = %11, %2
  %8 = load i64, ptr %4, align 8, !dbg !152
  %9 = add i64 %8, -1, !dbg !152
  store i64 %9, ptr %4, align 8, !dbg !152
  %10 = icmp ne i64 %8, 0, !dbg !151
  br i1 %10, label %11, label %23, !dbg !151

11:                                               ; preds = %7
  %12 = load i32, ptr %5, align 4, !dbg !153
  %13 = load ptr, ptr %3, align 8, !dbg !154
  %14 = getelementptr inbounds nuw i8, ptr %13, i32 1, !dbg !154
  store ptr %14, ptr %3, align 8, !dbg !154
  %15 = load i8, ptr %13, align 1, !dbg !155
  %16 = zext i8 %15 to i32, !dbg !155
  %17 = add i32 %12, %16, !dbg !156
  %18 = urem i32 %17, 65521, !dbg !157
  store i32 %18, ptr %5, align 4, !dbg !158
  %19 = load i32, ptr %6, align 4, !dbg !159
  %20 = load i32, ptr %5, align 4, !dbg !160
  %21 = add i32 %19, %20, !dbg !161
  %22 = urem i32 %21, 65521, !dbg !162
  store i32 %22, ptr %6, align 4, !dbg !163
  br label %7, !dbg !151, !llvm.loop !164

23:                                               ; preds = %7
  %24 = load i32, ptr %6, align 4, !dbg !166
  %25 = shl i32 %24, 16, !dbg !167
  %26 = load i32, ptr %5, align 4, !dbg !168
  %27 = or i32 %25, %26, !dbg !169
  ret i32 %27, !dbg !170
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @fnv1a(ptr noundef %0, i64 noundef %1) #0 !dbg !171 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i64 -3750763034362895579, ptr %5, align 8, !dbg !172
  br label %6, !dbg !173

6:                                                ; preds = %10, %2
  %7 = load i64, ptr %4, align 8, !dbg !174
  %8 = add i64 %7, -1, !dbg !174
  store i64 %8, ptr %4, align 8, !dbg !174
  %9 = icmp ne i64 %7, 0, !dbg !173
  br i1 %9, label %10, label %19, !dbg !173

10:                                               ; preds = %6
  %11 = load ptr, ptr %3, align 8, !dbg !175
  %12 = getelementptr inbounds nuw i8, ptr %11, i32 1, !dbg !175
  store ptr %12, ptr %3, align 8, !dbg !175
  %13 = load i8, ptr %11, align 1, !dbg !176
  %14 = zext i8 %13 to i64, !dbg !176
  %15 = load i64, ptr %5, align 8, !dbg !177
  %16 = xor i64 %15, %14, !dbg !177
  store i64 %16, ptr %5, align 8, !dbg !177
  %17 = load i64, ptr %5, align 8, !dbg !178
  %18 = mul i64 %17, 1099511628211, !dbg !178
  store i64 %18, ptr %5, align 8, !dbg !178
  br label %6, !dbg !173, !llvm.loop !179

19:                                               ; preds = %6
  %20 = load i64, ptr %5, align 8, !dbg !181
  ret i64 %20, !dbg !182
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @xorshift() #0 !dbg !183 {
  %1 = load i64, ptr @xs_state, align 8, !dbg !184
  %2 = shl i64 %1, 13, !dbg !185
  %3 = load i64, ptr @xs_state, align 8, !dbg !186
  %4 = xor i64 %3, %2, !dbg !186
  store i64 %4, ptr @xs_state, align 8, !dbg !186
  %5 = load i64, ptr @xs_state, align 8, !dbg !187
  %6 = lshr i64 %5, 7, !dbg !188
  %7 = load i64, ptr @xs_state, align 8, !dbg !189
  %8 = xor i64 %7, %6, !dbg !189
  store i64 %8, ptr @xs_state, align 8, !dbg !189
  %9 = load i64, ptr @xs_state, align 8, !dbg !190
  %10 = shl i64 %9, 17, !dbg !191
  %11 = load i64, ptr @xs_state, align 8, !dbg !192
  %12 = xor i64 %11, %10, !dbg !192
  store i64 %12, ptr @xs_state, align 8, !dbg !192
  %13 = load i64, ptr @xs_state, align 8, !dbg !193
  ret i64 %13, !dbg !194
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @fmix64(i64 noundef %0) #0 !dbg !195 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8, !dbg !196
  %4 = lshr i64 %3, 33, !dbg !197
  %5 = load i64, ptr %2, align 8, !dbg !198
  %6 = xor i64 %5, %4, !dbg !198
  store i64 %6, ptr %2, align 8, !dbg !198
  %7 = load i64, ptr %2, align 8, !dbg !199
  %8 = mul i64 %7, -49064778989728563, !dbg !199
  store i64 %8, ptr %2, align 8, !dbg !199
  %9 = load i64, ptr %2, align 8, !dbg !200
  %10 = lshr i64 %9, 33, !dbg !201
  %11 = load i64, ptr %2, align 8, !dbg !202
  %12 = xor i64 %11, %10, !dbg !202
  store i64 %12, ptr %2, align 8, !dbg !202
  %13 = load i64, ptr %2, align 8, !dbg !203
  %14 = mul i64 %13, -4265267296055464877, !dbg !203
  store i64 %14, ptr %2, align 8, !dbg !203
  %15 = load i64, ptr %2, align 8, !dbg !204
  %16 = lshr i64 %15, 33, !dbg !205
  %17 = load i64, ptr %2, align 8, !dbg !206
  %18 = xor i64 %17, %16, !dbg !206
  store i64 %18, ptr %2, align 8, !dbg !206
  %19 = load i64, ptr %2, align 8, !dbg !207
  ret i64 %19, !dbg !208
}

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "crc_hash.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 16, type: !11, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "crc_hash.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 17, column: 5, scope: !9)
!14 = !DILocation(line: 18, column: 17, scope: !9)
!15 = !DILocation(line: 19, column: 23, scope: !9)
!16 = !DILocation(line: 19, column: 16, scope: !9)
!17 = !DILocation(line: 19, column: 12, scope: !9)
!18 = !DILocation(line: 20, column: 79, scope: !9)
!19 = !DILocation(line: 20, column: 82, scope: !9)
!20 = !DILocation(line: 20, column: 54, scope: !9)
!21 = !DILocation(line: 20, column: 111, scope: !9)
!22 = !DILocation(line: 20, column: 114, scope: !9)
!23 = !DILocation(line: 20, column: 86, scope: !9)
!24 = !DILocation(line: 20, column: 141, scope: !9)
!25 = !DILocation(line: 20, column: 144, scope: !9)
!26 = !DILocation(line: 20, column: 118, scope: !9)
!27 = !DILocation(line: 20, column: 191, scope: !9)
!28 = !DILocation(line: 20, column: 194, scope: !9)
!29 = !DILocation(line: 20, column: 168, scope: !9)
!30 = !DILocation(line: 20, column: 5, scope: !9)
!31 = !DILocation(line: 22, column: 17, scope: !9)
!32 = !DILocation(line: 22, column: 10, scope: !9)
!33 = !DILocation(line: 22, column: 24, scope: !9)
!34 = !DILocation(line: 22, column: 26, scope: !9)
!35 = !DILocation(line: 22, column: 5, scope: !9)
!36 = !DILocation(line: 22, column: 63, scope: !9)
!37 = !DILocation(line: 22, column: 54, scope: !9)
!38 = !DILocation(line: 22, column: 49, scope: !9)
!39 = !DILocation(line: 22, column: 45, scope: !9)
!40 = !DILocation(line: 22, column: 52, scope: !9)
!41 = !DILocation(line: 22, column: 41, scope: !9)
!42 = distinct !{!42, !35, !43, !44}
!43 = !DILocation(line: 22, column: 72, scope: !9)
!44 = !{!"llvm.loop.mustprogress"}
!45 = !DILocation(line: 23, column: 53, scope: !9)
!46 = !DILocation(line: 23, column: 79, scope: !9)
!47 = !DILocation(line: 23, column: 123, scope: !9)
!48 = !DILocation(line: 23, column: 5, scope: !9)
!49 = !DILocation(line: 24, column: 14, scope: !9)
!50 = !DILocation(line: 24, column: 37, scope: !9)
!51 = !DILocation(line: 24, column: 28, scope: !9)
!52 = !DILocation(line: 24, column: 44, scope: !9)
!53 = !DILocation(line: 24, column: 46, scope: !9)
!54 = !DILocation(line: 24, column: 23, scope: !9)
!55 = !DILocation(line: 24, column: 74, scope: !9)
!56 = !DILocation(line: 24, column: 76, scope: !9)
!57 = !DILocation(line: 24, column: 67, scope: !9)
!58 = !DILocation(line: 24, column: 64, scope: !9)
!59 = !DILocation(line: 24, column: 60, scope: !9)
!60 = !DILocation(line: 24, column: 56, scope: !9)
!61 = distinct !{!61, !54, !62, !44}
!62 = !DILocation(line: 24, column: 99, scope: !9)
!63 = !DILocation(line: 25, column: 65, scope: !9)
!64 = !DILocation(line: 25, column: 90, scope: !9)
!65 = !DILocation(line: 25, column: 5, scope: !9)
!66 = !DILocation(line: 26, column: 5, scope: !9)
!67 = distinct !DISubprogram(name: "crc_init", scope: !10, file: !10, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!68 = !DILocation(line: 7, column: 44, scope: !67)
!69 = !DILocation(line: 7, column: 35, scope: !67)
!70 = !DILocation(line: 7, column: 51, scope: !67)
!71 = !DILocation(line: 7, column: 53, scope: !67)
!72 = !DILocation(line: 7, column: 30, scope: !67)
!73 = !DILocation(line: 7, column: 80, scope: !67)
!74 = !DILocation(line: 7, column: 76, scope: !67)
!75 = !DILocation(line: 7, column: 92, scope: !67)
!76 = !DILocation(line: 7, column: 88, scope: !67)
!77 = !DILocation(line: 7, column: 99, scope: !67)
!78 = !DILocation(line: 7, column: 101, scope: !67)
!79 = !DILocation(line: 7, column: 83, scope: !67)
!80 = !DILocation(line: 7, column: 116, scope: !67)
!81 = !DILocation(line: 7, column: 118, scope: !67)
!82 = !DILocation(line: 7, column: 148, scope: !67)
!83 = !DILocation(line: 7, column: 150, scope: !67)
!84 = !DILocation(line: 7, column: 145, scope: !67)
!85 = !DILocation(line: 7, column: 139, scope: !67)
!86 = !DILocation(line: 7, column: 124, scope: !67)
!87 = !DILocation(line: 7, column: 113, scope: !67)
!88 = !DILocation(line: 7, column: 111, scope: !67)
!89 = !DILocation(line: 7, column: 107, scope: !67)
!90 = distinct !{!90, !79, !91, !44}
!91 = !DILocation(line: 7, column: 155, scope: !67)
!92 = !DILocation(line: 7, column: 173, scope: !67)
!93 = !DILocation(line: 7, column: 168, scope: !67)
!94 = !DILocation(line: 7, column: 158, scope: !67)
!95 = !DILocation(line: 7, column: 171, scope: !67)
!96 = !DILocation(line: 7, column: 176, scope: !67)
!97 = !DILocation(line: 7, column: 61, scope: !67)
!98 = distinct !{!98, !72, !96, !44}
!99 = !DILocation(line: 7, column: 178, scope: !67)
!100 = distinct !DISubprogram(name: "crc_tab", scope: !10, file: !10, line: 8, type: !11, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!101 = !DILocation(line: 8, column: 64, scope: !100)
!102 = !DILocation(line: 8, column: 73, scope: !100)
!103 = !DILocation(line: 8, column: 81, scope: !100)
!104 = !DILocation(line: 8, column: 100, scope: !100)
!105 = !DILocation(line: 8, column: 106, scope: !100)
!106 = !DILocation(line: 8, column: 104, scope: !100)
!107 = !DILocation(line: 8, column: 102, scope: !100)
!108 = !DILocation(line: 8, column: 110, scope: !100)
!109 = !DILocation(line: 8, column: 89, scope: !100)
!110 = !DILocation(line: 8, column: 121, scope: !100)
!111 = !DILocation(line: 8, column: 123, scope: !100)
!112 = !DILocation(line: 8, column: 118, scope: !100)
!113 = !DILocation(line: 8, column: 87, scope: !100)
!114 = distinct !{!114, !102, !115, !44}
!115 = !DILocation(line: 8, column: 127, scope: !100)
!116 = !DILocation(line: 8, column: 138, scope: !100)
!117 = !DILocation(line: 8, column: 137, scope: !100)
!118 = !DILocation(line: 8, column: 130, scope: !100)
!119 = distinct !DISubprogram(name: "crc_bit", scope: !10, file: !10, line: 9, type: !11, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!120 = !DILocation(line: 9, column: 64, scope: !119)
!121 = !DILocation(line: 9, column: 73, scope: !119)
!122 = !DILocation(line: 9, column: 81, scope: !119)
!123 = !DILocation(line: 9, column: 94, scope: !119)
!124 = !DILocation(line: 9, column: 92, scope: !119)
!125 = !DILocation(line: 9, column: 89, scope: !119)
!126 = !DILocation(line: 9, column: 107, scope: !119)
!127 = !DILocation(line: 9, column: 103, scope: !119)
!128 = !DILocation(line: 9, column: 114, scope: !119)
!129 = !DILocation(line: 9, column: 116, scope: !119)
!130 = !DILocation(line: 9, column: 98, scope: !119)
!131 = !DILocation(line: 9, column: 130, scope: !119)
!132 = !DILocation(line: 9, column: 132, scope: !119)
!133 = !DILocation(line: 9, column: 139, scope: !119)
!134 = !DILocation(line: 9, column: 141, scope: !119)
!135 = !DILocation(line: 9, column: 147, scope: !119)
!136 = !DILocation(line: 9, column: 163, scope: !119)
!137 = !DILocation(line: 9, column: 165, scope: !119)
!138 = !DILocation(line: 9, column: 128, scope: !119)
!139 = !DILocation(line: 9, column: 126, scope: !119)
!140 = !DILocation(line: 9, column: 122, scope: !119)
!141 = distinct !{!141, !130, !142, !44}
!142 = !DILocation(line: 9, column: 168, scope: !119)
!143 = distinct !{!143, !121, !144, !44}
!144 = !DILocation(line: 9, column: 171, scope: !119)
!145 = !DILocation(line: 9, column: 181, scope: !119)
!146 = !DILocation(line: 9, column: 180, scope: !119)
!147 = !DILocation(line: 9, column: 173, scope: !119)
!148 = distinct !DISubprogram(name: "adler", scope: !10, file: !10, line: 10, type: !11, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!149 = !DILocation(line: 10, column: 62, scope: !148)
!150 = !DILocation(line: 10, column: 69, scope: !148)
!151 = !DILocation(line: 10, column: 76, scope: !148)
!152 = !DILocation(line: 10, column: 84, scope: !148)
!153 = !DILocation(line: 10, column: 95, scope: !148)
!154 = !DILocation(line: 10, column: 101, scope: !148)
!155 = !DILocation(line: 10, column: 99, scope: !148)
!156 = !DILocation(line: 10, column: 97, scope: !148)
!157 = !DILocation(line: 10, column: 105, scope: !148)
!158 = !DILocation(line: 10, column: 92, scope: !148)
!159 = !DILocation(line: 10, column: 119, scope: !148)
!160 = !DILocation(line: 10, column: 123, scope: !148)
!161 = !DILocation(line: 10, column: 121, scope: !148)
!162 = !DILocation(line: 10, column: 126, scope: !148)
!163 = !DILocation(line: 10, column: 116, scope: !148)
!164 = distinct !{!164, !151, !165, !44}
!165 = !DILocation(line: 10, column: 135, scope: !148)
!166 = !DILocation(line: 10, column: 144, scope: !148)
!167 = !DILocation(line: 10, column: 146, scope: !148)
!168 = !DILocation(line: 10, column: 154, scope: !148)
!169 = !DILocation(line: 10, column: 152, scope: !148)
!170 = !DILocation(line: 10, column: 137, scope: !148)
!171 = distinct !DISubprogram(name: "fnv1a", scope: !10, file: !10, line: 11, type: !11, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!172 = !DILocation(line: 11, column: 62, scope: !171)
!173 = !DILocation(line: 11, column: 91, scope: !171)
!174 = !DILocation(line: 11, column: 99, scope: !171)
!175 = !DILocation(line: 11, column: 112, scope: !171)
!176 = !DILocation(line: 11, column: 110, scope: !171)
!177 = !DILocation(line: 11, column: 107, scope: !171)
!178 = !DILocation(line: 11, column: 118, scope: !171)
!179 = distinct !{!179, !173, !180, !44}
!180 = !DILocation(line: 11, column: 139, scope: !171)
!181 = !DILocation(line: 11, column: 148, scope: !171)
!182 = !DILocation(line: 11, column: 141, scope: !171)
!183 = distinct !DISubprogram(name: "xorshift", scope: !10, file: !10, line: 14, type: !11, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!184 = !DILocation(line: 14, column: 46, scope: !183)
!185 = !DILocation(line: 14, column: 55, scope: !183)
!186 = !DILocation(line: 14, column: 43, scope: !183)
!187 = !DILocation(line: 14, column: 74, scope: !183)
!188 = !DILocation(line: 14, column: 83, scope: !183)
!189 = !DILocation(line: 14, column: 71, scope: !183)
!190 = !DILocation(line: 14, column: 101, scope: !183)
!191 = !DILocation(line: 14, column: 110, scope: !183)
!192 = !DILocation(line: 14, column: 98, scope: !183)
!193 = !DILocation(line: 14, column: 124, scope: !183)
!194 = !DILocation(line: 14, column: 117, scope: !183)
!195 = distinct !DISubprogram(name: "fmix64", scope: !10, file: !10, line: 12, type: !11, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!196 = !DILocation(line: 12, column: 43, scope: !195)
!197 = !DILocation(line: 12, column: 45, scope: !195)
!198 = !DILocation(line: 12, column: 40, scope: !195)
!199 = !DILocation(line: 12, column: 54, scope: !195)
!200 = !DILocation(line: 12, column: 85, scope: !195)
!201 = !DILocation(line: 12, column: 87, scope: !195)
!202 = !DILocation(line: 12, column: 82, scope: !195)
!203 = !DILocation(line: 12, column: 96, scope: !195)
!204 = !DILocation(line: 12, column: 127, scope: !195)
!205 = !DILocation(line: 12, column: 129, scope: !195)
!206 = !DILocation(line: 12, column: 124, scope: !195)
!207 = !DILocation(line: 12, column: 143, scope: !195)
!208 = !DILocation(line: 12, column: 136, scope: !195)
