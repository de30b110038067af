#include "gui/viewsettingsbars.h"

#include "editors/rangespinbox.h"
#include "gui/flowlayout.h"
#include "gui/settingsbar.h"
#include "gui/studydocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>

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

// The controls flow into more rows when the dock is narrow: one row of the orbit diagram's
// controls made the window at least 1044 pixels wide.
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
    m_document->editStudy(s, []() { return tr("Change phase portrait"); });
}

OrbitSettingsBar::OrbitSettingsBar(StudyDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_enabled(new QCheckBox(tr("Compute"), this)),
      m_parameter(new QComboBox(this)), m_variable(new QComboBox(this)), m_columns(new RangeSpinBox(this)),
      m_transient(new RangeSpinBox(this)), m_samples(new RangeSpinBox(this))
{
    auto* row = compactRow(this);
    row->addWidget(m_enabled);
    m_enabled->setToolTip(
        tr("Part of this study: computed whenever its inputs change, and saved with the study. "
           "Off: not computed, and left out of the study file."));
    connect(m_enabled, &QCheckBox::clicked, this, &OrbitSettingsBar::setDiagramEnabled);
    row->addWidget(labelled(this, tr("Sweep:"), m_parameter));
    row->addWidget(labelled(this, tr("Plot:"), m_variable));
    row->addWidget(labelled(this, tr("Columns:"), m_columns));
    row->addWidget(labelled(this, tr("Transient:"), m_transient));
    row->addWidget(labelled(this, tr("Samples:"), m_samples));
    m_back = new QToolButton(this);
    m_back->setArrowType(Qt::LeftArrow);
    m_back->setToolTip(tr("Back to the previous window of the diagram (zoom)"));
    m_back->setAccessibleName(tr("Back"));
    row->addWidget(m_back);
    m_forward = new QToolButton(this);
    m_forward->setArrowType(Qt::RightArrow);
    m_forward->setToolTip(tr("Forward to the next window of the diagram (zoom)"));
    m_forward->setAccessibleName(tr("Forward"));
    row->addWidget(m_forward);
    setHistory(false, false);
    auto* full = new QToolButton(this);
    full->setText(tr("Full Range"));
    full->setToolTip(
        tr("Back to the window the study was opened with (for another swept parameter: its whole "
           "typical range)"));
    row->addWidget(full);
    m_parameter->setToolTip(tr("Parameter swept along the horizontal axis"));
    m_variable->setToolTip(tr("State variable whose values are plotted"));
    m_columns->setRange(10, 4096);
    m_columns->setToolTip(tr("Number of parameter values (columns of the raster)"));
    m_transient->setRange(0, 10000000);
    m_transient->setToolTip(tr("Steps iterated and discarded before sampling each column"));
    m_samples->setRange(1, 1000000);
    m_samples->setToolTip(tr("Values recorded per column"));
    for (QSpinBox* box : {m_columns, m_transient, m_samples}) {
        box->setKeyboardTracking(false);
        connect(box, &QSpinBox::valueChanged, this, [this]() { apply(false); });
    }
    connect(m_parameter, &QComboBox::currentIndexChanged, this, [this]() { apply(true); });
    connect(m_variable, &QComboBox::currentIndexChanged, this, [this]() { apply(true); });
    connect(full, &QToolButton::clicked, this, &OrbitSettingsBar::studyWindowRequested);
    connect(m_back, &QToolButton::clicked, this, &OrbitSettingsBar::backRequested);
    connect(m_forward, &QToolButton::clicked, this, &OrbitSettingsBar::forwardRequested);
    sync();
}

void OrbitSettingsBar::sync()
{
    m_syncing = true;
    const Model& model = m_document->model();
    const OrbitDiagramSettings& d = m_document->study().orbitDiagram;
    m_parameter->clear();
    for (const ParameterSpec& spec : model.parameterSpecs())
        m_parameter->addItem(QString::fromStdString(spec.name));
    m_parameter->setCurrentIndex(std::max(0, model.parameterIndex(d.parameter)));
    fillVariables(m_variable, model);
    m_variable->setCurrentIndex(d.variable);
    m_columns->setValue(d.columns);
    m_transient->setValue(static_cast<int>(std::min<long>(d.transient, m_transient->maximum())));
    m_samples->setValue(static_cast<int>(std::min<long>(d.samples, m_samples->maximum())));
    m_enabled->setChecked(d.enabled);
    for (QWidget* w : findChildren<QWidget*>())
        if (w != m_enabled)
            w->setEnabled(d.enabled);
    m_back->setEnabled(d.enabled && m_back->property("available").toBool());
    m_forward->setEnabled(d.enabled && m_forward->property("available").toBool());
    m_syncing = false;
}

void OrbitSettingsBar::setHistory(bool back, bool forward)
{
    m_back->setProperty("available", back);
    m_forward->setProperty("available", forward);
    const bool on = m_document->study().orbitDiagram.enabled;
    m_back->setEnabled(on && back);
    m_forward->setEnabled(on && forward);
}

void OrbitSettingsBar::setDiagramEnabled(bool on)
{
    Study s = m_document->study();
    s.orbitDiagram.enabled = on;
    m_document->editStudy(s, [on]() { return on ? tr("Add orbit diagram") : tr("Remove orbit diagram"); });
    sync();
}

void OrbitSettingsBar::apply(bool fullRange)
{
    if (m_syncing || m_parameter->currentIndex() < 0)
        return;
    Study s = m_document->study();
    OrbitDiagramSettings& d = s.orbitDiagram;
    d.parameter = m_parameter->currentText().toStdString();
    d.variable = std::max(0, m_variable->currentIndex());
    d.columns = m_columns->value();
    d.transient = m_transient->value();
    d.samples = m_samples->value();
    if (fullRange)
        d.from = d.to = d.valueMin = d.valueMax = 0.0;
    m_document->editStudy(s, []() { return tr("Change orbit diagram"); });
}

} // namespace nd
