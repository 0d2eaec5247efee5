#include "core/keys/keysecret.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Keys {

namespace {

constexpr char16_t Base62[] = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr quint32 AlphabetSize = 62;

bool isBase62(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

} // namespace

QString KeySecret::generate()
{
    // QRandomGenerator::system() reads the OS CSPRNG (getrandom on Linux). Rejection sampling keeps
    // every character uniform: 248 is the largest multiple of 62 that fits a byte.
    constexpr quint32 Limit = 256 - (256 % AlphabetSize);
    QString secret = Scheme;
    secret.reserve(Scheme.size() + RandomLength);
    QRandomGenerator *random = QRandomGenerator::system();
    while (secret.size() < Scheme.size() + RandomLength) {
        const quint32 word = random->generate();
        for (int shift = 0; shift < 32 && secret.size() < Scheme.size() + RandomLength; shift += 8) {
            const quint32 byte = (word >> shift) & 0xFFu;
            if (byte < Limit)
                secret.append(QChar(Base62[byte % AlphabetSize]));
        }
    }
    return secret;
}

QByteArray KeySecret::hash(QStringView secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString KeySecret::displayPrefix(QStringView secret)
{
    return secret.left(Scheme.size() + DisplayRandomChars).toString();
}

bool KeySecret::hasValidShape(QStringView secret)
{
    if (!secret.startsWith(Scheme) || secret.size() < Scheme.size() + 32 || secret.size() > 256)
        return false;
    for (const QChar c : secret.mid(Scheme.size())) {
        if (!isBase62(c))
            return false;
    }
    return true;
}

} // namespace Keys
