#include "plots/plotstyle.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPen>
#include <QTextDocumentFragment>
#include <qwt_plot.h>
#include <qwt_plot_canvas.h>
#include <qwt_plot_grid.h>
#include <qwt_plot_layout.h>
#include <qwt_plot_textlabel.h>
#include <qwt_scale_div.h>
#include <qwt_scale_draw.h>
#include <qwt_scale_widget.h>
#include <qwt_text.h>
#include <qwt_text_label.h>

#include <algorithm>
#include <cmath>
#include <array>
#include <optional>

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

// The widest word of a text in a font: a word cannot wrap, so it sets the least width a title
// needs.
double widestWord(const QwtText& text, const QFont& font)
{
    const QString plain = plainText(text.text());
    double widest = 0.0;
    for (const QString& word : plain.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = std::max(widest, QwtText(word, QwtText::PlainText).textSize(font).width());
    return widest;
}

// The width of a text on one line, in a font.
double lineWidth(const QwtText& text, const QFont& font)
{
    return QwtText(plainText(text.text()), QwtText::PlainText).textSize(font).width();
}

// Shrinks a plot's title and axis titles where their longest word is wider than the room the
// layout gives them (small docks), and gives them their normal size back when there is room:
// wrapping alone cannot fit a word wider than its line. Runs after each resize, once the plot
// has laid itself out.
class TitleFitter : public QObject {
public:
    explicit TitleFitter(QwtPlot* plot) : QObject(plot), m_plot(plot)
    {
        // The title label and the scales change size when a title or the scale changes too.
        for (QWidget* w :
             {static_cast<QWidget*>(plot), plot->canvas(), static_cast<QWidget*>(plot->titleLabel())})
            w->installEventFilter(this);
        for (int axis = 0; axis < QwtAxis::AxisPositions; ++axis)
            plot->axisWidget(axis)->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
            schedule(0);
        return false;
    }

private:
    static constexpr double kMinimumPointSize = 6.0;

    // The text in `base` (its own font when first seen: Qwt draws axis titles bold), shrunk so
    // that what `measure` gives (its widest word, or its whole line) fits into `room`; true when
    // it changed.
    static bool shrinkInto(QwtText& text, const QFont& base, double room,
                           double (*measure)(const QwtText&, const QFont&))
    {
        QFont font = base;
        if (measure(text, base) > room && room > 0.0 && base.pointSizeF() > 0.0) {
            // Font sizes snap to what the font offers: measure instead of trusting proportion.
            double size = base.pointSizeF() * room / measure(text, base);
            do {
                font.setPointSizeF(std::max(kMinimumPointSize, size));
                size -= 0.25;
            } while (size > kMinimumPointSize && measure(text, font) > room - 1.0);
        }
        if (text.testPaintAttribute(QwtText::PaintUsingTextFont) && text.font() == font)
            return false;
        text.setFont(font);
        return true;
    }

    // A text's font at the smallest size the fitter uses.
    static QFont minimumFont(const QwtText& text, const QFont& widgetFont)
    {
        QFont font = text.usedFont(widgetFont);
        font.setPointSizeF(kMinimumPointSize);
        return font;
    }

    QFont baseFont(int slot, const QwtText& text, const QFont& widgetFont)
    {
        if (!m_base[static_cast<std::size_t>(slot)])
            m_base[static_cast<std::size_t>(slot)] = text.usedFont(widgetFont);
        return *m_base[static_cast<std::size_t>(slot)];
    }

    void schedule(int round)
    {
        if (m_pending)
            return;
        m_pending = true;
        QMetaObject::invokeMethod(
            this, [this, round] { fit(round); }, Qt::QueuedConnection);
    }

    // A smaller title gives the canvas more room and the axes other lengths: a few rounds settle it.
    void fit(int round)
    {
        m_pending = false;
        const QwtPlotLayout* layout = m_plot->plotLayout();
        bool changed = false;
        QwtText title = m_plot->title();
        if (!title.isEmpty() &&
            shrinkInto(title, baseFont(QwtAxis::AxisPositions, title, m_plot->titleLabel()->font()),
                       layout->titleRect().width(), widestWord)) {
            m_plot->setTitle(title);
            changed = true;
        }
        for (int axis = 0; axis < QwtAxis::AxisPositions; ++axis) {
            if (!m_plot->isAxisVisible(axis))
                continue;
            QwtText text = m_plot->axisTitle(axis);
            const QRectF r = layout->scaleRect(axis);
            const double room = QwtAxis::isYAxis(axis) ? r.height() : r.width();
            // An axis title stays on one line where it can (down to the smallest size): Qwt sizes
            // a scale's depth for the title at a provisional length, so a title that wraps at the
            // final length was cut (a 1-D scan's 'mean cross-correlation' in a 300 px high plot).
            const auto measure = lineWidth(text, minimumFont(text, m_plot->axisWidget(axis)->font())) <= room
                                     ? lineWidth
                                     : widestWord;
            if (!text.isEmpty() &&
                shrinkInto(text, baseFont(axis, text, m_plot->axisWidget(axis)->font()), room, measure)) {
                m_plot->setAxisTitle(axis, text);
                changed = true;
            }
        }
        if (changed && round < 3) {
            m_plot->updateLayout();
            schedule(round + 1);
        }
    }

    QwtPlot* m_plot;
    bool m_pending = false;
    std::array<std::optional<QFont>, QwtAxis::AxisPositions + 1> m_base; // the axes, then the title
};

} // namespace

namespace {

// Tick labels with as many significant digits as the tick step needs. Qwt prints 6 (QLocale's
// default), so ticks over a narrow range (a colour bar over [1 - 1e-8, 1], an axis zoomed into
// a bifurcation) all read "1" or repeat the same number.
class StepScaleDraw : public QwtScaleDraw {
public:
    QwtText label(double value) const override
    {
        const QList<double> ticks = scaleDiv().ticks(QwtScaleDiv::MajorTick);
        double step = 0.0;
        for (qsizetype i = 1; i < ticks.size(); ++i) {
            const double d = std::fabs(ticks[i] - ticks[i - 1]);
            if (d > 0.0 && (step == 0.0 || d < step))
                step = d;
        }
        const double magnitude = std::max(std::fabs(scaleDiv().lowerBound()), std::fabs(scaleDiv().upperBound()));
        if (!(step > 0.0) || !std::isfinite(magnitude))
            return QwtScaleDraw::label(value);
        if (std::fabs(value) < 1e-9 * step)
            value = 0.0; // a tick at zero computed as 1e-17
        // Digits that tell ticks a step apart, plus one; never fewer than Qt's 6.
        const int digits = std::clamp(static_cast<int>(std::ceil(std::log10(magnitude / step))) + 1, 6, 15);
        return QwtText(QLocale().toString(value, 'g', digits));
    }
};

} // namespace

void applyPlotStyle(QwtPlot* plot)
{
    for (const QwtAxisId axis : {QwtAxis::XBottom, QwtAxis::XTop, QwtAxis::YLeft, QwtAxis::YRight})
        plot->setAxisScaleDraw(axis, new StepScaleDraw);
    new TitleFitter(plot);
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

QString colorSwatch(const QColor& c)
{
    return QStringLiteral("<span style=\"color:%1\">&#9632;</span>").arg(c.name());
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
