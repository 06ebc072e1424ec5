; ModuleID = 'vla_alloca.c'
source_filename = "vla_alloca.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [9 x i8] c"vla %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"pascal %d %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"alloca %u %zu\0A\00", align 1
@.str.3 = private unnamed_addr constant [25 x i8] c"harmonic %.17g size=%zu\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca ptr, align 8
  %15 = alloca i32, align 4
  %16 = alloca ptr, align 8
  %17 = alloca i64, align 8
  %18 = alloca i32, align 4
  %19 = alloca double, align 8
  %20 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6, !dbg !17
  store i64 0, ptr %2, align 8, !dbg !18, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !21
  store i32 1, ptr %3, align 4, !dbg !22, !tbaa !9
  br label %21, !dbg !21

21:                                               ; preds = %71, %0
  %22 = load i32, ptr %3, align 4, !dbg !23, !tbaa !9
  %23 = icmp slt i32 %22, 40, !dbg !24
  br i1 %23, label %25, label %24, !dbg !25

24:                                               ; preds = %21
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !26
  br label %74

25:                                               ; preds = %21
  %26 = load i32, ptr %3, align 4, !dbg !27, !tbaa !9
  %27 = zext i32 %26 to i64, !dbg !28
  %28 = load i32, ptr %3, align 4, !dbg !29, !tbaa !9
  %29 = add nsw i32 %28, 1, !dbg !30
  %30 = zext i32 %29 to i64, !dbg !28
  %31 = call ptr @llvm.stacksave.p0(), !dbg !28
  store ptr %31, ptr %5, align 8, !dbg !28
  %32 = mul nuw i64 %27, %30, !dbg !28
  %33 = alloca i32, i64 %32, align 16, !dbg !28
  store i64 %27, ptr %6, align 8, !dbg !28
  store i64 %30, ptr %7, align 8, !dbg !28
  call void @llvm.lifetime.start.p0(ptr %8) #6, !dbg !31
  store i32 0, ptr %8, align 4, !dbg !32, !tbaa !9
  br label %34, !dbg !31

34:                                               ; preds = %60, %25
  %35 = load i32, ptr %8, align 4, !dbg !33, !tbaa !9
  %36 = load i32, ptr %3, align 4, !dbg !34, !tbaa !9
  %37 = icmp slt i32 %35, %36, !dbg !35
  br i1 %37, label %39, label %38, !dbg !36

38:                                               ; preds = %34
  store i32 5, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #6, !dbg !37
  br label %63

39:                                               ; preds = %34
  call void @llvm.lifetime.start.p0(ptr %9) #6, !dbg !38
  store i32 0, ptr %9, align 4, !dbg !39, !tbaa !9
  br label %40, !dbg !38

40:                                               ; preds = %56, %39
  %41 = load i32, ptr %9, align 4, !dbg !40, !tbaa !9
  %42 = load i32, ptr %3, align 4, !dbg !41, !tbaa !9
  %43 = icmp sle i32 %41, %42, !dbg !42
  br i1 %43, label %45, label %44, !dbg !43

44:                                               ; preds = %40
  store i32 8, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #6, !dbg !44
  br label %59

45:                                               ; preds = %40
  %46 = load i32, ptr %8, align 4, !dbg !45, !tbaa !9
  %47 = load i32, ptr %9, align 4, !dbg !46, !tbaa !9
  %48 = xor i32 %46, %47, !dbg !47
  %49 = load i32, ptr %8, align 4, !dbg !48, !tbaa !9
  %50 = sext i32 %49 to i64, !dbg !49
  %51 = mul nsw i64 %50, %30, !dbg !49
  %52 = getelementptr inbounds i32, ptr %33, i64 %51, !dbg !49
  %53 = load i32, ptr %9, align 4, !dbg !50, !tbaa !9
  %54 = sext i32 %53 to i64, !dbg !49
  %55 = getelementptr inbounds i32, ptr %52, i64 %54, !dbg !49
  store i32 %48, ptr %55, align 4, !dbg !51, !tbaa !9
  br label %56, !dbg !52

56:                                               ; preds = %45
  %57 = load i32, ptr %9, align 4, !dbg !53, !tbaa !9
  %58 = add nsw i32 %57, 1, !dbg !54
  store i32 %58, ptr %9, align 4, !dbg !55, !tbaa !9
  br label %40, !dbg !44, !llvm.loop !56

59:                                               ; preds = %44
  br label %60, !dbg !58

60:                                               ; preds = %59
  %61 = load i32, ptr %8, align 4, !dbg !59, !tbaa !9
  %62 = add nsw i32 %61, 1, !dbg !60
  store i32 %62, ptr %8, align 4, !dbg !61, !tbaa !9
  br label %34, !dbg !37, !llvm.loop !62

63:                                               ; preds = %38
  %64 = load i32, ptr %3, align 4, !dbg !63, !tbaa !9
  %65 = load i32, ptr %3, align 4, !dbg !64, !tbaa !9
  %66 = add nsw i32 %65, 1, !dbg !65
  %67 = call i64 @vla_sum(i32 noundef %64, i32 noundef %66, ptr noundef %33), !dbg !66
  %68 = load i64, ptr %2, align 8, !dbg !67, !tbaa !19
  %69 = add nsw i64 %68, %67, !dbg !68
  store i64 %69, ptr %2, align 8, !dbg !69, !tbaa !19
  %70 = load ptr, ptr %5, align 8, !dbg !70
  call void @llvm.stackrestore.p0(ptr %70), !dbg !70
  br label %71, !dbg !71

71:                                               ; preds = %63
  %72 = load i32, ptr %3, align 4, !dbg !72, !tbaa !9
  %73 = add nsw i32 %72, 1, !dbg !73
  store i32 %73, ptr %3, align 4, !dbg !74, !tbaa !9
  br label %21, !dbg !26, !llvm.loop !75

