#pragma once

#include <QString>
#include <QTranslator>

namespace Ui {

/**
 * Installs Tollgate's translation for one language (embedded under :/i18n/) and, when the system has it,
 * Qt's own qtbase translation for the standard dialogs. Falls back to English, whose catalogue only
 * carries the plural forms. The translators stay installed for the loader's lifetime.
 */
class TranslationLoader final
{
    Q_DISABLE_COPY_MOVE(TranslationLoader)

public:
    TranslationLoader() = default;
    ~TranslationLoader();

    /**
     * `language` is a code as Settings stores it ("de", "zh_CN"); "" follows the system's preferred UI
     * languages in order. Replaces whatever this loader installed before; widgets made afterwards are
     * translated. Returns the language actually loaded, "en" when nothing better matched.
     */
    QString load(const QString &language);

    /** The language loaded last ("" before the first load). */
    QString language() const { return m_language; }
    /** Whether Qt's own translation for that language was found and installed. */
    bool hasQtTranslation() const { return m_qtInstalled; }

private:
    void unload();

    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    QString m_language;
};

} // namespace Ui
