// Linked into every target of a -DTOLLGATE_SANITIZE=ON build only.
//
// LeakSanitizer reports what is still allocated at exit. OpenSSL 3 (loaded by Qt's TLS backend when the
// upstream pool starts) keeps per-thread and provider state that it only frees in its own atexit
// handler, which does not run when a gateway is stopped while that initialisation is still going on;
// those allocations are OpenSSL's, not ours, so they are suppressed by library name. Everything in
// Tollgate's own code is still checked.
extern "C" const char *__lsan_default_suppressions();
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libcrypto.so\nleak:libssl.so\n";
}
