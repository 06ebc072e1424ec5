/* gradcheck: n=3 lo=-1.5 hi=1.5 */
/* Named parameters in a std::map<std::string, double> and a std::unordered_map: the keys'
 * characters are copied (memcpy of a run-time length) into tree and hash nodes that hold
 * the active value right after the string. Type analysis now follows a red-black tree's
 * descent (`gep i8, %x, select(%c, 24, 16)`: one of two children, not "any offset"), and a
 * copy of a run-time length that starts at integer bytes moves no derivative while it stays
 * within them, checked at run time (memory.py, bounded_integer_copy). All refused before
 * ("the address of a pointer ... stored as an integer", "cannot deduce the layout"). */
#include <enzyme.h>
#include <cmath>
#include <map>
#include <string>
#include <unordered_map>

static double model(const double *x) {
    std::map<std::string, double> p;
    p["amplitude"] = x[0];
    p["k"] = x[1] * x[1];
    p["phase_offset_in_radians"] = std::sin(x[2]);
    std::unordered_map<std::string, double> q;
    q["k"] = 2.0 * p["k"];
    q["phase"] = 2.0 * p["phase_offset_in_radians"];
    return p["amplitude"] * std::cos(p["k"] + q["phase"]) + q["k"] * p["amplitude"];
}

extern "C" {
double f(const double *x) { return model(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)model, enzyme_dup, x, g);
}
}
