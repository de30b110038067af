// The registry of neurodyn-bench: each benchmark group registers a function that runs its
// kernels and returns one Result per kernel, each measured against a baseline run in the same
// process (machines here are noisy, so ratios matter more than absolute figures).
//
// Every figure is kept twice: from wall-clock time (what a user waits) and from the CPU time
// the process spent during the run divided by the threads used (what each core delivered).
// On an idle machine the two agree; on a loaded one the wall figure suffers and the CPU figure
// stays meaningful as a per-core throughput. Called from the bench's main thread only.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace nd::bench {

// Seconds of one run: wall clock, and CPU time of all threads of the process. Every timed
// region lasts at least kMinRegionSeconds (short work is repeated inside it and divided out)
// and the figures are the best of at least kMinRepeats regions; the median shows the spread.
struct Timing {
    double wall = 0.0;       // least over the repeats
    double cpu = 0.0;        // least over the repeats
    double medianWall = 0.0; // median over the repeats
    int repeats = 0;         // timed regions
    long calls = 1;          // runs of the work in each region
    // A baseline timed on a smaller problem and scaled by its known complexity.
    Timing scaled(double factor) const
    {
        return {wall * factor, cpu * factor, medianWall * factor, repeats, calls};
    }
    // Median over best: 1 on a quiet machine, larger when the repeats disagree.
    double spread() const { return wall > 0.0 ? medianWall / wall : 0.0; }
};

constexpr double kMinRegionSeconds = 0.2;
constexpr int kMinRepeats = 3;

struct Result {
    std::string kernel;  // e.g. "sampen/N=1e5/m=2"
    std::string unit;    // "s", "updates/s", "ns/osc/rhs", ...
    bool larger = false; // a rate (larger is better) or a time/cost (smaller is better)
    double work = 1.0;   // rate = work / seconds; cost = seconds / work * scale
    double scale = 1.0;
    Timing t;
    int threads = 1;

    std::string baseline; // what it is compared with, e.g. "bruteforce"
    double baselineWork = 1.0;
    Timing b;
    int baselineThreads = 1;

    std::string goal; // the goal, human-readable, e.g. "<= 0.2 s"
    std::function<bool(const Result&, bool cpu)> goalTest;

    // The figure from wall time (cpu = false) or from CPU time per thread (cpu = true).
    double value(bool cpu = false) const { return figure(work, cpu ? t.cpu / threads : t.wall); }
    double baselineValue(bool cpu = false) const
    {
        return figure(baselineWork, cpu ? b.cpu / baselineThreads : b.wall);
    }
    // > 1 means faster than the baseline.
    double ratio(bool cpu = false) const;
    bool goalMet(bool cpu = false) const { return !goalTest || goalTest(*this, cpu); }
    bool hasBaseline() const { return !baseline.empty(); }

    // A rate: `work` units done in time t.
    static Result rate(std::string kernel, std::string unit, double work, Timing t, int threads);
    // A time in seconds (scale 1) or a cost per unit of work (seconds / work * scale).
    static Result time(std::string kernel, Timing t, int threads, std::string unit = "s", double work = 1.0,
                       double scale = 1.0);
    Result& against(std::string name, double work, Timing timing, int threads);
    Result& withGoal(std::string text, std::function<bool(const Result&, bool cpu)> test)
    {
        goal = std::move(text);
        goalTest = std::move(test);
        return *this;
    }

private:
    double figure(double w, double seconds) const;
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

// Wall and CPU seconds of one run of fn: the least of each over max(repeats, kMinRepeats) timed
// regions of at least kMinRegionSeconds each (a first, untimed-for-the-result run calibrates
// how many runs a region needs and warms caches), with the median wall time.
Timing measure(const std::function<void()>& fn, int repeats = kMinRepeats);

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
