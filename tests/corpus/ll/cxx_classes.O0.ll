; ModuleID = 'cxx_classes.cpp'
source_filename = "cxx_classes.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"class.std::unique_ptr" = type { %"struct.std::__uniq_ptr_data" }
%"struct.std::__uniq_ptr_data" = type { %"class.std::__uniq_ptr_impl" }
%"class.std::__uniq_ptr_impl" = type { %"class.std::tuple" }
%"class.std::tuple" = type { %"struct.std::_Tuple_impl" }
%"struct.std::_Tuple_impl" = type { %"struct.std::_Head_base.1" }
%"struct.std::_Head_base.1" = type { ptr }
%"class.std::unique_ptr.2" = type { %"struct.std::__uniq_ptr_data.3" }
%"struct.std::__uniq_ptr_data.3" = type { %"class.std::__uniq_ptr_impl.4" }
%"class.std::__uniq_ptr_impl.4" = type { %"class.std::tuple.5" }
%"class.std::tuple.5" = type { %"struct.std::_Tuple_impl.6" }
%"struct.std::_Tuple_impl.6" = type { %"struct.std::_Head_base.9" }
%"struct.std::_Head_base.9" = type { ptr }
%"class.std::unique_ptr.10" = type { %"struct.std::__uniq_ptr_data.11" }
%"struct.std::__uniq_ptr_data.11" = type { %"class.std::__uniq_ptr_impl.12" }
%"class.std::__uniq_ptr_impl.12" = type { %"class.std::tuple.13" }
%"class.std::tuple.13" = type { %"struct.std::_Tuple_impl.14" }
%"struct.std::_Tuple_impl.14" = type { %"struct.std::_Head_base.17" }
%"struct.std::_Head_base.17" = type { ptr }
%"class.std::unique_ptr.18" = type { %"struct.std::__uniq_ptr_data.19" }
%"struct.std::__uniq_ptr_data.19" = type { %"class.std::__uniq_ptr_impl.20" }
%"class.std::__uniq_ptr_impl.20" = type { %"class.std::tuple.21" }
%"class.std::tuple.21" = type { %"struct.std::_Tuple_impl.22" }
%"struct.std::_Tuple_impl.22" = type { %"struct.std::_Head_base.25" }
%"struct.std::_Head_base.25" = type { ptr }
%struct.Vec = type { %struct.Printable, double, double }
%struct.Printable = type { ptr }
%class.Counter = type { i32 }
%struct.Rect = type { %struct.Shape, double, double }
%struct.Shape = type { ptr }
%struct.Circle = type { %struct.Shape, double }

$_ZSt11make_uniqueI4RectJidEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_ = comdat any

$_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EEC2I4RectS1_IS5_EvEEOS_IT_T0_E = comdat any

$_ZSt11make_uniqueI6SquareJdEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_ = comdat any

$_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EEC2I6SquareS1_IS5_EvEEOS_IT_T0_E = comdat any

$_ZSt11make_uniqueI6CircleJdEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_ = comdat any

$_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EEC2I6CircleS1_IS5_EvEEOS_IT_T0_E = comdat any

$_ZSt11make_uniqueI4RectJddEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_ = comdat any

$_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EED2Ev = comdat any

$_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EED2Ev = comdat any

$_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EED2Ev = comdat any

$_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EED2Ev = comdat any

$_ZNKSt10unique_ptrI5ShapeSt14default_deleteIS0_EEptEv = comdat any

$_ZN3VecC2Edd = comdat any

$_ZNK3VecmlEd = comdat any

$_ZN3VecpLERKS_ = comdat any

$_ZN3VecD2Ev = comdat any

$_ZNK3VecplERKS_ = comdat any

$_ZNK3VeceqERKS_ = comdat any

$_ZN7CounterC2Ev = comdat any

$_ZN7Counter3incEv = comdat any

$_ZNK7Counter3getEv = comdat any

$_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EE5resetEPS0_ = comdat any

$_ZN9PrintableC2Ev = comdat any

$_ZNK3Vec5printEv = comdat any

$_ZN3VecD0Ev = comdat any

$_ZN9PrintableD2Ev = comdat any

$_ZN9PrintableD0Ev = comdat any

$_ZN4RectC2Edd = comdat any

$_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EEC2IS2_vEEPS0_ = comdat any

$_ZN5ShapeC2Ev = comdat any

$_ZN4RectD2Ev = comdat any

$_ZN4RectD0Ev = comdat any

$_ZNK4Rect4areaEv = comdat any

$_ZNK4Rect4nameEv = comdat any

$_ZN5ShapeD2Ev = comdat any

$_ZN5ShapeD0Ev = comdat any

$_ZNK5Shape4nameEv = comdat any

$_ZNSt15__uniq_ptr_dataI4RectSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EEPS0_ = comdat any

$__clang_call_terminate = comdat any

$_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EEC2EPS0_ = comdat any

$_ZNSt5tupleIJP4RectSt14default_deleteIS0_EEEC2ILb1ETnNSt9enable_ifIXclsr17_TupleConstraintsIXT_ES1_S3_EE37__is_implicitly_default_constructibleEEbE4typeELb1EEEv = comdat any

$_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE6_M_ptrEv = comdat any

$_ZNSt11_Tuple_implILm0EJP4RectSt14default_deleteIS0_EEEC2Ev = comdat any

$_ZNSt11_Tuple_implILm1EJSt14default_deleteI4RectEEEC2Ev = comdat any

$_ZNSt10_Head_baseILm0EP4RectLb0EEC2Ev = comdat any

$_ZNSt10_Head_baseILm1ESt14default_deleteI4RectELb1EEC2Ev = comdat any

$_ZSt3getILm0EJP4RectSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_ = comdat any

$_ZSt12__get_helperILm0EP4RectJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE = comdat any

$_ZNSt11_Tuple_implILm0EJP4RectSt14default_deleteIS0_EEE7_M_headERS4_ = comdat any

$_ZNSt10_Head_baseILm0EP4RectLb0EE7_M_headERS2_ = comdat any

$_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EE11get_deleterEv = comdat any

$_ZNKSt14default_deleteI4RectEclEPS0_ = comdat any

$_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE10_M_deleterEv = comdat any

$_ZSt3getILm1EJP4RectSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_ = comdat any

$_ZSt12__get_helperILm1ESt14default_deleteI4RectEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE = comdat any

$_ZNSt11_Tuple_implILm1EJSt14default_deleteI4RectEEE7_M_headERS3_ = comdat any

$_ZNSt10_Head_baseILm1ESt14default_deleteI4RectELb1EE7_M_headERS3_ = comdat any

$_ZN6SquareC2Ed = comdat any

$_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EEC2IS2_vEEPS0_ = comdat any

$_ZN6SquareD2Ev = comdat any

$_ZN6SquareD0Ev = comdat any

$_ZNK6Square4nameEv = comdat any

$_ZNSt15__uniq_ptr_dataI6SquareSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EEPS0_ = comdat any

$_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EEC2EPS0_ = comdat any

$_ZNSt5tupleIJP6SquareSt14default_deleteIS0_EEEC2ILb1ETnNSt9enable_ifIXclsr17_TupleConstraintsIXT_ES1_S3_EE37__is_implicitly_default_constructibleEEbE4typeELb1EEEv = comdat any

$_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE6_M_ptrEv = comdat any

$_ZNSt11_Tuple_implILm0EJP6SquareSt14default_deleteIS0_EEEC2Ev = comdat any

$_ZNSt11_Tuple_implILm1EJSt14default_deleteI6SquareEEEC2Ev = comdat any

$_ZNSt10_Head_baseILm0EP6SquareLb0EEC2Ev = comdat any

$_ZNSt10_Head_baseILm1ESt14default_deleteI6SquareELb1EEC2Ev = comdat any

$_ZSt3getILm0EJP6SquareSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_ = comdat any

$_ZSt12__get_helperILm0EP6SquareJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE = comdat any

$_ZNSt11_Tuple_implILm0EJP6SquareSt14default_deleteIS0_EEE7_M_headERS4_ = comdat any

$_ZNSt10_Head_baseILm0EP6SquareLb0EE7_M_headERS2_ = comdat any

$_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EE11get_deleterEv = comdat any

$_ZNKSt14default_deleteI6SquareEclEPS0_ = comdat any

$_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE10_M_deleterEv = comdat any

$_ZSt3getILm1EJP6SquareSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_ = comdat any

$_ZSt12__get_helperILm1ESt14default_deleteI6SquareEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE = comdat any

$_ZNSt11_Tuple_implILm1EJSt14default_deleteI6SquareEEE7_M_headERS3_ = comdat any

$_ZNSt10_Head_baseILm1ESt14default_deleteI6SquareELb1EE7_M_headERS3_ = comdat any

$_ZN6CircleC2Ed = comdat any

$_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EEC2IS2_vEEPS0_ = comdat any

$_ZN6CircleD2Ev = comdat any

$_ZN6CircleD0Ev = comdat any

$_ZNK6Circle4areaEv = comdat any

$_ZNSt15__uniq_ptr_dataI6CircleSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EEPS0_ = comdat any

$_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EEC2EPS0_ = comdat any

$_ZNSt5tupleIJP6CircleSt14default_deleteIS0_EEEC2ILb1ETnNSt9enable_ifIXclsr17_TupleConstraintsIXT_ES1_S3_EE37__is_implicitly_default_constructibleEEbE4typeELb1EEEv = comdat any

$_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE6_M_ptrEv = comdat any

$_ZNSt11_Tuple_implILm0EJP6CircleSt14default_deleteIS0_EEEC2Ev = comdat any

$_ZNSt11_Tuple_implILm1EJSt14default_deleteI6CircleEEEC2Ev = comdat any

$_ZNSt10_Head_baseILm0EP6CircleLb0EEC2Ev = comdat any

$_ZNSt10_Head_baseILm1ESt14default_deleteI6CircleELb1EEC2Ev = comdat any

$_ZSt3getILm0EJP6CircleSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_ = comdat any

$_ZSt12__get_helperILm0EP6CircleJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE = comdat any

$_ZNSt11_Tuple_implILm0EJP6CircleSt14default_deleteIS0_EEE7_M_headERS4_ = comdat any

$_ZNSt10_Head_baseILm0EP6CircleLb0EE7_M_headERS2_ = comdat any

$_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EE11get_deleterEv = comdat any

$_ZNKSt14default_deleteI6CircleEclEPS0_ = comdat any

$_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE10_M_deleterEv = comdat any

$_ZSt3getILm1EJP6CircleSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_ = comdat any

$_ZSt12__get_helperILm1ESt14default_deleteI6CircleEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE = comdat any

$_ZNSt11_Tuple_implILm1EJSt14default_deleteI6CircleEEE7_M_headERS3_ = comdat any

$_ZNSt10_Head_baseILm1ESt14default_deleteI6CircleELb1EE7_M_headERS3_ = comdat any

$_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE6_M_ptrEv = comdat any

$_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EE11get_deleterEv = comdat any

$_ZNKSt14default_deleteI5ShapeEclEPS0_ = comdat any

$_ZSt3getILm0EJP5ShapeSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_ = comdat any

$_ZSt12__get_helperILm0EP5ShapeJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE = comdat any

$_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEE7_M_headERS4_ = comdat any

$_ZNSt10_Head_baseILm0EP5ShapeLb0EE7_M_headERS2_ = comdat any

$_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE10_M_deleterEv = comdat any

$_ZSt3getILm1EJP5ShapeSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_ = comdat any

$_ZSt12__get_helperILm1ESt14default_deleteI5ShapeEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE = comdat any

$_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEE7_M_headERS3_ = comdat any

$_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EE7_M_headERS3_ = comdat any

$_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EE7releaseEv = comdat any

$_ZNSt15__uniq_ptr_dataI5ShapeSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EIS1_I4RectEEEPS0_OT_ = comdat any

$_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE7releaseEv = comdat any

$_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EEC2IS1_I4RectEEEPS0_OT_ = comdat any

$_ZNSt5tupleIJP5ShapeSt14default_deleteIS0_EEEC2IRS1_S2_I4RectETnNSt9enable_ifIXclsr4_TCCIXntcl14__is_alloc_argIT_EEEEE29__is_implicitly_constructibleISA_T0_EEEbE4typeELb1EEEOSA_OSB_ = comdat any

$_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEEC2IRS1_JS2_I4RectEEvEEOT_DpOT0_ = comdat any

$_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEEC2IS0_I4RectEEEOT_ = comdat any

$_ZNSt10_Head_baseILm0EP5ShapeLb0EEC2IRS1_EEOT_ = comdat any

$_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EEC2IS0_I4RectEEEOT_ = comdat any

$_ZNSt14default_deleteI5ShapeEC2I4RectvEERKS_IT_E = comdat any

$_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EE7releaseEv = comdat any

$_ZNSt15__uniq_ptr_dataI5ShapeSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EIS1_I6SquareEEEPS0_OT_ = comdat any

$_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE7releaseEv = comdat any

$_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EEC2IS1_I6SquareEEEPS0_OT_ = comdat any

$_ZNSt5tupleIJP5ShapeSt14default_deleteIS0_EEEC2IRS1_S2_I6SquareETnNSt9enable_ifIXclsr4_TCCIXntcl14__is_alloc_argIT_EEEEE29__is_implicitly_constructibleISA_T0_EEEbE4typeELb1EEEOSA_OSB_ = comdat any

$_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEEC2IRS1_JS2_I6SquareEEvEEOT_DpOT0_ = comdat any

$_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEEC2IS0_I6SquareEEEOT_ = comdat any

$_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EEC2IS0_I6SquareEEEOT_ = comdat any

$_ZNSt14default_deleteI5ShapeEC2I6SquarevEERKS_IT_E = comdat any

$_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EE7releaseEv = comdat any

$_ZNSt15__uniq_ptr_dataI5ShapeSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EIS1_I6CircleEEEPS0_OT_ = comdat any

$_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE7releaseEv = comdat any

$_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EEC2IS1_I6CircleEEEPS0_OT_ = comdat any

$_ZNSt5tupleIJP5ShapeSt14default_deleteIS0_EEEC2IRS1_S2_I6CircleETnNSt9enable_ifIXclsr4_TCCIXntcl14__is_alloc_argIT_EEEEE29__is_implicitly_constructibleISA_T0_EEEbE4typeELb1EEEOSA_OSB_ = comdat any

$_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEEC2IRS1_JS2_I6CircleEEvEEOT_DpOT0_ = comdat any

$_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEEC2IS0_I6CircleEEEOT_ = comdat any

$_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EEC2IS0_I6CircleEEEOT_ = comdat any

$_ZNSt14default_deleteI5ShapeEC2I6CirclevEERKS_IT_E = comdat any

$_ZNKSt10unique_ptrI5ShapeSt14default_deleteIS0_EE3getEv = comdat any

$_ZNKSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE6_M_ptrEv = comdat any

$_ZSt3getILm0EJP5ShapeSt14default_deleteIS0_EEERKNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERKS8_ = comdat any

$_ZSt12__get_helperILm0EP5ShapeJSt14default_deleteIS0_EEERKT0_RKSt11_Tuple_implIXT_EJS4_DpT1_EE = comdat any

$_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEE7_M_headERKS4_ = comdat any

$_ZNSt10_Head_baseILm0EP5ShapeLb0EE7_M_headERKS2_ = comdat any

$_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE5resetEPS0_ = comdat any

$_ZTV3Vec = comdat any

$_ZTI3Vec = comdat any

$_ZTS3Vec = comdat any

$_ZTI9Printable = comdat any

$_ZTS9Printable = comdat any

$_ZTV9Printable = comdat any

$_ZTV4Rect = comdat any

$_ZTI4Rect = comdat any

$_ZTS4Rect = comdat any

$_ZTI5Shape = comdat any

$_ZTS5Shape = comdat any

$_ZTV5Shape = comdat any

$_ZTV6Square = comdat any

$_ZTI6Square = comdat any

$_ZTS6Square = comdat any

$_ZTV6Circle = comdat any

$_ZTI6Circle = comdat any

$_ZTS6Circle = comdat any

@_ZN5Shape9destroyedE = global i32 0, align 4
@.str = private unnamed_addr constant [10 x i8] c"%s %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"total %.17g\0A\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"eq %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [12 x i8] c"counter %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"destroyed %d\0A\00", align 1
@_ZTV3Vec = linkonce_odr unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI3Vec, ptr @_ZNK3Vec5printEv, ptr @_ZN3VecD2Ev, ptr @_ZN3VecD0Ev] }, comdat, align 8
@_ZTI3Vec = linkonce_odr constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS3Vec, ptr @_ZTI9Printable }, comdat, align 8
@_ZTVN10__cxxabiv120__si_class_type_infoE = external global [0 x ptr]
@_ZTS3Vec = linkonce_odr constant [5 x i8] c"3Vec\00", comdat, align 1
@_ZTI9Printable = linkonce_odr constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS9Printable }, comdat, align 8
@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@_ZTS9Printable = linkonce_odr constant [11 x i8] c"9Printable\00", comdat, align 1
@_ZTV9Printable = linkonce_odr unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI9Printable, ptr @__cxa_pure_virtual, ptr @_ZN9PrintableD2Ev, ptr @_ZN9PrintableD0Ev] }, comdat, align 8
@.str.5 = private unnamed_addr constant [16 x i8] c"(%.17g, %.17g)\0A\00", align 1
@_ZTV4Rect = linkonce_odr unnamed_addr constant { [6 x ptr] } { [6 x ptr] [ptr null, ptr @_ZTI4Rect, ptr @_ZN4RectD2Ev, ptr @_ZN4RectD0Ev, ptr @_ZNK4Rect4areaEv, ptr @_ZNK4Rect4nameEv] }, comdat, align 8
@_ZTI4Rect = linkonce_odr constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS4Rect, ptr @_ZTI5Shape }, comdat, align 8
@_ZTS4Rect = linkonce_odr constant [6 x i8] c"4Rect\00", comdat, align 1
@_ZTI5Shape = linkonce_odr constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS5Shape }, comdat, align 8
@_ZTS5Shape = linkonce_odr constant [7 x i8] c"5Shape\00", comdat, align 1
@_ZTV5Shape = linkonce_odr unnamed_addr constant { [6 x ptr] } { [6 x ptr] [ptr null, ptr @_ZTI5Shape, ptr @_ZN5ShapeD2Ev, ptr @_ZN5ShapeD0Ev, ptr @__cxa_pure_virtual, ptr @_ZNK5Shape4nameEv] }, comdat, align 8
@.str.6 = private unnamed_addr constant [6 x i8] c"shape\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"rect\00", align 1
@_ZTV6Square = linkonce_odr unnamed_addr constant { [6 x ptr] } { [6 x ptr] [ptr null, ptr @_ZTI6Square, ptr @_ZN6SquareD2Ev, ptr @_ZN6SquareD0Ev, ptr @_ZNK4Rect4areaEv, ptr @_ZNK6Square4nameEv] }, comdat, align 8
@_ZTI6Square = linkonce_odr constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS6Square, ptr @_ZTI4Rect }, comdat, align 8
@_ZTS6Square = linkonce_odr constant [8 x i8] c"6Square\00", comdat, align 1
@.str.8 = private unnamed_addr constant [7 x i8] c"square\00", align 1
@_ZTV6Circle = linkonce_odr unnamed_addr constant { [6 x ptr] } { [6 x ptr] [ptr null, ptr @_ZTI6Circle, ptr @_ZN6CircleD2Ev, ptr @_ZN6CircleD0Ev, ptr @_ZNK6Circle4areaEv, ptr @_ZNK5Shape4nameEv] }, comdat, align 8
@_ZTI6Circle = linkonce_odr constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS6Circle, ptr @_ZTI5Shape }, comdat, align 8
@_ZTS6Circle = linkonce_odr constant [8 x i8] c"6Circle\00", comdat, align 1

; Function Attrs: mustprogress noinline norecurse sspstrong uwtable
define noundef i32 @main() #0 personality ptr @__gxx_personality_v0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x %"class.std::unique_ptr"], align 16
  %3 = alloca ptr, align 8
  %4 = alloca %"class.std::unique_ptr.2", align 8
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca %"class.std::unique_ptr.10", align 8
  %10 = alloca double, align 8
  %11 = alloca %"class.std::unique_ptr.18", align 8
  %12 = alloca double, align 8
  %13 = alloca %"class.std::unique_ptr.2", align 8
  %14 = alloca double, align 8
  %15 = alloca double, align 8
  %16 = alloca i1, align 1
  %17 = alloca double, align 8
  %18 = alloca ptr, align 8
  %19 = alloca ptr, align 8
  %20 = alloca ptr, align 8
  %21 = alloca ptr, align 8
  %22 = alloca %struct.Vec, align 8
  %23 = alloca %struct.Vec, align 8
  %24 = alloca %struct.Vec, align 8
  %25 = alloca %struct.Vec, align 8
  %26 = alloca ptr, align 8
  %27 = alloca %struct.Vec, align 8
  %28 = alloca %class.Counter, align 4
  %29 = alloca ptr, align 8
  %30 = alloca ptr, align 8
  %31 = alloca ptr, align 8
  %32 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  store i1 true, ptr %16, align 1
  store ptr %2, ptr %3, align 8, !dbg !13
  store i32 2, ptr %5, align 4, !dbg !14
  store double 3.500000e+00, ptr %6, align 8, !dbg !15
  invoke void @_ZSt11make_uniqueI4RectJidEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind writable sret(%"class.std::unique_ptr.2") align 8 %4, ptr noundef nonnull align 4 dereferenceable(4) %5, ptr noundef nonnull align 8 dereferenceable(8) %6)
          to label %33 unwind label %79, !dbg !16

