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

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
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
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef 15, i64 noundef 32, i64 noundef 32, i64 noundef 16), !dbg !17
  %13 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef 1, i64 noundef 5, i64 noundef 7, i64 noundef 12), !dbg !18
  call void @llvm.lifetime.start.p0(ptr %2) #6, !dbg !19
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !20
  store i32 0, ptr %3, align 4, !dbg !21, !tbaa !9
  br label %14, !dbg !20

14:                                               ; preds = %45, %0
  %15 = load i32, ptr %3, align 4, !dbg !22, !tbaa !9
  %16 = icmp slt i32 %15, 5, !dbg !23
  br i1 %16, label %18, label %17, !dbg !24

17:                                               ; preds = %14
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !25
  br label %48

18:                                               ; preds = %14
  %19 = load i32, ptr %3, align 4, !dbg !26, !tbaa !9
  %20 = trunc i32 %19 to i8, !dbg !27
  %21 = load i32, ptr %3, align 4, !dbg !28, !tbaa !9
  %22 = sext i32 %21 to i64, !dbg !29
  %23 = getelementptr inbounds [5 x %struct.rec], ptr %2, i64 0, i64 %22, !dbg !29
  %24 = getelementptr inbounds nuw %struct.rec, ptr %23, i32 0, i32 0, !dbg !30
  store i8 %20, ptr %24, align 1, !dbg !31, !tbaa !32
  %25 = load i32, ptr %3, align 4, !dbg !36, !tbaa !9
  %26 = mul i32 16909060, %25, !dbg !37
  %27 = load i32, ptr %3, align 4, !dbg !38, !tbaa !9
  %28 = sext i32 %27 to i64, !dbg !39
  %29 = getelementptr inbounds [5 x %struct.rec], ptr %2, i64 0, i64 %28, !dbg !39
  %30 = getelementptr inbounds nuw %struct.rec, ptr %29, i32 0, i32 1, !dbg !40
  store i32 %26, ptr %30, align 1, !dbg !41, !tbaa !42
  %31 = load i32, ptr %3, align 4, !dbg !43, !tbaa !9
  %32 = mul nsw i32 %31, 1000, !dbg !44
  %33 = trunc i32 %32 to i16, !dbg !45
  %34 = load i32, ptr %3, align 4, !dbg !46, !tbaa !9
  %35 = sext i32 %34 to i64, !dbg !47
  %36 = getelementptr inbounds [5 x %struct.rec], ptr %2, i64 0, i64 %35, !dbg !47
  %37 = getelementptr inbounds nuw %struct.rec, ptr %36, i32 0, i32 2, !dbg !48
  store i16 %33, ptr %37, align 1, !dbg !49, !tbaa !50
  %38 = load i32, ptr %3, align 4, !dbg !51, !tbaa !9
  %39 = sitofp i32 %38 to double, !dbg !51
  %40 = fdiv double %39, 4.000000e+00, !dbg !52
  %41 = load i32, ptr %3, align 4, !dbg !53, !tbaa !9
  %42 = sext i32 %41 to i64, !dbg !54
  %43 = getelementptr inbounds [5 x %struct.rec], ptr %2, i64 0, i64 %42, !dbg !54
  %44 = getelementptr inbounds nuw %struct.rec, ptr %43, i32 0, i32 3, !dbg !55
  store double %40, ptr %44, align 1, !dbg !56, !tbaa !57
  br label %45, !dbg !58

45:                                               ; preds = %18
  %46 = load i32, ptr %3, align 4, !dbg !59, !tbaa !9
  %47 = add nsw i32 %46, 1, !dbg !60
  store i32 %47, ptr %3, align 4, !dbg !61, !tbaa !9
  br label %14, !dbg !25, !llvm.loop !62

48:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !65
  store i64 0, ptr %4, align 8, !dbg !66, !tbaa !67
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !69
  store i32 0, ptr %5, align 4, !dbg !70, !tbaa !9
  br label %49, !dbg !69

49:                                               ; preds = %85, %48
  %50 = load i32, ptr %5, align 4, !dbg !71, !tbaa !9
  %51 = icmp slt i32 %50, 5, !dbg !72
  br i1 %51, label %53, label %52, !dbg !73

52:                                               ; preds = %49
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !74
  br label %88

