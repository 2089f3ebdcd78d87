#include "csv.h"

#include "prompt/promptjson.h"

#include <QCoreApplication>

namespace pw {

namespace {

QString at(int line, int column, const QString &problem)
{
    return QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(problem);
}

// Reads one character at a time and keeps the line and column of the next one.
class CsvReader
{
public:
    explicit CsvReader(const QString &text) : m_text(text) { }

    CsvTable read()
    {
        CsvTable table;
        QList<CsvField> record;
        while (!atEnd()) {
            if (record.isEmpty() && atLineEnd()) {
                skipLineEnd(); // a blank line
                continue;
            }
            CsvField field;
            field.line = m_line;
            field.column = m_column;
            if (!readField(field, table.error))
                return table;
            record.append(field);
            if (peek() == QLatin1Char(',')) {
                advance();
                if (atEnd() || atLineEnd())
                    record.append({QString(), m_line, m_column}); // "a," ends with an empty field
                else
                    continue;
            }
            if (!atEnd())
                skipLineEnd();
            if (!appendRecord(table, record))
                return table;
            record.clear();
        }
        return table;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    bool atLineEnd() const { return peek() == QLatin1Char('\n') || peek() == QLatin1Char('\r'); }
    QChar advance()
    {
        const QChar c = m_text.at(m_pos++);
        if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && peek() != QLatin1Char('\n'))) {
            ++m_line;
            m_column = 1;
        } else if (c != QLatin1Char('\r')) {
            ++m_column;
        }
        return c;
    }
    void skipLineEnd()
    {
        if (advance() == QLatin1Char('\r') && peek() == QLatin1Char('\n'))
            advance();
    }

    bool readField(CsvField &field, QString &error)
    {
        if (peek() != QLatin1Char('"')) {
            while (!atEnd() && peek() != QLatin1Char(',') && !atLineEnd()) {
                if (peek() == QLatin1Char('"')) {
                    error = at(m_line, m_column,
                        QCoreApplication::translate("pw::Csv",
                            "a quote inside a field that does not start with one (quote the whole field and double the quote)"));
                    return false;
                }
                field.text += advance();
            }
            return true;
        }
        advance();
        while (true) {
            if (atEnd()) {
                error = at(field.line, field.column, QCoreApplication::translate("pw::Csv", "the quoted field is never closed"));
                return false;
            }
            const QChar c = advance();
            if (c != QLatin1Char('"')) {
                field.text += c;
                continue;
            }
            if (peek() == QLatin1Char('"')) {
                field.text += advance();
                continue;
            }
            if (!atEnd() && peek() != QLatin1Char(',') && !atLineEnd()) {
                error = at(m_line, m_column,
                    QCoreApplication::translate("pw::Csv", "text after the closing quote of a field (found \"%1\")").arg(peek()));
                return false;
            }
            return true;
        }
    }

    static bool appendRecord(CsvTable &table, const QList<CsvField> &record)
    {
        if (!table.records.isEmpty() && record.size() != table.records.first().size()) {
            table.error = at(record.first().line, 1,
                QCoreApplication::translate("pw::Csv", "%1 fields where the header has %2")
                    .arg(record.size())
                    .arg(table.records.first().size()));
            return false;
        }
        table.records.append(record);
        return true;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace

CsvTable parseCsv(const QByteArray &data)
{
    QString text;
    CsvTable table;
    if (!decodeTextFile(data, &text, &table.error))
        return table;
    return CsvReader(text).read();
}

bool decodeTextFile(const QByteArray &data, QString *text, QString *error)
{
    const QByteArray bytes = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
    qsizetype badOffset = 0;
    if (decodeUtf8(bytes, text, &badOffset))
        return true;
    const TextPosition where = positionOfOffset(bytes, badOffset);
    *error = at(where.line, where.column, QCoreApplication::translate("pw::Csv", "the file is not UTF-8 text"));
    return false;
}

QString csvField(const QString &text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))
        || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
        // A leading U+FEFF at the start of a file would be read as a byte order mark and dropped.
        || text.startsWith(QChar(0xFEFF));
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvRecord(const QStringList &fields)
{
    // A lone empty field would be a blank line, which readers skip.
    if (fields.size() == 1 && fields.first().isEmpty())
        return QStringLiteral("\"\"\r\n");
    QString record;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            record += QLatin1Char(',');
        record += csvField(fields[i]);
    }
    return record + QStringLiteral("\r\n");
}

} // namespace pw
