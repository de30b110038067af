// Connects the model editor (widgets/editors/modeleditor.h) to the study document: every
// request of the editor becomes one undoable edit (StudyDocument::editModel or
// editInitialState), which recomputes the views through the document's signals; an edit the
// engine refuses leaves the study as it was and shows the engine's message next to the field.
// Keeps the editor showing what the document holds after undo, redo, New and Open. GUI thread
// only.
#pragma once

#include <QObject>

#include <vector>

namespace nd {

class ModelEditor;
class StudyDocument;

class ModelController : public QObject {
    Q_OBJECT
public:
    ModelController(StudyDocument* document, ModelEditor* editor, QObject* parent = nullptr);

    // The last refused edit's message (empty after a successful one), for the status bar.
    QString lastError() const { return m_lastError; }

signals:
    void message(const QString& text);

private:
    void chooseType(const QString& type);
    void editSetting(const QString& key, const QString& value);
    void removeSetting(const QString& key);
    void editInitialState(const std::vector<double>& state, const std::function<QString()>& description);
    // A typed model's text (canonical) as one undoable edit of the model and its values.
    void editDefinition(const QString& definition);
    void sync();
    void report(const QString& where, bool ok, const QString& error);

    StudyDocument* m_document;
    ModelEditor* m_editor;
    QString m_lastError;
};

} // namespace nd
