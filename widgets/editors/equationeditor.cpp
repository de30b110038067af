#include "editors/equationeditor.h"

#include "equations/modelsource.h"

#include <QColor>
#include <QEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>

namespace nd {

EquationEditor::EquationEditor(QWidget* parent)
    : QWidget(parent), m_text(new QPlainTextEdit(this)), m_message(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("equationText"));
    m_message->setObjectName(QStringLiteral("equationMessage"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTabChangesFocus(true);
    // Undo is the study's (the model text and its parameter values together), see the header.
    m_text->setUndoRedoEnabled(false);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 12);
    m_text->installEventFilter(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_message);
    m_check.setSingleShot(true);
    m_check.setInterval(kCheckDelayMs);
    connect(&m_check, &QTimer::timeout, this, &EquationEditor::checkNow);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this]() {
        if (!m_setting)
            m_check.start();
    });
    retranslate();
}

QString EquationEditor::text() const
{
    return m_text->toPlainText();
}

bool EquationEditor::hasPendingEdits() const
{
    return text() != m_appliedRaw;
}

void EquationEditor::setDefinition(const QString& canonical)
{
    if (canonical == m_applied && !m_applied.isEmpty())
        return;
    m_check.stop();
    m_applied = canonical;
    m_appliedRaw = canonical;
    m_setting = true;
    m_text->setPlainText(canonical);
    m_setting = false;
    showError(QString());
}

void EquationEditor::revert()
{
    m_check.stop();
    m_setting = true;
    m_text->setPlainText(m_appliedRaw.isEmpty() ? m_applied : m_appliedRaw);
    m_setting = false;
    m_appliedRaw = text();
    showError(QString());
}

void EquationEditor::forget()
{
    m_check.stop();
    m_applied.clear();
    m_appliedRaw.clear();
}

bool EquationEditor::checkNow()
{
    m_check.stop();
    const QString current = text();
    eq::ModelSource parsed;
    try {
        parsed = eq::parseModelText(current.toStdString());
    } catch (const eq::EquationError& e) {
        m_errorLine = e.where().line;
        m_errorColumn = e.where().column;
        const QString detail = QString::fromStdString(e.detail());
        if (m_errorLine > 0) {
            setMessage(tr("Line %1, column %2: %3").arg(m_errorLine).arg(m_errorColumn).arg(detail), true);
            underline(m_errorLine, m_errorColumn);
        } else {
            setMessage(detail, true);
            m_text->setExtraSelections({});
        }
        return false;
    } catch (const std::exception& e) {
        // The engine refuses the text in another way (a limit): it stays, unapplied.
        m_errorLine = m_errorColumn = 0;
        setMessage(QString::fromStdString(e.what()), true);
        m_text->setExtraSelections({});
        return false;
    }
    m_errorLine = m_errorColumn = 0;
    m_text->setExtraSelections({});
    setMessage(QString(), false);
    const QString canonical = QString::fromStdString(eq::formatModelText(parsed));
    m_appliedRaw = current;
    if (canonical != m_applied) {
        m_applied = canonical;
        emit definitionEdited(canonical);
    }
    return true;
}

void EquationEditor::showError(const QString& message)
{
    if (message.isEmpty()) {
        m_errorLine = m_errorColumn = 0;
        m_text->setExtraSelections({});
        setMessage(QString(), false);
        return;
    }
    // The text is not the model in use: it stays, and counts as pending.
    m_appliedRaw.clear();
    setMessage(message, true);
}

void EquationEditor::refuse(const QString& message, const QString& inUse)
{
    m_applied = inUse;
    showError(message);
}

void EquationEditor::setMessage(const QString& text, bool error)
{
    m_errorText = error ? text : QString();
    if (text.isEmpty()) {
        m_message->setStyleSheet(QString());
        m_message->setText(tr("The model compiles; edits apply after a short pause (Ctrl+Return: now)."));
        return;
    }
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setText(text);
}

void EquationEditor::underline(int line, int column)
{
    QTextDocument* doc = m_text->document();
    const QTextBlock block = doc->findBlockByNumber(std::clamp(line, 1, doc->blockCount()) - 1);
    // Columns count UTF-8 bytes (the engine's view of the text); the editor counts characters.
    const QByteArray bytes = block.text().toUtf8();
    const int byteColumn = std::clamp(column - 1, 0, static_cast<int>(bytes.size()));
    int offset = static_cast<int>(QString::fromUtf8(bytes.left(byteColumn)).size());
    // Past the end of the line (a missing closing parenthesis): mark its last character.
    if (offset >= block.length() - 1 && offset > 0)
        offset = block.length() - 2;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::max(0, offset));
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection mark;
    mark.cursor = cursor;
    mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    mark.format.setUnderlineColor(QColor(0xb3, 0x26, 0x1e));
    mark.format.setToolTip(m_errorText);
    m_text->setExtraSelections({mark});
}

bool EquationEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const QKeyCombination combo = key->keyCombination();
        const bool redo = key->matches(QKeySequence::Redo) || combo == (Qt::CTRL | Qt::Key_Y) ||
                          combo == (Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
        const bool check = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                           key->modifiers().testFlag(Qt::ControlModifier);
        if (event->type() == QEvent::ShortcutOverride) {
            // Pending typing is the editor's to undo; otherwise Ctrl+Z and Ctrl+Y belong to the
            // study (the window's shortcuts see the event when the editor does not take it).
            if ((undo && !hasPendingEdits()) || redo) {
                event->ignore();
                return true;
            }
            if (undo || check) {
                event->accept();
                return true;
            }
        } else if (undo && hasPendingEdits()) {
            revert();
            return true;
        } else if (check) {
            checkNow();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EquationEditor::retranslate()
{
    m_text->setToolTip(
        tr("The model in NeuroDyn's model language: one var, par, fun or aux line per entry and one "
           "equation per variable (x' = ... for a map, dx/dt = ... for a flow). Checked as you type; "
           "Ctrl+Return applies at once, Ctrl+Z goes back."));
    m_message->setToolTip(tr("Where the text has an error, or that it compiles"));
    if (m_errorText.isEmpty())
        setMessage(QString(), false);
    else if (m_errorLine > 0)
        checkNow();
}

void EquationEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace nd
