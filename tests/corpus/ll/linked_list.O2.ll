; ModuleID = 'linked_list.c'
source_filename = "linked_list.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.node = type { i32, ptr }
%struct.dnode = type { double, ptr, ptr }

@.str = private unnamed_addr constant [13 x i8] c"initial %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"reversed %ld\0A\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"sorted %ld first=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"filtered %ld\0A\00", align 1
@.str.4 = private unnamed_addr constant [19 x i8] c"dlist %.17g %.17g\0A\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6, !dbg !17
  store ptr null, ptr %2, align 8, !dbg !18, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !22
  store i32 0, ptr %3, align 4, !dbg !23, !tbaa !9
  br label %14, !dbg !22

14:                                               ; preds = %24, %0
  %15 = load i32, ptr %3, align 4, !dbg !24, !tbaa !9
  %16 = icmp slt i32 %15, 1000, !dbg !25
  br i1 %16, label %18, label %17, !dbg !26

17:                                               ; preds = %14
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !27
  br label %27

18:                                               ; preds = %14
  %19 = load ptr, ptr %2, align 8, !dbg !28, !tbaa !19
  %20 = load i32, ptr %3, align 4, !dbg !29, !tbaa !9
  %21 = mul nsw i32 %20, 7919, !dbg !30
  %22 = srem i32 %21, 1009, !dbg !31
  %23 = call ptr @push(ptr noundef %19, i32 noundef %22), !dbg !32
  store ptr %23, ptr %2, align 8, !dbg !33, !tbaa !19
  br label %24, !dbg !34

24:                                               ; preds = %18
  %25 = load i32, ptr %3, align 4, !dbg !35, !tbaa !9
  %26 = add nsw i32 %25, 1, !dbg !36
  store i32 %26, ptr %3, align 4, !dbg !37, !tbaa !9
  br label %14, !dbg !27, !llvm.loop !38

27:                                               ; preds = %17
  %28 = load ptr, ptr %2, align 8, !dbg !41, !tbaa !19
  %29 = call i64 @checksum(ptr noundef %28), !dbg !42
  %30 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %29), !dbg !43
  %31 = load ptr, ptr %2, align 8, !dbg !44, !tbaa !19
  %32 = call ptr @reverse(ptr noundef %31), !dbg !45
  store ptr %32, ptr %2, align 8, !dbg !46, !tbaa !19
  %33 = load ptr, ptr %2, align 8, !dbg !47, !tbaa !19
  %34 = call i64 @checksum(ptr noundef %33), !dbg !48
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %34), !dbg !49
  %36 = load ptr, ptr %2, align 8, !dbg !50, !tbaa !19
  %37 = call ptr @sort(ptr noundef %36), !dbg !51
  store ptr %37, ptr %2, align 8, !dbg !52, !tbaa !19
  %38 = load ptr, ptr %2, align 8, !dbg !53, !tbaa !19
  %39 = call i64 @checksum(ptr noundef %38), !dbg !54
  %40 = load ptr, ptr %2, align 8, !dbg !55, !tbaa !19
  %41 = getelementptr inbounds nuw %struct.node, ptr %40, i32 0, i32 0, !dbg !56
  %42 = load i32, ptr %41, align 8, !dbg !56, !tbaa !57
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %39, i32 noundef %42), !dbg !59
  call void @remove_if(ptr noundef %2, ptr noundef @div3), !dbg !60
  %44 = load ptr, ptr %2, align 8, !dbg !61, !tbaa !19
  %45 = call i64 @checksum(ptr noundef %44), !dbg !62
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %45), !dbg !63
  br label %47, !dbg !64

47:                                               ; preds = %50, %27
  %48 = load ptr, ptr %2, align 8, !dbg !65, !tbaa !19
  %49 = icmp ne ptr %48, null, !dbg !66
  br i1 %49, label %50, label %56, !dbg !67

50:                                               ; preds = %47
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !68
  %51 = load ptr, ptr %2, align 8, !dbg !69, !tbaa !19
  %52 = getelementptr inbounds nuw %struct.node, ptr %51, i32 0, i32 1, !dbg !70
  %53 = load ptr, ptr %52, align 8, !dbg !71, !tbaa !72
  store ptr %53, ptr %4, align 8, !dbg !73, !tbaa !19
  %54 = load ptr, ptr %2, align 8, !dbg !74, !tbaa !19
  call void @free(ptr noundef %54) #6, !dbg !75
  %55 = load ptr, ptr %4, align 8, !dbg !76, !tbaa !19
  store ptr %55, ptr %2, align 8, !dbg !77, !tbaa !19
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !78
  br label %47, !dbg !64, !llvm.loop !79

56:                                               ; preds = %47
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !80
  store ptr null, ptr %5, align 8, !dbg !81, !tbaa !82
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !80
  store ptr null, ptr %6, align 8, !dbg !84, !tbaa !82
  call void @llvm.lifetime.start.p0(ptr %7) #6, !dbg !85
  store i32 0, ptr %7, align 4, !dbg !86, !tbaa !9
  br label %57, !dbg !85

57:                                               ; preds = %83, %56
  %58 = load i32, ptr %7, align 4, !dbg !87, !tbaa !9
  %59 = icmp slt i32 %58, 50, !dbg !88
  br i1 %59, label %61, label %60, !dbg !89

60:                                               ; preds = %57
  call void @llvm.lifetime.end.p0(ptr %7) #6, !dbg !90
  br label %86

61:                                               ; preds = %57
  call void @llvm.lifetime.start.p0(ptr %8) #6, !dbg !91
  %62 = call noalias ptr @malloc(i64 noundef 24) #7, !dbg !92
  store ptr %62, ptr %8, align 8, !dbg !93, !tbaa !82
  %63 = load i32, ptr %7, align 4, !dbg !94, !tbaa !9
  %64 = sitofp i32 %63 to double, !dbg !94
  %65 = fmul double %64, 5.000000e-01, !dbg !95
  %66 = load ptr, ptr %8, align 8, !dbg !96, !tbaa !82
  %67 = getelementptr inbounds nuw %struct.dnode, ptr %66, i32 0, i32 0, !dbg !97
  store double %65, ptr %67, align 8, !dbg !98, !tbaa !99
  %68 = load ptr, ptr %8, align 8, !dbg !102, !tbaa !82
  %69 = getelementptr inbounds nuw %struct.dnode, ptr %68, i32 0, i32 2, !dbg !103
  store ptr null, ptr %69, align 8, !dbg !104, !tbaa !105
  %70 = load ptr, ptr %6, align 8, !dbg !106, !tbaa !82
  %71 = load ptr, ptr %8, align 8, !dbg !107, !tbaa !82
  %72 = getelementptr inbounds nuw %struct.dnode, ptr %71, i32 0, i32 1, !dbg !108
  store ptr %70, ptr %72, align 8, !dbg !109, !tbaa !110
  %73 = load ptr, ptr %6, align 8, !dbg !111, !tbaa !82
  %74 = icmp ne ptr %73, null, !dbg !112
  br i1 %74, label %75, label %79, !dbg !113

75:                                               ; preds = %61
  %76 = load ptr, ptr %8, align 8, !dbg !114, !tbaa !82
  %77 = load ptr, ptr %6, align 8, !dbg !115, !tbaa !82
  %78 = getelementptr inbounds nuw %struct.dnode, ptr %77, i32 0, i32 2, !dbg !116
  store ptr %76, ptr %78, align 8, !dbg !117, !tbaa !105
  br label %81, !dbg !115

79:                                               ; preds = %61
  %80 = load ptr, ptr %8, align 8, !dbg !118, !tbaa !82
  store ptr %80, ptr %5, align 8, !dbg !119, !tbaa !82
  br label %81

81:                                               ; preds = %79, %75
  %82 = load ptr, ptr %8, align 8, !dbg !120, !tbaa !82
  store ptr %82, ptr %6, align 8, !dbg !121, !tbaa !82
  call void @llvm.lifetime.end.p0(ptr %8) #6, !dbg !122
  br label %83, !dbg !123

83:                                               ; preds = %81
  %84 = load i32, ptr %7, align 4, !dbg !124, !tbaa !9
  %85 = add nsw i32 %84, 1, !dbg !125
  store i32 %85, ptr %7, align 4, !dbg !126, !tbaa !9
  br label %57, !dbg !90, !llvm.loop !127

