#include "core/report/textformat.h"

#include <algorithm>

namespace Report {

TextTable::TextTable(QStringList header, QList<bool> rightAligned)
    : m_header(std::move(header))
    , m_rightAligned(std::move(rightAligned))
{
    m_rightAligned.resize(m_header.size());
}

void TextTable::addRow(QStringList cells)
{
    cells.resize(m_header.size());
    m_rows.append(std::move(cells));
}

QString TextTable::render() const
{
    // Control characters (a newline in a key name) would break the grid: show them escaped.
    const auto printable = [](QString cell) -> QString {
        for (QChar &c : cell) {
            if (c.category() == QChar::Other_Control)
                c = u' ';
        }
        return cell;
    };
    QList<qsizetype> widths(m_header.size());
    for (qsizetype c = 0; c < m_header.size(); ++c)
        widths[c] = m_header.at(c).size();
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    const auto renderRow = [&](const QStringList &cells) -> QString {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString cell = printable(cells.at(c));
            if (c > 0)
                line += QStringLiteral("  ");
            const bool last = c == cells.size() - 1;
            if (m_rightAligned.at(c))
                line += cell.rightJustified(widths[c]);
            else
                line += last ? cell : cell.leftJustified(widths[c]);
        }
        return line + u'\n';
    };
    QString text = renderRow(m_header);
    for (const QStringList &row : m_rows)
        text += renderRow(row);
    return text;
}

} // namespace Report
