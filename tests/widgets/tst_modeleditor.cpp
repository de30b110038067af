// The model editor's widgets on their own: fields built from the engine's setting specs, user
// edits signalled once and programmatic updates never, messages shown under the right field,
// the chain's node list, the node layout of network states, the seeded random start, and the
// number texts written into settings.
#include "editors/initialstateeditor.h"
#include "editors/modeleditor.h"
#include "editors/nodelistedit.h"
#include "editors/nodeoverrideseditor.h"
#include "editors/numbertext.h"
#include "editors/settingsform.h"
#include "model/randomstate.h"
#include "model/registry.h"

#include <QApplication>
#include <QComboBox>
#include <QFocusEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace nd;

class TestModelEditor : public QObject {
    Q_OBJECT
private slots:
    void fieldsFollowTheSettingSpecs();
    void userEditsSignalOnceProgrammaticNever();
    void messagesGoUnderTheirField();
    void familyChoiceChoosesItsFirstModel();
    void nodeListEdit();
    void nodeBlocksOfNetworks();
    void randomStateIsSeeded();
    void numberTexts();
    void triadicNoteFollowsTheForm();
    void typedNodeDefinitionIsATextBox();
};

void TestModelEditor::fieldsFollowTheSettingSpecs()
{
    ModelEditor editor;
    const auto ring = createModel("ring-star");
    editor.setModel(*ring, ring->defaultInitialState());
    SettingsForm* form = editor.settingsForm();
    QCOMPARE(form->fieldCount(), static_cast<int>(ring->settingSpecs().size()));
    QVERIFY(qobject_cast<QSpinBox*>(form->field("N")));
    QCOMPARE(qobject_cast<QSpinBox*>(form->field("N"))->value(), 10);
    auto* triangles = qobject_cast<QComboBox*>(form->field("triangles"));
    QVERIFY(triangles);
    QCOMPARE(triangles->count(), 4); // none, hub, ring, all
    QCOMPARE(triangles->currentData().toString(), QStringLiteral("all"));
    QVERIFY(!form->field("N")->toolTip().isEmpty());
    QVERIFY(!editor.overridesGroup()->isHidden());
    QCOMPARE(editor.modelBox()->currentData().toString(), QStringLiteral("ring-star"));

    const auto chain = createModel("chain");
    editor.setModel(*chain, chain->defaultInitialState());
    QVERIFY(qobject_cast<NodeListEdit*>(editor.settingsForm()->field("nodes")));
    QVERIFY(!editor.settingsForm()->field("N"));

    // A single map has no structure and no nodes to override.
    const auto chialvo = createModel("chialvo");
    editor.setModel(*chialvo, chialvo->defaultInitialState());
    QCOMPARE(editor.settingsForm()->fieldCount(), 0);
    QVERIFY(editor.overridesGroup()->isHidden());
    QCOMPARE(editor.familyBox()->currentText(), QStringLiteral("Neuron maps"));
}

void TestModelEditor::userEditsSignalOnceProgrammaticNever()
{
    ModelEditor editor;
    QSignalSpy edited(&editor, &ModelEditor::settingEdited);
    QSignalSpy chosen(&editor, &ModelEditor::modelTypeChosen);
    const auto k = createModel("kuramoto");
    editor.setModel(*k, k->defaultInitialState());
    QCOMPARE(edited.count(), 0);
    QCOMPARE(chosen.count(), 0);
    auto* topology = qobject_cast<QComboBox*>(editor.settingsForm()->field("topology"));
    topology->setCurrentIndex(topology->findData(QStringLiteral("ring")));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(0).toString(), QStringLiteral("topology"));
    QCOMPARE(edited.at(0).at(1).toString(), QStringLiteral("ring"));
    // Showing other values of the same model updates the fields in place, silently.
    QWidget* n = editor.settingsForm()->field("N");
    const auto k50 = createModel("kuramoto", {{"N", "50"}});
    editor.setModel(*k50, k50->defaultInitialState());
    QCOMPARE(editor.settingsForm()->field("N"), n);
    QCOMPARE(qobject_cast<QSpinBox*>(n)->value(), 50);
    QCOMPARE(edited.count(), 1);
}

