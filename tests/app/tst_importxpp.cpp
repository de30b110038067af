// File > Import XPPAUT Model (issue 18.7): the .ode file becomes a new untitled study of a typed
// model, replacing the study the way Open does (undo history cleared), and the lines the import
// left out are shown in a dialog that names each line; a file without a model is refused with
// an error dialog and the study stays as it was.
#include "editors/parameterpanel.h"
#include "editors/valuerow.h"
#include "gui/filecontroller.h"
#include "gui/mainwindow.h"
#include "gui/studydocument.h"
#include "modalcloser.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

using namespace nd;

namespace {
QString data(const char* name)
{
    return QStringLiteral(NEURODYN_XPP_DIR "/") + QLatin1String(name);
}
} // namespace

class TestImportXpp : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void importReplacesTheStudyAndReports();
    void cleanImportShowsNoDialog();
    void refusedFileLeavesTheStudy();
    void mainWindowRunsTheImportedModel();
};

void TestImportXpp::importReplacesTheStudyAndReports()
{
    QWidget window;
    StudyDocument doc;
    FileController files(&doc, &window);
    QString error;
    QVERIFY(doc.reset(Study::defaultsFor("chialvo"), QStringLiteral("/tmp/some.json"), error));
    QVERIFY(doc.editParameter(1, 0.18, false, error));
    QCOMPARE(doc.undoStack()->count(), 1);

    // The report dialog: every line left out is in it, with its number.
    QString shown, details;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&]() {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shown = box->text() + QLatin1Char('\n') + box->informativeText();
            details = box->detailedText();
            box->accept();
        }
    });
    poll.start(10);
    QVERIFY(files.importXpp(data("untranslatable.ode")));
    poll.stop();
    for (int line : {3, 5, 6, 7, 8, 10, 11}) {
        QVERIFY2(shown.contains(QStringLiteral("line %1: ").arg(line)), qPrintable(shown));
        QVERIFY(details.contains(QStringLiteral("line %1: ").arg(line)));
    }
    QVERIFY(shown.contains("ran(1)"));
    QCOMPARE(doc.study().modelType, std::string("equations"));
    QCOMPARE(doc.study().title, QString("untranslatable"));
    QCOMPARE(doc.model().dimension(), 1);
    QCOMPARE(doc.undoStack()->count(), 0); // as Open: a new history
    QVERIFY(doc.filePath().isEmpty());     // untitled: Save asks where
    // The report names every line left out (the dialog's details hold the whole list).
    QVERIFY(shown.contains("untranslatable.ode"));
    // The File menu offers it.
    QMenu menu;
    files.populateMenu(&menu);
    bool found = false;
    for (QAction* a : menu.actions())
        found = found || a->text() == FileController::tr("&Import XPPAUT Model...");
    QVERIFY(found);
}

void TestImportXpp::cleanImportShowsNoDialog()
{
    QWidget window;
    StudyDocument doc;
    FileController files(&doc, &window);
    ModalCloser closer;
    QVERIFY(files.importXpp(data("fitzhugh.ode")));
    QTest::qWait(50);
    QCOMPARE(closer.count(), 0);
    QCOMPARE(doc.model().dimension(), 2);
    QCOMPARE(doc.model().parameter("iapp"), 0.5);
}

void TestImportXpp::refusedFileLeavesTheStudy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("noequation.ode");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("par a=1\nwiener w\n");
    f.close();
    QWidget window;
    StudyDocument doc;
    FileController files(&doc, &window);
    QString error;
    QVERIFY(doc.reset(Study::defaultsFor("rulkov"), QString(), error));
    ModalCloser closer;
    QVERIFY(!files.importXpp(path));
    QCOMPARE(closer.count(), 1);
    QVERIFY(closer.lastText().contains("no equation"));
    QVERIFY(closer.lastText().contains("line 2:")); // the wiener line goes with the error
    QCOMPARE(doc.study().modelType, std::string("rulkov"));
}

// In the main window the imported flow gets the analyses a new study starts with, and its
// parameter panel lists the file's parameters.
void TestImportXpp::mainWindowRunsTheImportedModel()
{
    MainWindow w;
    QString error;
    QVERIFY(w.setStudy(Study::defaultsFor("chialvo"), error));
    ModalCloser closer;
    QVERIFY(w.files()->importXpp(data("lorenz.ode")));
    QCOMPARE(closer.count(), 1); // the @ line
    QCOMPARE(w.document()->model().timeKind(), TimeKind::Flow);
    QCOMPARE(w.document()->model().variableNames(), (std::vector<std::string>{"x", "y", "z"}));
    QCOMPARE(w.study().parameters.at("r"), 28.0);
    QCOMPARE(w.parameterPanel()->parameterRow(1)->value(), 28.0);
    QVERIFY(w.study().analyses.fixedPoints.has_value());
    QVERIFY(!w.isWindowModified());
}

QTEST_MAIN(TestImportXpp)
#include "tst_importxpp.moc"
