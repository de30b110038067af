// CSV and JSON export of continuation branches: the JSON parses (checked with Qt's parser, an
// independent reader), keys come in the documented order, numbers round-trip exactly, and the
// CSV has one row per point with the special points labelled.
#include "continuation/branchexport.h"
#include "continuation/cyclecontinuation.h"
#include "model/registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

#include <cmath>

using namespace nd;

class TestBranchExport : public QObject {
    Q_OBJECT
private slots:
    void jsonParsesAndRoundTrips();
    void csvRowsAndLabels();
};

namespace {
Branch logisticBranch()
{
    const auto model = createModel("logistic");
    ContinuationOptions o;
    o.parameter = "r";
    o.startValue = 2.5;
    o.maximum = 3.2;
    return continueCycle(*model, {0.6}, 1, o);
}
} // namespace

void TestBranchExport::jsonParsesAndRoundTrips()
{
    const Branch b = logisticBranch();
    QVERIFY(!b.specialPoints.empty());
    const std::string json = branchToJson(b);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    QVERIFY2(!doc.isNull(), qPrintable(error.errorString()));
    const QJsonObject o = doc.object();
    QCOMPARE(o["format"].toString(), QString("neurodyn-branch"));
    QCOMPARE(o["kind"].toString(), QString("cycle"));
    QCOMPARE(o["stop"].toObject()["reason"].toString(), QString("parameter-range"));
    const QJsonArray points = o["points"].toArray();
    QCOMPARE(points.size(), qsizetype(b.points.size()));
    // Shortest round-trip formatting: the parsed double is bit-identical.
    for (qsizetype i = 0; i < points.size(); ++i) {
        const auto p = points[i].toObject();
        QCOMPARE(p["parameters"].toArray()[0].toDouble(), b.points[std::size_t(i)].parameters[0]);
        QCOMPARE(p["state"].toArray()[0].toDouble(), b.points[std::size_t(i)].state[0]);
    }
    const QJsonObject pd = o["special_points"].toArray()[0].toObject();
    QCOMPARE(pd["label"].toString(), QString("PD"));
    QVERIFY(pd["rotation_angle"].isNull());
    // The logistic flip at r = 3 is supercritical with c = 9 (tst_criticality derives it).
    QCOMPARE(pd["verdict"].toString(), QString("supercritical"));
    QVERIFY(std::fabs(pd["coefficient"].toDouble() - 9.0) < 1e-6);
    QVERIFY(pd["normal_form"].toString().startsWith("flip: F^K ~ -xi + c xi^3"));
    QVERIFY(pd["verdict_reason"].isNull());
    QVERIFY(pd["resonance"].isNull());
    QCOMPARE(pd["index"].toInt(), int(b.specialPoints[0].pointIndex));
    // Stable key order (documented in branchexport.h).
    const char* keys[] = {"\"format\"",      "\"version\"",    "\"kind\"",          "\"model\"",
                          "\"period\"",      "\"parameters\"", "\"variables\"",     "\"stop\"",
                          "\"conventions\"", "\"points\"",     "\"special_points\""};
    std::size_t last = 0;
    for (const char* k : keys) {
        const std::size_t at = json.find(k);
        QVERIFY2(at != std::string::npos && at >= last, k);
        last = at;
    }
    // A non-finite value in a hand-built branch becomes null, never "nan".
    Branch odd = b;
    odd.points[0].state[0] = NAN;
    const std::string j2 = branchToJson(odd);
    // (as a value: the texts may say "resonance")
    QVERIFY(!QString::fromStdString(j2).contains(QRegularExpression("[:\\[,] *-?nan")));
    QVERIFY(!QJsonDocument::fromJson(QByteArray::fromStdString(j2)).isNull());
}

void TestBranchExport::csvRowsAndLabels()
{
    const Branch b = logisticBranch();
    const QStringList lines = QString::fromStdString(branchToCsv(b)).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), qsizetype(b.points.size() + 1));
    QCOMPARE(lines[0], QString("index,r,x,mu1_re,mu1_im,max_abs_mu,stable,label,coefficient,verdict"));
    const std::size_t k = b.specialPoints[0].pointIndex;
    const QStringList row = lines[qsizetype(k + 1)].split(',');
    QCOMPARE(row[7], QString("PD"));
    QVERIFY(std::fabs(row[8].toDouble() - 9.0) < 1e-6);
    QCOMPARE(row[9], QString("supercritical"));
    // Ordinary points leave both empty.
    const QStringList plain = lines[1].split(',');
    QCOMPARE(plain.size(), qsizetype(10));
    QVERIFY(plain[8].isEmpty() && plain[9].isEmpty());
    QCOMPARE(row[1].toDouble(), b.points[k].parameters[0]);
    // Stable before the flip, unstable after: r < 3 rows have stable = 1.
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(',');
        const double r = f[1].toDouble();
        if (std::fabs(r - 3.0) > 1e-6)
            QCOMPARE(f[6], QString(r < 3.0 ? "1" : "0"));
    }
}

QTEST_APPLESS_MAIN(TestBranchExport)
#include "tst_branchexport.moc"
