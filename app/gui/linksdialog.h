// The "Linked parameters" dialog (Model menu): a table of link / target / scale / offset rows,
// one row per target, rows of the same link name forming one link. Checks the table against a
// copy of the study's model as it is edited: the engine's message shows under the table and OK
// stays disabled while the links are invalid. The caller applies links() as one undo step.
// GUI thread only.
#pragma once

#include "model/model.h"

#include <QDialog>

#include <memory>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace nd {

class LinksDialog : public QDialog {
    Q_OBJECT
public:
    // model: the study's model (its links are the starting table).
    LinksDialog(const Model& model, QWidget* parent = nullptr);

    std::vector<ParameterLink> links() const;
    // The validation message (empty while the table is valid); for tests.
    QString problem() const;
    QTableWidget* table() const { return m_table; }
    void addRow(const QString& link, const QString& target, double scale, double offset);

private:
    void validate();
    // Reads the table; false with a message for a cell that is not a number.
    bool read(std::vector<ParameterLink>& out, QString& error) const;

    std::unique_ptr<Model> m_model; // without links: what the table's links are checked against
    QTableWidget* m_table;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace nd
