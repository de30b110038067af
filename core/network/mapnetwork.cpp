#include "network/mapnetwork.h"

#include "common/errors.h"

#include <algorithm>
#include <map>

namespace nd {

namespace {
double g(TriadicForm form, double xi, double xj, double xk)
{
    switch (form) {
    case TriadicForm::Linear:
        return xj + xk - 2.0 * xi;
    case TriadicForm::Product:
        return xj * xk - xi * xi;
    case TriadicForm::Cubic:
        return xj * xj * xk - xi * xi * xi;
    }
    return 0.0;
}

// Partial derivatives of g with respect to x_i, x_j, x_k.
std::array<double, 3> dg(TriadicForm form, double xi, double xj, double xk)
{
    switch (form) {
    case TriadicForm::Linear:
        return {-2.0, 1.0, 1.0};
    case TriadicForm::Product:
        return {-2.0 * xi, xk, xj};
    case TriadicForm::Cubic:
        return {-3.0 * xi * xi, 2.0 * xj * xk, xj * xj};
    }
    return {0.0, 0.0, 0.0};
}
} // namespace

MapNetwork::MapNetwork(const NetworkDescription& description) : Model({}), m_typeName("map-network")
{
    setDescription(description);
}

MapNetwork::MapNetwork(std::string typeName, std::vector<ParameterSpec> specs)
    : Model(std::move(specs)), m_typeName(std::move(typeName))
{
}

void MapNetwork::setDescription(const NetworkDescription& d)
{
    const int n = static_cast<int>(d.nodes.size());
    if (n < 2)
        throw InputError(m_typeName + ": a network needs at least 2 nodes (got " + std::to_string(n) + ")");
    for (int i = 0; i < n; ++i) {
        const auto& node = d.nodes[static_cast<std::size_t>(i)];
        if (node.type == NodeType::Typed) {
            if (!d.typed)
                throw InputError(m_typeName + ": node " + std::to_string(i) +
                                 " is typed, but the network has no "
                                 "typed definition");
            const auto names = d.typed->parameterSpecs();
            if (node.typedParameters.size() != names.size())
                throw InputError(m_typeName + ": typed node " + std::to_string(i) + " has " +
                                 std::to_string(node.typedParameters.size()) +
                                 " parameters; its definition has " + std::to_string(names.size()));
            for (std::size_t p = 0; p < names.size(); ++p)
                requireFinite(node.typedParameters[p],
                              m_typeName + ": parameter " + names[p].name + " of node " + std::to_string(i));
            continue;
        }
        const auto names = ::nd::nodeParameterSpecs(node.type);
        for (std::size_t p = 0; p < names.size(); ++p)
            requireFinite(node.parameters[p], m_typeName + ": parameter " + names[p].name + " of node " +
                                                  std::to_string(i));
    }
    auto checkNode = [&](int v, const std::string& what) {
        if (v < 0 || v >= n)
            throw InputError(m_typeName + ": " + what + " names node " + std::to_string(v) +
                             ", which does not exist (nodes are 0.." + std::to_string(n - 1) + ")");
    };
    std::map<std::pair<int, int>, double> w;
    for (const auto& e : d.edges) {
        checkNode(e.target, "an edge");
        checkNode(e.source, "an edge");
        requireFinite(e.weight, m_typeName + ": weight of edge " + std::to_string(e.source) + " -> " +
                                    std::to_string(e.target));
        w[{e.target, e.source}] += e.weight;
    }
    requireFinite(d.sigma2, m_typeName + ": sigma2");
    std::vector<std::vector<std::array<int, 2>>> pairs(static_cast<std::size_t>(n));
    for (const auto& t : d.triangles) {
        for (int v : t)
            checkNode(v, "a triangle");
        if (t[0] == t[1] || t[1] == t[2] || t[0] == t[2])
            throw InputError(m_typeName + ": triangle {" + std::to_string(t[0]) + ", " + std::to_string(t[1]) +
                             ", " + std::to_string(t[2]) + "} repeats a node");
        for (int r = 0; r < 3; ++r) {
            const int i = t[static_cast<std::size_t>(r)];
            int j = t[static_cast<std::size_t>((r + 1) % 3)], k = t[static_cast<std::size_t>((r + 2) % 3)];
            if (j > k)
                std::swap(j, k);
            pairs[static_cast<std::size_t>(i)].push_back({j, k});
        }
    }

    m_description = d;
    m_offset.assign(static_cast<std::size_t>(n), 0);
    m_couple.assign(static_cast<std::size_t>(n), 0);
    m_dimension = 0;
    for (int i = 0; i < n; ++i) {
        const bool typed = d.nodes[static_cast<std::size_t>(i)].type == NodeType::Typed;
        m_offset[static_cast<std::size_t>(i)] = m_dimension;
        m_couple[static_cast<std::size_t>(i)] = m_dimension + (typed ? d.typed->couplingIndex() : 0);
        m_dimension +=
            typed ? d.typed->dimension() : ::nd::nodeDimension(d.nodes[static_cast<std::size_t>(i)].type);
    }
    m_typedNodes.clear();
    for (int i = 0; i < n; ++i)
        if (d.nodes[static_cast<std::size_t>(i)].type == NodeType::Typed)
            m_typedNodes.push_back(i);
    const std::size_t typedCount = m_typedNodes.size();
    m_typedParameterLanes.assign(
        typedCount * static_cast<std::size_t>(d.typed ? d.typed->parameterCount() : 0), 0.0);
    for (std::size_t t = 0; t < typedCount; ++t) {
        const auto& values = d.nodes[static_cast<std::size_t>(m_typedNodes[t])].typedParameters;
        for (std::size_t k = 0; k < values.size(); ++k)
            m_typedParameterLanes[k * typedCount + t] = values[k];
    }
    m_rowStart.assign(static_cast<std::size_t>(n) + 1, 0);
    m_column.clear();
    m_weight.clear();
    m_rowSum.assign(static_cast<std::size_t>(n), 0.0);
    for (const auto& [key, value] : w) { // std::map orders by (target, source): rows come out sorted
        m_column.push_back(key.second);
        m_weight.push_back(value);
        m_rowStart[static_cast<std::size_t>(key.first) + 1]++;
        m_rowSum[static_cast<std::size_t>(key.first)] += value;
    }
    for (int i = 0; i < n; ++i)
        m_rowStart[static_cast<std::size_t>(i) + 1] += m_rowStart[static_cast<std::size_t>(i)];

    m_triStart.assign(static_cast<std::size_t>(n) + 1, 0);
    m_triPair.clear();
    m_triCoef.clear();
    for (int i = 0; i < n; ++i) {
        const auto& list = pairs[static_cast<std::size_t>(i)];
        const double norm = (d.normaliseTriadic && !list.empty()) ? 1.0 / static_cast<double>(list.size()) : 1.0;
        for (const auto& jk : list) {
            m_triPair.push_back(jk);
            m_triCoef.push_back(d.sigma2 * norm);
            if (d.counting == TriangleCounting::PerOrderedPair) {
                m_triPair.push_back({jk[1], jk[0]});
                m_triCoef.push_back(d.sigma2 * norm);
            }
        }
        m_triStart[static_cast<std::size_t>(i) + 1] = static_cast<int>(m_triPair.size());
    }
}

int MapNetwork::nodeDimension(int node) const
{
    const auto u = static_cast<std::size_t>(node);
    return (u + 1 < m_offset.size() ? m_offset[u + 1] : m_dimension) - m_offset[u];
}

std::vector<std::string> MapNetwork::nodeVariableNames(int node) const
{
    const NodeType t = m_description.nodes[static_cast<std::size_t>(node)].type;
    return t == NodeType::Typed ? m_description.typed->variableNames() : ::nd::nodeVariableNames(t);
}

std::vector<ParameterSpec> MapNetwork::nodeParameterSpecs(int node) const
{
    const NodeType t = m_description.nodes[static_cast<std::size_t>(node)].type;
    return t == NodeType::Typed ? m_description.typed->parameterSpecs() : ::nd::nodeParameterSpecs(t);
}

std::vector<std::string> MapNetwork::nodeNativeParameterNames(int node) const
{
    const NodeType t = m_description.nodes[static_cast<std::size_t>(node)].type;
    return t == NodeType::Typed ? m_description.typed->nativeParameterNames()
                                : ::nd::nodeNativeParameterNames(t);
}

std::vector<std::string> MapNetwork::variableNames() const
{
    std::vector<std::string> names;
    names.reserve(static_cast<std::size_t>(m_dimension));
    for (int i = 0; i < nodeCount(); ++i)
        for (const auto& v : nodeVariableNames(i))
            names.push_back(v + std::to_string(i));
    return names;
}

std::vector<double> MapNetwork::defaultInitialState() const
{
    std::vector<double> s;
    s.reserve(static_cast<std::size_t>(m_dimension));
    for (const auto& node : m_description.nodes)
        for (double v :
             node.type == NodeType::Typed ? m_description.typed->defaultState() : nodeDefaultState(node.type))
            s.push_back(v);
    return s;
}

double MapNetwork::triadicTerm(const double* x, int node) const
{
    const double xi = x[m_couple[static_cast<std::size_t>(node)]];
    double sum = 0.0;
    for (int t = m_triStart[static_cast<std::size_t>(node)]; t < m_triStart[static_cast<std::size_t>(node) + 1]; ++t) {
        const auto& jk = m_triPair[static_cast<std::size_t>(t)];
        sum += m_triCoef[static_cast<std::size_t>(t)] * g(m_description.form, xi,
                                                          x[m_couple[static_cast<std::size_t>(jk[0])]],
                                                          x[m_couple[static_cast<std::size_t>(jk[1])]]);
    }
    return sum;
}

void MapNetwork::stepTypedNodes(const double* x, double* out) const
{
    const TypedNodeMap& map = *m_description.typed;
    const std::size_t lanes = m_typedNodes.size(), dim = static_cast<std::size_t>(map.dimension());
    thread_local std::vector<double> in, next;
    in.resize(lanes * dim);
    next.resize(lanes * dim);
    for (std::size_t t = 0; t < lanes; ++t) {
        const double* node = x + m_offset[static_cast<std::size_t>(m_typedNodes[t])];
        for (std::size_t v = 0; v < dim; ++v)
            in[v * lanes + t] = node[v];
    }
    map.stepLanes(static_cast<int>(lanes), m_typedParameterLanes.data(), in.data(), next.data());
    for (std::size_t t = 0; t < lanes; ++t) {
        double* node = out + m_offset[static_cast<std::size_t>(m_typedNodes[t])];
        for (std::size_t v = 0; v < dim; ++v)
            node[v] = next[v * lanes + t];
    }
}

void MapNetwork::evaluate(const double* x, double* out) const
{
    if (!m_typedNodes.empty())
        stepTypedNodes(x, out);
    const bool diffusive = m_description.pairwise == PairwiseForm::Diffusive;
    for (int i = 0; i < nodeCount(); ++i) {
        const auto ui = static_cast<std::size_t>(i);
        const int o = m_offset[ui];
        const int c = m_couple[ui];
        const auto& node = m_description.nodes[ui];
        if (node.type != NodeType::Typed) // typed nodes: stepped above
            nodeStep(node.type, node.parameters, x + o, out + o);
        const double xi = x[c];
        double p = 0.0;
        for (int e = m_rowStart[ui]; e < m_rowStart[ui + 1]; ++e) {
            const double xj = x[m_couple[static_cast<std::size_t>(m_column[static_cast<std::size_t>(e)])]];
            p += m_weight[static_cast<std::size_t>(e)] * (diffusive ? xj - xi : xj);
        }
        out[c] += p;
        if (m_triStart[ui] != m_triStart[ui + 1])
            out[c] += triadicTerm(x, i);
    }
}

void MapNetwork::jacobian(const double* x, double* jac) const
{
    const auto dim = static_cast<std::size_t>(m_dimension);
    std::fill(jac, jac + dim * dim, 0.0);
    const bool diffusive = m_description.pairwise == PairwiseForm::Diffusive;
    for (int i = 0; i < nodeCount(); ++i) {
        const auto ui = static_cast<std::size_t>(i);
        const auto o = static_cast<std::size_t>(m_offset[ui]);
        const auto ci = static_cast<std::size_t>(m_couple[ui]);
        const auto& node = m_description.nodes[ui];
        if (node.type == NodeType::Typed)
            m_description.typed->jacobian(node.typedParameters.data(), x + o, jac + o * dim + o, m_dimension);
        else
            nodeJacobian(node.type, node.parameters, x + o, jac + o * dim + o, m_dimension);
        double* row = jac + ci * dim; // the row of x_i' (the coupled variable's)
        for (int e = m_rowStart[ui]; e < m_rowStart[ui + 1]; ++e) {
            const auto oj = static_cast<std::size_t>(
                m_couple[static_cast<std::size_t>(m_column[static_cast<std::size_t>(e)])]);
            row[oj] += m_weight[static_cast<std::size_t>(e)];
        }
        if (diffusive)
            row[ci] -= m_rowSum[ui];
        const double xi = x[ci];
        for (int t = m_triStart[ui]; t < m_triStart[ui + 1]; ++t) {
            const auto& jk = m_triPair[static_cast<std::size_t>(t)];
            const auto oj = static_cast<std::size_t>(m_couple[static_cast<std::size_t>(jk[0])]);
            const auto ok = static_cast<std::size_t>(m_couple[static_cast<std::size_t>(jk[1])]);
            const auto d = dg(m_description.form, xi, x[oj], x[ok]);
            const double c = m_triCoef[static_cast<std::size_t>(t)];
            row[ci] += c * d[0];
            row[oj] += c * d[1];
            row[ok] += c * d[2];
        }
    }
}

} // namespace nd
