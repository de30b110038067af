// AKOrN vector oscillators against models.md: with J = 0, c = 0, n = 2 each step rotates x by
// atan(gamma omega) and keeps |x| = 1; with Omega = 0, J = 0 and 0 < gamma |c| <= 1, x
// converges monotonically to c/|c|; the analytic Jacobian matches central differences; the
// energy equals a hand-computed value. Per-unit frequencies rotate each unit (and each sub-plane)
// at its own rate atan(gamma omega f); per-unit stimuli attract each unit to its own c_i/|c_i|;
// an explicit coupling matrix equal to the built-in one (scalars, identity blocks or dense)
// reproduces it bit for bit; general blocks and frequency matrices match a direct Eigen
// evaluation of the update written here.
#include "common/errors.h"
#include "exactnumber.h"
#include "jacobiancheck.h"
#include "oscillators/akorn.h"

#include <Eigen/Dense>
#include <QTest>

#include <cmath>
#include <random>

using namespace nd;

class TestAkorn : public QObject {
    Q_OBJECT
private slots:
    void rotation();
    void convergenceToStimulus();
    void jacobian();
    void energy();
    void badInput();
    void perUnitFrequencies();
    void perPlaneFrequencies();
    void perUnitStimulus();
    void explicitCouplingReproducesBuiltIn();
    void blocksAndFrequencyMatricesMatchDirectUpdate();
    void jacobianWithEveryFeature();
    void explicitEnergy();
    void badStructure();
};

namespace {
// Random points on the unit spheres of `units` units of dimension n.
std::vector<double> randomUnits(int units, int n, std::mt19937_64& rng)
{
    std::normal_distribution<double> g;
    std::vector<double> x(static_cast<std::size_t>(units * n));
    for (int i = 0; i < units; ++i) {
        double s = 0.0;
        for (int k = 0; k < n; ++k) {
            const double v = g(rng);
            x[static_cast<std::size_t>(i * n + k)] = v;
            s += v * v;
        }
        for (int k = 0; k < n; ++k)
            x[static_cast<std::size_t>(i * n + k)] /= std::sqrt(s);
    }
    return x;
}

std::vector<double> step(const Model& m, const std::vector<double>& x)
{
    std::vector<double> out(x.size());
    m.evaluate(x.data(), out.data());
    return out;
}
} // namespace

void TestAkorn::rotation()
{
    // NeuroDyn's first convention: counter-clockwise.
    AkornNetwork m(Settings{{"N", "1"}, {"coupling", "none"}, {"convention", "neurodyn-2025"}});
    m.setParameter("gamma", 0.3);
    m.setParameter("omega", 2.0);
    std::vector<double> x{std::cos(0.4), std::sin(0.4)}, out(2);
    for (int step = 1; step <= 50; ++step) {
        m.evaluate(x.data(), out.data());
        x = out;
        const double angle = 0.4 + step * std::atan(0.3 * 2.0);
        QVERIFY(std::fabs(std::hypot(x[0], x[1]) - 1.0) < 1e-14);
        QVERIFY(std::fabs(x[0] - std::cos(angle)) < 1e-12 && std::fabs(x[1] - std::sin(angle)) < 1e-12);
    }
}

void TestAkorn::convergenceToStimulus()
{
    AkornNetwork m(Settings{{"N", "1"}, {"n", "4"}, {"coupling", "none"}});
    m.setParameter("omega", 0.0);
    m.setParameter("gamma", 0.5);
    m.setParameter("c", 1.5);                           // gamma |c| = 0.75
    std::vector<double> x{-0.6, 0.0, 0.0, 0.8}, out(4); // c/|c| = e_0
    double previous = x[0];
    for (int step = 0; step < 200; ++step) {
        m.evaluate(x.data(), out.data());
        x = out;
        QVERIFY(x[0] >= previous - 1e-15);
        previous = x[0];
    }
    QVERIFY(std::fabs(x[0] - 1.0) < 1e-12);
}

void TestAkorn::jacobian()
{
    std::mt19937_64 rng(3);
    std::normal_distribution<double> g;
    for (const char* coupling : {"none", "all-to-all", "ring"}) {
        AkornNetwork m(Settings{{"N", "5"}, {"n", "4"}, {"coupling", coupling}});
        m.setParameter("J", 0.7);
        m.setParameter("c", 0.4);
        m.setParameter("gamma", 0.2);
        for (int trial = 0; trial < 5; ++trial) {
            std::vector<double> x(20);
            for (int i = 0; i < 5; ++i) { // points on the unit spheres
                double s = 0.0;
                for (int k = 0; k < 4; ++k)
                    s += (x[static_cast<std::size_t>(4 * i + k)] = g(rng)) *
                         x[static_cast<std::size_t>(4 * i + k)];
                for (int k = 0; k < 4; ++k)
                    x[static_cast<std::size_t>(4 * i + k)] /= std::sqrt(s);
            }
            QVERIFY(ndtest::jacobianError(m, x) < 1e-6);
        }
    }
}

