// The measures of one variable of the study's trajectory, computed through app/compute: the
// 0-1 test for chaos (analyses.zero_one), sample entropy (analyses.sample_entropy) and MFDFA
// (analyses.mfdfa), each with the null histogram of its surrogate significance under its view
// when the section asks for one. GUI thread only.
#pragma once

#include "compute/seriescompute.h"
#include "gui/resultviewtask.h"
#include "plots/multifractalview.h"
#include "plots/nullhistogramview.h"
#include "plots/sampleentropyview.h"
#include "plots/zerooneview.h"

#include <vector>

namespace nd {

// The 0-1 test and the series it ran on: the view draws the p-q trajectory of any c from it.
struct ZeroOneShown {
    compute::ZeroOneComputation computed;
    std::vector<double> series;
};

class ZeroOneTask : public ResultViewTask<ZeroOneSettings, ZeroOneView, ZeroOneShown> {
    Q_OBJECT
public:
    ZeroOneTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("zeroOneDock"); }
    QString fileStem() const override { return QStringLiteral("zero-one"); }
    QString title() const override { return tr("0-1 test for chaos"); }
    ZeroOneView* zeroOneView() const { return m_view; }
    QWidget* view() const override { return m_box; }
    // The surrogates' null histogram (hidden without significance settings).
    NullHistogramView* nullView() const { return m_null; }
    std::vector<ExportController::Plot> plots() const override;
    std::vector<QwtPlot*> allPlots() const override;
    SettingsBar* createSettingsBar() override;

protected:
    ZeroOneSettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showResult(const ZeroOneShown& r) override;
    void retranslateView() override;
    void showMessage(const QString& text) override;

private:
    NullHistogramView* m_null;
    QWidget* m_box; // m_view over m_null
};

class SampleEntropyTask
    : public ResultViewTask<SampleEntropySettings, SampleEntropyView, compute::SampleEntropyComputation> {
    Q_OBJECT
public:
    SampleEntropyTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("sampleEntropyDock"); }
    QString fileStem() const override { return QStringLiteral("sample-entropy"); }
    QString title() const override { return tr("Sample entropy"); }
    SampleEntropyView* entropyView() const { return m_view; }
    QWidget* view() const override { return m_box; }
    // The surrogates' null histogram (hidden without significance settings).
    NullHistogramView* nullView() const { return m_null; }
    std::vector<ExportController::Plot> plots() const override;
    SettingsBar* createSettingsBar() override;

protected:
    SampleEntropySettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showResult(const compute::SampleEntropyComputation& r) override;
    void showMessage(const QString& text) override;

private:
    NullHistogramView* m_null;
    QWidget* m_box; // m_view over m_null
};

class MfdfaTask : public ResultViewTask<MfdfaSettings, MultifractalView, compute::MfdfaComputation> {
    Q_OBJECT
public:
    MfdfaTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("mfdfaDock"); }
    QString fileStem() const override { return QStringLiteral("mfdfa"); }
    QString title() const override { return tr("MFDFA"); }
    MultifractalView* multifractalView() const { return m_view; }
    QWidget* view() const override { return m_box; }
    // The surrogates' null histogram (hidden without significance settings).
    NullHistogramView* nullView() const { return m_null; }
    std::vector<ExportController::Plot> plots() const override;
    std::vector<QwtPlot*> allPlots() const override;
    SettingsBar* createSettingsBar() override;

protected:
    MfdfaSettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showResult(const compute::MfdfaComputation& r) override;
    void showMessage(const QString& text) override;

private:
    NullHistogramView* m_null;
    QWidget* m_box; // m_view over m_null
};

// The sub-plots of a multifractal view by file-name suffix (MFDFA and network spectra alike).
std::vector<std::pair<const QwtPlot*, QString>> multifractalPlotNames(const MultifractalView& view);
std::vector<QwtPlot*> multifractalPlots(const MultifractalView& view);

} // namespace nd
