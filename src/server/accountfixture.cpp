#include "server/accountfixture.h"

#include "core/closure.h"
#include "core/json.h"
#include "core/preferences.h"
#include "server/closureservice.h"
#include "server/fixture.h"
#include "server/servercontext.h"
#include "server/userstore.h"

namespace facturos::server {

namespace {

bool isPurpose(const QString &purpose)
{
    return consentPurposes().contains(purpose);
}

} // namespace

AccountFixture::AccountFixture(JsonReader &user, FieldErrors *errors)
{
    m_closurePath = user.childPath(QStringLiteral("closure"));
    if (const auto closure = user.object(QStringLiteral("closure"), Presence::Optional))
        m_closure = closureStateFromJson(*closure, m_closurePath, errors);
    const QJsonArray consents = user.array(QStringLiteral("consents"), Presence::Optional);
    for (qsizetype i = 0; i < consents.size(); ++i) {
        const QString path = user.childPath(QStringLiteral("consents")) + QStringLiteral("[%1]").arg(i);
        QJsonObject item = consents.at(i).toObject();
        if (item.size() == 1 && item.value(QStringLiteral("generate")).isObject()) {
            generateConsents(item.value(QStringLiteral("generate")).toObject(), path + QStringLiteral(".generate"),
                             errors);
            continue;
        }
        item.insert(QStringLiteral("id"), QString::number(i)); // ids are the server's to assign
        if (auto record = consentRecordFromJson(item, path, errors))
            m_consents.append(*record);
    }
}

void AccountFixture::generateConsents(const QJsonObject &object, const QString &path, FieldErrors *errors)
{
    const qsizetype before = errors->size();
    JsonReader spec(object, path, errors);
    const qint64 count = spec.integer(QStringLiteral("count"));
    const QDateTime from = spec.time(QStringLiteral("from"));
    const QDateTime to = spec.time(QStringLiteral("to"));
    const QJsonArray purposeList = spec.array(QStringLiteral("purposes"));
    QString source = spec.string(QStringLiteral("source"), Presence::Optional);
    const QString statementVersion = spec.string(QStringLiteral("statementVersion"));
    spec.rejectUnknown();
    if (source.isEmpty())
        source = QStringLiteral("fixture");
    QStringList purposes;
    for (const QJsonValue &p : purposeList)
        purposes.append(p.toString());
    if (purposes.isEmpty() || !std::all_of(purposes.cbegin(), purposes.cend(), isPurpose))
        spec.addError(QStringLiteral("purposes"), ErrorCode::InvalidFormat,
                      QStringLiteral("Expected one or more consent purposes."));
    checkGeneratedCount(spec, count);
    if (from.isValid() && to.isValid() && from > to)
        spec.addError(QStringLiteral("to"), ErrorCode::InvalidFormat, QStringLiteral("Cannot be before from."));
    if (errors->size() != before)
        return;

    const qint64 span = from.secsTo(to);
    QHash<QString, bool> last; // per purpose: the last value generated
    for (qint64 i = 0; i < count; ++i) {
        ConsentRecord r;
        r.purpose = purposes.at(int(i % purposes.size()));
        r.granted = !last.value(r.purpose, false);
        last.insert(r.purpose, r.granted);
        r.time = from.addSecs(count > 1 ? span * i / (count - 1) : span);
        r.source = source;
        r.statementVersion = statementVersion;
        m_consents.append(r);
    }
}

bool AccountFixture::store(ServerContext &ctx, const QString &userId, FieldErrors *errors) const
{
    for (const ConsentRecord &r : m_consents)
        ctx.users.appendConsent(userId, {r.purpose, r.granted}, r.source, r.statementVersion, r.time);
    if (!m_closure)
        return true;
    if (!insertClosure(ctx.db, userId, *m_closure, QString())) {
        errors->append({m_closurePath, ErrorCode::Taken, QStringLiteral("the closure was refused")});
        return false;
    }
    return true;
}

} // namespace facturos::server
