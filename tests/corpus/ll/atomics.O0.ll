; ModuleID = 'atomics.c'
source_filename = "atomics.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.atomic_flag = type { i8 }

@.str = private unnamed_addr constant [26 x i8] c"ops %d %d %d %d %d %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [9 x i8] c"byte %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"flag %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [28 x i8] c"total %ld bits %u max %lld\0A\00", align 1
@shared_total = internal global i64 0, align 8
@bits = internal global i32 0, align 4
@max_seen = internal global i64 -9223372036854775808, align 8
@main.cells = internal global [4 x i32] [i32 1, i32 2, i32 3, i32 4], align 16
@.str.4 = private unnamed_addr constant [11 x i8] c"ptr %d %d\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i8, align 1
  %14 = alloca i32, align 4
  %15 = alloca i8, align 1
  %16 = alloca i8, align 1
  %17 = alloca i32, align 4
  %18 = alloca i8, align 1
  %19 = alloca i32, align 4
  %20 = alloca i8, align 1
  %21 = alloca i8, align 1
  %22 = alloca i8, align 1
  %23 = alloca i8, align 1
  %24 = alloca i8, align 1
  %25 = alloca i8, align 1
  %26 = alloca %struct.atomic_flag, align 1
  %27 = alloca i32, align 4
  %28 = alloca i8, align 1
  %29 = alloca i8, align 1
  %30 = alloca i32, align 4
  %31 = alloca i8, align 1
  %32 = alloca i8, align 1
  %33 = alloca i8, align 1
  %34 = alloca [2 x i64], align 16
  %35 = alloca i64, align 8
  %36 = alloca i32, align 4
  %37 = alloca i64, align 8
  %38 = alloca i32, align 4
  %39 = alloca i64, align 8
  %40 = alloca ptr, align 8
  %41 = alloca ptr, align 8
  %42 = alloca ptr, align 8
  %43 = alloca ptr, align 8
  %44 = alloca ptr, align 8
  %45 = alloca ptr, align 8
  %46 = alloca i8, align 1
  %47 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  store i32 10, ptr %2, align 4, !dbg !13
  store i32 5, ptr %4, align 4, !dbg !14
  %48 = load i32, ptr %4, align 4, !dbg !14
  %49 = atomicrmw add ptr %2, i32 %48 seq_cst, align 4, !dbg !14
  store i32 %49, ptr %5, align 4, !dbg !14
  %50 = load i32, ptr %5, align 4, !dbg !14
  store i32 %50, ptr %3, align 4, !dbg !15
  store i32 3, ptr %7, align 4, !dbg !16
  %51 = load i32, ptr %7, align 4, !dbg !16
  %52 = atomicrmw sub ptr %2, i32 %51 seq_cst, align 4, !dbg !16
  store i32 %52, ptr %8, align 4, !dbg !16
  %53 = load i32, ptr %8, align 4, !dbg !16
  store i32 %53, ptr %6, align 4, !dbg !17
  store i32 100, ptr %10, align 4, !dbg !18
  %54 = load i32, ptr %10, align 4, !dbg !18
  %55 = atomicrmw xchg ptr %2, i32 %54 seq_cst, align 4, !dbg !18
  store i32 %55, ptr %11, align 4, !dbg !18
  %56 = load i32, ptr %11, align 4, !dbg !18
  store i32 %56, ptr %9, align 4, !dbg !19
  store i32 100, ptr %12, align 4, !dbg !20
  store i32 7, ptr %14, align 4, !dbg !21
  %57 = load i32, ptr %12, align 4, !dbg !21
  %58 = load i32, ptr %14, align 4, !dbg !21
  %59 = cmpxchg ptr %2, i32 %57, i32 %58 seq_cst seq_cst, align 4, !dbg !21
  %60 = extractvalue { i32, i1 } %59, 0, !dbg !21
  %61 = extractvalue { i32, i1 } %59, 1, !dbg !21
  br i1 %61, label %63, label %62, !dbg !21

62:                                               ; preds = %0
  store i32 %60, ptr %12, align 4, !dbg !21
  br label %63, !dbg !21

