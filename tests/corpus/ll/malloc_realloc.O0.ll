; ModuleID = 'malloc_realloc.c'
source_filename = "malloc_realloc.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.vec = type { ptr, i64, i64 }
%struct.sbuf = type { ptr, i64, i64 }

@.str = private unnamed_addr constant [29 x i8] c"vec len=%zu cap=%zu sum=%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"%d,\00", align 1
@.str.2 = private unnamed_addr constant [27 x i8] c"sbuf len=%zu h=%u tail=%s\0A\00", align 1
@.str.3 = private unnamed_addr constant [12 x i8] c"calloc %ld\0A\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"round %d %ld\0A\00", align 1

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.vec, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca %struct.sbuf, align 8
  %7 = alloca [32 x i8], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca [500 x ptr], align 16
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i64, align 8
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 8 %2, i8 0, i64 24, i1 false), !dbg !13
  store i64 0, ptr %3, align 8, !dbg !14
  br label %20, !dbg !15

20:                                               ; preds = %28, %0
  %21 = load i64, ptr %3, align 8, !dbg !16
  %22 = icmp slt i64 %21, 10000, !dbg !17
  br i1 %22, label %23, label %31, !dbg !18

23:                                               ; preds = %20
  %24 = load i64, ptr %3, align 8, !dbg !19
  %25 = load i64, ptr %3, align 8, !dbg !20
  %26 = mul nsw i64 %24, %25, !dbg !21
  %27 = srem i64 %26, 1009, !dbg !22
  call void @vpush(ptr noundef %2, i64 noundef %27), !dbg !23
  br label %28, !dbg !23

28:                                               ; preds = %23
  %29 = load i64, ptr %3, align 8, !dbg !24
  %30 = add nsw i64 %29, 1, !dbg !24
  store i64 %30, ptr %3, align 8, !dbg !24
  br label %20, !dbg !18, !llvm.loop !25

31:                                               ; preds = %20
  store i64 0, ptr %4, align 8, !dbg !28
  store i64 0, ptr %5, align 8, !dbg !29
  br label %32, !dbg !30

32:                                               ; preds = %45, %31
  %33 = load i64, ptr %5, align 8, !dbg !31
  %34 = getelementptr inbounds nuw %struct.vec, ptr %2, i32 0, i32 1, !dbg !32
  %35 = load i64, ptr %34, align 8, !dbg !32
  %36 = icmp ult i64 %33, %35, !dbg !33
  br i1 %36, label %37, label %48, !dbg !34

37:                                               ; preds = %32
  %38 = getelementptr inbounds nuw %struct.vec, ptr %2, i32 0, i32 0, !dbg !35
  %39 = load ptr, ptr %38, align 8, !dbg !35
  %40 = load i64, ptr %5, align 8, !dbg !36
  %41 = getelementptr inbounds nuw i64, ptr %39, i64 %40, !dbg !37
  %42 = load i64, ptr %41, align 8, !dbg !37
  %43 = load i64, ptr %4, align 8, !dbg !38
  %44 = add nsw i64 %43, %42, !dbg !38
  store i64 %44, ptr %4, align 8, !dbg !38
  br label %45, !dbg !39

45:                                               ; preds = %37
  %46 = load i64, ptr %5, align 8, !dbg !40
  %47 = add i64 %46, 1, !dbg !40
  store i64 %47, ptr %5, align 8, !dbg !40
  br label %32, !dbg !34, !llvm.loop !41

48:                                               ; preds = %32
  %49 = getelementptr inbounds nuw %struct.vec, ptr %2, i32 0, i32 1, !dbg !43
  %50 = load i64, ptr %49, align 8, !dbg !43
  %51 = getelementptr inbounds nuw %struct.vec, ptr %2, i32 0, i32 2, !dbg !44
  %52 = load i64, ptr %51, align 8, !dbg !44
  %53 = load i64, ptr %4, align 8, !dbg !45
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %50, i64 noundef %52, i64 noundef %53), !dbg !46
  %55 = getelementptr inbounds nuw %struct.vec, ptr %2, i32 0, i32 0, !dbg !47
  %56 = load ptr, ptr %55, align 8, !dbg !47
  call void @free(ptr noundef %56) #9, !dbg !48
  call void @llvm.memset.p0.i64(ptr align 8 %6, i8 0, i64 24, i1 false), !dbg !49
  store i32 0, ptr %8, align 4, !dbg !50
  br label %57, !dbg !51

57:                                               ; preds = %66, %48
  %58 = load i32, ptr %8, align 4, !dbg !52
  %59 = icmp slt i32 %58, 200, !dbg !53
  br i1 %59, label %60, label %69, !dbg !54

60:                                               ; preds = %57
  %61 = getelementptr inbounds [32 x i8], ptr %7, i64 0, i64 0, !dbg !55
  %62 = load i32, ptr %8, align 4, !dbg !56
  %63 = mul nsw i32 %62, 7, !dbg !57
  %64 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %61, i64 noundef 32, ptr noundef @.str.1, i32 noundef %63) #9, !dbg !58
  %65 = getelementptr inbounds [32 x i8], ptr %7, i64 0, i64 0, !dbg !59
  call void @sappend(ptr noundef %6, ptr noundef %65), !dbg !60
  br label %66, !dbg !61

