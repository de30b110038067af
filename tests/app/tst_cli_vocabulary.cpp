// One vocabulary (app/cli/README.md, "One vocabulary"): every old spelling of an option, a
// measure name or a study key still works, gives exactly what the new spelling gives and says
// so on stderr; the new spellings are silent; run's files and JSON use the study's names.
#include "clirun.h"

#include "cli/clicommon.h"
#include "study/keyaliases.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using ndtest::cli;
using ndtest::Run;
using ndtest::runProgram;

class TestCliVocabulary : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void oldOptionGivesTheSameOutputWithANote_data();
    void oldOptionGivesTheSameOutputWithANote();
    void newOptionsMeanWhatTheySay();
    void measureNames_data();
    void measureNames();
    void networkSpectrumHasNoSamplesCopy();
    void oldStudyKeysRunTheSameWithANote();
    void twinsUseTheStudyLayout();
    void everyOldOptionNotes();
    void theReadmeTableListsEveryOldSpelling();

private:
    QString writeFile(const QString& name, const QByteArray& text);
    QTemporaryDir m_dir;
    QString m_series; // the logistic map at r = 4, one column
    QString m_phases; // four phase columns
    QString m_edges;  // a weighted ring of five nodes
};

namespace {

QJsonObject jsonOf(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A small logistic-map study; `oldKeys` spells its keys as NeuroDyn did before the renames.
QByteArray logisticStudy(bool oldKeys)
{
    const char* orbitCount = oldKeys ? "columns" : "count";
    const char* scaleMin = oldKeys ? "min_scale" : "scale_min";
    const char* scaleMax = oldKeys ? "max_scale" : "scale_max";
    return QStringLiteral(R"({"format":"neurodyn-study","schema_version":2,"title":"vocabulary",
        "model":{"type":"logistic","parameters":{"r":3.9}},"initial_state":[0.3],
        "simulation":{"transient":100,"samples":1000,"stride":1},
        "analyses":{"orbit_diagram":{"parameter":"r","from":3.5,"to":4,"%1":20,"bins":40,"transient":100,
                                     "samples":50},
                    "mfdfa":{"%2":16,"%3":200,"scale_count":5,"q":[-2,2]}}})")
        .arg(QLatin1String(orbitCount), QLatin1String(scaleMin), QLatin1String(scaleMax))
        .toUtf8();
}

} // namespace

QString TestCliVocabulary::writeFile(const QString& name, const QByteArray& text)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCliVocabulary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QByteArray series = "x\n";
    double x = 0.3;
    for (int i = 0; i < 2000; ++i) {
        series += QByteArray::number(x, 'g', 17) + '\n';
        x = 4.0 * x * (1.0 - x);
    }
    m_series = writeFile(QStringLiteral("logistic.csv"), series);
    QByteArray phases = "a,b,c,d\n";
    for (int n = 0; n < 200; ++n)
        for (int j = 0; j < 4; ++j)
            phases += QByteArray::number(0.1 * n * (j + 1), 'g', 17) + (j == 3 ? "\n" : ",");
    m_phases = writeFile(QStringLiteral("phases.csv"), phases);
    m_edges = writeFile(QStringLiteral("edges.txt"), "0 1 1\n1 2 0.5\n2 3 2\n3 4 1\n4 0 1\n");
}

