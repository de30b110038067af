#include "editors/modeleditor.h"

#include "editors/equationeditor.h"
#include "editors/initialstateeditor.h"
#include "editors/modeltexts.h"
#include "editors/nodeoverrideseditor.h"
#include "editors/settingsform.h"
#include "model/registry.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace nd {

namespace {
bool isOverrideKey(const QString& key)
{
    static const QRegularExpression re(QStringLiteral("^node[0-9]+\\."));
    return re.match(key).hasMatch();
}
} // namespace

ModelEditor::ModelEditor(QWidget* parent)
    : QWidget(parent), m_family(new QComboBox(this)), m_type(new QComboBox(this)),
      m_familyLabel(new QLabel(this)), m_typeLabel(new QLabel(this)), m_typeError(new QLabel(this)),
      m_modelBox(new QGroupBox(this)), m_equationsBox(new QGroupBox(this)),
      m_settingsBox(new QGroupBox(this)), m_overridesBox(new QGroupBox(this)),
      m_initialBox(new QGroupBox(this)), m_noSettings(new QLabel(this)), m_settings(new SettingsForm(this)),
      m_overrides(new NodeOverridesEditor(this)), m_initial(new InitialStateEditor(this)),
      m_equations(new EquationEditor(this))
{
    m_familyLabel->setBuddy(m_family);
    m_typeLabel->setBuddy(m_type);
    m_typeError->setWordWrap(true);
    m_typeError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_typeError->hide();
    auto* form = new QFormLayout(m_modelBox);
    form->addRow(m_familyLabel, m_family);
    form->addRow(m_typeLabel, m_type);
    form->addRow(m_typeError);
    auto* settings = new QVBoxLayout(m_settingsBox);
    settings->addWidget(m_noSettings);
    settings->addWidget(m_settings);
    (new QVBoxLayout(m_overridesBox))->addWidget(m_overrides);
    (new QVBoxLayout(m_initialBox))->addWidget(m_initial);
    (new QVBoxLayout(m_equationsBox))->addWidget(m_equations);
    m_equationsBox->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_modelBox);
    layout->addWidget(m_equationsBox, 1);
    layout->addWidget(m_settingsBox);
    layout->addWidget(m_overridesBox);
    layout->addWidget(m_initialBox);
    layout->addStretch(1);
    fillFamilies();

    connect(m_family, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_updating)
            return;
        // A family is chosen by choosing its first model; the model list then offers the rest.
        fillModels();
        if (m_type->count() > 0)
            emit modelTypeChosen(m_type->itemData(0).toString());
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_updating && m_type->currentIndex() >= 0)
            emit modelTypeChosen(m_type->currentData().toString());
    });
    connect(m_settings, &SettingsForm::settingEdited, this, &ModelEditor::settingEdited);
    connect(m_overrides, &NodeOverridesEditor::overrideSet, this, &ModelEditor::settingEdited);
    connect(m_overrides, &NodeOverridesEditor::overrideRemoved, this, &ModelEditor::settingRemoved);
    connect(m_initial, &InitialStateEditor::stateEdited, this, &ModelEditor::initialStateEdited);
    connect(m_equations, &EquationEditor::definitionEdited, this, &ModelEditor::definitionEdited);
    retranslate();
}

void ModelEditor::fillFamilies()
{
    std::set<ModelFamily> present;
    for (const std::string& type : modelTypeNames())
        present.insert(ModelTexts::family(type));
    const bool old = m_updating;
    m_updating = true;
    const QVariant keep = m_family->currentData();
    m_family->clear();
    for (ModelFamily f : present) {
        m_family->addItem(ModelTexts::familyName(f), static_cast<int>(f));
        m_family->setItemData(m_family->count() - 1, ModelTexts::familyToolTip(f), Qt::ToolTipRole);
    }
    if (keep.isValid())
        m_family->setCurrentIndex(std::max(0, m_family->findData(keep)));
    m_updating = old;
}