66:                                               ; preds = %60
  %67 = load i32, ptr %8, align 4, !dbg !62
  %68 = add nsw i32 %67, 1, !dbg !62
  store i32 %68, ptr %8, align 4, !dbg !62
  br label %57, !dbg !54, !llvm.loop !63

69:                                               ; preds = %57
  store i32 0, ptr %9, align 4, !dbg !64
  store i64 0, ptr %10, align 8, !dbg !65
  br label %70, !dbg !66

70:                                               ; preds = %85, %69
  %71 = load i64, ptr %10, align 8, !dbg !67
  %72 = getelementptr inbounds nuw %struct.sbuf, ptr %6, i32 0, i32 1, !dbg !68
  %73 = load i64, ptr %72, align 8, !dbg !68
  %74 = icmp ult i64 %71, %73, !dbg !69
  br i1 %74, label %75, label %88, !dbg !70

75:                                               ; preds = %70
  %76 = load i32, ptr %9, align 4, !dbg !71
  %77 = mul i32 %76, 131, !dbg !72
  %78 = getelementptr inbounds nuw %struct.sbuf, ptr %6, i32 0, i32 0, !dbg !73
  %79 = load ptr, ptr %78, align 8, !dbg !73
  %80 = load i64, ptr %10, align 8, !dbg !74
  %81 = getelementptr inbounds nuw i8, ptr %79, i64 %80, !dbg !75
  %82 = load i8, ptr %81, align 1, !dbg !75
  %83 = zext i8 %82 to i32, !dbg !76
  %84 = add i32 %77, %83, !dbg !77
  store i32 %84, ptr %9, align 4, !dbg !78
  br label %85, !dbg !79

85:                                               ; preds = %75
  %86 = load i64, ptr %10, align 8, !dbg !80
  %87 = add i64 %86, 1, !dbg !80
  store i64 %87, ptr %10, align 8, !dbg !80
  br label %70, !dbg !70, !llvm.loop !81

88:                                               ; preds = %70
  %89 = getelementptr inbounds nuw %struct.sbuf, ptr %6, i32 0, i32 1, !dbg !83
  %90 = load i64, ptr %89, align 8, !dbg !83
  %91 = load i32, ptr %9, align 4, !dbg !84
  %92 = getelementptr inbounds nuw %struct.sbuf, ptr %6, i32 0, i32 0, !dbg !85
  %93 = load ptr, ptr %92, align 8, !dbg !85
  %94 = getelementptr inbounds nuw %struct.sbuf, ptr %6, i32 0, i32 1, !dbg !86
  %95 = load i64, ptr %94, align 8, !dbg !86
  %96 = getelementptr inbounds nuw i8, ptr %93, i64 %95, !dbg !87
  %97 = getelementptr inbounds i8, ptr %96, i64 -8, !dbg !88
  %98 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %90, i32 noundef %91, ptr noundef %97), !dbg !89
  %99 = getelementptr inbounds nuw %struct.sbuf, ptr %6, i32 0, i32 0, !dbg !90
  %100 = load ptr, ptr %99, align 8, !dbg !90
  call void @free(ptr noundef %100) #9, !dbg !91
  %101 = call noalias ptr @calloc(i64 noundef 1000, i64 noundef 4) #10, !dbg !92
  store ptr %101, ptr %11, align 8, !dbg !93
  store i64 0, ptr %12, align 8, !dbg !94
  store i32 0, ptr %13, align 4, !dbg !95
  br label %102, !dbg !96

102:                                              ; preds = %114, %88
  %103 = load i32, ptr %13, align 4, !dbg !97
  %104 = icmp slt i32 %103, 1000, !dbg !98
  br i1 %104, label %105, label %117, !dbg !99

105:                                              ; preds = %102
  %106 = load ptr, ptr %11, align 8, !dbg !100
  %107 = load i32, ptr %13, align 4, !dbg !101
  %108 = sext i32 %107 to i64, !dbg !100
  %109 = getelementptr inbounds i32, ptr %106, i64 %108, !dbg !100
  %110 = load i32, ptr %109, align 4, !dbg !100
  %111 = sext i32 %110 to i64, !dbg !100
  %112 = load i64, ptr %12, align 8, !dbg !102
  %113 = add nsw i64 %112, %111, !dbg !102
  store i64 %113, ptr %12, align 8, !dbg !102
  br label %114, !dbg !103

114:                                              ; preds = %105
  %115 = load i32, ptr %13, align 4, !dbg !104
  %116 = add nsw i32 %115, 1, !dbg !104
  store i32 %116, ptr %13, align 4, !dbg !104
  br label %102, !dbg !99, !llvm.loop !105

117:                                              ; preds = %102
  %118 = load i64, ptr %12, align 8, !dbg !107
  %119 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %118), !dbg !108
  %120 = load ptr, ptr %11, align 8, !dbg !109
  call void @free(ptr noundef %120) #9, !dbg !110
  store i32 0, ptr %15, align 4, !dbg !111
  br label %121, !dbg !112

