/* gradcheck: n=2 lo=-2 hi=2 */
/* A heap object holding no active data (Cell) whose pointer is kept in a shadowed one
 * (Box); a non-inlined helper reaches it through the Box and writes active data into it:
 * the Cell needs shadow memory, and the Box's shadow must point to it. */
#include <enzyme.h>
#include <cmath>
struct Cell { double v; int tag; };
struct Box { Cell *c; double w; };
__attribute__((noinline)) static void fill(Box *b, const double *x) { b->c->v = x[0] * x[1]; }
static double run(const double *x) {
  Box *b = new Box;
  b->c = new Cell;
  b->c->tag = 1;
  b->w = x[1];
  fill(b, x);
  double r = b->c->v * b->w + std::sin(b->c->v);
  delete b->c; delete b;
  return r;
}
extern "C" {
double f(const double *x) { return run(x); }
void grad(const double *x, double *g) { g[0]=g[1]=0; __enzyme_autodiff((void*)run, enzyme_dup, x, g); }
void analytic(const double *x, double *g) { double v=x[0]*x[1]; g[0]= x[1]*x[1] + std::cos(v)*x[1]; g[1]=2*x[0]*x[1]+std::cos(v)*x[0]; }
}