void ModelEditor::fillModels()
{
    const auto family = static_cast<ModelFamily>(m_family->currentData().toInt());
    const bool old = m_updating;
    m_updating = true;
    m_type->clear();
    for (const std::string& type : modelTypeNames()) {
        if (ModelTexts::family(type) != family)
            continue;
        m_type->addItem(ModelTexts::displayName(type), QString::fromStdString(type));
        m_type->setItemData(m_type->count() - 1, ModelTexts::modelToolTip(type), Qt::ToolTipRole);
    }
    m_type->setCurrentIndex(m_type->findData(QString::fromStdString(m_currentType)));
    m_updating = old;
}

void ModelEditor::setModel(const Model& model, const std::vector<double>& initialState)
{
    m_currentType = model.typeName();
    m_updating = true;
    m_family->setCurrentIndex(m_family->findData(static_cast<int>(ModelTexts::family(m_currentType))));
    fillModels();
    m_updating = false;

    std::vector<SettingSpec> specs = model.settingSpecs();
    const Settings settings = model.settings();
    // A typed model's definition is its equations, edited as text of its own.
    const auto definition = settings.find("definition");
    const bool typed = m_currentType == "equations" && definition != settings.end();
    m_equationsBox->setVisible(typed);
    if (typed) {
        specs.erase(std::remove_if(specs.begin(), specs.end(),
                                   [](const SettingSpec& s) { return s.name == "definition"; }),
                    specs.end());
        m_equations->setDefinition(QString::fromStdString(definition->second));
    }
    m_settings->setSettings(m_currentType, specs, settings);
    m_settings->setVisible(!specs.empty());
    m_noSettings->setVisible(specs.empty());
    m_overridesBox->setVisible(m_overrides->setModel(model));
    m_initial->setModel(model, initialState);
    clearErrors();
}

void ModelEditor::setInitialState(const std::vector<double>& state)
{
    m_initial->setState(state);
}

void ModelEditor::resetControls()
{
    m_initial->resetControls();
    m_overrides->resetControls();
    m_equations->forget();
}

void ModelEditor::showError(const QString& where, const QString& message)
{
    if (where == QLatin1String("initial")) {
        m_initial->showError(message);
    } else if (where == QLatin1String("definition")) {
        m_equations->showError(message);
    } else if (isOverrideKey(where)) {
        m_overrides->showError(message);
    } else if (where == QLatin1String("type") || !m_settings->showError(where.toStdString(), message)) {
        m_typeError->setText(message);
        m_typeError->show();
    }
}

void ModelEditor::clearErrors()
{
    m_typeError->clear();
    m_typeError->hide();
    m_settings->clearErrors();
    m_overrides->clearError();
    m_initial->clearError();
}

void ModelEditor::retranslate()
{
    m_modelBox->setTitle(tr("Model"));
    m_equationsBox->setTitle(tr("Equations"));
    m_equationsBox->setToolTip(tr("The typed model's text: variables, parameters and equations"));
    m_familyLabel->setText(tr("Family:"));
    const QString familyTip =
        tr("Kind of model: single neuron maps, reference maps, networks of maps, oscillators");
    m_familyLabel->setToolTip(familyTip);
    m_family->setToolTip(familyTip);
    m_typeLabel->setText(tr("Model:"));
    const QString typeTip = tr("Model or network preset; choosing another starts from its default values "
                               "(undo goes back)");
    m_typeLabel->setToolTip(typeTip);
    m_type->setToolTip(typeTip);
    m_settingsBox->setTitle(tr("Structure"));
    m_settingsBox->setToolTip(tr("Settings fixed when the model is built: size, node maps, topology, ..."));
    m_noSettings->setText(tr("This model has no structural settings."));
    m_overridesBox->setTitle(tr("Per-node parameters"));
    m_overridesBox->setToolTip(tr("Heterogeneity: single nodes with their own parameter values"));
    m_initialBox->setTitle(tr("Initial conditions"));
    m_initialBox->setToolTip(tr("The state the simulations start from"));
    fillFamilies();
    fillModels();
}

void ModelEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace nd
