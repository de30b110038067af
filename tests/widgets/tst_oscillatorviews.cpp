// The views of oscillator networks as a reader sees them (issue 22.7), fed the Kuramoto and
// AKOrN examples' own trajectories: the phase portrait shows phases in (-pi, pi] (each the raw
// phase less whole turns), the time series and the space-time plot sin(theta) (checked against
// std::sin of the raw values), the circle view every oscillator on the unit circle at the last
// step, R(n) as |mean exp(i theta)| computed here from the raw phases; other models leave the
// views as they were. The orbit diagram of the Kuramoto example stays within [0, 1] (R, the
// default for oscillator networks) or (-pi, pi] (a phase), and the kind survives a study file.
#include "plots/oscillatorviews.h"
#include "plots/phaseportraitview.h"
#include "plots/spacetimeview.h"
#include "plots/timeseriesview.h"

#include "compute/computecommon.h"
#include "compute/orbitcompute.h"
#include "study/studyfile.h"

#include <QTest>
#include <qwt_text.h>

#include <cmath>
#include <complex>
#include <numbers>

using namespace nd;

namespace {
constexpr double kPi = std::numbers::pi;

Study example(const char* name)
{
    const StudyLoadResult loaded = loadStudyFile(
        QStringLiteral(NEURODYN_SOURCE_DIR "/resources/examples/%1.json").arg(QLatin1String(name)));
    if (!loaded.ok)
        qFatal("cannot load example %s: %s", name, qPrintable(loaded.error));
    return loaded.study;
}

// x is y plus a whole number of turns, and y lies in (-pi, pi].
bool wrappedFrom(double y, double x)
{
    const double turns = (x - y) / (2.0 * kPi);
    return y > -kPi && y <= kPi && std::fabs(turns - std::round(turns)) < 1e-9;
}
} // namespace

class TestOscillatorViews : public QObject {
    Q_OBJECT
private slots:
    void kuramotoViewsShowWrappedPhases();
    void akornViewsShowTheFirstPlane();
    void otherModelsAreDrawnAsRecorded();
    void circleReplaysTheRun();
    void orbitDiagramOfKuramotoIsBounded();
    void orderParameterKindInStudyFiles();
};

void TestOscillatorViews::kuramotoViewsShowWrappedPhases()
{
    Study study = example("kuramoto-lorentzian");
    study.simulation.samples = 600;
    const auto model = study.createModel();
    const Trajectory t = compute::studyTrajectory(study);
    // The raw phases have run off (the bug: theta0 against theta1 running to -4000).
    double largest = 0.0;
    for (double v : t.values)
        largest = std::max(largest, std::fabs(v));
    QVERIFY2(largest > 10.0 * kPi, qPrintable(QString::number(largest)));

    PhasePortraitView phase;
    phase.setTrajectory(t, model.get(), study.view.phaseX, study.view.phaseY, study.view.cobweb);
    const std::vector<QPointF> pts = phase.points();
    QCOMPARE(pts.size(), t.rows());
    for (std::size_t r = 0; r < t.rows(); ++r) {
        QVERIFY(wrappedFrom(pts[r].x(), t.at(r, 0)));
        QVERIFY(wrappedFrom(pts[r].y(), t.at(r, 1)));
    }
    QVERIFY(phase.axisTitle(QwtAxis::XBottom).text().contains(QLatin1String("wrapped")));

    TimeSeriesView series;
    series.setTrajectory(t, model.get(), 8);
    QCOMPARE(series.curveCount(), 8);
    QVERIFY(series.showsSines());
    QCOMPARE(series.axisTitle(QwtAxis::YLeft).text(), QStringLiteral("sin(phase)"));
    for (int c = 0; c < 8; ++c) {
        const std::vector<QPointF> p = series.points(c);
        QCOMPARE(p.size(), t.rows());
        for (std::size_t r = 0; r < t.rows(); r += 7)
            QVERIFY(std::fabs(p[r].y() - std::sin(t.at(r, static_cast<std::size_t>(c)))) < 1e-12);
    }
    QVERIFY(series.toCsv().startsWith("step,\"sin(theta0)\""));

    SpaceTimeView spaceTime;
    QVERIFY(spaceTime.setTrajectory(t, *model, 100));
    QCOMPARE(spaceTime.nodeCount(), 64);
    QCOMPARE(spaceTime.stepCount(), 100);
    for (int s = 0; s < 100; s += 9)
        for (int i = 0; i < 64; i += 5) {
            const double raw =
                t.at(t.rows() - 100 + static_cast<std::size_t>(s), static_cast<std::size_t>(i));
            QVERIFY(std::fabs(spaceTime.value(s, i) - std::sin(raw)) < 1e-12);
        }

    PhaseCircleView circle;
    QVERIFY(circle.setTrajectory(t, *model));
    QCOMPARE(circle.points().size(), std::size_t(64));
    QCOMPARE(circle.step(), t.firstStep + static_cast<long>(t.rows() - 1) * t.stride);
    for (std::size_t i = 0; i < 64; ++i) {
        const QPointF p = circle.points()[i];
        QVERIFY(std::fabs(std::hypot(p.x(), p.y()) - 1.0) < 1e-12);
        QVERIFY(wrappedFrom(circle.phases()[i], t.at(t.rows() - 1, i)));
    }

    OrderParameterView order;
    QVERIFY(order.setTrajectory(t, *model));
    const std::vector<QPointF> r = order.points();
    QCOMPARE(r.size(), t.rows());
    double sum = 0.0;
    for (std::size_t row = 0; row < t.rows(); ++row) {
        std::complex<double> z;
        for (std::size_t i = 0; i < 64; ++i)
            z += std::exp(std::complex<double>(0.0, t.at(row, i)));
        const double expected = std::abs(z) / 64.0;
        QVERIFY(std::fabs(r[row].y() - expected) < 1e-12);
        sum += expected;
    }
    QVERIFY(std::fabs(order.mean() - sum / static_cast<double>(t.rows())) < 1e-12);
    // K = 1.5 is above K_c = 2 gamma = 1: partly synchronised, near the Ott-Antonsen value
    // r = sqrt(1 - 2 gamma / K) = sqrt(1/3) of the infinite network (64 oscillators fluctuate).
    const double ottAntonsen = std::sqrt(1.0 - 2.0 * 0.5 / 1.5);
    QVERIFY2(std::fabs(order.mean() - ottAntonsen) < 0.05, qPrintable(QString::number(order.mean())));
    QVERIFY(order.title().text().contains(QString::number(order.mean(), 'f', 3)));
    const QPointF z = circle.meanField();
    QVERIFY(std::fabs(std::hypot(z.x(), z.y()) - r.back().y()) < 1e-12);
}

