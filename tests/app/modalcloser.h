// Test helper: closes the next modal dialog (message boxes shown with exec()) and remembers
// its text, so GUI tests can check that an error dialog appeared without blocking.
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

class ModalCloser : public QObject {
public:
    // button: which standard button to press on a QMessageBox (Ok, No, Discard, ...).
    explicit ModalCloser(QMessageBox::StandardButton button = QMessageBox::Ok) : m_button(button)
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalCloser::poll);
        m_timer.start(10);
    }
    int count() const { return m_count; }
    QString lastText() const { return m_text; }

private:
    void poll()
    {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        m_text = box->text();
        ++m_count;
        if (QAbstractButton* b = box->button(m_button))
            b->click();
        else
            box->reject();
    }

    QMessageBox::StandardButton m_button;
    QTimer m_timer;
    QString m_text;
    int m_count = 0;
};
