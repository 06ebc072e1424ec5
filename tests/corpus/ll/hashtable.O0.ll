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

; Function Attrs: noinline nounwind sspstrong uwtable
define i32 @main() #0 !dbg !9 {
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
  %16 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 0, !dbg !13
  %17 = call noalias ptr @calloc(i64 noundef 8, i64 noundef 24) #6, !dbg !14
  store ptr %17, ptr %16, align 8, !dbg !13
  %18 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 1, !dbg !13
  store i64 8, ptr %18, align 8, !dbg !13
  %19 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 2, !dbg !13
  store i64 0, ptr %19, align 8, !dbg !13
  store i32 0, ptr %4, align 4, !dbg !15
  br label %20, !dbg !16

20:                                               ; preds = %32, %0
  %21 = load i32, ptr %4, align 4, !dbg !17
  %22 = icmp slt i32 %21, 2000, !dbg !18
  br i1 %22, label %23, label %35, !dbg !19

23:                                               ; preds = %20
  %24 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0, !dbg !20
  %25 = load i32, ptr %4, align 4, !dbg !21
  %26 = mul nsw i32 %25, 7, !dbg !22
  %27 = srem i32 %26, 1500, !dbg !23
  %28 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %24, i64 noundef 32, ptr noundef @.str, i32 noundef %27) #7, !dbg !24
  %29 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0, !dbg !25
  %30 = load i32, ptr %4, align 4, !dbg !26
  %31 = sext i32 %30 to i64, !dbg !26
  call void @put(ptr noundef %2, ptr noundef %29, i64 noundef %31), !dbg !27
  br label %32, !dbg !28

32:                                               ; preds = %23
  %33 = load i32, ptr %4, align 4, !dbg !29
  %34 = add nsw i32 %33, 1, !dbg !29
  store i32 %34, ptr %4, align 4, !dbg !29
  br label %20, !dbg !19, !llvm.loop !30

35:                                               ; preds = %20
  store i64 0, ptr %5, align 8, !dbg !32
  store i32 0, ptr %6, align 4, !dbg !33
  store i32 0, ptr %7, align 4, !dbg !34
  br label %36, !dbg !35

36:                                               ; preds = %57, %35
  %37 = load i32, ptr %7, align 4, !dbg !36
  %38 = icmp slt i32 %37, 1600, !dbg !37
  br i1 %38, label %39, label %60, !dbg !38

39:                                               ; preds = %36
  %40 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0, !dbg !39
  %41 = load i32, ptr %7, align 4, !dbg !40
  %42 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %40, i64 noundef 32, ptr noundef @.str, i32 noundef %41) #7, !dbg !41
  %43 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0, !dbg !42
  %44 = call ptr @find(ptr noundef %2, ptr noundef %43), !dbg !43
  store ptr %44, ptr %8, align 8, !dbg !44
  %45 = load ptr, ptr %8, align 8, !dbg !45
  %46 = icmp ne ptr %45, null, !dbg !45
  br i1 %46, label %47, label %53, !dbg !45

47:                                               ; preds = %39
  %48 = load ptr, ptr %8, align 8, !dbg !46
  %49 = getelementptr inbounds nuw %struct.entry, ptr %48, i32 0, i32 1, !dbg !47
  %50 = load i64, ptr %49, align 8, !dbg !47
  %51 = load i64, ptr %5, align 8, !dbg !48
  %52 = add nsw i64 %51, %50, !dbg !48
  store i64 %52, ptr %5, align 8, !dbg !48
  br label %56, !dbg !49

53:                                               ; preds = %39
  %54 = load i32, ptr %6, align 4, !dbg !50
  %55 = add nsw i32 %54, 1, !dbg !50
  store i32 %55, ptr %6, align 4, !dbg !50
  br label %56

56:                                               ; preds = %53, %47
  br label %57, !dbg !51

57:                                               ; preds = %56
  %58 = load i32, ptr %7, align 4, !dbg !52
  %59 = add nsw i32 %58, 1, !dbg !52
  store i32 %59, ptr %7, align 4, !dbg !52
  br label %36, !dbg !38, !llvm.loop !53

60:                                               ; preds = %36
  %61 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 2, !dbg !54
  %62 = load i64, ptr %61, align 8, !dbg !54
  %63 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 1, !dbg !55
  %64 = load i64, ptr %63, align 8, !dbg !55
  %65 = load i64, ptr %5, align 8, !dbg !56
  %66 = load i32, ptr %6, align 4, !dbg !57
  %67 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %62, i64 noundef %64, i64 noundef %65, i32 noundef %66), !dbg !58
  store i32 0, ptr %9, align 4, !dbg !59
  br label %68, !dbg !60

68:                                               ; preds = %88, %60
  %69 = load i32, ptr %9, align 4, !dbg !61
  %70 = icmp slt i32 %69, 1500, !dbg !62
  br i1 %70, label %71, label %91, !dbg !63

71:                                               ; preds = %68
  %72 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0, !dbg !64
  %73 = load i32, ptr %9, align 4, !dbg !65
  %74 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %72, i64 noundef 32, ptr noundef @.str, i32 noundef %73) #7, !dbg !66
  %75 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0, !dbg !67
  %76 = call ptr @find(ptr noundef %2, ptr noundef %75), !dbg !68
  store ptr %76, ptr %10, align 8, !dbg !69
  %77 = load ptr, ptr %10, align 8, !dbg !70
  %78 = icmp ne ptr %77, null, !dbg !70
  br i1 %78, label %79, label %87, !dbg !70

79:                                               ; preds = %71
  %80 = load ptr, ptr %10, align 8, !dbg !71
  %81 = getelementptr inbounds nuw %struct.entry, ptr %80, i32 0, i32 3, !dbg !72
  store i32 1, ptr %81, align 4, !dbg !73
  %82 = load ptr, ptr %10, align 8, !dbg !74
  %83 = getelementptr inbounds nuw %struct.entry, ptr %82, i32 0, i32 0, !dbg !75
  %84 = load ptr, ptr %83, align 8, !dbg !75
  call void @free(ptr noundef %84) #7, !dbg !76
  %85 = load ptr, ptr %10, align 8, !dbg !77
  %86 = getelementptr inbounds nuw %struct.entry, ptr %85, i32 0, i32 0, !dbg !78
  store ptr null, ptr %86, align 8, !dbg !79
  br label %87, !dbg !80

87:                                               ; preds = %79, %71
  br label %88, !dbg !81

