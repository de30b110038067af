// The NeuroMFA dock in the main window (issue 22 point 3) on checkpoint series this test writes
// (tiny GPT-NeoX models, tests/weightwriter.h):
// - three checkpoints with the same weights give the same subnetworks at every step (the same
//   seeds sample the same neurons), so alpha_0 and the width never change and the degree of
//   emergence E(t) = (w(t)/w(t0)) ln(alpha_0(t0)/alpha_0(t)) is 0 exactly at every step;
// - the view states the method;
// - a study file naming its checkpoints relative to its own folder computes from there;
// - a missing checkpoint is shown on the view with its path, nothing is thrown;
// - a long series cancels;
// - the settings bar's edits (s typed, checkpoints typed) are undo steps that restore the section.
#include "gui/analysisdock.h"
#include "gui/analysisdocks.h"
#include "gui/mainwindow.h"
#include "gui/neuromfatask.h"
#include "gui/studydocument.h"
#include "plots/emergenceview.h"
#include "study/studyfile.h"
#include "weightwriter.h"

#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace nd;

class TestNeuroMfaDock : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void identicalCheckpointsShowNoEmergence();
    void relativePathsFollowTheStudyFile();
    void missingCheckpointIsShown();
    void cancelStopsTheSeries();
    void settingsBarEditsUndo();

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
};

namespace {

// Weights of magnitude in (0.01, 0.31), pseudo-random per position.
double weight(std::size_t b, int p, std::uint64_t r, std::uint64_t c)
{
    std::uint64_t x = (b * 7919 + static_cast<std::uint64_t>(p) * 104729 + r * 1299709 + c * 15485863) *
                      0x9e3779b97f4a7c15ull;
    x ^= x >> 31;
    const double u = static_cast<double>(x % 1000003) / 1000003.0;
    return (0.01 + 0.3 * u) * ((x >> 9) & 1 ? 1.0 : -1.0);
}

Study neuroMfaStudy(const std::vector<std::string>& checkpoints, std::size_t repeats)
{
    Study s = Study::defaultsFor("logistic");
    s.analyses = AnalysisSettings();
    NeuroMfaSettings n;
    n.checkpoints = checkpoints;
    n.samples = 6;
    n.repeats = repeats;
    s.analyses.neuroMfa = n;
    return s;
}

} // namespace

void TestNeuroMfaDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath("series")));
    const auto bytes = ndtest::matricesToSafetensors(ndtest::gptNeoxMatrices(16, 2, weight), "F32");
    for (const char* name : {"step0.safetensors", "step500.safetensors", "step2000.safetensors"})
        ndtest::writeBytes(m_dir.filePath(QStringLiteral("series/") + name).toStdString(), bytes);
}

void TestNeuroMfaDock::identicalCheckpointsShowNoEmergence()
{
    QString error;
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY2(w.setStudy(neuroMfaStudy({m_dir.filePath("series").toStdString()}, 3), error),
             qPrintable(error));
    NeuroMfaTask* task = w.analyses()->neuroMfa();
    w.analyses()->dockOf(task)->raise();
    QVERIFY(w.waitUntilIdle());
    QVERIFY(task->isComplete());
    const NeuroMfaSeriesResult& r = task->emergenceView()->result();
    QCOMPARE(r.checkpoints.size(), std::size_t{3});
    QCOMPARE(r.checkpoints[1].checkpoint.step, 500.0);
    QVERIFY(r.emergence.defined);
    for (const EmergencePoint& p : r.emergence.points) {
        QVERIFY(p.defined);
        QCOMPARE(p.emergence, 0.0);
        QCOMPARE(p.alpha0Mean, r.emergence.points.front().alpha0Mean);
    }
    QVERIFY(task->emergenceView()->spectraPlot()->isVisible());
    QVERIFY2(task->emergenceView()->headerText().contains(QLatin1String("neuromfa-code")),
             qPrintable(task->emergenceView()->headerText()));
}

