// Help › Copy support snapshot… on the demo account: the dialog shows the whole document before anything leaves
// the app; it describes every section (sections, statuses, alerts, list totals read to their end, app version,
// language, server); personal values are placeholders of the same shape; none of the demo account's real values,
// secrets or tokens is in it; Copy and Save as… hand over exactly the text shown; the same account gives the
// same document.

#include "snapshottest.h"

#include "core/json.h"
#include "server/database.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>

using namespace facturos;
using namespace facturos::test;

namespace {

// The demo user's personal values in the demo fixture: every string longer than 3 characters under a key that
// holds something about the person, their company, their mailboxes, devices or administrators.
QStringList demoPersonalValues()
{
    static const QSet<QString> personalKeys{
        QStringLiteral("id"),       QStringLiteral("password"),    QStringLiteral("firstName"),
        QStringLiteral("lastName"), QStringLiteral("username"),    QStringLiteral("email"),
        QStringLiteral("phone"),    QStringLiteral("companyName"), QStringLiteral("siret"),
        QStringLiteral("line1"),    QStringLiteral("line2"),       QStringLiteral("postalCode"),
        QStringLiteral("city"),     QStringLiteral("address"),     QStringLiteral("host"),
        QStringLiteral("secret"),   QStringLiteral("ip"),          QStringLiteral("displayName"),
        QStringLiteral("topic"),    QStringLiteral("transcript"),  QStringLiteral("answer"),
        QStringLiteral("reference")};
    QFile file(TestServer::demoFixturePath());
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("(demo fixture not readable)")};
    const QJsonObject demo = parseJsonObject(file.readAll()).value_or(QJsonObject());
    QStringList values;
    std::function<void(const QJsonValue &, const QString &)> walk = [&](const QJsonValue &v, const QString &key) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                walk(it.value(), it.key());
        } else if (v.isArray()) {
            for (const QJsonValue &item : v.toArray())
                walk(item, key);
        } else if (v.isString() && v.toString().size() > 3 && personalKeys.contains(key)) {
            values.append(v.toString());
        }
    };
    walk(demo.value(QStringLiteral("users")).toArray().at(0), QString());
    return values;
}

// `value` in `text` as a whole token (not inside a longer word or number), case-insensitively.
bool containsToken(const QString &text, const QString &value)
{
    const QRegularExpression token(QStringLiteral("(?<![\\w])%1(?![\\w])").arg(QRegularExpression::escape(value)),
                                   QRegularExpression::CaseInsensitiveOption |
                                       QRegularExpression::UseUnicodePropertiesOption);
    return token.match(text).hasMatch();
}

QStringList keysOf(const QJsonValue &value)
{
    QStringList keys;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            keys << it.key() << keysOf(it.value());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            keys << keysOf(item);
    }
    return keys;
}

} // namespace

class TestSupportSnapshot : public QObject
{
    Q_OBJECT
    std::unique_ptr<AppHarness> h;
    QString text;
    QJsonObject document;
    QTemporaryDir files;

