#include "analysis/lyapunov.h"

#include "analysis/lyapunovlanes.h"

#include "common/errors.h"
#include "common/parallel.h"
#include "common/progress.h"
#include "simulate/trajectory.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <sstream>

namespace nd {

namespace {

// Advances a state together with k tangent vectors (column-major n x k).
class TangentStepper {
public:
    TangentStepper(const Model& model, int k, double dt)
        : m_model(model), m_n(model.dimension()), m_k(k), m_dt(dt), m_flow(model.timeKind() == TimeKind::Flow),
          m_jac(sq(m_n)), m_next(static_cast<std::size_t>(m_n)), m_phiNext(static_cast<std::size_t>(m_n * k))
    {
        if (m_flow) {
            for (auto* v : {&m_kx1, &m_kx2, &m_kx3, &m_kx4, &m_xs})
                v->resize(static_cast<std::size_t>(m_n));
            for (auto* v : {&m_kp1, &m_kp2, &m_kp3, &m_kp4, &m_ps})
                v->resize(static_cast<std::size_t>(m_n * k));
        }
    }

    void step(std::vector<double>& x, std::vector<double>& phi)
    {
        if (!m_flow) {
            m_model.jacobian(x.data(), m_jac.data());
            multiply(phi.data(), m_phiNext.data());
            m_model.evaluate(x.data(), m_next.data());
        } else {
            const double h = m_dt;
            derivative(x.data(), phi.data(), m_kx1.data(), m_kp1.data());
            axpy(x, m_kx1, 0.5 * h, m_xs);
            axpy(phi, m_kp1, 0.5 * h, m_ps);
            derivative(m_xs.data(), m_ps.data(), m_kx2.data(), m_kp2.data());
            axpy(x, m_kx2, 0.5 * h, m_xs);
            axpy(phi, m_kp2, 0.5 * h, m_ps);
            derivative(m_xs.data(), m_ps.data(), m_kx3.data(), m_kp3.data());
            axpy(x, m_kx3, h, m_xs);
            axpy(phi, m_kp3, h, m_ps);
            derivative(m_xs.data(), m_ps.data(), m_kx4.data(), m_kp4.data());
            combine(x, m_kx1, m_kx2, m_kx3, m_kx4, m_next);
            combine(phi, m_kp1, m_kp2, m_kp3, m_kp4, m_phiNext);
        }
        x.swap(m_next);
        phi.swap(m_phiNext);
    }

    // State only (transient), with the same discretisation.
    void stepState(std::vector<double>& x)
    {
        if (!m_flow) {
            m_model.evaluate(x.data(), m_next.data());
        } else {
            const double h = m_dt;
            m_model.evaluate(x.data(), m_kx1.data());
            axpy(x, m_kx1, 0.5 * h, m_xs);
            m_model.evaluate(m_xs.data(), m_kx2.data());
            axpy(x, m_kx2, 0.5 * h, m_xs);
            m_model.evaluate(m_xs.data(), m_kx3.data());
            axpy(x, m_kx3, h, m_xs);
            m_model.evaluate(m_xs.data(), m_kx4.data());
            combine(x, m_kx1, m_kx2, m_kx3, m_kx4, m_next);
        }
        x.swap(m_next);
    }

private:
    static std::size_t sq(int n) { return static_cast<std::size_t>(n) * static_cast<std::size_t>(n); }

