// Adapters that make the time-series measures of core/measures (0-1 test K, sample entropy,
// mean cross-correlation, mean Kuramoto order parameter) usable as scan measures: each cell
// records a post-transient series of chosen state variables and hands it to the measure.
// Immutable once built; one instance serves every worker thread.
#pragma once

#include "analysis/scanmeasures.h"
#include "measures/measurecommon.h"
#include "measures/sampleentropy.h"
#include "measures/synchrony.h"
#include "measures/zeroone.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace nd {

// Computes a measure from a recorded series: `view` has samples x variables (in the order of
// the adapter's variable list).
using SeriesFunction = std::function<MeasureValue(const SeriesView& view)>;

class SeriesScanMeasure : public ScanMeasure {
public:
    SeriesScanMeasure(std::string name, std::vector<int> variables, SeriesSettings settings,
                      SeriesFunction fn, int stride = 1, std::string conventions = {});
    std::string name() const override { return m_name; }
    std::string conventions() const override { return m_conventions; }
    void validate(const Model& model) const override;
    ScanValue evaluate(const Model& model, std::span<const double> initial, const Progress* cancel) const override;

private:
    std::string m_name;
    std::vector<int> m_variables;
    SeriesSettings m_s;
    SeriesFunction m_fn;
    int m_stride;
    std::string m_conventions;
};

// What the 0-1 test as a scan measure takes beyond the series: the seed of the c draw and a
// subsampling stride (flows are usually oversampled, which the 0-1 test mistakes for regularity).
struct ZeroOneScanOptions {
    std::uint64_t seed = ZeroOneOptions{}.seed;
    int stride = 1;

    bool operator==(const ZeroOneScanOptions&) const = default;
};

// What sample entropy as a scan measure takes beyond the series: m and r as a fraction of the
// standard deviation (the engine's other conventions keep their defaults).
struct SampleEntropyScanOptions {
    int m = SampleEntropyOptions{}.m;
    double r = SampleEntropyOptions{}.r;

    bool operator==(const SampleEntropyScanOptions&) const = default;
};

// 0-1 test K (Gottwald-Melbourne, seeded c draw) of one variable.
std::unique_ptr<ScanMeasure> zeroOneScanMeasure(int variable, SeriesSettings settings,
                                                ZeroOneScanOptions options = {});
// Sample entropy of one variable.
std::unique_ptr<ScanMeasure> sampleEntropyScanMeasure(int variable, SeriesSettings settings,
                                                      SampleEntropyScanOptions options = {});
// The zero-lag Pearson correlation scalar of one convention over the given variables (each
// node's x): all pairs, against node `hub` (its position in `variables`), or ring edges.
std::unique_ptr<ScanMeasure>
crossCorrelationScanMeasure(std::vector<int> variables, SeriesSettings settings,
                            CorrelationScalar scalar = CorrelationScalar::AllPairs, std::size_t hub = 0,
                            RingLayout ring = {});
// Time-mean Kuramoto order parameter with phases of one convention: xs are each node's x
// (Given: its phase), ys each node's y (Centred and Arctan only, else empty), threshold the
// spike threshold (Spike).
std::unique_ptr<ScanMeasure> kuramotoScanMeasure(PhaseConvention phases, std::vector<int> xs,
                                                 std::vector<int> ys, double threshold,
                                                 SeriesSettings settings);

} // namespace nd
