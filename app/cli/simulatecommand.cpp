#include "cli/simulatecommand.h"

#include "common/errors.h"
#include "simulate/trajectory.h"
#include "study/studyfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <limits>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "SimulateCommand".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)
};

int fail(const QString& message)
{
    QTextStream(stderr) << "neurodyn-cli simulate: " << message << '\n';
    return 2;
}

bool parseCount(const QString& text, long minimum, long& out)
{
    bool ok = false;
    const qlonglong v = text.toLongLong(&ok);
    if (!ok || v < minimum || v > 1'000'000'000LL)
        return false;
    out = static_cast<long>(v);
    return true;
}

} // namespace

int runSimulate(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Text::tr("Iterate a model and print its trajectory as CSV (a header line, then one row per "
                 "recorded step: the step index and every state variable).\n\n"
                 "Example: neurodyn-cli simulate --model chialvo --param b=0.18 --x0 0.5,2 --steps 1000"));
    p.addHelpOption();
    p.addOption({{"m", "model"},
                 Text::tr("Model type (default chialvo)."),
                 Text::tr("type"),
                 QStringLiteral("chialvo")});
    p.addOption(
        {"study", Text::tr("Take model, parameters and initial state from a study file."), Text::tr("file")});
    p.addOption(
        {{"p", "param"}, Text::tr("Set a parameter, NAME=VALUE (repeatable)."), Text::tr("name=value")});
    p.addOption(
        {"x0", Text::tr("Initial state, comma-separated (default: the model's)."), Text::tr("values")});
    p.addOption({{"n", "steps"},
                 Text::tr("Number of recorded rows (default 1000)."),
                 Text::tr("count"),
                 QStringLiteral("1000")});
    p.addOption({"transient", Text::tr("Steps discarded before the first row (default 0)."),
                 Text::tr("count"), QStringLiteral("0")});
    p.addOption({"stride", Text::tr("Steps between recorded rows (default 1)."), Text::tr("count"),
                 QStringLiteral("1")});
    p.addOption({"escape-bound", Text::tr("|state| beyond this counts as escape (default 1e8)."),
                 Text::tr("value"), QStringLiteral("1e8")});
    p.addOption({{"o", "out"}, Text::tr("Write to this file instead of standard output."), Text::tr("file")});

    QStringList args = arguments;
    args.prepend(QStringLiteral("neurodyn-cli simulate"));
    if (!p.parse(args))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(Text::tr("unexpected argument '%1'").arg(p.positionalArguments().first()));

    Study study;
    try {
        if (p.isSet(QStringLiteral("study"))) {
            const auto loaded = loadStudyFile(p.value(QStringLiteral("study")));
            if (!loaded.ok)
                return fail(loaded.error);
            study = loaded.study;
        } else {
            study = Study::defaultsFor(p.value(QStringLiteral("model")).toStdString());
        }
        auto model = study.createModel();
        for (const QString& kv : p.values(QStringLiteral("param"))) {
            const auto eq = kv.indexOf(QLatin1Char('='));
            bool ok = false;
            const double v = eq > 0 ? kv.mid(eq + 1).toDouble(&ok) : 0.0;
            if (!ok)
                return fail(Text::tr("--param expects NAME=VALUE, got '%1'").arg(kv));
            model->setParameter(kv.left(eq).toStdString(), v);
        }
        std::vector<double> x0 = study.initialState;
        if (p.isSet(QStringLiteral("x0"))) {
            x0.clear();
            for (const QString& part : p.value(QStringLiteral("x0")).split(QLatin1Char(','))) {
                bool ok = false;
                x0.push_back(part.trimmed().toDouble(&ok));
                if (!ok)
                    return fail(Text::tr("--x0 expects comma-separated numbers, got '%1'").arg(part));
            }
        }
        SimulationOptions o;
        if (!parseCount(p.value(QStringLiteral("steps")), 1, o.samples))
            return fail(Text::tr("--steps must be a whole number from 1 to 1e9"));
        if (!parseCount(p.value(QStringLiteral("transient")), 0, o.transient))
            return fail(Text::tr("--transient must be a whole number from 0 to 1e9"));
        if (!parseCount(p.value(QStringLiteral("stride")), 1, o.stride))
            return fail(Text::tr("--stride must be a whole number from 1 to 1e9"));
        bool ok = false;
        o.escapeBound = p.value(QStringLiteral("escape-bound")).toDouble(&ok);
        if (!ok || !(o.escapeBound > 0))
            return fail(Text::tr("--escape-bound must be a positive number"));

        const Trajectory t = simulateMap(*model, x0, o);

        QSaveFile file;
        QFile out;
        QIODevice* dev = nullptr;
        if (p.isSet(QStringLiteral("out"))) {
            file.setFileName(p.value(QStringLiteral("out")));
            if (!file.open(QIODevice::WriteOnly))
                return fail(Text::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
            dev = &file;
        } else {
            if (!out.open(stdout, QIODevice::WriteOnly))
                return fail(Text::tr("cannot write to standard output"));
            dev = &out;
        }
        QTextStream ts(dev);
        ts.setRealNumberPrecision(std::numeric_limits<double>::max_digits10);
        ts << "step";
        for (const auto& name : t.names)
            ts << ',' << QString::fromStdString(name);
        ts << '\n';
        for (std::size_t r = 0; r < t.rows(); ++r) {
            ts << (t.firstStep + static_cast<long>(r) * t.stride);
            for (std::size_t c = 0; c < t.columns(); ++c)
                ts << ',' << t.at(r, c);
            ts << '\n';
        }
        ts.flush();
        if (dev == &file && !file.commit())
            return fail(Text::tr("writing %1 failed: %2").arg(file.fileName(), file.errorString()));
        if (t.escaped) {
            QTextStream(stderr) << Text::tr("warning: the orbit escaped at step %1 (%2); %3 rows written")
                                       .arg(t.escapeStep)
                                       .arg(QString::fromStdString(t.escapeReason))
                                       .arg(t.rows())
                                << '\n';
            return 3;
        }
    } catch (const InputError& e) {
        return fail(QString::fromStdString(e.what()));
    }
    return 0;
}

} // namespace nd::cli
