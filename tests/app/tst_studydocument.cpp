// The study document: undo/redo of parameter and initial-value edits, a slider drag merged
// into one undo step, net-zero edits leaving the stack, the modified flag, save-open-save
// byte-identical through the document, crash recovery through the autosave file, and
// structural edits (other settings or another model) with what they carry over.
// GCC 12 reports a bogus -Wrestrict for assigning a short literal to std::string (GCC bug 105329).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wrestrict"
#endif
#include "editors/parameterpanel.h"
#include "editors/valuerow.h"
#include "gui/filecontroller.h"
#include "gui/mainwindow.h"
#include "gui/studydocument.h"
#include "modalcloser.h"
#include "study/studyfile.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace nd;

class TestStudyDocument : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void undoRedoParameterEdits();
    void sliderDragMergesIntoOneStep();
    void netZeroDragLeavesNoStep();
    void settingEditsMergePerField();
    void invalidValueIsRefused();
    void undoThroughTheWindowUpdatesThePanel();
    void saveOpenSaveIsByteIdentical();
    void autosaveAndRecovery();
    void structuralEditCarriesValuesOver();
    void anotherModelStartsFromItsDefaults();
    void wholeInitialStateEdit();
};

void TestStudyDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStudyDocument::undoRedoParameterEdits()
{
    QString error;
    StudyDocument doc;
    QVERIFY(doc.reset(Study::defaultsFor("chialvo"), QString(), error));
    QVERIFY(!doc.isModified());
    QSignalSpy changed(&doc, &StudyDocument::parameterChanged);
    QVERIFY(doc.editParameter(1, 0.18, false, error));
    QVERIFY(doc.editParameter(1, 0.25, false, error)); // typed edits are separate steps
    QVERIFY(doc.editInitialValue(0, 0.7, false, error));
    QCOMPARE(doc.undoStack()->count(), 3);
    QVERIFY(doc.isModified());
    QCOMPARE(doc.study().parameters.at("b"), 0.25);
    QCOMPARE(doc.model().parameter(1), 0.25);
    doc.undoStack()->undo();
    QCOMPARE(doc.study().initialState[0], Study::defaultsFor("chialvo").initialState[0]);
    doc.undoStack()->undo();
    QCOMPARE(doc.study().parameters.at("b"), 0.18);
    QCOMPARE(doc.model().parameter(1), 0.18);
    doc.undoStack()->undo();
    QCOMPARE(doc.study().parameters.at("b"), 0.6);
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QCOMPARE(doc.study().parameters.at("b"), 0.18);
    QVERIFY(doc.isModified());
    QCOMPARE(changed.count(), 5); // two edits, two undos, one redo
}

void TestStudyDocument::sliderDragMergesIntoOneStep()
{
    QString error;
    MainWindow w;
    QVERIFY(w.setStudy(Study::defaultsFor("chialvo"), error));
    StudyDocument* doc = w.document();
    QSlider* slider = w.parameterPanel()->parameterRow(1)->slider();
    const double original = doc->study().parameters.at("b");
    slider->setSliderDown(true);
    for (int pos : {100, 200, 300, 400})
        slider->setValue(pos);
    slider->setSliderDown(false); // release: closes the drag
    QCOMPARE(doc->undoStack()->count(), 1);
    const double dragged = doc->study().parameters.at("b");
    QVERIFY(dragged != original);
    // A second drag is a second step.
    slider->setSliderDown(true);
    slider->setValue(700);
    slider->setSliderDown(false);
    QCOMPARE(doc->undoStack()->count(), 2);
    doc->undoStack()->undo();
    QCOMPARE(doc->study().parameters.at("b"), dragged);
    doc->undoStack()->undo();
    QCOMPARE(doc->study().parameters.at("b"), original);
    QCOMPARE(w.parameterPanel()->parameterRow(1)->value(), original);
}

void TestStudyDocument::netZeroDragLeavesNoStep()
{
    QString error;
    StudyDocument doc;
    QVERIFY(doc.reset(Study::defaultsFor("chialvo"), QString(), error));
    QVERIFY(doc.editParameter(0, 0.5, true, error));
    QVERIFY(doc.editParameter(0, 0.7, true, error));
    QVERIFY(doc.editParameter(0, 0.89, false, error)); // back where the drag started
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.study().parameters.at("a"), 0.89);
}

