; ModuleID = 'strings.c'
source_filename = "strings.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__const.main.buf = private unnamed_addr constant [128 x i8] c"The quick brown fox\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00", align 16
@.str = private unnamed_addr constant [25 x i8] c" jumps over the lazy dog\00", align 1
@.str.1 = private unnamed_addr constant [10 x i8] c"%zu [%s]\0A\00", align 1
@.str.2 = private unnamed_addr constant [26 x i8] c"chr %td rchr %td str %td\0A\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"lazy\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"cmp %d %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"rev [%s]\0A\00", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c"move [%s]\0A\00", align 1
@__const.main.toks = private unnamed_addr constant [25 x i8] c"alpha,beta;;gamma, delta\00", align 16
@.str.7 = private unnamed_addr constant [4 x i8] c",; \00", align 1
@.str.8 = private unnamed_addr constant [7 x i8] c"%d:%s \00", align 1
@.str.9 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.10 = private unnamed_addr constant [21 x i8] c"Mixed Case 123 text!\00", align 1
@.str.11 = private unnamed_addr constant [28 x i8] c"up [%s] span=%zu cspan=%zu\0A\00", align 1
@.str.12 = private unnamed_addr constant [7 x i8] c"aaabbc\00", align 1
@.str.13 = private unnamed_addr constant [3 x i8] c"ab\00", align 1
@.str.14 = private unnamed_addr constant [12 x i8] c"hello world\00", align 1
@.str.15 = private unnamed_addr constant [2 x i8] c" \00", align 1
@.str.16 = private unnamed_addr constant [10 x i8] c"duplicate\00", align 1
@.str.17 = private unnamed_addr constant [16 x i8] c"dup %s %ld %lu\0A\00", align 1
@.str.18 = private unnamed_addr constant [6 x i8] c"-0x1f\00", align 1
@.str.19 = private unnamed_addr constant [4 x i8] c"777\00", align 1

; Function Attrs: nounwind uwtable
define i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca [128 x i8], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca [128 x i8], align 16
  %7 = alloca [25 x i8], align 16
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca [64 x i8], align 16
  %11 = alloca i64, align 8
  %12 = alloca ptr, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7, !dbg !17
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.buf, i64 128, i1 false), !dbg !18
  %16 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !19
  %17 = call ptr @strcat(ptr noundef %16, ptr noundef @.str) #7, !dbg !20
  %18 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !21
  %19 = call i64 @strlen(ptr noundef %18) #8, !dbg !22
  %20 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !23
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %19, ptr noundef %20), !dbg !24
  %22 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !25
  %23 = call ptr @strchr(ptr noundef %22, i32 noundef 113) #8, !dbg !26
  %24 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !27
  %25 = ptrtoint ptr %23 to i64, !dbg !28
  %26 = ptrtoint ptr %24 to i64, !dbg !28
  %27 = sub i64 %25, %26, !dbg !28
  %28 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !29
  %29 = call ptr @strrchr(ptr noundef %28, i32 noundef 111) #8, !dbg !30
  %30 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !31
  %31 = ptrtoint ptr %29 to i64, !dbg !32
  %32 = ptrtoint ptr %30 to i64, !dbg !32
  %33 = sub i64 %31, %32, !dbg !32
  %34 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !33
  %35 = call ptr @strstr(ptr noundef %34, ptr noundef @.str.3) #8, !dbg !34
  %36 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !35
  %37 = ptrtoint ptr %35 to i64, !dbg !36
  %38 = ptrtoint ptr %36 to i64, !dbg !36
  %39 = sub i64 %37, %38, !dbg !36
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %27, i64 noundef %33, i64 noundef %39), !dbg !37
  call void @llvm.lifetime.start.p0(ptr %3) #7, !dbg !38
  store i32 -1, ptr %3, align 4, !dbg !39, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #7, !dbg !38
  store i32 0, ptr %4, align 4, !dbg !40, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #7, !dbg !38
  store i32 -1, ptr %5, align 4, !dbg !41, !tbaa !9
  %41 = load i32, ptr %3, align 4, !dbg !42, !tbaa !9
  %42 = icmp slt i32 %41, 0, !dbg !43
  br i1 %42, label %43, label %44, !dbg !44

43:                                               ; preds = %0
  br label %48, !dbg !42

44:                                               ; preds = %0
  %45 = load i32, ptr %3, align 4, !dbg !45, !tbaa !9
  %46 = icmp sgt i32 %45, 0, !dbg !46
  %47 = zext i1 %46 to i32, !dbg !46
  br label %48, !dbg !42

48:                                               ; preds = %44, %43
  %49 = phi i32 [ -1, %43 ], [ %47, %44 ], !dbg !42
  %50 = load i32, ptr %4, align 4, !dbg !47, !tbaa !9
  %51 = load i32, ptr %5, align 4, !dbg !48, !tbaa !9
  %52 = icmp slt i32 %51, 0, !dbg !49
  br i1 %52, label %53, label %54, !dbg !50