void TestModelEditor::messagesGoUnderTheirField()
{
    ModelEditor editor;
    const auto ring = createModel("ring-star");
    editor.setModel(*ring, ring->defaultInitialState());
    editor.showError(QStringLiteral("R"), QStringLiteral("R is wrong"));
    QCOMPARE(editor.settingsForm()->errorLabel("R")->text(), QStringLiteral("R is wrong"));
    QVERIFY(!editor.settingsForm()->errorLabel("R")->isHidden());
    QVERIFY(editor.settingsForm()->errorLabel("N")->isHidden());
    editor.showError(QStringLiteral("node2.b"), QStringLiteral("override refused"));
    QCOMPARE(editor.overridesEditor()->errorLabel()->text(), QStringLiteral("override refused"));
    editor.showError(QStringLiteral("initial"), QStringLiteral("bad state"));
    QCOMPARE(editor.initialStateEditor()->errorLabel()->text(), QStringLiteral("bad state"));
    editor.setModel(*ring, ring->defaultInitialState()); // what the study holds now: no messages
    QVERIFY(editor.settingsForm()->errorLabel("R")->isHidden());
    QVERIFY(editor.overridesEditor()->errorLabel()->isHidden());
    QVERIFY(editor.initialStateEditor()->errorLabel()->isHidden());
}

void TestModelEditor::familyChoiceChoosesItsFirstModel()
{
    ModelEditor editor;
    const auto chialvo = createModel("chialvo");
    editor.setModel(*chialvo, chialvo->defaultInitialState());
    QSignalSpy chosen(&editor, &ModelEditor::modelTypeChosen);
    QComboBox* families = editor.familyBox();
    families->setCurrentIndex(families->findText(QStringLiteral("Networks of neuron maps")));
    QCOMPARE(chosen.count(), 1);
    const QString first = chosen.at(0).at(0).toString();
    QVERIFY2(first == QLatin1String("chain") || first.startsWith(QLatin1String("ring-star")),
             qPrintable(first));
    QCOMPARE(editor.modelBox()->count(), 3); // chain, ring-star, ring-star-k4
    editor.modelBox()->setCurrentIndex(editor.modelBox()->findData(QStringLiteral("ring-star-k4")));
    QCOMPARE(chosen.count(), 2);
    QCOMPARE(chosen.at(1).at(0).toString(), QStringLiteral("ring-star-k4"));
}

void TestModelEditor::nodeListEdit()
{
    NodeListEdit list;
    QSignalSpy edited(&list, &NodeListEdit::edited);
    list.setValue(QStringLiteral("chialvo, rulkov"));
    QCOMPARE(edited.count(), 0);
    QCOMPARE(list.nodeCount(), 2);
    QCOMPARE(list.value(), QStringLiteral("chialvo,rulkov"));
    QVERIFY(!list.removeButton()->isEnabled()); // a chain has at least two nodes
    list.addButton()->click();
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(0).toString(), QStringLiteral("chialvo,rulkov,rulkov"));
    QVERIFY(list.removeButton()->isEnabled());
    list.nodeCombo(0)->setCurrentIndex(list.nodeCombo(0)->findData(QStringLiteral("memristive-chialvo")));
    QCOMPARE(edited.last().at(0).toString(), QStringLiteral("memristive-chialvo,rulkov,rulkov"));
    list.removeButton()->click();
    QCOMPARE(edited.last().at(0).toString(), QStringLiteral("memristive-chialvo,rulkov"));
}

void TestModelEditor::nodeBlocksOfNetworks()
{
    // chialvo (x, y), memristive Chialvo (x, y, phi), rulkov (x, y).
    const auto chain = createModel("chain", {{"nodes", "chialvo,memristive-chialvo,rulkov"}});
    const auto blocks = nodeBlocks(*chain);
    QCOMPARE(blocks.size(), std::size_t(3));
    QCOMPARE(blocks[1].offset, 2);
    QCOMPARE(blocks[1].size, 3);
    QCOMPARE(blocks[2].offset, 5);
    QVERIFY(blocks[0].kind != blocks[1].kind && blocks[0].kind != blocks[2].kind);
    const auto akorn = createModel("akorn", {{"N", "3"}, {"n", "4"}});
    const auto units = nodeBlocks(*akorn);
    QCOMPARE(units.size(), std::size_t(3));
    QCOMPARE(units[2].offset, 8);
    QCOMPARE(units[2].size, 4);
    QCOMPARE(nodeBlocks(*createModel("kuramoto", {{"N", "7"}})).size(), std::size_t(7));
    QVERIFY(nodeBlocks(*createModel("henon")).empty());
}

