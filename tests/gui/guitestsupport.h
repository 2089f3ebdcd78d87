#pragma once

// Shared by the GUI tests: a workbench wired to a temporary settings file, an
// in-memory key store and a local fake API server.

#include "documentcontroller.h"
#include "documentpage.h"
#include "fakes/fakeapiserver.h"
#include "mainwindow.h"
#include "secrets/secretstore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace pw::test {

struct WorkbenchSetup
{
    QTemporaryDir directory;
    FakeApiServer server;
    QSettings settings {directory.filePath(QStringLiteral("Promptwerk.ini")), QSettings::IniFormat};
    MemorySecretStore secrets;
    QNetworkAccessManager network;

    bool start() { return directory.isValid() && server.listen(); }

    // Everything points at the fake server; the key comes from the environment
    // unless withKey is false.
    WorkbenchContext context(bool withKey = true)
    {
        WorkbenchContext context;
        context.settings = &settings;
        context.secrets = &secrets;
        context.network = &network;
        context.modelCacheDirectory = directory.filePath(QStringLiteral("cache"));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("ANTHROPIC_BASE_URL"), server.baseUrl().toString());
        environment.insert(QStringLiteral("OPENAI_BASE_URL"), server.baseUrl().toString() + QStringLiteral("/v1"));
        if (withKey) {
            environment.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("test-key"));
            environment.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("test-key"));
        }
        context.environment = environment;
        return context;
    }
};

// The widget of that class called name under root; a test that asks for one
// that is not there stops here, loudly.
template<typename T>
T *child(const QObject *root, const QString &name)
{
    T *found = root->findChild<T *>(name);
    if (!found)
        qFatal("no %s called %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

// A new untitled document in the window with this prompt, as File > New and typing would make it.
inline void newDocument(MainWindow &window, const Prompt &prompt, const VariableValues &values = {})
{
    window.currentPage()->documents()->newDocument(prompt, values);
}

inline Prompt samplePrompt()
{
    Prompt prompt;
    prompt.system = QStringLiteral("You answer questions for {{COMPANY}}, a meal-prep delivery service.");
    prompt.messages = {Message::user(QStringLiteral("<question>\n{{QUESTION}}\n</question>\nAnswer in two sentences."))};
    return prompt;
}

inline VariableValues sampleValues()
{
    return {{QStringLiteral("COMPANY"), QStringLiteral("Larder & Co.")},
        {QStringLiteral("QUESTION"), QStringLiteral("Where is my box?")}};
}

} // namespace pw::test
