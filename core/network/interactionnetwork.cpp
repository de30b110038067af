#include "network/interactionnetwork.h"

#include "common/errors.h"

#include <cmath>
#include <numeric>
#include <random>

namespace nd {

namespace {

std::string shapeText(const TensorView& t)
{
    std::string s = "[";
    for (std::size_t i = 0; i < t.shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(t.shape[i]);
    return s + "]";
}

const TensorView& matrixTensor(const WeightFile& file, const std::string& name)
{
    const TensorView& t = file.tensor(name);
    if (t.shape.size() != 2)
        throw InputError(file.path() + ": tensor '" + name + "' is not a matrix (shape " + shapeText(t) + ")");
    return t;
}

std::string blockName(const std::string& pattern, std::size_t block)
{
    std::string out = pattern;
    const std::string number = std::to_string(block);
    for (std::size_t at = out.find("{i}"); at != std::string::npos; at = out.find("{i}", at + number.size()))
        out.replace(at, 3, number);
    return out;
}

// Uniform integer in [0, n) by rejection, so the draw is the same with every standard library.
std::uint64_t uniformBelow(std::mt19937_64& gen, std::uint64_t n)
{
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() -
                                std::numeric_limits<std::uint64_t>::max() % n;
    std::uint64_t x;
    do
        x = gen();
    while (x >= limit);
    return x % n;
}

// k distinct coordinates of [0, n), in draw order (a partial Fisher-Yates shuffle).
std::vector<std::size_t> choose(std::mt19937_64& gen, std::uint64_t n, std::size_t k)
{
    std::vector<std::size_t> pool(static_cast<std::size_t>(n));
    std::iota(pool.begin(), pool.end(), std::size_t{0});
    for (std::size_t i = 0; i < k; ++i)
        std::swap(pool[i], pool[i + static_cast<std::size_t>(uniformBelow(gen, n - i))]);
    pool.resize(k);
    return pool;
}

void requireSamples(const NinLayout& layout, std::size_t layer, std::size_t wanted)
{
    if (wanted > layout.layerSizes[layer])
        throw InputError("the sample size " + std::to_string(wanted) + " is larger than layer '" +
                         layout.layerNames[layer] + "' (" + std::to_string(layout.layerSizes[layer]) + " neurons)");
}

NinLayout gptNeoxLayout(const WeightFile& file)
{
    std::string prefix = "gpt_neox.";
    if (!file.find(prefix + "layers.0.attention.query_key_value.weight")) {
        prefix.clear();
        if (!file.find("layers.0.attention.query_key_value.weight"))
            throw InputError(file.path() +
                             ": no GPT-NeoX block found (expected gpt_neox.layers.0.attention.query_key_value.weight)");
    }
    NinLayout layout;
    layout.preset = NinPreset::GptNeoX;
    const char* kParts[] = {"attention.query_key_value.weight", "attention.dense.weight", "mlp.dense_h_to_4h.weight",
                            "mlp.dense_4h_to_h.weight"};
    for (std::size_t b = 0; file.find(prefix + "layers." + std::to_string(b) + "." + kParts[0]); ++b) {
        const std::string base = prefix + "layers." + std::to_string(b) + ".";
        const TensorView& qkv = matrixTensor(file, base + kParts[0]);
        const TensorView& dense = matrixTensor(file, base + kParts[1]);
        const TensorView& up = matrixTensor(file, base + kParts[2]);
        const TensorView& down = matrixTensor(file, base + kParts[3]);
        if (b == 0)
            layout.hidden = qkv.shape[1];
        const std::uint64_t f = layout.hidden;
        auto check = [&](const TensorView& t, std::uint64_t rows, std::uint64_t cols) {
            if (t.shape[0] != rows || t.shape[1] != cols)
                throw InputError(file.path() + ": tensor '" + t.name + "' has shape " + shapeText(t) + ", expected [" +
                                 std::to_string(rows) + ", " + std::to_string(cols) + "] for hidden size F = " +
                                 std::to_string(f) + " (the matrices do not chain)");
        };
        check(qkv, 3 * f, f);
        check(dense, f, f);
        check(up, 4 * f, f);
        check(down, f, 4 * f);
        const std::string block = "block " + std::to_string(b);
        const std::size_t in = layout.layerNames.size();
        for (const char* part : {" input", " qkv", " attention", " dense", " hidden"})
            layout.layerNames.push_back(block + part);
        for (std::uint64_t size : {f, 3 * f, f, f, 4 * f})
            layout.layerSizes.push_back(size);
        layout.matrices.push_back({qkv.name, 3 * f, f, in, in + 1, false});
        layout.matrices.push_back({"attention mixing", f, 3 * f, in + 1, in + 2, true});
        layout.matrices.push_back({dense.name, f, f, in + 2, in + 3, false});
        layout.matrices.push_back({up.name, 4 * f, f, in + 3, in + 4, false});
        layout.matrices.push_back({down.name, f, 4 * f, in + 4, in + 5, false});
        layout.blocks = b + 1;
    }
    layout.layerNames.push_back("block " + std::to_string(layout.blocks - 1) + " output");
    layout.layerSizes.push_back(layout.hidden);
    if (layout.hidden == 0)
        throw InputError(file.path() + ": the GPT-NeoX hidden size is 0");
    return layout;
}

NinLayout chainLayout(const WeightFile& file, const std::vector<std::string>& patterns)
{
    if (patterns.empty())
        throw InputError("no weight names given (a pattern list or a preset is needed)");
    bool perBlock = false;
    for (const std::string& p : patterns)
        perBlock = perBlock || p.find("{i}") != std::string::npos;
    NinLayout layout;
    layout.preset = NinPreset::None;
    std::vector<std::string> names;
    if (perBlock) {
        for (std::size_t b = 0; file.find(blockName(patterns.front(), b)); ++b) {
            for (const std::string& p : patterns)
                names.push_back(blockName(p, b));
            layout.blocks = b + 1;
        }
        if (names.empty())
            throw InputError(file.path() + ": no tensor named '" + blockName(patterns.front(), 0) + "'");
    } else {
        names = patterns;
        layout.blocks = 1;
    }
    const TensorView* previous = nullptr;
    for (const std::string& name : names) {
        const TensorView& t = matrixTensor(file, name);
        if (!previous) {
            layout.layerNames.push_back(name + " input");
            layout.layerSizes.push_back(t.shape[1]);
        } else if (t.shape[1] != previous->shape[0]) {
            throw InputError(file.path() + ": the matrices do not chain: '" + previous->name + "' " +
                             shapeText(*previous) + " gives " + std::to_string(previous->shape[0]) + " outputs but '" +
                             name + "' " + shapeText(t) + " takes " + std::to_string(t.shape[1]) + " inputs");
        }
        const std::size_t from = layout.layerNames.size() - 1;
        layout.layerNames.push_back(name + " output");
        layout.layerSizes.push_back(t.shape[0]);
        layout.matrices.push_back({name, t.shape[0], t.shape[1], from, from + 1, false});
        previous = &t;
    }
    return layout;
}

} // namespace

NinPreset ninPresetFromName(const std::string& name)
{
    if (name == "gpt-neox")
        return NinPreset::GptNeoX;
    if (name.empty() || name == "none")
        return NinPreset::None;
    throw InputError("unknown preset '" + name + "' (gpt-neox, or none with weight name patterns)");
}

const char* ninPresetName(NinPreset preset)
{
    return preset == NinPreset::GptNeoX ? "gpt-neox" : "none";
}

NinLayout ninLayout(const WeightFile& file, const NinOptions& options)
{
    if (options.samples == 0)
        throw InputError("the sample size must be at least 1");
    NinLayout layout = options.preset == NinPreset::GptNeoX ? gptNeoxLayout(file) : chainLayout(file, options.patterns);
    for (std::size_t l = 0; l < layout.layerSizes.size(); ++l)
        requireSamples(layout, l, layout.preset == NinPreset::GptNeoX && l % 5 == 4 ? 2 * options.samples : options.samples);
    return layout;
}

NinSample drawNinSample(const NinLayout& layout, std::size_t samples, std::uint64_t seed)
{
    NinSample out;
    out.seed = seed;
    out.layers.resize(layout.layerSizes.size());
    std::mt19937_64 gen(seed);
    if (layout.preset == NinPreset::GptNeoX) {
        const std::uint64_t f = layout.hidden;
        requireSamples(layout, 0, samples);
        requireSamples(layout, 4, 2 * samples);
        // The official code's order per block: input, head indices, dense outputs, MLP hidden;
        // after the last block its output.
        for (std::size_t b = 0; b < layout.blocks; ++b) {
            const std::size_t in = 5 * b;
            out.layers[in] = choose(gen, f, samples);
            const std::vector<std::size_t> heads = choose(gen, f, samples);
            auto& qkv = out.layers[in + 1];
            for (std::size_t part = 0; part < 3; ++part)
                for (std::size_t j : heads)
                    qkv.push_back(j + part * static_cast<std::size_t>(f));
            out.layers[in + 2] = heads;
            out.layers[in + 3] = choose(gen, f, samples);
            out.layers[in + 4] = choose(gen, 4 * f, 2 * samples);
        }
        out.layers.back() = choose(gen, f, samples);
        return out;
    }
    for (std::size_t l = 0; l < layout.layerSizes.size(); ++l) {
        requireSamples(layout, l, samples);
        out.layers[l] = choose(gen, layout.layerSizes[l], samples);
    }
    return out;
}

InteractionNetwork buildInteractionNetwork(const WeightFile& file, const NinLayout& layout, const NinSample& sample)
{
    if (sample.layers.size() != layout.layerSizes.size())
        throw InputError("the node sample was drawn for another layout");
    for (const NinMatrix& m : layout.matrices) {
        if (m.structural)
            continue;
        const TensorView* t = file.find(m.name);
        if (!t || t->shape.size() != 2 || t->shape[0] != m.rows || t->shape[1] != m.cols)
            throw InputError(file.path() + ": tensor '" + m.name + "' is " + (t ? "of shape " + shapeText(*t) : "missing") +
                             ", the first checkpoint's is [" + std::to_string(m.rows) + ", " + std::to_string(m.cols) +
                             "] (another model?)");
    }

    InteractionNetwork net;
    net.layerNames = layout.layerNames;
    std::vector<std::size_t> offset(sample.layers.size() + 1, 0);
    for (std::size_t l = 0; l < sample.layers.size(); ++l) {
        offset[l + 1] = offset[l] + sample.layers[l].size();
        for (std::size_t c : sample.layers[l]) {
            net.nodeLayer.push_back(l);
            net.nodeCoordinate.push_back(c);
        }
    }
    net.graph.nodes = offset.back();
    net.graph.directed = true;
    for (const NinMatrix& m : layout.matrices) {
        const auto& ins = sample.layers[m.fromLayer];
        const auto& outs = sample.layers[m.toLayer];
        if (m.structural) {
            // adj = [eye(F); ones(2F, F)] in the code: Q row j -> output j, K and V rows -> all.
            const std::size_t f = static_cast<std::size_t>(m.rows);
            for (std::size_t a = 0; a < ins.size(); ++a)
                for (std::size_t b = 0; b < outs.size(); ++b)
                    if (ins[a] >= f || ins[a] == outs[b]) {
                        net.graph.edges.push_back({offset[m.fromLayer] + a, offset[m.toLayer] + b, 1.0});
                        ++net.structuralEdges;
                    }
            continue;
        }
        const TensorView& w = file.tensor(m.name);
        // Output rows outer: the sampled entries of one row share a page in row-major storage.
        for (std::size_t b = 0; b < outs.size(); ++b)
            for (std::size_t a = 0; a < ins.size(); ++a) {
                const double value = w.at2(outs[b], ins[a]);
                if (!std::isfinite(value))
                    throw InputError(file.path() + ": tensor '" + m.name + "' holds a non-finite weight at [" +
                                     std::to_string(outs[b]) + ", " + std::to_string(ins[a]) + "]");
                if (value != 0.0) {
                    net.graph.edges.push_back({offset[m.fromLayer] + a, offset[m.toLayer] + b, value});
                    ++net.weightEdges;
                }
            }
    }
    return net;
}

} // namespace nd
