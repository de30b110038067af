// Neuron interaction networks (issue 22 point 1, ml-papers.md A1): the gpt-neox preset builds the
// official code's layered graph from a checkpoint this test writes. Each weight W[r, c] of block
// b, matrix p encodes (b, p, r, c), so every edge can be checked against the layer it joins and
// the coordinates it names, independently of the builder's bookkeeping. Also: the sampling rules
// (3s qkv rows j, F + j, 2F + j with the attention outputs j; 2s MLP hidden units; the block
// output = the next block's input; the same subset for every checkpoint of a seed), the
// structural weight-1 attention edges, plain chains by pattern, and the refusals (shapes that do
// not chain, s larger than a layer, a checkpoint of another model).
#include "common/errors.h"
#include "io/weightfile.h"
#include "network/interactionnetwork.h"
#include "network/neuromfaseries.h"
#include "readertests.h"
#include "weightwriter.h"

#include <QTest>

#include "common/progress.h"

#include <cmath>
#include <map>
#include <optional>
#include <set>

using namespace nd;

class TestInteractionNetwork : public QObject {
    Q_OBJECT
private slots:
    void gptNeoxEdgesAreTheWeights();
    void gptNeoxSampling();
    void sameSubsetAcrossCheckpoints();
    void chainByPattern();
    void refusals();
    void stepsFromFileNames();
    void seriesOverCheckpoints();

private:
    ndtest::TempFiles m_files;
};

