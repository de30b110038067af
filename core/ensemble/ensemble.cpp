#include "ensemble/ensemble.h"

#include "common/errors.h"

namespace nd {

long EnsembleResult::validSamples(std::size_t member) const
{
    const long e = escapeStep[member];
    if (e < 0)
        return samples;
    if (e <= transient)
        return 0;
    // Samples are at steps transient + s * stride; those strictly before the escape are valid.
    const long v = (e - transient - 1) / stride + 1;
    return v < samples ? v : samples;
}

void validateSchedule(const EnsembleSchedule& s, std::size_t members)
{
    if (members == 0)
        throw InputError("an ensemble needs at least one member");
    if (s.transient < 0)
        throw InputError("transient must be >= 0 (got " + std::to_string(s.transient) + ")");
    if (s.samples < 1)
        throw InputError("the number of samples must be >= 1 (got " + std::to_string(s.samples) + ")");
    if (s.stride < 1)
        throw InputError("stride must be >= 1 (got " + std::to_string(s.stride) + ")");
    if (!(s.escapeBound > 0.0))
        throw InputError("escape bound must be positive");
    if (s.block == 0)
        throw InputError("ensemble block size must be >= 1");
    if (static_cast<double>(members) * static_cast<double>(s.samples) > 2e8)
        throw InputError("an ensemble of " + std::to_string(members) + " members x " + std::to_string(s.samples) +
                         " samples needs too much memory; reduce the samples or the members");
}

} // namespace nd
