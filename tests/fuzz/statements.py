"""The statement kinds of generated programs, as a table: kind -> (weight, writer). A writer
takes the Context and returns a Statement that defines one new scalar; it may add helper
functions (calls, recursion) and uses only scalars and inputs from before it, so any
statement can be replaced by a constant when a failure is reduced."""

from __future__ import annotations

from .context import Context, Statement


def scalar(c: Context) -> Statement:
    """A straight-line libm expression."""
    v = c.fresh("v")
    return Statement([], [f"double {v} = {c.expr(3)};"], c.define(v))


def if_else(c: Context) -> Statement:
    """if/else on an active condition, a different formula on each side."""
    v, cond = c.fresh("v"), c.bounded(1)
    lines = [f"double {v};", f"if ({cond} > {c.rng.choice(['-0.3', '0.0', '0.4'])})",
             f"    {v} = {c.expr(2)};", "else", f"    {v} = {c.expr(2)};"]
    return Statement([], lines, c.define(v))


def select(c: Context) -> Statement:
    """?: and fmin/fmax/fabs: selects after optimization."""
    v = c.fresh("v")
    pick = c.rng.choice([f"({c.expr(1)} < {c.expr(1)} ? {c.expr(2)} : {c.expr(2)})",
                         f"fmax({c.expr(2)}, {c.expr(2)})", f"fmin({c.expr(2)}, {c.expr(2)})",
                         f"fabs({c.expr(2)})"])
    return Statement([], [f"double {v} = {pick};"], c.define(v))


def switch(c: Context) -> Statement:
    """A switch on an integer computed from an active value: a multi-way branch."""
    v, k = c.fresh("v"), c.fresh("k")
    lines = [f"double {v};", f"int {k} = (int)floor(2.5 * {c.bounded(1)});", f"switch ({k}) {{"]
    for arm in c.rng.sample(range(-2, 3), c.rng.randint(2, 4)):
        lines.append(f"case {arm}: {v} = {c.expr(2)}; break;")
    lines += [f"default: {v} = {c.expr(2)};", "}"]
    return Statement([], lines, c.define(v))


def loop(c: Context) -> Statement:
    """A loop carrying an accumulator: a constant or data-dependent trip count, or a while
    loop with a break on an active test."""
    v, i = c.fresh("v"), c.fresh("i")
    body = f"{v} = 0.5 * {v} + tanh({c.expr(2, extra=(v, f'(double){i}'))});"
    form = c.rng.randrange(3)
    if form == 0:
        head = [f"for (int {i} = 0; {i} < {c.rng.randint(1, 7)}; {i}++) {{", f"    {body}"]
    elif form == 1:
        head = [f"int n{i} = 1 + (int)(3.0 * (1.0 + {c.bounded(1)}));",
                f"for (int {i} = 0; {i} < n{i}; {i}++) {{", f"    {body}"]
    else:
        head = [f"for (int {i} = 0; {i} < 12; {i}++) {{", f"    {body}",
                f"    if ({v} > {c.rng.choice(['0.6', '0.9', '1.2'])}) break;"]
    lines = [f"double {v} = {c.expr(1)};", *head, "}"]
    return Statement([], lines, c.define(v, bounded=True))


def local_array(c: Context) -> Statement:
    """A local array filled from the inputs, updated in place, read in reverse."""
    a, v, i, m = c.fresh("a"), c.fresh("v"), c.fresh("i"), c.rng.randint(3, 7)
    lines = [f"double {a}[{m}];",
             f"for (int {i} = 0; {i} < {m}; {i}++) {a}[{i}] = "
             f"{c.expr(1, extra=(f'x[{i} % {c.n}]', f'(double){i}'))};",
             f"for (int {i} = 1; {i} < {m}; {i}++) {a}[{i}] = {a}[{i}] * 0.5 + "
             f"tanh({a}[{i} - 1]);",
             f"double {v} = 0.0;",
             f"for (int {i} = {m} - 1; {i} >= 0; {i}--) {v} = {v} * 0.5 + {a}[{i}] * "
             f"{a}[({i} + 1) % {m}];"]
    return Statement([], lines, c.define(v))


def heap(c: Context) -> Statement:
    """A malloc'd buffer of active values, written, overwritten, reduced and freed."""
    h, v, i, m = c.fresh("h"), c.fresh("v"), c.fresh("i"), c.rng.randint(2, 6)
    lines = [f"double *{h} = (double *)malloc({m} * sizeof(double));",
             f"for (int {i} = 0; {i} < {m}; {i}++) {h}[{i}] = "
             f"{c.expr(1, extra=(f'x[{i} % {c.n}]',))};",
             f"for (int {i} = 0; {i} < {m}; {i}++) {h}[{i}] = {h}[{i}] * {h}[({i} + 1) % {m}];",
             f"double {v} = 0.0;",
             f"for (int {i} = 0; {i} < {m}; {i}++) {v} += {h}[{i}];",
             f"free({h});"]
    return Statement([], lines, c.define(v))


