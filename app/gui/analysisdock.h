// The dock of one analysis: a "Compute" switch that adds the analysis to the study or removes
// it (one undo step), the task's settings bar (wraps into more rows when the dock is narrow,
// greyed while the analysis is off) and the task's view, whose plots keep a legible size: a dock
// smaller than that scrolls rather than squashing them into strips. Follows the document (the switch and the
// bar show the study's settings) and retranslates itself, its bar and its view on a language change. GUI
// thread only.
#pragma once

#include <QDockWidget>

class QCheckBox;
class QHBoxLayout;
class QScrollArea;

namespace nd {

class AnalysisTask;
class SettingsBar;

class AnalysisDock : public QDockWidget {
    Q_OBJECT
public:
    AnalysisDock(AnalysisTask* task, QWidget* parent = nullptr);

    AnalysisTask* task() const { return m_task; }
    SettingsBar* settingsBar() const { return m_bar; }
    QCheckBox* enableSwitch() const { return m_enable; }
    // Adds the analysis to the study (on) or removes it, as one undo step.
    void setAnalysisEnabled(bool on);

signals:
    void message(const QString& text);

protected:
    // A language change reaches the view first (its fixed titles), then this dock retranslates
    // its bar and has the task show its result again in the new language.
    bool event(QEvent* event) override;

private:
    void buildBar();
    void sync();
    void retranslate();

    AnalysisTask* m_task;
    QCheckBox* m_enable;
    QHBoxLayout* m_top;
    QScrollArea* m_viewScroll;
    SettingsBar* m_bar = nullptr;
};

} // namespace nd
