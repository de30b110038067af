// The equation editor of a typed model (issue 18): the model's text in the model language
// (core/equations/modelsource.h), checked while the user types. A short pause after the last
// key (or Ctrl+Return) checks the text: an error is underlined at its line and column and told
// on the message line below; a text that parses is offered as the model (definitionEdited,
// its canonical form), which the owner applies as one undoable edit. The user's own layout and
// comments stay in the editor as long as the study holds what they mean.
//
// Ctrl+Z in the editor first drops typing that has not become the model (back to the text of
// the model in use); with nothing pending it is the study's undo (the window's Edit > Undo), so
// the previous model text and its parameter values come back together. GUI thread only.
#pragma once

#include <QString>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace nd {

class EquationEditor : public QWidget {
    Q_OBJECT
public:
    explicit EquationEditor(QWidget* parent = nullptr);

    // The pause after the last key before the text is checked.
    static constexpr int kCheckDelayMs = 400;

    // Shows the model text the study holds (canonical). Keeps the editor's own text when it
    // already means this model, so applying an edit never moves the cursor or drops comments.
    void setDefinition(const QString& canonical);
    // Checks the text now (Ctrl+Return, and tests): emits definitionEdited when it parses and
    // means another model than the one in use. False when the text has an error.
    bool checkNow();
    // Back to the text of the model in use, dropping edits that have not become the model.
    void revert();
    // Another study was opened: the next setDefinition() shows its text even when the model is
    // the same, and unapplied typing of the previous study goes.
    void forget();
    // A message about the model from elsewhere; empty clears it.
    void showError(const QString& message);
    // The study refused the text offered last (definitionEdited): it stays in the editor,
    // unapplied, with the message, and `inUse` (canonical) is the model the study still holds.
    void refuse(const QString& message, const QString& inUse);

    QString text() const;
    QPlainTextEdit* textEdit() const { return m_text; }
    QLabel* messageLine() const { return m_message; }
    // The last error's position in the text (1-based line and column), 0/0 when there is none.
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }
    // True while the text has edits that have not (yet) become the model.
    bool hasPendingEdits() const;

signals:
    void definitionEdited(const QString& canonical);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setMessage(const QString& text, bool error);
    void underline(int line, int column);
    void retranslate();

    QPlainTextEdit* m_text;
    QLabel* m_message;
    QTimer m_check;
    QString m_applied;    // canonical text of the model in use
    QString m_appliedRaw; // the editor text that last meant it
    QString m_errorText;  // the error shown, untranslated parts included
    int m_errorLine = 0;
    int m_errorColumn = 0;
    bool m_setting = false;
};

} // namespace nd
