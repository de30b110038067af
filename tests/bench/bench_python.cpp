// The C++ side of the Python module's speed goal (tests/python/bench_python.py): sampen on a
// series Python can rebuild bit for bit (the logistic map, plain IEEE arithmetic; the Gaussian
// noise of the measures group comes from std::mt19937_64, which numpy lacks), timed here as the
// kernel's own time, which the script compares with the same call made from Python.
#include "benchregistry.h"
#include "benchseries.h"

#include "measures/sampleentropy.h"

ND_BENCHMARK("python_baseline")
{
    using namespace nd;
    const int threads = 2; // as the measures group, and the script's call
    const auto x = nd::bench::logisticSeries(3.9, 100000);
    SampleEntropyOptions o;
    o.threads = threads;
    const bench::Timing t = bench::measure([&] { bench::keep(sampleEntropy(x, o).value); }, 5);
    return {bench::Result::time("sampen/N=1e5/m=2/r=0.2SD/logistic3.9", t, threads)};
}
