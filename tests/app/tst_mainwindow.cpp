// The main window offscreen: a parameter change through the panel redraws the phase portrait
// and the time series with the new orbit; examples open; images render headless.
#include "editors/parameterpanel.h"
#include "editors/valuerow.h"
#include "gui/mainwindow.h"
#include "plots/phaseportraitview.h"
#include "plots/timeseriesview.h"

#include <QDoubleSpinBox>
#include <QImage>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace nd;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void parameterChangeRedrawsPlots();
    void initialStateChangeRedrawsPlots();
    void sliderDragRedrawsPlots();
    void examplesOpen();
    void invalidStudyKeepsCurrent();
    void renderWritesImages();
};

void TestMainWindow::parameterChangeRedrawsPlots()
{
    MainWindow w;
    QVERIFY(w.openStudyFile(QStringLiteral(":/examples/chialvo-oscillation.json")));
    const auto before = w.phasePortrait()->points();
    const auto seriesBefore = w.timeSeries()->points(0);
    QVERIFY(before.size() > 100);
    // b is parameter 1 of the Chialvo map; type a new value as a user would.
    QDoubleSpinBox* spin = w.parameterPanel()->parameterRow(1)->spinBox();
    spin->setValue(0.18);
    QCOMPARE(w.study().parameters.at("b"), 0.18);
    const auto after = w.phasePortrait()->points();
    QCOMPARE(after.size(), before.size());
    QVERIFY(after != before);
    QVERIFY(w.timeSeries()->points(0) != seriesBefore);
    // The plotted points are the orbit of the new parameters: check one step of the map.
    const double x = after[10].x(), y = after[10].y();
    QVERIFY(std::fabs(after[11].x() - (x * x * std::exp(y - x) + 0.03)) < 1e-12);
    QVERIFY(std::fabs(after[11].y() - (0.89 * y - 0.18 * x + 0.28)) < 1e-12);
}

void TestMainWindow::initialStateChangeRedrawsPlots()
{
    MainWindow w;
    Study s = Study::defaultsFor("chialvo");
    s.simulation.transient = 0;
    QVERIFY(w.setStudy(s));
    w.parameterPanel()->initialRow(0)->spinBox()->setValue(0.75);
    QCOMPARE(w.phasePortrait()->points().front().x(), 0.75);
    QCOMPARE(w.timeSeries()->points(0).front().y(), 0.75);
}

void TestMainWindow::sliderDragRedrawsPlots()
{
    MainWindow w;
    const auto before = w.phasePortrait()->points();
    QSlider* slider = w.parameterPanel()->parameterRow(1)->slider();
    slider->setValue(slider->value() / 3);
    QVERIFY(w.phasePortrait()->points() != before);
}

void TestMainWindow::examplesOpen()
{
    for (const char* name : {"chialvo-oscillation", "chialvo-bursting"}) {
        MainWindow w;
        QString error;
        QVERIFY2(w.openStudyFile(QStringLiteral(":/examples/%1.json").arg(QLatin1String(name)), &error),
                 qPrintable(error));
        QVERIFY(w.phasePortrait()->pointCount() > 1000);
        QCOMPARE(w.timeSeries()->curveCount(), 2);
    }
}

void TestMainWindow::invalidStudyKeepsCurrent()
{
    MainWindow w;
    QVERIFY(w.openStudyFile(QStringLiteral(":/examples/chialvo-bursting.json")));
    const Study before = w.study();
    QString error;
    QVERIFY(!w.openStudyFile(QStringLiteral("/nonexistent/study.json"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(w.study() == before);
}

void TestMainWindow::renderWritesImages()
{
    MainWindow w;
    w.show();
    QTemporaryDir dir;
    QString error;
    const QStringList files = w.renderImages(dir.path(), &error);
    QCOMPARE(files.size(), 3);
    for (const QString& f : files) {
        QImage img(f);
        QVERIFY2(!img.isNull(), qPrintable(f));
        QVERIFY(img.width() > 200 && img.height() > 200);
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
