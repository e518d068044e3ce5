#pragma once

#include "SendCommand.h"

// latchkey run PRESET [--var K=V]... [--all-pages] [--output ...]: sends a saved
// preset the way `send` sends an address, and keeps its answer for the window.
class RunCommand : public SendCommand
{
    Q_OBJECT
public:
    explicit RunCommand(CliContext& context, QObject* parent = nullptr)
        : SendCommand(context, true, parent)
    { }
};
