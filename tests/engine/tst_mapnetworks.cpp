// Map networks against independent oracles: coupling terms computed by hand, triangle counts
// by brute-force enumeration, analytic Jacobians against central differences, exact
// synchrony of identical nodes (all diffusive terms vanish), the K4 identity
// (sigma1, sigma2) ~ (sigma1 + 2 sigma2, 0), and clear errors for bad input.
#include "common/errors.h"
#include "jacobiancheck.h"
#include "model/registry.h"
#include "network/chainnetwork.h"
#include "network/ringstar.h"

#include <QTest>

#include <algorithm>

#include <cmath>
#include <random>

using namespace nd;

class TestMapNetworks : public QObject {
    Q_OBJECT
private slots:
    void handComputedCoupling();
    void triadicCountingAndNormalisation();
    void ringStarCoupling();
    void ringStarTriangleCounts();
    void chainDirections();
    void variableNamesAndOverrides();
    void jacobians();
    void identicalNodesStaySynchronised();
    void k4LinearIdentity();
    void linearTriadicIsWeightedPairwise();
    void badInput();
};

namespace {
std::vector<double> randomState(const Model& m, std::mt19937_64& rng, double lo = -1.0, double hi = 1.5)
{
    std::uniform_real_distribution<double> u(lo, hi);
    std::vector<double> x(static_cast<std::size_t>(m.dimension()));
    for (auto& v : x)
        v = u(rng);
    return x;
}

// Coupling received by each node's x: network step minus the uncoupled node step.
std::vector<double> couplingOf(const MapNetwork& net, const std::vector<double>& x)
{
    std::vector<double> out(x.size());
    net.evaluate(x.data(), out.data());
    std::vector<double> c;
    for (int i = 0; i < net.nodeCount(); ++i) {
        const auto& node = net.description().nodes[static_cast<std::size_t>(i)];
        double alone[3] = {0.0, 0.0, 0.0};
        nodeStep(node.type, node.parameters, x.data() + net.nodeOffset(i), alone);
        c.push_back(out[static_cast<std::size_t>(net.nodeOffset(i))] - alone[0]);
    }
    return c;
}

template <class Fn> void expectInputError(Fn fn, const char* fragment)
{
    try {
        fn();
    } catch (const InputError& e) {
        if (!QString::fromUtf8(e.what()).contains(QString::fromUtf8(fragment)))
            QFAIL(qPrintable(QStringLiteral("message '%1' lacks '%2'").arg(e.what(), fragment)));
        return;
    }
    QFAIL(qPrintable(QStringLiteral("expected an InputError mentioning '%1'").arg(fragment)));
}

double maxAbsDiff(const std::vector<double>& a, const std::vector<double>& b)
{
    double d = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        d = std::max(d, std::fabs(a[i] - b[i]));
    return d;
}
} // namespace

void TestMapNetworks::handComputedCoupling()
{
    NetworkDescription d;
    d.nodes.resize(3);
    d.edges = {{0, 1, 0.5}, {2, 0, 0.25}, {2, 0, 0.25}}; // the repeated entry adds up to W_20 = 0.5
    d.triangles = {{2, 0, 1}};
    d.sigma2 = 0.125;
    MapNetwork net(d);
    const std::vector<double> x{0.3, 1.0, 1.7, 0.9, -0.4, 2.0};
    const auto c = couplingOf(net, x);
    const double x0 = 0.3, x1 = 1.7, x2 = -0.4;
    QVERIFY(std::fabs(c[0] - (0.5 * (x1 - x0) + 0.125 * (x1 + x2 - 2 * x0))) < 1e-15);
    QVERIFY(std::fabs(c[1] - 0.125 * (x0 + x2 - 2 * x1)) < 1e-15);
    QVERIFY(std::fabs(c[2] - (0.5 * (x0 - x2) + 0.125 * (x0 + x1 - 2 * x2))) < 1e-15);
    // The y variables are not coupled.
    std::vector<double> out(6);
    net.evaluate(x.data(), out.data());
    QCOMPARE(out[1], 0.89 * 1.0 - 0.6 * 0.3 + 0.28);

    d.pairwise = PairwiseForm::Direct;
    d.sigma2 = 0.0;
    const auto direct = couplingOf(MapNetwork(d), x);
    QVERIFY(std::fabs(direct[0] - 0.5 * x1) < 1e-15);
    QVERIFY(std::fabs(direct[2] - 0.5 * x0) < 1e-15);
}

