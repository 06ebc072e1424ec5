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

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
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
  %17 = alloca i32, align 4
  %18 = alloca i64, align 8
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #10, !dbg !17
  call void @llvm.memset.p0.i64(ptr align 8 %2, i8 0, i64 24, i1 false), !dbg !18
  call void @llvm.lifetime.start.p0(ptr %3) #10, !dbg !19
  store i64 0, ptr %3, align 8, !dbg !20, !tbaa !21
  br label %21, !dbg !19

21:                                               ; preds = %30, %0
  %22 = load i64, ptr %3, align 8, !dbg !23, !tbaa !21
  %23 = icmp slt i64 %22, 10000, !dbg !24
  br i1 %23, label %25, label %24, !dbg !25

24:                                               ; preds = %21
  call void @llvm.lifetime.end.p0(ptr %3) #10, !dbg !26
  br label %33

25:                                               ; preds = %21
  %26 = load i64, ptr %3, align 8, !dbg !27, !tbaa !21
  %27 = load i64, ptr %3, align 8, !dbg !28, !tbaa !21
  %28 = mul nsw i64 %26, %27, !dbg !29
  %29 = srem i64 %28, 1009, !dbg !30
  call void @vpush(ptr noundef %2, i64 noundef %29), !dbg !31
  br label %30, !dbg !32

30:                                               ; preds = %25
  %31 = load i64, ptr %3, align 8, !dbg !33, !tbaa !21
  %32 = add nsw i64 %31, 1, !dbg !34
  store i64 %32, ptr %3, align 8, !dbg !35, !tbaa !21
  br label %21, !dbg !26, !llvm.loop !36

33:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %4) #10, !dbg !39
  store i64 0, ptr %4, align 8, !dbg !40, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %5) #10, !dbg !41
  store i64 0, ptr %5, align 8, !dbg !42, !tbaa !21
  br label %34, !dbg !41

34:                                               ; preds = %48, %33
  %35 = load i64, ptr %5, align 8, !dbg !43, !tbaa !21
  %36 = getelementptr inbounds nuw %struct.vec, ptr %2, i32 0, i32 1, !dbg !44
  %37 = load i64, ptr %36, align 8, !dbg !44, !tbaa !45
  %38 = icmp ult i64 %35, %37, !dbg !49
  br i1 %38, label %40, label %39, !dbg !50

39:                                               ; preds = %34
  call void @llvm.lifetime.end.p0(ptr %5) #10, !dbg !51
  br label %51

40:                                               ; preds = %34
  %41 = getelementptr inbounds nuw %struct.vec, ptr %2, i32 0, i32 0, !dbg !52
  %42 = load ptr, ptr %41, align 8, !dbg !52, !tbaa !53
  %43 = load i64, ptr %5, align 8, !dbg !54, !tbaa !21
  %44 = getelementptr inbounds nuw i64, ptr %42, i64 %43, !dbg !55
  %45 = load i64, ptr %44, align 8, !dbg !55, !tbaa !21
  %46 = load i64, ptr %4, align 8, !dbg !56, !tbaa !21
  %47 = add nsw i64 %46, %45, !dbg !57
  store i64 %47, ptr %4, align 8, !dbg !58, !tbaa !21
  br label %48, !dbg !59

48:                                               ; preds = %40
  %49 = load i64, ptr %5, align 8, !dbg !60, !tbaa !21
  %50 = add i64 %49, 1, !dbg !61
  store i64 %50, ptr %5, align 8, !dbg !62, !tbaa !21
  br label %34, !dbg !51, !llvm.loop !63

51:                                               ; preds = %39
  %52 = getelementptr inbounds nuw %struct.vec, ptr %2, i32 0, i32 1, !dbg !65
  %53 = load i64, ptr %52, align 8, !dbg !65, !tbaa !45
  %54 = getelementptr inbounds nuw %struct.vec, ptr %2, i32 0, i32 2, !dbg !66
  %55 = load i64, ptr %54, align 8, !dbg !66, !tbaa !67
  %56 = load i64, ptr %4, align 8, !dbg !68, !tbaa !21
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %53, i64 noundef %55, i64 noundef %56), !dbg !69
  %58 = getelementptr inbounds nuw %struct.vec, ptr %2, i32 0, i32 0, !dbg !70
  %59 = load ptr, ptr %58, align 8, !dbg !70, !tbaa !53
  call void @free(ptr noundef %59) #10, !dbg !71
  call void @llvm.lifetime.start.p0(ptr %6) #10, !dbg !72
  call void @llvm.memset.p0.i64(ptr align 8 %6, i8 0, i64 24, i1 false), !dbg !73
  call void @llvm.lifetime.start.p0(ptr %7) #10, !dbg !74
  call void @llvm.lifetime.start.p0(ptr %8) #10, !dbg !75
  store i32 0, ptr %8, align 4, !dbg !76, !tbaa !9
  br label %60, !dbg !75

60:                                               ; preds = %70, %51
  %61 = load i32, ptr %8, align 4, !dbg !77, !tbaa !9
  %62 = icmp slt i32 %61, 200, !dbg !78
  br i1 %62, label %64, label %63, !dbg !79

63:                                               ; preds = %60
  call void @llvm.lifetime.end.p0(ptr %8) #10, !dbg !80
  br label %73

64:                                               ; preds = %60
  %65 = getelementptr inbounds [32 x i8], ptr %7, i64 0, i64 0, !dbg !81
  %66 = load i32, ptr %8, align 4, !dbg !82, !tbaa !9
  %67 = mul nsw i32 %66, 7, !dbg !83
  %68 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %65, i64 noundef 32, ptr noundef @.str.1, i32 noundef %67) #10, !dbg !84
  %69 = getelementptr inbounds [32 x i8], ptr %7, i64 0, i64 0, !dbg !85
  call void @sappend(ptr noundef %6, ptr noundef %69), !dbg !86
  br label %70, !dbg !87

70:                                               ; preds = %64
  %71 = load i32, ptr %8, align 4, !dbg !88, !tbaa !9
  %72 = add nsw i32 %71, 1, !dbg !89
  store i32 %72, ptr %8, align 4, !dbg !90, !tbaa !9
  br label %60, !dbg !80, !llvm.loop !91

73:                                               ; preds = %63
  call void @llvm.lifetime.start.p0(ptr %9) #10, !dbg !93
  store i32 0, ptr %9, align 4, !dbg !94, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #10, !dbg !95
  store i64 0, ptr %10, align 8, !dbg !96, !tbaa !21
  br label %74, !dbg !95

74:                                               ; preds = %90, %73
  %75 = load i64, ptr %10, align 8, !dbg !97, !tbaa !21
  %76 = getelementptr inbounds nuw %struct.sbuf, ptr %6, i32 0, i32 1, !dbg !98
  %77 = load i64, ptr %76, align 8, !dbg !98, !tbaa !99
  %78 = icmp ult i64 %75, %77, !dbg !102
  br i1 %78, label %80, label %79, !dbg !103

79:                                               ; preds = %74
  call void @llvm.lifetime.end.p0(ptr %10) #10, !dbg !104
  br label %93

