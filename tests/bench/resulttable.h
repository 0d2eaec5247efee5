#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Bench {

/** The benchmark's findings: printed as an aligned table and written as JSON. */
class ResultTable final
{
public:
    struct Row
    {
        QString section;
        QString metric;
        double value = 0;
        QString unit;
        QString target;            // "<= 0.25", empty when the row has none
        std::optional<bool> met;
    };

    void add(const QString &section, const QString &metric, double value, const QString &unit);
    /** A row with a target: met when value <= limit (atMost) or value >= limit. */
    void addTarget(const QString &section, const QString &metric, double value, const QString &unit, double limit,
                   bool atMost);
    void addNote(const QString &note) { m_notes.append(note); }

    QString text() const;
    bool writeJson(const QString &path, const QString &machine) const;
    int missedCount() const;

private:
    QList<Row> m_rows;
    QList<QString> m_notes;
};

} // namespace Bench
