#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pw {

namespace {

// Qt 6.4's Japanese catalogue spells this key "Backspae" in every shortcut it
// shows (menus, the status bar); our catalogues name it themselves.
[[maybe_unused]] constexpr const char *correctedKeyNames[] = {QT_TRANSLATE_NOOP("QShortcut", "Backspace")};

} // namespace

QList<QTranslator *> installTranslators(QCoreApplication &app, const QLocale &locale)
{
    // The translator installed last is asked first.
    QList<QTranslator *> installed;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && QCoreApplication::installTranslator(qt)) {
        installed.append(qt);
    } else {
        delete qt;
    }
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("promptwerk"), QStringLiteral("_"), QStringLiteral(":/promptwerk/translations"))
        && QCoreApplication::installTranslator(own)) {
        installed.append(own);
    } else {
        delete own;
    }
    return installed;
}

} // namespace pw
