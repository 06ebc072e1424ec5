/* expect-error: known at compile time */
/* __enzyme_virtualreverse makes the shadow of a function or virtual table known when
 * enzymec compiles (virtual_shadow.py); a function pointer that arrives at run time has no
 * shadow table to give: a located error, never a table of the wrong function. */
void *__enzyme_virtualreverse(void *);

double sq(double x) { return x * x; }
double cube(double x) { return x * x * x; }

__attribute__((noinline)) void *table(double (*fn)(double)) {
    return __enzyme_virtualreverse((void *)fn); /* ERROR */
}

void *pick(int which) { return table(which ? sq : cube); }
