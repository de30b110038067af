// Switching the language applies at once: after Preferences picks German, the menus, the dock
// titles and the parameter panel read German without a restart, and switching back to English
// restores the English texts. Uses the translations compiled into the GUI library.
#include "analysis/analysiscommon.h"
#include "editors/initialstateeditor.h"
#include "editors/modeleditor.h"
#include "editors/parameterpanel.h"
#include "editors/valuerow.h"
#include "gui/analysisdock.h"
#include "gui/analysisdocks.h"
#include "gui/analysistask.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/preferencesdialog.h"
#include "gui/scantask.h"
#include "gui/studydocument.h"
#include "model/registry.h"
#include "study/enginemessage.h"
#include "study/studyfile.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <qwt_plot.h>
#include <qwt_text.h>
#include <QXmlStreamReader>

#include <cmath>

using namespace nd;

class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void switchesWithoutRestart();
    void preferencesDialogSwitchesLanguage();
    void studyFileErrorsFollowTheLanguage();
    void engineErrorsFollowTheLanguage_data();
    void engineErrorsFollowTheLanguage();
    void engineErrorsOnTheViewFollowTheLanguage();
    void everyEngineTextIsListed();
    void noEnglishLeftInTheWindow_data();
    void noEnglishLeftInTheWindow();

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
    QCOMPARE(w.menuBar()->actions().size(), 6); // File, Edit, Model, Analysis, View, Help
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

namespace {
// A text as the user reads it: no mnemonic ampersands, no markup, trimmed.
QString plain(QString text)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.replace(QLatin1String("&&"), QLatin1String("\x01"))
        .remove(QLatin1Char('&'))
        .replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.remove(tags).trimmed();
}

// The English source texts whose translation into `language` differs from them: none of these
// may be read in that language. Those with %1 placeholders become patterns; texts made mostly
// of placeholders and symbols ("%1: %2", "x = %1") are left out, they cannot tell languages apart.
struct EnglishTexts {
    QSet<QString> exact;
    std::vector<QRegularExpression> patterns;
    bool loaded = false;

    QString find(const QString& text) const
    {
        if (exact.contains(text))
            return text;
        for (const QRegularExpression& p : patterns)
            if (p.match(text).hasMatch())
                return p.pattern();
        return {};
    }
};

EnglishTexts englishTexts(const QString& language)
{
    EnglishTexts out;
    QFile file(QStringLiteral(NEURODYN_TRANSLATIONS_DIR "/neurodyn_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{4,}"));
    static const QRegularExpression placeholder(QStringLiteral("%[0-9]"));
    std::vector<std::pair<QString, QString>> messages; // source, translation
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source"))
            messages.emplace_back(xml.readElementText(), QString());
        else if (xml.name() == QLatin1String("translation") && !messages.empty())
            messages.back().second = xml.readElementText();
    }
    for (const auto& [source, translation] : messages) {
        const QString text = plain(source);
        if (translation.isEmpty() || plain(translation) == text ||
            !QString(text).remove(placeholder).contains(word))
            continue;
        if (!text.contains(placeholder)) {
            out.exact.insert(text);
            continue;
        }
        QString pattern = QRegularExpression::escape(text);
        pattern.replace(QRegularExpression(QStringLiteral("%[0-9]")), QStringLiteral(".*"));
        out.patterns.emplace_back(QRegularExpression::anchoredPattern(pattern),
                                  QRegularExpression::DotMatchesEverythingOption);
    }
    out.loaded = true;
    return out;
}

