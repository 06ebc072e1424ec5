; ModuleID = 'globals_static.c'
source_filename = "globals_static.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.anon = type { i32, ptr }

@global_counter = global i32 7, align 4
@.str = private unnamed_addr constant [4 x i8] c"%d \00", align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"hits %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"sbox %08x\0A\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"%s%c\00", align 1
@names = internal constant [5 x ptr] [ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11], align 16
@weights = internal constant [3 x [3 x double]] [[3 x double] [double 5.000000e-01, double 2.500000e-01, double 2.500000e-01], [3 x double] [double 1.000000e-01, double 8.000000e-01, double 1.000000e-01], [3 x double] [double 0x3FD5555555555555, double 0x3FD5555555555555, double 0x3FD5555555555555]], align 16
@.str.5 = private unnamed_addr constant [15 x i8] c"weights %.17g\0A\00", align 1
@global_array = global [64 x i64] zeroinitializer, align 16
@global_ptr = internal global ptr @global_counter, align 8
@.str.6 = private unnamed_addr constant [21 x i8] c"global %ld %d %d %s\0A\00", align 1
@next_id.id = internal global i32 100, align 4
@counter_hits.hits = internal global i32 0, align 4
@sbox = internal constant [16 x i8] c"\0C\05\06\0B\09\00\0A\0D\03\0E\0F\08\04\07\01\02", align 16
@.str.7 = private unnamed_addr constant [5 x i8] c"zero\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"one\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"two\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"three\00", align 1
@.str.11 = private unnamed_addr constant [5 x i8] c"four\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"cfg\00", align 1
@config = internal global { i32, [4 x i8], ptr } { i32 99, [4 x i8] zeroinitializer, ptr @.str.12 }, align 8

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4, !dbg !17
  store i32 0, ptr %2, align 4, !dbg !18, !tbaa !9
  br label %14, !dbg !17

14:                                               ; preds = %21, %0
  %15 = load i32, ptr %2, align 4, !dbg !19, !tbaa !9
  %16 = icmp slt i32 %15, 5, !dbg !20
  br i1 %16, label %18, label %17, !dbg !21

17:                                               ; preds = %14
  call void @llvm.lifetime.end.p0(ptr %2) #4, !dbg !22
  br label %24

18:                                               ; preds = %14
  %19 = call i32 @next_id(), !dbg !23
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %19), !dbg !24
  br label %21, !dbg !25

21:                                               ; preds = %18
  %22 = load i32, ptr %2, align 4, !dbg !26, !tbaa !9
  %23 = add nsw i32 %22, 1, !dbg !27
  store i32 %23, ptr %2, align 4, !dbg !28, !tbaa !9
  br label %14, !dbg !22, !llvm.loop !29

24:                                               ; preds = %17
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.1), !dbg !32
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !33
  store i32 0, ptr %3, align 4, !dbg !34, !tbaa !9
  br label %26, !dbg !33

26:                                               ; preds = %32, %24
  %27 = load i32, ptr %3, align 4, !dbg !35, !tbaa !9
  %28 = icmp slt i32 %27, 10, !dbg !36
  br i1 %28, label %30, label %29, !dbg !37

29:                                               ; preds = %26
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !38
  br label %35

30:                                               ; preds = %26
  %31 = call i32 @counter_hits(), !dbg !39
  br label %32, !dbg !40

32:                                               ; preds = %30
  %33 = load i32, ptr %3, align 4, !dbg !41, !tbaa !9
  %34 = add nsw i32 %33, 1, !dbg !42
  store i32 %34, ptr %3, align 4, !dbg !43, !tbaa !9
  br label %26, !dbg !38, !llvm.loop !44

35:                                               ; preds = %29
  %36 = call i32 @counter_hits(), !dbg !46
  %37 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %36), !dbg !47
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !48
  store i32 305419896, ptr %4, align 4, !dbg !49, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #4, !dbg !50
  store i32 0, ptr %5, align 4, !dbg !51, !tbaa !9
  br label %38, !dbg !50

38:                                               ; preds = %51, %35
  %39 = load i32, ptr %5, align 4, !dbg !52, !tbaa !9
  %40 = icmp slt i32 %39, 10, !dbg !53
  br i1 %40, label %42, label %41, !dbg !54

41:                                               ; preds = %38
  call void @llvm.lifetime.end.p0(ptr %5) #4, !dbg !55
  br label %54

