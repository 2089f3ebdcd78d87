#include "fakes/fakedefaultapi.h"

#include "fakes/fakeapibodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

namespace pw::test {

namespace {

constexpr auto promptToolsBeta = "prompt-tools-2025-04-02";
constexpr auto openAiCreated = 1767225600; // fixed, so answers stay deterministic
constexpr qsizetype echoLength = 120;

// Each check returns the first problem it finds, naming its place the way the
// real API does ("messages.2.content.0: ..."), or an empty string.
using Problem = QString;

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString found(const QJsonValue &value)
{
    if (value.isString())
        return QStringLiteral("(found \"%1\")").arg(value.toString().left(40));
    return QStringLiteral("(found %1)").arg(typeName(value));
}

FakeResponse invalidRequest(const QString &message)
{
    return FakeResponse::apiError(400, QStringLiteral("invalid_request_error"), message);
}

QString safeLeft(const QString &text, qsizetype length)
{
    if (length < text.size() && length > 0 && text.at(length - 1).isHighSurrogate())
        --length;
    return text.left(length);
}

// Word-sized pieces (a word keeps its trailing spaces), at most 16 characters,
// never splitting a surrogate pair: streamed answers look like real ones.
QStringList streamPieces(const QString &text)
{
    constexpr qsizetype maxPiece = 16;
    QStringList pieces;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && end - start < maxPiece && !text.at(end).isSpace())
            ++end;
        while (end < text.size() && end - start < maxPiece && text.at(end).isSpace())
            ++end;
        if (end < text.size() && text.at(end - 1).isHighSurrogate())
            ++end;
        pieces.append(text.mid(start, end - start));
        start = end;
    }
    return pieces;
}

// ---- field checks ---------------------------------------------------------

Problem checkRequiredString(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined())
        return field + QStringLiteral(": field required");
    if (!value.isString())
        return field + QStringLiteral(": must be a string ") + found(value);
    if (value.toString().isEmpty())
        return field + QStringLiteral(": must not be empty");
    return {};
}

Problem checkOptionalStringOrNull(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull() || value.isString())
        return {};
    return field + QStringLiteral(": must be a string or null ") + found(value);
}

Problem checkOptionalBool(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isBool())
        return {};
    return field + QStringLiteral(": must be a boolean ") + found(value);
}

bool isPositiveInteger(const QJsonValue &value)
{
    const double number = value.toDouble();
    return value.isDouble() && number >= 1 && std::floor(number) == number && number <= 1e9;
}

Problem checkPositiveInteger(const QJsonObject &body, const QString &field, bool required)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined())
        return required ? field + QStringLiteral(": field required") : QString();
    if (!isPositiveInteger(value))
        return field + QStringLiteral(": must be a positive integer ") + found(value);
    return {};
}

Problem checkTargetModel(const QJsonObject &body)
{
    const QJsonValue value = body.value(QStringLiteral("target_model"));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString() || value.toString().isEmpty() || value.toString().size() > 256)
        return QStringLiteral("target_model: must be a string of 1 to 256 characters or null ") + found(value);
    return {};
}

enum class MessageRules {
    MessagesApi, // any block type; roles in any order
    PromptTools, // text blocks only, no cache_control; user messages first, at most one trailing assistant
};

Problem checkContentBlock(const QJsonValue &blockValue, const QString &place, MessageRules rules)
{
    if (!blockValue.isObject())
        return place + QStringLiteral(": must be a content block object ") + found(blockValue);
    const QJsonObject block = blockValue.toObject();
    const QJsonValue type = block.value(QStringLiteral("type"));
    if (!type.isString())
        return place + QStringLiteral(".type: must be a string ") + found(type);
    if (rules == MessageRules::PromptTools && type.toString() != QLatin1String("text"))
        return place + QStringLiteral(": only text blocks are allowed ") + found(type);
    if (rules == MessageRules::PromptTools && block.contains(QStringLiteral("cache_control")))
        return place + QStringLiteral(".cache_control: not allowed in prompt tools requests");
    if (type.toString() == QLatin1String("text") && !block.value(QStringLiteral("text")).isString())
        return place + QStringLiteral(".text: must be a string ") + found(block.value(QStringLiteral("text")));
    return {};
}

