// C++ exceptions: throw/catch by type, rethrow, nested try, destructors run during unwinding (invoke/landingpad).
#include <cstdio>
#include <stdexcept>
#include <string>

static int live = 0, destroyed = 0;
struct Guard { int id; explicit Guard(int i) : id(i) { live++; } ~Guard() { live--; destroyed += id; } };
struct MyError { int code; };

static int risky(int x) {
    Guard g(x);
    if (x % 5 == 0) throw MyError{x};
    if (x % 7 == 0) throw std::runtime_error("seven " + std::to_string(x));
    if (x % 11 == 0) throw x * 2;
    return x * 3;
}

static int wrapper(int x) {
    Guard g(1000);
    try { return risky(x); }
    catch (const std::runtime_error &) { throw; }  // rethrow to the caller
    catch (int v) { return -v; }
}

int main() {
    long sum = 0; int my = 0, rt = 0;
    std::string last;
    for (int i = 1; i <= 40; i++) {
        try { sum += wrapper(i); }
        catch (const MyError &e) { my += e.code; }
        catch (const std::exception &e) { rt++; last = e.what(); }
    }
    std::printf("sum %ld my %d rt %d last '%s'\n", sum, my, rt, last.c_str());
    std::printf("live %d destroyed %d\n", live, destroyed);
    try {
        try { throw std::out_of_range("inner"); }
        catch (const std::logic_error &e) { std::printf("caught logic %s\n", e.what()); throw std::runtime_error("outer"); }
    } catch (...) { std::printf("caught all\n"); }
    bool noexc = noexcept(live++);
    std::printf("noexcept %d\n", (int)noexc);
    return 0;
}
