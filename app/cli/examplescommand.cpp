#include "cli/examplescommand.h"

#include "cli/clicommon.h"

#include "study/studyfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "ExamplesCommand".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ExamplesCommand)
};

const char* kResourceDir = ":/examples";

} // namespace

QStringList exampleNames()
{
    QStringList names;
    const QStringList files =
        QDir(QLatin1String(kResourceDir)).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& f : files)
        names << f.chopped(5);
    return names;
}

QByteArray exampleBytes(const QString& name)
{
    QFile f(QStringLiteral("%1/%2.json").arg(QLatin1String(kResourceDir), name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int runExamples(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr("List the built-in example studies: name and title.\n"
                                         "Write one with 'neurodyn-cli example NAME [FILE]'."));
    const int parsed = parseOrHelp(p, QStringLiteral("examples"), arguments);
    if (parsed >= 0)
        return parsed;
    if (!p.positionalArguments().isEmpty())
        return fail(QStringLiteral("examples"),
                    Text::tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
    QTextStream out(stdout);
    const QStringList names = exampleNames();
    qsizetype width = 0;
    for (const QString& name : names)
        width = std::max(width, name.size());
    for (const QString& name : names) {
        const StudyLoadResult loaded = studyFromJson(exampleBytes(name));
        out << name.leftJustified(width + 2) << (loaded.ok ? loaded.study.title : loaded.error) << '\n';
    }
    return kExitOk;
}

int runExample(const QStringList& arguments)
{
    const QString command = QStringLiteral("example");
    QCommandLineParser p;
    p.setApplicationDescription(
        Text::tr("Write a built-in example study as a study file: to FILE, to NAME.json in "
                 "the current folder when FILE is omitted, or to standard output for '-'.\n"
                 "Run it with 'neurodyn-cli run FILE --out DIR'."));
    p.addPositionalArgument(QStringLiteral("NAME"), Text::tr("Example name (see 'neurodyn-cli examples')."));
    p.addPositionalArgument(QStringLiteral("FILE"), Text::tr("Study file to write (optional)."),
                            QStringLiteral("[FILE]"));
    const int parsed = parseOrHelp(p, command, arguments);
    if (parsed >= 0)
        return parsed;
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty() || pos.size() > 2)
        return fail(command, Text::tr("expected NAME and optionally FILE"));
    const QByteArray bytes = exampleBytes(pos[0]);
    if (bytes.isEmpty())
        return fail(command, Text::tr("unknown example '%1' (known: %2)")
                                 .arg(pos[0], exampleNames().join(QStringLiteral(", "))));
    const QString path = pos.size() == 2 ? pos[1] : pos[0] + QStringLiteral(".json");
    QString error;
    if (!writeOutput(path, bytes, error))
        return fail(command, Text::tr("cannot write the study file: %1").arg(error));
    // On standard output: stderr is for problems only (a quiet run leaves it empty).
    if (path != QLatin1String("-"))
        QTextStream(stdout) << Text::tr("wrote %1").arg(path) << '\n';
    return kExitOk;
}

} // namespace nd::cli
