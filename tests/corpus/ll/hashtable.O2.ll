; ModuleID = 'hashtable.c'
source_filename = "hashtable.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.table = type { ptr, i64, i64 }
%struct.entry = type { ptr, i64, i32, i32 }

@.str = private unnamed_addr constant [6 x i8] c"key%d\00", align 1
@.str.1 = private unnamed_addr constant [34 x i8] c"n=%zu cap=%zu sum=%ld missing=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"key1\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"key3\00", align 1
@.str.4 = private unnamed_addr constant [26 x i8] c"live=%d key1=%ld key3=%s\0A\00", align 1
@.str.5 = private unnamed_addr constant [8 x i8] c"present\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"deleted\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.table, align 8
  %3 = alloca [32 x i8], align 16
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7, !dbg !17
  %16 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 0, !dbg !18
  %17 = call noalias ptr @calloc(i64 noundef 8, i64 noundef 24) #8, !dbg !19
  store ptr %17, ptr %16, align 8, !dbg !20, !tbaa !21
  %18 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 1, !dbg !18
  store i64 8, ptr %18, align 8, !dbg !20, !tbaa !26
  %19 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 2, !dbg !18
  store i64 0, ptr %19, align 8, !dbg !20, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %3) #7, !dbg !28
  call void @llvm.lifetime.start.p0(ptr %4) #7, !dbg !29
  store i32 0, ptr %4, align 4, !dbg !30, !tbaa !9
  br label %20, !dbg !29

20:                                               ; preds = %33, %0
  %21 = load i32, ptr %4, align 4, !dbg !31, !tbaa !9
  %22 = icmp slt i32 %21, 2000, !dbg !32
  br i1 %22, label %24, label %23, !dbg !33

23:                                               ; preds = %20
  call void @llvm.lifetime.end.p0(ptr %4) #7, !dbg !34
  br label %36

24:                                               ; preds = %20
  %25 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0, !dbg !35
  %26 = load i32, ptr %4, align 4, !dbg !36, !tbaa !9
  %27 = mul nsw i32 %26, 7, !dbg !37
  %28 = srem i32 %27, 1500, !dbg !38
  %29 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %25, i64 noundef 32, ptr noundef @.str, i32 noundef %28) #7, !dbg !39
  %30 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0, !dbg !40
  %31 = load i32, ptr %4, align 4, !dbg !41, !tbaa !9
  %32 = sext i32 %31 to i64, !dbg !41
  call void @put(ptr noundef %2, ptr noundef %30, i64 noundef %32), !dbg !42
  br label %33, !dbg !43

33:                                               ; preds = %24
  %34 = load i32, ptr %4, align 4, !dbg !44, !tbaa !9
  %35 = add nsw i32 %34, 1, !dbg !45
  store i32 %35, ptr %4, align 4, !dbg !46, !tbaa !9
  br label %20, !dbg !34, !llvm.loop !47

36:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %5) #7, !dbg !50
  store i64 0, ptr %5, align 8, !dbg !51, !tbaa !52
  call void @llvm.lifetime.start.p0(ptr %6) #7, !dbg !53
  store i32 0, ptr %6, align 4, !dbg !54, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #7, !dbg !55
  store i32 0, ptr %7, align 4, !dbg !56, !tbaa !9
  br label %37, !dbg !55

37:                                               ; preds = %59, %36
  %38 = load i32, ptr %7, align 4, !dbg !57, !tbaa !9
  %39 = icmp slt i32 %38, 1600, !dbg !58
  br i1 %39, label %41, label %40, !dbg !59

40:                                               ; preds = %37
  call void @llvm.lifetime.end.p0(ptr %7) #7, !dbg !60
  br label %62

41:                                               ; preds = %37
  %42 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0, !dbg !61
  %43 = load i32, ptr %7, align 4, !dbg !62, !tbaa !9
  %44 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %42, i64 noundef 32, ptr noundef @.str, i32 noundef %43) #7, !dbg !63
  call void @llvm.lifetime.start.p0(ptr %8) #7, !dbg !64
  %45 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0, !dbg !65
  %46 = call ptr @find(ptr noundef %2, ptr noundef %45), !dbg !66
  store ptr %46, ptr %8, align 8, !dbg !67, !tbaa !68
  %47 = load ptr, ptr %8, align 8, !dbg !69, !tbaa !68
  %48 = icmp ne ptr %47, null, !dbg !70
  br i1 %48, label %49, label %55, !dbg !71

49:                                               ; preds = %41
  %50 = load ptr, ptr %8, align 8, !dbg !72, !tbaa !68
  %51 = getelementptr inbounds nuw %struct.entry, ptr %50, i32 0, i32 1, !dbg !73
  %52 = load i64, ptr %51, align 8, !dbg !73, !tbaa !74
  %53 = load i64, ptr %5, align 8, !dbg !77, !tbaa !52
  %54 = add nsw i64 %53, %52, !dbg !78
  store i64 %54, ptr %5, align 8, !dbg !79, !tbaa !52
  br label %58, !dbg !80

55:                                               ; preds = %41
  %56 = load i32, ptr %6, align 4, !dbg !81, !tbaa !9
  %57 = add nsw i32 %56, 1, !dbg !82
  store i32 %57, ptr %6, align 4, !dbg !83, !tbaa !9
  br label %58

58:                                               ; preds = %55, %49
  call void @llvm.lifetime.end.p0(ptr %8) #7, !dbg !84
  br label %59, !dbg !85

59:                                               ; preds = %58
  %60 = load i32, ptr %7, align 4, !dbg !86, !tbaa !9
  %61 = add nsw i32 %60, 1, !dbg !87
  store i32 %61, ptr %7, align 4, !dbg !88, !tbaa !9
  br label %37, !dbg !60, !llvm.loop !89

62:                                               ; preds = %40
  %63 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 2, !dbg !90
  %64 = load i64, ptr %63, align 8, !dbg !90, !tbaa !27
  %65 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 1, !dbg !91
  %66 = load i64, ptr %65, align 8, !dbg !91, !tbaa !26
  %67 = load i64, ptr %5, align 8, !dbg !92, !tbaa !52
  %68 = load i32, ptr %6, align 4, !dbg !93, !tbaa !9
  %69 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %64, i64 noundef %66, i64 noundef %67, i32 noundef %68), !dbg !94
  call void @llvm.lifetime.start.p0(ptr %9) #7, !dbg !95
  store i32 0, ptr %9, align 4, !dbg !96, !tbaa !9
  br label %70, !dbg !95

70:                                               ; preds = %91, %62
  %71 = load i32, ptr %9, align 4, !dbg !97, !tbaa !9
  %72 = icmp slt i32 %71, 1500, !dbg !98
  br i1 %72, label %74, label %73, !dbg !99

73:                                               ; preds = %70
  call void @llvm.lifetime.end.p0(ptr %9) #7, !dbg !100
  br label %94

74:                                               ; preds = %70
  %75 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0, !dbg !101
  %76 = load i32, ptr %9, align 4, !dbg !102, !tbaa !9
  %77 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %75, i64 noundef 32, ptr noundef @.str, i32 noundef %76) #7, !dbg !103
  call void @llvm.lifetime.start.p0(ptr %10) #7, !dbg !104
  %78 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0, !dbg !105
  %79 = call ptr @find(ptr noundef %2, ptr noundef %78), !dbg !106
  store ptr %79, ptr %10, align 8, !dbg !107, !tbaa !68
  %80 = load ptr, ptr %10, align 8, !dbg !108, !tbaa !68
  %81 = icmp ne ptr %80, null, !dbg !109
  br i1 %81, label %82, label %90, !dbg !110

82:                                               ; preds = %74
  %83 = load ptr, ptr %10, align 8, !dbg !111, !tbaa !68
  %84 = getelementptr inbounds nuw %struct.entry, ptr %83, i32 0, i32 3, !dbg !112
  store i32 1, ptr %84, align 4, !dbg !113, !tbaa !114
  %85 = load ptr, ptr %10, align 8, !dbg !115, !tbaa !68
  %86 = getelementptr inbounds nuw %struct.entry, ptr %85, i32 0, i32 0, !dbg !116
  %87 = load ptr, ptr %86, align 8, !dbg !116, !tbaa !117
  call void @free(ptr noundef %87) #7, !dbg !118
  %88 = load ptr, ptr %10, align 8, !dbg !119, !tbaa !68
  %89 = getelementptr inbounds nuw %struct.entry, ptr %88, i32 0, i32 0, !dbg !120
  store ptr null, ptr %89, align 8, !dbg !121, !tbaa !117
  br label %90, !dbg !122

90:                                               ; preds = %82, %74
  call void @llvm.lifetime.end.p0(ptr %10) #7, !dbg !123
  br label %91, !dbg !124

91:                                               ; preds = %90
  %92 = load i32, ptr %9, align 4, !dbg !125, !tbaa !9
  %93 = add nsw i32 %92, 3, !dbg !126
  store i32 %93, ptr %9, align 4, !dbg !127, !tbaa !9
  br label %70, !dbg !100, !llvm.loop !128

