#include "study/keyaliases.h"

#include <QCoreApplication>

namespace nd {

namespace {

// The texts of this file, under the translation context "StudyFile".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};

// Renames oldKey to key in the object at `path` below `object` (path: keys separated by
// dots; a missing or non-object step means there is nothing to rename). Returns 1 when it
// renamed, 0 when not, -1 when both keys are present.
int renameAt(QJsonObject& object, QStringView path, const QString& oldKey, const QString& key)
{
    if (path.isEmpty()) {
        if (!object.contains(oldKey))
            return 0;
        if (object.contains(key))
            return -1;
        object.insert(key, object.take(oldKey));
        return 1;
    }
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    const QString head = (dot < 0 ? path : path.left(dot)).toString();
    const QStringView rest = dot < 0 ? QStringView() : path.mid(dot + 1);
    if (!object.value(head).isObject())
        return 0;
    QJsonObject child = object.value(head).toObject();
    const int renamed = renameAt(child, rest, oldKey, key);
    if (renamed == 1)
        object.insert(head, child);
    return renamed;
}

} // namespace

bool applyStudyKeyAliases(QJsonObject& root, QStringList& notes, QString& error)
{
    for (const StudyKeyAlias& a : kStudyKeyAliases) {
        const QString section = QLatin1String(a.section);
        const QString oldKey = QLatin1String(a.oldKey);
        const QString key = QLatin1String(a.key);
        const int renamed = renameAt(root, section, oldKey, key);
        const QString oldPath = section + QLatin1Char('.') + oldKey;
        const QString path = section + QLatin1Char('.') + key;
        if (renamed < 0) {
            error = Text::tr("%1 and %2 are two spellings of one field (%1 is the old one); keep %2 only")
                        .arg(oldPath, path);
            return false;
        }
        if (renamed > 0)
            notes << Text::tr("%1 is deprecated, use %2").arg(oldPath, path);
    }
    return true;
}

} // namespace nd
