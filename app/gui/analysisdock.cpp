#include "gui/analysisdock.h"

#include "gui/analysistask.h"
#include "gui/settingsbar.h"
#include "gui/studydocument.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace nd {

namespace {
constexpr QSize kViewMinimum(200, 150);
}

AnalysisDock::AnalysisDock(AnalysisTask* task, QWidget* parent)
    : QDockWidget(task->title(), parent), m_task(task), m_enable(new QCheckBox), m_scroll(new QScrollArea)
{
    setObjectName(task->dockName());
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(4, 0, 0, 0);
    top->addWidget(m_enable);
    // The bar scrolls sideways rather than forcing the dock (and its tab group) wide.
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    top->addWidget(m_scroll, 1);
    column->addLayout(top);
    QWidget* view = task->view();
    view->setMinimumSize(kViewMinimum);
    column->addWidget(view, 1);
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
    delete m_scroll->takeWidget(); // the old bar, if any
    m_scroll->setWidget(bar);
    m_bar = bar;
    m_bar->sync();
    m_bar->setEnabled(m_task->isEnabled());
    const int height = bar->sizeHint().height() + m_scroll->horizontalScrollBar()->sizeHint().height();
    m_scroll->setFixedHeight(height);
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
    if (!document->editStudy(
            changed, on ? tr("Add %1").arg(m_task->title()) : tr("Remove %1").arg(m_task->title()), &error))
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
