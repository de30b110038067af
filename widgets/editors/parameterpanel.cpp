#include "editors/parameterpanel.h"

#include "editors/modeltexts.h"
#include "editors/valuerow.h"

#include "common/errors.h"

#include <QEvent>
#include <QGroupBox>
#include <QVBoxLayout>

namespace nd {

ParameterPanel::ParameterPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_parameterBox = new QGroupBox(this);
    m_initialBox = new QGroupBox(this);
    new QVBoxLayout(m_parameterBox);
    new QVBoxLayout(m_initialBox);
    layout->addWidget(m_parameterBox);
    layout->addWidget(m_initialBox);
    layout->addStretch(1);
    retranslate();
}

namespace {
QString parameterToolTip(const Model& model, const ParameterSpec& s)
{
    return ParameterPanel::tr("%1 (valid range %2 to %3)")
        .arg(ModelTexts::parameterToolTip(model, s))
        .arg(s.minimum)
        .arg(s.maximum);
}

QString initialToolTip(const std::string& variable)
{
    return ParameterPanel::tr("Initial value of %1").arg(QString::fromStdString(variable));
}
} // namespace

void ParameterPanel::retranslate()
{
    m_parameterBox->setTitle(tr("Parameters"));
    m_initialBox->setTitle(tr("Initial state"));
    for (std::size_t i = 0; i < m_parameterRows.size(); ++i)
        m_parameterRows[i]->setToolTips(parameterToolTip(*m_model, m_specs[i]));
    for (std::size_t i = 0; i < m_initialRows.size(); ++i)
        m_initialRows[i]->setToolTips(initialToolTip(m_variables[i]));
}

void ParameterPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
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
    m_model = model.clone();
    m_specs = model.parameterSpecs();
    m_variables = model.variableNames();
    for (int i = 0; i < model.parameterCount(); ++i) {
        const auto& s = m_specs[static_cast<std::size_t>(i)];
        auto* row =
            new ValueRow(ModelTexts::parameterLabel(model, s), model.parameter(i), s.minimum, s.maximum,
                         s.typicalMinimum, s.typicalMaximum, parameterToolTip(model, s), m_parameterBox);
        m_parameterBox->layout()->addWidget(row);
        connect(row, &ValueRow::valueEdited, this, [this, i](double v, bool dragging) {
            showTargetsOf(i, v); // at once, while the owner's command is still on its way
            emit parameterEdited(i, v, dragging);
        });
        connect(row, &ValueRow::message, this, &ParameterPanel::message);
        // A link's target is set through its link only (the study applies links last, so an
        // edit of the target would not last); its tooltip names the link.
        row->setEnabled(!model.linkOf(s.name));
        m_parameterRows.push_back(row);
    }
    for (std::size_t i = 0; i < m_variables.size() && i < initialState.size(); ++i) {
        const QString name = QString::fromStdString(m_variables[i]);
        auto* row = new ValueRow(name + QStringLiteral("₀"), initialState[i], -1e6, 1e6, -2.0, 4.0,
                                 initialToolTip(m_variables[i]), m_initialBox);
        m_initialBox->layout()->addWidget(row);
        const int index = static_cast<int>(i);
        connect(row, &ValueRow::valueEdited, this,
                [this, index](double v, bool dragging) { emit initialValueEdited(index, v, dragging); });
        connect(row, &ValueRow::message, this, &ParameterPanel::message);
        m_initialRows.push_back(row);
    }
}

void ParameterPanel::setParameterValue(int index, double value)
{
    if (index >= 0 && index < parameterRowCount()) {
        parameterRow(index)->setValue(value);
        showTargetsOf(index, value);
    }
}

void ParameterPanel::showTargetsOf(int index, double value)
{
    if (!m_model || !m_model->link(index))
        return;
    try {
        m_model->setParameter(index, value);
    } catch (const InputError&) {
        return; // the row keeps values in range; nothing to follow otherwise
    }
    for (int i = 0; i < parameterRowCount(); ++i)
        if (i != index)
            parameterRow(i)->setValue(m_model->parameter(i));
}

void ParameterPanel::setInitialValue(int index, double value)
{
    if (index >= 0 && index < initialRowCount())
        initialRow(index)->setValue(value);
}

} // namespace nd
