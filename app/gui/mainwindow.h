// The main window: parameter panel in a dock, phase portrait and time series in the centre.
// Every parameter or initial-state edit recomputes the orbit and redraws both views.
// GUI thread only.
#pragma once

#include "study/study.h"

#include <QMainWindow>

#include <memory>

namespace nd {

class ParameterPanel;
class PhasePortraitView;
class TimeSeriesView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Replaces the current study; on an invalid study shows nothing new and returns false.
    bool setStudy(const Study& study, QString* error = nullptr);
    const Study& study() const { return m_study; }
    bool openStudyFile(const QString& path, QString* error = nullptr);

    ParameterPanel* parameterPanel() const { return m_panel; }
    PhasePortraitView* phasePortrait() const { return m_phase; }
    TimeSeriesView* timeSeries() const { return m_series; }

    // Writes PNG images of the views and the window into a folder; returns the file paths.
    QStringList renderImages(const QString& folder, QString* error = nullptr);

private:
    void buildMenus();
    void recompute();
    void onParameterEdited(int index, double value);
    void onInitialValueEdited(int index, double value);
    void openDialog();
    void saveAsDialog();
    void about();

    Study m_study;
    std::unique_ptr<Model> m_model;
    ParameterPanel* m_panel;
    PhasePortraitView* m_phase;
    TimeSeriesView* m_series;
};

} // namespace nd
