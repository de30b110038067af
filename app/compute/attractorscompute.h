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

// ---- The orbit diagram coloured by attractor (the GUI's dock and `run`'s attractors-orbits) ----

// The state variable the diagram shows: the study's orbit diagram's, when it has one of a state
// variable (the two diagrams then compare directly), else the grid's x variable, else the first.
int attractorDiagramVariable(const Study& study, const Model& model);

// One point of an attractor's representative orbit at one parameter value.
struct AttractorOrbitSample {
    int column = 0; // index of the parameter value
    double parameter = 0.0;
    int id = 0; // global id along the parameter
    double value = 0.0;
};

// Along a parameter: per value, per attractor (in the column's order), the chosen variable of the
// first min(maxPoints, orbitLength) states of its representative orbit (consecutive states, not
// a stride: a stride could alias with a cycle's period and show one of its points only), an
// oscillator's angle wrapped to (-pi, pi]. Empty without a parameter axis.
std::vector<AttractorOrbitSample> attractorOrbitSamples(const AttractorsComputation& computation,
                                                        const Model& model, int variable,
                                                        int maxPoints = 200);

} // namespace nd::compute
