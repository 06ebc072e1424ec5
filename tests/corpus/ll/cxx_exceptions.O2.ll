; ModuleID = 'cxx_exceptions.cpp'
source_filename = "cxx_exceptions.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"class.std::__cxx11::basic_string" = type { %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", i64, %union.anon }
%"struct.std::__cxx11::basic_string<char>::_Alloc_hider" = type { ptr }
%union.anon = type { i64, [8 x i8] }
%struct.MyError = type { i32 }
%"class.std::allocator" = type { i8 }
%struct.Guard = type { i32 }

$__clang_call_terminate = comdat any

$_ZN5GuardC2Ei = comdat any

$_ZN5GuardD2Ev = comdat any

$_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_ = comdat any

$_ZNSt7__cxx119to_stringEi = comdat any

$_ZNSt11char_traitsIcE6lengthEPKc = comdat any

$_ZNSt11char_traitsIcE4copyEPcPKcm = comdat any

$_ZNSt19__ptr_traits_ptr_toIPccLb0EE10pointer_toERc = comdat any

$_ZNSt15__new_allocatorIcEC2ERKS0_ = comdat any

$_ZNSt19__ptr_traits_ptr_toIPKcS0_Lb0EE10pointer_toERS0_ = comdat any

$_ZNSt11char_traitsIcE6assignERcRKc = comdat any

$_ZNSt8__detail14__to_chars_lenIjEEjT_i = comdat any

$_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2IS3_EEmcRKS3_ = comdat any

$_ZNSt15__new_allocatorIcED2Ev = comdat any

$_ZNSt8__detail18__to_chars_10_implIjEEvPcjT_ = comdat any

$_ZNSt15__new_allocatorIcEC2Ev = comdat any

$_ZNSt16allocator_traitsISaIcEE10deallocateERS0_Pcm = comdat any

$_ZNSt15__new_allocatorIcE10deallocateEPcm = comdat any

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
@.str.8 = private unnamed_addr constant [22 x i8] c"basic_string::replace\00", align 1
@.str.9 = private unnamed_addr constant [55 x i8] c"%s: __pos (which is %zu) > this->size() (which is %zu)\00", align 1
@_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits = linkonce_odr constant [201 x i8] c"00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899\00", comdat, align 16

; Function Attrs: mustprogress norecurse uwtable
define noundef i32 @main() #0 personality ptr @__gxx_personality_v0 !dbg !13 {
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
  call void @llvm.lifetime.start.p0(ptr %2) #14, !dbg !17
  store i64 0, ptr %2, align 8, !dbg !18, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #14, !dbg !21
  store i32 0, ptr %3, align 4, !dbg !22, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #14, !dbg !21
  store i32 0, ptr %4, align 4, !dbg !23, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #14, !dbg !24
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2Ev(ptr noundef nonnull align 8 dereferenceable(32) %5) #14, !dbg !25
  call void @llvm.lifetime.start.p0(ptr %6) #14, !dbg !26
  store i32 1, ptr %6, align 4, !dbg !27, !tbaa !9
  br label %13, !dbg !26

13:                                               ; preds = %42, %0
  %14 = load i32, ptr %6, align 4, !dbg !28, !tbaa !9
  %15 = icmp sle i32 %14, 40, !dbg !29
  br i1 %15, label %17, label %16, !dbg !30

16:                                               ; preds = %13
  call void @llvm.lifetime.end.p0(ptr %6) #14, !dbg !31
  br label %76

17:                                               ; preds = %13
  %18 = load i32, ptr %6, align 4, !dbg !32, !tbaa !9
  %19 = invoke noundef i32 @_ZL7wrapperi(i32 noundef %18)
          to label %20 unwind label %24, !dbg !33

20:                                               ; preds = %17
  %21 = sext i32 %19 to i64, !dbg !33
  %22 = load i64, ptr %2, align 8, !dbg !34, !tbaa !19
  %23 = add nsw i64 %22, %21, !dbg !35
  store i64 %23, ptr %2, align 8, !dbg !36, !tbaa !19
  br label %41, !dbg !37

24:                                               ; preds = %17
  %25 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTI7MyError
          catch ptr @_ZTISt9exception, !dbg !38
  %26 = extractvalue { ptr, i32 } %25, 0, !dbg !38
  store ptr %26, ptr %7, align 8, !dbg !38
  %27 = extractvalue { ptr, i32 } %25, 1, !dbg !38
  store i32 %27, ptr %8, align 4, !dbg !38
  br label %28, !dbg !38

28:                                               ; preds = %24
  %29 = load i32, ptr %8, align 4, !dbg !37
  %30 = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTI7MyError) #14, !dbg !37
  %31 = icmp eq i32 %29, %30, !dbg !37
  br i1 %31, label %32, label %45, !dbg !37

32:                                               ; preds = %28
  call void @llvm.lifetime.start.p0(ptr %10) #14, !dbg !39
  %33 = load ptr, ptr %7, align 8, !dbg !39
  %34 = call ptr @__cxa_begin_catch(ptr %33) #14, !dbg !39
  store ptr %34, ptr %10, align 8, !dbg !39
  %35 = load ptr, ptr %10, align 8, !dbg !40, !tbaa !41, !nonnull !16, !align !44
  %36 = getelementptr inbounds nuw %struct.MyError, ptr %35, i32 0, i32 0, !dbg !45
  %37 = load i32, ptr %36, align 4, !dbg !45, !tbaa !46
  %38 = load i32, ptr %3, align 4, !dbg !48, !tbaa !9
  %39 = add nsw i32 %38, %37, !dbg !49
  store i32 %39, ptr %3, align 4, !dbg !50, !tbaa !9
  invoke void @__cxa_end_catch()
          to label %40 unwind label %71, !dbg !51

40:                                               ; preds = %32
  call void @llvm.lifetime.end.p0(ptr %10) #14, !dbg !51
  br label %41, !dbg !51

41:                                               ; preds = %40, %60, %20
  br label %42, !dbg !52

42:                                               ; preds = %41
  %43 = load i32, ptr %6, align 4, !dbg !53, !tbaa !9
  %44 = add nsw i32 %43, 1, !dbg !54
  store i32 %44, ptr %6, align 4, !dbg !55, !tbaa !9
  br label %13, !dbg !31, !llvm.loop !56

45:                                               ; preds = %28
  %46 = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTISt9exception) #14, !dbg !37
  %47 = icmp eq i32 %29, %46, !dbg !37
  br i1 %47, label %48, label %75, !dbg !37

48:                                               ; preds = %45
  call void @llvm.lifetime.start.p0(ptr %9) #14, !dbg !37
  %49 = load ptr, ptr %7, align 8, !dbg !37
  %50 = call ptr @__cxa_begin_catch(ptr %49) #14, !dbg !37
  store ptr %50, ptr %9, align 8, !dbg !37
  %51 = load i32, ptr %4, align 4, !dbg !59, !tbaa !9
  %52 = add nsw i32 %51, 1, !dbg !60
  store i32 %52, ptr %4, align 4, !dbg !61, !tbaa !9
  %53 = load ptr, ptr %9, align 8, !dbg !62, !tbaa !63, !nonnull !16, !align !65
  %54 = load ptr, ptr %53, align 8, !dbg !66, !tbaa !67
  %55 = getelementptr inbounds ptr, ptr %54, i64 2, !dbg !66
  %56 = load ptr, ptr %55, align 8, !dbg !66
  %57 = call noundef ptr %56(ptr noundef nonnull align 8 dereferenceable(8) %53) #14, !dbg !66
  %58 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEaSEPKc(ptr noundef nonnull align 8 dereferenceable(32) %5, ptr noundef %57)
          to label %59 unwind label %61, !dbg !69

59:                                               ; preds = %48
  invoke void @__cxa_end_catch()
          to label %60 unwind label %65, !dbg !39

60:                                               ; preds = %59
  call void @llvm.lifetime.end.p0(ptr %9) #14, !dbg !39
  br label %41, !dbg !39

61:                                               ; preds = %48
  %62 = landingpad { ptr, i32 }
          cleanup, !dbg !38
  %63 = extractvalue { ptr, i32 } %62, 0, !dbg !38
  store ptr %63, ptr %7, align 8, !dbg !38
  %64 = extractvalue { ptr, i32 } %62, 1, !dbg !38
  store i32 %64, ptr %8, align 4, !dbg !38
  invoke void @__cxa_end_catch()
          to label %69 unwind label %156, !dbg !39

65:                                               ; preds = %59
  %66 = landingpad { ptr, i32 }
          cleanup, !dbg !38
  %67 = extractvalue { ptr, i32 } %66, 0, !dbg !38
  store ptr %67, ptr %7, align 8, !dbg !38
  %68 = extractvalue { ptr, i32 } %66, 1, !dbg !38
  store i32 %68, ptr %8, align 4, !dbg !38
  br label %70, !dbg !38

69:                                               ; preds = %61
  br label %70, !dbg !39

70:                                               ; preds = %69, %65
  call void @llvm.lifetime.end.p0(ptr %9) #14, !dbg !39
  br label %75, !dbg !39

71:                                               ; preds = %32
  %72 = landingpad { ptr, i32 }
          cleanup, !dbg !38
  %73 = extractvalue { ptr, i32 } %72, 0, !dbg !38
  store ptr %73, ptr %7, align 8, !dbg !38
  %74 = extractvalue { ptr, i32 } %72, 1, !dbg !38
  store i32 %74, ptr %8, align 4, !dbg !38
  call void @llvm.lifetime.end.p0(ptr %10) #14, !dbg !51
  br label %75, !dbg !51

75:                                               ; preds = %71, %70, %45
  call void @llvm.lifetime.end.p0(ptr %6) #14, !dbg !31
  br label %150, !dbg !31

76:                                               ; preds = %16
  %77 = load i64, ptr %2, align 8, !dbg !70, !tbaa !19
  %78 = load i32, ptr %3, align 4, !dbg !71, !tbaa !9
  %79 = load i32, ptr %4, align 4, !dbg !72, !tbaa !9
  %80 = call noundef ptr @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE5c_strEv(ptr noundef nonnull align 8 dereferenceable(32) %5) #14, !dbg !73
  %81 = invoke i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %77, i32 noundef %78, i32 noundef %79, ptr noundef %80)
          to label %82 unwind label %89, !dbg !74

82:                                               ; preds = %76
  %83 = load i32, ptr @_ZL4live, align 4, !dbg !75, !tbaa !9
  %84 = load i32, ptr @_ZL9destroyed, align 4, !dbg !76, !tbaa !9
  %85 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %83, i32 noundef %84)
          to label %86 unwind label %89, !dbg !77

86:                                               ; preds = %82
  %87 = call ptr @__cxa_allocate_exception(i64 16) #14, !dbg !78
  invoke void @_ZNSt12out_of_rangeC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %87, ptr noundef @.str.2)
          to label %88 unwind label %93, !dbg !79

88:                                               ; preds = %86
  invoke void @__cxa_throw(ptr %87, ptr @_ZTISt12out_of_range, ptr @_ZNSt12out_of_rangeD1Ev) #15
          to label %159 unwind label %97, !dbg !78

89:                                               ; preds = %131, %82, %76
  %90 = landingpad { ptr, i32 }
          cleanup, !dbg !38
  %91 = extractvalue { ptr, i32 } %90, 0, !dbg !38
  store ptr %91, ptr %7, align 8, !dbg !38
  %92 = extractvalue { ptr, i32 } %90, 1, !dbg !38
  store i32 %92, ptr %8, align 4, !dbg !38
  br label %150, !dbg !38

93:                                               ; preds = %86
  %94 = landingpad { ptr, i32 }
          catch ptr @_ZTISt11logic_error
          catch ptr null, !dbg !38
  %95 = extractvalue { ptr, i32 } %94, 0, !dbg !38
  store ptr %95, ptr %7, align 8, !dbg !38
  %96 = extractvalue { ptr, i32 } %94, 1, !dbg !38
  store i32 %96, ptr %8, align 4, !dbg !38
  call void @__cxa_free_exception(ptr %87) #14, !dbg !78
  br label %101, !dbg !78

97:                                               ; preds = %88
  %98 = landingpad { ptr, i32 }
          catch ptr @_ZTISt11logic_error
          catch ptr null, !dbg !38
  %99 = extractvalue { ptr, i32 } %98, 0, !dbg !38
  store ptr %99, ptr %7, align 8, !dbg !38
  %100 = extractvalue { ptr, i32 } %98, 1, !dbg !38
  store i32 %100, ptr %8, align 4, !dbg !38
  br label %101, !dbg !38

101:                                              ; preds = %97, %93
  %102 = load i32, ptr %8, align 4, !dbg !80
  %103 = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTISt11logic_error) #14, !dbg !80
  %104 = icmp eq i32 %102, %103, !dbg !80
  br i1 %104, label %105, label %127, !dbg !80

105:                                              ; preds = %101
  call void @llvm.lifetime.start.p0(ptr %11) #14, !dbg !80
  %106 = load ptr, ptr %7, align 8, !dbg !80
  %107 = call ptr @__cxa_begin_catch(ptr %106) #14, !dbg !80
  store ptr %107, ptr %11, align 8, !dbg !80
  %108 = load ptr, ptr %11, align 8, !dbg !81, !tbaa !82, !nonnull !16, !align !65
  %109 = load ptr, ptr %108, align 8, !dbg !84, !tbaa !67
  %110 = getelementptr inbounds ptr, ptr %109, i64 2, !dbg !84
  %111 = load ptr, ptr %110, align 8, !dbg !84
  %112 = call noundef ptr %111(ptr noundef nonnull align 8 dereferenceable(16) %108) #14, !dbg !84
  %113 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.3, ptr noundef %112)
          to label %114 unwind label %117, !dbg !85

114:                                              ; preds = %105
  %115 = call ptr @__cxa_allocate_exception(i64 16) #14, !dbg !86
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %115, ptr noundef @.str.4)
          to label %116 unwind label %121, !dbg !87

116:                                              ; preds = %114
  invoke void @__cxa_throw(ptr %115, ptr @_ZTISt13runtime_error, ptr @_ZNSt13runtime_errorD1Ev) #15
          to label %159 unwind label %117, !dbg !86

117:                                              ; preds = %116, %105
  %118 = landingpad { ptr, i32 }
          catch ptr null, !dbg !38
  %119 = extractvalue { ptr, i32 } %118, 0, !dbg !38
  store ptr %119, ptr %7, align 8, !dbg !38
  %120 = extractvalue { ptr, i32 } %118, 1, !dbg !38
  store i32 %120, ptr %8, align 4, !dbg !38
  br label %125, !dbg !38

121:                                              ; preds = %114
  %122 = landingpad { ptr, i32 }
          catch ptr null, !dbg !38
  %123 = extractvalue { ptr, i32 } %122, 0, !dbg !38
  store ptr %123, ptr %7, align 8, !dbg !38
  %124 = extractvalue { ptr, i32 } %122, 1, !dbg !38
  store i32 %124, ptr %8, align 4, !dbg !38
  call void @__cxa_free_exception(ptr %115) #14, !dbg !86
  br label %125, !dbg !86

125:                                              ; preds = %121, %117
  invoke void @__cxa_end_catch()
          to label %126 unwind label %156, !dbg !88

126:                                              ; preds = %125
  call void @llvm.lifetime.end.p0(ptr %11) #14, !dbg !88
  br label %127, !dbg !88

127:                                              ; preds = %126, %101
  %128 = load ptr, ptr %7, align 8, !dbg !89
  %129 = call ptr @__cxa_begin_catch(ptr %128) #14, !dbg !89
  %130 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.5)
          to label %131 unwind label %141, !dbg !90

131:                                              ; preds = %127
  invoke void @__cxa_end_catch()
          to label %132 unwind label %89, !dbg !91

132:                                              ; preds = %131
  br label %133, !dbg !91

133:                                              ; preds = %132, %140
  call void @llvm.lifetime.start.p0(ptr %12) #14, !dbg !92
  store i8 1, ptr %12, align 1, !dbg !93, !tbaa !94
  %134 = load i8, ptr %12, align 1, !dbg !96, !tbaa !94, !range !97, !noundef !16
  %135 = trunc i8 %134 to i1, !dbg !96
  %136 = zext i1 %135 to i32, !dbg !96
  %137 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %136)
          to label %138 unwind label %146, !dbg !98

138:                                              ; preds = %133
  store i32 0, ptr %1, align 4, !dbg !99
  call void @llvm.lifetime.end.p0(ptr %12) #14, !dbg !38
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED2Ev(ptr noundef nonnull align 8 dereferenceable(32) %5) #14, !dbg !38
  call void @llvm.lifetime.end.p0(ptr %5) #14, !dbg !38
  call void @llvm.lifetime.end.p0(ptr %4) #14, !dbg !38
  call void @llvm.lifetime.end.p0(ptr %3) #14, !dbg !38
  call void @llvm.lifetime.end.p0(ptr %2) #14, !dbg !38
  %139 = load i32, ptr %1, align 4, !dbg !100
  ret i32 %139, !dbg !101

140:                                              ; No predecessors!
  br label %133, !dbg !89

