#include "ServicePicker.h"

#include "ProviderIcon.h"
#include "providers/ProviderCatalog.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QUrl>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;

} // namespace

ServicePicker::ServicePicker(const ProviderCatalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_search->setPlaceholderText(tr("Search services"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("serviceSearch"));
    m_search->setAccessibleName(tr("Search services"));
    m_search->installEventFilter(this);

    for (const Provider& provider : catalog.providers()) {
        auto* item = new QStandardItem(ProviderIcon::forProvider(provider),
                                       provider.advanced ? tr("%1 (advanced)").arg(provider.name) : provider.name);
        item->setData(provider.id, IdRole);
        QString search = provider.name + QLatin1Char(' ') + provider.id;
        if (!provider.baseUrl.isEmpty()) {
            search += QLatin1Char(' ') + QUrl(provider.baseUrl).host();
        }
        item->setData(search, SearchRole);
        item->setToolTip(provider.advanced
                             ? tr("%1 needs admin rights or an app of your own to get a token.").arg(provider.name)
                             : provider.name);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_list->setModel(m_filter);
    m_list->setObjectName(QStringLiteral("serviceList"));
    m_list->setAccessibleName(tr("Services"));
    m_list->setIconSize(QSize(24, 24));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text.trimmed());
        if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0) {
            m_list->setCurrentIndex(m_filter->index(0, 0));
        }
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (current.isValid()) {
            emit providerChanged(current.data(IdRole).toString());
        }
    });
}

QString ServicePicker::currentProviderId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(IdRole).toString() : QString();
}

void ServicePicker::setCurrentProvider(const QString& id)
{
    if (id == currentProviderId()) {
        return;
    }
    m_search->clear();
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(IdRole).toString() == id) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            return;
        }
    }
}

bool ServicePicker::eventFilter(QObject* watched, QEvent* event)
{
    // Arrow keys in the search field move through the list.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int row = m_list->currentIndex().row() + (key->key() == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_filter->rowCount()) {
                m_list->setCurrentIndex(m_filter->index(row, 0));
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
