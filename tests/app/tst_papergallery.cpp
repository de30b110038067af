// The paper gallery (docs/papers.md) as a user runs it: every built-in paper-* study runs from
// `neurodyn-cli run`, and the claims docs/papers.md makes hold in the files it writes: the
// chain's two-parameter curves carry every codimension-2 point the chain paper names, the K4
// route has its supercritical flip and Neimark-Sacker points where the orbit diagram changes, and
// the Lyapunov spectrum along the chain's coupling is chaotic with the sum of its exponents in the
// CSV equal to their sum.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using ndtest::cli;
using ndtest::Run;

class TestPaperGallery : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyStudyRuns();
    void chainCodimensionTwoPoints();
    void k4RouteFlipAndNeimarkSacker();
    void chainLyapunovAlongCoupling();

private:
    QTemporaryDir m_dir;
    QStringList m_studies;
    QString runStudy(const QString& name);
};

QString TestPaperGallery::runStudy(const QString& name)
{
    const QString out = m_dir.filePath(name);
    if (QDir(out).exists())
        return out;
    const QString study = m_dir.filePath(name + QStringLiteral(".json"));
    Run r = cli({QStringLiteral("example"), name, study});
    if (r.code != 0)
        return {};
    r = cli({QStringLiteral("run"), study, QStringLiteral("--out"), out, QStringLiteral("--no-figures"),
             QStringLiteral("--quiet")});
    return r.code == 0 && r.err.isEmpty() ? out : QString();
}

static QJsonObject jsonFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

static QSet<QString> labels(const QJsonObject& continuation)
{
    QSet<QString> out;
    for (const auto b : continuation.value(QStringLiteral("branches")).toArray())
        for (const auto p : b.toObject().value(QStringLiteral("special_points")).toArray())
            out.insert(p.toObject().value(QStringLiteral("label")).toString());
    return out;
}

void TestPaperGallery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Run r = cli({QStringLiteral("examples")});
    QCOMPARE(r.code, 0);
    for (const QByteArray& line : r.out.split('\n'))
        if (line.startsWith("paper-"))
            m_studies << QString::fromUtf8(line.split(' ').front());
    QVERIFY2(m_studies.size() >= 11, qPrintable(m_studies.join(',')));
}

void TestPaperGallery::everyStudyRuns()
{
    for (const QString& name : m_studies)
        QVERIFY2(!runStudy(name).isEmpty(), qPrintable(name));
}

void TestPaperGallery::chainCodimensionTwoPoints()
{
    // The chain paper's abstract: double Neimark-Sacker, flip- and fold-Neimark-Sacker, 1:1 and
    // 1:2 resonance; the two studies together locate all of them on their curves.
    QSet<QString> found;
    for (const char* name : {"paper-chain-codim2-resonances", "paper-chain-codim2-double-ns"}) {
        const QString out = runStudy(QString::fromLatin1(name));
        QVERIFY2(!out.isEmpty(), name);
        found += labels(jsonFile(out + QStringLiteral("/continuation.json")));
    }
    for (const char* label : {"NSNS", "LPNS", "PDNS", "R1", "R2"})
        QVERIFY2(found.contains(QString::fromLatin1(label)), label);
}

void TestPaperGallery::k4RouteFlipAndNeimarkSacker()
{
    // Along b the fixed point is stable between a supercritical flip and a supercritical NS; the
    // period-2 cycle born at the flip has its own supercritical NS (the two closed curves).
    const QString out = runStudy(QStringLiteral("paper-k4-route"));
    QVERIFY(!out.isEmpty());
    const QJsonArray branches =
        jsonFile(out + QStringLiteral("/continuation.json")).value("branches").toArray();
    QVERIFY(branches.size() >= 2);
    auto points = [](const QJsonObject& b, const QString& label) {
        QList<QJsonObject> out;
        for (const auto p : b.value(QStringLiteral("special_points")).toArray())
            if (p.toObject().value(QStringLiteral("label")).toString() == label)
                out << p.toObject();
        return out;
    };
    const QJsonObject fixed = branches[0].toObject();
    QCOMPARE(fixed.value("period").toInt(), 1);
    const auto flips = points(fixed, QStringLiteral("PD"));
    const auto ns = points(fixed, QStringLiteral("NS"));
    QVERIFY(!flips.isEmpty() && !ns.isEmpty());
    for (const QJsonObject& p : flips + ns)
        QCOMPARE(p.value("verdict").toString(), QStringLiteral("supercritical"));
    const double flip = flips.front().value("parameters").toArray()[0].toDouble();
    const double hopf = ns.front().value("parameters").toArray()[0].toDouble();
    QVERIFY(flip > 0.05 && flip < 0.08 && hopf > 0.18 && hopf < 0.21);
    bool cycleNs = false;
    for (int i = 1; i < branches.size(); ++i) {
        const QJsonObject b = branches[i].toObject();
        if (b.value("period").toInt() != 2)
            continue;
        for (const QJsonObject& p : points(b, QStringLiteral("NS"))) {
            const double at = p.value("parameters").toArray()[0].toDouble();
            cycleNs =
                cycleNs || (at < flip && at > 0.045 && p.value("verdict").toString() == "supercritical");
        }
    }
    QVERIFY(cycleNs);
    // The 0-1 test along b: chaos (K near 1) only left of the period-2 region.
    QFile csv(out + QStringLiteral("/parameter_scan.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csv.readAll().trimmed().split('\n');
    bool chaos = false;
    for (int i = 1; i < rows.size(); ++i) {
        const QList<QByteArray> f = rows[i].split(',');
        if (f.size() < 3 || f[2].isEmpty())
            continue;
        if (f[2].toDouble() > 0.9) {
            chaos = true;
            QVERIFY2(f[1].toDouble() < flip, rows[i].constData());
        }
    }
    QVERIFY(chaos);
}

void TestPaperGallery::chainLyapunovAlongCoupling()
{
    const QString out = runStudy(QStringLiteral("paper-chain-along-coupling"));
    QVERIFY(!out.isEmpty());
    QFile csv(out + QStringLiteral("/lyapunov_along.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csv.readAll().trimmed().split('\n');
    QVERIFY(rows.front().startsWith("sigma,lambda_1,"));
    int chaotic = 0, defined = 0;
    for (int i = 1; i < rows.size(); ++i) {
        const QList<QByteArray> f = rows[i].split(',');
        if (f.size() < 9 || f[1].isEmpty())
            continue;
        ++defined;
        double sum = 0.0;
        for (int k = 1; k <= 6; ++k)
            sum += f[k].toDouble();
        QVERIFY(std::fabs(sum - f[7].toDouble()) < 1e-9);
        chaotic += f[1].toDouble() > 0.1 ? 1 : 0;
    }
    QVERIFY(defined > 100);
    QCOMPARE(chaotic, defined);
}

QTEST_GUILESS_MAIN(TestPaperGallery)
#include "tst_papergallery.moc"
