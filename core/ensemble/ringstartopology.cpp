#include "ensemble/ringstartopology.h"

#include "network/ringstar.h"

#include <algorithm>

namespace nd::ringstar {

namespace {
const char* trianglesSetting(RingStarTriangles t)
{
    switch (t) {
    case RingStarTriangles::Hub:
        return "hub";
    case RingStarTriangles::Ring:
        return "ring";
    case RingStarTriangles::All:
        return "all";
    case RingStarTriangles::None:
        break;
    }
    return "none";
}
} // namespace

Topology buildTopology(const RingStarEnsembleSpec& spec)
{
    const int n = spec.nodes, r = spec.range, m = n - 1;
    Topology t;
    t.nodes = n;
    t.runStart.push_back(0);
    // Hub: every ring node, in index order, one weight.
    t.runs.push_back({HubToRing, 0, m});
    for (int i = 1; i < n; ++i)
        t.source.push_back(i);
    t.runStart.push_back(1);
    for (int i = 1; i < n; ++i) {
        // Ring node: the hub (source 0 sorts first), then its 2R ring neighbours by index.
        t.runs.push_back(
            {RingToHub, static_cast<int>(t.source.size()), static_cast<int>(t.source.size()) + 1});
        t.source.push_back(0);
        std::vector<int> ring;
        for (int s = 1; s <= r; ++s) {
            ring.push_back(1 + (i - 1 + s) % m);
            ring.push_back(1 + (i - 1 - s + m) % m);
        }
        std::sort(ring.begin(), ring.end());
        if (!ring.empty()) {
            t.runs.push_back(
                {Ring, static_cast<int>(t.source.size()), static_cast<int>(t.source.size() + ring.size())});
            t.source.insert(t.source.end(), ring.begin(), ring.end());
        }
        t.runStart.push_back(static_cast<int>(t.runs.size()));
    }

    // Triangles from the preset itself, paired per node exactly as MapNetwork::setDescription does.
    std::vector<std::vector<std::array<int, 2>>> pairs(static_cast<std::size_t>(n));
    if (spec.triangles != RingStarTriangles::None) {
        const RingStarNetwork net({{"N", std::to_string(n)},
                                   {"R", std::to_string(r)},
                                   {"triangles", trianglesSetting(spec.triangles)}});
        for (const auto& tri : net.description().triangles)
            for (int k = 0; k < 3; ++k) {
                const int i = tri[static_cast<std::size_t>(k)];
                int a = tri[static_cast<std::size_t>((k + 1) % 3)],
                    b = tri[static_cast<std::size_t>((k + 2) % 3)];
                if (a > b)
                    std::swap(a, b);
                pairs[static_cast<std::size_t>(i)].push_back({a, b});
            }
    }
    t.triStart.push_back(0);
    for (const auto& list : pairs) {
        t.triNorm.push_back(spec.normaliseTriadic && !list.empty() ? 1.0 / static_cast<double>(list.size())
                                                                   : 1.0);
        for (const auto& jk : list) {
            t.triPair.push_back(jk);
            if (spec.counting == TriangleCounting::PerOrderedPair)
                t.triPair.push_back({jk[1], jk[0]});
        }
        t.triStart.push_back(static_cast<int>(t.triPair.size()));
    }
    return t;
}

} // namespace nd::ringstar