33:                                               ; preds = %0
  call void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EEC2I4RectS1_IS5_EvEEOS_IT_T0_E(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !16
  %34 = getelementptr inbounds %"class.std::unique_ptr", ptr %2, i64 1, !dbg !13
  store ptr %34, ptr %3, align 8, !dbg !13
  store double 1.250000e+00, ptr %10, align 8, !dbg !17
  invoke void @_ZSt11make_uniqueI6SquareJdEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind writable sret(%"class.std::unique_ptr.10") align 8 %9, ptr noundef nonnull align 8 dereferenceable(8) %10)
          to label %35 unwind label %83, !dbg !18

35:                                               ; preds = %33
  call void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EEC2I6SquareS1_IS5_EvEEOS_IT_T0_E(ptr noundef nonnull align 8 dereferenceable(8) %34, ptr noundef nonnull align 8 dereferenceable(8) %9) #8, !dbg !18
  %36 = getelementptr inbounds %"class.std::unique_ptr", ptr %2, i64 2, !dbg !13
  store ptr %36, ptr %3, align 8, !dbg !13
  store double 5.000000e-01, ptr %12, align 8, !dbg !19
  invoke void @_ZSt11make_uniqueI6CircleJdEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind writable sret(%"class.std::unique_ptr.18") align 8 %11, ptr noundef nonnull align 8 dereferenceable(8) %12)
          to label %37 unwind label %87, !dbg !20

37:                                               ; preds = %35
  call void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EEC2I6CircleS1_IS5_EvEEOS_IT_T0_E(ptr noundef nonnull align 8 dereferenceable(8) %36, ptr noundef nonnull align 8 dereferenceable(8) %11) #8, !dbg !20
  %38 = getelementptr inbounds %"class.std::unique_ptr", ptr %2, i64 3, !dbg !13
  store ptr %38, ptr %3, align 8, !dbg !13
  store double 1.000000e-01, ptr %14, align 8, !dbg !21
  store double 2.000000e-01, ptr %15, align 8, !dbg !22
  invoke void @_ZSt11make_uniqueI4RectJddEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind writable sret(%"class.std::unique_ptr.2") align 8 %13, ptr noundef nonnull align 8 dereferenceable(8) %14, ptr noundef nonnull align 8 dereferenceable(8) %15)
          to label %39 unwind label %91, !dbg !23

39:                                               ; preds = %37
  call void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EEC2I4RectS1_IS5_EvEEOS_IT_T0_E(ptr noundef nonnull align 8 dereferenceable(8) %38, ptr noundef nonnull align 8 dereferenceable(8) %13) #8, !dbg !23
  store i1 false, ptr %16, align 1, !dbg !13
  call void @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %13) #8, !dbg !13
  call void @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %11) #8, !dbg !13
  call void @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %9) #8, !dbg !13
  call void @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !13
  store double 0.000000e+00, ptr %17, align 8, !dbg !24
  store ptr %2, ptr %18, align 8, !dbg !25
  %40 = load ptr, ptr %18, align 8, !dbg !26, !nonnull !12, !align !27
  %41 = getelementptr inbounds [4 x %"class.std::unique_ptr"], ptr %40, i64 0, i64 0, !dbg !26
  store ptr %41, ptr %19, align 8, !dbg !26
  %42 = load ptr, ptr %18, align 8, !dbg !26, !nonnull !12, !align !27
  %43 = getelementptr inbounds [4 x %"class.std::unique_ptr"], ptr %42, i64 0, i64 0, !dbg !26
  %44 = getelementptr inbounds %"class.std::unique_ptr", ptr %43, i64 4, !dbg !26
  store ptr %44, ptr %20, align 8, !dbg !26
  br label %45, !dbg !26

45:                                               ; preds = %76, %39
  %46 = load ptr, ptr %19, align 8, !dbg !26
  %47 = load ptr, ptr %20, align 8, !dbg !26
  %48 = icmp ne ptr %46, %47, !dbg !26
  br i1 %48, label %49, label %112, !dbg !26

49:                                               ; preds = %45
  %50 = load ptr, ptr %19, align 8, !dbg !26
  store ptr %50, ptr %21, align 8, !dbg !28
  %51 = load ptr, ptr %21, align 8, !dbg !29, !nonnull !12, !align !27
  %52 = call noundef ptr @_ZNKSt10unique_ptrI5ShapeSt14default_deleteIS0_EEptEv(ptr noundef nonnull align 8 dereferenceable(8) %51) #8, !dbg !29
  %53 = load ptr, ptr %52, align 8, !dbg !30
  %54 = getelementptr inbounds ptr, ptr %53, i64 3, !dbg !30
  %55 = load ptr, ptr %54, align 8, !dbg !30
  %56 = invoke noundef ptr %55(ptr noundef nonnull align 8 dereferenceable(8) %52)
          to label %57 unwind label %108, !dbg !30

57:                                               ; preds = %49
  %58 = load ptr, ptr %21, align 8, !dbg !31, !nonnull !12, !align !27
  %59 = call noundef ptr @_ZNKSt10unique_ptrI5ShapeSt14default_deleteIS0_EEptEv(ptr noundef nonnull align 8 dereferenceable(8) %58) #8, !dbg !31
  %60 = load ptr, ptr %59, align 8, !dbg !32
  %61 = getelementptr inbounds ptr, ptr %60, i64 2, !dbg !32
  %62 = load ptr, ptr %61, align 8, !dbg !32
  %63 = invoke noundef double %62(ptr noundef nonnull align 8 dereferenceable(8) %59)
          to label %64 unwind label %108, !dbg !32

64:                                               ; preds = %57
  %65 = invoke i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef %56, double noundef %63)
          to label %66 unwind label %108, !dbg !33

66:                                               ; preds = %64
  %67 = load ptr, ptr %21, align 8, !dbg !34, !nonnull !12, !align !27
  %68 = call noundef ptr @_ZNKSt10unique_ptrI5ShapeSt14default_deleteIS0_EEptEv(ptr noundef nonnull align 8 dereferenceable(8) %67) #8, !dbg !34
  %69 = load ptr, ptr %68, align 8, !dbg !35
  %70 = getelementptr inbounds ptr, ptr %69, i64 2, !dbg !35
  %71 = load ptr, ptr %70, align 8, !dbg !35
  %72 = invoke noundef double %71(ptr noundef nonnull align 8 dereferenceable(8) %68)
          to label %73 unwind label %108, !dbg !35

73:                                               ; preds = %66
  %74 = load double, ptr %17, align 8, !dbg !36
  %75 = fadd double %74, %72, !dbg !36
  store double %75, ptr %17, align 8, !dbg !36
  br label %76, !dbg !37

76:                                               ; preds = %73
  %77 = load ptr, ptr %19, align 8, !dbg !26
  %78 = getelementptr inbounds nuw %"class.std::unique_ptr", ptr %77, i32 1, !dbg !26
  store ptr %78, ptr %19, align 8, !dbg !26
  br label %45, !dbg !26, !llvm.loop !38

79:                                               ; preds = %0
  %80 = landingpad { ptr, i32 }
          cleanup, !dbg !40
  %81 = extractvalue { ptr, i32 } %80, 0, !dbg !40
  store ptr %81, ptr %7, align 8, !dbg !40
  %82 = extractvalue { ptr, i32 } %80, 1, !dbg !40
  store i32 %82, ptr %8, align 4, !dbg !40
  br label %97, !dbg !40

83:                                               ; preds = %33
  %84 = landingpad { ptr, i32 }
          cleanup, !dbg !40
  %85 = extractvalue { ptr, i32 } %84, 0, !dbg !40
  store ptr %85, ptr %7, align 8, !dbg !40
  %86 = extractvalue { ptr, i32 } %84, 1, !dbg !40
  store i32 %86, ptr %8, align 4, !dbg !40
  br label %96, !dbg !40

87:                                               ; preds = %35
  %88 = landingpad { ptr, i32 }
          cleanup, !dbg !40
  %89 = extractvalue { ptr, i32 } %88, 0, !dbg !40
  store ptr %89, ptr %7, align 8, !dbg !40
  %90 = extractvalue { ptr, i32 } %88, 1, !dbg !40
  store i32 %90, ptr %8, align 4, !dbg !40
  br label %95, !dbg !40

91:                                               ; preds = %37
  %92 = landingpad { ptr, i32 }
          cleanup, !dbg !40
  %93 = extractvalue { ptr, i32 } %92, 0, !dbg !40
  store ptr %93, ptr %7, align 8, !dbg !40
  %94 = extractvalue { ptr, i32 } %92, 1, !dbg !40
  store i32 %94, ptr %8, align 4, !dbg !40
  call void @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %11) #8, !dbg !13
  br label %95, !dbg !13

95:                                               ; preds = %91, %87
  call void @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %9) #8, !dbg !13
  br label %96, !dbg !13

96:                                               ; preds = %95, %83
  call void @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !13
  br label %97, !dbg !13

97:                                               ; preds = %96, %79
  %98 = load i1, ptr %16, align 1, !dbg !13
  br i1 %98, label %99, label %107, !dbg !13

99:                                               ; preds = %97
  %100 = load ptr, ptr %3, align 8, !dbg !13
  %101 = icmp eq ptr %2, %100, !dbg !13
  br i1 %101, label %106, label %102, !dbg !13

102:                                              ; preds = %102, %99
  %103 = phi ptr [ %100, %99 ], [ %104, %102 ], !dbg !13
  %104 = getelementptr inbounds %"class.std::unique_ptr", ptr %103, i64 -1, !dbg !13
  call void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %104) #8, !dbg !13
  %105 = icmp eq ptr %104, %2, !dbg !13
  br i1 %105, label %106, label %102, !dbg !13

106:                                              ; preds = %102, %99
  br label %107, !dbg !13

107:                                              ; preds = %106, %97
  br label %201, !dbg !13

108:                                              ; preds = %115, %112, %66, %64, %57, %49
  %109 = landingpad { ptr, i32 }
          cleanup, !dbg !40
  %110 = extractvalue { ptr, i32 } %109, 0, !dbg !40
  store ptr %110, ptr %7, align 8, !dbg !40
  %111 = extractvalue { ptr, i32 } %109, 1, !dbg !40
  store i32 %111, ptr %8, align 4, !dbg !40
  br label %193, !dbg !40

112:                                              ; preds = %45
  %113 = load double, ptr %17, align 8, !dbg !41
  %114 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %113)
          to label %115 unwind label %108, !dbg !42

115:                                              ; preds = %112
  invoke void @_ZN3VecC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %22, double noundef 1.000000e+00, double noundef 2.000000e+00)
          to label %116 unwind label %108, !dbg !43

116:                                              ; preds = %115
  invoke void @_ZN3VecC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %24, double noundef 5.000000e-01, double noundef -1.000000e+00)
          to label %117 unwind label %158, !dbg !44

117:                                              ; preds = %116
  invoke void @_ZNK3VecmlEd(ptr dead_on_unwind writable sret(%struct.Vec) align 8 %23, ptr noundef nonnull align 8 dereferenceable(24) %24, double noundef 3.000000e+00)
          to label %118 unwind label %162, !dbg !45

118:                                              ; preds = %117
  %119 = invoke noundef nonnull align 8 dereferenceable(24) ptr @_ZN3VecpLERKS_(ptr noundef nonnull align 8 dereferenceable(24) %22, ptr noundef nonnull align 8 dereferenceable(24) %23)
          to label %120 unwind label %166, !dbg !46

120:                                              ; preds = %118
  call void @_ZN3VecD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %23) #8, !dbg !47
  call void @_ZN3VecD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %24) #8, !dbg !47
  invoke void @_ZNK3VecplERKS_(ptr dead_on_unwind writable sret(%struct.Vec) align 8 %25, ptr noundef nonnull align 8 dereferenceable(24) %22, ptr noundef nonnull align 8 dereferenceable(24) %22)
          to label %121 unwind label %158, !dbg !48

121:                                              ; preds = %120
  store ptr %25, ptr %26, align 8, !dbg !49
  %122 = load ptr, ptr %26, align 8, !dbg !50, !nonnull !12, !align !27
  %123 = load ptr, ptr %122, align 8, !dbg !51
  %124 = getelementptr inbounds ptr, ptr %123, i64 0, !dbg !51
  %125 = load ptr, ptr %124, align 8, !dbg !51
  invoke void %125(ptr noundef nonnull align 8 dereferenceable(8) %122)
          to label %126 unwind label %171, !dbg !51

126:                                              ; preds = %121
  invoke void @_ZN3VecC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %27, double noundef 5.000000e+00, double noundef -2.000000e+00)
          to label %127 unwind label %171, !dbg !52

127:                                              ; preds = %126
  %128 = invoke noundef zeroext i1 @_ZNK3VeceqERKS_(ptr noundef nonnull align 8 dereferenceable(24) %25, ptr noundef nonnull align 8 dereferenceable(24) %27)
          to label %129 unwind label %175, !dbg !53

129:                                              ; preds = %127
  %130 = zext i1 %128 to i32, !dbg !54
  %131 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %130)
          to label %132 unwind label %175, !dbg !55

132:                                              ; preds = %129
  call void @_ZN3VecD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %27) #8, !dbg !55
  call void @_ZN7CounterC2Ev(ptr noundef nonnull align 4 dereferenceable(4) %28) #8, !dbg !56
  %133 = invoke noundef nonnull align 4 dereferenceable(4) ptr @_ZN7Counter3incEv(ptr noundef nonnull align 4 dereferenceable(4) %28)
          to label %134 unwind label %171, !dbg !57

134:                                              ; preds = %132
  %135 = invoke noundef nonnull align 4 dereferenceable(4) ptr @_ZN7Counter3incEv(ptr noundef nonnull align 4 dereferenceable(4) %133)
          to label %136 unwind label %171, !dbg !58

136:                                              ; preds = %134
  %137 = invoke noundef nonnull align 4 dereferenceable(4) ptr @_ZN7Counter3incEv(ptr noundef nonnull align 4 dereferenceable(4) %135)
          to label %138 unwind label %171, !dbg !59

138:                                              ; preds = %136
  %139 = invoke noundef i32 @_ZNK7Counter3getEv(ptr noundef nonnull align 4 dereferenceable(4) %28)
          to label %140 unwind label %171, !dbg !60

140:                                              ; preds = %138
  %141 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %139)
          to label %142 unwind label %171, !dbg !61

142:                                              ; preds = %140
  store ptr %2, ptr %29, align 8, !dbg !62
  %143 = load ptr, ptr %29, align 8, !dbg !63, !nonnull !12, !align !27
  %144 = getelementptr inbounds [4 x %"class.std::unique_ptr"], ptr %143, i64 0, i64 0, !dbg !63
  store ptr %144, ptr %30, align 8, !dbg !63
  %145 = load ptr, ptr %29, align 8, !dbg !63, !nonnull !12, !align !27
  %146 = getelementptr inbounds [4 x %"class.std::unique_ptr"], ptr %145, i64 0, i64 0, !dbg !63
  %147 = getelementptr inbounds %"class.std::unique_ptr", ptr %146, i64 4, !dbg !63
  store ptr %147, ptr %31, align 8, !dbg !63
  br label %148, !dbg !63

148:                                              ; preds = %155, %142
  %149 = load ptr, ptr %30, align 8, !dbg !63
  %150 = load ptr, ptr %31, align 8, !dbg !63
  %151 = icmp ne ptr %149, %150, !dbg !63
  br i1 %151, label %152, label %179, !dbg !63

152:                                              ; preds = %148
  %153 = load ptr, ptr %30, align 8, !dbg !63
  store ptr %153, ptr %32, align 8, !dbg !64
  %154 = load ptr, ptr %32, align 8, !dbg !65, !nonnull !12, !align !27
  call void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EE5resetEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %154, ptr noundef null) #8, !dbg !66
  br label %155, !dbg !67

155:                                              ; preds = %152
  %156 = load ptr, ptr %30, align 8, !dbg !63
  %157 = getelementptr inbounds nuw %"class.std::unique_ptr", ptr %156, i32 1, !dbg !63
  store ptr %157, ptr %30, align 8, !dbg !63
  br label %148, !dbg !63, !llvm.loop !68

158:                                              ; preds = %120, %116
  %159 = landingpad { ptr, i32 }
          cleanup, !dbg !40
  %160 = extractvalue { ptr, i32 } %159, 0, !dbg !40
  store ptr %160, ptr %7, align 8, !dbg !40
  %161 = extractvalue { ptr, i32 } %159, 1, !dbg !40
  store i32 %161, ptr %8, align 4, !dbg !40
  br label %186, !dbg !40

162:                                              ; preds = %117
  %163 = landingpad { ptr, i32 }
          cleanup, !dbg !40
  %164 = extractvalue { ptr, i32 } %163, 0, !dbg !40
  store ptr %164, ptr %7, align 8, !dbg !40
  %165 = extractvalue { ptr, i32 } %163, 1, !dbg !40
  store i32 %165, ptr %8, align 4, !dbg !40
  br label %170, !dbg !40

166:                                              ; preds = %118
  %167 = landingpad { ptr, i32 }
          cleanup, !dbg !40
  %168 = extractvalue { ptr, i32 } %167, 0, !dbg !40
  store ptr %168, ptr %7, align 8, !dbg !40
  %169 = extractvalue { ptr, i32 } %167, 1, !dbg !40
  store i32 %169, ptr %8, align 4, !dbg !40
  call void @_ZN3VecD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %23) #8, !dbg !47
  br label %170, !dbg !47

170:                                              ; preds = %166, %162
  call void @_ZN3VecD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %24) #8, !dbg !47
  br label %186, !dbg !47

171:                                              ; preds = %179, %140, %138, %136, %134, %132, %126, %121
  %172 = landingpad { ptr, i32 }
          cleanup, !dbg !40
  %173 = extractvalue { ptr, i32 } %172, 0, !dbg !40
  store ptr %173, ptr %7, align 8, !dbg !40
  %174 = extractvalue { ptr, i32 } %172, 1, !dbg !40
  store i32 %174, ptr %8, align 4, !dbg !40
  br label %185, !dbg !40

175:                                              ; preds = %129, %127
  %176 = landingpad { ptr, i32 }
          cleanup, !dbg !40
  %177 = extractvalue { ptr, i32 } %176, 0, !dbg !40
  store ptr %177, ptr %7, align 8, !dbg !40
  %178 = extractvalue { ptr, i32 } %176, 1, !dbg !40
  store i32 %178, ptr %8, align 4, !dbg !40
  call void @_ZN3VecD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %27) #8, !dbg !55
  br label %185, !dbg !55

179:                                              ; preds = %148
  %180 = load i32, ptr @_ZN5Shape9destroyedE, align 4, !dbg !70
  %181 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %180)
          to label %182 unwind label %171, !dbg !71

182:                                              ; preds = %179
  store i32 0, ptr %1, align 4, !dbg !72
  call void @_ZN3VecD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %25) #8, !dbg !40
  call void @_ZN3VecD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %22) #8, !dbg !40
  %183 = getelementptr inbounds [4 x %"class.std::unique_ptr"], ptr %2, i32 0, i32 0, !dbg !40
  %184 = getelementptr inbounds %"class.std::unique_ptr", ptr %183, i64 4, !dbg !40
  br label %187, !dbg !40

185:                                              ; preds = %175, %171
  call void @_ZN3VecD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %25) #8, !dbg !40
  br label %186, !dbg !40

186:                                              ; preds = %185, %170, %158
  call void @_ZN3VecD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %22) #8, !dbg !40
  br label %193, !dbg !40

187:                                              ; preds = %187, %182
  %188 = phi ptr [ %184, %182 ], [ %189, %187 ], !dbg !40
  %189 = getelementptr inbounds %"class.std::unique_ptr", ptr %188, i64 -1, !dbg !40
  call void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %189) #8, !dbg !40
  %190 = icmp eq ptr %189, %183, !dbg !40
  br i1 %190, label %191, label %187, !dbg !40

191:                                              ; preds = %187
  %192 = load i32, ptr %1, align 4, !dbg !40
  ret i32 %192, !dbg !40

193:                                              ; preds = %186, %108
  %194 = getelementptr inbounds [4 x %"class.std::unique_ptr"], ptr %2, i32 0, i32 0, !dbg !40
  %195 = getelementptr inbounds %"class.std::unique_ptr", ptr %194, i64 4, !dbg !40
  br label %196, !dbg !40

196:                                              ; preds = %196, %193
  %197 = phi ptr [ %195, %193 ], [ %198, %196 ], !dbg !40
  %198 = getelementptr inbounds %"class.std::unique_ptr", ptr %197, i64 -1, !dbg !40
  call void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %198) #8, !dbg !40
  %199 = icmp eq ptr %198, %194, !dbg !40
  br i1 %199, label %200, label %196, !dbg !40

200:                                              ; preds = %196
  br label %201, !dbg !40

201:                                              ; preds = %200, %107
  %202 = load ptr, ptr %7, align 8, !dbg !13
  %203 = load i32, ptr %8, align 4, !dbg !13
  %204 = insertvalue { ptr, i32 } poison, ptr %202, 0, !dbg !13
  %205 = insertvalue { ptr, i32 } %204, i32 %203, 1, !dbg !13
  resume { ptr, i32 } %205, !dbg !13
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZSt11make_uniqueI4RectJidEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind noalias writable sret(%"class.std::unique_ptr.2") align 8 %0, ptr noundef nonnull align 4 dereferenceable(4) %1, ptr noundef nonnull align 8 dereferenceable(8) %2) #1 comdat personality ptr @__gxx_personality_v0 !dbg !73 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %9 = call noalias noundef nonnull ptr @_Znwm(i64 noundef 24) #9, !dbg !75
  %10 = load ptr, ptr %5, align 8, !dbg !76, !nonnull !12, !align !77
  %11 = load i32, ptr %10, align 4, !dbg !78
  %12 = sitofp i32 %11 to double, !dbg !78
  %13 = load ptr, ptr %6, align 8, !dbg !76, !nonnull !12, !align !27
  %14 = load double, ptr %13, align 8, !dbg !78
  invoke void @_ZN4RectC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %9, double noundef %12, double noundef %14)
          to label %15 unwind label %16, !dbg !79