141:                                              ; preds = %127
  %142 = landingpad { ptr, i32 }
          cleanup, !dbg !38
  %143 = extractvalue { ptr, i32 } %142, 0, !dbg !38
  store ptr %143, ptr %7, align 8, !dbg !38
  %144 = extractvalue { ptr, i32 } %142, 1, !dbg !38
  store i32 %144, ptr %8, align 4, !dbg !38
  invoke void @__cxa_end_catch()
          to label %145 unwind label %156, !dbg !91

145:                                              ; preds = %141
  br label %150, !dbg !91

146:                                              ; preds = %133
  %147 = landingpad { ptr, i32 }
          cleanup, !dbg !38
  %148 = extractvalue { ptr, i32 } %147, 0, !dbg !38
  store ptr %148, ptr %7, align 8, !dbg !38
  %149 = extractvalue { ptr, i32 } %147, 1, !dbg !38
  store i32 %149, ptr %8, align 4, !dbg !38
  call void @llvm.lifetime.end.p0(ptr %12) #14, !dbg !38
  br label %150, !dbg !38

150:                                              ; preds = %146, %145, %89, %75
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED2Ev(ptr noundef nonnull align 8 dereferenceable(32) %5) #14, !dbg !38
  call void @llvm.lifetime.end.p0(ptr %5) #14, !dbg !38
  call void @llvm.lifetime.end.p0(ptr %4) #14, !dbg !38
  call void @llvm.lifetime.end.p0(ptr %3) #14, !dbg !38
  call void @llvm.lifetime.end.p0(ptr %2) #14, !dbg !38
  br label %151, !dbg !38

151:                                              ; preds = %150
  %152 = load ptr, ptr %7, align 8, !dbg !38
  %153 = load i32, ptr %8, align 4, !dbg !38
  %154 = insertvalue { ptr, i32 } poison, ptr %152, 0, !dbg !38
  %155 = insertvalue { ptr, i32 } %154, i32 %153, 1, !dbg !38
  resume { ptr, i32 } %155, !dbg !38

156:                                              ; preds = %141, %125, %61
  %157 = landingpad { ptr, i32 }
          catch ptr null, !dbg !39
  %158 = extractvalue { ptr, i32 } %157, 0, !dbg !39
  call void @__clang_call_terminate(ptr %158) #16, !dbg !39
  unreachable, !dbg !39

159:                                              ; preds = %116, %88
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nounwind uwtable
define available_externally void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2Ev(ptr noundef nonnull align 8 dereferenceable(32) %0) unnamed_addr #2 align 2 personality ptr @__gxx_personality_v0 !dbg !102 {
  %2 = alloca ptr, align 8
  %3 = alloca %"class.std::allocator", align 1
  store ptr %0, ptr %2, align 8, !tbaa !104
  %4 = load ptr, ptr %2, align 8
  %5 = getelementptr inbounds nuw %"class.std::__cxx11::basic_string", ptr %4, i32 0, i32 0, !dbg !106
  %6 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_M_local_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %4), !dbg !107
  call void @llvm.lifetime.start.p0(ptr %3) #14, !dbg !106
  call void @_ZNSaIcEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #14, !dbg !106
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderC2EPcOS3_(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef %6, ptr noundef nonnull align 1 dereferenceable(1) %3)
          to label %7 unwind label %9, !dbg !106

7:                                                ; preds = %1
  call void @_ZNSt15__new_allocatorIcED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #14, !dbg !106
  call void @llvm.lifetime.end.p0(ptr %3) #14, !dbg !106
  %8 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE17_M_use_local_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %4) #14, !dbg !108
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_M_set_lengthEm(ptr noundef nonnull align 8 dereferenceable(32) %4, i64 noundef 0), !dbg !109
  ret void, !dbg !110

9:                                                ; preds = %1
  %10 = landingpad { ptr, i32 }
          catch ptr null, !dbg !106
  %11 = extractvalue { ptr, i32 } %10, 0, !dbg !106
  call void @__clang_call_terminate(ptr %11) #16, !dbg !106
  unreachable, !dbg !106
}

; Function Attrs: mustprogress uwtable
define internal noundef i32 @_ZL7wrapperi(i32 noundef %0) #3 personality ptr @__gxx_personality_v0 !dbg !111 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca %struct.Guard, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store i32 %0, ptr %3, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #14, !dbg !112
  call void @_ZN5GuardC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %4, i32 noundef 1000), !dbg !113
  %10 = load i32, ptr %3, align 4, !dbg !114, !tbaa !9
  %11 = invoke noundef i32 @_ZL5riskyi(i32 noundef %10)
          to label %12 unwind label %13, !dbg !115

12:                                               ; preds = %1
  store i32 %11, ptr %2, align 4, !dbg !116
  store i32 1, ptr %7, align 4
  br label %39, !dbg !116

13:                                               ; preds = %1
  %14 = landingpad { ptr, i32 }
          cleanup
          catch ptr @_ZTISt13runtime_error
          catch ptr @_ZTIi, !dbg !117
  %15 = extractvalue { ptr, i32 } %14, 0, !dbg !117
  store ptr %15, ptr %5, align 8, !dbg !117
  %16 = extractvalue { ptr, i32 } %14, 1, !dbg !117
  store i32 %16, ptr %6, align 4, !dbg !117
  br label %17, !dbg !117

17:                                               ; preds = %13
  %18 = load i32, ptr %6, align 4, !dbg !118
  %19 = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTISt13runtime_error) #14, !dbg !118
  %20 = icmp eq i32 %18, %19, !dbg !118
  br i1 %20, label %21, label %24, !dbg !118

21:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %9) #14, !dbg !119
  %22 = load ptr, ptr %5, align 8, !dbg !119
  %23 = call ptr @__cxa_begin_catch(ptr %22) #14, !dbg !119
  store ptr %23, ptr %9, align 8, !dbg !119
  invoke void @__cxa_rethrow() #15
          to label %50 unwind label %33, !dbg !120

24:                                               ; preds = %17
  %25 = call i32 @llvm.eh.typeid.for.p0(ptr @_ZTIi) #14, !dbg !118
  %26 = icmp eq i32 %18, %25, !dbg !118
  br i1 %26, label %27, label %41, !dbg !118

27:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %8) #14, !dbg !118
  %28 = load ptr, ptr %5, align 8, !dbg !118
  %29 = call ptr @__cxa_begin_catch(ptr %28) #14, !dbg !118
  %30 = load i32, ptr %29, align 4, !dbg !121, !tbaa !9
  store i32 %30, ptr %8, align 4, !dbg !122, !tbaa !9
  %31 = load i32, ptr %8, align 4, !dbg !123, !tbaa !9
  %32 = sub nsw i32 0, %31, !dbg !124
  store i32 %32, ptr %2, align 4, !dbg !125
  store i32 1, ptr %7, align 4
  call void @__cxa_end_catch() #14, !dbg !119
  call void @llvm.lifetime.end.p0(ptr %8) #14, !dbg !119
  br label %39

33:                                               ; preds = %21
  %34 = landingpad { ptr, i32 }
          cleanup, !dbg !117
  %35 = extractvalue { ptr, i32 } %34, 0, !dbg !117
  store ptr %35, ptr %5, align 8, !dbg !117
  %36 = extractvalue { ptr, i32 } %34, 1, !dbg !117
  store i32 %36, ptr %6, align 4, !dbg !117
  invoke void @__cxa_end_catch()
          to label %37 unwind label %47, !dbg !126

37:                                               ; preds = %33
  call void @llvm.lifetime.end.p0(ptr %9) #14, !dbg !126
  br label %41, !dbg !126

38:                                               ; No predecessors!
  unreachable, !dbg !126

39:                                               ; preds = %27, %12
  call void @_ZN5GuardD2Ev(ptr noundef nonnull align 4 dereferenceable(4) %4) #14, !dbg !117
  call void @llvm.lifetime.end.p0(ptr %4) #14, !dbg !117
  %40 = load i32, ptr %2, align 4, !dbg !127
  ret i32 %40, !dbg !128

41:                                               ; preds = %37, %24
  call void @_ZN5GuardD2Ev(ptr noundef nonnull align 4 dereferenceable(4) %4) #14, !dbg !117
  call void @llvm.lifetime.end.p0(ptr %4) #14, !dbg !117
  br label %42, !dbg !117

42:                                               ; preds = %41
  %43 = load ptr, ptr %5, align 8, !dbg !117
  %44 = load i32, ptr %6, align 4, !dbg !117
  %45 = insertvalue { ptr, i32 } poison, ptr %43, 0, !dbg !117
  %46 = insertvalue { ptr, i32 } %45, i32 %44, 1, !dbg !117
  resume { ptr, i32 } %46, !dbg !117

47:                                               ; preds = %33
  %48 = landingpad { ptr, i32 }
          catch ptr null, !dbg !126
  %49 = extractvalue { ptr, i32 } %48, 0, !dbg !126
  call void @__clang_call_terminate(ptr %49) #16, !dbg !126
  unreachable, !dbg !126

50:                                               ; preds = %21
  unreachable
}

declare i32 @__gxx_personality_v0(...)

; Function Attrs: nounwind memory(none)
declare i32 @llvm.eh.typeid.for.p0(ptr) #4

declare ptr @__cxa_begin_catch(ptr)

; Function Attrs: mustprogress uwtable
define available_externally noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEaSEPKc(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %1) #3 align 2 !dbg !129 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !104
  store ptr %1, ptr %4, align 8, !tbaa !130
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !132, !tbaa !130
  %7 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE6assignEPKc(ptr noundef nonnull align 8 dereferenceable(32) %5, ptr noundef %6), !dbg !133
  ret ptr %7, !dbg !134
}

declare void @__cxa_end_catch()

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) #5 comdat {
  %2 = call ptr @__cxa_begin_catch(ptr %0) #14
  call void @_ZSt9terminatev() #16
  unreachable
}

declare void @_ZSt9terminatev()

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

declare !dbg !135 i32 @printf(ptr noundef, ...) #6

; Function Attrs: mustprogress nounwind uwtable
define available_externally noundef ptr @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE5c_strEv(ptr noundef nonnull align 8 dereferenceable(32) %0) #2 align 2 !dbg !137 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !104
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef ptr @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7_M_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %3), !dbg !138
  ret ptr %4, !dbg !139
}

declare ptr @__cxa_allocate_exception(i64)

declare !dbg !140 void @_ZNSt12out_of_rangeC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #6

declare void @__cxa_free_exception(ptr)

; Function Attrs: nounwind
declare void @_ZNSt12out_of_rangeD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #7

declare void @__cxa_throw(ptr, ptr, ptr)

declare !dbg !142 void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #6

; Function Attrs: nounwind
declare void @_ZNSt13runtime_errorD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #7

; Function Attrs: mustprogress nounwind uwtable
define available_externally void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED2Ev(ptr noundef nonnull align 8 dereferenceable(32) %0) unnamed_addr #2 align 2 personality ptr @__gxx_personality_v0 !dbg !143 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !104
  %3 = load ptr, ptr %2, align 8
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_disposeEv(ptr noundef nonnull align 8 dereferenceable(32) %3)
          to label %4 unwind label %6, !dbg !144

4:                                                ; preds = %1
  %5 = getelementptr inbounds nuw %"class.std::__cxx11::basic_string", ptr %3, i32 0, i32 0, !dbg !145
  call void @_ZNSt15__new_allocatorIcED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %5) #14, !dbg !145
  ret void, !dbg !146

6:                                                ; preds = %1
  %7 = landingpad { ptr, i32 }
          catch ptr null, !dbg !144
  %8 = extractvalue { ptr, i32 } %7, 0, !dbg !144
  call void @__clang_call_terminate(ptr %8) #16, !dbg !144
  unreachable, !dbg !144
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZN5GuardC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %0, i32 noundef %1) unnamed_addr #2 comdat align 2 !dbg !147 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !148
  store i32 %1, ptr %4, align 4, !tbaa !9
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %struct.Guard, ptr %5, i32 0, i32 0, !dbg !150
  %7 = load i32, ptr %4, align 4, !dbg !151, !tbaa !9
  store i32 %7, ptr %6, align 4, !dbg !152, !tbaa !153
  %8 = load i32, ptr @_ZL4live, align 4, !dbg !155, !tbaa !9
  %9 = add nsw i32 %8, 1, !dbg !156
  store i32 %9, ptr @_ZL4live, align 4, !dbg !157, !tbaa !9
  ret void, !dbg !158
}

; Function Attrs: mustprogress uwtable
define internal noundef i32 @_ZL5riskyi(i32 noundef %0) #3 personality ptr @__gxx_personality_v0 !dbg !159 {
  %2 = alloca i32, align 4
  %3 = alloca %struct.Guard, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca %"class.std::__cxx11::basic_string", align 8
  %7 = alloca %"class.std::__cxx11::basic_string", align 8
  %8 = alloca i1, align 1
  store i32 %0, ptr %2, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #14, !dbg !160
  %9 = load i32, ptr %2, align 4, !dbg !161, !tbaa !9
  call void @_ZN5GuardC2Ei(ptr noundef nonnull align 4 dereferenceable(4) %3, i32 noundef %9), !dbg !162
  %10 = load i32, ptr %2, align 4, !dbg !163, !tbaa !9
  %11 = srem i32 %10, 5, !dbg !164
  %12 = icmp eq i32 %11, 0, !dbg !165
  br i1 %12, label %13, label %21, !dbg !166

13:                                               ; preds = %1
  %14 = call ptr @__cxa_allocate_exception(i64 4) #14, !dbg !167
  %15 = getelementptr inbounds nuw %struct.MyError, ptr %14, i32 0, i32 0, !dbg !168
  %16 = load i32, ptr %2, align 4, !dbg !169, !tbaa !9
  store i32 %16, ptr %15, align 16, !dbg !168, !tbaa !46
  invoke void @__cxa_throw(ptr %14, ptr @_ZTI7MyError, ptr null) #15
          to label %59 unwind label %17, !dbg !167

17:                                               ; preds = %46, %13
  %18 = landingpad { ptr, i32 }
          cleanup, !dbg !170
  %19 = extractvalue { ptr, i32 } %18, 0, !dbg !170
  store ptr %19, ptr %4, align 8, !dbg !170
  %20 = extractvalue { ptr, i32 } %18, 1, !dbg !170
  store i32 %20, ptr %5, align 4, !dbg !170
  br label %53, !dbg !170

21:                                               ; preds = %1
  %22 = load i32, ptr %2, align 4, !dbg !171, !tbaa !9
  %23 = srem i32 %22, 7, !dbg !172
  %24 = icmp eq i32 %23, 0, !dbg !173
  br i1 %24, label %25, label %42, !dbg !174

25:                                               ; preds = %21
  store i1 true, ptr %8, align 1
  %26 = call ptr @__cxa_allocate_exception(i64 16) #14, !dbg !175
  call void @llvm.lifetime.start.p0(ptr %6) #14, !dbg !176
  call void @llvm.lifetime.start.p0(ptr %7) #14, !dbg !177
  %27 = load i32, ptr %2, align 4, !dbg !178, !tbaa !9
  call void @_ZNSt7__cxx119to_stringEi(ptr dead_on_unwind writable sret(%"class.std::__cxx11::basic_string") align 8 %7, i32 noundef %27) #14, !dbg !177
  invoke void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_(ptr dead_on_unwind writable sret(%"class.std::__cxx11::basic_string") align 8 %6, ptr noundef @.str.7, ptr noundef nonnull align 8 dereferenceable(32) %7)
          to label %28 unwind label %30, !dbg !179

28:                                               ; preds = %25
  invoke void @_ZNSt13runtime_errorC1ERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE(ptr noundef nonnull align 8 dereferenceable(16) %26, ptr noundef nonnull align 8 dereferenceable(32) %6)
          to label %29 unwind label %34, !dbg !180

29:                                               ; preds = %28
  store i1 false, ptr %8, align 1, !dbg !175
  invoke void @__cxa_throw(ptr %26, ptr @_ZTISt13runtime_error, ptr @_ZNSt13runtime_errorD1Ev) #15
          to label %59 unwind label %34, !dbg !175

30:                                               ; preds = %25
  %31 = landingpad { ptr, i32 }
          cleanup, !dbg !170
  %32 = extractvalue { ptr, i32 } %31, 0, !dbg !170
  store ptr %32, ptr %4, align 8, !dbg !170
  %33 = extractvalue { ptr, i32 } %31, 1, !dbg !170
  store i32 %33, ptr %5, align 4, !dbg !170
  br label %38, !dbg !170

34:                                               ; preds = %29, %28
  %35 = landingpad { ptr, i32 }
          cleanup, !dbg !170
  %36 = extractvalue { ptr, i32 } %35, 0, !dbg !170
  store ptr %36, ptr %4, align 8, !dbg !170
  %37 = extractvalue { ptr, i32 } %35, 1, !dbg !170
  store i32 %37, ptr %5, align 4, !dbg !170
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED2Ev(ptr noundef nonnull align 8 dereferenceable(32) %6) #14, !dbg !175
  br label %38, !dbg !175

38:                                               ; preds = %34, %30
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED2Ev(ptr noundef nonnull align 8 dereferenceable(32) %7) #14, !dbg !175
  call void @llvm.lifetime.end.p0(ptr %7) #14, !dbg !175
  call void @llvm.lifetime.end.p0(ptr %6) #14, !dbg !175
  %39 = load i1, ptr %8, align 1, !dbg !175
  br i1 %39, label %40, label %41, !dbg !175

