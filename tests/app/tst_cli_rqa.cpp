// `neurodyn-cli measure rqa` as a user runs it: the printed measures equal the library call on
// the same series (bit for bit, JSON numbers round-trip) for each threshold mode and norm, a
// windowed run prints one value per window equal to the library's windows, --surrogates tests
// DET (the logistic map at 3.9 is far more deterministic than its shuffles), and bad options or
// input exit non-zero with a message naming the problem; --figure writes the recurrence plot.
#include "clirun.h"

#include "measures/embedding.h"
#include "measures/recurrence.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>
#include <vector>

using ndtest::cli;
using ndtest::json;
using ndtest::Run;
using namespace nd;

class TestCliRqa : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void equalsLibrary_data();
    void equalsLibrary();
    void windows();
    void surrogatesTestDet();
    void figureFiles();
    void badInputFails_data();
    void badInputFails();
    void embeddingChosenFromTheSeries();

private:
    std::vector<double> m_logistic;
    QByteArray m_text;
};

void TestCliRqa::initTestCase()
{
    double x = 0.3;
    for (int i = 0; i < 1500; ++i) {
        x = 3.9 * x * (1.0 - x);
        m_logistic.push_back(x);
        m_text += QByteArray::number(x, 'g', 17) + '\n';
    }
}

void TestCliRqa::equalsLibrary_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("mode"); // 0 sd, 1 abs, 2 rate
    QTest::addColumn<bool>("euclidean");
    QTest::newRow("defaults") << QStringList{} << 0 << false;
    QTest::newRow("m3 abs euclidean")
        << QStringList{"--m", "3",      "--tau",     "2",         "--eps", "0.08",   "--eps-mode",
                       "abs", "--norm", "euclidean", "--theiler", "3",     "--lmin", "3"}
        << 1 << true;
    QTest::newRow("rate") << QStringList{"--m", "2", "--eps", "0.05", "--eps-mode", "rate", "--vmin", "3"}
                          << 2 << false;
}

void TestCliRqa::equalsLibrary()
{
    QFETCH(QStringList, options);
    QFETCH(int, mode);
    QFETCH(bool, euclidean);
    RecurrenceOptions o;
    if (!options.isEmpty()) {
        o.dimension = options.at(1).toInt();
        if (mode == 1) {
            o.delay = 2;
            o.threshold = 0.08;
            o.thresholdKind = RecurrenceThreshold::Absolute;
            o.theiler = 3;
            o.minDiagonal = 3;
        } else {
            o.threshold = 0.05;
            o.thresholdKind = RecurrenceThreshold::FixedRate;
            o.minVertical = 3;
        }
    }
    o.norm = euclidean ? RecurrenceNorm::Euclidean : RecurrenceNorm::Max;
    const RqaResult r = recurrenceQuantification(m_logistic, o);
    const QJsonObject j = json(cli(QStringList{"measure", "rqa"} + options + QStringList{"-"}, m_text));
    QVERIFY(r.defined && r.detDefined && r.lineDefined);
    // TT may be undefined (the logistic map seldom stays put): null with its reason then.
    if (r.ttDefined)
        QCOMPARE(j.value("TT").toDouble(), r.tt);
    else
        QVERIFY(j.value("TT").isNull() && j.value("reasons").toObject().contains("TT"));
    QCOMPARE(j.value("RR").toDouble(), r.rr);
    QCOMPARE(j.value("DET").toDouble(), r.det);
    QCOMPARE(j.value("L_max").toDouble(), double(r.lMax));
    QCOMPARE(j.value("L_mean").toDouble(), r.lMean);
    QCOMPARE(j.value("ENTR").toDouble(), r.entr);
    QCOMPARE(j.value("LAM").toDouble(), r.lam);
    QCOMPARE(j.value("eps_used").toDouble(), r.epsilon);
    QCOMPARE(j.value("recurrences").toDouble(), double(r.recurrences));
    QCOMPARE(j.value("conventions").toString(), QString::fromStdString(r.conventions));
    QVERIFY(j.value("conventions").toString().contains("l >= l_min="));
    // The histogram's points add up to the recurrences (each recurrent cell on one line).
    double points = 0;
    for (const QJsonValue& v : j.value("diagonal_lines").toArray())
        points += v.toArray().at(0).toDouble() * v.toArray().at(1).toDouble();
    QCOMPARE(points, double(r.recurrences));
}

