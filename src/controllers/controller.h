#pragma once
// What every page controller shares: its state (idle/loading/saving/error) and the last failure as a typed
// api::ApiError (never text: the pages turn it into a sentence).

#include "api/apierror.h"

#include <QObject>

namespace facturos::controllers {

Q_NAMESPACE

enum class State {
    Idle,    // nothing in flight; the last action (if any) succeeded
    Loading, // reading from the server
    Saving,  // writing to the server
    Error,   // the last action failed: error() says why; the draft, if any, is kept
};
Q_ENUM_NS(State)

class Controller : public QObject
{
    Q_OBJECT
    Q_PROPERTY(facturos::controllers::State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged)
public:
    using QObject::QObject;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isBusy() const { return m_state == State::Loading || m_state == State::Saving; }
    // The last failure (Kind::None once an action succeeds).
    [[nodiscard]] const api::ApiError &error() const { return m_error; }

signals:
    void stateChanged(facturos::controllers::State state);
    void failed(const facturos::api::ApiError &error);

protected:
    void setState(State state);
    // Clears the error and sets `state` (Loading/Saving when an action starts, Idle when it succeeded).
    void begin(State state);
    void succeed() { begin(State::Idle); }
    // Keeps `error`, moves to Error and emits failed(); logs the kind and code only.
    void fail(const api::ApiError &error, const char *action);

private:
    State m_state = State::Idle;
    api::ApiError m_error;
};

} // namespace facturos::controllers
