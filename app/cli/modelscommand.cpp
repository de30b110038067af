#include "cli/modelscommand.h"

#include "cli/clicommon.h"

#include "common/errors.h"
#include "compute/modelfile.h"
#include "editors/modeltexts.h"
#include "model/registry.h"
#include "study/studyfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "ModelsCommand".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ModelsCommand)
};

const QString kCommand = QStringLiteral("models");

QString joined(const std::vector<std::string>& items, const QString& separator = QStringLiteral(", "))
{
    QStringList list;
    for (const auto& item : items)
        list << QString::fromStdString(item);
    return list.join(separator);
}

// Rows of cells as columns padded to their widest cell, two spaces apart, indented.
QString table(const std::vector<QStringList>& rows)
{
    std::vector<qsizetype> width;
    for (const QStringList& row : rows)
        for (qsizetype c = 0; c + 1 < row.size(); ++c) {
            if (width.size() <= static_cast<std::size_t>(c))
                width.push_back(0);
            width[static_cast<std::size_t>(c)] = std::max(width[static_cast<std::size_t>(c)], row[c].size());
        }
    QString text;
    for (const QStringList& row : rows) {
        QString line = QStringLiteral("  ");
        for (qsizetype c = 0; c < row.size(); ++c)
            line +=
                c + 1 < row.size() ? row[c].leftJustified(width[static_cast<std::size_t>(c)] + 2) : row[c];
        text += line.trimmed().isEmpty() ? QString() : line + QLatin1Char('\n');
    }
    return text;
}

QString kindText(TimeKind time)
{
    return time == TimeKind::Flow ? Text::tr("flow (continuous time)") : Text::tr("map");
}

QString listText()
{
    std::vector<QStringList> rows;
    for (const std::string& type : modelTypeNames()) {
        const auto model = createModel(type);
        rows.push_back(
            {QString::fromStdString(type), ModelTexts::displayName(type),
             Text::tr("%1, variables: %2").arg(kindText(model->timeKind())).arg(model->dimension()),
             ModelTexts::modelToolTip(type)});
    }
    return Text::tr("Models (details: 'neurodyn-cli models NAME'):\n") + table(rows);
}

// The model's description (describeModel, shared with the Python module's models()) as text.
QString detailsText(const Model& model)
{
    const ModelDescription d = describeModel(model);
    QString text = QStringLiteral("%1: %2 (%3)\n  %4\n\n")
                       .arg(QString::fromStdString(d.type), d.displayName, kindText(d.time), d.description);
    text += Text::tr("Variables (%1):").arg(d.variables.size()) + QLatin1Char(' ') + joined(d.variables) +
            QStringLiteral("\n  ") + Text::tr("default initial state:") + QLatin1Char(' ');
    QStringList initial;
    for (double v : d.initialState)
        initial << realText(v);
    text += initial.join(QLatin1Char(',')) + QStringLiteral("\n\n");

    text += Text::tr("Parameters (set with --param NAME=VALUE):\n");
    std::vector<QStringList> rows{{Text::tr("name"), Text::tr("default"), Text::tr("valid range"),
                                   Text::tr("typical range"), Text::tr("description")}};
    for (const auto& [s, description] : d.parameters)
        rows.push_back(
            {QString::fromStdString(s.name), realText(s.defaultValue),
             QStringLiteral("[%1, %2]").arg(realText(s.minimum), realText(s.maximum)),
             QStringLiteral("[%1, %2]").arg(realText(s.typicalMinimum), realText(s.typicalMaximum)),
             description});
    text += table(rows);

    if (d.settings.empty())
        return text + QLatin1Char('\n') + Text::tr("Structural settings: none") + QLatin1Char('\n');
    text += QLatin1Char('\n') + Text::tr("Structural settings (set with --setting NAME=VALUE):\n");
    rows = {{Text::tr("name"), Text::tr("value"), Text::tr("choices"), Text::tr("description")}};
    for (const ModelDescription::Setting& s : d.settings) {
        const QString value = QString::fromStdString(s.value);
        rows.push_back(
            {QString::fromStdString(s.spec.name), value.isEmpty() ? QStringLiteral("\"\"") : value,
             s.spec.choices.empty() ? Text::tr("(free)") : joined(s.spec.choices, QStringLiteral("|")),
             s.label + QStringLiteral(": ") + s.description});
    }
    return text + table(rows);
}

} // namespace

