// The embedding rules offered wherever a measure embeds a series (issue 20 point 5), as a user
// runs them: `neurodyn-cli measure` with a rule in place of a number (RQA's m/tau, permutation
// entropy's order/delay, sample entropy's m/lag, MSE's and ApEn's m) chooses what the library's
// rules choose and then measures exactly as with those numbers given; the choice is printed; a
// rule that finds nothing gives a null scalar with its reason; --surrogates measures every
// surrogate at the series' choice (the same surrogate values as with the numbers given); and
// `neurodyn-cli run` does the same from study files, stopping with the section's name when a
// rule finds nothing. Oracles: a sine's quarter period (both delay rules) and its circle (m = 2);
// the Henon map's two dimensions (FNN and Cao both 2 at delay 1, tst_embedding).
#include "clirun.h"

#include "measures/embedding.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>
#include <random>
#include <vector>

using ndtest::cli;
using ndtest::json;
using ndtest::Run;

class TestEmbeddingRules : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void rulesMeasureAsTheChosenNumbers_data();
    void rulesMeasureAsTheChosenNumbers();
    void ruleThatFindsNothingIsNullWithReason();
    void surrogatesKeepTheSeriesChoice();
    void badRuleWordsAreRefused_data();
    void badRuleWordsAreRefused();
    void studySectionsTakeTheRules();
    void studyStopsWhenARuleFindsNothing();

private:
    QString runStudy(const QString& name, const QJsonObject& analyses);
    QByteArray m_sine;  // period 40, 4000 samples
    QByteArray m_noise; // independent uniform samples, 2000
    int m_sineDelay = 0;
    QTemporaryDir m_dir;
};

void TestEmbeddingRules::initTestCase()
{
    std::vector<double> x;
    for (int i = 0; i < 4000; ++i) {
        x.push_back(std::sin(2.0 * std::numbers::pi * i / 40.0 + 0.3));
        m_sine += QByteArray::number(x.back(), 'g', 17) + '\n';
    }
    m_sineDelay = nd::chooseDelay(x).delay;
    QVERIFY2(std::abs(m_sineDelay - 10) <= 1, qPrintable(QString::number(m_sineDelay))); // a quarter period
    std::mt19937_64 rng(11); // independent uniform samples: no dimension unfolds them
    for (int i = 0; i < 2000; ++i)
        m_noise += QByteArray::number(static_cast<double>(rng() >> 11) * 0x1p-53, 'g', 17) + '\n';
    QVERIFY(m_dir.isValid());
}

void TestEmbeddingRules::rulesMeasureAsTheChosenNumbers_data()
{
    QTest::addColumn<QStringList>("withRules");
    QTest::addColumn<QString>("delayOption"); // empty: the measure has no delay
    QTest::addColumn<QString>("dimensionOption");
    QTest::addColumn<QStringList>("rest");
    QTest::addColumn<QString>("scalar");
    QTest::newRow("permutation entropy")
        << QStringList{"permutation-entropy", "--order", "fnn", "--delay", "ami"} << "--delay"
        << "--order" << QStringList{} << "value";
    QTest::newRow("sample entropy") << QStringList{"sample_entropy", "--m", "cao", "--lag", "ami"} << "--lag"
                                    << "--m" << QStringList{} << "value";
    QTest::newRow("rqa") << QStringList{"rqa", "--m", "fnn", "--tau", "ami"} << "--tau"
                         << "--m" << QStringList{"--eps", "0.2"} << "DET";
    QTest::newRow("mse") << QStringList{"mse", "--m", "cao"} << ""
                         << "--m" << QStringList{"--scales", "3"} << "complexity_index";
    QTest::newRow("apen") << QStringList{"apen", "--m", "fnn"} << ""
                          << "--m" << QStringList{} << "value";
}

