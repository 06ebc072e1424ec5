; ModuleID = 'strings.c'
source_filename = "strings.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.buf = private unnamed_addr constant [128 x i8] c"The quick brown fox\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00", align 16
@.str = private unnamed_addr constant [25 x i8] c" jumps over the lazy dog\00", align 1
@.str.1 = private unnamed_addr constant [10 x i8] c"%zu [%s]\0A\00", align 1
@.str.2 = private unnamed_addr constant [26 x i8] c"chr %td rchr %td str %td\0A\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"lazy\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"cmp %d %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"rev [%s]\0A\00", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c"move [%s]\0A\00", align 1
@__const.main.toks = private unnamed_addr constant [25 x i8] c"alpha,beta;;gamma, delta\00", align 16
@.str.7 = private unnamed_addr constant [4 x i8] c",; \00", align 1
@.str.8 = private unnamed_addr constant [7 x i8] c"%d:%s \00", align 1
@.str.9 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.10 = private unnamed_addr constant [21 x i8] c"Mixed Case 123 text!\00", align 1
@.str.11 = private unnamed_addr constant [28 x i8] c"up [%s] span=%zu cspan=%zu\0A\00", align 1
@.str.12 = private unnamed_addr constant [7 x i8] c"aaabbc\00", align 1
@.str.13 = private unnamed_addr constant [3 x i8] c"ab\00", align 1
@.str.14 = private unnamed_addr constant [12 x i8] c"hello world\00", align 1
@.str.15 = private unnamed_addr constant [2 x i8] c" \00", align 1
@.str.16 = private unnamed_addr constant [10 x i8] c"duplicate\00", align 1
@.str.17 = private unnamed_addr constant [16 x i8] c"dup %s %ld %lu\0A\00", align 1
@.str.18 = private unnamed_addr constant [6 x i8] c"-0x1f\00", align 1
@.str.19 = private unnamed_addr constant [4 x i8] c"777\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca [128 x i8], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca [128 x i8], align 16
  %7 = alloca [25 x i8], align 16
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca [64 x i8], align 16
  %11 = alloca i64, align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.buf, i64 128, i1 false), !dbg !13
  %14 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !14
  %15 = call ptr @strcat(ptr noundef %14, ptr noundef @.str) #6, !dbg !15
  %16 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !16
  %17 = call i64 @strlen(ptr noundef %16) #7, !dbg !17
  %18 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !18
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %17, ptr noundef %18), !dbg !19
  %20 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !20
  %21 = call ptr @strchr(ptr noundef %20, i32 noundef 113) #7, !dbg !21
  %22 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !22
  %23 = ptrtoint ptr %21 to i64, !dbg !23
  %24 = ptrtoint ptr %22 to i64, !dbg !23
  %25 = sub i64 %23, %24, !dbg !23
  %26 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !24
  %27 = call ptr @strrchr(ptr noundef %26, i32 noundef 111) #7, !dbg !25
  %28 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !26
  %29 = ptrtoint ptr %27 to i64, !dbg !27
  %30 = ptrtoint ptr %28 to i64, !dbg !27
  %31 = sub i64 %29, %30, !dbg !27
  %32 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !28
  %33 = call ptr @strstr(ptr noundef %32, ptr noundef @.str.3) #7, !dbg !29
  %34 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !30
  %35 = ptrtoint ptr %33 to i64, !dbg !31
  %36 = ptrtoint ptr %34 to i64, !dbg !31
  %37 = sub i64 %35, %36, !dbg !31
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %25, i64 noundef %31, i64 noundef %37), !dbg !32
  store i32 -1, ptr %3, align 4, !dbg !33
  store i32 0, ptr %4, align 4, !dbg !34
  store i32 -1, ptr %5, align 4, !dbg !35
  %39 = load i32, ptr %3, align 4, !dbg !36
  %40 = icmp slt i32 %39, 0, !dbg !37
  br i1 %40, label %41, label %42, !dbg !36