53:                                               ; preds = %49
  %54 = load i64, ptr %4, align 8, !dbg !75, !tbaa !67
  %55 = mul i64 %54, 31, !dbg !76
  %56 = load i32, ptr %5, align 4, !dbg !77, !tbaa !9
  %57 = sext i32 %56 to i64, !dbg !78
  %58 = getelementptr inbounds [5 x %struct.rec], ptr %2, i64 0, i64 %57, !dbg !78
  %59 = getelementptr inbounds nuw %struct.rec, ptr %58, i32 0, i32 0, !dbg !79
  %60 = load i8, ptr %59, align 1, !dbg !79, !tbaa !32
  %61 = zext i8 %60 to i64, !dbg !78
  %62 = add i64 %55, %61, !dbg !80
  %63 = load i32, ptr %5, align 4, !dbg !81, !tbaa !9
  %64 = sext i32 %63 to i64, !dbg !82
  %65 = getelementptr inbounds [5 x %struct.rec], ptr %2, i64 0, i64 %64, !dbg !82
  %66 = getelementptr inbounds nuw %struct.rec, ptr %65, i32 0, i32 1, !dbg !83
  %67 = load i32, ptr %66, align 1, !dbg !83, !tbaa !42
  %68 = zext i32 %67 to i64, !dbg !82
  %69 = add i64 %62, %68, !dbg !84
  %70 = load i32, ptr %5, align 4, !dbg !85, !tbaa !9
  %71 = sext i32 %70 to i64, !dbg !86
  %72 = getelementptr inbounds [5 x %struct.rec], ptr %2, i64 0, i64 %71, !dbg !86
  %73 = getelementptr inbounds nuw %struct.rec, ptr %72, i32 0, i32 2, !dbg !87
  %74 = load i16, ptr %73, align 1, !dbg !87, !tbaa !50
  %75 = zext i16 %74 to i64, !dbg !86
  %76 = add i64 %69, %75, !dbg !88
  %77 = load i32, ptr %5, align 4, !dbg !89, !tbaa !9
  %78 = sext i32 %77 to i64, !dbg !90
  %79 = getelementptr inbounds [5 x %struct.rec], ptr %2, i64 0, i64 %78, !dbg !90
  %80 = getelementptr inbounds nuw %struct.rec, ptr %79, i32 0, i32 3, !dbg !91
  %81 = load double, ptr %80, align 1, !dbg !91, !tbaa !57
  %82 = fmul double %81, 1.000000e+02, !dbg !92
  %83 = fptoui double %82 to i64, !dbg !93
  %84 = add i64 %76, %83, !dbg !94
  store i64 %84, ptr %4, align 8, !dbg !95, !tbaa !67
  br label %85, !dbg !96

85:                                               ; preds = %53
  %86 = load i32, ptr %5, align 4, !dbg !97, !tbaa !9
  %87 = add nsw i32 %86, 1, !dbg !98
  store i32 %87, ptr %5, align 4, !dbg !99, !tbaa !9
  br label %49, !dbg !74, !llvm.loop !100

88:                                               ; preds = %52
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !102
  %89 = getelementptr inbounds [75 x i8], ptr %6, i64 0, i64 0, !dbg !103
  %90 = getelementptr inbounds [5 x %struct.rec], ptr %2, i64 0, i64 0, !dbg !103
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %89, ptr align 16 %90, i64 75, i1 false), !dbg !104
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !105
  store i64 0, ptr %7, align 8, !dbg !106, !tbaa !67
  br label %91, !dbg !105

91:                                               ; preds = %109, %88
  %92 = load i64, ptr %7, align 8, !dbg !107, !tbaa !67
  %93 = icmp ult i64 %92, 75, !dbg !108
  br i1 %93, label %95, label %94, !dbg !109

94:                                               ; preds = %91
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !110
  br label %112

95:                                               ; preds = %91
  %96 = load i64, ptr %4, align 8, !dbg !111, !tbaa !67
  %97 = mul i64 %96, 3, !dbg !112
  %98 = load i64, ptr %7, align 8, !dbg !113, !tbaa !67
  %99 = getelementptr inbounds nuw [75 x i8], ptr %6, i64 0, i64 %98, !dbg !114
  %100 = load i8, ptr %99, align 1, !dbg !114, !tbaa !115
  %101 = zext i8 %100 to i32, !dbg !114
  %102 = load i64, ptr %7, align 8, !dbg !116, !tbaa !67
  %103 = urem i64 %102, 5, !dbg !117
  %104 = icmp eq i64 %103, 0, !dbg !118
  %105 = zext i1 %104 to i32, !dbg !118
  %106 = mul nsw i32 %101, %105, !dbg !119
  %107 = sext i32 %106 to i64, !dbg !114
  %108 = add i64 %97, %107, !dbg !120
  store i64 %108, ptr %4, align 8, !dbg !121, !tbaa !67
  br label %109, !dbg !122

