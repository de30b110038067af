// The generic map network ("map-network": node types, edge list, triangle list) against
// independent constructions: the ring-star preset rebuilt from its definition in models.md
// (edges written here, triangles as every 3-clique of the graph found by brute force) gives the
// same trajectory bit for bit; coupling terms by hand for both edge directions; the analytic
// Jacobian against central differences; clear errors for bad input.
#include "common/errors.h"
#include "exactnumber.h"
#include "jacobiancheck.h"
#include "maps/chialvo.h"
#include "model/registry.h"
#include "network/genericnetwork.h"
#include "simulate/trajectory.h"

#include <QTest>

#include <cmath>
#include <random>
#include <set>

using namespace nd;

class TestGenericNetwork : public QObject {
    Q_OBJECT
private slots:
    void reproducesRingStar_data();
    void reproducesRingStar();
    void edgeDirectionsByHand();
    void jacobian();
    void badInput();
};

namespace {
std::vector<double> randomState(const Model& m, std::mt19937_64& rng)
{
    std::uniform_real_distribution<double> u(-0.5, 1.5);
    std::vector<double> x(static_cast<std::size_t>(m.dimension()));
    for (auto& v : x)
        v = u(rng);
    return x;
}

void expectInputError(const Settings& s, const char* fragment)
{
    try {
        GenericMapNetwork m(s);
    } catch (const InputError& e) {
        if (!QString::fromUtf8(e.what()).contains(QString::fromUtf8(fragment)))
            QFAIL(qPrintable(QStringLiteral("message '%1' lacks '%2'").arg(e.what(), fragment)));
        return;
    }
    QFAIL(qPrintable(QStringLiteral("expected an InputError mentioning '%1'").arg(fragment)));
}
} // namespace

void TestGenericNetwork::reproducesRingStar_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("range");
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("counting");
    QTest::addColumn<QString>("normalisation");
    QTest::addColumn<QString>("hub");
    QTest::newRow("chialvo linear") << "chialvo" << 8 << 2 << "linear"
                                    << "once"
                                    << "none"
                                    << "none";
    QTest::newRow("chialvo product pairs") << "chialvo" << 9 << 3 << "product"
                                           << "ordered-pairs"
                                           << "degree"
                                           << "ring-size";
    QTest::newRow("rulkov cubic") << "rulkov" << 7 << 1 << "cubic"
                                  << "once"
                                  << "degree"
                                  << "none";
    QTest::newRow("memristive linear") << "memristive-chialvo" << 6 << 2 << "linear"
                                       << "ordered-pairs"
                                       << "none"
                                       << "ring-size";
}

void TestGenericNetwork::reproducesRingStar()
{
    QFETCH(QString, node);
    QFETCH(int, n);
    QFETCH(int, range);
    QFETCH(QString, form);
    QFETCH(QString, counting);
    QFETCH(QString, normalisation);
    QFETCH(QString, hub);
    const double mu = 0.031, sigma = 0.047, sigma2 = 0.013;
    const Settings common{{"form", form.toStdString()},
                          {"counting", counting.toStdString()},
                          {"triadic-normalisation", normalisation.toStdString()}};
    Settings rs = common;
    rs["node"] = node.toStdString();
    rs["N"] = std::to_string(n);
    rs["R"] = std::to_string(range);
    rs["hub-normalisation"] = hub.toStdString();
    rs["triangles"] = "all";
    const bool rulkov = node == QStringLiteral("rulkov");
    if (rulkov) // a heterogeneous node
        rs["node2.r_sigma"] = "-0.8";
    else
        rs["node2.b"] = "0.21";
    const auto ringStar = createModel("ring-star", rs);
    ringStar->setParameter("mu", mu);
    ringStar->setParameter("sigma", sigma);
    ringStar->setParameter("sigma2", sigma2);

    // The same network from models.md: the hub couples to every ring node (mu, the hub's term
    // divided by the ring size if asked), ring node p to its R neighbours on each side with
    // sigma/(2R); the triadic coupling acts on every triangle of that graph.
    const int m = n - 1;
    const double h = hub == QStringLiteral("ring-size") ? 1.0 / m : 1.0;
    std::string edges;
    std::set<std::pair<int, int>> adjacent;
    for (int i = 1; i < n; ++i) {
        edges += "0 " + std::to_string(i) + " " + ndtest::exactNumber(mu * h) + "; " + std::to_string(i) +
                 " 0 " + ndtest::exactNumber(mu) + "\n";
        adjacent.insert({0, i});
        for (int s = 1; s <= range; ++s)
            for (int nb : {1 + (i - 1 + s) % m, 1 + (i - 1 - s + m) % m}) {
                edges += std::to_string(i) + " " + std::to_string(nb) + " " +
                         ndtest::exactNumber(sigma / (2.0 * range)) + "\n";
                adjacent.insert({std::min(i, nb), std::max(i, nb)});
            }
    }
    std::string triangles;
    for (int a = 0; a < n; ++a)
        for (int b = a + 1; b < n; ++b)
            for (int c = b + 1; c < n; ++c)
                if (adjacent.count({a, b}) && adjacent.count({a, c}) && adjacent.count({b, c}))
                    triangles += std::to_string(c) + " " + std::to_string(a) + " " + std::to_string(b) + ";";
    Settings gs = common;
    gs["nodes"] = node.toStdString();
    gs["N"] = std::to_string(n);
    gs["edges"] = edges;
    gs["triangles"] = triangles;
    if (rulkov)
        gs["node2.r_sigma"] = "-0.8";
    else
        gs["node2.b"] = "0.21";
    const auto generic = createModel("map-network", gs);
    QCOMPARE(generic->typeName(), std::string("map-network"));
    generic->setParameter("sigma2", sigma2);
    QCOMPARE(generic->dimension(), ringStar->dimension());
    QVERIFY(generic->variableNames() == ringStar->variableNames());

    std::mt19937_64 rng(static_cast<std::uint64_t>(n));
    const auto x0 = randomState(*ringStar, rng);
    SimulationOptions o;
    o.samples = 400;
    const auto a = simulateMap(*ringStar, x0, o);
    const auto b = simulateMap(*generic, x0, o);
    QVERIFY(!a.escaped && !b.escaped);
    QVERIFY(a.values == b.values);
}

