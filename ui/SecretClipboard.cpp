#include "SecretClipboard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

SecretClipboard::SecretClipboard(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultClearAfterMs);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfStillOurs);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &SecretClipboard::clearIfStillOurs);
}

SecretClipboard::~SecretClipboard()
{
    clearIfStillOurs();
}

void SecretClipboard::copySecret(const QString& secret)
{
    auto* mime = new QMimeData;
    mime->setText(secret);
    // KDE Klipper, and managers that follow it, skip entries marked as secrets.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#ifdef Q_OS_MACOS
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), secret.toUtf8());
#endif
#ifdef Q_OS_WIN
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
#endif
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_hash = hashOf(secret);
    m_timer.start();
}

void SecretClipboard::clearIfStillOurs()
{
    if (m_hash.isEmpty()) {
        return;
    }
    m_timer.stop();
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard && hashOf(clipboard->text(QClipboard::Clipboard)) == m_hash) {
        clipboard->clear(QClipboard::Clipboard);
    }
    m_hash.clear();
    emit cleared();
}

QByteArray SecretClipboard::hashOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
