; ModuleID = 'cxx_exceptions.cpp'
source_filename = "cxx_exceptions.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"class.std::__cxx11::basic_string" = type { %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", i64, %union.anon }
%"struct.std::__cxx11::basic_string<char>::_Alloc_hider" = type { ptr }
%union.anon = type { i64, [8 x i8] }
%struct.MyError = type { i32 }
%struct.Guard = type { i32 }
%"class.std::allocator" = type { i8 }

$__clang_call_terminate = comdat any

$_ZN5GuardC2Ei = comdat any

$_ZN5GuardD2Ev = comdat any

$_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_ = comdat any

$_ZNSt7__cxx119to_stringEi = comdat any

$_ZNSt8__detail14__to_chars_lenIjEEjT_i = comdat any

$_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2IS3_EEmcRKS3_ = comdat any

$_ZNSt8__detail18__to_chars_10_implIjEEvPcjT_ = comdat any

$_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderD2Ev = comdat any

$_ZTI7MyError = comdat any

$_ZTS7MyError = comdat any

$_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits = comdat any

@_ZTI7MyError = linkonce_odr constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS7MyError }, comdat, align 8
@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@_ZTS7MyError = linkonce_odr constant [9 x i8] c"7MyError\00", comdat, align 1
@_ZTISt9exception = external constant ptr
@.str = private unnamed_addr constant [31 x i8] c"sum %ld my %d rt %d last '%s'\0A\00", align 1
@.str.1 = private unnamed_addr constant [22 x i8] c"live %d destroyed %d\0A\00", align 1
@_ZL4live = internal global i32 0, align 4
@_ZL9destroyed = internal global i32 0, align 4
@_ZTISt11logic_error = external constant ptr
@.str.2 = private unnamed_addr constant [6 x i8] c"inner\00", align 1
@_ZTISt12out_of_range = external constant ptr
@.str.3 = private unnamed_addr constant [17 x i8] c"caught logic %s\0A\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"outer\00", align 1
@_ZTISt13runtime_error = external constant ptr
@.str.5 = private unnamed_addr constant [12 x i8] c"caught all\0A\00", align 1
@.str.6 = private unnamed_addr constant [13 x i8] c"noexcept %d\0A\00", align 1
@_ZTIi = external constant ptr
@.str.7 = private unnamed_addr constant [7 x i8] c"seven \00", align 1
@_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits = linkonce_odr constant [201 x i8] c"00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899\00", comdat, align 16

; Function Attrs: mustprogress noinline norecurse sspstrong uwtable
define noundef i32 @main() #0 personality ptr @__gxx_personality_v0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca %"class.std::__cxx11::basic_string", align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i8, align 1
  store i32 0, ptr %1, align 4
  store i64 0, ptr %2, align 8, !dbg !13
  store i32 0, ptr %3, align 4, !dbg !14
  store i32 0, ptr %4, align 4, !dbg !15
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC1Ev(ptr noundef nonnull align 8 dereferenceable(32) %5) #8, !dbg !16
  store i32 1, ptr %6, align 4, !dbg !17
  br label %13, !dbg !18

13:                                               ; preds = %41, %0
  %14 = load i32, ptr %6, align 4, !dbg !19
  %15 = icmp sle i32 %14, 40, !dbg !20
  br i1 %15, label %16, label %69, !dbg !21

16:                                               ; preds = %13
  %17 = load i32, ptr %6, align 4, !dbg !22
  %18 = invoke noundef i32 @_ZL7wrapperi(i32 noundef %17)
          to label %19 unwind label %23, !dbg !23

19:                                               ; preds = %16
  %20 = sext i32 %18 to i64, !dbg !23
  %21 = load i64, ptr %2, align 8, !dbg !24
  %22 = add nsw i64 %21, %20, !dbg !24
  store i64 %22, ptr %2, align 8, !dbg !24
  br label %40, !dbg !25

23:                                               ; preds = %16
  %24 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTI7MyError
          catch ptr @_ZTISt9exception, !dbg !26
  %25 = extractvalue { ptr, i32 } %24, 0, !dbg !26
  store ptr %25, ptr %7, align 8, !dbg !26
  %26 = extractvalue { ptr, i32 } %24, 1, !dbg !26
  store i32 %26, ptr %8, align 4, !dbg !26
  br label %27, !dbg !26

27:                                               ; preds = %23
  %28 = load i32, ptr %8, align 4, !dbg !25
  %29 = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTI7MyError) #8, !dbg !25
  %30 = icmp eq i32 %28, %29, !dbg !25
  br i1 %30, label %31, label %44, !dbg !25

31:                                               ; preds = %27
  %32 = load ptr, ptr %7, align 8, !dbg !27
  %33 = call ptr @__cxa_begin_catch(ptr %32) #8, !dbg !27
  store ptr %33, ptr %10, align 8, !dbg !27
  %34 = load ptr, ptr %10, align 8, !dbg !28, !nonnull !12, !align !29
  %35 = getelementptr inbounds nuw %struct.MyError, ptr %34, i32 0, i32 0, !dbg !30
  %36 = load i32, ptr %35, align 4, !dbg !30
  %37 = load i32, ptr %3, align 4, !dbg !31
  %38 = add nsw i32 %37, %36, !dbg !31
  store i32 %38, ptr %3, align 4, !dbg !31
  invoke void @__cxa_end_catch()
          to label %39 unwind label %64, !dbg !32

39:                                               ; preds = %31
  br label %40, !dbg !32

40:                                               ; preds = %39, %59, %19
  br label %41, !dbg !33

41:                                               ; preds = %40
  %42 = load i32, ptr %6, align 4, !dbg !34
  %43 = add nsw i32 %42, 1, !dbg !34
  store i32 %43, ptr %6, align 4, !dbg !34
  br label %13, !dbg !21, !llvm.loop !35

44:                                               ; preds = %27
  %45 = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTISt9exception) #8, !dbg !25
  %46 = icmp eq i32 %28, %45, !dbg !25
  br i1 %46, label %47, label %135, !dbg !25

47:                                               ; preds = %44
  %48 = load ptr, ptr %7, align 8, !dbg !25
  %49 = call ptr @__cxa_begin_catch(ptr %48) #8, !dbg !25
  store ptr %49, ptr %9, align 8, !dbg !25
  %50 = load i32, ptr %4, align 4, !dbg !37
  %51 = add nsw i32 %50, 1, !dbg !37
  store i32 %51, ptr %4, align 4, !dbg !37
  %52 = load ptr, ptr %9, align 8, !dbg !38, !nonnull !12, !align !39
  %53 = load ptr, ptr %52, align 8, !dbg !40
  %54 = getelementptr inbounds ptr, ptr %53, i64 2, !dbg !40
  %55 = load ptr, ptr %54, align 8, !dbg !40
  %56 = call noundef ptr %55(ptr noundef nonnull align 8 dereferenceable(8) %52) #8, !dbg !40
  %57 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEaSEPKc(ptr noundef nonnull align 8 dereferenceable(32) %5, ptr noundef %56)
          to label %58 unwind label %60, !dbg !41

58:                                               ; preds = %47
  invoke void @__cxa_end_catch()
          to label %59 unwind label %64, !dbg !27

59:                                               ; preds = %58
  br label %40, !dbg !27

60:                                               ; preds = %47
  %61 = landingpad { ptr, i32 }
          cleanup, !dbg !26
  %62 = extractvalue { ptr, i32 } %61, 0, !dbg !26
  store ptr %62, ptr %7, align 8, !dbg !26
  %63 = extractvalue { ptr, i32 } %61, 1, !dbg !26
  store i32 %63, ptr %8, align 4, !dbg !26
  invoke void @__cxa_end_catch()
          to label %68 unwind label %141, !dbg !27

