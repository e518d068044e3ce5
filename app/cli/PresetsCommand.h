#pragma once

#include "CliCommand.h"

// latchkey presets [--json]: the saved presets, by collection.
class PresetsCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void start(const QStringList& arguments) override;
};
