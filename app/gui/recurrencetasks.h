// Recurrence quantification (analyses.rqa) and the embedding choices (analyses.embedding) of one
// variable of the study's trajectory, computed through app/compute like `run` and `measure`:
// the RQA dock shows the recurrence plot (or, with windows, RR, DET and LAM per window), the
// numbers with their conventions and the null histogram of the tested scalar; the embedding
// dock the mutual information with the chosen delay and the FNN / Cao curves with the chosen
// dimensions. The RQA's delay and dimension may be given or chosen "from embedding" (the same
// rules). Live, cancellable, undoable like every section task. GUI thread only.
#pragma once

#include "compute/recurrencecompute.h"
#include "gui/resultviewtask.h"
#include "plots/nullhistogramview.h"
#include "plots/recurrenceplotview.h"
#include "plots/recurrenceviews.h"

#include <QLabel>
#include <QWidget>

namespace nd {

// The RQA view: the plot (whole series) or the windowed curves, and the numbers.
class RqaPanel : public QWidget {
    Q_OBJECT
public:
    explicit RqaPanel(QWidget* parent = nullptr);
    void setMessage(const QString& text);
    void setResult(const compute::RqaComputation& c);
    RecurrencePlotView* plot() const { return m_plot; }
    WindowedRqaView* windows() const { return m_windows; }
    QString numbers() const { return m_numbers->text(); }

private:
    RecurrencePlotView* m_plot;
    WindowedRqaView* m_windows;
    QLabel* m_numbers;
};

// The embedding view: I(tau) over FNN / Cao.
class EmbeddingPanel : public QWidget {
    Q_OBJECT
public:
    explicit EmbeddingPanel(QWidget* parent = nullptr);
    void setMessage(const QString& text);
    void setResult(const compute::EmbeddingComputation& c);
    DelayChoiceView* delayView() const { return m_delay; }
    DimensionChoiceView* dimensionView() const { return m_dimension; }

private:
    DelayChoiceView* m_delay;
    DimensionChoiceView* m_dimension;
    QLabel* m_message;
};

class RqaTask : public ResultViewTask<RqaSettings, RqaPanel, compute::RqaComputation> {
    Q_OBJECT
public:
    RqaTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("rqaDock"); }
    QString fileStem() const override { return QStringLiteral("rqa"); }
    QString title() const override { return tr("Recurrence quantification"); }
    RqaPanel* panel() const { return m_view; }
    QWidget* view() const override { return m_box; }
    NullHistogramView* nullView() const { return m_null; }
    std::vector<ExportController::Plot> plots() const override;
    std::vector<QwtPlot*> allPlots() const override;
    SettingsBar* createSettingsBar() override;

protected:
    RqaSettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showResult(const compute::RqaComputation& r) override;
    void showMessage(const QString& text) override;

private:
    NullHistogramView* m_null;
    QWidget* m_box;
};

class EmbeddingTask
    : public ResultViewTask<EmbeddingSettings, EmbeddingPanel, compute::EmbeddingComputation> {
    Q_OBJECT
public:
    EmbeddingTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("embeddingDock"); }
    QString fileStem() const override { return QStringLiteral("embedding"); }
    QString title() const override { return tr("Embedding choices"); }
    EmbeddingPanel* panel() const { return m_view; }
    std::vector<ExportController::Plot> plots() const override;
    std::vector<QwtPlot*> allPlots() const override;
    SettingsBar* createSettingsBar() override;

protected:
    EmbeddingSettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showResult(const compute::EmbeddingComputation& r) override;
};

} // namespace nd