63:                                               ; preds = %62, %0
  %64 = zext i1 %61 to i8, !dbg !21
  store i8 %64, ptr %15, align 1, !dbg !21
  %65 = load i8, ptr %15, align 1, !dbg !21
  %66 = trunc i8 %65 to i1, !dbg !21
  %67 = zext i1 %66 to i8, !dbg !22
  store i8 %67, ptr %13, align 1, !dbg !22
  store i32 5, ptr %12, align 4, !dbg !23
  store i32 9, ptr %17, align 4, !dbg !24
  %68 = load i32, ptr %12, align 4, !dbg !24
  %69 = load i32, ptr %17, align 4, !dbg !24
  %70 = cmpxchg ptr %2, i32 %68, i32 %69 seq_cst seq_cst, align 4, !dbg !24
  %71 = extractvalue { i32, i1 } %70, 0, !dbg !24
  %72 = extractvalue { i32, i1 } %70, 1, !dbg !24
  br i1 %72, label %74, label %73, !dbg !24

73:                                               ; preds = %63
  store i32 %71, ptr %12, align 4, !dbg !24
  br label %74, !dbg !24

74:                                               ; preds = %73, %63
  %75 = zext i1 %72 to i8, !dbg !24
  store i8 %75, ptr %18, align 1, !dbg !24
  %76 = load i8, ptr %18, align 1, !dbg !24
  %77 = trunc i8 %76 to i1, !dbg !24
  %78 = zext i1 %77 to i8, !dbg !25
  store i8 %78, ptr %16, align 1, !dbg !25
  %79 = load i32, ptr %3, align 4, !dbg !26
  %80 = load i32, ptr %6, align 4, !dbg !27
  %81 = load i32, ptr %9, align 4, !dbg !28
  %82 = load i8, ptr %13, align 1, !dbg !29
  %83 = trunc i8 %82 to i1, !dbg !29
  %84 = zext i1 %83 to i32, !dbg !29
  %85 = load i8, ptr %16, align 1, !dbg !30
  %86 = trunc i8 %85 to i1, !dbg !30
  %87 = zext i1 %86 to i32, !dbg !30
  %88 = load i32, ptr %12, align 4, !dbg !31
  %89 = load atomic i32, ptr %2 seq_cst, align 4, !dbg !32
  store i32 %89, ptr %19, align 4, !dbg !32
  %90 = load i32, ptr %19, align 4, !dbg !32
  %91 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %79, i32 noundef %80, i32 noundef %81, i32 noundef %84, i32 noundef %87, i32 noundef %88, i32 noundef %90), !dbg !33
  store i8 -16, ptr %20, align 1, !dbg !34
  store i8 -1, ptr %21, align 1, !dbg !35
  %92 = load i8, ptr %21, align 1, !dbg !35
  %93 = atomicrmw xor ptr %20, i8 %92 seq_cst, align 1, !dbg !35
  store i8 %93, ptr %22, align 1, !dbg !35
  %94 = load i8, ptr %22, align 1, !dbg !35
  store i8 14, ptr %23, align 1, !dbg !36
  %95 = load i8, ptr %23, align 1, !dbg !36
  %96 = atomicrmw and ptr %20, i8 %95 seq_cst, align 1, !dbg !36
  store i8 %96, ptr %24, align 1, !dbg !36
  %97 = load i8, ptr %24, align 1, !dbg !36
  %98 = load atomic i8, ptr %20 seq_cst, align 1, !dbg !37
  store i8 %98, ptr %25, align 1, !dbg !37
  %99 = load i8, ptr %25, align 1, !dbg !37
  %100 = zext i8 %99 to i32, !dbg !38
  %101 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %100), !dbg !39
  call void @llvm.memset.p0.i64(ptr align 1 %26, i8 0, i64 1, i1 false), !dbg !40
  %102 = getelementptr inbounds nuw %struct.atomic_flag, ptr %26, i32 0, i32 0, !dbg !41
  store i8 1, ptr %28, align 1, !dbg !41
  %103 = load i8, ptr %28, align 1, !dbg !41
  %104 = atomicrmw xchg ptr %102, i8 %103 seq_cst, align 1, !dbg !41
  store i8 %104, ptr %29, align 1, !dbg !41
  %105 = load i8, ptr %29, align 1, !dbg !41
  %106 = trunc i8 %105 to i1, !dbg !41
  %107 = zext i1 %106 to i32, !dbg !41
  store i32 %107, ptr %27, align 4, !dbg !42
  %108 = getelementptr inbounds nuw %struct.atomic_flag, ptr %26, i32 0, i32 0, !dbg !43
  store i8 1, ptr %31, align 1, !dbg !43
  %109 = load i8, ptr %31, align 1, !dbg !43
  %110 = atomicrmw xchg ptr %108, i8 %109 seq_cst, align 1, !dbg !43
  store i8 %110, ptr %32, align 1, !dbg !43
  %111 = load i8, ptr %32, align 1, !dbg !43
  %112 = trunc i8 %111 to i1, !dbg !43
  %113 = zext i1 %112 to i32, !dbg !43
  store i32 %113, ptr %30, align 4, !dbg !44
  %114 = getelementptr inbounds nuw %struct.atomic_flag, ptr %26, i32 0, i32 0, !dbg !45
  store i8 0, ptr %33, align 1, !dbg !45
  %115 = load i8, ptr %33, align 1, !dbg !45
  store atomic i8 %115, ptr %114 seq_cst, align 1, !dbg !45
  %116 = load i32, ptr %27, align 4, !dbg !46
  %117 = load i32, ptr %30, align 4, !dbg !47
  %118 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %116, i32 noundef %117), !dbg !48
  fence seq_cst, !dbg !49
  store i64 0, ptr %35, align 8, !dbg !50
  br label %119, !dbg !51

