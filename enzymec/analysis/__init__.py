"""Analyses over the SSA model: each a function returning a plain result with a printer.

`cfg` (orders, maps, exits), `dominators`/`post_dominators` (Cooper-Harvey-Kennedy),
`loops` (natural loops, nesting, canonical induction variables and trip counts).
"""

from .cfg import (CFG, block_names, cfg, edges, exit_blocks, graph_reverse_postorder,
                  predecessor_map, print_cfg, reachable_blocks, reverse_postorder,
                  successor_map)
from .dominators import DomTree, VirtualExit, dominators, post_dominators, print_domtree
from .induction import InductionVariable, TripCount, canonical_induction
from .loops import Loop, LoopInfo, back_edges, loops, print_loops
from .activity import Activity, activity, differentiable, print_activity, underlying_object
from .type_analysis import copy_bound, memory_kinds, print_types, type_analysis
from .origins import UNKNOWN, PointerOrigins
