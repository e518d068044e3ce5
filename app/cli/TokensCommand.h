#pragma once

#include "CliCommand.h"

// latchkey tokens [--json] | add | test | rename | remove
class TokensCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void start(const QStringList& arguments) override;

private:
    void list(const QStringList& arguments);
    void add(const QStringList& arguments);
    void remove(const QStringList& arguments);
    void rename(const QStringList& arguments);
    void test(const QStringList& arguments);
};