42:                                               ; preds = %38
  %43 = load i32, ptr %4, align 4, !dbg !56, !tbaa !9
  %44 = call i32 @present_nibbles(i32 noundef %43), !dbg !57
  %45 = load i32, ptr %4, align 4, !dbg !58, !tbaa !9
  %46 = shl i32 %45, 3, !dbg !59
  %47 = load i32, ptr %4, align 4, !dbg !60, !tbaa !9
  %48 = lshr i32 %47, 29, !dbg !61
  %49 = or i32 %46, %48, !dbg !62
  %50 = xor i32 %44, %49, !dbg !63
  store i32 %50, ptr %4, align 4, !dbg !64, !tbaa !9
  br label %51, !dbg !65

51:                                               ; preds = %42
  %52 = load i32, ptr %5, align 4, !dbg !66, !tbaa !9
  %53 = add nsw i32 %52, 1, !dbg !67
  store i32 %53, ptr %5, align 4, !dbg !68, !tbaa !9
  br label %38, !dbg !55, !llvm.loop !69

54:                                               ; preds = %41
  %55 = load i32, ptr %4, align 4, !dbg !71, !tbaa !9
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %55), !dbg !72
  call void @llvm.lifetime.start.p0(ptr %6) #4, !dbg !73
  store i32 0, ptr %6, align 4, !dbg !74, !tbaa !9
  br label %57, !dbg !73

57:                                               ; preds = %71, %54
  %58 = load i32, ptr %6, align 4, !dbg !75, !tbaa !9
  %59 = icmp slt i32 %58, 5, !dbg !76
  br i1 %59, label %61, label %60, !dbg !77

60:                                               ; preds = %57
  call void @llvm.lifetime.end.p0(ptr %6) #4, !dbg !78
  br label %74

61:                                               ; preds = %57
  %62 = load i32, ptr %6, align 4, !dbg !79, !tbaa !9
  %63 = sext i32 %62 to i64, !dbg !80
  %64 = getelementptr inbounds [5 x ptr], ptr @names, i64 0, i64 %63, !dbg !80
  %65 = load ptr, ptr %64, align 8, !dbg !80, !tbaa !81
  %66 = load i32, ptr %6, align 4, !dbg !84, !tbaa !9
  %67 = icmp eq i32 %66, 4, !dbg !85
  %68 = zext i1 %67 to i64, !dbg !84
  %69 = select i1 %67, i32 10, i32 44, !dbg !84
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, ptr noundef %65, i32 noundef %69), !dbg !86
  br label %71, !dbg !87

71:                                               ; preds = %61
  %72 = load i32, ptr %6, align 4, !dbg !88, !tbaa !9
  %73 = add nsw i32 %72, 1, !dbg !89
  store i32 %73, ptr %6, align 4, !dbg !90, !tbaa !9
  br label %57, !dbg !78, !llvm.loop !91

74:                                               ; preds = %60
  call void @llvm.lifetime.start.p0(ptr %7) #4, !dbg !93
  store double 0.000000e+00, ptr %7, align 8, !dbg !94, !tbaa !95
  call void @llvm.lifetime.start.p0(ptr %8) #4, !dbg !97
  store i32 0, ptr %8, align 4, !dbg !98, !tbaa !9
  br label %75, !dbg !97

75:                                               ; preds = %103, %74
  %76 = load i32, ptr %8, align 4, !dbg !99, !tbaa !9
  %77 = icmp slt i32 %76, 3, !dbg !100
  br i1 %77, label %79, label %78, !dbg !101

78:                                               ; preds = %75
  store i32 14, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #4, !dbg !102
  br label %106

79:                                               ; preds = %75
  call void @llvm.lifetime.start.p0(ptr %10) #4, !dbg !103
  store i32 0, ptr %10, align 4, !dbg !104, !tbaa !9
  br label %80, !dbg !103

80:                                               ; preds = %99, %79
  %81 = load i32, ptr %10, align 4, !dbg !105, !tbaa !9
  %82 = icmp slt i32 %81, 3, !dbg !106
  br i1 %82, label %84, label %83, !dbg !107

83:                                               ; preds = %80
  store i32 17, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #4, !dbg !108
  br label %102

