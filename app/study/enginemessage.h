// The engine's messages in the user's language. core's InputError carries an English template
// with %1.. placeholders and the texts that fill them (core/common/errors.h); this translates the
// template in the context "EngineMessage" and fills in the same arguments, so an untranslated
// message reads exactly as InputError::what(). Plain-text errors pass through unchanged.
// Reentrant: any thread (QCoreApplication::translate is thread-safe).
#pragma once

#include "common/errors.h"

#include <QString>
#include <QStringList>

namespace nd {

// The error's text in the current language: prefix (a field path) + translated template, filled.
QString engineMessage(const InputError& error);

// Every template the engine throws with (the list lupdate reads), in source form.
QStringList engineMessageTemplates();

} // namespace nd
