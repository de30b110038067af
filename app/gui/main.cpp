// neurodyn: the desktop application.
//
// Besides opening a study, the command line serves scripts and tests (see --help):
//   --autosave-interval MS   how often unsaved work goes to the recovery file (default 60 s)
//   --recovery ask|restore|discard   answer the start-up offer to restore unsaved work
//                            without a dialog (default ask)
//   --edit KEY=VALUE         make an undoable, unsaved edit as if typed (commandlineedit.h)
//   --save-copy PATH         write the open study (after recovery and edits) to PATH and quit,
//                            leaving the recovery file alone
// The crash-recovery test (tests/app/tst_crashrecovery.cpp) drives them.
#include "gui/commandlineedit.h"
#include "gui/filecontroller.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/preferences.h"
#include "gui/studydocument.h"
#include "study/studyfile.h"

#include "equations/native.h"
#include "plots/qimagedecoder.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

#include <memory>

namespace {
// Answers that open no window (--list-examples, --help, --version) run without a display, as
// in scripts on a machine without one: QApplication would abort there before parsing anything.
bool opensNoWindow(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--")
            break;
        if (a == "--list-examples" || a == "-h" || a == "--help" || a == "--help-all" || a == "-v" ||
            a == "--version")
            return true;
    }
    return false;
}

bool parseRecovery(const QString& text, nd::FileController::RecoveryAnswer* answer)
{
    using A = nd::FileController::RecoveryAnswer;
    if (text == QLatin1String("ask"))
        *answer = A::Ask;
    else if (text == QLatin1String("restore"))
        *answer = A::Restore;
    else if (text == QLatin1String("discard"))
        *answer = A::Discard;
    else
        return false;
    return true;
}
} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = opensNoWindow(argc, argv)
                                                      ? std::make_unique<QCoreApplication>(argc, argv)
                                                      : std::make_unique<QApplication>(argc, argv);
    QApplication::setApplicationName(QStringLiteral("NeuroDyn"));
    QApplication::setOrganizationName(QStringLiteral("NeuroDyn"));
    QApplication::setApplicationVersion(QStringLiteral(NEURODYN_VERSION));
    if (qobject_cast<QApplication*>(app.get())) {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/neurodyn.svg")));
        // The installed desktop entry's name (NEURODYN_APP_ID in cmake/NeuroDynInstall.cmake):
        // desktops match the window to its menu entry and icon by it.
        QApplication::setDesktopFileName(QStringLiteral("io.github.neurodyn.NeuroDyn"));
    }

    // Typed models compile on a thread of their own: the window never waits for the compiler
    // (the model runs on the interpreter until its library is ready).
    nd::eq::setNativeCompileMode(nd::eq::NativeCompileMode::Background);
    // AKOrN silhouettes from PNG and other formats (the engine reads PGM itself).
    nd::installQtImageDecoder();

    // The language chosen in Preferences wins over the system's; "en" means no translation.
    nd::installLanguage(nd::Preferences::load().language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "NeuroDyn: nonlinear dynamics of neuron networks"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("study"),
                                 QApplication::translate("main", "Study file to open."));
    parser.addOption({"example", QApplication::translate("main", "Open a built-in example study."),
                      QApplication::translate("main", "name")});
    parser.addOption(
        {"render", QApplication::translate("main", "Render the views as PNG images into a folder and quit."),
         QApplication::translate("main", "folder")});
    parser.addOption(
        {"list-examples", QApplication::translate("main", "List the built-in example studies and quit.")});
    parser.addOption(
        {"autosave-interval",
         QApplication::translate("main", "Save unsaved work to the recovery file every MS milliseconds "
                                         "(default 60000)."),
         QApplication::translate("main", "MS")});
    parser.addOption({"recovery",
                      QApplication::translate(
                          "main", "Answer the offer to restore unsaved work after a crash without asking: "
                                  "ask (default), restore or discard."),
                      QApplication::translate("main", "answer")});
    parser.addOption(
        {"edit",
         QApplication::translate(
             "main", "Make an unsaved, undoable edit as if typed: NAME=VALUE sets a parameter, "
                     "setting.KEY=VALUE a structural setting, initial.I=VALUE the initial value of "
                     "state variable I. May be repeated."),
         QApplication::translate("main", "edit")});
    parser.addOption({"save-copy",
                      QApplication::translate(
                          "main", "Write the open study (after any recovery and edits) to a file and quit; "
                                  "the recovery file stays as it is."),
                      QApplication::translate("main", "file")});
    parser.process(*app);

    if (parser.isSet(QStringLiteral("list-examples"))) {
        for (const QString& name : nd::FileController::exampleNames())
            QTextStream(stdout) << name << '\n';
        return 0;
    }
    nd::FileController::RecoveryAnswer recovery = nd::FileController::RecoveryAnswer::Ask;
    if (parser.isSet(QStringLiteral("recovery")) &&
        !parseRecovery(parser.value(QStringLiteral("recovery")), &recovery)) {
        QTextStream(stderr) << "neurodyn: "
                            << QApplication::translate("main", "--recovery must be ask, restore or discard")
                            << '\n';
        return 2;
    }
    int autosaveMs = 0;
    if (parser.isSet(QStringLiteral("autosave-interval"))) {
        bool ok = false;
        autosaveMs = parser.value(QStringLiteral("autosave-interval")).toInt(&ok);
        if (!ok || autosaveMs < 10) {
            QTextStream(stderr) << "neurodyn: "
                                << QApplication::translate(
                                       "main", "--autosave-interval must be at least 10 milliseconds")
                                << '\n';
            return 2;
        }
    }
    const bool render = parser.isSet(QStringLiteral("render"));
    nd::MainWindow window;
    if (autosaveMs > 0)
        window.files()->setAutosaveInterval(autosaveMs);
    QString error;
    bool ok = true;
    if (parser.isSet(QStringLiteral("example"))) {
        const QString name = parser.value(QStringLiteral("example"));
        ok = window.openStudyFile(nd::FileController::examplePath(name), error);
        if (!ok)
            error = QApplication::translate("main", "unknown example '%1' (known: %2)")
                        .arg(name, nd::FileController::exampleNames().join(QStringLiteral(", ")));
    } else if (!parser.positionalArguments().isEmpty()) {
        ok = window.openStudyFile(parser.positionalArguments().first(), error);
    } else if (!render) {
        window.files()->offerRecovery(recovery);
    }
    for (const QString& edit : parser.values(QStringLiteral("edit"))) {
        if (ok && !nd::CommandLineEdit::apply(*window.document(), edit, error))
            ok = false;
    }
    if (!ok) {
        QTextStream(stderr) << "neurodyn: " << error << '\n';
        if (render || parser.isSet(QStringLiteral("save-copy")))
            return 1;
    }
    if (parser.isSet(QStringLiteral("save-copy"))) {
        if (!nd::saveStudyFile(window.study(), parser.value(QStringLiteral("save-copy")), error)) {
            QTextStream(stderr) << "neurodyn: " << error << '\n';
            return 1;
        }
        return 0;
    }

    window.show();
    if (render) {
        if (!window.waitUntilIdle(120000))
            QTextStream(stderr) << "neurodyn: "
                                << QApplication::translate("main", "the views did not finish computing")
                                << '\n';
        const QStringList files = window.renderImages(parser.value(QStringLiteral("render")), error);
        for (const QString& f : files)
            QTextStream(stdout) << f << '\n';
        if (!error.isEmpty())
            QTextStream(stderr) << "neurodyn: " << error << '\n';
        return error.isEmpty() && !files.isEmpty() ? 0 : 1;
    }
    return QApplication::exec();
}