80:                                               ; preds = %74
  %81 = load i32, ptr %9, align 4, !dbg !105, !tbaa !9
  %82 = mul i32 %81, 131, !dbg !106
  %83 = getelementptr inbounds nuw %struct.sbuf, ptr %6, i32 0, i32 0, !dbg !107
  %84 = load ptr, ptr %83, align 8, !dbg !107, !tbaa !108
  %85 = load i64, ptr %10, align 8, !dbg !109, !tbaa !21
  %86 = getelementptr inbounds nuw i8, ptr %84, i64 %85, !dbg !110
  %87 = load i8, ptr %86, align 1, !dbg !110, !tbaa !111
  %88 = zext i8 %87 to i32, !dbg !112
  %89 = add i32 %82, %88, !dbg !113
  store i32 %89, ptr %9, align 4, !dbg !114, !tbaa !9
  br label %90, !dbg !115

90:                                               ; preds = %80
  %91 = load i64, ptr %10, align 8, !dbg !116, !tbaa !21
  %92 = add i64 %91, 1, !dbg !117
  store i64 %92, ptr %10, align 8, !dbg !118, !tbaa !21
  br label %74, !dbg !104, !llvm.loop !119

93:                                               ; preds = %79
  %94 = getelementptr inbounds nuw %struct.sbuf, ptr %6, i32 0, i32 1, !dbg !121
  %95 = load i64, ptr %94, align 8, !dbg !121, !tbaa !99
  %96 = load i32, ptr %9, align 4, !dbg !122, !tbaa !9
  %97 = getelementptr inbounds nuw %struct.sbuf, ptr %6, i32 0, i32 0, !dbg !123
  %98 = load ptr, ptr %97, align 8, !dbg !123, !tbaa !108
  %99 = getelementptr inbounds nuw %struct.sbuf, ptr %6, i32 0, i32 1, !dbg !124
  %100 = load i64, ptr %99, align 8, !dbg !124, !tbaa !99
  %101 = getelementptr inbounds nuw i8, ptr %98, i64 %100, !dbg !125
  %102 = getelementptr inbounds i8, ptr %101, i64 -8, !dbg !126
  %103 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %95, i32 noundef %96, ptr noundef %102), !dbg !127
  %104 = getelementptr inbounds nuw %struct.sbuf, ptr %6, i32 0, i32 0, !dbg !128
  %105 = load ptr, ptr %104, align 8, !dbg !128, !tbaa !108
  call void @free(ptr noundef %105) #10, !dbg !129
  call void @llvm.lifetime.start.p0(ptr %11) #10, !dbg !130
  %106 = call noalias ptr @calloc(i64 noundef 1000, i64 noundef 4) #11, !dbg !131
  store ptr %106, ptr %11, align 8, !dbg !132, !tbaa !133
  call void @llvm.lifetime.start.p0(ptr %12) #10, !dbg !135
  store i64 0, ptr %12, align 8, !dbg !136, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %13) #10, !dbg !137
  store i32 0, ptr %13, align 4, !dbg !138, !tbaa !9
  br label %107, !dbg !137

107:                                              ; preds = %120, %93
  %108 = load i32, ptr %13, align 4, !dbg !139, !tbaa !9
  %109 = icmp slt i32 %108, 1000, !dbg !140
  br i1 %109, label %111, label %110, !dbg !141

110:                                              ; preds = %107
  call void @llvm.lifetime.end.p0(ptr %13) #10, !dbg !142
  br label %123

111:                                              ; preds = %107
  %112 = load ptr, ptr %11, align 8, !dbg !143, !tbaa !133
  %113 = load i32, ptr %13, align 4, !dbg !144, !tbaa !9
  %114 = sext i32 %113 to i64, !dbg !143
  %115 = getelementptr inbounds i32, ptr %112, i64 %114, !dbg !143
  %116 = load i32, ptr %115, align 4, !dbg !143, !tbaa !9
  %117 = sext i32 %116 to i64, !dbg !143
  %118 = load i64, ptr %12, align 8, !dbg !145, !tbaa !21
  %119 = add nsw i64 %118, %117, !dbg !146
  store i64 %119, ptr %12, align 8, !dbg !147, !tbaa !21
  br label %120, !dbg !148

120:                                              ; preds = %111
  %121 = load i32, ptr %13, align 4, !dbg !149, !tbaa !9
  %122 = add nsw i32 %121, 1, !dbg !150
  store i32 %122, ptr %13, align 4, !dbg !151, !tbaa !9
  br label %107, !dbg !142, !llvm.loop !152

123:                                              ; preds = %110
  %124 = load i64, ptr %12, align 8, !dbg !154, !tbaa !21
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %124), !dbg !155
  %126 = load ptr, ptr %11, align 8, !dbg !156, !tbaa !133
  call void @free(ptr noundef %126) #10, !dbg !157
  call void @llvm.lifetime.start.p0(ptr %14) #10, !dbg !158
  call void @llvm.lifetime.start.p0(ptr %15) #10, !dbg !159
  store i32 0, ptr %15, align 4, !dbg !160, !tbaa !9
  br label %127, !dbg !159

127:                                              ; preds = %198, %123
  %128 = load i32, ptr %15, align 4, !dbg !161, !tbaa !9
  %129 = icmp slt i32 %128, 5, !dbg !162
  br i1 %129, label %131, label %130, !dbg !163

130:                                              ; preds = %127
  store i32 17, ptr %16, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #10, !dbg !164
  br label %201

131:                                              ; preds = %127
  call void @llvm.lifetime.start.p0(ptr %17) #10, !dbg !165
  store i32 0, ptr %17, align 4, !dbg !166, !tbaa !9
  br label %132, !dbg !165

132:                                              ; preds = %156, %131
  %133 = load i32, ptr %17, align 4, !dbg !167, !tbaa !9
  %134 = icmp slt i32 %133, 500, !dbg !168
  br i1 %134, label %136, label %135, !dbg !169

135:                                              ; preds = %132
  store i32 20, ptr %16, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #10, !dbg !170
  br label %159

136:                                              ; preds = %132
  %137 = load i32, ptr %17, align 4, !dbg !171, !tbaa !9
  %138 = srem i32 %137, 64, !dbg !172
  %139 = sext i32 %138 to i64, !dbg !173
  %140 = add i64 %139, 1, !dbg !174
  %141 = call noalias ptr @malloc(i64 noundef %140) #12, !dbg !175
  %142 = load i32, ptr %17, align 4, !dbg !176, !tbaa !9
  %143 = sext i32 %142 to i64, !dbg !177
  %144 = getelementptr inbounds [500 x ptr], ptr %14, i64 0, i64 %143, !dbg !177
  store ptr %141, ptr %144, align 8, !dbg !178, !tbaa !179
  %145 = load i32, ptr %17, align 4, !dbg !180, !tbaa !9
  %146 = sext i32 %145 to i64, !dbg !181
  %147 = getelementptr inbounds [500 x ptr], ptr %14, i64 0, i64 %146, !dbg !181
  %148 = load ptr, ptr %147, align 8, !dbg !181, !tbaa !179
  %149 = load i32, ptr %17, align 4, !dbg !182, !tbaa !9
  %150 = and i32 %149, 255, !dbg !183
  %151 = trunc i32 %150 to i8, !dbg !184
  %152 = load i32, ptr %17, align 4, !dbg !185, !tbaa !9
  %153 = srem i32 %152, 64, !dbg !186
  %154 = sext i32 %153 to i64, !dbg !187
  %155 = add i64 %154, 1, !dbg !188
  call void @llvm.memset.p0.i64(ptr align 1 %148, i8 %151, i64 %155, i1 false), !dbg !189
  br label %156, !dbg !190

