// C++ standard library and lambdas: std::vector, std::sort with lambda comparator, std::map, std::string, closures.
#include <cstdio>
#include <vector>
#include <map>
#include <string>
#include <algorithm>
#include <numeric>
#include <functional>

int main() {
    std::vector<int> v;
    for (int i = 0; i < 200; i++) v.push_back((i * 7919) % 503);
    std::sort(v.begin(), v.end(), [](int a, int b) { return a % 10 != b % 10 ? a % 10 < b % 10 : a > b; });
    long h = 0; for (int x : v) h = h * 31 % 1000000007 + x;
    std::printf("sorted %ld front %d back %d\n", h, v.front(), v.back());
    int bias = 3;
    auto addb = [bias](int x) { return x + bias; };
    auto counter = [n = 0]() mutable { return ++n; };
    std::vector<int> t(v.size());
    std::transform(v.begin(), v.end(), t.begin(), addb);
    counter(); counter();
    std::printf("sum %lld count %d\n", std::accumulate(t.begin(), t.end(), 0LL), counter());
    std::map<std::string, int> freq;
    std::string text = "the cat and the dog and the bird";
    size_t pos = 0;
    while (pos < text.size()) { size_t e = text.find(' ', pos); if (e == std::string::npos) e = text.size(); freq[text.substr(pos, e - pos)]++; pos = e + 1; }
    for (const auto &kv : freq) std::printf("%s=%d ", kv.first.c_str(), kv.second);
    std::printf("\n");
    std::function<long(int)> fact = [&fact](int n) -> long { return n <= 1 ? 1 : n * fact(n - 1); };
    std::printf("fact %ld\n", fact(20));
    std::vector<std::vector<double>> grid(5, std::vector<double>(4));
    for (size_t i = 0; i < grid.size(); i++) for (size_t j = 0; j < grid[i].size(); j++) grid[i][j] = (double)i / (j + 1);
    double g = 0; for (auto &row : grid) g += std::accumulate(row.begin(), row.end(), 0.0);
    auto it = std::find_if(v.begin(), v.end(), [](int x) { return x > 500; });
    std::printf("grid %.17g find %ld\n", g, (long)(it - v.begin()));
    return 0;
}
