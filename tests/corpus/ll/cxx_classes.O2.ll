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

$_ZN9PrintableD2Ev = comdat any

$_ZNK3VecplERKS_ = comdat any

$_ZNK3VeceqERKS_ = comdat any

$_ZN7CounterC2Ev = comdat any

$_ZN7Counter3incEv = comdat any

$_ZNK7Counter3getEv = comdat any

$_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EE5resetEPS0_ = comdat any

$_ZN9PrintableC2Ev = comdat any

$_ZNK3Vec5printEv = comdat any

$_ZN3VecD0Ev = comdat any

$_ZN9PrintableD0Ev = comdat any

$_ZN4RectC2Edd = comdat any

$_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EEC2IS2_vEEPS0_ = comdat any

$_ZN5ShapeC2Ev = comdat any

$_ZN4RectD0Ev = comdat any

$_ZNK4Rect4areaEv = comdat any

$_ZNK4Rect4nameEv = comdat any

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

$_ZN5ShapeD2Ev = comdat any

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
@_ZTV3Vec = linkonce_odr unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI3Vec, ptr @_ZNK3Vec5printEv, ptr @_ZN9PrintableD2Ev, ptr @_ZN3VecD0Ev] }, comdat, align 8
@_ZTI3Vec = linkonce_odr constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS3Vec, ptr @_ZTI9Printable }, comdat, align 8
@_ZTVN10__cxxabiv120__si_class_type_infoE = external global [0 x ptr]
@_ZTS3Vec = linkonce_odr constant [5 x i8] c"3Vec\00", comdat, align 1
@_ZTI9Printable = linkonce_odr constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS9Printable }, comdat, align 8
@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@_ZTS9Printable = linkonce_odr constant [11 x i8] c"9Printable\00", comdat, align 1
@_ZTV9Printable = linkonce_odr unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI9Printable, ptr @__cxa_pure_virtual, ptr @_ZN9PrintableD2Ev, ptr @_ZN9PrintableD0Ev] }, comdat, align 8
@.str.5 = private unnamed_addr constant [16 x i8] c"(%.17g, %.17g)\0A\00", align 1
@_ZTV4Rect = linkonce_odr unnamed_addr constant { [6 x ptr] } { [6 x ptr] [ptr null, ptr @_ZTI4Rect, ptr @_ZN5ShapeD2Ev, ptr @_ZN4RectD0Ev, ptr @_ZNK4Rect4areaEv, ptr @_ZNK4Rect4nameEv] }, comdat, align 8
@_ZTI4Rect = linkonce_odr constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS4Rect, ptr @_ZTI5Shape }, comdat, align 8
@_ZTS4Rect = linkonce_odr constant [6 x i8] c"4Rect\00", comdat, align 1
@_ZTI5Shape = linkonce_odr constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS5Shape }, comdat, align 8
@_ZTS5Shape = linkonce_odr constant [7 x i8] c"5Shape\00", comdat, align 1
@_ZTV5Shape = linkonce_odr unnamed_addr constant { [6 x ptr] } { [6 x ptr] [ptr null, ptr @_ZTI5Shape, ptr @_ZN5ShapeD2Ev, ptr @_ZN5ShapeD0Ev, ptr @__cxa_pure_virtual, ptr @_ZNK5Shape4nameEv] }, comdat, align 8
@.str.6 = private unnamed_addr constant [6 x i8] c"shape\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"rect\00", align 1
@_ZTV6Square = linkonce_odr unnamed_addr constant { [6 x ptr] } { [6 x ptr] [ptr null, ptr @_ZTI6Square, ptr @_ZN5ShapeD2Ev, ptr @_ZN6SquareD0Ev, ptr @_ZNK4Rect4areaEv, ptr @_ZNK6Square4nameEv] }, comdat, align 8
@_ZTI6Square = linkonce_odr constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS6Square, ptr @_ZTI4Rect }, comdat, align 8
@_ZTS6Square = linkonce_odr constant [8 x i8] c"6Square\00", comdat, align 1
@.str.8 = private unnamed_addr constant [7 x i8] c"square\00", align 1
@_ZTV6Circle = linkonce_odr unnamed_addr constant { [6 x ptr] } { [6 x ptr] [ptr null, ptr @_ZTI6Circle, ptr @_ZN5ShapeD2Ev, ptr @_ZN6CircleD0Ev, ptr @_ZNK6Circle4areaEv, ptr @_ZNK5Shape4nameEv] }, comdat, align 8
@_ZTI6Circle = linkonce_odr constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS6Circle, ptr @_ZTI5Shape }, comdat, align 8
@_ZTS6Circle = linkonce_odr constant [8 x i8] c"6Circle\00", comdat, align 1

; Function Attrs: mustprogress norecurse uwtable
define noundef i32 @main() #0 personality ptr @__gxx_personality_v0 !dbg !13 {
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
  call void @llvm.lifetime.start.p0(ptr %2) #11, !dbg !17
  store i1 true, ptr %16, align 1
  store ptr %2, ptr %3, align 8, !dbg !18
  call void @llvm.lifetime.start.p0(ptr %4) #11, !dbg !19
  call void @llvm.lifetime.start.p0(ptr %5) #11, !dbg !20
  store i32 2, ptr %5, align 4, !dbg !21, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #11, !dbg !22
  store double 3.500000e+00, ptr %6, align 8, !dbg !23, !tbaa !24
  invoke void @_ZSt11make_uniqueI4RectJidEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind writable sret(%"class.std::unique_ptr.2") align 8 %4, ptr noundef nonnull align 4 dereferenceable(4) %5, ptr noundef nonnull align 8 dereferenceable(8) %6)
          to label %33 unwind label %50, !dbg !19

33:                                               ; preds = %0
  call void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EEC2I4RectS1_IS5_EvEEOS_IT_T0_E(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !19
  %34 = getelementptr inbounds %"class.std::unique_ptr", ptr %2, i64 1, !dbg !18
  store ptr %34, ptr %3, align 8, !dbg !18
  call void @llvm.lifetime.start.p0(ptr %9) #11, !dbg !26
  call void @llvm.lifetime.start.p0(ptr %10) #11, !dbg !27
  store double 1.250000e+00, ptr %10, align 8, !dbg !28, !tbaa !24
  invoke void @_ZSt11make_uniqueI6SquareJdEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind writable sret(%"class.std::unique_ptr.10") align 8 %9, ptr noundef nonnull align 8 dereferenceable(8) %10)
          to label %35 unwind label %54, !dbg !26

35:                                               ; preds = %33
  call void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EEC2I6SquareS1_IS5_EvEEOS_IT_T0_E(ptr noundef nonnull align 8 dereferenceable(8) %34, ptr noundef nonnull align 8 dereferenceable(8) %9) #11, !dbg !26
  %36 = getelementptr inbounds %"class.std::unique_ptr", ptr %2, i64 2, !dbg !18
  store ptr %36, ptr %3, align 8, !dbg !18
  call void @llvm.lifetime.start.p0(ptr %11) #11, !dbg !29
  call void @llvm.lifetime.start.p0(ptr %12) #11, !dbg !30
  store double 5.000000e-01, ptr %12, align 8, !dbg !31, !tbaa !24
  invoke void @_ZSt11make_uniqueI6CircleJdEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind writable sret(%"class.std::unique_ptr.18") align 8 %11, ptr noundef nonnull align 8 dereferenceable(8) %12)
          to label %37 unwind label %58, !dbg !29

37:                                               ; preds = %35
  call void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EEC2I6CircleS1_IS5_EvEEOS_IT_T0_E(ptr noundef nonnull align 8 dereferenceable(8) %36, ptr noundef nonnull align 8 dereferenceable(8) %11) #11, !dbg !29
  %38 = getelementptr inbounds %"class.std::unique_ptr", ptr %2, i64 3, !dbg !18
  store ptr %38, ptr %3, align 8, !dbg !18
  call void @llvm.lifetime.start.p0(ptr %13) #11, !dbg !32
  call void @llvm.lifetime.start.p0(ptr %14) #11, !dbg !33
  store double 1.000000e-01, ptr %14, align 8, !dbg !34, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %15) #11, !dbg !35
  store double 2.000000e-01, ptr %15, align 8, !dbg !36, !tbaa !24
  invoke void @_ZSt11make_uniqueI4RectJddEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind writable sret(%"class.std::unique_ptr.2") align 8 %13, ptr noundef nonnull align 8 dereferenceable(8) %14, ptr noundef nonnull align 8 dereferenceable(8) %15)
          to label %39 unwind label %62, !dbg !32

39:                                               ; preds = %37
  call void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EEC2I4RectS1_IS5_EvEEOS_IT_T0_E(ptr noundef nonnull align 8 dereferenceable(8) %38, ptr noundef nonnull align 8 dereferenceable(8) %13) #11, !dbg !32
  store i1 false, ptr %16, align 1, !dbg !18
  call void @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %13) #11, !dbg !18
  call void @llvm.lifetime.end.p0(ptr %15) #11, !dbg !18
  call void @llvm.lifetime.end.p0(ptr %14) #11, !dbg !18
  call void @llvm.lifetime.end.p0(ptr %13) #11, !dbg !18
  call void @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %11) #11, !dbg !18
  call void @llvm.lifetime.end.p0(ptr %12) #11, !dbg !18
  call void @llvm.lifetime.end.p0(ptr %11) #11, !dbg !18
  call void @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %9) #11, !dbg !18
  call void @llvm.lifetime.end.p0(ptr %10) #11, !dbg !18
  call void @llvm.lifetime.end.p0(ptr %9) #11, !dbg !18
  call void @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !18
  call void @llvm.lifetime.end.p0(ptr %6) #11, !dbg !18
  call void @llvm.lifetime.end.p0(ptr %5) #11, !dbg !18
  call void @llvm.lifetime.end.p0(ptr %4) #11, !dbg !18
  call void @llvm.lifetime.start.p0(ptr %17) #11, !dbg !37
  store double 0.000000e+00, ptr %17, align 8, !dbg !38, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %18) #11, !dbg !39
  store ptr %2, ptr %18, align 8, !dbg !40, !tbaa !41
  call void @llvm.lifetime.start.p0(ptr %19) #11, !dbg !44
  %40 = load ptr, ptr %18, align 8, !dbg !44, !tbaa !41, !nonnull !16, !align !45
  %41 = getelementptr inbounds [4 x %"class.std::unique_ptr"], ptr %40, i64 0, i64 0, !dbg !46
  store ptr %41, ptr %19, align 8, !dbg !47, !tbaa !41
  call void @llvm.lifetime.start.p0(ptr %20) #11, !dbg !44
  %42 = load ptr, ptr %18, align 8, !dbg !44, !tbaa !41, !nonnull !16, !align !45
  %43 = getelementptr inbounds [4 x %"class.std::unique_ptr"], ptr %42, i64 0, i64 0, !dbg !44
  %44 = getelementptr inbounds %"class.std::unique_ptr", ptr %43, i64 4, !dbg !48
  store ptr %44, ptr %20, align 8, !dbg !49, !tbaa !41
  br label %45, !dbg !44

45:                                               ; preds = %106, %39
  %46 = load ptr, ptr %19, align 8, !dbg !44, !tbaa !41
  %47 = load ptr, ptr %20, align 8, !dbg !44, !tbaa !41
  %48 = icmp ne ptr %46, %47, !dbg !50
  br i1 %48, label %79, label %49, !dbg !51

49:                                               ; preds = %45
  call void @llvm.lifetime.end.p0(ptr %20) #11, !dbg !44
  call void @llvm.lifetime.end.p0(ptr %19) #11, !dbg !44
  call void @llvm.lifetime.end.p0(ptr %18) #11, !dbg !44
  br label %113

50:                                               ; preds = %0
  %51 = landingpad { ptr, i32 }
          cleanup, !dbg !52
  %52 = extractvalue { ptr, i32 } %51, 0, !dbg !52
  store ptr %52, ptr %7, align 8, !dbg !52
  %53 = extractvalue { ptr, i32 } %51, 1, !dbg !52
  store i32 %53, ptr %8, align 4, !dbg !52
  br label %68, !dbg !52

54:                                               ; preds = %33
  %55 = landingpad { ptr, i32 }
          cleanup, !dbg !52
  %56 = extractvalue { ptr, i32 } %55, 0, !dbg !52
  store ptr %56, ptr %7, align 8, !dbg !52
  %57 = extractvalue { ptr, i32 } %55, 1, !dbg !52
  store i32 %57, ptr %8, align 4, !dbg !52
  br label %67, !dbg !52

58:                                               ; preds = %35
  %59 = landingpad { ptr, i32 }
          cleanup, !dbg !52
  %60 = extractvalue { ptr, i32 } %59, 0, !dbg !52
  store ptr %60, ptr %7, align 8, !dbg !52
  %61 = extractvalue { ptr, i32 } %59, 1, !dbg !52
  store i32 %61, ptr %8, align 4, !dbg !52
  br label %66, !dbg !52

62:                                               ; preds = %37
  %63 = landingpad { ptr, i32 }
          cleanup, !dbg !52
  %64 = extractvalue { ptr, i32 } %63, 0, !dbg !52
  store ptr %64, ptr %7, align 8, !dbg !52
  %65 = extractvalue { ptr, i32 } %63, 1, !dbg !52
  store i32 %65, ptr %8, align 4, !dbg !52
  call void @llvm.lifetime.end.p0(ptr %15) #11, !dbg !18
  call void @llvm.lifetime.end.p0(ptr %14) #11, !dbg !18
  call void @llvm.lifetime.end.p0(ptr %13) #11, !dbg !18
  call void @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %11) #11, !dbg !18
  br label %66, !dbg !18

66:                                               ; preds = %62, %58
  call void @llvm.lifetime.end.p0(ptr %12) #11, !dbg !18
  call void @llvm.lifetime.end.p0(ptr %11) #11, !dbg !18
  call void @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %9) #11, !dbg !18
  br label %67, !dbg !18

67:                                               ; preds = %66, %54
  call void @llvm.lifetime.end.p0(ptr %10) #11, !dbg !18
  call void @llvm.lifetime.end.p0(ptr %9) #11, !dbg !18
  call void @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !18
  br label %68, !dbg !18

68:                                               ; preds = %67, %50
  call void @llvm.lifetime.end.p0(ptr %6) #11, !dbg !18
  call void @llvm.lifetime.end.p0(ptr %5) #11, !dbg !18
  call void @llvm.lifetime.end.p0(ptr %4) #11, !dbg !18
  %69 = load i1, ptr %16, align 1, !dbg !18
  br i1 %69, label %70, label %78, !dbg !18

70:                                               ; preds = %68
  %71 = load ptr, ptr %3, align 8, !dbg !18
  %72 = icmp eq ptr %2, %71, !dbg !18
  br i1 %72, label %77, label %73, !dbg !18

73:                                               ; preds = %73, %70
  %74 = phi ptr [ %71, %70 ], [ %75, %73 ], !dbg !18
  %75 = getelementptr inbounds %"class.std::unique_ptr", ptr %74, i64 -1, !dbg !18
  call void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %75) #11, !dbg !18
  %76 = icmp eq ptr %75, %2, !dbg !18
  br i1 %76, label %77, label %73, !dbg !18

77:                                               ; preds = %73, %70
  br label %78, !dbg !18

78:                                               ; preds = %77, %68
  br label %227, !dbg !18

79:                                               ; preds = %45
  call void @llvm.lifetime.start.p0(ptr %21) #11, !dbg !53
  %80 = load ptr, ptr %19, align 8, !dbg !54, !tbaa !41
  store ptr %80, ptr %21, align 8, !dbg !55, !tbaa !41
  %81 = load ptr, ptr %21, align 8, !dbg !56, !tbaa !41, !nonnull !16, !align !45
  %82 = call noundef ptr @_ZNKSt10unique_ptrI5ShapeSt14default_deleteIS0_EEptEv(ptr noundef nonnull align 8 dereferenceable(8) %81) #11, !dbg !56
  %83 = load ptr, ptr %82, align 8, !dbg !57, !tbaa !58
  %84 = getelementptr inbounds ptr, ptr %83, i64 3, !dbg !57
  %85 = load ptr, ptr %84, align 8, !dbg !57
  %86 = invoke noundef ptr %85(ptr noundef nonnull align 8 dereferenceable(8) %82)
          to label %87 unwind label %109, !dbg !57

87:                                               ; preds = %79
  %88 = load ptr, ptr %21, align 8, !dbg !60, !tbaa !41, !nonnull !16, !align !45
  %89 = call noundef ptr @_ZNKSt10unique_ptrI5ShapeSt14default_deleteIS0_EEptEv(ptr noundef nonnull align 8 dereferenceable(8) %88) #11, !dbg !60
  %90 = load ptr, ptr %89, align 8, !dbg !61, !tbaa !58
  %91 = getelementptr inbounds ptr, ptr %90, i64 2, !dbg !61
  %92 = load ptr, ptr %91, align 8, !dbg !61
  %93 = invoke noundef double %92(ptr noundef nonnull align 8 dereferenceable(8) %89)
          to label %94 unwind label %109, !dbg !61

94:                                               ; preds = %87
  %95 = invoke i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef %86, double noundef %93)
          to label %96 unwind label %109, !dbg !62

96:                                               ; preds = %94
  %97 = load ptr, ptr %21, align 8, !dbg !63, !tbaa !41, !nonnull !16, !align !45
  %98 = call noundef ptr @_ZNKSt10unique_ptrI5ShapeSt14default_deleteIS0_EEptEv(ptr noundef nonnull align 8 dereferenceable(8) %97) #11, !dbg !63
  %99 = load ptr, ptr %98, align 8, !dbg !64, !tbaa !58
  %100 = getelementptr inbounds ptr, ptr %99, i64 2, !dbg !64
  %101 = load ptr, ptr %100, align 8, !dbg !64
  %102 = invoke noundef double %101(ptr noundef nonnull align 8 dereferenceable(8) %98)
          to label %103 unwind label %109, !dbg !64

103:                                              ; preds = %96
  %104 = load double, ptr %17, align 8, !dbg !65, !tbaa !24
  %105 = fadd double %104, %102, !dbg !66
  store double %105, ptr %17, align 8, !dbg !67, !tbaa !24
  call void @llvm.lifetime.end.p0(ptr %21) #11, !dbg !68
  br label %106, !dbg !69

106:                                              ; preds = %103
  %107 = load ptr, ptr %19, align 8, !dbg !44, !tbaa !41
  %108 = getelementptr inbounds nuw %"class.std::unique_ptr", ptr %107, i32 1, !dbg !70
  store ptr %108, ptr %19, align 8, !dbg !71, !tbaa !41
  br label %45, !dbg !44, !llvm.loop !72

109:                                              ; preds = %96, %94, %87, %79
  %110 = landingpad { ptr, i32 }
          cleanup, !dbg !52
  %111 = extractvalue { ptr, i32 } %110, 0, !dbg !52
  store ptr %111, ptr %7, align 8, !dbg !52
  %112 = extractvalue { ptr, i32 } %110, 1, !dbg !52
  store i32 %112, ptr %8, align 4, !dbg !52
  call void @llvm.lifetime.end.p0(ptr %21) #11, !dbg !68
  call void @llvm.lifetime.end.p0(ptr %20) #11, !dbg !44
  call void @llvm.lifetime.end.p0(ptr %19) #11, !dbg !44
  call void @llvm.lifetime.end.p0(ptr %18) #11, !dbg !44
  br label %213, !dbg !44

113:                                              ; preds = %49
  %114 = load double, ptr %17, align 8, !dbg !74, !tbaa !24
  %115 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %114)
          to label %116 unwind label %154, !dbg !75

116:                                              ; preds = %113
  call void @llvm.lifetime.start.p0(ptr %22) #11, !dbg !76
  invoke void @_ZN3VecC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %22, double noundef 1.000000e+00, double noundef 2.000000e+00)
          to label %117 unwind label %158, !dbg !77

117:                                              ; preds = %116
  call void @llvm.lifetime.start.p0(ptr %23) #11, !dbg !78
  call void @llvm.lifetime.start.p0(ptr %24) #11, !dbg !78
  invoke void @_ZN3VecC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %24, double noundef 5.000000e-01, double noundef -1.000000e+00)
          to label %118 unwind label %162, !dbg !78

118:                                              ; preds = %117
  invoke void @_ZNK3VecmlEd(ptr dead_on_unwind writable sret(%struct.Vec) align 8 %23, ptr noundef nonnull align 8 dereferenceable(24) %24, double noundef 3.000000e+00)
          to label %119 unwind label %166, !dbg !79

119:                                              ; preds = %118
  %120 = invoke noundef nonnull align 8 dereferenceable(24) ptr @_ZN3VecpLERKS_(ptr noundef nonnull align 8 dereferenceable(24) %22, ptr noundef nonnull align 8 dereferenceable(24) %23)
          to label %121 unwind label %170, !dbg !80

121:                                              ; preds = %119
  call void @_ZN9PrintableD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %23) #11, !dbg !81
  call void @_ZN9PrintableD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %24) #11, !dbg !81
  call void @llvm.lifetime.end.p0(ptr %24) #11, !dbg !81
  call void @llvm.lifetime.end.p0(ptr %23) #11, !dbg !81
  call void @llvm.lifetime.start.p0(ptr %25) #11, !dbg !82
  invoke void @_ZNK3VecplERKS_(ptr dead_on_unwind writable sret(%struct.Vec) align 8 %25, ptr noundef nonnull align 8 dereferenceable(24) %22, ptr noundef nonnull align 8 dereferenceable(24) %22)
          to label %122 unwind label %176, !dbg !83

122:                                              ; preds = %121
  call void @llvm.lifetime.start.p0(ptr %26) #11, !dbg !84
  store ptr %25, ptr %26, align 8, !dbg !85, !tbaa !86
  %123 = load ptr, ptr %26, align 8, !dbg !88, !tbaa !86, !nonnull !16, !align !45
  %124 = load ptr, ptr %123, align 8, !dbg !89, !tbaa !58
  %125 = getelementptr inbounds ptr, ptr %124, i64 0, !dbg !89
  %126 = load ptr, ptr %125, align 8, !dbg !89
  invoke void %126(ptr noundef nonnull align 8 dereferenceable(8) %123)
          to label %127 unwind label %180, !dbg !89

127:                                              ; preds = %122
  call void @llvm.lifetime.start.p0(ptr %27) #11, !dbg !90
  invoke void @_ZN3VecC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %27, double noundef 5.000000e+00, double noundef -2.000000e+00)
          to label %128 unwind label %184, !dbg !90

128:                                              ; preds = %127
  %129 = invoke noundef zeroext i1 @_ZNK3VeceqERKS_(ptr noundef nonnull align 8 dereferenceable(24) %25, ptr noundef nonnull align 8 dereferenceable(24) %27)
          to label %130 unwind label %188, !dbg !91

130:                                              ; preds = %128
  %131 = zext i1 %129 to i32, !dbg !92
  %132 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %131)
          to label %133 unwind label %188, !dbg !93

133:                                              ; preds = %130
  call void @_ZN9PrintableD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %27) #11, !dbg !93
  call void @llvm.lifetime.end.p0(ptr %27) #11, !dbg !93
  call void @llvm.lifetime.start.p0(ptr %28) #11, !dbg !94
  call void @_ZN7CounterC2Ev(ptr noundef nonnull align 4 dereferenceable(4) %28) #11, !dbg !95
  %134 = invoke noundef nonnull align 4 dereferenceable(4) ptr @_ZN7Counter3incEv(ptr noundef nonnull align 4 dereferenceable(4) %28)
          to label %135 unwind label %193, !dbg !96

135:                                              ; preds = %133
  %136 = invoke noundef nonnull align 4 dereferenceable(4) ptr @_ZN7Counter3incEv(ptr noundef nonnull align 4 dereferenceable(4) %134)
          to label %137 unwind label %193, !dbg !97

137:                                              ; preds = %135
  %138 = invoke noundef nonnull align 4 dereferenceable(4) ptr @_ZN7Counter3incEv(ptr noundef nonnull align 4 dereferenceable(4) %136)
          to label %139 unwind label %193, !dbg !98

139:                                              ; preds = %137
  %140 = invoke noundef i32 @_ZNK7Counter3getEv(ptr noundef nonnull align 4 dereferenceable(4) %28)
          to label %141 unwind label %193, !dbg !99

141:                                              ; preds = %139
  %142 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %140)
          to label %143 unwind label %193, !dbg !100

143:                                              ; preds = %141
  call void @llvm.lifetime.start.p0(ptr %29) #11, !dbg !101
  store ptr %2, ptr %29, align 8, !dbg !102, !tbaa !41
  call void @llvm.lifetime.start.p0(ptr %30) #11, !dbg !103
  %144 = load ptr, ptr %29, align 8, !dbg !103, !tbaa !41, !nonnull !16, !align !45
  %145 = getelementptr inbounds [4 x %"class.std::unique_ptr"], ptr %144, i64 0, i64 0, !dbg !104
  store ptr %145, ptr %30, align 8, !dbg !105, !tbaa !41
  call void @llvm.lifetime.start.p0(ptr %31) #11, !dbg !103
  %146 = load ptr, ptr %29, align 8, !dbg !103, !tbaa !41, !nonnull !16, !align !45
  %147 = getelementptr inbounds [4 x %"class.std::unique_ptr"], ptr %146, i64 0, i64 0, !dbg !103
  %148 = getelementptr inbounds %"class.std::unique_ptr", ptr %147, i64 4, !dbg !106
  store ptr %148, ptr %31, align 8, !dbg !107, !tbaa !41
  br label %149, !dbg !103

149:                                              ; preds = %200, %143
  %150 = load ptr, ptr %30, align 8, !dbg !103, !tbaa !41
  %151 = load ptr, ptr %31, align 8, !dbg !103, !tbaa !41
  %152 = icmp ne ptr %150, %151, !dbg !108
  br i1 %152, label %197, label %153, !dbg !109

153:                                              ; preds = %149
  call void @llvm.lifetime.end.p0(ptr %31) #11, !dbg !103
  call void @llvm.lifetime.end.p0(ptr %30) #11, !dbg !103
  call void @llvm.lifetime.end.p0(ptr %29) #11, !dbg !103
  br label %203

154:                                              ; preds = %113
  %155 = landingpad { ptr, i32 }
          cleanup, !dbg !52
  %156 = extractvalue { ptr, i32 } %155, 0, !dbg !52
  store ptr %156, ptr %7, align 8, !dbg !52
  %157 = extractvalue { ptr, i32 } %155, 1, !dbg !52
  store i32 %157, ptr %8, align 4, !dbg !52
  br label %213, !dbg !52

