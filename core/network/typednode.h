// A typed node map (issue 18.5): a map written in the model language (equations/modelsource.h)
// used as the node of a map network, beside or instead of the built-in node maps.
//
// In the presets and the generic network a node of type "typed" takes its map from the
// network's settings
//   node-definition  the map's text in the model language (the `map` kind is required)
//   node-coupling    the variable through which the node couples (default: its first variable)
// One typed definition per network: every typed node of a network runs the same map (per-node
// parameter overrides still make them differ); several typed node types in one network are out
// of scope.
//
// Names inside the network:
//   variables   "<name><node>" as for built-in nodes (u0, v0, u1, ...); so that these never
//               collide, a typed variable name may not end in a digit (u1 of node 1 would read
//               as u of node 11).
//   parameters  "t_<name>" (t_a, t_b, ...): the prefix keeps them apart from every coupling
//               name (mu, sigma, sigma2, sigma1, sigma_12) and every built-in node parameter
//               (a, b, c, k0, ..., m_alpha, r_alpha, ...). A definition's own parameter name
//               may therefore not start with "t_" (node3.t_a would be ambiguous). Per-node
//               overrides accept both forms: node3.t_a or node3.a.
// The coupling acts on the coupling variable exactly as on a built-in node's x (mapnetwork.h).
//
// Evaluation: the definition's compiled programs (equations/program.h) with each node's own
// parameter vector, through the compiled backend (equations/native.h) when the system compiler
// is available, else the interpreter. The node's Jacobian block is the definition's exact
// symbolic Jacobian. Immutable after construction; step()/jacobian() are const and may run
// concurrently (each thread keeps its own scratch).
#pragma once

#include "equations/program.h"
#include "model/model.h"

#include <memory>
#include <string>
#include <vector>

namespace nd {

namespace eq {
struct NativeKernels;
}

class TypedNodeMap {
public:
    static constexpr const char* kParameterPrefix = "t_";

    // Builds the map from the settings' text. Errors are InputErrors whose message starts with
    // the field that holds the bad text (definitionField or couplingField), e.g.
    // "ring-star setting 'node-definition', line 2, column 7: ...". An empty definition, a
    // flow, an unknown coupling variable and the name rules above are refused.
    TypedNodeMap(const std::string& definition, const std::string& coupling,
                 const std::string& definitionField, const std::string& couplingField);

    // The definition in canonical form (formatModelText) and the coupling variable's name.
    const std::string& definition() const { return m_definition; }
    const std::string& couplingName() const;
    int dimension() const { return m_compiled->dimension; }
    int parameterCount() const { return m_compiled->parameterCount; }
    // Index of the coupling variable among the node's variables.
    int couplingIndex() const { return m_coupling; }
    std::vector<std::string> variableNames() const;
    std::vector<double> defaultState() const;
    // Specs under the network-level names t_<name>, in the definition's order.
    std::vector<ParameterSpec> parameterSpecs() const;
    // The definition's own names, in the same order.
    std::vector<std::string> nativeParameterNames() const;
    std::vector<double> defaultParameters() const;

    // One uncoupled step: out = F(in) with the node's parameters p (parameterCount() values).
    void step(const double* p, const double* in, double* out) const;
    // The same step for `lanes` nodes at once, structure of arrays as eq::evaluateLanes:
    // in[v * lanes + l], p[k * lanes + l], out[v * lanes + l]; each lane equals step() (the
    // interpreter's lanes are bit-identical to its scalar path).
    void stepLanes(int lanes, const double* p, const double* in, double* out) const;
    // The node's Jacobian block into a row-major matrix with `rowStride` columns starting at jac
    // (its top-left entry); entries outside the block are not touched.
    void jacobian(const double* p, const double* in, double* jac, int rowStride) const;

    const eq::CompiledModel& compiled() const { return *m_compiled; }
    // The compiled kernels, or null when the interpreter runs the map.
    const eq::NativeKernels* native() const { return m_native.get(); }

private:
    std::shared_ptr<const eq::CompiledModel> m_compiled;
    std::shared_ptr<const eq::NativeKernels> m_native;
    std::string m_definition;
    int m_coupling = 0;
};

} // namespace nd
