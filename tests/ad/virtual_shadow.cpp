// Shadow virtual tables (__enzyme_virtualreverse of an object's virtual table pointer):
// the shadow object gets a copy of its class's table whose methods are {augmented forward,
// reverse} tables. The gradient of a virtual call is checked (enzymec dispatches on the
// primal object), and the halves reached through the shadow object's own table are
// called by hand, as Enzyme's convention lets user code do. Prints "NAME got (want W)".
#include <cmath>
#include <cstdio>

struct Shape {
    virtual double area(double s) = 0;
    double scale;
};
struct Square : Shape {
    double area(double s) override { return scale * s * s; }
};
struct Wave : Shape {
    double area(double s) override { return scale * std::sin(s) + s; }
};

template <typename T> T __enzyme_virtualreverse(T);
extern int enzyme_dup;
double __enzyme_autodiff(void *, ...);

static double measure(Shape &shape, double s) { return shape.area(s); }

struct Augmented { void *tape; double result; };
typedef Augmented (*augmented_fn)(Shape *, Shape *, double);
typedef double (*reverse_fn)(Shape *, Shape *, double, double, void *);

static void check(const char *name, Shape *shape, Shape *shadow, double s, double d_s,
                  double d_scale) {
    *(void **)shadow = __enzyme_virtualreverse(*(void **)shadow);
    shadow->scale = 0;
    double got = __enzyme_autodiff((void *)measure, enzyme_dup, shape, shadow, s);
    std::printf("%s_ds %.17g (want %.17g)\n", name, got, d_s);
    std::printf("%s_dscale %.17g (want %.17g)\n", name, shadow->scale, d_scale);
    void **table = *(void ***)shadow;       // the shadow's virtual table
    void **halves = (void **)table[0];     // area's {augmented forward, reverse}
    shadow->scale = 0;
    Augmented a = ((augmented_fn)halves[0])(shape, shadow, s);
    double by_hand = ((reverse_fn)halves[1])(shape, shadow, s, 1.0, a.tape);
    std::printf("%s_table_ds %.17g (want %.17g)\n", name, by_hand, d_s);
    std::printf("%s_table_dscale %.17g (want %.17g)\n", name, shadow->scale, d_scale);
}

int main() {
    double s = 1.25;
    Shape *square = new Square(), *d_square = new Square();
    square->scale = 3;
    check("square", square, d_square, s, 2 * 3 * s, s * s);
    Shape *wave = new Wave(), *d_wave = new Wave();
    wave->scale = 0.5;
    check("wave", wave, d_wave, s, 0.5 * std::cos(s) + 1, std::sin(s));
}
