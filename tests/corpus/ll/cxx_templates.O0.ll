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

; Function Attrs: mustprogress noinline norecurse sspstrong uwtable
define noundef i32 @main() #0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Array, align 4
  %3 = alloca %struct.Array.0, align 8
  %4 = alloca %struct.Seven, align 1
  %5 = alloca [5 x i32], align 16
  %6 = alloca %struct.Acc, align 8
  %7 = alloca %struct.Acc, align 8
  store i32 0, ptr %1, align 4
  %8 = call noundef i32 @_Z6squareIiET_S0_(i32 noundef 12), !dbg !13
  %9 = call noundef double @_Z6squareIdET_S0_(double noundef 1.100000e+00), !dbg !14
  %10 = call noundef i64 @_Z6squareIlET_S0_(i64 noundef 3000000000), !dbg !15
  %11 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %8, double noundef %9, i64 noundef %10), !dbg !16
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 @__const.main.a, i64 20, i1 false), !dbg !17
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 @__const.main.d, i64 24, i1 false), !dbg !18
  %12 = call noundef i32 @_ZNK5ArrayIiLi5EE4sizeEv(ptr noundef nonnull align 4 dereferenceable(20) %2), !dbg !19
  %13 = call noundef i32 @_ZNK5ArrayIiLi5EE3sumEv(ptr noundef nonnull align 4 dereferenceable(20) %2), !dbg !20
  %14 = call noundef double @_ZNK5ArrayIdLi3EE3sumEv(ptr noundef nonnull align 8 dereferenceable(24) %3), !dbg !21
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %12, i32 noundef %13, double noundef %14), !dbg !22
  %16 = call noundef ptr @_ZN8DescribeIiE4nameEv(), !dbg !23
  %17 = call noundef ptr @_ZN8DescribeIdE4nameEv(), !dbg !24
  %18 = call noundef ptr @_ZN8DescribeIcE4nameEv(), !dbg !25
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %16, ptr noundef %17, ptr noundef %18), !dbg !26
  %20 = call noundef double @_Z7sum_allIJidlfEEDaDpT_(i32 noundef 1, double noundef 2.500000e+00, i64 noundef 3, float noundef 4.250000e+00), !dbg !27
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %20), !dbg !28
  call void @_Z9print_allIJidcxfEEvDpT_(i32 noundef 1, double noundef 2.500000e+00, i8 noundef signext 99, i64 noundef 7, float noundef 0x3FB99999A0000000), !dbg !29
  %22 = call noundef i64 @_Z3fibi(i32 noundef 90), !dbg !30
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %22), !dbg !31
  %24 = call noundef i32 @_ZNK4BaseI5SevenE5twiceEv(ptr noundef nonnull align 1 dereferenceable(1) %4), !dbg !32
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %24), !dbg !33
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %5, ptr align 16 @__const.main.arr, i64 20, i1 false), !dbg !34
  %26 = getelementptr inbounds [5 x i32], ptr %5, i64 0, i64 0, !dbg !35
  %27 = getelementptr inbounds [5 x i32], ptr %5, i64 0, i64 0, !dbg !36
  %28 = getelementptr inbounds i32, ptr %27, i64 5, !dbg !37
  %29 = getelementptr inbounds nuw %struct.Acc, ptr %7, i32 0, i32 0, !dbg !38
  store i64 0, ptr %29, align 8, !dbg !38
  %30 = getelementptr inbounds nuw %struct.Acc, ptr %7, i32 0, i32 0, !dbg !39
  %31 = load i64, ptr %30, align 8, !dbg !39
  %32 = call i64 @_Z11for_each_itIPi3AccET0_T_S3_S2_(ptr noundef %26, ptr noundef %28, i64 %31), !dbg !39
  %33 = getelementptr inbounds nuw %struct.Acc, ptr %6, i32 0, i32 0, !dbg !39
  store i64 %32, ptr %33, align 8, !dbg !39
  %34 = getelementptr inbounds nuw %struct.Acc, ptr %6, i32 0, i32 0, !dbg !40
  %35 = load i64, ptr %34, align 8, !dbg !40
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %35), !dbg !41
  ret i32 0, !dbg !42
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i32 @_Z6squareIiET_S0_(i32 noundef %0) #2 comdat !dbg !43 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4, !dbg !44
  %4 = load i32, ptr %2, align 4, !dbg !45
  %5 = mul nsw i32 %3, %4, !dbg !46
  ret i32 %5, !dbg !47
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef double @_Z6squareIdET_S0_(double noundef %0) #2 comdat !dbg !48 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8, !dbg !49
  %4 = load double, ptr %2, align 8, !dbg !50
  %5 = fmul double %3, %4, !dbg !51
  ret double %5, !dbg !52
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_Z6squareIlET_S0_(i64 noundef %0) #2 comdat !dbg !53 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8, !dbg !54
  %4 = load i64, ptr %2, align 8, !dbg !55
  %5 = mul nsw i64 %3, %4, !dbg !56
  ret i64 %5, !dbg !57
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i32 @_ZNK5ArrayIiLi5EE4sizeEv(ptr noundef nonnull align 4 dereferenceable(20) %0) #2 comdat align 2 !dbg !58 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret i32 5, !dbg !59
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i32 @_ZNK5ArrayIiLi5EE3sumEv(ptr noundef nonnull align 4 dereferenceable(20) %0) #2 comdat align 2 !dbg !60 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  %5 = load ptr, ptr %2, align 8
  store i32 0, ptr %3, align 4, !dbg !61
  store i32 0, ptr %4, align 4, !dbg !62
  br label %6, !dbg !63

