#include "documentcontroller.h"
#include "documentpage.h"
#include "mainwindow.h"
#include "translations.h"
#include "version.h"

#include "secrets/keychainstore.h"
#include "tools/enginesettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <optional>

namespace {

// Also the name of the .desktop file, the AppStream id and the icon name.
const QString appId = QStringLiteral("io.github.promptwerk.Promptwerk");

void describeCommandLine(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("Promptwerk: a desktop workbench for prompt authors."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
        QStringLiteral("A Promptwerk document, a prompt JSON file or a text file to open."), QStringLiteral("[FILE...]"));
    parser.addOption({QStringLiteral("lang"),
        QStringLiteral("Shows the window in this language (such as ja) instead of the saved setting "
                       "\"language\" or the system language."),
        QStringLiteral("code")});
}

// --lang, then the saved setting, then the system locale: a user can pin a
// language without changing the whole desktop's.
QLocale chooseUiLocale(const QCommandLineParser &parser, const QSettings &settings)
{
    const QString fromCommandLine = parser.value(QStringLiteral("lang"));
    if (!fromCommandLine.isEmpty())
        return QLocale(fromCommandLine);
    const QString saved = settings.value(QStringLiteral("language")).toString();
    if (!saved.isEmpty())
        return QLocale(saved);
    return QLocale();
}

// --help and --version are answered before QApplication connects to a
// display, so they work where there is none (package checks, ssh). A command
// line this parse does not understand, such as one with Qt's own -platform,
// is left to QApplication and QCommandLineParser::process().
std::optional<int> answerWithoutDisplay(int &argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    describeCommandLine(parser);
    if (!parser.parse(arguments))
        return std::nullopt;
    if (parser.isSet(QStringLiteral("version"))) {
        // As QCommandLineParser::process() prints it when Qt options come first.
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        const QCoreApplication app(argc, argv); // helpText() takes the program name from it
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setApplicationName(QStringLiteral("Promptwerk"));
    QApplication::setOrganizationName(QStringLiteral("Promptwerk"));
    QApplication::setApplicationVersion(QStringLiteral(PROMPTWERK_VERSION));
    if (const std::optional<int> exitCode = answerWithoutDisplay(argc, argv))
        return *exitCode;

    QApplication app(argc, argv);
    // Resources of a static library are linked only when referenced.
    Q_INIT_RESOURCE(icons);
    // Lets Wayland compositors and docks match the window to its .desktop file and icon.
    QApplication::setDesktopFileName(appId);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/promptwerk/icons/") + appId + QStringLiteral(".svg")));

    QCommandLineParser parser;
    describeCommandLine(parser);
    parser.process(app);

    const std::unique_ptr<QSettings> settings = pw::SettingsStore::openDefault();
    const QLocale uiLocale = chooseUiLocale(parser, *settings);
    QLocale::setDefault(uiLocale);
    pw::installTranslators(app, uiLocale);
    pw::KeychainSecretStore secrets(appId);
    QNetworkAccessManager network;
    pw::WorkbenchContext context;
    context.settings = settings.get();
    context.secrets = &secrets;
    context.network = &network;

    pw::MainWindow window(context);
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.currentPage()->documents()->openInBackground(files.constFirst());
    else
        window.startWithoutFile();
    window.show();
    // A recovery copy is offered while the file opens; recovering it wins over the file.
    window.currentPage()->offerRecovery();
    return QApplication::exec();
}