158:                                              ; preds = %116
  %159 = landingpad { ptr, i32 }
          cleanup, !dbg !52
  %160 = extractvalue { ptr, i32 } %159, 0, !dbg !52
  store ptr %160, ptr %7, align 8, !dbg !52
  %161 = extractvalue { ptr, i32 } %159, 1, !dbg !52
  store i32 %161, ptr %8, align 4, !dbg !52
  br label %212, !dbg !52

162:                                              ; preds = %117
  %163 = landingpad { ptr, i32 }
          cleanup, !dbg !52
  %164 = extractvalue { ptr, i32 } %163, 0, !dbg !52
  store ptr %164, ptr %7, align 8, !dbg !52
  %165 = extractvalue { ptr, i32 } %163, 1, !dbg !52
  store i32 %165, ptr %8, align 4, !dbg !52
  br label %175, !dbg !52

166:                                              ; preds = %118
  %167 = landingpad { ptr, i32 }
          cleanup, !dbg !52
  %168 = extractvalue { ptr, i32 } %167, 0, !dbg !52
  store ptr %168, ptr %7, align 8, !dbg !52
  %169 = extractvalue { ptr, i32 } %167, 1, !dbg !52
  store i32 %169, ptr %8, align 4, !dbg !52
  br label %174, !dbg !52

170:                                              ; preds = %119
  %171 = landingpad { ptr, i32 }
          cleanup, !dbg !52
  %172 = extractvalue { ptr, i32 } %171, 0, !dbg !52
  store ptr %172, ptr %7, align 8, !dbg !52
  %173 = extractvalue { ptr, i32 } %171, 1, !dbg !52
  store i32 %173, ptr %8, align 4, !dbg !52
  call void @_ZN9PrintableD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %23) #11, !dbg !81
  br label %174, !dbg !81

174:                                              ; preds = %170, %166
  call void @_ZN9PrintableD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %24) #11, !dbg !81
  br label %175, !dbg !81

175:                                              ; preds = %174, %162
  call void @llvm.lifetime.end.p0(ptr %24) #11, !dbg !81
  call void @llvm.lifetime.end.p0(ptr %23) #11, !dbg !81
  br label %211, !dbg !81

176:                                              ; preds = %121
  %177 = landingpad { ptr, i32 }
          cleanup, !dbg !52
  %178 = extractvalue { ptr, i32 } %177, 0, !dbg !52
  store ptr %178, ptr %7, align 8, !dbg !52
  %179 = extractvalue { ptr, i32 } %177, 1, !dbg !52
  store i32 %179, ptr %8, align 4, !dbg !52
  br label %210, !dbg !52

180:                                              ; preds = %122
  %181 = landingpad { ptr, i32 }
          cleanup, !dbg !52
  %182 = extractvalue { ptr, i32 } %181, 0, !dbg !52
  store ptr %182, ptr %7, align 8, !dbg !52
  %183 = extractvalue { ptr, i32 } %181, 1, !dbg !52
  store i32 %183, ptr %8, align 4, !dbg !52
  br label %209, !dbg !52

184:                                              ; preds = %127
  %185 = landingpad { ptr, i32 }
          cleanup, !dbg !52
  %186 = extractvalue { ptr, i32 } %185, 0, !dbg !52
  store ptr %186, ptr %7, align 8, !dbg !52
  %187 = extractvalue { ptr, i32 } %185, 1, !dbg !52
  store i32 %187, ptr %8, align 4, !dbg !52
  br label %192, !dbg !52

188:                                              ; preds = %130, %128
  %189 = landingpad { ptr, i32 }
          cleanup, !dbg !52
  %190 = extractvalue { ptr, i32 } %189, 0, !dbg !52
  store ptr %190, ptr %7, align 8, !dbg !52
  %191 = extractvalue { ptr, i32 } %189, 1, !dbg !52
  store i32 %191, ptr %8, align 4, !dbg !52
  call void @_ZN9PrintableD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %27) #11, !dbg !93
  br label %192, !dbg !93

192:                                              ; preds = %188, %184
  call void @llvm.lifetime.end.p0(ptr %27) #11, !dbg !93
  br label %209, !dbg !93

193:                                              ; preds = %203, %141, %139, %137, %135, %133
  %194 = landingpad { ptr, i32 }
          cleanup, !dbg !52
  %195 = extractvalue { ptr, i32 } %194, 0, !dbg !52
  store ptr %195, ptr %7, align 8, !dbg !52
  %196 = extractvalue { ptr, i32 } %194, 1, !dbg !52
  store i32 %196, ptr %8, align 4, !dbg !52
  call void @llvm.lifetime.end.p0(ptr %28) #11, !dbg !52
  br label %209, !dbg !52

197:                                              ; preds = %149
  call void @llvm.lifetime.start.p0(ptr %32) #11, !dbg !110
  %198 = load ptr, ptr %30, align 8, !dbg !111, !tbaa !41
  store ptr %198, ptr %32, align 8, !dbg !112, !tbaa !41
  %199 = load ptr, ptr %32, align 8, !dbg !113, !tbaa !41, !nonnull !16, !align !45
  call void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EE5resetEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %199, ptr noundef null) #11, !dbg !114
  call void @llvm.lifetime.end.p0(ptr %32) #11, !dbg !115
  br label %200, !dbg !116

200:                                              ; preds = %197
  %201 = load ptr, ptr %30, align 8, !dbg !103, !tbaa !41
  %202 = getelementptr inbounds nuw %"class.std::unique_ptr", ptr %201, i32 1, !dbg !117
  store ptr %202, ptr %30, align 8, !dbg !118, !tbaa !41
  br label %149, !dbg !103, !llvm.loop !119

203:                                              ; preds = %153
  %204 = load i32, ptr @_ZN5Shape9destroyedE, align 4, !dbg !121, !tbaa !9
  %205 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %204)
          to label %206 unwind label %193, !dbg !122

206:                                              ; preds = %203
  store i32 0, ptr %1, align 4, !dbg !123
  call void @llvm.lifetime.end.p0(ptr %28) #11, !dbg !52
  call void @llvm.lifetime.end.p0(ptr %26) #11, !dbg !52
  call void @_ZN9PrintableD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %25) #11, !dbg !52
  call void @llvm.lifetime.end.p0(ptr %25) #11, !dbg !52
  call void @_ZN9PrintableD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %22) #11, !dbg !52
  call void @llvm.lifetime.end.p0(ptr %22) #11, !dbg !52
  call void @llvm.lifetime.end.p0(ptr %17) #11, !dbg !52
  %207 = getelementptr inbounds [4 x %"class.std::unique_ptr"], ptr %2, i32 0, i32 0, !dbg !52
  %208 = getelementptr inbounds %"class.std::unique_ptr", ptr %207, i64 4, !dbg !52
  br label %216, !dbg !52

209:                                              ; preds = %193, %192, %180
  call void @llvm.lifetime.end.p0(ptr %26) #11, !dbg !52
  call void @_ZN9PrintableD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %25) #11, !dbg !52
  br label %210, !dbg !52

210:                                              ; preds = %209, %176
  call void @llvm.lifetime.end.p0(ptr %25) #11, !dbg !52
  br label %211, !dbg !52

211:                                              ; preds = %210, %175
  call void @_ZN9PrintableD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %22) #11, !dbg !52
  br label %212, !dbg !52

212:                                              ; preds = %211, %158
  call void @llvm.lifetime.end.p0(ptr %22) #11, !dbg !52
  br label %213, !dbg !52

213:                                              ; preds = %212, %154, %109
  call void @llvm.lifetime.end.p0(ptr %17) #11, !dbg !52
  %214 = getelementptr inbounds [4 x %"class.std::unique_ptr"], ptr %2, i32 0, i32 0, !dbg !52
  %215 = getelementptr inbounds %"class.std::unique_ptr", ptr %214, i64 4, !dbg !52
  br label %222, !dbg !52

216:                                              ; preds = %216, %206
  %217 = phi ptr [ %208, %206 ], [ %218, %216 ], !dbg !52
  %218 = getelementptr inbounds %"class.std::unique_ptr", ptr %217, i64 -1, !dbg !52
  call void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %218) #11, !dbg !52
  %219 = icmp eq ptr %218, %207, !dbg !52
  br i1 %219, label %220, label %216, !dbg !52

220:                                              ; preds = %216
  call void @llvm.lifetime.end.p0(ptr %2) #11, !dbg !52
  %221 = load i32, ptr %1, align 4, !dbg !124
  ret i32 %221, !dbg !125

222:                                              ; preds = %222, %213
  %223 = phi ptr [ %215, %213 ], [ %224, %222 ], !dbg !52
  %224 = getelementptr inbounds %"class.std::unique_ptr", ptr %223, i64 -1, !dbg !52
  call void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %224) #11, !dbg !52
  %225 = icmp eq ptr %224, %214, !dbg !52
  br i1 %225, label %226, label %222, !dbg !52

226:                                              ; preds = %222
  br label %227, !dbg !52

227:                                              ; preds = %226, %78
  call void @llvm.lifetime.end.p0(ptr %2) #11, !dbg !52
  br label %228, !dbg !52

228:                                              ; preds = %227
  %229 = load ptr, ptr %7, align 8, !dbg !52
  %230 = load i32, ptr %8, align 4, !dbg !52
  %231 = insertvalue { ptr, i32 } poison, ptr %229, 0, !dbg !52
  %232 = insertvalue { ptr, i32 } %231, i32 %230, 1, !dbg !52
  resume { ptr, i32 } %232, !dbg !52
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr void @_ZSt11make_uniqueI4RectJidEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind noalias writable sret(%"class.std::unique_ptr.2") align 8 %0, ptr noundef nonnull align 4 dereferenceable(4) %1, ptr noundef nonnull align 8 dereferenceable(8) %2) #2 comdat personality ptr @__gxx_personality_v0 !dbg !126 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8, !tbaa !128
  store ptr %2, ptr %6, align 8, !tbaa !130
  %9 = call noalias noundef nonnull ptr @_Znwm(i64 noundef 24) #12, !dbg !132
  %10 = load ptr, ptr %5, align 8, !dbg !133, !tbaa !128, !nonnull !16, !align !134
  %11 = load i32, ptr %10, align 4, !dbg !135, !tbaa !9
  %12 = sitofp i32 %11 to double, !dbg !135
  %13 = load ptr, ptr %6, align 8, !dbg !133, !tbaa !130, !nonnull !16, !align !45
  %14 = load double, ptr %13, align 8, !dbg !135, !tbaa !24
  invoke void @_ZN4RectC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %9, double noundef %12, double noundef %14)
          to label %15 unwind label %16, !dbg !136

15:                                               ; preds = %3
  call void @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EEC2IS2_vEEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %9) #11, !dbg !137
  ret void, !dbg !138

16:                                               ; preds = %3
  %17 = landingpad { ptr, i32 }
          cleanup, !dbg !139
  %18 = extractvalue { ptr, i32 } %17, 0, !dbg !139
  store ptr %18, ptr %7, align 8, !dbg !139
  %19 = extractvalue { ptr, i32 } %17, 1, !dbg !139
  store i32 %19, ptr %8, align 4, !dbg !139
  call void @_ZdlPvm(ptr noundef %9, i64 noundef 24) #13, !dbg !132
  br label %20, !dbg !132

20:                                               ; preds = %16
  %21 = load ptr, ptr %7, align 8, !dbg !132
  %22 = load i32, ptr %8, align 4, !dbg !132
  %23 = insertvalue { ptr, i32 } poison, ptr %21, 0, !dbg !132
  %24 = insertvalue { ptr, i32 } %23, i32 %22, 1, !dbg !132
  resume { ptr, i32 } %24, !dbg !132
}

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EEC2I4RectS1_IS5_EvEEOS_IT_T0_E(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) unnamed_addr #3 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !140 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !41
  store ptr %1, ptr %4, align 8, !tbaa !141
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::unique_ptr", ptr %5, i32 0, i32 0, !dbg !143
  %7 = load ptr, ptr %4, align 8, !dbg !144, !tbaa !141, !nonnull !16, !align !45
  %8 = call noundef ptr @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %7) #11, !dbg !145
  %9 = load ptr, ptr %4, align 8, !dbg !146, !tbaa !141, !nonnull !16, !align !45
  %10 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %9) #11, !dbg !147
  invoke void @_ZNSt15__uniq_ptr_dataI5ShapeSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EIS1_I4RectEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef %8, ptr noundef nonnull align 1 dereferenceable(1) %10)
          to label %11 unwind label %12, !dbg !143

11:                                               ; preds = %2
  ret void, !dbg !148

12:                                               ; preds = %2
  %13 = landingpad { ptr, i32 }
          catch ptr null, !dbg !143
  %14 = extractvalue { ptr, i32 } %13, 0, !dbg !143
  call void @__clang_call_terminate(ptr %14) #14, !dbg !143
  unreachable, !dbg !143
}

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr void @_ZSt11make_uniqueI6SquareJdEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind noalias writable sret(%"class.std::unique_ptr.10") align 8 %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #2 comdat personality ptr @__gxx_personality_v0 !dbg !149 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8, !tbaa !130
  %7 = call noalias noundef nonnull ptr @_Znwm(i64 noundef 24) #12, !dbg !150
  %8 = load ptr, ptr %4, align 8, !dbg !151, !tbaa !130, !nonnull !16, !align !45
  %9 = load double, ptr %8, align 8, !dbg !152, !tbaa !24
  invoke void @_ZN6SquareC2Ed(ptr noundef nonnull align 8 dereferenceable(24) %7, double noundef %9)
          to label %10 unwind label %11, !dbg !153

10:                                               ; preds = %2
  call void @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EEC2IS2_vEEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %7) #11, !dbg !154
  ret void, !dbg !155

11:                                               ; preds = %2
  %12 = landingpad { ptr, i32 }
          cleanup, !dbg !156
  %13 = extractvalue { ptr, i32 } %12, 0, !dbg !156
  store ptr %13, ptr %5, align 8, !dbg !156
  %14 = extractvalue { ptr, i32 } %12, 1, !dbg !156
  store i32 %14, ptr %6, align 4, !dbg !156
  call void @_ZdlPvm(ptr noundef %7, i64 noundef 24) #13, !dbg !150
  br label %15, !dbg !150

15:                                               ; preds = %11
  %16 = load ptr, ptr %5, align 8, !dbg !150
  %17 = load i32, ptr %6, align 4, !dbg !150
  %18 = insertvalue { ptr, i32 } poison, ptr %16, 0, !dbg !150
  %19 = insertvalue { ptr, i32 } %18, i32 %17, 1, !dbg !150
  resume { ptr, i32 } %19, !dbg !150
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EEC2I6SquareS1_IS5_EvEEOS_IT_T0_E(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) unnamed_addr #3 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !157 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !41
  store ptr %1, ptr %4, align 8, !tbaa !158
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::unique_ptr", ptr %5, i32 0, i32 0, !dbg !160
  %7 = load ptr, ptr %4, align 8, !dbg !161, !tbaa !158, !nonnull !16, !align !45
  %8 = call noundef ptr @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %7) #11, !dbg !162
  %9 = load ptr, ptr %4, align 8, !dbg !163, !tbaa !158, !nonnull !16, !align !45
  %10 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %9) #11, !dbg !164
  invoke void @_ZNSt15__uniq_ptr_dataI5ShapeSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EIS1_I6SquareEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef %8, ptr noundef nonnull align 1 dereferenceable(1) %10)
          to label %11 unwind label %12, !dbg !160

11:                                               ; preds = %2
  ret void, !dbg !165

12:                                               ; preds = %2
  %13 = landingpad { ptr, i32 }
          catch ptr null, !dbg !160
  %14 = extractvalue { ptr, i32 } %13, 0, !dbg !160
  call void @__clang_call_terminate(ptr %14) #14, !dbg !160
  unreachable, !dbg !160
}

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr void @_ZSt11make_uniqueI6CircleJdEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind noalias writable sret(%"class.std::unique_ptr.18") align 8 %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #2 comdat personality ptr @__gxx_personality_v0 !dbg !166 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8, !tbaa !130
  %7 = call noalias noundef nonnull ptr @_Znwm(i64 noundef 16) #12, !dbg !167
  %8 = load ptr, ptr %4, align 8, !dbg !168, !tbaa !130, !nonnull !16, !align !45
  %9 = load double, ptr %8, align 8, !dbg !169, !tbaa !24
  invoke void @_ZN6CircleC2Ed(ptr noundef nonnull align 8 dereferenceable(16) %7, double noundef %9)
          to label %10 unwind label %11, !dbg !170

10:                                               ; preds = %2
  call void @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EEC2IS2_vEEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %7) #11, !dbg !171
  ret void, !dbg !172

11:                                               ; preds = %2
  %12 = landingpad { ptr, i32 }
          cleanup, !dbg !173
  %13 = extractvalue { ptr, i32 } %12, 0, !dbg !173
  store ptr %13, ptr %5, align 8, !dbg !173
  %14 = extractvalue { ptr, i32 } %12, 1, !dbg !173
  store i32 %14, ptr %6, align 4, !dbg !173
  call void @_ZdlPvm(ptr noundef %7, i64 noundef 16) #13, !dbg !167
  br label %15, !dbg !167

15:                                               ; preds = %11
  %16 = load ptr, ptr %5, align 8, !dbg !167
  %17 = load i32, ptr %6, align 4, !dbg !167
  %18 = insertvalue { ptr, i32 } poison, ptr %16, 0, !dbg !167
  %19 = insertvalue { ptr, i32 } %18, i32 %17, 1, !dbg !167
  resume { ptr, i32 } %19, !dbg !167
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EEC2I6CircleS1_IS5_EvEEOS_IT_T0_E(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) unnamed_addr #3 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !174 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !41
  store ptr %1, ptr %4, align 8, !tbaa !175
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::unique_ptr", ptr %5, i32 0, i32 0, !dbg !177
  %7 = load ptr, ptr %4, align 8, !dbg !178, !tbaa !175, !nonnull !16, !align !45
  %8 = call noundef ptr @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %7) #11, !dbg !179
  %9 = load ptr, ptr %4, align 8, !dbg !180, !tbaa !175, !nonnull !16, !align !45
  %10 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %9) #11, !dbg !181
  invoke void @_ZNSt15__uniq_ptr_dataI5ShapeSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EIS1_I6CircleEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef %8, ptr noundef nonnull align 1 dereferenceable(1) %10)
          to label %11 unwind label %12, !dbg !177

11:                                               ; preds = %2
  ret void, !dbg !182

12:                                               ; preds = %2
  %13 = landingpad { ptr, i32 }
          catch ptr null, !dbg !177
  %14 = extractvalue { ptr, i32 } %13, 0, !dbg !177
  call void @__clang_call_terminate(ptr %14) #14, !dbg !177
  unreachable, !dbg !177
}

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr void @_ZSt11make_uniqueI4RectJddEENSt8__detail9_MakeUniqIT_E15__single_objectEDpOT0_(ptr dead_on_unwind noalias writable sret(%"class.std::unique_ptr.2") align 8 %0, ptr noundef nonnull align 8 dereferenceable(8) %1, ptr noundef nonnull align 8 dereferenceable(8) %2) #2 comdat personality ptr @__gxx_personality_v0 !dbg !183 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8, !tbaa !130
  store ptr %2, ptr %6, align 8, !tbaa !130
  %9 = call noalias noundef nonnull ptr @_Znwm(i64 noundef 24) #12, !dbg !184
  %10 = load ptr, ptr %5, align 8, !dbg !185, !tbaa !130, !nonnull !16, !align !45
  %11 = load double, ptr %10, align 8, !dbg !186, !tbaa !24
  %12 = load ptr, ptr %6, align 8, !dbg !185, !tbaa !130, !nonnull !16, !align !45
  %13 = load double, ptr %12, align 8, !dbg !186, !tbaa !24
  invoke void @_ZN4RectC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %9, double noundef %11, double noundef %13)
          to label %14 unwind label %15, !dbg !187

14:                                               ; preds = %3
  call void @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EEC2IS2_vEEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %9) #11, !dbg !188
  ret void, !dbg !189

15:                                               ; preds = %3
  %16 = landingpad { ptr, i32 }
          cleanup, !dbg !190
  %17 = extractvalue { ptr, i32 } %16, 0, !dbg !190
  store ptr %17, ptr %7, align 8, !dbg !190
  %18 = extractvalue { ptr, i32 } %16, 1, !dbg !190
  store i32 %18, ptr %8, align 4, !dbg !190
  call void @_ZdlPvm(ptr noundef %9, i64 noundef 24) #13, !dbg !184
  br label %19, !dbg !184

19:                                               ; preds = %15
  %20 = load ptr, ptr %7, align 8, !dbg !184
  %21 = load i32, ptr %8, align 4, !dbg !184
  %22 = insertvalue { ptr, i32 } poison, ptr %20, 0, !dbg !184
  %23 = insertvalue { ptr, i32 } %22, i32 %21, 1, !dbg !184
  resume { ptr, i32 } %23, !dbg !184
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #3 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !191 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !141
  %4 = load ptr, ptr %2, align 8
  call void @llvm.lifetime.start.p0(ptr %3) #11, !dbg !192
  %5 = getelementptr inbounds nuw %"class.std::unique_ptr.2", ptr %4, i32 0, i32 0, !dbg !193
  %6 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #11, !dbg !194
  store ptr %6, ptr %3, align 8, !dbg !195, !tbaa !196
  %7 = load ptr, ptr %3, align 8, !dbg !199, !tbaa !196, !nonnull !16, !align !45
  %8 = load ptr, ptr %7, align 8, !dbg !199, !tbaa !200
  %9 = icmp ne ptr %8, null, !dbg !202
  br i1 %9, label %10, label %15, !dbg !203

10:                                               ; preds = %1
  %11 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !204
  %12 = load ptr, ptr %3, align 8, !dbg !205, !tbaa !196, !nonnull !16, !align !45
  %13 = load ptr, ptr %12, align 8, !dbg !206, !tbaa !200
  invoke void @_ZNKSt14default_deleteI4RectEclEPS0_(ptr noundef nonnull align 1 dereferenceable(1) %11, ptr noundef %13)
          to label %14 unwind label %17, !dbg !204

14:                                               ; preds = %10
  br label %15, !dbg !204

15:                                               ; preds = %14, %1
  %16 = load ptr, ptr %3, align 8, !dbg !207, !tbaa !196, !nonnull !16, !align !45
  store ptr null, ptr %16, align 8, !dbg !208, !tbaa !200
  call void @llvm.lifetime.end.p0(ptr %3) #11, !dbg !209
  ret void, !dbg !210

17:                                               ; preds = %10
  %18 = landingpad { ptr, i32 }
          catch ptr null, !dbg !204
  %19 = extractvalue { ptr, i32 } %18, 0, !dbg !204
  call void @__clang_call_terminate(ptr %19) #14, !dbg !204
  unreachable, !dbg !204
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #3 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !211 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !175
  %4 = load ptr, ptr %2, align 8
  call void @llvm.lifetime.start.p0(ptr %3) #11, !dbg !212
  %5 = getelementptr inbounds nuw %"class.std::unique_ptr.18", ptr %4, i32 0, i32 0, !dbg !213
  %6 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #11, !dbg !214
  store ptr %6, ptr %3, align 8, !dbg !215, !tbaa !216
  %7 = load ptr, ptr %3, align 8, !dbg !218, !tbaa !216, !nonnull !16, !align !45
  %8 = load ptr, ptr %7, align 8, !dbg !218, !tbaa !219
  %9 = icmp ne ptr %8, null, !dbg !221
  br i1 %9, label %10, label %15, !dbg !222

10:                                               ; preds = %1
  %11 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !223
  %12 = load ptr, ptr %3, align 8, !dbg !224, !tbaa !216, !nonnull !16, !align !45
  %13 = load ptr, ptr %12, align 8, !dbg !225, !tbaa !219
  invoke void @_ZNKSt14default_deleteI6CircleEclEPS0_(ptr noundef nonnull align 1 dereferenceable(1) %11, ptr noundef %13)
          to label %14 unwind label %17, !dbg !223

14:                                               ; preds = %10
  br label %15, !dbg !223

15:                                               ; preds = %14, %1
  %16 = load ptr, ptr %3, align 8, !dbg !226, !tbaa !216, !nonnull !16, !align !45
  store ptr null, ptr %16, align 8, !dbg !227, !tbaa !219
  call void @llvm.lifetime.end.p0(ptr %3) #11, !dbg !228
  ret void, !dbg !229

17:                                               ; preds = %10
  %18 = landingpad { ptr, i32 }
          catch ptr null, !dbg !223
  %19 = extractvalue { ptr, i32 } %18, 0, !dbg !223
  call void @__clang_call_terminate(ptr %19) #14, !dbg !223
  unreachable, !dbg !223
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #3 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !230 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !158
  %4 = load ptr, ptr %2, align 8
  call void @llvm.lifetime.start.p0(ptr %3) #11, !dbg !231
  %5 = getelementptr inbounds nuw %"class.std::unique_ptr.10", ptr %4, i32 0, i32 0, !dbg !232
  %6 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #11, !dbg !233
  store ptr %6, ptr %3, align 8, !dbg !234, !tbaa !235
  %7 = load ptr, ptr %3, align 8, !dbg !237, !tbaa !235, !nonnull !16, !align !45
  %8 = load ptr, ptr %7, align 8, !dbg !237, !tbaa !238
  %9 = icmp ne ptr %8, null, !dbg !240
  br i1 %9, label %10, label %15, !dbg !241

10:                                               ; preds = %1
  %11 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !242
  %12 = load ptr, ptr %3, align 8, !dbg !243, !tbaa !235, !nonnull !16, !align !45
  %13 = load ptr, ptr %12, align 8, !dbg !244, !tbaa !238
  invoke void @_ZNKSt14default_deleteI6SquareEclEPS0_(ptr noundef nonnull align 1 dereferenceable(1) %11, ptr noundef %13)
          to label %14 unwind label %17, !dbg !242

14:                                               ; preds = %10
  br label %15, !dbg !242

15:                                               ; preds = %14, %1
  %16 = load ptr, ptr %3, align 8, !dbg !245, !tbaa !235, !nonnull !16, !align !45
  store ptr null, ptr %16, align 8, !dbg !246, !tbaa !238
  call void @llvm.lifetime.end.p0(ptr %3) #11, !dbg !247
  ret void, !dbg !248

