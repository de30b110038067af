// The built-in example of a typed model (resources/examples/courbage-nekorkin-vdovin.json): the
// Courbage-Nekorkin-Vdovin neuron map (Chaos 17, 043109, 2007), typed with if() and
// heaviside(). Its claims follow from the equations by hand:
//   x' = x + F(x) - y - beta H(x - d),  y' = y + eps (x - J),  F piecewise linear
// has the single fixed point (J, F(J) - beta H(J - d)); on F's left branch (J <= J_min =
// a m1/(m0 + m1)) its Jacobian [[1 - m0, -1], [eps, 1]] has both multipliers inside the unit
// circle (rest), on the middle branch [[1 + m1, -1], [eps, 1]] both outside (the neuron fires).
// The orbit diagram over J shows exactly that: one value x = J below J_min, wide spiking above.
#include "compute/dynamicscompute.h"
#include "compute/orbitcompute.h"
#include "study/studyfile.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <complex>

using namespace nd;

class TestTypedExample : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void fixedPointIsTheHandComputedOne();
    void restBelowThresholdSpikingAbove();

private:
    Study m_study;
};

namespace {
// The example's parameters (its file) and the threshold they give.
constexpr double kA = 0.1, kM0 = 0.4, kM1 = 0.3, kEps = 0.005;
constexpr double kJMin = kA * kM1 / (kM0 + kM1); // 0.042857...
} // namespace

void TestTypedExample::initTestCase()
{
    const auto r = loadStudyFile(
        QStringLiteral(NEURODYN_SOURCE_DIR "/resources/examples/courbage-nekorkin-vdovin.json"));
    QVERIFY2(r.ok, qPrintable(r.error));
    m_study = r.study;
    QCOMPARE(m_study.modelType, std::string("equations"));
    for (const auto& [name, value] : {std::pair{"a", kA}, {"m0", kM0}, {"m1", kM1}, {"eps", kEps}})
        QCOMPARE(m_study.parameters.at(name), value);
    QVERIFY(m_study.title.contains(QLatin1String("Courbage")) &&
            m_study.title.contains(QLatin1String("043109")));
}

void TestTypedExample::fixedPointIsTheHandComputedOne()
{
    // J = 0.1 lies on the middle branch: the fixed point (J, m1 (J - a)) = (0.1, 0), multipliers
    // 1 + m1/2 -+ sqrt(m1^2/4 - eps) (the roots of l^2 - (2 + m1) l + 1 + m1 + eps).
    const double J = m_study.parameters.at("J");
    QCOMPARE(J, 0.1);
    const auto result = compute::fixedPoints(m_study, 1);
    QCOMPARE(result.points.size(), std::size_t(1));
    const FixedPoint& p = result.points.front();
    QVERIFY(std::abs(p.state[0] - J) < 1e-12);
    QVERIFY(std::abs(p.state[1] - kM1 * (J - kA)) < 1e-12);
    const double root = std::sqrt(kM1 * kM1 / 4 - kEps);
    QVERIFY(std::abs(p.eigenvalues[0] - std::complex<double>(1 + kM1 / 2 + root, 0)) < 1e-12);
    QVERIFY(std::abs(p.eigenvalues[1] - std::complex<double>(1 + kM1 / 2 - root, 0)) < 1e-12);
    QCOMPARE(p.unstableCount, 2);

    // Below the threshold the same point is stable: 1 - m0/2 -+ sqrt(m0^2/4 - eps), inside.
    Study rest = m_study;
    rest.parameters["J"] = 0.03;
    const auto below = compute::fixedPoints(rest, 1);
    QCOMPARE(below.points.size(), std::size_t(1));
    QCOMPARE(below.points.front().unstableCount, 0);
    const double r2 = std::sqrt(kM0 * kM0 / 4 - kEps);
    QVERIFY(std::abs(below.points.front().moduli[0] - (1 - kM0 / 2 + r2)) < 1e-12);
}

void TestTypedExample::restBelowThresholdSpikingAbove()
{
    QVERIFY(m_study.analyses.orbitDiagram);
    const auto model = m_study.createModel();
    const OrbitDiagramRequest request = compute::orbitDiagramRequest(m_study, *model);
    QCOMPARE(request.axis.parameter, std::string("J"));
    QVERIFY(request.axis.from < kJMin && request.axis.to > 3 * kJMin);
    const auto columns = compute::orbitDiagramColumns(request, *model, 0, request.axis.count, 1);
    int rest = 0, firing = 0;
    for (int c = 0; c < request.axis.count; ++c) {
        const double J = request.axis.value(c);
        const auto& v = columns[static_cast<std::size_t>(c)].values;
        QVERIFY(!v.empty());
        const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
        if (J < kJMin - 0.005) {
            // The rest state x = J (the stable fixed point), the slowest multiplier
            // 1 - m0/2 + sqrt(m0^2/4 - eps) ~ 0.987 long forgotten after the transient.
            QVERIFY2(std::abs(*lo - J) < 1e-9 && std::abs(*hi - J) < 1e-9, qPrintable(QString::number(J)));
            ++rest;
        } else if (J > kJMin + 0.005) {
            // Spikes: x crosses the discontinuity at d = 0.45 and swings below 0.
            QVERIFY2(*hi > 0.45 && *lo < 0.0, qPrintable(QString::number(J)));
            ++firing;
        }
    }
    QVERIFY(rest > 20 && firing > 100);
}

QTEST_GUILESS_MAIN(TestTypedExample)
#include "tst_typedexample.moc"
