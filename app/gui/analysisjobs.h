// The work functions behind the views, run by JobRunner on worker threads, and the chunks
// they deliver. The computations are app/compute's (the same the CLI runs), for maps and flows.
// Each takes copies of its inputs (the study), so it shares nothing with the GUI thread.
// Any thread.
#pragma once

#include "gui/jobrunner.h"
#include "study/study.h"

#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

namespace nd {

struct TrajectoryChunk : JobChunk {
    Trajectory trajectory;
};

// A tile of finished orbit-diagram columns.
struct OrbitColumnsChunk : JobChunk {
    QRectF window;       // parameter range (x) and value range (y) of the whole diagram
    int columns = 0;     // of the whole diagram
    int bins = 0;
    int firstColumn = 0; // this tile
    std::vector<std::vector<double>> density; // per column, bins values in [0, 1]
    int escapedColumns = 0;
};

JobRunner::Work trajectoryJob(const Study& study);
// threads: worker threads for the columns (<= 0: the engine default).
JobRunner::Work orbitDiagramJob(const Study& study, int threads);

} // namespace nd
