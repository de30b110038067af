#include "analysis/scanunit.h"

#include "analysis/scanmeasures.h"

namespace nd {

std::string scanUnitFor(const ScanMeasure& measure, TimeKind time)
{
    const bool map = time == TimeKind::Map;
    if (dynamic_cast<const LargestLyapunovMeasure*>(&measure))
        return map ? "per iteration" : "per unit time";
    if (dynamic_cast<const SpikeRateMeasure*>(&measure))
        return map ? "spikes per iteration" : "spikes per unit time";
    return measure.unit();
}

} // namespace nd