17:                                               ; preds = %10
  %18 = landingpad { ptr, i32 }
          catch ptr null, !dbg !242
  %19 = extractvalue { ptr, i32 } %18, 0, !dbg !242
  call void @__clang_call_terminate(ptr %19) #14, !dbg !242
  unreachable, !dbg !242
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EED2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #3 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !249 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !41
  %4 = load ptr, ptr %2, align 8
  call void @llvm.lifetime.start.p0(ptr %3) #11, !dbg !250
  %5 = getelementptr inbounds nuw %"class.std::unique_ptr", ptr %4, i32 0, i32 0, !dbg !251
  %6 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #11, !dbg !252
  store ptr %6, ptr %3, align 8, !dbg !253, !tbaa !254
  %7 = load ptr, ptr %3, align 8, !dbg !256, !tbaa !254, !nonnull !16, !align !45
  %8 = load ptr, ptr %7, align 8, !dbg !256, !tbaa !257
  %9 = icmp ne ptr %8, null, !dbg !259
  br i1 %9, label %10, label %15, !dbg !260

10:                                               ; preds = %1
  %11 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !261
  %12 = load ptr, ptr %3, align 8, !dbg !262, !tbaa !254, !nonnull !16, !align !45
  %13 = load ptr, ptr %12, align 8, !dbg !263, !tbaa !257
  invoke void @_ZNKSt14default_deleteI5ShapeEclEPS0_(ptr noundef nonnull align 1 dereferenceable(1) %11, ptr noundef %13)
          to label %14 unwind label %17, !dbg !261

14:                                               ; preds = %10
  br label %15, !dbg !261

15:                                               ; preds = %14, %1
  %16 = load ptr, ptr %3, align 8, !dbg !264, !tbaa !254, !nonnull !16, !align !45
  store ptr null, ptr %16, align 8, !dbg !265, !tbaa !257
  call void @llvm.lifetime.end.p0(ptr %3) #11, !dbg !266
  ret void, !dbg !267

17:                                               ; preds = %10
  %18 = landingpad { ptr, i32 }
          catch ptr null, !dbg !261
  %19 = extractvalue { ptr, i32 } %18, 0, !dbg !261
  call void @__clang_call_terminate(ptr %19) #14, !dbg !261
  unreachable, !dbg !261
}

declare !dbg !268 i32 @printf(ptr noundef, ...) #4

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef ptr @_ZNKSt10unique_ptrI5ShapeSt14default_deleteIS0_EEptEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !270 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !41
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef ptr @_ZNKSt10unique_ptrI5ShapeSt14default_deleteIS0_EE3getEv(ptr noundef nonnull align 8 dereferenceable(8) %3) #11, !dbg !271
  ret ptr %4, !dbg !272
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZN3VecC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %0, double noundef %1, double noundef %2) unnamed_addr #3 comdat align 2 !dbg !273 {
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store ptr %0, ptr %4, align 8, !tbaa !274
  store double %1, ptr %5, align 8, !tbaa !24
  store double %2, ptr %6, align 8, !tbaa !24
  %7 = load ptr, ptr %4, align 8
  call void @_ZN9PrintableC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %7) #11, !dbg !276
  store ptr getelementptr inbounds inrange(-16, 24) ({ [5 x ptr] }, ptr @_ZTV3Vec, i32 0, i32 0, i32 2), ptr %7, align 8, !dbg !277, !tbaa !58
  %8 = getelementptr inbounds nuw %struct.Vec, ptr %7, i32 0, i32 1, !dbg !278
  %9 = load double, ptr %5, align 8, !dbg !279, !tbaa !24
  store double %9, ptr %8, align 8, !dbg !280, !tbaa !281
  %10 = getelementptr inbounds nuw %struct.Vec, ptr %7, i32 0, i32 2, !dbg !284
  %11 = load double, ptr %6, align 8, !dbg !285, !tbaa !24
  store double %11, ptr %10, align 8, !dbg !286, !tbaa !287
  ret void, !dbg !288
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_ZNK3VecmlEd(ptr dead_on_unwind noalias writable sret(%struct.Vec) align 8 %0, ptr noundef nonnull align 8 dereferenceable(24) %1, double noundef %2) #5 comdat align 2 !dbg !289 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca double, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8, !tbaa !274
  store double %2, ptr %6, align 8, !tbaa !24
  %7 = load ptr, ptr %5, align 8
  %8 = getelementptr inbounds nuw %struct.Vec, ptr %7, i32 0, i32 1, !dbg !290
  %9 = load double, ptr %8, align 8, !dbg !290, !tbaa !281
  %10 = load double, ptr %6, align 8, !dbg !291, !tbaa !24
  %11 = fmul double %9, %10, !dbg !292
  %12 = getelementptr inbounds nuw %struct.Vec, ptr %7, i32 0, i32 2, !dbg !293
  %13 = load double, ptr %12, align 8, !dbg !293, !tbaa !287
  %14 = load double, ptr %6, align 8, !dbg !294, !tbaa !24
  %15 = fmul double %13, %14, !dbg !295
  call void @_ZN3VecC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %0, double noundef %11, double noundef %15), !dbg !296
  ret void, !dbg !297
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(24) ptr @_ZN3VecpLERKS_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 8 dereferenceable(24) %1) #3 comdat align 2 !dbg !298 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !274
  store ptr %1, ptr %4, align 8, !tbaa !274
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !299, !tbaa !274, !nonnull !16, !align !45
  %7 = getelementptr inbounds nuw %struct.Vec, ptr %6, i32 0, i32 1, !dbg !300
  %8 = load double, ptr %7, align 8, !dbg !300, !tbaa !281
  %9 = getelementptr inbounds nuw %struct.Vec, ptr %5, i32 0, i32 1, !dbg !301
  %10 = load double, ptr %9, align 8, !dbg !302, !tbaa !281
  %11 = fadd double %10, %8, !dbg !303
  store double %11, ptr %9, align 8, !dbg !304, !tbaa !281
  %12 = load ptr, ptr %4, align 8, !dbg !305, !tbaa !274, !nonnull !16, !align !45
  %13 = getelementptr inbounds nuw %struct.Vec, ptr %12, i32 0, i32 2, !dbg !306
  %14 = load double, ptr %13, align 8, !dbg !306, !tbaa !287
  %15 = getelementptr inbounds nuw %struct.Vec, ptr %5, i32 0, i32 2, !dbg !307
  %16 = load double, ptr %15, align 8, !dbg !308, !tbaa !287
  %17 = fadd double %16, %14, !dbg !309
  store double %17, ptr %15, align 8, !dbg !310, !tbaa !287
  ret ptr %5, !dbg !311
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZN9PrintableD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #3 comdat align 2 !dbg !312 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !86
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !313
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_ZNK3VecplERKS_(ptr dead_on_unwind noalias writable sret(%struct.Vec) align 8 %0, ptr noundef nonnull align 8 dereferenceable(24) %1, ptr noundef nonnull align 8 dereferenceable(24) %2) #5 comdat align 2 !dbg !314 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8, !tbaa !274
  store ptr %2, ptr %6, align 8, !tbaa !274
  %7 = load ptr, ptr %5, align 8
  %8 = getelementptr inbounds nuw %struct.Vec, ptr %7, i32 0, i32 1, !dbg !315
  %9 = load double, ptr %8, align 8, !dbg !315, !tbaa !281
  %10 = load ptr, ptr %6, align 8, !dbg !316, !tbaa !274, !nonnull !16, !align !45
  %11 = getelementptr inbounds nuw %struct.Vec, ptr %10, i32 0, i32 1, !dbg !317
  %12 = load double, ptr %11, align 8, !dbg !317, !tbaa !281
  %13 = fadd double %9, %12, !dbg !318
  %14 = getelementptr inbounds nuw %struct.Vec, ptr %7, i32 0, i32 2, !dbg !319
  %15 = load double, ptr %14, align 8, !dbg !319, !tbaa !287
  %16 = load ptr, ptr %6, align 8, !dbg !320, !tbaa !274, !nonnull !16, !align !45
  %17 = getelementptr inbounds nuw %struct.Vec, ptr %16, i32 0, i32 2, !dbg !321
  %18 = load double, ptr %17, align 8, !dbg !321, !tbaa !287
  %19 = fadd double %15, %18, !dbg !322
  call void @_ZN3VecC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %0, double noundef %13, double noundef %19), !dbg !323
  ret void, !dbg !324
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef zeroext i1 @_ZNK3VeceqERKS_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 8 dereferenceable(24) %1) #3 comdat align 2 !dbg !325 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !274
  store ptr %1, ptr %4, align 8, !tbaa !274
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %struct.Vec, ptr %5, i32 0, i32 1, !dbg !326
  %7 = load double, ptr %6, align 8, !dbg !326, !tbaa !281
  %8 = load ptr, ptr %4, align 8, !dbg !327, !tbaa !274, !nonnull !16, !align !45
  %9 = getelementptr inbounds nuw %struct.Vec, ptr %8, i32 0, i32 1, !dbg !328
  %10 = load double, ptr %9, align 8, !dbg !328, !tbaa !281
  %11 = fcmp oeq double %7, %10, !dbg !329
  br i1 %11, label %12, label %19, !dbg !330

12:                                               ; preds = %2
  %13 = getelementptr inbounds nuw %struct.Vec, ptr %5, i32 0, i32 2, !dbg !331
  %14 = load double, ptr %13, align 8, !dbg !331, !tbaa !287
  %15 = load ptr, ptr %4, align 8, !dbg !332, !tbaa !274, !nonnull !16, !align !45
  %16 = getelementptr inbounds nuw %struct.Vec, ptr %15, i32 0, i32 2, !dbg !333
  %17 = load double, ptr %16, align 8, !dbg !333, !tbaa !287
  %18 = fcmp oeq double %14, %17, !dbg !334
  br label %19

19:                                               ; preds = %12, %2
  %20 = phi i1 [ false, %2 ], [ %18, %12 ], !dbg !335
  ret i1 %20, !dbg !336
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr void @_ZN7CounterC2Ev(ptr noundef nonnull align 4 dereferenceable(4) %0) unnamed_addr #6 comdat align 2 !dbg !337 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !338
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %class.Counter, ptr %3, i32 0, i32 0, !dbg !340
  store i32 0, ptr %4, align 4, !dbg !341, !tbaa !342
  ret void, !dbg !344
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 4 dereferenceable(4) ptr @_ZN7Counter3incEv(ptr noundef nonnull align 4 dereferenceable(4) %0) #3 comdat align 2 !dbg !345 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !338
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %class.Counter, ptr %3, i32 0, i32 0, !dbg !346
  %5 = load i32, ptr %4, align 4, !dbg !347, !tbaa !342
  %6 = add nsw i32 %5, 1, !dbg !348
  store i32 %6, ptr %4, align 4, !dbg !349, !tbaa !342
  ret ptr %3, !dbg !350
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef i32 @_ZNK7Counter3getEv(ptr noundef nonnull align 4 dereferenceable(4) %0) #3 comdat align 2 !dbg !351 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !338
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %class.Counter, ptr %3, i32 0, i32 0, !dbg !352
  %5 = load i32, ptr %4, align 4, !dbg !353, !tbaa !342
  ret i32 %5, !dbg !354
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EE5resetEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) #3 comdat align 2 !dbg !355 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !41
  store ptr %1, ptr %4, align 8, !tbaa !257
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::unique_ptr", ptr %5, i32 0, i32 0, !dbg !356
  %7 = load ptr, ptr %4, align 8, !dbg !357, !tbaa !257
  call void @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE5resetEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef %7) #11, !dbg !358
  ret void, !dbg !359
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr void @_ZN9PrintableC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #6 comdat align 2 !dbg !360 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !86
  %3 = load ptr, ptr %2, align 8
  store ptr getelementptr inbounds inrange(-16, 24) ({ [5 x ptr] }, ptr @_ZTV9Printable, i32 0, i32 0, i32 2), ptr %3, align 8, !dbg !361, !tbaa !58
  ret void, !dbg !362
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_ZNK3Vec5printEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #5 comdat align 2 !dbg !363 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !274
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %struct.Vec, ptr %3, i32 0, i32 1, !dbg !364
  %5 = load double, ptr %4, align 8, !dbg !364, !tbaa !281
  %6 = getelementptr inbounds nuw %struct.Vec, ptr %3, i32 0, i32 2, !dbg !365
  %7 = load double, ptr %6, align 8, !dbg !365, !tbaa !287
  %8 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %5, double noundef %7), !dbg !366
  ret void, !dbg !367
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr void @_ZN3VecD0Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 !dbg !368 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !274
  %3 = load ptr, ptr %2, align 8
  call void @_ZN9PrintableD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %3) #11, !dbg !369
  call void @_ZdlPvm(ptr noundef %3, i64 noundef 24) #13, !dbg !369
  ret void, !dbg !370
}

declare void @__cxa_pure_virtual() unnamed_addr

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZN9PrintableD0Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #3 comdat align 2 !dbg !371 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !86
  %3 = load ptr, ptr %2, align 8
  call void @llvm.trap() #14, !dbg !372
  unreachable, !dbg !372
}

; Function Attrs: cold noreturn nounwind memory(inaccessiblemem: write)
declare void @llvm.trap() #7

; Function Attrs: nobuiltin nounwind
declare !dbg !373 void @_ZdlPvm(ptr noundef, i64 noundef) #8

; Function Attrs: nobuiltin allocsize(0)
declare !dbg !375 noundef nonnull ptr @_Znwm(i64 noundef) #9

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZN4RectC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %0, double noundef %1, double noundef %2) unnamed_addr #3 comdat align 2 !dbg !376 {
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store ptr %0, ptr %4, align 8, !tbaa !200
  store double %1, ptr %5, align 8, !tbaa !24
  store double %2, ptr %6, align 8, !tbaa !24
  %7 = load ptr, ptr %4, align 8
  call void @_ZN5ShapeC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %7) #11, !dbg !377
  store ptr getelementptr inbounds inrange(-16, 32) ({ [6 x ptr] }, ptr @_ZTV4Rect, i32 0, i32 0, i32 2), ptr %7, align 8, !dbg !378, !tbaa !58
  %8 = getelementptr inbounds nuw %struct.Rect, ptr %7, i32 0, i32 1, !dbg !379
  %9 = load double, ptr %5, align 8, !dbg !380, !tbaa !24
  store double %9, ptr %8, align 8, !dbg !381, !tbaa !382
  %10 = getelementptr inbounds nuw %struct.Rect, ptr %7, i32 0, i32 2, !dbg !385
  %11 = load double, ptr %6, align 8, !dbg !386, !tbaa !24
  store double %11, ptr %10, align 8, !dbg !387, !tbaa !388
  ret void, !dbg !389
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EEC2IS2_vEEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #3 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !390 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !141
  store ptr %1, ptr %4, align 8, !tbaa !200
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::unique_ptr.2", ptr %5, i32 0, i32 0, !dbg !391
  %7 = load ptr, ptr %4, align 8, !dbg !392, !tbaa !200
  invoke void @_ZNSt15__uniq_ptr_dataI4RectSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef %7)
          to label %8 unwind label %9, !dbg !391

8:                                                ; preds = %2
  ret void, !dbg !393

9:                                                ; preds = %2
  %10 = landingpad { ptr, i32 }
          catch ptr null, !dbg !391
  %11 = extractvalue { ptr, i32 } %10, 0, !dbg !391
  call void @__clang_call_terminate(ptr %11) #14, !dbg !391
  unreachable, !dbg !391
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr void @_ZN5ShapeC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #6 comdat align 2 !dbg !394 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !257
  %3 = load ptr, ptr %2, align 8
  store ptr getelementptr inbounds inrange(-16, 32) ({ [6 x ptr] }, ptr @_ZTV5Shape, i32 0, i32 0, i32 2), ptr %3, align 8, !dbg !395, !tbaa !58
  ret void, !dbg !396
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr void @_ZN4RectD0Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 !dbg !397 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !200
  %3 = load ptr, ptr %2, align 8
  call void @_ZN5ShapeD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %3) #11, !dbg !398
  call void @_ZdlPvm(ptr noundef %3, i64 noundef 24) #13, !dbg !398
  ret void, !dbg !399
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef double @_ZNK4Rect4areaEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #3 comdat align 2 !dbg !400 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !200
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %struct.Rect, ptr %3, i32 0, i32 1, !dbg !401
  %5 = load double, ptr %4, align 8, !dbg !401, !tbaa !382
  %6 = getelementptr inbounds nuw %struct.Rect, ptr %3, i32 0, i32 2, !dbg !402
  %7 = load double, ptr %6, align 8, !dbg !402, !tbaa !388
  %8 = fmul double %5, %7, !dbg !403
  ret double %8, !dbg !404
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef ptr @_ZNK4Rect4nameEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #3 comdat align 2 !dbg !405 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !200
  %3 = load ptr, ptr %2, align 8
  ret ptr @.str.7, !dbg !406
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZN5ShapeD0Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #3 comdat align 2 !dbg !407 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !257
  %3 = load ptr, ptr %2, align 8
  call void @llvm.trap() #14, !dbg !408
  unreachable, !dbg !408
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef ptr @_ZNK5Shape4nameEv(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #3 comdat align 2 !dbg !409 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !257
  %3 = load ptr, ptr %2, align 8
  ret ptr @.str.6, !dbg !410
}

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_dataI4RectSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #2 comdat align 2 !dbg !411 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !412
  store ptr %1, ptr %4, align 8, !tbaa !200
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !414, !tbaa !200
  call void @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EEC2EPS0_(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef %6), !dbg !414
  ret void, !dbg !415
}

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) #10 comdat {
  %2 = call ptr @__cxa_begin_catch(ptr %0) #11
  call void @_ZSt9terminatev() #14
  unreachable
}

declare ptr @__cxa_begin_catch(ptr)

declare void @_ZSt9terminatev()

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EEC2EPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #3 comdat align 2 !dbg !416 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !417
  store ptr %1, ptr %4, align 8, !tbaa !200
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl.4", ptr %5, i32 0, i32 0, !dbg !419
  call void @_ZNSt5tupleIJP4RectSt14default_deleteIS0_EEEC2ILb1ETnNSt9enable_ifIXclsr17_TupleConstraintsIXT_ES1_S3_EE37__is_implicitly_default_constructibleEEbE4typeELb1EEEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #11, !dbg !419
  %7 = load ptr, ptr %4, align 8, !dbg !420, !tbaa !200
  %8 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #11, !dbg !421
  store ptr %7, ptr %8, align 8, !dbg !422, !tbaa !200
  ret void, !dbg !423
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt5tupleIJP4RectSt14default_deleteIS0_EEEC2ILb1ETnNSt9enable_ifIXclsr17_TupleConstraintsIXT_ES1_S3_EE37__is_implicitly_default_constructibleEEbE4typeELb1EEEv(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #3 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !424 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !426
  %3 = load ptr, ptr %2, align 8
  invoke void @_ZNSt11_Tuple_implILm0EJP4RectSt14default_deleteIS0_EEEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3)
          to label %4 unwind label %5, !dbg !428

4:                                                ; preds = %1
  ret void, !dbg !429

5:                                                ; preds = %1
  %6 = landingpad { ptr, i32 }
          catch ptr null, !dbg !428
  %7 = extractvalue { ptr, i32 } %6, 0, !dbg !428
  call void @__clang_call_terminate(ptr %7) #14, !dbg !428
  unreachable, !dbg !428
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !430 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !417
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl.4", ptr %3, i32 0, i32 0, !dbg !431
  %5 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP4RectSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !432
  ret ptr %5, !dbg !433
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm0EJP4RectSt14default_deleteIS0_EEEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #5 comdat align 2 !dbg !434 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !435
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI4RectEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3), !dbg !437
  call void @_ZNSt10_Head_baseILm0EP4RectLb0EEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3), !dbg !438
  ret void, !dbg !439
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI4RectEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #5 comdat align 2 !dbg !440 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !441
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt10_Head_baseILm1ESt14default_deleteI4RectELb1EEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3), !dbg !443
  ret void, !dbg !444
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm0EP4RectLb0EEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #3 comdat align 2 !dbg !445 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !446
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Head_base.9", ptr %3, i32 0, i32 0, !dbg !448
  store ptr null, ptr %4, align 8, !dbg !449, !tbaa !450
  ret void, !dbg !452
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm1ESt14default_deleteI4RectELb1EEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #3 comdat align 2 !dbg !453 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !454
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !456
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP4RectSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat !dbg !457 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !426
  %3 = load ptr, ptr %2, align 8, !dbg !458, !tbaa !426, !nonnull !16, !align !45
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP4RectJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %3) #11, !dbg !459
  ret ptr %4, !dbg !460
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP4RectJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat !dbg !461 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !435
  %3 = load ptr, ptr %2, align 8, !dbg !462, !tbaa !435, !nonnull !16, !align !45
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP4RectSt14default_deleteIS0_EEE7_M_headERS4_(ptr noundef nonnull align 8 dereferenceable(8) %3) #11, !dbg !463
  ret ptr %4, !dbg !464
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP4RectSt14default_deleteIS0_EEE7_M_headERS4_(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !465 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !435
  %3 = load ptr, ptr %2, align 8, !dbg !466, !tbaa !435, !nonnull !16, !align !45
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP4RectLb0EE7_M_headERS2_(ptr noundef nonnull align 8 dereferenceable(8) %3) #11, !dbg !467
  ret ptr %4, !dbg !468
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP4RectLb0EE7_M_headERS2_(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !469 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !446
  %3 = load ptr, ptr %2, align 8, !dbg !470, !tbaa !446, !nonnull !16, !align !45
  %4 = getelementptr inbounds nuw %"struct.std::_Head_base.9", ptr %3, i32 0, i32 0, !dbg !471
  ret ptr %4, !dbg !472
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !473 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !141
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::unique_ptr.2", ptr %3, i32 0, i32 0, !dbg !474
  %5 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE10_M_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !475
  ret ptr %5, !dbg !476
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNKSt14default_deleteI4RectEclEPS0_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1) #3 comdat align 2 !dbg !477 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !478
  store ptr %1, ptr %4, align 8, !tbaa !200
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !480, !tbaa !200
  %7 = icmp eq ptr %6, null, !dbg !481
  br i1 %7, label %12, label %8, !dbg !481

8:                                                ; preds = %2
  %9 = load ptr, ptr %6, align 8, !dbg !481, !tbaa !58
  %10 = getelementptr inbounds ptr, ptr %9, i64 1, !dbg !481
  %11 = load ptr, ptr %10, align 8, !dbg !481
  call void %11(ptr noundef nonnull align 8 dereferenceable(24) %6) #11, !dbg !481
  br label %12, !dbg !481

12:                                               ; preds = %8, %2
  ret void, !dbg !482
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE10_M_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !483 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !417
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl.4", ptr %3, i32 0, i32 0, !dbg !484
  %5 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZSt3getILm1EJP4RectSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !485
  ret ptr %5, !dbg !486
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZSt3getILm1EJP4RectSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat !dbg !487 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !426
  %3 = load ptr, ptr %2, align 8, !dbg !488, !tbaa !426, !nonnull !16, !align !45
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZSt12__get_helperILm1ESt14default_deleteI4RectEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE(ptr noundef nonnull align 1 dereferenceable(1) %3) #11, !dbg !489
  ret ptr %4, !dbg !490
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZSt12__get_helperILm1ESt14default_deleteI4RectEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE(ptr noundef nonnull align 1 dereferenceable(1) %0) #3 comdat !dbg !491 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !441
  %3 = load ptr, ptr %2, align 8, !dbg !492, !tbaa !441, !nonnull !16
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt11_Tuple_implILm1EJSt14default_deleteI4RectEEE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %3) #11, !dbg !493
  ret ptr %4, !dbg !494
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt11_Tuple_implILm1EJSt14default_deleteI4RectEEE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %0) #3 comdat align 2 !dbg !495 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !441
  %3 = load ptr, ptr %2, align 8, !dbg !496, !tbaa !441, !nonnull !16
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10_Head_baseILm1ESt14default_deleteI4RectELb1EE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %3) #11, !dbg !497
  ret ptr %4, !dbg !498
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10_Head_baseILm1ESt14default_deleteI4RectELb1EE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %0) #3 comdat align 2 !dbg !499 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !454
  %3 = load ptr, ptr %2, align 8, !dbg !500, !tbaa !454, !nonnull !16
  ret ptr %3, !dbg !501
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZN6SquareC2Ed(ptr noundef nonnull align 8 dereferenceable(24) %0, double noundef %1) unnamed_addr #3 comdat align 2 !dbg !502 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  store ptr %0, ptr %3, align 8, !tbaa !238
  store double %1, ptr %4, align 8, !tbaa !24
  %5 = load ptr, ptr %3, align 8
  %6 = load double, ptr %4, align 8, !dbg !503, !tbaa !24
  %7 = load double, ptr %4, align 8, !dbg !504, !tbaa !24
  call void @_ZN4RectC2Edd(ptr noundef nonnull align 8 dereferenceable(24) %5, double noundef %6, double noundef %7), !dbg !505
  store ptr getelementptr inbounds inrange(-16, 32) ({ [6 x ptr] }, ptr @_ZTV6Square, i32 0, i32 0, i32 2), ptr %5, align 8, !dbg !506, !tbaa !58
  ret void, !dbg !507
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EEC2IS2_vEEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #3 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !508 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !158
  store ptr %1, ptr %4, align 8, !tbaa !238
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::unique_ptr.10", ptr %5, i32 0, i32 0, !dbg !509
  %7 = load ptr, ptr %4, align 8, !dbg !510, !tbaa !238
  invoke void @_ZNSt15__uniq_ptr_dataI6SquareSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef %7)
          to label %8 unwind label %9, !dbg !509

8:                                                ; preds = %2
  ret void, !dbg !511

