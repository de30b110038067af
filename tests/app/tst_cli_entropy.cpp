// `neurodyn-cli measure mse | permutation-entropy | apen` as a user runs them: the printed JSON
// equals the library call on the same series (bit for bit, JSON numbers round-trip) for every
// option, the settings and conventions are printed, and bad options or input exit non-zero with
// a message naming the problem.
#include "clirun.h"

#include "measures/approximateentropy.h"
#include "measures/multiscaleentropy.h"
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

class TestCliEntropy : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void mseEqualsLibrary_data();
    void mseEqualsLibrary();
    void permutationEqualsLibrary_data();
    void permutationEqualsLibrary();
    void apenEqualsLibrary_data();
    void apenEqualsLibrary();
    void undefinedScalesAreNullWithReason();
    void surrogatesTestTheScalar();
    void badInputFails_data();
    void badInputFails();

private:
    std::vector<double> m_logistic;
    QByteArray m_text;
};

void TestCliEntropy::initTestCase()
{
    double x = 0.3;
    for (int i = 0; i < 3000; ++i) {
        x = 3.9 * x * (1.0 - x);
        m_logistic.push_back(x);
        m_text += QByteArray::number(x, 'g', 17) + '\n';
    }
}

void TestCliEntropy::mseEqualsLibrary_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("scales");
    QTest::addColumn<bool>("composite");
    QTest::addColumn<bool>("perScale");
    QTest::addColumn<bool>("less");
    QTest::newRow("defaults") << QStringList{} << 20 << false << false << false;
    QTest::newRow("rcmse per-scale lt")
        << QStringList{"--scales", "6", "--method", "rcmse", "--tolerance", "per-scale", "--match", "lt"} << 6
        << true << true << true;
}

void TestCliEntropy::mseEqualsLibrary()
{
    QFETCH(QStringList, options);
    QFETCH(int, scales);
    QFETCH(bool, composite);
    QFETCH(bool, perScale);
    QFETCH(bool, less);
    const QJsonObject o = json(cli(QStringList{"measure", "mse"} + options + QStringList{"-"}, m_text));
    nd::MultiscaleEntropyOptions opt;
    opt.maxScale = scales;
    opt.method = composite ? nd::MseMethod::RefinedComposite : nd::MseMethod::Costa;
    opt.tolerancePerScale = perScale;
    opt.rule = less ? nd::MatchRule::Less : nd::MatchRule::LessOrEqual;
    const nd::MultiscaleEntropyResult lib = nd::multiscaleEntropy(m_logistic, opt);
    const QJsonArray values = o.value("values").toArray();
    const QJsonArray per = o.value("scales").toArray();
    QCOMPARE(values.size(), scales);
    for (int s = 0; s < scales; ++s) {
        const auto& want = lib.scales[static_cast<std::size_t>(s)];
        QVERIFY(want.defined);
        QCOMPARE(values[s].toDouble(), want.value);
        const QJsonObject one = per[s].toObject();
        QCOMPARE(one.value("scale").toInt(), s + 1);
        QCOMPARE(one.value("A").toDouble(), static_cast<double>(want.a));
        QCOMPARE(one.value("B").toDouble(), static_cast<double>(want.b));
        QCOMPARE(one.value("r_used").toDouble(), want.toleranceUsed);
        QCOMPARE(one.value("series").toInt(), composite ? s + 1 : 1);
    }
    QCOMPARE(o.value("complexity_index").toDouble(), lib.complexityIndex);
    QCOMPARE(o.value("conventions").toString().toStdString(), lib.conventions);
    QCOMPARE(o.value("settings").toObject().value("scales").toInt(), scales);
    QCOMPARE(o.value("measure").toString(), QStringLiteral("mse"));
}

void TestCliEntropy::permutationEqualsLibrary_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("delay");
    QTest::addColumn<bool>("normalised");
    QTest::addColumn<bool>("weighted");
    QTest::newRow("defaults") << QStringList{} << 3 << 1 << true << false;
    QTest::newRow("order 5 delay 2 raw weighted")
        << QStringList{"--order", "5", "--delay", "2", "--normalise", "no", "--weighted", "yes"} << 5 << 2
        << false << true;
    // 2995 windows for 720 patterns: fewer than 5 per pattern, so the result carries a warning.
    QTest::newRow("order 6, with a warning") << QStringList{"--order", "6"} << 6 << 1 << true << false;
}

