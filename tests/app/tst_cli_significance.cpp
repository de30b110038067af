// `neurodyn-cli measure NAME --surrogates KIND` as a user runs it: the surrogate values equal the
// library measure on the library's surrogates, the p-value and null summary equal hand counts
// of the printed values, multivariate FT keeps a zero-lag correlation in every surrogate (shared
// phases keep the cross-spectra), and bad option values exit non-zero with a clear message.
#include "clirun.h"

#include "measures/sampleentropy.h"
#include "measures/surrogates.h"
#include "measures/zeroone.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using ndtest::cli;
using ndtest::json;
using ndtest::Run;

class TestCliSignificance : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sampenAgainstLibrarySurrogates();
    void zeroOneKeepsItsOwnSeed();
    void multivariateFtKeepsCorrelation();
    void undefinedObserved();
    void badOptions_data();
    void badOptions();

private:
    QString writeFile(const QString& name, const QByteArray& text);
    QTemporaryDir m_dir;
    std::vector<double> m_x;
    QString m_path;
};

QString TestCliSignificance::writeFile(const QString& name, const QByteArray& text)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCliSignificance::initTestCase()
{
    QVERIFY(m_dir.isValid());
    std::mt19937_64 g(5);
    std::normal_distribution<double> n;
    double v = 0.0;
    QByteArray text;
    for (int i = 0; i < 600; ++i) {
        v = 0.8 * v + n(g);
        m_x.push_back(v);
        text += QByteArray::number(v, 'g', 17) + '\n';
    }
    m_path = writeFile("ar1.txt", text);
}

void TestCliSignificance::sampenAgainstLibrarySurrogates()
{
    const QJsonObject r = json(cli({"measure", "sample_entropy", "--surrogates", "shuffle", "--count", "19",
                                    "--seed", "5", "--tail", "less", m_path}));
    const QJsonObject s = r.value("significance").toObject();
    QCOMPARE(s.value("kind").toString(), QStringLiteral("shuffle"));
    QCOMPARE(s.value("count").toInt(), 19);
    QCOMPARE(s.value("seed").toInt(), 5);
    QCOMPARE(s.value("tail").toString(), QStringLiteral("less"));
    QCOMPARE(s.value("observed").toDouble(), r.value("value").toDouble());
    const QJsonArray values = s.value("surrogate_values").toArray();
    QCOMPARE(values.size(), 19);
    nd::SurrogateOptions o;
    o.kind = nd::SurrogateKind::Shuffle;
    o.seed = 5;
    std::vector<double> null;
    for (int i = 0; i < 19; ++i) {
        const double lib = nd::sampleEntropy(nd::makeSurrogate(m_x, o, static_cast<std::uint64_t>(i))).value;
        QCOMPARE(values[i].toDouble(), lib);
        null.push_back(lib);
    }
    // A shuffled AR(1) series is white: its sample entropy is higher, so the observed value is
    // below every surrogate's and p (lower tail) = 1 / 20 by the hand count.
    const double observed = r.value("value").toDouble();
    const auto atMost = std::count_if(null.begin(), null.end(), [&](double v) { return v <= observed; });
    QCOMPARE(s.value("p_value").toDouble(), (1.0 + static_cast<double>(atMost)) / 20.0);
    QCOMPARE(atMost, 0);
    const QJsonObject summary = s.value("null").toObject();
    std::sort(null.begin(), null.end());
    QCOMPARE(summary.value("min").toDouble(), null.front());
    QCOMPARE(summary.value("max").toDouble(), null.back());
    QCOMPARE(summary.value("median").toDouble(), null[9]);
    QCOMPARE(summary.value("defined").toInt(), 19);
    QVERIFY(s.value("conventions").toString().contains("(1 + #{null <= observed}) / (n + 1)"));
}

