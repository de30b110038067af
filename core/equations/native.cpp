// Placeholder until the compiled backend lands (issue 18, branch jit18): every typed model runs
// on the interpreter.
#include "equations/native.h"

namespace nd::eq {

std::shared_ptr<const NativeKernels> compileNative(const CompiledModel& /*model*/, std::string* whyNot)
{
    if (whyNot)
        *whyNot = "the compiled backend is not built yet";
    return nullptr;
}

} // namespace nd::eq
