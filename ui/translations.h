#pragma once

#include <QList>

class QCoreApplication;
class QLocale;
class QTranslator;

namespace pw {

// Installs Qt's own catalogue (standard dialog buttons, text field menus,
// key names) and Promptwerk's for locale, parented to app. Ours is asked
// first, so it may correct Qt's. Returns the translators that were found.
QList<QTranslator *> installTranslators(QCoreApplication &app, const QLocale &locale);

} // namespace pw
