// The entropy family of one variable of the study's trajectory, computed through app/compute:
// multiscale entropy (analyses.mse), permutation entropy (analyses.permutation_entropy) and
// approximate entropy (analyses.apen). One dock per measure, as sample entropy has: each study
// section is its own dock (shown while the section exists, its settings bar one section's undo
// text), so a study with only permutation entropy shows only that. Under each view the measure's
// conventions string, and the null histogram of its surrogate significance when the section asks
// for one. GUI thread only.
#pragma once

#include "compute/entropycompute.h"
#include "gui/resultviewtask.h"
#include "plots/entropyviews.h"
#include "plots/nullhistogramview.h"

class QLabel;

namespace nd {

class MultiscaleEntropyTask : public ResultViewTask<MultiscaleEntropySettings, MultiscaleEntropyView,
                                                    compute::MultiscaleEntropyComputation> {
    Q_OBJECT
public:
    MultiscaleEntropyTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("multiscaleEntropyDock"); }
    QString fileStem() const override { return QStringLiteral("mse"); }
    QString title() const override { return tr("Multiscale entropy"); }
    MultiscaleEntropyView* entropyView() const { return m_view; }
    QWidget* view() const override { return m_box; }
    NullHistogramView* nullView() const { return m_null; }
    // The conventions string under the view (empty while there is no result).
    QLabel* conventionsLabel() const { return m_conventions; }
    std::vector<ExportController::Plot> plots() const override;
    SettingsBar* createSettingsBar() override;

protected:
    MultiscaleEntropySettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showResult(const compute::MultiscaleEntropyComputation& r) override;
    void showMessage(const QString& text) override;

private:
    NullHistogramView* m_null;
    QLabel* m_conventions;
    QWidget* m_box;
};

class PermutationEntropyTask : public ResultViewTask<PermutationEntropySettings, EntropyTableView,
                                                     compute::PermutationEntropyComputation> {
    Q_OBJECT
public:
    PermutationEntropyTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("permutationEntropyDock"); }
    QString fileStem() const override { return QStringLiteral("permutation-entropy"); }
    QString title() const override { return tr("Permutation entropy"); }
    EntropyTableView* entropyView() const { return m_view; }
    QWidget* view() const override { return m_box; }
    NullHistogramView* nullView() const { return m_null; }
    QLabel* conventionsLabel() const { return m_conventions; }
    std::vector<ExportController::Plot> plots() const override;
    SettingsBar* createSettingsBar() override;

protected:
    PermutationEntropySettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showResult(const compute::PermutationEntropyComputation& r) override;
    void showMessage(const QString& text) override;

private:
    NullHistogramView* m_null;
    QLabel* m_conventions;
    QWidget* m_box;
};

class ApproximateEntropyTask : public ResultViewTask<ApproximateEntropySettings, EntropyTableView,
                                                     compute::ApproximateEntropyComputation> {
    Q_OBJECT
public:
    ApproximateEntropyTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("approximateEntropyDock"); }
    QString fileStem() const override { return QStringLiteral("apen"); }
    QString title() const override { return tr("Approximate entropy"); }
    EntropyTableView* entropyView() const { return m_view; }
    QWidget* view() const override { return m_box; }
    NullHistogramView* nullView() const { return m_null; }
    QLabel* conventionsLabel() const { return m_conventions; }
    std::vector<ExportController::Plot> plots() const override;
    SettingsBar* createSettingsBar() override;

protected:
    ApproximateEntropySettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showResult(const compute::ApproximateEntropyComputation& r) override;
    void showMessage(const QString& text) override;

private:
    NullHistogramView* m_null;
    QLabel* m_conventions;
    QWidget* m_box;
};

} // namespace nd
