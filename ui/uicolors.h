#pragma once

#include <QColor>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace pw::uicolors {

// Colours the widgets share. The semantic ones are Breeze's, as
// KMessageWidget uses them: saturated enough to read on light and on dark
// backgrounds alike.
inline QColor negative()
{
    return {0xda, 0x44, 0x53};
}
inline QColor neutral()
{
    return {0xf6, 0x74, 0x00};
}
inline QColor positive()
{
    return {0x27, 0xae, 0x60};
}
inline QColor active()
{
    return {0x3d, 0xae, 0xe9};
}

// True when the palette's text areas are dark (a dark theme).
inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// a, moved the fraction amountOfB of the way towards b.
inline QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB, a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
        a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

// WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white);
// 4.5 is the minimum for text, 3 for large text and marks.
inline double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace pw::uicolors