namespace {

// A weight that names its place: exact in F64, never 0 and never +-1.
double code(std::size_t block, int part, std::uint64_t r, std::uint64_t c)
{
    return 0.5 + static_cast<double>(block * 1'000'000 + static_cast<std::size_t>(part) * 100'000 + r * 100 + c) / 1e7;
}

// The official code's node layers per block (input, qkv, attention, dense, hidden), then the output.
constexpr std::size_t kLayersPerBlock = 5;

} // namespace

void TestInteractionNetwork::gptNeoxEdgesAreTheWeights()
{
    const std::uint64_t f = 6;
    const std::size_t blocks = 3, s = 2;
    const std::string path = m_files.write(
        "neox.safetensors", ndtest::matricesToSafetensors(ndtest::gptNeoxMatrices(f, blocks, code), "F64"));
    const WeightFile file = WeightFile::open(path);
    NinOptions o;
    o.samples = s;
    const NinLayout layout = ninLayout(file, o);
    QCOMPARE(layout.blocks, blocks);
    QCOMPARE(layout.hidden, f);
    QCOMPARE(layout.layerSizes.size(), kLayersPerBlock * blocks + 1);
    const InteractionNetwork net = buildInteractionNetwork(file, layout, drawNinSample(layout, s, 7));
    QVERIFY(net.graph.directed);
    // Nodes: s + 3s + s + s + 2s per block, and the last block's own s outputs.
    QCOMPARE(net.graph.nodes, blocks * 8 * s + s);
    // Weight edges per block: qkv 3s*s, dense s*s, up 2s*s, down s*2s (complete bipartite).
    QCOMPARE(net.weightEdges, blocks * (3 * s * s + s * s + 2 * s * s + 2 * s * s));
    // Structural: Q row j -> output j (s), every K and V row -> every output (2s * s).
    QCOMPARE(net.structuralEdges, blocks * (s + 2 * s * s));
    QCOMPARE(net.graph.edges.size(), net.weightEdges + net.structuralEdges);

    std::size_t structural = 0;
    for (const GraphEdge& e : net.graph.edges) {
        const std::size_t from = net.nodeLayer[e.from], to = net.nodeLayer[e.to];
        QCOMPARE(to, from + 1); // edges run forward, between consecutive layers
        const std::size_t block = from / kLayersPerBlock;
        const auto kind = from % kLayersPerBlock;
        const std::uint64_t in = net.nodeCoordinate[e.from], out = net.nodeCoordinate[e.to];
        if (kind == 1) { // qkv -> attention output: weight 1, Q only on the diagonal
            QCOMPARE(e.weight, 1.0);
            QVERIFY(in >= f || in == out);
            ++structural;
            continue;
        }
        const int part = kind == 0 ? 0 : static_cast<int>(kind) - 1; // input:qkv, attention:dense, dense:up, hidden:down
        QCOMPARE(e.weight, code(block, part, out, in));
    }
    QCOMPARE(structural, net.structuralEdges);
}

void TestInteractionNetwork::gptNeoxSampling()
{
    const std::uint64_t f = 16;
    const std::size_t blocks = 4, s = 5;
    const std::string path =
        m_files.write("sampling.safetensors",
                      ndtest::matricesToSafetensors(ndtest::gptNeoxMatrices(f, blocks, code), "F16"));
    const WeightFile file = WeightFile::open(path);
    NinOptions o;
    o.samples = s;
    const NinLayout layout = ninLayout(file, o);
    const NinSample a = drawNinSample(layout, s, 3);
    for (std::size_t b = 0; b < blocks; ++b) {
        const auto& in = a.layers[kLayersPerBlock * b];
        const auto& qkv = a.layers[kLayersPerBlock * b + 1];
        const auto& attention = a.layers[kLayersPerBlock * b + 2];
        const auto& hidden = a.layers[kLayersPerBlock * b + 4];
        QCOMPARE(in.size(), s);
        QCOMPARE(qkv.size(), 3 * s);
        QCOMPARE(hidden.size(), 2 * s);
        for (std::size_t k = 0; k < s; ++k) {
            QCOMPARE(qkv[k], attention[k]);
            QCOMPARE(qkv[s + k], attention[k] + f);
            QCOMPARE(qkv[2 * s + k], attention[k] + 2 * f);
        }
        for (const auto* layer : {&in, &attention, &hidden}) {
            QCOMPARE(std::set<std::size_t>(layer->begin(), layer->end()).size(), layer->size()); // no repeats
            for (std::size_t c : *layer)
                QVERIFY(c < (layer == &hidden ? 4 * f : f));
        }
    }
    QCOMPARE(a.layers.back().size(), s);
    // The same seed draws the same subsets; another seed others.
    QCOMPARE(drawNinSample(layout, s, 3).layers, a.layers);
    QVERIFY(drawNinSample(layout, s, 4).layers != a.layers);
    // The block output of block b is the input layer of block b + 1: one node layer, so the
    // edges of dense_4h_to_h(b) end on the nodes qkv(b + 1) starts from.
    const InteractionNetwork net = buildInteractionNetwork(file, layout, a);
    std::set<std::size_t> downTargets, qkvSources;
    for (const GraphEdge& e : net.graph.edges) {
        if (net.nodeLayer[e.from] == kLayersPerBlock * 0 + 4)
            downTargets.insert(e.to);
        if (net.nodeLayer[e.from] == kLayersPerBlock * 1)
            qkvSources.insert(e.from);
    }
    QCOMPARE(downTargets, qkvSources);
    QCOMPARE(downTargets.size(), s);
    // F16 weights read back as the nearest half of the code value.
    for (const GraphEdge& e : net.graph.edges)
        if (net.nodeLayer[e.from] == 0)
            QVERIFY(std::abs(e.weight - code(0, 0, net.nodeCoordinate[e.to], net.nodeCoordinate[e.from])) < 1e-3);
}

void TestInteractionNetwork::sameSubsetAcrossCheckpoints()
{
    // Two checkpoints of one model in the two formats: the node subset of a seed is the same, the
    // weights are each checkpoint's own.
    const std::uint64_t f = 8;
    auto later = [](std::size_t b, int p, std::uint64_t r, std::uint64_t c) { return -2.0 * code(b, p, r, c); };
    const std::string early = m_files.write(
        "step0.safetensors", ndtest::matricesToSafetensors(ndtest::gptNeoxMatrices(f, 2, code), "F32"));
    const std::string late =
        m_files.write("step100.npz", ndtest::matricesToNpz(ndtest::gptNeoxMatrices(f, 2, later), "F64"));
    const WeightFile a = WeightFile::open(early), b = WeightFile::open(late);
    NinOptions o;
    o.samples = 3;
    const NinLayout layout = ninLayout(a, o);
    QVERIFY(ninLayout(b, o) == layout);
    const NinSample sample = drawNinSample(layout, 3, 0);
    const InteractionNetwork na = buildInteractionNetwork(a, layout, sample);
    const InteractionNetwork nb = buildInteractionNetwork(b, layout, sample);
    QCOMPARE(na.nodeCoordinate, nb.nodeCoordinate);
    QCOMPARE(na.graph.edges.size(), nb.graph.edges.size());
    for (std::size_t k = 0; k < na.graph.edges.size(); ++k) {
        const GraphEdge &x = na.graph.edges[k], &y = nb.graph.edges[k];
        QCOMPARE(x.from, y.from);
        QCOMPARE(x.to, y.to);
        if (x.weight != 1.0) // structural edges stay 1
            QVERIFY(std::abs(y.weight + 2.0 * x.weight) < 1e-6); // F32 early, F64 late
    }
}

void TestInteractionNetwork::chainByPattern()
{
    // A 3-layer perceptron twice over: fc1 [5 x 4], fc2 [3 x 5] per block, then block 1 takes 3 inputs.
    std::vector<ndtest::Matrix> m;
    const std::uint64_t shapes[][2] = {{5, 4}, {3, 5}, {5, 3}, {3, 5}};
    for (int k = 0; k < 4; ++k) {
        ndtest::Matrix x{"blocks." + std::to_string(k / 2) + (k % 2 ? ".fc2.weight" : ".fc1.weight"), shapes[k][0],
                         shapes[k][1], {}};
        for (std::uint64_t r = 0; r < x.rows; ++r)
            for (std::uint64_t c = 0; c < x.cols; ++c)
                x.values.push_back(code(static_cast<std::size_t>(k / 2), k % 2, r, c));
        m.push_back(x);
    }
    const WeightFile file = WeightFile::open(m_files.write("mlp.npz", ndtest::matricesToNpz(m, "F64")));
    NinOptions o;
    o.preset = NinPreset::None;
    o.patterns = {"blocks.{i}.fc1.weight", "blocks.{i}.fc2.weight"};
    o.samples = 2;
    const NinLayout layout = ninLayout(file, o);
    QCOMPARE(layout.blocks, std::size_t{2});
    QCOMPARE(layout.layerSizes, (std::vector<std::uint64_t>{4, 5, 3, 5, 3}));
    const InteractionNetwork net = buildInteractionNetwork(file, layout, drawNinSample(layout, 2, 1));
    QCOMPARE(net.graph.nodes, std::size_t{10});
    QCOMPARE(net.weightEdges, std::size_t{16});
    QCOMPARE(net.structuralEdges, std::size_t{0});
    for (const GraphEdge& e : net.graph.edges) {
        const std::size_t layer = net.nodeLayer[e.from];
        QCOMPARE(net.nodeLayer[e.to], layer + 1);
        QCOMPARE(e.weight, code(layer / 2, static_cast<int>(layer % 2), net.nodeCoordinate[e.to], net.nodeCoordinate[e.from]));
    }
    // Sample size 4 exceeds the 3-neuron layers.
    o.samples = 4;
    const std::string e = ndtest::errorOf([&] { (void)ninLayout(file, o); });
    QVERIFY2(e.find("larger than layer 'blocks.0.fc2.weight output' (3 neurons)") != std::string::npos, e.c_str());
}

void TestInteractionNetwork::refusals()
{
    const std::uint64_t f = 4;
    auto matrices = ndtest::gptNeoxMatrices(f, 2, code);
    // s larger than the hidden width (and 2s than the MLP layer is implied).
    const WeightFile good =
        WeightFile::open(m_files.write("good.safetensors", ndtest::matricesToSafetensors(matrices, "F32")));
    NinOptions o;
    o.samples = 5;
    std::string e = ndtest::errorOf([&] { (void)ninLayout(good, o); });
    QVERIFY2(e.find("sample size 5 is larger than layer 'block 0 input' (4 neurons)") != std::string::npos, e.c_str());
    // Shapes that do not chain: block 1's dense is 4 x 3.
    auto broken = matrices;
    broken[5].cols = 3;
    broken[5].values.resize(12);
    const WeightFile bad =
        WeightFile::open(m_files.write("bad.safetensors", ndtest::matricesToSafetensors(broken, "F32")));
    o.samples = 2;
    e = ndtest::errorOf([&] { (void)ninLayout(bad, o); });
    QVERIFY2(e.find("gpt_neox.layers.1.attention.dense.weight' has shape [4, 3], expected [4, 4]") != std::string::npos &&
                 e.find("do not chain") != std::string::npos,
             e.c_str());
    // A missing block member.
    auto missing = matrices;
    missing.erase(missing.begin() + 6);
    const WeightFile gap =
        WeightFile::open(m_files.write("gap.safetensors", ndtest::matricesToSafetensors(missing, "F32")));
    e = ndtest::errorOf([&] { (void)ninLayout(gap, o); });
    QVERIFY2(e.find("no tensor named 'gpt_neox.layers.1.mlp.dense_h_to_4h.weight'") != std::string::npos, e.c_str());
    // Not a GPT-NeoX checkpoint.
    const WeightFile other = WeightFile::open(
        m_files.write("other.safetensors",
                      ndtest::safetensors({{"w", "F32", {2, 2}, ndtest::encode({1, 2, 3, 4}, "F32")}})));
    e = ndtest::errorOf([&] { (void)ninLayout(other, o); });
    QVERIFY2(e.find("no GPT-NeoX block found") != std::string::npos, e.c_str());
    // A later checkpoint of another model (F = 8) with the first one's layout.
    const NinLayout layout = ninLayout(good, o);
    const WeightFile wider = WeightFile::open(m_files.write(
        "wider.safetensors", ndtest::matricesToSafetensors(ndtest::gptNeoxMatrices(8, 2, code), "F32")));
    e = ndtest::errorOf([&] { (void)buildInteractionNetwork(wider, layout, drawNinSample(layout, 2, 0)); });
    QVERIFY2(e.find("another model") != std::string::npos, e.c_str());
    // A non-finite weight.
    auto nan = matrices;
    nan[0].values.assign(nan[0].values.size(), std::nan(""));
    const WeightFile withNan =
        WeightFile::open(m_files.write("nan.safetensors", ndtest::matricesToSafetensors(nan, "F32")));
    e = ndtest::errorOf([&] { (void)buildInteractionNetwork(withNan, layout, drawNinSample(layout, 2, 0)); });
    QVERIFY2(e.find("non-finite weight") != std::string::npos, e.c_str());
    QVERIFY(ndtest::errorOf([] { (void)ninPresetFromName("llama"); }).find("unknown preset 'llama'") !=
            std::string::npos);
}

void TestInteractionNetwork::stepsFromFileNames()
{
    QCOMPARE(stepFromFileName("step1000.safetensors"), std::optional<double>(1000));
    QCOMPARE(stepFromFileName("model-step_2000.npz"), std::optional<double>(2000));
    QCOMPARE(stepFromFileName("pythia-410m-Step-3.safetensors"), std::optional<double>(3)); // "step" wins over 410
    QCOMPARE(stepFromFileName("ckpt-500.npz"), std::optional<double>(500));
    QCOMPARE(stepFromFileName("run2_0003.npy"), std::optional<double>(3)); // the last digits
    QCOMPARE(stepFromFileName("final.safetensors"), std::optional<double>());
    // A folder: its weight files sorted by step; other files ignored; duplicate steps refused.
    QTemporaryDir dir;
    for (const char* name : {"step20.npz", "step3.safetensors", "notes.txt", "step100.npy"})
        ndtest::writeBytes(dir.filePath(name).toStdString(), "x");
    const auto series = neuroMfaCheckpoints({dir.path().toStdString()});
    QCOMPARE(series.size(), std::size_t{3});
    QCOMPARE(series[0].step, 3.0);
    QCOMPARE(series[1].step, 20.0);
    QCOMPARE(series[2].step, 100.0);
    ndtest::writeBytes(dir.filePath("step-20.safetensors").toStdString(), "x");
    QVERIFY(ndtest::errorOf([&] {
                (void)neuroMfaCheckpoints({dir.path().toStdString()});
            }).find("same step 20") != std::string::npos);
    QVERIFY(ndtest::errorOf([&] { (void)neuroMfaCheckpoints({}); }).find("no checkpoint") !=
            std::string::npos);
    QTemporaryDir empty;
    QVERIFY(ndtest::errorOf([&] {
                (void)neuroMfaCheckpoints({empty.path().toStdString()});
            }).find("holds no .safetensors") != std::string::npos);
    QVERIFY(ndtest::errorOf([&] {
                (void)neuroMfaCheckpoints({dir.filePath("notes.txt").toStdString()});
            }).find("no training step") != std::string::npos);
}

void TestInteractionNetwork::seriesOverCheckpoints()
{
    // Three checkpoints: step 0 and step 10 hold the same weights (in the two formats), step 20
    // others. Same weights and the same node subsets give the same spectra, so E(10) = ln 1 = 0
    // exactly; E(t0) = 0 by definition; E(20) follows from the means by the formula.
    const std::uint64_t f = 24;
    auto weights = [](std::uint64_t salt) {
        return [salt](std::size_t b, int p, std::uint64_t r, std::uint64_t c) {
            // Deterministic pseudo-random magnitudes in (1/150, 1): distances 1 < d <= 150.
            std::uint64_t x = (b * 7919 + static_cast<std::uint64_t>(p) * 104729 + r * 1299709 + c * 15485863 + salt) *
                              0x9e3779b97f4a7c15ull;
            x ^= x >> 29;
            const double u = static_cast<double>(x % 1000003) / 1000003.0;
            return (salt ? 0.02 + 0.5 * u * u : 0.01 + 0.3 * u) * ((x >> 7) & 1 ? 1.0 : -1.0);
        };
    };
    QTemporaryDir dir;
    ndtest::writeBytes(dir.filePath("step0.safetensors").toStdString(),
                       ndtest::matricesToSafetensors(ndtest::gptNeoxMatrices(f, 2, weights(0)), "F64"));
    ndtest::writeBytes(dir.filePath("step10.npz").toStdString(),
                       ndtest::matricesToNpz(ndtest::gptNeoxMatrices(f, 2, weights(0)), "F64"));
    ndtest::writeBytes(dir.filePath("step20.safetensors").toStdString(),
                       ndtest::matricesToSafetensors(ndtest::gptNeoxMatrices(f, 2, weights(1)), "F64"));
    NeuroMfaSeriesOptions o;
    o.network.samples = 6;
    o.repeats = 4;
    o.threads = 2;
    const NeuroMfaSeriesResult r = neuroMfaSeries(neuroMfaCheckpoints({dir.path().toStdString()}), o);
    QCOMPARE(r.outcome, Outcome::Completed);
    QCOMPARE(r.checkpoints.size(), std::size_t{3});
    QCOMPARE(r.emergence.points.size(), std::size_t{3});
    for (const auto& c : r.checkpoints) {
        QCOMPARE(c.subnetworks.size(), std::size_t{4});
        QCOMPARE(c.nodes, std::size_t{2 * 8 * 6 + 6});
        QCOMPARE(c.passing, std::size_t{4});
        QCOMPARE(c.alphaMean.size(), c.subnetworks.front().alpha.size());
        for (const auto& s : c.subnetworks)
            QCOMPARE(s.method, NetworkSpectrumMethod::NeuroMfaCode);
    }
    for (std::size_t k = 0; k < 4; ++k)
        QCOMPARE(r.checkpoints[1].subnetworks[k].alpha, r.checkpoints[0].subnetworks[k].alpha);
    QVERIFY(r.emergence.defined);
    QCOMPARE(r.emergence.points[0].emergence, 0.0);
    QCOMPARE(r.emergence.points[1].emergence, 0.0);
    // E(20) from the per-subnetwork numbers, averaged here.
    auto mean = [](const NeuroMfaCheckpointResult& c, bool width) {
        double sum = 0.0;
        for (const auto& s : c.subnetworks)
            sum += width ? s.width : s.alpha0;
        return sum / static_cast<double>(c.subnetworks.size());
    };
    const double e = mean(r.checkpoints[2], true) / mean(r.checkpoints[0], true) *
                     std::log(mean(r.checkpoints[0], false) / mean(r.checkpoints[2], false));
    QVERIFY(std::abs(r.emergence.points[2].emergence - e) < 1e-12);
    QVERIFY(r.emergence.points[2].emergence != 0.0);
    QVERIFY(r.conventions.find("neuromfa-code") != std::string::npos);
    // Canceled before the first subnetwork: nothing usable.
    CancelFlag cancel;
    cancel.cancel();
    QCOMPARE(neuroMfaSeries(neuroMfaCheckpoints({dir.path().toStdString()}), o, &cancel).outcome, Outcome::Canceled);
}

QTEST_GUILESS_MAIN(TestInteractionNetwork)
#include "tst_interactionnetwork.moc"
