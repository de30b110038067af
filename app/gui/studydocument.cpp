#include "gui/studydocument.h"

#include "common/errors.h"
#include "gui/modelchange.h"
#include "gui/studycommands.h"
#include "study/enginemessage.h"
#include "study/studyfile.h"

#include <algorithm>
#include <cmath>

namespace nd {

StudyDocument::StudyDocument(QObject* parent) : QObject(parent)
{
    m_model = m_study.createModel();
    connect(&m_undo, &QUndoStack::cleanChanged, this, &StudyDocument::emitModified);
}

StudyDocument::~StudyDocument() = default;

bool StudyDocument::reset(const Study& study, const QString& path, QString& error)
{
    std::unique_ptr<Model> model;
    try {
        model = study.createModel();
        if (study.initialState.size() != static_cast<std::size_t>(model->dimension()))
            throw InputError("the initial state needs " + std::to_string(model->dimension()) + " values");
    } catch (const InputError& e) {
        error = engineMessage(e);
        return false;
    }
    m_study = study;
    m_model = std::move(model);
    m_undo.clear();
    m_undo.setClean();
    m_forcedModified = false;
    m_path = path;
    emit filePathChanged(m_path);
    emit studyOpened();
    emit studyReset();
    emit changed();
    emitModified();
    return true;
}

bool StudyDocument::save(const QString& path, QString& error)
{
    QString why;
    if (!saveStudyFile(m_study, path, why)) {
        error = why;
        return false;
    }
    m_path = path;
    m_forcedModified = false;
    m_undo.setClean();
    emit filePathChanged(m_path);
    emitModified();
    return true;
}

void StudyDocument::markModified()
{
    m_forcedModified = true;
    emitModified();
}

void StudyDocument::emitModified()
{
    const bool now = isModified();
    if (now != m_lastModified) {
        m_lastModified = now;
        emit modifiedChanged(now);
    }
}

bool StudyDocument::editParameter(int index, double value, bool dragging, QString& error)
{
    if (index < 0 || index >= m_model->parameterCount())
        return false;
    const double before = m_model->parameter(index);
    try {
        auto probe = m_model->clone();
        probe->setParameter(index, value);
    } catch (const InputError& e) {
        error = engineMessage(e);
        return false;
    }
    const QString name =
        QString::fromStdString(m_model->parameterSpecs()[static_cast<std::size_t>(index)].name);
    m_undo.push(new ValueEditCommand(this, ValueEditCommand::Target::Parameter, index, before, value,
                                     dragging, [name]() { return tr("Change %1").arg(name); }));
    return true;
}

bool StudyDocument::editInitialValue(int index, double value, bool dragging, QString& error)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_study.initialState.size())
        return false;
    if (!std::isfinite(value)) {
        error = tr("initial values must be finite numbers");
        return false;
    }
    const double before = m_study.initialState[static_cast<std::size_t>(index)];
    const QString name = QString::fromStdString(m_model->variableNames()[static_cast<std::size_t>(index)]);
    m_undo.push(new ValueEditCommand(this, ValueEditCommand::Target::InitialValue, index, before, value,
                                     dragging, [name]() { return tr("Change initial %1").arg(name); }));
    return true;
}

bool StudyDocument::editStudy(const Study& changed, const UndoText& description, QString& error)
{
    return editSetting(changed, QString(), description, error);
}

bool StudyDocument::editSetting(const Study& changed, const QString& field, const UndoText& description,
                                QString& error)
{
    Study edited = changed;
    try {
        const auto model = changed.createModel();
        // With links, a link's new value moves its targets: the study holds what the model
        // holds (the targets' values), so the saved file and the undo step agree with it.
        if (!changed.links.empty())
            for (int i = 0; i < model->parameterCount(); ++i)
                edited.parameters[model->parameterSpecs()[static_cast<std::size_t>(i)].name] =
                    model->parameter(i);
    } catch (const InputError& e) {
        error = engineMessage(e);
        return false;
    }
    if (edited == m_study)
        return true;
    if (field.isEmpty())
        m_undo.push(new StudyEditCommand(this, m_study, edited, description));
    else
        m_undo.push(new SettingEditCommand(this, m_study, edited, field, description));
    return true;
}

bool StudyDocument::editModel(const std::string& type, const Settings& settings, const UndoText& description,
                              QString& error)
{
    Study changed;
    try {
        changed = studyWithModel(m_study, type, settings);
    } catch (const InputError& e) {
        error = engineMessage(e);
        return false;
    }
    return editStudy(changed, description, error);
}

bool StudyDocument::editInitialState(const std::vector<double>& state, const UndoText& description,
                                     QString& error)
{
    if (state.size() != m_study.initialState.size()) {
        error = tr("the initial state needs %1 values, not %2")
                    .arg(m_study.initialState.size())
                    .arg(state.size());
        return false;
    }
    if (!std::all_of(state.begin(), state.end(), [](double v) { return std::isfinite(v); })) {
        error = tr("initial values must be finite numbers");
        return false;
    }
    Study changed = m_study;
    changed.initialState = state;
    return editStudy(changed, description, error);
}

void StudyDocument::retranslate()
{
    // QUndoStack hands out its commands as const; their texts are ours to remake.
    for (int i = 0; i < m_undo.count(); ++i)
        if (auto* c = dynamic_cast<TranslatedCommand*>(const_cast<QUndoCommand*>(m_undo.command(i))))
            c->retranslate();
}

void StudyDocument::applyParameter(int index, double value)
{
    m_model->setParameter(index, value);
    m_study.parameters[m_model->parameterSpecs()[static_cast<std::size_t>(index)].name] = value;
    emit parameterChanged(index, value);
    // A link moved its targets: the study holds what the model holds, so a saved file agrees.
    if (m_model->link(index))
        for (int i = 0; i < m_model->parameterCount(); ++i) {
            const std::string& name = m_model->parameterSpecs()[static_cast<std::size_t>(i)].name;
            if (i != index && m_study.parameters[name] != m_model->parameter(i)) {
                m_study.parameters[name] = m_model->parameter(i);
                emit parameterChanged(i, m_model->parameter(i));
            }
        }
    emit changed();
}

void StudyDocument::applyInitialValue(int index, double value)
{
    m_study.initialState[static_cast<std::size_t>(index)] = value;
    emit initialValueChanged(index, value);
    emit changed();
}

void StudyDocument::applyStudy(const Study& study)
{
    // Other links are another parameter list, as other settings are.
    const bool structural = study.modelType != m_study.modelType || study.settings != m_study.settings ||
                            study.links != m_study.links;
    m_model = study.createModel();
    m_study = study;
    if (structural) {
        emit studyReset();
    } else {
        for (int i = 0; i < m_model->parameterCount(); ++i)
            emit parameterChanged(i, m_model->parameter(i));
        for (std::size_t i = 0; i < m_study.initialState.size(); ++i)
            emit initialValueChanged(static_cast<int>(i), m_study.initialState[i]);
        emit settingsChanged();
    }
    emit changed();
}

} // namespace nd
