// Test cases from CSV: any input is read or refused with a message naming a
// place; cases read are numbered in order, survive a JSON Lines round trip,
// and when they can be written back as CSV they read back the same.

#include "casefuzz.h"
#include "eval/csv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const pw::CsvTable table = pw::parseCsv(bytes);
    if (table.ok()) {
        for (const QList<pw::CsvField> &record : table.records)
            FUZZ_CHECK(record.size() == table.records.first().size());
        // What the writer makes of the records reads back the same.
        QString written;
        for (const QList<pw::CsvField> &record : table.records) {
            QStringList fields;
            for (const pw::CsvField &field : record)
                fields.append(field.text);
            written += pw::csvRecord(fields);
        }
        const pw::CsvTable again = pw::parseCsv(written.toUtf8());
        FUZZ_CHECK(again.ok() && again.records.size() == table.records.size());
        for (qsizetype r = 0; r < table.records.size(); ++r) {
            for (qsizetype c = 0; c < table.records[r].size(); ++c)
                FUZZ_CHECK(again.records[r][c].text == table.records[r][c].text);
        }
    } else {
        FUZZ_CHECK(table.error.contains(QLatin1Char(':')));
    }

    const pw::CaseImport imported = pw::importCasesFromCsv(bytes, QStringLiteral("fuzz.csv"));
    checkImportedCases(imported, QLatin1String("fuzz.csv:"));
    if (!imported.ok())
        return 0;
    QString error;
    const QByteArray exported = pw::exportCasesToCsv(imported.cases, &error);
    if (!error.isEmpty())
        return 0;
    const pw::CaseImport back = pw::importCasesFromCsv(exported, QStringLiteral("export.csv"));
    FUZZ_CHECK(back.ok());
    FUZZ_CHECK(back.cases == imported.cases);
    return 0;
}
