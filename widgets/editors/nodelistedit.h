// Editor of a chain's ordered node maps (the chain setting "nodes", e.g.
// "chialvo,rulkov,chialvo"): one combo box per node and buttons to add a node at the end or
// remove the last one. Emits edited() for user edits only, never for setValue(). GUI thread
// only.
#pragma once

#include <QWidget>

#include <vector>

class QComboBox;
class QToolButton;
class QVBoxLayout;

namespace nd {

class NodeListEdit : public QWidget {
    Q_OBJECT
public:
    explicit NodeListEdit(QWidget* parent = nullptr);

    QString value() const;
    void setValue(const QString& value);
    void setToolTip(const QString& text);

    int nodeCount() const { return static_cast<int>(m_combos.size()); }
    QComboBox* nodeCombo(int index) const { return m_combos.at(static_cast<std::size_t>(index)); }
    QToolButton* addButton() const { return m_add; }
    QToolButton* removeButton() const { return m_remove; }

signals:
    void edited(const QString& value);

protected:
    void changeEvent(QEvent* event) override;

private:
    void resize(int count);
    void fillCombo(QComboBox* combo);
    void retranslate();

    QVBoxLayout* m_rows;
    std::vector<QComboBox*> m_combos;
    std::vector<QWidget*> m_rowWidgets; // one per node: its index label and combo box
    QToolButton* m_add;
    QToolButton* m_remove;
    QString m_toolTip;
    bool m_updating = false;
};

} // namespace nd