void TestMapNetworks::triadicCountingAndNormalisation()
{
    NetworkDescription d;
    d.nodes.resize(4);
    d.triangles = {{0, 1, 2}, {3, 1, 0}};
    d.sigma2 = 1.0;
    d.form = TriadicForm::Cubic;
    const std::vector<double> x{0.3, 0, 1.1, 0, -0.7, 0, 0.5, 0};
    const double x0 = 0.3, x1 = 1.1, x2 = -0.7, x3 = 0.5;
    auto cubic = [](double i, double j, double k) { return j * j * k - i * i * i; };
    const auto once = couplingOf(MapNetwork(d), x);
    QVERIFY(std::fabs(once[0] - (cubic(x0, x1, x2) + cubic(x0, x1, x3))) < 1e-14);
    QVERIFY(std::fabs(once[3] - cubic(x3, x0, x1)) < 1e-14);
    d.counting = TriangleCounting::PerOrderedPair;
    const auto pairs = couplingOf(MapNetwork(d), x);
    QVERIFY(std::fabs(pairs[0] - (cubic(x0, x1, x2) + cubic(x0, x2, x1) + cubic(x0, x1, x3) +
                                  cubic(x0, x3, x1))) < 1e-14);
    d.normaliseTriadic = true;
    d.form = TriadicForm::Product;
    const auto norm = couplingOf(MapNetwork(d), x);
    QVERIFY(std::fabs(norm[0] - (2 * (x1 * x2 - x0 * x0) + 2 * (x1 * x3 - x0 * x0)) / 2.0) < 1e-14);
    QVERIFY(std::fabs(norm[2] - 2 * (x0 * x1 - x2 * x2)) < 1e-14);
}

void TestMapNetworks::ringStarCoupling()
{
    RingStarNetwork net({{"N", "7"}, {"R", "1"}, {"triangles", "none"}});
    net.setParameter("mu", 0.2);
    net.setParameter("sigma", 0.3);
    std::mt19937_64 rng(3);
    const auto x = randomState(net, rng);
    auto xs = [&](int i) { return x[static_cast<std::size_t>(2 * i)]; };
    const auto c = couplingOf(net, x);
    double hub = 0.0;
    for (int i = 1; i < 7; ++i)
        hub += 0.2 * (xs(i) - xs(0));
    QVERIFY(std::fabs(c[0] - hub) < 1e-14);
    // Ring node 1's neighbours are 2 and 6 (the ring closes).
    QVERIFY(std::fabs(c[1] - (0.2 * (xs(0) - xs(1)) + 0.15 * (xs(2) - xs(1)) + 0.15 * (xs(6) - xs(1)))) <
            1e-14);
    RingStarNetwork normalised({{"N", "7"}, {"R", "1"}, {"hub-normalisation", "ring-size"}});
    normalised.setParameter("mu", 0.2);
    QVERIFY(std::fabs(couplingOf(normalised, x)[0] - hub / 6.0) < 1e-14);
}

void TestMapNetworks::ringStarTriangleCounts()
{
    // Brute force over all triples: hub triangles need two ring nodes at ring distance <= R,
    // ring triangles three ring nodes pairwise within R.
    for (int n : {4, 7, 9, 12, 15})
        for (int r = 1; 2 * r <= n - 2; ++r) {
            const int m = n - 1;
            auto dist = [m](int a, int b) {
                const int d = std::abs(a - b);
                return std::min(d, m - d);
            };
            int hub = 0, ring = 0;
            for (int a = 0; a < m; ++a)
                for (int b = a + 1; b < m; ++b) {
                    hub += dist(a, b) <= r;
                    for (int c = b + 1; c < m; ++c)
                        ring += dist(a, b) <= r && dist(b, c) <= r && dist(a, c) <= r;
                }
            const Settings base{{"N", std::to_string(n)}, {"R", std::to_string(r)}};
            auto count = [&](const char* use) {
                Settings s = base;
                s["triangles"] = use;
                return static_cast<int>(RingStarNetwork(s).description().triangles.size());
            };
            QCOMPARE(count("hub"), hub);
            QCOMPARE(count("ring"), ring);
            QCOMPARE(count("all"), hub + ring);
            QCOMPARE(count("none"), 0);
        }
}

