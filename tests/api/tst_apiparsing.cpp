#include "api/anthropicmessage.h"
#include "api/chatcompletion.h"
#include "api/modelinfo.h"
#include "api/prompttoolstypes.h"
#include "api/sseparser.h"
#include "streamtestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pw;

Q_DECLARE_METATYPE(pw::Usage)

namespace {

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

SseEvent sseEvent(const QByteArray &type, const QByteArray &data)
{
    SseEvent e;
    e.type = type;
    e.data = data;
    return e;
}

struct StreamRun
{
    MessageStreamAccumulator accumulator;
    QString text;
    QString thinking;
    std::optional<ApiError> error;
};

// Feeds raw SSE through the parser into the accumulator, stopping at the first error.
void runStream(const QByteArray &stream, StreamRun *run)
{
    SseParser parser;
    for (const SseEvent &e : parser.feed(stream)) {
        MessageStreamDelta delta;
        run->error = run->accumulator.addEvent(e, &delta);
        run->text += delta.text;
        run->thinking += delta.thinking;
        if (run->error)
            return;
    }
    run->error = run->accumulator.finish();
}

QByteArray sse(const QByteArray &type, const QByteArray &data)
{
    return "event: " + type + "\ndata: " + data + "\n\n";
}

const QByteArray messageStart = sse("message_start",
    R"({"type":"message_start","message":{"id":"msg_9","type":"message","role":"assistant","content":[],"model":"claude-test","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":40,"output_tokens":1,"cache_read_input_tokens":8}}})");
const QByteArray messageStop = sse("message_stop", R"({"type":"message_stop"})");

QByteArray blockStart(int index, const QByteArray &block)
{
    return sse("content_block_start",
        R"({"type":"content_block_start","index":)" + QByteArray::number(index) + R"(,"content_block":)" + block + "}");
}

QByteArray blockDelta(int index, const QByteArray &delta)
{
    return sse("content_block_delta",
        R"({"type":"content_block_delta","index":)" + QByteArray::number(index) + R"(,"delta":)" + delta + "}");
}

QByteArray blockStop(int index)
{
    return sse("content_block_stop", R"({"type":"content_block_stop","index":)" + QByteArray::number(index) + "}");
}

QByteArray textDelta(int index, const QByteArray &text)
{
    return blockDelta(index, R"({"type":"text_delta","text":")" + text + R"("})");
}

QByteArray inputJsonDelta(int index, const QString &partialJson)
{
    const QJsonObject delta {
        {QStringLiteral("type"), QStringLiteral("input_json_delta")}, {QStringLiteral("partial_json"), partialJson}};
    return blockDelta(index, QJsonDocument(delta).toJson(QJsonDocument::Compact));
}

QByteArray messageDelta(const QByteArray &stopReason, const QByteArray &usage)
{
    return sse("message_delta",
        R"({"type":"message_delta","delta":{"stop_reason":")" + stopReason + R"(","stop_sequence":null},"usage":)" + usage + "}");
}

} // namespace

class TestApiParsing : public QObject
{
    Q_OBJECT

private slots:
    // Anthropic's documented Messages answer, typed again as test data.
    void documentedMessage()
    {
        const QJsonObject body = parseObject(R"({
          "id": "msg_01XFDUDYJgAACzvnptvVoYEL", "type": "message", "role": "assistant",
          "content": [{"type": "text", "text": "Hello!"}],
          "model": "claude-opus-5", "stop_reason": "end_turn", "stop_sequence": null,
          "usage": {"input_tokens": 12, "output_tokens": 6}
        })");
        QString error;
        const std::optional<AnthropicMessage> message = AnthropicMessage::fromJson(body, &error);
        QVERIFY2(message, qPrintable(error));
        QCOMPARE(message->id, QStringLiteral("msg_01XFDUDYJgAACzvnptvVoYEL"));
        QCOMPARE(message->model, QStringLiteral("claude-opus-5"));
        QCOMPARE(message->text(), QStringLiteral("Hello!"));
        QCOMPARE(message->stopReason, QStringLiteral("end_turn"));
        QVERIFY(message->stopSequence.isEmpty());
        QCOMPARE(message->usage, (Usage {12, 6, 0, 0}));
        QVERIFY(!message->isRefusal());
        QVERIFY(!message->isTruncated());

