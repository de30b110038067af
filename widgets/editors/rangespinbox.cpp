#include "editors/rangespinbox.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace nd {

namespace {
// The number part of a spin box's text (without prefix, suffix and blanks).
QString bare(const QString& input, const QString& prefix, const QString& suffix)
{
    QString t = input.trimmed();
    if (!prefix.isEmpty() && t.startsWith(prefix))
        t = t.mid(prefix.size());
    if (!suffix.isEmpty() && t.endsWith(suffix))
        t.chop(suffix.size());
    return t.trimmed();
}

// A number as typed: no group separators, no padding with decimals.
QString shortText(const QLocale& locale, double value)
{
    QLocale l = locale;
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    return l.toString(value, 'g', 15);
}

void showAt(QAbstractSpinBox* box, const QString& text)
{
    if (box->isVisible())
        QToolTip::showText(box->mapToGlobal(QPoint(0, box->height())), text, box);
}
} // namespace

QString rangeExceededText(const QString& typed, const QString& minimum, const QString& maximum,
                          const QString& bound)
{
    return QCoreApplication::translate("nd::RangeSpinBox",
                                       "%1 is outside the valid range %2 to %3: set to %4")
        .arg(typed, minimum, maximum, bound);
}

RangeDoubleSpinBox::RangeDoubleSpinBox(QWidget* parent) : QDoubleSpinBox(parent)
{
    connect(this, &QAbstractSpinBox::editingFinished, this, &RangeDoubleSpinBox::report);
}

std::optional<double> RangeDoubleSpinBox::number(const QString& input) const
{
    const QString t = bare(input, prefix(), suffix());
    bool ok = false;
    double v = locale().toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QValidator::State RangeDoubleSpinBox::validate(QString& input, int& pos) const
{
    const QValidator::State state = QDoubleSpinBox::validate(input, pos);
    if (state != QValidator::Invalid)
        return state;
    // Out of range, but a number: let it be typed in full; fixup() brings it to the bound.
    const auto v = number(input);
    return v && (*v < minimum() || *v > maximum()) ? QValidator::Intermediate : state;
}

void RangeDoubleSpinBox::fixup(QString& input) const
{
    const auto v = number(input);
    if (v && (*v < minimum() || *v > maximum())) {
        m_typed = *v;
        input = textFromValue(std::clamp(*v, minimum(), maximum()));
        return;
    }
    QDoubleSpinBox::fixup(input);
}

void RangeDoubleSpinBox::report()
{
    if (!m_typed)
        return;
    const double typed = *m_typed;
    m_typed.reset();
    const QString text = rangeExceededText(shortText(locale(), typed), shortText(locale(), minimum()),
                                           shortText(locale(), maximum()),
                                           shortText(locale(), typed < minimum() ? minimum() : maximum()));
    showAt(this, text);
    emit rangeExceeded(text);
}

RangeSpinBox::RangeSpinBox(QWidget* parent) : QSpinBox(parent)
{
    connect(this, &QAbstractSpinBox::editingFinished, this, &RangeSpinBox::report);
}

std::optional<qlonglong> RangeSpinBox::number(const QString& input) const
{
    const QString t = bare(input, prefix(), suffix());
    bool ok = false;
    qlonglong v = locale().toLongLong(t, &ok);
    if (!ok)
        v = QLocale::c().toLongLong(t, &ok);
    if (!ok)
        return std::nullopt;
    return v;
}

QValidator::State RangeSpinBox::validate(QString& input, int& pos) const
{
    const QValidator::State state = QSpinBox::validate(input, pos);
    if (state != QValidator::Invalid)
        return state;
    const auto v = number(input);
    return v && (*v < minimum() || *v > maximum()) ? QValidator::Intermediate : state;
}

void RangeSpinBox::fixup(QString& input) const
{
    const auto v = number(input);
    if (v && (*v < minimum() || *v > maximum())) {
        m_typed = *v;
        input = textFromValue(static_cast<int>(std::clamp<qlonglong>(*v, minimum(), maximum())));
        return;
    }
    QSpinBox::fixup(input);
}

void RangeSpinBox::report()
{
    if (!m_typed)
        return;
    const qlonglong typed = *m_typed;
    m_typed.reset();
    const QString text = rangeExceededText(
        shortText(locale(), static_cast<double>(typed)), shortText(locale(), minimum()),
        shortText(locale(), maximum()),
        shortText(locale(), static_cast<double>(typed < minimum() ? minimum() : maximum())));
    showAt(this, text);
    emit rangeExceeded(text);
}

} // namespace nd
