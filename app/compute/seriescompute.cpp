#include "compute/seriescompute.h"

#include "compute/computecommon.h"

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

} // namespace

ZeroOneComputation zeroOne(const Study& study, int threads, Progress* progress)
{
    const ZeroOneSettings& s = sectionOf(study.analyses.zeroOne, "zero_one");
    ZeroOneComputation out;
    const std::vector<double> series = seriesOf(study, "zero_one", s.variable, out.source, nullptr);
    ZeroOneOptions& o = out.options;
    o = s;
    o.threads = threads;
    out.result = inSection("zero_one", [&] { return zeroOneTest(series, o, progress); });
    return out;
}

SampleEntropyComputation sampleEntropy(const Study& study, int threads, Progress* progress)
{
    const SampleEntropySettings& s = sectionOf(study.analyses.sampleEntropy, "sample_entropy");
    SampleEntropyComputation out;
    const std::vector<double> series = seriesOf(study, "sample_entropy", s.variable, out.source, nullptr);
    SampleEntropyOptions& o = out.options;
    o = s;
    o.threads = threads;
    out.result = inSection("sample_entropy", [&] { return nd::sampleEntropy(series, o, progress); });
    return out;
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
        CrossCorrelationOptions co;
        co.hub = static_cast<std::size_t>(s.hub);
        co.threads = threads;
        out.cross = crossCorrelation(view, co);
        switch (s.phases) {
        case PhaseMethod::Spikes:
            out.phases = spikePhases(view, s.threshold);
            break;
        case PhaseMethod::Geometric: {
            const std::vector<int> ys = nodeIndices(*model, s.yVariable, "y_variable");
            if (ys.size() != xs.size())
                throw InputError("y_variable has " + std::to_string(ys.size()) + " nodes, variable " +
                                 std::to_string(xs.size()));
            const std::vector<double> y = trajectoryColumns(t, ys);
            out.phases = geometricPhases(view, SeriesView::sampleMajor(y, t.rows(), ys.size()));
            break;
        }
        case PhaseMethod::Given:
            out.phases.defined = true;
            out.phases.samples = t.rows();
            out.phases.nodes = xs.size();
            out.phases.values = out.nodeSeries;
            break;
        }
        if (out.phases.defined) {
            KuramotoOptions ko;
            ko.localHalfWidth = s.localHalfWidth;
            out.kuramoto = kuramotoOrder(out.phases.view(), ko);
        }
        return out;
    });
}

MfdfaComputation mfdfa(const Study& study, int threads, Progress* progress)
{
    const MfdfaSettings& s = sectionOf(study.analyses.mfdfa, "mfdfa");
    MfdfaComputation out;
    const std::vector<double> series = seriesOf(study, "mfdfa", s.variable, out.source, nullptr);
    MfdfaOptions& o = out.options;
    o = s;
    o.threads = threads;
    out.result = inSection("mfdfa", [&] { return nd::mfdfa(series, o, progress); });
    return out;
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