88:                                               ; preds = %87
  %89 = load i32, ptr %9, align 4, !dbg !82
  %90 = add nsw i32 %89, 3, !dbg !82
  store i32 %90, ptr %9, align 4, !dbg !82
  br label %68, !dbg !63, !llvm.loop !83

91:                                               ; preds = %68
  store i32 0, ptr %11, align 4, !dbg !84
  store i64 0, ptr %12, align 8, !dbg !85
  br label %92, !dbg !86

92:                                               ; preds = %119, %91
  %93 = load i64, ptr %12, align 8, !dbg !87
  %94 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 1, !dbg !88
  %95 = load i64, ptr %94, align 8, !dbg !88
  %96 = icmp ult i64 %93, %95, !dbg !89
  br i1 %96, label %97, label %122, !dbg !90

97:                                               ; preds = %92
  %98 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 0, !dbg !91
  %99 = load ptr, ptr %98, align 8, !dbg !91
  %100 = load i64, ptr %12, align 8, !dbg !92
  %101 = getelementptr inbounds nuw %struct.entry, ptr %99, i64 %100, !dbg !93
  %102 = getelementptr inbounds nuw %struct.entry, ptr %101, i32 0, i32 2, !dbg !94
  %103 = load i32, ptr %102, align 8, !dbg !94
  %104 = icmp ne i32 %103, 0, !dbg !93
  br i1 %104, label %105, label %114, !dbg !95

105:                                              ; preds = %97
  %106 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 0, !dbg !96
  %107 = load ptr, ptr %106, align 8, !dbg !96
  %108 = load i64, ptr %12, align 8, !dbg !97
  %109 = getelementptr inbounds nuw %struct.entry, ptr %107, i64 %108, !dbg !98
  %110 = getelementptr inbounds nuw %struct.entry, ptr %109, i32 0, i32 3, !dbg !99
  %111 = load i32, ptr %110, align 4, !dbg !99
  %112 = icmp ne i32 %111, 0, !dbg !100
  %113 = xor i1 %112, true, !dbg !100
  br label %114

114:                                              ; preds = %105, %97
  %115 = phi i1 [ false, %97 ], [ %113, %105 ], !dbg !101
  %116 = zext i1 %115 to i32, !dbg !95
  %117 = load i32, ptr %11, align 4, !dbg !102
  %118 = add nsw i32 %117, %116, !dbg !102
  store i32 %118, ptr %11, align 4, !dbg !102
  br label %119, !dbg !103

119:                                              ; preds = %114
  %120 = load i64, ptr %12, align 8, !dbg !104
  %121 = add i64 %120, 1, !dbg !104
  store i64 %121, ptr %12, align 8, !dbg !104
  br label %92, !dbg !90, !llvm.loop !105

122:                                              ; preds = %92
  %123 = call ptr @find(ptr noundef %2, ptr noundef @.str.2), !dbg !106
  store ptr %123, ptr %13, align 8, !dbg !107
  %124 = call ptr @find(ptr noundef %2, ptr noundef @.str.3), !dbg !108
  store ptr %124, ptr %14, align 8, !dbg !109
  %125 = load i32, ptr %11, align 4, !dbg !110
  %126 = load ptr, ptr %13, align 8, !dbg !111
  %127 = icmp ne ptr %126, null, !dbg !111
  br i1 %127, label %128, label %132, !dbg !111

128:                                              ; preds = %122
  %129 = load ptr, ptr %13, align 8, !dbg !112
  %130 = getelementptr inbounds nuw %struct.entry, ptr %129, i32 0, i32 1, !dbg !113
  %131 = load i64, ptr %130, align 8, !dbg !113
  br label %133, !dbg !111

132:                                              ; preds = %122
  br label %133, !dbg !111

133:                                              ; preds = %132, %128
  %134 = phi i64 [ %131, %128 ], [ -1, %132 ], !dbg !111
  %135 = load ptr, ptr %14, align 8, !dbg !114
  %136 = icmp ne ptr %135, null, !dbg !114
  %137 = zext i1 %136 to i64, !dbg !114
  %138 = select i1 %136, ptr @.str.5, ptr @.str.6, !dbg !114
  %139 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %125, i64 noundef %134, ptr noundef %138), !dbg !115
  store i64 0, ptr %15, align 8, !dbg !116
  br label %140, !dbg !117

140:                                              ; preds = %152, %133
  %141 = load i64, ptr %15, align 8, !dbg !118
  %142 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 1, !dbg !119
  %143 = load i64, ptr %142, align 8, !dbg !119
  %144 = icmp ult i64 %141, %143, !dbg !120
  br i1 %144, label %145, label %155, !dbg !121

145:                                              ; preds = %140
  %146 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 0, !dbg !122
  %147 = load ptr, ptr %146, align 8, !dbg !122
  %148 = load i64, ptr %15, align 8, !dbg !123
  %149 = getelementptr inbounds nuw %struct.entry, ptr %147, i64 %148, !dbg !124
  %150 = getelementptr inbounds nuw %struct.entry, ptr %149, i32 0, i32 0, !dbg !125
  %151 = load ptr, ptr %150, align 8, !dbg !125
  call void @free(ptr noundef %151) #7, !dbg !126
  br label %152, !dbg !126

152:                                              ; preds = %145
  %153 = load i64, ptr %15, align 8, !dbg !127
  %154 = add i64 %153, 1, !dbg !127
  store i64 %154, ptr %15, align 8, !dbg !127
  br label %140, !dbg !121, !llvm.loop !128

155:                                              ; preds = %140
  %156 = getelementptr inbounds nuw %struct.table, ptr %2, i32 0, i32 0, !dbg !130
  %157 = load ptr, ptr %156, align 8, !dbg !130
  call void @free(ptr noundef %157) #7, !dbg !131
  ret i32 0, !dbg !132
}

; Function Attrs: nounwind allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #1

