#include "study/studysections.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace nd {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("StudyFile", text);
}

bool readNumber(const QJsonObject& o, const QString& path, const char* key, double& out, QString& error)
{
    if (!o.contains(QLatin1String(key)))
        return true;
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        error = tr("%1.%2 must be a finite number").arg(path, QLatin1String(key));
        return false;
    }
    out = v.toDouble();
    return true;
}

template <class Int>
bool readInteger(const QJsonObject& o, const QString& path, const char* key, double lo, double hi, Int& out,
                 QString& error)
{
    double d = static_cast<double>(out);
    if (!readNumber(o, path, key, d, error))
        return false;
    if (d != std::floor(d) || d < lo || d > hi) {
        error = tr("%1.%2 must be a whole number between %3 and %4").arg(path, QLatin1String(key)).arg(lo).arg(hi);
        return false;
    }
    out = static_cast<Int>(d);
    return true;
}

bool readVariable(const QJsonObject& o, const QString& path, const char* key, const Model& model, int& out,
                  QString& error)
{
    return readInteger(o, path, key, 0, model.dimension() - 1, out, error);
}

} // namespace

QJsonObject analysesToJson(const Study& study)
{
    const OrbitDiagramSettings& d = study.orbitDiagram;
    QJsonObject orbit{{"parameter", QString::fromStdString(d.parameter)},
                      {"from", d.from},
                      {"to", d.to},
                      {"value_min", d.valueMin},
                      {"value_max", d.valueMax},
                      {"variable", d.variable},
                      {"columns", d.columns},
                      {"bins", d.bins},
                      {"transient", static_cast<double>(d.transient)},
                      {"samples", static_cast<double>(d.samples)}};
    return QJsonObject{{"orbit_diagram", orbit}};
}

QJsonObject viewToJson(const ViewState& view)
{
    return QJsonObject{{"phase_x", view.phaseX}, {"phase_y", view.phaseY}, {"cobweb", view.cobweb}};
}

bool analysesFromJson(const QJsonObject& json, const Model& model, Study& study, QString& error)
{
    const QJsonValue ov = json.value(QStringLiteral("orbit_diagram"));
    if (ov.isUndefined())
        return true;
    const QString path = QStringLiteral("analyses.orbit_diagram");
    if (!ov.isObject()) {
        error = tr("%1 must be an object").arg(path);
        return false;
    }
    const QJsonObject o = ov.toObject();
    OrbitDiagramSettings d = study.orbitDiagram;
    if (o.contains(QStringLiteral("parameter"))) {
        const QString name = o.value(QStringLiteral("parameter")).toString();
        if (model.parameterIndex(name.toStdString()) < 0) {
            error = tr("%1.parameter: the model has no parameter '%2'").arg(path, name);
            return false;
        }
        d.parameter = name.toStdString();
    }
    if (!readNumber(o, path, "from", d.from, error) || !readNumber(o, path, "to", d.to, error) ||
        !readNumber(o, path, "value_min", d.valueMin, error) || !readNumber(o, path, "value_max", d.valueMax, error) ||
        !readVariable(o, path, "variable", model, d.variable, error) ||
        !readInteger(o, path, "columns", 1, 4096, d.columns, error) ||
        !readInteger(o, path, "bins", 2, 4096, d.bins, error) ||
        !readInteger(o, path, "transient", 0, 1e8, d.transient, error) ||
        !readInteger(o, path, "samples", 1, 1e7, d.samples, error))
        return false;
    if (d.from > d.to || d.valueMin > d.valueMax) {
        error = tr("%1: from must not exceed to, nor value_min value_max").arg(path);
        return false;
    }
    study.orbitDiagram = d;
    return true;
}

bool viewFromJson(const QJsonObject& json, const Model& model, ViewState& view, QString& error)
{
    const QString path = QStringLiteral("view");
    ViewState v = view;
    if (!readVariable(json, path, "phase_x", model, v.phaseX, error) ||
        !readVariable(json, path, "phase_y", model, v.phaseY, error))
        return false;
    if (json.contains(QStringLiteral("cobweb"))) {
        if (!json.value(QStringLiteral("cobweb")).isBool()) {
            error = tr("view.cobweb must be true or false");
            return false;
        }
        v.cobweb = json.value(QStringLiteral("cobweb")).toBool();
    }
    view = v;
    return true;
}

} // namespace nd
