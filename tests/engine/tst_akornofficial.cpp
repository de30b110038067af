// AKOrN's official conventions (akorn.h, docs/akorn.md) against theory, not against the code:
// - the official rotation is clockwise, Omega = omega [[0, 1], [-1, 0]] (the B7 check: from
//   (1, 0) with omega = 1 the flow is at (cos 1, -sin 1) at t = 1, reached as gamma -> 0);
// - 'project' off adds c + J x unprojected; 'c-norm' group is GroupNorm over all units;
// - reduction to Kuramoto: n = 2, J_ij = (K/N) I, c = 0 follows NeuroDyn's Kuramoto integrator
//   (RK4, dt small) with an error first order in gamma;
// - one 2-D oscillator with stimulus |c| at angle phi obeys theta' = -omega + |c| sin(phi - theta):
//   it locks at theta* = phi - asin(omega / |c|) for omega <= |c| (the fixed point of the map is
//   exact: Omega x + Proj c = 0 there) and otherwise rotates with mean angular velocity
//   -sqrt(omega^2 - |c|^2) (the period of the flow is 2 pi / sqrt(omega^2 - |c|^2));
// - with symmetric J (J_ij = J_ji^T), Omega = 0 and small gamma the paper's energy decreases
//   monotonically (the step is a projected gradient step on the product of spheres);
// - 'omega-layer' identity (the code's use_omega=False) steps to normalise((1 + gamma) x +
//   gamma Proj(y)), which is the rotation-free step of size gamma / (1 + gamma).
#include "exactnumber.h"
#include "jacobiancheck.h"
#include "oscillators/akorn.h"
#include "oscillators/akorngrid.h"
#include "oscillators/kuramoto.h"
#include "simulate/flowtrajectory.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <random>

using namespace nd;

class TestAkornOfficial : public QObject {
    Q_OBJECT
private slots:
    void officialRotationIsClockwise();
    void projectionOff();
    void groupNormOfStimulus();
    void reductionToKuramoto();
    void locksBelowCritical();
    void rotatesAboveCritical();
    void energyDecreasesWithSymmetricCoupling();
    void identityOmegaLayer();
};

namespace {
std::vector<double> step(const Model& m, const std::vector<double>& x)
{
    std::vector<double> out(x.size());
    m.evaluate(x.data(), out.data());
    return out;
}

double unwrapStep(double from, double to)
{
    return std::remainder(to - from, 2.0 * std::numbers::pi);
}
} // namespace

void TestAkornOfficial::officialRotationIsClockwise()
{
    AkornNetwork m(Settings{{"N", "1"}, {"coupling", "none"}}); // official by default
    QCOMPARE(m.settings().at("convention"), std::string("official"));
    m.setParameter("gamma", 0.3);
    m.setParameter("omega", 2.0);
    std::vector<double> x{std::cos(0.4), std::sin(0.4)};
    for (int s = 1; s <= 20; ++s) {
        x = step(m, x);
        const double angle = 0.4 - s * std::atan(0.3 * 2.0); // each step turns by -atan(gamma omega)
        QVERIFY(std::fabs(x[0] - std::cos(angle)) < 1e-12 && std::fabs(x[1] - std::sin(angle)) < 1e-12);
    }
    // The B7 check: t = 1 reached in 1/gamma steps, angle -1 within O(gamma^2) per unit time
    // (atan(gamma) / gamma = 1 - gamma^2 / 3).
    m.setParameter("gamma", 1e-3);
    m.setParameter("omega", 1.0);
    x = {1.0, 0.0};
    for (int s = 0; s < 1000; ++s)
        x = step(m, x);
    QVERIFY(std::fabs(x[0] - std::cos(1.0)) < 1e-6 && std::fabs(x[1] + std::sin(1.0)) < 1e-6);
}

