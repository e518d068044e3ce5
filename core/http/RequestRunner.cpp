#include "RequestRunner.h"

#include "RequestJob.h"

#include <QNetworkAccessManager>

RequestRunner::RequestRunner(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setStrictTransportSecurityEnabled(true);
}

RequestRunner::~RequestRunner() = default;

RequestJob* RequestRunner::start(const PreparedRequest& request, QObject* owner)
{
    auto* job = new RequestJob(*m_network, request, owner ? owner : this);
    job->start();
    return job;
}
