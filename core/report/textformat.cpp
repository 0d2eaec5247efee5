#include "core/report/textformat.h"

#include <algorithm>

namespace Report {

namespace {

// East Asian wide and fullwidth characters take two terminal cells (Unicode's EastAsianWidth.txt,
// the ranges most terminals follow: Hangul Jamo, CJK, Hangul syllables, fullwidth forms, emoji).
bool isWide(char32_t c)
{
    static constexpr std::pair<char32_t, char32_t> Wide[] = {
        {0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF},
        {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F},
        {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD}};
    return std::any_of(std::begin(Wide), std::end(Wide), [c](const auto &range) { return c >= range.first && c <= range.second; });
}

// Characters that reorder or hide what follows them in a terminal line (a right-to-left override in a
// model name turns the rest of the row around): shown as "?" instead.
bool reordersText(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

// What a cell shows: control characters (a newline in a key name would break the grid) as spaces,
// text-reordering ones as "?".
QString printable(const QString &cell)
{
    QString shown;
    shown.reserve(cell.size());
    for (const char32_t c : cell.toUcs4()) {
        if (QChar::category(c) == QChar::Other_Control)
            shown += u' ';
        else if (reordersText(c))
            shown += u'?';
        else
            shown += QString::fromUcs4(&c, 1);
    }
    return shown;
}

} // namespace

qsizetype TextTable::displayWidth(const QString &text)
{
    qsizetype cells = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format)
            continue; // drawn over or between the characters around them
        cells += isWide(c) ? 2 : 1;
    }
    return cells;
}

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
    // Columns are as wide as their widest cell in terminal cells, not in UTF-16 units: a Japanese key
    // name shifted every column after it.
    QList<qsizetype> widths(m_header.size());
    for (qsizetype c = 0; c < m_header.size(); ++c)
        widths[c] = displayWidth(printable(m_header.at(c)));
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(printable(row.at(c))));
    }
    const auto renderRow = [&](const QStringList &cells) -> QString {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString cell = printable(cells.at(c));
            if (c > 0)
                line += QStringLiteral("  ");
            const bool last = c == cells.size() - 1;
            const QString padding(widths[c] - displayWidth(cell), u' ');
            if (m_rightAligned.at(c))
                line += padding + cell;
            else
                line += last ? cell : cell + padding;
        }
        return line + u'\n';
    };
    QString text = renderRow(m_header);
    for (const QStringList &row : m_rows)
        text += renderRow(row);
    return text;
}

} // namespace Report
