#pragma once

#include <QStringView>

namespace pw {

// The one table of model behaviours that differ by family.
//
// Prefill (a trailing assistant message the answer continues) is rejected with
// a 400 by Claude 4.6 and later: opus-4-6, sonnet-4-6, every 4.7 / 4.8 model,
// every 5.x model and the Fable and Mythos families. Earlier Claude models
// (claude-2*, claude-instant*, claude-3*, 3-5, 3-7, sonnet-4, opus-4, opus-4-1,
// sonnet-4-5, opus-4-5, haiku-4-5) accept it.
//
// Decisions:
// - Ids are matched leniently: case is ignored, "." counts as "-"
//   ("claude-3.5-sonnet"), and provider wrappers are stripped: a path prefix
//   ("anthropic/claude-sonnet-4.5"), a Bedrock prefix ("us.anthropic.claude-…"),
//   a Vertex "@date" or Bedrock ":0" suffix, date stamps ("-20250929") and
//   "-v2" / "-latest" tags.
// - The version is the first one or two short numbers after "claude"
//   ("claude-3-7-sonnet" -> 3.7, "claude-opus-4-1" -> 4.1, "claude-sonnet-4" -> 4.0).
// - A Claude id without a recognisable version, or with a family we do not know
//   to accept prefill, is treated like the newest models (rejects): failing a
//   lint check is cheaper than a 400 from the API.
// - "fable" and "mythos" count as Claude families even without "claude-".
// - Any other id (local models, OpenAI-compatible servers) accepts prefill.
bool modelAcceptsPrefill(QStringView modelId);

// Sampling parameters (temperature, top_p, top_k) at non-default values are
// rejected with a 400 by Claude 4.7 and later (and the Fable and Mythos
// families); earlier Claude models and every other model accept them. An
// unrecognisable Claude version counts as new, as for prefill.
bool modelAcceptsSamplingParameters(QStringView modelId);

// True when the id names a Claude model (by the rules above).
bool isClaudeModel(QStringView modelId);

} // namespace pw
