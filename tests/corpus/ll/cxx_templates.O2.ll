; ModuleID = 'cxx_templates.cpp'
source_filename = "cxx_templates.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Array = type { [5 x i32] }
%struct.Array.0 = type { [3 x double] }
%struct.Seven = type { i8 }
%struct.Acc = type { i64 }

$_Z6squareIiET_S0_ = comdat any

$_Z6squareIdET_S0_ = comdat any

$_Z6squareIlET_S0_ = comdat any

$_ZNK5ArrayIiLi5EE4sizeEv = comdat any

$_ZNK5ArrayIiLi5EE3sumEv = comdat any

$_ZNK5ArrayIdLi3EE3sumEv = comdat any

$_ZN8DescribeIiE4nameEv = comdat any

$_ZN8DescribeIdE4nameEv = comdat any

$_ZN8DescribeIcE4nameEv = comdat any

$_Z7sum_allIJidlfEEDaDpT_ = comdat any

$_Z9print_allIJidcxfEEvDpT_ = comdat any

$_Z3fibi = comdat any

$_ZNK4BaseI5SevenE5twiceEv = comdat any

$_Z11for_each_itIPi3AccET0_T_S3_S2_ = comdat any

$_Z9print_oneIiEvT_ = comdat any

$_Z9print_oneIdEvT_ = comdat any

$_Z9print_oneIcEvT_ = comdat any

$_Z9print_oneIxEvT_ = comdat any

$_Z9print_oneIfEvT_ = comdat any

$_ZNK5Seven5valueEv = comdat any

$_ZN3AccclEi = comdat any

@.str = private unnamed_addr constant [15 x i8] c"%d %.17g %lld\0A\00", align 1
@__const.main.a = private unnamed_addr constant %struct.Array { [5 x i32] [i32 1, i32 2, i32 3, i32 4, i32 5] }, align 4
@__const.main.d = private unnamed_addr constant %struct.Array.0 { [3 x double] [double 5.000000e-01, double 2.500000e-01, double 1.250000e-01] }, align 8
@.str.1 = private unnamed_addr constant [13 x i8] c"%d %d %.17g\0A\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"%s %s %s\0A\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"%.17g\0A\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"fib %llu\0A\00", align 1
@.str.5 = private unnamed_addr constant [9 x i8] c"crtp %d\0A\00", align 1
@__const.main.arr = private unnamed_addr constant [5 x i32] [i32 5, i32 4, i32 3, i32 2, i32 1], align 16
@.str.6 = private unnamed_addr constant [9 x i8] c"acc %ld\0A\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"int\00", align 1
@.str.8 = private unnamed_addr constant [7 x i8] c"double\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"generic\00", align 1
@.str.10 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.11 = private unnamed_addr constant [6 x i8] c"%lld \00", align 1
@.str.12 = private unnamed_addr constant [7 x i8] c"%.17g \00", align 1

; Function Attrs: mustprogress norecurse uwtable
define noundef i32 @main() #0 !dbg !13 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Array, align 4
  %3 = alloca %struct.Array.0, align 8
  %4 = alloca %struct.Seven, align 1
  %5 = alloca [5 x i32], align 16
  %6 = alloca %struct.Acc, align 8
  %7 = alloca %struct.Acc, align 8
  store i32 0, ptr %1, align 4
  %8 = call noundef i32 @_Z6squareIiET_S0_(i32 noundef 12), !dbg !17
  %9 = call noundef double @_Z6squareIdET_S0_(double noundef 1.100000e+00), !dbg !18
  %10 = call noundef i64 @_Z6squareIlET_S0_(i64 noundef 3000000000), !dbg !19
  %11 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %8, double noundef %9, i64 noundef %10), !dbg !20
  call void @llvm.lifetime.start.p0(ptr %2) #6, !dbg !21
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 @__const.main.a, i64 20, i1 false), !dbg !22
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !23
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 @__const.main.d, i64 24, i1 false), !dbg !24
  %12 = call noundef i32 @_ZNK5ArrayIiLi5EE4sizeEv(ptr noundef nonnull align 4 dereferenceable(20) %2), !dbg !25
  %13 = call noundef i32 @_ZNK5ArrayIiLi5EE3sumEv(ptr noundef nonnull align 4 dereferenceable(20) %2), !dbg !26
  %14 = call noundef double @_ZNK5ArrayIdLi3EE3sumEv(ptr noundef nonnull align 8 dereferenceable(24) %3), !dbg !27
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %12, i32 noundef %13, double noundef %14), !dbg !28
  %16 = call noundef ptr @_ZN8DescribeIiE4nameEv(), !dbg !29
  %17 = call noundef ptr @_ZN8DescribeIdE4nameEv(), !dbg !30
  %18 = call noundef ptr @_ZN8DescribeIcE4nameEv(), !dbg !31
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %16, ptr noundef %17, ptr noundef %18), !dbg !32
  %20 = call noundef double @_Z7sum_allIJidlfEEDaDpT_(i32 noundef 1, double noundef 2.500000e+00, i64 noundef 3, float noundef 4.250000e+00), !dbg !33
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %20), !dbg !34
  call void @_Z9print_allIJidcxfEEvDpT_(i32 noundef 1, double noundef 2.500000e+00, i8 noundef signext 99, i64 noundef 7, float noundef 0x3FB99999A0000000), !dbg !35
  %22 = call noundef i64 @_Z3fibi(i32 noundef 90), !dbg !36
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %22), !dbg !37
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !38
  %24 = call noundef i32 @_ZNK4BaseI5SevenE5twiceEv(ptr noundef nonnull align 1 dereferenceable(1) %4), !dbg !39
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %24), !dbg !40
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !40
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !41
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %5, ptr align 16 @__const.main.arr, i64 20, i1 false), !dbg !42
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !43
  %26 = getelementptr inbounds [5 x i32], ptr %5, i64 0, i64 0, !dbg !44
  %27 = getelementptr inbounds [5 x i32], ptr %5, i64 0, i64 0, !dbg !45
  %28 = getelementptr inbounds i32, ptr %27, i64 5, !dbg !46
  %29 = getelementptr inbounds nuw %struct.Acc, ptr %7, i32 0, i32 0, !dbg !47
  store i64 0, ptr %29, align 8, !dbg !47, !tbaa !48
  %30 = getelementptr inbounds nuw %struct.Acc, ptr %7, i32 0, i32 0, !dbg !43
  %31 = load i64, ptr %30, align 8, !dbg !43
  %32 = call i64 @_Z11for_each_itIPi3AccET0_T_S3_S2_(ptr noundef %26, ptr noundef %28, i64 %31), !dbg !43
  %33 = getelementptr inbounds nuw %struct.Acc, ptr %6, i32 0, i32 0, !dbg !43
  store i64 %32, ptr %33, align 8, !dbg !43
  %34 = getelementptr inbounds nuw %struct.Acc, ptr %6, i32 0, i32 0, !dbg !51
  %35 = load i64, ptr %34, align 8, !dbg !51, !tbaa !48
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %35), !dbg !52
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !52
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !53
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !53
  call void @llvm.lifetime.end.p0(ptr %2) #6, !dbg !53
  ret i32 0, !dbg !54
}

