#include "study/studyfile.h"

#include "common/errors.h"
#include "equations/modelsource.h"
#include "model/registry.h"
#include "study/enginemessage.h"
#include "study/equationsjson.h"
#include "study/jsonfields.h"
#include "study/keyaliases.h"
#include "study/linkssection.h"
#include "study/settingsnames.h"
#include "study/studymigration.h"
#include "study/studysections.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace nd {

namespace {

// The texts of this file, under the translation context "StudyFile".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};

constexpr qint64 kMaxStudyBytes = 64 * 1024 * 1024;
constexpr double kMaxCount = 1e9;

// The keys of the study file's top level; anything else is refused (a misspelt section would
// otherwise be dropped without a word).
constexpr const char* kTopLevelKeys[] = {"format",        "schema_version", "app_version", "title", "model",
                                         "initial_state", "simulation",     "analyses",    "view"};
constexpr const char* kFlowKeys[] = {"dt", "method", "abs_tolerance", "rel_tolerance"};

// The simulation section: counts, the escape bound and, for flows, the integrator. A map's
// file with integrator settings is refused rather than read as if they applied.
bool readSimulation(const QJsonObject& json, const Model& model, Study& s, QString& error)
{
    FieldReader r(json, QStringLiteral("simulation"), error);
    if (!r.integer("transient", 0, kMaxCount, s.simulation.transient) ||
        !r.integer("samples", 1, kMaxCount, s.simulation.samples) ||
        !r.integer("stride", 1, kMaxCount, s.simulation.stride))
        return false;
    if (r.has("escape_bound")) {
        const double b = json.value(QStringLiteral("escape_bound")).toDouble(-1.0);
        if (!(b > 0.0) || !std::isfinite(b))
            return r.fail(Text::tr("simulation.escape_bound must be a positive number"));
        s.simulation.escapeBound = b;
    }
    if (model.timeKind() != TimeKind::Flow) {
        for (const char* key : kFlowKeys)
            if (json.contains(QLatin1String(key)))
                return r.fail(Text::tr("%1 applies to flows only; %2 is a map")
                                  .arg(r.field(key), QString::fromStdString(model.typeName())));
        return r.noUnknownKeys();
    }
    return r.positive("dt", 100.0, s.flow.dt) && r.choice("method", kFlowMethodNames, s.flow.method) &&
           r.positive("abs_tolerance", 1.0, s.flow.absTolerance) &&
           r.positive("rel_tolerance", 1.0, s.flow.relTolerance) && r.noUnknownKeys();
}

} // namespace

