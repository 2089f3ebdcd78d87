#include "commands.h"
#include "evalsource.h"

#include "document/atomicwrite.h"
#include "exchange/exporters.h"

#include <QFile>

namespace pw::cli {

namespace {

// What to export from FILE: a .promptwerk document's working copy, or any importable prompt.
std::optional<ExportSource> readSource(Context &context, const QString &path)
{
    const std::optional<EvalSource> read = readEvalSource(context, path);
    if (!read)
        return std::nullopt;
    ExportSource source;
    source.prompt = read->prompt;
    source.testValues = read->cases.isEmpty() ? VariableValues() : read->cases.constFirst().vars;
    source.targetModel = context.options.targetModel.isEmpty() ? read->targetModel : context.options.targetModel;
    return source;
}

} // namespace

int runExport(Context &context)
{
    const QString validFormats = exportFormatNames().join(QStringLiteral(", "));
    if (context.options.format.isEmpty())
        return context.fail(ExitUsage, QStringLiteral("export: --format is required (one of: %1)").arg(validFormats));
    const std::optional<ExportFormat> format = exportFormatFromName(context.options.format);
    if (!format) {
        return context.fail(ExitUsage,
            QStringLiteral("export: unknown format '%1' (valid formats: %2)").arg(context.options.format, validFormats));
    }

    const QString path = context.args.constFirst();
    const std::optional<ExportSource> source = readSource(context, path);
    if (!source)
        return ExitUsage;
    const ExportResult result = exportPrompt(*source, *format);
    if (!result.ok())
        return context.fail(ExitUsage,
            QStringLiteral("%1: cannot export as %2: %3").arg(Context::inputName(path), context.options.format, result.error));

    const QString output = context.options.output;
    if (output.isEmpty() || output == QLatin1String("-")) {
        context.out() << result.text;
        context.out().flush();
        return ExitOk;
    }
    QString error;
    if (!writeFileAtomically(output, result.text.toUtf8(), &error))
        return context.fail(ExitUsage, error);
    if (*format == ExportFormat::Curl) {
        // A shell script is meant to be run.
        QFile::setPermissions(output, QFile::permissions(output) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    }
    return ExitOk;
}

} // namespace pw::cli
