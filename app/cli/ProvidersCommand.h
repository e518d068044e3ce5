#pragma once

#include "CliCommand.h"

// latchkey providers [--json] | providers show ID [--json]
class ProvidersCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void start(const QStringList& arguments) override;

private:
    void list(const QStringList& arguments);
    void show(const QStringList& arguments);
};
