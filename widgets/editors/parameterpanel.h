// Editor for a model's parameters and initial state: one ValueRow per value, grouped.
// Built from the engine's ParameterSpec list; knows nothing of files or undo (the owner
// turns the signals into commands). GUI thread only.
#pragma once

#include "model/model.h"

#include <QWidget>

#include <memory>
#include <vector>

class QGroupBox;

namespace nd {

class ValueRow;

class ParameterPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParameterPanel(QWidget* parent = nullptr);

    // Rebuilds the rows for a model (its parameter specs, current values and variable names).
    void setModel(const Model& model, const std::vector<double>& initialState);
    void setParameterValue(int index, double value);
    void setInitialValue(int index, double value);

    int parameterRowCount() const { return static_cast<int>(m_parameterRows.size()); }
    int initialRowCount() const { return static_cast<int>(m_initialRows.size()); }
    ValueRow* parameterRow(int index) const { return m_parameterRows.at(static_cast<std::size_t>(index)); }
    ValueRow* initialRow(int index) const { return m_initialRows.at(static_cast<std::size_t>(index)); }

signals:
    void parameterEdited(int index, double value, bool dragging);
    void initialValueEdited(int index, double value, bool dragging);
    // Feedback for the user from a row (a typed value brought into the valid range).
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void clearRows();
    // A link's targets show the values the link gives them (no-op for other parameters).
    void showTargetsOf(int index, double value);
    void retranslate();

    QGroupBox* m_parameterBox;
    QGroupBox* m_initialBox;
    std::unique_ptr<Model> m_model;     // tooltips (coupling directions, links), the targets' values
    std::vector<ParameterSpec> m_specs; // for the tooltips, rebuilt on a language change
    std::vector<std::string> m_variables;
    std::vector<ValueRow*> m_parameterRows;
    std::vector<ValueRow*> m_initialRows;
};

} // namespace nd
