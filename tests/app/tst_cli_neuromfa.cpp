// `neurodyn-cli neuromfa` end to end (issue 22 points 3 and 5): a synthetic checkpoint series this
// test writes (tiny GPT-NeoX models in .safetensors and .npz), run as a user runs it, writes the
// emergence curve (JSON, CSV) and its figures. Checked against the files' own construction: the
// steps come from the names, two checkpoints with the same weights in different formats give
// E = 0 exactly, E and the means follow from the per-subnetwork numbers the JSON lists, every
// setting is stated; and bad input (no checkpoint, a truncated file, s larger than a layer,
// an unknown method, a bad scores file) fails with a message and exit code 2.
#include "clirun.h"
#include "runfolder.h"
#include "weightwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>

using ndtest::cli;

class TestCliNeuroMfa : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void writesTheEmergenceCurve();
    void tilesMergeToTheSameResults();
    void badInput();
    void lyingTilesNameTheFileAndField();
    void runWritesWhatTheCommandWrites();

private:
    QTemporaryDir m_dir;
    QString m_series;
};

namespace {

// Pseudo-random weights whose magnitudes lie in (1/150, 1), spread more widely for larger `spread`.
auto weights(std::uint64_t salt, double spread)
{
    return [salt, spread](std::size_t b, int p, std::uint64_t r, std::uint64_t c) {
        std::uint64_t x = (b * 7919 + static_cast<std::uint64_t>(p) * 104729 + r * 1299709 + c * 15485863 + salt * 31) *
                          0x9e3779b97f4a7c15ull;
        x ^= x >> 31;
        const double u = static_cast<double>(x % 1000003) / 1000003.0;
        return (0.01 + 0.3 * std::pow(u, spread)) * ((x >> 9) & 1 ? 1.0 : -1.0);
    };
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

void TestCliNeuroMfa::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_series = m_dir.filePath("series");
    QVERIFY(QDir().mkpath(m_series));
    const std::uint64_t f = 16;
    auto path = [&](const char* name) { return (m_series + "/" + name).toStdString(); };
    // step 0 and step 100: the same F32 weights, as safetensors and as npz.
    ndtest::writeBytes(path("step0.safetensors"),
                       ndtest::matricesToSafetensors(ndtest::gptNeoxMatrices(f, 2, weights(1, 1.0)), "F32"));
    ndtest::writeBytes(path("model-step_100.npz"), ndtest::matricesToNpz(ndtest::gptNeoxMatrices(f, 2, weights(1, 1.0)), "F32"));
    ndtest::writeBytes(path("step1000.safetensors"),
                       ndtest::matricesToSafetensors(ndtest::gptNeoxMatrices(f, 2, weights(2, 2.0)), "BF16"));
    ndtest::writeBytes(path("step5000.npz"), ndtest::matricesToNpz(ndtest::gptNeoxMatrices(f, 2, weights(3, 3.0)), "F16"));
    QFile scores(m_dir.filePath("scores.csv"));
    QVERIFY(scores.open(QIODevice::WriteOnly));
    scores.write("step,lambada_openai,piqa\n0,0.1,0.5\n100,0.12,\n1000,0.3,0.55\n5000,0.45,0.6\n");
}

void TestCliNeuroMfa::writesTheEmergenceCurve()
{
    const QString out = m_dir.filePath("out");
    const ndtest::Run r = cli({"neuromfa", "--preset", "gpt-neox", "--samples", "6", "--repeats", "3", "--method",
                               "neuromfa-code", "--scores", m_dir.filePath("scores.csv"), "--out", out, "--quiet",
                               m_series});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject json = readJson(out + "/neuromfa.json");
    QCOMPARE(json["method"].toString(), QString("neuromfa-code"));
    const QJsonObject settings = json["settings"].toObject();
    QCOMPARE(settings["preset"].toString(), QString("gpt-neox"));
    QCOMPARE(settings["samples"].toInt(), 6);
    QCOMPARE(settings["repeats"].toInt(), 3);
    QCOMPARE(settings["max_distance"].toDouble(), 150.0);
    QCOMPARE(settings["min_edges"].toInt(), 10);
    QCOMPARE(settings["q"].toArray().size(), 61);
    QCOMPARE(json["network"].toObject()["blocks"].toInt(), 2);
    QCOMPARE(json["network"].toObject()["hidden"].toInt(), 16);
    QVERIFY(json["conventions"].toString().contains("neuromfa-code"));

    const QJsonArray checkpoints = json["checkpoints"].toArray();
    QCOMPARE(checkpoints.size(), 4);
    const double steps[] = {0, 100, 1000, 5000};
    std::vector<double> alpha0, width;
    for (int k = 0; k < 4; ++k) {
        const QJsonObject c = checkpoints[k].toObject();
        QCOMPARE(c["step"].toDouble(), steps[k]);
        QCOMPARE(c["nodes"].toInt(), 2 * 8 * 6 + 6);
        // The means are the means of the subnetworks listed.
        const QJsonArray subs = c["subnetworks"].toArray();
        QCOMPARE(subs.size(), 3);
        double a = 0.0, w = 0.0;
        for (const QJsonValue& s : subs) {
            QVERIFY(s["defined"].toBool());
            a += s["alpha0"].toDouble() / 3.0;
            w += s["width"].toDouble() / 3.0;
        }
        QVERIFY(std::abs(c["alpha0_mean"].toDouble() - a) < 1e-12);
        QVERIFY(std::abs(c["width_mean"].toDouble() - w) < 1e-12);
        alpha0.push_back(c["alpha0_mean"].toDouble());
        width.push_back(c["width_mean"].toDouble());
        QCOMPARE(c["spectrum"].toObject()["alpha_mean"].toArray().size(), 60); // forward differences
    }
    QCOMPARE(checkpoints[0].toObject()["emergence"].toDouble(), 0.0);
    QCOMPARE(checkpoints[1].toObject()["emergence"].toDouble(), 0.0); // same weights, other format
    for (int k = 2; k < 4; ++k)
        QVERIFY(std::abs(checkpoints[k].toObject()["emergence"].toDouble() -
                         width[k] / width[0] * std::log(alpha0[0] / alpha0[k])) < 1e-12);

    QFile csv(out + "/neuromfa.csv");
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines[0].startsWith("step,path,samples_used,alpha0_mean"));
    QVERIFY(lines[2].startsWith("100,"));
    QVERIFY(QFile::exists(out + "/neuromfa-spectra.csv"));
    QVERIFY(QFile::exists(out + "/neuromfa-subnetworks.csv"));
    QVERIFY(QFile::exists(out + "/neurodyn-run.manifest"));
    const QStringList figures = QDir(out).entryList({"*.png", "*.svg", "*.pdf"}, QDir::Files);
#ifdef NEURODYN_TEST_FIGURES
    QCOMPARE(figures.size(), 9);
    for (const char* base : {"neuromfa-spectra", "neuromfa-metrics", "neuromfa-scores"})
        ndtest::checkFigure(out + "/" + base);
#else
    QVERIFY(figures.isEmpty());
#endif
    // A second run into the same folder replaces the first (the manifest), files given one by one.
    const ndtest::Run again = cli({"neuromfa", "--samples", "6", "--repeats", "2", "--out", out, "--quiet",
                                   "--no-figures", m_series + "/step0.safetensors", m_series + "/step1000.safetensors"});
    QVERIFY2(again.code == 0, again.err.constData());
    QCOMPARE(readJson(out + "/neuromfa.json")["checkpoints"].toArray().size(), 2);
    QVERIFY(QDir(out).entryList({"*.png"}, QDir::Files).isEmpty());
}