void TestStudyDocument::settingEditsMergePerField()
{
    QString error;
    StudyDocument doc;
    Study s = Study::defaultsFor("logistic");
    s.analyses.zeroOne = ZeroOneSettings{};
    QVERIFY(doc.reset(s, QString(), error));
    QSignalSpy settings(&doc, &StudyDocument::settingsChanged);
    const auto withCount = [&doc](int c) {
        Study changed = doc.study();
        changed.analyses.zeroOne->cCount = c;
        return changed;
    };
    // Three edits of one field: one step, from the first value to the last.
    QVERIFY(doc.editSetting(withCount(50), QStringLiteral("zero_one.c_count"), QStringLiteral("c"), error));
    QVERIFY(doc.editSetting(withCount(60), QStringLiteral("zero_one.c_count"), QStringLiteral("c"), error));
    QVERIFY(doc.editSetting(withCount(70), QStringLiteral("zero_one.c_count"), QStringLiteral("c"), error));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(settings.count(), 3);
    // Another field is a step of its own, and breaks the run.
    Study seeded = doc.study();
    seeded.analyses.zeroOne->seed = 9;
    QVERIFY(doc.editSetting(seeded, QStringLiteral("zero_one.seed"), QStringLiteral("seed"), error));
    QVERIFY(doc.editSetting(withCount(80), QStringLiteral("zero_one.c_count"), QStringLiteral("c"), error));
    QCOMPARE(doc.undoStack()->count(), 3);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.study().analyses.zeroOne->cCount, 70);
    QCOMPARE(doc.study().analyses.zeroOne->seed, std::uint64_t(1));
    doc.undoStack()->undo();
    QCOMPARE(doc.study().analyses.zeroOne->cCount, 100);
    QVERIFY(!doc.isModified());
    // Edits that return to where they began leave nothing on the stack.
    doc.undoStack()->clear();
    QVERIFY(doc.editSetting(withCount(5), QStringLiteral("zero_one.c_count"), QStringLiteral("c"), error));
    QVERIFY(doc.editSetting(withCount(100), QStringLiteral("zero_one.c_count"), QStringLiteral("c"), error));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
    // Plain study edits never merge.
    QVERIFY(doc.editStudy(withCount(7), QStringLiteral("a"), error));
    QVERIFY(doc.editStudy(withCount(8), QStringLiteral("b"), error));
    QCOMPARE(doc.undoStack()->count(), 2);
}

void TestStudyDocument::invalidValueIsRefused()
{
    QString error;
    StudyDocument doc;
    QVERIFY(doc.reset(Study::defaultsFor("chialvo"), QString(), error));
    QVERIFY(!doc.editParameter(0, std::nan(""), false, error));
    QVERIFY2(error.contains(QLatin1String("a")), qPrintable(error));
    QVERIFY(!doc.editParameter(0, 1e300, false, error));
    QVERIFY2(error.contains(QLatin1String("valid range")), qPrintable(error));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.study().parameters.at("a"), 0.89);
}

void TestStudyDocument::undoThroughTheWindowUpdatesThePanel()
{
    QString error;
    MainWindow w;
    QVERIFY(w.setStudy(Study::defaultsFor("chialvo"), error));
    w.parameterPanel()->parameterRow(2)->spinBox()->setValue(0.3);
    QVERIFY(w.isWindowModified());
    w.document()->undoStack()->undo();
    QCOMPARE(w.parameterPanel()->parameterRow(2)->value(), 0.28);
    QVERIFY(!w.isWindowModified());
}

void TestStudyDocument::saveOpenSaveIsByteIdentical()
{
    QString error;
    QTemporaryDir dir;
    StudyDocument doc;
    Study s = Study::defaultsFor("chialvo");
    s.title = QStringLiteral("Bursting – study ü");
    s.analyses.orbitDiagram->parameter = "b";
    s.analyses.orbitDiagram->from = 0.1;
    s.analyses.orbitDiagram->to = 0.3;
    s.analyses.orbitDiagram->valueMin = -0.5;
    s.analyses.orbitDiagram->valueMax = 4.25;
    s.view.phaseX = 1;
    s.view.phaseY = 0;
    QVERIFY(doc.reset(s, QString(), error));
    QVERIFY(doc.editParameter(1, 0.1875, false, error));
    const QString first = dir.filePath(QStringLiteral("first.json"));
    const QString second = dir.filePath(QStringLiteral("second.json"));
    QVERIFY(doc.save(first, error));
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.filePath(), first);
    const auto loaded = loadStudyFile(first);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    StudyDocument reopened;
    QVERIFY(reopened.reset(loaded.study, first, error));
    QVERIFY(reopened.save(second, error));
    QFile a(first), b(second);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray bytes = a.readAll();
    QCOMPARE(b.readAll(), bytes);
    QVERIFY(bytes.contains("\"orbit_diagram\""));
    QVERIFY(bytes.contains("0.1875"));
}

void TestStudyDocument::autosaveAndRecovery()
{
    QString error;
    QFile::remove(FileController::recoveryFilePath());
    {
        MainWindow w;
        QVERIFY(w.setStudy(Study::defaultsFor("chialvo"), error));
        QVERIFY(!w.files()->autosaveNow()); // nothing unsaved, nothing written
        QVERIFY(!QFile::exists(FileController::recoveryFilePath()));
        w.files()->setAutosaveInterval(30);
        QVERIFY(w.document()->editParameter(1, 0.2, false, error));
        QTRY_VERIFY(QFile::exists(FileController::recoveryFilePath()));
        // The window is destroyed without a clean close, as after a crash.
    }
    {
        MainWindow w;
        ModalCloser yes(QMessageBox::Yes);
        QVERIFY(w.files()->offerRecovery());
        QCOMPARE(yes.count(), 1);
        QCOMPARE(w.study().parameters.at("b"), 0.2);
        QVERIFY(w.document()->isModified());
        QVERIFY(w.files()->autosaveNow());
    }
    // Declining the offer discards the recovery file.
    MainWindow w2;
    ModalCloser no(QMessageBox::No);
    QVERIFY(!w2.files()->offerRecovery());
    QVERIFY(!QFile::exists(FileController::recoveryFilePath()));
    QCOMPARE(w2.study().parameters.at("b"), 0.6);
}

