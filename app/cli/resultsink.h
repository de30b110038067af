// Where the results of a run go: every file a result writer (resultfiles.h and the writers of
// analysisresults.h) produces passes through one ResultSink. `neurodyn-cli run` and `merge`
// write into a folder (FolderSink); the Python module (python/src/study.cpp) keeps the same
// bytes in memory (MemorySink), so a study run from Python yields exactly what the CLI writes.
// Called on the thread that writes the results (the CLI's main thread, a Python worker).
#pragma once

#include <QByteArray>
#include <QDir>
#include <QJsonObject>
#include <QString>

#include <map>
#include <utility>
#include <vector>

namespace nd::cli {

class ResultSink {
public:
    virtual ~ResultSink() = default;
    // One result: BASE.csv and its complete JSON twin BASE.json.
    virtual bool result(const QString& base, const QByteArray& csv, const QJsonObject& twin,
                        QString& error) = 0;
    // Another file that belongs to a result, named <result>-<part>.csv (orbit_diagram-points.csv).
    virtual bool file(const QString& name, const QByteArray& bytes, QString& error) = 0;
    // The folder the files go to, where the figures are drawn; none for results kept in memory.
    virtual QDir folder() const { return {}; }
};

// The files of a run in a folder, through writeOutput (so the run's manifest lists them).
class FolderSink : public ResultSink {
public:
    explicit FolderSink(const QDir& dir) : m_dir(dir) {}
    bool result(const QString& base, const QByteArray& csv, const QJsonObject& twin, QString& error) override;
    bool file(const QString& name, const QByteArray& bytes, QString& error) override;
    QDir folder() const override { return m_dir; }

private:
    QDir m_dir;
};

// The files of a run in memory, by result name in the order they were written. The bytes are
// copies (writers hand over views of their buffers); the twin is the JSON file's text read
// back, so it holds exactly what the file would (non-finite numbers as null, ...).
class MemorySink : public ResultSink {
public:
    struct Entry {
        QByteArray csv;
        QJsonObject twin;
        std::vector<std::pair<QString, QByteArray>> files; // <result>-<part>.csv and its bytes
    };
    bool result(const QString& base, const QByteArray& csv, const QJsonObject& twin, QString& error) override;
    bool file(const QString& name, const QByteArray& bytes, QString& error) override;
    const std::vector<std::pair<QString, Entry>>& results() const { return m_results; }

private:
    Entry& entry(const QString& name);
    std::vector<std::pair<QString, Entry>> m_results;
};

} // namespace nd::cli