6:                                                ; preds = %17, %1
  %7 = load i32, ptr %4, align 4, !dbg !64
  %8 = icmp slt i32 %7, 5, !dbg !65
  br i1 %8, label %9, label %20, !dbg !66

9:                                                ; preds = %6
  %10 = getelementptr inbounds nuw %struct.Array, ptr %5, i32 0, i32 0, !dbg !67
  %11 = load i32, ptr %4, align 4, !dbg !68
  %12 = sext i32 %11 to i64, !dbg !67
  %13 = getelementptr inbounds [5 x i32], ptr %10, i64 0, i64 %12, !dbg !67
  %14 = load i32, ptr %13, align 4, !dbg !67
  %15 = load i32, ptr %3, align 4, !dbg !69
  %16 = add nsw i32 %15, %14, !dbg !69
  store i32 %16, ptr %3, align 4, !dbg !69
  br label %17, !dbg !70

17:                                               ; preds = %9
  %18 = load i32, ptr %4, align 4, !dbg !71
  %19 = add nsw i32 %18, 1, !dbg !71
  store i32 %19, ptr %4, align 4, !dbg !71
  br label %6, !dbg !66, !llvm.loop !72

20:                                               ; preds = %6
  %21 = load i32, ptr %3, align 4, !dbg !75
  ret i32 %21, !dbg !76
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef double @_ZNK5ArrayIdLi3EE3sumEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #2 comdat align 2 !dbg !77 {
  %2 = alloca ptr, align 8
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  %5 = load ptr, ptr %2, align 8
  store double 0.000000e+00, ptr %3, align 8, !dbg !78
  store i32 0, ptr %4, align 4, !dbg !79
  br label %6, !dbg !80

6:                                                ; preds = %17, %1
  %7 = load i32, ptr %4, align 4, !dbg !81
  %8 = icmp slt i32 %7, 3, !dbg !82
  br i1 %8, label %9, label %20, !dbg !83

9:                                                ; preds = %6
  %10 = getelementptr inbounds nuw %struct.Array.0, ptr %5, i32 0, i32 0, !dbg !84
  %11 = load i32, ptr %4, align 4, !dbg !85
  %12 = sext i32 %11 to i64, !dbg !84
  %13 = getelementptr inbounds [3 x double], ptr %10, i64 0, i64 %12, !dbg !84
  %14 = load double, ptr %13, align 8, !dbg !84
  %15 = load double, ptr %3, align 8, !dbg !86
  %16 = fadd double %15, %14, !dbg !86
  store double %16, ptr %3, align 8, !dbg !86
  br label %17, !dbg !87

17:                                               ; preds = %9
  %18 = load i32, ptr %4, align 4, !dbg !88
  %19 = add nsw i32 %18, 1, !dbg !88
  store i32 %19, ptr %4, align 4, !dbg !88
  br label %6, !dbg !83, !llvm.loop !89

