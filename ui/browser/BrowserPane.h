// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWidget>

class QLineEdit;
class QProgressBar;
class QToolButton;
class QWebEngineProfile;
class QWebEngineView;

namespace xj {

struct Site;

/// The embedded browser: navigation buttons, an address bar, load progress and the page itself.
class BrowserPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserPane)
public:
    BrowserPane(QWebEngineProfile *profile, QWidget *parent = nullptr);

    QWebEngineView *view() const { return m_view; }
    QUrl url() const;
    QString title() const;

    void load(const QUrl &url);
    /// A page describing a new-media account, which cannot be opened in a desktop browser.
    void showAccount(const Site &site);
    void showBlank();

signals:
    void urlChanged(const QUrl &url);
    void titleChanged(const QString &title);
    void loadFinished(bool ok);

private:
    void loadAddressBarText();
    void setLoading(bool loading);

    QWebEngineView *m_view;
    QLineEdit *m_address;
    QProgressBar *m_progress;
    QToolButton *m_back;
    QToolButton *m_forward;
    QToolButton *m_reload;
    QToolButton *m_stop;
};

} // namespace xj
