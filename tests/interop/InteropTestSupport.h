#pragma once

// Helpers shared by the interop tests: fixture files, building expected
// requests, and the check that a secret's bytes appear nowhere.

#include "http/RequestSpec.h"
#include "interop/ImportResult.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMetaType>
#include <QString>
#include <QStringList>

Q_DECLARE_METATYPE(RequestSpec)

namespace InteropTest {

inline QString fixturePath(const QString& name)
{
    return QDir(QStringLiteral(LATCHKEY_FIXTURES_DIR "/interop")).filePath(name);
}

inline QByteArray readFixture(const QString& name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read fixture %s", qPrintable(name));
    }
    return file.readAll();
}

// "Name: value" strings → header fields.
inline QList<RequestSpec::Field> fields(const QStringList& lines, QChar separator = QLatin1Char(':'))
{
    QList<RequestSpec::Field> list;
    for (const QString& line : lines) {
        const qsizetype at = line.indexOf(separator);
        list.append({line.left(at).trimmed(), line.mid(at + 1).trimmed()});
    }
    return list;
}

inline RequestSpec spec(const QString& method, const QString& url, const QStringList& headers = {},
                        const QString& body = {}, const QString& bodyType = {}, const QStringList& form = {})
{
    RequestSpec s;
    s.method = method;
    s.url = url;
    s.headers = fields(headers);
    s.body = body;
    s.bodyType = bodyType;
    for (const QString& field : form) {
        const qsizetype at = field.indexOf(QLatin1Char('='));
        s.formFields.append({field.left(at), field.mid(at + 1)});
    }
    return s;
}

// "bearer Authorization token" per auth entry.
inline QStringList authStrings(const ImportedRequest& request)
{
    QStringList list;
    for (const RequestAuth& auth : request.auth) {
        list.append(DetectedCredential::kindName(auth.kind) + QLatin1Char(' ') + auth.name + QLatin1Char(' ')
                    + auth.reference);
    }
    return list;
}

inline QString describe(const RequestSpec& s)
{
    return QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact));
}

// Everything an import would let reach a file or the screen: requests and the dry-run JSON.
inline QByteArray everythingStored(const ImportResult& result)
{
    QByteArray bytes = QJsonDocument(result.toJson()).toJson();
    for (const ImportedRequest& request : result.requests) {
        bytes += QJsonDocument(request.spec.toJson()).toJson();
        bytes += QJsonDocument(request.toJson()).toJson();
    }
    for (const auto& variable : result.variables) {
        bytes += variable.second.toUtf8();
    }
    return bytes;
}

} // namespace InteropTest
