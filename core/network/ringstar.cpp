#include "network/ringstar.h"

#include "common/errors.h"

#include <algorithm>
#include <cstdlib>
#include <set>

namespace nd {

namespace {
const char* kRingStar = "ring-star";
const char* kK4 = "ring-star-k4";

std::vector<SettingSpec> nodeSetting()
{
    auto s = std::vector<SettingSpec>{
        {"node", "chialvo", "Node map of every node", {"chialvo", "memristive-chialvo", "rulkov", "typed"}}};
    for (auto& t : typedNodeSettingSpecs())
        s.push_back(t);
    return s;
}

int ringStarNodes(const Settings& merged)
{
    return integerSetting(kRingStar, merged, "N", 3, 1000000);
}

int ringDistance(int a, int b, int m)
{
    const int d = std::abs(a - b) % m;
    return std::min(d, m - d);
}
} // namespace

std::vector<SettingSpec> RingStarNetwork::specs()
{
    auto s = nodeSetting();
    s.push_back({"N", "10", "Number of nodes: the hub plus N-1 ring nodes (N >= 3)", {}});
    s.push_back({"R", "2", "Ring coupling range: neighbours on each side (2R <= N-2)", {}});
    s.push_back({"triangles", "all", "Triangles carrying the triadic coupling sigma2", {"none", "hub", "ring", "all"}});
    s.push_back({"hub-normalisation", "none", "Star term of the hub: plain sum, or divided by the ring size N-1",
                 {"none", "ring-size"}});
    for (auto& t : triadicSettingSpecs())
        s.push_back(t);
    return s;
}

RingStarNetwork::RingStarNetwork(const Settings& settings)
    : RingStarNetwork(Merged{}, mergeSettings(kRingStar, specs(), settings))
{
}

RingStarNetwork::RingStarNetwork(Merged, const Settings& merged)
    : PresetNetwork(kRingStar,
                    {{"mu", 0.01, -1e3, 1e3, 0.0, 0.1, "Star coupling between the hub and every ring node"},
                     {"sigma", 0.01, -1e3, 1e3, 0.0, 0.1, "Ring coupling (normalised by 1/(2R))"},
                     {"sigma2", 0.0, -1e3, 1e3, 0.0, 0.1, "Higher-order (triadic) coupling"}},
                    std::vector<NodeType>(static_cast<std::size_t>(ringStarNodes(merged)),
                                          parseNodeType(merged.at("node"), "ring-star setting 'node'")),
                    specs(), merged)
{
    m_n = ringStarNodes(merged);
    m_r = integerSetting(kRingStar, merged, "R", 0, (m_n - 2) / 2);
    rebuild();
}

void RingStarNetwork::buildCoupling(NetworkDescription& d) const
{
    const double mu = parameter("mu"), sigma = parameter("sigma");
    const int m = m_n - 1; // ring size
    const double h = setting("hub-normalisation") == "ring-size" ? 1.0 / m : 1.0;
    for (int i = 1; i < m_n; ++i) {
        d.edges.push_back({0, i, mu * h});
        d.edges.push_back({i, 0, mu});
        for (int s = 1; s <= m_r; ++s) {
            const double w = sigma / (2.0 * m_r);
            d.edges.push_back({i, 1 + (i - 1 + s) % m, w});
            d.edges.push_back({i, 1 + (i - 1 - s + m) % m, w});
        }
    }
    const std::string& use = setting("triangles");
    std::set<std::array<int, 3>> tri;
    for (int p = 0; p < m && m_r > 0; ++p) {
        for (int s = 1; s <= m_r; ++s) {
            const int q = (p + s) % m;
            if (use == "hub" || use == "all") {
                std::array<int, 3> t{0, 1 + std::min(p, q), 1 + std::max(p, q)};
                tri.insert(t);
            }
            if (use == "ring" || use == "all")
                for (int u = -m_r; u <= m_r; ++u) {
                    const int r = ((p + u) % m + m) % m;
                    if (r == p || r == q || ringDistance(r, q, m) > m_r)
                        continue;
                    std::array<int, 3> t{1 + p, 1 + q, 1 + r};
                    std::sort(t.begin(), t.end());
                    tri.insert(t);
                }
        }
    }
    d.triangles.assign(tri.begin(), tri.end());
    d.sigma2 = parameter("sigma2");
    applyTriadicSettings(settings(), d);
}

std::vector<SettingSpec> RingStarK4Network::specs()
{
    auto s = nodeSetting();
    s.push_back({"triangles", "all",
                 "Triangles carrying sigma2: all four, the three containing the hub, or the ring triangle",
                 {"all", "hub", "ring"}});
    for (auto& t : triadicSettingSpecs())
        s.push_back(t);
    return s;
}

RingStarK4Network::RingStarK4Network(const Settings& settings)
    : RingStarK4Network(Merged{}, mergeSettings(kK4, specs(), settings))
{
}

RingStarK4Network::RingStarK4Network(Merged, const Settings& merged)
    : PresetNetwork(kK4,
                    {{"sigma1", 0.01, -1e3, 1e3, 0.0, 0.1, "Pairwise coupling on the six edges of K4"},
                     {"sigma2", 0.0, -1e3, 1e3, 0.0, 0.1, "Higher-order (triadic) coupling"}},
                    std::vector<NodeType>(4, parseNodeType(merged.at("node"), "ring-star-k4 setting 'node'")), specs(),
                    merged)
{
    rebuild();
}

void RingStarK4Network::buildCoupling(NetworkDescription& d) const
{
    const double s1 = parameter("sigma1");
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j)
            if (i != j)
                d.edges.push_back({i, j, s1});
    const std::string& use = setting("triangles");
    if (use != "ring") {
        d.triangles.push_back({0, 1, 2});
        d.triangles.push_back({0, 1, 3});
        d.triangles.push_back({0, 2, 3});
    }
    if (use != "hub")
        d.triangles.push_back({1, 2, 3});
    d.sigma2 = parameter("sigma2");
    applyTriadicSettings(settings(), d);
}

} // namespace nd