74:                                               ; preds = %24
  %75 = load i64, ptr %2, align 8, !dbg !76, !tbaa !19
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %75), !dbg !77
  %77 = call i32 @pascal_row(i32 noundef 30, i32 noundef 15), !dbg !78
  %78 = call i32 @pascal_row(i32 noundef 100, i32 noundef 50), !dbg !79
  %79 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %77, i32 noundef %78), !dbg !80
  call void @llvm.lifetime.start.p0(ptr %10) #6, !dbg !81
  store i64 100, ptr %10, align 8, !dbg !82, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %11) #6, !dbg !83
  %80 = load i64, ptr %10, align 8, !dbg !84, !tbaa !19
  %81 = alloca i8, i64 %80, align 16, !dbg !85
  store ptr %81, ptr %11, align 8, !dbg !86, !tbaa !87
  %82 = load ptr, ptr %11, align 8, !dbg !90, !tbaa !87
  %83 = load i64, ptr %10, align 8, !dbg !91, !tbaa !19
  %84 = sub i64 %83, 1, !dbg !92
  call void @llvm.memset.p0.i64(ptr align 1 %82, i8 120, i64 %84, i1 false), !dbg !93
  %85 = load ptr, ptr %11, align 8, !dbg !94, !tbaa !87
  %86 = load i64, ptr %10, align 8, !dbg !95, !tbaa !19
  %87 = sub i64 %86, 1, !dbg !96
  %88 = getelementptr inbounds nuw i8, ptr %85, i64 %87, !dbg !94
  store i8 0, ptr %88, align 1, !dbg !97, !tbaa !98
  call void @llvm.lifetime.start.p0(ptr %12) #6, !dbg !99
  store i64 0, ptr %12, align 8, !dbg !100, !tbaa !19
  br label %89, !dbg !99

89:                                               ; preds = %103, %74
  %90 = load i64, ptr %12, align 8, !dbg !101, !tbaa !19
  %91 = load i64, ptr %10, align 8, !dbg !102, !tbaa !19
  %92 = sub i64 %91, 1, !dbg !103
  %93 = icmp ult i64 %90, %92, !dbg !104
  br i1 %93, label %95, label %94, !dbg !105

94:                                               ; preds = %89
  store i32 11, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #6, !dbg !106
  br label %106

95:                                               ; preds = %89
  %96 = load i64, ptr %12, align 8, !dbg !107, !tbaa !19
  %97 = urem i64 %96, 26, !dbg !108
  %98 = add i64 97, %97, !dbg !109
  %99 = trunc i64 %98 to i8, !dbg !110
  %100 = load ptr, ptr %11, align 8, !dbg !111, !tbaa !87
  %101 = load i64, ptr %12, align 8, !dbg !112, !tbaa !19
  %102 = getelementptr inbounds nuw i8, ptr %100, i64 %101, !dbg !111
  store i8 %99, ptr %102, align 1, !dbg !113, !tbaa !98
  br label %103, !dbg !114

103:                                              ; preds = %95
  %104 = load i64, ptr %12, align 8, !dbg !115, !tbaa !19
  %105 = add i64 %104, 7, !dbg !116
  store i64 %105, ptr %12, align 8, !dbg !117, !tbaa !19
  br label %89, !dbg !106, !llvm.loop !118

106:                                              ; preds = %94
  call void @llvm.lifetime.start.p0(ptr %13) #6, !dbg !120
  store i32 0, ptr %13, align 4, !dbg !121, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %14) #6, !dbg !122
  %107 = load ptr, ptr %11, align 8, !dbg !123, !tbaa !87
  store ptr %107, ptr %14, align 8, !dbg !124, !tbaa !87
  br label %108, !dbg !122

108:                                              ; preds = %120, %106
  %109 = load ptr, ptr %14, align 8, !dbg !125, !tbaa !87
  %110 = load i8, ptr %109, align 1, !dbg !126, !tbaa !98
  %111 = icmp ne i8 %110, 0, !dbg !127
  br i1 %111, label %113, label %112, !dbg !128

112:                                              ; preds = %108
  store i32 14, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #6, !dbg !129
  br label %123

113:                                              ; preds = %108
  %114 = load i32, ptr %13, align 4, !dbg !130, !tbaa !9
  %115 = mul i32 %114, 33, !dbg !131
  %116 = load ptr, ptr %14, align 8, !dbg !132, !tbaa !87
  %117 = load i8, ptr %116, align 1, !dbg !133, !tbaa !98
  %118 = zext i8 %117 to i32, !dbg !134
  %119 = add i32 %115, %118, !dbg !135
  store i32 %119, ptr %13, align 4, !dbg !136, !tbaa !9
  br label %120, !dbg !137

120:                                              ; preds = %113
  %121 = load ptr, ptr %14, align 8, !dbg !138, !tbaa !87
  %122 = getelementptr inbounds nuw i8, ptr %121, i32 1, !dbg !139
  store ptr %122, ptr %14, align 8, !dbg !140, !tbaa !87
  br label %108, !dbg !129, !llvm.loop !141

123:                                              ; preds = %112
  %124 = load i32, ptr %13, align 4, !dbg !142, !tbaa !9
  %125 = load ptr, ptr %11, align 8, !dbg !143, !tbaa !87
  %126 = call i64 @strlen(ptr noundef %125) #7, !dbg !144
  %127 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %124, i64 noundef %126), !dbg !145
  call void @llvm.lifetime.start.p0(ptr %15) #6, !dbg !146
  store i32 17, ptr %15, align 4, !dbg !147, !tbaa !9
  %128 = load i32, ptr %15, align 4, !dbg !148, !tbaa !9
  %129 = zext i32 %128 to i64, !dbg !149
  %130 = call ptr @llvm.stacksave.p0(), !dbg !149
  store ptr %130, ptr %16, align 8, !dbg !149
  %131 = alloca double, i64 %129, align 16, !dbg !149
  store i64 %129, ptr %17, align 8, !dbg !149
  call void @llvm.lifetime.start.p0(ptr %18) #6, !dbg !150
  store i32 0, ptr %18, align 4, !dbg !151, !tbaa !9
  br label %132, !dbg !150