void TestCliVocabulary::oldOptionGivesTheSameOutputWithANote_data()
{
    QTest::addColumn<QStringList>("oldArgs");
    QTest::addColumn<QStringList>("newArgs");
    QTest::addColumn<QByteArray>("note");
    const QStringList simulate{"simulate", "--model", "logistic", "--param", "r=3.7"};
    QTest::newRow("simulate --steps")
        << simulate + QStringList{"--steps", "20"} << simulate + QStringList{"--samples", "20"}
        << QByteArray("neurodyn-cli simulate: note: --steps is deprecated, use "
                      "--samples\n");
    QTest::newRow("simulate --x0") << simulate + QStringList{"--x0", "0.1"}
                                   << simulate + QStringList{"--initial-state", "0.1"}
                                   << QByteArray("neurodyn-cli simulate: note: --x0 is deprecated, use "
                                                 "--initial-state\n");
    QTest::newRow("zero_one --count")
        << QStringList{"measure", "zero_one", "--count", "5", m_series}
        << QStringList{"measure", "zero_one", "--c-count", "5", m_series}
        << QByteArray("neurodyn-cli measure zero_one: note: --count is deprecated, use --c-count\n");
    QTest::newRow("zero_one --ncut=")
        << QStringList{"measure", "zero_one", "--c-count", "5", "--ncut=20", m_series}
        << QStringList{"measure", "zero_one", "--c-count", "5", "--n-cut=20", m_series}
        << QByteArray("neurodyn-cli measure zero_one: note: --ncut is deprecated, use --n-cut\n");
    QTest::newRow("mfdfa --scales")
        << QStringList{"measure", "mfdfa", "--scales", "6", "--scale-max", "400", m_series}
        << QStringList{"measure", "mfdfa", "--scale-count", "6", "--scale-max", "400", m_series}
        << QByteArray("neurodyn-cli measure mfdfa: note: --scales is deprecated, use --scale-count\n");
    QTest::newRow("kuramoto_r --local-width")
        << QStringList{"measure", "kuramoto_r", "--phases", "given", "--local-width", "1", m_phases}
        << QStringList{"measure", "kuramoto_r", "--phases", "given", "--local-half-width", "1", m_phases}
        << QByteArray("neurodyn-cli measure kuramoto_r: note: --local-width is deprecated, use "
                      "--local-half-width\n");
}

void TestCliVocabulary::oldOptionGivesTheSameOutputWithANote()
{
    QFETCH(QStringList, oldArgs);
    QFETCH(QStringList, newArgs);
    QFETCH(QByteArray, note);
    const Run current = cli(newArgs);
    QVERIFY2(current.code == 0, current.err.constData());
    QCOMPARE(current.err, QByteArray());
    const Run old = cli(oldArgs);
    QVERIFY2(old.code == 0, old.err.constData());
    QCOMPARE(old.out, current.out);
    QCOMPARE(old.err, note);
}

void TestCliVocabulary::newOptionsMeanWhatTheySay()
{
    // simulate --samples 20 --initial-state 0.1: 20 rows, the first the initial state (no
    // transient), the next r x (1 - x).
    const Run s = cli(
        {"simulate", "--model", "logistic", "--param", "r=3.7", "--initial-state", "0.1", "--samples", "20"});
    QVERIFY2(s.code == 0, s.err.constData());
    const QList<QByteArray> rows = s.out.trimmed().split('\n');
    QCOMPARE(rows.size(), 21);
    QCOMPARE(rows[1].split(',').last().toDouble(), 0.1);
    QCOMPARE(rows[2].split(',').last().toDouble(), 3.7 * 0.1 * 0.9);

    const QJsonObject z =
        jsonOf(cli({"measure", "zero_one", "--c-count", "5", "--n-cut", "20", m_series}).out);
    QCOMPARE(z.value("c").toArray().size(), 5);
    QCOMPARE(z.value("settings").toObject().value("c_count").toInt(), 5);
    QCOMPARE(z.value("n_cut").toInt(), 20);
    QVERIFY(!z.value("settings").toObject().contains("count"));

    // Six log-spaced scales from 16 to 400 are six distinct whole numbers.
    const QJsonObject m = jsonOf(
        cli({"measure", "mfdfa", "--scale-count", "6", "--scale-min", "16", "--scale-max", "400", m_series})
            .out);
    const QJsonArray used = m.value("scales_used").toArray();
    QCOMPARE(used.size(), 6);
    QCOMPARE(used.first().toInt(), 16);
    QCOMPARE(used.last().toInt(), 400);
    QCOMPARE(m.value("settings").toObject().value("scale_count").toInt(), 6);
    QCOMPARE(m.value("settings").toObject().value("scale_list").toArray(), QJsonArray());
    QCOMPARE(m.value("log_fq").toArray().size(), m.value("q").toArray().size());
    const QJsonObject listed = jsonOf(cli({"measure", "mfdfa", "--scale-list", "16,32,64", m_series}).out);
    QCOMPARE(listed.value("settings").toObject().value("scale_list").toArray(), (QJsonArray{16, 32, 64}));

    const QJsonObject k =
        jsonOf(cli({"measure", "kuramoto_r", "--phases", "given", "--local-half-width", "1", m_phases}).out);
    QCOMPARE(k.value("local_half_width").toInt(), 1);
    // Phases 0.1 n (j + 1) of the four nodes: all equal at n = 0, so R(0) = 1 is in the mean.
    QVERIFY(k.value("order_parameter_mean").toDouble() > 0.0 &&
            k.value("order_parameter_mean").toDouble() <= 1.0);
    QCOMPARE(k.value("phase_samples").toInt(), 200);
}