declare !dbg !55 i32 @printf(ptr noundef, ...) #1

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef i32 @_Z6squareIiET_S0_(i32 noundef %0) #2 comdat !dbg !57 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  %3 = load i32, ptr %2, align 4, !dbg !58, !tbaa !9
  %4 = load i32, ptr %2, align 4, !dbg !59, !tbaa !9
  %5 = mul nsw i32 %3, %4, !dbg !60
  ret i32 %5, !dbg !61
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef double @_Z6squareIdET_S0_(double noundef %0) #2 comdat !dbg !62 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8, !tbaa !63
  %3 = load double, ptr %2, align 8, !dbg !65, !tbaa !63
  %4 = load double, ptr %2, align 8, !dbg !66, !tbaa !63
  %5 = fmul double %3, %4, !dbg !67
  ret double %5, !dbg !68
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef i64 @_Z6squareIlET_S0_(i64 noundef %0) #2 comdat !dbg !69 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !70
  %3 = load i64, ptr %2, align 8, !dbg !71, !tbaa !70
  %4 = load i64, ptr %2, align 8, !dbg !72, !tbaa !70
  %5 = mul nsw i64 %3, %4, !dbg !73
  ret i64 %5, !dbg !74
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef i32 @_ZNK5ArrayIiLi5EE4sizeEv(ptr noundef nonnull align 4 dereferenceable(20) %0) #2 comdat align 2 !dbg !75 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !76
  %3 = load ptr, ptr %2, align 8
  ret i32 5, !dbg !79
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef i32 @_ZNK5ArrayIiLi5EE3sumEv(ptr noundef nonnull align 4 dereferenceable(20) %0) #2 comdat align 2 !dbg !80 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !76
  %5 = load ptr, ptr %2, align 8
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !81
  store i32 0, ptr %3, align 4, !dbg !82, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !83
  store i32 0, ptr %4, align 4, !dbg !84, !tbaa !9
  br label %6, !dbg !83

6:                                                ; preds = %18, %1
  %7 = load i32, ptr %4, align 4, !dbg !85, !tbaa !9
  %8 = icmp slt i32 %7, 5, !dbg !86
  br i1 %8, label %10, label %9, !dbg !87

9:                                                ; preds = %6
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !88
  br label %21

10:                                               ; preds = %6
  %11 = getelementptr inbounds nuw %struct.Array, ptr %5, i32 0, i32 0, !dbg !89
  %12 = load i32, ptr %4, align 4, !dbg !90, !tbaa !9
  %13 = sext i32 %12 to i64, !dbg !89
  %14 = getelementptr inbounds [5 x i32], ptr %11, i64 0, i64 %13, !dbg !89
  %15 = load i32, ptr %14, align 4, !dbg !89, !tbaa !9
  %16 = load i32, ptr %3, align 4, !dbg !91, !tbaa !9
  %17 = add nsw i32 %16, %15, !dbg !92
  store i32 %17, ptr %3, align 4, !dbg !93, !tbaa !9
  br label %18, !dbg !94

18:                                               ; preds = %10
  %19 = load i32, ptr %4, align 4, !dbg !95, !tbaa !9
  %20 = add nsw i32 %19, 1, !dbg !96
  store i32 %20, ptr %4, align 4, !dbg !97, !tbaa !9
  br label %6, !dbg !88, !llvm.loop !98

