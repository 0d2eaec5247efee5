#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Report {

/** A plain-text table for terminals: columns padded to their widest cell, numbers right-aligned. */
class TextTable final
{
public:
    explicit TextTable(QStringList header, QList<bool> rightAligned = {});
    void addRow(QStringList cells);
    QString render() const;

    /** Terminal cells `text` takes: two for wide East Asian characters, none for combining marks. */
    static qsizetype displayWidth(const QString &text);

private:
    QStringList m_header;
    QList<bool> m_rightAligned;
    QList<QStringList> m_rows;
};

} // namespace Report
