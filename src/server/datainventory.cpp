#include "server/datainventory.h"

#include "server/database.h"
#include "server/userstore.h"

namespace facturos::server {

namespace {

struct CategoryText
{
    const char *key;
    const char *legalBasis;
    const char *nameEn, *nameFr;
    const char *purposeEn, *purposeFr;
    const char *retentionEn, *retentionFr;
    const char *recipientsEn, *recipientsFr;
};

// Stated once here so the app, the export and the closure screen all say the same thing.
const CategoryText kCategories[] = {
    {"identity", "contract", "Identity", "Identité",
     "Identify you and protect your account: name, username and a hash of your password.",
     "Vous identifier et protéger votre compte : nom, identifiant et empreinte de votre mot de passe.",
     "While the account is open; deleted 30 days after closure.",
     "Tant que le compte est ouvert ; supprimées 30 jours après la clôture.",
     "Facturos only (our host processes it on our behalf).",
     "Facturos uniquement (notre hébergeur la traite pour "
     "notre compte)."},
    {"contact", "contract", "Contact details", "Coordonnées",
     "Reach you about your account and invoices: e-mail address and phone number.",
     "Vous joindre au sujet de votre compte et de vos factures : adresse e-mail et téléphone.",
     "While the account is open; deleted 30 days after closure.",
     "Tant que le compte est ouvert ; supprimées 30 jours après la clôture.",
     "Facturos and our e-mail delivery provider.", "Facturos et notre prestataire d'envoi d'e-mails."},
    {"addresses", "contract", "Addresses", "Adresses",
     "Deliver and bill what you order: delivery and billing addresses.",
     "Livrer et facturer vos commandes : adresses de livraison et de facturation.",
     "While the account is open; deleted 30 days after closure.",
     "Tant que le compte est ouvert ; supprimées 30 jours après la clôture.",
     "Facturos and, for deliveries, the carrier.", "Facturos et, pour les livraisons, le transporteur."},
    {"company", "contract", "Company", "Entreprise",
     "Put your company's name and SIRET number on the invoices you issue.",
     "Faire figurer le nom et le SIRET de votre entreprise sur les factures que vous émettez.",
     "While the account is open; deleted 30 days after closure.",
     "Tant que le compte est ouvert ; supprimées 30 jours après la clôture.",
     "Facturos and the customers you send invoices to.", "Facturos et les clients à qui vous envoyez des factures."},
    {"usage", "legitimate_interest", "Usage and sign-in data", "Données d'utilisation et de connexion",
     "Keep your account secure: sign-ins, sessions, IP addresses, devices and browsers.",
     "Sécuriser votre compte : connexions, sessions, adresses IP, appareils et navigateurs.", "12 months.", "12 mois.",
     "Facturos only.", "Facturos uniquement."},
    {"location", "consent", "Location data", "Données de localisation",
     "Location services you turned on (GPS positions from the mobile app).",
     "Services de localisation que vous avez activés (positions GPS de l'application mobile).",
     "6 months, or until you withdraw consent.", "6 mois, ou jusqu'au retrait de votre consentement.", "Facturos only.",
     "Facturos uniquement."},
    {"support_chats", "contract", "Support chat transcripts", "Transcriptions du chat d'assistance",
     "Answer your questions and follow up on them.", "Répondre à vos questions et en assurer le suivi.",
     "3 years after the last exchange.", "3 ans après le dernier échange.", "Facturos support staff.",
     "L'équipe d'assistance de Facturos."},
    {"surveys", "consent", "Survey answers", "Réponses aux enquêtes", "Improve the service from your feedback.",
     "Améliorer le service grâce à vos avis.", "2 years.", "2 ans.", "Facturos only.", "Facturos uniquement."},
    {"mailboxes", "contract", "Mailbox links", "Boîtes mail reliées",
     "Send your invoices from your own mailboxes: address, server settings, encrypted access.",
     "Envoyer vos factures depuis vos propres boîtes mail : adresse, paramètres du serveur, accès chiffré.",
     "Until you disconnect the mailbox; its access is deleted at once.",
     "Jusqu'à la déconnexion de la boîte ; son accès est supprimé immédiatement.",
     "Facturos and your mail provider (Google for Gmail).",
     "Facturos et votre fournisseur de messagerie (Google "
     "pour Gmail)."},
    {"consents", "legal_obligation", "Consent history", "Historique des consentements",
     "Prove each choice you made about marketing and tracking (GDPR art. 7).",
     "Prouver chacun de vos choix en matière de prospection et de traceurs (RGPD art. 7).",
     // Erased with the rest of the account (accounteraser.cpp), so no longer retention is promised here.
     "While the account is open; deleted 30 days after closure.",
     "Tant que le compte est ouvert ; supprimé 30 jours après la clôture.",
     "Facturos only; supervisory "
     "authority (CNIL) on request.",
     "Facturos uniquement ; autorité de contrôle (CNIL) sur demande."},
    {"invoices", "legal_obligation", "Invoices and accounting records", "Factures et pièces comptables",
     "Keep the invoices and accounting records of your subscription, as the law requires, even after closure.",
     "Conserver les factures et pièces comptables de votre abonnement, comme la loi l'impose, même après la "
     "clôture.",
     "10 years from the end of the financial year (French Commercial Code, art. L123-22).",
     "10 ans à compter de la clôture de l'exercice (Code de commerce, art. L123-22).",
     "Facturos, our auditors, and the tax authorities on request.",
     "Facturos, nos commissaires aux comptes et l'administration fiscale sur demande."},
};

LocalizedText text(const char *en, const char *fr)
{
    return {QString::fromUtf8(en), QString::fromUtf8(fr)};
}

qint64 countOf(Database &db, const char *table, const QString &userId)
{
    // `table` is one of our literals below, never input.
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE user_id = ?").arg(QLatin1String(table)), {userId})
        .toLongLong();
}

qint64 filled(std::initializer_list<bool> present)
{
    qint64 n = 0;
    for (bool p : present)
        n += p ? 1 : 0;
    return n;
}

} // namespace

QList<DataCategory> dataInventory(Database &db, UserStore &users, const QString &userId)
{
    const std::optional<Profile> profile = users.profile(userId);
    const Profile p = profile.value_or(Profile{});
    QHash<QString, qint64> counts{
        {QStringLiteral("identity"), profile ? 1 : 0},
        {QStringLiteral("contact"), filled({!p.email.isEmpty(), !p.pendingEmail.isEmpty(), !p.phone.isEmpty()})},
        {QStringLiteral("addresses"), filled({!p.deliveryAddress.line1.isEmpty(), p.billingAddress.has_value()})},
        {QStringLiteral("company"), filled({!p.companyName.isEmpty() || !p.siret.isEmpty()})},
        {QStringLiteral("usage"), countOf(db, "activity", userId) + countOf(db, "sessions", userId)},
        {QStringLiteral("location"), countOf(db, "location_points", userId)},
        {QStringLiteral("support_chats"), countOf(db, "support_chats", userId)},
        {QStringLiteral("surveys"), countOf(db, "survey_answers", userId)},
        {QStringLiteral("mailboxes"), countOf(db, "mailboxes", userId)},
        {QStringLiteral("consents"), countOf(db, "consents", userId)},
        {QStringLiteral("invoices"), countOf(db, "legal_records", userId)},
    };
    QList<DataCategory> categories;
    for (const CategoryText &c : kCategories) {
        DataCategory category;
        category.key = QLatin1String(c.key);
        category.legalBasis = QLatin1String(c.legalBasis);
        category.name = text(c.nameEn, c.nameFr);
        category.purpose = text(c.purposeEn, c.purposeFr);
        category.retention = text(c.retentionEn, c.retentionFr);
        category.recipients = text(c.recipientsEn, c.recipientsFr);
        category.count = counts.value(category.key);
        categories.append(category);
    }
    return categories;
}

} // namespace facturos::server
