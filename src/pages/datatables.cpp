#include "pages/datatables.h"

#include "pages/purposetext.h"

#include <QDateTime>
#include <QLocale>

namespace facturos::pages {

using controllers::ConsentListModel;
using controllers::DataCategoryListModel;

namespace {

QString textIn(const QModelIndex &row, int enRole, int frRole, const QString &language)
{
    const QString fr = row.data(frRole).toString();
    return language == QLatin1String("fr") && !fr.isEmpty() ? fr : row.data(enRole).toString();
}

// Every cell of an inventory row describes the whole row to assistive technologies and in its tooltip.
QString categorySummary(const QModelIndex &row, const QString &language)
{
    const qint64 count = row.data(DataCategoryListModel::CountRole).toLongLong();
    const QString basis = row.data(DataCategoryListModel::LegalBasisRole).toString();
    //: The full description of one category of data. %1 category, %2 purpose, %3 legal basis, %4 what the legal
    //: basis means, %5 how long it is kept, %6 who receives it, %7 number of items.
    return DataTables::tr("%1\nWhy: %2\nLegal basis: %3 (%4)\nKept: %5\nShared with: %6\nItems held: %7")
        .arg(textIn(row, DataCategoryListModel::NameEnRole, DataCategoryListModel::NameFrRole, language),
             textIn(row, DataCategoryListModel::PurposeEnRole, DataCategoryListModel::PurposeFrRole, language),
             DataTables::legalBasis(basis), DataTables::legalBasisExplanation(basis),
             textIn(row, DataCategoryListModel::RetentionEnRole, DataCategoryListModel::RetentionFrRole, language),
             textIn(row, DataCategoryListModel::RecipientsEnRole, DataCategoryListModel::RecipientsFrRole, language),
             QLocale().toString(count));
}

QString consentSummary(const QModelIndex &row)
{
    const QString purpose = row.data(ConsentListModel::PurposeRole).toString();
    //: One entry of the consent history. %1 date and time, %2 the choice's name, %3 "Granted" or "Refused",
    //: %4 where it was made ("Desktop app"), %5 the privacy statement's version.
    return DataTables::tr("%1: %2, %3, from %4, privacy statement %5")
        .arg(QLocale().toString(row.data(ConsentListModel::TimeRole).toDateTime().toLocalTime(), QLocale::LongFormat),
             PurposeText::name(purpose), PurposeText::choice(purpose, row.data(ConsentListModel::GrantedRole).toBool()),
             PurposeText::source(row.data(ConsentListModel::SourceRole).toString()),
             row.data(ConsentListModel::StatementVersionRole).toString());
}

using Text = std::function<QString(const QModelIndex &)>;

// A column showing `text`, with `summary` as its tooltip and accessible description.
ListColumnsModel::Column column(const QString &title, Text text, Text summary,
                                Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    return {title,
            [text = std::move(text), summary = std::move(summary), alignment](const QModelIndex &row,
                                                                              int role) -> QVariant {
                switch (role) {
                case Qt::DisplayRole:
                    return text(row);
                case Qt::ToolTipRole:
                case Qt::AccessibleDescriptionRole:
                    return summary(row);
                case Qt::TextAlignmentRole:
                    return int(alignment);
                default:
                    return {};
                }
            }};
}

} // namespace

ListColumnsModel *DataTables::inventory(DataCategoryListModel &model, const QString &language, QObject *parent)
{
    const Text summary = [language](const QModelIndex &row) { return categorySummary(row, language); };
    const auto localized = [language](int en, int fr) {
        return [language, en, fr](const QModelIndex &row) { return textIn(row, en, fr, language); };
    };
    using M = DataCategoryListModel;
    QList<ListColumnsModel::Column> columns = {
        column(tr("Category"), localized(M::NameEnRole, M::NameFrRole), summary),
        column(tr("What it holds and why"), localized(M::PurposeEnRole, M::PurposeFrRole), summary),
        column(
            tr("Legal basis"),
            [](const QModelIndex &row) { return legalBasis(row.data(M::LegalBasisRole).toString()); }, summary),
        column(tr("Kept for"), localized(M::RetentionEnRole, M::RetentionFrRole), summary),
        column(
            tr("Items", "data held"),
            [](const QModelIndex &row) { return QLocale().toString(row.data(M::CountRole).toLongLong()); }, summary,
            Qt::AlignRight | Qt::AlignVCenter),
    };
    return new ListColumnsModel(model, std::move(columns), parent);
}

ListColumnsModel *DataTables::consents(ConsentListModel &model, QObject *parent)
{
    using M = ConsentListModel;
    const Text summary = &consentSummary;
    QList<ListColumnsModel::Column> columns = {
        column(
            tr("When"),
            [](const QModelIndex &row) {
                return QLocale().toString(row.data(M::TimeRole).toDateTime().toLocalTime(), QLocale::ShortFormat);
            },
            summary),
        column(
            tr("Choice", "consent history: which choice"),
            [](const QModelIndex &row) { return PurposeText::name(row.data(M::PurposeRole).toString()); }, summary),
        column(
            tr("Decision", "consent history: granted or refused"),
            [](const QModelIndex &row) {
                return PurposeText::choice(row.data(M::PurposeRole).toString(), row.data(M::GrantedRole).toBool());
            },
            summary),
        column(
            tr("From", "consent history: where the choice was made"),
            [](const QModelIndex &row) { return PurposeText::source(row.data(M::SourceRole).toString()); }, summary),
        column(
            tr("Privacy statement"),
            [](const QModelIndex &row) { return row.data(M::StatementVersionRole).toString(); }, summary),
    };
    return new ListColumnsModel(model, std::move(columns), parent);
}

QString DataTables::legalBasis(const QString &code)
{
    if (code == QLatin1String("contract"))
        return tr("Contract");
    if (code == QLatin1String("legal_obligation"))
        return tr("Legal obligation");
    if (code == QLatin1String("consent"))
        return tr("Your consent");
    if (code == QLatin1String("legitimate_interest"))
        return tr("Legitimate interest");
    return code;
}

QString DataTables::legalBasisExplanation(const QString &code)
{
    if (code == QLatin1String("contract"))
        return tr("needed to provide the service you signed up for");
    if (code == QLatin1String("legal_obligation"))
        return tr("the law requires us to keep it");
    if (code == QLatin1String("consent"))
        return tr("only because you agreed; you can withdraw at any time");
    if (code == QLatin1String("legitimate_interest"))
        return tr("needed to keep your account secure; you can object by contacting us");
    return tr("see the privacy statement");
}

} // namespace facturos::pages
