// Kuramoto networks and the flow integrator against theory: the Ott–Antonsen order parameter
// r = sqrt(1 - 2 gamma / K) for Lorentzian frequencies, the closed-form solution of the
// two-oscillator (Adler) equation, a direct O(N^2) sum as the oracle of the sparse path,
// central differences for the Jacobian, blow-up of dx/dt = x^2 at t = 1/x0.
#include "common/errors.h"
#include "jacobiancheck.h"
#include "model/registry.h"
#include "oscillators/kuramoto.h"
#include "simulate/flowtrajectory.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <random>

using namespace nd;

class TestKuramoto : public QObject {
    Q_OBJECT
private slots:
    void ottAntonsenOrderParameter_data();
    void ottAntonsenOrderParameter();
    void sparseMatchesDirectSum();
    void topologiesAgree();
    void jacobians();
    void frequencies();
    void adlerClosedForm();
    void flowEscape();
    void badInput();
};

namespace {
// dx/dt = x^2: x(t) = x0 / (1 - x0 t), infinite at t = 1/x0.
class BlowUp : public Model {
public:
    BlowUp() : Model({}) {}
    std::string typeName() const override { return "blow-up"; }
    TimeKind timeKind() const override { return TimeKind::Flow; }
    int dimension() const override { return 1; }
    std::vector<std::string> variableNames() const override { return {"x"}; }
    void evaluate(const double* x, double* out) const override { out[0] = x[0] * x[0]; }
    void jacobian(const double* x, double* jac) const override { jac[0] = 2.0 * x[0]; }
    std::unique_ptr<Model> clone() const override { return std::make_unique<BlowUp>(*this); }
};

double directRhs(const std::vector<std::vector<double>>& a, const std::vector<double>& th, const std::vector<double>& om,
                 double k, double alpha, std::size_t i)
{
    double sum = 0.0, deg = 0.0;
    for (std::size_t j = 0; j < th.size(); ++j) {
        sum += a[i][j] * std::sin(th[j] - th[i] - alpha);
        deg += a[i][j];
    }
    return om[i] + (deg != 0.0 ? k / deg : k) * sum;
}
} // namespace

void TestKuramoto::ottAntonsenOrderParameter_data()
{
    QTest::addColumn<double>("k");
    QTest::newRow("K=1") << 1.0;
    QTest::newRow("K=3") << 3.0;
    QTest::newRow("K=4") << 4.0;
}

void TestKuramoto::ottAntonsenOrderParameter()
{
    QFETCH(double, k);
    const int n = 10000;
    KuramotoNetwork net({{"N", std::to_string(n)}, {"sampling", "quantile"}});
    net.setParameter("K", k);
    std::vector<double> theta(n);
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> u(0.0, 2.0 * std::numbers::pi);
    for (auto& t : theta)
        t = u(rng);
    FlowOptions o;
    o.dt = 0.05;
    o.transient = 600; // t = 30: the OA relaxation rate is |K - 2| (>= 1 here)
    o.samples = 100;
    o.stride = 4; // average over t in [30, 50)
    const Trajectory t = simulateFlow(net, theta, o);
    QVERIFY(!t.escaped);
    double mean = 0.0;
    for (std::size_t r = 0; r < t.rows(); ++r)
        mean += kuramotoOrderParameter(&t.values[r * t.columns()], n);
    mean /= static_cast<double>(t.rows());
    if (k > 2.0)
        QVERIFY2(std::fabs(mean - std::sqrt(1.0 - 2.0 / k)) < 0.01, qPrintable(QString::number(mean)));
    else
        QVERIFY2(mean < 0.05, qPrintable(QString::number(mean)));
}

void TestKuramoto::sparseMatchesDirectSum()
{
    const int n = 300;
    std::mt19937_64 rng(9);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<std::vector<double>> a(n, std::vector<double>(n, 0.0));
    std::vector<WeightedEdge> edges;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            if (i != j && u(rng) < 0.05) {
                a[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)] = 0.5 + u(rng);
                edges.push_back({i, j, a[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)]});
            }
    KuramotoNetwork net({{"N", std::to_string(n)}, {"frequencies", "gaussian"}, {"seed", "5"}}, edges);
    net.setParameter("K", 2.5);
    net.setParameter("alpha", 0.4);
    std::vector<double> th(n), out(n);
    for (auto& t : th)
        t = 20.0 * u(rng) - 10.0;
    net.evaluate(th.data(), out.data());
    for (std::size_t i = 0; i < static_cast<std::size_t>(n); ++i)
        QVERIFY(std::fabs(out[i] - directRhs(a, th, net.frequencies(), 2.5, 0.4, i)) < 1e-12);
}

