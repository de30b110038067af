// The unit of a scan measure as a plot shows it for one model: "per iteration" for a map where
// the measure's unit() names maps and flows alike (it stays so in result files, which describe
// the measure). Any thread.
#pragma once

#include "model/model.h"

#include <string>

namespace nd {

class ScanMeasure;

std::string scanUnitFor(const ScanMeasure& measure, TimeKind time);

} // namespace nd
