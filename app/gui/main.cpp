// neurodyn: the desktop application.
#include "gui/filecontroller.h"
#include "gui/mainwindow.h"
#include "gui/preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("NeuroDyn"));
    QApplication::setOrganizationName(QStringLiteral("NeuroDyn"));
    QApplication::setApplicationVersion(QStringLiteral(NEURODYN_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/neurodyn.svg")));
    QApplication::setDesktopFileName(QStringLiteral("neurodyn"));

    // The language chosen in Preferences wins over the system's; "en" means no translation.
    const QString language = nd::Preferences::load().language;
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QTranslator qtTranslator;
    QTranslator translator;
    if (language != QLatin1String("en")) {
        if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtTranslator);
        if (translator.load(locale, QStringLiteral("neurodyn"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "NeuroDyn: nonlinear dynamics of neuron networks"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("study"), QApplication::translate("main", "Study file to open."));
    parser.addOption({"example", QApplication::translate("main", "Open a built-in example study."),
                      QApplication::translate("main", "name")});
    parser.addOption({"render", QApplication::translate("main", "Render the views as PNG images into a folder and quit."),
                      QApplication::translate("main", "folder")});
    parser.addOption({"list-examples", QApplication::translate("main", "List the built-in example studies and quit.")});
    parser.process(app);

    if (parser.isSet(QStringLiteral("list-examples"))) {
        for (const QString& name : nd::FileController::exampleNames())
            QTextStream(stdout) << name << '\n';
        return 0;
    }
    const bool render = parser.isSet(QStringLiteral("render"));
    nd::MainWindow window;
    QString error;
    bool ok = true;
    if (parser.isSet(QStringLiteral("example"))) {
        const QString name = parser.value(QStringLiteral("example"));
        ok = window.openStudyFile(nd::FileController::examplePath(name), &error);
        if (!ok)
            error = QApplication::translate("main", "unknown example '%1' (known: %2)")
                        .arg(name, nd::FileController::exampleNames().join(QStringLiteral(", ")));
    } else if (!parser.positionalArguments().isEmpty()) {
        ok = window.openStudyFile(parser.positionalArguments().first(), &error);
    } else if (!render) {
        window.files()->offerRecovery();
    }
    if (!ok) {
        QTextStream(stderr) << "neurodyn: " << error << '\n';
        if (render)
            return 1;
    }

    window.show();
    if (render) {
        if (!window.waitUntilIdle(120000))
            QTextStream(stderr) << "neurodyn: " << QApplication::translate("main", "the views did not finish computing")
                                << '\n';
        const QStringList files = window.renderImages(parser.value(QStringLiteral("render")), &error);
        for (const QString& f : files)
            QTextStream(stdout) << f << '\n';
        if (!error.isEmpty())
            QTextStream(stderr) << "neurodyn: " << error << '\n';
        return error.isEmpty() && !files.isEmpty() ? 0 : 1;
    }
    return QApplication::exec();
}
