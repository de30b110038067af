// `neurodyn-cli measure embedding` as a user runs it: the printed delay, false-neighbour and Cao
// curves and choices equal the library calls on the same series (bit for bit: JSON numbers
// round-trip), a given --delay skips the choice, the Henon map's x gives dimension 2 end to end,
// --surrogates is refused (the measure reports choices, no scalar), and bad options exit
// non-zero with a message naming the problem.
#include "clirun.h"

#include "measures/embedding.h"
#include "measures/permutationentropy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <vector>

using ndtest::cli;
using ndtest::json;
using ndtest::Run;

class TestCliEmbedding : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void equalsLibrary();
    void givenDelay();
    void surrogatesRefused();
    void permutationEntropyDelayAmi();
    void badInputFails_data();
    void badInputFails();

private:
    std::vector<double> m_henon;
    QByteArray m_text;
};

namespace {

void compareArray(const QJsonArray& a, const std::vector<double>& b)
{
    QCOMPARE(static_cast<std::size_t>(a.size()), b.size());
    for (std::size_t i = 0; i < b.size(); ++i)
        QCOMPARE(a[static_cast<int>(i)].toDouble(), b[i]);
}
} // namespace

void TestCliEmbedding::initTestCase()
{
    double x = 0.1, y = 0.1;
    for (int i = 0; i < 3000; ++i) {
        const double nx = 1.0 - 1.4 * x * x + y;
        y = 0.3 * x;
        x = nx;
        if (i >= 500) {
            m_henon.push_back(x);
            m_text += QByteArray::number(x, 'g', 17) + '\n';
        }
    }
}

void TestCliEmbedding::equalsLibrary()
{
    const QJsonObject o =
        json(cli({"measure", "embedding", "--max-dimension", "5", "--theiler", "2", "-"}, m_text));
    const nd::DelayResult d = nd::chooseDelay(m_henon);
    const QJsonObject delay = o.value("delay").toObject();
    QCOMPARE(delay.value("value").toInt(), d.delay);
    QCOMPARE(delay.value("rule").toString().toStdString(), d.rule);
    QCOMPARE(delay.value("bins").toInt(), d.bins);
    compareArray(delay.value("mutual_information").toArray(), d.mutualInformation);
    compareArray(delay.value("autocorrelation").toArray(), d.autocorrelation);
    nd::DimensionOptions opt;
    opt.delay = d.delay;
    opt.maxDimension = 5;
    opt.theilerWindow = 2;
    const nd::DimensionResult r = nd::chooseDimension(m_henon, opt);
    const QJsonObject fnn = o.value("fnn").toObject();
    const QJsonObject cao = o.value("cao").toObject();
    compareArray(fnn.value("fractions").toArray(), r.fnnFraction);
    compareArray(cao.value("e1").toArray(), r.caoE1);
    compareArray(cao.value("e2").toArray(), r.caoE2);
    QCOMPARE(fnn.value("dimension").isNull(), !r.fnnDefined);
    QCOMPARE(fnn.value("dimension").toInt(), r.fnnDimension);
    QCOMPARE(cao.value("dimension").toInt(), r.caoDimension);
    QCOMPARE(o.value("conventions").toString().toStdString(), r.conventions);
    QCOMPARE(o.value("measure").toString(), QStringLiteral("embedding"));
}

void TestCliEmbedding::givenDelay()
{
    // The Henon map is a map: delay 1 is its natural embedding, and x alone needs (x_n, x_{n-1}).
    const QJsonObject o =
        json(cli({"measure", "embedding", "--delay", "1", "--max-dimension", "4", "-"}, m_text));
    const QJsonObject delay = o.value("delay").toObject();
    QCOMPARE(delay.value("value").toInt(), 1);
    QCOMPARE(delay.value("rule").toString(), QStringLiteral("given"));
    QVERIFY(!delay.contains("mutual_information"));
    QCOMPARE(o.value("fnn").toObject().value("dimension").toInt(), 2);
    QCOMPARE(o.value("cao").toObject().value("dimension").toInt(), 2);
}

void TestCliEmbedding::surrogatesRefused()
{
    const Run run = cli({"measure", "embedding", "--surrogates", "shuffle", "-"}, m_text);
    QVERIFY(run.code != 0);
}

void TestCliEmbedding::permutationEntropyDelayAmi()
{
    // A sine of period 48: the mutual information's first minimum is a quarter period, and
    // permutation entropy with --delay ami equals the library at that delay.
    std::vector<double> x;
    QByteArray text;
    for (int i = 0; i < 2000; ++i) {
        x.push_back(std::sin(2.0 * 3.141592653589793 * i / 48.0) + 0.01 * ((i * 7919) % 13));
        text += QByteArray::number(x.back(), 'g', 17) + '\n';
    }
    const nd::DelayResult d = nd::chooseDelay(x);
    QVERIFY(d.defined);
    QVERIFY2(std::abs(d.delay - 12) <= 2, QByteArray::number(d.delay).constData());
    const QJsonObject o =
        json(cli({"measure", "permutation-entropy", "--order", "4", "--delay", "ami", "-"}, text));
    QCOMPARE(o.value("delay_choice").toObject().value("value").toInt(), d.delay);
    QCOMPARE(o.value("settings").toObject().value("delay").toInt(), d.delay);
    nd::PermutationEntropyOptions pe;
    pe.order = 4;
    pe.delay = d.delay;
    QCOMPARE(o.value("value").toDouble(), nd::permutationEntropy(x, pe).value);
}

void TestCliEmbedding::badInputFails_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("message");
    QByteArray twenty;
    for (int i = 0; i < 20; ++i)
        twenty += QByteArray::number(i % 7) + '\n';
    QTest::newRow("delay word") << QStringList{"measure", "embedding", "--delay", "mutual", "-"} << twenty
                                << QByteArray("--delay must be ami, acf or a whole number");
    QTest::newRow("bins 1") << QStringList{"measure", "embedding", "--bins", "2", "-"} << twenty
                            << QByteArray("--bins must be 0 or a whole number from 3 to 1024");
    QTest::newRow("dimension 31") << QStringList{"measure", "embedding", "--max-dimension", "31", "-"}
                                  << twenty
                                  << QByteArray("--max-dimension must be a whole number from 1 to 30");
    QTest::newRow("rtol 0") << QStringList{"measure", "embedding", "--rtol", "0", "-"} << twenty
                            << QByteArray("--rtol and --atol must be numbers > 0");
    QTest::newRow("too short") << QStringList{"measure", "embedding", "-"} << QByteArray("1\n2\n3\n")
                               << QByteArray("delay choice: series");
    QTest::newRow("short for dimension") << QStringList{"measure", "embedding", "--delay", "3", "-"} << twenty
                                         << QByteArray("embedding dimension: series");
    QTest::newRow("nan") << QStringList{"measure", "embedding", "-"} << QByteArray("1\nnan\n2\n3\n4\n")
                         << QByteArray("embedding");
}

void TestCliEmbedding::badInputFails()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, message);
    const Run run = cli(args, input);
    QVERIFY(run.code != 0);
    QVERIFY2(run.err.contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliEmbedding)
#include "tst_cli_embedding.moc"
