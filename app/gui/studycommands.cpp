#include "gui/studycommands.h"

#include "gui/studydocument.h"

namespace nd {

ValueEditCommand::ValueEditCommand(StudyDocument* document, Target target, int index, double before,
                                   double after, bool open, UndoText text)
    : TranslatedCommand(std::move(text)), m_document(document), m_target(target), m_index(index),
      m_before(before), m_after(after), m_open(open)
{
}

void ValueEditCommand::apply(double value)
{
    if (m_target == Target::Parameter)
        m_document->applyParameter(m_index, value);
    else
        m_document->applyInitialValue(m_index, value);
}

void ValueEditCommand::redo()
{
    apply(m_after);
}

void ValueEditCommand::undo()
{
    apply(m_before);
}

bool ValueEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = dynamic_cast<const ValueEditCommand*>(other);
    if (!o || !m_open || o->m_target != m_target || o->m_index != m_index)
        return false;
    m_after = o->m_after;
    m_open = o->m_open;
    setObsolete(m_after == m_before);
    return true;
}

StudyEditCommand::StudyEditCommand(StudyDocument* document, Study before, Study after, UndoText text)
    : TranslatedCommand(std::move(text)), m_document(document), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void StudyEditCommand::redo()
{
    m_document->applyStudy(m_after);
}

void StudyEditCommand::undo()
{
    m_document->applyStudy(m_before);
}

SettingEditCommand::SettingEditCommand(StudyDocument* document, Study before, Study after, QString field,
                                       UndoText text)
    : StudyEditCommand(document, std::move(before), std::move(after), std::move(text)),
      m_field(std::move(field))
{
}

bool SettingEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = dynamic_cast<const SettingEditCommand*>(other);
    if (!o || o->m_field != m_field)
        return false;
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace nd
