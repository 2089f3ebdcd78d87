#pragma once

#include "prompt/location.h"
#include "prompt/prompt.h"

namespace pw {

struct VerifiedTemplate
{
    bool ok = false; // the template is usable: filling it gives back the original
    Prompt templ; // the engine's template; only non-UPPER_SNAKE names are renamed
    VariableValues values; // the values (recomputed when the engine's were wrong)
    QList<Diagnostic> notes; // Info: recomputed values, renamed names, unused values removed
    QList<Diagnostic> errors; // when !ok: where the template does not match the original
};

// Checks a templatize result from any engine: fill(templ, values) must give
// back the original byte for byte.
//
// - Structure first: a system prompt on one side only, a different number of
//   messages or blocks, a different role or block type is an error naming
//   that place, e.g. `messages[1].role: the template has "user" where the
//   original has "assistant"`.
// - Names that are not UPPER_SNAKE are renamed in template and values
//   ({{order_id}} -> {{ORDER_ID}}, made unique with _2), with a note, unless
//   the original itself has that variable: the user's own {{vars}} stay.
// - Values for names the template does not use are removed, with a note.
// - When filling does not give the original, the template is aligned against
//   it: literal text between placeholders must match exactly, each placeholder
//   takes the text between, and one name has one value everywhere. Where
//   several alignments exist the engine's own value is tried first, then the
//   shortest non-empty value, then the empty one (backtracking, with a step
//   budget for pathological templates). A {{VAR}} the original already has
//   and the engine gave no value keeps standing for itself.
//   Each value that changed gets an Info note:
//   `variable_values recomputed: ORDER_ID was "12", the text says "123"`.
// - When no alignment exists, one error at the furthest point any alignment
//   reached: the section, the offset in the ORIGINAL text where the differing
//   word starts, and both texts there, e.g.
//   `messages[0].content[0] at offset 40: the template says "the" where the original says "a"`.
//   The values are then the engine's (minus unused names), unverified.
VerifiedTemplate verifyTemplate(const Prompt &original, const Prompt &templ, const VariableValues &values);

} // namespace pw