void TestCliEntropy::permutationEqualsLibrary()
{
    QFETCH(QStringList, options);
    QFETCH(int, order);
    QFETCH(int, delay);
    QFETCH(bool, normalised);
    QFETCH(bool, weighted);
    // The hyphenated name is the one the issue gives; the registered name has an underscore.
    const QJsonObject o =
        json(cli(QStringList{"measure", "permutation-entropy"} + options + QStringList{"-"}, m_text));
    const nd::PermutationEntropyResult lib =
        nd::permutationEntropy(m_logistic, {order, delay, normalised, weighted});
    QVERIFY(lib.defined);
    QCOMPARE(o.value("value").toDouble(), lib.value);
    QCOMPARE(o.value("windows").toDouble(), static_cast<double>(lib.windows));
    QCOMPARE(o.value("patterns_missing").toDouble(), static_cast<double>(lib.patternsMissing));
    QCOMPARE(o.value("finite_size_bias").toDouble(), lib.finiteSizeBias);
    QCOMPARE(o.value("frequencies").toArray().size(), static_cast<qsizetype>(lib.frequencies.size()));
    QCOMPARE(o.value("conventions").toString().toStdString(), lib.conventions);
    QCOMPARE(o.value("warning").toString().toStdString(), lib.warning);
    QCOMPARE(o.contains("warning"), order == 6);
    // The logistic map at 3.9 forbids some patterns of order >= 3 (Amigo et al.): all counted.
    QVERIFY(lib.patternsMissing > 0);
}

void TestCliEntropy::apenEqualsLibrary_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("m");
    QTest::addColumn<double>("r");
    QTest::addColumn<bool>("absolute");
    QTest::addColumn<int>("ddof");
    QTest::addColumn<bool>("less");
    QTest::newRow("defaults") << QStringList{} << 2 << 0.2 << false << 0 << false;
    QTest::newRow("abs lt") << QStringList{"--m", "3", "--r", "0.05", "--r-mode", "abs", "--match", "lt"} << 3
                            << 0.05 << true << 0 << true;
    QTest::newRow("ddof1") << QStringList{"--m=1", "--r=0.3", "--ddof=1"} << 1 << 0.3 << false << 1 << false;
}

void TestCliEntropy::apenEqualsLibrary()
{
    QFETCH(QStringList, options);
    QFETCH(int, m);
    QFETCH(double, r);
    QFETCH(bool, absolute);
    QFETCH(int, ddof);
    QFETCH(bool, less);
    const QJsonObject o = json(cli(QStringList{"measure", "apen"} + options + QStringList{"-"}, m_text));
    nd::ApproximateEntropyOptions opt;
    opt.m = m;
    opt.r = r;
    opt.toleranceKind = absolute ? nd::ToleranceKind::Absolute : nd::ToleranceKind::FractionOfStdDev;
    opt.ddof = ddof;
    opt.rule = less ? nd::MatchRule::Less : nd::MatchRule::LessOrEqual;
    const nd::ApproximateEntropyResult lib = nd::approximateEntropy(m_logistic, opt);
    QVERIFY(lib.defined);
    QCOMPARE(o.value("value").toDouble(), lib.value);
    QCOMPARE(o.value("phi_m").toDouble(), lib.phiM);
    QCOMPARE(o.value("phi_m1").toDouble(), lib.phiM1);
    QCOMPARE(o.value("r_used").toDouble(), lib.toleranceUsed);
    QCOMPARE(o.value("templates_m").toInt(), 3000 - m + 1);
    QCOMPARE(o.value("conventions").toString().toStdString(), lib.conventions);
}

void TestCliEntropy::undefinedScalesAreNullWithReason()
{
    // 40 samples at scales 1..15: from scale 11 the coarse-grained series has 3 < m + 2 samples.
    QByteArray text;
    for (int i = 0; i < 40; ++i)
        text += QByteArray::number(std::sin(1.3 * i) + 0.01 * i) + '\n';
    const QJsonObject o = json(cli({"measure", "mse", "--scales", "15", "-"}, text));
    const QJsonArray values = o.value("values").toArray();
    QCOMPARE(values.size(), 15);
    QVERIFY(values[14].isNull());
    QVERIFY(o.value("scales").toArray()[14].toObject().value("reason").toString().contains("m + 2"));
    QVERIFY(o.value("complexity_index").isNull());
    QVERIFY(!o.value("reason").toString().isEmpty());
    // A constant series: permutation entropy and ApEn are null with the reason.
    for (const char* name : {"permutation-entropy", "apen"}) {
        const QJsonObject c = json(cli({"measure", name, "-"}, "2\n2\n2\n2\n2\n2\n2\n"));
        QVERIFY(c.value("value").isNull());
        QVERIFY2(c.value("reason").toString().contains("constant"), name);
    }
}

