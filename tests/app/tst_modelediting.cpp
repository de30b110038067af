// The model editor in the main window: choosing a model, structural settings, per-node
// overrides and initial conditions each become one undoable edit that rebuilds the model and
// the parameter panel and recomputes the views; undo restores the exact previous study; a
// setting the engine refuses shows the engine's message next to its field and leaves the
// study as it was.
#include "editors/initialstateeditor.h"
#include "editors/modeleditor.h"
#include "editors/nodelistedit.h"
#include "editors/nodeoverrideseditor.h"
#include "editors/parameterpanel.h"
#include "editors/settingsform.h"
#include "editors/valuerow.h"
#include "gui/analysisdocks.h"
#include "gui/continuationtask.h"
#include "gui/filecontroller.h"
#include "gui/mainwindow.h"
#include "gui/studydocument.h"
#include "model/registry.h"
#include "network/presetnetwork.h"
#include "plots/continuationview.h"
#include "plots/spacetimeview.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <qwt_interval.h>
#include <qwt_plot.h>
#include <random>
#include <set>

using namespace nd;

class TestModelEditing : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void ringStarNodeCountChangesDimensionAndPanel();
    void chainNodeMapsAddParameters();
    void refusedSettingShowsMessageAndKeepsStudy();
    void nodeOverridesAreUndoable();
    void staleOverridesGoWithTheStructure();
    void initialConditions();
    void choosingAFlowModelDoesNotCrash();
    void openingAStudyStartsTheEditorsAfresh();
    void curvesPlotForgetsTheLastStudysAxes();

private:
    QTemporaryDir m_settings;
};

namespace {
SettingsForm* form(const MainWindow& w)
{
    return w.modelEditor()->settingsForm();
}

std::set<QString> panelParameters(const MainWindow& w)
{
    std::set<QString> names;
    for (int i = 0; i < w.parameterPanel()->parameterRowCount(); ++i)
        names.insert(w.parameterPanel()->parameterRow(i)->label()->text());
    return names;
}

const PresetNetwork& network(const MainWindow& w)
{
    return dynamic_cast<const PresetNetwork&>(w.document()->model());
}
} // namespace

void TestModelEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

void TestModelEditing::ringStarNodeCountChangesDimensionAndPanel()
{
    QString error;
    MainWindow w;
    const Study original = Study::defaultsFor("ring-star"); // N = 10: the hub and 9 ring nodes
    QVERIFY(w.setStudy(original, error));
    QCOMPARE(w.document()->model().dimension(), 20);
    QCOMPARE(w.parameterPanel()->initialRowCount(), 20);
    auto* n = qobject_cast<QSpinBox*>(form(w)->field("N"));
    QVERIFY(n);
    QCOMPARE(n->value(), 10);

    n->setValue(12);
    QCOMPARE(w.study().settings.at("N"), std::string("12"));
    QCOMPARE(w.document()->model().dimension(), 24);
    QCOMPARE(w.parameterPanel()->initialRowCount(), 24);
    QCOMPARE(w.parameterPanel()->initialRow(23)->label()->text(), QStringLiteral("y11₀"));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    // Nodes 0..9 keep their initial values; nodes 10 and 11 start from the model's defaults.
    const auto defaults = createModel("ring-star", {{"N", "12"}})->defaultInitialState();
    for (std::size_t i = 0; i < 24; ++i)
        QCOMPARE(w.study().initialState[i], i < 20 ? original.initialState[i] : defaults[i]);
    QVERIFY(w.waitUntilIdle());
    QCOMPARE(w.spaceTime()->nodeCount(), 12);

    w.document()->undoStack()->undo();
    QVERIFY(w.study() == original);
    QCOMPARE(w.document()->model().dimension(), 20);
    QCOMPARE(w.parameterPanel()->initialRowCount(), 20);
    QCOMPARE(n->value(), 10);
    QVERIFY(!w.isWindowModified());
    QVERIFY(w.waitUntilIdle());
    QCOMPARE(w.spaceTime()->nodeCount(), 10);
}

