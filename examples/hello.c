/* hello.c: enzymec compiles ordinary C exactly like cc. */
#include <stdio.h>

int main(void) {
    printf("hello from enzymec\n");
    return 0;
}