void TestNeuroMfaDock::relativePathsFollowTheStudyFile()
{
    const QString path = m_dir.filePath("relative.neurodyn");
    QString error;
    QVERIFY2(saveStudyFile(neuroMfaStudy({"series/step0.safetensors", "series/step2000.safetensors"}, 2),
                           path, error),
             qPrintable(error));
    MainWindow w;
    QVERIFY2(w.openStudyFile(path, error), qPrintable(error));
    NeuroMfaTask* task = w.analyses()->neuroMfa();
    QVERIFY(w.waitUntilIdle());
    QVERIFY(task->isComplete());
    const NeuroMfaSeriesResult& r = task->emergenceView()->result();
    QCOMPARE(r.checkpoints.size(), std::size_t{2});
    QCOMPARE(QString::fromStdString(r.checkpoints[1].checkpoint.path),
             QDir::cleanPath(m_dir.filePath("series/step2000.safetensors")));
}

void TestNeuroMfaDock::missingCheckpointIsShown()
{
    QString error;
    MainWindow w;
    const std::string gone = m_dir.filePath("nowhere/step1.safetensors").toStdString();
    QVERIFY2(w.setStudy(neuroMfaStudy({gone}, 2), error), qPrintable(error));
    NeuroMfaTask* task = w.analyses()->neuroMfa();
    QVERIFY(w.waitUntilIdle());
    QVERIFY(!task->isComplete());
    QVERIFY2(task->emergenceView()->headerText().contains(QString::fromStdString(gone)),
             qPrintable(task->emergenceView()->headerText()));
}

void TestNeuroMfaDock::cancelStopsTheSeries()
{
    QString error;
    MainWindow w;
    QVERIFY(w.setStudy(neuroMfaStudy({m_dir.filePath("series").toStdString()}, 20000), error));
    NeuroMfaTask* task = w.analyses()->neuroMfa();
    QTRY_VERIFY_WITH_TIMEOUT(task->isBusy(), 10000);
    task->cancelByUser();
    QTRY_VERIFY_WITH_TIMEOUT(!task->isBusy(), 10000);
    QVERIFY(!task->isComplete());
}

void TestNeuroMfaDock::settingsBarEditsUndo()
{
    QString error;
    MainWindow w;
    const std::string series = m_dir.filePath("series").toStdString();
    QVERIFY(w.setStudy(neuroMfaStudy({series}, 2), error));
    NeuroMfaTask* task = w.analyses()->neuroMfa();
    AnalysisDock* dock = w.analyses()->dockOf(task);
    QSpinBox* samples = nullptr;
    QLineEdit* checkpoints = nullptr;
    for (QSpinBox* box : dock->findChildren<QSpinBox*>())
        if (box->toolTip().startsWith(QLatin1String("Neurons sampled per layer")))
            samples = box;
    for (QLineEdit* line : dock->findChildren<QLineEdit*>())
        if (line->toolTip().startsWith(QLatin1String("Checkpoint files")))
            checkpoints = line;
    QVERIFY(samples && checkpoints);
    QCOMPARE(samples->value(), 6);
    QCOMPARE(checkpoints->text(), QString::fromStdString(series));
    samples->setValue(5);
    QCOMPARE(w.study().analyses.neuroMfa->samples, std::size_t{5});
    checkpoints->setText(QStringLiteral("a/step1.npz; b"));
    emit checkpoints->editingFinished();
    QCOMPARE(w.study().analyses.neuroMfa->checkpoints, (std::vector<std::string>{"a/step1.npz", "b"}));
    w.document()->undoStack()->undo();
    QCOMPARE(w.study().analyses.neuroMfa->checkpoints, std::vector<std::string>{series});
    QCOMPARE(checkpoints->text(), QString::fromStdString(series));
    w.document()->undoStack()->undo();
    QCOMPARE(w.study().analyses.neuroMfa->samples, std::size_t{6});
    QCOMPARE(samples->value(), 6);
    QVERIFY(w.waitUntilIdle());
}

QTEST_MAIN(TestNeuroMfaDock)
#include "tst_neuromfadock.moc"
