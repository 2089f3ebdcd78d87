#pragma once

#include "api/prompttoolstypes.h"
#include "prompt/prompt.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pw {

// How a revision came to be.
enum class Origin {
    Typed, // the author's own edits
    Generated, // generate from a task description
    Improved, // improve, optionally with feedback
    Templatized, // templatize: values replaced by {{VARIABLES}}
    Imported, // read from a file of another format
    Restored, // an earlier revision brought back (restoredFrom names it)
};

QString originName(Origin origin); // "typed", "generated", ... as in the file format
std::optional<Origin> originFromName(QStringView name);
QList<Origin> allOrigins();

// One entry in a document's history: a snapshot of the prompt and its test
// values, and what produced it. Revisions are never changed or deleted once
// recorded; restoring an old one records a new one.
struct Revision
{
    int id = 0; // 1, 2, 3, ... in the order recorded; 0 until recorded
    Prompt prompt;
    VariableValues values; // test values (for templatize: the values it found)
    Origin origin = Origin::Typed;
    QString engine; // "claude", "prompt-tools", "openai", "local"; empty for typed/imported
    QString toolModel; // the model that ran the tool
    QString targetModel; // the model the prompt is written for
    QString feedback; // improve
    QString task; // generate
    Usage usage;
    QDateTime time; // when it was recorded (UTC)
    QString note; // the author's note, or where an import came from
    int restoredFrom = 0; // Origin::Restored: the id of the revision brought back

    friend bool operator==(const Revision &, const Revision &) = default;
};

} // namespace pw
