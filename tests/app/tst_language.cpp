// Switching the language applies at once: after Preferences picks German, the menus, the dock
// titles and the parameter panel read German without a restart, and switching back to English
// restores the English texts. Uses the translations compiled into the GUI library.
#include "editors/parameterpanel.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/preferencesdialog.h"
#include "study/studyfile.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace nd;

class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void switchesWithoutRestart();
    void preferencesDialogSwitchesLanguage();
    void studyFileErrorsFollowTheLanguage();

private:
    QTemporaryDir m_settings;
};

namespace {
QString menuTitle(const MainWindow& w, int index)
{
    return w.menuBar()->actions().at(index)->text();
}

QString dockTitle(const MainWindow& w, const char* name)
{
    return w.findChild<QDockWidget*>(QLatin1String(name))->windowTitle();
}

QAction* findAction(const MainWindow& w, const QString& text)
{
    for (QAction* top : w.menuBar()->actions())
        for (QAction* a : top->menu()->actions())
            if (a->text() == text)
                return a;
    return nullptr;
}
} // namespace

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Preferences and the window layout go to a private folder, not the user's settings.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

void TestLanguage::cleanup()
{
    installLanguage(QStringLiteral("en"));
    QSettings().clear();
}

void TestLanguage::switchesWithoutRestart()
{
    MainWindow w;
    QCOMPARE(menuTitle(w, 0), QStringLiteral("&File"));
    QCOMPARE(menuTitle(w, 1), QStringLiteral("&Edit"));
    QCOMPARE(dockTitle(w, "phaseDock"), QStringLiteral("Phase portrait"));
    QCOMPARE(dockTitle(w, "orbitDock"), QStringLiteral("Orbit diagram"));
    QVERIFY(installLanguage(QStringLiteral("de")));
    QTRY_COMPARE(menuTitle(w, 0), QStringLiteral("&Datei"));
    QCOMPARE(menuTitle(w, 1), QStringLiteral("&Bearbeiten"));
    QCOMPARE(dockTitle(w, "phaseDock"), QStringLiteral("Phasenporträt"));
    QCOMPARE(dockTitle(w, "orbitDock"), QStringLiteral("Orbitdiagramm"));
    // The View menu's entries follow the dock titles.
    QVERIFY(findAction(w, QStringLiteral("Phasenporträt")));
    // Widgets retranslate themselves too: the parameter panel's group titles.
    QCOMPARE(w.parameterPanel()->findChildren<QGroupBox*>().first()->title(), QStringLiteral("Parameter"));

    QVERIFY(installLanguage(QStringLiteral("en")));
    QTRY_COMPARE(menuTitle(w, 0), QStringLiteral("&File"));
    QCOMPARE(dockTitle(w, "phaseDock"), QStringLiteral("Phase portrait"));
    QCOMPARE(w.parameterPanel()->findChildren<QGroupBox*>().first()->title(), QStringLiteral("Parameters"));
    // The menus were rebuilt, not duplicated.
    QCOMPARE(w.menuBar()->actions().size(), 5);
}

void TestLanguage::preferencesDialogSwitchesLanguage()
{
    MainWindow w;
    QAction* prefs = findAction(w, QStringLiteral("&Preferences..."));
    QVERIFY(prefs);
    // Choose Deutsch in the dialog as a user would and press OK.
    QTimer::singleShot(0, this, []() {
        auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        for (QComboBox* box : dialog->findChildren<QComboBox*>()) {
            const int german = box->findData(QStringLiteral("de"));
            if (german >= 0)
                box->setCurrentIndex(german);
        }
        dialog->accept();
    });
    prefs->trigger();
    QTRY_COMPARE(menuTitle(w, 0), QStringLiteral("&Datei"));
    QCOMPARE(dockTitle(w, "seriesDock"), QStringLiteral("Zeitreihe"));
    QCOMPARE(Preferences::load().language, QStringLiteral("de"));
}

QTEST_MAIN(TestLanguage)
// The study-file readers (app/study) report bad files in the user's language: a message from
// each reader file must read differently in German than in English. Their texts were once filed
// by lupdate under other contexts than the one looked up at run time, so they stayed English.
void TestLanguage::studyFileErrorsFollowTheLanguage()
{
    const QByteArray head = R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"})";
    const QList<QByteArray> bad = {
        "[]",                                                                   // studyfile.cpp
        head + R"(,"simulation":{"samples":-5}})",                             // jsonfields.cpp
        head + R"(,"analyses":{"orbit_diagram":{"from":2,"to":1}}})",          // orbitsection.cpp
        head + R"(,"analyses":{"parameter_scan":{"x":{"parameter":"a"}}}})",   // scansection.cpp
        head + R"(,"analyses":{"lyapunuv":{}}})",                              // jsonfields.cpp
    };
    QStringList english;
    for (const QByteArray& json : bad) {
        const StudyLoadResult r = studyFromJson(json);
        QVERIFY2(!r.ok && !r.error.isEmpty(), json.constData());
        english << r.error;
    }
    QVERIFY(installLanguage(QStringLiteral("de")));
    for (int i = 0; i < bad.size(); ++i) {
        const StudyLoadResult r = studyFromJson(bad[i]);
        QVERIFY(!r.ok);
        QVERIFY2(r.error != english[i], qPrintable(QStringLiteral("still English: ") + r.error));
    }
}

#include "tst_language.moc"
