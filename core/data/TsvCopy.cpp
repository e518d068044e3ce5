#include "TsvCopy.h"

#include "JsonTable.h"
#include "TableSlice.h"

#include <QAbstractItemModel>

#include <algorithm>
#include <unordered_set>

QString TsvCopy::cleanCell(QString text)
{
    for (QChar& c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            c = QLatin1Char(' ');
        }
    }
    return text;
}

QString TsvCopy::fromIndexes(const QModelIndexList& indexes, bool withHeader)
{
    if (indexes.isEmpty() || !indexes.first().model()) {
        return {};
    }
    const QAbstractItemModel* model = indexes.first().model();
    std::vector<int> rows;
    std::vector<int> columns;
    std::unordered_set<quint64> selected;
    for (const QModelIndex& index : indexes) {
        if (!index.isValid() || index.model() != model) {
            continue;
        }
        rows.push_back(index.row());
        columns.push_back(index.column());
        selected.insert((static_cast<quint64>(index.row()) << 32) | static_cast<quint32>(index.column()));
    }
    const auto unique = [](std::vector<int>& v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    };
    unique(rows);
    unique(columns);

    const TableSlice slice = TableSlice::of(*model);
    const auto cellText = [&](int row, int column) -> QString {
        if (slice.table) {
            return slice.table->text(slice.rows[static_cast<size_t>(row)], slice.columns[static_cast<size_t>(column)]);
        }
        return model->data(model->index(row, column)).toString();
    };

    QString text;
    if (withHeader) {
        for (size_t i = 0; i < columns.size(); ++i) {
            if (i > 0) {
                text += QLatin1Char('\t');
            }
            text += cleanCell(model->headerData(columns[i], Qt::Horizontal).toString());
        }
    }
    for (size_t r = 0; r < rows.size(); ++r) {
        if (r > 0 || withHeader) {
            text += QLatin1Char('\n');
        }
        for (size_t c = 0; c < columns.size(); ++c) {
            if (c > 0) {
                text += QLatin1Char('\t');
            }
            const quint64 key = (static_cast<quint64>(rows[r]) << 32) | static_cast<quint32>(columns[c]);
            if (selected.count(key)) {
                text += cleanCell(cellText(rows[r], columns[c]));
            }
        }
    }
    return text;
}