    void multiply(const double* phi, double* out) const
    {
        for (int j = 0; j < m_k; ++j)
            for (int i = 0; i < m_n; ++i) {
                double s = 0.0;
                const double* row = m_jac.data() + static_cast<std::size_t>(i) * static_cast<std::size_t>(m_n);
                const double* col = phi + static_cast<std::size_t>(j) * static_cast<std::size_t>(m_n);
                for (int l = 0; l < m_n; ++l)
                    s += row[l] * col[l];
                out[j * m_n + i] = s;
            }
    }
    void derivative(const double* x, const double* phi, double* dx, double* dphi)
    {
        m_model.evaluate(x, dx);
        m_model.jacobian(x, m_jac.data());
        multiply(phi, dphi);
    }
    static void axpy(const std::vector<double>& a, const std::vector<double>& d, double h, std::vector<double>& out)
    {
        for (std::size_t i = 0; i < a.size(); ++i)
            out[i] = a[i] + h * d[i];
    }
    void combine(const std::vector<double>& a, const std::vector<double>& k1, const std::vector<double>& k2,
                 const std::vector<double>& k3, const std::vector<double>& k4, std::vector<double>& out) const
    {
        const double c = m_dt / 6.0;
        for (std::size_t i = 0; i < a.size(); ++i)
            out[i] = a[i] + c * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i]);
    }

    const Model& m_model;
    int m_n, m_k;
    double m_dt;
    bool m_flow;
    std::vector<double> m_jac, m_next, m_phiNext;
    std::vector<double> m_kx1, m_kx2, m_kx3, m_kx4, m_xs, m_kp1, m_kp2, m_kp3, m_kp4, m_ps;
};

// Gram-Schmidt with one re-orthogonalisation pass (accurate to round-off for the small,
// nearly orthonormal sets met here). Adds log R_jj to logs; false if a vector degenerates.
bool orthonormalize(std::vector<double>& phi, int n, int k, std::vector<double>& logs)
{
    for (int j = 0; j < k; ++j) {
        double* v = phi.data() + static_cast<std::size_t>(j) * static_cast<std::size_t>(n);
        for (int pass = 0; pass < 2; ++pass)
            for (int i = 0; i < j; ++i) {
                const double* q = phi.data() + static_cast<std::size_t>(i) * static_cast<std::size_t>(n);
                double r = 0.0;
                for (int l = 0; l < n; ++l)
                    r += q[l] * v[l];
                for (int l = 0; l < n; ++l)
                    v[l] -= r * q[l];
            }
        double norm = 0.0;
        for (int l = 0; l < n; ++l)
            norm += v[l] * v[l];
        norm = std::sqrt(norm);
        if (!(norm > 0.0) || !std::isfinite(norm))
            return false;
        for (int l = 0; l < n; ++l)
            v[l] /= norm;
        logs[static_cast<std::size_t>(j)] += std::log(norm);
    }
    return true;
}

void validate(const Model& model, std::span<const double> initial, const LyapunovOptions& o)
{
    const std::string f = "Lyapunov exponents";
    const int n = model.dimension();
    if (o.exponents < 0 || o.exponents > n)
        throw InputError(ND_ENGINE_TEXT("%1: the number of exponents must be between 0 (all) and %2"),
                         {f, std::to_string(n)});
    if (o.transient < 0)
        throw InputError(ND_ENGINE_TEXT("%1: the transient must be >= 0"), {f});
    if (o.steps < 1)
        throw InputError(ND_ENGINE_TEXT("%1: the number of steps must be >= 1 (got %2)"),
                         {f, std::to_string(o.steps)});
    if (o.orthonormalizeEvery < 1)
        throw InputError(ND_ENGINE_TEXT("%1: the re-orthonormalisation interval must be >= 1"), {f});
    if (o.curvePoints < 0 || o.curvePoints > 1'000'000)
        throw InputError(ND_ENGINE_TEXT("%1: the convergence curve must have between 0 and 1000000 points"),
                         {f});
    if (!(o.escapeBound > 0.0))
        throw InputError(ND_ENGINE_TEXT("%1: the escape bound must be positive"), {f});
    validateStep(model, o.dt, f);
    if (initial.size() != static_cast<std::size_t>(n))
        throw InputError(ND_ENGINE_TEXT("%1: the initial state has %2 values but %3 has %4"),
                         {f, std::to_string(initial.size()), model.typeName(), std::to_string(n)});
    for (double v : initial)
        requireFinite(v, f + " initial state");
}