void TestCliVocabulary::measureNames_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("noted"); // an old word (with a note), not just a hyphen for an underscore
    QTest::newRow("sampen") << "sampen"
                            << "sample_entropy" << true;
    QTest::newRow("sample-entropy") << "sample-entropy"
                                    << "sample_entropy" << false;
    QTest::newRow("zero-one") << "zero-one"
                              << "zero_one" << false;
    QTest::newRow("kuramoto-r") << "kuramoto-r"
                                << "kuramoto_r" << false;
    QTest::newRow("cross-correlation") << "cross-correlation"
                                       << "cross_correlation" << false;
    QTest::newRow("network-mfa") << "network-mfa"
                                 << "network_spectrum" << true;
}

void TestCliVocabulary::measureNames()
{
    QFETCH(QString, given);
    QFETCH(QString, name);
    QFETCH(bool, noted);
    const QString input =
        name == QLatin1String("network_spectrum")                                               ? m_edges
        : name.startsWith(QLatin1String("kuramoto")) || name.startsWith(QLatin1String("cross")) ? m_phases
                                                                                                : m_series;
    const QStringList extra =
        name == QLatin1String("kuramoto_r") ? QStringList{"--phases", "given"} : QStringList{};
    const Run current = cli(QStringList{"measure", name} + extra + QStringList{input});
    QVERIFY2(current.code == 0, current.err.constData());
    QCOMPARE(current.err, QByteArray());
    QCOMPARE(jsonOf(current.out).value("measure").toString(), name);
    const Run old = cli(QStringList{"measure", given} + extra + QStringList{input});
    QVERIFY2(old.code == 0, old.err.constData());
    QCOMPARE(old.out, current.out);
    QCOMPARE(old.err, noted ? QStringLiteral("neurodyn-cli measure: note: '%1' is deprecated, use '%2'\n")
                                  .arg(given, name)
                                  .toUtf8()
                            : QByteArray());
    QVERIFY(cli({"measure", "--help"}).out.contains(name.toUtf8()));
}

void TestCliVocabulary::networkSpectrumHasNoSamplesCopy()
{
    const QJsonObject r = jsonOf(cli({"measure", "network_spectrum", m_edges}).out);
    QCOMPARE(r.value("edges").toInt(), 5);
    QCOMPARE(r.value("nodes").toInt(), 5);
    QVERIFY(!r.contains("samples"));
    QVERIFY(r.contains("alpha_0") && !r.contains("alpha0"));
    QVERIFY(r.contains("radii_used") && !r.contains("radii"));
}