64:                                               ; preds = %122, %120, %75, %69, %31, %58
  %65 = landingpad { ptr, i32 }
          cleanup, !dbg !26
  %66 = extractvalue { ptr, i32 } %65, 0, !dbg !26
  store ptr %66, ptr %7, align 8, !dbg !26
  %67 = extractvalue { ptr, i32 } %65, 1, !dbg !26
  store i32 %67, ptr %8, align 4, !dbg !26
  br label %135, !dbg !26

68:                                               ; preds = %60
  br label %135, !dbg !27

69:                                               ; preds = %13
  %70 = load i64, ptr %2, align 8, !dbg !42
  %71 = load i32, ptr %3, align 4, !dbg !43
  %72 = load i32, ptr %4, align 4, !dbg !44
  %73 = call noundef ptr @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE5c_strEv(ptr noundef nonnull align 8 dereferenceable(32) %5) #8, !dbg !45
  %74 = invoke i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %70, i32 noundef %71, i32 noundef %72, ptr noundef %73)
          to label %75 unwind label %64, !dbg !46

75:                                               ; preds = %69
  %76 = load i32, ptr @_ZL4live, align 4, !dbg !47
  %77 = load i32, ptr @_ZL9destroyed, align 4, !dbg !48
  %78 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %76, i32 noundef %77)
          to label %79 unwind label %64, !dbg !49

79:                                               ; preds = %75
  %80 = call ptr @__cxa_allocate_exception(i64 16) #8, !dbg !50
  invoke void @_ZNSt12out_of_rangeC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %80, ptr noundef @.str.2)
          to label %81 unwind label %82, !dbg !51

81:                                               ; preds = %79
  invoke void @__cxa_throw(ptr %80, ptr @_ZTISt12out_of_range, ptr @_ZNSt12out_of_rangeD1Ev) #9
          to label %144 unwind label %86, !dbg !50

82:                                               ; preds = %79
  %83 = landingpad { ptr, i32 }
          catch ptr @_ZTISt11logic_error
          catch ptr null, !dbg !26
  %84 = extractvalue { ptr, i32 } %83, 0, !dbg !26
  store ptr %84, ptr %7, align 8, !dbg !26
  %85 = extractvalue { ptr, i32 } %83, 1, !dbg !26
  store i32 %85, ptr %8, align 4, !dbg !26
  call void @__cxa_free_exception(ptr %80) #8, !dbg !50
  br label %90, !dbg !50

86:                                               ; preds = %81
  %87 = landingpad { ptr, i32 }
          catch ptr @_ZTISt11logic_error
          catch ptr null, !dbg !26
  %88 = extractvalue { ptr, i32 } %87, 0, !dbg !26
  store ptr %88, ptr %7, align 8, !dbg !26
  %89 = extractvalue { ptr, i32 } %87, 1, !dbg !26
  store i32 %89, ptr %8, align 4, !dbg !26
  br label %90, !dbg !26

90:                                               ; preds = %86, %82
  %91 = load i32, ptr %8, align 4, !dbg !52
  %92 = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTISt11logic_error) #8, !dbg !52
  %93 = icmp eq i32 %91, %92, !dbg !52
  br i1 %93, label %94, label %116, !dbg !52

94:                                               ; preds = %90
  %95 = load ptr, ptr %7, align 8, !dbg !52
  %96 = call ptr @__cxa_begin_catch(ptr %95) #8, !dbg !52
  store ptr %96, ptr %11, align 8, !dbg !52
  %97 = load ptr, ptr %11, align 8, !dbg !53, !nonnull !12, !align !39
  %98 = load ptr, ptr %97, align 8, !dbg !54
  %99 = getelementptr inbounds ptr, ptr %98, i64 2, !dbg !54
  %100 = load ptr, ptr %99, align 8, !dbg !54
  %101 = call noundef ptr %100(ptr noundef nonnull align 8 dereferenceable(16) %97) #8, !dbg !54
  %102 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.3, ptr noundef %101)
          to label %103 unwind label %106, !dbg !55

103:                                              ; preds = %94
  %104 = call ptr @__cxa_allocate_exception(i64 16) #8, !dbg !56
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %104, ptr noundef @.str.4)
          to label %105 unwind label %110, !dbg !57

105:                                              ; preds = %103
  invoke void @__cxa_throw(ptr %104, ptr @_ZTISt13runtime_error, ptr @_ZNSt13runtime_errorD1Ev) #9
          to label %144 unwind label %106, !dbg !56

106:                                              ; preds = %105, %94
  %107 = landingpad { ptr, i32 }
          catch ptr null, !dbg !26
  %108 = extractvalue { ptr, i32 } %107, 0, !dbg !26
  store ptr %108, ptr %7, align 8, !dbg !26
  %109 = extractvalue { ptr, i32 } %107, 1, !dbg !26
  store i32 %109, ptr %8, align 4, !dbg !26
  br label %114, !dbg !26

110:                                              ; preds = %103
  %111 = landingpad { ptr, i32 }
          catch ptr null, !dbg !26
  %112 = extractvalue { ptr, i32 } %111, 0, !dbg !26
  store ptr %112, ptr %7, align 8, !dbg !26
  %113 = extractvalue { ptr, i32 } %111, 1, !dbg !26
  store i32 %113, ptr %8, align 4, !dbg !26
  call void @__cxa_free_exception(ptr %104) #8, !dbg !56
  br label %114, !dbg !56

114:                                              ; preds = %110, %106
  invoke void @__cxa_end_catch()
          to label %115 unwind label %141, !dbg !58

115:                                              ; preds = %114
  br label %116, !dbg !58

116:                                              ; preds = %115, %90
  %117 = load ptr, ptr %7, align 8, !dbg !59
  %118 = call ptr @__cxa_begin_catch(ptr %117) #8, !dbg !59
  %119 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.5)
          to label %120 unwind label %130, !dbg !60

120:                                              ; preds = %116
  invoke void @__cxa_end_catch()
          to label %121 unwind label %64, !dbg !61

121:                                              ; preds = %120
  br label %122, !dbg !61

122:                                              ; preds = %121, %129
  store i8 1, ptr %12, align 1, !dbg !62
  %123 = load i8, ptr %12, align 1, !dbg !63
  %124 = trunc i8 %123 to i1, !dbg !63
  %125 = zext i1 %124 to i32, !dbg !63
  %126 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %125)
          to label %127 unwind label %64, !dbg !64

127:                                              ; preds = %122
  store i32 0, ptr %1, align 4, !dbg !65
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(32) %5) #8, !dbg !26
  %128 = load i32, ptr %1, align 4, !dbg !26
  ret i32 %128, !dbg !26

129:                                              ; No predecessors!
  br label %122, !dbg !59

130:                                              ; preds = %116
  %131 = landingpad { ptr, i32 }
          cleanup, !dbg !26
  %132 = extractvalue { ptr, i32 } %131, 0, !dbg !26
  store ptr %132, ptr %7, align 8, !dbg !26
  %133 = extractvalue { ptr, i32 } %131, 1, !dbg !26
  store i32 %133, ptr %8, align 4, !dbg !26
  invoke void @__cxa_end_catch()
          to label %134 unwind label %141, !dbg !61

134:                                              ; preds = %130
  br label %135, !dbg !61

135:                                              ; preds = %134, %68, %64, %44
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(32) %5) #8, !dbg !26
  br label %136, !dbg !26

136:                                              ; preds = %135
  %137 = load ptr, ptr %7, align 8, !dbg !26
  %138 = load i32, ptr %8, align 4, !dbg !26
  %139 = insertvalue { ptr, i32 } poison, ptr %137, 0, !dbg !26
  %140 = insertvalue { ptr, i32 } %139, i32 %138, 1, !dbg !26
  resume { ptr, i32 } %140, !dbg !26

141:                                              ; preds = %130, %114, %60
  %142 = landingpad { ptr, i32 }
          catch ptr null, !dbg !27
  %143 = extractvalue { ptr, i32 } %142, 0, !dbg !27
  call void @__clang_call_terminate(ptr %143) #10, !dbg !27
  unreachable, !dbg !27