void TestModelEditing::chainNodeMapsAddParameters()
{
    QString error;
    MainWindow w;
    const Study original = Study::defaultsFor("chain"); // chialvo, rulkov, chialvo
    QVERIFY(w.setStudy(original, error));
    const auto before = panelParameters(w);
    // Coupling rows name their direction: sigma_23 (3 -> 2), node 3 acts on node 2.
    QVERIFY(before.count(QStringLiteral("sigma_23 (3 \u2192 2)")) &&
            !before.count(QStringLiteral("sigma_34 (4 \u2192 3)")));
    auto* nodes = qobject_cast<NodeListEdit*>(form(w)->field("nodes"));
    QVERIFY(nodes);
    QCOMPARE(nodes->nodeCount(), 3);

    nodes->addButton()->click(); // a fourth node, a Chialvo map like the last one
    QCOMPARE(w.study().settings.at("nodes"), std::string("chialvo,rulkov,chialvo,chialvo"));
    QCOMPARE(w.document()->model().dimension(), 8);
    auto after = panelParameters(w);
    QCOMPARE(after.size(), before.size() + 2);
    QVERIFY(after.count(QStringLiteral("sigma_34 (4 \u2192 3)")) &&
            after.count(QStringLiteral("sigma_43 (3 \u2192 4)")));

    // The new node becomes memristive: its flux variable and the memristor parameters appear.
    QComboBox* last = nodes->nodeCombo(3);
    last->setCurrentIndex(last->findData(QStringLiteral("memristive-chialvo")));
    QCOMPARE(w.study().settings.at("nodes"), std::string("chialvo,rulkov,chialvo,memristive-chialvo"));
    QCOMPARE(w.document()->model().dimension(), 9);
    QCOMPARE(w.parameterPanel()->initialRowCount(), 9);
    after = panelParameters(w);
    for (const char* p : {"k", "k1", "k2", "m_alpha", "m_beta"})
        QVERIFY2(after.count(QLatin1String(p)), p);

    w.document()->undoStack()->undo();
    w.document()->undoStack()->undo();
    QVERIFY(w.study() == original);
    QCOMPARE(panelParameters(w), before);
    QCOMPARE(nodes->nodeCount(), 3);
}

void TestModelEditing::refusedSettingShowsMessageAndKeepsStudy()
{
    QString error;
    MainWindow w;
    QVERIFY(w.setStudy(Study::defaultsFor("ring-star"), error)); // N = 10, R = 2
    const Study before = w.study();
    auto* r = qobject_cast<QSpinBox*>(form(w)->field("R"));
    QVERIFY(r);
    QVERIFY(form(w)->errorLabel("R")->isHidden());

    r->setValue(5); // 2R <= N-2 allows at most 4
    QVERIFY(w.study() == before);
    QCOMPARE(w.document()->undoStack()->count(), 0);
    QVERIFY(!w.isWindowModified());
    QLabel* message = form(w)->errorLabel("R");
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().contains(QLatin1String("'R' = 5 must be between 0 and 4")),
             qPrintable(message->text()));
    QVERIFY(form(w)->errorLabel("N")->isHidden());

    auto* n = qobject_cast<QSpinBox*>(form(w)->field("N"));
    n->setValue(2); // a ring-star needs the hub and at least two ring nodes
    QVERIFY(w.study() == before);
    QVERIFY(!form(w)->errorLabel("N")->isHidden());
    QVERIFY2(form(w)->errorLabel("N")->text().contains(QLatin1String("must be between 3 and")),
             qPrintable(form(w)->errorLabel("N")->text()));

    // A valid edit goes through and clears the messages; the fields show the study again.
    r->setValue(3);
    QCOMPARE(w.study().settings.at("R"), std::string("3"));
    QCOMPARE(w.study().settings.at("N"), std::string("10"));
    QCOMPARE(n->value(), 10);
    QVERIFY(form(w)->errorLabel("R")->isHidden());
    QVERIFY(form(w)->errorLabel("N")->isHidden());
    QCOMPARE(w.document()->undoStack()->count(), 1);
}

