// The structural settings of a model as a form (model.h, SettingSpec): one field per setting
// (a combo box for a list of choices, a spin box for a whole number such as N or R, the node
// list editor for a chain's node maps, a text box for a typed node's definition, a line edit
// for other text such as seeds, edges or frequency lists), each with a message line under it
// where a value the engine refused is explained, and a note under the triadic settings when
// the linear form reduces the triadic term to pairwise coupling. Per-node overrides
// (node<i>.<name>) are left to NodeOverridesEditor. Emits settingEdited() for user edits only.
// GUI thread only.
#pragma once

#include "model/model.h"

#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;

namespace nd {

class SettingsForm : public QWidget {
    Q_OBJECT
public:
    explicit SettingsForm(QWidget* parent = nullptr);

    // Rebuilds the fields for another model type; for the same type only updates the values,
    // so the field being edited (whose signal may have led here) stays alive. Clears messages.
    void setSettings(const std::string& type, const std::vector<SettingSpec>& specs, const Settings& values);
    // Shows a message under the field of `key`; false when there is no such field.
    bool showError(const std::string& key, const QString& message);
    void clearErrors();

    int fieldCount() const { return static_cast<int>(m_fields.size()); }
    // The editor widget of a setting (QComboBox, QSpinBox, QLineEdit, QPlainTextEdit or
    // NodeListEdit); null when the model has no such setting.
    QWidget* field(const std::string& key) const;
    QLabel* errorLabel(const std::string& key) const;
    // The note under the triadic settings, shown while the linear form makes the triadic
    // term pairwise coupling in disguise (see the .cpp); null for models without triangles.
    QLabel* triadicNote() const { return m_triadicNote; }

signals:
    void settingEdited(const QString& key, const QString& value);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Field {
        SettingSpec spec;
        QLabel* label = nullptr;
        QWidget* editor = nullptr;
        QLabel* error = nullptr;
    };
    const Field* find(const std::string& key) const;
    void rebuild(const std::vector<SettingSpec>& specs);
    QWidget* createEditor(const SettingSpec& spec);
    void setValue(const Field& f, const QString& value);
    void retranslate();
    void updateTriadicNote();

    QGridLayout* m_grid;
    QLabel* m_triadicNote = nullptr;
    std::string m_type;
    std::vector<Field> m_fields;
    bool m_updating = false;
};

} // namespace nd