121:                                              ; preds = %188, %117
  %122 = load i32, ptr %15, align 4, !dbg !113
  %123 = icmp slt i32 %122, 5, !dbg !114
  br i1 %123, label %124, label %191, !dbg !115

124:                                              ; preds = %121
  store i32 0, ptr %16, align 4, !dbg !116
  br label %125, !dbg !117

125:                                              ; preds = %148, %124
  %126 = load i32, ptr %16, align 4, !dbg !118
  %127 = icmp slt i32 %126, 500, !dbg !119
  br i1 %127, label %128, label %151, !dbg !120

128:                                              ; preds = %125
  %129 = load i32, ptr %16, align 4, !dbg !121
  %130 = srem i32 %129, 64, !dbg !122
  %131 = sext i32 %130 to i64, !dbg !123
  %132 = add i64 %131, 1, !dbg !124
  %133 = call noalias ptr @malloc(i64 noundef %132) #11, !dbg !125
  %134 = load i32, ptr %16, align 4, !dbg !126
  %135 = sext i32 %134 to i64, !dbg !127
  %136 = getelementptr inbounds [500 x ptr], ptr %14, i64 0, i64 %135, !dbg !127
  store ptr %133, ptr %136, align 8, !dbg !128
  %137 = load i32, ptr %16, align 4, !dbg !129
  %138 = sext i32 %137 to i64, !dbg !130
  %139 = getelementptr inbounds [500 x ptr], ptr %14, i64 0, i64 %138, !dbg !130
  %140 = load ptr, ptr %139, align 8, !dbg !130
  %141 = load i32, ptr %16, align 4, !dbg !131
  %142 = and i32 %141, 255, !dbg !132
  %143 = trunc i32 %142 to i8, !dbg !133
  %144 = load i32, ptr %16, align 4, !dbg !134
  %145 = srem i32 %144, 64, !dbg !135
  %146 = sext i32 %145 to i64, !dbg !136
  %147 = add i64 %146, 1, !dbg !137
  call void @llvm.memset.p0.i64(ptr align 1 %140, i8 %143, i64 %147, i1 false), !dbg !133
  br label %148, !dbg !138

148:                                              ; preds = %128
  %149 = load i32, ptr %16, align 4, !dbg !139
  %150 = add nsw i32 %149, 1, !dbg !139
  store i32 %150, ptr %16, align 4, !dbg !139
  br label %125, !dbg !120, !llvm.loop !140

151:                                              ; preds = %125
  store i64 0, ptr %17, align 8, !dbg !141
  store i32 0, ptr %18, align 4, !dbg !142
  br label %152, !dbg !143

152:                                              ; preds = %169, %151
  %153 = load i32, ptr %18, align 4, !dbg !144
  %154 = icmp slt i32 %153, 500, !dbg !145
  br i1 %154, label %155, label %172, !dbg !146

155:                                              ; preds = %152
  %156 = load i32, ptr %18, align 4, !dbg !147
  %157 = sext i32 %156 to i64, !dbg !148
  %158 = getelementptr inbounds [500 x ptr], ptr %14, i64 0, i64 %157, !dbg !148
  %159 = load ptr, ptr %158, align 8, !dbg !148
  %160 = load i32, ptr %18, align 4, !dbg !149
  %161 = srem i32 %160, 64, !dbg !150
  %162 = sdiv i32 %161, 2, !dbg !151
  %163 = sext i32 %162 to i64, !dbg !152
  %164 = getelementptr inbounds i8, ptr %159, i64 %163, !dbg !152
  %165 = load i8, ptr %164, align 1, !dbg !152
  %166 = zext i8 %165 to i64, !dbg !152
  %167 = load i64, ptr %17, align 8, !dbg !153
  %168 = add nsw i64 %167, %166, !dbg !153
  store i64 %168, ptr %17, align 8, !dbg !153
  br label %169, !dbg !154

169:                                              ; preds = %155
  %170 = load i32, ptr %18, align 4, !dbg !155
  %171 = add nsw i32 %170, 1, !dbg !155
  store i32 %171, ptr %18, align 4, !dbg !155
  br label %152, !dbg !146, !llvm.loop !156

172:                                              ; preds = %152
  store i32 499, ptr %19, align 4, !dbg !158
  br label %173, !dbg !159

173:                                              ; preds = %181, %172
  %174 = load i32, ptr %19, align 4, !dbg !160
  %175 = icmp sge i32 %174, 0, !dbg !161
  br i1 %175, label %176, label %184, !dbg !162

176:                                              ; preds = %173
  %177 = load i32, ptr %19, align 4, !dbg !163
  %178 = sext i32 %177 to i64, !dbg !164
  %179 = getelementptr inbounds [500 x ptr], ptr %14, i64 0, i64 %178, !dbg !164
  %180 = load ptr, ptr %179, align 8, !dbg !164
  call void @free(ptr noundef %180) #9, !dbg !165
  br label %181, !dbg !165

