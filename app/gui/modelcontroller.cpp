#include "gui/modelcontroller.h"

#include "editors/equationeditor.h"
#include "editors/modeleditor.h"
#include "editors/modeltexts.h"
#include "gui/modelchange.h"
#include "gui/studydocument.h"
#include "study/enginemessage.h"

#include <QRegularExpression>

namespace nd {

ModelController::ModelController(StudyDocument* document, ModelEditor* editor, QObject* parent)
    : QObject(parent), m_document(document), m_editor(editor)
{
    connect(editor, &ModelEditor::modelTypeChosen, this, &ModelController::chooseType);
    connect(editor, &ModelEditor::settingEdited, this, &ModelController::editSetting);
    connect(editor, &ModelEditor::settingRemoved, this, &ModelController::removeSetting);
    connect(editor, &ModelEditor::initialStateEdited, this, &ModelController::editInitialState);
    connect(editor, &ModelEditor::definitionEdited, this, &ModelController::editDefinition);
    // What the user chose in the editors for one study (random range, seed, nodes) is not the
    // next study's: the Kuramoto phases' 0..2 pi range made the logistic map's states escape.
    connect(document, &StudyDocument::studyOpened, m_editor, &ModelEditor::resetControls);
    connect(document, &StudyDocument::studyReset, this, &ModelController::sync);
    // Initial values also change through the parameter panel and undo of its edits.
    connect(document, &StudyDocument::changed, this,
            [this]() { m_editor->setInitialState(m_document->study().initialState); });
    sync();
}

void ModelController::sync()
{
    m_editor->setModel(m_document->model(), m_document->study().initialState);
}

void ModelController::report(const QString& where, bool ok, const QString& error)
{
    m_lastError = ok ? QString() : error;
    if (ok)
        return;
    m_editor->showError(where, error);
    emit message(error);
}

void ModelController::chooseType(const QString& type)
{
    const std::string t = type.toStdString();
    if (t == m_document->study().modelType)
        return;
    QString error;
    const auto description = [t]() { return tr("Change model to %1").arg(ModelTexts::displayName(t)); };
    bool ok = false;
    if (t == "equations") {
        // A typed model starts from the template the File menu's New Typed Model uses.
        try {
            ok = m_document->editStudy(studyWithDefinition(m_document->study(), typedModelTemplate()),
                                       description, error);
        } catch (const InputError& e) {
            error = engineMessage(e);
        }
    } else {
        ok = m_document->editModel(t, {}, description, error);
    }
    report(QStringLiteral("type"), ok, error);
}

void ModelController::editDefinition(const QString& definition)
{
    QString error;
    bool ok = false;
    try {
        ok = m_document->editStudy(
            studyWithDefinition(m_document->study(), definition.toStdString()),
            []() { return tr("Edit equations"); }, error);
    } catch (const InputError& e) {
        error = engineMessage(e);
    }
    m_lastError = ok ? QString() : error;
    if (ok)
        return;
    // The text stays to be fixed; the editor learns that the study still holds its model.
    const Settings& held = m_document->study().settings;
    const auto inUse = held.find("definition");
    m_editor->equationEditor()->refuse(error, inUse == held.end() ? QString()
                                                                  : QString::fromStdString(inUse->second));
    emit message(error);
}

void ModelController::editSetting(const QString& key, const QString& value)
{
    const Study& study = m_document->study();
    Settings settings = study.settings;
    settings[key.toStdString()] = value.toStdString();
    // A structural change (fewer nodes, another map at a node) may orphan per-node overrides;
    // they go with it in the same undo step instead of blocking it.
    static const QRegularExpression overrideKey(QStringLiteral("^node[0-9]+\\."));
    if (!overrideKey.match(key).hasMatch())
        settings = withoutStaleOverrides(study.modelType, settings);
    QString error;
    const bool ok = m_document->editModel(
        study.modelType, settings, [key]() { return tr("Change %1").arg(key); }, error);
    report(key, ok, error);
}

void ModelController::removeSetting(const QString& key)
{
    const Study& study = m_document->study();
    Settings settings = study.settings;
    settings.erase(key.toStdString());
    QString error;
    const bool ok = m_document->editModel(
        study.modelType, settings, [key]() { return tr("Remove %1").arg(key); }, error);
    report(key, ok, error);
}

void ModelController::editInitialState(const std::vector<double>& state,
                                       const std::function<QString()>& description)
{
    QString error;
    const bool ok = m_document->editInitialState(state, description, error);
    report(QStringLiteral("initial"), ok, error);
}

} // namespace nd
