#pragma once

// Exit codes of the command line (DESIGN.md).
enum ExitCode : int {
    ExitSuccess = 0, // a response arrived (any status), or the command did its job
    ExitRequestFailed = 1, // network, TLS, timeout
    ExitUsage = 2, // wrong arguments
    ExitRefused = 3, // refused by a token safety rule
    ExitKeychain = 4, // keychain unavailable, locked or denied
    ExitNotFound = 5, // token, preset or provider not found
};