119:                                              ; preds = %129, %74
  %120 = load i64, ptr %35, align 8, !dbg !52
  %121 = icmp slt i64 %120, 2, !dbg !53
  br i1 %121, label %122, label %132, !dbg !54

122:                                              ; preds = %119
  %123 = load i64, ptr %35, align 8, !dbg !55
  %124 = getelementptr inbounds [2 x i64], ptr %34, i64 0, i64 %123, !dbg !56
  %125 = load i64, ptr %35, align 8, !dbg !57
  %126 = add nsw i64 %125, 1, !dbg !58
  %127 = inttoptr i64 %126 to ptr, !dbg !59
  %128 = call i32 @pthread_create(ptr noundef %124, ptr noundef null, ptr noundef @adder, ptr noundef %127) #4, !dbg !60
  br label %129, !dbg !60

129:                                              ; preds = %122
  %130 = load i64, ptr %35, align 8, !dbg !61
  %131 = add nsw i64 %130, 1, !dbg !61
  store i64 %131, ptr %35, align 8, !dbg !61
  br label %119, !dbg !54, !llvm.loop !62

132:                                              ; preds = %119
  store i32 0, ptr %36, align 4, !dbg !65
  br label %133, !dbg !66

133:                                              ; preds = %142, %132
  %134 = load i32, ptr %36, align 4, !dbg !67
  %135 = icmp slt i32 %134, 2, !dbg !68
  br i1 %135, label %136, label %145, !dbg !69

136:                                              ; preds = %133
  %137 = load i32, ptr %36, align 4, !dbg !70
  %138 = sext i32 %137 to i64, !dbg !71
  %139 = getelementptr inbounds [2 x i64], ptr %34, i64 0, i64 %138, !dbg !71
  %140 = load i64, ptr %139, align 8, !dbg !71
  %141 = call i32 @pthread_join(i64 noundef %140, ptr noundef null), !dbg !72
  br label %142, !dbg !72

142:                                              ; preds = %136
  %143 = load i32, ptr %36, align 4, !dbg !73
  %144 = add nsw i32 %143, 1, !dbg !73
  store i32 %144, ptr %36, align 4, !dbg !73
  br label %133, !dbg !69, !llvm.loop !74

