// Switching the language retranslates the analysis docks at once: their titles, the Compute
// switch, every label and tooltip of their settings bars, the titles of every plot in the
// window and the fixed-points table's headers. A translator that wraps every source text in
// guillemets stands in for a language, so the check does not depend on the .ts files; removing
// it restores the English texts.
// GCC 12 reports a bogus -Wrestrict for assigning a short literal to std::string (GCC bug 105329).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wrestrict"
#endif
#include "gui/analysisdock.h"
#include "gui/analysisdocks.h"
#include "gui/analysistask.h"
#include "gui/mainwindow.h"
#include "gui/settingsbar.h"
#include "plots/fixedpointstable.h"
#include "study/study.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <qwt_plot.h>
#include <qwt_text.h>

using namespace nd;

namespace {

// Every text becomes «text»: a stand-in language whose texts are recognisable.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* source, const char*, int) const override
    {
        if (!source || !*source)
            return {};
        return QStringLiteral("«%1»").arg(QString::fromUtf8(source));
    }
};

bool marked(const QString& text)
{
    return text.contains(QStringLiteral("«"));
}

// The texts that must follow the language: dock titles, bar labels and tooltips, plot titles,
// table headers. Returns each that does not read `wanted` (marked or not), with where it is.
QStringList textsNotMatching(const MainWindow& w, bool wanted)
{
    QStringList wrong;
    const auto check = [&](const QString& where, const QString& text) {
        if (!text.isEmpty() && marked(text) != wanted)
            wrong << where + QStringLiteral(": ") + text;
    };
    for (const AnalysisDock* dock : w.analyses()->docks()) {
        check(dock->objectName(), dock->windowTitle());
        check(dock->objectName() + QStringLiteral(" switch"), dock->enableSwitch()->text());
        for (const QLabel* label : dock->settingsBar()->findChildren<QLabel*>())
            check(dock->objectName() + QStringLiteral(" label"), label->text());
        for (const QWidget* c : dock->settingsBar()->findChildren<QWidget*>())
            if (qobject_cast<const QAbstractSpinBox*>(c) || qobject_cast<const QComboBox*>(c) ||
                qobject_cast<const QAbstractButton*>(c) ||
                (qobject_cast<const QLineEdit*>(c) && !qobject_cast<QAbstractSpinBox*>(c->parentWidget())))
                check(dock->objectName() + QStringLiteral(" tooltip"), c->toolTip());
    }
    for (const QwtPlot* plot : w.findChildren<QwtPlot*>())
        check(QStringLiteral("plot title"), plot->title().text());
    // The table's headers: the state variables' names (not translated), then the texts of the
    // table's own columns, which must read as FixedPointsTable::tr gives them now.
    const FixedPointsTable* table = w.fixedPoints();
    QStringList headers;
    for (int c = 0; c < table->columnCount(); ++c)
        if (const QTableWidgetItem* item = table->horizontalHeaderItem(c))
            headers << item->text();
    for (const QString& own : {FixedPointsTable::tr("Stability"), FixedPointsTable::tr("Multipliers"),
                               FixedPointsTable::tr("Residual")})
        if (!headers.contains(own))
            wrong
                << QStringLiteral("fixed points headers %1 lack %2").arg(headers.join(QLatin1Char('|')), own);
    return wrong;
}

} // namespace

class TestAnalysisLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void docksPlotsAndTableFollowTheLanguage();

private:
    QTemporaryDir m_settings;
};

void TestAnalysisLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

void TestAnalysisLanguage::docksPlotsAndTableFollowTheLanguage()
{
    QString error;
    MainWindow w;
    // The Henon map with every analysis a map has, small enough to finish at once.
    Study s = Study::defaultsFor("henon");
    s.simulation.samples = 600;
    s.analyses.orbitDiagram->columns = 20;
    for (const AnalysisTask* task : w.analyses()->tasks())
        s = task->withAnalysis(s, *s.createModel(), true);
    QVERIFY(w.setStudy(s, error));
    QVERIFY(w.waitUntilIdle(60000));
    QVERIFY(w.fixedPoints()->columnCount() > 1); // the headers of a result, not the empty table's
    const QStringList english = textsNotMatching(w, false);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));

    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // posted to each window
    const QStringList untranslated = textsNotMatching(w, true);
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    const QStringList stillMarked = textsNotMatching(w, false);
    QVERIFY2(stillMarked.isEmpty(), qPrintable(stillMarked.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAnalysisLanguage)
#include "tst_analysislanguage.moc"
