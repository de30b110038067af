// Switching the user-interface language while NeuroDyn runs: installs the translators of a
// language (NeuroDyn's own from the built-in :/i18n resources and Qt's from its translation
// folder), replacing those installed before. Qt then sends QEvent::LanguageChange to every
// widget, and each window part retranslates itself in changeEvent(). GUI thread only.
#pragma once

#include <QString>

namespace nd {

// language: "" for the system's language, "en" for none (the source texts), or a locale name
// such as "de" or "zh_CN". False when NeuroDyn has no translation for it (English then shows).
bool installLanguage(const QString& language);

} // namespace nd
