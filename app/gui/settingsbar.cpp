#include "gui/settingsbar.h"

#include "analysis/observable.h"
#include "editors/numbertext.h"
#include "editors/rangespinbox.h"
#include "gui/flowlayout.h"
#include "gui/studydocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

#include <algorithm>

namespace nd {

namespace {
// Number fields are as wide as their text, within these bounds: 0.6283185307179586 in a field
// 80 pixels wide showed as "586".
constexpr int kNumberMinWidth = 60;
constexpr int kNumberMaxWidth = 190;
constexpr int kListMaxWidth = 260;

void fitToText(QLineEdit* line, int maxWidth)
{
    const QString text = line->text().isEmpty() ? line->placeholderText() : line->text();
    const int width =
        line->fontMetrics().horizontalAdvance(text) + 2 * line->fontMetrics().averageCharWidth() + 12;
    line->setFixedWidth(std::clamp(width, kNumberMinWidth, maxWidth));
    line->setCursorPosition(0); // the leading digits, if it is still too narrow
}
} // namespace

SettingsBar::SettingsBar(StudyDocument* document, UndoText description, QWidget* parent)
    : QWidget(parent), m_document(document), m_description(std::move(description)),
      m_row(new FlowLayout(this))
{
    m_row->setContentsMargins(4, 2, 4, 2);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QWidget* SettingsBar::labelled(const QString& label, const QString& toolTip, QWidget* control)
{
    control->setToolTip(toolTip);
    if (auto* box = qobject_cast<QComboBox*>(control)) // filled later: as wide as its longest item
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    if (label.isEmpty()) {
        control->setParent(this);
        m_row->addWidget(control);
        return control;
    }
    // The label and its control in one piece, so that a row never ends between them.
    auto* pair = new QWidget(this);
    auto* row = new QHBoxLayout(pair);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    auto* text = new QLabel(label, pair);
    text->setBuddy(control);
    text->setToolTip(toolTip);
    row->addWidget(text);
    row->addWidget(control);
    m_labels.emplace_back(control, text);
    m_row->addWidget(pair);
    return control;
}

void SettingsBar::addWidget(QWidget* widget)
{
    widget->setParent(this);
    m_row->addWidget(widget);
}

void SettingsBar::enableWhen(QWidget* control, std::function<bool(const Study&)> condition)
{
    QWidget* label = nullptr;
    for (const auto& [c, l] : m_labels)
        if (c == control)
            label = l;
    m_loaders.push_back([this, control, label, condition = std::move(condition)]() {
        const bool on = condition(m_document->study());
        control->setEnabled(on);
        if (label)
            label->setEnabled(on);
    });
}

void SettingsBar::showWhen(QWidget* control, std::function<bool(const Study&)> condition)
{
    QWidget* piece = control; // what the row holds: the control, or its label and it together
    for (const auto& [c, l] : m_labels)
        if (c == control)
            piece = l->parentWidget();
    m_loaders.push_back([this, piece, condition = std::move(condition)]() {
        piece->setVisible(condition(m_document->study()));
    });
}

void SettingsBar::edit(const QString& field, const std::function<void(Study&)>& change)
{
    if (m_syncing)
        return;
    Study s = m_document->study();
    change(s);
    for (const auto& check : m_checks) {
        const QString why = check(m_document->study(), s);
        if (!why.isEmpty()) {
            emit message(why);
            sync();
            return;
        }
    }
    QString error;
    if (!m_document->editSetting(s, field, m_description, error)) {
        emit message(error);
        sync();
    }
}

QSpinBox* SettingsBar::addInt(const QString& label, const QString& toolTip, const QString& field, int minimum,
                              int maximum, Binding<int> binding)
{
    auto* box = new RangeSpinBox(this);
    box->setRange(minimum, maximum);
    connect(box, &RangeSpinBox::rangeExceeded, this, &SettingsBar::message);
    box->setKeyboardTracking(false);
    box->setAccelerated(true);
    labelled(label, toolTip, box);
    m_loaders.push_back([this, box, get = binding.get]() { box->setValue(get(m_document->study())); });
    connect(box, &QSpinBox::valueChanged, this,
            [this, field, set = binding.set](int v) { edit(field, [&](Study& s) { set(s, v); }); });
    return box;
}

QLineEdit* SettingsBar::addText(const QString& label, const QString& toolTip, const QString& field,
                                std::function<QString(const Study&)> show,
                                std::function<bool(Study&, const QString&)> parse)
{
    auto* line = new QLineEdit(this);
    labelled(label, toolTip, line);
    m_loaders.push_back([this, line, show, toolTip]() {
        const QString text = show(m_document->study());
        line->setText(text);
        fitToText(line, line->property("listField").toBool() ? kListMaxWidth : kNumberMaxWidth);
        // The whole value where the field is too narrow for it.
        line->setToolTip(text.isEmpty() ? toolTip : toolTip + QLatin1Char('\n') + text);
    });
    connect(line, &QLineEdit::editingFinished, this, [this, line, field, show, parse]() {
        if (m_syncing || line->text() == show(m_document->study()))
            return;
        Study s = m_document->study();
        if (!parse(s, line->text())) {
            emit message(tr("'%1' is not a valid value here").arg(line->text()));
            line->setText(show(m_document->study()));
            return;
        }
        edit(field, [&s](Study& target) { target = s; });
    });
    return line;
}

QLineEdit* SettingsBar::addNumber(const QString& label, const QString& toolTip, const QString& field,
                                  Binding<double> binding)
{
    return addText(
        label, toolTip, field, [get = binding.get](const Study& s) { return numberText(get(s)); },
        [set = binding.set](Study& s, const QString& text) {
            const auto v = parseNumber(text);
            if (v)
                set(s, *v);
            return v.has_value();
        });
}

QLineEdit* SettingsBar::addOptionalNumber(const QString& label, const QString& toolTip, const QString& field,
                                          Binding<std::optional<double>> binding)
{
    QLineEdit* line = addText(
        label, toolTip, field,
        [get = binding.get](const Study& s) {
            const auto v = get(s);
            return v ? numberText(*v) : QString();
        },
        [set = binding.set](Study& s, const QString& text) {
            if (text.trimmed().isEmpty()) {
                set(s, std::nullopt);
                return true;
            }
            const auto v = parseNumber(text);
            if (v)
                set(s, *v);
            return v.has_value();
        });
    line->setPlaceholderText(tr("default"));
    return line;
}

QLineEdit* SettingsBar::addNumberList(const QString& label, const QString& toolTip, const QString& field,
                                      Binding<std::vector<double>> binding)
{
    QLineEdit* line = addText(
        label, toolTip, field, [get = binding.get](const Study& s) { return numberListText(get(s)); },
        [set = binding.set](Study& s, const QString& text) {
            const auto v = parseNumberList(text);
            if (v && !v->empty())
                set(s, *v);
            return v && !v->empty();
        });
    line->setProperty("listField", true);
    return line;
}

QComboBox* SettingsBar::addChoice(const QString& label, const QString& toolTip, const QString& field,
                                  const QStringList& items, Binding<int> binding)
{
    auto* box = new QComboBox(this);
    box->addItems(items);
    labelled(label, toolTip, box);
    m_loaders.push_back([this, box, get = binding.get]() { box->setCurrentIndex(get(m_document->study())); });
    connect(box, &QComboBox::currentIndexChanged, this, [this, field, set = binding.set](int i) {
        if (i >= 0)
            edit(field, [&](Study& s) { set(s, i); });
    });
    return box;
}

QComboBox* SettingsBar::addNames(const QString& label, const QString& toolTip, const QString& field,
                                 std::function<QStringList(const Model&)> items, Binding<std::string> binding)
{
    auto* box = new QComboBox(this);
    labelled(label, toolTip, box);
    m_loaders.push_back([this, box, items, get = binding.get]() {
        QStringList names = items(m_document->model());
        // A name the study holds but the model does not offer (a refused setting) still shows,
        // so the user sees what the error message is about.
        const QString current = QString::fromStdString(get(m_document->study()));
        if (!current.isEmpty() && !names.contains(current))
            names.prepend(current);
        box->clear();
        box->addItems(names);
        box->setCurrentIndex(std::max(0, static_cast<int>(names.indexOf(current))));
    });
    connect(box, &QComboBox::currentIndexChanged, this, [this, box, field, set = binding.set](int i) {
        if (i >= 0)
            edit(field, [&](Study& s) { set(s, box->itemText(i).toStdString()); });
    });
    return box;
}

QComboBox* SettingsBar::addSeriesVariable(const QString& field, Binding<std::string> binding)
{
    return addNames(tr("Variable:"), tr("State variable whose time series is measured"), field,
                    &SettingsBar::variableNames, std::move(binding));
}

QCheckBox* SettingsBar::addCheck(const QString& text, const QString& toolTip, const QString& field,
                                 Binding<bool> binding)
{
    auto* box = new QCheckBox(text, this);
    labelled(QString(), toolTip, box);
    m_loaders.push_back([this, box, get = binding.get]() { box->setChecked(get(m_document->study())); });
    connect(box, &QCheckBox::toggled, this,
            [this, field, set = binding.set](bool on) { edit(field, [&](Study& s) { set(s, on); }); });
    return box;
}

void SettingsBar::addValidation(std::function<QString(const Study&, const Study&)> check)
{
    m_checks.push_back(std::move(check));
}

void SettingsBar::sync()
{
    m_syncing = true;
    for (const auto& load : m_loaders)
        load();
    m_syncing = false;
}

QStringList SettingsBar::variableNames(const Model& model)
{
    QStringList out;
    for (const std::string& name : model.variableNames())
        out << QString::fromStdString(name);
    return out;
}

QStringList SettingsBar::parameterNames(const Model& model)
{
    QStringList out;
    for (const ParameterSpec& spec : model.parameterSpecs())
        out << QString::fromStdString(spec.name);
    return out;
}

QStringList SettingsBar::nodeVariableNames(const Model& model)
{
    // Candidates: each name without its node number ("x12" -> "x", "x_3" -> "x") and without a
    // node prefix ("node3.x" -> "x", "x0_1" -> "1"); those the engine finds on two nodes or more.
    QStringList out;
    const auto consider = [&](const QString& candidate) {
        if (!candidate.isEmpty() && !out.contains(candidate) &&
            nd::nodeVariableIndices(model, candidate.toStdString()).size() >= 2)
            out << candidate;
    };
    for (const std::string& name : model.variableNames()) {
        QString n = QString::fromStdString(name);
        QString stripped = n;
        while (!stripped.isEmpty() && stripped.back().isDigit())
            stripped.chop(1);
        while (!stripped.isEmpty() &&
               (stripped.back() == QLatin1Char('_') || stripped.back() == QLatin1Char('.')))
            stripped.chop(1);
        consider(stripped);
        const auto cut = n.indexOf(QRegularExpression(QStringLiteral("[._]")));
        if (cut > 0)
            consider(n.mid(cut + 1));
    }
    return out;
}

} // namespace nd
