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

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
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
  call void @llvm.lifetime.start.p0(ptr %2) #5, !dbg !17
  store i32 10, ptr %2, align 4, !dbg !18, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !20
  store i32 5, ptr %4, align 4, !dbg !21, !tbaa !9
  %48 = load i32, ptr %4, align 4, !dbg !22
  %49 = atomicrmw add ptr %2, i32 %48 seq_cst, align 4, !dbg !23
  store i32 %49, ptr %5, align 4, !dbg !21
  %50 = load i32, ptr %5, align 4, !dbg !24, !tbaa !9
  store i32 %50, ptr %3, align 4, !dbg !25, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #5, !dbg !26
  store i32 3, ptr %7, align 4, !dbg !27, !tbaa !9
  %51 = load i32, ptr %7, align 4, !dbg !28
  %52 = atomicrmw sub ptr %2, i32 %51 seq_cst, align 4, !dbg !29
  store i32 %52, ptr %8, align 4, !dbg !27
  %53 = load i32, ptr %8, align 4, !dbg !30, !tbaa !9
  store i32 %53, ptr %6, align 4, !dbg !31, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #5, !dbg !32
  store i32 100, ptr %10, align 4, !dbg !33, !tbaa !9
  %54 = load i32, ptr %10, align 4, !dbg !34
  %55 = atomicrmw xchg ptr %2, i32 %54 seq_cst, align 4, !dbg !35
  store i32 %55, ptr %11, align 4, !dbg !33
  %56 = load i32, ptr %11, align 4, !dbg !36, !tbaa !9
  store i32 %56, ptr %9, align 4, !dbg !37, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %12) #5, !dbg !38
  store i32 100, ptr %12, align 4, !dbg !39, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %13) #5, !dbg !40
  store i32 7, ptr %14, align 4, !dbg !41, !tbaa !9
  %57 = load i32, ptr %12, align 4, !dbg !42
  %58 = load i32, ptr %14, align 4, !dbg !42
  %59 = cmpxchg ptr %2, i32 %57, i32 %58 seq_cst seq_cst, align 4, !dbg !42
  %60 = extractvalue { i32, i1 } %59, 0, !dbg !43
  %61 = extractvalue { i32, i1 } %59, 1, !dbg !44
  br i1 %61, label %63, label %62, !dbg !42

62:                                               ; preds = %0
  store i32 %60, ptr %12, align 4, !dbg !41
  br label %63, !dbg !42

63:                                               ; preds = %62, %0
  %64 = zext i1 %61 to i8, !dbg !43
  store i8 %64, ptr %15, align 1, !dbg !41, !tbaa !45
  %65 = load i8, ptr %15, align 1, !dbg !47, !tbaa !45, !range !48, !noundef !16
  %66 = trunc i8 %65 to i1, !dbg !49
  %67 = zext i1 %66 to i8, !dbg !50
  store i8 %67, ptr %13, align 1, !dbg !51, !tbaa !45
  store i32 5, ptr %12, align 4, !dbg !52, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %16) #5, !dbg !53
  store i32 9, ptr %17, align 4, !dbg !54, !tbaa !9
  %68 = load i32, ptr %12, align 4, !dbg !55
  %69 = load i32, ptr %17, align 4, !dbg !55
  %70 = cmpxchg ptr %2, i32 %68, i32 %69 seq_cst seq_cst, align 4, !dbg !55
  %71 = extractvalue { i32, i1 } %70, 0, !dbg !56
  %72 = extractvalue { i32, i1 } %70, 1, !dbg !57
  br i1 %72, label %74, label %73, !dbg !55

73:                                               ; preds = %63
  store i32 %71, ptr %12, align 4, !dbg !54
  br label %74, !dbg !55

