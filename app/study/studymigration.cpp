#include "study/studymigration.h"

#include "study/studyfile.h"

#include "network/chainnetwork.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <map>

namespace nd {

namespace {

// The texts of this file, under the translation context "StudyFile".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};

// A schema-1 variable number (default 0) as the variable's name.
bool variableNameOf(const QJsonObject& section, const QString& path, const Model& model, QString& name,
                    QString& error)
{
    const QJsonValue v = section.value(QStringLiteral("variable"));
    const double d = v.isUndefined() ? 0.0 : v.toDouble(-1.0);
    const auto names = model.variableNames();
    if (!(d >= 0 && d < static_cast<double>(names.size())) || d != std::floor(d)) {
        error = Text::tr("%1.variable must be a whole number between %2 and %3")
                    .arg(path)
                    .arg(0)
                    .arg(static_cast<int>(names.size()) - 1);
        return false;
    }
    name = QString::fromStdString(names[static_cast<std::size_t>(d)]);
    return true;
}

// 1 -> 2: numbered variables become names; the orbit diagram's variable moves into its
// observable object (the fixed initial-state policy was the only one).
bool migrate1To2(QJsonObject& root, const Model& model, QString& error)
{
    QJsonObject analyses = root.value(QStringLiteral("analyses")).toObject();
    if (analyses.value(QStringLiteral("orbit_diagram")).isObject()) {
        QJsonObject orbit = analyses.value(QStringLiteral("orbit_diagram")).toObject();
        QString name;
        if (!variableNameOf(orbit, QStringLiteral("analyses.orbit_diagram"), model, name, error))
            return false;
        orbit.remove(QStringLiteral("variable"));
        orbit.insert(QStringLiteral("observable"), QJsonObject{{"kind", "variable"}, {"variable", name}});
        analyses.insert(QStringLiteral("orbit_diagram"), orbit);
    }
    if (analyses.value(QStringLiteral("parameter_scan")).isObject()) {
        QJsonObject scan = analyses.value(QStringLiteral("parameter_scan")).toObject();
        QString name;
        if (!variableNameOf(scan, QStringLiteral("analyses.parameter_scan"), model, name, error))
            return false;
        scan.insert(QStringLiteral("variable"), name);
        analyses.insert(QStringLiteral("parameter_scan"), scan);
    }
    if (root.contains(QStringLiteral("analyses")) && root.value(QStringLiteral("analyses")).isObject())
        root.insert(QStringLiteral("analyses"), analyses);
    return true;
}

// 2 -> 3: the orbit diagram is an optional section like every other analysis. Schema 2 wrote
// `"enabled": false` into a section the GUI had switched off (keeping its settings); that
// section is now absent, and an enabled one loses the flag.
void orbitDiagramOptional2To3(QJsonObject& root)
{
    QJsonObject analyses = root.value(QStringLiteral("analyses")).toObject();
    const QJsonValue orbit = analyses.value(QStringLiteral("orbit_diagram"));
    if (!orbit.isObject())
        return;
    QJsonObject o = orbit.toObject();
    const QJsonValue enabled = o.value(QStringLiteral("enabled"));
    if (enabled.isBool()) {
        if (enabled.toBool()) {
            o.remove(QStringLiteral("enabled"));
            analyses.insert(QStringLiteral("orbit_diagram"), o);
        } else {
            analyses.remove(QStringLiteral("orbit_diagram"));
        }
        root.insert(QStringLiteral("analyses"), analyses);
    }
}

// 2 -> 3: the synchrony conventions a schema-2 file meant, written out: the correlation scalar
// was the mean over all pairs, the phases "spikes" and "geometric" are now "spike" and
// "centred" (absent: spike), and the scan measures kuramoto_spike and kuramoto_phase are the
// measure "kuramoto" with spike or given phases.
void setSynchronyConventions2To3(QJsonObject& root)
{
    if (!root.value(QStringLiteral("analyses")).isObject())
        return;
    QJsonObject analyses = root.value(QStringLiteral("analyses")).toObject();
    const auto setDefault = [](QJsonObject& o, const char* key, const QString& value) {
        if (!o.contains(QLatin1String(key)))
            o.insert(QLatin1String(key), value);
    };
    if (analyses.value(QStringLiteral("synchrony")).isObject()) {
        QJsonObject sync = analyses.value(QStringLiteral("synchrony")).toObject();
        setDefault(sync, "correlation", QStringLiteral("all-pairs"));
        const QString phases = sync.value(QStringLiteral("phases")).toString(QStringLiteral("spikes"));
        if (phases == QLatin1String("spikes"))
            sync.insert(QStringLiteral("phases"), QStringLiteral("spike"));
        else if (phases == QLatin1String("geometric"))
            sync.insert(QStringLiteral("phases"), QStringLiteral("centred"));
        analyses.insert(QStringLiteral("synchrony"), sync);
    }
    if (analyses.value(QStringLiteral("parameter_scan")).isObject()) {
        QJsonObject scan = analyses.value(QStringLiteral("parameter_scan")).toObject();
        setDefault(scan, "correlation", QStringLiteral("all-pairs"));
        const QString measure = scan.value(QStringLiteral("measure")).toString();
        if (measure == QLatin1String("kuramoto_spike") || measure == QLatin1String("kuramoto_phase")) {
            scan.insert(QStringLiteral("measure"), QStringLiteral("kuramoto"));
            scan.insert(QStringLiteral("phases"), measure == QLatin1String("kuramoto_spike")
                                                      ? QStringLiteral("spike")
                                                      : QStringLiteral("given"));
        }
        analyses.insert(QStringLiteral("parameter_scan"), scan);
    }
    root.insert(QStringLiteral("analyses"), analyses);
}

// Renames the string values of every key that names a parameter ("parameter",
// "second_parameter", ...), at any depth.
QJsonValue renameParameterValues(const QJsonValue& v, bool parameterKey,
                                 const std::map<QString, QString>& names)
{
    if (v.isString() && parameterKey) {
        const auto it = names.find(v.toString());
        return it == names.end() ? v : QJsonValue(it->second);
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = renameParameterValues(*it, parameterKey, names);
        return a;
    }
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() =
                renameParameterValues(it.value(), it.key().contains(QLatin1String("parameter")), names);
        return o;
    }
    return v;
}

// 2 -> 3: the chain's coupling strengths had 0-based names with the receiving node first
// ("s01": node 1 acts on node 0; "s10_11" beyond 10 nodes); they are 1-based now ("sigma_12",
// "sigma_10_11" beyond 9 nodes), as papers write them. Renamed in the model's parameters and
// wherever a section names a parameter.
void renameChainCouplings2To3(QJsonObject& root, const Model& model)
{
    const auto* chain = dynamic_cast<const ChainNetwork*>(&model);
    if (!chain)
        return;
    const auto nodes = static_cast<std::size_t>(chain->nodeCount());
    const auto oldName = [nodes](std::size_t target, std::size_t source) {
        const std::string sep = nodes <= 10 ? "" : "_";
        return QString::fromStdString("s" + std::to_string(target) + sep + std::to_string(source));
    };
    std::map<QString, QString> names;
    for (std::size_t i = 0; i + 1 < nodes; ++i)
        for (auto [target, source] : {std::pair{i, i + 1}, std::pair{i + 1, i}})
            names[oldName(target, source)] = QString::fromStdString(ChainNetwork::strengthName(
                static_cast<int>(target), static_cast<int>(source), static_cast<int>(nodes)));
    QJsonObject modelObject = root.value(QStringLiteral("model")).toObject();
    if (modelObject.value(QStringLiteral("parameters")).isObject()) {
        const QJsonObject old = modelObject.value(QStringLiteral("parameters")).toObject();
        QJsonObject renamed;
        for (auto it = old.begin(); it != old.end(); ++it) {
            const auto n = names.find(it.key());
            renamed.insert(n == names.end() ? it.key() : n->second, it.value());
        }
        modelObject.insert(QStringLiteral("parameters"), renamed);
        root.insert(QStringLiteral("model"), modelObject);
    }
    for (const char* key : {"analyses", "view"})
        if (root.value(QLatin1String(key)).isObject())
            root.insert(QLatin1String(key),
                        renameParameterValues(root.value(QLatin1String(key)), false, names));
}

} // namespace

bool migrateStudyJson(QJsonObject& root, int version, const Model& model, QString& error)
{
    if (version < 2 && !migrate1To2(root, model, error))
        return false;
    if (version < 3) {
        orbitDiagramOptional2To3(root);
        setSynchronyConventions2To3(root);
        renameChainCouplings2To3(root, model);
    }
    root.insert(QStringLiteral("schema_version"), kStudySchemaVersion);
    return true;
}

} // namespace nd