9:                                                ; preds = %2
  %10 = landingpad { ptr, i32 }
          catch ptr null, !dbg !509
  %11 = extractvalue { ptr, i32 } %10, 0, !dbg !509
  call void @__clang_call_terminate(ptr %11) #14, !dbg !509
  unreachable, !dbg !509
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr void @_ZN6SquareD0Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #6 comdat align 2 !dbg !512 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !238
  %3 = load ptr, ptr %2, align 8
  call void @_ZN5ShapeD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %3) #11, !dbg !513
  call void @_ZdlPvm(ptr noundef %3, i64 noundef 24) #13, !dbg !513
  ret void, !dbg !514
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef ptr @_ZNK6Square4nameEv(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #3 comdat align 2 !dbg !515 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !238
  %3 = load ptr, ptr %2, align 8
  ret ptr @.str.8, !dbg !516
}

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_dataI6SquareSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #2 comdat align 2 !dbg !517 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !518
  store ptr %1, ptr %4, align 8, !tbaa !238
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !520, !tbaa !238
  call void @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EEC2EPS0_(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef %6), !dbg !520
  ret void, !dbg !521
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EEC2EPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #3 comdat align 2 !dbg !522 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !523
  store ptr %1, ptr %4, align 8, !tbaa !238
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl.12", ptr %5, i32 0, i32 0, !dbg !525
  call void @_ZNSt5tupleIJP6SquareSt14default_deleteIS0_EEEC2ILb1ETnNSt9enable_ifIXclsr17_TupleConstraintsIXT_ES1_S3_EE37__is_implicitly_default_constructibleEEbE4typeELb1EEEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #11, !dbg !525
  %7 = load ptr, ptr %4, align 8, !dbg !526, !tbaa !238
  %8 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #11, !dbg !527
  store ptr %7, ptr %8, align 8, !dbg !528, !tbaa !238
  ret void, !dbg !529
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt5tupleIJP6SquareSt14default_deleteIS0_EEEC2ILb1ETnNSt9enable_ifIXclsr17_TupleConstraintsIXT_ES1_S3_EE37__is_implicitly_default_constructibleEEbE4typeELb1EEEv(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #3 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !530 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !531
  %3 = load ptr, ptr %2, align 8
  invoke void @_ZNSt11_Tuple_implILm0EJP6SquareSt14default_deleteIS0_EEEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3)
          to label %4 unwind label %5, !dbg !533

4:                                                ; preds = %1
  ret void, !dbg !534

5:                                                ; preds = %1
  %6 = landingpad { ptr, i32 }
          catch ptr null, !dbg !533
  %7 = extractvalue { ptr, i32 } %6, 0, !dbg !533
  call void @__clang_call_terminate(ptr %7) #14, !dbg !533
  unreachable, !dbg !533
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !535 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !523
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl.12", ptr %3, i32 0, i32 0, !dbg !536
  %5 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP6SquareSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !537
  ret ptr %5, !dbg !538
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm0EJP6SquareSt14default_deleteIS0_EEEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #5 comdat align 2 !dbg !539 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !540
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI6SquareEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3), !dbg !542
  call void @_ZNSt10_Head_baseILm0EP6SquareLb0EEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3), !dbg !543
  ret void, !dbg !544
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI6SquareEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #5 comdat align 2 !dbg !545 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !546
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt10_Head_baseILm1ESt14default_deleteI6SquareELb1EEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3), !dbg !548
  ret void, !dbg !549
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm0EP6SquareLb0EEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #3 comdat align 2 !dbg !550 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !551
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Head_base.17", ptr %3, i32 0, i32 0, !dbg !553
  store ptr null, ptr %4, align 8, !dbg !554, !tbaa !555
  ret void, !dbg !557
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm1ESt14default_deleteI6SquareELb1EEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #3 comdat align 2 !dbg !558 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !559
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !561
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP6SquareSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat !dbg !562 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !531
  %3 = load ptr, ptr %2, align 8, !dbg !563, !tbaa !531, !nonnull !16, !align !45
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP6SquareJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %3) #11, !dbg !564
  ret ptr %4, !dbg !565
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP6SquareJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat !dbg !566 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !540
  %3 = load ptr, ptr %2, align 8, !dbg !567, !tbaa !540, !nonnull !16, !align !45
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP6SquareSt14default_deleteIS0_EEE7_M_headERS4_(ptr noundef nonnull align 8 dereferenceable(8) %3) #11, !dbg !568
  ret ptr %4, !dbg !569
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP6SquareSt14default_deleteIS0_EEE7_M_headERS4_(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !570 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !540
  %3 = load ptr, ptr %2, align 8, !dbg !571, !tbaa !540, !nonnull !16, !align !45
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP6SquareLb0EE7_M_headERS2_(ptr noundef nonnull align 8 dereferenceable(8) %3) #11, !dbg !572
  ret ptr %4, !dbg !573
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP6SquareLb0EE7_M_headERS2_(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !574 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !551
  %3 = load ptr, ptr %2, align 8, !dbg !575, !tbaa !551, !nonnull !16, !align !45
  %4 = getelementptr inbounds nuw %"struct.std::_Head_base.17", ptr %3, i32 0, i32 0, !dbg !576
  ret ptr %4, !dbg !577
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !578 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !158
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::unique_ptr.10", ptr %3, i32 0, i32 0, !dbg !579
  %5 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE10_M_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !580
  ret ptr %5, !dbg !581
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNKSt14default_deleteI6SquareEclEPS0_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1) #3 comdat align 2 !dbg !582 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !583
  store ptr %1, ptr %4, align 8, !tbaa !238
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !585, !tbaa !238
  %7 = icmp eq ptr %6, null, !dbg !586
  br i1 %7, label %12, label %8, !dbg !586

8:                                                ; preds = %2
  %9 = load ptr, ptr %6, align 8, !dbg !586, !tbaa !58
  %10 = getelementptr inbounds ptr, ptr %9, i64 1, !dbg !586
  %11 = load ptr, ptr %10, align 8, !dbg !586
  call void %11(ptr noundef nonnull align 8 dereferenceable(24) %6) #11, !dbg !586
  br label %12, !dbg !586

12:                                               ; preds = %8, %2
  ret void, !dbg !587
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE10_M_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !588 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !523
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl.12", ptr %3, i32 0, i32 0, !dbg !589
  %5 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZSt3getILm1EJP6SquareSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !590
  ret ptr %5, !dbg !591
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZSt3getILm1EJP6SquareSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat !dbg !592 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !531
  %3 = load ptr, ptr %2, align 8, !dbg !593, !tbaa !531, !nonnull !16, !align !45
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZSt12__get_helperILm1ESt14default_deleteI6SquareEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE(ptr noundef nonnull align 1 dereferenceable(1) %3) #11, !dbg !594
  ret ptr %4, !dbg !595
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZSt12__get_helperILm1ESt14default_deleteI6SquareEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE(ptr noundef nonnull align 1 dereferenceable(1) %0) #3 comdat !dbg !596 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !546
  %3 = load ptr, ptr %2, align 8, !dbg !597, !tbaa !546, !nonnull !16
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt11_Tuple_implILm1EJSt14default_deleteI6SquareEEE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %3) #11, !dbg !598
  ret ptr %4, !dbg !599
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt11_Tuple_implILm1EJSt14default_deleteI6SquareEEE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %0) #3 comdat align 2 !dbg !600 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !546
  %3 = load ptr, ptr %2, align 8, !dbg !601, !tbaa !546, !nonnull !16
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10_Head_baseILm1ESt14default_deleteI6SquareELb1EE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %3) #11, !dbg !602
  ret ptr %4, !dbg !603
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10_Head_baseILm1ESt14default_deleteI6SquareELb1EE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %0) #3 comdat align 2 !dbg !604 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !559
  %3 = load ptr, ptr %2, align 8, !dbg !605, !tbaa !559, !nonnull !16
  ret ptr %3, !dbg !606
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZN6CircleC2Ed(ptr noundef nonnull align 8 dereferenceable(16) %0, double noundef %1) unnamed_addr #3 comdat align 2 !dbg !607 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  store ptr %0, ptr %3, align 8, !tbaa !219
  store double %1, ptr %4, align 8, !tbaa !24
  %5 = load ptr, ptr %3, align 8
  call void @_ZN5ShapeC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %5) #11, !dbg !608
  store ptr getelementptr inbounds inrange(-16, 32) ({ [6 x ptr] }, ptr @_ZTV6Circle, i32 0, i32 0, i32 2), ptr %5, align 8, !dbg !609, !tbaa !58
  %6 = getelementptr inbounds nuw %struct.Circle, ptr %5, i32 0, i32 1, !dbg !610
  %7 = load double, ptr %4, align 8, !dbg !611, !tbaa !24
  store double %7, ptr %6, align 8, !dbg !612, !tbaa !613
  ret void, !dbg !615
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EEC2IS2_vEEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #3 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !616 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !175
  store ptr %1, ptr %4, align 8, !tbaa !219
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::unique_ptr.18", ptr %5, i32 0, i32 0, !dbg !617
  %7 = load ptr, ptr %4, align 8, !dbg !618, !tbaa !219
  invoke void @_ZNSt15__uniq_ptr_dataI6CircleSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef %7)
          to label %8 unwind label %9, !dbg !617

8:                                                ; preds = %2
  ret void, !dbg !619

9:                                                ; preds = %2
  %10 = landingpad { ptr, i32 }
          catch ptr null, !dbg !617
  %11 = extractvalue { ptr, i32 } %10, 0, !dbg !617
  call void @__clang_call_terminate(ptr %11) #14, !dbg !617
  unreachable, !dbg !617
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZN5ShapeD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #3 comdat align 2 !dbg !620 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !257
  %3 = load ptr, ptr %2, align 8
  store ptr getelementptr inbounds inrange(-16, 32) ({ [6 x ptr] }, ptr @_ZTV5Shape, i32 0, i32 0, i32 2), ptr %3, align 8, !dbg !621, !tbaa !58
  %4 = load i32, ptr @_ZN5Shape9destroyedE, align 4, !dbg !622, !tbaa !9
  %5 = add nsw i32 %4, 1, !dbg !623
  store i32 %5, ptr @_ZN5Shape9destroyedE, align 4, !dbg !624, !tbaa !9
  ret void, !dbg !625
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr void @_ZN6CircleD0Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #6 comdat align 2 !dbg !626 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !219
  %3 = load ptr, ptr %2, align 8
  call void @_ZN5ShapeD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %3) #11, !dbg !627
  call void @_ZdlPvm(ptr noundef %3, i64 noundef 16) #13, !dbg !627
  ret void, !dbg !628
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef double @_ZNK6Circle4areaEv(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #3 comdat align 2 !dbg !629 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !219
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %struct.Circle, ptr %3, i32 0, i32 1, !dbg !630
  %5 = load double, ptr %4, align 8, !dbg !630, !tbaa !613
  %6 = fmul double 0x400921FB54442D18, %5, !dbg !631
  %7 = getelementptr inbounds nuw %struct.Circle, ptr %3, i32 0, i32 1, !dbg !632
  %8 = load double, ptr %7, align 8, !dbg !632, !tbaa !613
  %9 = fmul double %6, %8, !dbg !633
  ret double %9, !dbg !634
}

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_dataI6CircleSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #2 comdat align 2 !dbg !635 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !636
  store ptr %1, ptr %4, align 8, !tbaa !219
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !638, !tbaa !219
  call void @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EEC2EPS0_(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef %6), !dbg !638
  ret void, !dbg !639
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EEC2EPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #3 comdat align 2 !dbg !640 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !641
  store ptr %1, ptr %4, align 8, !tbaa !219
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl.20", ptr %5, i32 0, i32 0, !dbg !643
  call void @_ZNSt5tupleIJP6CircleSt14default_deleteIS0_EEEC2ILb1ETnNSt9enable_ifIXclsr17_TupleConstraintsIXT_ES1_S3_EE37__is_implicitly_default_constructibleEEbE4typeELb1EEEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #11, !dbg !643
  %7 = load ptr, ptr %4, align 8, !dbg !644, !tbaa !219
  %8 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #11, !dbg !645
  store ptr %7, ptr %8, align 8, !dbg !646, !tbaa !219
  ret void, !dbg !647
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt5tupleIJP6CircleSt14default_deleteIS0_EEEC2ILb1ETnNSt9enable_ifIXclsr17_TupleConstraintsIXT_ES1_S3_EE37__is_implicitly_default_constructibleEEbE4typeELb1EEEv(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #3 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !648 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !649
  %3 = load ptr, ptr %2, align 8
  invoke void @_ZNSt11_Tuple_implILm0EJP6CircleSt14default_deleteIS0_EEEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3)
          to label %4 unwind label %5, !dbg !651

4:                                                ; preds = %1
  ret void, !dbg !652

5:                                                ; preds = %1
  %6 = landingpad { ptr, i32 }
          catch ptr null, !dbg !651
  %7 = extractvalue { ptr, i32 } %6, 0, !dbg !651
  call void @__clang_call_terminate(ptr %7) #14, !dbg !651
  unreachable, !dbg !651
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !653 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !641
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl.20", ptr %3, i32 0, i32 0, !dbg !654
  %5 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP6CircleSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !655
  ret ptr %5, !dbg !656
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm0EJP6CircleSt14default_deleteIS0_EEEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #5 comdat align 2 !dbg !657 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !658
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI6CircleEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3), !dbg !660
  call void @_ZNSt10_Head_baseILm0EP6CircleLb0EEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %3), !dbg !661
  ret void, !dbg !662
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI6CircleEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #5 comdat align 2 !dbg !663 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !664
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt10_Head_baseILm1ESt14default_deleteI6CircleELb1EEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3), !dbg !666
  ret void, !dbg !667
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm0EP6CircleLb0EEC2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #3 comdat align 2 !dbg !668 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !669
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Head_base.25", ptr %3, i32 0, i32 0, !dbg !671
  store ptr null, ptr %4, align 8, !dbg !672, !tbaa !673
  ret void, !dbg !675
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm1ESt14default_deleteI6CircleELb1EEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #3 comdat align 2 !dbg !676 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !677
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !679
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP6CircleSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat !dbg !680 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !649
  %3 = load ptr, ptr %2, align 8, !dbg !681, !tbaa !649, !nonnull !16, !align !45
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP6CircleJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %3) #11, !dbg !682
  ret ptr %4, !dbg !683
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP6CircleJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat !dbg !684 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !658
  %3 = load ptr, ptr %2, align 8, !dbg !685, !tbaa !658, !nonnull !16, !align !45
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP6CircleSt14default_deleteIS0_EEE7_M_headERS4_(ptr noundef nonnull align 8 dereferenceable(8) %3) #11, !dbg !686
  ret ptr %4, !dbg !687
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP6CircleSt14default_deleteIS0_EEE7_M_headERS4_(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !688 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !658
  %3 = load ptr, ptr %2, align 8, !dbg !689, !tbaa !658, !nonnull !16, !align !45
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP6CircleLb0EE7_M_headERS2_(ptr noundef nonnull align 8 dereferenceable(8) %3) #11, !dbg !690
  ret ptr %4, !dbg !691
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP6CircleLb0EE7_M_headERS2_(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !692 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !669
  %3 = load ptr, ptr %2, align 8, !dbg !693, !tbaa !669, !nonnull !16, !align !45
  %4 = getelementptr inbounds nuw %"struct.std::_Head_base.25", ptr %3, i32 0, i32 0, !dbg !694
  ret ptr %4, !dbg !695
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !696 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !175
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::unique_ptr.18", ptr %3, i32 0, i32 0, !dbg !697
  %5 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE10_M_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !698
  ret ptr %5, !dbg !699
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNKSt14default_deleteI6CircleEclEPS0_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1) #3 comdat align 2 !dbg !700 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !701
  store ptr %1, ptr %4, align 8, !tbaa !219
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !703, !tbaa !219
  %7 = icmp eq ptr %6, null, !dbg !704
  br i1 %7, label %12, label %8, !dbg !704

8:                                                ; preds = %2
  %9 = load ptr, ptr %6, align 8, !dbg !704, !tbaa !58
  %10 = getelementptr inbounds ptr, ptr %9, i64 1, !dbg !704
  %11 = load ptr, ptr %10, align 8, !dbg !704
  call void %11(ptr noundef nonnull align 8 dereferenceable(16) %6) #11, !dbg !704
  br label %12, !dbg !704

12:                                               ; preds = %8, %2
  ret void, !dbg !705
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE10_M_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !706 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !641
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl.20", ptr %3, i32 0, i32 0, !dbg !707
  %5 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZSt3getILm1EJP6CircleSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !708
  ret ptr %5, !dbg !709
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZSt3getILm1EJP6CircleSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat !dbg !710 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !649
  %3 = load ptr, ptr %2, align 8, !dbg !711, !tbaa !649, !nonnull !16, !align !45
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZSt12__get_helperILm1ESt14default_deleteI6CircleEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE(ptr noundef nonnull align 1 dereferenceable(1) %3) #11, !dbg !712
  ret ptr %4, !dbg !713
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZSt12__get_helperILm1ESt14default_deleteI6CircleEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE(ptr noundef nonnull align 1 dereferenceable(1) %0) #3 comdat !dbg !714 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !664
  %3 = load ptr, ptr %2, align 8, !dbg !715, !tbaa !664, !nonnull !16
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt11_Tuple_implILm1EJSt14default_deleteI6CircleEEE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %3) #11, !dbg !716
  ret ptr %4, !dbg !717
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt11_Tuple_implILm1EJSt14default_deleteI6CircleEEE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %0) #3 comdat align 2 !dbg !718 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !664
  %3 = load ptr, ptr %2, align 8, !dbg !719, !tbaa !664, !nonnull !16
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10_Head_baseILm1ESt14default_deleteI6CircleELb1EE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %3) #11, !dbg !720
  ret ptr %4, !dbg !721
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10_Head_baseILm1ESt14default_deleteI6CircleELb1EE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %0) #3 comdat align 2 !dbg !722 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !677
  %3 = load ptr, ptr %2, align 8, !dbg !723, !tbaa !677, !nonnull !16
  ret ptr %3, !dbg !724
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !725 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !726
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl", ptr %3, i32 0, i32 0, !dbg !728
  %5 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP5ShapeSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !729
  ret ptr %5, !dbg !730
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10unique_ptrI5ShapeSt14default_deleteIS0_EE11get_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !731 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !41
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::unique_ptr", ptr %3, i32 0, i32 0, !dbg !732
  %5 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE10_M_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !733
  ret ptr %5, !dbg !734
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNKSt14default_deleteI5ShapeEclEPS0_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1) #3 comdat align 2 !dbg !735 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !736
  store ptr %1, ptr %4, align 8, !tbaa !257
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !738, !tbaa !257
  %7 = icmp eq ptr %6, null, !dbg !739
  br i1 %7, label %12, label %8, !dbg !739

8:                                                ; preds = %2
  %9 = load ptr, ptr %6, align 8, !dbg !739, !tbaa !58
  %10 = getelementptr inbounds ptr, ptr %9, i64 1, !dbg !739
  %11 = load ptr, ptr %10, align 8, !dbg !739
  call void %11(ptr noundef nonnull align 8 dereferenceable(8) %6) #11, !dbg !739
  br label %12, !dbg !739

12:                                               ; preds = %8, %2
  ret void, !dbg !740
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP5ShapeSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat !dbg !741 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !742
  %3 = load ptr, ptr %2, align 8, !dbg !744, !tbaa !742, !nonnull !16, !align !45
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP5ShapeJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %3) #11, !dbg !745
  ret ptr %4, !dbg !746
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP5ShapeJSt14default_deleteIS0_EEERT0_RSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat !dbg !747 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !748
  %3 = load ptr, ptr %2, align 8, !dbg !750, !tbaa !748, !nonnull !16, !align !45
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEE7_M_headERS4_(ptr noundef nonnull align 8 dereferenceable(8) %3) #11, !dbg !751
  ret ptr %4, !dbg !752
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEE7_M_headERS4_(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !753 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !748
  %3 = load ptr, ptr %2, align 8, !dbg !754, !tbaa !748, !nonnull !16, !align !45
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP5ShapeLb0EE7_M_headERS2_(ptr noundef nonnull align 8 dereferenceable(8) %3) #11, !dbg !755
  ret ptr %4, !dbg !756
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP5ShapeLb0EE7_M_headERS2_(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !757 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !758
  %3 = load ptr, ptr %2, align 8, !dbg !760, !tbaa !758, !nonnull !16, !align !45
  %4 = getelementptr inbounds nuw %"struct.std::_Head_base.1", ptr %3, i32 0, i32 0, !dbg !761
  ret ptr %4, !dbg !762
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE10_M_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !763 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !726
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl", ptr %3, i32 0, i32 0, !dbg !764
  %5 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZSt3getILm1EJP5ShapeSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !765
  ret ptr %5, !dbg !766
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZSt3getILm1EJP5ShapeSt14default_deleteIS0_EEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERS8_(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat !dbg !767 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !742
  %3 = load ptr, ptr %2, align 8, !dbg !768, !tbaa !742, !nonnull !16, !align !45
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZSt12__get_helperILm1ESt14default_deleteI5ShapeEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE(ptr noundef nonnull align 1 dereferenceable(1) %3) #11, !dbg !769
  ret ptr %4, !dbg !770
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZSt12__get_helperILm1ESt14default_deleteI5ShapeEJEERT0_RSt11_Tuple_implIXT_EJS3_DpT1_EE(ptr noundef nonnull align 1 dereferenceable(1) %0) #3 comdat !dbg !771 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !772
  %3 = load ptr, ptr %2, align 8, !dbg !774, !tbaa !772, !nonnull !16
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %3) #11, !dbg !775
  ret ptr %4, !dbg !776
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %0) #3 comdat align 2 !dbg !777 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !772
  %3 = load ptr, ptr %2, align 8, !dbg !778, !tbaa !772, !nonnull !16
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %3) #11, !dbg !779
  ret ptr %4, !dbg !780
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EE7_M_headERS3_(ptr noundef nonnull align 1 dereferenceable(1) %0) #3 comdat align 2 !dbg !781 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !782
  %3 = load ptr, ptr %2, align 8, !dbg !784, !tbaa !782, !nonnull !16
  ret ptr %3, !dbg !785
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef ptr @_ZNSt10unique_ptrI4RectSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !786 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !141
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::unique_ptr.2", ptr %3, i32 0, i32 0, !dbg !787
  %5 = call noundef ptr @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !788
  ret ptr %5, !dbg !789
}

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_dataI5ShapeSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EIS1_I4RectEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #2 comdat align 2 !dbg !790 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !791
  store ptr %1, ptr %5, align 8, !tbaa !257
  store ptr %2, ptr %6, align 8, !tbaa !478
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !793, !tbaa !257
  %9 = load ptr, ptr %6, align 8, !dbg !793
  call void @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EEC2IS1_I4RectEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr noundef %8, ptr noundef nonnull align 1 dereferenceable(1) %9), !dbg !793
  ret void, !dbg !794
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef ptr @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !795 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !417
  %4 = load ptr, ptr %2, align 8
  call void @llvm.lifetime.start.p0(ptr %3) #11, !dbg !796
  %5 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !797
  %6 = load ptr, ptr %5, align 8, !dbg !798, !tbaa !200
  store ptr %6, ptr %3, align 8, !dbg !799, !tbaa !200
  %7 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !800
  store ptr null, ptr %7, align 8, !dbg !801, !tbaa !200
  %8 = load ptr, ptr %3, align 8, !dbg !802, !tbaa !200
  call void @llvm.lifetime.end.p0(ptr %3) #11, !dbg !803
  ret ptr %8, !dbg !804
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EEC2IS1_I4RectEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #3 comdat align 2 !dbg !805 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !726
  store ptr %1, ptr %5, align 8, !tbaa !257
  store ptr %2, ptr %6, align 8, !tbaa !478
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl", ptr %7, i32 0, i32 0, !dbg !806
  %9 = load ptr, ptr %6, align 8, !dbg !807, !tbaa !478, !nonnull !16
  call void @_ZNSt5tupleIJP5ShapeSt14default_deleteIS0_EEEC2IRS1_S2_I4RectETnNSt9enable_ifIXclsr4_TCCIXntcl14__is_alloc_argIT_EEEEE29__is_implicitly_constructibleISA_T0_EEEbE4typeELb1EEEOSA_OSB_(ptr noundef nonnull align 8 dereferenceable(8) %8, ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef nonnull align 1 dereferenceable(1) %9) #11, !dbg !806
  ret void, !dbg !808
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt5tupleIJP5ShapeSt14default_deleteIS0_EEEC2IRS1_S2_I4RectETnNSt9enable_ifIXclsr4_TCCIXntcl14__is_alloc_argIT_EEEEE29__is_implicitly_constructibleISA_T0_EEEbE4typeELb1EEEOSA_OSB_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #3 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !809 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !742
  store ptr %1, ptr %5, align 8, !tbaa !254
  store ptr %2, ptr %6, align 8, !tbaa !478
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !810, !tbaa !254, !nonnull !16, !align !45
  %9 = load ptr, ptr %6, align 8, !dbg !811, !tbaa !478, !nonnull !16
  invoke void @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEEC2IRS1_JS2_I4RectEEvEEOT_DpOT0_(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr noundef nonnull align 8 dereferenceable(8) %8, ptr noundef nonnull align 1 dereferenceable(1) %9)
          to label %10 unwind label %11, !dbg !812

10:                                               ; preds = %3
  ret void, !dbg !813