15:                                               ; preds = %3
  call void @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EEC2IS2_vEEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %9) #8, !dbg !80
  ret void, !dbg !81

16:                                               ; preds = %3
  %17 = landingpad { ptr, i32 }
          cleanup, !dbg !82
  %18 = extractvalue { ptr, i32 } %17, 0, !dbg !82
  store ptr %18, ptr %7, align 8, !dbg !82
  %19 = extractvalue { ptr, i32 } %17, 1, !dbg !82
  store i32 %19, ptr %8, align 4, !dbg !82
  call void @_ZdlPvm(ptr noundef %9, i64 noundef 24) #10, !dbg !75
  br label %20, !dbg !75

20:                                               ; preds = %16
  %21 = load ptr, ptr %7, align 8, !dbg !75
  %22 = load i32, ptr %8, align 4, !dbg !75
  %23 = insertvalue { ptr, i32 } poison, ptr %21, 0, !dbg !75
  %24 = insertvalue { ptr, i32 } %23, i32 %22, 1, !dbg !75
  resume { ptr, i32 } %24, !dbg !75
}

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EEC2I4RectS1_IS5_EvEEOS_IT_T0_E(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !83 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::unique_ptr", ptr %5, i32 0, i32 0, !dbg !84
  %7 = load ptr, ptr %4, align 8, !dbg !85, !nonnull !12, !align !27
  %8 = call noundef ptr @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %7) #8, !dbg !86
  %9 = load ptr, ptr %4, align 8, !dbg !87, !nonnull !12, !align !27
  %10 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %9) #8, !dbg !88
  invoke void @_ZNSt15__uniq_ptr_dataI5ShapeSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EIS1_I4RectEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef %8, ptr noundef nonnull align 1 dereferenceable(1) %10)
          to label %11 unwind label %12, !dbg !84

11:                                               ; preds = %2
  ret void, !dbg !89

12:                                               ; preds = %2
  %13 = landingpad { ptr, i32 }
          catch ptr null, !dbg !84
  %14 = extractvalue { ptr, i32 } %13, 0, !dbg !84
  call void @__clang_call_terminate(ptr %14) #11, !dbg !84
  unreachable, !dbg !84
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZSt11make_uniqueI6SquareJdEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind noalias writable sret(%"class.std::unique_ptr.10") align 8 %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #1 comdat personality ptr @__gxx_personality_v0 !dbg !90 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = call noalias noundef nonnull ptr @_Znwm(i64 noundef 24) #9, !dbg !91
  %8 = load ptr, ptr %4, align 8, !dbg !92, !nonnull !12, !align !27
  %9 = load double, ptr %8, align 8, !dbg !93
  invoke void @_ZN6SquareC2Ed(ptr noundef nonnull align 8 dereferenceable(24) %7, double noundef %9)
          to label %10 unwind label %11, !dbg !94

10:                                               ; preds = %2
  call void @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EEC2IS2_vEEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %7) #8, !dbg !95
  ret void, !dbg !96

11:                                               ; preds = %2
  %12 = landingpad { ptr, i32 }
          cleanup, !dbg !97
  %13 = extractvalue { ptr, i32 } %12, 0, !dbg !97
  store ptr %13, ptr %5, align 8, !dbg !97
  %14 = extractvalue { ptr, i32 } %12, 1, !dbg !97
  store i32 %14, ptr %6, align 4, !dbg !97
  call void @_ZdlPvm(ptr noundef %7, i64 noundef 24) #10, !dbg !91
  br label %15, !dbg !91

15:                                               ; preds = %11
  %16 = load ptr, ptr %5, align 8, !dbg !91
  %17 = load i32, ptr %6, align 4, !dbg !91
  %18 = insertvalue { ptr, i32 } poison, ptr %16, 0, !dbg !91
  %19 = insertvalue { ptr, i32 } %18, i32 %17, 1, !dbg !91
  resume { ptr, i32 } %19, !dbg !91
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EEC2I6SquareS1_IS5_EvEEOS_IT_T0_E(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !98 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::unique_ptr", ptr %5, i32 0, i32 0, !dbg !99
  %7 = load ptr, ptr %4, align 8, !dbg !100, !nonnull !12, !align !27
  %8 = call noundef ptr @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %7) #8, !dbg !101
  %9 = load ptr, ptr %4, align 8, !dbg !102, !nonnull !12, !align !27
  %10 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %9) #8, !dbg !103
  invoke void @_ZNSt15__uniq_ptr_dataI5ShapeSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EIS1_I6SquareEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef %8, ptr noundef nonnull align 1 dereferenceable(1) %10)
          to label %11 unwind label %12, !dbg !99

11:                                               ; preds = %2
  ret void, !dbg !104

12:                                               ; preds = %2
  %13 = landingpad { ptr, i32 }
          catch ptr null, !dbg !99
  %14 = extractvalue { ptr, i32 } %13, 0, !dbg !99
  call void @__clang_call_terminate(ptr %14) #11, !dbg !99
  unreachable, !dbg !99
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZSt11make_uniqueI6CircleJdEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind noalias writable sret(%"class.std::unique_ptr.18") align 8 %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #1 comdat personality ptr @__gxx_personality_v0 !dbg !105 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = call noalias noundef nonnull ptr @_Znwm(i64 noundef 16) #9, !dbg !106
  %8 = load ptr, ptr %4, align 8, !dbg !107, !nonnull !12, !align !27
  %9 = load double, ptr %8, align 8, !dbg !108
  invoke void @_ZN6CircleC2Ed(ptr noundef nonnull align 8 dereferenceable(16) %7, double noundef %9)
          to label %10 unwind label %11, !dbg !109

10:                                               ; preds = %2
  call void @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EEC2IS2_vEEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %7) #8, !dbg !110
  ret void, !dbg !111

11:                                               ; preds = %2
  %12 = landingpad { ptr, i32 }
          cleanup, !dbg !112
  %13 = extractvalue { ptr, i32 } %12, 0, !dbg !112
  store ptr %13, ptr %5, align 8, !dbg !112
  %14 = extractvalue { ptr, i32 } %12, 1, !dbg !112
  store i32 %14, ptr %6, align 4, !dbg !112
  call void @_ZdlPvm(ptr noundef %7, i64 noundef 16) #10, !dbg !106
  br label %15, !dbg !106

15:                                               ; preds = %11
  %16 = load ptr, ptr %5, align 8, !dbg !106
  %17 = load i32, ptr %6, align 4, !dbg !106
  %18 = insertvalue { ptr, i32 } poison, ptr %16, 0, !dbg !106
  %19 = insertvalue { ptr, i32 } %18, i32 %17, 1, !dbg !106
  resume { ptr, i32 } %19, !dbg !106
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EEC2I6CircleS1_IS5_EvEEOS_IT_T0_E(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !113 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::unique_ptr", ptr %5, i32 0, i32 0, !dbg !114
  %7 = load ptr, ptr %4, align 8, !dbg !115, !nonnull !12, !align !27
  %8 = call noundef ptr @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %7) #8, !dbg !116
  %9 = load ptr, ptr %4, align 8, !dbg !117, !nonnull !12, !align !27
  %10 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %9) #8, !dbg !118
  invoke void @_ZNSt15__uniq_ptr_dataI5ShapeSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EIS1_I6CircleEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef %8, ptr noundef nonnull align 1 dereferenceable(1) %10)
          to label %11 unwind label %12, !dbg !114

11:                                               ; preds = %2
  ret void, !dbg !119

12:                                               ; preds = %2
  %13 = landingpad { ptr, i32 }
          catch ptr null, !dbg !114
  %14 = extractvalue { ptr, i32 } %13, 0, !dbg !114
  call void @__clang_call_terminate(ptr %14) #11, !dbg !114
  unreachable, !dbg !114
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZSt11make_uniqueI4RectJddEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind noalias writable sret(%"class.std::unique_ptr.2") align 8 %0, ptr noundef nonnull align 8 dereferenceable(8) %1, ptr noundef nonnull align 8 dereferenceable(8) %2) #1 comdat personality ptr @__gxx_personality_v0 !dbg !120 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %9 = call noalias noundef nonnull ptr @_Znwm(i64 noundef 24) #9, !dbg !121
  %10 = load ptr, ptr %5, align 8, !dbg !122, !nonnull !12, !align !27
  %11 = load double, ptr %10, align 8, !dbg !123
  %12 = load ptr, ptr %6, align 8, !dbg !122, !nonnull !12, !align !27
  %13 = load double, ptr %12, align 8, !dbg !123
  invoke void @_ZN4RectC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %9, double noundef %11, double noundef %13)
          to label %14 unwind label %15, !dbg !124

14:                                               ; preds = %3
  call void @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EEC2IS2_vEEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %9) #8, !dbg !125
  ret void, !dbg !126

15:                                               ; preds = %3
  %16 = landingpad { ptr, i32 }
          cleanup, !dbg !127
  %17 = extractvalue { ptr, i32 } %16, 0, !dbg !127
  store ptr %17, ptr %7, align 8, !dbg !127
  %18 = extractvalue { ptr, i32 } %16, 1, !dbg !127
  store i32 %18, ptr %8, align 4, !dbg !127
  call void @_ZdlPvm(ptr noundef %9, i64 noundef 24) #10, !dbg !121
  br label %19, !dbg !121

19:                                               ; preds = %15
  %20 = load ptr, ptr %7, align 8, !dbg !121
  %21 = load i32, ptr %8, align 4, !dbg !121
  %22 = insertvalue { ptr, i32 } poison, ptr %20, 0, !dbg !121
  %23 = insertvalue { ptr, i32 } %22, i32 %21, 1, !dbg !121
  resume { ptr, i32 } %23, !dbg !121
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !128 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  %5 = getelementptr inbounds nuw %"class.std::unique_ptr.2", ptr %4, i32 0, i32 0, !dbg !129
  %6 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #8, !dbg !130
  store ptr %6, ptr %3, align 8, !dbg !131
  %7 = load ptr, ptr %3, align 8, !dbg !132, !nonnull !12, !align !27
  %8 = load ptr, ptr %7, align 8, !dbg !132
  %9 = icmp ne ptr %8, null, !dbg !133
  br i1 %9, label %10, label %15, !dbg !133

10:                                               ; preds = %1
  %11 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !134
  %12 = load ptr, ptr %3, align 8, !dbg !135, !nonnull !12, !align !27
  %13 = load ptr, ptr %12, align 8, !dbg !136
  invoke void @_ZNKSt14default_deleteI4RectEclEPS0_(ptr noundef nonnull align 1 dereferenceable(1) %11, ptr noundef %13)
          to label %14 unwind label %17, !dbg !134

14:                                               ; preds = %10
  br label %15, !dbg !134

15:                                               ; preds = %14, %1
  %16 = load ptr, ptr %3, align 8, !dbg !137, !nonnull !12, !align !27
  store ptr null, ptr %16, align 8, !dbg !138
  ret void, !dbg !139

17:                                               ; preds = %10
  %18 = landingpad { ptr, i32 }
          catch ptr null, !dbg !134
  %19 = extractvalue { ptr, i32 } %18, 0, !dbg !134
  call void @__clang_call_terminate(ptr %19) #11, !dbg !134
  unreachable, !dbg !134
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !140 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  %5 = getelementptr inbounds nuw %"class.std::unique_ptr.18", ptr %4, i32 0, i32 0, !dbg !141
  %6 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #8, !dbg !142
  store ptr %6, ptr %3, align 8, !dbg !143
  %7 = load ptr, ptr %3, align 8, !dbg !144, !nonnull !12, !align !27
  %8 = load ptr, ptr %7, align 8, !dbg !144
  %9 = icmp ne ptr %8, null, !dbg !145
  br i1 %9, label %10, label %15, !dbg !145

10:                                               ; preds = %1
  %11 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !146
  %12 = load ptr, ptr %3, align 8, !dbg !147, !nonnull !12, !align !27
  %13 = load ptr, ptr %12, align 8, !dbg !148
  invoke void @_ZNKSt14default_deleteI6CircleEclEPS0_(ptr noundef nonnull align 1 dereferenceable(1) %11, ptr noundef %13)
          to label %14 unwind label %17, !dbg !146

14:                                               ; preds = %10
  br label %15, !dbg !146

15:                                               ; preds = %14, %1
  %16 = load ptr, ptr %3, align 8, !dbg !149, !nonnull !12, !align !27
  store ptr null, ptr %16, align 8, !dbg !150
  ret void, !dbg !151

17:                                               ; preds = %10
  %18 = landingpad { ptr, i32 }
          catch ptr null, !dbg !146
  %19 = extractvalue { ptr, i32 } %18, 0, !dbg !146
  call void @__clang_call_terminate(ptr %19) #11, !dbg !146
  unreachable, !dbg !146
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !152 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  %5 = getelementptr inbounds nuw %"class.std::unique_ptr.10", ptr %4, i32 0, i32 0, !dbg !153
  %6 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #8, !dbg !154
  store ptr %6, ptr %3, align 8, !dbg !155
  %7 = load ptr, ptr %3, align 8, !dbg !156, !nonnull !12, !align !27
  %8 = load ptr, ptr %7, align 8, !dbg !156
  %9 = icmp ne ptr %8, null, !dbg !157
  br i1 %9, label %10, label %15, !dbg !157

10:                                               ; preds = %1
  %11 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !158
  %12 = load ptr, ptr %3, align 8, !dbg !159, !nonnull !12, !align !27
  %13 = load ptr, ptr %12, align 8, !dbg !160
  invoke void @_ZNKSt14default_deleteI6SquareEclEPS0_(ptr noundef nonnull align 1 dereferenceable(1) %11, ptr noundef %13)
          to label %14 unwind label %17, !dbg !158

14:                                               ; preds = %10
  br label %15, !dbg !158

15:                                               ; preds = %14, %1
  %16 = load ptr, ptr %3, align 8, !dbg !161, !nonnull !12, !align !27
  store ptr null, ptr %16, align 8, !dbg !162
  ret void, !dbg !163

17:                                               ; preds = %10
  %18 = landingpad { ptr, i32 }
          catch ptr null, !dbg !158
  %19 = extractvalue { ptr, i32 } %18, 0, !dbg !158
  call void @__clang_call_terminate(ptr %19) #11, !dbg !158
  unreachable, !dbg !158
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !164 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  %5 = getelementptr inbounds nuw %"class.std::unique_ptr", ptr %4, i32 0, i32 0, !dbg !165
  %6 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #8, !dbg !166
  store ptr %6, ptr %3, align 8, !dbg !167
  %7 = load ptr, ptr %3, align 8, !dbg !168, !nonnull !12, !align !27
  %8 = load ptr, ptr %7, align 8, !dbg !168
  %9 = icmp ne ptr %8, null, !dbg !169
  br i1 %9, label %10, label %15, !dbg !169

10:                                               ; preds = %1
  %11 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !170
  %12 = load ptr, ptr %3, align 8, !dbg !171, !nonnull !12, !align !27
  %13 = load ptr, ptr %12, align 8, !dbg !172
  invoke void @_ZNKSt14default_deleteI5ShapeEclEPS0_(ptr noundef nonnull align 1 dereferenceable(1) %11, ptr noundef %13)
          to label %14 unwind label %17, !dbg !170

14:                                               ; preds = %10
  br label %15, !dbg !170

15:                                               ; preds = %14, %1
  %16 = load ptr, ptr %3, align 8, !dbg !173, !nonnull !12, !align !27
  store ptr null, ptr %16, align 8, !dbg !174
  ret void, !dbg !175

17:                                               ; preds = %10
  %18 = landingpad { ptr, i32 }
          catch ptr null, !dbg !170
  %19 = extractvalue { ptr, i32 } %18, 0, !dbg !170
  call void @__clang_call_terminate(ptr %19) #11, !dbg !170
  unreachable, !dbg !170
}

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNKSt10unique_ptrI5ShapeSt14default_deleteIS0_EEptEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !176 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef ptr @_ZNKSt10unique_ptrI5ShapeSt14default_deleteIS0_EE3getEv(ptr noundef nonnull align 8 dereferenceable(8) %3) #8, !dbg !177
  ret ptr %4, !dbg !178
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN3VecC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %0, double noundef %1, double noundef %2) unnamed_addr #2 comdat align 2 !dbg !179 {
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store ptr %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  store double %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  call void @_ZN9PrintableC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %7) #8, !dbg !180
  store ptr getelementptr inbounds inrange(-16, 24) ({ [5 x ptr] }, ptr @_ZTV3Vec, i32 0, i32 0, i32 2), ptr %7, align 8, !dbg !181
  %8 = getelementptr inbounds nuw %struct.Vec, ptr %7, i32 0, i32 1, !dbg !182
  %9 = load double, ptr %5, align 8, !dbg !183
  store double %9, ptr %8, align 8, !dbg !182
  %10 = getelementptr inbounds nuw %struct.Vec, ptr %7, i32 0, i32 2, !dbg !184
  %11 = load double, ptr %6, align 8, !dbg !185
  store double %11, ptr %10, align 8, !dbg !184
  ret void, !dbg !186
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNK3VecmlEd(ptr dead_on_unwind noalias writable sret(%struct.Vec) align 8 %0, ptr noundef nonnull align 8 dereferenceable(24) %1, double noundef %2) #1 comdat align 2 !dbg !187 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca double, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store double %2, ptr %6, align 8
  %7 = load ptr, ptr %5, align 8
  %8 = getelementptr inbounds nuw %struct.Vec, ptr %7, i32 0, i32 1, !dbg !188
  %9 = load double, ptr %8, align 8, !dbg !188
  %10 = load double, ptr %6, align 8, !dbg !189
  %11 = fmul double %9, %10, !dbg !190
  %12 = getelementptr inbounds nuw %struct.Vec, ptr %7, i32 0, i32 2, !dbg !191
  %13 = load double, ptr %12, align 8, !dbg !191
  %14 = load double, ptr %6, align 8, !dbg !192
  %15 = fmul double %13, %14, !dbg !193
  call void @_ZN3VecC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %0, double noundef %11, double noundef %15), !dbg !194
  ret void, !dbg !195
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(24) ptr @_ZN3VecpLERKS_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 8 dereferenceable(24) %1) #2 comdat align 2 !dbg !196 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !197, !nonnull !12, !align !27
  %7 = getelementptr inbounds nuw %struct.Vec, ptr %6, i32 0, i32 1, !dbg !198
  %8 = load double, ptr %7, align 8, !dbg !198
  %9 = getelementptr inbounds nuw %struct.Vec, ptr %5, i32 0, i32 1, !dbg !199
  %10 = load double, ptr %9, align 8, !dbg !200
  %11 = fadd double %10, %8, !dbg !200
  store double %11, ptr %9, align 8, !dbg !200
  %12 = load ptr, ptr %4, align 8, !dbg !201, !nonnull !12, !align !27
  %13 = getelementptr inbounds nuw %struct.Vec, ptr %12, i32 0, i32 2, !dbg !202
  %14 = load double, ptr %13, align 8, !dbg !202
  %15 = getelementptr inbounds nuw %struct.Vec, ptr %5, i32 0, i32 2, !dbg !203
  %16 = load double, ptr %15, align 8, !dbg !204
  %17 = fadd double %16, %14, !dbg !204
  store double %17, ptr %15, align 8, !dbg !204
  ret ptr %5, !dbg !205
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN3VecD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #2 comdat align 2 !dbg !206 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZN9PrintableD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3) #8, !dbg !207
  ret void, !dbg !207
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNK3VecplERKS_(ptr dead_on_unwind noalias writable sret(%struct.Vec) align 8 %0, ptr noundef nonnull align 8 dereferenceable(24) %1, ptr noundef nonnull align 8 dereferenceable(24) %2) #1 comdat align 2 !dbg !208 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %5, align 8
  %8 = getelementptr inbounds nuw %struct.Vec, ptr %7, i32 0, i32 1, !dbg !209
  %9 = load double, ptr %8, align 8, !dbg !209
  %10 = load ptr, ptr %6, align 8, !dbg !210, !nonnull !12, !align !27
  %11 = getelementptr inbounds nuw %struct.Vec, ptr %10, i32 0, i32 1, !dbg !211
  %12 = load double, ptr %11, align 8, !dbg !211
  %13 = fadd double %9, %12, !dbg !212
  %14 = getelementptr inbounds nuw %struct.Vec, ptr %7, i32 0, i32 2, !dbg !213
  %15 = load double, ptr %14, align 8, !dbg !213
  %16 = load ptr, ptr %6, align 8, !dbg !214, !nonnull !12, !align !27
  %17 = getelementptr inbounds nuw %struct.Vec, ptr %16, i32 0, i32 2, !dbg !215
  %18 = load double, ptr %17, align 8, !dbg !215
  %19 = fadd double %15, %18, !dbg !216
  call void @_ZN3VecC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %0, double noundef %13, double noundef %19), !dbg !217
  ret void, !dbg !218
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef zeroext i1 @_ZNK3VeceqERKS_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 8 dereferenceable(24) %1) #2 comdat align 2 !dbg !219 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %struct.Vec, ptr %5, i32 0, i32 1, !dbg !220
  %7 = load double, ptr %6, align 8, !dbg !220
  %8 = load ptr, ptr %4, align 8, !dbg !221, !nonnull !12, !align !27
  %9 = getelementptr inbounds nuw %struct.Vec, ptr %8, i32 0, i32 1, !dbg !222
  %10 = load double, ptr %9, align 8, !dbg !222
  %11 = fcmp oeq double %7, %10, !dbg !223
  br i1 %11, label %12, label %19, !dbg !224