void TestStudyDocument::structuralEditCarriesValuesOver()
{
    QString error;
    // A chain of four nodes (x0 y0 | x1 y1 | x2 y2 | x3 y3) loses its last node.
    StudyDocument doc;
    Study s = Study::defaultsFor("chain", {{"nodes", "chialvo,rulkov,chialvo,chialvo"}});
    s.parameters["sigma_34"] = 0.07;
    s.parameters["b"] = 0.2;
    s.analyses.orbitDiagram->parameter = "sigma_34";
    s.analyses.orbitDiagram->from = 0.0;
    s.analyses.orbitDiagram->to = 0.1;
    s.analyses.lyapunov = LyapunovSettings{};
    s.analyses.lyapunov->along = LyapunovAlongSettings{"sigma_34", 0.0, 0.1, 11, AlongStart::Follow};
    s.view.phaseX = 6;        // x3
    s.view.phaseY = 7;        // y3
    s.initialState[2] = 0.25; // x1
    QVERIFY(doc.reset(s, QString(), error));
    Settings fewer = s.settings;
    fewer["nodes"] = "chialvo,rulkov,chialvo";
    QVERIFY2(doc.editModel("chain", fewer, QStringLiteral("Change nodes"), error), qPrintable(error));
    const Study& t = doc.study();
    QCOMPARE(doc.model().dimension(), 6);
    QCOMPARE(t.parameters.at("b"), 0.2); // the same model keeps its values
    QCOMPARE(t.parameters.count("sigma_34"), std::size_t(0));
    QCOMPARE(t.initialState.size(), std::size_t(6));
    QCOMPARE(t.initialState[2], 0.25);
    // What named the removed node falls back: the diagram sweeps the first parameter over its
    // typical range, the phase portrait shows x0 and y0.
    QCOMPARE(t.analyses.orbitDiagram->parameter, std::string("sigma_12"));
    QCOMPARE(t.analyses.orbitDiagram->from, 0.0);
    QCOMPARE(t.analyses.orbitDiagram->to, 0.0);
    // The Lyapunov spectrum goes along the first parameter over its typical range, as before else.
    const ParameterSpec& first = doc.model().parameterSpecs().front();
    QCOMPARE(t.analyses.lyapunov->along->parameter, first.name);
    QCOMPARE(t.analyses.lyapunov->along->from, first.typicalMinimum);
    QCOMPARE(t.analyses.lyapunov->along->to, first.typicalMaximum);
    QCOMPARE(t.analyses.lyapunov->along->count, 11);
    QCOMPARE(t.analyses.lyapunov->along->start, AlongStart::Follow);
    QCOMPARE(t.view.phaseX, 0);
    QCOMPARE(t.view.phaseY, 1);
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QVERIFY(doc.study() == s);
    QCOMPARE(doc.model().dimension(), 8);
}

void TestStudyDocument::anotherModelStartsFromItsDefaults()
{
    QString error;
    StudyDocument doc;
    Study s = Study::defaultsFor("henon");
    s.title = QStringLiteral("my study");
    QVERIFY(doc.reset(s, QString(), error));
    QVERIFY(doc.editModel("chialvo", {}, QStringLiteral("Change model"), error));
    // Hénon's a and b mean something else in the Chialvo map: not carried over.
    Study expected = Study::defaultsFor("chialvo");
    expected.title = s.title;
    QVERIFY(doc.study() == expected);
    QCOMPARE(doc.study().parameters.at("b"), 0.6);
    // An unknown setting is refused with the engine's message; nothing changes.
    QVERIFY(!doc.editModel("chialvo", {{"N", "3"}}, QStringLiteral("x"), error));
    QVERIFY2(error.contains(QLatin1String("has no setting named 'N'")), qPrintable(error));
    QVERIFY(doc.study() == expected);
    QCOMPARE(doc.undoStack()->count(), 1);
}

void TestStudyDocument::wholeInitialStateEdit()
{
    QString error;
    StudyDocument doc;
    QVERIFY(doc.reset(Study::defaultsFor("chialvo"), QString(), error));
    QVERIFY(!doc.editInitialState({1.0}, QStringLiteral("x"), error));
    QVERIFY2(error.contains(QLatin1String("2")), qPrintable(error));
    QVERIFY(!doc.editInitialState({1.0, std::nan("")}, QStringLiteral("x"), error));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(doc.editInitialState({0.5, 1.5}, QStringLiteral("x"), error));
    QVERIFY(doc.study().initialState == (std::vector<double>{0.5, 1.5}));
    doc.undoStack()->undo();
    QVERIFY(doc.study().initialState == Study::defaultsFor("chialvo").initialState);
}

QTEST_MAIN(TestStudyDocument)
#include "tst_studydocument.moc"