144:                                              ; preds = %105, %81
  unreachable
}

; Function Attrs: nounwind
declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC1Ev(ptr noundef nonnull align 8 dereferenceable(32)) unnamed_addr #1

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal noundef i32 @_ZL7wrapperi(i32 noundef %0) #2 personality ptr @__gxx_personality_v0 !dbg !66 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca %struct.Guard, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store i32 %0, ptr %3, align 4
  call void @_ZN5GuardC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %4, i32 noundef 1000), !dbg !67
  %10 = load i32, ptr %3, align 4, !dbg !68
  %11 = invoke noundef i32 @_ZL5riskyi(i32 noundef %10)
          to label %12 unwind label %13, !dbg !69

12:                                               ; preds = %1
  store i32 %11, ptr %2, align 4, !dbg !70
  store i32 1, ptr %7, align 4
  br label %39, !dbg !70

13:                                               ; preds = %1
  %14 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt13runtime_error
          catch ptr @_ZTIi, !dbg !71
  %15 = extractvalue { ptr, i32 } %14, 0, !dbg !71
  store ptr %15, ptr %5, align 8, !dbg !71
  %16 = extractvalue { ptr, i32 } %14, 1, !dbg !71
  store i32 %16, ptr %6, align 4, !dbg !71
  br label %17, !dbg !71

17:                                               ; preds = %13
  %18 = load i32, ptr %6, align 4, !dbg !72
  %19 = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTISt13runtime_error) #8, !dbg !72
  %20 = icmp eq i32 %18, %19, !dbg !72
  br i1 %20, label %21, label %24, !dbg !72

21:                                               ; preds = %17
  %22 = load ptr, ptr %5, align 8, !dbg !73
  %23 = call ptr @__cxa_begin_catch(ptr %22) #8, !dbg !73
  store ptr %23, ptr %9, align 8, !dbg !73
  invoke void @__cxa_rethrow() #9
          to label %50 unwind label %33, !dbg !74

24:                                               ; preds = %17
  %25 = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTIi) #8, !dbg !72
  %26 = icmp eq i32 %18, %25, !dbg !72
  br i1 %26, label %27, label %41, !dbg !72

27:                                               ; preds = %24
  %28 = load ptr, ptr %5, align 8, !dbg !72
  %29 = call ptr @__cxa_begin_catch(ptr %28) #8, !dbg !72
  %30 = load i32, ptr %29, align 4, !dbg !72
  store i32 %30, ptr %8, align 4, !dbg !72
  %31 = load i32, ptr %8, align 4, !dbg !75
  %32 = sub nsw i32 0, %31, !dbg !76
  store i32 %32, ptr %2, align 4, !dbg !77
  store i32 1, ptr %7, align 4
  call void @__cxa_end_catch() #8, !dbg !73
  br label %39

33:                                               ; preds = %21
  %34 = landingpad { ptr, i32 }
          cleanup, !dbg !71
  %35 = extractvalue { ptr, i32 } %34, 0, !dbg !71
  store ptr %35, ptr %5, align 8, !dbg !71
  %36 = extractvalue { ptr, i32 } %34, 1, !dbg !71
  store i32 %36, ptr %6, align 4, !dbg !71
  invoke void @__cxa_end_catch()
          to label %37 unwind label %47, !dbg !78

37:                                               ; preds = %33
  br label %41, !dbg !78

38:                                               ; No predecessors!
  call void @llvm.trap(), !dbg !78
  unreachable, !dbg !78

39:                                               ; preds = %27, %12
  call void @_ZN5GuardD2Ev(ptr noundef nonnull align 4 dereferenceable(4) %4) #8, !dbg !71
  %40 = load i32, ptr %2, align 4, !dbg !71
  ret i32 %40, !dbg !71

41:                                               ; preds = %37, %24
  call void @_ZN5GuardD2Ev(ptr noundef nonnull align 4 dereferenceable(4) %4) #8, !dbg !71
  br label %42, !dbg !71

42:                                               ; preds = %41
  %43 = load ptr, ptr %5, align 8, !dbg !71
  %44 = load i32, ptr %6, align 4, !dbg !71
  %45 = insertvalue { ptr, i32 } poison, ptr %43, 0, !dbg !71
  %46 = insertvalue { ptr, i32 } %45, i32 %44, 1, !dbg !71
  resume { ptr, i32 } %46, !dbg !71

47:                                               ; preds = %33
  %48 = landingpad { ptr, i32 }
          catch ptr null, !dbg !78
  %49 = extractvalue { ptr, i32 } %48, 0, !dbg !78
  call void @__clang_call_terminate(ptr %49) #10, !dbg !78
  unreachable, !dbg !78

50:                                               ; preds = %21
  unreachable
}

declare i32 @__gxx_personality_v0(...)

; Function Attrs: nounwind memory(none)
declare i32 @llvm.eh.typeid.for.p0(ptr) #3

declare ptr @__cxa_begin_catch(ptr)

declare noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEaSEPKc(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef) #4

declare void @__cxa_end_catch()

; Function Attrs: noinline noreturn nounwind sspstrong uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) #5 comdat {
  %2 = call ptr @__cxa_begin_catch(ptr %0) #8
  call void @_ZSt9terminatev() #10
  unreachable
}

declare void @_ZSt9terminatev()

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: nounwind
declare noundef ptr @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE5c_strEv(ptr noundef nonnull align 8 dereferenceable(32)) #1

declare ptr @__cxa_allocate_exception(i64)

declare void @_ZNSt12out_of_rangeC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #4

declare void @__cxa_free_exception(ptr)

; Function Attrs: nounwind
declare void @_ZNSt12out_of_rangeD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #1

declare void @__cxa_throw(ptr, ptr, ptr)

declare void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #4

; Function Attrs: nounwind
declare void @_ZNSt13runtime_errorD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #1

; Function Attrs: nounwind
declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(32)) unnamed_addr #1

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN5GuardC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %0, i32 noundef %1) unnamed_addr #6 comdat align 2 !dbg !79 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %struct.Guard, ptr %5, i32 0, i32 0, !dbg !80
  %7 = load i32, ptr %4, align 4, !dbg !81
  store i32 %7, ptr %6, align 4, !dbg !80
  %8 = load i32, ptr @_ZL4live, align 4, !dbg !82
  %9 = add nsw i32 %8, 1, !dbg !82
  store i32 %9, ptr @_ZL4live, align 4, !dbg !82
  ret void, !dbg !83
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal noundef i32 @_ZL5riskyi(i32 noundef %0) #2 personality ptr @__gxx_personality_v0 !dbg !84 {
  %2 = alloca i32, align 4
  %3 = alloca %struct.Guard, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca %"class.std::__cxx11::basic_string", align 8
  %7 = alloca %"class.std::__cxx11::basic_string", align 8
  %8 = alloca i1, align 1
  store i32 %0, ptr %2, align 4
  %9 = load i32, ptr %2, align 4, !dbg !85
  call void @_ZN5GuardC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %3, i32 noundef %9), !dbg !86
  %10 = load i32, ptr %2, align 4, !dbg !87
  %11 = srem i32 %10, 5, !dbg !88
  %12 = icmp eq i32 %11, 0, !dbg !89
  br i1 %12, label %13, label %21, !dbg !89

13:                                               ; preds = %1
  %14 = call ptr @__cxa_allocate_exception(i64 4) #8, !dbg !90
  %15 = getelementptr inbounds nuw %struct.MyError, ptr %14, i32 0, i32 0, !dbg !91
  %16 = load i32, ptr %2, align 4, !dbg !92
  store i32 %16, ptr %15, align 16, !dbg !91
  invoke void @__cxa_throw(ptr %14, ptr @_ZTI7MyError, ptr null) #9
          to label %59 unwind label %17, !dbg !90

