#include "plots/plotpanel.h"

#include "plots/plotstyle.h"
#include "plots/retranslate.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <qwt_plot_item.h>
#include <qwt_text.h>

namespace nd {

DataPlot::DataPlot(const QString& title, QWidget* parent) : QwtPlot(parent)
{
    applyPlotStyle(this);
    // Never squeezed below a readable plot: a dock too small for the panel scrolls instead (a
    // 100 px high plot had no room left for its canvas, so its axis titles were cut).
    setMinimumSize(kMinimumWidth, kMinimumHeight);
    setTitle(wrappedText(title));
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

DataPlot* PlotPanel::addPlot(std::function<PlotTexts()> texts, PlotPlace place,
                             std::function<QByteArray()> csv)
{
    auto* plot = new DataPlot(QString(), this);
    retranslateWith(plot, [plot, texts = std::move(texts)] {
        const PlotTexts t = texts();
        // Texts may use rich text for subscripts (K<sub>c</sub>), which Qwt typesets and sizes.
        plot->setTitle(wrappedText(t.title));
        if (!t.xAxis.isEmpty())
            plot->setAxisTitle(QwtAxis::XBottom, t.xAxis);
        if (!t.yAxis.isEmpty())
            plot->setAxisTitle(QwtAxis::YLeft, t.yAxis);
        plot->setToolTip(t.toolTip);
    });
    plot->setCsv(std::move(csv));
    m_grid->addWidget(plot, place.row, place.column, place.rowSpan, place.columnSpan);
    m_plots.push_back(plot);
    return plot;
}

QComboBox* PlotPanel::addChoice(std::function<std::pair<QString, QString>()> texts, int columnSpan)
{
    auto* row = new QHBoxLayout;
    auto* combo = new QComboBox(this);
    auto* text = new QLabel(this);
    text->setBuddy(combo);
    retranslateWith(text, [text, combo, texts = std::move(texts)] {
        const auto [label, toolTip] = texts();
        text->setText(label);
        combo->setToolTip(toolTip);
    });
    row->addWidget(text);
    row->addWidget(combo, 1);
    m_grid->addLayout(row, 0, 0, 1, columnSpan);
    return combo;
}

std::vector<std::pair<QString, QwtPlot*>> PlotPanel::plots() const
{
    std::vector<std::pair<QString, QwtPlot*>> out;
    for (DataPlot* p : m_plots)
        if (p->isVisibleTo(this))
            out.emplace_back(plainText(p->title().text()), p);
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
        out += "# " + plainText(p->title().text()).toUtf8() + '\n' + p->toCsv();
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
