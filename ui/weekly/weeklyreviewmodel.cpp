#include "ui/weekly/weeklyreviewmodel.h"

#include "ui/common/usdtext.h"
#include "ui/overview/chartstyle.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace Ui {

namespace {

QString signedPercent(Common::Int128 now, Common::Int128 before)
{
    if (before == 0)
        return now == 0 ? QStringLiteral("–") : WeeklyReviewModel::tr("new");
    const qint64 percent = qint64((now - before) * 100 / before);
    if (percent == 0)
        return WeeklyReviewModel::tr("±0 %");
    return percent > 0 ? WeeklyReviewModel::tr("+%1 %").arg(QLocale().toString(percent))
                       : WeeklyReviewModel::tr("−%1 %").arg(QLocale().toString(-percent));
}

QString tokens(qint64 count)
{
    return QLocale().toString(count);
}

} // namespace

WeeklyReviewModel::WeeklyReviewModel(Section section, QObject *parent)
    : QAbstractTableModel(parent)
    , m_section(section)
{
}

void WeeklyReviewModel::setReview(const Report::WeeklyReviewResult &review)
{
    beginResetModel();
    m_review = review;
    endResetModel();
}

void WeeklyReviewModel::setComparison(bool partialWeek)
{
    if (partialWeek == m_partialWeek)
        return;
    m_partialWeek = partialWeek;
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QString WeeklyReviewModel::change(Common::Money now, Common::Money before)
{
    return signedPercent(now.nanos(), before.nanos());
}

QString WeeklyReviewModel::change(qint64 now, qint64 before)
{
    return signedPercent(now, before);
}

int WeeklyReviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_section) {
    case Section::Keys: return int(m_review.keys.size());
    case Section::Models: return int(m_review.models.size());
    case Section::Caps: return int(m_review.caps.size());
    case Section::Unpriced: return int(m_review.unpriced.size());
    }
    return 0;
}

int WeeklyReviewModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_section) {
    case Section::Keys: return KeyColumnCount;
    case Section::Models: return ModelColumnCount;
    case Section::Caps: return CapColumnCount;
    case Section::Unpriced: return UnpricedColumnCount;
    }
    return 0;
}

QVariant WeeklyReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole && index.column() > 0)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    const qsizetype row = index.row();
    switch (m_section) {
    case Section::Keys: return keyData(m_review.keys.at(row), index.column(), role);
    case Section::Models: return modelData(m_review.models.at(row), index.column(), role);
    case Section::Caps: return capData(m_review.caps.at(row), index.column(), role);
    case Section::Unpriced: return unpricedData(m_review.unpriced.at(row), index.column(), role);
    }
    return {};
}