41:                                               ; preds = %0
  br label %46, !dbg !36

42:                                               ; preds = %0
  %43 = load i32, ptr %3, align 4, !dbg !38
  %44 = icmp sgt i32 %43, 0, !dbg !39
  %45 = zext i1 %44 to i32, !dbg !39
  br label %46, !dbg !36

46:                                               ; preds = %42, %41
  %47 = phi i32 [ -1, %41 ], [ %45, %42 ], !dbg !36
  %48 = load i32, ptr %4, align 4, !dbg !40
  %49 = load i32, ptr %5, align 4, !dbg !41
  %50 = icmp slt i32 %49, 0, !dbg !42
  br i1 %50, label %51, label %52, !dbg !41

51:                                               ; preds = %46
  br label %56, !dbg !41

52:                                               ; preds = %46
  %53 = load i32, ptr %5, align 4, !dbg !43
  %54 = icmp sgt i32 %53, 0, !dbg !44
  %55 = zext i1 %54 to i32, !dbg !44
  br label %56, !dbg !41

56:                                               ; preds = %52, %51
  %57 = phi i32 [ -1, %51 ], [ %55, %52 ], !dbg !41
  %58 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %47, i32 noundef %48, i32 noundef %57), !dbg !45
  %59 = getelementptr inbounds [128 x i8], ptr %6, i64 0, i64 0, !dbg !46
  %60 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !47
  %61 = call ptr @strncpy(ptr noundef %59, ptr noundef %60, i64 noundef 128) #6, !dbg !48
  %62 = getelementptr inbounds [128 x i8], ptr %6, i64 0, i64 0, !dbg !49
  call void @reverse(ptr noundef %62), !dbg !50
  %63 = getelementptr inbounds [128 x i8], ptr %6, i64 0, i64 0, !dbg !51
  %64 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef %63), !dbg !52
  %65 = getelementptr inbounds [128 x i8], ptr %6, i64 0, i64 0, !dbg !53
  %66 = getelementptr inbounds i8, ptr %65, i64 4, !dbg !53
  %67 = getelementptr inbounds [128 x i8], ptr %6, i64 0, i64 0, !dbg !53
  call void @llvm.memmove.p0.p0.i64(ptr align 4 %66, ptr align 16 %67, i64 10, i1 false), !dbg !53
  %68 = getelementptr inbounds [128 x i8], ptr %6, i64 0, i64 14, !dbg !54
  store i8 0, ptr %68, align 2, !dbg !55
  %69 = getelementptr inbounds [128 x i8], ptr %6, i64 0, i64 0, !dbg !56
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, ptr noundef %69), !dbg !57
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %7, ptr align 16 @__const.main.toks, i64 25, i1 false), !dbg !58
  store i32 0, ptr %8, align 4, !dbg !59
  %71 = getelementptr inbounds [25 x i8], ptr %7, i64 0, i64 0, !dbg !60
  %72 = call ptr @strtok(ptr noundef %71, ptr noundef @.str.7) #6, !dbg !61
  store ptr %72, ptr %9, align 8, !dbg !62
  br label %73, !dbg !63

73:                                               ; preds = %81, %56
  %74 = load ptr, ptr %9, align 8, !dbg !64
  %75 = icmp ne ptr %74, null, !dbg !65
  br i1 %75, label %76, label %83, !dbg !65

76:                                               ; preds = %73
  %77 = load i32, ptr %8, align 4, !dbg !66
  %78 = add nsw i32 %77, 1, !dbg !66
  store i32 %78, ptr %8, align 4, !dbg !66
  %79 = load ptr, ptr %9, align 8, !dbg !67
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %77, ptr noundef %79), !dbg !68
  br label %81, !dbg !68

81:                                               ; preds = %76
  %82 = call ptr @strtok(ptr noundef null, ptr noundef @.str.7) #6, !dbg !69
  store ptr %82, ptr %9, align 8, !dbg !70
  br label %73, !dbg !65, !llvm.loop !71