181:                                              ; preds = %176
  %182 = load i32, ptr %19, align 4, !dbg !166
  %183 = add nsw i32 %182, -1, !dbg !166
  store i32 %183, ptr %19, align 4, !dbg !166
  br label %173, !dbg !162, !llvm.loop !167

184:                                              ; preds = %173
  %185 = load i32, ptr %15, align 4, !dbg !169
  %186 = load i64, ptr %17, align 8, !dbg !170
  %187 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %185, i64 noundef %186), !dbg !171
  br label %188, !dbg !172

188:                                              ; preds = %184
  %189 = load i32, ptr %15, align 4, !dbg !173
  %190 = add nsw i32 %189, 1, !dbg !173
  store i32 %190, ptr %15, align 4, !dbg !173
  br label %121, !dbg !115, !llvm.loop !174

191:                                              ; preds = %121
  ret i32 0, !dbg !175
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @vpush(ptr noundef %0, i64 noundef %1) #0 !dbg !176 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !177
  %6 = getelementptr inbounds nuw %struct.vec, ptr %5, i32 0, i32 1, !dbg !178
  %7 = load i64, ptr %6, align 8, !dbg !178
  %8 = load ptr, ptr %3, align 8, !dbg !179
  %9 = getelementptr inbounds nuw %struct.vec, ptr %8, i32 0, i32 2, !dbg !180
  %10 = load i64, ptr %9, align 8, !dbg !180
  %11 = icmp eq i64 %7, %10, !dbg !181
  br i1 %11, label %12, label %37, !dbg !181

12:                                               ; preds = %2
  %13 = load ptr, ptr %3, align 8, !dbg !182
  %14 = getelementptr inbounds nuw %struct.vec, ptr %13, i32 0, i32 2, !dbg !183
  %15 = load i64, ptr %14, align 8, !dbg !183
  %16 = icmp ne i64 %15, 0, !dbg !182
  br i1 %16, label %17, label %22, !dbg !182

17:                                               ; preds = %12
  %18 = load ptr, ptr %3, align 8, !dbg !184
  %19 = getelementptr inbounds nuw %struct.vec, ptr %18, i32 0, i32 2, !dbg !185
  %20 = load i64, ptr %19, align 8, !dbg !185
  %21 = mul i64 %20, 2, !dbg !186
  br label %23, !dbg !182

22:                                               ; preds = %12
  br label %23, !dbg !182

23:                                               ; preds = %22, %17
  %24 = phi i64 [ %21, %17 ], [ 4, %22 ], !dbg !182
  %25 = load ptr, ptr %3, align 8, !dbg !187
  %26 = getelementptr inbounds nuw %struct.vec, ptr %25, i32 0, i32 2, !dbg !188
  store i64 %24, ptr %26, align 8, !dbg !189
  %27 = load ptr, ptr %3, align 8, !dbg !190
  %28 = getelementptr inbounds nuw %struct.vec, ptr %27, i32 0, i32 0, !dbg !191
  %29 = load ptr, ptr %28, align 8, !dbg !191
  %30 = load ptr, ptr %3, align 8, !dbg !192
  %31 = getelementptr inbounds nuw %struct.vec, ptr %30, i32 0, i32 2, !dbg !193
  %32 = load i64, ptr %31, align 8, !dbg !193
  %33 = mul i64 %32, 8, !dbg !194
  %34 = call ptr @realloc(ptr noundef %29, i64 noundef %33) #12, !dbg !195
  %35 = load ptr, ptr %3, align 8, !dbg !196
  %36 = getelementptr inbounds nuw %struct.vec, ptr %35, i32 0, i32 0, !dbg !197
  store ptr %34, ptr %36, align 8, !dbg !198
  br label %37, !dbg !199

37:                                               ; preds = %23, %2
  %38 = load i64, ptr %4, align 8, !dbg !200
  %39 = load ptr, ptr %3, align 8, !dbg !201
  %40 = getelementptr inbounds nuw %struct.vec, ptr %39, i32 0, i32 0, !dbg !202
  %41 = load ptr, ptr %40, align 8, !dbg !202
  %42 = load ptr, ptr %3, align 8, !dbg !203
  %43 = getelementptr inbounds nuw %struct.vec, ptr %42, i32 0, i32 1, !dbg !204
  %44 = load i64, ptr %43, align 8, !dbg !205
  %45 = add i64 %44, 1, !dbg !205
  store i64 %45, ptr %43, align 8, !dbg !205
  %46 = getelementptr inbounds nuw i64, ptr %41, i64 %44, !dbg !201
  store i64 %38, ptr %46, align 8, !dbg !206
  ret void, !dbg !207
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind
declare void @free(ptr noundef) #3

