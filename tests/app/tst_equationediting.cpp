// The equation editor of typed models (issue 18) in the main window: an error is shown at its
// line and column while typing (after the pause) and the study stays as it was; a text that
// compiles becomes the model as one undoable step (parameter panel and views follow); Ctrl+Z
// first drops unapplied typing, then restores the previous text and parameter values; bad
// text never loses the study; File > New Typed Model starts from the Chialvo map, typed.
#include "editors/equationeditor.h"
#include "editors/modeleditor.h"
#include "editors/modeltexts.h"
#include "editors/parameterpanel.h"
#include "editors/valuerow.h"
#include "equations/modelsource.h"
#include "gui/filecontroller.h"
#include "gui/mainwindow.h"
#include "gui/modelchange.h"
#include "gui/studydocument.h"
#include "model/registry.h"
#include "study/studyfile.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

#include <cmath>
#include <random>
#include <set>

using namespace nd;

class TestEquationEditing : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void newTypedModelIsTheChialvoMap();
    void errorShownAtItsPlaceWhileTyping();
    void validTextBecomesTheModelAndUndoRestores();
    void sliderValuesSurviveOtherEdits();
    void badTextNeverLosesTheStudy();
    void ctrlZDropsTypingThenUndoesTheStudy();
    void otherModelsHideTheEditor();
    void refusedTextStaysUnapplied();

private:
    QTemporaryDir m_settings;
};

namespace {

EquationEditor* editor(const MainWindow& w)
{
    return w.modelEditor()->equationEditor();
}

// Replaces the editor's text as typing would (textChanged, then the pause).
void type(const MainWindow& w, const QString& text)
{
    editor(w)->textEdit()->setPlainText(text);
}

std::set<QString> panelParameters(const MainWindow& w)
{
    std::set<QString> names;
    for (int i = 0; i < w.parameterPanel()->parameterRowCount(); ++i)
        names.insert(w.parameterPanel()->parameterRow(i)->label()->text());
    return names;
}

Study typedChialvo()
{
    return Study::defaultsFor("equations", {{"definition", typedModelTemplate()}});
}

QString canonical(const QString& text)
{
    return QString::fromStdString(eq::formatModelText(eq::parseModelText(text.toStdString())));
}

} // namespace

void TestEquationEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

void TestEquationEditing::newTypedModelIsTheChialvoMap()
{
    MainWindow w;
    auto* action = w.findChild<QAction*>(QStringLiteral("newTypedModelAction"));
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    action->trigger();
    QCOMPARE(w.study().modelType, std::string("equations"));
    QVERIFY(w.modelEditor()->equationsGroup()->isVisibleTo(w.modelEditor()));
    QCOMPARE(editor(w)->text(), QString::fromStdString(w.study().settings.at("definition")));
    QCOMPARE(panelParameters(w), (std::set<QString>{"a", "b", "c", "k0"}));
    // The same map as the built-in Chialvo map (independent implementation) at random states.
    const auto typed = w.study().createModel();
    auto builtin = createModel("chialvo");
    for (const char* p : {"a", "b", "c", "k0"}) {
        QCOMPARE(typed->parameter(p), builtin->parameter(p));
        const auto& spec = typed->parameterSpecs()[static_cast<std::size_t>(typed->parameterIndex(p))];
        const auto& ref = builtin->parameterSpecs()[static_cast<std::size_t>(builtin->parameterIndex(p))];
        QCOMPARE(spec.minimum, ref.minimum);
        QCOMPARE(spec.maximum, ref.maximum);
        QCOMPARE(spec.typicalMinimum, ref.typicalMinimum);
        QCOMPARE(spec.typicalMaximum, ref.typicalMaximum);
    }
    std::mt19937_64 rng(3);
    std::uniform_real_distribution<double> u(-1.0, 2.0);
    for (int i = 0; i < 100; ++i) {
        const double x[2] = {u(rng), u(rng)};
        double a[2], b[2];
        typed->evaluate(x, a);
        builtin->evaluate(x, b);
        QVERIFY(std::abs(a[0] - b[0]) <= 1e-14 * std::max(1.0, std::abs(b[0])));
        QVERIFY(std::abs(a[1] - b[1]) <= 1e-14 * std::max(1.0, std::abs(b[1])));
    }
    QVERIFY(w.waitUntilIdle());
}

