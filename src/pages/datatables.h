#pragma once
// The two tables of the Your data page, as columns over the controller's list models: what the service holds
// (category, purpose, legal basis in plain words, how long it is kept, how many items) and the consent history
// (when, which choice, granted or refused, from where, under which privacy statement).

#include "controllers/datamodels.h"
#include "pages/listcolumnsmodel.h"

#include <QCoreApplication>
#include <QStyledItemDelegate>

namespace facturos::pages {

class DataTables
{
    Q_DECLARE_TR_FUNCTIONS(DataTables)
public:
    enum InventoryColumn { CategoryColumn, PurposeColumn, LegalBasisColumn, RetentionColumn, CountColumn };
    enum ConsentColumn { WhenColumn, WhatColumn, ChoiceColumn, FromColumn, StatementColumn };

    // `language` ("fr"/"en") picks the server's text for names, purposes and retention.
    [[nodiscard]] static ListColumnsModel *inventory(controllers::DataCategoryListModel &model, const QString &language,
                                                     QObject *parent);
    [[nodiscard]] static ListColumnsModel *consents(controllers::ConsentListModel &model, QObject *parent);

    // The GDPR art. 6 basis in plain words ("Contract", "Legal obligation"…), and what it means for the user.
    [[nodiscard]] static QString legalBasis(const QString &code);
    [[nodiscard]] static QString legalBasisExplanation(const QString &code);
};

// Cells with some room around the text, so wrapped lines do not touch the next row or column.
class RoomyItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(16, 10);
    }
};

} // namespace facturos::pages