void TestCliNeuroMfa::tilesMergeToTheSameResults()
{
    // Three tiles over four checkpoints (one tile gets two), merged: the same files as one run.
    const QString whole = m_dir.filePath("whole"), tiles = m_dir.filePath("tiles"), merged = m_dir.filePath("merged");
    const QStringList common = {"neuromfa", "--samples", "6", "--repeats", "2", "--quiet", "--no-figures"};
    QVERIFY(cli(common + QStringList{"--out", whole, m_series}).code == 0);
    for (int i = 0; i < 3; ++i) {
        const ndtest::Run r = cli(common + QStringList{"--tile", QString("%1/3").arg(i), "--out", tiles, m_series});
        QVERIFY2(r.code == 0, r.err.constData());
    }
    const QStringList parts = QDir(tiles).entryList({"neuromfa-tile-*-of-3.json"}, QDir::Files);
    QCOMPARE(parts.size(), 3);
    QStringList paths;
    for (const QString& p : parts)
        paths << tiles + "/" + p;
    std::reverse(paths.begin(), paths.end()); // any order
    const ndtest::Run m = cli(QStringList{"neuromfa", "--merge", "--quiet", "--no-figures", "--out", merged} + paths);
    QVERIFY2(m.code == 0, m.err.constData());
    for (const char* file : {"neuromfa.csv", "neuromfa-spectra.csv", "neuromfa-subnetworks.csv"})
        QCOMPARE(ndtest::readAll(merged + "/" + file), ndtest::readAll(whole + "/" + file));
    QCOMPARE(readJson(merged + "/neuromfa.json"), readJson(whole + "/neuromfa.json"));
    // A missing tile is refused.
    const ndtest::Run missing = cli(QStringList{"neuromfa", "--merge", "--quiet", "--out", merged + "2"} + paths.mid(1));
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.contains("is missing"));
}