94:                                               ; preds = %73
  call void @llvm.lifetime.start.p0(ptr %11) #7, !dbg !129
  store i32 0, ptr %11, align 4, !dbg !130, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %12) #7, !dbg !131
  store i64 0, ptr %12, align 8, !dbg !132, !tbaa !52
  br label %95, !dbg !131

95:                                               ; preds = %123, %94
  %96 = load i64, ptr %12, align 8, !dbg !133, !tbaa !52
  %97 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 1, !dbg !134
  %98 = load i64, ptr %97, align 8, !dbg !134, !tbaa !26
  %99 = icmp ult i64 %96, %98, !dbg !135
  br i1 %99, label %101, label %100, !dbg !136

100:                                              ; preds = %95
  call void @llvm.lifetime.end.p0(ptr %12) #7, !dbg !137
  br label %126

101:                                              ; preds = %95
  %102 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 0, !dbg !138
  %103 = load ptr, ptr %102, align 8, !dbg !138, !tbaa !21
  %104 = load i64, ptr %12, align 8, !dbg !139, !tbaa !52
  %105 = getelementptr inbounds nuw %struct.entry, ptr %103, i64 %104, !dbg !140
  %106 = getelementptr inbounds nuw %struct.entry, ptr %105, i32 0, i32 2, !dbg !141
  %107 = load i32, ptr %106, align 8, !dbg !141, !tbaa !142
  %108 = icmp ne i32 %107, 0, !dbg !143
  br i1 %108, label %109, label %118, !dbg !144

109:                                              ; preds = %101
  %110 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 0, !dbg !145
  %111 = load ptr, ptr %110, align 8, !dbg !145, !tbaa !21
  %112 = load i64, ptr %12, align 8, !dbg !146, !tbaa !52
  %113 = getelementptr inbounds nuw %struct.entry, ptr %111, i64 %112, !dbg !147
  %114 = getelementptr inbounds nuw %struct.entry, ptr %113, i32 0, i32 3, !dbg !148
  %115 = load i32, ptr %114, align 4, !dbg !148, !tbaa !114
  %116 = icmp ne i32 %115, 0, !dbg !149
  %117 = xor i1 %116, true, !dbg !149
  br label %118

118:                                              ; preds = %109, %101
  %119 = phi i1 [ false, %101 ], [ %117, %109 ], !dbg !150
  %120 = zext i1 %119 to i32, !dbg !151
  %121 = load i32, ptr %11, align 4, !dbg !152, !tbaa !9
  %122 = add nsw i32 %121, %120, !dbg !153
  store i32 %122, ptr %11, align 4, !dbg !154, !tbaa !9
  br label %123, !dbg !155

123:                                              ; preds = %118
  %124 = load i64, ptr %12, align 8, !dbg !156, !tbaa !52
  %125 = add i64 %124, 1, !dbg !157
  store i64 %125, ptr %12, align 8, !dbg !158, !tbaa !52
  br label %95, !dbg !137, !llvm.loop !159

126:                                              ; preds = %100
  call void @llvm.lifetime.start.p0(ptr %13) #7, !dbg !160
  %127 = call ptr @find(ptr noundef %2, ptr noundef @.str.2), !dbg !161
  store ptr %127, ptr %13, align 8, !dbg !162, !tbaa !68
  call void @llvm.lifetime.start.p0(ptr %14) #7, !dbg !163
  %128 = call ptr @find(ptr noundef %2, ptr noundef @.str.3), !dbg !164
  store ptr %128, ptr %14, align 8, !dbg !165, !tbaa !68
  %129 = load i32, ptr %11, align 4, !dbg !166, !tbaa !9
  %130 = load ptr, ptr %13, align 8, !dbg !167, !tbaa !68
  %131 = icmp ne ptr %130, null, !dbg !168
  br i1 %131, label %132, label %136, !dbg !169

132:                                              ; preds = %126
  %133 = load ptr, ptr %13, align 8, !dbg !170, !tbaa !68
  %134 = getelementptr inbounds nuw %struct.entry, ptr %133, i32 0, i32 1, !dbg !171
  %135 = load i64, ptr %134, align 8, !dbg !171, !tbaa !74
  br label %137, !dbg !167

136:                                              ; preds = %126
  br label %137, !dbg !167

137:                                              ; preds = %136, %132
  %138 = phi i64 [ %135, %132 ], [ -1, %136 ], !dbg !167
  %139 = load ptr, ptr %14, align 8, !dbg !172, !tbaa !68
  %140 = icmp ne ptr %139, null, !dbg !172
  %141 = zext i1 %140 to i64, !dbg !172
  %142 = select i1 %140, ptr @.str.5, ptr @.str.6, !dbg !172
  %143 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %129, i64 noundef %138, ptr noundef %142), !dbg !173
  call void @llvm.lifetime.start.p0(ptr %15) #7, !dbg !174
  store i64 0, ptr %15, align 8, !dbg !175, !tbaa !52
  br label %144, !dbg !174

144:                                              ; preds = %157, %137
  %145 = load i64, ptr %15, align 8, !dbg !176, !tbaa !52
  %146 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 1, !dbg !177
  %147 = load i64, ptr %146, align 8, !dbg !177, !tbaa !26
  %148 = icmp ult i64 %145, %147, !dbg !178
  br i1 %148, label %150, label %149, !dbg !179

149:                                              ; preds = %144
  call void @llvm.lifetime.end.p0(ptr %15) #7, !dbg !180
  br label %160

150:                                              ; preds = %144
  %151 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 0, !dbg !181
  %152 = load ptr, ptr %151, align 8, !dbg !181, !tbaa !21
  %153 = load i64, ptr %15, align 8, !dbg !182, !tbaa !52
  %154 = getelementptr inbounds nuw %struct.entry, ptr %152, i64 %153, !dbg !183
  %155 = getelementptr inbounds nuw %struct.entry, ptr %154, i32 0, i32 0, !dbg !184
  %156 = load ptr, ptr %155, align 8, !dbg !184, !tbaa !117
  call void @free(ptr noundef %156) #7, !dbg !185
  br label %157, !dbg !186

157:                                              ; preds = %150
  %158 = load i64, ptr %15, align 8, !dbg !187, !tbaa !52
  %159 = add i64 %158, 1, !dbg !188
  store i64 %159, ptr %15, align 8, !dbg !189, !tbaa !52
  br label %144, !dbg !180, !llvm.loop !190

160:                                              ; preds = %149
  %161 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 0, !dbg !192
  %162 = load ptr, ptr %161, align 8, !dbg !192, !tbaa !21
  call void @free(ptr noundef %162) #7, !dbg !193
  call void @llvm.lifetime.end.p0(ptr %14) #7, !dbg !194
  call void @llvm.lifetime.end.p0(ptr %13) #7, !dbg !194
  call void @llvm.lifetime.end.p0(ptr %11) #7, !dbg !194
  call void @llvm.lifetime.end.p0(ptr %6) #7, !dbg !194
  call void @llvm.lifetime.end.p0(ptr %5) #7, !dbg !194
  call void @llvm.lifetime.end.p0(ptr %3) #7, !dbg !194
  call void @llvm.lifetime.end.p0(ptr %2) #7, !dbg !194
  ret i32 0, !dbg !195
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nounwind allocsize(0,1)
declare !dbg !196 noalias ptr @calloc(i64 noundef, i64 noundef) #2

; Function Attrs: nounwind
declare !dbg !198 i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #3

