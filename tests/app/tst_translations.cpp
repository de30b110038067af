// Every translation file is complete: no unfinished or empty entries. (lupdate marks new
// strings "unfinished"; a release must not ship with any.)
#include <QDir>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void noUnfinishedEntries();
};

void TestTranslations::noUnfinishedEntries()
{
    const QDir dir(QStringLiteral(NEURODYN_TRANSLATIONS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")});
    QVERIFY(files.contains(QStringLiteral("neurodyn_de.ts")));
    QVERIFY(files.contains(QStringLiteral("neurodyn_zh_CN.ts")));
    for (const QString& name : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                QVERIFY2(type != QLatin1String("unfinished"),
                         qPrintable(QStringLiteral("%1: unfinished: %2").arg(name, source)));
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    continue;
                QVERIFY2(!xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().isEmpty(),
                         qPrintable(QStringLiteral("%1: empty translation: %2").arg(name, source)));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 10, qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