53:                                               ; preds = %48
  br label %58, !dbg !48

54:                                               ; preds = %48
  %55 = load i32, ptr %5, align 4, !dbg !51, !tbaa !9
  %56 = icmp sgt i32 %55, 0, !dbg !52
  %57 = zext i1 %56 to i32, !dbg !52
  br label %58, !dbg !48

58:                                               ; preds = %54, %53
  %59 = phi i32 [ -1, %53 ], [ %57, %54 ], !dbg !48
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %49, i32 noundef %50, i32 noundef %59), !dbg !53
  call void @llvm.lifetime.start.p0(ptr %6) #7, !dbg !54
  %61 = getelementptr inbounds [128 x i8], ptr %6, i64 0, i64 0, !dbg !55
  %62 = getelementptr inbounds [128 x i8], ptr %2, i64 0, i64 0, !dbg !56
  %63 = call ptr @strncpy(ptr noundef %61, ptr noundef %62, i64 noundef 128) #7, !dbg !57
  %64 = getelementptr inbounds [128 x i8], ptr %6, i64 0, i64 0, !dbg !58
  call void @reverse(ptr noundef %64), !dbg !59
  %65 = getelementptr inbounds [128 x i8], ptr %6, i64 0, i64 0, !dbg !60
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef %65), !dbg !61
  %67 = getelementptr inbounds [128 x i8], ptr %6, i64 0, i64 0, !dbg !62
  %68 = getelementptr inbounds i8, ptr %67, i64 4, !dbg !62
  %69 = getelementptr inbounds [128 x i8], ptr %6, i64 0, i64 0, !dbg !62
  call void @llvm.memmove.p0.p0.i64(ptr align 4 %68, ptr align 16 %69, i64 10, i1 false), !dbg !63
  %70 = getelementptr inbounds [128 x i8], ptr %6, i64 0, i64 14, !dbg !64
  store i8 0, ptr %70, align 2, !dbg !65, !tbaa !66
  %71 = getelementptr inbounds [128 x i8], ptr %6, i64 0, i64 0, !dbg !67
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, ptr noundef %71), !dbg !68
  call void @llvm.lifetime.start.p0(ptr %7) #7, !dbg !69
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %7, ptr align 16 @__const.main.toks, i64 25, i1 false), !dbg !70
  call void @llvm.lifetime.start.p0(ptr %8) #7, !dbg !71
  store i32 0, ptr %8, align 4, !dbg !72, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #7, !dbg !73
  %73 = getelementptr inbounds [25 x i8], ptr %7, i64 0, i64 0, !dbg !74
  %74 = call ptr @strtok(ptr noundef %73, ptr noundef @.str.7) #7, !dbg !75
  store ptr %74, ptr %9, align 8, !dbg !76, !tbaa !77
  br label %75, !dbg !73

75:                                               ; preds = %84, %58
  %76 = load ptr, ptr %9, align 8, !dbg !80, !tbaa !77
  %77 = icmp ne ptr %76, null, !dbg !81
  br i1 %77, label %79, label %78, !dbg !82

78:                                               ; preds = %75
  call void @llvm.lifetime.end.p0(ptr %9) #7, !dbg !83
  br label %86

79:                                               ; preds = %75
  %80 = load i32, ptr %8, align 4, !dbg !84, !tbaa !9
  %81 = add nsw i32 %80, 1, !dbg !85
  store i32 %81, ptr %8, align 4, !dbg !86, !tbaa !9
  %82 = load ptr, ptr %9, align 8, !dbg !87, !tbaa !77
  %83 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %80, ptr noundef %82), !dbg !88
  br label %84, !dbg !89

84:                                               ; preds = %79
  %85 = call ptr @strtok(ptr noundef null, ptr noundef @.str.7) #7, !dbg !90
  store ptr %85, ptr %9, align 8, !dbg !91, !tbaa !77
  br label %75, !dbg !83, !llvm.loop !92

86:                                               ; preds = %78
  %87 = call i32 (ptr, ...) @printf(ptr noundef @.str.9), !dbg !95
  call void @llvm.lifetime.start.p0(ptr %10) #7, !dbg !96
  call void @llvm.lifetime.start.p0(ptr %11) #7, !dbg !97
  store i64 0, ptr %11, align 8, !dbg !98, !tbaa !99
  call void @llvm.lifetime.start.p0(ptr %12) #7, !dbg !101
  store ptr @.str.10, ptr %12, align 8, !dbg !102, !tbaa !77
  br label %88, !dbg !101

88:                                               ; preds = %141, %86
  %89 = load ptr, ptr %12, align 8, !dbg !103, !tbaa !77
  %90 = load i8, ptr %89, align 1, !dbg !104, !tbaa !66
  %91 = icmp ne i8 %90, 0, !dbg !105
  br i1 %91, label %93, label %92, !dbg !106

92:                                               ; preds = %88
  call void @llvm.lifetime.end.p0(ptr %12) #7, !dbg !107
  br label %144

