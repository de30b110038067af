// One analysis of the study behind its dock: the job that computes it through app/compute on a
// JobRunner, the view it feeds, and the settings bar that edits its section of the study.
// The task follows the document: when the inputs of its analysis change (its own section and
// what the computation reads, not the view state or the other analyses) it waits ~100 ms
// (debounce), cancels the running job and starts a new one; the previous picture stays until
// the first chunk of the new job arrives, and tiles are drawn on a coalescing timer (~40 ms).
// Errors (the engine's InputError texts) are shown on the view, never thrown. An analysis the
// study lacks is not computed: its view says how to switch it on.
// GUI thread only; the work functions run on the pool's threads with their own copy of the study.
#pragma once

#include "gui/exportcontroller.h"
#include "gui/jobrunner.h"
#include "gui/settingsbar.h"
#include "study/study.h"

#include <QObject>
#include <QPointF>
#include <QTimer>

#include <optional>
#include <utility>
#include <vector>

class QThreadPool;
class QwtPlot;

namespace nd {

class PlotPanel;
class StudyDocument;

// The sub-plots a composite view shows now, each exported as "<stem>-<suffix>" under its
// translated title; `suffixes` names every sub-plot the view may show.
std::vector<ExportController::Plot>
panelPlots(const PlotPanel& panel, const QString& stem,
           const std::vector<std::pair<const QwtPlot*, QString>>& suffixes);

// A finished computation delivered as one chunk.
template <class R> struct ResultChunk : JobChunk {
    R result;
};

class AnalysisTask : public QObject {
    Q_OBJECT
public:
    AnalysisTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);
    ~AnalysisTask() override;

    // The dock's object name (stable: the saved window layout refers to it) and the export stem.
    virtual QString dockName() const = 0;
    virtual QString fileStem() const = 0;
    // Translated, for the dock, the menus and messages.
    virtual QString title() const = 0;
    virtual QWidget* view() const = 0;
    // The plots now shown, each with a translated title and a stable file stem, for export.
    virtual std::vector<ExportController::Plot> plots() const = 0;
    // Every plot that may ever be shown (for cursor read-outs).
    virtual std::vector<QwtPlot*> allPlots() const;
    // Data without a plot of its own (tables, legends) for Export All: stem and CSV.
    virtual std::vector<std::pair<QString, std::function<QByteArray()>>> csvSources() const { return {}; }
    // A new settings bar with the current language's texts (the dock owns it).
    virtual SettingsBar* createSettingsBar() = 0;
    // The status-bar read-out for a point of one of this task's plots; empty: plain x and y.
    virtual QString readout(QwtPlot* plot, const QPointF& position) const;
    // Redraws the view's texts (titles, headers, messages) in the current language.
    void retranslate();

    // Whether the study has this analysis, and the study with it added (with settings that fit
    // the model) or removed.
    virtual bool isEnabledIn(const Study& study) const = 0;
    virtual Study withAnalysis(const Study& study, const Model& model, bool on) const = 0;
    bool isEnabled() const;

    // Compares the study with what the shown result was computed from and schedules a new job
    // (or shows that the analysis is off); called on every change of the document.
    void followStudy();
    void setThreadCount(int threads) { m_threads = threads; }
    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    // Starts the job now if the study has the analysis, even when its inputs did not change.
    void restartNow();
    void cancel();
    // The user's cancel (Esc, the Cancel button): as cancel(), and a view whose result was
    // being computed says that it was cancelled and how to compute it again.
    void cancelByUser();
    bool isBusy() const;
    // A finished result of the current inputs is shown.
    bool isComplete() const { return m_complete; }
    JobRunner* runner() const { return m_runner; }
    StudyDocument* document() const { return m_document; }

signals:
    void busyChanged(bool busy);
    void progressChanged(double fraction);
    void message(const QString& text);
    // A finished result is on the view (overlays and tests listen).
    void completed();

protected:
    int threads() const { return m_threads; }
    // What the result depends on; an unchanged value with a result shown is not recomputed.
    virtual Study inputs(const Study& study) const = 0;
    // The study without what no analysis reads (title, view state, the analyses' sections).
    static Study commonInputs(const Study& study);
    virtual JobRunner::Work work(const Study& study, int threads) const = 0;
    virtual void showChunk(const JobChunkPtr& chunk, bool first) = 0;
    virtual void showMessage(const QString& text) = 0;
    // Draws what arrived since the last call (tiles); called on the coalescing timer and at the end.
    virtual void refreshView() {}
    // Redraws the texts the view took from the last result in the current language.
    virtual void retranslateView() {}
    void scheduleRefresh();

private:
    void showDisabled();
    void showCancelled();
    void start();
    void updateBusy();

    StudyDocument* m_document;
    JobRunner* m_runner;
    QTimer m_debounce;
    QTimer m_redraw;
    std::optional<Study> m_inputs; // what the shown (or running) result is computed from
    int m_threads = 0;
    bool m_complete = false;
    bool m_failed = false;
    bool m_disabledShown = false;
    bool m_cancelShown = false;
    bool m_busy = false;
};

// A task whose settings are one optional section of the study's analyses.
template <class T> class SectionTask : public AnalysisTask {
public:
    SectionTask(StudyDocument* document, QThreadPool* pool, std::optional<T> AnalysisSettings::*member,
                QObject* parent)
        : AnalysisTask(document, pool, parent), m_section{member}
    {
    }

    bool isEnabledIn(const Study& study) const override
    {
        return (study.analyses.*m_section.member).has_value();
    }
    Study withAnalysis(const Study& study, const Model& model, bool on) const override
    {
        Study out = study;
        std::optional<T>& s = out.analyses.*m_section.member;
        if (!on)
            s.reset();
        else if (!s)
            s = defaults(study, model);
        return out;
    }

protected:
    // The settings an analysis gets when the user adds it: the engine's defaults, made to fit
    // the model (its variables and parameters).
    virtual T defaults(const Study& study, const Model& model) const = 0;
    Study inputs(const Study& study) const override
    {
        Study in = commonInputs(study);
        in.analyses.*m_section.member = study.analyses.*m_section.member;
        return in;
    }
    const SectionRef<T>& section() const { return m_section; }
    const T& settings(const Study& study) const { return m_section.get(study); }

private:
    SectionRef<T> m_section;
};

// A work function that runs compute(study, threads, progress) and delivers its result whole.
template <class F> JobRunner::Work resultJob(const Study& study, int threads, F compute)
{
    return [study, threads, compute](JobContext& context) {
        using R = decltype(compute(study, threads, &context));
        auto chunk = std::make_shared<ResultChunk<R>>();
        chunk->result = compute(study, threads, &context);
        if (!context.isCanceled())
            context.deliver(std::move(chunk));
    };
}

} // namespace nd
