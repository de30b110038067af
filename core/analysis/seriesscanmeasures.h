// Adapters that make the time-series measures of core/measures (0-1 test K, sample entropy,
// mean cross-correlation, mean Kuramoto order parameter) usable as scan measures: each cell
// records a post-transient series of chosen state variables and hands it to the measure.
// Immutable once built; one instance serves every worker thread.
#pragma once

#include "analysis/scanmeasures.h"
#include "measures/measurecommon.h"

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
    SeriesScanMeasure(std::string name, std::vector<int> variables, SeriesSettings settings, SeriesFunction fn,
                      int stride = 1);
    std::string name() const override { return m_name; }
    void validate(const Model& model) const override;
    ScanValue evaluate(const Model& model, std::span<const double> initial, const Progress* cancel) const override;

private:
    std::string m_name;
    std::vector<int> m_variables;
    SeriesSettings m_s;
    SeriesFunction m_fn;
    int m_stride;
};

// 0-1 test K (Gottwald-Melbourne, seeded c draw) of one variable. `stride` subsamples the
// series (flows are usually oversampled, which the 0-1 test mistakes for regularity).
std::unique_ptr<ScanMeasure> zeroOneScanMeasure(int variable, SeriesSettings settings, std::uint64_t seed = 1,
                                                int stride = 1);
// Sample entropy (m, r as a fraction of the standard deviation) of one variable.
std::unique_ptr<ScanMeasure> sampleEntropyScanMeasure(int variable, SeriesSettings settings, int m = 2,
                                                      double rFraction = 0.2);
// Mean zero-lag Pearson correlation over all pairs of the given variables (e.g. each node's x).
std::unique_ptr<ScanMeasure> crossCorrelationScanMeasure(std::vector<int> variables, SeriesSettings settings);
// Time-mean Kuramoto order parameter from spike phases (upward crossings of threshold).
std::unique_ptr<ScanMeasure> kuramotoSpikeScanMeasure(std::vector<int> variables, double threshold,
                                                      SeriesSettings settings);
// Time-mean Kuramoto order parameter when the variables are phases (phase oscillators).
std::unique_ptr<ScanMeasure> kuramotoPhaseScanMeasure(std::vector<int> variables, SeriesSettings settings);

} // namespace nd
