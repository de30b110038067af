// MainWindow: waiting for the computations and headless rendering of every view (the
// --render command line and the README's screenshots).
#include "gui/mainwindow.h"

#include "gui/analysiscontroller.h"
#include "gui/exportcontroller.h"
#include "gui/analysisdocks.h"
#include "plots/plotdata.h"
#include "plots/plotexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QWidget>
#include <qwt_plot.h>

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
    QStringList written;
    if (!QDir().mkpath(folder)) {
        error = tr("cannot create folder %1").arg(folder);
        return written;
    }
    const QDir dir(folder);
    QStringList failures;
    for (const auto& p : m_export->plots()) {
        // Views without data for this study (the space-time plot of a single neuron) are skipped.
        const auto* data = dynamic_cast<const PlotData*>(p.plot);
        if (data && !data->hasData())
            continue;
        const QString path = dir.filePath(p.fileStem + QStringLiteral(".png"));
        QString e;
        if (exportPlot(p.plot, path, {QSizeF(160, 110), 120}, &e))
            written << path;
        else
            failures << e;
    }
    const QString window = dir.filePath(QStringLiteral("main-window.png"));
    if (grab().save(window))
        written << window;
    else
        failures << tr("cannot write %1").arg(window);
    error = failures.join(QLatin1Char('\n'));
    return written;
}

} // namespace nd
