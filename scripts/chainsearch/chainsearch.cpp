// Search driver for issue 19.5 (the chain paper's coexisting chaotic and period-4 attractors): screens
// random parameter sets of the Chialvo - Rulkov - Chialvo chain, each from random initial states
// in a box of the full state space, and reports the sets where a periodic orbit (period <= 64)
// and an aperiodic one are both reached. Candidates are then confirmed with the attractor atlas
// (`neurodyn-cli run` of an "attractors" study). Not part of the build: scripts/chainsearch/run.sh
// compiles it against a build's libneurodyn_core.a. Single thread (the machine is shared).
//
//   chainsearch SETS STATES SEED [name=lo:hi ...]
// Each name=lo:hi draws that parameter uniformly (name "sigma" sets all four couplings; a fixed
// value is name=v:v); unnamed parameters keep the built-in chain example's values.
#include "analysis/lyapunov.h"
#include "analysis/period.h"
#include "model/registry.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace {

struct Range {
    double lo, hi;
};

} // namespace

int main(int argc, char** argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: chainsearch SETS STATES SEED [name=lo:hi ...]\n");
        return 2;
    }
    const long sets = std::atol(argv[1]);
    const int states = std::atoi(argv[2]);
    std::mt19937_64 gen(std::strtoull(argv[3], nullptr, 10));
    std::map<std::string, Range> ranges = {
        {"a", {0.89, 0.89}},     {"b", {0.18, 0.18}},      {"c", {0.28, 0.28}},       {"k0", {0.03, 0.03}},
        {"r_alpha", {4.1, 4.1}}, {"r_mu", {0.001, 0.001}}, {"r_sigma", {-1.0, -1.0}}, {"sigma", {0.05, 0.05}},
    };
    for (int k = 4; k < argc; ++k) {
        const std::string s = argv[k];
        const auto eq = s.find('='), colon = s.find(':');
        ranges[s.substr(0, eq)] = {std::atof(s.substr(eq + 1, colon - eq - 1).c_str()),
                                   std::atof(s.substr(colon + 1).c_str())};
    }
    auto model = nd::createModel("chain");
    const int n = model->dimension();
    // The box of initial states: Chialvo (x, y) in [0, 4] x [-2, 4], Rulkov (x, y) in [-3, 3] x [-5, 1].
    const std::vector<double> lo = {0.0, -2.0, -3.0, -5.0, 0.0, -2.0}, hi = {4.0, 4.0, 3.0, 1.0, 4.0, 4.0};
    nd::PeriodOptions po;
    po.transient = 30000;
    po.maxPeriod = 64;
    po.window = 512;
    po.tolerance = 1e-7;
    for (long s = 0; s < sets; ++s) {
        std::map<std::string, double> values;
        for (const auto& [name, r] : ranges) {
            const double v = r.lo + (r.hi - r.lo) * std::uniform_real_distribution<double>(0.0, 1.0)(gen);
            values[name] = v;
            if (name == "sigma") {
                for (const char* c : {"sigma_12", "sigma_21", "sigma_23", "sigma_32"})
                    model->setParameter(c, v);
            } else {
                model->setParameter(name, v);
            }
        }
        std::map<int, int> periods; // period -> count; 0 aperiodic, -1 escaped
        double lmin = 1e9, lmax = -1e9;
        int checked = 0;
        for (int i = 0; i < states; ++i) {
            std::vector<double> x(static_cast<std::size_t>(n));
            for (int j = 0; j < n; ++j)
                x[static_cast<std::size_t>(j)] = std::uniform_real_distribution<double>(
                    lo[static_cast<std::size_t>(j)], hi[static_cast<std::size_t>(j)])(gen);
            const nd::PeriodResult r = nd::periodOf(*model, x, po);
            const int key = r.kind == nd::PeriodResult::Kind::Periodic  ? r.period
                            : r.kind == nd::PeriodResult::Kind::Escaped ? -1
                                                                        : 0;
            ++periods[key];
            // The largest exponent of the first few aperiodic orbits: chaos, or a long period/torus.
            if (key == 0 && checked < 3) {
                nd::LyapunovOptions lo;
                lo.transient = po.transient;
                lo.steps = 20000;
                lo.curvePoints = 0;
                const nd::ScanValue v = nd::largestLyapunov(*model, x, lo);
                if (v.defined) {
                    lmin = std::min(lmin, v.value);
                    lmax = std::max(lmax, v.value);
                }
                ++checked;
            }
        }
        bool periodic = false, aperiodic = periods.count(0) > 0;
        for (const auto& [p, c] : periods)
            periodic = periodic || p > 0;
        std::printf("%s", periodic && aperiodic ? "COEXIST" : "single ");
        for (const auto& [name, v] : values)
            std::printf(" %s=%.6g", name.c_str(), v);
        std::printf(" |");
        for (const auto& [p, c] : periods)
            std::printf(" %s:%d", p == 0 ? "aper" : p < 0 ? "esc" : ("P" + std::to_string(p)).c_str(), c);
        if (checked > 0)
            std::printf(" | lyap %.3f..%.3f", lmin, lmax);
        std::printf("\n");
        std::fflush(stdout);
    }
    return 0;
}
