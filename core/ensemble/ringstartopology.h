// The coupling structure of a ring-star ensemble, laid out for the lockstep kernel
// (ringstarensemble.cpp): per node the pairwise edges in MapNetwork's order (by increasing
// source), grouped into runs that share one weight kind, and the triadic (j, k) pairs in the
// order MapNetwork::triadicTerm sums them. Internal to core/ensemble; built once per call and
// then only read, so any thread may use it.
#pragma once

#include "ensemble/chialvoensemble.h"

#include <array>
#include <vector>

namespace nd::ringstar {

enum WeightKind { HubToRing = 0, RingToHub = 1, Ring = 2 }; // weight mu*h, mu, sigma/(2R)

struct EdgeRun {
    int kind = Ring;
    int begin = 0; // into Topology::source
    int end = 0;
};

struct Topology {
    int nodes = 0;
    std::vector<int> runStart; // node i owns runs [runStart[i], runStart[i+1])
    std::vector<EdgeRun> runs;
    std::vector<int> source;
    std::vector<int> triStart; // node i owns triPair [triStart[i], triStart[i+1])
    std::vector<std::array<int, 2>> triPair;
    std::vector<double> triNorm; // per node: 1 / (triangles at the node) when normalised, else 1
};

// The triangles are those of the "ring-star" preset (network/ringstar.h) for spec.triangles.
Topology buildTopology(const RingStarEnsembleSpec& spec);

} // namespace nd::ringstar
