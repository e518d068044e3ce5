#include "HistoryModel.h"

#include "data/HumanFormat.h"
#include "presets/History.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>
#include <QUrl>

HistoryModel::HistoryModel(const History& history, QObject* parent)
    : QAbstractListModel(parent)
    , m_history(history)
{
    connect(&history, &History::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_history.entries().size());
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const HistoryEntry& entry = m_history.entries().at(m_history.entries().size() - 1 - index.row());
    const QUrl url(entry.url);
    const QString where = url.host().isEmpty() ? entry.url : url.host() + url.path();
    switch (role) {
    case Qt::DisplayRole: {
        QStringList facts {entry.outcome};
        if (entry.status > 0) {
            facts << HumanFormat::duration(entry.durationMs) << HumanFormat::bytes(entry.size);
        }
        facts << QLocale().toString(entry.when.toLocalTime(), QLocale::ShortFormat);
        return QString(entry.method + QLatin1Char(' ') + where + QLatin1Char('\n') + facts.join(QStringLiteral(" · ")));
    }
    case Qt::ToolTipRole:
        return QString(entry.method + QLatin1Char(' ') + entry.url);
    case Qt::ForegroundRole:
        if (entry.status == 0 || entry.status >= 400) {
            return QApplication::palette().color(QPalette::Text).lightness() > 128 ? QColor(0xff, 0x8a, 0x80)
                                                                                   : QColor(0xb0, 0x1c, 0x1c);
        }
        return {};
    case IdRole:
        return entry.id;
    case SearchRole:
        return QString(entry.method + QLatin1Char(' ') + entry.url + QLatin1Char(' ') + entry.outcome);
    default:
        return {};
    }
}
