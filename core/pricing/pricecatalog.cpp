#include "core/pricing/pricecatalog.h"

namespace Pricing {

namespace {

/** Whether `name` ends in `shape`, where 'd' stands for an ASCII digit and any other character for itself. */
bool endsInShape(QStringView name, QStringView shape)
{
    if (name.size() < shape.size())
        return false;
    const QStringView tail = name.last(shape.size());
    for (qsizetype i = 0; i < shape.size(); ++i) {
        const bool fits = shape[i] == u'd' ? (tail[i] >= u'0' && tail[i] <= u'9') : tail[i] == shape[i];
        if (!fits)
            return false;
    }
    return true;
}

// A trailing release date: "-2024-08-06", "-20250514" (OpenAI, Anthropic) or "@20250514" (Vertex AI).
// Checked by hand rather than with a regular expression: it runs for every candidate name of every
// price lookup, two lookups per request.
QString withoutDateSuffix(const QString &name)
{
    for (const QStringView shape : {u"-dddd-dd-dd", u"-dddddddd", u"@dddddddd"}) {
        if (endsInShape(name, shape))
            return name.left(name.size() - shape.size());
    }
    return QString();
}

void addCandidate(QList<QString> &candidates, const QString &name)
{
    if (name.isEmpty() || candidates.contains(name))
        return;
    candidates.append(name);
    addCandidate(candidates, withoutDateSuffix(name));
}

} // namespace

PriceCatalog::PriceCatalog(QList<PriceRecord> records)
    : m_records(std::move(records))
{
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const PriceRecord &record = m_records.at(i);
        const auto insert = [&](QHash<QString, qsizetype> &index, const QString &key) {
            const auto existing = index.constFind(key);
            if (existing == index.constEnd() || m_records.at(*existing).effectiveFrom <= record.effectiveFrom)
                index.insert(key, i);
        };
        insert(m_byName, record.model);
        insert(m_byFoldedName, record.model.toLower());
    }
    // Only a name's current version counts: a price set by hand and later replaced by an import is not.
    const auto handSetOf = [this](const QHash<QString, qsizetype> &index, QHash<QString, qsizetype> &handSet) {
        for (auto it = index.cbegin(); it != index.cend(); ++it) {
            if (m_records.at(*it).isHandSet())
                handSet.insert(it.key(), *it);
        }
    };
    handSetOf(m_byName, m_handSetByName);
    handSetOf(m_byFoldedName, m_handSetByFoldedName);
}

std::optional<PriceRecord> PriceCatalog::resolve(QStringView model, QStringView providerHint) const
{
    const QString name = model.trimmed().toString();
    if (name.isEmpty())
        return std::nullopt;

    QList<QString> candidates;
    if (!providerHint.isEmpty() && !name.contains(u'/'))
        addCandidate(candidates, providerHint.toString() + u'/' + name);
    for (qsizetype slash = -1;;) {
        addCandidate(candidates, name.mid(slash + 1));
        slash = name.indexOf(u'/', slash + 1);
        if (slash < 0)
            break;
    }

    // Exact names before case-folded ones (folding allocates, and most lookups end at an exact name),
    // and at each a price set by hand before the map's.
    std::optional<qsizetype> hit;
    if (!m_handSetByName.isEmpty())
        hit = find(candidates, m_handSetByName, false);
    if (!hit)
        hit = find(candidates, m_byName, false);
    if (!hit && !m_handSetByFoldedName.isEmpty())
        hit = find(candidates, m_handSetByFoldedName, true);
    if (!hit)
        hit = find(candidates, m_byFoldedName, true);
    if (!hit)
        return std::nullopt;
    return m_records.at(*hit);
}

std::optional<qsizetype> PriceCatalog::find(const QList<QString> &candidates,
                                            const QHash<QString, qsizetype> &index, bool foldCase) const
{
    for (const QString &candidate : candidates) {
        const auto it = index.constFind(foldCase ? candidate.toLower() : candidate);
        if (it != index.constEnd())
            return *it;
    }
    return std::nullopt;
}

} // namespace Pricing