20:                                               ; preds = %6
  %21 = load double, ptr %3, align 8, !dbg !91
  ret double %21, !dbg !92
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZN8DescribeIiE4nameEv() #2 comdat align 2 !dbg !93 {
  ret ptr @.str.7, !dbg !94
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZN8DescribeIdE4nameEv() #2 comdat align 2 !dbg !95 {
  ret ptr @.str.8, !dbg !96
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZN8DescribeIcE4nameEv() #2 comdat align 2 !dbg !97 {
  ret ptr @.str.9, !dbg !98
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef double @_Z7sum_allIJidlfEEDaDpT_(i32 noundef %0, double noundef %1, i64 noundef %2, float noundef %3) #2 comdat !dbg !99 {
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  %7 = alloca i64, align 8
  %8 = alloca float, align 4
  store i32 %0, ptr %5, align 4
  store double %1, ptr %6, align 8
  store i64 %2, ptr %7, align 8
  store float %3, ptr %8, align 4
  %9 = load i32, ptr %5, align 4, !dbg !100
  %10 = sitofp i32 %9 to double, !dbg !100
  %11 = load double, ptr %6, align 8, !dbg !100
  %12 = load i64, ptr %7, align 8, !dbg !100
  %13 = sitofp i64 %12 to float, !dbg !100
  %14 = load float, ptr %8, align 4, !dbg !100
  %15 = fadd float %14, 0.000000e+00, !dbg !101
  %16 = fadd float %13, %15, !dbg !101
  %17 = fpext float %16 to double, !dbg !100
  %18 = fadd double %11, %17, !dbg !101
  %19 = fadd double %10, %18, !dbg !101
  ret double %19, !dbg !102
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_Z9print_allIJidcxfEEvDpT_(i32 noundef %0, double noundef %1, i8 noundef signext %2, i64 noundef %3, float noundef %4) #4 comdat !dbg !103 {
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i8, align 1
  %9 = alloca i64, align 8
  %10 = alloca float, align 4
  store i32 %0, ptr %6, align 4
  store double %1, ptr %7, align 8
  store i8 %2, ptr %8, align 1
  store i64 %3, ptr %9, align 8
  store float %4, ptr %10, align 4
  %11 = load i32, ptr %6, align 4, !dbg !104
  call void @_Z9print_oneIiEvT_(i32 noundef %11), !dbg !105
  %12 = load double, ptr %7, align 8, !dbg !104
  call void @_Z9print_oneIdEvT_(double noundef %12), !dbg !105
  %13 = load i8, ptr %8, align 1, !dbg !104
  call void @_Z9print_oneIcEvT_(i8 noundef signext %13), !dbg !105
  %14 = load i64, ptr %9, align 8, !dbg !104
  call void @_Z9print_oneIxEvT_(i64 noundef %14), !dbg !105
  %15 = load float, ptr %10, align 4, !dbg !104
  call void @_Z9print_oneIfEvT_(float noundef %15), !dbg !105
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str.10), !dbg !106
  ret void, !dbg !107
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_Z3fibi(i32 noundef %0) #2 comdat !dbg !108 {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store i32 %0, ptr %2, align 4
  store i64 0, ptr %3, align 8, !dbg !109
  store i64 1, ptr %4, align 8, !dbg !110
  store i32 0, ptr %5, align 4, !dbg !111
  br label %7, !dbg !112

7:                                                ; preds = %17, %1
  %8 = load i32, ptr %5, align 4, !dbg !113
  %9 = load i32, ptr %2, align 4, !dbg !114
  %10 = icmp slt i32 %8, %9, !dbg !115
  br i1 %10, label %11, label %20, !dbg !116

11:                                               ; preds = %7
  %12 = load i64, ptr %3, align 8, !dbg !117
  %13 = load i64, ptr %4, align 8, !dbg !118
  %14 = add i64 %12, %13, !dbg !119
  store i64 %14, ptr %6, align 8, !dbg !120
  %15 = load i64, ptr %4, align 8, !dbg !121
  store i64 %15, ptr %3, align 8, !dbg !122
  %16 = load i64, ptr %6, align 8, !dbg !123
  store i64 %16, ptr %4, align 8, !dbg !124
  br label %17, !dbg !125

