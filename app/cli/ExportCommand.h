#pragma once

#include "CliCommand.h"
#include "presets/Preset.h"
#include "presets/PresetStore.h"

#include <QHash>

#include <memory>

// latchkey export NAME --as curl|postman [--out FILE] [--with-token]
//
// A preset or a whole collection, as curl commands or as a Postman v2.1
// collection with its environment file. Tokens are placeholders
// ($LATCHKEY_TOKEN, {{token}} with an empty environment value) unless
// --with-token is given, which puts the real secret in, with a warning.
class ExportCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    ~ExportCommand() override;

    void start(const QStringList& arguments) override;

private:
    void readNextSecret();
    void write();
    bool writeFile(const QString& path, const QByteArray& bytes);

    std::unique_ptr<PresetStore> m_store;
    QList<Preset> m_presets;
    QString m_name;
    QString m_format;
    QString m_out;
    bool m_withToken = false;
    QStringList m_pendingTokenIds;
    QHash<QString, QByteArray> m_secrets;
};
