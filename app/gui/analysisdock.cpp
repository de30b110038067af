#include "gui/analysisdock.h"

#include "gui/analysistask.h"
#include "gui/settingsbar.h"
#include "gui/studydocument.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QVBoxLayout>

#include <qwt_plot.h>

namespace nd {

namespace {
constexpr QSize kViewMinimum(200, 150);
// Below this a plot's tick labels overlap and its curves turn into strips (the 0-1 test's four
// plots at 1280x860 were 60 pixels high).
constexpr QSize kPlotMinimum(240, 170);
} // namespace

AnalysisDock::AnalysisDock(AnalysisTask* task, QWidget* parent)
    : QDockWidget(task->title(), parent), m_task(task), m_enable(new QCheckBox), m_top(new QHBoxLayout),
      m_viewScroll(new QScrollArea)
{
    setObjectName(task->dockName());
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_top->setContentsMargins(4, 0, 0, 0);
    m_top->addWidget(m_enable, 0, Qt::AlignTop);
    column->addLayout(m_top);
    QWidget* view = task->view();
    view->setMinimumSize(kViewMinimum);
    for (QwtPlot* plot : task->allPlots())
        plot->setMinimumSize(plot->minimumSize().expandedTo(kPlotMinimum));
    m_viewScroll->setWidgetResizable(true);
    m_viewScroll->setFrameShape(QFrame::NoFrame);
    m_viewScroll->setWidget(view);
    column->addWidget(m_viewScroll, 1);
    setWidget(box);
    buildBar();
    retranslate();

    connect(m_enable, &QCheckBox::clicked, this, &AnalysisDock::setAnalysisEnabled);
    StudyDocument* document = task->document();
    connect(document, &StudyDocument::changed, this, &AnalysisDock::sync);
    sync();
}

void AnalysisDock::buildBar()
{
    SettingsBar* bar = m_task->createSettingsBar();
    connect(bar, &SettingsBar::message, this, &AnalysisDock::message);
    if (m_bar) { // the old bar, with the texts of the language before
        m_top->removeWidget(m_bar);
        delete m_bar;
    }
    m_top->addWidget(bar, 1);
    m_bar = bar;
    m_bar->sync();
    m_bar->setEnabled(m_task->isEnabled());
}

void AnalysisDock::sync()
{
    const bool on = m_task->isEnabled();
    m_enable->setChecked(on);
    m_bar->setEnabled(on);
    m_bar->sync();
}

void AnalysisDock::setAnalysisEnabled(bool on)
{
    StudyDocument* document = m_task->document();
    const Study changed = m_task->withAnalysis(document->study(), document->model(), on);
    QString error;
    const auto text = [task = m_task, on]() {
        return on ? tr("Add %1").arg(task->title()) : tr("Remove %1").arg(task->title());
    };
    if (!document->editStudy(changed, text, error))
        emit message(error);
    sync();
    if (on)
        raise();
}

void AnalysisDock::retranslate()
{
    setWindowTitle(m_task->title());
    m_enable->setText(tr("Compute"));
    m_enable->setToolTip(
        tr("Part of this study: computed whenever its inputs change, and saved with the study. "
           "Off: not computed, and left out of the study file."));
}

bool AnalysisDock::event(QEvent* event)
{
    const bool handled = QDockWidget::event(event); // a language change: also sent to every child
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        buildBar(); // the bar took its texts when built
        m_task->retranslate();
    }
    return handled;
}

} // namespace nd
