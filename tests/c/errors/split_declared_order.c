/* expect-error: declared to return */
/* The augmented forward returns {tape, result}; a struct declared the other way round would
 * get the tape's bits as the result (Enzyme reinterprets them): refused. */
typedef struct { double value; void *tape; } Augmented;
Augmented __enzyme_augmentfwd(void *, ...);

double sq(double x) { return x * x; }

double use(double x) {
    Augmented a = __enzyme_augmentfwd((void *)sq, x); /* ERROR */
    return a.value;
}