void TestAkornOfficial::projectionOff()
{
    // x = (0.6, 0.8), c = e_0, gamma = 0.5, no rotation. With projection the tangent part of c
    // is (1, 0) - 0.6 (0.6, 0.8) = (0.64, -0.48): u = (0.92, 0.56); without, u = (1.1, 0.8).
    for (const char* project : {"on", "off"}) {
        AkornNetwork m(Settings{{"N", "1"}, {"coupling", "none"}, {"project", project}});
        m.setParameter("gamma", 0.5);
        m.setParameter("omega", 0.0);
        m.setParameter("c", 1.0);
        const auto x = step(m, {0.6, 0.8});
        const double u0 = std::string(project) == "on" ? 0.92 : 1.1;
        const double u1 = std::string(project) == "on" ? 0.56 : 0.8;
        const double len = std::hypot(u0, u1);
        QVERIFY(std::fabs(x[0] - u0 / len) < 1e-15 && std::fabs(x[1] - u1 / len) < 1e-15);
    }
}

void TestAkornOfficial::groupNormOfStimulus()
{
    // Pattern (1, 0; 0, 3): mean 1, biased variance (0 + 1 + 1 + 4) / 4 = 1.5, so the
    // normalised stimulus is (v - 1) / sqrt(1.5 + 1e-5), times c. With J = 0 the energy is
    // -sum c_i . x_i; x = (e_0, e_1) picks (1 - 1) and (3 - 1).
    AkornNetwork m(Settings{{"N", "2"}, {"coupling", "none"}, {"stimulus", "1 0; 0 3"}, {"c-norm", "group"}});
    m.setParameter("c", 0.7);
    const double x[4] = {1.0, 0.0, 0.0, 1.0};
    const double expected = -0.7 * (0.0 + 2.0) / std::sqrt(1.5 + 1e-5);
    QVERIFY(std::fabs(m.energy(x) - expected) < 1e-14);
    const double y[4] = {0.0, 1.0, 1.0, 0.0}; // picks (0 - 1) and (0 - 1)
    QVERIFY(std::fabs(m.energy(y) - 0.7 * 2.0 / std::sqrt(1.5 + 1e-5)) < 1e-14);
}

void TestAkornOfficial::reductionToKuramoto()
{
    // dtheta_i/dt = omega_i + (K/N) sum_j sin(theta_j - theta_i). AKOrN: all-to-all J_ij = J/N
    // (i != j; the i = j term vanishes anyway), c = 0, and the official clockwise sign turns
    // frequency factors f_i with omega = -1 into dtheta_i/dt = +f_i.
    const int units = 5;
    const double k = 1.3, horizon = 4.0;
    const std::vector<double> omegas{0.3, -0.5, 0.9, 0.1, -0.2}, theta0{0.2, 1.9, -2.4, 3.0, -0.7};
    std::string list, commaList;
    for (int i = 0; i < units; ++i) {
        list += ndtest::exactNumber(omegas[static_cast<std::size_t>(i)]) + " ";
        commaList += (i ? "," : "") + ndtest::exactNumber(omegas[static_cast<std::size_t>(i)]);
    }
    KuramotoNetwork kuramoto(Settings{{"N", std::to_string(units)},
                                      {"topology", "all-to-all"},
                                      {"frequencies", "explicit"},
                                      {"omegas", commaList}});
    kuramoto.setParameter("K", k);
    FlowOptions o;
    o.dt = 1e-3;
    o.samples = 2;
    o.stride = static_cast<long>(std::lround(horizon / o.dt));
    const Trajectory reference = simulateFlow(kuramoto, theta0, o);

    AkornNetwork akorn(Settings{{"N", std::to_string(units)}, {"coupling", "all-to-all"}, {"frequencies", list}});
    akorn.setParameter("J", k);
    akorn.setParameter("c", 0.0);
    akorn.setParameter("omega", -1.0);
    auto error = [&](double gamma) {
        akorn.setParameter("gamma", gamma);
        std::vector<double> x;
        for (double t : theta0) {
            x.push_back(std::cos(t));
            x.push_back(std::sin(t));
        }
        const long steps = std::lround(horizon / gamma);
        for (long s = 0; s < steps; ++s)
            x = step(akorn, x);
        double worst = 0.0;
        for (int i = 0; i < units; ++i) {
            const double angle = std::atan2(x[static_cast<std::size_t>(2 * i + 1)], x[static_cast<std::size_t>(2 * i)]);
            worst = std::max(worst, std::fabs(unwrapStep(reference.at(1, static_cast<std::size_t>(i)), angle)));
        }
        return worst;
    };
    // Euler in the angle (the step turns by atan(gamma theta') = gamma theta' + O(gamma^3)):
    // global error O(gamma * horizon * max|theta''|); |theta''| <= (max|omega| + K)(2K) ~ 5.7 here,
    // so gamma = 1e-3 stays within 1e-3 * 4 * 5.7 / 2 ~ 0.012, and halving gamma halves it.
    const double e1 = error(1e-3), e2 = error(5e-4);
    QVERIFY2(e1 < 0.012, qPrintable(QString::number(e1)));
    QVERIFY2(e1 / e2 > 1.8 && e1 / e2 < 2.2, qPrintable(QString::number(e1 / e2)));
}

