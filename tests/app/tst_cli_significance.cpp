// `neurodyn-cli measure NAME --surrogates KIND` as a user runs it: the surrogate values equal the
// library measure on the library's surrogates, the p-value and null summary equal hand counts
// of the printed values, multivariate FT keeps a zero-lag correlation in every surrogate (shared
// phases keep the cross-spectra), and bad option values exit non-zero with a clear message. The
// run's twins carry the same "significance" object as `measure` on the run's own trajectory.
#include "clirun.h"

#include "measures/sampleentropy.h"
#include "measures/surrogates.h"
#include "measures/zeroone.h"

#include <QDir>
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
    void runTwinEqualsMeasure();
    void mfdfaScalarChoice();
    void runSynchronyFtKeepsCorrelation();

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

// A study asking three sections for significance: each twin's object equals the one `measure
// --surrogates` prints for the run's trajectory.csv column with the same settings (one path:
// the same surrogates, the same measure on each), the conventions apart.
void TestCliSignificance::runTwinEqualsMeasure()
{
    QJsonObject study = QJsonDocument::fromJson(cli({"example", "chialvo-bursting", "-"}).out).object();
    QJsonObject simulation = study.value("simulation").toObject();
    simulation.insert("samples", 600);
    study.insert("simulation", simulation);
    QJsonObject analyses = study.value("analyses").toObject();
    QJsonObject zeroOne = analyses.value("zero_one").toObject();
    zeroOne.insert("significance", QJsonObject{{"surrogates", "ft"}, {"count", 5}, {"seed", 2}});
    QJsonObject sampen = analyses.value("sample_entropy").toObject();
    sampen.insert("significance",
                  QJsonObject{{"surrogates", "shuffle"}, {"count", 9}, {"seed", 1}, {"tail", "less"}});
    QJsonObject mfdfa = analyses.value("mfdfa").toObject();
    mfdfa.insert("significance", QJsonObject{{"surrogates", "iaaft"}, {"count", 4}, {"scalar", "h2"}});
    study.insert("analyses",
                 QJsonObject{{"zero_one", zeroOne}, {"sample_entropy", sampen}, {"mfdfa", mfdfa}});
    const QString studyPath = m_dir.filePath("significance-study.json");
    writeFile("significance-study.json", QJsonDocument(study).toJson());
    const QString out = m_dir.filePath("significance-run");
    const Run run = cli({"run", studyPath, "--out", out, "--no-figures"});
    QVERIFY2(run.code == 0, run.err.constData());
    const QString trajectory = QDir(out).filePath("trajectory.csv");
    const auto twin = [&](const char* name) {
        QFile f(QDir(out).filePath(QLatin1String(name) + ".json"));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    };
    const auto same = [](QJsonObject a, QJsonObject b) {
        QVERIFY(a.value("conventions").toString().contains("surrogate i is seeded by"));
        a.remove("conventions");
        b.remove("conventions");
        QCOMPARE(a, b);
    };
    const QJsonObject z = json(cli({"measure", "zero_one", "--column", "x", "--surrogates", "ft",
                                    "--surrogate-count", "5", "--surrogate-seed", "2", trajectory}));
    const QJsonObject zt = twin("zero_one").value("significance").toObject();
    QCOMPARE(zt.value("scalar").toString(), QStringLiteral("K"));
    QCOMPARE(zt.value("observed").toDouble(), twin("zero_one").value("K").toDouble());
    same(zt, z.value("significance").toObject());
    const QJsonObject e = json(cli({"measure", "sample_entropy", "--column", "x", "--surrogates", "shuffle",
                                    "--count", "9", "--seed", "1", "--tail", "less", trajectory}));
    same(twin("sample_entropy").value("significance").toObject(), e.value("significance").toObject());
    const QJsonObject m = json(cli({"measure", "mfdfa", "--column", "x", "--surrogates", "iaaft", "--count",
                                    "4", "--scalar", "h2", trajectory}));
    same(twin("mfdfa").value("significance").toObject(), m.value("significance").toObject());
}

