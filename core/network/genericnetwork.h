// "map-network": a map network given explicitly (models.md section 2) rather than by a preset:
// node types, a weighted edge list and a triangle list. Same thread rules as Model.
//
// Settings:
//   nodes       comma-separated node types (chialvo, memristive-chialvo, rulkov, typed); one
//               entry is repeated N times when N is given
//   node-definition, node-coupling   the map of the typed nodes (presetnetwork.h, typednode.h)
//   N           number of nodes (>= 2); empty: the number of entries of 'nodes'
//   edges       rows 'i j w' separated by ';' or new lines: W_ij = w, node j acts on node i
//               (the row of W is the receiving node, as in mapnetwork.h)
//   edge-direction  one-way (a row adds W_ij only) | both-ways (it also adds W_ji = w)
//   pairwise    diffusive (W_ij (x_j - x_i)) | direct (W_ij x_j)
//   triangles   rows 'i j k' (unordered node triples, no node twice, no triangle twice)
//   form, counting, triadic-normalisation   as in presetnetwork.h
//   node<i>.<name>   per-node parameter overrides (presetnetwork.h)
// Parameters: sigma (multiplies every edge weight, default 1), sigma2 (triadic strength), then
// the shared node parameters of the node types present.
// Bad input (fewer than 2 nodes, a node list that does not fit N, an edge or triangle naming a
// missing node, a row of the wrong length, a non-finite number, repeats) is an InputError
// naming the setting and the row.
#pragma once

#include "network/presetnetwork.h"

namespace nd {

class GenericMapNetwork : public PresetNetwork {
public:
    explicit GenericMapNetwork(const Settings& settings = {});
    std::unique_ptr<Model> clone() const override { return std::make_unique<GenericMapNetwork>(*this); }
    static std::vector<SettingSpec> specs();

private:
    struct Merged {};
    GenericMapNetwork(Merged, const Settings& merged);
    void buildCoupling(NetworkDescription& d) const override;

    std::vector<WeightedEdge> m_edges; // unscaled weights
    std::vector<std::array<int, 3>> m_triangles;
};

} // namespace nd
