#include "analysis/orbitcolumn.h"

#include "common/progress.h"
#include "simulate/trajectory.h"

namespace nd {

ColumnRunner::ColumnRunner(const Model& model, const OrbitRunSettings& settings)
    : m_model(model.clone()), m_s(settings), m_stepper(*m_model, settings.dt),
      m_next(static_cast<std::size_t>(model.dimension()))
{
}

ColumnRunner::Outcome ColumnRunner::run(double p, std::vector<double>& x, std::vector<double>& out,
                                        std::string& reason, const Progress* progress)
{
    // Poll often enough that a cancel takes effect within a millisecond or so even for
    // large networks, rarely enough that the check costs nothing.
    const int dim = m_model->dimension();
    const long pollMask = dim > 64 ? 0x3f : 0x3ff;
    m_model->setParameter(m_s.parameterIndex, p);
    m_series.clear();
    const bool sectioned = m_s.observable.section != Section::None;
    std::vector<double>& sink = sectioned ? m_series : out;
    const long total = m_s.transient + m_s.samples;
    Outcome outcome = Outcome::Done;
    for (long s = 0; s < total; ++s) {
        if (s >= m_s.transient)
            sink.push_back(m_s.observable.value(x.data()));
        if (s + 1 == total)
            break; // the last sample needs no further step
        m_stepper.step(x.data(), m_next.data());
        if (outOfBound(m_next.data(), dim, m_s.escapeBound)) {
            reason = "escaped at step " + std::to_string(s + 1) + ": " + escapeReason(m_next, m_s.escapeBound);
            outcome = Outcome::Escaped;
            break;
        }
        x.swap(m_next);
        if ((s & pollMask) == pollMask && progress && progress->isCanceled())
            return Outcome::Canceled;
    }
    if (sectioned) {
        const std::vector<double> sec = applySection(m_series, m_s.observable, m_stepper.timePerStep());
        out.insert(out.end(), sec.begin(), sec.end());
    }
    return outcome;
}

} // namespace nd
