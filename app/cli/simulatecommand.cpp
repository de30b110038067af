#include "cli/simulatecommand.h"

#include "cli/clicommon.h"
#include "cli/resultfiles.h"

#include "common/errors.h"
#include "compute/computecommon.h"
#include "compute/modelfile.h"
#include "equations/equationsmodel.h"
#include "model/randomstate.h"
#include "study/studyfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <numbers>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "SimulateCommand".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)
};

const QString kCommand = QStringLiteral("simulate");

int fail(const QString& message)
{
    return nd::cli::fail(kCommand, message);
}

void declare(QCommandLineParser& p)
{
    p.setApplicationDescription(Text::tr(
        "Simulate a model and print its trajectory as CSV: a header line, then one row per recorded step "
        "with the step index, for flows (Kuramoto) the time, and every state variable. Maps are iterated; "
        "flows are integrated with the study's integrator (or --dt and --method), exactly as "
        "'neurodyn-cli run' writes trajectory.csv.\n\n"
        "With --study the model, its settings, parameters, initial state, transient, samples, stride, "
        "escape bound and integrator come from the study file; the options below override them.\n"
        "Models, their parameters (default, valid and typical range), settings and variables: "
        "'neurodyn-cli models [NAME]'.\n\n"
        "Example: neurodyn-cli simulate --model chialvo --param b=0.18 --initial-state 0.5,2 --samples "
        "1000"));
    p.addOption({{"m", "model"},
                 Text::tr("Model type (default chialvo; see 'neurodyn-cli models')."),
                 Text::tr("type")});
    p.addOption({"model-file",
                 Text::tr("A typed model (--model equations, implied): a text in NeuroDyn's model language, "
                          "or an XPPAUT .ode file imported on the fly (its untranslated lines are noted on "
                          "stderr)."),
                 Text::tr("file")});
    p.addOption({"study", Text::tr("Take the model and the simulation settings from a study file."),
                 Text::tr("file")});
    p.addOption({{"s", "setting"},
                 Text::tr("Set a structural setting of the model, NAME=VALUE (repeatable), e.g. N=10."),
                 Text::tr("name=value")});
    p.addOption(
        {{"p", "param"}, Text::tr("Set a parameter, NAME=VALUE (repeatable)."), Text::tr("name=value")});
    p.addOption({"initial-state",
                 Text::tr("Initial state, comma-separated (default: the study's or the model's)."),
                 Text::tr("values")});
    p.addOption({"random-initial",
                 Text::tr("Random initial state drawn from SEED, uniform in the --box range, as the GUI's "
                          "initial-state editor draws it (the same seed gives the same state)."),
                 Text::tr("seed")});
    p.addOption({"box",
                 Text::tr("Range of the random initial values, FROM,TO (default 0,1; Kuramoto 0,2pi)."),
                 Text::tr("from,to")});
    p.addOption(
        {{"n", "samples"},
         Text::tr("Number of recorded rows (default: the study's simulation.samples, otherwise 1000)."),
         Text::tr("count")});
    p.addOption({"transient",
                 Text::tr("Steps discarded before the first row (default: the study's, otherwise 0)."),
                 Text::tr("count")});
    p.addOption({"stride", Text::tr("Steps between recorded rows (default: the study's, otherwise 1)."),
                 Text::tr("count")});
    p.addOption({"escape-bound",
                 Text::tr("|state| beyond this counts as escape (default: the study's, otherwise 1e8)."),
                 Text::tr("value")});
    p.addOption({"dt", Text::tr("Flows: time of one step (default: the study's, otherwise 0.01)."),
                 Text::tr("value")});
    p.addOption({"method",
                 Text::tr("Flows: rk4 (classical Runge-Kutta with step dt) or dormand_prince (adaptive, "
                          "sampled every dt); default: the study's, otherwise rk4."),
                 Text::tr("name")});
    p.addOption({{"o", "out"}, Text::tr("Write to this file instead of standard output."), Text::tr("file")});
}