74:                                               ; preds = %73, %63
  %75 = zext i1 %72 to i8, !dbg !56
  store i8 %75, ptr %18, align 1, !dbg !54, !tbaa !45
  %76 = load i8, ptr %18, align 1, !dbg !58, !tbaa !45, !range !48, !noundef !16
  %77 = trunc i8 %76 to i1, !dbg !59
  %78 = zext i1 %77 to i8, !dbg !60
  store i8 %78, ptr %16, align 1, !dbg !61, !tbaa !45
  %79 = load i32, ptr %3, align 4, !dbg !62, !tbaa !9
  %80 = load i32, ptr %6, align 4, !dbg !63, !tbaa !9
  %81 = load i32, ptr %9, align 4, !dbg !64, !tbaa !9
  %82 = load i8, ptr %13, align 1, !dbg !65, !tbaa !45, !range !48, !noundef !16
  %83 = trunc i8 %82 to i1, !dbg !65
  %84 = zext i1 %83 to i32, !dbg !65
  %85 = load i8, ptr %16, align 1, !dbg !66, !tbaa !45, !range !48, !noundef !16
  %86 = trunc i8 %85 to i1, !dbg !66
  %87 = zext i1 %86 to i32, !dbg !66
  %88 = load i32, ptr %12, align 4, !dbg !67, !tbaa !9
  %89 = load atomic i32, ptr %2 seq_cst, align 4, !dbg !68
  store i32 %89, ptr %19, align 4, !dbg !69
  %90 = load i32, ptr %19, align 4, !dbg !70, !tbaa !9
  %91 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %79, i32 noundef %80, i32 noundef %81, i32 noundef %84, i32 noundef %87, i32 noundef %88, i32 noundef %90), !dbg !71
  call void @llvm.lifetime.start.p0(ptr %20) #5, !dbg !72
  store i8 -16, ptr %20, align 1, !dbg !73, !tbaa !19
  store i8 -1, ptr %21, align 1, !dbg !74, !tbaa !19
  %92 = load i8, ptr %21, align 1, !dbg !75
  %93 = atomicrmw xor ptr %20, i8 %92 seq_cst, align 1, !dbg !76
  store i8 %93, ptr %22, align 1, !dbg !74
  %94 = load i8, ptr %22, align 1, !dbg !75, !tbaa !19
  store i8 14, ptr %23, align 1, !dbg !77, !tbaa !19
  %95 = load i8, ptr %23, align 1, !dbg !78
  %96 = atomicrmw and ptr %20, i8 %95 seq_cst, align 1, !dbg !79
  store i8 %96, ptr %24, align 1, !dbg !77
  %97 = load i8, ptr %24, align 1, !dbg !78, !tbaa !19
  %98 = load atomic i8, ptr %20 seq_cst, align 1, !dbg !80
  store i8 %98, ptr %25, align 1, !dbg !81
  %99 = load i8, ptr %25, align 1, !dbg !82, !tbaa !19
  %100 = zext i8 %99 to i32, !dbg !83
  %101 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %100), !dbg !84
  call void @llvm.lifetime.start.p0(ptr %26) #5, !dbg !85
  call void @llvm.memset.p0.i64(ptr align 1 %26, i8 0, i64 1, i1 false), !dbg !86
  call void @llvm.lifetime.start.p0(ptr %27) #5, !dbg !87
  %102 = getelementptr inbounds nuw %struct.atomic_flag, ptr %26, i32 0, i32 0, !dbg !88
  store i8 1, ptr %28, align 1, !dbg !89, !tbaa !45
  %103 = load i8, ptr %28, align 1, !dbg !88
  %104 = atomicrmw xchg ptr %102, i8 %103 seq_cst, align 1, !dbg !90
  store i8 %104, ptr %29, align 1, !dbg !89
  %105 = load i8, ptr %29, align 1, !dbg !91, !tbaa !45, !range !48, !noundef !16
  %106 = trunc i8 %105 to i1, !dbg !92
  %107 = zext i1 %106 to i32, !dbg !93
  store i32 %107, ptr %27, align 4, !dbg !94, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %30) #5, !dbg !87
  %108 = getelementptr inbounds nuw %struct.atomic_flag, ptr %26, i32 0, i32 0, !dbg !95
  store i8 1, ptr %31, align 1, !dbg !96, !tbaa !45
  %109 = load i8, ptr %31, align 1, !dbg !95
  %110 = atomicrmw xchg ptr %108, i8 %109 seq_cst, align 1, !dbg !97
  store i8 %110, ptr %32, align 1, !dbg !96
  %111 = load i8, ptr %32, align 1, !dbg !98, !tbaa !45, !range !48, !noundef !16
  %112 = trunc i8 %111 to i1, !dbg !99
  %113 = zext i1 %112 to i32, !dbg !100
  store i32 %113, ptr %30, align 4, !dbg !101, !tbaa !9
  %114 = getelementptr inbounds nuw %struct.atomic_flag, ptr %26, i32 0, i32 0, !dbg !102
  store i8 0, ptr %33, align 1, !dbg !103, !tbaa !45
  %115 = load i8, ptr %33, align 1, !dbg !104
  store atomic i8 %115, ptr %114 seq_cst, align 1, !dbg !103
  %116 = load i32, ptr %27, align 4, !dbg !105, !tbaa !9
  %117 = load i32, ptr %30, align 4, !dbg !106, !tbaa !9
  %118 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %116, i32 noundef %117), !dbg !107
  fence seq_cst, !dbg !108
  call void @llvm.lifetime.start.p0(ptr %34) #5, !dbg !109
  call void @llvm.lifetime.start.p0(ptr %35) #5, !dbg !110
  store i64 0, ptr %35, align 8, !dbg !111, !tbaa !112
  br label %119, !dbg !110

119:                                              ; preds = %130, %74
  %120 = load i64, ptr %35, align 8, !dbg !114, !tbaa !112
  %121 = icmp slt i64 %120, 2, !dbg !115
  br i1 %121, label %123, label %122, !dbg !116

122:                                              ; preds = %119
  call void @llvm.lifetime.end.p0(ptr %35) #5, !dbg !117
  br label %133

123:                                              ; preds = %119
  %124 = load i64, ptr %35, align 8, !dbg !118, !tbaa !112
  %125 = getelementptr inbounds [2 x i64], ptr %34, i64 0, i64 %124, !dbg !119
  %126 = load i64, ptr %35, align 8, !dbg !120, !tbaa !112
  %127 = add nsw i64 %126, 1, !dbg !121
  %128 = inttoptr i64 %127 to ptr, !dbg !122
  %129 = call i32 @pthread_create(ptr noundef %125, ptr noundef null, ptr noundef @adder, ptr noundef %128) #5, !dbg !123
  br label %130, !dbg !124

130:                                              ; preds = %123
  %131 = load i64, ptr %35, align 8, !dbg !125, !tbaa !112
  %132 = add nsw i64 %131, 1, !dbg !126
  store i64 %132, ptr %35, align 8, !dbg !127, !tbaa !112
  br label %119, !dbg !117, !llvm.loop !128

