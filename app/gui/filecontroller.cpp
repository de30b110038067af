#include "gui/filecontroller.h"

#include "common/errors.h"
#include "compute/modelfile.h"
#include "editors/modeltexts.h"
#include "gui/modelchange.h"
#include "gui/studydocument.h"
#include "model/registry.h"
#include "study/enginemessage.h"
#include "study/equationsjson.h"
#include "study/studyfile.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace nd {

namespace {
constexpr int kAutosaveMs = 60 * 1000;
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentFiles");
const QString kRecoveryPathKey = QStringLiteral("recovery/originalPath");
} // namespace

FileController::FileController(StudyDocument* document, QWidget* window)
    : QObject(window), m_document(document), m_window(window)
{
    m_autosave.setInterval(kAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, &FileController::autosaveNow);
    m_autosave.start();
}

void FileController::populateMenu(QMenu* menu)
{
    QAction* act = menu->addAction(tr("&New Study"), this, [this]() {
        if (!maybeSave())
            return;
        // A typed model's new study is of the same text (its defaults); a built-in model's
        // starts from its default structure.
        const Study& current = m_document->study();
        newStudy(current.modelType, current.modelType == kEquationsModelType ? current.settings : Settings{});
    });
    act->setShortcuts(QKeySequence::New);
    act->setStatusTip(tr("Start a new study of the current model with default values"));
    act = menu->addAction(tr("New &Typed Model"), this, [this]() {
        if (maybeSave())
            newTypedModel();
    });
    act->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    act->setStatusTip(tr("Start a new study of a model you type: the Chialvo map in the model language, "
                         "ready to change"));
    act->setObjectName(QStringLiteral("newTypedModelAction"));
    QMenu* newFrom = menu->addMenu(tr("New Study from &Model"));
    newFrom->menuAction()->setStatusTip(tr("Start a new study of another model with its default values"));
    for (const std::string& type : modelTypeNames()) {
        QAction* model = newFrom->addAction(ModelTexts::displayName(type), this, [this, type]() {
            if (maybeSave())
                newStudy(type);
        });
        model->setStatusTip(ModelTexts::modelToolTip(type));
    }
    act = menu->addAction(tr("&Open Study..."), this, [this]() {
        if (!maybeSave())
            return;
        const QString path =
            QFileDialog::getOpenFileName(m_window, tr("Open Study"), QString(),
                                         studyFileFilter() + QStringLiteral(";;") + tr("All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    act->setShortcuts(QKeySequence::Open);
    act->setStatusTip(tr("Open a study file"));
    act = menu->addAction(tr("&Import XPPAUT Model..."), this, [this]() {
        if (!maybeSave())
            return;
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Import XPPAUT Model"), QString(),
                                                          tr("XPPAUT models (*.ode);;All files (*)"));
        if (!path.isEmpty())
            importXpp(path);
    });
    act->setStatusTip(tr("Open an XPPAUT .ode file as a new study of a typed model"));
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    m_recentMenu->menuAction()->setStatusTip(tr("Open one of the studies opened or saved last"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileController::rebuildRecentMenu);
    rebuildRecentMenu();
    QMenu* examples = menu->addMenu(tr("&Examples"));
    examples->menuAction()->setStatusTip(tr("Open a built-in example study as an untitled copy"));
    for (const QString& name : exampleNames()) {
        examples->addAction(name, this, [this, name]() {
            if (maybeSave())
                openExample(name);
        });
    }
    menu->addSeparator();
    act = menu->addAction(tr("&Save Study"), this, &FileController::save);
    act->setShortcuts(QKeySequence::Save);
    act->setStatusTip(tr("Save the study to its file"));
    act = menu->addAction(tr("Save Study &As..."), this, &FileController::saveAs);
    // SaveAs has no standard key on some platforms (Windows); Ctrl+Shift+S is the usual one.
    act->setShortcuts(QKeySequence::keyBindings(QKeySequence::SaveAs).isEmpty()
                          ? QList<QKeySequence>{QKeySequence(tr("Ctrl+Shift+S"))}
                          : QKeySequence::keyBindings(QKeySequence::SaveAs));
    act->setStatusTip(tr("Save the study to a new file"));
}

QStringList FileController::exampleNames()
{
    QStringList names;
    for (const QString& f : QDir(QStringLiteral(":/examples")).entryList({QStringLiteral("*.json")}))
        names << QFileInfo(f).completeBaseName();
    return names;
}

QString FileController::examplePath(const QString& name)
{
    return QStringLiteral(":/examples/%1.json").arg(name);
}

QStringList FileController::recentFiles()
{
    return QSettings().value(kRecentKey).toStringList();
}

void FileController::addRecent(const QString& path)
{
    QStringList list = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(kRecentKey, list);
}

void FileController::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList list = recentFiles();
    for (const QString& path : list) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path]() {
            if (maybeSave())
                openFile(path);
        })->setToolTip(path);
    }
    if (list.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this]() {
            QSettings().remove(kRecentKey);
            rebuildRecentMenu();
        });
    }
}

void FileController::showError(const QString& title, const QString& text)
{
    emit message(text);
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box.exec();
}