void TestCliEntropy::surrogatesTestTheScalar()
{
    // --surrogates (the generic option of every measure) tests each measure's one scalar: MSE's
    // complexity index, PE's and ApEn's value. The logistic map at 3.9 is far more regular than
    // its shuffles (lower entropy at every scale and order), so with the lower tail every one of
    // 19 shuffles lies above it: p = 1/20, the smallest a rank test of 19 surrogates can give.
    const struct {
        QStringList args;
        const char* scalar;
    } cases[] = {{{"mse", "--scales", "4"}, "complexity_index"},
                 {{"permutation-entropy", "--order", "4"}, "value"},
                 {{"apen"}, "value"}};
    for (const auto& c : cases) {
        const QJsonObject plain = json(cli(QStringList{"measure"} + c.args + QStringList{"-"}, m_text));
        const QJsonObject o =
            json(cli(QStringList{"measure"} + c.args +
                         QStringList{"--surrogates", "shuffle", "--count", "19", "--tail", "less", "-"},
                     m_text));
        const QJsonObject sig = o.value("significance").toObject();
        QCOMPARE(sig.value("scalar").toString(), QLatin1String(c.scalar));
        QCOMPARE(sig.value("observed").toDouble(), plain.value(c.scalar).toDouble());
        QCOMPARE(o.value(c.scalar).toDouble(), plain.value(c.scalar).toDouble());
        QCOMPARE(sig.value("p_value").toDouble(), 1.0 / 20.0);
        QCOMPARE(sig.value("null").toObject().value("defined").toInt(), 19);
    }
}

void TestCliEntropy::badInputFails_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("message");
    const QByteArray five = "1\n3\n2\n5\n4\n";
    QTest::newRow("order 9") << QStringList{"measure", "permutation-entropy", "--order", "9", "-"} << five
                             << QByteArray("--order must be a whole number from 2 to 8");
    QTest::newRow("order over data") << QStringList{"measure", "permutation-entropy",
                                                    "--order", "4",
                                                    "--delay", "2",
                                                    "-"}
                                     << five << QByteArray("(order-1)*delay + 1 samples");
    QTest::newRow("weighted maybe") << QStringList{"measure", "permutation-entropy", "--weighted", "maybe",
                                                   "-"}
                                    << five << QByteArray("--weighted must be yes or no");
    QTest::newRow("scales over data") << QStringList{"measure", "mse", "--scales", "6", "-"} << five
                                      << QByteArray("6 scales exceed the series' 5 samples");
    QTest::newRow("scales 0") << QStringList{"measure", "mse", "--scales", "0", "-"} << five
                              << QByteArray("--scales must be a whole number");
    QTest::newRow("mse method") << QStringList{"measure", "mse", "--method", "cmse", "-"} << five
                                << QByteArray("--method must be costa or rcmse");
    QTest::newRow("mse r 0") << QStringList{"measure", "mse", "--r", "0", "-"} << five
                             << QByteArray("--r must be a positive number");
    QTest::newRow("apen r negative") << QStringList{"measure", "apen", "--r=-0.1", "-"} << five
                                     << QByteArray("--r must be a positive number");
    QTest::newRow("apen too short") << QStringList{"measure", "apen", "--m", "4", "-"} << five
                                    << QByteArray("m + 2 samples");
    QTest::newRow("apen nan") << QStringList{"measure", "apen", "-"} << QByteArray("1\nnan\n2\n3\n4\n")
                              << QByteArray("apen");
    QTest::newRow("mse inf") << QStringList{"measure", "mse", "-"} << QByteArray("1\n2\ninf\n3\n4\n")
                             << QByteArray("mse");
}

void TestCliEntropy::badInputFails()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, message);
    const Run run = cli(args, input);
    QVERIFY(run.code != 0);
    QVERIFY2(run.err.contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliEntropy)
#include "tst_cli_entropy.moc"