QByteArray studyToJson(const Study& study)
{
    QJsonObject params;
    for (const auto& [name, value] : study.parameters)
        params.insert(QString::fromStdString(name), value);
    QJsonObject settings;
    for (const auto& [name, value] : study.settings)
        settings.insert(QString::fromStdString(name), QString::fromStdString(value));
    QJsonObject model{{"type", QString::fromStdString(study.modelType)}, {"parameters", params}};
    if (!settings.isEmpty())
        model.insert(QStringLiteral("settings"), settings);
    // A typed model is written as its fields, not as the definition's text (equationsjson.h).
    if (study.modelType == kEquationsModelType)
        model = equationsToJson(study);
    if (!study.links.empty())
        model.insert(QStringLiteral("links"), linksToJson(study.links));
    QJsonArray initial;
    for (double v : study.initialState)
        initial.append(v);
    QJsonObject sim{{"transient", static_cast<double>(study.simulation.transient)},
                    {"samples", static_cast<double>(study.simulation.samples)},
                    {"stride", static_cast<double>(study.simulation.stride)},
                    {"escape_bound", study.simulation.escapeBound}};
    // The model names the variables of the analyses and tells whether the flow settings apply.
    const auto instance = nd::createModel(study.modelType, study.settings);
    instance->setLinks(study.links); // analyses may name a link as their parameter
    if (instance->timeKind() == TimeKind::Flow) {
        sim.insert(QStringLiteral("dt"), study.flow.dt);
        sim.insert(QStringLiteral("method"), nameOf(kFlowMethodNames, study.flow.method));
        sim.insert(QStringLiteral("abs_tolerance"), study.flow.absTolerance);
        sim.insert(QStringLiteral("rel_tolerance"), study.flow.relTolerance);
    }
    QJsonObject root{{"format", QLatin1String(kStudyFormatName)},
                     {"schema_version", kStudySchemaVersion},
                     {"app_version", QStringLiteral(NEURODYN_VERSION)},
                     {"title", study.title},
                     {"model", model},
                     {"initial_state", initial},
                     {"simulation", sim},
                     {"analyses", analysesToJson(study, *instance)},
                     {"view", viewToJson(study.view)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

StudyLoadResult studyFromJson(const QByteArray& json)
{
    StudyLoadResult r;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError) {
        r.error = Text::tr("not valid JSON at offset %1: %2").arg(perr.offset).arg(perr.errorString());
        return r;
    }
    if (!doc.isObject()) {
        r.error = Text::tr("the top level must be a JSON object");
        return r;
    }
    QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kStudyFormatName)) {
        r.error = Text::tr("format must be \"%1\"; this is not a NeuroDyn study").arg(QLatin1String(kStudyFormatName));
        return r;
    }
    const QJsonValue ver = root.value(QStringLiteral("schema_version"));
    if (!ver.isDouble() || ver.toDouble() != std::floor(ver.toDouble()) || ver.toDouble() < 1) {
        r.error = Text::tr("schema_version must be a positive whole number");
        return r;
    }
    if (ver.toDouble() > kStudySchemaVersion) {
        r.error = Text::tr("schema_version %1 is newer than this NeuroDyn understands (%2): update NeuroDyn")
                      .arg(ver.toDouble())
                      .arg(kStudySchemaVersion);
        return r;
    }

    {
        FieldReader top(root, QString(), r.error);
        for (const char* key : kTopLevelKeys)
            top.has(key);
        if (!top.noUnknownKeys())
            return r;
    }
    const QJsonValue title = root.value(QStringLiteral("title"));
    if (!title.isUndefined() && !title.isString()) {
        r.error = Text::tr("title must be a string");
        return r;
    }

    Study s;
    QJsonObject model = root.value(QStringLiteral("model")).toObject();
    const QString type = model.value(QStringLiteral("type")).toString();
    const bool typed = type == QLatin1String(kEquationsModelType);
    {
        FieldReader m(model, QStringLiteral("model"), r.error);
        for (const char* key : {"type", "parameters", "settings", "links"})
            m.has(key);
        if (typed)
            for (const char* key : kEquationsModelKeys)
                m.has(key);
        if (!m.noUnknownKeys())
            return r;
    }
    if (type.isEmpty()) {
        r.error = Text::tr("model.type is missing");
        return r;
    }
    // A typed model comes as its fields (the shape the writer writes) or, from a tool that has
    // the model text, as model.settings.definition with plain parameter values.
    bool typedFields = false;
    if (typed)
        for (const char* key : kEquationsModelKeys)
            typedFields = typedFields || model.contains(QLatin1String(key));
    std::string definition;
    if (typedFields) {
        // The typed fields become the definition text; the parameters' values are read below
        // as every model's are (equationsjson.h).
        QJsonObject values;
        if (!equationsFromJson(model, root.value(QStringLiteral("initial_state")), definition, values,
                               r.error))
            return r;
        model.insert(QStringLiteral("parameters"), values);
        root.insert(QStringLiteral("model"), model);
    }
    Settings settings;
    const QJsonValue sv = model.value(QStringLiteral("settings"));
    if (!sv.isUndefined() && !sv.isObject()) {
        r.error = Text::tr("model.settings must be an object");
        return r;
    }
    const QJsonObject so = sv.toObject();
    for (auto it = so.begin(); it != so.end(); ++it) {
        if (!it.value().isString()) {
            r.error = Text::tr("model.settings.%1 must be a string").arg(it.key());
            return r;
        }
        settings[it.key().toStdString()] = it.value().toString().toStdString();
    }
    // AKOrN studies written before the 'convention' setting existed ran NeuroDyn's first,
    // counter-clockwise rotation; new models default to the official one (akornstructure.h).
    // Every writer since writes the key, so only such old files lack it.
    if ((type == QLatin1String("akorn") || type == QLatin1String("akorn-grid")) && !settings.count("convention"))
        settings["convention"] = "neurodyn-2025";
    if (typedFields) {
        if (settings.count("definition")) {
            r.error = Text::tr("model.settings.definition: a typed model is given either by its text or by "
                               "model.kind, model.variables, model.parameters and model.equations, not both");
            return r;
        }
        settings["definition"] = definition;
    } else if (typed) {
        const auto text = settings.find("definition");
        if (text == settings.end()) {
            r.error =
                Text::tr("model.equations is missing: a typed model needs model.kind, model.variables, "
                         "model.parameters and model.equations (or its text in model.settings.definition)");
            return r;
        }
        try {
            eq::parseModelText(text->second);
        } catch (const eq::EquationError& e) {
            r.error = QStringLiteral("model.settings.definition: ") + QString::fromStdString(e.what());
            return r;
        }
    }
    try {
        s = Study::defaultsFor(type.toStdString(), settings);
        s.title = root.value(QStringLiteral("title")).toString();
        auto instance = s.createModel();
        // Migrated before the parameters are read: a migration may rename parameters.
        QString migrationError;
        if (!migrateStudyJson(root, static_cast<int>(ver.toDouble()), *instance, migrationError)) {
            r.error = migrationError;
            return r;
        }
        if (!applyStudyKeyAliases(root, r.notes, r.error))
            return r;
        const QJsonValue pv =
            root.value(QStringLiteral("model")).toObject().value(QStringLiteral("parameters"));
        if (!pv.isUndefined() && !pv.isObject()) {
            r.error = Text::tr("model.parameters must be an object");
            return r;
        }
        // Links before the parameter values: the values may include the links' own.
        if (!linksFromJson(root.value(QStringLiteral("model")).toObject().value(QStringLiteral("links")),
                           s.links, r.error))
            return r;
        try {
            instance->setLinks(s.links);
        } catch (const InputError& e) {
            throw e.prefixed("model.links");
        }
        for (const auto& l : instance->links())
            s.parameters[l.name] = instance->parameter(l.name);
        const QJsonObject params = pv.toObject();
        for (auto it = params.begin(); it != params.end(); ++it) {
            if (!it.value().isDouble()) {
                r.error = Text::tr("model.parameters.%1 must be a number").arg(it.key());
                return r;
            }
            instance->setParameter(it.key().toStdString(), it.value().toDouble());
            s.parameters[it.key().toStdString()] = it.value().toDouble();
        }
        if (!s.links.empty()) {
            // Targets follow their links (the links' values are applied last): say so where
            // the file's own value of a target is different, and keep what the model holds.
            instance = s.createModel();
            for (int i = 0; i < instance->parameterCount(); ++i) {
                const std::string& name = instance->parameterSpecs()[static_cast<std::size_t>(i)].name;
                const double held = instance->parameter(i);
                const ParameterLink* by = instance->linkOf(name);
                const QJsonValue given = params.value(QString::fromStdString(name));
                if (by && given.isDouble() && given.toDouble() != held)
                    r.notes << Text::tr("model.parameters.%1 = %2, but link %3 sets it to %4: the link wins")
                                   .arg(QString::fromStdString(name))
                                   .arg(given.toDouble())
                                   .arg(QString::fromStdString(by->name))
                                   .arg(held);
                s.parameters[name] = held;
            }
        }
        const QJsonValue iv = root.value(QStringLiteral("initial_state"));
        if (!iv.isUndefined()) {
            const QJsonArray initial = iv.toArray();
            if (!iv.isArray() || initial.size() != instance->dimension()) {
                r.error = Text::tr("initial_state must be an array of %1 numbers").arg(instance->dimension());
                return r;
            }
            s.initialState.clear();
            for (const auto& v : initial) {
                if (!v.isDouble()) {
                    r.error = Text::tr("initial_state must hold numbers only");
                    return r;
                }
                s.initialState.push_back(v.toDouble());
            }
        }
        for (const char* section : {"analyses", "view", "simulation"}) {
            const QJsonValue v = root.value(QLatin1String(section));
            if (!v.isUndefined() && !v.isObject()) {
                r.error = Text::tr("%1 must be an object").arg(QLatin1String(section));
                return r;
            }
        }
        if (!analysesFromJson(root.value(QStringLiteral("analyses")).toObject(), *instance, s, r.error) ||
            !viewFromJson(root.value(QStringLiteral("view")).toObject(), *instance, s.view, r.error) ||
            !readSimulation(root.value(QStringLiteral("simulation")).toObject(), *instance, s, r.error))
            return r;
    } catch (const InputError& e) {
        r.error = engineMessage(e);
        return r;
    }
    r.ok = true;
    r.study = std::move(s);
    return r;
}

StudyLoadResult loadStudyFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        StudyLoadResult r;
        r.error = Text::tr("cannot open %1: %2").arg(path, f.errorString());
        return r;
    }
    if (f.size() > kMaxStudyBytes) {
        StudyLoadResult r;
        r.error = Text::tr("%1 is larger than %2 MB; a study file is small").arg(path).arg(kMaxStudyBytes >> 20);
        return r;
    }
    auto r = studyFromJson(f.readAll());
    if (!r.ok)
        r.error = Text::tr("%1: %2").arg(path, r.error);
    return r;
}

bool saveStudyFile(const Study& study, const QString& path, QString& error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        error = Text::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    f.write(studyToJson(study));
    if (!f.commit()) {
        error = Text::tr("saving %1 failed: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace nd
