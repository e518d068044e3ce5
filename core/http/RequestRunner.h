#pragma once

#include "PreparedRequest.h"

#include <QObject>

class QNetworkAccessManager;
class RequestJob;

// Sends prepared requests: one QNetworkAccessManager for the whole session
// (connections are reused), no cache, no cookies (tokens authenticate, and a
// cookie from one service must never ride along elsewhere), redirects
// followed by RequestJob. Never blocks: results arrive as RequestJob::finished.
class RequestRunner : public QObject
{
    Q_OBJECT
public:
    explicit RequestRunner(QObject* parent = nullptr);
    ~RequestRunner() override;

    // Starts `request`; the job belongs to `owner` (or the runner) and
    // deletes itself later when the owner says so or with the owner.
    RequestJob* start(const PreparedRequest& request, QObject* owner = nullptr);

    QNetworkAccessManager& network() { return *m_network; }

private:
    QNetworkAccessManager* m_network;
};
