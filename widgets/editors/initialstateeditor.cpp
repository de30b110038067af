#include "editors/initialstateeditor.h"

#include "editors/numbertext.h"
#include "model/randomstate.h"
#include "network/mapnetwork.h"
#include "oscillators/akorn.h"
#include "oscillators/kuramoto.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <numbers>

namespace nd {

std::vector<NodeBlock> nodeBlocks(const Model& model)
{
    std::vector<NodeBlock> blocks;
    if (const auto* net = dynamic_cast<const MapNetwork*>(&model)) {
        for (int i = 0; i < net->nodeCount(); ++i) {
            const NodeType t = net->description().nodes[static_cast<std::size_t>(i)].type;
            blocks.push_back({net->nodeOffset(i), net->nodeDimension(i), static_cast<int>(t)});
        }
    } else if (const auto* akorn = dynamic_cast<const AkornNetwork*>(&model)) {
        for (int i = 0; i < akorn->units(); ++i)
            blocks.push_back({i * akorn->unitDimension(), akorn->unitDimension(), 0});
    } else if (dynamic_cast<const KuramotoNetwork*>(&model)) {
        for (int i = 0; i < model.dimension(); ++i)
            blocks.push_back({i, 1, 0});
    }
    return blocks;
}

InitialStateEditor::InitialStateEditor(QWidget* parent)
    : QWidget(parent), m_values(new QLineEdit(this)), m_defaults(new QPushButton(this)),
      m_seed(new QSpinBox(this)), m_from(new QDoubleSpinBox(this)), m_to(new QDoubleSpinBox(this)),
      m_random(new QPushButton(this)), m_nodeLabel(new QLabel(this)), m_node(new QSpinBox(this)),
      m_copyNode(new QPushButton(this)), m_error(new QLabel(this)), m_valuesLabel(new QLabel(this)),
      m_randomLabel(new QLabel(this)), m_rangeLabel(new QLabel(this))
{
    m_seed->setRange(0, 2147483647);
    for (QDoubleSpinBox* box : {m_from, m_to}) {
        box->setRange(-1e6, 1e6);
        box->setDecimals(4);
    }
    resetControls();
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_valuesLabel->setBuddy(m_values);
    m_randomLabel->setBuddy(m_seed);
    m_nodeLabel->setBuddy(m_node);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_valuesLabel, 0, 0);
    grid->addWidget(m_values, 0, 1, 1, 3);
    grid->addWidget(m_defaults, 1, 1, 1, 3, Qt::AlignLeft);
    grid->addWidget(m_randomLabel, 2, 0);
    grid->addWidget(m_seed, 2, 1);
    grid->addWidget(m_random, 2, 2, 1, 2);
    grid->addWidget(m_rangeLabel, 3, 0);
    grid->addWidget(m_from, 3, 1);
    grid->addWidget(m_to, 3, 2, 1, 2);
    grid->addWidget(m_nodeLabel, 4, 0);
    grid->addWidget(m_node, 4, 1);
    grid->addWidget(m_copyNode, 4, 2, 1, 2);
    grid->addWidget(m_error, 5, 0, 1, 4);
    grid->setColumnStretch(3, 1);

    connect(m_values, &QLineEdit::editingFinished, this, [this]() {
        if (m_values->isModified()) {
            m_values->setModified(false);
            applyText();
        }
    });
    connect(m_defaults, &QPushButton::clicked, this,
            [this]() { emit stateEdited(m_defaultState, []() { return tr("Default initial state"); }); });
    connect(m_random, &QPushButton::clicked, this, [this]() {
        emit stateEdited(
            randomState(static_cast<int>(m_state.size()), static_cast<std::uint64_t>(m_seed->value()),
                        m_from->value(), m_to->value()),
            [seed = m_seed->value()]() { return tr("Random initial state (seed %1)").arg(seed); });
    });
    connect(m_copyNode, &QPushButton::clicked, this, &InitialStateEditor::copyNode);
    retranslate();
}