void TestCliNeuroMfa::badInput()
{
    const QString out = m_dir.filePath("bad");
    auto fails = [&](const QStringList& args, const char* part) {
        const ndtest::Run r = cli(QStringList{"neuromfa", "--out", out, "--quiet", "--force"} + args);
        if (r.code != 2 || !r.err.contains(part))
            qWarning("exit %d: %s", r.code, r.err.constData());
        return r.code == 2 && r.err.contains(part);
    };
    QVERIFY(fails({}, "no checkpoint given"));
    QVERIFY(fails({m_dir.filePath("nothing-here")}, "no such file or folder"));
    QVERIFY(fails({"--samples", "17", m_series}, "larger than layer 'block 0 input' (16 neurons)"));
    QVERIFY(fails({"--method", "boxes", m_series}, "unknown method 'boxes'"));
    QVERIFY(fails({"--preset", "llama", m_series}, "unknown preset 'llama'"));
    const QString truncated = m_dir.filePath("cut");
    QVERIFY(QDir().mkpath(truncated));
    QFile whole(m_series + "/step0.safetensors");
    QVERIFY(whole.open(QIODevice::ReadOnly));
    QFile cut(truncated + "/step7.safetensors");
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(whole.readAll().chopped(100));
    cut.close();
    QVERIFY(fails({truncated}, "truncated"));
    QFile scores(m_dir.filePath("bad-scores.csv"));
    QVERIFY(scores.open(QIODevice::WriteOnly));
    scores.write("step,piqa\n0,zero\n");
    scores.close();
    QVERIFY(fails({"--scores", scores.fileName(), m_series}, "'zero' is not a number"));
    QVERIFY(fails({"--weights", "a.{i}.w", "--preset", "gpt-neox", m_series}, "leave out --preset"));
    QVERIFY(fails({"--weights", "nope.{i}.weight", m_series}, "no tensor named 'nope.0.weight'"));
}

// Tiles are our own files but come from disk: a count, index or size that lies (1e18, negative,
// fractional, not a number) is refused with a message naming the file and the field, before it
// sizes anything or overflows a cast.
void TestCliNeuroMfa::lyingTilesNameTheFileAndField()
{
    const QString tiles = m_dir.filePath("lying-tiles");
    const QStringList common = {"neuromfa", "--samples", "6", "--repeats", "2", "--quiet", "--no-figures"};
    const ndtest::Run r = cli(common + QStringList{"--tile", "0/1", "--out", tiles, m_series});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject good = readJson(tiles + "/neuromfa-tile-0-of-1.json");
    QVERIFY(!good.isEmpty());
    // One field set to a lie, by a path of keys (an integer key is an array index).
    const auto lie = [&](const QStringList& path, const QJsonValue& value) {
        std::function<QJsonValue(const QJsonValue&, qsizetype)> set = [&](const QJsonValue& at, qsizetype k) {
            if (k == path.size())
                return value;
            bool isIndex = false;
            const int i = path[k].toInt(&isIndex);
            if (isIndex) {
                QJsonArray a = at.toArray();
                a[i] = set(a[i], k + 1);
                return QJsonValue(a);
            }
            QJsonObject o = at.toObject();
            o[path[k]] = set(o[path[k]], k + 1);
            return QJsonValue(o);
        };
        return set(good, 0).toObject();
    };
    const struct {
        QStringList path;
        QJsonValue value;
        const char* field;
    } cases[] = {
        {{"count"}, 1e18, "'count'"},
        {{"count"}, -3, "'count'"},
        {{"count"}, 1.5, "'count'"},
        {{"count"}, "many", "'count'"},
        {{"index"}, 1e18, "'index'"},
        {{"index"}, -1, "'index'"},
        {{"checkpoints", "0", "nodes"}, -5, "'nodes'"},
        {{"checkpoints", "1", "edges"}, 1e300, "'edges'"},
        {{"checkpoints", "0", "passing"}, QJsonValue(), "'passing'"},
        {{"checkpoints", "0", "subnetworks", "1", "nodes_used"}, 1e19, "'nodes_used'"},
        {{"checkpoints", "0", "step"}, "soon", "'step'"},
        {{"network", "blocks"}, -2, "'blocks'"},
        {{"network", "layers", "0", "size"}, 1e18 * 1e3, "'size'"},
    };
    int k = 0;
    for (const auto& c : cases) {
        const QString file = m_dir.filePath(QString("lying-%1.json").arg(k++));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(lie(c.path, c.value)).toJson());
        f.close();
        const ndtest::Run m = cli(QStringList{"neuromfa", "--merge", "--quiet", "--no-figures", "--force",
                                              "--out", tiles + "-out", file});
        QVERIFY2(m.code == 2, qPrintable(c.path.join('.') + ": " + QString::fromUtf8(m.err)));
        QVERIFY2(m.err.contains(file.toUtf8()) && m.err.contains(c.field),
                 qPrintable(c.path.join('.') + ": " + QString::fromUtf8(m.err)));
    }
}

