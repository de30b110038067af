// NeuroMFA on weight files (issue 22 point 4), group `weights`:
//   weights/neuromfa-series: 27 checkpoints x 10 subnetworks (s = 32, neuromfa-code) of a GPT-NeoX
//     model read from a memory-mapped F16 .safetensors file. The bench writes one synthetic file
//     of the model's shape under $TMPDIR (deleted afterwards) and uses it for all 27 steps,
//     dropping its pages from the cache between steps (posix_fadvise DONTNEED), so every step
//     reads from disk as a real series would. Baseline: reading the whole file with read() from a
//     cold cache, once per step (timed once, scaled by 27): what a reader that loads a checkpoint
//     pays before any analysis.
// Default size: F = 256, 4 blocks (a few MB, for CI). NEURODYN_BENCH_WEIGHTS=full gives the
// issue's 410M-parameter shape (F = 1024, 24 blocks, embeddings 50304 x 1024 in and out: ~0.8 GB
// in F16); the goal (<= 60 s on 2 cores) is stated for that size.
#include "benchregistry.h"

#include "io/weightfile.h"
#include "network/neuromfaseries.h"
#include "weightwriter.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <functional>
#include <fstream>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

struct Shape {
    std::uint64_t f, vocab;
    std::size_t blocks;
};

// Streams the file tensor by tensor (never the whole model in memory): F16 weights with
// magnitudes spread over (1/150, 1), as the NeuroMFA filter keeps them.
std::uint64_t writeSyntheticModel(const std::string& path, const Shape& s)
{
    struct Entry {
        std::string name;
        std::uint64_t rows, cols;
    };
    std::vector<Entry> entries{{"gpt_neox.embed_in.weight", s.vocab, s.f}};
    const char* parts[] = {"attention.query_key_value.weight", "attention.dense.weight", "mlp.dense_h_to_4h.weight",
                           "mlp.dense_4h_to_h.weight"};
    const std::uint64_t rows[] = {3 * s.f, s.f, 4 * s.f, s.f}, cols[] = {s.f, s.f, s.f, 4 * s.f};
    for (std::size_t b = 0; b < s.blocks; ++b)
        for (int p = 0; p < 4; ++p)
            entries.push_back({"gpt_neox.layers." + std::to_string(b) + "." + parts[p], rows[p], cols[p]});
    entries.push_back({"embed_out.weight", s.vocab, s.f});
    // The header written here (ndtest::safetensorsHeader takes offsets from data held in memory).
    std::string json = "{";
    std::uint64_t offset = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::uint64_t bytes = entries[i].rows * entries[i].cols * 2;
        json += (i ? "," : "") + ("\"" + entries[i].name + "\":{\"dtype\":\"F16\",\"shape\":[" +
                                  std::to_string(entries[i].rows) + "," + std::to_string(entries[i].cols) +
                                  "],\"data_offsets\":[" + std::to_string(offset) + "," +
                                  std::to_string(offset + bytes) + "]}");
        offset += bytes;
    }
    json += "}";
    while (json.size() % 8)
        json += ' ';
    std::ofstream out(path, std::ios::binary);
    out << ndtest::safetensorsFromHeader(json, "");
    std::uint64_t x = 0x2545f4914f6cdd1dull;
    std::vector<std::uint16_t> row;
    for (const Entry& e : entries) {
        row.resize(static_cast<std::size_t>(e.cols));
        for (std::uint64_t r = 0; r < e.rows; ++r) {
            for (std::uint16_t& h : row) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                const double u = static_cast<double>(x >> 11) * 0x1.0p-53;
                h = ndtest::toHalf(static_cast<float>((0.007 + 0.3 * u * u) * ((x & 1) ? 1.0 : -1.0)));
            }
            out.write(reinterpret_cast<const char*>(row.data()), static_cast<std::streamsize>(row.size() * 2));
        }
    }
    if (!out)
        throw std::runtime_error("bench weights: cannot write " + path);
    return offset;
}

bool dropCache(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0;
    ::close(fd);
    return ok;
}

// Wall and CPU seconds of one run (the run is long and meant cold: no repeats).
nd::bench::Timing timeOnce(const std::function<void()>& fn)
{
    const auto w0 = std::chrono::steady_clock::now();
    timespec c0{}, c1{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
    fn();
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - w0).count();
    const double cpu = static_cast<double>(c1.tv_sec - c0.tv_sec) + 1e-9 * static_cast<double>(c1.tv_nsec - c0.tv_nsec);
    return {wall, cpu, wall, 1, 1};
}

} // namespace

ND_BENCHMARK("weights")
{
    using namespace nd;
    const char* size = std::getenv("NEURODYN_BENCH_WEIGHTS");
    const bool full = size && std::string(size) == "full";
    const Shape shape = full ? Shape{1024, 50304, 24} : Shape{256, 1024, 4};
    const char* tmp = std::getenv("TMPDIR");
    const std::string path = std::string(tmp && *tmp ? tmp : "/tmp") + "/neurodyn-bench-weights-" +
                             std::to_string(::getpid()) + ".safetensors";
    const std::uint64_t bytes = writeSyntheticModel(path, shape);
    std::vector<bench::Result> results;
    try {
        constexpr int kSteps = 27;
        std::vector<NeuroMfaCheckpoint> series;
        for (int k = 0; k < kSteps; ++k)
            series.push_back({path, static_cast<double>(k)});
        NeuroMfaSeriesOptions o;
        o.network.samples = 32;
        o.repeats = 10;
        o.threads = 2;
        o.dropPageCache = true;
        const bool dropped = dropCache(path);
        NeuroMfaSeriesResult r;
        const bench::Timing t = timeOnce([&] { r = neuroMfaSeries(series, o); });
        if (r.checkpoints.size() != kSteps || !r.emergence.defined)
            throw std::runtime_error("bench weights: the series did not complete");
        bench::keep(r.emergence.points.back().emergence);
        // Baseline: the whole file through read(), cold.
        dropCache(path);
        const bench::Timing tb = timeOnce([&] {
            const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
            std::vector<char> buffer(std::size_t(1) << 22);
            double sum = 0.0;
            for (ssize_t n; (n = ::read(fd, buffer.data(), buffer.size())) > 0;)
                sum += buffer[static_cast<std::size_t>(n) - 1];
            ::close(fd);
            bench::keep(sum);
        });
        const std::string kernel = std::string("weights/neuromfa-series/27x10/F=") + std::to_string(shape.f) + "/B=" +
                                   std::to_string(shape.blocks) + "/" + std::to_string(bytes / 1000000) + "MB" +
                                   (dropped ? "/cold" : "/warm");
        results.push_back(bench::Result::time(kernel, t, 2)
                              .against("read() of the whole file per step", 1.0, tb.scaled(kSteps), 1)
                              .withGoal(full ? "<= 60 s (2 cores)" : "<= 60 s at full size (NEURODYN_BENCH_WEIGHTS=full)",
                                        [full](const bench::Result& res, bool cpu) {
                                            return !full || res.value(cpu) <= 60.0;
                                        }));
    } catch (...) {
        std::remove(path.c_str());
        throw;
    }
    std::remove(path.c_str());
    return results;
}