void TestCliRqa::windows()
{
    const QJsonObject j =
        json(cli({"measure", "rqa", "--m", "2", "--window", "500", "--step", "250", "-"}, m_text));
    RecurrenceOptions o;
    o.dimension = 2;
    const WindowedRqaResult w = windowedRecurrenceQuantification(m_logistic, 500, 250, o);
    const QJsonObject a = j.value("windows").toObject();
    QCOMPARE(a.value("start").toArray().size(), 5);
    QCOMPARE(qsizetype(w.windows.size()), qsizetype(5));
    for (int k = 0; k < 5; ++k) {
        QCOMPARE(a.value("start").toArray().at(k).toDouble(), double(w.starts[std::size_t(k)]));
        QCOMPARE(a.value("DET").toArray().at(k).toDouble(), w.windows[std::size_t(k)].det);
        QCOMPARE(a.value("RR").toArray().at(k).toDouble(), w.windows[std::size_t(k)].rr);
    }
    QVERIFY(j.value("DET").isNull() && j.contains("reason"));
}

void TestCliRqa::surrogatesTestDet()
{
    const QStringList args{"measure", "rqa", "--m", "2"};
    const QJsonObject plain = json(cli(args + QStringList{"-"}, m_text));
    const QJsonObject o = json(cli(
        args + QStringList{"--surrogates", "shuffle", "--count", "19", "--tail", "greater", "-"}, m_text));
    const QJsonObject sig = o.value("significance").toObject();
    QCOMPARE(sig.value("scalar").toString(), QLatin1String("DET"));
    QCOMPARE(sig.value("observed").toDouble(), plain.value("DET").toDouble());
    QCOMPARE(sig.value("p_value").toDouble(), 1.0 / 20.0);
}

void TestCliRqa::figureFiles()
{
    // --figure draws the recurrence plot next to the JSON: three files, listed in "figure".
    QTemporaryDir dir;
    const QString base = dir.filePath("rp");
    const QJsonObject j = json(cli({"measure", "rqa", "--m", "2", "--figure", base, "-"}, m_text));
    const QJsonArray files = j.value("figure").toArray();
    QCOMPARE(files.size(), 3);
    for (const QJsonValue& f : files)
        QVERIFY2(QFileInfo(f.toString()).size() > 1000, qPrintable(f.toString()));
    QFile png(base + ".png");
    QVERIFY(png.open(QIODevice::ReadOnly));
    QCOMPARE(png.read(4), QByteArray("\x89PNG"));
    const Run windowed = cli({"measure", "rqa", "--window", "500", "--figure", base, "-"}, m_text);
    QVERIFY(windowed.code != 0 && windowed.err.contains("not with --window"));
}

void TestCliRqa::badInputFails_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("message");
    const QByteArray five = "1\n3\n2\n5\n4\n";
    QTest::newRow("negative eps") << QStringList{"measure", "rqa", "--eps", "-1", "-"} << five
                                  << QByteArray("--eps must be a positive number");
    QTest::newRow("rate over 1") << QStringList{"measure", "rqa", "--eps", "2", "--eps-mode", "rate", "-"}
                                 << five << QByteArray("--eps must be a positive number");
    QTest::newRow("m 0") << QStringList{"measure", "rqa", "--m", "0", "-"} << five
                         << QByteArray("--m must be a whole number");
    QTest::newRow("m rule") << QStringList{"measure", "rqa", "--dimension", "kennel", "-"} << five
                            << QByteArray("fnn or cao");
    QTest::newRow("tau rule") << QStringList{"measure", "rqa", "--delay", "first", "-"} << five
                              << QByteArray("ami or acf");
    QTest::newRow("norm") << QStringList{"measure", "rqa", "--norm", "taxi", "-"} << five
                          << QByteArray("--norm must be max or euclidean");
    QTest::newRow("too short") << QStringList{"measure", "rqa", "--m", "3", "--tau", "2", "-"} << five
                               << QByteArray("(m-1)*tau + max(2, w+1) samples");
    QTest::newRow("window too long") << QStringList{"measure", "rqa", "--window", "9", "-"} << five
                                     << QByteArray("longer than the series");
    QTest::newRow("step alone") << QStringList{"measure", "rqa", "--step", "2", "-"} << five
                                << QByteArray("--step needs --window");
    QTest::newRow("nan") << QStringList{"measure", "rqa", "-"} << QByteArray("1\nnan\n2\n3\n")
                         << QByteArray("rqa");
}

