#include "ui/common/translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace Ui {

namespace {

const QString ResourceDir = QStringLiteral(":/i18n");

} // namespace

TranslationLoader::~TranslationLoader()
{
    unload();
}

QString TranslationLoader::load(const QString &language)
{
    unload();
    // QTranslator::load(QLocale, ...) walks the locale's uiLanguages() ("zh-Hans-CN", "zh-CN", "zh" become
    // tollgate_zh_Hans_CN, tollgate_zh_CN, tollgate_zh), so "de_AT" finds the German file and the system
    // locale's list of preferred languages is tried in the user's order.
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QString prefix = QStringLiteral("_");
    const bool found = m_app.load(locale, QStringLiteral("tollgate"), prefix, ResourceDir);
    // Numbers, money and dates follow the chosen language too ("1.234,56 $" in German), so a window
    // switched to German does not mix German words with the system's number format. A language
    // without a catalogue keeps the system's formats, as it keeps English words.
    QLocale::setDefault(found && !language.isEmpty() ? locale : QLocale::system());
    if (!found && !m_app.load(QStringLiteral("tollgate_en"), ResourceDir)) {
        m_language = QStringLiteral("en");
        return m_language;
    }
    m_appInstalled = QCoreApplication::installTranslator(&m_app);
    m_language = m_app.language();

    // Qt's own strings (standard buttons, file dialogs) in the same language, when the system ships them.
    if (m_language != u"en") {
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (m_qt.load(QLocale(m_language), QStringLiteral("qtbase"), prefix, qtDir))
            m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    }
    return m_language;
}

void TranslationLoader::unload()
{
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    m_qtInstalled = false;
    m_appInstalled = false;
    QLocale::setDefault(QLocale::system());
}

} // namespace Ui