17:                                               ; preds = %11
  %18 = load i32, ptr %5, align 4, !dbg !126
  %19 = add nsw i32 %18, 1, !dbg !126
  store i32 %19, ptr %5, align 4, !dbg !126
  br label %7, !dbg !116, !llvm.loop !127

20:                                               ; preds = %7
  %21 = load i64, ptr %3, align 8, !dbg !128
  ret i64 %21, !dbg !129
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef i32 @_ZNK4BaseI5SevenE5twiceEv(ptr noundef nonnull align 1 dereferenceable(1) %0) #4 comdat align 2 !dbg !130 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef i32 @_ZNK5Seven5valueEv(ptr noundef nonnull align 1 dereferenceable(1) %3), !dbg !131
  %5 = mul nsw i32 2, %4, !dbg !132
  ret i32 %5, !dbg !133
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr i64 @_Z11for_each_itIPi3AccET0_T_S3_S2_(ptr noundef %0, ptr noundef %1, i64 %2) #4 comdat !dbg !134 {
  %4 = alloca %struct.Acc, align 8
  %5 = alloca %struct.Acc, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = getelementptr inbounds nuw %struct.Acc, ptr %5, i32 0, i32 0
  store i64 %2, ptr %8, align 8
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  br label %9, !dbg !135

9:                                                ; preds = %16, %3
  %10 = load ptr, ptr %6, align 8, !dbg !136
  %11 = load ptr, ptr %7, align 8, !dbg !137
  %12 = icmp ne ptr %10, %11, !dbg !138
  br i1 %12, label %13, label %19, !dbg !135

13:                                               ; preds = %9
  %14 = load ptr, ptr %6, align 8, !dbg !139
  %15 = load i32, ptr %14, align 4, !dbg !140
  call void @_ZN3AccclEi(ptr noundef nonnull align 8 dereferenceable(8) %5, i32 noundef %15), !dbg !141
  br label %16, !dbg !141

16:                                               ; preds = %13
  %17 = load ptr, ptr %6, align 8, !dbg !142
  %18 = getelementptr inbounds nuw i32, ptr %17, i32 1, !dbg !142
  store ptr %18, ptr %6, align 8, !dbg !142
  br label %9, !dbg !135, !llvm.loop !143

19:                                               ; preds = %9
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 %5, i64 8, i1 false), !dbg !145
  %20 = getelementptr inbounds nuw %struct.Acc, ptr %4, i32 0, i32 0, !dbg !146
  %21 = load i64, ptr %20, align 8, !dbg !146
  ret i64 %21, !dbg !146
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_Z9print_oneIiEvT_(i32 noundef %0) #4 comdat !dbg !147 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4, !dbg !148
  %4 = sext i32 %3 to i64, !dbg !148
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef %4), !dbg !149
  ret void, !dbg !150
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_Z9print_oneIdEvT_(double noundef %0) #4 comdat !dbg !151 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8, !dbg !152
  %4 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, double noundef %3), !dbg !153
  ret void, !dbg !154
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_Z9print_oneIcEvT_(i8 noundef signext %0) #4 comdat !dbg !155 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i8, ptr %2, align 1, !dbg !156
  %4 = sext i8 %3 to i64, !dbg !156
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef %4), !dbg !157
  ret void, !dbg !158
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_Z9print_oneIxEvT_(i64 noundef %0) #4 comdat !dbg !159 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8, !dbg !160
  %4 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef %3), !dbg !161
  ret void, !dbg !162
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_Z9print_oneIfEvT_(float noundef %0) #4 comdat !dbg !163 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4, !dbg !164
  %4 = fpext float %3 to double, !dbg !164
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, double noundef %4), !dbg !165
  ret void, !dbg !166
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i32 @_ZNK5Seven5valueEv(ptr noundef nonnull align 1 dereferenceable(1) %0) #2 comdat align 2 !dbg !167 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret i32 7, !dbg !168
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN3AccclEi(ptr noundef nonnull align 8 dereferenceable(8) %0, i32 noundef %1) #2 comdat align 2 !dbg !169 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %struct.Acc, ptr %5, i32 0, i32 0, !dbg !170
  %7 = load i64, ptr %6, align 8, !dbg !170
  %8 = mul nsw i64 %7, 3, !dbg !171
  %9 = load i32, ptr %4, align 4, !dbg !172
  %10 = sext i32 %9 to i64, !dbg !172
  %11 = add nsw i64 %8, %10, !dbg !173
  %12 = getelementptr inbounds nuw %struct.Acc, ptr %5, i32 0, i32 0, !dbg !174
  store i64 %11, ptr %12, align 8, !dbg !175
  ret void, !dbg !176
}