Problem checkMessages(const QJsonObject &body, MessageRules rules)
{
    const QJsonValue value = body.value(QStringLiteral("messages"));
    if (value.isUndefined())
        return QStringLiteral("messages: field required");
    if (!value.isArray())
        return QStringLiteral("messages: must be an array ") + found(value);
    const QJsonArray messages = value.toArray();
    if (messages.isEmpty())
        return QStringLiteral("messages: at least one message is required");

    qsizetype firstAssistant = -1;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QString place = QStringLiteral("messages.%1").arg(i);
        if (!messages.at(i).isObject())
            return place + QStringLiteral(": must be an object ") + found(messages.at(i));
        const QJsonObject message = messages.at(i).toObject();
        const QJsonValue role = message.value(QStringLiteral("role"));
        if (role != QLatin1String("user") && role != QLatin1String("assistant"))
            return place + QStringLiteral(".role: must be \"user\" or \"assistant\" ") + found(role);
        const QJsonValue content = message.value(QStringLiteral("content"));
        if (content.isArray()) {
            const QJsonArray blocks = content.toArray();
            for (qsizetype j = 0; j < blocks.size(); ++j) {
                if (Problem p = checkContentBlock(blocks.at(j), place + QStringLiteral(".content.%1").arg(j), rules);
                    !p.isEmpty())
                    return p;
            }
        } else if (!content.isString()) {
            return place + QStringLiteral(".content: must be a string or an array of content blocks ") + found(content);
        }

        if (rules != MessageRules::PromptTools)
            continue;
        if (role == QLatin1String("assistant") && firstAssistant < 0) {
            if (i == 0)
                return place + QStringLiteral(".role: the first message must be a user message");
            firstAssistant = i;
        } else if (firstAssistant >= 0) {
            return place
                + QStringLiteral(": nothing may follow the assistant message at messages.%1 (user messages come first and "
                                 "are contiguous, then at most one trailing assistant message)")
                      .arg(firstAssistant);
        }
    }
    return {};
}

Problem checkMessagesApiSystem(const QJsonObject &body)
{
    const QJsonValue value = body.value(QStringLiteral("system"));
    if (value.isUndefined() || value.isString())
        return {};
    if (!value.isArray())
        return QStringLiteral("system: must be a string or an array of text blocks ") + found(value);
    const QJsonArray blocks = value.toArray();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QString place = QStringLiteral("system.%1").arg(i);
        if (blocks.at(i).toObject().value(QStringLiteral("type")) != QLatin1String("text"))
            return place + QStringLiteral(": only text blocks are allowed in system");
        if (Problem p = checkContentBlock(blocks.at(i), place, MessageRules::MessagesApi); !p.isEmpty())
            return p;
    }
    return {};
}

// ---- reading request text ---------------------------------------------------

// The text of a string content, or the joined text of its text blocks (Anthropic
// blocks and OpenAI parts both use {"type":"text","text":…}).
QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList texts;
    const QJsonArray blocks = content.toArray();
    for (const QJsonValue &block : blocks) {
        if (block.toObject().value(QStringLiteral("type")) == QLatin1String("text"))
            texts.append(block.toObject().value(QStringLiteral("text")).toString());
    }
    return texts.join(QLatin1Char('\n'));
}

qsizetype promptCharacters(const QJsonObject &body)
{
    qsizetype characters = contentText(body.value(QStringLiteral("system"))).size();
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    for (const QJsonValue &message : messages)
        characters += contentText(message.toObject().value(QStringLiteral("content"))).size();
    return characters;
}

QString echoOfLastUserMessage(const QJsonObject &body)
{
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    QString text;
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        if (message.value(QStringLiteral("role")) == QLatin1String("user")) {
            text = contentText(message.value(QStringLiteral("content"))).simplified();
            break;
        }
    }
    if (text.size() > echoLength)
        text = safeLeft(text, echoLength) + QStringLiteral("...");
    return QStringLiteral("Echo: ") + text;
}

// A minimal instance of a JSON schema, so that structured-output requests get
// parseable JSON of the requested shape: the first enum/const/anyOf choice,
// every listed property, one array item, "fake <name>" for strings.
QJsonValue exampleForSchema(const QJsonObject &schema, const QString &name, int depth = 0)
{
    if (depth > 16)
        return QJsonValue::Null;
    if (schema.contains(QStringLiteral("const")))
        return schema.value(QStringLiteral("const"));
    if (const QJsonArray choices = schema.value(QStringLiteral("enum")).toArray(); !choices.isEmpty())
        return choices.first();
    for (const QString &key : {QStringLiteral("anyOf"), QStringLiteral("oneOf"), QStringLiteral("allOf")}) {
        if (const QJsonArray options = schema.value(key).toArray(); !options.isEmpty())
            return exampleForSchema(options.first().toObject(), name, depth + 1);
    }
    QString type = schema.value(QStringLiteral("type")).toString();
    const QJsonArray types = schema.value(QStringLiteral("type")).toArray();
    for (const QJsonValue &candidate : types) {
        if (candidate != QLatin1String("null")) {
            type = candidate.toString();
            break;
        }
    }
    if (type.isEmpty())
        type = schema.contains(QStringLiteral("properties")) ? QStringLiteral("object") : QStringLiteral("string");

    if (type == QLatin1String("object")) {
        QJsonObject object;
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            object.insert(it.key(), exampleForSchema(it.value().toObject(), it.key(), depth + 1));
        return object;
    }
    if (type == QLatin1String("array")) {
        QJsonArray array;
        const int count = std::max(1, schema.value(QStringLiteral("minItems")).toInt());
        for (int i = 0; i < count; ++i)
            array.append(exampleForSchema(schema.value(QStringLiteral("items")).toObject(), name, depth + 1));
        return array;
    }
    if (type == QLatin1String("integer") || type == QLatin1String("number"))
        return schema.value(QStringLiteral("minimum")).toDouble(1);
    if (type == QLatin1String("boolean"))
        return true;
    if (type == QLatin1String("null"))
        return QJsonValue::Null;
    return QStringLiteral("fake %1").arg(name);
}

