#include "study/studymigration.h"

#include "study/studyfile.h"

#include <QCoreApplication>

#include <cmath>

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

} // namespace

bool migrateStudyJson(QJsonObject& root, int version, const Model& model, QString& error)
{
    if (version < 2 && !migrate1To2(root, model, error))
        return false;
    if (version < 3)
        orbitDiagramOptional2To3(root);
    root.insert(QStringLiteral("schema_version"), kStudySchemaVersion);
    return true;
}

} // namespace nd
