#include "History.h"

#include "storage/AppPaths.h"
#include "storage/JsonFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QByteArray headerLine()
{
    return QJsonDocument(QJsonObject {{QStringLiteral("kind"), QStringLiteral("latchkey.history")},
                                      {QStringLiteral("schema"), History::schemaVersion}})
               .toJson(QJsonDocument::Compact)
        + '\n';
}

QByteArray line(const HistoryEntry& entry)
{
    return QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

History::History(const QString& path, int cap, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_cap(std::max(0, cap))
{
    m_writer.setMaxThreadCount(1);
}

History::~History()
{
    flush();
}

History::LoadReport History::load()
{
    LoadReport report;
    m_entries.clear();
    m_linesOnDisk = 0;
    QFile file(m_path);
    if (!file.exists()) {
        return report;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        report.message = tr("The history could not be read: %1").arg(file.errorString());
        return report;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    const QJsonObject header = lines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines.first()).object();
    if (header.value(QStringLiteral("kind")).toString() != QStringLiteral("latchkey.history")
        || header.value(QStringLiteral("schema")).toInt() > schemaVersion) {
        const QString aside = JsonFile::moveAside(m_path);
        report.message
            = tr("The history file %1 is not one Latchkey can read; it was kept as %2 and a new history was started.")
                  .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(aside));
        return report;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty()) {
            continue;
        }
        ++m_linesOnDisk;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i));
        const HistoryEntry entry = HistoryEntry::fromJson(doc.object());
        if (!doc.isObject() || entry.id.isEmpty()) {
            ++report.skipped;
            continue;
        }
        m_entries.append(entry);
    }
    if (report.skipped > 0) {
        report.message = tr("%n history line(s) could not be read and were skipped.", nullptr, report.skipped);
    }
    trim();
    emit changed();
    return report;
}

void History::setCap(int cap)
{
    m_cap = std::max(0, cap);
    trim();
    emit changed();
}

const HistoryEntry* History::entry(const QString& id) const
{
    for (const HistoryEntry& entry : m_entries) {
        if (entry.id == id) {
            return &entry;
        }
    }
    return nullptr;
}

void History::append(const HistoryEntry& entry)
{
    if (m_cap == 0) {
        return;
    }
    m_entries.append(entry);
    ++m_linesOnDisk;
    const QString path = m_path;
    const QByteArray bytes = line(entry);
    m_writer.start([path, bytes] {
        AppPaths::ensurePrivateDir(QFileInfo(path).absolutePath());
        QFile file(path);
        const bool fresh = !file.exists() || file.size() == 0;
        if (!file.open(QIODevice::Append)) {
            return;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (fresh) {
            file.write(headerLine());
        }
        file.write(bytes);
    });
    trim();
    emit changed();
}

void History::clear()
{
    m_entries.clear();
    rewrite();
    emit changed();
}

void History::trim()
{
    if (m_entries.size() > m_cap) {
        m_entries.remove(0, m_entries.size() - m_cap);
    }
    // The file may hold a few more lines than the cap; rewrite it now and then, not every time.
    if (m_linesOnDisk > m_cap + std::max(10, m_cap / 10)) {
        rewrite();
    }
}

void History::rewrite()
{
    QByteArray bytes = headerLine();
    for (const HistoryEntry& entry : std::as_const(m_entries)) {
        bytes += line(entry);
    }
    m_linesOnDisk = m_entries.size();
    const QString path = m_path;
    m_writer.start([path, bytes] { JsonFile::writePrivateFile(path, bytes); });
}

void History::flush()
{
    m_writer.waitForDone();
}
