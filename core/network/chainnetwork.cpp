#include "network/chainnetwork.h"

#include "common/errors.h"

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

std::vector<ParameterSpec> strengthSpecs(int n)
{
    std::vector<ParameterSpec> specs;
    for (int i = 0; i + 1 < n; ++i) {
        specs.push_back(
            {ChainNetwork::strengthName(i, i + 1, n), 0.01, -1e3, 1e3, 0.0, 0.1,
             "Strength with which node " + std::to_string(i + 1) + " acts on node " + std::to_string(i)});
        specs.push_back(
            {ChainNetwork::strengthName(i + 1, i, n), 0.01, -1e3, 1e3, 0.0, 0.1,
             "Strength with which node " + std::to_string(i) + " acts on node " + std::to_string(i + 1)});
    }
    return specs;
}
} // namespace

std::string ChainNetwork::strengthName(int target, int source, int nodes)
{
    if (nodes <= 10)
        return "s" + std::to_string(target) + std::to_string(source);
    return "s" + std::to_string(target) + "_" + std::to_string(source);
}

std::vector<SettingSpec> ChainNetwork::specs()
{
    return {
        {"nodes",
         "chialvo,rulkov,chialvo",
         "Ordered node types, comma-separated (chialvo, memristive-chialvo, rulkov)",
         {}},
        {"coupling",
         "diffusive",
         "Coupling term s*(x_j - x_i) (diffusive) or s*x_j (direct)",
         {"diffusive", "direct"}},
    };
}

ChainNetwork::ChainNetwork(const Settings& settings)
    : ChainNetwork(Merged{}, mergeSettings(kChain, specs(), settings))
{
}

ChainNetwork::ChainNetwork(Merged, const Settings& merged)
    : PresetNetwork(kChain, strengthSpecs(static_cast<int>(chainTypes(merged).size())), chainTypes(merged),
                    specs(), merged)
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
