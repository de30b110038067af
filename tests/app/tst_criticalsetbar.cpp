// The critical set's slice settings in the fixed-points dock's bar: each control edits its field
// of fixed_points.critical_set as one undo step and undo restores the study (and the control);
// choosing v's variable for u swaps the slice with its box; an edit the study file would refuse
// (an empty box, a negative distance) is not applied and the bar says why, in the study file's
// own words; switching the other coordinates to given values starts them from the initial state.
#include "gui/analysisdock.h"
#include "gui/analysisdocks.h"
#include "gui/mainwindow.h"
#include "gui/settingsbar.h"
#include "gui/stabilitytasks.h"
#include "gui/studydocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace nd;

class TestCriticalSetBar : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void editsAreUndoable();
    void invalidInputIsRefusedWithReason();
    void switchingOnAndOff();

private:
    QTemporaryDir m_settings;
};

void TestCriticalSetBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

namespace {
Study chainStudy()
{
    Study s = Study::defaultsFor("chain");
    s.simulation.samples = 200;
    s.analyses.orbitDiagram.reset();
    FixedPointSettings fp;
    fp.seeds = 2;
    CriticalSetSettings c;
    c.variables = {"x0", "y0"};
    c.boxMin = {-1.0, -3.0};
    c.boxMax = {8.0, 3.0};
    c.resolution = 20;
    c.transient = 10;
    c.orbitPoints = 50;
    fp.criticalSet = c;
    s.analyses.fixedPoints = fp;
    return s;
}

template <class Widget> Widget* controlWithTip(QWidget* bar, const QString& start)
{
    for (Widget* w : bar->findChildren<Widget*>())
        if (w->toolTip().startsWith(start))
            return w;
    return nullptr;
}

SettingsBar* barOf(MainWindow& w)
{
    return w.analyses()->dockOf(w.analyses()->fixedPoints())->settingsBar();
}

const CriticalSetSettings& critical(const MainWindow& w)
{
    return *w.study().analyses.fixedPoints->criticalSet;
}

void typeInto(QLineEdit* line, const QString& text)
{
    line->setText(text);
    emit line->editingFinished();
}
} // namespace

void TestCriticalSetBar::editsAreUndoable()
{
    MainWindow w;
    QString error;
    QVERIFY2(w.setStudy(chainStudy(), error), qPrintable(error));
    QVERIFY(w.waitUntilIdle(60000));
    SettingsBar* bar = barOf(w);
    QUndoStack* undo = w.document()->undoStack();
    const Study before = w.study();
    const int steps = undo->count();

    auto* grid = controlWithTip<QSpinBox>(bar, QStringLiteral("Grid cells per axis"));
    QVERIFY(grid && grid->isEnabled());
    QCOMPARE(grid->value(), 20);
    grid->setValue(31);
    QCOMPARE(critical(w).resolution, 31);
    QCOMPARE(undo->count(), steps + 1);
    undo->undo();
    QVERIFY(w.study() == before);
    QCOMPARE(grid->value(), 20);

    // u = x1: a new variable, so the old bounds go (back to the default box).
    auto* u = controlWithTip<QComboBox>(bar, QStringLiteral("Slice variable u"));
    auto* v = controlWithTip<QComboBox>(bar, QStringLiteral("Slice variable v"));
    QVERIFY(u && v);
    QCOMPARE(u->currentText(), QStringLiteral("x0"));
    QCOMPARE(v->currentText(), QStringLiteral("y0"));
    u->setCurrentText(QStringLiteral("x1"));
    QCOMPARE(critical(w).variables, (std::vector<std::string>{"x1", "y0"}));
    QVERIFY(critical(w).boxMin.empty() && critical(w).boxMax.empty());
    QCOMPARE(undo->count(), steps + 1);
    undo->undo();
    QVERIFY(w.study() == before);
    QCOMPARE(u->currentText(), QStringLiteral("x0"));

    // u = y0 (v's variable) swaps the slice and its box.
    u->setCurrentText(QStringLiteral("y0"));
    QCOMPARE(critical(w).variables, (std::vector<std::string>{"y0", "x0"}));
    QCOMPARE(critical(w).boxMin, (std::vector<double>{-3.0, -1.0}));
    QCOMPARE(critical(w).boxMax, (std::vector<double>{3.0, 8.0}));
    QCOMPARE(v->currentText(), QStringLiteral("x0"));
    undo->undo();
    QVERIFY(w.study() == before);

    // A bound, then the distance.
    auto* vmax = controlWithTip<QLineEdit>(bar, QStringLiteral("Upper bound"));
    QVERIFY(vmax);
    QList<QLineEdit*> uppers;
    for (QLineEdit* line : bar->findChildren<QLineEdit*>())
        if (line->toolTip().startsWith(QStringLiteral("Upper bound")))
            uppers << line;
    QCOMPARE(uppers.size(), 2);
    typeInto(uppers[1], QStringLiteral("2.5")); // v max (the second upper bound)
    QCOMPARE(critical(w).boxMax, (std::vector<double>{8.0, 2.5}));
    QCOMPARE(undo->count(), steps + 1);
    undo->undo();
    QVERIFY(w.study() == before);
    auto* distance = controlWithTip<QLineEdit>(bar, QStringLiteral("Orbit fraction"));
    QVERIFY(distance);
    typeInto(distance, QStringLiteral("0.25"));
    QCOMPARE(critical(w).distance, std::optional<double>(0.25));
    undo->undo();
    QVERIFY(!critical(w).distance);

    // Given values start from the initial state (a full, valid state) and are then editable.
    auto* others = controlWithTip<QComboBox>(bar, QStringLiteral("Where the slice's other coordinates"));
    auto* values = controlWithTip<QLineEdit>(bar, QStringLiteral("Given values"));
    auto* slices = controlWithTip<QSpinBox>(bar, QStringLiteral("Following the trajectory"));
    QVERIFY(others && values && slices);
    QVERIFY(!values->isEnabled() && !slices->isEnabled());
    others->setCurrentIndex(1);
    QCOMPARE(critical(w).others, SliceOthers::Values);
    QCOMPARE(critical(w).otherValues, w.study().initialState);
    QVERIFY(values->isEnabled());
    others->setCurrentIndex(2);
    QCOMPARE(critical(w).others, SliceOthers::Trajectory);
    QVERIFY(slices->isEnabled() && !values->isEnabled());
    QCOMPARE(undo->count(), steps + 1); // one field: the two choices merge
    undo->undo();
    QVERIFY(w.study() == before);
    QVERIFY(w.waitUntilIdle(60000));
}