QString compactJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

// Cuts the answer to max_tokens the way the real APIs do, so truncation paths can be tested.
bool truncateToTokens(QString &text, const QJsonValue &maxTokens)
{
    if (!isPositiveInteger(maxTokens) || estimateTokens(text.size()) <= maxTokens.toInt())
        return false;
    text = safeLeft(text, qsizetype(maxTokens.toInt()) * 4);
    return true;
}

// ---- headers ------------------------------------------------------------------

std::optional<FakeResponse> anthropicHeaderProblem(const RecordedRequest &request, const DefaultApiSettings &settings)
{
    const auto header = [&](const char *name) {
        return request.headers.value(QByteArray(name));
    };
    if (!request.headers.contains(QByteArrayLiteral("x-api-key")))
        return FakeResponse::apiError(
            401, QStringLiteral("authentication_error"), QStringLiteral("x-api-key header is required"));
    if (header("x-api-key") != settings.apiKey)
        return FakeResponse::apiError(401, QStringLiteral("authentication_error"), QStringLiteral("invalid x-api-key"));
    if (!request.headers.contains(QByteArrayLiteral("anthropic-version")))
        return invalidRequest(QStringLiteral("anthropic-version: header is required"));
    const QByteArray version = header("anthropic-version");
    if (version != "2023-06-01" && version != "2026-10-21") {
        return invalidRequest(QStringLiteral("anthropic-version: unknown version \"%1\" (known: 2023-06-01, 2026-10-21)")
                                  .arg(QString::fromLatin1(version.left(40))));
    }
    return std::nullopt;
}

std::optional<FakeResponse> promptToolsBetaProblem(const RecordedRequest &request)
{
    const QList<QByteArray> betas = request.headers.value(QByteArrayLiteral("anthropic-beta")).split(',');
    for (const QByteArray &beta : betas) {
        if (beta.trimmed() == promptToolsBeta)
            return std::nullopt;
    }
    return invalidRequest(
        QStringLiteral("anthropic-beta: the prompt tools need the beta \"%1\"").arg(QLatin1String(promptToolsBeta)));
}

std::optional<FakeResponse> openAiAuthProblem(const RecordedRequest &request, const DefaultApiSettings &settings)
{
    if (!settings.openAiKeyRequired)
        return std::nullopt;
    const QByteArray authorization = request.headers.value(QByteArrayLiteral("authorization"));
    if (!authorization.toLower().startsWith("bearer ")) {
        return FakeResponse::apiError(
            401, QStringLiteral("authentication_error"), QStringLiteral("authorization: a \"Bearer <key>\" header is required"));
    }
    if (authorization.mid(7).trimmed() != settings.apiKey)
        return FakeResponse::apiError(
            401, QStringLiteral("authentication_error"), QStringLiteral("authorization: invalid API key"));
    return std::nullopt;
}