void TestCliVocabulary::oldStudyKeysRunTheSameWithANote()
{
    const QString oldStudy = writeFile(QStringLiteral("old.json"), logisticStudy(true));
    const QString newStudy = writeFile(QStringLiteral("new.json"), logisticStudy(false));
    const QString oldOut = m_dir.filePath(QStringLiteral("old-out"));
    const QString newOut = m_dir.filePath(QStringLiteral("new-out"));
    const Run current = cli({"run", newStudy, "--out", newOut, "--no-figures", "--quiet"});
    QVERIFY2(current.code == 0, current.err.constData());
    QCOMPARE(current.err, QByteArray());
    const Run old = cli({"run", oldStudy, "--out", oldOut, "--no-figures", "--quiet"});
    QVERIFY2(old.code == 0, old.err.constData());
    QCOMPARE(old.err,
             QStringLiteral("neurodyn-cli run: note: %1: analyses.orbit_diagram.columns is deprecated, use "
                            "analyses.orbit_diagram.count\n"
                            "neurodyn-cli run: note: %1: analyses.mfdfa.min_scale is deprecated, use "
                            "analyses.mfdfa.scale_min\n"
                            "neurodyn-cli run: note: %1: analyses.mfdfa.max_scale is deprecated, use "
                            "analyses.mfdfa.scale_max\n")
                 .arg(oldStudy)
                 .toUtf8());
    // The same results; the twins differ only in the study file's hash and size.
    const QStringList files = QDir(newOut).entryList(QDir::Files, QDir::Name);
    QCOMPARE(QDir(oldOut).entryList(QDir::Files, QDir::Name), files);
    QVERIFY(files.contains("orbit_diagram.csv") && files.contains("mfdfa.json"));
    for (const QString& f : files) {
        if (!f.endsWith(QLatin1String(".json"))) {
            QCOMPARE(readAll(oldOut + '/' + f), readAll(newOut + '/' + f));
            continue;
        }
        QJsonObject a = jsonOf(readAll(oldOut + '/' + f)), b = jsonOf(readAll(newOut + '/' + f));
        for (const char* key : {"study_sha256", "study_bytes"}) {
            a.remove(key);
            b.remove(key);
        }
        QCOMPARE(a, b);
    }
    const QJsonObject mfdfa = jsonOf(readAll(newOut + "/mfdfa.json")).value("settings").toObject();
    QCOMPARE(mfdfa.value("scale_min").toInt(), 16);
    QCOMPARE(mfdfa.value("scale_max").toInt(), 200);
    QVERIFY(!mfdfa.contains("min_scale") && !mfdfa.contains("max_scale"));
    QCOMPARE(
        jsonOf(readAll(newOut + "/orbit_diagram.json")).value("settings").toObject().value("count").toInt(),
        20);
    QCOMPARE(readAll(newOut + "/orbit_diagram.csv").trimmed().split('\n').size(), 21); // header + 20 columns

    // simulate --study reads the old keys too, with the same notes.
    const Run simOld = cli({"simulate", "--study", oldStudy, "--samples", "5"});
    const Run simNew = cli({"simulate", "--study", newStudy, "--samples", "5"});
    QCOMPARE(simOld.code, 0);
    QCOMPARE(simOld.out, simNew.out);
    QCOMPARE(simNew.err, QByteArray());
    QVERIFY(simOld.err.startsWith(
        QStringLiteral("neurodyn-cli simulate: note: %1: analyses.orbit_diagram.columns")
            .arg(oldStudy)
            .toUtf8()));
}