void TestAkorn::energy()
{
    // Two units all-to-all: J_01 = J_10 = J/2. x0 = e_0, x1 = e_1: <x0, x1> = 0, so
    // E = -(<x0, c e_0> + <x1, c e_0>) = -c in both forms.
    AkornNetwork m(Settings{{"N", "2"}});
    m.setParameter("J", 1.0);
    m.setParameter("c", 0.3);
    const double x[4] = {1.0, 0.0, 0.0, 1.0};
    QCOMPARE(m.energy(x), -0.3);
    QCOMPARE(m.energy(x, AkornEnergyForm::Code), -0.3);
    // Aligned: coupling sum x_i^T J_ij x_j = 2 * 0.5, stimulus 2 * 0.3. Code: -(0.6 + 1);
    // paper: -(0.6 + 1/2).
    const double same[4] = {1.0, 0.0, 1.0, 0.0};
    QVERIFY(std::fabs(m.energy(same, AkornEnergyForm::Code) + 1.6) < 1e-15);
    QVERIFY(std::fabs(m.energy(same) + 1.1) < 1e-15);
}

void TestAkorn::badInput()
{
    QVERIFY_THROWS_EXCEPTION(InputError, AkornNetwork(Settings{{"n", "3"}}));
    QVERIFY_THROWS_EXCEPTION(InputError, AkornNetwork(Settings{{"N", "0"}}));
    QVERIFY_THROWS_EXCEPTION(InputError, AkornNetwork().setParameter("gamma", -1.0));
}

void TestAkorn::perUnitFrequencies()
{
    const double f[3] = {0.5, 1.0, -2.0}, gamma = 0.3, omega = 1.5;
    AkornNetwork m(Settings{
        {"N", "3"}, {"coupling", "none"}, {"frequencies", "0.5, 1, -2"}, {"convention", "neurodyn-2025"}});
    m.setParameter("gamma", gamma);
    m.setParameter("omega", omega);
    const double start[3] = {0.4, -1.0, 2.5};
    std::vector<double> x(6);
    for (int i = 0; i < 3; ++i) {
        x[static_cast<std::size_t>(2 * i)] = std::cos(start[i]);
        x[static_cast<std::size_t>(2 * i + 1)] = std::sin(start[i]);
    }
    for (int s = 1; s <= 40; ++s) {
        x = step(m, x);
        for (int i = 0; i < 3; ++i) {
            const double angle = start[i] + s * std::atan(gamma * omega * f[i]);
            const double c = x[static_cast<std::size_t>(2 * i)], d = x[static_cast<std::size_t>(2 * i + 1)];
            QVERIFY(std::fabs(std::hypot(c, d) - 1.0) < 1e-14);
            QVERIFY(std::fabs(c - std::cos(angle)) < 1e-12 && std::fabs(d - std::sin(angle)) < 1e-12);
        }
    }
}

void TestAkorn::perPlaneFrequencies()
{
    // One unit in R^4, sub-plane m rotating at omega f_m. Each step multiplies the plane-m part by
    // sqrt(1 + (gamma omega f_m)^2) and turns it by atan(gamma omega f_m) before the common
    // normalisation: the angles advance linearly and the amplitude ratio grows geometrically.
    const double f[2] = {0.5, 2.0}, gamma = 0.2, omega = 1.0;
    AkornNetwork m(Settings{
        {"N", "1"}, {"n", "4"}, {"coupling", "none"}, {"frequencies", "0.5 2"}, {"convention", "neurodyn-2025"}});
    m.setParameter("gamma", gamma);
    m.setParameter("omega", omega);
    std::vector<double> x{0.6, 0.0, 0.0, 0.8};
    const double a0 = 0.0, a1 = std::atan2(0.8, 0.0), ratio0 = 0.8 / 0.6;
    const double g =
        std::sqrt((1 + std::pow(gamma * omega * f[1], 2)) / (1 + std::pow(gamma * omega * f[0], 2)));
    for (int s = 1; s <= 10; ++s) {
        x = step(m, x);
        const double p0 = std::atan2(x[1], x[0]), p1 = std::atan2(x[3], x[2]);
        QVERIFY(std::fabs(std::remainder(p0 - a0 - s * std::atan(gamma * omega * f[0]), 2 * M_PI)) < 1e-12);
        QVERIFY(std::fabs(std::remainder(p1 - a1 - s * std::atan(gamma * omega * f[1]), 2 * M_PI)) < 1e-12);
        const double ratio = std::hypot(x[2], x[3]) / std::hypot(x[0], x[1]);
        QVERIFY(std::fabs(ratio / (ratio0 * std::pow(g, s)) - 1.0) < 1e-12);
        QVERIFY(std::fabs(std::sqrt(x[0] * x[0] + x[1] * x[1] + x[2] * x[2] + x[3] * x[3]) - 1.0) < 1e-14);
    }
}

