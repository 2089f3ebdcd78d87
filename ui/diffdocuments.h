#pragma once

#include "diff/canceltoken.h"
#include "diff/promptdiff.h"

#include <QColor>
#include <QList>

#include <memory>

class QPalette;
class QTextDocument;
class QThread;

namespace pw {

// The colours of the diff view, derived from a palette so that they read in
// light and dark themes alike: backgrounds are the base colour tinted
// towards red or green, text keeps the palette's text colour.
struct DiffColors
{
    QColor removedLine; // a line that lost something
    QColor addedLine;
    QColor removedText; // the words (or characters) that went
    QColor addedText;
    QColor filler; // space that keeps both sides aligned
    QColor heading;
    QColor variable; // {{PLACEHOLDER}} text

    static DiffColors fromPalette(const QPalette &palette);
};

// Where a change starts in each pane (document positions).
struct ChangeSpot
{
    int left = 0;
    int right = 0;
};

// A {{PLACEHOLDER}} in a pane, and for an inserted one the text it replaced
// on the other side (the templatize case: "{{NAME}}" against "Ada").
struct PlaceholderSpot
{
    bool onRight = false;
    int begin = 0;
    int end = 0;
    QString name;
    int counterpartBegin = -1; // in the other pane; -1 when it replaced nothing
    int counterpartEnd = -1;
    QString counterpartText;
};

// Both panes of a diff as text documents: headings per section, the shorter
// side padded with empty lines so that corresponding lines share a block
// number, changed lines tinted and changed words highlighted. Built off the
// GUI thread; the documents then belong to targetThread.
struct DiffDocuments
{
    std::unique_ptr<QTextDocument> left;
    std::unique_ptr<QTextDocument> right;
    QList<ChangeSpot> changes;
    QList<PlaceholderSpot> placeholders; // ordered by pane, then position
    DiffSummary summary;

    DiffDocuments();
    ~DiffDocuments();
    DiffDocuments(DiffDocuments &&) noexcept;
    DiffDocuments &operator=(DiffDocuments &&) noexcept;
};

struct DiffDocumentOptions
{
    bool headings = true; // "System", "Message 2 · user" above each section
    DiffColors colors;
};

// Returns nullptr when cancel asked to stop.
std::unique_ptr<DiffDocuments> buildDiffDocuments(
    const PromptDiff &diff, const DiffDocumentOptions &options, QThread *targetThread, const CancelToken &cancel = {});

} // namespace pw
