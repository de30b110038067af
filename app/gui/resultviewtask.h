// A section task whose analysis ends in one result drawn on one view: the common part of the
// 0-1, sample entropy, MFDFA, synchrony, network spectrum and Lyapunov tasks. It keeps the
// result on the view so that a language change draws it again with the new texts, and drops it
// when the view shows a message instead. T: the study section, V: the view (a widget with
// setMessage), R: the computation's result (the payload of the job's ResultChunk<R>).
// GUI thread only.
#pragma once

#include "gui/analysistask.h"

#include <QString>

namespace nd {

template <class T, class V, class R> class ResultViewTask : public SectionTask<T> {
public:
    ResultViewTask(StudyDocument* document, QThreadPool* pool, std::optional<T> AnalysisSettings::*member,
                   QObject* parent)
        : SectionTask<T>(document, pool, member, parent), m_view(new V)
    {
    }

    QWidget* view() const override { return m_view; }

protected:
    // Draws r on the view: for a new result, and again after a language change.
    virtual void showResult(const R& r) = 0;

    void showChunk(const JobChunkPtr& chunk, bool) override
    {
        if (const auto* c = dynamic_cast<const ResultChunk<R>*>(chunk.get())) {
            m_shown = chunk;
            showResult(c->result);
        }
    }
    void showMessage(const QString& text) override
    {
        m_shown.reset();
        m_view->setMessage(text);
    }
    void retranslateView() override
    {
        if (m_shown)
            showResult(static_cast<const ResultChunk<R>&>(*m_shown).result);
    }

    V* const m_view; // owned by the dock once shown

private:
    JobChunkPtr m_shown; // the chunk whose result is on the view
};

} // namespace nd
