// A network of map neurons coupled through their activation x (models.md section 2).
//
// State: the node states concatenated in node order; node i of dimension d_i occupies the
// entries starting at nodeOffset(i). Variable names are "<var><node>": x0, y0, x1, y1, ...;
// a memristive Chialvo node also has phi<i>. A typed node (NodeType::Typed, typednode.h) has the
// variables of the description's typed definition.
//
// One step: x_i' = F_i(node i) + P_i + T_i, only the activation x of each node is coupled
// (a built-in node's first variable; a typed node's coupling variable, couplingIndex(i)):
//   P_i (pairwise) = sum_j W_ij (x_j - x_i)   (PairwiseForm::Diffusive)
//                  = sum_j W_ij x_j           (PairwiseForm::Direct)
//     W_ij is the weight with which node j acts on node i (row = receiving node).
//   T_i (triadic)  = sigma2 / n_i * sum over triangles {i, j, k} containing i of
//       Once:            g(x_i, x_j, x_k)                with j < k (node indices)
//       PerOrderedPair:  g(x_i, x_j, x_k) + g(x_i, x_k, x_j)
//     g: Linear x_j + x_k - 2 x_i, Product x_j x_k - x_i^2, Cubic x_j^2 x_k - x_i^3.
//     n_i = number of triangles containing i when normaliseTriadic, else 1 (0 triangles: T_i = 0).
//
// The Jacobian is analytic and dense (row-major). evaluate()/jacobian() are const and
// thread-safe; changing the description or parameters is not.
#pragma once

#include "network/nodetypes.h"
#include "network/typednode.h"

#include <array>
#include <memory>
#include <vector>

namespace nd {

enum class PairwiseForm { Diffusive, Direct };
enum class TriadicForm { Linear, Product, Cubic };
enum class TriangleCounting { Once, PerOrderedPair };

struct NetworkNode {
    NodeType type = NodeType::Chialvo;
    NodeParameters parameters = defaultNodeParameters(NodeType::Chialvo); // built-in types
    std::vector<double> typedParameters; // NodeType::Typed: in the definition's order
};

struct WeightedEdge {
    int target = 0; // i: the node whose x' receives the term
    int source = 0; // j
    double weight = 0.0;
};

struct NetworkDescription {
    std::vector<NetworkNode> nodes;
    std::vector<WeightedEdge> edges; // entries of W; repeated (target, source) pairs add up
    PairwiseForm pairwise = PairwiseForm::Diffusive;
    std::vector<std::array<int, 3>> triangles; // unordered node triples
    double sigma2 = 0.0;
    TriadicForm form = TriadicForm::Linear;
    TriangleCounting counting = TriangleCounting::Once;
    bool normaliseTriadic = false;
    // The map of every NodeType::Typed node (one definition per network); null without them.
    std::shared_ptr<const TypedNodeMap> typed;
};

class MapNetwork : public Model {
public:
    // A network with the given structure and no parameters (type name "map-network").
    // Throws InputError for fewer than 2 nodes, edges or triangles naming missing nodes,
    // repeated nodes in a triangle, non-finite weights and node parameters, or a typed node
    // without a typed map or with the wrong number of parameters.
    explicit MapNetwork(const NetworkDescription& description);

    std::string typeName() const override { return m_typeName; }
    TimeKind timeKind() const override { return TimeKind::Map; }
    int dimension() const override { return m_dimension; }
    std::vector<std::string> variableNames() const override;
    std::vector<double> defaultInitialState() const override;
    void evaluate(const double* x, double* out) const override;
    void jacobian(const double* x, double* jac) const override;
    std::unique_ptr<Model> clone() const override { return std::make_unique<MapNetwork>(*this); }

    const NetworkDescription& description() const { return m_description; }
    int nodeCount() const { return static_cast<int>(m_description.nodes.size()); }
    int nodeOffset(int node) const { return m_offset[static_cast<std::size_t>(node)]; }
    // State index of the variable through which node i couples (its x; a typed node's coupling
    // variable).
    int couplingIndex(int node) const { return m_couple[static_cast<std::size_t>(node)]; }
    // The merged coupling tables evaluate() sums over, for kernels that must add in its order:
    // W in compressed rows (row = target node, entries by increasing source, duplicates merged)
    // and per node its triadic (j, k) pairs with their coefficients (sigma2, counting and 1/n_i
    // folded in).
    struct CouplingTables {
        const std::vector<int>& rowStart;
        const std::vector<int>& column;
        const std::vector<double>& weight;
        const std::vector<int>& triStart;
        const std::vector<std::array<int, 2>>& triPair;
        const std::vector<double>& triCoef;
    };
    CouplingTables coupling() const
    {
        return {m_rowStart, m_column, m_weight, m_triStart, m_triPair, m_triCoef};
    }
    // The typed nodes in node order and their parameters, p[k * typedNodes().size() + t].
    const std::vector<int>& typedNodes() const { return m_typedNodes; }
    const std::vector<double>& typedParameterLanes() const { return m_typedParameterLanes; }
    // What nodetypes.h's functions tell for built-in types, for any node including typed ones.
    int nodeDimension(int node) const;
    std::vector<std::string> nodeVariableNames(int node) const;
    std::vector<ParameterSpec> nodeParameterSpecs(int node) const;
    std::vector<std::string> nodeNativeParameterNames(int node) const;

protected:
    MapNetwork(std::string typeName, std::vector<ParameterSpec> specs);
    void setDescription(const NetworkDescription& description);

private:
    double triadicTerm(const double* x, int node) const;
    void stepTypedNodes(const double* x, double* out) const;

    std::string m_typeName;
    NetworkDescription m_description;
    int m_dimension = 0;
    std::vector<int> m_offset;
    std::vector<int> m_couple; // state index of each node's coupled variable
    // The typed nodes step together, as lanes of one call (one pass over the definition's code
    // instead of one per node): their indices and parameters, p[k * typed nodes + t].
    std::vector<int> m_typedNodes;
    std::vector<double> m_typedParameterLanes;
    // W in compressed rows (row = target node), duplicates merged.
    std::vector<int> m_rowStart;
    std::vector<int> m_column;
    std::vector<double> m_weight;
    std::vector<double> m_rowSum;
    // Triadic terms per node: (j, k, coefficient) with sigma2, counting and 1/n_i folded in.
    std::vector<int> m_triStart;
    std::vector<std::array<int, 2>> m_triPair;
    std::vector<double> m_triCoef;
};

} // namespace nd