; Function Attrs: nounwind uwtable
define internal void @put(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 !dbg !200 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca %struct.entry, align 8
  store ptr %0, ptr %4, align 8, !tbaa !201
  store ptr %1, ptr %5, align 8, !tbaa !203
  store i64 %2, ptr %6, align 8, !tbaa !52
  %10 = load ptr, ptr %4, align 8, !dbg !204, !tbaa !201
  %11 = getelementptr inbounds nuw %struct.table, ptr %10, i32 0, i32 2, !dbg !205
  %12 = load i64, ptr %11, align 8, !dbg !205, !tbaa !27
  %13 = add i64 %12, 1, !dbg !206
  %14 = mul i64 %13, 4, !dbg !207
  %15 = load ptr, ptr %4, align 8, !dbg !208, !tbaa !201
  %16 = getelementptr inbounds nuw %struct.table, ptr %15, i32 0, i32 1, !dbg !209
  %17 = load i64, ptr %16, align 8, !dbg !209, !tbaa !26
  %18 = mul i64 %17, 3, !dbg !210
  %19 = icmp ugt i64 %14, %18, !dbg !211
  br i1 %19, label %20, label %22, !dbg !212

20:                                               ; preds = %3
  %21 = load ptr, ptr %4, align 8, !dbg !213, !tbaa !201
  call void @grow(ptr noundef %21), !dbg !214
  br label %22, !dbg !214

22:                                               ; preds = %20, %3
  call void @llvm.lifetime.start.p0(ptr %7) #7, !dbg !215
  %23 = load ptr, ptr %5, align 8, !dbg !216, !tbaa !203
  %24 = call i64 @fnv(ptr noundef %23), !dbg !217
  %25 = load ptr, ptr %4, align 8, !dbg !218, !tbaa !201
  %26 = getelementptr inbounds nuw %struct.table, ptr %25, i32 0, i32 1, !dbg !219
  %27 = load i64, ptr %26, align 8, !dbg !219, !tbaa !26
  %28 = sub i64 %27, 1, !dbg !220
  %29 = and i64 %24, %28, !dbg !221
  store i64 %29, ptr %7, align 8, !dbg !222, !tbaa !52
  br label %30, !dbg !223

30:                                               ; preds = %67, %22
  %31 = load ptr, ptr %4, align 8, !dbg !224, !tbaa !201
  %32 = getelementptr inbounds nuw %struct.table, ptr %31, i32 0, i32 0, !dbg !225
  %33 = load ptr, ptr %32, align 8, !dbg !225, !tbaa !21
  %34 = load i64, ptr %7, align 8, !dbg !226, !tbaa !52
  %35 = getelementptr inbounds nuw %struct.entry, ptr %33, i64 %34, !dbg !224
  %36 = getelementptr inbounds nuw %struct.entry, ptr %35, i32 0, i32 2, !dbg !227
  %37 = load i32, ptr %36, align 8, !dbg !227, !tbaa !142
  %38 = icmp ne i32 %37, 0, !dbg !228
  br i1 %38, label %39, label %75, !dbg !229

39:                                               ; preds = %30
  %40 = load ptr, ptr %4, align 8, !dbg !230, !tbaa !201
  %41 = getelementptr inbounds nuw %struct.table, ptr %40, i32 0, i32 0, !dbg !231
  %42 = load ptr, ptr %41, align 8, !dbg !231, !tbaa !21
  %43 = load i64, ptr %7, align 8, !dbg !232, !tbaa !52
  %44 = getelementptr inbounds nuw %struct.entry, ptr %42, i64 %43, !dbg !230
  %45 = getelementptr inbounds nuw %struct.entry, ptr %44, i32 0, i32 3, !dbg !233
  %46 = load i32, ptr %45, align 4, !dbg !233, !tbaa !114
  %47 = icmp ne i32 %46, 0, !dbg !234
  br i1 %47, label %67, label %48, !dbg !235

48:                                               ; preds = %39
  %49 = load ptr, ptr %4, align 8, !dbg !236, !tbaa !201
  %50 = getelementptr inbounds nuw %struct.table, ptr %49, i32 0, i32 0, !dbg !237
  %51 = load ptr, ptr %50, align 8, !dbg !237, !tbaa !21
  %52 = load i64, ptr %7, align 8, !dbg !238, !tbaa !52
  %53 = getelementptr inbounds nuw %struct.entry, ptr %51, i64 %52, !dbg !236
  %54 = getelementptr inbounds nuw %struct.entry, ptr %53, i32 0, i32 0, !dbg !239
  %55 = load ptr, ptr %54, align 8, !dbg !239, !tbaa !117
  %56 = load ptr, ptr %5, align 8, !dbg !240, !tbaa !203
  %57 = call i32 @strcmp(ptr noundef %55, ptr noundef %56) #9, !dbg !241
  %58 = icmp ne i32 %57, 0, !dbg !242
  br i1 %58, label %67, label %59, !dbg !243

59:                                               ; preds = %48
  %60 = load i64, ptr %6, align 8, !dbg !244, !tbaa !52
  %61 = load ptr, ptr %4, align 8, !dbg !245, !tbaa !201
  %62 = getelementptr inbounds nuw %struct.table, ptr %61, i32 0, i32 0, !dbg !246
  %63 = load ptr, ptr %62, align 8, !dbg !246, !tbaa !21
  %64 = load i64, ptr %7, align 8, !dbg !247, !tbaa !52
  %65 = getelementptr inbounds nuw %struct.entry, ptr %63, i64 %64, !dbg !245
  %66 = getelementptr inbounds nuw %struct.entry, ptr %65, i32 0, i32 1, !dbg !248
  store i64 %60, ptr %66, align 8, !dbg !249, !tbaa !74
  store i32 1, ptr %8, align 4
  br label %92, !dbg !250

67:                                               ; preds = %48, %39
  %68 = load i64, ptr %7, align 8, !dbg !251, !tbaa !52
  %69 = add i64 %68, 1, !dbg !252
  %70 = load ptr, ptr %4, align 8, !dbg !253, !tbaa !201
  %71 = getelementptr inbounds nuw %struct.table, ptr %70, i32 0, i32 1, !dbg !254
  %72 = load i64, ptr %71, align 8, !dbg !254, !tbaa !26
  %73 = sub i64 %72, 1, !dbg !255
  %74 = and i64 %69, %73, !dbg !256
  store i64 %74, ptr %7, align 8, !dbg !257, !tbaa !52
  br label %30, !dbg !223, !llvm.loop !258

75:                                               ; preds = %30
  %76 = load ptr, ptr %4, align 8, !dbg !260, !tbaa !201
  %77 = getelementptr inbounds nuw %struct.table, ptr %76, i32 0, i32 0, !dbg !261
  %78 = load ptr, ptr %77, align 8, !dbg !261, !tbaa !21
  %79 = load i64, ptr %7, align 8, !dbg !262, !tbaa !52
  %80 = getelementptr inbounds nuw %struct.entry, ptr %78, i64 %79, !dbg !260
  %81 = getelementptr inbounds nuw %struct.entry, ptr %9, i32 0, i32 0, !dbg !263
  %82 = load ptr, ptr %5, align 8, !dbg !264, !tbaa !203
  %83 = call noalias ptr @strdup(ptr noundef %82) #7, !dbg !265
  store ptr %83, ptr %81, align 8, !dbg !266, !tbaa !117
  %84 = getelementptr inbounds nuw %struct.entry, ptr %9, i32 0, i32 1, !dbg !263
  %85 = load i64, ptr %6, align 8, !dbg !267, !tbaa !52
  store i64 %85, ptr %84, align 8, !dbg !266, !tbaa !74
  %86 = getelementptr inbounds nuw %struct.entry, ptr %9, i32 0, i32 2, !dbg !263
  store i32 1, ptr %86, align 8, !dbg !266, !tbaa !142
  %87 = getelementptr inbounds nuw %struct.entry, ptr %9, i32 0, i32 3, !dbg !263
  store i32 0, ptr %87, align 4, !dbg !266, !tbaa !114
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %80, ptr align 8 %9, i64 24, i1 false), !dbg !268, !tbaa.struct !269
  %88 = load ptr, ptr %4, align 8, !dbg !270, !tbaa !201
  %89 = getelementptr inbounds nuw %struct.table, ptr %88, i32 0, i32 2, !dbg !271
  %90 = load i64, ptr %89, align 8, !dbg !272, !tbaa !27
  %91 = add i64 %90, 1, !dbg !273
  store i64 %91, ptr %89, align 8, !dbg !274, !tbaa !27
  store i32 0, ptr %8, align 4, !dbg !275
  br label %92, !dbg !275

92:                                               ; preds = %75, %59
  call void @llvm.lifetime.end.p0(ptr %7) #7, !dbg !275
  %93 = load i32, ptr %8, align 4
  switch i32 %93, label %95 [
    i32 0, label %94
    i32 1, label %94
  ]

94:                                               ; preds = %92, %92
  ret void, !dbg !276

95:                                               ; preds = %92
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal ptr @find(ptr noundef %0, ptr noundef %1) #0 !dbg !277 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !201
  store ptr %1, ptr %5, align 8, !tbaa !203
  call void @llvm.lifetime.start.p0(ptr %6) #7, !dbg !278
  %8 = load ptr, ptr %5, align 8, !dbg !279, !tbaa !203
  %9 = call i64 @fnv(ptr noundef %8), !dbg !280
  %10 = load ptr, ptr %4, align 8, !dbg !281, !tbaa !201
  %11 = getelementptr inbounds nuw %struct.table, ptr %10, i32 0, i32 1, !dbg !282
  %12 = load i64, ptr %11, align 8, !dbg !282, !tbaa !26
  %13 = sub i64 %12, 1, !dbg !283
  %14 = and i64 %9, %13, !dbg !284
  store i64 %14, ptr %6, align 8, !dbg !285, !tbaa !52
  br label %15, !dbg !286

15:                                               ; preds = %50, %2
  %16 = load ptr, ptr %4, align 8, !dbg !287, !tbaa !201
  %17 = getelementptr inbounds nuw %struct.table, ptr %16, i32 0, i32 0, !dbg !288
  %18 = load ptr, ptr %17, align 8, !dbg !288, !tbaa !21
  %19 = load i64, ptr %6, align 8, !dbg !289, !tbaa !52
  %20 = getelementptr inbounds nuw %struct.entry, ptr %18, i64 %19, !dbg !287
  %21 = getelementptr inbounds nuw %struct.entry, ptr %20, i32 0, i32 2, !dbg !290
  %22 = load i32, ptr %21, align 8, !dbg !290, !tbaa !142
  %23 = icmp ne i32 %22, 0, !dbg !291
  br i1 %23, label %24, label %58, !dbg !292

