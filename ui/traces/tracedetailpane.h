#pragma once

#include "core/ledger/tracerecord.h"

#include <QWidget>

class QLabel;

namespace Ui {

/** Every field of one trace, selectable for copying. */
class TraceDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraceDetailPane)

public:
    explicit TraceDetailPane(QWidget *parent = nullptr);

    void showTrace(const Ledger::TraceRecord &trace);
    void clear();
    /** The value shown for a field, by its objectName ("detail_model"); for tests. */
    QString fieldText(const QString &name) const;

private:
    QLabel *addField(int column, const QString &label, const QString &name);

    QList<QLabel *> m_values;
    QLabel *m_empty = nullptr;
    QWidget *m_fields = nullptr;
};

} // namespace Ui
