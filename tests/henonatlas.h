// A small attractor-atlas study for the tests and fuzz targets of the atlas's tile reader
// (tst_attractorstiles, fuzz_attractors_tiles): the Henon map on a 3 x 3 grid of initial states
// along b (3 columns), small and fast. The fuzz seeds (tests/fuzz/seeds/fuzz_attractors_tiles)
// are the two tiles `neurodyn-cli run --tile i/2` writes for it. Header-only.
#pragma once

namespace ndtest {

inline constexpr const char* kHenonAtlasStudy = R"({
    "format": "neurodyn-study", "schema_version": 4,
    "model": {"type": "henon", "parameters": {"a": 1.4, "b": 0.3}},
    "initial_state": [0.1, 0.1],
    "analyses": {"attractors": {
        "x": {"variable": "x", "from": -1.5, "to": 1.5, "count": 3},
        "y": {"variable": "y", "from": -0.5, "to": 0.5, "count": 3},
        "along": {"parameter": "b", "from": 0.2, "to": 0.3, "count": 3}}}})";

} // namespace ndtest