; Function Attrs: nounwind
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #3

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @sappend(ptr noundef %0, ptr noundef %1) #0 !dbg !208 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !209
  %7 = call i64 @strlen(ptr noundef %6) #13, !dbg !210
  store i64 %7, ptr %5, align 8, !dbg !211
  %8 = load ptr, ptr %3, align 8, !dbg !212
  %9 = getelementptr inbounds nuw %struct.sbuf, ptr %8, i32 0, i32 1, !dbg !213
  %10 = load i64, ptr %9, align 8, !dbg !213
  %11 = load i64, ptr %5, align 8, !dbg !214
  %12 = add i64 %10, %11, !dbg !215
  %13 = add i64 %12, 1, !dbg !216
  %14 = load ptr, ptr %3, align 8, !dbg !217
  %15 = getelementptr inbounds nuw %struct.sbuf, ptr %14, i32 0, i32 2, !dbg !218
  %16 = load i64, ptr %15, align 8, !dbg !218
  %17 = icmp ugt i64 %13, %16, !dbg !219
  br i1 %17, label %18, label %38, !dbg !219

18:                                               ; preds = %2
  %19 = load ptr, ptr %3, align 8, !dbg !220
  %20 = getelementptr inbounds nuw %struct.sbuf, ptr %19, i32 0, i32 1, !dbg !221
  %21 = load i64, ptr %20, align 8, !dbg !221
  %22 = load i64, ptr %5, align 8, !dbg !222
  %23 = add i64 %21, %22, !dbg !223
  %24 = add i64 %23, 1, !dbg !224
  %25 = mul i64 %24, 3, !dbg !225
  %26 = udiv i64 %25, 2, !dbg !226
  %27 = load ptr, ptr %3, align 8, !dbg !227
  %28 = getelementptr inbounds nuw %struct.sbuf, ptr %27, i32 0, i32 2, !dbg !228
  store i64 %26, ptr %28, align 8, !dbg !229
  %29 = load ptr, ptr %3, align 8, !dbg !230
  %30 = getelementptr inbounds nuw %struct.sbuf, ptr %29, i32 0, i32 0, !dbg !231
  %31 = load ptr, ptr %30, align 8, !dbg !231
  %32 = load ptr, ptr %3, align 8, !dbg !232
  %33 = getelementptr inbounds nuw %struct.sbuf, ptr %32, i32 0, i32 2, !dbg !233
  %34 = load i64, ptr %33, align 8, !dbg !233
  %35 = call ptr @realloc(ptr noundef %31, i64 noundef %34) #12, !dbg !234
  %36 = load ptr, ptr %3, align 8, !dbg !235
  %37 = getelementptr inbounds nuw %struct.sbuf, ptr %36, i32 0, i32 0, !dbg !236
  store ptr %35, ptr %37, align 8, !dbg !237
  br label %38, !dbg !238

38:                                               ; preds = %18, %2
  %39 = load ptr, ptr %3, align 8, !dbg !239
  %40 = getelementptr inbounds nuw %struct.sbuf, ptr %39, i32 0, i32 0, !dbg !240
  %41 = load ptr, ptr %40, align 8, !dbg !240
  %42 = load ptr, ptr %3, align 8, !dbg !241
  %43 = getelementptr inbounds nuw %struct.sbuf, ptr %42, i32 0, i32 1, !dbg !242
  %44 = load i64, ptr %43, align 8, !dbg !242
  %45 = getelementptr inbounds nuw i8, ptr %41, i64 %44, !dbg !243
  %46 = load ptr, ptr %4, align 8, !dbg !244
  %47 = load i64, ptr %5, align 8, !dbg !245
  %48 = add i64 %47, 1, !dbg !246
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %45, ptr align 1 %46, i64 %48, i1 false), !dbg !243
  %49 = load i64, ptr %5, align 8, !dbg !247
  %50 = load ptr, ptr %3, align 8, !dbg !248
  %51 = getelementptr inbounds nuw %struct.sbuf, ptr %50, i32 0, i32 1, !dbg !249
  %52 = load i64, ptr %51, align 8, !dbg !250
  %53 = add i64 %52, %49, !dbg !250
  store i64 %53, ptr %51, align 8, !dbg !250
  ret void, !dbg !251
}

; Function Attrs: nounwind allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #4

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #5

