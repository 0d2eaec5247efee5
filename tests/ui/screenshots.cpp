// tollgate-screenshots: renders every page of the real main window, offscreen at 1280x800, from a
// data directory (made with `tollgate demo`), to <out>/<page objectName>.png. Not a test: a tool for
// looking at the window as a user would and for the screenshots in resources/screenshots/.
#include "core/secrets/filesecretstore.h"
#include "core/settings/appsettings.h"
#include "core/settings/datadirectory.h"
#include "ui/common/ledgerclient.h"
#include "ui/common/translationloader.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/pages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QListWidget>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace {

/**
 * Waits until the ledger thread has answered everything asked of it so far: its queue is first in,
 * first out, so once a no-op query comes back, every earlier one has, too. Twice, because pages
 * often ask again when the first answer arrives.
 */
void settle(Ui::LedgerClient &ledger)
{
    for (int round = 0; round < 3; ++round) {
        QEventLoop loop;
        QObject context;
        ledger.query<int>([](Ledger::LedgerStore &) { return 0; }, &context, [&loop](int) { loop.quit(); });
        QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
        loop.exec();
        // Let queued answers and the repaints they cause run.
        QEventLoop paint;
        QTimer::singleShot(150, &paint, &QEventLoop::quit);
        paint.exec();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders every page of Tollgate's window to PNG files."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("data"), QStringLiteral("Data directory (e.g. made by tollgate demo)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where the PNGs go."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("Only this page (objectName)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("Translate the window (de, fr, es, ja, zh_CN); default English."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("The window's size (default 1280x800), to check small screens."),
                      QStringLiteral("WxH")});
    parser.process(app);
    QTextStream err(stderr);
    if (!parser.isSet(QStringLiteral("data")) || !parser.isSet(QStringLiteral("out"))) {
        err << "usage: tollgate-screenshots --data DIR --out DIR [--page NAME] [--language CODE] [--size WxH]\n";
        return 2;
    }
    const QString dataDir = parser.value(QStringLiteral("data"));
    const QString outDir = parser.value(QStringLiteral("out"));
    if (!QFile::exists(Settings::DataDirectory::ledgerPath(dataDir))) {
        err << "no ledger in " << dataDir << " (make one with: tollgate --data " << dataDir << " demo)\n";
        return 2;
    }
    QSize size(1280, 800);
    if (parser.isSet(QStringLiteral("size"))) {
        const QStringList parts = parser.value(QStringLiteral("size")).split(u'x');
        size = parts.size() == 2 ? QSize(parts.at(0).toInt(), parts.at(1).toInt()) : QSize();
        if (size.width() <= 0 || size.height() <= 0) {
            err << "--size takes WIDTHxHEIGHT, like 1024x640\n";
            return 2;
        }
    }
    QDir().mkpath(outDir);
    // As a user of that language would see it: translated, with their locale's numbers and dates
    // (the loader sets both, as the Settings choice does in the application).
    const QString language = parser.isSet(QStringLiteral("language")) ? parser.value(QStringLiteral("language")) : QStringLiteral("en");
    Ui::TranslationLoader translations;
    if (translations.load(language) != language) {
        err << "no translation for " << language << '\n';
        return 2;
    }

    // The user's own settings stay untouched: a throw-away INI file with the defaults.
    QTemporaryDir scratch;
    Settings::AppSettings settings(scratch.filePath(QStringLiteral("settings.ini")));
    Ui::LedgerClient ledger(Settings::DataDirectory::ledgerPath(dataDir));
    Secrets::FileSecretStore secrets(Settings::DataDirectory::secretsPath(dataDir));
    Ui::AppContext context{dataDir, &ledger, nullptr, &secrets, &settings};
    Ui::MainWindow window(context);
    Ui::addStandardPages(window, context);
    window.showGatewayListening(QStringLiteral("http://127.0.0.1:8420"));
    window.resize(size);
    window.show();
    settle(ledger);

    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    if (!pages) {
        err << "the main window has no page stack\n";
        return 1;
    }
    // A page whose minimum size is larger than the window's widens every screenshot: name it.
    if (window.width() > size.width() || window.height() > size.height()) {
        for (int i = 0; i < pages->count(); ++i) {
            const QSize minimum = pages->widget(i)->minimumSizeHint();
            err << "window is " << window.width() << "x" << window.height() << "; page " << pages->widget(i)->objectName()
                << " needs at least " << minimum.width() << "x" << minimum.height() << '\n';
        }
    }
    int written = 0;
    for (int i = 0; i < pages->count(); ++i) {
        const QString name = pages->widget(i)->objectName();
        if (parser.isSet(QStringLiteral("page")) && name != parser.value(QStringLiteral("page")))
            continue;
        window.showPage(name);
        settle(ledger);
        const QString file = QDir(outDir).filePath(name + QStringLiteral(".png"));
        if (!window.grab().save(file)) {
            err << "cannot write " << file << '\n';
            return 1;
        }
        QTextStream(stdout) << file << '\n';
        ++written;
    }
    return written > 0 ? 0 : 1;
}
