// The analyses of a network's nodes and couplings, computed through app/compute: the
// synchronisation of the nodes over the trajectory (analyses.synchrony: cross-correlation and
// Kuramoto order parameter) and the multifractal spectrum of the coupling graph
// (analyses.network_spectrum). GUI thread only.
#pragma once

#include "compute/seriescompute.h"
#include "gui/resultviewtask.h"
#include "plots/multifractalview.h"
#include "plots/nullhistogramview.h"
#include "plots/synchronyview.h"

namespace nd {

class SynchronyTask : public ResultViewTask<SynchronySettings, SynchronyView, compute::SynchronyComputation> {
    Q_OBJECT
public:
    SynchronyTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("synchronyDock"); }
    QString fileStem() const override { return QStringLiteral("synchrony"); }
    QString title() const override { return tr("Synchronisation"); }
    SynchronyView* synchronyView() const { return m_view; }
    QWidget* view() const override { return m_box; }
    // The null histogram of the correlation scalar (hidden without significance settings).
    NullHistogramView* nullView() const { return m_null; }
    std::vector<ExportController::Plot> plots() const override;
    std::vector<QwtPlot*> allPlots() const override;
    QString readout(QwtPlot* plot, const QPointF& position) const override;
    SettingsBar* createSettingsBar() override;

protected:
    SynchronySettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showResult(const compute::SynchronyComputation& r) override;
    void showMessage(const QString& text) override;

private:
    NullHistogramView* m_null;
    QWidget* m_box; // m_view over m_null
};

class NetworkSpectrumTask
    : public ResultViewTask<NetworkSpectrumSettings, MultifractalView, compute::NetworkSpectrumComputation> {
    Q_OBJECT
public:
    NetworkSpectrumTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("networkSpectrumDock"); }
    QString fileStem() const override { return QStringLiteral("network-spectrum"); }
    QString title() const override { return tr("Network spectrum"); }
    MultifractalView* multifractalView() const { return m_view; }
    std::vector<ExportController::Plot> plots() const override;
    std::vector<QwtPlot*> allPlots() const override;
    SettingsBar* createSettingsBar() override;

protected:
    NetworkSpectrumSettings defaults(const Study& study, const Model& model) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showResult(const compute::NetworkSpectrumComputation& r) override;
};

} // namespace nd