void TestGenericNetwork::edgeDirectionsByHand()
{
    // Two Chialvo nodes, one edge "0 1 0.3": node 1 acts on node 0 only (one-way), or both
    // ways; sigma scales the weight. The coupling is the network step minus the node step.
    const double x[4] = {0.4, 1.1, -0.2, 0.9};
    ChialvoMap alone;
    double a0[2], a1[2];
    alone.evaluate(x, a0);
    alone.evaluate(x + 2, a1);
    for (const char* direction : {"one-way", "both-ways"}) {
        for (const char* pairwise : {"diffusive", "direct"}) {
            GenericMapNetwork m(Settings{{"nodes", "chialvo, chialvo"},
                                         {"edges", "0 1 0.3"},
                                         {"edge-direction", direction},
                                         {"pairwise", pairwise},
                                         {"triangles", ""}});
            m.setParameter("sigma", 2.0);
            double out[4];
            m.evaluate(x, out);
            const bool diffusive = std::string(pairwise) == "diffusive";
            const bool both = std::string(direction) == "both-ways";
            const double to0 = 0.6 * (diffusive ? x[2] - x[0] : x[2]);
            const double to1 = both ? 0.6 * (diffusive ? x[0] - x[2] : x[0]) : 0.0;
            QVERIFY(std::fabs(out[0] - (a0[0] + to0)) < 1e-15);
            QVERIFY(std::fabs(out[2] - (a1[0] + to1)) < 1e-15);
            QCOMPARE(out[1], a0[1]);
            QCOMPARE(out[3], a1[1]);
        }
    }
}

void TestGenericNetwork::jacobian()
{
    std::mt19937_64 rng(4);
    for (const char* form : {"linear", "product", "cubic"}) {
        for (const char* pairwise : {"diffusive", "direct"}) {
            GenericMapNetwork m(Settings{{"nodes", "chialvo, rulkov, memristive-chialvo, chialvo, rulkov"},
                                         {"edges", "0 1 0.2; 1 0 -0.1; 2 3 0.3; 3 4 0.05; 4 0 0.4; 2 2 0.1"},
                                         {"pairwise", pairwise},
                                         {"triangles", "0 1 2; 2 3 4; 1 3 4"},
                                         {"form", form},
                                         {"counting", "ordered-pairs"},
                                         {"triadic-normalisation", "degree"}});
            m.setParameter("sigma", 0.7);
            m.setParameter("sigma2", 0.15);
            for (int trial = 0; trial < 4; ++trial)
                QVERIFY(ndtest::jacobianError(m, randomState(m, rng)) < 1e-6);
        }
    }
}

void TestGenericNetwork::badInput()
{
    expectInputError({{"triangles", "0 1 5"}}, "does not exist"); // 3 nodes: 0..2
    expectInputError({{"edges", "0 3 0.1"}}, "does not exist");
    expectInputError({{"nodes", "chialvo"}}, "at least 2 nodes"); // N < 2
    expectInputError({{"nodes", "chialvo"}, {"N", "1"}}, "'N'");
    expectInputError({{"edges", "0 1 nan"}}, "finite"); // NaN weight
    expectInputError({{"edges", "0 1 inf"}}, "finite");
    expectInputError({{"nodes", "chialvo,rulkov,chialvo"}, {"N", "4"}}, "'N' is 4"); // sizes
    expectInputError({{"edges", "0 1"}}, "expected 'i j w'");
    expectInputError({{"triangles", "0 1"}}, "expected 'i j k'");
    expectInputError({{"triangles", "0 1 1"}}, "repeats a node");
    expectInputError({{"triangles", "0 1 2; 2 1 0"}}, "twice");
    expectInputError({{"edges", "0 1 0.1; 1 0 0.2"}, {"edge-direction", "both-ways"}}, "twice");
    expectInputError({{"nodes", "chialvo, fitzhugh"}}, "unknown node type");
    expectInputError({{"node7.b", "0.1"}}, "does not exist");
    expectInputError({{"pairwise", "cubic"}}, "not one of");
    GenericMapNetwork ok({{"nodes", "rulkov"}, {"N", "4"}, {"edges", ""}, {"triangles", ""}});
    QCOMPARE(ok.dimension(), 8);
}

QTEST_APPLESS_MAIN(TestGenericNetwork)
#include "tst_genericnetwork.moc"
