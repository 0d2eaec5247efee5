#pragma once

namespace Common {

/**
 * Asks the OS not to let the calling thread preempt others when it wakes up (Linux SCHED_BATCH: the same
 * share of the CPU and the same nice value, only no wake-up preemption). For threads that do the work of
 * many requests at once, such as the ledger writer: when the cores are full, a writer that preempted the
 * gateway thread each time a loop turn's traces arrived took the slice of the thread that limits the
 * gateway's throughput (64 connections, ten alternating runs each: ledger on/off median 0.86 without this,
 * 0.91 with it); it may as well run when the scheduler next chooses, and finds more traces queued then.
 * When a core is idle it runs at once, as before. Returns false where the OS has no such policy or refused
 * it (nothing else changes then).
 */
bool preferNotToPreempt();

} // namespace Common