12:                                               ; preds = %2
  %13 = getelementptr inbounds nuw %struct.Vec, ptr %5, i32 0, i32 2, !dbg !225
  %14 = load double, ptr %13, align 8, !dbg !225
  %15 = load ptr, ptr %4, align 8, !dbg !226, !nonnull !12, !align !27
  %16 = getelementptr inbounds nuw %struct.Vec, ptr %15, i32 0, i32 2, !dbg !227
  %17 = load double, ptr %16, align 8, !dbg !227
  %18 = fcmp oeq double %14, %17, !dbg !228
  br label %19

19:                                               ; preds = %12, %2
  %20 = phi i1 [ false, %2 ], [ %18, %12 ], !dbg !229
  ret i1 %20, !dbg !230
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN7CounterC2Ev(ptr noundef nonnull align 4 dereferenceable(4) %0) unnamed_addr #2 comdat align 2 !dbg !231 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %class.Counter, ptr %3, i32 0, i32 0, !dbg !232
  store i32 0, ptr %4, align 4, !dbg !232
  ret void, !dbg !233
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 4 dereferenceable(4) ptr @_ZN7Counter3incEv(ptr noundef nonnull align 4 dereferenceable(4) %0) #2 comdat align 2 !dbg !234 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %class.Counter, ptr %3, i32 0, i32 0, !dbg !235
  %5 = load i32, ptr %4, align 4, !dbg !236
  %6 = add nsw i32 %5, 1, !dbg !236
  store i32 %6, ptr %4, align 4, !dbg !236
  ret ptr %3, !dbg !237
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i32 @_ZNK7Counter3getEv(ptr noundef nonnull align 4 dereferenceable(4) %0) #2 comdat align 2 !dbg !238 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %class.Counter, ptr %3, i32 0, i32 0, !dbg !239
  %5 = load i32, ptr %4, align 4, !dbg !239
  ret i32 %5, !dbg !240
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EE5resetEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) #2 comdat align 2 !dbg !241 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::unique_ptr", ptr %5, i32 0, i32 0, !dbg !242
  %7 = load ptr, ptr %4, align 8, !dbg !243
  call void @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE5resetEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef %7) #8, !dbg !244
  ret void, !dbg !245
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN9PrintableC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #2 comdat align 2 !dbg !246 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  store ptr getelementptr inbounds inrange(-16, 24) ({ [5 x ptr] }, ptr @_ZTV9Printable, i32 0, i32 0, i32 2), ptr %3, align 8, !dbg !247
  ret void, !dbg !247
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNK3Vec5printEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #1 comdat align 2 !dbg !248 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %struct.Vec, ptr %3, i32 0, i32 1, !dbg !249
  %5 = load double, ptr %4, align 8, !dbg !249
  %6 = getelementptr inbounds nuw %struct.Vec, ptr %3, i32 0, i32 2, !dbg !250
  %7 = load double, ptr %6, align 8, !dbg !250
  %8 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %5, double noundef %7), !dbg !251
  ret void, !dbg !252
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN3VecD0Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #2 comdat align 2 !dbg !253 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZN3VecD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %3) #8, !dbg !254
  call void @_ZdlPvm(ptr noundef %3, i64 noundef 24) #10, !dbg !254
  ret void, !dbg !254
}

declare void @__cxa_pure_virtual() unnamed_addr

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN9PrintableD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #2 comdat align 2 !dbg !255 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !256
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN9PrintableD0Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #2 comdat align 2 !dbg !257 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @llvm.trap() #11, !dbg !258
  unreachable, !dbg !258
}

; Function Attrs: cold noreturn nounwind memory(inaccessiblemem: write)
declare void @llvm.trap() #4

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) #5

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) #6

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN4RectC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %0, double noundef %1, double noundef %2) unnamed_addr #2 comdat align 2 !dbg !259 {
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store ptr %0, ptr %4, align 8
  store double %1, ptr %5, align 8
  store double %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  call void @_ZN5ShapeC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %7) #8, !dbg !260
  store ptr getelementptr inbounds inrange(-16, 32) ({ [6 x ptr] }, ptr @_ZTV4Rect, i32 0, i32 0, i32 2), ptr %7, align 8, !dbg !261
  %8 = getelementptr inbounds nuw %struct.Rect, ptr %7, i32 0, i32 1, !dbg !262
  %9 = load double, ptr %5, align 8, !dbg !263
  store double %9, ptr %8, align 8, !dbg !262
  %10 = getelementptr inbounds nuw %struct.Rect, ptr %7, i32 0, i32 2, !dbg !264
  %11 = load double, ptr %6, align 8, !dbg !265
  store double %11, ptr %10, align 8, !dbg !264
  ret void, !dbg !266
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EEC2IS2_vEEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !267 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::unique_ptr.2", ptr %5, i32 0, i32 0, !dbg !268
  %7 = load ptr, ptr %4, align 8, !dbg !269
  invoke void @_ZNSt15__uniq_ptr_dataI4RectSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef %7)
          to label %8 unwind label %9, !dbg !268

8:                                                ; preds = %2
  ret void, !dbg !270

9:                                                ; preds = %2
  %10 = landingpad { ptr, i32 }
          catch ptr null, !dbg !268
  %11 = extractvalue { ptr, i32 } %10, 0, !dbg !268
  call void @__clang_call_terminate(ptr %11) #11, !dbg !268
  unreachable, !dbg !268
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN5ShapeC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #2 comdat align 2 !dbg !271 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  store ptr getelementptr inbounds inrange(-16, 32) ({ [6 x ptr] }, ptr @_ZTV5Shape, i32 0, i32 0, i32 2), ptr %3, align 8, !dbg !272
  ret void, !dbg !272
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN4RectD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #2 comdat align 2 !dbg !273 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZN5ShapeD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3) #8, !dbg !274
  ret void, !dbg !274
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN4RectD0Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #2 comdat align 2 !dbg !275 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZN4RectD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %3) #8, !dbg !276
  call void @_ZdlPvm(ptr noundef %3, i64 noundef 24) #10, !dbg !276
  ret void, !dbg !276
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef double @_ZNK4Rect4areaEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #2 comdat align 2 !dbg !277 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %struct.Rect, ptr %3, i32 0, i32 1, !dbg !278
  %5 = load double, ptr %4, align 8, !dbg !278
  %6 = getelementptr inbounds nuw %struct.Rect, ptr %3, i32 0, i32 2, !dbg !279
  %7 = load double, ptr %6, align 8, !dbg !279
  %8 = fmul double %5, %7, !dbg !280
  ret double %8, !dbg !281
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNK4Rect4nameEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #2 comdat align 2 !dbg !282 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret ptr @.str.7, !dbg !283
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN5ShapeD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #2 comdat align 2 !dbg !284 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  store ptr getelementptr inbounds inrange(-16, 32) ({ [6 x ptr] }, ptr @_ZTV5Shape, i32 0, i32 0, i32 2), ptr %3, align 8, !dbg !285
  %4 = load i32, ptr @_ZN5Shape9destroyedE, align 4, !dbg !286
  %5 = add nsw i32 %4, 1, !dbg !286
  store i32 %5, ptr @_ZN5Shape9destroyedE, align 4, !dbg !286
  ret void, !dbg !287
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN5ShapeD0Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #2 comdat align 2 !dbg !288 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @llvm.trap() #11, !dbg !289
  unreachable, !dbg !289
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNK5Shape4nameEv(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #2 comdat align 2 !dbg !290 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret ptr @.str.6, !dbg !291
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_dataI4RectSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #1 comdat align 2 !dbg !292 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !293
  call void @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EEC2EPS0_(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef %6), !dbg !293
  ret void, !dbg !293
}

; Function Attrs: noinline noreturn nounwind sspstrong uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) #7 comdat {
  %2 = call ptr @__cxa_begin_catch(ptr %0) #8
  call void @_ZSt9terminatev() #11
  unreachable
}

declare ptr @__cxa_begin_catch(ptr)

declare void @_ZSt9terminatev()

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EEC2EPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #2 comdat align 2 !dbg !294 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl.4", ptr %5, i32 0, i32 0, !dbg !295
  call void @_ZNSt5tupleIJP4RectSt14default_deleteIS0_EEEC2ILb1ETnNSt9enable_ifIXclsr17_TupleConstraintsIXT_ES1_S3_EE37__is_implicitly_default_constructibleEEbE4typeELb1EEEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #8, !dbg !295
  %7 = load ptr, ptr %4, align 8, !dbg !296
  %8 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #8, !dbg !297
  store ptr %7, ptr %8, align 8, !dbg !298
  ret void, !dbg !299
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt5tupleIJP4RectSt14default_deleteIS0_EEEC2ILb1ETnNSt9enable_ifIXclsr17_TupleConstraintsIXT_ES1_S3_EE37__is_implicitly_default_constructibleEEbE4typeELb1EEEv(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !300 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  invoke void @_ZNSt11_Tuple_implILm0EJP4RectSt14default_deleteIS0_EEEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3)
          to label %4 unwind label %5, !dbg !302

4:                                                ; preds = %1
  ret void, !dbg !303

5:                                                ; preds = %1
  %6 = landingpad { ptr, i32 }
          catch ptr null, !dbg !302
  %7 = extractvalue { ptr, i32 } %6, 0, !dbg !302
  call void @__clang_call_terminate(ptr %7) #11, !dbg !302
  unreachable, !dbg !302
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !304 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl.4", ptr %3, i32 0, i32 0, !dbg !305
  %5 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP4RectSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !306
  ret ptr %5, !dbg !307
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm0EJP4RectSt14default_deleteIS0_EEEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #1 comdat align 2 !dbg !308 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI4RectEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3), !dbg !309
  call void @_ZNSt10_Head_baseILm0EP4RectLb0EEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3), !dbg !310
  ret void, !dbg !311
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI4RectEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !312 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt10_Head_baseILm1ESt14default_deleteI4RectELb1EEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3), !dbg !313
  ret void, !dbg !314
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm0EP4RectLb0EEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #2 comdat align 2 !dbg !315 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Head_base.9", ptr %3, i32 0, i32 0, !dbg !316
  store ptr null, ptr %4, align 8, !dbg !316
  ret void, !dbg !317
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm1ESt14default_deleteI4RectELb1EEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #2 comdat align 2 !dbg !318 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !319
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP4RectSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat !dbg !320 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !321, !nonnull !12, !align !27
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP4RectJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %3) #8, !dbg !322
  ret ptr %4, !dbg !323
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP4RectJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat !dbg !324 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !325, !nonnull !12, !align !27
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP4RectSt14default_deleteIS0_EEE7_M_headERS4_(ptr noundef nonnull align 8 dereferenceable(8) %3) #8, !dbg !326
  ret ptr %4, !dbg !327
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP4RectSt14default_deleteIS0_EEE7_M_headERS4_(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !328 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !329, !nonnull !12, !align !27
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP4RectLb0EE7_M_headERS2_(ptr noundef nonnull align 8 dereferenceable(8) %3) #8, !dbg !330
  ret ptr %4, !dbg !331
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP4RectLb0EE7_M_headERS2_(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !332 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !333, !nonnull !12, !align !27
  %4 = getelementptr inbounds nuw %"struct.std::_Head_base.9", ptr %3, i32 0, i32 0, !dbg !334
  ret ptr %4, !dbg !335
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !336 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::unique_ptr.2", ptr %3, i32 0, i32 0, !dbg !337
  %5 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE10_M_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !338
  ret ptr %5, !dbg !339
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNKSt14default_deleteI4RectEclEPS0_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1) #2 comdat align 2 !dbg !340 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !341
  %7 = icmp eq ptr %6, null, !dbg !342
  br i1 %7, label %12, label %8, !dbg !342

8:                                                ; preds = %2
  %9 = load ptr, ptr %6, align 8, !dbg !342
  %10 = getelementptr inbounds ptr, ptr %9, i64 1, !dbg !342
  %11 = load ptr, ptr %10, align 8, !dbg !342
  call void %11(ptr noundef nonnull align 8 dereferenceable(24) %6) #8, !dbg !342
  br label %12, !dbg !342

12:                                               ; preds = %8, %2
  ret void, !dbg !343
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE10_M_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !344 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl.4", ptr %3, i32 0, i32 0, !dbg !345
  %5 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZSt3getILm1EJP4RectSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !346
  ret ptr %5, !dbg !347
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZSt3getILm1EJP4RectSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat !dbg !348 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !349, !nonnull !12, !align !27
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZSt12__get_helperILm1ESt14default_deleteI4RectEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE(ptr noundef nonnull align 1 dereferenceable(1) %3) #8, !dbg !350
  ret ptr %4, !dbg !351
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZSt12__get_helperILm1ESt14default_deleteI4RectEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE(ptr noundef nonnull align 1 dereferenceable(1) %0) #2 comdat !dbg !352 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !353, !nonnull !12
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt11_Tuple_implILm1EJSt14default_deleteI4RectEEE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %3) #8, !dbg !354
  ret ptr %4, !dbg !355
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt11_Tuple_implILm1EJSt14default_deleteI4RectEEE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %0) #2 comdat align 2 !dbg !356 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !357, !nonnull !12
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10_Head_baseILm1ESt14default_deleteI4RectELb1EE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %3) #8, !dbg !358
  ret ptr %4, !dbg !359
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10_Head_baseILm1ESt14default_deleteI4RectELb1EE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %0) #2 comdat align 2 !dbg !360 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !361, !nonnull !12
  ret ptr %3, !dbg !362
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN6SquareC2Ed(ptr noundef nonnull align 8 dereferenceable(24) %0, double noundef %1) unnamed_addr #2 comdat align 2 !dbg !363 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load double, ptr %4, align 8, !dbg !364
  %7 = load double, ptr %4, align 8, !dbg !365
  call void @_ZN4RectC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %5, double noundef %6, double noundef %7), !dbg !366
  store ptr getelementptr inbounds inrange(-16, 32) ({ [6 x ptr] }, ptr @_ZTV6Square, i32 0, i32 0, i32 2), ptr %5, align 8, !dbg !367
  ret void, !dbg !368
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EEC2IS2_vEEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !369 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::unique_ptr.10", ptr %5, i32 0, i32 0, !dbg !370
  %7 = load ptr, ptr %4, align 8, !dbg !371
  invoke void @_ZNSt15__uniq_ptr_dataI6SquareSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef %7)
          to label %8 unwind label %9, !dbg !370

8:                                                ; preds = %2
  ret void, !dbg !372

9:                                                ; preds = %2
  %10 = landingpad { ptr, i32 }
          catch ptr null, !dbg !370
  %11 = extractvalue { ptr, i32 } %10, 0, !dbg !370
  call void @__clang_call_terminate(ptr %11) #11, !dbg !370
  unreachable, !dbg !370
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN6SquareD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #2 comdat align 2 !dbg !373 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZN4RectD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %3) #8, !dbg !374
  ret void, !dbg !374
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN6SquareD0Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #2 comdat align 2 !dbg !375 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZN6SquareD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %3) #8, !dbg !376
  call void @_ZdlPvm(ptr noundef %3, i64 noundef 24) #10, !dbg !376
  ret void, !dbg !376
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNK6Square4nameEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #2 comdat align 2 !dbg !377 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret ptr @.str.8, !dbg !378
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_dataI6SquareSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #1 comdat align 2 !dbg !379 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !380
  call void @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EEC2EPS0_(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef %6), !dbg !380
  ret void, !dbg !380
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EEC2EPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #2 comdat align 2 !dbg !381 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl.12", ptr %5, i32 0, i32 0, !dbg !382
  call void @_ZNSt5tupleIJP6SquareSt14default_deleteIS0_EEEC2ILb1ETnNSt9enable_ifIXclsr17_TupleConstraintsIXT_ES1_S3_EE37__is_implicitly_default_constructibleEEbE4typeELb1EEEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #8, !dbg !382
  %7 = load ptr, ptr %4, align 8, !dbg !383
  %8 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #8, !dbg !384
  store ptr %7, ptr %8, align 8, !dbg !385
  ret void, !dbg !386
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt5tupleIJP6SquareSt14default_deleteIS0_EEEC2ILb1ETnNSt9enable_ifIXclsr17_TupleConstraintsIXT_ES1_S3_EE37__is_implicitly_default_constructibleEEbE4typeELb1EEEv(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !387 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  invoke void @_ZNSt11_Tuple_implILm0EJP6SquareSt14default_deleteIS0_EEEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3)
          to label %4 unwind label %5, !dbg !388

4:                                                ; preds = %1
  ret void, !dbg !389

5:                                                ; preds = %1
  %6 = landingpad { ptr, i32 }
          catch ptr null, !dbg !388
  %7 = extractvalue { ptr, i32 } %6, 0, !dbg !388
  call void @__clang_call_terminate(ptr %7) #11, !dbg !388
  unreachable, !dbg !388
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !390 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl.12", ptr %3, i32 0, i32 0, !dbg !391
  %5 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP6SquareSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !392
  ret ptr %5, !dbg !393
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm0EJP6SquareSt14default_deleteIS0_EEEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #1 comdat align 2 !dbg !394 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI6SquareEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3), !dbg !395
  call void @_ZNSt10_Head_baseILm0EP6SquareLb0EEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3), !dbg !396
  ret void, !dbg !397
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI6SquareEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !398 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt10_Head_baseILm1ESt14default_deleteI6SquareELb1EEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3), !dbg !399
  ret void, !dbg !400
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm0EP6SquareLb0EEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #2 comdat align 2 !dbg !401 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Head_base.17", ptr %3, i32 0, i32 0, !dbg !402
  store ptr null, ptr %4, align 8, !dbg !402
  ret void, !dbg !403
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm1ESt14default_deleteI6SquareELb1EEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #2 comdat align 2 !dbg !404 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !405
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP6SquareSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat !dbg !406 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !407, !nonnull !12, !align !27
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP6SquareJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %3) #8, !dbg !408
  ret ptr %4, !dbg !409
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP6SquareJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat !dbg !410 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !411, !nonnull !12, !align !27
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP6SquareSt14default_deleteIS0_EEE7_M_headERS4_(ptr noundef nonnull align 8 dereferenceable(8) %3) #8, !dbg !412
  ret ptr %4, !dbg !413
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP6SquareSt14default_deleteIS0_EEE7_M_headERS4_(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !414 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !415, !nonnull !12, !align !27
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP6SquareLb0EE7_M_headERS2_(ptr noundef nonnull align 8 dereferenceable(8) %3) #8, !dbg !416
  ret ptr %4, !dbg !417
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP6SquareLb0EE7_M_headERS2_(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !418 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !419, !nonnull !12, !align !27
  %4 = getelementptr inbounds nuw %"struct.std::_Head_base.17", ptr %3, i32 0, i32 0, !dbg !420
  ret ptr %4, !dbg !421
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !422 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::unique_ptr.10", ptr %3, i32 0, i32 0, !dbg !423
  %5 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE10_M_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !424
  ret ptr %5, !dbg !425
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNKSt14default_deleteI6SquareEclEPS0_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1) #2 comdat align 2 !dbg !426 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !427
  %7 = icmp eq ptr %6, null, !dbg !428
  br i1 %7, label %12, label %8, !dbg !428

8:                                                ; preds = %2
  %9 = load ptr, ptr %6, align 8, !dbg !428
  %10 = getelementptr inbounds ptr, ptr %9, i64 1, !dbg !428
  %11 = load ptr, ptr %10, align 8, !dbg !428
  call void %11(ptr noundef nonnull align 8 dereferenceable(24) %6) #8, !dbg !428
  br label %12, !dbg !428

12:                                               ; preds = %8, %2
  ret void, !dbg !429
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE10_M_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !430 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl.12", ptr %3, i32 0, i32 0, !dbg !431
  %5 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZSt3getILm1EJP6SquareSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !432
  ret ptr %5, !dbg !433
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZSt3getILm1EJP6SquareSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat !dbg !434 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !435, !nonnull !12, !align !27
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZSt12__get_helperILm1ESt14default_deleteI6SquareEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE(ptr noundef nonnull align 1 dereferenceable(1) %3) #8, !dbg !436
  ret ptr %4, !dbg !437
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZSt12__get_helperILm1ESt14default_deleteI6SquareEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE(ptr noundef nonnull align 1 dereferenceable(1) %0) #2 comdat !dbg !438 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !439, !nonnull !12
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt11_Tuple_implILm1EJSt14default_deleteI6SquareEEE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %3) #8, !dbg !440
  ret ptr %4, !dbg !441
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt11_Tuple_implILm1EJSt14default_deleteI6SquareEEE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %0) #2 comdat align 2 !dbg !442 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !443, !nonnull !12
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10_Head_baseILm1ESt14default_deleteI6SquareELb1EE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %3) #8, !dbg !444
  ret ptr %4, !dbg !445
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10_Head_baseILm1ESt14default_deleteI6SquareELb1EE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %0) #2 comdat align 2 !dbg !446 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !447, !nonnull !12
  ret ptr %3, !dbg !448
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN6CircleC2Ed(ptr noundef nonnull align 8 dereferenceable(16) %0, double noundef %1) unnamed_addr #2 comdat align 2 !dbg !449 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  call void @_ZN5ShapeC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %5) #8, !dbg !450
  store ptr getelementptr inbounds inrange(-16, 32) ({ [6 x ptr] }, ptr @_ZTV6Circle, i32 0, i32 0, i32 2), ptr %5, align 8, !dbg !451
  %6 = getelementptr inbounds nuw %struct.Circle, ptr %5, i32 0, i32 1, !dbg !452
  %7 = load double, ptr %4, align 8, !dbg !453
  store double %7, ptr %6, align 8, !dbg !452
  ret void, !dbg !454
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EEC2IS2_vEEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !455 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::unique_ptr.18", ptr %5, i32 0, i32 0, !dbg !456
  %7 = load ptr, ptr %4, align 8, !dbg !457
  invoke void @_ZNSt15__uniq_ptr_dataI6CircleSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef %7)
          to label %8 unwind label %9, !dbg !456