void TestEmbeddingRules::rulesMeasureAsTheChosenNumbers()
{
    QFETCH(QStringList, withRules);
    QFETCH(QString, delayOption);
    QFETCH(QString, dimensionOption);
    QFETCH(QStringList, rest);
    QFETCH(QString, scalar);
    const QJsonObject ruled = json(cli(QStringList{"measure"} + withRules + rest + QStringList{"-"}, m_sine));
    // The sine's circle needs two coordinates: FNN and Cao both choose 2.
    const QJsonObject dimension = ruled.value("dimension_choice").toObject();
    QCOMPARE(dimension.value("value").toInt(), 2);
    QVERIFY(!dimension.value("rule").toString().isEmpty());
    QVERIFY(dimension.value("conventions").toString().contains("Cao"));
    QStringList given{withRules.front(), dimensionOption, "2"};
    if (!delayOption.isEmpty()) {
        const QJsonObject delay = ruled.value("delay_choice").toObject();
        QCOMPARE(delay.value("value").toInt(), m_sineDelay);
        QCOMPARE(delay.value("rule").toString(), QStringLiteral("ami: first minimum"));
        QVERIFY(delay.value("independence_level").toDouble() > 0.0);
        given << delayOption << QString::number(m_sineDelay);
    } else {
        QVERIFY(!ruled.contains("delay_choice"));
    }
    const QJsonObject plain = json(cli(QStringList{"measure"} + given + rest + QStringList{"-"}, m_sine));
    QVERIFY(plain.value(scalar).isDouble());
    QCOMPARE(ruled.value(scalar).toDouble(), plain.value(scalar).toDouble());
    QVERIFY(!plain.contains("dimension_choice") && !plain.contains("delay_choice"));
}

void TestEmbeddingRules::ruleThatFindsNothingIsNullWithReason()
{
    // Independent-looking samples: the false-neighbour fraction never falls below 1%.
    const QJsonObject pe =
        json(cli({"measure", "permutation-entropy", "--order", "fnn", "--delay", "1", "-"}, m_noise));
    QVERIFY(pe.value("value").isNull());
    QVERIFY2(pe.value("reason").toString().startsWith("order fnn chose no dimension"),
             qPrintable(pe.value("reason").toString()));
    const QJsonObject se = json(cli({"measure", "sample_entropy", "--m", "fnn", "-"}, m_noise));
    QVERIFY(se.value("value").isNull());
    QVERIFY(se.value("reason").toString().startsWith("m fnn chose no dimension"));
    // With surrogates, a series whose rule chose nothing gives no embedding to the surrogates
    // either: each is undefined, none is embedded by rules of its own.
    const QJsonObject sig =
        json(cli({"measure", "sample_entropy", "--m", "fnn", "--surrogates", "shuffle", "--count", "5", "-"},
                 m_noise))
            .value("significance")
            .toObject();
    QVERIFY(sig.value("p_value").isNull());
    QCOMPARE(sig.value("null").toObject().value("undefined").toInt(), 5);
    // A choice outside the measure's range (permutation entropy's orders 2..8) is tested on the
    // library's chooseEmbedding in tst_embedding (chooseEmbeddingRulesAndBounds).
}

void TestEmbeddingRules::surrogatesKeepTheSeriesChoice()
{
    // With the rules, each surrogate is measured at the order and delay chosen for the series:
    // the null values are those of the same surrogates (same kind and seed) with the numbers given.
    const QStringList sig{"--surrogates", "iaaft", "--count", "9", "--seed", "3", "-"};
    const QJsonObject ruled = json(
        cli(QStringList{"measure", "permutation-entropy", "--order", "fnn", "--delay", "ami"} + sig, m_sine));
    const QJsonObject given = json(cli(QStringList{"measure", "permutation-entropy", "--order", "2",
                                                   "--delay", QString::number(m_sineDelay)} +
                                           sig,
                                       m_sine));
    const QJsonObject a = ruled.value("significance").toObject(), b = given.value("significance").toObject();
    QCOMPARE(a.value("null").toObject().value("defined").toInt(), 9);
    QCOMPARE(a.value("surrogate_values").toArray(), b.value("surrogate_values").toArray());
    QCOMPARE(a.value("p_value").toDouble(), b.value("p_value").toDouble());
    QVERIFY2(a.value("conventions").toString().contains("not re-applied"),
             qPrintable(a.value("conventions").toString()));
}

void TestEmbeddingRules::badRuleWordsAreRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("order word") << QStringList{"permutation-entropy", "--order", "knn"}
                                << QByteArray("--order must be a whole number from 2 to 8, fnn or cao");
    QTest::newRow("order 9") << QStringList{"permutation-entropy", "--order", "9"}
                             << QByteArray("--order must be a whole number from 2 to 8");
    QTest::newRow("lag word") << QStringList{"sample_entropy", "--lag", "mi"}
                              << QByteArray("--lag must be a whole number from 1 to 1e6, ami or acf");
    QTest::newRow("m word") << QStringList{"apen", "--m", "auto"}
                            << QByteArray("--m must be a whole number from 1 to 1000, fnn or cao");
    QTest::newRow("tau word") << QStringList{"rqa", "--tau", "first"}
                              << QByteArray("--tau must be a whole number from 1 to 1e6, ami or acf");
    QTest::newRow("cao plateau") << QStringList{"embedding", "--cao-plateau", "2"}
                                 << QByteArray("--cao-plateau must be a number from 0 (off) to 1");
}

