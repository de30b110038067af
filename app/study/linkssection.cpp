#include "study/linkssection.h"

#include "study/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace nd {

namespace {

// The texts of this file, under the translation context "StudyFile" (with the rest of the
// study file's messages).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};

bool readTarget(const QString& path, const QString& name, const QJsonValue& v, LinkTarget& t, QString& error)
{
    t.name = name.toStdString();
    if (v.isDouble()) {
        t.scale = v.toDouble();
        return true;
    }
    if (!v.isObject()) {
        error = Text::tr("%1 must be a number (the scale) or an object with scale and offset").arg(path);
        return false;
    }
    const QJsonObject o = v.toObject();
    FieldReader r(o, path, error);
    return r.number("scale", t.scale) && r.number("offset", t.offset) && r.noUnknownKeys();
}

} // namespace

QJsonObject linksToJson(const std::vector<ParameterLink>& links)
{
    QJsonObject out;
    for (const auto& l : links) {
        bool plain = true;
        for (const auto& t : l.targets)
            plain = plain && t.scale == 1.0 && t.offset == 0.0;
        if (plain) {
            QJsonArray names;
            for (const auto& t : l.targets)
                names.append(QString::fromStdString(t.name));
            out.insert(QString::fromStdString(l.name), names);
            continue;
        }
        QJsonObject targets;
        for (const auto& t : l.targets) {
            if (t.offset == 0.0)
                targets.insert(QString::fromStdString(t.name), t.scale);
            else
                targets.insert(QString::fromStdString(t.name),
                               QJsonObject{{"scale", t.scale}, {"offset", t.offset}});
        }
        out.insert(QString::fromStdString(l.name), targets);
    }
    return out;
}

bool linksFromJson(const QJsonValue& json, std::vector<ParameterLink>& links, QString& error)
{
    links.clear();
    if (json.isUndefined())
        return true;
    if (!json.isObject()) {
        error = Text::tr("model.links must be an object");
        return false;
    }
    const QJsonObject o = json.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString path = QStringLiteral("model.links.") + it.key();
        ParameterLink l;
        l.name = it.key().toStdString();
        if (it.value().isArray()) {
            for (const auto& v : it.value().toArray()) {
                if (!v.isString()) {
                    error = Text::tr("%1 must list parameter names").arg(path);
                    return false;
                }
                l.targets.push_back({v.toString().toStdString(), 1.0, 0.0});
            }
        } else if (it.value().isObject()) {
            const QJsonObject targets = it.value().toObject();
            for (auto t = targets.begin(); t != targets.end(); ++t) {
                LinkTarget target;
                if (!readTarget(path + QLatin1Char('.') + t.key(), t.key(), t.value(), target, error))
                    return false;
                l.targets.push_back(target);
            }
        } else {
            error = Text::tr("%1 must be a list of parameter names or an object of targets with their scales")
                        .arg(path);
            return false;
        }
        links.push_back(std::move(l));
    }
    return true;
}

} // namespace nd