84:                                               ; preds = %80
  %85 = load i32, ptr %8, align 4, !dbg !109, !tbaa !9
  %86 = sext i32 %85 to i64, !dbg !110
  %87 = getelementptr inbounds [3 x [3 x double]], ptr @weights, i64 0, i64 %86, !dbg !110
  %88 = load i32, ptr %10, align 4, !dbg !111, !tbaa !9
  %89 = sext i32 %88 to i64, !dbg !110
  %90 = getelementptr inbounds [3 x double], ptr %87, i64 0, i64 %89, !dbg !110
  %91 = load double, ptr %90, align 8, !dbg !110, !tbaa !95
  %92 = load i32, ptr %8, align 4, !dbg !112, !tbaa !9
  %93 = load i32, ptr %10, align 4, !dbg !113, !tbaa !9
  %94 = mul nsw i32 2, %93, !dbg !114
  %95 = add nsw i32 %92, %94, !dbg !115
  %96 = sitofp i32 %95 to double, !dbg !116
  %97 = load double, ptr %7, align 8, !dbg !117, !tbaa !95
  %98 = call double @llvm.fmuladd.f64(double %91, double %96, double %97), !dbg !118
  store double %98, ptr %7, align 8, !dbg !119, !tbaa !95
  br label %99, !dbg !120

99:                                               ; preds = %84
  %100 = load i32, ptr %10, align 4, !dbg !121, !tbaa !9
  %101 = add nsw i32 %100, 1, !dbg !122
  store i32 %101, ptr %10, align 4, !dbg !123, !tbaa !9
  br label %80, !dbg !108, !llvm.loop !124

102:                                              ; preds = %83
  br label %103, !dbg !126

103:                                              ; preds = %102
  %104 = load i32, ptr %8, align 4, !dbg !127, !tbaa !9
  %105 = add nsw i32 %104, 1, !dbg !128
  store i32 %105, ptr %8, align 4, !dbg !129, !tbaa !9
  br label %75, !dbg !102, !llvm.loop !130

106:                                              ; preds = %78
  %107 = load double, ptr %7, align 8, !dbg !131, !tbaa !95
  %108 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %107), !dbg !132
  call void @llvm.lifetime.start.p0(ptr %11) #4, !dbg !133
  store i32 0, ptr %11, align 4, !dbg !134, !tbaa !9
  br label %109, !dbg !133

109:                                              ; preds = %122, %106
  %110 = load i32, ptr %11, align 4, !dbg !135, !tbaa !9
  %111 = icmp slt i32 %110, 64, !dbg !136
  br i1 %111, label %113, label %112, !dbg !137

112:                                              ; preds = %109
  store i32 20, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #4, !dbg !138
  br label %125

113:                                              ; preds = %109
  %114 = load i32, ptr %11, align 4, !dbg !139, !tbaa !9
  %115 = sext i32 %114 to i64, !dbg !140
  %116 = load i32, ptr @global_counter, align 4, !dbg !141, !tbaa !9
  %117 = sext i32 %116 to i64, !dbg !141
  %118 = mul nsw i64 %115, %117, !dbg !142
  %119 = load i32, ptr %11, align 4, !dbg !143, !tbaa !9
  %120 = sext i32 %119 to i64, !dbg !144
  %121 = getelementptr inbounds [64 x i64], ptr @global_array, i64 0, i64 %120, !dbg !144
  store i64 %118, ptr %121, align 8, !dbg !145, !tbaa !146
  br label %122, !dbg !148

122:                                              ; preds = %113
  %123 = load i32, ptr %11, align 4, !dbg !149, !tbaa !9
  %124 = add nsw i32 %123, 1, !dbg !150
  store i32 %124, ptr %11, align 4, !dbg !151, !tbaa !9
  br label %109, !dbg !138, !llvm.loop !152

125:                                              ; preds = %112
  %126 = load ptr, ptr @global_ptr, align 8, !dbg !153, !tbaa !154
  %127 = load i32, ptr %126, align 4, !dbg !156, !tbaa !9
  %128 = add nsw i32 %127, 5, !dbg !157
  store i32 %128, ptr %126, align 4, !dbg !158, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %12) #4, !dbg !159
  store i64 0, ptr %12, align 8, !dbg !160, !tbaa !146
  call void @llvm.lifetime.start.p0(ptr %13) #4, !dbg !161
  store i32 0, ptr %13, align 4, !dbg !162, !tbaa !9
  br label %129, !dbg !161

129:                                              ; preds = %140, %125
  %130 = load i32, ptr %13, align 4, !dbg !163, !tbaa !9
  %131 = icmp slt i32 %130, 64, !dbg !164
  br i1 %131, label %133, label %132, !dbg !165

132:                                              ; preds = %129
  store i32 23, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #4, !dbg !166
  br label %143