// Issue 21.6: the linear triadic term is pairwise diffusive coupling in disguise, for any
// network: g = (x_j - x_i) + (x_k - x_i), so sigma2/n_i sum over the triangles {i, j, k} at i
// equals sum_j w_ij (x_j - x_i) with w_ij = sigma2 c_ij / n_i, c_ij the number of triangles
// holding both i and j (twice that when each triangle counts per ordered pair). The GUI's note
// under the triadic settings says so; the product and cubic forms have no such reduction.
void TestMapNetworks::linearTriadicIsWeightedPairwise()
{
    std::mt19937_64 rng(7);
    for (const char* counting : {"once", "ordered-pairs"})
        for (const char* normalisation : {"none", "degree"})
            for (const char* form : {"linear", "product"}) {
                RingStarNetwork net({{"N", "9"},
                                     {"R", "2"},
                                     {"triangles", "all"},
                                     {"form", form},
                                     {"counting", counting},
                                     {"triadic-normalisation", normalisation},
                                     {"node3.b", "0.21"}}); // heterogeneous nodes change nothing here
                net.setParameter("sigma2", 0.037);
                NetworkDescription pairwise = net.description();
                const int n = net.nodeCount();
                std::vector<int> atNode(static_cast<std::size_t>(n), 0);
                std::vector<std::vector<int>> shared(static_cast<std::size_t>(n),
                                                     std::vector<int>(static_cast<std::size_t>(n), 0));
                for (const auto& t : pairwise.triangles)
                    for (int a : t) {
                        ++atNode[static_cast<std::size_t>(a)];
                        for (int b : t)
                            if (b != a)
                                ++shared[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)];
                    }
                const double per = std::string(counting) == "once" ? 1.0 : 2.0;
                for (int i = 0; i < n; ++i)
                    for (int j = 0; j < n; ++j)
                        if (const int c = shared[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)]) {
                            const double norm = std::string(normalisation) == "degree"
                                                    ? 1.0 / atNode[static_cast<std::size_t>(i)]
                                                    : 1.0;
                            pairwise.edges.push_back({i, j, 0.037 * per * c * norm});
                        }
                pairwise.triangles.clear();
                pairwise.sigma2 = 0.0;
                const MapNetwork equivalent(pairwise);
                double worst = 0.0;
                for (int k = 0; k < 20; ++k) {
                    const auto x = randomState(net, rng);
                    worst = std::max(worst, maxAbsDiff(couplingOf(net, x), couplingOf(equivalent, x)));
                }
                if (std::string(form) == "linear")
                    QVERIFY2(worst < 1e-14, qPrintable(QString::number(worst)));
                else
                    QVERIFY2(worst > 1e-3, "the product form is not pairwise coupling");
            }
}

void TestMapNetworks::chainDirections()
{
    // Nodes are numbered from 1 in the names: sigma_12 is in the equation of node 1 (x0) and
    // carries node 2's activation (x1).
    ChainNetwork chain; // chialvo, rulkov, chialvo
    chain.setParameter("sigma_12", 0.3);
    chain.setParameter("sigma_21", 0.0);
    chain.setParameter("sigma_23", 0.0);
    chain.setParameter("sigma_32", 0.0);
    const std::vector<double> x{0.4, 2.0, -1.2, -3.0, 0.8, 1.5};
    const auto c = couplingOf(chain, x);
    QVERIFY(std::fabs(c[0] - 0.3 * (-1.2 - 0.4)) < 1e-15); // node 2 acts on node 1
    QCOMPARE(c[1], 0.0);
    QCOMPARE(c[2], 0.0);
    ChainNetwork direct(Settings{{"coupling", "direct"}});
    direct.setParameter("sigma_32", 0.5);
    direct.setParameter("sigma_12", 0.0);
    direct.setParameter("sigma_21", 0.0);
    direct.setParameter("sigma_23", 0.0);
    const auto cd = couplingOf(direct, x);
    QVERIFY(std::fabs(cd[2] - 0.5 * -1.2) < 1e-15); // node 2 acts on node 3
    QCOMPARE(cd[0], 0.0);
    QCOMPARE(ChainNetwork::strengthName(11, 10, 12), std::string("sigma_12_11"));
    QCOMPARE(ChainNetwork::strengthName(0, 1, 9), std::string("sigma_12"));
    QCOMPARE(ChainNetwork::strengthName(0, 1, 10), std::string("sigma_1_2"));
    // The description states the direction the equation has.
    const auto& specs = chain.parameterSpecs();
    const auto spec =
        std::find_if(specs.begin(), specs.end(), [](const ParameterSpec& p) { return p.name == "sigma_12"; });
    QVERIFY(spec != specs.end());
    QCOMPARE(spec->description, std::string("sigma_12: node 2 acts on node 1 (x0' += sigma_12 * (x1 - x0))"));
    int target = -1, source = -1;
    QVERIFY(ChainNetwork::strengthNodes("sigma_32", 3, target, source));
    QCOMPARE(target, 2);
    QCOMPARE(source, 1);
    QVERIFY(!ChainNetwork::strengthNodes("s12", 3, target, source));
}