21:                                               ; preds = %9
  %22 = load i32, ptr %3, align 4, !dbg !101, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !102
  ret i32 %22, !dbg !103
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef double @_ZNK5ArrayIdLi3EE3sumEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #2 comdat align 2 !dbg !104 {
  %2 = alloca ptr, align 8
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !105
  %5 = load ptr, ptr %2, align 8
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !107
  store double 0.000000e+00, ptr %3, align 8, !dbg !108, !tbaa !63
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !109
  store i32 0, ptr %4, align 4, !dbg !110, !tbaa !9
  br label %6, !dbg !109

6:                                                ; preds = %18, %1
  %7 = load i32, ptr %4, align 4, !dbg !111, !tbaa !9
  %8 = icmp slt i32 %7, 3, !dbg !112
  br i1 %8, label %10, label %9, !dbg !113

9:                                                ; preds = %6
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !114
  br label %21

10:                                               ; preds = %6
  %11 = getelementptr inbounds nuw %struct.Array.0, ptr %5, i32 0, i32 0, !dbg !115
  %12 = load i32, ptr %4, align 4, !dbg !116, !tbaa !9
  %13 = sext i32 %12 to i64, !dbg !115
  %14 = getelementptr inbounds [3 x double], ptr %11, i64 0, i64 %13, !dbg !115
  %15 = load double, ptr %14, align 8, !dbg !115, !tbaa !63
  %16 = load double, ptr %3, align 8, !dbg !117, !tbaa !63
  %17 = fadd double %16, %15, !dbg !118
  store double %17, ptr %3, align 8, !dbg !119, !tbaa !63
  br label %18, !dbg !120

18:                                               ; preds = %10
  %19 = load i32, ptr %4, align 4, !dbg !121, !tbaa !9
  %20 = add nsw i32 %19, 1, !dbg !122
  store i32 %20, ptr %4, align 4, !dbg !123, !tbaa !9
  br label %6, !dbg !114, !llvm.loop !124

21:                                               ; preds = %9
  %22 = load double, ptr %3, align 8, !dbg !126, !tbaa !63
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !127
  ret double %22, !dbg !128
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef ptr @_ZN8DescribeIiE4nameEv() #2 comdat align 2 !dbg !129 {
  ret ptr @.str.7, !dbg !130
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef ptr @_ZN8DescribeIdE4nameEv() #2 comdat align 2 !dbg !131 {
  ret ptr @.str.8, !dbg !132
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef ptr @_ZN8DescribeIcE4nameEv() #2 comdat align 2 !dbg !133 {
  ret ptr @.str.9, !dbg !134
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef double @_Z7sum_allIJidlfEEDaDpT_(i32 noundef %0, double noundef %1, i64 noundef %2, float noundef %3) #2 comdat !dbg !135 {
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  %7 = alloca i64, align 8
  %8 = alloca float, align 4
  store i32 %0, ptr %5, align 4, !tbaa !9
  store double %1, ptr %6, align 8, !tbaa !63
  store i64 %2, ptr %7, align 8, !tbaa !70
  store float %3, ptr %8, align 4, !tbaa !136
  %9 = load i32, ptr %5, align 4, !dbg !138, !tbaa !9
  %10 = sitofp i32 %9 to double, !dbg !138
  %11 = load double, ptr %6, align 8, !dbg !138, !tbaa !63
  %12 = load i64, ptr %7, align 8, !dbg !138, !tbaa !70
  %13 = sitofp i64 %12 to float, !dbg !138
  %14 = load float, ptr %8, align 4, !dbg !138, !tbaa !136
  %15 = fadd float %14, 0.000000e+00, !dbg !139
  %16 = fadd float %13, %15, !dbg !139
  %17 = fpext float %16 to double, !dbg !138
  %18 = fadd double %11, %17, !dbg !139
  %19 = fadd double %10, %18, !dbg !140
  ret double %19, !dbg !141
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_Z9print_allIJidcxfEEvDpT_(i32 noundef %0, double noundef %1, i8 noundef signext %2, i64 noundef %3, float noundef %4) #5 comdat !dbg !142 {
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i8, align 1
  %9 = alloca i64, align 8
  %10 = alloca float, align 4
  store i32 %0, ptr %6, align 4, !tbaa !9
  store double %1, ptr %7, align 8, !tbaa !63
  store i8 %2, ptr %8, align 1, !tbaa !143
  store i64 %3, ptr %9, align 8, !tbaa !144
  store float %4, ptr %10, align 4, !tbaa !136
  %11 = load i32, ptr %6, align 4, !dbg !146, !tbaa !9
  call void @_Z9print_oneIiEvT_(i32 noundef %11), !dbg !147
  %12 = load double, ptr %7, align 8, !dbg !146, !tbaa !63
  call void @_Z9print_oneIdEvT_(double noundef %12), !dbg !147
  %13 = load i8, ptr %8, align 1, !dbg !146, !tbaa !143
  call void @_Z9print_oneIcEvT_(i8 noundef signext %13), !dbg !147
  %14 = load i64, ptr %9, align 8, !dbg !146, !tbaa !144
  call void @_Z9print_oneIxEvT_(i64 noundef %14), !dbg !147
  %15 = load float, ptr %10, align 4, !dbg !146, !tbaa !136
  call void @_Z9print_oneIfEvT_(float noundef %15), !dbg !147
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str.10), !dbg !148
  ret void, !dbg !149
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef i64 @_Z3fibi(i32 noundef %0) #2 comdat !dbg !150 {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store i32 %0, ptr %2, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #6, !dbg !151
  store i64 0, ptr %3, align 8, !dbg !152, !tbaa !70
  call void @llvm.lifetime.start.p0(ptr %4) #6, !dbg !151
  store i64 1, ptr %4, align 8, !dbg !153, !tbaa !70
  call void @llvm.lifetime.start.p0(ptr %5) #6, !dbg !154
  store i32 0, ptr %5, align 4, !dbg !155, !tbaa !9
  br label %7, !dbg !154