; Function Attrs: nounwind allocsize(1)
declare ptr @realloc(ptr noundef, i64 noundef) #6

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #7

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #8

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind allocsize(0,1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { nounwind allocsize(1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #7 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #8 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #9 = { nounwind }
attributes #10 = { nounwind allocsize(0,1) }
attributes #11 = { nounwind allocsize(0) }
attributes #12 = { nounwind allocsize(1) }
attributes #13 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "malloc_realloc.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 19, type: !11, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "malloc_realloc.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 20, column: 9, scope: !9)
!14 = !DILocation(line: 21, column: 15, scope: !9)
!15 = !DILocation(line: 21, column: 10, scope: !9)
!16 = !DILocation(line: 21, column: 22, scope: !9)
!17 = !DILocation(line: 21, column: 24, scope: !9)
!18 = !DILocation(line: 21, column: 5, scope: !9)
!19 = !DILocation(line: 21, column: 48, scope: !9)
!20 = !DILocation(line: 21, column: 52, scope: !9)
!21 = !DILocation(line: 21, column: 50, scope: !9)
!22 = !DILocation(line: 21, column: 54, scope: !9)
!23 = !DILocation(line: 21, column: 38, scope: !9)
!24 = !DILocation(line: 21, column: 34, scope: !9)
!25 = distinct !{!25, !18, !26, !27}
!26 = !DILocation(line: 21, column: 60, scope: !9)
!27 = !{!"llvm.loop.mustprogress"}
!28 = !DILocation(line: 22, column: 10, scope: !9)
!29 = !DILocation(line: 22, column: 29, scope: !9)
!30 = !DILocation(line: 22, column: 22, scope: !9)
!31 = !DILocation(line: 22, column: 36, scope: !9)
!32 = !DILocation(line: 22, column: 42, scope: !9)
!33 = !DILocation(line: 22, column: 38, scope: !9)
!34 = !DILocation(line: 22, column: 17, scope: !9)
!35 = !DILocation(line: 22, column: 59, scope: !9)
!36 = !DILocation(line: 22, column: 64, scope: !9)
!37 = !DILocation(line: 22, column: 57, scope: !9)
!38 = !DILocation(line: 22, column: 54, scope: !9)
!39 = !DILocation(line: 22, column: 52, scope: !9)
!40 = !DILocation(line: 22, column: 48, scope: !9)
!41 = distinct !{!41, !34, !42, !27}
!42 = !DILocation(line: 22, column: 65, scope: !9)
!43 = !DILocation(line: 23, column: 47, scope: !9)
!44 = !DILocation(line: 23, column: 54, scope: !9)
!45 = !DILocation(line: 23, column: 59, scope: !9)
!46 = !DILocation(line: 23, column: 5, scope: !9)
!47 = !DILocation(line: 24, column: 12, scope: !9)
!48 = !DILocation(line: 24, column: 5, scope: !9)
!49 = !DILocation(line: 25, column: 10, scope: !9)
!50 = !DILocation(line: 27, column: 14, scope: !9)
!51 = !DILocation(line: 27, column: 10, scope: !9)
!52 = !DILocation(line: 27, column: 21, scope: !9)
!53 = !DILocation(line: 27, column: 23, scope: !9)
!54 = !DILocation(line: 27, column: 5, scope: !9)
!55 = !DILocation(line: 27, column: 46, scope: !9)
!56 = !DILocation(line: 27, column: 70, scope: !9)
!57 = !DILocation(line: 27, column: 72, scope: !9)
!58 = !DILocation(line: 27, column: 37, scope: !9)
!59 = !DILocation(line: 27, column: 90, scope: !9)
!60 = !DILocation(line: 27, column: 78, scope: !9)
!61 = !DILocation(line: 27, column: 96, scope: !9)
!62 = !DILocation(line: 27, column: 31, scope: !9)
!63 = distinct !{!63, !54, !61, !27}
!64 = !DILocation(line: 28, column: 14, scope: !9)
!65 = !DILocation(line: 28, column: 33, scope: !9)
!66 = !DILocation(line: 28, column: 26, scope: !9)
!67 = !DILocation(line: 28, column: 40, scope: !9)
!68 = !DILocation(line: 28, column: 46, scope: !9)
!69 = !DILocation(line: 28, column: 42, scope: !9)
!70 = !DILocation(line: 28, column: 21, scope: !9)
!71 = !DILocation(line: 28, column: 60, scope: !9)
!72 = !DILocation(line: 28, column: 62, scope: !9)
!73 = !DILocation(line: 28, column: 87, scope: !9)
!74 = !DILocation(line: 28, column: 89, scope: !9)
!75 = !DILocation(line: 28, column: 85, scope: !9)
!76 = !DILocation(line: 28, column: 70, scope: !9)
!77 = !DILocation(line: 28, column: 68, scope: !9)
!78 = !DILocation(line: 28, column: 58, scope: !9)
!79 = !DILocation(line: 28, column: 56, scope: !9)
!80 = !DILocation(line: 28, column: 52, scope: !9)
!81 = distinct !{!81, !70, !82, !27}
!82 = !DILocation(line: 28, column: 90, scope: !9)
!83 = !DILocation(line: 29, column: 45, scope: !9)
!84 = !DILocation(line: 29, column: 50, scope: !9)
!85 = !DILocation(line: 29, column: 55, scope: !9)
!86 = !DILocation(line: 29, column: 61, scope: !9)
!87 = !DILocation(line: 29, column: 57, scope: !9)
!88 = !DILocation(line: 29, column: 65, scope: !9)
!89 = !DILocation(line: 29, column: 5, scope: !9)
!90 = !DILocation(line: 30, column: 12, scope: !9)
!91 = !DILocation(line: 30, column: 5, scope: !9)
!92 = !DILocation(line: 31, column: 14, scope: !9)
!93 = !DILocation(line: 31, column: 10, scope: !9)
!94 = !DILocation(line: 31, column: 44, scope: !9)
!95 = !DILocation(line: 31, column: 61, scope: !9)
!96 = !DILocation(line: 31, column: 57, scope: !9)
!97 = !DILocation(line: 31, column: 68, scope: !9)
!98 = !DILocation(line: 31, column: 70, scope: !9)
!99 = !DILocation(line: 31, column: 52, scope: !9)
!100 = !DILocation(line: 31, column: 89, scope: !9)
!101 = !DILocation(line: 31, column: 91, scope: !9)
!102 = !DILocation(line: 31, column: 86, scope: !9)
!103 = !DILocation(line: 31, column: 83, scope: !9)
!104 = !DILocation(line: 31, column: 79, scope: !9)
!105 = distinct !{!105, !99, !106, !27}
!106 = !DILocation(line: 31, column: 92, scope: !9)
!107 = !DILocation(line: 32, column: 28, scope: !9)
!108 = !DILocation(line: 32, column: 5, scope: !9)
!109 = !DILocation(line: 32, column: 38, scope: !9)
!110 = !DILocation(line: 32, column: 33, scope: !9)
!111 = !DILocation(line: 34, column: 14, scope: !9)
!112 = !DILocation(line: 34, column: 10, scope: !9)
!113 = !DILocation(line: 34, column: 25, scope: !9)
!114 = !DILocation(line: 34, column: 31, scope: !9)
!115 = !DILocation(line: 34, column: 5, scope: !9)
!116 = !DILocation(line: 35, column: 18, scope: !9)
!117 = !DILocation(line: 35, column: 14, scope: !9)
!118 = !DILocation(line: 35, column: 25, scope: !9)
!119 = !DILocation(line: 35, column: 27, scope: !9)
!120 = !DILocation(line: 35, column: 9, scope: !9)
!121 = !DILocation(line: 35, column: 67, scope: !9)
!122 = !DILocation(line: 35, column: 69, scope: !9)
!123 = !DILocation(line: 35, column: 58, scope: !9)
!124 = !DILocation(line: 35, column: 75, scope: !9)
!125 = !DILocation(line: 35, column: 51, scope: !9)
!126 = !DILocation(line: 35, column: 46, scope: !9)
!127 = !DILocation(line: 35, column: 41, scope: !9)
!128 = !DILocation(line: 35, column: 49, scope: !9)
!129 = !DILocation(line: 35, column: 93, scope: !9)
!130 = !DILocation(line: 35, column: 88, scope: !9)
!131 = !DILocation(line: 35, column: 97, scope: !9)
!132 = !DILocation(line: 35, column: 99, scope: !9)
!133 = !DILocation(line: 35, column: 81, scope: !9)
!134 = !DILocation(line: 35, column: 116, scope: !9)
!135 = !DILocation(line: 35, column: 118, scope: !9)
!136 = !DILocation(line: 35, column: 107, scope: !9)
!137 = !DILocation(line: 35, column: 124, scope: !9)
!138 = !DILocation(line: 35, column: 130, scope: !9)
!139 = !DILocation(line: 35, column: 35, scope: !9)
!140 = distinct !{!140, !120, !138, !27}
!141 = !DILocation(line: 36, column: 14, scope: !9)
!142 = !DILocation(line: 36, column: 30, scope: !9)
!143 = !DILocation(line: 36, column: 26, scope: !9)
!144 = !DILocation(line: 36, column: 37, scope: !9)
!145 = !DILocation(line: 36, column: 39, scope: !9)
!146 = !DILocation(line: 36, column: 21, scope: !9)
!147 = !DILocation(line: 36, column: 79, scope: !9)
!148 = !DILocation(line: 36, column: 74, scope: !9)
!149 = !DILocation(line: 36, column: 83, scope: !9)
!150 = !DILocation(line: 36, column: 85, scope: !9)
!151 = !DILocation(line: 36, column: 90, scope: !9)
!152 = !DILocation(line: 36, column: 56, scope: !9)
!153 = !DILocation(line: 36, column: 53, scope: !9)
!154 = !DILocation(line: 36, column: 51, scope: !9)
!155 = !DILocation(line: 36, column: 47, scope: !9)
!156 = distinct !{!156, !146, !157, !27}
!157 = !DILocation(line: 36, column: 93, scope: !9)
!158 = !DILocation(line: 37, column: 18, scope: !9)
!159 = !DILocation(line: 37, column: 14, scope: !9)
!160 = !DILocation(line: 37, column: 27, scope: !9)
!161 = !DILocation(line: 37, column: 29, scope: !9)
!162 = !DILocation(line: 37, column: 9, scope: !9)
!163 = !DILocation(line: 37, column: 50, scope: !9)
!164 = !DILocation(line: 37, column: 45, scope: !9)
!165 = !DILocation(line: 37, column: 40, scope: !9)
!166 = !DILocation(line: 37, column: 36, scope: !9)
!167 = distinct !{!167, !162, !168, !27}
!168 = !DILocation(line: 37, column: 52, scope: !9)
!169 = !DILocation(line: 38, column: 34, scope: !9)
!170 = !DILocation(line: 38, column: 41, scope: !9)
!171 = !DILocation(line: 38, column: 9, scope: !9)
!172 = !DILocation(line: 39, column: 5, scope: !9)
!173 = !DILocation(line: 34, column: 41, scope: !9)
!174 = distinct !{!174, !115, !172, !27}
!175 = !DILocation(line: 40, column: 5, scope: !9)
!176 = distinct !DISubprogram(name: "vpush", scope: !10, file: !10, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!177 = !DILocation(line: 8, column: 9, scope: !176)
!178 = !DILocation(line: 8, column: 12, scope: !176)
!179 = !DILocation(line: 8, column: 19, scope: !176)
!180 = !DILocation(line: 8, column: 22, scope: !176)
!181 = !DILocation(line: 8, column: 16, scope: !176)
!182 = !DILocation(line: 8, column: 38, scope: !176)
!183 = !DILocation(line: 8, column: 41, scope: !176)
!184 = !DILocation(line: 8, column: 47, scope: !176)
!185 = !DILocation(line: 8, column: 50, scope: !176)
!186 = !DILocation(line: 8, column: 54, scope: !176)
!187 = !DILocation(line: 8, column: 29, scope: !176)
!188 = !DILocation(line: 8, column: 32, scope: !176)
!189 = !DILocation(line: 8, column: 36, scope: !176)
!190 = !DILocation(line: 8, column: 81, scope: !176)
!191 = !DILocation(line: 8, column: 84, scope: !176)
!192 = !DILocation(line: 8, column: 90, scope: !176)
!193 = !DILocation(line: 8, column: 93, scope: !176)
!194 = !DILocation(line: 8, column: 97, scope: !176)
!195 = !DILocation(line: 8, column: 73, scope: !176)
!196 = !DILocation(line: 8, column: 63, scope: !176)
!197 = !DILocation(line: 8, column: 66, scope: !176)
!198 = !DILocation(line: 8, column: 71, scope: !176)
!199 = !DILocation(line: 8, column: 117, scope: !176)
!200 = !DILocation(line: 9, column: 25, scope: !176)
!201 = !DILocation(line: 9, column: 5, scope: !176)
!202 = !DILocation(line: 9, column: 8, scope: !176)
!203 = !DILocation(line: 9, column: 13, scope: !176)
!204 = !DILocation(line: 9, column: 16, scope: !176)
!205 = !DILocation(line: 9, column: 19, scope: !176)
!206 = !DILocation(line: 9, column: 23, scope: !176)
!207 = !DILocation(line: 10, column: 1, scope: !176)
!208 = distinct !DISubprogram(name: "sappend", scope: !10, file: !10, line: 13, type: !11, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!209 = !DILocation(line: 14, column: 23, scope: !208)
!210 = !DILocation(line: 14, column: 16, scope: !208)
!211 = !DILocation(line: 14, column: 12, scope: !208)
!212 = !DILocation(line: 15, column: 9, scope: !208)
!213 = !DILocation(line: 15, column: 12, scope: !208)
!214 = !DILocation(line: 15, column: 18, scope: !208)
!215 = !DILocation(line: 15, column: 16, scope: !208)
!216 = !DILocation(line: 15, column: 20, scope: !208)
!217 = !DILocation(line: 15, column: 26, scope: !208)
!218 = !DILocation(line: 15, column: 29, scope: !208)
!219 = !DILocation(line: 15, column: 24, scope: !208)
!220 = !DILocation(line: 15, column: 46, scope: !208)
!221 = !DILocation(line: 15, column: 49, scope: !208)
!222 = !DILocation(line: 15, column: 55, scope: !208)
!223 = !DILocation(line: 15, column: 53, scope: !208)
!224 = !DILocation(line: 15, column: 57, scope: !208)
!225 = !DILocation(line: 15, column: 62, scope: !208)
!226 = !DILocation(line: 15, column: 66, scope: !208)
!227 = !DILocation(line: 15, column: 36, scope: !208)
!228 = !DILocation(line: 15, column: 39, scope: !208)
!229 = !DILocation(line: 15, column: 43, scope: !208)
!230 = !DILocation(line: 15, column: 86, scope: !208)
!231 = !DILocation(line: 15, column: 89, scope: !208)
!232 = !DILocation(line: 15, column: 92, scope: !208)
!233 = !DILocation(line: 15, column: 95, scope: !208)
!234 = !DILocation(line: 15, column: 78, scope: !208)
!235 = !DILocation(line: 15, column: 71, scope: !208)
!236 = !DILocation(line: 15, column: 74, scope: !208)
!237 = !DILocation(line: 15, column: 76, scope: !208)
!238 = !DILocation(line: 15, column: 101, scope: !208)
!239 = !DILocation(line: 16, column: 12, scope: !208)
!240 = !DILocation(line: 16, column: 15, scope: !208)
!241 = !DILocation(line: 16, column: 19, scope: !208)
!242 = !DILocation(line: 16, column: 22, scope: !208)
!243 = !DILocation(line: 16, column: 5, scope: !208)
!244 = !DILocation(line: 16, column: 27, scope: !208)
!245 = !DILocation(line: 16, column: 30, scope: !208)
!246 = !DILocation(line: 16, column: 32, scope: !208)
!247 = !DILocation(line: 16, column: 48, scope: !208)
!248 = !DILocation(line: 16, column: 38, scope: !208)
!249 = !DILocation(line: 16, column: 41, scope: !208)
!250 = !DILocation(line: 16, column: 45, scope: !208)
!251 = !DILocation(line: 17, column: 1, scope: !208)
