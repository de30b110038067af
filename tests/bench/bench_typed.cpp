// Typed models (issue 18, point 6): a typed Chialvo map's orbit diagram on the compiled kernels
// and on the interpreter, each against the built-in Chialvo map's diagram in the same run, and
// the compiler's cost for a 10-equation model, cold (empty cache folder) and cached (a library
// on disk, as a new process finds it). The kernels compile into a temporary cache folder that
// is removed at the end, so the user's cache is neither used nor filled.
#include "analysis/orbitdiagram.h"
#include "benchregistry.h"
#include "common/parallel.h"
#include "equations/equationsmodel.h"
#include "equations/modelsource.h"
#include "equations/native.h"
#include "maps/chialvo.h"

#include <cstdlib>
#include <filesystem>
#include <string>

#include <unistd.h>

using namespace nd;

namespace {

// The built-in's expression order (maps/chialvo.h), so both diagrams are the same values.
const char* const kTypedChialvo = R"(map
var x = 0.5, y = 2
par a = 0.89, b = 0.18, c = 0.28, k0 = 0.03
x' = x*x*exp(y - x) + k0
y' = a*y - b*x + c
)";

// Ten coupled equations with transcendental functions: what the compile-time goal is about.
std::string tenEquations()
{
    std::string text = "map\n";
    for (int i = 0; i < 10; ++i)
        text += "var u" + std::to_string(i) + " = 0." + std::to_string(i + 1) + "\n";
    text += "par r = 3.7, s = 0.05, c = 0.01\n";
    for (int i = 0; i < 10; ++i) {
        const std::string u = "u" + std::to_string(i), next = "u" + std::to_string((i + 1) % 10),
                          prev = "u" + std::to_string((i + 9) % 10);
        text += u + "' = r*" + u + "*(1 - " + u + ") + s*tanh(" + next + " - " + u + ") + c*exp(-" + prev +
                "^2) - c*sin(" + u + ")\n";
    }
    return text;
}

// A folder of its own for the compiled libraries, removed when the group is done.
struct TemporaryCache {
    std::filesystem::path path;
    std::string previous;
    bool hadPrevious = false;
    TemporaryCache()
    {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "neurodyn-bench-typed-XXXXXX").string();
        if (mkdtemp(pattern.data()))
            path = pattern;
        if (const char* p = std::getenv("NEURODYN_CACHE_DIR")) {
            previous = p;
            hadPrevious = true;
        }
        if (!path.empty())
            setenv("NEURODYN_CACHE_DIR", path.c_str(), 1);
    }
    ~TemporaryCache()
    {
        if (hadPrevious)
            setenv("NEURODYN_CACHE_DIR", previous.c_str(), 1);
        else
            unsetenv("NEURODYN_CACHE_DIR");
        std::error_code ec;
        if (!path.empty())
            std::filesystem::remove_all(path, ec);
    }
};

} // namespace

ND_BENCHMARK("typed")
{
    std::vector<bench::Result> out;
    const int threads = defaultThreadCount();
    TemporaryCache cache;

    {
        const eq::ModelSource source = eq::parseModelText(kTypedChialvo);
        const eq::EquationsModel compiled(source, eq::Backend::Auto);
        const eq::EquationsModel interpreted(source, eq::Backend::Interpreter);
        const ChialvoMap builtIn(ChialvoParameters{0.89, 0.18, 0.28, 0.03});
        OrbitDiagramRequest r;
        r.axis = {"k0", -1, 0.0, 0.06, 4000};
        r.transient = 1000;
        r.samples = 1000;
        r.threads = threads;
        r.autoRange = false;
        r.rangeMin = 0.0;
        r.rangeMax = 4.0;
        const double its = 4000.0 * 2000.0;
        auto time = [&](const Model& m) {
            return bench::measure([&] { bench::keep(computeOrbitDiagram(m, r).counts[0]); }, 3);
        };
        const bench::Timing base = time(builtIn);
        if (compiled.activeBackend() == eq::Backend::Compiled) {
            out.push_back(bench::Result::rate("orbit/typed-chialvo/compiled", "iterations/s", its,
                                              time(compiled), threads)
                              .against("built-in chialvo", its, base, threads)
                              .withGoal(">= 50 % of the built-in", [](const bench::Result& res, bool cpu) {
                                  return res.ratio(cpu) >= 0.5;
                              }));
        } else {
            std::fprintf(stderr, "orbit/typed-chialvo/compiled skipped: %s\n",
                         compiled.fallbackReason().c_str());
        }
        out.push_back(bench::Result::rate("orbit/typed-chialvo/interpreter", "iterations/s", its,
                                          time(interpreted), threads)
                          .against("built-in chialvo", its, base, threads)
                          .withGoal(">= 15 % of the built-in", [](const bench::Result& res, bool cpu) {
                              return res.ratio(cpu) >= 0.15;
                          }));
    }

    {
        const eq::CompiledModel model = eq::compileModel(eq::parseModelText(tenEquations()));
        std::string why;
        bool ok = true;
        // Cold: an empty cache folder and a process that has loaded nothing yet.
        const bench::Timing cold = bench::measure(
            [&] {
                eq::forgetNativeKernels();
                std::error_code ec;
                for (const auto& f : std::filesystem::directory_iterator(cache.path, ec))
                    std::filesystem::remove(f.path(), ec);
                ok = ok && eq::compileNative(model, &why) != nullptr;
            },
            3);
        // Cached: the library on disk, as the next process finds it (the kernels are dropped after
        // each call, so every call really loads the library).
        const bench::Timing cached = bench::measure(
            [&] {
                eq::forgetNativeKernels();
                ok = ok && eq::compileNative(model, &why) != nullptr;
            },
            3);
        if (ok) {
            out.push_back(bench::Result::time("compile/typed-10-equations/cold", cold, 1)
                              .withGoal("<= 2 s", [](const bench::Result& res, bool cpu) {
                                  return res.value(cpu) <= 2.0;
                              }));
            out.push_back(bench::Result::time("compile/typed-10-equations/cached", cached, 1)
                              .against("cold", 1.0, cold, 1)
                              .withGoal("<= 0.05 s", [](const bench::Result& res, bool cpu) {
                                  return res.value(cpu) <= 0.05;
                              }));
        } else {
            std::fprintf(stderr, "compile/typed-10-equations skipped: %s\n", why.c_str());
        }
    }
    return out;
}
