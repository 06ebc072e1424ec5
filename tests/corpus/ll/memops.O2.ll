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

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
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
  call void @llvm.lifetime.start.p0(ptr %2) #6, !dbg !17
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !18
  store i32 0, ptr %3, align 4, !dbg !19, !tbaa !9
  br label %18, !dbg !18

18:                                               ; preds = %30, %0
  %19 = load i32, ptr %3, align 4, !dbg !20, !tbaa !9
  %20 = icmp slt i32 %19, 512, !dbg !21
  br i1 %20, label %22, label %21, !dbg !22

21:                                               ; preds = %18
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !23
  br label %33

22:                                               ; preds = %18
  %23 = load i32, ptr %3, align 4, !dbg !24, !tbaa !9
  %24 = mul nsw i32 %23, 7, !dbg !25
  %25 = add nsw i32 %24, 3, !dbg !26
  %26 = trunc i32 %25 to i8, !dbg !27
  %27 = load i32, ptr %3, align 4, !dbg !28, !tbaa !9
  %28 = sext i32 %27 to i64, !dbg !29
  %29 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 %28, !dbg !29
  store i8 %26, ptr %29, align 1, !dbg !30, !tbaa !31
  br label %30, !dbg !32

30:                                               ; preds = %22
  %31 = load i32, ptr %3, align 4, !dbg !33, !tbaa !9
  %32 = add nsw i32 %31, 1, !dbg !34
  store i32 %32, ptr %3, align 4, !dbg !35, !tbaa !9
  br label %18, !dbg !23, !llvm.loop !36

33:                                               ; preds = %21
  %34 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0, !dbg !39
  %35 = getelementptr inbounds i8, ptr %34, i64 10, !dbg !39
  %36 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0, !dbg !39
  call void @llvm.memmove.p0.p0.i64(ptr align 2 %35, ptr align 16 %36, i64 300, i1 false), !dbg !40
  %37 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0, !dbg !41
  %38 = getelementptr inbounds i8, ptr %37, i64 100, !dbg !41
  %39 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0, !dbg !41
  %40 = getelementptr inbounds i8, ptr %39, i64 150, !dbg !41
  call void @llvm.memmove.p0.p0.i64(ptr align 4 %38, ptr align 2 %40, i64 200, i1 false), !dbg !42
  %41 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0, !dbg !43
  %42 = call i32 @hash(ptr noundef %41, i64 noundef 512), !dbg !44
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %42), !dbg !45
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !46
  store i64 0, ptr %4, align 8, !dbg !47, !tbaa !48
  br label %44, !dbg !46

44:                                               ; preds = %57, %33
  %45 = load i64, ptr %4, align 8, !dbg !50, !tbaa !48
  %46 = icmp ult i64 %45, 64, !dbg !51
  br i1 %46, label %48, label %47, !dbg !52

47:                                               ; preds = %44
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !53
  br label %60

48:                                               ; preds = %44
  %49 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0, !dbg !54
  %50 = load i64, ptr %4, align 8, !dbg !55, !tbaa !48
  %51 = mul i64 %50, 7, !dbg !56
  %52 = getelementptr inbounds nuw i8, ptr %49, i64 %51, !dbg !54
  %53 = load i64, ptr %4, align 8, !dbg !57, !tbaa !48
  %54 = trunc i64 %53 to i32, !dbg !58
  %55 = trunc i32 %54 to i8, !dbg !59
  %56 = load i64, ptr %4, align 8, !dbg !60, !tbaa !48
  call void @llvm.memset.p0.i64(ptr align 1 %52, i8 %55, i64 %56, i1 false), !dbg !61
  br label %57, !dbg !62

57:                                               ; preds = %48
  %58 = load i64, ptr %4, align 8, !dbg !63, !tbaa !48
  %59 = add i64 %58, 5, !dbg !64
  store i64 %59, ptr %4, align 8, !dbg !65, !tbaa !48
  br label %44, !dbg !53, !llvm.loop !66

60:                                               ; preds = %47
  %61 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0, !dbg !68
  %62 = call i32 @hash(ptr noundef %61, i64 noundef 512), !dbg !69
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %62), !dbg !70
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !71
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !72
  store i64 1, ptr %6, align 8, !dbg !73, !tbaa !48
  br label %64, !dbg !72

64:                                               ; preds = %78, %60
  %65 = load i64, ptr %6, align 8, !dbg !74, !tbaa !48
  %66 = icmp ult i64 %65, 200, !dbg !75
  br i1 %66, label %68, label %67, !dbg !76

67:                                               ; preds = %64
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !77
  br label %82