void InitialStateEditor::setModel(const Model& model, const std::vector<double>& state)
{
    m_defaultState = model.defaultInitialState();
    m_nodes = nodeBlocks(model);
    const bool network = !m_nodes.empty();
    m_nodeLabel->setVisible(network);
    m_node->setVisible(network);
    m_copyNode->setVisible(network);
    if (network)
        m_node->setRange(0, static_cast<int>(m_nodes.size()) - 1);
    // The range the user chose stays while the model keeps its kind (N changed, say); the
    // other kind's range would throw its states out of their basin (phases of 0..2 pi as
    // logistic-map states escape to infinity).
    const bool phases = dynamic_cast<const KuramotoNetwork*>(&model) != nullptr;
    if (phases != m_phases) {
        m_phases = phases;
        resetRange();
    }
    setState(state);
}

void InitialStateEditor::resetRange()
{
    // Phases: the natural random start is uniform on the circle.
    m_from->setValue(0.0);
    m_to->setValue(m_phases ? 2.0 * std::numbers::pi : 1.0);
}

void InitialStateEditor::resetControls()
{
    m_seed->setValue(1);
    resetRange();
    m_node->setValue(0);
    clearError();
}

void InitialStateEditor::setState(const std::vector<double>& state)
{
    m_state = state;
    m_values->setText(numberListText(state));
    m_values->setModified(false);
    m_values->setCursorPosition(0);
    clearError();
}

void InitialStateEditor::applyText()
{
    QString bad;
    const auto values = parseNumberList(m_values->text(), &bad);
    if (!values) {
        showError(tr("'%1' is not a finite number").arg(bad));
        return;
    }
    if (values->size() != m_state.size()) {
        showError(tr("the initial state needs %1 values, not %2").arg(m_state.size()).arg(values->size()));
        return;
    }
    emit stateEdited(*values, []() { return tr("Edit initial state"); });
}

void InitialStateEditor::copyNode()
{
    const auto& source = m_nodes.at(static_cast<std::size_t>(m_node->value()));
    std::vector<double> x = m_state;
    for (const NodeBlock& b : m_nodes)
        if (b.kind == source.kind && b.size == source.size)
            for (int k = 0; k < b.size; ++k)
                x[static_cast<std::size_t>(b.offset + k)] =
                    m_state[static_cast<std::size_t>(source.offset + k)];
    emit stateEdited(
        x, [node = m_node->value()]() { return tr("Copy the state of node %1 to every node").arg(node); });
}

void InitialStateEditor::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void InitialStateEditor::clearError()
{
    m_error->clear();
    m_error->hide();
}

void InitialStateEditor::retranslate()
{
    m_valuesLabel->setText(tr("Values:"));
    const QString valuesTip = tr("Every initial value in the order of the state variables, comma-separated; "
                                 "press Enter to apply");
    m_valuesLabel->setToolTip(valuesTip);
    m_values->setToolTip(valuesTip);
    m_defaults->setText(tr("Defaults"));
    m_defaults->setToolTip(tr("Start from the model's default initial state"));
    m_randomLabel->setText(tr("Seed:"));
    const QString seedTip = tr("Seed of the random initial state: the same seed draws the same values");
    m_randomLabel->setToolTip(seedTip);
    m_seed->setToolTip(seedTip);
    m_random->setText(tr("Random"));
    m_random->setToolTip(tr("Draw every initial value uniformly from the range below with this seed"));
    m_rangeLabel->setText(tr("Range:"));
    m_from->setToolTip(tr("Smallest random initial value"));
    m_to->setToolTip(tr("Largest random initial value"));
    m_rangeLabel->setToolTip(tr("Range of the random initial values"));
    m_nodeLabel->setText(tr("Node:"));
    const QString nodeTip = tr("Node whose state is copied");
    m_nodeLabel->setToolTip(nodeTip);
    m_node->setToolTip(nodeTip);
    m_copyNode->setText(tr("Copy to All Nodes"));
    m_copyNode->setToolTip(tr("Give every node of the same map this node's state: a synchronised start"));
}

void InitialStateEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace nd
