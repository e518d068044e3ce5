#pragma once

#include "CliCommand.h"
#include "interop/ImportApplier.h"
#include "presets/PresetStore.h"

#include <memory>

// latchkey import FILE|- [--collection NAME] [--dry-run] [--json] [--entries LIST] [--use-token NAME]
//                        [--no-new-tokens]
//
// Brings in a curl command, a Postman collection or environment, or a HAR
// file (format detected). Credentials found in it become new tokens in the
// keychain (or use an existing token), and the requests become presets that
// refer to them, so no secret is written to presets.json. Nothing is written
// with --dry-run; with --json, what would be imported is printed, secrets masked.
class ImportCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    ~ImportCommand() override;

    void start(const QStringList& arguments) override;

private:
    void report(const ImportApplier::Report& result);
    void printPlan(const ImportPlan& plan) const;

    std::unique_ptr<PresetStore> m_store;
    std::unique_ptr<ImportApplier> m_applier;
    ImportPlan m_plan;
    bool m_json = false;
};
