#include "editors/nodelistedit.h"

#include "editors/modeltexts.h"
#include "network/nodetypes.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace nd {

namespace {
const NodeType kTypes[] = {NodeType::Chialvo, NodeType::MemristiveChialvo, NodeType::Rulkov, NodeType::Typed};
}

NodeListEdit::NodeListEdit(QWidget* parent)
    : QWidget(parent), m_rows(new QVBoxLayout), m_add(new QToolButton(this)), m_remove(new QToolButton(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rows->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_add->setText(QStringLiteral("+"));
    m_remove->setText(QStringLiteral("−"));
    connect(m_add, &QToolButton::clicked, this, [this]() {
        // The new node repeats the last one's map: chains are usually built from a few types.
        const QVariant last = m_combos.empty() ? QVariant() : m_combos.back()->currentData();
        m_updating = true;
        resize(nodeCount() + 1);
        if (last.isValid())
            m_combos.back()->setCurrentIndex(m_combos.back()->findData(last));
        m_updating = false;
        emit edited(value());
    });
    connect(m_remove, &QToolButton::clicked, this, [this]() {
        if (nodeCount() <= 2) // a chain has at least two nodes
            return;
        resize(nodeCount() - 1);
        emit edited(value());
    });
    retranslate();
}

QString NodeListEdit::value() const
{
    QStringList names;
    for (const QComboBox* c : m_combos)
        names << c->currentData().toString();
    return names.join(QLatin1Char(','));
}

void NodeListEdit::setValue(const QString& value)
{
    const QStringList names = value.split(QLatin1Char(','));
    m_updating = true;
    resize(static_cast<int>(names.size()));
    for (qsizetype i = 0; i < names.size(); ++i) {
        QComboBox* c = m_combos[static_cast<std::size_t>(i)];
        const QString name = names[i].trimmed();
        int index = c->findData(name);
        if (index < 0) {
            // Not a known map: show it as it is so the engine's message about it makes sense.
            c->addItem(name, name);
            index = c->count() - 1;
        }
        c->setCurrentIndex(index);
    }
    m_updating = false;
}

void NodeListEdit::setToolTip(const QString& text)
{
    m_toolTip = text;
    QWidget::setToolTip(text);
    for (QComboBox* c : m_combos)
        c->setToolTip(text);
}

void NodeListEdit::resize(int count)
{
    while (nodeCount() > count) {
        // deleteLater: the combo may be the one whose signal brought us here.
        m_rowWidgets.back()->deleteLater();
        m_rowWidgets.pop_back();
        m_combos.pop_back();
    }
    while (nodeCount() < count) {
        const int index = nodeCount();
        auto* rowWidget = new QWidget(this);
        auto* row = new QHBoxLayout(rowWidget);
        row->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(QString::number(index), rowWidget);
        label->setMinimumWidth(24);
        auto* combo = new QComboBox(rowWidget);
        fillCombo(combo);
        combo->setToolTip(m_toolTip);
        label->setBuddy(combo);
        row->addWidget(label);
        row->addWidget(combo, 1);
        m_rows->addWidget(rowWidget);
        connect(combo, &QComboBox::currentIndexChanged, this, [this]() {
            if (!m_updating)
                emit edited(value());
        });
        m_combos.push_back(combo);
        m_rowWidgets.push_back(rowWidget);
    }
    m_remove->setEnabled(nodeCount() > 2);
}

void NodeListEdit::fillCombo(QComboBox* combo)
{
    const bool old = m_updating;
    m_updating = true;
    const QVariant current = combo->currentData();
    combo->clear();
    for (NodeType t : kTypes) {
        const std::string name = nodeTypeName(t);
        combo->addItem(ModelTexts::displayName(name), QString::fromStdString(name));
    }
    if (current.isValid())
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    m_updating = old;
}

void NodeListEdit::retranslate()
{
    m_add->setToolTip(tr("Add a node at the end of the chain (same map as the last node)"));
    m_remove->setToolTip(tr("Remove the last node of the chain"));
    for (QComboBox* c : m_combos)
        fillCombo(c);
}

void NodeListEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace nd