    QJsonObject meta() const { return document.value(QStringLiteral("snapshot")).toObject(); }
    QJsonObject user() const { return document.value(QStringLiteral("users")).toArray().at(0).toObject(); }
    QJsonObject lists() const { return meta().value(QStringLiteral("lists")).toObject(); }
    int total(const char *list) const
    {
        return lists().value(QLatin1String(list)).toObject().value(QStringLiteral("total")).toInt(-1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(keyringProblem().isEmpty(), qPrintable(keyringProblem()));
        h = std::make_unique<AppHarness>();
        QVERIFY2(h->server->isRunning(), qPrintable(h->server->error()));
        h->start();
        auto *action = findWidget<QAction>(&h->window(), QStringLiteral("supportSnapshotAction"));
        QVERIFY(action);
        QTRY_VERIFY(h->app->session().status() == controllers::SessionController::Status::SignedOut);
        QVERIFY(!action->isEnabled()); // nothing to snapshot before signing in
        QVERIFY(h->startAndSignIn());
        pages::SupportSnapshotDialog *dialog = nullptr;
        text = takeSnapshotThroughHelp(*h, &dialog);
        QVERIFY2(!text.isEmpty(), "the support snapshot dialog showed no document");
        document = parseJsonObject(text.toUtf8()).value_or(QJsonObject());
        QVERIFY(!document.isEmpty());
        dialog->close();
    }
    void cleanupTestCase()
    {
        if (h)
            h->signOut();
    }

    void describesEverySectionAsTheAppSawIt()
    {
        QCOMPARE(meta().value(QStringLiteral("sections")).toVariant().toStringList(), h->window().sections());
        QCOMPARE(meta().value(QStringLiteral("server")).toString(), h->server->url().toString());
        QCOMPARE(meta().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QCOMPARE(meta().value(QStringLiteral("app")).toObject().value(QStringLiteral("version")).toString(),
                 QStringLiteral(FACTUROS_VERSION));
        QVERIFY(!meta().value(QStringLiteral("locale")).toString().isEmpty());
        const QJsonObject overview = meta().value(QStringLiteral("overview")).toObject();
        QCOMPARE(overview.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QStringList alerts;
        for (const QJsonValue &a : overview.value(QStringLiteral("alerts")).toArray())
            alerts.append(a.toObject().value(QStringLiteral("kind")).toString());
        QCOMPARE(alerts,
                 (QStringList{QStringLiteral("mailbox_needs_reconnection"), QStringLiteral("statement_updated")}));
        // Everything the server holds (the demo's year of sign-ins and the test's own), read to the end.
        const QString demoId = h->server->userId(kDemoEmail);
        const auto count = [this, &demoId](const char *table) {
            return h->server->server()
                .database()
                .scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE user_id = ?").arg(QLatin1String(table)), {demoId})
                .toInt();
        };
        QVERIFY(count("activity") > 290);
        QCOMPARE(total("activity"), count("activity"));
        QCOMPARE(lists().value(QStringLiteral("activity")).toObject().value(QStringLiteral("totalIsLowerBound")),
                 false);
        QCOMPARE(total("consents"), 5);
        QCOMPARE(total("sessions"), 4);
        QCOMPARE(total("delegates"), 1);
        QCOMPARE(lists().value(QStringLiteral("mailboxes")).toObject().value(QStringLiteral("statuses")).toObject(),
                 (QJsonObject{{QStringLiteral("ok"), 1}, {QStringLiteral("needs_reconnection"), 1}}));
        QCOMPARE(meta().value(QStringLiteral("inventory")).toObject().size(), 11);
        // The fixture part: the first page row by row, the rest generated, the support sign-in's places kept.
        QCOMPARE(user().value(QStringLiteral("sessions")).toArray().size(), 3);
        int activityRows = 0;
        for (const QJsonValue &row : user().value(QStringLiteral("activity")).toArray()) {
            const QJsonObject generate = row.toObject().value(QStringLiteral("generate")).toObject();
            activityRows += generate.isEmpty() ? 1 : generate.value(QStringLiteral("count")).toInt();
        }
        QCOMPARE(activityRows, count("activity") - 1); // the support sign-in will add one
    }

    void personalValuesKeepTheirShape()
    {
        const QJsonObject profile = user().value(QStringLiteral("profile")).toObject();
        const QString phone = profile.value(QStringLiteral("phone")).toString();
        QCOMPARE(validation::normalizePhone(phone), std::optional<QString>(phone));
        QVERIFY2(phone.startsWith(QLatin1String("+336")), qPrintable(phone)); // a French mobile stays one
        const QString siret = profile.value(QStringLiteral("siret")).toString();
        QCOMPARE(validation::normalizeSiret(siret), std::optional<QString>(siret));
        QVERIFY(validation::isLuhnValid(siret.left(9))); // the SIREN too
        for (const char *key : {"deliveryAddress", "billingAddress"}) {
            const QJsonObject address = profile.value(QLatin1String(key)).toObject();
            QVERIFY(validation::isValidFrenchPostalCode(address.value(QStringLiteral("postalCode")).toString()));
            QVERIFY(!address.value(QStringLiteral("city")).toString().isEmpty());
            QVERIFY(!address.value(QStringLiteral("line1")).toString().isEmpty());
        }
        // An empty field stays empty: the demo fills the delivery address's second line, not the billing one's.
        QVERIFY(!profile.value(QStringLiteral("deliveryAddress"))
                     .toObject()
                     .value(QStringLiteral("line2"))
                     .toString()
                     .isEmpty());
        QVERIFY(profile.value(QStringLiteral("billingAddress"))
                    .toObject()
                    .value(QStringLiteral("line2"))
                    .toString()
                    .isEmpty());
        QVERIFY(profile.value(QStringLiteral("billingAddress"))
                    .toObject()
                    .value(QStringLiteral("line1"))
                    .toString()
                    .startsWith(QLatin1String("BP "))); // a postal box stays a postal box
        QVERIFY(profile.value(QStringLiteral("billingAddress"))
                    .toObject()
                    .value(QStringLiteral("city"))
                    .toString()
                    .contains(QLatin1String(" Cedex 04")));
        QCOMPARE(meta().value(QStringLiteral("supportSignIn")).toObject().value(QStringLiteral("email")).toString(),
                 profile.value(QStringLiteral("email")).toString());
        const QRegularExpression example(QStringLiteral("^[^@]+@example\\.(fr|com|net|org)$"));
        QVERIFY(example.match(profile.value(QStringLiteral("email")).toString()).hasMatch());
        for (const QJsonValue &m : user().value(QStringLiteral("mailboxes")).toArray())
            QVERIFY(example.match(m.toObject().value(QStringLiteral("address")).toString()).hasMatch());
        for (const QJsonValue &d : user().value(QStringLiteral("delegates")).toArray())
            QVERIFY(example.match(d.toObject().value(QStringLiteral("email")).toString()).hasMatch());
        for (const QJsonValue &s : user().value(QStringLiteral("sessions")).toArray()) {
            const QHostAddress ip(s.toObject().value(QStringLiteral("ip")).toString());
            QVERIFY(ip.isInSubnet(QHostAddress::parseSubnet(QStringLiteral("192.0.2.0/24"))) || ip.isLoopback());
        }
    }

    void holdsNoRealValueAndNoSecret()
    {
        const QStringList personal = demoPersonalValues();
        QVERIFY(personal.size() > 30);
        for (const QString &value : personal)
            QVERIFY2(!containsToken(text, value), qPrintable(QStringLiteral("the snapshot holds \"%1\"").arg(value)));
        const QStringList keys = keysOf(document);
        for (const char *secret : {"secret", "passwordHash", "token", "accessToken", "refreshToken", "code"})
            QVERIFY2(!keys.contains(QLatin1String(secret)), secret);
        QCOMPARE(keys.count(QStringLiteral("password")), 1); // supportSignIn.password: where to find it, not it
        QVERIFY(!containsToken(text, kDemoPassword));
        QVERIFY(!text.contains(QLatin1String("Bearer")));
    }

    void copyAndSaveHandOverWhatIsShown()
    {
        pages::SupportSnapshotDialog *dialog = nullptr;
        const QString again = takeSnapshotThroughHelp(*h, &dialog);
        QVERIFY(dialog);
        QTest::mouseClick(findWidget<QPushButton>(dialog, QStringLiteral("supportSnapshotCopyButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), again);

        // A few lines selected in the view, Ctrl+C: those lines, in order.
        auto *view = findWidget<QTableView>(dialog, QStringLiteral("supportSnapshotView"));
        QApplication::setActiveWindow(dialog);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        view->selectionModel()->select(QItemSelection(view->model()->index(1, 0), view->model()->index(3, 0)),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 again.split(QLatin1Char('\n')).mid(1, 3).join(QLatin1Char('\n')));
        QTest::keyClick(view, Qt::Key_Tab); // on to the buttons, not to the next line
        QTRY_VERIFY(!view->hasFocus());
        QVERIFY(dialog->isAncestorOf(QApplication::focusWidget()));

        h->prompter.saveFilePath.clear(); // the user cancels the file dialog: nothing is written
        QTest::mouseClick(findWidget<QPushButton>(dialog, QStringLiteral("supportSnapshotSaveButton")), Qt::LeftButton);
        QCOMPARE(h->prompter.saveTitles.size(), 1);
        QVERIFY(QDir(files.path()).isEmpty());
        h->prompter.saveFilePath = files.filePath(QStringLiteral("snapshot.json"));
        QTest::mouseClick(findWidget<QPushButton>(dialog, QStringLiteral("supportSnapshotSaveButton")), Qt::LeftButton);
        QFile saved(h->prompter.saveFilePath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner); // the user's file alone (0600)
        QCOMPARE(QString::fromUtf8(saved.readAll()), again);
        QVERIFY(findWidget<QLabel>(dialog, QStringLiteral("supportSnapshotStatusLabel"))
                    ->text()
                    .contains(QLatin1String("Saved to")));
        dialog->close();
    }

    void theSameAccountGivesTheSamePlaceholders()
    {
        pages::SupportSnapshotDialog *dialog = nullptr;
        const auto again = parseJsonObject(takeSnapshotThroughHelp(*h, &dialog).toUtf8());
        QVERIFY(again);
        dialog->close();
        QCOMPARE(again->value(QStringLiteral("users")), document.value(QStringLiteral("users")));
    }

    // Last: the server goes away.
    void aFailureSaysWhyAndOffersToTryAgain()
    {
        h->server.reset();
        findWidget<QAction>(&h->window(), QStringLiteral("supportSnapshotAction"))->trigger();
        QPointer<pages::SupportSnapshotDialog> dialog;
        for (auto *d : h->window().findChildren<pages::SupportSnapshotDialog *>()) {
            if (d->isVisible())
                dialog = d;
        }
        QVERIFY(dialog);
        auto *retry = findWidget<QPushButton>(dialog, QStringLiteral("supportSnapshotRetryButton"));
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 30000);
        QVERIFY(findWidget<QLabel>(dialog, QStringLiteral("supportSnapshotStatusLabel"))
                    ->text()
                    .startsWith(QLatin1String("The snapshot could not be taken. Facturos can't be reached")));
        QVERIFY(!findWidget<QPushButton>(dialog, QStringLiteral("supportSnapshotCopyButton"))->isEnabled());
        QVERIFY(!findWidget<QPushButton>(dialog, QStringLiteral("supportSnapshotSaveButton"))->isEnabled());
        QVERIFY(dialog->text().isEmpty());
        dialog->close();
    }
};

QTEST_MAIN(TestSupportSnapshot)
#include "tst_supportsnapshot.moc"