void TestAkorn::perUnitStimulus()
{
    // Omega = 0, J = 0: every unit climbs monotonically towards its own c_i/|c_i|.
    const std::vector<double> c{0.0, 1.2, 0.9, 0.0, -0.6, -0.8}; // |c_i| = 1.2, 0.9, 1.0
    AkornNetwork m(Settings{{"N", "3"}, {"coupling", "none"}, {"stimulus", "0 1.2; 0.9 0; -0.6 -0.8"}});
    QCOMPARE(m.parameter("c"), 1.0); // explicit vectors act as typed
    m.setParameter("omega", 0.0);
    m.setParameter("gamma", 0.5); // gamma |c_i| <= 0.6
    std::vector<double> x{1.0, 0.0, -0.6, 0.8, 0.0, 1.0};
    std::vector<double> previous(3, -2.0);
    for (int s = 0; s < 300; ++s) {
        x = step(m, x);
        for (std::size_t i = 0; i < 3; ++i) {
            const double norm = std::hypot(c[2 * i], c[2 * i + 1]);
            const double cosine = (x[2 * i] * c[2 * i] + x[2 * i + 1] * c[2 * i + 1]) / norm;
            QVERIFY(cosine >= previous[i] - 1e-15);
            previous[i] = cosine;
        }
    }
    for (std::size_t i = 0; i < 3; ++i)
        QVERIFY(std::fabs(previous[i] - 1.0) < 1e-12);
}

void TestAkorn::explicitCouplingReproducesBuiltIn()
{
    // All-to-all J_ij = J/N for i != j, given explicitly as scalars, as identity blocks, and as a
    // dense matrix (with J = 1 the explicit weights act as typed): the same bits every step.
    const int units = 5, n = 4;
    const double jv = 0.7, w = jv / units;
    std::string scalars, blocks, dense;
    for (int i = 0; i < units; ++i) {
        for (int j = 0; j < units; ++j) {
            dense += (j ? " " : "") + ndtest::exactNumber(i == j ? 0.0 : w);
            if (i == j)
                continue;
            scalars += std::to_string(i) + " " + std::to_string(j) + " " + ndtest::exactNumber(w) + ";";
            blocks += std::to_string(i) + " " + std::to_string(j);
            for (int r = 0; r < n; ++r)
                for (int k = 0; k < n; ++k)
                    blocks += " " + ndtest::exactNumber(r == k ? w : 0.0);
            blocks += "\n";
        }
        dense += ";";
    }
    const Settings base{{"N", std::to_string(units)}, {"n", std::to_string(n)}};
    auto make = [&](const char* coupling, const char* key, const std::string& text) {
        Settings s = base;
        s["coupling"] = coupling;
        if (key)
            s[key] = text;
        auto m = std::make_unique<AkornNetwork>(s);
        m->setParameter("c", 0.4);
        m->setParameter("gamma", 0.2);
        m->setParameter("omega", 0.8);
        return m;
    };
    auto shared = make("all-to-all", nullptr, "");
    shared->setParameter("J", jv);
    const auto viaScalars = make("sparse", "J-entries", scalars);
    const auto viaBlocks = make("sparse", "J-entries", blocks);
    const auto viaDense = make("dense", "J-matrix", dense);
    QCOMPARE(viaScalars->parameter("J"), 1.0);
    std::mt19937_64 rng(11);
    std::vector<double> x = randomUnits(units, n, rng);
    for (int s = 0; s < 100; ++s) {
        const auto next = step(*shared, x);
        QVERIFY(step(*viaScalars, x) == next);
        QVERIFY(step(*viaBlocks, x) == next);
        QVERIFY(step(*viaDense, x) == next);
        QCOMPARE(viaBlocks->energy(x.data()), shared->energy(x.data()));
        x = next;
    }
    // Ring: J between ring neighbours.
    std::string ring;
    for (int i = 0; i < units; ++i)
        ring += std::to_string(i) + " " + std::to_string((i + 1) % units) + " 1;" + std::to_string(i) + " " +
                std::to_string((i + units - 1) % units) + " 1;";
    auto builtIn = make("ring", nullptr, "");
    auto given = make("sparse", "J-entries", ring);
    builtIn->setParameter("J", jv);
    given->setParameter("J", jv);
    QVERIFY(step(*builtIn, x) == step(*given, x));
}

