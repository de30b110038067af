#include "compute/entropycompute.h"

#include "compute/seriesmeasure.h"

#include <algorithm>
#include <cmath>
#include <mutex>

namespace nd::compute {

namespace {

MeasureValue valueOf(bool defined, double value, const std::string& reason)
{
    return defined ? MeasureValue::of(value) : MeasureValue::undefined(reason);
}

// Collects every surrogate's MSE curve (from the significance's worker threads) and summarises it
// per scale. The values of a scale are sorted before summing, so the band does not depend on the
// order in which the threads finished.
class MseNullCollector {
public:
    void add(const MultiscaleEntropyResult& r)
    {
        std::vector<double> curve;
        for (const MultiscaleEntropyScale& s : r.scales)
            curve.push_back(s.defined ? s.value : std::nan(""));
        const std::lock_guard lock(m_mutex);
        m_curves.push_back(std::move(curve));
    }

    std::vector<MseNullScale> band(const MultiscaleEntropyResult& observed) const
    {
        std::vector<MseNullScale> out;
        for (std::size_t k = 0; k < observed.scales.size(); ++k) {
            std::vector<double> values;
            for (const auto& c : m_curves)
                if (k < c.size() && std::isfinite(c[k]))
                    values.push_back(c[k]);
            std::sort(values.begin(), values.end());
            MseNullScale s;
            s.scale = observed.scales[k].scale;
            s.defined = values.size();
            double sum = 0.0;
            for (double v : values)
                sum += v;
            s.mean = values.empty() ? 0.0 : sum / static_cast<double>(values.size());
            double squares = 0.0;
            for (double v : values)
                squares += (v - s.mean) * (v - s.mean);
            s.sd = values.size() > 1 ? std::sqrt(squares / static_cast<double>(values.size() - 1)) : 0.0;
            out.push_back(s);
        }
        return out;
    }

private:
    std::mutex m_mutex;
    std::vector<std::vector<double>> m_curves;
};

} // namespace

MultiscaleEntropyComputation multiscaleEntropy(const Study& study, int threads, Progress* progress)
{
    MseNullCollector collector;
    MultiscaleEntropyComputation out = detail::seriesMeasure<MultiscaleEntropyComputation>(
        study, study.analyses.multiscaleEntropy, "mse", threads, progress,
        [](const std::vector<double>& x, const MultiscaleEntropyOptions& o, Progress* p) {
            return nd::multiscaleEntropy(x, o, p);
        },
        [](const MultiscaleEntropyResult& r, const std::string&) {
            return valueOf(r.complexityDefined, r.complexityIndex,
                           "the complexity index needs every scale defined");
        },
        [&collector](const MultiscaleEntropyResult& r) { collector.add(r); });
    if (out.significance)
        out.nullBand = collector.band(out.result);
    return out;
}

PermutationEntropyComputation permutationEntropy(const Study& study, int threads, Progress* progress)
{
    return detail::seriesMeasure<PermutationEntropyComputation>(
        study, study.analyses.permutationEntropy, "permutation_entropy", threads, progress,
        [](const std::vector<double>& x, const PermutationEntropyOptions& o, Progress*) {
            return nd::permutationEntropy(x, o);
        },
        [](const PermutationEntropyResult& r, const std::string&) {
            return valueOf(r.defined, r.value, r.reason);
        });
}

ApproximateEntropyComputation approximateEntropy(const Study& study, int threads, Progress* progress)
{
    return detail::seriesMeasure<ApproximateEntropyComputation>(
        study, study.analyses.approximateEntropy, "apen", threads, progress,
        [](const std::vector<double>& x, const ApproximateEntropyOptions& o, Progress*) {
            return nd::approximateEntropy(x, o);
        },
        [](const ApproximateEntropyResult& r, const std::string&) {
            return valueOf(r.defined, r.value, r.reason);
        });
}

} // namespace nd::compute
