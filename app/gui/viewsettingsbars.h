// Compact settings bars shown above the views: which variables the phase portrait plots (and
// the cobweb for 1-D maps), and whether and what the orbit diagram sweeps. Edits go to the
// document as undoable study edits; sync() reloads the controls from the document.
// GUI thread only.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace nd {

class StudyDocument;

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

private:
    void apply(bool fullRange);

    StudyDocument* m_document;
    QCheckBox* m_enabled;
    QComboBox* m_parameter;
    QComboBox* m_variable;
    QSpinBox* m_columns;
    QSpinBox* m_transient;
    QSpinBox* m_samples;
    bool m_syncing = false;
};

} // namespace nd