133:                                              ; preds = %122
  call void @llvm.lifetime.start.p0(ptr %36) #5, !dbg !131
  store i32 0, ptr %36, align 4, !dbg !132, !tbaa !9
  br label %134, !dbg !131

134:                                              ; preds = %144, %133
  %135 = load i32, ptr %36, align 4, !dbg !133, !tbaa !9
  %136 = icmp slt i32 %135, 2, !dbg !134
  br i1 %136, label %138, label %137, !dbg !135

137:                                              ; preds = %134
  call void @llvm.lifetime.end.p0(ptr %36) #5, !dbg !136
  br label %147

138:                                              ; preds = %134
  %139 = load i32, ptr %36, align 4, !dbg !137, !tbaa !9
  %140 = sext i32 %139 to i64, !dbg !138
  %141 = getelementptr inbounds [2 x i64], ptr %34, i64 0, i64 %140, !dbg !138
  %142 = load i64, ptr %141, align 8, !dbg !138, !tbaa !112
  %143 = call i32 @pthread_join(i64 noundef %142, ptr noundef null), !dbg !139
  br label %144, !dbg !140

144:                                              ; preds = %138
  %145 = load i32, ptr %36, align 4, !dbg !141, !tbaa !9
  %146 = add nsw i32 %145, 1, !dbg !142
  store i32 %146, ptr %36, align 4, !dbg !143, !tbaa !9
  br label %134, !dbg !136, !llvm.loop !144

147:                                              ; preds = %137
  %148 = load atomic i64, ptr @shared_total seq_cst, align 8, !dbg !146
  store i64 %148, ptr %37, align 8, !dbg !147
  %149 = load i64, ptr %37, align 8, !dbg !148, !tbaa !112
  %150 = load atomic i32, ptr @bits seq_cst, align 4, !dbg !149
  store i32 %150, ptr %38, align 4, !dbg !150
  %151 = load i32, ptr %38, align 4, !dbg !151, !tbaa !9
  %152 = load atomic i64, ptr @max_seen seq_cst, align 8, !dbg !152
  store i64 %152, ptr %39, align 8, !dbg !153
  %153 = load i64, ptr %39, align 8, !dbg !154, !tbaa !112
  %154 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %149, i32 noundef %151, i64 noundef %153), !dbg !155
  call void @llvm.lifetime.start.p0(ptr %40) #5, !dbg !156
  store ptr @main.cells, ptr %40, align 8, !dbg !157, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %41) #5, !dbg !158
  store ptr getelementptr inbounds ([4 x i32], ptr @main.cells, i64 0, i64 2), ptr %42, align 8, !dbg !159, !tbaa !160
  %155 = load i64, ptr %42, align 8, !dbg !163
  %156 = atomicrmw xchg ptr %40, i64 %155 seq_cst, align 8, !dbg !164
  store i64 %156, ptr %43, align 8, !dbg !159
  %157 = load ptr, ptr %43, align 8, !dbg !165, !tbaa !160
  store ptr %157, ptr %41, align 8, !dbg !166, !tbaa !160
  call void @llvm.lifetime.start.p0(ptr %44) #5, !dbg !167
  store ptr getelementptr inbounds ([4 x i32], ptr @main.cells, i64 0, i64 2), ptr %44, align 8, !dbg !168, !tbaa !160
  store ptr getelementptr inbounds ([4 x i32], ptr @main.cells, i64 0, i64 3), ptr %45, align 8, !dbg !169, !tbaa !160
  %158 = load i64, ptr %44, align 8, !dbg !170
  %159 = load i64, ptr %45, align 8, !dbg !170
  %160 = cmpxchg ptr %40, i64 %158, i64 %159 seq_cst seq_cst, align 8, !dbg !170
  %161 = extractvalue { i64, i1 } %160, 0, !dbg !171
  %162 = extractvalue { i64, i1 } %160, 1, !dbg !172
  br i1 %162, label %164, label %163, !dbg !170

163:                                              ; preds = %147
  store i64 %161, ptr %44, align 8, !dbg !169
  br label %164, !dbg !170

164:                                              ; preds = %163, %147
  %165 = zext i1 %162 to i8, !dbg !171
  store i8 %165, ptr %46, align 1, !dbg !169, !tbaa !45
  %166 = load i8, ptr %46, align 1, !dbg !170, !tbaa !45, !range !48, !noundef !16
  %167 = trunc i8 %166 to i1, !dbg !170
  %168 = load ptr, ptr %41, align 8, !dbg !173, !tbaa !160
  %169 = load i32, ptr %168, align 4, !dbg !174, !tbaa !9
  %170 = load atomic i64, ptr %40 seq_cst, align 8, !dbg !175
  store i64 %170, ptr %47, align 8, !dbg !176
  %171 = load ptr, ptr %47, align 8, !dbg !177, !tbaa !160
  %172 = load i32, ptr %171, align 4, !dbg !178, !tbaa !9
  %173 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %169, i32 noundef %172), !dbg !179
  call void @llvm.lifetime.end.p0(ptr %44) #5, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %41) #5, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %40) #5, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %34) #5, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %30) #5, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %27) #5, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %26) #5, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %20) #5, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %16) #5, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %13) #5, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %12) #5, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %9) #5, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %6) #5, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !180
  call void @llvm.lifetime.end.p0(ptr %2) #5, !dbg !180
  ret i32 0, !dbg !181
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