145:                                              ; preds = %133
  %146 = load atomic i64, ptr @shared_total seq_cst, align 8, !dbg !76
  store i64 %146, ptr %37, align 8, !dbg !76
  %147 = load i64, ptr %37, align 8, !dbg !76
  %148 = load atomic i32, ptr @bits seq_cst, align 4, !dbg !77
  store i32 %148, ptr %38, align 4, !dbg !77
  %149 = load i32, ptr %38, align 4, !dbg !77
  %150 = load atomic i64, ptr @max_seen seq_cst, align 8, !dbg !78
  store i64 %150, ptr %39, align 8, !dbg !78
  %151 = load i64, ptr %39, align 8, !dbg !78
  %152 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %147, i32 noundef %149, i64 noundef %151), !dbg !79
  store ptr @main.cells, ptr %40, align 8, !dbg !80
  store ptr getelementptr inbounds ([4 x i32], ptr @main.cells, i64 0, i64 2), ptr %42, align 8, !dbg !81
  %153 = load i64, ptr %42, align 8, !dbg !81
  %154 = atomicrmw xchg ptr %40, i64 %153 seq_cst, align 8, !dbg !81
  store i64 %154, ptr %43, align 8, !dbg !81
  %155 = load ptr, ptr %43, align 8, !dbg !81
  store ptr %155, ptr %41, align 8, !dbg !82
  store ptr getelementptr inbounds ([4 x i32], ptr @main.cells, i64 0, i64 2), ptr %44, align 8, !dbg !83
  store ptr getelementptr inbounds ([4 x i32], ptr @main.cells, i64 0, i64 3), ptr %45, align 8, !dbg !84
  %156 = load i64, ptr %44, align 8, !dbg !84
  %157 = load i64, ptr %45, align 8, !dbg !84
  %158 = cmpxchg ptr %40, i64 %156, i64 %157 seq_cst seq_cst, align 8, !dbg !84
  %159 = extractvalue { i64, i1 } %158, 0, !dbg !84
  %160 = extractvalue { i64, i1 } %158, 1, !dbg !84
  br i1 %160, label %162, label %161, !dbg !84

161:                                              ; preds = %145
  store i64 %159, ptr %44, align 8, !dbg !84
  br label %162, !dbg !84

162:                                              ; preds = %161, %145
  %163 = zext i1 %160 to i8, !dbg !84
  store i8 %163, ptr %46, align 1, !dbg !84
  %164 = load i8, ptr %46, align 1, !dbg !84
  %165 = trunc i8 %164 to i1, !dbg !84
  %166 = load ptr, ptr %41, align 8, !dbg !85
  %167 = load i32, ptr %166, align 4, !dbg !86
  %168 = load atomic i64, ptr %40 seq_cst, align 8, !dbg !87
  store i64 %168, ptr %47, align 8, !dbg !87
  %169 = load ptr, ptr %47, align 8, !dbg !87
  %170 = load i32, ptr %169, align 4, !dbg !88
  %171 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %167, i32 noundef %170), !dbg !89
  ret i32 0, !dbg !90
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nounwind
declare i32 @pthread_create(ptr noundef, ptr noundef, ptr noundef, ptr noundef) #3

; Function Attrs: noinline nounwind sspstrong uwtable
define internal ptr @adder(ptr noundef %0) #0 !dbg !91 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  %9 = load ptr, ptr %2, align 8, !dbg !92
  %10 = ptrtoint ptr %9 to i64, !dbg !93
  store i64 %10, ptr %3, align 8, !dbg !94
  store i64 0, ptr %4, align 8, !dbg !95
  br label %11, !dbg !96

11:                                               ; preds = %28, %1
  %12 = load i64, ptr %4, align 8, !dbg !97
  %13 = icmp slt i64 %12, 20000, !dbg !98
  br i1 %13, label %14, label %31, !dbg !99

