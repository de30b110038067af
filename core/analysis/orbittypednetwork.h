// The orbit-diagram fast path of map networks whose nodes are all typed (network/typednode.h):
// ring-star, ring-star-k4, chains and edge-list networks of one typed map. Internal to
// core/analysis; each worker thread uses its own runner (orbitlanes.h has the conventions).
#pragma once

#include "analysis/orbitlanes.h"

namespace nd {

// Null unless the model is a MapNetwork whose every node is typed (per-node overrides are fine:
// every lane carries its own parameters).
std::unique_ptr<LaneRunner> createTypedNetworkLaneRunner(const Model& model,
                                                         const OrbitRunSettings& settings);

} // namespace nd
