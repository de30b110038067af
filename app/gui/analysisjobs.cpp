#include "gui/analysisjobs.h"

#include "common/errors.h"
#include "common/parallel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace nd {

namespace {

constexpr int kColumnsPerTile = 8;
constexpr int kPilotColumns = 16;

// Iterates one column; returns false when the orbit escaped before all samples were taken.
template <class Sink>
bool iterateColumn(const Model& model, std::vector<double> x, long transient, long samples, int variable,
                   double bound, Sink&& sink, const Progress& progress)
{
    std::vector<double> next(x.size());
    const long total = transient + samples;
    for (long n = 0; n < total; ++n) {
        // Poll now and then: a cancel must not wait for a whole long column.
        if ((n & 0xffff) == 0 && progress.isCanceled())
            return false;
        model.evaluate(x.data(), next.data());
        x.swap(next);
        const double v = x[static_cast<std::size_t>(variable)];
        if (!std::isfinite(v) || std::fabs(v) > bound)
            return false;
        if (n >= transient)
            sink(v);
    }
    return true;
}

double columnParameter(const QRectF& window, int columns, int c)
{
    return window.left() + (c + 0.5) * window.width() / columns;
}

} // namespace

QRectF orbitParameterRange(const Model& model, const OrbitDiagramSettings& s)
{
    int p = model.parameterIndex(s.parameter);
    if (p < 0)
        p = 0;
    const ParameterSpec& spec = model.parameterSpecs()[static_cast<std::size_t>(p)];
    double from = s.from, to = s.to;
    if (!(to > from)) {
        from = spec.typicalMinimum;
        to = spec.typicalMaximum;
    }
    from = std::max(from, spec.minimum);
    to = std::min(to, spec.maximum);
    return QRectF(QPointF(from, s.valueMin), QPointF(to, s.valueMax));
}

JobRunner::Work trajectoryJob(const Study& study)
{
    return [study](JobContext& context) {
        const auto model = study.createModel();
        if (model->timeKind() != TimeKind::Map)
            throw InputError(QCoreApplication::translate("Analysis", "this view needs a map model")
                                 .toStdString());
        auto chunk = std::make_shared<TrajectoryChunk>();
        chunk->trajectory = simulateMap(*model, study.initialState, study.simulation, &context);
        if (!context.isCanceled())
            context.deliver(std::move(chunk));
    };
}

JobRunner::Work orbitDiagramJob(const Study& study, int threads)
{
    return [study, threads](JobContext& context) {
        const auto prototype = study.createModel();
        if (prototype->timeKind() != TimeKind::Map)
            throw InputError(QCoreApplication::translate("Analysis", "orbit diagrams need a map model")
                                 .toStdString());
        const OrbitDiagramSettings& s = study.orbitDiagram;
        const int p = std::max(prototype->parameterIndex(s.parameter), 0);
        const int variable = std::clamp(s.variable, 0, prototype->dimension() - 1);
        const double bound = study.simulation.escapeBound;
        QRectF window = orbitParameterRange(*prototype, s);
        if (!(window.width() > 0.0))
            throw InputError(QCoreApplication::translate("Analysis", "the parameter range is empty").toStdString());

        if (!(s.valueMax > s.valueMin)) {
            // Automatic value range: a pilot run over a few columns.
            double lo = std::numeric_limits<double>::infinity(), hi = -lo;
            auto model = prototype->clone();
            for (int c = 0; c < kPilotColumns && !context.isCanceled(); ++c) {
                model->setParameter(p, columnParameter(window, kPilotColumns, c));
                iterateColumn(*model, study.initialState, s.transient, std::min(s.samples, 500L), variable, bound,
                              [&](double v) { lo = std::min(lo, v); hi = std::max(hi, v); }, context);
            }
            if (!(hi > lo)) {
                lo = std::isfinite(lo) ? lo - 1.0 : -1.0;
                hi = std::isfinite(hi) ? hi + 1.0 : 1.0;
            }
            const double pad = 0.05 * (hi - lo);
            window.setTop(lo - pad);
            window.setBottom(hi + pad);
        }

        const int columns = s.columns, bins = s.bins;
        const int tiles = (columns + kColumnsPerTile - 1) / kColumnsPerTile;
        parallelFor(static_cast<std::size_t>(tiles), threads, [&](std::size_t tile) {
            auto model = prototype->clone();
            auto chunk = std::make_shared<OrbitColumnsChunk>();
            chunk->window = window;
            chunk->columns = columns;
            chunk->bins = bins;
            chunk->firstColumn = static_cast<int>(tile) * kColumnsPerTile;
            const int end = std::min(columns, chunk->firstColumn + kColumnsPerTile);
            const double binHeight = window.height() / bins;
            for (int c = chunk->firstColumn; c < end; ++c) {
                model->setParameter(p, columnParameter(window, columns, c));
                std::vector<double> counts(static_cast<std::size_t>(bins), 0.0);
                const bool complete = iterateColumn(*model, study.initialState, s.transient, s.samples, variable, bound,
                    [&](double v) {
                        const double b = std::floor((v - window.top()) / binHeight);
                        if (b >= 0 && b < bins)
                            counts[static_cast<std::size_t>(b)] += 1.0;
                    }, context);
                if (context.isCanceled())
                    return;
                if (!complete)
                    ++chunk->escapedColumns;
                // Tone mapping: log(1 + n), normalised per column, so rare excursions stay visible.
                double top = 0.0;
                for (double& n : counts) {
                    n = std::log1p(n);
                    top = std::max(top, n);
                }
                if (top > 0.0)
                    for (double& n : counts)
                        n /= top;
                chunk->density.push_back(std::move(counts));
            }
            context.deliver(std::move(chunk));
        }, &context);
    };
}

} // namespace nd
