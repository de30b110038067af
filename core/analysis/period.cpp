#include "analysis/period.h"

#include "common/errors.h"
#include "common/progress.h"
#include "simulate/trajectory.h"

#include <cmath>
#include <sstream>
#include <vector>

namespace nd {

void validatePeriodOptions(const PeriodOptions& o)
{
    if (o.maxPeriod < 1)
        throw InputError(ND_ENGINE_TEXT("period detection: the largest period must be >= 1 (got %1)"),
                         {std::to_string(o.maxPeriod)});
    if (o.transient < 0)
        throw InputError(ND_ENGINE_TEXT("period detection: the transient must be >= 0"), {});
    if (o.window != 0 && o.window < 2L * o.maxPeriod)
        throw InputError(
            ND_ENGINE_TEXT(
                "period detection: the window (%1) must be at least twice the largest period (%2)"),
            {std::to_string(o.window), std::to_string(o.maxPeriod)});
    if (o.window > 100'000'000L)
        throw InputError(ND_ENGINE_TEXT("period detection: a window of %1 iterations is too long"),
                         {std::to_string(o.window)});
    if (!(o.tolerance > 0.0) || !std::isfinite(o.tolerance))
        throw InputError(ND_ENGINE_TEXT("period detection: the tolerance must be a positive number"), {});
    if (!(o.escapeBound > 0.0))
        throw InputError(ND_ENGINE_TEXT("period detection: the escape bound must be positive"), {});
}

PeriodResult detectPeriod(std::span<const double> states, int dim, int maxPeriod, double tolerance)
{
    PeriodResult r;
    const long count = dim > 0 ? static_cast<long>(states.size()) / dim : 0;
    for (int p = 1; p <= maxPeriod && p < count; ++p) {
        bool ok = true;
        for (long n = 0; ok && n + p < count; ++n)
            for (int k = 0; k < dim; ++k)
                if (!(std::fabs(states[static_cast<std::size_t>((n + p) * dim + k)] -
                                states[static_cast<std::size_t>(n * dim + k)]) < tolerance)) {
                    ok = false;
                    break;
                }
        if (ok) {
            r.kind = PeriodResult::Kind::Periodic;
            r.period = p;
            return r;
        }
    }
    std::ostringstream os;
    os << "aperiodic: no period <= " << maxPeriod << " within tolerance " << tolerance;
    r.reason = os.str();
    return r;
}

PeriodResult periodOf(const Model& model, std::span<const double> initial, const PeriodOptions& o,
                      const Progress* cancel)
{
    validatePeriodOptions(o);
    validateStep(model, o.dt, "period detection");
    const int dim = model.dimension();
    if (initial.size() != static_cast<std::size_t>(dim))
        throw InputError(ND_ENGINE_TEXT("period detection: the initial state has the wrong size"), {});
    const long window = o.window > 0 ? o.window : 4L * o.maxPeriod;
    Stepper stepper(model, o.dt);
    std::vector<double> x(initial.begin(), initial.end()), next(static_cast<std::size_t>(dim));
    std::vector<double> rec(static_cast<std::size_t>(window * dim));
    PeriodResult r;
    const long total = o.transient + window;
    for (long s = 0; s < total; ++s) {
        if (s >= o.transient)
            std::copy(x.begin(), x.end(), rec.begin() + (s - o.transient) * dim);
        stepper.step(x.data(), next.data());
        if (outOfBound(next.data(), dim, o.escapeBound)) {
            r.kind = PeriodResult::Kind::Escaped;
            r.escapeStep = s + 1;
            r.reason = "escaped at step " + std::to_string(s + 1) + ": " + escapeReason(next, o.escapeBound);
            return r;
        }
        x.swap(next);
        if (cancel && (s & 0x3fff) == 0x3fff && cancel->isCanceled()) {
            r.reason = kCanceledReason;
            r.outcome = Outcome::Canceled;
            return r;
        }
    }
    return detectPeriod(rec, dim, o.maxPeriod, o.tolerance);
}

ScanValue toScanValue(const PeriodResult& r)
{
    if (r.outcome == Outcome::Canceled)
        return ScanValue::canceled();
    switch (r.kind) {
    case PeriodResult::Kind::Periodic:
        return ScanValue::of(r.period);
    case PeriodResult::Kind::Escaped:
        return ScanValue::escape(r.reason);
    case PeriodResult::Kind::Aperiodic:
        break;
    }
    return ScanValue::undefined(r.reason);
}

} // namespace nd