void TestEquationEditing::errorShownAtItsPlaceWhileTyping()
{
    QString error;
    MainWindow w;
    QVERIFY(w.setStudy(typedChialvo(), error));
    const Study before = w.study();
    QString text = editor(w)->text();
    // An unknown name in the last equation: the error is at that name's line and column.
    const QStringList lines = text.split(QLatin1Char('\n'));
    int line = -1;
    for (int i = 0; i < lines.size(); ++i)
        if (lines[i].startsWith(QLatin1String("y'")))
            line = i;
    QVERIFY(line >= 0);
    QString bad = lines[line] + QStringLiteral(" + qq");
    const int column = static_cast<int>(bad.indexOf(QLatin1String("qq"))) + 1;
    QStringList edited = lines;
    edited[line] = bad;
    type(w, edited.join(QLatin1Char('\n')));
    // Nothing yet: the check waits for the pause after the last key.
    QCOMPARE(editor(w)->errorLine(), 0);
    QTRY_COMPARE(editor(w)->errorLine(), line + 1);
    QCOMPARE(editor(w)->errorColumn(), column);
    const QString message = editor(w)->messageLine()->text();
    QVERIFY2(message.startsWith(QStringLiteral("Line %1, column %2: ").arg(line + 1).arg(column)),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("qq")), qPrintable(message));
    // Underlined: the mark starts at the error's character.
    const auto marks = editor(w)->textEdit()->extraSelections();
    QCOMPARE(marks.size(), 1);
    const QTextBlock block = editor(w)->textEdit()->document()->findBlockByNumber(line);
    QCOMPARE(marks.front().cursor.selectionStart(), block.position() + column - 1);
    QCOMPARE(marks.front().cursor.selectedText(), QStringLiteral("q"));
    QCOMPARE(marks.front().format.underlineStyle(), QTextCharFormat::WaveUnderline);
    // The study is untouched and nothing is on the undo stack.
    QVERIFY(w.study() == before);
    QCOMPARE(w.document()->undoStack()->count(), 0);
    QVERIFY(editor(w)->hasPendingEdits());

    // A syntax error in the first line is found there too.
    edited = lines;
    edited[0] = QStringLiteral("map )");
    type(w, edited.join(QLatin1Char('\n')));
    QVERIFY(!editor(w)->checkNow());
    QCOMPARE(editor(w)->errorLine(), 1);
    QCOMPARE(editor(w)->errorColumn(), 5);
}

void TestEquationEditing::validTextBecomesTheModelAndUndoRestores()
{
    QString error;
    MainWindow w;
    QVERIFY(w.setStudy(typedChialvo(), error));
    const Study before = w.study();
    const QString original = editor(w)->text();
    // A new parameter d and another value of a, with a comment the editor keeps.
    QString text = original;
    text.replace(QLatin1String("par a = 0.89"), QLatin1String("par a = 0.5"));
    text.replace(QLatin1String("y' = a*y - b*x + c"), QLatin1String("y' = a*y - b*x + c + d"));
    text.prepend(QStringLiteral("# my variant\n"));
    text += QStringLiteral("par d = 0.125 in [0, 1]\n");
    QVERIFY(text != original);
    type(w, text);
    QTRY_COMPARE(w.document()->undoStack()->count(), 1);
    QCOMPARE(w.study().settings.at("definition"), canonical(text).toStdString());
    QCOMPARE(w.study().parameters.at("a"), 0.5);
    QCOMPARE(w.study().parameters.at("d"), 0.125);
    QCOMPARE(panelParameters(w), (std::set<QString>{"a", "b", "c", "d", "k0"}));
    QCOMPARE(editor(w)->text(), text); // the user's text with its comment stays
    QVERIFY(!editor(w)->hasPendingEdits());
    QVERIFY(editor(w)->messageLine()->styleSheet().isEmpty());
    // The model in use is the edited one: y' = a y - b x + c + d at a hand-computed state.
    const double x[2] = {0.5, 2.0};
    double out[2];
    w.document()->model().evaluate(x, out);
    QCOMPARE(out[1], 0.5 * 2.0 - 0.6 * 0.5 + 0.28 + 0.125);
    QVERIFY(w.isWindowModified());
    QVERIFY(w.waitUntilIdle());

    // Undo: the previous text and parameter values, exactly.
    w.document()->undoStack()->undo();
    QVERIFY(w.study() == before);
    QCOMPARE(editor(w)->text(), original);
    QCOMPARE(panelParameters(w), (std::set<QString>{"a", "b", "c", "k0"}));
    QVERIFY(!w.isWindowModified());
    w.document()->undoStack()->redo();
    QCOMPARE(w.study().parameters.at("d"), 0.125);
    QCOMPARE(editor(w)->text(), canonical(text));
    QVERIFY(w.waitUntilIdle());
}

