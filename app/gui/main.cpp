// neurodyn: the desktop application.
#include "gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("NeuroDyn"));
    QApplication::setOrganizationName(QStringLiteral("NeuroDyn"));
    QApplication::setApplicationVersion(QStringLiteral(NEURODYN_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("neurodyn"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "NeuroDyn: nonlinear dynamics of neuron networks"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("study"), QApplication::translate("main", "Study file to open."));
    parser.addOption({"example", QApplication::translate("main", "Open a built-in example study."),
                      QApplication::translate("main", "name")});
    parser.addOption({"render", QApplication::translate("main", "Render the views as PNG images into a folder and quit."),
                      QApplication::translate("main", "folder")});
    parser.process(app);

    nd::MainWindow window;
    QString error;
    bool ok = true;
    if (parser.isSet(QStringLiteral("example")))
        ok = window.openStudyFile(QStringLiteral(":/examples/%1.json").arg(parser.value(QStringLiteral("example"))),
                                  &error);
    else if (!parser.positionalArguments().isEmpty())
        ok = window.openStudyFile(parser.positionalArguments().first(), &error);
    if (!ok) {
        QTextStream(stderr) << "neurodyn: " << error << '\n';
        if (parser.isSet(QStringLiteral("render")))
            return 1;
    }

    window.show();
    if (parser.isSet(QStringLiteral("render"))) {
        QApplication::processEvents();
        const QStringList files = window.renderImages(parser.value(QStringLiteral("render")), &error);
        for (const QString& f : files)
            QTextStream(stdout) << f << '\n';
        return files.size() == 3 ? 0 : 1;
    }
    return QApplication::exec();
}