8:                                                ; preds = %2
  ret void, !dbg !458

9:                                                ; preds = %2
  %10 = landingpad { ptr, i32 }
          catch ptr null, !dbg !456
  %11 = extractvalue { ptr, i32 } %10, 0, !dbg !456
  call void @__clang_call_terminate(ptr %11) #11, !dbg !456
  unreachable, !dbg !456
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN6CircleD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #2 comdat align 2 !dbg !459 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZN5ShapeD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3) #8, !dbg !460
  ret void, !dbg !460
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN6CircleD0Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #2 comdat align 2 !dbg !461 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZN6CircleD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %3) #8, !dbg !462
  call void @_ZdlPvm(ptr noundef %3, i64 noundef 16) #10, !dbg !462
  ret void, !dbg !462
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef double @_ZNK6Circle4areaEv(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #2 comdat align 2 !dbg !463 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %struct.Circle, ptr %3, i32 0, i32 1, !dbg !464
  %5 = load double, ptr %4, align 8, !dbg !464
  %6 = fmul double 0x400921FB54442D18, %5, !dbg !465
  %7 = getelementptr inbounds nuw %struct.Circle, ptr %3, i32 0, i32 1, !dbg !466
  %8 = load double, ptr %7, align 8, !dbg !466
  %9 = fmul double %6, %8, !dbg !467
  ret double %9, !dbg !468
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_dataI6CircleSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #1 comdat align 2 !dbg !469 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !470
  call void @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EEC2EPS0_(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef %6), !dbg !470
  ret void, !dbg !470
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EEC2EPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #2 comdat align 2 !dbg !471 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl.20", ptr %5, i32 0, i32 0, !dbg !472
  call void @_ZNSt5tupleIJP6CircleSt14default_deleteIS0_EEEC2ILb1ETnNSt9enable_ifIXclsr17_TupleConstraintsIXT_ES1_S3_EE37__is_implicitly_default_constructibleEEbE4typeELb1EEEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #8, !dbg !472
  %7 = load ptr, ptr %4, align 8, !dbg !473
  %8 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #8, !dbg !474
  store ptr %7, ptr %8, align 8, !dbg !475
  ret void, !dbg !476
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt5tupleIJP6CircleSt14default_deleteIS0_EEEC2ILb1ETnNSt9enable_ifIXclsr17_TupleConstraintsIXT_ES1_S3_EE37__is_implicitly_default_constructibleEEbE4typeELb1EEEv(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !477 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  invoke void @_ZNSt11_Tuple_implILm0EJP6CircleSt14default_deleteIS0_EEEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3)
          to label %4 unwind label %5, !dbg !478

4:                                                ; preds = %1
  ret void, !dbg !479

5:                                                ; preds = %1
  %6 = landingpad { ptr, i32 }
          catch ptr null, !dbg !478
  %7 = extractvalue { ptr, i32 } %6, 0, !dbg !478
  call void @__clang_call_terminate(ptr %7) #11, !dbg !478
  unreachable, !dbg !478
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !480 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl.20", ptr %3, i32 0, i32 0, !dbg !481
  %5 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP6CircleSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !482
  ret ptr %5, !dbg !483
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm0EJP6CircleSt14default_deleteIS0_EEEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #1 comdat align 2 !dbg !484 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI6CircleEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3), !dbg !485
  call void @_ZNSt10_Head_baseILm0EP6CircleLb0EEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3), !dbg !486
  ret void, !dbg !487
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI6CircleEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !488 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt10_Head_baseILm1ESt14default_deleteI6CircleELb1EEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3), !dbg !489
  ret void, !dbg !490
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm0EP6CircleLb0EEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #2 comdat align 2 !dbg !491 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Head_base.25", ptr %3, i32 0, i32 0, !dbg !492
  store ptr null, ptr %4, align 8, !dbg !492
  ret void, !dbg !493
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm1ESt14default_deleteI6CircleELb1EEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #2 comdat align 2 !dbg !494 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !495
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP6CircleSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat !dbg !496 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !497, !nonnull !12, !align !27
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP6CircleJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %3) #8, !dbg !498
  ret ptr %4, !dbg !499
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP6CircleJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat !dbg !500 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !501, !nonnull !12, !align !27
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP6CircleSt14default_deleteIS0_EEE7_M_headERS4_(ptr noundef nonnull align 8 dereferenceable(8) %3) #8, !dbg !502
  ret ptr %4, !dbg !503
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP6CircleSt14default_deleteIS0_EEE7_M_headERS4_(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !504 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !505, !nonnull !12, !align !27
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP6CircleLb0EE7_M_headERS2_(ptr noundef nonnull align 8 dereferenceable(8) %3) #8, !dbg !506
  ret ptr %4, !dbg !507
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP6CircleLb0EE7_M_headERS2_(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !508 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !509, !nonnull !12, !align !27
  %4 = getelementptr inbounds nuw %"struct.std::_Head_base.25", ptr %3, i32 0, i32 0, !dbg !510
  ret ptr %4, !dbg !511
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !512 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::unique_ptr.18", ptr %3, i32 0, i32 0, !dbg !513
  %5 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE10_M_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !514
  ret ptr %5, !dbg !515
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNKSt14default_deleteI6CircleEclEPS0_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1) #2 comdat align 2 !dbg !516 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !517
  %7 = icmp eq ptr %6, null, !dbg !518
  br i1 %7, label %12, label %8, !dbg !518

8:                                                ; preds = %2
  %9 = load ptr, ptr %6, align 8, !dbg !518
  %10 = getelementptr inbounds ptr, ptr %9, i64 1, !dbg !518
  %11 = load ptr, ptr %10, align 8, !dbg !518
  call void %11(ptr noundef nonnull align 8 dereferenceable(16) %6) #8, !dbg !518
  br label %12, !dbg !518

12:                                               ; preds = %8, %2
  ret void, !dbg !519
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE10_M_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !520 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl.20", ptr %3, i32 0, i32 0, !dbg !521
  %5 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZSt3getILm1EJP6CircleSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !522
  ret ptr %5, !dbg !523
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZSt3getILm1EJP6CircleSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat !dbg !524 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !525, !nonnull !12, !align !27
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZSt12__get_helperILm1ESt14default_deleteI6CircleEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE(ptr noundef nonnull align 1 dereferenceable(1) %3) #8, !dbg !526
  ret ptr %4, !dbg !527
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZSt12__get_helperILm1ESt14default_deleteI6CircleEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE(ptr noundef nonnull align 1 dereferenceable(1) %0) #2 comdat !dbg !528 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !529, !nonnull !12
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt11_Tuple_implILm1EJSt14default_deleteI6CircleEEE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %3) #8, !dbg !530
  ret ptr %4, !dbg !531
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt11_Tuple_implILm1EJSt14default_deleteI6CircleEEE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %0) #2 comdat align 2 !dbg !532 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !533, !nonnull !12
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10_Head_baseILm1ESt14default_deleteI6CircleELb1EE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %3) #8, !dbg !534
  ret ptr %4, !dbg !535
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10_Head_baseILm1ESt14default_deleteI6CircleELb1EE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %0) #2 comdat align 2 !dbg !536 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !537, !nonnull !12
  ret ptr %3, !dbg !538
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !539 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl", ptr %3, i32 0, i32 0, !dbg !540
  %5 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP5ShapeSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !541
  ret ptr %5, !dbg !542
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !543 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::unique_ptr", ptr %3, i32 0, i32 0, !dbg !544
  %5 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE10_M_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !545
  ret ptr %5, !dbg !546
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNKSt14default_deleteI5ShapeEclEPS0_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1) #2 comdat align 2 !dbg !547 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !548
  %7 = icmp eq ptr %6, null, !dbg !549
  br i1 %7, label %12, label %8, !dbg !549

8:                                                ; preds = %2
  %9 = load ptr, ptr %6, align 8, !dbg !549
  %10 = getelementptr inbounds ptr, ptr %9, i64 1, !dbg !549
  %11 = load ptr, ptr %10, align 8, !dbg !549
  call void %11(ptr noundef nonnull align 8 dereferenceable(8) %6) #8, !dbg !549
  br label %12, !dbg !549

12:                                               ; preds = %8, %2
  ret void, !dbg !550
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP5ShapeSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat !dbg !551 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !552, !nonnull !12, !align !27
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP5ShapeJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %3) #8, !dbg !553
  ret ptr %4, !dbg !554
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP5ShapeJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat !dbg !555 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !556, !nonnull !12, !align !27
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEE7_M_headERS4_(ptr noundef nonnull align 8 dereferenceable(8) %3) #8, !dbg !557
  ret ptr %4, !dbg !558
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEE7_M_headERS4_(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !559 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !560, !nonnull !12, !align !27
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP5ShapeLb0EE7_M_headERS2_(ptr noundef nonnull align 8 dereferenceable(8) %3) #8, !dbg !561
  ret ptr %4, !dbg !562
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP5ShapeLb0EE7_M_headERS2_(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !563 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !564, !nonnull !12, !align !27
  %4 = getelementptr inbounds nuw %"struct.std::_Head_base.1", ptr %3, i32 0, i32 0, !dbg !565
  ret ptr %4, !dbg !566
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE10_M_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !567 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl", ptr %3, i32 0, i32 0, !dbg !568
  %5 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZSt3getILm1EJP5ShapeSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !569
  ret ptr %5, !dbg !570
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZSt3getILm1EJP5ShapeSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat !dbg !571 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !572, !nonnull !12, !align !27
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZSt12__get_helperILm1ESt14default_deleteI5ShapeEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE(ptr noundef nonnull align 1 dereferenceable(1) %3) #8, !dbg !573
  ret ptr %4, !dbg !574
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZSt12__get_helperILm1ESt14default_deleteI5ShapeEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE(ptr noundef nonnull align 1 dereferenceable(1) %0) #2 comdat !dbg !575 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !576, !nonnull !12
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %3) #8, !dbg !577
  ret ptr %4, !dbg !578
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %0) #2 comdat align 2 !dbg !579 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !580, !nonnull !12
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %3) #8, !dbg !581
  ret ptr %4, !dbg !582
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %0) #2 comdat align 2 !dbg !583 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !584, !nonnull !12
  ret ptr %3, !dbg !585
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !586 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::unique_ptr.2", ptr %3, i32 0, i32 0, !dbg !587
  %5 = call noundef ptr @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !588
  ret ptr %5, !dbg !589
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_dataI5ShapeSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EIS1_I4RectEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #1 comdat align 2 !dbg !590 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !591
  %9 = load ptr, ptr %6, align 8, !dbg !591
  call void @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EEC2IS1_I4RectEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr noundef %8, ptr noundef nonnull align 1 dereferenceable(1) %9), !dbg !591
  ret void, !dbg !591
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !592 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  %5 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !593
  %6 = load ptr, ptr %5, align 8, !dbg !593
  store ptr %6, ptr %3, align 8, !dbg !594
  %7 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !595
  store ptr null, ptr %7, align 8, !dbg !596
  %8 = load ptr, ptr %3, align 8, !dbg !597
  ret ptr %8, !dbg !598
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EEC2IS1_I4RectEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #2 comdat align 2 !dbg !599 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl", ptr %7, i32 0, i32 0, !dbg !600
  %9 = load ptr, ptr %6, align 8, !dbg !601, !nonnull !12
  call void @_ZNSt5tupleIJP5ShapeSt14default_deleteIS0_EEEC2IRS1_S2_I4RectETnNSt9enable_ifIXclsr4_TCCIXntcl14__is_alloc_argIT_EEEEE29__is_implicitly_constructibleISA_T0_EEEbE4typeELb1EEEOSA_OSB_(ptr noundef nonnull align 8 dereferenceable(8) %8, ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef nonnull align 1 dereferenceable(1) %9) #8, !dbg !600
  ret void, !dbg !602
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt5tupleIJP5ShapeSt14default_deleteIS0_EEEC2IRS1_S2_I4RectETnNSt9enable_ifIXclsr4_TCCIXntcl14__is_alloc_argIT_EEEEE29__is_implicitly_constructibleISA_T0_EEEbE4typeELb1EEEOSA_OSB_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !603 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !604, !nonnull !12, !align !27
  %9 = load ptr, ptr %6, align 8, !dbg !605, !nonnull !12
  invoke void @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEEC2IRS1_JS2_I4RectEEvEEOT_DpOT0_(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr noundef nonnull align 8 dereferenceable(8) %8, ptr noundef nonnull align 1 dereferenceable(1) %9)
          to label %10 unwind label %11, !dbg !606

10:                                               ; preds = %3
  ret void, !dbg !607

11:                                               ; preds = %3
  %12 = landingpad { ptr, i32 }
          catch ptr null, !dbg !606
  %13 = extractvalue { ptr, i32 } %12, 0, !dbg !606
  call void @__clang_call_terminate(ptr %13) #11, !dbg !606
  unreachable, !dbg !606
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEEC2IRS1_JS2_I4RectEEvEEOT_DpOT0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #1 comdat align 2 !dbg !608 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %6, align 8, !dbg !609, !nonnull !12
  call void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEEC2IS0_I4RectEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr noundef nonnull align 1 dereferenceable(1) %8), !dbg !610
  %9 = load ptr, ptr %5, align 8, !dbg !611, !nonnull !12, !align !27
  call void @_ZNSt10_Head_baseILm0EP5ShapeLb0EEC2IRS1_EEOT_(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr noundef nonnull align 8 dereferenceable(8) %9), !dbg !612
  ret void, !dbg !613
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEEC2IS0_I4RectEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #1 comdat align 2 !dbg !614 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !615, !nonnull !12
  call void @_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EEC2IS0_I4RectEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6), !dbg !616
  ret void, !dbg !617
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm0EP5ShapeLb0EEC2IRS1_EEOT_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) unnamed_addr #2 comdat align 2 !dbg !618 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"struct.std::_Head_base.1", ptr %5, i32 0, i32 0, !dbg !619
  %7 = load ptr, ptr %4, align 8, !dbg !620, !nonnull !12, !align !27
  %8 = load ptr, ptr %7, align 8, !dbg !621
  store ptr %8, ptr %6, align 8, !dbg !619
  ret void, !dbg !622
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EEC2IS0_I4RectEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #2 comdat align 2 !dbg !623 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !624, !nonnull !12
  call void @_ZNSt14default_deleteI5ShapeEC2I4RectvEERKS_IT_E(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6) #8, !dbg !625
  ret void, !dbg !626
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt14default_deleteI5ShapeEC2I4RectvEERKS_IT_E(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #2 comdat align 2 !dbg !627 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  ret void, !dbg !628
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !629 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::unique_ptr.10", ptr %3, i32 0, i32 0, !dbg !630
  %5 = call noundef ptr @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !631
  ret ptr %5, !dbg !632
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_dataI5ShapeSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EIS1_I6SquareEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #1 comdat align 2 !dbg !633 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !634
  %9 = load ptr, ptr %6, align 8, !dbg !634
  call void @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EEC2IS1_I6SquareEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr noundef %8, ptr noundef nonnull align 1 dereferenceable(1) %9), !dbg !634
  ret void, !dbg !634
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !635 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  %5 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !636
  %6 = load ptr, ptr %5, align 8, !dbg !636
  store ptr %6, ptr %3, align 8, !dbg !637
  %7 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !638
  store ptr null, ptr %7, align 8, !dbg !639
  %8 = load ptr, ptr %3, align 8, !dbg !640
  ret ptr %8, !dbg !641
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EEC2IS1_I6SquareEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #2 comdat align 2 !dbg !642 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl", ptr %7, i32 0, i32 0, !dbg !643
  %9 = load ptr, ptr %6, align 8, !dbg !644, !nonnull !12
  call void @_ZNSt5tupleIJP5ShapeSt14default_deleteIS0_EEEC2IRS1_S2_I6SquareETnNSt9enable_ifIXclsr4_TCCIXntcl14__is_alloc_argIT_EEEEE29__is_implicitly_constructibleISA_T0_EEEbE4typeELb1EEEOSA_OSB_(ptr noundef nonnull align 8 dereferenceable(8) %8, ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef nonnull align 1 dereferenceable(1) %9) #8, !dbg !643
  ret void, !dbg !645
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt5tupleIJP5ShapeSt14default_deleteIS0_EEEC2IRS1_S2_I6SquareETnNSt9enable_ifIXclsr4_TCCIXntcl14__is_alloc_argIT_EEEEE29__is_implicitly_constructibleISA_T0_EEEbE4typeELb1EEEOSA_OSB_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !646 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !647, !nonnull !12, !align !27
  %9 = load ptr, ptr %6, align 8, !dbg !648, !nonnull !12
  invoke void @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEEC2IRS1_JS2_I6SquareEEvEEOT_DpOT0_(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr noundef nonnull align 8 dereferenceable(8) %8, ptr noundef nonnull align 1 dereferenceable(1) %9)
          to label %10 unwind label %11, !dbg !649

10:                                               ; preds = %3
  ret void, !dbg !650

11:                                               ; preds = %3
  %12 = landingpad { ptr, i32 }
          catch ptr null, !dbg !649
  %13 = extractvalue { ptr, i32 } %12, 0, !dbg !649
  call void @__clang_call_terminate(ptr %13) #11, !dbg !649
  unreachable, !dbg !649
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEEC2IRS1_JS2_I6SquareEEvEEOT_DpOT0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #1 comdat align 2 !dbg !651 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %6, align 8, !dbg !652, !nonnull !12
  call void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEEC2IS0_I6SquareEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr noundef nonnull align 1 dereferenceable(1) %8), !dbg !653
  %9 = load ptr, ptr %5, align 8, !dbg !654, !nonnull !12, !align !27
  call void @_ZNSt10_Head_baseILm0EP5ShapeLb0EEC2IRS1_EEOT_(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr noundef nonnull align 8 dereferenceable(8) %9), !dbg !655
  ret void, !dbg !656
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEEC2IS0_I6SquareEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #1 comdat align 2 !dbg !657 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !658, !nonnull !12
  call void @_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EEC2IS0_I6SquareEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6), !dbg !659
  ret void, !dbg !660
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EEC2IS0_I6SquareEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #2 comdat align 2 !dbg !661 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !662, !nonnull !12
  call void @_ZNSt14default_deleteI5ShapeEC2I6SquarevEERKS_IT_E(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6) #8, !dbg !663
  ret void, !dbg !664
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt14default_deleteI5ShapeEC2I6SquarevEERKS_IT_E(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #2 comdat align 2 !dbg !665 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  ret void, !dbg !666
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !667 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::unique_ptr.18", ptr %3, i32 0, i32 0, !dbg !668
  %5 = call noundef ptr @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !669
  ret ptr %5, !dbg !670
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_dataI5ShapeSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EIS1_I6CircleEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #1 comdat align 2 !dbg !671 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !672
  %9 = load ptr, ptr %6, align 8, !dbg !672
  call void @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EEC2IS1_I6CircleEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr noundef %8, ptr noundef nonnull align 1 dereferenceable(1) %9), !dbg !672
  ret void, !dbg !672
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !673 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  %5 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !674
  %6 = load ptr, ptr %5, align 8, !dbg !674
  store ptr %6, ptr %3, align 8, !dbg !675
  %7 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !676
  store ptr null, ptr %7, align 8, !dbg !677
  %8 = load ptr, ptr %3, align 8, !dbg !678
  ret ptr %8, !dbg !679
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EEC2IS1_I6CircleEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #2 comdat align 2 !dbg !680 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl", ptr %7, i32 0, i32 0, !dbg !681
  %9 = load ptr, ptr %6, align 8, !dbg !682, !nonnull !12
  call void @_ZNSt5tupleIJP5ShapeSt14default_deleteIS0_EEEC2IRS1_S2_I6CircleETnNSt9enable_ifIXclsr4_TCCIXntcl14__is_alloc_argIT_EEEEE29__is_implicitly_constructibleISA_T0_EEEbE4typeELb1EEEOSA_OSB_(ptr noundef nonnull align 8 dereferenceable(8) %8, ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef nonnull align 1 dereferenceable(1) %9) #8, !dbg !681
  ret void, !dbg !683
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt5tupleIJP5ShapeSt14default_deleteIS0_EEEC2IRS1_S2_I6CircleETnNSt9enable_ifIXclsr4_TCCIXntcl14__is_alloc_argIT_EEEEE29__is_implicitly_constructibleISA_T0_EEEbE4typeELb1EEEOSA_OSB_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !684 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !685, !nonnull !12, !align !27
  %9 = load ptr, ptr %6, align 8, !dbg !686, !nonnull !12
  invoke void @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEEC2IRS1_JS2_I6CircleEEvEEOT_DpOT0_(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr noundef nonnull align 8 dereferenceable(8) %8, ptr noundef nonnull align 1 dereferenceable(1) %9)
          to label %10 unwind label %11, !dbg !687

