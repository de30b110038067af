// A compact row of controls that edit the settings of one analysis (or view) of the open study.
// Each control is bound to one field by a getter and a setter on the Study; a user edit becomes
// one undoable setting edit (StudyDocument::editSetting: consecutive edits of one field merge,
// a net-zero edit leaves the stack) and sync() reloads every control from the study. The texts
// come translated from the caller, which builds the bar anew on a language change. The controls
// flow into as many rows as the width needs; each label stays with its control.
// GUI thread only.
#pragma once

#include "gui/studycommands.h"
#include "study/study.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace nd {

class FlowLayout;
class StudyDocument;

// Reads and writes one setting of a study.
template <class V> struct Binding {
    std::function<V(const Study&)> get;
    std::function<void(Study&, V)> set;
};

// The study's section of one analysis (AnalysisSettings::*member): read with defaults when the
// study lacks it, created when written.
template <class T> struct SectionRef {
    std::optional<T> AnalysisSettings::*member;

    const T& get(const Study& s) const
    {
        static const T none{};
        const std::optional<T>& o = s.analyses.*member;
        return o ? *o : none;
    }
    T& edit(Study& s) const
    {
        std::optional<T>& o = s.analyses.*member;
        if (!o)
            o.emplace();
        return *o;
    }
    // A field of the section, converted to the control's value type V. C is T or the engine's
    // options struct T extends (the settings inherit those fields).
    template <class V, class F, class C> Binding<V> field(F C::*f) const
    {
        static_assert(std::is_base_of_v<C, T>);
        const SectionRef self = *this;
        return {[self, f](const Study& s) { return static_cast<V>(self.get(s).*f); },
                [self, f](Study& s, V v) { self.edit(s).*f = static_cast<F>(v); }};
    }
};

class SettingsBar : public QWidget {
    Q_OBJECT
public:
    // description: the undo text of every edit made here ("Change parameter scan").
    SettingsBar(StudyDocument* document, UndoText description, QWidget* parent = nullptr);

    QSpinBox* addInt(const QString& label, const QString& toolTip, const QString& field, int minimum,
                     int maximum, Binding<int> binding);
    // A finite number typed as text (shortest round-trip form); with `optional`, an empty field
    // means "the default" (nullopt).
    QLineEdit* addNumber(const QString& label, const QString& toolTip, const QString& field,
                         Binding<double> binding);
    QLineEdit* addOptionalNumber(const QString& label, const QString& toolTip, const QString& field,
                                 Binding<std::optional<double>> binding);
    // Comma- or blank-separated numbers (q values).
    QLineEdit* addNumberList(const QString& label, const QString& toolTip, const QString& field,
                             Binding<std::vector<double>> binding);
    // A fixed list of choices, bound by index.
    QComboBox* addChoice(const QString& label, const QString& toolTip, const QString& field,
                         const QStringList& items, Binding<int> binding);
    // A list filled from the model at every sync (variables, per-node variables, parameters),
    // bound by name; `items` gives the names.
    QComboBox* addNames(const QString& label, const QString& toolTip, const QString& field,
                        std::function<QStringList(const Model&)> items, Binding<std::string> binding);
    // The state variable whose time series a measure reads.
    QComboBox* addSeriesVariable(const QString& field, Binding<std::string> binding);
    QCheckBox* addCheck(const QString& text, const QString& toolTip, const QString& field,
                        Binding<bool> binding);
    // Free text shown by `show` and applied by `parse` (false: not a valid value, refused).
    QLineEdit* addText(const QString& label, const QString& toolTip, const QString& field,
                       std::function<QString(const Study&)> show,
                       std::function<bool(Study&, const QString&)> parse);
    // Any other widget (a button) in the row.
    void addWidget(QWidget* widget);
    // The control (and its label) is enabled only while the condition holds for the study
    // (the y axis of a 2-D scan, the threshold of spike phases, ...).
    void enableWhen(QWidget* control, std::function<bool(const Study&)> condition);
    // The control (and its label) is shown only while the condition holds: the settings of an
    // optional part of a section (lyapunov.along) take no room in the dock while it is off.
    void showWhen(QWidget* control, std::function<bool(const Study&)> condition);

    // A check of every edit made through this bar, given the study before and after it: a
    // non-empty reason refuses the edit (the controls go back to the study) and is shown through
    // message(), so invalid input says why and is not applied.
    void addValidation(std::function<QString(const Study& before, const Study& after)> check);

    // Reloads every control from the study (and the lists from the model).
    void sync();

    // Names for addNames.
    static QStringList variableNames(const Model& model);
    static QStringList parameterNames(const Model& model);
    // Per-node variables of a network ("x" for x0, x1, ...): those with at least two node copies.
    static QStringList nodeVariableNames(const Model& model);

signals:
    // An edit the document refused, with its reason.
    void message(const QString& text);

private:
    QWidget* labelled(const QString& label, const QString& toolTip, QWidget* control);
    // Applies an edit of `field` made by `change` to a copy of the study.
    void edit(const QString& field, const std::function<void(Study&)>& change);

    StudyDocument* m_document;
    UndoText m_description;
    FlowLayout* m_row; // wraps in a narrow dock rather than scrolling sideways
    std::vector<std::function<void()>> m_loaders;
    std::vector<std::function<QString(const Study&, const Study&)>> m_checks;
    std::vector<std::pair<QWidget*, QWidget*>> m_labels; // control, its label
    bool m_syncing = false;
};

} // namespace nd
