#!/bin/sh
# Race check of enzymec's synthesized OpenMP gradient code with ThreadSanitizer and LLVM's
# Archer (libomp's OMPT tool that tells TSan about OpenMP's synchronisation; valgrind's DRD
# and Helgrind do not understand libomp's own synchronisation and flood with false reports).
# usage: race_check.sh PROGRAM.c WORKDIR   (exit 0: no race reported, gradient checked)
# enzymec's final IR (--enzymec-dump-ir=opt) gets the sanitize_thread attribute, is compiled
# with clang -fsanitize=thread and linked against the system's libtsan (gcc's) and libomp.
set -eu
src=$1; dir=$2; lib=/usr/lib/llvm-22/lib
mkdir -p "$dir"
enzymec -O1 -fopenmp "$src" --enzymec-dump-ir=opt -c -o "$dir/x.o" 2> "$dir/opt.ll"
sed -i -E 's/^(attributes #[0-9]+ = \{)/\1 sanitize_thread /' "$dir/opt.ll"
clang=$(python3 -c "import ziglang, os; print(os.path.join(os.path.dirname(ziglang.__file__), 'zig'))")
"$clang" cc -O1 -fsanitize=thread -Wno-override-module -c "$dir/opt.ll" -o "$dir/tsan.o"
cat > "$dir/shim.c" <<'SHIM'
#include <string.h>
/* clang 22's TSan calls these; gcc 12's libtsan predates them */
void *__tsan_memset(void *p, int c, size_t n) { return memset(p, c, n); }
void *__tsan_memcpy(void *d, const void *s, size_t n) { return memcpy(d, s, n); }
void *__tsan_memmove(void *d, const void *s, size_t n) { return memmove(d, s, n); }
SHIM
cc -fsanitize=thread "$dir/tsan.o" "$dir/shim.c" -o "$dir/prog" -L$lib -Wl,-rpath,$lib -lomp -lm
# libomp is not built with TSan: what its own threads do through intercepted pthread calls
# (mutex initialisation in one thread, locking in another) is its business, not ours
# Archer models a critical section's lock with a mutex of its own, which TSan calls "double
# locked" for a plain OpenMP program without enzymec code too (crit_plain in test_races.py)
printf 'called_from_lib:libomp.so.5\nmutex:libarcher.so\n' > "$dir/suppress.txt"
OMP_NUM_THREADS=4 OMP_TOOL_LIBRARIES=$lib/libarcher.so \
    TSAN_OPTIONS="exitcode=66 suppressions=$dir/suppress.txt" "$dir/prog"
