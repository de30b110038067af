#include "compute/scancompute.h"

#include "compute/computecommon.h"

#include "analysis/scanmeasures.h"
#include "analysis/seriesscanmeasures.h"
#include "analysis/synchronyconventions.h"
#include "common/parallel.h"

namespace nd::compute {

namespace {

ParameterAxis axisOf(const ScanAxisSettings& a)
{
    ParameterAxis axis;
    axis.parameter = a.parameter;
    axis.from = a.from;
    axis.to = a.to;
    axis.count = a.count;
    return axis;
}

const ScanSettings& settingsOf(const Study& study)
{
    return sectionOf(study.analyses.parameterScan, "parameter_scan");
}

} // namespace

std::unique_ptr<ScanMeasure> scanMeasure(const Study& study, const Model& model)
{
    const ScanSettings& s = settingsOf(study);
    const std::string field = "variable";
    // The iteration as the study holds it, with the study's escape bound and flow step.
    SeriesSettings series = s;
    series.escapeBound = study.simulation.escapeBound;
    series.dt = study.flow.dt;
    switch (s.measure) {
    case ScanMeasureKind::Lyapunov:
        return std::make_unique<LargestLyapunovMeasure>(series, s);
    case ScanMeasureKind::Period:
        return std::make_unique<PeriodMeasure>(series, s);
    case ScanMeasureKind::Escape:
        return std::make_unique<EscapeMeasure>(series);
    case ScanMeasureKind::Mean:
        return std::make_unique<MeanMeasure>(variableIndex(model, s.variable, field), series);
    case ScanMeasureKind::SpikeRate:
        return std::make_unique<SpikeRateMeasure>(variableIndex(model, s.variable, field), s.threshold,
                                                  series);
    case ScanMeasureKind::ZeroOne:
        return zeroOneScanMeasure(variableIndex(model, s.variable, field), series, s);
    case ScanMeasureKind::SampleEntropy:
        return sampleEntropyScanMeasure(variableIndex(model, s.variable, field), series, s);
    case ScanMeasureKind::CrossCorrelation:
        return crossCorrelationScanMeasure(nodeIndices(model, s.variable, field), series, s.correlation,
                                           s.hub, ringLayoutOf(model));
    case ScanMeasureKind::Kuramoto: {
        requirePhaseConvention(model, s.phases, "phases");
        const std::vector<int> xs = nodeIndices(model, s.variable, field);
        std::vector<int> ys;
        if (phaseNeedsY(s.phases)) {
            ys = nodeIndices(model, s.yVariable, "y_variable");
            if (ys.size() != xs.size())
                throw InputError("y_variable has " + std::to_string(ys.size()) + " nodes, variable " +
                                 std::to_string(xs.size()));
        }
        return kuramotoScanMeasure(s.phases, xs, ys, s.threshold, series);
    }
    }
    throw InputError("analyses.parameter_scan.measure: unknown measure");
}

ScanRequest scanRequest(const Study& study)
{
    const ScanSettings& s = settingsOf(study);
    ScanRequest r;
    r.x = axisOf(s.x);
    if (s.y)
        r.y = axisOf(*s.y);
    r.initial = study.initialState;
    return r;
}

ParameterScanResult parameterScan(const Study& study, int threads, Progress* progress,
                                  const ScanTileCallback& onTile)
{
    return inSection("parameter_scan", [&] {
        const auto model = study.createModel();
        const auto measure = scanMeasure(study, *model);
        ParameterScanResult out;
        out.request = scanRequest(study);
        out.request.threads = threads;
        out.result = computeScan(*model, *measure, out.request, progress, onTile);
        return out;
    });
}

std::vector<ScanResult> parameterScanColumns(const Study& study, int begin, int end, int threads,
                                             Progress* progress)
{
    return inSection("parameter_scan", [&] {
        const auto model = study.createModel();
        const auto measure = scanMeasure(study, *model);
        const ScanRequest request = scanRequest(study);
        std::vector<ScanResult> columns(static_cast<std::size_t>(std::max(0, end - begin)));
        parallelFor(
            columns.size(), threads,
            [&](std::size_t i) {
                ScanRequest one = request;
                one.x.from = one.x.to = request.x.value(begin + static_cast<int>(i));
                one.x.count = 1;
                one.threads = 1;
                columns[i] = computeScan(*model, *measure, one);
            },
            progress);
        return columns;
    });
}

ScanResult assembleParameterScan(const Study& study, const std::vector<ScanResult>& columns)
{
    const auto model = study.createModel();
    const auto measure = scanMeasure(study, *model);
    const ScanRequest request = scanRequest(study);
    const int nx = request.x.count;
    const int ny = request.y ? request.y->count : 1;
    const std::size_t cells = static_cast<std::size_t>(nx) * static_cast<std::size_t>(ny);
    ScanResult r;
    r.measure = measure->name();
    r.unit = measure->unit();
    r.conventions = measure->conventions();
    r.nx = nx;
    r.ny = ny;
    for (int ix = 0; ix < nx; ++ix)
        r.xValues.push_back(request.x.value(ix));
    for (int iy = 0; request.y && iy < ny; ++iy)
        r.yValues.push_back(request.y->value(iy));
    r.values.assign(cells, 0.0);
    r.defined.assign(cells, 0);
    r.escaped.assign(cells, 0);
    r.computed.assign(cells, 0);
    r.reasons.assign(cells, {});
    for (int ix = 0; ix < nx; ++ix) {
        const ScanResult& c = columns[static_cast<std::size_t>(ix)];
        for (int iy = 0; iy < ny && iy < c.ny; ++iy) {
            const std::size_t k =
                static_cast<std::size_t>(iy) * static_cast<std::size_t>(nx) + static_cast<std::size_t>(ix);
            const auto j = static_cast<std::size_t>(iy);
            r.values[k] = c.values[j];
            r.defined[k] = c.defined[j];
            r.escaped[k] = c.escaped[j];
            r.computed[k] = c.computed[j];
            r.reasons[k] = c.reasons[j];
        }
    }
    return r;
}

} // namespace nd::compute
