#pragma once

#include "prompt/prompt.h"

namespace pw {

// A templatize result while the user reviews it, before it is accepted.
// Every edit below keeps it lossless: filling templ with values gives the
// same prompt after the edit as before it, so a verified result stays
// verified however the user renames, drops or adds variables.
struct TemplateDraft
{
    Prompt templ;
    VariableValues values;

    friend bool operator==(const TemplateDraft &, const TemplateDraft &) = default;
};

// In one pass over the template: each dropped {{NAME}} gives way to its value
// again (the text is literal once more) and each renamed one to its new name,
// so a swap of two names is one call. A dropped name loses its value, a
// renamed one takes it along.
void reviseTemplateVariables(TemplateDraft &draft, const QMap<QString, QString> &renames, const QStringList &dropped);

// Every whole-word occurrence of value in the template's literal text (never
// inside a {{VAR}}) becomes {{name}}, and value becomes name's value. Returns
// how many places changed; with none, the draft is left as it was. A value
// that starts or ends with a letter or digit matches only where the text
// beside it does not go on with one ("Porto" is not found in "Portopia"),
// except in scripts written without spaces (Han, kana, Hangul, Thai).
qsizetype makeTemplateVariable(TemplateDraft &draft, const QString &value, const QString &name);

} // namespace pw
