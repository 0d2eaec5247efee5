#pragma once

namespace Common {

/**
 * Names the calling thread for Qt and, on Linux, for the OS: top, perf, the benchmark's per-thread CPU
 * and sanitizer reports show it. Linux keeps 15 characters. A thread that is not named inherits the
 * name of the thread that started it, which made the ledger writer show up as a second "gateway".
 */
void nameCurrentThread(const char *name);

} // namespace Common
