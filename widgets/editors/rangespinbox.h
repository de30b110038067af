// Spin boxes that take any number typed and bring one outside their range to the nearest
// bound, saying so (a tooltip at the field and the rangeExceeded signal for the status bar).
// Qt's own spin boxes refuse each keystroke that leaves the range, so 5000 typed into a field
// valid up to 10 silently became 5. GUI thread only.
#pragma once

#include <QDoubleSpinBox>
#include <QSpinBox>

#include <optional>

namespace nd {

// The feedback for a typed value outside minimum..maximum that was set to `bound`, in the
// user's language.
QString rangeExceededText(const QString& typed, const QString& minimum, const QString& maximum,
                          const QString& bound);

class RangeDoubleSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit RangeDoubleSpinBox(QWidget* parent = nullptr);

    QValidator::State validate(QString& input, int& pos) const override;
    void fixup(QString& input) const override;

signals:
    // A typed value outside the range was replaced by the nearest bound; text says so.
    void rangeExceeded(const QString& text);

private:
    std::optional<double> number(const QString& input) const;
    void report();

    mutable std::optional<double> m_typed; // set by fixup(), reported once the edit is finished
};

class RangeSpinBox : public QSpinBox {
    Q_OBJECT
public:
    explicit RangeSpinBox(QWidget* parent = nullptr);

    QValidator::State validate(QString& input, int& pos) const override;
    void fixup(QString& input) const override;

signals:
    void rangeExceeded(const QString& text);

private:
    std::optional<qlonglong> number(const QString& input) const;
    void report();

    mutable std::optional<qlonglong> m_typed;
};

} // namespace nd
