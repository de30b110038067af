// Heterogeneous chain preset "chain" (models.md, "Heterogeneous chain"). Same thread rules as
// Model.
//
// Settings: nodes (comma-separated ordered node types, default "chialvo,rulkov,chialvo", at
// least 2), coupling (diffusive | direct), per-node overrides "node<i>.<name>" (presetnetwork.h).
// Parameters: for each neighbour pair (i, i+1) two independent strengths
//   s<i><i+1>  the strength with which node i+1 acts on node i: x_i'     += s * (x_{i+1} - x_i)
//   s<i+1><i>  the strength with which node i acts on node i+1: x_{i+1}' += s * (x_i - x_{i+1})
// i.e. s<a><b> is the coefficient in the equation of node a (the first index receives). With
// coupling = direct the term is s * x_b instead of s * (x_b - x_a). For chains longer than 10
// nodes the indices are separated by an underscore: s10_11, s11_10.
// Then the shared node parameters of every node type present (a, b, c, k0, r_alpha, ...).
#pragma once

#include "network/presetnetwork.h"

namespace nd {

class ChainNetwork : public PresetNetwork {
public:
    explicit ChainNetwork(const Settings& settings = {});
    std::unique_ptr<Model> clone() const override { return std::make_unique<ChainNetwork>(*this); }
    static std::vector<SettingSpec> specs();
    // Name of the parameter with which node `source` acts on its neighbour `target`.
    static std::string strengthName(int target, int source, int nodes);

private:
    struct Merged {};
    ChainNetwork(Merged, const Settings& merged);
    void buildCoupling(NetworkDescription& d) const override;
};

} // namespace nd
