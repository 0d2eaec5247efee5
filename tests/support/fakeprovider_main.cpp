// tollgate-fake-provider: the FakeProvider as a process, for SDK end-to-end tests and benchmarks.
// Prints "listening on http://127.0.0.1:PORT" once it accepts connections, so a harness can wait for that line.

#include "tests/support/fakeprovider.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tollgate-fake-provider"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A fake OpenAI/Anthropic API on 127.0.0.1 for tests."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port to listen on (0: any free one)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption keyOption(QStringLiteral("api-key"),
                                       QStringLiteral("Key that clients must send (Bearer or x-api-key)."),
                                       QStringLiteral("KEY"));
    const QCommandLineOption behaviorOption(QStringLiteral("behavior"),
                                            QStringLiteral("Behaviour for requests that ask for none, e.g. fail-503."),
                                            QStringLiteral("NAME"));
    parser.addOption(behaviorOption);
    parser.addOption(portOption);
    parser.addOption(keyOption);
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "invalid --port\n");
        return 2;
    }

    TestSupport::FakeProvider provider(parser.value(keyOption).toUtf8());
    // No one can read the recorded requests of a separate process; keep memory flat under load.
    provider.setRecordingEnabled(false);
    provider.setDefaultBehavior(parser.value(behaviorOption).toUtf8());
    if (!provider.listen(quint16(port))) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(provider.errorString()));
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(provider.baseUrl()));
    std::fflush(stdout);
    return app.exec();
}
