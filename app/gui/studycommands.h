// Undo commands for study edits. A value edit carries an id so consecutive edits of the same
// value made while a slider is dragged merge into one step; an edit that ends where it started
// becomes obsolete and leaves the stack. Each command's text is made in the current language
// and made again on a language change (UndoText), so Edit never reads "Rückgängig Change b".
// GUI thread only.
#pragma once

#include "study/study.h"

#include <QUndoCommand>

#include <concepts>
#include <functional>

namespace nd {

class StudyDocument;

// The text of an undo step: a fixed text, or a function that makes it in the current language
// (tr() inside it), asked again when the language changes.
class UndoText {
public:
    UndoText(const QString& fixed) : m_make([fixed]() { return fixed; }) {}
    template <class F>
    requires std::invocable<const F&> && std::convertible_to<std::invoke_result_t<const F&>, QString>
    UndoText(F make) : m_make(std::move(make))
    {
    }
    QString operator()() const { return m_make(); }

private:
    std::function<QString()> m_make;
};

// A command that can make its text again in the current language.
class TranslatedCommand : public QUndoCommand {
public:
    explicit TranslatedCommand(UndoText text) : QUndoCommand(text()), m_text(std::move(text)) {}
    void retranslate() { setText(m_text()); }

private:
    UndoText m_text;
};

class ValueEditCommand : public TranslatedCommand {
public:
    enum class Target { Parameter = 1, InitialValue = 2 };

    ValueEditCommand(StudyDocument* document, Target target, int index, double before, double after,
                     bool open, UndoText text);

    void redo() override;
    void undo() override;
    int id() const override { return static_cast<int>(m_target); }
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(double value);

    StudyDocument* m_document;
    Target m_target;
    int m_index;
    double m_before;
    double m_after;
    bool m_open; // a slider drag is still going on: later edits of the same value merge
};

class StudyEditCommand : public TranslatedCommand {
public:
    StudyEditCommand(StudyDocument* document, Study before, Study after, UndoText text);
    void redo() override;
    void undo() override;

protected:
    StudyDocument* m_document;
    Study m_before;
    Study m_after;
};

// An edit of one analysis or view setting, named by `field` ("parameter_scan.x.count"):
// consecutive edits of the same field merge into one step (typing or stepping a spin box), and
// one that ends where the first began becomes obsolete and leaves the stack.
class SettingEditCommand : public StudyEditCommand {
public:
    static constexpr int kId = 3; // after ValueEditCommand's targets

    SettingEditCommand(StudyDocument* document, Study before, Study after, QString field, UndoText text);
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;
    const QString& field() const { return m_field; }

private:
    QString m_field;
};

} // namespace nd
