#include "editors/valuerow.h"

#include "editors/rangespinbox.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace nd {

namespace {
constexpr int kSliderSteps = 1000;
}

ValueRow::ValueRow(const QString& name, double value, double minimum, double maximum, double typicalMinimum,
                   double typicalMaximum, const QString& toolTip, QWidget* parent)
    : QWidget(parent), m_label(new QLabel(name, this)), m_spin(new RangeDoubleSpinBox(this)),
      m_slider(new QSlider(Qt::Horizontal, this)), m_typicalMin(typicalMinimum), m_typicalMax(typicalMaximum)
{
    if (!(m_typicalMax > m_typicalMin)) {
        m_typicalMin = minimum;
        m_typicalMax = maximum;
    }
    m_spin->setRange(minimum, maximum);
    m_spin->setDecimals(6);
    const double span = m_typicalMax - m_typicalMin;
    m_spin->setSingleStep(std::pow(10.0, std::floor(std::log10(span)) - 2.0));
    m_spin->setKeyboardTracking(false);
    m_spin->setAccelerated(true);
    m_slider->setRange(0, kSliderSteps);
    m_slider->setMinimumWidth(80); // a stub of a slider cannot be aimed with
    m_label->setBuddy(m_spin);
    m_label->setMinimumWidth(40);
    setToolTips(toolTip);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_spin);
    layout->addWidget(m_slider, 1);
    setValue(value);

    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (m_updating)
            return;
        syncSlider(v);
        emit valueEdited(v, false);
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int pos) {
        if (m_updating)
            return;
        const double v = sliderToValue(pos);
        m_updating = true;
        m_spin->setValue(v);
        m_updating = false;
        emit valueEdited(m_spin->value(), m_slider->isSliderDown());
    });
    connect(static_cast<RangeDoubleSpinBox*>(m_spin), &RangeDoubleSpinBox::rangeExceeded, this,
            &ValueRow::message);
    connect(m_slider, &QSlider::sliderReleased, this, [this]() { emit valueEdited(m_spin->value(), false); });
}

void ValueRow::setToolTips(const QString& text)
{
    for (QWidget* w :
         {static_cast<QWidget*>(m_label), static_cast<QWidget*>(m_spin), static_cast<QWidget*>(m_slider)})
        w->setToolTip(text);
}

double ValueRow::value() const
{
    return m_spin->value();
}

void ValueRow::setValue(double value)
{
    m_updating = true;
    m_spin->setValue(value);
    syncSlider(value);
    m_updating = false;
}

void ValueRow::syncSlider(double value)
{
    const double f = (value - m_typicalMin) / (m_typicalMax - m_typicalMin);
    const bool old = m_updating;
    m_updating = true;
    m_slider->setValue(static_cast<int>(std::lround(std::clamp(f, 0.0, 1.0) * kSliderSteps)));
    m_updating = old;
}

double ValueRow::sliderToValue(int position) const
{
    return m_typicalMin + (m_typicalMax - m_typicalMin) * position / static_cast<double>(kSliderSteps);
}

} // namespace nd