68:                                               ; preds = %64
  %69 = getelementptr inbounds [512 x i8], ptr %5, i64 0, i64 0, !dbg !78
  %70 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0, !dbg !78
  %71 = load i64, ptr %6, align 8, !dbg !79, !tbaa !48
  %72 = getelementptr inbounds nuw i8, ptr %70, i64 %71, !dbg !78
  %73 = load i64, ptr %6, align 8, !dbg !80, !tbaa !48
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %69, ptr align 1 %72, i64 %73, i1 false), !dbg !81
  %74 = getelementptr inbounds [512 x i8], ptr %5, i64 0, i64 0, !dbg !82
  %75 = load i64, ptr %6, align 8, !dbg !83, !tbaa !48
  %76 = call i32 @hash(ptr noundef %74, i64 noundef %75), !dbg !84
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %76), !dbg !85
  br label %78, !dbg !86

78:                                               ; preds = %68
  %79 = load i64, ptr %6, align 8, !dbg !87, !tbaa !48
  %80 = mul i64 %79, 2, !dbg !88
  %81 = add i64 %80, 1, !dbg !89
  store i64 %81, ptr %6, align 8, !dbg !90, !tbaa !48
  br label %64, !dbg !77, !llvm.loop !91

82:                                               ; preds = %67
  %83 = call i32 (ptr, ...) @printf(ptr noundef @.str.3), !dbg !93
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !94
  call void @llvm.lifetime.start.p0(ptr %8) #6, !dbg !94
  call void @llvm.memset.p0.i64(ptr align 8 %7, i8 0, i64 64, i1 false), !dbg !95
  call void @llvm.lifetime.start.p0(ptr %9) #6, !dbg !96
  store i32 0, ptr %9, align 4, !dbg !97, !tbaa !9
  br label %84, !dbg !96

84:                                               ; preds = %97, %82
  %85 = load i32, ptr %9, align 4, !dbg !98, !tbaa !9
  %86 = icmp slt i32 %85, 7, !dbg !99
  br i1 %86, label %88, label %87, !dbg !100

87:                                               ; preds = %84
  call void @llvm.lifetime.end.p0(ptr %9) #6, !dbg !101
  br label %100

88:                                               ; preds = %84
  %89 = load i32, ptr %9, align 4, !dbg !102, !tbaa !9
  %90 = add nsw i32 %89, 1, !dbg !103
  %91 = sext i32 %90 to i64, !dbg !104
  %92 = mul i64 72340172838076673, %91, !dbg !105
  %93 = getelementptr inbounds nuw %struct.blk, ptr %7, i32 0, i32 0, !dbg !106
  %94 = load i32, ptr %9, align 4, !dbg !107, !tbaa !9
  %95 = sext i32 %94 to i64, !dbg !108
  %96 = getelementptr inbounds [7 x i64], ptr %93, i64 0, i64 %95, !dbg !108
  store i64 %92, ptr %96, align 8, !dbg !109, !tbaa !48
  br label %97, !dbg !110

97:                                               ; preds = %88
  %98 = load i32, ptr %9, align 4, !dbg !111, !tbaa !9
  %99 = add nsw i32 %98, 1, !dbg !112
  store i32 %99, ptr %9, align 4, !dbg !113, !tbaa !9
  br label %84, !dbg !101, !llvm.loop !114

100:                                              ; preds = %87
  %101 = getelementptr inbounds nuw %struct.blk, ptr %7, i32 0, i32 1, !dbg !116
  %102 = getelementptr inbounds [3 x i8], ptr %101, i64 0, i64 0, !dbg !117
  store i8 1, ptr %102, align 8, !dbg !118, !tbaa !31
  %103 = getelementptr inbounds nuw %struct.blk, ptr %7, i32 0, i32 1, !dbg !119
  %104 = getelementptr inbounds [3 x i8], ptr %103, i64 0, i64 2, !dbg !120
  store i8 3, ptr %104, align 2, !dbg !121, !tbaa !31
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %7, i64 64, i1 false), !dbg !122, !tbaa.struct !123
  %105 = getelementptr inbounds nuw %struct.blk, ptr %8, i32 0, i32 0, !dbg !124
  %106 = getelementptr inbounds [7 x i64], ptr %105, i64 0, i64 3, !dbg !125
  %107 = load i64, ptr %106, align 8, !dbg !126, !tbaa !48
  %108 = xor i64 %107, 255, !dbg !127
  store i64 %108, ptr %106, align 8, !dbg !128, !tbaa !48
  call void @llvm.lifetime.start.p0(ptr %10) #6, !dbg !129
  call void @llvm.lifetime.start.p0(ptr %11) #6, !dbg !130
  store i32 0, ptr %11, align 4, !dbg !131, !tbaa !9
  br label %109, !dbg !130