void TestKuramoto::topologiesAgree()
{
    // All-to-all (mean field) against the same complete graph with self-loops given as edges;
    // ring R = 2 against its edge list.
    const int n = 40;
    std::vector<WeightedEdge> complete, ring;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j)
            complete.push_back({i, j, 1.0});
        for (int d = 1; d <= 2; ++d) {
            ring.push_back({i, (i + d) % n, 1.0});
            ring.push_back({i, (i - d + n) % n, 1.0});
        }
    }
    const Settings s{{"N", std::to_string(n)}, {"seed", "3"}};
    KuramotoNetwork mf(s), g(s, complete);
    Settings rs = s;
    rs["topology"] = "ring";
    rs["R"] = "2";
    KuramotoNetwork r(rs), rg(s, ring);
    for (auto* m : {&mf, &g, &r, &rg}) {
        m->setParameter("K", 1.7);
        m->setParameter("alpha", -0.3);
    }
    std::mt19937_64 rng(1);
    std::vector<double> th(n), a(n), b(n);
    for (auto& t : th)
        t = std::uniform_real_distribution<double>(-4, 4)(rng);
    mf.evaluate(th.data(), a.data());
    g.evaluate(th.data(), b.data());
    for (int i = 0; i < n; ++i)
        QVERIFY(std::fabs(a[static_cast<std::size_t>(i)] - b[static_cast<std::size_t>(i)]) < 1e-12);
    r.evaluate(th.data(), a.data());
    rg.evaluate(th.data(), b.data());
    for (int i = 0; i < n; ++i)
        QVERIFY(std::fabs(a[static_cast<std::size_t>(i)] - b[static_cast<std::size_t>(i)]) < 1e-12);
}

void TestKuramoto::jacobians()
{
    std::mt19937_64 rng(2);
    std::uniform_real_distribution<double> u(-3.0, 3.0);
    for (const char* topo : {"all-to-all", "ring", "graph"}) {
        KuramotoNetwork m({{"N", "12"}, {"topology", topo}, {"R", "2"}, {"edges", "0-1,1-2:0.5,3>2,5-11:2,7>7"}});
        m.setParameter("K", 2.0);
        m.setParameter("alpha", 0.7);
        for (int trial = 0; trial < 5; ++trial) {
            std::vector<double> x(12);
            for (auto& v : x)
                v = u(rng);
            QVERIFY(ndtest::jacobianError(m, x) < 1e-6);
        }
    }
}

void TestKuramoto::frequencies()
{
    KuramotoNetwork q({{"N", "5"}, {"sampling", "quantile"}, {"frequencies", "uniform"}});
    q.setParameter("omega0", 1.0);
    q.setParameter("gamma", 2.0);
    const std::vector<double> expected{1.0 - 1.6, 1.0 - 0.8, 1.0, 1.0 + 0.8, 1.0 + 1.6};
    for (int i = 0; i < 5; ++i)
        QVERIFY(std::fabs(q.frequencies()[static_cast<std::size_t>(i)] - expected[static_cast<std::size_t>(i)]) < 1e-14);
    // Lorentzian quantiles: omega at quantile 1/4 is centre - gamma.
    KuramotoNetwork l(Settings{{"N", "4"}, {"sampling", "quantile"}});
    QVERIFY(std::fabs(l.frequencies()[0] - std::tan(std::numbers::pi * (0.125 - 0.5))) < 1e-14);
    // Gaussian quantile of 0.975 is 1.959964.
    KuramotoNetwork g({{"N", "20"}, {"sampling", "quantile"}, {"frequencies", "gaussian"}});
    QVERIFY(std::fabs(g.frequencies()[19] - 1.959963985) < 1e-8);
    KuramotoNetwork e({{"N", "3"}, {"frequencies", "explicit"}, {"omegas", "0.5, -1,2"}});
    QCOMPARE(e.frequencies(), (std::vector<double>{0.5, -1.0, 2.0}));
    KuramotoNetwork r1(Settings{{"N", "50"}, {"seed", "7"}}), r2(Settings{{"N", "50"}, {"seed", "7"}}),
        r3(Settings{{"N", "50"}, {"seed", "8"}});
    QCOMPARE(r1.frequencies(), r2.frequencies());
    QVERIFY(r1.frequencies() != r3.frequencies());
}

