// Ring-star network presets (models.md, "Ring-star network"). Same thread rules as Model.
//
// "ring-star": node 0 is the hub, nodes 1..N-1 form a ring (ring position p = node - 1).
//   Settings: N (>= 3), R (ring range, 0 <= 2R <= N-2), node (node type of every node; "typed"
//   with node-definition and node-coupling, see presetnetwork.h),
//   triangles (none | hub | ring | all), hub-normalisation (none | ring-size), and the triadic
//   settings of presetnetwork.h. Per-node overrides "node<i>.<name>" as in presetnetwork.h.
//   Parameters: mu (star), sigma (ring), sigma2 (triadic), then the shared node parameters.
//   Pairwise diffusive coupling of x:
//     hub:        mu * h * sum_{i=1}^{N-1} (x_i - x_0),   h = 1 or 1/(N-1) (hub-normalisation)
//     ring node:  mu (x_0 - x_i) + sigma/(2R) * sum of (x_j - x_i) over the R ring neighbours
//                 on each side.
//   Triangles of the graph: "hub" = {0, i, j} for ring neighbours i, j (ring distance <= R);
//   "ring" = ring triples whose three ring distances are all <= R; "all" = both.
//
// "ring-star-k4": the smallest higher-order ring-star, the complete graph K4 (hub 0, ring 1..3).
//   Settings: node (and node-definition, node-coupling), triangles (all | hub | ring), triadic
//   settings, per-node overrides.
//   Parameters: sigma1 (pairwise, unnormalised: sigma1 * sum_{j != i} (x_j - x_i)), sigma2,
//   then the shared node parameters.
#pragma once

#include "network/presetnetwork.h"

namespace nd {

class RingStarNetwork : public PresetNetwork {
public:
    explicit RingStarNetwork(const Settings& settings = {});
    std::unique_ptr<Model> clone() const override { return std::make_unique<RingStarNetwork>(*this); }
    static std::vector<SettingSpec> specs();

private:
    struct Merged {};
    RingStarNetwork(Merged, const Settings& merged);
    void buildCoupling(NetworkDescription& d) const override;
    int m_n = 0;
    int m_r = 0;
};

class RingStarK4Network : public PresetNetwork {
public:
    explicit RingStarK4Network(const Settings& settings = {});
    std::unique_ptr<Model> clone() const override { return std::make_unique<RingStarK4Network>(*this); }
    static std::vector<SettingSpec> specs();

private:
    struct Merged {};
    RingStarK4Network(Merged, const Settings& merged);
    void buildCoupling(NetworkDescription& d) const override;
};

} // namespace nd