156:                                              ; preds = %136
  %157 = load i32, ptr %17, align 4, !dbg !191, !tbaa !9
  %158 = add nsw i32 %157, 1, !dbg !192
  store i32 %158, ptr %17, align 4, !dbg !193, !tbaa !9
  br label %132, !dbg !170, !llvm.loop !194

159:                                              ; preds = %135
  call void @llvm.lifetime.start.p0(ptr %18) #10, !dbg !196
  store i64 0, ptr %18, align 8, !dbg !197, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %19) #10, !dbg !198
  store i32 0, ptr %19, align 4, !dbg !199, !tbaa !9
  br label %160, !dbg !198

160:                                              ; preds = %178, %159
  %161 = load i32, ptr %19, align 4, !dbg !200, !tbaa !9
  %162 = icmp slt i32 %161, 500, !dbg !201
  br i1 %162, label %164, label %163, !dbg !202

163:                                              ; preds = %160
  store i32 23, ptr %16, align 4
  call void @llvm.lifetime.end.p0(ptr %19) #10, !dbg !203
  br label %181

164:                                              ; preds = %160
  %165 = load i32, ptr %19, align 4, !dbg !204, !tbaa !9
  %166 = sext i32 %165 to i64, !dbg !205
  %167 = getelementptr inbounds [500 x ptr], ptr %14, i64 0, i64 %166, !dbg !205
  %168 = load ptr, ptr %167, align 8, !dbg !205, !tbaa !179
  %169 = load i32, ptr %19, align 4, !dbg !206, !tbaa !9
  %170 = srem i32 %169, 64, !dbg !207
  %171 = sdiv i32 %170, 2, !dbg !208
  %172 = sext i32 %171 to i64, !dbg !209
  %173 = getelementptr inbounds i8, ptr %168, i64 %172, !dbg !209
  %174 = load i8, ptr %173, align 1, !dbg !209, !tbaa !111
  %175 = zext i8 %174 to i64, !dbg !209
  %176 = load i64, ptr %18, align 8, !dbg !210, !tbaa !21
  %177 = add nsw i64 %176, %175, !dbg !211
  store i64 %177, ptr %18, align 8, !dbg !212, !tbaa !21
  br label %178, !dbg !213

178:                                              ; preds = %164
  %179 = load i32, ptr %19, align 4, !dbg !214, !tbaa !9
  %180 = add nsw i32 %179, 1, !dbg !215
  store i32 %180, ptr %19, align 4, !dbg !216, !tbaa !9
  br label %160, !dbg !203, !llvm.loop !217

181:                                              ; preds = %163
  call void @llvm.lifetime.start.p0(ptr %20) #10, !dbg !219
  store i32 499, ptr %20, align 4, !dbg !220, !tbaa !9
  br label %182, !dbg !219

182:                                              ; preds = %191, %181
  %183 = load i32, ptr %20, align 4, !dbg !221, !tbaa !9
  %184 = icmp sge i32 %183, 0, !dbg !222
  br i1 %184, label %186, label %185, !dbg !223

185:                                              ; preds = %182
  store i32 26, ptr %16, align 4
  call void @llvm.lifetime.end.p0(ptr %20) #10, !dbg !224
  br label %194

186:                                              ; preds = %182
  %187 = load i32, ptr %20, align 4, !dbg !225, !tbaa !9
  %188 = sext i32 %187 to i64, !dbg !226
  %189 = getelementptr inbounds [500 x ptr], ptr %14, i64 0, i64 %188, !dbg !226
  %190 = load ptr, ptr %189, align 8, !dbg !226, !tbaa !179
  call void @free(ptr noundef %190) #10, !dbg !227
  br label %191, !dbg !228

191:                                              ; preds = %186
  %192 = load i32, ptr %20, align 4, !dbg !229, !tbaa !9
  %193 = add nsw i32 %192, -1, !dbg !230
  store i32 %193, ptr %20, align 4, !dbg !231, !tbaa !9
  br label %182, !dbg !224, !llvm.loop !232

194:                                              ; preds = %185
  %195 = load i32, ptr %15, align 4, !dbg !234, !tbaa !9
  %196 = load i64, ptr %18, align 8, !dbg !235, !tbaa !21
  %197 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %195, i64 noundef %196), !dbg !236
  call void @llvm.lifetime.end.p0(ptr %18) #10, !dbg !237
  br label %198, !dbg !238

198:                                              ; preds = %194
  %199 = load i32, ptr %15, align 4, !dbg !239, !tbaa !9
  %200 = add nsw i32 %199, 1, !dbg !240
  store i32 %200, ptr %15, align 4, !dbg !241, !tbaa !9
  br label %127, !dbg !164, !llvm.loop !242

201:                                              ; preds = %130
  store i32 0, ptr %1, align 4, !dbg !243
  store i32 1, ptr %16, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #10, !dbg !244
  call void @llvm.lifetime.end.p0(ptr %12) #10, !dbg !244
  call void @llvm.lifetime.end.p0(ptr %11) #10, !dbg !244
  call void @llvm.lifetime.end.p0(ptr %9) #10, !dbg !244
  call void @llvm.lifetime.end.p0(ptr %7) #10, !dbg !244
  call void @llvm.lifetime.end.p0(ptr %6) #10, !dbg !244
  call void @llvm.lifetime.end.p0(ptr %4) #10, !dbg !244
  call void @llvm.lifetime.end.p0(ptr %2) #10, !dbg !244
  %202 = load i32, ptr %1, align 4, !dbg !245
  ret i32 %202, !dbg !246
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nounwind uwtable
define internal void @vpush(ptr noundef %0, i64 noundef %1) #0 !dbg !247 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !179
  store i64 %1, ptr %4, align 8, !tbaa !21
  %5 = load ptr, ptr %3, align 8, !dbg !248, !tbaa !179
  %6 = getelementptr inbounds nuw %struct.vec, ptr %5, i32 0, i32 1, !dbg !249
  %7 = load i64, ptr %6, align 8, !dbg !249, !tbaa !45
  %8 = load ptr, ptr %3, align 8, !dbg !250, !tbaa !179
  %9 = getelementptr inbounds nuw %struct.vec, ptr %8, i32 0, i32 2, !dbg !251
  %10 = load i64, ptr %9, align 8, !dbg !251, !tbaa !67
  %11 = icmp eq i64 %7, %10, !dbg !252
  br i1 %11, label %12, label %37, !dbg !253

