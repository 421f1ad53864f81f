#include "controllers/controller.h"

#include "controllers/logging.h"

namespace facturos::controllers {

Q_LOGGING_CATEGORY(lcControllers, "facturos.controllers", QtInfoMsg)

void Controller::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Controller::begin(State state)
{
    m_error = {};
    setState(state);
}

void Controller::fail(const api::ApiError &error, const char *action)
{
    m_error = error;
    // Kind, code and status only: the detail may quote a server message about the user's data.
    qCInfo(lcControllers) << metaObject()->className() << action << "failed:" << api::ApiError::kindName(error.kind)
                          << error.code << error.httpStatus;
    setState(State::Error);
    emit failed(error);
}

} // namespace facturos::controllers
