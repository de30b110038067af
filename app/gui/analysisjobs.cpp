#include "gui/analysisjobs.h"

#include "compute/computecommon.h"

namespace nd {

JobRunner::Work trajectoryJob(const Study& study)
{
    return [study](JobContext& context) {
        auto chunk = std::make_shared<TrajectoryChunk>();
        chunk->trajectory = compute::studyTrajectory(study, &context);
        if (!context.isCanceled())
            context.deliver(std::move(chunk));
    };
}

} // namespace nd
