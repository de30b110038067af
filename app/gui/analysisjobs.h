// The work function behind the trajectory views, run by JobRunner on a worker thread, and the
// chunk it delivers. The computation is app/compute's (the same the CLI runs), for maps and flows.
// Each takes copies of its inputs (the study), so it shares nothing with the GUI thread.
// Any thread.
#pragma once

#include "gui/jobrunner.h"
#include "study/study.h"

#include <memory>

namespace nd {

struct TrajectoryChunk : JobChunk {
    Trajectory trajectory;
};

JobRunner::Work trajectoryJob(const Study& study);

} // namespace nd
