// The structural settings of the AKOrN model (akorn.h) parsed into plain arrays: the coupling
// pattern W (built-in or explicit, sparse or dense, scalar or n x n block per pair), per-unit
// natural frequencies or frequency matrices, and per-unit stimulus vectors. Pure functions; any
// thread.
#pragma once

#include "model/model.h"

#include <vector>

namespace nd {

enum class AkornTopology { None, AllToAll, Ring, Explicit };

struct AkornStructure {
    int units = 1;
    int n = 2;
    AkornTopology topology = AkornTopology::AllToAll;
    // Explicit W in compressed rows (row = receiving unit i, columns j ascending); block < 0:
    // the entry is scalar * I, else the offset of an n x n row-major block in `blocks`.
    std::vector<int> rowStart, column, block;
    std::vector<double> scalar, blocks;
    std::vector<double> planeRates;    // units * n/2 factors of omega; empty: all 1
    std::vector<double> omegaMatrices; // units * n * n (antisymmetric, scaled by omega); empty: plane rates
    std::vector<double> stimulus;      // units * n (scaled by c); empty: e_0 for every unit
};

std::vector<SettingSpec> akornSettingSpecs();
// `merged` holds every key of akornSettingSpecs(). Throws InputError naming the setting for
// malformed or inconsistent values (sizes that do not fit N and n, a unit that does not exist,
// an entry given twice, a non-antisymmetric frequency matrix, non-finite numbers).
AkornStructure parseAkornStructure(const Settings& merged);

} // namespace nd