declare !dbg !182 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: nounwind
declare !dbg !184 i32 @pthread_create(ptr noundef, ptr noundef, ptr noundef, ptr noundef) #4

; Function Attrs: nounwind uwtable
define internal ptr @adder(ptr noundef %0) #0 !dbg !186 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !187
  call void @llvm.lifetime.start.p0(ptr %3) #5, !dbg !188
  %9 = load ptr, ptr %2, align 8, !dbg !189, !tbaa !187
  %10 = ptrtoint ptr %9 to i64, !dbg !190
  store i64 %10, ptr %3, align 8, !dbg !191, !tbaa !112
  call void @llvm.lifetime.start.p0(ptr %4) #5, !dbg !192
  store i64 0, ptr %4, align 8, !dbg !193, !tbaa !112
  br label %11, !dbg !192

11:                                               ; preds = %29, %1
  %12 = load i64, ptr %4, align 8, !dbg !194, !tbaa !112
  %13 = icmp slt i64 %12, 20000, !dbg !195
  br i1 %13, label %15, label %14, !dbg !196

14:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %4) #5, !dbg !197
  br label %32

15:                                               ; preds = %11
  %16 = load i64, ptr %4, align 8, !dbg !198, !tbaa !112
  %17 = srem i64 %16, 7, !dbg !199
  %18 = load i64, ptr %3, align 8, !dbg !200, !tbaa !112
  %19 = add nsw i64 %17, %18, !dbg !201
  store i64 %19, ptr %5, align 8, !dbg !202, !tbaa !112
  %20 = load i64, ptr %5, align 8, !dbg !203
  %21 = atomicrmw add ptr @shared_total, i64 %20 monotonic, align 8, !dbg !204
  store i64 %21, ptr %6, align 8, !dbg !202
  %22 = load i64, ptr %6, align 8, !dbg !203, !tbaa !112
  %23 = load i64, ptr %4, align 8, !dbg !205, !tbaa !112
  %24 = mul nsw i64 %23, 7919, !dbg !206
  %25 = load i64, ptr %3, align 8, !dbg !207, !tbaa !112
  %26 = mul nsw i64 %25, 13, !dbg !208
  %27 = add nsw i64 %24, %26, !dbg !209
  %28 = srem i64 %27, 100003, !dbg !210
  call void @atomic_max(ptr noundef @max_seen, i64 noundef %28), !dbg !211
  br label %29, !dbg !212

29:                                               ; preds = %15
  %30 = load i64, ptr %4, align 8, !dbg !213, !tbaa !112
  %31 = add nsw i64 %30, 1, !dbg !214
  store i64 %31, ptr %4, align 8, !dbg !215, !tbaa !112
  br label %11, !dbg !197, !llvm.loop !216

32:                                               ; preds = %14
  %33 = load i64, ptr %3, align 8, !dbg !218, !tbaa !112
  %34 = trunc i64 %33 to i32, !dbg !219
  %35 = shl i32 1, %34, !dbg !220
  store i32 %35, ptr %7, align 4, !dbg !221, !tbaa !9
  %36 = load i32, ptr %7, align 4, !dbg !222
  %37 = atomicrmw or ptr @bits, i32 %36 seq_cst, align 4, !dbg !223
  store i32 %37, ptr %8, align 4, !dbg !221
  %38 = load i32, ptr %8, align 4, !dbg !222, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %3) #5, !dbg !224
  ret ptr null, !dbg !225
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !226 i32 @pthread_join(i64 noundef, ptr noundef) #2

; Function Attrs: nounwind uwtable
define internal void @atomic_max(ptr noundef %0, i64 noundef %1) #0 !dbg !227 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i8, align 1
  store ptr %0, ptr %3, align 8, !tbaa !187
  store i64 %1, ptr %4, align 8, !tbaa !112
  call void @llvm.lifetime.start.p0(ptr %5) #5, !dbg !228
  %9 = load ptr, ptr %3, align 8, !dbg !229, !tbaa !187
  %10 = load atomic i64, ptr %9 monotonic, align 8, !dbg !230
  store i64 %10, ptr %6, align 8, !dbg !231
  %11 = load i64, ptr %6, align 8, !dbg !232, !tbaa !112
  store i64 %11, ptr %5, align 8, !dbg !233, !tbaa !112
  br label %12, !dbg !234

12:                                               ; preds = %32, %2
  %13 = load i64, ptr %4, align 8, !dbg !235, !tbaa !112
  %14 = load i64, ptr %5, align 8, !dbg !236, !tbaa !112
  %15 = icmp sgt i64 %13, %14, !dbg !237
  br i1 %15, label %16, label %30, !dbg !238

16:                                               ; preds = %12
  %17 = load ptr, ptr %3, align 8, !dbg !239, !tbaa !187
  %18 = load i64, ptr %4, align 8, !dbg !240, !tbaa !112
  store i64 %18, ptr %7, align 8, !dbg !241, !tbaa !112
  %19 = load i64, ptr %5, align 8, !dbg !242
  %20 = load i64, ptr %7, align 8, !dbg !242
  %21 = cmpxchg weak ptr %17, i64 %19, i64 %20 seq_cst seq_cst, align 8, !dbg !242
  %22 = extractvalue { i64, i1 } %21, 0, !dbg !243
  %23 = extractvalue { i64, i1 } %21, 1, !dbg !244
  br i1 %23, label %25, label %24, !dbg !242