10:                                               ; preds = %3
  ret void, !dbg !688

11:                                               ; preds = %3
  %12 = landingpad { ptr, i32 }
          catch ptr null, !dbg !687
  %13 = extractvalue { ptr, i32 } %12, 0, !dbg !687
  call void @__clang_call_terminate(ptr %13) #11, !dbg !687
  unreachable, !dbg !687
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEEC2IRS1_JS2_I6CircleEEvEEOT_DpOT0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #1 comdat align 2 !dbg !689 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %6, align 8, !dbg !690, !nonnull !12
  call void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEEC2IS0_I6CircleEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr noundef nonnull align 1 dereferenceable(1) %8), !dbg !691
  %9 = load ptr, ptr %5, align 8, !dbg !692, !nonnull !12, !align !27
  call void @_ZNSt10_Head_baseILm0EP5ShapeLb0EEC2IRS1_EEOT_(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr noundef nonnull align 8 dereferenceable(8) %9), !dbg !693
  ret void, !dbg !694
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEEC2IS0_I6CircleEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #1 comdat align 2 !dbg !695 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !696, !nonnull !12
  call void @_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EEC2IS0_I6CircleEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6), !dbg !697
  ret void, !dbg !698
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EEC2IS0_I6CircleEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #2 comdat align 2 !dbg !699 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !700, !nonnull !12
  call void @_ZNSt14default_deleteI5ShapeEC2I6CirclevEERKS_IT_E(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6) #8, !dbg !701
  ret void, !dbg !702
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt14default_deleteI5ShapeEC2I6CirclevEERKS_IT_E(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #2 comdat align 2 !dbg !703 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  ret void, !dbg !704
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNKSt10unique_ptrI5ShapeSt14default_deleteIS0_EE3getEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !705 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::unique_ptr", ptr %3, i32 0, i32 0, !dbg !706
  %5 = call noundef ptr @_ZNKSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !707
  ret ptr %5, !dbg !708
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNKSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !709 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl", ptr %3, i32 0, i32 0, !dbg !710
  %5 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP5ShapeSt14default_deleteIS0_EEERKNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERKS8_(ptr noundef nonnull align 8 dereferenceable(8) %4) #8, !dbg !711
  %6 = load ptr, ptr %5, align 8, !dbg !711
  ret ptr %6, !dbg !712
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP5ShapeSt14default_deleteIS0_EEERKNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERKS8_(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat !dbg !713 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !714, !nonnull !12, !align !27
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP5ShapeJSt14default_deleteIS0_EEERKT0_RKSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %3) #8, !dbg !715
  ret ptr %4, !dbg !716
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP5ShapeJSt14default_deleteIS0_EEERKT0_RKSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat !dbg !717 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !718, !nonnull !12, !align !27
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEE7_M_headERKS4_(ptr noundef nonnull align 8 dereferenceable(8) %3) #8, !dbg !719
  ret ptr %4, !dbg !720
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEE7_M_headERKS4_(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !721 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !722, !nonnull !12, !align !27
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP5ShapeLb0EE7_M_headERKS2_(ptr noundef nonnull align 8 dereferenceable(8) %3) #8, !dbg !723
  ret ptr %4, !dbg !724
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP5ShapeLb0EE7_M_headERKS2_(ptr noundef nonnull align 8 dereferenceable(8) %0) #2 comdat align 2 !dbg !725 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !726, !nonnull !12, !align !27
  %4 = getelementptr inbounds nuw %"struct.std::_Head_base.1", ptr %3, i32 0, i32 0, !dbg !727
  ret ptr %4, !dbg !728
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE5resetEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) #2 comdat align 2 !dbg !729 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #8, !dbg !730
  %8 = load ptr, ptr %7, align 8, !dbg !730
  store ptr %8, ptr %5, align 8, !dbg !731
  %9 = load ptr, ptr %4, align 8, !dbg !732
  %10 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #8, !dbg !733
  store ptr %9, ptr %10, align 8, !dbg !734
  %11 = load ptr, ptr %5, align 8, !dbg !735
  %12 = icmp ne ptr %11, null, !dbg !735
  br i1 %12, label %13, label %16, !dbg !735

13:                                               ; preds = %2
  %14 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE10_M_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #8, !dbg !736
  %15 = load ptr, ptr %5, align 8, !dbg !737
  call void @_ZNKSt14default_deleteI5ShapeEclEPS0_(ptr noundef nonnull align 1 dereferenceable(1) %14, ptr noundef %15), !dbg !736
  br label %16, !dbg !736

16:                                               ; preds = %13, %2
  ret void, !dbg !738
}

