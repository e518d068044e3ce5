#pragma once

#include "CliCommand.h"

// latchkey show PRESET [--json]: the request a preset sends, the token as a placeholder.
class ShowCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void start(const QStringList& arguments) override;
};
