// Per-node parameter overrides of a network preset (the settings "node<i>.<name>" of
// presetnetwork.h): a table of the overrides in force and a row to set one (node, one of that
// node's parameters, value) or remove the selected one. It knows the nodes' maps from the
// model, so it offers only parameters the chosen node has, with their valid ranges. Emits
// requests only; the owner turns them into undoable edits. GUI thread only.
#pragma once

#include "model/model.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace nd {

class PresetNetwork;

class NodeOverridesEditor : public QWidget {
    Q_OBJECT
public:
    explicit NodeOverridesEditor(QWidget* parent = nullptr);
    ~NodeOverridesEditor() override;

    // Shows the overrides of a network preset; false (nothing to edit) for other models.
    bool setModel(const Model& model);
    // The first node and parameter chosen, as on a fresh start (another study is opened).
    void resetControls();
    void showError(const QString& message);
    void clearError();

    QTableWidget* table() const { return m_table; }
    QSpinBox* nodeBox() const { return m_node; }
    QComboBox* parameterBox() const { return m_parameter; }
    QDoubleSpinBox* valueBox() const { return m_value; }
    QPushButton* setButton() const { return m_set; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* errorLabel() const { return m_error; }

signals:
    void overrideSet(const QString& key, const QString& value);
    void overrideRemoved(const QString& key);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillParameters();
    void showValue();
    void retranslate();

    std::unique_ptr<Model> m_model; // a copy, to look up node maps and the values in use
    const PresetNetwork* m_network = nullptr;
    QTableWidget* m_table;
    QSpinBox* m_node;
    QComboBox* m_parameter;
    QDoubleSpinBox* m_value;
    QPushButton* m_set;
    QPushButton* m_remove;
    QLabel* m_error;
    bool m_updating = false;
};

} // namespace nd
