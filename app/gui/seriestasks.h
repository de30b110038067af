// The measures of one variable of the study's trajectory, computed through app/compute: the
// 0-1 test for chaos (analyses.zero_one), sample entropy (analyses.sample_entropy) and MFDFA
// (analyses.mfdfa). GUI thread only.
#pragma once

#include "gui/analysistask.h"

namespace nd {

class MultifractalView;
class SampleEntropyView;
class ZeroOneView;

class ZeroOneTask : public SectionTask<ZeroOneSettings> {
    Q_OBJECT
public:
    ZeroOneTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("zeroOneDock"); }
    QString fileStem() const override { return QStringLiteral("zero-one"); }
    QString title() const override { return tr("0-1 test for chaos"); }
    QWidget* view() const override;
    ZeroOneView* zeroOneView() const { return m_view; }
    std::vector<ExportController::Plot> plots() const override;
    std::vector<QwtPlot*> allPlots() const override;
    SettingsBar* createSettingsBar() override;

protected:
    ZeroOneSettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showChunk(const JobChunkPtr& chunk, bool first) override;
    void showMessage(const QString& text) override;
    void retranslateView() override;

private:
    ZeroOneView* m_view;
    JobChunkPtr m_shown;
};

class SampleEntropyTask : public SectionTask<SampleEntropySettings> {
    Q_OBJECT
public:
    SampleEntropyTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("sampleEntropyDock"); }
    QString fileStem() const override { return QStringLiteral("sample-entropy"); }
    QString title() const override { return tr("Sample entropy"); }
    QWidget* view() const override;
    SampleEntropyView* entropyView() const { return m_view; }
    std::vector<ExportController::Plot> plots() const override;
    SettingsBar* createSettingsBar() override;

protected:
    SampleEntropySettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showChunk(const JobChunkPtr& chunk, bool first) override;
    void showMessage(const QString& text) override;
    void retranslateView() override;

private:
    SampleEntropyView* m_view;
    JobChunkPtr m_shown;
};

class MfdfaTask : public SectionTask<MfdfaSettings> {
    Q_OBJECT
public:
    MfdfaTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("mfdfaDock"); }
    QString fileStem() const override { return QStringLiteral("mfdfa"); }
    QString title() const override { return tr("MFDFA"); }
    QWidget* view() const override;
    MultifractalView* multifractalView() const { return m_view; }
    std::vector<ExportController::Plot> plots() const override;
    std::vector<QwtPlot*> allPlots() const override;
    SettingsBar* createSettingsBar() override;

protected:
    MfdfaSettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showChunk(const JobChunkPtr& chunk, bool first) override;
    void showMessage(const QString& text) override;
    void retranslateView() override;

private:
    MultifractalView* m_view;
    JobChunkPtr m_shown;
};

// The sub-plots of a multifractal view by file-name suffix (MFDFA and network spectra alike).
std::vector<std::pair<const QwtPlot*, QString>> multifractalPlotNames(const MultifractalView& view);
std::vector<QwtPlot*> multifractalPlots(const MultifractalView& view);

} // namespace nd
