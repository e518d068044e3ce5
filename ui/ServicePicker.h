#pragma once

#include <QWidget>

class ProviderCatalog;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

// Picks a service from the catalog: a search field over a list of services
// with their icons. Services that need admin rights or an app are marked.
class ServicePicker : public QWidget
{
    Q_OBJECT
public:
    explicit ServicePicker(const ProviderCatalog& catalog, QWidget* parent = nullptr);

    QString currentProviderId() const;
    void setCurrentProvider(const QString& id);
    QLineEdit* searchField() const { return m_search; }
    QListView* list() const { return m_list; }

signals:
    void providerChanged(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_search;
    QListView* m_list;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_filter;
};
