// The recurrence plot view fed by the engine's matrix: a small matrix drawn cell for cell (each
// cell the matrix entry), a large one in blocks whose fractions are checked against a count of
// the entries made here, the fractions adding up to the recurrences, and the CSV.
#include "measures/recurrence.h"
#include "plots/recurrenceplotview.h"

#include <QApplication>
#include <QTest>

#include <cmath>
#include <random>

using namespace nd;

class TestRecurrencePlotView : public QObject {
    Q_OBJECT
private slots:
    void smallMatrixCellForCell();
    void largeMatrixInBlocks();
};

namespace {
std::vector<double> noise(std::size_t n)
{
    std::mt19937_64 rng(3);
    std::vector<double> x(n);
    for (double& v : x)
        v = static_cast<double>(rng() >> 11) * 0x1.0p-53;
    return x;
}
} // namespace

void TestRecurrencePlotView::smallMatrixCellForCell()
{
    const RecurrenceMatrix m = recurrenceMatrix(noise(60), {});
    RecurrencePlotView view;
    QVERIFY(!view.hasData());
    view.setMatrix(m);
    QVERIFY(view.hasData());
    QCOMPARE(view.blockSize(), std::size_t(1));
    QCOMPARE(view.cellsPerSide(), std::size_t(60));
    for (std::size_t i = 0; i < 60; ++i)
        for (std::size_t j = 0; j < 60; ++j)
            QCOMPARE(view.cell(i, j), m.at(i, j) ? 1.0 : 0.0);
    QCOMPARE(view.toCsv().count('\n'), 1 + 60 * 60);
}

void TestRecurrencePlotView::largeMatrixInBlocks()
{
    std::vector<double> x(2501);
    for (std::size_t t = 0; t < x.size(); ++t)
        x[t] = std::sin(2.0 * M_PI * static_cast<double>(t % 40) / 40.0);
    RecurrenceOptions o;
    o.dimension = 2;
    o.delay = 10;
    const RecurrenceMatrix m = recurrenceMatrix(x, o);
    QCOMPARE(m.size(), std::size_t(2491));
    RecurrencePlotView view;
    view.setMatrix(m);
    QCOMPARE(view.blockSize(), std::size_t(3));
    QCOMPARE(view.cellsPerSide(), std::size_t(831));
    double total = 0;
    std::size_t ones = 0;
    for (std::size_t i = 0; i < m.size(); ++i)
        for (std::size_t j = 0; j < m.size(); ++j)
            ones += m.at(i, j);
    for (std::size_t r = 0; r < 831; ++r)
        for (std::size_t c = 0; c < 831; ++c) {
            const double w = c == 830 ? 1.0 : 3.0, h = r == 830 ? 1.0 : 3.0; // 2491 = 830 * 3 + 1
            total += view.cell(c, r) * w * h;
        }
    QCOMPARE(std::llround(total), static_cast<long long>(ones));
    // One block counted here: i in [30, 33), j in [60, 63).
    int here = 0;
    for (std::size_t i = 30; i < 33; ++i)
        for (std::size_t j = 60; j < 63; ++j)
            here += m.at(i, j);
    QCOMPARE(view.cell(10, 20), here / 9.0);
}

QTEST_MAIN(TestRecurrencePlotView)
#include "tst_recurrenceplotview.moc"