std::optional<FakeResponse> parseJsonBody(const RecordedRequest &request, QJsonObject *body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        return invalidRequest(
            QStringLiteral("request body: invalid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    }
    if (!document.isObject())
        return invalidRequest(QStringLiteral("request body: must be a JSON object"));
    *body = document.object();
    return std::nullopt;
}

QString structuredText(const QJsonObject &schema, const DefaultApiSettings &settings)
{
    if (!settings.structuredAnswer.isEmpty())
        return settings.structuredAnswer;
    return compactJson(exampleForSchema(schema, QStringLiteral("value")));
}

std::optional<QString> scriptedText(const QJsonObject &body, const DefaultApiSettings &settings)
{
    return settings.answerText ? settings.answerText(body) : std::nullopt;
}

// ---- Anthropic endpoints --------------------------------------------------------

FakeResponse messagesAnswer(const QJsonObject &body, const DefaultApiSettings &settings)
{
    const QJsonObject format = body.value(QStringLiteral("output_config")).toObject().value(QStringLiteral("format")).toObject();
    for (const Problem &problem : {checkRequiredString(body, QStringLiteral("model")),
             checkPositiveInteger(body, QStringLiteral("max_tokens"), true), checkMessages(body, MessageRules::MessagesApi),
             checkMessagesApiSystem(body), checkOptionalBool(body, QStringLiteral("stream"))}) {
        if (!problem.isEmpty())
            return invalidRequest(problem);
    }
    const bool structured = format.value(QStringLiteral("type")) == QLatin1String("json_schema");
    if (structured && !format.value(QStringLiteral("schema")).isObject())
        return invalidRequest(QStringLiteral("output_config.format.schema: field required"));

    AnthropicAnswer answer;
    QString text = scriptedText(body, settings)
                       .value_or(structured ? structuredText(format.value(QStringLiteral("schema")).toObject(), settings)
                                            : echoOfLastUserMessage(body));
    if (truncateToTokens(text, body.value(QStringLiteral("max_tokens"))))
        answer.stopReason = QStringLiteral("max_tokens");
    answer.model = body.value(QStringLiteral("model")).toString();
    answer.inputTokens = estimateTokens(promptCharacters(body));
    if (body.value(QStringLiteral("stream")).toBool()) {
        answer.textChunks = streamPieces(text);
        return anthropicStreamResponse(answer, settings.streamDelayMs);
    }
    answer.textChunks = QStringList {text};
    return anthropicMessageResponse(answer);
}

FakeResponse countTokensAnswer(const QJsonObject &body)
{
    for (const Problem &problem : {checkRequiredString(body, QStringLiteral("model")),
             checkMessages(body, MessageRules::MessagesApi), checkMessagesApiSystem(body)}) {
        if (!problem.isEmpty())
            return invalidRequest(problem);
    }
    return FakeResponse::json(200, {{QStringLiteral("input_tokens"), estimateTokens(promptCharacters(body))}});
}

struct ModelInfo
{
    const char *id;
    const char *displayName;
    const char *createdAt;
    int maxInputTokens;
    int maxTokens;
};

// Newest first, like the real list.
constexpr ModelInfo builtInModels[] = {
    {"claude-fable-5-1", "Claude Fable 5.1", "2026-10-14T00:00:00Z", 1000000, 128000},
    {"claude-mythos-5-1", "Claude Mythos 5.1", "2026-09-30T00:00:00Z", 1000000, 128000},
    {"claude-opus-5-5", "Claude Opus 5.5", "2026-09-02T00:00:00Z", 1000000, 128000},
    {"claude-sonnet-5-5", "Claude Sonnet 5.5", "2026-08-19T00:00:00Z", 1000000, 64000},
    {"claude-haiku-5-5", "Claude Haiku 5.5", "2026-08-05T00:00:00Z", 200000, 64000},
    {"claude-opus-5", "Claude Opus 5", "2026-05-20T00:00:00Z", 1000000, 128000},
    {"claude-sonnet-5", "Claude Sonnet 5", "2026-05-06T00:00:00Z", 1000000, 64000},
    {"claude-opus-4-8", "Claude Opus 4.8", "2026-03-11T00:00:00Z", 200000, 64000},
};
constexpr qsizetype builtInModelCount = sizeof(builtInModels) / sizeof(builtInModels[0]);

const char *const openAiModels[] = {"llama3.2", "qwen2.5:7b", "mistral-small3.1", "gemma3:4b"};

qsizetype modelIndex(const QString &id)
{
    for (qsizetype i = 0; i < builtInModelCount; ++i) {
        if (id == QLatin1String(builtInModels[i].id))
            return i;
    }
    return -1;
}

QJsonObject modelJson(const ModelInfo &model)
{
    const QJsonObject supported {{QStringLiteral("supported"), true}};
    return {{QStringLiteral("id"), QLatin1String(model.id)}, {QStringLiteral("display_name"), QLatin1String(model.displayName)},
        {QStringLiteral("created_at"), QLatin1String(model.createdAt)}, {QStringLiteral("type"), QStringLiteral("model")},
        {QStringLiteral("max_input_tokens"), model.maxInputTokens}, {QStringLiteral("max_tokens"), model.maxTokens},
        {QStringLiteral("capabilities"),
            QJsonObject {{QStringLiteral("structured_outputs"), supported}, {QStringLiteral("thinking"), supported},
                {QStringLiteral("image_input"), supported}}}};
}

FakeResponse modelsAnswer(const QUrlQuery &query)
{
    qsizetype limit = 20;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        const QString value = query.queryItemValue(QStringLiteral("limit"));
        bool ok = false;
        limit = value.toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return invalidRequest(QStringLiteral("limit: must be an integer from 1 to 1000 (found \"%1\")").arg(value.left(40)));
    }
    const QString afterId = query.queryItemValue(QStringLiteral("after_id"));
    const QString beforeId = query.queryItemValue(QStringLiteral("before_id"));
    if (!afterId.isEmpty() && !beforeId.isEmpty())
        return invalidRequest(QStringLiteral("after_id, before_id: use only one of them"));

    qsizetype begin = 0;
    qsizetype end = std::min(builtInModelCount, limit);
    bool hasMore = end < builtInModelCount;
    for (const auto &[field, id] :
        {std::pair {QStringLiteral("after_id"), afterId}, std::pair {QStringLiteral("before_id"), beforeId}}) {
        if (!id.isEmpty() && modelIndex(id) < 0)
            return invalidRequest(QStringLiteral("%1: unknown model \"%2\"").arg(field, id.left(80)));
    }
    if (!afterId.isEmpty()) {
        begin = modelIndex(afterId) + 1;
        end = std::min(builtInModelCount, begin + limit);
        hasMore = end < builtInModelCount;
    } else if (!beforeId.isEmpty()) {
        end = modelIndex(beforeId);
        begin = std::max(qsizetype(0), end - limit);
        hasMore = begin > 0;
    }

    QJsonArray data;
    for (qsizetype i = begin; i < end; ++i)
        data.append(modelJson(builtInModels[i]));
    const QJsonValue firstId = data.isEmpty() ? QJsonValue() : data.first().toObject().value(QStringLiteral("id"));
    const QJsonValue lastId = data.isEmpty() ? QJsonValue() : data.last().toObject().value(QStringLiteral("id"));
    return FakeResponse::json(200,
        {{QStringLiteral("data"), data}, {QStringLiteral("has_more"), hasMore}, {QStringLiteral("first_id"), firstId},
            {QStringLiteral("last_id"), lastId}});
}

// ---- prompt tools -----------------------------------------------------------

QJsonObject textMessage(const QString &role, const QString &text)
{
    return {{QStringLiteral("role"), role},
        {QStringLiteral("content"),
            QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}}}}};
}