86:                                               ; preds = %60
  call void @llvm.lifetime.start.p0(ptr %9) #6, !dbg !128
  store double 0.000000e+00, ptr %9, align 8, !dbg !129, !tbaa !130
  call void @llvm.lifetime.start.p0(ptr %10) #6, !dbg !128
  store double 0.000000e+00, ptr %10, align 8, !dbg !131, !tbaa !130
  call void @llvm.lifetime.start.p0(ptr %11) #6, !dbg !132
  %87 = load ptr, ptr %5, align 8, !dbg !133, !tbaa !82
  store ptr %87, ptr %11, align 8, !dbg !134, !tbaa !82
  br label %88, !dbg !132

88:                                               ; preds = %98, %86
  %89 = load ptr, ptr %11, align 8, !dbg !135, !tbaa !82
  %90 = icmp ne ptr %89, null, !dbg !136
  br i1 %90, label %92, label %91, !dbg !137

91:                                               ; preds = %88
  call void @llvm.lifetime.end.p0(ptr %11) #6, !dbg !138
  br label %102

92:                                               ; preds = %88
  %93 = load double, ptr %9, align 8, !dbg !139, !tbaa !130
  %94 = load ptr, ptr %11, align 8, !dbg !140, !tbaa !82
  %95 = getelementptr inbounds nuw %struct.dnode, ptr %94, i32 0, i32 0, !dbg !141
  %96 = load double, ptr %95, align 8, !dbg !141, !tbaa !99
  %97 = call double @llvm.fmuladd.f64(double %93, double 5.000000e-01, double %96), !dbg !142
  store double %97, ptr %9, align 8, !dbg !143, !tbaa !130
  br label %98, !dbg !144

98:                                               ; preds = %92
  %99 = load ptr, ptr %11, align 8, !dbg !145, !tbaa !82
  %100 = getelementptr inbounds nuw %struct.dnode, ptr %99, i32 0, i32 2, !dbg !146
  %101 = load ptr, ptr %100, align 8, !dbg !147, !tbaa !105
  store ptr %101, ptr %11, align 8, !dbg !148, !tbaa !82
  br label %88, !dbg !138, !llvm.loop !149

102:                                              ; preds = %91
  call void @llvm.lifetime.start.p0(ptr %12) #6, !dbg !150
  %103 = load ptr, ptr %6, align 8, !dbg !151, !tbaa !82
  store ptr %103, ptr %12, align 8, !dbg !152, !tbaa !82
  br label %104, !dbg !150

104:                                              ; preds = %114, %102
  %105 = load ptr, ptr %12, align 8, !dbg !153, !tbaa !82
  %106 = icmp ne ptr %105, null, !dbg !154
  br i1 %106, label %108, label %107, !dbg !155

107:                                              ; preds = %104
  call void @llvm.lifetime.end.p0(ptr %12) #6, !dbg !156
  br label %118

108:                                              ; preds = %104
  %109 = load double, ptr %10, align 8, !dbg !157, !tbaa !130
  %110 = load ptr, ptr %12, align 8, !dbg !158, !tbaa !82
  %111 = getelementptr inbounds nuw %struct.dnode, ptr %110, i32 0, i32 0, !dbg !159
  %112 = load double, ptr %111, align 8, !dbg !159, !tbaa !99
  %113 = call double @llvm.fmuladd.f64(double %109, double 5.000000e-01, double %112), !dbg !160
  store double %113, ptr %10, align 8, !dbg !161, !tbaa !130
  br label %114, !dbg !162

114:                                              ; preds = %108
  %115 = load ptr, ptr %12, align 8, !dbg !163, !tbaa !82
  %116 = getelementptr inbounds nuw %struct.dnode, ptr %115, i32 0, i32 1, !dbg !164
  %117 = load ptr, ptr %116, align 8, !dbg !165, !tbaa !110
  store ptr %117, ptr %12, align 8, !dbg !166, !tbaa !82
  br label %104, !dbg !156, !llvm.loop !167

118:                                              ; preds = %107
  %119 = load double, ptr %9, align 8, !dbg !168, !tbaa !130
  %120 = load double, ptr %10, align 8, !dbg !169, !tbaa !130
  %121 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %119, double noundef %120), !dbg !170
  br label %122, !dbg !171

122:                                              ; preds = %125, %118
  %123 = load ptr, ptr %5, align 8, !dbg !172, !tbaa !82
  %124 = icmp ne ptr %123, null, !dbg !173
  br i1 %124, label %125, label %131, !dbg !174

125:                                              ; preds = %122
  call void @llvm.lifetime.start.p0(ptr %13) #6, !dbg !175
  %126 = load ptr, ptr %5, align 8, !dbg !176, !tbaa !82
  %127 = getelementptr inbounds nuw %struct.dnode, ptr %126, i32 0, i32 2, !dbg !177
  %128 = load ptr, ptr %127, align 8, !dbg !178, !tbaa !105
  store ptr %128, ptr %13, align 8, !dbg !179, !tbaa !82
  %129 = load ptr, ptr %5, align 8, !dbg !180, !tbaa !82
  call void @free(ptr noundef %129) #6, !dbg !181
  %130 = load ptr, ptr %13, align 8, !dbg !182, !tbaa !82
  store ptr %130, ptr %5, align 8, !dbg !183, !tbaa !82
  call void @llvm.lifetime.end.p0(ptr %13) #6, !dbg !184
  br label %122, !dbg !171, !llvm.loop !185

131:                                              ; preds = %122
  call void @llvm.lifetime.end.p0(ptr %10) #6, !dbg !186
  call void @llvm.lifetime.end.p0(ptr %9) #6, !dbg !186
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !186
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !186
  call void @llvm.lifetime.end.p0(ptr %2) #6, !dbg !186
  ret i32 0, !dbg !187
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define internal ptr @push(ptr noundef %0, i32 noundef %1) #0 !dbg !188 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !19
  store i32 %1, ptr %4, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !189
  %6 = call noalias ptr @malloc(i64 noundef 16) #7, !dbg !190
  store ptr %6, ptr %5, align 8, !dbg !191, !tbaa !19
  %7 = load i32, ptr %4, align 4, !dbg !192, !tbaa !9
  %8 = load ptr, ptr %5, align 8, !dbg !193, !tbaa !19
  %9 = getelementptr inbounds nuw %struct.node, ptr %8, i32 0, i32 0, !dbg !194
  store i32 %7, ptr %9, align 8, !dbg !195, !tbaa !57
  %10 = load ptr, ptr %3, align 8, !dbg !196, !tbaa !19
  %11 = load ptr, ptr %5, align 8, !dbg !197, !tbaa !19
  %12 = getelementptr inbounds nuw %struct.node, ptr %11, i32 0, i32 1, !dbg !198
  store ptr %10, ptr %12, align 8, !dbg !199, !tbaa !72
  %13 = load ptr, ptr %5, align 8, !dbg !200, !tbaa !19
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !201
  ret ptr %13, !dbg !202
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !203 i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind uwtable
define internal i64 @checksum(ptr noundef %0) #0 !dbg !205 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !206
  store i64 0, ptr %3, align 8, !dbg !207, !tbaa !208
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !210
  store i32 1, ptr %4, align 4, !dbg !211, !tbaa !9
  br label %5, !dbg !212

5:                                                ; preds = %19, %1
  %6 = load ptr, ptr %2, align 8, !dbg !213, !tbaa !19
  %7 = icmp ne ptr %6, null, !dbg !214
  br i1 %7, label %8, label %23, !dbg !215

8:                                                ; preds = %5
  %9 = load ptr, ptr %2, align 8, !dbg !216, !tbaa !19
  %10 = getelementptr inbounds nuw %struct.node, ptr %9, i32 0, i32 0, !dbg !217
  %11 = load i32, ptr %10, align 8, !dbg !217, !tbaa !57
  %12 = sext i32 %11 to i64, !dbg !218
  %13 = load i32, ptr %4, align 4, !dbg !219, !tbaa !9
  %14 = add nsw i32 %13, 1, !dbg !220
  store i32 %14, ptr %4, align 4, !dbg !221, !tbaa !9
  %15 = sext i32 %13 to i64, !dbg !222
  %16 = mul nsw i64 %12, %15, !dbg !223
  %17 = load i64, ptr %3, align 8, !dbg !224, !tbaa !208
  %18 = add nsw i64 %17, %16, !dbg !225
  store i64 %18, ptr %3, align 8, !dbg !226, !tbaa !208
  br label %19, !dbg !227

