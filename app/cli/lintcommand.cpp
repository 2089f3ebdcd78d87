// lint: the prompt checks, for scripts and CI.

#include "commands.h"

#include "analysis/checks.h"
#include "prompt/jsonwrite.h"
#include "prompt/promptjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pw::cli {

namespace {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

// Test values that travel with a prompt file: the variable_values of a
// templatize result, so its output can be linted as it is.
VariableValues valuesInFile(const QByteArray &data)
{
    VariableValues values;
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    const QJsonObject map = object.value(QLatin1String("variable_values")).toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        values.insert(it.key(), it.value().toString());
    return values;
}

} // namespace

int runLint(Context &context)
{
    const QString path = context.args.constFirst();
    const std::optional<QByteArray> data = context.readInput(path);
    if (!data)
        return ExitUsage;
    const QString name = Context::inputName(path);
    const PromptFileResult file = readPromptFile(*data, name);
    if (!file.ok())
        return context.fail(ExitUsage, file.error);

    CheckOptions options;
    options.targetModel = context.options.targetModel;
    const VariableValues values = valuesInFile(*data);
    const bool hasValues = file.wasJson && QJsonDocument::fromJson(*data).object().contains(QLatin1String("variable_values"));
    if (hasValues)
        options.testValues = &values;
    const QList<Diagnostic> findings = checkPrompt(file.prompt, options);

    if (context.options.json) {
        QJsonArray array;
        for (const Diagnostic &d : findings) {
            QJsonObject entry {{QStringLiteral("severity"), severityName(d.severity)}, {QStringLiteral("code"), d.code},
                {QStringLiteral("location"), d.location.path()}, {QStringLiteral("message"), d.message}};
            if (d.location.offset >= 0)
                entry.insert(QStringLiteral("offset"), d.location.offset);
            array.append(entry);
        }
        context.out() << toJsonBytes(QJsonObject {{QStringLiteral("findings"), array}});
    } else {
        for (const Diagnostic &d : findings)
            context.out() << name << ": " << severityName(d.severity) << ": " << d.toString() << " [" << d.code << "]\n";
        if (findings.isEmpty())
            context.err() << name << ": no findings" << Qt::endl;
    }
    context.out().flush();
    return findings.isEmpty() ? ExitOk : ExitFindings;
}

} // namespace pw::cli