109:                                              ; preds = %95
  %110 = load i64, ptr %7, align 8, !dbg !123, !tbaa !67
  %111 = add i64 %110, 1, !dbg !124
  store i64 %111, ptr %7, align 8, !dbg !125, !tbaa !67
  br label %91, !dbg !110, !llvm.loop !126

112:                                              ; preds = %94
  %113 = load i64, ptr %4, align 8, !dbg !128, !tbaa !67
  %114 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %113), !dbg !129
  call void @llvm.lifetime.start.p0(ptr %8) #6, !dbg !130
  %115 = call ptr @mk_blob(i64 noundef 50), !dbg !131
  store ptr %115, ptr %8, align 8, !dbg !132, !tbaa !133
  call void @llvm.lifetime.start.p0(ptr %9) #6, !dbg !136
  store i64 0, ptr %9, align 8, !dbg !137, !tbaa !67
  call void @llvm.lifetime.start.p0(ptr %10) #6, !dbg !138
  store i64 0, ptr %10, align 8, !dbg !139, !tbaa !67
  br label %116, !dbg !138

116:                                              ; preds = %132, %112
  %117 = load i64, ptr %10, align 8, !dbg !140, !tbaa !67
  %118 = load ptr, ptr %8, align 8, !dbg !141, !tbaa !133
  %119 = getelementptr inbounds nuw %struct.blob, ptr %118, i32 0, i32 0, !dbg !142
  %120 = load i64, ptr %119, align 8, !dbg !142, !tbaa !67
  %121 = icmp ult i64 %117, %120, !dbg !143
  br i1 %121, label %123, label %122, !dbg !144

122:                                              ; preds = %116
  call void @llvm.lifetime.end.p0(ptr %10) #6, !dbg !145
  br label %135

123:                                              ; preds = %116
  %124 = load ptr, ptr %8, align 8, !dbg !146, !tbaa !133
  %125 = getelementptr inbounds nuw %struct.blob, ptr %124, i32 0, i32 2, !dbg !147
  %126 = load i64, ptr %10, align 8, !dbg !148, !tbaa !67
  %127 = getelementptr inbounds nuw [0 x i32], ptr %125, i64 0, i64 %126, !dbg !146
  %128 = load i32, ptr %127, align 4, !dbg !146, !tbaa !9
  %129 = sext i32 %128 to i64, !dbg !146
  %130 = load i64, ptr %9, align 8, !dbg !149, !tbaa !67
  %131 = add nsw i64 %130, %129, !dbg !150
  store i64 %131, ptr %9, align 8, !dbg !151, !tbaa !67
  br label %132, !dbg !152

132:                                              ; preds = %123
  %133 = load i64, ptr %10, align 8, !dbg !153, !tbaa !67
  %134 = add i64 %133, 1, !dbg !154
  store i64 %134, ptr %10, align 8, !dbg !155, !tbaa !67
  br label %116, !dbg !145, !llvm.loop !156

135:                                              ; preds = %122
  %136 = load ptr, ptr %8, align 8, !dbg !158, !tbaa !133
  %137 = getelementptr inbounds nuw %struct.blob, ptr %136, i32 0, i32 0, !dbg !159
  %138 = load i64, ptr %137, align 8, !dbg !159, !tbaa !67
  %139 = load ptr, ptr %8, align 8, !dbg !160, !tbaa !133
  %140 = getelementptr inbounds nuw %struct.blob, ptr %139, i32 0, i32 1, !dbg !161
  %141 = load i32, ptr %140, align 8, !dbg !161, !tbaa !9
  %142 = load i64, ptr %9, align 8, !dbg !162, !tbaa !67
  %143 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %138, i32 noundef %141, i64 noundef %142), !dbg !163
  %144 = load ptr, ptr %8, align 8, !dbg !164, !tbaa !133
  call void @free(ptr noundef %144) #6, !dbg !165
  call void @llvm.lifetime.start.p0(ptr %11) #6, !dbg !166
  %145 = getelementptr inbounds [3 x %struct.al], ptr %11, i64 0, i64 1, !dbg !167
  %146 = getelementptr inbounds [3 x %struct.al], ptr %11, i64 0, i64 0, !dbg !168
  %147 = ptrtoint ptr %145 to i64, !dbg !169
  %148 = ptrtoint ptr %146 to i64, !dbg !169
  %149 = sub i64 %147, %148, !dbg !169
  %150 = trunc i64 %149 to i32, !dbg !170
  %151 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %150), !dbg !171
  call void @llvm.lifetime.end.p0(ptr %11) #6, !dbg !172
  call void @llvm.lifetime.end.p0(ptr %9) #6, !dbg !172
  call void @llvm.lifetime.end.p0(ptr %8) #6, !dbg !172
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !172
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !172
  call void @llvm.lifetime.end.p0(ptr %2) #6, !dbg !172
  ret i32 0, !dbg !173
}