19:                                               ; preds = %8
  %20 = load ptr, ptr %2, align 8, !dbg !228, !tbaa !19
  %21 = getelementptr inbounds nuw %struct.node, ptr %20, i32 0, i32 1, !dbg !229
  %22 = load ptr, ptr %21, align 8, !dbg !230, !tbaa !72
  store ptr %22, ptr %2, align 8, !dbg !231, !tbaa !19
  br label %5, !dbg !212, !llvm.loop !232

23:                                               ; preds = %5
  %24 = load i64, ptr %3, align 8, !dbg !233, !tbaa !208
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !234
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !234
  ret i64 %24, !dbg !235
}

; Function Attrs: nounwind uwtable
define internal ptr @reverse(ptr noundef %0) #0 !dbg !236 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !237
  store ptr null, ptr %3, align 8, !dbg !238, !tbaa !19
  br label %5, !dbg !239

5:                                                ; preds = %8, %1
  %6 = load ptr, ptr %2, align 8, !dbg !240, !tbaa !19
  %7 = icmp ne ptr %6, null, !dbg !241
  br i1 %7, label %8, label %17, !dbg !242

8:                                                ; preds = %5
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !243
  %9 = load ptr, ptr %2, align 8, !dbg !244, !tbaa !19
  %10 = getelementptr inbounds nuw %struct.node, ptr %9, i32 0, i32 1, !dbg !245
  %11 = load ptr, ptr %10, align 8, !dbg !246, !tbaa !72
  store ptr %11, ptr %4, align 8, !dbg !247, !tbaa !19
  %12 = load ptr, ptr %3, align 8, !dbg !248, !tbaa !19
  %13 = load ptr, ptr %2, align 8, !dbg !249, !tbaa !19
  %14 = getelementptr inbounds nuw %struct.node, ptr %13, i32 0, i32 1, !dbg !250
  store ptr %12, ptr %14, align 8, !dbg !251, !tbaa !72
  %15 = load ptr, ptr %2, align 8, !dbg !252, !tbaa !19
  store ptr %15, ptr %3, align 8, !dbg !253, !tbaa !19
  %16 = load ptr, ptr %4, align 8, !dbg !254, !tbaa !19
  store ptr %16, ptr %2, align 8, !dbg !255, !tbaa !19
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !256
  br label %5, !dbg !239, !llvm.loop !257

17:                                               ; preds = %5
  %18 = load ptr, ptr %3, align 8, !dbg !258, !tbaa !19
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !259
  ret ptr %18, !dbg !260
}

; Function Attrs: nounwind uwtable
define internal ptr @sort(ptr noundef %0) #0 !dbg !261 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !19
  %7 = load ptr, ptr %3, align 8, !dbg !262, !tbaa !19
  %8 = icmp ne ptr %7, null, !dbg !263
  br i1 %8, label %9, label %14, !dbg !264

9:                                                ; preds = %1
  %10 = load ptr, ptr %3, align 8, !dbg !265, !tbaa !19
  %11 = getelementptr inbounds nuw %struct.node, ptr %10, i32 0, i32 1, !dbg !266
  %12 = load ptr, ptr %11, align 8, !dbg !266, !tbaa !72
  %13 = icmp ne ptr %12, null, !dbg !267
  br i1 %13, label %16, label %14, !dbg !268

14:                                               ; preds = %9, %1
  %15 = load ptr, ptr %3, align 8, !dbg !269, !tbaa !19
  store ptr %15, ptr %2, align 8, !dbg !270
  br label %51, !dbg !270

16:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !271
  %17 = load ptr, ptr %3, align 8, !dbg !272, !tbaa !19
  store ptr %17, ptr %4, align 8, !dbg !273, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !271
  %18 = load ptr, ptr %3, align 8, !dbg !274, !tbaa !19
  %19 = getelementptr inbounds nuw %struct.node, ptr %18, i32 0, i32 1, !dbg !275
  %20 = load ptr, ptr %19, align 8, !dbg !276, !tbaa !72
  store ptr %20, ptr %5, align 8, !dbg !277, !tbaa !19
  br label %21, !dbg !278

21:                                               ; preds = %31, %16
  %22 = load ptr, ptr %5, align 8, !dbg !279, !tbaa !19
  %23 = icmp ne ptr %22, null, !dbg !280
  br i1 %23, label %24, label %29, !dbg !281

24:                                               ; preds = %21
  %25 = load ptr, ptr %5, align 8, !dbg !282, !tbaa !19
  %26 = getelementptr inbounds nuw %struct.node, ptr %25, i32 0, i32 1, !dbg !283
  %27 = load ptr, ptr %26, align 8, !dbg !283, !tbaa !72
  %28 = icmp ne ptr %27, null, !dbg !284
  br label %29

29:                                               ; preds = %24, %21
  %30 = phi i1 [ false, %21 ], [ %28, %24 ], !dbg !285
  br i1 %30, label %31, label %40, !dbg !286

31:                                               ; preds = %29
  %32 = load ptr, ptr %4, align 8, !dbg !287, !tbaa !19
  %33 = getelementptr inbounds nuw %struct.node, ptr %32, i32 0, i32 1, !dbg !288
  %34 = load ptr, ptr %33, align 8, !dbg !289, !tbaa !72
  store ptr %34, ptr %4, align 8, !dbg !290, !tbaa !19
  %35 = load ptr, ptr %5, align 8, !dbg !291, !tbaa !19
  %36 = getelementptr inbounds nuw %struct.node, ptr %35, i32 0, i32 1, !dbg !292
  %37 = load ptr, ptr %36, align 8, !dbg !292, !tbaa !72
  %38 = getelementptr inbounds nuw %struct.node, ptr %37, i32 0, i32 1, !dbg !293
  %39 = load ptr, ptr %38, align 8, !dbg !294, !tbaa !72
  store ptr %39, ptr %5, align 8, !dbg !295, !tbaa !19
  br label %21, !dbg !278, !llvm.loop !296

40:                                               ; preds = %29
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !298
  %41 = load ptr, ptr %4, align 8, !dbg !299, !tbaa !19
  %42 = getelementptr inbounds nuw %struct.node, ptr %41, i32 0, i32 1, !dbg !300
  %43 = load ptr, ptr %42, align 8, !dbg !301, !tbaa !72
  store ptr %43, ptr %6, align 8, !dbg !302, !tbaa !19
  %44 = load ptr, ptr %4, align 8, !dbg !303, !tbaa !19
  %45 = getelementptr inbounds nuw %struct.node, ptr %44, i32 0, i32 1, !dbg !304
  store ptr null, ptr %45, align 8, !dbg !305, !tbaa !72
  %46 = load ptr, ptr %3, align 8, !dbg !306, !tbaa !19
  %47 = call ptr @sort(ptr noundef %46), !dbg !307
  %48 = load ptr, ptr %6, align 8, !dbg !308, !tbaa !19
  %49 = call ptr @sort(ptr noundef %48), !dbg !309
  %50 = call ptr @merge(ptr noundef %47, ptr noundef %49), !dbg !310
  store ptr %50, ptr %2, align 8, !dbg !311
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !312
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !312
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !312
  br label %51

51:                                               ; preds = %40, %14
  %52 = load ptr, ptr %2, align 8, !dbg !313
  ret ptr %52, !dbg !314
}

; Function Attrs: nounwind uwtable
define internal void @remove_if(ptr noundef %0, ptr noundef %1) #0 !dbg !315 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !316
  store ptr %1, ptr %4, align 8, !tbaa !319
  br label %6, !dbg !320

6:                                                ; preds = %30, %2
  %7 = load ptr, ptr %3, align 8, !dbg !321, !tbaa !316
  %8 = load ptr, ptr %7, align 8, !dbg !322, !tbaa !19
  %9 = icmp ne ptr %8, null, !dbg !323
  br i1 %9, label %10, label %31, !dbg !324