83:                                               ; preds = %73
  %84 = call i32 (ptr, ...) @printf(ptr noundef @.str.9), !dbg !74
  store i64 0, ptr %11, align 8, !dbg !75
  store ptr @.str.10, ptr %12, align 8, !dbg !76
  br label %85, !dbg !77

85:                                               ; preds = %131, %83
  %86 = load ptr, ptr %12, align 8, !dbg !78
  %87 = load i8, ptr %86, align 1, !dbg !79
  %88 = icmp ne i8 %87, 0, !dbg !80
  br i1 %88, label %89, label %134, !dbg !80

89:                                               ; preds = %85
  %90 = call ptr @__ctype_b_loc() #8, !dbg !81
  %91 = load ptr, ptr %90, align 8, !dbg !81
  %92 = load ptr, ptr %12, align 8, !dbg !82
  %93 = load i8, ptr %92, align 1, !dbg !83
  %94 = zext i8 %93 to i32, !dbg !81
  %95 = sext i32 %94 to i64, !dbg !81
  %96 = getelementptr inbounds i16, ptr %91, i64 %95, !dbg !81
  %97 = load i16, ptr %96, align 2, !dbg !81
  %98 = zext i16 %97 to i32, !dbg !81
  %99 = and i32 %98, 1024, !dbg !81
  %100 = icmp ne i32 %99, 0, !dbg !81
  br i1 %100, label %101, label %106, !dbg !81

101:                                              ; preds = %89
  %102 = load ptr, ptr %12, align 8, !dbg !84
  %103 = load i8, ptr %102, align 1, !dbg !85
  %104 = zext i8 %103 to i32, !dbg !86
  %105 = call i32 @toupper(i32 noundef %104) #7, !dbg !87
  br label %125, !dbg !81

106:                                              ; preds = %89
  %107 = call ptr @__ctype_b_loc() #8, !dbg !88
  %108 = load ptr, ptr %107, align 8, !dbg !88
  %109 = load ptr, ptr %12, align 8, !dbg !89
  %110 = load i8, ptr %109, align 1, !dbg !90
  %111 = zext i8 %110 to i32, !dbg !88
  %112 = sext i32 %111 to i64, !dbg !88
  %113 = getelementptr inbounds i16, ptr %108, i64 %112, !dbg !88
  %114 = load i16, ptr %113, align 2, !dbg !88
  %115 = zext i16 %114 to i32, !dbg !88
  %116 = and i32 %115, 2048, !dbg !88
  %117 = icmp ne i32 %116, 0, !dbg !88
  br i1 %117, label %118, label %119, !dbg !88

118:                                              ; preds = %106
  br label %123, !dbg !88

119:                                              ; preds = %106
  %120 = load ptr, ptr %12, align 8, !dbg !91
  %121 = load i8, ptr %120, align 1, !dbg !92
  %122 = sext i8 %121 to i32, !dbg !92
  br label %123, !dbg !88

123:                                              ; preds = %119, %118
  %124 = phi i32 [ 35, %118 ], [ %122, %119 ], !dbg !88
  br label %125, !dbg !81

125:                                              ; preds = %123, %101
  %126 = phi i32 [ %105, %101 ], [ %124, %123 ], !dbg !81
  %127 = trunc i32 %126 to i8, !dbg !93
  %128 = load i64, ptr %11, align 8, !dbg !94
  %129 = add i64 %128, 1, !dbg !94
  store i64 %129, ptr %11, align 8, !dbg !94
  %130 = getelementptr inbounds nuw [64 x i8], ptr %10, i64 0, i64 %128, !dbg !95
  store i8 %127, ptr %130, align 1, !dbg !96
  br label %131, !dbg !95

