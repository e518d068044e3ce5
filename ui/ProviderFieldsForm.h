#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

struct Provider;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// The extra things a service needs besides the token, built from its provider
// file: the host of a self-hosted service, a region, an email, an account to
// choose, or (for a custom API) the address and how the token is sent.
class ProviderFieldsForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProviderFieldsForm(QWidget* parent = nullptr);

    void setProvider(const Provider& provider);

    QJsonObject fieldValues() const;
    QString baseUrl() const;
    QString customAuthScheme() const;
    QString customAuthName() const;
    bool isEmpty() const;

    // Fills a "choice" field (e.g. Harvest's accounts) with label/value pairs.
    void setChoices(const QString& fieldId, const QList<QPair<QString, QString>>& choices);
    void setChoicesStatus(const QString& fieldId, const QString& status);
    // The widget holding `fieldId` ("host", "region", "baseUrl", a field id), for focus and tests.
    QWidget* editorFor(const QString& fieldId) const;

signals:
    void changed();
    // A "choice" field wants its list fetched with the token (see setChoices).
    void choicesRequested(const QString& fieldId);

private:
    void clear();
    QLineEdit* addLineEdit(const QString& id, const QString& label, const QString& placeholder, const QString& help);

    QFormLayout* m_form;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_statusLabels;
    bool m_custom = false;
    bool m_hasRegions = false;
};
