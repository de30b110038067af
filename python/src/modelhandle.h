// The C++ side of the Python class neurodyn.Model (registered in models.cpp): a Study that
// carries only the model part (type, structural settings, parameter values and links, typed
// definition through its settings, initial state, simulation and flow settings) and the model
// built from it. Analyses (analyses.cpp) and Study.from_model (study.cpp) start from
// `study` and add their section, so a Model and a study file describe a model the same way.
// Immutable after construction (with_params makes a new one), so any thread may read it.
#pragma once

#include "study/study.h"

#include <memory>

namespace nd::python {

struct ModelHandle {
    Study study;                        // model part only: study.analyses is empty
    std::shared_ptr<const Model> model; // study.createModel(), built once
};

} // namespace nd::python
