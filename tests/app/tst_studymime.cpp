// Study files under their own extension (issue 23): the GUI opens and saves *.ndstudy as it does
// *.json, its file dialogs offer both, and the installed MIME type (resources/neurodyn-mime.xml)
// names *.ndstudy files and recognises a study by its "format" field where the desktop goes by
// content. The MIME database is Qt's, reading our XML from a private XDG data folder.
#include "gui/filecontroller.h"
#include "gui/studydocument.h"
#include "study/studyfile.h"

#include <QFile>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace nd;

class TestStudyMime : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void openAndSaveNdstudy();
    void dialogFilterOffersBothExtensions();
    void mimeTypeByExtension();
    void mimeTypeByContent();
    void desktopEntryClaimsStudiesOnly();

private:
    QString write(const QString& name, const QByteArray& bytes);
    QTemporaryDir m_dir;
};

void TestStudyMime::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Before the first QMimeDatabase: Qt reads the XML of a mime folder that has no mime.cache.
    const QString share = m_dir.filePath(QStringLiteral("share"));
    QVERIFY(QDir().mkpath(share + QStringLiteral("/mime/packages")));
    QVERIFY(QFile::copy(QStringLiteral(NEURODYN_SOURCE_DIR "/resources/neurodyn-mime.xml"),
                        share + QStringLiteral("/mime/packages/neurodyn.xml")));
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("home")).toUtf8());
    qputenv("XDG_DATA_DIRS", (share + QStringLiteral(":/usr/local/share:/usr/share")).toUtf8());
    QStandardPaths::setTestModeEnabled(true); // recent files and recovery stay out of the user's
}

QString TestStudyMime::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestStudyMime::openAndSaveNdstudy()
{
    QFile example(FileController::examplePath(QStringLiteral("henon-attractor")));
    QVERIFY(example.open(QIODevice::ReadOnly));
    const QByteArray bytes = example.readAll();
    const QString path = write(QStringLiteral("henon.ndstudy"), bytes);
    QVERIFY(!path.isEmpty());
    QWidget window;
    StudyDocument doc;
    FileController files(&doc, &window);
    QVERIFY(files.openFile(path));
    QCOMPARE(doc.filePath(), path);
    const auto expected = studyFromJson(bytes);
    QVERIFY2(expected.ok, qPrintable(expected.error));
    QCOMPARE(doc.study().title, expected.study.title);
    QCOMPARE(doc.study().modelType, expected.study.modelType);
    // Saved under the new extension it is the same study file as under .json.
    QString error;
    const QString asStudy = m_dir.filePath(QStringLiteral("saved.ndstudy"));
    const QString asJson = m_dir.filePath(QStringLiteral("saved.json"));
    QVERIFY2(doc.save(asStudy, error), qPrintable(error));
    QVERIFY2(doc.save(asJson, error), qPrintable(error));
    QFile a(asStudy), b(asJson);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
    QVERIFY(loadStudyFile(asStudy).ok);
}

void TestStudyMime::dialogFilterOffersBothExtensions()
{
    const QString filter = FileController::studyFileFilter();
    QVERIFY2(filter.contains(QStringLiteral("*.json")), qPrintable(filter));
    QVERIFY2(filter.contains(QStringLiteral("*.ndstudy")), qPrintable(filter));
}

void TestStudyMime::mimeTypeByExtension()
{
    const QMimeDatabase db;
    const QMimeType study = db.mimeTypeForFile(QStringLiteral("x.ndstudy"), QMimeDatabase::MatchExtension);
    QCOMPARE(study.name(), QStringLiteral("application/x-neurodyn-study"));
    QVERIFY(study.inherits(QStringLiteral("application/json")));
    QVERIFY(study.suffixes().contains(QStringLiteral("ndstudy")));
    // .json stays JSON: NeuroDyn no longer claims every JSON file.
    QCOMPARE(db.mimeTypeForFile(QStringLiteral("x.json"), QMimeDatabase::MatchExtension).name(),
             QStringLiteral("application/json"));
}

void TestStudyMime::mimeTypeByContent()
{
    const QMimeDatabase db;
    // A study written by NeuroDyn, its "format" field after the sorted keys before it.
    const QByteArray written = studyToJson(Study::defaultsFor("chialvo"));
    QVERIFY(written.indexOf("\"format\"") > 0);
    QCOMPARE(db.mimeTypeForData(written).name(), QStringLiteral("application/x-neurodyn-study"));
    // Typed by hand without the space.
    QCOMPARE(db.mimeTypeForData(QByteArray(R"({"format":"neurodyn-study","schema_version":1})")).name(),
             QStringLiteral("application/x-neurodyn-study"));
    // Other JSON, and another program's format field, are not studies.
    QVERIFY(db.mimeTypeForData(QByteArray(R"({"format": "other", "x": 1})")).name() !=
            QStringLiteral("application/x-neurodyn-study"));
    // A study under a name without a known extension is found by its content.
    const QString path = write(QStringLiteral("study-without-extension"), written);
    QCOMPARE(db.mimeTypeForFile(path).name(), QStringLiteral("application/x-neurodyn-study"));
}

// The desktop entry offered NeuroDyn for every JSON file (MimeType=application/json); it claims
// the study type only, and opens the file it is given.
void TestStudyMime::desktopEntryClaimsStudiesOnly()
{
    QFile desktop(QStringLiteral(NEURODYN_SOURCE_DIR "/resources/io.github.neurodyn.NeuroDyn.desktop"));
    QVERIFY(desktop.open(QIODevice::ReadOnly | QIODevice::Text));
    QStringList mimeTypes, exec;
    for (const QByteArray& line : desktop.readAll().split('\n')) {
        if (line.startsWith("MimeType="))
            mimeTypes << QString::fromUtf8(line.mid(9)).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        if (line.startsWith("Exec="))
            exec << QString::fromUtf8(line.mid(5));
    }
    QCOMPARE(mimeTypes, QStringList{QStringLiteral("application/x-neurodyn-study")});
    QCOMPARE(exec, QStringList{QStringLiteral("neurodyn %f")});
}

QTEST_MAIN(TestStudyMime)
#include "tst_studymime.moc"
