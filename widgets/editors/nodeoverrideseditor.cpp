#include "editors/nodeoverrideseditor.h"

#include "editors/numbertext.h"
#include "network/presetnetwork.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nd {

namespace {
const QRegularExpression& overrideKey()
{
    static const QRegularExpression re(QStringLiteral("^node([0-9]+)\\.([A-Za-z_][A-Za-z0-9_]*)$"));
    return re;
}
} // namespace

NodeOverridesEditor::NodeOverridesEditor(QWidget* parent)
    : QWidget(parent), m_table(new QTableWidget(0, 3, this)), m_node(new QSpinBox(this)),
      m_parameter(new QComboBox(this)), m_value(new QDoubleSpinBox(this)), m_set(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_error(new QLabel(this))
{
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(140);
    m_value->setDecimals(6);
    m_value->setKeyboardTracking(false);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto* row = new QGridLayout;
    row->addWidget(m_node, 0, 0);
    row->addWidget(m_parameter, 0, 1);
    row->addWidget(m_value, 0, 2);
    row->addWidget(m_set, 1, 1);
    row->addWidget(m_remove, 1, 2);
    row->setColumnStretch(2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_node, &QSpinBox::valueChanged, this, [this]() {
        if (!m_updating)
            fillParameters();
    });
    connect(m_parameter, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_updating)
            showValue();
    });
    connect(m_set, &QPushButton::clicked, this, [this]() {
        if (m_parameter->currentIndex() < 0)
            return;
        emit overrideSet(
            QStringLiteral("node%1.%2").arg(m_node->value()).arg(m_parameter->currentData().toString()),
            numberText(m_value->value()));
    });
    connect(m_remove, &QPushButton::clicked, this, [this]() {
        const int row = m_table->currentRow();
        if (row >= 0)
            emit overrideRemoved(m_table->item(row, 0)->data(Qt::UserRole).toString());
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_remove->setEnabled(row >= 0);
        if (row < 0 || m_updating)
            return;
        // Picking an override loads it into the edit row, ready to change its value.
        const auto match = overrideKey().match(m_table->item(row, 0)->data(Qt::UserRole).toString());
        m_updating = true;
        m_node->setValue(match.captured(1).toInt());
        m_updating = false;
        fillParameters();
        for (int i = 0; i < m_parameter->count(); ++i)
            if (m_parameter->itemData(i).toString() == match.captured(2) ||
                m_parameter->itemData(i, Qt::UserRole + 1).toString() == match.captured(2))
                m_parameter->setCurrentIndex(i);
    });
    retranslate();
}

NodeOverridesEditor::~NodeOverridesEditor() = default;

void NodeOverridesEditor::resetControls()
{
    // Only the choices: setModel() fills the lists for the next study.
    m_updating = true;
    m_node->setValue(0);
    if (m_parameter->count() > 0)
        m_parameter->setCurrentIndex(0);
    m_updating = false;
    clearError();
}

bool NodeOverridesEditor::setModel(const Model& model)
{
    m_network = dynamic_cast<const PresetNetwork*>(&model);
    if (!m_network) {
        m_model.reset();
        return false;
    }
    m_model = model.clone();
    m_network = static_cast<const PresetNetwork*>(m_model.get());
    m_updating = true;
    const int keepNode = m_node->value();
    const QString keepParameter = m_parameter->currentData().toString();
    m_node->setRange(0, m_network->nodeCount() - 1);
    m_node->setValue(std::min(keepNode, m_network->nodeCount() - 1));
    m_table->setRowCount(0);
    for (const auto& [key, value] : m_model->settings()) {
        const QString k = QString::fromStdString(key);
        const auto match = overrideKey().match(k);
        if (!match.hasMatch())
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* node = new QTableWidgetItem(match.captured(1));
        node->setData(Qt::UserRole, k);
        m_table->setItem(row, 0, node);
        m_table->setItem(row, 1, new QTableWidgetItem(match.captured(2)));
        m_table->setItem(row, 2, new QTableWidgetItem(QString::fromStdString(value)));
    }
    m_remove->setEnabled(false);
    m_updating = false;
    fillParameters();
    const int index = m_parameter->findData(keepParameter);
    if (index >= 0)
        m_parameter->setCurrentIndex(index);
    clearError();
    return true;
}

void NodeOverridesEditor::fillParameters()
{
    if (!m_network)
        return;
    const QString keep = m_parameter->currentData().toString();
    const auto specs = m_network->nodeParameterSpecs(m_node->value());
    const auto native = m_network->nodeNativeParameterNames(m_node->value());
    m_updating = true;
    m_parameter->clear();
    for (std::size_t i = 0; i < specs.size(); ++i) {
        m_parameter->addItem(QString::fromStdString(specs[i].name), QString::fromStdString(specs[i].name));
        m_parameter->setItemData(static_cast<int>(i), QString::fromStdString(native[i]), Qt::UserRole + 1);
        m_parameter->setItemData(static_cast<int>(i), QString::fromStdString(specs[i].description),
                                 Qt::ToolTipRole);
    }
    m_parameter->setCurrentIndex(std::max(0, m_parameter->findData(keep)));
    m_updating = false;
    showValue();
}

void NodeOverridesEditor::showValue()
{
    if (!m_network || m_parameter->currentIndex() < 0)
        return;
    const std::string name = m_parameter->currentData().toString().toStdString();
    for (const ParameterSpec& s : m_network->nodeParameterSpecs(m_node->value())) {
        if (s.name != name)
            continue;
        m_value->setRange(s.minimum, s.maximum);
        m_value->setSingleStep((s.typicalMaximum - s.typicalMinimum) / 100.0);
    }
    // The value node i uses now (its override or the shared value): the natural start to edit.
    m_value->setValue(m_network->nodeParameter(m_node->value(), name));
}

void NodeOverridesEditor::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void NodeOverridesEditor::clearError()
{
    m_error->clear();
    m_error->hide();
}

void NodeOverridesEditor::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Node"), tr("Parameter"), tr("Value")});
    m_table->setToolTip(tr("Parameters that single nodes use instead of the shared value"));
    m_node->setToolTip(tr("Node whose parameter is set (0 is the hub of a ring-star)"));
    m_parameter->setToolTip(tr("Parameter of that node's map"));
    m_value->setToolTip(tr("Value this node uses instead of the shared one"));
    m_set->setText(tr("Set"));
    m_set->setToolTip(tr("Give the node this value (replaces an override of the same parameter)"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected override: the node uses the shared value again"));
}

void NodeOverridesEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace nd