17:                                               ; preds = %46, %13
  %18 = landingpad { ptr, i32 }
          cleanup, !dbg !93
  %19 = extractvalue { ptr, i32 } %18, 0, !dbg !93
  store ptr %19, ptr %4, align 8, !dbg !93
  %20 = extractvalue { ptr, i32 } %18, 1, !dbg !93
  store i32 %20, ptr %5, align 4, !dbg !93
  br label %53, !dbg !93

21:                                               ; preds = %1
  %22 = load i32, ptr %2, align 4, !dbg !94
  %23 = srem i32 %22, 7, !dbg !95
  %24 = icmp eq i32 %23, 0, !dbg !96
  br i1 %24, label %25, label %42, !dbg !96

25:                                               ; preds = %21
  store i1 true, ptr %8, align 1
  %26 = call ptr @__cxa_allocate_exception(i64 16) #8, !dbg !97
  %27 = load i32, ptr %2, align 4, !dbg !98
  call void @_ZNSt7__cxx119to_stringEi(ptr dead_on_unwind writable sret(%"class.std::__cxx11::basic_string") align 8 %7, i32 noundef %27) #8, !dbg !99
  invoke void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_(ptr dead_on_unwind writable sret(%"class.std::__cxx11::basic_string") align 8 %6, ptr noundef @.str.7, ptr noundef nonnull align 8 dereferenceable(32) %7)
          to label %28 unwind label %30, !dbg !100

28:                                               ; preds = %25
  invoke void @_ZNSt13runtime_errorC1ERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE(ptr noundef nonnull align 8 dereferenceable(16) %26, ptr noundef nonnull align 8 dereferenceable(32) %6)
          to label %29 unwind label %34, !dbg !101

29:                                               ; preds = %28
  store i1 false, ptr %8, align 1, !dbg !97
  invoke void @__cxa_throw(ptr %26, ptr @_ZTISt13runtime_error, ptr @_ZNSt13runtime_errorD1Ev) #9
          to label %59 unwind label %34, !dbg !97

30:                                               ; preds = %25
  %31 = landingpad { ptr, i32 }
          cleanup, !dbg !93
  %32 = extractvalue { ptr, i32 } %31, 0, !dbg !93
  store ptr %32, ptr %4, align 8, !dbg !93
  %33 = extractvalue { ptr, i32 } %31, 1, !dbg !93
  store i32 %33, ptr %5, align 4, !dbg !93
  br label %38, !dbg !93

34:                                               ; preds = %29, %28
  %35 = landingpad { ptr, i32 }
          cleanup, !dbg !93
  %36 = extractvalue { ptr, i32 } %35, 0, !dbg !93
  store ptr %36, ptr %4, align 8, !dbg !93
  %37 = extractvalue { ptr, i32 } %35, 1, !dbg !93
  store i32 %37, ptr %5, align 4, !dbg !93
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(32) %6) #8, !dbg !97
  br label %38, !dbg !97

38:                                               ; preds = %34, %30
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(32) %7) #8, !dbg !97
  %39 = load i1, ptr %8, align 1, !dbg !97
  br i1 %39, label %40, label %41, !dbg !97

40:                                               ; preds = %38
  call void @__cxa_free_exception(ptr %26) #8, !dbg !97
  br label %41, !dbg !97

41:                                               ; preds = %40, %38
  br label %53, !dbg !97

42:                                               ; preds = %21
  %43 = load i32, ptr %2, align 4, !dbg !102
  %44 = srem i32 %43, 11, !dbg !103
  %45 = icmp eq i32 %44, 0, !dbg !104
  br i1 %45, label %46, label %50, !dbg !104

46:                                               ; preds = %42
  %47 = call ptr @__cxa_allocate_exception(i64 4) #8, !dbg !105
  %48 = load i32, ptr %2, align 4, !dbg !106
  %49 = mul nsw i32 %48, 2, !dbg !107
  store i32 %49, ptr %47, align 16, !dbg !105
  invoke void @__cxa_throw(ptr %47, ptr @_ZTIi, ptr null) #9
          to label %59 unwind label %17, !dbg !105

50:                                               ; preds = %42
  %51 = load i32, ptr %2, align 4, !dbg !108
  %52 = mul nsw i32 %51, 3, !dbg !109
  call void @_ZN5GuardD2Ev(ptr noundef nonnull align 4 dereferenceable(4) %3) #8, !dbg !93
  ret i32 %52, !dbg !93

53:                                               ; preds = %41, %17
  call void @_ZN5GuardD2Ev(ptr noundef nonnull align 4 dereferenceable(4) %3) #8, !dbg !93
  br label %54, !dbg !93

54:                                               ; preds = %53
  %55 = load ptr, ptr %4, align 8, !dbg !93
  %56 = load i32, ptr %5, align 4, !dbg !93
  %57 = insertvalue { ptr, i32 } poison, ptr %55, 0, !dbg !93
  %58 = insertvalue { ptr, i32 } %57, i32 %56, 1, !dbg !93
  resume { ptr, i32 } %58, !dbg !93

59:                                               ; preds = %46, %29, %13
  unreachable
}

declare void @__cxa_rethrow()

; Function Attrs: cold noreturn nounwind memory(inaccessiblemem: write)
declare void @llvm.trap() #7

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN5GuardD2Ev(ptr noundef nonnull align 4 dereferenceable(4) %0) unnamed_addr #6 comdat align 2 !dbg !110 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = load i32, ptr @_ZL4live, align 4, !dbg !111
  %5 = add nsw i32 %4, -1, !dbg !111
  store i32 %5, ptr @_ZL4live, align 4, !dbg !111
  %6 = getelementptr inbounds nuw %struct.Guard, ptr %3, i32 0, i32 0, !dbg !112
  %7 = load i32, ptr %6, align 4, !dbg !112
  %8 = load i32, ptr @_ZL9destroyed, align 4, !dbg !113
  %9 = add nsw i32 %8, %7, !dbg !113
  store i32 %9, ptr @_ZL9destroyed, align 4, !dbg !113
  ret void, !dbg !114
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef %1, ptr noundef nonnull align 8 dereferenceable(32) %2) #2 comdat !dbg !115 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %6, align 8, !dbg !117, !nonnull !12, !align !39
  %8 = load ptr, ptr %5, align 8, !dbg !118
  %9 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE6insertEmPKc(ptr noundef nonnull align 8 dereferenceable(32) %7, i64 noundef 0, ptr noundef %8), !dbg !119
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC1EOS4_(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(32) %9) #8, !dbg !120
  ret void, !dbg !121
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt7__cxx119to_stringEi(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, i32 noundef %1) #6 comdat personality ptr @__gxx_personality_v0 !dbg !122 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i8, align 1
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i1, align 1
  %9 = alloca %"class.std::allocator", align 1
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %10 = load i32, ptr %4, align 4, !dbg !123
  %11 = icmp slt i32 %10, 0, !dbg !124
  %12 = zext i1 %11 to i8, !dbg !125
  store i8 %12, ptr %5, align 1, !dbg !125
  %13 = load i8, ptr %5, align 1, !dbg !126
  %14 = trunc i8 %13 to i1, !dbg !126
  br i1 %14, label %15, label %19, !dbg !126

15:                                               ; preds = %2
  %16 = load i32, ptr %4, align 4, !dbg !127
  %17 = xor i32 %16, -1, !dbg !128
  %18 = add i32 %17, 1, !dbg !129
  br label %21, !dbg !126

19:                                               ; preds = %2
  %20 = load i32, ptr %4, align 4, !dbg !130
  br label %21, !dbg !126