11:                                               ; preds = %3
  %12 = landingpad { ptr, i32 }
          catch ptr null, !dbg !812
  %13 = extractvalue { ptr, i32 } %12, 0, !dbg !812
  call void @__clang_call_terminate(ptr %13) #14, !dbg !812
  unreachable, !dbg !812
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEEC2IRS1_JS2_I4RectEEvEEOT_DpOT0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #5 comdat align 2 !dbg !814 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !748
  store ptr %1, ptr %5, align 8, !tbaa !254
  store ptr %2, ptr %6, align 8, !tbaa !478
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %6, align 8, !dbg !815, !tbaa !478, !nonnull !16
  call void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEEC2IS0_I4RectEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr noundef nonnull align 1 dereferenceable(1) %8), !dbg !816
  %9 = load ptr, ptr %5, align 8, !dbg !817, !tbaa !254, !nonnull !16, !align !45
  call void @_ZNSt10_Head_baseILm0EP5ShapeLb0EEC2IRS1_EEOT_(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr noundef nonnull align 8 dereferenceable(8) %9), !dbg !818
  ret void, !dbg !819
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEEC2IS0_I4RectEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #5 comdat align 2 !dbg !820 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !772
  store ptr %1, ptr %4, align 8, !tbaa !478
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !821, !tbaa !478, !nonnull !16
  call void @_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EEC2IS0_I4RectEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6), !dbg !822
  ret void, !dbg !823
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm0EP5ShapeLb0EEC2IRS1_EEOT_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) unnamed_addr #3 comdat align 2 !dbg !824 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !758
  store ptr %1, ptr %4, align 8, !tbaa !254
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"struct.std::_Head_base.1", ptr %5, i32 0, i32 0, !dbg !825
  %7 = load ptr, ptr %4, align 8, !dbg !826, !tbaa !254, !nonnull !16, !align !45
  %8 = load ptr, ptr %7, align 8, !dbg !827, !tbaa !257
  store ptr %8, ptr %6, align 8, !dbg !828, !tbaa !829
  ret void, !dbg !831
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EEC2IS0_I4RectEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #3 comdat align 2 !dbg !832 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !782
  store ptr %1, ptr %4, align 8, !tbaa !478
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !833, !tbaa !478, !nonnull !16
  call void @_ZNSt14default_deleteI5ShapeEC2I4RectvEERKS_IT_E(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6) #11, !dbg !834
  ret void, !dbg !835
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt14default_deleteI5ShapeEC2I4RectvEERKS_IT_E(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #3 comdat align 2 !dbg !836 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !736
  store ptr %1, ptr %4, align 8, !tbaa !478
  %5 = load ptr, ptr %3, align 8
  ret void, !dbg !837
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef ptr @_ZNSt10unique_ptrI6SquareSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !838 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !158
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::unique_ptr.10", ptr %3, i32 0, i32 0, !dbg !839
  %5 = call noundef ptr @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !840
  ret ptr %5, !dbg !841
}

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_dataI5ShapeSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EIS1_I6SquareEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #2 comdat align 2 !dbg !842 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !791
  store ptr %1, ptr %5, align 8, !tbaa !257
  store ptr %2, ptr %6, align 8, !tbaa !583
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !843, !tbaa !257
  %9 = load ptr, ptr %6, align 8, !dbg !843
  call void @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EEC2IS1_I6SquareEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr noundef %8, ptr noundef nonnull align 1 dereferenceable(1) %9), !dbg !843
  ret void, !dbg !844
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef ptr @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !845 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !523
  %4 = load ptr, ptr %2, align 8
  call void @llvm.lifetime.start.p0(ptr %3) #11, !dbg !846
  %5 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !847
  %6 = load ptr, ptr %5, align 8, !dbg !848, !tbaa !238
  store ptr %6, ptr %3, align 8, !dbg !849, !tbaa !238
  %7 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !850
  store ptr null, ptr %7, align 8, !dbg !851, !tbaa !238
  %8 = load ptr, ptr %3, align 8, !dbg !852, !tbaa !238
  call void @llvm.lifetime.end.p0(ptr %3) #11, !dbg !853
  ret ptr %8, !dbg !854
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EEC2IS1_I6SquareEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #3 comdat align 2 !dbg !855 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !726
  store ptr %1, ptr %5, align 8, !tbaa !257
  store ptr %2, ptr %6, align 8, !tbaa !583
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl", ptr %7, i32 0, i32 0, !dbg !856
  %9 = load ptr, ptr %6, align 8, !dbg !857, !tbaa !583, !nonnull !16
  call void @_ZNSt5tupleIJP5ShapeSt14default_deleteIS0_EEEC2IRS1_S2_I6SquareETnNSt9enable_ifIXclsr4_TCCIXntcl14__is_alloc_argIT_EEEEE29__is_implicitly_constructibleISA_T0_EEEbE4typeELb1EEEOSA_OSB_(ptr noundef nonnull align 8 dereferenceable(8) %8, ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef nonnull align 1 dereferenceable(1) %9) #11, !dbg !856
  ret void, !dbg !858
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt5tupleIJP5ShapeSt14default_deleteIS0_EEEC2IRS1_S2_I6SquareETnNSt9enable_ifIXclsr4_TCCIXntcl14__is_alloc_argIT_EEEEE29__is_implicitly_constructibleISA_T0_EEEbE4typeELb1EEEOSA_OSB_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #3 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !859 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !742
  store ptr %1, ptr %5, align 8, !tbaa !254
  store ptr %2, ptr %6, align 8, !tbaa !583
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !860, !tbaa !254, !nonnull !16, !align !45
  %9 = load ptr, ptr %6, align 8, !dbg !861, !tbaa !583, !nonnull !16
  invoke void @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEEC2IRS1_JS2_I6SquareEEvEEOT_DpOT0_(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr noundef nonnull align 8 dereferenceable(8) %8, ptr noundef nonnull align 1 dereferenceable(1) %9)
          to label %10 unwind label %11, !dbg !862

10:                                               ; preds = %3
  ret void, !dbg !863

11:                                               ; preds = %3
  %12 = landingpad { ptr, i32 }
          catch ptr null, !dbg !862
  %13 = extractvalue { ptr, i32 } %12, 0, !dbg !862
  call void @__clang_call_terminate(ptr %13) #14, !dbg !862
  unreachable, !dbg !862
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEEC2IRS1_JS2_I6SquareEEvEEOT_DpOT0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #5 comdat align 2 !dbg !864 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !748
  store ptr %1, ptr %5, align 8, !tbaa !254
  store ptr %2, ptr %6, align 8, !tbaa !583
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %6, align 8, !dbg !865, !tbaa !583, !nonnull !16
  call void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEEC2IS0_I6SquareEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr noundef nonnull align 1 dereferenceable(1) %8), !dbg !866
  %9 = load ptr, ptr %5, align 8, !dbg !867, !tbaa !254, !nonnull !16, !align !45
  call void @_ZNSt10_Head_baseILm0EP5ShapeLb0EEC2IRS1_EEOT_(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr noundef nonnull align 8 dereferenceable(8) %9), !dbg !868
  ret void, !dbg !869
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEEC2IS0_I6SquareEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #5 comdat align 2 !dbg !870 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !772
  store ptr %1, ptr %4, align 8, !tbaa !583
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !871, !tbaa !583, !nonnull !16
  call void @_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EEC2IS0_I6SquareEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6), !dbg !872
  ret void, !dbg !873
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EEC2IS0_I6SquareEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #3 comdat align 2 !dbg !874 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !782
  store ptr %1, ptr %4, align 8, !tbaa !583
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !875, !tbaa !583, !nonnull !16
  call void @_ZNSt14default_deleteI5ShapeEC2I6SquarevEERKS_IT_E(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6) #11, !dbg !876
  ret void, !dbg !877
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt14default_deleteI5ShapeEC2I6SquarevEERKS_IT_E(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #3 comdat align 2 !dbg !878 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !736
  store ptr %1, ptr %4, align 8, !tbaa !583
  %5 = load ptr, ptr %3, align 8
  ret void, !dbg !879
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef ptr @_ZNSt10unique_ptrI6CircleSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !880 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !175
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::unique_ptr.18", ptr %3, i32 0, i32 0, !dbg !881
  %5 = call noundef ptr @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !882
  ret ptr %5, !dbg !883
}

; Function Attrs: inlinehint mustprogress uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_dataI5ShapeSt14default_deleteIS0_ELb1ELb1EECI2St15__uniq_ptr_implIS0_S2_EIS1_I6CircleEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #2 comdat align 2 !dbg !884 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !791
  store ptr %1, ptr %5, align 8, !tbaa !257
  store ptr %2, ptr %6, align 8, !tbaa !701
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !885, !tbaa !257
  %9 = load ptr, ptr %6, align 8, !dbg !885
  call void @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EEC2IS1_I6CircleEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr noundef %8, ptr noundef nonnull align 1 dereferenceable(1) %9), !dbg !885
  ret void, !dbg !886
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef ptr @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE7releaseEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !887 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !641
  %4 = load ptr, ptr %2, align 8
  call void @llvm.lifetime.start.p0(ptr %3) #11, !dbg !888
  %5 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !889
  %6 = load ptr, ptr %5, align 8, !dbg !890, !tbaa !219
  store ptr %6, ptr %3, align 8, !dbg !891, !tbaa !219
  %7 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !892
  store ptr null, ptr %7, align 8, !dbg !893, !tbaa !219
  %8 = load ptr, ptr %3, align 8, !dbg !894, !tbaa !219
  call void @llvm.lifetime.end.p0(ptr %3) #11, !dbg !895
  ret ptr %8, !dbg !896
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EEC2IS1_I6CircleEEEPS0_OT_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #3 comdat align 2 !dbg !897 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !726
  store ptr %1, ptr %5, align 8, !tbaa !257
  store ptr %2, ptr %6, align 8, !tbaa !701
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl", ptr %7, i32 0, i32 0, !dbg !898
  %9 = load ptr, ptr %6, align 8, !dbg !899, !tbaa !701, !nonnull !16
  call void @_ZNSt5tupleIJP5ShapeSt14default_deleteIS0_EEEC2IRS1_S2_I6CircleETnNSt9enable_ifIXclsr4_TCCIXntcl14__is_alloc_argIT_EEEEE29__is_implicitly_constructibleISA_T0_EEEbE4typeELb1EEEOSA_OSB_(ptr noundef nonnull align 8 dereferenceable(8) %8, ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef nonnull align 1 dereferenceable(1) %9) #11, !dbg !898
  ret void, !dbg !900
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt5tupleIJP5ShapeSt14default_deleteIS0_EEEC2IRS1_S2_I6CircleETnNSt9enable_ifIXclsr4_TCCIXntcl14__is_alloc_argIT_EEEEE29__is_implicitly_constructibleISA_T0_EEEbE4typeELb1EEEOSA_OSB_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #3 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !901 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !742
  store ptr %1, ptr %5, align 8, !tbaa !254
  store ptr %2, ptr %6, align 8, !tbaa !701
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !902, !tbaa !254, !nonnull !16, !align !45
  %9 = load ptr, ptr %6, align 8, !dbg !903, !tbaa !701, !nonnull !16
  invoke void @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEEC2IRS1_JS2_I6CircleEEvEEOT_DpOT0_(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr noundef nonnull align 8 dereferenceable(8) %8, ptr noundef nonnull align 1 dereferenceable(1) %9)
          to label %10 unwind label %11, !dbg !904

10:                                               ; preds = %3
  ret void, !dbg !905

11:                                               ; preds = %3
  %12 = landingpad { ptr, i32 }
          catch ptr null, !dbg !904
  %13 = extractvalue { ptr, i32 } %12, 0, !dbg !904
  call void @__clang_call_terminate(ptr %13) #14, !dbg !904
  unreachable, !dbg !904
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEEC2IRS1_JS2_I6CircleEEvEEOT_DpOT0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #5 comdat align 2 !dbg !906 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !748
  store ptr %1, ptr %5, align 8, !tbaa !254
  store ptr %2, ptr %6, align 8, !tbaa !701
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %6, align 8, !dbg !907, !tbaa !701, !nonnull !16
  call void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEEC2IS0_I6CircleEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr noundef nonnull align 1 dereferenceable(1) %8), !dbg !908
  %9 = load ptr, ptr %5, align 8, !dbg !909, !tbaa !254, !nonnull !16, !align !45
  call void @_ZNSt10_Head_baseILm0EP5ShapeLb0EEC2IRS1_EEOT_(ptr noundef nonnull align 8 dereferenceable(8) %7, ptr noundef nonnull align 8 dereferenceable(8) %9), !dbg !910
  ret void, !dbg !911
}

; Function Attrs: mustprogress uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEEC2IS0_I6CircleEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #5 comdat align 2 !dbg !912 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !772
  store ptr %1, ptr %4, align 8, !tbaa !701
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !913, !tbaa !701, !nonnull !16
  call void @_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EEC2IS0_I6CircleEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6), !dbg !914
  ret void, !dbg !915
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EEC2IS0_I6CircleEEEOT_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #3 comdat align 2 !dbg !916 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !782
  store ptr %1, ptr %4, align 8, !tbaa !701
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !917, !tbaa !701, !nonnull !16
  call void @_ZNSt14default_deleteI5ShapeEC2I6CirclevEERKS_IT_E(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6) #11, !dbg !918
  ret void, !dbg !919
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt14default_deleteI5ShapeEC2I6CirclevEERKS_IT_E(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #3 comdat align 2 !dbg !920 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !736
  store ptr %1, ptr %4, align 8, !tbaa !701
  %5 = load ptr, ptr %3, align 8
  ret void, !dbg !921
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef ptr @_ZNKSt10unique_ptrI5ShapeSt14default_deleteIS0_EE3getEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !922 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !41
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::unique_ptr", ptr %3, i32 0, i32 0, !dbg !923
  %5 = call noundef ptr @_ZNKSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !924
  ret ptr %5, !dbg !925
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef ptr @_ZNKSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !926 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !726
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::__uniq_ptr_impl", ptr %3, i32 0, i32 0, !dbg !927
  %5 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP5ShapeSt14default_deleteIS0_EEERKNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERKS8_(ptr noundef nonnull align 8 dereferenceable(8) %4) #11, !dbg !928
  %6 = load ptr, ptr %5, align 8, !dbg !929, !tbaa !257
  ret ptr %6, !dbg !930
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3getILm0EJP5ShapeSt14default_deleteIS0_EEERKNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERKS8_(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat !dbg !931 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !742
  %3 = load ptr, ptr %2, align 8, !dbg !932, !tbaa !742, !nonnull !16, !align !45
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP5ShapeJSt14default_deleteIS0_EEERKT0_RKSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %3) #11, !dbg !933
  ret ptr %4, !dbg !934
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt12__get_helperILm0EP5ShapeJSt14default_deleteIS0_EEERKT0_RKSt11_Tuple_implIXT_EJS4_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat !dbg !935 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !748
  %3 = load ptr, ptr %2, align 8, !dbg !936, !tbaa !748, !nonnull !16, !align !45
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEE7_M_headERKS4_(ptr noundef nonnull align 8 dereferenceable(8) %3) #11, !dbg !937
  ret ptr %4, !dbg !938
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEE7_M_headERKS4_(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !939 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !748
  %3 = load ptr, ptr %2, align 8, !dbg !940, !tbaa !748, !nonnull !16, !align !45
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP5ShapeLb0EE7_M_headERKS2_(ptr noundef nonnull align 8 dereferenceable(8) %3) #11, !dbg !941
  ret ptr %4, !dbg !942
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt10_Head_baseILm0EP5ShapeLb0EE7_M_headERKS2_(ptr noundef nonnull align 8 dereferenceable(8) %0) #3 comdat align 2 !dbg !943 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !758
  %3 = load ptr, ptr %2, align 8, !dbg !944, !tbaa !758, !nonnull !16, !align !45
  %4 = getelementptr inbounds nuw %"struct.std::_Head_base.1", ptr %3, i32 0, i32 0, !dbg !945
  ret ptr %4, !dbg !946
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr void @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE5resetEPS0_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) #3 comdat align 2 !dbg !947 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !726
  store ptr %1, ptr %4, align 8, !tbaa !257
  %6 = load ptr, ptr %3, align 8
  call void @llvm.lifetime.start.p0(ptr %5) #11, !dbg !948
  %7 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #11, !dbg !949
  %8 = load ptr, ptr %7, align 8, !dbg !950, !tbaa !257
  store ptr %8, ptr %5, align 8, !dbg !951, !tbaa !257
  %9 = load ptr, ptr %4, align 8, !dbg !952, !tbaa !257
  %10 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #11, !dbg !953
  store ptr %9, ptr %10, align 8, !dbg !954, !tbaa !257
  %11 = load ptr, ptr %5, align 8, !dbg !955, !tbaa !257
  %12 = icmp ne ptr %11, null, !dbg !956
  br i1 %12, label %13, label %16, !dbg !957

13:                                               ; preds = %2
  %14 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE10_M_deleterEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #11, !dbg !958
  %15 = load ptr, ptr %5, align 8, !dbg !959, !tbaa !257
  call void @_ZNKSt14default_deleteI5ShapeEclEPS0_(ptr noundef nonnull align 1 dereferenceable(1) %14, ptr noundef %15), !dbg !958
  br label %16, !dbg !958

16:                                               ; preds = %13, %2
  call void @llvm.lifetime.end.p0(ptr %5) #11, !dbg !960
  ret void, !dbg !961
}

attributes #0 = { mustprogress norecurse uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { inlinehint mustprogress uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { mustprogress nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #5 = { mustprogress uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { inlinehint mustprogress nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #7 = { cold noreturn nounwind memory(inaccessiblemem: write) }
attributes #8 = { nobuiltin nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #9 = { nobuiltin allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #10 = { noinline noreturn nounwind uwtable "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #11 = { nounwind }
attributes #12 = { builtin allocsize(0) }
attributes #13 = { builtin nounwind }
attributes #14 = { noreturn nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}
!llvm.errno.tbaa = !{!9}

