#include "editors/parameterpanel.h"

#include "editors/valuerow.h"

#include <QGroupBox>
#include <QVBoxLayout>

namespace nd {

ParameterPanel::ParameterPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* params = new QGroupBox(tr("Parameters"), this);
    auto* initial = new QGroupBox(tr("Initial state"), this);
    m_parameterBox = params;
    m_initialBox = initial;
    new QVBoxLayout(params);
    new QVBoxLayout(initial);
    layout->addWidget(params);
    layout->addWidget(initial);
    layout->addStretch(1);
}

void ParameterPanel::clearRows()
{
    for (auto* r : m_parameterRows)
        delete r;
    for (auto* r : m_initialRows)
        delete r;
    m_parameterRows.clear();
    m_initialRows.clear();
}

void ParameterPanel::setModel(const Model& model, const std::vector<double>& initialState)
{
    clearRows();
    const auto& specs = model.parameterSpecs();
    for (int i = 0; i < model.parameterCount(); ++i) {
        const auto& s = specs[static_cast<std::size_t>(i)];
        auto* row = new ValueRow(QString::fromStdString(s.name), model.parameter(i), s.minimum, s.maximum,
                                 s.typicalMinimum, s.typicalMaximum,
                                 tr("%1 (valid range %2 to %3)")
                                     .arg(QString::fromStdString(s.description))
                                     .arg(s.minimum)
                                     .arg(s.maximum),
                                 m_parameterBox);
        m_parameterBox->layout()->addWidget(row);
        connect(row, &ValueRow::valueEdited, this,
                [this, i](double v, bool dragging) { emit parameterEdited(i, v, dragging); });
        m_parameterRows.push_back(row);
    }
    const auto names = model.variableNames();
    for (std::size_t i = 0; i < names.size() && i < initialState.size(); ++i) {
        const QString name = QString::fromStdString(names[i]);
        auto* row = new ValueRow(name + QStringLiteral("₀"), initialState[i], -1e6, 1e6, -2.0, 4.0,
                                 tr("Initial value of %1").arg(name), m_initialBox);
        m_initialBox->layout()->addWidget(row);
        const int index = static_cast<int>(i);
        connect(row, &ValueRow::valueEdited, this,
                [this, index](double v, bool dragging) { emit initialValueEdited(index, v, dragging); });
        m_initialRows.push_back(row);
    }
}

void ParameterPanel::setParameterValue(int index, double value)
{
    if (index >= 0 && index < parameterRowCount())
        parameterRow(index)->setValue(value);
}

void ParameterPanel::setInitialValue(int index, double value)
{
    if (index >= 0 && index < initialRowCount())
        initialRow(index)->setValue(value);
}

} // namespace nd