def struct(c: Context) -> Statement:
    """A struct with a scalar, an array field and an int, read through a helper's pointer."""
    s, v, fn = c.fresh("s"), c.fresh("v"), c.fresh("rec_eval")
    helper = (f"static double {fn}(const rec_t *r) {{\n"
              f"    double t = r->a;\n"
              f"    for (int i = 0; i < r->k; i++) t = t * 0.5 + {c.local(('r->b[i]', 'r->a', 't'), 1)};\n"
              f"    return t;\n}}")
    lines = [f"rec_t {s};", f"{s}.a = {c.expr(2)};", f"{s}.k = {c.rng.randint(1, 3)};",
             *(f"{s}.b[{j}] = {c.expr(1)};" for j in range(3)),
             f"double {v} = {fn}(&{s});"]
    return Statement([helper], lines, c.define(v))


def call(c: Context) -> Statement:
    """A helper of two scalars, called twice (once on its own result)."""
    v, fn = c.fresh("v"), c.fresh("helper")
    body = c.local(("p", "q"), 2)
    helper = f"static double {fn}(double p, double q) {{ return {body}; }}"
    lines = [f"double {v} = {fn}({c.expr(1)}, tanh({fn}({c.expr(1)}, {c.expr(1)})));"]
    return Statement([helper], lines, c.define(v))


def call_array(c: Context) -> Statement:
    """Helpers over an array: one updates it in place, one reduces it in a loop."""
    w, v, upd, red, m = c.fresh("w"), c.fresh("v"), c.fresh("update"), c.fresh("reduce"), c.n
    helpers = [f"static void {upd}(double *w, int n, double s) {{\n"
               f"    for (int i = 0; i < n; i++) w[i] = {c.local(('w[i]', 's'), 1)};\n}}",
               f"static double {red}(const double *w, int n) {{\n"
               f"    double acc = 0.0;\n"
               f"    for (int i = 0; i < n; i++) acc = 0.5 * acc + "
               f"tanh({c.local(('w[i]', 'acc'), 1)});\n    return acc;\n}}"]
    lines = [f"double {w}[{m}];", f"memcpy({w}, x, sizeof {w});",
             f"{upd}({w}, {m}, {c.expr(1)});", f"double {v} = {red}({w}, {m});"]
    return Statement(helpers, lines, c.define(v, bounded=True))


def recursion(c: Context) -> Statement:
    """A divide-and-conquer recursion over the inputs."""
    v, fn = c.fresh("v"), c.fresh("rec")
    leaf = c.local(("v[0]", "s"), 1)
    combine = c.rng.choice(["a + b", "a * tanh(b)", "sqrt(1.0 + a * a + b * b)", "a - 0.5 * b"])
    helper = (f"static double {fn}(const double *v, int n, double s) {{\n"
              f"    if (n <= 1) return {leaf};\n    int h = n / 2;\n"
              f"    double a = {fn}(v, h, s), b = {fn}(v + h, n - h, s);\n"
              f"    return {combine};\n}}")
    lines = [f"double {v} = {fn}(x, {c.n}, {c.expr(1)});"]
    return Statement([helper], lines, c.define(v))


def pun_memcpy(c: Context) -> Statement:
    """A double's bits through a uint64_t and back (memcpy), maybe with its sign flipped or
    cleared by integer operations."""
    v, b, t = c.fresh("v"), c.fresh("bits"), c.fresh("t")
    op = c.rng.choice(["", f"{b} ^= 0x8000000000000000ULL;", f"{b} &= 0x7fffffffffffffffULL;"])
    lines = [f"double {t} = {c.expr(2)};", f"uint64_t {b};", f"memcpy(&{b}, &{t}, sizeof {b});",
             *([op] if op else []), f"double {v};", f"memcpy(&{v}, &{b}, sizeof {v});"]
    return Statement([], lines, c.define(v))


def pun_union(c: Context) -> Statement:
    """A double written and read back through a union's integer member."""
    v, u, b = c.fresh("v"), c.fresh("u"), c.fresh("bits")
    lines = [f"pun_t {u};", f"{u}.d = {c.expr(2)};", f"uint64_t {b} = {u}.u;",
             f"{u}.u = {b};", f"double {v} = {u}.d * {c.expr(1)};"]
    return Statement([], lines, c.define(v))


