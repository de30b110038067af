// Undo commands for study edits. A value edit carries an id so consecutive edits of the same
// value made while a slider is dragged merge into one step; an edit that ends where it started
// becomes obsolete and leaves the stack. GUI thread only.
#pragma once

#include "study/study.h"

#include <QUndoCommand>

namespace nd {

class StudyDocument;

class ValueEditCommand : public QUndoCommand {
public:
    enum class Target { Parameter = 1, InitialValue = 2 };

    ValueEditCommand(StudyDocument* document, Target target, int index, double before, double after, bool open,
                     const QString& text);

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

class StudyEditCommand : public QUndoCommand {
public:
    StudyEditCommand(StudyDocument* document, Study before, Study after, const QString& text);
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

    SettingEditCommand(StudyDocument* document, Study before, Study after, QString field, const QString& text);
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;
    const QString& field() const { return m_field; }

private:
    QString m_field;
};

} // namespace nd