void TestEquationEditing::sliderValuesSurviveOtherEdits()
{
    QString error;
    MainWindow w;
    QVERIFY(w.setStudy(typedChialvo(), error));
    const int b = w.document()->model().parameterIndex("b");
    QVERIFY(w.document()->editParameter(b, 0.25, false, error));
    // Another equation, b's line unchanged: b keeps the slider's value (the study's).
    QString text = editor(w)->text();
    text.replace(QLatin1String("+ k0"), QLatin1String("+ 2*k0"));
    type(w, text);
    QVERIFY(editor(w)->checkNow());
    QCOMPARE(w.document()->undoStack()->count(), 2);
    QCOMPARE(w.study().parameters.at("b"), 0.25);
    // b's value typed anew: the typed value is the one meant.
    text.replace(QLatin1String("par b = 0.6"), QLatin1String("par b = 0.75"));
    type(w, text);
    QVERIFY(editor(w)->checkNow());
    QCOMPARE(w.study().parameters.at("b"), 0.75);
}

void TestEquationEditing::badTextNeverLosesTheStudy()
{
    QString error;
    MainWindow w;
    QVERIFY(w.setStudy(typedChialvo(), error));
    const Study before = w.study();
    const QByteArray saved = studyToJson(before);
    const char* bad[] = {"",         "map\nvar x = 1\n",    "x' = (", "par a = 2 in [0, 1]\n",
                         "\x01\x02", "map\nvar x\nx' = x +"};
    for (const char* t : bad) {
        type(w, QString::fromUtf8(t));
        QVERIFY2(!editor(w)->checkNow(), t);
        QVERIFY(!editor(w)->messageLine()->text().isEmpty());
        QVERIFY(w.study() == before);
        QCOMPARE(studyToJson(w.study()), saved);
    }
    QCOMPARE(w.document()->undoStack()->count(), 0);
    QVERIFY(!w.isWindowModified());
    // Opening a study (here the same model again) shows its text, not the bad typing.
    QVERIFY(w.setStudy(before, error));
    QCOMPARE(editor(w)->text(), QString::fromStdString(before.settings.at("definition")));
    QVERIFY(!editor(w)->hasPendingEdits());
    QVERIFY(editor(w)->messageLine()->styleSheet().isEmpty());
}

