"""OpenMP runtime entry points (LLVM's libomp, as clang 22 calls them), as data.

- INACTIVE: calls that carry no derivative: scheduling (`__kmpc_for_static_init_4` writes
  integer bounds through its pointers), thread identity, synchronisation; their reverse is
  nothing, except the synchronisation in `REVERSED` (omp_sync.py).
- UNSUPPORTED: constructs whose reverse is not built, each a located error naming it.
- names of the fork call, the reductions clang emits, and the team queries used by the
  synthesized parallel regions (omp_region.py).
"""

from __future__ import annotations

FORK = "__kmpc_fork_call"
REDUCE = ("__kmpc_reduce_nowait", "__kmpc_reduce")
END_REDUCE = {"__kmpc_end_reduce_nowait": False, "__kmpc_end_reduce": True}  # -> barrier?
CRITICAL, END_CRITICAL, BARRIER = "__kmpc_critical", "__kmpc_end_critical", "__kmpc_barrier"
REGION_SUFFIX = ".omp_region"  # the function a fork call becomes before AD (omp_prepare.py)

INACTIVE = frozenset("""
__kmpc_global_thread_num __kmpc_for_static_init_4 __kmpc_for_static_init_4u
__kmpc_for_static_init_8 __kmpc_for_static_init_8u __kmpc_for_static_fini
__kmpc_dispatch_init_4 __kmpc_dispatch_init_4u __kmpc_dispatch_init_8 __kmpc_dispatch_init_8u
__kmpc_dispatch_next_4 __kmpc_dispatch_next_4u __kmpc_dispatch_next_8 __kmpc_dispatch_next_8u
__kmpc_dispatch_fini_4 __kmpc_dispatch_fini_4u __kmpc_dispatch_fini_8 __kmpc_dispatch_fini_8u
__kmpc_dispatch_deinit __kmpc_barrier __kmpc_critical __kmpc_end_critical
__kmpc_single __kmpc_end_single __kmpc_master __kmpc_end_master
__kmpc_masked __kmpc_end_masked __kmpc_push_num_threads __kmpc_flush
omp_get_thread_num omp_get_num_threads omp_get_max_threads omp_get_num_procs
omp_in_parallel omp_get_wtime omp_get_level omp_set_num_threads
""".split())

# reverse of a synchronisation call: the call to make at its place in the reverse sweep
REVERSED = {BARRIER: BARRIER, CRITICAL: END_CRITICAL, END_CRITICAL: CRITICAL}

UNSUPPORTED = {
    "__kmpc_omp_task_alloc": "'#pragma omp task'",
    "__kmpc_omp_task_alloc_with_deps": "'#pragma omp task'",
    "__kmpc_omp_task_with_deps": "'#pragma omp task'",
    "__kmpc_omp_task": "'#pragma omp task'",
    "__kmpc_taskloop": "'#pragma omp taskloop'",
    "__kmpc_taskloop_5": "'#pragma omp taskloop'",
    "__kmpc_omp_taskwait": "'#pragma omp taskwait'",
    "__kmpc_taskgroup": "'#pragma omp taskgroup'",
    "__kmpc_ordered": "'#pragma omp ordered'",
    "__kmpc_doacross_init": "'#pragma omp ordered' with depend",
    "__kmpc_fork_teams": "'#pragma omp teams'",
    "__kmpc_critical_with_hint": "'#pragma omp critical' with a hint",
    "__kmpc_copyprivate": "the 'copyprivate' clause",
    "__kmpc_threadprivate_cached": "'threadprivate' variables",
    "__tgt_target_kernel": "target offload ('#pragma omp target')",
    "__tgt_target_data_begin_mapper": "target offload ('#pragma omp target data')",
    "__tgt_target_data_update_mapper": "target offload ('#pragma omp target update')",
    "__kmpc_omp_target_task_alloc": "target offload ('#pragma omp target nowait')",
}


def is_inactive(name: str) -> bool:
    return name in INACTIVE


def is_region(function) -> bool:
    """A function made from a fork call before AD (omp_prepare.region_function)."""
    return function is not None and function.name.endswith(REGION_SUFFIX)
