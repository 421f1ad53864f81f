#pragma once
// The long lists of a support snapshot (sessions, activity, consent history) in the fixture's format: the
// first page row by row, the rest as generators of the same count, span and kinds; and their summary for the
// snapshot's "lists" member. Part of supportSnapshotDocument().

#include "controllers/snapshotdocument.h"

#include <QJsonArray>

namespace facturos::controllers {

class SnapshotPlaceholders;

struct SnapshotRows
{
    QJsonArray sessions;
    QJsonArray activity;
    QJsonArray consents;
    QJsonObject summary; // {"sessions":{…},"activity":{…},"consents":{…}}
};

[[nodiscard]] SnapshotRows snapshotRows(SnapshotPlaceholders &placeholders, const SnapshotInput &input);

} // namespace facturos::controllers