24:                                               ; preds = %15
  %25 = load ptr, ptr %4, align 8, !dbg !293, !tbaa !201
  %26 = getelementptr inbounds nuw %struct.table, ptr %25, i32 0, i32 0, !dbg !294
  %27 = load ptr, ptr %26, align 8, !dbg !294, !tbaa !21
  %28 = load i64, ptr %6, align 8, !dbg !295, !tbaa !52
  %29 = getelementptr inbounds nuw %struct.entry, ptr %27, i64 %28, !dbg !293
  %30 = getelementptr inbounds nuw %struct.entry, ptr %29, i32 0, i32 3, !dbg !296
  %31 = load i32, ptr %30, align 4, !dbg !296, !tbaa !114
  %32 = icmp ne i32 %31, 0, !dbg !297
  br i1 %32, label %50, label %33, !dbg !298

33:                                               ; preds = %24
  %34 = load ptr, ptr %4, align 8, !dbg !299, !tbaa !201
  %35 = getelementptr inbounds nuw %struct.table, ptr %34, i32 0, i32 0, !dbg !300
  %36 = load ptr, ptr %35, align 8, !dbg !300, !tbaa !21
  %37 = load i64, ptr %6, align 8, !dbg !301, !tbaa !52
  %38 = getelementptr inbounds nuw %struct.entry, ptr %36, i64 %37, !dbg !299
  %39 = getelementptr inbounds nuw %struct.entry, ptr %38, i32 0, i32 0, !dbg !302
  %40 = load ptr, ptr %39, align 8, !dbg !302, !tbaa !117
  %41 = load ptr, ptr %5, align 8, !dbg !303, !tbaa !203
  %42 = call i32 @strcmp(ptr noundef %40, ptr noundef %41) #9, !dbg !304
  %43 = icmp ne i32 %42, 0, !dbg !305
  br i1 %43, label %50, label %44, !dbg !306

44:                                               ; preds = %33
  %45 = load ptr, ptr %4, align 8, !dbg !307, !tbaa !201
  %46 = getelementptr inbounds nuw %struct.table, ptr %45, i32 0, i32 0, !dbg !308
  %47 = load ptr, ptr %46, align 8, !dbg !308, !tbaa !21
  %48 = load i64, ptr %6, align 8, !dbg !309, !tbaa !52
  %49 = getelementptr inbounds nuw %struct.entry, ptr %47, i64 %48, !dbg !310
  store ptr %49, ptr %3, align 8, !dbg !311
  store i32 1, ptr %7, align 4
  br label %59, !dbg !311

50:                                               ; preds = %33, %24
  %51 = load i64, ptr %6, align 8, !dbg !312, !tbaa !52
  %52 = add i64 %51, 1, !dbg !313
  %53 = load ptr, ptr %4, align 8, !dbg !314, !tbaa !201
  %54 = getelementptr inbounds nuw %struct.table, ptr %53, i32 0, i32 1, !dbg !315
  %55 = load i64, ptr %54, align 8, !dbg !315, !tbaa !26
  %56 = sub i64 %55, 1, !dbg !316
  %57 = and i64 %52, %56, !dbg !317
  store i64 %57, ptr %6, align 8, !dbg !318, !tbaa !52
  br label %15, !dbg !286, !llvm.loop !319

58:                                               ; preds = %15
  store ptr null, ptr %3, align 8, !dbg !321
  store i32 1, ptr %7, align 4
  br label %59, !dbg !321

59:                                               ; preds = %58, %44
  call void @llvm.lifetime.end.p0(ptr %6) #7, !dbg !322
  %60 = load ptr, ptr %3, align 8, !dbg !323
  ret ptr %60, !dbg !324
}

declare !dbg !325 i32 @printf(ptr noundef, ...) #4

; Function Attrs: nounwind
declare !dbg !326 void @free(ptr noundef) #3

; Function Attrs: nounwind uwtable
define internal void @grow(ptr noundef %0) #0 !dbg !327 {
  %2 = alloca ptr, align 8
  %3 = alloca %struct.table, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %2, align 8, !tbaa !201
  call void @llvm.lifetime.start.p0(ptr %3) #7, !dbg !328
  %5 = getelementptr inbounds nuw %struct.table, ptr %3, i32 0, i32 0, !dbg !329
  %6 = load ptr, ptr %2, align 8, !dbg !330, !tbaa !201
  %7 = getelementptr inbounds nuw %struct.table, ptr %6, i32 0, i32 1, !dbg !331
  %8 = load i64, ptr %7, align 8, !dbg !331, !tbaa !26
  %9 = mul i64 %8, 2, !dbg !332
  %10 = call noalias ptr @calloc(i64 noundef %9, i64 noundef 24) #8, !dbg !333
  store ptr %10, ptr %5, align 8, !dbg !334, !tbaa !21
  %11 = getelementptr inbounds nuw %struct.table, ptr %3, i32 0, i32 1, !dbg !329
  %12 = load ptr, ptr %2, align 8, !dbg !335, !tbaa !201
  %13 = getelementptr inbounds nuw %struct.table, ptr %12, i32 0, i32 1, !dbg !336
  %14 = load i64, ptr %13, align 8, !dbg !336, !tbaa !26
  %15 = mul i64 %14, 2, !dbg !337
  store i64 %15, ptr %11, align 8, !dbg !334, !tbaa !26
  %16 = getelementptr inbounds nuw %struct.table, ptr %3, i32 0, i32 2, !dbg !329
  store i64 0, ptr %16, align 8, !dbg !334, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %4) #7, !dbg !338
  store i64 0, ptr %4, align 8, !dbg !339, !tbaa !52
  br label %17, !dbg !338

17:                                               ; preds = %65, %1
  %18 = load i64, ptr %4, align 8, !dbg !340, !tbaa !52
  %19 = load ptr, ptr %2, align 8, !dbg !341, !tbaa !201
  %20 = getelementptr inbounds nuw %struct.table, ptr %19, i32 0, i32 1, !dbg !342
  %21 = load i64, ptr %20, align 8, !dbg !342, !tbaa !26
  %22 = icmp ult i64 %18, %21, !dbg !343
  br i1 %22, label %24, label %23, !dbg !344

23:                                               ; preds = %17
  call void @llvm.lifetime.end.p0(ptr %4) #7, !dbg !345
  br label %68

24:                                               ; preds = %17
  %25 = load ptr, ptr %2, align 8, !dbg !346, !tbaa !201
  %26 = getelementptr inbounds nuw %struct.table, ptr %25, i32 0, i32 0, !dbg !347
  %27 = load ptr, ptr %26, align 8, !dbg !347, !tbaa !21
  %28 = load i64, ptr %4, align 8, !dbg !348, !tbaa !52
  %29 = getelementptr inbounds nuw %struct.entry, ptr %27, i64 %28, !dbg !346
  %30 = getelementptr inbounds nuw %struct.entry, ptr %29, i32 0, i32 2, !dbg !349
  %31 = load i32, ptr %30, align 8, !dbg !349, !tbaa !142
  %32 = icmp ne i32 %31, 0, !dbg !350
  br i1 %32, label %33, label %64, !dbg !351

33:                                               ; preds = %24
  %34 = load ptr, ptr %2, align 8, !dbg !352, !tbaa !201
  %35 = getelementptr inbounds nuw %struct.table, ptr %34, i32 0, i32 0, !dbg !353
  %36 = load ptr, ptr %35, align 8, !dbg !353, !tbaa !21
  %37 = load i64, ptr %4, align 8, !dbg !354, !tbaa !52
  %38 = getelementptr inbounds nuw %struct.entry, ptr %36, i64 %37, !dbg !352
  %39 = getelementptr inbounds nuw %struct.entry, ptr %38, i32 0, i32 3, !dbg !355
  %40 = load i32, ptr %39, align 4, !dbg !355, !tbaa !114
  %41 = icmp ne i32 %40, 0, !dbg !356
  br i1 %41, label %64, label %42, !dbg !357