// Every text of the window a user may read: widget texts and titles, tooltips, placeholder
// texts, list items, tab titles, plot and axis titles, table headers, menus and status tips,
// and the undo stack's steps.
QStringList windowTexts(MainWindow& w)
{
    QStringList out;
    const auto add = [&](const QString& text) {
        if (text.isEmpty())
            return;
        out << plain(text);
        for (const QString& line : text.split(QRegularExpression(QStringLiteral("<br>|\n"))))
            if (line != text)
                out << plain(line);
    };
    for (QWidget* widget : w.findChildren<QWidget*>()) {
        add(widget->toolTip());
        if (auto* label = qobject_cast<QLabel*>(widget))
            add(label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text());
        if (auto* group = qobject_cast<QGroupBox*>(widget))
            add(group->title());
        if (auto* dock = qobject_cast<QDockWidget*>(widget))
            add(dock->windowTitle());
        if (auto* line = qobject_cast<QLineEdit*>(widget))
            add(line->placeholderText());
        if (auto* box = qobject_cast<QComboBox*>(widget))
            for (int i = 0; i < box->count(); ++i) {
                add(box->itemText(i));
                add(box->itemData(i, Qt::ToolTipRole).toString());
            }
        if (auto* tabs = qobject_cast<QTabBar*>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        if (auto* plot = qobject_cast<QwtPlot*>(widget)) {
            add(plot->title().text());
            for (int axis = 0; axis < QwtAxis::AxisPositions; ++axis)
                add(plot->axisTitle(axis).text());
        }
        if (auto* table = qobject_cast<QTableWidget*>(widget))
            for (int c = 0; c < table->columnCount(); ++c)
                if (const QTableWidgetItem* item = table->horizontalHeaderItem(c))
                    add(item->text());
    }
    for (QAction* top : w.menuBar()->actions()) {
        add(top->text());
        for (QAction* a : top->menu()->actions()) {
            add(a->text());
            add(a->statusTip());
        }
    }
    QUndoStack* stack = w.document()->undoStack();
    for (int i = 0; i < stack->count(); ++i)
        add(stack->text(i));
    return out;
}
} // namespace

void TestLanguage::noEnglishLeftInTheWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

// Issue 24.14: "running estimate", "iterations", composed undo texts ("Rückgängig Change b")
// and more stayed English. Every text the window shows is compared with the English sources
// the language translates differently.
void TestLanguage::noEnglishLeftInTheWindow()
{
    QString error;
    QFETCH(QString, language);
    const EnglishTexts english = englishTexts(language);
    QVERIFY(english.loaded);
    QVERIFY(english.exact.size() > 500);
    MainWindow w;
    // The Henon map with every analysis a map has, small enough to finish at once.
    Study s = Study::defaultsFor("henon");
    s.simulation.samples = 600;
    s.analyses.orbitDiagram->columns = 20;
    for (const AnalysisTask* task : w.analyses()->tasks())
        s = task->withAnalysis(s, *s.createModel(), true);
    QVERIFY(w.setStudy(s, error));
    // Steps on the undo stack made in English, then one in the language.
    w.parameterPanel()->parameterRow(1)->spinBox()->setValue(0.25);
    w.analyses()->dockOf(w.analyses()->tasks().front())->setAnalysisEnabled(false);
    w.modelEditor()->initialStateEditor()->randomButton()->click();
    QVERIFY(installLanguage(language));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    w.parameterPanel()->parameterRow(0)->spinBox()->setValue(1.3);
    QVERIFY(w.waitUntilIdle(60000));
    QStringList found;
    for (const QString& text : windowTexts(w))
        if (!english.find(text).isEmpty() && !found.contains(text))
            found << text;
    found.sort();
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 English texts:\n").arg(found.size()) +
                                         found.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLanguage)
