; ModuleID = 'cxx_stl_lambda.cpp'
source_filename = "cxx_stl_lambda.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"struct.std::piecewise_construct_t" = type { i8 }
%"class.std::vector" = type { %"struct.std::_Vector_base" }
%"struct.std::_Vector_base" = type { %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl" }
%"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl" = type { %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data" }
%"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%"class.__gnu_cxx::__normal_iterator" = type { ptr }
%class.anon = type { i8 }
%class.anon.0 = type { i32 }
%class.anon.1 = type { i32 }
%"class.std::allocator" = type { i8 }
%"class.std::map" = type { %"class.std::_Rb_tree" }
%"class.std::_Rb_tree" = type { %"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Rb_tree_impl" }
%"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Rb_tree_impl" = type { [8 x i8], %"struct.std::_Rb_tree_header" }
%"struct.std::_Rb_tree_header" = type { %"struct.std::_Rb_tree_node_base", i64 }
%"struct.std::_Rb_tree_node_base" = type { i32, ptr, ptr, ptr }
%"class.std::__cxx11::basic_string" = type { %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", i64, %union.anon }
%"struct.std::__cxx11::basic_string<char>::_Alloc_hider" = type { ptr }
%union.anon = type { i64, [8 x i8] }
%"class.std::allocator.5" = type { i8 }
%"struct.std::_Rb_tree_iterator" = type { ptr }
%"class.std::function" = type { %"class.std::_Function_base", ptr }
%"class.std::_Function_base" = type { %"union.std::_Any_data", ptr }
%"union.std::_Any_data" = type { %"union.std::_Nocopy_types" }
%"union.std::_Nocopy_types" = type { { i64, i64 } }
%class.anon.8 = type { ptr }
%"class.std::vector.9" = type { %"struct.std::_Vector_base.10" }
%"struct.std::_Vector_base.10" = type { %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl" }
%"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl" = type { %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data" }
%"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%"class.std::vector.14" = type { %"struct.std::_Vector_base.15" }
%"struct.std::_Vector_base.15" = type { %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl" }
%"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl" = type { %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data" }
%"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%"class.std::allocator.16" = type { i8 }
%"class.std::allocator.11" = type { i8 }
%"class.__gnu_cxx::__normal_iterator.19" = type { ptr }
%"class.__gnu_cxx::__normal_iterator.20" = type { ptr }
%class.anon.21 = type { i8 }
%"struct.std::pair" = type <{ %"class.std::__cxx11::basic_string", i32, [4 x i8] }>
%"struct.__gnu_cxx::__ops::_Iter_comp_iter" = type { i8 }
%"struct.std::forward_iterator_tag" = type { i8 }
%"struct.std::less" = type { i8 }
%"struct.std::_Rb_tree_const_iterator" = type { ptr }
%"class.std::tuple" = type { %"struct.std::_Tuple_impl" }
%"struct.std::_Tuple_impl" = type { %"struct.std::_Head_base" }
%"struct.std::_Head_base" = type { ptr }
%"class.std::tuple.23" = type { i8 }
%"struct.__gnu_cxx::__ops::_Iter_pred" = type { i8 }
%"struct.std::_Rb_tree_node" = type { %"struct.std::_Rb_tree_node_base", %"struct.__gnu_cxx::__aligned_membuf" }
%"struct.__gnu_cxx::__aligned_membuf" = type { [40 x i8] }
%"struct.__gnu_cxx::__ops::_Iter_comp_val" = type { i8 }
%"struct.__gnu_cxx::__ops::_Val_comp_iter" = type { i8 }
%"struct.std::random_access_iterator_tag" = type { i8 }
%struct._Guard = type { ptr }
%"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Auto_node" = type { ptr, ptr }
%"struct.std::pair.25" = type { ptr, ptr }
%"struct.std::_Select1st" = type { i8 }
%"struct.std::_Index_tuple" = type { i8 }
%"struct.std::_Index_tuple.27" = type { i8 }
%"struct.std::integral_constant" = type { i8 }
%"struct.std::__invoke_other" = type { i8 }
%"class.__gnu_cxx::__normal_iterator.28" = type { ptr }

$_ZNSt6vectorIiSaIiEEC2Ev = comdat any

$_ZNSt6vectorIiSaIiEE9push_backEOi = comdat any

$_ZNSt6vectorIiSaIiEE5beginEv = comdat any

$_ZNSt6vectorIiSaIiEE3endEv = comdat any

$_ZN9__gnu_cxxneIPiSt6vectorIiSaIiEEEEbRKNS_17__normal_iteratorIT_T0_EESA_ = comdat any

$_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv = comdat any

$_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEppEv = comdat any

$_ZNSt6vectorIiSaIiEE5frontEv = comdat any

$_ZNSt6vectorIiSaIiEE4backEv = comdat any

$_ZNKSt6vectorIiSaIiEE4sizeEv = comdat any

$_ZNSaIiEC2Ev = comdat any

$_ZNSt6vectorIiSaIiEEC2EmRKS0_ = comdat any

$_ZNSaIiED2Ev = comdat any

$_ZSt10accumulateIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEExET0_T_S8_S7_ = comdat any

$_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEEC2Ev = comdat any

$_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2IS3_EEPKcRKS3_ = comdat any

$_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEEixEOS5_ = comdat any

$_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEE5beginEv = comdat any

$_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEE3endEv = comdat any

$_ZStneRKSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEESB_ = comdat any

$_ZNKSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEdeEv = comdat any

$_ZNSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEppEv = comdat any

$_ZNKSt8functionIFliEEclEi = comdat any

$_ZNSaIdEC2Ev = comdat any

$_ZNSt6vectorIdSaIdEEC2EmRKS0_ = comdat any

$_ZNSaISt6vectorIdSaIdEEEC2Ev = comdat any

$_ZNSt6vectorIS_IdSaIdEESaIS1_EEC2EmRKS1_RKS2_ = comdat any

$_ZNSaISt6vectorIdSaIdEEED2Ev = comdat any

$_ZNSt6vectorIdSaIdEED2Ev = comdat any

$_ZNSaIdED2Ev = comdat any

$_ZNKSt6vectorIS_IdSaIdEESaIS1_EE4sizeEv = comdat any

$_ZNSt6vectorIS_IdSaIdEESaIS1_EEixEm = comdat any

$_ZNKSt6vectorIdSaIdEE4sizeEv = comdat any

$_ZNSt6vectorIdSaIdEEixEm = comdat any

$_ZNSt6vectorIS_IdSaIdEESaIS1_EE5beginEv = comdat any

$_ZNSt6vectorIS_IdSaIdEESaIS1_EE3endEv = comdat any

$_ZN9__gnu_cxxneIPSt6vectorIdSaIdEES1_IS3_SaIS3_EEEEbRKNS_17__normal_iteratorIT_T0_EESC_ = comdat any

$_ZNK9__gnu_cxx17__normal_iteratorIPSt6vectorIdSaIdEES1_IS3_SaIS3_EEEdeEv = comdat any

$_ZSt10accumulateIN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEEdET0_T_S8_S7_ = comdat any

$_ZNSt6vectorIdSaIdEE5beginEv = comdat any

$_ZNSt6vectorIdSaIdEE3endEv = comdat any

$_ZN9__gnu_cxx17__normal_iteratorIPSt6vectorIdSaIdEES1_IS3_SaIS3_EEEppEv = comdat any

$_ZN9__gnu_cxxmiIPiSt6vectorIiSaIiEEEENS_17__normal_iteratorIT_T0_E15difference_typeERKS8_SB_ = comdat any

$_ZNSt6vectorIS_IdSaIdEESaIS1_EED2Ev = comdat any

$_ZNSt8functionIFliEED2Ev = comdat any

$_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEED2Ev = comdat any

$_ZNSt6vectorIiSaIiEED2Ev = comdat any

$_ZNSt12_Vector_baseIiSaIiEEC2Ev = comdat any

$_ZNSt12_Vector_baseIiSaIiEE12_Vector_implC2Ev = comdat any

$_ZNSt12_Vector_baseIiSaIiEE17_Vector_impl_dataC2Ev = comdat any

$_ZNSt15__new_allocatorIiEC2Ev = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EEC2Ev = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE13_Rb_tree_implISC_Lb1EEC2Ev = comdat any

$_ZNSaISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEEC2Ev = comdat any

$_ZNSt20_Rb_tree_key_compareISt4lessINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2Ev = comdat any

$_ZNSt15_Rb_tree_headerC2Ev = comdat any

$_ZNSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEEC2Ev = comdat any

$_ZNSt15_Rb_tree_header8_M_resetEv = comdat any

$__clang_call_terminate = comdat any

$_ZNSt14_Function_baseD2Ev = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EED2Ev = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_beginEv = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE13_Rb_tree_implISC_Lb1EED2Ev = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_S_rightEPSt18_Rb_tree_node_base = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE7_S_leftEPSt18_Rb_tree_node_base = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_drop_nodeEPSt13_Rb_tree_nodeIS8_E = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE15_M_destroy_nodeEPSt13_Rb_tree_nodeIS8_E = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11_M_put_nodeEPSt13_Rb_tree_nodeIS8_E = comdat any

$_ZNSt16allocator_traitsISaISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEEE7destroyIS9_EEvRSB_PT_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE21_M_get_Node_allocatorEv = comdat any

$_ZNSt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE9_M_valptrEv = comdat any

$_ZNSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEE7destroyIS9_EEvPT_ = comdat any

$_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiED2Ev = comdat any

$_ZN9__gnu_cxx16__aligned_membufISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE6_M_ptrEv = comdat any

$_ZN9__gnu_cxx16__aligned_membufISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE7_M_addrEv = comdat any

$_ZNSt16allocator_traitsISaISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEEE10deallocateERSB_PSA_m = comdat any

$_ZNSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEE10deallocateEPSA_m = comdat any

$_ZNKSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE9_M_mbeginEv = comdat any

$_ZNSaISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEED2Ev = comdat any

$_ZNSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEED2Ev = comdat any

$_ZNSt15__new_allocatorIiED2Ev = comdat any

$_ZSt8_DestroyIPiiEvT_S1_RSaIT0_E = comdat any

$_ZNSt12_Vector_baseIiSaIiEE19_M_get_Tp_allocatorEv = comdat any

$_ZNSt12_Vector_baseIiSaIiEED2Ev = comdat any

$_ZSt8_DestroyIPiEvT_S1_ = comdat any

$_ZNSt12_Destroy_auxILb1EE9__destroyIPiEEvT_S3_ = comdat any

$_ZNSt12_Vector_baseIiSaIiEE13_M_deallocateEPim = comdat any

$_ZNSt12_Vector_baseIiSaIiEE12_Vector_implD2Ev = comdat any

$_ZNSt16allocator_traitsISaIiEE10deallocateERS0_Pim = comdat any

$_ZNSt15__new_allocatorIiE10deallocateEPim = comdat any

$_ZNSt6vectorIiSaIiEE12emplace_backIJiEEERiDpOT_ = comdat any

$_ZNSt16allocator_traitsISaIiEE9constructIiJiEEEvRS0_PT_DpOT0_ = comdat any

$_ZNSt6vectorIiSaIiEE17_M_realloc_insertIJiEEEvN9__gnu_cxx17__normal_iteratorIPiS1_EEDpOT_ = comdat any

$_ZNSt15__new_allocatorIiE9constructIiJiEEEvPT_DpOT0_ = comdat any

$_ZNKSt6vectorIiSaIiEE12_M_check_lenEmPKc = comdat any

$_ZNSt12_Vector_baseIiSaIiEE11_M_allocateEm = comdat any

$_ZNSt6vectorIiSaIiEE11_S_relocateEPiS2_S2_RS0_ = comdat any

$_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEE4baseEv = comdat any

$_ZNKSt6vectorIiSaIiEE8max_sizeEv = comdat any

$_ZSt3maxImERKT_S2_S2_ = comdat any

$_ZNSt6vectorIiSaIiEE11_S_max_sizeERKS0_ = comdat any

$_ZNKSt12_Vector_baseIiSaIiEE19_M_get_Tp_allocatorEv = comdat any

$_ZNSt16allocator_traitsISaIiEE8max_sizeERKS0_ = comdat any

$_ZSt3minImERKT_S2_S2_ = comdat any

$_ZNKSt15__new_allocatorIiE8max_sizeEv = comdat any

$_ZNKSt15__new_allocatorIiE11_M_max_sizeEv = comdat any

$_ZNSt16allocator_traitsISaIiEE8allocateERS0_m = comdat any

$_ZNSt15__new_allocatorIiE8allocateEmPKv = comdat any

$_ZSt12__relocate_aIPiS0_SaIiEET0_T_S3_S2_RT1_ = comdat any

$_ZSt14__relocate_a_1IiiENSt9enable_ifIXsr3std24__is_bitwise_relocatableIT_EE5valueEPS1_E4typeES2_S2_S2_RSaIT0_E = comdat any

$_ZSt12__niter_baseIPiET_S1_ = comdat any

$_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEC2ERKS1_ = comdat any

$_ZSt4__lgl = comdat any

$_ZN9__gnu_cxxltIPiSt6vectorIiSaIiEEEEbRKNS_17__normal_iteratorIT_T0_EESA_ = comdat any

$_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl = comdat any

$_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEmmEv = comdat any

$_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEmiEl = comdat any

$_ZSt9iter_swapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES6_EvT_T0_ = comdat any

$_ZSt4swapIiENSt9enable_ifIXsr6__and_ISt6__not_ISt15__is_tuple_likeIT_EESt21is_move_constructibleIS3_ESt18is_move_assignableIS3_EEE5valueEvE4typeERS3_SC_ = comdat any

$_ZN9__gnu_cxxeqIPiSt6vectorIiSaIiEEEEbRKNS_17__normal_iteratorIT_T0_EESA_ = comdat any

$_ZSt13move_backwardIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES6_ET0_T_S8_S7_ = comdat any

$_ZSt22__copy_move_backward_aILb1EN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES6_ET1_T0_S8_S7_ = comdat any

$_ZSt12__miter_baseIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEET_S7_ = comdat any

$_ZSt12__niter_wrapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES2_ET_S7_T0_ = comdat any

$_ZSt23__copy_move_backward_a1ILb1EPiS0_ET1_T0_S2_S1_ = comdat any

$_ZSt12__niter_baseIPiSt6vectorIiSaIiEEET_N9__gnu_cxx17__normal_iteratorIS4_T0_EE = comdat any

$_ZSt23__copy_move_backward_a2ILb1EPiS0_ET1_T0_S2_S1_ = comdat any

$_ZNSt20__copy_move_backwardILb1ELb1ESt26random_access_iterator_tagE13__copy_move_bIiEEPT_PKS3_S6_S4_ = comdat any

$_ZNSt6vectorIiSaIiEE17_S_check_init_lenEmRKS0_ = comdat any

$_ZNSt12_Vector_baseIiSaIiEEC2EmRKS0_ = comdat any

$_ZNSt6vectorIiSaIiEE21_M_default_initializeEm = comdat any

$_ZNSaIiEC2ERKS_ = comdat any

$_ZNSt15__new_allocatorIiEC2ERKS0_ = comdat any

$_ZNSt12_Vector_baseIiSaIiEE12_Vector_implC2ERKS0_ = comdat any

$_ZNSt12_Vector_baseIiSaIiEE17_M_create_storageEm = comdat any

$_ZSt27__uninitialized_default_n_aIPimiET_S1_T0_RSaIT1_E = comdat any

$_ZSt25__uninitialized_default_nIPimET_S1_T0_ = comdat any

$_ZNSt27__uninitialized_default_n_1ILb1EE18__uninit_default_nIPimEET_S3_T0_ = comdat any

$_ZSt10_ConstructIiJEEvPT_DpOT0_ = comdat any

$_ZSt6fill_nIPimiET_S1_T0_RKT1_ = comdat any

$_ZSt10__fill_n_aIPimiET_S1_T0_RKT1_St26random_access_iterator_tag = comdat any

$_ZSt17__size_to_integerm = comdat any

$_ZSt19__iterator_categoryIPiENSt15iterator_traitsIT_E17iterator_categoryERKS2_ = comdat any

$_ZSt8__fill_aIPiiEvT_S1_RKT0_ = comdat any

$_ZSt9__fill_a1IPiiEN9__gnu_cxx11__enable_ifIXsr11__is_scalarIT0_EE7__valueEvE6__typeET_S6_RKS3_ = comdat any

$_ZNSt11char_traitsIcE6lengthEPKc = comdat any

$_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructIPKcEEvT_S8_St20forward_iterator_tag = comdat any

$_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderD2Ev = comdat any

$_ZSt8distanceIPKcENSt15iterator_traitsIT_E15difference_typeES3_S3_ = comdat any

$_ZZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructIPKcEEvT_S8_St20forward_iterator_tagEN6_GuardC2EPS4_ = comdat any

$_ZZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructIPKcEEvT_S8_St20forward_iterator_tagEN6_GuardD2Ev = comdat any

$_ZSt10__distanceIPKcENSt15iterator_traitsIT_E15difference_typeES3_S3_St26random_access_iterator_tag = comdat any

$_ZSt19__iterator_categoryIPKcENSt15iterator_traitsIT_E17iterator_categoryERKS3_ = comdat any

$_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEE11lower_boundERS9_ = comdat any

$_ZSteqRKSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEESB_ = comdat any

$_ZNKSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEE8key_compEv = comdat any

$_ZNKSt4lessINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEclERKS5_S8_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE22_M_emplace_hint_uniqueIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEESt17_Rb_tree_iteratorIS8_ESt23_Rb_tree_const_iteratorIS8_EDpOT_ = comdat any

$_ZNSt23_Rb_tree_const_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEC2ERKSt17_Rb_tree_iteratorIS8_E = comdat any

$_ZSt16forward_as_tupleIJNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESt5tupleIJDpOT_EES9_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11lower_boundERS7_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE14_M_lower_boundEPSt13_Rb_tree_nodeIS8_EPSt18_Rb_tree_node_baseRS7_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_M_endEv = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_S_keyEPKSt13_Rb_tree_nodeIS8_E = comdat any

$_ZNSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEC2EPSt18_Rb_tree_node_base = comdat any

$_ZNKSt10_Select1stISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEclERKS8_ = comdat any

$_ZNKSt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE9_M_valptrEv = comdat any

$_ZNK9__gnu_cxx16__aligned_membufISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE6_M_ptrEv = comdat any

$_ZNK9__gnu_cxx16__aligned_membufISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE7_M_addrEv = comdat any

$_ZNKSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8key_compEv = comdat any

$_ZStltIcSt11char_traitsIcESaIcEEbRKNSt7__cxx1112basic_stringIT_T0_T1_EESA_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_nodeC2IJRKSt21piecewise_construct_tSt5tupleIJOS5_EESK_IJEEEEERSE_DpOT_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIS8_ERS7_ = comdat any

$_ZNKSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_node6_M_keyEv = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_node9_M_insertES6_IPSt18_Rb_tree_node_baseSH_E = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_nodeD2Ev = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE14_M_create_nodeIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEEPSt13_Rb_tree_nodeIS8_EDpOT_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11_M_get_nodeEv = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE17_M_construct_nodeIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEEvPSt13_Rb_tree_nodeIS8_EDpOT_ = comdat any

$_ZNSt16allocator_traitsISaISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEEE8allocateERSB_m = comdat any

$_ZNSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEE8allocateEmPKv = comdat any

$_ZNKSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEE11_M_max_sizeEv = comdat any

$_ZNSt16allocator_traitsISaISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEEE9constructIS9_JRKSt21piecewise_construct_tSt5tupleIJOS7_EESH_IJEEEEEvRSB_PT_DpOT0_ = comdat any

$_ZNSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEE9constructIS9_JRKSt21piecewise_construct_tSt5tupleIJOS7_EESG_IJEEEEEvPT_DpOT0_ = comdat any

$_ZNSt5tupleIJONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2EOS7_ = comdat any

$_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEC2IJOS5_EJEEESt21piecewise_construct_tSt5tupleIJDpT_EESB_IJDpT0_EE = comdat any

$_ZNSt11_Tuple_implILm0EJONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2EOS7_ = comdat any

$_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEC2IJOS5_EJLm0EEJETpTnmJEEERSt5tupleIJDpT_EERSA_IJDpT1_EESt12_Index_tupleIJXspT0_EEESJ_IJXspT2_EEE = comdat any

$_ZSt3getILm0EJONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERSB_ = comdat any

$_ZSt12__get_helperILm0EONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEJEERT0_RSt11_Tuple_implIXT_EJS7_DpT1_EE = comdat any

$_ZNSt11_Tuple_implILm0EJONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEE7_M_headERS7_ = comdat any

$_ZNSt10_Head_baseILm0EONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEELb0EE7_M_headERS7_ = comdat any

$_ZNKSt23_Rb_tree_const_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE13_M_const_castEv = comdat any

$_ZNKSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE4sizeEv = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_S_keyEPKSt18_Rb_tree_node_base = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_rightmostEv = comdat any

$_ZNSt4pairIPSt18_Rb_tree_node_baseS1_EC2IS1_S1_TnNSt9enable_ifIXaaclsr5_PCCPE18_ConstructiblePairIT_T0_EEclsr5_PCCPE26_ImplicitlyConvertiblePairIS5_S6_EEEbE4typeELb1EEERKS1_SA_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11_M_leftmostEv = comdat any

$_ZNSt4pairIPSt18_Rb_tree_node_baseS1_EC2IRS1_S4_TnNSt9enable_ifIXaaclsr5_PCCPE22_MoveConstructiblePairIT_T0_EEclsr5_PCCPE30_ImplicitlyMoveConvertiblePairIS6_S7_EEEbE4typeELb1EEEOS6_OS7_ = comdat any

$_ZNSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEmmEv = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE5beginEv = comdat any

$_ZNSt4pairIPSt18_Rb_tree_node_baseS1_EC2IRPSt13_Rb_tree_nodeIS_IKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEERS1_TnNSt9enable_ifIXaaclsr5_PCCPE22_MoveConstructiblePairIT_T0_EEclsr5_PCCPE30_ImplicitlyMoveConvertiblePairISI_SJ_EEEbE4typeELb1EEEOSI_OSJ_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE14_M_insert_nodeEPSt18_Rb_tree_node_baseSG_PSt13_Rb_tree_nodeIS8_E = comdat any

$_ZNSt5tupleIJONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2IJS5_ELb1ETnNSt9enable_ifIXclsr4_TCCIXT0_EEE29__is_implicitly_constructibleIDpT_EEEbE4typeELb1EEEDpOSA_ = comdat any

$_ZNSt11_Tuple_implILm0EJONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2IS5_EEOT_ = comdat any

$_ZNSt10_Head_baseILm0EONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEELb0EEC2IS5_EEOT_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE3endEv = comdat any

$_ZNKSt14_Function_base8_M_emptyEv = comdat any

$_ZNSt14_Function_baseC2Ev = comdat any

$_ZNSt9_Any_data9_M_accessEv = comdat any

$_ZNKSt9_Any_data9_M_accessEv = comdat any

$_ZNSt9_Any_data9_M_accessIPKSt9type_infoEERT_v = comdat any

$_ZNSt15__new_allocatorIdEC2Ev = comdat any

$_ZNSt15__new_allocatorIdED2Ev = comdat any

$_ZNSt6vectorIdSaIdEE17_S_check_init_lenEmRKS0_ = comdat any

$_ZNSt12_Vector_baseIdSaIdEEC2EmRKS0_ = comdat any

$_ZNSt6vectorIdSaIdEE21_M_default_initializeEm = comdat any

$_ZNSt12_Vector_baseIdSaIdEED2Ev = comdat any

$_ZNSt6vectorIdSaIdEE11_S_max_sizeERKS0_ = comdat any

$_ZNSaIdEC2ERKS_ = comdat any

$_ZNSt16allocator_traitsISaIdEE8max_sizeERKS0_ = comdat any

$_ZNKSt15__new_allocatorIdE8max_sizeEv = comdat any

$_ZNKSt15__new_allocatorIdE11_M_max_sizeEv = comdat any

$_ZNSt15__new_allocatorIdEC2ERKS0_ = comdat any

$_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC2ERKS0_ = comdat any

$_ZNSt12_Vector_baseIdSaIdEE17_M_create_storageEm = comdat any

$_ZNSt12_Vector_baseIdSaIdEE12_Vector_implD2Ev = comdat any

$_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataC2Ev = comdat any

$_ZNSt12_Vector_baseIdSaIdEE11_M_allocateEm = comdat any

$_ZNSt16allocator_traitsISaIdEE8allocateERS0_m = comdat any

$_ZNSt15__new_allocatorIdE8allocateEmPKv = comdat any

$_ZSt27__uninitialized_default_n_aIPdmdET_S1_T0_RSaIT1_E = comdat any

$_ZNSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv = comdat any

$_ZSt25__uninitialized_default_nIPdmET_S1_T0_ = comdat any

$_ZNSt27__uninitialized_default_n_1ILb1EE18__uninit_default_nIPdmEET_S3_T0_ = comdat any

$_ZSt10_ConstructIdJEEvPT_DpOT0_ = comdat any

$_ZSt6fill_nIPdmdET_S1_T0_RKT1_ = comdat any

$_ZSt10__fill_n_aIPdmdET_S1_T0_RKT1_St26random_access_iterator_tag = comdat any

$_ZSt19__iterator_categoryIPdENSt15iterator_traitsIT_E17iterator_categoryERKS2_ = comdat any

$_ZSt8__fill_aIPddEvT_S1_RKT0_ = comdat any

$_ZSt9__fill_a1IPddEN9__gnu_cxx11__enable_ifIXsr11__is_scalarIT0_EE7__valueEvE6__typeET_S6_RKS3_ = comdat any

$_ZNSt12_Vector_baseIdSaIdEE13_M_deallocateEPdm = comdat any

$_ZNSt16allocator_traitsISaIdEE10deallocateERS0_Pdm = comdat any

$_ZNSt15__new_allocatorIdE10deallocateEPdm = comdat any

$_ZSt8_DestroyIPddEvT_S1_RSaIT0_E = comdat any

$_ZSt8_DestroyIPdEvT_S1_ = comdat any

$_ZNSt12_Destroy_auxILb1EE9__destroyIPdEEvT_S3_ = comdat any

$_ZNSt15__new_allocatorISt6vectorIdSaIdEEEC2Ev = comdat any

$_ZNSt15__new_allocatorISt6vectorIdSaIdEEED2Ev = comdat any

$_ZNSt6vectorIS_IdSaIdEESaIS1_EE17_S_check_init_lenEmRKS2_ = comdat any

$_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EEC2EmRKS3_ = comdat any

$_ZNSt6vectorIS_IdSaIdEESaIS1_EE18_M_fill_initializeEmRKS1_ = comdat any

$_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EED2Ev = comdat any

$_ZNSt6vectorIS_IdSaIdEESaIS1_EE11_S_max_sizeERKS2_ = comdat any

$_ZNSaISt6vectorIdSaIdEEEC2ERKS2_ = comdat any

$_ZNSt16allocator_traitsISaISt6vectorIdSaIdEEEE8max_sizeERKS3_ = comdat any

$_ZNKSt15__new_allocatorISt6vectorIdSaIdEEE8max_sizeEv = comdat any

$_ZNKSt15__new_allocatorISt6vectorIdSaIdEEE11_M_max_sizeEv = comdat any

$_ZNSt15__new_allocatorISt6vectorIdSaIdEEEC2ERKS3_ = comdat any

$_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE12_Vector_implC2ERKS3_ = comdat any

$_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE17_M_create_storageEm = comdat any

$_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE12_Vector_implD2Ev = comdat any

$_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE17_Vector_impl_dataC2Ev = comdat any

$_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE11_M_allocateEm = comdat any

$_ZNSt16allocator_traitsISaISt6vectorIdSaIdEEEE8allocateERS3_m = comdat any

$_ZNSt15__new_allocatorISt6vectorIdSaIdEEE8allocateEmPKv = comdat any

$_ZSt24__uninitialized_fill_n_aIPSt6vectorIdSaIdEEmS2_S2_ET_S4_T0_RKT1_RSaIT2_E = comdat any

$_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE19_M_get_Tp_allocatorEv = comdat any

$_ZSt20uninitialized_fill_nIPSt6vectorIdSaIdEEmS2_ET_S4_T0_RKT1_ = comdat any

$_ZNSt22__uninitialized_fill_nILb0EE15__uninit_fill_nIPSt6vectorIdSaIdEEmS4_EET_S6_T0_RKT1_ = comdat any

$_ZSt18__do_uninit_fill_nIPSt6vectorIdSaIdEEmS2_ET_S4_T0_RKT1_ = comdat any

$_ZSt10_ConstructISt6vectorIdSaIdEEJRKS2_EEvPT_DpOT0_ = comdat any

$_ZSt8_DestroyIPSt6vectorIdSaIdEEEvT_S4_ = comdat any

$_ZNSt6vectorIdSaIdEEC2ERKS1_ = comdat any

$_ZN9__gnu_cxx14__alloc_traitsISaIdEdE17_S_select_on_copyERKS1_ = comdat any

$_ZNKSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv = comdat any

$_ZSt22__uninitialized_copy_aIN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEPddET0_T_SA_S9_RSaIT1_E = comdat any

$_ZNKSt6vectorIdSaIdEE5beginEv = comdat any

$_ZNKSt6vectorIdSaIdEE3endEv = comdat any

$_ZNSt16allocator_traitsISaIdEE37select_on_container_copy_constructionERKS0_ = comdat any

$_ZSt18uninitialized_copyIN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEPdET0_T_SA_S9_ = comdat any

$_ZNSt20__uninitialized_copyILb1EE13__uninit_copyIN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEPdEET0_T_SC_SB_ = comdat any

$_ZSt4copyIN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEPdET0_T_SA_S9_ = comdat any

$_ZSt13__copy_move_aILb0EN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEPdET1_T0_SA_S9_ = comdat any

$_ZSt12__miter_baseIN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEET_S8_ = comdat any

$_ZSt12__niter_wrapIPdET_RKS1_S1_ = comdat any

$_ZSt14__copy_move_a1ILb0EPKdPdET1_T0_S4_S3_ = comdat any

$_ZSt12__niter_baseIPKdSt6vectorIdSaIdEEET_N9__gnu_cxx17__normal_iteratorIS5_T0_EE = comdat any

$_ZSt12__niter_baseIPdET_S1_ = comdat any

$_ZSt14__copy_move_a2ILb0EPKdPdET1_T0_S4_S3_ = comdat any

$_ZNSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE8__copy_mIdEEPT_PKS3_S6_S4_ = comdat any

$_ZNK9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEE4baseEv = comdat any

$_ZN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEC2ERKS2_ = comdat any

$_ZNSt12_Destroy_auxILb0EE9__destroyIPSt6vectorIdSaIdEEEEvT_S6_ = comdat any

$_ZSt8_DestroyISt6vectorIdSaIdEEEvPT_ = comdat any

$_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE13_M_deallocateEPS2_m = comdat any

$_ZNSt16allocator_traitsISaISt6vectorIdSaIdEEEE10deallocateERS3_PS2_m = comdat any

$_ZNSt15__new_allocatorISt6vectorIdSaIdEEE10deallocateEPS2_m = comdat any

$_ZSt8_DestroyIPSt6vectorIdSaIdEES2_EvT_S4_RSaIT0_E = comdat any

$_ZN9__gnu_cxx17__normal_iteratorIPSt6vectorIdSaIdEES1_IS3_SaIS3_EEEC2ERKS4_ = comdat any

$_ZNK9__gnu_cxx17__normal_iteratorIPSt6vectorIdSaIdEES1_IS3_SaIS3_EEE4baseEv = comdat any

$_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEC2ERKS1_ = comdat any

$_ZN9__gnu_cxxneIPdSt6vectorIdSaIdEEEEbRKNS_17__normal_iteratorIT_T0_EESA_ = comdat any

$_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEdeEv = comdat any

$_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEppEv = comdat any

$_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEE4baseEv = comdat any

$_ZSt19__iterator_categoryIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEENSt15iterator_traitsIT_E17iterator_categoryERKS8_ = comdat any

$_ZSt19piecewise_construct = comdat any

@.str = private unnamed_addr constant [29 x i8] c"sorted %ld front %d back %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [19 x i8] c"sum %lld count %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [33 x i8] c"the cat and the dog and the bird\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"%s=%d \00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"fact %ld\0A\00", align 1
@.str.6 = private unnamed_addr constant [21 x i8] c"grid %.17g find %ld\0A\00", align 1
@.str.7 = private unnamed_addr constant [26 x i8] c"vector::_M_realloc_insert\00", align 1
@.str.8 = private unnamed_addr constant [49 x i8] c"cannot create std::vector larger than max_size()\00", align 1
@.str.9 = private unnamed_addr constant [50 x i8] c"basic_string: construction from null is not valid\00", align 1
@_ZSt19piecewise_construct = linkonce_odr constant %"struct.std::piecewise_construct_t" zeroinitializer, comdat, align 1
@"_ZTIZ4mainE3$_0" = internal constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @"_ZTSZ4mainE3$_0" }, align 8
@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@"_ZTSZ4mainE3$_0" = internal constant [12 x i8] c"Z4mainE3$_0\00", align 1

; Function Attrs: mustprogress noinline norecurse sspstrong uwtable
define noundef i32 @main() #0 personality ptr @__gxx_personality_v0 !dbg !9 {
  %1 = alloca i32, align 4
  %2 = alloca %"class.std::vector", align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %8 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %9 = alloca %class.anon, align 1
  %10 = alloca i64, align 8
  %11 = alloca ptr, align 8
  %12 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %13 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca %class.anon.0, align 4
  %17 = alloca %class.anon.1, align 4
  %18 = alloca %"class.std::vector", align 8
  %19 = alloca %"class.std::allocator", align 1
  %20 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %21 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %22 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %23 = alloca %class.anon.0, align 4
  %24 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %25 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %26 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %27 = alloca %"class.std::map", align 8
  %28 = alloca %"class.std::__cxx11::basic_string", align 8
  %29 = alloca %"class.std::allocator.5", align 1
  %30 = alloca i64, align 8
  %31 = alloca i64, align 8
  %32 = alloca %"class.std::__cxx11::basic_string", align 8
  %33 = alloca ptr, align 8
  %34 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %35 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %36 = alloca ptr, align 8
  %37 = alloca %"class.std::function", align 8
  %38 = alloca %class.anon.8, align 8
  %39 = alloca %"class.std::vector.9", align 8
  %40 = alloca %"class.std::vector.14", align 8
  %41 = alloca %"class.std::allocator.16", align 1
  %42 = alloca %"class.std::allocator.11", align 1
  %43 = alloca i64, align 8
  %44 = alloca i64, align 8
  %45 = alloca double, align 8
  %46 = alloca ptr, align 8
  %47 = alloca %"class.__gnu_cxx::__normal_iterator.19", align 8
  %48 = alloca %"class.__gnu_cxx::__normal_iterator.19", align 8
  %49 = alloca ptr, align 8
  %50 = alloca %"class.__gnu_cxx::__normal_iterator.20", align 8
  %51 = alloca %"class.__gnu_cxx::__normal_iterator.20", align 8
  %52 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %53 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %54 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %55 = alloca %class.anon.21, align 1
  %56 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  store i32 0, ptr %1, align 4
  call void @_ZNSt6vectorIiSaIiEEC2Ev(ptr noundef nonnull align 8 dereferenceable(24) %2) #15, !dbg !13
  store i32 0, ptr %3, align 4, !dbg !14
  br label %57, !dbg !15

57:                                               ; preds = %65, %0
  %58 = load i32, ptr %3, align 4, !dbg !16
  %59 = icmp slt i32 %58, 200, !dbg !17
  br i1 %59, label %60, label %72, !dbg !18

60:                                               ; preds = %57
  %61 = load i32, ptr %3, align 4, !dbg !19
  %62 = mul nsw i32 %61, 7919, !dbg !20
  %63 = srem i32 %62, 503, !dbg !21
  store i32 %63, ptr %4, align 4, !dbg !22
  invoke void @_ZNSt6vectorIiSaIiEE9push_backEOi(ptr noundef nonnull align 8 dereferenceable(24) %2, ptr noundef nonnull align 4 dereferenceable(4) %4)
          to label %64 unwind label %68, !dbg !23

64:                                               ; preds = %60
  br label %65, !dbg !24

65:                                               ; preds = %64
  %66 = load i32, ptr %3, align 4, !dbg !25
  %67 = add nsw i32 %66, 1, !dbg !25
  store i32 %67, ptr %3, align 4, !dbg !25
  br label %57, !dbg !18, !llvm.loop !26

68:                                               ; preds = %101, %72, %60
  %69 = landingpad { ptr, i32 }
          cleanup, !dbg !29
  %70 = extractvalue { ptr, i32 } %69, 0, !dbg !29
  store ptr %70, ptr %5, align 8, !dbg !29
  %71 = extractvalue { ptr, i32 } %69, 1, !dbg !29
  store i32 %71, ptr %6, align 4, !dbg !29
  br label %320, !dbg !29

72:                                               ; preds = %57
  %73 = call ptr @_ZNSt6vectorIiSaIiEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %2) #15, !dbg !30
  %74 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0, !dbg !30
  store ptr %73, ptr %74, align 8, !dbg !30
  %75 = call ptr @_ZNSt6vectorIiSaIiEE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %2) #15, !dbg !31
  %76 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %8, i32 0, i32 0, !dbg !31
  store ptr %75, ptr %76, align 8, !dbg !31
  %77 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0, !dbg !32
  %78 = load ptr, ptr %77, align 8, !dbg !32
  %79 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %8, i32 0, i32 0, !dbg !32
  %80 = load ptr, ptr %79, align 8, !dbg !32
  invoke void @"_ZSt4sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEZ4mainE3$_1EvT_S8_T0_"(ptr %78, ptr %80)
          to label %81 unwind label %68, !dbg !32

81:                                               ; preds = %72
  store i64 0, ptr %10, align 8, !dbg !33
  store ptr %2, ptr %11, align 8, !dbg !34
  %82 = load ptr, ptr %11, align 8, !dbg !35, !nonnull !12, !align !36
  %83 = call ptr @_ZNSt6vectorIiSaIiEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %82) #15, !dbg !35
  %84 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %12, i32 0, i32 0, !dbg !35
  store ptr %83, ptr %84, align 8, !dbg !35
  %85 = load ptr, ptr %11, align 8, !dbg !35, !nonnull !12, !align !36
  %86 = call ptr @_ZNSt6vectorIiSaIiEE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %85) #15, !dbg !35
  %87 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %13, i32 0, i32 0, !dbg !35
  store ptr %86, ptr %87, align 8, !dbg !35
  br label %88, !dbg !35

88:                                               ; preds = %99, %81
  %89 = call noundef zeroext i1 @_ZN9__gnu_cxxneIPiSt6vectorIiSaIiEEEEbRKNS_17__normal_iteratorIT_T0_EESA_(ptr noundef nonnull align 8 dereferenceable(8) %12, ptr noundef nonnull align 8 dereferenceable(8) %13) #15, !dbg !35
  br i1 %89, label %90, label %101, !dbg !35

90:                                               ; preds = %88
  %91 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %12) #15, !dbg !35
  %92 = load i32, ptr %91, align 4, !dbg !35
  store i32 %92, ptr %14, align 4, !dbg !37
  %93 = load i64, ptr %10, align 8, !dbg !38
  %94 = mul nsw i64 %93, 31, !dbg !39
  %95 = srem i64 %94, 1000000007, !dbg !40
  %96 = load i32, ptr %14, align 4, !dbg !41
  %97 = sext i32 %96 to i64, !dbg !41
  %98 = add nsw i64 %95, %97, !dbg !42
  store i64 %98, ptr %10, align 8, !dbg !43
  br label %99, !dbg !44

99:                                               ; preds = %90
  %100 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %12) #15, !dbg !35
  br label %88, !dbg !35, !llvm.loop !45

101:                                              ; preds = %88
  %102 = load i64, ptr %10, align 8, !dbg !46
  %103 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt6vectorIiSaIiEE5frontEv(ptr noundef nonnull align 8 dereferenceable(24) %2) #15, !dbg !47
  %104 = load i32, ptr %103, align 4, !dbg !47
  %105 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt6vectorIiSaIiEE4backEv(ptr noundef nonnull align 8 dereferenceable(24) %2) #15, !dbg !48
  %106 = load i32, ptr %105, align 4, !dbg !48
  %107 = invoke i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %102, i32 noundef %104, i32 noundef %106)
          to label %108 unwind label %68, !dbg !49

108:                                              ; preds = %101
  store i32 3, ptr %15, align 4, !dbg !50
  %109 = getelementptr inbounds nuw %class.anon.0, ptr %16, i32 0, i32 0, !dbg !51
  %110 = load i32, ptr %15, align 4, !dbg !52
  store i32 %110, ptr %109, align 4, !dbg !51
  %111 = getelementptr inbounds nuw %class.anon.1, ptr %17, i32 0, i32 0, !dbg !53
  store i32 0, ptr %111, align 4, !dbg !53
  %112 = call noundef i64 @_ZNKSt6vectorIiSaIiEE4sizeEv(ptr noundef nonnull align 8 dereferenceable(24) %2) #15, !dbg !54
  call void @_ZNSaIiEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %19) #15, !dbg !55
  invoke void @_ZNSt6vectorIiSaIiEEC2EmRKS0_(ptr noundef nonnull align 8 dereferenceable(24) %18, i64 noundef %112, ptr noundef nonnull align 1 dereferenceable(1) %19)
          to label %113 unwind label %161, !dbg !55

113:                                              ; preds = %108
  call void @_ZNSaIiED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %19) #15, !dbg !55
  %114 = call ptr @_ZNSt6vectorIiSaIiEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %2) #15, !dbg !56
  %115 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %20, i32 0, i32 0, !dbg !56
  store ptr %114, ptr %115, align 8, !dbg !56
  %116 = call ptr @_ZNSt6vectorIiSaIiEE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %2) #15, !dbg !57
  %117 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %21, i32 0, i32 0, !dbg !57
  store ptr %116, ptr %117, align 8, !dbg !57
  %118 = call ptr @_ZNSt6vectorIiSaIiEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %18) #15, !dbg !58
  %119 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %22, i32 0, i32 0, !dbg !58
  store ptr %118, ptr %119, align 8, !dbg !58
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %23, ptr align 4 %16, i64 4, i1 false), !dbg !59
  %120 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %20, i32 0, i32 0, !dbg !60
  %121 = load ptr, ptr %120, align 8, !dbg !60
  %122 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %21, i32 0, i32 0, !dbg !60
  %123 = load ptr, ptr %122, align 8, !dbg !60
  %124 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %22, i32 0, i32 0, !dbg !60
  %125 = load ptr, ptr %124, align 8, !dbg !60
  %126 = getelementptr inbounds nuw %class.anon.0, ptr %23, i32 0, i32 0, !dbg !60
  %127 = load i32, ptr %126, align 4, !dbg !60
  %128 = invoke ptr @"_ZSt9transformIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES6_Z4mainE3$_2ET0_T_S9_S8_T1_"(ptr %121, ptr %123, ptr %125, i32 %127)
          to label %129 unwind label %165, !dbg !60

129:                                              ; preds = %113
  %130 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %24, i32 0, i32 0, !dbg !60
  store ptr %128, ptr %130, align 8, !dbg !60
  %131 = invoke noundef i32 @"_ZZ4mainEN3$_3clEv"(ptr noundef nonnull align 4 dereferenceable(4) %17)
          to label %132 unwind label %165, !dbg !61

132:                                              ; preds = %129
  %133 = invoke noundef i32 @"_ZZ4mainEN3$_3clEv"(ptr noundef nonnull align 4 dereferenceable(4) %17)
          to label %134 unwind label %165, !dbg !62

134:                                              ; preds = %132
  %135 = call ptr @_ZNSt6vectorIiSaIiEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %18) #15, !dbg !63
  %136 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %25, i32 0, i32 0, !dbg !63
  store ptr %135, ptr %136, align 8, !dbg !63
  %137 = call ptr @_ZNSt6vectorIiSaIiEE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %18) #15, !dbg !64
  %138 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %26, i32 0, i32 0, !dbg !64
  store ptr %137, ptr %138, align 8, !dbg !64
  %139 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %25, i32 0, i32 0, !dbg !65
  %140 = load ptr, ptr %139, align 8, !dbg !65
  %141 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %26, i32 0, i32 0, !dbg !65
  %142 = load ptr, ptr %141, align 8, !dbg !65
  %143 = invoke noundef i64 @_ZSt10accumulateIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEExET0_T_S8_S7_(ptr %140, ptr %142, i64 noundef 0)
          to label %144 unwind label %165, !dbg !65

144:                                              ; preds = %134
  %145 = invoke noundef i32 @"_ZZ4mainEN3$_3clEv"(ptr noundef nonnull align 4 dereferenceable(4) %17)
          to label %146 unwind label %165, !dbg !66

146:                                              ; preds = %144
  %147 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %143, i32 noundef %145)
          to label %148 unwind label %165, !dbg !67

148:                                              ; preds = %146
  call void @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEEC2Ev(ptr noundef nonnull align 8 dereferenceable(48) %27) #15, !dbg !68
  call void @_ZNSaIcEC1Ev(ptr noundef nonnull align 1 dereferenceable(1) %29) #15, !dbg !69
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2IS3_EEPKcRKS3_(ptr noundef nonnull align 8 dereferenceable(32) %28, ptr noundef @.str.2, ptr noundef nonnull align 1 dereferenceable(1) %29)
          to label %149 unwind label %169, !dbg !69

149:                                              ; preds = %148
  call void @_ZNSaIcED1Ev(ptr noundef nonnull align 1 dereferenceable(1) %29) #15, !dbg !69
  store i64 0, ptr %30, align 8, !dbg !70
  br label %150, !dbg !71

150:                                              ; preds = %180, %149
  %151 = load i64, ptr %30, align 8, !dbg !72
  %152 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4sizeEv(ptr noundef nonnull align 8 dereferenceable(32) %28) #15, !dbg !73
  %153 = icmp ult i64 %151, %152, !dbg !74
  br i1 %153, label %154, label %193, !dbg !71

154:                                              ; preds = %150
  %155 = load i64, ptr %30, align 8, !dbg !75
  %156 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4findEcm(ptr noundef nonnull align 8 dereferenceable(32) %28, i8 noundef signext 32, i64 noundef %155) #15, !dbg !76
  store i64 %156, ptr %31, align 8, !dbg !77
  %157 = load i64, ptr %31, align 8, !dbg !78
  %158 = icmp eq i64 %157, -1, !dbg !79
  br i1 %158, label %159, label %173, !dbg !79

159:                                              ; preds = %154
  %160 = call noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4sizeEv(ptr noundef nonnull align 8 dereferenceable(32) %28) #15, !dbg !80
  store i64 %160, ptr %31, align 8, !dbg !81
  br label %173, !dbg !82

161:                                              ; preds = %108
  %162 = landingpad { ptr, i32 }
          cleanup, !dbg !29
  %163 = extractvalue { ptr, i32 } %162, 0, !dbg !29
  store ptr %163, ptr %5, align 8, !dbg !29
  %164 = extractvalue { ptr, i32 } %162, 1, !dbg !29
  store i32 %164, ptr %6, align 4, !dbg !29
  call void @_ZNSaIiED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %19) #15, !dbg !55
  br label %320, !dbg !55

165:                                              ; preds = %146, %144, %134, %132, %129, %113
  %166 = landingpad { ptr, i32 }
          cleanup, !dbg !29
  %167 = extractvalue { ptr, i32 } %166, 0, !dbg !29
  store ptr %167, ptr %5, align 8, !dbg !29
  %168 = extractvalue { ptr, i32 } %166, 1, !dbg !29
  store i32 %168, ptr %6, align 4, !dbg !29
  br label %319, !dbg !29

169:                                              ; preds = %148
  %170 = landingpad { ptr, i32 }
          cleanup, !dbg !29
  %171 = extractvalue { ptr, i32 } %170, 0, !dbg !29
  store ptr %171, ptr %5, align 8, !dbg !29
  %172 = extractvalue { ptr, i32 } %170, 1, !dbg !29
  store i32 %172, ptr %6, align 4, !dbg !29
  call void @_ZNSaIcED1Ev(ptr noundef nonnull align 1 dereferenceable(1) %29) #15, !dbg !69
  br label %318, !dbg !69

173:                                              ; preds = %159, %154
  %174 = load i64, ptr %30, align 8, !dbg !83
  %175 = load i64, ptr %31, align 8, !dbg !84
  %176 = load i64, ptr %30, align 8, !dbg !85
  %177 = sub i64 %175, %176, !dbg !86
  invoke void @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE6substrEmm(ptr dead_on_unwind writable sret(%"class.std::__cxx11::basic_string") align 8 %32, ptr noundef nonnull align 8 dereferenceable(32) %28, i64 noundef %174, i64 noundef %177)
          to label %178 unwind label %185, !dbg !87

178:                                              ; preds = %173
  %179 = invoke noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEEixEOS5_(ptr noundef nonnull align 8 dereferenceable(48) %27, ptr noundef nonnull align 8 dereferenceable(32) %32)
          to label %180 unwind label %189, !dbg !88

180:                                              ; preds = %178
  %181 = load i32, ptr %179, align 4, !dbg !89
  %182 = add nsw i32 %181, 1, !dbg !89
  store i32 %182, ptr %179, align 4, !dbg !89
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(32) %32) #15, !dbg !88
  %183 = load i64, ptr %31, align 8, !dbg !90
  %184 = add i64 %183, 1, !dbg !91
  store i64 %184, ptr %30, align 8, !dbg !92
  br label %150, !dbg !71, !llvm.loop !93

185:                                              ; preds = %214, %202, %173
  %186 = landingpad { ptr, i32 }
          cleanup, !dbg !29
  %187 = extractvalue { ptr, i32 } %186, 0, !dbg !29
  store ptr %187, ptr %5, align 8, !dbg !29
  %188 = extractvalue { ptr, i32 } %186, 1, !dbg !29
  store i32 %188, ptr %6, align 4, !dbg !29
  br label %317, !dbg !29

189:                                              ; preds = %178
  %190 = landingpad { ptr, i32 }
          cleanup, !dbg !29
  %191 = extractvalue { ptr, i32 } %190, 0, !dbg !29
  store ptr %191, ptr %5, align 8, !dbg !29
  %192 = extractvalue { ptr, i32 } %190, 1, !dbg !29
  store i32 %192, ptr %6, align 4, !dbg !29
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(32) %32) #15, !dbg !88
  br label %317, !dbg !88

193:                                              ; preds = %150
  store ptr %27, ptr %33, align 8, !dbg !95
  %194 = load ptr, ptr %33, align 8, !dbg !96, !nonnull !12, !align !36
  %195 = call ptr @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEE5beginEv(ptr noundef nonnull align 8 dereferenceable(48) %194) #15, !dbg !96
  %196 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %34, i32 0, i32 0, !dbg !96
  store ptr %195, ptr %196, align 8, !dbg !96
  %197 = load ptr, ptr %33, align 8, !dbg !96, !nonnull !12, !align !36
  %198 = call ptr @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEE3endEv(ptr noundef nonnull align 8 dereferenceable(48) %197) #15, !dbg !96
  %199 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %35, i32 0, i32 0, !dbg !96
  store ptr %198, ptr %199, align 8, !dbg !96
  br label %200, !dbg !96

200:                                              ; preds = %212, %193
  %201 = call noundef zeroext i1 @_ZStneRKSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEESB_(ptr noundef nonnull align 8 dereferenceable(8) %34, ptr noundef nonnull align 8 dereferenceable(8) %35) #15, !dbg !96
  br i1 %201, label %202, label %214, !dbg !96

202:                                              ; preds = %200
  %203 = call noundef nonnull align 8 dereferenceable(36) ptr @_ZNKSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %34) #15, !dbg !96
  store ptr %203, ptr %36, align 8, !dbg !97
  %204 = load ptr, ptr %36, align 8, !dbg !98, !nonnull !12, !align !36
  %205 = getelementptr inbounds nuw %"struct.std::pair", ptr %204, i32 0, i32 0, !dbg !99
  %206 = call noundef ptr @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE5c_strEv(ptr noundef nonnull align 8 dereferenceable(32) %205) #15, !dbg !100
  %207 = load ptr, ptr %36, align 8, !dbg !101, !nonnull !12, !align !36
  %208 = getelementptr inbounds nuw %"struct.std::pair", ptr %207, i32 0, i32 1, !dbg !102
  %209 = load i32, ptr %208, align 8, !dbg !102
  %210 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.3, ptr noundef %206, i32 noundef %209)
          to label %211 unwind label %185, !dbg !103

211:                                              ; preds = %202
  br label %212, !dbg !104

212:                                              ; preds = %211
  %213 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %34) #15, !dbg !96
  br label %200, !dbg !96, !llvm.loop !105

214:                                              ; preds = %200
  %215 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.4)
          to label %216 unwind label %185, !dbg !107

216:                                              ; preds = %214
  %217 = getelementptr inbounds nuw %class.anon.8, ptr %38, i32 0, i32 0, !dbg !108
  store ptr %37, ptr %217, align 8, !dbg !108
  call void @"_ZNSt8functionIFliEEC2IZ4mainE3$_0vEEOT_"(ptr noundef nonnull align 8 dereferenceable(32) %37, ptr noundef nonnull align 8 dereferenceable(8) %38) #15, !dbg !108
  %218 = invoke noundef i64 @_ZNKSt8functionIFliEEclEi(ptr noundef nonnull align 8 dereferenceable(32) %37, i32 noundef 20)
          to label %219 unwind label %249, !dbg !109

219:                                              ; preds = %216
  %220 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %218)
          to label %221 unwind label %249, !dbg !110

221:                                              ; preds = %219
  call void @_ZNSaIdEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %41) #15, !dbg !111
  invoke void @_ZNSt6vectorIdSaIdEEC2EmRKS0_(ptr noundef nonnull align 8 dereferenceable(24) %40, i64 noundef 4, ptr noundef nonnull align 1 dereferenceable(1) %41)
          to label %222 unwind label %253, !dbg !111

222:                                              ; preds = %221
  call void @_ZNSaISt6vectorIdSaIdEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %42) #15, !dbg !112
  invoke void @_ZNSt6vectorIS_IdSaIdEESaIS1_EEC2EmRKS1_RKS2_(ptr noundef nonnull align 8 dereferenceable(24) %39, i64 noundef 5, ptr noundef nonnull align 8 dereferenceable(24) %40, ptr noundef nonnull align 1 dereferenceable(1) %42)
          to label %223 unwind label %257, !dbg !112

223:                                              ; preds = %222
  call void @_ZNSaISt6vectorIdSaIdEEED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %42) #15, !dbg !112
  call void @_ZNSt6vectorIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %40) #15, !dbg !112
  call void @_ZNSaIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %41) #15, !dbg !112
  store i64 0, ptr %43, align 8, !dbg !113
  br label %224, !dbg !114

224:                                              ; preds = %263, %223
  %225 = load i64, ptr %43, align 8, !dbg !115
  %226 = call noundef i64 @_ZNKSt6vectorIS_IdSaIdEESaIS1_EE4sizeEv(ptr noundef nonnull align 8 dereferenceable(24) %39) #15, !dbg !116
  %227 = icmp ult i64 %225, %226, !dbg !117
  br i1 %227, label %228, label %266, !dbg !118

228:                                              ; preds = %224
  store i64 0, ptr %44, align 8, !dbg !119
  br label %229, !dbg !120

229:                                              ; preds = %246, %228
  %230 = load i64, ptr %44, align 8, !dbg !121
  %231 = load i64, ptr %43, align 8, !dbg !122
  %232 = call noundef nonnull align 8 dereferenceable(24) ptr @_ZNSt6vectorIS_IdSaIdEESaIS1_EEixEm(ptr noundef nonnull align 8 dereferenceable(24) %39, i64 noundef %231) #15, !dbg !123
  %233 = call noundef i64 @_ZNKSt6vectorIdSaIdEE4sizeEv(ptr noundef nonnull align 8 dereferenceable(24) %232) #15, !dbg !124
  %234 = icmp ult i64 %230, %233, !dbg !125
  br i1 %234, label %235, label %262, !dbg !126

235:                                              ; preds = %229
  %236 = load i64, ptr %43, align 8, !dbg !127
  %237 = uitofp i64 %236 to double, !dbg !127
  %238 = load i64, ptr %44, align 8, !dbg !128
  %239 = add i64 %238, 1, !dbg !129
  %240 = uitofp i64 %239 to double, !dbg !130
  %241 = fdiv double %237, %240, !dbg !131
  %242 = load i64, ptr %43, align 8, !dbg !132
  %243 = call noundef nonnull align 8 dereferenceable(24) ptr @_ZNSt6vectorIS_IdSaIdEESaIS1_EEixEm(ptr noundef nonnull align 8 dereferenceable(24) %39, i64 noundef %242) #15, !dbg !133
  %244 = load i64, ptr %44, align 8, !dbg !134
  %245 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt6vectorIdSaIdEEixEm(ptr noundef nonnull align 8 dereferenceable(24) %243, i64 noundef %244) #15, !dbg !133
  store double %241, ptr %245, align 8, !dbg !135
  br label %246, !dbg !133

246:                                              ; preds = %235
  %247 = load i64, ptr %44, align 8, !dbg !136
  %248 = add i64 %247, 1, !dbg !136
  store i64 %248, ptr %44, align 8, !dbg !136
  br label %229, !dbg !126, !llvm.loop !137

249:                                              ; preds = %219, %216
  %250 = landingpad { ptr, i32 }
          cleanup, !dbg !29
  %251 = extractvalue { ptr, i32 } %250, 0, !dbg !29
  store ptr %251, ptr %5, align 8, !dbg !29
  %252 = extractvalue { ptr, i32 } %250, 1, !dbg !29
  store i32 %252, ptr %6, align 4, !dbg !29
  br label %316, !dbg !29

253:                                              ; preds = %221
  %254 = landingpad { ptr, i32 }
          cleanup, !dbg !29
  %255 = extractvalue { ptr, i32 } %254, 0, !dbg !29
  store ptr %255, ptr %5, align 8, !dbg !29
  %256 = extractvalue { ptr, i32 } %254, 1, !dbg !29
  store i32 %256, ptr %6, align 4, !dbg !29
  br label %261, !dbg !29

257:                                              ; preds = %222
  %258 = landingpad { ptr, i32 }
          cleanup, !dbg !29
  %259 = extractvalue { ptr, i32 } %258, 0, !dbg !29
  store ptr %259, ptr %5, align 8, !dbg !29
  %260 = extractvalue { ptr, i32 } %258, 1, !dbg !29
  store i32 %260, ptr %6, align 4, !dbg !29
  call void @_ZNSaISt6vectorIdSaIdEEED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %42) #15, !dbg !112
  call void @_ZNSt6vectorIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %40) #15, !dbg !112
  br label %261, !dbg !112

261:                                              ; preds = %257, %253
  call void @_ZNSaIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %41) #15, !dbg !112
  br label %316, !dbg !112

262:                                              ; preds = %229
  br label %263, !dbg !138

263:                                              ; preds = %262
  %264 = load i64, ptr %43, align 8, !dbg !139
  %265 = add i64 %264, 1, !dbg !139
  store i64 %265, ptr %43, align 8, !dbg !139
  br label %224, !dbg !118, !llvm.loop !140

266:                                              ; preds = %224
  store double 0.000000e+00, ptr %45, align 8, !dbg !141
  store ptr %39, ptr %46, align 8, !dbg !142
  %267 = load ptr, ptr %46, align 8, !dbg !143, !nonnull !12, !align !36
  %268 = call ptr @_ZNSt6vectorIS_IdSaIdEESaIS1_EE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %267) #15, !dbg !143
  %269 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.19", ptr %47, i32 0, i32 0, !dbg !143
  store ptr %268, ptr %269, align 8, !dbg !143
  %270 = load ptr, ptr %46, align 8, !dbg !143, !nonnull !12, !align !36
  %271 = call ptr @_ZNSt6vectorIS_IdSaIdEESaIS1_EE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %270) #15, !dbg !143
  %272 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.19", ptr %48, i32 0, i32 0, !dbg !143
  store ptr %271, ptr %272, align 8, !dbg !143
  br label %273, !dbg !143

273:                                              ; preds = %291, %266
  %274 = call noundef zeroext i1 @_ZN9__gnu_cxxneIPSt6vectorIdSaIdEES1_IS3_SaIS3_EEEEbRKNS_17__normal_iteratorIT_T0_EESC_(ptr noundef nonnull align 8 dereferenceable(8) %47, ptr noundef nonnull align 8 dereferenceable(8) %48) #15, !dbg !143
  br i1 %274, label %275, label %297, !dbg !143

275:                                              ; preds = %273
  %276 = call noundef nonnull align 8 dereferenceable(24) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPSt6vectorIdSaIdEES1_IS3_SaIS3_EEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %47) #15, !dbg !143
  store ptr %276, ptr %49, align 8, !dbg !144
  %277 = load ptr, ptr %49, align 8, !dbg !145, !nonnull !12, !align !36
  %278 = call ptr @_ZNSt6vectorIdSaIdEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %277) #15, !dbg !146
  %279 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.20", ptr %50, i32 0, i32 0, !dbg !146
  store ptr %278, ptr %279, align 8, !dbg !146
  %280 = load ptr, ptr %49, align 8, !dbg !147, !nonnull !12, !align !36
  %281 = call ptr @_ZNSt6vectorIdSaIdEE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %280) #15, !dbg !148
  %282 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.20", ptr %51, i32 0, i32 0, !dbg !148
  store ptr %281, ptr %282, align 8, !dbg !148
  %283 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.20", ptr %50, i32 0, i32 0, !dbg !149
  %284 = load ptr, ptr %283, align 8, !dbg !149
  %285 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.20", ptr %51, i32 0, i32 0, !dbg !149
  %286 = load ptr, ptr %285, align 8, !dbg !149
  %287 = invoke noundef double @_ZSt10accumulateIN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEEdET0_T_S8_S7_(ptr %284, ptr %286, double noundef 0.000000e+00)
          to label %288 unwind label %293, !dbg !149

288:                                              ; preds = %275
  %289 = load double, ptr %45, align 8, !dbg !150
  %290 = fadd double %289, %287, !dbg !150
  store double %290, ptr %45, align 8, !dbg !150
  br label %291, !dbg !151

291:                                              ; preds = %288
  %292 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPSt6vectorIdSaIdEES1_IS3_SaIS3_EEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %47) #15, !dbg !143
  br label %273, !dbg !143, !llvm.loop !152

293:                                              ; preds = %307, %297, %275
  %294 = landingpad { ptr, i32 }
          cleanup, !dbg !29
  %295 = extractvalue { ptr, i32 } %294, 0, !dbg !29
  store ptr %295, ptr %5, align 8, !dbg !29
  %296 = extractvalue { ptr, i32 } %294, 1, !dbg !29
  store i32 %296, ptr %6, align 4, !dbg !29
  call void @_ZNSt6vectorIS_IdSaIdEESaIS1_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %39) #15, !dbg !29
  br label %316, !dbg !29

297:                                              ; preds = %273
  %298 = call ptr @_ZNSt6vectorIiSaIiEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %2) #15, !dbg !154
  %299 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %53, i32 0, i32 0, !dbg !154
  store ptr %298, ptr %299, align 8, !dbg !154
  %300 = call ptr @_ZNSt6vectorIiSaIiEE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %2) #15, !dbg !155
  %301 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %54, i32 0, i32 0, !dbg !155
  store ptr %300, ptr %301, align 8, !dbg !155
  %302 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %53, i32 0, i32 0, !dbg !156
  %303 = load ptr, ptr %302, align 8, !dbg !156
  %304 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %54, i32 0, i32 0, !dbg !156
  %305 = load ptr, ptr %304, align 8, !dbg !156
  %306 = invoke ptr @"_ZSt7find_ifIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEZ4mainE3$_4ET_S8_S8_T0_"(ptr %303, ptr %305)
          to label %307 unwind label %293, !dbg !156

307:                                              ; preds = %297
  %308 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %52, i32 0, i32 0, !dbg !156
  store ptr %306, ptr %308, align 8, !dbg !156
  %309 = load double, ptr %45, align 8, !dbg !157
  %310 = call ptr @_ZNSt6vectorIiSaIiEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %2) #15, !dbg !158
  %311 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %56, i32 0, i32 0, !dbg !158
  store ptr %310, ptr %311, align 8, !dbg !158
  %312 = call noundef i64 @_ZN9__gnu_cxxmiIPiSt6vectorIiSaIiEEEENS_17__normal_iteratorIT_T0_E15difference_typeERKS8_SB_(ptr noundef nonnull align 8 dereferenceable(8) %52, ptr noundef nonnull align 8 dereferenceable(8) %56) #15, !dbg !159
  %313 = invoke i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %309, i64 noundef %312)
          to label %314 unwind label %293, !dbg !160

314:                                              ; preds = %307
  store i32 0, ptr %1, align 4, !dbg !161
  call void @_ZNSt6vectorIS_IdSaIdEESaIS1_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %39) #15, !dbg !29
  call void @_ZNSt8functionIFliEED2Ev(ptr noundef nonnull align 8 dereferenceable(32) %37) #15, !dbg !29
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(32) %28) #15, !dbg !29
  call void @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %27) #15, !dbg !29
  call void @_ZNSt6vectorIiSaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %18) #15, !dbg !29
  call void @_ZNSt6vectorIiSaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %2) #15, !dbg !29
  %315 = load i32, ptr %1, align 4, !dbg !29
  ret i32 %315, !dbg !29

316:                                              ; preds = %293, %261, %249
  call void @_ZNSt8functionIFliEED2Ev(ptr noundef nonnull align 8 dereferenceable(32) %37) #15, !dbg !29
  br label %317, !dbg !29

317:                                              ; preds = %316, %189, %185
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(32) %28) #15, !dbg !29
  br label %318, !dbg !29

318:                                              ; preds = %317, %169
  call void @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %27) #15, !dbg !29
  br label %319, !dbg !29

319:                                              ; preds = %318, %165
  call void @_ZNSt6vectorIiSaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %18) #15, !dbg !29
  br label %320, !dbg !29

320:                                              ; preds = %319, %161, %68
  call void @_ZNSt6vectorIiSaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %2) #15, !dbg !29
  br label %321, !dbg !29

321:                                              ; preds = %320
  %322 = load ptr, ptr %5, align 8, !dbg !29
  %323 = load i32, ptr %6, align 4, !dbg !29
  %324 = insertvalue { ptr, i32 } poison, ptr %322, 0, !dbg !29
  %325 = insertvalue { ptr, i32 } %324, i32 %323, 1, !dbg !29
  resume { ptr, i32 } %325, !dbg !29
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt6vectorIiSaIiEEC2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #1 comdat align 2 !dbg !162 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt12_Vector_baseIiSaIiEEC2Ev(ptr noundef nonnull align 8 dereferenceable(24) %3) #15, !dbg !164
  ret void, !dbg !165
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt6vectorIiSaIiEE9push_backEOi(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) #2 comdat align 2 !dbg !166 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !167, !nonnull !12, !align !168
  %7 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt6vectorIiSaIiEE12emplace_backIJiEEERiDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %5, ptr noundef nonnull align 4 dereferenceable(4) %6), !dbg !169
  ret void, !dbg !170
}

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal void @"_ZSt4sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEZ4mainE3$_1EvT_S8_T0_"(ptr %0, ptr %1) #2 !dbg !171 {
  %3 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca %class.anon, align 1
  %6 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %7 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %8 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %9 = alloca %class.anon, align 1
  %10 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %11 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0
  store ptr %0, ptr %11, align 8
  %12 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %1, ptr %12, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 8 %3, i64 8, i1 false), !dbg !173
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %4, i64 8, i1 false), !dbg !174
  call void @"_ZN9__gnu_cxx5__ops16__iter_comp_iterIZ4mainE3$_1EENS0_15_Iter_comp_iterIT_EES4_"(), !dbg !175
  %13 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %6, i32 0, i32 0, !dbg !176
  %14 = load ptr, ptr %13, align 8, !dbg !176
  %15 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0, !dbg !176
  %16 = load ptr, ptr %15, align 8, !dbg !176
  call void @"_ZSt6__sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_T0_"(ptr %14, ptr %16), !dbg !176
  ret void, !dbg !177
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr ptr @_ZNSt6vectorIiSaIiEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !178 {
  %2 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %4, i32 0, i32 0, !dbg !179
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %5, i32 0, i32 0, !dbg !180
  call void @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEC2ERKS1_(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !181
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %2, i32 0, i32 0, !dbg !182
  %8 = load ptr, ptr %7, align 8, !dbg !182
  ret ptr %8, !dbg !182
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr ptr @_ZNSt6vectorIiSaIiEE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !183 {
  %2 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %4, i32 0, i32 0, !dbg !184
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %5, i32 0, i32 1, !dbg !185
  call void @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEC2ERKS1_(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !186
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %2, i32 0, i32 0, !dbg !187
  %8 = load ptr, ptr %7, align 8, !dbg !187
  ret ptr %8, !dbg !187
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef zeroext i1 @_ZN9__gnu_cxxneIPiSt6vectorIiSaIiEEEEbRKNS_17__normal_iteratorIT_T0_EESA_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #1 comdat !dbg !188 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !190, !nonnull !12, !align !36
  %6 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !191
  %7 = load ptr, ptr %6, align 8, !dbg !191
  %8 = load ptr, ptr %4, align 8, !dbg !192, !nonnull !12, !align !36
  %9 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %8) #15, !dbg !193
  %10 = load ptr, ptr %9, align 8, !dbg !193
  %11 = icmp ne ptr %7, %10, !dbg !194
  ret i1 %11, !dbg !195
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat align 2 !dbg !196 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !197
  %5 = load ptr, ptr %4, align 8, !dbg !197
  ret ptr %5, !dbg !198
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat align 2 !dbg !199 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !200
  %5 = load ptr, ptr %4, align 8, !dbg !201
  %6 = getelementptr inbounds nuw i32, ptr %5, i32 1, !dbg !201
  store ptr %6, ptr %4, align 8, !dbg !201
  ret ptr %3, !dbg !202
}

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt6vectorIiSaIiEE5frontEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !203 {
  %2 = alloca ptr, align 8
  %3 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  %5 = call ptr @_ZNSt6vectorIiSaIiEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %4) #15, !dbg !204
  %6 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !204
  store ptr %5, ptr %6, align 8, !dbg !204
  %7 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %3) #15, !dbg !205
  ret ptr %7, !dbg !206
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt6vectorIiSaIiEE4backEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !207 {
  %2 = alloca ptr, align 8
  %3 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  store ptr %0, ptr %2, align 8
  %5 = load ptr, ptr %2, align 8
  %6 = call ptr @_ZNSt6vectorIiSaIiEE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %5) #15, !dbg !208
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0, !dbg !208
  store ptr %6, ptr %7, align 8, !dbg !208
  %8 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEmiEl(ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 1) #15, !dbg !209
  %9 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !209
  store ptr %8, ptr %9, align 8, !dbg !209
  %10 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %3) #15, !dbg !210
  ret ptr %10, !dbg !211
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZNKSt6vectorIiSaIiEE4sizeEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !212 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !213
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %4, i32 0, i32 1, !dbg !214
  %6 = load ptr, ptr %5, align 8, !dbg !214
  %7 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !215
  %8 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %7, i32 0, i32 0, !dbg !216
  %9 = load ptr, ptr %8, align 8, !dbg !216
  %10 = ptrtoint ptr %6 to i64, !dbg !217
  %11 = ptrtoint ptr %9 to i64, !dbg !217
  %12 = sub i64 %10, %11, !dbg !217
  %13 = sdiv exact i64 %12, 4, !dbg !217
  ret i64 %13, !dbg !218
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSaIiEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !219 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt15__new_allocatorIiEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !221
  ret void, !dbg !222
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt6vectorIiSaIiEEC2EmRKS0_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !223 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %9 = load ptr, ptr %4, align 8
  %10 = load i64, ptr %5, align 8, !dbg !224
  %11 = load ptr, ptr %6, align 8, !dbg !225, !nonnull !12
  %12 = call noundef i64 @_ZNSt6vectorIiSaIiEE17_S_check_init_lenEmRKS0_(i64 noundef %10, ptr noundef nonnull align 1 dereferenceable(1) %11), !dbg !226
  %13 = load ptr, ptr %6, align 8, !dbg !227, !nonnull !12
  call void @_ZNSt12_Vector_baseIiSaIiEEC2EmRKS0_(ptr noundef nonnull align 8 dereferenceable(24) %9, i64 noundef %12, ptr noundef nonnull align 1 dereferenceable(1) %13), !dbg !228
  %14 = load i64, ptr %5, align 8, !dbg !229
  invoke void @_ZNSt6vectorIiSaIiEE21_M_default_initializeEm(ptr noundef nonnull align 8 dereferenceable(24) %9, i64 noundef %14)
          to label %15 unwind label %16, !dbg !230

15:                                               ; preds = %3
  ret void, !dbg !231

16:                                               ; preds = %3
  %17 = landingpad { ptr, i32 }
          cleanup, !dbg !231
  %18 = extractvalue { ptr, i32 } %17, 0, !dbg !231
  store ptr %18, ptr %7, align 8, !dbg !231
  %19 = extractvalue { ptr, i32 } %17, 1, !dbg !231
  store i32 %19, ptr %8, align 4, !dbg !231
  call void @_ZNSt12_Vector_baseIiSaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %9) #15, !dbg !231
  br label %20, !dbg !231

20:                                               ; preds = %16
  %21 = load ptr, ptr %7, align 8, !dbg !231
  %22 = load i32, ptr %8, align 4, !dbg !231
  %23 = insertvalue { ptr, i32 } poison, ptr %21, 0, !dbg !231
  %24 = insertvalue { ptr, i32 } %23, i32 %22, 1, !dbg !231
  resume { ptr, i32 } %24, !dbg !231
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSaIiED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !232 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt15__new_allocatorIiED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !233
  ret void, !dbg !233
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal ptr @"_ZSt9transformIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES6_Z4mainE3$_2ET0_T_S9_S8_T1_"(ptr %0, ptr %1, ptr %2, i32 %3) #2 !dbg !234 {
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %6 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %7 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %8 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %9 = alloca %class.anon.0, align 4
  %10 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %6, i32 0, i32 0
  store ptr %0, ptr %10, align 8
  %11 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0
  store ptr %1, ptr %11, align 8
  %12 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %8, i32 0, i32 0
  store ptr %2, ptr %12, align 8
  %13 = getelementptr inbounds nuw %class.anon.0, ptr %9, i32 0, i32 0
  store i32 %3, ptr %13, align 4
  br label %14, !dbg !235

14:                                               ; preds = %21, %4
  %15 = call noundef zeroext i1 @_ZN9__gnu_cxxneIPiSt6vectorIiSaIiEEEEbRKNS_17__normal_iteratorIT_T0_EESA_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef nonnull align 8 dereferenceable(8) %7) #15, !dbg !236
  br i1 %15, label %16, label %24, !dbg !235

16:                                               ; preds = %14
  %17 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !237
  %18 = load i32, ptr %17, align 4, !dbg !237
  %19 = call noundef i32 @"_ZZ4mainENK3$_2clEi"(ptr noundef nonnull align 4 dereferenceable(4) %9, i32 noundef %18), !dbg !238
  %20 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %8) #15, !dbg !239
  store i32 %19, ptr %20, align 4, !dbg !240
  br label %21, !dbg !239

21:                                               ; preds = %16
  %22 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !241
  %23 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %8) #15, !dbg !242
  br label %14, !dbg !235, !llvm.loop !243

24:                                               ; preds = %14
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %8, i64 8, i1 false), !dbg !245
  %25 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0, !dbg !246
  %26 = load ptr, ptr %25, align 8, !dbg !246
  ret ptr %26, !dbg !246
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal noundef i32 @"_ZZ4mainEN3$_3clEv"(ptr noundef nonnull align 4 dereferenceable(4) %0) #1 align 2 !dbg !247 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %class.anon.1, ptr %3, i32 0, i32 0, !dbg !248
  %5 = load i32, ptr %4, align 4, !dbg !249
  %6 = add nsw i32 %5, 1, !dbg !249
  store i32 %6, ptr %4, align 4, !dbg !249
  ret i32 %6, !dbg !250
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZSt10accumulateIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEExET0_T_S8_S7_(ptr %0, ptr %1, i64 noundef %2) #1 comdat !dbg !251 {
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %6 = alloca i64, align 8
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %0, ptr %7, align 8
  %8 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0
  store ptr %1, ptr %8, align 8
  store i64 %2, ptr %6, align 8
  br label %9, !dbg !253

9:                                                ; preds = %17, %3
  %10 = call noundef zeroext i1 @_ZN9__gnu_cxxneIPiSt6vectorIiSaIiEEEEbRKNS_17__normal_iteratorIT_T0_EESA_(ptr noundef nonnull align 8 dereferenceable(8) %4, ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !254
  br i1 %10, label %11, label %19, !dbg !253

11:                                               ; preds = %9
  %12 = load i64, ptr %6, align 8, !dbg !255
  %13 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !256
  %14 = load i32, ptr %13, align 4, !dbg !256
  %15 = sext i32 %14 to i64, !dbg !256
  %16 = add nsw i64 %12, %15, !dbg !257
  store i64 %16, ptr %6, align 8, !dbg !258
  br label %17, !dbg !259

17:                                               ; preds = %11
  %18 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !260
  br label %9, !dbg !253, !llvm.loop !261

19:                                               ; preds = %9
  %20 = load i64, ptr %6, align 8, !dbg !263
  ret i64 %20, !dbg !264
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEEC2Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #1 comdat align 2 !dbg !265 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::map", ptr %3, i32 0, i32 0, !dbg !267
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EEC2Ev(ptr noundef nonnull align 8 dereferenceable(48) %4) #15, !dbg !267
  ret void, !dbg !268
}

; Function Attrs: nounwind
declare void @_ZNSaIcEC1Ev(ptr noundef nonnull align 1 dereferenceable(1)) unnamed_addr #5

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC2IS3_EEPKcRKS3_(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !269 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca %"struct.std::forward_iterator_tag", align 1
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %11 = load ptr, ptr %4, align 8
  %12 = getelementptr inbounds nuw %"class.std::__cxx11::basic_string", ptr %11, i32 0, i32 0, !dbg !271
  %13 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_M_local_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %11), !dbg !272
  %14 = load ptr, ptr %6, align 8, !dbg !273, !nonnull !12
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderC1EPcRKS3_(ptr noundef nonnull align 8 dereferenceable(8) %12, ptr noundef %13, ptr noundef nonnull align 1 dereferenceable(1) %14), !dbg !271
  %15 = load ptr, ptr %5, align 8, !dbg !274
  %16 = icmp eq ptr %15, null, !dbg !275
  br i1 %16, label %17, label %23, !dbg !275

17:                                               ; preds = %3
  invoke void @_ZSt19__throw_logic_errorPKc(ptr noundef @.str.9) #16
          to label %18 unwind label %19, !dbg !276

18:                                               ; preds = %17
  unreachable, !dbg !276

19:                                               ; preds = %27, %23, %17
  %20 = landingpad { ptr, i32 }
          cleanup, !dbg !277
  %21 = extractvalue { ptr, i32 } %20, 0, !dbg !277
  store ptr %21, ptr %7, align 8, !dbg !277
  %22 = extractvalue { ptr, i32 } %20, 1, !dbg !277
  store i32 %22, ptr %8, align 4, !dbg !277
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %12) #15, !dbg !277
  br label %32, !dbg !277

23:                                               ; preds = %3
  %24 = load ptr, ptr %5, align 8, !dbg !278
  %25 = load ptr, ptr %5, align 8, !dbg !279
  %26 = invoke noundef i64 @_ZNSt11char_traitsIcE6lengthEPKc(ptr noundef %25)
          to label %27 unwind label %19, !dbg !280

27:                                               ; preds = %23
  %28 = getelementptr inbounds nuw i8, ptr %24, i64 %26, !dbg !281
  store ptr %28, ptr %9, align 8, !dbg !282
  %29 = load ptr, ptr %5, align 8, !dbg !283
  %30 = load ptr, ptr %9, align 8, !dbg !284
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructIPKcEEvT_S8_St20forward_iterator_tag(ptr noundef nonnull align 8 dereferenceable(32) %11, ptr noundef %29, ptr noundef %30)
          to label %31 unwind label %19, !dbg !285

31:                                               ; preds = %27
  ret void, !dbg !277

32:                                               ; preds = %19
  %33 = load ptr, ptr %7, align 8, !dbg !277
  %34 = load i32, ptr %8, align 4, !dbg !277
  %35 = insertvalue { ptr, i32 } poison, ptr %33, 0, !dbg !277
  %36 = insertvalue { ptr, i32 } %35, i32 %34, 1, !dbg !277
  resume { ptr, i32 } %36, !dbg !277
}

; Function Attrs: nounwind
declare void @_ZNSaIcED1Ev(ptr noundef nonnull align 1 dereferenceable(1)) unnamed_addr #5

; Function Attrs: nounwind
declare noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4sizeEv(ptr noundef nonnull align 8 dereferenceable(32)) #5

; Function Attrs: nounwind
declare noundef i64 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE4findEcm(ptr noundef nonnull align 8 dereferenceable(32), i8 noundef signext, i64 noundef) #5

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEEixEOS5_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) #2 comdat align 2 !dbg !286 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %6 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %7 = alloca %"struct.std::less", align 1
  %8 = alloca %"struct.std::less", align 1
  %9 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %10 = alloca %"struct.std::_Rb_tree_const_iterator", align 8
  %11 = alloca %"class.std::tuple", align 8
  %12 = alloca %"class.std::tuple.23", align 1
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %13 = load ptr, ptr %3, align 8
  %14 = load ptr, ptr %4, align 8, !dbg !287, !nonnull !12, !align !36
  %15 = call ptr @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEE11lower_boundERS9_(ptr noundef nonnull align 8 dereferenceable(48) %13, ptr noundef nonnull align 8 dereferenceable(32) %14), !dbg !288
  %16 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %5, i32 0, i32 0, !dbg !288
  store ptr %15, ptr %16, align 8, !dbg !288
  %17 = call ptr @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEE3endEv(ptr noundef nonnull align 8 dereferenceable(48) %13) #15, !dbg !289
  %18 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %6, i32 0, i32 0, !dbg !289
  store ptr %17, ptr %18, align 8, !dbg !289
  %19 = call noundef zeroext i1 @_ZSteqRKSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEESB_(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !290
  br i1 %19, label %25, label %20, !dbg !291

20:                                               ; preds = %2
  call void @_ZNKSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEE8key_compEv(ptr noundef nonnull align 8 dereferenceable(48) %13), !dbg !292
  %21 = load ptr, ptr %4, align 8, !dbg !293, !nonnull !12, !align !36
  %22 = call noundef nonnull align 8 dereferenceable(36) ptr @_ZNKSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !294
  %23 = getelementptr inbounds nuw %"struct.std::pair", ptr %22, i32 0, i32 0, !dbg !295
  %24 = call noundef zeroext i1 @_ZNKSt4lessINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEclERKS5_S8_(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr noundef nonnull align 8 dereferenceable(32) %21, ptr noundef nonnull align 8 dereferenceable(32) %23), !dbg !292
  br label %25, !dbg !291

25:                                               ; preds = %20, %2
  %26 = phi i1 [ true, %2 ], [ %24, %20 ]
  br i1 %26, label %27, label %34, !dbg !296

27:                                               ; preds = %25
  %28 = getelementptr inbounds nuw %"class.std::map", ptr %13, i32 0, i32 0, !dbg !297
  call void @_ZNSt23_Rb_tree_const_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEC2ERKSt17_Rb_tree_iteratorIS8_E(ptr noundef nonnull align 8 dereferenceable(8) %10, ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !298
  %29 = load ptr, ptr %4, align 8, !dbg !299, !nonnull !12, !align !36
  call void @_ZSt16forward_as_tupleIJNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESt5tupleIJDpOT_EES9_(ptr dead_on_unwind writable sret(%"class.std::tuple") align 8 %11, ptr noundef nonnull align 8 dereferenceable(32) %29) #15, !dbg !300
  %30 = getelementptr inbounds nuw %"struct.std::_Rb_tree_const_iterator", ptr %10, i32 0, i32 0, !dbg !301
  %31 = load ptr, ptr %30, align 8, !dbg !301
  %32 = call ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE22_M_emplace_hint_uniqueIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEESt17_Rb_tree_iteratorIS8_ESt23_Rb_tree_const_iteratorIS8_EDpOT_(ptr noundef nonnull align 8 dereferenceable(48) %28, ptr %31, ptr noundef nonnull align 1 dereferenceable(1) @_ZSt19piecewise_construct, ptr noundef nonnull align 8 dereferenceable(8) %11, ptr noundef nonnull align 1 dereferenceable(1) %12), !dbg !301
  %33 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %9, i32 0, i32 0, !dbg !301
  store ptr %32, ptr %33, align 8, !dbg !301
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %9, i64 8, i1 false), !dbg !302
  br label %34, !dbg !303

34:                                               ; preds = %27, %25
  %35 = call noundef nonnull align 8 dereferenceable(36) ptr @_ZNKSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !304
  %36 = getelementptr inbounds nuw %"struct.std::pair", ptr %35, i32 0, i32 1, !dbg !305
  ret ptr %36, !dbg !306
}

declare void @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE6substrEmm(ptr dead_on_unwind writable sret(%"class.std::__cxx11::basic_string") align 8, ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i64 noundef) #3

; Function Attrs: nounwind
declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(32)) unnamed_addr #5

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr ptr @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEE5beginEv(ptr noundef nonnull align 8 dereferenceable(48) %0) #1 comdat align 2 !dbg !307 {
  %2 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds nuw %"class.std::map", ptr %4, i32 0, i32 0, !dbg !308
  %6 = call ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE5beginEv(ptr noundef nonnull align 8 dereferenceable(48) %5) #15, !dbg !309
  %7 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %2, i32 0, i32 0, !dbg !309
  store ptr %6, ptr %7, align 8, !dbg !309
  %8 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %2, i32 0, i32 0, !dbg !310
  %9 = load ptr, ptr %8, align 8, !dbg !310
  ret ptr %9, !dbg !310
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr ptr @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEE3endEv(ptr noundef nonnull align 8 dereferenceable(48) %0) #1 comdat align 2 !dbg !311 {
  %2 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds nuw %"class.std::map", ptr %4, i32 0, i32 0, !dbg !312
  %6 = call ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE3endEv(ptr noundef nonnull align 8 dereferenceable(48) %5) #15, !dbg !313
  %7 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %2, i32 0, i32 0, !dbg !313
  store ptr %6, ptr %7, align 8, !dbg !313
  %8 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %2, i32 0, i32 0, !dbg !314
  %9 = load ptr, ptr %8, align 8, !dbg !314
  ret ptr %9, !dbg !314
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef zeroext i1 @_ZStneRKSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEESB_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #1 comdat !dbg !315 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !317, !nonnull !12, !align !36
  %6 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %5, i32 0, i32 0, !dbg !318
  %7 = load ptr, ptr %6, align 8, !dbg !318
  %8 = load ptr, ptr %4, align 8, !dbg !319, !nonnull !12, !align !36
  %9 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %8, i32 0, i32 0, !dbg !320
  %10 = load ptr, ptr %9, align 8, !dbg !320
  %11 = icmp ne ptr %7, %10, !dbg !321
  ret i1 %11, !dbg !322
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(36) ptr @_ZNKSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat align 2 !dbg !323 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %3, i32 0, i32 0, !dbg !324
  %5 = load ptr, ptr %4, align 8, !dbg !324
  %6 = call noundef ptr @_ZNSt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE9_M_valptrEv(ptr noundef nonnull align 8 dereferenceable(72) %5), !dbg !325
  ret ptr %6, !dbg !326
}

; Function Attrs: nounwind
declare noundef ptr @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE5c_strEv(ptr noundef nonnull align 8 dereferenceable(32)) #5

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat align 2 !dbg !327 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %3, i32 0, i32 0, !dbg !328
  %5 = load ptr, ptr %4, align 8, !dbg !328
  %6 = call noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef %5) #17, !dbg !329
  %7 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %3, i32 0, i32 0, !dbg !330
  store ptr %6, ptr %7, align 8, !dbg !331
  ret ptr %3, !dbg !332
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal void @"_ZNSt8functionIFliEEC2IZ4mainE3$_0vEEOT_"(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) unnamed_addr #1 align 2 !dbg !333 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds i8, ptr %5, i64 0, !dbg !335
  call void @llvm.memset.p0.i64(ptr align 8 %6, i8 0, i64 24, i1 false), !dbg !335
  call void @_ZNSt14_Function_baseC2Ev(ptr noundef nonnull align 8 dereferenceable(24) %5) #15, !dbg !335
  %7 = getelementptr inbounds nuw %"class.std::function", ptr %5, i32 0, i32 1, !dbg !336
  store ptr null, ptr %7, align 8, !dbg !336
  %8 = load ptr, ptr %4, align 8, !dbg !337, !nonnull !12, !align !36
  %9 = call noundef zeroext i1 @"_ZNSt14_Function_base13_Base_managerIZ4mainE3$_0E21_M_not_empty_functionIS1_EEbRKT_"(ptr noundef nonnull align 8 dereferenceable(8) %8) #15, !dbg !338
  br i1 %9, label %10, label %15, !dbg !338

10:                                               ; preds = %2
  %11 = getelementptr inbounds nuw %"class.std::_Function_base", ptr %5, i32 0, i32 0, !dbg !339
  %12 = load ptr, ptr %4, align 8, !dbg !340, !nonnull !12, !align !36
  call void @"_ZNSt14_Function_base13_Base_managerIZ4mainE3$_0E15_M_init_functorIS1_EEvRSt9_Any_dataOT_"(ptr noundef nonnull align 8 dereferenceable(16) %11, ptr noundef nonnull align 8 dereferenceable(8) %12) #15, !dbg !341
  %13 = getelementptr inbounds nuw %"class.std::function", ptr %5, i32 0, i32 1, !dbg !342
  store ptr @"_ZNSt17_Function_handlerIFliEZ4mainE3$_0E9_M_invokeERKSt9_Any_dataOi", ptr %13, align 8, !dbg !343
  %14 = getelementptr inbounds nuw %"class.std::_Function_base", ptr %5, i32 0, i32 1, !dbg !344
  store ptr @"_ZNSt17_Function_handlerIFliEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation", ptr %14, align 8, !dbg !345
  br label %15, !dbg !346

15:                                               ; preds = %10, %2
  ret void, !dbg !347
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef i64 @_ZNKSt8functionIFliEEclEi(ptr noundef nonnull align 8 dereferenceable(32) %0, i32 noundef %1) #2 comdat align 2 !dbg !348 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 8
  %6 = call noundef zeroext i1 @_ZNKSt14_Function_base8_M_emptyEv(ptr noundef nonnull align 8 dereferenceable(24) %5), !dbg !349
  br i1 %6, label %7, label %8, !dbg !349

7:                                                ; preds = %2
  call void @_ZSt25__throw_bad_function_callv() #16, !dbg !350
  unreachable, !dbg !350

8:                                                ; preds = %2
  %9 = getelementptr inbounds nuw %"class.std::function", ptr %5, i32 0, i32 1, !dbg !351
  %10 = load ptr, ptr %9, align 8, !dbg !351
  %11 = getelementptr inbounds nuw %"class.std::_Function_base", ptr %5, i32 0, i32 0, !dbg !352
  %12 = call noundef i64 %10(ptr noundef nonnull align 8 dereferenceable(16) %11, ptr noundef nonnull align 4 dereferenceable(4) %4), !dbg !351
  ret i64 %12, !dbg !353
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSaIdEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !354 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt15__new_allocatorIdEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !355
  ret void, !dbg !356
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt6vectorIdSaIdEEC2EmRKS0_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !357 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %9 = load ptr, ptr %4, align 8
  %10 = load i64, ptr %5, align 8, !dbg !358
  %11 = load ptr, ptr %6, align 8, !dbg !359, !nonnull !12
  %12 = call noundef i64 @_ZNSt6vectorIdSaIdEE17_S_check_init_lenEmRKS0_(i64 noundef %10, ptr noundef nonnull align 1 dereferenceable(1) %11), !dbg !360
  %13 = load ptr, ptr %6, align 8, !dbg !361, !nonnull !12
  call void @_ZNSt12_Vector_baseIdSaIdEEC2EmRKS0_(ptr noundef nonnull align 8 dereferenceable(24) %9, i64 noundef %12, ptr noundef nonnull align 1 dereferenceable(1) %13), !dbg !362
  %14 = load i64, ptr %5, align 8, !dbg !363
  invoke void @_ZNSt6vectorIdSaIdEE21_M_default_initializeEm(ptr noundef nonnull align 8 dereferenceable(24) %9, i64 noundef %14)
          to label %15 unwind label %16, !dbg !364

15:                                               ; preds = %3
  ret void, !dbg !365

16:                                               ; preds = %3
  %17 = landingpad { ptr, i32 }
          cleanup, !dbg !365
  %18 = extractvalue { ptr, i32 } %17, 0, !dbg !365
  store ptr %18, ptr %7, align 8, !dbg !365
  %19 = extractvalue { ptr, i32 } %17, 1, !dbg !365
  store i32 %19, ptr %8, align 4, !dbg !365
  call void @_ZNSt12_Vector_baseIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %9) #15, !dbg !365
  br label %20, !dbg !365

20:                                               ; preds = %16
  %21 = load ptr, ptr %7, align 8, !dbg !365
  %22 = load i32, ptr %8, align 4, !dbg !365
  %23 = insertvalue { ptr, i32 } poison, ptr %21, 0, !dbg !365
  %24 = insertvalue { ptr, i32 } %23, i32 %22, 1, !dbg !365
  resume { ptr, i32 } %24, !dbg !365
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSaISt6vectorIdSaIdEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !366 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt15__new_allocatorISt6vectorIdSaIdEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !367
  ret void, !dbg !368
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt6vectorIS_IdSaIdEESaIS1_EEC2EmRKS1_RKS2_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1, ptr noundef nonnull align 8 dereferenceable(24) %2, ptr noundef nonnull align 1 dereferenceable(1) %3) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !369 {
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i64 %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store ptr %3, ptr %8, align 8
  %11 = load ptr, ptr %5, align 8
  %12 = load i64, ptr %6, align 8, !dbg !370
  %13 = load ptr, ptr %8, align 8, !dbg !371, !nonnull !12
  %14 = call noundef i64 @_ZNSt6vectorIS_IdSaIdEESaIS1_EE17_S_check_init_lenEmRKS2_(i64 noundef %12, ptr noundef nonnull align 1 dereferenceable(1) %13), !dbg !372
  %15 = load ptr, ptr %8, align 8, !dbg !373, !nonnull !12
  call void @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EEC2EmRKS3_(ptr noundef nonnull align 8 dereferenceable(24) %11, i64 noundef %14, ptr noundef nonnull align 1 dereferenceable(1) %15), !dbg !374
  %16 = load i64, ptr %6, align 8, !dbg !375
  %17 = load ptr, ptr %7, align 8, !dbg !376, !nonnull !12, !align !36
  invoke void @_ZNSt6vectorIS_IdSaIdEESaIS1_EE18_M_fill_initializeEmRKS1_(ptr noundef nonnull align 8 dereferenceable(24) %11, i64 noundef %16, ptr noundef nonnull align 8 dereferenceable(24) %17)
          to label %18 unwind label %19, !dbg !377

18:                                               ; preds = %4
  ret void, !dbg !378

19:                                               ; preds = %4
  %20 = landingpad { ptr, i32 }
          cleanup, !dbg !378
  %21 = extractvalue { ptr, i32 } %20, 0, !dbg !378
  store ptr %21, ptr %9, align 8, !dbg !378
  %22 = extractvalue { ptr, i32 } %20, 1, !dbg !378
  store i32 %22, ptr %10, align 4, !dbg !378
  call void @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %11) #15, !dbg !378
  br label %23, !dbg !378

23:                                               ; preds = %19
  %24 = load ptr, ptr %9, align 8, !dbg !378
  %25 = load i32, ptr %10, align 4, !dbg !378
  %26 = insertvalue { ptr, i32 } poison, ptr %24, 0, !dbg !378
  %27 = insertvalue { ptr, i32 } %26, i32 %25, 1, !dbg !378
  resume { ptr, i32 } %27, !dbg !378
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSaISt6vectorIdSaIdEEED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !379 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt15__new_allocatorISt6vectorIdSaIdEEED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !380
  ret void, !dbg !380
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt6vectorIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #1 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !381 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %3, i32 0, i32 0, !dbg !382
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %4, i32 0, i32 0, !dbg !383
  %6 = load ptr, ptr %5, align 8, !dbg !383
  %7 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %3, i32 0, i32 0, !dbg !384
  %8 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %7, i32 0, i32 1, !dbg !385
  %9 = load ptr, ptr %8, align 8, !dbg !385
  %10 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %3) #15, !dbg !386
  invoke void @_ZSt8_DestroyIPddEvT_S1_RSaIT0_E(ptr noundef %6, ptr noundef %9, ptr noundef nonnull align 1 dereferenceable(1) %10)
          to label %11 unwind label %12, !dbg !387

11:                                               ; preds = %1
  call void @_ZNSt12_Vector_baseIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %3) #15, !dbg !388
  ret void, !dbg !388

12:                                               ; preds = %1
  %13 = landingpad { ptr, i32 }
          catch ptr null, !dbg !387
  %14 = extractvalue { ptr, i32 } %13, 0, !dbg !387
  call void @__clang_call_terminate(ptr %14) #18, !dbg !387
  unreachable, !dbg !387
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSaIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !389 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt15__new_allocatorIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !390
  ret void, !dbg !390
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZNKSt6vectorIS_IdSaIdEESaIS1_EE4sizeEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !391 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %3, i32 0, i32 0, !dbg !392
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %4, i32 0, i32 1, !dbg !393
  %6 = load ptr, ptr %5, align 8, !dbg !393
  %7 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %3, i32 0, i32 0, !dbg !394
  %8 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %7, i32 0, i32 0, !dbg !395
  %9 = load ptr, ptr %8, align 8, !dbg !395
  %10 = ptrtoint ptr %6 to i64, !dbg !396
  %11 = ptrtoint ptr %9 to i64, !dbg !396
  %12 = sub i64 %10, %11, !dbg !396
  %13 = sdiv exact i64 %12, 24, !dbg !396
  ret i64 %13, !dbg !397
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(24) ptr @_ZNSt6vectorIS_IdSaIdEESaIS1_EEixEm(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1) #1 comdat align 2 !dbg !398 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %5, i32 0, i32 0, !dbg !399
  %7 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %6, i32 0, i32 0, !dbg !400
  %8 = load ptr, ptr %7, align 8, !dbg !400
  %9 = load i64, ptr %4, align 8, !dbg !401
  %10 = getelementptr inbounds nuw %"class.std::vector.14", ptr %8, i64 %9, !dbg !402
  ret ptr %10, !dbg !403
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZNKSt6vectorIdSaIdEE4sizeEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !404 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %3, i32 0, i32 0, !dbg !405
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %4, i32 0, i32 1, !dbg !406
  %6 = load ptr, ptr %5, align 8, !dbg !406
  %7 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %3, i32 0, i32 0, !dbg !407
  %8 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %7, i32 0, i32 0, !dbg !408
  %9 = load ptr, ptr %8, align 8, !dbg !408
  %10 = ptrtoint ptr %6 to i64, !dbg !409
  %11 = ptrtoint ptr %9 to i64, !dbg !409
  %12 = sub i64 %10, %11, !dbg !409
  %13 = sdiv exact i64 %12, 8, !dbg !409
  ret i64 %13, !dbg !410
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt6vectorIdSaIdEEixEm(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1) #1 comdat align 2 !dbg !411 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %5, i32 0, i32 0, !dbg !412
  %7 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %6, i32 0, i32 0, !dbg !413
  %8 = load ptr, ptr %7, align 8, !dbg !413
  %9 = load i64, ptr %4, align 8, !dbg !414
  %10 = getelementptr inbounds nuw double, ptr %8, i64 %9, !dbg !415
  ret ptr %10, !dbg !416
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr ptr @_ZNSt6vectorIS_IdSaIdEESaIS1_EE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !417 {
  %2 = alloca %"class.__gnu_cxx::__normal_iterator.19", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %4, i32 0, i32 0, !dbg !418
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %5, i32 0, i32 0, !dbg !419
  call void @_ZN9__gnu_cxx17__normal_iteratorIPSt6vectorIdSaIdEES1_IS3_SaIS3_EEEC2ERKS4_(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !420
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.19", ptr %2, i32 0, i32 0, !dbg !421
  %8 = load ptr, ptr %7, align 8, !dbg !421
  ret ptr %8, !dbg !421
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr ptr @_ZNSt6vectorIS_IdSaIdEESaIS1_EE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !422 {
  %2 = alloca %"class.__gnu_cxx::__normal_iterator.19", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %4, i32 0, i32 0, !dbg !423
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %5, i32 0, i32 1, !dbg !424
  call void @_ZN9__gnu_cxx17__normal_iteratorIPSt6vectorIdSaIdEES1_IS3_SaIS3_EEEC2ERKS4_(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !425
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.19", ptr %2, i32 0, i32 0, !dbg !426
  %8 = load ptr, ptr %7, align 8, !dbg !426
  ret ptr %8, !dbg !426
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef zeroext i1 @_ZN9__gnu_cxxneIPSt6vectorIdSaIdEES1_IS3_SaIS3_EEEEbRKNS_17__normal_iteratorIT_T0_EESC_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #1 comdat !dbg !427 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !428, !nonnull !12, !align !36
  %6 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPSt6vectorIdSaIdEES1_IS3_SaIS3_EEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !429
  %7 = load ptr, ptr %6, align 8, !dbg !429
  %8 = load ptr, ptr %4, align 8, !dbg !430, !nonnull !12, !align !36
  %9 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPSt6vectorIdSaIdEES1_IS3_SaIS3_EEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %8) #15, !dbg !431
  %10 = load ptr, ptr %9, align 8, !dbg !431
  %11 = icmp ne ptr %7, %10, !dbg !432
  ret i1 %11, !dbg !433
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(24) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPSt6vectorIdSaIdEES1_IS3_SaIS3_EEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat align 2 !dbg !434 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.19", ptr %3, i32 0, i32 0, !dbg !435
  %5 = load ptr, ptr %4, align 8, !dbg !435
  ret ptr %5, !dbg !436
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef double @_ZSt10accumulateIN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEEdET0_T_S8_S7_(ptr %0, ptr %1, double noundef %2) #1 comdat !dbg !437 {
  %4 = alloca %"class.__gnu_cxx::__normal_iterator.20", align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator.20", align 8
  %6 = alloca double, align 8
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.20", ptr %4, i32 0, i32 0
  store ptr %0, ptr %7, align 8
  %8 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.20", ptr %5, i32 0, i32 0
  store ptr %1, ptr %8, align 8
  store double %2, ptr %6, align 8
  br label %9, !dbg !438

9:                                                ; preds = %16, %3
  %10 = call noundef zeroext i1 @_ZN9__gnu_cxxneIPdSt6vectorIdSaIdEEEEbRKNS_17__normal_iteratorIT_T0_EESA_(ptr noundef nonnull align 8 dereferenceable(8) %4, ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !439
  br i1 %10, label %11, label %18, !dbg !438

11:                                               ; preds = %9
  %12 = load double, ptr %6, align 8, !dbg !440
  %13 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !441
  %14 = load double, ptr %13, align 8, !dbg !441
  %15 = fadd double %12, %14, !dbg !442
  store double %15, ptr %6, align 8, !dbg !443
  br label %16, !dbg !444

16:                                               ; preds = %11
  %17 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !445
  br label %9, !dbg !438, !llvm.loop !446

18:                                               ; preds = %9
  %19 = load double, ptr %6, align 8, !dbg !448
  ret double %19, !dbg !449
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr ptr @_ZNSt6vectorIdSaIdEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !450 {
  %2 = alloca %"class.__gnu_cxx::__normal_iterator.20", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %4, i32 0, i32 0, !dbg !451
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %5, i32 0, i32 0, !dbg !452
  call void @_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEC2ERKS1_(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !453
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.20", ptr %2, i32 0, i32 0, !dbg !454
  %8 = load ptr, ptr %7, align 8, !dbg !454
  ret ptr %8, !dbg !454
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr ptr @_ZNSt6vectorIdSaIdEE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !455 {
  %2 = alloca %"class.__gnu_cxx::__normal_iterator.20", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %4, i32 0, i32 0, !dbg !456
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %5, i32 0, i32 1, !dbg !457
  call void @_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEC2ERKS1_(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !458
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.20", ptr %2, i32 0, i32 0, !dbg !459
  %8 = load ptr, ptr %7, align 8, !dbg !459
  ret ptr %8, !dbg !459
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPSt6vectorIdSaIdEES1_IS3_SaIS3_EEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat align 2 !dbg !460 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.19", ptr %3, i32 0, i32 0, !dbg !461
  %5 = load ptr, ptr %4, align 8, !dbg !462
  %6 = getelementptr inbounds nuw %"class.std::vector.14", ptr %5, i32 1, !dbg !462
  store ptr %6, ptr %4, align 8, !dbg !462
  ret ptr %3, !dbg !463
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal ptr @"_ZSt7find_ifIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEZ4mainE3$_4ET_S8_S8_T0_"(ptr %0, ptr %1) #2 !dbg !464 {
  %3 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %6 = alloca %class.anon.21, align 1
  %7 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %8 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %9 = alloca %"struct.__gnu_cxx::__ops::_Iter_pred", align 1
  %10 = alloca %class.anon.21, align 1
  %11 = alloca %"struct.__gnu_cxx::__ops::_Iter_pred", align 1
  %12 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %0, ptr %12, align 8
  %13 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0
  store ptr %1, ptr %13, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %4, i64 8, i1 false), !dbg !465
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %5, i64 8, i1 false), !dbg !466
  call void @"_ZN9__gnu_cxx5__ops11__pred_iterIZ4mainE3$_4EENS0_10_Iter_predIT_EES4_"(), !dbg !467
  %14 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0, !dbg !468
  %15 = load ptr, ptr %14, align 8, !dbg !468
  %16 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %8, i32 0, i32 0, !dbg !468
  %17 = load ptr, ptr %16, align 8, !dbg !468
  %18 = call ptr @"_ZSt9__find_ifIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops10_Iter_predIZ4mainE3$_4EEET_SB_SB_T0_"(ptr %15, ptr %17), !dbg !468
  %19 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !468
  store ptr %18, ptr %19, align 8, !dbg !468
  %20 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !469
  %21 = load ptr, ptr %20, align 8, !dbg !469
  ret ptr %21, !dbg !469
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZN9__gnu_cxxmiIPiSt6vectorIiSaIiEEEENS_17__normal_iteratorIT_T0_E15difference_typeERKS8_SB_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #1 comdat !dbg !470 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !471, !nonnull !12, !align !36
  %6 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !472
  %7 = load ptr, ptr %6, align 8, !dbg !472
  %8 = load ptr, ptr %4, align 8, !dbg !473, !nonnull !12, !align !36
  %9 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %8) #15, !dbg !474
  %10 = load ptr, ptr %9, align 8, !dbg !474
  %11 = ptrtoint ptr %7 to i64, !dbg !475
  %12 = ptrtoint ptr %10 to i64, !dbg !475
  %13 = sub i64 %11, %12, !dbg !475
  %14 = sdiv exact i64 %13, 4, !dbg !475
  ret i64 %14, !dbg !476
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt6vectorIS_IdSaIdEESaIS1_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #1 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !477 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %3, i32 0, i32 0, !dbg !478
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %4, i32 0, i32 0, !dbg !479
  %6 = load ptr, ptr %5, align 8, !dbg !479
  %7 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %3, i32 0, i32 0, !dbg !480
  %8 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %7, i32 0, i32 1, !dbg !481
  %9 = load ptr, ptr %8, align 8, !dbg !481
  %10 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %3) #15, !dbg !482
  invoke void @_ZSt8_DestroyIPSt6vectorIdSaIdEES2_EvT_S4_RSaIT0_E(ptr noundef %6, ptr noundef %9, ptr noundef nonnull align 1 dereferenceable(1) %10)
          to label %11 unwind label %12, !dbg !483

11:                                               ; preds = %1
  call void @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %3) #15, !dbg !484
  ret void, !dbg !484

12:                                               ; preds = %1
  %13 = landingpad { ptr, i32 }
          catch ptr null, !dbg !483
  %14 = extractvalue { ptr, i32 } %13, 0, !dbg !483
  call void @__clang_call_terminate(ptr %14) #18, !dbg !483
  unreachable, !dbg !483
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt8functionIFliEED2Ev(ptr noundef nonnull align 8 dereferenceable(32) %0) unnamed_addr #1 comdat align 2 !dbg !485 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt14_Function_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %3) #15, !dbg !486
  ret void, !dbg !486
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #1 comdat align 2 !dbg !487 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::map", ptr %3, i32 0, i32 0, !dbg !488
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %4) #15, !dbg !488
  ret void, !dbg !488
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt6vectorIiSaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #1 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !489 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !490
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %4, i32 0, i32 0, !dbg !491
  %6 = load ptr, ptr %5, align 8, !dbg !491
  %7 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !492
  %8 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %7, i32 0, i32 1, !dbg !493
  %9 = load ptr, ptr %8, align 8, !dbg !493
  %10 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseIiSaIiEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %3) #15, !dbg !494
  invoke void @_ZSt8_DestroyIPiiEvT_S1_RSaIT0_E(ptr noundef %6, ptr noundef %9, ptr noundef nonnull align 1 dereferenceable(1) %10)
          to label %11 unwind label %12, !dbg !495

11:                                               ; preds = %1
  call void @_ZNSt12_Vector_baseIiSaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %3) #15, !dbg !496
  ret void, !dbg !496

12:                                               ; preds = %1
  %13 = landingpad { ptr, i32 }
          catch ptr null, !dbg !495
  %14 = extractvalue { ptr, i32 } %13, 0, !dbg !495
  call void @__clang_call_terminate(ptr %14) #18, !dbg !495
  unreachable, !dbg !495
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseIiSaIiEEC2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #1 comdat align 2 !dbg !497 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !498
  call void @_ZNSt12_Vector_baseIiSaIiEE12_Vector_implC2Ev(ptr noundef nonnull align 8 dereferenceable(24) %4) #15, !dbg !498
  ret void, !dbg !499
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseIiSaIiEE12_Vector_implC2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #1 comdat align 2 !dbg !500 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSaIiEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !501
  call void @_ZNSt12_Vector_baseIiSaIiEE17_Vector_impl_dataC2Ev(ptr noundef nonnull align 8 dereferenceable(24) %3) #15, !dbg !502
  ret void, !dbg !503
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseIiSaIiEE17_Vector_impl_dataC2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #1 comdat align 2 !dbg !504 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %3, i32 0, i32 0, !dbg !505
  store ptr null, ptr %4, align 8, !dbg !505
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %3, i32 0, i32 1, !dbg !506
  store ptr null, ptr %5, align 8, !dbg !506
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %3, i32 0, i32 2, !dbg !507
  store ptr null, ptr %6, align 8, !dbg !507
  ret void, !dbg !508
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__new_allocatorIiEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !509 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !511
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EEC2Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #1 comdat align 2 !dbg !512 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %3, i32 0, i32 0, !dbg !513
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE13_Rb_tree_implISC_Lb1EEC2Ev(ptr noundef nonnull align 8 dereferenceable(48) %4) #15, !dbg !513
  ret void, !dbg !514
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE13_Rb_tree_implISC_Lb1EEC2Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #1 comdat align 2 !dbg !515 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSaISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !516
  call void @_ZNSt20_Rb_tree_key_compareISt4lessINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !517
  %4 = getelementptr inbounds i8, ptr %3, i64 8, !dbg !518
  call void @_ZNSt15_Rb_tree_headerC2Ev(ptr noundef nonnull align 8 dereferenceable(40) %4) #15, !dbg !517
  ret void, !dbg !519
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSaISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !520 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !521
  ret void, !dbg !522
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt20_Rb_tree_key_compareISt4lessINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !523 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !524
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15_Rb_tree_headerC2Ev(ptr noundef nonnull align 8 dereferenceable(40) %0) unnamed_addr #1 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !525 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Rb_tree_header", ptr %3, i32 0, i32 0, !dbg !526
  %5 = getelementptr inbounds nuw %"struct.std::_Rb_tree_header", ptr %3, i32 0, i32 0, !dbg !527
  %6 = getelementptr inbounds nuw %"struct.std::_Rb_tree_node_base", ptr %5, i32 0, i32 0, !dbg !528
  store i32 0, ptr %6, align 8, !dbg !529
  invoke void @_ZNSt15_Rb_tree_header8_M_resetEv(ptr noundef nonnull align 8 dereferenceable(40) %3)
          to label %7 unwind label %8, !dbg !530

7:                                                ; preds = %1
  ret void, !dbg !531

8:                                                ; preds = %1
  %9 = landingpad { ptr, i32 }
          catch ptr null, !dbg !530
  %10 = extractvalue { ptr, i32 } %9, 0, !dbg !530
  call void @__clang_call_terminate(ptr %10) #18, !dbg !530
  unreachable, !dbg !530
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !532 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !533
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15_Rb_tree_header8_M_resetEv(ptr noundef nonnull align 8 dereferenceable(40) %0) #1 comdat align 2 !dbg !534 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Rb_tree_header", ptr %3, i32 0, i32 0, !dbg !535
  %5 = getelementptr inbounds nuw %"struct.std::_Rb_tree_node_base", ptr %4, i32 0, i32 1, !dbg !536
  store ptr null, ptr %5, align 8, !dbg !537
  %6 = getelementptr inbounds nuw %"struct.std::_Rb_tree_header", ptr %3, i32 0, i32 0, !dbg !538
  %7 = getelementptr inbounds nuw %"struct.std::_Rb_tree_header", ptr %3, i32 0, i32 0, !dbg !539
  %8 = getelementptr inbounds nuw %"struct.std::_Rb_tree_node_base", ptr %7, i32 0, i32 2, !dbg !540
  store ptr %6, ptr %8, align 8, !dbg !541
  %9 = getelementptr inbounds nuw %"struct.std::_Rb_tree_header", ptr %3, i32 0, i32 0, !dbg !542
  %10 = getelementptr inbounds nuw %"struct.std::_Rb_tree_header", ptr %3, i32 0, i32 0, !dbg !543
  %11 = getelementptr inbounds nuw %"struct.std::_Rb_tree_node_base", ptr %10, i32 0, i32 3, !dbg !544
  store ptr %9, ptr %11, align 8, !dbg !545
  %12 = getelementptr inbounds nuw %"struct.std::_Rb_tree_header", ptr %3, i32 0, i32 1, !dbg !546
  store i64 0, ptr %12, align 8, !dbg !547
  ret void, !dbg !548
}

; Function Attrs: noinline noreturn nounwind sspstrong uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) #6 comdat {
  %2 = call ptr @__cxa_begin_catch(ptr %0) #15
  call void @_ZSt9terminatev() #18
  unreachable
}

declare ptr @__cxa_begin_catch(ptr)

declare void @_ZSt9terminatev()

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt14_Function_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #1 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !549 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::_Function_base", ptr %3, i32 0, i32 1, !dbg !550
  %5 = load ptr, ptr %4, align 8, !dbg !550
  %6 = icmp ne ptr %5, null, !dbg !550
  br i1 %6, label %7, label %14, !dbg !550

7:                                                ; preds = %1
  %8 = getelementptr inbounds nuw %"class.std::_Function_base", ptr %3, i32 0, i32 1, !dbg !551
  %9 = load ptr, ptr %8, align 8, !dbg !551
  %10 = getelementptr inbounds nuw %"class.std::_Function_base", ptr %3, i32 0, i32 0, !dbg !552
  %11 = getelementptr inbounds nuw %"class.std::_Function_base", ptr %3, i32 0, i32 0, !dbg !553
  %12 = invoke noundef zeroext i1 %9(ptr noundef nonnull align 8 dereferenceable(16) %10, ptr noundef nonnull align 8 dereferenceable(16) %11, i32 noundef 3)
          to label %13 unwind label %15, !dbg !551

13:                                               ; preds = %7
  br label %14, !dbg !551

14:                                               ; preds = %13, %1
  ret void, !dbg !554

15:                                               ; preds = %7
  %16 = landingpad { ptr, i32 }
          catch ptr null, !dbg !551
  %17 = extractvalue { ptr, i32 } %16, 0, !dbg !551
  call void @__clang_call_terminate(ptr %17) #18, !dbg !551
  unreachable, !dbg !551
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #1 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !555 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_beginEv(ptr noundef nonnull align 8 dereferenceable(48) %3) #15, !dbg !556
  invoke void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %3, ptr noundef %4)
          to label %5 unwind label %7, !dbg !557

5:                                                ; preds = %1
  %6 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %3, i32 0, i32 0, !dbg !558
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE13_Rb_tree_implISC_Lb1EED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %6) #15, !dbg !558
  ret void, !dbg !558

7:                                                ; preds = %1
  %8 = landingpad { ptr, i32 }
          catch ptr null, !dbg !557
  %9 = extractvalue { ptr, i32 } %8, 0, !dbg !557
  call void @__clang_call_terminate(ptr %9) #18, !dbg !557
  unreachable, !dbg !557
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %1) #2 comdat align 2 !dbg !559 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8
  br label %7, !dbg !560

7:                                                ; preds = %10, %2
  %8 = load ptr, ptr %4, align 8, !dbg !561
  %9 = icmp ne ptr %8, null, !dbg !562
  br i1 %9, label %10, label %17, !dbg !560

10:                                               ; preds = %7
  %11 = load ptr, ptr %4, align 8, !dbg !563
  %12 = call noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_S_rightEPSt18_Rb_tree_node_base(ptr noundef %11) #15, !dbg !564
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %6, ptr noundef %12), !dbg !565
  %13 = load ptr, ptr %4, align 8, !dbg !566
  %14 = call noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE7_S_leftEPSt18_Rb_tree_node_base(ptr noundef %13) #15, !dbg !567
  store ptr %14, ptr %5, align 8, !dbg !568
  %15 = load ptr, ptr %4, align 8, !dbg !569
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_drop_nodeEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %6, ptr noundef %15) #15, !dbg !570
  %16 = load ptr, ptr %5, align 8, !dbg !571
  store ptr %16, ptr %4, align 8, !dbg !572
  br label %7, !dbg !560, !llvm.loop !573

17:                                               ; preds = %7
  ret void, !dbg !575
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_beginEv(ptr noundef nonnull align 8 dereferenceable(48) %0) #1 comdat align 2 !dbg !576 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef ptr @_ZNKSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE9_M_mbeginEv(ptr noundef nonnull align 8 dereferenceable(48) %3) #15, !dbg !577
  ret ptr %4, !dbg !578
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE13_Rb_tree_implISC_Lb1EED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #1 comdat align 2 !dbg !579 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSaISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !580
  ret void, !dbg !580
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_S_rightEPSt18_Rb_tree_node_base(ptr noundef %0) #1 comdat align 2 !dbg !581 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !582
  %4 = getelementptr inbounds nuw %"struct.std::_Rb_tree_node_base", ptr %3, i32 0, i32 3, !dbg !583
  %5 = load ptr, ptr %4, align 8, !dbg !583
  ret ptr %5, !dbg !584
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE7_S_leftEPSt18_Rb_tree_node_base(ptr noundef %0) #1 comdat align 2 !dbg !585 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !586
  %4 = getelementptr inbounds nuw %"struct.std::_Rb_tree_node_base", ptr %3, i32 0, i32 2, !dbg !587
  %5 = load ptr, ptr %4, align 8, !dbg !587
  ret ptr %5, !dbg !588
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_drop_nodeEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %1) #1 comdat align 2 !dbg !589 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !590
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE15_M_destroy_nodeEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %5, ptr noundef %6) #15, !dbg !591
  %7 = load ptr, ptr %4, align 8, !dbg !592
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11_M_put_nodeEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %5, ptr noundef %7) #15, !dbg !593
  ret void, !dbg !594
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE15_M_destroy_nodeEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %1) #1 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !595 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE21_M_get_Node_allocatorEv(ptr noundef nonnull align 8 dereferenceable(48) %5) #15, !dbg !596
  %7 = load ptr, ptr %4, align 8, !dbg !597
  %8 = invoke noundef ptr @_ZNSt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE9_M_valptrEv(ptr noundef nonnull align 8 dereferenceable(72) %7)
          to label %9 unwind label %11, !dbg !598

9:                                                ; preds = %2
  call void @_ZNSt16allocator_traitsISaISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEEE7destroyIS9_EEvRSB_PT_(ptr noundef nonnull align 1 dereferenceable(1) %6, ptr noundef %8) #15, !dbg !599
  %10 = load ptr, ptr %4, align 8, !dbg !600
  ret void, !dbg !601

11:                                               ; preds = %2
  %12 = landingpad { ptr, i32 }
          catch ptr null, !dbg !598
  %13 = extractvalue { ptr, i32 } %12, 0, !dbg !598
  call void @__clang_call_terminate(ptr %13) #18, !dbg !598
  unreachable, !dbg !598
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11_M_put_nodeEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %1) #1 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !602 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE21_M_get_Node_allocatorEv(ptr noundef nonnull align 8 dereferenceable(48) %5) #15, !dbg !603
  %7 = load ptr, ptr %4, align 8, !dbg !604
  invoke void @_ZNSt16allocator_traitsISaISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEEE10deallocateERSB_PSA_m(ptr noundef nonnull align 1 dereferenceable(1) %6, ptr noundef %7, i64 noundef 1)
          to label %8 unwind label %9, !dbg !605

8:                                                ; preds = %2
  ret void, !dbg !606

9:                                                ; preds = %2
  %10 = landingpad { ptr, i32 }
          catch ptr null, !dbg !605
  %11 = extractvalue { ptr, i32 } %10, 0, !dbg !605
  call void @__clang_call_terminate(ptr %11) #18, !dbg !605
  unreachable, !dbg !605
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt16allocator_traitsISaISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEEE7destroyIS9_EEvRSB_PT_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1) #1 comdat align 2 !dbg !607 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !609, !nonnull !12
  %6 = load ptr, ptr %4, align 8, !dbg !610
  call void @_ZNSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEE7destroyIS9_EEvPT_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef %6) #15, !dbg !611
  ret void, !dbg !612
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE21_M_get_Node_allocatorEv(ptr noundef nonnull align 8 dereferenceable(48) %0) #1 comdat align 2 !dbg !613 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %3, i32 0, i32 0, !dbg !614
  ret ptr %4, !dbg !615
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE9_M_valptrEv(ptr noundef nonnull align 8 dereferenceable(72) %0) #1 comdat align 2 !dbg !616 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Rb_tree_node", ptr %3, i32 0, i32 1, !dbg !617
  %5 = call noundef ptr @_ZN9__gnu_cxx16__aligned_membufISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(40) %4) #15, !dbg !618
  ret ptr %5, !dbg !619
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEE7destroyIS9_EEvPT_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1) #1 comdat align 2 !dbg !620 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !621
  call void @_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiED2Ev(ptr noundef nonnull align 8 dereferenceable(36) %6) #15, !dbg !622
  ret void, !dbg !623
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiED2Ev(ptr noundef nonnull align 8 dereferenceable(36) %0) unnamed_addr #1 comdat align 2 !dbg !624 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::pair", ptr %3, i32 0, i32 0, !dbg !625
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(32) %4) #15, !dbg !625
  ret void, !dbg !625
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZN9__gnu_cxx16__aligned_membufISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(40) %0) #1 comdat align 2 !dbg !626 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef ptr @_ZN9__gnu_cxx16__aligned_membufISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE7_M_addrEv(ptr noundef nonnull align 8 dereferenceable(40) %3) #15, !dbg !628
  ret ptr %4, !dbg !629
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZN9__gnu_cxx16__aligned_membufISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE7_M_addrEv(ptr noundef nonnull align 8 dereferenceable(40) %0) #1 comdat align 2 !dbg !630 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.__gnu_cxx::__aligned_membuf", ptr %3, i32 0, i32 0, !dbg !631
  ret ptr %4, !dbg !632
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt16allocator_traitsISaISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEEE10deallocateERSB_PSA_m(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1, i64 noundef %2) #2 comdat align 2 !dbg !633 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i64 %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8, !dbg !634, !nonnull !12
  %8 = load ptr, ptr %5, align 8, !dbg !635
  %9 = load i64, ptr %6, align 8, !dbg !636
  call void @_ZNSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEE10deallocateEPSA_m(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr noundef %8, i64 noundef %9), !dbg !637
  ret void, !dbg !638
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEE10deallocateEPSA_m(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1, i64 noundef %2) #1 comdat align 2 !dbg !639 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i64 %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !640
  %9 = load i64, ptr %6, align 8, !dbg !641
  %10 = mul i64 %9, 72, !dbg !642
  call void @_ZdlPvm(ptr noundef %8, i64 noundef %10) #19, !dbg !643
  ret void, !dbg !644
}

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) #7

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNKSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE9_M_mbeginEv(ptr noundef nonnull align 8 dereferenceable(48) %0) #1 comdat align 2 !dbg !645 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %3, i32 0, i32 0, !dbg !646
  %5 = getelementptr inbounds i8, ptr %4, i64 8, !dbg !647
  %6 = getelementptr inbounds nuw %"struct.std::_Rb_tree_header", ptr %5, i32 0, i32 0, !dbg !648
  %7 = getelementptr inbounds nuw %"struct.std::_Rb_tree_node_base", ptr %6, i32 0, i32 1, !dbg !649
  %8 = load ptr, ptr %7, align 8, !dbg !649
  ret ptr %8, !dbg !650
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSaISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !651 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !652
  ret void, !dbg !652
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !653 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !654
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__new_allocatorIiED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !655 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !656
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZSt8_DestroyIPiiEvT_S1_RSaIT0_E(ptr noundef %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) #2 comdat !dbg !657 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8, !dbg !658
  %8 = load ptr, ptr %5, align 8, !dbg !659
  call void @_ZSt8_DestroyIPiEvT_S1_(ptr noundef %7, ptr noundef %8), !dbg !660
  ret void, !dbg !661
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseIiSaIiEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !662 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !663
  ret ptr %4, !dbg !664
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseIiSaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #1 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !665 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !666
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %4, i32 0, i32 0, !dbg !667
  %6 = load ptr, ptr %5, align 8, !dbg !667
  %7 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !668
  %8 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %7, i32 0, i32 2, !dbg !669
  %9 = load ptr, ptr %8, align 8, !dbg !669
  %10 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !670
  %11 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %10, i32 0, i32 0, !dbg !671
  %12 = load ptr, ptr %11, align 8, !dbg !671
  %13 = ptrtoint ptr %9 to i64, !dbg !672
  %14 = ptrtoint ptr %12 to i64, !dbg !672
  %15 = sub i64 %13, %14, !dbg !672
  %16 = sdiv exact i64 %15, 4, !dbg !672
  invoke void @_ZNSt12_Vector_baseIiSaIiEE13_M_deallocateEPim(ptr noundef nonnull align 8 dereferenceable(24) %3, ptr noundef %6, i64 noundef %16)
          to label %17 unwind label %19, !dbg !673

17:                                               ; preds = %1
  %18 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !674
  call void @_ZNSt12_Vector_baseIiSaIiEE12_Vector_implD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %18) #15, !dbg !674
  ret void, !dbg !674

19:                                               ; preds = %1
  %20 = landingpad { ptr, i32 }
          catch ptr null, !dbg !673
  %21 = extractvalue { ptr, i32 } %20, 0, !dbg !673
  call void @__clang_call_terminate(ptr %21) #18, !dbg !673
  unreachable, !dbg !673
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZSt8_DestroyIPiEvT_S1_(ptr noundef %0, ptr noundef %1) #2 comdat !dbg !675 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !677
  %6 = load ptr, ptr %4, align 8, !dbg !678
  call void @_ZNSt12_Destroy_auxILb1EE9__destroyIPiEEvT_S3_(ptr noundef %5, ptr noundef %6), !dbg !679
  ret void, !dbg !680
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt12_Destroy_auxILb1EE9__destroyIPiEEvT_S3_(ptr noundef %0, ptr noundef %1) #1 comdat align 2 !dbg !681 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  ret void, !dbg !682
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseIiSaIiEE13_M_deallocateEPim(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef %1, i64 noundef %2) #2 comdat align 2 !dbg !683 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i64 %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !684
  %9 = icmp ne ptr %8, null, !dbg !684
  br i1 %9, label %10, label %14, !dbg !684

10:                                               ; preds = %3
  %11 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %7, i32 0, i32 0, !dbg !685
  %12 = load ptr, ptr %5, align 8, !dbg !686
  %13 = load i64, ptr %6, align 8, !dbg !687
  call void @_ZNSt16allocator_traitsISaIiEE10deallocateERS0_Pim(ptr noundef nonnull align 1 dereferenceable(1) %11, ptr noundef %12, i64 noundef %13), !dbg !688
  br label %14, !dbg !688

14:                                               ; preds = %10, %3
  ret void, !dbg !689
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseIiSaIiEE12_Vector_implD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #1 comdat align 2 !dbg !690 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSaIiED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !691
  ret void, !dbg !691
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt16allocator_traitsISaIiEE10deallocateERS0_Pim(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1, i64 noundef %2) #2 comdat align 2 !dbg !692 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i64 %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8, !dbg !693, !nonnull !12
  %8 = load ptr, ptr %5, align 8, !dbg !694
  %9 = load i64, ptr %6, align 8, !dbg !695
  call void @_ZNSt15__new_allocatorIiE10deallocateEPim(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr noundef %8, i64 noundef %9), !dbg !696
  ret void, !dbg !697
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__new_allocatorIiE10deallocateEPim(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1, i64 noundef %2) #1 comdat align 2 !dbg !698 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i64 %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !699
  %9 = load i64, ptr %6, align 8, !dbg !700
  %10 = mul i64 %9, 4, !dbg !701
  call void @_ZdlPvm(ptr noundef %8, i64 noundef %10) #19, !dbg !702
  ret void, !dbg !703
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt6vectorIiSaIiEE12emplace_backIJiEEERiDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) #2 comdat align 2 !dbg !704 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %6, i32 0, i32 0, !dbg !706
  %8 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %7, i32 0, i32 1, !dbg !707
  %9 = load ptr, ptr %8, align 8, !dbg !707
  %10 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %6, i32 0, i32 0, !dbg !708
  %11 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %10, i32 0, i32 2, !dbg !709
  %12 = load ptr, ptr %11, align 8, !dbg !709
  %13 = icmp ne ptr %9, %12, !dbg !710
  br i1 %13, label %14, label %24, !dbg !710

14:                                               ; preds = %2
  %15 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %6, i32 0, i32 0, !dbg !711
  %16 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %6, i32 0, i32 0, !dbg !712
  %17 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %16, i32 0, i32 1, !dbg !713
  %18 = load ptr, ptr %17, align 8, !dbg !713
  %19 = load ptr, ptr %4, align 8, !dbg !714, !nonnull !12, !align !168
  call void @_ZNSt16allocator_traitsISaIiEE9constructIiJiEEEvRS0_PT_DpOT0_(ptr noundef nonnull align 1 dereferenceable(1) %15, ptr noundef %18, ptr noundef nonnull align 4 dereferenceable(4) %19) #15, !dbg !715
  %20 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %6, i32 0, i32 0, !dbg !716
  %21 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %20, i32 0, i32 1, !dbg !717
  %22 = load ptr, ptr %21, align 8, !dbg !718
  %23 = getelementptr inbounds nuw i32, ptr %22, i32 1, !dbg !718
  store ptr %23, ptr %21, align 8, !dbg !718
  br label %30, !dbg !719

24:                                               ; preds = %2
  %25 = call ptr @_ZNSt6vectorIiSaIiEE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %6) #15, !dbg !720
  %26 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0, !dbg !720
  store ptr %25, ptr %26, align 8, !dbg !720
  %27 = load ptr, ptr %4, align 8, !dbg !721, !nonnull !12, !align !168
  %28 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0, !dbg !722
  %29 = load ptr, ptr %28, align 8, !dbg !722
  call void @_ZNSt6vectorIiSaIiEE17_M_realloc_insertIJiEEEvN9__gnu_cxx17__normal_iteratorIPiS1_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %6, ptr %29, ptr noundef nonnull align 4 dereferenceable(4) %27), !dbg !722
  br label %30

30:                                               ; preds = %24, %14
  %31 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt6vectorIiSaIiEE4backEv(ptr noundef nonnull align 8 dereferenceable(24) %6) #15, !dbg !723
  ret ptr %31, !dbg !724
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt16allocator_traitsISaIiEE9constructIiJiEEEvRS0_PT_DpOT0_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1, ptr noundef nonnull align 4 dereferenceable(4) %2) #1 comdat align 2 !dbg !725 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8, !dbg !726, !nonnull !12
  %8 = load ptr, ptr %5, align 8, !dbg !727
  %9 = load ptr, ptr %6, align 8, !dbg !728, !nonnull !12, !align !168
  call void @_ZNSt15__new_allocatorIiE9constructIiJiEEEvPT_DpOT0_(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr noundef %8, ptr noundef nonnull align 4 dereferenceable(4) %9) #15, !dbg !729
  ret void, !dbg !730
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt6vectorIiSaIiEE17_M_realloc_insertIJiEEEvN9__gnu_cxx17__normal_iteratorIPiS1_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr %1, ptr noundef nonnull align 4 dereferenceable(4) %2) #2 comdat align 2 !dbg !731 {
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i64, align 8
  %11 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %1, ptr %14, align 8
  store ptr %0, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %15 = load ptr, ptr %5, align 8
  %16 = call noundef i64 @_ZNKSt6vectorIiSaIiEE12_M_check_lenEmPKc(ptr noundef nonnull align 8 dereferenceable(24) %15, i64 noundef 1, ptr noundef @.str.7), !dbg !732
  store i64 %16, ptr %7, align 8, !dbg !733
  %17 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %15, i32 0, i32 0, !dbg !734
  %18 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %17, i32 0, i32 0, !dbg !735
  %19 = load ptr, ptr %18, align 8, !dbg !735
  store ptr %19, ptr %8, align 8, !dbg !736
  %20 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %15, i32 0, i32 0, !dbg !737
  %21 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %20, i32 0, i32 1, !dbg !738
  %22 = load ptr, ptr %21, align 8, !dbg !738
  store ptr %22, ptr %9, align 8, !dbg !739
  %23 = call ptr @_ZNSt6vectorIiSaIiEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %15) #15, !dbg !740
  %24 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %11, i32 0, i32 0, !dbg !740
  store ptr %23, ptr %24, align 8, !dbg !740
  %25 = call noundef i64 @_ZN9__gnu_cxxmiIPiSt6vectorIiSaIiEEEENS_17__normal_iteratorIT_T0_E15difference_typeERKS8_SB_(ptr noundef nonnull align 8 dereferenceable(8) %4, ptr noundef nonnull align 8 dereferenceable(8) %11) #15, !dbg !741
  store i64 %25, ptr %10, align 8, !dbg !742
  %26 = load i64, ptr %7, align 8, !dbg !743
  %27 = call noundef ptr @_ZNSt12_Vector_baseIiSaIiEE11_M_allocateEm(ptr noundef nonnull align 8 dereferenceable(24) %15, i64 noundef %26), !dbg !744
  store ptr %27, ptr %12, align 8, !dbg !745
  %28 = load ptr, ptr %12, align 8, !dbg !746
  store ptr %28, ptr %13, align 8, !dbg !747
  %29 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %15, i32 0, i32 0, !dbg !748
  %30 = load ptr, ptr %12, align 8, !dbg !749
  %31 = load i64, ptr %10, align 8, !dbg !750
  %32 = getelementptr inbounds nuw i32, ptr %30, i64 %31, !dbg !751
  %33 = load ptr, ptr %6, align 8, !dbg !752, !nonnull !12, !align !168
  call void @_ZNSt16allocator_traitsISaIiEE9constructIiJiEEEvRS0_PT_DpOT0_(ptr noundef nonnull align 1 dereferenceable(1) %29, ptr noundef %32, ptr noundef nonnull align 4 dereferenceable(4) %33) #15, !dbg !753
  store ptr null, ptr %13, align 8, !dbg !754
  %34 = load ptr, ptr %8, align 8, !dbg !755
  %35 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !756
  %36 = load ptr, ptr %35, align 8, !dbg !756
  %37 = load ptr, ptr %12, align 8, !dbg !757
  %38 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseIiSaIiEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %15) #15, !dbg !758
  %39 = call noundef ptr @_ZNSt6vectorIiSaIiEE11_S_relocateEPiS2_S2_RS0_(ptr noundef %34, ptr noundef %36, ptr noundef %37, ptr noundef nonnull align 1 dereferenceable(1) %38) #15, !dbg !759
  store ptr %39, ptr %13, align 8, !dbg !760
  %40 = load ptr, ptr %13, align 8, !dbg !761
  %41 = getelementptr inbounds nuw i32, ptr %40, i32 1, !dbg !761
  store ptr %41, ptr %13, align 8, !dbg !761
  %42 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !762
  %43 = load ptr, ptr %42, align 8, !dbg !762
  %44 = load ptr, ptr %9, align 8, !dbg !763
  %45 = load ptr, ptr %13, align 8, !dbg !764
  %46 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseIiSaIiEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %15) #15, !dbg !765
  %47 = call noundef ptr @_ZNSt6vectorIiSaIiEE11_S_relocateEPiS2_S2_RS0_(ptr noundef %43, ptr noundef %44, ptr noundef %45, ptr noundef nonnull align 1 dereferenceable(1) %46) #15, !dbg !766
  store ptr %47, ptr %13, align 8, !dbg !767
  %48 = load ptr, ptr %8, align 8, !dbg !768
  %49 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %15, i32 0, i32 0, !dbg !769
  %50 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %49, i32 0, i32 2, !dbg !770
  %51 = load ptr, ptr %50, align 8, !dbg !770
  %52 = load ptr, ptr %8, align 8, !dbg !771
  %53 = ptrtoint ptr %51 to i64, !dbg !772
  %54 = ptrtoint ptr %52 to i64, !dbg !772
  %55 = sub i64 %53, %54, !dbg !772
  %56 = sdiv exact i64 %55, 4, !dbg !772
  call void @_ZNSt12_Vector_baseIiSaIiEE13_M_deallocateEPim(ptr noundef nonnull align 8 dereferenceable(24) %15, ptr noundef %48, i64 noundef %56), !dbg !773
  %57 = load ptr, ptr %12, align 8, !dbg !774
  %58 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %15, i32 0, i32 0, !dbg !775
  %59 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %58, i32 0, i32 0, !dbg !776
  store ptr %57, ptr %59, align 8, !dbg !777
  %60 = load ptr, ptr %13, align 8, !dbg !778
  %61 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %15, i32 0, i32 0, !dbg !779
  %62 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %61, i32 0, i32 1, !dbg !780
  store ptr %60, ptr %62, align 8, !dbg !781
  %63 = load ptr, ptr %12, align 8, !dbg !782
  %64 = load i64, ptr %7, align 8, !dbg !783
  %65 = getelementptr inbounds nuw i32, ptr %63, i64 %64, !dbg !784
  %66 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %15, i32 0, i32 0, !dbg !785
  %67 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %66, i32 0, i32 2, !dbg !786
  store ptr %65, ptr %67, align 8, !dbg !787
  ret void, !dbg !788
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__new_allocatorIiE9constructIiJiEEEvPT_DpOT0_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1, ptr noundef nonnull align 4 dereferenceable(4) %2) #1 comdat align 2 !dbg !789 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !790
  %9 = load ptr, ptr %6, align 8, !dbg !791, !nonnull !12, !align !168
  %10 = load i32, ptr %9, align 4, !dbg !792
  store i32 %10, ptr %8, align 4, !dbg !793
  ret void, !dbg !794
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef i64 @_ZNKSt6vectorIiSaIiEE12_M_check_lenEmPKc(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1, ptr noundef %2) #2 comdat align 2 !dbg !795 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %9 = load ptr, ptr %4, align 8
  %10 = call noundef i64 @_ZNKSt6vectorIiSaIiEE8max_sizeEv(ptr noundef nonnull align 8 dereferenceable(24) %9) #15, !dbg !796
  %11 = call noundef i64 @_ZNKSt6vectorIiSaIiEE4sizeEv(ptr noundef nonnull align 8 dereferenceable(24) %9) #15, !dbg !797
  %12 = sub i64 %10, %11, !dbg !798
  %13 = load i64, ptr %5, align 8, !dbg !799
  %14 = icmp ult i64 %12, %13, !dbg !800
  br i1 %14, label %15, label %17, !dbg !800

15:                                               ; preds = %3
  %16 = load ptr, ptr %6, align 8, !dbg !801
  call void @_ZSt20__throw_length_errorPKc(ptr noundef %16) #16, !dbg !802
  unreachable, !dbg !802

17:                                               ; preds = %3
  %18 = call noundef i64 @_ZNKSt6vectorIiSaIiEE4sizeEv(ptr noundef nonnull align 8 dereferenceable(24) %9) #15, !dbg !803
  %19 = call noundef i64 @_ZNKSt6vectorIiSaIiEE4sizeEv(ptr noundef nonnull align 8 dereferenceable(24) %9) #15, !dbg !804
  store i64 %19, ptr %8, align 8, !dbg !804
  %20 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3maxImERKT_S2_S2_(ptr noundef nonnull align 8 dereferenceable(8) %8, ptr noundef nonnull align 8 dereferenceable(8) %5), !dbg !805
  %21 = load i64, ptr %20, align 8, !dbg !805
  %22 = add i64 %18, %21, !dbg !806
  store i64 %22, ptr %7, align 8, !dbg !807
  %23 = load i64, ptr %7, align 8, !dbg !808
  %24 = call noundef i64 @_ZNKSt6vectorIiSaIiEE4sizeEv(ptr noundef nonnull align 8 dereferenceable(24) %9) #15, !dbg !809
  %25 = icmp ult i64 %23, %24, !dbg !810
  br i1 %25, label %30, label %26, !dbg !811

26:                                               ; preds = %17
  %27 = load i64, ptr %7, align 8, !dbg !812
  %28 = call noundef i64 @_ZNKSt6vectorIiSaIiEE8max_sizeEv(ptr noundef nonnull align 8 dereferenceable(24) %9) #15, !dbg !813
  %29 = icmp ugt i64 %27, %28, !dbg !814
  br i1 %29, label %30, label %32, !dbg !815

30:                                               ; preds = %26, %17
  %31 = call noundef i64 @_ZNKSt6vectorIiSaIiEE8max_sizeEv(ptr noundef nonnull align 8 dereferenceable(24) %9) #15, !dbg !816
  br label %34, !dbg !815

32:                                               ; preds = %26
  %33 = load i64, ptr %7, align 8, !dbg !817
  br label %34, !dbg !815

34:                                               ; preds = %32, %30
  %35 = phi i64 [ %31, %30 ], [ %33, %32 ], !dbg !815
  ret i64 %35, !dbg !818
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt12_Vector_baseIiSaIiEE11_M_allocateEm(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1) #2 comdat align 2 !dbg !819 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load i64, ptr %4, align 8, !dbg !820
  %7 = icmp ne i64 %6, 0, !dbg !821
  br i1 %7, label %8, label %12, !dbg !820

8:                                                ; preds = %2
  %9 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %5, i32 0, i32 0, !dbg !822
  %10 = load i64, ptr %4, align 8, !dbg !823
  %11 = call noundef ptr @_ZNSt16allocator_traitsISaIiEE8allocateERS0_m(ptr noundef nonnull align 1 dereferenceable(1) %9, i64 noundef %10), !dbg !824
  br label %13, !dbg !820

12:                                               ; preds = %2
  br label %13, !dbg !820

13:                                               ; preds = %12, %8
  %14 = phi ptr [ %11, %8 ], [ null, %12 ], !dbg !820
  ret ptr %14, !dbg !825
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt6vectorIiSaIiEE11_S_relocateEPiS2_S2_RS0_(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef nonnull align 1 dereferenceable(1) %3) #1 comdat align 2 !dbg !826 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store ptr %3, ptr %8, align 8
  %9 = load ptr, ptr %5, align 8, !dbg !827
  %10 = load ptr, ptr %6, align 8, !dbg !828
  %11 = load ptr, ptr %7, align 8, !dbg !829
  %12 = load ptr, ptr %8, align 8, !dbg !830, !nonnull !12
  %13 = call noundef ptr @_ZSt12__relocate_aIPiS0_SaIiEET0_T_S3_S2_RT1_(ptr noundef %9, ptr noundef %10, ptr noundef %11, ptr noundef nonnull align 1 dereferenceable(1) %12) #15, !dbg !831
  ret ptr %13, !dbg !832
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat align 2 !dbg !833 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !834
  ret ptr %4, !dbg !835
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZNKSt6vectorIiSaIiEE8max_sizeEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !836 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNKSt12_Vector_baseIiSaIiEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %3) #15, !dbg !837
  %5 = call noundef i64 @_ZNSt6vectorIiSaIiEE11_S_max_sizeERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %4) #15, !dbg !838
  ret i64 %5, !dbg !839
}

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) #8

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3maxImERKT_S2_S2_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #1 comdat !dbg !840 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !842, !nonnull !12, !align !36
  %7 = load i64, ptr %6, align 8, !dbg !842
  %8 = load ptr, ptr %5, align 8, !dbg !843, !nonnull !12, !align !36
  %9 = load i64, ptr %8, align 8, !dbg !843
  %10 = icmp ult i64 %7, %9, !dbg !844
  br i1 %10, label %11, label %13, !dbg !844

11:                                               ; preds = %2
  %12 = load ptr, ptr %5, align 8, !dbg !845, !nonnull !12, !align !36
  store ptr %12, ptr %3, align 8, !dbg !846
  br label %15, !dbg !846

13:                                               ; preds = %2
  %14 = load ptr, ptr %4, align 8, !dbg !847, !nonnull !12, !align !36
  store ptr %14, ptr %3, align 8, !dbg !848
  br label %15, !dbg !848

15:                                               ; preds = %13, %11
  %16 = load ptr, ptr %3, align 8, !dbg !849
  ret ptr %16, !dbg !849
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZNSt6vectorIiSaIiEE11_S_max_sizeERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %0) #1 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !850 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  store i64 2305843009213693951, ptr %3, align 8, !dbg !851
  %5 = load ptr, ptr %2, align 8, !dbg !852, !nonnull !12
  %6 = call noundef i64 @_ZNSt16allocator_traitsISaIiEE8max_sizeERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %5) #15, !dbg !853
  store i64 %6, ptr %4, align 8, !dbg !854
  %7 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3minImERKT_S2_S2_(ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 8 dereferenceable(8) %4)
          to label %8 unwind label %10, !dbg !855

8:                                                ; preds = %1
  %9 = load i64, ptr %7, align 8, !dbg !855
  ret i64 %9, !dbg !856

10:                                               ; preds = %1
  %11 = landingpad { ptr, i32 }
          catch ptr null, !dbg !855
  %12 = extractvalue { ptr, i32 } %11, 0, !dbg !855
  call void @__clang_call_terminate(ptr %12) #18, !dbg !855
  unreachable, !dbg !855
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNKSt12_Vector_baseIiSaIiEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !857 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %3, i32 0, i32 0, !dbg !858
  ret ptr %4, !dbg !859
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZNSt16allocator_traitsISaIiEE8max_sizeERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %0) #1 comdat align 2 !dbg !860 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !861, !nonnull !12
  %4 = call noundef i64 @_ZNKSt15__new_allocatorIiE8max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !862
  ret i64 %4, !dbg !863
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3minImERKT_S2_S2_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #1 comdat !dbg !864 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %6 = load ptr, ptr %5, align 8, !dbg !865, !nonnull !12, !align !36
  %7 = load i64, ptr %6, align 8, !dbg !865
  %8 = load ptr, ptr %4, align 8, !dbg !866, !nonnull !12, !align !36
  %9 = load i64, ptr %8, align 8, !dbg !866
  %10 = icmp ult i64 %7, %9, !dbg !867
  br i1 %10, label %11, label %13, !dbg !867

11:                                               ; preds = %2
  %12 = load ptr, ptr %5, align 8, !dbg !868, !nonnull !12, !align !36
  store ptr %12, ptr %3, align 8, !dbg !869
  br label %15, !dbg !869

13:                                               ; preds = %2
  %14 = load ptr, ptr %4, align 8, !dbg !870, !nonnull !12, !align !36
  store ptr %14, ptr %3, align 8, !dbg !871
  br label %15, !dbg !871

15:                                               ; preds = %13, %11
  %16 = load ptr, ptr %3, align 8, !dbg !872
  ret ptr %16, !dbg !872
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZNKSt15__new_allocatorIiE8max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %0) #1 comdat align 2 !dbg !873 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef i64 @_ZNKSt15__new_allocatorIiE11_M_max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !874
  ret i64 %4, !dbg !875
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZNKSt15__new_allocatorIiE11_M_max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %0) #1 comdat align 2 !dbg !876 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret i64 2305843009213693951, !dbg !877
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt16allocator_traitsISaIiEE8allocateERS0_m(ptr noundef nonnull align 1 dereferenceable(1) %0, i64 noundef %1) #2 comdat align 2 !dbg !878 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !879, !nonnull !12
  %6 = load i64, ptr %4, align 8, !dbg !880
  %7 = call noundef ptr @_ZNSt15__new_allocatorIiE8allocateEmPKv(ptr noundef nonnull align 1 dereferenceable(1) %5, i64 noundef %6, ptr noundef null), !dbg !881
  ret ptr %7, !dbg !882
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt15__new_allocatorIiE8allocateEmPKv(ptr noundef nonnull align 1 dereferenceable(1) %0, i64 noundef %1, ptr noundef %2) #2 comdat align 2 !dbg !883 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load i64, ptr %5, align 8, !dbg !884
  %9 = call noundef i64 @_ZNKSt15__new_allocatorIiE11_M_max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %7) #15, !dbg !885
  %10 = icmp ugt i64 %8, %9, !dbg !886
  br i1 %10, label %11, label %16, !dbg !887

11:                                               ; preds = %3
  %12 = load i64, ptr %5, align 8, !dbg !888
  %13 = icmp ugt i64 %12, 4611686018427387903, !dbg !889
  br i1 %13, label %14, label %15, !dbg !889

14:                                               ; preds = %11
  call void @_ZSt28__throw_bad_array_new_lengthv() #16, !dbg !890
  unreachable, !dbg !890

15:                                               ; preds = %11
  call void @_ZSt17__throw_bad_allocv() #16, !dbg !891
  unreachable, !dbg !891

16:                                               ; preds = %3
  %17 = load i64, ptr %5, align 8, !dbg !892
  %18 = mul i64 %17, 4, !dbg !893
  %19 = call noalias noundef nonnull ptr @_Znwm(i64 noundef %18) #20, !dbg !894
  ret ptr %19, !dbg !895
}

; Function Attrs: noreturn
declare void @_ZSt28__throw_bad_array_new_lengthv() #8

; Function Attrs: noreturn
declare void @_ZSt17__throw_bad_allocv() #8

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) #9

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt12__relocate_aIPiS0_SaIiEET0_T_S3_S2_RT1_(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef nonnull align 1 dereferenceable(1) %3) #1 comdat !dbg !896 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store ptr %3, ptr %8, align 8
  %9 = load ptr, ptr %5, align 8, !dbg !898
  %10 = call noundef ptr @_ZSt12__niter_baseIPiET_S1_(ptr noundef %9) #15, !dbg !899
  %11 = load ptr, ptr %6, align 8, !dbg !900
  %12 = call noundef ptr @_ZSt12__niter_baseIPiET_S1_(ptr noundef %11) #15, !dbg !901
  %13 = load ptr, ptr %7, align 8, !dbg !902
  %14 = call noundef ptr @_ZSt12__niter_baseIPiET_S1_(ptr noundef %13) #15, !dbg !903
  %15 = load ptr, ptr %8, align 8, !dbg !904, !nonnull !12
  %16 = call noundef ptr @_ZSt14__relocate_a_1IiiENSt9enable_ifIXsr3std24__is_bitwise_relocatableIT_EE5valueEPS1_E4typeES2_S2_S2_RSaIT0_E(ptr noundef %10, ptr noundef %12, ptr noundef %14, ptr noundef nonnull align 1 dereferenceable(1) %15) #15, !dbg !905
  ret ptr %16, !dbg !906
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt14__relocate_a_1IiiENSt9enable_ifIXsr3std24__is_bitwise_relocatableIT_EE5valueEPS1_E4typeES2_S2_S2_RSaIT0_E(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef nonnull align 1 dereferenceable(1) %3) #1 comdat !dbg !907 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store ptr %3, ptr %8, align 8
  %10 = load ptr, ptr %6, align 8, !dbg !908
  %11 = load ptr, ptr %5, align 8, !dbg !909
  %12 = ptrtoint ptr %10 to i64, !dbg !910
  %13 = ptrtoint ptr %11 to i64, !dbg !910
  %14 = sub i64 %12, %13, !dbg !910
  %15 = sdiv exact i64 %14, 4, !dbg !910
  store i64 %15, ptr %9, align 8, !dbg !911
  %16 = load i64, ptr %9, align 8, !dbg !912
  %17 = icmp sgt i64 %16, 0, !dbg !913
  br i1 %17, label %18, label %23, !dbg !913

18:                                               ; preds = %4
  %19 = load ptr, ptr %7, align 8, !dbg !914
  %20 = load ptr, ptr %5, align 8, !dbg !915
  %21 = load i64, ptr %9, align 8, !dbg !916
  %22 = mul i64 %21, 4, !dbg !917
  call void @llvm.memmove.p0.p0.i64(ptr align 4 %19, ptr align 4 %20, i64 %22, i1 false), !dbg !918
  br label %23, !dbg !919

23:                                               ; preds = %18, %4
  %24 = load ptr, ptr %7, align 8, !dbg !920
  %25 = load i64, ptr %9, align 8, !dbg !921
  %26 = getelementptr inbounds i32, ptr %24, i64 %25, !dbg !922
  ret ptr %26, !dbg !923
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt12__niter_baseIPiET_S1_(ptr noundef %0) #1 comdat !dbg !924 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !925
  ret ptr %3, !dbg !926
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr writeonly captures(none), ptr readonly captures(none), i64, i1 immarg) #4

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEC2ERKS1_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) unnamed_addr #1 comdat align 2 !dbg !927 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0, !dbg !928
  %7 = load ptr, ptr %4, align 8, !dbg !929, !nonnull !12, !align !36
  %8 = load ptr, ptr %7, align 8, !dbg !929
  store ptr %8, ptr %6, align 8, !dbg !928
  ret void, !dbg !930
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal void @"_ZSt6__sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_T0_"(ptr %0, ptr %1) #2 !dbg !931 {
  %3 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %6 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %7 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %8 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %9 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %10 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %11 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %12 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0
  store ptr %0, ptr %12, align 8
  %13 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %1, ptr %13, align 8
  %14 = call noundef zeroext i1 @_ZN9__gnu_cxxneIPiSt6vectorIiSaIiEEEEbRKNS_17__normal_iteratorIT_T0_EESA_(ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !932
  br i1 %14, label %15, label %27, !dbg !932

15:                                               ; preds = %2
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 8 %3, i64 8, i1 false), !dbg !933
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %4, i64 8, i1 false), !dbg !934
  %16 = call noundef i64 @_ZN9__gnu_cxxmiIPiSt6vectorIiSaIiEEEENS_17__normal_iteratorIT_T0_E15difference_typeERKS8_SB_(ptr noundef nonnull align 8 dereferenceable(8) %4, ptr noundef nonnull align 8 dereferenceable(8) %3) #15, !dbg !935
  %17 = call noundef i64 @_ZSt4__lgl(i64 noundef %16), !dbg !936
  %18 = mul nsw i64 %17, 2, !dbg !937
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %8, ptr align 1 %5, i64 1, i1 false), !dbg !938
  %19 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %6, i32 0, i32 0, !dbg !939
  %20 = load ptr, ptr %19, align 8, !dbg !939
  %21 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0, !dbg !939
  %22 = load ptr, ptr %21, align 8, !dbg !939
  call void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_T0_T1_"(ptr %20, ptr %22, i64 noundef %18), !dbg !939
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %3, i64 8, i1 false), !dbg !940
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %4, i64 8, i1 false), !dbg !941
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %11, ptr align 1 %5, i64 1, i1 false), !dbg !942
  %23 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %9, i32 0, i32 0, !dbg !943
  %24 = load ptr, ptr %23, align 8, !dbg !943
  %25 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %10, i32 0, i32 0, !dbg !943
  %26 = load ptr, ptr %25, align 8, !dbg !943
  call void @"_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_T0_"(ptr %24, ptr %26), !dbg !943
  br label %27, !dbg !944

27:                                               ; preds = %15, %2
  ret void, !dbg !945
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal void @"_ZN9__gnu_cxx5__ops16__iter_comp_iterIZ4mainE3$_1EENS0_15_Iter_comp_iterIT_EES4_"() #2 !dbg !946 {
  %1 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %2 = alloca %class.anon, align 1
  %3 = alloca %class.anon, align 1
  call void @"_ZN9__gnu_cxx5__ops15_Iter_comp_iterIZ4mainE3$_1EC2ES2_"(ptr noundef nonnull align 1 dereferenceable(1) %1), !dbg !948
  ret void, !dbg !949
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_T0_T1_"(ptr %0, ptr %1, i64 noundef %2) #2 !dbg !950 {
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %6 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %7 = alloca i64, align 8
  %8 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %9 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %10 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %11 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %12 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %13 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %14 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %15 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %16 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %17 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %18 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %19 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %0, ptr %19, align 8
  %20 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0
  store ptr %1, ptr %20, align 8
  store i64 %2, ptr %7, align 8
  br label %21, !dbg !951

21:                                               ; preds = %34, %3
  %22 = call noundef i64 @_ZN9__gnu_cxxmiIPiSt6vectorIiSaIiEEEENS_17__normal_iteratorIT_T0_E15difference_typeERKS8_SB_(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !952
  %23 = icmp sgt i64 %22, 16, !dbg !953
  br i1 %23, label %24, label %48, !dbg !951

24:                                               ; preds = %21
  %25 = load i64, ptr %7, align 8, !dbg !954
  %26 = icmp eq i64 %25, 0, !dbg !955
  br i1 %26, label %27, label %34, !dbg !955

27:                                               ; preds = %24
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %4, i64 8, i1 false), !dbg !956
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %5, i64 8, i1 false), !dbg !957
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %5, i64 8, i1 false), !dbg !958
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %11, ptr align 1 %6, i64 1, i1 false), !dbg !959
  %28 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %8, i32 0, i32 0, !dbg !960
  %29 = load ptr, ptr %28, align 8, !dbg !960
  %30 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %9, i32 0, i32 0, !dbg !960
  %31 = load ptr, ptr %30, align 8, !dbg !960
  %32 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %10, i32 0, i32 0, !dbg !960
  %33 = load ptr, ptr %32, align 8, !dbg !960
  call void @"_ZSt14__partial_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_SB_T0_"(ptr %29, ptr %31, ptr %33), !dbg !960
  br label %48, !dbg !961

34:                                               ; preds = %24
  %35 = load i64, ptr %7, align 8, !dbg !962
  %36 = add nsw i64 %35, -1, !dbg !962
  store i64 %36, ptr %7, align 8, !dbg !962
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %13, ptr align 8 %4, i64 8, i1 false), !dbg !963
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %14, ptr align 8 %5, i64 8, i1 false), !dbg !964
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %15, ptr align 1 %6, i64 1, i1 false), !dbg !965
  %37 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %13, i32 0, i32 0, !dbg !966
  %38 = load ptr, ptr %37, align 8, !dbg !966
  %39 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %14, i32 0, i32 0, !dbg !966
  %40 = load ptr, ptr %39, align 8, !dbg !966
  %41 = call ptr @"_ZSt27__unguarded_partition_pivotIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEET_SB_SB_T0_"(ptr %38, ptr %40), !dbg !966
  %42 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %12, i32 0, i32 0, !dbg !966
  store ptr %41, ptr %42, align 8, !dbg !966
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %16, ptr align 8 %12, i64 8, i1 false), !dbg !967
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %17, ptr align 8 %5, i64 8, i1 false), !dbg !968
  %43 = load i64, ptr %7, align 8, !dbg !969
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %18, ptr align 1 %6, i64 1, i1 false), !dbg !970
  %44 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %16, i32 0, i32 0, !dbg !971
  %45 = load ptr, ptr %44, align 8, !dbg !971
  %46 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %17, i32 0, i32 0, !dbg !971
  %47 = load ptr, ptr %46, align 8, !dbg !971
  call void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_T0_T1_"(ptr %45, ptr %47, i64 noundef %43), !dbg !971
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %12, i64 8, i1 false), !dbg !972
  br label %21, !dbg !951, !llvm.loop !973

48:                                               ; preds = %27, %21
  ret void, !dbg !975
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZSt4__lgl(i64 noundef %0) #1 comdat !dbg !976 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8, !dbg !977
  %4 = call i64 @llvm.ctlz.i64(i64 %3, i1 true), !dbg !978
  %5 = trunc i64 %4 to i32, !dbg !978
  %6 = sub nsw i32 63, %5, !dbg !979
  %7 = sext i32 %6 to i64, !dbg !980
  ret i64 %7, !dbg !981
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal void @"_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_T0_"(ptr %0, ptr %1) #2 !dbg !982 {
  %3 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %6 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %7 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %8 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %9 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %10 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %11 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %12 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %13 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %14 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %15 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0
  store ptr %0, ptr %15, align 8
  %16 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %1, ptr %16, align 8
  %17 = call noundef i64 @_ZN9__gnu_cxxmiIPiSt6vectorIiSaIiEEEENS_17__normal_iteratorIT_T0_E15difference_typeERKS8_SB_(ptr noundef nonnull align 8 dereferenceable(8) %4, ptr noundef nonnull align 8 dereferenceable(8) %3) #15, !dbg !983
  %18 = icmp sgt i64 %17, 16, !dbg !984
  br i1 %18, label %19, label %32, !dbg !984

19:                                               ; preds = %2
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 8 %3, i64 8, i1 false), !dbg !985
  %20 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 16) #15, !dbg !986
  %21 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0, !dbg !986
  store ptr %20, ptr %21, align 8, !dbg !986
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %8, ptr align 1 %5, i64 1, i1 false), !dbg !987
  %22 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %6, i32 0, i32 0, !dbg !988
  %23 = load ptr, ptr %22, align 8, !dbg !988
  %24 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0, !dbg !988
  %25 = load ptr, ptr %24, align 8, !dbg !988
  call void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_T0_"(ptr %23, ptr %25), !dbg !988
  %26 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 16) #15, !dbg !989
  %27 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %9, i32 0, i32 0, !dbg !989
  store ptr %26, ptr %27, align 8, !dbg !989
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %4, i64 8, i1 false), !dbg !990
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %11, ptr align 1 %5, i64 1, i1 false), !dbg !991
  %28 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %9, i32 0, i32 0, !dbg !992
  %29 = load ptr, ptr %28, align 8, !dbg !992
  %30 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %10, i32 0, i32 0, !dbg !992
  %31 = load ptr, ptr %30, align 8, !dbg !992
  call void @"_ZSt26__unguarded_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_T0_"(ptr %29, ptr %31), !dbg !992
  br label %37, !dbg !993

32:                                               ; preds = %2
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 %3, i64 8, i1 false), !dbg !994
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %13, ptr align 8 %4, i64 8, i1 false), !dbg !995
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %14, ptr align 1 %5, i64 1, i1 false), !dbg !996
  %33 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %12, i32 0, i32 0, !dbg !997
  %34 = load ptr, ptr %33, align 8, !dbg !997
  %35 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %13, i32 0, i32 0, !dbg !997
  %36 = load ptr, ptr %35, align 8, !dbg !997
  call void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_T0_"(ptr %34, ptr %36), !dbg !997
  br label %37

37:                                               ; preds = %32, %19
  ret void, !dbg !998
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal void @"_ZSt14__partial_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_SB_T0_"(ptr %0, ptr %1, ptr %2) #2 !dbg !999 {
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %6 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %7 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %8 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %9 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %10 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %11 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %12 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %13 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %14 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %0, ptr %14, align 8
  %15 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0
  store ptr %1, ptr %15, align 8
  %16 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %6, i32 0, i32 0
  store ptr %2, ptr %16, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %4, i64 8, i1 false), !dbg !1000
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %5, i64 8, i1 false), !dbg !1001
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %6, i64 8, i1 false), !dbg !1002
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %11, ptr align 1 %7, i64 1, i1 false), !dbg !1003
  %17 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %8, i32 0, i32 0, !dbg !1004
  %18 = load ptr, ptr %17, align 8, !dbg !1004
  %19 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %9, i32 0, i32 0, !dbg !1004
  %20 = load ptr, ptr %19, align 8, !dbg !1004
  %21 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %10, i32 0, i32 0, !dbg !1004
  %22 = load ptr, ptr %21, align 8, !dbg !1004
  call void @"_ZSt13__heap_selectIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_SB_T0_"(ptr %18, ptr %20, ptr %22), !dbg !1004
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 %4, i64 8, i1 false), !dbg !1005
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %13, ptr align 8 %5, i64 8, i1 false), !dbg !1006
  %23 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %12, i32 0, i32 0, !dbg !1007
  %24 = load ptr, ptr %23, align 8, !dbg !1007
  %25 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %13, i32 0, i32 0, !dbg !1007
  %26 = load ptr, ptr %25, align 8, !dbg !1007
  call void @"_ZSt11__sort_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_RT0_"(ptr %24, ptr %26, ptr noundef nonnull align 1 dereferenceable(1) %7), !dbg !1007
  ret void, !dbg !1008
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal ptr @"_ZSt27__unguarded_partition_pivotIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEET_SB_SB_T0_"(ptr %0, ptr %1) #2 !dbg !1009 {
  %3 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %6 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %7 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %8 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %9 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %10 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %11 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %12 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %13 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %14 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %15 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %16 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %17 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %0, ptr %17, align 8
  %18 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0
  store ptr %1, ptr %18, align 8
  %19 = call noundef i64 @_ZN9__gnu_cxxmiIPiSt6vectorIiSaIiEEEENS_17__normal_iteratorIT_T0_E15difference_typeERKS8_SB_(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !1010
  %20 = sdiv i64 %19, 2, !dbg !1011
  %21 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef %20) #15, !dbg !1012
  %22 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0, !dbg !1012
  store ptr %21, ptr %22, align 8, !dbg !1012
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %4, i64 8, i1 false), !dbg !1013
  %23 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 1) #15, !dbg !1014
  %24 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %9, i32 0, i32 0, !dbg !1014
  store ptr %23, ptr %24, align 8, !dbg !1014
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %7, i64 8, i1 false), !dbg !1015
  %25 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEmiEl(ptr noundef nonnull align 8 dereferenceable(8) %5, i64 noundef 1) #15, !dbg !1016
  %26 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %11, i32 0, i32 0, !dbg !1016
  store ptr %25, ptr %26, align 8, !dbg !1016
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %12, ptr align 1 %6, i64 1, i1 false), !dbg !1017
  %27 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %8, i32 0, i32 0, !dbg !1018
  %28 = load ptr, ptr %27, align 8, !dbg !1018
  %29 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %9, i32 0, i32 0, !dbg !1018
  %30 = load ptr, ptr %29, align 8, !dbg !1018
  %31 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %10, i32 0, i32 0, !dbg !1018
  %32 = load ptr, ptr %31, align 8, !dbg !1018
  %33 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %11, i32 0, i32 0, !dbg !1018
  %34 = load ptr, ptr %33, align 8, !dbg !1018
  call void @"_ZSt22__move_median_to_firstIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_SB_SB_T0_"(ptr %28, ptr %30, ptr %32, ptr %34), !dbg !1018
  %35 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 1) #15, !dbg !1019
  %36 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %13, i32 0, i32 0, !dbg !1019
  store ptr %35, ptr %36, align 8, !dbg !1019
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %14, ptr align 8 %5, i64 8, i1 false), !dbg !1020
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %15, ptr align 8 %4, i64 8, i1 false), !dbg !1021
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %16, ptr align 1 %6, i64 1, i1 false), !dbg !1022
  %37 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %13, i32 0, i32 0, !dbg !1023
  %38 = load ptr, ptr %37, align 8, !dbg !1023
  %39 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %14, i32 0, i32 0, !dbg !1023
  %40 = load ptr, ptr %39, align 8, !dbg !1023
  %41 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %15, i32 0, i32 0, !dbg !1023
  %42 = load ptr, ptr %41, align 8, !dbg !1023
  %43 = call ptr @"_ZSt21__unguarded_partitionIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEET_SB_SB_SB_T0_"(ptr %38, ptr %40, ptr %42), !dbg !1023
  %44 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !1023
  store ptr %43, ptr %44, align 8, !dbg !1023
  %45 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !1024
  %46 = load ptr, ptr %45, align 8, !dbg !1024
  ret ptr %46, !dbg !1024
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal void @"_ZSt13__heap_selectIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_SB_T0_"(ptr %0, ptr %1, ptr %2) #2 !dbg !1025 {
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %6 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %7 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %8 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %9 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %10 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %11 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %12 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %13 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %14 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %15 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %16 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %0, ptr %16, align 8
  %17 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0
  store ptr %1, ptr %17, align 8
  %18 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %6, i32 0, i32 0
  store ptr %2, ptr %18, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %4, i64 8, i1 false), !dbg !1026
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %5, i64 8, i1 false), !dbg !1027
  %19 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %8, i32 0, i32 0, !dbg !1028
  %20 = load ptr, ptr %19, align 8, !dbg !1028
  %21 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %9, i32 0, i32 0, !dbg !1028
  %22 = load ptr, ptr %21, align 8, !dbg !1028
  call void @"_ZSt11__make_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_RT0_"(ptr %20, ptr %22, ptr noundef nonnull align 1 dereferenceable(1) %7), !dbg !1028
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %5, i64 8, i1 false), !dbg !1029
  br label %23, !dbg !1030

23:                                               ; preds = %39, %3
  %24 = call noundef zeroext i1 @_ZN9__gnu_cxxltIPiSt6vectorIiSaIiEEEEbRKNS_17__normal_iteratorIT_T0_EESA_(ptr noundef nonnull align 8 dereferenceable(8) %10, ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !1031
  br i1 %24, label %25, label %41, !dbg !1032

25:                                               ; preds = %23
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %11, ptr align 8 %10, i64 8, i1 false), !dbg !1033
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 %4, i64 8, i1 false), !dbg !1034
  %26 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %11, i32 0, i32 0, !dbg !1035
  %27 = load ptr, ptr %26, align 8, !dbg !1035
  %28 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %12, i32 0, i32 0, !dbg !1035
  %29 = load ptr, ptr %28, align 8, !dbg !1035
  %30 = call noundef zeroext i1 @"_ZN9__gnu_cxx5__ops15_Iter_comp_iterIZ4mainE3$_1EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEESA_EEbT_T0_"(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr %27, ptr %29), !dbg !1035
  br i1 %30, label %31, label %38, !dbg !1035

31:                                               ; preds = %25
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %13, ptr align 8 %4, i64 8, i1 false), !dbg !1036
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %14, ptr align 8 %5, i64 8, i1 false), !dbg !1037
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %15, ptr align 8 %10, i64 8, i1 false), !dbg !1038
  %32 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %13, i32 0, i32 0, !dbg !1039
  %33 = load ptr, ptr %32, align 8, !dbg !1039
  %34 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %14, i32 0, i32 0, !dbg !1039
  %35 = load ptr, ptr %34, align 8, !dbg !1039
  %36 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %15, i32 0, i32 0, !dbg !1039
  %37 = load ptr, ptr %36, align 8, !dbg !1039
  call void @"_ZSt10__pop_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_SB_RT0_"(ptr %33, ptr %35, ptr %37, ptr noundef nonnull align 1 dereferenceable(1) %7), !dbg !1039
  br label %38, !dbg !1039

38:                                               ; preds = %31, %25
  br label %39, !dbg !1040

39:                                               ; preds = %38
  %40 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %10) #15, !dbg !1041
  br label %23, !dbg !1032, !llvm.loop !1042

41:                                               ; preds = %23
  ret void, !dbg !1044
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal void @"_ZSt11__sort_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_RT0_"(ptr %0, ptr %1, ptr noundef nonnull align 1 dereferenceable(1) %2) #2 !dbg !1045 {
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %6 = alloca ptr, align 8
  %7 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %8 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %9 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %10 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %0, ptr %10, align 8
  %11 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0
  store ptr %1, ptr %11, align 8
  store ptr %2, ptr %6, align 8
  br label %12, !dbg !1047

12:                                               ; preds = %15, %3
  %13 = call noundef i64 @_ZN9__gnu_cxxmiIPiSt6vectorIiSaIiEEEENS_17__normal_iteratorIT_T0_E15difference_typeERKS8_SB_(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !1048
  %14 = icmp sgt i64 %13, 1, !dbg !1049
  br i1 %14, label %15, label %24, !dbg !1047

15:                                               ; preds = %12
  %16 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEmmEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !1050
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %4, i64 8, i1 false), !dbg !1051
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %5, i64 8, i1 false), !dbg !1052
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %5, i64 8, i1 false), !dbg !1053
  %17 = load ptr, ptr %6, align 8, !dbg !1054, !nonnull !12
  %18 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0, !dbg !1055
  %19 = load ptr, ptr %18, align 8, !dbg !1055
  %20 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %8, i32 0, i32 0, !dbg !1055
  %21 = load ptr, ptr %20, align 8, !dbg !1055
  %22 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %9, i32 0, i32 0, !dbg !1055
  %23 = load ptr, ptr %22, align 8, !dbg !1055
  call void @"_ZSt10__pop_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_SB_RT0_"(ptr %19, ptr %21, ptr %23, ptr noundef nonnull align 1 dereferenceable(1) %17), !dbg !1055
  br label %12, !dbg !1047, !llvm.loop !1056

24:                                               ; preds = %12
  ret void, !dbg !1058
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal void @"_ZSt11__make_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_RT0_"(ptr %0, ptr %1, ptr noundef nonnull align 1 dereferenceable(1) %2) #2 !dbg !1059 {
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %11 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %12 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %13 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %0, ptr %13, align 8
  %14 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0
  store ptr %1, ptr %14, align 8
  store ptr %2, ptr %6, align 8
  %15 = call noundef i64 @_ZN9__gnu_cxxmiIPiSt6vectorIiSaIiEEEENS_17__normal_iteratorIT_T0_E15difference_typeERKS8_SB_(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !1060
  %16 = icmp slt i64 %15, 2, !dbg !1061
  br i1 %16, label %17, label %18, !dbg !1061

17:                                               ; preds = %3
  br label %41, !dbg !1062

18:                                               ; preds = %3
  %19 = call noundef i64 @_ZN9__gnu_cxxmiIPiSt6vectorIiSaIiEEEENS_17__normal_iteratorIT_T0_E15difference_typeERKS8_SB_(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !1063
  store i64 %19, ptr %7, align 8, !dbg !1064
  %20 = load i64, ptr %7, align 8, !dbg !1065
  %21 = sub nsw i64 %20, 2, !dbg !1066
  %22 = sdiv i64 %21, 2, !dbg !1067
  store i64 %22, ptr %8, align 8, !dbg !1068
  br label %23, !dbg !1069

23:                                               ; preds = %18, %38
  %24 = load i64, ptr %8, align 8, !dbg !1070
  %25 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef %24) #15, !dbg !1071
  %26 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %10, i32 0, i32 0, !dbg !1071
  store ptr %25, ptr %26, align 8, !dbg !1071
  %27 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %10) #15, !dbg !1072
  %28 = load i32, ptr %27, align 4, !dbg !1073
  store i32 %28, ptr %9, align 4, !dbg !1074
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %11, ptr align 8 %4, i64 8, i1 false), !dbg !1075
  %29 = load i64, ptr %8, align 8, !dbg !1076
  %30 = load i64, ptr %7, align 8, !dbg !1077
  %31 = load i32, ptr %9, align 4, !dbg !1078
  %32 = load ptr, ptr %6, align 8, !dbg !1079, !nonnull !12
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %12, ptr align 1 %32, i64 1, i1 false), !dbg !1079
  %33 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %11, i32 0, i32 0, !dbg !1080
  %34 = load ptr, ptr %33, align 8, !dbg !1080
  call void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEliNS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_T0_SC_T1_T2_"(ptr %34, i64 noundef %29, i64 noundef %30, i32 noundef %31), !dbg !1080
  %35 = load i64, ptr %8, align 8, !dbg !1081
  %36 = icmp eq i64 %35, 0, !dbg !1082
  br i1 %36, label %37, label %38, !dbg !1082

37:                                               ; preds = %23
  br label %41, !dbg !1083

38:                                               ; preds = %23
  %39 = load i64, ptr %8, align 8, !dbg !1084
  %40 = add nsw i64 %39, -1, !dbg !1084
  store i64 %40, ptr %8, align 8, !dbg !1084
  br label %23, !dbg !1069, !llvm.loop !1085

41:                                               ; preds = %37, %17
  ret void, !dbg !1087
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef zeroext i1 @_ZN9__gnu_cxxltIPiSt6vectorIiSaIiEEEEbRKNS_17__normal_iteratorIT_T0_EESA_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #1 comdat !dbg !1088 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !1089, !nonnull !12, !align !36
  %6 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !1090
  %7 = load ptr, ptr %6, align 8, !dbg !1090
  %8 = load ptr, ptr %4, align 8, !dbg !1091, !nonnull !12, !align !36
  %9 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %8) #15, !dbg !1092
  %10 = load ptr, ptr %9, align 8, !dbg !1092
  %11 = icmp ult ptr %7, %10, !dbg !1093
  ret i1 %11, !dbg !1094
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal noundef zeroext i1 @"_ZN9__gnu_cxx5__ops15_Iter_comp_iterIZ4mainE3$_1EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEESA_EEbT_T0_"(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr %1, ptr %2) #1 align 2 !dbg !1095 {
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %6 = alloca ptr, align 8
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %1, ptr %7, align 8
  %8 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0
  store ptr %2, ptr %8, align 8
  store ptr %0, ptr %6, align 8
  %9 = load ptr, ptr %6, align 8
  %10 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !1096
  %11 = load i32, ptr %10, align 4, !dbg !1096
  %12 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !1097
  %13 = load i32, ptr %12, align 4, !dbg !1097
  %14 = call noundef zeroext i1 @"_ZZ4mainENK3$_1clEii"(ptr noundef nonnull align 1 dereferenceable(1) %9, i32 noundef %11, i32 noundef %13), !dbg !1098
  ret i1 %14, !dbg !1099
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal void @"_ZSt10__pop_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_SB_RT0_"(ptr %0, ptr %1, ptr %2, ptr noundef nonnull align 1 dereferenceable(1) %3) #2 !dbg !1100 {
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %6 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %7 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %11 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %12 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0
  store ptr %0, ptr %12, align 8
  %13 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %6, i32 0, i32 0
  store ptr %1, ptr %13, align 8
  %14 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0
  store ptr %2, ptr %14, align 8
  store ptr %3, ptr %8, align 8
  %15 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %7) #15, !dbg !1101
  %16 = load i32, ptr %15, align 4, !dbg !1102
  store i32 %16, ptr %9, align 4, !dbg !1103
  %17 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !1104
  %18 = load i32, ptr %17, align 4, !dbg !1105
  %19 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %7) #15, !dbg !1106
  store i32 %18, ptr %19, align 4, !dbg !1107
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %5, i64 8, i1 false), !dbg !1108
  %20 = call noundef i64 @_ZN9__gnu_cxxmiIPiSt6vectorIiSaIiEEEENS_17__normal_iteratorIT_T0_E15difference_typeERKS8_SB_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !1109
  %21 = load i32, ptr %9, align 4, !dbg !1110
  %22 = load ptr, ptr %8, align 8, !dbg !1111, !nonnull !12
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %11, ptr align 1 %22, i64 1, i1 false), !dbg !1111
  %23 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %10, i32 0, i32 0, !dbg !1112
  %24 = load ptr, ptr %23, align 8, !dbg !1112
  call void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEliNS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_T0_SC_T1_T2_"(ptr %24, i64 noundef 0, i64 noundef %20, i32 noundef %21), !dbg !1112
  ret void, !dbg !1113
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %0, i64 noundef %1) #1 comdat align 2 !dbg !1114 {
  %3 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0, !dbg !1115
  %9 = load ptr, ptr %8, align 8, !dbg !1115
  %10 = load i64, ptr %5, align 8, !dbg !1116
  %11 = getelementptr inbounds i32, ptr %9, i64 %10, !dbg !1117
  store ptr %11, ptr %6, align 8, !dbg !1115
  call void @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEC2ERKS1_(ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !1118
  %12 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !1119
  %13 = load ptr, ptr %12, align 8, !dbg !1119
  ret ptr %13, !dbg !1119
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal void @"_ZSt13__adjust_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEliNS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_T0_SC_T1_T2_"(ptr %0, i64 noundef %1, i64 noundef %2, i32 noundef %3) #2 !dbg !1120 {
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %6 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %13 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %14 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %15 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %16 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %17 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %18 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_val", align 1
  %19 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %20 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0
  store ptr %0, ptr %20, align 8
  store i64 %1, ptr %7, align 8
  store i64 %2, ptr %8, align 8
  store i32 %3, ptr %9, align 4
  %21 = load i64, ptr %7, align 8, !dbg !1121
  store i64 %21, ptr %10, align 8, !dbg !1122
  %22 = load i64, ptr %7, align 8, !dbg !1123
  store i64 %22, ptr %11, align 8, !dbg !1124
  br label %23, !dbg !1125

23:                                               ; preds = %48, %4
  %24 = load i64, ptr %11, align 8, !dbg !1126
  %25 = load i64, ptr %8, align 8, !dbg !1127
  %26 = sub nsw i64 %25, 1, !dbg !1128
  %27 = sdiv i64 %26, 2, !dbg !1129
  %28 = icmp slt i64 %24, %27, !dbg !1130
  br i1 %28, label %29, label %59, !dbg !1125

29:                                               ; preds = %23
  %30 = load i64, ptr %11, align 8, !dbg !1131
  %31 = add nsw i64 %30, 1, !dbg !1132
  %32 = mul nsw i64 2, %31, !dbg !1133
  store i64 %32, ptr %11, align 8, !dbg !1134
  %33 = load i64, ptr %11, align 8, !dbg !1135
  %34 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %5, i64 noundef %33) #15, !dbg !1136
  %35 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %12, i32 0, i32 0, !dbg !1136
  store ptr %34, ptr %35, align 8, !dbg !1136
  %36 = load i64, ptr %11, align 8, !dbg !1137
  %37 = sub nsw i64 %36, 1, !dbg !1138
  %38 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %5, i64 noundef %37) #15, !dbg !1139
  %39 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %13, i32 0, i32 0, !dbg !1139
  store ptr %38, ptr %39, align 8, !dbg !1139
  %40 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %12, i32 0, i32 0, !dbg !1140
  %41 = load ptr, ptr %40, align 8, !dbg !1140
  %42 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %13, i32 0, i32 0, !dbg !1140
  %43 = load ptr, ptr %42, align 8, !dbg !1140
  %44 = call noundef zeroext i1 @"_ZN9__gnu_cxx5__ops15_Iter_comp_iterIZ4mainE3$_1EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEESA_EEbT_T0_"(ptr noundef nonnull align 1 dereferenceable(1) %6, ptr %41, ptr %43), !dbg !1140
  br i1 %44, label %45, label %48, !dbg !1140

45:                                               ; preds = %29
  %46 = load i64, ptr %11, align 8, !dbg !1141
  %47 = add nsw i64 %46, -1, !dbg !1141
  store i64 %47, ptr %11, align 8, !dbg !1141
  br label %48, !dbg !1142

48:                                               ; preds = %45, %29
  %49 = load i64, ptr %11, align 8, !dbg !1143
  %50 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %5, i64 noundef %49) #15, !dbg !1144
  %51 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %14, i32 0, i32 0, !dbg !1144
  store ptr %50, ptr %51, align 8, !dbg !1144
  %52 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %14) #15, !dbg !1145
  %53 = load i32, ptr %52, align 4, !dbg !1146
  %54 = load i64, ptr %7, align 8, !dbg !1147
  %55 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %5, i64 noundef %54) #15, !dbg !1148
  %56 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %15, i32 0, i32 0, !dbg !1148
  store ptr %55, ptr %56, align 8, !dbg !1148
  %57 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %15) #15, !dbg !1149
  store i32 %53, ptr %57, align 4, !dbg !1150
  %58 = load i64, ptr %11, align 8, !dbg !1151
  store i64 %58, ptr %7, align 8, !dbg !1152
  br label %23, !dbg !1125, !llvm.loop !1153

59:                                               ; preds = %23
  %60 = load i64, ptr %8, align 8, !dbg !1155
  %61 = and i64 %60, 1, !dbg !1156
  %62 = icmp eq i64 %61, 0, !dbg !1157
  br i1 %62, label %63, label %85, !dbg !1158

63:                                               ; preds = %59
  %64 = load i64, ptr %11, align 8, !dbg !1159
  %65 = load i64, ptr %8, align 8, !dbg !1160
  %66 = sub nsw i64 %65, 2, !dbg !1161
  %67 = sdiv i64 %66, 2, !dbg !1162
  %68 = icmp eq i64 %64, %67, !dbg !1163
  br i1 %68, label %69, label %85, !dbg !1158

69:                                               ; preds = %63
  %70 = load i64, ptr %11, align 8, !dbg !1164
  %71 = add nsw i64 %70, 1, !dbg !1165
  %72 = mul nsw i64 2, %71, !dbg !1166
  store i64 %72, ptr %11, align 8, !dbg !1167
  %73 = load i64, ptr %11, align 8, !dbg !1168
  %74 = sub nsw i64 %73, 1, !dbg !1169
  %75 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %5, i64 noundef %74) #15, !dbg !1170
  %76 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %16, i32 0, i32 0, !dbg !1170
  store ptr %75, ptr %76, align 8, !dbg !1170
  %77 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %16) #15, !dbg !1171
  %78 = load i32, ptr %77, align 4, !dbg !1172
  %79 = load i64, ptr %7, align 8, !dbg !1173
  %80 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %5, i64 noundef %79) #15, !dbg !1174
  %81 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %17, i32 0, i32 0, !dbg !1174
  store ptr %80, ptr %81, align 8, !dbg !1174
  %82 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %17) #15, !dbg !1175
  store i32 %78, ptr %82, align 4, !dbg !1176
  %83 = load i64, ptr %11, align 8, !dbg !1177
  %84 = sub nsw i64 %83, 1, !dbg !1178
  store i64 %84, ptr %7, align 8, !dbg !1179
  br label %85, !dbg !1180

85:                                               ; preds = %69, %63, %59
  call void @"_ZN9__gnu_cxx5__ops14_Iter_comp_valIZ4mainE3$_1EC2EONS0_15_Iter_comp_iterIS2_EE"(ptr noundef nonnull align 1 dereferenceable(1) %18, ptr noundef nonnull align 1 dereferenceable(1) %6), !dbg !1181
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %19, ptr align 8 %5, i64 8, i1 false), !dbg !1182
  %86 = load i64, ptr %7, align 8, !dbg !1183
  %87 = load i64, ptr %10, align 8, !dbg !1184
  %88 = load i32, ptr %9, align 4, !dbg !1185
  %89 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %19, i32 0, i32 0, !dbg !1186
  %90 = load ptr, ptr %89, align 8, !dbg !1186
  call void @"_ZSt11__push_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEliNS0_5__ops14_Iter_comp_valIZ4mainE3$_1EEEvT_T0_SC_T1_RT2_"(ptr %90, i64 noundef %86, i64 noundef %87, i32 noundef %88, ptr noundef nonnull align 1 dereferenceable(1) %18), !dbg !1186
  ret void, !dbg !1187
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal void @"_ZN9__gnu_cxx5__ops14_Iter_comp_valIZ4mainE3$_1EC2EONS0_15_Iter_comp_iterIS2_EE"(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #1 align 2 !dbg !1188 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !1189, !nonnull !12
  ret void, !dbg !1190
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal void @"_ZSt11__push_heapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEliNS0_5__ops14_Iter_comp_valIZ4mainE3$_1EEEvT_T0_SC_T1_RT2_"(ptr %0, i64 noundef %1, i64 noundef %2, i32 noundef %3, ptr noundef nonnull align 1 dereferenceable(1) %4) #2 !dbg !1191 {
  %6 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca i64, align 8
  %12 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %13 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %14 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %15 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %16 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %6, i32 0, i32 0
  store ptr %0, ptr %16, align 8
  store i64 %1, ptr %7, align 8
  store i64 %2, ptr %8, align 8
  store i32 %3, ptr %9, align 4
  store ptr %4, ptr %10, align 8
  %17 = load i64, ptr %7, align 8, !dbg !1192
  %18 = sub nsw i64 %17, 1, !dbg !1193
  %19 = sdiv i64 %18, 2, !dbg !1194
  store i64 %19, ptr %11, align 8, !dbg !1195
  br label %20, !dbg !1196

20:                                               ; preds = %34, %5
  %21 = load i64, ptr %7, align 8, !dbg !1197
  %22 = load i64, ptr %8, align 8, !dbg !1198
  %23 = icmp sgt i64 %21, %22, !dbg !1199
  br i1 %23, label %24, label %32, !dbg !1200

24:                                               ; preds = %20
  %25 = load ptr, ptr %10, align 8, !dbg !1201, !nonnull !12
  %26 = load i64, ptr %11, align 8, !dbg !1202
  %27 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %6, i64 noundef %26) #15, !dbg !1203
  %28 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %12, i32 0, i32 0, !dbg !1203
  store ptr %27, ptr %28, align 8, !dbg !1203
  %29 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %12, i32 0, i32 0, !dbg !1201
  %30 = load ptr, ptr %29, align 8, !dbg !1201
  %31 = call noundef zeroext i1 @"_ZN9__gnu_cxx5__ops14_Iter_comp_valIZ4mainE3$_1EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEEiEEbT_RT0_"(ptr noundef nonnull align 1 dereferenceable(1) %25, ptr %30, ptr noundef nonnull align 4 dereferenceable(4) %9), !dbg !1201
  br label %32

32:                                               ; preds = %24, %20
  %33 = phi i1 [ false, %20 ], [ %31, %24 ], !dbg !1204
  br i1 %33, label %34, label %48, !dbg !1196

34:                                               ; preds = %32
  %35 = load i64, ptr %11, align 8, !dbg !1205
  %36 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %6, i64 noundef %35) #15, !dbg !1206
  %37 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %13, i32 0, i32 0, !dbg !1206
  store ptr %36, ptr %37, align 8, !dbg !1206
  %38 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %13) #15, !dbg !1207
  %39 = load i32, ptr %38, align 4, !dbg !1208
  %40 = load i64, ptr %7, align 8, !dbg !1209
  %41 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %6, i64 noundef %40) #15, !dbg !1210
  %42 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %14, i32 0, i32 0, !dbg !1210
  store ptr %41, ptr %42, align 8, !dbg !1210
  %43 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %14) #15, !dbg !1211
  store i32 %39, ptr %43, align 4, !dbg !1212
  %44 = load i64, ptr %11, align 8, !dbg !1213
  store i64 %44, ptr %7, align 8, !dbg !1214
  %45 = load i64, ptr %7, align 8, !dbg !1215
  %46 = sub nsw i64 %45, 1, !dbg !1216
  %47 = sdiv i64 %46, 2, !dbg !1217
  store i64 %47, ptr %11, align 8, !dbg !1218
  br label %20, !dbg !1196, !llvm.loop !1219

48:                                               ; preds = %32
  %49 = load i32, ptr %9, align 4, !dbg !1221
  %50 = load i64, ptr %7, align 8, !dbg !1222
  %51 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %6, i64 noundef %50) #15, !dbg !1223
  %52 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %15, i32 0, i32 0, !dbg !1223
  store ptr %51, ptr %52, align 8, !dbg !1223
  %53 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %15) #15, !dbg !1224
  store i32 %49, ptr %53, align 4, !dbg !1225
  ret void, !dbg !1226
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal noundef zeroext i1 @"_ZN9__gnu_cxx5__ops14_Iter_comp_valIZ4mainE3$_1EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEEiEEbT_RT0_"(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr %1, ptr noundef nonnull align 4 dereferenceable(4) %2) #2 align 2 !dbg !1227 {
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %1, ptr %7, align 8
  store ptr %0, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %8 = load ptr, ptr %5, align 8
  %9 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !1228
  %10 = load i32, ptr %9, align 4, !dbg !1228
  %11 = load ptr, ptr %6, align 8, !dbg !1229, !nonnull !12, !align !168
  %12 = load i32, ptr %11, align 4, !dbg !1229
  %13 = call noundef zeroext i1 @"_ZZ4mainENK3$_1clEii"(ptr noundef nonnull align 1 dereferenceable(1) %8, i32 noundef %10, i32 noundef %12), !dbg !1230
  ret i1 %13, !dbg !1231
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal noundef zeroext i1 @"_ZZ4mainENK3$_1clEii"(ptr noundef nonnull align 1 dereferenceable(1) %0, i32 noundef %1, i32 noundef %2) #1 align 2 !dbg !1232 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %7 = load ptr, ptr %4, align 8
  %8 = load i32, ptr %5, align 4, !dbg !1233
  %9 = srem i32 %8, 10, !dbg !1234
  %10 = load i32, ptr %6, align 4, !dbg !1235
  %11 = srem i32 %10, 10, !dbg !1236
  %12 = icmp ne i32 %9, %11, !dbg !1237
  br i1 %12, label %13, label %19, !dbg !1233

13:                                               ; preds = %3
  %14 = load i32, ptr %5, align 4, !dbg !1238
  %15 = srem i32 %14, 10, !dbg !1239
  %16 = load i32, ptr %6, align 4, !dbg !1240
  %17 = srem i32 %16, 10, !dbg !1241
  %18 = icmp slt i32 %15, %17, !dbg !1242
  br label %23, !dbg !1233

19:                                               ; preds = %3
  %20 = load i32, ptr %5, align 4, !dbg !1243
  %21 = load i32, ptr %6, align 4, !dbg !1244
  %22 = icmp sgt i32 %20, %21, !dbg !1245
  br label %23, !dbg !1233

23:                                               ; preds = %19, %13
  %24 = phi i1 [ %18, %13 ], [ %22, %19 ], !dbg !1233
  ret i1 %24, !dbg !1246
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEmmEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat align 2 !dbg !1247 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !1248
  %5 = load ptr, ptr %4, align 8, !dbg !1249
  %6 = getelementptr inbounds i32, ptr %5, i32 -1, !dbg !1249
  store ptr %6, ptr %4, align 8, !dbg !1249
  ret ptr %3, !dbg !1250
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal void @"_ZSt22__move_median_to_firstIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_SB_SB_T0_"(ptr %0, ptr %1, ptr %2, ptr %3) #2 !dbg !1251 {
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %6 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %7 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %8 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %9 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %10 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %11 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %12 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %13 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %14 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %15 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %16 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %17 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %18 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %19 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %20 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %21 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %22 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %23 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %24 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %25 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %26 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %27 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %28 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %29 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %30 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %31 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %32 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0
  store ptr %0, ptr %32, align 8
  %33 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %6, i32 0, i32 0
  store ptr %1, ptr %33, align 8
  %34 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0
  store ptr %2, ptr %34, align 8
  %35 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %8, i32 0, i32 0
  store ptr %3, ptr %35, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %6, i64 8, i1 false), !dbg !1252
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %11, ptr align 8 %7, i64 8, i1 false), !dbg !1253
  %36 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %10, i32 0, i32 0, !dbg !1254
  %37 = load ptr, ptr %36, align 8, !dbg !1254
  %38 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %11, i32 0, i32 0, !dbg !1254
  %39 = load ptr, ptr %38, align 8, !dbg !1254
  %40 = call noundef zeroext i1 @"_ZN9__gnu_cxx5__ops15_Iter_comp_iterIZ4mainE3$_1EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEESA_EEbT_T0_"(ptr noundef nonnull align 1 dereferenceable(1) %9, ptr %37, ptr %39), !dbg !1254
  br i1 %40, label %41, label %70, !dbg !1254

41:                                               ; preds = %4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 %7, i64 8, i1 false), !dbg !1255
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %13, ptr align 8 %8, i64 8, i1 false), !dbg !1256
  %42 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %12, i32 0, i32 0, !dbg !1257
  %43 = load ptr, ptr %42, align 8, !dbg !1257
  %44 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %13, i32 0, i32 0, !dbg !1257
  %45 = load ptr, ptr %44, align 8, !dbg !1257
  %46 = call noundef zeroext i1 @"_ZN9__gnu_cxx5__ops15_Iter_comp_iterIZ4mainE3$_1EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEESA_EEbT_T0_"(ptr noundef nonnull align 1 dereferenceable(1) %9, ptr %43, ptr %45), !dbg !1257
  br i1 %46, label %47, label %52, !dbg !1257

47:                                               ; preds = %41
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %14, ptr align 8 %5, i64 8, i1 false), !dbg !1258
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %15, ptr align 8 %7, i64 8, i1 false), !dbg !1259
  %48 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %14, i32 0, i32 0, !dbg !1260
  %49 = load ptr, ptr %48, align 8, !dbg !1260
  %50 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %15, i32 0, i32 0, !dbg !1260
  %51 = load ptr, ptr %50, align 8, !dbg !1260
  call void @_ZSt9iter_swapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES6_EvT_T0_(ptr %49, ptr %51), !dbg !1260
  br label %69, !dbg !1260

52:                                               ; preds = %41
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %16, ptr align 8 %6, i64 8, i1 false), !dbg !1261
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %17, ptr align 8 %8, i64 8, i1 false), !dbg !1262
  %53 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %16, i32 0, i32 0, !dbg !1263
  %54 = load ptr, ptr %53, align 8, !dbg !1263
  %55 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %17, i32 0, i32 0, !dbg !1263
  %56 = load ptr, ptr %55, align 8, !dbg !1263
  %57 = call noundef zeroext i1 @"_ZN9__gnu_cxx5__ops15_Iter_comp_iterIZ4mainE3$_1EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEESA_EEbT_T0_"(ptr noundef nonnull align 1 dereferenceable(1) %9, ptr %54, ptr %56), !dbg !1263
  br i1 %57, label %58, label %63, !dbg !1263

58:                                               ; preds = %52
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %18, ptr align 8 %5, i64 8, i1 false), !dbg !1264
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %19, ptr align 8 %8, i64 8, i1 false), !dbg !1265
  %59 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %18, i32 0, i32 0, !dbg !1266
  %60 = load ptr, ptr %59, align 8, !dbg !1266
  %61 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %19, i32 0, i32 0, !dbg !1266
  %62 = load ptr, ptr %61, align 8, !dbg !1266
  call void @_ZSt9iter_swapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES6_EvT_T0_(ptr %60, ptr %62), !dbg !1266
  br label %68, !dbg !1266

63:                                               ; preds = %52
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %20, ptr align 8 %5, i64 8, i1 false), !dbg !1267
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %21, ptr align 8 %6, i64 8, i1 false), !dbg !1268
  %64 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %20, i32 0, i32 0, !dbg !1269
  %65 = load ptr, ptr %64, align 8, !dbg !1269
  %66 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %21, i32 0, i32 0, !dbg !1269
  %67 = load ptr, ptr %66, align 8, !dbg !1269
  call void @_ZSt9iter_swapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES6_EvT_T0_(ptr %65, ptr %67), !dbg !1269
  br label %68

68:                                               ; preds = %63, %58
  br label %69

69:                                               ; preds = %68, %47
  br label %99, !dbg !1270

70:                                               ; preds = %4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %22, ptr align 8 %6, i64 8, i1 false), !dbg !1271
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %23, ptr align 8 %8, i64 8, i1 false), !dbg !1272
  %71 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %22, i32 0, i32 0, !dbg !1273
  %72 = load ptr, ptr %71, align 8, !dbg !1273
  %73 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %23, i32 0, i32 0, !dbg !1273
  %74 = load ptr, ptr %73, align 8, !dbg !1273
  %75 = call noundef zeroext i1 @"_ZN9__gnu_cxx5__ops15_Iter_comp_iterIZ4mainE3$_1EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEESA_EEbT_T0_"(ptr noundef nonnull align 1 dereferenceable(1) %9, ptr %72, ptr %74), !dbg !1273
  br i1 %75, label %76, label %81, !dbg !1273

76:                                               ; preds = %70
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %24, ptr align 8 %5, i64 8, i1 false), !dbg !1274
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %25, ptr align 8 %6, i64 8, i1 false), !dbg !1275
  %77 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %24, i32 0, i32 0, !dbg !1276
  %78 = load ptr, ptr %77, align 8, !dbg !1276
  %79 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %25, i32 0, i32 0, !dbg !1276
  %80 = load ptr, ptr %79, align 8, !dbg !1276
  call void @_ZSt9iter_swapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES6_EvT_T0_(ptr %78, ptr %80), !dbg !1276
  br label %98, !dbg !1276

81:                                               ; preds = %70
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %26, ptr align 8 %7, i64 8, i1 false), !dbg !1277
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %27, ptr align 8 %8, i64 8, i1 false), !dbg !1278
  %82 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %26, i32 0, i32 0, !dbg !1279
  %83 = load ptr, ptr %82, align 8, !dbg !1279
  %84 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %27, i32 0, i32 0, !dbg !1279
  %85 = load ptr, ptr %84, align 8, !dbg !1279
  %86 = call noundef zeroext i1 @"_ZN9__gnu_cxx5__ops15_Iter_comp_iterIZ4mainE3$_1EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEESA_EEbT_T0_"(ptr noundef nonnull align 1 dereferenceable(1) %9, ptr %83, ptr %85), !dbg !1279
  br i1 %86, label %87, label %92, !dbg !1279

87:                                               ; preds = %81
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %28, ptr align 8 %5, i64 8, i1 false), !dbg !1280
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %29, ptr align 8 %8, i64 8, i1 false), !dbg !1281
  %88 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %28, i32 0, i32 0, !dbg !1282
  %89 = load ptr, ptr %88, align 8, !dbg !1282
  %90 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %29, i32 0, i32 0, !dbg !1282
  %91 = load ptr, ptr %90, align 8, !dbg !1282
  call void @_ZSt9iter_swapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES6_EvT_T0_(ptr %89, ptr %91), !dbg !1282
  br label %97, !dbg !1282

92:                                               ; preds = %81
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %30, ptr align 8 %5, i64 8, i1 false), !dbg !1283
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %31, ptr align 8 %7, i64 8, i1 false), !dbg !1284
  %93 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %30, i32 0, i32 0, !dbg !1285
  %94 = load ptr, ptr %93, align 8, !dbg !1285
  %95 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %31, i32 0, i32 0, !dbg !1285
  %96 = load ptr, ptr %95, align 8, !dbg !1285
  call void @_ZSt9iter_swapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES6_EvT_T0_(ptr %94, ptr %96), !dbg !1285
  br label %97

97:                                               ; preds = %92, %87
  br label %98

98:                                               ; preds = %97, %76
  br label %99

99:                                               ; preds = %98, %69
  ret void, !dbg !1286
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEmiEl(ptr noundef nonnull align 8 dereferenceable(8) %0, i64 noundef %1) #1 comdat align 2 !dbg !1287 {
  %3 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0, !dbg !1288
  %9 = load ptr, ptr %8, align 8, !dbg !1288
  %10 = load i64, ptr %5, align 8, !dbg !1289
  %11 = sub i64 0, %10, !dbg !1290
  %12 = getelementptr inbounds i32, ptr %9, i64 %11, !dbg !1290
  store ptr %12, ptr %6, align 8, !dbg !1288
  call void @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEC2ERKS1_(ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !1291
  %13 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !1292
  %14 = load ptr, ptr %13, align 8, !dbg !1292
  ret ptr %14, !dbg !1292
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal ptr @"_ZSt21__unguarded_partitionIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEET_SB_SB_SB_T0_"(ptr %0, ptr %1, ptr %2) #1 !dbg !1293 {
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %6 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %7 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %8 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %9 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %10 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %11 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %12 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %13 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %14 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %15 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0
  store ptr %0, ptr %15, align 8
  %16 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %6, i32 0, i32 0
  store ptr %1, ptr %16, align 8
  %17 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0
  store ptr %2, ptr %17, align 8
  br label %18, !dbg !1294

18:                                               ; preds = %3, %42
  br label %19, !dbg !1295

19:                                               ; preds = %25, %18
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %5, i64 8, i1 false), !dbg !1296
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %7, i64 8, i1 false), !dbg !1297
  %20 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %9, i32 0, i32 0, !dbg !1298
  %21 = load ptr, ptr %20, align 8, !dbg !1298
  %22 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %10, i32 0, i32 0, !dbg !1298
  %23 = load ptr, ptr %22, align 8, !dbg !1298
  %24 = call noundef zeroext i1 @"_ZN9__gnu_cxx5__ops15_Iter_comp_iterIZ4mainE3$_1EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEESA_EEbT_T0_"(ptr noundef nonnull align 1 dereferenceable(1) %8, ptr %21, ptr %23), !dbg !1298
  br i1 %24, label %25, label %27, !dbg !1295

25:                                               ; preds = %19
  %26 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !1299
  br label %19, !dbg !1295, !llvm.loop !1300

27:                                               ; preds = %19
  %28 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEmmEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !1302
  br label %29, !dbg !1303

29:                                               ; preds = %35, %27
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %11, ptr align 8 %7, i64 8, i1 false), !dbg !1304
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 %6, i64 8, i1 false), !dbg !1305
  %30 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %11, i32 0, i32 0, !dbg !1306
  %31 = load ptr, ptr %30, align 8, !dbg !1306
  %32 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %12, i32 0, i32 0, !dbg !1306
  %33 = load ptr, ptr %32, align 8, !dbg !1306
  %34 = call noundef zeroext i1 @"_ZN9__gnu_cxx5__ops15_Iter_comp_iterIZ4mainE3$_1EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEESA_EEbT_T0_"(ptr noundef nonnull align 1 dereferenceable(1) %8, ptr %31, ptr %33), !dbg !1306
  br i1 %34, label %35, label %37, !dbg !1303

35:                                               ; preds = %29
  %36 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEmmEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !1307
  br label %29, !dbg !1303, !llvm.loop !1308

37:                                               ; preds = %29
  %38 = call noundef zeroext i1 @_ZN9__gnu_cxxltIPiSt6vectorIiSaIiEEEEbRKNS_17__normal_iteratorIT_T0_EESA_(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !1310
  br i1 %38, label %42, label %39, !dbg !1311

39:                                               ; preds = %37
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 %5, i64 8, i1 false), !dbg !1312
  %40 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0, !dbg !1313
  %41 = load ptr, ptr %40, align 8, !dbg !1313
  ret ptr %41, !dbg !1313

42:                                               ; preds = %37
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %13, ptr align 8 %5, i64 8, i1 false), !dbg !1314
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %14, ptr align 8 %6, i64 8, i1 false), !dbg !1315
  %43 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %13, i32 0, i32 0, !dbg !1316
  %44 = load ptr, ptr %43, align 8, !dbg !1316
  %45 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %14, i32 0, i32 0, !dbg !1316
  %46 = load ptr, ptr %45, align 8, !dbg !1316
  call void @_ZSt9iter_swapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES6_EvT_T0_(ptr %44, ptr %46), !dbg !1316
  %47 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !1317
  br label %18, !dbg !1294, !llvm.loop !1318
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZSt9iter_swapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES6_EvT_T0_(ptr %0, ptr %1) #1 comdat !dbg !1320 {
  %3 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0
  store ptr %0, ptr %5, align 8
  %6 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %1, ptr %6, align 8
  %7 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %3) #15, !dbg !1321
  %8 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !1322
  call void @_ZSt4swapIiENSt9enable_ifIXsr6__and_ISt6__not_ISt15__is_tuple_likeIT_EESt21is_move_constructibleIS3_ESt18is_move_assignableIS3_EEE5valueEvE4typeERS3_SC_(ptr noundef nonnull align 4 dereferenceable(4) %7, ptr noundef nonnull align 4 dereferenceable(4) %8) #15, !dbg !1323
  ret void, !dbg !1324
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZSt4swapIiENSt9enable_ifIXsr6__and_ISt6__not_ISt15__is_tuple_likeIT_EESt21is_move_constructibleIS3_ESt18is_move_assignableIS3_EEE5valueEvE4typeERS3_SC_(ptr noundef nonnull align 4 dereferenceable(4) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) #1 comdat !dbg !1325 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8, !dbg !1327, !nonnull !12, !align !168
  %7 = load i32, ptr %6, align 4, !dbg !1328
  store i32 %7, ptr %5, align 4, !dbg !1329
  %8 = load ptr, ptr %4, align 8, !dbg !1330, !nonnull !12, !align !168
  %9 = load i32, ptr %8, align 4, !dbg !1331
  %10 = load ptr, ptr %3, align 8, !dbg !1332, !nonnull !12, !align !168
  store i32 %9, ptr %10, align 4, !dbg !1333
  %11 = load i32, ptr %5, align 4, !dbg !1334
  %12 = load ptr, ptr %4, align 8, !dbg !1335, !nonnull !12, !align !168
  store i32 %11, ptr %12, align 4, !dbg !1336
  ret void, !dbg !1337
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #10

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal void @"_ZSt16__insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_T0_"(ptr %0, ptr %1) #2 !dbg !1338 {
  %3 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %6 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %7 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %8 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %9 = alloca i32, align 4
  %10 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %11 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %12 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %13 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %14 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %15 = alloca %"struct.__gnu_cxx::__ops::_Val_comp_iter", align 1
  %16 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %17 = alloca %"struct.__gnu_cxx::__ops::_Val_comp_iter", align 1
  %18 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0
  store ptr %0, ptr %18, align 8
  %19 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %1, ptr %19, align 8
  %20 = call noundef zeroext i1 @_ZN9__gnu_cxxeqIPiSt6vectorIiSaIiEEEEbRKNS_17__normal_iteratorIT_T0_EESA_(ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !1339
  br i1 %20, label %21, label %22, !dbg !1339

21:                                               ; preds = %2
  br label %54, !dbg !1340

22:                                               ; preds = %2
  %23 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 1) #15, !dbg !1341
  %24 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %6, i32 0, i32 0, !dbg !1341
  store ptr %23, ptr %24, align 8, !dbg !1341
  br label %25, !dbg !1342

25:                                               ; preds = %52, %22
  %26 = call noundef zeroext i1 @_ZN9__gnu_cxxneIPiSt6vectorIiSaIiEEEEbRKNS_17__normal_iteratorIT_T0_EESA_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !1343
  br i1 %26, label %27, label %54, !dbg !1344

27:                                               ; preds = %25
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %6, i64 8, i1 false), !dbg !1345
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %3, i64 8, i1 false), !dbg !1346
  %28 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0, !dbg !1347
  %29 = load ptr, ptr %28, align 8, !dbg !1347
  %30 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %8, i32 0, i32 0, !dbg !1347
  %31 = load ptr, ptr %30, align 8, !dbg !1347
  %32 = call noundef zeroext i1 @"_ZN9__gnu_cxx5__ops15_Iter_comp_iterIZ4mainE3$_1EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEESA_EEbT_T0_"(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr %29, ptr %31), !dbg !1347
  br i1 %32, label %33, label %48, !dbg !1347

33:                                               ; preds = %27
  %34 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !1348
  %35 = load i32, ptr %34, align 4, !dbg !1349
  store i32 %35, ptr %9, align 4, !dbg !1350
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %3, i64 8, i1 false), !dbg !1351
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %11, ptr align 8 %6, i64 8, i1 false), !dbg !1352
  %36 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %6, i64 noundef 1) #15, !dbg !1353
  %37 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %12, i32 0, i32 0, !dbg !1353
  store ptr %36, ptr %37, align 8, !dbg !1353
  %38 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %10, i32 0, i32 0, !dbg !1354
  %39 = load ptr, ptr %38, align 8, !dbg !1354
  %40 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %11, i32 0, i32 0, !dbg !1354
  %41 = load ptr, ptr %40, align 8, !dbg !1354
  %42 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %12, i32 0, i32 0, !dbg !1354
  %43 = load ptr, ptr %42, align 8, !dbg !1354
  %44 = call ptr @_ZSt13move_backwardIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES6_ET0_T_S8_S7_(ptr %39, ptr %41, ptr %43), !dbg !1354
  %45 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %13, i32 0, i32 0, !dbg !1354
  store ptr %44, ptr %45, align 8, !dbg !1354
  %46 = load i32, ptr %9, align 4, !dbg !1355
  %47 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %3) #15, !dbg !1356
  store i32 %46, ptr %47, align 4, !dbg !1357
  br label %51, !dbg !1358

48:                                               ; preds = %27
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %14, ptr align 8 %6, i64 8, i1 false), !dbg !1359
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %16, ptr align 1 %5, i64 1, i1 false), !dbg !1360
  call void @"_ZN9__gnu_cxx5__ops15__val_comp_iterIZ4mainE3$_1EENS0_14_Val_comp_iterIT_EENS0_15_Iter_comp_iterIS4_EE"(), !dbg !1361
  %49 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %14, i32 0, i32 0, !dbg !1362
  %50 = load ptr, ptr %49, align 8, !dbg !1362
  call void @"_ZSt25__unguarded_linear_insertIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops14_Val_comp_iterIZ4mainE3$_1EEEvT_T0_"(ptr %50), !dbg !1362
  br label %51

51:                                               ; preds = %48, %33
  br label %52, !dbg !1363

52:                                               ; preds = %51
  %53 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !1364
  br label %25, !dbg !1344, !llvm.loop !1365

54:                                               ; preds = %21, %25
  ret void, !dbg !1366
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal void @"_ZSt26__unguarded_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_comp_iterIZ4mainE3$_1EEEvT_SB_T0_"(ptr %0, ptr %1) #2 !dbg !1367 {
  %3 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %6 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %7 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %8 = alloca %"struct.__gnu_cxx::__ops::_Val_comp_iter", align 1
  %9 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  %10 = alloca %"struct.__gnu_cxx::__ops::_Val_comp_iter", align 1
  %11 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0
  store ptr %0, ptr %11, align 8
  %12 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %1, ptr %12, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 8 %3, i64 8, i1 false), !dbg !1368
  br label %13, !dbg !1369

13:                                               ; preds = %18, %2
  %14 = call noundef zeroext i1 @_ZN9__gnu_cxxneIPiSt6vectorIiSaIiEEEEbRKNS_17__normal_iteratorIT_T0_EESA_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !1370
  br i1 %14, label %15, label %20, !dbg !1371

15:                                               ; preds = %13
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %6, i64 8, i1 false), !dbg !1372
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %9, ptr align 1 %5, i64 1, i1 false), !dbg !1373
  call void @"_ZN9__gnu_cxx5__ops15__val_comp_iterIZ4mainE3$_1EENS0_14_Val_comp_iterIT_EENS0_15_Iter_comp_iterIS4_EE"(), !dbg !1374
  %16 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0, !dbg !1375
  %17 = load ptr, ptr %16, align 8, !dbg !1375
  call void @"_ZSt25__unguarded_linear_insertIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops14_Val_comp_iterIZ4mainE3$_1EEEvT_T0_"(ptr %17), !dbg !1375
  br label %18, !dbg !1375

18:                                               ; preds = %15
  %19 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !1376
  br label %13, !dbg !1371, !llvm.loop !1377

20:                                               ; preds = %13
  ret void, !dbg !1379
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef zeroext i1 @_ZN9__gnu_cxxeqIPiSt6vectorIiSaIiEEEEbRKNS_17__normal_iteratorIT_T0_EESA_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #1 comdat !dbg !1380 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !1381, !nonnull !12, !align !36
  %6 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !1382
  %7 = load ptr, ptr %6, align 8, !dbg !1382
  %8 = load ptr, ptr %4, align 8, !dbg !1383, !nonnull !12, !align !36
  %9 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %8) #15, !dbg !1384
  %10 = load ptr, ptr %9, align 8, !dbg !1384
  %11 = icmp eq ptr %7, %10, !dbg !1385
  ret i1 %11, !dbg !1386
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr ptr @_ZSt13move_backwardIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES6_ET0_T_S8_S7_(ptr %0, ptr %1, ptr %2) #2 comdat !dbg !1387 {
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %6 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %7 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %8 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %9 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %10 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %11 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %12 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %13 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0
  store ptr %0, ptr %13, align 8
  %14 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %6, i32 0, i32 0
  store ptr %1, ptr %14, align 8
  %15 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0
  store ptr %2, ptr %15, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %5, i64 8, i1 false), !dbg !1388
  %16 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %9, i32 0, i32 0, !dbg !1389
  %17 = load ptr, ptr %16, align 8, !dbg !1389
  %18 = call ptr @_ZSt12__miter_baseIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEET_S7_(ptr %17), !dbg !1389
  %19 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %8, i32 0, i32 0, !dbg !1389
  store ptr %18, ptr %19, align 8, !dbg !1389
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %11, ptr align 8 %6, i64 8, i1 false), !dbg !1390
  %20 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %11, i32 0, i32 0, !dbg !1391
  %21 = load ptr, ptr %20, align 8, !dbg !1391
  %22 = call ptr @_ZSt12__miter_baseIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEET_S7_(ptr %21), !dbg !1391
  %23 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %10, i32 0, i32 0, !dbg !1391
  store ptr %22, ptr %23, align 8, !dbg !1391
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 %7, i64 8, i1 false), !dbg !1392
  %24 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %8, i32 0, i32 0, !dbg !1393
  %25 = load ptr, ptr %24, align 8, !dbg !1393
  %26 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %10, i32 0, i32 0, !dbg !1393
  %27 = load ptr, ptr %26, align 8, !dbg !1393
  %28 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %12, i32 0, i32 0, !dbg !1393
  %29 = load ptr, ptr %28, align 8, !dbg !1393
  %30 = call ptr @_ZSt22__copy_move_backward_aILb1EN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES6_ET1_T0_S8_S7_(ptr %25, ptr %27, ptr %29), !dbg !1393
  %31 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0, !dbg !1393
  store ptr %30, ptr %31, align 8, !dbg !1393
  %32 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0, !dbg !1394
  %33 = load ptr, ptr %32, align 8, !dbg !1394
  ret ptr %33, !dbg !1394
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal void @"_ZSt25__unguarded_linear_insertIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops14_Val_comp_iterIZ4mainE3$_1EEEvT_T0_"(ptr %0) #2 !dbg !1395 {
  %2 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %3 = alloca %"struct.__gnu_cxx::__ops::_Val_comp_iter", align 1
  %4 = alloca i32, align 4
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %6 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %2, i32 0, i32 0
  store ptr %0, ptr %7, align 8
  %8 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %2) #15, !dbg !1396
  %9 = load i32, ptr %8, align 4, !dbg !1397
  store i32 %9, ptr %4, align 4, !dbg !1398
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %2, i64 8, i1 false), !dbg !1399
  %10 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEmmEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !1400
  br label %11, !dbg !1401

11:                                               ; preds = %15, %1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 8 %5, i64 8, i1 false), !dbg !1402
  %12 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %6, i32 0, i32 0, !dbg !1403
  %13 = load ptr, ptr %12, align 8, !dbg !1403
  %14 = call noundef zeroext i1 @"_ZN9__gnu_cxx5__ops14_Val_comp_iterIZ4mainE3$_1EclIiNS_17__normal_iteratorIPiSt6vectorIiSaIiEEEEEEbRT_T0_"(ptr noundef nonnull align 1 dereferenceable(1) %3, ptr noundef nonnull align 4 dereferenceable(4) %4, ptr %13), !dbg !1403
  br i1 %14, label %15, label %20, !dbg !1401

15:                                               ; preds = %11
  %16 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !1404
  %17 = load i32, ptr %16, align 4, !dbg !1405
  %18 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %2) #15, !dbg !1406
  store i32 %17, ptr %18, align 4, !dbg !1407
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 %5, i64 8, i1 false), !dbg !1408
  %19 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEmmEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !1409
  br label %11, !dbg !1401, !llvm.loop !1410

20:                                               ; preds = %11
  %21 = load i32, ptr %4, align 4, !dbg !1412
  %22 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %2) #15, !dbg !1413
  store i32 %21, ptr %22, align 4, !dbg !1414
  ret void, !dbg !1415
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal void @"_ZN9__gnu_cxx5__ops15__val_comp_iterIZ4mainE3$_1EENS0_14_Val_comp_iterIT_EENS0_15_Iter_comp_iterIS4_EE"() #2 !dbg !1416 {
  %1 = alloca %"struct.__gnu_cxx::__ops::_Val_comp_iter", align 1
  %2 = alloca %"struct.__gnu_cxx::__ops::_Iter_comp_iter", align 1
  call void @"_ZN9__gnu_cxx5__ops14_Val_comp_iterIZ4mainE3$_1EC2EONS0_15_Iter_comp_iterIS2_EE"(ptr noundef nonnull align 1 dereferenceable(1) %1, ptr noundef nonnull align 1 dereferenceable(1) %2), !dbg !1417
  ret void, !dbg !1418
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr ptr @_ZSt22__copy_move_backward_aILb1EN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES6_ET1_T0_S8_S7_(ptr %0, ptr %1, ptr %2) #2 comdat !dbg !1419 {
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %6 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %7 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %8 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %9 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %10 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %11 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %12 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0
  store ptr %0, ptr %12, align 8
  %13 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %6, i32 0, i32 0
  store ptr %1, ptr %13, align 8
  %14 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0
  store ptr %2, ptr %14, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %7, i64 8, i1 false), !dbg !1420
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %5, i64 8, i1 false), !dbg !1421
  %15 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %9, i32 0, i32 0, !dbg !1422
  %16 = load ptr, ptr %15, align 8, !dbg !1422
  %17 = call noundef ptr @_ZSt12__niter_baseIPiSt6vectorIiSaIiEEET_N9__gnu_cxx17__normal_iteratorIS4_T0_EE(ptr %16) #15, !dbg !1422
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %6, i64 8, i1 false), !dbg !1423
  %18 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %10, i32 0, i32 0, !dbg !1424
  %19 = load ptr, ptr %18, align 8, !dbg !1424
  %20 = call noundef ptr @_ZSt12__niter_baseIPiSt6vectorIiSaIiEEET_N9__gnu_cxx17__normal_iteratorIS4_T0_EE(ptr %19) #15, !dbg !1424
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %11, ptr align 8 %7, i64 8, i1 false), !dbg !1425
  %21 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %11, i32 0, i32 0, !dbg !1426
  %22 = load ptr, ptr %21, align 8, !dbg !1426
  %23 = call noundef ptr @_ZSt12__niter_baseIPiSt6vectorIiSaIiEEET_N9__gnu_cxx17__normal_iteratorIS4_T0_EE(ptr %22) #15, !dbg !1426
  %24 = call noundef ptr @_ZSt23__copy_move_backward_a1ILb1EPiS0_ET1_T0_S2_S1_(ptr noundef %17, ptr noundef %20, ptr noundef %23), !dbg !1427
  %25 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %8, i32 0, i32 0, !dbg !1428
  %26 = load ptr, ptr %25, align 8, !dbg !1428
  %27 = call ptr @_ZSt12__niter_wrapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES2_ET_S7_T0_(ptr %26, ptr noundef %24), !dbg !1428
  %28 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0, !dbg !1428
  store ptr %27, ptr %28, align 8, !dbg !1428
  %29 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0, !dbg !1429
  %30 = load ptr, ptr %29, align 8, !dbg !1429
  ret ptr %30, !dbg !1429
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr ptr @_ZSt12__miter_baseIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEET_S7_(ptr %0) #1 comdat !dbg !1430 {
  %2 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %3 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %4 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0
  store ptr %0, ptr %4, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 %3, i64 8, i1 false), !dbg !1432
  %5 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %2, i32 0, i32 0, !dbg !1433
  %6 = load ptr, ptr %5, align 8, !dbg !1433
  ret ptr %6, !dbg !1433
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr ptr @_ZSt12__niter_wrapIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEES2_ET_S7_T0_(ptr %0, ptr noundef %1) #1 comdat !dbg !1434 {
  %3 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca ptr, align 8
  %6 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %0, ptr %7, align 8
  store ptr %1, ptr %5, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !1435
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 8 %4, i64 8, i1 false), !dbg !1436
  %9 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %6, i32 0, i32 0, !dbg !1437
  %10 = load ptr, ptr %9, align 8, !dbg !1437
  %11 = call noundef ptr @_ZSt12__niter_baseIPiSt6vectorIiSaIiEEET_N9__gnu_cxx17__normal_iteratorIS4_T0_EE(ptr %10) #15, !dbg !1437
  %12 = ptrtoint ptr %8 to i64, !dbg !1438
  %13 = ptrtoint ptr %11 to i64, !dbg !1438
  %14 = sub i64 %12, %13, !dbg !1438
  %15 = sdiv exact i64 %14, 4, !dbg !1438
  %16 = call ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEplEl(ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef %15) #15, !dbg !1439
  %17 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !1439
  store ptr %16, ptr %17, align 8, !dbg !1439
  %18 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !1440
  %19 = load ptr, ptr %18, align 8, !dbg !1440
  ret ptr %19, !dbg !1440
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt23__copy_move_backward_a1ILb1EPiS0_ET1_T0_S2_S1_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #2 comdat !dbg !1441 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8, !dbg !1442
  %8 = load ptr, ptr %5, align 8, !dbg !1443
  %9 = load ptr, ptr %6, align 8, !dbg !1444
  %10 = call noundef ptr @_ZSt23__copy_move_backward_a2ILb1EPiS0_ET1_T0_S2_S1_(ptr noundef %7, ptr noundef %8, ptr noundef %9), !dbg !1445
  ret ptr %10, !dbg !1446
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt12__niter_baseIPiSt6vectorIiSaIiEEET_N9__gnu_cxx17__normal_iteratorIS4_T0_EE(ptr %0) #1 comdat !dbg !1447 {
  %2 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %3 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %2, i32 0, i32 0
  store ptr %0, ptr %3, align 8
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %2) #15, !dbg !1448
  %5 = load ptr, ptr %4, align 8, !dbg !1448
  ret ptr %5, !dbg !1449
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt23__copy_move_backward_a2ILb1EPiS0_ET1_T0_S2_S1_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #2 comdat !dbg !1450 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8, !dbg !1451
  %8 = load ptr, ptr %5, align 8, !dbg !1452
  %9 = load ptr, ptr %6, align 8, !dbg !1453
  %10 = call noundef ptr @_ZNSt20__copy_move_backwardILb1ELb1ESt26random_access_iterator_tagE13__copy_move_bIiEEPT_PKS3_S6_S4_(ptr noundef %7, ptr noundef %8, ptr noundef %9), !dbg !1454
  ret ptr %10, !dbg !1455
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt20__copy_move_backwardILb1ELb1ESt26random_access_iterator_tagE13__copy_move_bIiEEPT_PKS3_S6_S4_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #1 comdat align 2 !dbg !1456 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !1457
  %9 = load ptr, ptr %4, align 8, !dbg !1458
  %10 = ptrtoint ptr %8 to i64, !dbg !1459
  %11 = ptrtoint ptr %9 to i64, !dbg !1459
  %12 = sub i64 %10, %11, !dbg !1459
  %13 = sdiv exact i64 %12, 4, !dbg !1459
  store i64 %13, ptr %7, align 8, !dbg !1460
  %14 = load i64, ptr %7, align 8, !dbg !1461
  %15 = icmp ne i64 %14, 0, !dbg !1461
  br i1 %15, label %16, label %24, !dbg !1461

16:                                               ; preds = %3
  %17 = load ptr, ptr %6, align 8, !dbg !1462
  %18 = load i64, ptr %7, align 8, !dbg !1463
  %19 = sub i64 0, %18, !dbg !1464
  %20 = getelementptr inbounds i32, ptr %17, i64 %19, !dbg !1464
  %21 = load ptr, ptr %4, align 8, !dbg !1465
  %22 = load i64, ptr %7, align 8, !dbg !1466
  %23 = mul i64 4, %22, !dbg !1467
  call void @llvm.memmove.p0.p0.i64(ptr align 4 %20, ptr align 4 %21, i64 %23, i1 false), !dbg !1464
  br label %24, !dbg !1464

24:                                               ; preds = %16, %3
  %25 = load ptr, ptr %6, align 8, !dbg !1468
  %26 = load i64, ptr %7, align 8, !dbg !1469
  %27 = sub i64 0, %26, !dbg !1470
  %28 = getelementptr inbounds i32, ptr %25, i64 %27, !dbg !1470
  ret ptr %28, !dbg !1471
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal noundef zeroext i1 @"_ZN9__gnu_cxx5__ops14_Val_comp_iterIZ4mainE3$_1EclIiNS_17__normal_iteratorIPiSt6vectorIiSaIiEEEEEEbRT_T0_"(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 4 dereferenceable(4) %1, ptr %2) #1 align 2 !dbg !1472 {
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %2, ptr %7, align 8
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  %8 = load ptr, ptr %5, align 8
  %9 = load ptr, ptr %6, align 8, !dbg !1473, !nonnull !12, !align !168
  %10 = load i32, ptr %9, align 4, !dbg !1473
  %11 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !1474
  %12 = load i32, ptr %11, align 4, !dbg !1474
  %13 = call noundef zeroext i1 @"_ZZ4mainENK3$_1clEii"(ptr noundef nonnull align 1 dereferenceable(1) %8, i32 noundef %10, i32 noundef %12), !dbg !1475
  ret i1 %13, !dbg !1476
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal void @"_ZN9__gnu_cxx5__ops14_Val_comp_iterIZ4mainE3$_1EC2EONS0_15_Iter_comp_iterIS2_EE"(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #1 align 2 !dbg !1477 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !1478, !nonnull !12
  ret void, !dbg !1479
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal void @"_ZN9__gnu_cxx5__ops15_Iter_comp_iterIZ4mainE3$_1EC2ES2_"(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 align 2 !dbg !1480 {
  %2 = alloca %class.anon, align 1
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8
  ret void, !dbg !1481
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef i64 @_ZNSt6vectorIiSaIiEE17_S_check_init_lenEmRKS0_(i64 noundef %0, ptr noundef nonnull align 1 dereferenceable(1) %1) #2 comdat align 2 !dbg !1482 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %"class.std::allocator", align 1
  store i64 %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = load i64, ptr %3, align 8, !dbg !1483
  %7 = load ptr, ptr %4, align 8, !dbg !1484, !nonnull !12
  call void @_ZNSaIiEC2ERKS_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %7) #15, !dbg !1485
  %8 = call noundef i64 @_ZNSt6vectorIiSaIiEE11_S_max_sizeERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %5) #15, !dbg !1486
  %9 = icmp ugt i64 %6, %8, !dbg !1487
  call void @_ZNSaIiED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %5) #15, !dbg !1483
  br i1 %9, label %10, label %11, !dbg !1483

10:                                               ; preds = %2
  call void @_ZSt20__throw_length_errorPKc(ptr noundef @.str.8) #16, !dbg !1488
  unreachable, !dbg !1488

11:                                               ; preds = %2
  %12 = load i64, ptr %3, align 8, !dbg !1489
  ret i64 %12, !dbg !1490
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseIiSaIiEEC2EmRKS0_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !1491 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %9 = load ptr, ptr %4, align 8
  %10 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %9, i32 0, i32 0, !dbg !1492
  %11 = load ptr, ptr %6, align 8, !dbg !1493, !nonnull !12
  call void @_ZNSt12_Vector_baseIiSaIiEE12_Vector_implC2ERKS0_(ptr noundef nonnull align 8 dereferenceable(24) %10, ptr noundef nonnull align 1 dereferenceable(1) %11) #15, !dbg !1492
  %12 = load i64, ptr %5, align 8, !dbg !1494
  invoke void @_ZNSt12_Vector_baseIiSaIiEE17_M_create_storageEm(ptr noundef nonnull align 8 dereferenceable(24) %9, i64 noundef %12)
          to label %13 unwind label %14, !dbg !1495

13:                                               ; preds = %3
  ret void, !dbg !1496

14:                                               ; preds = %3
  %15 = landingpad { ptr, i32 }
          cleanup, !dbg !1496
  %16 = extractvalue { ptr, i32 } %15, 0, !dbg !1496
  store ptr %16, ptr %7, align 8, !dbg !1496
  %17 = extractvalue { ptr, i32 } %15, 1, !dbg !1496
  store i32 %17, ptr %8, align 4, !dbg !1496
  call void @_ZNSt12_Vector_baseIiSaIiEE12_Vector_implD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %10) #15, !dbg !1496
  br label %18, !dbg !1496

18:                                               ; preds = %14
  %19 = load ptr, ptr %7, align 8, !dbg !1496
  %20 = load i32, ptr %8, align 4, !dbg !1496
  %21 = insertvalue { ptr, i32 } poison, ptr %19, 0, !dbg !1496
  %22 = insertvalue { ptr, i32 } %21, i32 %20, 1, !dbg !1496
  resume { ptr, i32 } %22, !dbg !1496
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt6vectorIiSaIiEE21_M_default_initializeEm(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1) #2 comdat align 2 !dbg !1497 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %5, i32 0, i32 0, !dbg !1498
  %7 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %6, i32 0, i32 0, !dbg !1499
  %8 = load ptr, ptr %7, align 8, !dbg !1499
  %9 = load i64, ptr %4, align 8, !dbg !1500
  %10 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseIiSaIiEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %5) #15, !dbg !1501
  %11 = call noundef ptr @_ZSt27__uninitialized_default_n_aIPimiET_S1_T0_RSaIT1_E(ptr noundef %8, i64 noundef %9, ptr noundef nonnull align 1 dereferenceable(1) %10), !dbg !1502
  %12 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %5, i32 0, i32 0, !dbg !1503
  %13 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %12, i32 0, i32 1, !dbg !1504
  store ptr %11, ptr %13, align 8, !dbg !1505
  ret void, !dbg !1506
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSaIiEC2ERKS_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #1 comdat align 2 !dbg !1507 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !1508, !nonnull !12
  call void @_ZNSt15__new_allocatorIiEC2ERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6) #15, !dbg !1509
  ret void, !dbg !1510
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__new_allocatorIiEC2ERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #1 comdat align 2 !dbg !1511 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  ret void, !dbg !1512
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseIiSaIiEE12_Vector_implC2ERKS0_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #1 comdat align 2 !dbg !1513 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !1514, !nonnull !12
  call void @_ZNSaIiEC2ERKS_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6) #15, !dbg !1515
  call void @_ZNSt12_Vector_baseIiSaIiEE17_Vector_impl_dataC2Ev(ptr noundef nonnull align 8 dereferenceable(24) %5) #15, !dbg !1516
  ret void, !dbg !1517
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseIiSaIiEE17_M_create_storageEm(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1) #2 comdat align 2 !dbg !1518 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load i64, ptr %4, align 8, !dbg !1519
  %7 = call noundef ptr @_ZNSt12_Vector_baseIiSaIiEE11_M_allocateEm(ptr noundef nonnull align 8 dereferenceable(24) %5, i64 noundef %6), !dbg !1520
  %8 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %5, i32 0, i32 0, !dbg !1521
  %9 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %8, i32 0, i32 0, !dbg !1522
  store ptr %7, ptr %9, align 8, !dbg !1523
  %10 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %5, i32 0, i32 0, !dbg !1524
  %11 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %10, i32 0, i32 0, !dbg !1525
  %12 = load ptr, ptr %11, align 8, !dbg !1525
  %13 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %5, i32 0, i32 0, !dbg !1526
  %14 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %13, i32 0, i32 1, !dbg !1527
  store ptr %12, ptr %14, align 8, !dbg !1528
  %15 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %5, i32 0, i32 0, !dbg !1529
  %16 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %15, i32 0, i32 0, !dbg !1530
  %17 = load ptr, ptr %16, align 8, !dbg !1530
  %18 = load i64, ptr %4, align 8, !dbg !1531
  %19 = getelementptr inbounds nuw i32, ptr %17, i64 %18, !dbg !1532
  %20 = getelementptr inbounds nuw %"struct.std::_Vector_base", ptr %5, i32 0, i32 0, !dbg !1533
  %21 = getelementptr inbounds nuw %"struct.std::_Vector_base<int, std::allocator<int>>::_Vector_impl_data", ptr %20, i32 0, i32 2, !dbg !1534
  store ptr %19, ptr %21, align 8, !dbg !1535
  ret void, !dbg !1536
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt27__uninitialized_default_n_aIPimiET_S1_T0_RSaIT1_E(ptr noundef %0, i64 noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) #2 comdat !dbg !1537 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8, !dbg !1538
  %8 = load i64, ptr %5, align 8, !dbg !1539
  %9 = call noundef ptr @_ZSt25__uninitialized_default_nIPimET_S1_T0_(ptr noundef %7, i64 noundef %8), !dbg !1540
  ret ptr %9, !dbg !1541
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt25__uninitialized_default_nIPimET_S1_T0_(ptr noundef %0, i64 noundef %1) #2 comdat !dbg !1542 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i8, align 1
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i8 1, ptr %5, align 1, !dbg !1543
  %6 = load ptr, ptr %3, align 8, !dbg !1544
  %7 = load i64, ptr %4, align 8, !dbg !1545
  %8 = call noundef ptr @_ZNSt27__uninitialized_default_n_1ILb1EE18__uninit_default_nIPimEET_S3_T0_(ptr noundef %6, i64 noundef %7), !dbg !1546
  ret ptr %8, !dbg !1547
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt27__uninitialized_default_n_1ILb1EE18__uninit_default_nIPimEET_S3_T0_(ptr noundef %0, i64 noundef %1) #2 comdat align 2 !dbg !1548 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %6 = load i64, ptr %4, align 8, !dbg !1549
  %7 = icmp ugt i64 %6, 0, !dbg !1550
  br i1 %7, label %8, label %18, !dbg !1550

8:                                                ; preds = %2
  %9 = load ptr, ptr %3, align 8, !dbg !1551
  store ptr %9, ptr %5, align 8, !dbg !1552
  %10 = load ptr, ptr %5, align 8, !dbg !1553
  call void @_ZSt10_ConstructIiJEEvPT_DpOT0_(ptr noundef %10), !dbg !1554
  %11 = load ptr, ptr %3, align 8, !dbg !1555
  %12 = getelementptr inbounds nuw i32, ptr %11, i32 1, !dbg !1555
  store ptr %12, ptr %3, align 8, !dbg !1555
  %13 = load ptr, ptr %3, align 8, !dbg !1556
  %14 = load i64, ptr %4, align 8, !dbg !1557
  %15 = sub i64 %14, 1, !dbg !1558
  %16 = load ptr, ptr %5, align 8, !dbg !1559
  %17 = call noundef ptr @_ZSt6fill_nIPimiET_S1_T0_RKT1_(ptr noundef %13, i64 noundef %15, ptr noundef nonnull align 4 dereferenceable(4) %16), !dbg !1560
  store ptr %17, ptr %3, align 8, !dbg !1561
  br label %18, !dbg !1562

18:                                               ; preds = %8, %2
  %19 = load ptr, ptr %3, align 8, !dbg !1563
  ret ptr %19, !dbg !1564
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZSt10_ConstructIiJEEvPT_DpOT0_(ptr noundef %0) #1 comdat !dbg !1565 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !1566
  store i32 0, ptr %3, align 4, !dbg !1567
  ret void, !dbg !1568
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt6fill_nIPimiET_S1_T0_RKT1_(ptr noundef %0, i64 noundef %1, ptr noundef nonnull align 4 dereferenceable(4) %2) #2 comdat !dbg !1569 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca %"struct.std::random_access_iterator_tag", align 1
  %8 = alloca %"struct.std::random_access_iterator_tag", align 1
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %9 = load ptr, ptr %4, align 8, !dbg !1570
  %10 = load i64, ptr %5, align 8, !dbg !1571
  %11 = call noundef i64 @_ZSt17__size_to_integerm(i64 noundef %10), !dbg !1572
  %12 = load ptr, ptr %6, align 8, !dbg !1573, !nonnull !12, !align !168
  call void @_ZSt19__iterator_categoryIPiENSt15iterator_traitsIT_E17iterator_categoryERKS2_(ptr noundef nonnull align 8 dereferenceable(8) %4), !dbg !1574
  %13 = call noundef ptr @_ZSt10__fill_n_aIPimiET_S1_T0_RKT1_St26random_access_iterator_tag(ptr noundef %9, i64 noundef %11, ptr noundef nonnull align 4 dereferenceable(4) %12), !dbg !1575
  ret ptr %13, !dbg !1576
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt10__fill_n_aIPimiET_S1_T0_RKT1_St26random_access_iterator_tag(ptr noundef %0, i64 noundef %1, ptr noundef nonnull align 4 dereferenceable(4) %2) #2 comdat !dbg !1577 {
  %4 = alloca ptr, align 8
  %5 = alloca %"struct.std::random_access_iterator_tag", align 1
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8
  store i64 %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  %9 = load i64, ptr %7, align 8, !dbg !1578
  %10 = icmp ule i64 %9, 0, !dbg !1579
  br i1 %10, label %11, label %13, !dbg !1579

11:                                               ; preds = %3
  %12 = load ptr, ptr %6, align 8, !dbg !1580
  store ptr %12, ptr %4, align 8, !dbg !1581
  br label %22, !dbg !1581

13:                                               ; preds = %3
  %14 = load ptr, ptr %6, align 8, !dbg !1582
  %15 = load ptr, ptr %6, align 8, !dbg !1583
  %16 = load i64, ptr %7, align 8, !dbg !1584
  %17 = getelementptr inbounds nuw i32, ptr %15, i64 %16, !dbg !1585
  %18 = load ptr, ptr %8, align 8, !dbg !1586, !nonnull !12, !align !168
  call void @_ZSt8__fill_aIPiiEvT_S1_RKT0_(ptr noundef %14, ptr noundef %17, ptr noundef nonnull align 4 dereferenceable(4) %18), !dbg !1587
  %19 = load ptr, ptr %6, align 8, !dbg !1588
  %20 = load i64, ptr %7, align 8, !dbg !1589
  %21 = getelementptr inbounds nuw i32, ptr %19, i64 %20, !dbg !1590
  store ptr %21, ptr %4, align 8, !dbg !1591
  br label %22, !dbg !1591

22:                                               ; preds = %13, %11
  %23 = load ptr, ptr %4, align 8, !dbg !1592
  ret ptr %23, !dbg !1592
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZSt17__size_to_integerm(i64 noundef %0) #1 comdat !dbg !1593 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8, !dbg !1594
  ret i64 %3, !dbg !1595
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZSt19__iterator_categoryIPiENSt15iterator_traitsIT_E17iterator_categoryERKS2_(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat !dbg !1596 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  ret void, !dbg !1598
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZSt8__fill_aIPiiEvT_S1_RKT0_(ptr noundef %0, ptr noundef %1, ptr noundef nonnull align 4 dereferenceable(4) %2) #2 comdat !dbg !1599 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8, !dbg !1600
  %8 = load ptr, ptr %5, align 8, !dbg !1601
  %9 = load ptr, ptr %6, align 8, !dbg !1602, !nonnull !12, !align !168
  call void @_ZSt9__fill_a1IPiiEN9__gnu_cxx11__enable_ifIXsr11__is_scalarIT0_EE7__valueEvE6__typeET_S6_RKS3_(ptr noundef %7, ptr noundef %8, ptr noundef nonnull align 4 dereferenceable(4) %9), !dbg !1603
  ret void, !dbg !1604
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZSt9__fill_a1IPiiEN9__gnu_cxx11__enable_ifIXsr11__is_scalarIT0_EE7__valueEvE6__typeET_S6_RKS3_(ptr noundef %0, ptr noundef %1, ptr noundef nonnull align 4 dereferenceable(4) %2) #1 comdat !dbg !1605 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %8 = load ptr, ptr %6, align 8, !dbg !1606, !nonnull !12, !align !168
  %9 = load i32, ptr %8, align 4, !dbg !1606
  store i32 %9, ptr %7, align 4, !dbg !1607
  br label %10, !dbg !1608

10:                                               ; preds = %17, %3
  %11 = load ptr, ptr %4, align 8, !dbg !1609
  %12 = load ptr, ptr %5, align 8, !dbg !1610
  %13 = icmp ne ptr %11, %12, !dbg !1611
  br i1 %13, label %14, label %20, !dbg !1608

14:                                               ; preds = %10
  %15 = load i32, ptr %7, align 4, !dbg !1612
  %16 = load ptr, ptr %4, align 8, !dbg !1613
  store i32 %15, ptr %16, align 4, !dbg !1614
  br label %17, !dbg !1615

17:                                               ; preds = %14
  %18 = load ptr, ptr %4, align 8, !dbg !1616
  %19 = getelementptr inbounds nuw i32, ptr %18, i32 1, !dbg !1616
  store ptr %19, ptr %4, align 8, !dbg !1616
  br label %10, !dbg !1608, !llvm.loop !1617

20:                                               ; preds = %10
  ret void, !dbg !1618
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal noundef i32 @"_ZZ4mainENK3$_2clEi"(ptr noundef nonnull align 4 dereferenceable(4) %0, i32 noundef %1) #1 align 2 !dbg !1619 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 8
  %6 = load i32, ptr %4, align 4, !dbg !1620
  %7 = getelementptr inbounds nuw %class.anon.0, ptr %5, i32 0, i32 0, !dbg !1621
  %8 = load i32, ptr %7, align 4, !dbg !1621
  %9 = add nsw i32 %6, %8, !dbg !1622
  ret i32 %9, !dbg !1623
}

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_M_local_dataEv(ptr noundef nonnull align 8 dereferenceable(32)) #3

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderC1EPcRKS3_(ptr noundef nonnull align 8 dereferenceable(8), ptr noundef, ptr noundef nonnull align 1 dereferenceable(1)) unnamed_addr #3

; Function Attrs: noreturn
declare void @_ZSt19__throw_logic_errorPKc(ptr noundef) #8

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZNSt11char_traitsIcE6lengthEPKc(ptr noundef %0) #1 comdat align 2 !dbg !1624 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !1626
  %4 = call i64 @strlen(ptr noundef %3) #15, !dbg !1627
  ret i64 %4, !dbg !1628
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructIPKcEEvT_S8_St20forward_iterator_tag(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef %1, ptr noundef %2) #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !1629 {
  %4 = alloca %"struct.std::forward_iterator_tag", align 1
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca %struct._Guard, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  %12 = load ptr, ptr %5, align 8
  %13 = load ptr, ptr %6, align 8, !dbg !1631
  %14 = load ptr, ptr %7, align 8, !dbg !1632
  %15 = call noundef i64 @_ZSt8distanceIPKcENSt15iterator_traitsIT_E15difference_typeES3_S3_(ptr noundef %13, ptr noundef %14), !dbg !1633
  store i64 %15, ptr %8, align 8, !dbg !1634
  %16 = load i64, ptr %8, align 8, !dbg !1635
  %17 = icmp ugt i64 %16, 15, !dbg !1636
  br i1 %17, label %18, label %21, !dbg !1636

18:                                               ; preds = %3
  %19 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %12, ptr noundef nonnull align 8 dereferenceable(8) %8, i64 noundef 0), !dbg !1637
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7_M_dataEPc(ptr noundef nonnull align 8 dereferenceable(32) %12, ptr noundef %19), !dbg !1638
  %20 = load i64, ptr %8, align 8, !dbg !1639
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE11_M_capacityEm(ptr noundef nonnull align 8 dereferenceable(32) %12, i64 noundef %20), !dbg !1640
  br label %23, !dbg !1641

21:                                               ; preds = %3
  %22 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE17_M_use_local_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %12) #15, !dbg !1642
  br label %23

23:                                               ; preds = %21, %18
  call void @_ZZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructIPKcEEvT_S8_St20forward_iterator_tagEN6_GuardC2EPS4_(ptr noundef nonnull align 8 dereferenceable(8) %9, ptr noundef %12), !dbg !1643
  %24 = invoke noundef ptr @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7_M_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %12)
          to label %25 unwind label %31, !dbg !1644

25:                                               ; preds = %23
  %26 = load ptr, ptr %6, align 8, !dbg !1645
  %27 = load ptr, ptr %7, align 8, !dbg !1646
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_S_copy_charsEPcPKcS7_(ptr noundef %24, ptr noundef %26, ptr noundef %27) #15, !dbg !1647
  %28 = getelementptr inbounds nuw %struct._Guard, ptr %9, i32 0, i32 0, !dbg !1648
  store ptr null, ptr %28, align 8, !dbg !1649
  %29 = load i64, ptr %8, align 8, !dbg !1650
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_M_set_lengthEm(ptr noundef nonnull align 8 dereferenceable(32) %12, i64 noundef %29)
          to label %30 unwind label %31, !dbg !1651

30:                                               ; preds = %25
  call void @_ZZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructIPKcEEvT_S8_St20forward_iterator_tagEN6_GuardD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %9) #15, !dbg !1652
  ret void, !dbg !1652

31:                                               ; preds = %25, %23
  %32 = landingpad { ptr, i32 }
          cleanup, !dbg !1652
  %33 = extractvalue { ptr, i32 } %32, 0, !dbg !1652
  store ptr %33, ptr %10, align 8, !dbg !1652
  %34 = extractvalue { ptr, i32 } %32, 1, !dbg !1652
  store i32 %34, ptr %11, align 4, !dbg !1652
  call void @_ZZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructIPKcEEvT_S8_St20forward_iterator_tagEN6_GuardD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %9) #15, !dbg !1652
  br label %35, !dbg !1652

35:                                               ; preds = %31
  %36 = load ptr, ptr %10, align 8, !dbg !1652
  %37 = load i32, ptr %11, align 4, !dbg !1652
  %38 = insertvalue { ptr, i32 } poison, ptr %36, 0, !dbg !1652
  %39 = insertvalue { ptr, i32 } %38, i32 %37, 1, !dbg !1652
  resume { ptr, i32 } %39, !dbg !1652
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #1 comdat align 2 !dbg !1653 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSaIcED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !1654
  ret void, !dbg !1654
}

; Function Attrs: nounwind
declare i64 @strlen(ptr noundef) #5

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef i64 @_ZSt8distanceIPKcENSt15iterator_traitsIT_E15difference_typeES3_S3_(ptr noundef %0, ptr noundef %1) #2 comdat !dbg !1655 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %"struct.std::random_access_iterator_tag", align 1
  %6 = alloca %"struct.std::random_access_iterator_tag", align 1
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8, !dbg !1657
  %8 = load ptr, ptr %4, align 8, !dbg !1658
  call void @_ZSt19__iterator_categoryIPKcENSt15iterator_traitsIT_E17iterator_categoryERKS3_(ptr noundef nonnull align 8 dereferenceable(8) %3), !dbg !1659
  %9 = call noundef i64 @_ZSt10__distanceIPKcENSt15iterator_traitsIT_E15difference_typeES3_S3_St26random_access_iterator_tag(ptr noundef %7, ptr noundef %8), !dbg !1660
  ret i64 %9, !dbg !1661
}

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7_M_dataEPc(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef) #3

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) #3

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE11_M_capacityEm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef) #3

; Function Attrs: alwaysinline mustprogress nounwind sspstrong uwtable
define available_externally noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE17_M_use_local_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %0) #11 align 2 personality ptr @__gxx_personality_v0 !dbg !1662 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_M_local_dataEv(ptr noundef nonnull align 8 dereferenceable(32) %3)
          to label %5 unwind label %6, !dbg !1663

5:                                                ; preds = %1
  ret ptr %4, !dbg !1664

6:                                                ; preds = %1
  %7 = landingpad { ptr, i32 }
          catch ptr null, !dbg !1663
  %8 = extractvalue { ptr, i32 } %7, 0, !dbg !1663
  call void @__clang_call_terminate(ptr %8) #18, !dbg !1663
  unreachable, !dbg !1663
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructIPKcEEvT_S8_St20forward_iterator_tagEN6_GuardC2EPS4_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #1 comdat align 2 !dbg !1665 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %struct._Guard, ptr %5, i32 0, i32 0, !dbg !1666
  %7 = load ptr, ptr %4, align 8, !dbg !1667
  store ptr %7, ptr %6, align 8, !dbg !1666
  ret void, !dbg !1668
}

; Function Attrs: nounwind
declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_S_copy_charsEPcPKcS7_(ptr noundef, ptr noundef, ptr noundef) #5

declare noundef ptr @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7_M_dataEv(ptr noundef nonnull align 8 dereferenceable(32)) #3

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE13_M_set_lengthEm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef) #3

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructIPKcEEvT_S8_St20forward_iterator_tagEN6_GuardD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #1 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !1669 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %struct._Guard, ptr %3, i32 0, i32 0, !dbg !1670
  %5 = load ptr, ptr %4, align 8, !dbg !1670
  %6 = icmp ne ptr %5, null, !dbg !1670
  br i1 %6, label %7, label %11, !dbg !1670

7:                                                ; preds = %1
  %8 = getelementptr inbounds nuw %struct._Guard, ptr %3, i32 0, i32 0, !dbg !1671
  %9 = load ptr, ptr %8, align 8, !dbg !1671
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_disposeEv(ptr noundef nonnull align 8 dereferenceable(32) %9)
          to label %10 unwind label %12, !dbg !1672

10:                                               ; preds = %7
  br label %11, !dbg !1671

11:                                               ; preds = %10, %1
  ret void, !dbg !1673

12:                                               ; preds = %7
  %13 = landingpad { ptr, i32 }
          catch ptr null, !dbg !1672
  %14 = extractvalue { ptr, i32 } %13, 0, !dbg !1672
  call void @__clang_call_terminate(ptr %14) #18, !dbg !1672
  unreachable, !dbg !1672
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZSt10__distanceIPKcENSt15iterator_traitsIT_E15difference_typeES3_S3_St26random_access_iterator_tag(ptr noundef %0, ptr noundef %1) #1 comdat !dbg !1674 {
  %3 = alloca %"struct.std::random_access_iterator_tag", align 1
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %6 = load ptr, ptr %5, align 8, !dbg !1675
  %7 = load ptr, ptr %4, align 8, !dbg !1676
  %8 = ptrtoint ptr %6 to i64, !dbg !1677
  %9 = ptrtoint ptr %7 to i64, !dbg !1677
  %10 = sub i64 %8, %9, !dbg !1677
  ret i64 %10, !dbg !1678
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZSt19__iterator_categoryIPKcENSt15iterator_traitsIT_E17iterator_categoryERKS3_(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat !dbg !1679 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  ret void, !dbg !1680
}

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_disposeEv(ptr noundef nonnull align 8 dereferenceable(32)) #3

; Function Attrs: nounwind
declare void @_ZNSaIcED2Ev(ptr noundef nonnull align 1 dereferenceable(1)) unnamed_addr #5

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr ptr @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEE11lower_boundERS9_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) #2 comdat align 2 !dbg !1681 {
  %3 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %6 = load ptr, ptr %4, align 8
  %7 = getelementptr inbounds nuw %"class.std::map", ptr %6, i32 0, i32 0, !dbg !1682
  %8 = load ptr, ptr %5, align 8, !dbg !1683, !nonnull !12, !align !36
  %9 = call ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11lower_boundERS7_(ptr noundef nonnull align 8 dereferenceable(48) %7, ptr noundef nonnull align 8 dereferenceable(32) %8), !dbg !1684
  %10 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %3, i32 0, i32 0, !dbg !1684
  store ptr %9, ptr %10, align 8, !dbg !1684
  %11 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %3, i32 0, i32 0, !dbg !1685
  %12 = load ptr, ptr %11, align 8, !dbg !1685
  ret ptr %12, !dbg !1685
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef zeroext i1 @_ZSteqRKSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEESB_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #1 comdat !dbg !1686 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !1687, !nonnull !12, !align !36
  %6 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %5, i32 0, i32 0, !dbg !1688
  %7 = load ptr, ptr %6, align 8, !dbg !1688
  %8 = load ptr, ptr %4, align 8, !dbg !1689, !nonnull !12, !align !36
  %9 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %8, i32 0, i32 0, !dbg !1690
  %10 = load ptr, ptr %9, align 8, !dbg !1690
  %11 = icmp eq ptr %7, %10, !dbg !1691
  ret i1 %11, !dbg !1692
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNKSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEE8key_compEv(ptr noundef nonnull align 8 dereferenceable(48) %0) #2 comdat align 2 !dbg !1693 {
  %2 = alloca ptr, align 8
  %3 = alloca %"struct.std::less", align 1
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  %5 = getelementptr inbounds nuw %"class.std::map", ptr %4, i32 0, i32 0, !dbg !1694
  call void @_ZNKSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8key_compEv(ptr noundef nonnull align 8 dereferenceable(48) %5), !dbg !1695
  ret void, !dbg !1696
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef zeroext i1 @_ZNKSt4lessINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEclERKS5_S8_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 8 dereferenceable(32) %1, ptr noundef nonnull align 8 dereferenceable(32) %2) #1 comdat align 2 !dbg !1697 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !1699, !nonnull !12, !align !36
  %9 = load ptr, ptr %6, align 8, !dbg !1700, !nonnull !12, !align !36
  %10 = call noundef zeroext i1 @_ZStltIcSt11char_traitsIcESaIcEEbRKNSt7__cxx1112basic_stringIT_T0_T1_EESA_(ptr noundef nonnull align 8 dereferenceable(32) %8, ptr noundef nonnull align 8 dereferenceable(32) %9) #15, !dbg !1701
  ret i1 %10, !dbg !1702
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE22_M_emplace_hint_uniqueIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEESt17_Rb_tree_iteratorIS8_ESt23_Rb_tree_const_iteratorIS8_EDpOT_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr %1, ptr noundef nonnull align 1 dereferenceable(1) %2, ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 1 dereferenceable(1) %4) #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !1703 {
  %6 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %7 = alloca %"struct.std::_Rb_tree_const_iterator", align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca %"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Auto_node", align 8
  %13 = alloca %"struct.std::pair.25", align 8
  %14 = alloca %"struct.std::_Rb_tree_const_iterator", align 8
  %15 = alloca ptr, align 8
  %16 = alloca i32, align 4
  %17 = alloca %"struct.std::pair.25", align 8
  %18 = alloca i32, align 4
  %19 = getelementptr inbounds nuw %"struct.std::_Rb_tree_const_iterator", ptr %7, i32 0, i32 0
  store ptr %1, ptr %19, align 8
  store ptr %0, ptr %8, align 8
  store ptr %2, ptr %9, align 8
  store ptr %3, ptr %10, align 8
  store ptr %4, ptr %11, align 8
  %20 = load ptr, ptr %8, align 8
  %21 = load ptr, ptr %9, align 8, !dbg !1704, !nonnull !12
  %22 = load ptr, ptr %10, align 8, !dbg !1704, !nonnull !12, !align !36
  %23 = load ptr, ptr %11, align 8, !dbg !1704, !nonnull !12
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_nodeC2IJRKSt21piecewise_construct_tSt5tupleIJOS5_EESK_IJEEEEERSE_DpOT_(ptr noundef nonnull align 8 dereferenceable(16) %12, ptr noundef nonnull align 8 dereferenceable(48) %20, ptr noundef nonnull align 1 dereferenceable(1) %21, ptr noundef nonnull align 8 dereferenceable(8) %22, ptr noundef nonnull align 1 dereferenceable(1) %23), !dbg !1705
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %14, ptr align 8 %7, i64 8, i1 false), !dbg !1706
  %24 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNKSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_node6_M_keyEv(ptr noundef nonnull align 8 dereferenceable(16) %12)
          to label %25 unwind label %45, !dbg !1707

25:                                               ; preds = %5
  %26 = getelementptr inbounds nuw %"struct.std::_Rb_tree_const_iterator", ptr %14, i32 0, i32 0, !dbg !1708
  %27 = load ptr, ptr %26, align 8, !dbg !1708
  %28 = invoke { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIS8_ERS7_(ptr noundef nonnull align 8 dereferenceable(48) %20, ptr %27, ptr noundef nonnull align 8 dereferenceable(32) %24)
          to label %29 unwind label %45, !dbg !1708

29:                                               ; preds = %25
  %30 = getelementptr inbounds nuw { ptr, ptr }, ptr %13, i32 0, i32 0, !dbg !1708
  %31 = extractvalue { ptr, ptr } %28, 0, !dbg !1708
  store ptr %31, ptr %30, align 8, !dbg !1708
  %32 = getelementptr inbounds nuw { ptr, ptr }, ptr %13, i32 0, i32 1, !dbg !1708
  %33 = extractvalue { ptr, ptr } %28, 1, !dbg !1708
  store ptr %33, ptr %32, align 8, !dbg !1708
  %34 = getelementptr inbounds nuw %"struct.std::pair.25", ptr %13, i32 0, i32 1, !dbg !1709
  %35 = load ptr, ptr %34, align 8, !dbg !1709
  %36 = icmp ne ptr %35, null, !dbg !1710
  br i1 %36, label %37, label %49, !dbg !1710

37:                                               ; preds = %29
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %17, ptr align 8 %13, i64 16, i1 false), !dbg !1711
  %38 = getelementptr inbounds nuw { ptr, ptr }, ptr %17, i32 0, i32 0, !dbg !1712
  %39 = load ptr, ptr %38, align 8, !dbg !1712
  %40 = getelementptr inbounds nuw { ptr, ptr }, ptr %17, i32 0, i32 1, !dbg !1712
  %41 = load ptr, ptr %40, align 8, !dbg !1712
  %42 = invoke ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_node9_M_insertES6_IPSt18_Rb_tree_node_baseSH_E(ptr noundef nonnull align 8 dereferenceable(16) %12, ptr %39, ptr %41)
          to label %43 unwind label %45, !dbg !1712

43:                                               ; preds = %37
  %44 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %6, i32 0, i32 0, !dbg !1712
  store ptr %42, ptr %44, align 8, !dbg !1712
  store i32 1, ptr %18, align 4
  br label %52, !dbg !1713

45:                                               ; preds = %37, %25, %5
  %46 = landingpad { ptr, i32 }
          cleanup, !dbg !1714
  %47 = extractvalue { ptr, i32 } %46, 0, !dbg !1714
  store ptr %47, ptr %15, align 8, !dbg !1714
  %48 = extractvalue { ptr, i32 } %46, 1, !dbg !1714
  store i32 %48, ptr %16, align 4, !dbg !1714
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_nodeD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %12) #15, !dbg !1714
  br label %55, !dbg !1714

49:                                               ; preds = %29
  %50 = getelementptr inbounds nuw %"struct.std::pair.25", ptr %13, i32 0, i32 0, !dbg !1715
  %51 = load ptr, ptr %50, align 8, !dbg !1715
  call void @_ZNSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEC2EPSt18_Rb_tree_node_base(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef %51) #15, !dbg !1716
  store i32 1, ptr %18, align 4
  br label %52, !dbg !1717

52:                                               ; preds = %49, %43
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_nodeD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %12) #15, !dbg !1714
  %53 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %6, i32 0, i32 0, !dbg !1714
  %54 = load ptr, ptr %53, align 8, !dbg !1714
  ret ptr %54, !dbg !1714

55:                                               ; preds = %45
  %56 = load ptr, ptr %15, align 8, !dbg !1714
  %57 = load i32, ptr %16, align 4, !dbg !1714
  %58 = insertvalue { ptr, i32 } poison, ptr %56, 0, !dbg !1714
  %59 = insertvalue { ptr, i32 } %58, i32 %57, 1, !dbg !1714
  resume { ptr, i32 } %59, !dbg !1714
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt23_Rb_tree_const_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEC2ERKSt17_Rb_tree_iteratorIS8_E(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) unnamed_addr #1 comdat align 2 !dbg !1718 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"struct.std::_Rb_tree_const_iterator", ptr %5, i32 0, i32 0, !dbg !1719
  %7 = load ptr, ptr %4, align 8, !dbg !1720, !nonnull !12, !align !36
  %8 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %7, i32 0, i32 0, !dbg !1721
  %9 = load ptr, ptr %8, align 8, !dbg !1721
  store ptr %9, ptr %6, align 8, !dbg !1719
  ret void, !dbg !1722
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZSt16forward_as_tupleIJNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESt5tupleIJDpOT_EES9_(ptr dead_on_unwind noalias writable sret(%"class.std::tuple") align 8 %0, ptr noundef nonnull align 8 dereferenceable(32) %1) #1 comdat !dbg !1723 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %4, align 8, !dbg !1725, !nonnull !12, !align !36
  call void @_ZNSt5tupleIJONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2IJS5_ELb1ETnNSt9enable_ifIXclsr4_TCCIXT0_EEE29__is_implicitly_constructibleIDpT_EEEbE4typeELb1EEEDpOSA_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(32) %5) #15, !dbg !1726
  ret void, !dbg !1727
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11lower_boundERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) #2 comdat align 2 !dbg !1728 {
  %3 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %6 = load ptr, ptr %4, align 8
  %7 = call noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_beginEv(ptr noundef nonnull align 8 dereferenceable(48) %6) #15, !dbg !1729
  %8 = call noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_M_endEv(ptr noundef nonnull align 8 dereferenceable(48) %6) #15, !dbg !1730
  %9 = load ptr, ptr %5, align 8, !dbg !1731, !nonnull !12, !align !36
  %10 = call ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE14_M_lower_boundEPSt13_Rb_tree_nodeIS8_EPSt18_Rb_tree_node_baseRS7_(ptr noundef nonnull align 8 dereferenceable(48) %6, ptr noundef %7, ptr noundef %8, ptr noundef nonnull align 8 dereferenceable(32) %9), !dbg !1732
  %11 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %3, i32 0, i32 0, !dbg !1732
  store ptr %10, ptr %11, align 8, !dbg !1732
  %12 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %3, i32 0, i32 0, !dbg !1733
  %13 = load ptr, ptr %12, align 8, !dbg !1733
  ret ptr %13, !dbg !1733
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE14_M_lower_boundEPSt13_Rb_tree_nodeIS8_EPSt18_Rb_tree_node_baseRS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %1, ptr noundef %2, ptr noundef nonnull align 8 dereferenceable(32) %3) #2 comdat align 2 !dbg !1734 {
  %5 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  store ptr %3, ptr %9, align 8
  %10 = load ptr, ptr %6, align 8
  br label %11, !dbg !1735

11:                                               ; preds = %27, %4
  %12 = load ptr, ptr %7, align 8, !dbg !1736
  %13 = icmp ne ptr %12, null, !dbg !1737
  br i1 %13, label %14, label %28, !dbg !1735

14:                                               ; preds = %11
  %15 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %10, i32 0, i32 0, !dbg !1738
  %16 = load ptr, ptr %7, align 8, !dbg !1739
  %17 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_S_keyEPKSt13_Rb_tree_nodeIS8_E(ptr noundef %16), !dbg !1740
  %18 = load ptr, ptr %9, align 8, !dbg !1741, !nonnull !12, !align !36
  %19 = call noundef zeroext i1 @_ZNKSt4lessINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEclERKS5_S8_(ptr noundef nonnull align 1 dereferenceable(1) %15, ptr noundef nonnull align 8 dereferenceable(32) %17, ptr noundef nonnull align 8 dereferenceable(32) %18), !dbg !1738
  br i1 %19, label %24, label %20, !dbg !1742

20:                                               ; preds = %14
  %21 = load ptr, ptr %7, align 8, !dbg !1743
  store ptr %21, ptr %8, align 8, !dbg !1744
  %22 = load ptr, ptr %7, align 8, !dbg !1745
  %23 = call noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE7_S_leftEPSt18_Rb_tree_node_base(ptr noundef %22) #15, !dbg !1746
  store ptr %23, ptr %7, align 8, !dbg !1747
  br label %27, !dbg !1748

24:                                               ; preds = %14
  %25 = load ptr, ptr %7, align 8, !dbg !1749
  %26 = call noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_S_rightEPSt18_Rb_tree_node_base(ptr noundef %25) #15, !dbg !1750
  store ptr %26, ptr %7, align 8, !dbg !1751
  br label %27

27:                                               ; preds = %24, %20
  br label %11, !dbg !1735, !llvm.loop !1752

28:                                               ; preds = %11
  %29 = load ptr, ptr %8, align 8, !dbg !1754
  call void @_ZNSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEC2EPSt18_Rb_tree_node_base(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef %29) #15, !dbg !1755
  %30 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %5, i32 0, i32 0, !dbg !1756
  %31 = load ptr, ptr %30, align 8, !dbg !1756
  ret ptr %31, !dbg !1756
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_M_endEv(ptr noundef nonnull align 8 dereferenceable(48) %0) #1 comdat align 2 !dbg !1757 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %3, i32 0, i32 0, !dbg !1758
  %5 = getelementptr inbounds i8, ptr %4, i64 8, !dbg !1759
  %6 = getelementptr inbounds nuw %"struct.std::_Rb_tree_header", ptr %5, i32 0, i32 0, !dbg !1760
  ret ptr %6, !dbg !1761
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_S_keyEPKSt13_Rb_tree_nodeIS8_E(ptr noundef %0) #2 comdat align 2 !dbg !1762 {
  %2 = alloca ptr, align 8
  %3 = alloca %"struct.std::_Select1st", align 1
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8, !dbg !1763
  %5 = call noundef ptr @_ZNKSt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE9_M_valptrEv(ptr noundef nonnull align 8 dereferenceable(72) %4), !dbg !1764
  %6 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNKSt10_Select1stISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEclERKS8_(ptr noundef nonnull align 1 dereferenceable(1) %3, ptr noundef nonnull align 8 dereferenceable(36) %5), !dbg !1765
  ret ptr %6, !dbg !1766
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEC2EPSt18_Rb_tree_node_base(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) unnamed_addr #1 comdat align 2 !dbg !1767 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %5, i32 0, i32 0, !dbg !1768
  %7 = load ptr, ptr %4, align 8, !dbg !1769
  store ptr %7, ptr %6, align 8, !dbg !1768
  ret void, !dbg !1770
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(32) ptr @_ZNKSt10_Select1stISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEclERKS8_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 8 dereferenceable(36) %1) #1 comdat align 2 !dbg !1771 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !1772, !nonnull !12, !align !36
  %7 = getelementptr inbounds nuw %"struct.std::pair", ptr %6, i32 0, i32 0, !dbg !1773
  ret ptr %7, !dbg !1774
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNKSt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE9_M_valptrEv(ptr noundef nonnull align 8 dereferenceable(72) %0) #1 comdat align 2 !dbg !1775 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Rb_tree_node", ptr %3, i32 0, i32 1, !dbg !1776
  %5 = call noundef ptr @_ZNK9__gnu_cxx16__aligned_membufISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(40) %4) #15, !dbg !1777
  ret ptr %5, !dbg !1778
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNK9__gnu_cxx16__aligned_membufISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE6_M_ptrEv(ptr noundef nonnull align 8 dereferenceable(40) %0) #1 comdat align 2 !dbg !1779 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef ptr @_ZNK9__gnu_cxx16__aligned_membufISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE7_M_addrEv(ptr noundef nonnull align 8 dereferenceable(40) %3) #15, !dbg !1780
  ret ptr %4, !dbg !1781
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNK9__gnu_cxx16__aligned_membufISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE7_M_addrEv(ptr noundef nonnull align 8 dereferenceable(40) %0) #1 comdat align 2 !dbg !1782 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.__gnu_cxx::__aligned_membuf", ptr %3, i32 0, i32 0, !dbg !1783
  ret ptr %4, !dbg !1784
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNKSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8key_compEv(ptr noundef nonnull align 8 dereferenceable(48) %0) #1 comdat align 2 !dbg !1785 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %3, i32 0, i32 0, !dbg !1786
  ret void, !dbg !1787
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef zeroext i1 @_ZStltIcSt11char_traitsIcESaIcEEbRKNSt7__cxx1112basic_stringIT_T0_T1_EESA_(ptr noundef nonnull align 8 dereferenceable(32) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) #1 comdat personality ptr @__gxx_personality_v0 !dbg !1788 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !1789, !nonnull !12, !align !36
  %6 = load ptr, ptr %4, align 8, !dbg !1790, !nonnull !12, !align !36
  %7 = invoke noundef i32 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7compareERKS4_(ptr noundef nonnull align 8 dereferenceable(32) %5, ptr noundef nonnull align 8 dereferenceable(32) %6)
          to label %8 unwind label %10, !dbg !1791

8:                                                ; preds = %2
  %9 = icmp slt i32 %7, 0, !dbg !1792
  ret i1 %9, !dbg !1793

10:                                               ; preds = %2
  %11 = landingpad { ptr, i32 }
          catch ptr null, !dbg !1791
  %12 = extractvalue { ptr, i32 } %11, 0, !dbg !1791
  call void @__clang_call_terminate(ptr %12) #18, !dbg !1791
  unreachable, !dbg !1791
}

declare noundef i32 @_ZNKSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE7compareERKS4_(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(32)) #3

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_nodeC2IJRKSt21piecewise_construct_tSt5tupleIJOS5_EESK_IJEEEEERSE_DpOT_(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(48) %1, ptr noundef nonnull align 1 dereferenceable(1) %2, ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 1 dereferenceable(1) %4) unnamed_addr #2 comdat align 2 !dbg !1794 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  store ptr %3, ptr %9, align 8
  store ptr %4, ptr %10, align 8
  %11 = load ptr, ptr %6, align 8
  %12 = getelementptr inbounds nuw %"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Auto_node", ptr %11, i32 0, i32 0, !dbg !1795
  %13 = load ptr, ptr %7, align 8, !dbg !1796, !nonnull !12, !align !36
  store ptr %13, ptr %12, align 8, !dbg !1795
  %14 = getelementptr inbounds nuw %"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Auto_node", ptr %11, i32 0, i32 1, !dbg !1797
  %15 = load ptr, ptr %7, align 8, !dbg !1798, !nonnull !12, !align !36
  %16 = load ptr, ptr %8, align 8, !dbg !1799, !nonnull !12
  %17 = load ptr, ptr %9, align 8, !dbg !1799, !nonnull !12, !align !36
  %18 = load ptr, ptr %10, align 8, !dbg !1799, !nonnull !12
  %19 = call noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE14_M_create_nodeIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEEPSt13_Rb_tree_nodeIS8_EDpOT_(ptr noundef nonnull align 8 dereferenceable(48) %15, ptr noundef nonnull align 1 dereferenceable(1) %16, ptr noundef nonnull align 8 dereferenceable(8) %17, ptr noundef nonnull align 1 dereferenceable(1) %18), !dbg !1800
  store ptr %19, ptr %14, align 8, !dbg !1797
  ret void, !dbg !1801
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIS8_ERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(32) %2) #2 comdat align 2 !dbg !1802 {
  %4 = alloca %"struct.std::pair.25", align 8
  %5 = alloca %"struct.std::_Rb_tree_const_iterator", align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %9 = alloca ptr, align 8
  %10 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %11 = alloca ptr, align 8
  %12 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca ptr, align 8
  %16 = getelementptr inbounds nuw %"struct.std::_Rb_tree_const_iterator", ptr %5, i32 0, i32 0
  store ptr %1, ptr %16, align 8
  store ptr %0, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  %17 = load ptr, ptr %6, align 8
  %18 = call ptr @_ZNKSt23_Rb_tree_const_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE13_M_const_castEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !1803
  %19 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %8, i32 0, i32 0, !dbg !1803
  store ptr %18, ptr %19, align 8, !dbg !1803
  %20 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %8, i32 0, i32 0, !dbg !1804
  %21 = load ptr, ptr %20, align 8, !dbg !1804
  %22 = call noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_M_endEv(ptr noundef nonnull align 8 dereferenceable(48) %17) #15, !dbg !1805
  %23 = icmp eq ptr %21, %22, !dbg !1806
  br i1 %23, label %24, label %43, !dbg !1806

24:                                               ; preds = %3
  %25 = call noundef i64 @_ZNKSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE4sizeEv(ptr noundef nonnull align 8 dereferenceable(48) %17) #15, !dbg !1807
  %26 = icmp ugt i64 %25, 0, !dbg !1808
  br i1 %26, label %27, label %36, !dbg !1809

27:                                               ; preds = %24
  %28 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %17, i32 0, i32 0, !dbg !1810
  %29 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_rightmostEv(ptr noundef nonnull align 8 dereferenceable(48) %17) #15, !dbg !1811
  %30 = load ptr, ptr %29, align 8, !dbg !1811
  %31 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_S_keyEPKSt18_Rb_tree_node_base(ptr noundef %30), !dbg !1812
  %32 = load ptr, ptr %7, align 8, !dbg !1813, !nonnull !12, !align !36
  %33 = call noundef zeroext i1 @_ZNKSt4lessINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEclERKS5_S8_(ptr noundef nonnull align 1 dereferenceable(1) %28, ptr noundef nonnull align 8 dereferenceable(32) %31, ptr noundef nonnull align 8 dereferenceable(32) %32), !dbg !1810
  br i1 %33, label %34, label %36, !dbg !1809

34:                                               ; preds = %27
  store ptr null, ptr %9, align 8, !dbg !1814
  %35 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_rightmostEv(ptr noundef nonnull align 8 dereferenceable(48) %17) #15, !dbg !1815
  call void @_ZNSt4pairIPSt18_Rb_tree_node_baseS1_EC2IS1_S1_TnNSt9enable_ifIXaaclsr5_PCCPE18_ConstructiblePairIT_T0_EEclsr5_PCCPE26_ImplicitlyConvertiblePairIS5_S6_EEEbE4typeELb1EEERKS1_SA_(ptr noundef nonnull align 8 dereferenceable(16) %4, ptr noundef nonnull align 8 dereferenceable(8) %9, ptr noundef nonnull align 8 dereferenceable(8) %35), !dbg !1816
  br label %126, !dbg !1817

36:                                               ; preds = %27, %24
  %37 = load ptr, ptr %7, align 8, !dbg !1818, !nonnull !12, !align !36
  %38 = call { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %17, ptr noundef nonnull align 8 dereferenceable(32) %37), !dbg !1819
  %39 = getelementptr inbounds nuw { ptr, ptr }, ptr %4, i32 0, i32 0, !dbg !1819
  %40 = extractvalue { ptr, ptr } %38, 0, !dbg !1819
  store ptr %40, ptr %39, align 8, !dbg !1819
  %41 = getelementptr inbounds nuw { ptr, ptr }, ptr %4, i32 0, i32 1, !dbg !1819
  %42 = extractvalue { ptr, ptr } %38, 1, !dbg !1819
  store ptr %42, ptr %41, align 8, !dbg !1819
  br label %126, !dbg !1820

43:                                               ; preds = %3
  %44 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %17, i32 0, i32 0, !dbg !1821
  %45 = load ptr, ptr %7, align 8, !dbg !1822, !nonnull !12, !align !36
  %46 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %8, i32 0, i32 0, !dbg !1823
  %47 = load ptr, ptr %46, align 8, !dbg !1823
  %48 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_S_keyEPKSt18_Rb_tree_node_base(ptr noundef %47), !dbg !1824
  %49 = call noundef zeroext i1 @_ZNKSt4lessINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEclERKS5_S8_(ptr noundef nonnull align 1 dereferenceable(1) %44, ptr noundef nonnull align 8 dereferenceable(32) %45, ptr noundef nonnull align 8 dereferenceable(32) %48), !dbg !1821
  br i1 %49, label %50, label %84, !dbg !1821

50:                                               ; preds = %43
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %8, i64 8, i1 false), !dbg !1825
  %51 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %8, i32 0, i32 0, !dbg !1826
  %52 = load ptr, ptr %51, align 8, !dbg !1826
  %53 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11_M_leftmostEv(ptr noundef nonnull align 8 dereferenceable(48) %17) #15, !dbg !1827
  %54 = load ptr, ptr %53, align 8, !dbg !1827
  %55 = icmp eq ptr %52, %54, !dbg !1828
  br i1 %55, label %56, label %59, !dbg !1828

56:                                               ; preds = %50
  %57 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11_M_leftmostEv(ptr noundef nonnull align 8 dereferenceable(48) %17) #15, !dbg !1829
  %58 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11_M_leftmostEv(ptr noundef nonnull align 8 dereferenceable(48) %17) #15, !dbg !1830
  call void @_ZNSt4pairIPSt18_Rb_tree_node_baseS1_EC2IRS1_S4_TnNSt9enable_ifIXaaclsr5_PCCPE22_MoveConstructiblePairIT_T0_EEclsr5_PCCPE30_ImplicitlyMoveConvertiblePairIS6_S7_EEEbE4typeELb1EEEOS6_OS7_(ptr noundef nonnull align 8 dereferenceable(16) %4, ptr noundef nonnull align 8 dereferenceable(8) %57, ptr noundef nonnull align 8 dereferenceable(8) %58), !dbg !1831
  br label %126, !dbg !1832

59:                                               ; preds = %50
  %60 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %17, i32 0, i32 0, !dbg !1833
  %61 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEmmEv(ptr noundef nonnull align 8 dereferenceable(8) %10) #15, !dbg !1834
  %62 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %61, i32 0, i32 0, !dbg !1835
  %63 = load ptr, ptr %62, align 8, !dbg !1835
  %64 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_S_keyEPKSt18_Rb_tree_node_base(ptr noundef %63), !dbg !1836
  %65 = load ptr, ptr %7, align 8, !dbg !1837, !nonnull !12, !align !36
  %66 = call noundef zeroext i1 @_ZNKSt4lessINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEclERKS5_S8_(ptr noundef nonnull align 1 dereferenceable(1) %60, ptr noundef nonnull align 8 dereferenceable(32) %64, ptr noundef nonnull align 8 dereferenceable(32) %65), !dbg !1833
  br i1 %66, label %67, label %77, !dbg !1833

67:                                               ; preds = %59
  %68 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %10, i32 0, i32 0, !dbg !1838
  %69 = load ptr, ptr %68, align 8, !dbg !1838
  %70 = call noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_S_rightEPSt18_Rb_tree_node_base(ptr noundef %69) #15, !dbg !1839
  %71 = icmp eq ptr %70, null, !dbg !1840
  br i1 %71, label %72, label %74, !dbg !1840

72:                                               ; preds = %67
  store ptr null, ptr %11, align 8, !dbg !1841
  %73 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %10, i32 0, i32 0, !dbg !1842
  call void @_ZNSt4pairIPSt18_Rb_tree_node_baseS1_EC2IS1_S1_TnNSt9enable_ifIXaaclsr5_PCCPE18_ConstructiblePairIT_T0_EEclsr5_PCCPE26_ImplicitlyConvertiblePairIS5_S6_EEEbE4typeELb1EEERKS1_SA_(ptr noundef nonnull align 8 dereferenceable(16) %4, ptr noundef nonnull align 8 dereferenceable(8) %11, ptr noundef nonnull align 8 dereferenceable(8) %73), !dbg !1843
  br label %126, !dbg !1844

74:                                               ; preds = %67
  %75 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %8, i32 0, i32 0, !dbg !1845
  %76 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %8, i32 0, i32 0, !dbg !1846
  call void @_ZNSt4pairIPSt18_Rb_tree_node_baseS1_EC2IRS1_S4_TnNSt9enable_ifIXaaclsr5_PCCPE22_MoveConstructiblePairIT_T0_EEclsr5_PCCPE30_ImplicitlyMoveConvertiblePairIS6_S7_EEEbE4typeELb1EEEOS6_OS7_(ptr noundef nonnull align 8 dereferenceable(16) %4, ptr noundef nonnull align 8 dereferenceable(8) %75, ptr noundef nonnull align 8 dereferenceable(8) %76), !dbg !1847
  br label %126, !dbg !1848

77:                                               ; preds = %59
  %78 = load ptr, ptr %7, align 8, !dbg !1849, !nonnull !12, !align !36
  %79 = call { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %17, ptr noundef nonnull align 8 dereferenceable(32) %78), !dbg !1850
  %80 = getelementptr inbounds nuw { ptr, ptr }, ptr %4, i32 0, i32 0, !dbg !1850
  %81 = extractvalue { ptr, ptr } %79, 0, !dbg !1850
  store ptr %81, ptr %80, align 8, !dbg !1850
  %82 = getelementptr inbounds nuw { ptr, ptr }, ptr %4, i32 0, i32 1, !dbg !1850
  %83 = extractvalue { ptr, ptr } %79, 1, !dbg !1850
  store ptr %83, ptr %82, align 8, !dbg !1850
  br label %126, !dbg !1851

84:                                               ; preds = %43
  %85 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %17, i32 0, i32 0, !dbg !1852
  %86 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %8, i32 0, i32 0, !dbg !1853
  %87 = load ptr, ptr %86, align 8, !dbg !1853
  %88 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_S_keyEPKSt18_Rb_tree_node_base(ptr noundef %87), !dbg !1854
  %89 = load ptr, ptr %7, align 8, !dbg !1855, !nonnull !12, !align !36
  %90 = call noundef zeroext i1 @_ZNKSt4lessINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEclERKS5_S8_(ptr noundef nonnull align 1 dereferenceable(1) %85, ptr noundef nonnull align 8 dereferenceable(32) %88, ptr noundef nonnull align 8 dereferenceable(32) %89), !dbg !1852
  br i1 %90, label %91, label %124, !dbg !1852

91:                                               ; preds = %84
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 %8, i64 8, i1 false), !dbg !1856
  %92 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %8, i32 0, i32 0, !dbg !1857
  %93 = load ptr, ptr %92, align 8, !dbg !1857
  %94 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_rightmostEv(ptr noundef nonnull align 8 dereferenceable(48) %17) #15, !dbg !1858
  %95 = load ptr, ptr %94, align 8, !dbg !1858
  %96 = icmp eq ptr %93, %95, !dbg !1859
  br i1 %96, label %97, label %99, !dbg !1859

97:                                               ; preds = %91
  store ptr null, ptr %13, align 8, !dbg !1860
  %98 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_rightmostEv(ptr noundef nonnull align 8 dereferenceable(48) %17) #15, !dbg !1861
  call void @_ZNSt4pairIPSt18_Rb_tree_node_baseS1_EC2IS1_S1_TnNSt9enable_ifIXaaclsr5_PCCPE18_ConstructiblePairIT_T0_EEclsr5_PCCPE26_ImplicitlyConvertiblePairIS5_S6_EEEbE4typeELb1EEERKS1_SA_(ptr noundef nonnull align 8 dereferenceable(16) %4, ptr noundef nonnull align 8 dereferenceable(8) %13, ptr noundef nonnull align 8 dereferenceable(8) %98), !dbg !1862
  br label %126, !dbg !1863

99:                                               ; preds = %91
  %100 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %17, i32 0, i32 0, !dbg !1864
  %101 = load ptr, ptr %7, align 8, !dbg !1865, !nonnull !12, !align !36
  %102 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %12) #15, !dbg !1866
  %103 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %102, i32 0, i32 0, !dbg !1867
  %104 = load ptr, ptr %103, align 8, !dbg !1867
  %105 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_S_keyEPKSt18_Rb_tree_node_base(ptr noundef %104), !dbg !1868
  %106 = call noundef zeroext i1 @_ZNKSt4lessINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEclERKS5_S8_(ptr noundef nonnull align 1 dereferenceable(1) %100, ptr noundef nonnull align 8 dereferenceable(32) %101, ptr noundef nonnull align 8 dereferenceable(32) %105), !dbg !1864
  br i1 %106, label %107, label %117, !dbg !1864

107:                                              ; preds = %99
  %108 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %8, i32 0, i32 0, !dbg !1869
  %109 = load ptr, ptr %108, align 8, !dbg !1869
  %110 = call noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_S_rightEPSt18_Rb_tree_node_base(ptr noundef %109) #15, !dbg !1870
  %111 = icmp eq ptr %110, null, !dbg !1871
  br i1 %111, label %112, label %114, !dbg !1871

112:                                              ; preds = %107
  store ptr null, ptr %14, align 8, !dbg !1872
  %113 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %8, i32 0, i32 0, !dbg !1873
  call void @_ZNSt4pairIPSt18_Rb_tree_node_baseS1_EC2IS1_S1_TnNSt9enable_ifIXaaclsr5_PCCPE18_ConstructiblePairIT_T0_EEclsr5_PCCPE26_ImplicitlyConvertiblePairIS5_S6_EEEbE4typeELb1EEERKS1_SA_(ptr noundef nonnull align 8 dereferenceable(16) %4, ptr noundef nonnull align 8 dereferenceable(8) %14, ptr noundef nonnull align 8 dereferenceable(8) %113), !dbg !1874
  br label %126, !dbg !1875

114:                                              ; preds = %107
  %115 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %12, i32 0, i32 0, !dbg !1876
  %116 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %12, i32 0, i32 0, !dbg !1877
  call void @_ZNSt4pairIPSt18_Rb_tree_node_baseS1_EC2IRS1_S4_TnNSt9enable_ifIXaaclsr5_PCCPE22_MoveConstructiblePairIT_T0_EEclsr5_PCCPE30_ImplicitlyMoveConvertiblePairIS6_S7_EEEbE4typeELb1EEEOS6_OS7_(ptr noundef nonnull align 8 dereferenceable(16) %4, ptr noundef nonnull align 8 dereferenceable(8) %115, ptr noundef nonnull align 8 dereferenceable(8) %116), !dbg !1878
  br label %126, !dbg !1879

117:                                              ; preds = %99
  %118 = load ptr, ptr %7, align 8, !dbg !1880, !nonnull !12, !align !36
  %119 = call { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %17, ptr noundef nonnull align 8 dereferenceable(32) %118), !dbg !1881
  %120 = getelementptr inbounds nuw { ptr, ptr }, ptr %4, i32 0, i32 0, !dbg !1881
  %121 = extractvalue { ptr, ptr } %119, 0, !dbg !1881
  store ptr %121, ptr %120, align 8, !dbg !1881
  %122 = getelementptr inbounds nuw { ptr, ptr }, ptr %4, i32 0, i32 1, !dbg !1881
  %123 = extractvalue { ptr, ptr } %119, 1, !dbg !1881
  store ptr %123, ptr %122, align 8, !dbg !1881
  br label %126, !dbg !1882

124:                                              ; preds = %84
  %125 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %8, i32 0, i32 0, !dbg !1883
  store ptr null, ptr %15, align 8, !dbg !1884
  call void @_ZNSt4pairIPSt18_Rb_tree_node_baseS1_EC2IS1_S1_TnNSt9enable_ifIXaaclsr5_PCCPE18_ConstructiblePairIT_T0_EEclsr5_PCCPE26_ImplicitlyConvertiblePairIS5_S6_EEEbE4typeELb1EEERKS1_SA_(ptr noundef nonnull align 8 dereferenceable(16) %4, ptr noundef nonnull align 8 dereferenceable(8) %125, ptr noundef nonnull align 8 dereferenceable(8) %15), !dbg !1885
  br label %126, !dbg !1886

126:                                              ; preds = %124, %117, %114, %112, %97, %77, %74, %72, %56, %36, %34
  %127 = load { ptr, ptr }, ptr %4, align 8, !dbg !1887
  ret { ptr, ptr } %127, !dbg !1887
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(32) ptr @_ZNKSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_node6_M_keyEv(ptr noundef nonnull align 8 dereferenceable(16) %0) #2 comdat align 2 !dbg !1888 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Auto_node", ptr %3, i32 0, i32 1, !dbg !1889
  %5 = load ptr, ptr %4, align 8, !dbg !1889
  %6 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_S_keyEPKSt13_Rb_tree_nodeIS8_E(ptr noundef %5), !dbg !1890
  ret ptr %6, !dbg !1891
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_node9_M_insertES6_IPSt18_Rb_tree_node_baseSH_E(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr %1, ptr %2) #2 comdat align 2 !dbg !1892 {
  %4 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %5 = alloca %"struct.std::pair.25", align 8
  %6 = alloca ptr, align 8
  %7 = getelementptr inbounds nuw { ptr, ptr }, ptr %5, i32 0, i32 0
  store ptr %1, ptr %7, align 8
  %8 = getelementptr inbounds nuw { ptr, ptr }, ptr %5, i32 0, i32 1
  store ptr %2, ptr %8, align 8
  store ptr %0, ptr %6, align 8
  %9 = load ptr, ptr %6, align 8
  %10 = getelementptr inbounds nuw %"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Auto_node", ptr %9, i32 0, i32 0, !dbg !1893
  %11 = load ptr, ptr %10, align 8, !dbg !1893, !nonnull !12, !align !36
  %12 = getelementptr inbounds nuw %"struct.std::pair.25", ptr %5, i32 0, i32 0, !dbg !1894
  %13 = load ptr, ptr %12, align 8, !dbg !1894
  %14 = getelementptr inbounds nuw %"struct.std::pair.25", ptr %5, i32 0, i32 1, !dbg !1895
  %15 = load ptr, ptr %14, align 8, !dbg !1895
  %16 = getelementptr inbounds nuw %"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Auto_node", ptr %9, i32 0, i32 1, !dbg !1896
  %17 = load ptr, ptr %16, align 8, !dbg !1896
  %18 = call ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE14_M_insert_nodeEPSt18_Rb_tree_node_baseSG_PSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %11, ptr noundef %13, ptr noundef %15, ptr noundef %17), !dbg !1897
  %19 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %4, i32 0, i32 0, !dbg !1897
  store ptr %18, ptr %19, align 8, !dbg !1897
  %20 = getelementptr inbounds nuw %"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Auto_node", ptr %9, i32 0, i32 1, !dbg !1898
  store ptr null, ptr %20, align 8, !dbg !1899
  %21 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %4, i32 0, i32 0, !dbg !1900
  %22 = load ptr, ptr %21, align 8, !dbg !1900
  ret ptr %22, !dbg !1900
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_nodeD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #1 comdat align 2 !dbg !1901 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Auto_node", ptr %3, i32 0, i32 1, !dbg !1902
  %5 = load ptr, ptr %4, align 8, !dbg !1902
  %6 = icmp ne ptr %5, null, !dbg !1902
  br i1 %6, label %7, label %12, !dbg !1902

7:                                                ; preds = %1
  %8 = getelementptr inbounds nuw %"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Auto_node", ptr %3, i32 0, i32 0, !dbg !1903
  %9 = load ptr, ptr %8, align 8, !dbg !1903, !nonnull !12, !align !36
  %10 = getelementptr inbounds nuw %"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Auto_node", ptr %3, i32 0, i32 1, !dbg !1904
  %11 = load ptr, ptr %10, align 8, !dbg !1904
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_drop_nodeEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %9, ptr noundef %11) #15, !dbg !1905
  br label %12, !dbg !1903

12:                                               ; preds = %7, %1
  ret void, !dbg !1906
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE14_M_create_nodeIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEEPSt13_Rb_tree_nodeIS8_EDpOT_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 1 dereferenceable(1) %1, ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef nonnull align 1 dereferenceable(1) %3) #2 comdat align 2 !dbg !1907 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store ptr %3, ptr %8, align 8
  %10 = load ptr, ptr %5, align 8
  %11 = call noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11_M_get_nodeEv(ptr noundef nonnull align 8 dereferenceable(48) %10), !dbg !1908
  store ptr %11, ptr %9, align 8, !dbg !1909
  %12 = load ptr, ptr %9, align 8, !dbg !1910
  %13 = load ptr, ptr %6, align 8, !dbg !1911, !nonnull !12
  %14 = load ptr, ptr %7, align 8, !dbg !1911, !nonnull !12, !align !36
  %15 = load ptr, ptr %8, align 8, !dbg !1911, !nonnull !12
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE17_M_construct_nodeIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEEvPSt13_Rb_tree_nodeIS8_EDpOT_(ptr noundef nonnull align 8 dereferenceable(48) %10, ptr noundef %12, ptr noundef nonnull align 1 dereferenceable(1) %13, ptr noundef nonnull align 8 dereferenceable(8) %14, ptr noundef nonnull align 1 dereferenceable(1) %15), !dbg !1912
  %16 = load ptr, ptr %9, align 8, !dbg !1913
  ret ptr %16, !dbg !1914
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11_M_get_nodeEv(ptr noundef nonnull align 8 dereferenceable(48) %0) #2 comdat align 2 !dbg !1915 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE21_M_get_Node_allocatorEv(ptr noundef nonnull align 8 dereferenceable(48) %3) #15, !dbg !1916
  %5 = call noundef ptr @_ZNSt16allocator_traitsISaISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEEE8allocateERSB_m(ptr noundef nonnull align 1 dereferenceable(1) %4, i64 noundef 1), !dbg !1917
  ret ptr %5, !dbg !1918
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE17_M_construct_nodeIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEEvPSt13_Rb_tree_nodeIS8_EDpOT_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2, ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 1 dereferenceable(1) %4) #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !1919 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  store ptr %3, ptr %9, align 8
  store ptr %4, ptr %10, align 8
  %13 = load ptr, ptr %6, align 8
  %14 = load ptr, ptr %7, align 8, !dbg !1920
  %15 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE21_M_get_Node_allocatorEv(ptr noundef nonnull align 8 dereferenceable(48) %13) #15, !dbg !1921
  %16 = load ptr, ptr %7, align 8, !dbg !1922
  %17 = call noundef ptr @_ZNSt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE9_M_valptrEv(ptr noundef nonnull align 8 dereferenceable(72) %16), !dbg !1923
  %18 = load ptr, ptr %8, align 8, !dbg !1924, !nonnull !12
  %19 = load ptr, ptr %9, align 8, !dbg !1924, !nonnull !12, !align !36
  %20 = load ptr, ptr %10, align 8, !dbg !1924, !nonnull !12
  invoke void @_ZNSt16allocator_traitsISaISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEEE9constructIS9_JRKSt21piecewise_construct_tSt5tupleIJOS7_EESH_IJEEEEEvRSB_PT_DpOT0_(ptr noundef nonnull align 1 dereferenceable(1) %15, ptr noundef %17, ptr noundef nonnull align 1 dereferenceable(1) %18, ptr noundef nonnull align 8 dereferenceable(8) %19, ptr noundef nonnull align 1 dereferenceable(1) %20)
          to label %21 unwind label %22, !dbg !1925

21:                                               ; preds = %5
  br label %36, !dbg !1926

22:                                               ; preds = %5
  %23 = landingpad { ptr, i32 }
          catch ptr null, !dbg !1927
  %24 = extractvalue { ptr, i32 } %23, 0, !dbg !1927
  store ptr %24, ptr %11, align 8, !dbg !1927
  %25 = extractvalue { ptr, i32 } %23, 1, !dbg !1927
  store i32 %25, ptr %12, align 4, !dbg !1927
  br label %26, !dbg !1927

26:                                               ; preds = %22
  %27 = load ptr, ptr %11, align 8, !dbg !1926
  %28 = call ptr @__cxa_begin_catch(ptr %27) #15, !dbg !1926
  %29 = load ptr, ptr %7, align 8, !dbg !1928
  %30 = load ptr, ptr %7, align 8, !dbg !1929
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11_M_put_nodeEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %13, ptr noundef %30) #15, !dbg !1930
  invoke void @__cxa_rethrow() #16
          to label %45 unwind label %31, !dbg !1931

31:                                               ; preds = %26
  %32 = landingpad { ptr, i32 }
          cleanup, !dbg !1927
  %33 = extractvalue { ptr, i32 } %32, 0, !dbg !1927
  store ptr %33, ptr %11, align 8, !dbg !1927
  %34 = extractvalue { ptr, i32 } %32, 1, !dbg !1927
  store i32 %34, ptr %12, align 4, !dbg !1927
  invoke void @__cxa_end_catch()
          to label %35 unwind label %42, !dbg !1932

35:                                               ; preds = %31
  br label %37, !dbg !1932

36:                                               ; preds = %21
  ret void, !dbg !1927

37:                                               ; preds = %35
  %38 = load ptr, ptr %11, align 8, !dbg !1932
  %39 = load i32, ptr %12, align 4, !dbg !1932
  %40 = insertvalue { ptr, i32 } poison, ptr %38, 0, !dbg !1932
  %41 = insertvalue { ptr, i32 } %40, i32 %39, 1, !dbg !1932
  resume { ptr, i32 } %41, !dbg !1932

42:                                               ; preds = %31
  %43 = landingpad { ptr, i32 }
          catch ptr null, !dbg !1932
  %44 = extractvalue { ptr, i32 } %43, 0, !dbg !1932
  call void @__clang_call_terminate(ptr %44) #18, !dbg !1932
  unreachable, !dbg !1932

45:                                               ; preds = %26
  unreachable
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt16allocator_traitsISaISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEEE8allocateERSB_m(ptr noundef nonnull align 1 dereferenceable(1) %0, i64 noundef %1) #2 comdat align 2 !dbg !1933 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !1934, !nonnull !12
  %6 = load i64, ptr %4, align 8, !dbg !1935
  %7 = call noundef ptr @_ZNSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEE8allocateEmPKv(ptr noundef nonnull align 1 dereferenceable(1) %5, i64 noundef %6, ptr noundef null), !dbg !1936
  ret ptr %7, !dbg !1937
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEE8allocateEmPKv(ptr noundef nonnull align 1 dereferenceable(1) %0, i64 noundef %1, ptr noundef %2) #2 comdat align 2 !dbg !1938 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load i64, ptr %5, align 8, !dbg !1939
  %9 = call noundef i64 @_ZNKSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEE11_M_max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %7) #15, !dbg !1940
  %10 = icmp ugt i64 %8, %9, !dbg !1941
  br i1 %10, label %11, label %16, !dbg !1942

11:                                               ; preds = %3
  %12 = load i64, ptr %5, align 8, !dbg !1943
  %13 = icmp ugt i64 %12, 256204778801521550, !dbg !1944
  br i1 %13, label %14, label %15, !dbg !1944

14:                                               ; preds = %11
  call void @_ZSt28__throw_bad_array_new_lengthv() #16, !dbg !1945
  unreachable, !dbg !1945

15:                                               ; preds = %11
  call void @_ZSt17__throw_bad_allocv() #16, !dbg !1946
  unreachable, !dbg !1946

16:                                               ; preds = %3
  %17 = load i64, ptr %5, align 8, !dbg !1947
  %18 = mul i64 %17, 72, !dbg !1948
  %19 = call noalias noundef nonnull ptr @_Znwm(i64 noundef %18) #20, !dbg !1949
  ret ptr %19, !dbg !1950
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZNKSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEE11_M_max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %0) #1 comdat align 2 !dbg !1951 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret i64 128102389400760775, !dbg !1952
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt16allocator_traitsISaISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEEE9constructIS9_JRKSt21piecewise_construct_tSt5tupleIJOS7_EESH_IJEEEEEvRSB_PT_DpOT0_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2, ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 1 dereferenceable(1) %4) #2 comdat align 2 !dbg !1953 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  store ptr %3, ptr %9, align 8
  store ptr %4, ptr %10, align 8
  %11 = load ptr, ptr %6, align 8, !dbg !1954, !nonnull !12
  %12 = load ptr, ptr %7, align 8, !dbg !1955
  %13 = load ptr, ptr %8, align 8, !dbg !1956, !nonnull !12
  %14 = load ptr, ptr %9, align 8, !dbg !1956, !nonnull !12, !align !36
  %15 = load ptr, ptr %10, align 8, !dbg !1956, !nonnull !12
  call void @_ZNSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEE9constructIS9_JRKSt21piecewise_construct_tSt5tupleIJOS7_EESG_IJEEEEEvPT_DpOT0_(ptr noundef nonnull align 1 dereferenceable(1) %11, ptr noundef %12, ptr noundef nonnull align 1 dereferenceable(1) %13, ptr noundef nonnull align 8 dereferenceable(8) %14, ptr noundef nonnull align 1 dereferenceable(1) %15), !dbg !1957
  ret void, !dbg !1958
}

declare void @__cxa_rethrow()

declare void @__cxa_end_catch()

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt15__new_allocatorISt13_Rb_tree_nodeISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEE9constructIS9_JRKSt21piecewise_construct_tSt5tupleIJOS7_EESG_IJEEEEEvPT_DpOT0_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2, ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 1 dereferenceable(1) %4) #2 comdat align 2 !dbg !1959 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca %"struct.std::piecewise_construct_t", align 1
  %12 = alloca %"class.std::tuple", align 8
  %13 = alloca %"class.std::tuple.23", align 1
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  store ptr %3, ptr %9, align 8
  store ptr %4, ptr %10, align 8
  %14 = load ptr, ptr %6, align 8
  %15 = load ptr, ptr %7, align 8, !dbg !1960
  %16 = load ptr, ptr %8, align 8, !dbg !1961, !nonnull !12
  %17 = load ptr, ptr %9, align 8, !dbg !1961, !nonnull !12, !align !36
  call void @_ZNSt5tupleIJONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2EOS7_(ptr noundef nonnull align 8 dereferenceable(8) %12, ptr noundef nonnull align 8 dereferenceable(8) %17) #15, !dbg !1962
  %18 = load ptr, ptr %10, align 8, !dbg !1961, !nonnull !12
  call void @_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEC2IJOS5_EJEEESt21piecewise_construct_tSt5tupleIJDpT_EESB_IJDpT0_EE(ptr noundef nonnull align 8 dereferenceable(36) %15, ptr dead_on_return noundef %12), !dbg !1963
  ret void, !dbg !1964
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt5tupleIJONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2EOS7_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) unnamed_addr #1 comdat align 2 !dbg !1965 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !1966, !nonnull !12, !align !36
  call void @_ZNSt11_Tuple_implILm0EJONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2EOS7_(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !1966
  ret void, !dbg !1967
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEC2IJOS5_EJEEESt21piecewise_construct_tSt5tupleIJDpT_EESB_IJDpT0_EE(ptr noundef nonnull align 8 dereferenceable(36) %0, ptr dead_on_return noundef %1) unnamed_addr #2 comdat align 2 !dbg !1968 {
  %3 = alloca %"struct.std::piecewise_construct_t", align 1
  %4 = alloca %"class.std::tuple.23", align 1
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca %"struct.std::_Index_tuple", align 1
  %8 = alloca %"struct.std::_Index_tuple.27", align 1
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  %9 = load ptr, ptr %5, align 8
  call void @_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEC2IJOS5_EJLm0EEJETpTnmJEEERSt5tupleIJDpT_EERSA_IJDpT1_EESt12_Index_tupleIJXspT0_EEESJ_IJXspT2_EEE(ptr noundef nonnull align 8 dereferenceable(36) %9, ptr noundef nonnull align 8 dereferenceable(8) %1, ptr noundef nonnull align 1 dereferenceable(1) %4), !dbg !1969
  ret void, !dbg !1970
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm0EJONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2EOS7_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) unnamed_addr #1 comdat align 2 !dbg !1971 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !1972, !nonnull !12, !align !36
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %6, i64 8, i1 false), !dbg !1973
  ret void, !dbg !1974
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEC2IJOS5_EJLm0EEJETpTnmJEEERSt5tupleIJDpT_EERSA_IJDpT1_EESt12_Index_tupleIJXspT0_EEESJ_IJXspT2_EEE(ptr noundef nonnull align 8 dereferenceable(36) %0, ptr noundef nonnull align 8 dereferenceable(8) %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #1 comdat align 2 !dbg !1975 {
  %4 = alloca %"struct.std::_Index_tuple", align 1
  %5 = alloca %"struct.std::_Index_tuple.27", align 1
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  %9 = load ptr, ptr %6, align 8
  %10 = getelementptr inbounds nuw %"struct.std::pair", ptr %9, i32 0, i32 0, !dbg !1976
  %11 = load ptr, ptr %7, align 8, !dbg !1977, !nonnull !12, !align !36
  %12 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZSt3getILm0EJONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERSB_(ptr noundef nonnull align 8 dereferenceable(8) %11) #15, !dbg !1978
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC1EOS4_(ptr noundef nonnull align 8 dereferenceable(32) %10, ptr noundef nonnull align 8 dereferenceable(32) %12) #15, !dbg !1976
  %13 = getelementptr inbounds nuw %"struct.std::pair", ptr %9, i32 0, i32 1, !dbg !1979
  store i32 0, ptr %13, align 8, !dbg !1979
  ret void, !dbg !1980
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(32) ptr @_ZSt3getILm0EJONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEERNSt13tuple_elementIXT_ESt5tupleIJDpT0_EEE4typeERSB_(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat !dbg !1981 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !1982, !nonnull !12, !align !36
  %4 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZSt12__get_helperILm0EONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEJEERT0_RSt11_Tuple_implIXT_EJS7_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %3) #15, !dbg !1983
  ret ptr %4, !dbg !1984
}

; Function Attrs: nounwind
declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC1EOS4_(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(32)) unnamed_addr #5

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(32) ptr @_ZSt12__get_helperILm0EONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEJEERT0_RSt11_Tuple_implIXT_EJS7_DpT1_EE(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat !dbg !1985 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !1986, !nonnull !12, !align !36
  %4 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt11_Tuple_implILm0EJONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEE7_M_headERS7_(ptr noundef nonnull align 8 dereferenceable(8) %3) #15, !dbg !1987
  ret ptr %4, !dbg !1988
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt11_Tuple_implILm0EJONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEE7_M_headERS7_(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat align 2 !dbg !1989 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !1990, !nonnull !12, !align !36
  %4 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt10_Head_baseILm0EONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEELb0EE7_M_headERS7_(ptr noundef nonnull align 8 dereferenceable(8) %3) #15, !dbg !1991
  ret ptr %4, !dbg !1992
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt10_Head_baseILm0EONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEELb0EE7_M_headERS7_(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat align 2 !dbg !1993 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !1994, !nonnull !12, !align !36
  %4 = getelementptr inbounds nuw %"struct.std::_Head_base", ptr %3, i32 0, i32 0, !dbg !1995
  %5 = load ptr, ptr %4, align 8, !dbg !1995, !nonnull !12, !align !36
  ret ptr %5, !dbg !1996
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr ptr @_ZNKSt23_Rb_tree_const_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEE13_M_const_castEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat align 2 !dbg !1997 {
  %2 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds nuw %"struct.std::_Rb_tree_const_iterator", ptr %4, i32 0, i32 0, !dbg !1998
  %6 = load ptr, ptr %5, align 8, !dbg !1998
  call void @_ZNSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEC2EPSt18_Rb_tree_node_base(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef %6) #15, !dbg !1999
  %7 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %2, i32 0, i32 0, !dbg !2000
  %8 = load ptr, ptr %7, align 8, !dbg !2000
  ret ptr %8, !dbg !2000
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZNKSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE4sizeEv(ptr noundef nonnull align 8 dereferenceable(48) %0) #1 comdat align 2 !dbg !2001 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %3, i32 0, i32 0, !dbg !2002
  %5 = getelementptr inbounds i8, ptr %4, i64 8, !dbg !2002
  %6 = getelementptr inbounds nuw %"struct.std::_Rb_tree_header", ptr %5, i32 0, i32 1, !dbg !2003
  %7 = load i64, ptr %6, align 8, !dbg !2003
  ret i64 %7, !dbg !2004
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_S_keyEPKSt18_Rb_tree_node_base(ptr noundef %0) #2 comdat align 2 !dbg !2005 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !2006
  %4 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_S_keyEPKSt13_Rb_tree_nodeIS8_E(ptr noundef %3), !dbg !2007
  ret ptr %4, !dbg !2008
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_rightmostEv(ptr noundef nonnull align 8 dereferenceable(48) %0) #1 comdat align 2 !dbg !2009 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %3, i32 0, i32 0, !dbg !2010
  %5 = getelementptr inbounds i8, ptr %4, i64 8, !dbg !2011
  %6 = getelementptr inbounds nuw %"struct.std::_Rb_tree_header", ptr %5, i32 0, i32 0, !dbg !2012
  %7 = getelementptr inbounds nuw %"struct.std::_Rb_tree_node_base", ptr %6, i32 0, i32 3, !dbg !2013
  ret ptr %7, !dbg !2014
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt4pairIPSt18_Rb_tree_node_baseS1_EC2IS1_S1_TnNSt9enable_ifIXaaclsr5_PCCPE18_ConstructiblePairIT_T0_EEclsr5_PCCPE26_ImplicitlyConvertiblePairIS5_S6_EEEbE4typeELb1EEERKS1_SA_(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(8) %1, ptr noundef nonnull align 8 dereferenceable(8) %2) unnamed_addr #1 comdat align 2 !dbg !2015 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds nuw %"struct.std::pair.25", ptr %7, i32 0, i32 0, !dbg !2017
  %9 = load ptr, ptr %5, align 8, !dbg !2018, !nonnull !12, !align !36
  %10 = load ptr, ptr %9, align 8, !dbg !2018
  store ptr %10, ptr %8, align 8, !dbg !2017
  %11 = getelementptr inbounds nuw %"struct.std::pair.25", ptr %7, i32 0, i32 1, !dbg !2019
  %12 = load ptr, ptr %6, align 8, !dbg !2020, !nonnull !12, !align !36
  %13 = load ptr, ptr %12, align 8, !dbg !2020
  store ptr %13, ptr %11, align 8, !dbg !2019
  ret void, !dbg !2021
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) #2 comdat align 2 !dbg !2022 {
  %3 = alloca %"struct.std::pair.25", align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i8, align 1
  %9 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %10 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %11 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %12 = load ptr, ptr %4, align 8
  %13 = call noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_beginEv(ptr noundef nonnull align 8 dereferenceable(48) %12) #15, !dbg !2023
  store ptr %13, ptr %6, align 8, !dbg !2024
  %14 = call noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_M_endEv(ptr noundef nonnull align 8 dereferenceable(48) %12) #15, !dbg !2025
  store ptr %14, ptr %7, align 8, !dbg !2026
  store i8 1, ptr %8, align 1, !dbg !2027
  br label %15, !dbg !2028

15:                                               ; preds = %34, %2
  %16 = load ptr, ptr %6, align 8, !dbg !2029
  %17 = icmp ne ptr %16, null, !dbg !2030
  br i1 %17, label %18, label %36, !dbg !2028

18:                                               ; preds = %15
  %19 = load ptr, ptr %6, align 8, !dbg !2031
  store ptr %19, ptr %7, align 8, !dbg !2032
  %20 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %12, i32 0, i32 0, !dbg !2033
  %21 = load ptr, ptr %5, align 8, !dbg !2034, !nonnull !12, !align !36
  %22 = load ptr, ptr %6, align 8, !dbg !2035
  %23 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_S_keyEPKSt13_Rb_tree_nodeIS8_E(ptr noundef %22), !dbg !2036
  %24 = call noundef zeroext i1 @_ZNKSt4lessINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEclERKS5_S8_(ptr noundef nonnull align 1 dereferenceable(1) %20, ptr noundef nonnull align 8 dereferenceable(32) %21, ptr noundef nonnull align 8 dereferenceable(32) %23), !dbg !2033
  %25 = zext i1 %24 to i8, !dbg !2037
  store i8 %25, ptr %8, align 1, !dbg !2037
  %26 = load i8, ptr %8, align 1, !dbg !2038
  %27 = trunc i8 %26 to i1, !dbg !2038
  br i1 %27, label %28, label %31, !dbg !2038

28:                                               ; preds = %18
  %29 = load ptr, ptr %6, align 8, !dbg !2039
  %30 = call noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE7_S_leftEPSt18_Rb_tree_node_base(ptr noundef %29) #15, !dbg !2040
  br label %34, !dbg !2038

31:                                               ; preds = %18
  %32 = load ptr, ptr %6, align 8, !dbg !2041
  %33 = call noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_S_rightEPSt18_Rb_tree_node_base(ptr noundef %32) #15, !dbg !2042
  br label %34, !dbg !2038

34:                                               ; preds = %31, %28
  %35 = phi ptr [ %30, %28 ], [ %33, %31 ], !dbg !2038
  store ptr %35, ptr %6, align 8, !dbg !2043
  br label %15, !dbg !2028, !llvm.loop !2044

36:                                               ; preds = %15
  %37 = load ptr, ptr %7, align 8, !dbg !2046
  call void @_ZNSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEC2EPSt18_Rb_tree_node_base(ptr noundef nonnull align 8 dereferenceable(8) %9, ptr noundef %37) #15, !dbg !2047
  %38 = load i8, ptr %8, align 1, !dbg !2048
  %39 = trunc i8 %38 to i1, !dbg !2048
  br i1 %39, label %40, label %48, !dbg !2048

40:                                               ; preds = %36
  %41 = call ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE5beginEv(ptr noundef nonnull align 8 dereferenceable(48) %12) #15, !dbg !2049
  %42 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %10, i32 0, i32 0, !dbg !2049
  store ptr %41, ptr %42, align 8, !dbg !2049
  %43 = call noundef zeroext i1 @_ZSteqRKSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEESB_(ptr noundef nonnull align 8 dereferenceable(8) %9, ptr noundef nonnull align 8 dereferenceable(8) %10) #15, !dbg !2050
  br i1 %43, label %44, label %45, !dbg !2051

44:                                               ; preds = %40
  call void @_ZNSt4pairIPSt18_Rb_tree_node_baseS1_EC2IRPSt13_Rb_tree_nodeIS_IKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEERS1_TnNSt9enable_ifIXaaclsr5_PCCPE22_MoveConstructiblePairIT_T0_EEclsr5_PCCPE30_ImplicitlyMoveConvertiblePairISI_SJ_EEEbE4typeELb1EEEOSI_OSJ_(ptr noundef nonnull align 8 dereferenceable(16) %3, ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef nonnull align 8 dereferenceable(8) %7), !dbg !2052
  br label %58, !dbg !2053

45:                                               ; preds = %40
  %46 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEmmEv(ptr noundef nonnull align 8 dereferenceable(8) %9) #15, !dbg !2054
  br label %47

47:                                               ; preds = %45
  br label %48, !dbg !2055

48:                                               ; preds = %47, %36
  %49 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %12, i32 0, i32 0, !dbg !2056
  %50 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %9, i32 0, i32 0, !dbg !2057
  %51 = load ptr, ptr %50, align 8, !dbg !2057
  %52 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_S_keyEPKSt18_Rb_tree_node_base(ptr noundef %51), !dbg !2058
  %53 = load ptr, ptr %5, align 8, !dbg !2059, !nonnull !12, !align !36
  %54 = call noundef zeroext i1 @_ZNKSt4lessINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEclERKS5_S8_(ptr noundef nonnull align 1 dereferenceable(1) %49, ptr noundef nonnull align 8 dereferenceable(32) %52, ptr noundef nonnull align 8 dereferenceable(32) %53), !dbg !2056
  br i1 %54, label %55, label %56, !dbg !2056

55:                                               ; preds = %48
  call void @_ZNSt4pairIPSt18_Rb_tree_node_baseS1_EC2IRPSt13_Rb_tree_nodeIS_IKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEERS1_TnNSt9enable_ifIXaaclsr5_PCCPE22_MoveConstructiblePairIT_T0_EEclsr5_PCCPE30_ImplicitlyMoveConvertiblePairISI_SJ_EEEbE4typeELb1EEEOSI_OSJ_(ptr noundef nonnull align 8 dereferenceable(16) %3, ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef nonnull align 8 dereferenceable(8) %7), !dbg !2060
  br label %58, !dbg !2061

56:                                               ; preds = %48
  %57 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %9, i32 0, i32 0, !dbg !2062
  store ptr null, ptr %11, align 8, !dbg !2063
  call void @_ZNSt4pairIPSt18_Rb_tree_node_baseS1_EC2IS1_S1_TnNSt9enable_ifIXaaclsr5_PCCPE18_ConstructiblePairIT_T0_EEclsr5_PCCPE26_ImplicitlyConvertiblePairIS5_S6_EEEbE4typeELb1EEERKS1_SA_(ptr noundef nonnull align 8 dereferenceable(16) %3, ptr noundef nonnull align 8 dereferenceable(8) %57, ptr noundef nonnull align 8 dereferenceable(8) %11), !dbg !2064
  br label %58, !dbg !2065

58:                                               ; preds = %56, %55, %44
  %59 = load { ptr, ptr }, ptr %3, align 8, !dbg !2066
  ret { ptr, ptr } %59, !dbg !2066
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11_M_leftmostEv(ptr noundef nonnull align 8 dereferenceable(48) %0) #1 comdat align 2 !dbg !2067 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %3, i32 0, i32 0, !dbg !2068
  %5 = getelementptr inbounds i8, ptr %4, i64 8, !dbg !2069
  %6 = getelementptr inbounds nuw %"struct.std::_Rb_tree_header", ptr %5, i32 0, i32 0, !dbg !2070
  %7 = getelementptr inbounds nuw %"struct.std::_Rb_tree_node_base", ptr %6, i32 0, i32 2, !dbg !2071
  ret ptr %7, !dbg !2072
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt4pairIPSt18_Rb_tree_node_baseS1_EC2IRS1_S4_TnNSt9enable_ifIXaaclsr5_PCCPE22_MoveConstructiblePairIT_T0_EEclsr5_PCCPE30_ImplicitlyMoveConvertiblePairIS6_S7_EEEbE4typeELb1EEEOS6_OS7_(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(8) %1, ptr noundef nonnull align 8 dereferenceable(8) %2) unnamed_addr #1 comdat align 2 !dbg !2073 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds nuw %"struct.std::pair.25", ptr %7, i32 0, i32 0, !dbg !2074
  %9 = load ptr, ptr %5, align 8, !dbg !2075, !nonnull !12, !align !36
  %10 = load ptr, ptr %9, align 8, !dbg !2076
  store ptr %10, ptr %8, align 8, !dbg !2074
  %11 = getelementptr inbounds nuw %"struct.std::pair.25", ptr %7, i32 0, i32 1, !dbg !2077
  %12 = load ptr, ptr %6, align 8, !dbg !2078, !nonnull !12, !align !36
  %13 = load ptr, ptr %12, align 8, !dbg !2079
  store ptr %13, ptr %11, align 8, !dbg !2077
  ret void, !dbg !2080
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEmmEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat align 2 !dbg !2081 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %3, i32 0, i32 0, !dbg !2082
  %5 = load ptr, ptr %4, align 8, !dbg !2082
  %6 = call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef %5) #17, !dbg !2083
  %7 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %3, i32 0, i32 0, !dbg !2084
  store ptr %6, ptr %7, align 8, !dbg !2085
  ret ptr %3, !dbg !2086
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE5beginEv(ptr noundef nonnull align 8 dereferenceable(48) %0) #1 comdat align 2 !dbg !2087 {
  %2 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %4, i32 0, i32 0, !dbg !2088
  %6 = getelementptr inbounds i8, ptr %5, i64 8, !dbg !2089
  %7 = getelementptr inbounds nuw %"struct.std::_Rb_tree_header", ptr %6, i32 0, i32 0, !dbg !2090
  %8 = getelementptr inbounds nuw %"struct.std::_Rb_tree_node_base", ptr %7, i32 0, i32 2, !dbg !2091
  %9 = load ptr, ptr %8, align 8, !dbg !2091
  call void @_ZNSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEC2EPSt18_Rb_tree_node_base(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef %9) #15, !dbg !2092
  %10 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %2, i32 0, i32 0, !dbg !2093
  %11 = load ptr, ptr %10, align 8, !dbg !2093
  ret ptr %11, !dbg !2093
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt4pairIPSt18_Rb_tree_node_baseS1_EC2IRPSt13_Rb_tree_nodeIS_IKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEERS1_TnNSt9enable_ifIXaaclsr5_PCCPE22_MoveConstructiblePairIT_T0_EEclsr5_PCCPE30_ImplicitlyMoveConvertiblePairISI_SJ_EEEbE4typeELb1EEEOSI_OSJ_(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(8) %1, ptr noundef nonnull align 8 dereferenceable(8) %2) unnamed_addr #1 comdat align 2 !dbg !2094 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds nuw %"struct.std::pair.25", ptr %7, i32 0, i32 0, !dbg !2095
  %9 = load ptr, ptr %5, align 8, !dbg !2096, !nonnull !12, !align !36
  %10 = load ptr, ptr %9, align 8, !dbg !2097
  store ptr %10, ptr %8, align 8, !dbg !2095
  %11 = getelementptr inbounds nuw %"struct.std::pair.25", ptr %7, i32 0, i32 1, !dbg !2098
  %12 = load ptr, ptr %6, align 8, !dbg !2099, !nonnull !12, !align !36
  %13 = load ptr, ptr %12, align 8, !dbg !2100
  store ptr %13, ptr %11, align 8, !dbg !2098
  ret void, !dbg !2101
}

; Function Attrs: nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef) #12

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE14_M_insert_nodeEPSt18_Rb_tree_node_baseSG_PSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %1, ptr noundef %2, ptr noundef %3) #2 comdat align 2 !dbg !2102 {
  %5 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i8, align 1
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  store ptr %3, ptr %9, align 8
  %11 = load ptr, ptr %6, align 8
  %12 = load ptr, ptr %7, align 8, !dbg !2103
  %13 = icmp ne ptr %12, null, !dbg !2104
  br i1 %13, label %25, label %14, !dbg !2105

14:                                               ; preds = %4
  %15 = load ptr, ptr %8, align 8, !dbg !2106
  %16 = call noundef ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_M_endEv(ptr noundef nonnull align 8 dereferenceable(48) %11) #15, !dbg !2107
  %17 = icmp eq ptr %15, %16, !dbg !2108
  br i1 %17, label %25, label %18, !dbg !2109

18:                                               ; preds = %14
  %19 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %11, i32 0, i32 0, !dbg !2110
  %20 = load ptr, ptr %9, align 8, !dbg !2111
  %21 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_S_keyEPKSt13_Rb_tree_nodeIS8_E(ptr noundef %20), !dbg !2112
  %22 = load ptr, ptr %8, align 8, !dbg !2113
  %23 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE6_S_keyEPKSt18_Rb_tree_node_base(ptr noundef %22), !dbg !2114
  %24 = call noundef zeroext i1 @_ZNKSt4lessINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEclERKS5_S8_(ptr noundef nonnull align 1 dereferenceable(1) %19, ptr noundef nonnull align 8 dereferenceable(32) %21, ptr noundef nonnull align 8 dereferenceable(32) %23), !dbg !2110
  br label %25, !dbg !2109

25:                                               ; preds = %18, %14, %4
  %26 = phi i1 [ true, %14 ], [ true, %4 ], [ %24, %18 ]
  %27 = zext i1 %26 to i8, !dbg !2115
  store i8 %27, ptr %10, align 1, !dbg !2115
  %28 = load i8, ptr %10, align 1, !dbg !2116
  %29 = trunc i8 %28 to i1, !dbg !2116
  %30 = load ptr, ptr %9, align 8, !dbg !2117
  %31 = load ptr, ptr %8, align 8, !dbg !2118
  %32 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %11, i32 0, i32 0, !dbg !2119
  %33 = getelementptr inbounds i8, ptr %32, i64 8, !dbg !2120
  %34 = getelementptr inbounds nuw %"struct.std::_Rb_tree_header", ptr %33, i32 0, i32 0, !dbg !2121
  call void @_ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_(i1 noundef zeroext %29, ptr noundef %30, ptr noundef %31, ptr noundef nonnull align 8 dereferenceable(32) %34) #15, !dbg !2122
  %35 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %11, i32 0, i32 0, !dbg !2123
  %36 = getelementptr inbounds i8, ptr %35, i64 8, !dbg !2123
  %37 = getelementptr inbounds nuw %"struct.std::_Rb_tree_header", ptr %36, i32 0, i32 1, !dbg !2124
  %38 = load i64, ptr %37, align 8, !dbg !2125
  %39 = add i64 %38, 1, !dbg !2125
  store i64 %39, ptr %37, align 8, !dbg !2125
  %40 = load ptr, ptr %9, align 8, !dbg !2126
  call void @_ZNSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEC2EPSt18_Rb_tree_node_base(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef %40) #15, !dbg !2127
  %41 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %5, i32 0, i32 0, !dbg !2128
  %42 = load ptr, ptr %41, align 8, !dbg !2128
  ret ptr %42, !dbg !2128
}

; Function Attrs: nounwind
declare void @_ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_(i1 noundef zeroext, ptr noundef, ptr noundef, ptr noundef nonnull align 8 dereferenceable(32)) #5

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt5tupleIJONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2IJS5_ELb1ETnNSt9enable_ifIXclsr4_TCCIXT0_EEE29__is_implicitly_constructibleIDpT_EEEbE4typeELb1EEEDpOSA_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) unnamed_addr #1 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !2129 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !2130, !nonnull !12, !align !36
  invoke void @_ZNSt11_Tuple_implILm0EJONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2IS5_EEOT_(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef nonnull align 8 dereferenceable(32) %6)
          to label %7 unwind label %8, !dbg !2131

7:                                                ; preds = %2
  ret void, !dbg !2132

8:                                                ; preds = %2
  %9 = landingpad { ptr, i32 }
          catch ptr null, !dbg !2131
  %10 = extractvalue { ptr, i32 } %9, 0, !dbg !2131
  call void @__clang_call_terminate(ptr %10) #18, !dbg !2131
  unreachable, !dbg !2131
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt11_Tuple_implILm0EJONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEEC2IS5_EEOT_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) unnamed_addr #2 comdat align 2 !dbg !2133 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !2134, !nonnull !12, !align !36
  call void @_ZNSt10_Head_baseILm0EONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEELb0EEC2IS5_EEOT_(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef nonnull align 8 dereferenceable(32) %6), !dbg !2135
  ret void, !dbg !2136
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt10_Head_baseILm0EONSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEELb0EEC2IS5_EEOT_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) unnamed_addr #1 comdat align 2 !dbg !2137 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"struct.std::_Head_base", ptr %5, i32 0, i32 0, !dbg !2138
  %7 = load ptr, ptr %4, align 8, !dbg !2139, !nonnull !12, !align !36
  store ptr %7, ptr %6, align 8, !dbg !2138
  ret void, !dbg !2140
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE3endEv(ptr noundef nonnull align 8 dereferenceable(48) %0) #1 comdat align 2 !dbg !2141 {
  %2 = alloca %"struct.std::_Rb_tree_iterator", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds nuw %"class.std::_Rb_tree", ptr %4, i32 0, i32 0, !dbg !2142
  %6 = getelementptr inbounds i8, ptr %5, i64 8, !dbg !2143
  %7 = getelementptr inbounds nuw %"struct.std::_Rb_tree_header", ptr %6, i32 0, i32 0, !dbg !2144
  call void @_ZNSt17_Rb_tree_iteratorISt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiEEC2EPSt18_Rb_tree_node_base(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef %7) #15, !dbg !2145
  %8 = getelementptr inbounds nuw %"struct.std::_Rb_tree_iterator", ptr %2, i32 0, i32 0, !dbg !2146
  %9 = load ptr, ptr %8, align 8, !dbg !2146
  ret ptr %9, !dbg !2146
}

; Function Attrs: nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef) #12

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef zeroext i1 @_ZNKSt14_Function_base8_M_emptyEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !2147 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::_Function_base", ptr %3, i32 0, i32 1, !dbg !2148
  %5 = load ptr, ptr %4, align 8, !dbg !2148
  %6 = icmp ne ptr %5, null, !dbg !2148
  %7 = xor i1 %6, true, !dbg !2149
  ret i1 %7, !dbg !2150
}

; Function Attrs: noreturn
declare void @_ZSt25__throw_bad_function_callv() #8

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #13

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt14_Function_baseC2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #1 comdat align 2 !dbg !2151 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.std::_Function_base", ptr %3, i32 0, i32 0, !dbg !2152
  store ptr null, ptr %4, align 8, !dbg !2153
  %5 = getelementptr inbounds nuw %"class.std::_Function_base", ptr %3, i32 0, i32 1, !dbg !2154
  store ptr null, ptr %5, align 8, !dbg !2154
  ret void, !dbg !2155
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal noundef zeroext i1 @"_ZNSt14_Function_base13_Base_managerIZ4mainE3$_0E21_M_not_empty_functionIS1_EEbRKT_"(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 align 2 !dbg !2156 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  ret i1 true, !dbg !2157
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal void @"_ZNSt14_Function_base13_Base_managerIZ4mainE3$_0E15_M_init_functorIS1_EEvRSt9_Any_dataOT_"(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #1 align 2 personality ptr @__gxx_personality_v0 !dbg !2158 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %"struct.std::integral_constant", align 1
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8, !dbg !2159, !nonnull !12, !align !36
  %7 = load ptr, ptr %4, align 8, !dbg !2160, !nonnull !12, !align !36
  invoke void @"_ZNSt14_Function_base13_Base_managerIZ4mainE3$_0E9_M_createIS1_EEvRSt9_Any_dataOT_St17integral_constantIbLb1EE"(ptr noundef nonnull align 8 dereferenceable(16) %6, ptr noundef nonnull align 8 dereferenceable(8) %7)
          to label %8 unwind label %9, !dbg !2161

8:                                                ; preds = %2
  ret void, !dbg !2162

9:                                                ; preds = %2
  %10 = landingpad { ptr, i32 }
          catch ptr null, !dbg !2161
  %11 = extractvalue { ptr, i32 } %10, 0, !dbg !2161
  call void @__clang_call_terminate(ptr %11) #18, !dbg !2161
  unreachable, !dbg !2161
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal noundef i64 @"_ZNSt17_Function_handlerIFliEZ4mainE3$_0E9_M_invokeERKSt9_Any_dataOi"(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) #2 align 2 !dbg !2163 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !2164, !nonnull !12, !align !36
  %6 = call noundef ptr @"_ZNSt14_Function_base13_Base_managerIZ4mainE3$_0E14_M_get_pointerERKSt9_Any_data"(ptr noundef nonnull align 8 dereferenceable(16) %5) #15, !dbg !2165
  %7 = load ptr, ptr %4, align 8, !dbg !2166, !nonnull !12, !align !168
  %8 = call noundef i64 @"_ZSt10__invoke_rIlRZ4mainE3$_0JiEENSt9enable_ifIX16is_invocable_r_vIT_T0_DpT1_EES3_E4typeEOS4_DpOS5_"(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef nonnull align 4 dereferenceable(4) %7), !dbg !2167
  ret i64 %8, !dbg !2168
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal noundef zeroext i1 @"_ZNSt17_Function_handlerIFliEZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #2 align 2 !dbg !2169 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %7 = load i32, ptr %6, align 4, !dbg !2170
  switch i32 %7, label %16 [
    i32 0, label %8
    i32 1, label %11
  ], !dbg !2171

8:                                                ; preds = %3
  %9 = load ptr, ptr %4, align 8, !dbg !2172, !nonnull !12, !align !36
  %10 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt9_Any_data9_M_accessIPKSt9type_infoEERT_v(ptr noundef nonnull align 8 dereferenceable(16) %9) #15, !dbg !2173
  store ptr @"_ZTIZ4mainE3$_0", ptr %10, align 8, !dbg !2174
  br label %21, !dbg !2175

11:                                               ; preds = %3
  %12 = load ptr, ptr %5, align 8, !dbg !2176, !nonnull !12, !align !36
  %13 = call noundef ptr @"_ZNSt14_Function_base13_Base_managerIZ4mainE3$_0E14_M_get_pointerERKSt9_Any_data"(ptr noundef nonnull align 8 dereferenceable(16) %12) #15, !dbg !2177
  %14 = load ptr, ptr %4, align 8, !dbg !2178, !nonnull !12, !align !36
  %15 = call noundef nonnull align 8 dereferenceable(8) ptr @"_ZNSt9_Any_data9_M_accessIPZ4mainE3$_0EERT_v"(ptr noundef nonnull align 8 dereferenceable(16) %14) #15, !dbg !2179
  store ptr %13, ptr %15, align 8, !dbg !2180
  br label %21, !dbg !2181

16:                                               ; preds = %3
  %17 = load ptr, ptr %4, align 8, !dbg !2182, !nonnull !12, !align !36
  %18 = load ptr, ptr %5, align 8, !dbg !2183, !nonnull !12, !align !36
  %19 = load i32, ptr %6, align 4, !dbg !2184
  %20 = call noundef zeroext i1 @"_ZNSt14_Function_base13_Base_managerIZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr noundef nonnull align 8 dereferenceable(16) %17, ptr noundef nonnull align 8 dereferenceable(16) %18, i32 noundef %19), !dbg !2185
  br label %21, !dbg !2186

21:                                               ; preds = %16, %11, %8
  ret i1 false, !dbg !2187
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal void @"_ZNSt14_Function_base13_Base_managerIZ4mainE3$_0E9_M_createIS1_EEvRSt9_Any_dataOT_St17integral_constantIbLb1EE"(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #1 align 2 !dbg !2188 {
  %3 = alloca %"struct.std::integral_constant", align 1
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !2189, !nonnull !12, !align !36
  %7 = call noundef ptr @_ZNSt9_Any_data9_M_accessEv(ptr noundef nonnull align 8 dereferenceable(16) %6) #15, !dbg !2190
  %8 = load ptr, ptr %5, align 8, !dbg !2191, !nonnull !12, !align !36
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %8, i64 8, i1 false), !dbg !2192
  ret void, !dbg !2193
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt9_Any_data9_M_accessEv(ptr noundef nonnull align 8 dereferenceable(16) %0) #1 comdat align 2 !dbg !2194 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds [16 x i8], ptr %3, i64 0, i64 0, !dbg !2195
  ret ptr %4, !dbg !2196
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal noundef i64 @"_ZSt10__invoke_rIlRZ4mainE3$_0JiEENSt9enable_ifIX16is_invocable_r_vIT_T0_DpT1_EES3_E4typeEOS4_DpOS5_"(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) #2 !dbg !2197 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %"struct.std::__invoke_other", align 1
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8, !dbg !2199, !nonnull !12, !align !36
  %7 = load ptr, ptr %4, align 8, !dbg !2200, !nonnull !12, !align !168
  %8 = call noundef i64 @"_ZSt13__invoke_implIlRZ4mainE3$_0JiEET_St14__invoke_otherOT0_DpOT1_"(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef nonnull align 4 dereferenceable(4) %7), !dbg !2201
  ret i64 %8, !dbg !2202
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal noundef ptr @"_ZNSt14_Function_base13_Base_managerIZ4mainE3$_0E14_M_get_pointerERKSt9_Any_data"(ptr noundef nonnull align 8 dereferenceable(16) %0) #1 align 2 !dbg !2203 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8, !dbg !2204, !nonnull !12, !align !36
  %5 = call noundef nonnull align 8 dereferenceable(8) ptr @"_ZNKSt9_Any_data9_M_accessIZ4mainE3$_0EERKT_v"(ptr noundef nonnull align 8 dereferenceable(16) %4) #15, !dbg !2205
  store ptr %5, ptr %3, align 8, !dbg !2206
  %6 = load ptr, ptr %3, align 8, !dbg !2207, !nonnull !12, !align !36
  ret ptr %6, !dbg !2208
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal noundef i64 @"_ZSt13__invoke_implIlRZ4mainE3$_0JiEET_St14__invoke_otherOT0_DpOT1_"(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) #2 !dbg !2209 {
  %3 = alloca %"struct.std::__invoke_other", align 1
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !2210, !nonnull !12, !align !36
  %7 = load ptr, ptr %5, align 8, !dbg !2211, !nonnull !12, !align !168
  %8 = load i32, ptr %7, align 4, !dbg !2212
  %9 = call noundef i64 @"_ZZ4mainENK3$_0clEi"(ptr noundef nonnull align 8 dereferenceable(8) %6, i32 noundef %8), !dbg !2213
  ret i64 %9, !dbg !2214
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal noundef i64 @"_ZZ4mainENK3$_0clEi"(ptr noundef nonnull align 8 dereferenceable(8) %0, i32 noundef %1) #2 align 2 !dbg !2215 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 8
  %6 = load i32, ptr %4, align 4, !dbg !2216
  %7 = icmp sle i32 %6, 1, !dbg !2217
  br i1 %7, label %8, label %9, !dbg !2216

8:                                                ; preds = %2
  br label %18, !dbg !2216

9:                                                ; preds = %2
  %10 = load i32, ptr %4, align 4, !dbg !2218
  %11 = sext i32 %10 to i64, !dbg !2218
  %12 = getelementptr inbounds nuw %class.anon.8, ptr %5, i32 0, i32 0, !dbg !2219
  %13 = load ptr, ptr %12, align 8, !dbg !2219, !nonnull !12, !align !36
  %14 = load i32, ptr %4, align 4, !dbg !2220
  %15 = sub nsw i32 %14, 1, !dbg !2221
  %16 = call noundef i64 @_ZNKSt8functionIFliEEclEi(ptr noundef nonnull align 8 dereferenceable(32) %13, i32 noundef %15), !dbg !2219
  %17 = mul nsw i64 %11, %16, !dbg !2222
  br label %18, !dbg !2216

18:                                               ; preds = %9, %8
  %19 = phi i64 [ 1, %8 ], [ %17, %9 ], !dbg !2216
  ret i64 %19, !dbg !2223
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal noundef nonnull align 8 dereferenceable(8) ptr @"_ZNKSt9_Any_data9_M_accessIZ4mainE3$_0EERKT_v"(ptr noundef nonnull align 8 dereferenceable(16) %0) #1 align 2 !dbg !2224 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef ptr @_ZNKSt9_Any_data9_M_accessEv(ptr noundef nonnull align 8 dereferenceable(16) %3) #15, !dbg !2225
  ret ptr %4, !dbg !2226
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNKSt9_Any_data9_M_accessEv(ptr noundef nonnull align 8 dereferenceable(16) %0) #1 comdat align 2 !dbg !2227 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds [16 x i8], ptr %3, i64 0, i64 0, !dbg !2228
  ret ptr %4, !dbg !2229
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt9_Any_data9_M_accessIPKSt9type_infoEERT_v(ptr noundef nonnull align 8 dereferenceable(16) %0) #1 comdat align 2 !dbg !2230 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef ptr @_ZNSt9_Any_data9_M_accessEv(ptr noundef nonnull align 8 dereferenceable(16) %3) #15, !dbg !2231
  ret ptr %4, !dbg !2232
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal noundef nonnull align 8 dereferenceable(8) ptr @"_ZNSt9_Any_data9_M_accessIPZ4mainE3$_0EERT_v"(ptr noundef nonnull align 8 dereferenceable(16) %0) #1 align 2 !dbg !2233 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef ptr @_ZNSt9_Any_data9_M_accessEv(ptr noundef nonnull align 8 dereferenceable(16) %3) #15, !dbg !2234
  ret ptr %4, !dbg !2235
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal noundef zeroext i1 @"_ZNSt14_Function_base13_Base_managerIZ4mainE3$_0E10_M_managerERSt9_Any_dataRKS3_St18_Manager_operation"(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(16) %1, i32 noundef %2) #2 align 2 !dbg !2236 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca %"struct.std::integral_constant", align 1
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %8 = load i32, ptr %6, align 4, !dbg !2237
  switch i32 %8, label %23 [
    i32 0, label %9
    i32 1, label %12
    i32 2, label %17
    i32 3, label %21
  ], !dbg !2238

9:                                                ; preds = %3
  %10 = load ptr, ptr %4, align 8, !dbg !2239, !nonnull !12, !align !36
  %11 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSt9_Any_data9_M_accessIPKSt9type_infoEERT_v(ptr noundef nonnull align 8 dereferenceable(16) %10) #15, !dbg !2240
  store ptr @"_ZTIZ4mainE3$_0", ptr %11, align 8, !dbg !2241
  br label %23, !dbg !2242

12:                                               ; preds = %3
  %13 = load ptr, ptr %5, align 8, !dbg !2243, !nonnull !12, !align !36
  %14 = call noundef ptr @"_ZNSt14_Function_base13_Base_managerIZ4mainE3$_0E14_M_get_pointerERKSt9_Any_data"(ptr noundef nonnull align 8 dereferenceable(16) %13) #15, !dbg !2244
  %15 = load ptr, ptr %4, align 8, !dbg !2245, !nonnull !12, !align !36
  %16 = call noundef nonnull align 8 dereferenceable(8) ptr @"_ZNSt9_Any_data9_M_accessIPZ4mainE3$_0EERT_v"(ptr noundef nonnull align 8 dereferenceable(16) %15) #15, !dbg !2246
  store ptr %14, ptr %16, align 8, !dbg !2247
  br label %23, !dbg !2248

17:                                               ; preds = %3
  %18 = load ptr, ptr %4, align 8, !dbg !2249, !nonnull !12, !align !36
  %19 = load ptr, ptr %5, align 8, !dbg !2250, !nonnull !12, !align !36
  %20 = call noundef ptr @"_ZNSt14_Function_base13_Base_managerIZ4mainE3$_0E14_M_get_pointerERKSt9_Any_data"(ptr noundef nonnull align 8 dereferenceable(16) %19) #15, !dbg !2251
  call void @"_ZNSt14_Function_base13_Base_managerIZ4mainE3$_0E15_M_init_functorIRKS1_EEvRSt9_Any_dataOT_"(ptr noundef nonnull align 8 dereferenceable(16) %18, ptr noundef nonnull align 8 dereferenceable(8) %20) #15, !dbg !2252
  br label %23, !dbg !2253

21:                                               ; preds = %3
  %22 = load ptr, ptr %4, align 8, !dbg !2254, !nonnull !12, !align !36
  call void @"_ZNSt14_Function_base13_Base_managerIZ4mainE3$_0E10_M_destroyERSt9_Any_dataSt17integral_constantIbLb1EE"(ptr noundef nonnull align 8 dereferenceable(16) %22), !dbg !2255
  br label %23, !dbg !2256

23:                                               ; preds = %3, %21, %17, %12, %9
  ret i1 false, !dbg !2257
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal void @"_ZNSt14_Function_base13_Base_managerIZ4mainE3$_0E15_M_init_functorIRKS1_EEvRSt9_Any_dataOT_"(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #1 align 2 personality ptr @__gxx_personality_v0 !dbg !2258 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %"struct.std::integral_constant", align 1
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8, !dbg !2259, !nonnull !12, !align !36
  %7 = load ptr, ptr %4, align 8, !dbg !2260, !nonnull !12, !align !36
  invoke void @"_ZNSt14_Function_base13_Base_managerIZ4mainE3$_0E9_M_createIRKS1_EEvRSt9_Any_dataOT_St17integral_constantIbLb1EE"(ptr noundef nonnull align 8 dereferenceable(16) %6, ptr noundef nonnull align 8 dereferenceable(8) %7)
          to label %8 unwind label %9, !dbg !2261

8:                                                ; preds = %2
  ret void, !dbg !2262

9:                                                ; preds = %2
  %10 = landingpad { ptr, i32 }
          catch ptr null, !dbg !2261
  %11 = extractvalue { ptr, i32 } %10, 0, !dbg !2261
  call void @__clang_call_terminate(ptr %11) #18, !dbg !2261
  unreachable, !dbg !2261
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal void @"_ZNSt14_Function_base13_Base_managerIZ4mainE3$_0E10_M_destroyERSt9_Any_dataSt17integral_constantIbLb1EE"(ptr noundef nonnull align 8 dereferenceable(16) %0) #1 align 2 !dbg !2263 {
  %2 = alloca %"struct.std::integral_constant", align 1
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8, !dbg !2264, !nonnull !12, !align !36
  %5 = call noundef nonnull align 8 dereferenceable(8) ptr @"_ZNSt9_Any_data9_M_accessIZ4mainE3$_0EERT_v"(ptr noundef nonnull align 8 dereferenceable(16) %4) #15, !dbg !2265
  ret void, !dbg !2266
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal void @"_ZNSt14_Function_base13_Base_managerIZ4mainE3$_0E9_M_createIRKS1_EEvRSt9_Any_dataOT_St17integral_constantIbLb1EE"(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #1 align 2 !dbg !2267 {
  %3 = alloca %"struct.std::integral_constant", align 1
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !2268, !nonnull !12, !align !36
  %7 = call noundef ptr @_ZNSt9_Any_data9_M_accessEv(ptr noundef nonnull align 8 dereferenceable(16) %6) #15, !dbg !2269
  %8 = load ptr, ptr %5, align 8, !dbg !2270, !nonnull !12, !align !36
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %8, i64 8, i1 false), !dbg !2271
  ret void, !dbg !2272
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal noundef nonnull align 8 dereferenceable(8) ptr @"_ZNSt9_Any_data9_M_accessIZ4mainE3$_0EERT_v"(ptr noundef nonnull align 8 dereferenceable(16) %0) #1 align 2 !dbg !2273 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef ptr @_ZNSt9_Any_data9_M_accessEv(ptr noundef nonnull align 8 dereferenceable(16) %3) #15, !dbg !2274
  ret ptr %4, !dbg !2275
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__new_allocatorIdEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !2276 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !2277
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__new_allocatorIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !2278 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !2279
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef i64 @_ZNSt6vectorIdSaIdEE17_S_check_init_lenEmRKS0_(i64 noundef %0, ptr noundef nonnull align 1 dereferenceable(1) %1) #2 comdat align 2 !dbg !2280 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %"class.std::allocator.16", align 1
  store i64 %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = load i64, ptr %3, align 8, !dbg !2281
  %7 = load ptr, ptr %4, align 8, !dbg !2282, !nonnull !12
  call void @_ZNSaIdEC2ERKS_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %7) #15, !dbg !2283
  %8 = call noundef i64 @_ZNSt6vectorIdSaIdEE11_S_max_sizeERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %5) #15, !dbg !2284
  %9 = icmp ugt i64 %6, %8, !dbg !2285
  call void @_ZNSaIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %5) #15, !dbg !2281
  br i1 %9, label %10, label %11, !dbg !2281

10:                                               ; preds = %2
  call void @_ZSt20__throw_length_errorPKc(ptr noundef @.str.8) #16, !dbg !2286
  unreachable, !dbg !2286

11:                                               ; preds = %2
  %12 = load i64, ptr %3, align 8, !dbg !2287
  ret i64 %12, !dbg !2288
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseIdSaIdEEC2EmRKS0_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !2289 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %9 = load ptr, ptr %4, align 8
  %10 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %9, i32 0, i32 0, !dbg !2290
  %11 = load ptr, ptr %6, align 8, !dbg !2291, !nonnull !12
  call void @_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC2ERKS0_(ptr noundef nonnull align 8 dereferenceable(24) %10, ptr noundef nonnull align 1 dereferenceable(1) %11) #15, !dbg !2290
  %12 = load i64, ptr %5, align 8, !dbg !2292
  invoke void @_ZNSt12_Vector_baseIdSaIdEE17_M_create_storageEm(ptr noundef nonnull align 8 dereferenceable(24) %9, i64 noundef %12)
          to label %13 unwind label %14, !dbg !2293

13:                                               ; preds = %3
  ret void, !dbg !2294

14:                                               ; preds = %3
  %15 = landingpad { ptr, i32 }
          cleanup, !dbg !2294
  %16 = extractvalue { ptr, i32 } %15, 0, !dbg !2294
  store ptr %16, ptr %7, align 8, !dbg !2294
  %17 = extractvalue { ptr, i32 } %15, 1, !dbg !2294
  store i32 %17, ptr %8, align 4, !dbg !2294
  call void @_ZNSt12_Vector_baseIdSaIdEE12_Vector_implD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %10) #15, !dbg !2294
  br label %18, !dbg !2294

18:                                               ; preds = %14
  %19 = load ptr, ptr %7, align 8, !dbg !2294
  %20 = load i32, ptr %8, align 4, !dbg !2294
  %21 = insertvalue { ptr, i32 } poison, ptr %19, 0, !dbg !2294
  %22 = insertvalue { ptr, i32 } %21, i32 %20, 1, !dbg !2294
  resume { ptr, i32 } %22, !dbg !2294
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt6vectorIdSaIdEE21_M_default_initializeEm(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1) #2 comdat align 2 !dbg !2295 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %5, i32 0, i32 0, !dbg !2296
  %7 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %6, i32 0, i32 0, !dbg !2297
  %8 = load ptr, ptr %7, align 8, !dbg !2297
  %9 = load i64, ptr %4, align 8, !dbg !2298
  %10 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %5) #15, !dbg !2299
  %11 = call noundef ptr @_ZSt27__uninitialized_default_n_aIPdmdET_S1_T0_RSaIT1_E(ptr noundef %8, i64 noundef %9, ptr noundef nonnull align 1 dereferenceable(1) %10), !dbg !2300
  %12 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %5, i32 0, i32 0, !dbg !2301
  %13 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %12, i32 0, i32 1, !dbg !2302
  store ptr %11, ptr %13, align 8, !dbg !2303
  ret void, !dbg !2304
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #1 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !2305 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %3, i32 0, i32 0, !dbg !2306
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %4, i32 0, i32 0, !dbg !2307
  %6 = load ptr, ptr %5, align 8, !dbg !2307
  %7 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %3, i32 0, i32 0, !dbg !2308
  %8 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %7, i32 0, i32 2, !dbg !2309
  %9 = load ptr, ptr %8, align 8, !dbg !2309
  %10 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %3, i32 0, i32 0, !dbg !2310
  %11 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %10, i32 0, i32 0, !dbg !2311
  %12 = load ptr, ptr %11, align 8, !dbg !2311
  %13 = ptrtoint ptr %9 to i64, !dbg !2312
  %14 = ptrtoint ptr %12 to i64, !dbg !2312
  %15 = sub i64 %13, %14, !dbg !2312
  %16 = sdiv exact i64 %15, 8, !dbg !2312
  invoke void @_ZNSt12_Vector_baseIdSaIdEE13_M_deallocateEPdm(ptr noundef nonnull align 8 dereferenceable(24) %3, ptr noundef %6, i64 noundef %16)
          to label %17 unwind label %19, !dbg !2313

17:                                               ; preds = %1
  %18 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %3, i32 0, i32 0, !dbg !2314
  call void @_ZNSt12_Vector_baseIdSaIdEE12_Vector_implD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %18) #15, !dbg !2314
  ret void, !dbg !2314

19:                                               ; preds = %1
  %20 = landingpad { ptr, i32 }
          catch ptr null, !dbg !2313
  %21 = extractvalue { ptr, i32 } %20, 0, !dbg !2313
  call void @__clang_call_terminate(ptr %21) #18, !dbg !2313
  unreachable, !dbg !2313
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZNSt6vectorIdSaIdEE11_S_max_sizeERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %0) #1 comdat align 2 !dbg !2315 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  store i64 1152921504606846975, ptr %3, align 8, !dbg !2316
  %5 = load ptr, ptr %2, align 8, !dbg !2317, !nonnull !12
  %6 = call noundef i64 @_ZNSt16allocator_traitsISaIdEE8max_sizeERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %5) #15, !dbg !2318
  store i64 %6, ptr %4, align 8, !dbg !2319
  %7 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3minImERKT_S2_S2_(ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 8 dereferenceable(8) %4), !dbg !2320
  %8 = load i64, ptr %7, align 8, !dbg !2320
  ret i64 %8, !dbg !2321
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSaIdEC2ERKS_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #1 comdat align 2 !dbg !2322 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !2323, !nonnull !12
  call void @_ZNSt15__new_allocatorIdEC2ERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6) #15, !dbg !2324
  ret void, !dbg !2325
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZNSt16allocator_traitsISaIdEE8max_sizeERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %0) #1 comdat align 2 !dbg !2326 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !2327, !nonnull !12
  %4 = call noundef i64 @_ZNKSt15__new_allocatorIdE8max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !2328
  ret i64 %4, !dbg !2329
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZNKSt15__new_allocatorIdE8max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %0) #1 comdat align 2 !dbg !2330 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef i64 @_ZNKSt15__new_allocatorIdE11_M_max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !2331
  ret i64 %4, !dbg !2332
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZNKSt15__new_allocatorIdE11_M_max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %0) #1 comdat align 2 !dbg !2333 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret i64 1152921504606846975, !dbg !2334
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__new_allocatorIdEC2ERKS0_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #1 comdat align 2 !dbg !2335 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  ret void, !dbg !2336
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseIdSaIdEE12_Vector_implC2ERKS0_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #1 comdat align 2 !dbg !2337 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !2338, !nonnull !12
  call void @_ZNSaIdEC2ERKS_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6) #15, !dbg !2339
  call void @_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataC2Ev(ptr noundef nonnull align 8 dereferenceable(24) %5) #15, !dbg !2340
  ret void, !dbg !2341
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseIdSaIdEE17_M_create_storageEm(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1) #2 comdat align 2 !dbg !2342 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load i64, ptr %4, align 8, !dbg !2343
  %7 = call noundef ptr @_ZNSt12_Vector_baseIdSaIdEE11_M_allocateEm(ptr noundef nonnull align 8 dereferenceable(24) %5, i64 noundef %6), !dbg !2344
  %8 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %5, i32 0, i32 0, !dbg !2345
  %9 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %8, i32 0, i32 0, !dbg !2346
  store ptr %7, ptr %9, align 8, !dbg !2347
  %10 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %5, i32 0, i32 0, !dbg !2348
  %11 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %10, i32 0, i32 0, !dbg !2349
  %12 = load ptr, ptr %11, align 8, !dbg !2349
  %13 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %5, i32 0, i32 0, !dbg !2350
  %14 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %13, i32 0, i32 1, !dbg !2351
  store ptr %12, ptr %14, align 8, !dbg !2352
  %15 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %5, i32 0, i32 0, !dbg !2353
  %16 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %15, i32 0, i32 0, !dbg !2354
  %17 = load ptr, ptr %16, align 8, !dbg !2354
  %18 = load i64, ptr %4, align 8, !dbg !2355
  %19 = getelementptr inbounds nuw double, ptr %17, i64 %18, !dbg !2356
  %20 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %5, i32 0, i32 0, !dbg !2357
  %21 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %20, i32 0, i32 2, !dbg !2358
  store ptr %19, ptr %21, align 8, !dbg !2359
  ret void, !dbg !2360
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseIdSaIdEE12_Vector_implD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #1 comdat align 2 !dbg !2361 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSaIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !2362
  ret void, !dbg !2362
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseIdSaIdEE17_Vector_impl_dataC2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #1 comdat align 2 !dbg !2363 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %3, i32 0, i32 0, !dbg !2364
  store ptr null, ptr %4, align 8, !dbg !2364
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %3, i32 0, i32 1, !dbg !2365
  store ptr null, ptr %5, align 8, !dbg !2365
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %3, i32 0, i32 2, !dbg !2366
  store ptr null, ptr %6, align 8, !dbg !2366
  ret void, !dbg !2367
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt12_Vector_baseIdSaIdEE11_M_allocateEm(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1) #2 comdat align 2 !dbg !2368 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load i64, ptr %4, align 8, !dbg !2369
  %7 = icmp ne i64 %6, 0, !dbg !2370
  br i1 %7, label %8, label %12, !dbg !2369

8:                                                ; preds = %2
  %9 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %5, i32 0, i32 0, !dbg !2371
  %10 = load i64, ptr %4, align 8, !dbg !2372
  %11 = call noundef ptr @_ZNSt16allocator_traitsISaIdEE8allocateERS0_m(ptr noundef nonnull align 1 dereferenceable(1) %9, i64 noundef %10), !dbg !2373
  br label %13, !dbg !2369

12:                                               ; preds = %2
  br label %13, !dbg !2369

13:                                               ; preds = %12, %8
  %14 = phi ptr [ %11, %8 ], [ null, %12 ], !dbg !2369
  ret ptr %14, !dbg !2374
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt16allocator_traitsISaIdEE8allocateERS0_m(ptr noundef nonnull align 1 dereferenceable(1) %0, i64 noundef %1) #2 comdat align 2 !dbg !2375 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !2376, !nonnull !12
  %6 = load i64, ptr %4, align 8, !dbg !2377
  %7 = call noundef ptr @_ZNSt15__new_allocatorIdE8allocateEmPKv(ptr noundef nonnull align 1 dereferenceable(1) %5, i64 noundef %6, ptr noundef null), !dbg !2378
  ret ptr %7, !dbg !2379
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt15__new_allocatorIdE8allocateEmPKv(ptr noundef nonnull align 1 dereferenceable(1) %0, i64 noundef %1, ptr noundef %2) #2 comdat align 2 !dbg !2380 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load i64, ptr %5, align 8, !dbg !2381
  %9 = call noundef i64 @_ZNKSt15__new_allocatorIdE11_M_max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %7) #15, !dbg !2382
  %10 = icmp ugt i64 %8, %9, !dbg !2383
  br i1 %10, label %11, label %16, !dbg !2384

11:                                               ; preds = %3
  %12 = load i64, ptr %5, align 8, !dbg !2385
  %13 = icmp ugt i64 %12, 2305843009213693951, !dbg !2386
  br i1 %13, label %14, label %15, !dbg !2386

14:                                               ; preds = %11
  call void @_ZSt28__throw_bad_array_new_lengthv() #16, !dbg !2387
  unreachable, !dbg !2387

15:                                               ; preds = %11
  call void @_ZSt17__throw_bad_allocv() #16, !dbg !2388
  unreachable, !dbg !2388

16:                                               ; preds = %3
  %17 = load i64, ptr %5, align 8, !dbg !2389
  %18 = mul i64 %17, 8, !dbg !2390
  %19 = call noalias noundef nonnull ptr @_Znwm(i64 noundef %18) #20, !dbg !2391
  ret ptr %19, !dbg !2392
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt27__uninitialized_default_n_aIPdmdET_S1_T0_RSaIT1_E(ptr noundef %0, i64 noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) #2 comdat !dbg !2393 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8, !dbg !2394
  %8 = load i64, ptr %5, align 8, !dbg !2395
  %9 = call noundef ptr @_ZSt25__uninitialized_default_nIPdmET_S1_T0_(ptr noundef %7, i64 noundef %8), !dbg !2396
  ret ptr %9, !dbg !2397
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !2398 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %3, i32 0, i32 0, !dbg !2399
  ret ptr %4, !dbg !2400
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt25__uninitialized_default_nIPdmET_S1_T0_(ptr noundef %0, i64 noundef %1) #2 comdat !dbg !2401 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i8, align 1
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i8 1, ptr %5, align 1, !dbg !2402
  %6 = load ptr, ptr %3, align 8, !dbg !2403
  %7 = load i64, ptr %4, align 8, !dbg !2404
  %8 = call noundef ptr @_ZNSt27__uninitialized_default_n_1ILb1EE18__uninit_default_nIPdmEET_S3_T0_(ptr noundef %6, i64 noundef %7), !dbg !2405
  ret ptr %8, !dbg !2406
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt27__uninitialized_default_n_1ILb1EE18__uninit_default_nIPdmEET_S3_T0_(ptr noundef %0, i64 noundef %1) #2 comdat align 2 !dbg !2407 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %6 = load i64, ptr %4, align 8, !dbg !2408
  %7 = icmp ugt i64 %6, 0, !dbg !2409
  br i1 %7, label %8, label %18, !dbg !2409

8:                                                ; preds = %2
  %9 = load ptr, ptr %3, align 8, !dbg !2410
  store ptr %9, ptr %5, align 8, !dbg !2411
  %10 = load ptr, ptr %5, align 8, !dbg !2412
  call void @_ZSt10_ConstructIdJEEvPT_DpOT0_(ptr noundef %10), !dbg !2413
  %11 = load ptr, ptr %3, align 8, !dbg !2414
  %12 = getelementptr inbounds nuw double, ptr %11, i32 1, !dbg !2414
  store ptr %12, ptr %3, align 8, !dbg !2414
  %13 = load ptr, ptr %3, align 8, !dbg !2415
  %14 = load i64, ptr %4, align 8, !dbg !2416
  %15 = sub i64 %14, 1, !dbg !2417
  %16 = load ptr, ptr %5, align 8, !dbg !2418
  %17 = call noundef ptr @_ZSt6fill_nIPdmdET_S1_T0_RKT1_(ptr noundef %13, i64 noundef %15, ptr noundef nonnull align 8 dereferenceable(8) %16), !dbg !2419
  store ptr %17, ptr %3, align 8, !dbg !2420
  br label %18, !dbg !2421

18:                                               ; preds = %8, %2
  %19 = load ptr, ptr %3, align 8, !dbg !2422
  ret ptr %19, !dbg !2423
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZSt10_ConstructIdJEEvPT_DpOT0_(ptr noundef %0) #1 comdat !dbg !2424 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !2425
  store double 0.000000e+00, ptr %3, align 8, !dbg !2426
  ret void, !dbg !2427
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt6fill_nIPdmdET_S1_T0_RKT1_(ptr noundef %0, i64 noundef %1, ptr noundef nonnull align 8 dereferenceable(8) %2) #2 comdat !dbg !2428 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca %"struct.std::random_access_iterator_tag", align 1
  %8 = alloca %"struct.std::random_access_iterator_tag", align 1
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %9 = load ptr, ptr %4, align 8, !dbg !2429
  %10 = load i64, ptr %5, align 8, !dbg !2430
  %11 = call noundef i64 @_ZSt17__size_to_integerm(i64 noundef %10), !dbg !2431
  %12 = load ptr, ptr %6, align 8, !dbg !2432, !nonnull !12, !align !36
  call void @_ZSt19__iterator_categoryIPdENSt15iterator_traitsIT_E17iterator_categoryERKS2_(ptr noundef nonnull align 8 dereferenceable(8) %4), !dbg !2433
  %13 = call noundef ptr @_ZSt10__fill_n_aIPdmdET_S1_T0_RKT1_St26random_access_iterator_tag(ptr noundef %9, i64 noundef %11, ptr noundef nonnull align 8 dereferenceable(8) %12), !dbg !2434
  ret ptr %13, !dbg !2435
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt10__fill_n_aIPdmdET_S1_T0_RKT1_St26random_access_iterator_tag(ptr noundef %0, i64 noundef %1, ptr noundef nonnull align 8 dereferenceable(8) %2) #2 comdat !dbg !2436 {
  %4 = alloca ptr, align 8
  %5 = alloca %"struct.std::random_access_iterator_tag", align 1
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8
  store i64 %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  %9 = load i64, ptr %7, align 8, !dbg !2437
  %10 = icmp ule i64 %9, 0, !dbg !2438
  br i1 %10, label %11, label %13, !dbg !2438

11:                                               ; preds = %3
  %12 = load ptr, ptr %6, align 8, !dbg !2439
  store ptr %12, ptr %4, align 8, !dbg !2440
  br label %22, !dbg !2440

13:                                               ; preds = %3
  %14 = load ptr, ptr %6, align 8, !dbg !2441
  %15 = load ptr, ptr %6, align 8, !dbg !2442
  %16 = load i64, ptr %7, align 8, !dbg !2443
  %17 = getelementptr inbounds nuw double, ptr %15, i64 %16, !dbg !2444
  %18 = load ptr, ptr %8, align 8, !dbg !2445, !nonnull !12, !align !36
  call void @_ZSt8__fill_aIPddEvT_S1_RKT0_(ptr noundef %14, ptr noundef %17, ptr noundef nonnull align 8 dereferenceable(8) %18), !dbg !2446
  %19 = load ptr, ptr %6, align 8, !dbg !2447
  %20 = load i64, ptr %7, align 8, !dbg !2448
  %21 = getelementptr inbounds nuw double, ptr %19, i64 %20, !dbg !2449
  store ptr %21, ptr %4, align 8, !dbg !2450
  br label %22, !dbg !2450

22:                                               ; preds = %13, %11
  %23 = load ptr, ptr %4, align 8, !dbg !2451
  ret ptr %23, !dbg !2451
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZSt19__iterator_categoryIPdENSt15iterator_traitsIT_E17iterator_categoryERKS2_(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat !dbg !2452 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  ret void, !dbg !2453
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZSt8__fill_aIPddEvT_S1_RKT0_(ptr noundef %0, ptr noundef %1, ptr noundef nonnull align 8 dereferenceable(8) %2) #2 comdat !dbg !2454 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8, !dbg !2455
  %8 = load ptr, ptr %5, align 8, !dbg !2456
  %9 = load ptr, ptr %6, align 8, !dbg !2457, !nonnull !12, !align !36
  call void @_ZSt9__fill_a1IPddEN9__gnu_cxx11__enable_ifIXsr11__is_scalarIT0_EE7__valueEvE6__typeET_S6_RKS3_(ptr noundef %7, ptr noundef %8, ptr noundef nonnull align 8 dereferenceable(8) %9), !dbg !2458
  ret void, !dbg !2459
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZSt9__fill_a1IPddEN9__gnu_cxx11__enable_ifIXsr11__is_scalarIT0_EE7__valueEvE6__typeET_S6_RKS3_(ptr noundef %0, ptr noundef %1, ptr noundef nonnull align 8 dereferenceable(8) %2) #1 comdat !dbg !2460 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca double, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %8 = load ptr, ptr %6, align 8, !dbg !2461, !nonnull !12, !align !36
  %9 = load double, ptr %8, align 8, !dbg !2461
  store double %9, ptr %7, align 8, !dbg !2462
  br label %10, !dbg !2463

10:                                               ; preds = %17, %3
  %11 = load ptr, ptr %4, align 8, !dbg !2464
  %12 = load ptr, ptr %5, align 8, !dbg !2465
  %13 = icmp ne ptr %11, %12, !dbg !2466
  br i1 %13, label %14, label %20, !dbg !2463

14:                                               ; preds = %10
  %15 = load double, ptr %7, align 8, !dbg !2467
  %16 = load ptr, ptr %4, align 8, !dbg !2468
  store double %15, ptr %16, align 8, !dbg !2469
  br label %17, !dbg !2470

17:                                               ; preds = %14
  %18 = load ptr, ptr %4, align 8, !dbg !2471
  %19 = getelementptr inbounds nuw double, ptr %18, i32 1, !dbg !2471
  store ptr %19, ptr %4, align 8, !dbg !2471
  br label %10, !dbg !2463, !llvm.loop !2472

20:                                               ; preds = %10
  ret void, !dbg !2473
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseIdSaIdEE13_M_deallocateEPdm(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef %1, i64 noundef %2) #2 comdat align 2 !dbg !2474 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i64 %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !2475
  %9 = icmp ne ptr %8, null, !dbg !2475
  br i1 %9, label %10, label %14, !dbg !2475

10:                                               ; preds = %3
  %11 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %7, i32 0, i32 0, !dbg !2476
  %12 = load ptr, ptr %5, align 8, !dbg !2477
  %13 = load i64, ptr %6, align 8, !dbg !2478
  call void @_ZNSt16allocator_traitsISaIdEE10deallocateERS0_Pdm(ptr noundef nonnull align 1 dereferenceable(1) %11, ptr noundef %12, i64 noundef %13), !dbg !2479
  br label %14, !dbg !2479

14:                                               ; preds = %10, %3
  ret void, !dbg !2480
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt16allocator_traitsISaIdEE10deallocateERS0_Pdm(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1, i64 noundef %2) #2 comdat align 2 !dbg !2481 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i64 %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8, !dbg !2482, !nonnull !12
  %8 = load ptr, ptr %5, align 8, !dbg !2483
  %9 = load i64, ptr %6, align 8, !dbg !2484
  call void @_ZNSt15__new_allocatorIdE10deallocateEPdm(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr noundef %8, i64 noundef %9), !dbg !2485
  ret void, !dbg !2486
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__new_allocatorIdE10deallocateEPdm(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1, i64 noundef %2) #1 comdat align 2 !dbg !2487 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i64 %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !2488
  %9 = load i64, ptr %6, align 8, !dbg !2489
  %10 = mul i64 %9, 8, !dbg !2490
  call void @_ZdlPvm(ptr noundef %8, i64 noundef %10) #19, !dbg !2491
  ret void, !dbg !2492
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZSt8_DestroyIPddEvT_S1_RSaIT0_E(ptr noundef %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) #2 comdat !dbg !2493 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8, !dbg !2494
  %8 = load ptr, ptr %5, align 8, !dbg !2495
  call void @_ZSt8_DestroyIPdEvT_S1_(ptr noundef %7, ptr noundef %8), !dbg !2496
  ret void, !dbg !2497
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZSt8_DestroyIPdEvT_S1_(ptr noundef %0, ptr noundef %1) #2 comdat !dbg !2498 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !2499
  %6 = load ptr, ptr %4, align 8, !dbg !2500
  call void @_ZNSt12_Destroy_auxILb1EE9__destroyIPdEEvT_S3_(ptr noundef %5, ptr noundef %6), !dbg !2501
  ret void, !dbg !2502
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt12_Destroy_auxILb1EE9__destroyIPdEEvT_S3_(ptr noundef %0, ptr noundef %1) #1 comdat align 2 !dbg !2503 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  ret void, !dbg !2504
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__new_allocatorISt6vectorIdSaIdEEEC2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !2505 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !2506
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__new_allocatorISt6vectorIdSaIdEEED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 comdat align 2 !dbg !2507 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret void, !dbg !2508
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef i64 @_ZNSt6vectorIS_IdSaIdEESaIS1_EE17_S_check_init_lenEmRKS2_(i64 noundef %0, ptr noundef nonnull align 1 dereferenceable(1) %1) #2 comdat align 2 !dbg !2509 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %"class.std::allocator.11", align 1
  store i64 %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = load i64, ptr %3, align 8, !dbg !2510
  %7 = load ptr, ptr %4, align 8, !dbg !2511, !nonnull !12
  call void @_ZNSaISt6vectorIdSaIdEEEC2ERKS2_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %7) #15, !dbg !2512
  %8 = call noundef i64 @_ZNSt6vectorIS_IdSaIdEESaIS1_EE11_S_max_sizeERKS2_(ptr noundef nonnull align 1 dereferenceable(1) %5) #15, !dbg !2513
  %9 = icmp ugt i64 %6, %8, !dbg !2514
  call void @_ZNSaISt6vectorIdSaIdEEED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %5) #15, !dbg !2510
  br i1 %9, label %10, label %11, !dbg !2510

10:                                               ; preds = %2
  call void @_ZSt20__throw_length_errorPKc(ptr noundef @.str.8) #16, !dbg !2515
  unreachable, !dbg !2515

11:                                               ; preds = %2
  %12 = load i64, ptr %3, align 8, !dbg !2516
  ret i64 %12, !dbg !2517
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EEC2EmRKS3_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !2518 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %9 = load ptr, ptr %4, align 8
  %10 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %9, i32 0, i32 0, !dbg !2519
  %11 = load ptr, ptr %6, align 8, !dbg !2520, !nonnull !12
  call void @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE12_Vector_implC2ERKS3_(ptr noundef nonnull align 8 dereferenceable(24) %10, ptr noundef nonnull align 1 dereferenceable(1) %11) #15, !dbg !2519
  %12 = load i64, ptr %5, align 8, !dbg !2521
  invoke void @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE17_M_create_storageEm(ptr noundef nonnull align 8 dereferenceable(24) %9, i64 noundef %12)
          to label %13 unwind label %14, !dbg !2522

13:                                               ; preds = %3
  ret void, !dbg !2523

14:                                               ; preds = %3
  %15 = landingpad { ptr, i32 }
          cleanup, !dbg !2523
  %16 = extractvalue { ptr, i32 } %15, 0, !dbg !2523
  store ptr %16, ptr %7, align 8, !dbg !2523
  %17 = extractvalue { ptr, i32 } %15, 1, !dbg !2523
  store i32 %17, ptr %8, align 4, !dbg !2523
  call void @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE12_Vector_implD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %10) #15, !dbg !2523
  br label %18, !dbg !2523

18:                                               ; preds = %14
  %19 = load ptr, ptr %7, align 8, !dbg !2523
  %20 = load i32, ptr %8, align 4, !dbg !2523
  %21 = insertvalue { ptr, i32 } poison, ptr %19, 0, !dbg !2523
  %22 = insertvalue { ptr, i32 } %21, i32 %20, 1, !dbg !2523
  resume { ptr, i32 } %22, !dbg !2523
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt6vectorIS_IdSaIdEESaIS1_EE18_M_fill_initializeEmRKS1_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1, ptr noundef nonnull align 8 dereferenceable(24) %2) #2 comdat align 2 !dbg !2524 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %7, i32 0, i32 0, !dbg !2525
  %9 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %8, i32 0, i32 0, !dbg !2526
  %10 = load ptr, ptr %9, align 8, !dbg !2526
  %11 = load i64, ptr %5, align 8, !dbg !2527
  %12 = load ptr, ptr %6, align 8, !dbg !2528, !nonnull !12, !align !36
  %13 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %7) #15, !dbg !2529
  %14 = call noundef ptr @_ZSt24__uninitialized_fill_n_aIPSt6vectorIdSaIdEEmS2_S2_ET_S4_T0_RKT1_RSaIT2_E(ptr noundef %10, i64 noundef %11, ptr noundef nonnull align 8 dereferenceable(24) %12, ptr noundef nonnull align 1 dereferenceable(1) %13), !dbg !2530
  %15 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %7, i32 0, i32 0, !dbg !2531
  %16 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %15, i32 0, i32 1, !dbg !2532
  store ptr %14, ptr %16, align 8, !dbg !2533
  ret void, !dbg !2534
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #1 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !2535 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %3, i32 0, i32 0, !dbg !2536
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %4, i32 0, i32 0, !dbg !2537
  %6 = load ptr, ptr %5, align 8, !dbg !2537
  %7 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %3, i32 0, i32 0, !dbg !2538
  %8 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %7, i32 0, i32 2, !dbg !2539
  %9 = load ptr, ptr %8, align 8, !dbg !2539
  %10 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %3, i32 0, i32 0, !dbg !2540
  %11 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %10, i32 0, i32 0, !dbg !2541
  %12 = load ptr, ptr %11, align 8, !dbg !2541
  %13 = ptrtoint ptr %9 to i64, !dbg !2542
  %14 = ptrtoint ptr %12 to i64, !dbg !2542
  %15 = sub i64 %13, %14, !dbg !2542
  %16 = sdiv exact i64 %15, 24, !dbg !2542
  invoke void @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE13_M_deallocateEPS2_m(ptr noundef nonnull align 8 dereferenceable(24) %3, ptr noundef %6, i64 noundef %16)
          to label %17 unwind label %19, !dbg !2543

17:                                               ; preds = %1
  %18 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %3, i32 0, i32 0, !dbg !2544
  call void @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE12_Vector_implD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %18) #15, !dbg !2544
  ret void, !dbg !2544

19:                                               ; preds = %1
  %20 = landingpad { ptr, i32 }
          catch ptr null, !dbg !2543
  %21 = extractvalue { ptr, i32 } %20, 0, !dbg !2543
  call void @__clang_call_terminate(ptr %21) #18, !dbg !2543
  unreachable, !dbg !2543
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZNSt6vectorIS_IdSaIdEESaIS1_EE11_S_max_sizeERKS2_(ptr noundef nonnull align 1 dereferenceable(1) %0) #1 comdat align 2 !dbg !2545 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  store i64 384307168202282325, ptr %3, align 8, !dbg !2546
  %5 = load ptr, ptr %2, align 8, !dbg !2547, !nonnull !12
  %6 = call noundef i64 @_ZNSt16allocator_traitsISaISt6vectorIdSaIdEEEE8max_sizeERKS3_(ptr noundef nonnull align 1 dereferenceable(1) %5) #15, !dbg !2548
  store i64 %6, ptr %4, align 8, !dbg !2549
  %7 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt3minImERKT_S2_S2_(ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 8 dereferenceable(8) %4), !dbg !2550
  %8 = load i64, ptr %7, align 8, !dbg !2550
  ret i64 %8, !dbg !2551
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSaISt6vectorIdSaIdEEEC2ERKS2_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #1 comdat align 2 !dbg !2552 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !2553, !nonnull !12
  call void @_ZNSt15__new_allocatorISt6vectorIdSaIdEEEC2ERKS3_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6) #15, !dbg !2554
  ret void, !dbg !2555
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZNSt16allocator_traitsISaISt6vectorIdSaIdEEEE8max_sizeERKS3_(ptr noundef nonnull align 1 dereferenceable(1) %0) #1 comdat align 2 !dbg !2556 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !2557, !nonnull !12
  %4 = call noundef i64 @_ZNKSt15__new_allocatorISt6vectorIdSaIdEEE8max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !2558
  ret i64 %4, !dbg !2559
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZNKSt15__new_allocatorISt6vectorIdSaIdEEE8max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %0) #1 comdat align 2 !dbg !2560 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call noundef i64 @_ZNKSt15__new_allocatorISt6vectorIdSaIdEEE11_M_max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !2561
  ret i64 %4, !dbg !2562
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef i64 @_ZNKSt15__new_allocatorISt6vectorIdSaIdEEE11_M_max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %0) #1 comdat align 2 !dbg !2563 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  ret i64 384307168202282325, !dbg !2564
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__new_allocatorISt6vectorIdSaIdEEEC2ERKS3_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #1 comdat align 2 !dbg !2565 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  ret void, !dbg !2566
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE12_Vector_implC2ERKS3_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 1 dereferenceable(1) %1) unnamed_addr #1 comdat align 2 !dbg !2567 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load ptr, ptr %4, align 8, !dbg !2568, !nonnull !12
  call void @_ZNSaISt6vectorIdSaIdEEEC2ERKS2_(ptr noundef nonnull align 1 dereferenceable(1) %5, ptr noundef nonnull align 1 dereferenceable(1) %6) #15, !dbg !2569
  call void @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE17_Vector_impl_dataC2Ev(ptr noundef nonnull align 8 dereferenceable(24) %5) #15, !dbg !2570
  ret void, !dbg !2571
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE17_M_create_storageEm(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1) #2 comdat align 2 !dbg !2572 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load i64, ptr %4, align 8, !dbg !2573
  %7 = call noundef ptr @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE11_M_allocateEm(ptr noundef nonnull align 8 dereferenceable(24) %5, i64 noundef %6), !dbg !2574
  %8 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %5, i32 0, i32 0, !dbg !2575
  %9 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %8, i32 0, i32 0, !dbg !2576
  store ptr %7, ptr %9, align 8, !dbg !2577
  %10 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %5, i32 0, i32 0, !dbg !2578
  %11 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %10, i32 0, i32 0, !dbg !2579
  %12 = load ptr, ptr %11, align 8, !dbg !2579
  %13 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %5, i32 0, i32 0, !dbg !2580
  %14 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %13, i32 0, i32 1, !dbg !2581
  store ptr %12, ptr %14, align 8, !dbg !2582
  %15 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %5, i32 0, i32 0, !dbg !2583
  %16 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %15, i32 0, i32 0, !dbg !2584
  %17 = load ptr, ptr %16, align 8, !dbg !2584
  %18 = load i64, ptr %4, align 8, !dbg !2585
  %19 = getelementptr inbounds nuw %"class.std::vector.14", ptr %17, i64 %18, !dbg !2586
  %20 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %5, i32 0, i32 0, !dbg !2587
  %21 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %20, i32 0, i32 2, !dbg !2588
  store ptr %19, ptr %21, align 8, !dbg !2589
  ret void, !dbg !2590
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE12_Vector_implD2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #1 comdat align 2 !dbg !2591 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @_ZNSaISt6vectorIdSaIdEEED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %3) #15, !dbg !2592
  ret void, !dbg !2592
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE17_Vector_impl_dataC2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #1 comdat align 2 !dbg !2593 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %3, i32 0, i32 0, !dbg !2594
  store ptr null, ptr %4, align 8, !dbg !2594
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %3, i32 0, i32 1, !dbg !2595
  store ptr null, ptr %5, align 8, !dbg !2595
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base<std::vector<double>, std::allocator<std::vector<double>>>::_Vector_impl_data", ptr %3, i32 0, i32 2, !dbg !2596
  store ptr null, ptr %6, align 8, !dbg !2596
  ret void, !dbg !2597
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE11_M_allocateEm(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 noundef %1) #2 comdat align 2 !dbg !2598 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load i64, ptr %4, align 8, !dbg !2599
  %7 = icmp ne i64 %6, 0, !dbg !2600
  br i1 %7, label %8, label %12, !dbg !2599

8:                                                ; preds = %2
  %9 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %5, i32 0, i32 0, !dbg !2601
  %10 = load i64, ptr %4, align 8, !dbg !2602
  %11 = call noundef ptr @_ZNSt16allocator_traitsISaISt6vectorIdSaIdEEEE8allocateERS3_m(ptr noundef nonnull align 1 dereferenceable(1) %9, i64 noundef %10), !dbg !2603
  br label %13, !dbg !2599

12:                                               ; preds = %2
  br label %13, !dbg !2599

13:                                               ; preds = %12, %8
  %14 = phi ptr [ %11, %8 ], [ null, %12 ], !dbg !2599
  ret ptr %14, !dbg !2604
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt16allocator_traitsISaISt6vectorIdSaIdEEEE8allocateERS3_m(ptr noundef nonnull align 1 dereferenceable(1) %0, i64 noundef %1) #2 comdat align 2 !dbg !2605 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !2606, !nonnull !12
  %6 = load i64, ptr %4, align 8, !dbg !2607
  %7 = call noundef ptr @_ZNSt15__new_allocatorISt6vectorIdSaIdEEE8allocateEmPKv(ptr noundef nonnull align 1 dereferenceable(1) %5, i64 noundef %6, ptr noundef null), !dbg !2608
  ret ptr %7, !dbg !2609
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt15__new_allocatorISt6vectorIdSaIdEEE8allocateEmPKv(ptr noundef nonnull align 1 dereferenceable(1) %0, i64 noundef %1, ptr noundef %2) #2 comdat align 2 !dbg !2610 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load i64, ptr %5, align 8, !dbg !2611
  %9 = call noundef i64 @_ZNKSt15__new_allocatorISt6vectorIdSaIdEEE11_M_max_sizeEv(ptr noundef nonnull align 1 dereferenceable(1) %7) #15, !dbg !2612
  %10 = icmp ugt i64 %8, %9, !dbg !2613
  br i1 %10, label %11, label %16, !dbg !2614

11:                                               ; preds = %3
  %12 = load i64, ptr %5, align 8, !dbg !2615
  %13 = icmp ugt i64 %12, 768614336404564650, !dbg !2616
  br i1 %13, label %14, label %15, !dbg !2616

14:                                               ; preds = %11
  call void @_ZSt28__throw_bad_array_new_lengthv() #16, !dbg !2617
  unreachable, !dbg !2617

15:                                               ; preds = %11
  call void @_ZSt17__throw_bad_allocv() #16, !dbg !2618
  unreachable, !dbg !2618

16:                                               ; preds = %3
  %17 = load i64, ptr %5, align 8, !dbg !2619
  %18 = mul i64 %17, 24, !dbg !2620
  %19 = call noalias noundef nonnull ptr @_Znwm(i64 noundef %18) #20, !dbg !2621
  ret ptr %19, !dbg !2622
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt24__uninitialized_fill_n_aIPSt6vectorIdSaIdEEmS2_S2_ET_S4_T0_RKT1_RSaIT2_E(ptr noundef %0, i64 noundef %1, ptr noundef nonnull align 8 dereferenceable(24) %2, ptr noundef nonnull align 1 dereferenceable(1) %3) #2 comdat !dbg !2623 {
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8
  store i64 %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store ptr %3, ptr %8, align 8
  %9 = load ptr, ptr %5, align 8, !dbg !2624
  %10 = load i64, ptr %6, align 8, !dbg !2625
  %11 = load ptr, ptr %7, align 8, !dbg !2626, !nonnull !12, !align !36
  %12 = call noundef ptr @_ZSt20uninitialized_fill_nIPSt6vectorIdSaIdEEmS2_ET_S4_T0_RKT1_(ptr noundef %9, i64 noundef %10, ptr noundef nonnull align 8 dereferenceable(24) %11), !dbg !2627
  ret ptr %12, !dbg !2628
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !2629 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %3, i32 0, i32 0, !dbg !2630
  ret ptr %4, !dbg !2631
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt20uninitialized_fill_nIPSt6vectorIdSaIdEEmS2_ET_S4_T0_RKT1_(ptr noundef %0, i64 noundef %1, ptr noundef nonnull align 8 dereferenceable(24) %2) #2 comdat !dbg !2632 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i8, align 1
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i8 0, ptr %7, align 1, !dbg !2633
  %8 = load ptr, ptr %4, align 8, !dbg !2634
  %9 = load i64, ptr %5, align 8, !dbg !2635
  %10 = load ptr, ptr %6, align 8, !dbg !2636, !nonnull !12, !align !36
  %11 = call noundef ptr @_ZNSt22__uninitialized_fill_nILb0EE15__uninit_fill_nIPSt6vectorIdSaIdEEmS4_EET_S6_T0_RKT1_(ptr noundef %8, i64 noundef %9, ptr noundef nonnull align 8 dereferenceable(24) %10), !dbg !2637
  ret ptr %11, !dbg !2638
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt22__uninitialized_fill_nILb0EE15__uninit_fill_nIPSt6vectorIdSaIdEEmS4_EET_S6_T0_RKT1_(ptr noundef %0, i64 noundef %1, ptr noundef nonnull align 8 dereferenceable(24) %2) #2 comdat align 2 !dbg !2639 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8, !dbg !2640
  %8 = load i64, ptr %5, align 8, !dbg !2641
  %9 = load ptr, ptr %6, align 8, !dbg !2642, !nonnull !12, !align !36
  %10 = call noundef ptr @_ZSt18__do_uninit_fill_nIPSt6vectorIdSaIdEEmS2_ET_S4_T0_RKT1_(ptr noundef %7, i64 noundef %8, ptr noundef nonnull align 8 dereferenceable(24) %9), !dbg !2643
  ret ptr %10, !dbg !2644
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt18__do_uninit_fill_nIPSt6vectorIdSaIdEEmS2_ET_S4_T0_RKT1_(ptr noundef %0, i64 noundef %1, ptr noundef nonnull align 8 dereferenceable(24) %2) #2 comdat personality ptr @__gxx_personality_v0 !dbg !2645 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %10 = load ptr, ptr %4, align 8, !dbg !2646
  store ptr %10, ptr %7, align 8, !dbg !2647
  br label %11, !dbg !2648

11:                                               ; preds = %18, %3
  %12 = load i64, ptr %5, align 8, !dbg !2649
  %13 = icmp ugt i64 %12, 0, !dbg !2650
  br i1 %13, label %14, label %33, !dbg !2648

14:                                               ; preds = %11
  %15 = load ptr, ptr %7, align 8, !dbg !2651
  %16 = load ptr, ptr %6, align 8, !dbg !2652, !nonnull !12, !align !36
  invoke void @_ZSt10_ConstructISt6vectorIdSaIdEEJRKS2_EEvPT_DpOT0_(ptr noundef %15, ptr noundef nonnull align 8 dereferenceable(24) %16)
          to label %17 unwind label %23, !dbg !2653

17:                                               ; preds = %14
  br label %18, !dbg !2653

18:                                               ; preds = %17
  %19 = load i64, ptr %5, align 8, !dbg !2654
  %20 = add i64 %19, -1, !dbg !2654
  store i64 %20, ptr %5, align 8, !dbg !2654
  %21 = load ptr, ptr %7, align 8, !dbg !2655
  %22 = getelementptr inbounds nuw %"class.std::vector.14", ptr %21, i32 1, !dbg !2655
  store ptr %22, ptr %7, align 8, !dbg !2655
  br label %11, !dbg !2648, !llvm.loop !2656

23:                                               ; preds = %14
  %24 = landingpad { ptr, i32 }
          catch ptr null, !dbg !2658
  %25 = extractvalue { ptr, i32 } %24, 0, !dbg !2658
  store ptr %25, ptr %8, align 8, !dbg !2658
  %26 = extractvalue { ptr, i32 } %24, 1, !dbg !2658
  store i32 %26, ptr %9, align 4, !dbg !2658
  br label %27, !dbg !2658

27:                                               ; preds = %23
  %28 = load ptr, ptr %8, align 8, !dbg !2659
  %29 = call ptr @__cxa_begin_catch(ptr %28) #15, !dbg !2659
  %30 = load ptr, ptr %4, align 8, !dbg !2660
  %31 = load ptr, ptr %7, align 8, !dbg !2661
  invoke void @_ZSt8_DestroyIPSt6vectorIdSaIdEEEvT_S4_(ptr noundef %30, ptr noundef %31)
          to label %32 unwind label %35, !dbg !2662

32:                                               ; preds = %27
  invoke void @__cxa_rethrow() #16
          to label %49 unwind label %35, !dbg !2663

33:                                               ; preds = %11
  %34 = load ptr, ptr %7, align 8, !dbg !2664
  ret ptr %34, !dbg !2665

35:                                               ; preds = %32, %27
  %36 = landingpad { ptr, i32 }
          cleanup, !dbg !2658
  %37 = extractvalue { ptr, i32 } %36, 0, !dbg !2658
  store ptr %37, ptr %8, align 8, !dbg !2658
  %38 = extractvalue { ptr, i32 } %36, 1, !dbg !2658
  store i32 %38, ptr %9, align 4, !dbg !2658
  invoke void @__cxa_end_catch()
          to label %39 unwind label %46, !dbg !2666

39:                                               ; preds = %35
  br label %41, !dbg !2666

40:                                               ; No predecessors!
  call void @llvm.trap(), !dbg !2666
  unreachable, !dbg !2666

41:                                               ; preds = %39
  %42 = load ptr, ptr %8, align 8, !dbg !2666
  %43 = load i32, ptr %9, align 4, !dbg !2666
  %44 = insertvalue { ptr, i32 } poison, ptr %42, 0, !dbg !2666
  %45 = insertvalue { ptr, i32 } %44, i32 %43, 1, !dbg !2666
  resume { ptr, i32 } %45, !dbg !2666

46:                                               ; preds = %35
  %47 = landingpad { ptr, i32 }
          catch ptr null, !dbg !2666
  %48 = extractvalue { ptr, i32 } %47, 0, !dbg !2666
  call void @__clang_call_terminate(ptr %48) #18, !dbg !2666
  unreachable, !dbg !2666

49:                                               ; preds = %32
  unreachable
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZSt10_ConstructISt6vectorIdSaIdEEJRKS2_EEvPT_DpOT0_(ptr noundef %0, ptr noundef nonnull align 8 dereferenceable(24) %1) #2 comdat !dbg !2667 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !2668
  %6 = load ptr, ptr %4, align 8, !dbg !2669, !nonnull !12, !align !36
  call void @_ZNSt6vectorIdSaIdEEC2ERKS1_(ptr noundef nonnull align 8 dereferenceable(24) %5, ptr noundef nonnull align 8 dereferenceable(24) %6), !dbg !2670
  ret void, !dbg !2671
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZSt8_DestroyIPSt6vectorIdSaIdEEEvT_S4_(ptr noundef %0, ptr noundef %1) #2 comdat !dbg !2672 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !2673
  %6 = load ptr, ptr %4, align 8, !dbg !2674
  call void @_ZNSt12_Destroy_auxILb0EE9__destroyIPSt6vectorIdSaIdEEEEvT_S6_(ptr noundef %5, ptr noundef %6), !dbg !2675
  ret void, !dbg !2676
}

; Function Attrs: cold noreturn nounwind memory(inaccessiblemem: write)
declare void @llvm.trap() #14

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt6vectorIdSaIdEEC2ERKS1_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef nonnull align 8 dereferenceable(24) %1) unnamed_addr #2 comdat align 2 personality ptr @__gxx_personality_v0 !dbg !2677 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %"class.std::allocator.16", align 1
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %9 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %10 = load ptr, ptr %3, align 8
  %11 = load ptr, ptr %4, align 8, !dbg !2678, !nonnull !12, !align !36
  %12 = call noundef i64 @_ZNKSt6vectorIdSaIdEE4sizeEv(ptr noundef nonnull align 8 dereferenceable(24) %11) #15, !dbg !2679
  %13 = load ptr, ptr %4, align 8, !dbg !2680, !nonnull !12, !align !36
  %14 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNKSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %13) #15, !dbg !2681
  call void @_ZN9__gnu_cxx14__alloc_traitsISaIdEdE17_S_select_on_copyERKS1_(ptr dead_on_unwind writable sret(%"class.std::allocator.16") align 1 %5, ptr noundef nonnull align 1 dereferenceable(1) %14), !dbg !2682
  invoke void @_ZNSt12_Vector_baseIdSaIdEEC2EmRKS0_(ptr noundef nonnull align 8 dereferenceable(24) %10, i64 noundef %12, ptr noundef nonnull align 1 dereferenceable(1) %5)
          to label %15 unwind label %34, !dbg !2683

15:                                               ; preds = %2
  call void @_ZNSaIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %5) #15, !dbg !2683
  %16 = load ptr, ptr %4, align 8, !dbg !2684, !nonnull !12, !align !36
  %17 = call ptr @_ZNKSt6vectorIdSaIdEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %16) #15, !dbg !2685
  %18 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %8, i32 0, i32 0, !dbg !2685
  store ptr %17, ptr %18, align 8, !dbg !2685
  %19 = load ptr, ptr %4, align 8, !dbg !2686, !nonnull !12, !align !36
  %20 = call ptr @_ZNKSt6vectorIdSaIdEE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %19) #15, !dbg !2687
  %21 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %9, i32 0, i32 0, !dbg !2687
  store ptr %20, ptr %21, align 8, !dbg !2687
  %22 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %10, i32 0, i32 0, !dbg !2688
  %23 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %22, i32 0, i32 0, !dbg !2689
  %24 = load ptr, ptr %23, align 8, !dbg !2689
  %25 = call noundef nonnull align 1 dereferenceable(1) ptr @_ZNSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %10) #15, !dbg !2690
  %26 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %8, i32 0, i32 0, !dbg !2691
  %27 = load ptr, ptr %26, align 8, !dbg !2691
  %28 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %9, i32 0, i32 0, !dbg !2691
  %29 = load ptr, ptr %28, align 8, !dbg !2691
  %30 = invoke noundef ptr @_ZSt22__uninitialized_copy_aIN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEPddET0_T_SA_S9_RSaIT1_E(ptr %27, ptr %29, ptr noundef %24, ptr noundef nonnull align 1 dereferenceable(1) %25)
          to label %31 unwind label %38, !dbg !2691

31:                                               ; preds = %15
  %32 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %10, i32 0, i32 0, !dbg !2692
  %33 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %32, i32 0, i32 1, !dbg !2693
  store ptr %30, ptr %33, align 8, !dbg !2694
  ret void, !dbg !2695

34:                                               ; preds = %2
  %35 = landingpad { ptr, i32 }
          cleanup, !dbg !2695
  %36 = extractvalue { ptr, i32 } %35, 0, !dbg !2695
  store ptr %36, ptr %6, align 8, !dbg !2695
  %37 = extractvalue { ptr, i32 } %35, 1, !dbg !2695
  store i32 %37, ptr %7, align 4, !dbg !2695
  call void @_ZNSaIdED2Ev(ptr noundef nonnull align 1 dereferenceable(1) %5) #15, !dbg !2683
  br label %42, !dbg !2683

38:                                               ; preds = %15
  %39 = landingpad { ptr, i32 }
          cleanup, !dbg !2695
  %40 = extractvalue { ptr, i32 } %39, 0, !dbg !2695
  store ptr %40, ptr %6, align 8, !dbg !2695
  %41 = extractvalue { ptr, i32 } %39, 1, !dbg !2695
  store i32 %41, ptr %7, align 4, !dbg !2695
  call void @_ZNSt12_Vector_baseIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %10) #15, !dbg !2695
  br label %42, !dbg !2695

42:                                               ; preds = %38, %34
  %43 = load ptr, ptr %6, align 8, !dbg !2683
  %44 = load i32, ptr %7, align 4, !dbg !2683
  %45 = insertvalue { ptr, i32 } poison, ptr %43, 0, !dbg !2683
  %46 = insertvalue { ptr, i32 } %45, i32 %44, 1, !dbg !2683
  resume { ptr, i32 } %46, !dbg !2683
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZN9__gnu_cxx14__alloc_traitsISaIdEdE17_S_select_on_copyERKS1_(ptr dead_on_unwind noalias writable sret(%"class.std::allocator.16") align 1 %0, ptr noundef nonnull align 1 dereferenceable(1) %1) #2 comdat align 2 !dbg !2696 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %4, align 8, !dbg !2698, !nonnull !12
  call void @_ZNSt16allocator_traitsISaIdEE37select_on_container_copy_constructionERKS0_(ptr dead_on_unwind writable sret(%"class.std::allocator.16") align 1 %0, ptr noundef nonnull align 1 dereferenceable(1) %5), !dbg !2699
  ret void, !dbg !2700
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 1 dereferenceable(1) ptr @_ZNKSt12_Vector_baseIdSaIdEE19_M_get_Tp_allocatorEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !2701 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %3, i32 0, i32 0, !dbg !2702
  ret ptr %4, !dbg !2703
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt22__uninitialized_copy_aIN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEPddET0_T_SA_S9_RSaIT1_E(ptr %0, ptr %1, ptr noundef %2, ptr noundef nonnull align 1 dereferenceable(1) %3) #2 comdat !dbg !2704 {
  %5 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %6 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %10 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %11 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %5, i32 0, i32 0
  store ptr %0, ptr %11, align 8
  %12 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %6, i32 0, i32 0
  store ptr %1, ptr %12, align 8
  store ptr %2, ptr %7, align 8
  store ptr %3, ptr %8, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %5, i64 8, i1 false), !dbg !2705
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %6, i64 8, i1 false), !dbg !2706
  %13 = load ptr, ptr %7, align 8, !dbg !2707
  %14 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %9, i32 0, i32 0, !dbg !2708
  %15 = load ptr, ptr %14, align 8, !dbg !2708
  %16 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %10, i32 0, i32 0, !dbg !2708
  %17 = load ptr, ptr %16, align 8, !dbg !2708
  %18 = call noundef ptr @_ZSt18uninitialized_copyIN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEPdET0_T_SA_S9_(ptr %15, ptr %17, ptr noundef %13), !dbg !2708
  ret ptr %18, !dbg !2709
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr ptr @_ZNKSt6vectorIdSaIdEE5beginEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !2710 {
  %2 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %4, i32 0, i32 0, !dbg !2711
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %5, i32 0, i32 0, !dbg !2712
  call void @_ZN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEC2ERKS2_(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !2713
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %2, i32 0, i32 0, !dbg !2714
  %8 = load ptr, ptr %7, align 8, !dbg !2714
  ret ptr %8, !dbg !2714
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr ptr @_ZNKSt6vectorIdSaIdEE3endEv(ptr noundef nonnull align 8 dereferenceable(24) %0) #1 comdat align 2 !dbg !2715 {
  %2 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds nuw %"struct.std::_Vector_base.15", ptr %4, i32 0, i32 0, !dbg !2716
  %6 = getelementptr inbounds nuw %"struct.std::_Vector_base<double, std::allocator<double>>::_Vector_impl_data", ptr %5, i32 0, i32 1, !dbg !2717
  call void @_ZN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEC2ERKS2_(ptr noundef nonnull align 8 dereferenceable(8) %2, ptr noundef nonnull align 8 dereferenceable(8) %6) #15, !dbg !2718
  %7 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %2, i32 0, i32 0, !dbg !2719
  %8 = load ptr, ptr %7, align 8, !dbg !2719
  ret ptr %8, !dbg !2719
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt16allocator_traitsISaIdEE37select_on_container_copy_constructionERKS0_(ptr dead_on_unwind noalias writable sret(%"class.std::allocator.16") align 1 %0, ptr noundef nonnull align 1 dereferenceable(1) %1) #1 comdat align 2 !dbg !2720 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %4, align 8, !dbg !2721, !nonnull !12
  call void @_ZNSaIdEC2ERKS_(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef nonnull align 1 dereferenceable(1) %5) #15, !dbg !2721
  ret void, !dbg !2722
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt18uninitialized_copyIN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEPdET0_T_SA_S9_(ptr %0, ptr %1, ptr noundef %2) #2 comdat !dbg !2723 {
  %4 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %6 = alloca ptr, align 8
  %7 = alloca i8, align 1
  %8 = alloca i8, align 1
  %9 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %10 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %11 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %4, i32 0, i32 0
  store ptr %0, ptr %11, align 8
  %12 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %5, i32 0, i32 0
  store ptr %1, ptr %12, align 8
  store ptr %2, ptr %6, align 8
  store i8 1, ptr %7, align 1, !dbg !2724
  store i8 1, ptr %8, align 1, !dbg !2725
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %4, i64 8, i1 false), !dbg !2726
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %5, i64 8, i1 false), !dbg !2727
  %13 = load ptr, ptr %6, align 8, !dbg !2728
  %14 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %9, i32 0, i32 0, !dbg !2729
  %15 = load ptr, ptr %14, align 8, !dbg !2729
  %16 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %10, i32 0, i32 0, !dbg !2729
  %17 = load ptr, ptr %16, align 8, !dbg !2729
  %18 = call noundef ptr @_ZNSt20__uninitialized_copyILb1EE13__uninit_copyIN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEPdEET0_T_SC_SB_(ptr %15, ptr %17, ptr noundef %13), !dbg !2729
  ret ptr %18, !dbg !2730
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt20__uninitialized_copyILb1EE13__uninit_copyIN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEPdEET0_T_SC_SB_(ptr %0, ptr %1, ptr noundef %2) #2 comdat align 2 !dbg !2731 {
  %4 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %6 = alloca ptr, align 8
  %7 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %8 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %9 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %4, i32 0, i32 0
  store ptr %0, ptr %9, align 8
  %10 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %5, i32 0, i32 0
  store ptr %1, ptr %10, align 8
  store ptr %2, ptr %6, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %4, i64 8, i1 false), !dbg !2732
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %5, i64 8, i1 false), !dbg !2733
  %11 = load ptr, ptr %6, align 8, !dbg !2734
  %12 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %7, i32 0, i32 0, !dbg !2735
  %13 = load ptr, ptr %12, align 8, !dbg !2735
  %14 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %8, i32 0, i32 0, !dbg !2735
  %15 = load ptr, ptr %14, align 8, !dbg !2735
  %16 = call noundef ptr @_ZSt4copyIN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEPdET0_T_SA_S9_(ptr %13, ptr %15, ptr noundef %11), !dbg !2735
  ret ptr %16, !dbg !2736
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt4copyIN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEPdET0_T_SA_S9_(ptr %0, ptr %1, ptr noundef %2) #2 comdat !dbg !2737 {
  %4 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %6 = alloca ptr, align 8
  %7 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %8 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %9 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %10 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %11 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %4, i32 0, i32 0
  store ptr %0, ptr %11, align 8
  %12 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %5, i32 0, i32 0
  store ptr %1, ptr %12, align 8
  store ptr %2, ptr %6, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %4, i64 8, i1 false), !dbg !2738
  %13 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %8, i32 0, i32 0, !dbg !2739
  %14 = load ptr, ptr %13, align 8, !dbg !2739
  %15 = call ptr @_ZSt12__miter_baseIN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEET_S8_(ptr %14), !dbg !2739
  %16 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %7, i32 0, i32 0, !dbg !2739
  store ptr %15, ptr %16, align 8, !dbg !2739
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %5, i64 8, i1 false), !dbg !2740
  %17 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %10, i32 0, i32 0, !dbg !2741
  %18 = load ptr, ptr %17, align 8, !dbg !2741
  %19 = call ptr @_ZSt12__miter_baseIN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEET_S8_(ptr %18), !dbg !2741
  %20 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %9, i32 0, i32 0, !dbg !2741
  store ptr %19, ptr %20, align 8, !dbg !2741
  %21 = load ptr, ptr %6, align 8, !dbg !2742
  %22 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %7, i32 0, i32 0, !dbg !2743
  %23 = load ptr, ptr %22, align 8, !dbg !2743
  %24 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %9, i32 0, i32 0, !dbg !2743
  %25 = load ptr, ptr %24, align 8, !dbg !2743
  %26 = call noundef ptr @_ZSt13__copy_move_aILb0EN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEPdET1_T0_SA_S9_(ptr %23, ptr %25, ptr noundef %21), !dbg !2743
  ret ptr %26, !dbg !2744
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt13__copy_move_aILb0EN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEPdET1_T0_SA_S9_(ptr %0, ptr %1, ptr noundef %2) #2 comdat !dbg !2745 {
  %4 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %6 = alloca ptr, align 8
  %7 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %8 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %9 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %4, i32 0, i32 0
  store ptr %0, ptr %9, align 8
  %10 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %5, i32 0, i32 0
  store ptr %1, ptr %10, align 8
  store ptr %2, ptr %6, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %4, i64 8, i1 false), !dbg !2746
  %11 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %7, i32 0, i32 0, !dbg !2747
  %12 = load ptr, ptr %11, align 8, !dbg !2747
  %13 = call noundef ptr @_ZSt12__niter_baseIPKdSt6vectorIdSaIdEEET_N9__gnu_cxx17__normal_iteratorIS5_T0_EE(ptr %12) #15, !dbg !2747
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %5, i64 8, i1 false), !dbg !2748
  %14 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %8, i32 0, i32 0, !dbg !2749
  %15 = load ptr, ptr %14, align 8, !dbg !2749
  %16 = call noundef ptr @_ZSt12__niter_baseIPKdSt6vectorIdSaIdEEET_N9__gnu_cxx17__normal_iteratorIS5_T0_EE(ptr %15) #15, !dbg !2749
  %17 = load ptr, ptr %6, align 8, !dbg !2750
  %18 = call noundef ptr @_ZSt12__niter_baseIPdET_S1_(ptr noundef %17) #15, !dbg !2751
  %19 = call noundef ptr @_ZSt14__copy_move_a1ILb0EPKdPdET1_T0_S4_S3_(ptr noundef %13, ptr noundef %16, ptr noundef %18), !dbg !2752
  %20 = call noundef ptr @_ZSt12__niter_wrapIPdET_RKS1_S1_(ptr noundef nonnull align 8 dereferenceable(8) %6, ptr noundef %19), !dbg !2753
  ret ptr %20, !dbg !2754
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr ptr @_ZSt12__miter_baseIN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEEET_S8_(ptr %0) #1 comdat !dbg !2755 {
  %2 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %3 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %4 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %3, i32 0, i32 0
  store ptr %0, ptr %4, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 %3, i64 8, i1 false), !dbg !2756
  %5 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %2, i32 0, i32 0, !dbg !2757
  %6 = load ptr, ptr %5, align 8, !dbg !2757
  ret ptr %6, !dbg !2757
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt12__niter_wrapIPdET_RKS1_S1_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef %1) #1 comdat !dbg !2758 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %4, align 8, !dbg !2759
  ret ptr %5, !dbg !2760
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt14__copy_move_a1ILb0EPKdPdET1_T0_S4_S3_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #2 comdat !dbg !2761 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8, !dbg !2762
  %8 = load ptr, ptr %5, align 8, !dbg !2763
  %9 = load ptr, ptr %6, align 8, !dbg !2764
  %10 = call noundef ptr @_ZSt14__copy_move_a2ILb0EPKdPdET1_T0_S4_S3_(ptr noundef %7, ptr noundef %8, ptr noundef %9), !dbg !2765
  ret ptr %10, !dbg !2766
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt12__niter_baseIPKdSt6vectorIdSaIdEEET_N9__gnu_cxx17__normal_iteratorIS5_T0_EE(ptr %0) #1 comdat !dbg !2767 {
  %2 = alloca %"class.__gnu_cxx::__normal_iterator.28", align 8
  %3 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %2, i32 0, i32 0
  store ptr %0, ptr %3, align 8
  %4 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %2) #15, !dbg !2768
  %5 = load ptr, ptr %4, align 8, !dbg !2768
  ret ptr %5, !dbg !2769
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt12__niter_baseIPdET_S1_(ptr noundef %0) #1 comdat !dbg !2770 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !2771
  ret ptr %3, !dbg !2772
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr noundef ptr @_ZSt14__copy_move_a2ILb0EPKdPdET1_T0_S4_S3_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #2 comdat !dbg !2773 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8, !dbg !2774
  %8 = load ptr, ptr %5, align 8, !dbg !2775
  %9 = load ptr, ptr %6, align 8, !dbg !2776
  %10 = call noundef ptr @_ZNSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE8__copy_mIdEEPT_PKS3_S6_S4_(ptr noundef %7, ptr noundef %8, ptr noundef %9), !dbg !2777
  ret ptr %10, !dbg !2778
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef ptr @_ZNSt11__copy_moveILb0ELb1ESt26random_access_iterator_tagE8__copy_mIdEEPT_PKS3_S6_S4_(ptr noundef %0, ptr noundef %1, ptr noundef %2) #1 comdat align 2 !dbg !2779 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !2780
  %9 = load ptr, ptr %4, align 8, !dbg !2781
  %10 = ptrtoint ptr %8 to i64, !dbg !2782
  %11 = ptrtoint ptr %9 to i64, !dbg !2782
  %12 = sub i64 %10, %11, !dbg !2782
  %13 = sdiv exact i64 %12, 8, !dbg !2782
  store i64 %13, ptr %7, align 8, !dbg !2783
  %14 = load i64, ptr %7, align 8, !dbg !2784
  %15 = icmp ne i64 %14, 0, !dbg !2784
  br i1 %15, label %16, label %21, !dbg !2784

16:                                               ; preds = %3
  %17 = load ptr, ptr %6, align 8, !dbg !2785
  %18 = load ptr, ptr %4, align 8, !dbg !2786
  %19 = load i64, ptr %7, align 8, !dbg !2787
  %20 = mul i64 8, %19, !dbg !2788
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %17, ptr align 8 %18, i64 %20, i1 false), !dbg !2789
  br label %21, !dbg !2789

21:                                               ; preds = %16, %3
  %22 = load ptr, ptr %6, align 8, !dbg !2790
  %23 = load i64, ptr %7, align 8, !dbg !2791
  %24 = getelementptr inbounds double, ptr %22, i64 %23, !dbg !2792
  ret ptr %24, !dbg !2793
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat align 2 !dbg !2794 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %3, i32 0, i32 0, !dbg !2795
  ret ptr %4, !dbg !2796
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN9__gnu_cxx17__normal_iteratorIPKdSt6vectorIdSaIdEEEC2ERKS2_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) unnamed_addr #1 comdat align 2 !dbg !2797 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.28", ptr %5, i32 0, i32 0, !dbg !2798
  %7 = load ptr, ptr %4, align 8, !dbg !2799, !nonnull !12, !align !36
  %8 = load ptr, ptr %7, align 8, !dbg !2799
  store ptr %8, ptr %6, align 8, !dbg !2798
  ret void, !dbg !2800
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt12_Destroy_auxILb0EE9__destroyIPSt6vectorIdSaIdEEEEvT_S6_(ptr noundef %0, ptr noundef %1) #2 comdat align 2 !dbg !2801 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  br label %5, !dbg !2802

5:                                                ; preds = %11, %2
  %6 = load ptr, ptr %3, align 8, !dbg !2803
  %7 = load ptr, ptr %4, align 8, !dbg !2804
  %8 = icmp ne ptr %6, %7, !dbg !2805
  br i1 %8, label %9, label %14, !dbg !2802

9:                                                ; preds = %5
  %10 = load ptr, ptr %3, align 8, !dbg !2806
  call void @_ZSt8_DestroyISt6vectorIdSaIdEEEvPT_(ptr noundef %10), !dbg !2807
  br label %11, !dbg !2807

11:                                               ; preds = %9
  %12 = load ptr, ptr %3, align 8, !dbg !2808
  %13 = getelementptr inbounds nuw %"class.std::vector.14", ptr %12, i32 1, !dbg !2808
  store ptr %13, ptr %3, align 8, !dbg !2808
  br label %5, !dbg !2802, !llvm.loop !2809

14:                                               ; preds = %5
  ret void, !dbg !2811
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZSt8_DestroyISt6vectorIdSaIdEEEvPT_(ptr noundef %0) #1 comdat !dbg !2812 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8, !dbg !2813
  call void @_ZNSt6vectorIdSaIdEED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %3) #15, !dbg !2814
  ret void, !dbg !2815
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt12_Vector_baseISt6vectorIdSaIdEESaIS2_EE13_M_deallocateEPS2_m(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr noundef %1, i64 noundef %2) #2 comdat align 2 !dbg !2816 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i64 %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !2817
  %9 = icmp ne ptr %8, null, !dbg !2817
  br i1 %9, label %10, label %14, !dbg !2817

10:                                               ; preds = %3
  %11 = getelementptr inbounds nuw %"struct.std::_Vector_base.10", ptr %7, i32 0, i32 0, !dbg !2818
  %12 = load ptr, ptr %5, align 8, !dbg !2819
  %13 = load i64, ptr %6, align 8, !dbg !2820
  call void @_ZNSt16allocator_traitsISaISt6vectorIdSaIdEEEE10deallocateERS3_PS2_m(ptr noundef nonnull align 1 dereferenceable(1) %11, ptr noundef %12, i64 noundef %13), !dbg !2821
  br label %14, !dbg !2821

14:                                               ; preds = %10, %3
  ret void, !dbg !2822
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZNSt16allocator_traitsISaISt6vectorIdSaIdEEEE10deallocateERS3_PS2_m(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1, i64 noundef %2) #2 comdat align 2 !dbg !2823 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i64 %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8, !dbg !2824, !nonnull !12
  %8 = load ptr, ptr %5, align 8, !dbg !2825
  %9 = load i64, ptr %6, align 8, !dbg !2826
  call void @_ZNSt15__new_allocatorISt6vectorIdSaIdEEE10deallocateEPS2_m(ptr noundef nonnull align 1 dereferenceable(1) %7, ptr noundef %8, i64 noundef %9), !dbg !2827
  ret void, !dbg !2828
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZNSt15__new_allocatorISt6vectorIdSaIdEEE10deallocateEPS2_m(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr noundef %1, i64 noundef %2) #1 comdat align 2 !dbg !2829 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i64 %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = load ptr, ptr %5, align 8, !dbg !2830
  %9 = load i64, ptr %6, align 8, !dbg !2831
  %10 = mul i64 %9, 24, !dbg !2832
  call void @_ZdlPvm(ptr noundef %8, i64 noundef %10) #19, !dbg !2833
  ret void, !dbg !2834
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define linkonce_odr void @_ZSt8_DestroyIPSt6vectorIdSaIdEES2_EvT_S4_RSaIT0_E(ptr noundef %0, ptr noundef %1, ptr noundef nonnull align 1 dereferenceable(1) %2) #2 comdat !dbg !2835 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %7 = load ptr, ptr %4, align 8, !dbg !2836
  %8 = load ptr, ptr %5, align 8, !dbg !2837
  call void @_ZSt8_DestroyIPSt6vectorIdSaIdEEEvT_S4_(ptr noundef %7, ptr noundef %8), !dbg !2838
  ret void, !dbg !2839
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN9__gnu_cxx17__normal_iteratorIPSt6vectorIdSaIdEES1_IS3_SaIS3_EEEC2ERKS4_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) unnamed_addr #1 comdat align 2 !dbg !2840 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.19", ptr %5, i32 0, i32 0, !dbg !2841
  %7 = load ptr, ptr %4, align 8, !dbg !2842, !nonnull !12, !align !36
  %8 = load ptr, ptr %7, align 8, !dbg !2842
  store ptr %8, ptr %6, align 8, !dbg !2841
  ret void, !dbg !2843
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPSt6vectorIdSaIdEES1_IS3_SaIS3_EEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat align 2 !dbg !2844 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.19", ptr %3, i32 0, i32 0, !dbg !2845
  ret ptr %4, !dbg !2846
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEC2ERKS1_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) unnamed_addr #1 comdat align 2 !dbg !2847 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.20", ptr %5, i32 0, i32 0, !dbg !2848
  %7 = load ptr, ptr %4, align 8, !dbg !2849, !nonnull !12, !align !36
  %8 = load ptr, ptr %7, align 8, !dbg !2849
  store ptr %8, ptr %6, align 8, !dbg !2848
  ret void, !dbg !2850
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef zeroext i1 @_ZN9__gnu_cxxneIPdSt6vectorIdSaIdEEEEbRKNS_17__normal_iteratorIT_T0_EESA_(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull align 8 dereferenceable(8) %1) #1 comdat !dbg !2851 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8, !dbg !2852, !nonnull !12, !align !36
  %6 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %5) #15, !dbg !2853
  %7 = load ptr, ptr %6, align 8, !dbg !2853
  %8 = load ptr, ptr %4, align 8, !dbg !2854, !nonnull !12, !align !36
  %9 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %8) #15, !dbg !2855
  %10 = load ptr, ptr %9, align 8, !dbg !2855
  %11 = icmp ne ptr %7, %10, !dbg !2856
  ret i1 %11, !dbg !2857
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat align 2 !dbg !2858 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.20", ptr %3, i32 0, i32 0, !dbg !2859
  %5 = load ptr, ptr %4, align 8, !dbg !2859
  ret ptr %5, !dbg !2860
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat align 2 !dbg !2861 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.20", ptr %3, i32 0, i32 0, !dbg !2862
  %5 = load ptr, ptr %4, align 8, !dbg !2863
  %6 = getelementptr inbounds nuw double, ptr %5, i32 1, !dbg !2863
  store ptr %6, ptr %4, align 8, !dbg !2863
  ret ptr %3, !dbg !2864
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr noundef nonnull align 8 dereferenceable(8) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPdSt6vectorIdSaIdEEE4baseEv(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat align 2 !dbg !2865 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator.20", ptr %3, i32 0, i32 0, !dbg !2866
  ret ptr %4, !dbg !2867
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal ptr @"_ZSt9__find_ifIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops10_Iter_predIZ4mainE3$_4EEET_SB_SB_T0_"(ptr %0, ptr %1) #2 !dbg !2868 {
  %3 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %6 = alloca %"struct.__gnu_cxx::__ops::_Iter_pred", align 1
  %7 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %8 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %9 = alloca %"struct.__gnu_cxx::__ops::_Iter_pred", align 1
  %10 = alloca %"struct.std::random_access_iterator_tag", align 1
  %11 = alloca %"struct.std::random_access_iterator_tag", align 1
  %12 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %0, ptr %12, align 8
  %13 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0
  store ptr %1, ptr %13, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %4, i64 8, i1 false), !dbg !2869
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %5, i64 8, i1 false), !dbg !2870
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %9, ptr align 1 %6, i64 1, i1 false), !dbg !2871
  call void @_ZSt19__iterator_categoryIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEENSt15iterator_traitsIT_E17iterator_categoryERKS8_(ptr noundef nonnull align 8 dereferenceable(8) %4), !dbg !2872
  %14 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %7, i32 0, i32 0, !dbg !2873
  %15 = load ptr, ptr %14, align 8, !dbg !2873
  %16 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %8, i32 0, i32 0, !dbg !2873
  %17 = load ptr, ptr %16, align 8, !dbg !2873
  %18 = call ptr @"_ZSt9__find_ifIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops10_Iter_predIZ4mainE3$_4EEET_SB_SB_T0_St26random_access_iterator_tag"(ptr %15, ptr %17), !dbg !2873
  %19 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !2873
  store ptr %18, ptr %19, align 8, !dbg !2873
  %20 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !2874
  %21 = load ptr, ptr %20, align 8, !dbg !2874
  ret ptr %21, !dbg !2874
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal void @"_ZN9__gnu_cxx5__ops11__pred_iterIZ4mainE3$_4EENS0_10_Iter_predIT_EES4_"() #2 !dbg !2875 {
  %1 = alloca %"struct.__gnu_cxx::__ops::_Iter_pred", align 1
  %2 = alloca %class.anon.21, align 1
  %3 = alloca %class.anon.21, align 1
  call void @"_ZN9__gnu_cxx5__ops10_Iter_predIZ4mainE3$_4EC2ES2_"(ptr noundef nonnull align 1 dereferenceable(1) %1), !dbg !2876
  ret void, !dbg !2877
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal ptr @"_ZSt9__find_ifIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops10_Iter_predIZ4mainE3$_4EEET_SB_SB_T0_St26random_access_iterator_tag"(ptr %0, ptr %1) #2 !dbg !2878 {
  %3 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %4 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %5 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %6 = alloca %"struct.__gnu_cxx::__ops::_Iter_pred", align 1
  %7 = alloca %"struct.std::random_access_iterator_tag", align 1
  %8 = alloca i64, align 8
  %9 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %10 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %11 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %12 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %13 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %14 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %15 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %16 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %4, i32 0, i32 0
  store ptr %0, ptr %16, align 8
  %17 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %5, i32 0, i32 0
  store ptr %1, ptr %17, align 8
  %18 = call noundef i64 @_ZN9__gnu_cxxmiIPiSt6vectorIiSaIiEEEENS_17__normal_iteratorIT_T0_E15difference_typeERKS8_SB_(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !2879
  %19 = ashr i64 %18, 2, !dbg !2880
  store i64 %19, ptr %8, align 8, !dbg !2881
  br label %20, !dbg !2882

20:                                               ; preds = %48, %2
  %21 = load i64, ptr %8, align 8, !dbg !2883
  %22 = icmp sgt i64 %21, 0, !dbg !2884
  br i1 %22, label %23, label %51, !dbg !2882

23:                                               ; preds = %20
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %9, ptr align 8 %4, i64 8, i1 false), !dbg !2885
  %24 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %9, i32 0, i32 0, !dbg !2886
  %25 = load ptr, ptr %24, align 8, !dbg !2886
  %26 = call noundef zeroext i1 @"_ZN9__gnu_cxx5__ops10_Iter_predIZ4mainE3$_4EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEEEEbT_"(ptr noundef nonnull align 1 dereferenceable(1) %6, ptr %25), !dbg !2886
  br i1 %26, label %27, label %28, !dbg !2886

27:                                               ; preds = %23
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %4, i64 8, i1 false), !dbg !2887
  br label %76, !dbg !2888

28:                                               ; preds = %23
  %29 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !2889
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %4, i64 8, i1 false), !dbg !2890
  %30 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %10, i32 0, i32 0, !dbg !2891
  %31 = load ptr, ptr %30, align 8, !dbg !2891
  %32 = call noundef zeroext i1 @"_ZN9__gnu_cxx5__ops10_Iter_predIZ4mainE3$_4EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEEEEbT_"(ptr noundef nonnull align 1 dereferenceable(1) %6, ptr %31), !dbg !2891
  br i1 %32, label %33, label %34, !dbg !2891

33:                                               ; preds = %28
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %4, i64 8, i1 false), !dbg !2892
  br label %76, !dbg !2893

34:                                               ; preds = %28
  %35 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !2894
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %11, ptr align 8 %4, i64 8, i1 false), !dbg !2895
  %36 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %11, i32 0, i32 0, !dbg !2896
  %37 = load ptr, ptr %36, align 8, !dbg !2896
  %38 = call noundef zeroext i1 @"_ZN9__gnu_cxx5__ops10_Iter_predIZ4mainE3$_4EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEEEEbT_"(ptr noundef nonnull align 1 dereferenceable(1) %6, ptr %37), !dbg !2896
  br i1 %38, label %39, label %40, !dbg !2896

39:                                               ; preds = %34
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %4, i64 8, i1 false), !dbg !2897
  br label %76, !dbg !2898

40:                                               ; preds = %34
  %41 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !2899
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 %4, i64 8, i1 false), !dbg !2900
  %42 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %12, i32 0, i32 0, !dbg !2901
  %43 = load ptr, ptr %42, align 8, !dbg !2901
  %44 = call noundef zeroext i1 @"_ZN9__gnu_cxx5__ops10_Iter_predIZ4mainE3$_4EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEEEEbT_"(ptr noundef nonnull align 1 dereferenceable(1) %6, ptr %43), !dbg !2901
  br i1 %44, label %45, label %46, !dbg !2901

45:                                               ; preds = %40
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %4, i64 8, i1 false), !dbg !2902
  br label %76, !dbg !2903

46:                                               ; preds = %40
  %47 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !2904
  br label %48, !dbg !2905

48:                                               ; preds = %46
  %49 = load i64, ptr %8, align 8, !dbg !2906
  %50 = add nsw i64 %49, -1, !dbg !2906
  store i64 %50, ptr %8, align 8, !dbg !2906
  br label %20, !dbg !2882, !llvm.loop !2907

51:                                               ; preds = %20
  %52 = call noundef i64 @_ZN9__gnu_cxxmiIPiSt6vectorIiSaIiEEEENS_17__normal_iteratorIT_T0_E15difference_typeERKS8_SB_(ptr noundef nonnull align 8 dereferenceable(8) %5, ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !2908
  switch i64 %52, label %75 [
    i64 3, label %53
    i64 2, label %60
    i64 1, label %67
    i64 0, label %74
  ], !dbg !2909

53:                                               ; preds = %51
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %13, ptr align 8 %4, i64 8, i1 false), !dbg !2910
  %54 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %13, i32 0, i32 0, !dbg !2911
  %55 = load ptr, ptr %54, align 8, !dbg !2911
  %56 = call noundef zeroext i1 @"_ZN9__gnu_cxx5__ops10_Iter_predIZ4mainE3$_4EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEEEEbT_"(ptr noundef nonnull align 1 dereferenceable(1) %6, ptr %55), !dbg !2911
  br i1 %56, label %57, label %58, !dbg !2911

57:                                               ; preds = %53
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %4, i64 8, i1 false), !dbg !2912
  br label %76, !dbg !2913

58:                                               ; preds = %53
  %59 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !2914
  br label %60, !dbg !2914

60:                                               ; preds = %51, %58
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %14, ptr align 8 %4, i64 8, i1 false), !dbg !2915
  %61 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %14, i32 0, i32 0, !dbg !2916
  %62 = load ptr, ptr %61, align 8, !dbg !2916
  %63 = call noundef zeroext i1 @"_ZN9__gnu_cxx5__ops10_Iter_predIZ4mainE3$_4EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEEEEbT_"(ptr noundef nonnull align 1 dereferenceable(1) %6, ptr %62), !dbg !2916
  br i1 %63, label %64, label %65, !dbg !2916

64:                                               ; preds = %60
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %4, i64 8, i1 false), !dbg !2917
  br label %76, !dbg !2918

65:                                               ; preds = %60
  %66 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !2919
  br label %67, !dbg !2919

67:                                               ; preds = %51, %65
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %15, ptr align 8 %4, i64 8, i1 false), !dbg !2920
  %68 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %15, i32 0, i32 0, !dbg !2921
  %69 = load ptr, ptr %68, align 8, !dbg !2921
  %70 = call noundef zeroext i1 @"_ZN9__gnu_cxx5__ops10_Iter_predIZ4mainE3$_4EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEEEEbT_"(ptr noundef nonnull align 1 dereferenceable(1) %6, ptr %69), !dbg !2921
  br i1 %70, label %71, label %72, !dbg !2921

71:                                               ; preds = %67
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %4, i64 8, i1 false), !dbg !2922
  br label %76, !dbg !2923

72:                                               ; preds = %67
  %73 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEppEv(ptr noundef nonnull align 8 dereferenceable(8) %4) #15, !dbg !2924
  br label %74, !dbg !2924

74:                                               ; preds = %51, %72
  br label %75, !dbg !2925

75:                                               ; preds = %51, %74
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %5, i64 8, i1 false), !dbg !2926
  br label %76, !dbg !2927

76:                                               ; preds = %75, %71, %64, %57, %45, %39, %33, %27
  %77 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0, !dbg !2928
  %78 = load ptr, ptr %77, align 8, !dbg !2928
  ret ptr %78, !dbg !2928
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define linkonce_odr void @_ZSt19__iterator_categoryIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEENSt15iterator_traitsIT_E17iterator_categoryERKS8_(ptr noundef nonnull align 8 dereferenceable(8) %0) #1 comdat !dbg !2929 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  ret void, !dbg !2930
}

; Function Attrs: mustprogress noinline sspstrong uwtable
define internal noundef zeroext i1 @"_ZN9__gnu_cxx5__ops10_Iter_predIZ4mainE3$_4EclINS_17__normal_iteratorIPiSt6vectorIiSaIiEEEEEEbT_"(ptr noundef nonnull align 1 dereferenceable(1) %0, ptr %1) #2 align 2 !dbg !2931 {
  %3 = alloca %"class.__gnu_cxx::__normal_iterator", align 8
  %4 = alloca ptr, align 8
  %5 = getelementptr inbounds nuw %"class.__gnu_cxx::__normal_iterator", ptr %3, i32 0, i32 0
  store ptr %1, ptr %5, align 8
  store ptr %0, ptr %4, align 8
  %6 = load ptr, ptr %4, align 8
  %7 = call noundef nonnull align 4 dereferenceable(4) ptr @_ZNK9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEdeEv(ptr noundef nonnull align 8 dereferenceable(8) %3) #15, !dbg !2932
  %8 = load i32, ptr %7, align 4, !dbg !2932
  %9 = call noundef zeroext i1 @"_ZZ4mainENK3$_4clEi"(ptr noundef nonnull align 1 dereferenceable(1) %6, i32 noundef %8), !dbg !2933
  ret i1 %9, !dbg !2934
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal noundef zeroext i1 @"_ZZ4mainENK3$_4clEi"(ptr noundef nonnull align 1 dereferenceable(1) %0, i32 noundef %1) #1 align 2 !dbg !2935 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 8
  %6 = load i32, ptr %4, align 4, !dbg !2936
  %7 = icmp sgt i32 %6, 500, !dbg !2937
  ret i1 %7, !dbg !2938
}

; Function Attrs: mustprogress noinline nounwind sspstrong uwtable
define internal void @"_ZN9__gnu_cxx5__ops10_Iter_predIZ4mainE3$_4EC2ES2_"(ptr noundef nonnull align 1 dereferenceable(1) %0) unnamed_addr #1 align 2 !dbg !2939 {
  %2 = alloca %class.anon.21, align 1
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8
  ret void, !dbg !2940
}

attributes #0 = { mustprogress noinline norecurse sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #1 = { mustprogress noinline nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #2 = { mustprogress noinline sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #6 = { noinline noreturn nounwind sspstrong uwtable "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #7 = { nobuiltin nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #8 = { noreturn "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #9 = { nobuiltin allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #10 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #11 = { alwaysinline mustprogress nounwind sspstrong uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #12 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="4" "target-cpu"="x86-64" "target-features"="+64bit,+cmov,+cx8,+fxsr,+idivq-to-divl,+macrofusion,+mmx,+nopl,+slow-3ops-lea,+slow-incdec,+sse,+sse2,+vzeroupper,+x87,-16bit-mode,-32bit-mode,-adx,-aes,-allow-light-256-bit,-amx-avx512,-amx-bf16,-amx-complex,-amx-fp16,-amx-fp8,-amx-int8,-amx-movrs,-amx-tf32,-amx-tile,-avx,-avx10.1,-avx10.2,-avx2,-avx512bf16,-avx512bitalg,-avx512bw,-avx512cd,-avx512dq,-avx512f,-avx512fp16,-avx512ifma,-avx512vbmi,-avx512vbmi2,-avx512vl,-avx512vnni,-avx512vp2intersect,-avx512vpopcntdq,-avxifma,-avxneconvert,-avxvnni,-avxvnniint16,-avxvnniint8,-bmi,-bmi2,-branch-hint,-branchfusion,-ccmp,-cf,-cldemote,-clflushopt,-clwb,-clzero,-cmpccxadd,-crc32,-cx16,-egpr,-enqcmd,-ermsb,-f16c,-false-deps-getmant,-false-deps-lzcnt-tzcnt,-false-deps-mulc,-false-deps-mullq,-false-deps-perm,-false-deps-popcnt,-false-deps-range,-fast-11bytenop,-fast-15bytenop,-fast-7bytenop,-fast-bextr,-fast-dpwssd,-fast-gather,-fast-hops,-fast-imm16,-fast-lzcnt,-fast-movbe,-fast-scalar-fsqrt,-fast-scalar-shift-masks,-fast-shld-rotate,-fast-variable-crosslane-shuffle,-fast-variable-perlane-shuffle,-fast-vector-fsqrt,-fast-vector-shift-masks,-faster-shift-than-shuffle,-fma,-fma4,-fsgsbase,-fsrm,-gfni,-harden-sls-ijmp,-harden-sls-ret,-hreset,-idivl-to-divb,-inline-asm-use-gpr32,-invpcid,-kl,-lea-sp,-lea-uses-ag,-lvi-cfi,-lvi-load-hardening,-lwp,-lzcnt,-movbe,-movdir64b,-movdiri,-movrs,-mwaitx,-ndd,-nf,-no-bypass-delay,-no-bypass-delay-blend,-no-bypass-delay-mov,-no-bypass-delay-shuffle,-pad-short-functions,-pclmul,-pconfig,-pku,-popcnt,-ppx,-prefer-128-bit,-prefer-256-bit,-prefer-legacy-setcc,-prefer-mask-registers,-prefer-movmsk-over-vtest,-prefer-no-gather,-prefer-no-scatter,-prefetchi,-prfchw,-ptwrite,-push2pop2,-raoint,-rdpid,-rdpru,-rdrnd,-rdseed,-retpoline,-retpoline-external-thunk,-retpoline-indirect-branches,-retpoline-indirect-calls,-rtm,-sahf,-sbb-dep-breaking,-serialize,-seses,-sgx,-sha,-sha512,-shstk,-slow-lea,-slow-pmaddwd,-slow-pmulld,-slow-pmullq,-slow-shld,-slow-two-mem-ops,-slow-unaligned-mem-16,-slow-unaligned-mem-32,-sm3,-sm4,-sse-unaligned-mem,-sse3,-sse4.1,-sse4.2,-sse4a,-ssse3,-tagged-globals,-tbm,-tsxldtrk,-tuning-fast-imm-vector-shift,-uintr,-use-glm-div-sqrt-costs,-use-slm-arith-costs,-usermsr,-vaes,-vpclmulqdq,-waitpkg,-wbnoinvd,-widekl,-xop,-xsave,-xsavec,-xsaveopt,-xsaves,-zu" "tune-cpu"="generic" }
attributes #13 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #14 = { cold noreturn nounwind memory(inaccessiblemem: write) }
attributes #15 = { nounwind }
attributes #16 = { noreturn }
attributes #17 = { nounwind willreturn memory(read) }
attributes #18 = { noreturn nounwind }
attributes #19 = { builtin nounwind }
attributes #20 = { builtin allocsize(0) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!llvm.ident = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C_plus_plus_14, file: !1, producer: "clang version 22.1.8", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "cxx_stl_lambda.cpp", directory: ".")
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"uwtable", i32 2}
!7 = !{i32 7, !"frame-pointer", i32 2}
!8 = !{!"clang version 22.1.8"}
!9 = distinct !DISubprogram(name: "main", scope: !10, file: !10, line: 10, type: !11, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DIFile(filename: "cxx_stl_lambda.cpp", directory: ".")
!11 = !DISubroutineType(types: !12)
!12 = !{}
!13 = !DILocation(line: 11, column: 22, scope: !9)
!14 = !DILocation(line: 12, column: 14, scope: !9)
!15 = !DILocation(line: 12, column: 10, scope: !9)
!16 = !DILocation(line: 12, column: 21, scope: !9)
!17 = !DILocation(line: 12, column: 23, scope: !9)
!18 = !DILocation(line: 12, column: 5, scope: !9)
!19 = !DILocation(line: 12, column: 48, scope: !9)
!20 = !DILocation(line: 12, column: 50, scope: !9)
!21 = !DILocation(line: 12, column: 58, scope: !9)
!22 = !DILocation(line: 12, column: 47, scope: !9)
!23 = !DILocation(line: 12, column: 37, scope: !9)
!24 = !DILocation(line: 12, column: 35, scope: !9)
!25 = !DILocation(line: 12, column: 31, scope: !9)
!26 = distinct !{!26, !18, !27, !28}
!27 = !DILocation(line: 12, column: 63, scope: !9)
!28 = !{!"llvm.loop.mustprogress"}
!29 = !DILocation(line: 37, column: 1, scope: !9)
!30 = !DILocation(line: 13, column: 17, scope: !9)
!31 = !DILocation(line: 13, column: 28, scope: !9)
!32 = !DILocation(line: 13, column: 5, scope: !9)
!33 = !DILocation(line: 14, column: 10, scope: !9)
!34 = !DILocation(line: 14, column: 30, scope: !9)
!35 = !DILocation(line: 14, column: 28, scope: !9)
!36 = !{i64 8}
!37 = !DILocation(line: 14, column: 26, scope: !9)
!38 = !DILocation(line: 14, column: 37, scope: !9)
!39 = !DILocation(line: 14, column: 39, scope: !9)
!40 = !DILocation(line: 14, column: 44, scope: !9)
!41 = !DILocation(line: 14, column: 59, scope: !9)
!42 = !DILocation(line: 14, column: 57, scope: !9)
!43 = !DILocation(line: 14, column: 35, scope: !9)
!44 = !DILocation(line: 14, column: 17, scope: !9)
!45 = distinct !{!45, !44, !41}
!46 = !DILocation(line: 15, column: 50, scope: !9)
!47 = !DILocation(line: 15, column: 55, scope: !9)
!48 = !DILocation(line: 15, column: 66, scope: !9)
!49 = !DILocation(line: 15, column: 5, scope: !9)
!50 = !DILocation(line: 16, column: 9, scope: !9)
!51 = !DILocation(line: 17, column: 17, scope: !9)
!52 = !DILocation(line: 17, column: 18, scope: !9)
!53 = !DILocation(line: 18, column: 20, scope: !9)
!54 = !DILocation(line: 19, column: 26, scope: !9)
!55 = !DILocation(line: 19, column: 22, scope: !9)
!56 = !DILocation(line: 20, column: 22, scope: !9)
!57 = !DILocation(line: 20, column: 33, scope: !9)
!58 = !DILocation(line: 20, column: 42, scope: !9)
!59 = !DILocation(line: 20, column: 51, scope: !9)
!60 = !DILocation(line: 20, column: 5, scope: !9)
!61 = !DILocation(line: 21, column: 5, scope: !9)
!62 = !DILocation(line: 21, column: 16, scope: !9)
!63 = !DILocation(line: 22, column: 58, scope: !9)
!64 = !DILocation(line: 22, column: 69, scope: !9)
!65 = !DILocation(line: 22, column: 40, scope: !9)
!66 = !DILocation(line: 22, column: 82, scope: !9)
!67 = !DILocation(line: 22, column: 5, scope: !9)
!68 = !DILocation(line: 23, column: 32, scope: !9)
!69 = !DILocation(line: 24, column: 24, scope: !9)
!70 = !DILocation(line: 25, column: 12, scope: !9)
!71 = !DILocation(line: 26, column: 5, scope: !9)
!72 = !DILocation(line: 26, column: 12, scope: !9)
!73 = !DILocation(line: 26, column: 23, scope: !9)
!74 = !DILocation(line: 26, column: 16, scope: !9)
!75 = !DILocation(line: 26, column: 59, scope: !9)
!76 = !DILocation(line: 26, column: 49, scope: !9)
!77 = !DILocation(line: 26, column: 40, scope: !9)
!78 = !DILocation(line: 26, column: 69, scope: !9)
!79 = !DILocation(line: 26, column: 71, scope: !9)
!80 = !DILocation(line: 26, column: 102, scope: !9)
!81 = !DILocation(line: 26, column: 95, scope: !9)
!82 = !DILocation(line: 26, column: 93, scope: !9)
!83 = !DILocation(line: 26, column: 127, scope: !9)
!84 = !DILocation(line: 26, column: 132, scope: !9)
!85 = !DILocation(line: 26, column: 136, scope: !9)
!86 = !DILocation(line: 26, column: 134, scope: !9)
!87 = !DILocation(line: 26, column: 120, scope: !9)
!88 = !DILocation(line: 26, column: 110, scope: !9)
!89 = !DILocation(line: 26, column: 141, scope: !9)
!90 = !DILocation(line: 26, column: 151, scope: !9)
!91 = !DILocation(line: 26, column: 153, scope: !9)
!92 = !DILocation(line: 26, column: 149, scope: !9)
!93 = distinct !{!93, !71, !94, !28}
!94 = !DILocation(line: 26, column: 158, scope: !9)
!95 = !DILocation(line: 27, column: 27, scope: !9)
!96 = !DILocation(line: 27, column: 25, scope: !9)
!97 = !DILocation(line: 27, column: 22, scope: !9)
!98 = !DILocation(line: 27, column: 55, scope: !9)
!99 = !DILocation(line: 27, column: 58, scope: !9)
!100 = !DILocation(line: 27, column: 64, scope: !9)
!101 = !DILocation(line: 27, column: 73, scope: !9)
!102 = !DILocation(line: 27, column: 76, scope: !9)
!103 = !DILocation(line: 27, column: 33, scope: !9)
!104 = !DILocation(line: 27, column: 5, scope: !9)
!105 = distinct !{!105, !104, !106}
!106 = !DILocation(line: 27, column: 82, scope: !9)
!107 = !DILocation(line: 28, column: 5, scope: !9)
!108 = !DILocation(line: 29, column: 37, scope: !9)
!109 = !DILocation(line: 30, column: 31, scope: !9)
!110 = !DILocation(line: 30, column: 5, scope: !9)
!111 = !DILocation(line: 31, column: 46, scope: !9)
!112 = !DILocation(line: 31, column: 38, scope: !9)
!113 = !DILocation(line: 32, column: 17, scope: !9)
!114 = !DILocation(line: 32, column: 10, scope: !9)
!115 = !DILocation(line: 32, column: 24, scope: !9)
!116 = !DILocation(line: 32, column: 33, scope: !9)
!117 = !DILocation(line: 32, column: 26, scope: !9)
!118 = !DILocation(line: 32, column: 5, scope: !9)
!119 = !DILocation(line: 32, column: 58, scope: !9)
!120 = !DILocation(line: 32, column: 51, scope: !9)
!121 = !DILocation(line: 32, column: 65, scope: !9)
!122 = !DILocation(line: 32, column: 74, scope: !9)
!123 = !DILocation(line: 32, column: 69, scope: !9)
!124 = !DILocation(line: 32, column: 77, scope: !9)
!125 = !DILocation(line: 32, column: 67, scope: !9)
!126 = !DILocation(line: 32, column: 46, scope: !9)
!127 = !DILocation(line: 32, column: 111, scope: !9)
!128 = !DILocation(line: 32, column: 116, scope: !9)
!129 = !DILocation(line: 32, column: 118, scope: !9)
!130 = !DILocation(line: 32, column: 115, scope: !9)
!131 = !DILocation(line: 32, column: 113, scope: !9)
!132 = !DILocation(line: 32, column: 95, scope: !9)
!133 = !DILocation(line: 32, column: 90, scope: !9)
!134 = !DILocation(line: 32, column: 98, scope: !9)
!135 = !DILocation(line: 32, column: 101, scope: !9)
!136 = !DILocation(line: 32, column: 86, scope: !9)
!137 = distinct !{!137, !126, !138, !28}
!138 = !DILocation(line: 32, column: 121, scope: !9)
!139 = !DILocation(line: 32, column: 42, scope: !9)
!140 = distinct !{!140, !118, !138, !28}
!141 = !DILocation(line: 33, column: 12, scope: !9)
!142 = !DILocation(line: 33, column: 36, scope: !9)
!143 = !DILocation(line: 33, column: 34, scope: !9)
!144 = !DILocation(line: 33, column: 30, scope: !9)
!145 = !DILocation(line: 33, column: 63, scope: !9)
!146 = !DILocation(line: 33, column: 67, scope: !9)
!147 = !DILocation(line: 33, column: 76, scope: !9)
!148 = !DILocation(line: 33, column: 80, scope: !9)
!149 = !DILocation(line: 33, column: 47, scope: !9)
!150 = !DILocation(line: 33, column: 44, scope: !9)
!151 = !DILocation(line: 33, column: 19, scope: !9)
!152 = distinct !{!152, !151, !153}
!153 = !DILocation(line: 33, column: 90, scope: !9)
!154 = !DILocation(line: 34, column: 30, scope: !9)
!155 = !DILocation(line: 34, column: 41, scope: !9)
!156 = !DILocation(line: 34, column: 15, scope: !9)
!157 = !DILocation(line: 35, column: 42, scope: !9)
!158 = !DILocation(line: 35, column: 59, scope: !9)
!159 = !DILocation(line: 35, column: 55, scope: !9)
!160 = !DILocation(line: 35, column: 5, scope: !9)
!161 = !DILocation(line: 36, column: 5, scope: !9)
!162 = distinct !DISubprogram(name: "vector", scope: !163, file: !163, line: 526, type: !11, scopeLine: 526, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!163 = !DIFile(filename: "/usr/include/c++/12/bits/stl_vector.h", directory: "")
!164 = !DILocation(line: 526, column: 7, scope: !162)
!165 = !DILocation(line: 526, column: 24, scope: !162)
!166 = distinct !DISubprogram(name: "push_back", scope: !163, file: !163, line: 1293, type: !11, scopeLine: 1294, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!167 = !DILocation(line: 1294, column: 32, scope: !166)
!168 = !{i64 4}
!169 = !DILocation(line: 1294, column: 9, scope: !166)
!170 = !DILocation(line: 1294, column: 39, scope: !166)
!171 = distinct !DISubprogram(name: "sort<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, (lambda at cxx_stl_lambda.cpp:13:35)>", scope: !172, file: !172, line: 4841, type: !11, scopeLine: 4843, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!172 = !DIFile(filename: "/usr/include/c++/12/bits/stl_algo.h", directory: "")
!173 = !DILocation(line: 4853, column: 19, scope: !171)
!174 = !DILocation(line: 4853, column: 28, scope: !171)
!175 = !DILocation(line: 4853, column: 36, scope: !171)
!176 = !DILocation(line: 4853, column: 7, scope: !171)
!177 = !DILocation(line: 4854, column: 5, scope: !171)
!178 = distinct !DISubprogram(name: "begin", scope: !163, file: !163, line: 868, type: !11, scopeLine: 869, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!179 = !DILocation(line: 869, column: 31, scope: !178)
!180 = !DILocation(line: 869, column: 39, scope: !178)
!181 = !DILocation(line: 869, column: 16, scope: !178)
!182 = !DILocation(line: 869, column: 9, scope: !178)
!183 = distinct !DISubprogram(name: "end", scope: !163, file: !163, line: 888, type: !11, scopeLine: 889, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!184 = !DILocation(line: 889, column: 31, scope: !183)
!185 = !DILocation(line: 889, column: 39, scope: !183)
!186 = !DILocation(line: 889, column: 16, scope: !183)
!187 = !DILocation(line: 889, column: 9, scope: !183)
!188 = distinct !DISubprogram(name: "operator!=<int *, std::vector<int, std::allocator<int> > >", scope: !189, file: !189, line: 1237, type: !11, scopeLine: 1240, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!189 = !DIFile(filename: "/usr/include/c++/12/bits/stl_iterator.h", directory: "")
!190 = !DILocation(line: 1240, column: 14, scope: !188)
!191 = !DILocation(line: 1240, column: 20, scope: !188)
!192 = !DILocation(line: 1240, column: 30, scope: !188)
!193 = !DILocation(line: 1240, column: 36, scope: !188)
!194 = !DILocation(line: 1240, column: 27, scope: !188)
!195 = !DILocation(line: 1240, column: 7, scope: !188)
!196 = distinct !DISubprogram(name: "operator*", scope: !189, file: !189, line: 1095, type: !11, scopeLine: 1096, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!197 = !DILocation(line: 1096, column: 17, scope: !196)
!198 = !DILocation(line: 1096, column: 9, scope: !196)
!199 = distinct !DISubprogram(name: "operator++", scope: !189, file: !189, line: 1105, type: !11, scopeLine: 1106, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!200 = !DILocation(line: 1107, column: 4, scope: !199)
!201 = !DILocation(line: 1107, column: 2, scope: !199)
!202 = !DILocation(line: 1108, column: 2, scope: !199)
!203 = distinct !DISubprogram(name: "front", scope: !163, file: !163, line: 1204, type: !11, scopeLine: 1205, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!204 = !DILocation(line: 1207, column: 10, scope: !203)
!205 = !DILocation(line: 1207, column: 9, scope: !203)
!206 = !DILocation(line: 1207, column: 2, scope: !203)
!207 = distinct !DISubprogram(name: "back", scope: !163, file: !163, line: 1228, type: !11, scopeLine: 1229, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!208 = !DILocation(line: 1231, column: 11, scope: !207)
!209 = !DILocation(line: 1231, column: 17, scope: !207)
!210 = !DILocation(line: 1231, column: 9, scope: !207)
!211 = !DILocation(line: 1231, column: 2, scope: !207)
!212 = distinct !DISubprogram(name: "size", scope: !163, file: !163, line: 987, type: !11, scopeLine: 988, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!213 = !DILocation(line: 988, column: 32, scope: !212)
!214 = !DILocation(line: 988, column: 40, scope: !212)
!215 = !DILocation(line: 988, column: 58, scope: !212)
!216 = !DILocation(line: 988, column: 66, scope: !212)
!217 = !DILocation(line: 988, column: 50, scope: !212)
!218 = !DILocation(line: 988, column: 9, scope: !212)
!219 = distinct !DISubprogram(name: "allocator", scope: !220, file: !220, line: 156, type: !11, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!220 = !DIFile(filename: "/usr/include/c++/12/bits/allocator.h", directory: "")
!221 = !DILocation(line: 156, column: 7, scope: !219)
!222 = !DILocation(line: 156, column: 38, scope: !219)
!223 = distinct !DISubprogram(name: "vector", scope: !163, file: !163, line: 551, type: !11, scopeLine: 553, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!224 = !DILocation(line: 552, column: 33, scope: !223)
!225 = !DILocation(line: 552, column: 38, scope: !223)
!226 = !DILocation(line: 552, column: 15, scope: !223)
!227 = !DILocation(line: 552, column: 44, scope: !223)
!228 = !DILocation(line: 552, column: 9, scope: !223)
!229 = !DILocation(line: 553, column: 31, scope: !223)
!230 = !DILocation(line: 553, column: 9, scope: !223)
!231 = !DILocation(line: 553, column: 37, scope: !223)
!232 = distinct !DISubprogram(name: "~allocator", scope: !220, file: !220, line: 174, type: !11, scopeLine: 174, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!233 = !DILocation(line: 174, column: 39, scope: !232)
!234 = distinct !DISubprogram(name: "transform<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, (lambda at cxx_stl_lambda.cpp:17:17)>", scope: !172, file: !172, line: 4252, type: !11, scopeLine: 4254, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!235 = !DILocation(line: 4262, column: 7, scope: !234)
!236 = !DILocation(line: 4262, column: 22, scope: !234)
!237 = !DILocation(line: 4263, column: 25, scope: !234)
!238 = !DILocation(line: 4263, column: 14, scope: !234)
!239 = !DILocation(line: 4263, column: 2, scope: !234)
!240 = !DILocation(line: 4263, column: 12, scope: !234)
!241 = !DILocation(line: 4262, column: 33, scope: !234)
!242 = !DILocation(line: 4262, column: 50, scope: !234)
!243 = distinct !{!243, !235, !244, !28}
!244 = !DILocation(line: 4263, column: 33, scope: !234)
!245 = !DILocation(line: 4264, column: 14, scope: !234)
!246 = !DILocation(line: 4264, column: 7, scope: !234)
!247 = distinct !DISubprogram(name: "operator()", scope: !10, file: !10, line: 18, type: !11, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!248 = !DILocation(line: 18, column: 49, scope: !247)
!249 = !DILocation(line: 18, column: 47, scope: !247)
!250 = !DILocation(line: 18, column: 40, scope: !247)
!251 = distinct !DISubprogram(name: "accumulate<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, long long>", scope: !252, file: !252, line: 134, type: !11, scopeLine: 135, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!252 = !DIFile(filename: "/usr/include/c++/12/bits/stl_numeric.h", directory: "")
!253 = !DILocation(line: 140, column: 7, scope: !251)
!254 = !DILocation(line: 140, column: 22, scope: !251)
!255 = !DILocation(line: 141, column: 31, scope: !251)
!256 = !DILocation(line: 141, column: 41, scope: !251)
!257 = !DILocation(line: 141, column: 39, scope: !251)
!258 = !DILocation(line: 141, column: 9, scope: !251)
!259 = !DILocation(line: 141, column: 2, scope: !251)
!260 = !DILocation(line: 140, column: 33, scope: !251)
!261 = distinct !{!261, !253, !262, !28}
!262 = !DILocation(line: 141, column: 42, scope: !251)
!263 = !DILocation(line: 142, column: 14, scope: !251)
!264 = !DILocation(line: 142, column: 7, scope: !251)
!265 = distinct !DISubprogram(name: "map", scope: !266, file: !266, line: 195, type: !11, scopeLine: 195, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!266 = !DIFile(filename: "/usr/include/c++/12/bits/stl_map.h", directory: "")
!267 = !DILocation(line: 195, column: 7, scope: !265)
!268 = !DILocation(line: 195, column: 21, scope: !265)
!269 = distinct !DISubprogram(name: "basic_string<std::allocator<char> >", scope: !270, file: !270, line: 634, type: !11, scopeLine: 636, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!270 = !DIFile(filename: "/usr/include/c++/12/bits/basic_string.h", directory: "")
!271 = !DILocation(line: 635, column: 9, scope: !269)
!272 = !DILocation(line: 635, column: 21, scope: !269)
!273 = !DILocation(line: 635, column: 38, scope: !269)
!274 = !DILocation(line: 638, column: 6, scope: !269)
!275 = !DILocation(line: 638, column: 10, scope: !269)
!276 = !DILocation(line: 639, column: 4, scope: !269)
!277 = !DILocation(line: 643, column: 7, scope: !269)
!278 = !DILocation(line: 641, column: 24, scope: !269)
!279 = !DILocation(line: 641, column: 50, scope: !269)
!280 = !DILocation(line: 641, column: 30, scope: !269)
!281 = !DILocation(line: 641, column: 28, scope: !269)
!282 = !DILocation(line: 641, column: 16, scope: !269)
!283 = !DILocation(line: 642, column: 15, scope: !269)
!284 = !DILocation(line: 642, column: 20, scope: !269)
!285 = !DILocation(line: 642, column: 2, scope: !269)
!286 = distinct !DISubprogram(name: "operator[]", scope: !266, file: !266, line: 522, type: !11, scopeLine: 523, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!287 = !DILocation(line: 527, column: 29, scope: !286)
!288 = !DILocation(line: 527, column: 17, scope: !286)
!289 = !DILocation(line: 529, column: 13, scope: !286)
!290 = !DILocation(line: 529, column: 10, scope: !286)
!291 = !DILocation(line: 529, column: 19, scope: !286)
!292 = !DILocation(line: 529, column: 22, scope: !286)
!293 = !DILocation(line: 529, column: 33, scope: !286)
!294 = !DILocation(line: 529, column: 39, scope: !286)
!295 = !DILocation(line: 529, column: 45, scope: !286)
!296 = !DILocation(line: 529, column: 6, scope: !286)
!297 = !DILocation(line: 530, column: 10, scope: !286)
!298 = !DILocation(line: 530, column: 38, scope: !286)
!299 = !DILocation(line: 531, column: 38, scope: !286)
!300 = !DILocation(line: 531, column: 6, scope: !286)
!301 = !DILocation(line: 530, column: 15, scope: !286)
!302 = !DILocation(line: 530, column: 8, scope: !286)
!303 = !DILocation(line: 530, column: 4, scope: !286)
!304 = !DILocation(line: 533, column: 10, scope: !286)
!305 = !DILocation(line: 533, column: 16, scope: !286)
!306 = !DILocation(line: 533, column: 2, scope: !286)
!307 = distinct !DISubprogram(name: "begin", scope: !266, file: !266, line: 366, type: !11, scopeLine: 367, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!308 = !DILocation(line: 367, column: 16, scope: !307)
!309 = !DILocation(line: 367, column: 21, scope: !307)
!310 = !DILocation(line: 367, column: 9, scope: !307)
!311 = distinct !DISubprogram(name: "end", scope: !266, file: !266, line: 384, type: !11, scopeLine: 385, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!312 = !DILocation(line: 385, column: 16, scope: !311)
!313 = !DILocation(line: 385, column: 21, scope: !311)
!314 = !DILocation(line: 385, column: 9, scope: !311)
!315 = distinct !DISubprogram(name: "operator!=", scope: !316, file: !316, line: 320, type: !11, scopeLine: 321, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!316 = !DIFile(filename: "/usr/include/c++/12/bits/stl_tree.h", directory: "")
!317 = !DILocation(line: 321, column: 16, scope: !315)
!318 = !DILocation(line: 321, column: 20, scope: !315)
!319 = !DILocation(line: 321, column: 31, scope: !315)
!320 = !DILocation(line: 321, column: 35, scope: !315)
!321 = !DILocation(line: 321, column: 28, scope: !315)
!322 = !DILocation(line: 321, column: 9, scope: !315)
!323 = distinct !DISubprogram(name: "operator*", scope: !316, file: !316, line: 277, type: !11, scopeLine: 278, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!324 = !DILocation(line: 278, column: 41, scope: !323)
!325 = !DILocation(line: 278, column: 51, scope: !323)
!326 = !DILocation(line: 278, column: 9, scope: !323)
!327 = distinct !DISubprogram(name: "operator++", scope: !316, file: !316, line: 285, type: !11, scopeLine: 286, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!328 = !DILocation(line: 287, column: 31, scope: !327)
!329 = !DILocation(line: 287, column: 12, scope: !327)
!330 = !DILocation(line: 287, column: 2, scope: !327)
!331 = !DILocation(line: 287, column: 10, scope: !327)
!332 = !DILocation(line: 288, column: 2, scope: !327)
!333 = distinct !DISubprogram(name: "function<(lambda at cxx_stl_lambda.cpp:29:37), void>", scope: !334, file: !334, line: 435, type: !11, scopeLine: 438, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!334 = !DIFile(filename: "/usr/include/c++/12/bits/std_function.h", directory: "")
!335 = !DILocation(line: 437, column: 4, scope: !333)
!336 = !DILocation(line: 668, column: 21, scope: !333)
!337 = !DILocation(line: 447, column: 43, scope: !333)
!338 = !DILocation(line: 447, column: 8, scope: !333)
!339 = !DILocation(line: 449, column: 37, scope: !333)
!340 = !DILocation(line: 450, column: 32, scope: !333)
!341 = !DILocation(line: 449, column: 8, scope: !333)
!342 = !DILocation(line: 451, column: 8, scope: !333)
!343 = !DILocation(line: 451, column: 19, scope: !333)
!344 = !DILocation(line: 452, column: 8, scope: !333)
!345 = !DILocation(line: 452, column: 19, scope: !333)
!346 = !DILocation(line: 453, column: 6, scope: !333)
!347 = !DILocation(line: 454, column: 2, scope: !333)
!348 = distinct !DISubprogram(name: "operator()", scope: !334, file: !334, line: 587, type: !11, scopeLine: 588, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!349 = !DILocation(line: 589, column: 6, scope: !348)
!350 = !DILocation(line: 590, column: 4, scope: !348)
!351 = !DILocation(line: 591, column: 9, scope: !348)
!352 = !DILocation(line: 591, column: 20, scope: !348)
!353 = !DILocation(line: 591, column: 2, scope: !348)
!354 = distinct !DISubprogram(name: "allocator", scope: !220, file: !220, line: 156, type: !11, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!355 = !DILocation(line: 156, column: 7, scope: !354)
!356 = !DILocation(line: 156, column: 38, scope: !354)
!357 = distinct !DISubprogram(name: "vector", scope: !163, file: !163, line: 551, type: !11, scopeLine: 553, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!358 = !DILocation(line: 552, column: 33, scope: !357)
!359 = !DILocation(line: 552, column: 38, scope: !357)
!360 = !DILocation(line: 552, column: 15, scope: !357)
!361 = !DILocation(line: 552, column: 44, scope: !357)
!362 = !DILocation(line: 552, column: 9, scope: !357)
!363 = !DILocation(line: 553, column: 31, scope: !357)
!364 = !DILocation(line: 553, column: 9, scope: !357)
!365 = !DILocation(line: 553, column: 37, scope: !357)
!366 = distinct !DISubprogram(name: "allocator", scope: !220, file: !220, line: 156, type: !11, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!367 = !DILocation(line: 156, column: 7, scope: !366)
!368 = !DILocation(line: 156, column: 38, scope: !366)
!369 = distinct !DISubprogram(name: "vector", scope: !163, file: !163, line: 564, type: !11, scopeLine: 567, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!370 = !DILocation(line: 566, column: 33, scope: !369)
!371 = !DILocation(line: 566, column: 38, scope: !369)
!372 = !DILocation(line: 566, column: 15, scope: !369)
!373 = !DILocation(line: 566, column: 44, scope: !369)
!374 = !DILocation(line: 566, column: 9, scope: !369)
!375 = !DILocation(line: 567, column: 28, scope: !369)
!376 = !DILocation(line: 567, column: 33, scope: !369)
!377 = !DILocation(line: 567, column: 9, scope: !369)
!378 = !DILocation(line: 567, column: 43, scope: !369)
!379 = distinct !DISubprogram(name: "~allocator", scope: !220, file: !220, line: 174, type: !11, scopeLine: 174, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!380 = !DILocation(line: 174, column: 39, scope: !379)
!381 = distinct !DISubprogram(name: "~vector", scope: !163, file: !163, line: 728, type: !11, scopeLine: 729, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!382 = !DILocation(line: 730, column: 22, scope: !381)
!383 = !DILocation(line: 730, column: 30, scope: !381)
!384 = !DILocation(line: 730, column: 46, scope: !381)
!385 = !DILocation(line: 730, column: 54, scope: !381)
!386 = !DILocation(line: 731, column: 9, scope: !381)
!387 = !DILocation(line: 730, column: 2, scope: !381)
!388 = !DILocation(line: 733, column: 7, scope: !381)
!389 = distinct !DISubprogram(name: "~allocator", scope: !220, file: !220, line: 174, type: !11, scopeLine: 174, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!390 = !DILocation(line: 174, column: 39, scope: !389)
!391 = distinct !DISubprogram(name: "size", scope: !163, file: !163, line: 987, type: !11, scopeLine: 988, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!392 = !DILocation(line: 988, column: 32, scope: !391)
!393 = !DILocation(line: 988, column: 40, scope: !391)
!394 = !DILocation(line: 988, column: 58, scope: !391)
!395 = !DILocation(line: 988, column: 66, scope: !391)
!396 = !DILocation(line: 988, column: 50, scope: !391)
!397 = !DILocation(line: 988, column: 9, scope: !391)
!398 = distinct !DISubprogram(name: "operator[]", scope: !163, file: !163, line: 1121, type: !11, scopeLine: 1122, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!399 = !DILocation(line: 1124, column: 17, scope: !398)
!400 = !DILocation(line: 1124, column: 25, scope: !398)
!401 = !DILocation(line: 1124, column: 36, scope: !398)
!402 = !DILocation(line: 1124, column: 9, scope: !398)
!403 = !DILocation(line: 1124, column: 2, scope: !398)
!404 = distinct !DISubprogram(name: "size", scope: !163, file: !163, line: 987, type: !11, scopeLine: 988, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!405 = !DILocation(line: 988, column: 32, scope: !404)
!406 = !DILocation(line: 988, column: 40, scope: !404)
!407 = !DILocation(line: 988, column: 58, scope: !404)
!408 = !DILocation(line: 988, column: 66, scope: !404)
!409 = !DILocation(line: 988, column: 50, scope: !404)
!410 = !DILocation(line: 988, column: 9, scope: !404)
!411 = distinct !DISubprogram(name: "operator[]", scope: !163, file: !163, line: 1121, type: !11, scopeLine: 1122, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!412 = !DILocation(line: 1124, column: 17, scope: !411)
!413 = !DILocation(line: 1124, column: 25, scope: !411)
!414 = !DILocation(line: 1124, column: 36, scope: !411)
!415 = !DILocation(line: 1124, column: 9, scope: !411)
!416 = !DILocation(line: 1124, column: 2, scope: !411)
!417 = distinct !DISubprogram(name: "begin", scope: !163, file: !163, line: 868, type: !11, scopeLine: 869, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!418 = !DILocation(line: 869, column: 31, scope: !417)
!419 = !DILocation(line: 869, column: 39, scope: !417)
!420 = !DILocation(line: 869, column: 16, scope: !417)
!421 = !DILocation(line: 869, column: 9, scope: !417)
!422 = distinct !DISubprogram(name: "end", scope: !163, file: !163, line: 888, type: !11, scopeLine: 889, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!423 = !DILocation(line: 889, column: 31, scope: !422)
!424 = !DILocation(line: 889, column: 39, scope: !422)
!425 = !DILocation(line: 889, column: 16, scope: !422)
!426 = !DILocation(line: 889, column: 9, scope: !422)
!427 = distinct !DISubprogram(name: "operator!=<std::vector<double, std::allocator<double> > *, std::vector<std::vector<double, std::allocator<double> >, std::allocator<std::vector<double, std::allocator<double> > > > >", scope: !189, file: !189, line: 1237, type: !11, scopeLine: 1240, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!428 = !DILocation(line: 1240, column: 14, scope: !427)
!429 = !DILocation(line: 1240, column: 20, scope: !427)
!430 = !DILocation(line: 1240, column: 30, scope: !427)
!431 = !DILocation(line: 1240, column: 36, scope: !427)
!432 = !DILocation(line: 1240, column: 27, scope: !427)
!433 = !DILocation(line: 1240, column: 7, scope: !427)
!434 = distinct !DISubprogram(name: "operator*", scope: !189, file: !189, line: 1095, type: !11, scopeLine: 1096, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!435 = !DILocation(line: 1096, column: 17, scope: !434)
!436 = !DILocation(line: 1096, column: 9, scope: !434)
!437 = distinct !DISubprogram(name: "accumulate<__gnu_cxx::__normal_iterator<double *, std::vector<double, std::allocator<double> > >, double>", scope: !252, file: !252, line: 134, type: !11, scopeLine: 135, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!438 = !DILocation(line: 140, column: 7, scope: !437)
!439 = !DILocation(line: 140, column: 22, scope: !437)
!440 = !DILocation(line: 141, column: 31, scope: !437)
!441 = !DILocation(line: 141, column: 41, scope: !437)
!442 = !DILocation(line: 141, column: 39, scope: !437)
!443 = !DILocation(line: 141, column: 9, scope: !437)
!444 = !DILocation(line: 141, column: 2, scope: !437)
!445 = !DILocation(line: 140, column: 33, scope: !437)
!446 = distinct !{!446, !438, !447, !28}
!447 = !DILocation(line: 141, column: 42, scope: !437)
!448 = !DILocation(line: 142, column: 14, scope: !437)
!449 = !DILocation(line: 142, column: 7, scope: !437)
!450 = distinct !DISubprogram(name: "begin", scope: !163, file: !163, line: 868, type: !11, scopeLine: 869, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!451 = !DILocation(line: 869, column: 31, scope: !450)
!452 = !DILocation(line: 869, column: 39, scope: !450)
!453 = !DILocation(line: 869, column: 16, scope: !450)
!454 = !DILocation(line: 869, column: 9, scope: !450)
!455 = distinct !DISubprogram(name: "end", scope: !163, file: !163, line: 888, type: !11, scopeLine: 889, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!456 = !DILocation(line: 889, column: 31, scope: !455)
!457 = !DILocation(line: 889, column: 39, scope: !455)
!458 = !DILocation(line: 889, column: 16, scope: !455)
!459 = !DILocation(line: 889, column: 9, scope: !455)
!460 = distinct !DISubprogram(name: "operator++", scope: !189, file: !189, line: 1105, type: !11, scopeLine: 1106, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!461 = !DILocation(line: 1107, column: 4, scope: !460)
!462 = !DILocation(line: 1107, column: 2, scope: !460)
!463 = !DILocation(line: 1108, column: 2, scope: !460)
!464 = distinct !DISubprogram(name: "find_if<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, (lambda at cxx_stl_lambda.cpp:34:48)>", scope: !172, file: !172, line: 3868, type: !11, scopeLine: 3870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!465 = !DILocation(line: 3877, column: 29, scope: !464)
!466 = !DILocation(line: 3877, column: 38, scope: !464)
!467 = !DILocation(line: 3878, column: 8, scope: !464)
!468 = !DILocation(line: 3877, column: 14, scope: !464)
!469 = !DILocation(line: 3877, column: 7, scope: !464)
!470 = distinct !DISubprogram(name: "operator-<int *, std::vector<int, std::allocator<int> > >", scope: !189, file: !189, line: 1330, type: !11, scopeLine: 1333, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!471 = !DILocation(line: 1333, column: 14, scope: !470)
!472 = !DILocation(line: 1333, column: 20, scope: !470)
!473 = !DILocation(line: 1333, column: 29, scope: !470)
!474 = !DILocation(line: 1333, column: 35, scope: !470)
!475 = !DILocation(line: 1333, column: 27, scope: !470)
!476 = !DILocation(line: 1333, column: 7, scope: !470)
!477 = distinct !DISubprogram(name: "~vector", scope: !163, file: !163, line: 728, type: !11, scopeLine: 729, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!478 = !DILocation(line: 730, column: 22, scope: !477)
!479 = !DILocation(line: 730, column: 30, scope: !477)
!480 = !DILocation(line: 730, column: 46, scope: !477)
!481 = !DILocation(line: 730, column: 54, scope: !477)
!482 = !DILocation(line: 731, column: 9, scope: !477)
!483 = !DILocation(line: 730, column: 2, scope: !477)
!484 = !DILocation(line: 733, column: 7, scope: !477)
!485 = distinct !DISubprogram(name: "~function", scope: !334, file: !334, line: 111, type: !11, scopeLine: 111, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!486 = !DILocation(line: 111, column: 11, scope: !485)
!487 = distinct !DISubprogram(name: "~map", scope: !266, file: !266, line: 312, type: !11, scopeLine: 312, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!488 = !DILocation(line: 312, column: 22, scope: !487)
!489 = distinct !DISubprogram(name: "~vector", scope: !163, file: !163, line: 728, type: !11, scopeLine: 729, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!490 = !DILocation(line: 730, column: 22, scope: !489)
!491 = !DILocation(line: 730, column: 30, scope: !489)
!492 = !DILocation(line: 730, column: 46, scope: !489)
!493 = !DILocation(line: 730, column: 54, scope: !489)
!494 = !DILocation(line: 731, column: 9, scope: !489)
!495 = !DILocation(line: 730, column: 2, scope: !489)
!496 = !DILocation(line: 733, column: 7, scope: !489)
!497 = distinct !DISubprogram(name: "_Vector_base", scope: !163, file: !163, line: 312, type: !11, scopeLine: 312, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!498 = !DILocation(line: 312, column: 7, scope: !497)
!499 = !DILocation(line: 312, column: 30, scope: !497)
!500 = distinct !DISubprogram(name: "_Vector_impl", scope: !163, file: !163, line: 137, type: !11, scopeLine: 140, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!501 = !DILocation(line: 139, column: 4, scope: !500)
!502 = !DILocation(line: 137, column: 2, scope: !500)
!503 = !DILocation(line: 140, column: 4, scope: !500)
!504 = distinct !DISubprogram(name: "_Vector_impl_data", scope: !163, file: !163, line: 99, type: !11, scopeLine: 101, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!505 = !DILocation(line: 100, column: 4, scope: !504)
!506 = !DILocation(line: 100, column: 16, scope: !504)
!507 = !DILocation(line: 100, column: 29, scope: !504)
!508 = !DILocation(line: 101, column: 4, scope: !504)
!509 = distinct !DISubprogram(name: "__new_allocator", scope: !510, file: !510, line: 80, type: !11, scopeLine: 80, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!510 = !DIFile(filename: "/usr/include/c++/12/bits/new_allocator.h", directory: "")
!511 = !DILocation(line: 80, column: 49, scope: !509)
!512 = distinct !DISubprogram(name: "_Rb_tree", scope: !316, file: !316, line: 928, type: !11, scopeLine: 928, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!513 = !DILocation(line: 928, column: 7, scope: !512)
!514 = !DILocation(line: 928, column: 26, scope: !512)
!515 = distinct !DISubprogram(name: "_Rb_tree_impl", scope: !316, file: !316, line: 667, type: !11, scopeLine: 672, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!516 = !DILocation(line: 671, column: 6, scope: !515)
!517 = !DILocation(line: 667, column: 4, scope: !515)
!518 = !DILocation(line: 672, column: 4, scope: !515)
!519 = !DILocation(line: 672, column: 6, scope: !515)
!520 = distinct !DISubprogram(name: "allocator", scope: !220, file: !220, line: 156, type: !11, scopeLine: 156, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!521 = !DILocation(line: 156, column: 7, scope: !520)
!522 = !DILocation(line: 156, column: 38, scope: !520)
!523 = distinct !DISubprogram(name: "_Rb_tree_key_compare", scope: !316, file: !316, line: 146, type: !11, scopeLine: 150, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!524 = !DILocation(line: 150, column: 9, scope: !523)
!525 = distinct !DISubprogram(name: "_Rb_tree_header", scope: !316, file: !316, line: 173, type: !11, scopeLine: 174, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!526 = !DILocation(line: 173, column: 5, scope: !525)
!527 = !DILocation(line: 175, column: 7, scope: !525)
!528 = !DILocation(line: 175, column: 17, scope: !525)
!529 = !DILocation(line: 175, column: 26, scope: !525)
!530 = !DILocation(line: 176, column: 7, scope: !525)
!531 = !DILocation(line: 177, column: 5, scope: !525)
!532 = distinct !DISubprogram(name: "__new_allocator", scope: !510, file: !510, line: 80, type: !11, scopeLine: 80, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!533 = !DILocation(line: 80, column: 49, scope: !532)
!534 = distinct !DISubprogram(name: "_M_reset", scope: !316, file: !316, line: 206, type: !11, scopeLine: 207, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!535 = !DILocation(line: 208, column: 7, scope: !534)
!536 = !DILocation(line: 208, column: 17, scope: !534)
!537 = !DILocation(line: 208, column: 27, scope: !534)
!538 = !DILocation(line: 209, column: 28, scope: !534)
!539 = !DILocation(line: 209, column: 7, scope: !534)
!540 = !DILocation(line: 209, column: 17, scope: !534)
!541 = !DILocation(line: 209, column: 25, scope: !534)
!542 = !DILocation(line: 210, column: 29, scope: !534)
!543 = !DILocation(line: 210, column: 7, scope: !534)
!544 = !DILocation(line: 210, column: 17, scope: !534)
!545 = !DILocation(line: 210, column: 26, scope: !534)
!546 = !DILocation(line: 211, column: 7, scope: !534)
!547 = !DILocation(line: 211, column: 21, scope: !534)
!548 = !DILocation(line: 212, column: 5, scope: !534)
!549 = distinct !DISubprogram(name: "~_Function_base", scope: !334, file: !334, line: 241, type: !11, scopeLine: 242, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!550 = !DILocation(line: 243, column: 11, scope: !549)
!551 = !DILocation(line: 244, column: 2, scope: !549)
!552 = !DILocation(line: 244, column: 13, scope: !549)
!553 = !DILocation(line: 244, column: 25, scope: !549)
!554 = !DILocation(line: 245, column: 5, scope: !549)
!555 = distinct !DISubprogram(name: "~_Rb_tree", scope: !316, file: !316, line: 983, type: !11, scopeLine: 984, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!556 = !DILocation(line: 984, column: 18, scope: !555)
!557 = !DILocation(line: 984, column: 9, scope: !555)
!558 = !DILocation(line: 984, column: 31, scope: !555)
!559 = distinct !DISubprogram(name: "_M_erase", scope: !316, file: !316, line: 1930, type: !11, scopeLine: 1931, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!560 = !DILocation(line: 1933, column: 7, scope: !559)
!561 = !DILocation(line: 1933, column: 14, scope: !559)
!562 = !DILocation(line: 1933, column: 18, scope: !559)
!563 = !DILocation(line: 1935, column: 22, scope: !559)
!564 = !DILocation(line: 1935, column: 13, scope: !559)
!565 = !DILocation(line: 1935, column: 4, scope: !559)
!566 = !DILocation(line: 1936, column: 29, scope: !559)
!567 = !DILocation(line: 1936, column: 21, scope: !559)
!568 = !DILocation(line: 1936, column: 15, scope: !559)
!569 = !DILocation(line: 1937, column: 17, scope: !559)
!570 = !DILocation(line: 1937, column: 4, scope: !559)
!571 = !DILocation(line: 1938, column: 10, scope: !559)
!572 = !DILocation(line: 1938, column: 8, scope: !559)
!573 = distinct !{!573, !560, !574, !28}
!574 = !DILocation(line: 1939, column: 2, scope: !559)
!575 = !DILocation(line: 1940, column: 5, scope: !559)
!576 = distinct !DISubprogram(name: "_M_begin", scope: !316, file: !316, line: 738, type: !11, scopeLine: 739, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!577 = !DILocation(line: 739, column: 16, scope: !576)
!578 = !DILocation(line: 739, column: 9, scope: !576)
!579 = distinct !DISubprogram(name: "~_Rb_tree_impl", scope: !316, file: !316, line: 660, type: !11, scopeLine: 660, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!580 = !DILocation(line: 660, column: 9, scope: !579)
!581 = distinct !DISubprogram(name: "_S_right", scope: !316, file: !316, line: 787, type: !11, scopeLine: 788, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!582 = !DILocation(line: 788, column: 40, scope: !581)
!583 = !DILocation(line: 788, column: 45, scope: !581)
!584 = !DILocation(line: 788, column: 9, scope: !581)
!585 = distinct !DISubprogram(name: "_S_left", scope: !316, file: !316, line: 779, type: !11, scopeLine: 780, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!586 = !DILocation(line: 780, column: 40, scope: !585)
!587 = !DILocation(line: 780, column: 45, scope: !585)
!588 = !DILocation(line: 780, column: 9, scope: !585)
!589 = distinct !DISubprogram(name: "_M_drop_node", scope: !316, file: !316, line: 629, type: !11, scopeLine: 630, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!590 = !DILocation(line: 631, column: 18, scope: !589)
!591 = !DILocation(line: 631, column: 2, scope: !589)
!592 = !DILocation(line: 632, column: 14, scope: !589)
!593 = !DILocation(line: 632, column: 2, scope: !589)
!594 = !DILocation(line: 633, column: 7, scope: !589)
!595 = distinct !DISubprogram(name: "_M_destroy_node", scope: !316, file: !316, line: 618, type: !11, scopeLine: 619, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!596 = !DILocation(line: 623, column: 25, scope: !595)
!597 = !DILocation(line: 623, column: 50, scope: !595)
!598 = !DILocation(line: 623, column: 55, scope: !595)
!599 = !DILocation(line: 623, column: 2, scope: !595)
!600 = !DILocation(line: 624, column: 2, scope: !595)
!601 = !DILocation(line: 626, column: 7, scope: !595)
!602 = distinct !DISubprogram(name: "_M_put_node", scope: !316, file: !316, line: 564, type: !11, scopeLine: 565, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!603 = !DILocation(line: 565, column: 35, scope: !602)
!604 = !DILocation(line: 565, column: 60, scope: !602)
!605 = !DILocation(line: 565, column: 9, scope: !602)
!606 = !DILocation(line: 565, column: 69, scope: !602)
!607 = distinct !DISubprogram(name: "destroy<std::pair<const std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >, int> >", scope: !608, file: !608, line: 531, type: !11, scopeLine: 533, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!608 = !DIFile(filename: "/usr/include/c++/12/bits/alloc_traits.h", directory: "")
!609 = !DILocation(line: 535, column: 4, scope: !607)
!610 = !DILocation(line: 535, column: 16, scope: !607)
!611 = !DILocation(line: 535, column: 8, scope: !607)
!612 = !DILocation(line: 539, column: 2, scope: !607)
!613 = distinct !DISubprogram(name: "_M_get_Node_allocator", scope: !316, file: !316, line: 547, type: !11, scopeLine: 548, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!614 = !DILocation(line: 548, column: 22, scope: !613)
!615 = !DILocation(line: 548, column: 9, scope: !613)
!616 = distinct !DISubprogram(name: "_M_valptr", scope: !316, file: !316, line: 234, type: !11, scopeLine: 235, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!617 = !DILocation(line: 235, column: 16, scope: !616)
!618 = !DILocation(line: 235, column: 27, scope: !616)
!619 = !DILocation(line: 235, column: 9, scope: !616)
!620 = distinct !DISubprogram(name: "destroy<std::pair<const std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >, int> >", scope: !510, file: !510, line: 179, type: !11, scopeLine: 181, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!621 = !DILocation(line: 181, column: 4, scope: !620)
!622 = !DILocation(line: 181, column: 10, scope: !620)
!623 = !DILocation(line: 181, column: 17, scope: !620)
!624 = distinct !DISubprogram(name: "~pair", scope: !189, file: !189, line: 2593, type: !11, scopeLine: 2593, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!625 = !DILocation(line: 2593, column: 12, scope: !624)
!626 = distinct !DISubprogram(name: "_M_ptr", scope: !627, file: !627, line: 72, type: !11, scopeLine: 73, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!627 = !DIFile(filename: "/usr/include/c++/12/ext/aligned_buffer.h", directory: "")
!628 = !DILocation(line: 73, column: 34, scope: !626)
!629 = !DILocation(line: 73, column: 9, scope: !626)
!630 = distinct !DISubprogram(name: "_M_addr", scope: !627, file: !627, line: 64, type: !11, scopeLine: 65, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!631 = !DILocation(line: 65, column: 36, scope: !630)
!632 = !DILocation(line: 65, column: 9, scope: !630)
!633 = distinct !DISubprogram(name: "deallocate", scope: !608, file: !608, line: 495, type: !11, scopeLine: 496, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!634 = !DILocation(line: 496, column: 9, scope: !633)
!635 = !DILocation(line: 496, column: 24, scope: !633)
!636 = !DILocation(line: 496, column: 29, scope: !633)
!637 = !DILocation(line: 496, column: 13, scope: !633)
!638 = !DILocation(line: 496, column: 35, scope: !633)
!639 = distinct !DISubprogram(name: "deallocate", scope: !510, file: !510, line: 142, type: !11, scopeLine: 143, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!640 = !DILocation(line: 158, column: 50, scope: !639)
!641 = !DILocation(line: 158, column: 55, scope: !639)
!642 = !DILocation(line: 158, column: 27, scope: !639)
!643 = !DILocation(line: 158, column: 2, scope: !639)
!644 = !DILocation(line: 159, column: 7, scope: !639)
!645 = distinct !DISubprogram(name: "_M_mbegin", scope: !316, file: !316, line: 734, type: !11, scopeLine: 735, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!646 = !DILocation(line: 735, column: 46, scope: !645)
!647 = !DILocation(line: 735, column: 40, scope: !645)
!648 = !DILocation(line: 735, column: 54, scope: !645)
!649 = !DILocation(line: 735, column: 64, scope: !645)
!650 = !DILocation(line: 735, column: 9, scope: !645)
!651 = distinct !DISubprogram(name: "~allocator", scope: !220, file: !220, line: 174, type: !11, scopeLine: 174, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!652 = !DILocation(line: 174, column: 39, scope: !651)
!653 = distinct !DISubprogram(name: "~__new_allocator", scope: !510, file: !510, line: 90, type: !11, scopeLine: 90, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!654 = !DILocation(line: 90, column: 50, scope: !653)
!655 = distinct !DISubprogram(name: "~__new_allocator", scope: !510, file: !510, line: 90, type: !11, scopeLine: 90, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!656 = !DILocation(line: 90, column: 50, scope: !655)
!657 = distinct !DISubprogram(name: "_Destroy<int *, int>", scope: !608, file: !608, line: 847, type: !11, scopeLine: 849, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!658 = !DILocation(line: 850, column: 16, scope: !657)
!659 = !DILocation(line: 850, column: 25, scope: !657)
!660 = !DILocation(line: 850, column: 7, scope: !657)
!661 = !DILocation(line: 851, column: 5, scope: !657)
!662 = distinct !DISubprogram(name: "_M_get_Tp_allocator", scope: !163, file: !163, line: 298, type: !11, scopeLine: 299, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!663 = !DILocation(line: 299, column: 22, scope: !662)
!664 = !DILocation(line: 299, column: 9, scope: !662)
!665 = distinct !DISubprogram(name: "~_Vector_base", scope: !163, file: !163, line: 364, type: !11, scopeLine: 365, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!666 = !DILocation(line: 366, column: 16, scope: !665)
!667 = !DILocation(line: 366, column: 24, scope: !665)
!668 = !DILocation(line: 367, column: 9, scope: !665)
!669 = !DILocation(line: 367, column: 17, scope: !665)
!670 = !DILocation(line: 367, column: 37, scope: !665)
!671 = !DILocation(line: 367, column: 45, scope: !665)
!672 = !DILocation(line: 367, column: 35, scope: !665)
!673 = !DILocation(line: 366, column: 2, scope: !665)
!674 = !DILocation(line: 368, column: 7, scope: !665)
!675 = distinct !DISubprogram(name: "_Destroy<int *>", scope: !676, file: !676, line: 182, type: !11, scopeLine: 183, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!676 = !DIFile(filename: "/usr/include/c++/12/bits/stl_construct.h", directory: "")
!677 = !DILocation(line: 196, column: 12, scope: !675)
!678 = !DILocation(line: 196, column: 21, scope: !675)
!679 = !DILocation(line: 195, column: 7, scope: !675)
!680 = !DILocation(line: 197, column: 5, scope: !675)
!681 = distinct !DISubprogram(name: "__destroy<int *>", scope: !676, file: !676, line: 172, type: !11, scopeLine: 172, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!682 = !DILocation(line: 172, column: 57, scope: !681)
!683 = distinct !DISubprogram(name: "_M_deallocate", scope: !163, file: !163, line: 383, type: !11, scopeLine: 384, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!684 = !DILocation(line: 386, column: 6, scope: !683)
!685 = !DILocation(line: 387, column: 20, scope: !683)
!686 = !DILocation(line: 387, column: 29, scope: !683)
!687 = !DILocation(line: 387, column: 34, scope: !683)
!688 = !DILocation(line: 387, column: 4, scope: !683)
!689 = !DILocation(line: 388, column: 7, scope: !683)
!690 = distinct !DISubprogram(name: "~_Vector_impl", scope: !163, file: !163, line: 133, type: !11, scopeLine: 133, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!691 = !DILocation(line: 133, column: 14, scope: !690)
!692 = distinct !DISubprogram(name: "deallocate", scope: !608, file: !608, line: 495, type: !11, scopeLine: 496, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!693 = !DILocation(line: 496, column: 9, scope: !692)
!694 = !DILocation(line: 496, column: 24, scope: !692)
!695 = !DILocation(line: 496, column: 29, scope: !692)
!696 = !DILocation(line: 496, column: 13, scope: !692)
!697 = !DILocation(line: 496, column: 35, scope: !692)
!698 = distinct !DISubprogram(name: "deallocate", scope: !510, file: !510, line: 142, type: !11, scopeLine: 143, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!699 = !DILocation(line: 158, column: 50, scope: !698)
!700 = !DILocation(line: 158, column: 55, scope: !698)
!701 = !DILocation(line: 158, column: 27, scope: !698)
!702 = !DILocation(line: 158, column: 2, scope: !698)
!703 = !DILocation(line: 159, column: 7, scope: !698)
!704 = distinct !DISubprogram(name: "emplace_back<int>", scope: !705, file: !705, line: 112, type: !11, scopeLine: 113, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!705 = !DIFile(filename: "/usr/include/c++/12/bits/vector.tcc", directory: "")
!706 = !DILocation(line: 114, column: 12, scope: !704)
!707 = !DILocation(line: 114, column: 20, scope: !704)
!708 = !DILocation(line: 114, column: 39, scope: !704)
!709 = !DILocation(line: 114, column: 47, scope: !704)
!710 = !DILocation(line: 114, column: 30, scope: !704)
!711 = !DILocation(line: 117, column: 37, scope: !704)
!712 = !DILocation(line: 117, column: 52, scope: !704)
!713 = !DILocation(line: 117, column: 60, scope: !704)
!714 = !DILocation(line: 118, column: 30, scope: !704)
!715 = !DILocation(line: 117, column: 6, scope: !704)
!716 = !DILocation(line: 119, column: 14, scope: !704)
!717 = !DILocation(line: 119, column: 22, scope: !704)
!718 = !DILocation(line: 119, column: 6, scope: !704)
!719 = !DILocation(line: 121, column: 4, scope: !704)
!720 = !DILocation(line: 123, column: 22, scope: !704)
!721 = !DILocation(line: 123, column: 49, scope: !704)
!722 = !DILocation(line: 123, column: 4, scope: !704)
!723 = !DILocation(line: 125, column: 9, scope: !704)
!724 = !DILocation(line: 125, column: 2, scope: !704)
!725 = distinct !DISubprogram(name: "construct<int, int>", scope: !608, file: !608, line: 511, type: !11, scopeLine: 514, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!726 = !DILocation(line: 516, column: 4, scope: !725)
!727 = !DILocation(line: 516, column: 18, scope: !725)
!728 = !DILocation(line: 516, column: 43, scope: !725)
!729 = !DILocation(line: 516, column: 8, scope: !725)
!730 = !DILocation(line: 520, column: 2, scope: !725)
!731 = distinct !DISubprogram(name: "_M_realloc_insert<int>", scope: !705, file: !705, line: 440, type: !11, scopeLine: 447, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!732 = !DILocation(line: 449, column: 2, scope: !731)
!733 = !DILocation(line: 448, column: 23, scope: !731)
!734 = !DILocation(line: 450, column: 35, scope: !731)
!735 = !DILocation(line: 450, column: 43, scope: !731)
!736 = !DILocation(line: 450, column: 15, scope: !731)
!737 = !DILocation(line: 451, column: 36, scope: !731)
!738 = !DILocation(line: 451, column: 44, scope: !731)
!739 = !DILocation(line: 451, column: 15, scope: !731)
!740 = !DILocation(line: 452, column: 53, scope: !731)
!741 = !DILocation(line: 452, column: 51, scope: !731)
!742 = !DILocation(line: 452, column: 23, scope: !731)
!743 = !DILocation(line: 453, column: 45, scope: !731)
!744 = !DILocation(line: 453, column: 33, scope: !731)
!745 = !DILocation(line: 453, column: 15, scope: !731)
!746 = !DILocation(line: 454, column: 28, scope: !731)
!747 = !DILocation(line: 454, column: 15, scope: !731)
!748 = !DILocation(line: 462, column: 35, scope: !731)
!749 = !DILocation(line: 463, column: 8, scope: !731)
!750 = !DILocation(line: 463, column: 22, scope: !731)
!751 = !DILocation(line: 463, column: 20, scope: !731)
!752 = !DILocation(line: 465, column: 28, scope: !731)
!753 = !DILocation(line: 462, column: 4, scope: !731)
!754 = !DILocation(line: 469, column: 17, scope: !731)
!755 = !DILocation(line: 474, column: 35, scope: !731)
!756 = !DILocation(line: 474, column: 59, scope: !731)
!757 = !DILocation(line: 475, column: 7, scope: !731)
!758 = !DILocation(line: 475, column: 20, scope: !731)
!759 = !DILocation(line: 474, column: 23, scope: !731)
!760 = !DILocation(line: 474, column: 21, scope: !731)
!761 = !DILocation(line: 477, column: 8, scope: !731)
!762 = !DILocation(line: 479, column: 46, scope: !731)
!763 = !DILocation(line: 479, column: 54, scope: !731)
!764 = !DILocation(line: 480, column: 7, scope: !731)
!765 = !DILocation(line: 480, column: 21, scope: !731)
!766 = !DILocation(line: 479, column: 23, scope: !731)
!767 = !DILocation(line: 479, column: 21, scope: !731)
!768 = !DILocation(line: 513, column: 21, scope: !731)
!769 = !DILocation(line: 514, column: 13, scope: !731)
!770 = !DILocation(line: 514, column: 21, scope: !731)
!771 = !DILocation(line: 514, column: 41, scope: !731)
!772 = !DILocation(line: 514, column: 39, scope: !731)
!773 = !DILocation(line: 513, column: 7, scope: !731)
!774 = !DILocation(line: 515, column: 32, scope: !731)
!775 = !DILocation(line: 515, column: 13, scope: !731)
!776 = !DILocation(line: 515, column: 21, scope: !731)
!777 = !DILocation(line: 515, column: 30, scope: !731)
!778 = !DILocation(line: 516, column: 33, scope: !731)
!779 = !DILocation(line: 516, column: 13, scope: !731)
!780 = !DILocation(line: 516, column: 21, scope: !731)
!781 = !DILocation(line: 516, column: 31, scope: !731)
!782 = !DILocation(line: 517, column: 41, scope: !731)
!783 = !DILocation(line: 517, column: 55, scope: !731)
!784 = !DILocation(line: 517, column: 53, scope: !731)
!785 = !DILocation(line: 517, column: 13, scope: !731)
!786 = !DILocation(line: 517, column: 21, scope: !731)
!787 = !DILocation(line: 517, column: 39, scope: !731)
!788 = !DILocation(line: 518, column: 5, scope: !731)
!789 = distinct !DISubprogram(name: "construct<int, int>", scope: !510, file: !510, line: 173, type: !11, scopeLine: 175, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!790 = !DILocation(line: 175, column: 18, scope: !789)
!791 = !DILocation(line: 175, column: 47, scope: !789)
!792 = !DILocation(line: 175, column: 27, scope: !789)
!793 = !DILocation(line: 175, column: 4, scope: !789)
!794 = !DILocation(line: 175, column: 60, scope: !789)
!795 = distinct !DISubprogram(name: "_M_check_len", scope: !163, file: !163, line: 1891, type: !11, scopeLine: 1892, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!796 = !DILocation(line: 1893, column: 6, scope: !795)
!797 = !DILocation(line: 1893, column: 19, scope: !795)
!798 = !DILocation(line: 1893, column: 17, scope: !795)
!799 = !DILocation(line: 1893, column: 28, scope: !795)
!800 = !DILocation(line: 1893, column: 26, scope: !795)
!801 = !DILocation(line: 1894, column: 29, scope: !795)
!802 = !DILocation(line: 1894, column: 4, scope: !795)
!803 = !DILocation(line: 1896, column: 26, scope: !795)
!804 = !DILocation(line: 1896, column: 46, scope: !795)
!805 = !DILocation(line: 1896, column: 35, scope: !795)
!806 = !DILocation(line: 1896, column: 33, scope: !795)
!807 = !DILocation(line: 1896, column: 18, scope: !795)
!808 = !DILocation(line: 1897, column: 10, scope: !795)
!809 = !DILocation(line: 1897, column: 18, scope: !795)
!810 = !DILocation(line: 1897, column: 16, scope: !795)
!811 = !DILocation(line: 1897, column: 25, scope: !795)
!812 = !DILocation(line: 1897, column: 28, scope: !795)
!813 = !DILocation(line: 1897, column: 36, scope: !795)
!814 = !DILocation(line: 1897, column: 34, scope: !795)
!815 = !DILocation(line: 1897, column: 9, scope: !795)
!816 = !DILocation(line: 1897, column: 50, scope: !795)
!817 = !DILocation(line: 1897, column: 63, scope: !795)
!818 = !DILocation(line: 1897, column: 2, scope: !795)
!819 = distinct !DISubprogram(name: "_M_allocate", scope: !163, file: !163, line: 375, type: !11, scopeLine: 376, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!820 = !DILocation(line: 378, column: 9, scope: !819)
!821 = !DILocation(line: 378, column: 13, scope: !819)
!822 = !DILocation(line: 378, column: 34, scope: !819)
!823 = !DILocation(line: 378, column: 43, scope: !819)
!824 = !DILocation(line: 378, column: 20, scope: !819)
!825 = !DILocation(line: 378, column: 2, scope: !819)
!826 = distinct !DISubprogram(name: "_S_relocate", scope: !163, file: !163, line: 499, type: !11, scopeLine: 501, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!827 = !DILocation(line: 504, column: 27, scope: !826)
!828 = !DILocation(line: 504, column: 36, scope: !826)
!829 = !DILocation(line: 504, column: 44, scope: !826)
!830 = !DILocation(line: 504, column: 54, scope: !826)
!831 = !DILocation(line: 504, column: 9, scope: !826)
!832 = !DILocation(line: 504, column: 2, scope: !826)
!833 = distinct !DISubprogram(name: "base", scope: !189, file: !189, line: 1158, type: !11, scopeLine: 1159, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!834 = !DILocation(line: 1159, column: 16, scope: !833)
!835 = !DILocation(line: 1159, column: 9, scope: !833)
!836 = distinct !DISubprogram(name: "max_size", scope: !163, file: !163, line: 993, type: !11, scopeLine: 994, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!837 = !DILocation(line: 994, column: 28, scope: !836)
!838 = !DILocation(line: 994, column: 16, scope: !836)
!839 = !DILocation(line: 994, column: 9, scope: !836)
!840 = distinct !DISubprogram(name: "max<unsigned long>", scope: !841, file: !841, line: 254, type: !11, scopeLine: 255, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!841 = !DIFile(filename: "/usr/include/c++/12/bits/stl_algobase.h", directory: "")
!842 = !DILocation(line: 259, column: 11, scope: !840)
!843 = !DILocation(line: 259, column: 17, scope: !840)
!844 = !DILocation(line: 259, column: 15, scope: !840)
!845 = !DILocation(line: 260, column: 9, scope: !840)
!846 = !DILocation(line: 260, column: 2, scope: !840)
!847 = !DILocation(line: 261, column: 14, scope: !840)
!848 = !DILocation(line: 261, column: 7, scope: !840)
!849 = !DILocation(line: 262, column: 5, scope: !840)
!850 = distinct !DISubprogram(name: "_S_max_size", scope: !163, file: !163, line: 1911, type: !11, scopeLine: 1912, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!851 = !DILocation(line: 1916, column: 15, scope: !850)
!852 = !DILocation(line: 1918, column: 52, scope: !850)
!853 = !DILocation(line: 1918, column: 28, scope: !850)
!854 = !DILocation(line: 1918, column: 15, scope: !850)
!855 = !DILocation(line: 1919, column: 9, scope: !850)
!856 = !DILocation(line: 1919, column: 2, scope: !850)
!857 = distinct !DISubprogram(name: "_M_get_Tp_allocator", scope: !163, file: !163, line: 303, type: !11, scopeLine: 304, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!858 = !DILocation(line: 304, column: 22, scope: !857)
!859 = !DILocation(line: 304, column: 9, scope: !857)
!860 = distinct !DISubprogram(name: "max_size", scope: !608, file: !608, line: 547, type: !11, scopeLine: 548, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!861 = !DILocation(line: 550, column: 9, scope: !860)
!862 = !DILocation(line: 550, column: 13, scope: !860)
!863 = !DILocation(line: 550, column: 2, scope: !860)
!864 = distinct !DISubprogram(name: "min<unsigned long>", scope: !841, file: !841, line: 230, type: !11, scopeLine: 231, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!865 = !DILocation(line: 235, column: 11, scope: !864)
!866 = !DILocation(line: 235, column: 17, scope: !864)
!867 = !DILocation(line: 235, column: 15, scope: !864)
!868 = !DILocation(line: 236, column: 9, scope: !864)
!869 = !DILocation(line: 236, column: 2, scope: !864)
!870 = !DILocation(line: 237, column: 14, scope: !864)
!871 = !DILocation(line: 237, column: 7, scope: !864)
!872 = !DILocation(line: 238, column: 5, scope: !864)
!873 = distinct !DISubprogram(name: "max_size", scope: !510, file: !510, line: 167, type: !11, scopeLine: 168, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!874 = !DILocation(line: 168, column: 16, scope: !873)
!875 = !DILocation(line: 168, column: 9, scope: !873)
!876 = distinct !DISubprogram(name: "_M_max_size", scope: !510, file: !510, line: 210, type: !11, scopeLine: 211, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!877 = !DILocation(line: 213, column: 2, scope: !876)
!878 = distinct !DISubprogram(name: "allocate", scope: !608, file: !608, line: 463, type: !11, scopeLine: 464, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!879 = !DILocation(line: 464, column: 16, scope: !878)
!880 = !DILocation(line: 464, column: 29, scope: !878)
!881 = !DILocation(line: 464, column: 20, scope: !878)
!882 = !DILocation(line: 464, column: 9, scope: !878)
!883 = distinct !DISubprogram(name: "allocate", scope: !510, file: !510, line: 112, type: !11, scopeLine: 113, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!884 = !DILocation(line: 120, column: 23, scope: !883)
!885 = !DILocation(line: 120, column: 35, scope: !883)
!886 = !DILocation(line: 120, column: 27, scope: !883)
!887 = !DILocation(line: 120, column: 6, scope: !883)
!888 = !DILocation(line: 124, column: 10, scope: !883)
!889 = !DILocation(line: 124, column: 14, scope: !883)
!890 = !DILocation(line: 125, column: 8, scope: !883)
!891 = !DILocation(line: 126, column: 6, scope: !883)
!892 = !DILocation(line: 137, column: 49, scope: !883)
!893 = !DILocation(line: 137, column: 53, scope: !883)
!894 = !DILocation(line: 137, column: 27, scope: !883)
!895 = !DILocation(line: 137, column: 2, scope: !883)
!896 = distinct !DISubprogram(name: "__relocate_a<int *, int *, std::allocator<int> >", scope: !897, file: !897, line: 1127, type: !11, scopeLine: 1132, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!897 = !DIFile(filename: "/usr/include/c++/12/bits/stl_uninitialized.h", directory: "")
!898 = !DILocation(line: 1133, column: 52, scope: !896)
!899 = !DILocation(line: 1133, column: 34, scope: !896)
!900 = !DILocation(line: 1134, column: 24, scope: !896)
!901 = !DILocation(line: 1134, column: 6, scope: !896)
!902 = !DILocation(line: 1135, column: 24, scope: !896)
!903 = !DILocation(line: 1135, column: 6, scope: !896)
!904 = !DILocation(line: 1135, column: 35, scope: !896)
!905 = !DILocation(line: 1133, column: 14, scope: !896)
!906 = !DILocation(line: 1133, column: 7, scope: !896)
!907 = distinct !DISubprogram(name: "__relocate_a_1<int, int>", scope: !897, file: !897, line: 1100, type: !11, scopeLine: 1103, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!908 = !DILocation(line: 1104, column: 27, scope: !907)
!909 = !DILocation(line: 1104, column: 36, scope: !907)
!910 = !DILocation(line: 1104, column: 34, scope: !907)
!911 = !DILocation(line: 1104, column: 17, scope: !907)
!912 = !DILocation(line: 1105, column: 11, scope: !907)
!913 = !DILocation(line: 1105, column: 19, scope: !907)
!914 = !DILocation(line: 1117, column: 22, scope: !907)
!915 = !DILocation(line: 1117, column: 32, scope: !907)
!916 = !DILocation(line: 1117, column: 41, scope: !907)
!917 = !DILocation(line: 1117, column: 49, scope: !907)
!918 = !DILocation(line: 1117, column: 4, scope: !907)
!919 = !DILocation(line: 1118, column: 2, scope: !907)
!920 = !DILocation(line: 1119, column: 14, scope: !907)
!921 = !DILocation(line: 1119, column: 25, scope: !907)
!922 = !DILocation(line: 1119, column: 23, scope: !907)
!923 = !DILocation(line: 1119, column: 7, scope: !907)
!924 = distinct !DISubprogram(name: "__niter_base<int *>", scope: !841, file: !841, line: 313, type: !11, scopeLine: 315, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!925 = !DILocation(line: 315, column: 14, scope: !924)
!926 = !DILocation(line: 315, column: 7, scope: !924)
!927 = distinct !DISubprogram(name: "__normal_iterator", scope: !189, file: !189, line: 1072, type: !11, scopeLine: 1073, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!928 = !DILocation(line: 1073, column: 9, scope: !927)
!929 = !DILocation(line: 1073, column: 20, scope: !927)
!930 = !DILocation(line: 1073, column: 27, scope: !927)
!931 = distinct !DISubprogram(name: "__sort<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__ops::_Iter_comp_iter<(lambda at cxx_stl_lambda.cpp:13:35)> >", scope: !172, file: !172, line: 1932, type: !11, scopeLine: 1934, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!932 = !DILocation(line: 1935, column: 19, scope: !931)
!933 = !DILocation(line: 1937, column: 26, scope: !931)
!934 = !DILocation(line: 1937, column: 35, scope: !931)
!935 = !DILocation(line: 1938, column: 22, scope: !931)
!936 = !DILocation(line: 1938, column: 5, scope: !931)
!937 = !DILocation(line: 1938, column: 33, scope: !931)
!938 = !DILocation(line: 1939, column: 5, scope: !931)
!939 = !DILocation(line: 1937, column: 4, scope: !931)
!940 = !DILocation(line: 1940, column: 32, scope: !931)
!941 = !DILocation(line: 1940, column: 41, scope: !931)
!942 = !DILocation(line: 1940, column: 49, scope: !931)
!943 = !DILocation(line: 1940, column: 4, scope: !931)
!944 = !DILocation(line: 1941, column: 2, scope: !931)
!945 = !DILocation(line: 1942, column: 5, scope: !931)
!946 = distinct !DISubprogram(name: "__iter_comp_iter<(lambda at cxx_stl_lambda.cpp:13:35)>", scope: !947, file: !947, line: 164, type: !11, scopeLine: 165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!947 = !DIFile(filename: "/usr/include/c++/12/bits/predefined_ops.h", directory: "")
!948 = !DILocation(line: 165, column: 14, scope: !946)
!949 = !DILocation(line: 165, column: 7, scope: !946)
!950 = distinct !DISubprogram(name: "__introsort_loop<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, long, __gnu_cxx::__ops::_Iter_comp_iter<(lambda at cxx_stl_lambda.cpp:13:35)> >", scope: !172, file: !172, line: 1908, type: !11, scopeLine: 1911, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!951 = !DILocation(line: 1912, column: 7, scope: !950)
!952 = !DILocation(line: 1912, column: 21, scope: !950)
!953 = !DILocation(line: 1912, column: 31, scope: !950)
!954 = !DILocation(line: 1914, column: 8, scope: !950)
!955 = !DILocation(line: 1914, column: 22, scope: !950)
!956 = !DILocation(line: 1916, column: 28, scope: !950)
!957 = !DILocation(line: 1916, column: 37, scope: !950)
!958 = !DILocation(line: 1916, column: 45, scope: !950)
!959 = !DILocation(line: 1916, column: 53, scope: !950)
!960 = !DILocation(line: 1916, column: 8, scope: !950)
!961 = !DILocation(line: 1917, column: 8, scope: !950)
!962 = !DILocation(line: 1919, column: 4, scope: !950)
!963 = !DILocation(line: 1921, column: 39, scope: !950)
!964 = !DILocation(line: 1921, column: 48, scope: !950)
!965 = !DILocation(line: 1921, column: 56, scope: !950)
!966 = !DILocation(line: 1921, column: 6, scope: !950)
!967 = !DILocation(line: 1922, column: 26, scope: !950)
!968 = !DILocation(line: 1922, column: 33, scope: !950)
!969 = !DILocation(line: 1922, column: 41, scope: !950)
!970 = !DILocation(line: 1922, column: 56, scope: !950)
!971 = !DILocation(line: 1922, column: 4, scope: !950)
!972 = !DILocation(line: 1923, column: 11, scope: !950)
!973 = distinct !{!973, !951, !974, !28}
!974 = !DILocation(line: 1924, column: 2, scope: !950)
!975 = !DILocation(line: 1925, column: 5, scope: !950)
!976 = distinct !DISubprogram(name: "__lg", scope: !841, file: !841, line: 1513, type: !11, scopeLine: 1514, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!977 = !DILocation(line: 1514, column: 66, scope: !976)
!978 = !DILocation(line: 1514, column: 51, scope: !976)
!979 = !DILocation(line: 1514, column: 49, scope: !976)
!980 = !DILocation(line: 1514, column: 12, scope: !976)
!981 = !DILocation(line: 1514, column: 5, scope: !976)
!982 = distinct !DISubprogram(name: "__final_insertion_sort<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__ops::_Iter_comp_iter<(lambda at cxx_stl_lambda.cpp:13:35)> >", scope: !172, file: !172, line: 1844, type: !11, scopeLine: 1846, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!983 = !DILocation(line: 1847, column: 18, scope: !982)
!984 = !DILocation(line: 1847, column: 28, scope: !982)
!985 = !DILocation(line: 1849, column: 26, scope: !982)
!986 = !DILocation(line: 1849, column: 43, scope: !982)
!987 = !DILocation(line: 1849, column: 64, scope: !982)
!988 = !DILocation(line: 1849, column: 4, scope: !982)
!989 = !DILocation(line: 1850, column: 44, scope: !982)
!990 = !DILocation(line: 1850, column: 65, scope: !982)
!991 = !DILocation(line: 1851, column: 8, scope: !982)
!992 = !DILocation(line: 1850, column: 4, scope: !982)
!993 = !DILocation(line: 1852, column: 2, scope: !982)
!994 = !DILocation(line: 1854, column: 24, scope: !982)
!995 = !DILocation(line: 1854, column: 33, scope: !982)
!996 = !DILocation(line: 1854, column: 41, scope: !982)
!997 = !DILocation(line: 1854, column: 2, scope: !982)
!998 = !DILocation(line: 1855, column: 5, scope: !982)
!999 = distinct !DISubprogram(name: "__partial_sort<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__ops::_Iter_comp_iter<(lambda at cxx_stl_lambda.cpp:13:35)> >", scope: !172, file: !172, line: 1895, type: !11, scopeLine: 1899, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1000 = !DILocation(line: 1900, column: 26, scope: !999)
!1001 = !DILocation(line: 1900, column: 35, scope: !999)
!1002 = !DILocation(line: 1900, column: 45, scope: !999)
!1003 = !DILocation(line: 1900, column: 53, scope: !999)
!1004 = !DILocation(line: 1900, column: 7, scope: !999)
!1005 = !DILocation(line: 1901, column: 24, scope: !999)
!1006 = !DILocation(line: 1901, column: 33, scope: !999)
!1007 = !DILocation(line: 1901, column: 7, scope: !999)
!1008 = !DILocation(line: 1902, column: 5, scope: !999)
!1009 = distinct !DISubprogram(name: "__unguarded_partition_pivot<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__ops::_Iter_comp_iter<(lambda at cxx_stl_lambda.cpp:13:35)> >", scope: !172, file: !172, line: 1883, type: !11, scopeLine: 1885, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1010 = !DILocation(line: 1886, column: 55, scope: !1009)
!1011 = !DILocation(line: 1886, column: 66, scope: !1009)
!1012 = !DILocation(line: 1886, column: 45, scope: !1009)
!1013 = !DILocation(line: 1887, column: 35, scope: !1009)
!1014 = !DILocation(line: 1887, column: 52, scope: !1009)
!1015 = !DILocation(line: 1887, column: 57, scope: !1009)
!1016 = !DILocation(line: 1887, column: 71, scope: !1009)
!1017 = !DILocation(line: 1888, column: 7, scope: !1009)
!1018 = !DILocation(line: 1887, column: 7, scope: !1009)
!1019 = !DILocation(line: 1889, column: 49, scope: !1009)
!1020 = !DILocation(line: 1889, column: 54, scope: !1009)
!1021 = !DILocation(line: 1889, column: 62, scope: !1009)
!1022 = !DILocation(line: 1889, column: 71, scope: !1009)
!1023 = !DILocation(line: 1889, column: 14, scope: !1009)
!1024 = !DILocation(line: 1889, column: 7, scope: !1009)
!1025 = distinct !DISubprogram(name: "__heap_select<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__ops::_Iter_comp_iter<(lambda at cxx_stl_lambda.cpp:13:35)> >", scope: !172, file: !172, line: 1625, type: !11, scopeLine: 1628, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1026 = !DILocation(line: 1629, column: 24, scope: !1025)
!1027 = !DILocation(line: 1629, column: 33, scope: !1025)
!1028 = !DILocation(line: 1629, column: 7, scope: !1025)
!1029 = !DILocation(line: 1630, column: 40, scope: !1025)
!1030 = !DILocation(line: 1630, column: 12, scope: !1025)
!1031 = !DILocation(line: 1630, column: 54, scope: !1025)
!1032 = !DILocation(line: 1630, column: 7, scope: !1025)
!1033 = !DILocation(line: 1631, column: 13, scope: !1025)
!1034 = !DILocation(line: 1631, column: 18, scope: !1025)
!1035 = !DILocation(line: 1631, column: 6, scope: !1025)
!1036 = !DILocation(line: 1632, column: 20, scope: !1025)
!1037 = !DILocation(line: 1632, column: 29, scope: !1025)
!1038 = !DILocation(line: 1632, column: 39, scope: !1025)
!1039 = !DILocation(line: 1632, column: 4, scope: !1025)
!1040 = !DILocation(line: 1631, column: 25, scope: !1025)
!1041 = !DILocation(line: 1630, column: 64, scope: !1025)
!1042 = distinct !{!1042, !1032, !1043, !28}
!1043 = !DILocation(line: 1632, column: 50, scope: !1025)
!1044 = !DILocation(line: 1633, column: 5, scope: !1025)
!1045 = distinct !DISubprogram(name: "__sort_heap<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__ops::_Iter_comp_iter<(lambda at cxx_stl_lambda.cpp:13:35)> >", scope: !1046, file: !1046, line: 419, type: !11, scopeLine: 421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1046 = !DIFile(filename: "/usr/include/c++/12/bits/stl_heap.h", directory: "")
!1047 = !DILocation(line: 422, column: 7, scope: !1045)
!1048 = !DILocation(line: 422, column: 21, scope: !1045)
!1049 = !DILocation(line: 422, column: 31, scope: !1045)
!1050 = !DILocation(line: 424, column: 4, scope: !1045)
!1051 = !DILocation(line: 425, column: 20, scope: !1045)
!1052 = !DILocation(line: 425, column: 29, scope: !1045)
!1053 = !DILocation(line: 425, column: 37, scope: !1045)
!1054 = !DILocation(line: 425, column: 45, scope: !1045)
!1055 = !DILocation(line: 425, column: 4, scope: !1045)
!1056 = distinct !{!1056, !1047, !1057, !28}
!1057 = !DILocation(line: 426, column: 2, scope: !1045)
!1058 = !DILocation(line: 427, column: 5, scope: !1045)
!1059 = distinct !DISubprogram(name: "__make_heap<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__ops::_Iter_comp_iter<(lambda at cxx_stl_lambda.cpp:13:35)> >", scope: !1046, file: !1046, line: 340, type: !11, scopeLine: 342, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1060 = !DILocation(line: 348, column: 18, scope: !1059)
!1061 = !DILocation(line: 348, column: 28, scope: !1059)
!1062 = !DILocation(line: 349, column: 2, scope: !1059)
!1063 = !DILocation(line: 351, column: 42, scope: !1059)
!1064 = !DILocation(line: 351, column: 27, scope: !1059)
!1065 = !DILocation(line: 352, column: 33, scope: !1059)
!1066 = !DILocation(line: 352, column: 39, scope: !1059)
!1067 = !DILocation(line: 352, column: 44, scope: !1059)
!1068 = !DILocation(line: 352, column: 21, scope: !1059)
!1069 = !DILocation(line: 353, column: 7, scope: !1059)
!1070 = !DILocation(line: 355, column: 51, scope: !1059)
!1071 = !DILocation(line: 355, column: 49, scope: !1059)
!1072 = !DILocation(line: 355, column: 39, scope: !1059)
!1073 = !DILocation(line: 355, column: 25, scope: !1059)
!1074 = !DILocation(line: 355, column: 15, scope: !1059)
!1075 = !DILocation(line: 356, column: 23, scope: !1059)
!1076 = !DILocation(line: 356, column: 32, scope: !1059)
!1077 = !DILocation(line: 356, column: 42, scope: !1059)
!1078 = !DILocation(line: 356, column: 49, scope: !1059)
!1079 = !DILocation(line: 357, column: 9, scope: !1059)
!1080 = !DILocation(line: 356, column: 4, scope: !1059)
!1081 = !DILocation(line: 358, column: 8, scope: !1059)
!1082 = !DILocation(line: 358, column: 17, scope: !1059)
!1083 = !DILocation(line: 359, column: 6, scope: !1059)
!1084 = !DILocation(line: 360, column: 12, scope: !1059)
!1085 = distinct !{!1085, !1069, !1086, !28}
!1086 = !DILocation(line: 361, column: 2, scope: !1059)
!1087 = !DILocation(line: 362, column: 5, scope: !1059)
!1088 = distinct !DISubprogram(name: "operator<<int *, std::vector<int, std::allocator<int> > >", scope: !189, file: !189, line: 1254, type: !11, scopeLine: 1257, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1089 = !DILocation(line: 1257, column: 14, scope: !1088)
!1090 = !DILocation(line: 1257, column: 20, scope: !1088)
!1091 = !DILocation(line: 1257, column: 29, scope: !1088)
!1092 = !DILocation(line: 1257, column: 35, scope: !1088)
!1093 = !DILocation(line: 1257, column: 27, scope: !1088)
!1094 = !DILocation(line: 1257, column: 7, scope: !1088)
!1095 = distinct !DISubprogram(name: "operator()<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > > >", scope: !947, file: !947, line: 157, type: !11, scopeLine: 158, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1096 = !DILocation(line: 158, column: 31, scope: !1095)
!1097 = !DILocation(line: 158, column: 39, scope: !1095)
!1098 = !DILocation(line: 158, column: 23, scope: !1095)
!1099 = !DILocation(line: 158, column: 11, scope: !1095)
!1100 = distinct !DISubprogram(name: "__pop_heap<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__ops::_Iter_comp_iter<(lambda at cxx_stl_lambda.cpp:13:35)> >", scope: !1046, file: !1046, line: 254, type: !11, scopeLine: 256, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1101 = !DILocation(line: 262, column: 42, scope: !1100)
!1102 = !DILocation(line: 262, column: 28, scope: !1100)
!1103 = !DILocation(line: 262, column: 18, scope: !1100)
!1104 = !DILocation(line: 263, column: 33, scope: !1100)
!1105 = !DILocation(line: 263, column: 19, scope: !1100)
!1106 = !DILocation(line: 263, column: 7, scope: !1100)
!1107 = !DILocation(line: 263, column: 17, scope: !1100)
!1108 = !DILocation(line: 264, column: 26, scope: !1100)
!1109 = !DILocation(line: 265, column: 26, scope: !1100)
!1110 = !DILocation(line: 266, column: 5, scope: !1100)
!1111 = !DILocation(line: 266, column: 29, scope: !1100)
!1112 = !DILocation(line: 264, column: 7, scope: !1100)
!1113 = !DILocation(line: 267, column: 5, scope: !1100)
!1114 = distinct !DISubprogram(name: "operator+", scope: !189, file: !189, line: 1143, type: !11, scopeLine: 1144, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1115 = !DILocation(line: 1144, column: 34, scope: !1114)
!1116 = !DILocation(line: 1144, column: 47, scope: !1114)
!1117 = !DILocation(line: 1144, column: 45, scope: !1114)
!1118 = !DILocation(line: 1144, column: 16, scope: !1114)
!1119 = !DILocation(line: 1144, column: 9, scope: !1114)
!1120 = distinct !DISubprogram(name: "__adjust_heap<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, long, int, __gnu_cxx::__ops::_Iter_comp_iter<(lambda at cxx_stl_lambda.cpp:13:35)> >", scope: !1046, file: !1046, line: 224, type: !11, scopeLine: 226, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1121 = !DILocation(line: 227, column: 36, scope: !1120)
!1122 = !DILocation(line: 227, column: 23, scope: !1120)
!1123 = !DILocation(line: 228, column: 33, scope: !1120)
!1124 = !DILocation(line: 228, column: 17, scope: !1120)
!1125 = !DILocation(line: 229, column: 7, scope: !1120)
!1126 = !DILocation(line: 229, column: 14, scope: !1120)
!1127 = !DILocation(line: 229, column: 31, scope: !1120)
!1128 = !DILocation(line: 229, column: 37, scope: !1120)
!1129 = !DILocation(line: 229, column: 42, scope: !1120)
!1130 = !DILocation(line: 229, column: 28, scope: !1120)
!1131 = !DILocation(line: 231, column: 25, scope: !1120)
!1132 = !DILocation(line: 231, column: 39, scope: !1120)
!1133 = !DILocation(line: 231, column: 22, scope: !1120)
!1134 = !DILocation(line: 231, column: 18, scope: !1120)
!1135 = !DILocation(line: 232, column: 25, scope: !1120)
!1136 = !DILocation(line: 232, column: 23, scope: !1120)
!1137 = !DILocation(line: 233, column: 19, scope: !1120)
!1138 = !DILocation(line: 233, column: 33, scope: !1120)
!1139 = !DILocation(line: 233, column: 16, scope: !1120)
!1140 = !DILocation(line: 232, column: 8, scope: !1120)
!1141 = !DILocation(line: 234, column: 19, scope: !1120)
!1142 = !DILocation(line: 234, column: 6, scope: !1120)
!1143 = !DILocation(line: 235, column: 57, scope: !1120)
!1144 = !DILocation(line: 235, column: 55, scope: !1120)
!1145 = !DILocation(line: 235, column: 45, scope: !1120)
!1146 = !DILocation(line: 235, column: 31, scope: !1120)
!1147 = !DILocation(line: 235, column: 16, scope: !1120)
!1148 = !DILocation(line: 235, column: 14, scope: !1120)
!1149 = !DILocation(line: 235, column: 4, scope: !1120)
!1150 = !DILocation(line: 235, column: 29, scope: !1120)
!1151 = !DILocation(line: 236, column: 18, scope: !1120)
!1152 = !DILocation(line: 236, column: 16, scope: !1120)
!1153 = distinct !{!1153, !1125, !1154, !28}
!1154 = !DILocation(line: 237, column: 2, scope: !1120)
!1155 = !DILocation(line: 238, column: 12, scope: !1120)
!1156 = !DILocation(line: 238, column: 18, scope: !1120)
!1157 = !DILocation(line: 238, column: 23, scope: !1120)
!1158 = !DILocation(line: 238, column: 28, scope: !1120)
!1159 = !DILocation(line: 238, column: 31, scope: !1120)
!1160 = !DILocation(line: 238, column: 49, scope: !1120)
!1161 = !DILocation(line: 238, column: 55, scope: !1120)
!1162 = !DILocation(line: 238, column: 60, scope: !1120)
!1163 = !DILocation(line: 238, column: 45, scope: !1120)
!1164 = !DILocation(line: 240, column: 25, scope: !1120)
!1165 = !DILocation(line: 240, column: 39, scope: !1120)
!1166 = !DILocation(line: 240, column: 22, scope: !1120)
!1167 = !DILocation(line: 240, column: 18, scope: !1120)
!1168 = !DILocation(line: 242, column: 15, scope: !1120)
!1169 = !DILocation(line: 242, column: 29, scope: !1120)
!1170 = !DILocation(line: 242, column: 12, scope: !1120)
!1171 = !DILocation(line: 241, column: 45, scope: !1120)
!1172 = !DILocation(line: 241, column: 31, scope: !1120)
!1173 = !DILocation(line: 241, column: 16, scope: !1120)
!1174 = !DILocation(line: 241, column: 14, scope: !1120)
!1175 = !DILocation(line: 241, column: 4, scope: !1120)
!1176 = !DILocation(line: 241, column: 29, scope: !1120)
!1177 = !DILocation(line: 243, column: 18, scope: !1120)
!1178 = !DILocation(line: 243, column: 32, scope: !1120)
!1179 = !DILocation(line: 243, column: 16, scope: !1120)
!1180 = !DILocation(line: 244, column: 2, scope: !1120)
!1181 = !DILocation(line: 246, column: 2, scope: !1120)
!1182 = !DILocation(line: 247, column: 24, scope: !1120)
!1183 = !DILocation(line: 247, column: 33, scope: !1120)
!1184 = !DILocation(line: 247, column: 46, scope: !1120)
!1185 = !DILocation(line: 248, column: 10, scope: !1120)
!1186 = !DILocation(line: 247, column: 7, scope: !1120)
!1187 = !DILocation(line: 249, column: 5, scope: !1120)
!1188 = distinct !DISubprogram(name: "_Iter_comp_val", scope: !947, file: !947, line: 187, type: !11, scopeLine: 189, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1189 = !DILocation(line: 188, column: 22, scope: !1188)
!1190 = !DILocation(line: 189, column: 9, scope: !1188)
!1191 = distinct !DISubprogram(name: "__push_heap<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, long, int, __gnu_cxx::__ops::_Iter_comp_val<(lambda at cxx_stl_lambda.cpp:13:35)> >", scope: !1046, file: !1046, line: 135, type: !11, scopeLine: 138, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1192 = !DILocation(line: 139, column: 29, scope: !1191)
!1193 = !DILocation(line: 139, column: 41, scope: !1191)
!1194 = !DILocation(line: 139, column: 46, scope: !1191)
!1195 = !DILocation(line: 139, column: 17, scope: !1191)
!1196 = !DILocation(line: 140, column: 7, scope: !1191)
!1197 = !DILocation(line: 140, column: 14, scope: !1191)
!1198 = !DILocation(line: 140, column: 28, scope: !1191)
!1199 = !DILocation(line: 140, column: 26, scope: !1191)
!1200 = !DILocation(line: 140, column: 39, scope: !1191)
!1201 = !DILocation(line: 140, column: 42, scope: !1191)
!1202 = !DILocation(line: 140, column: 59, scope: !1191)
!1203 = !DILocation(line: 140, column: 57, scope: !1191)
!1204 = !DILocation(line: 0, scope: !1191)
!1205 = !DILocation(line: 142, column: 57, scope: !1191)
!1206 = !DILocation(line: 142, column: 55, scope: !1191)
!1207 = !DILocation(line: 142, column: 45, scope: !1191)
!1208 = !DILocation(line: 142, column: 31, scope: !1191)
!1209 = !DILocation(line: 142, column: 16, scope: !1191)
!1210 = !DILocation(line: 142, column: 14, scope: !1191)
!1211 = !DILocation(line: 142, column: 4, scope: !1191)
!1212 = !DILocation(line: 142, column: 29, scope: !1191)
!1213 = !DILocation(line: 143, column: 18, scope: !1191)
!1214 = !DILocation(line: 143, column: 16, scope: !1191)
!1215 = !DILocation(line: 144, column: 16, scope: !1191)
!1216 = !DILocation(line: 144, column: 28, scope: !1191)
!1217 = !DILocation(line: 144, column: 33, scope: !1191)
!1218 = !DILocation(line: 144, column: 13, scope: !1191)
!1219 = distinct !{!1219, !1196, !1220, !28}
!1220 = !DILocation(line: 145, column: 2, scope: !1191)
!1221 = !DILocation(line: 146, column: 34, scope: !1191)
!1222 = !DILocation(line: 146, column: 19, scope: !1191)
!1223 = !DILocation(line: 146, column: 17, scope: !1191)
!1224 = !DILocation(line: 146, column: 7, scope: !1191)
!1225 = !DILocation(line: 146, column: 32, scope: !1191)
!1226 = !DILocation(line: 147, column: 5, scope: !1191)
!1227 = distinct !DISubprogram(name: "operator()<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, int>", scope: !947, file: !947, line: 195, type: !11, scopeLine: 196, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1228 = !DILocation(line: 196, column: 24, scope: !1227)
!1229 = !DILocation(line: 196, column: 31, scope: !1227)
!1230 = !DILocation(line: 196, column: 16, scope: !1227)
!1231 = !DILocation(line: 196, column: 4, scope: !1227)
!1232 = distinct !DISubprogram(name: "operator()", scope: !10, file: !10, line: 13, type: !11, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1233 = !DILocation(line: 13, column: 61, scope: !1232)
!1234 = !DILocation(line: 13, column: 63, scope: !1232)
!1235 = !DILocation(line: 13, column: 71, scope: !1232)
!1236 = !DILocation(line: 13, column: 73, scope: !1232)
!1237 = !DILocation(line: 13, column: 68, scope: !1232)
!1238 = !DILocation(line: 13, column: 80, scope: !1232)
!1239 = !DILocation(line: 13, column: 82, scope: !1232)
!1240 = !DILocation(line: 13, column: 89, scope: !1232)
!1241 = !DILocation(line: 13, column: 91, scope: !1232)
!1242 = !DILocation(line: 13, column: 87, scope: !1232)
!1243 = !DILocation(line: 13, column: 98, scope: !1232)
!1244 = !DILocation(line: 13, column: 102, scope: !1232)
!1245 = !DILocation(line: 13, column: 100, scope: !1232)
!1246 = !DILocation(line: 13, column: 54, scope: !1232)
!1247 = distinct !DISubprogram(name: "operator--", scope: !189, file: !189, line: 1119, type: !11, scopeLine: 1120, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1248 = !DILocation(line: 1121, column: 4, scope: !1247)
!1249 = !DILocation(line: 1121, column: 2, scope: !1247)
!1250 = !DILocation(line: 1122, column: 2, scope: !1247)
!1251 = distinct !DISubprogram(name: "__move_median_to_first<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__ops::_Iter_comp_iter<(lambda at cxx_stl_lambda.cpp:13:35)> >", scope: !172, file: !172, line: 82, type: !11, scopeLine: 84, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1252 = !DILocation(line: 85, column: 18, scope: !1251)
!1253 = !DILocation(line: 85, column: 23, scope: !1251)
!1254 = !DILocation(line: 85, column: 11, scope: !1251)
!1255 = !DILocation(line: 87, column: 15, scope: !1251)
!1256 = !DILocation(line: 87, column: 20, scope: !1251)
!1257 = !DILocation(line: 87, column: 8, scope: !1251)
!1258 = !DILocation(line: 88, column: 21, scope: !1251)
!1259 = !DILocation(line: 88, column: 31, scope: !1251)
!1260 = !DILocation(line: 88, column: 6, scope: !1251)
!1261 = !DILocation(line: 89, column: 20, scope: !1251)
!1262 = !DILocation(line: 89, column: 25, scope: !1251)
!1263 = !DILocation(line: 89, column: 13, scope: !1251)
!1264 = !DILocation(line: 90, column: 21, scope: !1251)
!1265 = !DILocation(line: 90, column: 31, scope: !1251)
!1266 = !DILocation(line: 90, column: 6, scope: !1251)
!1267 = !DILocation(line: 92, column: 21, scope: !1251)
!1268 = !DILocation(line: 92, column: 31, scope: !1251)
!1269 = !DILocation(line: 92, column: 6, scope: !1251)
!1270 = !DILocation(line: 93, column: 2, scope: !1251)
!1271 = !DILocation(line: 94, column: 23, scope: !1251)
!1272 = !DILocation(line: 94, column: 28, scope: !1251)
!1273 = !DILocation(line: 94, column: 16, scope: !1251)
!1274 = !DILocation(line: 95, column: 17, scope: !1251)
!1275 = !DILocation(line: 95, column: 27, scope: !1251)
!1276 = !DILocation(line: 95, column: 2, scope: !1251)
!1277 = !DILocation(line: 96, column: 23, scope: !1251)
!1278 = !DILocation(line: 96, column: 28, scope: !1251)
!1279 = !DILocation(line: 96, column: 16, scope: !1251)
!1280 = !DILocation(line: 97, column: 17, scope: !1251)
!1281 = !DILocation(line: 97, column: 27, scope: !1251)
!1282 = !DILocation(line: 97, column: 2, scope: !1251)
!1283 = !DILocation(line: 99, column: 17, scope: !1251)
!1284 = !DILocation(line: 99, column: 27, scope: !1251)
!1285 = !DILocation(line: 99, column: 2, scope: !1251)
!1286 = !DILocation(line: 100, column: 5, scope: !1251)
!1287 = distinct !DISubprogram(name: "operator-", scope: !189, file: !189, line: 1153, type: !11, scopeLine: 1154, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1288 = !DILocation(line: 1154, column: 34, scope: !1287)
!1289 = !DILocation(line: 1154, column: 47, scope: !1287)
!1290 = !DILocation(line: 1154, column: 45, scope: !1287)
!1291 = !DILocation(line: 1154, column: 16, scope: !1287)
!1292 = !DILocation(line: 1154, column: 9, scope: !1287)
!1293 = distinct !DISubprogram(name: "__unguarded_partition<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__ops::_Iter_comp_iter<(lambda at cxx_stl_lambda.cpp:13:35)> >", scope: !172, file: !172, line: 1861, type: !11, scopeLine: 1864, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1294 = !DILocation(line: 1865, column: 7, scope: !1293)
!1295 = !DILocation(line: 1867, column: 4, scope: !1293)
!1296 = !DILocation(line: 1867, column: 18, scope: !1293)
!1297 = !DILocation(line: 1867, column: 27, scope: !1293)
!1298 = !DILocation(line: 1867, column: 11, scope: !1293)
!1299 = !DILocation(line: 1868, column: 6, scope: !1293)
!1300 = distinct !{!1300, !1295, !1301, !28}
!1301 = !DILocation(line: 1868, column: 8, scope: !1293)
!1302 = !DILocation(line: 1869, column: 4, scope: !1293)
!1303 = !DILocation(line: 1870, column: 4, scope: !1293)
!1304 = !DILocation(line: 1870, column: 18, scope: !1293)
!1305 = !DILocation(line: 1870, column: 27, scope: !1293)
!1306 = !DILocation(line: 1870, column: 11, scope: !1293)
!1307 = !DILocation(line: 1871, column: 6, scope: !1293)
!1308 = distinct !{!1308, !1303, !1309, !28}
!1309 = !DILocation(line: 1871, column: 8, scope: !1293)
!1310 = !DILocation(line: 1872, column: 18, scope: !1293)
!1311 = !DILocation(line: 1872, column: 8, scope: !1293)
!1312 = !DILocation(line: 1873, column: 13, scope: !1293)
!1313 = !DILocation(line: 1873, column: 6, scope: !1293)
!1314 = !DILocation(line: 1874, column: 19, scope: !1293)
!1315 = !DILocation(line: 1874, column: 28, scope: !1293)
!1316 = !DILocation(line: 1874, column: 4, scope: !1293)
!1317 = !DILocation(line: 1875, column: 4, scope: !1293)
!1318 = distinct !{!1318, !1294, !1319, !28}
!1319 = !DILocation(line: 1876, column: 2, scope: !1293)
!1320 = distinct !DISubprogram(name: "iter_swap<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > > >", scope: !841, file: !841, line: 152, type: !11, scopeLine: 153, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1321 = !DILocation(line: 182, column: 12, scope: !1320)
!1322 = !DILocation(line: 182, column: 18, scope: !1320)
!1323 = !DILocation(line: 182, column: 7, scope: !1320)
!1324 = !DILocation(line: 184, column: 5, scope: !1320)
!1325 = distinct !DISubprogram(name: "swap<int>", scope: !1326, file: !1326, line: 196, type: !11, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1326 = !DIFile(filename: "/usr/include/c++/12/bits/move.h", directory: "")
!1327 = !DILocation(line: 204, column: 33, scope: !1325)
!1328 = !DILocation(line: 204, column: 19, scope: !1325)
!1329 = !DILocation(line: 204, column: 11, scope: !1325)
!1330 = !DILocation(line: 205, column: 27, scope: !1325)
!1331 = !DILocation(line: 205, column: 13, scope: !1325)
!1332 = !DILocation(line: 205, column: 7, scope: !1325)
!1333 = !DILocation(line: 205, column: 11, scope: !1325)
!1334 = !DILocation(line: 206, column: 13, scope: !1325)
!1335 = !DILocation(line: 206, column: 7, scope: !1325)
!1336 = !DILocation(line: 206, column: 11, scope: !1325)
!1337 = !DILocation(line: 207, column: 5, scope: !1325)
!1338 = distinct !DISubprogram(name: "__insertion_sort<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__ops::_Iter_comp_iter<(lambda at cxx_stl_lambda.cpp:13:35)> >", scope: !172, file: !172, line: 1802, type: !11, scopeLine: 1804, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1339 = !DILocation(line: 1805, column: 19, scope: !1338)
!1340 = !DILocation(line: 1805, column: 30, scope: !1338)
!1341 = !DILocation(line: 1807, column: 48, scope: !1338)
!1342 = !DILocation(line: 1807, column: 12, scope: !1338)
!1343 = !DILocation(line: 1807, column: 57, scope: !1338)
!1344 = !DILocation(line: 1807, column: 7, scope: !1338)
!1345 = !DILocation(line: 1809, column: 15, scope: !1338)
!1346 = !DILocation(line: 1809, column: 20, scope: !1338)
!1347 = !DILocation(line: 1809, column: 8, scope: !1338)
!1348 = !DILocation(line: 1812, column: 25, scope: !1338)
!1349 = !DILocation(line: 1812, column: 11, scope: !1338)
!1350 = !DILocation(line: 1812, column: 3, scope: !1338)
!1351 = !DILocation(line: 1813, column: 32, scope: !1338)
!1352 = !DILocation(line: 1813, column: 41, scope: !1338)
!1353 = !DILocation(line: 1813, column: 50, scope: !1338)
!1354 = !DILocation(line: 1813, column: 8, scope: !1338)
!1355 = !DILocation(line: 1814, column: 19, scope: !1338)
!1356 = !DILocation(line: 1814, column: 8, scope: !1338)
!1357 = !DILocation(line: 1814, column: 17, scope: !1338)
!1358 = !DILocation(line: 1815, column: 6, scope: !1338)
!1359 = !DILocation(line: 1817, column: 37, scope: !1338)
!1360 = !DILocation(line: 1818, column: 39, scope: !1338)
!1361 = !DILocation(line: 1818, column: 5, scope: !1338)
!1362 = !DILocation(line: 1817, column: 6, scope: !1338)
!1363 = !DILocation(line: 1819, column: 2, scope: !1338)
!1364 = !DILocation(line: 1807, column: 68, scope: !1338)
!1365 = distinct !{!1365, !1344, !1363, !28}
!1366 = !DILocation(line: 1820, column: 5, scope: !1338)
!1367 = distinct !DISubprogram(name: "__unguarded_insertion_sort<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__ops::_Iter_comp_iter<(lambda at cxx_stl_lambda.cpp:13:35)> >", scope: !172, file: !172, line: 1826, type: !11, scopeLine: 1828, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1368 = !DILocation(line: 1829, column: 40, scope: !1367)
!1369 = !DILocation(line: 1829, column: 12, scope: !1367)
!1370 = !DILocation(line: 1829, column: 53, scope: !1367)
!1371 = !DILocation(line: 1829, column: 7, scope: !1367)
!1372 = !DILocation(line: 1830, column: 33, scope: !1367)
!1373 = !DILocation(line: 1831, column: 39, scope: !1367)
!1374 = !DILocation(line: 1831, column: 5, scope: !1367)
!1375 = !DILocation(line: 1830, column: 2, scope: !1367)
!1376 = !DILocation(line: 1829, column: 64, scope: !1367)
!1377 = distinct !{!1377, !1371, !1378, !28}
!1378 = !DILocation(line: 1831, column: 46, scope: !1367)
!1379 = !DILocation(line: 1832, column: 5, scope: !1367)
!1380 = distinct !DISubprogram(name: "operator==<int *, std::vector<int, std::allocator<int> > >", scope: !189, file: !189, line: 1221, type: !11, scopeLine: 1224, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1381 = !DILocation(line: 1224, column: 14, scope: !1380)
!1382 = !DILocation(line: 1224, column: 20, scope: !1380)
!1383 = !DILocation(line: 1224, column: 30, scope: !1380)
!1384 = !DILocation(line: 1224, column: 36, scope: !1380)
!1385 = !DILocation(line: 1224, column: 27, scope: !1380)
!1386 = !DILocation(line: 1224, column: 7, scope: !1380)
!1387 = distinct !DISubprogram(name: "move_backward<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > > >", scope: !841, file: !841, line: 883, type: !11, scopeLine: 884, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1388 = !DILocation(line: 892, column: 66, scope: !1387)
!1389 = !DILocation(line: 892, column: 48, scope: !1387)
!1390 = !DILocation(line: 893, column: 31, scope: !1387)
!1391 = !DILocation(line: 893, column: 13, scope: !1387)
!1392 = !DILocation(line: 894, column: 13, scope: !1387)
!1393 = !DILocation(line: 892, column: 14, scope: !1387)
!1394 = !DILocation(line: 892, column: 7, scope: !1387)
!1395 = distinct !DISubprogram(name: "__unguarded_linear_insert<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__ops::_Val_comp_iter<(lambda at cxx_stl_lambda.cpp:13:35)> >", scope: !172, file: !172, line: 1782, type: !11, scopeLine: 1784, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1396 = !DILocation(line: 1786, column: 24, scope: !1395)
!1397 = !DILocation(line: 1786, column: 10, scope: !1395)
!1398 = !DILocation(line: 1786, column: 2, scope: !1395)
!1399 = !DILocation(line: 1787, column: 38, scope: !1395)
!1400 = !DILocation(line: 1788, column: 7, scope: !1395)
!1401 = !DILocation(line: 1789, column: 7, scope: !1395)
!1402 = !DILocation(line: 1789, column: 28, scope: !1395)
!1403 = !DILocation(line: 1789, column: 14, scope: !1395)
!1404 = !DILocation(line: 1791, column: 28, scope: !1395)
!1405 = !DILocation(line: 1791, column: 14, scope: !1395)
!1406 = !DILocation(line: 1791, column: 4, scope: !1395)
!1407 = !DILocation(line: 1791, column: 12, scope: !1395)
!1408 = !DILocation(line: 1792, column: 11, scope: !1395)
!1409 = !DILocation(line: 1793, column: 4, scope: !1395)
!1410 = distinct !{!1410, !1401, !1411, !28}
!1411 = !DILocation(line: 1794, column: 2, scope: !1395)
!1412 = !DILocation(line: 1795, column: 17, scope: !1395)
!1413 = !DILocation(line: 1795, column: 7, scope: !1395)
!1414 = !DILocation(line: 1795, column: 15, scope: !1395)
!1415 = !DILocation(line: 1796, column: 5, scope: !1395)
!1416 = distinct !DISubprogram(name: "__val_comp_iter<(lambda at cxx_stl_lambda.cpp:13:35)>", scope: !947, file: !947, line: 252, type: !11, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1417 = !DILocation(line: 253, column: 14, scope: !1416)
!1418 = !DILocation(line: 253, column: 7, scope: !1416)
!1419 = distinct !DISubprogram(name: "__copy_move_backward_a<true, __gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > > >", scope: !841, file: !841, line: 796, type: !11, scopeLine: 797, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1420 = !DILocation(line: 798, column: 32, scope: !1419)
!1421 = !DILocation(line: 800, column: 24, scope: !1419)
!1422 = !DILocation(line: 800, column: 6, scope: !1419)
!1423 = !DILocation(line: 800, column: 52, scope: !1419)
!1424 = !DILocation(line: 800, column: 34, scope: !1419)
!1425 = !DILocation(line: 801, column: 24, scope: !1419)
!1426 = !DILocation(line: 801, column: 6, scope: !1419)
!1427 = !DILocation(line: 799, column: 3, scope: !1419)
!1428 = !DILocation(line: 798, column: 14, scope: !1419)
!1429 = !DILocation(line: 798, column: 7, scope: !1419)
!1430 = distinct !DISubprogram(name: "__miter_base<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > > >", scope: !1431, file: !1431, line: 562, type: !11, scopeLine: 563, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1431 = !DIFile(filename: "/usr/include/c++/12/bits/cpp_type_traits.h", directory: "")
!1432 = !DILocation(line: 563, column: 14, scope: !1430)
!1433 = !DILocation(line: 563, column: 7, scope: !1430)
!1434 = distinct !DISubprogram(name: "__niter_wrap<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, int *>", scope: !841, file: !841, line: 328, type: !11, scopeLine: 329, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1435 = !DILocation(line: 329, column: 24, scope: !1434)
!1436 = !DILocation(line: 329, column: 50, scope: !1434)
!1437 = !DILocation(line: 329, column: 32, scope: !1434)
!1438 = !DILocation(line: 329, column: 30, scope: !1434)
!1439 = !DILocation(line: 329, column: 21, scope: !1434)
!1440 = !DILocation(line: 329, column: 7, scope: !1434)
!1441 = distinct !DISubprogram(name: "__copy_move_backward_a1<true, int *, int *>", scope: !841, file: !841, line: 768, type: !11, scopeLine: 769, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1442 = !DILocation(line: 769, column: 52, scope: !1441)
!1443 = !DILocation(line: 769, column: 61, scope: !1441)
!1444 = !DILocation(line: 769, column: 69, scope: !1441)
!1445 = !DILocation(line: 769, column: 14, scope: !1441)
!1446 = !DILocation(line: 769, column: 7, scope: !1441)
!1447 = distinct !DISubprogram(name: "__niter_base<int *, std::vector<int, std::allocator<int> > >", scope: !189, file: !189, line: 1353, type: !11, scopeLine: 1355, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1448 = !DILocation(line: 1355, column: 19, scope: !1447)
!1449 = !DILocation(line: 1355, column: 7, scope: !1447)
!1450 = distinct !DISubprogram(name: "__copy_move_backward_a2<true, int *, int *>", scope: !841, file: !841, line: 750, type: !11, scopeLine: 751, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1451 = !DILocation(line: 760, column: 38, scope: !1450)
!1452 = !DILocation(line: 761, column: 10, scope: !1450)
!1453 = !DILocation(line: 762, column: 10, scope: !1450)
!1454 = !DILocation(line: 758, column: 14, scope: !1450)
!1455 = !DILocation(line: 758, column: 7, scope: !1450)
!1456 = distinct !DISubprogram(name: "__copy_move_b<int>", scope: !841, file: !841, line: 731, type: !11, scopeLine: 732, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1457 = !DILocation(line: 740, column: 27, scope: !1456)
!1458 = !DILocation(line: 740, column: 36, scope: !1456)
!1459 = !DILocation(line: 740, column: 34, scope: !1456)
!1460 = !DILocation(line: 740, column: 20, scope: !1456)
!1461 = !DILocation(line: 741, column: 8, scope: !1456)
!1462 = !DILocation(line: 742, column: 24, scope: !1456)
!1463 = !DILocation(line: 742, column: 35, scope: !1456)
!1464 = !DILocation(line: 742, column: 6, scope: !1456)
!1465 = !DILocation(line: 742, column: 41, scope: !1456)
!1466 = !DILocation(line: 742, column: 64, scope: !1456)
!1467 = !DILocation(line: 742, column: 62, scope: !1456)
!1468 = !DILocation(line: 743, column: 11, scope: !1456)
!1469 = !DILocation(line: 743, column: 22, scope: !1456)
!1470 = !DILocation(line: 743, column: 20, scope: !1456)
!1471 = !DILocation(line: 743, column: 4, scope: !1456)
!1472 = distinct !DISubprogram(name: "operator()<int, __gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > > >", scope: !947, file: !947, line: 239, type: !11, scopeLine: 240, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1473 = !DILocation(line: 240, column: 24, scope: !1472)
!1474 = !DILocation(line: 240, column: 31, scope: !1472)
!1475 = !DILocation(line: 240, column: 16, scope: !1472)
!1476 = !DILocation(line: 240, column: 4, scope: !1472)
!1477 = distinct !DISubprogram(name: "_Val_comp_iter", scope: !947, file: !947, line: 231, type: !11, scopeLine: 233, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1478 = !DILocation(line: 232, column: 22, scope: !1477)
!1479 = !DILocation(line: 233, column: 9, scope: !1477)
!1480 = distinct !DISubprogram(name: "_Iter_comp_iter", scope: !947, file: !947, line: 150, type: !11, scopeLine: 152, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1481 = !DILocation(line: 152, column: 9, scope: !1480)
!1482 = distinct !DISubprogram(name: "_S_check_init_len", scope: !163, file: !163, line: 1902, type: !11, scopeLine: 1903, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1483 = !DILocation(line: 1904, column: 6, scope: !1482)
!1484 = !DILocation(line: 1904, column: 39, scope: !1482)
!1485 = !DILocation(line: 1904, column: 24, scope: !1482)
!1486 = !DILocation(line: 1904, column: 12, scope: !1482)
!1487 = !DILocation(line: 1904, column: 10, scope: !1482)
!1488 = !DILocation(line: 1905, column: 4, scope: !1482)
!1489 = !DILocation(line: 1907, column: 9, scope: !1482)
!1490 = !DILocation(line: 1907, column: 2, scope: !1482)
!1491 = distinct !DISubprogram(name: "_Vector_base", scope: !163, file: !163, line: 330, type: !11, scopeLine: 332, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1492 = !DILocation(line: 331, column: 9, scope: !1491)
!1493 = !DILocation(line: 331, column: 17, scope: !1491)
!1494 = !DILocation(line: 332, column: 27, scope: !1491)
!1495 = !DILocation(line: 332, column: 9, scope: !1491)
!1496 = !DILocation(line: 332, column: 33, scope: !1491)
!1497 = distinct !DISubprogram(name: "_M_default_initialize", scope: !163, file: !163, line: 1710, type: !11, scopeLine: 1711, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1498 = !DILocation(line: 1713, column: 43, scope: !1497)
!1499 = !DILocation(line: 1713, column: 51, scope: !1497)
!1500 = !DILocation(line: 1713, column: 61, scope: !1497)
!1501 = !DILocation(line: 1714, column: 9, scope: !1497)
!1502 = !DILocation(line: 1713, column: 4, scope: !1497)
!1503 = !DILocation(line: 1712, column: 8, scope: !1497)
!1504 = !DILocation(line: 1712, column: 16, scope: !1497)
!1505 = !DILocation(line: 1712, column: 26, scope: !1497)
!1506 = !DILocation(line: 1715, column: 7, scope: !1497)
!1507 = distinct !DISubprogram(name: "allocator", scope: !220, file: !220, line: 159, type: !11, scopeLine: 160, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1508 = !DILocation(line: 160, column: 31, scope: !1507)
!1509 = !DILocation(line: 160, column: 9, scope: !1507)
!1510 = !DILocation(line: 160, column: 38, scope: !1507)
!1511 = distinct !DISubprogram(name: "__new_allocator", scope: !510, file: !510, line: 83, type: !11, scopeLine: 83, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1512 = !DILocation(line: 83, column: 71, scope: !1511)
!1513 = distinct !DISubprogram(name: "_Vector_impl", scope: !163, file: !163, line: 143, type: !11, scopeLine: 145, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1514 = !DILocation(line: 144, column: 19, scope: !1513)
!1515 = !DILocation(line: 144, column: 4, scope: !1513)
!1516 = !DILocation(line: 143, column: 2, scope: !1513)
!1517 = !DILocation(line: 145, column: 4, scope: !1513)
!1518 = distinct !DISubprogram(name: "_M_create_storage", scope: !163, file: !163, line: 393, type: !11, scopeLine: 394, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1519 = !DILocation(line: 395, column: 45, scope: !1518)
!1520 = !DILocation(line: 395, column: 33, scope: !1518)
!1521 = !DILocation(line: 395, column: 8, scope: !1518)
!1522 = !DILocation(line: 395, column: 16, scope: !1518)
!1523 = !DILocation(line: 395, column: 25, scope: !1518)
!1524 = !DILocation(line: 396, column: 34, scope: !1518)
!1525 = !DILocation(line: 396, column: 42, scope: !1518)
!1526 = !DILocation(line: 396, column: 8, scope: !1518)
!1527 = !DILocation(line: 396, column: 16, scope: !1518)
!1528 = !DILocation(line: 396, column: 26, scope: !1518)
!1529 = !DILocation(line: 397, column: 42, scope: !1518)
!1530 = !DILocation(line: 397, column: 50, scope: !1518)
!1531 = !DILocation(line: 397, column: 61, scope: !1518)
!1532 = !DILocation(line: 397, column: 59, scope: !1518)
!1533 = !DILocation(line: 397, column: 8, scope: !1518)
!1534 = !DILocation(line: 397, column: 16, scope: !1518)
!1535 = !DILocation(line: 397, column: 34, scope: !1518)
!1536 = !DILocation(line: 398, column: 7, scope: !1518)
!1537 = distinct !DISubprogram(name: "__uninitialized_default_n_a<int *, unsigned long, int>", scope: !897, file: !897, line: 764, type: !11, scopeLine: 766, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1538 = !DILocation(line: 766, column: 45, scope: !1537)
!1539 = !DILocation(line: 766, column: 54, scope: !1537)
!1540 = !DILocation(line: 766, column: 14, scope: !1537)
!1541 = !DILocation(line: 766, column: 7, scope: !1537)
!1542 = distinct !DISubprogram(name: "__uninitialized_default_n<int *, unsigned long>", scope: !897, file: !897, line: 691, type: !11, scopeLine: 692, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1543 = !DILocation(line: 696, column: 22, scope: !1542)
!1544 = !DILocation(line: 701, column: 21, scope: !1542)
!1545 = !DILocation(line: 701, column: 30, scope: !1542)
!1546 = !DILocation(line: 699, column: 14, scope: !1542)
!1547 = !DILocation(line: 699, column: 7, scope: !1542)
!1548 = distinct !DISubprogram(name: "__uninit_default_n<int *, unsigned long>", scope: !897, file: !897, line: 655, type: !11, scopeLine: 656, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1549 = !DILocation(line: 657, column: 8, scope: !1548)
!1550 = !DILocation(line: 657, column: 12, scope: !1548)
!1551 = !DILocation(line: 660, column: 23, scope: !1548)
!1552 = !DILocation(line: 659, column: 64, scope: !1548)
!1553 = !DILocation(line: 661, column: 24, scope: !1548)
!1554 = !DILocation(line: 661, column: 8, scope: !1548)
!1555 = !DILocation(line: 662, column: 8, scope: !1548)
!1556 = !DILocation(line: 663, column: 30, scope: !1548)
!1557 = !DILocation(line: 663, column: 39, scope: !1548)
!1558 = !DILocation(line: 663, column: 43, scope: !1548)
!1559 = !DILocation(line: 663, column: 49, scope: !1548)
!1560 = !DILocation(line: 663, column: 18, scope: !1548)
!1561 = !DILocation(line: 663, column: 16, scope: !1548)
!1562 = !DILocation(line: 664, column: 6, scope: !1548)
!1563 = !DILocation(line: 665, column: 11, scope: !1548)
!1564 = !DILocation(line: 665, column: 4, scope: !1548)
!1565 = distinct !DISubprogram(name: "_Construct<int>", scope: !676, file: !676, line: 109, type: !11, scopeLine: 110, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1566 = !DILocation(line: 119, column: 20, scope: !1565)
!1567 = !DILocation(line: 119, column: 7, scope: !1565)
!1568 = !DILocation(line: 120, column: 5, scope: !1565)
!1569 = distinct !DISubprogram(name: "fill_n<int *, unsigned long, int>", scope: !841, file: !841, line: 1143, type: !11, scopeLine: 1144, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1570 = !DILocation(line: 1148, column: 30, scope: !1569)
!1571 = !DILocation(line: 1148, column: 62, scope: !1569)
!1572 = !DILocation(line: 1148, column: 39, scope: !1569)
!1573 = !DILocation(line: 1148, column: 68, scope: !1569)
!1574 = !DILocation(line: 1149, column: 11, scope: !1569)
!1575 = !DILocation(line: 1148, column: 14, scope: !1569)
!1576 = !DILocation(line: 1148, column: 7, scope: !1569)
!1577 = distinct !DISubprogram(name: "__fill_n_a<int *, unsigned long, int>", scope: !841, file: !841, line: 1108, type: !11, scopeLine: 1110, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1578 = !DILocation(line: 1114, column: 11, scope: !1577)
!1579 = !DILocation(line: 1114, column: 15, scope: !1577)
!1580 = !DILocation(line: 1115, column: 9, scope: !1577)
!1581 = !DILocation(line: 1115, column: 2, scope: !1577)
!1582 = !DILocation(line: 1119, column: 21, scope: !1577)
!1583 = !DILocation(line: 1119, column: 30, scope: !1577)
!1584 = !DILocation(line: 1119, column: 40, scope: !1577)
!1585 = !DILocation(line: 1119, column: 38, scope: !1577)
!1586 = !DILocation(line: 1119, column: 45, scope: !1577)
!1587 = !DILocation(line: 1119, column: 7, scope: !1577)
!1588 = !DILocation(line: 1120, column: 14, scope: !1577)
!1589 = !DILocation(line: 1120, column: 24, scope: !1577)
!1590 = !DILocation(line: 1120, column: 22, scope: !1577)
!1591 = !DILocation(line: 1120, column: 7, scope: !1577)
!1592 = !DILocation(line: 1121, column: 5, scope: !1577)
!1593 = distinct !DISubprogram(name: "__size_to_integer", scope: !841, file: !841, line: 1009, type: !11, scopeLine: 1009, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1594 = !DILocation(line: 1009, column: 49, scope: !1593)
!1595 = !DILocation(line: 1009, column: 42, scope: !1593)
!1596 = distinct !DISubprogram(name: "__iterator_category<int *>", scope: !1597, file: !1597, line: 238, type: !11, scopeLine: 239, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1597 = !DIFile(filename: "/usr/include/c++/12/bits/stl_iterator_base_types.h", directory: "")
!1598 = !DILocation(line: 239, column: 7, scope: !1596)
!1599 = distinct !DISubprogram(name: "__fill_a<int *, int>", scope: !841, file: !841, line: 967, type: !11, scopeLine: 968, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1600 = !DILocation(line: 968, column: 22, scope: !1599)
!1601 = !DILocation(line: 968, column: 31, scope: !1599)
!1602 = !DILocation(line: 968, column: 39, scope: !1599)
!1603 = !DILocation(line: 968, column: 7, scope: !1599)
!1604 = !DILocation(line: 968, column: 49, scope: !1599)
!1605 = distinct !DISubprogram(name: "__fill_a1<int *, int>", scope: !841, file: !841, line: 917, type: !11, scopeLine: 919, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1606 = !DILocation(line: 920, column: 25, scope: !1605)
!1607 = !DILocation(line: 920, column: 17, scope: !1605)
!1608 = !DILocation(line: 921, column: 7, scope: !1605)
!1609 = !DILocation(line: 921, column: 14, scope: !1605)
!1610 = !DILocation(line: 921, column: 25, scope: !1605)
!1611 = !DILocation(line: 921, column: 22, scope: !1605)
!1612 = !DILocation(line: 922, column: 13, scope: !1605)
!1613 = !DILocation(line: 922, column: 3, scope: !1605)
!1614 = !DILocation(line: 922, column: 11, scope: !1605)
!1615 = !DILocation(line: 922, column: 2, scope: !1605)
!1616 = !DILocation(line: 921, column: 33, scope: !1605)
!1617 = distinct !{!1617, !1608, !1612, !28}
!1618 = !DILocation(line: 923, column: 5, scope: !1605)
!1619 = distinct !DISubprogram(name: "operator()", scope: !10, file: !10, line: 17, type: !11, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!1620 = !DILocation(line: 17, column: 40, scope: !1619)
!1621 = !DILocation(line: 17, column: 44, scope: !1619)
!1622 = !DILocation(line: 17, column: 42, scope: !1619)
!1623 = !DILocation(line: 17, column: 33, scope: !1619)
!1624 = distinct !DISubprogram(name: "length", scope: !1625, file: !1625, line: 389, type: !11, scopeLine: 390, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1625 = !DIFile(filename: "/usr/include/c++/12/bits/char_traits.h", directory: "")
!1626 = !DILocation(line: 395, column: 26, scope: !1624)
!1627 = !DILocation(line: 395, column: 9, scope: !1624)
!1628 = !DILocation(line: 395, column: 2, scope: !1624)
!1629 = distinct !DISubprogram(name: "_M_construct<const char *>", scope: !1630, file: !1630, line: 218, type: !11, scopeLine: 220, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1630 = !DIFile(filename: "/usr/include/c++/12/bits/basic_string.tcc", directory: "")
!1631 = !DILocation(line: 221, column: 58, scope: !1629)
!1632 = !DILocation(line: 221, column: 65, scope: !1629)
!1633 = !DILocation(line: 221, column: 44, scope: !1629)
!1634 = !DILocation(line: 221, column: 12, scope: !1629)
!1635 = !DILocation(line: 223, column: 6, scope: !1629)
!1636 = !DILocation(line: 223, column: 13, scope: !1629)
!1637 = !DILocation(line: 225, column: 14, scope: !1629)
!1638 = !DILocation(line: 225, column: 6, scope: !1629)
!1639 = !DILocation(line: 226, column: 18, scope: !1629)
!1640 = !DILocation(line: 226, column: 6, scope: !1629)
!1641 = !DILocation(line: 227, column: 4, scope: !1629)
!1642 = !DILocation(line: 229, column: 4, scope: !1629)
!1643 = !DILocation(line: 241, column: 4, scope: !1629)
!1644 = !DILocation(line: 243, column: 22, scope: !1629)
!1645 = !DILocation(line: 243, column: 33, scope: !1629)
!1646 = !DILocation(line: 243, column: 40, scope: !1629)
!1647 = !DILocation(line: 243, column: 2, scope: !1629)
!1648 = !DILocation(line: 245, column: 10, scope: !1629)
!1649 = !DILocation(line: 245, column: 21, scope: !1629)
!1650 = !DILocation(line: 247, column: 16, scope: !1629)
!1651 = !DILocation(line: 247, column: 2, scope: !1629)
!1652 = !DILocation(line: 248, column: 7, scope: !1629)
!1653 = distinct !DISubprogram(name: "~_Alloc_hider", scope: !270, file: !270, line: 192, type: !11, scopeLine: 192, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1654 = !DILocation(line: 192, column: 14, scope: !1653)
!1655 = distinct !DISubprogram(name: "distance<const char *>", scope: !1656, file: !1656, line: 147, type: !11, scopeLine: 148, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1656 = !DIFile(filename: "/usr/include/c++/12/bits/stl_iterator_base_funcs.h", directory: "")
!1657 = !DILocation(line: 150, column: 30, scope: !1655)
!1658 = !DILocation(line: 150, column: 39, scope: !1655)
!1659 = !DILocation(line: 151, column: 9, scope: !1655)
!1660 = !DILocation(line: 150, column: 14, scope: !1655)
!1661 = !DILocation(line: 150, column: 7, scope: !1655)
!1662 = distinct !DISubprogram(name: "_M_use_local_data", scope: !270, file: !270, line: 351, type: !11, scopeLine: 352, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1663 = !DILocation(line: 358, column: 9, scope: !1662)
!1664 = !DILocation(line: 358, column: 2, scope: !1662)
!1665 = distinct !DISubprogram(name: "_Guard", scope: !1630, file: !1630, line: 235, type: !11, scopeLine: 235, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1666 = !DILocation(line: 235, column: 41, scope: !1665)
!1667 = !DILocation(line: 235, column: 52, scope: !1665)
!1668 = !DILocation(line: 235, column: 59, scope: !1665)
!1669 = distinct !DISubprogram(name: "~_Guard", scope: !1630, file: !1630, line: 238, type: !11, scopeLine: 238, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1670 = !DILocation(line: 238, column: 20, scope: !1669)
!1671 = !DILocation(line: 238, column: 32, scope: !1669)
!1672 = !DILocation(line: 238, column: 44, scope: !1669)
!1673 = !DILocation(line: 238, column: 58, scope: !1669)
!1674 = distinct !DISubprogram(name: "__distance<const char *>", scope: !1656, file: !1656, line: 99, type: !11, scopeLine: 101, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1675 = !DILocation(line: 105, column: 14, scope: !1674)
!1676 = !DILocation(line: 105, column: 23, scope: !1674)
!1677 = !DILocation(line: 105, column: 21, scope: !1674)
!1678 = !DILocation(line: 105, column: 7, scope: !1674)
!1679 = distinct !DISubprogram(name: "__iterator_category<const char *>", scope: !1597, file: !1597, line: 238, type: !11, scopeLine: 239, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1680 = !DILocation(line: 239, column: 7, scope: !1679)
!1681 = distinct !DISubprogram(name: "lower_bound", scope: !266, file: !266, line: 1306, type: !11, scopeLine: 1307, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1682 = !DILocation(line: 1307, column: 16, scope: !1681)
!1683 = !DILocation(line: 1307, column: 33, scope: !1681)
!1684 = !DILocation(line: 1307, column: 21, scope: !1681)
!1685 = !DILocation(line: 1307, column: 9, scope: !1681)
!1686 = distinct !DISubprogram(name: "operator==", scope: !316, file: !316, line: 315, type: !11, scopeLine: 316, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1687 = !DILocation(line: 316, column: 16, scope: !1686)
!1688 = !DILocation(line: 316, column: 20, scope: !1686)
!1689 = !DILocation(line: 316, column: 31, scope: !1686)
!1690 = !DILocation(line: 316, column: 35, scope: !1686)
!1691 = !DILocation(line: 316, column: 28, scope: !1686)
!1692 = !DILocation(line: 316, column: 9, scope: !1686)
!1693 = distinct !DISubprogram(name: "key_comp", scope: !266, file: !266, line: 1190, type: !11, scopeLine: 1191, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1694 = !DILocation(line: 1191, column: 16, scope: !1693)
!1695 = !DILocation(line: 1191, column: 21, scope: !1693)
!1696 = !DILocation(line: 1191, column: 9, scope: !1693)
!1697 = distinct !DISubprogram(name: "operator()", scope: !1698, file: !1698, line: 407, type: !11, scopeLine: 408, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1698 = !DIFile(filename: "/usr/include/c++/12/bits/stl_function.h", directory: "")
!1699 = !DILocation(line: 408, column: 16, scope: !1697)
!1700 = !DILocation(line: 408, column: 22, scope: !1697)
!1701 = !DILocation(line: 408, column: 20, scope: !1697)
!1702 = !DILocation(line: 408, column: 9, scope: !1697)
!1703 = distinct !DISubprogram(name: "_M_emplace_hint_unique<const std::piecewise_construct_t &, std::tuple<std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > &&>, std::tuple<> >", scope: !316, file: !316, line: 2458, type: !11, scopeLine: 2460, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1704 = !DILocation(line: 2461, column: 44, scope: !1703)
!1705 = !DILocation(line: 2461, column: 13, scope: !1703)
!1706 = !DILocation(line: 2462, column: 45, scope: !1703)
!1707 = !DILocation(line: 2462, column: 56, scope: !1703)
!1708 = !DILocation(line: 2462, column: 15, scope: !1703)
!1709 = !DILocation(line: 2463, column: 12, scope: !1703)
!1710 = !DILocation(line: 2463, column: 6, scope: !1703)
!1711 = !DILocation(line: 2464, column: 25, scope: !1703)
!1712 = !DILocation(line: 2464, column: 15, scope: !1703)
!1713 = !DILocation(line: 2464, column: 4, scope: !1703)
!1714 = !DILocation(line: 2466, column: 7, scope: !1703)
!1715 = !DILocation(line: 2465, column: 24, scope: !1703)
!1716 = !DILocation(line: 2465, column: 9, scope: !1703)
!1717 = !DILocation(line: 2465, column: 2, scope: !1703)
!1718 = distinct !DISubprogram(name: "_Rb_tree_const_iterator", scope: !316, file: !316, line: 350, type: !11, scopeLine: 351, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1719 = !DILocation(line: 351, column: 9, scope: !1718)
!1720 = !DILocation(line: 351, column: 17, scope: !1718)
!1721 = !DILocation(line: 351, column: 22, scope: !1718)
!1722 = !DILocation(line: 351, column: 33, scope: !1718)
!1723 = distinct !DISubprogram(name: "forward_as_tuple<std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > >", scope: !1724, file: !1724, line: 1589, type: !11, scopeLine: 1590, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1724 = !DIFile(filename: "/usr/include/c++/12/tuple", directory: "")
!1725 = !DILocation(line: 1590, column: 60, scope: !1723)
!1726 = !DILocation(line: 1590, column: 14, scope: !1723)
!1727 = !DILocation(line: 1590, column: 7, scope: !1723)
!1728 = distinct !DISubprogram(name: "lower_bound", scope: !316, file: !316, line: 1269, type: !11, scopeLine: 1270, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1729 = !DILocation(line: 1270, column: 31, scope: !1728)
!1730 = !DILocation(line: 1270, column: 43, scope: !1728)
!1731 = !DILocation(line: 1270, column: 53, scope: !1728)
!1732 = !DILocation(line: 1270, column: 16, scope: !1728)
!1733 = !DILocation(line: 1270, column: 9, scope: !1728)
!1734 = distinct !DISubprogram(name: "_M_lower_bound", scope: !316, file: !316, line: 1947, type: !11, scopeLine: 1949, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1735 = !DILocation(line: 1950, column: 7, scope: !1734)
!1736 = !DILocation(line: 1950, column: 14, scope: !1734)
!1737 = !DILocation(line: 1950, column: 18, scope: !1734)
!1738 = !DILocation(line: 1951, column: 7, scope: !1734)
!1739 = !DILocation(line: 1951, column: 37, scope: !1734)
!1740 = !DILocation(line: 1951, column: 30, scope: !1734)
!1741 = !DILocation(line: 1951, column: 43, scope: !1734)
!1742 = !DILocation(line: 1951, column: 6, scope: !1734)
!1743 = !DILocation(line: 1952, column: 10, scope: !1734)
!1744 = !DILocation(line: 1952, column: 8, scope: !1734)
!1745 = !DILocation(line: 1952, column: 29, scope: !1734)
!1746 = !DILocation(line: 1952, column: 21, scope: !1734)
!1747 = !DILocation(line: 1952, column: 19, scope: !1734)
!1748 = !DILocation(line: 1952, column: 4, scope: !1734)
!1749 = !DILocation(line: 1954, column: 19, scope: !1734)
!1750 = !DILocation(line: 1954, column: 10, scope: !1734)
!1751 = !DILocation(line: 1954, column: 8, scope: !1734)
!1752 = distinct !{!1752, !1735, !1753, !28}
!1753 = !DILocation(line: 1954, column: 22, scope: !1734)
!1754 = !DILocation(line: 1955, column: 23, scope: !1734)
!1755 = !DILocation(line: 1955, column: 14, scope: !1734)
!1756 = !DILocation(line: 1955, column: 7, scope: !1734)
!1757 = distinct !DISubprogram(name: "_M_end", scope: !316, file: !316, line: 749, type: !11, scopeLine: 750, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1758 = !DILocation(line: 750, column: 23, scope: !1757)
!1759 = !DILocation(line: 750, column: 17, scope: !1757)
!1760 = !DILocation(line: 750, column: 31, scope: !1757)
!1761 = !DILocation(line: 750, column: 9, scope: !1757)
!1762 = distinct !DISubprogram(name: "_S_key", scope: !316, file: !316, line: 757, type: !11, scopeLine: 758, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1763 = !DILocation(line: 775, column: 24, scope: !1762)
!1764 = !DILocation(line: 775, column: 29, scope: !1762)
!1765 = !DILocation(line: 775, column: 9, scope: !1762)
!1766 = !DILocation(line: 775, column: 2, scope: !1762)
!1767 = distinct !DISubprogram(name: "_Rb_tree_iterator", scope: !316, file: !316, line: 273, type: !11, scopeLine: 274, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1768 = !DILocation(line: 274, column: 9, scope: !1767)
!1769 = !DILocation(line: 274, column: 17, scope: !1767)
!1770 = !DILocation(line: 274, column: 24, scope: !1767)
!1771 = distinct !DISubprogram(name: "operator()", scope: !1698, file: !1698, line: 1182, type: !11, scopeLine: 1183, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1772 = !DILocation(line: 1183, column: 16, scope: !1771)
!1773 = !DILocation(line: 1183, column: 20, scope: !1771)
!1774 = !DILocation(line: 1183, column: 9, scope: !1771)
!1775 = distinct !DISubprogram(name: "_M_valptr", scope: !316, file: !316, line: 238, type: !11, scopeLine: 239, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1776 = !DILocation(line: 239, column: 16, scope: !1775)
!1777 = !DILocation(line: 239, column: 27, scope: !1775)
!1778 = !DILocation(line: 239, column: 9, scope: !1775)
!1779 = distinct !DISubprogram(name: "_M_ptr", scope: !627, file: !627, line: 76, type: !11, scopeLine: 77, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1780 = !DILocation(line: 77, column: 40, scope: !1779)
!1781 = !DILocation(line: 77, column: 9, scope: !1779)
!1782 = distinct !DISubprogram(name: "_M_addr", scope: !627, file: !627, line: 68, type: !11, scopeLine: 69, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1783 = !DILocation(line: 69, column: 42, scope: !1782)
!1784 = !DILocation(line: 69, column: 9, scope: !1782)
!1785 = distinct !DISubprogram(name: "key_comp", scope: !316, file: !316, line: 991, type: !11, scopeLine: 992, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1786 = !DILocation(line: 992, column: 16, scope: !1785)
!1787 = !DILocation(line: 992, column: 9, scope: !1785)
!1788 = distinct !DISubprogram(name: "operator<<char, std::char_traits<char>, std::allocator<char> >", scope: !270, file: !270, line: 3691, type: !11, scopeLine: 3694, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1789 = !DILocation(line: 3694, column: 14, scope: !1788)
!1790 = !DILocation(line: 3694, column: 28, scope: !1788)
!1791 = !DILocation(line: 3694, column: 20, scope: !1788)
!1792 = !DILocation(line: 3694, column: 35, scope: !1788)
!1793 = !DILocation(line: 3694, column: 7, scope: !1788)
!1794 = distinct !DISubprogram(name: "_Auto_node<const std::piecewise_construct_t &, std::tuple<std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > &&>, std::tuple<> >", scope: !316, file: !316, line: 1634, type: !11, scopeLine: 1637, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1795 = !DILocation(line: 1635, column: 6, scope: !1794)
!1796 = !DILocation(line: 1635, column: 11, scope: !1794)
!1797 = !DILocation(line: 1636, column: 6, scope: !1794)
!1798 = !DILocation(line: 1636, column: 14, scope: !1794)
!1799 = !DILocation(line: 1636, column: 53, scope: !1794)
!1800 = !DILocation(line: 1636, column: 18, scope: !1794)
!1801 = !DILocation(line: 1637, column: 6, scope: !1794)
!1802 = distinct !DISubprogram(name: "_M_get_insert_hint_unique_pos", scope: !316, file: !316, line: 2210, type: !11, scopeLine: 2212, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1803 = !DILocation(line: 2213, column: 35, scope: !1802)
!1804 = !DILocation(line: 2217, column: 17, scope: !1802)
!1805 = !DILocation(line: 2217, column: 28, scope: !1802)
!1806 = !DILocation(line: 2217, column: 25, scope: !1802)
!1807 = !DILocation(line: 2219, column: 8, scope: !1802)
!1808 = !DILocation(line: 2219, column: 15, scope: !1802)
!1809 = !DILocation(line: 2220, column: 8, scope: !1802)
!1810 = !DILocation(line: 2220, column: 11, scope: !1802)
!1811 = !DILocation(line: 2220, column: 41, scope: !1802)
!1812 = !DILocation(line: 2220, column: 34, scope: !1802)
!1813 = !DILocation(line: 2220, column: 58, scope: !1802)
!1814 = !DILocation(line: 2221, column: 18, scope: !1802)
!1815 = !DILocation(line: 2221, column: 21, scope: !1802)
!1816 = !DILocation(line: 2221, column: 13, scope: !1802)
!1817 = !DILocation(line: 2221, column: 6, scope: !1802)
!1818 = !DILocation(line: 2223, column: 38, scope: !1802)
!1819 = !DILocation(line: 2223, column: 13, scope: !1802)
!1820 = !DILocation(line: 2223, column: 6, scope: !1802)
!1821 = !DILocation(line: 2225, column: 16, scope: !1802)
!1822 = !DILocation(line: 2225, column: 39, scope: !1802)
!1823 = !DILocation(line: 2225, column: 57, scope: !1802)
!1824 = !DILocation(line: 2225, column: 44, scope: !1802)
!1825 = !DILocation(line: 2228, column: 24, scope: !1802)
!1826 = !DILocation(line: 2229, column: 14, scope: !1802)
!1827 = !DILocation(line: 2229, column: 25, scope: !1802)
!1828 = !DILocation(line: 2229, column: 22, scope: !1802)
!1829 = !DILocation(line: 2230, column: 18, scope: !1802)
!1830 = !DILocation(line: 2230, column: 33, scope: !1802)
!1831 = !DILocation(line: 2230, column: 13, scope: !1802)
!1832 = !DILocation(line: 2230, column: 6, scope: !1802)
!1833 = !DILocation(line: 2231, column: 13, scope: !1802)
!1834 = !DILocation(line: 2231, column: 44, scope: !1802)
!1835 = !DILocation(line: 2231, column: 56, scope: !1802)
!1836 = !DILocation(line: 2231, column: 36, scope: !1802)
!1837 = !DILocation(line: 2231, column: 66, scope: !1802)
!1838 = !DILocation(line: 2233, column: 30, scope: !1802)
!1839 = !DILocation(line: 2233, column: 12, scope: !1802)
!1840 = !DILocation(line: 2233, column: 39, scope: !1802)
!1841 = !DILocation(line: 2234, column: 15, scope: !1802)
!1842 = !DILocation(line: 2234, column: 27, scope: !1802)
!1843 = !DILocation(line: 2234, column: 10, scope: !1802)
!1844 = !DILocation(line: 2234, column: 3, scope: !1802)
!1845 = !DILocation(line: 2236, column: 21, scope: !1802)
!1846 = !DILocation(line: 2236, column: 36, scope: !1802)
!1847 = !DILocation(line: 2236, column: 10, scope: !1802)
!1848 = !DILocation(line: 2236, column: 3, scope: !1802)
!1849 = !DILocation(line: 2239, column: 38, scope: !1802)
!1850 = !DILocation(line: 2239, column: 13, scope: !1802)
!1851 = !DILocation(line: 2239, column: 6, scope: !1802)
!1852 = !DILocation(line: 2241, column: 16, scope: !1802)
!1853 = !DILocation(line: 2241, column: 52, scope: !1802)
!1854 = !DILocation(line: 2241, column: 39, scope: !1802)
!1855 = !DILocation(line: 2241, column: 62, scope: !1802)
!1856 = !DILocation(line: 2244, column: 23, scope: !1802)
!1857 = !DILocation(line: 2245, column: 14, scope: !1802)
!1858 = !DILocation(line: 2245, column: 25, scope: !1802)
!1859 = !DILocation(line: 2245, column: 22, scope: !1802)
!1860 = !DILocation(line: 2246, column: 18, scope: !1802)
!1861 = !DILocation(line: 2246, column: 21, scope: !1802)
!1862 = !DILocation(line: 2246, column: 13, scope: !1802)
!1863 = !DILocation(line: 2246, column: 6, scope: !1802)
!1864 = !DILocation(line: 2247, column: 13, scope: !1802)
!1865 = !DILocation(line: 2247, column: 36, scope: !1802)
!1866 = !DILocation(line: 2247, column: 49, scope: !1802)
!1867 = !DILocation(line: 2247, column: 60, scope: !1802)
!1868 = !DILocation(line: 2247, column: 41, scope: !1802)
!1869 = !DILocation(line: 2249, column: 27, scope: !1802)
!1870 = !DILocation(line: 2249, column: 12, scope: !1802)
!1871 = !DILocation(line: 2249, column: 36, scope: !1802)
!1872 = !DILocation(line: 2250, column: 15, scope: !1802)
!1873 = !DILocation(line: 2250, column: 24, scope: !1802)
!1874 = !DILocation(line: 2250, column: 10, scope: !1802)
!1875 = !DILocation(line: 2250, column: 3, scope: !1802)
!1876 = !DILocation(line: 2252, column: 23, scope: !1802)
!1877 = !DILocation(line: 2252, column: 40, scope: !1802)
!1878 = !DILocation(line: 2252, column: 10, scope: !1802)
!1879 = !DILocation(line: 2252, column: 3, scope: !1802)
!1880 = !DILocation(line: 2255, column: 38, scope: !1802)
!1881 = !DILocation(line: 2255, column: 13, scope: !1802)
!1882 = !DILocation(line: 2255, column: 6, scope: !1802)
!1883 = !DILocation(line: 2259, column: 20, scope: !1802)
!1884 = !DILocation(line: 2259, column: 29, scope: !1802)
!1885 = !DILocation(line: 2259, column: 9, scope: !1802)
!1886 = !DILocation(line: 2259, column: 2, scope: !1802)
!1887 = !DILocation(line: 2260, column: 5, scope: !1802)
!1888 = distinct !DISubprogram(name: "_M_key", scope: !316, file: !316, line: 1650, type: !11, scopeLine: 1651, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1889 = !DILocation(line: 1651, column: 18, scope: !1888)
!1890 = !DILocation(line: 1651, column: 11, scope: !1888)
!1891 = !DILocation(line: 1651, column: 4, scope: !1888)
!1892 = distinct !DISubprogram(name: "_M_insert", scope: !316, file: !316, line: 1654, type: !11, scopeLine: 1655, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1893 = !DILocation(line: 1656, column: 16, scope: !1892)
!1894 = !DILocation(line: 1656, column: 40, scope: !1892)
!1895 = !DILocation(line: 1656, column: 51, scope: !1892)
!1896 = !DILocation(line: 1656, column: 59, scope: !1892)
!1897 = !DILocation(line: 1656, column: 21, scope: !1892)
!1898 = !DILocation(line: 1657, column: 4, scope: !1892)
!1899 = !DILocation(line: 1657, column: 12, scope: !1892)
!1900 = !DILocation(line: 1658, column: 4, scope: !1892)
!1901 = distinct !DISubprogram(name: "~_Auto_node", scope: !316, file: !316, line: 1639, type: !11, scopeLine: 1640, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1902 = !DILocation(line: 1641, column: 8, scope: !1901)
!1903 = !DILocation(line: 1642, column: 6, scope: !1901)
!1904 = !DILocation(line: 1642, column: 24, scope: !1901)
!1905 = !DILocation(line: 1642, column: 11, scope: !1901)
!1906 = !DILocation(line: 1643, column: 2, scope: !1901)
!1907 = distinct !DISubprogram(name: "_M_create_node<const std::piecewise_construct_t &, std::tuple<std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > &&>, std::tuple<> >", scope: !316, file: !316, line: 609, type: !11, scopeLine: 610, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1908 = !DILocation(line: 611, column: 23, scope: !1907)
!1909 = !DILocation(line: 611, column: 15, scope: !1907)
!1910 = !DILocation(line: 612, column: 22, scope: !1907)
!1911 = !DILocation(line: 612, column: 49, scope: !1907)
!1912 = !DILocation(line: 612, column: 4, scope: !1907)
!1913 = !DILocation(line: 613, column: 11, scope: !1907)
!1914 = !DILocation(line: 613, column: 4, scope: !1907)
!1915 = distinct !DISubprogram(name: "_M_get_node", scope: !316, file: !316, line: 560, type: !11, scopeLine: 561, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1916 = !DILocation(line: 561, column: 40, scope: !1915)
!1917 = !DILocation(line: 561, column: 16, scope: !1915)
!1918 = !DILocation(line: 561, column: 9, scope: !1915)
!1919 = distinct !DISubprogram(name: "_M_construct_node<const std::piecewise_construct_t &, std::tuple<std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > &&>, std::tuple<> >", scope: !316, file: !316, line: 590, type: !11, scopeLine: 591, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1920 = !DILocation(line: 594, column: 14, scope: !1919)
!1921 = !DILocation(line: 595, column: 33, scope: !1919)
!1922 = !DILocation(line: 596, column: 12, scope: !1919)
!1923 = !DILocation(line: 596, column: 20, scope: !1919)
!1924 = !DILocation(line: 597, column: 32, scope: !1919)
!1925 = !DILocation(line: 595, column: 8, scope: !1919)
!1926 = !DILocation(line: 598, column: 6, scope: !1919)
!1927 = !DILocation(line: 605, column: 2, scope: !1919)
!1928 = !DILocation(line: 601, column: 8, scope: !1919)
!1929 = !DILocation(line: 602, column: 20, scope: !1919)
!1930 = !DILocation(line: 602, column: 8, scope: !1919)
!1931 = !DILocation(line: 603, column: 8, scope: !1919)
!1932 = !DILocation(line: 604, column: 6, scope: !1919)
!1933 = distinct !DISubprogram(name: "allocate", scope: !608, file: !608, line: 463, type: !11, scopeLine: 464, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1934 = !DILocation(line: 464, column: 16, scope: !1933)
!1935 = !DILocation(line: 464, column: 29, scope: !1933)
!1936 = !DILocation(line: 464, column: 20, scope: !1933)
!1937 = !DILocation(line: 464, column: 9, scope: !1933)
!1938 = distinct !DISubprogram(name: "allocate", scope: !510, file: !510, line: 112, type: !11, scopeLine: 113, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1939 = !DILocation(line: 120, column: 23, scope: !1938)
!1940 = !DILocation(line: 120, column: 35, scope: !1938)
!1941 = !DILocation(line: 120, column: 27, scope: !1938)
!1942 = !DILocation(line: 120, column: 6, scope: !1938)
!1943 = !DILocation(line: 124, column: 10, scope: !1938)
!1944 = !DILocation(line: 124, column: 14, scope: !1938)
!1945 = !DILocation(line: 125, column: 8, scope: !1938)
!1946 = !DILocation(line: 126, column: 6, scope: !1938)
!1947 = !DILocation(line: 137, column: 49, scope: !1938)
!1948 = !DILocation(line: 137, column: 53, scope: !1938)
!1949 = !DILocation(line: 137, column: 27, scope: !1938)
!1950 = !DILocation(line: 137, column: 2, scope: !1938)
!1951 = distinct !DISubprogram(name: "_M_max_size", scope: !510, file: !510, line: 210, type: !11, scopeLine: 211, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1952 = !DILocation(line: 213, column: 2, scope: !1951)
!1953 = distinct !DISubprogram(name: "construct<std::pair<const std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >, int>, const std::piecewise_construct_t &, std::tuple<std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > &&>, std::tuple<> >", scope: !608, file: !608, line: 511, type: !11, scopeLine: 514, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1954 = !DILocation(line: 516, column: 4, scope: !1953)
!1955 = !DILocation(line: 516, column: 18, scope: !1953)
!1956 = !DILocation(line: 516, column: 43, scope: !1953)
!1957 = !DILocation(line: 516, column: 8, scope: !1953)
!1958 = !DILocation(line: 520, column: 2, scope: !1953)
!1959 = distinct !DISubprogram(name: "construct<std::pair<const std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >, int>, const std::piecewise_construct_t &, std::tuple<std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > &&>, std::tuple<> >", scope: !510, file: !510, line: 173, type: !11, scopeLine: 175, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1960 = !DILocation(line: 175, column: 18, scope: !1959)
!1961 = !DILocation(line: 175, column: 47, scope: !1959)
!1962 = !DILocation(line: 175, column: 27, scope: !1959)
!1963 = !DILocation(line: 175, column: 23, scope: !1959)
!1964 = !DILocation(line: 175, column: 60, scope: !1959)
!1965 = distinct !DISubprogram(name: "tuple", scope: !1724, file: !1724, line: 756, type: !11, scopeLine: 756, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1966 = !DILocation(line: 756, column: 17, scope: !1965)
!1967 = !DILocation(line: 756, column: 40, scope: !1965)
!1968 = distinct !DISubprogram(name: "pair<std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > &&>", scope: !1724, file: !1724, line: 1803, type: !11, scopeLine: 1808, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1969 = !DILocation(line: 1805, column: 9, scope: !1968)
!1970 = !DILocation(line: 1808, column: 9, scope: !1968)
!1971 = distinct !DISubprogram(name: "_Tuple_impl", scope: !1724, file: !1724, line: 454, type: !11, scopeLine: 457, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1972 = !DILocation(line: 456, column: 36, scope: !1971)
!1973 = !DILocation(line: 456, column: 9, scope: !1971)
!1974 = !DILocation(line: 457, column: 9, scope: !1971)
!1975 = distinct !DISubprogram(name: "pair<std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > &&, 0UL>", scope: !1724, file: !1724, line: 1815, type: !11, scopeLine: 1819, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1976 = !DILocation(line: 1817, column: 9, scope: !1975)
!1977 = !DILocation(line: 1817, column: 56, scope: !1975)
!1978 = !DILocation(line: 1817, column: 36, scope: !1975)
!1979 = !DILocation(line: 1818, column: 2, scope: !1975)
!1980 = !DILocation(line: 1819, column: 9, scope: !1975)
!1981 = distinct !DISubprogram(name: "get<0UL, std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > &&>", scope: !1724, file: !1724, line: 1380, type: !11, scopeLine: 1381, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1982 = !DILocation(line: 1381, column: 37, scope: !1981)
!1983 = !DILocation(line: 1381, column: 14, scope: !1981)
!1984 = !DILocation(line: 1381, column: 7, scope: !1981)
!1985 = distinct !DISubprogram(name: "__get_helper<0UL, std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > &&>", scope: !1724, file: !1724, line: 1364, type: !11, scopeLine: 1365, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1986 = !DILocation(line: 1365, column: 57, scope: !1985)
!1987 = !DILocation(line: 1365, column: 14, scope: !1985)
!1988 = !DILocation(line: 1365, column: 7, scope: !1985)
!1989 = distinct !DISubprogram(name: "_M_head", scope: !1724, file: !1724, line: 424, type: !11, scopeLine: 424, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1990 = !DILocation(line: 424, column: 66, scope: !1989)
!1991 = !DILocation(line: 424, column: 51, scope: !1989)
!1992 = !DILocation(line: 424, column: 44, scope: !1989)
!1993 = distinct !DISubprogram(name: "_M_head", scope: !1724, file: !1724, line: 233, type: !11, scopeLine: 233, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1994 = !DILocation(line: 233, column: 50, scope: !1993)
!1995 = !DILocation(line: 233, column: 54, scope: !1993)
!1996 = !DILocation(line: 233, column: 43, scope: !1993)
!1997 = distinct !DISubprogram(name: "_M_const_cast", scope: !316, file: !316, line: 354, type: !11, scopeLine: 355, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!1998 = !DILocation(line: 355, column: 66, scope: !1997)
!1999 = !DILocation(line: 355, column: 16, scope: !1997)
!2000 = !DILocation(line: 355, column: 9, scope: !1997)
!2001 = distinct !DISubprogram(name: "size", scope: !316, file: !316, line: 1031, type: !11, scopeLine: 1032, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2002 = !DILocation(line: 1032, column: 16, scope: !2001)
!2003 = !DILocation(line: 1032, column: 24, scope: !2001)
!2004 = !DILocation(line: 1032, column: 9, scope: !2001)
!2005 = distinct !DISubprogram(name: "_S_key", scope: !316, file: !316, line: 795, type: !11, scopeLine: 796, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2006 = !DILocation(line: 796, column: 53, scope: !2005)
!2007 = !DILocation(line: 796, column: 16, scope: !2005)
!2008 = !DILocation(line: 796, column: 9, scope: !2005)
!2009 = distinct !DISubprogram(name: "_M_rightmost", scope: !316, file: !316, line: 726, type: !11, scopeLine: 727, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2010 = !DILocation(line: 727, column: 22, scope: !2009)
!2011 = !DILocation(line: 727, column: 16, scope: !2009)
!2012 = !DILocation(line: 727, column: 30, scope: !2009)
!2013 = !DILocation(line: 727, column: 40, scope: !2009)
!2014 = !DILocation(line: 727, column: 9, scope: !2009)
!2015 = distinct !DISubprogram(name: "pair<std::_Rb_tree_node_base *, std::_Rb_tree_node_base *, true>", scope: !2016, file: !2016, line: 411, type: !11, scopeLine: 412, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2016 = !DIFile(filename: "/usr/include/c++/12/bits/stl_pair.h", directory: "")
!2017 = !DILocation(line: 412, column: 9, scope: !2015)
!2018 = !DILocation(line: 412, column: 15, scope: !2015)
!2019 = !DILocation(line: 412, column: 21, scope: !2015)
!2020 = !DILocation(line: 412, column: 28, scope: !2015)
!2021 = !DILocation(line: 412, column: 35, scope: !2015)
!2022 = distinct !DISubprogram(name: "_M_get_insert_unique_pos", scope: !316, file: !316, line: 2108, type: !11, scopeLine: 2109, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2023 = !DILocation(line: 2111, column: 24, scope: !2022)
!2024 = !DILocation(line: 2111, column: 18, scope: !2022)
!2025 = !DILocation(line: 2112, column: 23, scope: !2022)
!2026 = !DILocation(line: 2112, column: 17, scope: !2022)
!2027 = !DILocation(line: 2113, column: 12, scope: !2022)
!2028 = !DILocation(line: 2114, column: 7, scope: !2022)
!2029 = !DILocation(line: 2114, column: 14, scope: !2022)
!2030 = !DILocation(line: 2114, column: 18, scope: !2022)
!2031 = !DILocation(line: 2116, column: 10, scope: !2022)
!2032 = !DILocation(line: 2116, column: 8, scope: !2022)
!2033 = !DILocation(line: 2117, column: 13, scope: !2022)
!2034 = !DILocation(line: 2117, column: 36, scope: !2022)
!2035 = !DILocation(line: 2117, column: 48, scope: !2022)
!2036 = !DILocation(line: 2117, column: 41, scope: !2022)
!2037 = !DILocation(line: 2117, column: 11, scope: !2022)
!2038 = !DILocation(line: 2118, column: 10, scope: !2022)
!2039 = !DILocation(line: 2118, column: 27, scope: !2022)
!2040 = !DILocation(line: 2118, column: 19, scope: !2022)
!2041 = !DILocation(line: 2118, column: 43, scope: !2022)
!2042 = !DILocation(line: 2118, column: 34, scope: !2022)
!2043 = !DILocation(line: 2118, column: 8, scope: !2022)
!2044 = distinct !{!2044, !2028, !2045, !28}
!2045 = !DILocation(line: 2119, column: 2, scope: !2022)
!2046 = !DILocation(line: 2120, column: 31, scope: !2022)
!2047 = !DILocation(line: 2120, column: 22, scope: !2022)
!2048 = !DILocation(line: 2121, column: 11, scope: !2022)
!2049 = !DILocation(line: 2123, column: 15, scope: !2022)
!2050 = !DILocation(line: 2123, column: 12, scope: !2022)
!2051 = !DILocation(line: 2123, column: 8, scope: !2022)
!2052 = !DILocation(line: 2124, column: 13, scope: !2022)
!2053 = !DILocation(line: 2124, column: 6, scope: !2022)
!2054 = !DILocation(line: 2126, column: 6, scope: !2022)
!2055 = !DILocation(line: 2127, column: 2, scope: !2022)
!2056 = !DILocation(line: 2128, column: 11, scope: !2022)
!2057 = !DILocation(line: 2128, column: 45, scope: !2022)
!2058 = !DILocation(line: 2128, column: 34, scope: !2022)
!2059 = !DILocation(line: 2128, column: 55, scope: !2022)
!2060 = !DILocation(line: 2129, column: 9, scope: !2022)
!2061 = !DILocation(line: 2129, column: 2, scope: !2022)
!2062 = !DILocation(line: 2130, column: 23, scope: !2022)
!2063 = !DILocation(line: 2130, column: 32, scope: !2022)
!2064 = !DILocation(line: 2130, column: 14, scope: !2022)
!2065 = !DILocation(line: 2130, column: 7, scope: !2022)
!2066 = !DILocation(line: 2131, column: 5, scope: !2022)
!2067 = distinct !DISubprogram(name: "_M_leftmost", scope: !316, file: !316, line: 718, type: !11, scopeLine: 719, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2068 = !DILocation(line: 719, column: 22, scope: !2067)
!2069 = !DILocation(line: 719, column: 16, scope: !2067)
!2070 = !DILocation(line: 719, column: 30, scope: !2067)
!2071 = !DILocation(line: 719, column: 40, scope: !2067)
!2072 = !DILocation(line: 719, column: 9, scope: !2067)
!2073 = distinct !DISubprogram(name: "pair<std::_Rb_tree_node_base *&, std::_Rb_tree_node_base *&, true>", scope: !2016, file: !2016, line: 534, type: !11, scopeLine: 535, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2074 = !DILocation(line: 535, column: 4, scope: !2073)
!2075 = !DILocation(line: 535, column: 28, scope: !2073)
!2076 = !DILocation(line: 535, column: 10, scope: !2073)
!2077 = !DILocation(line: 535, column: 35, scope: !2073)
!2078 = !DILocation(line: 535, column: 60, scope: !2073)
!2079 = !DILocation(line: 535, column: 42, scope: !2073)
!2080 = !DILocation(line: 535, column: 68, scope: !2073)
!2081 = distinct !DISubprogram(name: "operator--", scope: !316, file: !316, line: 300, type: !11, scopeLine: 301, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2082 = !DILocation(line: 302, column: 31, scope: !2081)
!2083 = !DILocation(line: 302, column: 12, scope: !2081)
!2084 = !DILocation(line: 302, column: 2, scope: !2081)
!2085 = !DILocation(line: 302, column: 10, scope: !2081)
!2086 = !DILocation(line: 303, column: 2, scope: !2081)
!2087 = distinct !DISubprogram(name: "begin", scope: !316, file: !316, line: 995, type: !11, scopeLine: 996, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2088 = !DILocation(line: 996, column: 31, scope: !2087)
!2089 = !DILocation(line: 996, column: 25, scope: !2087)
!2090 = !DILocation(line: 996, column: 39, scope: !2087)
!2091 = !DILocation(line: 996, column: 49, scope: !2087)
!2092 = !DILocation(line: 996, column: 16, scope: !2087)
!2093 = !DILocation(line: 996, column: 9, scope: !2087)
!2094 = distinct !DISubprogram(name: "pair<std::_Rb_tree_node<std::pair<const std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >, int> > *&, std::_Rb_tree_node_base *&, true>", scope: !2016, file: !2016, line: 534, type: !11, scopeLine: 535, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2095 = !DILocation(line: 535, column: 4, scope: !2094)
!2096 = !DILocation(line: 535, column: 28, scope: !2094)
!2097 = !DILocation(line: 535, column: 10, scope: !2094)
!2098 = !DILocation(line: 535, column: 35, scope: !2094)
!2099 = !DILocation(line: 535, column: 60, scope: !2094)
!2100 = !DILocation(line: 535, column: 42, scope: !2094)
!2101 = !DILocation(line: 535, column: 68, scope: !2094)
!2102 = distinct !DISubprogram(name: "_M_insert_node", scope: !316, file: !316, line: 2377, type: !11, scopeLine: 2379, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2103 = !DILocation(line: 2380, column: 29, scope: !2102)
!2104 = !DILocation(line: 2380, column: 33, scope: !2102)
!2105 = !DILocation(line: 2380, column: 38, scope: !2102)
!2106 = !DILocation(line: 2380, column: 41, scope: !2102)
!2107 = !DILocation(line: 2380, column: 48, scope: !2102)
!2108 = !DILocation(line: 2380, column: 45, scope: !2102)
!2109 = !DILocation(line: 2381, column: 8, scope: !2102)
!2110 = !DILocation(line: 2381, column: 11, scope: !2102)
!2111 = !DILocation(line: 2381, column: 41, scope: !2102)
!2112 = !DILocation(line: 2381, column: 34, scope: !2102)
!2113 = !DILocation(line: 2382, column: 20, scope: !2102)
!2114 = !DILocation(line: 2382, column: 13, scope: !2102)
!2115 = !DILocation(line: 2380, column: 12, scope: !2102)
!2116 = !DILocation(line: 2384, column: 37, scope: !2102)
!2117 = !DILocation(line: 2384, column: 52, scope: !2102)
!2118 = !DILocation(line: 2384, column: 57, scope: !2102)
!2119 = !DILocation(line: 2385, column: 15, scope: !2102)
!2120 = !DILocation(line: 2385, column: 9, scope: !2102)
!2121 = !DILocation(line: 2385, column: 23, scope: !2102)
!2122 = !DILocation(line: 2384, column: 7, scope: !2102)
!2123 = !DILocation(line: 2386, column: 9, scope: !2102)
!2124 = !DILocation(line: 2386, column: 17, scope: !2102)
!2125 = !DILocation(line: 2386, column: 7, scope: !2102)
!2126 = !DILocation(line: 2387, column: 23, scope: !2102)
!2127 = !DILocation(line: 2387, column: 14, scope: !2102)
!2128 = !DILocation(line: 2387, column: 7, scope: !2102)
!2129 = distinct !DISubprogram(name: "tuple<std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >, true, true>", scope: !1724, file: !1724, line: 742, type: !11, scopeLine: 744, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2130 = !DILocation(line: 744, column: 40, scope: !2129)
!2131 = !DILocation(line: 744, column: 4, scope: !2129)
!2132 = !DILocation(line: 744, column: 58, scope: !2129)
!2133 = distinct !DISubprogram(name: "_Tuple_impl<std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > >", scope: !1724, file: !1724, line: 440, type: !11, scopeLine: 442, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2134 = !DILocation(line: 441, column: 31, scope: !2133)
!2135 = !DILocation(line: 441, column: 4, scope: !2133)
!2136 = !DILocation(line: 442, column: 4, scope: !2133)
!2137 = distinct !DISubprogram(name: "_Head_base<std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > >", scope: !1724, file: !1724, line: 199, type: !11, scopeLine: 200, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2138 = !DILocation(line: 200, column: 4, scope: !2137)
!2139 = !DILocation(line: 200, column: 38, scope: !2137)
!2140 = !DILocation(line: 200, column: 46, scope: !2137)
!2141 = distinct !DISubprogram(name: "end", scope: !316, file: !316, line: 1003, type: !11, scopeLine: 1004, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2142 = !DILocation(line: 1004, column: 32, scope: !2141)
!2143 = !DILocation(line: 1004, column: 26, scope: !2141)
!2144 = !DILocation(line: 1004, column: 40, scope: !2141)
!2145 = !DILocation(line: 1004, column: 16, scope: !2141)
!2146 = !DILocation(line: 1004, column: 9, scope: !2141)
!2147 = distinct !DISubprogram(name: "_M_empty", scope: !334, file: !334, line: 247, type: !11, scopeLine: 247, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2148 = !DILocation(line: 247, column: 37, scope: !2147)
!2149 = !DILocation(line: 247, column: 36, scope: !2147)
!2150 = !DILocation(line: 247, column: 29, scope: !2147)
!2151 = distinct !DISubprogram(name: "_Function_base", scope: !334, file: !334, line: 239, type: !11, scopeLine: 239, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2152 = !DILocation(line: 252, column: 19, scope: !2151)
!2153 = !DILocation(line: 252, column: 30, scope: !2151)
!2154 = !DILocation(line: 253, column: 19, scope: !2151)
!2155 = !DILocation(line: 239, column: 30, scope: !2151)
!2156 = distinct !DISubprogram(name: "_M_not_empty_function<(lambda at cxx_stl_lambda.cpp:29:37)>", scope: !334, file: !334, line: 235, type: !11, scopeLine: 236, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2157 = !DILocation(line: 236, column: 6, scope: !2156)
!2158 = distinct !DISubprogram(name: "_M_init_functor<(lambda at cxx_stl_lambda.cpp:29:37)>", scope: !334, file: !334, line: 211, type: !11, scopeLine: 214, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2159 = !DILocation(line: 215, column: 16, scope: !2158)
!2160 = !DILocation(line: 215, column: 45, scope: !2158)
!2161 = !DILocation(line: 215, column: 6, scope: !2158)
!2162 = !DILocation(line: 216, column: 4, scope: !2158)
!2163 = distinct !DISubprogram(name: "_M_invoke", scope: !334, file: !334, line: 288, type: !11, scopeLine: 289, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2164 = !DILocation(line: 290, column: 54, scope: !2163)
!2165 = !DILocation(line: 290, column: 32, scope: !2163)
!2166 = !DILocation(line: 291, column: 34, scope: !2163)
!2167 = !DILocation(line: 290, column: 9, scope: !2163)
!2168 = !DILocation(line: 290, column: 2, scope: !2163)
!2169 = distinct !DISubprogram(name: "_M_manager", scope: !334, file: !334, line: 267, type: !11, scopeLine: 269, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2170 = !DILocation(line: 270, column: 10, scope: !2169)
!2171 = !DILocation(line: 270, column: 2, scope: !2169)
!2172 = !DILocation(line: 274, column: 6, scope: !2169)
!2173 = !DILocation(line: 274, column: 13, scope: !2169)
!2174 = !DILocation(line: 274, column: 43, scope: !2169)
!2175 = !DILocation(line: 275, column: 6, scope: !2169)
!2176 = !DILocation(line: 278, column: 60, scope: !2169)
!2177 = !DILocation(line: 278, column: 38, scope: !2169)
!2178 = !DILocation(line: 278, column: 6, scope: !2169)
!2179 = !DILocation(line: 278, column: 13, scope: !2169)
!2180 = !DILocation(line: 278, column: 36, scope: !2169)
!2181 = !DILocation(line: 279, column: 6, scope: !2169)
!2182 = !DILocation(line: 282, column: 24, scope: !2169)
!2183 = !DILocation(line: 282, column: 32, scope: !2169)
!2184 = !DILocation(line: 282, column: 42, scope: !2169)
!2185 = !DILocation(line: 282, column: 6, scope: !2169)
!2186 = !DILocation(line: 283, column: 4, scope: !2169)
!2187 = !DILocation(line: 284, column: 2, scope: !2169)
!2188 = distinct !DISubprogram(name: "_M_create<(lambda at cxx_stl_lambda.cpp:29:37)>", scope: !334, file: !334, line: 150, type: !11, scopeLine: 151, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2189 = !DILocation(line: 152, column: 13, scope: !2188)
!2190 = !DILocation(line: 152, column: 20, scope: !2188)
!2191 = !DILocation(line: 152, column: 60, scope: !2188)
!2192 = !DILocation(line: 152, column: 33, scope: !2188)
!2193 = !DILocation(line: 153, column: 4, scope: !2188)
!2194 = distinct !DISubprogram(name: "_M_access", scope: !334, file: !334, line: 85, type: !11, scopeLine: 85, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2195 = !DILocation(line: 85, column: 54, scope: !2194)
!2196 = !DILocation(line: 85, column: 46, scope: !2194)
!2197 = distinct !DISubprogram(name: "__invoke_r<long, (lambda at cxx_stl_lambda.cpp:29:37) &, int>", scope: !2198, file: !2198, line: 104, type: !11, scopeLine: 106, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2198 = !DIFile(filename: "/usr/include/c++/12/bits/invoke.h", directory: "")
!2199 = !DILocation(line: 115, column: 32, scope: !2197)
!2200 = !DILocation(line: 116, column: 28, scope: !2197)
!2201 = !DILocation(line: 114, column: 9, scope: !2197)
!2202 = !DILocation(line: 114, column: 2, scope: !2197)
!2203 = distinct !DISubprogram(name: "_M_get_pointer", scope: !334, file: !334, line: 134, type: !11, scopeLine: 135, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2204 = !DILocation(line: 138, column: 30, scope: !2203)
!2205 = !DILocation(line: 138, column: 39, scope: !2203)
!2206 = !DILocation(line: 138, column: 24, scope: !2203)
!2207 = !DILocation(line: 139, column: 54, scope: !2203)
!2208 = !DILocation(line: 139, column: 8, scope: !2203)
!2209 = distinct !DISubprogram(name: "__invoke_impl<long, (lambda at cxx_stl_lambda.cpp:29:37) &, int>", scope: !2198, file: !2198, line: 60, type: !11, scopeLine: 61, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2210 = !DILocation(line: 61, column: 32, scope: !2209)
!2211 = !DILocation(line: 61, column: 57, scope: !2209)
!2212 = !DILocation(line: 61, column: 37, scope: !2209)
!2213 = !DILocation(line: 61, column: 14, scope: !2209)
!2214 = !DILocation(line: 61, column: 7, scope: !2209)
!2215 = distinct !DISubprogram(name: "operator()", scope: !10, file: !10, line: 29, type: !11, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2216 = !DILocation(line: 29, column: 69, scope: !2215)
!2217 = !DILocation(line: 29, column: 71, scope: !2215)
!2218 = !DILocation(line: 29, column: 82, scope: !2215)
!2219 = !DILocation(line: 29, column: 86, scope: !2215)
!2220 = !DILocation(line: 29, column: 91, scope: !2215)
!2221 = !DILocation(line: 29, column: 93, scope: !2215)
!2222 = !DILocation(line: 29, column: 84, scope: !2215)
!2223 = !DILocation(line: 29, column: 62, scope: !2215)
!2224 = distinct !DISubprogram(name: "_M_access<(lambda at cxx_stl_lambda.cpp:29:37)>", scope: !334, file: !334, line: 95, type: !11, scopeLine: 96, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2225 = !DILocation(line: 96, column: 41, scope: !2224)
!2226 = !DILocation(line: 96, column: 9, scope: !2224)
!2227 = distinct !DISubprogram(name: "_M_access", scope: !334, file: !334, line: 86, type: !11, scopeLine: 86, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2228 = !DILocation(line: 86, column: 54, scope: !2227)
!2229 = !DILocation(line: 86, column: 46, scope: !2227)
!2230 = distinct !DISubprogram(name: "_M_access<const std::type_info *>", scope: !334, file: !334, line: 90, type: !11, scopeLine: 91, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2231 = !DILocation(line: 91, column: 35, scope: !2230)
!2232 = !DILocation(line: 91, column: 9, scope: !2230)
!2233 = distinct !DISubprogram(name: "_M_access<(lambda at cxx_stl_lambda.cpp:29:37) *>", scope: !334, file: !334, line: 90, type: !11, scopeLine: 91, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2234 = !DILocation(line: 91, column: 35, scope: !2233)
!2235 = !DILocation(line: 91, column: 9, scope: !2233)
!2236 = distinct !DISubprogram(name: "_M_manager", scope: !334, file: !334, line: 180, type: !11, scopeLine: 182, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2237 = !DILocation(line: 183, column: 12, scope: !2236)
!2238 = !DILocation(line: 183, column: 4, scope: !2236)
!2239 = !DILocation(line: 187, column: 8, scope: !2236)
!2240 = !DILocation(line: 187, column: 15, scope: !2236)
!2241 = !DILocation(line: 187, column: 45, scope: !2236)
!2242 = !DILocation(line: 191, column: 8, scope: !2236)
!2243 = !DILocation(line: 194, column: 55, scope: !2236)
!2244 = !DILocation(line: 194, column: 40, scope: !2236)
!2245 = !DILocation(line: 194, column: 8, scope: !2236)
!2246 = !DILocation(line: 194, column: 15, scope: !2236)
!2247 = !DILocation(line: 194, column: 38, scope: !2236)
!2248 = !DILocation(line: 195, column: 8, scope: !2236)
!2249 = !DILocation(line: 198, column: 24, scope: !2236)
!2250 = !DILocation(line: 199, column: 49, scope: !2236)
!2251 = !DILocation(line: 199, column: 34, scope: !2236)
!2252 = !DILocation(line: 198, column: 8, scope: !2236)
!2253 = !DILocation(line: 200, column: 8, scope: !2236)
!2254 = !DILocation(line: 203, column: 19, scope: !2236)
!2255 = !DILocation(line: 203, column: 8, scope: !2236)
!2256 = !DILocation(line: 204, column: 8, scope: !2236)
!2257 = !DILocation(line: 206, column: 4, scope: !2236)
!2258 = distinct !DISubprogram(name: "_M_init_functor<const (lambda at cxx_stl_lambda.cpp:29:37) &>", scope: !334, file: !334, line: 211, type: !11, scopeLine: 214, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2259 = !DILocation(line: 215, column: 16, scope: !2258)
!2260 = !DILocation(line: 215, column: 45, scope: !2258)
!2261 = !DILocation(line: 215, column: 6, scope: !2258)
!2262 = !DILocation(line: 216, column: 4, scope: !2258)
!2263 = distinct !DISubprogram(name: "_M_destroy", scope: !334, file: !334, line: 166, type: !11, scopeLine: 167, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2264 = !DILocation(line: 168, column: 4, scope: !2263)
!2265 = !DILocation(line: 168, column: 13, scope: !2263)
!2266 = !DILocation(line: 169, column: 2, scope: !2263)
!2267 = distinct !DISubprogram(name: "_M_create<const (lambda at cxx_stl_lambda.cpp:29:37) &>", scope: !334, file: !334, line: 150, type: !11, scopeLine: 151, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2268 = !DILocation(line: 152, column: 13, scope: !2267)
!2269 = !DILocation(line: 152, column: 20, scope: !2267)
!2270 = !DILocation(line: 152, column: 60, scope: !2267)
!2271 = !DILocation(line: 152, column: 33, scope: !2267)
!2272 = !DILocation(line: 153, column: 4, scope: !2267)
!2273 = distinct !DISubprogram(name: "_M_access<(lambda at cxx_stl_lambda.cpp:29:37)>", scope: !334, file: !334, line: 90, type: !11, scopeLine: 91, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2274 = !DILocation(line: 91, column: 35, scope: !2273)
!2275 = !DILocation(line: 91, column: 9, scope: !2273)
!2276 = distinct !DISubprogram(name: "__new_allocator", scope: !510, file: !510, line: 80, type: !11, scopeLine: 80, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2277 = !DILocation(line: 80, column: 49, scope: !2276)
!2278 = distinct !DISubprogram(name: "~__new_allocator", scope: !510, file: !510, line: 90, type: !11, scopeLine: 90, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2279 = !DILocation(line: 90, column: 50, scope: !2278)
!2280 = distinct !DISubprogram(name: "_S_check_init_len", scope: !163, file: !163, line: 1902, type: !11, scopeLine: 1903, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2281 = !DILocation(line: 1904, column: 6, scope: !2280)
!2282 = !DILocation(line: 1904, column: 39, scope: !2280)
!2283 = !DILocation(line: 1904, column: 24, scope: !2280)
!2284 = !DILocation(line: 1904, column: 12, scope: !2280)
!2285 = !DILocation(line: 1904, column: 10, scope: !2280)
!2286 = !DILocation(line: 1905, column: 4, scope: !2280)
!2287 = !DILocation(line: 1907, column: 9, scope: !2280)
!2288 = !DILocation(line: 1907, column: 2, scope: !2280)
!2289 = distinct !DISubprogram(name: "_Vector_base", scope: !163, file: !163, line: 330, type: !11, scopeLine: 332, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2290 = !DILocation(line: 331, column: 9, scope: !2289)
!2291 = !DILocation(line: 331, column: 17, scope: !2289)
!2292 = !DILocation(line: 332, column: 27, scope: !2289)
!2293 = !DILocation(line: 332, column: 9, scope: !2289)
!2294 = !DILocation(line: 332, column: 33, scope: !2289)
!2295 = distinct !DISubprogram(name: "_M_default_initialize", scope: !163, file: !163, line: 1710, type: !11, scopeLine: 1711, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2296 = !DILocation(line: 1713, column: 43, scope: !2295)
!2297 = !DILocation(line: 1713, column: 51, scope: !2295)
!2298 = !DILocation(line: 1713, column: 61, scope: !2295)
!2299 = !DILocation(line: 1714, column: 9, scope: !2295)
!2300 = !DILocation(line: 1713, column: 4, scope: !2295)
!2301 = !DILocation(line: 1712, column: 8, scope: !2295)
!2302 = !DILocation(line: 1712, column: 16, scope: !2295)
!2303 = !DILocation(line: 1712, column: 26, scope: !2295)
!2304 = !DILocation(line: 1715, column: 7, scope: !2295)
!2305 = distinct !DISubprogram(name: "~_Vector_base", scope: !163, file: !163, line: 364, type: !11, scopeLine: 365, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2306 = !DILocation(line: 366, column: 16, scope: !2305)
!2307 = !DILocation(line: 366, column: 24, scope: !2305)
!2308 = !DILocation(line: 367, column: 9, scope: !2305)
!2309 = !DILocation(line: 367, column: 17, scope: !2305)
!2310 = !DILocation(line: 367, column: 37, scope: !2305)
!2311 = !DILocation(line: 367, column: 45, scope: !2305)
!2312 = !DILocation(line: 367, column: 35, scope: !2305)
!2313 = !DILocation(line: 366, column: 2, scope: !2305)
!2314 = !DILocation(line: 368, column: 7, scope: !2305)
!2315 = distinct !DISubprogram(name: "_S_max_size", scope: !163, file: !163, line: 1911, type: !11, scopeLine: 1912, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2316 = !DILocation(line: 1916, column: 15, scope: !2315)
!2317 = !DILocation(line: 1918, column: 52, scope: !2315)
!2318 = !DILocation(line: 1918, column: 28, scope: !2315)
!2319 = !DILocation(line: 1918, column: 15, scope: !2315)
!2320 = !DILocation(line: 1919, column: 9, scope: !2315)
!2321 = !DILocation(line: 1919, column: 2, scope: !2315)
!2322 = distinct !DISubprogram(name: "allocator", scope: !220, file: !220, line: 159, type: !11, scopeLine: 160, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2323 = !DILocation(line: 160, column: 31, scope: !2322)
!2324 = !DILocation(line: 160, column: 9, scope: !2322)
!2325 = !DILocation(line: 160, column: 38, scope: !2322)
!2326 = distinct !DISubprogram(name: "max_size", scope: !608, file: !608, line: 547, type: !11, scopeLine: 548, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2327 = !DILocation(line: 550, column: 9, scope: !2326)
!2328 = !DILocation(line: 550, column: 13, scope: !2326)
!2329 = !DILocation(line: 550, column: 2, scope: !2326)
!2330 = distinct !DISubprogram(name: "max_size", scope: !510, file: !510, line: 167, type: !11, scopeLine: 168, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2331 = !DILocation(line: 168, column: 16, scope: !2330)
!2332 = !DILocation(line: 168, column: 9, scope: !2330)
!2333 = distinct !DISubprogram(name: "_M_max_size", scope: !510, file: !510, line: 210, type: !11, scopeLine: 211, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2334 = !DILocation(line: 213, column: 2, scope: !2333)
!2335 = distinct !DISubprogram(name: "__new_allocator", scope: !510, file: !510, line: 83, type: !11, scopeLine: 83, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2336 = !DILocation(line: 83, column: 71, scope: !2335)
!2337 = distinct !DISubprogram(name: "_Vector_impl", scope: !163, file: !163, line: 143, type: !11, scopeLine: 145, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2338 = !DILocation(line: 144, column: 19, scope: !2337)
!2339 = !DILocation(line: 144, column: 4, scope: !2337)
!2340 = !DILocation(line: 143, column: 2, scope: !2337)
!2341 = !DILocation(line: 145, column: 4, scope: !2337)
!2342 = distinct !DISubprogram(name: "_M_create_storage", scope: !163, file: !163, line: 393, type: !11, scopeLine: 394, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2343 = !DILocation(line: 395, column: 45, scope: !2342)
!2344 = !DILocation(line: 395, column: 33, scope: !2342)
!2345 = !DILocation(line: 395, column: 8, scope: !2342)
!2346 = !DILocation(line: 395, column: 16, scope: !2342)
!2347 = !DILocation(line: 395, column: 25, scope: !2342)
!2348 = !DILocation(line: 396, column: 34, scope: !2342)
!2349 = !DILocation(line: 396, column: 42, scope: !2342)
!2350 = !DILocation(line: 396, column: 8, scope: !2342)
!2351 = !DILocation(line: 396, column: 16, scope: !2342)
!2352 = !DILocation(line: 396, column: 26, scope: !2342)
!2353 = !DILocation(line: 397, column: 42, scope: !2342)
!2354 = !DILocation(line: 397, column: 50, scope: !2342)
!2355 = !DILocation(line: 397, column: 61, scope: !2342)
!2356 = !DILocation(line: 397, column: 59, scope: !2342)
!2357 = !DILocation(line: 397, column: 8, scope: !2342)
!2358 = !DILocation(line: 397, column: 16, scope: !2342)
!2359 = !DILocation(line: 397, column: 34, scope: !2342)
!2360 = !DILocation(line: 398, column: 7, scope: !2342)
!2361 = distinct !DISubprogram(name: "~_Vector_impl", scope: !163, file: !163, line: 133, type: !11, scopeLine: 133, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2362 = !DILocation(line: 133, column: 14, scope: !2361)
!2363 = distinct !DISubprogram(name: "_Vector_impl_data", scope: !163, file: !163, line: 99, type: !11, scopeLine: 101, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2364 = !DILocation(line: 100, column: 4, scope: !2363)
!2365 = !DILocation(line: 100, column: 16, scope: !2363)
!2366 = !DILocation(line: 100, column: 29, scope: !2363)
!2367 = !DILocation(line: 101, column: 4, scope: !2363)
!2368 = distinct !DISubprogram(name: "_M_allocate", scope: !163, file: !163, line: 375, type: !11, scopeLine: 376, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2369 = !DILocation(line: 378, column: 9, scope: !2368)
!2370 = !DILocation(line: 378, column: 13, scope: !2368)
!2371 = !DILocation(line: 378, column: 34, scope: !2368)
!2372 = !DILocation(line: 378, column: 43, scope: !2368)
!2373 = !DILocation(line: 378, column: 20, scope: !2368)
!2374 = !DILocation(line: 378, column: 2, scope: !2368)
!2375 = distinct !DISubprogram(name: "allocate", scope: !608, file: !608, line: 463, type: !11, scopeLine: 464, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2376 = !DILocation(line: 464, column: 16, scope: !2375)
!2377 = !DILocation(line: 464, column: 29, scope: !2375)
!2378 = !DILocation(line: 464, column: 20, scope: !2375)
!2379 = !DILocation(line: 464, column: 9, scope: !2375)
!2380 = distinct !DISubprogram(name: "allocate", scope: !510, file: !510, line: 112, type: !11, scopeLine: 113, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2381 = !DILocation(line: 120, column: 23, scope: !2380)
!2382 = !DILocation(line: 120, column: 35, scope: !2380)
!2383 = !DILocation(line: 120, column: 27, scope: !2380)
!2384 = !DILocation(line: 120, column: 6, scope: !2380)
!2385 = !DILocation(line: 124, column: 10, scope: !2380)
!2386 = !DILocation(line: 124, column: 14, scope: !2380)
!2387 = !DILocation(line: 125, column: 8, scope: !2380)
!2388 = !DILocation(line: 126, column: 6, scope: !2380)
!2389 = !DILocation(line: 137, column: 49, scope: !2380)
!2390 = !DILocation(line: 137, column: 53, scope: !2380)
!2391 = !DILocation(line: 137, column: 27, scope: !2380)
!2392 = !DILocation(line: 137, column: 2, scope: !2380)
!2393 = distinct !DISubprogram(name: "__uninitialized_default_n_a<double *, unsigned long, double>", scope: !897, file: !897, line: 764, type: !11, scopeLine: 766, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2394 = !DILocation(line: 766, column: 45, scope: !2393)
!2395 = !DILocation(line: 766, column: 54, scope: !2393)
!2396 = !DILocation(line: 766, column: 14, scope: !2393)
!2397 = !DILocation(line: 766, column: 7, scope: !2393)
!2398 = distinct !DISubprogram(name: "_M_get_Tp_allocator", scope: !163, file: !163, line: 298, type: !11, scopeLine: 299, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2399 = !DILocation(line: 299, column: 22, scope: !2398)
!2400 = !DILocation(line: 299, column: 9, scope: !2398)
!2401 = distinct !DISubprogram(name: "__uninitialized_default_n<double *, unsigned long>", scope: !897, file: !897, line: 691, type: !11, scopeLine: 692, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2402 = !DILocation(line: 696, column: 22, scope: !2401)
!2403 = !DILocation(line: 701, column: 21, scope: !2401)
!2404 = !DILocation(line: 701, column: 30, scope: !2401)
!2405 = !DILocation(line: 699, column: 14, scope: !2401)
!2406 = !DILocation(line: 699, column: 7, scope: !2401)
!2407 = distinct !DISubprogram(name: "__uninit_default_n<double *, unsigned long>", scope: !897, file: !897, line: 655, type: !11, scopeLine: 656, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2408 = !DILocation(line: 657, column: 8, scope: !2407)
!2409 = !DILocation(line: 657, column: 12, scope: !2407)
!2410 = !DILocation(line: 660, column: 23, scope: !2407)
!2411 = !DILocation(line: 659, column: 64, scope: !2407)
!2412 = !DILocation(line: 661, column: 24, scope: !2407)
!2413 = !DILocation(line: 661, column: 8, scope: !2407)
!2414 = !DILocation(line: 662, column: 8, scope: !2407)
!2415 = !DILocation(line: 663, column: 30, scope: !2407)
!2416 = !DILocation(line: 663, column: 39, scope: !2407)
!2417 = !DILocation(line: 663, column: 43, scope: !2407)
!2418 = !DILocation(line: 663, column: 49, scope: !2407)
!2419 = !DILocation(line: 663, column: 18, scope: !2407)
!2420 = !DILocation(line: 663, column: 16, scope: !2407)
!2421 = !DILocation(line: 664, column: 6, scope: !2407)
!2422 = !DILocation(line: 665, column: 11, scope: !2407)
!2423 = !DILocation(line: 665, column: 4, scope: !2407)
!2424 = distinct !DISubprogram(name: "_Construct<double>", scope: !676, file: !676, line: 109, type: !11, scopeLine: 110, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2425 = !DILocation(line: 119, column: 20, scope: !2424)
!2426 = !DILocation(line: 119, column: 7, scope: !2424)
!2427 = !DILocation(line: 120, column: 5, scope: !2424)
!2428 = distinct !DISubprogram(name: "fill_n<double *, unsigned long, double>", scope: !841, file: !841, line: 1143, type: !11, scopeLine: 1144, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2429 = !DILocation(line: 1148, column: 30, scope: !2428)
!2430 = !DILocation(line: 1148, column: 62, scope: !2428)
!2431 = !DILocation(line: 1148, column: 39, scope: !2428)
!2432 = !DILocation(line: 1148, column: 68, scope: !2428)
!2433 = !DILocation(line: 1149, column: 11, scope: !2428)
!2434 = !DILocation(line: 1148, column: 14, scope: !2428)
!2435 = !DILocation(line: 1148, column: 7, scope: !2428)
!2436 = distinct !DISubprogram(name: "__fill_n_a<double *, unsigned long, double>", scope: !841, file: !841, line: 1108, type: !11, scopeLine: 1110, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2437 = !DILocation(line: 1114, column: 11, scope: !2436)
!2438 = !DILocation(line: 1114, column: 15, scope: !2436)
!2439 = !DILocation(line: 1115, column: 9, scope: !2436)
!2440 = !DILocation(line: 1115, column: 2, scope: !2436)
!2441 = !DILocation(line: 1119, column: 21, scope: !2436)
!2442 = !DILocation(line: 1119, column: 30, scope: !2436)
!2443 = !DILocation(line: 1119, column: 40, scope: !2436)
!2444 = !DILocation(line: 1119, column: 38, scope: !2436)
!2445 = !DILocation(line: 1119, column: 45, scope: !2436)
!2446 = !DILocation(line: 1119, column: 7, scope: !2436)
!2447 = !DILocation(line: 1120, column: 14, scope: !2436)
!2448 = !DILocation(line: 1120, column: 24, scope: !2436)
!2449 = !DILocation(line: 1120, column: 22, scope: !2436)
!2450 = !DILocation(line: 1120, column: 7, scope: !2436)
!2451 = !DILocation(line: 1121, column: 5, scope: !2436)
!2452 = distinct !DISubprogram(name: "__iterator_category<double *>", scope: !1597, file: !1597, line: 238, type: !11, scopeLine: 239, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2453 = !DILocation(line: 239, column: 7, scope: !2452)
!2454 = distinct !DISubprogram(name: "__fill_a<double *, double>", scope: !841, file: !841, line: 967, type: !11, scopeLine: 968, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2455 = !DILocation(line: 968, column: 22, scope: !2454)
!2456 = !DILocation(line: 968, column: 31, scope: !2454)
!2457 = !DILocation(line: 968, column: 39, scope: !2454)
!2458 = !DILocation(line: 968, column: 7, scope: !2454)
!2459 = !DILocation(line: 968, column: 49, scope: !2454)
!2460 = distinct !DISubprogram(name: "__fill_a1<double *, double>", scope: !841, file: !841, line: 917, type: !11, scopeLine: 919, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2461 = !DILocation(line: 920, column: 25, scope: !2460)
!2462 = !DILocation(line: 920, column: 17, scope: !2460)
!2463 = !DILocation(line: 921, column: 7, scope: !2460)
!2464 = !DILocation(line: 921, column: 14, scope: !2460)
!2465 = !DILocation(line: 921, column: 25, scope: !2460)
!2466 = !DILocation(line: 921, column: 22, scope: !2460)
!2467 = !DILocation(line: 922, column: 13, scope: !2460)
!2468 = !DILocation(line: 922, column: 3, scope: !2460)
!2469 = !DILocation(line: 922, column: 11, scope: !2460)
!2470 = !DILocation(line: 922, column: 2, scope: !2460)
!2471 = !DILocation(line: 921, column: 33, scope: !2460)
!2472 = distinct !{!2472, !2463, !2467, !28}
!2473 = !DILocation(line: 923, column: 5, scope: !2460)
!2474 = distinct !DISubprogram(name: "_M_deallocate", scope: !163, file: !163, line: 383, type: !11, scopeLine: 384, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2475 = !DILocation(line: 386, column: 6, scope: !2474)
!2476 = !DILocation(line: 387, column: 20, scope: !2474)
!2477 = !DILocation(line: 387, column: 29, scope: !2474)
!2478 = !DILocation(line: 387, column: 34, scope: !2474)
!2479 = !DILocation(line: 387, column: 4, scope: !2474)
!2480 = !DILocation(line: 388, column: 7, scope: !2474)
!2481 = distinct !DISubprogram(name: "deallocate", scope: !608, file: !608, line: 495, type: !11, scopeLine: 496, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2482 = !DILocation(line: 496, column: 9, scope: !2481)
!2483 = !DILocation(line: 496, column: 24, scope: !2481)
!2484 = !DILocation(line: 496, column: 29, scope: !2481)
!2485 = !DILocation(line: 496, column: 13, scope: !2481)
!2486 = !DILocation(line: 496, column: 35, scope: !2481)
!2487 = distinct !DISubprogram(name: "deallocate", scope: !510, file: !510, line: 142, type: !11, scopeLine: 143, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2488 = !DILocation(line: 158, column: 50, scope: !2487)
!2489 = !DILocation(line: 158, column: 55, scope: !2487)
!2490 = !DILocation(line: 158, column: 27, scope: !2487)
!2491 = !DILocation(line: 158, column: 2, scope: !2487)
!2492 = !DILocation(line: 159, column: 7, scope: !2487)
!2493 = distinct !DISubprogram(name: "_Destroy<double *, double>", scope: !608, file: !608, line: 847, type: !11, scopeLine: 849, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2494 = !DILocation(line: 850, column: 16, scope: !2493)
!2495 = !DILocation(line: 850, column: 25, scope: !2493)
!2496 = !DILocation(line: 850, column: 7, scope: !2493)
!2497 = !DILocation(line: 851, column: 5, scope: !2493)
!2498 = distinct !DISubprogram(name: "_Destroy<double *>", scope: !676, file: !676, line: 182, type: !11, scopeLine: 183, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2499 = !DILocation(line: 196, column: 12, scope: !2498)
!2500 = !DILocation(line: 196, column: 21, scope: !2498)
!2501 = !DILocation(line: 195, column: 7, scope: !2498)
!2502 = !DILocation(line: 197, column: 5, scope: !2498)
!2503 = distinct !DISubprogram(name: "__destroy<double *>", scope: !676, file: !676, line: 172, type: !11, scopeLine: 172, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2504 = !DILocation(line: 172, column: 57, scope: !2503)
!2505 = distinct !DISubprogram(name: "__new_allocator", scope: !510, file: !510, line: 80, type: !11, scopeLine: 80, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2506 = !DILocation(line: 80, column: 49, scope: !2505)
!2507 = distinct !DISubprogram(name: "~__new_allocator", scope: !510, file: !510, line: 90, type: !11, scopeLine: 90, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2508 = !DILocation(line: 90, column: 50, scope: !2507)
!2509 = distinct !DISubprogram(name: "_S_check_init_len", scope: !163, file: !163, line: 1902, type: !11, scopeLine: 1903, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2510 = !DILocation(line: 1904, column: 6, scope: !2509)
!2511 = !DILocation(line: 1904, column: 39, scope: !2509)
!2512 = !DILocation(line: 1904, column: 24, scope: !2509)
!2513 = !DILocation(line: 1904, column: 12, scope: !2509)
!2514 = !DILocation(line: 1904, column: 10, scope: !2509)
!2515 = !DILocation(line: 1905, column: 4, scope: !2509)
!2516 = !DILocation(line: 1907, column: 9, scope: !2509)
!2517 = !DILocation(line: 1907, column: 2, scope: !2509)
!2518 = distinct !DISubprogram(name: "_Vector_base", scope: !163, file: !163, line: 330, type: !11, scopeLine: 332, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2519 = !DILocation(line: 331, column: 9, scope: !2518)
!2520 = !DILocation(line: 331, column: 17, scope: !2518)
!2521 = !DILocation(line: 332, column: 27, scope: !2518)
!2522 = !DILocation(line: 332, column: 9, scope: !2518)
!2523 = !DILocation(line: 332, column: 33, scope: !2518)
!2524 = distinct !DISubprogram(name: "_M_fill_initialize", scope: !163, file: !163, line: 1699, type: !11, scopeLine: 1700, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2525 = !DILocation(line: 1702, column: 40, scope: !2524)
!2526 = !DILocation(line: 1702, column: 48, scope: !2524)
!2527 = !DILocation(line: 1702, column: 58, scope: !2524)
!2528 = !DILocation(line: 1702, column: 63, scope: !2524)
!2529 = !DILocation(line: 1703, column: 6, scope: !2524)
!2530 = !DILocation(line: 1702, column: 4, scope: !2524)
!2531 = !DILocation(line: 1701, column: 8, scope: !2524)
!2532 = !DILocation(line: 1701, column: 16, scope: !2524)
!2533 = !DILocation(line: 1701, column: 26, scope: !2524)
!2534 = !DILocation(line: 1704, column: 7, scope: !2524)
!2535 = distinct !DISubprogram(name: "~_Vector_base", scope: !163, file: !163, line: 364, type: !11, scopeLine: 365, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2536 = !DILocation(line: 366, column: 16, scope: !2535)
!2537 = !DILocation(line: 366, column: 24, scope: !2535)
!2538 = !DILocation(line: 367, column: 9, scope: !2535)
!2539 = !DILocation(line: 367, column: 17, scope: !2535)
!2540 = !DILocation(line: 367, column: 37, scope: !2535)
!2541 = !DILocation(line: 367, column: 45, scope: !2535)
!2542 = !DILocation(line: 367, column: 35, scope: !2535)
!2543 = !DILocation(line: 366, column: 2, scope: !2535)
!2544 = !DILocation(line: 368, column: 7, scope: !2535)
!2545 = distinct !DISubprogram(name: "_S_max_size", scope: !163, file: !163, line: 1911, type: !11, scopeLine: 1912, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2546 = !DILocation(line: 1916, column: 15, scope: !2545)
!2547 = !DILocation(line: 1918, column: 52, scope: !2545)
!2548 = !DILocation(line: 1918, column: 28, scope: !2545)
!2549 = !DILocation(line: 1918, column: 15, scope: !2545)
!2550 = !DILocation(line: 1919, column: 9, scope: !2545)
!2551 = !DILocation(line: 1919, column: 2, scope: !2545)
!2552 = distinct !DISubprogram(name: "allocator", scope: !220, file: !220, line: 159, type: !11, scopeLine: 160, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2553 = !DILocation(line: 160, column: 31, scope: !2552)
!2554 = !DILocation(line: 160, column: 9, scope: !2552)
!2555 = !DILocation(line: 160, column: 38, scope: !2552)
!2556 = distinct !DISubprogram(name: "max_size", scope: !608, file: !608, line: 547, type: !11, scopeLine: 548, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2557 = !DILocation(line: 550, column: 9, scope: !2556)
!2558 = !DILocation(line: 550, column: 13, scope: !2556)
!2559 = !DILocation(line: 550, column: 2, scope: !2556)
!2560 = distinct !DISubprogram(name: "max_size", scope: !510, file: !510, line: 167, type: !11, scopeLine: 168, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2561 = !DILocation(line: 168, column: 16, scope: !2560)
!2562 = !DILocation(line: 168, column: 9, scope: !2560)
!2563 = distinct !DISubprogram(name: "_M_max_size", scope: !510, file: !510, line: 210, type: !11, scopeLine: 211, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2564 = !DILocation(line: 213, column: 2, scope: !2563)
!2565 = distinct !DISubprogram(name: "__new_allocator", scope: !510, file: !510, line: 83, type: !11, scopeLine: 83, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2566 = !DILocation(line: 83, column: 71, scope: !2565)
!2567 = distinct !DISubprogram(name: "_Vector_impl", scope: !163, file: !163, line: 143, type: !11, scopeLine: 145, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2568 = !DILocation(line: 144, column: 19, scope: !2567)
!2569 = !DILocation(line: 144, column: 4, scope: !2567)
!2570 = !DILocation(line: 143, column: 2, scope: !2567)
!2571 = !DILocation(line: 145, column: 4, scope: !2567)
!2572 = distinct !DISubprogram(name: "_M_create_storage", scope: !163, file: !163, line: 393, type: !11, scopeLine: 394, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2573 = !DILocation(line: 395, column: 45, scope: !2572)
!2574 = !DILocation(line: 395, column: 33, scope: !2572)
!2575 = !DILocation(line: 395, column: 8, scope: !2572)
!2576 = !DILocation(line: 395, column: 16, scope: !2572)
!2577 = !DILocation(line: 395, column: 25, scope: !2572)
!2578 = !DILocation(line: 396, column: 34, scope: !2572)
!2579 = !DILocation(line: 396, column: 42, scope: !2572)
!2580 = !DILocation(line: 396, column: 8, scope: !2572)
!2581 = !DILocation(line: 396, column: 16, scope: !2572)
!2582 = !DILocation(line: 396, column: 26, scope: !2572)
!2583 = !DILocation(line: 397, column: 42, scope: !2572)
!2584 = !DILocation(line: 397, column: 50, scope: !2572)
!2585 = !DILocation(line: 397, column: 61, scope: !2572)
!2586 = !DILocation(line: 397, column: 59, scope: !2572)
!2587 = !DILocation(line: 397, column: 8, scope: !2572)
!2588 = !DILocation(line: 397, column: 16, scope: !2572)
!2589 = !DILocation(line: 397, column: 34, scope: !2572)
!2590 = !DILocation(line: 398, column: 7, scope: !2572)
!2591 = distinct !DISubprogram(name: "~_Vector_impl", scope: !163, file: !163, line: 133, type: !11, scopeLine: 133, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2592 = !DILocation(line: 133, column: 14, scope: !2591)
!2593 = distinct !DISubprogram(name: "_Vector_impl_data", scope: !163, file: !163, line: 99, type: !11, scopeLine: 101, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2594 = !DILocation(line: 100, column: 4, scope: !2593)
!2595 = !DILocation(line: 100, column: 16, scope: !2593)
!2596 = !DILocation(line: 100, column: 29, scope: !2593)
!2597 = !DILocation(line: 101, column: 4, scope: !2593)
!2598 = distinct !DISubprogram(name: "_M_allocate", scope: !163, file: !163, line: 375, type: !11, scopeLine: 376, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2599 = !DILocation(line: 378, column: 9, scope: !2598)
!2600 = !DILocation(line: 378, column: 13, scope: !2598)
!2601 = !DILocation(line: 378, column: 34, scope: !2598)
!2602 = !DILocation(line: 378, column: 43, scope: !2598)
!2603 = !DILocation(line: 378, column: 20, scope: !2598)
!2604 = !DILocation(line: 378, column: 2, scope: !2598)
!2605 = distinct !DISubprogram(name: "allocate", scope: !608, file: !608, line: 463, type: !11, scopeLine: 464, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2606 = !DILocation(line: 464, column: 16, scope: !2605)
!2607 = !DILocation(line: 464, column: 29, scope: !2605)
!2608 = !DILocation(line: 464, column: 20, scope: !2605)
!2609 = !DILocation(line: 464, column: 9, scope: !2605)
!2610 = distinct !DISubprogram(name: "allocate", scope: !510, file: !510, line: 112, type: !11, scopeLine: 113, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2611 = !DILocation(line: 120, column: 23, scope: !2610)
!2612 = !DILocation(line: 120, column: 35, scope: !2610)
!2613 = !DILocation(line: 120, column: 27, scope: !2610)
!2614 = !DILocation(line: 120, column: 6, scope: !2610)
!2615 = !DILocation(line: 124, column: 10, scope: !2610)
!2616 = !DILocation(line: 124, column: 14, scope: !2610)
!2617 = !DILocation(line: 125, column: 8, scope: !2610)
!2618 = !DILocation(line: 126, column: 6, scope: !2610)
!2619 = !DILocation(line: 137, column: 49, scope: !2610)
!2620 = !DILocation(line: 137, column: 53, scope: !2610)
!2621 = !DILocation(line: 137, column: 27, scope: !2610)
!2622 = !DILocation(line: 137, column: 2, scope: !2610)
!2623 = distinct !DISubprogram(name: "__uninitialized_fill_n_a<std::vector<double, std::allocator<double> > *, unsigned long, std::vector<double, std::allocator<double> >, std::vector<double, std::allocator<double> > >", scope: !897, file: !897, line: 460, type: !11, scopeLine: 462, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2624 = !DILocation(line: 467, column: 40, scope: !2623)
!2625 = !DILocation(line: 467, column: 49, scope: !2623)
!2626 = !DILocation(line: 467, column: 54, scope: !2623)
!2627 = !DILocation(line: 467, column: 14, scope: !2623)
!2628 = !DILocation(line: 467, column: 7, scope: !2623)
!2629 = distinct !DISubprogram(name: "_M_get_Tp_allocator", scope: !163, file: !163, line: 298, type: !11, scopeLine: 299, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2630 = !DILocation(line: 299, column: 22, scope: !2629)
!2631 = !DILocation(line: 299, column: 9, scope: !2629)
!2632 = distinct !DISubprogram(name: "uninitialized_fill_n<std::vector<double, std::allocator<double> > *, unsigned long, std::vector<double, std::allocator<double> > >", scope: !897, file: !897, line: 312, type: !11, scopeLine: 313, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2633 = !DILocation(line: 319, column: 18, scope: !2632)
!2634 = !DILocation(line: 327, column: 18, scope: !2632)
!2635 = !DILocation(line: 327, column: 27, scope: !2632)
!2636 = !DILocation(line: 327, column: 32, scope: !2632)
!2637 = !DILocation(line: 326, column: 14, scope: !2632)
!2638 = !DILocation(line: 326, column: 7, scope: !2632)
!2639 = distinct !DISubprogram(name: "__uninit_fill_n<std::vector<double, std::allocator<double> > *, unsigned long, std::vector<double, std::allocator<double> > >", scope: !897, file: !897, line: 282, type: !11, scopeLine: 284, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2640 = !DILocation(line: 284, column: 35, scope: !2639)
!2641 = !DILocation(line: 284, column: 44, scope: !2639)
!2642 = !DILocation(line: 284, column: 49, scope: !2639)
!2643 = !DILocation(line: 284, column: 11, scope: !2639)
!2644 = !DILocation(line: 284, column: 4, scope: !2639)
!2645 = distinct !DISubprogram(name: "__do_uninit_fill_n<std::vector<double, std::allocator<double> > *, unsigned long, std::vector<double, std::allocator<double> > >", scope: !897, file: !897, line: 261, type: !11, scopeLine: 262, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2646 = !DILocation(line: 263, column: 32, scope: !2645)
!2647 = !DILocation(line: 263, column: 24, scope: !2645)
!2648 = !DILocation(line: 266, column: 4, scope: !2645)
!2649 = !DILocation(line: 266, column: 11, scope: !2645)
!2650 = !DILocation(line: 266, column: 15, scope: !2645)
!2651 = !DILocation(line: 267, column: 40, scope: !2645)
!2652 = !DILocation(line: 267, column: 48, scope: !2645)
!2653 = !DILocation(line: 267, column: 6, scope: !2645)
!2654 = !DILocation(line: 266, column: 20, scope: !2645)
!2655 = !DILocation(line: 266, column: 34, scope: !2645)
!2656 = distinct !{!2656, !2648, !2657, !28}
!2657 = !DILocation(line: 267, column: 51, scope: !2645)
!2658 = !DILocation(line: 275, column: 5, scope: !2645)
!2659 = !DILocation(line: 269, column: 2, scope: !2645)
!2660 = !DILocation(line: 272, column: 18, scope: !2645)
!2661 = !DILocation(line: 272, column: 27, scope: !2645)
!2662 = !DILocation(line: 272, column: 4, scope: !2645)
!2663 = !DILocation(line: 273, column: 4, scope: !2645)
!2664 = !DILocation(line: 268, column: 11, scope: !2645)
!2665 = !DILocation(line: 268, column: 4, scope: !2645)
!2666 = !DILocation(line: 274, column: 2, scope: !2645)
!2667 = distinct !DISubprogram(name: "_Construct<std::vector<double, std::allocator<double> >, const std::vector<double, std::allocator<double> > &>", scope: !676, file: !676, line: 109, type: !11, scopeLine: 110, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2668 = !DILocation(line: 119, column: 20, scope: !2667)
!2669 = !DILocation(line: 119, column: 49, scope: !2667)
!2670 = !DILocation(line: 119, column: 25, scope: !2667)
!2671 = !DILocation(line: 120, column: 5, scope: !2667)
!2672 = distinct !DISubprogram(name: "_Destroy<std::vector<double, std::allocator<double> > *>", scope: !676, file: !676, line: 182, type: !11, scopeLine: 183, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2673 = !DILocation(line: 196, column: 12, scope: !2672)
!2674 = !DILocation(line: 196, column: 21, scope: !2672)
!2675 = !DILocation(line: 195, column: 7, scope: !2672)
!2676 = !DILocation(line: 197, column: 5, scope: !2672)
!2677 = distinct !DISubprogram(name: "vector", scope: !163, file: !163, line: 596, type: !11, scopeLine: 599, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2678 = !DILocation(line: 597, column: 15, scope: !2677)
!2679 = !DILocation(line: 597, column: 19, scope: !2677)
!2680 = !DILocation(line: 598, column: 35, scope: !2677)
!2681 = !DILocation(line: 598, column: 39, scope: !2677)
!2682 = !DILocation(line: 598, column: 2, scope: !2677)
!2683 = !DILocation(line: 597, column: 9, scope: !2677)
!2684 = !DILocation(line: 601, column: 32, scope: !2677)
!2685 = !DILocation(line: 601, column: 36, scope: !2677)
!2686 = !DILocation(line: 601, column: 45, scope: !2677)
!2687 = !DILocation(line: 601, column: 49, scope: !2677)
!2688 = !DILocation(line: 602, column: 17, scope: !2677)
!2689 = !DILocation(line: 602, column: 25, scope: !2677)
!2690 = !DILocation(line: 603, column: 11, scope: !2677)
!2691 = !DILocation(line: 601, column: 4, scope: !2677)
!2692 = !DILocation(line: 600, column: 8, scope: !2677)
!2693 = !DILocation(line: 600, column: 16, scope: !2677)
!2694 = !DILocation(line: 600, column: 26, scope: !2677)
!2695 = !DILocation(line: 604, column: 7, scope: !2677)
!2696 = distinct !DISubprogram(name: "_S_select_on_copy", scope: !2697, file: !2697, line: 97, type: !11, scopeLine: 98, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2697 = !DIFile(filename: "/usr/include/c++/12/ext/alloc_traits.h", directory: "")
!2698 = !DILocation(line: 98, column: 64, scope: !2696)
!2699 = !DILocation(line: 98, column: 14, scope: !2696)
!2700 = !DILocation(line: 98, column: 7, scope: !2696)
!2701 = distinct !DISubprogram(name: "_M_get_Tp_allocator", scope: !163, file: !163, line: 303, type: !11, scopeLine: 304, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2702 = !DILocation(line: 304, column: 22, scope: !2701)
!2703 = !DILocation(line: 304, column: 9, scope: !2701)
!2704 = distinct !DISubprogram(name: "__uninitialized_copy_a<__gnu_cxx::__normal_iterator<const double *, std::vector<double, std::allocator<double> > >, double *, double>", scope: !897, file: !897, line: 365, type: !11, scopeLine: 367, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2705 = !DILocation(line: 372, column: 38, scope: !2704)
!2706 = !DILocation(line: 372, column: 47, scope: !2704)
!2707 = !DILocation(line: 372, column: 55, scope: !2704)
!2708 = !DILocation(line: 372, column: 14, scope: !2704)
!2709 = !DILocation(line: 372, column: 7, scope: !2704)
!2710 = distinct !DISubprogram(name: "begin", scope: !163, file: !163, line: 878, type: !11, scopeLine: 879, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2711 = !DILocation(line: 879, column: 37, scope: !2710)
!2712 = !DILocation(line: 879, column: 45, scope: !2710)
!2713 = !DILocation(line: 879, column: 16, scope: !2710)
!2714 = !DILocation(line: 879, column: 9, scope: !2710)
!2715 = distinct !DISubprogram(name: "end", scope: !163, file: !163, line: 898, type: !11, scopeLine: 899, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2716 = !DILocation(line: 899, column: 37, scope: !2715)
!2717 = !DILocation(line: 899, column: 45, scope: !2715)
!2718 = !DILocation(line: 899, column: 16, scope: !2715)
!2719 = !DILocation(line: 899, column: 9, scope: !2715)
!2720 = distinct !DISubprogram(name: "select_on_container_copy_construction", scope: !608, file: !608, line: 562, type: !11, scopeLine: 563, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2721 = !DILocation(line: 563, column: 16, scope: !2720)
!2722 = !DILocation(line: 563, column: 9, scope: !2720)
!2723 = distinct !DISubprogram(name: "uninitialized_copy<__gnu_cxx::__normal_iterator<const double *, std::vector<double, std::allocator<double> > >, double *>", scope: !897, file: !897, line: 163, type: !11, scopeLine: 165, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2724 = !DILocation(line: 174, column: 18, scope: !2723)
!2725 = !DILocation(line: 181, column: 18, scope: !2723)
!2726 = !DILocation(line: 185, column: 16, scope: !2723)
!2727 = !DILocation(line: 185, column: 25, scope: !2723)
!2728 = !DILocation(line: 185, column: 33, scope: !2723)
!2729 = !DILocation(line: 184, column: 14, scope: !2723)
!2730 = !DILocation(line: 184, column: 7, scope: !2723)
!2731 = distinct !DISubprogram(name: "__uninit_copy<__gnu_cxx::__normal_iterator<const double *, std::vector<double, std::allocator<double> > >, double *>", scope: !897, file: !897, line: 145, type: !11, scopeLine: 147, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2732 = !DILocation(line: 147, column: 28, scope: !2731)
!2733 = !DILocation(line: 147, column: 37, scope: !2731)
!2734 = !DILocation(line: 147, column: 45, scope: !2731)
!2735 = !DILocation(line: 147, column: 18, scope: !2731)
!2736 = !DILocation(line: 147, column: 11, scope: !2731)
!2737 = distinct !DISubprogram(name: "copy<__gnu_cxx::__normal_iterator<const double *, std::vector<double, std::allocator<double> > >, double *>", scope: !841, file: !841, line: 611, type: !11, scopeLine: 612, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2738 = !DILocation(line: 620, column: 26, scope: !2737)
!2739 = !DILocation(line: 620, column: 8, scope: !2737)
!2740 = !DILocation(line: 620, column: 54, scope: !2737)
!2741 = !DILocation(line: 620, column: 36, scope: !2737)
!2742 = !DILocation(line: 620, column: 63, scope: !2737)
!2743 = !DILocation(line: 619, column: 14, scope: !2737)
!2744 = !DILocation(line: 619, column: 7, scope: !2737)
!2745 = distinct !DISubprogram(name: "__copy_move_a<false, __gnu_cxx::__normal_iterator<const double *, std::vector<double, std::allocator<double> > >, double *>", scope: !841, file: !841, line: 527, type: !11, scopeLine: 528, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2746 = !DILocation(line: 530, column: 50, scope: !2745)
!2747 = !DILocation(line: 530, column: 32, scope: !2745)
!2748 = !DILocation(line: 531, column: 29, scope: !2745)
!2749 = !DILocation(line: 531, column: 11, scope: !2745)
!2750 = !DILocation(line: 532, column: 29, scope: !2745)
!2751 = !DILocation(line: 532, column: 11, scope: !2745)
!2752 = !DILocation(line: 530, column: 3, scope: !2745)
!2753 = !DILocation(line: 529, column: 14, scope: !2745)
!2754 = !DILocation(line: 529, column: 7, scope: !2745)
!2755 = distinct !DISubprogram(name: "__miter_base<__gnu_cxx::__normal_iterator<const double *, std::vector<double, std::allocator<double> > > >", scope: !1431, file: !1431, line: 562, type: !11, scopeLine: 563, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2756 = !DILocation(line: 563, column: 14, scope: !2755)
!2757 = !DILocation(line: 563, column: 7, scope: !2755)
!2758 = distinct !DISubprogram(name: "__niter_wrap<double *>", scope: !841, file: !841, line: 335, type: !11, scopeLine: 336, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2759 = !DILocation(line: 336, column: 14, scope: !2758)
!2760 = !DILocation(line: 336, column: 7, scope: !2758)
!2761 = distinct !DISubprogram(name: "__copy_move_a1<false, const double *, double *>", scope: !841, file: !841, line: 521, type: !11, scopeLine: 522, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2762 = !DILocation(line: 522, column: 43, scope: !2761)
!2763 = !DILocation(line: 522, column: 52, scope: !2761)
!2764 = !DILocation(line: 522, column: 60, scope: !2761)
!2765 = !DILocation(line: 522, column: 14, scope: !2761)
!2766 = !DILocation(line: 522, column: 7, scope: !2761)
!2767 = distinct !DISubprogram(name: "__niter_base<const double *, std::vector<double, std::allocator<double> > >", scope: !189, file: !189, line: 1353, type: !11, scopeLine: 1355, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2768 = !DILocation(line: 1355, column: 19, scope: !2767)
!2769 = !DILocation(line: 1355, column: 7, scope: !2767)
!2770 = distinct !DISubprogram(name: "__niter_base<double *>", scope: !841, file: !841, line: 313, type: !11, scopeLine: 315, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2771 = !DILocation(line: 315, column: 14, scope: !2770)
!2772 = !DILocation(line: 315, column: 7, scope: !2770)
!2773 = distinct !DISubprogram(name: "__copy_move_a2<false, const double *, double *>", scope: !841, file: !841, line: 486, type: !11, scopeLine: 487, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2774 = !DILocation(line: 495, column: 31, scope: !2773)
!2775 = !DILocation(line: 495, column: 40, scope: !2773)
!2776 = !DILocation(line: 495, column: 48, scope: !2773)
!2777 = !DILocation(line: 494, column: 14, scope: !2773)
!2778 = !DILocation(line: 494, column: 7, scope: !2773)
!2779 = distinct !DISubprogram(name: "__copy_m<double>", scope: !841, file: !841, line: 420, type: !11, scopeLine: 421, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2780 = !DILocation(line: 429, column: 27, scope: !2779)
!2781 = !DILocation(line: 429, column: 36, scope: !2779)
!2782 = !DILocation(line: 429, column: 34, scope: !2779)
!2783 = !DILocation(line: 429, column: 20, scope: !2779)
!2784 = !DILocation(line: 430, column: 8, scope: !2779)
!2785 = !DILocation(line: 431, column: 24, scope: !2779)
!2786 = !DILocation(line: 431, column: 34, scope: !2779)
!2787 = !DILocation(line: 431, column: 57, scope: !2779)
!2788 = !DILocation(line: 431, column: 55, scope: !2779)
!2789 = !DILocation(line: 431, column: 6, scope: !2779)
!2790 = !DILocation(line: 432, column: 11, scope: !2779)
!2791 = !DILocation(line: 432, column: 22, scope: !2779)
!2792 = !DILocation(line: 432, column: 20, scope: !2779)
!2793 = !DILocation(line: 432, column: 4, scope: !2779)
!2794 = distinct !DISubprogram(name: "base", scope: !189, file: !189, line: 1158, type: !11, scopeLine: 1159, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2795 = !DILocation(line: 1159, column: 16, scope: !2794)
!2796 = !DILocation(line: 1159, column: 9, scope: !2794)
!2797 = distinct !DISubprogram(name: "__normal_iterator", scope: !189, file: !189, line: 1072, type: !11, scopeLine: 1073, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2798 = !DILocation(line: 1073, column: 9, scope: !2797)
!2799 = !DILocation(line: 1073, column: 20, scope: !2797)
!2800 = !DILocation(line: 1073, column: 27, scope: !2797)
!2801 = distinct !DISubprogram(name: "__destroy<std::vector<double, std::allocator<double> > *>", scope: !676, file: !676, line: 160, type: !11, scopeLine: 161, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2802 = !DILocation(line: 162, column: 4, scope: !2801)
!2803 = !DILocation(line: 162, column: 11, scope: !2801)
!2804 = !DILocation(line: 162, column: 22, scope: !2801)
!2805 = !DILocation(line: 162, column: 19, scope: !2801)
!2806 = !DILocation(line: 163, column: 38, scope: !2801)
!2807 = !DILocation(line: 163, column: 6, scope: !2801)
!2808 = !DILocation(line: 162, column: 30, scope: !2801)
!2809 = distinct !{!2809, !2802, !2810, !28}
!2810 = !DILocation(line: 163, column: 46, scope: !2801)
!2811 = !DILocation(line: 164, column: 2, scope: !2801)
!2812 = distinct !DISubprogram(name: "_Destroy<std::vector<double, std::allocator<double> > >", scope: !676, file: !676, line: 146, type: !11, scopeLine: 147, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2813 = !DILocation(line: 151, column: 7, scope: !2812)
!2814 = !DILocation(line: 151, column: 19, scope: !2812)
!2815 = !DILocation(line: 153, column: 5, scope: !2812)
!2816 = distinct !DISubprogram(name: "_M_deallocate", scope: !163, file: !163, line: 383, type: !11, scopeLine: 384, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2817 = !DILocation(line: 386, column: 6, scope: !2816)
!2818 = !DILocation(line: 387, column: 20, scope: !2816)
!2819 = !DILocation(line: 387, column: 29, scope: !2816)
!2820 = !DILocation(line: 387, column: 34, scope: !2816)
!2821 = !DILocation(line: 387, column: 4, scope: !2816)
!2822 = !DILocation(line: 388, column: 7, scope: !2816)
!2823 = distinct !DISubprogram(name: "deallocate", scope: !608, file: !608, line: 495, type: !11, scopeLine: 496, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2824 = !DILocation(line: 496, column: 9, scope: !2823)
!2825 = !DILocation(line: 496, column: 24, scope: !2823)
!2826 = !DILocation(line: 496, column: 29, scope: !2823)
!2827 = !DILocation(line: 496, column: 13, scope: !2823)
!2828 = !DILocation(line: 496, column: 35, scope: !2823)
!2829 = distinct !DISubprogram(name: "deallocate", scope: !510, file: !510, line: 142, type: !11, scopeLine: 143, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2830 = !DILocation(line: 158, column: 50, scope: !2829)
!2831 = !DILocation(line: 158, column: 55, scope: !2829)
!2832 = !DILocation(line: 158, column: 27, scope: !2829)
!2833 = !DILocation(line: 158, column: 2, scope: !2829)
!2834 = !DILocation(line: 159, column: 7, scope: !2829)
!2835 = distinct !DISubprogram(name: "_Destroy<std::vector<double, std::allocator<double> > *, std::vector<double, std::allocator<double> > >", scope: !608, file: !608, line: 847, type: !11, scopeLine: 849, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2836 = !DILocation(line: 850, column: 16, scope: !2835)
!2837 = !DILocation(line: 850, column: 25, scope: !2835)
!2838 = !DILocation(line: 850, column: 7, scope: !2835)
!2839 = !DILocation(line: 851, column: 5, scope: !2835)
!2840 = distinct !DISubprogram(name: "__normal_iterator", scope: !189, file: !189, line: 1072, type: !11, scopeLine: 1073, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2841 = !DILocation(line: 1073, column: 9, scope: !2840)
!2842 = !DILocation(line: 1073, column: 20, scope: !2840)
!2843 = !DILocation(line: 1073, column: 27, scope: !2840)
!2844 = distinct !DISubprogram(name: "base", scope: !189, file: !189, line: 1158, type: !11, scopeLine: 1159, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2845 = !DILocation(line: 1159, column: 16, scope: !2844)
!2846 = !DILocation(line: 1159, column: 9, scope: !2844)
!2847 = distinct !DISubprogram(name: "__normal_iterator", scope: !189, file: !189, line: 1072, type: !11, scopeLine: 1073, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2848 = !DILocation(line: 1073, column: 9, scope: !2847)
!2849 = !DILocation(line: 1073, column: 20, scope: !2847)
!2850 = !DILocation(line: 1073, column: 27, scope: !2847)
!2851 = distinct !DISubprogram(name: "operator!=<double *, std::vector<double, std::allocator<double> > >", scope: !189, file: !189, line: 1237, type: !11, scopeLine: 1240, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2852 = !DILocation(line: 1240, column: 14, scope: !2851)
!2853 = !DILocation(line: 1240, column: 20, scope: !2851)
!2854 = !DILocation(line: 1240, column: 30, scope: !2851)
!2855 = !DILocation(line: 1240, column: 36, scope: !2851)
!2856 = !DILocation(line: 1240, column: 27, scope: !2851)
!2857 = !DILocation(line: 1240, column: 7, scope: !2851)
!2858 = distinct !DISubprogram(name: "operator*", scope: !189, file: !189, line: 1095, type: !11, scopeLine: 1096, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2859 = !DILocation(line: 1096, column: 17, scope: !2858)
!2860 = !DILocation(line: 1096, column: 9, scope: !2858)
!2861 = distinct !DISubprogram(name: "operator++", scope: !189, file: !189, line: 1105, type: !11, scopeLine: 1106, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2862 = !DILocation(line: 1107, column: 4, scope: !2861)
!2863 = !DILocation(line: 1107, column: 2, scope: !2861)
!2864 = !DILocation(line: 1108, column: 2, scope: !2861)
!2865 = distinct !DISubprogram(name: "base", scope: !189, file: !189, line: 1158, type: !11, scopeLine: 1159, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2866 = !DILocation(line: 1159, column: 16, scope: !2865)
!2867 = !DILocation(line: 1159, column: 9, scope: !2865)
!2868 = distinct !DISubprogram(name: "__find_if<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__ops::_Iter_pred<(lambda at cxx_stl_lambda.cpp:34:48)> >", scope: !841, file: !841, line: 2110, type: !11, scopeLine: 2111, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2869 = !DILocation(line: 2112, column: 24, scope: !2868)
!2870 = !DILocation(line: 2112, column: 33, scope: !2868)
!2871 = !DILocation(line: 2112, column: 41, scope: !2868)
!2872 = !DILocation(line: 2113, column: 10, scope: !2868)
!2873 = !DILocation(line: 2112, column: 14, scope: !2868)
!2874 = !DILocation(line: 2112, column: 7, scope: !2868)
!2875 = distinct !DISubprogram(name: "__pred_iter<(lambda at cxx_stl_lambda.cpp:34:48)>", scope: !947, file: !947, line: 324, type: !11, scopeLine: 325, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2876 = !DILocation(line: 325, column: 14, scope: !2875)
!2877 = !DILocation(line: 325, column: 7, scope: !2875)
!2878 = distinct !DISubprogram(name: "__find_if<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > >, __gnu_cxx::__ops::_Iter_pred<(lambda at cxx_stl_lambda.cpp:34:48)> >", scope: !841, file: !841, line: 2059, type: !11, scopeLine: 2061, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2879 = !DILocation(line: 2063, column: 25, scope: !2878)
!2880 = !DILocation(line: 2063, column: 36, scope: !2878)
!2881 = !DILocation(line: 2063, column: 2, scope: !2878)
!2882 = !DILocation(line: 2065, column: 7, scope: !2878)
!2883 = !DILocation(line: 2065, column: 14, scope: !2878)
!2884 = !DILocation(line: 2065, column: 27, scope: !2878)
!2885 = !DILocation(line: 2067, column: 15, scope: !2878)
!2886 = !DILocation(line: 2067, column: 8, scope: !2878)
!2887 = !DILocation(line: 2068, column: 13, scope: !2878)
!2888 = !DILocation(line: 2068, column: 6, scope: !2878)
!2889 = !DILocation(line: 2069, column: 4, scope: !2878)
!2890 = !DILocation(line: 2071, column: 15, scope: !2878)
!2891 = !DILocation(line: 2071, column: 8, scope: !2878)
!2892 = !DILocation(line: 2072, column: 13, scope: !2878)
!2893 = !DILocation(line: 2072, column: 6, scope: !2878)
!2894 = !DILocation(line: 2073, column: 4, scope: !2878)
!2895 = !DILocation(line: 2075, column: 15, scope: !2878)
!2896 = !DILocation(line: 2075, column: 8, scope: !2878)
!2897 = !DILocation(line: 2076, column: 13, scope: !2878)
!2898 = !DILocation(line: 2076, column: 6, scope: !2878)
!2899 = !DILocation(line: 2077, column: 4, scope: !2878)
!2900 = !DILocation(line: 2079, column: 15, scope: !2878)
!2901 = !DILocation(line: 2079, column: 8, scope: !2878)
!2902 = !DILocation(line: 2080, column: 13, scope: !2878)
!2903 = !DILocation(line: 2080, column: 6, scope: !2878)
!2904 = !DILocation(line: 2081, column: 4, scope: !2878)
!2905 = !DILocation(line: 2082, column: 2, scope: !2878)
!2906 = !DILocation(line: 2065, column: 32, scope: !2878)
!2907 = distinct !{!2907, !2882, !2905, !28}
!2908 = !DILocation(line: 2084, column: 22, scope: !2878)
!2909 = !DILocation(line: 2084, column: 7, scope: !2878)
!2910 = !DILocation(line: 2087, column: 15, scope: !2878)
!2911 = !DILocation(line: 2087, column: 8, scope: !2878)
!2912 = !DILocation(line: 2088, column: 13, scope: !2878)
!2913 = !DILocation(line: 2088, column: 6, scope: !2878)
!2914 = !DILocation(line: 2089, column: 4, scope: !2878)
!2915 = !DILocation(line: 2092, column: 15, scope: !2878)
!2916 = !DILocation(line: 2092, column: 8, scope: !2878)
!2917 = !DILocation(line: 2093, column: 13, scope: !2878)
!2918 = !DILocation(line: 2093, column: 6, scope: !2878)
!2919 = !DILocation(line: 2094, column: 4, scope: !2878)
!2920 = !DILocation(line: 2097, column: 15, scope: !2878)
!2921 = !DILocation(line: 2097, column: 8, scope: !2878)
!2922 = !DILocation(line: 2098, column: 13, scope: !2878)
!2923 = !DILocation(line: 2098, column: 6, scope: !2878)
!2924 = !DILocation(line: 2099, column: 4, scope: !2878)
!2925 = !DILocation(line: 2101, column: 2, scope: !2878)
!2926 = !DILocation(line: 2103, column: 11, scope: !2878)
!2927 = !DILocation(line: 2103, column: 4, scope: !2878)
!2928 = !DILocation(line: 2105, column: 5, scope: !2878)
!2929 = distinct !DISubprogram(name: "__iterator_category<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > > >", scope: !1597, file: !1597, line: 238, type: !11, scopeLine: 239, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0)
!2930 = !DILocation(line: 239, column: 7, scope: !2929)
!2931 = distinct !DISubprogram(name: "operator()<__gnu_cxx::__normal_iterator<int *, std::vector<int, std::allocator<int> > > >", scope: !947, file: !947, line: 317, type: !11, scopeLine: 318, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2932 = !DILocation(line: 318, column: 24, scope: !2931)
!2933 = !DILocation(line: 318, column: 16, scope: !2931)
!2934 = !DILocation(line: 318, column: 4, scope: !2931)
!2935 = distinct !DISubprogram(name: "operator()", scope: !10, file: !10, line: 34, type: !11, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2936 = !DILocation(line: 34, column: 67, scope: !2935)
!2937 = !DILocation(line: 34, column: 69, scope: !2935)
!2938 = !DILocation(line: 34, column: 60, scope: !2935)
!2939 = distinct !DISubprogram(name: "_Iter_pred", scope: !947, file: !947, line: 310, type: !11, scopeLine: 312, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !0)
!2940 = !DILocation(line: 312, column: 9, scope: !2939)
