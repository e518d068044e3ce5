#include "SettingsDialog.h"

#include "storage/Settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_timeout(new QSpinBox(this))
    , m_maxBody(new QSpinBox(this))
    , m_pageCap(new QSpinBox(this))
    , m_historyCap(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" seconds"));
    m_timeout->setValue(settings.timeoutSeconds());
    m_timeout->setObjectName(QStringLiteral("timeoutBox"));
    m_maxBody->setRange(1, 16384);
    m_maxBody->setSuffix(tr(" MB"));
    m_maxBody->setValue(int(settings.maxBodyBytes() / (1024 * 1024)));
    m_pageCap->setRange(1, 10000);
    m_pageCap->setSuffix(tr(" pages"));
    m_pageCap->setValue(settings.pageCap());
    m_historyCap->setRange(0, 100000);
    m_historyCap->setSuffix(tr(" requests"));
    m_historyCap->setValue(settings.historyCap());

    auto* form = new QFormLayout;
    form->addRow(tr("Give up waiting for an answer after:"), m_timeout);
    form->addRow(tr("Save answers larger than this to a file:"), m_maxBody);
    form->addRow(tr("\"Load all pages\" stops after:"), m_pageCap);
    form->addRow(tr("History keeps the last:"), m_historyCap);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_settings.setValue(Settings::Key::TimeoutSeconds, m_timeout->value());
    m_settings.setValue(Settings::Key::MaxBodyMegabytes, m_maxBody->value());
    m_settings.setValue(Settings::Key::PageCap, m_pageCap->value());
    m_settings.setValue(Settings::Key::HistoryCap, m_historyCap->value());
    QDialog::accept();
}
