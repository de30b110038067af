// MainWindow: waiting for the computations and headless rendering of every view (the
// --render command line and the README's screenshots).
#include "gui/mainwindow.h"

#include "gui/analysiscontroller.h"
#include "gui/exportcontroller.h"
#include "gui/analysisdocks.h"
#include "plots/oscillatorviews.h"
#include "plots/plotexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

namespace nd {

bool MainWindow::waitUntilIdle(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        const int left = timeoutMs - static_cast<int>(clock.elapsed());
        if (left <= 0 || !m_analysis->waitUntilIdle(left))
            return false;
        if (!m_docks->isBusy())
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

QStringList MainWindow::renderImages(const QString& folder, QString& error)
{
    waitUntilIdle();
    m_circle->finishAnimation(); // the figure shows the run's last step, as `run`'s does
    QStringList written;
    QStringList failures;
    if (!m_export->writePlots(folder, {QStringLiteral("png")}, {QSizeF(160, 110), 120}, written, failures)) {
        error = failures.join(QLatin1Char('\n'));
        return written;
    }
    const QDir dir(folder);
    const QString window = dir.filePath(QStringLiteral("main-window.png"));
    if (grab().save(window))
        written << window;
    else
        failures << tr("cannot write %1").arg(window);
    error = failures.join(QLatin1Char('\n'));
    return written;
}

} // namespace nd
