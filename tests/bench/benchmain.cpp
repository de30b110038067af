// neurodyn-bench: runs every registered benchmark group (or those matching --filter) and
// prints a table, or with --json one JSON object per kernel per line.
#include "benchregistry.h"

#include "common/parallel.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

namespace nd::bench {

double Result::figure(double w, double seconds) const
{
    if (!(seconds > 0.0))
        return 0.0;
    return larger ? w / seconds : seconds / w * scale;
}

double Result::ratio(bool cpu) const
{
    const double v = value(cpu), base = baselineValue(cpu);
    if (!hasBaseline() || !(v > 0.0) || !(base > 0.0))
        return 0.0;
    return larger ? v / base : base / v;
}

Result Result::rate(std::string kernel, std::string unit, double work, Timing t, int threads)
{
    Result r;
    r.kernel = std::move(kernel);
    r.unit = std::move(unit);
    r.larger = true;
    r.work = work;
    r.t = t;
    r.threads = threads;
    return r;
}

Result Result::time(std::string kernel, Timing t, int threads, std::string unit, double work, double scale)
{
    Result r;
    r.kernel = std::move(kernel);
    r.unit = std::move(unit);
    r.larger = false;
    r.work = work;
    r.scale = scale;
    r.t = t;
    r.threads = threads;
    return r;
}

Result& Result::against(std::string name, double w, Timing timing, int thr)
{
    baseline = std::move(name);
    baselineWork = w;
    b = timing;
    baselineThreads = thr;
    return *this;
}

std::vector<Entry>& registry()
{
    static std::vector<Entry> entries;
    return entries;
}

Registrar::Registrar(const char* name, Group group)
{
    registry().push_back({name, std::move(group)});
}

namespace {
double processCpuSeconds()
{
    // All threads of the process, the joined workers of nd::parallelFor included.
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}
} // namespace

Timing measure(const std::function<void()>& fn, int repeats)
{
    repeats = std::max(repeats, kMinRepeats);
    struct Sample {
        double wall, cpu;
    };
    auto region = [&](long calls) {
        const double c0 = processCpuSeconds();
        const auto t0 = std::chrono::steady_clock::now();
        for (long i = 0; i < calls; ++i)
            fn();
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        return Sample{wall, processCpuSeconds() - c0};
    };
    std::vector<Sample> samples;
    // Calibration: one run tells how many make a region of kMinRegionSeconds; when one run is
    // long enough it is the first region.
    const Sample first = region(1);
    long calls = 1;
    if (first.wall >= kMinRegionSeconds)
        samples.push_back(first);
    else
        calls = static_cast<long>(std::ceil(1.2 * kMinRegionSeconds / std::max(first.wall, 1e-7)));
    while (static_cast<int>(samples.size()) < repeats) {
        const Sample s = region(calls);
        samples.push_back({s.wall / static_cast<double>(calls), s.cpu / static_cast<double>(calls)});
    }
    Timing t{1e300, 1e300, 0.0, repeats, calls};
    std::vector<double> walls;
    for (const Sample& s : samples) {
        t.wall = std::min(t.wall, s.wall);
        t.cpu = std::min(t.cpu, s.cpu);
        walls.push_back(s.wall);
    }
    std::sort(walls.begin(), walls.end());
    const std::size_t n = walls.size();
    t.medianWall = n % 2 ? walls[n / 2] : 0.5 * (walls[n / 2 - 1] + walls[n / 2]);
    return t;
}

namespace {
std::atomic<double> g_sink{0.0};

std::string jsonEscape(const std::string& s)
{
    std::string out;
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

double loadAverage()
{
    double l[3] = {0.0, 0.0, 0.0};
    return getloadavg(l, 3) >= 1 ? l[0] : -1.0;
}

std::string cpuModel()
{
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            return colon == std::string::npos ? line : line.substr(colon + 2);
        }
    return "unknown";
}

// The widest vector unit the kernels' target_clones pick on this CPU.
const char* vectorUnit()
{
#if defined(__GNUC__) && defined(__x86_64__)
    if (__builtin_cpu_supports("avx512f"))
        return "avx512f";
    if (__builtin_cpu_supports("avx2"))
        return "avx2";
    return "x86-64 baseline";
#else
    return "not x86-64";
#endif
}

const char* yesNo(bool v)
{
    return v ? "met" : "NOT met";
}
} // namespace

void keep(double value)
{
    g_sink.store(value, std::memory_order_relaxed);
}

} // namespace nd::bench

