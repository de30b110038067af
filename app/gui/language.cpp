#include "gui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

namespace nd {

namespace {
// Looks a text up under its class's full name (nd::MainWindow, as tr() asks) and, failing
// that, under the name without namespaces: lupdate writes the short name when it runs
// without the include paths and so cannot see that a class lives in namespace nd.
class NamespaceTolerantTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (text.isNull() && context) {
            if (const char* tail = std::strrchr(context, ':'); tail && tail > context && tail[-1] == ':')
                text = QTranslator::translate(tail + 1, sourceText, disambiguation, n);
        }
        return text;
    }
};

QTranslator* g_own = nullptr;
QTranslator* g_qt = nullptr;
} // namespace

bool installLanguage(const QString& language)
{
    for (QTranslator** t : {&g_own, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t; // removing it already told every widget to retranslate
            *t = nullptr;
        }
    }
    if (language == QLatin1String("en"))
        return true;
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    // Parented to the application so they live exactly as long as it.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        delete qt;
    }
    auto* own = new NamespaceTolerantTranslator(QCoreApplication::instance());
    if (!own->load(locale, QStringLiteral("neurodyn"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    g_own = own;
    return true;
}

} // namespace nd
