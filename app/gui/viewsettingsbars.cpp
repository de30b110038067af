#include "gui/viewsettingsbars.h"

#include "gui/studydocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>

namespace nd {

namespace {

void fillVariables(QComboBox* box, const Model& model)
{
    box->clear();
    for (const std::string& name : model.variableNames())
        box->addItem(QString::fromStdString(name));
}

QHBoxLayout* compactRow(QWidget* owner)
{
    auto* row = new QHBoxLayout(owner);
    row->setContentsMargins(4, 2, 4, 2);
    return row;
}

} // namespace

PhaseSettingsBar::PhaseSettingsBar(StudyDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_x(new QComboBox(this)), m_y(new QComboBox(this)),
      m_cobweb(new QCheckBox(tr("Cobweb"), this))
{
    auto* row = compactRow(this);
    row->addWidget(new QLabel(tr("Horizontal:"), this));
    row->addWidget(m_x);
    row->addWidget(new QLabel(tr("Vertical:"), this));
    row->addWidget(m_y);
    row->addWidget(m_cobweb);
    row->addStretch(1);
    m_x->setToolTip(tr("State variable on the horizontal axis"));
    m_y->setToolTip(tr("State variable on the vertical axis"));
    m_cobweb->setToolTip(tr("For one-dimensional maps: draw the cobweb of the first steps over the return map"));
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
    m_document->editStudy(s, tr("Change phase portrait"));
}

OrbitSettingsBar::OrbitSettingsBar(StudyDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_enabled(new QCheckBox(tr("Compute"), this)),
      m_parameter(new QComboBox(this)), m_variable(new QComboBox(this)), m_columns(new QSpinBox(this)),
      m_transient(new QSpinBox(this)), m_samples(new QSpinBox(this))
{
    auto* row = compactRow(this);
    row->addWidget(m_enabled);
    m_enabled->setToolTip(tr("Part of this study: computed whenever its inputs change, and saved with the study. "
                             "Off: not computed, and left out of the study file."));
    connect(m_enabled, &QCheckBox::clicked, this, &OrbitSettingsBar::setDiagramEnabled);
    row->addWidget(new QLabel(tr("Sweep:"), this));
    row->addWidget(m_parameter);
    row->addWidget(new QLabel(tr("Plot:"), this));
    row->addWidget(m_variable);
    row->addWidget(new QLabel(tr("Columns:"), this));
    row->addWidget(m_columns);
    row->addWidget(new QLabel(tr("Transient:"), this));
    row->addWidget(m_transient);
    row->addWidget(new QLabel(tr("Samples:"), this));
    row->addWidget(m_samples);
    auto* full = new QToolButton(this);
    full->setText(tr("Full Range"));
    full->setToolTip(tr("Sweep the parameter's whole typical range again and choose the value range automatically"));
    row->addWidget(full);
    row->addStretch(1);
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
    connect(full, &QToolButton::clicked, this, [this]() { apply(true); });
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
    m_syncing = false;
}

void OrbitSettingsBar::setDiagramEnabled(bool on)
{
    Study s = m_document->study();
    s.orbitDiagram.enabled = on;
    m_document->editStudy(s, on ? tr("Add orbit diagram") : tr("Remove orbit diagram"));
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
    m_document->editStudy(s, tr("Change orbit diagram"));
}

} // namespace nd