93:                                               ; preds = %88
  %94 = call ptr @__ctype_b_loc() #9, !dbg !108
  %95 = load ptr, ptr %94, align 8, !dbg !108, !tbaa !109
  %96 = load ptr, ptr %12, align 8, !dbg !111, !tbaa !77
  %97 = load i8, ptr %96, align 1, !dbg !112, !tbaa !66
  %98 = zext i8 %97 to i32, !dbg !108
  %99 = sext i32 %98 to i64, !dbg !108
  %100 = getelementptr inbounds i16, ptr %95, i64 %99, !dbg !108
  %101 = load i16, ptr %100, align 2, !dbg !108, !tbaa !113
  %102 = zext i16 %101 to i32, !dbg !108
  %103 = and i32 %102, 1024, !dbg !108
  %104 = icmp ne i32 %103, 0, !dbg !115
  br i1 %104, label %105, label %116, !dbg !116

105:                                              ; preds = %93
  call void @llvm.lifetime.start.p0(ptr %13) #7, !dbg !117
  %106 = call ptr @__ctype_toupper_loc() #9, !dbg !117
  %107 = load ptr, ptr %106, align 8, !dbg !117, !tbaa !118
  %108 = load ptr, ptr %12, align 8, !dbg !120, !tbaa !77
  %109 = load i8, ptr %108, align 1, !dbg !121, !tbaa !66
  %110 = zext i8 %109 to i32, !dbg !117
  %111 = sext i32 %110 to i64, !dbg !117
  %112 = getelementptr inbounds i32, ptr %107, i64 %111, !dbg !117
  %113 = load i32, ptr %112, align 4, !dbg !122, !tbaa !9
  store i32 %113, ptr %13, align 4, !dbg !123, !tbaa !9
  %114 = load i32, ptr %13, align 4, !dbg !124, !tbaa !9
  store i32 %114, ptr %14, align 4, !dbg !125, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %13) #7, !dbg !117
  %115 = load i32, ptr %14, align 4, !dbg !117, !tbaa !9
  br label %135, !dbg !108

116:                                              ; preds = %93
  %117 = call ptr @__ctype_b_loc() #9, !dbg !126
  %118 = load ptr, ptr %117, align 8, !dbg !126, !tbaa !109
  %119 = load ptr, ptr %12, align 8, !dbg !127, !tbaa !77
  %120 = load i8, ptr %119, align 1, !dbg !128, !tbaa !66
  %121 = zext i8 %120 to i32, !dbg !126
  %122 = sext i32 %121 to i64, !dbg !126
  %123 = getelementptr inbounds i16, ptr %118, i64 %122, !dbg !126
  %124 = load i16, ptr %123, align 2, !dbg !126, !tbaa !113
  %125 = zext i16 %124 to i32, !dbg !126
  %126 = and i32 %125, 2048, !dbg !126
  %127 = icmp ne i32 %126, 0, !dbg !129
  br i1 %127, label %128, label %129, !dbg !130

128:                                              ; preds = %116
  br label %133, !dbg !126

129:                                              ; preds = %116
  %130 = load ptr, ptr %12, align 8, !dbg !131, !tbaa !77
  %131 = load i8, ptr %130, align 1, !dbg !132, !tbaa !66
  %132 = sext i8 %131 to i32, !dbg !132
  br label %133, !dbg !126

133:                                              ; preds = %129, %128
  %134 = phi i32 [ 35, %128 ], [ %132, %129 ], !dbg !126
  br label %135, !dbg !108

135:                                              ; preds = %133, %105
  %136 = phi i32 [ %115, %105 ], [ %134, %133 ], !dbg !133
  %137 = trunc i32 %136 to i8, !dbg !134
  %138 = load i64, ptr %11, align 8, !dbg !135, !tbaa !99
  %139 = add i64 %138, 1, !dbg !136
  store i64 %139, ptr %11, align 8, !dbg !137, !tbaa !99
  %140 = getelementptr inbounds nuw [64 x i8], ptr %10, i64 0, i64 %138, !dbg !138
  store i8 %137, ptr %140, align 1, !dbg !139, !tbaa !66
  br label %141, !dbg !140

141:                                              ; preds = %135
  %142 = load ptr, ptr %12, align 8, !dbg !141, !tbaa !77
  %143 = getelementptr inbounds nuw i8, ptr %142, i32 1, !dbg !142
  store ptr %143, ptr %12, align 8, !dbg !143, !tbaa !77
  br label %88, !dbg !107, !llvm.loop !144