12:                                               ; preds = %2
  %13 = load ptr, ptr %3, align 8, !dbg !254, !tbaa !179
  %14 = getelementptr inbounds nuw %struct.vec, ptr %13, i32 0, i32 2, !dbg !255
  %15 = load i64, ptr %14, align 8, !dbg !255, !tbaa !67
  %16 = icmp ne i64 %15, 0, !dbg !256
  br i1 %16, label %17, label %22, !dbg !257

17:                                               ; preds = %12
  %18 = load ptr, ptr %3, align 8, !dbg !258, !tbaa !179
  %19 = getelementptr inbounds nuw %struct.vec, ptr %18, i32 0, i32 2, !dbg !259
  %20 = load i64, ptr %19, align 8, !dbg !259, !tbaa !67
  %21 = mul i64 %20, 2, !dbg !260
  br label %23, !dbg !254

22:                                               ; preds = %12
  br label %23, !dbg !254

23:                                               ; preds = %22, %17
  %24 = phi i64 [ %21, %17 ], [ 4, %22 ], !dbg !261
  %25 = load ptr, ptr %3, align 8, !dbg !262, !tbaa !179
  %26 = getelementptr inbounds nuw %struct.vec, ptr %25, i32 0, i32 2, !dbg !263
  store i64 %24, ptr %26, align 8, !dbg !264, !tbaa !67
  %27 = load ptr, ptr %3, align 8, !dbg !265, !tbaa !179
  %28 = getelementptr inbounds nuw %struct.vec, ptr %27, i32 0, i32 0, !dbg !266
  %29 = load ptr, ptr %28, align 8, !dbg !266, !tbaa !53
  %30 = load ptr, ptr %3, align 8, !dbg !267, !tbaa !179
  %31 = getelementptr inbounds nuw %struct.vec, ptr %30, i32 0, i32 2, !dbg !268
  %32 = load i64, ptr %31, align 8, !dbg !268, !tbaa !67
  %33 = mul i64 %32, 8, !dbg !269
  %34 = call ptr @realloc(ptr noundef %29, i64 noundef %33) #13, !dbg !270
  %35 = load ptr, ptr %3, align 8, !dbg !271, !tbaa !179
  %36 = getelementptr inbounds nuw %struct.vec, ptr %35, i32 0, i32 0, !dbg !272
  store ptr %34, ptr %36, align 8, !dbg !273, !tbaa !53
  br label %37, !dbg !274

37:                                               ; preds = %23, %2
  %38 = load i64, ptr %4, align 8, !dbg !275, !tbaa !21
  %39 = load ptr, ptr %3, align 8, !dbg !276, !tbaa !179
  %40 = getelementptr inbounds nuw %struct.vec, ptr %39, i32 0, i32 0, !dbg !277
  %41 = load ptr, ptr %40, align 8, !dbg !277, !tbaa !53
  %42 = load ptr, ptr %3, align 8, !dbg !278, !tbaa !179
  %43 = getelementptr inbounds nuw %struct.vec, ptr %42, i32 0, i32 1, !dbg !279
  %44 = load i64, ptr %43, align 8, !dbg !280, !tbaa !45
  %45 = add i64 %44, 1, !dbg !281
  store i64 %45, ptr %43, align 8, !dbg !282, !tbaa !45
  %46 = getelementptr inbounds nuw i64, ptr %41, i64 %44, !dbg !276
  store i64 %38, ptr %46, align 8, !dbg !283, !tbaa !21
  ret void, !dbg !284
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !285 i32 @printf(ptr noundef, ...) #3

; Function Attrs: nounwind
declare !dbg !287 void @free(ptr noundef) #4

; Function Attrs: nounwind
declare !dbg !289 i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #4

; Function Attrs: nounwind uwtable
define internal void @sappend(ptr noundef %0, ptr noundef %1) #0 !dbg !290 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !179
  store ptr %1, ptr %4, align 8, !tbaa !291
  call void @llvm.lifetime.start.p0(ptr %5) #10, !dbg !292
  %6 = load ptr, ptr %4, align 8, !dbg !293, !tbaa !291
  %7 = call i64 @strlen(ptr noundef %6) #14, !dbg !294
  store i64 %7, ptr %5, align 8, !dbg !295, !tbaa !21
  %8 = load ptr, ptr %3, align 8, !dbg !296, !tbaa !179
  %9 = getelementptr inbounds nuw %struct.sbuf, ptr %8, i32 0, i32 1, !dbg !297
  %10 = load i64, ptr %9, align 8, !dbg !297, !tbaa !99
  %11 = load i64, ptr %5, align 8, !dbg !298, !tbaa !21
  %12 = add i64 %10, %11, !dbg !299
  %13 = add i64 %12, 1, !dbg !300
  %14 = load ptr, ptr %3, align 8, !dbg !301, !tbaa !179
  %15 = getelementptr inbounds nuw %struct.sbuf, ptr %14, i32 0, i32 2, !dbg !302
  %16 = load i64, ptr %15, align 8, !dbg !302, !tbaa !303
  %17 = icmp ugt i64 %13, %16, !dbg !304
  br i1 %17, label %18, label %38, !dbg !305

18:                                               ; preds = %2
  %19 = load ptr, ptr %3, align 8, !dbg !306, !tbaa !179
  %20 = getelementptr inbounds nuw %struct.sbuf, ptr %19, i32 0, i32 1, !dbg !307
  %21 = load i64, ptr %20, align 8, !dbg !307, !tbaa !99
  %22 = load i64, ptr %5, align 8, !dbg !308, !tbaa !21
  %23 = add i64 %21, %22, !dbg !309
  %24 = add i64 %23, 1, !dbg !310
  %25 = mul i64 %24, 3, !dbg !311
  %26 = udiv i64 %25, 2, !dbg !312
  %27 = load ptr, ptr %3, align 8, !dbg !313, !tbaa !179
  %28 = getelementptr inbounds nuw %struct.sbuf, ptr %27, i32 0, i32 2, !dbg !314
  store i64 %26, ptr %28, align 8, !dbg !315, !tbaa !303
  %29 = load ptr, ptr %3, align 8, !dbg !316, !tbaa !179
  %30 = getelementptr inbounds nuw %struct.sbuf, ptr %29, i32 0, i32 0, !dbg !317
  %31 = load ptr, ptr %30, align 8, !dbg !317, !tbaa !108
  %32 = load ptr, ptr %3, align 8, !dbg !318, !tbaa !179
  %33 = getelementptr inbounds nuw %struct.sbuf, ptr %32, i32 0, i32 2, !dbg !319
  %34 = load i64, ptr %33, align 8, !dbg !319, !tbaa !303
  %35 = call ptr @realloc(ptr noundef %31, i64 noundef %34) #13, !dbg !320
  %36 = load ptr, ptr %3, align 8, !dbg !321, !tbaa !179
  %37 = getelementptr inbounds nuw %struct.sbuf, ptr %36, i32 0, i32 0, !dbg !322
  store ptr %35, ptr %37, align 8, !dbg !323, !tbaa !108
  br label %38, !dbg !324