        // toJson gives back what was read.
        const std::optional<AnthropicMessage> again = AnthropicMessage::fromJson(message->toJson(), &error);
        QVERIFY(again);
        QCOMPARE(again->toJson(), message->toJson());
    }

    void messageWithEveryBlockType()
    {
        const QJsonObject body = parseObject(R"({
          "id": "msg_2", "type": "message", "role": "assistant", "model": "m",
          "content": [
            {"type": "thinking", "thinking": "Let me see", "signature": "sig=="},
            {"type": "text", "text": "A"},
            {"type": "tool_use", "id": "toolu_1", "name": "emit_prompt", "input": {"system": "", "n": 2}},
            {"type": "server_widget", "payload": [1, 2]},
            {"type": "text", "text": "B"}
          ],
          "stop_reason": "refusal", "stop_sequence": null, "usage": {"input_tokens": 1, "output_tokens": 2}
        })");
        const std::optional<AnthropicMessage> message = AnthropicMessage::fromJson(body);
        QVERIFY(message);
        QCOMPARE(message->content.size(), 5);
        QCOMPARE(message->text(), QStringLiteral("AB"));
        QCOMPARE(message->content[0].thinking, QStringLiteral("Let me see"));
        QCOMPARE(message->content[0].signature, QStringLiteral("sig=="));
        QVERIFY(message->firstToolUse());
        QCOMPARE(message->firstToolUse()->name, QStringLiteral("emit_prompt"));
        QCOMPARE(message->firstToolUse()->input.value(QLatin1String("n")).toInt(), 2);
        QCOMPARE(message->content[3].type, QStringLiteral("server_widget"));
        QCOMPARE(message->content[3].toJson().value(QLatin1String("payload")).toArray().size(), 2);
        QVERIFY(message->isRefusal());
    }

    void malformedMessages_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("no content") << QByteArray(R"({"type":"message"})") << "content: missing";
        QTest::newRow("content object") << QByteArray(R"({"content":{}})") << "content: must be an array (found object)";
        QTest::newRow("block not object") << QByteArray(R"({"content":["hi"]})")
                                          << "content[0]: must be an object (found string)";
        QTest::newRow("block without type") << QByteArray(R"({"content":[{"text":"x"}]})")
                                            << "content[0].type: must be a string (found nothing)";
        QTest::newRow("text number") << QByteArray(R"({"content":[{"type":"text","text":"ok"},{"type":"text","text":5}]})")
                                     << "content[1].text: must be a string (found number)";
        QTest::newRow("tool input array") << QByteArray(R"({"content":[{"type":"tool_use","id":"t","name":"n","input":[]}]})")
                                          << "content[0].input: must be an object (found array)";
        QTest::newRow("wrong type") << QByteArray(R"({"type":"error","content":[]})")
                                    << "type: expected \"message\" (found error)";
        QTest::newRow("usage negative") << QByteArray(R"({"content":[],"usage":{"input_tokens":-1}})")
                                        << "usage.input_tokens: must be a non-negative number (found number)";
        QTest::newRow("stop reason number") << QByteArray(R"({"content":[],"stop_reason":3})")
                                            << "message.stop_reason: must be a string (found number)";
    }

    void malformedMessages()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString found;
        QVERIFY(!AnthropicMessage::fromJson(parseObject(json), &found));
        QCOMPARE(found, error);
    }

    void documentedStreamAssembles()
    {
        StreamRun run;
        runStream(test::documentedStream, &run);
        QVERIFY2(!run.error, qPrintable(run.error ? run.error->toString() : QString()));
        QVERIFY(run.accumulator.isComplete());
        const AnthropicMessage &message = run.accumulator.message();
        QCOMPARE(run.text, QStringLiteral("Hello!"));
        QCOMPARE(message.text(), QStringLiteral("Hello!"));
        QCOMPARE(message.id, QStringLiteral("msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY"));
        QCOMPARE(message.model, QStringLiteral("claude-opus-5"));
        QCOMPARE(message.stopReason, QStringLiteral("end_turn"));
        QCOMPARE(message.usage.inputTokens, 25);
        QCOMPARE(message.usage.outputTokens, 15);
    }

    void toolUseInputIsJoinedAndParsed()
    {
        const QByteArray stream = messageStart + blockStart(0, R"({"type":"text","text":"Sure: "})") + textDelta(0, "here")
            + blockStop(0) + blockStart(1, R"({"type":"tool_use","id":"toolu_7","name":"emit","input":{}})")
            + inputJsonDelta(1, QString()) + inputJsonDelta(1, QStringLiteral(R"({"messages": [{"ro)"))
            + sse("ping", R"({"type":"ping"})") + inputJsonDelta(1, QString::fromUtf8(R"(le": "user"}], "note": "ü"})"))
            + blockStop(1) + messageDelta("tool_use", R"({"output_tokens":30})") + messageStop;
        StreamRun run;
        runStream(stream, &run);
        QVERIFY2(!run.error, qPrintable(run.error ? run.error->toString() : QString()));
        const AnthropicMessage &message = run.accumulator.message();
        QCOMPARE(message.content.size(), 2);
        QCOMPARE(message.text(), QStringLiteral("Sure: here"));
        QCOMPARE(run.text, QStringLiteral("here"));
        const AnthropicContentBlock *tool = message.firstToolUse();
        QVERIFY(tool);
        QCOMPARE(tool->id, QStringLiteral("toolu_7"));
        QCOMPARE(
            tool->input.value(QLatin1String("messages")).toArray().first().toObject().value(QLatin1String("role")).toString(),
            QStringLiteral("user"));
        QCOMPARE(tool->input.value(QLatin1String("note")).toString(), QString::fromUtf8("ü"));
        QCOMPARE(message.stopReason, QStringLiteral("tool_use"));
        QCOMPARE(tool->toJson().value(QLatin1String("input")).toObject(), tool->input);
    }

    void brokenToolInputIsAnError()
    {
        const QByteArray stream = messageStart + blockStart(0, R"({"type":"tool_use","id":"t","name":"emit","input":{}})")
            + inputJsonDelta(0, QStringLiteral(R"({"a": )")) + blockStop(0) + messageStop;
        StreamRun run;
        runStream(stream, &run);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, ApiErrorKind::InvalidResponse);
        QVERIFY2(run.error->message.contains(QStringLiteral("tool_use block \"emit\"")), qPrintable(run.error->message));
    }

    void thinkingAndSignature()
    {
        const QByteArray stream = messageStart + blockStart(0, R"({"type":"thinking","thinking":""})")
            + blockDelta(0, R"({"type":"thinking_delta","thinking":"First, "})")
            + blockDelta(0, R"({"type":"thinking_delta","thinking":"the task."})")
            + blockDelta(0, R"({"type":"signature_delta","signature":"EqQBCgIYAh"})") + blockStop(0)
            + blockStart(1, R"({"type":"text","text":""})") + textDelta(1, "Done") + blockStop(1)
            + messageDelta("end_turn", R"({"output_tokens":9})") + messageStop;
        StreamRun run;
        runStream(stream, &run);
        QVERIFY(!run.error);
        const AnthropicMessage &message = run.accumulator.message();
        QCOMPARE(run.thinking, QStringLiteral("First, the task."));
        QCOMPARE(message.content[0].thinking, QStringLiteral("First, the task."));
        QCOMPARE(message.content[0].signature, QStringLiteral("EqQBCgIYAh"));
        QCOMPARE(run.text, QStringLiteral("Done"));
        QCOMPARE(message.text(), QStringLiteral("Done"));
    }

    void blocksWithoutDeltasAndUnknownThingsAreFine()
    {
        const QByteArray stream = sse("ping", R"({"type":"ping"})") + messageStart + sse("ping", R"({"type":"ping"})")
            + blockStart(0, R"({"type":"text","text":"whole text at start"})") + blockStop(0)
            + blockStart(1, R"({"type":"tool_use","id":"t","name":"noop","input":{"preset":true}})") + blockStop(1)
            + blockStart(2, R"({"type":"hologram","frames":3})") + blockDelta(2, R"({"type":"frame_delta","frame":1})")
            + blockStop(2) + sse("future_event", R"({"type":"future_event","x":1})")
            + blockDelta(0, R"({"type":"citations_delta","citation":{}})") + messageDelta("end_turn", R"({"output_tokens":3})")
            + sse("ping", R"({"type":"ping"})") + messageStop + sse("ping", R"({"type":"ping"})");
        StreamRun run;
        runStream(stream, &run);
        QVERIFY2(!run.error, qPrintable(run.error ? run.error->toString() : QString()));
        const AnthropicMessage &message = run.accumulator.message();
        QCOMPARE(message.content.size(), 3);
        QCOMPARE(message.text(), QStringLiteral("whole text at start"));
        QCOMPARE(message.content[1].input.value(QLatin1String("preset")).toBool(), true);
        QCOMPARE(message.content[2].type, QStringLiteral("hologram"));
        QCOMPARE(message.content[2].toJson().value(QLatin1String("frames")).toInt(), 3);
    }

    void usageIsCumulative()
    {
        const QByteArray stream = messageStart + blockStart(0, R"({"type":"text","text":""})") + textDelta(0, "a") + blockStop(0)
            + messageDelta("max_tokens", R"({"output_tokens":10})")
            + messageDelta("max_tokens", R"({"output_tokens":15,"input_tokens":41,"cache_creation_input_tokens":null})")
            + messageStop;
        StreamRun run;
        runStream(stream, &run);
        QVERIFY(!run.error);
        const AnthropicMessage &message = run.accumulator.message();
        QCOMPARE(message.usage, (Usage {41, 15, 0, 8}));
        QVERIFY(message.isTruncated());
    }

    void errorEventAfterTheStart()
    {
        const QByteArray stream = messageStart + blockStart(0, R"({"type":"text","text":""})") + textDelta(0, "Hal")
            + sse("error", R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_s1"})")
            + textDelta(0, "lo") + messageStop;
        StreamRun run;
        runStream(stream, &run);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, ApiErrorKind::Stream);
        QCOMPARE(run.error->type, QStringLiteral("overloaded_error"));
        QCOMPARE(run.error->category(), ApiErrorCategory::Overloaded);
        QCOMPARE(run.error->toString(), QStringLiteral("stream error overloaded_error: Overloaded (request req_s1)"));
        QCOMPARE(run.text, QStringLiteral("Hal"));
    }

    void errorEventWithoutMessage()
    {
        MessageStreamAccumulator accumulator;
        const std::optional<ApiError> error = accumulator.addEvent(sseEvent("error", R"({"type":"error"})"));
        QVERIFY(error);
        QCOMPARE(error->kind, ApiErrorKind::Stream);
        QVERIFY(error->message.contains(QStringLiteral("error event")));
    }

    void truncatedStreams_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QByteArray() << "the stream ended before message_start (0 events)";
        QTest::newRow("only pings") << sse("ping", "{}") << "the stream ended before message_start (1 events)";
        QTest::newRow("no message_stop") << messageStart + blockStart(0, R"({"type":"text","text":""})") + textDelta(0, "Hello")
                                         << "the stream was cut off before message_stop, after 3 events and 5 characters of text";
        QTest::newRow("after message_delta")
            << messageStart + messageDelta("end_turn", "{}")
            << "the stream was cut off before message_stop, after 2 events and 0 characters of text";
    }

    void truncatedStreams()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QString, message);
        StreamRun run;
        runStream(stream, &run);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, ApiErrorKind::Stream);
        QCOMPARE(run.error->message, message);
        QVERIFY(!run.accumulator.isComplete());
    }

    void malformedEvents_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << messageStart + sse("content_block_start", "{\"type\": oops}")
                                  << "stream event 2 (content_block_start): data is not JSON (illegal number at offset 9)";
        QTest::newRow("json array") << sse("message_start", "[]") << "stream event 1 (message_start): data is not a JSON object";
        QTest::newRow("delta for unknown block")
            << messageStart + textDelta(4, "x") << "stream event 2 (content_block_delta): index 4 names no block started before";
        QTest::newRow("stop without index") << messageStart + sse("content_block_stop", "{}")
                                            << "stream event 2 (content_block_stop): index: must be a number (found nothing)";
        QTest::newRow("bad block") << messageStart + blockStart(0, R"({"type":"text","text":7})")
                                   << "stream event 2 (content_block_start): content_block.text: must be a string (found number)";
        QTest::newRow("bad message") << sse("message_start", R"({"message":{"content":"x"}})")
                                     << "stream event 1 (message_start): message.content: must be an array (found string)";
    }

    void malformedEvents()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QString, message);
        StreamRun run;
        runStream(stream, &run);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, ApiErrorKind::InvalidResponse);
        QCOMPARE(run.error->message, message);
    }

    // A stream without "event:" lines is read by the data's own type field.
    void eventNameFromData()
    {
        QByteArray stream = test::documentedStream;
        stream.replace(QByteArrayLiteral("event: "), QByteArrayLiteral(": was event "));
        StreamRun run;
        runStream(stream, &run);
        QVERIFY(!run.error);
        QCOMPARE(run.accumulator.message().text(), QStringLiteral("Hello!"));
    }

    void openAiCompletion()
    {
        const QJsonObject body = parseObject(R"({"id":"chatcmpl-1","object":"chat.completion","model":"llama3",
            "choices":[{"index":0,"message":{"role":"assistant","content":"Cut sh"},"finish_reason":"length"}],
            "usage":{"prompt_tokens":11,"completion_tokens":7,"total_tokens":18}})");
        QString error;
        const std::optional<ChatCompletion> completion = ChatCompletion::fromJson(body, &error);
        QVERIFY2(completion, qPrintable(error));
        QCOMPARE(completion->content, QStringLiteral("Cut sh"));
        QCOMPARE(completion->finishReason, QStringLiteral("length"));
        QVERIFY(completion->isTruncated());
        QVERIFY(completion->hasUsage);
        QCOMPARE(completion->usage, (Usage {11, 7, 0, 0}));
        QCOMPARE(completion->model, QStringLiteral("llama3"));
    }

    void malformedOpenAiCompletions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("no choices") << QByteArray(R"({"id":"x"})") << "choices: must be a non-empty array of objects";
        QTest::newRow("empty choices") << QByteArray(R"({"choices":[]})") << "choices: must be a non-empty array of objects";
        QTest::newRow("no message") << QByteArray(R"({"choices":[{"text":"legacy"}]})")
                                    << "choices[0].message: must be an object (found nothing)";
        QTest::newRow("content number") << QByteArray(R"({"choices":[{"message":{"content":4}}]})")
                                        << "choices[0].message.content: must be a string (found number)";
        QTest::newRow("usage string") << QByteArray(R"({"choices":[{"message":{"content":"x"}}],"usage":"lots"})")
                                      << "usage: must be an object (found string)";
        QTest::newRow("usage negative") << QByteArray(R"({"choices":[{"message":{"content":"x"}}],"usage":{"prompt_tokens":-2}})")
                                        << "usage.prompt_tokens: must be a non-negative number (found number)";
    }

    void malformedOpenAiCompletions()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString found;
        QVERIFY(!ChatCompletion::fromJson(parseObject(json), &found));
        QCOMPARE(found, error);
    }

    void openAiStream()
    {
        const QByteArray stream
            = R"(data: {"id":"c1","object":"chat.completion.chunk","model":"qwen","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}

