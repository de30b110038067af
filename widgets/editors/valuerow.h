// One editable number: a spin box over the valid range and a slider over the typical range.
// Emits valueEdited only for user edits, never for setValue(); a number typed outside the valid
// range is set to the nearest bound and said so (message). GUI thread only.
#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QSlider;
class QLabel;

namespace nd {

class ValueRow : public QWidget {
    Q_OBJECT
public:
    ValueRow(const QString& name, double value, double minimum, double maximum, double typicalMinimum,
             double typicalMaximum, const QString& toolTip, QWidget* parent = nullptr);

    double value() const;
    void setValue(double value);
    // The same tooltip on the label, the spin box and the slider.
    void setToolTips(const QString& text);
    QDoubleSpinBox* spinBox() const { return m_spin; }
    QSlider* slider() const { return m_slider; }
    QLabel* label() const { return m_label; }

signals:
    // dragging is true while the slider is held, so undo can merge a whole drag.
    void valueEdited(double value, bool dragging);
    // Feedback for the user (a typed value brought into the valid range).
    void message(const QString& text);

private:
    void syncSlider(double value);
    double sliderToValue(int position) const;

    QLabel* m_label;
    QDoubleSpinBox* m_spin;
    QSlider* m_slider;
    double m_typicalMin;
    double m_typicalMax;
    bool m_updating = false;
};

} // namespace nd
