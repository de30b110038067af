#include "editors/settingsform.h"

#include "editors/modeltexts.h"
#include "editors/nodelistedit.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace nd {

namespace {
// A text box that reports when the focus leaves it (QPlainTextEdit has no editingFinished).
class DefinitionEdit final : public QPlainTextEdit {
public:
    std::function<void()> finished;

protected:
    void focusOutEvent(QFocusEvent* event) override
    {
        QPlainTextEdit::focusOutEvent(event);
        if (finished)
            finished();
    }
};

// Whole-number settings (N, R, n) get a spin box. Its range is deliberately wider than any
// model allows: the engine decides what is valid and its message says why. Seeds stay text
// because they are 64-bit.
bool isWholeNumber(const SettingSpec& spec)
{
    const std::string& d = spec.defaultValue;
    return spec.choices.empty() && spec.name != "seed" && !d.empty() &&
           std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
}

constexpr int kMaxWhole = 100000000;
} // namespace

SettingsForm::SettingsForm(QWidget* parent) : QWidget(parent), m_grid(nullptr)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

const SettingsForm::Field* SettingsForm::find(const std::string& key) const
{
    for (const Field& f : m_fields)
        if (f.spec.name == key)
            return &f;
    return nullptr;
}

QWidget* SettingsForm::field(const std::string& key) const
{
    const Field* f = find(key);
    return f ? f->editor : nullptr;
}

QLabel* SettingsForm::errorLabel(const std::string& key) const
{
    const Field* f = find(key);
    return f ? f->error : nullptr;
}

void SettingsForm::setSettings(const std::string& type, const std::vector<SettingSpec>& specs,
                               const Settings& values)
{
    bool same = type == m_type && specs.size() == m_fields.size();
    for (std::size_t i = 0; same && i < specs.size(); ++i)
        same = specs[i].name == m_fields[i].spec.name;
    m_type = type;
    if (!same)
        rebuild(specs);
    m_updating = true;
    for (const Field& f : m_fields) {
        const auto it = values.find(f.spec.name);
        setValue(f, QString::fromStdString(it != values.end() ? it->second : f.spec.defaultValue));
    }
    m_updating = false;
    clearErrors();
    updateTriadicNote();
}

void SettingsForm::rebuild(const std::vector<SettingSpec>& specs)
{
    if (QLayoutItem* old = layout()->takeAt(0)) {
        // The old fields go later: a signal of one of them may still be on the stack.
        old->widget()->hide();
        old->widget()->deleteLater();
        delete old;
    }
    m_fields.clear();
    auto* body = new QWidget(this);
    m_grid = new QGridLayout(body);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    for (const SettingSpec& spec : specs) {
        Field f;
        f.spec = spec;
        f.editor = createEditor(spec);
        f.editor->setParent(body);
        f.label = new QLabel(body);
        f.label->setBuddy(f.editor);
        f.error = new QLabel(body);
        f.error->setWordWrap(true);
        f.error->setStyleSheet(QStringLiteral("color: #b3261e;"));
        f.error->hide();
        const int row = m_grid->rowCount();
        m_grid->addWidget(f.label, row, 0, Qt::AlignTop);
        m_grid->addWidget(f.editor, row, 1);
        m_grid->addWidget(f.error, row + 1, 1);
        m_fields.push_back(f);
    }
    m_triadicNote = nullptr;
    if (find("form") && find("triangles")) {
        m_triadicNote = new QLabel(body);
        m_triadicNote->setWordWrap(true);
        m_triadicNote->setObjectName(QStringLiteral("triadicNote"));
        m_grid->addWidget(m_triadicNote, m_grid->rowCount(), 0, 1, 2);
    }
    layout()->addWidget(body);
    retranslate();
}

void SettingsForm::updateTriadicNote()
{
    if (!m_triadicNote)
        return;
    const auto value = [this](const char* key) {
        const Field* f = find(key);
        auto* combo = f ? qobject_cast<QComboBox*>(f->editor) : nullptr;
        return combo ? combo->currentData().toString() : QString();
    };
    // g = (x_j - x_i) + (x_k - x_i): summed over the triangles at node i it is pairwise
    // diffusive coupling with weights sigma2 times the triangles i and j share (tst_mapnetworks
    // linearTriadicIsWeightedPairwise), whatever the nodes.
    m_triadicNote->setVisible(value("form") == QLatin1String("linear") &&
                              value("triangles") != QLatin1String("none"));
}

