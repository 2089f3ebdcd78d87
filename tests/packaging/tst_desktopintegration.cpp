// The desktop integration seen from Qt: the app icon as the window loads it,
// and the MIME type as QMimeDatabase (file dialogs, drops) resolves it.

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QPainter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString iconResource = QStringLiteral(":/promptwerk/icons/io.github.promptwerk.Promptwerk.svg");
const QString documentType = QStringLiteral("application/x-promptwerk");

QString sourceFile(const QString &relativePath)
{
    return QStringLiteral(PROMPTWERK_SOURCE_DIR "/") + relativePath;
}

QImage renderIcon(int size)
{
    QSvgRenderer renderer(iconResource);
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    return image;
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void iconIsTheInstalledFile();
    void iconRenders_data();
    void iconRenders();

    void documentTypeFromFileName();
    void documentTypeFromContent_data();
    void documentTypeFromContent();
    void documentTypeIsJson();

private:
    QTemporaryDir m_dataDir;
};

void TestDesktopIntegration::initTestCase()
{
    Q_INIT_RESOURCE(icons);
    QStandardPaths::setTestModeEnabled(true);

    // QMimeDatabase reads share/mime/packages/*.xml of every XDG data dir, so
    // a data dir holding only our package makes it resolve our type the way an
    // installed system does. It must be in place before the first lookup.
    QVERIFY(m_dataDir.isValid());
    QVERIFY(QDir(m_dataDir.path()).mkpath(QStringLiteral("mime/packages")));
    QVERIFY(QFile::copy(sourceFile(QStringLiteral("packaging/io.github.promptwerk.Promptwerk.xml")),
        m_dataDir.filePath(QStringLiteral("mime/packages/io.github.promptwerk.Promptwerk.xml"))));
    const QByteArray systemDirs = qgetenv("XDG_DATA_DIRS");
    qputenv("XDG_DATA_DIRS",
        QFile::encodeName(m_dataDir.path()) + ':'
            + (systemDirs.isEmpty() ? QByteArray("/usr/local/share:/usr/share") : systemDirs));
}

void TestDesktopIntegration::init()
{
    // Qt SVG warns about anything it cannot draw (SVG Tiny 1.2 only).
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestDesktopIntegration::iconIsTheInstalledFile()
{
    QFile resource(iconResource);
    QVERIFY2(resource.open(QIODevice::ReadOnly), "the icon is not in the resources (resources/icons/icons.qrc)");
    QFile installed(sourceFile(QStringLiteral("resources/icons/io.github.promptwerk.Promptwerk.svg")));
    QVERIFY(installed.open(QIODevice::ReadOnly));
    QCOMPARE(resource.readAll(), installed.readAll());
}

void TestDesktopIntegration::iconRenders_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
        QTest::addRow("%dpx", size) << size;
}

void TestDesktopIntegration::iconRenders()
{
    QFETCH(int, size);
    QVERIFY(QSvgRenderer(iconResource).isValid());
    const QImage image = renderIcon(size);

    // The rounded tile fills most of the square and leaves its corners clear,
    // whatever the size: a broken path or viewBox shows up as a wrong coverage.
    int opaque = 0;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x)
            opaque += qAlpha(image.pixel(x, y)) > 200 ? 1 : 0;
    }
    const double coverage = double(opaque) / (size * size);
    QVERIFY2(coverage > 0.6 && coverage < 0.95, qPrintable(QStringLiteral("tile coverage %1").arg(coverage)));
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(size - 1, 0)), 0);

    // The braces (white) and the cursor (amber) stand out from the tile.
    const QColor centre = image.pixelColor(size / 2, size / 2);
    QVERIFY2(centre.red() > 200 && centre.green() > 150 && centre.blue() < 120,
        qPrintable(QStringLiteral("the cursor at the centre is %1").arg(centre.name())));
    if (size >= 32) {
        int white = 0;
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size; ++x) {
                const QColor c = image.pixelColor(x, y);
                white += c.red() > 230 && c.green() > 230 && c.blue() > 230 ? 1 : 0;
            }
        }
        QVERIFY2(white > size * size / 20, qPrintable(QStringLiteral("only %1 white pixels").arg(white)));
    }
}

void TestDesktopIntegration::documentTypeFromFileName()
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(QStringLiteral("draft.promptwerk"), QMimeDatabase::MatchExtension);
    QCOMPARE(type.name(), documentType);
    QCOMPARE(type.preferredSuffix(), QStringLiteral("promptwerk"));
}

void TestDesktopIntegration::documentTypeFromContent_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("isDocument");

    QTest::newRow("as Promptwerk writes it") << QByteArray("{\n    \"format\": \"promptwerk\",\n    \"prompt\": {}\n}\n") << true;
    QTest::newRow("compact") << QByteArray("{\"format\":\"promptwerk\",\"version\":1}") << true;
    QTest::newRow("other JSON") << QByteArray("{\n    \"format\": \"other\"\n}\n") << false;
    QTest::newRow("the words in plain text") << QByteArray("notes about the promptwerk format\n") << false;
}

void TestDesktopIntegration::documentTypeFromContent()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, isDocument);
    // A name without a known extension, as with a saved-under-any-name file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("document")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const QString type = QMimeDatabase().mimeTypeForFile(file.fileName(), QMimeDatabase::MatchContent).name();
    QCOMPARE(type == documentType, isDocument);
}

void TestDesktopIntegration::documentTypeIsJson()
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(documentType);
    QVERIFY(type.isValid());
    QVERIFY(type.inherits(QStringLiteral("application/json")));
    QCOMPARE(type.comment(), QStringLiteral("Promptwerk document"));
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