bool FileController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved Changes"), tr("The study has unsaved changes. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool FileController::openFile(const QString& path)
{
    const auto loaded = loadStudyFile(path);
    QString error = loaded.error;
    if (!loaded.ok || !m_document->reset(loaded.study, path, error)) {
        showError(tr("Open Study"), tr("The study could not be opened.\n%1").arg(error));
        return false;
    }
    addRecent(path);
    // Old spellings of keys were read as their new names; saving writes the new ones.
    if (loaded.notes.isEmpty())
        emit message(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    else
        emit message(tr("Opened %1 (old spellings, saving updates them: %2)")
                         .arg(QDir::toNativeSeparators(path), loaded.notes.join(QStringLiteral("; "))));
    return true;
}

bool FileController::openExample(const QString& name)
{
    const auto loaded = loadStudyFile(examplePath(name));
    QString error = loaded.error;
    // An example opens as an untitled study, so Save asks where to put the user's copy.
    if (!loaded.ok || !m_document->reset(loaded.study, QString(), error)) {
        showError(tr("Example"), error);
        return false;
    }
    return true;
}

bool FileController::newTypedModel()
{
    return newStudy(kEquationsModelType, {{"definition", typedModelTemplate()}});
}

bool FileController::importXpp(const QString& path)
{
    const compute::ModelFile file = compute::readModelFile(path, compute::ModelFormat::Xpp);
    QString error = file.error;
    if (file.ok) {
        try {
            Study study = compute::studyForModel(file.source, QFileInfo(path).completeBaseName());
            if (m_newStudy) {
                const QString title = study.title;
                study = m_newStudy(study);
                study.title = title;
            }
            // Untitled, as an example: Save asks where the study goes (the .ode file stays as it is).
            if (m_document->reset(study, QString(), error)) {
                emit message(tr("Imported %1").arg(QDir::toNativeSeparators(path)));
                if (!file.notes.isEmpty())
                    showImportReport(path, file.notes);
                return true;
            }
        } catch (const InputError& e) {
            error = engineMessage(e);
        }
    }
    // The lines left out may explain why the model is incomplete: they go with the error.
    QString text = tr("The XPPAUT model could not be imported.\n%1").arg(error);
    if (!file.notes.isEmpty())
        text += QLatin1Char('\n') + file.notes.join(QLatin1Char('\n'));
    showError(tr("Import XPPAUT Model"), text);
    return false;
}

void FileController::showImportReport(const QString& path, const QStringList& notes)
{
    // The first lines in the dialog itself, all of them under Show Details (and copyable there).
    constexpr qsizetype kShown = 20;
    QStringList shown = notes.mid(0, kShown);
    if (notes.size() > kShown)
        shown << tr("... and %1 more (see Show Details)").arg(notes.size() - kShown);
    QMessageBox box(QMessageBox::Information, tr("Import XPPAUT Model"),
                    tr("%1 was imported. These lines were not translated or were changed:")
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::Ok, m_window);
    box.setInformativeText(shown.join(QLatin1Char('\n')));
    box.setDetailedText(notes.join(QLatin1Char('\n')));
    box.exec();
}

bool FileController::newStudy(const std::string& modelType, const Settings& settings)
{
    QString error;
    try {
        const Study defaults = Study::defaultsFor(modelType, settings);
        if (m_document->reset(m_newStudy ? m_newStudy(defaults) : defaults, QString(), error))
            return true;
    } catch (const InputError& e) {
        error = engineMessage(e);
    }
    showError(tr("New Study"), error);
    return false;
}

bool FileController::save()
{
    if (m_document->filePath().isEmpty() || m_document->filePath().startsWith(QLatin1Char(':')))
        return saveAs();
    QString error;
    if (!m_document->save(m_document->filePath(), error)) {
        showError(tr("Save Study"), error);
        return false;
    }
    discardRecovery();
    addRecent(m_document->filePath());
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

bool FileController::saveAs()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Study As"), m_document->filePath(),
                                                studyFileFilter());
    if (path.isEmpty())
        return false;
    // .json stays the default extension (every JSON tool reads a study); *.ndstudy is there for
    // users who want double-click to open NeuroDyn (resources/neurodyn-mime.xml).
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (!m_document->save(path, error)) {
        showError(tr("Save Study"), error);
        return false;
    }
    discardRecovery();
    addRecent(path);
    return true;
}

QString FileController::studyFileFilter()
{
    return tr("NeuroDyn studies (*.json *.ndstudy)");
}

QString FileController::recoveryFilePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("recovery.json"));
}

bool FileController::autosaveNow()
{
    if (!m_document->isModified())
        return false;
    QDir().mkpath(QFileInfo(recoveryFilePath()).absolutePath());
    QString error;
    if (!saveStudyFile(m_document->study(), recoveryFilePath(), error)) {
        emit message(tr("Autosave failed: %1").arg(error));
        return false;
    }
    QSettings().setValue(kRecoveryPathKey, m_document->filePath());
    return true;
}

void FileController::discardRecovery()
{
    QFile::remove(recoveryFilePath());
    QSettings().remove(kRecoveryPathKey);
}

bool FileController::offerRecovery(RecoveryAnswer answer)
{
    if (!QFile::exists(recoveryFilePath()))
        return false;
    if (answer == RecoveryAnswer::Ask) {
        const auto button = QMessageBox::question(
            m_window, tr("Recover Unsaved Work"),
            tr("NeuroDyn did not close normally last time. Restore the unsaved study it was working on?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        answer = button == QMessageBox::Yes ? RecoveryAnswer::Restore : RecoveryAnswer::Discard;
    }
    if (answer != RecoveryAnswer::Restore) {
        discardRecovery();
        return false;
    }
    const auto loaded = loadStudyFile(recoveryFilePath());
    QString error = loaded.error;
    const QString original = QSettings().value(kRecoveryPathKey).toString();
    if (!loaded.ok || !m_document->reset(loaded.study, original, error)) {
        showError(tr("Recover Unsaved Work"), error);
        return false;
    }
    m_document->markModified();
    return true;
}

} // namespace nd