10:                                               ; preds = %6
  %11 = load ptr, ptr %4, align 8, !dbg !325, !tbaa !319
  %12 = load ptr, ptr %3, align 8, !dbg !326, !tbaa !316
  %13 = load ptr, ptr %12, align 8, !dbg !327, !tbaa !19
  %14 = getelementptr inbounds nuw %struct.node, ptr %13, i32 0, i32 0, !dbg !328
  %15 = load i32, ptr %14, align 8, !dbg !328, !tbaa !57
  %16 = call i32 %11(i32 noundef %15), !dbg !325
  %17 = icmp ne i32 %16, 0, !dbg !329
  br i1 %17, label %18, label %26, !dbg !330

18:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !331
  %19 = load ptr, ptr %3, align 8, !dbg !332, !tbaa !316
  %20 = load ptr, ptr %19, align 8, !dbg !333, !tbaa !19
  store ptr %20, ptr %5, align 8, !dbg !334, !tbaa !19
  %21 = load ptr, ptr %5, align 8, !dbg !335, !tbaa !19
  %22 = getelementptr inbounds nuw %struct.node, ptr %21, i32 0, i32 1, !dbg !336
  %23 = load ptr, ptr %22, align 8, !dbg !337, !tbaa !72
  %24 = load ptr, ptr %3, align 8, !dbg !338, !tbaa !316
  store ptr %23, ptr %24, align 8, !dbg !339, !tbaa !19
  %25 = load ptr, ptr %5, align 8, !dbg !340, !tbaa !19
  call void @free(ptr noundef %25) #6, !dbg !341
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !342
  br label %30, !dbg !342

26:                                               ; preds = %10
  %27 = load ptr, ptr %3, align 8, !dbg !343, !tbaa !316
  %28 = load ptr, ptr %27, align 8, !dbg !344, !tbaa !19
  %29 = getelementptr inbounds nuw %struct.node, ptr %28, i32 0, i32 1, !dbg !345
  store ptr %29, ptr %3, align 8, !dbg !346, !tbaa !316
  br label %30

30:                                               ; preds = %26, %18
  br label %6, !dbg !320, !llvm.loop !347

31:                                               ; preds = %6
  ret void, !dbg !349
}

; Function Attrs: nounwind uwtable
define internal i32 @div3(i32 noundef %0) #0 !dbg !350 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  %3 = load i32, ptr %2, align 4, !dbg !351, !tbaa !9
  %4 = srem i32 %3, 3, !dbg !352
  %5 = icmp eq i32 %4, 0, !dbg !353
  %6 = zext i1 %5 to i32, !dbg !354
  ret i32 %6, !dbg !355
}

; Function Attrs: nounwind
declare !dbg !356 void @free(ptr noundef) #3

; Function Attrs: nounwind allocsize(0)
declare !dbg !358 noalias ptr @malloc(i64 noundef) #4

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: nounwind uwtable
define internal ptr @merge(ptr noundef %0, ptr noundef %1) #0 !dbg !359 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %struct.node, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !19
  store ptr %1, ptr %4, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !360
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !360
  store ptr %5, ptr %6, align 8, !dbg !361, !tbaa !19
  br label %7, !dbg !362

7:                                                ; preds = %37, %2
  %8 = load ptr, ptr %3, align 8, !dbg !363, !tbaa !19
  %9 = icmp ne ptr %8, null, !dbg !364
  br i1 %9, label %10, label %13, !dbg !365

10:                                               ; preds = %7
  %11 = load ptr, ptr %4, align 8, !dbg !366, !tbaa !19
  %12 = icmp ne ptr %11, null, !dbg !367
  br label %13

13:                                               ; preds = %10, %7
  %14 = phi i1 [ false, %7 ], [ %12, %10 ], !dbg !368
  br i1 %14, label %15, label %41, !dbg !369

15:                                               ; preds = %13
  %16 = load ptr, ptr %3, align 8, !dbg !370, !tbaa !19
  %17 = getelementptr inbounds nuw %struct.node, ptr %16, i32 0, i32 0, !dbg !371
  %18 = load i32, ptr %17, align 8, !dbg !371, !tbaa !57
  %19 = load ptr, ptr %4, align 8, !dbg !372, !tbaa !19
  %20 = getelementptr inbounds nuw %struct.node, ptr %19, i32 0, i32 0, !dbg !373
  %21 = load i32, ptr %20, align 8, !dbg !373, !tbaa !57
  %22 = icmp sle i32 %18, %21, !dbg !374
  br i1 %22, label %23, label %30, !dbg !375

23:                                               ; preds = %15
  %24 = load ptr, ptr %3, align 8, !dbg !376, !tbaa !19
  %25 = load ptr, ptr %6, align 8, !dbg !377, !tbaa !19
  %26 = getelementptr inbounds nuw %struct.node, ptr %25, i32 0, i32 1, !dbg !378
  store ptr %24, ptr %26, align 8, !dbg !379, !tbaa !72
  %27 = load ptr, ptr %3, align 8, !dbg !380, !tbaa !19
  %28 = getelementptr inbounds nuw %struct.node, ptr %27, i32 0, i32 1, !dbg !381
  %29 = load ptr, ptr %28, align 8, !dbg !382, !tbaa !72
  store ptr %29, ptr %3, align 8, !dbg !383, !tbaa !19
  br label %37, !dbg !384

30:                                               ; preds = %15
  %31 = load ptr, ptr %4, align 8, !dbg !385, !tbaa !19
  %32 = load ptr, ptr %6, align 8, !dbg !386, !tbaa !19
  %33 = getelementptr inbounds nuw %struct.node, ptr %32, i32 0, i32 1, !dbg !387
  store ptr %31, ptr %33, align 8, !dbg !388, !tbaa !72
  %34 = load ptr, ptr %4, align 8, !dbg !389, !tbaa !19
  %35 = getelementptr inbounds nuw %struct.node, ptr %34, i32 0, i32 1, !dbg !390
  %36 = load ptr, ptr %35, align 8, !dbg !391, !tbaa !72
  store ptr %36, ptr %4, align 8, !dbg !392, !tbaa !19
  br label %37

37:                                               ; preds = %30, %23
  %38 = load ptr, ptr %6, align 8, !dbg !393, !tbaa !19
  %39 = getelementptr inbounds nuw %struct.node, ptr %38, i32 0, i32 1, !dbg !394
  %40 = load ptr, ptr %39, align 8, !dbg !395, !tbaa !72
  store ptr %40, ptr %6, align 8, !dbg !396, !tbaa !19
  br label %7, !dbg !362, !llvm.loop !397

41:                                               ; preds = %13
  %42 = load ptr, ptr %3, align 8, !dbg !399, !tbaa !19
  %43 = icmp ne ptr %42, null, !dbg !400
  br i1 %43, label %44, label %46, !dbg !401

44:                                               ; preds = %41
  %45 = load ptr, ptr %3, align 8, !dbg !402, !tbaa !19
  br label %48, !dbg !399

46:                                               ; preds = %41
  %47 = load ptr, ptr %4, align 8, !dbg !403, !tbaa !19
  br label %48, !dbg !399