7:                                                ; preds = %18, %1
  %8 = load i32, ptr %5, align 4, !dbg !156, !tbaa !9
  %9 = load i32, ptr %2, align 4, !dbg !157, !tbaa !9
  %10 = icmp slt i32 %8, %9, !dbg !158
  br i1 %10, label %12, label %11, !dbg !159

11:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %5) #6, !dbg !160
  br label %21

12:                                               ; preds = %7
  call void @llvm.lifetime.start.p0(ptr %6) #6, !dbg !161
  %13 = load i64, ptr %3, align 8, !dbg !162, !tbaa !70
  %14 = load i64, ptr %4, align 8, !dbg !163, !tbaa !70
  %15 = add i64 %13, %14, !dbg !164
  store i64 %15, ptr %6, align 8, !dbg !165, !tbaa !70
  %16 = load i64, ptr %4, align 8, !dbg !166, !tbaa !70
  store i64 %16, ptr %3, align 8, !dbg !167, !tbaa !70
  %17 = load i64, ptr %6, align 8, !dbg !168, !tbaa !70
  store i64 %17, ptr %4, align 8, !dbg !169, !tbaa !70
  call void @llvm.lifetime.end.p0(ptr %6) #6, !dbg !170
  br label %18, !dbg !171

18:                                               ; preds = %12
  %19 = load i32, ptr %5, align 4, !dbg !172, !tbaa !9
  %20 = add nsw i32 %19, 1, !dbg !173
  store i32 %20, ptr %5, align 4, !dbg !174, !tbaa !9
  br label %7, !dbg !160, !llvm.loop !175

21:                                               ; preds = %11
  %22 = load i64, ptr %3, align 8, !dbg !176, !tbaa !70
  call void @llvm.lifetime.end.p0(ptr %4) #6, !dbg !177
  call void @llvm.lifetime.end.p0(ptr %3) #6, !dbg !177
  ret i64 %22, !dbg !178
}

; Function Attrs: mustprogress uwtable
define linkonce_odr noundef i32 @_ZNK4BaseI5SevenE5twiceEv(ptr noundef nonnull align 1 dereferenceable(1) %0) #5 comdat align 2 !dbg !179 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !180
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef i32 @_ZNK5Seven5valueEv(ptr noundef nonnull align 1 dereferenceable(1) %3), !dbg !182
  %5 = mul nsw i32 2, %4, !dbg !183
  ret i32 %5, !dbg !184
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; Function Attrs: mustprogress uwtable
define linkonce_odr i64 @_Z11for_each_itIPi3AccET0_T_S3_S2_(ptr noundef %0, ptr noundef %1, i64 %2) #5 comdat !dbg !185 {
  %4 = alloca %struct.Acc, align 8
  %5 = alloca %struct.Acc, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = getelementptr inbounds nuw %struct.Acc, ptr %5, i32 0, i32 0
  store i64 %2, ptr %8, align 8
  store ptr %0, ptr %6, align 8, !tbaa !186
  store ptr %1, ptr %7, align 8, !tbaa !186
  br label %9, !dbg !188

9:                                                ; preds = %16, %3
  %10 = load ptr, ptr %6, align 8, !dbg !189, !tbaa !186
  %11 = load ptr, ptr %7, align 8, !dbg !190, !tbaa !186
  %12 = icmp ne ptr %10, %11, !dbg !191
  br i1 %12, label %13, label %19, !dbg !192

13:                                               ; preds = %9
  %14 = load ptr, ptr %6, align 8, !dbg !193, !tbaa !186
  %15 = load i32, ptr %14, align 4, !dbg !194, !tbaa !9
  call void @_ZN3AccclEi(ptr noundef nonnull align 8 dereferenceable(8) %5, i32 noundef %15), !dbg !195
  br label %16, !dbg !196

16:                                               ; preds = %13
  %17 = load ptr, ptr %6, align 8, !dbg !197, !tbaa !186
  %18 = getelementptr inbounds nuw i32, ptr %17, i32 1, !dbg !198
  store ptr %18, ptr %6, align 8, !dbg !199, !tbaa !186
  br label %9, !dbg !188, !llvm.loop !200