// Usage as an array of objects: that is what every example of the real API showed.
QJsonArray toolUsage(qsizetype inputCharacters, const QJsonArray &messages)
{
    qsizetype outputCharacters = 0;
    for (const QJsonValue &message : messages)
        outputCharacters += contentText(message.toObject().value(QStringLiteral("content"))).size();
    return {QJsonObject {{QStringLiteral("input_tokens"), estimateTokens(inputCharacters)},
        {QStringLiteral("output_tokens"), estimateTokens(outputCharacters)}}};
}

FakeResponse toolAnswer(const QJsonArray &messages, const QString &system, const QJsonArray &usage,
    const std::optional<QJsonObject> &variableValues = std::nullopt)
{
    QJsonObject body {
        {QStringLiteral("messages"), messages}, {QStringLiteral("system"), system}, {QStringLiteral("usage"), usage}};
    if (variableValues)
        body.insert(QStringLiteral("variable_values"), *variableValues);
    return FakeResponse::json(200, body);
}

FakeResponse generateAnswer(const QJsonObject &body)
{
    for (const Problem &problem : {checkRequiredString(body, QStringLiteral("task")), checkTargetModel(body)}) {
        if (!problem.isEmpty())
            return invalidRequest(problem);
    }
    const QString task = body.value(QStringLiteral("task")).toString();
    const QString prompt = QStringLiteral(
        "You will act as %1.\n\nHere is the input to work with:\n<input>\n{{INPUT}}\n</input>\n\n"
        "Think it through step by step inside <thinking> tags, then give your final answer inside <answer> tags.")
                               .arg(task);
    const QJsonArray messages {
        textMessage(QStringLiteral("user"), prompt), textMessage(QStringLiteral("assistant"), QStringLiteral("<thinking>"))};
    return toolAnswer(messages, QString(), toolUsage(task.size(), messages));
}

Problem checkToolPrompt(const QJsonObject &body)
{
    if (Problem p = checkMessages(body, MessageRules::PromptTools); !p.isEmpty())
        return p;
    return checkOptionalStringOrNull(body, QStringLiteral("system"));
}

// Wraps each user message in clear sections and asks for step-by-step reasoning,
// keeping every original text (so every variable) intact; the system prompt is
// folded into the first user message, as the real improver did.
FakeResponse improveAnswer(const QJsonObject &body)
{
    for (const Problem &problem :
        {checkToolPrompt(body), checkOptionalStringOrNull(body, QStringLiteral("feedback")), checkTargetModel(body)}) {
        if (!problem.isEmpty())
            return invalidRequest(problem);
    }
    const QString system = body.value(QStringLiteral("system")).toString();
    const QString feedback = body.value(QStringLiteral("feedback")).toString();
    const QJsonArray original = body.value(QStringLiteral("messages")).toArray();

    qsizetype lastUser = 0;
    for (qsizetype i = 0; i < original.size(); ++i) {
        if (original.at(i).toObject().value(QStringLiteral("role")) == QLatin1String("user"))
            lastUser = i;
    }
    QJsonArray messages;
    QString prefill = QStringLiteral("<thinking>");
    for (qsizetype i = 0; i < original.size(); ++i) {
        const QJsonObject message = original.at(i).toObject();
        const QString text = contentText(message.value(QStringLiteral("content")));
        if (message.value(QStringLiteral("role")) == QLatin1String("assistant")) {
            prefill = text;
            continue;
        }
        QString improved;
        if (i == 0 && !system.isEmpty())
            improved += QStringLiteral("<context>\n") + system + QStringLiteral("\n</context>\n\n");
        improved += QStringLiteral("<instructions>\n") + text + QStringLiteral("\n</instructions>");
        if (i == lastUser) {
            if (!feedback.isEmpty())
                improved += QStringLiteral("\n\nPay particular attention to this: ") + feedback;
            improved += QStringLiteral(
                "\n\nBefore answering, think step by step inside <thinking> tags, then write your answer inside <answer> tags.");
        }
        messages.append(textMessage(QStringLiteral("user"), improved));
    }
    messages.append(textMessage(QStringLiteral("assistant"), prefill));
    return toolAnswer(messages, QString(), toolUsage(promptCharacters(body) + feedback.size(), messages));
}