void TestEmbeddingRules::badRuleWordsAreRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Run run = cli(QStringList{"measure"} + args + QStringList{"-"}, m_sine);
    QVERIFY(run.code != 0);
    QVERIFY2(run.err.contains(message), run.err.constData());
}

QString TestEmbeddingRules::runStudy(const QString& name, const QJsonObject& analyses)
{
    QJsonObject study = QJsonDocument::fromJson(cli({"example", "henon-attractor", "-"}).out).object();
    QJsonObject simulation = study.value("simulation").toObject();
    simulation.insert("samples", 3000);
    study.insert("simulation", simulation);
    study.insert("analyses", analyses);
    const QString path = m_dir.filePath(name + ".json");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QJsonDocument(study).toJson());
    f.close();
    return path;
}

void TestEmbeddingRules::studySectionsTakeTheRules()
{
    // The Henon map is two-dimensional: at delay 1 both rules choose 2 (tst_embedding), and each
    // measure then equals its run with 2 given.
    const QJsonObject ruled{{"permutation_entropy", QJsonObject{{"order", "cao"}, {"delay", 1}}},
                            {"sample_entropy", QJsonObject{{"m", "fnn"}, {"lag", 1}}},
                            {"apen", QJsonObject{{"m", "cao"}}},
                            {"mse", QJsonObject{{"m", "fnn"}, {"scales", 3}}}};
    const QJsonObject given{{"permutation_entropy", QJsonObject{{"order", 2}, {"delay", 1}}},
                            {"sample_entropy", QJsonObject{{"m", 2}, {"lag", 1}}},
                            {"apen", QJsonObject{{"m", 2}}},
                            {"mse", QJsonObject{{"m", 2}, {"scales", 3}}}};
    const QString a = m_dir.filePath("ruled"), b = m_dir.filePath("given");
    const Run ra = cli({"run", runStudy("ruled", ruled), "--out", a, "--no-figures"});
    QVERIFY2(ra.code == 0, ra.err.constData());
    const Run rb = cli({"run", runStudy("given", given), "--out", b, "--no-figures"});
    QVERIFY2(rb.code == 0, rb.err.constData());
    const auto twin = [](const QString& folder, const char* name) {
        QFile f(QDir(folder).filePath(QString::fromLatin1(name) + ".json"));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    };
    const struct {
        const char* section;
        const char* scalar;
        const char* rule;
    } cases[] = {{"permutation_entropy", "value", "cao: threshold"},
                 {"sample_entropy", "value", "fnn"},
                 {"apen", "value", "cao: threshold"},
                 {"mse", "complexity_index", "fnn"}};
    for (const auto& c : cases) {
        const QJsonObject x = twin(a, c.section), y = twin(b, c.section);
        const QJsonObject choice = x.value("dimension_choice").toObject();
        QVERIFY2(choice.value("value").toInt() == 2, c.section);
        QCOMPARE(choice.value("rule").toString(), QLatin1String(c.rule));
        QVERIFY2(x.value(c.scalar).isDouble(), c.section);
        QCOMPARE(x.value(c.scalar).toDouble(), y.value(c.scalar).toDouble());
        QVERIFY(!y.contains("dimension_choice"));
        // The study's own words are kept in the twin's settings (what was asked), the numbers
        // used are in the choice.
        QVERIFY2(
            QJsonDocument(x.value("settings").toObject()).toJson().contains(c.rule[0] == 'c' ? "cao" : "fnn"),
            c.section);
    }
}

void TestEmbeddingRules::studyStopsWhenARuleFindsNothing()
{
    // The Henon map's mutual information decays to its floor with no minimum: ami falls back to
    // I(0)/e (tau = 3), where the false-neighbour fraction stays above 1% up to m = 10.
    const QJsonObject analyses{{"permutation_entropy", QJsonObject{{"order", "fnn"}, {"delay", "ami"}}}};
    const Run run =
        cli({"run", runStudy("nothing", analyses), "--out", m_dir.filePath("nothing"), "--no-figures"});
    QVERIFY(run.code != 0);
    QVERIFY2(run.err.contains("analyses.permutation_entropy") &&
                 run.err.contains("order fnn chose no dimension"),
             run.err.constData());
}

QTEST_GUILESS_MAIN(TestEmbeddingRules)
#include "tst_embeddingrules.moc"
