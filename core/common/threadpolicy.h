#pragma once

namespace Common {

/** How many nice steps above the main thread's preferNotToPreempt() puts the calling thread. */
inline constexpr int BackgroundNiceIncrement = 5;

/**
 * Makes the calling thread give way to the others when the cores are full: Linux SCHED_BATCH (no wake-up
 * preemption) and a nice value BackgroundNiceIncrement steps above the main thread's (a third of the CPU
 * share when it competes). For threads that do the work of many requests at once, such as the ledger writer:
 * when the cores are full, a writer that preempted the gateway thread each time a loop turn's traces arrived
 * took the slice of the thread that limits the gateway's throughput (64 connections, ten alternating runs
 * each: ledger on/off median 0.86 without SCHED_BATCH, 0.91 with it), and at the same share its bursts of
 * SQLite work were the 64-connection latency tail (seven alternating runs each: p99 added median 3.58 ms at
 * nice 0, 3.01 ms five steps nicer; at ten steps the tail came back in one run of three). It finds more
 * traces queued when it runs, and the answers waiting for it keep the gateway from running away from it.
 * When a core is idle it runs at once, as before. Returns false where the OS has no such policy or refused
 * it (nothing else changes then).
 */
bool preferNotToPreempt();

} // namespace Common
