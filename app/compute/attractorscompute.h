// The attractor atlas of a study (analyses.attractors, core/analysis/attractors.h): at the study's
// parameter values, or followed along one parameter. Along a parameter the work splits into
// independent columns (other processes: attractorColumns), merged by assembleAttractors, which
// equals attractors() exactly whatever the split. Any thread (the engine runs its own workers).
#pragma once

#include "study/study.h"

#include "analysis/attractors.h"

#include <vector>

namespace nd {
class Progress;
}

namespace nd::compute {

struct AttractorsComputation {
    AttractorContinuationRequest request; // request.search is the one-value request too
    bool along = false;
    AttractorResult result;             // without along: the attractors at the study's values
    AttractorContinuation continuation; // with along
    bool canceled = false;
};

// The engine's requests from the study (escape bound and flow step from the study). Throw
// InputError naming analyses.attractors when the study has none or the engine refuses it.
AttractorRequest attractorRequest(const Study& study, const Model& model);
AttractorContinuationRequest attractorContinuationRequest(const Study& study, const Model& model);

AttractorsComputation attractors(const Study& study, int threads, Progress* progress = nullptr);

// Along a parameter: the columns [begin, end) of the axis; assembleAttractors merges all of them
// (in order, axis.count in all).
std::vector<AttractorColumn> attractorColumns(const Study& study, int begin, int end, int threads,
                                              Progress* progress = nullptr);
AttractorsComputation assembleAttractors(const Study& study, std::vector<AttractorColumn> columns, int threads,
                                         Progress* progress = nullptr);

} // namespace nd::compute