42:                                               ; preds = %33
  %43 = load ptr, ptr %2, align 8, !dbg !358, !tbaa !201
  %44 = getelementptr inbounds nuw %struct.table, ptr %43, i32 0, i32 0, !dbg !359
  %45 = load ptr, ptr %44, align 8, !dbg !359, !tbaa !21
  %46 = load i64, ptr %4, align 8, !dbg !360, !tbaa !52
  %47 = getelementptr inbounds nuw %struct.entry, ptr %45, i64 %46, !dbg !358
  %48 = getelementptr inbounds nuw %struct.entry, ptr %47, i32 0, i32 0, !dbg !361
  %49 = load ptr, ptr %48, align 8, !dbg !361, !tbaa !117
  %50 = load ptr, ptr %2, align 8, !dbg !362, !tbaa !201
  %51 = getelementptr inbounds nuw %struct.table, ptr %50, i32 0, i32 0, !dbg !363
  %52 = load ptr, ptr %51, align 8, !dbg !363, !tbaa !21
  %53 = load i64, ptr %4, align 8, !dbg !364, !tbaa !52
  %54 = getelementptr inbounds nuw %struct.entry, ptr %52, i64 %53, !dbg !362
  %55 = getelementptr inbounds nuw %struct.entry, ptr %54, i32 0, i32 1, !dbg !365
  %56 = load i64, ptr %55, align 8, !dbg !365, !tbaa !74
  call void @put(ptr noundef %3, ptr noundef %49, i64 noundef %56), !dbg !366
  %57 = load ptr, ptr %2, align 8, !dbg !367, !tbaa !201
  %58 = getelementptr inbounds nuw %struct.table, ptr %57, i32 0, i32 0, !dbg !368
  %59 = load ptr, ptr %58, align 8, !dbg !368, !tbaa !21
  %60 = load i64, ptr %4, align 8, !dbg !369, !tbaa !52
  %61 = getelementptr inbounds nuw %struct.entry, ptr %59, i64 %60, !dbg !367
  %62 = getelementptr inbounds nuw %struct.entry, ptr %61, i32 0, i32 0, !dbg !370
  %63 = load ptr, ptr %62, align 8, !dbg !370, !tbaa !117
  call void @free(ptr noundef %63) #7, !dbg !371
  br label %64, !dbg !372

64:                                               ; preds = %42, %33, %24
  br label %65, !dbg !373

65:                                               ; preds = %64
  %66 = load i64, ptr %4, align 8, !dbg !374, !tbaa !52
  %67 = add i64 %66, 1, !dbg !375
  store i64 %67, ptr %4, align 8, !dbg !376, !tbaa !52
  br label %17, !dbg !345, !llvm.loop !377

68:                                               ; preds = %23
  %69 = load ptr, ptr %2, align 8, !dbg !378, !tbaa !201
  %70 = getelementptr inbounds nuw %struct.table, ptr %69, i32 0, i32 0, !dbg !379
  %71 = load ptr, ptr %70, align 8, !dbg !379, !tbaa !21
  call void @free(ptr noundef %71) #7, !dbg !380
  %72 = load ptr, ptr %2, align 8, !dbg !381, !tbaa !201
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %72, ptr align 8 %3, i64 24, i1 false), !dbg !382, !tbaa.struct !383
  call void @llvm.lifetime.end.p0(ptr %3) #7, !dbg !384
  ret void, !dbg !385
}

; Function Attrs: nounwind uwtable
define internal i64 @fnv(ptr noundef %0) #0 !dbg !386 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  store ptr %0, ptr %2, align 8, !tbaa !203
  call void @llvm.lifetime.start.p0(ptr %3) #7, !dbg !387
  store i64 -3750763034362895579, ptr %3, align 8, !dbg !388, !tbaa !52
  br label %4, !dbg !389

4:                                                ; preds = %8, %1
  %5 = load ptr, ptr %2, align 8, !dbg !390, !tbaa !203
  %6 = load i8, ptr %5, align 1, !dbg !391, !tbaa !392
  %7 = icmp ne i8 %6, 0, !dbg !393
  br i1 %7, label %8, label %17, !dbg !394

8:                                                ; preds = %4
  %9 = load ptr, ptr %2, align 8, !dbg !395, !tbaa !203
  %10 = getelementptr inbounds nuw i8, ptr %9, i32 1, !dbg !396
  store ptr %10, ptr %2, align 8, !dbg !397, !tbaa !203
  %11 = load i8, ptr %9, align 1, !dbg !398, !tbaa !392
  %12 = zext i8 %11 to i64, !dbg !399
  %13 = load i64, ptr %3, align 8, !dbg !400, !tbaa !52
  %14 = xor i64 %13, %12, !dbg !401
  store i64 %14, ptr %3, align 8, !dbg !402, !tbaa !52
  %15 = load i64, ptr %3, align 8, !dbg !403, !tbaa !52
  %16 = mul i64 %15, 1099511628211, !dbg !404
  store i64 %16, ptr %3, align 8, !dbg !405, !tbaa !52
  br label %4, !dbg !389, !llvm.loop !406

17:                                               ; preds = %4
  %18 = load i64, ptr %3, align 8, !dbg !408, !tbaa !52
  call void @llvm.lifetime.end.p0(ptr %3) #7, !dbg !409
  ret i64 %18, !dbg !410
}

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !411 i32 @strcmp(ptr noundef, ptr noundef) #5

