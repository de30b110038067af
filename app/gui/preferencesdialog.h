// The Preferences dialog: edits a Preferences value; the caller saves and applies it.
// GUI thread only.
#pragma once

#include "gui/preferences.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace nd {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences& preferences, QWidget* parent = nullptr);
    Preferences preferences() const;

private:
    QComboBox* m_language;
    QSpinBox* m_threads;
    QDoubleSpinBox* m_width;
    QDoubleSpinBox* m_height;
    QSpinBox* m_dpi;
    QComboBox* m_colorMap;
    QComboBox* m_orbitRendering;
};

} // namespace nd
