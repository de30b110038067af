// Linked parameters in the GUI (issue 21.2): defining links is one undo step of the document,
// a link's edit moves its targets in the study and the model, the parameter panel shows the
// link as a row and its targets disabled and following it, and the links dialog refuses an
// invalid table (OK disabled, the engine's message shown) and returns the links it holds.
#include "editors/parameterpanel.h"
#include "editors/valuerow.h"
#include "gui/linksdialog.h"
#include "gui/mainwindow.h"
#include "gui/modelchange.h"
#include "gui/settingsbar.h"
#include "gui/studydocument.h"
#include "study/studyfile.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace nd;

class TestLinksEditing : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void linkEditIsOneUndoStep();
    void removedLinkLeavesNoDanglingReference();
    void panelShowsLinkAndTargets();
    void dialogValidatesTheTable();
};

namespace {
const std::vector<std::string> kCouplings = {"sigma_12", "sigma_21", "sigma_23", "sigma_32"};

std::vector<ParameterLink> sigmaLink()
{
    ParameterLink l{"sigma", {}};
    for (const auto& t : kCouplings)
        l.targets.push_back({t, 1.0, 0.0});
    return {l};
}
} // namespace

void TestLinksEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLinksEditing::linkEditIsOneUndoStep()
{
    QString error;
    StudyDocument doc;
    const Study start = Study::defaultsFor("chain");
    QVERIFY(doc.reset(start, QString(), error));
    const int own = doc.model().parameterCount();
    QVERIFY2(doc.editStudy(studyWithLinks(doc.study(), sigmaLink()), QStringLiteral("links"), error),
             qPrintable(error));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.model().parameterCount(), own + 1);
    QCOMPARE(doc.study().parameters.at("sigma"), 0.01); // from its first target's default
    // Moving the link moves all four couplings, in the model and in the study (what a save writes).
    const int li = doc.model().parameterIndex("sigma");
    QVERIFY(doc.editParameter(li, 0.04, false, error));
    for (const auto& t : kCouplings) {
        QCOMPARE(doc.model().parameter(t), 0.04);
        QCOMPARE(doc.study().parameters.at(t), 0.04);
    }
    const StudyLoadResult reread = studyFromJson(studyToJson(doc.study()));
    QVERIFY(reread.ok && reread.notes.isEmpty());
    QVERIFY(reread.study == doc.study());
    doc.undoStack()->undo(); // the value
    QCOMPARE(doc.study().parameters.at("sigma_23"), 0.01);
    doc.undoStack()->undo(); // the links, in one step
    QVERIFY(doc.study() == start);
    QCOMPARE(doc.model().parameterCount(), own);
    QCOMPARE(doc.model().parameterIndex("sigma"), -1);
    doc.undoStack()->redo();
    QCOMPARE(doc.study().links, sigmaLink());
    QCOMPARE(doc.model().parameterIndex("sigma"), own);
}

void TestLinksEditing::removedLinkLeavesNoDanglingReference()
{
    // Analyses over sigma, then the link removed: each falls back to the model's parameters
    // (the first one, or the first other than the second axis), never to a name the model lacks.
    Study s = studyWithLinks(Study::defaultsFor("chain"), sigmaLink());
    s.analyses.orbitDiagram->parameter = "sigma";
    s.analyses.parameterScan.emplace();
    s.analyses.parameterScan->x = {"sigma", 0.0, 0.05, 5};
    s.analyses.parameterScan->y = ScanAxisSettings{"sigma_12", 0.0, 0.05, 4};
    s.analyses.continuation.emplace();
    s.analyses.continuation->parameter = "sigma";
    s.analyses.continuation->startValue = 0.02;
    const Study without = studyWithLinks(s, {});
    QVERIFY(without.links.empty());
    QVERIFY(!without.parameters.count("sigma"));
    QCOMPARE(without.parameters.at("sigma_12"), 0.01); // the targets keep their values
    QCOMPARE(without.analyses.orbitDiagram->parameter, std::string("sigma_12"));
    QCOMPARE(without.analyses.parameterScan->x.parameter, std::string("sigma_21")); // not y's sigma_12
    QCOMPARE(without.analyses.parameterScan->y->parameter, std::string("sigma_12"));
    QCOMPARE(without.analyses.continuation->parameter, std::string("sigma_12"));
    QVERIFY(!without.analyses.continuation->startValue);
    // The result is a study the file format takes back unchanged.
    const StudyLoadResult reread = studyFromJson(studyToJson(without));
    QVERIFY2(reread.ok, qPrintable(reread.error));
    QVERIFY(reread.study == without);
}

