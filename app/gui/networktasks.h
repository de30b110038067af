// The analyses of a network's nodes and couplings, computed through app/compute: the
// synchronisation of the nodes over the trajectory (analyses.synchrony: cross-correlation and
// Kuramoto order parameter) and the multifractal spectrum of the coupling graph
// (analyses.network_spectrum). GUI thread only.
#pragma once

#include "gui/analysistask.h"

namespace nd {

class MultifractalView;
class SynchronyView;

class SynchronyTask : public SectionTask<SynchronySettings> {
    Q_OBJECT
public:
    SynchronyTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("synchronyDock"); }
    QString fileStem() const override { return QStringLiteral("synchrony"); }
    QString title() const override { return tr("Synchronisation"); }
    QWidget* view() const override;
    SynchronyView* synchronyView() const { return m_view; }
    std::vector<ExportController::Plot> plots() const override;
    std::vector<QwtPlot*> allPlots() const override;
    QString readout(QwtPlot* plot, const QPointF& position) const override;
    SettingsBar* createSettingsBar() override;

protected:
    SynchronySettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showChunk(const JobChunkPtr& chunk, bool first) override;
    void showMessage(const QString& text) override;
    void retranslateView() override;

private:
    SynchronyView* m_view;
    JobChunkPtr m_shown;
};

class NetworkSpectrumTask : public SectionTask<NetworkSpectrumSettings> {
    Q_OBJECT
public:
    NetworkSpectrumTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("networkSpectrumDock"); }
    QString fileStem() const override { return QStringLiteral("network-spectrum"); }
    QString title() const override { return tr("Network spectrum"); }
    QWidget* view() const override;
    MultifractalView* multifractalView() const { return m_view; }
    std::vector<ExportController::Plot> plots() const override;
    std::vector<QwtPlot*> allPlots() const override;
    SettingsBar* createSettingsBar() override;

protected:
    NetworkSpectrumSettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showChunk(const JobChunkPtr& chunk, bool first) override;
    void showMessage(const QString& text) override;
    void retranslateView() override;

private:
    MultifractalView* m_view;
    JobChunkPtr m_shown;
};

} // namespace nd
