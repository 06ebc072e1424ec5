/* expect-error: virtual reverse */
/* __enzyme_virtualreverse (shadow virtual tables) is not implemented: a located error. */
void *__enzyme_virtualreverse(void *);

double sq(double x) { return x * x; }

void *table(void) {
    return __enzyme_virtualreverse((void *)sq); /* ERROR */
}
