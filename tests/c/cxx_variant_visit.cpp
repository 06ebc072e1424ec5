/* gradcheck: n=3 lo=0.2 hi=2 */
/* std::variant visited through pointers (`for (auto *s : {&a, &b}) std::visit(..., *s)`):
 * at -O1 and above SROA copies the Circle's double into the variant as `load i64` / `store
 * i64`, and only the access's !tbaa tag still says double; type analysis reads it
 * (enzymec/analysis/tbaa.py), so the copy is typed. Without it the bits moved as an
 * integer of unknown type and the Circle's derivative was silently dropped (0 for 2 r). */
#include <enzyme.h>
#include <variant>

struct circle { double r; };
struct rect { double w, h; };

static double area_sum(const double *p) {
    std::variant<circle, rect> a = circle{p[0]}, b = rect{p[1], p[2]};
    double r = 0.0;
    for (auto *s : {&a, &b})
        r += std::visit([](auto &&x) -> double {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, circle>) return x.r * x.r;
            else return x.w * x.h;
        }, *s);
    return r;
}

extern "C" {
double f(const double *x) { return area_sum(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)area_sum, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    g[0] = 2 * x[0];
    g[1] = x[2];
    g[2] = x[1];
}
}