// NAME=VALUE pairs of a repeatable option; false (with the message) for one without '='.
bool splitPairs(const QStringList& values, const QString& option,
                std::vector<std::pair<QString, QString>>& out, QString& error)
{
    for (const QString& kv : values) {
        const auto eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return error = Text::tr("%1 expects NAME=VALUE, got '%2'").arg(option, kv), false;
        out.emplace_back(kv.left(eq), kv.mid(eq + 1));
    }
    return true;
}

QString joined(const std::vector<std::string>& names)
{
    QStringList list;
    for (const auto& n : names)
        list << QString::fromStdString(n);
    return list.join(QStringLiteral(", "));
}

// The study with its structural settings changed: the model rebuilt, parameters that still
// exist keep their values, and the initial state is kept while the dimension is unchanged.
Study withSettings(const Study& study, const Settings& changes)
{
    Settings merged = study.settings;
    for (const auto& [k, v] : changes)
        merged[k] = v;
    Study s = Study::defaultsFor(study.modelType, merged);
    for (auto& [name, value] : s.parameters)
        if (const auto it = study.parameters.find(name); it != study.parameters.end())
            value = it->second;
    if (s.initialState.size() == study.initialState.size())
        s.initialState = study.initialState;
    s.title = study.title;
    s.simulation = study.simulation;
    s.simulation.variables.clear(); // state indices of the old model
    s.flow = study.flow;
    return s;
}

