// Initial conditions of a study as a whole (the parameter panel edits one value at a time):
// the explicit vector as text, the model's defaults, uniform random values drawn from a seed
// (reproducible: the same seed gives the same values on every platform), and one node's state
// copied to every node of the same map (a synchronised start). Emits the new vector; the owner
// turns it into one undoable edit. GUI thread only.
#pragma once

#include "model/model.h"

#include <QWidget>

#include <cstdint>
#include <functional>
#include <vector>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace nd {

// A node's slice of the state vector; nodes of the same kind have the same variables.
struct NodeBlock {
    int offset = 0;
    int size = 0;
    int kind = 0;
};
// The nodes of a network model (map networks, Kuramoto, AKOrN); empty for single maps.
std::vector<NodeBlock> nodeBlocks(const Model& model);

class InitialStateEditor : public QWidget {
    Q_OBJECT
public:
    explicit InitialStateEditor(QWidget* parent = nullptr);

    // A model of another kind (phases or not) also brings that kind's natural random range.
    void setModel(const Model& model, const std::vector<double>& state);
    // Seed, random range and node as on a fresh start with the model last set: another study
    // is opened, and nothing typed for the previous one may carry over.
    void resetControls();
    void setState(const std::vector<double>& state);
    void showError(const QString& message);
    void clearError();

    QLineEdit* valuesEdit() const { return m_values; }
    QPushButton* defaultsButton() const { return m_defaults; }
    QSpinBox* seedBox() const { return m_seed; }
    QDoubleSpinBox* fromBox() const { return m_from; }
    QDoubleSpinBox* toBox() const { return m_to; }
    QPushButton* randomButton() const { return m_random; }
    QSpinBox* nodeBox() const { return m_node; }
    QPushButton* copyNodeButton() const { return m_copyNode; }
    QLabel* errorLabel() const { return m_error; }

signals:
    // description makes the undo text in the current language (again after a language change).
    void stateEdited(const std::vector<double>& state, const std::function<QString()>& description);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyText();
    void resetRange();
    void copyNode();
    void retranslate();

    std::vector<double> m_state;
    std::vector<double> m_defaultState;
    std::vector<NodeBlock> m_nodes;
    bool m_phases = false; // the model's states are phases (random start on the circle)
    QLineEdit* m_values;
    QPushButton* m_defaults;
    QSpinBox* m_seed;
    QDoubleSpinBox* m_from;
    QDoubleSpinBox* m_to;
    QPushButton* m_random;
    QLabel* m_nodeLabel;
    QSpinBox* m_node;
    QPushButton* m_copyNode;
    QLabel* m_error;
    QLabel* m_valuesLabel;
    QLabel* m_randomLabel;
    QLabel* m_rangeLabel;
};

} // namespace nd
