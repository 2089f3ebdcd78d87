#pragma once

#include <QByteArray>

namespace pw::test {

// The streamed answer from Anthropic's streaming documentation, typed again
// as this project's own test data.
inline const QByteArray documentedStream = QByteArrayLiteral(
    "event: message_start\n"
    "data: {\"type\": \"message_start\", \"message\": {\"id\": \"msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY\", \"type\": "
    "\"message\", \"role\": \"assistant\", \"content\": [], \"model\": \"claude-opus-5\", \"stop_reason\": null, "
    "\"stop_sequence\": null, \"usage\": {\"input_tokens\": 25, \"output_tokens\": 1}}}\n"
    "\n"
    "event: content_block_start\n"
    "data: {\"type\": \"content_block_start\", \"index\": 0, \"content_block\": {\"type\": \"text\", \"text\": \"\"}}\n"
    "\n"
    "event: ping\n"
    "data: {\"type\": \"ping\"}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\": \"content_block_delta\", \"index\": 0, \"delta\": {\"type\": \"text_delta\", \"text\": \"Hello\"}}\n"
    "\n"
    "event: content_block_delta\n"
    "data: {\"type\": \"content_block_delta\", \"index\": 0, \"delta\": {\"type\": \"text_delta\", \"text\": \"!\"}}\n"
    "\n"
    "event: content_block_stop\n"
    "data: {\"type\": \"content_block_stop\", \"index\": 0}\n"
    "\n"
    "event: message_delta\n"
    "data: {\"type\": \"message_delta\", \"delta\": {\"stop_reason\": \"end_turn\", \"stop_sequence\":null}, \"usage\": "
    "{\"output_tokens\": 15}}\n"
    "\n"
    "event: message_stop\n"
    "data: {\"type\": \"message_stop\"}\n"
    "\n");

} // namespace pw::test
