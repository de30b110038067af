#include "plots/retranslate.h"

#include <QEvent>
#include <QObject>
#include <QWidget>

namespace nd {

namespace {

// Owned by the widget it watches; re-applies the texts on each language change.
class TextRetranslator : public QObject {
public:
    TextRetranslator(QWidget* widget, std::function<void()> apply)
        : QObject(widget), m_apply(std::move(apply))
    {
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            m_apply();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_apply;
};

} // namespace

void retranslateWith(QWidget* widget, std::function<void()> apply)
{
    apply();
    new TextRetranslator(widget, std::move(apply));
}

} // namespace nd
