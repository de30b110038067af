// Compact settings bars shown above the views: which variables the phase portrait plots (and
// the cobweb for 1-D maps), whether and what the orbit diagram sweeps, and the simulation
// behind the time series. Edits go to the
// document as undoable study edits; sync() reloads the controls from the document.
// GUI thread only.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QToolButton;

namespace nd {

class SettingsBar;
class StudyDocument;

// The simulation every trajectory view and time-series measure reads: samples, transient and
// stride, each edit one undo step (the 0-1 test's "subsample the series" asks for the stride).
SettingsBar* createSimulationBar(StudyDocument* document, QWidget* parent = nullptr);

class PhaseSettingsBar : public QWidget {
    Q_OBJECT
public:
    PhaseSettingsBar(StudyDocument* document, QWidget* parent = nullptr);
    void sync();

private:
    void apply();

    StudyDocument* m_document;
    QComboBox* m_x;
    QComboBox* m_y;
    QCheckBox* m_cobweb;
    bool m_syncing = false;
};

class OrbitSettingsBar : public QWidget {
    Q_OBJECT
public:
    OrbitSettingsBar(StudyDocument* document, QWidget* parent = nullptr);
    void sync();
    // Adds the orbit diagram to the study (on) or removes it, as one undo step.
    void setDiagramEnabled(bool on);
    // Whether there are windows to step back or forward to.
    void setHistory(bool back, bool forward);

signals:
    // The study's own window (Full Range), the previous and the next window of the history.
    void studyWindowRequested();
    void backRequested();
    void forwardRequested();

private:
    void apply(bool fullRange);

    StudyDocument* m_document;
    QCheckBox* m_enabled;
    QComboBox* m_parameter;
    QComboBox* m_variable;
    QSpinBox* m_columns;
    QSpinBox* m_transient;
    QSpinBox* m_samples;
    QToolButton* m_back;
    QToolButton* m_forward;
    bool m_syncing = false;
};

} // namespace nd
