// Shared vocabulary of the measures: a scalar that may be undefined (with the reason), input
// checks that name the offending field, and a strided view of multi-node series.
// Pure functions and plain data; any thread may use them.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace nd {

// A scalar measure as parameter scans consume it: either a value or the reason there is none.
struct MeasureValue {
    bool defined = false;
    double value = 0.0;  // meaningful only when defined
    std::string reason; // why the value is undefined; empty when defined

    static MeasureValue of(double v) { return {true, v, {}}; }
    static MeasureValue undefined(std::string why) { return {false, 0.0, std::move(why)}; }
};

// Throws InputError naming `field` when the series is shorter than minLength or holds a
// non-finite value (the message gives the index of the first bad sample).
void requireSeries(std::span<const double> series, std::size_t minLength, const std::string& field);

// Mean and standard deviation (ddof 0 or 1) of a series; the series must not be empty.
double seriesMean(std::span<const double> series);
double seriesStdDev(std::span<const double> series, int ddof);

// The one rule for "constant" shared by every measure: the series' spread (max - min) is at most
// kConstantSpread times its largest magnitude (an empty or all-zero series is constant). An
// iterated map that settled on a fixed point keeps moving by a few ulps of rounding; such a
// series has a nonzero standard deviation, and correlations, tolerance-relative entropies and
// Hilbert phases of it would report patterns of rounding noise as if they were dynamics.
inline constexpr double kConstantSpread = 1e-12;
bool constantToRounding(std::span<const double> series);
// "the series is constant (spread <= 1e-12 of its magnitude)": the reason measures give.
std::string constantSeriesReason();

// Read-only view of samples x nodes values with arbitrary strides, so a row-major Trajectory
// (sample-major) and a node-major matrix can both be passed without copying.
struct SeriesView {
    const double* data = nullptr;
    std::size_t samples = 0;
    std::size_t nodes = 0;
    std::size_t sampleStride = 0;
    std::size_t nodeStride = 0;

    double at(std::size_t sample, std::size_t node) const { return data[sample * sampleStride + node * nodeStride]; }
    // values[sample * nodes + node], e.g. Trajectory::values.
    static SeriesView sampleMajor(std::span<const double> values, std::size_t samples, std::size_t nodes);
    // values[node * samples + sample].
    static SeriesView nodeMajor(std::span<const double> values, std::size_t nodes, std::size_t samples);
    std::vector<double> node(std::size_t n) const;
};

// Throws InputError unless the view has at least minSamples samples, at least minNodes nodes
// and only finite values.
void requireView(const SeriesView& view, std::size_t minSamples, std::size_t minNodes, const std::string& field);

} // namespace nd