40:                                               ; preds = %38
  call void @__cxa_free_exception(ptr %26) #14, !dbg !175
  br label %41, !dbg !175

41:                                               ; preds = %40, %38
  br label %53, !dbg !175

42:                                               ; preds = %21
  %43 = load i32, ptr %2, align 4, !dbg !181, !tbaa !9
  %44 = srem i32 %43, 11, !dbg !182
  %45 = icmp eq i32 %44, 0, !dbg !183
  br i1 %45, label %46, label %50, !dbg !184

46:                                               ; preds = %42
  %47 = call ptr @__cxa_allocate_exception(i64 4) #14, !dbg !185
  %48 = load i32, ptr %2, align 4, !dbg !186, !tbaa !9
  %49 = mul nsw i32 %48, 2, !dbg !187
  store i32 %49, ptr %47, align 16, !dbg !185, !tbaa !9
  invoke void @__cxa_throw(ptr %47, ptr @_ZTIi, ptr null) #15
          to label %59 unwind label %17, !dbg !185

50:                                               ; preds = %42
  %51 = load i32, ptr %2, align 4, !dbg !188, !tbaa !9
  %52 = mul nsw i32 %51, 3, !dbg !189
  call void @_ZN5GuardD2Ev(ptr noundef nonnull align 4 dereferenceable(4) %3) #14, !dbg !170
  call void @llvm.lifetime.end.p0(ptr %3) #14, !dbg !170
  ret i32 %52, !dbg !190

53:                                               ; preds = %41, %17
  call void @_ZN5GuardD2Ev(ptr noundef nonnull align 4 dereferenceable(4) %3) #14, !dbg !170
  call void @llvm.lifetime.end.p0(ptr %3) #14, !dbg !170
  br label %54, !dbg !170

54:                                               ; preds = %53
  %55 = load ptr, ptr %4, align 8, !dbg !170
  %56 = load i32, ptr %5, align 4, !dbg !170
  %57 = insertvalue { ptr, i32 } poison, ptr %55, 0, !dbg !170
  %58 = insertvalue { ptr, i32 } %57, i32 %56, 1, !dbg !170
  resume { ptr, i32 } %58, !dbg !170

59:                                               ; preds = %46, %29, %13
  unreachable
}

declare void @__cxa_rethrow()

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZN5GuardD2Ev(ptr noundef nonnull align 4 dereferenceable(4) %0) unnamed_addr #2 comdat align 2 !dbg !191 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !148
  %3 = load ptr, ptr %2, align 8
  %4 = load i32, ptr @_ZL4live, align 4, !dbg !192, !tbaa !9
  %5 = add nsw i32 %4, -1, !dbg !193
  store i32 %5, ptr @_ZL4live, align 4, !dbg !194, !tbaa !9
  %6 = getelementptr inbounds nuw %struct.Guard, ptr %3, i32 0, i32 0, !dbg !195
  %7 = load i32, ptr %6, align 4, !dbg !195, !tbaa !153
  %8 = load i32, ptr @_ZL9destroyed, align 4, !dbg !196, !tbaa !9
  %9 = add nsw i32 %8, %7, !dbg !197
  store i32 %9, ptr @_ZL9destroyed, align 4, !dbg !198, !tbaa !9
  ret void, !dbg !199
}

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr void @_ZStplIcSt11char_traitsIcESaIcEENSt7__cxx1112basic_stringIT_T0_T1_EEPKS5_OS8_(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, ptr noundef %1, ptr noundef nonnull align 8 dereferenceable(32) %2) #8 comdat !dbg !200 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8, !tbaa !130
  store ptr %2, ptr %6, align 8, !tbaa !104
  %7 = load ptr, ptr %6, align 8, !dbg !201, !tbaa !104, !nonnull !16, !align !65
  %8 = load ptr, ptr %5, align 8, !dbg !202, !tbaa !130
  %9 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE6insertEmPKc(ptr noundef nonnull align 8 dereferenceable(32) %7, i64 noundef 0, ptr noundef %8), !dbg !203
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2EOS4_(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(32) %9) #14, !dbg !204
  ret void, !dbg !205
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt7__cxx119to_stringEi(ptr dead_on_unwind noalias writable sret(%"class.std::__cxx11::basic_string") align 8 %0, i32 noundef %1) #9 comdat personality ptr @__gxx_personality_v0 !dbg !206 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i8, align 1
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i1, align 1
  %9 = alloca %"class.std::allocator", align 1
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #14, !dbg !207
  %10 = load i32, ptr %4, align 4, !dbg !208, !tbaa !9
  %11 = icmp slt i32 %10, 0, !dbg !209
  %12 = zext i1 %11 to i8, !dbg !210
  store i8 %12, ptr %5, align 1, !dbg !211, !tbaa !94
  call void @llvm.lifetime.start.p0(ptr %6) #14, !dbg !212
  %13 = load i8, ptr %5, align 1, !dbg !213, !tbaa !94, !range !97, !noundef !16
  %14 = trunc i8 %13 to i1, !dbg !214
  br i1 %14, label %15, label %19, !dbg !215

15:                                               ; preds = %2
  %16 = load i32, ptr %4, align 4, !dbg !216, !tbaa !9
  %17 = xor i32 %16, -1, !dbg !217
  %18 = add i32 %17, 1, !dbg !218
  br label %21, !dbg !219

19:                                               ; preds = %2
  %20 = load i32, ptr %4, align 4, !dbg !220, !tbaa !9
  br label %21, !dbg !219

21:                                               ; preds = %19, %15
  %22 = phi i32 [ %18, %15 ], [ %20, %19 ], !dbg !221
  store i32 %22, ptr %6, align 4, !dbg !222, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #14, !dbg !223
  %23 = load i32, ptr %6, align 4, !dbg !224, !tbaa !9
  %24 = call noundef i32 @_ZNSt8__detail14__to_chars_lenIjEEjT_i(i32 noundef %23, i32 noundef 10) #14, !dbg !225
  store i32 %24, ptr %7, align 4, !dbg !226, !tbaa !9
  store i1 false, ptr %8, align 1, !dbg !227
  %25 = load i8, ptr %5, align 1, !dbg !228, !tbaa !94, !range !97, !noundef !16
  %26 = trunc i8 %25 to i1, !dbg !228
  %27 = zext i1 %26 to i32, !dbg !228
  %28 = load i32, ptr %7, align 4, !dbg !229, !tbaa !9
  %29 = add i32 %27, %28, !dbg !230
  %30 = zext i32 %29 to i64, !dbg !228
  call void @llvm.lifetime.start.p0(ptr %9) #14, !dbg !231
  call void @_ZNSaIcEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %9) #14, !dbg !231
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2IS3_EEmcRKS3_(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %30, i8 noundef signext 45, ptr noundef nonnull align 1 dereferenceable(1) %9)
          to label %31 unwind label %42, !dbg !231

31:                                               ; preds = %21
  call void @_ZNSt15__new_allocatorIcED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %9) #14, !dbg !231
  call void @llvm.lifetime.end.p0(ptr %9) #14, !dbg !231
  %32 = load i8, ptr %5, align 1, !dbg !232, !tbaa !94, !range !97, !noundef !16
  %33 = trunc i8 %32 to i1, !dbg !232
  %34 = zext i1 %33 to i64, !dbg !232
  %35 = invoke noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEixEm(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %34)
          to label %36 unwind label %42, !dbg !233

36:                                               ; preds = %31
  %37 = load i32, ptr %7, align 4, !dbg !234, !tbaa !9
  %38 = load i32, ptr %6, align 4, !dbg !235, !tbaa !9
  call void @_ZNSt8__detail18__to_chars_10_implIjEEvPcjT_(ptr noundef %35, i32 noundef %37, i32 noundef %38) #14, !dbg !236
  store i1 true, ptr %8, align 1, !dbg !237
  %39 = load i1, ptr %8, align 1, !dbg !238
  br i1 %39, label %41, label %40, !dbg !238

40:                                               ; preds = %36
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED2Ev(ptr noundef nonnull align 8 dereferenceable(32) %0) #14, !dbg !238
  br label %41, !dbg !238

41:                                               ; preds = %40, %36
  call void @llvm.lifetime.end.p0(ptr %7) #14, !dbg !238
  call void @llvm.lifetime.end.p0(ptr %6) #14, !dbg !238
  call void @llvm.lifetime.end.p0(ptr %5) #14, !dbg !238
  ret void, !dbg !239

42:                                               ; preds = %31, %21
  %43 = landingpad { ptr, i32 }
          catch ptr null, !dbg !231
  %44 = extractvalue { ptr, i32 } %43, 0, !dbg !231
  call void @__clang_call_terminate(ptr %44) #16, !dbg !231
  unreachable, !dbg !231
}

declare !dbg !240 void @_ZNSt13runtime_errorC1ERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 8 dereferenceable(32)) unnamed_addr #6

; Function Attrs: mustprogress uwtable
define available_externally noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE6insertEmPKc(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %1, ptr noundef %2) #3 align 2 !dbg !241 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !104
  store i64 %1, ptr %5, align 8, !tbaa !19
  store ptr %2, ptr %6, align 8, !tbaa !130
  %7 = load ptr, ptr %4, align 8
  %8 = load i64, ptr %5, align 8, !dbg !242, !tbaa !19
  %9 = load ptr, ptr %6, align 8, !dbg !243, !tbaa !130
  %10 = load ptr, ptr %6, align 8, !dbg !244, !tbaa !130
  %11 = call noundef i64 @_ZNSt11char_traitsIcE6lengthEPKc(ptr noundef %10), !dbg !245
  %12 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %7, i64 noundef %8, i64 noundef 0, ptr noundef %9, i64 noundef %11), !dbg !246
  ret ptr %12, !dbg !247
}

; Function Attrs: mustprogress nounwind uwtable
define available_externally void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2EOS4_(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) unnamed_addr #2 align 2 personality ptr @__gxx_personality_v0 !dbg !248 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !104
  store ptr %1, ptr %4, align 8, !tbaa !104
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::__cxx11::basic_string", ptr %5, i32 0, i32 0, !dbg !249
  %7 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_M_local_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %5)
          to label %8 unwind label %47, !dbg !250

8:                                                ; preds = %2
  %9 = load ptr, ptr %4, align 8, !dbg !251, !tbaa !104, !nonnull !16, !align !65
  %10 = invoke noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE16_M_get_allocatorEv(ptr noundef nonnull align 8 dereferenceable(32) %9)
          to label %11 unwind label %47, !dbg !252

11:                                               ; preds = %8
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderC2EPcOS3_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef %7, ptr noundef nonnull align 1 dereferenceable(1) %10)
          to label %12 unwind label %47, !dbg !249

12:                                               ; preds = %11
  %13 = load ptr, ptr %4, align 8, !dbg !253, !tbaa !104, !nonnull !16, !align !65
  %14 = invoke noundef zeroext i1 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE11_M_is_localEv(ptr noundef nonnull align 8 dereferenceable(32) %13)
          to label %15 unwind label %47, !dbg !254

15:                                               ; preds = %12
  br i1 %14, label %16, label %27, !dbg !255

16:                                               ; preds = %15
  %17 = getelementptr inbounds nuw %"class.std::__cxx11::basic_string", ptr %5, i32 0, i32 2, !dbg !256
  %18 = getelementptr inbounds [16 x i8], ptr %17, i64 0, i64 0, !dbg !256
  %19 = load ptr, ptr %4, align 8, !dbg !257, !tbaa !104, !nonnull !16, !align !65
  %20 = getelementptr inbounds nuw %"class.std::__cxx11::basic_string", ptr %19, i32 0, i32 2, !dbg !258
  %21 = getelementptr inbounds [16 x i8], ptr %20, i64 0, i64 0, !dbg !257
  %22 = load ptr, ptr %4, align 8, !dbg !259, !tbaa !104, !nonnull !16, !align !65
  %23 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE6lengthEv(ptr noundef nonnull align 8 dereferenceable(32) %22) #14, !dbg !260
  %24 = add i64 %23, 1, !dbg !261
  %25 = invoke noundef ptr @_ZNSt11char_traitsIcE4copyEPcPKcm(ptr noundef %18, ptr noundef %21, i64 noundef %24)
          to label %26 unwind label %47, !dbg !262

26:                                               ; preds = %16
  br label %36, !dbg !263

27:                                               ; preds = %15
  %28 = load ptr, ptr %4, align 8, !dbg !264, !tbaa !104, !nonnull !16, !align !65
  %29 = invoke noundef ptr @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7_M_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %28)
          to label %30 unwind label %47, !dbg !265

30:                                               ; preds = %27
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7_M_dataEPc(ptr noundef nonnull align 8 dereferenceable(32) %5, ptr noundef %29)
          to label %31 unwind label %47, !dbg !266

31:                                               ; preds = %30
  %32 = load ptr, ptr %4, align 8, !dbg !267, !tbaa !104, !nonnull !16, !align !65
  %33 = getelementptr inbounds nuw %"class.std::__cxx11::basic_string", ptr %32, i32 0, i32 2, !dbg !268
  %34 = load i64, ptr %33, align 8, !dbg !268, !tbaa !269
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE11_M_capacityEm(ptr noundef nonnull align 8 dereferenceable(32) %5, i64 noundef %34)
          to label %35 unwind label %47, !dbg !270

35:                                               ; preds = %31
  br label %36

36:                                               ; preds = %35, %26
  %37 = load ptr, ptr %4, align 8, !dbg !271, !tbaa !104, !nonnull !16, !align !65
  %38 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE6lengthEv(ptr noundef nonnull align 8 dereferenceable(32) %37) #14, !dbg !272
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_lengthEm(ptr noundef nonnull align 8 dereferenceable(32) %5, i64 noundef %38)
          to label %39 unwind label %47, !dbg !273

39:                                               ; preds = %36
  %40 = load ptr, ptr %4, align 8, !dbg !274, !tbaa !104, !nonnull !16, !align !65
  %41 = load ptr, ptr %4, align 8, !dbg !275, !tbaa !104, !nonnull !16, !align !65
  %42 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_M_local_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %41)
          to label %43 unwind label %47, !dbg !276

43:                                               ; preds = %39
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7_M_dataEPc(ptr noundef nonnull align 8 dereferenceable(32) %40, ptr noundef %42)
          to label %44 unwind label %47, !dbg !277

44:                                               ; preds = %43
  %45 = load ptr, ptr %4, align 8, !dbg !278, !tbaa !104, !nonnull !16, !align !65
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_M_set_lengthEm(ptr noundef nonnull align 8 dereferenceable(32) %45, i64 noundef 0)
          to label %46 unwind label %47, !dbg !279

46:                                               ; preds = %44
  ret void, !dbg !280

47:                                               ; preds = %44, %43, %39, %36, %31, %30, %27, %16, %12, %11, %8, %2
  %48 = landingpad { ptr, i32 }
          catch ptr null, !dbg !250
  %49 = extractvalue { ptr, i32 } %48, 0, !dbg !250
  call void @__clang_call_terminate(ptr %49) #16, !dbg !250
  unreachable, !dbg !250
}

; Function Attrs: mustprogress uwtable
define available_externally noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %1, i64 noundef %2, ptr noundef %3, i64 noundef %4) #3 align 2 !dbg !281 {
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i64, align 8
  store ptr %0, ptr %6, align 8, !tbaa !104
  store i64 %1, ptr %7, align 8, !tbaa !19
  store i64 %2, ptr %8, align 8, !tbaa !19
  store ptr %3, ptr %9, align 8, !tbaa !130
  store i64 %4, ptr %10, align 8, !tbaa !19
  %11 = load ptr, ptr %6, align 8
  %12 = load i64, ptr %7, align 8, !dbg !282, !tbaa !19
  %13 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE8_M_checkEmPKc(ptr noundef nonnull align 8 dereferenceable(32) %11, i64 noundef %12, ptr noundef @.str.8), !dbg !283
  %14 = load i64, ptr %7, align 8, !dbg !284, !tbaa !19
  %15 = load i64, ptr %8, align 8, !dbg !285, !tbaa !19
  %16 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE8_M_limitEmm(ptr noundef nonnull align 8 dereferenceable(32) %11, i64 noundef %14, i64 noundef %15) #14, !dbg !286
  %17 = load ptr, ptr %9, align 8, !dbg !287, !tbaa !130
  %18 = load i64, ptr %10, align 8, !dbg !288, !tbaa !19
  %19 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %11, i64 noundef %13, i64 noundef %16, ptr noundef %17, i64 noundef %18), !dbg !289
  ret ptr %19, !dbg !290
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef i64 @_ZNSt11char_traitsIcE6lengthEPKc(ptr noundef %0) #2 comdat align 2 !dbg !291 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !130
  %3 = load ptr, ptr %2, align 8, !dbg !293, !tbaa !130
  %4 = call i64 @strlen(ptr noundef %3) #14, !dbg !294
  ret i64 %4, !dbg !295
}

declare !dbg !296 noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i64 noundef, ptr noundef, i64 noundef) #6

