/* gradcheck: n=5 lo=-2 hi=2 */
/* A linked list built node by node with malloc (pushed at the head), traversed through its
 * next pointers to sum active values with decaying weights, then freed node by node. */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

typedef struct node { double v; struct node *next; } node;

double list_loss(const double *x, int n) {
    node *head = NULL;
    for (int i = 0; i < n; i++) {
        node *nd = malloc(sizeof *nd);
        nd->v = sin(x[i]) + x[i];
        nd->next = head;
        head = nd;
    }
    double s = 0.0, w = 1.0;
    for (node *p = head; p; p = p->next) {
        s += w * p->v;
        w *= 0.5;
    }
    while (head) {
        node *next = head->next;
        free(head);
        head = next;
    }
    return s * s;
}

double f(const double *x) { return list_loss(x, 5); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 5; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)list_loss, enzyme_dup, x, g, enzyme_const, 5);
}
void analytic(const double *x, double *g) {
    double s = 0.0;
    for (int i = 0; i < 5; i++) s += pow(0.5, 4 - i) * (sin(x[i]) + x[i]);
    for (int i = 0; i < 5; i++) g[i] = 2 * s * pow(0.5, 4 - i) * (cos(x[i]) + 1.0);
}