19:                                               ; preds = %9
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 %5, i64 8, i1 false), !dbg !202, !tbaa.struct !203
  %20 = getelementptr inbounds nuw %struct.Acc, ptr %4, i32 0, i32 0, !dbg !204
  %21 = load i64, ptr %20, align 8, !dbg !205
  ret i64 %21, !dbg !206
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_Z9print_oneIiEvT_(i32 noundef %0) #5 comdat !dbg !207 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  %3 = load i32, ptr %2, align 4, !dbg !208, !tbaa !9
  %4 = sext i32 %3 to i64, !dbg !208
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef %4), !dbg !209
  ret void, !dbg !210
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_Z9print_oneIdEvT_(double noundef %0) #5 comdat !dbg !211 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8, !tbaa !63
  %3 = load double, ptr %2, align 8, !dbg !212, !tbaa !63
  %4 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, double noundef %3), !dbg !213
  ret void, !dbg !214
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_Z9print_oneIcEvT_(i8 noundef signext %0) #5 comdat !dbg !215 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1, !tbaa !143
  %3 = load i8, ptr %2, align 1, !dbg !216, !tbaa !143
  %4 = sext i8 %3 to i64, !dbg !216
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef %4), !dbg !217
  ret void, !dbg !218
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_Z9print_oneIxEvT_(i64 noundef %0) #5 comdat !dbg !219 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !144
  %3 = load i64, ptr %2, align 8, !dbg !220, !tbaa !144
  %4 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef %3), !dbg !221
  ret void, !dbg !222
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_Z9print_oneIfEvT_(float noundef %0) #5 comdat !dbg !223 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4, !tbaa !136
  %3 = load float, ptr %2, align 4, !dbg !224, !tbaa !136
  %4 = fpext float %3 to double, !dbg !224
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, double noundef %4), !dbg !225
  ret void, !dbg !226
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef i32 @_ZNK5Seven5valueEv(ptr noundef nonnull align 1 dereferenceable(1) %0) #2 comdat align 2 !dbg !227 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !228
  %3 = load ptr, ptr %2, align 8
  ret i32 7, !dbg !230
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZN3AccclEi(ptr noundef nonnull align 8 dereferenceable(8) %0, i32 noundef %1) #2 comdat align 2 !dbg !231 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !232
  store i32 %1, ptr %4, align 4, !tbaa !9
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %struct.Acc, ptr %5, i32 0, i32 0, !dbg !234
  %7 = load i64, ptr %6, align 8, !dbg !234, !tbaa !48
  %8 = mul nsw i64 %7, 3, !dbg !235
  %9 = load i32, ptr %4, align 4, !dbg !236, !tbaa !9
  %10 = sext i32 %9 to i64, !dbg !236
  %11 = add nsw i64 %8, %10, !dbg !237
  %12 = getelementptr inbounds nuw %struct.Acc, ptr %5, i32 0, i32 0, !dbg !238
  store i64 %11, ptr %12, align 8, !dbg !239, !tbaa !48
  ret void, !dbg !240
}