// The study-file readers (app/study) report bad files in the user's language: a message from
// each reader file must read differently in German than in English. Their texts were once filed
// by lupdate under other contexts than the one looked up at run time, so they stayed English.
void TestLanguage::studyFileErrorsFollowTheLanguage()
{
    const QByteArray head = R"({"format":"neurodyn-study","schema_version":1,"model":{"type":"chialvo"})";
    const QList<QByteArray> bad = {
        "[]",                                                                // studyfile.cpp
        head + R"(,"simulation":{"samples":-5}})",                           // jsonfields.cpp
        head + R"(,"analyses":{"orbit_diagram":{"from":2,"to":1}}})",        // orbitsection.cpp
        head + R"(,"analyses":{"parameter_scan":{"x":{"parameter":"a"}}}})", // scansection.cpp
        head + R"(,"analyses":{"lyapunuv":{}}})",                            // jsonfields.cpp
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

namespace {
// Three engine refusals a user meets from the GUI (24.10): an empty parameter range, a
// non-finite parameter value and a request too big for the memory limit.
std::vector<InputError> engineErrors()
{
    std::vector<InputError> errors;
    const auto model = createModel("logistic");
    const auto keep = [&errors](auto&& f) {
        try {
            f();
        } catch (const InputError& e) {
            errors.push_back(e.prefixed("analyses.orbit_diagram"));
        }
    };
    keep([&] {
        ParameterAxis axis;
        axis.parameter = "r";
        axis.from = axis.to = 3.5;
        axis.count = 10;
        resolveAxis(*model, axis, ResourceLimits{}, "parameter");
    });
    keep([&] { model->setParameter("r", std::nan("")); });
    keep([] { checkMemory(1e18, ResourceLimits{}, "the diagram"); });
    return errors;
}
} // namespace

void TestLanguage::engineErrorsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

// core cannot translate; the app translates the template an InputError carries and fills in its
// arguments. In English the result is what() byte for byte (the CLI's text); in German and
// Chinese it differs, and it still holds the arguments (field path and numbers).
void TestLanguage::engineErrorsFollowTheLanguage()
{
    QFETCH(QString, language);
    const std::vector<InputError> errors = engineErrors();
    QCOMPARE(errors.size(), std::size_t{3});
    // The English texts are the engine's as they were before it carried templates.
    QCOMPARE(errors[0].what(),
             "analyses.orbit_diagram: parameter: the range is empty (start and end are both 3.500000)");
    QCOMPARE(errors[1].what(),
             "analyses.orbit_diagram: logistic parameter 'r' must be a finite number (got nan)");
    for (const InputError& e : errors) {
        QVERIFY(e.messageTemplate());
        QCOMPARE(engineMessage(e), QString::fromStdString(e.what()));
    }
    QVERIFY(installLanguage(language));
    for (const InputError& e : errors) {
        const QString translated = engineMessage(e);
        QVERIFY2(translated != QString::fromStdString(e.what()), qPrintable(translated));
        QVERIFY2(translated.startsWith(QStringLiteral("analyses.orbit_diagram: ")), qPrintable(translated));
        for (const std::string& arg : e.arguments())
            QVERIFY2(translated.contains(QString::fromStdString(arg)), qPrintable(translated));
    }
}

// The GUI path: a scan over an empty parameter range is refused by the engine (JobRunner), and
// the message the view and the status bar get reads in German, not English.
void TestLanguage::engineErrorsOnTheViewFollowTheLanguage()
{
    Study s = Study::defaultsFor("chialvo");
    s.simulation.samples = 200;
    s.analyses.orbitDiagram.reset();
    ScanSettings scan;
    scan.x = {"a", 0.9, 0.9, 5};
    scan.transient = 10;
    scan.steps = 20;
    s.analyses.parameterScan = scan;
    const auto messageOf = [&s]() {
        MainWindow w;
        QSignalSpy spy(w.analyses()->parameterScan(), &AnalysisTask::message);
        QString error;
        if (!w.setStudy(s, error) || !w.waitUntilIdle())
            return QString();
        return spy.isEmpty() ? QString() : spy.last().at(0).toString();
    };
    const QString english = messageOf();
    QVERIFY2(english.contains(QStringLiteral("the range is empty")), qPrintable(english));
    QVERIFY(installLanguage(QStringLiteral("de")));
    const QString german = messageOf();
    QVERIFY2(!german.isEmpty() && !german.contains(QStringLiteral("the range is empty")), qPrintable(german));
    QVERIFY2(german.contains(QStringLiteral("analyses.parameter_scan")), qPrintable(german));
}

// Every template core throws with (ND_ENGINE_TEXT, possibly split over adjacent literals) is in
// the app's list that lupdate reads, so none stays English for want of a translation entry.
void TestLanguage::everyEngineTextIsListed()
{
    const QStringList listed = engineMessageTemplates();
    const QDir core(QStringLiteral(NEURODYN_TRANSLATIONS_DIR "/../core"));
    const QRegularExpression call(QStringLiteral(R"re(ND_ENGINE_TEXT\(((?:\s*"(?:[^"\\]|\\.)*")+)\s*\))re"));
    const QRegularExpression literal(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    int found = 0;
    QDirIterator it(core.path(), {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto m = call.globalMatch(text); m.hasNext();) {
            QString source;
            for (auto l = literal.globalMatch(m.next().captured(1)); l.hasNext();)
                source += l.next().captured(1);
            // (no template uses escapes; a \" would need decoding here)
            ++found;
            QVERIFY2(listed.contains(source), qPrintable(file.fileName() + QStringLiteral(": ") + source));
        }
    }
    QVERIFY(found > 50);
}

#include "tst_language.moc"
