#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

// Copies secrets to the clipboard the careful way (DESIGN rule 4): marked with
// x-kde-passwordManagerHint so clipboard managers do not keep them, and
// cleared after a while, or when the app quits, if the clipboard still holds
// that secret. Only a hash of the secret is remembered, never the secret.
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultClearAfterMs = 30000;

    explicit SecretClipboard(QObject* parent = nullptr);
    ~SecretClipboard() override;

    void copySecret(const QString& secret);
    void setClearAfter(int milliseconds) { m_timer.setInterval(milliseconds); }
    int clearAfter() const { return m_timer.interval(); }
    bool isHoldingSecret() const { return !m_hash.isEmpty(); }

signals:
    void cleared();

private:
    void clearIfStillOurs();
    static QByteArray hashOf(const QString& text);

    QTimer m_timer;
    QByteArray m_hash;
};