int runModels(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr(
        "List the models (and network presets) with their display names; with NAME, the model's "
        "variables, parameters (default, valid and typical range, description) and structural settings "
        "(value, choices, description), as 'simulate' and study files use them.\n\n"
        "Example: neurodyn-cli models ring-star --setting N=10"));
    p.addPositionalArgument(QStringLiteral("NAME"), Text::tr("Model type (optional)."),
                            QStringLiteral("[NAME]"));
    p.addOption({{"s", "setting"},
                 Text::tr("With NAME: show the model built with this structural setting, NAME=VALUE "
                          "(repeatable; the variables and parameters can depend on the settings)."),
                 Text::tr("name=value")});
    p.addOption({"study",
                 Text::tr("Show the model of this study file, with its settings and linked parameters "
                          "(model.links) among the parameters."),
                 Text::tr("file")});
    p.addOption({"model-file",
                 Text::tr("Show the typed model of this file (NeuroDyn's model language, or an XPPAUT .ode "
                          "file), as 'simulate --model-file' runs it."),
                 Text::tr("file")});
    const int parsed = parseOrHelp(p, kCommand, arguments);
    if (parsed >= 0)
        return parsed;
    const QStringList pos = p.positionalArguments();
    if (p.isSet(QStringLiteral("model-file"))) {
        if (!pos.isEmpty() || p.isSet(QStringLiteral("setting")) || p.isSet(QStringLiteral("study")))
            return fail(kCommand,
                        Text::tr("--model-file shows the file's own model: give no NAME, --setting or --study"));
        const QString path = p.value(QStringLiteral("model-file"));
        const compute::ModelFile file = compute::readModelFile(path);
        for (const QString& n : file.notes)
            note(kCommand, QStringLiteral("%1: %2").arg(path, n));
        if (!file.ok)
            return fail(kCommand, file.error);
        try {
            QTextStream(stdout) << detailsText(*compute::studyForModel(file.source, path).createModel());
        } catch (const InputError& e) {
            return fail(kCommand, QString::fromStdString(e.what()));
        }
        return kExitOk;
    }
    if (p.isSet(QStringLiteral("study"))) {
        if (!pos.isEmpty() || p.isSet(QStringLiteral("setting")))
            return fail(kCommand, Text::tr("--study shows the study's own model: give no NAME or --setting"));
        const StudyLoadResult loaded = loadStudyFile(p.value(QStringLiteral("study")));
        if (!loaded.ok)
            return fail(kCommand, loaded.error);
        QTextStream(stdout) << detailsText(*loaded.study.createModel());
        return kExitOk;
    }
    if (pos.size() > 1)
        return fail(kCommand, Text::tr("unexpected argument '%1'").arg(pos[1]));
    if (pos.isEmpty() && p.isSet(QStringLiteral("setting")))
        return fail(kCommand, Text::tr("--setting needs a model NAME"));
    QTextStream out(stdout);
    if (pos.isEmpty()) {
        out << listText();
        return kExitOk;
    }
    const std::vector<std::string> names = modelTypeNames();
    if (std::find(names.begin(), names.end(), pos[0].toStdString()) == names.end()) {
        QStringList known;
        for (const auto& n : names)
            known << QString::fromStdString(n);
        const QString near = closestName(pos[0], known);
        return fail(
            kCommand,
            near.isEmpty()
                ? Text::tr("unknown model '%1' (known: %2)").arg(pos[0], known.join(QStringLiteral(", ")))
                : Text::tr("unknown model '%1' (did you mean %2?)").arg(pos[0], near));
    }
    Settings settings;
    std::vector<std::string> known;
    for (const SettingSpec& spec : createModel(pos[0].toStdString())->settingSpecs())
        known.push_back(spec.name);
    for (const QString& kv : p.values(QStringLiteral("setting"))) {
        const auto eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(kCommand, Text::tr("--setting expects NAME=VALUE, got '%1'").arg(kv));
        const std::string key = kv.left(eq).toStdString();
        const bool perNode = kv.startsWith(QLatin1String("node")) && kv.left(eq).contains(QLatin1Char('.'));
        if (!perNode && std::find(known.begin(), known.end(), key) == known.end())
            return fail(kCommand,
                        Text::tr("the %1 model has no setting '%2' (its settings: %3)")
                            .arg(pos[0], kv.left(eq), known.empty() ? Text::tr("none") : joined(known)));
        settings[key] = kv.mid(eq + 1).toStdString();
    }
    try {
        out << detailsText(*createModel(pos[0].toStdString(), settings));
    } catch (const InputError& e) {
        return fail(kCommand, QString::fromStdString(e.what()));
    }
    return kExitOk;
}

} // namespace nd::cli
