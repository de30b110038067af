#include "gui/analysisjobs.h"

#include "compute/computecommon.h"
#include "compute/orbitcompute.h"

#include "common/errors.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>

namespace nd {

namespace {

constexpr int kPilotColumns = 16;

} // namespace

JobRunner::Work trajectoryJob(const Study& study)
{
    return [study](JobContext& context) {
        auto chunk = std::make_shared<TrajectoryChunk>();
        chunk->trajectory = compute::studyTrajectory(study, &context);
        if (!context.isCanceled())
            context.deliver(std::move(chunk));
    };
}

JobRunner::Work orbitDiagramJob(const Study& study, int threads)
{
    return [study, threads](JobContext& context) {
        Study s = study;
        const auto model = s.createModel();
        OrbitDiagramSettings& d = s.orbitDiagram;
        const ParameterAxis axis = compute::orbitParameterAxis(*model, d);
        QRectF window(QPointF(axis.from, d.valueMin), QPointF(axis.to, d.valueMax));
        if (!(window.width() > 0.0))
            throw InputError(
                QCoreApplication::translate("Analysis", "the parameter range is empty").toStdString());
        d.parameter = axis.parameter;
        d.from = window.left();
        d.to = window.right();
        d.keepPoints = false;
        if (!(d.valueMax > d.valueMin)) {
            // Automatic value range: a pilot diagram over a few columns, so the full one can
            // stream fixed-range tiles while it runs.
            Study pilot = s;
            pilot.orbitDiagram.columns = kPilotColumns;
            pilot.orbitDiagram.samples = std::min(d.samples, 500L);
            const compute::OrbitDiagramResult r =
                compute::orbitDiagram(pilot, threads, &context, {}, compute::OrbitArithmetic::Fast);
            if (context.isCanceled())
                return;
            double lo = r.diagram.rangeMin, hi = r.diagram.rangeMax;
            if (!(hi - lo > 1e-9)) {
                lo -= 1.0;
                hi += 1.0;
            }
            const double pad = 0.05 * (hi - lo);
            window.setTop(lo - pad);
            window.setBottom(hi + pad);
        }
        d.valueMin = window.top();
        d.valueMax = window.bottom();
        const int columns = d.columns, bins = d.bins;
        compute::orbitDiagram(s, threads, &context, [&](const OrbitDiagramTile& tile) {
            auto chunk = std::make_shared<OrbitColumnsChunk>();
            chunk->window = window;
            chunk->columns = columns;
            chunk->bins = bins;
            chunk->firstColumn = tile.firstColumn;
            // The engine's tone of each column (log(1 + n), normalised per column, 0 when escaped).
            for (int c = 0; c < tile.columnCount; ++c) {
                chunk->escapedColumns += tile.status[static_cast<std::size_t>(c)].escaped() ? 1 : 0;
                const auto first = tile.tone.begin() + static_cast<long>(c) * bins;
                chunk->density.emplace_back(first, first + bins);
            }
            context.deliver(std::move(chunk));
        }, compute::OrbitArithmetic::Fast);
    };
}

} // namespace nd