def struct_return(c: Context) -> Statement:
    """A helper returning a struct by value, its array field filled in a loop."""
    v, fn, r = c.fresh("v"), c.fresh("make"), c.fresh("r")
    helper = (f"static rec_t {fn}(double p, double q) {{\n    rec_t r;\n"
              f"    r.a = {c.local(('p', 'q'), 2)};\n    r.k = 3;\n"
              f"    for (int i = 0; i < 3; i++) r.b[i] = {c.local(('p', 'q', 'r.a'), 1)} * (i + 1);\n"
              f"    return r;\n}}")
    lines = [f"rec_t {r} = {fn}({c.expr(1)}, {c.expr(1)});",
             f"double {v} = {r}.a * {r}.b[0] + {r}.b[1] - 0.5 * {r}.b[2];"]
    return Statement([helper], lines, c.define(v))


def ping_pong(c: Context) -> Statement:
    """Two heap buffers swapped by pointer every sweep (a Jacobi-style smoother)."""
    p, q, t, v, i, m = (c.fresh("p"), c.fresh("q"), c.fresh("t"), c.fresh("v"), c.fresh("i"),
                        c.rng.randint(3, 6))
    lines = [f"double *{p} = (double *)malloc({m} * sizeof(double));",
             f"double *{q} = (double *)malloc({m} * sizeof(double));",
             f"for (int {i} = 0; {i} < {m}; {i}++) {p}[{i}] = {c.expr(1, extra=(f'x[{i} % {c.n}]',))};",
             f"for (int sweep = 0; sweep < {c.rng.randint(1, 4)}; sweep++) {{",
             f"    for (int {i} = 0; {i} < {m}; {i}++)",
             f"        {q}[{i}] = 0.25 * {p}[({i} + {m} - 1) % {m}] + 0.5 * sin({p}[{i}]) + "
             f"0.25 * {p}[({i} + 1) % {m}];",
             f"    double *{t} = {p}; {p} = {q}; {q} = {t};", "}",
             f"double {v} = {p}[0] * {p}[{m} - 1];", f"free({p});", f"free({q});"]
    return Statement([], lines, c.define(v))


def realloc_grow(c: Context) -> Statement:
    """A heap buffer grown with realloc while it is filled, then reduced."""
    b, v, i, m = c.fresh("b"), c.fresh("v"), c.fresh("i"), c.rng.randint(3, 9)
    lines = [f"double *{b} = (double *)malloc(2 * sizeof(double));",
             f"{b}[0] = {c.expr(1)}; {b}[1] = {c.expr(1)};",
             f"for (int {i} = 2; {i} < {m}; {i}++) {{",
             f"    {b} = (double *)realloc({b}, ({i} + 1) * sizeof(double));",
             f"    {b}[{i}] = 0.5 * {b}[{i} - 1] + tanh({b}[{i} - 2]) * {c.expr(1)};", "}",
             f"double {v} = 0.0;", f"for (int {i} = 0; {i} < {m}; {i}++) {v} += {b}[{i}] * {b}[{i}];",
             f"free({b});"]
    return Statement([], lines, c.define(v))


def call_in_loop(c: Context) -> Statement:
    """A helper writing through an output pointer, called in a loop over a local array."""
    a, v, fn, i, m = c.fresh("a"), c.fresh("v"), c.fresh("step"), c.fresh("i"), c.n
    helper = (f"static void {fn}(const double *in, double *out, double s) {{\n"
              f"    *out = {c.local(('in[0]', 's', '*out'), 2)};\n}}")
    lines = [f"double {a}[{m}];", f"memcpy({a}, x, sizeof {a});",
             f"for (int {i} = 1; {i} < {m}; {i}++) {fn}(&{a}[{i} - 1], &{a}[{i}], {c.expr(1)});",
             f"double {v} = {a}[{m} - 1];"]
    return Statement([helper], lines, c.define(v))


def data_index(c: Context) -> Statement:
    """A read at an index computed from an active value (piecewise constant)."""
    a, v, k, m = c.fresh("a"), c.fresh("v"), c.fresh("k"), c.n
    lines = [f"double {a}[{m}];",
             f"for (int j = 0; j < {m}; j++) {a}[j] = {c.expr(1, extra=('x[j]', '(double)j'))};",
             f"int {k} = (int)({m} * 0.5 * (1.0 + tanh({c.expr(1)})));",
             f"if ({k} >= {m}) {k} = {m} - 1;",
             f"if ({k} < 0) {k} = 0;",
             f"double {v} = {a}[{k}] * {c.expr(1)};"]
    return Statement([], lines, c.define(v))


STATEMENTS = {
    "scalar": (3, scalar), "if_else": (2, if_else), "select": (2, select),
    "switch": (1, switch), "loop": (3, loop), "local_array": (2, local_array),
    "heap": (2, heap), "struct": (1, struct), "call": (2, call), "call_array": (1, call_array),
    "recursion": (1, recursion), "pun_memcpy": (1, pun_memcpy), "pun_union": (1, pun_union),
    "struct_return": (1, struct_return), "ping_pong": (1, ping_pong),
    "realloc_grow": (1, realloc_grow), "call_in_loop": (1, call_in_loop),
    "data_index": (1, data_index),
}
