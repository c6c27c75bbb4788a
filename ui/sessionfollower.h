#pragma once

#include "engine/session.h"

#include <QPointer>

namespace Lab {

// The session a chart draws, held by the chart: it lets the one before go, and tells the chart
// when a batch starts and as it goes. The charts keep no copy of the runs; they read them from
// the session when told, so the session must stay the one place they live.
class SessionFollower {
public:
    // Follows `session` (null: none), calls `onBatchStarted` now, to draw what is there, and
    // after that at each batch's start and when other batches are chosen, `onUpdated` as it goes. `view` is
    // the connections' context.
    template <typename View>
    void follow(const Session* session, View* view, void (View::*onBatchStarted)(), void (View::*onUpdated)())
    {
        if (m_session)
            QObject::disconnect(m_session, nullptr, view, nullptr);
        m_session = session;
        if (session) {
            QObject::connect(session, &Session::batchStarted, view, onBatchStarted);
            QObject::connect(session, &Session::shownChanged, view, onBatchStarted);
            QObject::connect(session, &Session::updated, view, onUpdated);
        }
        (view->*onBatchStarted)();
    }

    const Session* get() const { return m_session; }
    const Session* operator->() const { return m_session; }
    explicit operator bool() const { return !m_session.isNull(); }

private:
    QPointer<const Session> m_session; // null again once the session is destroyed
};

} // namespace Lab