void TestModelEditor::randomStateIsSeeded()
{
    const auto a = randomState(1000, 3, -2.0, 5.0);
    QVERIFY(a == randomState(1000, 3, -2.0, 5.0));
    QVERIFY(a != randomState(1000, 4, -2.0, 5.0));
    double lo = 1e9, hi = -1e9, sum = 0.0;
    for (double v : a) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        sum += v;
    }
    QVERIFY(lo >= -2.0 && hi < 5.0);
    // 1000 uniform values on [-2, 5): mean 1.5, standard error 7/sqrt(12000) ~ 0.064.
    QVERIFY2(std::fabs(sum / 1000 - 1.5) < 0.3, qPrintable(QString::number(sum / 1000)));
    QVERIFY(lo < -1.9 && hi > 4.9);
}

void TestModelEditor::numberTexts()
{
    QCOMPARE(numberText(0.2), QStringLiteral("0.2"));
    QCOMPARE(numberText(-1.5), QStringLiteral("-1.5"));
    QCOMPARE(numberText(3.0), QStringLiteral("3"));
    QCOMPARE(numberText(0.1 + 0.2).toDouble(), 0.1 + 0.2); // shortest text that reads back exactly
    const auto list = parseNumberList(QStringLiteral(" 1, 2.5;-3  4e-2 "));
    QVERIFY(list);
    QVERIFY(*list == (std::vector<double>{1.0, 2.5, -3.0, 0.04}));
    QString bad;
    QVERIFY(!parseNumberList(QStringLiteral("1, x, 3"), &bad));
    QCOMPARE(bad, QStringLiteral("x"));
    QVERIFY(!parseNumber(QStringLiteral("inf")));
    QVERIFY(!parseNumber(QStringLiteral("nan")));
    QCOMPARE(numberListText({0.5, -2.0}), QStringLiteral("0.5, -2"));
}

// Issue 21.6: a note under the triadic settings says when the linear form makes the triadic
// term pairwise coupling in disguise (tst_mapnetworks proves the identity); not otherwise.
void TestModelEditor::triadicNoteFollowsTheForm()
{
    ModelEditor editor;
    editor.show();
    const auto shown = [&](const Settings& settings) {
        const auto model = createModel("ring-star-k4", settings);
        editor.setModel(*model, model->defaultInitialState());
        QCoreApplication::processEvents(); // a rebuilt form's fields are shown by a queued call
        QLabel* note = editor.settingsForm()->triadicNote();
        return note && note->isVisibleTo(&editor) &&
               note->text().contains(QStringLiteral("sigma1 + 2 sigma2"));
    };
    QVERIFY(shown({{"form", "linear"}}));
    QVERIFY(!shown({{"form", "product"}}));
    QVERIFY(!shown({{"form", "cubic"}}));
    QVERIFY(shown({{"form", "linear"}}));
    const auto chialvo = createModel("chialvo");
    editor.setModel(*chialvo, chialvo->defaultInitialState());
    QVERIFY(!editor.settingsForm()->triadicNote()); // no triangles, no note
}

void TestModelEditor::typedNodeDefinitionIsATextBox()
{
    // A typed node's map is several lines: a text box whose text is taken, as a line edit's,
    // when the focus leaves it after a change, and never when the study shows it.
    const std::string def = "map\nvar x = 0.5, y = 2\npar a = 0.89, b = 0.6, c = 0.28, k0 = 0.03\n"
                            "x' = x*x*exp(y - x) + k0\ny' = a*y - b*x + c\n";
    const auto ring = createModel("ring-star", {{"node", "typed"}, {"node-definition", def}});
    SettingsForm form;
    QSignalSpy edited(&form, &SettingsForm::settingEdited);
    form.setSettings("ring-star", ring->settingSpecs(), ring->settings());
    auto* text = qobject_cast<QPlainTextEdit*>(form.field("node-definition"));
    QVERIFY(text);
    QCOMPARE(text->toPlainText().toStdString(), def);
    QVERIFY(qobject_cast<QLineEdit*>(form.field("node-coupling")));
    QFocusEvent out(QEvent::FocusOut);
    QApplication::sendEvent(text, &out);
    QCOMPARE(edited.count(), 0); // no change, no edit
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral("# a comment"));
    QApplication::sendEvent(text, &out);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(0).toString(), QStringLiteral("node-definition"));
    QCOMPARE(edited.at(0).at(1).toString(), QString::fromStdString(def) + QStringLiteral("# a comment"));
    QApplication::sendEvent(text, &out);
    QCOMPARE(edited.count(), 1);
}

QTEST_MAIN(TestModelEditor)
#include "tst_modeleditor.moc"
