// The study's basins of attraction (analyses.basins) through app/compute: a grid of initial
// states over two state coordinates, each coloured by the attractor its orbit settles on,
// drawn tile by tile as the engine delivers them and labelled canonically at the end. A click
// on a cell makes that initial state the study's (one undo step); the basins do not depend on
// the two coordinates they sweep and are not recomputed for that. GUI thread only.
#pragma once

#include "gui/analysistask.h"

namespace nd {

class BasinsView;

class BasinsTask : public SectionTask<BasinSettings> {
    Q_OBJECT
public:
    BasinsTask(StudyDocument* document, QThreadPool* pool, QObject* parent = nullptr);

    QString dockName() const override { return QStringLiteral("basinsDock"); }
    QString fileStem() const override { return QStringLiteral("basins"); }
    QString title() const override { return tr("Basins of attraction"); }
    QWidget* view() const override;
    BasinsView* basinsView() const { return m_view; }
    std::vector<ExportController::Plot> plots() const override;
    std::vector<std::pair<QString, std::function<QByteArray()>>> csvSources() const override;
    QString readout(QwtPlot* plot, const QPointF& position) const override;
    SettingsBar* createSettingsBar() override;

    // The initial state at a point of the grid becomes the study's (one undo step).
    bool applyPoint(double x, double y, QString& error);

protected:
    BasinSettings defaults(const Study& study, const Model& model) const override;
    Study inputs(const Study& study) const override;
    JobRunner::Work work(const Study& study, int threads) const override;
    void showChunk(const JobChunkPtr& chunk, bool first) override;
    void showMessage(const QString& text) override;
    void refreshView() override;
    void retranslateView() override;

private:
    BasinsView* m_view;
    int m_xIndex = -1, m_yIndex = -1; // state coordinates of the grid shown
    QString m_xName, m_yName;
    JobChunkPtr m_final;
};

} // namespace nd
