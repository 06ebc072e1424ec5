// C++ classes: virtual methods, pure virtual base, multiple inheritance, virtual destructors, operator overloading.
#include <cstdio>
#include <memory>

struct Shape {
    virtual ~Shape() { destroyed++; }
    virtual double area() const = 0;
    virtual const char *name() const { return "shape"; }
    static int destroyed;
};
int Shape::destroyed = 0;
struct Rect : Shape { double w, h; Rect(double w_, double h_) : w(w_), h(h_) {} double area() const override { return w * h; } const char *name() const override { return "rect"; } };
struct Square : Rect { explicit Square(double s) : Rect(s, s) {} const char *name() const override { return "square"; } };
struct Circle : Shape { double r; explicit Circle(double r_) : r(r_) {} double area() const override { return 3.141592653589793 * r * r; } };

struct Printable { virtual void print() const = 0; virtual ~Printable() {} };
struct Vec : Printable {
    double x, y;
    Vec(double a = 0, double b = 0) : x(a), y(b) {}
    Vec operator+(const Vec &o) const { return Vec(x + o.x, y + o.y); }
    Vec operator*(double s) const { return Vec(x * s, y * s); }
    Vec &operator+=(const Vec &o) { x += o.x; y += o.y; return *this; }
    bool operator==(const Vec &o) const { return x == o.x && y == o.y; }
    void print() const override { std::printf("(%.17g, %.17g)\n", x, y); }
};

class Counter {
    int n_ = 0;
public:
    Counter &inc() { ++n_; return *this; }
    int get() const { return n_; }
};

int main() {
    std::unique_ptr<Shape> shapes[] = {std::make_unique<Rect>(2, 3.5), std::make_unique<Square>(1.25), std::make_unique<Circle>(0.5), std::make_unique<Rect>(0.1, 0.2)};
    double total = 0;
    for (auto &s : shapes) { std::printf("%s %.17g\n", s->name(), s->area()); total += s->area(); }
    std::printf("total %.17g\n", total);
    Vec v(1, 2); v += Vec(0.5, -1) * 3; Vec w = v + v;
    const Printable &p = w; p.print();
    std::printf("eq %d\n", (int)(w == Vec(5, -2)));
    Counter c; c.inc().inc().inc();
    std::printf("counter %d\n", c.get());
    for (auto &s : shapes) s.reset();
    std::printf("destroyed %d\n", Shape::destroyed);
    return 0;
}
