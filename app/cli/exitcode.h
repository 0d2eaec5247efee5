#pragma once

namespace Cli {

/** The command line's exit contract: other tools depend on it. */
enum ExitCode : int {
    Success = 0,
    Failure = 1,  // anything that is not the caller's fault: a disk, the database, the keyring
    UsageError = 2, // unknown flag, bad value, duplicate name, missing key
};

} // namespace Cli