void TestCliVocabulary::twinsUseTheStudyLayout()
{
    // Every twin's "study" has the study file's paths: model.type, model.settings, model.parameters.
    const QString study = writeFile(QStringLiteral("twin.json"), logisticStudy(false));
    const QString out = m_dir.filePath(QStringLiteral("twin-out"));
    QCOMPARE(cli({"run", study, "--out", out, "--no-figures", "--quiet"}).code, 0);
    const QJsonObject file = jsonOf(readAll(study));
    for (const QString& f : QDir(out).entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QJsonObject twin = jsonOf(readAll(out + '/' + f));
        const QJsonObject s = twin.value("study").toObject();
        QCOMPARE(s.value("model").toObject().value("type").toString(), QStringLiteral("logistic"));
        QCOMPARE(s.value("model").toObject().value("parameters").toObject(),
                 file.value("model").toObject().value("parameters").toObject());
        QVERIFY(s.value("model").toObject().value("settings").isObject());
        QCOMPARE(s.value("initial_state").toArray(), file.value("initial_state").toArray());
        QVERIFY(!s.contains("model_settings") && !s.contains("parameters"));
        // The result is named as its section, and so are its files.
        const QString analysis = twin.value("analysis").toString();
        QCOMPARE(f, analysis + ".json");
        QCOMPARE(twin.value("csv").toString(), analysis + ".csv");
    }
}

void TestCliVocabulary::everyOldOptionNotes()
{
    // Every entry of the alias table, not only the rows above: the old name (with a value) is
    // taken as the new one, which the command's help lists, and the note names both.
    for (const nd::cli::OptionAlias& a : nd::cli::kOptionAliases) {
        const QString command = QLatin1String(a.command);
        const QString oldName = QStringLiteral("--") + QLatin1String(a.oldName);
        const QString name = QStringLiteral("--") + QLatin1String(a.name);
        const Run r = cli(command.split(' ') + QStringList{oldName + "=1", "--help"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains(name.toUtf8()), qPrintable(command + ' ' + name));
        QVERIFY(!r.out.contains((oldName + ' ').toUtf8()));
        QCOMPARE(r.err, QStringLiteral("neurodyn-cli %1: note: %2 is deprecated, use %3\n")
                            .arg(command, oldName, name)
                            .toUtf8());
    }
    for (const nd::cli::MeasureAlias& a : nd::cli::kMeasureAliases) {
        const Run r = cli({"measure", QLatin1String(a.oldName), "--help"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("measure %1").arg(QLatin1String(a.name)).toUtf8()));
    }
}

void TestCliVocabulary::theReadmeTableListsEveryOldSpelling()
{
    // app/cli/README.md's table is the reference: each old spelling the code accepts is on a
    // row that also names its new spelling.
    QFile f(QStringLiteral(NEURODYN_SOURCE_DIR "/app/cli/README.md"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype begin = text.indexOf(QStringLiteral("## One vocabulary"));
    QVERIFY(begin >= 0);
    const QStringList lines =
        text.mid(begin, text.indexOf(QStringLiteral("\n## "), begin + 1) - begin).split('\n');
    // True when a row of the table names both spellings.
    const auto onOneRow = [&](const QString& old, const QString& current) {
        for (const QString& line : lines)
            if (line.startsWith('|') && line.contains(old) && line.contains(current))
                return true;
        return false;
    };
    for (const nd::cli::OptionAlias& a : nd::cli::kOptionAliases) {
        // "--ncut`" also finds "`simulate --ncut`"; the closing quote keeps --count from --c-count.
        QVERIFY2(onOneRow(QStringLiteral("--%1`").arg(QLatin1String(a.oldName)),
                          QStringLiteral("--%1`").arg(QLatin1String(a.name))),
                 a.oldName);
    }
    for (const nd::cli::MeasureAlias& a : nd::cli::kMeasureAliases)
        QVERIFY2(
            onOneRow(QStringLiteral("`measure %1`").arg(QLatin1String(a.oldName)), QLatin1String(a.name)),
            a.oldName);
    for (const nd::StudyKeyAlias& a : nd::kStudyKeyAliases) {
        // Written without "analyses." in the table.
        const QString section = QString::fromLatin1(a.section).remove(QStringLiteral("analyses."));
        QVERIFY2(
            onOneRow(QStringLiteral("`%1.%2`").arg(section, QLatin1String(a.oldKey)), QLatin1String(a.key)),
            a.oldKey);
    }
}

QTEST_GUILESS_MAIN(TestCliVocabulary)
#include "tst_cli_vocabulary.moc"
