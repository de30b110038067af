// Export for the main window: each plot to PNG (size and DPI from the preferences), SVG, PDF
// or its data to CSV; "Export All" writes every plot in every format plus the study into a
// folder; copy a plot to the clipboard. All files are written atomically. GUI thread only.
#pragma once

#include "plots/plotexport.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

class QMenu;
class QWidget;
class QwtPlot;

namespace nd {

class StudyDocument;

class ExportController : public QObject {
    Q_OBJECT
public:
    struct Plot {
        QString title;    // shown in menus
        QString fileStem; // file name without suffix for Export All
        QwtPlot* plot;
    };

    ExportController(StudyDocument* document, std::vector<Plot> plots, std::function<PlotExportOptions()> options,
                     QWidget* window);

    // The Export Plot and Copy Plot menus list the plots shown when they open.
    void populateMenu(QMenu* menu);
    // Plots that come and go with the results (the sub-plots of composite views): asked for
    // their current list whenever the plots are listed.
    void addPlotSource(std::function<std::vector<Plot>()> source);
    // Data without a plot (tables) that Export All writes as <fileStem>.csv.
    void addCsvSource(const QString& fileStem, std::function<QByteArray()> csv);
    // Every plot as .png, .svg, .pdf and .csv, the data sources as .csv, plus study.json;
    // returns the files written.
    QStringList exportAll(const QString& folder, QString& error);
    // The plot part of Export All and of the --render command line: every plot that shows
    // data for this study into `folder` (made if missing) as <fileStem>.<suffix> for each
    // suffix, with `options`; the files go to `written`, the messages of failures to
    // `failures`. False (with its message) when the folder cannot be made.
    bool writePlots(const QString& folder, const QStringList& suffixes, const PlotExportOptions& options,
                    QStringList& written, QStringList& failures) const;
    // The fixed plots and those the sources list now.
    std::vector<Plot> plots() const;

signals:
    void message(const QString& text);

private:
    void exportOne(const Plot& plot);

    StudyDocument* m_document;
    std::vector<Plot> m_plots;
    std::vector<std::function<std::vector<Plot>()>> m_plotSources;
    std::vector<std::pair<QString, std::function<QByteArray()>>> m_csvSources;
    std::function<PlotExportOptions()> m_options;
    QWidget* m_window;
};

} // namespace nd