133:                                              ; preds = %129
  %134 = load i32, ptr %13, align 4, !dbg !167, !tbaa !9
  %135 = sext i32 %134 to i64, !dbg !168
  %136 = getelementptr inbounds [64 x i64], ptr @global_array, i64 0, i64 %135, !dbg !168
  %137 = load i64, ptr %136, align 8, !dbg !168, !tbaa !146
  %138 = load i64, ptr %12, align 8, !dbg !169, !tbaa !146
  %139 = add nsw i64 %138, %137, !dbg !170
  store i64 %139, ptr %12, align 8, !dbg !171, !tbaa !146
  br label %140, !dbg !172

140:                                              ; preds = %133
  %141 = load i32, ptr %13, align 4, !dbg !173, !tbaa !9
  %142 = add nsw i32 %141, 1, !dbg !174
  store i32 %142, ptr %13, align 4, !dbg !175, !tbaa !9
  br label %129, !dbg !166, !llvm.loop !176

143:                                              ; preds = %132
  %144 = load i64, ptr %12, align 8, !dbg !178, !tbaa !146
  %145 = load i32, ptr @global_counter, align 4, !dbg !179, !tbaa !9
  %146 = load i32, ptr @config, align 8, !dbg !180, !tbaa !181
  %147 = load ptr, ptr getelementptr inbounds nuw (%struct.anon, ptr @config, i32 0, i32 1), align 8, !dbg !183, !tbaa !184
  %148 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %144, i32 noundef %145, i32 noundef %146, ptr noundef %147), !dbg !185
  store i32 0, ptr %1, align 4, !dbg !186
  store i32 1, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #4, !dbg !187
  call void @llvm.lifetime.end.p0(ptr %7) #4, !dbg !187
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !187
  %149 = load i32, ptr %1, align 4, !dbg !188
  ret i32 %149, !dbg !189
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

declare !dbg !190 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind uwtable
define internal i32 @next_id() #0 !dbg !192 {
  %1 = load i32, ptr @next_id.id, align 4, !dbg !193, !tbaa !9
  %2 = add nsw i32 %1, 1, !dbg !194
  store i32 %2, ptr @next_id.id, align 4, !dbg !195, !tbaa !9
  ret i32 %1, !dbg !196
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal i32 @counter_hits() #0 !dbg !197 {
  %1 = load i32, ptr @counter_hits.hits, align 4, !dbg !198, !tbaa !9
  %2 = add i32 %1, 1, !dbg !199
  store i32 %2, ptr @counter_hits.hits, align 4, !dbg !200, !tbaa !9
  ret i32 %2, !dbg !201
}

; Function Attrs: nounwind uwtable
define internal i32 @present_nibbles(i32 noundef %0) #0 !dbg !202 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #4, !dbg !203
  store i32 0, ptr %3, align 4, !dbg !204, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #4, !dbg !205
  store i32 0, ptr %4, align 4, !dbg !206, !tbaa !9
  br label %5, !dbg !205

5:                                                ; preds = %24, %1
  %6 = load i32, ptr %4, align 4, !dbg !207, !tbaa !9
  %7 = icmp slt i32 %6, 8, !dbg !208
  br i1 %7, label %9, label %8, !dbg !209

8:                                                ; preds = %5
  call void @llvm.lifetime.end.p0(ptr %4) #4, !dbg !210
  br label %27

9:                                                ; preds = %5
  %10 = load i32, ptr %2, align 4, !dbg !211, !tbaa !9
  %11 = load i32, ptr %4, align 4, !dbg !212, !tbaa !9
  %12 = mul nsw i32 4, %11, !dbg !213
  %13 = lshr i32 %10, %12, !dbg !214
  %14 = and i32 %13, 15, !dbg !215
  %15 = zext i32 %14 to i64, !dbg !216
  %16 = getelementptr inbounds nuw [16 x i8], ptr @sbox, i64 0, i64 %15, !dbg !216
  %17 = load i8, ptr %16, align 1, !dbg !216, !tbaa !217
  %18 = zext i8 %17 to i32, !dbg !218
  %19 = load i32, ptr %4, align 4, !dbg !219, !tbaa !9
  %20 = mul nsw i32 4, %19, !dbg !220
  %21 = shl i32 %18, %20, !dbg !221
  %22 = load i32, ptr %3, align 4, !dbg !222, !tbaa !9
  %23 = or i32 %22, %21, !dbg !223
  store i32 %23, ptr %3, align 4, !dbg !224, !tbaa !9
  br label %24, !dbg !225

24:                                               ; preds = %9
  %25 = load i32, ptr %4, align 4, !dbg !226, !tbaa !9
  %26 = add nsw i32 %25, 1, !dbg !227
  store i32 %26, ptr %4, align 4, !dbg !228, !tbaa !9
  br label %5, !dbg !210, !llvm.loop !229