attributes #0 = { mustprogress noinline norecurse sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { mustprogress noinline sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { mustprogress noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { cold noreturn nounwind memory(inaccessiblemem: write) }
attributes #5 = { nobuiltin nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { nobuiltin allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #7 = { noinline noreturn nounwind sspstrong uwtable "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #8 = { nounwind }
attributes #9 = { builtin allocsize(0) }
attributes #10 = { builtin nounwind }
attributes #11 = { noreturn nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C_plus_plus_14, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "cxx_classes.cpp", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 34, type: !11, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "cxx_classes.cpp", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 35, column: 39, scope: !9)
!14 = !DILocation(line: 35, column: 63, scope: !9)
!15 = !DILocation(line: 35, column: 66, scope: !9)
!16 = !DILocation(line: 35, column: 40, scope: !9)
!17 = !DILocation(line: 35, column: 97, scope: !9)
!18 = !DILocation(line: 35, column: 72, scope: !9)
!19 = !DILocation(line: 35, column: 129, scope: !9)
!20 = !DILocation(line: 35, column: 104, scope: !9)
!21 = !DILocation(line: 35, column: 158, scope: !9)
!22 = !DILocation(line: 35, column: 163, scope: !9)
!23 = !DILocation(line: 35, column: 135, scope: !9)
!24 = !DILocation(line: 36, column: 12, scope: !9)
!25 = !DILocation(line: 37, column: 20, scope: !9)
!26 = !DILocation(line: 37, column: 18, scope: !9)
!27 = !{i64 8}
!28 = !DILocation(line: 37, column: 16, scope: !9)
!29 = !DILocation(line: 37, column: 56, scope: !9)
!30 = !DILocation(line: 37, column: 59, scope: !9)
!31 = !DILocation(line: 37, column: 67, scope: !9)
!32 = !DILocation(line: 37, column: 70, scope: !9)
!33 = !DILocation(line: 37, column: 30, scope: !9)
!34 = !DILocation(line: 37, column: 88, scope: !9)
!35 = !DILocation(line: 37, column: 91, scope: !9)
!36 = !DILocation(line: 37, column: 85, scope: !9)
!37 = !DILocation(line: 37, column: 5, scope: !9)
!38 = distinct !{!38, !37, !39}
!39 = !DILocation(line: 37, column: 99, scope: !9)
!40 = !DILocation(line: 47, column: 1, scope: !9)
!41 = !DILocation(line: 38, column: 34, scope: !9)
!42 = !DILocation(line: 38, column: 5, scope: !9)
!43 = !DILocation(line: 39, column: 9, scope: !9)
!44 = !DILocation(line: 39, column: 23, scope: !9)
!45 = !DILocation(line: 39, column: 36, scope: !9)
!46 = !DILocation(line: 39, column: 20, scope: !9)
!47 = !DILocation(line: 39, column: 18, scope: !9)
!48 = !DILocation(line: 39, column: 51, scope: !9)
!49 = !DILocation(line: 40, column: 22, scope: !9)
!50 = !DILocation(line: 40, column: 29, scope: !9)
!51 = !DILocation(line: 40, column: 31, scope: !9)
!52 = !DILocation(line: 41, column: 39, scope: !9)
!53 = !DILocation(line: 41, column: 36, scope: !9)
!54 = !DILocation(line: 41, column: 33, scope: !9)
!55 = !DILocation(line: 41, column: 5, scope: !9)
!56 = !DILocation(line: 42, column: 13, scope: !9)
!57 = !DILocation(line: 42, column: 18, scope: !9)
!58 = !DILocation(line: 42, column: 24, scope: !9)
!59 = !DILocation(line: 42, column: 30, scope: !9)
!60 = !DILocation(line: 43, column: 35, scope: !9)
!61 = !DILocation(line: 43, column: 5, scope: !9)
!62 = !DILocation(line: 44, column: 20, scope: !9)
!63 = !DILocation(line: 44, column: 18, scope: !9)
!64 = !DILocation(line: 44, column: 16, scope: !9)
!65 = !DILocation(line: 44, column: 28, scope: !9)
!66 = !DILocation(line: 44, column: 30, scope: !9)
!67 = !DILocation(line: 44, column: 5, scope: !9)
!68 = distinct !{!68, !67, !69}
!69 = !DILocation(line: 44, column: 36, scope: !9)
!70 = !DILocation(line: 45, column: 35, scope: !9)
!71 = !DILocation(line: 45, column: 5, scope: !9)
!72 = !DILocation(line: 46, column: 5, scope: !9)
!73 = distinct !DISubprogram(name: "make_unique<Rect, int, double>", scope: !74, file: !74, line: 1064, type: !11, scopeLine: 1065, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!74 = !DIFile(filename: "/usr/include/c++/12/bits/unique_ptr.h", directory: "")
!75 = !DILocation(line: 1065, column: 30, scope: !73)
!76 = !DILocation(line: 1065, column: 58, scope: !73)
!77 = !{i64 4}
!78 = !DILocation(line: 1065, column: 38, scope: !73)
!79 = !DILocation(line: 1065, column: 34, scope: !73)
!80 = !DILocation(line: 1065, column: 14, scope: !73)
!81 = !DILocation(line: 1065, column: 7, scope: !73)
!82 = !DILocation(line: 1065, column: 72, scope: !73)
!83 = distinct !DISubprogram(name: "unique_ptr<Rect, std::default_delete<Rect>, void>", scope: !74, file: !74, line: 372, type: !11, scopeLine: 374, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!84 = !DILocation(line: 373, column: 4, scope: !83)
!85 = !DILocation(line: 373, column: 9, scope: !83)
!86 = !DILocation(line: 373, column: 13, scope: !83)
!87 = !DILocation(line: 373, column: 42, scope: !83)
!88 = !DILocation(line: 373, column: 46, scope: !83)
!89 = !DILocation(line: 374, column: 4, scope: !83)
!90 = distinct !DISubprogram(name: "make_unique<Square, double>", scope: !74, file: !74, line: 1064, type: !11, scopeLine: 1065, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!91 = !DILocation(line: 1065, column: 30, scope: !90)
!92 = !DILocation(line: 1065, column: 58, scope: !90)
!93 = !DILocation(line: 1065, column: 38, scope: !90)
!94 = !DILocation(line: 1065, column: 34, scope: !90)
!95 = !DILocation(line: 1065, column: 14, scope: !90)
!96 = !DILocation(line: 1065, column: 7, scope: !90)
!97 = !DILocation(line: 1065, column: 72, scope: !90)
!98 = distinct !DISubprogram(name: "unique_ptr<Square, std::default_delete<Square>, void>", scope: !74, file: !74, line: 372, type: !11, scopeLine: 374, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!99 = !DILocation(line: 373, column: 4, scope: !98)
!100 = !DILocation(line: 373, column: 9, scope: !98)
!101 = !DILocation(line: 373, column: 13, scope: !98)
!102 = !DILocation(line: 373, column: 42, scope: !98)
!103 = !DILocation(line: 373, column: 46, scope: !98)
!104 = !DILocation(line: 374, column: 4, scope: !98)
!105 = distinct !DISubprogram(name: "make_unique<Circle, double>", scope: !74, file: !74, line: 1064, type: !11, scopeLine: 1065, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!106 = !DILocation(line: 1065, column: 30, scope: !105)
!107 = !DILocation(line: 1065, column: 58, scope: !105)
!108 = !DILocation(line: 1065, column: 38, scope: !105)
!109 = !DILocation(line: 1065, column: 34, scope: !105)
!110 = !DILocation(line: 1065, column: 14, scope: !105)
!111 = !DILocation(line: 1065, column: 7, scope: !105)
!112 = !DILocation(line: 1065, column: 72, scope: !105)
!113 = distinct !DISubprogram(name: "unique_ptr<Circle, std::default_delete<Circle>, void>", scope: !74, file: !74, line: 372, type: !11, scopeLine: 374, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!114 = !DILocation(line: 373, column: 4, scope: !113)
!115 = !DILocation(line: 373, column: 9, scope: !113)
!116 = !DILocation(line: 373, column: 13, scope: !113)
!117 = !DILocation(line: 373, column: 42, scope: !113)
!118 = !DILocation(line: 373, column: 46, scope: !113)
!119 = !DILocation(line: 374, column: 4, scope: !113)
!120 = distinct !DISubprogram(name: "make_unique<Rect, double, double>", scope: !74, file: !74, line: 1064, type: !11, scopeLine: 1065, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!121 = !DILocation(line: 1065, column: 30, scope: !120)
!122 = !DILocation(line: 1065, column: 58, scope: !120)
!123 = !DILocation(line: 1065, column: 38, scope: !120)
!124 = !DILocation(line: 1065, column: 34, scope: !120)
!125 = !DILocation(line: 1065, column: 14, scope: !120)
!126 = !DILocation(line: 1065, column: 7, scope: !120)
!127 = !DILocation(line: 1065, column: 72, scope: !120)
!128 = distinct !DISubprogram(name: "~unique_ptr", scope: !74, file: !74, line: 390, type: !11, scopeLine: 391, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!129 = !DILocation(line: 394, column: 16, scope: !128)
!130 = !DILocation(line: 394, column: 21, scope: !128)
!131 = !DILocation(line: 394, column: 8, scope: !128)
!132 = !DILocation(line: 395, column: 6, scope: !128)
!133 = !DILocation(line: 395, column: 12, scope: !128)
!134 = !DILocation(line: 396, column: 4, scope: !128)
!135 = !DILocation(line: 396, column: 28, scope: !128)
!136 = !DILocation(line: 396, column: 18, scope: !128)
!137 = !DILocation(line: 397, column: 2, scope: !128)
!138 = !DILocation(line: 397, column: 8, scope: !128)
!139 = !DILocation(line: 398, column: 7, scope: !128)
!140 = distinct !DISubprogram(name: "~unique_ptr", scope: !74, file: !74, line: 390, type: !11, scopeLine: 391, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!141 = !DILocation(line: 394, column: 16, scope: !140)
!142 = !DILocation(line: 394, column: 21, scope: !140)
!143 = !DILocation(line: 394, column: 8, scope: !140)
!144 = !DILocation(line: 395, column: 6, scope: !140)
!145 = !DILocation(line: 395, column: 12, scope: !140)
!146 = !DILocation(line: 396, column: 4, scope: !140)
!147 = !DILocation(line: 396, column: 28, scope: !140)
!148 = !DILocation(line: 396, column: 18, scope: !140)
!149 = !DILocation(line: 397, column: 2, scope: !140)
!150 = !DILocation(line: 397, column: 8, scope: !140)
!151 = !DILocation(line: 398, column: 7, scope: !140)
!152 = distinct !DISubprogram(name: "~unique_ptr", scope: !74, file: !74, line: 390, type: !11, scopeLine: 391, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!153 = !DILocation(line: 394, column: 16, scope: !152)
!154 = !DILocation(line: 394, column: 21, scope: !152)
!155 = !DILocation(line: 394, column: 8, scope: !152)
!156 = !DILocation(line: 395, column: 6, scope: !152)
!157 = !DILocation(line: 395, column: 12, scope: !152)
!158 = !DILocation(line: 396, column: 4, scope: !152)
!159 = !DILocation(line: 396, column: 28, scope: !152)
!160 = !DILocation(line: 396, column: 18, scope: !152)
!161 = !DILocation(line: 397, column: 2, scope: !152)
!162 = !DILocation(line: 397, column: 8, scope: !152)
!163 = !DILocation(line: 398, column: 7, scope: !152)
!164 = distinct !DISubprogram(name: "~unique_ptr", scope: !74, file: !74, line: 390, type: !11, scopeLine: 391, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!165 = !DILocation(line: 394, column: 16, scope: !164)
!166 = !DILocation(line: 394, column: 21, scope: !164)
!167 = !DILocation(line: 394, column: 8, scope: !164)
!168 = !DILocation(line: 395, column: 6, scope: !164)
!169 = !DILocation(line: 395, column: 12, scope: !164)
!170 = !DILocation(line: 396, column: 4, scope: !164)
!171 = !DILocation(line: 396, column: 28, scope: !164)
!172 = !DILocation(line: 396, column: 18, scope: !164)
!173 = !DILocation(line: 397, column: 2, scope: !164)
!174 = !DILocation(line: 397, column: 8, scope: !164)
!175 = !DILocation(line: 398, column: 7, scope: !164)
!176 = distinct !DISubprogram(name: "operator->", scope: !74, file: !74, line: 452, type: !11, scopeLine: 453, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!177 = !DILocation(line: 455, column: 9, scope: !176)
!178 = !DILocation(line: 455, column: 2, scope: !176)
!179 = distinct !DISubprogram(name: "Vec", scope: !10, file: !10, line: 19, type: !11, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!180 = !DILocation(line: 19, column: 5, scope: !179)
!181 = !DILocation(line: 19, column: 50, scope: !179)
!182 = !DILocation(line: 19, column: 39, scope: !179)
!183 = !DILocation(line: 19, column: 41, scope: !179)
!184 = !DILocation(line: 19, column: 45, scope: !179)
!185 = !DILocation(line: 19, column: 47, scope: !179)
!186 = !DILocation(line: 19, column: 51, scope: !179)
!187 = distinct !DISubprogram(name: "operator*", scope: !10, file: !10, line: 21, type: !11, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!188 = !DILocation(line: 21, column: 48, scope: !187)
!189 = !DILocation(line: 21, column: 52, scope: !187)
!190 = !DILocation(line: 21, column: 50, scope: !187)
!191 = !DILocation(line: 21, column: 55, scope: !187)
!192 = !DILocation(line: 21, column: 59, scope: !187)
!193 = !DILocation(line: 21, column: 57, scope: !187)
!194 = !DILocation(line: 21, column: 44, scope: !187)
!195 = !DILocation(line: 21, column: 37, scope: !187)
!196 = distinct !DISubprogram(name: "operator+=", scope: !10, file: !10, line: 22, type: !11, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!197 = !DILocation(line: 22, column: 42, scope: !196)
!198 = !DILocation(line: 22, column: 44, scope: !196)
!199 = !DILocation(line: 22, column: 37, scope: !196)
!200 = !DILocation(line: 22, column: 39, scope: !196)
!201 = !DILocation(line: 22, column: 52, scope: !196)
!202 = !DILocation(line: 22, column: 54, scope: !196)
!203 = !DILocation(line: 22, column: 47, scope: !196)
!204 = !DILocation(line: 22, column: 49, scope: !196)
!205 = !DILocation(line: 22, column: 57, scope: !196)
!206 = distinct !DISubprogram(name: "~Vec", scope: !10, file: !10, line: 17, type: !11, scopeLine: 17, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!207 = !DILocation(line: 17, column: 8, scope: !206)
!208 = distinct !DISubprogram(name: "operator+", scope: !10, file: !10, line: 20, type: !11, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!209 = !DILocation(line: 20, column: 52, scope: !208)
!210 = !DILocation(line: 20, column: 56, scope: !208)
!211 = !DILocation(line: 20, column: 58, scope: !208)
!212 = !DILocation(line: 20, column: 54, scope: !208)
!213 = !DILocation(line: 20, column: 61, scope: !208)
!214 = !DILocation(line: 20, column: 65, scope: !208)
!215 = !DILocation(line: 20, column: 67, scope: !208)
!216 = !DILocation(line: 20, column: 63, scope: !208)
!217 = !DILocation(line: 20, column: 48, scope: !208)
!218 = !DILocation(line: 20, column: 41, scope: !208)
!219 = distinct !DISubprogram(name: "operator==", scope: !10, file: !10, line: 23, type: !11, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!220 = !DILocation(line: 23, column: 50, scope: !219)
!221 = !DILocation(line: 23, column: 55, scope: !219)
!222 = !DILocation(line: 23, column: 57, scope: !219)
!223 = !DILocation(line: 23, column: 52, scope: !219)
!224 = !DILocation(line: 23, column: 59, scope: !219)
!225 = !DILocation(line: 23, column: 62, scope: !219)
!226 = !DILocation(line: 23, column: 67, scope: !219)
!227 = !DILocation(line: 23, column: 69, scope: !219)
!228 = !DILocation(line: 23, column: 64, scope: !219)
!229 = !DILocation(line: 0, scope: !219)
!230 = !DILocation(line: 23, column: 43, scope: !219)
!231 = distinct !DISubprogram(name: "Counter", scope: !10, file: !10, line: 27, type: !11, scopeLine: 27, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!232 = !DILocation(line: 28, column: 9, scope: !231)
!233 = !DILocation(line: 27, column: 7, scope: !231)
!234 = distinct !DISubprogram(name: "inc", scope: !10, file: !10, line: 30, type: !11, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!235 = !DILocation(line: 30, column: 24, scope: !234)
!236 = !DILocation(line: 30, column: 22, scope: !234)
!237 = !DILocation(line: 30, column: 28, scope: !234)
!238 = distinct !DISubprogram(name: "get", scope: !10, file: !10, line: 31, type: !11, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!239 = !DILocation(line: 31, column: 30, scope: !238)
!240 = !DILocation(line: 31, column: 23, scope: !238)
!241 = distinct !DISubprogram(name: "reset", scope: !74, file: !74, line: 497, type: !11, scopeLine: 498, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!242 = !DILocation(line: 501, column: 2, scope: !241)
!243 = !DILocation(line: 501, column: 13, scope: !241)
!244 = !DILocation(line: 501, column: 7, scope: !241)
!245 = !DILocation(line: 502, column: 7, scope: !241)
!246 = distinct !DISubprogram(name: "Printable", scope: !10, file: !10, line: 16, type: !11, scopeLine: 16, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!247 = !DILocation(line: 16, column: 8, scope: !246)
!248 = distinct !DISubprogram(name: "print", scope: !10, file: !10, line: 24, type: !11, scopeLine: 24, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!249 = !DILocation(line: 24, column: 67, scope: !248)
!250 = !DILocation(line: 24, column: 70, scope: !248)
!251 = !DILocation(line: 24, column: 35, scope: !248)
!252 = !DILocation(line: 24, column: 74, scope: !248)
!253 = distinct !DISubprogram(name: "~Vec", scope: !10, file: !10, line: 17, type: !11, scopeLine: 17, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!254 = !DILocation(line: 17, column: 8, scope: !253)
!255 = distinct !DISubprogram(name: "~Printable", scope: !10, file: !10, line: 16, type: !11, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!256 = !DILocation(line: 16, column: 74, scope: !255)
!257 = distinct !DISubprogram(name: "~Printable", scope: !10, file: !10, line: 16, type: !11, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!258 = !DILocation(line: 16, column: 73, scope: !257)
!259 = distinct !DISubprogram(name: "Rect", scope: !10, file: !10, line: 12, type: !11, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!260 = !DILocation(line: 12, column: 36, scope: !259)
!261 = !DILocation(line: 12, column: 78, scope: !259)
!262 = !DILocation(line: 12, column: 65, scope: !259)
!263 = !DILocation(line: 12, column: 67, scope: !259)
!264 = !DILocation(line: 12, column: 72, scope: !259)
!265 = !DILocation(line: 12, column: 74, scope: !259)
!266 = !DILocation(line: 12, column: 79, scope: !259)
!267 = distinct !DISubprogram(name: "unique_ptr<std::default_delete<Rect>, void>", scope: !74, file: !74, line: 309, type: !11, scopeLine: 311, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!268 = !DILocation(line: 310, column: 4, scope: !267)
!269 = !DILocation(line: 310, column: 9, scope: !267)
!270 = !DILocation(line: 311, column: 11, scope: !267)
!271 = distinct !DISubprogram(name: "Shape", scope: !10, file: !10, line: 5, type: !11, scopeLine: 5, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!272 = !DILocation(line: 5, column: 8, scope: !271)
!273 = distinct !DISubprogram(name: "~Rect", scope: !10, file: !10, line: 12, type: !11, scopeLine: 12, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!274 = !DILocation(line: 12, column: 8, scope: !273)
!275 = distinct !DISubprogram(name: "~Rect", scope: !10, file: !10, line: 12, type: !11, scopeLine: 12, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!276 = !DILocation(line: 12, column: 8, scope: !275)
!277 = distinct !DISubprogram(name: "area", scope: !10, file: !10, line: 12, type: !11, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!278 = !DILocation(line: 12, column: 119, scope: !277)
!279 = !DILocation(line: 12, column: 123, scope: !277)
!280 = !DILocation(line: 12, column: 121, scope: !277)
!281 = !DILocation(line: 12, column: 112, scope: !277)
!282 = distinct !DISubprogram(name: "name", scope: !10, file: !10, line: 12, type: !11, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!283 = !DILocation(line: 12, column: 164, scope: !282)
!284 = distinct !DISubprogram(name: "~Shape", scope: !10, file: !10, line: 6, type: !11, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!285 = !DILocation(line: 6, column: 22, scope: !284)
!286 = !DILocation(line: 6, column: 33, scope: !284)
!287 = !DILocation(line: 6, column: 37, scope: !284)
!288 = distinct !DISubprogram(name: "~Shape", scope: !10, file: !10, line: 6, type: !11, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!289 = !DILocation(line: 6, column: 22, scope: !288)
!290 = distinct !DISubprogram(name: "name", scope: !10, file: !10, line: 8, type: !11, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!291 = !DILocation(line: 8, column: 40, scope: !290)
!292 = distinct !DISubprogram(name: "__uniq_ptr_impl", scope: !74, file: !74, line: 233, type: !11, scopeLine: 233, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!293 = !DILocation(line: 233, column: 40, scope: !292)
!294 = distinct !DISubprogram(name: "__uniq_ptr_impl", scope: !74, file: !74, line: 168, type: !11, scopeLine: 168, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!295 = !DILocation(line: 168, column: 38, scope: !294)
!296 = !DILocation(line: 168, column: 58, scope: !294)
!297 = !DILocation(line: 168, column: 47, scope: !294)
!298 = !DILocation(line: 168, column: 56, scope: !294)
!299 = !DILocation(line: 168, column: 63, scope: !294)
!300 = distinct !DISubprogram(name: "tuple<true, true>", scope: !301, file: !301, line: 1049, type: !11, scopeLine: 1051, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!301 = !DIFile(filename: "/usr/include/c++/12/tuple", directory: "")
!302 = !DILocation(line: 1051, column: 4, scope: !300)
!303 = !DILocation(line: 1051, column: 19, scope: !300)
!304 = distinct !DISubprogram(name: "_M_ptr", scope: !74, file: !74, line: 189, type: !11, scopeLine: 189, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!305 = !DILocation(line: 189, column: 57, scope: !304)
!306 = !DILocation(line: 189, column: 45, scope: !304)
!307 = !DILocation(line: 189, column: 38, scope: !304)
!308 = distinct !DISubprogram(name: "_Tuple_impl", scope: !301, file: !301, line: 279, type: !11, scopeLine: 280, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!309 = !DILocation(line: 280, column: 9, scope: !308)
!310 = !DILocation(line: 280, column: 23, scope: !308)
!311 = !DILocation(line: 280, column: 33, scope: !308)
!312 = distinct !DISubprogram(name: "_Tuple_impl", scope: !301, file: !301, line: 430, type: !11, scopeLine: 431, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!313 = !DILocation(line: 431, column: 9, scope: !312)
!314 = !DILocation(line: 431, column: 19, scope: !312)
!315 = distinct !DISubprogram(name: "_Head_base", scope: !301, file: !301, line: 189, type: !11, scopeLine: 190, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!316 = !DILocation(line: 190, column: 9, scope: !315)
!317 = !DILocation(line: 190, column: 26, scope: !315)
!318 = distinct !DISubprogram(name: "_Head_base", scope: !301, file: !301, line: 80, type: !11, scopeLine: 81, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!319 = !DILocation(line: 81, column: 26, scope: !318)
!320 = distinct !DISubprogram(name: "get<0UL, Rect *, std::default_delete<Rect> >", scope: !301, file: !301, line: 1380, type: !11, scopeLine: 1381, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!321 = !DILocation(line: 1381, column: 37, scope: !320)
!322 = !DILocation(line: 1381, column: 14, scope: !320)
!323 = !DILocation(line: 1381, column: 7, scope: !320)
!324 = distinct !DISubprogram(name: "__get_helper<0UL, Rect *, std::default_delete<Rect> >", scope: !301, file: !301, line: 1364, type: !11, scopeLine: 1365, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!325 = !DILocation(line: 1365, column: 57, scope: !324)
!326 = !DILocation(line: 1365, column: 14, scope: !324)
!327 = !DILocation(line: 1365, column: 7, scope: !324)
!328 = distinct !DISubprogram(name: "_M_head", scope: !301, file: !301, line: 268, type: !11, scopeLine: 268, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!329 = !DILocation(line: 268, column: 66, scope: !328)
!330 = !DILocation(line: 268, column: 51, scope: !328)
!331 = !DILocation(line: 268, column: 44, scope: !328)
!332 = distinct !DISubprogram(name: "_M_head", scope: !301, file: !301, line: 233, type: !11, scopeLine: 233, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!333 = !DILocation(line: 233, column: 50, scope: !332)
!334 = !DILocation(line: 233, column: 54, scope: !332)
!335 = !DILocation(line: 233, column: 43, scope: !332)
!336 = distinct !DISubprogram(name: "get_deleter", scope: !74, file: !74, line: 467, type: !11, scopeLine: 468, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!337 = !DILocation(line: 468, column: 16, scope: !336)
!338 = !DILocation(line: 468, column: 21, scope: !336)
!339 = !DILocation(line: 468, column: 9, scope: !336)
!340 = distinct !DISubprogram(name: "operator()", scope: !74, file: !74, line: 89, type: !11, scopeLine: 90, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!341 = !DILocation(line: 95, column: 9, scope: !340)
!342 = !DILocation(line: 95, column: 2, scope: !340)
!343 = !DILocation(line: 96, column: 7, scope: !340)
!344 = distinct !DISubprogram(name: "_M_deleter", scope: !74, file: !74, line: 193, type: !11, scopeLine: 193, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!345 = !DILocation(line: 193, column: 61, scope: !344)
!346 = !DILocation(line: 193, column: 49, scope: !344)
!347 = !DILocation(line: 193, column: 42, scope: !344)
!348 = distinct !DISubprogram(name: "get<1UL, Rect *, std::default_delete<Rect> >", scope: !301, file: !301, line: 1380, type: !11, scopeLine: 1381, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!349 = !DILocation(line: 1381, column: 37, scope: !348)
!350 = !DILocation(line: 1381, column: 14, scope: !348)
!351 = !DILocation(line: 1381, column: 7, scope: !348)
!352 = distinct !DISubprogram(name: "__get_helper<1UL, std::default_delete<Rect> >", scope: !301, file: !301, line: 1364, type: !11, scopeLine: 1365, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!353 = !DILocation(line: 1365, column: 57, scope: !352)
!354 = !DILocation(line: 1365, column: 14, scope: !352)
!355 = !DILocation(line: 1365, column: 7, scope: !352)
!356 = distinct !DISubprogram(name: "_M_head", scope: !301, file: !301, line: 424, type: !11, scopeLine: 424, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!357 = !DILocation(line: 424, column: 66, scope: !356)
!358 = !DILocation(line: 424, column: 51, scope: !356)
!359 = !DILocation(line: 424, column: 44, scope: !356)
!360 = distinct !DISubprogram(name: "_M_head", scope: !301, file: !301, line: 124, type: !11, scopeLine: 124, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!361 = !DILocation(line: 124, column: 50, scope: !360)
!362 = !DILocation(line: 124, column: 43, scope: !360)
!363 = distinct !DISubprogram(name: "Square", scope: !10, file: !10, line: 13, type: !11, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!364 = !DILocation(line: 13, column: 57, scope: !363)
!365 = !DILocation(line: 13, column: 60, scope: !363)
!366 = !DILocation(line: 13, column: 52, scope: !363)
!367 = !DILocation(line: 13, column: 63, scope: !363)
!368 = !DILocation(line: 13, column: 64, scope: !363)
!369 = distinct !DISubprogram(name: "unique_ptr<std::default_delete<Square>, void>", scope: !74, file: !74, line: 309, type: !11, scopeLine: 311, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!370 = !DILocation(line: 310, column: 4, scope: !369)
!371 = !DILocation(line: 310, column: 9, scope: !369)
!372 = !DILocation(line: 311, column: 11, scope: !369)
!373 = distinct !DISubprogram(name: "~Square", scope: !10, file: !10, line: 13, type: !11, scopeLine: 13, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!374 = !DILocation(line: 13, column: 8, scope: !373)
!375 = distinct !DISubprogram(name: "~Square", scope: !10, file: !10, line: 13, type: !11, scopeLine: 13, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!376 = !DILocation(line: 13, column: 8, scope: !375)
!377 = distinct !DISubprogram(name: "name", scope: !10, file: !10, line: 13, type: !11, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!378 = !DILocation(line: 13, column: 102, scope: !377)
!379 = distinct !DISubprogram(name: "__uniq_ptr_impl", scope: !74, file: !74, line: 233, type: !11, scopeLine: 233, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!380 = !DILocation(line: 233, column: 40, scope: !379)
!381 = distinct !DISubprogram(name: "__uniq_ptr_impl", scope: !74, file: !74, line: 168, type: !11, scopeLine: 168, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!382 = !DILocation(line: 168, column: 38, scope: !381)
!383 = !DILocation(line: 168, column: 58, scope: !381)
!384 = !DILocation(line: 168, column: 47, scope: !381)
!385 = !DILocation(line: 168, column: 56, scope: !381)
!386 = !DILocation(line: 168, column: 63, scope: !381)
!387 = distinct !DISubprogram(name: "tuple<true, true>", scope: !301, file: !301, line: 1049, type: !11, scopeLine: 1051, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!388 = !DILocation(line: 1051, column: 4, scope: !387)
!389 = !DILocation(line: 1051, column: 19, scope: !387)
!390 = distinct !DISubprogram(name: "_M_ptr", scope: !74, file: !74, line: 189, type: !11, scopeLine: 189, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!391 = !DILocation(line: 189, column: 57, scope: !390)
!392 = !DILocation(line: 189, column: 45, scope: !390)
!393 = !DILocation(line: 189, column: 38, scope: !390)
!394 = distinct !DISubprogram(name: "_Tuple_impl", scope: !301, file: !301, line: 279, type: !11, scopeLine: 280, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!395 = !DILocation(line: 280, column: 9, scope: !394)
!396 = !DILocation(line: 280, column: 23, scope: !394)
!397 = !DILocation(line: 280, column: 33, scope: !394)
!398 = distinct !DISubprogram(name: "_Tuple_impl", scope: !301, file: !301, line: 430, type: !11, scopeLine: 431, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!399 = !DILocation(line: 431, column: 9, scope: !398)
!400 = !DILocation(line: 431, column: 19, scope: !398)
!401 = distinct !DISubprogram(name: "_Head_base", scope: !301, file: !301, line: 189, type: !11, scopeLine: 190, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!402 = !DILocation(line: 190, column: 9, scope: !401)
!403 = !DILocation(line: 190, column: 26, scope: !401)
!404 = distinct !DISubprogram(name: "_Head_base", scope: !301, file: !301, line: 80, type: !11, scopeLine: 81, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!405 = !DILocation(line: 81, column: 26, scope: !404)
!406 = distinct !DISubprogram(name: "get<0UL, Square *, std::default_delete<Square> >", scope: !301, file: !301, line: 1380, type: !11, scopeLine: 1381, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!407 = !DILocation(line: 1381, column: 37, scope: !406)
!408 = !DILocation(line: 1381, column: 14, scope: !406)
!409 = !DILocation(line: 1381, column: 7, scope: !406)
!410 = distinct !DISubprogram(name: "__get_helper<0UL, Square *, std::default_delete<Square> >", scope: !301, file: !301, line: 1364, type: !11, scopeLine: 1365, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!411 = !DILocation(line: 1365, column: 57, scope: !410)
!412 = !DILocation(line: 1365, column: 14, scope: !410)
!413 = !DILocation(line: 1365, column: 7, scope: !410)
!414 = distinct !DISubprogram(name: "_M_head", scope: !301, file: !301, line: 268, type: !11, scopeLine: 268, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!415 = !DILocation(line: 268, column: 66, scope: !414)
!416 = !DILocation(line: 268, column: 51, scope: !414)
!417 = !DILocation(line: 268, column: 44, scope: !414)
!418 = distinct !DISubprogram(name: "_M_head", scope: !301, file: !301, line: 233, type: !11, scopeLine: 233, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!419 = !DILocation(line: 233, column: 50, scope: !418)
!420 = !DILocation(line: 233, column: 54, scope: !418)
!421 = !DILocation(line: 233, column: 43, scope: !418)
!422 = distinct !DISubprogram(name: "get_deleter", scope: !74, file: !74, line: 467, type: !11, scopeLine: 468, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!423 = !DILocation(line: 468, column: 16, scope: !422)
!424 = !DILocation(line: 468, column: 21, scope: !422)
!425 = !DILocation(line: 468, column: 9, scope: !422)
!426 = distinct !DISubprogram(name: "operator()", scope: !74, file: !74, line: 89, type: !11, scopeLine: 90, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!427 = !DILocation(line: 95, column: 9, scope: !426)
!428 = !DILocation(line: 95, column: 2, scope: !426)
!429 = !DILocation(line: 96, column: 7, scope: !426)
!430 = distinct !DISubprogram(name: "_M_deleter", scope: !74, file: !74, line: 193, type: !11, scopeLine: 193, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!431 = !DILocation(line: 193, column: 61, scope: !430)
!432 = !DILocation(line: 193, column: 49, scope: !430)
!433 = !DILocation(line: 193, column: 42, scope: !430)
!434 = distinct !DISubprogram(name: "get<1UL, Square *, std::default_delete<Square> >", scope: !301, file: !301, line: 1380, type: !11, scopeLine: 1381, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!435 = !DILocation(line: 1381, column: 37, scope: !434)
!436 = !DILocation(line: 1381, column: 14, scope: !434)
!437 = !DILocation(line: 1381, column: 7, scope: !434)
!438 = distinct !DISubprogram(name: "__get_helper<1UL, std::default_delete<Square> >", scope: !301, file: !301, line: 1364, type: !11, scopeLine: 1365, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!439 = !DILocation(line: 1365, column: 57, scope: !438)
!440 = !DILocation(line: 1365, column: 14, scope: !438)
!441 = !DILocation(line: 1365, column: 7, scope: !438)
!442 = distinct !DISubprogram(name: "_M_head", scope: !301, file: !301, line: 424, type: !11, scopeLine: 424, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!443 = !DILocation(line: 424, column: 66, scope: !442)
!444 = !DILocation(line: 424, column: 51, scope: !442)
!445 = !DILocation(line: 424, column: 44, scope: !442)
!446 = distinct !DISubprogram(name: "_M_head", scope: !301, file: !301, line: 124, type: !11, scopeLine: 124, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!447 = !DILocation(line: 124, column: 50, scope: !446)
!448 = !DILocation(line: 124, column: 43, scope: !446)
!449 = distinct !DISubprogram(name: "Circle", scope: !10, file: !10, line: 14, type: !11, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!450 = !DILocation(line: 14, column: 44, scope: !449)
!451 = !DILocation(line: 14, column: 70, scope: !449)
!452 = !DILocation(line: 14, column: 64, scope: !449)
!453 = !DILocation(line: 14, column: 66, scope: !449)
!454 = !DILocation(line: 14, column: 71, scope: !449)
!455 = distinct !DISubprogram(name: "unique_ptr<std::default_delete<Circle>, void>", scope: !74, file: !74, line: 309, type: !11, scopeLine: 311, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!456 = !DILocation(line: 310, column: 4, scope: !455)
!457 = !DILocation(line: 310, column: 9, scope: !455)
!458 = !DILocation(line: 311, column: 11, scope: !455)
!459 = distinct !DISubprogram(name: "~Circle", scope: !10, file: !10, line: 14, type: !11, scopeLine: 14, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!460 = !DILocation(line: 14, column: 8, scope: !459)
!461 = distinct !DISubprogram(name: "~Circle", scope: !10, file: !10, line: 14, type: !11, scopeLine: 14, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!462 = !DILocation(line: 14, column: 8, scope: !461)
!463 = distinct !DISubprogram(name: "area", scope: !10, file: !10, line: 14, type: !11, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!464 = !DILocation(line: 14, column: 131, scope: !463)
!465 = !DILocation(line: 14, column: 129, scope: !463)
!466 = !DILocation(line: 14, column: 135, scope: !463)
!467 = !DILocation(line: 14, column: 133, scope: !463)
!468 = !DILocation(line: 14, column: 104, scope: !463)
!469 = distinct !DISubprogram(name: "__uniq_ptr_impl", scope: !74, file: !74, line: 233, type: !11, scopeLine: 233, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!470 = !DILocation(line: 233, column: 40, scope: !469)
!471 = distinct !DISubprogram(name: "__uniq_ptr_impl", scope: !74, file: !74, line: 168, type: !11, scopeLine: 168, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!472 = !DILocation(line: 168, column: 38, scope: !471)
!473 = !DILocation(line: 168, column: 58, scope: !471)
!474 = !DILocation(line: 168, column: 47, scope: !471)
!475 = !DILocation(line: 168, column: 56, scope: !471)
!476 = !DILocation(line: 168, column: 63, scope: !471)
!477 = distinct !DISubprogram(name: "tuple<true, true>", scope: !301, file: !301, line: 1049, type: !11, scopeLine: 1051, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!478 = !DILocation(line: 1051, column: 4, scope: !477)
!479 = !DILocation(line: 1051, column: 19, scope: !477)
!480 = distinct !DISubprogram(name: "_M_ptr", scope: !74, file: !74, line: 189, type: !11, scopeLine: 189, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!481 = !DILocation(line: 189, column: 57, scope: !480)
!482 = !DILocation(line: 189, column: 45, scope: !480)
!483 = !DILocation(line: 189, column: 38, scope: !480)
!484 = distinct !DISubprogram(name: "_Tuple_impl", scope: !301, file: !301, line: 279, type: !11, scopeLine: 280, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!485 = !DILocation(line: 280, column: 9, scope: !484)
!486 = !DILocation(line: 280, column: 23, scope: !484)
!487 = !DILocation(line: 280, column: 33, scope: !484)
!488 = distinct !DISubprogram(name: "_Tuple_impl", scope: !301, file: !301, line: 430, type: !11, scopeLine: 431, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!489 = !DILocation(line: 431, column: 9, scope: !488)
!490 = !DILocation(line: 431, column: 19, scope: !488)
!491 = distinct !DISubprogram(name: "_Head_base", scope: !301, file: !301, line: 189, type: !11, scopeLine: 190, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!492 = !DILocation(line: 190, column: 9, scope: !491)
!493 = !DILocation(line: 190, column: 26, scope: !491)
!494 = distinct !DISubprogram(name: "_Head_base", scope: !301, file: !301, line: 80, type: !11, scopeLine: 81, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!495 = !DILocation(line: 81, column: 26, scope: !494)
!496 = distinct !DISubprogram(name: "get<0UL, Circle *, std::default_delete<Circle> >", scope: !301, file: !301, line: 1380, type: !11, scopeLine: 1381, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!497 = !DILocation(line: 1381, column: 37, scope: !496)
!498 = !DILocation(line: 1381, column: 14, scope: !496)
!499 = !DILocation(line: 1381, column: 7, scope: !496)
!500 = distinct !DISubprogram(name: "__get_helper<0UL, Circle *, std::default_delete<Circle> >", scope: !301, file: !301, line: 1364, type: !11, scopeLine: 1365, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!501 = !DILocation(line: 1365, column: 57, scope: !500)
!502 = !DILocation(line: 1365, column: 14, scope: !500)
!503 = !DILocation(line: 1365, column: 7, scope: !500)
!504 = distinct !DISubprogram(name: "_M_head", scope: !301, file: !301, line: 268, type: !11, scopeLine: 268, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!505 = !DILocation(line: 268, column: 66, scope: !504)
!506 = !DILocation(line: 268, column: 51, scope: !504)
!507 = !DILocation(line: 268, column: 44, scope: !504)
!508 = distinct !DISubprogram(name: "_M_head", scope: !301, file: !301, line: 233, type: !11, scopeLine: 233, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!509 = !DILocation(line: 233, column: 50, scope: !508)
!510 = !DILocation(line: 233, column: 54, scope: !508)
!511 = !DILocation(line: 233, column: 43, scope: !508)
!512 = distinct !DISubprogram(name: "get_deleter", scope: !74, file: !74, line: 467, type: !11, scopeLine: 468, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!513 = !DILocation(line: 468, column: 16, scope: !512)
!514 = !DILocation(line: 468, column: 21, scope: !512)
!515 = !DILocation(line: 468, column: 9, scope: !512)
!516 = distinct !DISubprogram(name: "operator()", scope: !74, file: !74, line: 89, type: !11, scopeLine: 90, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!517 = !DILocation(line: 95, column: 9, scope: !516)
!518 = !DILocation(line: 95, column: 2, scope: !516)
!519 = !DILocation(line: 96, column: 7, scope: !516)
!520 = distinct !DISubprogram(name: "_M_deleter", scope: !74, file: !74, line: 193, type: !11, scopeLine: 193, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!521 = !DILocation(line: 193, column: 61, scope: !520)
!522 = !DILocation(line: 193, column: 49, scope: !520)
!523 = !DILocation(line: 193, column: 42, scope: !520)
!524 = distinct !DISubprogram(name: "get<1UL, Circle *, std::default_delete<Circle> >", scope: !301, file: !301, line: 1380, type: !11, scopeLine: 1381, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!525 = !DILocation(line: 1381, column: 37, scope: !524)
!526 = !DILocation(line: 1381, column: 14, scope: !524)
!527 = !DILocation(line: 1381, column: 7, scope: !524)
!528 = distinct !DISubprogram(name: "__get_helper<1UL, std::default_delete<Circle> >", scope: !301, file: !301, line: 1364, type: !11, scopeLine: 1365, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!529 = !DILocation(line: 1365, column: 57, scope: !528)
!530 = !DILocation(line: 1365, column: 14, scope: !528)
!531 = !DILocation(line: 1365, column: 7, scope: !528)
!532 = distinct !DISubprogram(name: "_M_head", scope: !301, file: !301, line: 424, type: !11, scopeLine: 424, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!533 = !DILocation(line: 424, column: 66, scope: !532)
!534 = !DILocation(line: 424, column: 51, scope: !532)
!535 = !DILocation(line: 424, column: 44, scope: !532)
!536 = distinct !DISubprogram(name: "_M_head", scope: !301, file: !301, line: 124, type: !11, scopeLine: 124, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!537 = !DILocation(line: 124, column: 50, scope: !536)
!538 = !DILocation(line: 124, column: 43, scope: !536)
!539 = distinct !DISubprogram(name: "_M_ptr", scope: !74, file: !74, line: 189, type: !11, scopeLine: 189, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!540 = !DILocation(line: 189, column: 57, scope: !539)
!541 = !DILocation(line: 189, column: 45, scope: !539)
!542 = !DILocation(line: 189, column: 38, scope: !539)
!543 = distinct !DISubprogram(name: "get_deleter", scope: !74, file: !74, line: 467, type: !11, scopeLine: 468, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!544 = !DILocation(line: 468, column: 16, scope: !543)
!545 = !DILocation(line: 468, column: 21, scope: !543)
!546 = !DILocation(line: 468, column: 9, scope: !543)
!547 = distinct !DISubprogram(name: "operator()", scope: !74, file: !74, line: 89, type: !11, scopeLine: 90, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!548 = !DILocation(line: 95, column: 9, scope: !547)
!549 = !DILocation(line: 95, column: 2, scope: !547)
!550 = !DILocation(line: 96, column: 7, scope: !547)
!551 = distinct !DISubprogram(name: "get<0UL, Shape *, std::default_delete<Shape> >", scope: !301, file: !301, line: 1380, type: !11, scopeLine: 1381, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!552 = !DILocation(line: 1381, column: 37, scope: !551)
!553 = !DILocation(line: 1381, column: 14, scope: !551)
!554 = !DILocation(line: 1381, column: 7, scope: !551)
!555 = distinct !DISubprogram(name: "__get_helper<0UL, Shape *, std::default_delete<Shape> >", scope: !301, file: !301, line: 1364, type: !11, scopeLine: 1365, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!556 = !DILocation(line: 1365, column: 57, scope: !555)
!557 = !DILocation(line: 1365, column: 14, scope: !555)
!558 = !DILocation(line: 1365, column: 7, scope: !555)
!559 = distinct !DISubprogram(name: "_M_head", scope: !301, file: !301, line: 268, type: !11, scopeLine: 268, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!560 = !DILocation(line: 268, column: 66, scope: !559)
!561 = !DILocation(line: 268, column: 51, scope: !559)
!562 = !DILocation(line: 268, column: 44, scope: !559)
!563 = distinct !DISubprogram(name: "_M_head", scope: !301, file: !301, line: 233, type: !11, scopeLine: 233, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!564 = !DILocation(line: 233, column: 50, scope: !563)
!565 = !DILocation(line: 233, column: 54, scope: !563)
!566 = !DILocation(line: 233, column: 43, scope: !563)
!567 = distinct !DISubprogram(name: "_M_deleter", scope: !74, file: !74, line: 193, type: !11, scopeLine: 193, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!568 = !DILocation(line: 193, column: 61, scope: !567)
!569 = !DILocation(line: 193, column: 49, scope: !567)
!570 = !DILocation(line: 193, column: 42, scope: !567)
!571 = distinct !DISubprogram(name: "get<1UL, Shape *, std::default_delete<Shape> >", scope: !301, file: !301, line: 1380, type: !11, scopeLine: 1381, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!572 = !DILocation(line: 1381, column: 37, scope: !571)
!573 = !DILocation(line: 1381, column: 14, scope: !571)
!574 = !DILocation(line: 1381, column: 7, scope: !571)
!575 = distinct !DISubprogram(name: "__get_helper<1UL, std::default_delete<Shape> >", scope: !301, file: !301, line: 1364, type: !11, scopeLine: 1365, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!576 = !DILocation(line: 1365, column: 57, scope: !575)
!577 = !DILocation(line: 1365, column: 14, scope: !575)
!578 = !DILocation(line: 1365, column: 7, scope: !575)
!579 = distinct !DISubprogram(name: "_M_head", scope: !301, file: !301, line: 424, type: !11, scopeLine: 424, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!580 = !DILocation(line: 424, column: 66, scope: !579)
!581 = !DILocation(line: 424, column: 51, scope: !579)
!582 = !DILocation(line: 424, column: 44, scope: !579)
!583 = distinct !DISubprogram(name: "_M_head", scope: !301, file: !301, line: 124, type: !11, scopeLine: 124, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!584 = !DILocation(line: 124, column: 50, scope: !583)
!585 = !DILocation(line: 124, column: 43, scope: !583)
!586 = distinct !DISubprogram(name: "release", scope: !74, file: !74, line: 486, type: !11, scopeLine: 487, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!587 = !DILocation(line: 487, column: 16, scope: !586)
!588 = !DILocation(line: 487, column: 21, scope: !586)
!589 = !DILocation(line: 487, column: 9, scope: !586)
!590 = distinct !DISubprogram(name: "__uniq_ptr_impl", scope: !74, file: !74, line: 233, type: !11, scopeLine: 233, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!591 = !DILocation(line: 233, column: 40, scope: !590)
!592 = distinct !DISubprogram(name: "release", scope: !74, file: !74, line: 207, type: !11, scopeLine: 208, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!593 = !DILocation(line: 209, column: 16, scope: !592)
!594 = !DILocation(line: 209, column: 10, scope: !592)
!595 = !DILocation(line: 210, column: 2, scope: !592)
!596 = !DILocation(line: 210, column: 11, scope: !592)
!597 = !DILocation(line: 211, column: 9, scope: !592)
!598 = !DILocation(line: 211, column: 2, scope: !592)
!599 = distinct !DISubprogram(name: "__uniq_ptr_impl<std::default_delete<Rect> >", scope: !74, file: !74, line: 172, type: !11, scopeLine: 173, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!600 = !DILocation(line: 173, column: 4, scope: !599)
!601 = !DILocation(line: 173, column: 33, scope: !599)
!602 = !DILocation(line: 173, column: 41, scope: !599)
!603 = distinct !DISubprogram(name: "tuple<Shape *&, std::default_delete<Rect>, true>", scope: !301, file: !301, line: 1077, type: !11, scopeLine: 1079, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!604 = !DILocation(line: 1079, column: 33, scope: !603)
!605 = !DILocation(line: 1079, column: 58, scope: !603)
!606 = !DILocation(line: 1079, column: 4, scope: !603)
!607 = !DILocation(line: 1079, column: 67, scope: !603)
!608 = distinct !DISubprogram(name: "_Tuple_impl<Shape *&, std::default_delete<Rect>, void>", scope: !301, file: !301, line: 290, type: !11, scopeLine: 293, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!609 = !DILocation(line: 291, column: 36, scope: !608)
!610 = !DILocation(line: 291, column: 4, scope: !608)
!611 = !DILocation(line: 292, column: 31, scope: !608)
!612 = !DILocation(line: 292, column: 4, scope: !608)
!613 = !DILocation(line: 293, column: 4, scope: !608)
!614 = distinct !DISubprogram(name: "_Tuple_impl<std::default_delete<Rect> >", scope: !301, file: !301, line: 440, type: !11, scopeLine: 442, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!615 = !DILocation(line: 441, column: 31, scope: !614)
!616 = !DILocation(line: 441, column: 4, scope: !614)
!617 = !DILocation(line: 442, column: 4, scope: !614)
!618 = distinct !DISubprogram(name: "_Head_base<Shape *&>", scope: !301, file: !301, line: 199, type: !11, scopeLine: 200, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!619 = !DILocation(line: 200, column: 4, scope: !618)
!620 = !DILocation(line: 200, column: 38, scope: !618)
!621 = !DILocation(line: 200, column: 17, scope: !618)
!622 = !DILocation(line: 200, column: 46, scope: !618)
!623 = distinct !DISubprogram(name: "_Head_base<std::default_delete<Rect> >", scope: !301, file: !301, line: 90, type: !11, scopeLine: 91, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!624 = !DILocation(line: 91, column: 38, scope: !623)
!625 = !DILocation(line: 91, column: 4, scope: !623)
!626 = !DILocation(line: 91, column: 46, scope: !623)
!627 = distinct !DISubprogram(name: "default_delete<Rect, void>", scope: !74, file: !74, line: 84, type: !11, scopeLine: 84, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!628 = !DILocation(line: 84, column: 63, scope: !627)
!629 = distinct !DISubprogram(name: "release", scope: !74, file: !74, line: 486, type: !11, scopeLine: 487, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!630 = !DILocation(line: 487, column: 16, scope: !629)
!631 = !DILocation(line: 487, column: 21, scope: !629)
!632 = !DILocation(line: 487, column: 9, scope: !629)
!633 = distinct !DISubprogram(name: "__uniq_ptr_impl", scope: !74, file: !74, line: 233, type: !11, scopeLine: 233, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!634 = !DILocation(line: 233, column: 40, scope: !633)
!635 = distinct !DISubprogram(name: "release", scope: !74, file: !74, line: 207, type: !11, scopeLine: 208, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!636 = !DILocation(line: 209, column: 16, scope: !635)
!637 = !DILocation(line: 209, column: 10, scope: !635)
!638 = !DILocation(line: 210, column: 2, scope: !635)
!639 = !DILocation(line: 210, column: 11, scope: !635)
!640 = !DILocation(line: 211, column: 9, scope: !635)
!641 = !DILocation(line: 211, column: 2, scope: !635)
!642 = distinct !DISubprogram(name: "__uniq_ptr_impl<std::default_delete<Square> >", scope: !74, file: !74, line: 172, type: !11, scopeLine: 173, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!643 = !DILocation(line: 173, column: 4, scope: !642)
!644 = !DILocation(line: 173, column: 33, scope: !642)
!645 = !DILocation(line: 173, column: 41, scope: !642)
!646 = distinct !DISubprogram(name: "tuple<Shape *&, std::default_delete<Square>, true>", scope: !301, file: !301, line: 1077, type: !11, scopeLine: 1079, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!647 = !DILocation(line: 1079, column: 33, scope: !646)
!648 = !DILocation(line: 1079, column: 58, scope: !646)
!649 = !DILocation(line: 1079, column: 4, scope: !646)
!650 = !DILocation(line: 1079, column: 67, scope: !646)
!651 = distinct !DISubprogram(name: "_Tuple_impl<Shape *&, std::default_delete<Square>, void>", scope: !301, file: !301, line: 290, type: !11, scopeLine: 293, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!652 = !DILocation(line: 291, column: 36, scope: !651)
!653 = !DILocation(line: 291, column: 4, scope: !651)
!654 = !DILocation(line: 292, column: 31, scope: !651)
!655 = !DILocation(line: 292, column: 4, scope: !651)
!656 = !DILocation(line: 293, column: 4, scope: !651)
!657 = distinct !DISubprogram(name: "_Tuple_impl<std::default_delete<Square> >", scope: !301, file: !301, line: 440, type: !11, scopeLine: 442, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!658 = !DILocation(line: 441, column: 31, scope: !657)
!659 = !DILocation(line: 441, column: 4, scope: !657)
!660 = !DILocation(line: 442, column: 4, scope: !657)
!661 = distinct !DISubprogram(name: "_Head_base<std::default_delete<Square> >", scope: !301, file: !301, line: 90, type: !11, scopeLine: 91, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!662 = !DILocation(line: 91, column: 38, scope: !661)
!663 = !DILocation(line: 91, column: 4, scope: !661)
!664 = !DILocation(line: 91, column: 46, scope: !661)
!665 = distinct !DISubprogram(name: "default_delete<Square, void>", scope: !74, file: !74, line: 84, type: !11, scopeLine: 84, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!666 = !DILocation(line: 84, column: 63, scope: !665)
!667 = distinct !DISubprogram(name: "release", scope: !74, file: !74, line: 486, type: !11, scopeLine: 487, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!668 = !DILocation(line: 487, column: 16, scope: !667)
!669 = !DILocation(line: 487, column: 21, scope: !667)
!670 = !DILocation(line: 487, column: 9, scope: !667)
!671 = distinct !DISubprogram(name: "__uniq_ptr_impl", scope: !74, file: !74, line: 233, type: !11, scopeLine: 233, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!672 = !DILocation(line: 233, column: 40, scope: !671)
!673 = distinct !DISubprogram(name: "release", scope: !74, file: !74, line: 207, type: !11, scopeLine: 208, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!674 = !DILocation(line: 209, column: 16, scope: !673)
!675 = !DILocation(line: 209, column: 10, scope: !673)
!676 = !DILocation(line: 210, column: 2, scope: !673)
!677 = !DILocation(line: 210, column: 11, scope: !673)
!678 = !DILocation(line: 211, column: 9, scope: !673)
!679 = !DILocation(line: 211, column: 2, scope: !673)
!680 = distinct !DISubprogram(name: "__uniq_ptr_impl<std::default_delete<Circle> >", scope: !74, file: !74, line: 172, type: !11, scopeLine: 173, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!681 = !DILocation(line: 173, column: 4, scope: !680)
!682 = !DILocation(line: 173, column: 33, scope: !680)
!683 = !DILocation(line: 173, column: 41, scope: !680)
!684 = distinct !DISubprogram(name: "tuple<Shape *&, std::default_delete<Circle>, true>", scope: !301, file: !301, line: 1077, type: !11, scopeLine: 1079, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!685 = !DILocation(line: 1079, column: 33, scope: !684)
!686 = !DILocation(line: 1079, column: 58, scope: !684)
!687 = !DILocation(line: 1079, column: 4, scope: !684)
!688 = !DILocation(line: 1079, column: 67, scope: !684)
!689 = distinct !DISubprogram(name: "_Tuple_impl<Shape *&, std::default_delete<Circle>, void>", scope: !301, file: !301, line: 290, type: !11, scopeLine: 293, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!690 = !DILocation(line: 291, column: 36, scope: !689)
!691 = !DILocation(line: 291, column: 4, scope: !689)
!692 = !DILocation(line: 292, column: 31, scope: !689)
!693 = !DILocation(line: 292, column: 4, scope: !689)
!694 = !DILocation(line: 293, column: 4, scope: !689)
!695 = distinct !DISubprogram(name: "_Tuple_impl<std::default_delete<Circle> >", scope: !301, file: !301, line: 440, type: !11, scopeLine: 442, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!696 = !DILocation(line: 441, column: 31, scope: !695)
!697 = !DILocation(line: 441, column: 4, scope: !695)
!698 = !DILocation(line: 442, column: 4, scope: !695)
!699 = distinct !DISubprogram(name: "_Head_base<std::default_delete<Circle> >", scope: !301, file: !301, line: 90, type: !11, scopeLine: 91, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!700 = !DILocation(line: 91, column: 38, scope: !699)
!701 = !DILocation(line: 91, column: 4, scope: !699)
!702 = !DILocation(line: 91, column: 46, scope: !699)
!703 = distinct !DISubprogram(name: "default_delete<Circle, void>", scope: !74, file: !74, line: 84, type: !11, scopeLine: 84, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!704 = !DILocation(line: 84, column: 63, scope: !703)
!705 = distinct !DISubprogram(name: "get", scope: !74, file: !74, line: 461, type: !11, scopeLine: 462, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!706 = !DILocation(line: 462, column: 16, scope: !705)
!707 = !DILocation(line: 462, column: 21, scope: !705)
!708 = !DILocation(line: 462, column: 9, scope: !705)
!709 = distinct !DISubprogram(name: "_M_ptr", scope: !74, file: !74, line: 191, type: !11, scopeLine: 191, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!710 = !DILocation(line: 191, column: 63, scope: !709)
!711 = !DILocation(line: 191, column: 51, scope: !709)
!712 = !DILocation(line: 191, column: 44, scope: !709)
!713 = distinct !DISubprogram(name: "get<0UL, Shape *, std::default_delete<Shape> >", scope: !301, file: !301, line: 1386, type: !11, scopeLine: 1387, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!714 = !DILocation(line: 1387, column: 37, scope: !713)
!715 = !DILocation(line: 1387, column: 14, scope: !713)
!716 = !DILocation(line: 1387, column: 7, scope: !713)
!717 = distinct !DISubprogram(name: "__get_helper<0UL, Shape *, std::default_delete<Shape> >", scope: !301, file: !301, line: 1369, type: !11, scopeLine: 1370, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!718 = !DILocation(line: 1370, column: 57, scope: !717)
!719 = !DILocation(line: 1370, column: 14, scope: !717)
!720 = !DILocation(line: 1370, column: 7, scope: !717)
!721 = distinct !DISubprogram(name: "_M_head", scope: !301, file: !301, line: 271, type: !11, scopeLine: 271, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!722 = !DILocation(line: 271, column: 72, scope: !721)
!723 = !DILocation(line: 271, column: 57, scope: !721)
!724 = !DILocation(line: 271, column: 50, scope: !721)
!725 = distinct !DISubprogram(name: "_M_head", scope: !301, file: !301, line: 236, type: !11, scopeLine: 236, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!726 = !DILocation(line: 236, column: 56, scope: !725)
!727 = !DILocation(line: 236, column: 60, scope: !725)
!728 = !DILocation(line: 236, column: 49, scope: !725)
!729 = distinct !DISubprogram(name: "reset", scope: !74, file: !74, line: 198, type: !11, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!730 = !DILocation(line: 200, column: 26, scope: !729)
!731 = !DILocation(line: 200, column: 16, scope: !729)
!732 = !DILocation(line: 201, column: 13, scope: !729)
!733 = !DILocation(line: 201, column: 2, scope: !729)
!734 = !DILocation(line: 201, column: 11, scope: !729)
!735 = !DILocation(line: 202, column: 6, scope: !729)
!736 = !DILocation(line: 203, column: 4, scope: !729)
!737 = !DILocation(line: 203, column: 17, scope: !729)
!738 = !DILocation(line: 204, column: 7, scope: !729)