109:                                              ; preds = %123, %100
  %110 = load i32, ptr %11, align 4, !dbg !132, !tbaa !9
  %111 = icmp slt i32 %110, 4, !dbg !133
  br i1 %111, label %113, label %112, !dbg !134

112:                                              ; preds = %109
  call void @llvm.lifetime.end.p0(ptr %11) #6, !dbg !135
  br label %126

113:                                              ; preds = %109
  %114 = load i32, ptr %11, align 4, !dbg !136, !tbaa !9
  %115 = sext i32 %114 to i64, !dbg !137
  %116 = getelementptr inbounds [4 x %struct.blk], ptr %10, i64 0, i64 %115, !dbg !137
  %117 = load i32, ptr %11, align 4, !dbg !138, !tbaa !9
  %118 = srem i32 %117, 2, !dbg !139
  %119 = icmp ne i32 %118, 0, !dbg !140
  br i1 %119, label %120, label %121, !dbg !141

120:                                              ; preds = %113
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %116, ptr align 8 %7, i64 64, i1 false), !dbg !142, !tbaa.struct !123
  br label %122, !dbg !138

121:                                              ; preds = %113
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %116, ptr align 8 %8, i64 64, i1 false), !dbg !143, !tbaa.struct !123
  br label %122, !dbg !138

122:                                              ; preds = %121, %120
  br label %123, !dbg !144

123:                                              ; preds = %122
  %124 = load i32, ptr %11, align 4, !dbg !145, !tbaa !9
  %125 = add nsw i32 %124, 1, !dbg !146
  store i32 %125, ptr %11, align 4, !dbg !147, !tbaa !9
  br label %109, !dbg !135, !llvm.loop !148

126:                                              ; preds = %112
  %127 = call i32 @hash(ptr noundef %8, i64 noundef 64), !dbg !150
  %128 = getelementptr inbounds [4 x %struct.blk], ptr %10, i64 0, i64 0, !dbg !151
  %129 = call i32 @hash(ptr noundef %128, i64 noundef 256), !dbg !152
  %130 = call i32 @memcmp(ptr noundef %7, ptr noundef %8, i64 noundef 64) #7, !dbg !153
  %131 = icmp slt i32 %130, 0, !dbg !154
  %132 = zext i1 %131 to i32, !dbg !154
  %133 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %127, i32 noundef %129, i32 noundef %132), !dbg !155
  call void @llvm.lifetime.start.p0(ptr %12) #6, !dbg !156
  store ptr @.str.5, ptr %12, align 8, !dbg !157, !tbaa !158
  call void @llvm.lifetime.start.p0(ptr %13) #6, !dbg !161
  %134 = load ptr, ptr %12, align 8, !dbg !162, !tbaa !158
  %135 = load ptr, ptr %12, align 8, !dbg !163, !tbaa !158
  %136 = call i64 @strlen(ptr noundef %135) #7, !dbg !164
  %137 = call ptr @memchr(ptr noundef %134, i32 noundef 110, i64 noundef %136) #7, !dbg !165
  store ptr %137, ptr %13, align 8, !dbg !166, !tbaa !158
  call void @llvm.lifetime.start.p0(ptr %14) #6, !dbg !167
  %138 = load ptr, ptr %12, align 8, !dbg !168, !tbaa !158
  %139 = load ptr, ptr %12, align 8, !dbg !169, !tbaa !158
  %140 = call i64 @strlen(ptr noundef %139) #7, !dbg !170
  %141 = call ptr @memchr(ptr noundef %138, i32 noundef 122, i64 noundef %140) #7, !dbg !171
  store ptr %141, ptr %14, align 8, !dbg !172, !tbaa !158
  %142 = load ptr, ptr %13, align 8, !dbg !173, !tbaa !158
  %143 = load ptr, ptr %12, align 8, !dbg !174, !tbaa !158
  %144 = ptrtoint ptr %142 to i64, !dbg !175
  %145 = ptrtoint ptr %143 to i64, !dbg !175
  %146 = sub i64 %144, %145, !dbg !175
  %147 = load ptr, ptr %14, align 8, !dbg !176, !tbaa !158
  %148 = icmp eq ptr %147, null, !dbg !177
  %149 = zext i1 %148 to i32, !dbg !177
  %150 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %146, i32 noundef %149), !dbg !178
  call void @llvm.lifetime.start.p0(ptr %15) #6, !dbg !179
  call void @llvm.lifetime.start.p0(ptr %16) #6, !dbg !180
  call void @llvm.lifetime.start.p0(ptr %17) #6, !dbg !181
  store i32 0, ptr %17, align 4, !dbg !182, !tbaa !9
  br label %151, !dbg !181

