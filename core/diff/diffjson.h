#pragma once

#include "prompt/jsonwrite.h"
#include "promptdiff.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace pw {

// The diff as JSON (UTF-8), the shape of promptwerk-cli diff --json:
//
//   {"sections": [{"name": "system" | "messages[i]",
//                  "status": "unchanged" | "changed" | "added" | "removed",
//                  "left": i | null, "right": j | null,
//                  "leftRole"/"rightRole": "user" | "assistant" (messages only),
//                  "movedTo"/"movedFrom": index (moved messages only),
//                  "ops": [{"op": "equal" | "insert" | "delete", "text": "..."}]}],
//    "summary": {...}}
//
// Per section, the equal and delete texts concatenated give the left text,
// the equal and insert texts the right one. With whitespace ignored an equal
// op may differ in whitespace; it then also carries "rightText".
// refined: character-level ops (TextDiff::refinedOps) instead of word-level.
QByteArray promptDiffToJson(const PromptDiff &diff, bool refined = false);

// The same, handed to sink in pieces of a few hundred KiB (for writing a
// large diff to a file or standard output without building it in memory).
using JsonSink = std::function<void(QByteArrayView piece)>;
void writePromptDiffJson(const PromptDiff &diff, const JsonSink &sink, bool refined = false);

} // namespace pw
