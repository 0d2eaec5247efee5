#pragma once

#include "core/report/weeklyreview.h"

#include <QAbstractTableModel>

namespace Ui {

/** One section of the weekly review as a table: keys, models, keys near their cap, or unpriced traffic. */
class WeeklyReviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyReviewModel)

public:
    enum class Section { Keys, Models, Caps, Unpriced };
    enum KeyColumn { KeyName, KeySpend, KeyPreviousSpend, KeyChange, KeyRequests, KeyAverageInput, KeyAverageInputChange, KeyColumnCount };
    enum ModelColumn { ModelName, ModelSpend, ModelShare, ModelPreviousSpend, ModelChange, ModelRequests, ModelColumnCount };
    enum CapColumn { CapKey, CapSpent, CapLimit, CapPercent, CapColumnCount };
    enum UnpricedColumn { UnpricedModel, UnpricedRequests, UnpricedInput, UnpricedOutput, UnpricedColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, FlagRole };

    explicit WeeklyReviewModel(Section section, QObject *parent = nullptr);

    void setReview(const Report::WeeklyReviewResult &review);
    /** True while the week is under way: "last week" then means the same days of last week. */
    void setComparison(bool partialWeek);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "+12 %", "−40 %", "new", "–": this week against last week. */
    static QString change(Common::Money now, Common::Money before);
    static QString change(qint64 now, qint64 before);

private:
    QVariant keyData(const Report::WeeklyKeyLine &line, int column, int role) const;
    QVariant modelData(const Report::WeeklyModelLine &line, int column, int role) const;
    /** This week's requests of `model` that had no price (from the review's unpriced section). */
    QVariant capData(const Report::WeeklyCapLine &line, int column, int role) const;
    QVariant unpricedData(const Report::WeeklyUnpricedLine &line, int column, int role) const;

    Section m_section;
    bool m_partialWeek = false;
    Report::WeeklyReviewResult m_review;
};

} // namespace Ui