131:                                              ; preds = %125
  %132 = load ptr, ptr %12, align 8, !dbg !97
  %133 = getelementptr inbounds nuw i8, ptr %132, i32 1, !dbg !97
  store ptr %133, ptr %12, align 8, !dbg !97
  br label %85, !dbg !80, !llvm.loop !98

134:                                              ; preds = %85
  %135 = load i64, ptr %11, align 8, !dbg !100
  %136 = getelementptr inbounds nuw [64 x i8], ptr %10, i64 0, i64 %135, !dbg !101
  store i8 0, ptr %136, align 1, !dbg !102
  %137 = getelementptr inbounds [64 x i8], ptr %10, i64 0, i64 0, !dbg !103
  %138 = call i64 @strspn(ptr noundef @.str.12, ptr noundef @.str.13) #7, !dbg !104
  %139 = call i64 @strcspn(ptr noundef @.str.14, ptr noundef @.str.15) #7, !dbg !105
  %140 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %137, i64 noundef %138, i64 noundef %139), !dbg !106
  %141 = call noalias ptr @strdup(ptr noundef @.str.16) #6, !dbg !107
  store ptr %141, ptr %13, align 8, !dbg !108
  %142 = load ptr, ptr %13, align 8, !dbg !109
  %143 = getelementptr inbounds i8, ptr %142, i64 0, !dbg !109
  store i8 68, ptr %143, align 1, !dbg !110
  %144 = load ptr, ptr %13, align 8, !dbg !111
  %145 = call i64 @strtol(ptr noundef @.str.18, ptr noundef null, i32 noundef 16) #6, !dbg !112
  %146 = call i64 @strtoul(ptr noundef @.str.19, ptr noundef null, i32 noundef 8) #6, !dbg !113
  %147 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, ptr noundef %144, i64 noundef %145, i64 noundef %146), !dbg !114
  %148 = load ptr, ptr %13, align 8, !dbg !115
  call void @free(ptr noundef %148) #6, !dbg !116
  ret i32 0, !dbg !117
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: nounwind
declare ptr @strcat(ptr noundef, ptr noundef) #2

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #4

; Function Attrs: nounwind willreturn memory(read)
declare ptr @strchr(ptr noundef, i32 noundef) #4

; Function Attrs: nounwind willreturn memory(read)
declare ptr @strrchr(ptr noundef, i32 noundef) #4

; Function Attrs: nounwind willreturn memory(read)
declare ptr @strstr(ptr noundef, ptr noundef) #4

; Function Attrs: nounwind
declare ptr @strncpy(ptr noundef, ptr noundef, i64 noundef) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @reverse(ptr noundef %0) #0 !dbg !118 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i8, align 1
  store ptr %0, ptr %2, align 8
  %6 = load ptr, ptr %2, align 8, !dbg !119
  %7 = call i64 @strlen(ptr noundef %6) #7, !dbg !120
  store i64 %7, ptr %3, align 8, !dbg !121
  store i64 0, ptr %4, align 8, !dbg !122
  br label %8, !dbg !123

8:                                                ; preds = %35, %1
  %9 = load i64, ptr %4, align 8, !dbg !124
  %10 = load i64, ptr %3, align 8, !dbg !125
  %11 = udiv i64 %10, 2, !dbg !126
  %12 = icmp ult i64 %9, %11, !dbg !127
  br i1 %12, label %13, label %38, !dbg !128