void TestEquationEditing::ctrlZDropsTypingThenUndoesTheStudy()
{
    QString error;
    MainWindow w;
    QVERIFY(w.setStudy(typedChialvo(), error));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    const Study before = w.study();
    const QString original = editor(w)->text();
    QPlainTextEdit* edit = editor(w)->textEdit();
    edit->setFocus();
    // One applied edit, then unapplied typing.
    QString text = original;
    text.replace(QLatin1String("par c = 0.28"), QLatin1String("par c = 0.3"));
    type(w, text);
    QVERIFY(editor(w)->checkNow());
    QCOMPARE(w.document()->undoStack()->count(), 1);
    const Study applied = w.study();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, QStringLiteral("x' = oops"));
    QVERIFY(editor(w)->hasPendingEdits());
    // First Ctrl+Z: the typing goes, the study stays.
    QTest::keySequence(edit, QKeySequence::Undo);
    QCOMPARE(editor(w)->text(), text);
    QVERIFY(w.study() == applied);
    QVERIFY(!editor(w)->hasPendingEdits());
    // Second: the study's undo, the previous text and c's value.
    QTest::keySequence(edit, QKeySequence::Undo);
    QVERIFY(w.study() == before);
    QCOMPARE(editor(w)->text(), original);
    // Redo with the focus in the editor is the study's too.
    QTest::keySequence(edit, QKeySequence(Qt::CTRL | Qt::Key_Y));
    QVERIFY(w.study() == applied);
    // Ctrl+Return applies at once.
    QString next = editor(w)->text();
    next.replace(QLatin1String("par c = 0.3"), QLatin1String("par c = 0.35"));
    type(w, next);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(w.study().parameters.at("c"), 0.35);
}

void TestEquationEditing::otherModelsHideTheEditor()
{
    QString error;
    MainWindow w;
    QVERIFY(w.setStudy(Study::defaultsFor("chialvo"), error));
    QVERIFY(!w.modelEditor()->equationsGroup()->isVisibleTo(w.modelEditor()));
    QVERIFY(w.setStudy(typedChialvo(), error));
    QVERIFY(w.modelEditor()->equationsGroup()->isVisibleTo(w.modelEditor()));
    // The definition is not offered as a one-line structural setting as well.
    QVERIFY(w.study().settings.count("definition"));
    QVERIFY(w.setStudy(Study::defaultsFor("logistic"), error));
    QVERIFY(!w.modelEditor()->equationsGroup()->isVisibleTo(w.modelEditor()));
    // The family "Your own models" in the model dock starts from the template too, one undo step.
    const Study logistic = w.study();
    QComboBox* family = w.modelEditor()->familyBox();
    family->setCurrentIndex(family->findData(static_cast<int>(ModelFamily::TypedModels)));
    QCOMPARE(w.study().modelType, std::string("equations"));
    QCOMPARE(w.study().settings.at("definition"),
             canonical(QString::fromStdString(typedModelTemplate())).toStdString());
    QVERIFY(w.modelEditor()->equationsGroup()->isVisibleTo(w.modelEditor()));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    w.document()->undoStack()->undo();
    QVERIFY(w.study() == logistic);
    QVERIFY(!w.modelEditor()->equationsGroup()->isVisibleTo(w.modelEditor()));
}

void TestEquationEditing::refusedTextStaysUnapplied()
{
    // The study may refuse a text that parses (a backend that cannot compile it): the text
    // stays with the message, counts as unapplied, and going back gives the model in use.
    EquationEditor e;
    const QString inUse = canonical(QString::fromStdString(typedModelTemplate()));
    e.setDefinition(inUse);
    QString offered;
    connect(&e, &EquationEditor::definitionEdited, this, [&offered](const QString& t) { offered = t; });
    QString text = inUse;
    text.replace(QLatin1String("par c = 0.28"), QLatin1String("par c = 0.3"));
    e.textEdit()->setPlainText(text);
    QVERIFY(e.checkNow());
    QCOMPARE(offered, canonical(text));
    e.refuse(QStringLiteral("cannot compile"), inUse);
    QCOMPARE(e.text(), text);
    QVERIFY(e.hasPendingEdits());
    QCOMPARE(e.messageLine()->text(), QStringLiteral("cannot compile"));
    e.setDefinition(inUse); // the document shows what it holds: the user's text stays
    QCOMPARE(e.text(), text);
    e.revert();
    QCOMPARE(e.text(), inUse);
    QVERIFY(!e.hasPendingEdits());
    // Offered again, the same text is offered again (the study did not take it).
    offered.clear();
    e.textEdit()->setPlainText(text);
    QVERIFY(e.checkNow());
    QCOMPARE(offered, canonical(text));
}

QTEST_MAIN(TestEquationEditing)
#include "tst_equationediting.moc"
