// ValueRow: spin box and slider stay in step; user edits are signalled, programmatic ones not.
#include "editors/valuerow.h"

#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

using namespace nd;

class TestValueRow : public QObject {
    Q_OBJECT
private slots:
    void setValueDoesNotSignal();
    void spinEditSignalsAndMovesSlider();
    void sliderMapsTypicalRange();
};

void TestValueRow::setValueDoesNotSignal()
{
    ValueRow row(QStringLiteral("a"), 0.5, -10, 10, 0, 1, QStringLiteral("tip"));
    QSignalSpy spy(&row, &ValueRow::valueEdited);
    row.setValue(0.25);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(row.value(), 0.25);
    QCOMPARE(row.slider()->value(), 250);
}

void TestValueRow::spinEditSignalsAndMovesSlider()
{
    ValueRow row(QStringLiteral("a"), 0.5, -10, 10, 0, 1, QStringLiteral("tip"));
    QSignalSpy spy(&row, &ValueRow::valueEdited);
    row.spinBox()->setValue(0.75);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toDouble(), 0.75);
    QCOMPARE(row.slider()->value(), 750);
    row.spinBox()->setValue(5.0); // outside the typical range: slider pinned at the end
    QCOMPARE(row.slider()->value(), 1000);
    QCOMPARE(row.value(), 5.0);
}

void TestValueRow::sliderMapsTypicalRange()
{
    ValueRow row(QStringLiteral("k0"), 0.0, -10, 10, 0.0, 0.1, QStringLiteral("tip"));
    QSignalSpy spy(&row, &ValueRow::valueEdited);
    row.slider()->setValue(300);
    QCOMPARE(spy.count(), 1);
    QVERIFY(qAbs(row.value() - 0.03) < 1e-12);
}

QTEST_MAIN(TestValueRow)
#include "tst_valuerow.moc"