; Function Attrs: nounwind
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @put(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 !dbg !133 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca %struct.entry, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i64 %2, ptr %6, align 8
  %9 = load ptr, ptr %4, align 8, !dbg !134
  %10 = getelementptr inbounds nuw %struct.table, ptr %9, i32 0, i32 2, !dbg !135
  %11 = load i64, ptr %10, align 8, !dbg !135
  %12 = add i64 %11, 1, !dbg !136
  %13 = mul i64 %12, 4, !dbg !137
  %14 = load ptr, ptr %4, align 8, !dbg !138
  %15 = getelementptr inbounds nuw %struct.table, ptr %14, i32 0, i32 1, !dbg !139
  %16 = load i64, ptr %15, align 8, !dbg !139
  %17 = mul i64 %16, 3, !dbg !140
  %18 = icmp ugt i64 %13, %17, !dbg !141
  br i1 %18, label %19, label %21, !dbg !141

19:                                               ; preds = %3
  %20 = load ptr, ptr %4, align 8, !dbg !142
  call void @grow(ptr noundef %20), !dbg !143
  br label %21, !dbg !143

21:                                               ; preds = %19, %3
  %22 = load ptr, ptr %5, align 8, !dbg !144
  %23 = call i64 @fnv(ptr noundef %22), !dbg !145
  %24 = load ptr, ptr %4, align 8, !dbg !146
  %25 = getelementptr inbounds nuw %struct.table, ptr %24, i32 0, i32 1, !dbg !147
  %26 = load i64, ptr %25, align 8, !dbg !147
  %27 = sub i64 %26, 1, !dbg !148
  %28 = and i64 %23, %27, !dbg !149
  store i64 %28, ptr %7, align 8, !dbg !150
  br label %29, !dbg !151

29:                                               ; preds = %66, %21
  %30 = load ptr, ptr %4, align 8, !dbg !152
  %31 = getelementptr inbounds nuw %struct.table, ptr %30, i32 0, i32 0, !dbg !153
  %32 = load ptr, ptr %31, align 8, !dbg !153
  %33 = load i64, ptr %7, align 8, !dbg !154
  %34 = getelementptr inbounds nuw %struct.entry, ptr %32, i64 %33, !dbg !152
  %35 = getelementptr inbounds nuw %struct.entry, ptr %34, i32 0, i32 2, !dbg !155
  %36 = load i32, ptr %35, align 8, !dbg !155
  %37 = icmp ne i32 %36, 0, !dbg !151
  br i1 %37, label %38, label %74, !dbg !151

38:                                               ; preds = %29
  %39 = load ptr, ptr %4, align 8, !dbg !156
  %40 = getelementptr inbounds nuw %struct.table, ptr %39, i32 0, i32 0, !dbg !157
  %41 = load ptr, ptr %40, align 8, !dbg !157
  %42 = load i64, ptr %7, align 8, !dbg !158
  %43 = getelementptr inbounds nuw %struct.entry, ptr %41, i64 %42, !dbg !156
  %44 = getelementptr inbounds nuw %struct.entry, ptr %43, i32 0, i32 3, !dbg !159
  %45 = load i32, ptr %44, align 4, !dbg !159
  %46 = icmp ne i32 %45, 0, !dbg !156
  br i1 %46, label %66, label %47, !dbg !160

47:                                               ; preds = %38
  %48 = load ptr, ptr %4, align 8, !dbg !161
  %49 = getelementptr inbounds nuw %struct.table, ptr %48, i32 0, i32 0, !dbg !162
  %50 = load ptr, ptr %49, align 8, !dbg !162
  %51 = load i64, ptr %7, align 8, !dbg !163
  %52 = getelementptr inbounds nuw %struct.entry, ptr %50, i64 %51, !dbg !161
  %53 = getelementptr inbounds nuw %struct.entry, ptr %52, i32 0, i32 0, !dbg !164
  %54 = load ptr, ptr %53, align 8, !dbg !164
  %55 = load ptr, ptr %5, align 8, !dbg !165
  %56 = call i32 @strcmp(ptr noundef %54, ptr noundef %55) #8, !dbg !166
  %57 = icmp ne i32 %56, 0, !dbg !166
  br i1 %57, label %66, label %58, !dbg !160

58:                                               ; preds = %47
  %59 = load i64, ptr %6, align 8, !dbg !167
  %60 = load ptr, ptr %4, align 8, !dbg !168
  %61 = getelementptr inbounds nuw %struct.table, ptr %60, i32 0, i32 0, !dbg !169
  %62 = load ptr, ptr %61, align 8, !dbg !169
  %63 = load i64, ptr %7, align 8, !dbg !170
  %64 = getelementptr inbounds nuw %struct.entry, ptr %62, i64 %63, !dbg !168
  %65 = getelementptr inbounds nuw %struct.entry, ptr %64, i32 0, i32 1, !dbg !171
  store i64 %59, ptr %65, align 8, !dbg !172
  br label %91, !dbg !173

66:                                               ; preds = %47, %38
  %67 = load i64, ptr %7, align 8, !dbg !174
  %68 = add i64 %67, 1, !dbg !175
  %69 = load ptr, ptr %4, align 8, !dbg !176
  %70 = getelementptr inbounds nuw %struct.table, ptr %69, i32 0, i32 1, !dbg !177
  %71 = load i64, ptr %70, align 8, !dbg !177
  %72 = sub i64 %71, 1, !dbg !178
  %73 = and i64 %68, %72, !dbg !179
  store i64 %73, ptr %7, align 8, !dbg !180
  br label %29, !dbg !151, !llvm.loop !181

74:                                               ; preds = %29
  %75 = load ptr, ptr %4, align 8, !dbg !183
  %76 = getelementptr inbounds nuw %struct.table, ptr %75, i32 0, i32 0, !dbg !184
  %77 = load ptr, ptr %76, align 8, !dbg !184
  %78 = load i64, ptr %7, align 8, !dbg !185
  %79 = getelementptr inbounds nuw %struct.entry, ptr %77, i64 %78, !dbg !183
  %80 = getelementptr inbounds nuw %struct.entry, ptr %8, i32 0, i32 0, !dbg !186
  %81 = load ptr, ptr %5, align 8, !dbg !187
  %82 = call noalias ptr @strdup(ptr noundef %81) #7, !dbg !188
  store ptr %82, ptr %80, align 8, !dbg !186
  %83 = getelementptr inbounds nuw %struct.entry, ptr %8, i32 0, i32 1, !dbg !186
  %84 = load i64, ptr %6, align 8, !dbg !189
  store i64 %84, ptr %83, align 8, !dbg !186
  %85 = getelementptr inbounds nuw %struct.entry, ptr %8, i32 0, i32 2, !dbg !186
  store i32 1, ptr %85, align 8, !dbg !186
  %86 = getelementptr inbounds nuw %struct.entry, ptr %8, i32 0, i32 3, !dbg !186
  store i32 0, ptr %86, align 4, !dbg !186
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %79, ptr align 8 %8, i64 24, i1 false), !dbg !190
  %87 = load ptr, ptr %4, align 8, !dbg !191
  %88 = getelementptr inbounds nuw %struct.table, ptr %87, i32 0, i32 2, !dbg !192
  %89 = load i64, ptr %88, align 8, !dbg !193
  %90 = add i64 %89, 1, !dbg !193
  store i64 %90, ptr %88, align 8, !dbg !193
  br label %91, !dbg !194

