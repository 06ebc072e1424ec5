#!/bin/sh
# Shrink the csmith program of a failing seed with creduce.
# usage: tests/csmith/reduce.sh SEED [workdir]      (needs csmith, libcsmith-dev, creduce, gcc, enzymec)
# The program is "interesting" while gcc -O0 and -O2 agree (no undefined behaviour showed up) and
# enzymec -O2 fails to compile it or prints a different checksum. Result: WORKDIR/seedSEED.c
set -eu
seed=${1:?usage: reduce.sh SEED [workdir]}
work=${2:-/tmp/enzymec-reduce-$seed}
ENZYMEC=${ENZYMEC:-$(command -v enzymec || echo "python3 -m enzymec")}
mkdir -p "$work" && cd "$work"
csmith --seed "$seed" --max-funcs 4 --max-block-depth 3 --max-array-dim 2 --max-struct-fields 6 \
    --no-argc -o "seed$seed.c"
cat > interesting.sh <<EOS
#!/bin/sh
# creduce calls this in a scratch copy; exit 0 means "still shows the bug"
f=seed$seed.c
I="-w -I/usr/include/csmith"
gcc -O0 \$I \$f -o g0 2>/dev/null && gcc -O2 \$I \$f -o g2 2>/dev/null || exit 1
a=\$(timeout 5 ./g0) || exit 1
b=\$(timeout 5 ./g2) || exit 1
[ "\$a" = "\$b" ] || exit 1
$ENZYMEC -O2 \$I \$f -o e 2>/dev/null || exit 0
c=\$(timeout 5 ./e) || exit 0
[ "\$a" != "\$c" ]
EOS
chmod +x interesting.sh
./interesting.sh || { echo "seed $seed is not interesting (enzymec agrees with gcc)"; exit 1; }
creduce --n "$(nproc)" ./interesting.sh "seed$seed.c"
echo "reduced program: $work/seed$seed.c"
