// Period detection: the smallest p <= pMax such that |u[n+p] - u[n]| < tolerance (max norm
// over the whole state) for every n of a post-transient window; otherwise aperiodic
// (chaotic or quasi-periodic at this resolution), or escaped. Pure functions; any thread.
#pragma once

#include "analysis/analysiscommon.h"
#include "common/outcome.h"
#include "model/model.h"

#include <span>
#include <string>

namespace nd {

class Progress;

// What counts as a period: the window compared, the largest period sought and the tolerance.
// Apart from the iteration (PeriodOptions), so a parameter scan, which iterates every measure
// alike, can hold these as they are.
struct PeriodCriteria {
    long window = 0; // iterations compared; 0 means 4 * maxPeriod
    int maxPeriod = 64;
    double tolerance = 1e-6; // absolute, on every state component

    bool operator==(const PeriodCriteria&) const = default;
};

struct PeriodOptions : PeriodCriteria {
    long transient = 10000; // iterations discarded first
    double escapeBound = 1e8;
    double dt = 0.01; // flows only: RK4 step (one iteration)

    bool operator==(const PeriodOptions&) const = default;
};

struct PeriodResult {
    enum class Kind { Periodic, Aperiodic, Escaped };
    Kind kind = Kind::Aperiodic;
    int period = 0;     // >= 1 when periodic
    long escapeStep = -1;
    std::string reason; // why aperiodic or escaped; empty when periodic
    Outcome outcome = Outcome::Completed; // Canceled: kind and period mean nothing
};

// Throws InputError for bad options (maxPeriod < 1, negative counts, tolerance <= 0, a
// window shorter than 2 * maxPeriod).
void validatePeriodOptions(const PeriodOptions& options);

// Period of a recorded series of `count` states of `dim` components (row-major).
PeriodResult detectPeriod(std::span<const double> states, int dim, int maxPeriod, double tolerance);

// Iterates the model from `initial` (transient, then window) and detects the period.
PeriodResult periodOf(const Model& model, std::span<const double> initial, const PeriodOptions& options,
                      const Progress* cancel = nullptr);

// The period as a scan value: defined for periodic orbits, undefined ("aperiodic ...") or
// escaped otherwise.
ScanValue toScanValue(const PeriodResult& result);

} // namespace nd
