#include "compute/seriescompute.h"

#include "compute/computecommon.h"

#include "analysis/synchronyconventions.h"
#include "network/mapnetwork.h"

namespace nd::compute {

namespace {

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

// A measure of one variable's series: the section's settings are the engine's options (plus the
// variable), so the computation is the series, those options with the run's threads, and the
// engine call `measure(series, options, progress)`.
template <class Computation, class Settings, class Measure>
Computation seriesMeasure(const Study& study, const std::optional<Settings>& section, const char* key,
                          int threads, Progress* progress, Measure measure)
{
    const Settings& s = sectionOf(section, key);
    Computation out;
    const std::vector<double> series = seriesOf(study, key, s.variable, out.source, nullptr);
    out.options = s;
    out.options.threads = threads;
    out.result = inSection(key, [&] { return measure(series, out.options, progress); });
    return out;
}

} // namespace

ZeroOneComputation zeroOne(const Study& study, int threads, Progress* progress)
{
    return seriesMeasure<ZeroOneComputation>(study, study.analyses.zeroOne, "zero_one", threads, progress,
                                             [](const std::vector<double>& x, const ZeroOneOptions& o,
                                                Progress* p) { return zeroOneTest(x, o, p); });
}

SampleEntropyComputation sampleEntropy(const Study& study, int threads, Progress* progress)
{
    return seriesMeasure<SampleEntropyComputation>(
        study, study.analyses.sampleEntropy, "sample_entropy", threads, progress,
        [](const std::vector<double>& x, const SampleEntropyOptions& o, Progress* p) {
            return nd::sampleEntropy(x, o, p);
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
        return out;
    });
}

MfdfaComputation mfdfa(const Study& study, int threads, Progress* progress)
{
    return seriesMeasure<MfdfaComputation>(
        study, study.analyses.mfdfa, "mfdfa", threads, progress,
        [](const std::vector<double>& x, const MfdfaOptions& o, Progress* p) { return nd::mfdfa(x, o, p); });
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