21:                                               ; preds = %19, %15
  %22 = phi i32 [ %18, %15 ], [ %20, %19 ], !dbg !126
  store i32 %22, ptr %6, align 4, !dbg !131
  %23 = load i32, ptr %6, align 4, !dbg !132
  %24 = call noundef i32 @_ZNSt8__detail14__to_chars_lenIjEEjT_i(i32 noundef %23, i32 noundef 10) #8, !dbg !133
  store i32 %24, ptr %7, align 4, !dbg !134
  store i1 false, ptr %8, align 1, !dbg !135
  %25 = load i8, ptr %5, align 1, !dbg !136
  %26 = trunc i8 %25 to i1, !dbg !136
  %27 = zext i1 %26 to i32, !dbg !136
  %28 = load i32, ptr %7, align 4, !dbg !137
  %29 = add i32 %27, %28, !dbg !138
  %30 = zext i32 %29 to i64, !dbg !136
  call void @_ZNSaIcEC1Ev(ptr noundef nonnull align 1 dereferenceable(1) %9) #8, !dbg !139
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2IS3_EEmcRKS3_(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %30, i8 noundef signext 45, ptr noundef nonnull align 1 dereferenceable(1) %9)
          to label %31 unwind label %42, !dbg !139

31:                                               ; preds = %21
  call void @_ZNSaIcED1Ev(ptr noundef nonnull align 1 dereferenceable(1) %9) #8, !dbg !139
  %32 = load i8, ptr %5, align 1, !dbg !140
  %33 = trunc i8 %32 to i1, !dbg !140
  %34 = zext i1 %33 to i64, !dbg !140
  %35 = invoke noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEixEm(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %34)
          to label %36 unwind label %42, !dbg !141

36:                                               ; preds = %31
  %37 = load i32, ptr %7, align 4, !dbg !142
  %38 = load i32, ptr %6, align 4, !dbg !143
  call void @_ZNSt8__detail18__to_chars_10_implIjEEvPcjT_(ptr noundef %35, i32 noundef %37, i32 noundef %38) #8, !dbg !144
  store i1 true, ptr %8, align 1, !dbg !145
  %39 = load i1, ptr %8, align 1, !dbg !146
  br i1 %39, label %41, label %40, !dbg !146

40:                                               ; preds = %36
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(32) %0) #8, !dbg !146
  br label %41, !dbg !146

41:                                               ; preds = %40, %36
  ret void, !dbg !146

42:                                               ; preds = %31, %21
  %43 = landingpad { ptr, i32 }
          catch ptr null, !dbg !139
  %44 = extractvalue { ptr, i32 } %43, 0, !dbg !139
  call void @__clang_call_terminate(ptr %44) #10, !dbg !139
  unreachable, !dbg !139
}

declare void @_ZNSt13runtime_errorC1ERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 8 dereferenceable(32)) unnamed_addr #4

declare noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE6insertEmPKc(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, ptr noundef) #4

; Function Attrs: nounwind
declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC1EOS4_(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(32)) unnamed_addr #1

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i32 @_ZNSt8__detail14__to_chars_lenIjEEjT_i(i32 noundef %0, i32 noundef %1) #6 comdat !dbg !147 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store i32 1, ptr %6, align 4, !dbg !149
  %10 = load i32, ptr %5, align 4, !dbg !150
  %11 = load i32, ptr %5, align 4, !dbg !151
  %12 = mul nsw i32 %10, %11, !dbg !152
  store i32 %12, ptr %7, align 4, !dbg !153
  %13 = load i32, ptr %7, align 4, !dbg !154
  %14 = load i32, ptr %5, align 4, !dbg !155
  %15 = mul i32 %13, %14, !dbg !156
  store i32 %15, ptr %8, align 4, !dbg !157
  %16 = load i32, ptr %8, align 4, !dbg !158
  %17 = load i32, ptr %5, align 4, !dbg !159
  %18 = mul i32 %16, %17, !dbg !160
  %19 = zext i32 %18 to i64, !dbg !158
  store i64 %19, ptr %9, align 8, !dbg !161
  br label %20, !dbg !162

20:                                               ; preds = %48, %2
  %21 = load i32, ptr %4, align 4, !dbg !163
  %22 = load i32, ptr %5, align 4, !dbg !164
  %23 = icmp ult i32 %21, %22, !dbg !165
  br i1 %23, label %24, label %26, !dbg !165

24:                                               ; preds = %20
  %25 = load i32, ptr %6, align 4, !dbg !166
  store i32 %25, ptr %3, align 4, !dbg !167
  br label %56, !dbg !167

26:                                               ; preds = %20
  %27 = load i32, ptr %4, align 4, !dbg !168
  %28 = load i32, ptr %7, align 4, !dbg !169
  %29 = icmp ult i32 %27, %28, !dbg !170
  br i1 %29, label %30, label %33, !dbg !170

30:                                               ; preds = %26
  %31 = load i32, ptr %6, align 4, !dbg !171
  %32 = add i32 %31, 1, !dbg !172
  store i32 %32, ptr %3, align 4, !dbg !173
  br label %56, !dbg !173

33:                                               ; preds = %26
  %34 = load i32, ptr %4, align 4, !dbg !174
  %35 = load i32, ptr %8, align 4, !dbg !175
  %36 = icmp ult i32 %34, %35, !dbg !176
  br i1 %36, label %37, label %40, !dbg !176

37:                                               ; preds = %33
  %38 = load i32, ptr %6, align 4, !dbg !177
  %39 = add i32 %38, 2, !dbg !178
  store i32 %39, ptr %3, align 4, !dbg !179
  br label %56, !dbg !179

40:                                               ; preds = %33
  %41 = load i32, ptr %4, align 4, !dbg !180
  %42 = zext i32 %41 to i64, !dbg !180
  %43 = load i64, ptr %9, align 8, !dbg !181
  %44 = icmp ult i64 %42, %43, !dbg !182
  br i1 %44, label %45, label %48, !dbg !182

45:                                               ; preds = %40
  %46 = load i32, ptr %6, align 4, !dbg !183
  %47 = add i32 %46, 3, !dbg !184
  store i32 %47, ptr %3, align 4, !dbg !185
  br label %56, !dbg !185

48:                                               ; preds = %40
  %49 = load i64, ptr %9, align 8, !dbg !186
  %50 = load i32, ptr %4, align 4, !dbg !187
  %51 = zext i32 %50 to i64, !dbg !187
  %52 = udiv i64 %51, %49, !dbg !187
  %53 = trunc i64 %52 to i32, !dbg !187
  store i32 %53, ptr %4, align 4, !dbg !187
  %54 = load i32, ptr %6, align 4, !dbg !188
  %55 = add i32 %54, 4, !dbg !188
  store i32 %55, ptr %6, align 4, !dbg !188
  br label %20, !dbg !162, !llvm.loop !189

56:                                               ; preds = %45, %37, %30, %24
  %57 = load i32, ptr %3, align 4, !dbg !191
  ret i32 %57, !dbg !191
}

; Function Attrs: nounwind
declare void @_ZNSaIcEC1Ev(ptr noundef nonnull align 1 dereferenceable(1)) unnamed_addr #1

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2IS3_EEmcRKS3_(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %1, i8 noundef signext %2, ptr noundef nonnull align 1 dereferenceable(1) %3) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !192 {
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i8, align 1
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i64 %1, ptr %6, align 8
  store i8 %2, ptr %7, align 1
  store ptr %3, ptr %8, align 8
  %11 = load ptr, ptr %5, align 8
  %12 = getelementptr inbounds nuw %"class.std::__cxx11::basic_string", ptr %11, i32 0, i32 0, !dbg !193
  %13 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_M_local_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %11), !dbg !194
  %14 = load ptr, ptr %8, align 8, !dbg !195, !nonnull !12
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderC1EPcRKS3_(ptr noundef nonnull align 8 dereferenceable(8) %12, ptr noundef %13, ptr noundef nonnull align 1 dereferenceable(1) %14), !dbg !193
  %15 = load i64, ptr %6, align 8, !dbg !196
  %16 = load i8, ptr %7, align 1, !dbg !197
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %11, i64 noundef %15, i8 noundef signext %16)
          to label %17 unwind label %18, !dbg !198