void TestAkorn::blocksAndFrequencyMatricesMatchDirectUpdate()
{
    // Three units in R^4 with general coupling blocks (a self block included), per-unit
    // antisymmetric frequency matrices and per-unit stimuli, against the definition evaluated here.
    const int units = 3, n = 4;
    std::mt19937_64 rng(5);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    std::vector<Eigen::Matrix4d> omegas(units), stim(1);
    std::vector<Eigen::Vector4d> c(units);
    std::string omegaText, stimText, entries;
    for (int i = 0; i < units; ++i) {
        Eigen::Matrix4d a;
        for (int r = 0; r < n; ++r)
            for (int k = 0; k < n; ++k)
                a(r, k) = u(rng);
        omegas[static_cast<std::size_t>(i)] = a - a.transpose();
        for (int r = 0; r < n; ++r)
            for (int k = 0; k < n; ++k)
                omegaText += ndtest::exactNumber(omegas[static_cast<std::size_t>(i)](r, k)) + " ";
        for (int k = 0; k < n; ++k) {
            c[static_cast<std::size_t>(i)](k) = u(rng);
            stimText += ndtest::exactNumber(c[static_cast<std::size_t>(i)](k)) + " ";
        }
    }
    const int pairs[4][2] = {{0, 1}, {1, 1}, {2, 0}, {2, 1}};
    Eigen::Matrix4d blocks[4];
    for (int p = 0; p < 4; ++p) {
        entries += std::to_string(pairs[p][0]) + " " + std::to_string(pairs[p][1]);
        for (int r = 0; r < n; ++r)
            for (int k = 0; k < n; ++k) {
                blocks[p](r, k) = u(rng);
                entries += " " + ndtest::exactNumber(blocks[p](r, k));
            }
        entries += ";";
    }
    AkornNetwork m(Settings{{"N", "3"},
                            {"n", "4"},
                            {"coupling", "sparse"},
                            {"J-entries", entries},
                            {"omega-matrices", omegaText},
                            {"stimulus", stimText}});
    const double gamma = 0.15, omega = 1.3, jv = 0.6, cv = 0.8;
    m.setParameter("gamma", gamma);
    m.setParameter("omega", omega);
    m.setParameter("J", jv);
    m.setParameter("c", cv);
    const auto x = randomUnits(units, n, rng);
    const auto got = step(m, x);
    double energy = 0.0;
    for (int i = 0; i < units; ++i) {
        const Eigen::Vector4d xi = Eigen::Map<const Eigen::Vector4d>(x.data() + i * n);
        Eigen::Vector4d y = cv * c[static_cast<std::size_t>(i)];
        for (int p = 0; p < 4; ++p)
            if (pairs[p][0] == i)
                y += jv * blocks[p] * Eigen::Map<const Eigen::Vector4d>(x.data() + pairs[p][1] * n);
        energy -= xi.dot(y);
        const Eigen::Vector4d tangent = y - y.dot(xi) * xi;
        const Eigen::Vector4d next =
            xi + gamma * (omega * omegas[static_cast<std::size_t>(i)] * xi + tangent);
        const Eigen::Vector4d expected = next / next.norm();
        for (int k = 0; k < n; ++k)
            QVERIFY(std::fabs(got[static_cast<std::size_t>(i * n + k)] - expected(k)) < 1e-14);
    }
    QVERIFY(std::fabs(m.energy(x.data(), AkornEnergyForm::Code) - energy) < 1e-13);
}

