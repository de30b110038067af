#include "gui/exportcontroller.h"

#include "gui/studydocument.h"
#include "plots/plotdata.h"
#include "study/studyfile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <qwt_plot.h>

namespace nd {

ExportController::ExportController(StudyDocument* document, std::vector<Plot> plots,
                                   std::function<PlotExportOptions()> options, QWidget* window)
    : QObject(window), m_document(document), m_plots(std::move(plots)), m_options(std::move(options)),
      m_window(window)
{
}

void ExportController::populateMenu(QMenu* menu)
{
    QMenu* one = menu->addMenu(tr("&Export Plot"));
    one->menuAction()->setStatusTip(tr("Save one plot as PNG, SVG or PDF, or its data as CSV"));
    QMenu* copy = menu->addMenu(tr("&Copy Plot to Clipboard"));
    copy->menuAction()->setStatusTip(tr("Copy one plot as an image to the clipboard"));
    // Listed when opened: which plots there are depends on the results shown.
    connect(one, &QMenu::aboutToShow, this, [this, one]() {
        one->clear();
        for (const Plot& p : plots()) {
            QAction* a = one->addAction(tr("%1...").arg(p.title), this, [this, p]() { exportOne(p); });
            a->setStatusTip(tr("Save this plot as PNG, SVG or PDF, or its data as CSV"));
        }
    });
    connect(copy, &QMenu::aboutToShow, this, [this, copy]() {
        copy->clear();
        for (const Plot& p : plots()) {
            QAction* a = copy->addAction(p.title, this, [this, p]() {
                copyPlotToClipboard(p.plot, m_options());
                emit message(tr("%1 copied to the clipboard").arg(p.title));
            });
            a->setStatusTip(tr("Copy this plot as an image to the clipboard"));
        }
    });
    QAction* all = menu->addAction(tr("Export &All..."), this, [this]() {
        const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Export All Into Folder"));
        if (folder.isEmpty())
            return;
        QString error;
        const QStringList files = exportAll(folder, error);
        if (!error.isEmpty())
            QMessageBox::warning(m_window, tr("Export All"), error);
        else
            emit message(tr("%1 files written to %2").arg(files.size()).arg(QDir::toNativeSeparators(folder)));
    });
    all->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    all->setStatusTip(tr("Export every plot and its data into a folder"));
}

void ExportController::addPlotSource(std::function<std::vector<Plot>()> source)
{
    m_plotSources.push_back(std::move(source));
}

std::vector<ExportController::Plot> ExportController::plots() const
{
    std::vector<Plot> out = m_plots;
    for (const auto& source : m_plotSources)
        for (const Plot& p : source())
            out.push_back(p);
    return out;
}

void ExportController::addCsvSource(const QString& fileStem, std::function<QByteArray()> csv)
{
    m_csvSources.emplace_back(fileStem, std::move(csv));
}

void ExportController::exportOne(const Plot& p)
{
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export %1").arg(p.title), p.fileStem + QStringLiteral(".png"),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Data as CSV (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) {
        const int open = selected.lastIndexOf(QLatin1String("*."));
        path += selected.mid(open + 1, selected.size() - open - 2);
    }
    QString error;
    if (!exportPlot(p.plot, path, m_options(), error))
        QMessageBox::warning(m_window, tr("Export Plot"), error);
    else
        emit message(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
}

bool ExportController::writePlots(const QString& folder, const QStringList& suffixes,
                                  const PlotExportOptions& options, QStringList& written,
                                  QStringList& failures) const
{
    if (!QDir().mkpath(folder)) {
        failures << tr("cannot create folder %1").arg(folder);
        return false;
    }
    const QDir dir(folder);
    for (const Plot& p : plots()) {
        const auto* data = dynamic_cast<const PlotData*>(p.plot);
        if (data && !data->hasData())
            continue; // nothing to show for this study (e.g. the space-time plot of one neuron)
        for (const QString& suffix : suffixes) {
            const QString path = dir.filePath(p.fileStem + QLatin1Char('.') + suffix);
            QString e;
            if (exportPlot(p.plot, path, options, e))
                written << path;
            else
                failures << e;
        }
    }
    return true;
}

QStringList ExportController::exportAll(const QString& folder, QString& error)
{
    QStringList written;
    QStringList failures;
    const QStringList suffixes{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"),
                               QStringLiteral("csv")};
    if (!writePlots(folder, suffixes, m_options(), written, failures)) {
        error = failures.join(QLatin1Char('\n'));
        return written;
    }
    const QDir dir(folder);
    for (const auto& [stem, csv] : m_csvSources) {
        const QByteArray bytes = csv();
        if (bytes.count('\n') < 2)
            continue; // a header only: nothing to export for this study
        const QString path = dir.filePath(stem + QStringLiteral(".csv"));
        QString e;
        if (writeFileAtomically(path, bytes, e))
            written << path;
        else
            failures << e;
    }
    const QString studyPath = dir.filePath(QStringLiteral("study.json"));
    QString e;
    if (saveStudyFile(m_document->study(), studyPath, e))
        written << studyPath;
    else
        failures << e;
    error = failures.join(QLatin1Char('\n'));
    return written;
}

} // namespace nd
