#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pw {

// RFC 4180 CSV, read and written in one place for case files and result files.
//
// Reading: UTF-8 (a byte order mark is dropped), fields separated by commas,
// records by CRLF or LF; a field in double quotes may hold commas, line
// breaks and doubled quotes (""). Blank lines are skipped. Strict, so that a
// damaged file is noticed: a quote inside an unquoted field, text after a
// closing quote, an unclosed quote and records of the wrong length are errors
// naming their line and column.
//
// We read with our own parser rather than Debian's libcsv: libcsv reports
// neither the line nor the column of an error and works on bytes, and the
// whole grammar is a few dozen lines.

struct CsvField
{
    QString text;
    int line = 1; // 1-based, where the field starts
    int column = 1; // 1-based, in characters
};

struct CsvTable
{
    QList<QList<CsvField>> records; // the header first; every record as long as the header
    QString error; // "LINE:COLUMN: problem"; empty on success
    bool ok() const { return error.isEmpty(); }
};

CsvTable parseCsv(const QByteArray &data);

// A text file's content for the case readers: UTF-8 without its byte order
// mark. false with *error "LINE:COLUMN: the file is not UTF-8 text" otherwise.
bool decodeTextFile(const QByteArray &data, QString *text, QString *error);

// One field as RFC 4180 writes it: quoted when it holds a comma, a quote, a
// line break, surrounding spaces or a leading U+FEFF.
QString csvField(const QString &text);
// A record of fields joined by commas, ended by CRLF.
QString csvRecord(const QStringList &fields);

} // namespace pw
