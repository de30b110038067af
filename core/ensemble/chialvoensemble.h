// Ensemble kernels for the Chialvo map (ensemble.h has the conventions):
//   runChialvoEnsemble   one Chialvo map per member, each with its own (a, b, c, k0) and
//                        initial state; records x or y.
//   runRingStarEnsemble  one Chialvo ring-star network per member (the "ring-star" preset with
//                        node chialvo and no per-node overrides), each member with its own node
//                        parameters, mu, sigma and sigma2; pairwise coupling, plus the triadic
//                        term over the preset's triangles when spec.triangles is not None, with
//                        MapNetwork's form, counting and normalisation conventions
//                        (network/mapnetwork.h); records x of one node or the mean x.
// Any thread may call them. A Progress passed in is polled for cancellation every few dozen
// steps (EnsembleResult::canceled) and told the fraction of member blocks done.
#pragma once

#include "ensemble/ensemble.h"
#include "maps/chialvo.h"
#include "network/mapnetwork.h"

#include <array>

namespace nd {

enum class ChialvoObservable { X, Y };

// initial: one (x, y) for every member, or one per member. Throws InputError for mismatched
// sizes and non-finite values.
EnsembleResult runChialvoEnsemble(const std::vector<ChialvoParameters>& members,
                                  const std::vector<std::array<double, 2>>& initial, ChialvoObservable observable,
                                  const EnsembleSchedule& schedule, Progress* progress = nullptr);

struct RingStarMember {
    ChialvoParameters node; // shared by all nodes of this member
    double mu = 0.01;
    double sigma = 0.01;
    double sigma2 = 0.0; // triadic coupling; used only when the spec has triangles
};

// Which triangles carry sigma2: the preset's "triangles" setting.
enum class RingStarTriangles { None, Hub, Ring, All };

struct RingStarEnsembleSpec {
    int nodes = 10;             // N: hub + N-1 ring nodes (N >= 3)
    int range = 2;              // R: 0 <= 2R <= N-2
    bool hubNormalised = false; // hub-normalisation ring-size
    int observedNode = 0;       // the node whose x is recorded; -1 records the mean x over nodes
    // Triadic coupling (the preset's triangles, form, counting and triadic-normalisation
    // settings). None leaves it out, as the preset's triangles = none does.
    RingStarTriangles triangles = RingStarTriangles::None;
    TriadicForm form = TriadicForm::Linear;
    TriangleCounting counting = TriangleCounting::Once;
    bool normaliseTriadic = false;
};

// initial: 2N values (x0, y0, x1, y1, ...) for every member, or one such vector per member.
EnsembleResult runRingStarEnsemble(const RingStarEnsembleSpec& spec, const std::vector<RingStarMember>& members,
                                   const std::vector<std::vector<double>>& initial, const EnsembleSchedule& schedule,
                                   Progress* progress = nullptr);

} // namespace nd
