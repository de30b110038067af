// The AKOrN run of a study (analyses.akorn, study/akornsection.h): the study's model from its
// initial state for the section's T steps (core/oscillators/akornrun.h), for the GUI's AKOrN view
// and `neurodyn-cli run`. Any thread; the study is copied by the caller.
#pragma once

#include "oscillators/akornrun.h"
#include "study/study.h"

namespace nd {
class Progress;
}

namespace nd::compute {

struct AkornComputation {
    AkornViewSettings settings;
    std::string modelType;
    AkornRunResult result;
};

// Throws InputError (prefixed "analyses.akorn") when the study has no such section or the
// engine refuses its settings.
AkornComputation akorn(const Study& study, Progress* progress = nullptr);

} // namespace nd::compute