data: {"id":"c1","object":"chat.completion.chunk","model":"qwen","choices":[{"index":0,"delta":{"content":"Hel"},"finish_reason":null}]}

: a comment some servers send
data: {"id":"c1","object":"chat.completion.chunk","model":"qwen","choices":[{"index":0,"delta":{"content":null},"finish_reason":null}]}

data: {"id":"c1","object":"chat.completion.chunk","model":"qwen","choices":[{"index":0,"delta":{"content":"lo"},"finish_reason":null}]}

data: {"id":"c1","object":"chat.completion.chunk","model":"qwen","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}

data: {"id":"c1","object":"chat.completion.chunk","model":"qwen","choices":[],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}}

data: [DONE]

)";
        for (qsizetype cut = 0; cut <= stream.size(); cut += 7) {
            SseParser parser;
            ChatStreamAccumulator accumulator;
            QString text;
            QList<SseEvent> events = parser.feed(QByteArrayView(stream).first(cut));
            events += parser.feed(QByteArrayView(stream).sliced(cut));
            for (const SseEvent &e : events)
                QVERIFY(!accumulator.addEvent(e, &text));
            QVERIFY(!accumulator.finish());
            QCOMPARE(text, QStringLiteral("Hello"));
            const ChatCompletion &completion = accumulator.completion();
            QCOMPARE(completion.content, QStringLiteral("Hello"));
            QCOMPARE(completion.finishReason, QStringLiteral("stop"));
            QCOMPARE(completion.id, QStringLiteral("c1"));
            QCOMPARE(completion.model, QStringLiteral("qwen"));
            QVERIFY(completion.hasUsage);
            QCOMPARE(completion.usage, (Usage {5, 2, 0, 0}));
        }
    }

    void openAiStreamProblems()
    {
        {
            ChatStreamAccumulator accumulator;
            QVERIFY(!accumulator.addEvent(sseEvent("message", R"({"choices":[{"delta":{"content":"partial"}}]})")));
            const std::optional<ApiError> error = accumulator.finish();
            QVERIFY(error);
            QCOMPARE(error->kind, ApiErrorKind::Stream);
            QCOMPARE(
                error->message, QStringLiteral("the stream was cut off before [DONE], after 1 chunks and 7 characters of text"));
        }
        {
            ChatStreamAccumulator accumulator;
            const std::optional<ApiError> error
                = accumulator.addEvent(sseEvent("message", R"({"error":{"message":"model overloaded","type":"server_error"}})"));
            QVERIFY(error);
            QCOMPARE(error->kind, ApiErrorKind::Stream);
            QCOMPARE(error->toString(), QStringLiteral("stream error server_error: model overloaded"));
        }
        {
            ChatStreamAccumulator accumulator;
            const std::optional<ApiError> error = accumulator.addEvent(sseEvent("message", R"({"error":"out of memory"})"));
            QVERIFY(error);
            QCOMPARE(error->message, QStringLiteral("out of memory"));
        }
        {
            ChatStreamAccumulator accumulator;
            const std::optional<ApiError> error = accumulator.addEvent(sseEvent("message", "{broken"));
            QVERIFY(error);
            QCOMPARE(error->kind, ApiErrorKind::InvalidResponse);
            QVERIFY(error->message.startsWith(QStringLiteral("stream chunk 1: data is not JSON")));
        }
        {
            // A server that ends with a finish_reason but no [DONE] still delivered everything.
            ChatStreamAccumulator accumulator;
            QVERIFY(
                !accumulator.addEvent(sseEvent("message", R"({"choices":[{"delta":{"content":"x"},"finish_reason":"stop"}]})")));
            QVERIFY(!accumulator.finish());
        }
    }

    void usageObjectOrArray_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<Usage>("usage");
        QTest::newRow("object") << QByteArray(R"({"usage":{"input_tokens":490,"output_tokens":661}})") << Usage {490, 661, 0, 0};
        QTest::newRow("array of one") << QByteArray(R"({"usage":[{"input_tokens":490,"output_tokens":661}]})")
                                      << Usage {490, 661, 0, 0};
        QTest::newRow("array summed") << QByteArray(
            R"({"usage":[{"input_tokens":1,"output_tokens":2},{"input_tokens":10,"output_tokens":20,"cache_read_input_tokens":4}]})")
                                      << Usage {11, 22, 0, 4};
        QTest::newRow("empty array") << QByteArray(R"({"usage":[]})") << Usage {};
    }

    void usageObjectOrArray()
    {
        QFETCH(QByteArray, json);
        QFETCH(Usage, usage);
        const std::optional<Usage> parsed = Usage::fromJson(parseObject(json).value(QLatin1String("usage")));
        QVERIFY(parsed);
        QCOMPARE(*parsed, usage);
    }

    void badUsage()
    {
        QString error;
        QVERIFY(!Usage::fromJson(parseObject(R"({"u":[{"input_tokens":1},"x"]})").value(QLatin1String("u")), &error));
        QCOMPARE(error, QStringLiteral("usage[1]: must be an object (found string)"));
    }

    // The improve_prompt answer from the retired API's documentation, typed again.
    void legacyImproveResponse()
    {
        const QJsonObject body = parseObject(R"({
          "messages": [
            {"content": [{"text": "<improved prompt>", "type": "text"}], "role": "user"},
            {"content": [{"text": "<assistant prefill>", "type": "text"}], "role": "assistant"}
          ],
          "system": "",
          "usage": [{"input_tokens": 490, "output_tokens": 661}]
        })");
        QString error;
        const std::optional<ToolResult> result = toolResultFromJson(body, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->prompt.messages.size(), 2);
        QVERIFY(result->prompt.hasPrefill());
        QCOMPARE(result->usage, (Usage {490, 661, 0, 0}));
    }

    // variable_values is the only optional part of the result: absent and
    // null mean "none found" (generate, improve), an object (even empty) is
    // templatize's answer, and it is written back only when there is one.
    void variableValuesAreOptional_data()
    {
        QTest::addColumn<QByteArray>("values");
        QTest::addColumn<bool>("present");
        QTest::addColumn<int>("count");
        QTest::newRow("absent") << QByteArray() << false << 0;
        QTest::newRow("null") << QByteArray(R"(, "variable_values": null)") << false << 0;
        QTest::newRow("empty object") << QByteArray(R"(, "variable_values": {})") << true << 0;
        QTest::newRow("two values") << QByteArray(R"(, "variable_values": {"A": "x", "B": ""})") << true << 2;
    }

    void variableValuesAreOptional()
    {
        QFETCH(QByteArray, values);
        QFETCH(bool, present);
        QFETCH(int, count);
        const QJsonObject body = parseObject(
            R"({"messages": [{"role": "user", "content": [{"type": "text", "text": "Hi {{A}}"}]}], "system": "")" + values + "}");
        QString error;
        const std::optional<ToolResult> result = toolResultFromJson(body, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->variableValues.has_value(), present);
        if (present)
            QCOMPARE(result->variableValues->size(), count);
        const QJsonObject written = toolResultToJson(*result);
        QCOMPARE(written.contains(QLatin1String("variable_values")), present);
        const std::optional<ToolResult> again = toolResultFromJson(written, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->variableValues, result->variableValues);
    }

    // Anthropic's documented model list entry (trimmed), typed again.
    void documentedModelEntry()
    {
        const QJsonObject entry = parseObject(R"({"id": "claude-opus-4-6", "capabilities": {"batch": {"supported": true}},
            "created_at": "2026-02-04T00:00:00Z", "display_name": "Claude Opus 4.6",
            "max_input_tokens": 0, "max_tokens": 0, "type": "model"})");
        QString error;
        const std::optional<ModelInfo> model = ModelInfo::fromJson(entry, QStringLiteral("data[0]"), &error);
        QVERIFY2(model, qPrintable(error));
        QCOMPARE(model->id, QStringLiteral("claude-opus-4-6"));
        QCOMPARE(model->displayName, QStringLiteral("Claude Opus 4.6"));
        QCOMPARE(model->label(), QStringLiteral("Claude Opus 4.6"));
        QCOMPARE(model->createdAt, QDateTime(QDate(2026, 2, 4), QTime(0, 0), Qt::UTC));
    }

    void modelEntries_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("openai shape") << QByteArray(
            R"({"id":"llama3:8b","object":"model","created":1767225600,"owned_by":"library"})")
                                      << QString();
        QTest::newRow("fractional date") << QByteArray(R"({"id":"m","created_at":"2026-02-04T00:00:00.123Z"})") << QString();
        QTest::newRow("no id") << QByteArray(R"({"display_name":"x"})")
                               << "data[2].id: must be a non-empty string (found nothing)";
        QTest::newRow("bad date") << QByteArray(R"({"id":"m","created_at":"yesterday"})")
                                  << "data[2].created_at: \"yesterday\" is not an RFC 3339 date";
    }

    void modelEntries()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString found;
        const std::optional<ModelInfo> model = ModelInfo::fromJson(parseObject(json), QStringLiteral("data[2]"), &found);
        QCOMPARE(found, error);
        QCOMPARE(bool(model), error.isEmpty());
        if (model)
            QVERIFY(model->createdAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestApiParsing)
#include "tst_apiparsing.moc"
