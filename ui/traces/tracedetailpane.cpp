#include "ui/traces/tracedetailpane.h"

#include "core/report/tracecolumns.h"
#include "ui/traces/tracestablemodel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Ui {

namespace {

constexpr int Columns = 3;

} // namespace

TraceDetailPane::TraceDetailPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("traceDetail"));
    auto *layout = new QVBoxLayout(this);
    m_empty = new QLabel(tr("Select a trace to see all of its fields."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    layout->addWidget(m_empty);
    m_fields = new QWidget(this);
    auto *columns = new QHBoxLayout(m_fields);
    columns->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < Columns; ++i) {
        auto *form = new QFormLayout;
        form->setLabelAlignment(Qt::AlignRight);
        columns->addLayout(form, 1);
    }
    layout->addWidget(m_fields);

    addField(0, tr("Trace ID:"), QStringLiteral("id"));
    addField(0, tr("Time:"), QStringLiteral("time"));
    addField(0, tr("Time (UTC):"), QStringLiteral("timeUtc"));
    addField(0, tr("Key:"), QStringLiteral("key"));
    addField(0, tr("Endpoint:"), QStringLiteral("endpoint"));
    addField(0, tr("Streamed:"), QStringLiteral("stream"));
    addField(1, tr("Model asked:"), QStringLiteral("model"));
    addField(1, tr("Model served:"), QStringLiteral("servedModel"));
    addField(1, tr("Provider:"), QStringLiteral("provider"));
    addField(1, tr("HTTP status:"), QStringLiteral("status"));
    addField(1, tr("Outcome:"), QStringLiteral("outcome"));
    addField(1, tr("Attempts:"), QStringLiteral("attempts"));
    addField(1, tr("Latency / TTFT:"), QStringLiteral("latency"));
    addField(2, tr("Input tokens:"), QStringLiteral("inputTokens"));
    addField(2, tr("Cache reads:"), QStringLiteral("cachedTokens"));
    addField(2, tr("Cache writes (1 h):"), QStringLiteral("cacheWriteTokens"));
    addField(2, tr("Output tokens:"), QStringLiteral("outputTokens"));
    addField(2, tr("Reasoning tokens:"), QStringLiteral("reasoningTokens"));
    addField(2, tr("Cost:"), QStringLiteral("cost"));
    addField(2, tr("Price version:"), QStringLiteral("priceId"));
    clear();
}

QLabel *TraceDetailPane::addField(int column, const QString &label, const QString &name)
{
    auto *form = static_cast<QFormLayout *>(m_fields->layout()->itemAt(column)->layout());
    auto *value = new QLabel(m_fields);
    value->setObjectName(QStringLiteral("detail_") + name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(label, value);
    m_values << value;
    return value;
}

QString TraceDetailPane::fieldText(const QString &name) const
{
    const auto *label = m_fields->findChild<QLabel *>(QStringLiteral("detail_") + name);
    return label ? label->text() : QString();
}

void TraceDetailPane::clear()
{
    for (QLabel *value : std::as_const(m_values))
        value->clear();
    m_fields->hide();
    m_empty->show();
}

void TraceDetailPane::showTrace(const Ledger::TraceRecord &t)
{
    const QLocale locale;
    const auto set = [this](const QString &name, const QString &text) {
        if (auto *label = m_fields->findChild<QLabel *>(QStringLiteral("detail_") + name))
            label->setText(text);
    };
    const auto tokens = [&locale](qint64 count) { return locale.toString(count); };
    set(QStringLiteral("id"), QString::number(t.id));
    set(QStringLiteral("time"), QLocale().toString(t.time.toLocalTime(), QLocale::LongFormat));
    set(QStringLiteral("timeUtc"), Report::TraceColumns::isoTime(t.time));
    set(QStringLiteral("key"), t.keyName.isEmpty() ? tr("(no key)") : t.keyName);
    set(QStringLiteral("endpoint"), t.endpoint);
    set(QStringLiteral("stream"), t.stream ? tr("yes") : tr("no"));
    set(QStringLiteral("model"), t.model);
    set(QStringLiteral("servedModel"), t.servedModel.isEmpty() ? tr("—") : t.servedModel);
    set(QStringLiteral("provider"), t.provider.isEmpty() ? tr("none (not forwarded)") : t.provider);
    set(QStringLiteral("status"), QString::number(t.status));
    set(QStringLiteral("outcome"), t.outcome);
    set(QStringLiteral("attempts"), locale.toString(t.attempts));
    set(QStringLiteral("latency"), tr("%1 ms / %2").arg(locale.toString(t.latencyMs),
                                                         t.ttftMs ? tr("%1 ms").arg(locale.toString(*t.ttftMs)) : tr("—")));
    set(QStringLiteral("inputTokens"), tokens(t.usage.inputTokens));
    set(QStringLiteral("cachedTokens"), tokens(t.usage.cachedInputTokens));
    set(QStringLiteral("cacheWriteTokens"), tr("%1 (%2)").arg(tokens(t.usage.cacheWriteTokens), tokens(t.usage.cacheWrite1hTokens)));
    set(QStringLiteral("outputTokens"), tokens(t.usage.outputTokens));
    set(QStringLiteral("reasoningTokens"), tokens(t.usage.reasoningTokens));
    QString cost = TracesTableModel::costText(t);
    if (t.cost)
        cost += QStringLiteral("  [%1 USD]").arg(t.cost->toDecimalString());
    set(QStringLiteral("cost"), cost);
    set(QStringLiteral("priceId"), t.priceId > 0 ? QString::number(t.priceId) : tr("none"));
    m_empty->hide();
    m_fields->show();
}

} // namespace Ui