void TestOscillatorViews::akornViewsShowTheFirstPlane()
{
    Study study = example("akorn-toy");
    study.simulation.samples = 300;
    const auto model = study.createModel();
    const Trajectory t = compute::studyTrajectory(study);
    PhaseCircleView circle;
    QVERIFY(circle.setTrajectory(t, *model));
    QCOMPARE(circle.points().size(), std::size_t(8));
    // n = 2: each unit is a unit vector, so its point is the unit itself.
    for (std::size_t i = 0; i < 8; ++i) {
        const QPointF p = circle.points()[i];
        QVERIFY(std::fabs(p.x() - t.at(t.rows() - 1, 2 * i)) < 1e-9);
        QVERIFY(std::fabs(p.y() - t.at(t.rows() - 1, 2 * i + 1)) < 1e-9);
    }
    OrderParameterView order;
    QVERIFY(order.setTrajectory(t, *model));
    for (std::size_t row = 0; row < t.rows(); row += 11) {
        double cx = 0.0, cy = 0.0;
        for (std::size_t i = 0; i < 8; ++i) {
            const double a = t.at(row, 2 * i), b = t.at(row, 2 * i + 1);
            cx += a / std::hypot(a, b);
            cy += b / std::hypot(a, b);
        }
        QVERIFY(std::fabs(order.points()[row].y() - std::hypot(cx, cy) / 8.0) < 1e-12);
    }
    SpaceTimeView spaceTime;
    QVERIFY(spaceTime.setTrajectory(t, *model, 50));
    QCOMPARE(spaceTime.nodeCount(), 8);
    for (int i = 0; i < 8; ++i) // sin of the first plane's angle: the unit's second component
        QVERIFY(std::fabs(spaceTime.value(49, i) - t.at(t.rows() - 1, 2 * static_cast<std::size_t>(i) + 1)) <
                1e-9);
}

void TestOscillatorViews::otherModelsAreDrawnAsRecorded()
{
    Study study = example("ring-star-100");
    study.simulation.samples = 50;
    const auto model = study.createModel();
    const Trajectory t = compute::studyTrajectory(study);
    TimeSeriesView series;
    series.setTrajectory(t, model.get(), 3);
    QVERIFY(!series.showsSines());
    for (int c = 0; c < 3; ++c)
        for (std::size_t r = 0; r < t.rows(); ++r)
            QCOMPARE(series.points(c)[r].y(), t.at(r, static_cast<std::size_t>(c)));
    PhasePortraitView phase;
    phase.setTrajectory(t, model.get(), 0, 1, false);
    for (std::size_t r = 0; r < t.rows(); ++r)
        QCOMPARE(phase.points()[r].x(), t.at(r, 0));
    PhaseCircleView circle;
    QVERIFY(!circle.setTrajectory(t, *model));
    QVERIFY(!circle.hasData());
    OrderParameterView order;
    QVERIFY(!order.setTrajectory(t, *model));
    QVERIFY(!order.hasData());
}