; Function Attrs: mustprogress uwtable
define available_externally noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE8_M_checkEmPKc(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %1, ptr noundef %2) #3 align 2 !dbg !297 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !104
  store i64 %1, ptr %5, align 8, !tbaa !19
  store ptr %2, ptr %6, align 8, !tbaa !130
  %7 = load ptr, ptr %4, align 8
  %8 = load i64, ptr %5, align 8, !dbg !298, !tbaa !19
  %9 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4sizeEv(ptr noundef nonnull align 8 dereferenceable(32) %7) #14, !dbg !299
  %10 = icmp ugt i64 %8, %9, !dbg !300
  br i1 %10, label %11, label %15, !dbg !301

11:                                               ; preds = %3
  %12 = load ptr, ptr %6, align 8, !dbg !302, !tbaa !130
  %13 = load i64, ptr %5, align 8, !dbg !303, !tbaa !19
  %14 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4sizeEv(ptr noundef nonnull align 8 dereferenceable(32) %7) #14, !dbg !304
  call void (ptr, ...) @_ZSt24__throw_out_of_range_fmtPKcz(ptr noundef @.str.9, ptr noundef %12, i64 noundef %13, i64 noundef %14) #15, !dbg !305
  unreachable, !dbg !305

15:                                               ; preds = %3
  %16 = load i64, ptr %5, align 8, !dbg !306, !tbaa !19
  ret i64 %16, !dbg !307
}

; Function Attrs: mustprogress nounwind uwtable
define available_externally noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE8_M_limitEmm(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %1, i64 noundef %2) #2 align 2 !dbg !308 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i8, align 1
  store ptr %0, ptr %4, align 8, !tbaa !104
  store i64 %1, ptr %5, align 8, !tbaa !19
  store i64 %2, ptr %6, align 8, !tbaa !19
  %8 = load ptr, ptr %4, align 8
  call void @llvm.lifetime.start.p0(ptr %7) #14, !dbg !309
  %9 = load i64, ptr %6, align 8, !dbg !310, !tbaa !19
  %10 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4sizeEv(ptr noundef nonnull align 8 dereferenceable(32) %8) #14, !dbg !311
  %11 = load i64, ptr %5, align 8, !dbg !312, !tbaa !19
  %12 = sub i64 %10, %11, !dbg !313
  %13 = icmp ult i64 %9, %12, !dbg !314
  %14 = zext i1 %13 to i8, !dbg !315
  store i8 %14, ptr %7, align 1, !dbg !316, !tbaa !94
  %15 = load i8, ptr %7, align 1, !dbg !317, !tbaa !94, !range !97, !noundef !16
  %16 = trunc i8 %15 to i1, !dbg !318
  br i1 %16, label %17, label %19, !dbg !319

17:                                               ; preds = %3
  %18 = load i64, ptr %6, align 8, !dbg !320, !tbaa !19
  br label %23, !dbg !321

19:                                               ; preds = %3
  %20 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4sizeEv(ptr noundef nonnull align 8 dereferenceable(32) %8) #14, !dbg !322
  %21 = load i64, ptr %5, align 8, !dbg !323, !tbaa !19
  %22 = sub i64 %20, %21, !dbg !324
  br label %23, !dbg !321

23:                                               ; preds = %19, %17
  %24 = phi i64 [ %18, %17 ], [ %22, %19 ], !dbg !325
  call void @llvm.lifetime.end.p0(ptr %7) #14, !dbg !326
  ret i64 %24, !dbg !327
}

; Function Attrs: mustprogress nounwind uwtable
define available_externally noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4sizeEv(ptr noundef nonnull align 8 dereferenceable(32) %0) #2 align 2 !dbg !328 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !104
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__cxx11::basic_string", ptr %3, i32 0, i32 1, !dbg !329
  %5 = load i64, ptr %4, align 8, !dbg !330, !tbaa !331
  ret i64 %5, !dbg !334
}

; Function Attrs: noreturn
declare void @_ZSt24__throw_out_of_range_fmtPKcz(ptr noundef, ...) #10

; Function Attrs: nounwind
declare !dbg !335 i64 @strlen(ptr noundef) #7

; Function Attrs: mustprogress nounwind uwtable
define available_externally noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_M_local_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %0) #2 align 2 !dbg !337 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !104
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__cxx11::basic_string", ptr %3, i32 0, i32 2, !dbg !338
  %5 = getelementptr inbounds [16 x i8], ptr %4, i64 0, i64 0, !dbg !339
  %6 = call noundef ptr @_ZNSt19__ptr_traits_ptr_toIPccLb0EE10pointer_toERc(ptr noundef nonnull align 1 dereferenceable(1) %5) #14, !dbg !340
  ret ptr %6, !dbg !341
}

; Function Attrs: mustprogress nounwind uwtable
define available_externally noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE16_M_get_allocatorEv(ptr noundef nonnull align 8 dereferenceable(32) %0) #2 align 2 !dbg !342 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !104
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__cxx11::basic_string", ptr %3, i32 0, i32 0, !dbg !343
  ret ptr %4, !dbg !344
}

; Function Attrs: mustprogress nounwind uwtable
define available_externally void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderC2EPcOS3_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #2 align 2 !dbg !345 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !346
  store ptr %1, ptr %5, align 8, !tbaa !130
  store ptr %2, ptr %6, align 8, !tbaa !348
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %6, align 8, !dbg !350, !tbaa !348, !nonnull !16
  call void @_ZNSaIcEC2ERKS_(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr noundef nonnull align 1 dereferenceable(1) %8) #14, !dbg !351
  %9 = getelementptr inbounds nuw %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", ptr %7, i32 0, i32 0, !dbg !352
  %10 = load ptr, ptr %5, align 8, !dbg !353, !tbaa !130
  store ptr %10, ptr %9, align 8, !dbg !354, !tbaa !355
  ret void, !dbg !356
}

; Function Attrs: mustprogress uwtable
define available_externally noundef zeroext i1 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE11_M_is_localEv(ptr noundef nonnull align 8 dereferenceable(32) %0) #3 align 2 !dbg !357 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !104
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef ptr @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7_M_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %3), !dbg !358
  %5 = call noundef ptr @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_M_local_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %3), !dbg !359
  %6 = icmp eq ptr %4, %5, !dbg !360
  ret i1 %6, !dbg !361
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef ptr @_ZNSt11char_traitsIcE4copyEPcPKcm(ptr noundef %0, ptr noundef %1, i64 noundef %2) #2 comdat align 2 !dbg !362 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  store ptr %0, ptr %5, align 8, !tbaa !130
  store ptr %1, ptr %6, align 8, !tbaa !130
  store i64 %2, ptr %7, align 8, !tbaa !19
  %8 = load i64, ptr %7, align 8, !dbg !363, !tbaa !19
  %9 = icmp eq i64 %8, 0, !dbg !364
  br i1 %9, label %10, label %12, !dbg !365

10:                                               ; preds = %3
  %11 = load ptr, ptr %5, align 8, !dbg !366, !tbaa !130
  store ptr %11, ptr %4, align 8, !dbg !367
  br label %16, !dbg !367

12:                                               ; preds = %3
  %13 = load ptr, ptr %5, align 8, !dbg !368, !tbaa !130
  %14 = load ptr, ptr %6, align 8, !dbg !369, !tbaa !130
  %15 = load i64, ptr %7, align 8, !dbg !370, !tbaa !19
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %13, ptr align 1 %14, i64 %15, i1 false), !dbg !371
  store ptr %13, ptr %4, align 8, !dbg !372
  br label %16, !dbg !372

16:                                               ; preds = %12, %10
  %17 = load ptr, ptr %4, align 8, !dbg !373
  ret ptr %17, !dbg !374
}

; Function Attrs: mustprogress nounwind uwtable
define available_externally noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE6lengthEv(ptr noundef nonnull align 8 dereferenceable(32) %0) #2 align 2 !dbg !375 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !104
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__cxx11::basic_string", ptr %3, i32 0, i32 1, !dbg !376
  %5 = load i64, ptr %4, align 8, !dbg !377, !tbaa !331
  ret i64 %5, !dbg !378
}

; Function Attrs: mustprogress nounwind uwtable
define available_externally void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7_M_dataEPc(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %1) #2 align 2 !dbg !379 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !104
  store ptr %1, ptr %4, align 8, !tbaa !130
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !380, !tbaa !130
  %7 = getelementptr inbounds nuw %"class.std::__cxx11::basic_string", ptr %5, i32 0, i32 0, !dbg !381
  %8 = getelementptr inbounds nuw %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", ptr %7, i32 0, i32 0, !dbg !382
  store ptr %6, ptr %8, align 8, !dbg !383, !tbaa !384
  ret void, !dbg !385
}

; Function Attrs: mustprogress nounwind uwtable
define available_externally noundef ptr @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7_M_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %0) #2 align 2 !dbg !386 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !104
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__cxx11::basic_string", ptr %3, i32 0, i32 0, !dbg !387
  %5 = getelementptr inbounds nuw %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", ptr %4, i32 0, i32 0, !dbg !388
  %6 = load ptr, ptr %5, align 8, !dbg !389, !tbaa !384
  ret ptr %6, !dbg !390
}

; Function Attrs: mustprogress nounwind uwtable
define available_externally void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE11_M_capacityEm(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %1) #2 align 2 !dbg !391 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !104
  store i64 %1, ptr %4, align 8, !tbaa !19
  %5 = load ptr, ptr %3, align 8
  %6 = load i64, ptr %4, align 8, !dbg !392, !tbaa !19
  %7 = getelementptr inbounds nuw %"class.std::__cxx11::basic_string", ptr %5, i32 0, i32 2, !dbg !393
  store i64 %6, ptr %7, align 8, !dbg !394, !tbaa !269
  ret void, !dbg !395
}

; Function Attrs: mustprogress nounwind uwtable
define available_externally void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_lengthEm(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %1) #2 align 2 !dbg !396 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !104
  store i64 %1, ptr %4, align 8, !tbaa !19
  %5 = load ptr, ptr %3, align 8
  %6 = load i64, ptr %4, align 8, !dbg !397, !tbaa !19
  %7 = getelementptr inbounds nuw %"class.std::__cxx11::basic_string", ptr %5, i32 0, i32 1, !dbg !398
  store i64 %6, ptr %7, align 8, !dbg !399, !tbaa !331
  ret void, !dbg !400
}

; Function Attrs: mustprogress nounwind uwtable
define available_externally void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_M_set_lengthEm(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %1) #2 align 2 !dbg !401 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i8, align 1
  store ptr %0, ptr %3, align 8, !tbaa !104
  store i64 %1, ptr %4, align 8, !tbaa !19
  %6 = load ptr, ptr %3, align 8
  %7 = load i64, ptr %4, align 8, !dbg !402, !tbaa !19
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_lengthEm(ptr noundef nonnull align 8 dereferenceable(32) %6, i64 noundef %7), !dbg !403
  %8 = call noundef ptr @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7_M_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %6), !dbg !404
  %9 = load i64, ptr %4, align 8, !dbg !405, !tbaa !19
  %10 = getelementptr inbounds nuw i8, ptr %8, i64 %9, !dbg !404
  call void @llvm.lifetime.start.p0(ptr %5) #14, !dbg !406
  store i8 0, ptr %5, align 1, !dbg !406, !tbaa !269
  call void @_ZNSt11char_traitsIcE6assignERcRKc(ptr noundef nonnull align 1 dereferenceable(1) %10, ptr noundef nonnull align 1 dereferenceable(1) %5) #14, !dbg !407
  call void @llvm.lifetime.end.p0(ptr %5) #14, !dbg !407
  ret void, !dbg !408
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef ptr @_ZNSt19__ptr_traits_ptr_toIPccLb0EE10pointer_toERc(ptr noundef nonnull align 1 dereferenceable(1) %0) #2 comdat align 2 !dbg !409 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !130
  %3 = load ptr, ptr %2, align 8, !dbg !411, !tbaa !130, !nonnull !16
  ret ptr %3, !dbg !412
}

; Function Attrs: mustprogress nounwind uwtable
define available_externally void @_ZNSaIcEC2ERKS_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #2 align 2 !dbg !413 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !348
  store ptr %1, ptr %4, align 8, !tbaa !348
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !415, !tbaa !348, !nonnull !16
  call void @_ZNSt15__new_allocatorIcEC2ERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6) #14, !dbg !416
  ret void, !dbg !417
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt15__new_allocatorIcEC2ERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #2 comdat align 2 !dbg !418 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !420
  store ptr %1, ptr %4, align 8, !tbaa !420
  %5 = load ptr, ptr %3, align 8
  ret void, !dbg !422
}

; Function Attrs: mustprogress nounwind uwtable
define available_externally noundef ptr @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_M_local_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %0) #2 align 2 !dbg !423 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !104
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__cxx11::basic_string", ptr %3, i32 0, i32 2, !dbg !424
  %5 = getelementptr inbounds [16 x i8], ptr %4, i64 0, i64 0, !dbg !425
  %6 = call noundef ptr @_ZNSt19__ptr_traits_ptr_toIPKcS0_Lb0EE10pointer_toERS0_(ptr noundef nonnull align 1 dereferenceable(1) %5) #14, !dbg !426
  ret ptr %6, !dbg !427
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef ptr @_ZNSt19__ptr_traits_ptr_toIPKcS0_Lb0EE10pointer_toERS0_(ptr noundef nonnull align 1 dereferenceable(1) %0) #2 comdat align 2 !dbg !428 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !130
  %3 = load ptr, ptr %2, align 8, !dbg !429, !tbaa !130, !nonnull !16
  ret ptr %3, !dbg !430
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #11

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt11char_traitsIcE6assignERcRKc(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) #2 comdat align 2 !dbg !431 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !130
  store ptr %1, ptr %4, align 8, !tbaa !130
  %5 = load ptr, ptr %4, align 8, !dbg !432, !tbaa !130, !nonnull !16
  %6 = load i8, ptr %5, align 1, !dbg !433, !tbaa !269
  %7 = load ptr, ptr %3, align 8, !dbg !434, !tbaa !130, !nonnull !16
  store i8 %6, ptr %7, align 1, !dbg !435, !tbaa !269
  ret void, !dbg !436
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef i32 @_ZNSt8__detail14__to_chars_lenIjEEjT_i(i32 noundef %0, i32 noundef %1) #2 comdat !dbg !437 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #14, !dbg !439
  store i32 1, ptr %6, align 4, !dbg !440, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #14, !dbg !441
  %11 = load i32, ptr %5, align 4, !dbg !442, !tbaa !9
  %12 = load i32, ptr %5, align 4, !dbg !443, !tbaa !9
  %13 = mul nsw i32 %11, %12, !dbg !444
  store i32 %13, ptr %7, align 4, !dbg !445, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #14, !dbg !446
  %14 = load i32, ptr %7, align 4, !dbg !447, !tbaa !9
  %15 = load i32, ptr %5, align 4, !dbg !448, !tbaa !9
  %16 = mul i32 %14, %15, !dbg !449
  store i32 %16, ptr %8, align 4, !dbg !450, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #14, !dbg !451
  %17 = load i32, ptr %8, align 4, !dbg !452, !tbaa !9
  %18 = load i32, ptr %5, align 4, !dbg !453, !tbaa !9
  %19 = mul i32 %17, %18, !dbg !454
  %20 = zext i32 %19 to i64, !dbg !455
  store i64 %20, ptr %9, align 8, !dbg !456, !tbaa !19
  br label %21, !dbg !457

21:                                               ; preds = %49, %2
  %22 = load i32, ptr %4, align 4, !dbg !458, !tbaa !9
  %23 = load i32, ptr %5, align 4, !dbg !459, !tbaa !9
  %24 = icmp ult i32 %22, %23, !dbg !460
  br i1 %24, label %25, label %27, !dbg !461

25:                                               ; preds = %21
  %26 = load i32, ptr %6, align 4, !dbg !462, !tbaa !9
  store i32 %26, ptr %3, align 4, !dbg !463
  store i32 1, ptr %10, align 4
  br label %57, !dbg !463

27:                                               ; preds = %21
  %28 = load i32, ptr %4, align 4, !dbg !464, !tbaa !9
  %29 = load i32, ptr %7, align 4, !dbg !465, !tbaa !9
  %30 = icmp ult i32 %28, %29, !dbg !466
  br i1 %30, label %31, label %34, !dbg !467

31:                                               ; preds = %27
  %32 = load i32, ptr %6, align 4, !dbg !468, !tbaa !9
  %33 = add i32 %32, 1, !dbg !469
  store i32 %33, ptr %3, align 4, !dbg !470
  store i32 1, ptr %10, align 4
  br label %57, !dbg !470

34:                                               ; preds = %27
  %35 = load i32, ptr %4, align 4, !dbg !471, !tbaa !9
  %36 = load i32, ptr %8, align 4, !dbg !472, !tbaa !9
  %37 = icmp ult i32 %35, %36, !dbg !473
  br i1 %37, label %38, label %41, !dbg !474

38:                                               ; preds = %34
  %39 = load i32, ptr %6, align 4, !dbg !475, !tbaa !9
  %40 = add i32 %39, 2, !dbg !476
  store i32 %40, ptr %3, align 4, !dbg !477
  store i32 1, ptr %10, align 4
  br label %57, !dbg !477

41:                                               ; preds = %34
  %42 = load i32, ptr %4, align 4, !dbg !478, !tbaa !9
  %43 = zext i32 %42 to i64, !dbg !478
  %44 = load i64, ptr %9, align 8, !dbg !479, !tbaa !19
  %45 = icmp ult i64 %43, %44, !dbg !480
  br i1 %45, label %46, label %49, !dbg !481