132:                                              ; preds = %145, %123
  %133 = load i32, ptr %18, align 4, !dbg !152, !tbaa !9
  %134 = load i32, ptr %15, align 4, !dbg !153, !tbaa !9
  %135 = icmp slt i32 %133, %134, !dbg !154
  br i1 %135, label %137, label %136, !dbg !155

136:                                              ; preds = %132
  store i32 17, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #6, !dbg !156
  br label %148

137:                                              ; preds = %132
  %138 = load i32, ptr %18, align 4, !dbg !157, !tbaa !9
  %139 = add nsw i32 %138, 1, !dbg !158
  %140 = sitofp i32 %139 to double, !dbg !159
  %141 = fdiv double 1.000000e+00, %140, !dbg !160
  %142 = load i32, ptr %18, align 4, !dbg !161, !tbaa !9
  %143 = sext i32 %142 to i64, !dbg !162
  %144 = getelementptr inbounds double, ptr %131, i64 %143, !dbg !162
  store double %141, ptr %144, align 8, !dbg !163, !tbaa !164
  br label %145, !dbg !166

145:                                              ; preds = %137
  %146 = load i32, ptr %18, align 4, !dbg !167, !tbaa !9
  %147 = add nsw i32 %146, 1, !dbg !168
  store i32 %147, ptr %18, align 4, !dbg !169, !tbaa !9
  br label %132, !dbg !156, !llvm.loop !170

148:                                              ; preds = %136
  call void @llvm.lifetime.start.p0(ptr %19) #6, !dbg !172
  store double 0.000000e+00, ptr %19, align 8, !dbg !173, !tbaa !164
  call void @llvm.lifetime.start.p0(ptr %20) #6, !dbg !174
  %149 = load i32, ptr %15, align 4, !dbg !175, !tbaa !9
  %150 = sub nsw i32 %149, 1, !dbg !176
  store i32 %150, ptr %20, align 4, !dbg !177, !tbaa !9
  br label %151, !dbg !174

151:                                              ; preds = %162, %148
  %152 = load i32, ptr %20, align 4, !dbg !178, !tbaa !9
  %153 = icmp sge i32 %152, 0, !dbg !179
  br i1 %153, label %155, label %154, !dbg !180

154:                                              ; preds = %151
  store i32 20, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %20) #6, !dbg !181
  br label %165

155:                                              ; preds = %151
  %156 = load i32, ptr %20, align 4, !dbg !182, !tbaa !9
  %157 = sext i32 %156 to i64, !dbg !183
  %158 = getelementptr inbounds double, ptr %131, i64 %157, !dbg !183
  %159 = load double, ptr %158, align 8, !dbg !183, !tbaa !164
  %160 = load double, ptr %19, align 8, !dbg !184, !tbaa !164
  %161 = fadd double %160, %159, !dbg !185
  store double %161, ptr %19, align 8, !dbg !186, !tbaa !164
  br label %162, !dbg !187

162:                                              ; preds = %155
  %163 = load i32, ptr %20, align 4, !dbg !188, !tbaa !9
  %164 = add nsw i32 %163, -1, !dbg !189
  store i32 %164, ptr %20, align 4, !dbg !190, !tbaa !9
  br label %151, !dbg !181, !llvm.loop !191

165:                                              ; preds = %154
  %166 = load double, ptr %19, align 8, !dbg !193, !tbaa !164
  %167 = mul nuw i64 8, %129, !dbg !194
  %168 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %166, i64 noundef %167), !dbg !195
  store i32 0, ptr %1, align 4, !dbg !196
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %19) #6, !dbg !197
  %169 = load ptr, ptr %16, align 8, !dbg !197
  call void @llvm.stackrestore.p0(ptr %169), !dbg !197
  call void @llvm.lifetime.end.p0(ptr %15) #6, !dbg !197
  call void @llvm.lifetime.end.p0(ptr %13) #6, !dbg !197
  call void @llvm.lifetime.end.p0(ptr %11) #6, !dbg !197
  call void @llvm.lifetime.end.p0(ptr %10) #6, !dbg !197
  call void @llvm.lifetime.end.p0(ptr %2) #6, !dbg !197
  %170 = load i32, ptr %1, align 4, !dbg !198
  ret i32 %170, !dbg !199
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal i64 @vla_sum(i32 noundef %0, i32 noundef %1, ptr noundef %2) #0 !dbg !200 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !9
  store ptr %2, ptr %6, align 8, !tbaa !201
  %11 = load i32, ptr %4, align 4, !dbg !203, !tbaa !9
  %12 = zext i32 %11 to i64
  %13 = load i32, ptr %5, align 4, !dbg !204, !tbaa !9
  %14 = zext i32 %13 to i64
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !205
  store i64 0, ptr %7, align 8, !dbg !206, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %8) #6, !dbg !207
  store i32 0, ptr %8, align 4, !dbg !208, !tbaa !9
  br label %15, !dbg !207

15:                                               ; preds = %46, %3
  %16 = load i32, ptr %8, align 4, !dbg !209, !tbaa !9
  %17 = load i32, ptr %4, align 4, !dbg !210, !tbaa !9
  %18 = icmp slt i32 %16, %17, !dbg !211
  br i1 %18, label %20, label %19, !dbg !212

19:                                               ; preds = %15
  store i32 2, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #6, !dbg !213
  br label %49

20:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %10) #6, !dbg !214
  store i32 0, ptr %10, align 4, !dbg !215, !tbaa !9
  br label %21, !dbg !214

21:                                               ; preds = %42, %20
  %22 = load i32, ptr %10, align 4, !dbg !216, !tbaa !9
  %23 = load i32, ptr %5, align 4, !dbg !217, !tbaa !9
  %24 = icmp slt i32 %22, %23, !dbg !218
  br i1 %24, label %26, label %25, !dbg !219

25:                                               ; preds = %21
  store i32 5, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #6, !dbg !220
  br label %45

