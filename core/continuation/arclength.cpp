#include "continuation/arclength.h"

#include "common/outcome.h"
#include "common/progress.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace nd {

namespace {

class Engine {
public:
    Engine(ArclengthProblem& problem, const ArclengthSettings& settings)
        : m_problem(problem), m_settings(settings)
    {
    }

    // Newton on [H(y); c . (y - anchor)] = 0 from y. On success y is on the curve and m_jac holds
    // the Jacobian there.
    bool correct(Eigen::VectorXd& y, const Eigen::VectorXd& c, const Eigen::VectorXd& anchor, int& iterations)
    {
        const Eigen::Index n = y.size();
        Eigen::VectorXd r;
        Eigen::MatrixXd m(n, n);
        Eigen::VectorXd rhs(n);
        double previous = INFINITY;
        for (iterations = 1; iterations <= m_settings.maxNewtonIterations; ++iterations) {
            if (!m_problem.evaluate(y, r, &m_jac, m_why))
                return false;
            m.topRows(n - 1) = m_jac;
            m.row(n - 1) = c.transpose();
            rhs.head(n - 1) = -r;
            rhs(n - 1) = -c.dot(y - anchor);
            const Eigen::VectorXd dy = m.partialPivLu().solve(rhs);
            if (!dy.allFinite()) {
                m_why = {PointFailure::Kind::Other, "singular corrector system"};
                return false;
            }
            y += dy;
            const double size = dy.lpNorm<Eigen::Infinity>();
            if (size < m_settings.tolerance * (1.0 + y.lpNorm<Eigen::Infinity>())) {
                if (!m_problem.evaluate(y, r, &m_jac, m_why))
                    return false;
                if (r.lpNorm<Eigen::Infinity>() < 1e3 * m_settings.tolerance)
                    return true;
            }
            if (iterations > 2 && size > 2.0 * previous) {
                std::ostringstream os;
                os << "Newton diverged (update " << size << " after " << iterations << " iterations)";
                m_why = {PointFailure::Kind::Other, os.str()};
                return false;
            }
            previous = size;
        }
        std::ostringstream os;
        os << "Newton did not converge in " << m_settings.maxNewtonIterations << " iterations (residual "
           << r.lpNorm<Eigen::Infinity>() << ")";
        m_why = {PointFailure::Kind::Other, os.str()};
        return false;
    }

    // Unit tangent at the current m_jac, oriented along `previous`.
    Eigen::VectorXd tangent(const Eigen::VectorXd& previous) const
    {
        const Eigen::Index n = previous.size();
        Eigen::MatrixXd m(n, n);
        m.topRows(n - 1) = m_jac;
        m.row(n - 1) = previous.transpose();
        Eigen::VectorXd e = Eigen::VectorXd::Zero(n);
        e(n - 1) = 1.0;
        Eigen::VectorXd t = m.partialPivLu().solve(e);
        return t / t.norm();
    }

    // Null vector of m_jac by QR of its transpose, for the first point.
    Eigen::VectorXd nullVector() const
    {
        const Eigen::MatrixXd jt = m_jac.transpose();
        Eigen::HouseholderQR<Eigen::MatrixXd> qr(jt);
        const Eigen::MatrixXd q = qr.householderQ();
        return q.col(q.cols() - 1);
    }

    ArclengthProblem& m_problem;
    const ArclengthSettings& m_settings;
    Eigen::MatrixXd m_jac;
    PointFailure m_why;
};

struct Located {
    double s;
    int index;
    Eigen::VectorXd y;
    double value;
};

} // namespace

