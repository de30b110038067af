// The spectrum-along view fed by the engine's lyapunovAlong: the logistic map along r through an
// escaping value (r = 4.3) draws one line broken there (two segments, one legend entry) and a
// cross for the value without a spectrum; the CSV holds the engine's numbers bit for bit and an
// empty cell where there is none; Hénon along b draws both exponents, whose sum is ln b; the
// message state drops the data; every figure format exports.
#include "analysis/lyapunov.h"
#include "maps/referencemaps.h"
#include "plots/lyapunovalongview.h"
#include "viewchecks.h"

#include <QTest>
#include <qwt_plot_curve.h>
#include <qwt_text.h>

#include <cmath>

using namespace nd;

class TestLyapunovAlongView : public QObject {
    Q_OBJECT
private slots:
    void escapedValueBreaksTheLine();
    void henonBothExponents();
    void messageAndExports();
};

namespace {

struct Drawn {
    std::vector<std::vector<double>> exponents;
    std::vector<char> escaped;
};

Drawn rowsOf(const LyapunovAlongResult& r)
{
    Drawn d;
    for (const LyapunovResult& row : r.rows) {
        d.exponents.push_back(row.defined ? row.exponents : std::vector<double>());
        d.escaped.push_back(row.escaped ? 1 : 0);
    }
    return d;
}

int legendEntries(const QwtPlot& plot)
{
    int n = 0;
    for (const QwtPlotItem* item : plot.itemList(QwtPlotItem::Rtti_PlotCurve))
        n += item->testItemAttribute(QwtPlotItem::Legend) ? 1 : 0;
    return n;
}

} // namespace

void TestLyapunovAlongView::escapedValueBreaksTheLine()
{
    LogisticMap m;
    LyapunovOptions o;
    o.transient = 200;
    o.steps = 5000;
    const std::vector<double> values{3.5, 3.7, 3.9, 4.3, 3.6, 3.8};
    const LyapunovAlongResult r = lyapunovAlong(m, std::vector<double>{0.3}, o, 0, values);
    QVERIFY(r.rows[3].escaped);
    const Drawn d = rowsOf(r);
    LyapunovAlongView view;
    view.resize(800, 600);
    view.setResult(r.values, d.exponents, d.escaped, r.exponents, QStringLiteral("r"),
                   QStringLiteral("along r"));
    QVERIFY(view.hasData());
    QCOMPARE(view.exponentCount(), 1);
    QCOMPARE(view.segmentCount(0), 2);
    QCOMPARE(legendEntries(view), 2); // lambda_1 and "no spectrum (1 escaped)"
    bool cross = false;
    for (QwtPlotItem* item : view.itemList(QwtPlotItem::Rtti_PlotCurve)) {
        auto* c = static_cast<QwtPlotCurve*>(item);
        if (c->title().text() == QStringLiteral("no spectrum (1 escaped)")) {
            cross = c->dataSize() == 1 && c->sample(0) == QPointF(4.3, 0.0);
        }
    }
    QVERIFY(cross);
    const QList<QByteArray> rows = view.toCsv().trimmed().split('\n');
    QCOMPARE(rows.size(), 7);
    QCOMPARE(rows[0], QByteArray("r,lambda_1,escaped"));
    QCOMPARE(rows[4], QByteArray("4.2999999999999998,,1"));
    for (int i : {1, 2, 3, 5, 6}) {
        const QList<QByteArray> f = rows[i].split(',');
        QCOMPARE(f[0].toDouble(), values[static_cast<std::size_t>(i - 1)]);
        QCOMPARE(f[1].toDouble(), r.rows[static_cast<std::size_t>(i - 1)].exponents[0]);
        QCOMPARE(f[2], QByteArray("0"));
    }
    QCOMPARE(view.title().text(), QStringLiteral("along r"));
    QCOMPARE(view.axisTitle(QwtAxis::XBottom).text(), QStringLiteral("r"));
    ndtest::checkFigureExports(&view, QStringLiteral("lyapunov_along-escaped"));
}

void TestLyapunovAlongView::henonBothExponents()
{
    HenonMap m;
    LyapunovOptions o;
    o.steps = 10000;
    const std::vector<double> values{0.1, 0.2, 0.3};
    const LyapunovAlongResult r = lyapunovAlong(m, std::vector<double>{0.1, 0.1}, o, 1, values);
    const Drawn d = rowsOf(r);
    LyapunovAlongView view;
    view.setResult(r.values, d.exponents, d.escaped, r.exponents, QStringLiteral("b"),
                   QStringLiteral("along b"));
    QCOMPARE(view.segmentCount(0), 1);
    QCOMPARE(view.segmentCount(1), 1);
    QCOMPARE(legendEntries(view), 2); // no "no spectrum" entry
    const QList<QByteArray> rows = view.toCsv().trimmed().split('\n');
    QCOMPARE(rows[0], QByteArray("b,lambda_1,lambda_2,escaped"));
    for (int i = 1; i < rows.size(); ++i) {
        const QList<QByteArray> f = rows[i].split(',');
        QVERIFY(std::fabs(f[1].toDouble() + f[2].toDouble() - std::log(f[0].toDouble())) < 1e-10);
    }
}

void TestLyapunovAlongView::messageAndExports()
{
    LogisticMap m;
    LyapunovOptions o;
    o.steps = 2000;
    const LyapunovAlongResult r =
        lyapunovAlong(m, std::vector<double>{0.3}, o, 0, std::vector<double>{3.6, 3.9});
    const Drawn d = rowsOf(r);
    LyapunovAlongView view;
    view.resize(800, 600);
    view.setResult(r.values, d.exponents, d.escaped, r.exponents, QStringLiteral("r"),
                   QStringLiteral("along r"));
    ndtest::checkFigureExports(&view, QStringLiteral("lyapunov_along"));
    view.setMessage(QStringLiteral("refused"));
    QVERIFY(!view.hasData());
    QCOMPARE(view.segmentCount(0), 0);
    QVERIFY(view.title().text().contains(QStringLiteral("refused")));
}

QTEST_MAIN(TestLyapunovAlongView)
#include "tst_lyapunovalongview.moc"