46:                                               ; preds = %41
  %47 = load i32, ptr %6, align 4, !dbg !482, !tbaa !9
  %48 = add i32 %47, 3, !dbg !483
  store i32 %48, ptr %3, align 4, !dbg !484
  store i32 1, ptr %10, align 4
  br label %57, !dbg !484

49:                                               ; preds = %41
  %50 = load i64, ptr %9, align 8, !dbg !485, !tbaa !19
  %51 = load i32, ptr %4, align 4, !dbg !486, !tbaa !9
  %52 = zext i32 %51 to i64, !dbg !486
  %53 = udiv i64 %52, %50, !dbg !487
  %54 = trunc i64 %53 to i32, !dbg !488
  store i32 %54, ptr %4, align 4, !dbg !489, !tbaa !9
  %55 = load i32, ptr %6, align 4, !dbg !490, !tbaa !9
  %56 = add i32 %55, 4, !dbg !491
  store i32 %56, ptr %6, align 4, !dbg !492, !tbaa !9
  br label %21, !dbg !493, !llvm.loop !494

57:                                               ; preds = %46, %38, %31, %25
  call void @llvm.lifetime.end.p0(ptr %9) #14, !dbg !496
  call void @llvm.lifetime.end.p0(ptr %8) #14, !dbg !496
  call void @llvm.lifetime.end.p0(ptr %7) #14, !dbg !496
  call void @llvm.lifetime.end.p0(ptr %6) #14, !dbg !496
  %58 = load i32, ptr %3, align 4, !dbg !497
  ret i32 %58, !dbg !498
}

; Function Attrs: mustprogress nounwind uwtable
define available_externally void @_ZNSaIcEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #2 align 2 !dbg !499 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !348
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt15__new_allocatorIcEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #14, !dbg !500
  ret void, !dbg !501
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2IS3_EEmcRKS3_(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %1, i8 noundef signext %2, ptr noundef nonnull align 1 dereferenceable(1) %3) unnamed_addr #3 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !502 {
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i8, align 1
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !104
  store i64 %1, ptr %6, align 8, !tbaa !19
  store i8 %2, ptr %7, align 1, !tbaa !269
  store ptr %3, ptr %8, align 8, !tbaa !348
  %11 = load ptr, ptr %5, align 8
  %12 = getelementptr inbounds nuw %"class.std::__cxx11::basic_string", ptr %11, i32 0, i32 0, !dbg !503
  %13 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_M_local_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %11), !dbg !504
  %14 = load ptr, ptr %8, align 8, !dbg !505, !tbaa !348, !nonnull !16
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderC2EPcRKS3_(ptr noundef nonnull align 8 dereferenceable(8) %12, ptr noundef %13, ptr noundef nonnull align 1 dereferenceable(1) %14), !dbg !503
  %15 = load i64, ptr %6, align 8, !dbg !506, !tbaa !19
  %16 = load i8, ptr %7, align 1, !dbg !507, !tbaa !269
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32) %11, i64 noundef %15, i8 noundef signext %16)
          to label %17 unwind label %18, !dbg !508

17:                                               ; preds = %4
  ret void, !dbg !509

18:                                               ; preds = %4
  %19 = landingpad { ptr, i32 }
          cleanup, !dbg !510
  %20 = extractvalue { ptr, i32 } %19, 0, !dbg !510
  store ptr %20, ptr %9, align 8, !dbg !510
  %21 = extractvalue { ptr, i32 } %19, 1, !dbg !510
  store i32 %21, ptr %10, align 4, !dbg !510
  call void @_ZNSt15__new_allocatorIcED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %12) #14, !dbg !510
  br label %22, !dbg !510

22:                                               ; preds = %18
  %23 = load ptr, ptr %9, align 8, !dbg !510
  %24 = load i32, ptr %10, align 4, !dbg !510
  %25 = insertvalue { ptr, i32 } poison, ptr %23, 0, !dbg !510
  %26 = insertvalue { ptr, i32 } %25, i32 %24, 1, !dbg !510
  resume { ptr, i32 } %26, !dbg !510
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt15__new_allocatorIcED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #2 comdat align 2 !dbg !511 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !420
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !512
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt8__detail18__to_chars_10_implIjEEvPcjT_(ptr noundef %0, i32 noundef %1, i32 noundef %2) #2 comdat !dbg !513 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !130
  store i32 %1, ptr %5, align 4, !tbaa !9
  store i32 %2, ptr %6, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #14, !dbg !514
  %10 = load i32, ptr %5, align 4, !dbg !515, !tbaa !9
  %11 = sub i32 %10, 1, !dbg !516
  store i32 %11, ptr %7, align 4, !dbg !517, !tbaa !9
  br label %12, !dbg !518

12:                                               ; preds = %15, %3
  %13 = load i32, ptr %6, align 4, !dbg !519, !tbaa !9
  %14 = icmp uge i32 %13, 100, !dbg !520
  br i1 %14, label %15, label %41, !dbg !521

15:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %8) #14, !dbg !522
  %16 = load i32, ptr %6, align 4, !dbg !523, !tbaa !9
  %17 = urem i32 %16, 100, !dbg !524
  %18 = mul i32 %17, 2, !dbg !525
  store i32 %18, ptr %8, align 4, !dbg !526, !tbaa !9
  %19 = load i32, ptr %6, align 4, !dbg !527, !tbaa !9
  %20 = udiv i32 %19, 100, !dbg !528
  store i32 %20, ptr %6, align 4, !dbg !529, !tbaa !9
  %21 = load i32, ptr %8, align 4, !dbg !530, !tbaa !9
  %22 = add i32 %21, 1, !dbg !531
  %23 = zext i32 %22 to i64, !dbg !532
  %24 = getelementptr inbounds nuw [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %23, !dbg !532
  %25 = load i8, ptr %24, align 1, !dbg !533, !tbaa !269
  %26 = load ptr, ptr %4, align 8, !dbg !534, !tbaa !130
  %27 = load i32, ptr %7, align 4, !dbg !535, !tbaa !9
  %28 = zext i32 %27 to i64, !dbg !534
  %29 = getelementptr inbounds nuw i8, ptr %26, i64 %28, !dbg !534
  store i8 %25, ptr %29, align 1, !dbg !536, !tbaa !269
  %30 = load i32, ptr %8, align 4, !dbg !537, !tbaa !9
  %31 = zext i32 %30 to i64, !dbg !538
  %32 = getelementptr inbounds nuw [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %31, !dbg !538
  %33 = load i8, ptr %32, align 1, !dbg !539, !tbaa !269
  %34 = load ptr, ptr %4, align 8, !dbg !540, !tbaa !130
  %35 = load i32, ptr %7, align 4, !dbg !541, !tbaa !9
  %36 = sub i32 %35, 1, !dbg !542
  %37 = zext i32 %36 to i64, !dbg !540
  %38 = getelementptr inbounds nuw i8, ptr %34, i64 %37, !dbg !540
  store i8 %33, ptr %38, align 1, !dbg !543, !tbaa !269
  %39 = load i32, ptr %7, align 4, !dbg !544, !tbaa !9
  %40 = sub i32 %39, 2, !dbg !545
  store i32 %40, ptr %7, align 4, !dbg !546, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %8) #14, !dbg !547
  br label %12, !dbg !518, !llvm.loop !548

41:                                               ; preds = %12
  %42 = load i32, ptr %6, align 4, !dbg !549, !tbaa !9
  %43 = icmp uge i32 %42, 10, !dbg !550
  br i1 %43, label %44, label %60, !dbg !551

44:                                               ; preds = %41
  call void @llvm.lifetime.start.p0(ptr %9) #14, !dbg !552
  %45 = load i32, ptr %6, align 4, !dbg !553, !tbaa !9
  %46 = mul i32 %45, 2, !dbg !554
  store i32 %46, ptr %9, align 4, !dbg !555, !tbaa !9
  %47 = load i32, ptr %9, align 4, !dbg !556, !tbaa !9
  %48 = add i32 %47, 1, !dbg !557
  %49 = zext i32 %48 to i64, !dbg !558
  %50 = getelementptr inbounds nuw [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %49, !dbg !558
  %51 = load i8, ptr %50, align 1, !dbg !559, !tbaa !269
  %52 = load ptr, ptr %4, align 8, !dbg !560, !tbaa !130
  %53 = getelementptr inbounds i8, ptr %52, i64 1, !dbg !560
  store i8 %51, ptr %53, align 1, !dbg !561, !tbaa !269
  %54 = load i32, ptr %9, align 4, !dbg !562, !tbaa !9
  %55 = zext i32 %54 to i64, !dbg !563
  %56 = getelementptr inbounds nuw [201 x i8], ptr @_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, i64 0, i64 %55, !dbg !563
  %57 = load i8, ptr %56, align 1, !dbg !564, !tbaa !269
  %58 = load ptr, ptr %4, align 8, !dbg !565, !tbaa !130
  %59 = getelementptr inbounds i8, ptr %58, i64 0, !dbg !565
  store i8 %57, ptr %59, align 1, !dbg !566, !tbaa !269
  call void @llvm.lifetime.end.p0(ptr %9) #14, !dbg !567
  br label %66, !dbg !567

60:                                               ; preds = %41
  %61 = load i32, ptr %6, align 4, !dbg !568, !tbaa !9
  %62 = add i32 48, %61, !dbg !569
  %63 = trunc i32 %62 to i8, !dbg !570
  %64 = load ptr, ptr %4, align 8, !dbg !571, !tbaa !130
  %65 = getelementptr inbounds i8, ptr %64, i64 0, !dbg !571
  store i8 %63, ptr %65, align 1, !dbg !572, !tbaa !269
  br label %66

66:                                               ; preds = %60, %44
  call void @llvm.lifetime.end.p0(ptr %7) #14, !dbg !573
  ret void, !dbg !574
}

; Function Attrs: mustprogress nounwind uwtable
define available_externally noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEixEm(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %1) #2 align 2 !dbg !575 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !104
  store i64 %1, ptr %4, align 8, !tbaa !19
  %5 = load ptr, ptr %3, align 8
  br label %6, !dbg !576

6:                                                ; preds = %2
  br label %7, !dbg !576

7:                                                ; preds = %6
  %8 = call noundef ptr @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7_M_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %5), !dbg !577
  %9 = load i64, ptr %4, align 8, !dbg !578, !tbaa !19
  %10 = getelementptr inbounds nuw i8, ptr %8, i64 %9, !dbg !579
  ret ptr %10, !dbg !580
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt15__new_allocatorIcEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #2 comdat align 2 !dbg !581 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !420
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !582
}

; Function Attrs: mustprogress nounwind uwtable
define available_externally void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderC2EPcRKS3_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #2 align 2 !dbg !583 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !346
  store ptr %1, ptr %5, align 8, !tbaa !130
  store ptr %2, ptr %6, align 8, !tbaa !348
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %6, align 8, !dbg !584, !tbaa !348, !nonnull !16
  call void @_ZNSaIcEC2ERKS_(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr noundef nonnull align 1 dereferenceable(1) %8) #14, !dbg !585
  %9 = getelementptr inbounds nuw %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", ptr %7, i32 0, i32 0, !dbg !586
  %10 = load ptr, ptr %5, align 8, !dbg !587, !tbaa !130
  store ptr %10, ptr %9, align 8, !dbg !588, !tbaa !355
  ret void, !dbg !589
}

declare !dbg !590 void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i8 noundef signext) #6

; Function Attrs: mustprogress uwtable
define available_externally void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_disposeEv(ptr noundef nonnull align 8 dereferenceable(32) %0) #3 align 2 !dbg !591 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !104
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef zeroext i1 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE11_M_is_localEv(ptr noundef nonnull align 8 dereferenceable(32) %3), !dbg !592
  br i1 %4, label %8, label %5, !dbg !593

5:                                                ; preds = %1
  %6 = getelementptr inbounds nuw %"class.std::__cxx11::basic_string", ptr %3, i32 0, i32 2, !dbg !594
  %7 = load i64, ptr %6, align 8, !dbg !594, !tbaa !269
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_destroyEm(ptr noundef nonnull align 8 dereferenceable(32) %3, i64 noundef %7) #14, !dbg !595
  br label %8, !dbg !595

8:                                                ; preds = %5, %1
  ret void, !dbg !596
}

; Function Attrs: mustprogress nounwind uwtable
define available_externally void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_destroyEm(ptr noundef nonnull align 8 dereferenceable(32) %0, i64 noundef %1) #2 align 2 personality ptr @__gxx_personality_v0 !dbg !597 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !104
  store i64 %1, ptr %4, align 8, !tbaa !19
  %5 = load ptr, ptr %3, align 8
  %6 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE16_M_get_allocatorEv(ptr noundef nonnull align 8 dereferenceable(32) %5), !dbg !598
  %7 = call noundef ptr @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7_M_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %5), !dbg !599
  %8 = load i64, ptr %4, align 8, !dbg !600, !tbaa !19
  %9 = add i64 %8, 1, !dbg !601
  invoke void @_ZNSt16allocator_traitsISaIcEE10deallocateERS0_Pcm(ptr noundef nonnull align 1 dereferenceable(1) %6, ptr noundef %7, i64 noundef %9)
          to label %10 unwind label %11, !dbg !602

10:                                               ; preds = %2
  ret void, !dbg !603

11:                                               ; preds = %2
  %12 = landingpad { ptr, i32 }
          catch ptr null, !dbg !602
  %13 = extractvalue { ptr, i32 } %12, 0, !dbg !602
  call void @__clang_call_terminate(ptr %13) #16, !dbg !602
  unreachable, !dbg !602
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_ZNSt16allocator_traitsISaIcEE10deallocateERS0_Pcm(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1, i64 noundef %2) #3 comdat align 2 !dbg !604 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !348
  store ptr %1, ptr %5, align 8, !tbaa !130
  store i64 %2, ptr %6, align 8, !tbaa !19
  %7 = load ptr, ptr %4, align 8, !dbg !606, !tbaa !348, !nonnull !16
  %8 = load ptr, ptr %5, align 8, !dbg !607, !tbaa !130
  %9 = load i64, ptr %6, align 8, !dbg !608, !tbaa !19
  call void @_ZNSt15__new_allocatorIcE10deallocateEPcm(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr noundef %8, i64 noundef %9), !dbg !609
  ret void, !dbg !610
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt15__new_allocatorIcE10deallocateEPcm(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1, i64 noundef %2) #2 comdat align 2 !dbg !611 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !420
  store ptr %1, ptr %5, align 8, !tbaa !130
  store i64 %2, ptr %6, align 8, !tbaa !19
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !612, !tbaa !130
  %9 = load i64, ptr %6, align 8, !dbg !613, !tbaa !19
  %10 = mul i64 %9, 1, !dbg !614
  call void @_ZdlPvm(ptr noundef %8, i64 noundef %10) #17, !dbg !615
  ret void, !dbg !616
}

; Function Attrs: nobuiltin nounwind
declare !dbg !617 void @_ZdlPvm(ptr noundef, i64 noundef) #12

; Function Attrs: alwaysinline mustprogress nounwind uwtable
define available_externally noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE17_M_use_local_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %0) #13 align 2 !dbg !619 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !104
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_M_local_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %3), !dbg !620
  ret ptr %4, !dbg !621
}

; Function Attrs: mustprogress uwtable
define available_externally noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE6assignEPKc(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %1) #3 align 2 !dbg !622 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !104
  store ptr %1, ptr %4, align 8, !tbaa !130
  %5 = load ptr, ptr %3, align 8
  %6 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4sizeEv(ptr noundef nonnull align 8 dereferenceable(32) %5) #14, !dbg !623
  %7 = load ptr, ptr %4, align 8, !dbg !624, !tbaa !130
  %8 = load ptr, ptr %4, align 8, !dbg !625, !tbaa !130
  %9 = call noundef i64 @_ZNSt11char_traitsIcE6lengthEPKc(ptr noundef %8), !dbg !626
  %10 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %5, i64 noundef 0, i64 noundef %6, ptr noundef %7, i64 noundef %9), !dbg !627
  ret ptr %10, !dbg !628
}