26:                                               ; preds = %21
  %27 = load ptr, ptr %6, align 8, !dbg !221, !tbaa !201
  %28 = load i32, ptr %8, align 4, !dbg !222, !tbaa !9
  %29 = sext i32 %28 to i64, !dbg !221
  %30 = mul nsw i64 %29, %14, !dbg !221
  %31 = getelementptr inbounds i32, ptr %27, i64 %30, !dbg !221
  %32 = load i32, ptr %10, align 4, !dbg !223, !tbaa !9
  %33 = sext i32 %32 to i64, !dbg !221
  %34 = getelementptr inbounds i32, ptr %31, i64 %33, !dbg !221
  %35 = load i32, ptr %34, align 4, !dbg !221, !tbaa !9
  %36 = load i32, ptr %8, align 4, !dbg !224, !tbaa !9
  %37 = add nsw i32 %36, 1, !dbg !225
  %38 = mul nsw i32 %35, %37, !dbg !226
  %39 = sext i32 %38 to i64, !dbg !221
  %40 = load i64, ptr %7, align 8, !dbg !227, !tbaa !19
  %41 = add nsw i64 %40, %39, !dbg !228
  store i64 %41, ptr %7, align 8, !dbg !229, !tbaa !19
  br label %42, !dbg !230

42:                                               ; preds = %26
  %43 = load i32, ptr %10, align 4, !dbg !231, !tbaa !9
  %44 = add nsw i32 %43, 1, !dbg !232
  store i32 %44, ptr %10, align 4, !dbg !233, !tbaa !9
  br label %21, !dbg !220, !llvm.loop !234

45:                                               ; preds = %25
  br label %46, !dbg !236

46:                                               ; preds = %45
  %47 = load i32, ptr %8, align 4, !dbg !237, !tbaa !9
  %48 = add nsw i32 %47, 1, !dbg !238
  store i32 %48, ptr %8, align 4, !dbg !239, !tbaa !9
  br label %15, !dbg !213, !llvm.loop !240

49:                                               ; preds = %19
  %50 = load i64, ptr %7, align 8, !dbg !241, !tbaa !19
  store i32 1, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !242
  ret i64 %50, !dbg !243
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #2

declare !dbg !244 i32 @printf(ptr noundef, ...) #3

; Function Attrs: nounwind uwtable
define internal i32 @pascal_row(i32 noundef %0, i32 noundef %1) #0 !dbg !246 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !9
  %10 = load i32, ptr %3, align 4, !dbg !247, !tbaa !9
  %11 = add nsw i32 %10, 1, !dbg !248
  %12 = zext i32 %11 to i64, !dbg !249
  %13 = call ptr @llvm.stacksave.p0(), !dbg !249
  store ptr %13, ptr %5, align 8, !dbg !249
  %14 = alloca i32, i64 %12, align 16, !dbg !249
  store i64 %12, ptr %6, align 8, !dbg !249
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !250
  store i32 0, ptr %7, align 4, !dbg !251, !tbaa !9
  br label %15, !dbg !250

15:                                               ; preds = %49, %2
  %16 = load i32, ptr %7, align 4, !dbg !252, !tbaa !9
  %17 = load i32, ptr %3, align 4, !dbg !253, !tbaa !9
  %18 = icmp sle i32 %16, %17, !dbg !254
  br i1 %18, label %20, label %19, !dbg !255

19:                                               ; preds = %15
  store i32 2, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !256
  br label %52

20:                                               ; preds = %15
  %21 = load i32, ptr %7, align 4, !dbg !257, !tbaa !9
  %22 = sext i32 %21 to i64, !dbg !258
  %23 = getelementptr inbounds i32, ptr %14, i64 %22, !dbg !258
  store i32 1, ptr %23, align 4, !dbg !259, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #6, !dbg !260
  %24 = load i32, ptr %7, align 4, !dbg !261, !tbaa !9
  %25 = sub nsw i32 %24, 1, !dbg !262
  store i32 %25, ptr %9, align 4, !dbg !263, !tbaa !9
  br label %26, !dbg !260

26:                                               ; preds = %45, %20
  %27 = load i32, ptr %9, align 4, !dbg !264, !tbaa !9
  %28 = icmp sgt i32 %27, 0, !dbg !265
  br i1 %28, label %30, label %29, !dbg !266

29:                                               ; preds = %26
  store i32 5, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #6, !dbg !267
  br label %48

30:                                               ; preds = %26
  %31 = load i32, ptr %9, align 4, !dbg !268, !tbaa !9
  %32 = sext i32 %31 to i64, !dbg !269
  %33 = getelementptr inbounds i32, ptr %14, i64 %32, !dbg !269
  %34 = load i32, ptr %33, align 4, !dbg !269, !tbaa !9
  %35 = load i32, ptr %9, align 4, !dbg !270, !tbaa !9
  %36 = sub nsw i32 %35, 1, !dbg !271
  %37 = sext i32 %36 to i64, !dbg !272
  %38 = getelementptr inbounds i32, ptr %14, i64 %37, !dbg !272
  %39 = load i32, ptr %38, align 4, !dbg !272, !tbaa !9
  %40 = add nsw i32 %34, %39, !dbg !273
  %41 = srem i32 %40, 1000007, !dbg !274
  %42 = load i32, ptr %9, align 4, !dbg !275, !tbaa !9
  %43 = sext i32 %42 to i64, !dbg !276
  %44 = getelementptr inbounds i32, ptr %14, i64 %43, !dbg !276
  store i32 %41, ptr %44, align 4, !dbg !277, !tbaa !9
  br label %45, !dbg !278

45:                                               ; preds = %30
  %46 = load i32, ptr %9, align 4, !dbg !279, !tbaa !9
  %47 = add nsw i32 %46, -1, !dbg !280
  store i32 %47, ptr %9, align 4, !dbg !281, !tbaa !9
  br label %26, !dbg !267, !llvm.loop !282

48:                                               ; preds = %29
  br label %49, !dbg !284