!0 = distinct !DICompileUnit(language: DW_LANG_C_plus_plus_14, file: !1, producer: "clang version 22.1.8", isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "cxx_classes.cpp", directory: ".")
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
!13 = distinct !DISubprogram(name: "main", scope: !14, file: !14, line: 34, type: !15, scopeLine: 34, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DIFile(filename: "cxx_classes.cpp", directory: ".")
!15 = !DISubroutineType(types: !16)
!16 = !{}
!17 = !DILocation(line: 35, column: 5, scope: !13)
!18 = !DILocation(line: 35, column: 39, scope: !13)
!19 = !DILocation(line: 35, column: 40, scope: !13)
!20 = !DILocation(line: 35, column: 63, scope: !13)
!21 = !DILocation(line: 35, column: 63, scope: !13, atomGroup: 1, atomRank: 1)
!22 = !DILocation(line: 35, column: 66, scope: !13)
!23 = !DILocation(line: 35, column: 66, scope: !13, atomGroup: 1, atomRank: 1)
!24 = !{!25, !25, i64 0}
!25 = !{!"double", !11, i64 0}
!26 = !DILocation(line: 35, column: 72, scope: !13)
!27 = !DILocation(line: 35, column: 97, scope: !13)
!28 = !DILocation(line: 35, column: 97, scope: !13, atomGroup: 1, atomRank: 1)
!29 = !DILocation(line: 35, column: 104, scope: !13)
!30 = !DILocation(line: 35, column: 129, scope: !13)
!31 = !DILocation(line: 35, column: 129, scope: !13, atomGroup: 1, atomRank: 1)
!32 = !DILocation(line: 35, column: 135, scope: !13)
!33 = !DILocation(line: 35, column: 158, scope: !13)
!34 = !DILocation(line: 35, column: 158, scope: !13, atomGroup: 1, atomRank: 1)
!35 = !DILocation(line: 35, column: 163, scope: !13)
!36 = !DILocation(line: 35, column: 163, scope: !13, atomGroup: 1, atomRank: 1)
!37 = !DILocation(line: 36, column: 5, scope: !13)
!38 = !DILocation(line: 36, column: 12, scope: !13, atomGroup: 2, atomRank: 1)
!39 = !DILocation(line: 37, column: 20, scope: !13)
!40 = !DILocation(line: 37, column: 20, scope: !13, atomGroup: 3, atomRank: 1)
!41 = !{!42, !42, i64 0}
!42 = !{!"p1 _ZTSSt10unique_ptrI5ShapeSt14default_deleteIS0_EE", !43, i64 0}
!43 = !{!"any pointer", !11, i64 0}
!44 = !DILocation(line: 37, column: 18, scope: !13)
!45 = !{i64 8}
!46 = !DILocation(line: 37, column: 18, scope: !13, atomGroup: 4, atomRank: 2)
!47 = !DILocation(line: 37, column: 18, scope: !13, atomGroup: 4, atomRank: 1)
!48 = !DILocation(line: 37, column: 18, scope: !13, atomGroup: 5, atomRank: 2)
!49 = !DILocation(line: 37, column: 18, scope: !13, atomGroup: 5, atomRank: 1)
!50 = !DILocation(line: 37, column: 18, scope: !13, atomGroup: 6, atomRank: 1)
!51 = !DILocation(line: 37, column: 18, scope: !13, atomGroup: 7, atomRank: 1)
!52 = !DILocation(line: 47, column: 1, scope: !13)
!53 = !DILocation(line: 37, column: 10, scope: !13)
!54 = !DILocation(line: 37, column: 18, scope: !13, atomGroup: 8, atomRank: 2)
!55 = !DILocation(line: 37, column: 16, scope: !13, atomGroup: 8, atomRank: 1)
!56 = !DILocation(line: 37, column: 56, scope: !13)
!57 = !DILocation(line: 37, column: 59, scope: !13)
!58 = !{!59, !59, i64 0}
!59 = !{!"vtable pointer", !12, i64 0}
!60 = !DILocation(line: 37, column: 67, scope: !13)
!61 = !DILocation(line: 37, column: 70, scope: !13)
!62 = !DILocation(line: 37, column: 30, scope: !13)
!63 = !DILocation(line: 37, column: 88, scope: !13)
!64 = !DILocation(line: 37, column: 91, scope: !13)
!65 = !DILocation(line: 37, column: 85, scope: !13)
!66 = !DILocation(line: 37, column: 85, scope: !13, atomGroup: 9, atomRank: 2)
!67 = !DILocation(line: 37, column: 85, scope: !13, atomGroup: 9, atomRank: 1)
!68 = !DILocation(line: 37, column: 99, scope: !13)
!69 = !DILocation(line: 37, column: 5, scope: !13, atomGroup: 11, atomRank: 1)
!70 = !DILocation(line: 37, column: 18, scope: !13, atomGroup: 10, atomRank: 2)
!71 = !DILocation(line: 37, column: 18, scope: !13, atomGroup: 10, atomRank: 1)
!72 = distinct !{!72, !73, !68}
!73 = !DILocation(line: 37, column: 5, scope: !13)
!74 = !DILocation(line: 38, column: 34, scope: !13)
!75 = !DILocation(line: 38, column: 5, scope: !13)
!76 = !DILocation(line: 39, column: 5, scope: !13)
!77 = !DILocation(line: 39, column: 9, scope: !13)
!78 = !DILocation(line: 39, column: 23, scope: !13)
!79 = !DILocation(line: 39, column: 36, scope: !13)
!80 = !DILocation(line: 39, column: 20, scope: !13)
!81 = !DILocation(line: 39, column: 18, scope: !13)
!82 = !DILocation(line: 39, column: 41, scope: !13)
!83 = !DILocation(line: 39, column: 51, scope: !13)
!84 = !DILocation(line: 40, column: 5, scope: !13)
!85 = !DILocation(line: 40, column: 22, scope: !13, atomGroup: 12, atomRank: 1)
!86 = !{!87, !87, i64 0}
!87 = !{!"p1 _ZTS9Printable", !43, i64 0}
!88 = !DILocation(line: 40, column: 29, scope: !13)
!89 = !DILocation(line: 40, column: 31, scope: !13)
!90 = !DILocation(line: 41, column: 39, scope: !13)
!91 = !DILocation(line: 41, column: 36, scope: !13)
!92 = !DILocation(line: 41, column: 33, scope: !13)
!93 = !DILocation(line: 41, column: 5, scope: !13)
!94 = !DILocation(line: 42, column: 5, scope: !13)
!95 = !DILocation(line: 42, column: 13, scope: !13)
!96 = !DILocation(line: 42, column: 18, scope: !13)
!97 = !DILocation(line: 42, column: 24, scope: !13)
!98 = !DILocation(line: 42, column: 30, scope: !13)
!99 = !DILocation(line: 43, column: 35, scope: !13)
!100 = !DILocation(line: 43, column: 5, scope: !13)
!101 = !DILocation(line: 44, column: 20, scope: !13)
!102 = !DILocation(line: 44, column: 20, scope: !13, atomGroup: 13, atomRank: 1)
!103 = !DILocation(line: 44, column: 18, scope: !13)
!104 = !DILocation(line: 44, column: 18, scope: !13, atomGroup: 14, atomRank: 2)
!105 = !DILocation(line: 44, column: 18, scope: !13, atomGroup: 14, atomRank: 1)
!106 = !DILocation(line: 44, column: 18, scope: !13, atomGroup: 15, atomRank: 2)
!107 = !DILocation(line: 44, column: 18, scope: !13, atomGroup: 15, atomRank: 1)
!108 = !DILocation(line: 44, column: 18, scope: !13, atomGroup: 16, atomRank: 1)
!109 = !DILocation(line: 44, column: 18, scope: !13, atomGroup: 17, atomRank: 1)
!110 = !DILocation(line: 44, column: 10, scope: !13)
!111 = !DILocation(line: 44, column: 18, scope: !13, atomGroup: 18, atomRank: 2)
!112 = !DILocation(line: 44, column: 16, scope: !13, atomGroup: 18, atomRank: 1)
!113 = !DILocation(line: 44, column: 28, scope: !13)
!114 = !DILocation(line: 44, column: 30, scope: !13)
!115 = !DILocation(line: 44, column: 36, scope: !13)
!116 = !DILocation(line: 44, column: 5, scope: !13, atomGroup: 20, atomRank: 1)
!117 = !DILocation(line: 44, column: 18, scope: !13, atomGroup: 19, atomRank: 2)
!118 = !DILocation(line: 44, column: 18, scope: !13, atomGroup: 19, atomRank: 1)
!119 = distinct !{!119, !120, !115}
!120 = !DILocation(line: 44, column: 5, scope: !13)
!121 = !DILocation(line: 45, column: 35, scope: !13)
!122 = !DILocation(line: 45, column: 5, scope: !13)
!123 = !DILocation(line: 46, column: 5, scope: !13, atomGroup: 21, atomRank: 1)
!124 = !DILocation(line: 47, column: 1, scope: !13, atomGroup: 22, atomRank: 2)
!125 = !DILocation(line: 47, column: 1, scope: !13, atomGroup: 22, atomRank: 1)
!126 = distinct !DISubprogram(name: "make_unique<Rect, int, double>", scope: !127, file: !127, line: 1064, type: !15, scopeLine: 1065, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!127 = !DIFile(filename: "/usr/include/c++/12/bits/unique_ptr.h", directory: "")
!128 = !{!129, !129, i64 0}
!129 = !{!"p1 int", !43, i64 0}
!130 = !{!131, !131, i64 0}
!131 = !{!"p1 double", !43, i64 0}
!132 = !DILocation(line: 1065, column: 30, scope: !126)
!133 = !DILocation(line: 1065, column: 58, scope: !126)
!134 = !{i64 4}
!135 = !DILocation(line: 1065, column: 38, scope: !126)
!136 = !DILocation(line: 1065, column: 34, scope: !126)
!137 = !DILocation(line: 1065, column: 14, scope: !126)
!138 = !DILocation(line: 1065, column: 7, scope: !126, atomGroup: 1, atomRank: 1)
!139 = !DILocation(line: 1065, column: 72, scope: !126)
!140 = distinct !DISubprogram(name: "unique_ptr<Rect, std::default_delete<Rect>, void>", scope: !127, file: !127, line: 372, type: !15, scopeLine: 374, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!141 = !{!142, !142, i64 0}
!142 = !{!"p1 _ZTSSt10unique_ptrI4RectSt14default_deleteIS0_EE", !43, i64 0}
!143 = !DILocation(line: 373, column: 4, scope: !140)
!144 = !DILocation(line: 373, column: 9, scope: !140)
!145 = !DILocation(line: 373, column: 13, scope: !140)
!146 = !DILocation(line: 373, column: 42, scope: !140)
!147 = !DILocation(line: 373, column: 46, scope: !140)
!148 = !DILocation(line: 374, column: 4, scope: !140, atomGroup: 1, atomRank: 1)
!149 = distinct !DISubprogram(name: "make_unique<Square, double>", scope: !127, file: !127, line: 1064, type: !15, scopeLine: 1065, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!150 = !DILocation(line: 1065, column: 30, scope: !149)
!151 = !DILocation(line: 1065, column: 58, scope: !149)
!152 = !DILocation(line: 1065, column: 38, scope: !149)
!153 = !DILocation(line: 1065, column: 34, scope: !149)
!154 = !DILocation(line: 1065, column: 14, scope: !149)
!155 = !DILocation(line: 1065, column: 7, scope: !149, atomGroup: 1, atomRank: 1)
!156 = !DILocation(line: 1065, column: 72, scope: !149)
!157 = distinct !DISubprogram(name: "unique_ptr<Square, std::default_delete<Square>, void>", scope: !127, file: !127, line: 372, type: !15, scopeLine: 374, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!158 = !{!159, !159, i64 0}
!159 = !{!"p1 _ZTSSt10unique_ptrI6SquareSt14default_deleteIS0_EE", !43, i64 0}
!160 = !DILocation(line: 373, column: 4, scope: !157)
!161 = !DILocation(line: 373, column: 9, scope: !157)
!162 = !DILocation(line: 373, column: 13, scope: !157)
!163 = !DILocation(line: 373, column: 42, scope: !157)
!164 = !DILocation(line: 373, column: 46, scope: !157)
!165 = !DILocation(line: 374, column: 4, scope: !157, atomGroup: 1, atomRank: 1)
!166 = distinct !DISubprogram(name: "make_unique<Circle, double>", scope: !127, file: !127, line: 1064, type: !15, scopeLine: 1065, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!167 = !DILocation(line: 1065, column: 30, scope: !166)
!168 = !DILocation(line: 1065, column: 58, scope: !166)
!169 = !DILocation(line: 1065, column: 38, scope: !166)
!170 = !DILocation(line: 1065, column: 34, scope: !166)
!171 = !DILocation(line: 1065, column: 14, scope: !166)
!172 = !DILocation(line: 1065, column: 7, scope: !166, atomGroup: 1, atomRank: 1)
!173 = !DILocation(line: 1065, column: 72, scope: !166)
!174 = distinct !DISubprogram(name: "unique_ptr<Circle, std::default_delete<Circle>, void>", scope: !127, file: !127, line: 372, type: !15, scopeLine: 374, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!175 = !{!176, !176, i64 0}
!176 = !{!"p1 _ZTSSt10unique_ptrI6CircleSt14default_deleteIS0_EE", !43, i64 0}
!177 = !DILocation(line: 373, column: 4, scope: !174)
!178 = !DILocation(line: 373, column: 9, scope: !174)
!179 = !DILocation(line: 373, column: 13, scope: !174)
!180 = !DILocation(line: 373, column: 42, scope: !174)
!181 = !DILocation(line: 373, column: 46, scope: !174)
!182 = !DILocation(line: 374, column: 4, scope: !174, atomGroup: 1, atomRank: 1)
!183 = distinct !DISubprogram(name: "make_unique<Rect, double, double>", scope: !127, file: !127, line: 1064, type: !15, scopeLine: 1065, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!184 = !DILocation(line: 1065, column: 30, scope: !183)
!185 = !DILocation(line: 1065, column: 58, scope: !183)
!186 = !DILocation(line: 1065, column: 38, scope: !183)
!187 = !DILocation(line: 1065, column: 34, scope: !183)
!188 = !DILocation(line: 1065, column: 14, scope: !183)
!189 = !DILocation(line: 1065, column: 7, scope: !183, atomGroup: 1, atomRank: 1)
!190 = !DILocation(line: 1065, column: 72, scope: !183)
!191 = distinct !DISubprogram(name: "~unique_ptr", scope: !127, file: !127, line: 390, type: !15, scopeLine: 391, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!192 = !DILocation(line: 394, column: 2, scope: !191)
!193 = !DILocation(line: 394, column: 16, scope: !191)
!194 = !DILocation(line: 394, column: 21, scope: !191, atomGroup: 1, atomRank: 2)
!195 = !DILocation(line: 394, column: 8, scope: !191, atomGroup: 1, atomRank: 1)
!196 = !{!197, !197, i64 0}
!197 = !{!"p2 _ZTS4Rect", !198, i64 0}
!198 = !{!"any p2 pointer", !43, i64 0}
!199 = !DILocation(line: 395, column: 6, scope: !191)
!200 = !{!201, !201, i64 0}
!201 = !{!"p1 _ZTS4Rect", !43, i64 0}
!202 = !DILocation(line: 395, column: 12, scope: !191, atomGroup: 2, atomRank: 2)
!203 = !DILocation(line: 395, column: 12, scope: !191, atomGroup: 2, atomRank: 1)
!204 = !DILocation(line: 396, column: 4, scope: !191)
!205 = !DILocation(line: 396, column: 28, scope: !191)
!206 = !DILocation(line: 396, column: 18, scope: !191)
!207 = !DILocation(line: 397, column: 2, scope: !191)
!208 = !DILocation(line: 397, column: 8, scope: !191, atomGroup: 3, atomRank: 1)
!209 = !DILocation(line: 398, column: 7, scope: !191)
!210 = !DILocation(line: 398, column: 7, scope: !191, atomGroup: 4, atomRank: 1)
!211 = distinct !DISubprogram(name: "~unique_ptr", scope: !127, file: !127, line: 390, type: !15, scopeLine: 391, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!212 = !DILocation(line: 394, column: 2, scope: !211)
!213 = !DILocation(line: 394, column: 16, scope: !211)
!214 = !DILocation(line: 394, column: 21, scope: !211, atomGroup: 1, atomRank: 2)
!215 = !DILocation(line: 394, column: 8, scope: !211, atomGroup: 1, atomRank: 1)
!216 = !{!217, !217, i64 0}
!217 = !{!"p2 _ZTS6Circle", !198, i64 0}
!218 = !DILocation(line: 395, column: 6, scope: !211)
!219 = !{!220, !220, i64 0}
!220 = !{!"p1 _ZTS6Circle", !43, i64 0}
!221 = !DILocation(line: 395, column: 12, scope: !211, atomGroup: 2, atomRank: 2)
!222 = !DILocation(line: 395, column: 12, scope: !211, atomGroup: 2, atomRank: 1)
!223 = !DILocation(line: 396, column: 4, scope: !211)
!224 = !DILocation(line: 396, column: 28, scope: !211)
!225 = !DILocation(line: 396, column: 18, scope: !211)
!226 = !DILocation(line: 397, column: 2, scope: !211)
!227 = !DILocation(line: 397, column: 8, scope: !211, atomGroup: 3, atomRank: 1)
!228 = !DILocation(line: 398, column: 7, scope: !211)
!229 = !DILocation(line: 398, column: 7, scope: !211, atomGroup: 4, atomRank: 1)
!230 = distinct !DISubprogram(name: "~unique_ptr", scope: !127, file: !127, line: 390, type: !15, scopeLine: 391, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!231 = !DILocation(line: 394, column: 2, scope: !230)
!232 = !DILocation(line: 394, column: 16, scope: !230)
!233 = !DILocation(line: 394, column: 21, scope: !230, atomGroup: 1, atomRank: 2)
!234 = !DILocation(line: 394, column: 8, scope: !230, atomGroup: 1, atomRank: 1)
!235 = !{!236, !236, i64 0}
!236 = !{!"p2 _ZTS6Square", !198, i64 0}
!237 = !DILocation(line: 395, column: 6, scope: !230)
!238 = !{!239, !239, i64 0}
!239 = !{!"p1 _ZTS6Square", !43, i64 0}
!240 = !DILocation(line: 395, column: 12, scope: !230, atomGroup: 2, atomRank: 2)
!241 = !DILocation(line: 395, column: 12, scope: !230, atomGroup: 2, atomRank: 1)
!242 = !DILocation(line: 396, column: 4, scope: !230)
!243 = !DILocation(line: 396, column: 28, scope: !230)
!244 = !DILocation(line: 396, column: 18, scope: !230)
!245 = !DILocation(line: 397, column: 2, scope: !230)
!246 = !DILocation(line: 397, column: 8, scope: !230, atomGroup: 3, atomRank: 1)
!247 = !DILocation(line: 398, column: 7, scope: !230)
!248 = !DILocation(line: 398, column: 7, scope: !230, atomGroup: 4, atomRank: 1)
!249 = distinct !DISubprogram(name: "~unique_ptr", scope: !127, file: !127, line: 390, type: !15, scopeLine: 391, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!250 = !DILocation(line: 394, column: 2, scope: !249)
!251 = !DILocation(line: 394, column: 16, scope: !249)
!252 = !DILocation(line: 394, column: 21, scope: !249, atomGroup: 1, atomRank: 2)
!253 = !DILocation(line: 394, column: 8, scope: !249, atomGroup: 1, atomRank: 1)
!254 = !{!255, !255, i64 0}
!255 = !{!"p2 _ZTS5Shape", !198, i64 0}
!256 = !DILocation(line: 395, column: 6, scope: !249)
!257 = !{!258, !258, i64 0}
!258 = !{!"p1 _ZTS5Shape", !43, i64 0}
!259 = !DILocation(line: 395, column: 12, scope: !249, atomGroup: 2, atomRank: 2)
!260 = !DILocation(line: 395, column: 12, scope: !249, atomGroup: 2, atomRank: 1)
!261 = !DILocation(line: 396, column: 4, scope: !249)
!262 = !DILocation(line: 396, column: 28, scope: !249)
!263 = !DILocation(line: 396, column: 18, scope: !249)
!264 = !DILocation(line: 397, column: 2, scope: !249)
!265 = !DILocation(line: 397, column: 8, scope: !249, atomGroup: 3, atomRank: 1)
!266 = !DILocation(line: 398, column: 7, scope: !249)
!267 = !DILocation(line: 398, column: 7, scope: !249, atomGroup: 4, atomRank: 1)
!268 = !DISubprogram(name: "printf", scope: !269, file: !269, line: 356, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!269 = !DIFile(filename: "/usr/include/stdio.h", directory: "")
!270 = distinct !DISubprogram(name: "operator->", scope: !127, file: !127, line: 452, type: !15, scopeLine: 453, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!271 = !DILocation(line: 455, column: 9, scope: !270, atomGroup: 1, atomRank: 2)
!272 = !DILocation(line: 455, column: 2, scope: !270, atomGroup: 1, atomRank: 1)
!273 = distinct !DISubprogram(name: "Vec", scope: !14, file: !14, line: 19, type: !15, scopeLine: 19, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!274 = !{!275, !275, i64 0}
!275 = !{!"p1 _ZTS3Vec", !43, i64 0}
!276 = !DILocation(line: 19, column: 5, scope: !273)
!277 = !DILocation(line: 19, column: 50, scope: !273)
!278 = !DILocation(line: 19, column: 39, scope: !273)
!279 = !DILocation(line: 19, column: 41, scope: !273, atomGroup: 1, atomRank: 2)
!280 = !DILocation(line: 19, column: 39, scope: !273, atomGroup: 1, atomRank: 1)
!281 = !{!282, !25, i64 8}
!282 = !{!"_ZTS3Vec", !283, i64 0, !25, i64 8, !25, i64 16}
!283 = !{!"_ZTS9Printable"}
!284 = !DILocation(line: 19, column: 45, scope: !273)
!285 = !DILocation(line: 19, column: 47, scope: !273, atomGroup: 2, atomRank: 2)
!286 = !DILocation(line: 19, column: 45, scope: !273, atomGroup: 2, atomRank: 1)
!287 = !{!282, !25, i64 16}
!288 = !DILocation(line: 19, column: 51, scope: !273, atomGroup: 3, atomRank: 1)
!289 = distinct !DISubprogram(name: "operator*", scope: !14, file: !14, line: 21, type: !15, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!290 = !DILocation(line: 21, column: 48, scope: !289)
!291 = !DILocation(line: 21, column: 52, scope: !289)
!292 = !DILocation(line: 21, column: 50, scope: !289)
!293 = !DILocation(line: 21, column: 55, scope: !289)
!294 = !DILocation(line: 21, column: 59, scope: !289)
!295 = !DILocation(line: 21, column: 57, scope: !289)
!296 = !DILocation(line: 21, column: 44, scope: !289)
!297 = !DILocation(line: 21, column: 37, scope: !289, atomGroup: 1, atomRank: 1)
!298 = distinct !DISubprogram(name: "operator+=", scope: !14, file: !14, line: 22, type: !15, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!299 = !DILocation(line: 22, column: 42, scope: !298)
!300 = !DILocation(line: 22, column: 44, scope: !298)
!301 = !DILocation(line: 22, column: 37, scope: !298)
!302 = !DILocation(line: 22, column: 39, scope: !298)
!303 = !DILocation(line: 22, column: 39, scope: !298, atomGroup: 1, atomRank: 2)
!304 = !DILocation(line: 22, column: 39, scope: !298, atomGroup: 1, atomRank: 1)
!305 = !DILocation(line: 22, column: 52, scope: !298)
!306 = !DILocation(line: 22, column: 54, scope: !298)
!307 = !DILocation(line: 22, column: 47, scope: !298)
!308 = !DILocation(line: 22, column: 49, scope: !298)
!309 = !DILocation(line: 22, column: 49, scope: !298, atomGroup: 2, atomRank: 2)
!310 = !DILocation(line: 22, column: 49, scope: !298, atomGroup: 2, atomRank: 1)
!311 = !DILocation(line: 22, column: 57, scope: !298, atomGroup: 3, atomRank: 1)
!312 = distinct !DISubprogram(name: "~Printable", scope: !14, file: !14, line: 16, type: !15, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!313 = !DILocation(line: 16, column: 74, scope: !312, atomGroup: 1, atomRank: 1)
!314 = distinct !DISubprogram(name: "operator+", scope: !14, file: !14, line: 20, type: !15, scopeLine: 20, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!315 = !DILocation(line: 20, column: 52, scope: !314)
!316 = !DILocation(line: 20, column: 56, scope: !314)
!317 = !DILocation(line: 20, column: 58, scope: !314)
!318 = !DILocation(line: 20, column: 54, scope: !314)
!319 = !DILocation(line: 20, column: 61, scope: !314)
!320 = !DILocation(line: 20, column: 65, scope: !314)
!321 = !DILocation(line: 20, column: 67, scope: !314)
!322 = !DILocation(line: 20, column: 63, scope: !314)
!323 = !DILocation(line: 20, column: 48, scope: !314)
!324 = !DILocation(line: 20, column: 41, scope: !314, atomGroup: 1, atomRank: 1)
!325 = distinct !DISubprogram(name: "operator==", scope: !14, file: !14, line: 23, type: !15, scopeLine: 23, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!326 = !DILocation(line: 23, column: 50, scope: !325)
!327 = !DILocation(line: 23, column: 55, scope: !325)
!328 = !DILocation(line: 23, column: 57, scope: !325)
!329 = !DILocation(line: 23, column: 52, scope: !325, atomGroup: 2, atomRank: 2)
!330 = !DILocation(line: 23, column: 59, scope: !325, atomGroup: 2, atomRank: 1)
!331 = !DILocation(line: 23, column: 62, scope: !325)
!332 = !DILocation(line: 23, column: 67, scope: !325)
!333 = !DILocation(line: 23, column: 69, scope: !325)
!334 = !DILocation(line: 23, column: 64, scope: !325)
!335 = !DILocation(line: 0, scope: !325)
!336 = !DILocation(line: 23, column: 43, scope: !325, atomGroup: 1, atomRank: 1)
!337 = distinct !DISubprogram(name: "Counter", scope: !14, file: !14, line: 27, type: !15, scopeLine: 27, flags: DIFlagArtificial | DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!338 = !{!339, !339, i64 0}
!339 = !{!"p1 _ZTS7Counter", !43, i64 0}
!340 = !DILocation(line: 28, column: 9, scope: !337)
!341 = !DILocation(line: 28, column: 9, scope: !337, atomGroup: 1, atomRank: 1)
!342 = !{!343, !10, i64 0}
!343 = !{!"_ZTS7Counter", !10, i64 0}
!344 = !DILocation(line: 27, column: 7, scope: !337, atomGroup: 2, atomRank: 1)
!345 = distinct !DISubprogram(name: "inc", scope: !14, file: !14, line: 30, type: !15, scopeLine: 30, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!346 = !DILocation(line: 30, column: 24, scope: !345)
!347 = !DILocation(line: 30, column: 22, scope: !345)
!348 = !DILocation(line: 30, column: 22, scope: !345, atomGroup: 1, atomRank: 2)
!349 = !DILocation(line: 30, column: 22, scope: !345, atomGroup: 1, atomRank: 1)
!350 = !DILocation(line: 30, column: 28, scope: !345, atomGroup: 2, atomRank: 1)
!351 = distinct !DISubprogram(name: "get", scope: !14, file: !14, line: 31, type: !15, scopeLine: 31, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!352 = !DILocation(line: 31, column: 30, scope: !351)
!353 = !DILocation(line: 31, column: 30, scope: !351, atomGroup: 1, atomRank: 2)
!354 = !DILocation(line: 31, column: 23, scope: !351, atomGroup: 1, atomRank: 1)
!355 = distinct !DISubprogram(name: "reset", scope: !127, file: !127, line: 497, type: !15, scopeLine: 498, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!356 = !DILocation(line: 501, column: 2, scope: !355)
!357 = !DILocation(line: 501, column: 13, scope: !355)
!358 = !DILocation(line: 501, column: 7, scope: !355)
!359 = !DILocation(line: 502, column: 7, scope: !355, atomGroup: 1, atomRank: 1)
!360 = distinct !DISubprogram(name: "Printable", scope: !14, file: !14, line: 16, type: !15, scopeLine: 16, flags: DIFlagArtificial | DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!361 = !DILocation(line: 16, column: 8, scope: !360)
!362 = !DILocation(line: 16, column: 8, scope: !360, atomGroup: 1, atomRank: 1)
!363 = distinct !DISubprogram(name: "print", scope: !14, file: !14, line: 24, type: !15, scopeLine: 24, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!364 = !DILocation(line: 24, column: 67, scope: !363)
!365 = !DILocation(line: 24, column: 70, scope: !363)
!366 = !DILocation(line: 24, column: 35, scope: !363)
!367 = !DILocation(line: 24, column: 74, scope: !363, atomGroup: 1, atomRank: 1)
!368 = distinct !DISubprogram(name: "~Vec", scope: !14, file: !14, line: 17, type: !15, scopeLine: 17, flags: DIFlagArtificial | DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!369 = !DILocation(line: 17, column: 8, scope: !368)
!370 = !DILocation(line: 17, column: 8, scope: !368, atomGroup: 1, atomRank: 1)
!371 = distinct !DISubprogram(name: "~Printable", scope: !14, file: !14, line: 16, type: !15, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!372 = !DILocation(line: 16, column: 73, scope: !371)
!373 = !DISubprogram(name: "operator delete", scope: !374, file: !374, line: 135, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!374 = !DIFile(filename: "/usr/include/c++/12/new", directory: "")
!375 = !DISubprogram(name: "operator new", scope: !374, file: !374, line: 126, type: !15, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!376 = distinct !DISubprogram(name: "Rect", scope: !14, file: !14, line: 12, type: !15, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!377 = !DILocation(line: 12, column: 36, scope: !376)
!378 = !DILocation(line: 12, column: 78, scope: !376)
!379 = !DILocation(line: 12, column: 65, scope: !376)
!380 = !DILocation(line: 12, column: 67, scope: !376, atomGroup: 1, atomRank: 2)
!381 = !DILocation(line: 12, column: 65, scope: !376, atomGroup: 1, atomRank: 1)
!382 = !{!383, !25, i64 8}
!383 = !{!"_ZTS4Rect", !384, i64 0, !25, i64 8, !25, i64 16}
!384 = !{!"_ZTS5Shape"}
!385 = !DILocation(line: 12, column: 72, scope: !376)
!386 = !DILocation(line: 12, column: 74, scope: !376, atomGroup: 2, atomRank: 2)
!387 = !DILocation(line: 12, column: 72, scope: !376, atomGroup: 2, atomRank: 1)
!388 = !{!383, !25, i64 16}
!389 = !DILocation(line: 12, column: 79, scope: !376, atomGroup: 3, atomRank: 1)
!390 = distinct !DISubprogram(name: "unique_ptr<std::default_delete<Rect>, void>", scope: !127, file: !127, line: 309, type: !15, scopeLine: 311, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!391 = !DILocation(line: 310, column: 4, scope: !390)
!392 = !DILocation(line: 310, column: 9, scope: !390)
!393 = !DILocation(line: 311, column: 11, scope: !390, atomGroup: 1, atomRank: 1)
!394 = distinct !DISubprogram(name: "Shape", scope: !14, file: !14, line: 5, type: !15, scopeLine: 5, flags: DIFlagArtificial | DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!395 = !DILocation(line: 5, column: 8, scope: !394)
!396 = !DILocation(line: 5, column: 8, scope: !394, atomGroup: 1, atomRank: 1)
!397 = distinct !DISubprogram(name: "~Rect", scope: !14, file: !14, line: 12, type: !15, scopeLine: 12, flags: DIFlagArtificial | DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!398 = !DILocation(line: 12, column: 8, scope: !397)
!399 = !DILocation(line: 12, column: 8, scope: !397, atomGroup: 1, atomRank: 1)
!400 = distinct !DISubprogram(name: "area", scope: !14, file: !14, line: 12, type: !15, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!401 = !DILocation(line: 12, column: 119, scope: !400)
!402 = !DILocation(line: 12, column: 123, scope: !400)
!403 = !DILocation(line: 12, column: 121, scope: !400, atomGroup: 1, atomRank: 2)
!404 = !DILocation(line: 12, column: 112, scope: !400, atomGroup: 1, atomRank: 1)
!405 = distinct !DISubprogram(name: "name", scope: !14, file: !14, line: 12, type: !15, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!406 = !DILocation(line: 12, column: 164, scope: !405, atomGroup: 1, atomRank: 1)
!407 = distinct !DISubprogram(name: "~Shape", scope: !14, file: !14, line: 6, type: !15, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!408 = !DILocation(line: 6, column: 22, scope: !407)
!409 = distinct !DISubprogram(name: "name", scope: !14, file: !14, line: 8, type: !15, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!410 = !DILocation(line: 8, column: 40, scope: !409, atomGroup: 1, atomRank: 1)
!411 = distinct !DISubprogram(name: "__uniq_ptr_impl", scope: !127, file: !127, line: 233, type: !15, scopeLine: 233, flags: DIFlagArtificial | DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!412 = !{!413, !413, i64 0}
!413 = !{!"p1 _ZTSSt15__uniq_ptr_dataI4RectSt14default_deleteIS0_ELb1ELb1EE", !43, i64 0}
!414 = !DILocation(line: 233, column: 40, scope: !411)
!415 = !DILocation(line: 233, column: 40, scope: !411, atomGroup: 1, atomRank: 1)
!416 = distinct !DISubprogram(name: "__uniq_ptr_impl", scope: !127, file: !127, line: 168, type: !15, scopeLine: 168, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!417 = !{!418, !418, i64 0}
!418 = !{!"p1 _ZTSSt15__uniq_ptr_implI4RectSt14default_deleteIS0_EE", !43, i64 0}
!419 = !DILocation(line: 168, column: 38, scope: !416)
!420 = !DILocation(line: 168, column: 58, scope: !416, atomGroup: 1, atomRank: 2)
!421 = !DILocation(line: 168, column: 47, scope: !416)
!422 = !DILocation(line: 168, column: 56, scope: !416, atomGroup: 1, atomRank: 1)
!423 = !DILocation(line: 168, column: 63, scope: !416, atomGroup: 2, atomRank: 1)
!424 = distinct !DISubprogram(name: "tuple<true, true>", scope: !425, file: !425, line: 1049, type: !15, scopeLine: 1051, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!425 = !DIFile(filename: "/usr/include/c++/12/tuple", directory: "")
!426 = !{!427, !427, i64 0}
!427 = !{!"p1 _ZTSSt5tupleIJP4RectSt14default_deleteIS0_EEE", !43, i64 0}
!428 = !DILocation(line: 1051, column: 4, scope: !424)
!429 = !DILocation(line: 1051, column: 19, scope: !424, atomGroup: 1, atomRank: 1)
!430 = distinct !DISubprogram(name: "_M_ptr", scope: !127, file: !127, line: 189, type: !15, scopeLine: 189, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!431 = !DILocation(line: 189, column: 57, scope: !430)
!432 = !DILocation(line: 189, column: 45, scope: !430, atomGroup: 1, atomRank: 2)
!433 = !DILocation(line: 189, column: 38, scope: !430, atomGroup: 1, atomRank: 1)
!434 = distinct !DISubprogram(name: "_Tuple_impl", scope: !425, file: !425, line: 279, type: !15, scopeLine: 280, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!435 = !{!436, !436, i64 0}
!436 = !{!"p1 _ZTSSt11_Tuple_implILm0EJP4RectSt14default_deleteIS0_EEE", !43, i64 0}
!437 = !DILocation(line: 280, column: 9, scope: !434)
!438 = !DILocation(line: 280, column: 23, scope: !434)
!439 = !DILocation(line: 280, column: 33, scope: !434, atomGroup: 1, atomRank: 1)
!440 = distinct !DISubprogram(name: "_Tuple_impl", scope: !425, file: !425, line: 430, type: !15, scopeLine: 431, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!441 = !{!442, !442, i64 0}
!442 = !{!"p1 _ZTSSt11_Tuple_implILm1EJSt14default_deleteI4RectEEE", !43, i64 0}
!443 = !DILocation(line: 431, column: 9, scope: !440)
!444 = !DILocation(line: 431, column: 19, scope: !440, atomGroup: 1, atomRank: 1)
!445 = distinct !DISubprogram(name: "_Head_base", scope: !425, file: !425, line: 189, type: !15, scopeLine: 190, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!446 = !{!447, !447, i64 0}
!447 = !{!"p1 _ZTSSt10_Head_baseILm0EP4RectLb0EE", !43, i64 0}
!448 = !DILocation(line: 190, column: 9, scope: !445)
!449 = !DILocation(line: 190, column: 9, scope: !445, atomGroup: 1, atomRank: 1)
!450 = !{!451, !201, i64 0}
!451 = !{!"_ZTSSt10_Head_baseILm0EP4RectLb0EE", !201, i64 0}
!452 = !DILocation(line: 190, column: 26, scope: !445, atomGroup: 2, atomRank: 1)
!453 = distinct !DISubprogram(name: "_Head_base", scope: !425, file: !425, line: 80, type: !15, scopeLine: 81, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!454 = !{!455, !455, i64 0}
!455 = !{!"p1 _ZTSSt10_Head_baseILm1ESt14default_deleteI4RectELb1EE", !43, i64 0}
!456 = !DILocation(line: 81, column: 26, scope: !453, atomGroup: 1, atomRank: 1)
!457 = distinct !DISubprogram(name: "get<0UL, Rect *, std::default_delete<Rect> >", scope: !425, file: !425, line: 1380, type: !15, scopeLine: 1381, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!458 = !DILocation(line: 1381, column: 37, scope: !457)
!459 = !DILocation(line: 1381, column: 14, scope: !457, atomGroup: 1, atomRank: 2)
!460 = !DILocation(line: 1381, column: 7, scope: !457, atomGroup: 1, atomRank: 1)
!461 = distinct !DISubprogram(name: "__get_helper<0UL, Rect *, std::default_delete<Rect> >", scope: !425, file: !425, line: 1364, type: !15, scopeLine: 1365, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!462 = !DILocation(line: 1365, column: 57, scope: !461)
!463 = !DILocation(line: 1365, column: 14, scope: !461, atomGroup: 1, atomRank: 2)
!464 = !DILocation(line: 1365, column: 7, scope: !461, atomGroup: 1, atomRank: 1)
!465 = distinct !DISubprogram(name: "_M_head", scope: !425, file: !425, line: 268, type: !15, scopeLine: 268, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!466 = !DILocation(line: 268, column: 66, scope: !465)
!467 = !DILocation(line: 268, column: 51, scope: !465, atomGroup: 1, atomRank: 2)
!468 = !DILocation(line: 268, column: 44, scope: !465, atomGroup: 1, atomRank: 1)
!469 = distinct !DISubprogram(name: "_M_head", scope: !425, file: !425, line: 233, type: !15, scopeLine: 233, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!470 = !DILocation(line: 233, column: 50, scope: !469)
!471 = !DILocation(line: 233, column: 54, scope: !469, atomGroup: 1, atomRank: 2)
!472 = !DILocation(line: 233, column: 43, scope: !469, atomGroup: 1, atomRank: 1)
!473 = distinct !DISubprogram(name: "get_deleter", scope: !127, file: !127, line: 467, type: !15, scopeLine: 468, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!474 = !DILocation(line: 468, column: 16, scope: !473)
!475 = !DILocation(line: 468, column: 21, scope: !473, atomGroup: 1, atomRank: 2)
!476 = !DILocation(line: 468, column: 9, scope: !473, atomGroup: 1, atomRank: 1)
!477 = distinct !DISubprogram(name: "operator()", scope: !127, file: !127, line: 89, type: !15, scopeLine: 90, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!478 = !{!479, !479, i64 0}
!479 = !{!"p1 _ZTSSt14default_deleteI4RectE", !43, i64 0}
!480 = !DILocation(line: 95, column: 9, scope: !477)
!481 = !DILocation(line: 95, column: 2, scope: !477)
!482 = !DILocation(line: 96, column: 7, scope: !477, atomGroup: 1, atomRank: 1)
!483 = distinct !DISubprogram(name: "_M_deleter", scope: !127, file: !127, line: 193, type: !15, scopeLine: 193, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!484 = !DILocation(line: 193, column: 61, scope: !483)
!485 = !DILocation(line: 193, column: 49, scope: !483, atomGroup: 1, atomRank: 2)
!486 = !DILocation(line: 193, column: 42, scope: !483, atomGroup: 1, atomRank: 1)
!487 = distinct !DISubprogram(name: "get<1UL, Rect *, std::default_delete<Rect> >", scope: !425, file: !425, line: 1380, type: !15, scopeLine: 1381, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!488 = !DILocation(line: 1381, column: 37, scope: !487)
!489 = !DILocation(line: 1381, column: 14, scope: !487, atomGroup: 1, atomRank: 2)
!490 = !DILocation(line: 1381, column: 7, scope: !487, atomGroup: 1, atomRank: 1)
!491 = distinct !DISubprogram(name: "__get_helper<1UL, std::default_delete<Rect> >", scope: !425, file: !425, line: 1364, type: !15, scopeLine: 1365, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!492 = !DILocation(line: 1365, column: 57, scope: !491)
!493 = !DILocation(line: 1365, column: 14, scope: !491, atomGroup: 1, atomRank: 2)
!494 = !DILocation(line: 1365, column: 7, scope: !491, atomGroup: 1, atomRank: 1)
!495 = distinct !DISubprogram(name: "_M_head", scope: !425, file: !425, line: 424, type: !15, scopeLine: 424, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!496 = !DILocation(line: 424, column: 66, scope: !495)
!497 = !DILocation(line: 424, column: 51, scope: !495, atomGroup: 1, atomRank: 2)
!498 = !DILocation(line: 424, column: 44, scope: !495, atomGroup: 1, atomRank: 1)
!499 = distinct !DISubprogram(name: "_M_head", scope: !425, file: !425, line: 124, type: !15, scopeLine: 124, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!500 = !DILocation(line: 124, column: 50, scope: !499, atomGroup: 1, atomRank: 2)
!501 = !DILocation(line: 124, column: 43, scope: !499, atomGroup: 1, atomRank: 1)
!502 = distinct !DISubprogram(name: "Square", scope: !14, file: !14, line: 13, type: !15, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!503 = !DILocation(line: 13, column: 57, scope: !502)
!504 = !DILocation(line: 13, column: 60, scope: !502)
!505 = !DILocation(line: 13, column: 52, scope: !502)
!506 = !DILocation(line: 13, column: 63, scope: !502)
!507 = !DILocation(line: 13, column: 64, scope: !502, atomGroup: 1, atomRank: 1)
!508 = distinct !DISubprogram(name: "unique_ptr<std::default_delete<Square>, void>", scope: !127, file: !127, line: 309, type: !15, scopeLine: 311, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!509 = !DILocation(line: 310, column: 4, scope: !508)
!510 = !DILocation(line: 310, column: 9, scope: !508)
!511 = !DILocation(line: 311, column: 11, scope: !508, atomGroup: 1, atomRank: 1)
!512 = distinct !DISubprogram(name: "~Square", scope: !14, file: !14, line: 13, type: !15, scopeLine: 13, flags: DIFlagArtificial | DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!513 = !DILocation(line: 13, column: 8, scope: !512)
!514 = !DILocation(line: 13, column: 8, scope: !512, atomGroup: 1, atomRank: 1)
!515 = distinct !DISubprogram(name: "name", scope: !14, file: !14, line: 13, type: !15, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!516 = !DILocation(line: 13, column: 102, scope: !515, atomGroup: 1, atomRank: 1)
!517 = distinct !DISubprogram(name: "__uniq_ptr_impl", scope: !127, file: !127, line: 233, type: !15, scopeLine: 233, flags: DIFlagArtificial | DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!518 = !{!519, !519, i64 0}
!519 = !{!"p1 _ZTSSt15__uniq_ptr_dataI6SquareSt14default_deleteIS0_ELb1ELb1EE", !43, i64 0}
!520 = !DILocation(line: 233, column: 40, scope: !517)
!521 = !DILocation(line: 233, column: 40, scope: !517, atomGroup: 1, atomRank: 1)
!522 = distinct !DISubprogram(name: "__uniq_ptr_impl", scope: !127, file: !127, line: 168, type: !15, scopeLine: 168, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!523 = !{!524, !524, i64 0}
!524 = !{!"p1 _ZTSSt15__uniq_ptr_implI6SquareSt14default_deleteIS0_EE", !43, i64 0}
!525 = !DILocation(line: 168, column: 38, scope: !522)
!526 = !DILocation(line: 168, column: 58, scope: !522, atomGroup: 1, atomRank: 2)
!527 = !DILocation(line: 168, column: 47, scope: !522)
!528 = !DILocation(line: 168, column: 56, scope: !522, atomGroup: 1, atomRank: 1)
!529 = !DILocation(line: 168, column: 63, scope: !522, atomGroup: 2, atomRank: 1)
!530 = distinct !DISubprogram(name: "tuple<true, true>", scope: !425, file: !425, line: 1049, type: !15, scopeLine: 1051, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!531 = !{!532, !532, i64 0}
!532 = !{!"p1 _ZTSSt5tupleIJP6SquareSt14default_deleteIS0_EEE", !43, i64 0}
!533 = !DILocation(line: 1051, column: 4, scope: !530)
!534 = !DILocation(line: 1051, column: 19, scope: !530, atomGroup: 1, atomRank: 1)
!535 = distinct !DISubprogram(name: "_M_ptr", scope: !127, file: !127, line: 189, type: !15, scopeLine: 189, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!536 = !DILocation(line: 189, column: 57, scope: !535)
!537 = !DILocation(line: 189, column: 45, scope: !535, atomGroup: 1, atomRank: 2)
!538 = !DILocation(line: 189, column: 38, scope: !535, atomGroup: 1, atomRank: 1)
!539 = distinct !DISubprogram(name: "_Tuple_impl", scope: !425, file: !425, line: 279, type: !15, scopeLine: 280, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!540 = !{!541, !541, i64 0}
!541 = !{!"p1 _ZTSSt11_Tuple_implILm0EJP6SquareSt14default_deleteIS0_EEE", !43, i64 0}
!542 = !DILocation(line: 280, column: 9, scope: !539)
!543 = !DILocation(line: 280, column: 23, scope: !539)
!544 = !DILocation(line: 280, column: 33, scope: !539, atomGroup: 1, atomRank: 1)
!545 = distinct !DISubprogram(name: "_Tuple_impl", scope: !425, file: !425, line: 430, type: !15, scopeLine: 431, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!546 = !{!547, !547, i64 0}
!547 = !{!"p1 _ZTSSt11_Tuple_implILm1EJSt14default_deleteI6SquareEEE", !43, i64 0}
!548 = !DILocation(line: 431, column: 9, scope: !545)
!549 = !DILocation(line: 431, column: 19, scope: !545, atomGroup: 1, atomRank: 1)
!550 = distinct !DISubprogram(name: "_Head_base", scope: !425, file: !425, line: 189, type: !15, scopeLine: 190, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!551 = !{!552, !552, i64 0}
!552 = !{!"p1 _ZTSSt10_Head_baseILm0EP6SquareLb0EE", !43, i64 0}
!553 = !DILocation(line: 190, column: 9, scope: !550)
!554 = !DILocation(line: 190, column: 9, scope: !550, atomGroup: 1, atomRank: 1)
!555 = !{!556, !239, i64 0}
!556 = !{!"_ZTSSt10_Head_baseILm0EP6SquareLb0EE", !239, i64 0}
!557 = !DILocation(line: 190, column: 26, scope: !550, atomGroup: 2, atomRank: 1)
!558 = distinct !DISubprogram(name: "_Head_base", scope: !425, file: !425, line: 80, type: !15, scopeLine: 81, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!559 = !{!560, !560, i64 0}
!560 = !{!"p1 _ZTSSt10_Head_baseILm1ESt14default_deleteI6SquareELb1EE", !43, i64 0}
!561 = !DILocation(line: 81, column: 26, scope: !558, atomGroup: 1, atomRank: 1)
!562 = distinct !DISubprogram(name: "get<0UL, Square *, std::default_delete<Square> >", scope: !425, file: !425, line: 1380, type: !15, scopeLine: 1381, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!563 = !DILocation(line: 1381, column: 37, scope: !562)
!564 = !DILocation(line: 1381, column: 14, scope: !562, atomGroup: 1, atomRank: 2)
!565 = !DILocation(line: 1381, column: 7, scope: !562, atomGroup: 1, atomRank: 1)
!566 = distinct !DISubprogram(name: "__get_helper<0UL, Square *, std::default_delete<Square> >", scope: !425, file: !425, line: 1364, type: !15, scopeLine: 1365, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!567 = !DILocation(line: 1365, column: 57, scope: !566)
!568 = !DILocation(line: 1365, column: 14, scope: !566, atomGroup: 1, atomRank: 2)
!569 = !DILocation(line: 1365, column: 7, scope: !566, atomGroup: 1, atomRank: 1)
!570 = distinct !DISubprogram(name: "_M_head", scope: !425, file: !425, line: 268, type: !15, scopeLine: 268, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!571 = !DILocation(line: 268, column: 66, scope: !570)
!572 = !DILocation(line: 268, column: 51, scope: !570, atomGroup: 1, atomRank: 2)
!573 = !DILocation(line: 268, column: 44, scope: !570, atomGroup: 1, atomRank: 1)
!574 = distinct !DISubprogram(name: "_M_head", scope: !425, file: !425, line: 233, type: !15, scopeLine: 233, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!575 = !DILocation(line: 233, column: 50, scope: !574)
!576 = !DILocation(line: 233, column: 54, scope: !574, atomGroup: 1, atomRank: 2)
!577 = !DILocation(line: 233, column: 43, scope: !574, atomGroup: 1, atomRank: 1)
!578 = distinct !DISubprogram(name: "get_deleter", scope: !127, file: !127, line: 467, type: !15, scopeLine: 468, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!579 = !DILocation(line: 468, column: 16, scope: !578)
!580 = !DILocation(line: 468, column: 21, scope: !578, atomGroup: 1, atomRank: 2)
!581 = !DILocation(line: 468, column: 9, scope: !578, atomGroup: 1, atomRank: 1)
!582 = distinct !DISubprogram(name: "operator()", scope: !127, file: !127, line: 89, type: !15, scopeLine: 90, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!583 = !{!584, !584, i64 0}
!584 = !{!"p1 _ZTSSt14default_deleteI6SquareE", !43, i64 0}
!585 = !DILocation(line: 95, column: 9, scope: !582)
!586 = !DILocation(line: 95, column: 2, scope: !582)
!587 = !DILocation(line: 96, column: 7, scope: !582, atomGroup: 1, atomRank: 1)
!588 = distinct !DISubprogram(name: "_M_deleter", scope: !127, file: !127, line: 193, type: !15, scopeLine: 193, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!589 = !DILocation(line: 193, column: 61, scope: !588)
!590 = !DILocation(line: 193, column: 49, scope: !588, atomGroup: 1, atomRank: 2)
!591 = !DILocation(line: 193, column: 42, scope: !588, atomGroup: 1, atomRank: 1)
!592 = distinct !DISubprogram(name: "get<1UL, Square *, std::default_delete<Square> >", scope: !425, file: !425, line: 1380, type: !15, scopeLine: 1381, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!593 = !DILocation(line: 1381, column: 37, scope: !592)
!594 = !DILocation(line: 1381, column: 14, scope: !592, atomGroup: 1, atomRank: 2)
!595 = !DILocation(line: 1381, column: 7, scope: !592, atomGroup: 1, atomRank: 1)
!596 = distinct !DISubprogram(name: "__get_helper<1UL, std::default_delete<Square> >", scope: !425, file: !425, line: 1364, type: !15, scopeLine: 1365, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!597 = !DILocation(line: 1365, column: 57, scope: !596)
!598 = !DILocation(line: 1365, column: 14, scope: !596, atomGroup: 1, atomRank: 2)
!599 = !DILocation(line: 1365, column: 7, scope: !596, atomGroup: 1, atomRank: 1)
!600 = distinct !DISubprogram(name: "_M_head", scope: !425, file: !425, line: 424, type: !15, scopeLine: 424, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!601 = !DILocation(line: 424, column: 66, scope: !600)
!602 = !DILocation(line: 424, column: 51, scope: !600, atomGroup: 1, atomRank: 2)
!603 = !DILocation(line: 424, column: 44, scope: !600, atomGroup: 1, atomRank: 1)
!604 = distinct !DISubprogram(name: "_M_head", scope: !425, file: !425, line: 124, type: !15, scopeLine: 124, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!605 = !DILocation(line: 124, column: 50, scope: !604, atomGroup: 1, atomRank: 2)
!606 = !DILocation(line: 124, column: 43, scope: !604, atomGroup: 1, atomRank: 1)
!607 = distinct !DISubprogram(name: "Circle", scope: !14, file: !14, line: 14, type: !15, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!608 = !DILocation(line: 14, column: 44, scope: !607)
!609 = !DILocation(line: 14, column: 70, scope: !607)
!610 = !DILocation(line: 14, column: 64, scope: !607)
!611 = !DILocation(line: 14, column: 66, scope: !607, atomGroup: 1, atomRank: 2)
!612 = !DILocation(line: 14, column: 64, scope: !607, atomGroup: 1, atomRank: 1)
!613 = !{!614, !25, i64 8}
!614 = !{!"_ZTS6Circle", !384, i64 0, !25, i64 8}
!615 = !DILocation(line: 14, column: 71, scope: !607, atomGroup: 2, atomRank: 1)
!616 = distinct !DISubprogram(name: "unique_ptr<std::default_delete<Circle>, void>", scope: !127, file: !127, line: 309, type: !15, scopeLine: 311, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!617 = !DILocation(line: 310, column: 4, scope: !616)
!618 = !DILocation(line: 310, column: 9, scope: !616)
!619 = !DILocation(line: 311, column: 11, scope: !616, atomGroup: 1, atomRank: 1)
!620 = distinct !DISubprogram(name: "~Shape", scope: !14, file: !14, line: 6, type: !15, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!621 = !DILocation(line: 6, column: 22, scope: !620)
!622 = !DILocation(line: 6, column: 33, scope: !620)
!623 = !DILocation(line: 6, column: 33, scope: !620, atomGroup: 1, atomRank: 2)
!624 = !DILocation(line: 6, column: 33, scope: !620, atomGroup: 1, atomRank: 1)
!625 = !DILocation(line: 6, column: 37, scope: !620, atomGroup: 2, atomRank: 1)
!626 = distinct !DISubprogram(name: "~Circle", scope: !14, file: !14, line: 14, type: !15, scopeLine: 14, flags: DIFlagArtificial | DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!627 = !DILocation(line: 14, column: 8, scope: !626)
!628 = !DILocation(line: 14, column: 8, scope: !626, atomGroup: 1, atomRank: 1)
!629 = distinct !DISubprogram(name: "area", scope: !14, file: !14, line: 14, type: !15, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!630 = !DILocation(line: 14, column: 131, scope: !629)
!631 = !DILocation(line: 14, column: 129, scope: !629)
!632 = !DILocation(line: 14, column: 135, scope: !629)
!633 = !DILocation(line: 14, column: 133, scope: !629, atomGroup: 1, atomRank: 2)
!634 = !DILocation(line: 14, column: 104, scope: !629, atomGroup: 1, atomRank: 1)
!635 = distinct !DISubprogram(name: "__uniq_ptr_impl", scope: !127, file: !127, line: 233, type: !15, scopeLine: 233, flags: DIFlagArtificial | DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!636 = !{!637, !637, i64 0}
!637 = !{!"p1 _ZTSSt15__uniq_ptr_dataI6CircleSt14default_deleteIS0_ELb1ELb1EE", !43, i64 0}
!638 = !DILocation(line: 233, column: 40, scope: !635)
!639 = !DILocation(line: 233, column: 40, scope: !635, atomGroup: 1, atomRank: 1)
!640 = distinct !DISubprogram(name: "__uniq_ptr_impl", scope: !127, file: !127, line: 168, type: !15, scopeLine: 168, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!641 = !{!642, !642, i64 0}
!642 = !{!"p1 _ZTSSt15__uniq_ptr_implI6CircleSt14default_deleteIS0_EE", !43, i64 0}
!643 = !DILocation(line: 168, column: 38, scope: !640)
!644 = !DILocation(line: 168, column: 58, scope: !640, atomGroup: 1, atomRank: 2)
!645 = !DILocation(line: 168, column: 47, scope: !640)
!646 = !DILocation(line: 168, column: 56, scope: !640, atomGroup: 1, atomRank: 1)
!647 = !DILocation(line: 168, column: 63, scope: !640, atomGroup: 2, atomRank: 1)
!648 = distinct !DISubprogram(name: "tuple<true, true>", scope: !425, file: !425, line: 1049, type: !15, scopeLine: 1051, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!649 = !{!650, !650, i64 0}
!650 = !{!"p1 _ZTSSt5tupleIJP6CircleSt14default_deleteIS0_EEE", !43, i64 0}
!651 = !DILocation(line: 1051, column: 4, scope: !648)
!652 = !DILocation(line: 1051, column: 19, scope: !648, atomGroup: 1, atomRank: 1)
!653 = distinct !DISubprogram(name: "_M_ptr", scope: !127, file: !127, line: 189, type: !15, scopeLine: 189, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!654 = !DILocation(line: 189, column: 57, scope: !653)
!655 = !DILocation(line: 189, column: 45, scope: !653, atomGroup: 1, atomRank: 2)
!656 = !DILocation(line: 189, column: 38, scope: !653, atomGroup: 1, atomRank: 1)
!657 = distinct !DISubprogram(name: "_Tuple_impl", scope: !425, file: !425, line: 279, type: !15, scopeLine: 280, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!658 = !{!659, !659, i64 0}
!659 = !{!"p1 _ZTSSt11_Tuple_implILm0EJP6CircleSt14default_deleteIS0_EEE", !43, i64 0}
!660 = !DILocation(line: 280, column: 9, scope: !657)
!661 = !DILocation(line: 280, column: 23, scope: !657)
!662 = !DILocation(line: 280, column: 33, scope: !657, atomGroup: 1, atomRank: 1)
!663 = distinct !DISubprogram(name: "_Tuple_impl", scope: !425, file: !425, line: 430, type: !15, scopeLine: 431, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!664 = !{!665, !665, i64 0}
!665 = !{!"p1 _ZTSSt11_Tuple_implILm1EJSt14default_deleteI6CircleEEE", !43, i64 0}
!666 = !DILocation(line: 431, column: 9, scope: !663)
!667 = !DILocation(line: 431, column: 19, scope: !663, atomGroup: 1, atomRank: 1)
!668 = distinct !DISubprogram(name: "_Head_base", scope: !425, file: !425, line: 189, type: !15, scopeLine: 190, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!669 = !{!670, !670, i64 0}
!670 = !{!"p1 _ZTSSt10_Head_baseILm0EP6CircleLb0EE", !43, i64 0}
!671 = !DILocation(line: 190, column: 9, scope: !668)
!672 = !DILocation(line: 190, column: 9, scope: !668, atomGroup: 1, atomRank: 1)
!673 = !{!674, !220, i64 0}
!674 = !{!"_ZTSSt10_Head_baseILm0EP6CircleLb0EE", !220, i64 0}
!675 = !DILocation(line: 190, column: 26, scope: !668, atomGroup: 2, atomRank: 1)
!676 = distinct !DISubprogram(name: "_Head_base", scope: !425, file: !425, line: 80, type: !15, scopeLine: 81, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!677 = !{!678, !678, i64 0}
!678 = !{!"p1 _ZTSSt10_Head_baseILm1ESt14default_deleteI6CircleELb1EE", !43, i64 0}
!679 = !DILocation(line: 81, column: 26, scope: !676, atomGroup: 1, atomRank: 1)
!680 = distinct !DISubprogram(name: "get<0UL, Circle *, std::default_delete<Circle> >", scope: !425, file: !425, line: 1380, type: !15, scopeLine: 1381, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!681 = !DILocation(line: 1381, column: 37, scope: !680)
!682 = !DILocation(line: 1381, column: 14, scope: !680, atomGroup: 1, atomRank: 2)
!683 = !DILocation(line: 1381, column: 7, scope: !680, atomGroup: 1, atomRank: 1)
!684 = distinct !DISubprogram(name: "__get_helper<0UL, Circle *, std::default_delete<Circle> >", scope: !425, file: !425, line: 1364, type: !15, scopeLine: 1365, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!685 = !DILocation(line: 1365, column: 57, scope: !684)
!686 = !DILocation(line: 1365, column: 14, scope: !684, atomGroup: 1, atomRank: 2)
!687 = !DILocation(line: 1365, column: 7, scope: !684, atomGroup: 1, atomRank: 1)
!688 = distinct !DISubprogram(name: "_M_head", scope: !425, file: !425, line: 268, type: !15, scopeLine: 268, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!689 = !DILocation(line: 268, column: 66, scope: !688)
!690 = !DILocation(line: 268, column: 51, scope: !688, atomGroup: 1, atomRank: 2)
!691 = !DILocation(line: 268, column: 44, scope: !688, atomGroup: 1, atomRank: 1)
!692 = distinct !DISubprogram(name: "_M_head", scope: !425, file: !425, line: 233, type: !15, scopeLine: 233, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!693 = !DILocation(line: 233, column: 50, scope: !692)
!694 = !DILocation(line: 233, column: 54, scope: !692, atomGroup: 1, atomRank: 2)
!695 = !DILocation(line: 233, column: 43, scope: !692, atomGroup: 1, atomRank: 1)
!696 = distinct !DISubprogram(name: "get_deleter", scope: !127, file: !127, line: 467, type: !15, scopeLine: 468, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!697 = !DILocation(line: 468, column: 16, scope: !696)
!698 = !DILocation(line: 468, column: 21, scope: !696, atomGroup: 1, atomRank: 2)
!699 = !DILocation(line: 468, column: 9, scope: !696, atomGroup: 1, atomRank: 1)
!700 = distinct !DISubprogram(name: "operator()", scope: !127, file: !127, line: 89, type: !15, scopeLine: 90, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!701 = !{!702, !702, i64 0}
!702 = !{!"p1 _ZTSSt14default_deleteI6CircleE", !43, i64 0}
!703 = !DILocation(line: 95, column: 9, scope: !700)
!704 = !DILocation(line: 95, column: 2, scope: !700)
!705 = !DILocation(line: 96, column: 7, scope: !700, atomGroup: 1, atomRank: 1)
!706 = distinct !DISubprogram(name: "_M_deleter", scope: !127, file: !127, line: 193, type: !15, scopeLine: 193, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!707 = !DILocation(line: 193, column: 61, scope: !706)
!708 = !DILocation(line: 193, column: 49, scope: !706, atomGroup: 1, atomRank: 2)
!709 = !DILocation(line: 193, column: 42, scope: !706, atomGroup: 1, atomRank: 1)
!710 = distinct !DISubprogram(name: "get<1UL, Circle *, std::default_delete<Circle> >", scope: !425, file: !425, line: 1380, type: !15, scopeLine: 1381, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!711 = !DILocation(line: 1381, column: 37, scope: !710)
!712 = !DILocation(line: 1381, column: 14, scope: !710, atomGroup: 1, atomRank: 2)
!713 = !DILocation(line: 1381, column: 7, scope: !710, atomGroup: 1, atomRank: 1)
!714 = distinct !DISubprogram(name: "__get_helper<1UL, std::default_delete<Circle> >", scope: !425, file: !425, line: 1364, type: !15, scopeLine: 1365, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!715 = !DILocation(line: 1365, column: 57, scope: !714)
!716 = !DILocation(line: 1365, column: 14, scope: !714, atomGroup: 1, atomRank: 2)
!717 = !DILocation(line: 1365, column: 7, scope: !714, atomGroup: 1, atomRank: 1)
!718 = distinct !DISubprogram(name: "_M_head", scope: !425, file: !425, line: 424, type: !15, scopeLine: 424, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!719 = !DILocation(line: 424, column: 66, scope: !718)
!720 = !DILocation(line: 424, column: 51, scope: !718, atomGroup: 1, atomRank: 2)
!721 = !DILocation(line: 424, column: 44, scope: !718, atomGroup: 1, atomRank: 1)
!722 = distinct !DISubprogram(name: "_M_head", scope: !425, file: !425, line: 124, type: !15, scopeLine: 124, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!723 = !DILocation(line: 124, column: 50, scope: !722, atomGroup: 1, atomRank: 2)
!724 = !DILocation(line: 124, column: 43, scope: !722, atomGroup: 1, atomRank: 1)
!725 = distinct !DISubprogram(name: "_M_ptr", scope: !127, file: !127, line: 189, type: !15, scopeLine: 189, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!726 = !{!727, !727, i64 0}
!727 = !{!"p1 _ZTSSt15__uniq_ptr_implI5ShapeSt14default_deleteIS0_EE", !43, i64 0}
!728 = !DILocation(line: 189, column: 57, scope: !725)
!729 = !DILocation(line: 189, column: 45, scope: !725, atomGroup: 1, atomRank: 2)
!730 = !DILocation(line: 189, column: 38, scope: !725, atomGroup: 1, atomRank: 1)
!731 = distinct !DISubprogram(name: "get_deleter", scope: !127, file: !127, line: 467, type: !15, scopeLine: 468, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!732 = !DILocation(line: 468, column: 16, scope: !731)
!733 = !DILocation(line: 468, column: 21, scope: !731, atomGroup: 1, atomRank: 2)
!734 = !DILocation(line: 468, column: 9, scope: !731, atomGroup: 1, atomRank: 1)
!735 = distinct !DISubprogram(name: "operator()", scope: !127, file: !127, line: 89, type: !15, scopeLine: 90, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!736 = !{!737, !737, i64 0}
!737 = !{!"p1 _ZTSSt14default_deleteI5ShapeE", !43, i64 0}
!738 = !DILocation(line: 95, column: 9, scope: !735)
!739 = !DILocation(line: 95, column: 2, scope: !735)
!740 = !DILocation(line: 96, column: 7, scope: !735, atomGroup: 1, atomRank: 1)
!741 = distinct !DISubprogram(name: "get<0UL, Shape *, std::default_delete<Shape> >", scope: !425, file: !425, line: 1380, type: !15, scopeLine: 1381, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!742 = !{!743, !743, i64 0}
!743 = !{!"p1 _ZTSSt5tupleIJP5ShapeSt14default_deleteIS0_EEE", !43, i64 0}
!744 = !DILocation(line: 1381, column: 37, scope: !741)
!745 = !DILocation(line: 1381, column: 14, scope: !741, atomGroup: 1, atomRank: 2)
!746 = !DILocation(line: 1381, column: 7, scope: !741, atomGroup: 1, atomRank: 1)
!747 = distinct !DISubprogram(name: "__get_helper<0UL, Shape *, std::default_delete<Shape> >", scope: !425, file: !425, line: 1364, type: !15, scopeLine: 1365, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!748 = !{!749, !749, i64 0}
!749 = !{!"p1 _ZTSSt11_Tuple_implILm0EJP5ShapeSt14default_deleteIS0_EEE", !43, i64 0}
!750 = !DILocation(line: 1365, column: 57, scope: !747)
!751 = !DILocation(line: 1365, column: 14, scope: !747, atomGroup: 1, atomRank: 2)
!752 = !DILocation(line: 1365, column: 7, scope: !747, atomGroup: 1, atomRank: 1)
!753 = distinct !DISubprogram(name: "_M_head", scope: !425, file: !425, line: 268, type: !15, scopeLine: 268, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!754 = !DILocation(line: 268, column: 66, scope: !753)
!755 = !DILocation(line: 268, column: 51, scope: !753, atomGroup: 1, atomRank: 2)
!756 = !DILocation(line: 268, column: 44, scope: !753, atomGroup: 1, atomRank: 1)
!757 = distinct !DISubprogram(name: "_M_head", scope: !425, file: !425, line: 233, type: !15, scopeLine: 233, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!758 = !{!759, !759, i64 0}
!759 = !{!"p1 _ZTSSt10_Head_baseILm0EP5ShapeLb0EE", !43, i64 0}
!760 = !DILocation(line: 233, column: 50, scope: !757)
!761 = !DILocation(line: 233, column: 54, scope: !757, atomGroup: 1, atomRank: 2)
!762 = !DILocation(line: 233, column: 43, scope: !757, atomGroup: 1, atomRank: 1)
!763 = distinct !DISubprogram(name: "_M_deleter", scope: !127, file: !127, line: 193, type: !15, scopeLine: 193, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!764 = !DILocation(line: 193, column: 61, scope: !763)
!765 = !DILocation(line: 193, column: 49, scope: !763, atomGroup: 1, atomRank: 2)
!766 = !DILocation(line: 193, column: 42, scope: !763, atomGroup: 1, atomRank: 1)
!767 = distinct !DISubprogram(name: "get<1UL, Shape *, std::default_delete<Shape> >", scope: !425, file: !425, line: 1380, type: !15, scopeLine: 1381, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!768 = !DILocation(line: 1381, column: 37, scope: !767)
!769 = !DILocation(line: 1381, column: 14, scope: !767, atomGroup: 1, atomRank: 2)
!770 = !DILocation(line: 1381, column: 7, scope: !767, atomGroup: 1, atomRank: 1)
!771 = distinct !DISubprogram(name: "__get_helper<1UL, std::default_delete<Shape> >", scope: !425, file: !425, line: 1364, type: !15, scopeLine: 1365, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!772 = !{!773, !773, i64 0}
!773 = !{!"p1 _ZTSSt11_Tuple_implILm1EJSt14default_deleteI5ShapeEEE", !43, i64 0}
!774 = !DILocation(line: 1365, column: 57, scope: !771)
!775 = !DILocation(line: 1365, column: 14, scope: !771, atomGroup: 1, atomRank: 2)
!776 = !DILocation(line: 1365, column: 7, scope: !771, atomGroup: 1, atomRank: 1)
!777 = distinct !DISubprogram(name: "_M_head", scope: !425, file: !425, line: 424, type: !15, scopeLine: 424, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!778 = !DILocation(line: 424, column: 66, scope: !777)
!779 = !DILocation(line: 424, column: 51, scope: !777, atomGroup: 1, atomRank: 2)
!780 = !DILocation(line: 424, column: 44, scope: !777, atomGroup: 1, atomRank: 1)
!781 = distinct !DISubprogram(name: "_M_head", scope: !425, file: !425, line: 124, type: !15, scopeLine: 124, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!782 = !{!783, !783, i64 0}
!783 = !{!"p1 _ZTSSt10_Head_baseILm1ESt14default_deleteI5ShapeELb1EE", !43, i64 0}
!784 = !DILocation(line: 124, column: 50, scope: !781, atomGroup: 1, atomRank: 2)
!785 = !DILocation(line: 124, column: 43, scope: !781, atomGroup: 1, atomRank: 1)
!786 = distinct !DISubprogram(name: "release", scope: !127, file: !127, line: 486, type: !15, scopeLine: 487, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!787 = !DILocation(line: 487, column: 16, scope: !786)
!788 = !DILocation(line: 487, column: 21, scope: !786, atomGroup: 1, atomRank: 2)
!789 = !DILocation(line: 487, column: 9, scope: !786, atomGroup: 1, atomRank: 1)
!790 = distinct !DISubprogram(name: "__uniq_ptr_impl", scope: !127, file: !127, line: 233, type: !15, scopeLine: 233, flags: DIFlagArtificial | DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!791 = !{!792, !792, i64 0}
!792 = !{!"p1 _ZTSSt15__uniq_ptr_dataI5ShapeSt14default_deleteIS0_ELb1ELb1EE", !43, i64 0}
!793 = !DILocation(line: 233, column: 40, scope: !790)
!794 = !DILocation(line: 233, column: 40, scope: !790, atomGroup: 1, atomRank: 1)
!795 = distinct !DISubprogram(name: "release", scope: !127, file: !127, line: 207, type: !15, scopeLine: 208, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!796 = !DILocation(line: 209, column: 2, scope: !795)
!797 = !DILocation(line: 209, column: 16, scope: !795)
!798 = !DILocation(line: 209, column: 16, scope: !795, atomGroup: 1, atomRank: 2)
!799 = !DILocation(line: 209, column: 10, scope: !795, atomGroup: 1, atomRank: 1)
!800 = !DILocation(line: 210, column: 2, scope: !795)
!801 = !DILocation(line: 210, column: 11, scope: !795, atomGroup: 2, atomRank: 1)
!802 = !DILocation(line: 211, column: 9, scope: !795, atomGroup: 4, atomRank: 2)
!803 = !DILocation(line: 212, column: 7, scope: !795)
!804 = !DILocation(line: 211, column: 2, scope: !795, atomGroup: 4, atomRank: 1)
!805 = distinct !DISubprogram(name: "__uniq_ptr_impl<std::default_delete<Rect> >", scope: !127, file: !127, line: 172, type: !15, scopeLine: 173, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!806 = !DILocation(line: 173, column: 4, scope: !805)
!807 = !DILocation(line: 173, column: 33, scope: !805)
!808 = !DILocation(line: 173, column: 41, scope: !805, atomGroup: 1, atomRank: 1)
!809 = distinct !DISubprogram(name: "tuple<Shape *&, std::default_delete<Rect>, true>", scope: !425, file: !425, line: 1077, type: !15, scopeLine: 1079, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!810 = !DILocation(line: 1079, column: 33, scope: !809)
!811 = !DILocation(line: 1079, column: 58, scope: !809)
!812 = !DILocation(line: 1079, column: 4, scope: !809)
!813 = !DILocation(line: 1079, column: 67, scope: !809, atomGroup: 1, atomRank: 1)
!814 = distinct !DISubprogram(name: "_Tuple_impl<Shape *&, std::default_delete<Rect>, void>", scope: !425, file: !425, line: 290, type: !15, scopeLine: 293, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!815 = !DILocation(line: 291, column: 36, scope: !814)
!816 = !DILocation(line: 291, column: 4, scope: !814)
!817 = !DILocation(line: 292, column: 31, scope: !814)
!818 = !DILocation(line: 292, column: 4, scope: !814)
!819 = !DILocation(line: 293, column: 4, scope: !814, atomGroup: 1, atomRank: 1)
!820 = distinct !DISubprogram(name: "_Tuple_impl<std::default_delete<Rect> >", scope: !425, file: !425, line: 440, type: !15, scopeLine: 442, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!821 = !DILocation(line: 441, column: 31, scope: !820)
!822 = !DILocation(line: 441, column: 4, scope: !820)
!823 = !DILocation(line: 442, column: 4, scope: !820, atomGroup: 1, atomRank: 1)
!824 = distinct !DISubprogram(name: "_Head_base<Shape *&>", scope: !425, file: !425, line: 199, type: !15, scopeLine: 200, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!825 = !DILocation(line: 200, column: 4, scope: !824)
!826 = !DILocation(line: 200, column: 38, scope: !824)
!827 = !DILocation(line: 200, column: 17, scope: !824, atomGroup: 1, atomRank: 2)
!828 = !DILocation(line: 200, column: 4, scope: !824, atomGroup: 1, atomRank: 1)
!829 = !{!830, !258, i64 0}
!830 = !{!"_ZTSSt10_Head_baseILm0EP5ShapeLb0EE", !258, i64 0}
!831 = !DILocation(line: 200, column: 46, scope: !824, atomGroup: 2, atomRank: 1)
!832 = distinct !DISubprogram(name: "_Head_base<std::default_delete<Rect> >", scope: !425, file: !425, line: 90, type: !15, scopeLine: 91, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!833 = !DILocation(line: 91, column: 38, scope: !832)
!834 = !DILocation(line: 91, column: 4, scope: !832)
!835 = !DILocation(line: 91, column: 46, scope: !832, atomGroup: 1, atomRank: 1)
!836 = distinct !DISubprogram(name: "default_delete<Rect, void>", scope: !127, file: !127, line: 84, type: !15, scopeLine: 84, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!837 = !DILocation(line: 84, column: 63, scope: !836, atomGroup: 1, atomRank: 1)
!838 = distinct !DISubprogram(name: "release", scope: !127, file: !127, line: 486, type: !15, scopeLine: 487, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!839 = !DILocation(line: 487, column: 16, scope: !838)
!840 = !DILocation(line: 487, column: 21, scope: !838, atomGroup: 1, atomRank: 2)
!841 = !DILocation(line: 487, column: 9, scope: !838, atomGroup: 1, atomRank: 1)
!842 = distinct !DISubprogram(name: "__uniq_ptr_impl", scope: !127, file: !127, line: 233, type: !15, scopeLine: 233, flags: DIFlagArtificial | DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!843 = !DILocation(line: 233, column: 40, scope: !842)
!844 = !DILocation(line: 233, column: 40, scope: !842, atomGroup: 1, atomRank: 1)
!845 = distinct !DISubprogram(name: "release", scope: !127, file: !127, line: 207, type: !15, scopeLine: 208, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!846 = !DILocation(line: 209, column: 2, scope: !845)
!847 = !DILocation(line: 209, column: 16, scope: !845)
!848 = !DILocation(line: 209, column: 16, scope: !845, atomGroup: 1, atomRank: 2)
!849 = !DILocation(line: 209, column: 10, scope: !845, atomGroup: 1, atomRank: 1)
!850 = !DILocation(line: 210, column: 2, scope: !845)
!851 = !DILocation(line: 210, column: 11, scope: !845, atomGroup: 2, atomRank: 1)
!852 = !DILocation(line: 211, column: 9, scope: !845, atomGroup: 4, atomRank: 2)
!853 = !DILocation(line: 212, column: 7, scope: !845)
!854 = !DILocation(line: 211, column: 2, scope: !845, atomGroup: 4, atomRank: 1)
!855 = distinct !DISubprogram(name: "__uniq_ptr_impl<std::default_delete<Square> >", scope: !127, file: !127, line: 172, type: !15, scopeLine: 173, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!856 = !DILocation(line: 173, column: 4, scope: !855)
!857 = !DILocation(line: 173, column: 33, scope: !855)
!858 = !DILocation(line: 173, column: 41, scope: !855, atomGroup: 1, atomRank: 1)
!859 = distinct !DISubprogram(name: "tuple<Shape *&, std::default_delete<Square>, true>", scope: !425, file: !425, line: 1077, type: !15, scopeLine: 1079, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!860 = !DILocation(line: 1079, column: 33, scope: !859)
!861 = !DILocation(line: 1079, column: 58, scope: !859)
!862 = !DILocation(line: 1079, column: 4, scope: !859)
!863 = !DILocation(line: 1079, column: 67, scope: !859, atomGroup: 1, atomRank: 1)
!864 = distinct !DISubprogram(name: "_Tuple_impl<Shape *&, std::default_delete<Square>, void>", scope: !425, file: !425, line: 290, type: !15, scopeLine: 293, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!865 = !DILocation(line: 291, column: 36, scope: !864)
!866 = !DILocation(line: 291, column: 4, scope: !864)
!867 = !DILocation(line: 292, column: 31, scope: !864)
!868 = !DILocation(line: 292, column: 4, scope: !864)
!869 = !DILocation(line: 293, column: 4, scope: !864, atomGroup: 1, atomRank: 1)
!870 = distinct !DISubprogram(name: "_Tuple_impl<std::default_delete<Square> >", scope: !425, file: !425, line: 440, type: !15, scopeLine: 442, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!871 = !DILocation(line: 441, column: 31, scope: !870)
!872 = !DILocation(line: 441, column: 4, scope: !870)
!873 = !DILocation(line: 442, column: 4, scope: !870, atomGroup: 1, atomRank: 1)
!874 = distinct !DISubprogram(name: "_Head_base<std::default_delete<Square> >", scope: !425, file: !425, line: 90, type: !15, scopeLine: 91, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!875 = !DILocation(line: 91, column: 38, scope: !874)
!876 = !DILocation(line: 91, column: 4, scope: !874)
!877 = !DILocation(line: 91, column: 46, scope: !874, atomGroup: 1, atomRank: 1)
!878 = distinct !DISubprogram(name: "default_delete<Square, void>", scope: !127, file: !127, line: 84, type: !15, scopeLine: 84, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!879 = !DILocation(line: 84, column: 63, scope: !878, atomGroup: 1, atomRank: 1)
!880 = distinct !DISubprogram(name: "release", scope: !127, file: !127, line: 486, type: !15, scopeLine: 487, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!881 = !DILocation(line: 487, column: 16, scope: !880)
!882 = !DILocation(line: 487, column: 21, scope: !880, atomGroup: 1, atomRank: 2)
!883 = !DILocation(line: 487, column: 9, scope: !880, atomGroup: 1, atomRank: 1)
!884 = distinct !DISubprogram(name: "__uniq_ptr_impl", scope: !127, file: !127, line: 233, type: !15, scopeLine: 233, flags: DIFlagArtificial | DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!885 = !DILocation(line: 233, column: 40, scope: !884)
!886 = !DILocation(line: 233, column: 40, scope: !884, atomGroup: 1, atomRank: 1)
!887 = distinct !DISubprogram(name: "release", scope: !127, file: !127, line: 207, type: !15, scopeLine: 208, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!888 = !DILocation(line: 209, column: 2, scope: !887)
!889 = !DILocation(line: 209, column: 16, scope: !887)
!890 = !DILocation(line: 209, column: 16, scope: !887, atomGroup: 1, atomRank: 2)
!891 = !DILocation(line: 209, column: 10, scope: !887, atomGroup: 1, atomRank: 1)
!892 = !DILocation(line: 210, column: 2, scope: !887)
!893 = !DILocation(line: 210, column: 11, scope: !887, atomGroup: 2, atomRank: 1)
!894 = !DILocation(line: 211, column: 9, scope: !887, atomGroup: 4, atomRank: 2)
!895 = !DILocation(line: 212, column: 7, scope: !887)
!896 = !DILocation(line: 211, column: 2, scope: !887, atomGroup: 4, atomRank: 1)
!897 = distinct !DISubprogram(name: "__uniq_ptr_impl<std::default_delete<Circle> >", scope: !127, file: !127, line: 172, type: !15, scopeLine: 173, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!898 = !DILocation(line: 173, column: 4, scope: !897)
!899 = !DILocation(line: 173, column: 33, scope: !897)
!900 = !DILocation(line: 173, column: 41, scope: !897, atomGroup: 1, atomRank: 1)
!901 = distinct !DISubprogram(name: "tuple<Shape *&, std::default_delete<Circle>, true>", scope: !425, file: !425, line: 1077, type: !15, scopeLine: 1079, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!902 = !DILocation(line: 1079, column: 33, scope: !901)
!903 = !DILocation(line: 1079, column: 58, scope: !901)
!904 = !DILocation(line: 1079, column: 4, scope: !901)
!905 = !DILocation(line: 1079, column: 67, scope: !901, atomGroup: 1, atomRank: 1)
!906 = distinct !DISubprogram(name: "_Tuple_impl<Shape *&, std::default_delete<Circle>, void>", scope: !425, file: !425, line: 290, type: !15, scopeLine: 293, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!907 = !DILocation(line: 291, column: 36, scope: !906)
!908 = !DILocation(line: 291, column: 4, scope: !906)
!909 = !DILocation(line: 292, column: 31, scope: !906)
!910 = !DILocation(line: 292, column: 4, scope: !906)
!911 = !DILocation(line: 293, column: 4, scope: !906, atomGroup: 1, atomRank: 1)
!912 = distinct !DISubprogram(name: "_Tuple_impl<std::default_delete<Circle> >", scope: !425, file: !425, line: 440, type: !15, scopeLine: 442, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!913 = !DILocation(line: 441, column: 31, scope: !912)
!914 = !DILocation(line: 441, column: 4, scope: !912)
!915 = !DILocation(line: 442, column: 4, scope: !912, atomGroup: 1, atomRank: 1)
!916 = distinct !DISubprogram(name: "_Head_base<std::default_delete<Circle> >", scope: !425, file: !425, line: 90, type: !15, scopeLine: 91, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!917 = !DILocation(line: 91, column: 38, scope: !916)
!918 = !DILocation(line: 91, column: 4, scope: !916)
!919 = !DILocation(line: 91, column: 46, scope: !916, atomGroup: 1, atomRank: 1)
!920 = distinct !DISubprogram(name: "default_delete<Circle, void>", scope: !127, file: !127, line: 84, type: !15, scopeLine: 84, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!921 = !DILocation(line: 84, column: 63, scope: !920, atomGroup: 1, atomRank: 1)
!922 = distinct !DISubprogram(name: "get", scope: !127, file: !127, line: 461, type: !15, scopeLine: 462, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!923 = !DILocation(line: 462, column: 16, scope: !922)
!924 = !DILocation(line: 462, column: 21, scope: !922, atomGroup: 1, atomRank: 2)
!925 = !DILocation(line: 462, column: 9, scope: !922, atomGroup: 1, atomRank: 1)
!926 = distinct !DISubprogram(name: "_M_ptr", scope: !127, file: !127, line: 191, type: !15, scopeLine: 191, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!927 = !DILocation(line: 191, column: 63, scope: !926)
!928 = !DILocation(line: 191, column: 51, scope: !926)
!929 = !DILocation(line: 191, column: 51, scope: !926, atomGroup: 1, atomRank: 2)
!930 = !DILocation(line: 191, column: 44, scope: !926, atomGroup: 1, atomRank: 1)
!931 = distinct !DISubprogram(name: "get<0UL, Shape *, std::default_delete<Shape> >", scope: !425, file: !425, line: 1386, type: !15, scopeLine: 1387, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!932 = !DILocation(line: 1387, column: 37, scope: !931)
!933 = !DILocation(line: 1387, column: 14, scope: !931, atomGroup: 1, atomRank: 2)
!934 = !DILocation(line: 1387, column: 7, scope: !931, atomGroup: 1, atomRank: 1)
!935 = distinct !DISubprogram(name: "__get_helper<0UL, Shape *, std::default_delete<Shape> >", scope: !425, file: !425, line: 1369, type: !15, scopeLine: 1370, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!936 = !DILocation(line: 1370, column: 57, scope: !935)
!937 = !DILocation(line: 1370, column: 14, scope: !935, atomGroup: 1, atomRank: 2)
!938 = !DILocation(line: 1370, column: 7, scope: !935, atomGroup: 1, atomRank: 1)
!939 = distinct !DISubprogram(name: "_M_head", scope: !425, file: !425, line: 271, type: !15, scopeLine: 271, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!940 = !DILocation(line: 271, column: 72, scope: !939)
!941 = !DILocation(line: 271, column: 57, scope: !939, atomGroup: 1, atomRank: 2)
!942 = !DILocation(line: 271, column: 50, scope: !939, atomGroup: 1, atomRank: 1)
!943 = distinct !DISubprogram(name: "_M_head", scope: !425, file: !425, line: 236, type: !15, scopeLine: 236, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!944 = !DILocation(line: 236, column: 56, scope: !943)
!945 = !DILocation(line: 236, column: 60, scope: !943, atomGroup: 1, atomRank: 2)
!946 = !DILocation(line: 236, column: 49, scope: !943, atomGroup: 1, atomRank: 1)
!947 = distinct !DISubprogram(name: "reset", scope: !127, file: !127, line: 198, type: !15, scopeLine: 199, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!948 = !DILocation(line: 200, column: 2, scope: !947)
!949 = !DILocation(line: 200, column: 26, scope: !947)
!950 = !DILocation(line: 200, column: 26, scope: !947, atomGroup: 1, atomRank: 2)
!951 = !DILocation(line: 200, column: 16, scope: !947, atomGroup: 1, atomRank: 1)
!952 = !DILocation(line: 201, column: 13, scope: !947, atomGroup: 2, atomRank: 2)
!953 = !DILocation(line: 201, column: 2, scope: !947)
!954 = !DILocation(line: 201, column: 11, scope: !947, atomGroup: 2, atomRank: 1)
!955 = !DILocation(line: 202, column: 6, scope: !947)
!956 = !DILocation(line: 202, column: 6, scope: !947, atomGroup: 3, atomRank: 2)
!957 = !DILocation(line: 202, column: 6, scope: !947, atomGroup: 3, atomRank: 1)
!958 = !DILocation(line: 203, column: 4, scope: !947)
!959 = !DILocation(line: 203, column: 17, scope: !947)
!960 = !DILocation(line: 204, column: 7, scope: !947)
!961 = !DILocation(line: 204, column: 7, scope: !947, atomGroup: 4, atomRank: 1)