attributes #0 = { mustprogress norecurse uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { mustprogress nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C_plus_plus_14, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "cxx_templates.cpp", directory: ".")
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
!12 = !{!"Simple C++ TBAA"}
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 29, type: !15, scopeLine: 29, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "cxx_templates.cpp", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 30, column: 36, scope: !13)
!18 = !DILocation(line: 30, column: 48, scope: !13)
!19 = !DILocation(line: 30, column: 72, scope: !13)
!20 = !DILocation(line: 30, column: 5, scope: !13)
!21 = !DILocation(line: 31, column: 5, scope: !13)
!22 = !DILocation(line: 31, column: 19, scope: !13, atomGroup: 1, atomRank: 1)
!23 = !DILocation(line: 31, column: 39, scope: !13)
!24 = !DILocation(line: 31, column: 56, scope: !13, atomGroup: 2, atomRank: 1)
!25 = !DILocation(line: 32, column: 36, scope: !13)
!26 = !DILocation(line: 32, column: 46, scope: !13)
!27 = !DILocation(line: 32, column: 55, scope: !13)
!28 = !DILocation(line: 32, column: 5, scope: !13)
!29 = !DILocation(line: 33, column: 31, scope: !13)
!30 = !DILocation(line: 33, column: 54, scope: !13)
!31 = !DILocation(line: 33, column: 80, scope: !13)
!32 = !DILocation(line: 33, column: 5, scope: !13)
!33 = !DILocation(line: 34, column: 36, scope: !13)
!34 = !DILocation(line: 34, column: 5, scope: !13)
!35 = !DILocation(line: 35, column: 5, scope: !13)
!36 = !DILocation(line: 36, column: 51, scope: !13)
!37 = !DILocation(line: 36, column: 5, scope: !13)
!38 = !DILocation(line: 37, column: 30, scope: !13)
!39 = !DILocation(line: 37, column: 38, scope: !13)
!40 = !DILocation(line: 37, column: 5, scope: !13)
!41 = !DILocation(line: 38, column: 5, scope: !13)
!42 = !DILocation(line: 38, column: 9, scope: !13, atomGroup: 3, atomRank: 1)
!43 = !DILocation(line: 39, column: 30, scope: !13)
!44 = !DILocation(line: 39, column: 42, scope: !13)
!45 = !DILocation(line: 39, column: 47, scope: !13)
!46 = !DILocation(line: 39, column: 51, scope: !13)
!47 = !DILocation(line: 39, column: 59, scope: !13)
!48 = !{!49, !50, i64 0}
!49 = !{!"_ZTS3Acc", !50, i64 0}
!50 = !{!"long", !11, i64 0}
!51 = !DILocation(line: 39, column: 63, scope: !13)
!52 = !DILocation(line: 39, column: 5, scope: !13)
!53 = !DILocation(line: 41, column: 1, scope: !13)
!54 = !DILocation(line: 40, column: 5, scope: !13, atomGroup: 5, atomRank: 1)
!55 = !DISubprogram(name: "printf", scope: !56, file: !56, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!56 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!57 = distinct !DISubprogram(name: "square<int>", scope: !14, file: !14, line: 6, type: !15, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!58 = !DILocation(line: 6, column: 46, scope: !57)
!59 = !DILocation(line: 6, column: 50, scope: !57)
!60 = !DILocation(line: 6, column: 48, scope: !57, atomGroup: 1, atomRank: 2)
!61 = !DILocation(line: 6, column: 39, scope: !57, atomGroup: 1, atomRank: 1)
!62 = distinct !DISubprogram(name: "square<double>", scope: !14, file: !14, line: 6, type: !15, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!63 = !{!64, !64, i64 0}
!64 = !{!"double", !11, i64 0}
!65 = !DILocation(line: 6, column: 46, scope: !62)
!66 = !DILocation(line: 6, column: 50, scope: !62)
!67 = !DILocation(line: 6, column: 48, scope: !62, atomGroup: 1, atomRank: 2)
!68 = !DILocation(line: 6, column: 39, scope: !62, atomGroup: 1, atomRank: 1)
!69 = distinct !DISubprogram(name: "square<long>", scope: !14, file: !14, line: 6, type: !15, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!70 = !{!50, !50, i64 0}
!71 = !DILocation(line: 6, column: 46, scope: !69)
!72 = !DILocation(line: 6, column: 50, scope: !69)
!73 = !DILocation(line: 6, column: 48, scope: !69, atomGroup: 1, atomRank: 2)
!74 = !DILocation(line: 6, column: 39, scope: !69, atomGroup: 1, atomRank: 1)
!75 = distinct !DISubprogram(name: "size", scope: !14, file: !14, line: 9, type: !15, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!76 = !{!77, !77, i64 0}
!77 = !{!"p1 _ZTS5ArrayIiLi5EE", !78, i64 0}
!78 = !{!"any pointer", !11, i64 0}
!79 = !DILocation(line: 9, column: 34, scope: !75, atomGroup: 1, atomRank: 1)
!80 = distinct !DISubprogram(name: "sum", scope: !14, file: !14, line: 10, type: !15, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!81 = !DILocation(line: 10, column: 21, scope: !80)
!82 = !DILocation(line: 10, column: 23, scope: !80, atomGroup: 1, atomRank: 1)
!83 = !DILocation(line: 10, column: 33, scope: !80)
!84 = !DILocation(line: 10, column: 37, scope: !80, atomGroup: 2, atomRank: 1)
!85 = !DILocation(line: 10, column: 44, scope: !80)
!86 = !DILocation(line: 10, column: 46, scope: !80, atomGroup: 3, atomRank: 1)
!87 = !DILocation(line: 10, column: 28, scope: !80, atomGroup: 4, atomRank: 1)
!88 = !DILocation(line: 10, column: 28, scope: !80)
!89 = !DILocation(line: 10, column: 61, scope: !80)
!90 = !DILocation(line: 10, column: 66, scope: !80)
!91 = !DILocation(line: 10, column: 58, scope: !80)
!92 = !DILocation(line: 10, column: 58, scope: !80, atomGroup: 5, atomRank: 2)
!93 = !DILocation(line: 10, column: 58, scope: !80, atomGroup: 5, atomRank: 1)
!94 = !DILocation(line: 10, column: 56, scope: !80, atomGroup: 7, atomRank: 1)
!95 = !DILocation(line: 10, column: 52, scope: !80)
!96 = !DILocation(line: 10, column: 52, scope: !80, atomGroup: 6, atomRank: 2)
!97 = !DILocation(line: 10, column: 52, scope: !80, atomGroup: 6, atomRank: 1)
!98 = distinct !{!98, !88, !99, !100}
!99 = !DILocation(line: 10, column: 67, scope: !80)
!100 = !{!"llvm.loop.mustprogress"}
!101 = !DILocation(line: 10, column: 77, scope: !80, atomGroup: 9, atomRank: 2)
!102 = !DILocation(line: 10, column: 80, scope: !80)
!103 = !DILocation(line: 10, column: 70, scope: !80, atomGroup: 9, atomRank: 1)
!104 = distinct !DISubprogram(name: "sum", scope: !14, file: !14, line: 10, type: !15, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!105 = !{!106, !106, i64 0}
!106 = !{!"p1 _ZTS5ArrayIdLi3EE", !78, i64 0}
!107 = !DILocation(line: 10, column: 21, scope: !104)
!108 = !DILocation(line: 10, column: 23, scope: !104, atomGroup: 1, atomRank: 1)
!109 = !DILocation(line: 10, column: 33, scope: !104)
!110 = !DILocation(line: 10, column: 37, scope: !104, atomGroup: 2, atomRank: 1)
!111 = !DILocation(line: 10, column: 44, scope: !104)
!112 = !DILocation(line: 10, column: 46, scope: !104, atomGroup: 3, atomRank: 1)
!113 = !DILocation(line: 10, column: 28, scope: !104, atomGroup: 4, atomRank: 1)
!114 = !DILocation(line: 10, column: 28, scope: !104)
!115 = !DILocation(line: 10, column: 61, scope: !104)
!116 = !DILocation(line: 10, column: 66, scope: !104)
!117 = !DILocation(line: 10, column: 58, scope: !104)
!118 = !DILocation(line: 10, column: 58, scope: !104, atomGroup: 5, atomRank: 2)
!119 = !DILocation(line: 10, column: 58, scope: !104, atomGroup: 5, atomRank: 1)
!120 = !DILocation(line: 10, column: 56, scope: !104, atomGroup: 7, atomRank: 1)
!121 = !DILocation(line: 10, column: 52, scope: !104)
!122 = !DILocation(line: 10, column: 52, scope: !104, atomGroup: 6, atomRank: 2)
!123 = !DILocation(line: 10, column: 52, scope: !104, atomGroup: 6, atomRank: 1)
!124 = distinct !{!124, !114, !125, !100}
!125 = !DILocation(line: 10, column: 67, scope: !104)
!126 = !DILocation(line: 10, column: 77, scope: !104, atomGroup: 9, atomRank: 2)
!127 = !DILocation(line: 10, column: 80, scope: !104)
!128 = !DILocation(line: 10, column: 70, scope: !104, atomGroup: 9, atomRank: 1)
!129 = distinct !DISubprogram(name: "name", scope: !14, file: !14, line: 13, type: !15, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!130 = !DILocation(line: 13, column: 64, scope: !129, atomGroup: 1, atomRank: 1)
!131 = distinct !DISubprogram(name: "name", scope: !14, file: !14, line: 14, type: !15, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!132 = !DILocation(line: 14, column: 67, scope: !131, atomGroup: 1, atomRank: 1)
!133 = distinct !DISubprogram(name: "name", scope: !14, file: !14, line: 12, type: !15, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!134 = !DILocation(line: 12, column: 69, scope: !133, atomGroup: 1, atomRank: 1)
!135 = distinct !DISubprogram(name: "sum_all<int, double, long, float>", scope: !14, file: !14, line: 16, type: !15, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!136 = !{!137, !137, i64 0}
!137 = !{!"float", !11, i64 0}
!138 = !DILocation(line: 16, column: 60, scope: !135)
!139 = !DILocation(line: 16, column: 65, scope: !135)
!140 = !DILocation(line: 16, column: 65, scope: !135, atomGroup: 1, atomRank: 2)
!141 = !DILocation(line: 16, column: 52, scope: !135, atomGroup: 1, atomRank: 1)
!142 = distinct !DISubprogram(name: "print_all<int, double, char, long long, float>", scope: !14, file: !14, line: 18, type: !15, scopeLine: 18, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!143 = !{!11, !11, i64 0}
!144 = !{!145, !145, i64 0}
!145 = !{!"long long", !11, i64 0}
!146 = !DILocation(line: 18, column: 65, scope: !142)
!147 = !DILocation(line: 18, column: 55, scope: !142)
!148 = !DILocation(line: 18, column: 76, scope: !142)
!149 = !DILocation(line: 18, column: 95, scope: !142, atomGroup: 1, atomRank: 1)
!150 = distinct !DISubprogram(name: "fib", scope: !14, file: !14, line: 20, type: !15, scopeLine: 20, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!151 = !DILocation(line: 20, column: 33, scope: !150)
!152 = !DILocation(line: 20, column: 42, scope: !150, atomGroup: 1, atomRank: 1)
!153 = !DILocation(line: 20, column: 49, scope: !150, atomGroup: 2, atomRank: 1)
!154 = !DILocation(line: 20, column: 61, scope: !150)
!155 = !DILocation(line: 20, column: 65, scope: !150, atomGroup: 3, atomRank: 1)
!156 = !DILocation(line: 20, column: 72, scope: !150)
!157 = !DILocation(line: 20, column: 76, scope: !150)
!158 = !DILocation(line: 20, column: 74, scope: !150, atomGroup: 4, atomRank: 1)
!159 = !DILocation(line: 20, column: 56, scope: !150, atomGroup: 5, atomRank: 1)
!160 = !DILocation(line: 20, column: 56, scope: !150)
!161 = !DILocation(line: 20, column: 86, scope: !150)
!162 = !DILocation(line: 20, column: 99, scope: !150)
!163 = !DILocation(line: 20, column: 103, scope: !150)
!164 = !DILocation(line: 20, column: 101, scope: !150, atomGroup: 6, atomRank: 2)
!165 = !DILocation(line: 20, column: 95, scope: !150, atomGroup: 6, atomRank: 1)
!166 = !DILocation(line: 20, column: 110, scope: !150, atomGroup: 7, atomRank: 2)
!167 = !DILocation(line: 20, column: 108, scope: !150, atomGroup: 7, atomRank: 1)
!168 = !DILocation(line: 20, column: 117, scope: !150, atomGroup: 8, atomRank: 2)
!169 = !DILocation(line: 20, column: 115, scope: !150, atomGroup: 8, atomRank: 1)
!170 = !DILocation(line: 20, column: 120, scope: !150)
!171 = !DILocation(line: 20, column: 120, scope: !150, atomGroup: 10, atomRank: 1)
!172 = !DILocation(line: 20, column: 80, scope: !150)
!173 = !DILocation(line: 20, column: 80, scope: !150, atomGroup: 9, atomRank: 2)
!174 = !DILocation(line: 20, column: 80, scope: !150, atomGroup: 9, atomRank: 1)
!175 = distinct !{!175, !160, !170, !100}
!176 = !DILocation(line: 20, column: 129, scope: !150, atomGroup: 12, atomRank: 2)
!177 = !DILocation(line: 20, column: 132, scope: !150)
!178 = !DILocation(line: 20, column: 122, scope: !150, atomGroup: 12, atomRank: 1)
!179 = distinct !DISubprogram(name: "twice", scope: !14, file: !14, line: 23, type: !15, scopeLine: 23, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!180 = !{!181, !181, i64 0}
!181 = !{!"p1 _ZTS4BaseI5SevenE", !78, i64 0}
!182 = !DILocation(line: 23, column: 110, scope: !179)
!183 = !DILocation(line: 23, column: 72, scope: !179, atomGroup: 1, atomRank: 2)
!184 = !DILocation(line: 23, column: 63, scope: !179, atomGroup: 1, atomRank: 1)
!185 = distinct !DISubprogram(name: "for_each_it<int *, Acc>", scope: !14, file: !14, line: 26, type: !15, scopeLine: 26, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!186 = !{!187, !187, i64 0}
!187 = !{!"p1 int", !78, i64 0}
!188 = !DILocation(line: 26, column: 69, scope: !185)
!189 = !DILocation(line: 26, column: 76, scope: !185)
!190 = !DILocation(line: 26, column: 81, scope: !185)
!191 = !DILocation(line: 26, column: 78, scope: !185, atomGroup: 1, atomRank: 1)
!192 = !DILocation(line: 26, column: 69, scope: !185, atomGroup: 2, atomRank: 1)
!193 = !DILocation(line: 26, column: 92, scope: !185)
!194 = !DILocation(line: 26, column: 91, scope: !185)
!195 = !DILocation(line: 26, column: 89, scope: !185)
!196 = !DILocation(line: 26, column: 89, scope: !185, atomGroup: 4, atomRank: 1)
!197 = !DILocation(line: 26, column: 84, scope: !185)
!198 = !DILocation(line: 26, column: 84, scope: !185, atomGroup: 3, atomRank: 2)
!199 = !DILocation(line: 26, column: 84, scope: !185, atomGroup: 3, atomRank: 1)
!200 = distinct !{!200, !188, !201, !100}
!201 = !DILocation(line: 26, column: 93, scope: !185)
!202 = !DILocation(line: 26, column: 103, scope: !185, atomGroup: 5, atomRank: 1)
!203 = !{i64 0, i64 8, !70}
!204 = !DILocation(line: 26, column: 96, scope: !185)
!205 = !DILocation(line: 26, column: 96, scope: !185, atomGroup: 5, atomRank: 2)
!206 = !DILocation(line: 26, column: 96, scope: !185, atomGroup: 5, atomRank: 1)
!207 = distinct !DISubprogram(name: "print_one<int>", scope: !14, file: !14, line: 17, type: !15, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!208 = !DILocation(line: 17, column: 159, scope: !207)
!209 = !DILocation(line: 17, column: 127, scope: !207)
!210 = !DILocation(line: 17, column: 163, scope: !207, atomGroup: 1, atomRank: 1)
!211 = distinct !DISubprogram(name: "print_one<double>", scope: !14, file: !14, line: 17, type: !15, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!212 = !DILocation(line: 17, column: 118, scope: !211)
!213 = !DILocation(line: 17, column: 88, scope: !211)
!214 = !DILocation(line: 17, column: 163, scope: !211, atomGroup: 1, atomRank: 1)
!215 = distinct !DISubprogram(name: "print_one<char>", scope: !14, file: !14, line: 17, type: !15, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!216 = !DILocation(line: 17, column: 159, scope: !215)
!217 = !DILocation(line: 17, column: 127, scope: !215)
!218 = !DILocation(line: 17, column: 163, scope: !215, atomGroup: 1, atomRank: 1)
!219 = distinct !DISubprogram(name: "print_one<long long>", scope: !14, file: !14, line: 17, type: !15, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!220 = !DILocation(line: 17, column: 159, scope: !219)
!221 = !DILocation(line: 17, column: 127, scope: !219)
!222 = !DILocation(line: 17, column: 163, scope: !219, atomGroup: 1, atomRank: 1)
!223 = distinct !DISubprogram(name: "print_one<float>", scope: !14, file: !14, line: 17, type: !15, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!224 = !DILocation(line: 17, column: 118, scope: !223)
!225 = !DILocation(line: 17, column: 88, scope: !223)
!226 = !DILocation(line: 17, column: 163, scope: !223, atomGroup: 1, atomRank: 1)
!227 = distinct !DISubprogram(name: "value", scope: !14, file: !14, line: 24, type: !15, scopeLine: 24, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!228 = !{!229, !229, i64 0}
!229 = !{!"p1 _ZTS5Seven", !78, i64 0}
!230 = !DILocation(line: 24, column: 50, scope: !227, atomGroup: 1, atomRank: 1)
!231 = distinct !DISubprogram(name: "operator()", scope: !14, file: !14, line: 27, type: !15, scopeLine: 27, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!232 = !{!233, !233, i64 0}
!233 = !{!"p1 _ZTS3Acc", !78, i64 0}
!234 = !DILocation(line: 27, column: 55, scope: !231)
!235 = !DILocation(line: 27, column: 57, scope: !231)
!236 = !DILocation(line: 27, column: 63, scope: !231)
!237 = !DILocation(line: 27, column: 61, scope: !231, atomGroup: 1, atomRank: 2)
!238 = !DILocation(line: 27, column: 51, scope: !231)
!239 = !DILocation(line: 27, column: 53, scope: !231, atomGroup: 1, atomRank: 1)
!240 = !DILocation(line: 27, column: 66, scope: !231, atomGroup: 2, atomRank: 1)
