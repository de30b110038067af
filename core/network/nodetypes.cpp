#include "network/nodetypes.h"

#include "common/errors.h"

#include <sstream>

namespace nd {

std::string nodeTypeName(NodeType type)
{
    switch (type) {
    case NodeType::Chialvo:
        return "chialvo";
    case NodeType::MemristiveChialvo:
        return "memristive-chialvo";
    case NodeType::Rulkov:
        return "rulkov";
    case NodeType::Typed:
        return "typed";
    }
    return "?";
}

namespace {
[[noreturn]] void refuseTyped(const char* what)
{
    throw InputError(std::string("a typed node's ") + what +
                     " come from its definition (node-definition), not from the node type");
}
} // namespace

void typedNodeHasNoBuiltInMap()
{
    refuseTyped("equations");
}

NodeType parseNodeType(const std::string& name, const std::string& field)
{
    for (NodeType t : {NodeType::Chialvo, NodeType::MemristiveChialvo, NodeType::Rulkov, NodeType::Typed})
        if (nodeTypeName(t) == name)
            return t;
    throw InputError(field + ": unknown node type '" + name +
                     "' (known: chialvo, memristive-chialvo, rulkov, typed)");
}

std::vector<NodeType> parseNodeTypeList(const std::string& text, const std::string& field)
{
    std::vector<NodeType> types;
    std::stringstream ss(text);
    std::string item;
    while (std::getline(ss, item, ',')) {
        const auto b = item.find_first_not_of(" \t\n");
        const auto e = item.find_last_not_of(" \t\n");
        item = b == std::string::npos ? std::string() : item.substr(b, e - b + 1);
        types.push_back(parseNodeType(item, field + ", entry " + std::to_string(types.size())));
    }
    return types;
}

int nodeDimension(NodeType type)
{
    if (type == NodeType::Typed)
        refuseTyped("dimension and variables");
    return type == NodeType::MemristiveChialvo ? 3 : 2;
}

std::vector<std::string> nodeVariableNames(NodeType type)
{
    if (type == NodeType::Typed)
        refuseTyped("dimension and variables");
    if (type == NodeType::MemristiveChialvo)
        return {"x", "y", "phi"};
    return {"x", "y"};
}

std::vector<double> nodeDefaultState(NodeType type)
{
    switch (type) {
    case NodeType::Chialvo:
        return ChialvoMap().defaultInitialState();
    case NodeType::MemristiveChialvo:
        return MemristiveChialvoMap().defaultInitialState();
    case NodeType::Rulkov:
        return RulkovMap().defaultInitialState();
    case NodeType::Typed:
        refuseTyped("dimension and variables");
    }
    return {};
}

std::vector<ParameterSpec> nodeParameterSpecs(NodeType type)
{
    switch (type) {
    case NodeType::Chialvo:
        return ChialvoMap().parameterSpecs();
    case NodeType::MemristiveChialvo: {
        auto specs = memristiveChialvoParameterSpecs();
        specs[7].name = "m_alpha";
        specs[8].name = "m_beta";
        return specs;
    }
    case NodeType::Rulkov: {
        auto specs = RulkovMap().parameterSpecs();
        specs[0].name = "r_alpha";
        specs[1].name = "r_mu";
        specs[2].name = "r_sigma";
        return specs;
    }
    case NodeType::Typed:
        refuseTyped("parameters");
    }
    return {};
}

std::vector<std::string> nodeNativeParameterNames(NodeType type)
{
    switch (type) {
    case NodeType::Chialvo:
        return {"a", "b", "c", "k0"};
    case NodeType::MemristiveChialvo:
        return {"a", "b", "c", "k0", "k", "k1", "k2", "alpha", "beta"};
    case NodeType::Rulkov:
        return {"alpha", "mu", "sigma"};
    case NodeType::Typed:
        refuseTyped("parameters");
    }
    return {};
}

NodeParameters defaultNodeParameters(NodeType type)
{
    NodeParameters p{};
    const auto specs = nodeParameterSpecs(type);
    for (std::size_t i = 0; i < specs.size(); ++i)
        p[i] = specs[i].defaultValue;
    return p;
}

void nodeJacobian(NodeType type, const NodeParameters& p, const double* in, double* jac, int rowStride)
{
    const auto s = static_cast<std::ptrdiff_t>(rowStride);
    switch (type) {
    case NodeType::Chialvo: {
        const double e = std::exp(in[1] - in[0]);
        jac[0] = (2.0 * in[0] - in[0] * in[0]) * e;
        jac[1] = in[0] * in[0] * e;
        jac[s] = -p[1];
        jac[s + 1] = p[0];
        return;
    }
    case NodeType::MemristiveChialvo: {
        const MemristiveChialvoParameters mp{p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]};
        double block[9];
        memristiveChialvoJacobian(mp, in[0], in[1], in[2], block);
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c)
                jac[r * s + c] = block[r * 3 + c];
        return;
    }
    case NodeType::Rulkov: {
        const double d = 1.0 + in[0] * in[0];
        jac[0] = -2.0 * p[0] * in[0] / (d * d);
        jac[1] = 1.0;
        jac[s] = -p[1];
        jac[s + 1] = 1.0;
        return;
    }
    case NodeType::Typed:
        typedNodeHasNoBuiltInMap();
    }
}

} // namespace nd