void TestMapNetworks::variableNamesAndOverrides()
{
    const auto chain = createModel("chain");
    QCOMPARE(chain->variableNames(), (std::vector<std::string>{"x0", "y0", "x1", "y1", "x2", "y2"}));
    QVERIFY(chain->parameterIndex("r_mu") >= 0 && chain->parameterIndex("b") >= 0);
    const auto mem = createModel("ring-star", {{"N", "3"}, {"R", "0"}, {"node", "memristive-chialvo"}});
    QCOMPARE(mem->dimension(), 9);
    QCOMPARE(mem->variableNames()[2], std::string("phi0"));

    RingStarNetwork net({{"N", "6"}, {"node3.b", "0.2"}});
    QCOMPARE(net.nodeParameter(3, "b"), 0.2);
    QCOMPARE(net.nodeParameter(2, "b"), 0.6);
    net.setParameter("b", 0.3);
    QCOMPARE(net.nodeParameter(3, "b"), 0.2);
    QCOMPARE(net.description().nodes[2].parameters[1], 0.3);
    QCOMPARE(net.settings().at("node3.b"), std::string("0.2"));
    ChainNetwork c(Settings{{"node1.sigma", "-0.8"}});
    QCOMPARE(c.nodeParameter(1, "r_sigma"), -0.8);
    QCOMPARE(c.description().nodes[1].parameters[2], -0.8);
}

void TestMapNetworks::jacobians()
{
    std::mt19937_64 rng(11);
    std::vector<std::unique_ptr<Model>> models;
    for (const char* node : {"chialvo", "memristive-chialvo", "rulkov"})
        for (const char* form : {"linear", "product", "cubic"})
            for (const char* counting : {"once", "ordered-pairs"}) {
                models.push_back(createModel("ring-star", {{"N", "9"},
                                                           {"R", "2"},
                                                           {"node", node},
                                                           {"form", form},
                                                           {"counting", counting},
                                                           {"triadic-normalisation", "degree"}}));
                models.push_back(
                    createModel("ring-star-k4", {{"node", node}, {"form", form}, {"counting", counting}}));
            }
    models.push_back(createModel("chain"));
    models.push_back(createModel(
        "chain", {{"nodes", "memristive-chialvo,rulkov,chialvo,rulkov"}, {"coupling", "direct"}}));
    for (auto& m : models) {
        for (int p = 0; p < m->parameterCount(); ++p) {
            const auto& s = m->parameterSpecs()[static_cast<std::size_t>(p)];
            if (s.name.rfind("s", 0) == 0 || s.name == "mu" || s.name == "sigma" || s.name == "sigma1" ||
                s.name == "sigma2")
                m->setParameter(p, std::uniform_real_distribution<double>(0.05, 0.5)(rng));
        }
        for (int trial = 0; trial < 5; ++trial) {
            const double err = ndtest::jacobianError(*m, randomState(*m, rng));
            if (err > 1e-6)
                QFAIL(qPrintable(QStringLiteral("%1 Jacobian error %2")
                                     .arg(QString::fromStdString(m->typeName()))
                                     .arg(err)));
        }
    }
}