17:                                               ; preds = %4
  ret void, !dbg !199

18:                                               ; preds = %4
  %19 = landingpad { ptr, i32 }
          cleanup, !dbg !199
  %20 = extractvalue { ptr, i32 } %19, 0, !dbg !199
  store ptr %20, ptr %9, align 8, !dbg !199
  %21 = extractvalue { ptr, i32 } %19, 1, !dbg !199
  store i32 %21, ptr %10, align 4, !dbg !199
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %12) #8, !dbg !199
  br label %22, !dbg !199

22:                                               ; preds = %18
  %23 = load ptr, ptr %9, align 8, !dbg !199
  %24 = load i32, ptr %10, align 4, !dbg !199
  %25 = insertvalue { ptr, i32 } poison, ptr %23, 0, !dbg !199
  %26 = insertvalue { ptr, i32 } %25, i32 %24, 1, !dbg !199
  resume { ptr, i32 } %26, !dbg !199
}

; Function Attrs: nounwind
declare void @_ZNSaIcED1Ev(ptr noundef nonnull align 1 dereferenceable(1)) unnamed_addr #1

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt8__detail18__to_chars_10_implIjEEvPcjT_(ptr noundef %0, i32 noundef %1, i32 noundef %2) #6 comdat !dbg !200 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %10 = load i32, ptr %5, align 4, !dbg !201
  %11 = sub i32 %10, 1, !dbg !202
  store i32 %11, ptr %7, align 4, !dbg !203
  br label %12, !dbg !204

12:                                               ; preds = %15, %3
  %13 = load i32, ptr %6, align 4, !dbg !205
  %14 = icmp uge i32 %13, 100, !dbg !206
  br i1 %14, label %15, label %41, !dbg !204

15:                                               ; preds = %12
  %16 = load i32, ptr %6, align 4, !dbg !207
  %17 = urem i32 %16, 100, !dbg !208
  %18 = mul i32 %17, 2, !dbg !209
  store i32 %18, ptr %8, align 4, !dbg !210
  %19 = load i32, ptr %6, align 4, !dbg !211
  %20 = udiv i32 %19, 100, !dbg !211
  store i32 %20, ptr %6, align 4, !dbg !211
  %21 = load i32, ptr %8, align 4, !dbg !212
  %22 = add i32 %21, 1, !dbg !213
  %23 = zext i32 %22 to i64, !dbg !214
  %24 = getelementptr inbounds nuw [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %23, !dbg !214
  %25 = load i8, ptr %24, align 1, !dbg !214
  %26 = load ptr, ptr %4, align 8, !dbg !215
  %27 = load i32, ptr %7, align 4, !dbg !216
  %28 = zext i32 %27 to i64, !dbg !215
  %29 = getelementptr inbounds nuw i8, ptr %26, i64 %28, !dbg !215
  store i8 %25, ptr %29, align 1, !dbg !217
  %30 = load i32, ptr %8, align 4, !dbg !218
  %31 = zext i32 %30 to i64, !dbg !219
  %32 = getelementptr inbounds nuw [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %31, !dbg !219
  %33 = load i8, ptr %32, align 1, !dbg !219
  %34 = load ptr, ptr %4, align 8, !dbg !220
  %35 = load i32, ptr %7, align 4, !dbg !221
  %36 = sub i32 %35, 1, !dbg !222
  %37 = zext i32 %36 to i64, !dbg !220
  %38 = getelementptr inbounds nuw i8, ptr %34, i64 %37, !dbg !220
  store i8 %33, ptr %38, align 1, !dbg !223
  %39 = load i32, ptr %7, align 4, !dbg !224
  %40 = sub i32 %39, 2, !dbg !224
  store i32 %40, ptr %7, align 4, !dbg !224
  br label %12, !dbg !204, !llvm.loop !225

41:                                               ; preds = %12
  %42 = load i32, ptr %6, align 4, !dbg !227
  %43 = icmp uge i32 %42, 10, !dbg !228
  br i1 %43, label %44, label %60, !dbg !228

44:                                               ; preds = %41
  %45 = load i32, ptr %6, align 4, !dbg !229
  %46 = mul i32 %45, 2, !dbg !230
  store i32 %46, ptr %9, align 4, !dbg !231
  %47 = load i32, ptr %9, align 4, !dbg !232
  %48 = add i32 %47, 1, !dbg !233
  %49 = zext i32 %48 to i64, !dbg !234
  %50 = getelementptr inbounds nuw [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %49, !dbg !234
  %51 = load i8, ptr %50, align 1, !dbg !234
  %52 = load ptr, ptr %4, align 8, !dbg !235
  %53 = getelementptr inbounds i8, ptr %52, i64 1, !dbg !235
  store i8 %51, ptr %53, align 1, !dbg !236
  %54 = load i32, ptr %9, align 4, !dbg !237
  %55 = zext i32 %54 to i64, !dbg !238
  %56 = getelementptr inbounds nuw [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %55, !dbg !238
  %57 = load i8, ptr %56, align 1, !dbg !238
  %58 = load ptr, ptr %4, align 8, !dbg !239
  %59 = getelementptr inbounds i8, ptr %58, i64 0, !dbg !239
  store i8 %57, ptr %59, align 1, !dbg !240
  br label %66, !dbg !241

60:                                               ; preds = %41
  %61 = load i32, ptr %6, align 4, !dbg !242
  %62 = add i32 48, %61, !dbg !243
  %63 = trunc i32 %62 to i8, !dbg !244
  %64 = load ptr, ptr %4, align 8, !dbg !245
  %65 = getelementptr inbounds i8, ptr %64, i64 0, !dbg !245
  store i8 %63, ptr %65, align 1, !dbg !246
  br label %66

66:                                               ; preds = %60, %44
  ret void, !dbg !247
}

declare noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEixEm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef) #4

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_M_local_dataEv(ptr noundef nonnull align 8 dereferenceable(32)) #4

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderC1EPcRKS3_(ptr noundef nonnull align 8 dereferenceable(8), ptr noundef, ptr noundef nonnull align 1 dereferenceable(1)) unnamed_addr #4

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i8 noundef signext) #4

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #6 comdat align 2 !dbg !248 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSaIcED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #8, !dbg !249
  ret void, !dbg !249
}

; Function Attrs: nounwind
declare void @_ZNSaIcED2Ev(ptr noundef nonnull align 1 dereferenceable(1)) unnamed_addr #1

