// neurodyn-cli as a user runs it: the CSV has the requested length, starts from the requested
// state, matches a hand iteration; bad options exit non-zero with a message.
#include <QProcess>
#include <QTest>

#include <cmath>

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void simulateWritesRequestedRows();
    void simulateHelp();
    void badOptionsFail_data();
    void badOptionsFail();
    void escapeExitsWithThree();
};

namespace {
struct Run {
    int code;
    QByteArray out;
    QByteArray err;
};
Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(NEURODYN_CLI_PATH), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
} // namespace

void TestCli::simulateWritesRequestedRows()
{
    const Run r = cli({"simulate", "--model", "chialvo", "--param", "b=0.18", "--x0", "0.25,1.5", "--steps", "37"});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 38); // header + 37 rows
    QCOMPARE(lines[0], QByteArray("step,x,y"));
    const QList<QByteArray> first = lines[1].split(',');
    QCOMPARE(first[0], QByteArray("0"));
    QCOMPARE(first[1].toDouble(), 0.25);
    QCOMPARE(first[2].toDouble(), 1.5);
    // Second row equals one step of the map computed here.
    const QList<QByteArray> second = lines[2].split(',');
    const double x = 0.25, y = 1.5;
    QVERIFY(std::fabs(second[1].toDouble() - (x * x * std::exp(y - x) + 0.03)) < 1e-15);
    QVERIFY(std::fabs(second[2].toDouble() - (0.89 * y - 0.18 * x + 0.28)) < 1e-15);
}

void TestCli::simulateHelp()
{
    const Run r = cli({"simulate", "--help"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("--steps"));
}

void TestCli::badOptionsFail_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{"frobnicate"};
    QTest::newRow("unknown model") << QStringList{"simulate", "--model", "nope"};
    QTest::newRow("bad param") << QStringList{"simulate", "--param", "a"};
    QTest::newRow("unknown param") << QStringList{"simulate", "--param", "zz=1"};
    QTest::newRow("nan param") << QStringList{"simulate", "--param", "a=nan"};
    QTest::newRow("wrong x0 size") << QStringList{"simulate", "--x0", "1,2,3"};
    QTest::newRow("bad x0") << QStringList{"simulate", "--x0", "1,zz"};
    QTest::newRow("zero steps") << QStringList{"simulate", "--steps", "0"};
    QTest::newRow("huge steps") << QStringList{"simulate", "--steps", "99999999999"};
    QTest::newRow("unknown option") << QStringList{"simulate", "--frob"};
    QTest::newRow("missing study") << QStringList{"simulate", "--study", "/nonexistent/x.json"};
}

void TestCli::badOptionsFail()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QVERIFY(r.code != 0);
    QVERIFY(!r.err.trimmed().isEmpty());
}

void TestCli::escapeExitsWithThree()
{
    const Run r = cli({"simulate", "--x0", "1,40", "--steps", "5"});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains("escaped at step 1"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
