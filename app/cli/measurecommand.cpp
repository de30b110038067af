#include "cli/measurecommand.h"

#include "cli/buildinfo.h"
#include "cli/clicommon.h"
#include "cli/measuresignificance.h"
#include "cli/measurespec.h"

#include "common/errors.h"
#include "io/edgelistreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QTextStream>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "MeasureCommand".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MeasureCommand)
};

// The measure `given` names: its own name, with hyphens for underscores, or an old name
// (kMeasureAliases, with a note).
const MeasureSpec* findSpec(const QString& given)
{
    QString name = given;
    for (const MeasureAlias& a : kMeasureAliases)
        if (given == QLatin1String(a.oldName)) {
            name = QLatin1String(a.name);
            note(QStringLiteral("measure"), Text::tr("'%1' is deprecated, use '%2'").arg(given, name));
        }
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
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
    text += Text::tr("\nEvery measure of columns accepts --surrogates shuffle|ft|aaft|iaaft --count N --seed S "
                     "--tail greater|less|two-sided: its scalar tested against surrogates (\"significance\").\n"
                     "Run 'neurodyn-cli measure NAME --help' for a measure's options.\n");
    return text;
}

} // namespace

const std::vector<MeasureSpec>& measureSpecs()
{
    static const std::vector<MeasureSpec> specs{sampleEntropySpec(),
                                                zeroOneSpec(),
                                                mfdfaSpec(),
                                                kuramotoSpec(),
                                                crossCorrelationSpec(),
                                                networkMfaSpec(),
                                                multiscaleEntropySpec(),
                                                permutationEntropySpec(),
                                                approximateEntropySpec(),
                                                embeddingSpec(),
                                                rqaSpec()};
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
    const QString full = command + QLatin1Char(' ') + QLatin1String(spec->name);

    QCommandLineParser p;
    p.setApplicationDescription(
        Text::tr("%1.\nInput: FILE, or '-' for standard input; CSV or whitespace-separated, "
                 "an optional header line, '#' comments.")
            .arg(Text::tr(spec->summary)));
    if (spec->input == MeasureInput::Series)
        p.addOption({"column",
                     Text::tr("Column to use: header name or 1-based number (default: the only column "
                              "that is neither an index column step, time, t or a row counter nor a "
                              "label column)."),
                     Text::tr("C")});
    else if (spec->input == MeasureInput::MultiSeries)
        p.addOption({"columns",
                     Text::tr("Columns (nodes) to use, comma-separated names or numbers (default: every "
                              "column but the index columns step, time, t, a row counter and label columns)."),
                     Text::tr("LIST")});
    if (spec->input != MeasureInput::EdgeList)
        p.addOption({"gaps",
                     Text::tr("Empty fields or missing-value marks (NaN, NA) in the columns used: refuse "
                              "(default), drop (remove those rows; the series joins across them) or "
                              "interpolate (linearly between the neighbouring rows; gaps at either end are "
                              "removed). The JSON's \"gaps\" says what was done."),
                     Text::tr("RULE"),
                     QStringLiteral("refuse")});
    p.addOption({{"o", "out"},
                 Text::tr("Write the JSON to this file instead of standard output."),
                 Text::tr("FILE")});
    spec->addOptions(p);
    addSignificanceOptions(p, full); // after the measure's own, which keep their names (e.g. --seed)
    p.addPositionalArgument(QStringLiteral("FILE"), Text::tr("Input file, or - for standard input."));
    const int parsed = parseOrHelp(p, full, arguments.mid(1));
    if (parsed >= 0)
        return parsed;
    if (p.positionalArguments().size() != 1)
        return fail(
            full,
            Text::tr("expected exactly one input FILE (or -), got %1").arg(p.positionalArguments().size()));
    const QString input = p.positionalArguments().first();
    bool surrogates = false;
    QString error;
    if (!significanceRequested(p, *spec, surrogates, error))
        return fail(full, error);

    // The bytes are read once, here, so that what was measured can be hashed for the result's
    // reproducibility fields (standard input too).
    QByteArray bytes;
    if (!readInputBytes(input, bytes, error))
        return fail(full, error);
    QJsonObject result{
        {"measure", QLatin1String(spec->name)},
        {"input", input},
        {"input_sha256",
         QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
        {"input_bytes", static_cast<double>(bytes.size())}};
    const QJsonObject build = buildProvenance(); // app_version, source_revision, build_type
    for (auto it = build.begin(); it != build.end(); ++it)
        result.insert(it.key(), it.value());
    if (spec->input == MeasureInput::EdgeList) {
        try {
            const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
            EdgeListReadOptions o;
            o.ids = NodeIds::Auto;
            // Two columns (from, to: every edge weighs 1) or three (from, to, weight), by the first line.
            TextScanner first(text, o.table);
            const std::size_t fields = first.next() ? first.fields().size() : 0;
            if (fields < 2 || fields > 3)
                return fail(
                    full, Text::tr("an edge list has 2 or 3 columns (from, to[, weight]); this input has %1")
                              .arg(fields));
            o.weightColumn = fields == 3 ? 2 : -1;
            const ImportedGraph graph = readEdgeList(text, o);
            if (!spec->runGraph(p, graph, result, error))
                return fail(full, error);
        } catch (const InputError& e) {
            return fail(full, QString::fromStdString(e.what()));
        }
    } else {
        NumericTable table;
        if (!parseNumericTable(bytes, inputName(input), table, error))
            return fail(full, error);
        std::vector<int> columns;
        const QString option =
            spec->input == MeasureInput::Series ? QStringLiteral("column") : QStringLiteral("columns");
        QString rule = QStringLiteral("--") + option;
        if (p.isSet(option) && spec->input == MeasureInput::Series) {
            const int c = findColumn(table, p.value(option), error); // one name, which may hold a comma
            if (c < 0)
                return fail(full, error);
            columns.push_back(c);
        } else if (p.isSet(option)) {
            if (!findColumns(table, p.value(option), columns, error))
                return fail(full, error);
        } else {
            columns = dataColumns(table);
            rule = indexColumnRule();
            if (spec->input == MeasureInput::Series && columns.size() != 1) {
                const std::vector<bool> index = indexColumns(table);
                QStringList data, skipped;
                for (int c : columns)
                    data << table.header[c];
                for (qsizetype c = 0; c < table.header.size(); ++c)
                    if (index[static_cast<std::size_t>(c)])
                        skipped << table.header[c];
                return fail(
                    full,
                    Text::tr("the input has %1 data columns (%2); choose one with --column NAME or "
                             "NUMBER (index columns, never taken by default: %3)")
                        .arg(data.size())
                        .arg(data.join(QStringLiteral(", ")),
                             skipped.isEmpty() ? Text::tr("none") : skipped.join(QStringLiteral(", "))));
            }
            if (columns.empty())
                return fail(full,
                            Text::tr("the input has only index columns (%1); choose columns with --columns")
                                .arg(table.header.join(QStringLiteral(", "))));
        }
        GapRule gapRule = GapRule::Refuse;
        QJsonObject gaps;
        if (!parseGapRule(p.value(QStringLiteral("gaps")), gapRule, error) ||
            !prepareColumns(table, columns, gapRule, gaps, error))
            return fail(full, error);
        if (!gaps.isEmpty())
            result.insert(QStringLiteral("gaps"), gaps);
        result.insert(QStringLiteral("samples"), static_cast<double>(table.rows()));
        QJsonArray used;
        for (int c : columns)
            used.append(table.header[c]);
        result.insert(QStringLiteral("columns"), used);
        result.insert(QStringLiteral("column_rule"), rule);
        try {
            if (!spec->run(p, table, columns, result, error))
                return fail(full, error);
            if (surrogates && !runSignificance(p, *spec, table, columns, result, error))
                return fail(full, error);
        } catch (const InputError& e) {
            return fail(full, QString::fromStdString(e.what()));
        }
    }
    if (!writeOutput(p.value(QStringLiteral("out")), toJsonBytes(result), error))
        return fail(full, Text::tr("cannot write the result: %1").arg(error));
    return kExitOk;
}

} // namespace nd::cli
