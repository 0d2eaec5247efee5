#include "tests/bench/resulttable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Bench {

namespace {

QString formatValue(double value)
{
    const double magnitude = std::fabs(value);
    if (magnitude >= 1000)
        return QString::number(value, 'f', 0);
    if (magnitude >= 10)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 3);
}

} // namespace

void ResultTable::add(const QString &section, const QString &metric, double value, const QString &unit)
{
    m_rows.append(Row{section, metric, value, unit, QString(), std::nullopt});
}

void ResultTable::addTarget(const QString &section, const QString &metric, double value, const QString &unit,
                            double limit, bool atMost)
{
    const QString target = (atMost ? QStringLiteral("<= ") : QStringLiteral(">= ")) + formatValue(limit);
    m_rows.append(Row{section, metric, value, unit, target, atMost ? value <= limit : value >= limit});
}

QString ResultTable::text() const
{
    qsizetype sectionWidth = 7;
    qsizetype metricWidth = 6;
    for (const Row &row : m_rows) {
        sectionWidth = std::max(sectionWidth, row.section.size());
        metricWidth = std::max(metricWidth, row.metric.size());
    }
    QString out;
    const auto line = [&](const QString &section, const QString &metric, const QString &value, const QString &unit,
                          const QString &target, const QString &verdict) {
        out += section.leftJustified(sectionWidth) + QStringLiteral("  ") + metric.leftJustified(metricWidth)
               + QStringLiteral("  ") + value.rightJustified(12) + u' ' + unit.leftJustified(8) + QStringLiteral("  ")
               + target.leftJustified(12) + u' ' + verdict + u'\n';
    };
    line(QStringLiteral("section"), QStringLiteral("metric"), QStringLiteral("value"), QStringLiteral("unit"),
         QStringLiteral("target"), QString());
    out += QString(sectionWidth + metricWidth + 50, u'-') + u'\n';
    for (const Row &row : m_rows) {
        const QString verdict = row.met ? (*row.met ? QStringLiteral("met") : QStringLiteral("MISSED")) : QString();
        line(row.section, row.metric, formatValue(row.value), row.unit, row.target, verdict);
    }
    for (const QString &note : m_notes)
        out += QStringLiteral("note: ") + note + u'\n';
    return out;
}

bool ResultTable::writeJson(const QString &path, const QString &machine) const
{
    QJsonArray rows;
    for (const Row &row : m_rows) {
        QJsonObject object{{QStringLiteral("section"), row.section},
                           {QStringLiteral("metric"), row.metric},
                           {QStringLiteral("value"), row.value},
                           {QStringLiteral("unit"), row.unit}};
        if (row.met) {
            object.insert(QStringLiteral("target"), row.target);
            object.insert(QStringLiteral("met"), *row.met);
        }
        rows.append(object);
    }
    QJsonArray notes;
    for (const QString &note : m_notes)
        notes.append(note);
    const QJsonObject document{{QStringLiteral("machine"), machine},
                               {QStringLiteral("results"), rows},
                               {QStringLiteral("notes"), notes}};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    return true;
}

int ResultTable::missedCount() const
{
    int missed = 0;
    for (const Row &row : m_rows)
        missed += row.met && !*row.met ? 1 : 0;
    return missed;
}

} // namespace Bench
