// Compact settings bars shown above the views: which variables the phase portrait plots (and
// the cobweb for 1-D maps) and the simulation behind the time series. Edits go to the
// document as undoable study edits; sync() reloads the controls from the document.
// GUI thread only.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;

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

} // namespace nd
