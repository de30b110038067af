#include "cli/resultsink.h"

#include "cli/clicommon.h"

#include <QJsonDocument>

#include <algorithm>

namespace nd::cli {

bool FolderSink::result(const QString& base, const QByteArray& csv, const QJsonObject& twin, QString& error)
{
    return writeOutput(m_dir.filePath(base + QStringLiteral(".csv")), csv, error) &&
           writeOutput(m_dir.filePath(base + QStringLiteral(".json")), toJsonBytes(twin), error);
}

bool FolderSink::file(const QString& name, const QByteArray& bytes, QString& error)
{
    return writeOutput(m_dir.filePath(name), bytes, error);
}

MemorySink::Entry& MemorySink::entry(const QString& name)
{
    const auto it =
        std::find_if(m_results.begin(), m_results.end(), [&](const auto& e) { return e.first == name; });
    if (it != m_results.end())
        return it->second;
    return m_results.emplace_back(name, Entry{}).second;
}

bool MemorySink::result(const QString& base, const QByteArray& csv, const QJsonObject& twin, QString& error)
{
    Q_UNUSED(error);
    Entry& e = entry(base);
    // A deep copy: csv may be a view of the writer's buffer (bytesOf).
    e.csv = QByteArray(csv.constData(), csv.size());
    e.twin = QJsonDocument::fromJson(toJsonBytes(twin)).object();
    return true;
}

bool MemorySink::file(const QString& name, const QByteArray& bytes, QString& error)
{
    Q_UNUSED(error);
    // Extra files are written before their result's own (orbit_diagram-points.csv first).
    const qsizetype dash = name.indexOf(QLatin1Char('-'));
    entry(dash > 0 ? name.left(dash) : name)
        .files.emplace_back(name, QByteArray(bytes.constData(), bytes.size()));
    return true;
}

} // namespace nd::cli