void runArclength(ArclengthProblem& problem, const ArclengthStart& start, const ArclengthSettings& settings,
                  Branch& branch, Progress* progress)
{
    Engine engine(problem, settings);
    const int count = problem.testFunctionCount();
    auto stop = [&](StopReason reason, std::string message) {
        branch.stopReason = reason;
        branch.stopMessage = std::move(message);
    };

    Eigen::VectorXd y = start.guess;
    int iterations = 0;
    Eigen::VectorXd constraint = start.constraint;
    if (constraint.size() == 0) {
        Eigen::VectorXd r;
        if (!problem.evaluate(y, r, &engine.m_jac, engine.m_why)) {
            stop(StopReason::NonFinite, "start point: " + engine.m_why.message);
            return;
        }
        constraint = engine.nullVector();
    }
    if (!engine.correct(y, constraint, start.guess, iterations)) {
        const bool finite = engine.m_why.kind != PointFailure::Kind::NonFinite;
        stop(finite ? StopReason::NewtonDiverged : StopReason::NonFinite,
             "start point could not be corrected onto the branch: " + engine.m_why.message);
        return;
    }
    if (auto out = problem.outOfRange(y)) {
        stop(out->first, "start point: " + out->second);
        return;
    }
    Eigen::VectorXd t = engine.nullVector();
    const bool useFallback = std::fabs(t.dot(start.orientation)) < 1e-6 && start.fallback.size() == t.size();
    if (t.dot(useFallback ? start.fallback : start.orientation) < 0)
        t = -t;

    std::vector<double> psi(static_cast<std::size_t>(count)), psiNew(psi.size());
    problem.accept(y);
    bool haveTests = problem.testFunctions(y, t, engine.m_jac, psi);
    branch.points.push_back(problem.makePoint(y));
    const Eigen::VectorXd first = y;

    double h = settings.initialStep;
    while (true) {
        if (static_cast<int>(branch.points.size()) >= settings.maxPoints) {
            stop(StopReason::MaxPoints,
                 "reached the maximum of " + std::to_string(settings.maxPoints) + " points");
            return;
        }
        if (progress) {
            if (progress->isCanceled()) {
                stop(StopReason::Canceled, kCanceledReason);
                return;
            }
            progress->setProgress(double(branch.points.size()) / settings.maxPoints);
        }
        Eigen::VectorXd next = y + h * t;
        bool ok = engine.correct(next, t, y + h * t, iterations);
        Eigen::VectorXd tNext;
        if (ok) {
            tNext = engine.tangent(t);
            // A large turn of the tangent means the corrector jumped to another branch.
            if (!tNext.allFinite() || tNext.dot(t) < 0.9) {
                ok = false;
                engine.m_why = {PointFailure::Kind::Other, "tangent turned too sharply"};
            }
        }
        if (!ok) {
            h *= 0.5;
            if (h < settings.minStep) {
                const bool model = engine.m_why.kind == PointFailure::Kind::OutsideModel;
                std::ostringstream os;
                os << "step size fell below the minimum " << settings.minStep
                   << "; last failure: " << engine.m_why.message;
                stop(model ? StopReason::ModelRange : StopReason::StepUnderflow, os.str());
                return;
            }
            continue;
        }
        if (auto out = problem.outOfRange(next)) {
            stop(out->first, out->second);
            return;
        }
        const Eigen::MatrixXd jacNext = engine.m_jac;
        const bool haveNew = problem.testFunctions(next, tNext, jacNext, psiNew);

        // Locate zeros of the test functions between y (s = 0) and next (s = h).
        std::vector<Located> located;
        if (settings.locate && haveTests && haveNew) {
            for (int i = 0; i < count; ++i) {
                const auto k = static_cast<std::size_t>(i);
                if (!(psi[k] * psiNew[k] < 0.0))
                    continue;
                double sa = 0.0, fa = psi[k], sb = h, fb = psiNew[k];
                Eigen::VectorXd best = next;
                double bestValue = fb, bestS = sb;
                std::vector<double> values(psi.size());
                for (int it = 0; it < 80 && std::fabs(sb - sa) > 1e-15 * (1.0 + h); ++it) {
                    const double sc = (sa * fb - sb * fa) / (fb - fa);
                    Eigen::VectorXd yc = y + sc * t;
                    int its = 0;
                    // A failure this close to the zero (e.g. another test function's pole sits
                    // exactly there) ends the search; the best point so far is judged below.
                    if (!engine.correct(yc, t, y + sc * t, its))
                        break;
                    const Eigen::VectorXd tc = engine.tangent(t);
                    if (!problem.testFunctions(yc, tc, engine.m_jac, values))
                        break;
                    const double fc = values[k];
                    if (std::fabs(fc) < std::fabs(bestValue)) {
                        best = yc;
                        bestValue = fc;
                        bestS = sc;
                    }
                    if (fc == 0.0)
                        break;
                    if (fc * fb < 0.0) {
                        sa = sb;
                        fa = fb;
                    } else {
                        fa *= 0.5; // Illinois: halve the stale end so the bracket shrinks from both sides
                    }
                    sb = sc;
                    fb = fc;
                }
                // A sign change through a pole (not a zero) leaves a large value: not a bifurcation.
                const double scale = std::max(std::fabs(psi[k]), std::fabs(psiNew[k]));
                if (std::fabs(bestValue) > 1e-3 * scale)
                    continue;
                located.push_back({bestS, i, best, bestValue});
            }
        }
        std::sort(located.begin(), located.end(),
                  [](const Located& a, const Located& b) { return a.s < b.s; });
        for (const auto& l : located) {
            const BranchPoint point = problem.makePoint(l.y);
            if (auto sp = problem.classify(l.index, l.y, point)) {
                sp->point = point;
                sp->pointIndex = branch.points.size();
                sp->testValue = std::fabs(l.value);
                branch.points.push_back(point);
                branch.specialPoints.push_back(std::move(*sp));
            }
        }

        branch.points.push_back(problem.makePoint(next));
        y = next;
        t = tNext;
        problem.accept(y);
        // Borders may have changed: the reference values must come from the same borders.
        if (problem.acceptChangesTests()) {
            haveTests = problem.testFunctions(y, t, jacNext, psi);
        } else {
            psi.swap(psiNew);
            haveTests = haveNew;
        }

        if (branch.points.size() > 10 && (y - first).norm() < 0.5 * h) {
            stop(StopReason::ClosedLoop, "the branch returned to its first point (closed curve)");
            return;
        }
        if (iterations <= 3)
            h = std::min(h * 1.3, settings.maxStep);
        else if (iterations >= 6)
            h = std::max(h * 0.7, settings.minStep);
    }
}

} // namespace nd