declare !dbg !174 i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nounwind uwtable
define internal ptr @mk_blob(i64 noundef %0) #0 !dbg !176 {
  %2 = alloca i64, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !67
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !177
  %5 = load i64, ptr %2, align 8, !dbg !178, !tbaa !67
  %6 = mul i64 %5, 4, !dbg !179
  %7 = add i64 16, %6, !dbg !180
  %8 = call noalias ptr @malloc(i64 noundef %7) #7, !dbg !181
  store ptr %8, ptr %3, align 8, !dbg !182, !tbaa !133
  %9 = load i64, ptr %2, align 8, !dbg !183, !tbaa !67
  %10 = load ptr, ptr %3, align 8, !dbg !184, !tbaa !133
  %11 = getelementptr inbounds nuw %struct.blob, ptr %10, i32 0, i32 0, !dbg !185
  store i64 %9, ptr %11, align 8, !dbg !186, !tbaa !67
  %12 = load ptr, ptr %3, align 8, !dbg !187, !tbaa !133
  %13 = getelementptr inbounds nuw %struct.blob, ptr %12, i32 0, i32 1, !dbg !188
  store i32 0, ptr %13, align 8, !dbg !189, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !190
  store i64 0, ptr %4, align 8, !dbg !191, !tbaa !67
  br label %14, !dbg !190

14:                                               ; preds = %38, %1
  %15 = load i64, ptr %4, align 8, !dbg !192, !tbaa !67
  %16 = load i64, ptr %2, align 8, !dbg !193, !tbaa !67
  %17 = icmp ult i64 %15, %16, !dbg !194
  br i1 %17, label %19, label %18, !dbg !195

18:                                               ; preds = %14
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !196
  br label %41

19:                                               ; preds = %14
  %20 = load i64, ptr %4, align 8, !dbg !197, !tbaa !67
  %21 = load i64, ptr %4, align 8, !dbg !198, !tbaa !67
  %22 = mul i64 %20, %21, !dbg !199
  %23 = urem i64 %22, 97, !dbg !200
  %24 = trunc i64 %23 to i32, !dbg !201
  %25 = load ptr, ptr %3, align 8, !dbg !202, !tbaa !133
  %26 = getelementptr inbounds nuw %struct.blob, ptr %25, i32 0, i32 2, !dbg !203
  %27 = load i64, ptr %4, align 8, !dbg !204, !tbaa !67
  %28 = getelementptr inbounds nuw [0 x i32], ptr %26, i64 0, i64 %27, !dbg !202
  store i32 %24, ptr %28, align 4, !dbg !205, !tbaa !9
  %29 = load ptr, ptr %3, align 8, !dbg !206, !tbaa !133
  %30 = getelementptr inbounds nuw %struct.blob, ptr %29, i32 0, i32 2, !dbg !207
  %31 = load i64, ptr %4, align 8, !dbg !208, !tbaa !67
  %32 = getelementptr inbounds nuw [0 x i32], ptr %30, i64 0, i64 %31, !dbg !206
  %33 = load i32, ptr %32, align 4, !dbg !206, !tbaa !9
  %34 = load ptr, ptr %3, align 8, !dbg !209, !tbaa !133
  %35 = getelementptr inbounds nuw %struct.blob, ptr %34, i32 0, i32 1, !dbg !210
  %36 = load i32, ptr %35, align 8, !dbg !211, !tbaa !9
  %37 = add i32 %36, %33, !dbg !212
  store i32 %37, ptr %35, align 8, !dbg !213, !tbaa !9
  br label %38, !dbg !214

