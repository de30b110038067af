// The registry of neurodyn-bench: each benchmark group registers a function that runs its
// kernels and returns one Result per kernel, each measured against a baseline run in the same
// process (machines here are noisy, so ratios matter more than absolute figures).
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace nd::bench {

struct Result {
    std::string kernel;       // e.g. "sampen/N=1e5/m=2"
    double value = 0.0;       // the figure
    std::string unit;         // "s", "updates/s", "ns/osc/rhs", ...
    std::string baseline;     // what it is compared with, e.g. "bruteforce"
    double baselineValue = 0.0;
    double ratio = 0.0;       // > 1 means faster than the baseline
    int threads = 1;
    std::string goal;         // the goal, human-readable, e.g. "<= 0.2 s"
    bool goalMet = true;

    // A time in seconds (smaller is better): ratio = baseline / value.
    static Result time(std::string kernel, double seconds, std::string baseline, double baselineSeconds, int threads);
    // A rate (larger is better): ratio = value / baseline.
    static Result rate(std::string kernel, double value, std::string unit, std::string baseline,
                       double baselineValue, int threads);
    Result& withGoal(std::string text, bool met)
    {
        goal = std::move(text);
        goalMet = met;
        return *this;
    }
};

using Group = std::function<std::vector<Result>()>;

struct Registrar {
    Registrar(const char* name, Group group);
};

struct Entry {
    std::string name;
    Group group;
};
std::vector<Entry>& registry();

// Wall-clock seconds of the fastest of `repeats` runs of fn.
double bestSeconds(const std::function<void()>& fn, int repeats = 3);

// Keeps the optimiser from discarding a computed value.
void keep(double value);

} // namespace nd::bench

#define ND_BENCH_CONCAT2(a, b) a##b
#define ND_BENCH_CONCAT(a, b) ND_BENCH_CONCAT2(a, b)
// ND_BENCHMARK("sampen") { ... return {results}; }
#define ND_BENCHMARK(name)                                                                                   \
    static std::vector<nd::bench::Result> ND_BENCH_CONCAT(ndBenchFn, __LINE__)();                            \
    static const nd::bench::Registrar ND_BENCH_CONCAT(ndBenchReg, __LINE__)(name,                            \
                                                                            &ND_BENCH_CONCAT(ndBenchFn, __LINE__)); \
    static std::vector<nd::bench::Result> ND_BENCH_CONCAT(ndBenchFn, __LINE__)()
