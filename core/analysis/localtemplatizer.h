#pragma once

#include "prompt/prompt.h"

namespace pw {

struct TemplatizeOutcome
{
    Prompt templ;
    VariableValues values;
};

// The offline, deterministic templatizer behind the "local" engine: the same
// prompt always gives the same template.
//
// What becomes a variable (each detector in valuefinder.cpp):
// - the content of an XML-tagged block, <document>…</document> -> DOCUMENT
//   (tags and the whitespace inside them stay in the template). Not blocks
//   that hold other tags or a {{VAR}}, not structural tags (<instructions>,
//   <example>, <answer>, <thinking>, <format>, …) nor HTML formatting (<b>, <p>);
// - the content of a fenced code block, named by its info string:
//   ```diff -> DIFF, ```json -> JSON, ```python -> PYTHON_CODE, ``` -> CODE;
// - URLs (URL, SOURCE_URL after "from", WEBSITE_URL, DOCS_URL, …) and e-mail
//   addresses (EMAIL, CUSTOMER_EMAIL, SUPPORT_EMAIL, SENDER_EMAIL after "from");
// - dates (2026-11-22, 22 Nov 2026, November 22, 2026, 11/22/2026, 2026年11月22日)
//   and times (14:30, 3 pm): DATE, MEETING_DATE, DEADLINE after "by",
//   START_DATE / END_DATE after "from" / "until", TIME, …;
// - numbers with a unit: WORD_COUNT ("500 words"), DURATION ("3 days",
//   TRIP_DURATION for "a 5-day trip"), PERCENTAGE / DISCOUNT ("20% off"),
//   AMOUNT / BUDGET / PRICE ("$40", "a budget of €2,000"), ADULT_COUNT, DISTANCE, …;
// - identifiers with at least two digits after a label: "order #48213" ->
//   ORDER_NUMBER, "Order ID: A-10234" -> ORDER_ID, "ticket T-991" -> TICKET_NUMBER;
// - a language after in / into / to (TARGET_LANGUAGE) or from (SOURCE_LANGUAGE);
// - quoted text ("…", '…', “…”, ‘…’, „…“, «…», 「…」, 『…』), named by the words
//   before it: 'the product "Acme Hub"' -> PRODUCT_NAME, 'a book titled "Dune"'
//   -> BOOK_TITLE, 'Translate "hello"' -> TEXT_TO_TRANSLATE, 'the tone "warm"'
//   -> TONE, '製品「Acme」' -> PRODUCT_NAME, a list '"billing", "refund"' ->
//   CATEGORY, CATEGORY_2 after "categories:", a JSON string by its key
//   ({"city": "Oslo"} -> CITY); otherwise TEXT.
//
// Decisions:
// - Every text block is templatized, the system prompt and an assistant
//   prefill included; blocks that are not text are left alone.
// - Only what a detector recognises becomes a variable: a bare name ("Lisbon",
//   "Acme") is kept unless it is quoted or repeats a quoted value, and a
//   language name only counts after in / into / to / from.
// - Existing {{VARS}} stay as they are, get no value, and nothing overlapping
//   one is taken. Code (fences, inline `code`), tags themselves and the text of
//   <example> blocks never yield values.
// - When candidates overlap, a whole block wins, then the earliest and longest
//   candidate (a quote containing a date is one value), then the more specific
//   kind for the same text (a quoted URL is a URL).
// - The same value anywhere in the prompt is one variable, named where it
//   first occurs. Distinctive values (URLs, e-mails, identifiers, quoted
//   names of several words or with a capital) are replaced at every other
//   verbatim, whole-word occurrence too; short or common words are not.
// - Names are UPPER_SNAKE, made unique with _2, _3, and never equal (ignoring
//   case) to a variable the prompt already has.
// - Lossless: every text is checked after templatizing; a text whose template
//   would not fill back to the original byte for byte is left unchanged.
TemplatizeOutcome templatizeLocally(const Prompt &prompt);

} // namespace pw
