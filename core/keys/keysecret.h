#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QString>
#include <QStringView>

namespace Keys {

/**
 * The secret half of a client key: "sk-tg-" and 40 base62 characters from the operating system's
 * cryptographic random source (about 238 bits). Only its SHA-256 and a short display prefix are
 * ever stored.
 */
class KeySecret final
{
public:
    static constexpr QLatin1String Scheme{"sk-tg-"};
    static constexpr int RandomLength = 40;
    static constexpr int DisplayRandomChars = 6;

    static QString generate();
    /** Lower-case hex SHA-256 of the UTF-8 secret: what the ledger stores and looks keys up by. */
    static QByteArray hash(QStringView secret);
    /** "sk-tg-Ab3xY9": enough to recognise a key in a list, far too little to guess it. */
    static QString displayPrefix(QStringView secret);
    /** True for text of the right shape (scheme, length, alphabet); says nothing about validity. */
    static bool hasValidShape(QStringView secret);
};

} // namespace Keys
