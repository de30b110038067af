// The compiled backend of typed models across processes (issue 18.6, core/equations/native.h):
// two neurodyn-cli processes that compile the same model into one empty cache folder at the
// same moment both succeed with the interpreter's numbers, and leave one library and no
// temporary files (each compiles under a name of its own and renames); a third process finds
// the library and runs no compiler (counted by a compiler wrapper).
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ndtest;

class TestCliTypedCompile : public QObject {
    Q_OBJECT
private slots:
    void racingProcessesShareTheCache();
};

namespace {

const char* const kModel = R"(# The Chialvo map, typed
map
var x = 0.5, y = 2
par a = 0.89, b = 0.18, c = 0.28, k0 = 0.03
x' = x*x*exp(y - x) + k0
y' = a*y - b*x + c
)";

int lines(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? static_cast<int>(f.readAll().count('\n')) : 0;
}

} // namespace

void TestCliTypedCompile::racingProcessesShareTheCache()
{
    const QString compiler = QStandardPaths::findExecutable(QStringLiteral("c++"));
    if (compiler.isEmpty())
        QSKIP("no C++ compiler on this machine");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString model = dir.filePath(QStringLiteral("chialvo.txt"));
    {
        QFile f(model);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kModel);
    }
    const QString count = dir.filePath(QStringLiteral("compiles.txt"));
    const QString wrapper = dir.filePath(QStringLiteral("counting-cxx"));
    {
        QFile f(wrapper);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(
                    "#!/bin/sh\nif [ \"$1\" != --version ]; then echo run >> '%1'; fi\nexec '%2' \"$@\"\n")
                    .arg(count, compiler)
                    .toUtf8());
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QString cache = dir.filePath(QStringLiteral("cache"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NEURODYN_CACHE_DIR"), cache);
    env.insert(QStringLiteral("NEURODYN_CXX"), wrapper);
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    const QStringList args = {QStringLiteral("simulate"), QStringLiteral("--model-file"), model,
                              QStringLiteral("--samples"), QStringLiteral("3000")};

    // The race: both start before either can have finished compiling.
    QProcess first, second;
    for (QProcess* p : {&first, &second}) {
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(NEURODYN_CLI_PATH), args);
    }
    for (QProcess* p : {&first, &second}) {
        QVERIFY(p->waitForFinished(120000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    const QByteArray a = first.readAllStandardOutput(), b = second.readAllStandardOutput();
    QVERIFY(a.count('\n') > 3000);
    QCOMPARE(a, b);
    QVERIFY(lines(count) >= 1);
    const QStringList libraries = QDir(cache).entryList({QStringLiteral("*.so")}, QDir::Files);
    QCOMPARE(libraries.size(), 1);
    QCOMPARE(QDir(cache).entryList(QDir::Files), libraries); // no temporary files left

    // The interpreter prints the same numbers (the backends agree bit for bit).
    const Run interpreted = runProgram(
        QStringLiteral(NEURODYN_CLI_PATH),
        args + QStringList{QStringLiteral("--setting"), QStringLiteral("backend=interpreter")}, {}, env);
    QVERIFY2(interpreted.code == 0, interpreted.err.constData());
    QCOMPARE(interpreted.out, a);

    // A later process loads the library: no compiler run.
    const int before = lines(count);
    const Run cached = runProgram(
        QStringLiteral(NEURODYN_CLI_PATH),
        args + QStringList{QStringLiteral("--setting"), QStringLiteral("backend=compiled")}, {}, env);
    QVERIFY2(cached.code == 0, cached.err.constData());
    QCOMPARE(cached.out, a);
    QCOMPARE(lines(count), before);
}

QTEST_GUILESS_MAIN(TestCliTypedCompile)
#include "tst_cli_typedcompile.moc"
