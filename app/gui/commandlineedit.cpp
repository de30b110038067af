#include "gui/commandlineedit.h"

#include "gui/studydocument.h"

namespace nd {

bool CommandLineEdit::apply(StudyDocument& document, const QString& edit, QString& error)
{
    const qsizetype eq = edit.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        error = tr("--edit %1: expected KEY=VALUE").arg(edit);
        return false;
    }
    const QString key = edit.left(eq);
    const QString value = edit.mid(eq + 1);
    const std::string name = key.toStdString();
    if (key.startsWith(QLatin1String("setting."))) {
        Settings settings = document.study().settings;
        settings[key.mid(8).toStdString()] = value.toStdString();
        return document.editModel(document.study().modelType, settings, key.mid(8), error);
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok) {
        error = tr("--edit %1: '%2' is not a number").arg(key, value);
        return false;
    }
    if (key.startsWith(QLatin1String("initial."))) {
        const int index = key.mid(8).toInt(&ok);
        if (!ok || index < 0 || static_cast<std::size_t>(index) >= document.study().initialState.size()) {
            error = tr("--edit %1: the model has no state variable %2").arg(key, key.mid(8));
            return false;
        }
        return document.editInitialValue(index, number, false, error);
    }
    const int index = document.model().parameterIndex(name);
    if (index < 0) {
        error = tr("--edit %1: the model has no parameter '%1'").arg(key);
        return false;
    }
    return document.editParameter(index, number, false, error);
}

} // namespace nd