// The study (or the model's defaults) with the options applied; false with a message.
bool buildStudy(const QCommandLineParser& p, Study& study, QString& error)
{
    const bool fromStudy = p.isSet(QStringLiteral("study"));
    if (fromStudy && p.isSet(QStringLiteral("model")))
        return error = Text::tr("--model and --study cannot be combined (the study names its model)"), false;
    const bool fromFile = p.isSet(QStringLiteral("model-file"));
    if (fromFile && fromStudy)
        return error = Text::tr("--model-file and --study cannot be combined (the study holds its model)"),
               false;
    if (fromFile && p.isSet(QStringLiteral("model")) &&
        p.value(QStringLiteral("model")) != QLatin1String(eq::EquationsModel::kTypeName))
        return error = Text::tr("--model-file holds a typed model: --model must be equations (or left out)"),
               false;
    if (!fromFile && p.value(QStringLiteral("model")) == QLatin1String(eq::EquationsModel::kTypeName))
        return error = Text::tr("--model equations needs --model-file FILE (the model's equations)"), false;
    std::vector<std::pair<QString, QString>> settings, params;
    if (!splitPairs(p.values(QStringLiteral("setting")), QStringLiteral("--setting"), settings, error) ||
        !splitPairs(p.values(QStringLiteral("param")), QStringLiteral("--param"), params, error))
        return false;
    if (fromStudy) {
        const StudyLoadResult loaded = loadStudyFile(p.value(QStringLiteral("study")));
        if (!loaded.ok)
            return error = loaded.error, false;
        for (const QString& n : loaded.notes)
            note(kCommand, QStringLiteral("%1: %2").arg(p.value(QStringLiteral("study")), n));
        study = loaded.study;
    } else if (fromFile) {
        const QString path = p.value(QStringLiteral("model-file"));
        const compute::ModelFile file = compute::readModelFile(path);
        for (const QString& n : file.notes)
            note(kCommand, QStringLiteral("%1: %2").arg(path, n));
        if (!file.ok)
            return error = file.error, false;
        study = compute::studyForModel(file.source, QFileInfo(path).completeBaseName());
        study.simulation = SimulationOptions{};
    } else {
        study = Study::defaultsFor(
            p.isSet(QStringLiteral("model")) ? p.value(QStringLiteral("model")).toStdString() : "chialvo");
        study.simulation = SimulationOptions{}; // 1000 rows from the initial state
    }
    if (!settings.empty()) {
        const auto model = study.createModel();
        std::vector<std::string> known;
        for (const SettingSpec& spec : model->settingSpecs())
            known.push_back(spec.name);
        Settings changes;
        for (const auto& [name, value] : settings) {
            const std::string key = name.toStdString();
            const bool perNode = name.startsWith(QLatin1String("node")) && name.contains(QLatin1Char('.'));
            if (!perNode && std::find(known.begin(), known.end(), key) == known.end())
                return error = known.empty()
                                   ? Text::tr(
                                         "the %1 model has no structural settings ('neurodyn-cli models %1')")
                                         .arg(QString::fromStdString(study.modelType))
                                   : Text::tr("the %1 model has no setting '%2' (its settings: %3)")
                                         .arg(QString::fromStdString(study.modelType), name, joined(known)),
                       false;
            changes[key] = value.toStdString();
        }
        study = withSettings(study, changes);
    }
    const auto model = study.createModel();
    for (const auto& [name, text] : params) {
        std::vector<std::string> known;
        for (const ParameterSpec& spec : model->parameterSpecs())
            known.push_back(spec.name);
        if (model->parameterIndex(name.toStdString()) < 0)
            return error = Text::tr("the %1 model has no parameter '%2' (its parameters: %3)")
                               .arg(QString::fromStdString(study.modelType), name, joined(known)),
                   false;
        // The study applies links last, so a target's own value would not last: say so.
        if (const ParameterLink* by = model->linkOf(name.toStdString()))
            return error = Text::tr("--param %1: %1 is set by the linked parameter %2; set %2 instead")
                               .arg(name, QString::fromStdString(by->name)),
                   false;
        double v = 0.0;
        if (!parseDouble(text, v))
            return error = Text::tr("--param %1: '%2' is not a number").arg(name, text), false;
        model->setParameter(name.toStdString(), v); // throws for a value outside the valid range
        study.parameters[name.toStdString()] = v;
    }

    const auto dimension = static_cast<std::size_t>(model->dimension());
    if (p.isSet(QStringLiteral("initial-state")) && p.isSet(QStringLiteral("random-initial")))
        return error = Text::tr("--initial-state and --random-initial cannot be combined"), false;
    if (p.isSet(QStringLiteral("box")) && !p.isSet(QStringLiteral("random-initial")))
        return error = Text::tr("--box needs --random-initial"), false;
    if (p.isSet(QStringLiteral("initial-state"))) {
        const QString text = p.value(QStringLiteral("initial-state"));
        std::vector<double> x0;
        if (!parseDoubleList(text, x0) ||
            text.split(QLatin1Char(',')).size() != static_cast<qsizetype>(x0.size()))
            return error = Text::tr("--initial-state expects comma-separated numbers, got '%1'").arg(text),
                   false;
        if (x0.size() != dimension)
            return error = Text::tr("--initial-state needs %1 values (the state variables %2), got %3")
                               .arg(dimension)
                               .arg(joined(model->variableNames()))
                               .arg(x0.size()),
                   false;
        study.initialState = x0;
    } else if (p.isSet(QStringLiteral("random-initial"))) {
        long seed = 0;
        if (!parseLong(p.value(QStringLiteral("random-initial")), 0, 2147483647L, seed))
            return error = Text::tr("--random-initial expects a seed from 0 to 2147483647"), false;
        // The initial-state editor's default range: one unit, a full turn for phases.
        std::vector<double> box{0.0, study.modelType == "kuramoto" ? 2.0 * std::numbers::pi : 1.0};
        if (p.isSet(QStringLiteral("box")) &&
            (!parseDoubleList(p.value(QStringLiteral("box")), box) || box.size() != 2))
            return error = Text::tr("--box expects FROM,TO, got '%1'").arg(p.value(QStringLiteral("box"))),
                   false;
        study.initialState =
            randomState(model->dimension(), static_cast<std::uint64_t>(seed), box[0], box[1]);
    }

    struct CountOption {
        const char* name;
        long minimum;
        long* target;
    };
    for (const CountOption& c : {CountOption{"samples", 1, &study.simulation.samples},
                                 CountOption{"transient", 0, &study.simulation.transient},
                                 CountOption{"stride", 1, &study.simulation.stride}}) {
        const QString option = QLatin1String(c.name);
        if (p.isSet(option) && !parseLong(p.value(option), c.minimum, 1'000'000'000L, *c.target))
            return error = Text::tr("--%1 must be a whole number from %2 to 1e9").arg(option).arg(c.minimum),
                   false;
    }
    if (p.isSet(QStringLiteral("escape-bound")) &&
        (!parseDouble(p.value(QStringLiteral("escape-bound")), study.simulation.escapeBound) ||
         !(study.simulation.escapeBound > 0)))
        return error = Text::tr("--escape-bound must be a positive number"), false;
    const bool flow = model->timeKind() == TimeKind::Flow;
    if (!flow && (p.isSet(QStringLiteral("dt")) || p.isSet(QStringLiteral("method"))))
        return error = Text::tr("--dt and --method apply to flows only; %1 is a map")
                           .arg(QString::fromStdString(study.modelType)),
               false;
    if (p.isSet(QStringLiteral("dt")) && (!parseDouble(p.value(QStringLiteral("dt")), study.flow.dt) ||
                                          !(study.flow.dt > 0) || study.flow.dt > 100))
        return error = Text::tr("--dt must be a number above 0 and at most 100"), false;
    if (p.isSet(QStringLiteral("method"))) {
        const QString m = p.value(QStringLiteral("method"));
        if (m == QLatin1String("rk4"))
            study.flow.method = FlowMethod::RungeKutta4;
        else if (m == QLatin1String("dormand_prince"))
            study.flow.method = FlowMethod::DormandPrince;
        else
            return error = Text::tr("--method must be rk4 or dormand_prince, got '%1'").arg(m), false;
    }
    return true;
}

} // namespace

int runSimulate(const QStringList& arguments)
{
    QCommandLineParser p;
    declare(p);
    const int parsed = parseOrHelp(p, kCommand, arguments);
    if (parsed >= 0)
        return parsed;
    if (!p.positionalArguments().isEmpty())
        return fail(Text::tr("unexpected argument '%1'").arg(p.positionalArguments().first()));

    try {
        Study study;
        QString error;
        if (!buildStudy(p, study, error))
            return fail(error);
        // The trajectory exactly as `run` computes it: maps iterated, flows integrated.
        const Trajectory t = compute::studyTrajectory(study);
        const bool flow = study.createModel()->timeKind() == TimeKind::Flow;
        QByteArray csv = flow ? "step,time" : "step";
        for (const auto& name : t.names)
            csv += ',' + QByteArray::fromStdString(name);
        csv += '\n';
        for (std::size_t r = 0; r < t.rows(); ++r) {
            const long step = t.firstStep + static_cast<long>(r) * t.stride;
            csv += QByteArray::number(static_cast<qlonglong>(step));
            if (flow)
                csv += ',' + csvNumber(static_cast<double>(step) * study.flow.dt);
            for (std::size_t c = 0; c < t.columns(); ++c)
                csv += ',' + csvNumber(t.at(r, c));
            csv += '\n';
        }
        if (!writeOutput(p.value(QStringLiteral("out")), csv, error))
            return fail(Text::tr("cannot write the trajectory: %1").arg(error));
        if (t.escaped) {
            QTextStream(stderr) << Text::tr(
                                       "neurodyn-cli simulate: warning: the orbit escaped at step %1 (%2); "
                                       "%3 rows written")
                                       .arg(t.escapeStep)
                                       .arg(QString::fromStdString(t.escapeReason))
                                       .arg(t.rows())
                                << '\n';
            return kExitResult;
        }
    } catch (const InputError& e) {
        return fail(QString::fromStdString(e.what()));
    }
    return kExitOk;
}

} // namespace nd::cli