91:                                               ; preds = %74, %58
  ret void, !dbg !194
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal ptr @find(ptr noundef %0, ptr noundef %1) #0 !dbg !195 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %7 = load ptr, ptr %5, align 8, !dbg !196
  %8 = call i64 @fnv(ptr noundef %7), !dbg !197
  %9 = load ptr, ptr %4, align 8, !dbg !198
  %10 = getelementptr inbounds nuw %struct.table, ptr %9, i32 0, i32 1, !dbg !199
  %11 = load i64, ptr %10, align 8, !dbg !199
  %12 = sub i64 %11, 1, !dbg !200
  %13 = and i64 %8, %12, !dbg !201
  store i64 %13, ptr %6, align 8, !dbg !202
  br label %14, !dbg !203

14:                                               ; preds = %49, %2
  %15 = load ptr, ptr %4, align 8, !dbg !204
  %16 = getelementptr inbounds nuw %struct.table, ptr %15, i32 0, i32 0, !dbg !205
  %17 = load ptr, ptr %16, align 8, !dbg !205
  %18 = load i64, ptr %6, align 8, !dbg !206
  %19 = getelementptr inbounds nuw %struct.entry, ptr %17, i64 %18, !dbg !204
  %20 = getelementptr inbounds nuw %struct.entry, ptr %19, i32 0, i32 2, !dbg !207
  %21 = load i32, ptr %20, align 8, !dbg !207
  %22 = icmp ne i32 %21, 0, !dbg !203
  br i1 %22, label %23, label %57, !dbg !203

23:                                               ; preds = %14
  %24 = load ptr, ptr %4, align 8, !dbg !208
  %25 = getelementptr inbounds nuw %struct.table, ptr %24, i32 0, i32 0, !dbg !209
  %26 = load ptr, ptr %25, align 8, !dbg !209
  %27 = load i64, ptr %6, align 8, !dbg !210
  %28 = getelementptr inbounds nuw %struct.entry, ptr %26, i64 %27, !dbg !208
  %29 = getelementptr inbounds nuw %struct.entry, ptr %28, i32 0, i32 3, !dbg !211
  %30 = load i32, ptr %29, align 4, !dbg !211
  %31 = icmp ne i32 %30, 0, !dbg !208
  br i1 %31, label %49, label %32, !dbg !212

32:                                               ; preds = %23
  %33 = load ptr, ptr %4, align 8, !dbg !213
  %34 = getelementptr inbounds nuw %struct.table, ptr %33, i32 0, i32 0, !dbg !214
  %35 = load ptr, ptr %34, align 8, !dbg !214
  %36 = load i64, ptr %6, align 8, !dbg !215
  %37 = getelementptr inbounds nuw %struct.entry, ptr %35, i64 %36, !dbg !213
  %38 = getelementptr inbounds nuw %struct.entry, ptr %37, i32 0, i32 0, !dbg !216
  %39 = load ptr, ptr %38, align 8, !dbg !216
  %40 = load ptr, ptr %5, align 8, !dbg !217
  %41 = call i32 @strcmp(ptr noundef %39, ptr noundef %40) #8, !dbg !218
  %42 = icmp ne i32 %41, 0, !dbg !218
  br i1 %42, label %49, label %43, !dbg !212

43:                                               ; preds = %32
  %44 = load ptr, ptr %4, align 8, !dbg !219
  %45 = getelementptr inbounds nuw %struct.table, ptr %44, i32 0, i32 0, !dbg !220
  %46 = load ptr, ptr %45, align 8, !dbg !220
  %47 = load i64, ptr %6, align 8, !dbg !221
  %48 = getelementptr inbounds nuw %struct.entry, ptr %46, i64 %47, !dbg !219
  store ptr %48, ptr %3, align 8, !dbg !222
  br label %58, !dbg !222

49:                                               ; preds = %32, %23
  %50 = load i64, ptr %6, align 8, !dbg !223
  %51 = add i64 %50, 1, !dbg !224
  %52 = load ptr, ptr %4, align 8, !dbg !225
  %53 = getelementptr inbounds nuw %struct.table, ptr %52, i32 0, i32 1, !dbg !226
  %54 = load i64, ptr %53, align 8, !dbg !226
  %55 = sub i64 %54, 1, !dbg !227
  %56 = and i64 %51, %55, !dbg !228
  store i64 %56, ptr %6, align 8, !dbg !229
  br label %14, !dbg !203, !llvm.loop !230

57:                                               ; preds = %14
  store ptr null, ptr %3, align 8, !dbg !232
  br label %58, !dbg !232

58:                                               ; preds = %57, %43
  %59 = load ptr, ptr %3, align 8, !dbg !233
  ret ptr %59, !dbg !233
}

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: nounwind
declare void @free(ptr noundef) #2

; Function Attrs: noinline nounwind sspstrong uwtable
define internal void @grow(ptr noundef %0) #0 !dbg !234 {
  %2 = alloca ptr, align 8
  %3 = alloca %struct.table, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  %5 = getelementptr inbounds nuw %struct.table, ptr %3, i32 0, i32 0, !dbg !235
  %6 = load ptr, ptr %2, align 8, !dbg !236
  %7 = getelementptr inbounds nuw %struct.table, ptr %6, i32 0, i32 1, !dbg !237
  %8 = load i64, ptr %7, align 8, !dbg !237
  %9 = mul i64 %8, 2, !dbg !238
  %10 = call noalias ptr @calloc(i64 noundef %9, i64 noundef 24) #6, !dbg !239
  store ptr %10, ptr %5, align 8, !dbg !235
  %11 = getelementptr inbounds nuw %struct.table, ptr %3, i32 0, i32 1, !dbg !235
  %12 = load ptr, ptr %2, align 8, !dbg !240
  %13 = getelementptr inbounds nuw %struct.table, ptr %12, i32 0, i32 1, !dbg !241
  %14 = load i64, ptr %13, align 8, !dbg !241
  %15 = mul i64 %14, 2, !dbg !242
  store i64 %15, ptr %11, align 8, !dbg !235
  %16 = getelementptr inbounds nuw %struct.table, ptr %3, i32 0, i32 2, !dbg !235
  store i64 0, ptr %16, align 8, !dbg !235
  store i64 0, ptr %4, align 8, !dbg !243
  br label %17, !dbg !244

