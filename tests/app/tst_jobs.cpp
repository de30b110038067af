// Long work off the GUI thread: cancel stops a running job; a parameter change during a run
// cancels it and restarts after the debounce, and the old picture stays until the new
// job's first chunk; the event loop keeps answering within 100 ms while an orbit diagram
// computes; shutting down during a run cancels and waits.
// GCC 12 reports a bogus -Wrestrict for assigning a short literal to std::string (GCC bug 105329).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wrestrict"
#endif
#include "compute/orbitcompute.h"
#include "gui/analysiscontroller.h"
#include "gui/analysisdocks.h"
#include "gui/analysisjobs.h"
#include "gui/analysistask.h"
#include "gui/jobrunner.h"
#include "gui/mainwindow.h"
#include "gui/orbittask.h"
#include "gui/studydocument.h"
#include "plots/orbitdiagramview.h"

#include "latencybound.h"

#include <QElapsedTimer>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

#include <atomic>

using namespace nd;

class TestJobs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void chunksArriveAndJobFinishes();
    void cancelStopsARunningJob();
    void cancelButtonStopsComputations();
    void parameterChangeRestartsRunningJob();
    void eventLoopStaysResponsive();
    void shutdownDuringRunCancelsAndWaits();
};

// An orbit diagram that takes many seconds even on many cores: a long transient per column.
static Study slowStudy()
{
    Study s = Study::defaultsFor("chialvo");
    s.simulation.samples = 500;
    s.analyses.orbitDiagram->parameter = "b";
    s.analyses.orbitDiagram->columns = 2000;
    s.analyses.orbitDiagram->transient = 1000000;
    s.analyses.orbitDiagram->samples = 1000;
    s.analyses.orbitDiagram->valueMin = -1.0;
    s.analyses.orbitDiagram->valueMax = 6.0;
    return s;
}

void TestJobs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestJobs::chunksArriveAndJobFinishes()
{
    QThreadPool pool;
    JobRunner runner(&pool);
    QSignalSpy chunks(&runner, &JobRunner::chunkReady);
    QSignalSpy finished(&runner, &JobRunner::finished);
    runner.start([](JobContext& context) {
        for (int i = 0; i < 5; ++i) {
            context.deliver(std::make_shared<JobChunk>());
            context.setProgress((i + 1) / 5.0);
        }
    });
    QVERIFY(runner.isRunning());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(chunks.count(), 5);
    QCOMPARE(chunks.at(0).at(1).toBool(), true); // first chunk flagged
    QCOMPARE(chunks.at(1).at(1).toBool(), false);
    QVERIFY(!runner.isRunning());
}

void TestJobs::cancelStopsARunningJob()
{
    QThreadPool pool;
    JobRunner runner(&pool);
    std::atomic<bool> returned{false};
    std::atomic<long> steps{0};
    runner.start([&](JobContext& context) {
        while (!context.isCanceled())
            ++steps;
        returned = true;
    });
    QTRY_VERIFY(steps.load() > 0);
    QElapsedTimer clock;
    clock.start();
    runner.cancel();
    QVERIFY(!runner.isRunning());
    runner.waitForFinished();
    QVERIFY(returned.load());
    QVERIFY(clock.elapsed() < 1000);

    // A real orbit diagram stops well before it would have finished.
    QSignalSpy chunks(&runner, &JobRunner::chunkReady);
    runner.start(resultJob(slowStudy(), 2, [](const Study& study, int threads, Progress* progress) {
        return compute::orbitDiagram(study, threads, progress);
    }));
    QTest::qWait(200);
    clock.restart();
    runner.cancel();
    runner.waitForFinished();
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(chunks.count() < 2000 / 8);
}

void TestJobs::cancelButtonStopsComputations()
{
    QString error;
    MainWindow w;
    QVERIFY(w.setStudy(slowStudy(), error));
    QTRY_VERIFY(w.analyses()->orbitDiagram()->runner()->isRunning());
    QVERIFY(!w.cancelButton()->isHidden());
    QVERIFY(!w.progressBar()->isHidden());
    QTest::mouseClick(w.cancelButton(), Qt::LeftButton);
    QVERIFY(!w.analysis()->isBusy() && !w.analyses()->isBusy());
    QVERIFY(w.cancelButton()->isHidden());
    QVERIFY(w.orbitDiagram()->filledColumnCount() < 2000);
}