attributes #0 = { mustprogress noinline norecurse sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { mustprogress noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress noinline sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C_plus_plus_14, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "cxx_templates.cpp", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 29, type: !11, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "cxx_templates.cpp", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 30, column: 36, scope: !9)
!14 = !DILocation(line: 30, column: 48, scope: !9)
!15 = !DILocation(line: 30, column: 72, scope: !9)
!16 = !DILocation(line: 30, column: 5, scope: !9)
!17 = !DILocation(line: 31, column: 19, scope: !9)
!18 = !DILocation(line: 31, column: 56, scope: !9)
!19 = !DILocation(line: 32, column: 36, scope: !9)
!20 = !DILocation(line: 32, column: 46, scope: !9)
!21 = !DILocation(line: 32, column: 55, scope: !9)
!22 = !DILocation(line: 32, column: 5, scope: !9)
!23 = !DILocation(line: 33, column: 31, scope: !9)
!24 = !DILocation(line: 33, column: 54, scope: !9)
!25 = !DILocation(line: 33, column: 80, scope: !9)
!26 = !DILocation(line: 33, column: 5, scope: !9)
!27 = !DILocation(line: 34, column: 36, scope: !9)
!28 = !DILocation(line: 34, column: 5, scope: !9)
!29 = !DILocation(line: 35, column: 5, scope: !9)
!30 = !DILocation(line: 36, column: 51, scope: !9)
!31 = !DILocation(line: 36, column: 5, scope: !9)
!32 = !DILocation(line: 37, column: 38, scope: !9)
!33 = !DILocation(line: 37, column: 5, scope: !9)
!34 = !DILocation(line: 38, column: 9, scope: !9)
!35 = !DILocation(line: 39, column: 42, scope: !9)
!36 = !DILocation(line: 39, column: 47, scope: !9)
!37 = !DILocation(line: 39, column: 51, scope: !9)
!38 = !DILocation(line: 39, column: 59, scope: !9)
!39 = !DILocation(line: 39, column: 30, scope: !9)
!40 = !DILocation(line: 39, column: 63, scope: !9)
!41 = !DILocation(line: 39, column: 5, scope: !9)
!42 = !DILocation(line: 40, column: 5, scope: !9)
!43 = distinct !DISubprogram(name: "square<int>", scope: !10, file: !10, line: 6, type: !11, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!44 = !DILocation(line: 6, column: 46, scope: !43)
!45 = !DILocation(line: 6, column: 50, scope: !43)
!46 = !DILocation(line: 6, column: 48, scope: !43)
!47 = !DILocation(line: 6, column: 39, scope: !43)
!48 = distinct !DISubprogram(name: "square<double>", scope: !10, file: !10, line: 6, type: !11, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!49 = !DILocation(line: 6, column: 46, scope: !48)
!50 = !DILocation(line: 6, column: 50, scope: !48)
!51 = !DILocation(line: 6, column: 48, scope: !48)
!52 = !DILocation(line: 6, column: 39, scope: !48)
!53 = distinct !DISubprogram(name: "square<long>", scope: !10, file: !10, line: 6, type: !11, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!54 = !DILocation(line: 6, column: 46, scope: !53)
!55 = !DILocation(line: 6, column: 50, scope: !53)
!56 = !DILocation(line: 6, column: 48, scope: !53)
!57 = !DILocation(line: 6, column: 39, scope: !53)
!58 = distinct !DISubprogram(name: "size", scope: !10, file: !10, line: 9, type: !11, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!59 = !DILocation(line: 9, column: 34, scope: !58)
!60 = distinct !DISubprogram(name: "sum", scope: !10, file: !10, line: 10, type: !11, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!61 = !DILocation(line: 10, column: 23, scope: !60)
!62 = !DILocation(line: 10, column: 37, scope: !60)
!63 = !DILocation(line: 10, column: 33, scope: !60)
!64 = !DILocation(line: 10, column: 44, scope: !60)
!65 = !DILocation(line: 10, column: 46, scope: !60)
!66 = !DILocation(line: 10, column: 28, scope: !60)
!67 = !DILocation(line: 10, column: 61, scope: !60)
!68 = !DILocation(line: 10, column: 66, scope: !60)
!69 = !DILocation(line: 10, column: 58, scope: !60)
!70 = !DILocation(line: 10, column: 56, scope: !60)
!71 = !DILocation(line: 10, column: 52, scope: !60)
!72 = distinct !{!72, !66, !73, !74}
!73 = !DILocation(line: 10, column: 67, scope: !60)
!74 = !{!"llvm.loop.mustprogress"}
!75 = !DILocation(line: 10, column: 77, scope: !60)
!76 = !DILocation(line: 10, column: 70, scope: !60)
!77 = distinct !DISubprogram(name: "sum", scope: !10, file: !10, line: 10, type: !11, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!78 = !DILocation(line: 10, column: 23, scope: !77)
!79 = !DILocation(line: 10, column: 37, scope: !77)
!80 = !DILocation(line: 10, column: 33, scope: !77)
!81 = !DILocation(line: 10, column: 44, scope: !77)
!82 = !DILocation(line: 10, column: 46, scope: !77)
!83 = !DILocation(line: 10, column: 28, scope: !77)
!84 = !DILocation(line: 10, column: 61, scope: !77)
!85 = !DILocation(line: 10, column: 66, scope: !77)
!86 = !DILocation(line: 10, column: 58, scope: !77)
!87 = !DILocation(line: 10, column: 56, scope: !77)
!88 = !DILocation(line: 10, column: 52, scope: !77)
!89 = distinct !{!89, !83, !90, !74}
!90 = !DILocation(line: 10, column: 67, scope: !77)
!91 = !DILocation(line: 10, column: 77, scope: !77)
!92 = !DILocation(line: 10, column: 70, scope: !77)
!93 = distinct !DISubprogram(name: "name", scope: !10, file: !10, line: 13, type: !11, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!94 = !DILocation(line: 13, column: 64, scope: !93)
!95 = distinct !DISubprogram(name: "name", scope: !10, file: !10, line: 14, type: !11, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!96 = !DILocation(line: 14, column: 67, scope: !95)
!97 = distinct !DISubprogram(name: "name", scope: !10, file: !10, line: 12, type: !11, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!98 = !DILocation(line: 12, column: 69, scope: !97)
!99 = distinct !DISubprogram(name: "sum_all<int, double, long, float>", scope: !10, file: !10, line: 16, type: !11, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!100 = !DILocation(line: 16, column: 60, scope: !99)
!101 = !DILocation(line: 16, column: 65, scope: !99)
!102 = !DILocation(line: 16, column: 52, scope: !99)
!103 = distinct !DISubprogram(name: "print_all<int, double, char, long long, float>", scope: !10, file: !10, line: 18, type: !11, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!104 = !DILocation(line: 18, column: 65, scope: !103)
!105 = !DILocation(line: 18, column: 55, scope: !103)
!106 = !DILocation(line: 18, column: 76, scope: !103)
!107 = !DILocation(line: 18, column: 95, scope: !103)
!108 = distinct !DISubprogram(name: "fib", scope: !10, file: !10, line: 20, type: !11, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!109 = !DILocation(line: 20, column: 42, scope: !108)
!110 = !DILocation(line: 20, column: 49, scope: !108)
!111 = !DILocation(line: 20, column: 65, scope: !108)
!112 = !DILocation(line: 20, column: 61, scope: !108)
!113 = !DILocation(line: 20, column: 72, scope: !108)
!114 = !DILocation(line: 20, column: 76, scope: !108)
!115 = !DILocation(line: 20, column: 74, scope: !108)
!116 = !DILocation(line: 20, column: 56, scope: !108)
!117 = !DILocation(line: 20, column: 99, scope: !108)
!118 = !DILocation(line: 20, column: 103, scope: !108)
!119 = !DILocation(line: 20, column: 101, scope: !108)
!120 = !DILocation(line: 20, column: 95, scope: !108)
!121 = !DILocation(line: 20, column: 110, scope: !108)
!122 = !DILocation(line: 20, column: 108, scope: !108)
!123 = !DILocation(line: 20, column: 117, scope: !108)
!124 = !DILocation(line: 20, column: 115, scope: !108)
!125 = !DILocation(line: 20, column: 120, scope: !108)
!126 = !DILocation(line: 20, column: 80, scope: !108)
!127 = distinct !{!127, !116, !125, !74}
!128 = !DILocation(line: 20, column: 129, scope: !108)
!129 = !DILocation(line: 20, column: 122, scope: !108)
!130 = distinct !DISubprogram(name: "twice", scope: !10, file: !10, line: 23, type: !11, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!131 = !DILocation(line: 23, column: 110, scope: !130)
!132 = !DILocation(line: 23, column: 72, scope: !130)
!133 = !DILocation(line: 23, column: 63, scope: !130)
!134 = distinct !DISubprogram(name: "for_each_it<int *, Acc>", scope: !10, file: !10, line: 26, type: !11, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!135 = !DILocation(line: 26, column: 69, scope: !134)
!136 = !DILocation(line: 26, column: 76, scope: !134)
!137 = !DILocation(line: 26, column: 81, scope: !134)
!138 = !DILocation(line: 26, column: 78, scope: !134)
!139 = !DILocation(line: 26, column: 92, scope: !134)
!140 = !DILocation(line: 26, column: 91, scope: !134)
!141 = !DILocation(line: 26, column: 89, scope: !134)
!142 = !DILocation(line: 26, column: 84, scope: !134)
!143 = distinct !{!143, !135, !144, !74}
!144 = !DILocation(line: 26, column: 93, scope: !134)
!145 = !DILocation(line: 26, column: 103, scope: !134)
!146 = !DILocation(line: 26, column: 96, scope: !134)
!147 = distinct !DISubprogram(name: "print_one<int>", scope: !10, file: !10, line: 17, type: !11, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!148 = !DILocation(line: 17, column: 159, scope: !147)
!149 = !DILocation(line: 17, column: 127, scope: !147)
!150 = !DILocation(line: 17, column: 163, scope: !147)
!151 = distinct !DISubprogram(name: "print_one<double>", scope: !10, file: !10, line: 17, type: !11, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!152 = !DILocation(line: 17, column: 118, scope: !151)
!153 = !DILocation(line: 17, column: 88, scope: !151)
!154 = !DILocation(line: 17, column: 163, scope: !151)
!155 = distinct !DISubprogram(name: "print_one<char>", scope: !10, file: !10, line: 17, type: !11, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!156 = !DILocation(line: 17, column: 159, scope: !155)
!157 = !DILocation(line: 17, column: 127, scope: !155)
!158 = !DILocation(line: 17, column: 163, scope: !155)
!159 = distinct !DISubprogram(name: "print_one<long long>", scope: !10, file: !10, line: 17, type: !11, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!160 = !DILocation(line: 17, column: 159, scope: !159)
!161 = !DILocation(line: 17, column: 127, scope: !159)
!162 = !DILocation(line: 17, column: 163, scope: !159)
!163 = distinct !DISubprogram(name: "print_one<float>", scope: !10, file: !10, line: 17, type: !11, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!164 = !DILocation(line: 17, column: 118, scope: !163)
!165 = !DILocation(line: 17, column: 88, scope: !163)
!166 = !DILocation(line: 17, column: 163, scope: !163)
!167 = distinct !DISubprogram(name: "value", scope: !10, file: !10, line: 24, type: !11, scopeLine: 24, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!168 = !DILocation(line: 24, column: 50, scope: !167)
!169 = distinct !DISubprogram(name: "operator()", scope: !10, file: !10, line: 27, type: !11, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!170 = !DILocation(line: 27, column: 55, scope: !169)
!171 = !DILocation(line: 27, column: 57, scope: !169)
!172 = !DILocation(line: 27, column: 63, scope: !169)
!173 = !DILocation(line: 27, column: 61, scope: !169)
!174 = !DILocation(line: 27, column: 51, scope: !169)
!175 = !DILocation(line: 27, column: 53, scope: !169)
!176 = !DILocation(line: 27, column: 66, scope: !169)
