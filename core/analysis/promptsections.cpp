#include "promptsections.h"

namespace pw {

QList<Location> textLocations(const Prompt &prompt)
{
    QList<Location> locations {Location::system()};
    for (int m = 0; m < prompt.messages.size(); ++m) {
        for (int b = 0; b < prompt.messages[m].content.size(); ++b)
            locations.append(Location::ofMessage(m, b));
    }
    return locations;
}

const QString &textAt(const Prompt &prompt, const Location &location)
{
    if (location.section == Location::Section::Message)
        return prompt.messages[location.message].content[location.block].text;
    return prompt.system;
}

QString &textAt(Prompt &prompt, const Location &location)
{
    if (location.section == Location::Section::Message)
        return prompt.messages[location.message].content[location.block].text;
    return prompt.system;
}

bool isTextSection(const Prompt &prompt, const Location &location)
{
    if (location.section != Location::Section::Message)
        return true;
    return prompt.messages[location.message].content[location.block].isText();
}

} // namespace pw