13:                                               ; preds = %8
  %14 = load ptr, ptr %2, align 8, !dbg !129
  %15 = load i64, ptr %4, align 8, !dbg !130
  %16 = getelementptr inbounds nuw i8, ptr %14, i64 %15, !dbg !129
  %17 = load i8, ptr %16, align 1, !dbg !129
  store i8 %17, ptr %5, align 1, !dbg !131
  %18 = load ptr, ptr %2, align 8, !dbg !132
  %19 = load i64, ptr %3, align 8, !dbg !133
  %20 = sub i64 %19, 1, !dbg !134
  %21 = load i64, ptr %4, align 8, !dbg !135
  %22 = sub i64 %20, %21, !dbg !136
  %23 = getelementptr inbounds nuw i8, ptr %18, i64 %22, !dbg !132
  %24 = load i8, ptr %23, align 1, !dbg !132
  %25 = load ptr, ptr %2, align 8, !dbg !137
  %26 = load i64, ptr %4, align 8, !dbg !138
  %27 = getelementptr inbounds nuw i8, ptr %25, i64 %26, !dbg !137
  store i8 %24, ptr %27, align 1, !dbg !139
  %28 = load i8, ptr %5, align 1, !dbg !140
  %29 = load ptr, ptr %2, align 8, !dbg !141
  %30 = load i64, ptr %3, align 8, !dbg !142
  %31 = sub i64 %30, 1, !dbg !143
  %32 = load i64, ptr %4, align 8, !dbg !144
  %33 = sub i64 %31, %32, !dbg !145
  %34 = getelementptr inbounds nuw i8, ptr %29, i64 %33, !dbg !141
  store i8 %28, ptr %34, align 1, !dbg !146
  br label %35, !dbg !147

35:                                               ; preds = %13
  %36 = load i64, ptr %4, align 8, !dbg !148
  %37 = add i64 %36, 1, !dbg !148
  store i64 %37, ptr %4, align 8, !dbg !148
  br label %8, !dbg !128, !llvm.loop !149

38:                                               ; preds = %8
  ret void, !dbg !150
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr writeonly captures(none), ptr readonly captures(none), i64, i1 immarg) #1

; Function Attrs: nounwind
declare ptr @strtok(ptr noundef, ptr noundef) #2

; Function Attrs: nounwind willreturn memory(none)
declare ptr @__ctype_b_loc() #5

; Function Attrs: nounwind willreturn memory(read)
declare i32 @toupper(i32 noundef) #4

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strspn(ptr noundef, ptr noundef) #4

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strcspn(ptr noundef, ptr noundef) #4

; Function Attrs: nounwind
declare noalias ptr @strdup(ptr noundef) #2

; Function Attrs: nounwind
declare i64 @strtol(ptr noundef, ptr noundef, i32 noundef) #2

; Function Attrs: nounwind
declare i64 @strtoul(ptr noundef, ptr noundef, i32 noundef) #2

