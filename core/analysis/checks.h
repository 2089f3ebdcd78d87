#pragma once

#include "prompt/location.h"
#include "prompt/prompt.h"

namespace pw {

struct CheckOptions
{
    QString targetModel; // empty: prefill check off
    const VariableValues *testValues = nullptr; // null: value checks off
};

// Prompt checks for `promptwerk-cli lint` and the window. Each finding names
// the section and, where it is about a piece of text, the offset where that
// text starts. Findings come in prompt order (system, then messages), the
// prompt-wide ones last. Codes:
//
// empty-prompt (Error)     no text anywhere; nothing else is checked.
// empty-message (Error)    a message, or one text block of it, empty or only
//                          whitespace: the Messages API rejects both.
// trailing-whitespace-prefill (Error)
//                          the final assistant message ends in whitespace,
//                          which the API rejects; offset = the whitespace.
// prefill-rejected (Error) a trailing assistant message while
//                          modelAcceptsPrefill(targetModel) is false.
// Few-shot turns (an assistant message before the last one) are not a
// finding: the Messages API and the claude and openai engines take them;
// only the prompt-tools engine refuses them, and says so when it runs.
// unbalanced-tag (Warning) an XML tag opened and never closed, or closed
//                          without being opened, within one text.
//     Warning, not Error: the API accepts any text, prompts legitimately
//     mention tags ("reply inside <answer> tags"), and a prefill opens a tag
//     the model is to close, so an unclosed tag in the final assistant
//     message is not reported at all. Not tags: "a < b", "<3", <br>,
//     self-closing <br/>, anything in code. A tag name right before the word
//     "tag"/"tags"/"block" is a mention, not a tag.
// mixed-variable-syntax (Warning)
//                          ${var}, {var}, or an unclosed <var> / <VAR> (no
//                          attributes) in a prompt that uses {{VARS}}: the
//                          other syntax is not filled. Also "{{ var }}" with
//                          spaces, always, since it is meant as a variable and
//                          is not one. Never in code, never JSON braces, never
//                          a tag that is closed. The unclosed <var> is reported
//                          here and not as unbalanced-tag.
// missing-value (Warning)  with testValues: a {{VAR}} without a test value,
//                          once per name, at its first occurrence.
// unused-value (Warning)   with testValues: a value no {{VAR}} uses; location
//                          is the prompt as a whole ("prompt").
QList<Diagnostic> checkPrompt(const Prompt &prompt, const CheckOptions &options = {});

} // namespace pw