QWidget* SettingsForm::createEditor(const SettingSpec& spec)
{
    const QString key = QString::fromStdString(spec.name);
    if (!spec.choices.empty()) {
        auto* combo = new QComboBox;
        for (const std::string& c : spec.choices)
            combo->addItem(QString::fromStdString(c), QString::fromStdString(c));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, key]() {
            if (!m_updating)
                emit settingEdited(key, combo->currentData().toString());
        });
        return combo;
    }
    if (spec.name == "nodes") {
        auto* list = new NodeListEdit;
        connect(list, &NodeListEdit::edited, this, [this, key](const QString& v) {
            if (!m_updating)
                emit settingEdited(key, v);
        });
        return list;
    }
    if (isWholeNumber(spec)) {
        auto* spin = new QSpinBox;
        spin->setRange(0, kMaxWhole);
        spin->setKeyboardTracking(false); // one edit per typed number, not per keystroke
        connect(spin, &QSpinBox::valueChanged, this, [this, key](int v) {
            if (!m_updating)
                emit settingEdited(key, QString::number(v));
        });
        return spin;
    }
    if (spec.name == "node-definition") {
        // A typed node's map is several lines of the model language: a text box, whose text is
        // taken when the focus leaves it (as a line edit's is), only if it changed.
        auto* text = new DefinitionEdit;
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 7);
        text->finished = [this, text, key]() {
            if (!m_updating && text->document()->isModified()) {
                text->document()->setModified(false);
                emit settingEdited(key, text->toPlainText());
            }
        };
        return text;
    }
    auto* line = new QLineEdit;
    connect(line, &QLineEdit::editingFinished, this, [this, line, key]() {
        // editingFinished also comes when focus merely leaves the field: only changes count.
        if (!m_updating && line->isModified()) {
            line->setModified(false);
            emit settingEdited(key, line->text().trimmed());
        }
    });
    return line;
}

void SettingsForm::setValue(const Field& f, const QString& value)
{
    if (auto* combo = qobject_cast<QComboBox*>(f.editor)) {
        int index = combo->findData(value);
        if (index < 0) {
            combo->addItem(value, value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    } else if (auto* list = qobject_cast<NodeListEdit*>(f.editor)) {
        list->setValue(value);
    } else if (auto* spin = qobject_cast<QSpinBox*>(f.editor)) {
        bool ok = false;
        const int v = value.toInt(&ok);
        spin->setValue(ok ? v : 0);
    } else if (auto* line = qobject_cast<QLineEdit*>(f.editor)) {
        line->setText(value);
        line->setModified(false);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(f.editor)) {
        if (text->toPlainText() != value) // keeps the cursor when the study echoes the edit
            text->setPlainText(value);
        text->document()->setModified(false);
    }
}

bool SettingsForm::showError(const std::string& key, const QString& message)
{
    const Field* f = find(key);
    if (!f)
        return false;
    f->error->setText(message);
    f->error->show();
    return true;
}

void SettingsForm::clearErrors()
{
    for (const Field& f : m_fields) {
        f.error->clear();
        f.error->hide();
    }
}

void SettingsForm::retranslate()
{
    if (m_triadicNote)
        m_triadicNote->setText(
            tr("Note: with the linear form the triadic term is pairwise coupling in disguise: summed over "
               "the triangles at a node, sigma2 (x_j + x_k - 2 x_i) adds sigma2 times the number of "
               "triangles two nodes share to their pairwise weight (in K4 with all triangles: sigma1 + "
               "2 sigma2), whatever the nodes. The product and cubic forms are higher-order coupling."));
    for (const Field& f : m_fields) {
        f.label->setText(tr("%1:").arg(ModelTexts::settingLabel(m_type, f.spec.name)));
        const QString tip = ModelTexts::settingToolTip(m_type, f.spec.name, f.spec.description);
        f.label->setToolTip(tip);
        if (auto* list = qobject_cast<NodeListEdit*>(f.editor))
            list->setToolTip(tip);
        else
            f.editor->setToolTip(tip);
    }
}

void SettingsForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace nd