void TestModelEditing::nodeOverridesAreUndoable()
{
    QString error;
    MainWindow w;
    const Study original = Study::defaultsFor("ring-star");
    QVERIFY(w.setStudy(original, error));
    NodeOverridesEditor* overrides = w.modelEditor()->overridesEditor();
    QVERIFY(!w.modelEditor()->overridesGroup()->isHidden());
    overrides->nodeBox()->setValue(3);
    overrides->parameterBox()->setCurrentIndex(overrides->parameterBox()->findData(QStringLiteral("b")));
    QCOMPARE(overrides->valueBox()->value(), original.parameters.at("b")); // the shared value in use
    overrides->valueBox()->setValue(0.2);
    overrides->setButton()->click();

    QCOMPARE(w.study().settings.at("node3.b"), std::string("0.2"));
    QCOMPARE(network(w).nodeParameter(3, "b"), 0.2);
    QCOMPARE(network(w).nodeParameter(2, "b"), original.parameters.at("b"));
    QCOMPARE(overrides->table()->rowCount(), 1);
    QCOMPARE(overrides->table()->item(0, 2)->text(), QStringLiteral("0.2"));
    const Study withOverride = w.study();

    overrides->table()->setCurrentCell(0, 0);
    overrides->removeButton()->click();
    QCOMPARE(w.study().settings.count("node3.b"), std::size_t(0));
    QCOMPARE(network(w).nodeParameter(3, "b"), original.parameters.at("b"));
    QCOMPARE(overrides->table()->rowCount(), 0);

    w.document()->undoStack()->undo();
    QVERIFY(w.study() == withOverride);
    QCOMPARE(overrides->table()->rowCount(), 1);
    w.document()->undoStack()->undo();
    QVERIFY(w.study() == original);
    QCOMPARE(overrides->table()->rowCount(), 0);

    // A value outside the parameter's valid range is refused by the engine, with its message.
    const double tooLarge = 1e7;
    QVERIFY(!w.document()->editModel(
        "ring-star",
        [&] {
            Settings s = original.settings;
            s["node1.a"] = std::to_string(tooLarge);
            return s;
        }(),
        QStringLiteral("test"), error));
    QVERIFY(w.study() == original);
}

void TestModelEditing::staleOverridesGoWithTheStructure()
{
    QString error;
    MainWindow w;
    Study s = Study::defaultsFor("ring-star");
    s.settings["node9.b"] = "0.25";
    QVERIFY(w.setStudy(s, error));
    auto* n = qobject_cast<QSpinBox*>(form(w)->field("N"));
    n->setValue(7); // node 9 no longer exists: its override goes in the same undo step
    QCOMPARE(w.study().settings.at("N"), std::string("7"));
    QCOMPARE(w.study().settings.count("node9.b"), std::size_t(0));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    w.document()->undoStack()->undo();
    QCOMPARE(w.study().settings.at("node9.b"), std::string("0.25"));
    QVERIFY(w.study() == s);
}