void TestKuramoto::adlerClosedForm()
{
    // Two identical oscillators, all-to-all with 1/N: d(theta2 - theta1)/dt = -K sin(phi),
    // so tan(phi/2) = tan(phi0/2) exp(-K t).
    KuramotoNetwork net({{"N", "2"}, {"frequencies", "explicit"}, {"omegas", "0.3,0.3"}});
    net.setParameter("K", 1.5);
    const double phi0 = 2.5;
    for (FlowMethod method : {FlowMethod::RungeKutta4, FlowMethod::DormandPrince}) {
        FlowOptions o;
        o.method = method;
        o.dt = 0.01;
        o.samples = 201;
        o.stride = 10; // t = 0 .. 20
        o.absTolerance = o.relTolerance = 1e-11;
        const Trajectory t = simulateFlow(net, std::vector<double>{0.0, phi0}, o);
        QCOMPARE(static_cast<int>(t.rows()), 201);
        double worst = 0.0;
        for (std::size_t r = 0; r < t.rows(); ++r) {
            const double time = static_cast<double>(r) * 0.1;
            const double phi = 2.0 * std::atan(std::tan(phi0 / 2) * std::exp(-1.5 * time));
            worst = std::max(worst, std::fabs(t.at(r, 1) - t.at(r, 0) - phi));
            // The mean phase moves with the common frequency.
            worst = std::max(worst, std::fabs(0.5 * (t.at(r, 0) + t.at(r, 1)) - (phi0 / 2 + 0.3 * time)));
        }
        QVERIFY2(worst < 1e-8, qPrintable(QString::number(worst)));
    }
}

void TestKuramoto::flowEscape()
{
    BlowUp m;
    for (FlowMethod method : {FlowMethod::RungeKutta4, FlowMethod::DormandPrince}) {
        FlowOptions o;
        o.method = method;
        o.dt = 0.001;
        o.samples = 5000;
        o.escapeBound = 1e6;
        const Trajectory t = simulateFlow(m, std::vector<double>{1.0}, o);
        QVERIFY(t.escaped);
        // x = 1e6 is reached at t = 1 - 1e-6.
        QVERIFY2(std::fabs(static_cast<double>(t.escapeStep) * 0.001 - 1.0) < 0.0025,
                 qPrintable(QString::number(t.escapeStep)));
        QVERIFY(!t.escapeReason.empty());
    }
}

void TestKuramoto::badInput()
{
    QVERIFY_THROWS_EXCEPTION(InputError, createModel("kuramoto", {{"N", "1"}}));
    QVERIFY_THROWS_EXCEPTION(InputError, createModel("kuramoto", {{"N", "3"}, {"frequencies", "explicit"}, {"omegas", "1,2"}}));
    QVERIFY_THROWS_EXCEPTION(InputError, createModel("kuramoto", {{"N", "3"}, {"topology", "graph"}, {"edges", "0-3"}}));
    QVERIFY_THROWS_EXCEPTION(InputError, createModel("kuramoto", {{"N", "4"}, {"topology", "ring"}, {"R", "2"}}));
    QVERIFY_THROWS_EXCEPTION(InputError, createModel("kuramoto")->setParameter("K", INFINITY));
    auto m = createModel("kuramoto", {{"N", "3"}});
    FlowOptions o;
    o.dt = 0.0;
    QVERIFY_THROWS_EXCEPTION(InputError, simulateFlow(*m, std::vector<double>{0, 1, 2}, o));
    o.dt = 0.1;
    QVERIFY_THROWS_EXCEPTION(InputError, simulateFlow(*m, std::vector<double>{0, 1}, o));
    QVERIFY_THROWS_EXCEPTION(InputError, simulateFlow(*m, std::vector<double>{0, NAN, 1}, o));
    QVERIFY_THROWS_EXCEPTION(InputError, simulateFlow(*createModel("logistic"), std::vector<double>{0.2}, o));
}

QTEST_APPLESS_MAIN(TestKuramoto)
#include "tst_kuramoto.moc"