48:                                               ; preds = %46, %44
  %49 = phi ptr [ %45, %44 ], [ %47, %46 ], !dbg !404
  %50 = load ptr, ptr %6, align 8, !dbg !405, !tbaa !19
  %51 = getelementptr inbounds nuw %struct.node, ptr %50, i32 0, i32 1, !dbg !406
  store ptr %49, ptr %51, align 8, !dbg !407, !tbaa !72
  %52 = getelementptr inbounds nuw %struct.node, ptr %5, i32 0, i32 1, !dbg !408
  %53 = load ptr, ptr %52, align 8, !dbg !409, !tbaa !72
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !410
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !410
  ret ptr %53, !dbg !411
}

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }
attributes #7 = { nounwind allocsize(0) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "linked_list.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 28, type: !15, scopeLine: 28, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "linked_list.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 29, column: 5, scope: !13)
!18 = !DILocation(line: 29, column: 18, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !{!20, !20, i64 0}
!20 = !{!"p1 _ZTS4node", !21, i64 0}
!21 = !{!"any pointer", !11, i64 0}
!22 = !DILocation(line: 30, column: 10, scope: !13)
!23 = !DILocation(line: 30, column: 14, scope: !13, atomGroup: 2, atomRank: 1)
!24 = !DILocation(line: 30, column: 21, scope: !13)
!25 = !DILocation(line: 30, column: 23, scope: !13, atomGroup: 3, atomRank: 1)
!26 = !DILocation(line: 30, column: 5, scope: !13, atomGroup: 4, atomRank: 1)
!27 = !DILocation(line: 30, column: 5, scope: !13)
!28 = !DILocation(line: 30, column: 45, scope: !13)
!29 = !DILocation(line: 30, column: 49, scope: !13)
!30 = !DILocation(line: 30, column: 51, scope: !13)
!31 = !DILocation(line: 30, column: 59, scope: !13)
!32 = !DILocation(line: 30, column: 40, scope: !13, atomGroup: 5, atomRank: 2)
!33 = !DILocation(line: 30, column: 38, scope: !13, atomGroup: 5, atomRank: 1)
!34 = !DILocation(line: 30, column: 36, scope: !13, atomGroup: 7, atomRank: 1)
!35 = !DILocation(line: 30, column: 32, scope: !13)
!36 = !DILocation(line: 30, column: 32, scope: !13, atomGroup: 6, atomRank: 2)
!37 = !DILocation(line: 30, column: 32, scope: !13, atomGroup: 6, atomRank: 1)
!38 = distinct !{!38, !27, !39, !40}
!39 = !DILocation(line: 30, column: 65, scope: !13)
!40 = !{!"llvm.loop.mustprogress"}
!41 = !DILocation(line: 31, column: 38, scope: !13)
!42 = !DILocation(line: 31, column: 29, scope: !13)
!43 = !DILocation(line: 31, column: 5, scope: !13)
!44 = !DILocation(line: 32, column: 17, scope: !13)
!45 = !DILocation(line: 32, column: 9, scope: !13, atomGroup: 8, atomRank: 2)
!46 = !DILocation(line: 32, column: 7, scope: !13, atomGroup: 8, atomRank: 1)
!47 = !DILocation(line: 32, column: 55, scope: !13)
!48 = !DILocation(line: 32, column: 46, scope: !13)
!49 = !DILocation(line: 32, column: 21, scope: !13)
!50 = !DILocation(line: 33, column: 14, scope: !13)
!51 = !DILocation(line: 33, column: 9, scope: !13, atomGroup: 9, atomRank: 2)
!52 = !DILocation(line: 33, column: 7, scope: !13, atomGroup: 9, atomRank: 1)
!53 = !DILocation(line: 33, column: 59, scope: !13)
!54 = !DILocation(line: 33, column: 50, scope: !13)
!55 = !DILocation(line: 33, column: 63, scope: !13)
!56 = !DILocation(line: 33, column: 66, scope: !13)
!57 = !{!58, !10, i64 0}
!58 = !{!"node", !10, i64 0, !20, i64 8}
!59 = !DILocation(line: 33, column: 18, scope: !13)
!60 = !DILocation(line: 34, column: 5, scope: !13)
!61 = !DILocation(line: 34, column: 60, scope: !13)
!62 = !DILocation(line: 34, column: 51, scope: !13)
!63 = !DILocation(line: 34, column: 26, scope: !13)
!64 = !DILocation(line: 35, column: 5, scope: !13)
!65 = !DILocation(line: 35, column: 12, scope: !13)
!66 = !DILocation(line: 35, column: 5, scope: !13, atomGroup: 10, atomRank: 1)
!67 = !DILocation(line: 35, column: 5, scope: !13, atomGroup: 11, atomRank: 1)
!68 = !DILocation(line: 35, column: 17, scope: !13)
!69 = !DILocation(line: 35, column: 34, scope: !13)
!70 = !DILocation(line: 35, column: 37, scope: !13)
!71 = !DILocation(line: 35, column: 37, scope: !13, atomGroup: 12, atomRank: 2)
!72 = !{!58, !20, i64 8}
!73 = !DILocation(line: 35, column: 30, scope: !13, atomGroup: 12, atomRank: 1)
!74 = !DILocation(line: 35, column: 48, scope: !13)
!75 = !DILocation(line: 35, column: 43, scope: !13)
!76 = !DILocation(line: 35, column: 56, scope: !13, atomGroup: 13, atomRank: 2)
!77 = !DILocation(line: 35, column: 54, scope: !13, atomGroup: 13, atomRank: 1)
!78 = !DILocation(line: 35, column: 59, scope: !13)
!79 = distinct !{!79, !64, !78, !40}
!80 = !DILocation(line: 36, column: 5, scope: !13)
!81 = !DILocation(line: 36, column: 19, scope: !13, atomGroup: 14, atomRank: 1)
!82 = !{!83, !83, i64 0}
!83 = !{!"p1 _ZTS5dnode", !21, i64 0}
!84 = !DILocation(line: 36, column: 33, scope: !13, atomGroup: 15, atomRank: 1)
!85 = !DILocation(line: 37, column: 10, scope: !13)
!86 = !DILocation(line: 37, column: 14, scope: !13, atomGroup: 16, atomRank: 1)
!87 = !DILocation(line: 37, column: 21, scope: !13)
!88 = !DILocation(line: 37, column: 23, scope: !13, atomGroup: 17, atomRank: 1)
!89 = !DILocation(line: 37, column: 5, scope: !13, atomGroup: 18, atomRank: 1)
!90 = !DILocation(line: 37, column: 5, scope: !13)
!91 = !DILocation(line: 38, column: 9, scope: !13)
!92 = !DILocation(line: 38, column: 27, scope: !13, atomGroup: 19, atomRank: 2)
!93 = !DILocation(line: 38, column: 23, scope: !13, atomGroup: 19, atomRank: 1)
!94 = !DILocation(line: 38, column: 53, scope: !13)
!95 = !DILocation(line: 38, column: 55, scope: !13, atomGroup: 20, atomRank: 2)
!96 = !DILocation(line: 38, column: 46, scope: !13)
!97 = !DILocation(line: 38, column: 49, scope: !13)
!98 = !DILocation(line: 38, column: 51, scope: !13, atomGroup: 20, atomRank: 1)
!99 = !{!100, !101, i64 0}
!100 = !{!"dnode", !101, i64 0, !83, i64 8, !83, i64 16}
!101 = !{!"double", !11, i64 0}
!102 = !DILocation(line: 38, column: 62, scope: !13)
!103 = !DILocation(line: 38, column: 65, scope: !13)
!104 = !DILocation(line: 38, column: 70, scope: !13, atomGroup: 21, atomRank: 1)
!105 = !{!100, !83, i64 16}
!106 = !DILocation(line: 38, column: 88, scope: !13, atomGroup: 22, atomRank: 2)
!107 = !DILocation(line: 38, column: 78, scope: !13)
!108 = !DILocation(line: 38, column: 81, scope: !13)
!109 = !DILocation(line: 38, column: 86, scope: !13, atomGroup: 22, atomRank: 1)
!110 = !{!100, !83, i64 8}
!111 = !DILocation(line: 39, column: 13, scope: !13)
!112 = !DILocation(line: 39, column: 13, scope: !13, atomGroup: 23, atomRank: 2)
!113 = !DILocation(line: 39, column: 13, scope: !13, atomGroup: 23, atomRank: 1)
!114 = !DILocation(line: 39, column: 32, scope: !13, atomGroup: 24, atomRank: 2)
!115 = !DILocation(line: 39, column: 19, scope: !13)
!116 = !DILocation(line: 39, column: 25, scope: !13)
!117 = !DILocation(line: 39, column: 30, scope: !13, atomGroup: 24, atomRank: 1)
!118 = !DILocation(line: 39, column: 47, scope: !13, atomGroup: 25, atomRank: 2)
!119 = !DILocation(line: 39, column: 45, scope: !13, atomGroup: 25, atomRank: 1)
!120 = !DILocation(line: 40, column: 16, scope: !13, atomGroup: 26, atomRank: 2)
!121 = !DILocation(line: 40, column: 14, scope: !13, atomGroup: 26, atomRank: 1)
!122 = !DILocation(line: 41, column: 5, scope: !13)
!123 = !DILocation(line: 41, column: 5, scope: !13, atomGroup: 28, atomRank: 1)
!124 = !DILocation(line: 37, column: 30, scope: !13)
!125 = !DILocation(line: 37, column: 30, scope: !13, atomGroup: 27, atomRank: 2)
!126 = !DILocation(line: 37, column: 30, scope: !13, atomGroup: 27, atomRank: 1)
!127 = distinct !{!127, !90, !122, !40}
!128 = !DILocation(line: 42, column: 5, scope: !13)
!129 = !DILocation(line: 42, column: 12, scope: !13, atomGroup: 29, atomRank: 1)
!130 = !{!101, !101, i64 0}
!131 = !DILocation(line: 42, column: 20, scope: !13, atomGroup: 30, atomRank: 1)
!132 = !DILocation(line: 43, column: 10, scope: !13)
!133 = !DILocation(line: 43, column: 28, scope: !13, atomGroup: 31, atomRank: 2)
!134 = !DILocation(line: 43, column: 24, scope: !13, atomGroup: 31, atomRank: 1)
!135 = !DILocation(line: 43, column: 34, scope: !13)
!136 = !DILocation(line: 43, column: 5, scope: !13, atomGroup: 32, atomRank: 1)
!137 = !DILocation(line: 43, column: 5, scope: !13, atomGroup: 33, atomRank: 1)
!138 = !DILocation(line: 43, column: 5, scope: !13)
!139 = !DILocation(line: 43, column: 55, scope: !13)
!140 = !DILocation(line: 43, column: 66, scope: !13)
!141 = !DILocation(line: 43, column: 69, scope: !13)
!142 = !DILocation(line: 43, column: 64, scope: !13, atomGroup: 34, atomRank: 2)
!143 = !DILocation(line: 43, column: 53, scope: !13, atomGroup: 34, atomRank: 1)
!144 = !DILocation(line: 43, column: 50, scope: !13, atomGroup: 36, atomRank: 1)
!145 = !DILocation(line: 43, column: 41, scope: !13)
!146 = !DILocation(line: 43, column: 44, scope: !13)
!147 = !DILocation(line: 43, column: 44, scope: !13, atomGroup: 35, atomRank: 2)
!148 = !DILocation(line: 43, column: 39, scope: !13, atomGroup: 35, atomRank: 1)
!149 = distinct !{!149, !138, !141, !40}
!150 = !DILocation(line: 44, column: 10, scope: !13)
!151 = !DILocation(line: 44, column: 28, scope: !13, atomGroup: 37, atomRank: 2)
!152 = !DILocation(line: 44, column: 24, scope: !13, atomGroup: 37, atomRank: 1)
!153 = !DILocation(line: 44, column: 34, scope: !13)
!154 = !DILocation(line: 44, column: 5, scope: !13, atomGroup: 38, atomRank: 1)
!155 = !DILocation(line: 44, column: 5, scope: !13, atomGroup: 39, atomRank: 1)
!156 = !DILocation(line: 44, column: 5, scope: !13)
!157 = !DILocation(line: 44, column: 55, scope: !13)
!158 = !DILocation(line: 44, column: 66, scope: !13)
!159 = !DILocation(line: 44, column: 69, scope: !13)
!160 = !DILocation(line: 44, column: 64, scope: !13, atomGroup: 40, atomRank: 2)
!161 = !DILocation(line: 44, column: 53, scope: !13, atomGroup: 40, atomRank: 1)
!162 = !DILocation(line: 44, column: 50, scope: !13, atomGroup: 42, atomRank: 1)
!163 = !DILocation(line: 44, column: 41, scope: !13)
!164 = !DILocation(line: 44, column: 44, scope: !13)
!165 = !DILocation(line: 44, column: 44, scope: !13, atomGroup: 41, atomRank: 2)
!166 = !DILocation(line: 44, column: 39, scope: !13, atomGroup: 41, atomRank: 1)
!167 = distinct !{!167, !156, !159, !40}
!168 = !DILocation(line: 45, column: 35, scope: !13)
!169 = !DILocation(line: 45, column: 39, scope: !13)
!170 = !DILocation(line: 45, column: 5, scope: !13)
!171 = !DILocation(line: 46, column: 5, scope: !13)
!172 = !DILocation(line: 46, column: 12, scope: !13)
!173 = !DILocation(line: 46, column: 5, scope: !13, atomGroup: 43, atomRank: 1)
!174 = !DILocation(line: 46, column: 5, scope: !13, atomGroup: 44, atomRank: 1)
!175 = !DILocation(line: 46, column: 20, scope: !13)
!176 = !DILocation(line: 46, column: 38, scope: !13)
!177 = !DILocation(line: 46, column: 44, scope: !13)
!178 = !DILocation(line: 46, column: 44, scope: !13, atomGroup: 45, atomRank: 2)
!179 = !DILocation(line: 46, column: 34, scope: !13, atomGroup: 45, atomRank: 1)
!180 = !DILocation(line: 46, column: 55, scope: !13)
!181 = !DILocation(line: 46, column: 50, scope: !13)
!182 = !DILocation(line: 46, column: 69, scope: !13, atomGroup: 46, atomRank: 2)
!183 = !DILocation(line: 46, column: 67, scope: !13, atomGroup: 46, atomRank: 1)
!184 = !DILocation(line: 46, column: 72, scope: !13)
!185 = distinct !{!185, !171, !184, !40}
!186 = !DILocation(line: 48, column: 1, scope: !13)
!187 = !DILocation(line: 47, column: 5, scope: !13, atomGroup: 48, atomRank: 1)
!188 = distinct !DISubprogram(name: "push", scope: !14, file: !14, line: 8, type: !15, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!189 = !DILocation(line: 8, column: 51, scope: !188)
!190 = !DILocation(line: 8, column: 68, scope: !188, atomGroup: 1, atomRank: 2)
!191 = !DILocation(line: 8, column: 64, scope: !188, atomGroup: 1, atomRank: 1)
!192 = !DILocation(line: 8, column: 94, scope: !188, atomGroup: 2, atomRank: 2)
!193 = !DILocation(line: 8, column: 87, scope: !188)
!194 = !DILocation(line: 8, column: 90, scope: !188)
!195 = !DILocation(line: 8, column: 92, scope: !188, atomGroup: 2, atomRank: 1)
!196 = !DILocation(line: 8, column: 107, scope: !188, atomGroup: 3, atomRank: 2)
!197 = !DILocation(line: 8, column: 97, scope: !188)
!198 = !DILocation(line: 8, column: 100, scope: !188)
!199 = !DILocation(line: 8, column: 105, scope: !188, atomGroup: 3, atomRank: 1)
!200 = !DILocation(line: 8, column: 117, scope: !188, atomGroup: 5, atomRank: 2)
!201 = !DILocation(line: 8, column: 120, scope: !188)
!202 = !DILocation(line: 8, column: 110, scope: !188, atomGroup: 5, atomRank: 1)
!203 = !DISubprogram(name: "printf", scope: !204, file: !204, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!204 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!205 = distinct !DISubprogram(name: "checksum", scope: !14, file: !14, line: 26, type: !15, scopeLine: 26, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!206 = !DILocation(line: 26, column: 46, scope: !205)
!207 = !DILocation(line: 26, column: 51, scope: !205, atomGroup: 1, atomRank: 1)
!208 = !{!209, !209, i64 0}
!209 = !{!"long", !11, i64 0}
!210 = !DILocation(line: 26, column: 58, scope: !205)
!211 = !DILocation(line: 26, column: 62, scope: !205, atomGroup: 2, atomRank: 1)
!212 = !DILocation(line: 26, column: 69, scope: !205)
!213 = !DILocation(line: 26, column: 76, scope: !205)
!214 = !DILocation(line: 26, column: 69, scope: !205, atomGroup: 3, atomRank: 1)
!215 = !DILocation(line: 26, column: 69, scope: !205, atomGroup: 4, atomRank: 1)
!216 = !DILocation(line: 26, column: 103, scope: !205)
!217 = !DILocation(line: 26, column: 106, scope: !205)
!218 = !DILocation(line: 26, column: 97, scope: !205)
!219 = !DILocation(line: 26, column: 111, scope: !205)
!220 = !DILocation(line: 26, column: 111, scope: !205, atomGroup: 6, atomRank: 2)
!221 = !DILocation(line: 26, column: 111, scope: !205, atomGroup: 6, atomRank: 1)
!222 = !DILocation(line: 26, column: 110, scope: !205)
!223 = !DILocation(line: 26, column: 108, scope: !205)
!224 = !DILocation(line: 26, column: 94, scope: !205)
!225 = !DILocation(line: 26, column: 94, scope: !205, atomGroup: 5, atomRank: 2)
!226 = !DILocation(line: 26, column: 94, scope: !205, atomGroup: 5, atomRank: 1)
!227 = !DILocation(line: 26, column: 92, scope: !205, atomGroup: 8, atomRank: 1)
!228 = !DILocation(line: 26, column: 83, scope: !205)
!229 = !DILocation(line: 26, column: 86, scope: !205)
!230 = !DILocation(line: 26, column: 86, scope: !205, atomGroup: 7, atomRank: 2)
!231 = !DILocation(line: 26, column: 81, scope: !205, atomGroup: 7, atomRank: 1)
!232 = distinct !{!232, !212, !219, !40}
!233 = !DILocation(line: 26, column: 122, scope: !205, atomGroup: 10, atomRank: 2)
!234 = !DILocation(line: 26, column: 125, scope: !205)
!235 = !DILocation(line: 26, column: 115, scope: !205, atomGroup: 10, atomRank: 1)
!236 = distinct !DISubprogram(name: "reverse", scope: !14, file: !14, line: 9, type: !15, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!237 = !DILocation(line: 9, column: 47, scope: !236)
!238 = !DILocation(line: 9, column: 60, scope: !236, atomGroup: 1, atomRank: 1)
!239 = !DILocation(line: 9, column: 70, scope: !236)
!240 = !DILocation(line: 9, column: 77, scope: !236)
!241 = !DILocation(line: 9, column: 70, scope: !236, atomGroup: 2, atomRank: 1)
!242 = !DILocation(line: 9, column: 70, scope: !236, atomGroup: 3, atomRank: 1)
!243 = !DILocation(line: 9, column: 82, scope: !236)
!244 = !DILocation(line: 9, column: 99, scope: !236)
!245 = !DILocation(line: 9, column: 102, scope: !236)
!246 = !DILocation(line: 9, column: 102, scope: !236, atomGroup: 4, atomRank: 2)
!247 = !DILocation(line: 9, column: 95, scope: !236, atomGroup: 4, atomRank: 1)
!248 = !DILocation(line: 9, column: 118, scope: !236, atomGroup: 5, atomRank: 2)
!249 = !DILocation(line: 9, column: 108, scope: !236)
!250 = !DILocation(line: 9, column: 111, scope: !236)
!251 = !DILocation(line: 9, column: 116, scope: !236, atomGroup: 5, atomRank: 1)
!252 = !DILocation(line: 9, column: 125, scope: !236, atomGroup: 6, atomRank: 2)
!253 = !DILocation(line: 9, column: 123, scope: !236, atomGroup: 6, atomRank: 1)
!254 = !DILocation(line: 9, column: 132, scope: !236, atomGroup: 7, atomRank: 2)
!255 = !DILocation(line: 9, column: 130, scope: !236, atomGroup: 7, atomRank: 1)
!256 = !DILocation(line: 9, column: 135, scope: !236)
!257 = distinct !{!257, !239, !256, !40}
!258 = !DILocation(line: 9, column: 144, scope: !236, atomGroup: 9, atomRank: 2)
!259 = !DILocation(line: 9, column: 147, scope: !236)
!260 = !DILocation(line: 9, column: 137, scope: !236, atomGroup: 9, atomRank: 1)
!261 = distinct !DISubprogram(name: "sort", scope: !14, file: !14, line: 15, type: !15, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!262 = !DILocation(line: 16, column: 10, scope: !261)
!263 = !DILocation(line: 16, column: 10, scope: !261, atomGroup: 1, atomRank: 2)
!264 = !DILocation(line: 16, column: 12, scope: !261, atomGroup: 1, atomRank: 1)
!265 = !DILocation(line: 16, column: 16, scope: !261)
!266 = !DILocation(line: 16, column: 19, scope: !261)
!267 = !DILocation(line: 16, column: 16, scope: !261, atomGroup: 2, atomRank: 2)
!268 = !DILocation(line: 16, column: 12, scope: !261, atomGroup: 2, atomRank: 1)
!269 = !DILocation(line: 16, column: 32, scope: !261, atomGroup: 3, atomRank: 2)
!270 = !DILocation(line: 16, column: 25, scope: !261, atomGroup: 3, atomRank: 1)
!271 = !DILocation(line: 17, column: 5, scope: !261)
!272 = !DILocation(line: 17, column: 25, scope: !261, atomGroup: 4, atomRank: 2)
!273 = !DILocation(line: 17, column: 18, scope: !261, atomGroup: 4, atomRank: 1)
!274 = !DILocation(line: 17, column: 36, scope: !261)
!275 = !DILocation(line: 17, column: 39, scope: !261)
!276 = !DILocation(line: 17, column: 39, scope: !261, atomGroup: 5, atomRank: 2)
!277 = !DILocation(line: 17, column: 29, scope: !261, atomGroup: 5, atomRank: 1)
!278 = !DILocation(line: 18, column: 5, scope: !261)
!279 = !DILocation(line: 18, column: 12, scope: !261)
!280 = !DILocation(line: 18, column: 12, scope: !261, atomGroup: 6, atomRank: 2)
!281 = !DILocation(line: 18, column: 17, scope: !261, atomGroup: 6, atomRank: 1)
!282 = !DILocation(line: 18, column: 20, scope: !261)
!283 = !DILocation(line: 18, column: 26, scope: !261)
!284 = !DILocation(line: 18, column: 17, scope: !261)
!285 = !DILocation(line: 0, scope: !261)
!286 = !DILocation(line: 18, column: 5, scope: !261, atomGroup: 7, atomRank: 1)
!287 = !DILocation(line: 18, column: 41, scope: !261)
!288 = !DILocation(line: 18, column: 47, scope: !261)
!289 = !DILocation(line: 18, column: 47, scope: !261, atomGroup: 8, atomRank: 2)
!290 = !DILocation(line: 18, column: 39, scope: !261, atomGroup: 8, atomRank: 1)
!291 = !DILocation(line: 18, column: 60, scope: !261)
!292 = !DILocation(line: 18, column: 66, scope: !261)
!293 = !DILocation(line: 18, column: 72, scope: !261)
!294 = !DILocation(line: 18, column: 72, scope: !261, atomGroup: 9, atomRank: 2)
!295 = !DILocation(line: 18, column: 58, scope: !261, atomGroup: 9, atomRank: 1)
!296 = distinct !{!296, !278, !297, !40}
!297 = !DILocation(line: 18, column: 78, scope: !261)
!298 = !DILocation(line: 19, column: 5, scope: !261)
!299 = !DILocation(line: 19, column: 22, scope: !261)
!300 = !DILocation(line: 19, column: 28, scope: !261)
!301 = !DILocation(line: 19, column: 28, scope: !261, atomGroup: 10, atomRank: 2)
!302 = !DILocation(line: 19, column: 18, scope: !261, atomGroup: 10, atomRank: 1)
!303 = !DILocation(line: 19, column: 34, scope: !261)
!304 = !DILocation(line: 19, column: 40, scope: !261)
!305 = !DILocation(line: 19, column: 45, scope: !261, atomGroup: 11, atomRank: 1)
!306 = !DILocation(line: 20, column: 23, scope: !261)
!307 = !DILocation(line: 20, column: 18, scope: !261)
!308 = !DILocation(line: 20, column: 32, scope: !261)
!309 = !DILocation(line: 20, column: 27, scope: !261)
!310 = !DILocation(line: 20, column: 12, scope: !261, atomGroup: 12, atomRank: 2)
!311 = !DILocation(line: 20, column: 5, scope: !261, atomGroup: 12, atomRank: 1)
!312 = !DILocation(line: 21, column: 1, scope: !261)
!313 = !DILocation(line: 21, column: 1, scope: !261, atomGroup: 13, atomRank: 2)
!314 = !DILocation(line: 21, column: 1, scope: !261, atomGroup: 13, atomRank: 1)
!315 = distinct !DISubprogram(name: "remove_if", scope: !14, file: !14, line: 22, type: !15, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!316 = !{!317, !317, i64 0}
!317 = !{!"p2 _ZTS4node", !318, i64 0}
!318 = !{!"any p2 pointer", !21, i64 0}
!319 = !{!21, !21, i64 0}
!320 = !DILocation(line: 23, column: 5, scope: !315)
!321 = !DILocation(line: 23, column: 13, scope: !315)
!322 = !DILocation(line: 23, column: 12, scope: !315)
!323 = !DILocation(line: 23, column: 5, scope: !315, atomGroup: 1, atomRank: 1)
!324 = !DILocation(line: 23, column: 5, scope: !315, atomGroup: 2, atomRank: 1)
!325 = !DILocation(line: 23, column: 23, scope: !315)
!326 = !DILocation(line: 23, column: 30, scope: !315)
!327 = !DILocation(line: 23, column: 29, scope: !315)
!328 = !DILocation(line: 23, column: 35, scope: !315)
!329 = !DILocation(line: 23, column: 23, scope: !315, atomGroup: 3, atomRank: 2)
!330 = !DILocation(line: 23, column: 23, scope: !315, atomGroup: 3, atomRank: 1)
!331 = !DILocation(line: 23, column: 41, scope: !315)
!332 = !DILocation(line: 23, column: 59, scope: !315)
!333 = !DILocation(line: 23, column: 58, scope: !315, atomGroup: 4, atomRank: 2)
!334 = !DILocation(line: 23, column: 54, scope: !315, atomGroup: 4, atomRank: 1)
!335 = !DILocation(line: 23, column: 69, scope: !315)
!336 = !DILocation(line: 23, column: 72, scope: !315)
!337 = !DILocation(line: 23, column: 72, scope: !315, atomGroup: 5, atomRank: 2)
!338 = !DILocation(line: 23, column: 64, scope: !315)
!339 = !DILocation(line: 23, column: 67, scope: !315, atomGroup: 5, atomRank: 1)
!340 = !DILocation(line: 23, column: 83, scope: !315)
!341 = !DILocation(line: 23, column: 78, scope: !315)
!342 = !DILocation(line: 23, column: 87, scope: !315)
!343 = !DILocation(line: 23, column: 102, scope: !315)
!344 = !DILocation(line: 23, column: 101, scope: !315)
!345 = !DILocation(line: 23, column: 107, scope: !315, atomGroup: 6, atomRank: 2)
!346 = !DILocation(line: 23, column: 97, scope: !315, atomGroup: 6, atomRank: 1)
!347 = distinct !{!347, !320, !348, !40}
!348 = !DILocation(line: 23, column: 113, scope: !315)
!349 = !DILocation(line: 24, column: 1, scope: !315, atomGroup: 7, atomRank: 1)
!350 = distinct !DISubprogram(name: "div3", scope: !14, file: !14, line: 25, type: !15, scopeLine: 25, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!351 = !DILocation(line: 25, column: 33, scope: !350)
!352 = !DILocation(line: 25, column: 35, scope: !350)
!353 = !DILocation(line: 25, column: 39, scope: !350, atomGroup: 1, atomRank: 3)
!354 = !DILocation(line: 25, column: 39, scope: !350, atomGroup: 1, atomRank: 2)
!355 = !DILocation(line: 25, column: 26, scope: !350, atomGroup: 1, atomRank: 1)
!356 = !DISubprogram(name: "free", scope: !357, file: !357, line: 568, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!357 = !DIFile(filename: "/usr/include/stdlib.h", directory: "")
!358 = !DISubprogram(name: "malloc", scope: !357, file: !357, line: 553, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!359 = distinct !DISubprogram(name: "merge", scope: !14, file: !14, line: 10, type: !15, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!360 = !DILocation(line: 11, column: 5, scope: !359)
!361 = !DILocation(line: 11, column: 24, scope: !359, atomGroup: 1, atomRank: 1)
!362 = !DILocation(line: 12, column: 5, scope: !359)
!363 = !DILocation(line: 12, column: 12, scope: !359)
!364 = !DILocation(line: 12, column: 12, scope: !359, atomGroup: 2, atomRank: 2)
!365 = !DILocation(line: 12, column: 14, scope: !359, atomGroup: 2, atomRank: 1)
!366 = !DILocation(line: 12, column: 17, scope: !359)
!367 = !DILocation(line: 12, column: 14, scope: !359)
!368 = !DILocation(line: 0, scope: !359)
!369 = !DILocation(line: 12, column: 5, scope: !359, atomGroup: 3, atomRank: 1)
!370 = !DILocation(line: 12, column: 26, scope: !359)
!371 = !DILocation(line: 12, column: 29, scope: !359)
!372 = !DILocation(line: 12, column: 34, scope: !359)
!373 = !DILocation(line: 12, column: 37, scope: !359)
!374 = !DILocation(line: 12, column: 31, scope: !359, atomGroup: 4, atomRank: 2)
!375 = !DILocation(line: 12, column: 31, scope: !359, atomGroup: 4, atomRank: 1)
!376 = !DILocation(line: 12, column: 52, scope: !359, atomGroup: 5, atomRank: 2)
!377 = !DILocation(line: 12, column: 42, scope: !359)
!378 = !DILocation(line: 12, column: 45, scope: !359)
!379 = !DILocation(line: 12, column: 50, scope: !359, atomGroup: 5, atomRank: 1)
!380 = !DILocation(line: 12, column: 59, scope: !359)
!381 = !DILocation(line: 12, column: 62, scope: !359)
!382 = !DILocation(line: 12, column: 62, scope: !359, atomGroup: 6, atomRank: 2)
!383 = !DILocation(line: 12, column: 57, scope: !359, atomGroup: 6, atomRank: 1)
!384 = !DILocation(line: 12, column: 68, scope: !359)
!385 = !DILocation(line: 12, column: 87, scope: !359, atomGroup: 7, atomRank: 2)
!386 = !DILocation(line: 12, column: 77, scope: !359)
!387 = !DILocation(line: 12, column: 80, scope: !359)
!388 = !DILocation(line: 12, column: 85, scope: !359, atomGroup: 7, atomRank: 1)
!389 = !DILocation(line: 12, column: 94, scope: !359)
!390 = !DILocation(line: 12, column: 97, scope: !359)
!391 = !DILocation(line: 12, column: 97, scope: !359, atomGroup: 8, atomRank: 2)
!392 = !DILocation(line: 12, column: 92, scope: !359, atomGroup: 8, atomRank: 1)
!393 = !DILocation(line: 12, column: 109, scope: !359)
!394 = !DILocation(line: 12, column: 112, scope: !359)
!395 = !DILocation(line: 12, column: 112, scope: !359, atomGroup: 9, atomRank: 2)
!396 = !DILocation(line: 12, column: 107, scope: !359, atomGroup: 9, atomRank: 1)
!397 = distinct !{!397, !362, !398, !40}
!398 = !DILocation(line: 12, column: 118, scope: !359)
!399 = !DILocation(line: 13, column: 15, scope: !359)
!400 = !DILocation(line: 13, column: 15, scope: !359, atomGroup: 11, atomRank: 2)
!401 = !DILocation(line: 13, column: 15, scope: !359, atomGroup: 11, atomRank: 1)
!402 = !DILocation(line: 13, column: 19, scope: !359)
!403 = !DILocation(line: 13, column: 23, scope: !359)
!404 = !DILocation(line: 13, column: 15, scope: !359, atomGroup: 10, atomRank: 2)
!405 = !DILocation(line: 13, column: 5, scope: !359)
!406 = !DILocation(line: 13, column: 8, scope: !359)
!407 = !DILocation(line: 13, column: 13, scope: !359, atomGroup: 10, atomRank: 1)
!408 = !DILocation(line: 13, column: 38, scope: !359)
!409 = !DILocation(line: 13, column: 38, scope: !359, atomGroup: 13, atomRank: 2)
!410 = !DILocation(line: 14, column: 1, scope: !359)
!411 = !DILocation(line: 13, column: 26, scope: !359, atomGroup: 13, atomRank: 1)
