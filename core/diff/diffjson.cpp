#include "diffjson.h"

namespace pw {

namespace {

// Collects the output in a buffer of bounded size and hands it to the sink
// piece by piece, so a megabyte diff never sits in memory a second time.
class JsonOut
{
public:
    explicit JsonOut(const JsonSink &sink) : m_sink(sink) { buffer.reserve(flushSize + 6 * chunkUnits + 1024); }
    ~JsonOut() { flush(); }

    void flushIfFull()
    {
        if (buffer.size() >= flushSize)
            flush();
    }
    void flush()
    {
        if (!buffer.isEmpty())
            m_sink(QByteArrayView(buffer));
        buffer.resize(0);
    }
    // A JSON string of any length, escaped in chunks.
    void string(QStringView text)
    {
        buffer += '"';
        while (text.size() > chunkUnits) {
            qsizetype cut = chunkUnits;
            if (text[cut - 1].isHighSurrogate())
                --cut; // never split a surrogate pair
            appendJsonEscaped(buffer, text.first(cut));
            text = text.sliced(cut);
            flushIfFull();
        }
        appendJsonEscaped(buffer, text);
        buffer += '"';
    }

    QByteArray buffer;

private:
    static constexpr qsizetype flushSize = 256 * 1024;
    static constexpr qsizetype chunkUnits = 32 * 1024;
    const JsonSink &m_sink;
};

} // namespace

namespace {

void appendNumber(QByteArray &out, qsizetype value)
{
    out += QByteArray::number(value);
}

void appendIndexOrNull(QByteArray &out, int index)
{
    if (index < 0)
        out += "null";
    else
        appendNumber(out, index);
}

void appendStringList(QByteArray &out, const QStringList &list)
{
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, list[i]);
    }
    out += ']';
}

const char *statusName(SectionDiff::Status status)
{
    switch (status) {
    case SectionDiff::Status::Unchanged:
        return "unchanged";
    case SectionDiff::Status::Changed:
        return "changed";
    case SectionDiff::Status::Added:
        return "added";
    case SectionDiff::Status::Removed:
        return "removed";
    }
    return "changed";
}

void appendOps(JsonOut &out, const TextDiff &diff, const QList<DiffOp> &ops)
{
    out.buffer += '[';
    bool first = true;
    for (const DiffOp &op : ops) {
        if (!first)
            out.buffer += ',';
        first = false;
        switch (op.kind) {
        case DiffOpKind::Equal:
            out.buffer += "{\"op\":\"equal\",\"text\":";
            out.string(diff.leftText(op));
            if (diff.leftText(op) != diff.rightText(op)) {
                out.buffer += ",\"rightText\":";
                out.string(diff.rightText(op));
            }
            break;
        case DiffOpKind::Delete:
            out.buffer += "{\"op\":\"delete\",\"text\":";
            out.string(diff.leftText(op));
            break;
        case DiffOpKind::Insert:
            out.buffer += "{\"op\":\"insert\",\"text\":";
            out.string(diff.rightText(op));
            break;
        }
        out.buffer += '}';
        out.flushIfFull();
    }
    out.buffer += ']';
}

void appendSummary(QByteArray &out, const DiffSummary &summary)
{
    out += "{\"changes\":";
    appendNumber(out, summary.changes);
    out += ",\"wordsAdded\":";
    appendNumber(out, summary.wordsAdded);
    out += ",\"wordsRemoved\":";
    appendNumber(out, summary.wordsRemoved);
    out += ",\"messagesAdded\":";
    appendNumber(out, summary.messagesAdded);
    out += ",\"messagesRemoved\":";
    appendNumber(out, summary.messagesRemoved);
    out += ",\"messagesMoved\":";
    appendNumber(out, summary.messagesMoved);
    out += ",\"variablesAdded\":";
    appendStringList(out, summary.variablesAdded);
    out += ",\"variablesRemoved\":";
    appendStringList(out, summary.variablesRemoved);
    out += ",\"variablesRenamed\":[";
    for (qsizetype i = 0; i < summary.variablesRenamed.size(); ++i) {
        if (i > 0)
            out += ',';
        out += "{\"from\":";
        appendJsonString(out, summary.variablesRenamed[i].from);
        out += ",\"to\":";
        appendJsonString(out, summary.variablesRenamed[i].to);
        out += '}';
    }
    out += "],\"estimatedTokens\":{\"left\":";
    appendNumber(out, summary.leftTokens);
    out += ",\"right\":";
    appendNumber(out, summary.rightTokens);
    out += ",\"delta\":";
    appendNumber(out, summary.tokenDelta());
    out += "}}";
}

} // namespace

void writePromptDiffJson(const PromptDiff &diff, const JsonSink &sink, bool refined)
{
    JsonOut json(sink);
    QByteArray &out = json.buffer;
    out += "{\"sections\":[";
    bool first = true;
    for (const SectionDiff &section : diff.sections) {
        if (!first)
            out += ',';
        first = false;
        out += "{\"name\":";
        appendJsonString(out, section.name());
        out += ",\"status\":\"";
        out += statusName(section.status);
        out += "\",\"left\":";
        appendIndexOrNull(out, section.leftIndex);
        out += ",\"right\":";
        appendIndexOrNull(out, section.rightIndex);
        if (section.leftRole) {
            out += ",\"leftRole\":";
            appendJsonString(out, roleName(*section.leftRole));
        }
        if (section.rightRole) {
            out += ",\"rightRole\":";
            appendJsonString(out, roleName(*section.rightRole));
        }
        if (section.movedTo >= 0) {
            out += ",\"movedTo\":";
            appendNumber(out, section.movedTo);
        }
        if (section.movedFrom >= 0) {
            out += ",\"movedFrom\":";
            appendNumber(out, section.movedFrom);
        }
        out += ",\"ops\":";
        appendOps(json, section.diff, refined ? section.diff.refinedOps : section.diff.ops);
        out += '}';
    }
    out += "],\"summary\":";
    appendSummary(out, diff.summary);
    out += "}\n";
}

QByteArray promptDiffToJson(const PromptDiff &diff, bool refined)
{
    QByteArray all;
    writePromptDiffJson(
        diff, [&all](QByteArrayView piece) { all += piece; }, refined);
    return all;
}

} // namespace pw