void TestOscillatorViews::circleReplaysTheRun()
{
    Study study = example("kuramoto-lorentzian");
    study.simulation.samples = 400;
    const auto model = study.createModel();
    const Trajectory t = compute::studyTrajectory(study);
    const long last = t.firstStep + static_cast<long>(t.rows() - 1) * t.stride;
    PhaseCircleView circle;
    circle.setAnimated(true);
    QVERIFY(circle.setTrajectory(t, *model));
    // The replay starts at the first recorded row and moves on by itself to the last.
    QVERIFY(circle.isAnimating());
    QCOMPARE(circle.step(), t.firstStep);
    for (std::size_t i = 0; i < 64; ++i)
        QVERIFY(wrappedFrom(circle.phases()[i], t.at(0, i)));
    QTRY_VERIFY(circle.step() > t.firstStep);
    QTRY_VERIFY_WITH_TIMEOUT(!circle.isAnimating(), 20000);
    QCOMPARE(circle.step(), last);
    // An export cuts a replay short at the last row.
    QVERIFY(circle.setTrajectory(t, *model));
    QVERIFY(circle.isAnimating());
    circle.finishAnimation();
    QVERIFY(!circle.isAnimating());
    QCOMPARE(circle.step(), last);
    for (std::size_t i = 0; i < 64; ++i)
        QVERIFY(wrappedFrom(circle.phases()[i], t.at(t.rows() - 1, i)));
}

void TestOscillatorViews::orbitDiagramOfKuramotoIsBounded()
{
    // The example has no orbit diagram: it gets the one the Analysis menu adds.
    Study study = example("kuramoto-lorentzian");
    OrbitDiagramSettings d = orbitDiagramDefaults(*study.createModel());
    QCOMPARE(d.observable, ObservableKind::OrderParameter);
    d.columns = 6;
    d.transient = 200;
    d.samples = 100;
    d.keepPoints = true;
    study.analyses.orbitDiagram = d;
    const compute::OrbitDiagramResult r = compute::orbitDiagram(study, 1);
    QCOMPARE(r.observableLabel, std::string("order parameter R"));
    QVERIFY(!r.diagram.points.empty());
    for (double v : r.diagram.points)
        QVERIFY2(v >= 0.0 && v <= 1.0 + 1e-12, qPrintable(QString::number(v)));
    QVERIFY(r.diagram.rangeMin >= 0.0 && r.diagram.rangeMax <= 1.0 + 1e-12);

    // A phase: wrapped, never the raw angle (which has grown past 2 pi after the transient).
    d.observable = ObservableKind::Variable;
    d.variable = 3;
    study.analyses.orbitDiagram = d;
    const compute::OrbitDiagramResult p = compute::orbitDiagram(study, 1);
    QVERIFY(p.observableLabel.find("wrapped") != std::string::npos);
    for (double v : p.diagram.points)
        QVERIFY2(v > -kPi && v <= kPi, qPrintable(QString::number(v)));
    QVERIFY(p.diagram.rangeMin >= -kPi && p.diagram.rangeMax <= kPi);

    // The defaults of a model without oscillators are unchanged: its first variable.
    QCOMPARE(orbitDiagramDefaults(*example("chialvo-bursting").createModel()).observable,
             ObservableKind::Variable);
}

void TestOscillatorViews::orderParameterKindInStudyFiles()
{
    Study study = example("kuramoto-lorentzian");
    study.analyses.orbitDiagram = orbitDiagramDefaults(*study.createModel());
    const QByteArray json = studyToJson(study);
    QVERIFY(json.contains("\"order_parameter\""));
    const StudyLoadResult back = studyFromJson(json);
    QVERIFY2(back.ok, qPrintable(back.error));
    QCOMPARE(back.study.analyses.orbitDiagram->observable, ObservableKind::OrderParameter);

    // A model without oscillators has no order parameter: a clear message, not a crash.
    Study chialvo = example("chialvo-bursting");
    chialvo.analyses.orbitDiagram = orbitDiagramDefaults(*chialvo.createModel());
    QByteArray bad = studyToJson(chialvo);
    bad.replace("\"kind\": \"variable\"", "\"kind\": \"order_parameter\"");
    const StudyLoadResult refused = studyFromJson(bad);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QLatin1String("observable.kind")) &&
                 refused.error.contains(QLatin1String("needs a network of oscillators")),
             qPrintable(refused.error));
}

QTEST_MAIN(TestOscillatorViews)
#include "tst_oscillatorviews.moc"