38:                                               ; preds = %18, %2
  %39 = load ptr, ptr %3, align 8, !dbg !325, !tbaa !179
  %40 = getelementptr inbounds nuw %struct.sbuf, ptr %39, i32 0, i32 0, !dbg !326
  %41 = load ptr, ptr %40, align 8, !dbg !326, !tbaa !108
  %42 = load ptr, ptr %3, align 8, !dbg !327, !tbaa !179
  %43 = getelementptr inbounds nuw %struct.sbuf, ptr %42, i32 0, i32 1, !dbg !328
  %44 = load i64, ptr %43, align 8, !dbg !328, !tbaa !99
  %45 = getelementptr inbounds nuw i8, ptr %41, i64 %44, !dbg !329
  %46 = load ptr, ptr %4, align 8, !dbg !330, !tbaa !291
  %47 = load i64, ptr %5, align 8, !dbg !331, !tbaa !21
  %48 = add i64 %47, 1, !dbg !332
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %45, ptr align 1 %46, i64 %48, i1 false), !dbg !333
  %49 = load i64, ptr %5, align 8, !dbg !334, !tbaa !21
  %50 = load ptr, ptr %3, align 8, !dbg !335, !tbaa !179
  %51 = getelementptr inbounds nuw %struct.sbuf, ptr %50, i32 0, i32 1, !dbg !336
  %52 = load i64, ptr %51, align 8, !dbg !337, !tbaa !99
  %53 = add i64 %52, %49, !dbg !338
  store i64 %53, ptr %51, align 8, !dbg !339, !tbaa !99
  call void @llvm.lifetime.end.p0(ptr %5) #10, !dbg !340
  ret void, !dbg !341
}

; Function Attrs: nounwind allocsize(0,1)
declare !dbg !342 noalias ptr @calloc(i64 noundef, i64 noundef) #5

; Function Attrs: nounwind allocsize(0)
declare !dbg !343 noalias ptr @malloc(i64 noundef) #6