QVariant WeeklyReviewModel::keyData(const Report::WeeklyKeyLine &line, int column, int role) const
{
    if (role == FlagRole)
        return line.promptBloat;
    if (role == Qt::ForegroundRole && column == KeyAverageInputChange && line.promptBloat)
        return ChartStyle::capColor(80, QApplication::palette());
    if (role == Qt::ToolTipRole && column == KeyAverageInputChange && line.promptBloat)
        return tr("Prompt bloat: the average input per request grew by %1 % or more since last week.")
            .arg(Report::WeeklyReview::PromptBloatPercent);
    if (role == RawValueRole) {
        switch (column) {
        case KeyName: return line.key;
        case KeySpend: return line.spend.nanos();
        case KeyPreviousSpend: return line.previousSpend.nanos();
        case KeyRequests: return line.requests;
        case KeyAverageInput: return line.averageInputTokens;
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case KeyName: return line.key;
    case KeySpend:
        return line.unpricedRequests > 0 ? tr("%1 + %Ln unpriced", nullptr, int(line.unpricedRequests)).arg(ChartStyle::cents(line.spend))
                                         : ChartStyle::cents(line.spend);
    case KeyPreviousSpend: return ChartStyle::cents(line.previousSpend);
    case KeyChange: return change(line.spend, line.previousSpend);
    case KeyRequests: return QLocale().toString(line.requests);
    case KeyAverageInput: return line.requests > 0 ? tokens(line.averageInputTokens) : QStringLiteral("–");
    case KeyAverageInputChange: {
        // No average in either week (no requests, or only refused ones, which carry no tokens): no change
        // to speak of (QA: a key without requests read "−100%").
        if (line.averageInputTokens == 0 || line.previousAverageInputTokens == 0)
            return QStringLiteral("–");
        const QString text = change(line.averageInputTokens, line.previousAverageInputTokens);
        return line.promptBloat ? tr("%1  prompt bloat").arg(text) : text;
    }
    default: return {};
    }
}

QVariant WeeklyReviewModel::modelData(const Report::WeeklyModelLine &line, int column, int role) const
{
    if (role == FlagRole)
        return line.isNew;
    if (role == Qt::FontRole && line.isNew && column == ModelName) {
        QFont bold = QApplication::font();
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && line.isNew)
        return tr("Model drift: not used last week.");
    if (role == RawValueRole) {
        switch (column) {
        case ModelName: return line.model;
        case ModelSpend: return line.spend.nanos();
        case ModelPreviousSpend: return line.previousSpend.nanos();
        case ModelRequests: return line.requests;
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ModelName: return line.isNew ? tr("%1  (new this week)").arg(line.model) : line.model;
    case ModelSpend: {
        // Like the keys: an unpriced model's spend is unknown, not zero.
        const qint64 unpriced = m_review.unpricedRequestsOf(line.model);
        return unpriced > 0 ? tr("%1 + %Ln unpriced", nullptr, int(unpriced)).arg(ChartStyle::cents(line.spend))
                            : ChartStyle::cents(line.spend);
    }
    case ModelShare: return tr("%1 %").arg(ChartStyle::shareOf(line.spend, m_review.spend));
    case ModelPreviousSpend: return ChartStyle::cents(line.previousSpend);
    case ModelChange: return change(line.spend, line.previousSpend);
    case ModelRequests: return QLocale().toString(line.requests);
    default: return {};
    }
}

QVariant WeeklyReviewModel::capData(const Report::WeeklyCapLine &line, int column, int role) const
{
    if (role == Qt::ForegroundRole && column == CapPercent)
        return ChartStyle::capColor(line.percent, QApplication::palette());
    if (role == RawValueRole) {
        switch (column) {
        case CapKey: return line.key;
        case CapSpent: return line.spent.nanos();
        case CapLimit: return line.cap.nanos();
        case CapPercent: return line.percent;
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case CapKey: return line.key;
    case CapSpent: return UsdText::spendTowards(line.spent, line.cap);
    case CapLimit: return UsdText::cap(line.cap);
    case CapPercent: return line.percent >= 100 ? tr("%1 % — reached").arg(line.percent) : tr("%1 %").arg(line.percent);
    default: return {};
    }
}

QVariant WeeklyReviewModel::unpricedData(const Report::WeeklyUnpricedLine &line, int column, int role) const
{
    if (role == RawValueRole) {
        switch (column) {
        case UnpricedModel: return line.model;
        case UnpricedRequests: return line.requests;
        case UnpricedInput: return line.inputTokens;
        case UnpricedOutput: return line.outputTokens;
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case UnpricedModel: return line.model;
    case UnpricedRequests: return QLocale().toString(line.requests);
    case UnpricedInput: return tokens(line.inputTokens);
    case UnpricedOutput: return tokens(line.outputTokens);
    default: return {};
    }
}

QVariant WeeklyReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (m_section) {
    case Section::Keys: {
        const QString before = m_partialWeek ? tr("Same days last week") : tr("Last week");
        const QStringList names{tr("Key"), tr("This week"), before, tr("Change"), tr("Requests"), tr("Avg input"), tr("Avg input change")};
        return names.value(section);
    }
    case Section::Models: {
        const QString before = m_partialWeek ? tr("Same days last week") : tr("Last week");
        const QStringList names{tr("Model"), tr("This week"), tr("Share"), before, tr("Change"), tr("Requests")};
        return names.value(section);
    }
    case Section::Caps: {
        const QStringList names{tr("Key"), tr("Spent"), tr("Cap"), tr("Used")};
        return names.value(section);
    }
    case Section::Unpriced: {
        const QStringList names{tr("Model"), tr("Requests"), tr("Input tokens"), tr("Output tokens")};
        return names.value(section);
    }
    }
    return {};
}

} // namespace Ui
