#include "oscillators/kuramoto.h"

#include "common/errors.h"
#include "ensemble/vectormath.h"
#include "network/presetnetwork.h"

#include <boost/math/special_functions/erf.hpp>

#include <cmath>
#include <complex>
#include <map>
#include <numbers>
#include <random>
#include <sstream>

namespace nd {

namespace {
const char* kType = "kuramoto";

std::vector<SettingSpec> kuramotoSpecs()
{
    return {
        {"N", "100", "Number of oscillators (>= 2)", {}},
        {"topology", "all-to-all", "Coupling graph", {"all-to-all", "ring", "graph"}},
        {"R", "1", "Ring range: neighbours on each side (topology ring)", {}},
        {"edges", "", "Edges for topology graph: i-j (both ways), i>j (j acts on i), optional :weight", {}},
        {"normalisation", "auto", "Divide the coupling sum by N, by the node's degree, or not at all",
         {"auto", "N", "degree", "none"}},
        {"frequencies", "lorentzian", "Law of the natural frequencies", {"lorentzian", "gaussian", "uniform", "explicit"}},
        {"sampling", "random", "Random draws (seeded) or deterministic quantiles", {"random", "quantile"}},
        {"seed", "1", "Seed of the random draws", {}},
        {"omegas", "", "Explicit natural frequencies, comma-separated (frequencies = explicit)", {}},
    };
}

std::vector<ParameterSpec> kuramotoParameters()
{
    return {
        {"K", 1.0, -1e6, 1e6, 0.0, 10.0, "Coupling strength"},
        {"alpha", 0.0, -10.0, 10.0, -std::numbers::pi / 2, std::numbers::pi / 2, "Sakaguchi phase lag"},
        {"omega0", 0.0, -1e6, 1e6, -5.0, 5.0, "Centre of the natural-frequency law"},
        {"gamma", 1.0, 0.0, 1e6, 0.0, 5.0, "Width of the natural-frequency law"},
    };
}

double standardQuantile(const std::string& law, double u)
{
    if (law == "lorentzian")
        return std::tan(std::numbers::pi * (u - 0.5));
    if (law == "gaussian")
        return std::numbers::sqrt2 * boost::math::erf_inv(2.0 * u - 1.0);
    return 2.0 * u - 1.0; // uniform on [-1, 1]
}

std::vector<WeightedEdge> parseEdges(const std::string& text, int n)
{
    std::vector<WeightedEdge> edges;
    std::stringstream ss(text);
    std::string item;
    while (std::getline(ss, item, ',')) {
        if (item.find_first_not_of(" \t") == std::string::npos)
            continue;
        const std::string what = std::string(kType) + " setting 'edges', entry '" + item + "'";
        double w = 1.0;
        std::string body = item;
        if (const auto colon = item.find(':'); colon != std::string::npos) {
            body = item.substr(0, colon);
            char* end = nullptr;
            w = std::strtod(item.c_str() + colon + 1, &end);
            if (end == item.c_str() + colon + 1 || *end != '\0')
                throw InputError(what + ": the weight is not a number");
            requireFinite(w, what + " weight");
        }
        const auto sep = body.find_first_of("->");
        if (sep == std::string::npos || sep == 0)
            throw InputError(what + ": expected i-j or i>j");
        char* end = nullptr;
        const long i = std::strtol(body.c_str(), &end, 10);
        const long j = std::strtol(body.c_str() + sep + 1, nullptr, 10);
        if (end != body.c_str() + static_cast<std::ptrdiff_t>(sep) || i < 0 || j < 0 || i >= n || j >= n)
            throw InputError(what + ": names a node that does not exist (nodes are 0.." + std::to_string(n - 1) + ")");
        edges.push_back({static_cast<int>(i), static_cast<int>(j), w});
        if (body[sep] == '-')
            edges.push_back({static_cast<int>(j), static_cast<int>(i), w});
    }
    return edges;
}

// Per-thread scratch so that const evaluate() stays safe to call concurrently.
std::vector<double>& scratch(int which, std::size_t n)
{
    thread_local std::vector<double> buffers[2];
    auto& b = buffers[which];
    if (b.size() < n)
        b.resize(n);
    return b;
}
} // namespace

KuramotoNetwork::KuramotoNetwork(const Settings& settings) : Model(kuramotoParameters())
{
    m_settings = mergeSettings(kType, kuramotoSpecs(), settings);
    init(nullptr);
}

KuramotoNetwork::KuramotoNetwork(const Settings& settings, const std::vector<WeightedEdge>& edges)
    : Model(kuramotoParameters())
{
    m_settings = mergeSettings(kType, kuramotoSpecs(), settings);
    m_settings["topology"] = "graph";
    init(&edges);
}

void KuramotoNetwork::init(const std::vector<WeightedEdge>* givenEdges)
{
    m_n = integerSetting(kType, m_settings, "N", 2, 100000000);
    const std::string& topo = m_settings.at("topology");
    m_topology = topo == "ring" ? Topology::Ring : topo == "graph" ? Topology::Graph : Topology::AllToAll;
    std::vector<double> rowSum(static_cast<std::size_t>(m_n), 0.0);
    if (m_topology == Topology::Ring) {
        m_r = integerSetting(kType, m_settings, "R", 1, (m_n - 1) / 2);
        std::fill(rowSum.begin(), rowSum.end(), 2.0 * m_r);
    } else if (m_topology == Topology::AllToAll) {
        std::fill(rowSum.begin(), rowSum.end(), static_cast<double>(m_n));
    } else {
        const auto edges = givenEdges ? *givenEdges : parseEdges(m_settings.at("edges"), m_n);
        std::map<std::pair<int, int>, double> w;
        for (const auto& e : edges) {
            if (e.target < 0 || e.source < 0 || e.target >= m_n || e.source >= m_n)
                throw InputError("kuramoto: an edge names a node that does not exist (nodes are 0.." +
                                 std::to_string(m_n - 1) + ")");
            requireFinite(e.weight, "kuramoto: edge weight");
            w[{e.target, e.source}] += e.weight;
        }
        m_rowStart.assign(static_cast<std::size_t>(m_n) + 1, 0);
        for (const auto& [key, value] : w) {
            m_column.push_back(key.second);
            m_weight.push_back(value);
            m_rowStart[static_cast<std::size_t>(key.first) + 1]++;
            rowSum[static_cast<std::size_t>(key.first)] += value;
        }
        for (int i = 0; i < m_n; ++i)
            m_rowStart[static_cast<std::size_t>(i) + 1] += m_rowStart[static_cast<std::size_t>(i)];
    }
    const std::string& norm = m_settings.at("normalisation");
    m_invNorm.assign(static_cast<std::size_t>(m_n), 1.0);
    for (std::size_t i = 0; i < m_invNorm.size(); ++i) {
        if (norm == "N" || (norm == "auto" && m_topology == Topology::AllToAll))
            m_invNorm[i] = 1.0 / m_n;
        else if ((norm == "degree" || norm == "auto") && rowSum[i] != 0.0)
            m_invNorm[i] = 1.0 / rowSum[i];
    }

    const std::string& law = m_settings.at("frequencies");
    m_explicit = law == "explicit";
    m_z.clear();
    if (m_explicit) {
        std::stringstream ss(m_settings.at("omegas"));
        std::string item;
        while (std::getline(ss, item, ',')) {
            char* end = nullptr;
            const double v = std::strtod(item.c_str(), &end);
            if (end == item.c_str())
                throw InputError("kuramoto setting 'omegas': '" + item + "' is not a number");
            requireFinite(v, "kuramoto setting 'omegas', entry " + std::to_string(m_z.size()));
            m_z.push_back(v);
        }
        if (static_cast<int>(m_z.size()) != m_n)
            throw InputError("kuramoto setting 'omegas' has " + std::to_string(m_z.size()) + " values but N = " +
                             std::to_string(m_n));
    } else if (m_settings.at("sampling") == "quantile") {
        for (int i = 0; i < m_n; ++i)
            m_z.push_back(standardQuantile(law, (i + 0.5) / m_n));
    } else {
        const std::string& seedText = m_settings.at("seed");
        char* end = nullptr;
        const unsigned long long seed = std::strtoull(seedText.c_str(), &end, 10);
        if (end == seedText.c_str() || *end != '\0')
            throw InputError("kuramoto setting 'seed': '" + seedText + "' is not an unsigned integer");
        std::mt19937_64 rng(seed);
        for (int i = 0; i < m_n; ++i) // (k + 1/2) 2^-53 lies strictly inside (0, 1): no infinite tails
            m_z.push_back(standardQuantile(law, (static_cast<double>(rng() >> 11) + 0.5) * 0x1p-53));
    }
    parametersChanged();
}

void KuramotoNetwork::parametersChanged()
{
    const double centre = parameter(2), width = parameter(3);
    m_omega.resize(m_z.size());
    for (std::size_t i = 0; i < m_z.size(); ++i)
        m_omega[i] = m_explicit ? m_z[i] : centre + width * m_z[i];
}

std::vector<SettingSpec> KuramotoNetwork::settingSpecs() const
{
    return kuramotoSpecs();
}

std::vector<std::string> KuramotoNetwork::variableNames() const
{
    std::vector<std::string> names;
    for (int i = 0; i < m_n; ++i)
        names.push_back("theta" + std::to_string(i));
    return names;
}

std::vector<double> KuramotoNetwork::defaultInitialState() const
{
    std::vector<double> x(static_cast<std::size_t>(m_n));
    for (int i = 0; i < m_n; ++i)
        x[static_cast<std::size_t>(i)] = 2.0 * std::numbers::pi * i / m_n;
    return x;
}

void KuramotoNetwork::evaluate(const double* x, double* out) const
{
    const auto n = static_cast<std::size_t>(m_n);
    auto& s = scratch(0, n);
    auto& c = scratch(1, n);
    sinCosArray(x, s.data(), c.data(), n);
    const double k = parameter(0), ca = std::cos(parameter(1)), sa = std::sin(parameter(1));
    // With u_i = cos(theta_i + alpha), v_i = sin(theta_i + alpha):
    // sum_j A_ij sin(theta_j - theta_i - alpha) = u_i (A s)_i - v_i (A c)_i.
    if (m_topology == Topology::AllToAll) {
        double zs = 0.0, zc = 0.0;
        for (std::size_t j = 0; j < n; ++j) {
            zs += s[j];
            zc += c[j];
        }
        const double g = k * m_invNorm[0];
        for (std::size_t i = 0; i < n; ++i) {
            const double u = c[i] * ca - s[i] * sa, v = s[i] * ca + c[i] * sa;
            out[i] = m_omega[i] + g * (zs * u - zc * v);
        }
        return;
    }
    for (std::size_t i = 0; i < n; ++i) {
        double as = 0.0, ac = 0.0;
        if (m_topology == Topology::Ring) {
            for (int d = 1; d <= m_r; ++d) {
                const std::size_t a = (i + static_cast<std::size_t>(d)) % n, b = (i + n - static_cast<std::size_t>(d)) % n;
                as += s[a] + s[b];
                ac += c[a] + c[b];
            }
        } else {
            for (int e = m_rowStart[i]; e < m_rowStart[i + 1]; ++e) {
                const auto j = static_cast<std::size_t>(m_column[static_cast<std::size_t>(e)]);
                as += m_weight[static_cast<std::size_t>(e)] * s[j];
                ac += m_weight[static_cast<std::size_t>(e)] * c[j];
            }
        }
        const double u = c[i] * ca - s[i] * sa, v = s[i] * ca + c[i] * sa;
        out[i] = m_omega[i] + k * m_invNorm[i] * (as * u - ac * v);
    }
}

void KuramotoNetwork::jacobian(const double* x, double* jac) const
{
    const auto n = static_cast<std::size_t>(m_n);
    std::fill(jac, jac + n * n, 0.0);
    const double k = parameter(0), alpha = parameter(1);
    auto add = [&](std::size_t i, std::size_t j, double a) {
        if (i == j)
            return; // sin(theta_i - theta_i - alpha) does not depend on theta_i
        const double d = k * m_invNorm[i] * a * std::cos(x[j] - x[i] - alpha);
        jac[i * n + j] += d;
        jac[i * n + i] -= d;
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (m_topology == Topology::AllToAll) {
            for (std::size_t j = 0; j < n; ++j)
                add(i, j, 1.0);
        } else if (m_topology == Topology::Ring) {
            for (int d = 1; d <= m_r; ++d) {
                add(i, (i + static_cast<std::size_t>(d)) % n, 1.0);
                add(i, (i + n - static_cast<std::size_t>(d)) % n, 1.0);
            }
        } else {
            for (int e = m_rowStart[i]; e < m_rowStart[i + 1]; ++e)
                add(i, static_cast<std::size_t>(m_column[static_cast<std::size_t>(e)]), m_weight[static_cast<std::size_t>(e)]);
        }
    }
}

double kuramotoOrderParameter(const double* theta, int n)
{
    double c = 0.0, s = 0.0;
    for (int i = 0; i < n; ++i) {
        c += std::cos(theta[i]);
        s += std::sin(theta[i]);
    }
    return std::hypot(c, s) / n;
}

} // namespace nd