void TestLinksEditing::panelShowsLinkAndTargets()
{
    auto model = Study::defaultsFor("chain").createModel();
    model->setLinks(sigmaLink());
    ParameterPanel panel;
    panel.setModel(*model, model->defaultInitialState());
    const int li = model->parameterIndex("sigma");
    QCOMPARE(panel.parameterRowCount(), model->parameterCount());
    QVERIFY(panel.parameterRow(li)->isEnabled());
    const QString linkTip = panel.parameterRow(li)->spinBox()->toolTip();
    QVERIFY2(linkTip.contains("sets sigma_12 = sigma, sigma_21 = sigma, sigma_23 = sigma, sigma_32 = sigma"),
             qPrintable(linkTip));
    for (const auto& t : kCouplings) {
        ValueRow* row = panel.parameterRow(model->parameterIndex(t));
        QVERIFY(!row->isEnabled());
        QVERIFY2(row->spinBox()->toolTip().contains("Set by the linked parameter sigma"),
                 qPrintable(row->spinBox()->toolTip()));
    }
    QVERIFY(panel.parameterRow(model->parameterIndex("a"))->isEnabled());
    // The orbit-diagram, scan and continuation choosers offer the link with the parameters.
    QVERIFY(SettingsBar::parameterNames(*model).contains("sigma"));
    // The user moves the link's row: the targets' rows follow at once.
    panel.parameterRow(li)->spinBox()->setValue(0.05);
    for (const auto& t : kCouplings)
        QCOMPARE(panel.parameterRow(model->parameterIndex(t))->value(), 0.05);
}

void TestLinksEditing::dialogValidatesTheTable()
{
    auto model = Study::defaultsFor("chain").createModel();
    model->setLinks(sigmaLink());
    LinksDialog dialog(*model);
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QCOMPARE(dialog.table()->rowCount(), 4); // one row per target
    QCOMPARE(dialog.links(), sigmaLink());
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.problem().isEmpty());
    // A target no parameter has: refused with the engine's message, OK disabled.
    dialog.addRow("sigma", "sigma_13", 1.0, 0.0);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(dialog.problem().contains("sigma_13"), qPrintable(dialog.problem()));
    // Zero scale, then a scale that is not a number.
    dialog.table()->item(4, 1)->setText("a");
    QVERIFY(ok->isEnabled());
    dialog.table()->item(4, 2)->setText("0");
    QVERIFY(!ok->isEnabled());
    dialog.table()->item(4, 2)->setText("x");
    QVERIFY2(dialog.problem().contains("Row 5"), qPrintable(dialog.problem()));
    dialog.table()->item(4, 2)->setText("2");
    dialog.table()->item(4, 3)->setText("0.5");
    QVERIFY(ok->isEnabled());
    const auto links = dialog.links();
    QCOMPARE(links.size(), std::size_t{1});
    QCOMPARE(links[0].targets.size(), std::size_t{5});
    QCOMPARE(links[0].targets[4].name, std::string("a"));
    QCOMPARE(links[0].targets[4].scale, 2.0);
    QCOMPARE(links[0].targets[4].offset, 0.5);
    // A cycle through a second link.
    dialog.addRow("q", "sigma", 1.0, 0.0);
    dialog.addRow("sigma", "q", 1.0, 0.0);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(dialog.problem().contains("cycle"), qPrintable(dialog.problem()));
}

QTEST_MAIN(TestLinksEditing)
#include "tst_linksediting.moc"
