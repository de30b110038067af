#include "plots/plotpanel.h"

#include "plots/plotstyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <qwt_plot_item.h>
#include <qwt_text.h>

namespace nd {

DataPlot::DataPlot(const QString& title, QWidget* parent) : QwtPlot(parent)
{
    applyPlotStyle(this);
    setTitle(QwtText(title));
}

void DataPlot::clearItems()
{
    for (int rtti : {QwtPlotItem::Rtti_PlotCurve, QwtPlotItem::Rtti_PlotMarker, QwtPlotItem::Rtti_PlotZone,
                     QwtPlotItem::Rtti_PlotIntervalCurve, QwtPlotItem::Rtti_PlotBarChart})
        detachItems(rtti, true);
    m_hasData = false;
}

PlotPanel::PlotPanel(QWidget* parent) : QWidget(parent), m_header(new QLabel(this)), m_grid(new QGridLayout)
{
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_header);
    layout->addLayout(m_grid, 1);
}

DataPlot* PlotPanel::addPlot(const QString& title, int row, int column, int rowSpan, int columnSpan)
{
    auto* plot = new DataPlot(title, this);
    m_grid->addWidget(plot, row, column, rowSpan, columnSpan);
    m_plots.push_back(plot);
    return plot;
}

std::vector<std::pair<QString, QwtPlot*>> PlotPanel::plots() const
{
    std::vector<std::pair<QString, QwtPlot*>> out;
    for (DataPlot* p : m_plots)
        if (p->isVisibleTo(this))
            out.emplace_back(p->title().text(), p);
    return out;
}

void PlotPanel::setMessage(const QString& message)
{
    clearData();
    for (DataPlot* p : m_plots) {
        p->clearItems();
        setPlotMessage(p, message);
    }
    setHeader(message.toHtmlEscaped());
}

QString PlotPanel::headerText() const
{
    return m_header->text();
}

void PlotPanel::setHeader(const QString& html)
{
    m_header->setText(html);
}

QByteArray PlotPanel::toCsv() const
{
    QByteArray out;
    for (DataPlot* p : m_plots) {
        if (!p->isVisibleTo(this) || !p->hasData())
            continue;
        if (!out.isEmpty())
            out += '\n';
        out += "# " + p->title().text().toUtf8() + '\n' + p->toCsv();
    }
    return out;
}

bool PlotPanel::hasData() const
{
    for (DataPlot* p : m_plots)
        if (p->isVisibleTo(this) && p->hasData())
            return true;
    return false;
}

} // namespace nd