attributes #0 = { mustprogress norecurse uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { mustprogress uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nounwind memory(none) }
attributes #5 = { noinline noreturn nounwind uwtable "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #7 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #8 = { inlinehint mustprogress uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #9 = { inlinehint mustprogress nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #10 = { noreturn "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #11 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #12 = { nobuiltin nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #13 = { alwaysinline mustprogress nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #14 = { nounwind }
attributes #15 = { noreturn }
attributes #16 = { noreturn nounwind }
attributes #17 = { builtin nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C_plus_plus_14, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "cxx_exceptions.cpp", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 25, type: !15, scopeLine: 25, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "cxx_exceptions.cpp", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 26, column: 5, scope: !13)
!18 = !DILocation(line: 26, column: 10, scope: !13, atomGroup: 1, atomRank: 1)
!19 = !{!20, !20, i64 0}
!20 = !{!"long", !11, i64 0}
!21 = !DILocation(line: 26, column: 19, scope: !13)
!22 = !DILocation(line: 26, column: 23, scope: !13, atomGroup: 2, atomRank: 1)
!23 = !DILocation(line: 26, column: 31, scope: !13, atomGroup: 3, atomRank: 1)
!24 = !DILocation(line: 27, column: 5, scope: !13)
!25 = !DILocation(line: 27, column: 17, scope: !13)
!26 = !DILocation(line: 28, column: 10, scope: !13)
!27 = !DILocation(line: 28, column: 14, scope: !13, atomGroup: 4, atomRank: 1)
!28 = !DILocation(line: 28, column: 21, scope: !13)
!29 = !DILocation(line: 28, column: 23, scope: !13, atomGroup: 5, atomRank: 1)
!30 = !DILocation(line: 28, column: 5, scope: !13, atomGroup: 6, atomRank: 1)
!31 = !DILocation(line: 28, column: 5, scope: !13)
!32 = !DILocation(line: 29, column: 30, scope: !13)
!33 = !DILocation(line: 29, column: 22, scope: !13)
!34 = !DILocation(line: 29, column: 19, scope: !13)
!35 = !DILocation(line: 29, column: 19, scope: !13, atomGroup: 7, atomRank: 2)
!36 = !DILocation(line: 29, column: 19, scope: !13, atomGroup: 7, atomRank: 1)
!37 = !DILocation(line: 29, column: 34, scope: !13)
!38 = !DILocation(line: 42, column: 1, scope: !13)
!39 = !DILocation(line: 31, column: 66, scope: !13)
!40 = !DILocation(line: 30, column: 42, scope: !13)
!41 = !{!42, !42, i64 0}
!42 = !{!"p1 _ZTS7MyError", !43, i64 0}
!43 = !{!"any pointer", !11, i64 0}
!44 = !{i64 4}
!45 = !DILocation(line: 30, column: 44, scope: !13)
!46 = !{!47, !10, i64 0}
!47 = !{!"_ZTS7MyError", !10, i64 0}
!48 = !DILocation(line: 30, column: 39, scope: !13)
!49 = !DILocation(line: 30, column: 39, scope: !13, atomGroup: 9, atomRank: 2)
!50 = !DILocation(line: 30, column: 39, scope: !13, atomGroup: 9, atomRank: 1)
!51 = !DILocation(line: 30, column: 50, scope: !13)
!52 = !DILocation(line: 32, column: 5, scope: !13, atomGroup: 11, atomRank: 1)
!53 = !DILocation(line: 28, column: 31, scope: !13)
!54 = !DILocation(line: 28, column: 31, scope: !13, atomGroup: 10, atomRank: 2)
!55 = !DILocation(line: 28, column: 31, scope: !13, atomGroup: 10, atomRank: 1)
!56 = distinct !{!56, !31, !57, !58}
!57 = !DILocation(line: 32, column: 5, scope: !13)
!58 = !{!"llvm.loop.mustprogress"}
!59 = !DILocation(line: 31, column: 45, scope: !13)
!60 = !DILocation(line: 31, column: 45, scope: !13, atomGroup: 8, atomRank: 2)
!61 = !DILocation(line: 31, column: 45, scope: !13, atomGroup: 8, atomRank: 1)
!62 = !DILocation(line: 31, column: 56, scope: !13)
!63 = !{!64, !64, i64 0}
!64 = !{!"p1 _ZTSSt9exception", !43, i64 0}
!65 = !{i64 8}
!66 = !DILocation(line: 31, column: 58, scope: !13)
!67 = !{!68, !68, i64 0}
!68 = !{!"vtable pointer", !12, i64 0}
!69 = !DILocation(line: 31, column: 54, scope: !13)
!70 = !DILocation(line: 33, column: 52, scope: !13)
!71 = !DILocation(line: 33, column: 57, scope: !13)
!72 = !DILocation(line: 33, column: 61, scope: !13)
!73 = !DILocation(line: 33, column: 70, scope: !13)
!74 = !DILocation(line: 33, column: 5, scope: !13)
!75 = !DILocation(line: 34, column: 43, scope: !13)
!76 = !DILocation(line: 34, column: 49, scope: !13)
!77 = !DILocation(line: 34, column: 5, scope: !13)
!78 = !DILocation(line: 36, column: 15, scope: !13)
!79 = !DILocation(line: 36, column: 21, scope: !13)
!80 = !DILocation(line: 36, column: 49, scope: !13)
!81 = !DILocation(line: 37, column: 78, scope: !13)
!82 = !{!83, !83, i64 0}
!83 = !{!"p1 _ZTSSt11logic_error", !43, i64 0}
!84 = !DILocation(line: 37, column: 80, scope: !13)
!85 = !DILocation(line: 37, column: 45, scope: !13)
!86 = !DILocation(line: 37, column: 89, scope: !13)
!87 = !DILocation(line: 37, column: 95, scope: !13)
!88 = !DILocation(line: 37, column: 124, scope: !13)
!89 = !DILocation(line: 38, column: 5, scope: !13)
!90 = !DILocation(line: 38, column: 21, scope: !13)
!91 = !DILocation(line: 38, column: 50, scope: !13)
!92 = !DILocation(line: 39, column: 5, scope: !13)
!93 = !DILocation(line: 39, column: 10, scope: !13, atomGroup: 12, atomRank: 1)
!94 = !{!95, !95, i64 0}
!95 = !{!"bool", !11, i64 0}
!96 = !DILocation(line: 40, column: 39, scope: !13)
!97 = !{i8 0, i8 2}
!98 = !DILocation(line: 40, column: 5, scope: !13)
!99 = !DILocation(line: 41, column: 5, scope: !13, atomGroup: 13, atomRank: 1)
!100 = !DILocation(line: 42, column: 1, scope: !13, atomGroup: 14, atomRank: 2)
!101 = !DILocation(line: 42, column: 1, scope: !13, atomGroup: 14, atomRank: 1)
!102 = distinct !DISubprogram(name: "basic_string", scope: !103, file: !103, line: 515, type: !15, scopeLine: 518, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!103 = !DIFile(filename: "/usr/include/c++/12/bits/basic_string.h", directory: "")
!104 = !{!105, !105, i64 0}
!105 = !{!"p1 _ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !43, i64 0}
!106 = !DILocation(line: 517, column: 9, scope: !102)
!107 = !DILocation(line: 517, column: 21, scope: !102)
!108 = !DILocation(line: 519, column: 2, scope: !102)
!109 = !DILocation(line: 520, column: 2, scope: !102)
!110 = !DILocation(line: 521, column: 7, scope: !102, atomGroup: 1, atomRank: 1)
!111 = distinct !DISubprogram(name: "wrapper", scope: !14, file: !14, line: 18, type: !15, scopeLine: 18, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!112 = !DILocation(line: 19, column: 5, scope: !111)
!113 = !DILocation(line: 19, column: 11, scope: !111)
!114 = !DILocation(line: 20, column: 24, scope: !111)
!115 = !DILocation(line: 20, column: 18, scope: !111, atomGroup: 1, atomRank: 2)
!116 = !DILocation(line: 20, column: 11, scope: !111, atomGroup: 1, atomRank: 1)
!117 = !DILocation(line: 23, column: 1, scope: !111)
!118 = !DILocation(line: 20, column: 28, scope: !111)
!119 = !DILocation(line: 22, column: 32, scope: !111)
!120 = !DILocation(line: 21, column: 42, scope: !111)
!121 = !DILocation(line: 20, column: 28, scope: !111, atomGroup: 2, atomRank: 2)
!122 = !DILocation(line: 20, column: 28, scope: !111, atomGroup: 2, atomRank: 1)
!123 = !DILocation(line: 22, column: 29, scope: !111)
!124 = !DILocation(line: 22, column: 28, scope: !111, atomGroup: 3, atomRank: 2)
!125 = !DILocation(line: 22, column: 21, scope: !111, atomGroup: 3, atomRank: 1)
!126 = !DILocation(line: 21, column: 49, scope: !111)
!127 = !DILocation(line: 23, column: 1, scope: !111, atomGroup: 4, atomRank: 2)
!128 = !DILocation(line: 23, column: 1, scope: !111, atomGroup: 4, atomRank: 1)
!129 = distinct !DISubprogram(name: "operator=", scope: !103, file: !103, line: 814, type: !15, scopeLine: 815, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!130 = !{!131, !131, i64 0}
!131 = !{!"p1 omnipotent char", !43, i64 0}
!132 = !DILocation(line: 815, column: 29, scope: !129)
!133 = !DILocation(line: 815, column: 22, scope: !129, atomGroup: 1, atomRank: 2)
!134 = !DILocation(line: 815, column: 9, scope: !129, atomGroup: 1, atomRank: 1)
!135 = !DISubprogram(name: "printf", scope: !136, file: !136, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!136 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!137 = distinct !DISubprogram(name: "c_str", scope: !103, file: !103, line: 2554, type: !15, scopeLine: 2555, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!138 = !DILocation(line: 2555, column: 16, scope: !137, atomGroup: 1, atomRank: 2)
!139 = !DILocation(line: 2555, column: 9, scope: !137, atomGroup: 1, atomRank: 1)
!140 = !DISubprogram(name: "out_of_range", scope: !141, file: !141, line: 205, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!141 = !DIFile(filename: "/usr/include/c++/12/stdexcept", directory: "")
!142 = !DISubprogram(name: "runtime_error", scope: !141, file: !141, line: 230, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!143 = distinct !DISubprogram(name: "~basic_string", scope: !103, file: !103, line: 794, type: !15, scopeLine: 795, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!144 = !DILocation(line: 795, column: 9, scope: !143)
!145 = !DILocation(line: 795, column: 23, scope: !143)
!146 = !DILocation(line: 795, column: 23, scope: !143, atomGroup: 1, atomRank: 1)
!147 = distinct !DISubprogram(name: "Guard", scope: !14, file: !14, line: 7, type: !15, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!148 = !{!149, !149, i64 0}
!149 = !{!"p1 _ZTS5Guard", !43, i64 0}
!150 = !DILocation(line: 7, column: 48, scope: !147)
!151 = !DILocation(line: 7, column: 51, scope: !147, atomGroup: 1, atomRank: 2)
!152 = !DILocation(line: 7, column: 48, scope: !147, atomGroup: 1, atomRank: 1)
!153 = !{!154, !10, i64 0}
!154 = !{!"_ZTS5Guard", !10, i64 0}
!155 = !DILocation(line: 7, column: 60, scope: !147)
!156 = !DILocation(line: 7, column: 60, scope: !147, atomGroup: 2, atomRank: 2)
!157 = !DILocation(line: 7, column: 60, scope: !147, atomGroup: 2, atomRank: 1)
!158 = !DILocation(line: 7, column: 64, scope: !147, atomGroup: 3, atomRank: 1)
!159 = distinct !DISubprogram(name: "risky", scope: !14, file: !14, line: 10, type: !15, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!160 = !DILocation(line: 11, column: 5, scope: !159)
!161 = !DILocation(line: 11, column: 13, scope: !159)
!162 = !DILocation(line: 11, column: 11, scope: !159)
!163 = !DILocation(line: 12, column: 9, scope: !159)
!164 = !DILocation(line: 12, column: 11, scope: !159)
!165 = !DILocation(line: 12, column: 15, scope: !159, atomGroup: 1, atomRank: 2)
!166 = !DILocation(line: 12, column: 15, scope: !159, atomGroup: 1, atomRank: 1)
!167 = !DILocation(line: 12, column: 21, scope: !159)
!168 = !DILocation(line: 12, column: 34, scope: !159)
!169 = !DILocation(line: 12, column: 35, scope: !159)
!170 = !DILocation(line: 16, column: 1, scope: !159)
!171 = !DILocation(line: 13, column: 9, scope: !159)
!172 = !DILocation(line: 13, column: 11, scope: !159)
!173 = !DILocation(line: 13, column: 15, scope: !159, atomGroup: 2, atomRank: 2)
!174 = !DILocation(line: 13, column: 15, scope: !159, atomGroup: 2, atomRank: 1)
!175 = !DILocation(line: 13, column: 21, scope: !159)
!176 = !DILocation(line: 13, column: 46, scope: !159)
!177 = !DILocation(line: 13, column: 57, scope: !159)
!178 = !DILocation(line: 13, column: 72, scope: !159)
!179 = !DILocation(line: 13, column: 55, scope: !159)
!180 = !DILocation(line: 13, column: 27, scope: !159)
!181 = !DILocation(line: 14, column: 9, scope: !159)
!182 = !DILocation(line: 14, column: 11, scope: !159)
!183 = !DILocation(line: 14, column: 16, scope: !159, atomGroup: 3, atomRank: 2)
!184 = !DILocation(line: 14, column: 16, scope: !159, atomGroup: 3, atomRank: 1)
!185 = !DILocation(line: 14, column: 22, scope: !159)
!186 = !DILocation(line: 14, column: 28, scope: !159)
!187 = !DILocation(line: 14, column: 30, scope: !159)
!188 = !DILocation(line: 15, column: 12, scope: !159)
!189 = !DILocation(line: 15, column: 14, scope: !159, atomGroup: 5, atomRank: 2)
!190 = !DILocation(line: 16, column: 1, scope: !159, atomGroup: 5, atomRank: 1)
!191 = distinct !DISubprogram(name: "~Guard", scope: !14, file: !14, line: 7, type: !15, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!192 = !DILocation(line: 7, column: 81, scope: !191)
!193 = !DILocation(line: 7, column: 81, scope: !191, atomGroup: 1, atomRank: 2)
!194 = !DILocation(line: 7, column: 81, scope: !191, atomGroup: 1, atomRank: 1)
!195 = !DILocation(line: 7, column: 98, scope: !191)
!196 = !DILocation(line: 7, column: 95, scope: !191)
!197 = !DILocation(line: 7, column: 95, scope: !191, atomGroup: 2, atomRank: 2)
!198 = !DILocation(line: 7, column: 95, scope: !191, atomGroup: 2, atomRank: 1)
!199 = !DILocation(line: 7, column: 102, scope: !191, atomGroup: 3, atomRank: 1)
!200 = distinct !DISubprogram(name: "operator+<char, std::char_traits<char>, std::allocator<char> >", scope: !103, file: !103, line: 3539, type: !15, scopeLine: 3541, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!201 = !DILocation(line: 3541, column: 24, scope: !200)
!202 = !DILocation(line: 3541, column: 40, scope: !200)
!203 = !DILocation(line: 3541, column: 30, scope: !200)
!204 = !DILocation(line: 3541, column: 14, scope: !200)
!205 = !DILocation(line: 3541, column: 7, scope: !200, atomGroup: 1, atomRank: 1)
!206 = distinct !DISubprogram(name: "to_string", scope: !103, file: !103, line: 4012, type: !15, scopeLine: 4016, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!207 = !DILocation(line: 4017, column: 5, scope: !206)
!208 = !DILocation(line: 4017, column: 24, scope: !206)
!209 = !DILocation(line: 4017, column: 30, scope: !206, atomGroup: 1, atomRank: 3)
!210 = !DILocation(line: 4017, column: 16, scope: !206, atomGroup: 1, atomRank: 2)
!211 = !DILocation(line: 4017, column: 16, scope: !206, atomGroup: 1, atomRank: 1)
!212 = !DILocation(line: 4018, column: 5, scope: !206)
!213 = !DILocation(line: 4018, column: 29, scope: !206, atomGroup: 3, atomRank: 3)
!214 = !DILocation(line: 4018, column: 29, scope: !206, atomGroup: 3, atomRank: 2)
!215 = !DILocation(line: 4018, column: 29, scope: !206, atomGroup: 3, atomRank: 1)
!216 = !DILocation(line: 4018, column: 48, scope: !206)
!217 = !DILocation(line: 4018, column: 47, scope: !206)
!218 = !DILocation(line: 4018, column: 54, scope: !206)
!219 = !DILocation(line: 4018, column: 29, scope: !206)
!220 = !DILocation(line: 4018, column: 61, scope: !206)
!221 = !DILocation(line: 4018, column: 29, scope: !206, atomGroup: 2, atomRank: 2)
!222 = !DILocation(line: 4018, column: 20, scope: !206, atomGroup: 2, atomRank: 1)
!223 = !DILocation(line: 4019, column: 5, scope: !206)
!224 = !DILocation(line: 4019, column: 49, scope: !206)
!225 = !DILocation(line: 4019, column: 24, scope: !206, atomGroup: 4, atomRank: 2)
!226 = !DILocation(line: 4019, column: 16, scope: !206, atomGroup: 4, atomRank: 1)
!227 = !DILocation(line: 4020, column: 5, scope: !206)
!228 = !DILocation(line: 4020, column: 18, scope: !206)
!229 = !DILocation(line: 4020, column: 26, scope: !206)
!230 = !DILocation(line: 4020, column: 24, scope: !206)
!231 = !DILocation(line: 4020, column: 12, scope: !206)
!232 = !DILocation(line: 4021, column: 41, scope: !206)
!233 = !DILocation(line: 4021, column: 35, scope: !206)
!234 = !DILocation(line: 4021, column: 49, scope: !206)
!235 = !DILocation(line: 4021, column: 56, scope: !206)
!236 = !DILocation(line: 4021, column: 5, scope: !206)
!237 = !DILocation(line: 4022, column: 5, scope: !206)
!238 = !DILocation(line: 4023, column: 3, scope: !206)
!239 = !DILocation(line: 4023, column: 3, scope: !206, atomGroup: 6, atomRank: 1)
!240 = !DISubprogram(name: "runtime_error", scope: !141, file: !141, line: 226, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!241 = distinct !DISubprogram(name: "insert", scope: !103, file: !103, line: 1925, type: !15, scopeLine: 1926, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!242 = !DILocation(line: 1928, column: 23, scope: !241)
!243 = !DILocation(line: 1928, column: 44, scope: !241)
!244 = !DILocation(line: 1929, column: 29, scope: !241)
!245 = !DILocation(line: 1929, column: 9, scope: !241)
!246 = !DILocation(line: 1928, column: 15, scope: !241, atomGroup: 1, atomRank: 2)
!247 = !DILocation(line: 1928, column: 2, scope: !241, atomGroup: 1, atomRank: 1)
!248 = distinct !DISubprogram(name: "basic_string", scope: !103, file: !103, line: 670, type: !15, scopeLine: 672, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!249 = !DILocation(line: 671, column: 9, scope: !248)
!250 = !DILocation(line: 671, column: 21, scope: !248)
!251 = !DILocation(line: 671, column: 48, scope: !248)
!252 = !DILocation(line: 671, column: 54, scope: !248)
!253 = !DILocation(line: 673, column: 6, scope: !248)
!254 = !DILocation(line: 673, column: 12, scope: !248, atomGroup: 1, atomRank: 2)
!255 = !DILocation(line: 673, column: 12, scope: !248, atomGroup: 1, atomRank: 1)
!256 = !DILocation(line: 675, column: 24, scope: !248)
!257 = !DILocation(line: 675, column: 38, scope: !248)
!258 = !DILocation(line: 675, column: 44, scope: !248)
!259 = !DILocation(line: 676, column: 10, scope: !248)
!260 = !DILocation(line: 676, column: 16, scope: !248)
!261 = !DILocation(line: 676, column: 25, scope: !248)
!262 = !DILocation(line: 675, column: 6, scope: !248)
!263 = !DILocation(line: 677, column: 4, scope: !248)
!264 = !DILocation(line: 680, column: 14, scope: !248)
!265 = !DILocation(line: 680, column: 20, scope: !248)
!266 = !DILocation(line: 680, column: 6, scope: !248)
!267 = !DILocation(line: 681, column: 18, scope: !248)
!268 = !DILocation(line: 681, column: 24, scope: !248)
!269 = !{!11, !11, i64 0}
!270 = !DILocation(line: 681, column: 6, scope: !248)
!271 = !DILocation(line: 687, column: 12, scope: !248)
!272 = !DILocation(line: 687, column: 18, scope: !248)
!273 = !DILocation(line: 687, column: 2, scope: !248)
!274 = !DILocation(line: 688, column: 2, scope: !248)
!275 = !DILocation(line: 688, column: 16, scope: !248)
!276 = !DILocation(line: 688, column: 22, scope: !248)
!277 = !DILocation(line: 688, column: 8, scope: !248)
!278 = !DILocation(line: 689, column: 2, scope: !248)
!279 = !DILocation(line: 689, column: 8, scope: !248)
!280 = !DILocation(line: 690, column: 7, scope: !248, atomGroup: 2, atomRank: 1)
!281 = distinct !DISubprogram(name: "replace", scope: !103, file: !103, line: 2167, type: !15, scopeLine: 2169, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!282 = !DILocation(line: 2171, column: 29, scope: !281)
!283 = !DILocation(line: 2171, column: 20, scope: !281)
!284 = !DILocation(line: 2172, column: 15, scope: !281)
!285 = !DILocation(line: 2172, column: 22, scope: !281)
!286 = !DILocation(line: 2172, column: 6, scope: !281)
!287 = !DILocation(line: 2172, column: 29, scope: !281)
!288 = !DILocation(line: 2172, column: 34, scope: !281)
!289 = !DILocation(line: 2171, column: 9, scope: !281, atomGroup: 1, atomRank: 2)
!290 = !DILocation(line: 2171, column: 2, scope: !281, atomGroup: 1, atomRank: 1)
!291 = distinct !DISubprogram(name: "length", scope: !292, file: !292, line: 389, type: !15, scopeLine: 390, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!292 = !DIFile(filename: "/usr/include/c++/12/bits/char_traits.h", directory: "")
!293 = !DILocation(line: 395, column: 26, scope: !291)
!294 = !DILocation(line: 395, column: 9, scope: !291, atomGroup: 1, atomRank: 2)
!295 = !DILocation(line: 395, column: 2, scope: !291, atomGroup: 1, atomRank: 1)
!296 = !DISubprogram(name: "_M_replace", scope: !103, file: !103, line: 2509, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!297 = distinct !DISubprogram(name: "_M_check", scope: !103, file: !103, line: 379, type: !15, scopeLine: 380, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!298 = !DILocation(line: 381, column: 6, scope: !297)
!299 = !DILocation(line: 381, column: 20, scope: !297)
!300 = !DILocation(line: 381, column: 12, scope: !297, atomGroup: 1, atomRank: 2)
!301 = !DILocation(line: 381, column: 12, scope: !297, atomGroup: 1, atomRank: 1)
!302 = !DILocation(line: 384, column: 8, scope: !297)
!303 = !DILocation(line: 384, column: 13, scope: !297)
!304 = !DILocation(line: 384, column: 26, scope: !297)
!305 = !DILocation(line: 382, column: 4, scope: !297)
!306 = !DILocation(line: 385, column: 9, scope: !297, atomGroup: 2, atomRank: 2)
!307 = !DILocation(line: 385, column: 2, scope: !297, atomGroup: 2, atomRank: 1)
!308 = distinct !DISubprogram(name: "_M_limit", scope: !103, file: !103, line: 400, type: !15, scopeLine: 401, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!309 = !DILocation(line: 402, column: 2, scope: !308)
!310 = !DILocation(line: 402, column: 26, scope: !308)
!311 = !DILocation(line: 402, column: 40, scope: !308)
!312 = !DILocation(line: 402, column: 49, scope: !308)
!313 = !DILocation(line: 402, column: 47, scope: !308)
!314 = !DILocation(line: 402, column: 32, scope: !308, atomGroup: 1, atomRank: 3)
!315 = !DILocation(line: 402, column: 13, scope: !308, atomGroup: 1, atomRank: 2)
!316 = !DILocation(line: 402, column: 13, scope: !308, atomGroup: 1, atomRank: 1)
!317 = !DILocation(line: 403, column: 9, scope: !308, atomGroup: 3, atomRank: 3)
!318 = !DILocation(line: 403, column: 9, scope: !308, atomGroup: 3, atomRank: 2)
!319 = !DILocation(line: 403, column: 9, scope: !308, atomGroup: 3, atomRank: 1)
!320 = !DILocation(line: 403, column: 21, scope: !308)
!321 = !DILocation(line: 403, column: 9, scope: !308)
!322 = !DILocation(line: 403, column: 35, scope: !308)
!323 = !DILocation(line: 403, column: 44, scope: !308)
!324 = !DILocation(line: 403, column: 42, scope: !308)
!325 = !DILocation(line: 403, column: 9, scope: !308, atomGroup: 4, atomRank: 2)
!326 = !DILocation(line: 404, column: 7, scope: !308)
!327 = !DILocation(line: 403, column: 2, scope: !308, atomGroup: 4, atomRank: 1)
!328 = distinct !DISubprogram(name: "size", scope: !103, file: !103, line: 1063, type: !15, scopeLine: 1064, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!329 = !DILocation(line: 1064, column: 16, scope: !328)
!330 = !DILocation(line: 1064, column: 16, scope: !328, atomGroup: 1, atomRank: 2)
!331 = !{!332, !20, i64 8}
!332 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !333, i64 0, !20, i64 8, !11, i64 16}
!333 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !131, i64 0}
!334 = !DILocation(line: 1064, column: 9, scope: !328, atomGroup: 1, atomRank: 1)
!335 = !DISubprogram(name: "__builtin_strlen", scope: !336, file: !336, line: 122, type: !15, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized)
!336 = !DIFile(filename: "/usr/include/c++/12/typeinfo", directory: "")
!337 = distinct !DISubprogram(name: "_M_local_data", scope: !103, file: !103, line: 238, type: !15, scopeLine: 239, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!338 = !DILocation(line: 241, column: 51, scope: !337)
!339 = !DILocation(line: 241, column: 50, scope: !337)
!340 = !DILocation(line: 241, column: 9, scope: !337, atomGroup: 1, atomRank: 2)
!341 = !DILocation(line: 241, column: 2, scope: !337, atomGroup: 1, atomRank: 1)
!342 = distinct !DISubprogram(name: "_M_get_allocator", scope: !103, file: !103, line: 339, type: !15, scopeLine: 340, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!343 = !DILocation(line: 340, column: 16, scope: !342, atomGroup: 1, atomRank: 2)
!344 = !DILocation(line: 340, column: 9, scope: !342, atomGroup: 1, atomRank: 1)
!345 = distinct !DISubprogram(name: "_Alloc_hider", scope: !103, file: !103, line: 203, type: !15, scopeLine: 204, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!346 = !{!347, !347, i64 0}
!347 = !{!"p1 _ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !43, i64 0}
!348 = !{!349, !349, i64 0}
!349 = !{!"p1 _ZTSSaIcE", !43, i64 0}
!350 = !DILocation(line: 204, column: 29, scope: !345)
!351 = !DILocation(line: 204, column: 4, scope: !345)
!352 = !DILocation(line: 204, column: 36, scope: !345)
!353 = !DILocation(line: 204, column: 41, scope: !345, atomGroup: 1, atomRank: 2)
!354 = !DILocation(line: 204, column: 36, scope: !345, atomGroup: 1, atomRank: 1)
!355 = !{!333, !131, i64 0}
!356 = !DILocation(line: 204, column: 50, scope: !345, atomGroup: 2, atomRank: 1)
!357 = distinct !DISubprogram(name: "_M_is_local", scope: !103, file: !103, line: 273, type: !15, scopeLine: 274, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!358 = !DILocation(line: 274, column: 16, scope: !357)
!359 = !DILocation(line: 274, column: 29, scope: !357)
!360 = !DILocation(line: 274, column: 26, scope: !357, atomGroup: 1, atomRank: 2)
!361 = !DILocation(line: 274, column: 9, scope: !357, atomGroup: 1, atomRank: 1)
!362 = distinct !DISubprogram(name: "copy", scope: !292, file: !292, line: 423, type: !15, scopeLine: 424, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!363 = !DILocation(line: 425, column: 6, scope: !362)
!364 = !DILocation(line: 425, column: 10, scope: !362, atomGroup: 1, atomRank: 2)
!365 = !DILocation(line: 425, column: 10, scope: !362, atomGroup: 1, atomRank: 1)
!366 = !DILocation(line: 426, column: 11, scope: !362, atomGroup: 2, atomRank: 2)
!367 = !DILocation(line: 426, column: 4, scope: !362, atomGroup: 2, atomRank: 1)
!368 = !DILocation(line: 431, column: 50, scope: !362, atomGroup: 3, atomRank: 2)
!369 = !DILocation(line: 431, column: 56, scope: !362)
!370 = !DILocation(line: 431, column: 62, scope: !362)
!371 = !DILocation(line: 431, column: 33, scope: !362, atomGroup: 4, atomRank: 1)
!372 = !DILocation(line: 431, column: 2, scope: !362, atomGroup: 3, atomRank: 1)
!373 = !DILocation(line: 432, column: 7, scope: !362, atomGroup: 5, atomRank: 2)
!374 = !DILocation(line: 432, column: 7, scope: !362, atomGroup: 5, atomRank: 1)
!375 = distinct !DISubprogram(name: "length", scope: !103, file: !103, line: 1070, type: !15, scopeLine: 1071, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!376 = !DILocation(line: 1071, column: 16, scope: !375)
!377 = !DILocation(line: 1071, column: 16, scope: !375, atomGroup: 1, atomRank: 2)
!378 = !DILocation(line: 1071, column: 9, scope: !375, atomGroup: 1, atomRank: 1)
!379 = distinct !DISubprogram(name: "_M_data", scope: !103, file: !103, line: 223, type: !15, scopeLine: 224, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!380 = !DILocation(line: 224, column: 28, scope: !379, atomGroup: 1, atomRank: 2)
!381 = !DILocation(line: 224, column: 9, scope: !379)
!382 = !DILocation(line: 224, column: 21, scope: !379)
!383 = !DILocation(line: 224, column: 26, scope: !379, atomGroup: 1, atomRank: 1)
!384 = !{!332, !131, i64 0}
!385 = !DILocation(line: 224, column: 33, scope: !379, atomGroup: 2, atomRank: 1)
!386 = distinct !DISubprogram(name: "_M_data", scope: !103, file: !103, line: 233, type: !15, scopeLine: 234, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!387 = !DILocation(line: 234, column: 16, scope: !386)
!388 = !DILocation(line: 234, column: 28, scope: !386)
!389 = !DILocation(line: 234, column: 28, scope: !386, atomGroup: 1, atomRank: 2)
!390 = !DILocation(line: 234, column: 9, scope: !386, atomGroup: 1, atomRank: 1)
!391 = distinct !DISubprogram(name: "_M_capacity", scope: !103, file: !103, line: 260, type: !15, scopeLine: 261, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!392 = !DILocation(line: 261, column: 33, scope: !391, atomGroup: 1, atomRank: 2)
!393 = !DILocation(line: 261, column: 9, scope: !391)
!394 = !DILocation(line: 261, column: 31, scope: !391, atomGroup: 1, atomRank: 1)
!395 = !DILocation(line: 261, column: 45, scope: !391, atomGroup: 2, atomRank: 1)
!396 = distinct !DISubprogram(name: "_M_length", scope: !103, file: !103, line: 228, type: !15, scopeLine: 229, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!397 = !DILocation(line: 229, column: 28, scope: !396, atomGroup: 1, atomRank: 2)
!398 = !DILocation(line: 229, column: 9, scope: !396)
!399 = !DILocation(line: 229, column: 26, scope: !396, atomGroup: 1, atomRank: 1)
!400 = !DILocation(line: 229, column: 38, scope: !396, atomGroup: 2, atomRank: 1)
!401 = distinct !DISubprogram(name: "_M_set_length", scope: !103, file: !103, line: 265, type: !15, scopeLine: 266, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!402 = !DILocation(line: 267, column: 12, scope: !401)
!403 = !DILocation(line: 267, column: 2, scope: !401)
!404 = !DILocation(line: 268, column: 22, scope: !401)
!405 = !DILocation(line: 268, column: 32, scope: !401)
!406 = !DILocation(line: 268, column: 38, scope: !401)
!407 = !DILocation(line: 268, column: 2, scope: !401)
!408 = !DILocation(line: 269, column: 7, scope: !401, atomGroup: 1, atomRank: 1)
!409 = distinct !DISubprogram(name: "pointer_to", scope: !410, file: !410, line: 135, type: !15, scopeLine: 136, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!410 = !DIFile(filename: "/usr/include/c++/12/bits/ptr_traits.h", directory: "")
!411 = !DILocation(line: 136, column: 31, scope: !409, atomGroup: 1, atomRank: 2)
!412 = !DILocation(line: 136, column: 9, scope: !409, atomGroup: 1, atomRank: 1)
!413 = distinct !DISubprogram(name: "allocator", scope: !414, file: !414, line: 159, type: !15, scopeLine: 160, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!414 = !DIFile(filename: "/usr/include/c++/12/bits/allocator.h", directory: "")
!415 = !DILocation(line: 160, column: 31, scope: !413)
!416 = !DILocation(line: 160, column: 9, scope: !413)
!417 = !DILocation(line: 160, column: 38, scope: !413, atomGroup: 1, atomRank: 1)
!418 = distinct !DISubprogram(name: "__new_allocator", scope: !419, file: !419, line: 83, type: !15, scopeLine: 83, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!419 = !DIFile(filename: "/usr/include/c++/12/bits/new_allocator.h", directory: "")
!420 = !{!421, !421, i64 0}
!421 = !{!"p1 _ZTSSt15__new_allocatorIcE", !43, i64 0}
!422 = !DILocation(line: 83, column: 71, scope: !418, atomGroup: 1, atomRank: 1)
!423 = distinct !DISubprogram(name: "_M_local_data", scope: !103, file: !103, line: 249, type: !15, scopeLine: 250, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!424 = !DILocation(line: 252, column: 57, scope: !423)
!425 = !DILocation(line: 252, column: 56, scope: !423)
!426 = !DILocation(line: 252, column: 9, scope: !423, atomGroup: 1, atomRank: 2)
!427 = !DILocation(line: 252, column: 2, scope: !423, atomGroup: 1, atomRank: 1)
!428 = distinct !DISubprogram(name: "pointer_to", scope: !410, file: !410, line: 135, type: !15, scopeLine: 136, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!429 = !DILocation(line: 136, column: 31, scope: !428, atomGroup: 1, atomRank: 2)
!430 = !DILocation(line: 136, column: 9, scope: !428, atomGroup: 1, atomRank: 1)
!431 = distinct !DISubprogram(name: "assign", scope: !292, file: !292, line: 347, type: !15, scopeLine: 348, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!432 = !DILocation(line: 354, column: 9, scope: !431)
!433 = !DILocation(line: 354, column: 9, scope: !431, atomGroup: 1, atomRank: 2)
!434 = !DILocation(line: 354, column: 2, scope: !431)
!435 = !DILocation(line: 354, column: 7, scope: !431, atomGroup: 1, atomRank: 1)
!436 = !DILocation(line: 355, column: 7, scope: !431, atomGroup: 2, atomRank: 1)
!437 = distinct !DISubprogram(name: "__to_chars_len<unsigned int>", scope: !438, file: !438, line: 47, type: !15, scopeLine: 48, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!438 = !DIFile(filename: "/usr/include/c++/12/bits/charconv.h", directory: "")
!439 = !DILocation(line: 52, column: 7, scope: !437)
!440 = !DILocation(line: 52, column: 16, scope: !437, atomGroup: 1, atomRank: 1)
!441 = !DILocation(line: 53, column: 7, scope: !437)
!442 = !DILocation(line: 53, column: 29, scope: !437)
!443 = !DILocation(line: 53, column: 39, scope: !437)
!444 = !DILocation(line: 53, column: 37, scope: !437, atomGroup: 2, atomRank: 2)
!445 = !DILocation(line: 53, column: 22, scope: !437, atomGroup: 2, atomRank: 1)
!446 = !DILocation(line: 54, column: 7, scope: !437)
!447 = !DILocation(line: 54, column: 29, scope: !437)
!448 = !DILocation(line: 54, column: 36, scope: !437)
!449 = !DILocation(line: 54, column: 34, scope: !437, atomGroup: 3, atomRank: 2)
!450 = !DILocation(line: 54, column: 22, scope: !437, atomGroup: 3, atomRank: 1)
!451 = !DILocation(line: 55, column: 7, scope: !437)
!452 = !DILocation(line: 55, column: 34, scope: !437)
!453 = !DILocation(line: 55, column: 41, scope: !437)
!454 = !DILocation(line: 55, column: 39, scope: !437, atomGroup: 4, atomRank: 3)
!455 = !DILocation(line: 55, column: 34, scope: !437, atomGroup: 4, atomRank: 2)
!456 = !DILocation(line: 55, column: 27, scope: !437, atomGroup: 4, atomRank: 1)
!457 = !DILocation(line: 56, column: 7, scope: !437)
!458 = !DILocation(line: 58, column: 8, scope: !437)
!459 = !DILocation(line: 58, column: 28, scope: !437)
!460 = !DILocation(line: 58, column: 16, scope: !437, atomGroup: 5, atomRank: 2)
!461 = !DILocation(line: 58, column: 16, scope: !437, atomGroup: 5, atomRank: 1)
!462 = !DILocation(line: 58, column: 43, scope: !437, atomGroup: 6, atomRank: 2)
!463 = !DILocation(line: 58, column: 36, scope: !437, atomGroup: 6, atomRank: 1)
!464 = !DILocation(line: 59, column: 8, scope: !437)
!465 = !DILocation(line: 59, column: 18, scope: !437)
!466 = !DILocation(line: 59, column: 16, scope: !437, atomGroup: 7, atomRank: 2)
!467 = !DILocation(line: 59, column: 16, scope: !437, atomGroup: 7, atomRank: 1)
!468 = !DILocation(line: 59, column: 31, scope: !437)
!469 = !DILocation(line: 59, column: 35, scope: !437, atomGroup: 8, atomRank: 2)
!470 = !DILocation(line: 59, column: 24, scope: !437, atomGroup: 8, atomRank: 1)
!471 = !DILocation(line: 60, column: 8, scope: !437)
!472 = !DILocation(line: 60, column: 18, scope: !437)
!473 = !DILocation(line: 60, column: 16, scope: !437, atomGroup: 9, atomRank: 2)
!474 = !DILocation(line: 60, column: 16, scope: !437, atomGroup: 9, atomRank: 1)
!475 = !DILocation(line: 60, column: 31, scope: !437)
!476 = !DILocation(line: 60, column: 35, scope: !437, atomGroup: 10, atomRank: 2)
!477 = !DILocation(line: 60, column: 24, scope: !437, atomGroup: 10, atomRank: 1)
!478 = !DILocation(line: 61, column: 8, scope: !437)
!479 = !DILocation(line: 61, column: 18, scope: !437)
!480 = !DILocation(line: 61, column: 16, scope: !437, atomGroup: 11, atomRank: 2)
!481 = !DILocation(line: 61, column: 16, scope: !437, atomGroup: 11, atomRank: 1)
!482 = !DILocation(line: 61, column: 31, scope: !437)
!483 = !DILocation(line: 61, column: 35, scope: !437, atomGroup: 12, atomRank: 2)
!484 = !DILocation(line: 61, column: 24, scope: !437, atomGroup: 12, atomRank: 1)
!485 = !DILocation(line: 62, column: 15, scope: !437)
!486 = !DILocation(line: 62, column: 12, scope: !437)
!487 = !DILocation(line: 62, column: 12, scope: !437, atomGroup: 13, atomRank: 3)
!488 = !DILocation(line: 62, column: 12, scope: !437, atomGroup: 13, atomRank: 2)
!489 = !DILocation(line: 62, column: 12, scope: !437, atomGroup: 13, atomRank: 1)
!490 = !DILocation(line: 63, column: 8, scope: !437)
!491 = !DILocation(line: 63, column: 8, scope: !437, atomGroup: 14, atomRank: 2)
!492 = !DILocation(line: 63, column: 8, scope: !437, atomGroup: 14, atomRank: 1)
!493 = !DILocation(line: 56, column: 7, scope: !437, atomGroup: 15, atomRank: 1)
!494 = distinct !{!494, !457, !495, !58}
!495 = !DILocation(line: 64, column: 2, scope: !437)
!496 = !DILocation(line: 65, column: 5, scope: !437)
!497 = !DILocation(line: 65, column: 5, scope: !437, atomGroup: 16, atomRank: 2)
!498 = !DILocation(line: 65, column: 5, scope: !437, atomGroup: 16, atomRank: 1)
!499 = distinct !DISubprogram(name: "allocator", scope: !414, file: !414, line: 156, type: !15, scopeLine: 156, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!500 = !DILocation(line: 156, column: 7, scope: !499)
!501 = !DILocation(line: 156, column: 38, scope: !499, atomGroup: 1, atomRank: 1)
!502 = distinct !DISubprogram(name: "basic_string<std::allocator<char> >", scope: !103, file: !103, line: 657, type: !15, scopeLine: 659, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!503 = !DILocation(line: 658, column: 9, scope: !502)
!504 = !DILocation(line: 658, column: 21, scope: !502)
!505 = !DILocation(line: 658, column: 38, scope: !502)
!506 = !DILocation(line: 659, column: 22, scope: !502)
!507 = !DILocation(line: 659, column: 27, scope: !502)
!508 = !DILocation(line: 659, column: 9, scope: !502)
!509 = !DILocation(line: 659, column: 33, scope: !502, atomGroup: 1, atomRank: 1)
!510 = !DILocation(line: 659, column: 33, scope: !502)
!511 = distinct !DISubprogram(name: "~__new_allocator", scope: !419, file: !419, line: 90, type: !15, scopeLine: 90, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!512 = !DILocation(line: 90, column: 50, scope: !511, atomGroup: 1, atomRank: 1)
!513 = distinct !DISubprogram(name: "__to_chars_10_impl<unsigned int>", scope: !438, file: !438, line: 72, type: !15, scopeLine: 73, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!514 = !DILocation(line: 83, column: 7, scope: !513)
!515 = !DILocation(line: 83, column: 24, scope: !513)
!516 = !DILocation(line: 83, column: 30, scope: !513, atomGroup: 1, atomRank: 2)
!517 = !DILocation(line: 83, column: 16, scope: !513, atomGroup: 1, atomRank: 1)
!518 = !DILocation(line: 84, column: 7, scope: !513)
!519 = !DILocation(line: 84, column: 14, scope: !513)
!520 = !DILocation(line: 84, column: 20, scope: !513, atomGroup: 2, atomRank: 1)
!521 = !DILocation(line: 84, column: 7, scope: !513, atomGroup: 3, atomRank: 1)
!522 = !DILocation(line: 86, column: 4, scope: !513)
!523 = !DILocation(line: 86, column: 24, scope: !513)
!524 = !DILocation(line: 86, column: 30, scope: !513)
!525 = !DILocation(line: 86, column: 37, scope: !513, atomGroup: 4, atomRank: 2)
!526 = !DILocation(line: 86, column: 15, scope: !513, atomGroup: 4, atomRank: 1)
!527 = !DILocation(line: 87, column: 10, scope: !513)
!528 = !DILocation(line: 87, column: 10, scope: !513, atomGroup: 5, atomRank: 2)
!529 = !DILocation(line: 87, column: 10, scope: !513, atomGroup: 5, atomRank: 1)
!530 = !DILocation(line: 88, column: 30, scope: !513)
!531 = !DILocation(line: 88, column: 36, scope: !513)
!532 = !DILocation(line: 88, column: 21, scope: !513)
!533 = !DILocation(line: 88, column: 21, scope: !513, atomGroup: 6, atomRank: 2)
!534 = !DILocation(line: 88, column: 4, scope: !513)
!535 = !DILocation(line: 88, column: 12, scope: !513)
!536 = !DILocation(line: 88, column: 19, scope: !513, atomGroup: 6, atomRank: 1)
!537 = !DILocation(line: 89, column: 34, scope: !513)
!538 = !DILocation(line: 89, column: 25, scope: !513)
!539 = !DILocation(line: 89, column: 25, scope: !513, atomGroup: 7, atomRank: 2)
!540 = !DILocation(line: 89, column: 4, scope: !513)
!541 = !DILocation(line: 89, column: 12, scope: !513)
!542 = !DILocation(line: 89, column: 18, scope: !513)
!543 = !DILocation(line: 89, column: 23, scope: !513, atomGroup: 7, atomRank: 1)
!544 = !DILocation(line: 90, column: 10, scope: !513)
!545 = !DILocation(line: 90, column: 10, scope: !513, atomGroup: 8, atomRank: 2)
!546 = !DILocation(line: 90, column: 10, scope: !513, atomGroup: 8, atomRank: 1)
!547 = !DILocation(line: 91, column: 2, scope: !513)
!548 = distinct !{!548, !518, !547, !58}
!549 = !DILocation(line: 92, column: 11, scope: !513)
!550 = !DILocation(line: 92, column: 17, scope: !513, atomGroup: 9, atomRank: 2)
!551 = !DILocation(line: 92, column: 17, scope: !513, atomGroup: 9, atomRank: 1)
!552 = !DILocation(line: 94, column: 4, scope: !513)
!553 = !DILocation(line: 94, column: 23, scope: !513)
!554 = !DILocation(line: 94, column: 29, scope: !513, atomGroup: 10, atomRank: 2)
!555 = !DILocation(line: 94, column: 15, scope: !513, atomGroup: 10, atomRank: 1)
!556 = !DILocation(line: 95, column: 26, scope: !513)
!557 = !DILocation(line: 95, column: 32, scope: !513)
!558 = !DILocation(line: 95, column: 17, scope: !513)
!559 = !DILocation(line: 95, column: 17, scope: !513, atomGroup: 11, atomRank: 2)
!560 = !DILocation(line: 95, column: 4, scope: !513)
!561 = !DILocation(line: 95, column: 15, scope: !513, atomGroup: 11, atomRank: 1)
!562 = !DILocation(line: 96, column: 26, scope: !513)
!563 = !DILocation(line: 96, column: 17, scope: !513)
!564 = !DILocation(line: 96, column: 17, scope: !513, atomGroup: 12, atomRank: 2)
!565 = !DILocation(line: 96, column: 4, scope: !513)
!566 = !DILocation(line: 96, column: 15, scope: !513, atomGroup: 12, atomRank: 1)
!567 = !DILocation(line: 97, column: 2, scope: !513)
!568 = !DILocation(line: 99, column: 21, scope: !513)
!569 = !DILocation(line: 99, column: 19, scope: !513, atomGroup: 13, atomRank: 3)
!570 = !DILocation(line: 99, column: 15, scope: !513, atomGroup: 13, atomRank: 2)
!571 = !DILocation(line: 99, column: 2, scope: !513)
!572 = !DILocation(line: 99, column: 13, scope: !513, atomGroup: 13, atomRank: 1)
!573 = !DILocation(line: 100, column: 5, scope: !513)
!574 = !DILocation(line: 100, column: 5, scope: !513, atomGroup: 14, atomRank: 1)
!575 = distinct !DISubprogram(name: "operator[]", scope: !103, file: !103, line: 1217, type: !15, scopeLine: 1218, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!576 = !DILocation(line: 1221, column: 2, scope: !575)
!577 = !DILocation(line: 1224, column: 9, scope: !575)
!578 = !DILocation(line: 1224, column: 19, scope: !575)
!579 = !DILocation(line: 1224, column: 9, scope: !575, atomGroup: 1, atomRank: 2)
!580 = !DILocation(line: 1224, column: 2, scope: !575, atomGroup: 1, atomRank: 1)
!581 = distinct !DISubprogram(name: "__new_allocator", scope: !419, file: !419, line: 80, type: !15, scopeLine: 80, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!582 = !DILocation(line: 80, column: 49, scope: !581, atomGroup: 1, atomRank: 1)
!583 = distinct !DISubprogram(name: "_Alloc_hider", scope: !103, file: !103, line: 199, type: !15, scopeLine: 200, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!584 = !DILocation(line: 200, column: 19, scope: !583)
!585 = !DILocation(line: 200, column: 4, scope: !583)
!586 = !DILocation(line: 200, column: 25, scope: !583)
!587 = !DILocation(line: 200, column: 30, scope: !583, atomGroup: 1, atomRank: 2)
!588 = !DILocation(line: 200, column: 25, scope: !583, atomGroup: 1, atomRank: 1)
!589 = !DILocation(line: 200, column: 39, scope: !583, atomGroup: 2, atomRank: 1)
!590 = !DISubprogram(name: "_M_construct", scope: !103, file: !103, line: 335, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!591 = distinct !DISubprogram(name: "_M_dispose", scope: !103, file: !103, line: 283, type: !15, scopeLine: 284, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!592 = !DILocation(line: 285, column: 7, scope: !591, atomGroup: 1, atomRank: 2)
!593 = !DILocation(line: 285, column: 6, scope: !591, atomGroup: 1, atomRank: 1)
!594 = !DILocation(line: 286, column: 15, scope: !591)
!595 = !DILocation(line: 286, column: 4, scope: !591)
!596 = !DILocation(line: 287, column: 7, scope: !591, atomGroup: 2, atomRank: 1)
!597 = distinct !DISubprogram(name: "_M_destroy", scope: !103, file: !103, line: 291, type: !15, scopeLine: 292, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!598 = !DILocation(line: 292, column: 35, scope: !597)
!599 = !DILocation(line: 292, column: 55, scope: !597)
!600 = !DILocation(line: 292, column: 66, scope: !597)
!601 = !DILocation(line: 292, column: 73, scope: !597)
!602 = !DILocation(line: 292, column: 9, scope: !597)
!603 = !DILocation(line: 292, column: 79, scope: !597, atomGroup: 1, atomRank: 1)
!604 = distinct !DISubprogram(name: "deallocate", scope: !605, file: !605, line: 495, type: !15, scopeLine: 496, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!605 = !DIFile(filename: "/usr/include/c++/12/bits/alloc_traits.h", directory: "")
!606 = !DILocation(line: 496, column: 9, scope: !604)
!607 = !DILocation(line: 496, column: 24, scope: !604)
!608 = !DILocation(line: 496, column: 29, scope: !604)
!609 = !DILocation(line: 496, column: 13, scope: !604)
!610 = !DILocation(line: 496, column: 35, scope: !604, atomGroup: 1, atomRank: 1)
!611 = distinct !DISubprogram(name: "deallocate", scope: !419, file: !419, line: 142, type: !15, scopeLine: 143, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!612 = !DILocation(line: 158, column: 50, scope: !611)
!613 = !DILocation(line: 158, column: 55, scope: !611)
!614 = !DILocation(line: 158, column: 27, scope: !611)
!615 = !DILocation(line: 158, column: 2, scope: !611)
!616 = !DILocation(line: 159, column: 7, scope: !611, atomGroup: 1, atomRank: 1)
!617 = !DISubprogram(name: "operator delete", scope: !618, file: !618, line: 135, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!618 = !DIFile(filename: "/usr/include/c++/12/new", directory: "")
!619 = distinct !DISubprogram(name: "_M_use_local_data", scope: !103, file: !103, line: 351, type: !15, scopeLine: 352, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!620 = !DILocation(line: 358, column: 9, scope: !619, atomGroup: 1, atomRank: 2)
!621 = !DILocation(line: 358, column: 2, scope: !619, atomGroup: 1, atomRank: 1)
!622 = distinct !DISubprogram(name: "assign", scope: !103, file: !103, line: 1644, type: !15, scopeLine: 1645, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!623 = !DILocation(line: 1647, column: 40, scope: !622)
!624 = !DILocation(line: 1647, column: 48, scope: !622)
!625 = !DILocation(line: 1648, column: 26, scope: !622)
!626 = !DILocation(line: 1648, column: 6, scope: !622)
!627 = !DILocation(line: 1647, column: 9, scope: !622, atomGroup: 1, atomRank: 2)
!628 = !DILocation(line: 1647, column: 2, scope: !622, atomGroup: 1, atomRank: 1)