// The deterministic templatizer: "Translate X to Y" gives WORD_TO_TRANSLATE and
// TARGET_LANGUAGE, each "double-quoted text" gives QUOTED_TEXT(_N); every
// whole-word occurrence of a found value, anywhere in the prompt, becomes its
// placeholder. Existing {{placeholders}} are left alone, so filling the
// template with variable_values gives back the original byte for byte.
class Templatizer
{
public:
    explicit Templatizer(const QStringList &texts) : m_texts(texts)
    {
        static const QRegularExpression translate(
            QStringLiteral(R"(\bTranslate\s+(.+?)\s+(?:to|into)\s+(\w+))"), QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression quoted(QStringLiteral(R"re("([^"\n{}]+)")re"));
        for (const QString &text : texts) {
            for (auto it = translate.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                addValue(QStringLiteral("WORD_TO_TRANSLATE"), match.captured(1));
                addValue(QStringLiteral("TARGET_LANGUAGE"), match.captured(2));
            }
        }
        for (const QString &text : texts) {
            for (auto it = quoted.globalMatch(text); it.hasNext();)
                addValue(QStringLiteral("QUOTED_TEXT"), it.next().captured(1));
        }
    }

    QString templatize(const QString &text) const
    {
        if (m_names.isEmpty())
            return text;
        QStringList alternatives;
        for (auto it = m_names.begin(); it != m_names.end(); ++it)
            alternatives.append(QRegularExpression::escape(it.key()));
        // Longest first, so "good morning" wins over "good".
        std::sort(
            alternatives.begin(), alternatives.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        const QRegularExpression values(
            QStringLiteral(R"(\{\{[^{}]*\}\}|(?<!\w)(%1)(?!\w))").arg(alternatives.join(QLatin1Char('|'))),
            QRegularExpression::UseUnicodePropertiesOption);
        QString result;
        qsizetype copied = 0;
        for (auto it = values.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength(1) == 0)
                continue;
            result += QStringView(text).mid(copied, match.capturedStart(1) - copied);
            result += QStringLiteral("{{") + m_names.value(match.captured(1)) + QStringLiteral("}}");
            copied = match.capturedEnd(1);
        }
        return result + QStringView(text).mid(copied);
    }

    QJsonObject variableValues() const
    {
        QJsonObject values;
        for (auto it = m_names.begin(); it != m_names.end(); ++it)
            values.insert(it.value(), it.key());
        return values;
    }

private:
    void addValue(const QString &baseName, const QString &value)
    {
        if (value.trimmed().isEmpty() || value.contains(QLatin1Char('{')) || m_names.contains(value))
            return;
        QString name = baseName;
        for (int n = 2;
             m_usedNames.contains(name) || m_texts.join(QLatin1Char('\n')).contains(QStringLiteral("{{%1}}").arg(name)); ++n)
            name = baseName + QStringLiteral("_%1").arg(n);
        m_usedNames.insert(name);
        m_names.insert(value, name);
    }

    QStringList m_texts;
    QHash<QString, QString> m_names; // value -> variable name
    QSet<QString> m_usedNames;
};

FakeResponse templatizeAnswer(const QJsonObject &body)
{
    if (Problem p = checkToolPrompt(body); !p.isEmpty())
        return invalidRequest(p);
    const QString system = body.value(QStringLiteral("system")).toString();
    const QJsonArray original = body.value(QStringLiteral("messages")).toArray();

    QStringList texts {system};
    for (const QJsonValue &message : original)
        texts.append(contentText(message.toObject().value(QStringLiteral("content"))));
    const Templatizer templatizer(texts);

    QJsonArray messages;
    for (const QJsonValue &value : original) {
        const QJsonObject message = value.toObject();
        const QJsonValue content = message.value(QStringLiteral("content"));
        QJsonArray blocks;
        const QJsonArray originalBlocks = content.isString()
            ? QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), content}}}
            : content.toArray();
        for (const QJsonValue &block : originalBlocks) {
            blocks.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("text")},
                {QStringLiteral("text"), templatizer.templatize(block.toObject().value(QStringLiteral("text")).toString())}});
        }
        messages.append(
            QJsonObject {{QStringLiteral("role"), message.value(QStringLiteral("role"))}, {QStringLiteral("content"), blocks}});
    }
    return toolAnswer(
        messages, templatizer.templatize(system), toolUsage(promptCharacters(body), messages), templatizer.variableValues());
}