void TestAkornOfficial::locksBelowCritical()
{
    const double phi = 0.9, c = 1.5, omega = 0.8 * c;
    AkornNetwork m(Settings{{"N", "1"},
                            {"coupling", "none"},
                            {"stimulus", ndtest::exactNumber(std::cos(phi)) + " " + ndtest::exactNumber(std::sin(phi))}});
    m.setParameter("c", c);
    m.setParameter("omega", omega);
    m.setParameter("gamma", 0.05);
    std::vector<double> x{std::cos(phi + 2.5), std::sin(phi + 2.5)};
    for (int s = 0; s < 20000; ++s)
        x = step(m, x);
    const double expected = phi - std::asin(omega / c);
    QVERIFY2(std::fabs(unwrapStep(expected, std::atan2(x[1], x[0]))) < 1e-10,
             qPrintable(QString::number(std::atan2(x[1], x[0]) - expected)));
}

void TestAkornOfficial::rotatesAboveCritical()
{
    const double phi = -0.4, c = 1.0, omega = 1.2 * c, gamma = 1e-3;
    AkornNetwork m(Settings{{"N", "1"},
                            {"coupling", "none"},
                            {"stimulus", ndtest::exactNumber(std::cos(phi)) + " " + ndtest::exactNumber(std::sin(phi))}});
    m.setParameter("c", c);
    m.setParameter("omega", omega);
    m.setParameter("gamma", gamma);
    // Mean angular velocity from whole turns: the steps at which the unwrapped angle passes
    // theta(0) - 2 pi k.
    std::vector<double> x{1.0, 0.0};
    double unwrapped = 0.0, previous = 0.0;
    std::vector<long> passes;
    for (long s = 1; s <= 200000; ++s) {
        x = step(m, x);
        const double a = std::atan2(x[1], x[0]);
        unwrapped += unwrapStep(previous, a);
        previous = a;
        if (unwrapped <= -2.0 * std::numbers::pi * static_cast<double>(passes.size() + 1))
            passes.push_back(s);
    }
    QVERIFY(passes.size() >= 10);
    const double rate = -2.0 * std::numbers::pi * static_cast<double>(passes.size() - 1) /
                        (static_cast<double>(passes.back() - passes.front()) * gamma);
    const double expected = -std::sqrt(omega * omega - c * c);
    // Euler's O(gamma) error in the period plus one step of timing per pass: 1e-3 relative.
    QVERIFY2(std::fabs(rate / expected - 1.0) < 2e-3, qPrintable(QString::number(rate / expected - 1.0)));
}

