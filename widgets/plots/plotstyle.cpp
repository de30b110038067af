#include "plots/plotstyle.h"

#include <QPainter>
#include <QPen>
#include <QTextDocumentFragment>
#include <qwt_plot.h>
#include <qwt_plot_canvas.h>
#include <qwt_plot_grid.h>
#include <qwt_plot_textlabel.h>
#include <qwt_text.h>

#include <algorithm>

namespace nd {

namespace {

// Its own item type, so other text labels on a plot (tables, annotations) are left alone.
// QwtPlotTextLabel sizes its text for an unlimited width, so a long message ran off both sides
// of the canvas: this one wraps it to the canvas width first.
class MessageLabel : public QwtPlotTextLabel {
public:
    static constexpr int kRtti = QwtPlotItem::Rtti_PlotUserItem + 71;
    static constexpr double kMargin = 8.0;
    int rtti() const override { return kRtti; }

protected:
    void draw(QPainter* painter, const QwtScaleMap&, const QwtScaleMap&,
              const QRectF& canvasRect) const override
    {
        const QwtText& message = text();
        const QRectF area = canvasRect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
        if (message.isEmpty() || area.width() <= 0.0 || area.height() <= 0.0)
            return;
        const QFont font = message.usedFont(painter->font());
        const double width = std::min(area.width(), message.textSize(font).width());
        const double height = std::min(area.height(), message.heightForWidth(width, font));
        QRectF rect(0.0, 0.0, width, height);
        rect.moveCenter(area.center());
        painter->save();
        painter->setFont(font);
        message.draw(painter, rect);
        painter->restore();
    }
};

} // namespace

void applyPlotStyle(QwtPlot* plot)
{
    plot->setCanvasBackground(Qt::white);
    if (auto* canvas = qobject_cast<QwtPlotCanvas*>(plot->canvas()))
        canvas->setFrameStyle(QFrame::Box | QFrame::Plain);
    auto* grid = new QwtPlotGrid;
    grid->setMajorPen(QPen(QColor(0, 0, 0, 40), 0, Qt::DotLine));
    grid->attach(plot);
}

QwtText wrappedText(const QString& text)
{
    QwtText t(text);
    t.setRenderFlags(Qt::AlignCenter | Qt::TextWordWrap);
    return t;
}

QString plainText(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QString html = text;
    html.replace(QLatin1String("<sub>"), QLatin1String("_")).replace(QLatin1String("</sub>"), QString());
    return QTextDocumentFragment::fromHtml(html).toPlainText();
}

void setPlotMessage(QwtPlot* plot, const QString& message)
{
    plot->detachItems(MessageLabel::kRtti, true);
    if (!message.isEmpty()) {
        auto* label = new MessageLabel;
        QwtText text(message);
        text.setRenderFlags(Qt::AlignCenter | Qt::TextWordWrap);
        text.setColor(QColor(120, 20, 20));
        text.setBackgroundBrush(QBrush(QColor(255, 255, 255, 225)));
        label->setText(text);
        label->setZ(100);
        label->attach(plot);
    }
    plot->replot();
}

QString plotMessage(const QwtPlot* plot)
{
    for (const QwtPlotItem* item : plot->itemList(MessageLabel::kRtti))
        return static_cast<const MessageLabel*>(item)->text().text();
    return {};
}

} // namespace nd