void TestCriticalSetBar::invalidInputIsRefusedWithReason()
{
    MainWindow w;
    QString error;
    QVERIFY2(w.setStudy(chainStudy(), error), qPrintable(error));
    QVERIFY(w.waitUntilIdle(60000));
    SettingsBar* bar = barOf(w);
    QSignalSpy said(bar, &SettingsBar::message);
    QUndoStack* undo = w.document()->undoStack();
    const Study before = w.study();
    const int steps = undo->count();

    // u max below u min (-1): the box would have no width along x0.
    auto* umax = controlWithTip<QLineEdit>(bar, QStringLiteral("Upper bound"));
    typeInto(umax, QStringLiteral("-5"));
    QVERIFY(w.study() == before);
    QCOMPARE(undo->count(), steps);
    QCOMPARE(said.count(), 1);
    const QString why = said.takeFirst().at(0).toString();
    QVERIFY2(why.contains(QStringLiteral("critical_set")) && why.contains(QStringLiteral("width")) &&
                 why.contains(QStringLiteral("x0")),
             qPrintable(why));
    QCOMPARE(umax->text(), QStringLiteral("8")); // the control shows the study again

    auto* distance = controlWithTip<QLineEdit>(bar, QStringLiteral("Orbit fraction"));
    typeInto(distance, QStringLiteral("-0.5"));
    QVERIFY(w.study() == before);
    QCOMPARE(said.count(), 1);
    QVERIFY(said.takeFirst().at(0).toString().contains(QStringLiteral("must not be negative")));
    QVERIFY(distance->text().isEmpty());

    // Given values of the wrong length.
    auto* others = controlWithTip<QComboBox>(bar, QStringLiteral("Where the slice's other coordinates"));
    others->setCurrentIndex(1);
    const int afterOthers = undo->count();
    auto* values = controlWithTip<QLineEdit>(bar, QStringLiteral("Given values"));
    typeInto(values, QStringLiteral("1, 2"));
    QCOMPARE(undo->count(), afterOthers);
    QCOMPARE(critical(w).otherValues, w.study().initialState);
    QCOMPARE(said.count(), 1);
    QVERIFY(said.takeFirst().at(0).toString().contains(QStringLiteral("other_values")));
    QVERIFY(w.waitUntilIdle(60000));
}

void TestCriticalSetBar::switchingOnAndOff()
{
    MainWindow w;
    QString error;
    Study s = chainStudy();
    s.analyses.fixedPoints->criticalSet.reset();
    QVERIFY2(w.setStudy(s, error), qPrintable(error));
    QVERIFY(w.waitUntilIdle(60000));
    SettingsBar* bar = barOf(w);
    auto* check = controlWithTip<QCheckBox>(bar, QStringLiteral("Compute the critical set"));
    auto* grid = controlWithTip<QSpinBox>(bar, QStringLiteral("Grid cells per axis"));
    QVERIFY(check && grid);
    QVERIFY(!check->isChecked() && !grid->isEnabled());
    // On: a network starts on its first two variables, so the section is valid at once.
    check->setChecked(true);
    QVERIFY(w.study().analyses.fixedPoints->criticalSet);
    QCOMPARE(critical(w).variables, (std::vector<std::string>{"x0", "y0"}));
    QVERIFY(grid->isEnabled());
    w.document()->undoStack()->undo();
    QVERIFY(!w.study().analyses.fixedPoints->criticalSet);
    QVERIFY(!check->isChecked());
    QVERIFY(w.waitUntilIdle(60000));
}

QTEST_MAIN(TestCriticalSetBar)
#include "tst_criticalsetbar.moc"
