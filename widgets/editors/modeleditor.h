// The model and network editor: which model (family, then model or network preset, from the
// engine's registry), its structural settings, per-node parameter overrides and the initial
// conditions; for a typed model its equations (equationeditor.h) instead of the definition
// setting. It shows what the study holds and emits what the user asked for; the owner turns
// each request into one undoable edit and, when the engine refuses it, calls showError() so
// the message appears next to the field. GUI thread only.
#pragma once

#include "model/model.h"

#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QGroupBox;
class QLabel;

namespace nd {

class EquationEditor;
class InitialStateEditor;
class NodeOverridesEditor;
class SettingsForm;

class ModelEditor : public QWidget {
    Q_OBJECT
public:
    explicit ModelEditor(QWidget* parent = nullptr);

    // Shows a model (its type, its settings as model.settings() reports them, its overrides)
    // and the study's initial state. Clears every message.
    void setModel(const Model& model, const std::vector<double>& initialState);
    void setInitialState(const std::vector<double>& state);
    // Back to a fresh start's choices (random seed and range, chosen nodes): another study is
    // opened, so what the user chose for the previous one goes.
    void resetControls();
    // where: a setting key, a node override key ("node<i>.<name>"), "type", "initial" or
    // "definition" (the equations of a typed model).
    void showError(const QString& where, const QString& message);
    void clearErrors();

    QComboBox* familyBox() const { return m_family; }
    QComboBox* modelBox() const { return m_type; }
    SettingsForm* settingsForm() const { return m_settings; }
    NodeOverridesEditor* overridesEditor() const { return m_overrides; }
    InitialStateEditor* initialStateEditor() const { return m_initial; }
    QGroupBox* settingsGroup() const { return m_settingsBox; }
    QGroupBox* overridesGroup() const { return m_overridesBox; }
    EquationEditor* equationEditor() const { return m_equations; }
    QGroupBox* equationsGroup() const { return m_equationsBox; }

signals:
    void modelTypeChosen(const QString& type);
    // key is a structural setting or a node override; value its new text.
    void settingEdited(const QString& key, const QString& value);
    void settingRemoved(const QString& key);
    // A typed model's text that parses, in canonical form.
    void definitionEdited(const QString& definition);
    void initialStateEdited(const std::vector<double>& state, const std::function<QString()>& description);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillFamilies();
    void fillModels();
    void retranslate();

    std::string m_currentType;
    QComboBox* m_family;
    QComboBox* m_type;
    QLabel* m_familyLabel;
    QLabel* m_typeLabel;
    QLabel* m_typeError;
    QGroupBox* m_modelBox;
    QGroupBox* m_equationsBox;
    QGroupBox* m_settingsBox;
    QGroupBox* m_overridesBox;
    QGroupBox* m_initialBox;
    QLabel* m_noSettings;
    SettingsForm* m_settings;
    NodeOverridesEditor* m_overrides;
    InitialStateEditor* m_initial;
    EquationEditor* m_equations;
    bool m_updating = false;
};

} // namespace nd
