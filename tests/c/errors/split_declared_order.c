/* expect-error: declared struct cannot hold */
/* The augmented forward returns {tape, result}. A struct declared result first gets each
 * piece in the field of its type (tests/c/split_result_first.c), but this one has a field
 * no piece fits, ahead of the tape: Enzyme would copy the tape's bits into `value`.
 * Refused. */
typedef struct { double value; double spare; void *tape; } Augmented;
Augmented __enzyme_augmentfwd(void *, ...);

double sq(double x) { return x * x; }

double use(double x) {
    Augmented a = __enzyme_augmentfwd((void *)sq, x); /* ERROR */
    return a.value;
}