; Function Attrs: nounwind allocsize(1)
declare !dbg !344 ptr @realloc(ptr noundef, i64 noundef) #7

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !345 i64 @strlen(ptr noundef) #8

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #9

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind allocsize(0,1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #7 = { nounwind allocsize(1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #8 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #9 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #10 = { nounwind }
attributes #11 = { nounwind allocsize(0,1) }
attributes #12 = { nounwind allocsize(0) }
attributes #13 = { nounwind allocsize(1) }
attributes #14 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "malloc_realloc.c", directory: ".")
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
!14 = !DIFile(filename: "malloc_realloc.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 20, column: 5, scope: !13)
!18 = !DILocation(line: 20, column: 9, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !DILocation(line: 21, column: 10, scope: !13)
!20 = !DILocation(line: 21, column: 15, scope: !13, atomGroup: 2, atomRank: 1)
!21 = !{!22, !22, i64 0}
!22 = !{!"long", !11, i64 0}
!23 = !DILocation(line: 21, column: 22, scope: !13)
!24 = !DILocation(line: 21, column: 24, scope: !13, atomGroup: 3, atomRank: 1)
!25 = !DILocation(line: 21, column: 5, scope: !13, atomGroup: 4, atomRank: 1)
!26 = !DILocation(line: 21, column: 5, scope: !13)
!27 = !DILocation(line: 21, column: 48, scope: !13)
!28 = !DILocation(line: 21, column: 52, scope: !13)
!29 = !DILocation(line: 21, column: 50, scope: !13)
!30 = !DILocation(line: 21, column: 54, scope: !13)
!31 = !DILocation(line: 21, column: 38, scope: !13)
!32 = !DILocation(line: 21, column: 38, scope: !13, atomGroup: 6, atomRank: 1)
!33 = !DILocation(line: 21, column: 34, scope: !13)
!34 = !DILocation(line: 21, column: 34, scope: !13, atomGroup: 5, atomRank: 2)
!35 = !DILocation(line: 21, column: 34, scope: !13, atomGroup: 5, atomRank: 1)
!36 = distinct !{!36, !26, !37, !38}
!37 = !DILocation(line: 21, column: 60, scope: !13)
!38 = !{!"llvm.loop.mustprogress"}
!39 = !DILocation(line: 22, column: 5, scope: !13)
!40 = !DILocation(line: 22, column: 10, scope: !13, atomGroup: 7, atomRank: 1)
!41 = !DILocation(line: 22, column: 22, scope: !13)
!42 = !DILocation(line: 22, column: 29, scope: !13, atomGroup: 8, atomRank: 1)
!43 = !DILocation(line: 22, column: 36, scope: !13)
!44 = !DILocation(line: 22, column: 42, scope: !13)
!45 = !{!46, !22, i64 8}
!46 = !{!"", !47, i64 0, !22, i64 8, !22, i64 16}
!47 = !{!"p1 long", !48, i64 0}
!48 = !{!"any pointer", !11, i64 0}
!49 = !DILocation(line: 22, column: 38, scope: !13, atomGroup: 9, atomRank: 1)
!50 = !DILocation(line: 22, column: 17, scope: !13, atomGroup: 10, atomRank: 1)
!51 = !DILocation(line: 22, column: 17, scope: !13)
!52 = !DILocation(line: 22, column: 59, scope: !13)
!53 = !{!46, !47, i64 0}
!54 = !DILocation(line: 22, column: 64, scope: !13)
!55 = !DILocation(line: 22, column: 57, scope: !13)
!56 = !DILocation(line: 22, column: 54, scope: !13)
!57 = !DILocation(line: 22, column: 54, scope: !13, atomGroup: 11, atomRank: 2)
!58 = !DILocation(line: 22, column: 54, scope: !13, atomGroup: 11, atomRank: 1)
!59 = !DILocation(line: 22, column: 52, scope: !13, atomGroup: 13, atomRank: 1)
!60 = !DILocation(line: 22, column: 48, scope: !13)
!61 = !DILocation(line: 22, column: 48, scope: !13, atomGroup: 12, atomRank: 2)
!62 = !DILocation(line: 22, column: 48, scope: !13, atomGroup: 12, atomRank: 1)
!63 = distinct !{!63, !51, !64, !38}
!64 = !DILocation(line: 22, column: 65, scope: !13)
!65 = !DILocation(line: 23, column: 47, scope: !13)
!66 = !DILocation(line: 23, column: 54, scope: !13)
!67 = !{!46, !22, i64 16}
!68 = !DILocation(line: 23, column: 59, scope: !13)
!69 = !DILocation(line: 23, column: 5, scope: !13)
!70 = !DILocation(line: 24, column: 12, scope: !13)
!71 = !DILocation(line: 24, column: 5, scope: !13)
!72 = !DILocation(line: 25, column: 5, scope: !13)
!73 = !DILocation(line: 25, column: 10, scope: !13, atomGroup: 14, atomRank: 1)
!74 = !DILocation(line: 26, column: 5, scope: !13)
!75 = !DILocation(line: 27, column: 10, scope: !13)
!76 = !DILocation(line: 27, column: 14, scope: !13, atomGroup: 15, atomRank: 1)
!77 = !DILocation(line: 27, column: 21, scope: !13)
!78 = !DILocation(line: 27, column: 23, scope: !13, atomGroup: 16, atomRank: 1)
!79 = !DILocation(line: 27, column: 5, scope: !13, atomGroup: 17, atomRank: 1)
!80 = !DILocation(line: 27, column: 5, scope: !13)
!81 = !DILocation(line: 27, column: 46, scope: !13)
!82 = !DILocation(line: 27, column: 70, scope: !13)
!83 = !DILocation(line: 27, column: 72, scope: !13)
!84 = !DILocation(line: 27, column: 37, scope: !13)
!85 = !DILocation(line: 27, column: 90, scope: !13)
!86 = !DILocation(line: 27, column: 78, scope: !13)
!87 = !DILocation(line: 27, column: 96, scope: !13, atomGroup: 19, atomRank: 1)
!88 = !DILocation(line: 27, column: 31, scope: !13)
!89 = !DILocation(line: 27, column: 31, scope: !13, atomGroup: 18, atomRank: 2)
!90 = !DILocation(line: 27, column: 31, scope: !13, atomGroup: 18, atomRank: 1)
!91 = distinct !{!91, !80, !92, !38}
!92 = !DILocation(line: 27, column: 96, scope: !13)
!93 = !DILocation(line: 28, column: 5, scope: !13)
!94 = !DILocation(line: 28, column: 14, scope: !13, atomGroup: 20, atomRank: 1)
!95 = !DILocation(line: 28, column: 26, scope: !13)
!96 = !DILocation(line: 28, column: 33, scope: !13, atomGroup: 21, atomRank: 1)
!97 = !DILocation(line: 28, column: 40, scope: !13)
!98 = !DILocation(line: 28, column: 46, scope: !13)
!99 = !{!100, !22, i64 8}
!100 = !{!"", !101, i64 0, !22, i64 8, !22, i64 16}
!101 = !{!"p1 omnipotent char", !48, i64 0}
!102 = !DILocation(line: 28, column: 42, scope: !13, atomGroup: 22, atomRank: 1)
!103 = !DILocation(line: 28, column: 21, scope: !13, atomGroup: 23, atomRank: 1)
!104 = !DILocation(line: 28, column: 21, scope: !13)
!105 = !DILocation(line: 28, column: 60, scope: !13)
!106 = !DILocation(line: 28, column: 62, scope: !13)
!107 = !DILocation(line: 28, column: 87, scope: !13)
!108 = !{!100, !101, i64 0}
!109 = !DILocation(line: 28, column: 89, scope: !13)
!110 = !DILocation(line: 28, column: 85, scope: !13)
!111 = !{!11, !11, i64 0}
!112 = !DILocation(line: 28, column: 70, scope: !13)
!113 = !DILocation(line: 28, column: 68, scope: !13, atomGroup: 24, atomRank: 2)
!114 = !DILocation(line: 28, column: 58, scope: !13, atomGroup: 24, atomRank: 1)
!115 = !DILocation(line: 28, column: 56, scope: !13, atomGroup: 26, atomRank: 1)
!116 = !DILocation(line: 28, column: 52, scope: !13)
!117 = !DILocation(line: 28, column: 52, scope: !13, atomGroup: 25, atomRank: 2)
!118 = !DILocation(line: 28, column: 52, scope: !13, atomGroup: 25, atomRank: 1)
!119 = distinct !{!119, !104, !120, !38}
!120 = !DILocation(line: 28, column: 90, scope: !13)
!121 = !DILocation(line: 29, column: 45, scope: !13)
!122 = !DILocation(line: 29, column: 50, scope: !13)
!123 = !DILocation(line: 29, column: 55, scope: !13)
!124 = !DILocation(line: 29, column: 61, scope: !13)
!125 = !DILocation(line: 29, column: 57, scope: !13)
!126 = !DILocation(line: 29, column: 65, scope: !13)
!127 = !DILocation(line: 29, column: 5, scope: !13)
!128 = !DILocation(line: 30, column: 12, scope: !13)
!129 = !DILocation(line: 30, column: 5, scope: !13)
!130 = !DILocation(line: 31, column: 5, scope: !13)
!131 = !DILocation(line: 31, column: 14, scope: !13, atomGroup: 27, atomRank: 2)
!132 = !DILocation(line: 31, column: 10, scope: !13, atomGroup: 27, atomRank: 1)
!133 = !{!134, !134, i64 0}
!134 = !{!"p1 int", !48, i64 0}
!135 = !DILocation(line: 31, column: 39, scope: !13)
!136 = !DILocation(line: 31, column: 44, scope: !13, atomGroup: 28, atomRank: 1)
!137 = !DILocation(line: 31, column: 57, scope: !13)
!138 = !DILocation(line: 31, column: 61, scope: !13, atomGroup: 29, atomRank: 1)
!139 = !DILocation(line: 31, column: 68, scope: !13)
!140 = !DILocation(line: 31, column: 70, scope: !13, atomGroup: 30, atomRank: 1)
!141 = !DILocation(line: 31, column: 52, scope: !13, atomGroup: 31, atomRank: 1)
!142 = !DILocation(line: 31, column: 52, scope: !13)
!143 = !DILocation(line: 31, column: 89, scope: !13)
!144 = !DILocation(line: 31, column: 91, scope: !13)
!145 = !DILocation(line: 31, column: 86, scope: !13)
!146 = !DILocation(line: 31, column: 86, scope: !13, atomGroup: 32, atomRank: 2)
!147 = !DILocation(line: 31, column: 86, scope: !13, atomGroup: 32, atomRank: 1)
!148 = !DILocation(line: 31, column: 83, scope: !13, atomGroup: 34, atomRank: 1)
!149 = !DILocation(line: 31, column: 79, scope: !13)
!150 = !DILocation(line: 31, column: 79, scope: !13, atomGroup: 33, atomRank: 2)
!151 = !DILocation(line: 31, column: 79, scope: !13, atomGroup: 33, atomRank: 1)
!152 = distinct !{!152, !142, !153, !38}
!153 = !DILocation(line: 31, column: 92, scope: !13)
!154 = !DILocation(line: 32, column: 28, scope: !13)
!155 = !DILocation(line: 32, column: 5, scope: !13)
!156 = !DILocation(line: 32, column: 38, scope: !13)
!157 = !DILocation(line: 32, column: 33, scope: !13)
!158 = !DILocation(line: 33, column: 5, scope: !13)
!159 = !DILocation(line: 34, column: 10, scope: !13)
!160 = !DILocation(line: 34, column: 14, scope: !13, atomGroup: 35, atomRank: 1)
!161 = !DILocation(line: 34, column: 25, scope: !13)
!162 = !DILocation(line: 34, column: 31, scope: !13, atomGroup: 36, atomRank: 1)
!163 = !DILocation(line: 34, column: 5, scope: !13, atomGroup: 37, atomRank: 1)
!164 = !DILocation(line: 34, column: 5, scope: !13)
!165 = !DILocation(line: 35, column: 14, scope: !13)
!166 = !DILocation(line: 35, column: 18, scope: !13, atomGroup: 38, atomRank: 1)
!167 = !DILocation(line: 35, column: 25, scope: !13)
!168 = !DILocation(line: 35, column: 27, scope: !13, atomGroup: 39, atomRank: 1)
!169 = !DILocation(line: 35, column: 9, scope: !13, atomGroup: 40, atomRank: 1)
!170 = !DILocation(line: 35, column: 9, scope: !13)
!171 = !DILocation(line: 35, column: 67, scope: !13)
!172 = !DILocation(line: 35, column: 69, scope: !13)
!173 = !DILocation(line: 35, column: 58, scope: !13)
!174 = !DILocation(line: 35, column: 75, scope: !13)
!175 = !DILocation(line: 35, column: 51, scope: !13, atomGroup: 41, atomRank: 2)
!176 = !DILocation(line: 35, column: 46, scope: !13)
!177 = !DILocation(line: 35, column: 41, scope: !13)
!178 = !DILocation(line: 35, column: 49, scope: !13, atomGroup: 41, atomRank: 1)
!179 = !{!48, !48, i64 0}
!180 = !DILocation(line: 35, column: 93, scope: !13)
!181 = !DILocation(line: 35, column: 88, scope: !13)
!182 = !DILocation(line: 35, column: 97, scope: !13)
!183 = !DILocation(line: 35, column: 99, scope: !13, atomGroup: 42, atomRank: 3)
!184 = !DILocation(line: 35, column: 81, scope: !13, atomGroup: 42, atomRank: 2)
!185 = !DILocation(line: 35, column: 116, scope: !13)
!186 = !DILocation(line: 35, column: 118, scope: !13)
!187 = !DILocation(line: 35, column: 107, scope: !13)
!188 = !DILocation(line: 35, column: 124, scope: !13)
!189 = !DILocation(line: 35, column: 81, scope: !13, atomGroup: 42, atomRank: 1)
!190 = !DILocation(line: 35, column: 130, scope: !13, atomGroup: 44, atomRank: 1)
!191 = !DILocation(line: 35, column: 35, scope: !13)
!192 = !DILocation(line: 35, column: 35, scope: !13, atomGroup: 43, atomRank: 2)
!193 = !DILocation(line: 35, column: 35, scope: !13, atomGroup: 43, atomRank: 1)
!194 = distinct !{!194, !170, !195, !38}
!195 = !DILocation(line: 35, column: 130, scope: !13)
!196 = !DILocation(line: 36, column: 9, scope: !13)
!197 = !DILocation(line: 36, column: 14, scope: !13, atomGroup: 45, atomRank: 1)
!198 = !DILocation(line: 36, column: 26, scope: !13)
!199 = !DILocation(line: 36, column: 30, scope: !13, atomGroup: 46, atomRank: 1)
!200 = !DILocation(line: 36, column: 37, scope: !13)
!201 = !DILocation(line: 36, column: 39, scope: !13, atomGroup: 47, atomRank: 1)
!202 = !DILocation(line: 36, column: 21, scope: !13, atomGroup: 48, atomRank: 1)
!203 = !DILocation(line: 36, column: 21, scope: !13)
!204 = !DILocation(line: 36, column: 79, scope: !13)
!205 = !DILocation(line: 36, column: 74, scope: !13)
!206 = !DILocation(line: 36, column: 83, scope: !13)
!207 = !DILocation(line: 36, column: 85, scope: !13)
!208 = !DILocation(line: 36, column: 90, scope: !13)
!209 = !DILocation(line: 36, column: 56, scope: !13)
!210 = !DILocation(line: 36, column: 53, scope: !13)
!211 = !DILocation(line: 36, column: 53, scope: !13, atomGroup: 49, atomRank: 2)
!212 = !DILocation(line: 36, column: 53, scope: !13, atomGroup: 49, atomRank: 1)
!213 = !DILocation(line: 36, column: 51, scope: !13, atomGroup: 51, atomRank: 1)
!214 = !DILocation(line: 36, column: 47, scope: !13)
!215 = !DILocation(line: 36, column: 47, scope: !13, atomGroup: 50, atomRank: 2)
!216 = !DILocation(line: 36, column: 47, scope: !13, atomGroup: 50, atomRank: 1)
!217 = distinct !{!217, !203, !218, !38}
!218 = !DILocation(line: 36, column: 93, scope: !13)
!219 = !DILocation(line: 37, column: 14, scope: !13)
!220 = !DILocation(line: 37, column: 18, scope: !13, atomGroup: 52, atomRank: 1)
!221 = !DILocation(line: 37, column: 27, scope: !13)
!222 = !DILocation(line: 37, column: 29, scope: !13, atomGroup: 53, atomRank: 1)
!223 = !DILocation(line: 37, column: 9, scope: !13, atomGroup: 54, atomRank: 1)
!224 = !DILocation(line: 37, column: 9, scope: !13)
!225 = !DILocation(line: 37, column: 50, scope: !13)
!226 = !DILocation(line: 37, column: 45, scope: !13)
!227 = !DILocation(line: 37, column: 40, scope: !13)
!228 = !DILocation(line: 37, column: 40, scope: !13, atomGroup: 56, atomRank: 1)
!229 = !DILocation(line: 37, column: 36, scope: !13)
!230 = !DILocation(line: 37, column: 36, scope: !13, atomGroup: 55, atomRank: 2)
!231 = !DILocation(line: 37, column: 36, scope: !13, atomGroup: 55, atomRank: 1)
!232 = distinct !{!232, !224, !233, !38}
!233 = !DILocation(line: 37, column: 52, scope: !13)
!234 = !DILocation(line: 38, column: 34, scope: !13)
!235 = !DILocation(line: 38, column: 41, scope: !13)
!236 = !DILocation(line: 38, column: 9, scope: !13)
!237 = !DILocation(line: 39, column: 5, scope: !13)
!238 = !DILocation(line: 39, column: 5, scope: !13, atomGroup: 58, atomRank: 1)
!239 = !DILocation(line: 34, column: 41, scope: !13)
!240 = !DILocation(line: 34, column: 41, scope: !13, atomGroup: 57, atomRank: 2)
!241 = !DILocation(line: 34, column: 41, scope: !13, atomGroup: 57, atomRank: 1)
!242 = distinct !{!242, !164, !237, !38}
!243 = !DILocation(line: 40, column: 5, scope: !13, atomGroup: 59, atomRank: 1)
!244 = !DILocation(line: 41, column: 1, scope: !13)
!245 = !DILocation(line: 41, column: 1, scope: !13, atomGroup: 60, atomRank: 2)
!246 = !DILocation(line: 41, column: 1, scope: !13, atomGroup: 60, atomRank: 1)
!247 = distinct !DISubprogram(name: "vpush", scope: !14, file: !14, line: 7, type: !15, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!248 = !DILocation(line: 8, column: 9, scope: !247)
!249 = !DILocation(line: 8, column: 12, scope: !247)
!250 = !DILocation(line: 8, column: 19, scope: !247)
!251 = !DILocation(line: 8, column: 22, scope: !247)
!252 = !DILocation(line: 8, column: 16, scope: !247, atomGroup: 1, atomRank: 2)
!253 = !DILocation(line: 8, column: 16, scope: !247, atomGroup: 1, atomRank: 1)
!254 = !DILocation(line: 8, column: 38, scope: !247)
!255 = !DILocation(line: 8, column: 41, scope: !247)
!256 = !DILocation(line: 8, column: 38, scope: !247, atomGroup: 3, atomRank: 2)
!257 = !DILocation(line: 8, column: 38, scope: !247, atomGroup: 3, atomRank: 1)
!258 = !DILocation(line: 8, column: 47, scope: !247)
!259 = !DILocation(line: 8, column: 50, scope: !247)
!260 = !DILocation(line: 8, column: 54, scope: !247)
!261 = !DILocation(line: 8, column: 38, scope: !247, atomGroup: 2, atomRank: 2)
!262 = !DILocation(line: 8, column: 29, scope: !247)
!263 = !DILocation(line: 8, column: 32, scope: !247)
!264 = !DILocation(line: 8, column: 36, scope: !247, atomGroup: 2, atomRank: 1)
!265 = !DILocation(line: 8, column: 81, scope: !247)
!266 = !DILocation(line: 8, column: 84, scope: !247)
!267 = !DILocation(line: 8, column: 90, scope: !247)
!268 = !DILocation(line: 8, column: 93, scope: !247)
!269 = !DILocation(line: 8, column: 97, scope: !247)
!270 = !DILocation(line: 8, column: 73, scope: !247, atomGroup: 4, atomRank: 2)
!271 = !DILocation(line: 8, column: 63, scope: !247)
!272 = !DILocation(line: 8, column: 66, scope: !247)
!273 = !DILocation(line: 8, column: 71, scope: !247, atomGroup: 4, atomRank: 1)
!274 = !DILocation(line: 8, column: 117, scope: !247)
!275 = !DILocation(line: 9, column: 25, scope: !247, atomGroup: 5, atomRank: 2)
!276 = !DILocation(line: 9, column: 5, scope: !247)
!277 = !DILocation(line: 9, column: 8, scope: !247)
!278 = !DILocation(line: 9, column: 13, scope: !247)
!279 = !DILocation(line: 9, column: 16, scope: !247)
!280 = !DILocation(line: 9, column: 19, scope: !247)
!281 = !DILocation(line: 9, column: 19, scope: !247, atomGroup: 6, atomRank: 2)
!282 = !DILocation(line: 9, column: 19, scope: !247, atomGroup: 6, atomRank: 1)
!283 = !DILocation(line: 9, column: 23, scope: !247, atomGroup: 5, atomRank: 1)
!284 = !DILocation(line: 10, column: 1, scope: !247, atomGroup: 7, atomRank: 1)
!285 = !DISubprogram(name: "printf", scope: !286, file: !286, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!286 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!287 = !DISubprogram(name: "free", scope: !288, file: !288, line: 568, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!288 = !DIFile(filename: "/usr/include/stdlib.h", directory: "")
!289 = !DISubprogram(name: "snprintf", scope: !286, file: !286, line: 378, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!290 = distinct !DISubprogram(name: "sappend", scope: !14, file: !14, line: 13, type: !15, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!291 = !{!101, !101, i64 0}
!292 = !DILocation(line: 14, column: 5, scope: !290)
!293 = !DILocation(line: 14, column: 23, scope: !290)
!294 = !DILocation(line: 14, column: 16, scope: !290, atomGroup: 1, atomRank: 2)
!295 = !DILocation(line: 14, column: 12, scope: !290, atomGroup: 1, atomRank: 1)
!296 = !DILocation(line: 15, column: 9, scope: !290)
!297 = !DILocation(line: 15, column: 12, scope: !290)
!298 = !DILocation(line: 15, column: 18, scope: !290)
!299 = !DILocation(line: 15, column: 16, scope: !290)
!300 = !DILocation(line: 15, column: 20, scope: !290)
!301 = !DILocation(line: 15, column: 26, scope: !290)
!302 = !DILocation(line: 15, column: 29, scope: !290)
!303 = !{!100, !22, i64 16}
!304 = !DILocation(line: 15, column: 24, scope: !290, atomGroup: 2, atomRank: 2)
!305 = !DILocation(line: 15, column: 24, scope: !290, atomGroup: 2, atomRank: 1)
!306 = !DILocation(line: 15, column: 46, scope: !290)
!307 = !DILocation(line: 15, column: 49, scope: !290)
!308 = !DILocation(line: 15, column: 55, scope: !290)
!309 = !DILocation(line: 15, column: 53, scope: !290)
!310 = !DILocation(line: 15, column: 57, scope: !290)
!311 = !DILocation(line: 15, column: 62, scope: !290)
!312 = !DILocation(line: 15, column: 66, scope: !290, atomGroup: 3, atomRank: 2)
!313 = !DILocation(line: 15, column: 36, scope: !290)
!314 = !DILocation(line: 15, column: 39, scope: !290)
!315 = !DILocation(line: 15, column: 43, scope: !290, atomGroup: 3, atomRank: 1)
!316 = !DILocation(line: 15, column: 86, scope: !290)
!317 = !DILocation(line: 15, column: 89, scope: !290)
!318 = !DILocation(line: 15, column: 92, scope: !290)
!319 = !DILocation(line: 15, column: 95, scope: !290)
!320 = !DILocation(line: 15, column: 78, scope: !290, atomGroup: 4, atomRank: 2)
!321 = !DILocation(line: 15, column: 71, scope: !290)
!322 = !DILocation(line: 15, column: 74, scope: !290)
!323 = !DILocation(line: 15, column: 76, scope: !290, atomGroup: 4, atomRank: 1)
!324 = !DILocation(line: 15, column: 101, scope: !290)
!325 = !DILocation(line: 16, column: 12, scope: !290)
!326 = !DILocation(line: 16, column: 15, scope: !290)
!327 = !DILocation(line: 16, column: 19, scope: !290)
!328 = !DILocation(line: 16, column: 22, scope: !290)
!329 = !DILocation(line: 16, column: 5, scope: !290)
!330 = !DILocation(line: 16, column: 27, scope: !290)
!331 = !DILocation(line: 16, column: 30, scope: !290)
!332 = !DILocation(line: 16, column: 32, scope: !290)
!333 = !DILocation(line: 16, column: 5, scope: !290, atomGroup: 5, atomRank: 1)
!334 = !DILocation(line: 16, column: 48, scope: !290)
!335 = !DILocation(line: 16, column: 38, scope: !290)
!336 = !DILocation(line: 16, column: 41, scope: !290)
!337 = !DILocation(line: 16, column: 45, scope: !290)
!338 = !DILocation(line: 16, column: 45, scope: !290, atomGroup: 6, atomRank: 2)
!339 = !DILocation(line: 16, column: 45, scope: !290, atomGroup: 6, atomRank: 1)
!340 = !DILocation(line: 17, column: 1, scope: !290)
!341 = !DILocation(line: 17, column: 1, scope: !290, atomGroup: 7, atomRank: 1)
!342 = !DISubprogram(name: "calloc", scope: !288, file: !288, line: 556, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!343 = !DISubprogram(name: "malloc", scope: !288, file: !288, line: 553, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!344 = !DISubprogram(name: "realloc", scope: !288, file: !288, line: 564, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!345 = !DISubprogram(name: "strlen", scope: !346, file: !346, line: 407, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!346 = !DIFile(filename: "/usr/include/string.h", directory: "")