38:                                               ; preds = %19
  %39 = load i64, ptr %4, align 8, !dbg !215, !tbaa !67
  %40 = add i64 %39, 1, !dbg !216
  store i64 %40, ptr %4, align 8, !dbg !217, !tbaa !67
  br label %14, !dbg !196, !llvm.loop !218

41:                                               ; preds = %18
  %42 = load ptr, ptr %3, align 8, !dbg !220, !tbaa !133
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !221
  ret ptr %42, !dbg !222
}

; Function Attrs: nounwind
declare !dbg !223 void @free(ptr noundef) #4

; Function Attrs: nounwind allocsize(0)
declare !dbg !225 noalias ptr @malloc(i64 noundef) #5

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { nounwind allocsize(0) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "packed_flex.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 19, type: !15, scopeLine: 19, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "packed_flex.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 20, column: 5, scope: !13)
!18 = !DILocation(line: 21, column: 5, scope: !13)
!19 = !DILocation(line: 22, column: 5, scope: !13)
!20 = !DILocation(line: 23, column: 10, scope: !13)
!21 = !DILocation(line: 23, column: 14, scope: !13, atomGroup: 1, atomRank: 1)
!22 = !DILocation(line: 23, column: 21, scope: !13)
!23 = !DILocation(line: 23, column: 23, scope: !13, atomGroup: 2, atomRank: 1)
!24 = !DILocation(line: 23, column: 5, scope: !13, atomGroup: 3, atomRank: 1)
!25 = !DILocation(line: 23, column: 5, scope: !13)
!26 = !DILocation(line: 23, column: 57, scope: !13, atomGroup: 4, atomRank: 3)
!27 = !DILocation(line: 23, column: 48, scope: !13, atomGroup: 4, atomRank: 2)
!28 = !DILocation(line: 23, column: 39, scope: !13)
!29 = !DILocation(line: 23, column: 35, scope: !13)
!30 = !DILocation(line: 23, column: 42, scope: !13)
!31 = !DILocation(line: 23, column: 46, scope: !13, atomGroup: 4, atomRank: 1)
!32 = !{!33, !11, i64 0}
!33 = !{!"rec", !11, i64 0, !10, i64 1, !34, i64 5, !35, i64 7}
!34 = !{!"short", !11, i64 0}
!35 = !{!"double", !11, i64 0}
!36 = !DILocation(line: 23, column: 97, scope: !13)
!37 = !DILocation(line: 23, column: 85, scope: !13, atomGroup: 5, atomRank: 2)
!38 = !DILocation(line: 23, column: 64, scope: !13)
!39 = !DILocation(line: 23, column: 60, scope: !13)
!40 = !DILocation(line: 23, column: 67, scope: !13)
!41 = !DILocation(line: 23, column: 71, scope: !13, atomGroup: 5, atomRank: 1)
!42 = !{!33, !10, i64 1}
!43 = !DILocation(line: 23, column: 122, scope: !13)
!44 = !DILocation(line: 23, column: 124, scope: !13, atomGroup: 6, atomRank: 3)
!45 = !DILocation(line: 23, column: 111, scope: !13, atomGroup: 6, atomRank: 2)
!46 = !DILocation(line: 23, column: 104, scope: !13)
!47 = !DILocation(line: 23, column: 100, scope: !13)
!48 = !DILocation(line: 23, column: 107, scope: !13)
!49 = !DILocation(line: 23, column: 109, scope: !13, atomGroup: 6, atomRank: 1)
!50 = !{!33, !34, i64 5}
!51 = !DILocation(line: 23, column: 144, scope: !13)
!52 = !DILocation(line: 23, column: 146, scope: !13, atomGroup: 7, atomRank: 2)
!53 = !DILocation(line: 23, column: 137, scope: !13)
!54 = !DILocation(line: 23, column: 133, scope: !13)
!55 = !DILocation(line: 23, column: 140, scope: !13)
!56 = !DILocation(line: 23, column: 142, scope: !13, atomGroup: 7, atomRank: 1)
!57 = !{!33, !35, i64 7}
!58 = !DILocation(line: 23, column: 153, scope: !13, atomGroup: 9, atomRank: 1)
!59 = !DILocation(line: 23, column: 29, scope: !13)
!60 = !DILocation(line: 23, column: 29, scope: !13, atomGroup: 8, atomRank: 2)
!61 = !DILocation(line: 23, column: 29, scope: !13, atomGroup: 8, atomRank: 1)
!62 = distinct !{!62, !25, !63, !64}
!63 = !DILocation(line: 23, column: 153, scope: !13)
!64 = !{!"llvm.loop.mustprogress"}
!65 = !DILocation(line: 24, column: 5, scope: !13)
!66 = !DILocation(line: 24, column: 14, scope: !13, atomGroup: 10, atomRank: 1)
!67 = !{!68, !68, i64 0}
!68 = !{!"long", !11, i64 0}
!69 = !DILocation(line: 25, column: 10, scope: !13)
!70 = !DILocation(line: 25, column: 14, scope: !13, atomGroup: 11, atomRank: 1)
!71 = !DILocation(line: 25, column: 21, scope: !13)
!72 = !DILocation(line: 25, column: 23, scope: !13, atomGroup: 12, atomRank: 1)
!73 = !DILocation(line: 25, column: 5, scope: !13, atomGroup: 13, atomRank: 1)
!74 = !DILocation(line: 25, column: 5, scope: !13)
!75 = !DILocation(line: 25, column: 37, scope: !13)
!76 = !DILocation(line: 25, column: 39, scope: !13)
!77 = !DILocation(line: 25, column: 50, scope: !13)
!78 = !DILocation(line: 25, column: 46, scope: !13)
!79 = !DILocation(line: 25, column: 53, scope: !13)
!80 = !DILocation(line: 25, column: 44, scope: !13)
!81 = !DILocation(line: 25, column: 63, scope: !13)
!82 = !DILocation(line: 25, column: 59, scope: !13)
!83 = !DILocation(line: 25, column: 66, scope: !13)
!84 = !DILocation(line: 25, column: 57, scope: !13)
!85 = !DILocation(line: 25, column: 76, scope: !13)
!86 = !DILocation(line: 25, column: 72, scope: !13)
!87 = !DILocation(line: 25, column: 79, scope: !13)
!88 = !DILocation(line: 25, column: 70, scope: !13)
!89 = !DILocation(line: 25, column: 98, scope: !13)
!90 = !DILocation(line: 25, column: 94, scope: !13)
!91 = !DILocation(line: 25, column: 101, scope: !13)
!92 = !DILocation(line: 25, column: 103, scope: !13)
!93 = !DILocation(line: 25, column: 83, scope: !13)
!94 = !DILocation(line: 25, column: 81, scope: !13, atomGroup: 14, atomRank: 2)
!95 = !DILocation(line: 25, column: 35, scope: !13, atomGroup: 14, atomRank: 1)
!96 = !DILocation(line: 25, column: 33, scope: !13, atomGroup: 16, atomRank: 1)
!97 = !DILocation(line: 25, column: 29, scope: !13)
!98 = !DILocation(line: 25, column: 29, scope: !13, atomGroup: 15, atomRank: 2)
!99 = !DILocation(line: 25, column: 29, scope: !13, atomGroup: 15, atomRank: 1)
!100 = distinct !{!100, !74, !101, !64}
!101 = !DILocation(line: 25, column: 108, scope: !13)
!102 = !DILocation(line: 26, column: 5, scope: !13)
!103 = !DILocation(line: 26, column: 38, scope: !13)
!104 = !DILocation(line: 26, column: 38, scope: !13, atomGroup: 17, atomRank: 1)
!105 = !DILocation(line: 27, column: 10, scope: !13)
!106 = !DILocation(line: 27, column: 17, scope: !13, atomGroup: 18, atomRank: 1)
!107 = !DILocation(line: 27, column: 24, scope: !13)
!108 = !DILocation(line: 27, column: 26, scope: !13, atomGroup: 19, atomRank: 1)
!109 = !DILocation(line: 27, column: 5, scope: !13, atomGroup: 20, atomRank: 1)
!110 = !DILocation(line: 27, column: 5, scope: !13)
!111 = !DILocation(line: 27, column: 49, scope: !13)
!112 = !DILocation(line: 27, column: 51, scope: !13)
!113 = !DILocation(line: 27, column: 63, scope: !13)
!114 = !DILocation(line: 27, column: 57, scope: !13)
!115 = !{!11, !11, i64 0}
!116 = !DILocation(line: 27, column: 69, scope: !13)
!117 = !DILocation(line: 27, column: 71, scope: !13)
!118 = !DILocation(line: 27, column: 75, scope: !13)
!119 = !DILocation(line: 27, column: 66, scope: !13)
!120 = !DILocation(line: 27, column: 55, scope: !13, atomGroup: 21, atomRank: 2)
!121 = !DILocation(line: 27, column: 47, scope: !13, atomGroup: 21, atomRank: 1)
!122 = !DILocation(line: 27, column: 45, scope: !13, atomGroup: 23, atomRank: 1)
!123 = !DILocation(line: 27, column: 41, scope: !13)
!124 = !DILocation(line: 27, column: 41, scope: !13, atomGroup: 22, atomRank: 2)
!125 = !DILocation(line: 27, column: 41, scope: !13, atomGroup: 22, atomRank: 1)
!126 = distinct !{!126, !110, !127, !64}
!127 = !DILocation(line: 27, column: 79, scope: !13)
!128 = !DILocation(line: 28, column: 44, scope: !13)
!129 = !DILocation(line: 28, column: 5, scope: !13)
!130 = !DILocation(line: 29, column: 5, scope: !13)
!131 = !DILocation(line: 29, column: 22, scope: !13, atomGroup: 24, atomRank: 2)
!132 = !DILocation(line: 29, column: 18, scope: !13, atomGroup: 24, atomRank: 1)
!133 = !{!134, !134, i64 0}
!134 = !{!"p1 _ZTS4blob", !135, i64 0}
!135 = !{!"any pointer", !11, i64 0}
!136 = !DILocation(line: 30, column: 5, scope: !13)
!137 = !DILocation(line: 30, column: 10, scope: !13, atomGroup: 25, atomRank: 1)
!138 = !DILocation(line: 30, column: 22, scope: !13)
!139 = !DILocation(line: 30, column: 29, scope: !13, atomGroup: 26, atomRank: 1)
!140 = !DILocation(line: 30, column: 36, scope: !13)
!141 = !DILocation(line: 30, column: 40, scope: !13)
!142 = !DILocation(line: 30, column: 43, scope: !13)
!143 = !DILocation(line: 30, column: 38, scope: !13, atomGroup: 27, atomRank: 1)
!144 = !DILocation(line: 30, column: 17, scope: !13, atomGroup: 28, atomRank: 1)
!145 = !DILocation(line: 30, column: 17, scope: !13)
!146 = !DILocation(line: 30, column: 56, scope: !13)
!147 = !DILocation(line: 30, column: 59, scope: !13)
!148 = !DILocation(line: 30, column: 64, scope: !13)
!149 = !DILocation(line: 30, column: 53, scope: !13)
!150 = !DILocation(line: 30, column: 53, scope: !13, atomGroup: 29, atomRank: 2)
!151 = !DILocation(line: 30, column: 53, scope: !13, atomGroup: 29, atomRank: 1)
!152 = !DILocation(line: 30, column: 51, scope: !13, atomGroup: 31, atomRank: 1)
!153 = !DILocation(line: 30, column: 47, scope: !13)
!154 = !DILocation(line: 30, column: 47, scope: !13, atomGroup: 30, atomRank: 2)
!155 = !DILocation(line: 30, column: 47, scope: !13, atomGroup: 30, atomRank: 1)
!156 = distinct !{!156, !145, !157, !64}
!157 = !DILocation(line: 30, column: 65, scope: !13)
!158 = !DILocation(line: 31, column: 33, scope: !13)
!159 = !DILocation(line: 31, column: 36, scope: !13)
!160 = !DILocation(line: 31, column: 39, scope: !13)
!161 = !DILocation(line: 31, column: 42, scope: !13)
!162 = !DILocation(line: 31, column: 47, scope: !13)
!163 = !DILocation(line: 31, column: 5, scope: !13)
!164 = !DILocation(line: 32, column: 10, scope: !13)
!165 = !DILocation(line: 32, column: 5, scope: !13)
!166 = !DILocation(line: 33, column: 5, scope: !13)
!167 = !DILocation(line: 34, column: 38, scope: !13)
!168 = !DILocation(line: 34, column: 55, scope: !13)
!169 = !DILocation(line: 34, column: 44, scope: !13)
!170 = !DILocation(line: 34, column: 23, scope: !13)
!171 = !DILocation(line: 34, column: 5, scope: !13)
!172 = !DILocation(line: 36, column: 1, scope: !13)
!173 = !DILocation(line: 35, column: 5, scope: !13, atomGroup: 33, atomRank: 1)
!174 = !DISubprogram(name: "printf", scope: !175, file: !175, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!175 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!176 = distinct !DISubprogram(name: "mk_blob", scope: !14, file: !14, line: 12, type: !15, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!177 = !DILocation(line: 13, column: 5, scope: !176)
!178 = !DILocation(line: 13, column: 41, scope: !176)
!179 = !DILocation(line: 13, column: 43, scope: !176)
!180 = !DILocation(line: 13, column: 39, scope: !176)
!181 = !DILocation(line: 13, column: 22, scope: !176, atomGroup: 1, atomRank: 2)
!182 = !DILocation(line: 13, column: 18, scope: !176, atomGroup: 1, atomRank: 1)
!183 = !DILocation(line: 14, column: 12, scope: !176, atomGroup: 2, atomRank: 2)
!184 = !DILocation(line: 14, column: 5, scope: !176)
!185 = !DILocation(line: 14, column: 8, scope: !176)
!186 = !DILocation(line: 14, column: 10, scope: !176, atomGroup: 2, atomRank: 1)
!187 = !DILocation(line: 14, column: 15, scope: !176)
!188 = !DILocation(line: 14, column: 18, scope: !176)
!189 = !DILocation(line: 14, column: 22, scope: !176, atomGroup: 3, atomRank: 1)
!190 = !DILocation(line: 15, column: 10, scope: !176)
!191 = !DILocation(line: 15, column: 17, scope: !176, atomGroup: 4, atomRank: 1)
!192 = !DILocation(line: 15, column: 24, scope: !176)
!193 = !DILocation(line: 15, column: 28, scope: !176)
!194 = !DILocation(line: 15, column: 26, scope: !176, atomGroup: 5, atomRank: 1)
!195 = !DILocation(line: 15, column: 5, scope: !176, atomGroup: 6, atomRank: 1)
!196 = !DILocation(line: 15, column: 5, scope: !176)
!197 = !DILocation(line: 15, column: 57, scope: !176)
!198 = !DILocation(line: 15, column: 61, scope: !176)
!199 = !DILocation(line: 15, column: 59, scope: !176)
!200 = !DILocation(line: 15, column: 63, scope: !176, atomGroup: 7, atomRank: 3)
!201 = !DILocation(line: 15, column: 51, scope: !176, atomGroup: 7, atomRank: 2)
!202 = !DILocation(line: 15, column: 38, scope: !176)
!203 = !DILocation(line: 15, column: 41, scope: !176)
!204 = !DILocation(line: 15, column: 46, scope: !176)
!205 = !DILocation(line: 15, column: 49, scope: !176, atomGroup: 7, atomRank: 1)
!206 = !DILocation(line: 15, column: 90, scope: !176)
!207 = !DILocation(line: 15, column: 93, scope: !176)
!208 = !DILocation(line: 15, column: 98, scope: !176)
!209 = !DILocation(line: 15, column: 70, scope: !176)
!210 = !DILocation(line: 15, column: 73, scope: !176)
!211 = !DILocation(line: 15, column: 77, scope: !176)
!212 = !DILocation(line: 15, column: 77, scope: !176, atomGroup: 8, atomRank: 2)
!213 = !DILocation(line: 15, column: 77, scope: !176, atomGroup: 8, atomRank: 1)
!214 = !DILocation(line: 15, column: 102, scope: !176, atomGroup: 10, atomRank: 1)
!215 = !DILocation(line: 15, column: 32, scope: !176)
!216 = !DILocation(line: 15, column: 32, scope: !176, atomGroup: 9, atomRank: 2)
!217 = !DILocation(line: 15, column: 32, scope: !176, atomGroup: 9, atomRank: 1)
!218 = distinct !{!218, !196, !219, !64}
!219 = !DILocation(line: 15, column: 102, scope: !176)
!220 = !DILocation(line: 16, column: 12, scope: !176, atomGroup: 12, atomRank: 2)
!221 = !DILocation(line: 17, column: 1, scope: !176)
!222 = !DILocation(line: 16, column: 5, scope: !176, atomGroup: 12, atomRank: 1)
!223 = !DISubprogram(name: "free", scope: !224, file: !224, line: 568, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!224 = !DIFile(filename: "/usr/include/stdlib.h", directory: "")
!225 = !DISubprogram(name: "malloc", scope: !224, file: !224, line: 553, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