void TestModelEditing::initialConditions()
{
    QString error;
    MainWindow w;
    const Study original = Study::defaultsFor("ring-star");
    QVERIFY(w.setStudy(original, error));
    InitialStateEditor* ic = w.modelEditor()->initialStateEditor();

    // Random values from a seed: uniform doubles from the 53 high bits of a 64-bit Mersenne
    // twister, the same on every platform.
    ic->seedBox()->setValue(7);
    ic->fromBox()->setValue(-1.0);
    ic->toBox()->setValue(3.0);
    ic->randomButton()->click();
    std::mt19937_64 rng(7);
    for (std::size_t i = 0; i < 20; ++i) {
        const double u = static_cast<double>(rng() >> 11) / 9007199254740992.0;
        QCOMPARE(w.study().initialState[i], -1.0 + 4.0 * u);
    }
    // The panel follows (its spin boxes show 6 decimals).
    QVERIFY(std::fabs(w.parameterPanel()->initialRow(5)->value() - w.study().initialState[5]) < 1e-6);
    QCOMPARE(w.document()->undoStack()->count(), 1);

    // Node 2's state copied to every node: a synchronised start.
    ic->nodeBox()->setValue(2);
    ic->copyNodeButton()->click();
    const double x2 = w.study().initialState[4], y2 = w.study().initialState[5];
    for (std::size_t node = 0; node < 10; ++node) {
        QCOMPARE(w.study().initialState[2 * node], x2);
        QCOMPARE(w.study().initialState[2 * node + 1], y2);
    }

    // An explicit vector with the wrong number of values is refused next to the field.
    const Study before = w.study();
    ic->valuesEdit()->setFocus();
    ic->valuesEdit()->selectAll();
    QTest::keyClicks(ic->valuesEdit(), QStringLiteral("0.5, 1, 2"));
    QTest::keyClick(ic->valuesEdit(), Qt::Key_Return);
    QVERIFY(w.study() == before);
    QVERIFY(!ic->errorLabel()->isHidden());
    QVERIFY2(ic->errorLabel()->text().contains(QLatin1String("20")), qPrintable(ic->errorLabel()->text()));

    ic->defaultsButton()->click();
    QVERIFY(w.study().initialState == createModel("ring-star")->defaultInitialState());
    QCOMPARE(w.document()->undoStack()->count(), 3);
    for (int i = 0; i < 3; ++i)
        w.document()->undoStack()->undo();
    QVERIFY(w.study() == original);
    QCOMPARE(ic->valuesEdit()->text().split(QLatin1Char(',')).size(), 20);
}

void TestModelEditing::choosingAFlowModelDoesNotCrash()
{
    QString error;
    MainWindow w;
    const Study original = Study::defaultsFor("chialvo");
    QVERIFY(w.setStudy(original, error));
    QComboBox* models = w.modelEditor()->modelBox();
    QComboBox* families = w.modelEditor()->familyBox();
    QCOMPARE(models->currentData().toString(), QStringLiteral("chialvo"));

    families->setCurrentIndex(families->findText(QStringLiteral("Oscillator networks")));
    models->setCurrentIndex(models->findData(QStringLiteral("kuramoto")));
    QCOMPARE(w.study().modelType, std::string("kuramoto"));
    QCOMPARE(w.document()->model().timeKind(), TimeKind::Flow);
    QCOMPARE(w.parameterPanel()->parameterRowCount(), 4); // K, alpha, omega0, gamma
    QVERIFY(qobject_cast<QComboBox*>(form(w)->field("topology")));
    // Fewer oscillators keep the stability views' work short (100 take minutes there).
    auto* n = qobject_cast<QSpinBox*>(form(w)->field("N"));
    n->setValue(6);
    QCOMPARE(w.document()->model().dimension(), 6);
    QCOMPARE(w.parameterPanel()->initialRowCount(), 6);
    QVERIFY(w.waitUntilIdle(120000)); // the views refuse a flow model; the window carries on

    auto* seed = qobject_cast<QLineEdit*>(form(w)->field("seed"));
    QVERIFY(seed);
    seed->setFocus();
    seed->selectAll();
    QTest::keyClicks(seed, QStringLiteral("42"));
    QTest::keyClick(seed, Qt::Key_Return);
    QCOMPARE(w.study().settings.at("seed"), std::string("42"));

    while (w.document()->undoStack()->canUndo())
        w.document()->undoStack()->undo();
    QVERIFY(w.study() == original);
    QCOMPARE(models->currentData().toString(), QStringLiteral("chialvo"));
    QVERIFY(w.waitUntilIdle(120000));
}