void TestMapNetworks::identicalNodesStaySynchronised()
{
    std::vector<std::unique_ptr<Model>> models;
    for (const char* form : {"linear", "product", "cubic"}) {
        models.push_back(createModel("ring-star", {{"N", "11"}, {"R", "3"}, {"form", form}}));
        models.push_back(createModel("ring-star-k4", {{"form", form}, {"counting", "ordered-pairs"}}));
    }
    models.push_back(createModel("chain", {{"nodes", "chialvo,chialvo,chialvo,chialvo"}}));
    models.push_back(createModel("chain", {{"nodes", "rulkov,rulkov,rulkov"}}));
    std::mt19937_64 rng(5);
    for (auto& m : models) {
        for (int p = 0; p < m->parameterCount(); ++p) {
            const auto& s = m->parameterSpecs()[static_cast<std::size_t>(p)];
            if (s.name == "b")
                m->setParameter(p, 0.18); // chaotic bursting: any desynchronisation would grow
            if (s.name.rfind("s", 0) == 0 || s.name == "mu")
                m->setParameter(p, std::uniform_real_distribution<double>(-0.1, 0.3)(rng));
        }
        auto* net = dynamic_cast<MapNetwork*>(m.get());
        QVERIFY(net);
        const auto one = nodeDefaultState(net->description().nodes[0].type);
        std::vector<double> x, next(static_cast<std::size_t>(m->dimension()));
        for (int i = 0; i < net->nodeCount(); ++i)
            x.insert(x.end(), one.begin(), one.end());
        const auto d = one.size();
        for (int step = 0; step < 3000; ++step) {
            m->evaluate(x.data(), next.data());
            x.swap(next);
            for (std::size_t i = d; i < x.size(); ++i)
                if (x[i] != x[i % d])
                    QFAIL(qPrintable(QStringLiteral("%1 desynchronised at step %2")
                                         .arg(QString::fromStdString(m->typeName()))
                                         .arg(step)));
        }
        QVERIFY(std::isfinite(x[0]));
    }
}

void TestMapNetworks::k4LinearIdentity()
{
    RingStarK4Network a, b;
    a.setParameter("sigma1", 0.05);
    a.setParameter("sigma2", 0.02);
    b.setParameter("sigma1", 0.05 + 2 * 0.02);
    b.setParameter("sigma2", 0.0);
    std::vector<double> xa{0.1, 2.0, 0.5, 1.8, 0.9, 2.2, 1.3, 1.6}, xb = xa, na(8), nb(8);
    for (int step = 0; step < 200; ++step) {
        a.evaluate(xa.data(), na.data());
        b.evaluate(xb.data(), nb.data());
        xa.swap(na);
        xb.swap(nb);
        QVERIFY(maxAbsDiff(xa, xb) < 1e-12);
    }
    // The hub-only triangle set breaks the identity (a real difference, not round-off).
    RingStarK4Network hub(Settings{{"triangles", "hub"}});
    hub.setParameter("sigma1", 0.05);
    hub.setParameter("sigma2", 0.02);
    const std::vector<double> x{0.1, 2.0, 0.5, 1.8, 0.9, 2.2, 1.3, 1.6};
    hub.evaluate(x.data(), na.data());
    b.evaluate(x.data(), nb.data());
    QVERIFY(maxAbsDiff(na, nb) > 1e-4);
}

void TestMapNetworks::badInput()
{
    expectInputError([] { createModel("ring-star", {{"N", "1"}}); }, "N");
    expectInputError([] { createModel("ring-star", {{"N", "6"}, {"R", "3"}}); }, "'R'");
    expectInputError([] { createModel("ring-star", {{"N", "ten"}}); }, "not an integer");
    expectInputError([] { createModel("ring-star", {{"node", "fitzhugh"}}); }, "fitzhugh");
    expectInputError([] { createModel("ring-star", {{"no-such", "1"}}); }, "no-such");
    expectInputError([] { createModel("ring-star", {{"node12.b", "0.1"}}); }, "node 12");
    expectInputError([] { createModel("ring-star", {{"node2.b", "nan"}}); }, "node2.b");
    expectInputError([] { createModel("ring-star", {{"node2.b", "100"}}); }, "valid range");
    expectInputError([] { createModel("ring-star", {{"node2.r_mu", "0.1"}}); }, "r_mu");
    expectInputError([] { createModel("chain", {{"nodes", "chialvo"}}); }, "at least 2");
    expectInputError([] { createModel("chain", {{"coupling", "sideways"}}); }, "sideways");
    expectInputError([] { createModel("ring-star")->setParameter("mu", std::nan("")); }, "mu");
    NetworkDescription d;
    d.nodes.resize(1);
    expectInputError([&] { MapNetwork n(d); }, "at least 2");
    d.nodes.resize(3);
    d.triangles = {{0, 1, 5}};
    expectInputError([&] { MapNetwork n(d); }, "node 5");
    d.triangles = {{0, 1, 1}};
    expectInputError([&] { MapNetwork n(d); }, "repeats");
    d.triangles.clear();
    d.edges = {{0, -1, 0.1}};
    expectInputError([&] { MapNetwork n(d); }, "node -1");
    d.edges = {{0, 1, INFINITY}};
    expectInputError([&] { MapNetwork n(d); }, "weight");
}

QTEST_APPLESS_MAIN(TestMapNetworks)
#include "tst_mapnetworks.moc"
