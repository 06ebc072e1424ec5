"""The SSA model of LLVM IR: types, values, instructions, functions, modules; parser/printer."""

from .function import Function
from .instructions import (AggregateInst, AllocaInst, AtomicRMWInst, Block, CallInst, CmpInst,
                           CmpXchgInst, DebugRecord, FenceInst, GepInst, Instruction,
                           InvokeInst, LandingPadInst, MemoryInst, PhiInst, SwitchInst,
                           BINARY_OPS, CAST_OPS, TERMINATORS)
from .layout import DataLayout
from .module import Module
from .parser import parse_module
from .printer import format_float, print_function, print_module
from .types import (DOUBLE, FLOAT, I1, I8, I32, I64, LABEL, PTR, VOID, ArrayType, FloatType,
                    FunctionType, IntType, NamedStructType, PointerType, StructType, Type,
                    VectorType)
from .values import (Argument, Constant, ConstantAggregate, ConstantExpr, ConstantFloat,
                     ConstantInt, ConstantString, GlobalAlias, GlobalValue, GlobalVariable,
                     RawConstant, SimpleConstant, User, Value)
