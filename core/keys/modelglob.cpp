#include "core/keys/modelglob.h"

namespace Keys {

bool ModelGlob::matches(QStringView glob, QStringView model)
{
    // Iterative wildcard match with one backtrack point: linear in practice, no regex compilation
    // on the gateway's hot path.
    qsizetype g = 0;
    qsizetype m = 0;
    qsizetype starGlob = -1;
    qsizetype starModel = 0;
    while (m < model.size()) {
        if (g < glob.size() && (glob[g] == u'?' || glob[g].toCaseFolded() == model[m].toCaseFolded())) {
            ++g;
            ++m;
        } else if (g < glob.size() && glob[g] == u'*') {
            starGlob = g++;
            starModel = m;
        } else if (starGlob >= 0) {
            g = starGlob + 1;
            m = ++starModel;
        } else {
            return false;
        }
    }
    while (g < glob.size() && glob[g] == u'*')
        ++g;
    return g == glob.size();
}

bool ModelGlob::matchesAny(const QStringList &globs, QStringView model)
{
    if (globs.isEmpty())
        return true;
    for (const QString &glob : globs) {
        if (matches(glob, model))
            return true;
    }
    return false;
}

QStringList ModelGlob::parseList(QStringView commaSeparated)
{
    QStringList globs;
    for (const QStringView part : commaSeparated.split(u',')) {
        const QStringView trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            globs.append(trimmed.toString());
    }
    return globs;
}

} // namespace Keys