// The common engine: fills logs (sum of log R_jj), returns the accumulated time or a reason.
struct Run {
    enum class End { Completed, Escaped, Degenerate, Canceled };
    End end = End::Completed; // how the run ended, so no caller reads it off the reason text
    std::string reason;
    std::vector<double> logs;
    double time = 0.0;
    std::vector<double> state; // the orbit's last state (Completed runs only)
};

Run accumulate(const Model& model, std::span<const double> initial, const LyapunovOptions& o, int k,
               const Progress* cancel, Progress* report,
               const std::function<void(const std::vector<double>&, double)>& checkpoint, long checkpointEvery)
{
    const int n = model.dimension();
    const double timePerStep = model.timeKind() == TimeKind::Flow ? o.dt : 1.0;
    TangentStepper stepper(model, k, o.dt);
    std::vector<double> x(initial.begin(), initial.end());
    Run run;
    run.logs.assign(static_cast<std::size_t>(k), 0.0);
    auto escaped = [&](long step) {
        run.end = Run::End::Escaped;
        run.reason = "the orbit escaped at step " + std::to_string(step) + ": " + escapeReason(x, o.escapeBound);
        return run;
    };
    const long total = o.transient + o.steps;
    for (long s = 0; s < o.transient; ++s) {
        stepper.stepState(x);
        if (outOfBound(x.data(), n, o.escapeBound))
            return escaped(s + 1);
        if ((s & 0xfff) == 0xfff && cancel && cancel->isCanceled()) {
            run.end = Run::End::Canceled;
            run.reason = kCanceledReason;
            return run;
        }
    }
    std::vector<double> phi(static_cast<std::size_t>(n * k), 0.0);
    for (int j = 0; j < k; ++j)
        phi[static_cast<std::size_t>(j * n + j)] = 1.0;
    long sinceQr = 0;
    for (long s = 0; s < o.steps; ++s) {
        stepper.step(x, phi);
        if (outOfBound(x.data(), n, o.escapeBound))
            return escaped(o.transient + s + 1);
        if (++sinceQr == o.orthonormalizeEvery || s + 1 == o.steps) {
            sinceQr = 0;
            if (!orthonormalize(phi, n, k, run.logs)) {
                run.end = Run::End::Degenerate;
                run.reason = "a tangent vector became degenerate (zero or non-finite) at step " +
                             std::to_string(o.transient + s + 1) + "; the Jacobian is singular along the orbit";
                return run;
            }
            if (checkpoint && checkpointEvery > 0 && (s + 1) % checkpointEvery == 0)
                checkpoint(run.logs, static_cast<double>(s + 1) * timePerStep);
        }
        if ((s & 0xfff) == 0xfff) {
            if (cancel && cancel->isCanceled()) {
                run.end = Run::End::Canceled;
                run.reason = kCanceledReason;
                return run;
            }
            if (report)
                report->setProgress(static_cast<double>(o.transient + s + 1) / static_cast<double>(total));
        }
    }
    run.time = static_cast<double>(o.steps) * timePerStep;
    run.state = std::move(x);
    return run;
}

} // namespace

double kaplanYorkeDimension(const std::vector<double>& l, std::string& note)
{
    note.clear();
    if (l.empty() || l[0] < 0.0)
        return 0.0;
    double s = 0.0;
    std::size_t j = 0;
    while (j < l.size() && s + l[j] >= 0.0) {
        s += l[j];
        ++j;
    }
    if (j == l.size()) {
        note = "the sum of all computed exponents is >= 0: the dimension is at least their count";
        return static_cast<double>(j);
    }
    return static_cast<double>(j) + s / std::fabs(l[j]);
}

