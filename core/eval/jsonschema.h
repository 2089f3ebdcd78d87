#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace pw {

// JSON Schema validation for is-json and contains-json, limited to the
// keywords structured outputs use: type, properties, required,
// additionalProperties, items (one schema for every element), enum, const,
// anyOf, minimum, maximum, minLength, maxLength, pattern, minItems, maxItems.
// Boolean schemas (true, false) are understood; annotations (title,
// description, default, examples, $schema, $id, $comment, format) are ignored.
// Any other keyword makes the schema unsupported rather than silently
// half-checked: see unsupportedSchemaKeywords().

// The keywords of schema (at any depth) that this validator cannot check,
// each once, as "items (as an array)" or "oneOf". Empty: fully supported.
QStringList unsupportedSchemaKeywords(const QJsonValue &schema);

// Why schema itself is unusable (not an object or boolean, a keyword of the
// wrong type, an invalid pattern, an unsupported keyword), naming the place
// as a JSON pointer into the schema ("/properties/name/type: ..."), or nullopt.
std::optional<QString> schemaProblem(const QJsonValue &schema);

// Why instance does not match schema, naming the place as a JSON pointer
// into the instance ("/items/2: expected a string (found number)"), or
// nullopt when it matches. The schema must have no schemaProblem().
std::optional<QString> schemaViolation(const QJsonValue &schema, const QJsonValue &instance);

// JSON equality as JSON Schema defines it: numbers by value (1 == 1.0),
// objects whatever their key order.
bool jsonEqual(const QJsonValue &a, const QJsonValue &b);

} // namespace pw