void TestCliRqa::badInputFails()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, message);
    const Run run = cli(args, input);
    QVERIFY(run.code != 0);
    QVERIFY2(run.err.contains(message), run.err.constData());
}

// --tau ami and --m fnn|cao (also --delay, --dimension): a sine of period 40 gets the quarter
// period, 10, as its delay (the mutual information's first minimum); the dimension is the
// library's choice with that delay, the measures are the library's RQA in that embedding, and
// both choices are stated. A constant series has no delay: DET is null with the reason.
void TestCliRqa::embeddingChosenFromTheSeries()
{
    std::vector<double> sine;
    QByteArray text;
    for (int i = 0; i < 2000; ++i) {
        sine.push_back(std::sin(2.0 * std::numbers::pi * i / 40.0));
        text += QByteArray::number(sine.back(), 'g', 17) + '\n';
    }
    for (const char* rule : {"fnn", "cao"}) {
        const QJsonObject j = json(cli({"measure", "rqa", "--delay", "ami", "--dimension", rule, "-"}, text));
        QCOMPARE(j.value("delay_choice").toObject().value("value").toInt(), 10);
        DimensionOptions d;
        d.delay = 10;
        const DimensionResult dim = chooseDimension(sine, d);
        const int m = QLatin1String(rule) == QLatin1String("fnn") ? dim.fnnDimension : dim.caoDimension;
        QVERIFY(m >= 1);
        const QJsonObject choice = j.value("dimension_choice").toObject();
        QCOMPARE(choice.value("value").toInt(), m);
        // The rule, and for Cao which of its criteria chose (the sine's E1 reaches 1 at d = 2).
        QCOMPARE(choice.value("rule").toString(), QLatin1String(rule) == QLatin1String("cao")
                                                      ? QStringLiteral("cao: threshold")
                                                      : QString(rule));
        QCOMPARE(j.value("settings").toObject().value("m").toInt(), m);
        QCOMPARE(j.value("settings").toObject().value("tau").toInt(), 10);
        RecurrenceOptions o;
        o.dimension = m;
        o.delay = 10;
        const RqaResult r = recurrenceQuantification(sine, o);
        QCOMPARE(j.value("DET").toDouble(), r.det);
        QCOMPARE(j.value("RR").toDouble(), r.rr);
    }
    // Without --m a rule, only the delay is chosen; m stays the given one.
    const QJsonObject tauOnly = json(cli({"measure", "rqa", "--tau", "ami", "--m", "2", "-"}, text));
    QCOMPARE(tauOnly.value("settings").toObject().value("m").toInt(), 2);
    QVERIFY(!tauOnly.contains("dimension_choice"));
    const QJsonObject flat =
        json(cli({"measure", "rqa", "--tau", "ami", "-"}, QByteArray("1\n").repeated(100)));
    QVERIFY(flat.value("DET").isNull());
    QVERIFY2(flat.value("reason").toString().contains("tau ami chose no delay"),
             qPrintable(flat.value("reason").toString()));
}

QTEST_GUILESS_MAIN(TestCliRqa)
#include "tst_cli_rqa.moc"