void TestJobs::parameterChangeRestartsRunningJob()
{
    QString error;
    MainWindow w;
    QVERIFY(w.setStudy(slowStudy(), error));
    JobRunner* orbit = w.analyses()->orbitDiagram()->runner();
    QTRY_VERIFY(orbit->isRunning());
    QTRY_VERIFY(w.orbitDiagram()->filledColumnCount() > 0);
    const int starts = orbit->startCount();
    QSignalSpy finished(orbit, &JobRunner::finished);
    QSignalSpy chunks(orbit, &JobRunner::chunkReady);
    // Change a parameter the diagram depends on (a; the sweep is over b).
    QVERIFY(w.document()->editParameter(0, 0.9, false, error));
    // Debounced: nothing restarts at once, and the old picture stays.
    QCOMPARE(orbit->startCount(), starts);
    const int filledBefore = w.orbitDiagram()->filledColumnCount();
    QTRY_COMPARE(orbit->startCount(), starts + 1);
    QVERIFY(finished.count() >= 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true); // the old run was cancelled
    QVERIFY(orbit->isRunning());
    if (chunks.isEmpty())
        QVERIFY(w.orbitDiagram()->filledColumnCount() >= filledBefore);
    // The new run's first chunk (flagged "first") replaces the old picture. Chunks of the old
    // run may still have arrived during the debounce; none of those is flagged first.
    const auto newRunStarted = [&chunks]() {
        for (const auto& args : chunks)
            if (args.at(1).toBool())
                return true;
        return false;
    };
    QTRY_VERIFY(newRunStarted());
    QVERIFY(w.orbitDiagram()->filledColumnCount() <= 2000);
    // Dragging the swept parameter itself does not restart the diagram.
    const int startsNow = orbit->startCount();
    QVERIFY(w.document()->editParameter(1, 0.3, false, error));
    QTRY_VERIFY(w.analysis()->trajectoryRunner()->startCount() > 0 &&
                !w.analysis()->trajectoryRunner()->isRunning());
    QTest::qWait(250);
    QCOMPARE(orbit->startCount(), startsNow);
    w.analyses()->cancelAll();
}

void TestJobs::eventLoopStaysResponsive()
{
    QString error;
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // The first layout and paint of the window are not part of the computation.
    QVERIFY(w.waitUntilIdle());
    QVERIFY(w.setStudy(slowStudy(), error));
    w.analyses()->orbitDiagram()->restartNow();
    QVERIFY(w.analyses()->orbitDiagram()->runner()->isRunning());
    QElapsedTimer clock, total;
    qint64 worst = 0;
    QTimer tick;
    tick.setInterval(5);
    qint64 worstAt = 0;
    connect(&tick, &QTimer::timeout, this, [&]() {
        const qint64 gap = clock.restart();
        if (gap > worst) {
            worst = gap;
            worstAt = total.elapsed();
        }
    });
    clock.start();
    total.start();
    tick.start();
    while (total.elapsed() < 1500 && w.analyses()->orbitDiagram()->runner()->isRunning())
        QTest::qWait(10);
    tick.stop();
    QVERIFY2(total.elapsed() >= 1500, "the computation should still be running");
    QVERIFY2(worst < ndtest::kMaxEventLoopGapMs,
             qPrintable(QStringLiteral("worst event-loop gap %1 ms, %2 ms in").arg(worst).arg(worstAt)));
    QTRY_VERIFY(w.orbitDiagram()->filledColumnCount() > 0); // chunks are drawn while it runs
    w.analyses()->cancelAll();
}

void TestJobs::shutdownDuringRunCancelsAndWaits()
{
    QString error;
    QElapsedTimer clock;
    {
        MainWindow w;
        QVERIFY(w.setStudy(slowStudy(), error));
        w.analyses()->orbitDiagram()->restartNow();
        QVERIFY(w.analyses()->orbitDiagram()->runner()->isRunning());
        QTest::qWait(100);
        clock.start();
    }
    QVERIFY(clock.elapsed() < 3000);
}

QTEST_MAIN(TestJobs)
#include "tst_jobs.moc"
