// File handling for the main window: New, Open, Import of an XPPAUT model, Save, Save As,
// Recent files (QSettings), Examples, the unsaved-changes prompt, and crash recovery (autosave
// of unsaved work to a recovery file on a timer, an offer to restore it at the next start).
// Errors are shown in a dialog and leave the current study untouched. GUI thread only.
#pragma once

#include "study/study.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace nd {

class StudyDocument;

class FileController : public QObject {
    Q_OBJECT
public:
    FileController(StudyDocument* document, QWidget* window);

    // Adds the file actions to a menu (New, Open, Recent, Examples, Save, Save As).
    void populateMenu(QMenu* menu);

    // True when the user saved or discarded unsaved changes (or there were none).
    bool maybeSave();
    // With an error dialog on failure; the current study stays as it was.
    bool openFile(const QString& path);
    bool openExample(const QString& name);
    // A new untitled study of the typed model in an XPPAUT .ode file, replacing the study as
    // Open does (clears the undo history); the lines it could not translate are shown in a
    // dialog. With an error dialog when no model could be read (the study stays as it was).
    bool importXpp(const QString& path);
    bool newStudy(const std::string& modelType, const Settings& settings = {});
    // A study of a typed model, starting from the Chialvo map typed (typedModelTemplate()).
    bool newTypedModel();
    // What a new study holds besides the model's defaults (the analyses it starts with).
    void setNewStudy(std::function<Study(const Study& defaults)> extend) { m_newStudy = std::move(extend); }
    bool save();
    bool saveAs();

    // The file dialogs' filter for studies: *.json and NeuroDyn's own *.ndstudy (the MIME type
    // application/x-neurodyn-study). Studies load whatever their extension.
    static QString studyFileFilter();
    static QStringList exampleNames();
    static QString examplePath(const QString& name);
    static QStringList recentFiles();

    // Crash recovery.
    static QString recoveryFilePath();
    void setAutosaveInterval(int ms) { m_autosave.setInterval(ms); }
    int autosaveInterval() const { return m_autosave.interval(); }
    bool autosaveNow();
    void discardRecovery();
    // How offerRecovery() decides: ask the user, or answer without a dialog (the command line's
    // --recovery option, for scripts and the crash-recovery test).
    enum class RecoveryAnswer { Ask, Restore, Discard };
    // At start-up: offers to restore unsaved work found in the recovery file; true when a
    // study was restored (it then counts as unsaved).
    bool offerRecovery(RecoveryAnswer answer = RecoveryAnswer::Ask);

signals:
    void message(const QString& text);

private:
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    void showError(const QString& title, const QString& text);
    void showImportReport(const QString& path, const QStringList& notes);

    StudyDocument* m_document;
    QWidget* m_window;
    QMenu* m_recentMenu = nullptr;
    QTimer m_autosave;
    std::function<Study(const Study&)> m_newStudy;
};

} // namespace nd
