// Reading and writing numeric text (core/io):
//   io/series-read/2^20: a 2^20-value one-per-line "%.17g" text (~20 MB) read by
//     nd::readNumericColumns, against the QString-based parser `neurodyn-cli measure` used
//     before (kept here, and only here, as the baseline); goal >= 200 MB/s and >= 10x.
//   io/csv-write: 2^20 rows "step,x,y" written into an nd::TextBuffer (std::to_chars), against
//     the QByteArray/QString appends of `neurodyn-cli run` before; goal >= 200 MB/s. The bench
//     checks that both writers give the same bytes and both readers the same numbers.
#include "benchregistry.h"

#include "io/numbertext.h"
#include "io/texttable.h"

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

// ---- The baselines: the CLI's reader and writer as they were (app/cli, before core/io). ----

struct OldTable {
    QStringList header;
    std::vector<std::vector<double>> columns;
    std::size_t rows() const { return columns.empty() ? 0 : columns.front().size(); }
};

bool oldParseNumericTable(const QByteArray& text, OldTable& table, QString& error)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    table = {};
    int lineNumber = 0;
    bool first = true;
    for (const QByteArray& raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.trimmed().split(separators, Qt::SkipEmptyParts);
        if (first) {
            first = false;
            table.columns.resize(static_cast<std::size_t>(fields.size()));
            bool numeric = true;
            for (const QString& f : fields) {
                bool ok = false;
                f.toDouble(&ok);
                numeric = numeric && ok;
            }
            if (!numeric) {
                table.header = fields;
                continue;
            }
            for (int c = 0; c < fields.size(); ++c)
                table.header << QString::number(c + 1);
        }
        if (static_cast<std::size_t>(fields.size()) != table.columns.size()) {
            error = QStringLiteral("line %1: field count").arg(lineNumber);
            return false;
        }
        for (int c = 0; c < fields.size(); ++c) {
            bool ok = false;
            const double v = fields[c].toDouble(&ok);
            if (!ok || !std::isfinite(v)) {
                error = QStringLiteral("line %1: not a number").arg(lineNumber);
                return false;
            }
            table.columns[static_cast<std::size_t>(c)].push_back(v);
        }
    }
    return table.rows() > 0;
}

QByteArray oldCsvNumber(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    return QString::number(value, 'g', QLocale::FloatingPointShortest).toLatin1();
}

QByteArray oldWrite(const std::vector<double>& x, const std::vector<double>& y)
{
    QByteArray csv = "step,x,y\n";
    for (std::size_t r = 0; r < x.size(); ++r) {
        csv += QByteArray::number(static_cast<qulonglong>(r));
        csv += ',' + oldCsvNumber(x[r]);
        csv += ',' + oldCsvNumber(y[r]);
        csv += '\n';
    }
    return csv;
}

std::string newWrite(const std::vector<double>& x, const std::vector<double>& y)
{
    nd::TextBuffer csv(x.size() * 48 + 4096);
    csv.put("step,x,y\n");
    for (std::size_t r = 0; r < x.size(); ++r) {
        csv.integer(static_cast<long long>(r));
        csv.put(',');
        csv.number(x[r]);
        csv.put(',');
        csv.number(y[r]);
        csv.put('\n');
    }
    return csv.take();
}

// A chaotic orbit (full 17-digit values, as simulations write them) and a Henon-like partner
// with negative values and small magnitudes.
void orbit(std::size_t n, std::vector<double>& x, std::vector<double>& y)
{
    x.resize(n);
    y.resize(n);
    double a = 0.1, b = 0.3;
    for (std::size_t i = 0; i < n; ++i) {
        const double next = 1.0 - 1.4 * a * a + b;
        b = 0.3 * a;
        a = next;
        x[i] = a;
        y[i] = b * 1e-3;
    }
}

[[noreturn]] void mismatch(const char* what)
{
    std::fprintf(stderr, "neurodyn-bench io: %s differ between kernel and baseline\n", what);
    std::abort();
}

} // namespace

ND_BENCHMARK("io")
{
    using namespace nd;
    std::vector<bench::Result> results;
    constexpr std::size_t n = std::size_t(1) << 20;
    std::vector<double> x, y;
    orbit(n, x, y);

    { // Reading.
        std::string text;
        char line[40];
        for (double v : x) {
            const int len = std::snprintf(line, sizeof line, "%.17g\n", v);
            text.append(line, static_cast<std::size_t>(len));
        }
        const QByteArray bytes = QByteArray::fromRawData(text.data(), static_cast<qsizetype>(text.size()));
        NumericColumns fast;
        OldTable old;
        QString error;
        const bench::Timing t =
            bench::measure([&] { fast = readNumericColumns(text, TextTableOptions{}, "bench"); });
        const bench::Timing tb = bench::measure([&] {
            if (!oldParseNumericTable(bytes, old, error))
                mismatch("series-read baseline");
        });
        if (fast.columns.size() != 1 || fast.columns[0] != x || old.columns[0] != x)
            mismatch("values read");
        const double mb = static_cast<double>(text.size()) / 1e6;
        results.push_back(bench::Result::rate("io/series-read/2^20", "MB/s", mb, t, 1)
                              .against("QString parser (old CLI)", mb, tb, 1)
                              .withGoal(">= 200 MB/s and >= 10x", [](const bench::Result& r, bool cpu) {
                                  return r.value(cpu) >= 200.0 && r.ratio(cpu) >= 10.0;
                              }));
    }
    { // Writing.
        std::string fast;
        QByteArray old;
        const bench::Timing t = bench::measure([&] { fast = newWrite(x, y); });
        const bench::Timing tb = bench::measure([&] { old = oldWrite(x, y); });
        if (fast.size() != static_cast<std::size_t>(old.size()) ||
            fast.compare(0, fast.size(), old.constData(), fast.size()) != 0)
            mismatch("bytes written");
        const double mb = static_cast<double>(fast.size()) / 1e6;
        results.push_back(bench::Result::rate("io/csv-write/2^20x(step,x,y)", "MB/s", mb, t, 1)
                              .against("QByteArray appends (old run)", mb, tb, 1)
                              .withGoal(">= 200 MB/s", [](const bench::Result& r, bool cpu) {
                                  return r.value(cpu) >= 200.0;
                              }));
    }
    return results;
}