144:                                              ; preds = %92
  %145 = load i64, ptr %11, align 8, !dbg !146, !tbaa !99
  %146 = getelementptr inbounds nuw [64 x i8], ptr %10, i64 0, i64 %145, !dbg !147
  store i8 0, ptr %146, align 1, !dbg !148, !tbaa !66
  %147 = getelementptr inbounds [64 x i8], ptr %10, i64 0, i64 0, !dbg !149
  %148 = call i64 @strspn(ptr noundef @.str.12, ptr noundef @.str.13) #8, !dbg !150
  %149 = call i64 @strcspn(ptr noundef @.str.14, ptr noundef @.str.15) #8, !dbg !151
  %150 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %147, i64 noundef %148, i64 noundef %149), !dbg !152
  call void @llvm.lifetime.start.p0(ptr %15) #7, !dbg !153
  %151 = call noalias ptr @strdup(ptr noundef @.str.16) #7, !dbg !154
  store ptr %151, ptr %15, align 8, !dbg !155, !tbaa !77
  %152 = load ptr, ptr %15, align 8, !dbg !156, !tbaa !77
  %153 = getelementptr inbounds i8, ptr %152, i64 0, !dbg !156
  store i8 68, ptr %153, align 1, !dbg !157, !tbaa !66
  %154 = load ptr, ptr %15, align 8, !dbg !158, !tbaa !77
  %155 = call i64 @strtol(ptr noundef @.str.18, ptr noundef null, i32 noundef 16) #7, !dbg !159
  %156 = call i64 @strtoul(ptr noundef @.str.19, ptr noundef null, i32 noundef 8) #7, !dbg !160
  %157 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, ptr noundef %154, i64 noundef %155, i64 noundef %156), !dbg !161
  %158 = load ptr, ptr %15, align 8, !dbg !162, !tbaa !77
  call void @free(ptr noundef %158) #7, !dbg !163
  call void @llvm.lifetime.end.p0(ptr %15) #7, !dbg !164
  call void @llvm.lifetime.end.p0(ptr %11) #7, !dbg !164
  call void @llvm.lifetime.end.p0(ptr %10) #7, !dbg !164
  call void @llvm.lifetime.end.p0(ptr %8) #7, !dbg !164
  call void @llvm.lifetime.end.p0(ptr %7) #7, !dbg !164
  call void @llvm.lifetime.end.p0(ptr %6) #7, !dbg !164
  call void @llvm.lifetime.end.p0(ptr %5) #7, !dbg !164
  call void @llvm.lifetime.end.p0(ptr %4) #7, !dbg !164
  call void @llvm.lifetime.end.p0(ptr %3) #7, !dbg !164
  call void @llvm.lifetime.end.p0(ptr %2) #7, !dbg !164
  ret i32 0, !dbg !165
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nounwind
declare !dbg !166 ptr @strcat(ptr noundef, ptr noundef) #3

declare !dbg !168 i32 @printf(ptr noundef, ...) #4

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !170 i64 @strlen(ptr noundef) #5

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !171 ptr @strchr(ptr noundef, i32 noundef) #5

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !172 ptr @strrchr(ptr noundef, i32 noundef) #5

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !173 ptr @strstr(ptr noundef, ptr noundef) #5

; Function Attrs: nounwind
declare !dbg !174 ptr @strncpy(ptr noundef, ptr noundef, i64 noundef) #3

; Function Attrs: nounwind uwtable
define internal void @reverse(ptr noundef %0) #0 !dbg !175 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i8, align 1
  store ptr %0, ptr %2, align 8, !tbaa !77
  call void @llvm.lifetime.start.p0(ptr %3) #7, !dbg !176
  %6 = load ptr, ptr %2, align 8, !dbg !177, !tbaa !77
  %7 = call i64 @strlen(ptr noundef %6) #8, !dbg !178
  store i64 %7, ptr %3, align 8, !dbg !179, !tbaa !99
  call void @llvm.lifetime.start.p0(ptr %4) #7, !dbg !180
  store i64 0, ptr %4, align 8, !dbg !181, !tbaa !99
  br label %8, !dbg !180

8:                                                ; preds = %36, %1
  %9 = load i64, ptr %4, align 8, !dbg !182, !tbaa !99
  %10 = load i64, ptr %3, align 8, !dbg !183, !tbaa !99
  %11 = udiv i64 %10, 2, !dbg !184
  %12 = icmp ult i64 %9, %11, !dbg !185
  br i1 %12, label %14, label %13, !dbg !186

13:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %4) #7, !dbg !187
  br label %39

14:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(ptr %5) #7, !dbg !188
  %15 = load ptr, ptr %2, align 8, !dbg !189, !tbaa !77
  %16 = load i64, ptr %4, align 8, !dbg !190, !tbaa !99
  %17 = getelementptr inbounds nuw i8, ptr %15, i64 %16, !dbg !189
  %18 = load i8, ptr %17, align 1, !dbg !191, !tbaa !66
  store i8 %18, ptr %5, align 1, !dbg !192, !tbaa !66
  %19 = load ptr, ptr %2, align 8, !dbg !193, !tbaa !77
  %20 = load i64, ptr %3, align 8, !dbg !194, !tbaa !99
  %21 = sub i64 %20, 1, !dbg !195
  %22 = load i64, ptr %4, align 8, !dbg !196, !tbaa !99
  %23 = sub i64 %21, %22, !dbg !197
  %24 = getelementptr inbounds nuw i8, ptr %19, i64 %23, !dbg !193
  %25 = load i8, ptr %24, align 1, !dbg !198, !tbaa !66
  %26 = load ptr, ptr %2, align 8, !dbg !199, !tbaa !77
  %27 = load i64, ptr %4, align 8, !dbg !200, !tbaa !99
  %28 = getelementptr inbounds nuw i8, ptr %26, i64 %27, !dbg !199
  store i8 %25, ptr %28, align 1, !dbg !201, !tbaa !66
  %29 = load i8, ptr %5, align 1, !dbg !202, !tbaa !66
  %30 = load ptr, ptr %2, align 8, !dbg !203, !tbaa !77
  %31 = load i64, ptr %3, align 8, !dbg !204, !tbaa !99
  %32 = sub i64 %31, 1, !dbg !205
  %33 = load i64, ptr %4, align 8, !dbg !206, !tbaa !99
  %34 = sub i64 %32, %33, !dbg !207
  %35 = getelementptr inbounds nuw i8, ptr %30, i64 %34, !dbg !203
  store i8 %29, ptr %35, align 1, !dbg !208, !tbaa !66
  call void @llvm.lifetime.end.p0(ptr %5) #7, !dbg !209
  br label %36, !dbg !210

36:                                               ; preds = %14
  %37 = load i64, ptr %4, align 8, !dbg !211, !tbaa !99
  %38 = add i64 %37, 1, !dbg !212
  store i64 %38, ptr %4, align 8, !dbg !213, !tbaa !99
  br label %8, !dbg !187, !llvm.loop !214

39:                                               ; preds = %13
  call void @llvm.lifetime.end.p0(ptr %3) #7, !dbg !215
  ret void, !dbg !216
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr writeonly captures(none), ptr readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nounwind
declare !dbg !217 ptr @strtok(ptr noundef, ptr noundef) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind willreturn memory(none)
declare !dbg !218 ptr @__ctype_b_loc() #6

; Function Attrs: nounwind willreturn memory(none)
declare !dbg !220 ptr @__ctype_toupper_loc() #6

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !221 i64 @strspn(ptr noundef, ptr noundef) #5

; Function Attrs: nounwind willreturn memory(read)
declare !dbg !222 i64 @strcspn(ptr noundef, ptr noundef) #5

; Function Attrs: nounwind
declare !dbg !223 noalias ptr @strdup(ptr noundef) #3

; Function Attrs: nounwind
declare !dbg !224 i64 @strtol(ptr noundef, ptr noundef, i32 noundef) #3

; Function Attrs: nounwind
declare !dbg !226 i64 @strtoul(ptr noundef, ptr noundef, i32 noundef) #3