attributes #0 = { mustprogress noinline norecurse sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { mustprogress noinline sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { nounwind memory(none) }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { noinline noreturn nounwind sspstrong uwtable "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { mustprogress noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #7 = { cold noreturn nounwind memory(inaccessiblemem: write) }
attributes #8 = { nounwind }
attributes #9 = { noreturn }
attributes #10 = { noreturn nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C_plus_plus_14, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "cxx_exceptions.cpp", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 25, type: !11, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "cxx_exceptions.cpp", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 26, column: 10, scope: !9)
!14 = !DILocation(line: 26, column: 23, scope: !9)
!15 = !DILocation(line: 26, column: 31, scope: !9)
!16 = !DILocation(line: 27, column: 17, scope: !9)
!17 = !DILocation(line: 28, column: 14, scope: !9)
!18 = !DILocation(line: 28, column: 10, scope: !9)
!19 = !DILocation(line: 28, column: 21, scope: !9)
!20 = !DILocation(line: 28, column: 23, scope: !9)
!21 = !DILocation(line: 28, column: 5, scope: !9)
!22 = !DILocation(line: 29, column: 30, scope: !9)
!23 = !DILocation(line: 29, column: 22, scope: !9)
!24 = !DILocation(line: 29, column: 19, scope: !9)
!25 = !DILocation(line: 29, column: 34, scope: !9)
!26 = !DILocation(line: 42, column: 1, scope: !9)
!27 = !DILocation(line: 31, column: 66, scope: !9)
!28 = !DILocation(line: 30, column: 42, scope: !9)
!29 = !{i64 4}
!30 = !DILocation(line: 30, column: 44, scope: !9)
!31 = !DILocation(line: 30, column: 39, scope: !9)
!32 = !DILocation(line: 30, column: 50, scope: !9)
!33 = !DILocation(line: 32, column: 5, scope: !9)
!34 = !DILocation(line: 28, column: 31, scope: !9)
!35 = distinct !{!35, !21, !33, !36}
!36 = !{!"llvm.loop.mustprogress"}
!37 = !DILocation(line: 31, column: 45, scope: !9)
!38 = !DILocation(line: 31, column: 56, scope: !9)
!39 = !{i64 8}
!40 = !DILocation(line: 31, column: 58, scope: !9)
!41 = !DILocation(line: 31, column: 54, scope: !9)
!42 = !DILocation(line: 33, column: 52, scope: !9)
!43 = !DILocation(line: 33, column: 57, scope: !9)
!44 = !DILocation(line: 33, column: 61, scope: !9)
!45 = !DILocation(line: 33, column: 70, scope: !9)
!46 = !DILocation(line: 33, column: 5, scope: !9)
!47 = !DILocation(line: 34, column: 43, scope: !9)
!48 = !DILocation(line: 34, column: 49, scope: !9)
!49 = !DILocation(line: 34, column: 5, scope: !9)
!50 = !DILocation(line: 36, column: 15, scope: !9)
!51 = !DILocation(line: 36, column: 21, scope: !9)
!52 = !DILocation(line: 36, column: 49, scope: !9)
!53 = !DILocation(line: 37, column: 78, scope: !9)
!54 = !DILocation(line: 37, column: 80, scope: !9)
!55 = !DILocation(line: 37, column: 45, scope: !9)
!56 = !DILocation(line: 37, column: 89, scope: !9)
!57 = !DILocation(line: 37, column: 95, scope: !9)
!58 = !DILocation(line: 37, column: 124, scope: !9)
!59 = !DILocation(line: 38, column: 5, scope: !9)
!60 = !DILocation(line: 38, column: 21, scope: !9)
!61 = !DILocation(line: 38, column: 50, scope: !9)
!62 = !DILocation(line: 39, column: 10, scope: !9)
!63 = !DILocation(line: 40, column: 39, scope: !9)
!64 = !DILocation(line: 40, column: 5, scope: !9)
!65 = !DILocation(line: 41, column: 5, scope: !9)
!66 = distinct !DISubprogram(name: "wrapper", scope: !10, file: !10, line: 18, type: !11, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!67 = !DILocation(line: 19, column: 11, scope: !66)
!68 = !DILocation(line: 20, column: 24, scope: !66)
!69 = !DILocation(line: 20, column: 18, scope: !66)
!70 = !DILocation(line: 20, column: 11, scope: !66)
!71 = !DILocation(line: 23, column: 1, scope: !66)
!72 = !DILocation(line: 20, column: 28, scope: !66)
!73 = !DILocation(line: 22, column: 32, scope: !66)
!74 = !DILocation(line: 21, column: 42, scope: !66)
!75 = !DILocation(line: 22, column: 29, scope: !66)
!76 = !DILocation(line: 22, column: 28, scope: !66)
!77 = !DILocation(line: 22, column: 21, scope: !66)
!78 = !DILocation(line: 21, column: 49, scope: !66)
!79 = distinct !DISubprogram(name: "Guard", scope: !10, file: !10, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!80 = !DILocation(line: 7, column: 48, scope: !79)
!81 = !DILocation(line: 7, column: 51, scope: !79)
!82 = !DILocation(line: 7, column: 60, scope: !79)
!83 = !DILocation(line: 7, column: 64, scope: !79)
!84 = distinct !DISubprogram(name: "risky", scope: !10, file: !10, line: 10, type: !11, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!85 = !DILocation(line: 11, column: 13, scope: !84)
!86 = !DILocation(line: 11, column: 11, scope: !84)
!87 = !DILocation(line: 12, column: 9, scope: !84)
!88 = !DILocation(line: 12, column: 11, scope: !84)
!89 = !DILocation(line: 12, column: 15, scope: !84)
!90 = !DILocation(line: 12, column: 21, scope: !84)
!91 = !DILocation(line: 12, column: 34, scope: !84)
!92 = !DILocation(line: 12, column: 35, scope: !84)
!93 = !DILocation(line: 16, column: 1, scope: !84)
!94 = !DILocation(line: 13, column: 9, scope: !84)
!95 = !DILocation(line: 13, column: 11, scope: !84)
!96 = !DILocation(line: 13, column: 15, scope: !84)
!97 = !DILocation(line: 13, column: 21, scope: !84)
!98 = !DILocation(line: 13, column: 72, scope: !84)
!99 = !DILocation(line: 13, column: 57, scope: !84)
!100 = !DILocation(line: 13, column: 55, scope: !84)
!101 = !DILocation(line: 13, column: 27, scope: !84)
!102 = !DILocation(line: 14, column: 9, scope: !84)
!103 = !DILocation(line: 14, column: 11, scope: !84)
!104 = !DILocation(line: 14, column: 16, scope: !84)
!105 = !DILocation(line: 14, column: 22, scope: !84)
!106 = !DILocation(line: 14, column: 28, scope: !84)
!107 = !DILocation(line: 14, column: 30, scope: !84)
!108 = !DILocation(line: 15, column: 12, scope: !84)
!109 = !DILocation(line: 15, column: 14, scope: !84)
!110 = distinct !DISubprogram(name: "~Guard", scope: !10, file: !10, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!111 = !DILocation(line: 7, column: 81, scope: !110)
!112 = !DILocation(line: 7, column: 98, scope: !110)
!113 = !DILocation(line: 7, column: 95, scope: !110)
!114 = !DILocation(line: 7, column: 102, scope: !110)
!115 = distinct !DISubprogram(name: "operator+<char, std::char_traits<char>, std::allocator<char> >", scope: !116, file: !116, line: 3539, type: !11, scopeLine: 3541, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!116 = !DIFile(filename: "/usr/include/c++/12/bits/basic_string.h", directory: "")
!117 = !DILocation(line: 3541, column: 24, scope: !115)
!118 = !DILocation(line: 3541, column: 40, scope: !115)
!119 = !DILocation(line: 3541, column: 30, scope: !115)
!120 = !DILocation(line: 3541, column: 14, scope: !115)
!121 = !DILocation(line: 3541, column: 7, scope: !115)
!122 = distinct !DISubprogram(name: "to_string", scope: !116, file: !116, line: 4012, type: !11, scopeLine: 4016, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!123 = !DILocation(line: 4017, column: 24, scope: !122)
!124 = !DILocation(line: 4017, column: 30, scope: !122)
!125 = !DILocation(line: 4017, column: 16, scope: !122)
!126 = !DILocation(line: 4018, column: 29, scope: !122)
!127 = !DILocation(line: 4018, column: 48, scope: !122)
!128 = !DILocation(line: 4018, column: 47, scope: !122)
!129 = !DILocation(line: 4018, column: 54, scope: !122)
!130 = !DILocation(line: 4018, column: 61, scope: !122)
!131 = !DILocation(line: 4018, column: 20, scope: !122)
!132 = !DILocation(line: 4019, column: 49, scope: !122)
!133 = !DILocation(line: 4019, column: 24, scope: !122)
!134 = !DILocation(line: 4019, column: 16, scope: !122)
!135 = !DILocation(line: 4020, column: 5, scope: !122)
!136 = !DILocation(line: 4020, column: 18, scope: !122)
!137 = !DILocation(line: 4020, column: 26, scope: !122)
!138 = !DILocation(line: 4020, column: 24, scope: !122)
!139 = !DILocation(line: 4020, column: 12, scope: !122)
!140 = !DILocation(line: 4021, column: 41, scope: !122)
!141 = !DILocation(line: 4021, column: 35, scope: !122)
!142 = !DILocation(line: 4021, column: 49, scope: !122)
!143 = !DILocation(line: 4021, column: 56, scope: !122)
!144 = !DILocation(line: 4021, column: 5, scope: !122)
!145 = !DILocation(line: 4022, column: 5, scope: !122)
!146 = !DILocation(line: 4023, column: 3, scope: !122)
!147 = distinct !DISubprogram(name: "__to_chars_len<unsigned int>", scope: !148, file: !148, line: 47, type: !11, scopeLine: 48, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!148 = !DIFile(filename: "/usr/include/c++/12/bits/charconv.h", directory: "")
!149 = !DILocation(line: 52, column: 16, scope: !147)
!150 = !DILocation(line: 53, column: 29, scope: !147)
!151 = !DILocation(line: 53, column: 39, scope: !147)
!152 = !DILocation(line: 53, column: 37, scope: !147)
!153 = !DILocation(line: 53, column: 22, scope: !147)
!154 = !DILocation(line: 54, column: 29, scope: !147)
!155 = !DILocation(line: 54, column: 36, scope: !147)
!156 = !DILocation(line: 54, column: 34, scope: !147)
!157 = !DILocation(line: 54, column: 22, scope: !147)
!158 = !DILocation(line: 55, column: 34, scope: !147)
!159 = !DILocation(line: 55, column: 41, scope: !147)
!160 = !DILocation(line: 55, column: 39, scope: !147)
!161 = !DILocation(line: 55, column: 27, scope: !147)
!162 = !DILocation(line: 56, column: 7, scope: !147)
!163 = !DILocation(line: 58, column: 8, scope: !147)
!164 = !DILocation(line: 58, column: 28, scope: !147)
!165 = !DILocation(line: 58, column: 16, scope: !147)
!166 = !DILocation(line: 58, column: 43, scope: !147)
!167 = !DILocation(line: 58, column: 36, scope: !147)
!168 = !DILocation(line: 59, column: 8, scope: !147)
!169 = !DILocation(line: 59, column: 18, scope: !147)
!170 = !DILocation(line: 59, column: 16, scope: !147)
!171 = !DILocation(line: 59, column: 31, scope: !147)
!172 = !DILocation(line: 59, column: 35, scope: !147)
!173 = !DILocation(line: 59, column: 24, scope: !147)
!174 = !DILocation(line: 60, column: 8, scope: !147)
!175 = !DILocation(line: 60, column: 18, scope: !147)
!176 = !DILocation(line: 60, column: 16, scope: !147)
!177 = !DILocation(line: 60, column: 31, scope: !147)
!178 = !DILocation(line: 60, column: 35, scope: !147)
!179 = !DILocation(line: 60, column: 24, scope: !147)
!180 = !DILocation(line: 61, column: 8, scope: !147)
!181 = !DILocation(line: 61, column: 18, scope: !147)
!182 = !DILocation(line: 61, column: 16, scope: !147)
!183 = !DILocation(line: 61, column: 31, scope: !147)
!184 = !DILocation(line: 61, column: 35, scope: !147)
!185 = !DILocation(line: 61, column: 24, scope: !147)
!186 = !DILocation(line: 62, column: 15, scope: !147)
!187 = !DILocation(line: 62, column: 12, scope: !147)
!188 = !DILocation(line: 63, column: 8, scope: !147)
!189 = distinct !{!189, !162, !190, !36}
!190 = !DILocation(line: 64, column: 2, scope: !147)
!191 = !DILocation(line: 65, column: 5, scope: !147)
!192 = distinct !DISubprogram(name: "basic_string<std::allocator<char> >", scope: !116, file: !116, line: 657, type: !11, scopeLine: 659, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!193 = !DILocation(line: 658, column: 9, scope: !192)
!194 = !DILocation(line: 658, column: 21, scope: !192)
!195 = !DILocation(line: 658, column: 38, scope: !192)
!196 = !DILocation(line: 659, column: 22, scope: !192)
!197 = !DILocation(line: 659, column: 27, scope: !192)
!198 = !DILocation(line: 659, column: 9, scope: !192)
!199 = !DILocation(line: 659, column: 33, scope: !192)
!200 = distinct !DISubprogram(name: "__to_chars_10_impl<unsigned int>", scope: !148, file: !148, line: 72, type: !11, scopeLine: 73, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!201 = !DILocation(line: 83, column: 24, scope: !200)
!202 = !DILocation(line: 83, column: 30, scope: !200)
!203 = !DILocation(line: 83, column: 16, scope: !200)
!204 = !DILocation(line: 84, column: 7, scope: !200)
!205 = !DILocation(line: 84, column: 14, scope: !200)
!206 = !DILocation(line: 84, column: 20, scope: !200)
!207 = !DILocation(line: 86, column: 24, scope: !200)
!208 = !DILocation(line: 86, column: 30, scope: !200)
!209 = !DILocation(line: 86, column: 37, scope: !200)
!210 = !DILocation(line: 86, column: 15, scope: !200)
!211 = !DILocation(line: 87, column: 10, scope: !200)
!212 = !DILocation(line: 88, column: 30, scope: !200)
!213 = !DILocation(line: 88, column: 36, scope: !200)
!214 = !DILocation(line: 88, column: 21, scope: !200)
!215 = !DILocation(line: 88, column: 4, scope: !200)
!216 = !DILocation(line: 88, column: 12, scope: !200)
!217 = !DILocation(line: 88, column: 19, scope: !200)
!218 = !DILocation(line: 89, column: 34, scope: !200)
!219 = !DILocation(line: 89, column: 25, scope: !200)
!220 = !DILocation(line: 89, column: 4, scope: !200)
!221 = !DILocation(line: 89, column: 12, scope: !200)
!222 = !DILocation(line: 89, column: 18, scope: !200)
!223 = !DILocation(line: 89, column: 23, scope: !200)
!224 = !DILocation(line: 90, column: 10, scope: !200)
!225 = distinct !{!225, !204, !226, !36}
!226 = !DILocation(line: 91, column: 2, scope: !200)
!227 = !DILocation(line: 92, column: 11, scope: !200)
!228 = !DILocation(line: 92, column: 17, scope: !200)
!229 = !DILocation(line: 94, column: 23, scope: !200)
!230 = !DILocation(line: 94, column: 29, scope: !200)
!231 = !DILocation(line: 94, column: 15, scope: !200)
!232 = !DILocation(line: 95, column: 26, scope: !200)
!233 = !DILocation(line: 95, column: 32, scope: !200)
!234 = !DILocation(line: 95, column: 17, scope: !200)
!235 = !DILocation(line: 95, column: 4, scope: !200)
!236 = !DILocation(line: 95, column: 15, scope: !200)
!237 = !DILocation(line: 96, column: 26, scope: !200)
!238 = !DILocation(line: 96, column: 17, scope: !200)
!239 = !DILocation(line: 96, column: 4, scope: !200)
!240 = !DILocation(line: 96, column: 15, scope: !200)
!241 = !DILocation(line: 97, column: 2, scope: !200)
!242 = !DILocation(line: 99, column: 21, scope: !200)
!243 = !DILocation(line: 99, column: 19, scope: !200)
!244 = !DILocation(line: 99, column: 15, scope: !200)
!245 = !DILocation(line: 99, column: 2, scope: !200)
!246 = !DILocation(line: 99, column: 13, scope: !200)
!247 = !DILocation(line: 100, column: 5, scope: !200)
!248 = distinct !DISubprogram(name: "~_Alloc_hider", scope: !116, file: !116, line: 192, type: !11, scopeLine: 192, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!249 = !DILocation(line: 192, column: 14, scope: !248)
