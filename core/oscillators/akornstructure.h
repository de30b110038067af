// The structural settings of the AKOrN model (akorn.h) parsed into plain arrays: the coupling
// pattern W (built-in or explicit, sparse or dense, scalar or n x n block per pair), per-unit
// natural frequencies or frequency matrices, and per-unit stimulus vectors. Pure functions; any
// thread.
#pragma once

#include "model/model.h"

#include <vector>

namespace nd {

enum class AkornTopology { None, AllToAll, Ring, Explicit };

// Which update the model follows (docs/akorn.md, "Conventions"). Official: the released code of
// Miyato et al. (autonomousvision/akorn, OmegaLayer): Omega = omega [[0, 1], [-1, 0]] on each
// plane (x_2m, x_2m+1), a clockwise rotation. NeuroDyn2025: NeuroDyn's first AKOrN (2025), whose
// plane rotation has the opposite sign (counter-clockwise); kept so old studies run unchanged.
enum class AkornConvention { Official, NeuroDyn2025 };

// The settings shared by the AKOrN network and the AKOrN grid: convention, project, c-norm,
// omega-layer.
struct AkornOptions {
    AkornConvention convention = AkornConvention::Official;
    bool project = true;    // y <- y - <y, x_i> x_i before the step (off: y is added as it is)
    bool groupNorm = false; // c normalised per oscillator group (GroupNorm without affine)
    // The official code's use_omega=False: its omega layer is then the identity, so a step adds
    // gamma x_i where it would add gamma Omega x_i (omega is unused); docs/akorn.md.
    bool identityOmega = false;

    // +1 when omega turns plane (x_2m, x_2m+1) counter-clockwise, -1 when clockwise.
    double rotationSign() const { return convention == AkornConvention::Official ? -1.0 : 1.0; }
};

// The two energies of an AKOrN state: Paper, E = -1/2 sum x_i^T J_ij x_j - sum c_i^T x_i; Code,
// the official code's logged e = -sum x . (J x + c), without the 1/2.
enum class AkornEnergyForm { Paper, Code };

std::vector<SettingSpec> akornOptionSpecs();
AkornOptions parseAkornOptions(const std::string& type, const Settings& merged);

// GroupNorm without affine parameters, in place: `values` holds `positions` rows of `channels`
// values; channel groups of n consecutive channels are each shifted to mean 0 and scaled to
// variance 1 over their n channels and all positions (biased variance plus eps = 1e-5, as
// torch.nn.GroupNorm). channels % n == 0.
void groupNormalise(std::vector<double>& values, int positions, int channels, int n);

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
    bool stimulusGiven = false;        // the 'stimulus' setting was not empty (c then defaults to 1)
    AkornOptions options;
};

std::vector<SettingSpec> akornSettingSpecs();
// `merged` holds every key of akornSettingSpecs(). Throws InputError naming the setting for
// malformed or inconsistent values (sizes that do not fit N and n, a unit that does not exist,
// an entry given twice, a non-antisymmetric frequency matrix, non-finite numbers).
AkornStructure parseAkornStructure(const Settings& merged);

} // namespace nd
