#include "revision.h"

namespace pw {

QList<Origin> allOrigins()
{
    return {Origin::Typed, Origin::Generated, Origin::Improved, Origin::Templatized, Origin::Imported, Origin::Restored,
        Origin::Optimized};
}

QString originName(Origin origin)
{
    switch (origin) {
    case Origin::Typed:
        return QStringLiteral("typed");
    case Origin::Generated:
        return QStringLiteral("generated");
    case Origin::Improved:
        return QStringLiteral("improved");
    case Origin::Templatized:
        return QStringLiteral("templatized");
    case Origin::Imported:
        return QStringLiteral("imported");
    case Origin::Restored:
        return QStringLiteral("restored");
    case Origin::Optimized:
        return QStringLiteral("optimized");
    }
    return {};
}

std::optional<Origin> originFromName(QStringView name)
{
    for (Origin origin : allOrigins()) {
        if (name == originName(origin))
            return origin;
    }
    return std::nullopt;
}

} // namespace pw
