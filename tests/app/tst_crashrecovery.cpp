// No lost work: the real GUI executable, with unsaved edits, is killed with SIGKILL after its
// autosave; started again, it restores exactly those edits. Runs neurodyn offscreen with a
// private HOME and XDG folders, so settings and the recovery file are the test's own. The
// edits come from --edit (made as if typed: undoable, unsaved), the recovery offer is answered
// by --recovery, and --save-copy writes the restored study for comparison.
// Label "signals": needs a platform where a process can be killed with SIGKILL.
#include "study/studyfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace nd;

class TestCrashRecovery : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void unsavedEditsSurviveSigkill();
    void discardedRecoveryIsGone();

private:
    QProcessEnvironment environment() const;
    QString recoveryFile() const;
    // Runs neurodyn to completion; its exit code, or -1 with its output on failure.
    int run(const QStringList& arguments, QString* output);

    QTemporaryDir m_home;
};

void TestCrashRecovery::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("needs SIGKILL");
#endif
    QVERIFY(m_home.isValid());
    for (const char* dir : {"config", "data", "cache", "runtime"})
        QVERIFY(QDir(m_home.path()).mkpath(QLatin1String(dir)));
    QFile::setPermissions(m_home.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QProcessEnvironment TestCrashRecovery::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return env;
}

QString TestCrashRecovery::recoveryFile() const
{
    // Wherever the application's data folder is under XDG_DATA_HOME.
    QDirIterator it(m_home.filePath(QStringLiteral("data")), {QStringLiteral("recovery.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

int TestCrashRecovery::run(const QStringList& arguments, QString* output)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(NEURODYN_GUI_PATH), arguments);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        *output = QStringLiteral("timed out: ") + QString::fromLocal8Bit(p.readAll());
        return -1;
    }
    *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestCrashRecovery::unsavedEditsSurviveSigkill()
{
    const QString examplePath =
        QStringLiteral(NEURODYN_SOURCE_DIR "/resources/examples/ring-star-higher-order-4.json");
    const auto example = loadStudyFile(examplePath);
    QVERIFY2(example.ok, qPrintable(example.error));
    QVERIFY(recoveryFile().isEmpty());

    // 1. Unsaved edits of a parameter, a structural setting and an initial value.
    QProcess gui;
    gui.setProcessEnvironment(environment());
    gui.setProcessChannelMode(QProcess::MergedChannels);
    gui.start(QStringLiteral(NEURODYN_GUI_PATH),
              {QStringLiteral("--example"), QStringLiteral("ring-star-higher-order-4"),
               QStringLiteral("--autosave-interval"), QStringLiteral("200"), QStringLiteral("--edit"),
               QStringLiteral("sigma2=0.0375"), QStringLiteral("--edit"),
               QStringLiteral("setting.counting=ordered-pairs"), QStringLiteral("--edit"),
               QStringLiteral("initial.0=0.125")});
    QVERIFY(gui.waitForStarted());
    // 2. Wait for the autosave, then kill without any chance to clean up.
    QTRY_VERIFY2_WITH_TIMEOUT(!recoveryFile().isEmpty() || gui.state() == QProcess::NotRunning,
                              "no recovery file appeared", 60000);
    QVERIFY2(gui.state() == QProcess::Running, qPrintable(QString::fromLocal8Bit(gui.readAll())));
    gui.kill(); // SIGKILL
    QVERIFY(gui.waitForFinished(10000));
    QCOMPARE(gui.exitStatus(), QProcess::CrashExit);
    QVERIFY(!recoveryFile().isEmpty());

    // 3. Start again, accept the recovery offer and write out what was restored.
    const QString copy = m_home.filePath(QStringLiteral("recovered.json"));
    QString output;
    QCOMPARE(
        run({QStringLiteral("--recovery"), QStringLiteral("restore"), QStringLiteral("--save-copy"), copy},
            &output),
        0);
    const auto recovered = loadStudyFile(copy);
    QVERIFY2(recovered.ok, qPrintable(recovered.error + QLatin1Char('\n') + output));

    // 4. Exactly the example with the three edits.
    Study expected = example.study;
    expected.parameters["sigma2"] = 0.0375;
    expected.settings["counting"] = "ordered-pairs";
    expected.initialState[0] = 0.125;
    const Study& got = recovered.study;
    QCOMPARE(got.modelType, expected.modelType);
    QCOMPARE(got.title, expected.title);
    QVERIFY(got.settings == expected.settings);
    QCOMPARE(got.parameters.size(), expected.parameters.size());
    for (const auto& [name, value] : expected.parameters)
        QVERIFY2(got.parameters.at(name) == value, name.c_str());
    QVERIFY(got.initialState == expected.initialState);
    QVERIFY(got == expected);
    // Restored work is still unsaved work: the recovery file stays until it is saved.
    QVERIFY(!recoveryFile().isEmpty());
}

void TestCrashRecovery::discardedRecoveryIsGone()
{
    QVERIFY2(!recoveryFile().isEmpty(), "runs after unsavedEditsSurviveSigkill");
    const QString copy = m_home.filePath(QStringLiteral("fresh.json"));
    QString output;
    QCOMPARE(
        run({QStringLiteral("--recovery"), QStringLiteral("discard"), QStringLiteral("--save-copy"), copy},
            &output),
        0);
    QVERIFY(recoveryFile().isEmpty());
    const auto fresh = loadStudyFile(copy);
    QVERIFY2(fresh.ok, qPrintable(fresh.error + QLatin1Char('\n') + output));
    QCOMPARE(fresh.study.modelType, std::string("chialvo")); // the default study, not the lost one
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
