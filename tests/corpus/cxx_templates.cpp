// C++ templates: function and class templates, specialization, variadic templates, constexpr, CRTP.
#include <cstdio>
#include <cstdint>
#include <type_traits>

template <typename T> T square(T x) { return x * x; }
template <typename T, int N> struct Array {
    T data[N];
    constexpr int size() const { return N; }
    T sum() const { T s{}; for (int i = 0; i < N; i++) s += data[i]; return s; }
};
template <typename T> struct Describe { static const char *name() { return "generic"; } };
template <> struct Describe<int> { static const char *name() { return "int"; } };
template <> struct Describe<double> { static const char *name() { return "double"; } };

template <typename... Ts> auto sum_all(Ts... xs) { return (xs + ... + 0); }
template <typename T> void print_one(T x) { if constexpr (std::is_floating_point_v<T>) std::printf("%.17g ", (double)x); else std::printf("%lld ", (long long)x); }
template <typename... Ts> void print_all(Ts... xs) { (print_one(xs), ...); std::printf("\n"); }

constexpr uint64_t fib(int n) { uint64_t a = 0, b = 1; for (int i = 0; i < n; i++) { uint64_t t = a + b; a = b; b = t; } return a; }
static_assert(fib(10) == 55, "constexpr fib");

template <typename Derived> struct Base { int twice() const { return 2 * static_cast<const Derived *>(this)->value(); } };
struct Seven : Base<Seven> { int value() const { return 7; } };

template <typename It, typename F> F for_each_it(It b, It e, F f) { for (; b != e; ++b) f(*b); return f; }
struct Acc { long s = 0; void operator()(int x) { s = s * 3 + x; } };

int main() {
    std::printf("%d %.17g %lld\n", square(12), square(1.1), (long long)square<int64_t>(3000000000LL));
    Array<int, 5> a{{1, 2, 3, 4, 5}}; Array<double, 3> d{{0.5, 0.25, 0.125}};
    std::printf("%d %d %.17g\n", a.size(), a.sum(), d.sum());
    std::printf("%s %s %s\n", Describe<int>::name(), Describe<double>::name(), Describe<char>::name());
    std::printf("%.17g\n", (double)sum_all(1, 2.5, 3L, 4.25f));
    print_all(1, 2.5, 'c', 7LL, 0.1f);
    std::printf("fib %llu\n", (unsigned long long)fib(90));
    std::printf("crtp %d\n", Seven().twice());
    int arr[] = {5, 4, 3, 2, 1};
    std::printf("acc %ld\n", for_each_it(arr, arr + 5, Acc{}).s);
    return 0;
}