void TestModelEditing::openingAStudyStartsTheEditorsAfresh()
{
    QString error;
    // Issue 24.3: the Kuramoto example's random range (0..2 pi, then edited) stayed when the
    // logistic example was opened, and random logistic states from it escaped to infinity.
    const auto controls = [](const MainWindow& w) {
        const InitialStateEditor* ic = w.modelEditor()->initialStateEditor();
        const NodeOverridesEditor* ov = w.modelEditor()->overridesEditor();
        return QStringList{QString::number(ic->seedBox()->value()), QString::number(ic->fromBox()->value()),
                           QString::number(ic->toBox()->value()),   QString::number(ic->nodeBox()->value()),
                           QString::number(ov->nodeBox()->value()), ov->parameterBox()->currentText()};
    };
    const QStringList examples[][2] = {
        {{QStringLiteral("kuramoto-lorentzian")}, {QStringLiteral("logistic-period-doubling")}},
        {{QStringLiteral("ring-star-100")}, {QStringLiteral("chain-chialvo-rulkov-chialvo")}},
        {{QStringLiteral("logistic-period-doubling")}, {QStringLiteral("kuramoto-lorentzian")}}};
    for (const auto& pair : examples) {
        const QString a = pair[0].first(), b = pair[1].first();
        MainWindow fresh;
        QVERIFY(fresh.openStudyFile(FileController::examplePath(b), error));
        MainWindow w;
        QVERIFY(w.openStudyFile(FileController::examplePath(a), error));
        InitialStateEditor* ic = w.modelEditor()->initialStateEditor();
        ic->seedBox()->setValue(9);
        ic->fromBox()->setValue(-3.0);
        ic->toBox()->setValue(4.0);
        if (ic->nodeBox()->maximum() >= 3)
            ic->nodeBox()->setValue(3);
        if (QSpinBox* node = w.modelEditor()->overridesEditor()->nodeBox(); node->maximum() >= 5)
            node->setValue(5);
        QVERIFY(w.openStudyFile(FileController::examplePath(b), error));
        QCOMPARE(controls(w), controls(fresh));
    }
    // The logistic map's natural random start is in [0, 1): every state stays bounded.
    MainWindow w;
    QVERIFY(w.openStudyFile(FileController::examplePath(QStringLiteral("kuramoto-lorentzian")), error));
    QCOMPARE(w.modelEditor()->initialStateEditor()->toBox()->value(), 6.2832);
    QVERIFY(w.openStudyFile(FileController::examplePath(QStringLiteral("logistic-period-doubling")), error));
    w.modelEditor()->initialStateEditor()->randomButton()->click();
    for (double x : w.study().initialState)
        QVERIFY2(x >= 0.0 && x < 1.0, qPrintable(QString::number(x)));
}

void TestModelEditing::curvesPlotForgetsTheLastStudysAxes()
{
    QString error;
    // Issue 24.3: after the chain example (with bifurcation curves) the logistic example (none)
    // showed the chain's curve axes, every tick "0.346475".
    MainWindow fresh;
    QVERIFY(
        fresh.openStudyFile(FileController::examplePath(QStringLiteral("logistic-period-doubling")), error));
    QVERIFY(fresh.waitUntilIdle(120000));
    MainWindow w;
    QVERIFY(
        w.openStudyFile(FileController::examplePath(QStringLiteral("chain-chialvo-rulkov-chialvo")), error));
    QVERIFY(w.waitUntilIdle(120000));
    const QwtPlot* chainCurves = w.analyses()->continuation()->continuationView()->curvePlot();
    const QwtInterval chainX = chainCurves->axisInterval(QwtAxis::XBottom);
    QVERIFY(w.openStudyFile(FileController::examplePath(QStringLiteral("logistic-period-doubling")), error));
    QVERIFY(w.waitUntilIdle(120000));
    const QwtPlot* freshCurves = fresh.analyses()->continuation()->continuationView()->curvePlot();
    for (const QwtAxisId axis : {QwtAxis::XBottom, QwtAxis::YLeft}) {
        const QwtInterval now = chainCurves->axisInterval(axis), start = freshCurves->axisInterval(axis);
        QCOMPARE(now.minValue(), start.minValue());
        QCOMPARE(now.maxValue(), start.maxValue());
    }
    QVERIFY(chainX.width() > 0.0);
}

QTEST_MAIN(TestModelEditing)
#include "tst_modelediting.moc"