// ---- OpenAI-compatible ----------------------------------------------------------

Problem checkOpenAiMessages(const QJsonObject &body)
{
    const QJsonValue value = body.value(QStringLiteral("messages"));
    if (value.isUndefined())
        return QStringLiteral("messages: field required");
    if (!value.isArray() || value.toArray().isEmpty())
        return QStringLiteral("messages: must be a non-empty array ") + found(value);
    const QJsonArray messages = value.toArray();
    static const QStringList roles {QStringLiteral("system"), QStringLiteral("developer"), QStringLiteral("user"),
        QStringLiteral("assistant"), QStringLiteral("tool")};
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QString place = QStringLiteral("messages.%1").arg(i);
        const QJsonObject message = messages.at(i).toObject();
        const QJsonValue role = message.value(QStringLiteral("role"));
        if (!roles.contains(role.toString()))
            return place + QStringLiteral(".role: must be one of %1 ").arg(roles.join(QStringLiteral(", "))) + found(role);
        const QJsonValue content = message.value(QStringLiteral("content"));
        const bool assistantWithoutContent = role == QLatin1String("assistant") && (content.isNull() || content.isUndefined());
        if (!content.isString() && !content.isArray() && !assistantWithoutContent)
            return place + QStringLiteral(".content: must be a string or an array of content parts ") + found(content);
    }
    return {};
}

// Only the nested shape {"type":"json_schema","json_schema":{"name","schema"}}:
// llama.cpp silently ignores the flat one, so a client sending it has a bug.
Problem checkResponseFormat(const QJsonObject &body)
{
    const QJsonValue value = body.value(QStringLiteral("response_format"));
    if (value.isUndefined())
        return {};
    const QJsonObject format = value.toObject();
    if (format.value(QStringLiteral("type")) != QLatin1String("json_schema"))
        return QStringLiteral("response_format.type: must be \"json_schema\" ") + found(format.value(QStringLiteral("type")));
    if (!format.value(QStringLiteral("json_schema")).isObject()) {
        return QStringLiteral("response_format.json_schema: field required (the nested "
                              "{\"type\":\"json_schema\",\"json_schema\":{\"name\":…,\"schema\":{…}}} shape)");
    }
    const QJsonObject jsonSchema = format.value(QStringLiteral("json_schema")).toObject();
    static const QRegularExpression validName(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
    if (!validName.match(jsonSchema.value(QStringLiteral("name")).toString()).hasMatch()) {
        return QStringLiteral("response_format.json_schema.name: must be 1 to 64 of [a-zA-Z0-9_-] ")
            + found(jsonSchema.value(QStringLiteral("name")));
    }
    if (!jsonSchema.value(QStringLiteral("schema")).isObject())
        return QStringLiteral("response_format.json_schema.schema: must be an object ")
            + found(jsonSchema.value(QStringLiteral("schema")));
    return {};
}

FakeResponse openAiChatAnswer(const QJsonObject &body, const DefaultApiSettings &settings)
{
    for (const Problem &problem :
        {checkRequiredString(body, QStringLiteral("model")), checkOpenAiMessages(body), checkResponseFormat(body),
            checkOptionalBool(body, QStringLiteral("stream")), checkPositiveInteger(body, QStringLiteral("max_tokens"), false),
            checkPositiveInteger(body, QStringLiteral("max_completion_tokens"), false)}) {
        if (!problem.isEmpty())
            return invalidRequest(problem);
    }
    const QJsonObject schema = body.value(QStringLiteral("response_format"))
                                   .toObject()
                                   .value(QStringLiteral("json_schema"))
                                   .toObject()
                                   .value(QStringLiteral("schema"))
                                   .toObject();
    OpenAiAnswer answer;
    QString text = scriptedText(body, settings)
                       .value_or(body.contains(QStringLiteral("response_format")) ? structuredText(schema, settings)
                                                                                  : echoOfLastUserMessage(body));
    const QJsonValue maxTokens = body.contains(QStringLiteral("max_completion_tokens"))
        ? body.value(QStringLiteral("max_completion_tokens"))
        : body.value(QStringLiteral("max_tokens"));
    if (truncateToTokens(text, maxTokens))
        answer.finishReason = QStringLiteral("length");
    answer.model = body.value(QStringLiteral("model")).toString();
    answer.promptTokens = estimateTokens(promptCharacters(body));
    if (body.value(QStringLiteral("stream")).toBool()) {
        answer.textChunks = streamPieces(text);
        answer.includeUsageChunk
            = body.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")).toBool();
        return openAiStreamResponse(answer, settings.streamDelayMs);
    }
    answer.textChunks = QStringList {text};
    return openAiChatResponse(answer);
}

FakeResponse openAiModelsAnswer()
{
    QJsonArray data;
    for (const char *id : openAiModels) {
        data.append(QJsonObject {{QStringLiteral("id"), QLatin1String(id)}, {QStringLiteral("object"), QStringLiteral("model")},
            {QStringLiteral("created"), openAiCreated}, {QStringLiteral("owned_by"), QStringLiteral("promptwerk-fake")}});
    }
    return FakeResponse::json(200, {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}});
}

