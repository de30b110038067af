// Building blocks of the composite analysis views (0-1 test, synchrony, multifractal spectra,
// continuation): DataPlot is a small QwtPlot that knows its own CSV, so every sub-plot can be
// exported or copied on its own through exportPlot; PlotPanel is a widget with a header label
// over a grid of DataPlots, the "undefined"/error message state, and the CSV of all its plots.
// GUI thread only.
#pragma once

#include "plots/plotdata.h"

#include <QString>
#include <QWidget>
#include <qwt_plot.h>

#include <functional>
#include <utility>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;

namespace nd {

class DataPlot : public QwtPlot, public PlotData {
    Q_OBJECT
public:
    static constexpr int kMinimumWidth = 240, kMinimumHeight = 180;
    explicit DataPlot(const QString& title, QWidget* parent = nullptr);
    // The CSV of what this plot shows now; without one, or while empty, the plot has no data.
    void setCsv(std::function<QByteArray()> csv) { m_csv = std::move(csv); }
    void setHasData(bool has) { m_hasData = has; }
    // Removes every curve, marker, zone and interval item (keeps the grid and rasters).
    void clearItems();

    QByteArray toCsv() const override { return m_csv ? m_csv() : QByteArray(); }
    bool hasData() const override { return m_hasData && m_csv; }

private:
    std::function<QByteArray()> m_csv;
    bool m_hasData = false;
};

// The texts of a sub-plot (all translated by the caller) and its cell in the panel's grid.
struct PlotTexts {
    QString title, xAxis, yAxis, toolTip;
};
struct PlotPlace {
    int row = 0, column = 0, rowSpan = 1, columnSpan = 1;
};

class PlotPanel : public QWidget, public PlotData {
    Q_OBJECT
public:
    explicit PlotPanel(QWidget* parent = nullptr);

    // Every sub-plot now shown, with its title, for export and copying one by one.
    std::vector<std::pair<QString, QwtPlot*>> plots() const;
    // Drops the data and shows `message` (why there is nothing: undefined, an error) in the
    // header and on every plot; an empty message just clears.
    void setMessage(const QString& message);
    QString headerText() const;

    // The CSV of every plot with data, each section led by a "# <plot title>" line and
    // separated by a blank line (each sub-plot alone exports its own section as plain CSV).
    QByteArray toCsv() const override;
    bool hasData() const override;

protected:
    // A sub-plot in the grid (row 0 is left for choices); csv gives the data it shows. texts
    // (calling the view's tr()) is asked again on each language change: the title and tooltip
    // follow, and the axis titles it gives (empty ones are left to the view's results).
    DataPlot* addPlot(std::function<PlotTexts()> texts, PlotPlace place, std::function<QByteArray()> csv);
    // A labelled drop-down list in row 0 above the plots (which c, which state coordinate, ...).
    // texts gives its label and tooltip (calling the view's tr()) and is asked again on each
    // language change.
    QComboBox* addChoice(std::function<std::pair<QString, QString>()> texts, int columnSpan = 1);
    void setHeader(const QString& html);
    QGridLayout* grid() const { return m_grid; }
    // Called by setMessage: drop the data (the plots' items are already cleared).
    virtual void clearData() = 0;

private:
    QLabel* m_header;
    QGridLayout* m_grid;
    std::vector<DataPlot*> m_plots;
};

} // namespace nd
