// Heterogeneous chain preset "chain" (models.md, "Heterogeneous chain"). Same thread rules as
// Model.
//
// Settings: nodes (comma-separated ordered node types, default "chialvo,rulkov,chialvo", at
// least 2; "typed" nodes take node-definition and node-coupling, presetnetwork.h), coupling
// (diffusive | direct), per-node overrides "node<i>.<name>" (presetnetwork.h).
// Parameters: for each neighbour pair of nodes i, i+1 (numbered from 1, as in the papers: node
// i's variables are x<i-1>, y<i-1>) two independent strengths
//   sigma_<i><i+1>  with which node i+1 acts on node i: x_i'     += sigma_<i><i+1> * (x_{i+1} - x_i)
//   sigma_<i+1><i>  with which node i acts on node i+1: x_{i+1}' += sigma_<i+1><i> * (x_i - x_{i+1})
// i.e. sigma_<a><b> is the coefficient in the equation of node a: the first index receives, the
// second acts ("sigma_12: node 2 acts on node 1"). With coupling = direct the term is
// sigma * x_b instead of sigma * (x_b - x_a). For chains longer than 9 nodes the indices are
// separated by an underscore: sigma_9_10, sigma_10_9. (Study files of schema 2 and older
// used 0-based names, "s01" for sigma_12; studymigration.h renames them.)
// Then the shared node parameters of every node type present (a, b, c, k0, r_alpha, ..., t_<name>).
#pragma once

#include "network/presetnetwork.h"

namespace nd {

class ChainNetwork : public PresetNetwork {
public:
    explicit ChainNetwork(const Settings& settings = {});
    std::unique_ptr<Model> clone() const override { return std::make_unique<ChainNetwork>(*this); }
    static std::vector<SettingSpec> specs();
    // Name of the parameter with which node `source` acts on its neighbour `target` (both
    // 0-based indices; the name is 1-based: strengthName(0, 1, 3) is "sigma_12").
    static std::string strengthName(int target, int source, int nodes);
    // "sigma_12: node 2 acts on node 1 (x0' += sigma_12 * (x1 - x0))": the direction in words.
    static std::string strengthDescription(int target, int source, int nodes, bool direct);
    // The 0-based target and source of a coupling name of a chain of `nodes` nodes; false when
    // `name` is not one of its couplings.
    static bool strengthNodes(const std::string& name, int nodes, int& target, int& source);

private:
    struct Merged {};
    ChainNetwork(Merged, const Settings& merged);
    void buildCoupling(NetworkDescription& d) const override;
};

} // namespace nd