17:                                               ; preds = %64, %1
  %18 = load i64, ptr %4, align 8, !dbg !245
  %19 = load ptr, ptr %2, align 8, !dbg !246
  %20 = getelementptr inbounds nuw %struct.table, ptr %19, i32 0, i32 1, !dbg !247
  %21 = load i64, ptr %20, align 8, !dbg !247
  %22 = icmp ult i64 %18, %21, !dbg !248
  br i1 %22, label %23, label %67, !dbg !249

23:                                               ; preds = %17
  %24 = load ptr, ptr %2, align 8, !dbg !250
  %25 = getelementptr inbounds nuw %struct.table, ptr %24, i32 0, i32 0, !dbg !251
  %26 = load ptr, ptr %25, align 8, !dbg !251
  %27 = load i64, ptr %4, align 8, !dbg !252
  %28 = getelementptr inbounds nuw %struct.entry, ptr %26, i64 %27, !dbg !250
  %29 = getelementptr inbounds nuw %struct.entry, ptr %28, i32 0, i32 2, !dbg !253
  %30 = load i32, ptr %29, align 8, !dbg !253
  %31 = icmp ne i32 %30, 0, !dbg !250
  br i1 %31, label %32, label %63, !dbg !254

32:                                               ; preds = %23
  %33 = load ptr, ptr %2, align 8, !dbg !255
  %34 = getelementptr inbounds nuw %struct.table, ptr %33, i32 0, i32 0, !dbg !256
  %35 = load ptr, ptr %34, align 8, !dbg !256
  %36 = load i64, ptr %4, align 8, !dbg !257
  %37 = getelementptr inbounds nuw %struct.entry, ptr %35, i64 %36, !dbg !255
  %38 = getelementptr inbounds nuw %struct.entry, ptr %37, i32 0, i32 3, !dbg !258
  %39 = load i32, ptr %38, align 4, !dbg !258
  %40 = icmp ne i32 %39, 0, !dbg !255
  br i1 %40, label %63, label %41, !dbg !254

41:                                               ; preds = %32
  %42 = load ptr, ptr %2, align 8, !dbg !259
  %43 = getelementptr inbounds nuw %struct.table, ptr %42, i32 0, i32 0, !dbg !260
  %44 = load ptr, ptr %43, align 8, !dbg !260
  %45 = load i64, ptr %4, align 8, !dbg !261
  %46 = getelementptr inbounds nuw %struct.entry, ptr %44, i64 %45, !dbg !259
  %47 = getelementptr inbounds nuw %struct.entry, ptr %46, i32 0, i32 0, !dbg !262
  %48 = load ptr, ptr %47, align 8, !dbg !262
  %49 = load ptr, ptr %2, align 8, !dbg !263
  %50 = getelementptr inbounds nuw %struct.table, ptr %49, i32 0, i32 0, !dbg !264
  %51 = load ptr, ptr %50, align 8, !dbg !264
  %52 = load i64, ptr %4, align 8, !dbg !265
  %53 = getelementptr inbounds nuw %struct.entry, ptr %51, i64 %52, !dbg !263
  %54 = getelementptr inbounds nuw %struct.entry, ptr %53, i32 0, i32 1, !dbg !266
  %55 = load i64, ptr %54, align 8, !dbg !266
  call void @put(ptr noundef %3, ptr noundef %48, i64 noundef %55), !dbg !267
  %56 = load ptr, ptr %2, align 8, !dbg !268
  %57 = getelementptr inbounds nuw %struct.table, ptr %56, i32 0, i32 0, !dbg !269
  %58 = load ptr, ptr %57, align 8, !dbg !269
  %59 = load i64, ptr %4, align 8, !dbg !270
  %60 = getelementptr inbounds nuw %struct.entry, ptr %58, i64 %59, !dbg !268
  %61 = getelementptr inbounds nuw %struct.entry, ptr %60, i32 0, i32 0, !dbg !271
  %62 = load ptr, ptr %61, align 8, !dbg !271
  call void @free(ptr noundef %62) #7, !dbg !272
  br label %63, !dbg !273

63:                                               ; preds = %41, %32, %23
  br label %64, !dbg !258

64:                                               ; preds = %63
  %65 = load i64, ptr %4, align 8, !dbg !274
  %66 = add i64 %65, 1, !dbg !274
  store i64 %66, ptr %4, align 8, !dbg !274
  br label %17, !dbg !249, !llvm.loop !275

67:                                               ; preds = %17
  %68 = load ptr, ptr %2, align 8, !dbg !276
  %69 = getelementptr inbounds nuw %struct.table, ptr %68, i32 0, i32 0, !dbg !277
  %70 = load ptr, ptr %69, align 8, !dbg !277
  call void @free(ptr noundef %70) #7, !dbg !278
  %71 = load ptr, ptr %2, align 8, !dbg !279
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %71, ptr align 8 %3, i64 24, i1 false), !dbg !280
  ret void, !dbg !281
}

; Function Attrs: noinline nounwind sspstrong uwtable
define internal i64 @fnv(ptr noundef %0) #0 !dbg !282 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  store i64 -3750763034362895579, ptr %3, align 8, !dbg !283
  br label %4, !dbg !284

4:                                                ; preds = %8, %1
  %5 = load ptr, ptr %2, align 8, !dbg !285
  %6 = load i8, ptr %5, align 1, !dbg !286
  %7 = icmp ne i8 %6, 0, !dbg !284
  br i1 %7, label %8, label %17, !dbg !284

8:                                                ; preds = %4
  %9 = load ptr, ptr %2, align 8, !dbg !287
  %10 = getelementptr inbounds nuw i8, ptr %9, i32 1, !dbg !287
  store ptr %10, ptr %2, align 8, !dbg !287
  %11 = load i8, ptr %9, align 1, !dbg !288
  %12 = zext i8 %11 to i64, !dbg !289
  %13 = load i64, ptr %3, align 8, !dbg !290
  %14 = xor i64 %13, %12, !dbg !290
  store i64 %14, ptr %3, align 8, !dbg !290
  %15 = load i64, ptr %3, align 8, !dbg !291
  %16 = mul i64 %15, 1099511628211, !dbg !291
  store i64 %16, ptr %3, align 8, !dbg !291
  br label %4, !dbg !284, !llvm.loop !292

17:                                               ; preds = %4
  %18 = load i64, ptr %3, align 8, !dbg !294
  ret i64 %18, !dbg !295
}

