// NeuroMFA's neuron interaction network (NIN, issue 22 point 1; ml-papers.md A1): a layered,
// directed, weighted graph built from a model's weight matrices in forward order. Nodes are the
// coordinates of each matrix's input and output vectors (the output of one matrix is the input
// of the next); an edge runs from input neuron `in` to output neuron `out` with weight W[out, in]
// (distance 1/|w| in the spectrum). Only a sampled subnetwork (SNIN) is built: s neurons per
// layer, drawn without replacement from a seed, the same subset for every checkpoint of a seed.
//
// Two layouts:
//  - the `gpt-neox` preset, exactly as the official code (network_extraction.py) builds it: per
//    block the chain input (F) -> qkv (3F) -> attention output (F) -> dense output (F) -> MLP
//    hidden (4F) -> block output (F) from gpt_neox.layers.{i}.attention.query_key_value.weight,
//    attention.dense.weight, mlp.dense_h_to_4h.weight and mlp.dense_4h_to_h.weight; s input
//    neurons, s head-dimension indices j reused as the qkv rows j, F + j, 2F + j (the code reads
//    the rows as three blocks Q|K|V; Hugging Face interleaves them per head, so these labels are
//    the code's, not the model's) and as the attention outputs, s dense outputs, 2s of the 4F
//    hidden units, and the block output sample = the next block's input sample (the last block
//    draws its own). Between qkv and attention output the code adds structural weight-1 edges
//    (Q row j -> output j; every K and V row -> every output); their distance is exactly 1, so the
//    NeuroMFA filter 1 < d <= d_max drops them and they never reach the spectrum. They are kept
//    here (counted in structuralEdges) so the graph is the code's graph.
//  - a plain chain of matrices named by patterns (`{i}` = block number 0, 1, ... while the first
//    pattern's name exists), every node layer sampled with s neurons.
// Any thread may call; the WeightFile is only read.
#pragma once

#include "io/weightfile.h"
#include "measures/networkspectrum.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nd {

enum class NinPreset { None, GptNeoX };

// "gpt-neox" (and "" for None); nullopt-like: throws InputError for an unknown name.
NinPreset ninPresetFromName(const std::string& name);
const char* ninPresetName(NinPreset preset);

struct NinOptions {
    NinPreset preset = NinPreset::GptNeoX;
    std::vector<std::string> patterns; // NinPreset::None: weight names in forward order, `{i}` = block
    std::size_t samples = 32;          // s, the per-layer sample size (the official code: 32, or 64 in 2024)
};

// One weight matrix of the layout: its tensor name, shape [out, in], and the node layers it joins.
struct NinMatrix {
    std::string name;
    std::uint64_t rows = 0, cols = 0; // out x in
    std::size_t fromLayer = 0, toLayer = 0;
    bool structural = false; // gpt-neox's weight-1 qkv -> attention mixing (no tensor)

    bool operator==(const NinMatrix&) const = default;
};

// The layout found in a checkpoint: node layers (name and size) and the matrices between them.
struct NinLayout {
    NinPreset preset = NinPreset::GptNeoX;
    std::size_t blocks = 0;
    std::uint64_t hidden = 0; // F (gpt-neox)
    std::vector<std::string> layerNames;
    std::vector<std::uint64_t> layerSizes;
    std::vector<NinMatrix> matrices; // in forward order

    bool operator==(const NinLayout&) const = default;
};

// Finds the matrices in `file` and checks that they chain. Throws InputError for no matching
// tensor, a missing block member, a tensor that is not a matrix, shapes that do not chain (naming
// both tensors and their shapes), or s larger than a layer (or 2s than the MLP hidden layer).
NinLayout ninLayout(const WeightFile& file, const NinOptions& options);

// The sampled coordinates of every node layer for one seed (sorted within each layer is NOT
// applied: the draw order is kept, as numpy.random.choice returns it).
struct NinSample {
    std::uint64_t seed = 0;
    std::vector<std::vector<std::size_t>> layers; // per node layer: the sampled coordinates
};

// Draws without replacement with a 64-bit Mersenne twister seeded with `seed` (the official code
// seeds numpy with the subnetwork index; the draws differ from numpy's, the procedure is the
// same). Throws InputError when s is larger than a layer.
NinSample drawNinSample(const NinLayout& layout, std::size_t samples, std::uint64_t seed);

struct InteractionNetwork {
    WeightedGraph graph;                // directed; nodes numbered layer by layer in sample order
    std::vector<std::string> layerNames; // as the layout's
    std::vector<std::size_t> nodeLayer;  // per node: its layer
    std::vector<std::size_t> nodeCoordinate; // per node: its coordinate in the layer
    std::size_t weightEdges = 0;     // edges from nonzero weights
    std::size_t structuralEdges = 0; // gpt-neox's weight-1 attention edges
};

// Builds the subnetwork of `sample` from `file`'s weights: only the sampled entries are read
// (memory-mapped). Throws InputError when the file's layout differs from `layout` (a checkpoint of
// another model) or a weight is not finite.
InteractionNetwork buildInteractionNetwork(const WeightFile& file, const NinLayout& layout, const NinSample& sample);

} // namespace nd
