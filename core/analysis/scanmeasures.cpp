#include "analysis/scanmeasures.h"

#include "common/errors.h"
#include "common/progress.h"
#include "maps/chialvo.h"
#include "simulate/trajectory.h"

#include <algorithm>

#include <vector>

namespace nd {

void validateSeriesSettings(const Model& model, const SeriesSettings& s, const std::string& field)
{
    if (s.transient < 0)
        throw InputError(ND_ENGINE_TEXT("%1: the transient must be >= 0"), {field});
    if (s.steps < 1)
        throw InputError(ND_ENGINE_TEXT("%1: the number of observed steps must be >= 1"), {field});
    if (!(s.escapeBound > 0.0))
        throw InputError(ND_ENGINE_TEXT("%1: the escape bound must be positive"), {field});
    validateStep(model, s.dt, field);
}

ScanValue iterateSeries(const Model& model, std::span<const double> initial, const SeriesSettings& s,
                           const Progress* cancel, const std::function<void(const double*)>& observe)
{
    const int n = model.dimension();
    Stepper stepper(model, s.dt);
    std::vector<double> x(initial.begin(), initial.end()), next(static_cast<std::size_t>(n));
    const long total = s.transient + s.steps;
    for (long i = 0; i < total; ++i) {
        stepper.step(x.data(), next.data());
        if (outOfBound(next.data(), n, s.escapeBound))
            return ScanValue::escape("escaped at step " + std::to_string(i + 1) + ": " +
                                        escapeReason(next, s.escapeBound));
        x.swap(next);
        if (i >= s.transient)
            observe(x.data());
        if ((i & 0xfff) == 0xfff && cancel && cancel->isCanceled())
            return ScanValue::canceled();
    }
    return ScanValue::of(0.0);
}

namespace {
void requireVariable(const Model& model, int v, const std::string& field)
{
    if (v < 0 || v >= model.dimension())
        throw InputError(ND_ENGINE_TEXT("%1: state variable index %2 does not exist"),
                         {field, std::to_string(v)});
}

// The engine's options of a scan's Lyapunov and period measures: the scan's iteration (every
// measure of a scan shares it) with the measure's own settings.
LyapunovOptions largestLyapunovOptions(const SeriesSettings& series, const Orthonormalization& qr)
{
    // LyapunovOptions' fields in their order: exponents (all: the largest alone is followed),
    // transient, steps, dt, curvePoints (none: a scan keeps one number per cell), escapeBound.
    return {qr, 0, series.transient, series.steps, series.dt, 0, series.escapeBound};
}

PeriodOptions periodOptions(const SeriesSettings& series, const PeriodCriteria& criteria)
{
    // The criteria, then PeriodOptions' own fields in their order: transient, escapeBound, dt.
    return {criteria, series.transient, series.escapeBound, series.dt};
}
} // namespace

LargestLyapunovMeasure::LargestLyapunovMeasure(const SeriesSettings& series, const Orthonormalization& qr)
    : m_options(largestLyapunovOptions(series, qr))
{
}

std::string LargestLyapunovMeasure::unit() const
{
    return "per iteration (maps) or per unit time (flows)";
}

void LargestLyapunovMeasure::validate(const Model& model) const
{
    LyapunovOptions o = m_options;
    o.exponents = 1;
    // A dry validation through the real entry point, with a trivially short run.
    o.transient = 0;
    o.steps = 1;
    o.curvePoints = 0;
    if (m_options.steps < 1 || m_options.transient < 0)
        throw InputError(
            ND_ENGINE_TEXT("largest Lyapunov exponent: steps must be >= 1 and the transient >= 0"), {});
    (void)largestLyapunov(model, model.defaultInitialState(), o);
}

ScanValue LargestLyapunovMeasure::evaluate(const Model& model, std::span<const double> initial,
                                              const Progress* cancel) const
{
    return largestLyapunov(model, initial, m_options, cancel);
}

void LargestLyapunovMeasure::evaluateRow(Model& model, int parameter, std::span<const double> values,
                                         std::span<const double> initial, const Progress* cancel,
                                         ScanValue* out) const
{
    auto* chialvo = dynamic_cast<ChialvoMap*>(&model);
    if (!chialvo || values.size() < 2) {
        ScanMeasure::evaluateRow(model, parameter, values, initial, cancel, out);
        return;
    }
    std::vector<ChialvoParameters> cells;
    cells.reserve(values.size());
    for (double v : values) {
        chialvo->setParameter(parameter, v);
        cells.push_back(chialvo->values());
    }
    const std::vector<ScanValue> r = largestLyapunovChialvo(cells, initial, m_options, cancel);
    std::copy(r.begin(), r.end(), out);
}

PeriodMeasure::PeriodMeasure(const SeriesSettings& series, const PeriodCriteria& criteria)
    : m_options(periodOptions(series, criteria))
{
}

void PeriodMeasure::validate(const Model& model) const
{
    validatePeriodOptions(m_options);
    validateStep(model, m_options.dt, "period");
}

ScanValue PeriodMeasure::evaluate(const Model& model, std::span<const double> initial, const Progress* cancel) const
{
    return toScanValue(periodOf(model, initial, m_options, cancel));
}

void EscapeMeasure::validate(const Model& model) const
{
    validateSeriesSettings(model, m_s, "escape");
}

ScanValue EscapeMeasure::evaluate(const Model& model, std::span<const double> initial, const Progress* cancel) const
{
    const ScanValue v = iterateSeries(model, initial, m_s, cancel, [](const double*) {});
    if (v.escaped)
        return ScanValue::of(1.0);
    return v.defined ? ScanValue::of(0.0) : v;
}

void SpikeRateMeasure::validate(const Model& model) const
{
    validateSeriesSettings(model, m_s, "spike rate");
    requireVariable(model, m_variable, "spike rate");
    requireFinite(m_threshold, "spike rate threshold");
}

ScanValue SpikeRateMeasure::evaluate(const Model& model, std::span<const double> initial,
                                        const Progress* cancel) const
{
    long spikes = 0;
    bool first = true;
    double previous = 0.0;
    const ScanValue v = iterateSeries(model, initial, m_s, cancel, [&](const double* x) {
        const double u = x[m_variable];
        if (!first && previous < m_threshold && u >= m_threshold)
            ++spikes;
        first = false;
        previous = u;
    });
    if (!v.defined)
        return v;
    const double perStep = model.timeKind() == TimeKind::Flow ? m_s.dt : 1.0;
    return ScanValue::of(static_cast<double>(spikes) / (static_cast<double>(m_s.steps) * perStep));
}

void MeanMeasure::validate(const Model& model) const
{
    validateSeriesSettings(model, m_s, "mean");
    requireVariable(model, m_variable, "mean");
}

ScanValue MeanMeasure::evaluate(const Model& model, std::span<const double> initial, const Progress* cancel) const
{
    double sum = 0.0;
    const ScanValue v = iterateSeries(model, initial, m_s, cancel, [&](const double* x) { sum += x[m_variable]; });
    if (!v.defined)
        return v;
    return ScanValue::of(sum / static_cast<double>(m_s.steps));
}

} // namespace nd