; Function Attrs: nounwind willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #4

; Function Attrs: nounwind
declare noalias ptr @strdup(ptr noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

attributes #0 = { noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nounwind allocsize(0,1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nounwind allocsize(0,1) }
attributes #7 = { nounwind }
attributes #8 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "hashtable.c", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 29, type: !11, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "hashtable.c", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 30, column: 22, scope: !9)
!14 = !DILocation(line: 30, column: 23, scope: !9)
!15 = !DILocation(line: 32, column: 14, scope: !9)
!16 = !DILocation(line: 32, column: 10, scope: !9)
!17 = !DILocation(line: 32, column: 21, scope: !9)
!18 = !DILocation(line: 32, column: 23, scope: !9)
!19 = !DILocation(line: 32, column: 5, scope: !9)
!20 = !DILocation(line: 32, column: 47, scope: !9)
!21 = !DILocation(line: 32, column: 73, scope: !9)
!22 = !DILocation(line: 32, column: 75, scope: !9)
!23 = !DILocation(line: 32, column: 79, scope: !9)
!24 = !DILocation(line: 32, column: 38, scope: !9)
!25 = !DILocation(line: 32, column: 96, scope: !9)
!26 = !DILocation(line: 32, column: 101, scope: !9)
!27 = !DILocation(line: 32, column: 88, scope: !9)
!28 = !DILocation(line: 32, column: 105, scope: !9)
!29 = !DILocation(line: 32, column: 32, scope: !9)
!30 = distinct !{!30, !19, !28, !31}
!31 = !{!"llvm.loop.mustprogress"}
!32 = !DILocation(line: 33, column: 10, scope: !9)
!33 = !DILocation(line: 33, column: 21, scope: !9)
!34 = !DILocation(line: 34, column: 14, scope: !9)
!35 = !DILocation(line: 34, column: 10, scope: !9)
!36 = !DILocation(line: 34, column: 21, scope: !9)
!37 = !DILocation(line: 34, column: 23, scope: !9)
!38 = !DILocation(line: 34, column: 5, scope: !9)
!39 = !DILocation(line: 34, column: 47, scope: !9)
!40 = !DILocation(line: 34, column: 73, scope: !9)
!41 = !DILocation(line: 34, column: 38, scope: !9)
!42 = !DILocation(line: 34, column: 104, scope: !9)
!43 = !DILocation(line: 34, column: 95, scope: !9)
!44 = !DILocation(line: 34, column: 91, scope: !9)
!45 = !DILocation(line: 34, column: 114, scope: !9)
!46 = !DILocation(line: 34, column: 122, scope: !9)
!47 = !DILocation(line: 34, column: 125, scope: !9)
!48 = !DILocation(line: 34, column: 119, scope: !9)
!49 = !DILocation(line: 34, column: 117, scope: !9)
!50 = !DILocation(line: 34, column: 142, scope: !9)
!51 = !DILocation(line: 34, column: 146, scope: !9)
!52 = !DILocation(line: 34, column: 32, scope: !9)
!53 = distinct !{!53, !38, !51, !31}
!54 = !DILocation(line: 35, column: 52, scope: !9)
!55 = !DILocation(line: 35, column: 57, scope: !9)
!56 = !DILocation(line: 35, column: 62, scope: !9)
!57 = !DILocation(line: 35, column: 65, scope: !9)
!58 = !DILocation(line: 35, column: 5, scope: !9)
!59 = !DILocation(line: 36, column: 14, scope: !9)
!60 = !DILocation(line: 36, column: 10, scope: !9)
!61 = !DILocation(line: 36, column: 21, scope: !9)
!62 = !DILocation(line: 36, column: 23, scope: !9)
!63 = !DILocation(line: 36, column: 5, scope: !9)
!64 = !DILocation(line: 36, column: 50, scope: !9)
!65 = !DILocation(line: 36, column: 76, scope: !9)
!66 = !DILocation(line: 36, column: 41, scope: !9)
!67 = !DILocation(line: 36, column: 107, scope: !9)
!68 = !DILocation(line: 36, column: 98, scope: !9)
!69 = !DILocation(line: 36, column: 94, scope: !9)
!70 = !DILocation(line: 36, column: 117, scope: !9)
!71 = !DILocation(line: 36, column: 122, scope: !9)
!72 = !DILocation(line: 36, column: 125, scope: !9)
!73 = !DILocation(line: 36, column: 130, scope: !9)
!74 = !DILocation(line: 36, column: 140, scope: !9)
!75 = !DILocation(line: 36, column: 143, scope: !9)
!76 = !DILocation(line: 36, column: 135, scope: !9)
!77 = !DILocation(line: 36, column: 149, scope: !9)
!78 = !DILocation(line: 36, column: 152, scope: !9)
!79 = !DILocation(line: 36, column: 156, scope: !9)
!80 = !DILocation(line: 36, column: 164, scope: !9)
!81 = !DILocation(line: 36, column: 166, scope: !9)
!82 = !DILocation(line: 36, column: 33, scope: !9)
!83 = distinct !{!83, !63, !81, !31}
!84 = !DILocation(line: 37, column: 9, scope: !9)
!85 = !DILocation(line: 37, column: 31, scope: !9)
!86 = !DILocation(line: 37, column: 24, scope: !9)
!87 = !DILocation(line: 37, column: 38, scope: !9)
!88 = !DILocation(line: 37, column: 44, scope: !9)
!89 = !DILocation(line: 37, column: 40, scope: !9)
!90 = !DILocation(line: 37, column: 19, scope: !9)
!91 = !DILocation(line: 37, column: 64, scope: !9)
!92 = !DILocation(line: 37, column: 66, scope: !9)
!93 = !DILocation(line: 37, column: 62, scope: !9)
!94 = !DILocation(line: 37, column: 69, scope: !9)
!95 = !DILocation(line: 37, column: 74, scope: !9)
!96 = !DILocation(line: 37, column: 80, scope: !9)
!97 = !DILocation(line: 37, column: 82, scope: !9)
!98 = !DILocation(line: 37, column: 78, scope: !9)
!99 = !DILocation(line: 37, column: 85, scope: !9)
!100 = !DILocation(line: 37, column: 77, scope: !9)
!101 = !DILocation(line: 0, scope: !9)
!102 = !DILocation(line: 37, column: 59, scope: !9)
!103 = !DILocation(line: 37, column: 54, scope: !9)
!104 = !DILocation(line: 37, column: 50, scope: !9)
!105 = distinct !{!105, !90, !99, !31}
!106 = !DILocation(line: 38, column: 23, scope: !9)
!107 = !DILocation(line: 38, column: 19, scope: !9)
!108 = !DILocation(line: 38, column: 59, scope: !9)
!109 = !DILocation(line: 38, column: 55, scope: !9)
!110 = !DILocation(line: 39, column: 42, scope: !9)
!111 = !DILocation(line: 39, column: 48, scope: !9)
!112 = !DILocation(line: 39, column: 52, scope: !9)
!113 = !DILocation(line: 39, column: 55, scope: !9)
!114 = !DILocation(line: 39, column: 65, scope: !9)
!115 = !DILocation(line: 39, column: 5, scope: !9)
!116 = !DILocation(line: 40, column: 17, scope: !9)
!117 = !DILocation(line: 40, column: 10, scope: !9)
!118 = !DILocation(line: 40, column: 24, scope: !9)
!119 = !DILocation(line: 40, column: 30, scope: !9)
!120 = !DILocation(line: 40, column: 26, scope: !9)
!121 = !DILocation(line: 40, column: 5, scope: !9)
!122 = !DILocation(line: 40, column: 47, scope: !9)
!123 = !DILocation(line: 40, column: 49, scope: !9)
!124 = !DILocation(line: 40, column: 45, scope: !9)
!125 = !DILocation(line: 40, column: 52, scope: !9)
!126 = !DILocation(line: 40, column: 40, scope: !9)
!127 = !DILocation(line: 40, column: 36, scope: !9)
!128 = distinct !{!128, !121, !129, !31}
!129 = !DILocation(line: 40, column: 55, scope: !9)
!130 = !DILocation(line: 41, column: 12, scope: !9)
!131 = !DILocation(line: 41, column: 5, scope: !9)
!132 = !DILocation(line: 42, column: 5, scope: !9)
!133 = distinct !DISubprogram(name: "put", scope: !10, file: !10, line: 17, type: !11, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!134 = !DILocation(line: 18, column: 10, scope: !133)
!135 = !DILocation(line: 18, column: 13, scope: !133)
!136 = !DILocation(line: 18, column: 15, scope: !133)
!137 = !DILocation(line: 18, column: 20, scope: !133)
!138 = !DILocation(line: 18, column: 26, scope: !133)
!139 = !DILocation(line: 18, column: 29, scope: !133)
!140 = !DILocation(line: 18, column: 33, scope: !133)
!141 = !DILocation(line: 18, column: 24, scope: !133)
!142 = !DILocation(line: 18, column: 43, scope: !133)
!143 = !DILocation(line: 18, column: 38, scope: !133)
!144 = !DILocation(line: 19, column: 20, scope: !133)
!145 = !DILocation(line: 19, column: 16, scope: !133)
!146 = !DILocation(line: 19, column: 26, scope: !133)
!147 = !DILocation(line: 19, column: 29, scope: !133)
!148 = !DILocation(line: 19, column: 33, scope: !133)
!149 = !DILocation(line: 19, column: 23, scope: !133)
!150 = !DILocation(line: 19, column: 12, scope: !133)
!151 = !DILocation(line: 20, column: 5, scope: !133)
!152 = !DILocation(line: 20, column: 12, scope: !133)
!153 = !DILocation(line: 20, column: 15, scope: !133)
!154 = !DILocation(line: 20, column: 17, scope: !133)
!155 = !DILocation(line: 20, column: 20, scope: !133)
!156 = !DILocation(line: 20, column: 33, scope: !133)
!157 = !DILocation(line: 20, column: 36, scope: !133)
!158 = !DILocation(line: 20, column: 38, scope: !133)
!159 = !DILocation(line: 20, column: 41, scope: !133)
!160 = !DILocation(line: 20, column: 46, scope: !133)
!161 = !DILocation(line: 20, column: 57, scope: !133)
!162 = !DILocation(line: 20, column: 60, scope: !133)
!163 = !DILocation(line: 20, column: 62, scope: !133)
!164 = !DILocation(line: 20, column: 65, scope: !133)
!165 = !DILocation(line: 20, column: 70, scope: !133)
!166 = !DILocation(line: 20, column: 50, scope: !133)
!167 = !DILocation(line: 20, column: 90, scope: !133)
!168 = !DILocation(line: 20, column: 76, scope: !133)
!169 = !DILocation(line: 20, column: 79, scope: !133)
!170 = !DILocation(line: 20, column: 81, scope: !133)
!171 = !DILocation(line: 20, column: 84, scope: !133)
!172 = !DILocation(line: 20, column: 88, scope: !133)
!173 = !DILocation(line: 20, column: 93, scope: !133)
!174 = !DILocation(line: 20, column: 108, scope: !133)
!175 = !DILocation(line: 20, column: 110, scope: !133)
!176 = !DILocation(line: 20, column: 118, scope: !133)
!177 = !DILocation(line: 20, column: 121, scope: !133)
!178 = !DILocation(line: 20, column: 125, scope: !133)
!179 = !DILocation(line: 20, column: 115, scope: !133)
!180 = !DILocation(line: 20, column: 105, scope: !133)
!181 = distinct !{!181, !151, !182, !31}
!182 = !DILocation(line: 20, column: 131, scope: !133)
!183 = !DILocation(line: 21, column: 5, scope: !133)
!184 = !DILocation(line: 21, column: 8, scope: !133)
!185 = !DILocation(line: 21, column: 10, scope: !133)
!186 = !DILocation(line: 21, column: 29, scope: !133)
!187 = !DILocation(line: 21, column: 37, scope: !133)
!188 = !DILocation(line: 21, column: 30, scope: !133)
!189 = !DILocation(line: 21, column: 41, scope: !133)
!190 = !DILocation(line: 21, column: 15, scope: !133)
!191 = !DILocation(line: 21, column: 51, scope: !133)
!192 = !DILocation(line: 21, column: 54, scope: !133)
!193 = !DILocation(line: 21, column: 55, scope: !133)
!194 = !DILocation(line: 22, column: 1, scope: !133)
!195 = distinct !DISubprogram(name: "find", scope: !10, file: !10, line: 23, type: !11, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!196 = !DILocation(line: 24, column: 20, scope: !195)
!197 = !DILocation(line: 24, column: 16, scope: !195)
!198 = !DILocation(line: 24, column: 26, scope: !195)
!199 = !DILocation(line: 24, column: 29, scope: !195)
!200 = !DILocation(line: 24, column: 33, scope: !195)
!201 = !DILocation(line: 24, column: 23, scope: !195)
!202 = !DILocation(line: 24, column: 12, scope: !195)
!203 = !DILocation(line: 25, column: 5, scope: !195)
!204 = !DILocation(line: 25, column: 12, scope: !195)
!205 = !DILocation(line: 25, column: 15, scope: !195)
!206 = !DILocation(line: 25, column: 17, scope: !195)
!207 = !DILocation(line: 25, column: 20, scope: !195)
!208 = !DILocation(line: 25, column: 33, scope: !195)
!209 = !DILocation(line: 25, column: 36, scope: !195)
!210 = !DILocation(line: 25, column: 38, scope: !195)
!211 = !DILocation(line: 25, column: 41, scope: !195)
!212 = !DILocation(line: 25, column: 46, scope: !195)
!213 = !DILocation(line: 25, column: 57, scope: !195)
!214 = !DILocation(line: 25, column: 60, scope: !195)
!215 = !DILocation(line: 25, column: 62, scope: !195)
!216 = !DILocation(line: 25, column: 65, scope: !195)
!217 = !DILocation(line: 25, column: 70, scope: !195)
!218 = !DILocation(line: 25, column: 50, scope: !195)
!219 = !DILocation(line: 25, column: 82, scope: !195)
!220 = !DILocation(line: 25, column: 85, scope: !195)
!221 = !DILocation(line: 25, column: 87, scope: !195)
!222 = !DILocation(line: 25, column: 74, scope: !195)
!223 = !DILocation(line: 25, column: 96, scope: !195)
!224 = !DILocation(line: 25, column: 98, scope: !195)
!225 = !DILocation(line: 25, column: 106, scope: !195)
!226 = !DILocation(line: 25, column: 109, scope: !195)
!227 = !DILocation(line: 25, column: 113, scope: !195)
!228 = !DILocation(line: 25, column: 103, scope: !195)
!229 = !DILocation(line: 25, column: 93, scope: !195)
!230 = distinct !{!230, !203, !231, !31}
!231 = !DILocation(line: 25, column: 119, scope: !195)
!232 = !DILocation(line: 26, column: 5, scope: !195)
!233 = !DILocation(line: 27, column: 1, scope: !195)
!234 = distinct !DISubprogram(name: "grow", scope: !10, file: !10, line: 12, type: !11, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!235 = !DILocation(line: 13, column: 23, scope: !234)
!236 = !DILocation(line: 13, column: 31, scope: !234)
!237 = !DILocation(line: 13, column: 34, scope: !234)
!238 = !DILocation(line: 13, column: 38, scope: !234)
!239 = !DILocation(line: 13, column: 24, scope: !234)
!240 = !DILocation(line: 13, column: 66, scope: !234)
!241 = !DILocation(line: 13, column: 69, scope: !234)
!242 = !DILocation(line: 13, column: 73, scope: !234)
!243 = !DILocation(line: 14, column: 17, scope: !234)
!244 = !DILocation(line: 14, column: 10, scope: !234)
!245 = !DILocation(line: 14, column: 24, scope: !234)
!246 = !DILocation(line: 14, column: 28, scope: !234)
!247 = !DILocation(line: 14, column: 31, scope: !234)
!248 = !DILocation(line: 14, column: 26, scope: !234)
!249 = !DILocation(line: 14, column: 5, scope: !234)
!250 = !DILocation(line: 14, column: 45, scope: !234)
!251 = !DILocation(line: 14, column: 48, scope: !234)
!252 = !DILocation(line: 14, column: 50, scope: !234)
!253 = !DILocation(line: 14, column: 53, scope: !234)
!254 = !DILocation(line: 14, column: 58, scope: !234)
!255 = !DILocation(line: 14, column: 62, scope: !234)
!256 = !DILocation(line: 14, column: 65, scope: !234)
!257 = !DILocation(line: 14, column: 67, scope: !234)
!258 = !DILocation(line: 14, column: 70, scope: !234)
!259 = !DILocation(line: 14, column: 87, scope: !234)
!260 = !DILocation(line: 14, column: 90, scope: !234)
!261 = !DILocation(line: 14, column: 92, scope: !234)
!262 = !DILocation(line: 14, column: 95, scope: !234)
!263 = !DILocation(line: 14, column: 100, scope: !234)
!264 = !DILocation(line: 14, column: 103, scope: !234)
!265 = !DILocation(line: 14, column: 105, scope: !234)
!266 = !DILocation(line: 14, column: 108, scope: !234)
!267 = !DILocation(line: 14, column: 78, scope: !234)
!268 = !DILocation(line: 14, column: 119, scope: !234)
!269 = !DILocation(line: 14, column: 122, scope: !234)
!270 = !DILocation(line: 14, column: 124, scope: !234)
!271 = !DILocation(line: 14, column: 127, scope: !234)
!272 = !DILocation(line: 14, column: 114, scope: !234)
!273 = !DILocation(line: 14, column: 133, scope: !234)
!274 = !DILocation(line: 14, column: 37, scope: !234)
!275 = distinct !{!275, !249, !273, !31}
!276 = !DILocation(line: 15, column: 10, scope: !234)
!277 = !DILocation(line: 15, column: 13, scope: !234)
!278 = !DILocation(line: 15, column: 5, scope: !234)
!279 = !DILocation(line: 15, column: 18, scope: !234)
!280 = !DILocation(line: 15, column: 22, scope: !234)
!281 = !DILocation(line: 16, column: 1, scope: !234)
!282 = distinct !DISubprogram(name: "fnv", scope: !10, file: !10, line: 10, type: !11, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!283 = !DILocation(line: 10, column: 47, scope: !282)
!284 = !DILocation(line: 10, column: 74, scope: !282)
!285 = !DILocation(line: 10, column: 82, scope: !282)
!286 = !DILocation(line: 10, column: 81, scope: !282)
!287 = !DILocation(line: 10, column: 109, scope: !282)
!288 = !DILocation(line: 10, column: 107, scope: !282)
!289 = !DILocation(line: 10, column: 92, scope: !282)
!290 = !DILocation(line: 10, column: 89, scope: !282)
!291 = !DILocation(line: 10, column: 115, scope: !282)
!292 = distinct !{!292, !284, !293, !31}
!293 = !DILocation(line: 10, column: 136, scope: !282)
!294 = !DILocation(line: 10, column: 145, scope: !282)
!295 = !DILocation(line: 10, column: 138, scope: !282)
