// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWebEngineProfile;

namespace xj {

/// The one owner of the browser profile: cookies, cache and local storage of inspected sites live
/// in the data folder (web/), so an inspection is reproducible from that folder alone and tests
/// never share state with the user's real browsing.
class WebProfile final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebProfile)
public:
    WebProfile(const QString &dataDirectory, QObject *parent = nullptr);

    QWebEngineProfile *profile() const { return m_profile; }

private:
    QWebEngineProfile *m_profile;
};

} // namespace xj
