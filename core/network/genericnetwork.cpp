#include "network/genericnetwork.h"

#include "common/errors.h"
#include "model/numbertext.h"

#include <algorithm>
#include <set>

namespace nd {

namespace {
const char* kType = "map-network";

std::string field(const std::string& key)
{
    return std::string(kType) + " setting '" + key + "'";
}

std::vector<NodeType> genericTypes(const Settings& merged)
{
    std::vector<NodeType> types = parseNodeTypeList(merged.at("nodes"), field("nodes"));
    if (!merged.at("N").empty()) {
        const int n = integerSetting(kType, merged, "N", 2, 1000000);
        if (types.size() == 1)
            types.assign(static_cast<std::size_t>(n), types.front());
        else if (static_cast<int>(types.size()) != n)
            throw InputError(field("nodes") + " lists " + std::to_string(types.size()) +
                             " node types but 'N' is " + std::to_string(n) +
                             " (give one type, or one per node)");
    }
    if (types.size() < 2)
        throw InputError(field("nodes") + ": a network needs at least 2 nodes (got " +
                         std::to_string(types.size()) + ")");
    return types;
}

std::vector<WeightedEdge> parseEdges(const Settings& merged, int n)
{
    const std::string f = field("edges");
    const bool both = merged.at("edge-direction") == "both-ways";
    std::vector<WeightedEdge> edges;
    std::set<std::pair<int, int>> seen;
    const auto rows = parseNumberRows(merged.at("edges"), f);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::string where = f + ", edge " + std::to_string(r + 1);
        if (rows[r].size() != 3)
            throw InputError(where + " has " + std::to_string(rows[r].size()) + " numbers; expected 'i j w'");
        const int i = indexFromNumber(rows[r][0], n, where, "node i");
        const int j = indexFromNumber(rows[r][1], n, where, "node j");
        auto add = [&](int target, int source) {
            if (!seen.insert({target, source}).second)
                throw InputError(where + ": the weight W_" + std::to_string(target) + "," +
                                 std::to_string(source) + " is given twice");
            edges.push_back({target, source, rows[r][2]});
        };
        add(i, j);
        if (both && i != j)
            add(j, i);
    }
    return edges;
}

std::vector<std::array<int, 3>> parseTriangles(const Settings& merged, int n)
{
    const std::string f = field("triangles");
    std::set<std::array<int, 3>> out;
    const auto rows = parseNumberRows(merged.at("triangles"), f);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::string where = f + ", triangle " + std::to_string(r + 1);
        if (rows[r].size() != 3)
            throw InputError(where + " has " + std::to_string(rows[r].size()) + " numbers; expected 'i j k'");
        std::array<int, 3> t{};
        for (std::size_t k = 0; k < 3; ++k)
            t[k] = indexFromNumber(rows[r][k], n, where, "a corner");
        std::sort(t.begin(), t.end());
        if (t[0] == t[1] || t[1] == t[2])
            throw InputError(where + " repeats a node");
        if (!out.insert(t).second)
            throw InputError(where + ": the triangle {" + std::to_string(t[0]) + ", " + std::to_string(t[1]) +
                             ", " + std::to_string(t[2]) + "} is given twice");
    }
    // Sorted corners in sorted order, so the triadic sums do not depend on how the list was typed.
    return {out.begin(), out.end()};
}
} // namespace

std::vector<SettingSpec> GenericMapNetwork::specs()
{
    std::vector<SettingSpec> s = {
        {"nodes",
         "chialvo,chialvo,chialvo",
         "Node types, comma-separated (chialvo, memristive-chialvo, rulkov, typed); one type is repeated N "
         "times",
         {}},
        {"N", "", "Number of nodes (>= 2); empty: the number of entries of 'nodes'", {}},
        {"edges",
         "0 1 0.01; 1 0 0.01; 1 2 0.01; 2 1 0.01; 0 2 0.01; 2 0 0.01",
         "Weighted edges 'i j w' (node j acts on node i with weight w), separated by ';' or new lines",
         {}},
        {"edge-direction",
         "one-way",
         "An edge 'i j w' sets W_ij only, or W_ij and W_ji",
         {"one-way", "both-ways"}},
        {"pairwise",
         "diffusive",
         "Pairwise term W_ij (x_j - x_i) (diffusive) or W_ij x_j (direct)",
         {"diffusive", "direct"}},
        {"triangles",
         "0 1 2",
         "Triangles 'i j k' carrying the triadic coupling sigma2, separated by ';'",
         {}},
    };
    for (auto& t : triadicSettingSpecs())
        s.push_back(t);
    for (auto& t : typedNodeSettingSpecs())
        s.push_back(t);
    return s;
}

GenericMapNetwork::GenericMapNetwork(const Settings& settings)
    : GenericMapNetwork(Merged{}, mergeSettings(kType, specs(), settings))
{
}

GenericMapNetwork::GenericMapNetwork(Merged, const Settings& merged)
    : PresetNetwork(kType,
                    {{"sigma", 1.0, -1e6, 1e6, 0.0, 2.0, "Scale of every edge weight"},
                     {"sigma2", 0.0, -1e3, 1e3, 0.0, 0.1, "Higher-order (triadic) coupling"}},
                    genericTypes(merged), specs(), merged)
{
    const int n = static_cast<int>(nodeTypes().size());
    m_edges = parseEdges(merged, n);
    m_triangles = parseTriangles(merged, n);
    rebuild();
}

void GenericMapNetwork::buildCoupling(NetworkDescription& d) const
{
    const double sigma = parameter("sigma");
    for (const auto& e : m_edges)
        d.edges.push_back({e.target, e.source, sigma * e.weight});
    d.pairwise = setting("pairwise") == "direct" ? PairwiseForm::Direct : PairwiseForm::Diffusive;
    d.triangles = m_triangles;
    d.sigma2 = parameter("sigma2");
    applyTriadicSettings(settings(), d);
}

} // namespace nd