27:                                               ; preds = %8
  %28 = load i32, ptr %3, align 4, !dbg !231, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %3) #4, !dbg !232
  ret i32 %28, !dbg !233
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "globals_static.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 22, type: !15, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "globals_static.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 23, column: 10, scope: !13)
!18 = !DILocation(line: 23, column: 14, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !DILocation(line: 23, column: 21, scope: !13)
!20 = !DILocation(line: 23, column: 23, scope: !13, atomGroup: 2, atomRank: 1)
!21 = !DILocation(line: 23, column: 5, scope: !13, atomGroup: 3, atomRank: 1)
!22 = !DILocation(line: 23, column: 5, scope: !13)
!23 = !DILocation(line: 23, column: 47, scope: !13)
!24 = !DILocation(line: 23, column: 33, scope: !13)
!25 = !DILocation(line: 23, column: 33, scope: !13, atomGroup: 5, atomRank: 1)
!26 = !DILocation(line: 23, column: 29, scope: !13)
!27 = !DILocation(line: 23, column: 29, scope: !13, atomGroup: 4, atomRank: 2)
!28 = !DILocation(line: 23, column: 29, scope: !13, atomGroup: 4, atomRank: 1)
!29 = distinct !{!29, !22, !30, !31}
!30 = !DILocation(line: 23, column: 56, scope: !13)
!31 = !{!"llvm.loop.mustprogress"}
!32 = !DILocation(line: 24, column: 5, scope: !13)
!33 = !DILocation(line: 25, column: 10, scope: !13)
!34 = !DILocation(line: 25, column: 14, scope: !13, atomGroup: 6, atomRank: 1)
!35 = !DILocation(line: 25, column: 21, scope: !13)
!36 = !DILocation(line: 25, column: 23, scope: !13, atomGroup: 7, atomRank: 1)
!37 = !DILocation(line: 25, column: 5, scope: !13, atomGroup: 8, atomRank: 1)
!38 = !DILocation(line: 25, column: 5, scope: !13)
!39 = !DILocation(line: 25, column: 34, scope: !13)
!40 = !DILocation(line: 25, column: 34, scope: !13, atomGroup: 10, atomRank: 1)
!41 = !DILocation(line: 25, column: 30, scope: !13)
!42 = !DILocation(line: 25, column: 30, scope: !13, atomGroup: 9, atomRank: 2)
!43 = !DILocation(line: 25, column: 30, scope: !13, atomGroup: 9, atomRank: 1)
!44 = distinct !{!44, !38, !45, !31}
!45 = !DILocation(line: 25, column: 47, scope: !13)
!46 = !DILocation(line: 26, column: 25, scope: !13)
!47 = !DILocation(line: 26, column: 5, scope: !13)
!48 = !DILocation(line: 27, column: 5, scope: !13)
!49 = !DILocation(line: 27, column: 14, scope: !13, atomGroup: 11, atomRank: 1)
!50 = !DILocation(line: 28, column: 10, scope: !13)
!51 = !DILocation(line: 28, column: 14, scope: !13, atomGroup: 12, atomRank: 1)
!52 = !DILocation(line: 28, column: 21, scope: !13)
!53 = !DILocation(line: 28, column: 23, scope: !13, atomGroup: 13, atomRank: 1)
!54 = !DILocation(line: 28, column: 5, scope: !13, atomGroup: 14, atomRank: 1)
!55 = !DILocation(line: 28, column: 5, scope: !13)
!56 = !DILocation(line: 28, column: 54, scope: !13)
!57 = !DILocation(line: 28, column: 38, scope: !13)
!58 = !DILocation(line: 28, column: 60, scope: !13)
!59 = !DILocation(line: 28, column: 62, scope: !13)
!60 = !DILocation(line: 28, column: 69, scope: !13)
!61 = !DILocation(line: 28, column: 71, scope: !13)
!62 = !DILocation(line: 28, column: 67, scope: !13)
!63 = !DILocation(line: 28, column: 57, scope: !13, atomGroup: 15, atomRank: 2)
!64 = !DILocation(line: 28, column: 36, scope: !13, atomGroup: 15, atomRank: 1)
!65 = !DILocation(line: 28, column: 34, scope: !13, atomGroup: 17, atomRank: 1)
!66 = !DILocation(line: 28, column: 30, scope: !13)
!67 = !DILocation(line: 28, column: 30, scope: !13, atomGroup: 16, atomRank: 2)
!68 = !DILocation(line: 28, column: 30, scope: !13, atomGroup: 16, atomRank: 1)
!69 = distinct !{!69, !55, !70, !31}
!70 = !DILocation(line: 28, column: 76, scope: !13)
!71 = !DILocation(line: 29, column: 27, scope: !13)
!72 = !DILocation(line: 29, column: 5, scope: !13)
!73 = !DILocation(line: 30, column: 10, scope: !13)
!74 = !DILocation(line: 30, column: 14, scope: !13, atomGroup: 18, atomRank: 1)
!75 = !DILocation(line: 30, column: 21, scope: !13)
!76 = !DILocation(line: 30, column: 23, scope: !13, atomGroup: 19, atomRank: 1)
!77 = !DILocation(line: 30, column: 5, scope: !13, atomGroup: 20, atomRank: 1)
!78 = !DILocation(line: 30, column: 5, scope: !13)
!79 = !DILocation(line: 30, column: 54, scope: !13)
!80 = !DILocation(line: 30, column: 48, scope: !13)
!81 = !{!82, !82, i64 0}
!82 = !{!"p1 omnipotent char", !83, i64 0}
!83 = !{!"any pointer", !11, i64 0}
!84 = !DILocation(line: 30, column: 58, scope: !13)
!85 = !DILocation(line: 30, column: 60, scope: !13)
!86 = !DILocation(line: 30, column: 33, scope: !13)
!87 = !DILocation(line: 30, column: 33, scope: !13, atomGroup: 22, atomRank: 1)
!88 = !DILocation(line: 30, column: 29, scope: !13)
!89 = !DILocation(line: 30, column: 29, scope: !13, atomGroup: 21, atomRank: 2)
!90 = !DILocation(line: 30, column: 29, scope: !13, atomGroup: 21, atomRank: 1)
!91 = distinct !{!91, !78, !92, !31}
!92 = !DILocation(line: 30, column: 77, scope: !13)
!93 = !DILocation(line: 31, column: 5, scope: !13)
!94 = !DILocation(line: 31, column: 12, scope: !13, atomGroup: 23, atomRank: 1)
!95 = !{!96, !96, i64 0}
!96 = !{!"double", !11, i64 0}
!97 = !DILocation(line: 31, column: 24, scope: !13)
!98 = !DILocation(line: 31, column: 28, scope: !13, atomGroup: 24, atomRank: 1)
!99 = !DILocation(line: 31, column: 35, scope: !13)
!100 = !DILocation(line: 31, column: 37, scope: !13, atomGroup: 25, atomRank: 1)
!101 = !DILocation(line: 31, column: 19, scope: !13, atomGroup: 26, atomRank: 1)
!102 = !DILocation(line: 31, column: 19, scope: !13)
!103 = !DILocation(line: 31, column: 52, scope: !13)
!104 = !DILocation(line: 31, column: 56, scope: !13, atomGroup: 27, atomRank: 1)
!105 = !DILocation(line: 31, column: 63, scope: !13)
!106 = !DILocation(line: 31, column: 65, scope: !13, atomGroup: 28, atomRank: 1)
!107 = !DILocation(line: 31, column: 47, scope: !13, atomGroup: 29, atomRank: 1)
!108 = !DILocation(line: 31, column: 47, scope: !13)
!109 = !DILocation(line: 31, column: 88, scope: !13)
!110 = !DILocation(line: 31, column: 80, scope: !13)
!111 = !DILocation(line: 31, column: 91, scope: !13)
!112 = !DILocation(line: 31, column: 97, scope: !13)
!113 = !DILocation(line: 31, column: 105, scope: !13)
!114 = !DILocation(line: 31, column: 103, scope: !13)
!115 = !DILocation(line: 31, column: 99, scope: !13)
!116 = !DILocation(line: 31, column: 96, scope: !13)
!117 = !DILocation(line: 31, column: 77, scope: !13)
!118 = !DILocation(line: 31, column: 77, scope: !13, atomGroup: 30, atomRank: 2)
!119 = !DILocation(line: 31, column: 77, scope: !13, atomGroup: 30, atomRank: 1)
!120 = !DILocation(line: 31, column: 75, scope: !13, atomGroup: 32, atomRank: 1)
!121 = !DILocation(line: 31, column: 71, scope: !13)
!122 = !DILocation(line: 31, column: 71, scope: !13, atomGroup: 31, atomRank: 2)
!123 = !DILocation(line: 31, column: 71, scope: !13, atomGroup: 31, atomRank: 1)
!124 = distinct !{!124, !108, !125, !31}
!125 = !DILocation(line: 31, column: 106, scope: !13)
!126 = !DILocation(line: 31, column: 106, scope: !13, atomGroup: 34, atomRank: 1)
!127 = !DILocation(line: 31, column: 43, scope: !13)
!128 = !DILocation(line: 31, column: 43, scope: !13, atomGroup: 33, atomRank: 2)
!129 = !DILocation(line: 31, column: 43, scope: !13, atomGroup: 33, atomRank: 1)
!130 = distinct !{!130, !102, !125, !31}
!131 = !DILocation(line: 32, column: 31, scope: !13)
!132 = !DILocation(line: 32, column: 5, scope: !13)
!133 = !DILocation(line: 33, column: 10, scope: !13)
!134 = !DILocation(line: 33, column: 14, scope: !13, atomGroup: 35, atomRank: 1)
!135 = !DILocation(line: 33, column: 21, scope: !13)
!136 = !DILocation(line: 33, column: 23, scope: !13, atomGroup: 36, atomRank: 1)
!137 = !DILocation(line: 33, column: 5, scope: !13, atomGroup: 37, atomRank: 1)
!138 = !DILocation(line: 33, column: 5, scope: !13)
!139 = !DILocation(line: 33, column: 58, scope: !13)
!140 = !DILocation(line: 33, column: 52, scope: !13)
!141 = !DILocation(line: 33, column: 62, scope: !13)
!142 = !DILocation(line: 33, column: 60, scope: !13, atomGroup: 38, atomRank: 2)
!143 = !DILocation(line: 33, column: 47, scope: !13)
!144 = !DILocation(line: 33, column: 34, scope: !13)
!145 = !DILocation(line: 33, column: 50, scope: !13, atomGroup: 38, atomRank: 1)
!146 = !{!147, !147, i64 0}
!147 = !{!"long", !11, i64 0}
!148 = !DILocation(line: 33, column: 34, scope: !13, atomGroup: 40, atomRank: 1)
!149 = !DILocation(line: 33, column: 30, scope: !13)
!150 = !DILocation(line: 33, column: 30, scope: !13, atomGroup: 39, atomRank: 2)
!151 = !DILocation(line: 33, column: 30, scope: !13, atomGroup: 39, atomRank: 1)
!152 = distinct !{!152, !138, !141, !31}
!153 = !DILocation(line: 34, column: 6, scope: !13)
!154 = !{!155, !155, i64 0}
!155 = !{!"p1 int", !83, i64 0}
!156 = !DILocation(line: 34, column: 17, scope: !13)
!157 = !DILocation(line: 34, column: 17, scope: !13, atomGroup: 41, atomRank: 2)
!158 = !DILocation(line: 34, column: 17, scope: !13, atomGroup: 41, atomRank: 1)
!159 = !DILocation(line: 35, column: 5, scope: !13)
!160 = !DILocation(line: 35, column: 10, scope: !13, atomGroup: 42, atomRank: 1)
!161 = !DILocation(line: 35, column: 22, scope: !13)
!162 = !DILocation(line: 35, column: 26, scope: !13, atomGroup: 43, atomRank: 1)
!163 = !DILocation(line: 35, column: 33, scope: !13)
!164 = !DILocation(line: 35, column: 35, scope: !13, atomGroup: 44, atomRank: 1)
!165 = !DILocation(line: 35, column: 17, scope: !13, atomGroup: 45, atomRank: 1)
!166 = !DILocation(line: 35, column: 17, scope: !13)
!167 = !DILocation(line: 35, column: 64, scope: !13)
!168 = !DILocation(line: 35, column: 51, scope: !13)
!169 = !DILocation(line: 35, column: 48, scope: !13)
!170 = !DILocation(line: 35, column: 48, scope: !13, atomGroup: 46, atomRank: 2)
!171 = !DILocation(line: 35, column: 48, scope: !13, atomGroup: 46, atomRank: 1)
!172 = !DILocation(line: 35, column: 46, scope: !13, atomGroup: 48, atomRank: 1)
!173 = !DILocation(line: 35, column: 42, scope: !13)
!174 = !DILocation(line: 35, column: 42, scope: !13, atomGroup: 47, atomRank: 2)
!175 = !DILocation(line: 35, column: 42, scope: !13, atomGroup: 47, atomRank: 1)
!176 = distinct !{!176, !166, !177, !31}
!177 = !DILocation(line: 35, column: 65, scope: !13)
!178 = !DILocation(line: 36, column: 37, scope: !13)
!179 = !DILocation(line: 36, column: 40, scope: !13)
!180 = !DILocation(line: 36, column: 63, scope: !13)
!181 = !{!182, !10, i64 0}
!182 = !{!"", !10, i64 0, !82, i64 8}
!183 = !DILocation(line: 36, column: 73, scope: !13)
!184 = !{!182, !82, i64 8}
!185 = !DILocation(line: 36, column: 5, scope: !13)
!186 = !DILocation(line: 37, column: 5, scope: !13, atomGroup: 49, atomRank: 1)
!187 = !DILocation(line: 38, column: 1, scope: !13)
!188 = !DILocation(line: 38, column: 1, scope: !13, atomGroup: 50, atomRank: 2)
!189 = !DILocation(line: 38, column: 1, scope: !13, atomGroup: 50, atomRank: 1)
!190 = !DISubprogram(name: "printf", scope: !191, file: !191, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!191 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!192 = distinct !DISubprogram(name: "next_id", scope: !14, file: !14, line: 13, type: !15, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!193 = !DILocation(line: 13, column: 58, scope: !192, atomGroup: 1, atomRank: 2)
!194 = !DILocation(line: 13, column: 58, scope: !192, atomGroup: 2, atomRank: 2)
!195 = !DILocation(line: 13, column: 58, scope: !192, atomGroup: 2, atomRank: 1)
!196 = !DILocation(line: 13, column: 49, scope: !192, atomGroup: 1, atomRank: 1)
!197 = distinct !DISubprogram(name: "counter_hits", scope: !14, file: !14, line: 14, type: !15, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!198 = !DILocation(line: 14, column: 67, scope: !197)
!199 = !DILocation(line: 14, column: 67, scope: !197, atomGroup: 1, atomRank: 2)
!200 = !DILocation(line: 14, column: 67, scope: !197, atomGroup: 2, atomRank: 1)
!201 = !DILocation(line: 14, column: 60, scope: !197, atomGroup: 1, atomRank: 1)
!202 = distinct !DISubprogram(name: "present_nibbles", scope: !14, file: !14, line: 16, type: !15, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!203 = !DILocation(line: 17, column: 5, scope: !202)
!204 = !DILocation(line: 17, column: 14, scope: !202, atomGroup: 1, atomRank: 1)
!205 = !DILocation(line: 18, column: 10, scope: !202)
!206 = !DILocation(line: 18, column: 14, scope: !202, atomGroup: 2, atomRank: 1)
!207 = !DILocation(line: 18, column: 21, scope: !202)
!208 = !DILocation(line: 18, column: 23, scope: !202, atomGroup: 3, atomRank: 1)
!209 = !DILocation(line: 18, column: 5, scope: !202, atomGroup: 4, atomRank: 1)
!210 = !DILocation(line: 18, column: 5, scope: !202)
!211 = !DILocation(line: 18, column: 54, scope: !202)
!212 = !DILocation(line: 18, column: 64, scope: !202)
!213 = !DILocation(line: 18, column: 62, scope: !202)
!214 = !DILocation(line: 18, column: 56, scope: !202)
!215 = !DILocation(line: 18, column: 68, scope: !202)
!216 = !DILocation(line: 18, column: 48, scope: !202)
!217 = !{!11, !11, i64 0}
!218 = !DILocation(line: 18, column: 38, scope: !202)
!219 = !DILocation(line: 18, column: 83, scope: !202)
!220 = !DILocation(line: 18, column: 81, scope: !202)
!221 = !DILocation(line: 18, column: 75, scope: !202)
!222 = !DILocation(line: 18, column: 35, scope: !202)
!223 = !DILocation(line: 18, column: 35, scope: !202, atomGroup: 5, atomRank: 2)
!224 = !DILocation(line: 18, column: 35, scope: !202, atomGroup: 5, atomRank: 1)
!225 = !DILocation(line: 18, column: 33, scope: !202, atomGroup: 7, atomRank: 1)
!226 = !DILocation(line: 18, column: 29, scope: !202)
!227 = !DILocation(line: 18, column: 29, scope: !202, atomGroup: 6, atomRank: 2)
!228 = !DILocation(line: 18, column: 29, scope: !202, atomGroup: 6, atomRank: 1)
!229 = distinct !{!229, !210, !230, !31}
!230 = !DILocation(line: 18, column: 84, scope: !202)
!231 = !DILocation(line: 19, column: 12, scope: !202, atomGroup: 9, atomRank: 2)
!232 = !DILocation(line: 20, column: 1, scope: !202)
!233 = !DILocation(line: 19, column: 5, scope: !202, atomGroup: 9, atomRank: 1)