14:                                               ; preds = %11
  %15 = load i64, ptr %4, align 8, !dbg !100
  %16 = srem i64 %15, 7, !dbg !101
  %17 = load i64, ptr %3, align 8, !dbg !102
  %18 = add nsw i64 %16, %17, !dbg !103
  store i64 %18, ptr %5, align 8, !dbg !104
  %19 = load i64, ptr %5, align 8, !dbg !104
  %20 = atomicrmw add ptr @shared_total, i64 %19 monotonic, align 8, !dbg !104
  store i64 %20, ptr %6, align 8, !dbg !104
  %21 = load i64, ptr %6, align 8, !dbg !104
  %22 = load i64, ptr %4, align 8, !dbg !105
  %23 = mul nsw i64 %22, 7919, !dbg !106
  %24 = load i64, ptr %3, align 8, !dbg !107
  %25 = mul nsw i64 %24, 13, !dbg !108
  %26 = add nsw i64 %23, %25, !dbg !109
  %27 = srem i64 %26, 100003, !dbg !110
  call void @atomic_max(ptr noundef @max_seen, i64 noundef %27), !dbg !111
  br label %28, !dbg !112

28:                                               ; preds = %14
  %29 = load i64, ptr %4, align 8, !dbg !113
  %30 = add nsw i64 %29, 1, !dbg !113
  store i64 %30, ptr %4, align 8, !dbg !113
  br label %11, !dbg !99, !llvm.loop !114

31:                                               ; preds = %11
  %32 = load i64, ptr %3, align 8, !dbg !115
  %33 = trunc i64 %32 to i32, !dbg !116
  %34 = shl i32 1, %33, !dbg !116
  store i32 %34, ptr %7, align 4, !dbg !117
  %35 = load i32, ptr %7, align 4, !dbg !117
  %36 = atomicrmw or ptr @bits, i32 %35 seq_cst, align 4, !dbg !117
  store i32 %36, ptr %8, align 4, !dbg !117
  %37 = load i32, ptr %8, align 4, !dbg !117
  ret ptr null, !dbg !118
}

declare i32 @pthread_join(i64 noundef, ptr noundef) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @atomic_max(ptr noundef %0, i64 noundef %1) #0 !dbg !119 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i8, align 1
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %9 = load ptr, ptr %3, align 8, !dbg !120
  %10 = load atomic i64, ptr %9 monotonic, align 8, !dbg !121
  store i64 %10, ptr %6, align 8, !dbg !121
  %11 = load i64, ptr %6, align 8, !dbg !121
  store i64 %11, ptr %5, align 8, !dbg !122
  br label %12, !dbg !123

12:                                               ; preds = %32, %2
  %13 = load i64, ptr %4, align 8, !dbg !124
  %14 = load i64, ptr %5, align 8, !dbg !125
  %15 = icmp sgt i64 %13, %14, !dbg !126
  br i1 %15, label %16, label %30, !dbg !127

16:                                               ; preds = %12
  %17 = load ptr, ptr %3, align 8, !dbg !128
  %18 = load i64, ptr %4, align 8, !dbg !129
  store i64 %18, ptr %7, align 8, !dbg !130
  %19 = load i64, ptr %5, align 8, !dbg !130
  %20 = load i64, ptr %7, align 8, !dbg !130
  %21 = cmpxchg weak ptr %17, i64 %19, i64 %20 seq_cst seq_cst, align 8, !dbg !130
  %22 = extractvalue { i64, i1 } %21, 0, !dbg !130
  %23 = extractvalue { i64, i1 } %21, 1, !dbg !130
  br i1 %23, label %25, label %24, !dbg !130

24:                                               ; preds = %16
  store i64 %22, ptr %5, align 8, !dbg !130
  br label %25, !dbg !130

25:                                               ; preds = %24, %16
  %26 = zext i1 %23 to i8, !dbg !130
  store i8 %26, ptr %8, align 1, !dbg !130
  %27 = load i8, ptr %8, align 1, !dbg !130
  %28 = trunc i8 %27 to i1, !dbg !130
  %29 = xor i1 %28, true, !dbg !131
  br label %30

30:                                               ; preds = %25, %12
  %31 = phi i1 [ false, %12 ], [ %29, %25 ], !dbg !132
  br i1 %31, label %32, label %33, !dbg !123

32:                                               ; preds = %30
  br label %12, !dbg !123, !llvm.loop !133

