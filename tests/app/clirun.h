// Runs neurodyn-cli (or another program) as a user would, for the CLI tests: arguments, an
// optional standard input (closed after it is written, so a command reading "-" sees its end),
// the exit code (-1 for a crash) and both output streams. Open MPI's by-design leaks are not
// reported under ASan; the engine runs two threads. Header-only; test threads only.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace ndtest {

struct Run {
    int code;
    QByteArray out;
    QByteArray err;
};

inline Run runProgram(const QString& program, const QStringList& args, const QByteArray& input = {},
                      QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    env.insert(QStringLiteral("NEURODYN_THREADS"), QStringLiteral("2"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// The JSON object a command printed; a failed run's standard error goes to the test log, so a
// comparison that then fails shows why.
inline QJsonObject json(const Run& r)
{
    if (r.code != 0)
        qWarning("%s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

#ifdef NEURODYN_CLI_PATH
inline Run cli(const QStringList& args, const QByteArray& input = {})
{
    return runProgram(QStringLiteral(NEURODYN_CLI_PATH), args, input);
}
#endif

} // namespace ndtest
