// The sample-entropy view fed by the engine's result: A and B against a pair count written
// here (Chebyshev distance, self-matches excluded, the template starts of each convention),
// SampEn = -ln(A/B), r as given and as applied against the series' standard deviation, the
// undefined case with its reason, and the CSV, message and exports.
#include "measures/sampleentropy.h"
#include "plots/sampleentropyview.h"
#include "viewchecks.h"

#include <QTest>

#include <cmath>
#include <map>

using namespace nd;

class TestSampleEntropyView : public QObject {
    Q_OBJECT
private slots:
    void countsAndValueAgainstPairCount();
    void toleranceAsFractionOfStdDev();
    void conventionsShown();
    void undefinedWithReason();
    void messageAndExports();
};

namespace {
// Pairs i < j among `starts` template starts whose length-`len` templates match within r.
std::uint64_t pairCount(const std::vector<double>& x, int len, int lag, double r, std::size_t starts,
                        bool strict)
{
    std::uint64_t n = 0;
    for (std::size_t i = 0; i < starts; ++i)
        for (std::size_t j = i + 1; j < starts; ++j) {
            double d = 0;
            for (int k = 0; k < len; ++k)
                d = std::max(d, std::fabs(x[i + static_cast<std::size_t>(k * lag)] -
                                          x[j + static_cast<std::size_t>(k * lag)]));
            n += strict ? d < r : d <= r;
        }
    return n;
}

// (0, 0, 0, 0, 0, 1) twenty times.
std::vector<double> pulses()
{
    std::vector<double> x(120, 0.0);
    for (std::size_t i = 5; i < x.size(); i += 6)
        x[i] = 1.0;
    return x;
}

std::map<QByteArray, QByteArray> csvMap(const QByteArray& csv)
{
    std::map<QByteArray, QByteArray> out;
    for (const auto& row : ndtest::csvRows(csv))
        out[row[0]] = row.size() > 1 ? row[1] : QByteArray();
    return out;
}
} // namespace

void TestSampleEntropyView::countsAndValueAgainstPairCount()
{
    const std::vector<double> x = pulses();
    const SampleEntropyOptions o{.m = 1, .r = 0.5, .toleranceKind = ToleranceKind::Absolute, .threads = 1};
    const SampleEntropyResult r = sampleEntropy(x, o);
    SampleEntropyView view;
    QVERIFY(!view.hasData());
    view.setResult(r, o);
    QVERIFY(view.hasData());
    const std::size_t starts = x.size() - 1; // N - m lag, shared by A and B
    const std::uint64_t a = pairCount(x, 2, 1, 0.5, starts, false),
                        b = pairCount(x, 1, 1, 0.5, starts, false);
    QCOMPARE(view.valueOf("a"), QString::number(a));
    QCOMPARE(view.valueOf("b"), QString::number(b));
    QCOMPARE(view.valueOf("sample_entropy").toDouble(),
             QString::number(-std::log(double(a) / double(b)), 'g', 10).toDouble());
    const auto csv = csvMap(view.toCsv());
    QVERIFY(std::fabs(csv.at("sample_entropy").toDouble() + std::log(double(a) / double(b))) < 1e-14);
    QCOMPARE(csv.at("a").toULongLong(), a);
    QCOMPARE(csv.at("b").toULongLong(), b);
    QCOMPARE(csv.at("m"), QByteArray("1"));
    QCOMPARE(csv.at("r_kind"), QByteArray("absolute"));
    QCOMPARE(csv.at("r_absolute").toDouble(), 0.5);
    QCOMPARE(csv.at("templates_a").toULongLong(), quint64(starts));
    QCOMPARE(csv.at("templates_b").toULongLong(), quint64(starts));
    QVERIFY(csv.find("reason") == csv.end()); // defined: no reason row
}

