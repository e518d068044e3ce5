#pragma once

#include <QDialog>

class QSpinBox;
class Settings;

// Preferences: how long to wait for an answer, how large an answer may be
// before it is saved to a file instead, how many pages "load all" fetches,
// how much history to keep.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Settings& settings, QWidget* parent = nullptr);

    QSpinBox* timeoutBox() const { return m_timeout; }

public slots:
    void accept() override;

private:
    Settings& m_settings;
    QSpinBox* m_timeout;
    QSpinBox* m_maxBody;
    QSpinBox* m_pageCap;
    QSpinBox* m_historyCap;
};