49:                                               ; preds = %48
  %50 = load i32, ptr %7, align 4, !dbg !285, !tbaa !9
  %51 = add nsw i32 %50, 1, !dbg !286
  store i32 %51, ptr %7, align 4, !dbg !287, !tbaa !9
  br label %15, !dbg !256, !llvm.loop !288

52:                                               ; preds = %19
  %53 = load i32, ptr %4, align 4, !dbg !290, !tbaa !9
  %54 = sext i32 %53 to i64, !dbg !291
  %55 = getelementptr inbounds i32, ptr %14, i64 %54, !dbg !291
  %56 = load i32, ptr %55, align 4, !dbg !292, !tbaa !9
  store i32 1, ptr %8, align 4
  %57 = load ptr, ptr %5, align 8, !dbg !293
  call void @llvm.stackrestore.p0(ptr %57), !dbg !293
  ret i32 %56, !dbg !294
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !295 i64 @strlen(ptr noundef) #5

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind willreturn }
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
!1 = !DIFile(filename: "vla_alloca.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 18, type: !15, scopeLine: 18, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "vla_alloca.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 19, column: 5, scope: !13)
!18 = !DILocation(line: 19, column: 10, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !{!20, !20, i64 0}
!20 = !{!"long", !11, i64 0}
!21 = !DILocation(line: 20, column: 10, scope: !13)
!22 = !DILocation(line: 20, column: 14, scope: !13, atomGroup: 2, atomRank: 1)
!23 = !DILocation(line: 20, column: 21, scope: !13)
!24 = !DILocation(line: 20, column: 23, scope: !13, atomGroup: 3, atomRank: 1)
!25 = !DILocation(line: 20, column: 5, scope: !13, atomGroup: 4, atomRank: 1)
!26 = !DILocation(line: 20, column: 5, scope: !13)
!27 = !DILocation(line: 21, column: 17, scope: !13)
!28 = !DILocation(line: 21, column: 9, scope: !13)
!29 = !DILocation(line: 21, column: 20, scope: !13)
!30 = !DILocation(line: 21, column: 22, scope: !13)
!31 = !DILocation(line: 22, column: 14, scope: !13)
!32 = !DILocation(line: 22, column: 18, scope: !13, atomGroup: 5, atomRank: 1)
!33 = !DILocation(line: 22, column: 25, scope: !13)
!34 = !DILocation(line: 22, column: 29, scope: !13)
!35 = !DILocation(line: 22, column: 27, scope: !13, atomGroup: 6, atomRank: 1)
!36 = !DILocation(line: 22, column: 9, scope: !13, atomGroup: 7, atomRank: 1)
!37 = !DILocation(line: 22, column: 9, scope: !13)
!38 = !DILocation(line: 22, column: 42, scope: !13)
!39 = !DILocation(line: 22, column: 46, scope: !13, atomGroup: 8, atomRank: 1)
!40 = !DILocation(line: 22, column: 53, scope: !13)
!41 = !DILocation(line: 22, column: 58, scope: !13)
!42 = !DILocation(line: 22, column: 55, scope: !13, atomGroup: 9, atomRank: 1)
!43 = !DILocation(line: 22, column: 37, scope: !13, atomGroup: 10, atomRank: 1)
!44 = !DILocation(line: 22, column: 37, scope: !13)
!45 = !DILocation(line: 22, column: 78, scope: !13)
!46 = !DILocation(line: 22, column: 82, scope: !13)
!47 = !DILocation(line: 22, column: 80, scope: !13, atomGroup: 11, atomRank: 2)
!48 = !DILocation(line: 22, column: 70, scope: !13)
!49 = !DILocation(line: 22, column: 66, scope: !13)
!50 = !DILocation(line: 22, column: 73, scope: !13)
!51 = !DILocation(line: 22, column: 76, scope: !13, atomGroup: 11, atomRank: 1)
!52 = !DILocation(line: 22, column: 66, scope: !13, atomGroup: 13, atomRank: 1)
!53 = !DILocation(line: 22, column: 62, scope: !13)
!54 = !DILocation(line: 22, column: 62, scope: !13, atomGroup: 12, atomRank: 2)
!55 = !DILocation(line: 22, column: 62, scope: !13, atomGroup: 12, atomRank: 1)
!56 = distinct !{!56, !44, !46, !57}
!57 = !{!"llvm.loop.mustprogress"}
!58 = !DILocation(line: 22, column: 82, scope: !13, atomGroup: 15, atomRank: 1)
!59 = !DILocation(line: 22, column: 33, scope: !13)
!60 = !DILocation(line: 22, column: 33, scope: !13, atomGroup: 14, atomRank: 2)
!61 = !DILocation(line: 22, column: 33, scope: !13, atomGroup: 14, atomRank: 1)
!62 = distinct !{!62, !37, !46, !57}
!63 = !DILocation(line: 23, column: 26, scope: !13)
!64 = !DILocation(line: 23, column: 29, scope: !13)
!65 = !DILocation(line: 23, column: 31, scope: !13)
!66 = !DILocation(line: 23, column: 18, scope: !13)
!67 = !DILocation(line: 23, column: 15, scope: !13)
!68 = !DILocation(line: 23, column: 15, scope: !13, atomGroup: 16, atomRank: 2)
!69 = !DILocation(line: 23, column: 15, scope: !13, atomGroup: 16, atomRank: 1)
!70 = !DILocation(line: 24, column: 5, scope: !13)
!71 = !DILocation(line: 24, column: 5, scope: !13, atomGroup: 18, atomRank: 1)
!72 = !DILocation(line: 20, column: 30, scope: !13)
!73 = !DILocation(line: 20, column: 30, scope: !13, atomGroup: 17, atomRank: 2)
!74 = !DILocation(line: 20, column: 30, scope: !13, atomGroup: 17, atomRank: 1)
!75 = distinct !{!75, !26, !70, !57}
!76 = !DILocation(line: 25, column: 25, scope: !13)
!77 = !DILocation(line: 25, column: 5, scope: !13)
!78 = !DILocation(line: 26, column: 30, scope: !13)
!79 = !DILocation(line: 26, column: 50, scope: !13)
!80 = !DILocation(line: 26, column: 5, scope: !13)
!81 = !DILocation(line: 27, column: 5, scope: !13)
!82 = !DILocation(line: 27, column: 12, scope: !13, atomGroup: 19, atomRank: 1)
!83 = !DILocation(line: 28, column: 5, scope: !13)
!84 = !DILocation(line: 28, column: 22, scope: !13)
!85 = !DILocation(line: 28, column: 15, scope: !13, atomGroup: 20, atomRank: 2)
!86 = !DILocation(line: 28, column: 11, scope: !13, atomGroup: 20, atomRank: 1)
!87 = !{!88, !88, i64 0}
!88 = !{!"p1 omnipotent char", !89, i64 0}
!89 = !{!"any pointer", !11, i64 0}
!90 = !DILocation(line: 29, column: 12, scope: !13)
!91 = !DILocation(line: 29, column: 20, scope: !13)
!92 = !DILocation(line: 29, column: 24, scope: !13)
!93 = !DILocation(line: 29, column: 5, scope: !13, atomGroup: 21, atomRank: 1)
!94 = !DILocation(line: 29, column: 30, scope: !13)
!95 = !DILocation(line: 29, column: 32, scope: !13)
!96 = !DILocation(line: 29, column: 36, scope: !13)
!97 = !DILocation(line: 29, column: 41, scope: !13, atomGroup: 22, atomRank: 1)
!98 = !{!11, !11, i64 0}
!99 = !DILocation(line: 30, column: 10, scope: !13)
!100 = !DILocation(line: 30, column: 17, scope: !13, atomGroup: 23, atomRank: 1)
!101 = !DILocation(line: 30, column: 24, scope: !13)
!102 = !DILocation(line: 30, column: 28, scope: !13)
!103 = !DILocation(line: 30, column: 32, scope: !13)
!104 = !DILocation(line: 30, column: 26, scope: !13, atomGroup: 24, atomRank: 1)
!105 = !DILocation(line: 30, column: 5, scope: !13, atomGroup: 25, atomRank: 1)
!106 = !DILocation(line: 30, column: 5, scope: !13)
!107 = !DILocation(line: 30, column: 65, scope: !13)
!108 = !DILocation(line: 30, column: 67, scope: !13)
!109 = !DILocation(line: 30, column: 63, scope: !13, atomGroup: 26, atomRank: 3)
!110 = !DILocation(line: 30, column: 52, scope: !13, atomGroup: 26, atomRank: 2)
!111 = !DILocation(line: 30, column: 45, scope: !13)
!112 = !DILocation(line: 30, column: 47, scope: !13)
!113 = !DILocation(line: 30, column: 50, scope: !13, atomGroup: 26, atomRank: 1)
!114 = !DILocation(line: 30, column: 45, scope: !13, atomGroup: 28, atomRank: 1)
!115 = !DILocation(line: 30, column: 39, scope: !13)
!116 = !DILocation(line: 30, column: 39, scope: !13, atomGroup: 27, atomRank: 2)
!117 = !DILocation(line: 30, column: 39, scope: !13, atomGroup: 27, atomRank: 1)
!118 = distinct !{!118, !106, !119, !57}
!119 = !DILocation(line: 30, column: 71, scope: !13)
!120 = !DILocation(line: 31, column: 5, scope: !13)
!121 = !DILocation(line: 31, column: 14, scope: !13, atomGroup: 29, atomRank: 1)
!122 = !DILocation(line: 31, column: 26, scope: !13)
!123 = !DILocation(line: 31, column: 36, scope: !13, atomGroup: 30, atomRank: 2)
!124 = !DILocation(line: 31, column: 32, scope: !13, atomGroup: 30, atomRank: 1)
!125 = !DILocation(line: 31, column: 40, scope: !13)
!126 = !DILocation(line: 31, column: 39, scope: !13)
!127 = !DILocation(line: 31, column: 21, scope: !13, atomGroup: 31, atomRank: 1)
!128 = !DILocation(line: 31, column: 21, scope: !13, atomGroup: 32, atomRank: 1)
!129 = !DILocation(line: 31, column: 21, scope: !13)
!130 = !DILocation(line: 31, column: 52, scope: !13)
!131 = !DILocation(line: 31, column: 54, scope: !13)
!132 = !DILocation(line: 31, column: 77, scope: !13)
!133 = !DILocation(line: 31, column: 76, scope: !13)
!134 = !DILocation(line: 31, column: 61, scope: !13)
!135 = !DILocation(line: 31, column: 59, scope: !13, atomGroup: 33, atomRank: 2)
!136 = !DILocation(line: 31, column: 50, scope: !13, atomGroup: 33, atomRank: 1)
!137 = !DILocation(line: 31, column: 48, scope: !13, atomGroup: 35, atomRank: 1)
!138 = !DILocation(line: 31, column: 44, scope: !13)
!139 = !DILocation(line: 31, column: 44, scope: !13, atomGroup: 34, atomRank: 2)
!140 = !DILocation(line: 31, column: 44, scope: !13, atomGroup: 34, atomRank: 1)
!141 = distinct !{!141, !129, !132, !57}
!142 = !DILocation(line: 32, column: 31, scope: !13)
!143 = !DILocation(line: 32, column: 41, scope: !13)
!144 = !DILocation(line: 32, column: 34, scope: !13)
!145 = !DILocation(line: 32, column: 5, scope: !13)
!146 = !DILocation(line: 33, column: 5, scope: !13)
!147 = !DILocation(line: 33, column: 9, scope: !13, atomGroup: 36, atomRank: 1)
!148 = !DILocation(line: 33, column: 26, scope: !13)
!149 = !DILocation(line: 33, column: 17, scope: !13)
!150 = !DILocation(line: 34, column: 10, scope: !13)
!151 = !DILocation(line: 34, column: 14, scope: !13, atomGroup: 37, atomRank: 1)
!152 = !DILocation(line: 34, column: 21, scope: !13)
!153 = !DILocation(line: 34, column: 25, scope: !13)
!154 = !DILocation(line: 34, column: 23, scope: !13, atomGroup: 38, atomRank: 1)
!155 = !DILocation(line: 34, column: 5, scope: !13, atomGroup: 39, atomRank: 1)
!156 = !DILocation(line: 34, column: 5, scope: !13)
!157 = !DILocation(line: 34, column: 47, scope: !13)
!158 = !DILocation(line: 34, column: 49, scope: !13)
!159 = !DILocation(line: 34, column: 46, scope: !13)
!160 = !DILocation(line: 34, column: 44, scope: !13, atomGroup: 40, atomRank: 2)
!161 = !DILocation(line: 34, column: 35, scope: !13)
!162 = !DILocation(line: 34, column: 33, scope: !13)
!163 = !DILocation(line: 34, column: 38, scope: !13, atomGroup: 40, atomRank: 1)
!164 = !{!165, !165, i64 0}
!165 = !{!"double", !11, i64 0}
!166 = !DILocation(line: 34, column: 33, scope: !13, atomGroup: 42, atomRank: 1)
!167 = !DILocation(line: 34, column: 29, scope: !13)
!168 = !DILocation(line: 34, column: 29, scope: !13, atomGroup: 41, atomRank: 2)
!169 = !DILocation(line: 34, column: 29, scope: !13, atomGroup: 41, atomRank: 1)
!170 = distinct !{!170, !156, !171, !57}
!171 = !DILocation(line: 34, column: 52, scope: !13)
!172 = !DILocation(line: 35, column: 5, scope: !13)
!173 = !DILocation(line: 35, column: 12, scope: !13, atomGroup: 43, atomRank: 1)
!174 = !DILocation(line: 35, column: 26, scope: !13)
!175 = !DILocation(line: 35, column: 34, scope: !13)
!176 = !DILocation(line: 35, column: 36, scope: !13, atomGroup: 44, atomRank: 2)
!177 = !DILocation(line: 35, column: 30, scope: !13, atomGroup: 44, atomRank: 1)
!178 = !DILocation(line: 35, column: 41, scope: !13)
!179 = !DILocation(line: 35, column: 43, scope: !13, atomGroup: 45, atomRank: 1)
!180 = !DILocation(line: 35, column: 21, scope: !13, atomGroup: 46, atomRank: 1)
!181 = !DILocation(line: 35, column: 21, scope: !13)
!182 = !DILocation(line: 35, column: 63, scope: !13)
!183 = !DILocation(line: 35, column: 61, scope: !13)
!184 = !DILocation(line: 35, column: 58, scope: !13)
!185 = !DILocation(line: 35, column: 58, scope: !13, atomGroup: 47, atomRank: 2)
!186 = !DILocation(line: 35, column: 58, scope: !13, atomGroup: 47, atomRank: 1)
!187 = !DILocation(line: 35, column: 54, scope: !13, atomGroup: 49, atomRank: 1)
!188 = !DILocation(line: 35, column: 50, scope: !13)
!189 = !DILocation(line: 35, column: 50, scope: !13, atomGroup: 48, atomRank: 2)
!190 = !DILocation(line: 35, column: 50, scope: !13, atomGroup: 48, atomRank: 1)
!191 = distinct !{!191, !181, !192, !57}
!192 = !DILocation(line: 35, column: 64, scope: !13)
!193 = !DILocation(line: 36, column: 41, scope: !13)
!194 = !DILocation(line: 36, column: 46, scope: !13)
!195 = !DILocation(line: 36, column: 5, scope: !13)
!196 = !DILocation(line: 37, column: 5, scope: !13, atomGroup: 50, atomRank: 1)
!197 = !DILocation(line: 38, column: 1, scope: !13)
!198 = !DILocation(line: 38, column: 1, scope: !13, atomGroup: 51, atomRank: 2)
!199 = !DILocation(line: 38, column: 1, scope: !13, atomGroup: 51, atomRank: 1)
!200 = distinct !DISubprogram(name: "vla_sum", scope: !14, file: !14, line: 6, type: !15, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!201 = !{!202, !202, i64 0}
!202 = !{!"p1 int", !89, i64 0}
!203 = !DILocation(line: 6, column: 47, scope: !200)
!204 = !DILocation(line: 6, column: 53, scope: !200)
!205 = !DILocation(line: 7, column: 5, scope: !200)
!206 = !DILocation(line: 7, column: 10, scope: !200, atomGroup: 1, atomRank: 1)
!207 = !DILocation(line: 8, column: 10, scope: !200)
!208 = !DILocation(line: 8, column: 14, scope: !200, atomGroup: 2, atomRank: 1)
!209 = !DILocation(line: 8, column: 21, scope: !200)
!210 = !DILocation(line: 8, column: 25, scope: !200)
!211 = !DILocation(line: 8, column: 23, scope: !200, atomGroup: 3, atomRank: 1)
!212 = !DILocation(line: 8, column: 5, scope: !200, atomGroup: 4, atomRank: 1)
!213 = !DILocation(line: 8, column: 5, scope: !200)
!214 = !DILocation(line: 8, column: 41, scope: !200)
!215 = !DILocation(line: 8, column: 45, scope: !200, atomGroup: 5, atomRank: 1)
!216 = !DILocation(line: 8, column: 52, scope: !200)
!217 = !DILocation(line: 8, column: 56, scope: !200)
!218 = !DILocation(line: 8, column: 54, scope: !200, atomGroup: 6, atomRank: 1)
!219 = !DILocation(line: 8, column: 36, scope: !200, atomGroup: 7, atomRank: 1)
!220 = !DILocation(line: 8, column: 36, scope: !200)
!221 = !DILocation(line: 8, column: 72, scope: !200)
!222 = !DILocation(line: 8, column: 74, scope: !200)
!223 = !DILocation(line: 8, column: 77, scope: !200)
!224 = !DILocation(line: 8, column: 83, scope: !200)
!225 = !DILocation(line: 8, column: 85, scope: !200)
!226 = !DILocation(line: 8, column: 80, scope: !200)
!227 = !DILocation(line: 8, column: 69, scope: !200)
!228 = !DILocation(line: 8, column: 69, scope: !200, atomGroup: 8, atomRank: 2)
!229 = !DILocation(line: 8, column: 69, scope: !200, atomGroup: 8, atomRank: 1)
!230 = !DILocation(line: 8, column: 67, scope: !200, atomGroup: 10, atomRank: 1)
!231 = !DILocation(line: 8, column: 63, scope: !200)
!232 = !DILocation(line: 8, column: 63, scope: !200, atomGroup: 9, atomRank: 2)
!233 = !DILocation(line: 8, column: 63, scope: !200, atomGroup: 9, atomRank: 1)
!234 = distinct !{!234, !220, !235, !57}
!235 = !DILocation(line: 8, column: 88, scope: !200)
!236 = !DILocation(line: 8, column: 88, scope: !200, atomGroup: 12, atomRank: 1)
!237 = !DILocation(line: 8, column: 32, scope: !200)
!238 = !DILocation(line: 8, column: 32, scope: !200, atomGroup: 11, atomRank: 2)
!239 = !DILocation(line: 8, column: 32, scope: !200, atomGroup: 11, atomRank: 1)
!240 = distinct !{!240, !213, !235, !57}
!241 = !DILocation(line: 9, column: 12, scope: !200, atomGroup: 14, atomRank: 2)
!242 = !DILocation(line: 10, column: 1, scope: !200)
!243 = !DILocation(line: 9, column: 5, scope: !200, atomGroup: 14, atomRank: 1)
!244 = !DISubprogram(name: "printf", scope: !245, file: !245, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!245 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!246 = distinct !DISubprogram(name: "pascal_row", scope: !14, file: !14, line: 12, type: !15, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!247 = !DILocation(line: 13, column: 13, scope: !246)
!248 = !DILocation(line: 13, column: 15, scope: !246)
!249 = !DILocation(line: 13, column: 5, scope: !246)
!250 = !DILocation(line: 14, column: 10, scope: !246)
!251 = !DILocation(line: 14, column: 14, scope: !246, atomGroup: 1, atomRank: 1)
!252 = !DILocation(line: 14, column: 21, scope: !246)
!253 = !DILocation(line: 14, column: 26, scope: !246)
!254 = !DILocation(line: 14, column: 23, scope: !246, atomGroup: 2, atomRank: 1)
!255 = !DILocation(line: 14, column: 5, scope: !246, atomGroup: 3, atomRank: 1)
!256 = !DILocation(line: 14, column: 5, scope: !246)
!257 = !DILocation(line: 14, column: 40, scope: !246)
!258 = !DILocation(line: 14, column: 36, scope: !246)
!259 = !DILocation(line: 14, column: 43, scope: !246, atomGroup: 4, atomRank: 1)
!260 = !DILocation(line: 14, column: 53, scope: !246)
!261 = !DILocation(line: 14, column: 61, scope: !246)
!262 = !DILocation(line: 14, column: 63, scope: !246, atomGroup: 5, atomRank: 2)
!263 = !DILocation(line: 14, column: 57, scope: !246, atomGroup: 5, atomRank: 1)
!264 = !DILocation(line: 14, column: 68, scope: !246)
!265 = !DILocation(line: 14, column: 70, scope: !246, atomGroup: 6, atomRank: 1)
!266 = !DILocation(line: 14, column: 48, scope: !246, atomGroup: 7, atomRank: 1)
!267 = !DILocation(line: 14, column: 48, scope: !246)
!268 = !DILocation(line: 14, column: 94, scope: !246)
!269 = !DILocation(line: 14, column: 90, scope: !246)
!270 = !DILocation(line: 14, column: 103, scope: !246)
!271 = !DILocation(line: 14, column: 105, scope: !246)
!272 = !DILocation(line: 14, column: 99, scope: !246)
!273 = !DILocation(line: 14, column: 97, scope: !246)
!274 = !DILocation(line: 14, column: 111, scope: !246, atomGroup: 8, atomRank: 2)
!275 = !DILocation(line: 14, column: 84, scope: !246)
!276 = !DILocation(line: 14, column: 80, scope: !246)
!277 = !DILocation(line: 14, column: 87, scope: !246, atomGroup: 8, atomRank: 1)
!278 = !DILocation(line: 14, column: 80, scope: !246, atomGroup: 10, atomRank: 1)
!279 = !DILocation(line: 14, column: 76, scope: !246)
!280 = !DILocation(line: 14, column: 76, scope: !246, atomGroup: 9, atomRank: 2)
!281 = !DILocation(line: 14, column: 76, scope: !246, atomGroup: 9, atomRank: 1)
!282 = distinct !{!282, !267, !283, !57}
!283 = !DILocation(line: 14, column: 113, scope: !246)
!284 = !DILocation(line: 14, column: 122, scope: !246, atomGroup: 12, atomRank: 1)
!285 = !DILocation(line: 14, column: 30, scope: !246)
!286 = !DILocation(line: 14, column: 30, scope: !246, atomGroup: 11, atomRank: 2)
!287 = !DILocation(line: 14, column: 30, scope: !246, atomGroup: 11, atomRank: 1)
!288 = distinct !{!288, !256, !289, !57}
!289 = !DILocation(line: 14, column: 122, scope: !246)
!290 = !DILocation(line: 15, column: 16, scope: !246)
!291 = !DILocation(line: 15, column: 12, scope: !246)
!292 = !DILocation(line: 15, column: 12, scope: !246, atomGroup: 14, atomRank: 2)
!293 = !DILocation(line: 16, column: 1, scope: !246)
!294 = !DILocation(line: 16, column: 1, scope: !246, atomGroup: 14, atomRank: 1)
!295 = !DISubprogram(name: "strlen", scope: !296, file: !296, line: 407, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!296 = !DIFile(filename: "/usr/include/string.h", directory: "")
