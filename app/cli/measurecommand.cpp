#include "cli/measurecommand.h"

#include "cli/buildinfo.h"
#include "cli/clicommon.h"
#include "cli/measurespec.h"

#include "common/errors.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "MeasureCommand".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MeasureCommand)
};

const MeasureSpec* findSpec(const QString& name)
{
    for (const MeasureSpec& s : measureSpecs())
        if (name == QLatin1String(s.name))
            return &s;
    return nullptr;
}

QString usage()
{
    QString text =
        Text::tr("Usage: neurodyn-cli measure NAME [options] FILE|-\n\n"
                 "Runs one measure on a CSV or whitespace-separated file ('-' reads standard input)\n"
                 "and prints JSON. Undefined values are null, with a \"reason\" key.\n\nMeasures:\n");
    for (const MeasureSpec& s : measureSpecs())
        text += QStringLiteral("  %1  %2\n").arg(QLatin1String(s.name), -18).arg(Text::tr(s.summary));
    text += Text::tr("\nRun 'neurodyn-cli measure NAME --help' for a measure's options.\n");
    return text;
}

} // namespace

const std::vector<MeasureSpec>& measureSpecs()
{
    static const std::vector<MeasureSpec> specs{
        sampleEntropySpec(), zeroOneSpec(),          mfdfaSpec(),
        kuramotoSpec(),      crossCorrelationSpec(), networkMfaSpec()};
    return specs;
}

int runMeasure(const QStringList& arguments)
{
    const QString command = QStringLiteral("measure");
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h")) {
        QTextStream(arguments.isEmpty() ? stderr : stdout) << usage();
        return arguments.isEmpty() ? kExitUsage : kExitOk;
    }
    const QString name = arguments.first();
    const MeasureSpec* spec = findSpec(name);
    if (!spec) {
        QStringList names;
        for (const MeasureSpec& s : measureSpecs())
            names << QLatin1String(s.name);
        return fail(command,
                    Text::tr("unknown measure '%1' (known: %2)").arg(name, names.join(QStringLiteral(", "))));
    }
    const QString full = command + QLatin1Char(' ') + name;

    QCommandLineParser p;
    p.setApplicationDescription(
        Text::tr("%1.\nInput: FILE, or '-' for standard input; CSV or whitespace-separated, "
                 "an optional header line, '#' comments.")
            .arg(Text::tr(spec->summary)));
    if (spec->input == MeasureInput::Series)
        p.addOption({"column", Text::tr("Column to use: 1-based number or header name (default 1)."),
                     Text::tr("C"), QStringLiteral("1")});
    else if (spec->input == MeasureInput::MultiSeries)
        p.addOption({"columns",
                     Text::tr("Columns (nodes) to use, comma-separated numbers or names (default all)."),
                     Text::tr("LIST")});
    p.addOption({{"o", "out"},
                 Text::tr("Write the JSON to this file instead of standard output."),
                 Text::tr("FILE")});
    spec->addOptions(p);
    p.addPositionalArgument(QStringLiteral("FILE"), Text::tr("Input file, or - for standard input."));
    const int parsed = parseOrHelp(p, full, arguments.mid(1));
    if (parsed >= 0)
        return parsed;
    if (p.positionalArguments().size() != 1)
        return fail(
            full,
            Text::tr("expected exactly one input FILE (or -), got %1").arg(p.positionalArguments().size()));
    const QString input = p.positionalArguments().first();

    // Read here rather than by readNumericTable so that the bytes measured can be hashed for
    // the result's reproducibility fields (standard input too).
    QFile file;
    if (input == QLatin1String("-") ? !file.open(stdin, QIODevice::ReadOnly)
                                    : (file.setFileName(input), !file.open(QIODevice::ReadOnly)))
        return fail(full, input == QLatin1String("-")
                              ? Text::tr("cannot read standard input")
                              : Text::tr("cannot read %1: %2").arg(input, file.errorString()));
    const QByteArray bytes = file.readAll();
    NumericTable table;
    QString error;
    if (!parseNumericTable(bytes, input == QLatin1String("-") ? Text::tr("standard input") : input, table,
                           error))
        return fail(full, error);
    std::vector<int> columns;
    if (spec->input == MeasureInput::Series) {
        const int c = findColumn(table, p.value(QStringLiteral("column")), error);
        if (c < 0)
            return fail(full, error);
        columns.push_back(c);
    } else if (spec->input == MeasureInput::MultiSeries) {
        if (!findColumns(table, p.value(QStringLiteral("columns")), columns, error))
            return fail(full, error);
    }

    QJsonObject result{
        {"measure", name},
        {"input", input},
        {"input_sha256",
         QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
        {"input_bytes", static_cast<double>(bytes.size())},
        {"samples", static_cast<double>(table.rows())}};
    const QJsonObject build = buildProvenance(); // app_version, source_revision, build_type
    for (auto it = build.begin(); it != build.end(); ++it)
        result.insert(it.key(), it.value());
    if (spec->input != MeasureInput::EdgeList) {
        QJsonArray used;
        for (int c : columns)
            used.append(table.header[c]);
        result.insert(QStringLiteral("columns"), used);
    }
    try {
        if (!spec->run(p, table, columns, result, error))
            return fail(full, error);
    } catch (const InputError& e) {
        return fail(full, QString::fromStdString(e.what()));
    }
    if (!writeOutput(p.value(QStringLiteral("out")), toJsonBytes(result), &error))
        return fail(full, Text::tr("cannot write the result: %1").arg(error));
    return kExitOk;
}

} // namespace nd::cli