; Function Attrs: nounwind
declare !dbg !413 noalias ptr @strdup(ptr noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #6

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind allocsize(0,1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nounwind }
attributes #8 = { nounwind allocsize(0,1) }
attributes #9 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "hashtable.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 29, type: !15, scopeLine: 29, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "hashtable.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 30, column: 5, scope: !13)
!18 = !DILocation(line: 30, column: 22, scope: !13)
!19 = !DILocation(line: 30, column: 23, scope: !13, atomGroup: 1, atomRank: 2)
!20 = !DILocation(line: 30, column: 22, scope: !13, atomGroup: 1, atomRank: 1)
!21 = !{!22, !23, i64 0}
!22 = !{!"table", !23, i64 0, !25, i64 8, !25, i64 16}
!23 = !{!"p1 _ZTS5entry", !24, i64 0}
!24 = !{!"any pointer", !11, i64 0}
!25 = !{!"long", !11, i64 0}
!26 = !{!22, !25, i64 8}
!27 = !{!22, !25, i64 16}
!28 = !DILocation(line: 31, column: 5, scope: !13)
!29 = !DILocation(line: 32, column: 10, scope: !13)
!30 = !DILocation(line: 32, column: 14, scope: !13, atomGroup: 2, atomRank: 1)
!31 = !DILocation(line: 32, column: 21, scope: !13)
!32 = !DILocation(line: 32, column: 23, scope: !13, atomGroup: 3, atomRank: 1)
!33 = !DILocation(line: 32, column: 5, scope: !13, atomGroup: 4, atomRank: 1)
!34 = !DILocation(line: 32, column: 5, scope: !13)
!35 = !DILocation(line: 32, column: 47, scope: !13)
!36 = !DILocation(line: 32, column: 73, scope: !13)
!37 = !DILocation(line: 32, column: 75, scope: !13)
!38 = !DILocation(line: 32, column: 79, scope: !13)
!39 = !DILocation(line: 32, column: 38, scope: !13)
!40 = !DILocation(line: 32, column: 96, scope: !13)
!41 = !DILocation(line: 32, column: 101, scope: !13)
!42 = !DILocation(line: 32, column: 88, scope: !13)
!43 = !DILocation(line: 32, column: 105, scope: !13, atomGroup: 6, atomRank: 1)
!44 = !DILocation(line: 32, column: 32, scope: !13)
!45 = !DILocation(line: 32, column: 32, scope: !13, atomGroup: 5, atomRank: 2)
!46 = !DILocation(line: 32, column: 32, scope: !13, atomGroup: 5, atomRank: 1)
!47 = distinct !{!47, !34, !48, !49}
!48 = !DILocation(line: 32, column: 105, scope: !13)
!49 = !{!"llvm.loop.mustprogress"}
!50 = !DILocation(line: 33, column: 5, scope: !13)
!51 = !DILocation(line: 33, column: 10, scope: !13, atomGroup: 7, atomRank: 1)
!52 = !{!25, !25, i64 0}
!53 = !DILocation(line: 33, column: 17, scope: !13)
!54 = !DILocation(line: 33, column: 21, scope: !13, atomGroup: 8, atomRank: 1)
!55 = !DILocation(line: 34, column: 10, scope: !13)
!56 = !DILocation(line: 34, column: 14, scope: !13, atomGroup: 9, atomRank: 1)
!57 = !DILocation(line: 34, column: 21, scope: !13)
!58 = !DILocation(line: 34, column: 23, scope: !13, atomGroup: 10, atomRank: 1)
!59 = !DILocation(line: 34, column: 5, scope: !13, atomGroup: 11, atomRank: 1)
!60 = !DILocation(line: 34, column: 5, scope: !13)
!61 = !DILocation(line: 34, column: 47, scope: !13)
!62 = !DILocation(line: 34, column: 73, scope: !13)
!63 = !DILocation(line: 34, column: 38, scope: !13)
!64 = !DILocation(line: 34, column: 77, scope: !13)
!65 = !DILocation(line: 34, column: 104, scope: !13)
!66 = !DILocation(line: 34, column: 95, scope: !13, atomGroup: 12, atomRank: 2)
!67 = !DILocation(line: 34, column: 91, scope: !13, atomGroup: 12, atomRank: 1)
!68 = !{!23, !23, i64 0}
!69 = !DILocation(line: 34, column: 114, scope: !13)
!70 = !DILocation(line: 34, column: 114, scope: !13, atomGroup: 13, atomRank: 2)
!71 = !DILocation(line: 34, column: 114, scope: !13, atomGroup: 13, atomRank: 1)
!72 = !DILocation(line: 34, column: 122, scope: !13)
!73 = !DILocation(line: 34, column: 125, scope: !13)
!74 = !{!75, !25, i64 8}
!75 = !{!"entry", !76, i64 0, !25, i64 8, !10, i64 16, !10, i64 20}
!76 = !{!"p1 omnipotent char", !24, i64 0}
!77 = !DILocation(line: 34, column: 119, scope: !13)
!78 = !DILocation(line: 34, column: 119, scope: !13, atomGroup: 14, atomRank: 2)
!79 = !DILocation(line: 34, column: 119, scope: !13, atomGroup: 14, atomRank: 1)
!80 = !DILocation(line: 34, column: 117, scope: !13)
!81 = !DILocation(line: 34, column: 142, scope: !13)
!82 = !DILocation(line: 34, column: 142, scope: !13, atomGroup: 15, atomRank: 2)
!83 = !DILocation(line: 34, column: 142, scope: !13, atomGroup: 15, atomRank: 1)
!84 = !DILocation(line: 34, column: 146, scope: !13)
!85 = !DILocation(line: 34, column: 146, scope: !13, atomGroup: 17, atomRank: 1)
!86 = !DILocation(line: 34, column: 32, scope: !13)
!87 = !DILocation(line: 34, column: 32, scope: !13, atomGroup: 16, atomRank: 2)
!88 = !DILocation(line: 34, column: 32, scope: !13, atomGroup: 16, atomRank: 1)
!89 = distinct !{!89, !60, !84, !49}
!90 = !DILocation(line: 35, column: 52, scope: !13)
!91 = !DILocation(line: 35, column: 57, scope: !13)
!92 = !DILocation(line: 35, column: 62, scope: !13)
!93 = !DILocation(line: 35, column: 65, scope: !13)
!94 = !DILocation(line: 35, column: 5, scope: !13)
!95 = !DILocation(line: 36, column: 10, scope: !13)
!96 = !DILocation(line: 36, column: 14, scope: !13, atomGroup: 18, atomRank: 1)
!97 = !DILocation(line: 36, column: 21, scope: !13)
!98 = !DILocation(line: 36, column: 23, scope: !13, atomGroup: 19, atomRank: 1)
!99 = !DILocation(line: 36, column: 5, scope: !13, atomGroup: 20, atomRank: 1)
!100 = !DILocation(line: 36, column: 5, scope: !13)
!101 = !DILocation(line: 36, column: 50, scope: !13)
!102 = !DILocation(line: 36, column: 76, scope: !13)
!103 = !DILocation(line: 36, column: 41, scope: !13)
!104 = !DILocation(line: 36, column: 80, scope: !13)
!105 = !DILocation(line: 36, column: 107, scope: !13)
!106 = !DILocation(line: 36, column: 98, scope: !13, atomGroup: 21, atomRank: 2)
!107 = !DILocation(line: 36, column: 94, scope: !13, atomGroup: 21, atomRank: 1)
!108 = !DILocation(line: 36, column: 117, scope: !13)
!109 = !DILocation(line: 36, column: 117, scope: !13, atomGroup: 22, atomRank: 2)
!110 = !DILocation(line: 36, column: 117, scope: !13, atomGroup: 22, atomRank: 1)
!111 = !DILocation(line: 36, column: 122, scope: !13)
!112 = !DILocation(line: 36, column: 125, scope: !13)
!113 = !DILocation(line: 36, column: 130, scope: !13, atomGroup: 23, atomRank: 1)
!114 = !{!75, !10, i64 20}
!115 = !DILocation(line: 36, column: 140, scope: !13)
!116 = !DILocation(line: 36, column: 143, scope: !13)
!117 = !{!75, !76, i64 0}
!118 = !DILocation(line: 36, column: 135, scope: !13)
!119 = !DILocation(line: 36, column: 149, scope: !13)
!120 = !DILocation(line: 36, column: 152, scope: !13)
!121 = !DILocation(line: 36, column: 156, scope: !13, atomGroup: 24, atomRank: 1)
!122 = !DILocation(line: 36, column: 164, scope: !13)
!123 = !DILocation(line: 36, column: 166, scope: !13)
!124 = !DILocation(line: 36, column: 166, scope: !13, atomGroup: 26, atomRank: 1)
!125 = !DILocation(line: 36, column: 33, scope: !13)
!126 = !DILocation(line: 36, column: 33, scope: !13, atomGroup: 25, atomRank: 2)
!127 = !DILocation(line: 36, column: 33, scope: !13, atomGroup: 25, atomRank: 1)
!128 = distinct !{!128, !100, !123, !49}
!129 = !DILocation(line: 37, column: 5, scope: !13)
!130 = !DILocation(line: 37, column: 9, scope: !13, atomGroup: 27, atomRank: 1)
!131 = !DILocation(line: 37, column: 24, scope: !13)
!132 = !DILocation(line: 37, column: 31, scope: !13, atomGroup: 28, atomRank: 1)
!133 = !DILocation(line: 37, column: 38, scope: !13)
!134 = !DILocation(line: 37, column: 44, scope: !13)
!135 = !DILocation(line: 37, column: 40, scope: !13, atomGroup: 29, atomRank: 1)
!136 = !DILocation(line: 37, column: 19, scope: !13, atomGroup: 30, atomRank: 1)
!137 = !DILocation(line: 37, column: 19, scope: !13)
!138 = !DILocation(line: 37, column: 64, scope: !13)
!139 = !DILocation(line: 37, column: 66, scope: !13)
!140 = !DILocation(line: 37, column: 62, scope: !13)
!141 = !DILocation(line: 37, column: 69, scope: !13)
!142 = !{!75, !10, i64 16}
!143 = !DILocation(line: 37, column: 62, scope: !13, atomGroup: 32, atomRank: 2)
!144 = !DILocation(line: 37, column: 74, scope: !13, atomGroup: 32, atomRank: 1)
!145 = !DILocation(line: 37, column: 80, scope: !13)
!146 = !DILocation(line: 37, column: 82, scope: !13)
!147 = !DILocation(line: 37, column: 78, scope: !13)
!148 = !DILocation(line: 37, column: 85, scope: !13)
!149 = !DILocation(line: 37, column: 77, scope: !13)
!150 = !DILocation(line: 0, scope: !13)
!151 = !DILocation(line: 37, column: 74, scope: !13)
!152 = !DILocation(line: 37, column: 59, scope: !13)
!153 = !DILocation(line: 37, column: 59, scope: !13, atomGroup: 31, atomRank: 2)
!154 = !DILocation(line: 37, column: 59, scope: !13, atomGroup: 31, atomRank: 1)
!155 = !DILocation(line: 37, column: 54, scope: !13, atomGroup: 34, atomRank: 1)
!156 = !DILocation(line: 37, column: 50, scope: !13)
!157 = !DILocation(line: 37, column: 50, scope: !13, atomGroup: 33, atomRank: 2)
!158 = !DILocation(line: 37, column: 50, scope: !13, atomGroup: 33, atomRank: 1)
!159 = distinct !{!159, !137, !148, !49}
!160 = !DILocation(line: 38, column: 5, scope: !13)
!161 = !DILocation(line: 38, column: 23, scope: !13, atomGroup: 35, atomRank: 2)
!162 = !DILocation(line: 38, column: 19, scope: !13, atomGroup: 35, atomRank: 1)
!163 = !DILocation(line: 38, column: 41, scope: !13)
!164 = !DILocation(line: 38, column: 59, scope: !13, atomGroup: 36, atomRank: 2)
!165 = !DILocation(line: 38, column: 55, scope: !13, atomGroup: 36, atomRank: 1)
!166 = !DILocation(line: 39, column: 42, scope: !13)
!167 = !DILocation(line: 39, column: 48, scope: !13)
!168 = !DILocation(line: 39, column: 48, scope: !13, atomGroup: 37, atomRank: 2)
!169 = !DILocation(line: 39, column: 48, scope: !13, atomGroup: 37, atomRank: 1)
!170 = !DILocation(line: 39, column: 52, scope: !13)
!171 = !DILocation(line: 39, column: 55, scope: !13)
!172 = !DILocation(line: 39, column: 65, scope: !13)
!173 = !DILocation(line: 39, column: 5, scope: !13)
!174 = !DILocation(line: 40, column: 10, scope: !13)
!175 = !DILocation(line: 40, column: 17, scope: !13, atomGroup: 38, atomRank: 1)
!176 = !DILocation(line: 40, column: 24, scope: !13)
!177 = !DILocation(line: 40, column: 30, scope: !13)
!178 = !DILocation(line: 40, column: 26, scope: !13, atomGroup: 39, atomRank: 1)
!179 = !DILocation(line: 40, column: 5, scope: !13, atomGroup: 40, atomRank: 1)
!180 = !DILocation(line: 40, column: 5, scope: !13)
!181 = !DILocation(line: 40, column: 47, scope: !13)
!182 = !DILocation(line: 40, column: 49, scope: !13)
!183 = !DILocation(line: 40, column: 45, scope: !13)
!184 = !DILocation(line: 40, column: 52, scope: !13)
!185 = !DILocation(line: 40, column: 40, scope: !13)
!186 = !DILocation(line: 40, column: 40, scope: !13, atomGroup: 42, atomRank: 1)
!187 = !DILocation(line: 40, column: 36, scope: !13)
!188 = !DILocation(line: 40, column: 36, scope: !13, atomGroup: 41, atomRank: 2)
!189 = !DILocation(line: 40, column: 36, scope: !13, atomGroup: 41, atomRank: 1)
!190 = distinct !{!190, !180, !191, !49}
!191 = !DILocation(line: 40, column: 55, scope: !13)
!192 = !DILocation(line: 41, column: 12, scope: !13)
!193 = !DILocation(line: 41, column: 5, scope: !13)
!194 = !DILocation(line: 43, column: 1, scope: !13)
!195 = !DILocation(line: 42, column: 5, scope: !13, atomGroup: 44, atomRank: 1)
!196 = !DISubprogram(name: "calloc", scope: !197, file: !197, line: 556, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!197 = !DIFile(filename: "/usr/include/stdlib.h", directory: "")
!198 = !DISubprogram(name: "snprintf", scope: !199, file: !199, line: 378, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!199 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!200 = distinct !DISubprogram(name: "put", scope: !14, file: !14, line: 17, type: !15, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!201 = !{!202, !202, i64 0}
!202 = !{!"p1 _ZTS5table", !24, i64 0}
!203 = !{!76, !76, i64 0}
!204 = !DILocation(line: 18, column: 10, scope: !200)
!205 = !DILocation(line: 18, column: 13, scope: !200)
!206 = !DILocation(line: 18, column: 15, scope: !200)
!207 = !DILocation(line: 18, column: 20, scope: !200)
!208 = !DILocation(line: 18, column: 26, scope: !200)
!209 = !DILocation(line: 18, column: 29, scope: !200)
!210 = !DILocation(line: 18, column: 33, scope: !200)
!211 = !DILocation(line: 18, column: 24, scope: !200, atomGroup: 1, atomRank: 2)
!212 = !DILocation(line: 18, column: 24, scope: !200, atomGroup: 1, atomRank: 1)
!213 = !DILocation(line: 18, column: 43, scope: !200)
!214 = !DILocation(line: 18, column: 38, scope: !200)
!215 = !DILocation(line: 19, column: 5, scope: !200)
!216 = !DILocation(line: 19, column: 20, scope: !200)
!217 = !DILocation(line: 19, column: 16, scope: !200)
!218 = !DILocation(line: 19, column: 26, scope: !200)
!219 = !DILocation(line: 19, column: 29, scope: !200)
!220 = !DILocation(line: 19, column: 33, scope: !200)
!221 = !DILocation(line: 19, column: 23, scope: !200, atomGroup: 2, atomRank: 2)
!222 = !DILocation(line: 19, column: 12, scope: !200, atomGroup: 2, atomRank: 1)
!223 = !DILocation(line: 20, column: 5, scope: !200)
!224 = !DILocation(line: 20, column: 12, scope: !200)
!225 = !DILocation(line: 20, column: 15, scope: !200)
!226 = !DILocation(line: 20, column: 17, scope: !200)
!227 = !DILocation(line: 20, column: 20, scope: !200)
!228 = !DILocation(line: 20, column: 5, scope: !200, atomGroup: 3, atomRank: 1)
!229 = !DILocation(line: 20, column: 5, scope: !200, atomGroup: 4, atomRank: 1)
!230 = !DILocation(line: 20, column: 33, scope: !200)
!231 = !DILocation(line: 20, column: 36, scope: !200)
!232 = !DILocation(line: 20, column: 38, scope: !200)
!233 = !DILocation(line: 20, column: 41, scope: !200)
!234 = !DILocation(line: 20, column: 33, scope: !200, atomGroup: 5, atomRank: 2)
!235 = !DILocation(line: 20, column: 46, scope: !200, atomGroup: 5, atomRank: 1)
!236 = !DILocation(line: 20, column: 57, scope: !200)
!237 = !DILocation(line: 20, column: 60, scope: !200)
!238 = !DILocation(line: 20, column: 62, scope: !200)
!239 = !DILocation(line: 20, column: 65, scope: !200)
!240 = !DILocation(line: 20, column: 70, scope: !200)
!241 = !DILocation(line: 20, column: 50, scope: !200)
!242 = !DILocation(line: 20, column: 50, scope: !200, atomGroup: 6, atomRank: 2)
!243 = !DILocation(line: 20, column: 46, scope: !200, atomGroup: 6, atomRank: 1)
!244 = !DILocation(line: 20, column: 90, scope: !200, atomGroup: 7, atomRank: 2)
!245 = !DILocation(line: 20, column: 76, scope: !200)
!246 = !DILocation(line: 20, column: 79, scope: !200)
!247 = !DILocation(line: 20, column: 81, scope: !200)
!248 = !DILocation(line: 20, column: 84, scope: !200)
!249 = !DILocation(line: 20, column: 88, scope: !200, atomGroup: 7, atomRank: 1)
!250 = !DILocation(line: 20, column: 93, scope: !200, atomGroup: 8, atomRank: 1)
!251 = !DILocation(line: 20, column: 108, scope: !200)
!252 = !DILocation(line: 20, column: 110, scope: !200)
!253 = !DILocation(line: 20, column: 118, scope: !200)
!254 = !DILocation(line: 20, column: 121, scope: !200)
!255 = !DILocation(line: 20, column: 125, scope: !200)
!256 = !DILocation(line: 20, column: 115, scope: !200, atomGroup: 9, atomRank: 2)
!257 = !DILocation(line: 20, column: 105, scope: !200, atomGroup: 9, atomRank: 1)
!258 = distinct !{!258, !223, !259, !49}
!259 = !DILocation(line: 20, column: 131, scope: !200)
!260 = !DILocation(line: 21, column: 5, scope: !200)
!261 = !DILocation(line: 21, column: 8, scope: !200)
!262 = !DILocation(line: 21, column: 10, scope: !200)
!263 = !DILocation(line: 21, column: 29, scope: !200)
!264 = !DILocation(line: 21, column: 37, scope: !200)
!265 = !DILocation(line: 21, column: 30, scope: !200, atomGroup: 10, atomRank: 2)
!266 = !DILocation(line: 21, column: 29, scope: !200, atomGroup: 10, atomRank: 1)
!267 = !DILocation(line: 21, column: 41, scope: !200, atomGroup: 10, atomRank: 2)
!268 = !DILocation(line: 21, column: 15, scope: !200, atomGroup: 10, atomRank: 1)
!269 = !{i64 0, i64 8, !203, i64 8, i64 8, !52, i64 16, i64 4, !9, i64 20, i64 4, !9}
!270 = !DILocation(line: 21, column: 51, scope: !200)
!271 = !DILocation(line: 21, column: 54, scope: !200)
!272 = !DILocation(line: 21, column: 55, scope: !200)
!273 = !DILocation(line: 21, column: 55, scope: !200, atomGroup: 11, atomRank: 2)
!274 = !DILocation(line: 21, column: 55, scope: !200, atomGroup: 11, atomRank: 1)
!275 = !DILocation(line: 22, column: 1, scope: !200)
!276 = !DILocation(line: 22, column: 1, scope: !200, atomGroup: 12, atomRank: 1)
!277 = distinct !DISubprogram(name: "find", scope: !14, file: !14, line: 23, type: !15, scopeLine: 23, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!278 = !DILocation(line: 24, column: 5, scope: !277)
!279 = !DILocation(line: 24, column: 20, scope: !277)
!280 = !DILocation(line: 24, column: 16, scope: !277)
!281 = !DILocation(line: 24, column: 26, scope: !277)
!282 = !DILocation(line: 24, column: 29, scope: !277)
!283 = !DILocation(line: 24, column: 33, scope: !277)
!284 = !DILocation(line: 24, column: 23, scope: !277, atomGroup: 1, atomRank: 2)
!285 = !DILocation(line: 24, column: 12, scope: !277, atomGroup: 1, atomRank: 1)
!286 = !DILocation(line: 25, column: 5, scope: !277)
!287 = !DILocation(line: 25, column: 12, scope: !277)
!288 = !DILocation(line: 25, column: 15, scope: !277)
!289 = !DILocation(line: 25, column: 17, scope: !277)
!290 = !DILocation(line: 25, column: 20, scope: !277)
!291 = !DILocation(line: 25, column: 5, scope: !277, atomGroup: 2, atomRank: 1)
!292 = !DILocation(line: 25, column: 5, scope: !277, atomGroup: 3, atomRank: 1)
!293 = !DILocation(line: 25, column: 33, scope: !277)
!294 = !DILocation(line: 25, column: 36, scope: !277)
!295 = !DILocation(line: 25, column: 38, scope: !277)
!296 = !DILocation(line: 25, column: 41, scope: !277)
!297 = !DILocation(line: 25, column: 33, scope: !277, atomGroup: 4, atomRank: 2)
!298 = !DILocation(line: 25, column: 46, scope: !277, atomGroup: 4, atomRank: 1)
!299 = !DILocation(line: 25, column: 57, scope: !277)
!300 = !DILocation(line: 25, column: 60, scope: !277)
!301 = !DILocation(line: 25, column: 62, scope: !277)
!302 = !DILocation(line: 25, column: 65, scope: !277)
!303 = !DILocation(line: 25, column: 70, scope: !277)
!304 = !DILocation(line: 25, column: 50, scope: !277)
!305 = !DILocation(line: 25, column: 50, scope: !277, atomGroup: 5, atomRank: 2)
!306 = !DILocation(line: 25, column: 46, scope: !277, atomGroup: 5, atomRank: 1)
!307 = !DILocation(line: 25, column: 82, scope: !277)
!308 = !DILocation(line: 25, column: 85, scope: !277)
!309 = !DILocation(line: 25, column: 87, scope: !277)
!310 = !DILocation(line: 25, column: 82, scope: !277, atomGroup: 6, atomRank: 2)
!311 = !DILocation(line: 25, column: 74, scope: !277, atomGroup: 6, atomRank: 1)
!312 = !DILocation(line: 25, column: 96, scope: !277)
!313 = !DILocation(line: 25, column: 98, scope: !277)
!314 = !DILocation(line: 25, column: 106, scope: !277)
!315 = !DILocation(line: 25, column: 109, scope: !277)
!316 = !DILocation(line: 25, column: 113, scope: !277)
!317 = !DILocation(line: 25, column: 103, scope: !277, atomGroup: 7, atomRank: 2)
!318 = !DILocation(line: 25, column: 93, scope: !277, atomGroup: 7, atomRank: 1)
!319 = distinct !{!319, !286, !320, !49}
!320 = !DILocation(line: 25, column: 119, scope: !277)
!321 = !DILocation(line: 26, column: 5, scope: !277, atomGroup: 8, atomRank: 1)
!322 = !DILocation(line: 27, column: 1, scope: !277)
!323 = !DILocation(line: 27, column: 1, scope: !277, atomGroup: 9, atomRank: 2)
!324 = !DILocation(line: 27, column: 1, scope: !277, atomGroup: 9, atomRank: 1)
!325 = !DISubprogram(name: "printf", scope: !199, file: !199, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!326 = !DISubprogram(name: "free", scope: !197, file: !197, line: 568, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!327 = distinct !DISubprogram(name: "grow", scope: !14, file: !14, line: 12, type: !15, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!328 = !DILocation(line: 13, column: 5, scope: !327)
!329 = !DILocation(line: 13, column: 23, scope: !327)
!330 = !DILocation(line: 13, column: 31, scope: !327)
!331 = !DILocation(line: 13, column: 34, scope: !327)
!332 = !DILocation(line: 13, column: 38, scope: !327)
!333 = !DILocation(line: 13, column: 24, scope: !327, atomGroup: 1, atomRank: 2)
!334 = !DILocation(line: 13, column: 23, scope: !327, atomGroup: 1, atomRank: 1)
!335 = !DILocation(line: 13, column: 66, scope: !327)
!336 = !DILocation(line: 13, column: 69, scope: !327)
!337 = !DILocation(line: 13, column: 73, scope: !327, atomGroup: 1, atomRank: 2)
!338 = !DILocation(line: 14, column: 10, scope: !327)
!339 = !DILocation(line: 14, column: 17, scope: !327, atomGroup: 2, atomRank: 1)
!340 = !DILocation(line: 14, column: 24, scope: !327)
!341 = !DILocation(line: 14, column: 28, scope: !327)
!342 = !DILocation(line: 14, column: 31, scope: !327)
!343 = !DILocation(line: 14, column: 26, scope: !327, atomGroup: 3, atomRank: 1)
!344 = !DILocation(line: 14, column: 5, scope: !327, atomGroup: 4, atomRank: 1)
!345 = !DILocation(line: 14, column: 5, scope: !327)
!346 = !DILocation(line: 14, column: 45, scope: !327)
!347 = !DILocation(line: 14, column: 48, scope: !327)
!348 = !DILocation(line: 14, column: 50, scope: !327)
!349 = !DILocation(line: 14, column: 53, scope: !327)
!350 = !DILocation(line: 14, column: 45, scope: !327, atomGroup: 5, atomRank: 2)
!351 = !DILocation(line: 14, column: 58, scope: !327, atomGroup: 5, atomRank: 1)
!352 = !DILocation(line: 14, column: 62, scope: !327)
!353 = !DILocation(line: 14, column: 65, scope: !327)
!354 = !DILocation(line: 14, column: 67, scope: !327)
!355 = !DILocation(line: 14, column: 70, scope: !327)
!356 = !DILocation(line: 14, column: 62, scope: !327, atomGroup: 6, atomRank: 2)
!357 = !DILocation(line: 14, column: 58, scope: !327, atomGroup: 6, atomRank: 1)
!358 = !DILocation(line: 14, column: 87, scope: !327)
!359 = !DILocation(line: 14, column: 90, scope: !327)
!360 = !DILocation(line: 14, column: 92, scope: !327)
!361 = !DILocation(line: 14, column: 95, scope: !327)
!362 = !DILocation(line: 14, column: 100, scope: !327)
!363 = !DILocation(line: 14, column: 103, scope: !327)
!364 = !DILocation(line: 14, column: 105, scope: !327)
!365 = !DILocation(line: 14, column: 108, scope: !327)
!366 = !DILocation(line: 14, column: 78, scope: !327)
!367 = !DILocation(line: 14, column: 119, scope: !327)
!368 = !DILocation(line: 14, column: 122, scope: !327)
!369 = !DILocation(line: 14, column: 124, scope: !327)
!370 = !DILocation(line: 14, column: 127, scope: !327)
!371 = !DILocation(line: 14, column: 114, scope: !327)
!372 = !DILocation(line: 14, column: 133, scope: !327)
!373 = !DILocation(line: 14, column: 70, scope: !327, atomGroup: 8, atomRank: 1)
!374 = !DILocation(line: 14, column: 37, scope: !327)
!375 = !DILocation(line: 14, column: 37, scope: !327, atomGroup: 7, atomRank: 2)
!376 = !DILocation(line: 14, column: 37, scope: !327, atomGroup: 7, atomRank: 1)
!377 = distinct !{!377, !345, !372, !49}
!378 = !DILocation(line: 15, column: 10, scope: !327)
!379 = !DILocation(line: 15, column: 13, scope: !327)
!380 = !DILocation(line: 15, column: 5, scope: !327)
!381 = !DILocation(line: 15, column: 18, scope: !327)
!382 = !DILocation(line: 15, column: 22, scope: !327, atomGroup: 9, atomRank: 1)
!383 = !{i64 0, i64 8, !68, i64 8, i64 8, !52, i64 16, i64 8, !52}
!384 = !DILocation(line: 16, column: 1, scope: !327)
!385 = !DILocation(line: 16, column: 1, scope: !327, atomGroup: 10, atomRank: 1)
!386 = distinct !DISubprogram(name: "fnv", scope: !14, file: !14, line: 10, type: !15, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!387 = !DILocation(line: 10, column: 38, scope: !386)
!388 = !DILocation(line: 10, column: 47, scope: !386, atomGroup: 1, atomRank: 1)
!389 = !DILocation(line: 10, column: 74, scope: !386)
!390 = !DILocation(line: 10, column: 82, scope: !386)
!391 = !DILocation(line: 10, column: 81, scope: !386)
!392 = !{!11, !11, i64 0}
!393 = !DILocation(line: 10, column: 74, scope: !386, atomGroup: 2, atomRank: 1)
!394 = !DILocation(line: 10, column: 74, scope: !386, atomGroup: 3, atomRank: 1)
!395 = !DILocation(line: 10, column: 109, scope: !386)
!396 = !DILocation(line: 10, column: 109, scope: !386, atomGroup: 5, atomRank: 2)
!397 = !DILocation(line: 10, column: 109, scope: !386, atomGroup: 5, atomRank: 1)
!398 = !DILocation(line: 10, column: 107, scope: !386)
!399 = !DILocation(line: 10, column: 92, scope: !386)
!400 = !DILocation(line: 10, column: 89, scope: !386)
!401 = !DILocation(line: 10, column: 89, scope: !386, atomGroup: 4, atomRank: 2)
!402 = !DILocation(line: 10, column: 89, scope: !386, atomGroup: 4, atomRank: 1)
!403 = !DILocation(line: 10, column: 115, scope: !386)
!404 = !DILocation(line: 10, column: 115, scope: !386, atomGroup: 6, atomRank: 2)
!405 = !DILocation(line: 10, column: 115, scope: !386, atomGroup: 6, atomRank: 1)
!406 = distinct !{!406, !389, !407, !49}
!407 = !DILocation(line: 10, column: 136, scope: !386)
!408 = !DILocation(line: 10, column: 145, scope: !386, atomGroup: 8, atomRank: 2)
!409 = !DILocation(line: 10, column: 148, scope: !386)
!410 = !DILocation(line: 10, column: 138, scope: !386, atomGroup: 8, atomRank: 1)
!411 = !DISubprogram(name: "strcmp", scope: !412, file: !412, line: 156, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!412 = !DIFile(filename: "/usr/include/string.h", directory: "")
!413 = !DISubprogram(name: "strdup", scope: !412, file: !412, line: 187, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