namespace {

const char* spectrumConventions(const Model& model)
{
    return model.timeKind() == TimeKind::Flow ? "natural log, per unit time (RK4 variational equations)"
                                              : "natural log, per iteration";
}

// lyapunovSpectrum after validation; `cancel` is polled, `report` told the fraction done, and
// `finalState` (when given) receives the orbit's last state of a completed run.
LyapunovResult spectrum(const Model& model, std::span<const double> initial, const LyapunovOptions& o,
                        const Progress* cancel, Progress* report, std::vector<double>* finalState)
{
    const int n = model.dimension();
    const int k = o.exponents == 0 ? n : o.exponents;
    LyapunovResult res;
    res.conventions = spectrumConventions(model);
    // Checkpoints fall on QR steps so the curve shows the estimates the QR method really has.
    const long q = o.orthonormalizeEvery;
    long every = 0;
    if (o.curvePoints > 0) {
        every = std::max<long>(q, (o.steps / o.curvePoints) / q * q);
        res.curveTime.reserve(static_cast<std::size_t>(o.steps / every + 1));
    }
    auto checkpoint = [&](const std::vector<double>& logs, double t) {
        res.curveTime.push_back(t);
        for (double v : logs)
            res.curve.push_back(v / t);
    };
    Run run = accumulate(model, initial, o, k, cancel, report, checkpoint, every);
    if (run.end != Run::End::Completed) {
        res.reason = run.reason;
        res.escaped = run.end == Run::End::Escaped;
        if (run.end == Run::End::Canceled)
            res.outcome = Outcome::Canceled;
        return res;
    }
    for (double v : run.logs)
        res.exponents.push_back(v / run.time);
    std::sort(res.exponents.begin(), res.exponents.end(), std::greater<>());
    res.sum = 0.0;
    for (double v : run.logs)
        res.sum += v;
    res.sum /= run.time; // from the logs directly: the sum of logs is the log-volume growth
    res.defined = true;
    res.kaplanYorke = kaplanYorkeDimension(res.exponents, res.kaplanYorkeNote);
    res.kaplanYorkeDefined = k == n || res.kaplanYorke < static_cast<double>(k);
    if (!res.kaplanYorkeDefined)
        res.kaplanYorkeNote = "not all exponents were computed and their sum is still >= 0";
    if (finalState)
        *finalState = std::move(run.state);
    return res;
}

LyapunovResult canceledRow()
{
    LyapunovResult r;
    r.reason = kCanceledReason;
    r.outcome = Outcome::Canceled;
    return r;
}

} // namespace

LyapunovResult lyapunovSpectrum(const Model& model, std::span<const double> initial, const LyapunovOptions& o,
                                Progress* progress)
{
    validate(model, initial, o);
    LyapunovResult res = spectrum(model, initial, o, progress, progress, nullptr);
    if (res.defined && progress)
        progress->setProgress(1.0);
    return res;
}

