// neurodyn-bench: runs every registered benchmark group (or those matching --filter) and
// prints a table, or with --json one JSON object per kernel per line.
#include "benchregistry.h"

#include "common/parallel.h"

#include <atomic>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <regex>
#include <string>

namespace nd::bench {

Result Result::time(std::string kernel, double seconds, std::string baseline, double baselineSeconds, int threads)
{
    Result r;
    r.kernel = std::move(kernel);
    r.value = seconds;
    r.unit = "s";
    r.baseline = std::move(baseline);
    r.baselineValue = baselineSeconds;
    r.ratio = seconds > 0 ? baselineSeconds / seconds : 0.0;
    r.threads = threads;
    return r;
}

Result Result::rate(std::string kernel, double value, std::string unit, std::string baseline, double baselineValue,
                    int threads)
{
    Result r;
    r.kernel = std::move(kernel);
    r.value = value;
    r.unit = std::move(unit);
    r.baseline = std::move(baseline);
    r.baselineValue = baselineValue;
    r.ratio = baselineValue > 0 ? value / baselineValue : 0.0;
    r.threads = threads;
    return r;
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

double bestSeconds(const std::function<void()>& fn, int repeats)
{
    double best = 1e300;
    for (int i = 0; i < repeats; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        fn();
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        best = std::min(best, s);
    }
    return best;
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
                         "Runs the engine's kernels against in-process baselines; ratio > 1 is faster.\n");
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
    if (!json && !list)
        std::printf("%-44s %14s %-11s %-22s %14s %8s %3s  %s\n", "kernel", "value", "unit", "baseline", "baseline",
                    "ratio", "thr", "goal");
    int unmet = 0;
    for (const auto& e : registry()) {
        if (!std::regex_search(e.name, re))
            continue;
        if (list) {
            std::printf("%s\n", e.name.c_str());
            continue;
        }
        for (const Result& r : e.group()) {
            if (!r.goalMet)
                ++unmet;
            if (json)
                std::printf("{\"kernel\": \"%s\", \"value\": %.6g, \"unit\": \"%s\", \"baseline\": \"%s\", "
                            "\"baseline_value\": %.6g, \"ratio\": %.4g, \"threads\": %d, \"goal\": \"%s\", "
                            "\"goal_met\": %s}\n",
                            jsonEscape(r.kernel).c_str(), r.value, jsonEscape(r.unit).c_str(),
                            jsonEscape(r.baseline).c_str(), r.baselineValue, r.ratio, r.threads,
                            jsonEscape(r.goal).c_str(), r.goalMet ? "true" : "false");
            else
                std::printf("%-44s %14.5g %-11s %-22s %14.5g %8.3g %3d  %s%s\n", r.kernel.c_str(), r.value,
                            r.unit.c_str(), r.baseline.c_str(), r.baselineValue, r.ratio, r.threads,
                            r.goal.c_str(), r.goal.empty() ? "" : (r.goalMet ? " (met)" : " (NOT met)"));
            std::fflush(stdout);
        }
    }
    if (!json && !list && unmet)
        std::printf("%d goal(s) not met on this machine\n", unmet);
    return 0;
}
