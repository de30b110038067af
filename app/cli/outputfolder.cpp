#include "cli/outputfolder.h"

#include "cli/clicommon.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <set>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "OutputFolder".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(OutputFolder)
};

const char* kManifestHeader =
    "# neurodyn-cli run output: the next run or merge into this folder replaces these files";

// A manifest line names a file directly inside the folder: nothing else is ever removed.
bool plainName(const QString& name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") &&
           !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) &&
           name != QLatin1String(kManifestName);
}

} // namespace

QStringList manifestFileNames(const QByteArray& manifest)
{
    QStringList names;
    for (const QByteArray& line : manifest.split('\n')) {
        const QString name = QString::fromUtf8(line.trimmed());
        if (!name.startsWith(QLatin1Char('#')) && plainName(name))
            names << name;
    }
    return names;
}

bool prepareOutputFolder(const QDir& dir, bool force, QString& error)
{
    if (!QDir().mkpath(dir.path()))
        return error = Text::tr("cannot create the output folder %1").arg(dir.path()), false;
    QFile manifest(dir.filePath(QLatin1String(kManifestName)));
    if (manifest.exists()) {
        if (!manifest.open(QIODevice::ReadOnly))
            return error = Text::tr("cannot read %1: %2").arg(manifest.fileName(), manifest.errorString()),
                   false;
        for (const QString& name : manifestFileNames(manifest.readAll())) {
            const QFileInfo file(dir.filePath(name));
            if ((file.isFile() || file.isSymLink()) && !QFile::remove(file.filePath()))
                return error = Text::tr("cannot remove %1 of the earlier run").arg(file.filePath()), false;
        }
        manifest.close();
        if (!manifest.remove())
            return error = Text::tr("cannot remove %1: %2").arg(manifest.fileName(), manifest.errorString()),
                   false;
        return true;
    }
    const QStringList entries =
        dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    if (!entries.isEmpty() && !force)
        return error = Text::tr("the output folder %1 is not empty and holds no earlier neurodyn-cli output "
                                "(no %2): choose an empty folder, or add --force to write beside its files")
                           .arg(dir.path(), QLatin1String(kManifestName)),
               false;
    return true;
}

bool writeManifest(const QDir& dir, const QStringList& written, QString& error)
{
    std::set<QString> names;
    for (const QString& path : written)
        if (const QString name = dir.relativeFilePath(path); plainName(name))
            names.insert(name);
    QByteArray bytes = QByteArray(kManifestHeader) + '\n';
    for (const QString& name : names)
        bytes += name.toUtf8() + '\n';
    QString writeError;
    if (!writeOutput(dir.filePath(QLatin1String(kManifestName)), bytes, writeError))
        return error = Text::tr("cannot write the manifest: %1").arg(writeError), false;
    return true;
}

} // namespace nd::cli