LyapunovAlongResult lyapunovAlong(const Model& model, std::span<const double> initial,
                                  const LyapunovOptions& options, int parameterIndex,
                                  std::span<const double> values, AlongStart start, int threads,
                                  Progress* progress)
{
    const std::string f = "Lyapunov spectrum along a parameter";
    validate(model, initial, options);
    if (parameterIndex < 0 || parameterIndex >= model.parameterCount())
        throw InputError(ND_ENGINE_TEXT("%1: parameter index %2 does not exist"),
                         {f, std::to_string(parameterIndex)});
    if (values.empty())
        throw InputError(ND_ENGINE_TEXT("%1: there are no parameter values"), {f});
    {
        // Every value is checked (finite, in the valid range) before any work starts.
        const std::unique_ptr<Model> probe = model.clone();
        for (double v : values)
            probe->setParameter(parameterIndex, v);
    }
    LyapunovOptions o = options;
    o.curvePoints = 0; // the rows keep the exponents only; the curve does not change them
    LyapunovAlongResult out;
    out.parameterIndex = parameterIndex;
    out.values.assign(values.begin(), values.end());
    out.exponents = o.exponents == 0 ? model.dimension() : o.exponents;
    out.start = start;
    out.conventions = std::string(spectrumConventions(model)) +
                      (start == AlongStart::Fixed
                           ? "; every parameter value starts from the same initial state"
                           : "; each parameter value starts from the previous value's final state "
                             "(follow; the first, and any after an undefined value, from the initial "
                             "state)");
    out.rows.assign(values.size(), canceledRow());

    // The per-value runs poll the caller's cancel but report nothing: the fraction is the
    // share of values done, which parallelFor (or the sequential loop) reports.
    struct CancelOnly : Progress {
        const Progress* source = nullptr;
        bool isCanceled() const override { return source && source->isCanceled(); }
    } cancel;
    cancel.source = progress;

    if (start == AlongStart::Fixed) {
        parallelFor(
            values.size(), threads,
            [&](std::size_t i) {
                const std::unique_ptr<Model> m = model.clone();
                m->setParameter(parameterIndex, values[i]);
                out.rows[i] = spectrum(*m, initial, o, &cancel, nullptr, nullptr);
            },
            progress);
    } else {
        const std::unique_ptr<Model> m = model.clone();
        std::vector<double> state(initial.begin(), initial.end()), next;
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (cancel.isCanceled())
                break;
            m->setParameter(parameterIndex, values[i]);
            next.clear();
            out.rows[i] = spectrum(*m, state, o, &cancel, nullptr, &next);
            if (out.rows[i].defined)
                state = std::move(next);
            else
                state.assign(initial.begin(), initial.end());
            if (progress)
                progress->setProgress(static_cast<double>(i + 1) / static_cast<double>(values.size()));
        }
    }
    for (const LyapunovResult& r : out.rows)
        if (r.outcome == Outcome::Canceled)
            out.outcome = Outcome::Canceled;
    return out;
}

ScanValue largestLyapunov(const Model& model, std::span<const double> initial, const LyapunovOptions& o,
                             const Progress* cancel)
{
    validate(model, initial, o);
    Run run = accumulate(model, initial, o, 1, cancel, nullptr, {}, 0);
    switch (run.end) {
    case Run::End::Completed:
        break;
    case Run::End::Escaped:
        return ScanValue::escape(run.reason);
    case Run::End::Degenerate:
        return ScanValue::undefined(run.reason);
    case Run::End::Canceled:
        return ScanValue::canceled();
    }
    return ScanValue::of(run.logs[0] / run.time);
}

std::vector<ScanValue> largestLyapunovChialvo(std::span<const ChialvoParameters> cells,
                                              std::span<const double> initial, const LyapunovOptions& o,
                                              const Progress* cancel)
{
    validate(ChialvoMap(), initial, o);
    std::vector<lyapunov_lanes::LaneResult> lanes(cells.size());
    const lyapunov_lanes::Settings s{o.transient, o.steps, o.orthonormalizeEvery, o.escapeBound};
    lyapunov_lanes::largestChialvo(cells.data(), static_cast<int>(cells.size()), initial[0], initial[1], s,
                                   cancel, lanes.data());
    // The scalar path's messages (accumulate), word for word.
    std::vector<ScanValue> out;
    out.reserve(cells.size());
    for (const auto& r : lanes) {
        switch (r.end) {
        case lyapunov_lanes::End::Done:
            out.push_back(ScanValue::of(r.logSum / (static_cast<double>(o.steps) * 1.0)));
            break;
        case lyapunov_lanes::End::Escaped:
            out.push_back(ScanValue::escape("the orbit escaped at step " + std::to_string(r.step) + ": " +
                                            escapeReason(std::vector<double>{r.x, r.y}, o.escapeBound)));
            break;
        case lyapunov_lanes::End::Degenerate:
            out.push_back(
                ScanValue::undefined("a tangent vector became degenerate (zero or non-finite) at step " +
                                     std::to_string(r.step) + "; the Jacobian is singular along the orbit"));
            break;
        case lyapunov_lanes::End::Canceled:
            out.push_back(ScanValue::canceled());
            break;
        }
    }
    return out;
}

} // namespace nd