24:                                               ; preds = %16
  store i64 %22, ptr %5, align 8, !dbg !241
  br label %25, !dbg !242

25:                                               ; preds = %24, %16
  %26 = zext i1 %23 to i8, !dbg !243
  store i8 %26, ptr %8, align 1, !dbg !241, !tbaa !45
  %27 = load i8, ptr %8, align 1, !dbg !242, !tbaa !45, !range !48, !noundef !16
  %28 = trunc i8 %27 to i1, !dbg !242
  %29 = xor i1 %28, true, !dbg !245
  br label %30

30:                                               ; preds = %25, %12
  %31 = phi i1 [ false, %12 ], [ %29, %25 ], !dbg !246
  br i1 %31, label %32, label %33, !dbg !247

32:                                               ; preds = %30
  br label %12, !dbg !234, !llvm.loop !248

33:                                               ; preds = %30
  call void @llvm.lifetime.end.p0(ptr %5) #5, !dbg !250
  ret void, !dbg !251
}

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "atomics.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 26, type: !15, scopeLine: 26, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "atomics.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 27, column: 5, scope: !13)
!18 = !DILocation(line: 27, column: 16, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !{!11, !11, i64 0}
!20 = !DILocation(line: 28, column: 5, scope: !13)
!21 = !DILocation(line: 28, column: 15, scope: !13, atomGroup: 3, atomRank: 1)
!22 = !DILocation(line: 28, column: 15, scope: !13)
!23 = !DILocation(line: 28, column: 15, scope: !13, atomGroup: 3, atomRank: 2)
!24 = !DILocation(line: 28, column: 15, scope: !13, atomGroup: 2, atomRank: 2)
!25 = !DILocation(line: 28, column: 9, scope: !13, atomGroup: 2, atomRank: 1)
!26 = !DILocation(line: 28, column: 40, scope: !13)
!27 = !DILocation(line: 28, column: 49, scope: !13, atomGroup: 5, atomRank: 1)
!28 = !DILocation(line: 28, column: 49, scope: !13)
!29 = !DILocation(line: 28, column: 49, scope: !13, atomGroup: 5, atomRank: 2)
!30 = !DILocation(line: 28, column: 49, scope: !13, atomGroup: 4, atomRank: 2)
!31 = !DILocation(line: 28, column: 44, scope: !13, atomGroup: 4, atomRank: 1)
!32 = !DILocation(line: 29, column: 5, scope: !13)
!33 = !DILocation(line: 29, column: 14, scope: !13, atomGroup: 7, atomRank: 1)
!34 = !DILocation(line: 29, column: 14, scope: !13)
!35 = !DILocation(line: 29, column: 14, scope: !13, atomGroup: 7, atomRank: 2)
!36 = !DILocation(line: 29, column: 14, scope: !13, atomGroup: 6, atomRank: 2)
!37 = !DILocation(line: 29, column: 9, scope: !13, atomGroup: 6, atomRank: 1)
!38 = !DILocation(line: 29, column: 40, scope: !13)
!39 = !DILocation(line: 29, column: 44, scope: !13, atomGroup: 8, atomRank: 1)
!40 = !DILocation(line: 30, column: 5, scope: !13)
!41 = !DILocation(line: 30, column: 21, scope: !13, atomGroup: 10, atomRank: 1)
!42 = !DILocation(line: 30, column: 21, scope: !13)
!43 = !DILocation(line: 30, column: 21, scope: !13, atomGroup: 10, atomRank: 2)
!44 = !DILocation(line: 30, column: 21, scope: !13, atomGroup: 10, atomRank: 3)
!45 = !{!46, !46, i64 0}
!46 = !{!"_Bool", !11, i64 0}
!47 = !DILocation(line: 30, column: 21, scope: !13, atomGroup: 9, atomRank: 4)
!48 = !{i8 0, i8 2}
!49 = !DILocation(line: 30, column: 21, scope: !13, atomGroup: 9, atomRank: 3)
!50 = !DILocation(line: 30, column: 11, scope: !13, atomGroup: 9, atomRank: 2)
!51 = !DILocation(line: 30, column: 11, scope: !13, atomGroup: 9, atomRank: 1)
!52 = !DILocation(line: 31, column: 14, scope: !13, atomGroup: 11, atomRank: 1)
!53 = !DILocation(line: 31, column: 19, scope: !13)
!54 = !DILocation(line: 31, column: 36, scope: !13, atomGroup: 13, atomRank: 1)
!55 = !DILocation(line: 31, column: 36, scope: !13)
!56 = !DILocation(line: 31, column: 36, scope: !13, atomGroup: 13, atomRank: 2)
!57 = !DILocation(line: 31, column: 36, scope: !13, atomGroup: 13, atomRank: 3)
!58 = !DILocation(line: 31, column: 36, scope: !13, atomGroup: 12, atomRank: 4)
!59 = !DILocation(line: 31, column: 36, scope: !13, atomGroup: 12, atomRank: 3)
!60 = !DILocation(line: 31, column: 25, scope: !13, atomGroup: 12, atomRank: 2)
!61 = !DILocation(line: 31, column: 25, scope: !13, atomGroup: 12, atomRank: 1)
!62 = !DILocation(line: 32, column: 42, scope: !13)
!63 = !DILocation(line: 32, column: 47, scope: !13)
!64 = !DILocation(line: 32, column: 51, scope: !13)
!65 = !DILocation(line: 32, column: 55, scope: !13)
!66 = !DILocation(line: 32, column: 64, scope: !13)
!67 = !DILocation(line: 32, column: 74, scope: !13)
!68 = !DILocation(line: 32, column: 84, scope: !13, atomGroup: 14, atomRank: 2)
!69 = !DILocation(line: 32, column: 84, scope: !13, atomGroup: 14, atomRank: 1)
!70 = !DILocation(line: 32, column: 84, scope: !13)
!71 = !DILocation(line: 32, column: 5, scope: !13)
!72 = !DILocation(line: 33, column: 5, scope: !13)
!73 = !DILocation(line: 33, column: 18, scope: !13, atomGroup: 15, atomRank: 1)
!74 = !DILocation(line: 33, column: 28, scope: !13, atomGroup: 16, atomRank: 1)
!75 = !DILocation(line: 33, column: 28, scope: !13)
!76 = !DILocation(line: 33, column: 28, scope: !13, atomGroup: 16, atomRank: 2)
!77 = !DILocation(line: 33, column: 56, scope: !13, atomGroup: 17, atomRank: 1)
!78 = !DILocation(line: 33, column: 56, scope: !13)
!79 = !DILocation(line: 33, column: 56, scope: !13, atomGroup: 17, atomRank: 2)
!80 = !DILocation(line: 34, column: 35, scope: !13, atomGroup: 18, atomRank: 2)
!81 = !DILocation(line: 34, column: 35, scope: !13, atomGroup: 18, atomRank: 1)
!82 = !DILocation(line: 34, column: 35, scope: !13)
!83 = !DILocation(line: 34, column: 25, scope: !13)
!84 = !DILocation(line: 34, column: 5, scope: !13)
!85 = !DILocation(line: 35, column: 5, scope: !13)
!86 = !DILocation(line: 35, column: 17, scope: !13, atomGroup: 19, atomRank: 1)
!87 = !DILocation(line: 36, column: 5, scope: !13)
!88 = !DILocation(line: 36, column: 14, scope: !13)
!89 = !DILocation(line: 36, column: 14, scope: !13, atomGroup: 21, atomRank: 1)
!90 = !DILocation(line: 36, column: 14, scope: !13, atomGroup: 21, atomRank: 2)
!91 = !DILocation(line: 36, column: 14, scope: !13, atomGroup: 20, atomRank: 4)
!92 = !DILocation(line: 36, column: 14, scope: !13, atomGroup: 20, atomRank: 3)
!93 = !DILocation(line: 36, column: 14, scope: !13, atomGroup: 20, atomRank: 2)
!94 = !DILocation(line: 36, column: 9, scope: !13, atomGroup: 20, atomRank: 1)
!95 = !DILocation(line: 36, column: 49, scope: !13)
!96 = !DILocation(line: 36, column: 49, scope: !13, atomGroup: 23, atomRank: 1)
!97 = !DILocation(line: 36, column: 49, scope: !13, atomGroup: 23, atomRank: 2)
!98 = !DILocation(line: 36, column: 49, scope: !13, atomGroup: 22, atomRank: 4)
!99 = !DILocation(line: 36, column: 49, scope: !13, atomGroup: 22, atomRank: 3)
!100 = !DILocation(line: 36, column: 49, scope: !13, atomGroup: 22, atomRank: 2)
!101 = !DILocation(line: 36, column: 44, scope: !13, atomGroup: 22, atomRank: 1)
!102 = !DILocation(line: 36, column: 79, scope: !13)
!103 = !DILocation(line: 36, column: 79, scope: !13, atomGroup: 24, atomRank: 1)
!104 = !DILocation(line: 36, column: 79, scope: !13, atomGroup: 24, atomRank: 2)
!105 = !DILocation(line: 37, column: 28, scope: !13)
!106 = !DILocation(line: 37, column: 32, scope: !13)
!107 = !DILocation(line: 37, column: 5, scope: !13)
!108 = !DILocation(line: 38, column: 5, scope: !13)
!109 = !DILocation(line: 39, column: 5, scope: !13)
!110 = !DILocation(line: 40, column: 10, scope: !13)
!111 = !DILocation(line: 40, column: 15, scope: !13, atomGroup: 25, atomRank: 1)
!112 = !{!113, !113, i64 0}
!113 = !{!"long", !11, i64 0}
!114 = !DILocation(line: 40, column: 22, scope: !13)
!115 = !DILocation(line: 40, column: 24, scope: !13, atomGroup: 26, atomRank: 1)
!116 = !DILocation(line: 40, column: 5, scope: !13, atomGroup: 27, atomRank: 1)
!117 = !DILocation(line: 40, column: 5, scope: !13)
!118 = !DILocation(line: 40, column: 52, scope: !13)
!119 = !DILocation(line: 40, column: 50, scope: !13)
!120 = !DILocation(line: 40, column: 78, scope: !13)
!121 = !DILocation(line: 40, column: 80, scope: !13)
!122 = !DILocation(line: 40, column: 69, scope: !13)
!123 = !DILocation(line: 40, column: 34, scope: !13)
!124 = !DILocation(line: 40, column: 34, scope: !13, atomGroup: 29, atomRank: 1)
!125 = !DILocation(line: 40, column: 30, scope: !13)
!126 = !DILocation(line: 40, column: 30, scope: !13, atomGroup: 28, atomRank: 2)
!127 = !DILocation(line: 40, column: 30, scope: !13, atomGroup: 28, atomRank: 1)
!128 = distinct !{!128, !117, !129, !130}
!129 = !DILocation(line: 40, column: 84, scope: !13)
!130 = !{!"llvm.loop.mustprogress"}
!131 = !DILocation(line: 41, column: 10, scope: !13)
!132 = !DILocation(line: 41, column: 14, scope: !13, atomGroup: 30, atomRank: 1)
!133 = !DILocation(line: 41, column: 21, scope: !13)
!134 = !DILocation(line: 41, column: 23, scope: !13, atomGroup: 31, atomRank: 1)
!135 = !DILocation(line: 41, column: 5, scope: !13, atomGroup: 32, atomRank: 1)
!136 = !DILocation(line: 41, column: 5, scope: !13)
!137 = !DILocation(line: 41, column: 48, scope: !13)
!138 = !DILocation(line: 41, column: 46, scope: !13)
!139 = !DILocation(line: 41, column: 33, scope: !13)
!140 = !DILocation(line: 41, column: 33, scope: !13, atomGroup: 34, atomRank: 1)
!141 = !DILocation(line: 41, column: 29, scope: !13)
!142 = !DILocation(line: 41, column: 29, scope: !13, atomGroup: 33, atomRank: 2)
!143 = !DILocation(line: 41, column: 29, scope: !13, atomGroup: 33, atomRank: 1)
!144 = distinct !{!144, !136, !145, !130}
!145 = !DILocation(line: 41, column: 56, scope: !13)
!146 = !DILocation(line: 42, column: 44, scope: !13, atomGroup: 35, atomRank: 2)
!147 = !DILocation(line: 42, column: 44, scope: !13, atomGroup: 35, atomRank: 1)
!148 = !DILocation(line: 42, column: 44, scope: !13)
!149 = !DILocation(line: 42, column: 72, scope: !13, atomGroup: 36, atomRank: 2)
!150 = !DILocation(line: 42, column: 72, scope: !13, atomGroup: 36, atomRank: 1)
!151 = !DILocation(line: 42, column: 72, scope: !13)
!152 = !DILocation(line: 42, column: 103, scope: !13, atomGroup: 37, atomRank: 2)
!153 = !DILocation(line: 42, column: 103, scope: !13, atomGroup: 37, atomRank: 1)
!154 = !DILocation(line: 42, column: 103, scope: !13)
!155 = !DILocation(line: 42, column: 5, scope: !13)
!156 = !DILocation(line: 44, column: 5, scope: !13)
!157 = !DILocation(line: 44, column: 20, scope: !13, atomGroup: 38, atomRank: 1)
!158 = !DILocation(line: 45, column: 5, scope: !13)
!159 = !DILocation(line: 45, column: 17, scope: !13, atomGroup: 40, atomRank: 1)
!160 = !{!161, !161, i64 0}
!161 = !{!"p1 int", !162, i64 0}
!162 = !{!"any pointer", !11, i64 0}
!163 = !DILocation(line: 45, column: 17, scope: !13)
!164 = !DILocation(line: 45, column: 17, scope: !13, atomGroup: 40, atomRank: 2)
!165 = !DILocation(line: 45, column: 17, scope: !13, atomGroup: 39, atomRank: 2)
!166 = !DILocation(line: 45, column: 10, scope: !13, atomGroup: 39, atomRank: 1)
!167 = !DILocation(line: 46, column: 5, scope: !13)
!168 = !DILocation(line: 46, column: 10, scope: !13, atomGroup: 41, atomRank: 1)
!169 = !DILocation(line: 47, column: 5, scope: !13, atomGroup: 42, atomRank: 1)
!170 = !DILocation(line: 47, column: 5, scope: !13)
!171 = !DILocation(line: 47, column: 5, scope: !13, atomGroup: 42, atomRank: 2)
!172 = !DILocation(line: 47, column: 5, scope: !13, atomGroup: 42, atomRank: 3)
!173 = !DILocation(line: 48, column: 28, scope: !13)
!174 = !DILocation(line: 48, column: 27, scope: !13)
!175 = !DILocation(line: 48, column: 35, scope: !13, atomGroup: 43, atomRank: 2)
!176 = !DILocation(line: 48, column: 35, scope: !13, atomGroup: 43, atomRank: 1)
!177 = !DILocation(line: 48, column: 35, scope: !13)
!178 = !DILocation(line: 48, column: 34, scope: !13)
!179 = !DILocation(line: 48, column: 5, scope: !13)
!180 = !DILocation(line: 50, column: 1, scope: !13)
!181 = !DILocation(line: 49, column: 5, scope: !13, atomGroup: 45, atomRank: 1)
!182 = !DISubprogram(name: "printf", scope: !183, file: !183, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!183 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!184 = !DISubprogram(name: "pthread_create", scope: !185, file: !185, line: 202, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!185 = !DIFile(filename: "/usr/include/pthread.h", directory: "")
!186 = distinct !DISubprogram(name: "adder", scope: !14, file: !14, line: 16, type: !15, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!187 = !{!162, !162, i64 0}
!188 = !DILocation(line: 17, column: 5, scope: !186)
!189 = !DILocation(line: 17, column: 21, scope: !186, atomGroup: 1, atomRank: 3)
!190 = !DILocation(line: 17, column: 15, scope: !186, atomGroup: 1, atomRank: 2)
!191 = !DILocation(line: 17, column: 10, scope: !186, atomGroup: 1, atomRank: 1)
!192 = !DILocation(line: 18, column: 10, scope: !186)
!193 = !DILocation(line: 18, column: 15, scope: !186, atomGroup: 2, atomRank: 1)
!194 = !DILocation(line: 18, column: 22, scope: !186)
!195 = !DILocation(line: 18, column: 24, scope: !186, atomGroup: 3, atomRank: 1)
!196 = !DILocation(line: 18, column: 5, scope: !186, atomGroup: 4, atomRank: 1)
!197 = !DILocation(line: 18, column: 5, scope: !186)
!198 = !DILocation(line: 19, column: 50, scope: !186)
!199 = !DILocation(line: 19, column: 52, scope: !186)
!200 = !DILocation(line: 19, column: 58, scope: !186)
!201 = !DILocation(line: 19, column: 56, scope: !186, atomGroup: 5, atomRank: 2)
!202 = !DILocation(line: 19, column: 9, scope: !186, atomGroup: 5, atomRank: 1)
!203 = !DILocation(line: 19, column: 9, scope: !186)
!204 = !DILocation(line: 19, column: 9, scope: !186, atomGroup: 5, atomRank: 2)
!205 = !DILocation(line: 20, column: 32, scope: !186)
!206 = !DILocation(line: 20, column: 34, scope: !186)
!207 = !DILocation(line: 20, column: 43, scope: !186)
!208 = !DILocation(line: 20, column: 46, scope: !186)
!209 = !DILocation(line: 20, column: 41, scope: !186)
!210 = !DILocation(line: 20, column: 52, scope: !186)
!211 = !DILocation(line: 20, column: 9, scope: !186)
!212 = !DILocation(line: 21, column: 5, scope: !186, atomGroup: 7, atomRank: 1)
!213 = !DILocation(line: 18, column: 34, scope: !186)
!214 = !DILocation(line: 18, column: 34, scope: !186, atomGroup: 6, atomRank: 2)
!215 = !DILocation(line: 18, column: 34, scope: !186, atomGroup: 6, atomRank: 1)
!216 = distinct !{!216, !197, !217, !130}
!217 = !DILocation(line: 21, column: 5, scope: !186)
!218 = !DILocation(line: 22, column: 34, scope: !186)
!219 = !DILocation(line: 22, column: 31, scope: !186)
!220 = !DILocation(line: 22, column: 31, scope: !186, atomGroup: 8, atomRank: 2)
!221 = !DILocation(line: 22, column: 5, scope: !186, atomGroup: 8, atomRank: 1)
!222 = !DILocation(line: 22, column: 5, scope: !186)
!223 = !DILocation(line: 22, column: 5, scope: !186, atomGroup: 8, atomRank: 2)
!224 = !DILocation(line: 24, column: 1, scope: !186)
!225 = !DILocation(line: 23, column: 5, scope: !186, atomGroup: 10, atomRank: 1)
!226 = !DISubprogram(name: "pthread_join", scope: !185, file: !185, line: 219, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!227 = distinct !DISubprogram(name: "atomic_max", scope: !14, file: !14, line: 11, type: !15, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!228 = !DILocation(line: 12, column: 5, scope: !227)
!229 = !DILocation(line: 12, column: 40, scope: !227)
!230 = !DILocation(line: 12, column: 19, scope: !227, atomGroup: 2, atomRank: 2)
!231 = !DILocation(line: 12, column: 19, scope: !227, atomGroup: 2, atomRank: 1)
!232 = !DILocation(line: 12, column: 19, scope: !227, atomGroup: 1, atomRank: 2)
!233 = !DILocation(line: 12, column: 13, scope: !227, atomGroup: 1, atomRank: 1)
!234 = !DILocation(line: 13, column: 5, scope: !227)
!235 = !DILocation(line: 13, column: 12, scope: !227)
!236 = !DILocation(line: 13, column: 16, scope: !227)
!237 = !DILocation(line: 13, column: 14, scope: !227, atomGroup: 3, atomRank: 2)
!238 = !DILocation(line: 13, column: 20, scope: !227, atomGroup: 3, atomRank: 1)
!239 = !DILocation(line: 13, column: 53, scope: !227)
!240 = !DILocation(line: 13, column: 62, scope: !227, atomGroup: 4, atomRank: 2)
!241 = !DILocation(line: 13, column: 24, scope: !227, atomGroup: 4, atomRank: 1)
!242 = !DILocation(line: 13, column: 24, scope: !227)
!243 = !DILocation(line: 13, column: 24, scope: !227, atomGroup: 4, atomRank: 2)
!244 = !DILocation(line: 13, column: 24, scope: !227, atomGroup: 4, atomRank: 3)
!245 = !DILocation(line: 13, column: 23, scope: !227)
!246 = !DILocation(line: 0, scope: !227)
!247 = !DILocation(line: 13, column: 5, scope: !227, atomGroup: 5, atomRank: 1)
!248 = distinct !{!248, !234, !249, !130}
!249 = !DILocation(line: 13, column: 68, scope: !227)
!250 = !DILocation(line: 14, column: 1, scope: !227)
!251 = !DILocation(line: 14, column: 1, scope: !227, atomGroup: 6, atomRank: 1)