// MFDFA tests its width by default and h(2) with --scalar h2: the observed value is the h of
// q = 2 in the printed q grid, and a grid without 2 leaves h2 undefined with its reason.
void TestCliSignificance::mfdfaScalarChoice()
{
    const QJsonObject width =
        json(cli({"measure", "mfdfa", "--surrogates", "shuffle", "--count", "3", m_path}));
    QCOMPARE(width.value("significance").toObject().value("scalar").toString(), QStringLiteral("width"));
    QCOMPARE(width.value("significance").toObject().value("observed").toDouble(),
             width.value("width").toDouble());
    const QJsonObject h2 =
        json(cli({"measure", "mfdfa", "--surrogates", "shuffle", "--count", "3", "--scalar", "h2", m_path}));
    const QJsonArray q = h2.value("q").toArray(), h = h2.value("h").toArray();
    int at = -1;
    for (int i = 0; i < q.size(); ++i)
        if (q[i].toDouble() == 2.0)
            at = i;
    QVERIFY(at >= 0);
    QCOMPARE(h2.value("h2").toDouble(), h[at].toDouble());
    QCOMPARE(h2.value("significance").toObject().value("observed").toDouble(), h[at].toDouble());
    const QJsonObject noTwo = json(cli({"measure", "mfdfa", "--q", "-1,1,3", m_path}));
    QVERIFY(noTwo.value("h2").isNull());
    QVERIFY(noTwo.value("h2_reason").toString().contains("not in the q grid"));
    const Run bad = cli({"measure", "mfdfa", "--surrogates", "ft", "--scalar", "h3", m_path});
    QVERIFY(bad.code != 0);
    QVERIFY(bad.err.contains("width, h2"));
    const Run other = cli({"measure", "sample_entropy", "--surrogates", "ft", "--scalar", "h2", m_path});
    QVERIFY(other.code != 0);
    QVERIFY(other.err.contains("--scalar must be one of value"));
}

// The run's synchrony section tests its correlation scalar over multivariate surrogates of the
// node series: FT surrogates with one phase set keep every cross-spectrum (Parseval), so every
// zero-lag correlation, and each surrogate's scalar equals the observed one to rounding.
void TestCliSignificance::runSynchronyFtKeepsCorrelation()
{
    QJsonObject study =
        QJsonDocument::fromJson(cli({"example", "paper-chain-fixed-points", "-"}).out).object();
    QJsonObject simulation = study.value("simulation").toObject();
    simulation.insert("samples", 500);
    study.insert("simulation", simulation);
    QJsonObject synchrony = study.value("analyses").toObject().value("synchrony").toObject();
    synchrony.insert("significance", QJsonObject{{"surrogates", "ft"}, {"count", 5}});
    study.insert("analyses", QJsonObject{{"synchrony", synchrony}});
    const QString studyPath = m_dir.filePath("synchrony-study.json");
    writeFile("synchrony-study.json", QJsonDocument(study).toJson());
    const QString out = m_dir.filePath("synchrony-run");
    const Run run = cli({"run", studyPath, "--out", out, "--no-figures"});
    QVERIFY2(run.code == 0, run.err.constData());
    QFile f(QDir(out).filePath("synchrony.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject twin = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject s = twin.value("significance").toObject();
    QCOMPARE(s.value("scalar").toString(), QStringLiteral("correlation_value"));
    QVERIFY(s.value("multivariate").toBool());
    const double observed = twin.value("correlation_value").toDouble();
    QCOMPARE(s.value("observed").toDouble(), observed);
    const QJsonArray values = s.value("surrogate_values").toArray();
    QCOMPARE(values.size(), 5);
    for (const QJsonValue& v : values)
        QVERIFY2(std::fabs(v.toDouble() - observed) <= 1e-9,
                 qPrintable(QString::number(v.toDouble(), 'g', 17)));
}

QTEST_GUILESS_MAIN(TestCliSignificance)
#include "tst_cli_significance.moc"