// A local OpenAI-compatible server answers /v1/models too; tell the two
// dialects apart by their headers.
bool isOpenAiModelsRequest(const RecordedRequest &request, const DefaultApiSettings &settings)
{
    const QHash<QByteArray, QByteArray> &headers = request.headers;
    if (headers.contains(QByteArrayLiteral("anthropic-version")))
        return false;
    return headers.contains(QByteArrayLiteral("authorization"))
        || (!settings.openAiKeyRequired && !headers.contains(QByteArrayLiteral("x-api-key")));
}

// ---- routing -----------------------------------------------------------------

enum class Endpoint { Messages, CountTokens, Models, Generate, Improve, Templatize, OpenAiChat, OpenAiModels };

struct Route
{
    const char *method;
    const char *path;
    Endpoint endpoint;
};

constexpr Route routes[] = {
    {"POST", "/v1/messages", Endpoint::Messages},
    {"POST", "/v1/messages/count_tokens", Endpoint::CountTokens},
    {"GET", "/v1/models", Endpoint::Models},
    {"POST", "/v1/experimental/generate_prompt", Endpoint::Generate},
    {"POST", "/v1/experimental/improve_prompt", Endpoint::Improve},
    {"POST", "/v1/experimental/templatize_prompt", Endpoint::Templatize},
    {"POST", "/v1/chat/completions", Endpoint::OpenAiChat},
};

} // namespace

FakeResponse defaultApiResponse(const RecordedRequest &request, const DefaultApiSettings &settings)
{
    const Route *route = nullptr;
    for (const Route &candidate : routes) {
        if (request.path == candidate.path)
            route = &candidate;
    }
    if (!route) {
        return FakeResponse::apiError(404, QStringLiteral("not_found_error"),
            QStringLiteral("no such endpoint: %1 %2")
                .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path.left(200))));
    }
    if (request.method != route->method) {
        return FakeResponse::apiError(405, QStringLiteral("invalid_request_error"),
            QStringLiteral("%1 is not allowed on %2; use %3")
                .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path), QLatin1String(route->method)));
    }

    Endpoint endpoint = route->endpoint;
    if (endpoint == Endpoint::Models && isOpenAiModelsRequest(request, settings))
        endpoint = Endpoint::OpenAiModels;

    const bool openAi = endpoint == Endpoint::OpenAiChat || endpoint == Endpoint::OpenAiModels;
    if (auto problem = openAi ? openAiAuthProblem(request, settings) : anthropicHeaderProblem(request, settings))
        return *problem;
    const bool promptTool = endpoint == Endpoint::Generate || endpoint == Endpoint::Improve || endpoint == Endpoint::Templatize;
    if (promptTool) {
        if (auto problem = promptToolsBetaProblem(request))
            return *problem;
    }
    if (endpoint == Endpoint::Models)
        return modelsAnswer(request.query);
    if (endpoint == Endpoint::OpenAiModels)
        return openAiModelsAnswer();

    QJsonObject body;
    if (auto problem = parseJsonBody(request, &body))
        return *problem;
    switch (endpoint) {
    case Endpoint::Messages:
        return messagesAnswer(body, settings);
    case Endpoint::CountTokens:
        return countTokensAnswer(body);
    case Endpoint::Generate:
        return generateAnswer(body);
    case Endpoint::Improve:
        return improveAnswer(body);
    case Endpoint::Templatize:
        return templatizeAnswer(body);
    case Endpoint::OpenAiChat:
        return openAiChatAnswer(body, settings);
    case Endpoint::Models:
    case Endpoint::OpenAiModels:
        break;
    }
    return FakeResponse::apiError(500, QStringLiteral("api_error"), QStringLiteral("unhandled endpoint"));
}

std::optional<FakeResponse> headerProblem(const RecordedRequest &request, const DefaultApiSettings &settings, bool openAi)
{
    return openAi ? openAiAuthProblem(request, settings) : anthropicHeaderProblem(request, settings);
}

} // namespace pw::test