void TestAkornOfficial::energyDecreasesWithSymmetricCoupling()
{
    const int units = 6, n = 4, big = units * n;
    for (unsigned seed : {1u, 2u, 3u, 4u, 5u}) {
        std::mt19937_64 rng(seed);
        std::uniform_real_distribution<double> u(-1.0, 1.0);
        std::vector<double> j(static_cast<std::size_t>(big * big));
        for (int r = 0; r < big; ++r)
            for (int col = r; col < big; ++col)
                j[static_cast<std::size_t>(r * big + col)] = j[static_cast<std::size_t>(col * big + r)] = u(rng);
        std::string matrix, stimulus;
        for (int r = 0; r < big; ++r) {
            for (int col = 0; col < big; ++col)
                matrix += ndtest::exactNumber(j[static_cast<std::size_t>(r * big + col)]) + " ";
            matrix += ";";
            stimulus += ndtest::exactNumber(u(rng)) + " ";
        }
        AkornNetwork m(Settings{{"N", std::to_string(units)},
                                {"n", std::to_string(n)},
                                {"coupling", "dense"},
                                {"J-matrix", matrix},
                                {"stimulus", stimulus}});
        m.setParameter("omega", 0.0);
        m.setParameter("gamma", 0.01);
        std::vector<double> x(static_cast<std::size_t>(big));
        std::normal_distribution<double> g;
        for (int i = 0; i < units; ++i) {
            double s = 0.0;
            for (int k = 0; k < n; ++k)
                s += std::pow(x[static_cast<std::size_t>(i * n + k)] = g(rng), 2);
            for (int k = 0; k < n; ++k)
                x[static_cast<std::size_t>(i * n + k)] /= std::sqrt(s);
        }
        double e = m.energy(x.data());
        const double first = e;
        for (int s = 0; s < 2000; ++s) {
            x = step(m, x);
            const double next = m.energy(x.data());
            QVERIFY2(next <= e + 1e-12, qPrintable(QStringLiteral("seed %1 step %2: %3 > %4")
                                                       .arg(seed)
                                                       .arg(s)
                                                       .arg(next, 0, 'g', 17)
                                                       .arg(e, 0, 'g', 17)));
            e = next;
        }
        QVERIFY(e < first - 0.1); // it did descend
    }
}

void TestAkornOfficial::identityOmegaLayer()
{
    // By hand: x = (0.6, 0.8), c = e_0, gamma = 0.5, omega 5 (unused): the tangent part of c is
    // (0.64, -0.48), so u = x + 0.5 (x + (0.64, -0.48)) = (1.22, 0.96).
    AkornNetwork one(Settings{{"N", "1"}, {"coupling", "none"}, {"omega-layer", "identity"}});
    one.setParameter("gamma", 0.5);
    one.setParameter("omega", 5.0);
    one.setParameter("c", 1.0);
    const auto x = step(one, {0.6, 0.8});
    const double len = std::hypot(1.22, 0.96);
    QVERIFY(std::fabs(x[0] - 1.22 / len) < 1e-15 && std::fabs(x[1] - 0.96 / len) < 1e-15);

    // normalise((1 + g) x + g P) = normalise(x + g / (1 + g) P): the identity layer at gamma is
    // the rotation-free step at gamma / (1 + gamma), for a coupled network (n = 4) and a grid.
    const double gamma = 0.8;
    std::mt19937_64 rng(7);
    std::normal_distribution<double> normal;
    const auto compare = [&](Model& identity, Model& rotation) {
        identity.setParameter("gamma", gamma);
        identity.setParameter("omega", 3.0);
        rotation.setParameter("gamma", gamma / (1.0 + gamma));
        rotation.setParameter("omega", 0.0);
        std::vector<double> state(static_cast<std::size_t>(identity.dimension()));
        for (double& v : state)
            v = normal(rng);
        const auto a = step(identity, state), b = step(rotation, state);
        for (std::size_t k = 0; k < a.size(); ++k)
            QVERIFY2(std::fabs(a[k] - b[k]) < 1e-13, qPrintable(QString::number(k)));
    };
    const Settings network{{"N", "5"}, {"n", "4"}, {"coupling", "ring"}, {"stimulus", "1 0 0 0"}};
    Settings networkIdentity = network;
    networkIdentity["omega-layer"] = "identity";
    AkornNetwork ni(networkIdentity), nr(network);
    compare(ni, nr);
    const Settings grid{{"H", "4"}, {"W", "5"},           {"C", "4"},
                        {"n", "2"}, {"kernel-size", "3"}, {"mask", "disk"}};
    Settings gridIdentity = grid;
    gridIdentity["omega-layer"] = "identity";
    AkornGrid gi(gridIdentity), gr(grid);
    compare(gi, gr);

    // The network's analytic Jacobian follows the identity layer (against differences).
    ni.setParameter("gamma", 0.3);
    std::vector<double> state(static_cast<std::size_t>(ni.dimension()));
    for (double& v : state)
        v = normal(rng);
    QVERIFY(ndtest::jacobianError(ni, state) < 1e-6);
}

QTEST_APPLESS_MAIN(TestAkornOfficial)
#include "tst_akornofficial.moc"