; Function Attrs: nounwind
declare void @free(ptr noundef) #2

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { nounwind willreturn memory(read) }
attributes #8 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "strings.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 9, type: !11, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "strings.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 10, column: 10, scope: !9)
!14 = !DILocation(line: 11, column: 12, scope: !9)
!15 = !DILocation(line: 11, column: 5, scope: !9)
!16 = !DILocation(line: 12, column: 33, scope: !9)
!17 = !DILocation(line: 12, column: 26, scope: !9)
!18 = !DILocation(line: 12, column: 39, scope: !9)
!19 = !DILocation(line: 12, column: 5, scope: !9)
!20 = !DILocation(line: 13, column: 49, scope: !9)
!21 = !DILocation(line: 13, column: 42, scope: !9)
!22 = !DILocation(line: 13, column: 61, scope: !9)
!23 = !DILocation(line: 13, column: 59, scope: !9)
!24 = !DILocation(line: 13, column: 74, scope: !9)
!25 = !DILocation(line: 13, column: 66, scope: !9)
!26 = !DILocation(line: 13, column: 86, scope: !9)
!27 = !DILocation(line: 13, column: 84, scope: !9)
!28 = !DILocation(line: 13, column: 98, scope: !9)
!29 = !DILocation(line: 13, column: 91, scope: !9)
!30 = !DILocation(line: 13, column: 113, scope: !9)
!31 = !DILocation(line: 13, column: 111, scope: !9)
!32 = !DILocation(line: 13, column: 5, scope: !9)
!33 = !DILocation(line: 14, column: 9, scope: !9)
!34 = !DILocation(line: 14, column: 42, scope: !9)
!35 = !DILocation(line: 14, column: 79, scope: !9)
!36 = !DILocation(line: 15, column: 30, scope: !9)
!37 = !DILocation(line: 15, column: 33, scope: !9)
!38 = !DILocation(line: 15, column: 44, scope: !9)
!39 = !DILocation(line: 15, column: 47, scope: !9)
!40 = !DILocation(line: 15, column: 52, scope: !9)
!41 = !DILocation(line: 15, column: 56, scope: !9)
!42 = !DILocation(line: 15, column: 59, scope: !9)
!43 = !DILocation(line: 15, column: 70, scope: !9)
!44 = !DILocation(line: 15, column: 73, scope: !9)
!45 = !DILocation(line: 15, column: 5, scope: !9)
!46 = !DILocation(line: 16, column: 29, scope: !9)
!47 = !DILocation(line: 16, column: 35, scope: !9)
!48 = !DILocation(line: 16, column: 21, scope: !9)
!49 = !DILocation(line: 16, column: 62, scope: !9)
!50 = !DILocation(line: 16, column: 54, scope: !9)
!51 = !DILocation(line: 17, column: 26, scope: !9)
!52 = !DILocation(line: 17, column: 5, scope: !9)
!53 = !DILocation(line: 18, column: 5, scope: !9)
!54 = !DILocation(line: 18, column: 34, scope: !9)
!55 = !DILocation(line: 18, column: 43, scope: !9)
!56 = !DILocation(line: 19, column: 27, scope: !9)
!57 = !DILocation(line: 19, column: 5, scope: !9)
!58 = !DILocation(line: 20, column: 10, scope: !9)
!59 = !DILocation(line: 21, column: 9, scope: !9)
!60 = !DILocation(line: 22, column: 27, scope: !9)
!61 = !DILocation(line: 22, column: 20, scope: !9)
!62 = !DILocation(line: 22, column: 16, scope: !9)
!63 = !DILocation(line: 22, column: 10, scope: !9)
!64 = !DILocation(line: 22, column: 41, scope: !9)
!65 = !DILocation(line: 22, column: 5, scope: !9)
!66 = !DILocation(line: 22, column: 87, scope: !9)
!67 = !DILocation(line: 22, column: 91, scope: !9)
!68 = !DILocation(line: 22, column: 69, scope: !9)
!69 = !DILocation(line: 22, column: 48, scope: !9)
!70 = !DILocation(line: 22, column: 46, scope: !9)
!71 = distinct !{!71, !65, !72, !73}
!72 = !DILocation(line: 22, column: 92, scope: !9)
!73 = !{!"llvm.loop.mustprogress"}
!74 = !DILocation(line: 23, column: 5, scope: !9)
!75 = !DILocation(line: 24, column: 25, scope: !9)
!76 = !DILocation(line: 25, column: 22, scope: !9)
!77 = !DILocation(line: 25, column: 10, scope: !9)
!78 = !DILocation(line: 25, column: 51, scope: !9)
!79 = !DILocation(line: 25, column: 50, scope: !9)
!80 = !DILocation(line: 25, column: 5, scope: !9)
!81 = !DILocation(line: 25, column: 76, scope: !9)
!82 = !DILocation(line: 25, column: 100, scope: !9)
!83 = !DILocation(line: 25, column: 99, scope: !9)
!84 = !DILocation(line: 25, column: 129, scope: !9)
!85 = !DILocation(line: 25, column: 128, scope: !9)
!86 = !DILocation(line: 25, column: 113, scope: !9)
!87 = !DILocation(line: 25, column: 105, scope: !9)
!88 = !DILocation(line: 25, column: 135, scope: !9)
!89 = !DILocation(line: 25, column: 159, scope: !9)
!90 = !DILocation(line: 25, column: 158, scope: !9)
!91 = !DILocation(line: 25, column: 171, scope: !9)
!92 = !DILocation(line: 25, column: 170, scope: !9)
!93 = !DILocation(line: 25, column: 69, scope: !9)
!94 = !DILocation(line: 25, column: 63, scope: !9)
!95 = !DILocation(line: 25, column: 59, scope: !9)
!96 = !DILocation(line: 25, column: 67, scope: !9)
!97 = !DILocation(line: 25, column: 55, scope: !9)
!98 = distinct !{!98, !80, !99, !73}
!99 = !DILocation(line: 25, column: 173, scope: !9)
!100 = !DILocation(line: 26, column: 8, scope: !9)
!101 = !DILocation(line: 26, column: 5, scope: !9)
!102 = !DILocation(line: 26, column: 11, scope: !9)
!103 = !DILocation(line: 27, column: 44, scope: !9)
!104 = !DILocation(line: 27, column: 48, scope: !9)
!105 = !DILocation(line: 27, column: 72, scope: !9)
!106 = !DILocation(line: 27, column: 5, scope: !9)
!107 = !DILocation(line: 28, column: 15, scope: !9)
!108 = !DILocation(line: 28, column: 11, scope: !9)
!109 = !DILocation(line: 28, column: 36, scope: !9)
!110 = !DILocation(line: 28, column: 41, scope: !9)
!111 = !DILocation(line: 29, column: 32, scope: !9)
!112 = !DILocation(line: 29, column: 35, scope: !9)
!113 = !DILocation(line: 29, column: 62, scope: !9)
!114 = !DILocation(line: 29, column: 5, scope: !9)
!115 = !DILocation(line: 30, column: 10, scope: !9)
!116 = !DILocation(line: 30, column: 5, scope: !9)
!117 = !DILocation(line: 31, column: 5, scope: !9)
!118 = distinct !DISubprogram(name: "reverse", scope: !10, file: !10, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!119 = !DILocation(line: 7, column: 50, scope: !118)
!120 = !DILocation(line: 7, column: 43, scope: !118)
!121 = !DILocation(line: 7, column: 39, scope: !118)
!122 = !DILocation(line: 7, column: 66, scope: !118)
!123 = !DILocation(line: 7, column: 59, scope: !118)
!124 = !DILocation(line: 7, column: 73, scope: !118)
!125 = !DILocation(line: 7, column: 77, scope: !118)
!126 = !DILocation(line: 7, column: 79, scope: !118)
!127 = !DILocation(line: 7, column: 75, scope: !118)
!128 = !DILocation(line: 7, column: 54, scope: !118)
!129 = !DILocation(line: 7, column: 100, scope: !118)
!130 = !DILocation(line: 7, column: 102, scope: !118)
!131 = !DILocation(line: 7, column: 96, scope: !118)
!132 = !DILocation(line: 7, column: 113, scope: !118)
!133 = !DILocation(line: 7, column: 115, scope: !118)
!134 = !DILocation(line: 7, column: 117, scope: !118)
!135 = !DILocation(line: 7, column: 123, scope: !118)
!136 = !DILocation(line: 7, column: 121, scope: !118)
!137 = !DILocation(line: 7, column: 106, scope: !118)
!138 = !DILocation(line: 7, column: 108, scope: !118)
!139 = !DILocation(line: 7, column: 111, scope: !118)
!140 = !DILocation(line: 7, column: 142, scope: !118)
!141 = !DILocation(line: 7, column: 127, scope: !118)
!142 = !DILocation(line: 7, column: 129, scope: !118)
!143 = !DILocation(line: 7, column: 131, scope: !118)
!144 = !DILocation(line: 7, column: 137, scope: !118)
!145 = !DILocation(line: 7, column: 135, scope: !118)
!146 = !DILocation(line: 7, column: 140, scope: !118)
!147 = !DILocation(line: 7, column: 145, scope: !118)
!148 = !DILocation(line: 7, column: 85, scope: !118)
!149 = distinct !{!149, !128, !147, !73}
!150 = !DILocation(line: 7, column: 147, scope: !118)