; Function Attrs: nounwind
declare !dbg !227 void @free(ptr noundef) #3

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { nounwind willreturn memory(read) }
attributes #9 = { nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "strings.c", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 9, type: !15, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "strings.c", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 10, column: 5, scope: !13)
!18 = !DILocation(line: 10, column: 10, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !DILocation(line: 11, column: 12, scope: !13)
!20 = !DILocation(line: 11, column: 5, scope: !13)
!21 = !DILocation(line: 12, column: 33, scope: !13)
!22 = !DILocation(line: 12, column: 26, scope: !13)
!23 = !DILocation(line: 12, column: 39, scope: !13)
!24 = !DILocation(line: 12, column: 5, scope: !13)
!25 = !DILocation(line: 13, column: 49, scope: !13)
!26 = !DILocation(line: 13, column: 42, scope: !13)
!27 = !DILocation(line: 13, column: 61, scope: !13)
!28 = !DILocation(line: 13, column: 59, scope: !13)
!29 = !DILocation(line: 13, column: 74, scope: !13)
!30 = !DILocation(line: 13, column: 66, scope: !13)
!31 = !DILocation(line: 13, column: 86, scope: !13)
!32 = !DILocation(line: 13, column: 84, scope: !13)
!33 = !DILocation(line: 13, column: 98, scope: !13)
!34 = !DILocation(line: 13, column: 91, scope: !13)
!35 = !DILocation(line: 13, column: 113, scope: !13)
!36 = !DILocation(line: 13, column: 111, scope: !13)
!37 = !DILocation(line: 13, column: 5, scope: !13)
!38 = !DILocation(line: 14, column: 5, scope: !13)
!39 = !DILocation(line: 14, column: 9, scope: !13, atomGroup: 2, atomRank: 1)
!40 = !DILocation(line: 14, column: 42, scope: !13, atomGroup: 3, atomRank: 1)
!41 = !DILocation(line: 14, column: 79, scope: !13, atomGroup: 4, atomRank: 1)
!42 = !DILocation(line: 15, column: 30, scope: !13)
!43 = !DILocation(line: 15, column: 33, scope: !13, atomGroup: 5, atomRank: 2)
!44 = !DILocation(line: 15, column: 30, scope: !13, atomGroup: 5, atomRank: 1)
!45 = !DILocation(line: 15, column: 44, scope: !13)
!46 = !DILocation(line: 15, column: 47, scope: !13)
!47 = !DILocation(line: 15, column: 52, scope: !13)
!48 = !DILocation(line: 15, column: 56, scope: !13)
!49 = !DILocation(line: 15, column: 59, scope: !13, atomGroup: 6, atomRank: 2)
!50 = !DILocation(line: 15, column: 56, scope: !13, atomGroup: 6, atomRank: 1)
!51 = !DILocation(line: 15, column: 70, scope: !13)
!52 = !DILocation(line: 15, column: 73, scope: !13)
!53 = !DILocation(line: 15, column: 5, scope: !13)
!54 = !DILocation(line: 16, column: 5, scope: !13)
!55 = !DILocation(line: 16, column: 29, scope: !13)
!56 = !DILocation(line: 16, column: 35, scope: !13)
!57 = !DILocation(line: 16, column: 21, scope: !13)
!58 = !DILocation(line: 16, column: 62, scope: !13)
!59 = !DILocation(line: 16, column: 54, scope: !13)
!60 = !DILocation(line: 17, column: 26, scope: !13)
!61 = !DILocation(line: 17, column: 5, scope: !13)
!62 = !DILocation(line: 18, column: 5, scope: !13)
!63 = !DILocation(line: 18, column: 5, scope: !13, atomGroup: 7, atomRank: 1)
!64 = !DILocation(line: 18, column: 34, scope: !13)
!65 = !DILocation(line: 18, column: 43, scope: !13, atomGroup: 8, atomRank: 1)
!66 = !{!11, !11, i64 0}
!67 = !DILocation(line: 19, column: 27, scope: !13)
!68 = !DILocation(line: 19, column: 5, scope: !13)
!69 = !DILocation(line: 20, column: 5, scope: !13)
!70 = !DILocation(line: 20, column: 10, scope: !13, atomGroup: 9, atomRank: 1)
!71 = !DILocation(line: 21, column: 5, scope: !13)
!72 = !DILocation(line: 21, column: 9, scope: !13, atomGroup: 10, atomRank: 1)
!73 = !DILocation(line: 22, column: 10, scope: !13)
!74 = !DILocation(line: 22, column: 27, scope: !13)
!75 = !DILocation(line: 22, column: 20, scope: !13, atomGroup: 11, atomRank: 2)
!76 = !DILocation(line: 22, column: 16, scope: !13, atomGroup: 11, atomRank: 1)
!77 = !{!78, !78, i64 0}
!78 = !{!"p1 omnipotent char", !79, i64 0}
!79 = !{!"any pointer", !11, i64 0}
!80 = !DILocation(line: 22, column: 41, scope: !13)
!81 = !DILocation(line: 22, column: 5, scope: !13, atomGroup: 12, atomRank: 1)
!82 = !DILocation(line: 22, column: 5, scope: !13, atomGroup: 13, atomRank: 1)
!83 = !DILocation(line: 22, column: 5, scope: !13)
!84 = !DILocation(line: 22, column: 87, scope: !13)
!85 = !DILocation(line: 22, column: 87, scope: !13, atomGroup: 14, atomRank: 2)
!86 = !DILocation(line: 22, column: 87, scope: !13, atomGroup: 14, atomRank: 1)
!87 = !DILocation(line: 22, column: 91, scope: !13)
!88 = !DILocation(line: 22, column: 69, scope: !13)
!89 = !DILocation(line: 22, column: 69, scope: !13, atomGroup: 16, atomRank: 1)
!90 = !DILocation(line: 22, column: 48, scope: !13, atomGroup: 15, atomRank: 2)
!91 = !DILocation(line: 22, column: 46, scope: !13, atomGroup: 15, atomRank: 1)
!92 = distinct !{!92, !83, !93, !94}
!93 = !DILocation(line: 22, column: 92, scope: !13)
!94 = !{!"llvm.loop.mustprogress"}
!95 = !DILocation(line: 23, column: 5, scope: !13)
!96 = !DILocation(line: 24, column: 5, scope: !13)
!97 = !DILocation(line: 24, column: 18, scope: !13)
!98 = !DILocation(line: 24, column: 25, scope: !13, atomGroup: 17, atomRank: 1)
!99 = !{!100, !100, i64 0}
!100 = !{!"long", !11, i64 0}
!101 = !DILocation(line: 25, column: 10, scope: !13)
!102 = !DILocation(line: 25, column: 22, scope: !13, atomGroup: 18, atomRank: 1)
!103 = !DILocation(line: 25, column: 51, scope: !13)
!104 = !DILocation(line: 25, column: 50, scope: !13)
!105 = !DILocation(line: 25, column: 5, scope: !13, atomGroup: 19, atomRank: 1)
!106 = !DILocation(line: 25, column: 5, scope: !13, atomGroup: 20, atomRank: 1)
!107 = !DILocation(line: 25, column: 5, scope: !13)
!108 = !DILocation(line: 25, column: 76, scope: !13)
!109 = !{!110, !110, i64 0}
!110 = !{!"p1 short", !79, i64 0}
!111 = !DILocation(line: 25, column: 100, scope: !13)
!112 = !DILocation(line: 25, column: 99, scope: !13)
!113 = !{!114, !114, i64 0}
!114 = !{!"short", !11, i64 0}
!115 = !DILocation(line: 25, column: 76, scope: !13, atomGroup: 22, atomRank: 2)
!116 = !DILocation(line: 25, column: 76, scope: !13, atomGroup: 22, atomRank: 1)
!117 = !DILocation(line: 25, column: 105, scope: !13)
!118 = !{!119, !119, i64 0}
!119 = !{!"p1 int", !79, i64 0}
!120 = !DILocation(line: 25, column: 129, scope: !13)
!121 = !DILocation(line: 25, column: 128, scope: !13)
!122 = !DILocation(line: 25, column: 105, scope: !13, atomGroup: 23, atomRank: 2)
!123 = !DILocation(line: 25, column: 105, scope: !13, atomGroup: 23, atomRank: 1)
!124 = !DILocation(line: 25, column: 105, scope: !13, atomGroup: 21, atomRank: 2)
!125 = !DILocation(line: 25, column: 105, scope: !13, atomGroup: 21, atomRank: 1)
!126 = !DILocation(line: 25, column: 135, scope: !13)
!127 = !DILocation(line: 25, column: 159, scope: !13)
!128 = !DILocation(line: 25, column: 158, scope: !13)
!129 = !DILocation(line: 25, column: 135, scope: !13, atomGroup: 24, atomRank: 2)
!130 = !DILocation(line: 25, column: 135, scope: !13, atomGroup: 24, atomRank: 1)
!131 = !DILocation(line: 25, column: 171, scope: !13)
!132 = !DILocation(line: 25, column: 170, scope: !13)
!133 = !DILocation(line: 25, column: 76, scope: !13, atomGroup: 21, atomRank: 3)
!134 = !DILocation(line: 25, column: 69, scope: !13, atomGroup: 21, atomRank: 2)
!135 = !DILocation(line: 25, column: 63, scope: !13)
!136 = !DILocation(line: 25, column: 63, scope: !13, atomGroup: 25, atomRank: 2)
!137 = !DILocation(line: 25, column: 63, scope: !13, atomGroup: 25, atomRank: 1)
!138 = !DILocation(line: 25, column: 59, scope: !13)
!139 = !DILocation(line: 25, column: 67, scope: !13, atomGroup: 21, atomRank: 1)
!140 = !DILocation(line: 25, column: 59, scope: !13, atomGroup: 27, atomRank: 1)
!141 = !DILocation(line: 25, column: 55, scope: !13)
!142 = !DILocation(line: 25, column: 55, scope: !13, atomGroup: 26, atomRank: 2)
!143 = !DILocation(line: 25, column: 55, scope: !13, atomGroup: 26, atomRank: 1)
!144 = distinct !{!144, !107, !145, !94}
!145 = !DILocation(line: 25, column: 173, scope: !13)
!146 = !DILocation(line: 26, column: 8, scope: !13)
!147 = !DILocation(line: 26, column: 5, scope: !13)
!148 = !DILocation(line: 26, column: 11, scope: !13, atomGroup: 28, atomRank: 1)
!149 = !DILocation(line: 27, column: 44, scope: !13)
!150 = !DILocation(line: 27, column: 48, scope: !13)
!151 = !DILocation(line: 27, column: 72, scope: !13)
!152 = !DILocation(line: 27, column: 5, scope: !13)
!153 = !DILocation(line: 28, column: 5, scope: !13)
!154 = !DILocation(line: 28, column: 15, scope: !13, atomGroup: 29, atomRank: 2)
!155 = !DILocation(line: 28, column: 11, scope: !13, atomGroup: 29, atomRank: 1)
!156 = !DILocation(line: 28, column: 36, scope: !13)
!157 = !DILocation(line: 28, column: 41, scope: !13, atomGroup: 30, atomRank: 1)
!158 = !DILocation(line: 29, column: 32, scope: !13)
!159 = !DILocation(line: 29, column: 35, scope: !13)
!160 = !DILocation(line: 29, column: 62, scope: !13)
!161 = !DILocation(line: 29, column: 5, scope: !13)
!162 = !DILocation(line: 30, column: 10, scope: !13)
!163 = !DILocation(line: 30, column: 5, scope: !13)
!164 = !DILocation(line: 32, column: 1, scope: !13)
!165 = !DILocation(line: 31, column: 5, scope: !13, atomGroup: 32, atomRank: 1)
!166 = !DISubprogram(name: "strcat", scope: !167, file: !167, line: 149, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!167 = !DIFile(filename: "/usr/include/string.h", directory: "")
!168 = !DISubprogram(name: "printf", scope: !169, file: !169, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!169 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!170 = !DISubprogram(name: "strlen", scope: !167, file: !167, line: 407, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!171 = !DISubprogram(name: "strchr", scope: !167, file: !167, line: 246, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!172 = !DISubprogram(name: "strrchr", scope: !167, file: !167, line: 273, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!173 = !DISubprogram(name: "strstr", scope: !167, file: !167, line: 350, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!174 = !DISubprogram(name: "strncpy", scope: !167, file: !167, line: 144, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!175 = distinct !DISubprogram(name: "reverse", scope: !14, file: !14, line: 7, type: !15, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!176 = !DILocation(line: 7, column: 32, scope: !175)
!177 = !DILocation(line: 7, column: 50, scope: !175)
!178 = !DILocation(line: 7, column: 43, scope: !175, atomGroup: 1, atomRank: 2)
!179 = !DILocation(line: 7, column: 39, scope: !175, atomGroup: 1, atomRank: 1)
!180 = !DILocation(line: 7, column: 59, scope: !175)
!181 = !DILocation(line: 7, column: 66, scope: !175, atomGroup: 2, atomRank: 1)
!182 = !DILocation(line: 7, column: 73, scope: !175)
!183 = !DILocation(line: 7, column: 77, scope: !175)
!184 = !DILocation(line: 7, column: 79, scope: !175)
!185 = !DILocation(line: 7, column: 75, scope: !175, atomGroup: 3, atomRank: 1)
!186 = !DILocation(line: 7, column: 54, scope: !175, atomGroup: 4, atomRank: 1)
!187 = !DILocation(line: 7, column: 54, scope: !175)
!188 = !DILocation(line: 7, column: 91, scope: !175)
!189 = !DILocation(line: 7, column: 100, scope: !175)
!190 = !DILocation(line: 7, column: 102, scope: !175)
!191 = !DILocation(line: 7, column: 100, scope: !175, atomGroup: 5, atomRank: 2)
!192 = !DILocation(line: 7, column: 96, scope: !175, atomGroup: 5, atomRank: 1)
!193 = !DILocation(line: 7, column: 113, scope: !175)
!194 = !DILocation(line: 7, column: 115, scope: !175)
!195 = !DILocation(line: 7, column: 117, scope: !175)
!196 = !DILocation(line: 7, column: 123, scope: !175)
!197 = !DILocation(line: 7, column: 121, scope: !175)
!198 = !DILocation(line: 7, column: 113, scope: !175, atomGroup: 6, atomRank: 2)
!199 = !DILocation(line: 7, column: 106, scope: !175)
!200 = !DILocation(line: 7, column: 108, scope: !175)
!201 = !DILocation(line: 7, column: 111, scope: !175, atomGroup: 6, atomRank: 1)
!202 = !DILocation(line: 7, column: 142, scope: !175, atomGroup: 7, atomRank: 2)
!203 = !DILocation(line: 7, column: 127, scope: !175)
!204 = !DILocation(line: 7, column: 129, scope: !175)
!205 = !DILocation(line: 7, column: 131, scope: !175)
!206 = !DILocation(line: 7, column: 137, scope: !175)
!207 = !DILocation(line: 7, column: 135, scope: !175)
!208 = !DILocation(line: 7, column: 140, scope: !175, atomGroup: 7, atomRank: 1)
!209 = !DILocation(line: 7, column: 145, scope: !175)
!210 = !DILocation(line: 7, column: 145, scope: !175, atomGroup: 9, atomRank: 1)
!211 = !DILocation(line: 7, column: 85, scope: !175)
!212 = !DILocation(line: 7, column: 85, scope: !175, atomGroup: 8, atomRank: 2)
!213 = !DILocation(line: 7, column: 85, scope: !175, atomGroup: 8, atomRank: 1)
!214 = distinct !{!214, !187, !209, !94}
!215 = !DILocation(line: 7, column: 147, scope: !175)
!216 = !DILocation(line: 7, column: 147, scope: !175, atomGroup: 10, atomRank: 1)
!217 = !DISubprogram(name: "strtok", scope: !167, file: !167, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!218 = !DISubprogram(name: "__ctype_b_loc", scope: !219, file: !219, line: 79, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!219 = !DIFile(filename: "/usr/include/ctype.h", directory: "")
!220 = !DISubprogram(name: "__ctype_toupper_loc", scope: !219, file: !219, line: 83, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!221 = !DISubprogram(name: "strspn", scope: !167, file: !167, line: 297, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!222 = !DISubprogram(name: "strcspn", scope: !167, file: !167, line: 293, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!223 = !DISubprogram(name: "strdup", scope: !167, file: !167, line: 187, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!224 = !DISubprogram(name: "strtol", scope: !225, file: !225, line: 177, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!225 = !DIFile(filename: "/usr/include/stdlib.h", directory: "")
!226 = !DISubprogram(name: "strtoul", scope: !225, file: !225, line: 181, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!227 = !DISubprogram(name: "free", scope: !225, file: !225, line: 568, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