void TestSampleEntropyView::toleranceAsFractionOfStdDev()
{
    const std::vector<double> x = ndtest::gaussianNoise(400, 7);
    double mean = 0;
    for (double v : x)
        mean += v / static_cast<double>(x.size());
    double ss = 0;
    for (double v : x)
        ss += (v - mean) * (v - mean);
    for (int ddof : {0, 1}) {
        const SampleEntropyOptions o{.r = 0.2, .ddof = ddof, .threads = 1};
        const SampleEntropyResult r = sampleEntropy(x, o);
        SampleEntropyView view;
        view.setResult(r, o);
        const double sd = std::sqrt(ss / static_cast<double>(x.size() - static_cast<std::size_t>(ddof)));
        const auto csv = csvMap(view.toCsv());
        QVERIFY(std::fabs(csv.at("std_dev").toDouble() - sd) < 1e-12);
        QVERIFY(std::fabs(csv.at("r_absolute").toDouble() - 0.2 * sd) < 1e-12);
        QCOMPARE(csv.at("r_given").toDouble(), 0.2);
        QCOMPARE(csv.at("r_kind"), QByteArray("fraction_of_sd"));
        QCOMPARE(csv.at("ddof").toInt(), ddof);
        QCOMPARE(view.valueOf("r_given"), QStringLiteral("0.2 x standard deviation"));
        const std::size_t starts = x.size() - 2;
        QCOMPARE(csv.at("a").toULongLong(), pairCount(x, 3, 1, 0.2 * sd, starts, false));
        QCOMPARE(csv.at("b").toULongLong(), pairCount(x, 2, 1, 0.2 * sd, starts, false));
    }
}

void TestSampleEntropyView::conventionsShown()
{
    const std::vector<double> x = pulses();
    const SampleEntropyOptions o{.m = 2,
                                 .r = 0.5,
                                 .toleranceKind = ToleranceKind::Absolute,
                                 .lag = 2,
                                 .rule = MatchRule::Less,
                                 .templates = TemplateCount::AllTemplates,
                                 .threads = 1};
    const SampleEntropyResult r = sampleEntropy(x, o);
    SampleEntropyView view;
    view.setResult(r, o);
    const auto csv = csvMap(view.toCsv());
    QCOMPARE(csv.at("match_rule"), QByteArray("<"));
    QCOMPARE(view.valueOf("match_rule"), QStringLiteral("|x_i - x_j| < r"));
    QCOMPARE(csv.at("template_count"), QByteArray("all_templates"));
    QCOMPARE(csv.at("lag"), QByteArray("2"));
    // B over all N - (m - 1) lag length-m templates, A over the N - m lag longer ones.
    QCOMPARE(csv.at("templates_b").toULongLong(), quint64(x.size() - 2));
    QCOMPARE(csv.at("templates_a").toULongLong(), quint64(x.size() - 4));
    QCOMPARE(csv.at("b").toULongLong(), pairCount(x, 2, 2, 0.5, x.size() - 2, true));
    QCOMPARE(csv.at("a").toULongLong(), pairCount(x, 3, 2, 0.5, x.size() - 4, true));
}

void TestSampleEntropyView::undefinedWithReason()
{
    // A ramp with unit steps: no two samples are within 0.5, so B = 0.
    std::vector<double> x(60);
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = static_cast<double>(i);
    const SampleEntropyOptions o{.r = 0.5, .toleranceKind = ToleranceKind::Absolute, .threads = 1};
    const SampleEntropyResult r = sampleEntropy(x, o);
    QVERIFY(!r.defined);
    SampleEntropyView view;
    view.setResult(r, o);
    QVERIFY(view.valueOf("sample_entropy").startsWith(QStringLiteral("undefined: ")));
    QVERIFY(view.valueOf("sample_entropy").endsWith(QString::fromStdString(r.reason)));
    const auto csv = csvMap(view.toCsv());
    QVERIFY(csv.at("sample_entropy").isEmpty());
    QCOMPARE(csv.at("b").toInt(), 0);
    QVERIFY(!csv.at("reason").isEmpty());
    ndtest::checkFigureExports(&view, QStringLiteral("sampen-undefined"));
}

void TestSampleEntropyView::messageAndExports()
{
    const SampleEntropyOptions o{.m = 1, .r = 0.5, .toleranceKind = ToleranceKind::Absolute};
    const std::vector<double> x = pulses();
    SampleEntropyView view;
    view.setResult(sampleEntropy(x, o), o);
    ndtest::checkFigureExports(&view, QStringLiteral("sampen"));
    view.setMessage(QStringLiteral("the series holds a NaN at sample 3"));
    QVERIFY(!view.hasData());
    QCOMPARE(view.toCsv(), QByteArray("quantity,value\n"));
    ndtest::checkFigureExports(&view, QStringLiteral("sampen-message"));
}

QTEST_MAIN(TestSampleEntropyView)
#include "tst_sampleentropyview.moc"
