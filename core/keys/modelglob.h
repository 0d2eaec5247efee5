#pragma once

#include <QString>
#include <QStringList>

namespace Keys {

/**
 * Shell-style model globs ("gpt-4o*", "claude-*", "groq-*"): `*` matches any run of characters,
 * `?` one character, case-insensitively, against the whole model name.
 */
class ModelGlob final
{
public:
    static bool matches(QStringView glob, QStringView model);
    /** True when `globs` is empty (no restriction) or any glob matches. */
    static bool matchesAny(const QStringList &globs, QStringView model);
    /** Splits "a, b ,c" into trimmed, non-empty globs. */
    static QStringList parseList(QStringView commaSeparated);
};

} // namespace Keys