33:                                               ; preds = %30
  ret void, !dbg !135
}

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "atomics.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 26, type: !11, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "atomics.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 27, column: 16, scope: !9)
!14 = !DILocation(line: 28, column: 15, scope: !9)
!15 = !DILocation(line: 28, column: 9, scope: !9)
!16 = !DILocation(line: 28, column: 49, scope: !9)
!17 = !DILocation(line: 28, column: 44, scope: !9)
!18 = !DILocation(line: 29, column: 14, scope: !9)
!19 = !DILocation(line: 29, column: 9, scope: !9)
!20 = !DILocation(line: 29, column: 44, scope: !9)
!21 = !DILocation(line: 30, column: 21, scope: !9)
!22 = !DILocation(line: 30, column: 11, scope: !9)
!23 = !DILocation(line: 31, column: 14, scope: !9)
!24 = !DILocation(line: 31, column: 36, scope: !9)
!25 = !DILocation(line: 31, column: 25, scope: !9)
!26 = !DILocation(line: 32, column: 42, scope: !9)
!27 = !DILocation(line: 32, column: 47, scope: !9)
!28 = !DILocation(line: 32, column: 51, scope: !9)
!29 = !DILocation(line: 32, column: 55, scope: !9)
!30 = !DILocation(line: 32, column: 64, scope: !9)
!31 = !DILocation(line: 32, column: 74, scope: !9)
!32 = !DILocation(line: 32, column: 84, scope: !9)
!33 = !DILocation(line: 32, column: 5, scope: !9)
!34 = !DILocation(line: 33, column: 18, scope: !9)
!35 = !DILocation(line: 33, column: 28, scope: !9)
!36 = !DILocation(line: 33, column: 56, scope: !9)
!37 = !DILocation(line: 34, column: 35, scope: !9)
!38 = !DILocation(line: 34, column: 25, scope: !9)
!39 = !DILocation(line: 34, column: 5, scope: !9)
!40 = !DILocation(line: 35, column: 17, scope: !9)
!41 = !DILocation(line: 36, column: 14, scope: !9)
!42 = !DILocation(line: 36, column: 9, scope: !9)
!43 = !DILocation(line: 36, column: 49, scope: !9)
!44 = !DILocation(line: 36, column: 44, scope: !9)
!45 = !DILocation(line: 36, column: 79, scope: !9)
!46 = !DILocation(line: 37, column: 28, scope: !9)
!47 = !DILocation(line: 37, column: 32, scope: !9)
!48 = !DILocation(line: 37, column: 5, scope: !9)
!49 = !DILocation(line: 38, column: 5, scope: !9)
!50 = !DILocation(line: 40, column: 15, scope: !9)
!51 = !DILocation(line: 40, column: 10, scope: !9)
!52 = !DILocation(line: 40, column: 22, scope: !9)
!53 = !DILocation(line: 40, column: 24, scope: !9)
!54 = !DILocation(line: 40, column: 5, scope: !9)
!55 = !DILocation(line: 40, column: 52, scope: !9)
!56 = !DILocation(line: 40, column: 50, scope: !9)
!57 = !DILocation(line: 40, column: 78, scope: !9)
!58 = !DILocation(line: 40, column: 80, scope: !9)
!59 = !DILocation(line: 40, column: 69, scope: !9)
!60 = !DILocation(line: 40, column: 34, scope: !9)
!61 = !DILocation(line: 40, column: 30, scope: !9)
!62 = distinct !{!62, !54, !63, !64}
!63 = !DILocation(line: 40, column: 84, scope: !9)
!64 = !{!"llvm.loop.mustprogress"}
!65 = !DILocation(line: 41, column: 14, scope: !9)
!66 = !DILocation(line: 41, column: 10, scope: !9)
!67 = !DILocation(line: 41, column: 21, scope: !9)
!68 = !DILocation(line: 41, column: 23, scope: !9)
!69 = !DILocation(line: 41, column: 5, scope: !9)
!70 = !DILocation(line: 41, column: 48, scope: !9)
!71 = !DILocation(line: 41, column: 46, scope: !9)
!72 = !DILocation(line: 41, column: 33, scope: !9)
!73 = !DILocation(line: 41, column: 29, scope: !9)
!74 = distinct !{!74, !69, !75, !64}
!75 = !DILocation(line: 41, column: 56, scope: !9)
!76 = !DILocation(line: 42, column: 44, scope: !9)
!77 = !DILocation(line: 42, column: 72, scope: !9)
!78 = !DILocation(line: 42, column: 103, scope: !9)
!79 = !DILocation(line: 42, column: 5, scope: !9)
!80 = !DILocation(line: 44, column: 20, scope: !9)
!81 = !DILocation(line: 45, column: 17, scope: !9)
!82 = !DILocation(line: 45, column: 10, scope: !9)
!83 = !DILocation(line: 46, column: 10, scope: !9)
!84 = !DILocation(line: 47, column: 5, scope: !9)
!85 = !DILocation(line: 48, column: 28, scope: !9)
!86 = !DILocation(line: 48, column: 27, scope: !9)
!87 = !DILocation(line: 48, column: 35, scope: !9)
!88 = !DILocation(line: 48, column: 34, scope: !9)
!89 = !DILocation(line: 48, column: 5, scope: !9)
!90 = !DILocation(line: 49, column: 5, scope: !9)
!91 = distinct !DISubprogram(name: "adder", scope: !10, file: !10, line: 16, type: !11, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!92 = !DILocation(line: 17, column: 21, scope: !91)
!93 = !DILocation(line: 17, column: 15, scope: !91)
!94 = !DILocation(line: 17, column: 10, scope: !91)
!95 = !DILocation(line: 18, column: 15, scope: !91)
!96 = !DILocation(line: 18, column: 10, scope: !91)
!97 = !DILocation(line: 18, column: 22, scope: !91)
!98 = !DILocation(line: 18, column: 24, scope: !91)
!99 = !DILocation(line: 18, column: 5, scope: !91)
!100 = !DILocation(line: 19, column: 50, scope: !91)
!101 = !DILocation(line: 19, column: 52, scope: !91)
!102 = !DILocation(line: 19, column: 58, scope: !91)
!103 = !DILocation(line: 19, column: 56, scope: !91)
!104 = !DILocation(line: 19, column: 9, scope: !91)
!105 = !DILocation(line: 20, column: 32, scope: !91)
!106 = !DILocation(line: 20, column: 34, scope: !91)
!107 = !DILocation(line: 20, column: 43, scope: !91)
!108 = !DILocation(line: 20, column: 46, scope: !91)
!109 = !DILocation(line: 20, column: 41, scope: !91)
!110 = !DILocation(line: 20, column: 52, scope: !91)
!111 = !DILocation(line: 20, column: 9, scope: !91)
!112 = !DILocation(line: 21, column: 5, scope: !91)
!113 = !DILocation(line: 18, column: 34, scope: !91)
!114 = distinct !{!114, !99, !112, !64}
!115 = !DILocation(line: 22, column: 34, scope: !91)
!116 = !DILocation(line: 22, column: 31, scope: !91)
!117 = !DILocation(line: 22, column: 5, scope: !91)
!118 = !DILocation(line: 23, column: 5, scope: !91)
!119 = distinct !DISubprogram(name: "atomic_max", scope: !10, file: !10, line: 11, type: !11, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!120 = !DILocation(line: 12, column: 40, scope: !119)
!121 = !DILocation(line: 12, column: 19, scope: !119)
!122 = !DILocation(line: 12, column: 13, scope: !119)
!123 = !DILocation(line: 13, column: 5, scope: !119)
!124 = !DILocation(line: 13, column: 12, scope: !119)
!125 = !DILocation(line: 13, column: 16, scope: !119)
!126 = !DILocation(line: 13, column: 14, scope: !119)
!127 = !DILocation(line: 13, column: 20, scope: !119)
!128 = !DILocation(line: 13, column: 53, scope: !119)
!129 = !DILocation(line: 13, column: 62, scope: !119)
!130 = !DILocation(line: 13, column: 24, scope: !119)
!131 = !DILocation(line: 13, column: 23, scope: !119)
!132 = !DILocation(line: 0, scope: !119)
!133 = distinct !{!133, !123, !134, !64}
!134 = !DILocation(line: 13, column: 68, scope: !119)
!135 = !DILocation(line: 14, column: 1, scope: !119)