void TestCliNeuroMfa::runWritesWhatTheCommandWrites()
{
    // A study beside the series naming it relatively (resolved against the study's folder, not the
    // working directory) with the command's settings: `run` writes the command's files. The JSON
    // differs only by what names the run: the CSV it belongs to, the study's summary and hash.
    QFile study(m_dir.filePath("mfa-study.json"));
    QVERIFY(study.open(QIODevice::WriteOnly));
    const QString scores = m_dir.filePath("scores.csv");
    study.write(QString(R"({"format": "neurodyn-study", "schema_version": 4, "model": {"type": "logistic"},
        "analyses": {"neuromfa": {"checkpoints": ["series"], "samples": 6, "repeats": 3, "first_seed": 5,
        "method": "neuromfa-paths", "max_distance": 100, "scores": "%1"}}})")
                    .arg(scores)
                    .toUtf8());
    study.close();
    const QString viaRun = m_dir.filePath("via-run"), viaCommand = m_dir.filePath("via-command");
    const ndtest::Run r = cli({"run", study.fileName(), "--out", viaRun, "--quiet", "--no-figures"});
    QVERIFY2(r.code == 0, r.err.constData());
    // The command, given the same folder by its absolute path.
    const ndtest::Run c = cli({"neuromfa", "--samples", "6", "--repeats", "3", "--first-seed", "5", "--method",
                               "neuromfa-paths", "--max-distance", "100", "--scores", scores, "--out", viaCommand,
                               "--quiet", "--no-figures", m_series});
    QVERIFY2(c.code == 0, c.err.constData());
    for (const char* file : {"neuromfa.csv", "neuromfa-spectra.csv", "neuromfa-subnetworks.csv"})
        QCOMPARE(ndtest::readAll(viaRun + "/" + file), ndtest::readAll(viaCommand + "/" + file));
    QJsonObject run = readJson(viaRun + "/neuromfa.json");
    const QJsonObject command = readJson(viaCommand + "/neuromfa.json");
    QCOMPARE(run["csv"].toString(), QString("neuromfa.csv"));
    QCOMPARE(run["study"].toObject()["model"].toObject()["type"].toString(), QString("logistic"));
    for (const QString& key : run.keys())
        if (!command.contains(key))
            run.remove(key);
    QCOMPARE(run.keys(), command.keys());
    QCOMPARE(QJsonDocument(run).toJson(), QJsonDocument(command).toJson());
    QCOMPARE(command["method"].toString(), QString("neuromfa-paths"));
    QCOMPARE(command["checkpoints"].toArray().size(), 4);

    // A study naming a checkpoint that is not there: the run fails with the path in its message.
    QFile missing(m_dir.filePath("mfa-missing.json"));
    QVERIFY(missing.open(QIODevice::WriteOnly));
    missing.write(R"({"format": "neurodyn-study", "schema_version": 4, "model": {"type": "logistic"},
        "analyses": {"neuromfa": {"checkpoints": ["gone/step3.safetensors"]}}})");
    missing.close();
    const ndtest::Run m = cli({"run", missing.fileName(), "--out", m_dir.filePath("via-missing"), "--quiet"});
    QCOMPARE(m.code, 2);
    QVERIFY2(m.err.contains("analyses.neuromfa") && m.err.contains(QDir(m_dir.path()).filePath("gone/step3.safetensors").toUtf8()),
             m.err.constData());
}

QTEST_GUILESS_MAIN(TestCliNeuroMfa)
#include "tst_cli_neuromfa.moc"
