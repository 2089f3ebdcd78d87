#include "tool.h"

namespace pw {

QString toolName(Tool tool)
{
    switch (tool) {
    case Tool::Generate:
        return QStringLiteral("generate");
    case Tool::Improve:
        return QStringLiteral("improve");
    case Tool::Templatize:
        return QStringLiteral("templatize");
    }
    return {};
}

QList<Tool> allTools()
{
    return {Tool::Generate, Tool::Improve, Tool::Templatize};
}

} // namespace pw