void TestAkorn::jacobianWithEveryFeature()
{
    std::mt19937_64 rng(9);
    const std::string sparse = "0 1 0.3 -0.2 0.5 0.1; 1 1 0.2 0.4 -0.3 0.6; 2 0 -0.4; 1 2 1.1";
    const std::string dense = "0 0.5 -0.3; 0.2 0 0.7; -0.6 0.1 0.4";
    const std::vector<Settings> cases = {
        {{"N", "3"},
         {"coupling", "sparse"},
         {"J-entries", sparse},
         {"omega-matrices", "0 1 -1 0; 0 -2 2 0; 0 0.5 -0.5 0"},
         {"stimulus", "0.3 -0.1; 0.2 0.5; -0.4 0.1"}},
        {{"N", "3"},
         {"coupling", "dense"},
         {"J-matrix", dense},
         {"frequencies", "0.5 -1 2"},
         {"stimulus", "0.6 0.2"}},
        {{"N", "2"}, {"n", "4"}, {"coupling", "ring"}, {"frequencies", "1 2 -0.5 0.3"}},
        {{"N", "3"}, {"coupling", "dense"}, {"J-matrix", dense}, {"project", "off"}, {"stimulus", "0.6 0.2"}},
        {{"N", "3"}, {"coupling", "sparse"}, {"J-entries", sparse}, {"convention", "neurodyn-2025"},
         {"c-norm", "group"}},
    };
    for (const auto& s : cases) {
        AkornNetwork m(s);
        m.setParameter("gamma", 0.25);
        m.setParameter("omega", 0.9);
        m.setParameter("J", 0.8);
        m.setParameter("c", 0.7);
        for (int trial = 0; trial < 5; ++trial)
            QVERIFY(ndtest::jacobianError(m, randomUnits(m.units(), m.unitDimension(), rng)) < 1e-6);
    }
}

void TestAkorn::explicitEnergy()
{
    // E = -sum_i <x_i, c_i + sum_j J_ij x_j> with J_01 = 2, J_10 = -1 (scalars), c_0 = (1, 0),
    // c_1 = (0, 3): x0 = e_0, x1 = (0.6, 0.8): <x0, x1> = 0.6, so
    // E = -(1 + 2 * 0.6) - (0.8 * 3 - 1 * 0.6) = -2.2 - 1.8 = -4 (code form). The paper's form
    // halves the coupling part 2 * 0.6 - 0.6 = 0.6: E = -(1 + 2.4) - 0.3 = -3.7.
    AkornNetwork m(Settings{
        {"N", "2"}, {"coupling", "sparse"}, {"J-entries", "0 1 2; 1 0 -1"}, {"stimulus", "1 0 0 3"}});
    const double x[4] = {1.0, 0.0, 0.6, 0.8};
    QVERIFY(std::fabs(m.energy(x, AkornEnergyForm::Code) + 4.0) < 1e-15);
    QVERIFY(std::fabs(m.energy(x) + 3.7) < 1e-15);
}

void TestAkorn::badStructure()
{
    auto refused = [](const Settings& s, const char* mention) {
        try {
            AkornNetwork m(s);
        } catch (const InputError& e) {
            if (!QString::fromUtf8(e.what()).contains(QString::fromUtf8(mention))) {
                qWarning("message without '%s': %s", mention, e.what());
                return false;
            }
            return true;
        }
        return false;
    };
    const Settings sparse{{"N", "3"}, {"coupling", "sparse"}};
    auto with = [](Settings s, const char* key, const char* value) {
        s[key] = value;
        return s;
    };
    QVERIFY(refused(with(sparse, "J-entries", "0 3 1"), "does not exist"));   // unit 3 of 0..2
    QVERIFY(refused(with(sparse, "J-entries", "0 1.5 1"), "does not exist")); // not an index
    QVERIFY(refused(with(sparse, "J-entries", "0 1 1 2"), "expected"));       // neither scalar nor block
    QVERIFY(refused(with(sparse, "J-entries", "0 1 nan"), "finite"));
    QVERIFY(refused(with(sparse, "J-entries", "0 1 1; 0 1 2"), "twice"));
    QVERIFY(refused(with(sparse, "J-matrix", "0 1 1; 0 0 0; 1 1 1"), "J-matrix"));
    QVERIFY(refused({{"N", "3"}, {"coupling", "dense"}, {"J-matrix", "0 1; 1 0"}}, "rows"));
    QVERIFY(refused({{"N", "3"}, {"coupling", "dense"}, {"J-matrix", "0 1 1; 1 0 1; 1 1"}}, "row 3"));
    QVERIFY(refused({{"N", "3"}, {"J-entries", "0 1 1"}}, "coupling"));
    QVERIFY(refused({{"N", "3"}, {"frequencies", "1 2"}}, "frequencies"));
    QVERIFY(refused({{"N", "1"}, {"omega-matrices", "0 1 1 0"}}, "antisymmetric"));
    QVERIFY(refused({{"N", "1"}, {"omega-matrices", "0 1 -1"}}, "N*n*n"));
    QVERIFY(refused({{"N", "1"}, {"frequencies", "1"}, {"omega-matrices", "0 1 -1 0"}}, "both"));
    QVERIFY(refused({{"N", "2"}, {"stimulus", "1 2 3"}}, "stimulus"));
    QVERIFY(refused({{"N", "2"}, {"stimulus", "1 x"}}, "not a number"));
}

QTEST_APPLESS_MAIN(TestAkorn)
#include "tst_akorn.moc"
