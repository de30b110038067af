#include "compute/seriescompute.h"

#include "compute/computecommon.h"
#include "compute/seriesmeasure.h"

#include "analysis/synchronyconventions.h"
#include "common/progress.h"
#include "network/mapnetwork.h"

namespace nd::compute::detail {

// The trajectory column of one variable.
std::vector<double> seriesOf(const Study& study, const char* key, const std::string& variable,
                             SeriesSource& source, Progress* progress)
{
    const auto model = study.createModel();
    const int index = inSection(key, [&] { return variableIndex(*model, variable, "variable"); });
    const Trajectory t = measuredTrajectory(study, key, progress);
    source.variables = {variable};
    source.samples = t.rows();
    source.spacing = rowSpacing(study, *model);
    return trajectoryColumn(t, index);
}

// The progress share of the measure itself when `count` surrogates follow (each about as long).
double measureShare(const std::optional<SignificanceSettings>& s)
{
    return s ? 1.0 / static_cast<double>(s->count + 1) : 1.0;
}

} // namespace nd::compute::detail

namespace nd::compute {

using detail::seriesMeasure;

SignificanceComputation significanceOf(const SignificanceSettings& s,
                                       const std::vector<std::vector<double>>& channels,
                                       const MeasureValue& observed, const ChannelsMeasure& scalarOf,
                                       int threads, Progress* progress, std::string conventions)
{
    SignificanceComputation out;
    out.settings = s;
    out.options.surrogates = s.surrogates;
    out.options.count = s.count;
    out.options.tail = s.tail;
    out.options.threads = threads;
    out.multivariate = channels.size() > 1;
    out.conventions = std::move(conventions);
    const auto measure = [&](const std::vector<std::vector<double>>& data) {
        if (data == channels)
            return observed; // the series itself: its result is already at hand
        try {
            return scalarOf(data);
        } catch (const InputError& e) {
            return MeasureValue::undefined(e.what());
        }
    };
    out.result = surrogateSignificance(channels, measure, out.options, progress);
    return out;
}

ZeroOneComputation zeroOne(const Study& study, int threads, Progress* progress)
{
    return seriesMeasure<ZeroOneComputation>(
        study, study.analyses.zeroOne, "zero_one", threads, progress,
        [](const std::vector<double>& x, ZeroOneOptions o, Progress* p) {
            o.keepMsd = o.keepMsd && p; // the surrogates' (no progress) need K only
            return zeroOneTest(x, o, p);
        },
        [](const ZeroOneResult& r, const std::string&) {
            return r.defined ? MeasureValue::of(r.k) : MeasureValue::undefined(r.reason);
        });
}

SampleEntropyComputation sampleEntropy(const Study& study, int threads, Progress* progress)
{
    return seriesMeasure<SampleEntropyComputation>(
        study, study.analyses.sampleEntropy, "sample_entropy", threads, progress,
        [](const std::vector<double>& x, const SampleEntropyOptions& o, Progress* p) {
            return nd::sampleEntropy(x, o, p);
        },
        [](const SampleEntropyResult& r, const std::string&) {
            return r.defined ? MeasureValue::of(r.value) : MeasureValue::undefined(r.reason);
        });
}

SynchronyComputation synchrony(const Study& study, int threads, Progress* progress)
{
    const SynchronySettings& s = sectionOf(study.analyses.synchrony, "synchrony");
    return inSection("synchrony", [&] {
        const auto model = study.createModel();
        const std::vector<int> xs = nodeIndices(*model, s.variable, "variable");
        const Trajectory t = measuredTrajectory(study, "synchrony", progress);
        SynchronyComputation out;
        const auto names = model->variableNames();
        for (int i : xs)
            out.source.variables.push_back(names[static_cast<std::size_t>(i)]);
        out.source.samples = t.rows();
        out.source.spacing = rowSpacing(study, *model);
        out.nodeSeries = trajectoryColumns(t, xs);
        const SeriesView view = SeriesView::sampleMajor(out.nodeSeries, t.rows(), xs.size());
        requirePhaseConvention(*model, s.phases, "phases");
        out.correlation = s.correlation;
        out.phaseConvention = s.phases;
        out.ring = ringLayoutOf(*model);
        out.conventions = synchronyConventions(s.correlation, s.phases, out.ring);
        CrossCorrelationOptions co = s;
        co.ring = out.ring;
        co.threads = threads;
        out.cross = crossCorrelation(view, co);
        std::vector<double> y;
        std::optional<SeriesView> yView;
        if (phaseNeedsY(s.phases)) {
            const std::vector<int> ys = nodeIndices(*model, s.yVariable, "y_variable");
            if (ys.size() != xs.size())
                throw InputError("y_variable has " + std::to_string(ys.size()) + " nodes, variable " +
                                 std::to_string(xs.size()));
            y = trajectoryColumns(t, ys);
            yView = SeriesView::sampleMajor(y, t.rows(), ys.size());
        }
        out.phases = phasesOf(s.phases, view, yView ? &*yView : nullptr, s.threshold);
        if (out.phases.defined) {
            KuramotoOptions ko = s;
            ko.ring = out.ring;
            out.kuramoto = kuramotoOrder(out.phases.view(), ko);
        }
        if (s.significance) {
            // Multivariate surrogates of the node series (one permutation or phase set for all),
            // each measured by the study's correlation scalar with the same options.
            const std::size_t rows = t.rows(), nodes = xs.size();
            std::vector<std::vector<double>> channels(nodes, std::vector<double>(rows));
            for (std::size_t r = 0; r < rows; ++r)
                for (std::size_t i = 0; i < nodes; ++i)
                    channels[i][r] = out.nodeSeries[r * nodes + i];
            CrossCorrelationOptions single = co;
            single.threads = 1;
            const CorrelationScalar scalar = s.correlation;
            out.significance = significanceOf(
                *s.significance, channels, out.cross.scalar(scalar),
                [&](const std::vector<std::vector<double>>& data) {
                    std::vector<double> sampleMajor(rows * nodes);
                    for (std::size_t r = 0; r < rows; ++r)
                        for (std::size_t i = 0; i < nodes; ++i)
                            sampleMajor[r * nodes + i] = data[i][r];
                    return crossCorrelation(SeriesView::sampleMajor(sampleMajor, rows, nodes), single)
                        .scalar(scalar);
                },
                threads, progress,
                std::string("the correlation scalar \"") + correlationScalarName(scalar) +
                    "\" of the node series' surrogates, with the section's settings");
        }
        return out;
    });
}

MfdfaComputation mfdfa(const Study& study, int threads, Progress* progress)
{
    return seriesMeasure<MfdfaComputation>(
        study, study.analyses.mfdfa, "mfdfa", threads, progress,
        [](const std::vector<double>& x, const MfdfaOptions& o, Progress* p) { return nd::mfdfa(x, o, p); },
        [](const MfdfaResult& r, const std::string& scalar) {
            if (scalar == "h2")
                return mfdfaH(r, 2.0);
            return r.defined ? MeasureValue::of(r.width) : MeasureValue::undefined(r.reason);
        });
}

NetworkSpectrumComputation networkSpectrum(const Study& study, int threads, Progress* progress)
{
    const NetworkSpectrumSettings& s = sectionOf(study.analyses.networkSpectrum, "network_spectrum");
    return inSection("network_spectrum", [&] {
        const auto model = study.createModel();
        const auto* network = dynamic_cast<const MapNetwork*>(model.get());
        if (!network)
            throw InputError("the model (" + model->typeName() +
                             ") is not a map network; the spectrum needs its coupling graph");
        NetworkSpectrumComputation out;
        out.graph.nodes = static_cast<std::size_t>(network->nodeCount());
        for (const WeightedEdge& e : network->description().edges)
            out.graph.edges.push_back(
                {static_cast<std::size_t>(e.target), static_cast<std::size_t>(e.source), e.weight});
        out.options = s;
        out.options.threads = threads;
        out.result = nd::networkSpectrum(out.graph, out.options, progress);
        return out;
    });
}

} // namespace nd::compute