void TestCliSignificance::zeroOneKeepsItsOwnSeed()
{
    // --seed stays the c draw's and --count the old name of --c-count; the surrogates take
    // --surrogate-seed and --surrogate-count.
    const Run run = cli({"measure", "zero_one", "--seed", "7", "--count", "5", "--surrogates", "ft",
                         "--surrogate-seed", "3", "--surrogate-count", "4", m_path});
    QVERIFY(!run.err.contains("already having")); // no clash of option names
    const QJsonObject r = json(run);
    const QJsonObject s = r.value("significance").toObject();
    QCOMPARE(s.value("seed").toInt(), 3);
    nd::SurrogateOptions o;
    o.kind = nd::SurrogateKind::Ft;
    o.seed = 3;
    nd::ZeroOneOptions z;
    z.seed = 7;
    z.cCount = 5;
    z.keepMsd = false;
    QCOMPARE(s.value("observed").toDouble(), nd::zeroOneTest(m_x, z).k);
    const QJsonArray values = s.value("surrogate_values").toArray();
    QCOMPARE(values.size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(values[i].toDouble(),
                 nd::zeroOneTest(nd::makeSurrogate(m_x, o, static_cast<std::uint64_t>(i)), z).k);
}

void TestCliSignificance::multivariateFtKeepsCorrelation()
{
    std::mt19937_64 g(9);
    std::normal_distribution<double> n;
    QByteArray text = "a,b\n";
    for (double x : m_x)
        text += QByteArray::number(x, 'g', 17) + ',' + QByteArray::number(0.6 * x + n(g), 'g', 17) + '\n';
    const QString path = writeFile("two.csv", text);
    const QJsonObject r = json(cli(
        {"measure", "cross_correlation", "--surrogates", "ft", "--count", "9", "--tail", "two-sided", path}));
    const QJsonObject s = r.value("significance").toObject();
    QVERIFY(s.value("multivariate").toBool());
    const double observed = r.value("value").toDouble();
    QVERIFY(observed > 0.5);
    for (const QJsonValue& v : s.value("surrogate_values").toArray())
        QVERIFY2(std::fabs(v.toDouble() - observed) <= 1e-9, qPrintable(QString::number(v.toDouble())));
    // Every surrogate ties with the observed value (up to rounding): p two-sided is at least 2 * 1/10.
    QVERIFY(s.value("p_value").toDouble() >= 0.2);
    QVERIFY(s.value("conventions").toString().contains("multivariate"));
}

void TestCliSignificance::undefinedObserved()
{
    const QString path = writeFile("constant.txt", QByteArray("1.5\n").repeated(100));
    const Run run = cli({"measure", "sample_entropy", "--surrogates", "iaaft", "--count", "3", path});
    QCOMPARE(run.code, 0);
    const QJsonObject s = json(run).value("significance").toObject();
    QVERIFY(s.value("p_value").isNull());
    QVERIFY(s.value("observed").isNull());
    QVERIFY(s.value("reason").toString().contains("undefined"));
    QCOMPARE(s.value("null").toObject().value("undefined").toInt(), 3);
}

void TestCliSignificance::badOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("count 0") << QStringList{"sample_entropy", "--surrogates", "ft", "--count", "0"}
                             << "count";
    QTest::newRow("negative count") << QStringList{"sample_entropy", "--surrogates", "ft", "--count=-3"}
                                    << "count";
    QTest::newRow("unknown kind") << QStringList{"sample_entropy", "--surrogates", "phase"} << "phase";
    QTest::newRow("unknown tail") << QStringList{"sample_entropy", "--surrogates", "ft", "--tail", "both"}
                                  << "--tail";
    QTest::newRow("count without kind") << QStringList{"sample_entropy", "--count", "9"} << "--surrogates";
    QTest::newRow("seed without kind") << QStringList{"sample_entropy", "--seed", "9"} << "--surrogates";
    QTest::newRow("no scalar") << QStringList{"network_spectrum", "--surrogates", "ft"} << "no scalar";
}

void TestCliSignificance::badOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = cli(QStringList{"measure"} + args + QStringList{m_path});
    QVERIFY(r.code != 0);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliSignificance)
#include "tst_cli_significance.moc"