151:                                              ; preds = %162, %126
  %152 = load i32, ptr %17, align 4, !dbg !183, !tbaa !9
  %153 = icmp slt i32 %152, 64, !dbg !184
  br i1 %153, label %155, label %154, !dbg !185

154:                                              ; preds = %151
  call void @llvm.lifetime.end.p0(ptr %17) #6, !dbg !186
  br label %165

155:                                              ; preds = %151
  %156 = load i32, ptr %17, align 4, !dbg !187, !tbaa !9
  %157 = sub nsw i32 255, %156, !dbg !188
  %158 = trunc i32 %157 to i8, !dbg !189
  %159 = load i32, ptr %17, align 4, !dbg !190, !tbaa !9
  %160 = sext i32 %159 to i64, !dbg !191
  %161 = getelementptr inbounds [64 x i8], ptr %16, i64 0, i64 %160, !dbg !191
  store i8 %158, ptr %161, align 1, !dbg !192, !tbaa !31
  br label %162, !dbg !193

162:                                              ; preds = %155
  %163 = load i32, ptr %17, align 4, !dbg !194, !tbaa !9
  %164 = add nsw i32 %163, 1, !dbg !195
  store i32 %164, ptr %17, align 4, !dbg !196, !tbaa !9
  br label %151, !dbg !186, !llvm.loop !197

165:                                              ; preds = %154
  %166 = getelementptr inbounds [16 x i32], ptr %15, i64 0, i64 0, !dbg !199
  %167 = getelementptr inbounds [64 x i8], ptr %16, i64 0, i64 0, !dbg !199
  %168 = getelementptr inbounds i8, ptr %167, i64 1, !dbg !199
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %166, ptr align 1 %168, i64 60, i1 false), !dbg !200
  %169 = getelementptr inbounds [16 x i32], ptr %15, i64 0, i64 0, !dbg !201
  %170 = load i32, ptr %169, align 16, !dbg !201, !tbaa !9
  %171 = getelementptr inbounds [16 x i32], ptr %15, i64 0, i64 14, !dbg !202
  %172 = load i32, ptr %171, align 8, !dbg !202, !tbaa !9
  %173 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %170, i32 noundef %172), !dbg !203
  call void @llvm.lifetime.end.p0(ptr %16) #6, !dbg !204
  call void @llvm.lifetime.end.p0(ptr %15) #6, !dbg !204
  call void @llvm.lifetime.end.p0(ptr %14) #6, !dbg !204
  call void @llvm.lifetime.end.p0(ptr %13) #6, !dbg !204
  call void @llvm.lifetime.end.p0(ptr %12) #6, !dbg !204
  call void @llvm.lifetime.end.p0(ptr %10) #6, !dbg !204
  call void @llvm.lifetime.end.p0(ptr %8) #6, !dbg !204
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !204
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !204
  call void @llvm.lifetime.end.p0(ptr %2) #6, !dbg !204
  ret i32 0, !dbg !205
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr writeonly captures(none), ptr readonly captures(none), i64, i1 immarg) #2

declare !dbg !206 i32 @printf(ptr noundef, ...) #3

; Function Attrs: nounwind uwtable
define internal i32 @hash(ptr noundef %0, i64 noundef %1) #0 !dbg !208 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !209
  store i64 %1, ptr %4, align 8, !tbaa !48
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !210
  %7 = load ptr, ptr %3, align 8, !dbg !211, !tbaa !209
  store ptr %7, ptr %5, align 8, !dbg !212, !tbaa !158
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !213
  store i32 -2128831035, ptr %6, align 4, !dbg !214, !tbaa !9
  br label %8, !dbg !215

8:                                                ; preds = %12, %2
  %9 = load i64, ptr %4, align 8, !dbg !216, !tbaa !48
  %10 = add i64 %9, -1, !dbg !217
  store i64 %10, ptr %4, align 8, !dbg !218, !tbaa !48
  %11 = icmp ne i64 %9, 0, !dbg !219
  br i1 %11, label %12, label %20, !dbg !220

12:                                               ; preds = %8
  %13 = load i32, ptr %6, align 4, !dbg !221, !tbaa !9
  %14 = load ptr, ptr %5, align 8, !dbg !222, !tbaa !158
  %15 = getelementptr inbounds nuw i8, ptr %14, i32 1, !dbg !223
  store ptr %15, ptr %5, align 8, !dbg !224, !tbaa !158
  %16 = load i8, ptr %14, align 1, !dbg !225, !tbaa !31
  %17 = zext i8 %16 to i32, !dbg !225
  %18 = xor i32 %13, %17, !dbg !226
  %19 = mul i32 %18, 16777619, !dbg !227
  store i32 %19, ptr %6, align 4, !dbg !228, !tbaa !9
  br label %8, !dbg !215, !llvm.loop !229