int main(int argc, char** argv)
{
    using namespace nd::bench;
    bool json = false;
    bool list = false;
    std::string filter = ".*";
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--json"))
            json = true;
        else if (!std::strcmp(argv[i], "--list"))
            list = true;
        else if (!std::strcmp(argv[i], "--filter") && i + 1 < argc)
            filter = argv[++i];
        else if (!std::strncmp(argv[i], "--filter=", 9))
            filter = argv[i] + 9;
        else if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
            nd::setDefaultThreadCount(std::atoi(argv[++i]));
        else {
            std::fprintf(stderr,
                         "usage: neurodyn-bench [--json] [--filter REGEX] [--threads N] [--list]\n"
                         "Runs the engine's kernels against in-process baselines; ratio > 1 is faster.\n"
                         "Each figure comes from wall time and from CPU time per thread ('cpu' columns):\n"
                         "on a loaded machine the second is the per-core throughput.\n");
            return std::strcmp(argv[i], "--help") ? 2 : 0;
        }
    }
    std::regex re;
    try {
        re = std::regex(filter);
    } catch (const std::regex_error&) {
        std::fprintf(stderr, "neurodyn-bench: invalid --filter regular expression\n");
        return 2;
    }
    const long online = sysconf(_SC_NPROCESSORS_ONLN);
    if (!json && !list) {
        std::printf(
            "# %s, %ld cores online, vector unit %s, default threads %d, load average %.2f at start\n",
            cpuModel().c_str(), online, vectorUnit(), nd::defaultThreadCount(), loadAverage());
        std::printf("# value: from wall time; cpu: from CPU time per thread (process CPU / threads), the\n"
                    "# per-core figure that stays meaningful under load. Goals are judged on both.\n"
                    "# Each figure is the best of R timed regions of >= %.1f s (work repeated inside);\n"
                    "# spread = median / best of the regions' wall times, kernel/baseline.\n",
                    kMinRegionSeconds);
        std::printf("%-46s %12s %12s %-14s %-40s %12s %8s %8s %3s %11s %5s  %s\n", "kernel", "value", "cpu",
                    "unit", "baseline", "baseline", "ratio", "ratio-cpu", "thr", "spread", "R", "goal");
    }
    int unmet = 0;
    for (const auto& e : registry()) {
        if (!std::regex_search(e.name, re))
            continue;
        if (list) {
            std::printf("%s\n", e.name.c_str());
            continue;
        }
        for (const Result& r : e.group()) {
            const double load = loadAverage();
            if (!r.goalMet())
                ++unmet;
            if (json) {
                std::printf("{\"kernel\": \"%s\", \"value\": %.6g, \"unit\": \"%s\", \"baseline\": \"%s\", "
                            "\"baseline_value\": %.6g, \"ratio\": %.4g, \"threads\": %d, \"goal\": \"%s\", "
                            "\"goal_met\": %s, \"value_cpu\": %.6g, \"baseline_value_cpu\": %.6g, "
                            "\"ratio_cpu\": %.4g, \"goal_met_cpu\": %s, \"wall_s\": %.6g, \"cpu_s\": %.6g, "
                            "\"baseline_wall_s\": %.6g, \"baseline_cpu_s\": %.6g, \"baseline_threads\": %d, "
                            "\"repeats\": %d, \"calls\": %ld, \"spread\": %.4g, \"median_wall_s\": %.6g, "
                            "\"baseline_repeats\": %d, \"baseline_calls\": %ld, \"baseline_spread\": %.4g, "
                            "\"baseline_median_wall_s\": %.6g, \"cores\": %ld, \"load_avg\": %.2f}\n",
                            jsonEscape(r.kernel).c_str(), r.value(), jsonEscape(r.unit).c_str(),
                            jsonEscape(r.baseline).c_str(), r.baselineValue(), r.ratio(), r.threads,
                            jsonEscape(r.goal).c_str(), r.goalMet() ? "true" : "false", r.value(true),
                            r.baselineValue(true), r.ratio(true), r.goalMet(true) ? "true" : "false",
                            r.t.wall, r.t.cpu, r.b.wall, r.b.cpu, r.baselineThreads, r.t.repeats, r.t.calls,
                            r.t.spread(), r.t.medianWall, r.b.repeats, r.b.calls, r.b.spread(),
                            r.b.medianWall, online, load);
            } else {
                std::string goal = r.goal;
                if (!goal.empty())
                    goal += std::string(" (wall: ") + yesNo(r.goalMet()) +
                            ", cpu: " + yesNo(r.goalMet(true)) + ")";
                char spread[32];
                if (r.hasBaseline())
                    std::snprintf(spread, sizeof spread, "%.2f/%.2f", r.t.spread(), r.b.spread());
                else
                    std::snprintf(spread, sizeof spread, "%.2f", r.t.spread());
                std::printf(
                    "%-46s %12.5g %12.5g %-14s %-40s %12.5g %8.3g %8.3g %3d %11s %5d  %s [load %.2f]\n",
                    r.kernel.c_str(), r.value(), r.value(true), r.unit.c_str(), r.baseline.c_str(),
                    r.baselineValue(), r.ratio(), r.ratio(true), r.threads, spread,
                    std::min(r.t.repeats, r.hasBaseline() ? r.b.repeats : r.t.repeats), goal.c_str(), load);
            }
            std::fflush(stdout);
        }
    }
    if (!json && !list && unmet)
        std::printf("%d goal(s) not met from wall time on this machine\n", unmet);
    return 0;
}
