#include "gui/viewsettingsbars.h"

#include "gui/flowlayout.h"
#include "gui/settingsbar.h"
#include "gui/studydocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

#include <algorithm>
#include <climits>

namespace nd {

namespace {

void fillVariables(QComboBox* box, const Model& model)
{
    box->clear();
    for (const std::string& name : model.variableNames())
        box->addItem(QString::fromStdString(name));
}

// The controls flow into more rows when the dock is narrow.
FlowLayout* compactRow(QWidget* owner)
{
    auto* row = new FlowLayout(owner);
    row->setContentsMargins(4, 2, 4, 2);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    owner->setSizePolicy(policy);
    return row;
}

// A label and its control as one piece of the row, so that a row never ends between them.
QWidget* labelled(QWidget* owner, const QString& text, QWidget* control)
{
    auto* pair = new QWidget(owner);
    auto* row = new QHBoxLayout(pair);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    auto* label = new QLabel(text, pair);
    label->setBuddy(control);
    row->addWidget(label);
    row->addWidget(control);
    if (auto* box = qobject_cast<QComboBox*>(control))
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return pair;
}

// A long setting shown in an int spin box (the ranges below keep it within int).
Binding<int> longField(long SimulationOptions::*field)
{
    return {
        [field](const Study& s) { return static_cast<int>(std::min<long>(s.simulation.*field, INT_MAX)); },
        [field](Study& s, int v) { s.simulation.*field = v; }};
}

} // namespace

SettingsBar* createSimulationBar(StudyDocument* document, QWidget* parent)
{
    auto* bar = new SettingsBar(
        document, []() { return QCoreApplication::translate("nd::SimulationBar", "Change simulation"); },
        parent);
    bar->addInt(QCoreApplication::translate("nd::SimulationBar", "Samples:"),
                QCoreApplication::translate(
                    "nd::SimulationBar",
                    "States recorded for the time series, the phase portrait and the measures of "
                    "the series (0-1 test, sample entropy, MFDFA)"),
                QStringLiteral("simulation.samples"), 2, 50000000, longField(&SimulationOptions::samples));
    bar->addInt(QCoreApplication::translate("nd::SimulationBar", "Transient:"),
                QCoreApplication::translate("nd::SimulationBar",
                                            "Steps iterated and discarded before the first recorded state"),
                QStringLiteral("simulation.transient"), 0, 1000000000,
                longField(&SimulationOptions::transient));
    bar->addInt(QCoreApplication::translate("nd::SimulationBar", "Stride:"),
                QCoreApplication::translate(
                    "nd::SimulationBar",
                    "Steps between two recorded states: k records every k-th step (subsamples "
                    "the series)"),
                QStringLiteral("simulation.stride"), 1, 1000000, longField(&SimulationOptions::stride));
    bar->sync();
    return bar;
}

PhaseSettingsBar::PhaseSettingsBar(StudyDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_x(new QComboBox(this)), m_y(new QComboBox(this)),
      m_cobweb(new QCheckBox(tr("Cobweb"), this))
{
    auto* row = compactRow(this);
    row->addWidget(labelled(this, tr("Horizontal:"), m_x));
    row->addWidget(labelled(this, tr("Vertical:"), m_y));
    row->addWidget(m_cobweb);
    m_x->setToolTip(tr("State variable on the horizontal axis"));
    m_y->setToolTip(tr("State variable on the vertical axis"));
    m_cobweb->setToolTip(
        tr("For one-dimensional maps: draw the cobweb of the first steps over the return map"));
    connect(m_x, &QComboBox::currentIndexChanged, this, &PhaseSettingsBar::apply);
    connect(m_y, &QComboBox::currentIndexChanged, this, &PhaseSettingsBar::apply);
    connect(m_cobweb, &QCheckBox::toggled, this, &PhaseSettingsBar::apply);
    sync();
}

void PhaseSettingsBar::sync()
{
    m_syncing = true;
    const Model& model = m_document->model();
    fillVariables(m_x, model);
    fillVariables(m_y, model);
    const ViewState& v = m_document->study().view;
    m_x->setCurrentIndex(v.phaseX);
    m_y->setCurrentIndex(v.phaseY);
    m_cobweb->setChecked(v.cobweb);
    const bool oneDimensional = model.dimension() == 1;
    m_x->setEnabled(!oneDimensional);
    m_y->setEnabled(!oneDimensional);
    m_cobweb->setEnabled(oneDimensional);
    m_syncing = false;
}

void PhaseSettingsBar::apply()
{
    if (m_syncing)
        return;
    Study s = m_document->study();
    s.view.phaseX = std::max(0, m_x->currentIndex());
    s.view.phaseY = std::max(0, m_y->currentIndex());
    s.view.cobweb = m_cobweb->isChecked();
    QString error; // only the view state changes, which the model never refuses
    m_document->editStudy(
        s, []() { return tr("Change phase portrait"); }, error);
}

} // namespace nd
