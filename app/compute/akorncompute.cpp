#include "compute/akorncompute.h"

#include "compute/computecommon.h"

namespace nd::compute {

AkornComputation akorn(const Study& study, Progress* progress)
{
    const AkornViewSettings& s = sectionOf(study.analyses.akorn, "akorn");
    return inSection("akorn", [&] {
        const auto model = study.createModel();
        AkornComputation out;
        out.settings = s;
        out.modelType = model->typeName();
        out.result = runAkorn(*model, study.initialState, s, progress);
        return out;
    });
}

} // namespace nd::compute
