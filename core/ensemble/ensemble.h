// Ensembles: many parameter sets (or initial conditions) of one model iterated in lockstep,
// stored as structure of arrays so the inner loop over members vectorises. This is the kernel
// under orbit diagrams and parameter scans. Any thread may call the run functions; they split
// the members into blocks run in parallel with nd::parallelFor, and every member's result is
// independent of the block it lands in, so results are identical for any thread count.
//
// Exactness: ExpMode::Exact calls std::exp and performs every operation in the same order as
// the scalar Model path (ChialvoMap / MapNetwork::evaluate), so results equal one-at-a-time
// simulateMap bit for bit. ExpMode::Fast uses nd::fastExp (within 2 ulp of std::exp, see
// vectormath.h) and vectorises; on chaotic orbits it departs from the scalar path after a few
// dozen steps, like any change of rounding.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace nd {

class Progress;

enum class ExpMode { Exact, Fast };

struct EnsembleSchedule {
    long transient = 0;       // steps discarded before the first sample
    long samples = 1;         // recorded values per member (the first is the post-transient state)
    long stride = 1;          // steps between two samples
    double escapeBound = 1e8; // a state component beyond it (or non-finite) counts as escape
    ExpMode exp = ExpMode::Fast;
    int threads = 0;          // <= 0: defaultThreadCount()
    std::size_t block = 64;   // members per task
};

struct EnsembleResult {
    std::size_t members = 0;
    long samples = 0;
    // members x samples, member-major. For an escaped member only the first validSamples(m)
    // entries are results; the rest are 0 and must not be plotted.
    std::vector<double> values;
    // Step at which member m escaped (as simulateMap counts: 0 = initial state), -1 if never.
    std::vector<long> escapeStep;
    long transient = 0;
    long stride = 1;
    bool canceled = false; // a Progress reported cancellation: the values are incomplete

    double at(std::size_t member, long sample) const
    {
        return values[member * static_cast<std::size_t>(samples) + static_cast<std::size_t>(sample)];
    }
    bool escaped(std::size_t member) const { return escapeStep[member] >= 0; }
    long validSamples(std::size_t member) const;
};

// Throws InputError for negative or zero counts, a non-positive bound or block, or a result
// that would not fit in memory.
void validateSchedule(const EnsembleSchedule& s, std::size_t members);

} // namespace nd