20:                                               ; preds = %8
  %21 = load i32, ptr %6, align 4, !dbg !231, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !232
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !232
  ret i32 %21, !dbg !233
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !234 i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #5

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !236 ptr @memchr(ptr noundef, i32 noundef, i64 noundef) #5

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !237 i64 @strlen(ptr noundef) #5

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "memops.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 10, type: !15, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "memops.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 11, column: 5, scope: !13)
!18 = !DILocation(line: 12, column: 10, scope: !13)
!19 = !DILocation(line: 12, column: 14, scope: !13, atomGroup: 1, atomRank: 1)
!20 = !DILocation(line: 12, column: 21, scope: !13)
!21 = !DILocation(line: 12, column: 23, scope: !13, atomGroup: 2, atomRank: 1)
!22 = !DILocation(line: 12, column: 5, scope: !13, atomGroup: 3, atomRank: 1)
!23 = !DILocation(line: 12, column: 5, scope: !13)
!24 = !DILocation(line: 12, column: 54, scope: !13)
!25 = !DILocation(line: 12, column: 56, scope: !13)
!26 = !DILocation(line: 12, column: 60, scope: !13, atomGroup: 4, atomRank: 3)
!27 = !DILocation(line: 12, column: 44, scope: !13, atomGroup: 4, atomRank: 2)
!28 = !DILocation(line: 12, column: 39, scope: !13)
!29 = !DILocation(line: 12, column: 35, scope: !13)
!30 = !DILocation(line: 12, column: 42, scope: !13, atomGroup: 4, atomRank: 1)
!31 = !{!11, !11, i64 0}
!32 = !DILocation(line: 12, column: 35, scope: !13, atomGroup: 6, atomRank: 1)
!33 = !DILocation(line: 12, column: 31, scope: !13)
!34 = !DILocation(line: 12, column: 31, scope: !13, atomGroup: 5, atomRank: 2)
!35 = !DILocation(line: 12, column: 31, scope: !13, atomGroup: 5, atomRank: 1)
!36 = distinct !{!36, !23, !37, !38}
!37 = !DILocation(line: 12, column: 63, scope: !13)
!38 = !{!"llvm.loop.mustprogress"}
!39 = !DILocation(line: 13, column: 5, scope: !13)
!40 = !DILocation(line: 13, column: 5, scope: !13, atomGroup: 7, atomRank: 1)
!41 = !DILocation(line: 14, column: 5, scope: !13)
!42 = !DILocation(line: 14, column: 5, scope: !13, atomGroup: 8, atomRank: 1)
!43 = !DILocation(line: 15, column: 30, scope: !13)
!44 = !DILocation(line: 15, column: 25, scope: !13)
!45 = !DILocation(line: 15, column: 5, scope: !13)
!46 = !DILocation(line: 16, column: 10, scope: !13)
!47 = !DILocation(line: 16, column: 17, scope: !13, atomGroup: 9, atomRank: 1)
!48 = !{!49, !49, i64 0}
!49 = !{!"long", !11, i64 0}
!50 = !DILocation(line: 16, column: 24, scope: !13)
!51 = !DILocation(line: 16, column: 26, scope: !13, atomGroup: 10, atomRank: 1)
!52 = !DILocation(line: 16, column: 5, scope: !13, atomGroup: 11, atomRank: 1)
!53 = !DILocation(line: 16, column: 5, scope: !13)
!54 = !DILocation(line: 16, column: 40, scope: !13)
!55 = !DILocation(line: 16, column: 53, scope: !13)
!56 = !DILocation(line: 16, column: 55, scope: !13)
!57 = !DILocation(line: 16, column: 65, scope: !13, atomGroup: 12, atomRank: 4)
!58 = !DILocation(line: 16, column: 60, scope: !13, atomGroup: 12, atomRank: 3)
!59 = !DILocation(line: 16, column: 40, scope: !13, atomGroup: 12, atomRank: 2)
!60 = !DILocation(line: 16, column: 68, scope: !13)
!61 = !DILocation(line: 16, column: 40, scope: !13, atomGroup: 12, atomRank: 1)
!62 = !DILocation(line: 16, column: 40, scope: !13, atomGroup: 14, atomRank: 1)
!63 = !DILocation(line: 16, column: 34, scope: !13)
!64 = !DILocation(line: 16, column: 34, scope: !13, atomGroup: 13, atomRank: 2)
!65 = !DILocation(line: 16, column: 34, scope: !13, atomGroup: 13, atomRank: 1)
!66 = distinct !{!66, !53, !67, !38}
!67 = !DILocation(line: 16, column: 69, scope: !13)
!68 = !DILocation(line: 17, column: 29, scope: !13)
!69 = !DILocation(line: 17, column: 24, scope: !13)
!70 = !DILocation(line: 17, column: 5, scope: !13)
!71 = !DILocation(line: 18, column: 5, scope: !13)
!72 = !DILocation(line: 19, column: 10, scope: !13)
!73 = !DILocation(line: 19, column: 17, scope: !13, atomGroup: 15, atomRank: 1)
!74 = !DILocation(line: 19, column: 24, scope: !13)
!75 = !DILocation(line: 19, column: 26, scope: !13, atomGroup: 16, atomRank: 1)
!76 = !DILocation(line: 19, column: 5, scope: !13, atomGroup: 17, atomRank: 1)
!77 = !DILocation(line: 19, column: 5, scope: !13)
!78 = !DILocation(line: 19, column: 50, scope: !13)
!79 = !DILocation(line: 19, column: 68, scope: !13)
!80 = !DILocation(line: 19, column: 71, scope: !13)
!81 = !DILocation(line: 19, column: 50, scope: !13, atomGroup: 18, atomRank: 1)
!82 = !DILocation(line: 19, column: 94, scope: !13)
!83 = !DILocation(line: 19, column: 99, scope: !13)
!84 = !DILocation(line: 19, column: 89, scope: !13)
!85 = !DILocation(line: 19, column: 75, scope: !13)
!86 = !DILocation(line: 19, column: 104, scope: !13, atomGroup: 20, atomRank: 1)
!87 = !DILocation(line: 19, column: 37, scope: !13)
!88 = !DILocation(line: 19, column: 39, scope: !13)
!89 = !DILocation(line: 19, column: 43, scope: !13, atomGroup: 19, atomRank: 2)
!90 = !DILocation(line: 19, column: 35, scope: !13, atomGroup: 19, atomRank: 1)
!91 = distinct !{!91, !77, !92, !38}
!92 = !DILocation(line: 19, column: 104, scope: !13)
!93 = !DILocation(line: 20, column: 5, scope: !13)
!94 = !DILocation(line: 21, column: 5, scope: !13)
!95 = !DILocation(line: 21, column: 22, scope: !13, atomGroup: 21, atomRank: 1)
!96 = !DILocation(line: 22, column: 10, scope: !13)
!97 = !DILocation(line: 22, column: 14, scope: !13, atomGroup: 22, atomRank: 1)
!98 = !DILocation(line: 22, column: 21, scope: !13)
!99 = !DILocation(line: 22, column: 23, scope: !13, atomGroup: 23, atomRank: 1)
!100 = !DILocation(line: 22, column: 5, scope: !13, atomGroup: 24, atomRank: 1)
!101 = !DILocation(line: 22, column: 5, scope: !13)
!102 = !DILocation(line: 22, column: 77, scope: !13)
!103 = !DILocation(line: 22, column: 79, scope: !13)
!104 = !DILocation(line: 22, column: 66, scope: !13)
!105 = !DILocation(line: 22, column: 64, scope: !13, atomGroup: 25, atomRank: 2)
!106 = !DILocation(line: 22, column: 35, scope: !13)
!107 = !DILocation(line: 22, column: 37, scope: !13)
!108 = !DILocation(line: 22, column: 33, scope: !13)
!109 = !DILocation(line: 22, column: 40, scope: !13, atomGroup: 25, atomRank: 1)
!110 = !DILocation(line: 22, column: 33, scope: !13, atomGroup: 27, atomRank: 1)
!111 = !DILocation(line: 22, column: 29, scope: !13)
!112 = !DILocation(line: 22, column: 29, scope: !13, atomGroup: 26, atomRank: 2)
!113 = !DILocation(line: 22, column: 29, scope: !13, atomGroup: 26, atomRank: 1)
!114 = distinct !{!114, !101, !115, !38}
!115 = !DILocation(line: 22, column: 82, scope: !13)
!116 = !DILocation(line: 23, column: 7, scope: !13)
!117 = !DILocation(line: 23, column: 5, scope: !13)
!118 = !DILocation(line: 23, column: 15, scope: !13, atomGroup: 28, atomRank: 1)
!119 = !DILocation(line: 23, column: 22, scope: !13)
!120 = !DILocation(line: 23, column: 20, scope: !13)
!121 = !DILocation(line: 23, column: 30, scope: !13, atomGroup: 29, atomRank: 1)
!122 = !DILocation(line: 24, column: 9, scope: !13, atomGroup: 30, atomRank: 1)
!123 = !{i64 0, i64 56, !31, i64 56, i64 3, !31}
!124 = !DILocation(line: 24, column: 14, scope: !13)
!125 = !DILocation(line: 24, column: 12, scope: !13)
!126 = !DILocation(line: 24, column: 19, scope: !13)
!127 = !DILocation(line: 24, column: 19, scope: !13, atomGroup: 31, atomRank: 2)
!128 = !DILocation(line: 24, column: 19, scope: !13, atomGroup: 31, atomRank: 1)
!129 = !DILocation(line: 25, column: 5, scope: !13)
!130 = !DILocation(line: 25, column: 29, scope: !13)
!131 = !DILocation(line: 25, column: 33, scope: !13, atomGroup: 32, atomRank: 1)
!132 = !DILocation(line: 25, column: 40, scope: !13)
!133 = !DILocation(line: 25, column: 42, scope: !13, atomGroup: 33, atomRank: 1)
!134 = !DILocation(line: 25, column: 24, scope: !13, atomGroup: 34, atomRank: 1)
!135 = !DILocation(line: 25, column: 24, scope: !13)
!136 = !DILocation(line: 25, column: 56, scope: !13)
!137 = !DILocation(line: 25, column: 52, scope: !13)
!138 = !DILocation(line: 25, column: 61, scope: !13)
!139 = !DILocation(line: 25, column: 63, scope: !13)
!140 = !DILocation(line: 25, column: 63, scope: !13, atomGroup: 36, atomRank: 2)
!141 = !DILocation(line: 25, column: 61, scope: !13, atomGroup: 36, atomRank: 1)
!142 = !DILocation(line: 25, column: 69, scope: !13, atomGroup: 35, atomRank: 1)
!143 = !DILocation(line: 25, column: 73, scope: !13, atomGroup: 35, atomRank: 1)
!144 = !DILocation(line: 25, column: 52, scope: !13, atomGroup: 38, atomRank: 1)
!145 = !DILocation(line: 25, column: 48, scope: !13)
!146 = !DILocation(line: 25, column: 48, scope: !13, atomGroup: 37, atomRank: 2)
!147 = !DILocation(line: 25, column: 48, scope: !13, atomGroup: 37, atomRank: 1)
!148 = distinct !{!148, !135, !149, !38}
!149 = !DILocation(line: 25, column: 73, scope: !13)
!150 = !DILocation(line: 26, column: 33, scope: !13)
!151 = !DILocation(line: 26, column: 58, scope: !13)
!152 = !DILocation(line: 26, column: 53, scope: !13)
!153 = !DILocation(line: 26, column: 76, scope: !13)
!154 = !DILocation(line: 26, column: 101, scope: !13)
!155 = !DILocation(line: 26, column: 5, scope: !13)
!156 = !DILocation(line: 27, column: 5, scope: !13)
!157 = !DILocation(line: 27, column: 17, scope: !13, atomGroup: 39, atomRank: 1)
!158 = !{!159, !159, i64 0}
!159 = !{!"p1 omnipotent char", !160, i64 0}
!160 = !{!"any pointer", !11, i64 0}
!161 = !DILocation(line: 28, column: 5, scope: !13)
!162 = !DILocation(line: 28, column: 28, scope: !13)
!163 = !DILocation(line: 28, column: 45, scope: !13)
!164 = !DILocation(line: 28, column: 38, scope: !13)
!165 = !DILocation(line: 28, column: 21, scope: !13, atomGroup: 40, atomRank: 2)
!166 = !DILocation(line: 28, column: 17, scope: !13, atomGroup: 40, atomRank: 1)
!167 = !DILocation(line: 28, column: 52, scope: !13)
!168 = !DILocation(line: 28, column: 75, scope: !13)
!169 = !DILocation(line: 28, column: 92, scope: !13)
!170 = !DILocation(line: 28, column: 85, scope: !13)
!171 = !DILocation(line: 28, column: 68, scope: !13, atomGroup: 41, atomRank: 2)
!172 = !DILocation(line: 28, column: 64, scope: !13, atomGroup: 41, atomRank: 1)
!173 = !DILocation(line: 29, column: 31, scope: !13)
!174 = !DILocation(line: 29, column: 35, scope: !13)
!175 = !DILocation(line: 29, column: 33, scope: !13)
!176 = !DILocation(line: 29, column: 40, scope: !13)
!177 = !DILocation(line: 29, column: 42, scope: !13)
!178 = !DILocation(line: 29, column: 5, scope: !13)
!179 = !DILocation(line: 30, column: 5, scope: !13)
!180 = !DILocation(line: 30, column: 25, scope: !13)
!181 = !DILocation(line: 31, column: 10, scope: !13)
!182 = !DILocation(line: 31, column: 14, scope: !13, atomGroup: 42, atomRank: 1)
!183 = !DILocation(line: 31, column: 21, scope: !13)
!184 = !DILocation(line: 31, column: 23, scope: !13, atomGroup: 43, atomRank: 1)
!185 = !DILocation(line: 31, column: 5, scope: !13, atomGroup: 44, atomRank: 1)
!186 = !DILocation(line: 31, column: 5, scope: !13)
!187 = !DILocation(line: 31, column: 59, scope: !13)
!188 = !DILocation(line: 31, column: 57, scope: !13, atomGroup: 45, atomRank: 3)
!189 = !DILocation(line: 31, column: 43, scope: !13, atomGroup: 45, atomRank: 2)
!190 = !DILocation(line: 31, column: 38, scope: !13)
!191 = !DILocation(line: 31, column: 34, scope: !13)
!192 = !DILocation(line: 31, column: 41, scope: !13, atomGroup: 45, atomRank: 1)
!193 = !DILocation(line: 31, column: 34, scope: !13, atomGroup: 47, atomRank: 1)
!194 = !DILocation(line: 31, column: 30, scope: !13)
!195 = !DILocation(line: 31, column: 30, scope: !13, atomGroup: 46, atomRank: 2)
!196 = !DILocation(line: 31, column: 30, scope: !13, atomGroup: 46, atomRank: 1)
!197 = distinct !{!197, !186, !198, !38}
!198 = !DILocation(line: 31, column: 60, scope: !13)
!199 = !DILocation(line: 32, column: 5, scope: !13)
!200 = !DILocation(line: 32, column: 5, scope: !13, atomGroup: 48, atomRank: 1)
!201 = !DILocation(line: 33, column: 33, scope: !13)
!202 = !DILocation(line: 33, column: 43, scope: !13)
!203 = !DILocation(line: 33, column: 5, scope: !13)
!204 = !DILocation(line: 35, column: 1, scope: !13)
!205 = !DILocation(line: 34, column: 5, scope: !13, atomGroup: 50, atomRank: 1)
!206 = !DISubprogram(name: "printf", scope: !207, file: !207, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!207 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!208 = distinct !DISubprogram(name: "hash", scope: !14, file: !14, line: 8, type: !15, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!209 = !{!160, !160, i64 0}
!210 = !DILocation(line: 8, column: 49, scope: !208)
!211 = !DILocation(line: 8, column: 68, scope: !208, atomGroup: 1, atomRank: 2)
!212 = !DILocation(line: 8, column: 64, scope: !208, atomGroup: 1, atomRank: 1)
!213 = !DILocation(line: 8, column: 71, scope: !208)
!214 = !DILocation(line: 8, column: 80, scope: !208, atomGroup: 2, atomRank: 1)
!215 = !DILocation(line: 8, column: 97, scope: !208)
!216 = !DILocation(line: 8, column: 105, scope: !208)
!217 = !DILocation(line: 8, column: 105, scope: !208, atomGroup: 3, atomRank: 2)
!218 = !DILocation(line: 8, column: 105, scope: !208, atomGroup: 3, atomRank: 1)
!219 = !DILocation(line: 8, column: 97, scope: !208, atomGroup: 4, atomRank: 1)
!220 = !DILocation(line: 8, column: 97, scope: !208, atomGroup: 5, atomRank: 1)
!221 = !DILocation(line: 8, column: 114, scope: !208)
!222 = !DILocation(line: 8, column: 120, scope: !208)
!223 = !DILocation(line: 8, column: 120, scope: !208, atomGroup: 7, atomRank: 2)
!224 = !DILocation(line: 8, column: 120, scope: !208, atomGroup: 7, atomRank: 1)
!225 = !DILocation(line: 8, column: 118, scope: !208)
!226 = !DILocation(line: 8, column: 116, scope: !208)
!227 = !DILocation(line: 8, column: 124, scope: !208, atomGroup: 6, atomRank: 2)
!228 = !DILocation(line: 8, column: 111, scope: !208, atomGroup: 6, atomRank: 1)
!229 = distinct !{!229, !215, !230, !38}
!230 = !DILocation(line: 8, column: 126, scope: !208)
!231 = !DILocation(line: 8, column: 144, scope: !208, atomGroup: 9, atomRank: 2)
!232 = !DILocation(line: 8, column: 147, scope: !208)
!233 = !DILocation(line: 8, column: 137, scope: !208, atomGroup: 9, atomRank: 1)
!234 = !DISubprogram(name: "memcmp", scope: !235, file: !235, line: 64, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!235 = !DIFile(filename: "/usr/include/string.h", directory: "")
!236 = !DISubprogram(name: "memchr", scope: !235, file: !235, line: 107, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!237 = !DISubprogram(name: "strlen", scope: !235, file: !235, line: 407, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
