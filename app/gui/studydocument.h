// The open study as a document: the Study value, the model built from it, the file it came
// from, its undo stack and its modified flag. Every user edit goes through here as an undoable
// command (see studycommands.h); results are not undone, they are recomputed by whoever
// listens to changed(). GUI thread only.
#pragma once

#include "gui/studycommands.h"
#include "study/study.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <memory>

namespace nd {

class StudyDocument : public QObject {
    Q_OBJECT
public:
    explicit StudyDocument(QObject* parent = nullptr);
    ~StudyDocument() override;

    const Study& study() const { return m_study; }
    const Model& model() const { return *m_model; }
    QUndoStack* undoStack() { return &m_undo; }
    QString filePath() const { return m_path; }
    bool isModified() const { return m_forcedModified || !m_undo.isClean(); }

    // Replaces the study (New, Open, Recover): clears the undo history. On an invalid study
    // nothing changes and false is returned with a message.
    bool reset(const Study& study, const QString& path, QString& error);
    // Saves to path (atomically); on success the document is clean and belongs to path.
    bool save(const QString& path, QString& error);
    // A recovered study is unsaved work even though nothing is on the undo stack.
    void markModified();

    // User edits. dragging: part of a slider drag, merged into one undo step until a
    // non-dragging edit closes it. Invalid values are refused with a message.
    bool editParameter(int index, double value, bool dragging, QString& error);
    bool editInitialValue(int index, double value, bool dragging, QString& error);
    // Any other change (analysis settings, view state, zoom) as one undo step.
    bool editStudy(const Study& changed, const UndoText& description, QString& error);
    // One analysis or view setting, named by `field` (e.g. "parameter_scan.x.count"), as one undo
    // step; consecutive edits of the same field merge, and a net-zero edit leaves the stack.
    bool editSetting(const Study& changed, const QString& field, const UndoText& description, QString& error);
    // Another model type or other structural settings (N, node maps, topology, per-node
    // overrides, ...) as one undo step; values carry over as studyWithModel() says. A model
    // the engine refuses leaves the study as it was, with the engine's message.
    bool editModel(const std::string& type, const Settings& settings, const UndoText& description,
                   QString& error);
    // The whole initial state as one undo step; it must have one finite value per variable.
    bool editInitialState(const std::vector<double>& state, const UndoText& description, QString& error);
    // Makes the texts of the steps on the undo stack again in the current language.
    void retranslate();

    // Used by the undo commands only.
    void applyParameter(int index, double value);
    void applyInitialValue(int index, double value);
    void applyStudy(const Study& study);

signals:
    void studyOpened(); // another study (New, Open, Recover), before studyReset
    void studyReset();  // a different study: rebuild editors and views
    void parameterChanged(int index, double value);
    void initialValueChanged(int index, double value);
    void settingsChanged(); // analysis settings or view state
    void changed();         // anything results depend on may have changed
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    void emitModified();

    Study m_study;
    std::unique_ptr<Model> m_model;
    QUndoStack m_undo;
    QString m_path;
    bool m_forcedModified = false;
    bool m_lastModified = false;
};

} // namespace nd
