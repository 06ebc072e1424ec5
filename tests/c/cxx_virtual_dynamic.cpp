/* gradcheck: n=4 lo=-2 hi=2 */
/* Virtual calls whose dynamic type is known only at run time: an expression tree built by a
 * non-inlined factory from the signs of the inputs (so every point takes other classes),
 * evaluated by virtual recursion through base pointers (Node::eval calls its children's
 * eval through their vtables), then destroyed through a virtual destructor. */
#include <enzyme.h>
#include <cmath>

struct Node {
    virtual double eval(const double *x) const = 0;
    virtual ~Node() {}
};
struct Var : Node {
    int i;
    explicit Var(int i) : i(i) {}
    double eval(const double *x) const override { return x[i]; }
};
struct Unary : Node {
    Node *a;
    explicit Unary(Node *a) : a(a) {}
    ~Unary() override { delete a; }
};
struct Sin : Unary {
    using Unary::Unary;
    double eval(const double *x) const override { return std::sin(a->eval(x)); }
};
struct Square : Unary {
    using Unary::Unary;
    double eval(const double *x) const override { double v = a->eval(x); return v * v; }
};
struct Binary : Node {
    Node *a, *b;
    Binary(Node *a, Node *b) : a(a), b(b) {}
    ~Binary() override { delete a; delete b; }
};
struct Add : Binary {
    using Binary::Binary;
    double eval(const double *x) const override { return a->eval(x) + b->eval(x); }
};
struct Mul : Binary {
    using Binary::Binary;
    double eval(const double *x) const override { return a->eval(x) * b->eval(x); }
};

/* which classes make up the tree depends on the data, out of the compiler's sight */
__attribute__((noinline)) static Node *leaf(const double *x, int i) {
    if (x[i] > 0) return new Sin(new Var(i));
    return new Square(new Var(i));
}
__attribute__((noinline)) static Node *build(const double *x) {
    Node *t = leaf(x, 0);
    for (int i = 1; i < 4; i++) {
        Node *l = leaf(x, i);
        t = x[i] * x[i - 1] > 0 ? (Node *)new Mul(t, l) : (Node *)new Add(t, l);
    }
    return t;
}

static double tree(const double *x) {
    Node *t = build(x);
    double r = t->eval(x);
    delete t;
    return r;
}

extern "C" {
double f(const double *x) { return tree(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)tree, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    /* forward: value and gradient of each prefix tree */
    double v, dv[4] = {0, 0, 0, 0};
    v = x[0] > 0 ? std::sin(x[0]) : x[0] * x[0];
    dv[0] = x[0] > 0 ? std::cos(x[0]) : 2 * x[0];
    for (int i = 1; i < 4; i++) {
        double l = x[i] > 0 ? std::sin(x[i]) : x[i] * x[i];
        double dl = x[i] > 0 ? std::cos(x[i]) : 2 * x[i];
        if (x[i] * x[i - 1] > 0) {
            for (int j = 0; j < 4; j++) dv[j] *= l;
            dv[i] += v * dl;
            v *= l;
        } else {
            dv[i] += dl;
            v += l;
        }
    }
    for (int j = 0; j < 4; j++) g[j] = dv[j];
}
}
