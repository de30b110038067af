#include "network/chainnetwork.h"

#include "common/errors.h"

#include <utility>

namespace nd {

namespace {
const char* kChain = "chain";

std::vector<NodeType> chainTypes(const Settings& merged)
{
    const std::vector<NodeType> types = parseNodeTypeList(merged.at("nodes"), "chain setting 'nodes'");
    if (types.size() < 2)
        throw InputError("chain setting 'nodes': a network needs at least 2 nodes (got " +
                         std::to_string(types.size()) + ")");
    return types;
}

std::vector<ParameterSpec> strengthSpecs(int n, bool direct)
{
    std::vector<ParameterSpec> specs;
    for (int i = 0; i + 1 < n; ++i) {
        specs.push_back({ChainNetwork::strengthName(i, i + 1, n), 0.01, -1e3, 1e3, 0.0, 0.1,
                         ChainNetwork::strengthDescription(i, i + 1, n, direct)});
        specs.push_back({ChainNetwork::strengthName(i + 1, i, n), 0.01, -1e3, 1e3, 0.0, 0.1,
                         ChainNetwork::strengthDescription(i + 1, i, n, direct)});
    }
    return specs;
}
} // namespace

std::string ChainNetwork::strengthName(int target, int source, int nodes)
{
    const std::string a = std::to_string(target + 1), b = std::to_string(source + 1);
    return "sigma_" + a + (nodes <= 9 ? "" : "_") + b;
}

std::string ChainNetwork::strengthDescription(int target, int source, int nodes, bool direct)
{
    const std::string name = strengthName(target, source, nodes);
    const std::string xa = "x" + std::to_string(target), xb = "x" + std::to_string(source);
    return name + ": node " + std::to_string(source + 1) + " acts on node " + std::to_string(target + 1) +
           " (" + xa + "' += " + name + (direct ? " * " + xb : " * (" + xb + " - " + xa + ")") + ")";
}

bool ChainNetwork::strengthNodes(const std::string& name, int nodes, int& target, int& source)
{
    for (int i = 0; i + 1 < nodes; ++i)
        for (auto [t, s] : {std::pair{i, i + 1}, std::pair{i + 1, i}})
            if (strengthName(t, s, nodes) == name) {
                target = t;
                source = s;
                return true;
            }
    return false;
}

std::vector<SettingSpec> ChainNetwork::specs()
{
    std::vector<SettingSpec> s = {
        {"nodes",
         "chialvo,rulkov,chialvo",
         "Ordered node types, comma-separated (chialvo, memristive-chialvo, rulkov, typed)",
         {}},
        {"coupling",
         "diffusive",
         "Coupling term of node i from its neighbour j: sigma_ij*(x_j - x_i) (diffusive) or sigma_ij*x_j "
         "(direct)",
         {"diffusive", "direct"}},
    };
    for (auto& t : typedNodeSettingSpecs())
        s.push_back(t);
    return s;
}

ChainNetwork::ChainNetwork(const Settings& settings)
    : ChainNetwork(Merged{}, mergeSettings(kChain, specs(), settings))
{
}

ChainNetwork::ChainNetwork(Merged, const Settings& merged)
    : PresetNetwork(
          kChain,
          strengthSpecs(static_cast<int>(chainTypes(merged).size()), merged.at("coupling") == "direct"),
          chainTypes(merged), specs(), merged)
{
    rebuild();
}

void ChainNetwork::buildCoupling(NetworkDescription& d) const
{
    const int n = static_cast<int>(nodeTypes().size());
    for (int i = 0; i + 1 < n; ++i) {
        d.edges.push_back({i, i + 1, parameter(strengthName(i, i + 1, n))});
        d.edges.push_back({i + 1, i, parameter(strengthName(i + 1, i, n))});
    }
    d.pairwise = setting("coupling") == "direct" ? PairwiseForm::Direct : PairwiseForm::Diffusive;
}

} // namespace nd
