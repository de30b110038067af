// The node maps a map network can hold (Chialvo, memristive Chialvo, Rulkov), behind one small
// non-virtual interface so the network's inner loop switches on an enum instead of calling a
// virtual function per node. Pure functions; any thread may call them.
//
// NodeType::Typed ("typed") is a map written in the model language (network/typednode.h): its
// dimension, names and parameters come from the network's definition, not from the type, so the
// functions below that describe a type refuse it (InputError) and nodeStep/nodeJacobian never
// see it; ask the network (MapNetwork::nodeDimension, nodeParameterSpecs, ...) instead.
//
// Node parameters are stored in a fixed array in the node type's own order:
//   chialvo             a, b, c, k0
//   memristive-chialvo  a, b, c, k0, k, k1, k2, alpha, beta
//   rulkov              alpha, mu, sigma
// Inside networks the parameters carry network-level names that never clash with coupling
// names or with another node type's names (see nodeParameterSpecs):
//   chialvo             a, b, c, k0
//   memristive-chialvo  a, b, c, k0, k, k1, k2, m_alpha, m_beta
//   rulkov              r_alpha, r_mu, r_sigma
#pragma once

#include "maps/chialvo.h"
#include "maps/memristivechialvo.h"
#include "maps/rulkov.h"
#include "model/model.h"

#include <array>
#include <string>
#include <vector>

namespace nd {

enum class NodeType { Chialvo, MemristiveChialvo, Rulkov, Typed };

constexpr int kMaxNodeParameters = 9;
constexpr int kMaxNodeDimension = 3;
using NodeParameters = std::array<double, kMaxNodeParameters>;

// "chialvo", "memristive-chialvo", "rulkov", "typed".
std::string nodeTypeName(NodeType type);
// Throws InputError naming `field` and the known types for an unknown name.
NodeType parseNodeType(const std::string& name, const std::string& field);
// A comma-separated list of node type names (white space around names ignored); the error for
// a bad entry names `field` and the entry's index.
std::vector<NodeType> parseNodeTypeList(const std::string& text, const std::string& field);
int nodeDimension(NodeType type);
// Per-node variable names without the node index: x, y (and phi for the memristive node).
std::vector<std::string> nodeVariableNames(NodeType type);
std::vector<double> nodeDefaultState(NodeType type);
// Specs under their network-level names (defaults and ranges as in the single-node models).
std::vector<ParameterSpec> nodeParameterSpecs(NodeType type);
// The single-node model's own names (alpha, mu, ...), in the same order.
std::vector<std::string> nodeNativeParameterNames(NodeType type);
NodeParameters defaultNodeParameters(NodeType type);

[[noreturn]] void typedNodeHasNoBuiltInMap();

// One step of a built-in node without coupling: out = F(in) over nodeDimension(type) values.
inline void nodeStep(NodeType type, const NodeParameters& p, const double* in, double* out)
{
    switch (type) {
    case NodeType::Chialvo:
        out[0] = in[0] * in[0] * std::exp(in[1] - in[0]) + p[3];
        out[1] = p[0] * in[1] - p[1] * in[0] + p[2];
        return;
    case NodeType::MemristiveChialvo: {
        const double m = p[7] + 3.0 * p[8] * in[2] * in[2];
        out[0] = in[0] * in[0] * std::exp(in[1] - in[0]) + p[3] + p[4] * in[0] * m;
        out[1] = p[0] * in[1] - p[1] * in[0] + p[2];
        out[2] = p[5] * in[0] - p[6] * in[2];
        return;
    }
    case NodeType::Rulkov:
        out[0] = p[0] / (1.0 + in[0] * in[0]) + in[1];
        out[1] = in[1] - p[1] * (in[0] - p[2]);
        return;
    case NodeType::Typed:
        typedNodeHasNoBuiltInMap();
    }
}

// Writes the node's Jacobian block into a row-major matrix with `rowStride` columns, starting
// at jac (the block's top-left entry). Entries outside the block are not touched.
void nodeJacobian(NodeType type, const NodeParameters& p, const double* in, double* jac, int rowStride);

} // namespace nd
