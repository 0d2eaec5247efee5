<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/windowapp.cpp" line="+49"/>
        <location line="+6"/>
        <source>Tollgate</source>
        <translation>Tollgate</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Another Tollgate (%1) is already serving this data directory:
%2</source>
        <translation>Ein anderes Tollgate (%1) bedient bereits dieses Datenverzeichnis:
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the ledger: %1</source>
        <translation>Das Ledger lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Cannot take this data directory: %1</source>
        <translation>Dieses Datenverzeichnis lässt sich nicht übernehmen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tollgate is still running</source>
        <translation>Tollgate läuft weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gateway keeps serving. Quit from the tray icon&apos;s menu.</source>
        <translation>Das Gateway bedient weiter Anfragen. Beenden über das Menü des Symbols im Infobereich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listen address ignored</source>
        <translation>Listen-Adresse ignoriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; listening on the default address instead.</source>
        <translation>%1; stattdessen wird die Standardadresse verwendet.</translation>
    </message>
    <message>
        <source>A provider lacks its API key</source>
        <translation>Einem Anbieter fehlt sein API-Schlüssel</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot;: the API key stored for it cannot be read (a locked keyring, or %2 damaged or without it). Requests routed to it go to the next provider, else get 502.</source>
        <translation>Anbieter „%1“: Der für ihn gespeicherte API-Schlüssel ist nicht lesbar (ein gesperrter Schlüsselbund, oder %2 ist beschädigt oder enthält ihn nicht). Anfragen an ihn gehen an den nächsten Anbieter, sonst gibt es 502.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; takes its API key from $%2, which is not set or empty. Requests routed to it go to the next provider, else get 502.</source>
        <translation>Anbieter „%1“ nimmt seinen API-Schlüssel aus der Variablen $%2, die nicht gesetzt oder leer ist. Anfragen an ihn gehen an den nächsten Anbieter, sonst gibt es 502.</translation>
    </message>
</context>
<context>
    <name>Ui::CapChart</name>
    <message>
        <location filename="../ui/overview/capchart.cpp" line="+25"/>
        <source>Spend vs cap: no key has a spend cap</source>
        <translation>Ausgaben und Limit: kein Schlüssel hat ein Ausgabenlimit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spend vs cap (lifetime)</source>
        <translation>Ausgaben und Limit (gesamt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Below 80 %</source>
        <translation>Unter 80&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 % or more</source>
        <translation>Ab 80&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap reached</source>
        <translation>Limit erreicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%2 % · %1</source>
        <translation>%2&#xa0;% · %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%.0f %%</source>
        <translation>%.0f %%</translation>
    </message>
</context>
<context>
    <name>Ui::CreditPanel</name>
    <message>
        <location filename="../ui/settings/creditpanel.cpp" line="+20"/>
        <source>Credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>USD, e.g. 50</source>
        <translation>USD, z. B. 50</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;dd credit</source>
        <translation>Guthaben hin&amp;zufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amou&amp;nt:</source>
        <translation>Bet&amp;rag:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Turn the credit limit off…</source>
        <translation>Guthabenlimit aus&amp;schalten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The limit is on: %1 left of %2 added since %3. When it is spent, the gateway answers 402 until you add more.</source>
        <translation>Das Limit ist an: %1 übrig von %2, eingezahlt seit %3. Ist es aufgebraucht, antwortet das Gateway mit 402, bis Sie mehr einzahlen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The limit is off: the gateway spends without one (each key&apos;s own cap still applies). Adding credit turns it on.</source>
        <translation>Das Limit ist aus: Das Gateway gibt ohne Limit aus (die Obergrenze jedes Schlüssels gilt weiterhin). Eine Einzahlung schaltet es ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add an amount above zero.</source>
        <translation>Geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn the credit limit off? The gateway then spends without one; each key&apos;s own cap still applies. A later top-up starts afresh: what is left now is not carried over.</source>
        <translation>Guthabenlimit ausschalten? Das Gateway gibt dann ohne Limit aus; die Obergrenze jedes Schlüssels gilt weiterhin. Eine spätere Einzahlung beginnt von vorn: Der jetzige Rest wird nicht übernommen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not turned off: %1</source>
        <translation>Nicht ausgeschaltet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an amount in dollars, like 50 or 2.50 (no digit grouping, at most nine decimals).</source>
        <translation>Geben Sie einen Betrag in Dollar ein, z. B. 50 oder 2,50 (ohne Tausenderpunkte, höchstens neun Nachkommastellen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at most %1 at a time.</source>
        <translation>Fügen Sie höchstens %1 auf einmal hinzu.</translation>
    </message>
</context>
<context>
    <name>Ui::DateText</name>
    <message>
        <location filename="../ui/common/datetext.cpp" line="+9"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
</context>
<context>
    <name>Ui::EditCapsDialog</name>
    <message>
        <location filename="../ui/keys/editcapsdialog.cpp" line="+20"/>
        <source>Limits of &quot;%1&quot;</source>
        <translation>Limits von „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>Ui::ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="+32"/>
        <source>Export CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Traces, one row per request</source>
        <translation>&amp;Traces, eine Zeile pro Anfrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tota&amp;ls, grouped by:</source>
        <translation>&amp;Summen, gruppiert nach:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Key</source>
        <translation>Sch&amp;lüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Day</source>
        <translation>Ta&amp;g</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Provider</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No filters from the Traces page</source>
        <translation>Keine Filter von der Seite „Traces“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O&amp;nly traces matching: %1</source>
        <translation>&amp;Nur passende Traces: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;All time</source>
        <translation>Gesamter &amp;Zeitraum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ile:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 rows written…</source>
        <translation>%1 von %2 Zeilen geschrieben…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider %1</source>
        <translation>Anbieter %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outcome %1</source>
        <translation>Ergebnis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status %1–%2</source>
        <translation>Status %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cost %1</source>
        <translation>Kosten %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Startdatum.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>Sc&amp;hließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>Ui::KeyLimitsForm</name>
    <message>
        <location filename="../ui/keys/keylimitsform.cpp" line="+40"/>
        <source>e.g. ci-pipeline</source>
        <translation>z. B. ci-pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cap (USD, e.g. 25 or 2.50)</source>
        <translation>Kein Limit (USD, z. B. 25 oder 2,50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;spend:</source>
        <translation>Ausgaben&amp;limit:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>None</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per minute</source>
        <translation>pro Minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate period</source>
        <translation>Zeitraum des Rate-Limits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Rate-Limit:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tokens per minute:</source>
        <translation>&amp;Tokens pro Minute:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All models (or globs: gpt-4o*, claude-*)</source>
        <translation>Alle Modelle (oder Muster: gpt-4o*, claude-*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed &amp;models:</source>
        <translation>Erlaubte &amp;Modelle:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Works until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xpiry:</source>
        <translation>&amp;Ablaufdatum:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Enter a name for the key.</source>
        <translation>Geben Sie dem Schlüssel einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name must not start or end with spaces.</source>
        <translation>Der Name darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key named &quot;%1&quot; already exists.</source>
        <translation>Es gibt bereits einen Schlüssel namens „%1“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+35"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Enter an amount in dollars, like 25 or 2.50 (no digit grouping, at most nine decimals).</source>
        <translation>Geben Sie einen Dollarbetrag ein, etwa 25 oder 2,50 (ohne Tausenderpunkte, höchstens neun Nachkommastellen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A spend cap cannot be negative.</source>
        <translation>Ein Ausgabenlimit kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A cap of $0 refuses every request of this key.</source>
        <translation>Ein Limit von 0 $ lehnt jede Anfrage dieses Schlüssels ab.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Separate model names with single commas; an empty name allows nothing.</source>
        <translation>Modellnamen durch einzelne Kommas trennen; ein leerer Name erlaubt nichts.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The last day cannot be in the past.</source>
        <translation>Der letzte Tag darf nicht in der Vergangenheit liegen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The key works through the end of this day, then stops.</source>
        <translation>Der Schlüssel funktioniert bis zum Ende dieses Tages, danach nicht mehr.</translation>
    </message>
    <message>
        <source>A spend cap can be at most %1.</source>
        <translation>Ein Ausgabenlimit kann höchstens %1 betragen.</translation>
    </message>
</context>
<context>
    <name>Ui::KeysPage</name>
    <message>
        <location filename="../ui/keys/keyspage.cpp" line="+92"/>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit caps…</source>
        <translation>Limits &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;otate…</source>
        <translation>&amp;Rotieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Keys&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Schlüssel&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter keys (Ctrl+F)</source>
        <translation>Schlüssel filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No keys yet. Create one with New key (%1).</source>
        <translation>Noch keine Schlüssel. Mit „Neuer Schlüssel“ (%1) legen Sie einen an.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln Schlüssel</numerusform>
            <numerusform>%Ln Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln aktiv</numerusform>
            <numerusform>%Ln aktiv</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+18"/>
        <source>Rotate key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Give &quot;%1&quot; a new secret? The current secret stops working at once; every client using it must be updated.</source>
        <translation>„%1“ ein neues Secret geben? Das bisherige Secret wird sofort ungültig; alle Clients, die es nutzen, müssen aktualisiert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rotate &quot;%1&quot;</source>
        <translation>„%1“ &amp;rotieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key was not rotated: %1</source>
        <translation>Der Schlüssel wurde nicht rotiert: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+18"/>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Revoke &quot;%1&quot;? Requests with it are refused from now on. Revocation is permanent.</source>
        <translation>„%1“ widerrufen? Anfragen mit diesem Schlüssel werden ab sofort abgelehnt. Der Widerruf ist endgültig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revoke &quot;%1&quot;</source>
        <translation>„%1“ &amp;widerrufen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key was not revoked: %1</source>
        <translation>Der Schlüssel wurde nicht widerrufen: %1</translation>
    </message>
</context>
<context>
    <name>Ui::KeysTableModel</name>
    <message>
        <location filename="../ui/keys/keystablemodel.cpp" line="+76"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 + %Ln unpriced</source>
        <translation>
            <numerusform>%1 + %Ln ohne Preis</numerusform>
            <numerusform>%1 + %Ln ohne Preis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cap</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Expires %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent this month</source>
        <translation>Monatsausgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend cap</source>
        <translation>Ausgabenlimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limit</source>
        <translation>Rate-Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/min</source>
        <translation>Tokens/Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed models</source>
        <translation>Erlaubte Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+38"/>
        <source>Tollgate</source>
        <translation>Tollgate</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting the gateway…</source>
        <translation>Gateway wird gestartet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to copy the gateway&apos;s base URL</source>
        <translation>Klicken, um die Basis-URL des Gateways zu kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1/v1</source>
        <translation>%1/v1 kopiert</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Gateway %1/v1</source>
        <translation>Gateway %1/v1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gateway not running: %1</source>
        <translation>Gateway läuft nicht: %1</translation>
    </message>
    <message>
        <source>Ledger file gone: restart Tollgate</source>
        <translation>Ledger-Datei fehlt: Tollgate neu starten</translation>
    </message>
    <message>
        <source>Ledger lost</source>
        <translation>Ledger verloren</translation>
    </message>
    <message>
        <source>The ledger file %1 was deleted or replaced while Tollgate ran. The gateway refuses every request, since none could be booked, and the window shows the lost file&apos;s figures. Quit and start Tollgate again: it opens the file at that path, or creates a new one.</source>
        <translation>Die Ledger-Datei %1 wurde gelöscht oder ersetzt, während Tollgate lief. Das Gateway lehnt jede Anfrage ab, da keine gebucht werden könnte, und das Fenster zeigt die Zahlen der verlorenen Datei. Beenden Sie Tollgate und starten Sie es neu: Es öffnet dann die Datei unter diesem Pfad oder legt eine neue an.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> + %Ln unpriced</source>
        <translation>
            <numerusform> + %Ln ohne Preis</numerusform>
            <numerusform> + %Ln ohne Preis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit %1</source>
        <translation>Guthaben %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit off</source>
        <translation>Guthabenlimit aus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/pages.cpp" line="+19"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traces</source>
        <translation>Traces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models &amp; prices</source>
        <translation>Modelle &amp; Preise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>(+%Ln more)</source>
        <translation>
            <numerusform>(+%Ln weitere)</numerusform>
            <numerusform>(+%Ln weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to dismiss.</source>
        <translation>Zum Ausblenden klicken.</translation>
    </message>
    <message>
        <source>Click to try again now; Tollgate also tries every few seconds. The port is set in Settings.</source>
        <translation>Klicken, um es jetzt erneut zu versuchen; Tollgate versucht es auch alle paar Sekunden. Der Port wird in den Einstellungen festgelegt.</translation>
    </message>
</context>
<context>
    <name>Ui::ModelShareChart</name>
    <message>
        <location filename="../ui/overview/modelsharechart.cpp" line="+25"/>
        <source>Spend by model</source>
        <translation>Ausgaben nach Modell</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%2 % · %1</source>
        <translation>%2&#xa0;% · %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spend by model: no priced traffic in this range</source>
        <translation>Ausgaben nach Modell: kein Verkehr mit Preis in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>Ui::NewKeyDialog</name>
    <message>
        <location filename="../ui/keys/newkeydialog.cpp" line="+36"/>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;reate key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Key &quot;%1&quot; created</source>
        <translation>Schlüssel „%1“ erstellt</translation>
    </message>
</context>
<context>
    <name>Ui::OverviewPage</name>
    <message>
        <location filename="../ui/overview/overviewpage.cpp" line="+61"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;%1 days</source>
        <translation>&amp;%1 Tage</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>through the gateway</source>
        <translation>über das Gateway</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>requests without a price</source>
        <translation>Anfragen ohne Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit left</source>
        <translation>Restguthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpriced</source>
        <translation>Ohne Preis</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>last %Ln day(s)</source>
        <translation>
            <numerusform>letzter Tag</numerusform>
            <numerusform>letzte %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 % of %2 since %3</source>
        <translation>%1&#xa0;% von %2 seit %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the credit limit is off</source>
        <translation>das Guthabenlimit ist aus</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Getting started.&lt;/b&gt; Tollgate forwards each call to your provider with your own API key. Add a provider first: %1 (or &lt;nobr&gt;&lt;code&gt;tollgate providers add&lt;/code&gt;&lt;/nobr&gt;).</source>
        <translation>&lt;b&gt;Erste Schritte.&lt;/b&gt; Tollgate leitet jeden Aufruf mit Ihrem eigenen API-Schlüssel an Ihren Anbieter weiter. Fügen Sie zuerst einen Anbieter hinzu: %1 (oder &lt;nobr&gt;&lt;code&gt;tollgate providers add&lt;/code&gt;&lt;/nobr&gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Next:&lt;/b&gt; create a key for each app or teammate (%1, or &lt;nobr&gt;&lt;code&gt;tollgate keys create&lt;/code&gt;&lt;/nobr&gt;) and point its OpenAI or Anthropic SDK at the gateway address shown at the bottom of this window. Every call is then booked here.</source>
        <translation>&lt;b&gt;Als Nächstes:&lt;/b&gt; Erstellen Sie einen Schlüssel für jede App oder jedes Teammitglied (%1 oder &lt;nobr&gt;&lt;code&gt;tollgate keys create&lt;/code&gt;&lt;/nobr&gt;) und richten Sie deren OpenAI- oder Anthropic-SDK auf die Gateway-Adresse unten in diesem Fenster. Jeder Aufruf wird dann hier verbucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>Ui::PriceOverrideDialog</name>
    <message>
        <location filename="../ui/prices/priceoverridedialog.cpp" line="+30"/>
        <source>Set price</source>
        <translation>Preis festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD per 1M tokens. Leave a field empty to keep its current rate; an empty reasoning rate bills reasoning tokens as output.</source>
        <translation>USD pro 1 Mio. Tokens. Ein leeres Feld behält den aktuellen Satz; ohne Reasoning-Satz werden Reasoning-Tokens wie Ausgabe berechnet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>model name as clients send it</source>
        <translation>Modellname, wie Clients ihn senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Input:</source>
        <translation>&amp;Eingabe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache &amp;read:</source>
        <translation>Cache-&amp;Lesen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write (&amp;5 min):</source>
        <translation>Cache-Schreiben (&amp;5 Min.):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write (&amp;1 hour):</source>
        <translation>Cache-Schreiben (&amp;1 Std.):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Output:</source>
        <translation>&amp;Ausgabe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;easoning:</source>
        <translation>&amp;Reasoning:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This model has long-context tiers; a price set here applies to every request size.</source>
        <translation>Dieses Modell hat Preisstufen für langen Kontext; ein hier festgelegter Preis gilt für jede Anfragegröße.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name the model.</source>
        <translation>Geben Sie das Modell an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a price: enter dollars per 1M tokens, like 2.50.</source>
        <translation>„%1“ ist kein Preis: Dollar pro 1 Mio. Tokens eingeben, etwa 2,50.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter at least one rate.</source>
        <translation>Geben Sie mindestens einen Satz ein.</translation>
    </message>
    <message>
        <source>No request can name this model: at most %1 characters, without line breaks or other control characters.</source>
        <translation>Keine Anfrage kann dieses Modell nennen: höchstens %1 Zeichen, ohne Zeilenumbrüche oder andere Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1 is more than any model costs: at most %2 per 1M tokens.</source>
        <translation>%1 ist mehr, als irgendein Modell kostet: höchstens %2 pro 1 Mio. Tokens.</translation>
    </message>
</context>
<context>
    <name>Ui::PricesModel</name>
    <message numerus="yes">
        <location filename="../ui/prices/pricesmodel.cpp" line="+108"/>
        <source>%Ln request(s) to this model have no price, so their cost is unknown. Select it and choose Set price….</source>
        <translation>
            <numerusform>%Ln Anfrage an dieses Modell hat keinen Preis, ihre Kosten sind also unbekannt. Wählen Sie das Modell aus und dann „Preis festlegen…“.</numerusform>
            <numerusform>%Ln Anfragen an dieses Modell haben keinen Preis, ihre Kosten sind also unbekannt. Wählen Sie das Modell aus und dann „Preis festlegen…“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Above %1 input tokens: input %2, output %3</source>
        <translation>Ab %1 Eingabe-Tokens: Eingabe %2, Ausgabe %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, since %2</source>
        <translation>%1, seit %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unpriced request(s)</source>
        <translation>
            <numerusform>%Ln Anfrage ohne Preis</numerusform>
            <numerusform>%Ln Anfragen ohne Preis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>as output</source>
        <translation>= Ausgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>above %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write
5 min</source>
        <translation>Cache-Schr.
5 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write
1 hour</source>
        <translation>Cache-Schr.
1 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-context
tiers</source>
        <translation>Stufen für
langen Kontext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source
since</source>
        <translation>Quelle
seit</translation>
    </message>
</context>
<context>
    <name>Ui::PricesPage</name>
    <message>
        <location filename="../ui/prices/pricespage.cpp" line="+40"/>
        <source>Models &amp; prices</source>
        <translation>Modelle &amp; Preise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search models (Ctrl+F)</source>
        <translation>Modelle suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Set price…</source>
        <translation>&amp;Preis festlegen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import price map…</source>
        <translation>Preistabelle &amp;importieren…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Prices in USD per 1M tokens.</source>
        <translation>Preise in USD pro 1 Mio. Tokens.</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%Ln model(s) served without a price, listed first: their cost stays unknown until you select one and choose Set price…</source>
        <translation>
            <numerusform>%Ln Modell wurde ohne Preis genutzt und steht oben: Seine Kosten bleiben unbekannt, bis Sie es auswählen und „Preis festlegen…“ wählen.</numerusform>
            <numerusform>%Ln Modelle wurden ohne Preis genutzt und stehen oben: Ihre Kosten bleiben unbekannt, bis Sie eines auswählen und „Preis festlegen…“ wählen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Price of %1 set.</source>
        <translation>Preis für %1 festgelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not set the price: %1</source>
        <translation>Der Preis konnte nicht festgelegt werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import price map</source>
        <translation>Preistabelle importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price map (*.json);;All files (*)</source>
        <translation>Preistabelle (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln new or changed price(s)</source>
        <translation>
            <numerusform>%Ln neuer oder geänderter Preis</numerusform>
            <numerusform>%Ln neue oder geänderte Preise</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(kept your own price for %1)</source>
        <translation>(Ihr eigener Preis für %1 bleibt bestehen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>(skipped %Ln model(s) with a price or name Tollgate cannot use; point here to see them)</source>
        <translation>
            <numerusform>(%Ln Modell mit unbrauchbarem Preis oder Namen übersprungen; zum Anzeigen hierher zeigen)</numerusform>
            <numerusform>(%Ln Modelle mit unbrauchbarem Preis oder Namen übersprungen; zum Anzeigen hierher zeigen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ProviderDialog</name>
    <message>
        <location filename="../ui/providers/providerdialog.cpp" line="+24"/>
        <source>Edit provider</source>
        <translation>Anbieter bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store an API &amp;key</source>
        <translation>API-&amp;Schlüssel speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stored; type to replace it</source>
        <translation>gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the provider&apos;s secret key</source>
        <translation>der geheime Schlüssel des Anbieters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read it from an &amp;environment variable</source>
        <translation>Aus einer &amp;Umgebungsvariable lesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No credential (a local server)</source>
        <translation>Keine Zugangsdaten (lokaler Server)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Credential:</source>
        <translation>Zugangsdaten:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>all models; or globs like gpt-4o*, claude-*</source>
        <translation>alle Modelle; oder Muster wie gpt-4o*, claude-*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Models:</source>
        <translation>&amp;Modelle:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lower numbers are tried first; the next provider serving the model is the fallback.</source>
        <translation>Niedrigere Zahlen kommen zuerst dran; der nächste Anbieter für dasselbe Modell dient als Ausweichlösung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Enter the API key, or choose another kind of credential.</source>
        <translation>Geben Sie den API-Schlüssel ein oder wählen Sie eine andere Art von Zugangsdaten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the environment variable that holds the key.</source>
        <translation>Geben Sie die Umgebungsvariable an, die den Schlüssel enthält.</translation>
    </message>
    <message>
        <source>A provider named &quot;%1&quot; already exists: choose another name, or edit that one.</source>
        <translation>Es gibt bereits einen Anbieter namens „%1“: Wählen Sie einen anderen Namen, oder bearbeiten Sie diesen Anbieter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the provider: at most %1 characters, without spaces at either end.</source>
        <translation>Benennen Sie den Anbieter: höchstens %1 Zeichen, ohne Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A provider name cannot contain &apos;/&apos;: it pins models as provider/model.</source>
        <translation>Ein Anbietername darf kein „/“ enthalten: Es legt Modelle als Anbieter/Modell fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must start with http:// or https:// and name a host, like https://api.openai.com/v1.</source>
        <translation>Die Basis-URL muss mit http:// oder https:// beginnen und einen Host nennen, z. B. https://api.openai.com/v1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not carry a user or password: give the key as an API key.</source>
        <translation>Die Basis-URL darf keinen Benutzer und kein Passwort enthalten: Geben Sie den Schlüssel als API-Schlüssel an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the name of an environment variable, like OPENAI_API_KEY, not the key itself.</source>
        <translation>Geben Sie den Namen einer Umgebungsvariablen an, z. B. OPENAI_API_KEY, nicht den Schlüssel selbst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not have a query (?…) or a fragment (#…).</source>
        <translation>Die Basis-URL darf keine Abfrage (?…) und kein Fragment (#…) haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The priority cannot be negative.</source>
        <translation>Die Priorität darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Anthropic&apos;s base URL has no /v1 (the SDK&apos;s is https://api.anthropic.com): requests would go to %1/v1/messages.</source>
        <translation>Die Basis-URL von Anthropic endet nicht auf /v1 (die des SDK ist https://api.anthropic.com): Anfragen gingen an %1/v1/messages.</translation>
    </message>
    <message>
        <source>An OpenAI-compatible base URL names its API version (the SDK&apos;s is https://api.openai.com/v1): requests would go to %1/chat/completions.</source>
        <translation>Eine OpenAI-kompatible Basis-URL nennt ihre API-Version (die des SDK ist https://api.openai.com/v1): Anfragen gingen an %1/chat/completions.</translation>
    </message>
    <message>
        <source>%1 is plain http:// to another machine: its API key and every prompt would cross the network unencrypted (https:// encrypts them).</source>
        <translation>%1 ist unverschlüsseltes http:// zu einem anderen Rechner: sein API-Schlüssel und jeder Prompt gingen unverschlüsselt über das Netz (https:// verschlüsselt sie).</translation>
    </message>
    <message>
        <source>%1 ends in an endpoint; the base URL is what the SDKs add endpoints to (https://api.openai.com/v1, https://api.anthropic.com).</source>
        <translation>%1 endet auf einem Endpunkt; die Basis-URL ist das, woran die SDKs die Endpunkte anhängen (https://api.openai.com/v1, https://api.anthropic.com).</translation>
    </message>
</context>
<context>
    <name>Ui::ProvidersModel</name>
    <message>
        <location filename="../ui/providers/providersmodel.cpp" line="+31"/>
        <source>stored secret</source>
        <translation>gespeichertes Secret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stored in %1</source>
        <translation>gespeichert in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>all models</source>
        <translation>alle Modelle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>environment: %1 (not set: requests skip this provider)</source>
        <translation>Umgebung: %1 (nicht gesetzt: Anfragen überspringen diesen Anbieter)</translation>
    </message>
</context>
<context>
    <name>Ui::ProvidersPage</name>
    <message>
        <location filename="../ui/providers/providerspage.cpp" line="+82"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway sends each request to the first provider (lowest priority number) whose models match, and falls back to the next one when it fails.</source>
        <translation>Das Gateway schickt jede Anfrage an den ersten passenden Anbieter (niedrigste Prioritätszahl) und weicht auf den nächsten aus, wenn dieser scheitert.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Provider %1 saved.</source>
        <translation>Anbieter %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider %1 added.</source>
        <translation>Anbieter %1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save provider %1: %2</source>
        <translation>Anbieter %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove provider</source>
        <translation>Anbieter entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove provider %1? Its stored API key is deleted too. Traces it served stay in the ledger.</source>
        <translation>Anbieter %1 entfernen? Sein gespeicherter API-Schlüssel wird ebenfalls gelöscht. Traces, die er bedient hat, bleiben im Ledger.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Provider %1 removed.</source>
        <translation>Anbieter %1 entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not remove provider %1: %2</source>
        <translation>Anbieter %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: no answer after %2 ms: %3</source>
        <translation>%1: keine Antwort nach %2 ms: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2 in %3 ms: it works.</source>
        <translation>%1 antwortete in %3 ms mit HTTP %2: Es funktioniert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2 (%3) in %4 ms.</source>
        <translation>%1 antwortete in %4 ms mit HTTP %2 (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be tested: %2</source>
        <translation>%1 lässt sich nicht testen: %2</translation>
    </message>
    <message>
        <source>$%1, which holds its API key, is not set (or holds no key) where Tollgate runs.</source>
        <translation>$%1, die seinen API-Schlüssel enthält, ist dort, wo Tollgate läuft, nicht gesetzt (oder enthält keinen Schlüssel).</translation>
    </message>
    <message>
        <source>the API key stored for it cannot be read (a locked keyring?). Set it again with Edit.</source>
        <translation>der für ihn gespeicherte API-Schlüssel lässt sich nicht lesen (ein gesperrter Schlüsselbund?). Legen Sie ihn mit „Bearbeiten“ neu fest.</translation>
    </message>
</context>
<context>
    <name>Ui::SecretDialog</name>
    <message>
        <location filename="../ui/keys/secretdialog.cpp" line="+15"/>
        <source>New secret for &quot;%1&quot;</source>
        <translation>Neues Secret für „%1“</translation>
    </message>
</context>
<context>
    <name>Ui::SecretPanel</name>
    <message>
        <location filename="../ui/keys/secretpanel.cpp" line="+31"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Point your tools at Tollgate (paste into a shell):</source>
        <translation>So nutzen Ihre Tools Tollgate (in eine Shell einfügen):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy &amp;snippets</source>
        <translation>&amp;Snippets kopieren</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&lt;b&gt;The secret of &quot;%1&quot; is shown only this once.&lt;/b&gt; Copy it now: Tollgate keeps only its fingerprint and cannot show it again.</source>
        <translation>&lt;b&gt;Das Secret von „%1“ wird nur dieses eine Mal angezeigt.&lt;/b&gt; Kopieren Sie es jetzt: Tollgate speichert nur seinen Fingerabdruck und kann es nicht erneut anzeigen.</translation>
    </message>
    <message>
        <source>The secret is on the clipboard.</source>
        <translation>Das Secret ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The snippets are on the clipboard.</source>
        <translation>Die Snippets sind in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>Ui::SettingsPage</name>
    <message>
        <location filename="../ui/settings/settingspage.cpp" line="+71"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen &amp;address:</source>
        <translation>Listen-&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other machines can reach this address: anyone on the network with a key can spend through it.</source>
        <translation>Andere Rechner erreichen diese Adresse: Jeder im Netzwerk mit einem Schlüssel kann darüber Geld ausgeben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new address or port applies the next time Tollgate starts.</source>
        <translation>Eine neue Adresse oder ein neuer Port gilt ab dem nächsten Start von Tollgate.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data directory:</source>
        <translation>Datenverzeichnis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ledger lives here. Start Tollgate with --data DIR or TOLLGATE_DATA to use another one.</source>
        <translation>Hier liegt das Ledger. Starten Sie Tollgate mit --data DIR oder TOLLGATE_DATA, um ein anderes zu verwenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window and tray</source>
        <translation>Fenster und Infobereich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Tollgate starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Tollgate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;minimised to the tray</source>
        <translation>&amp;Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep the gateway serving from the tray when the window closes</source>
        <translation>Gateway &amp;im Infobereich weiterlaufen lassen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start Tollgate when I &amp;log in</source>
        <translation>Tollgate bei der Anmeldung s&amp;tarten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Week starts on:</source>
        <translation>&amp;Woche beginnt am:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warn when &amp;credit falls under:</source>
        <translation>Warnen bei &amp;Guthaben unter:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tollgate also notifies you when a key reaches 80% and 100% of its spend cap.</source>
        <translation>Tollgate meldet sich außerdem, wenn ein Schlüssel 80&#xa0;% und 100&#xa0;% seines Ausgabenlimits erreicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an IP address (for example 127.0.0.1 or ::1).</source>
        <translation>„%1“ ist keine IP-Adresse (zum Beispiel 127.0.0.1 oder ::1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter an amount in dollars, like 5 or 2.50.</source>
        <translation>Geben Sie einen Dollarbetrag ein, etwa 5 oder 2,50.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not change the login item: %1</source>
        <translation>Der Autostart-Eintrag konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>Ui::SpendChart</name>
    <message>
        <location filename="../ui/overview/spendchart.cpp" line="+29"/>
        <source>Spend per day by key</source>
        <translation>Ausgaben pro Tag nach Schlüssel</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>Ui::TraceDetailPane</name>
    <message>
        <location filename="../ui/traces/tracedetailpane.cpp" line="+25"/>
        <source>Select a trace to see all of its fields.</source>
        <translation>Wählen Sie einen Trace aus, um alle seine Felder zu sehen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Trace ID:</source>
        <translation>Trace-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC):</source>
        <translation>Zeit (UTC):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streamed:</source>
        <translation>Gestreamt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model asked:</source>
        <translation>Angefragtes Modell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model served:</source>
        <translation>Geliefertes Modell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status:</source>
        <translation>HTTP-Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency / TTFT:</source>
        <translation>Latenz / TTFT:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tokens:</source>
        <translation>Eingabe-Tokens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache reads:</source>
        <translation>Cache-Lesezugriffe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache writes (1 h):</source>
        <translation>Cache-Schreibzugriffe (1 Std.):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output tokens:</source>
        <translation>Ausgabe-Tokens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning tokens:</source>
        <translation>Reasoning-Tokens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price version:</source>
        <translation>Preisversion:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(no key)</source>
        <translation>(kein Schlüssel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>none (not forwarded)</source>
        <translation>keiner (nicht weitergeleitet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms / %2</source>
        <translation>%1 ms / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>Ui::TracesPage</name>
    <message>
        <location filename="../ui/traces/tracespage.cpp" line="+92"/>
        <source>&lt;h2&gt;Traces&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Traces&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export traces or totals to CSV (%1)</source>
        <translation>Traces oder Summen als CSV exportieren (%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All keys</source>
        <translation>Alle Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;del:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success (2xx)</source>
        <translation>Erfolg (2xx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client errors (4xx)</source>
        <translation>Client-Fehler (4xx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server errors (5xx)</source>
        <translation>Server-Fehler (5xx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any cost</source>
        <translation>Alle Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpriced</source>
        <translation>Ohne Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>No traces match.</source>
        <translation>Keine passenden Traces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 loaded, more as you scroll</source>
        <translation>%1 geladen, weitere beim Scrollen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln trace(s)</source>
        <translation>
            <numerusform>%Ln Trace</numerusform>
            <numerusform>%Ln Traces</numerusform>
        </translation>
    </message>
    <message>
        <source>No traces yet: every request through the gateway is listed here.</source>
        <translation>Noch keine Traces: Jede Anfrage über das Gateway wird hier aufgeführt.</translation>
    </message>
</context>
<context>
    <name>Ui::TracesTableModel</name>
    <message>
        <location filename="../ui/traces/tracestablemodel.cpp" line="+132"/>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>~%1 (estimated)</source>
        <translation>~%1 (geschätzt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no key)</source>
        <translation>(kein Schlüssel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No price is known for this model: the cost is unknown, not zero.</source>
        <translation>Für dieses Modell ist kein Preis bekannt: Die Kosten sind unbekannt, nicht null.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated: a rate or the usage had to be guessed.</source>
        <translation>Geschätzt: Ein Preissatz oder die Nutzung musste geschätzt werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cached</source>
        <translation>Gecacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
</context>
<context>
    <name>Ui::TrayController</name>
    <message>
        <location filename="../ui/tray/traycontroller.cpp" line="+55"/>
        <source>&amp;Show Tollgate</source>
        <translation>Tollgate &amp;anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy gateway URL</source>
        <translation>Gateway-URL &amp;kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tollgate</source>
        <translation>Tollgate</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The gateway is not running</source>
        <translation>Das Gateway läuft nicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tollgate cannot listen: %1</source>
        <translation>Tollgate kann keine Verbindungen annehmen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Tollgate: %1 today + %Ln unpriced request(s)</source>
        <translation>
            <numerusform>Tollgate: heute %1 + %Ln Anfrage ohne Preis</numerusform>
            <numerusform>Tollgate: heute %1 + %Ln Anfragen ohne Preis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tollgate: %1 today</source>
        <translation>Tollgate: heute %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key at its spend cap</source>
        <translation>Schlüssel am Ausgabenlimit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key near its spend cap</source>
        <translation>Schlüssel nahe am Ausgabenlimit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit running low</source>
        <translation>Guthaben wird knapp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key &quot;%1&quot; has spent %2 of its %3 cap (%4%).</source>
        <translation>Schlüssel „%1“ hat %2 seines Limits von %3 ausgegeben (%4&#xa0;%).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key &quot;%1&quot; has spent %2 and reached its %3 cap: its requests are refused.</source>
        <translation>Schlüssel „%1“ hat %2 ausgegeben und sein Limit von %3 erreicht: Seine Anfragen werden abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of credit left, under your warning threshold of %2.</source>
        <translation>Nur noch %1 Guthaben, weniger als Ihre Warnschwelle von %2.</translation>
    </message>
</context>
<context>
    <name>Ui::WeeklyPage</name>
    <message>
        <location filename="../ui/weekly/weeklypage.cpp" line="+71"/>
        <source>Weekly review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous week (Alt+Left)</source>
        <translation>Vorige Woche (Alt+Links)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next week (Alt+Right)</source>
        <translation>Nächste Woche (Alt+Rechts)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keys by spend</source>
        <translation>Schlüssel nach Ausgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (new ones are model drift)</source>
        <translation>Modelle (neue zeigen Modelldrift)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys at 80 % of their cap or more</source>
        <translation>Schlüssel ab 80&#xa0;% ihres Limits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpriced traffic</source>
        <translation>Verkehr ohne Preis</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This week, %1 – %2</source>
        <translation>Diese Woche, %1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Spent &lt;b&gt;%1&lt;/b&gt; (%2 against last week&apos;s %3) on %Ln request(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; ausgegeben (%2 gegenüber %3 in der Vorwoche) bei %Ln Anfrage.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; ausgegeben (%2 gegenüber %3 in der Vorwoche) bei %Ln Anfragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Spent &lt;b&gt;%1&lt;/b&gt; so far (%2 against %3 by the same time last week) on %Ln request(s).</source>
        <translation>
            <numerusform>Bisher &lt;b&gt;%1&lt;/b&gt; ausgegeben (%2 gegenüber %3 zum selben Zeitpunkt der Vorwoche) bei %Ln Anfrage.</numerusform>
            <numerusform>Bisher &lt;b&gt;%1&lt;/b&gt; ausgegeben (%2 gegenüber %3 zum selben Zeitpunkt der Vorwoche) bei %Ln Anfragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln new model(s).</source>
        <translation>
            <numerusform>%Ln neues Modell.</numerusform>
            <numerusform>%Ln neue Modelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln key(s) with prompt bloat.</source>
        <translation>
            <numerusform>%Ln Schlüssel mit aufgeblähten Prompts.</numerusform>
            <numerusform>%Ln Schlüssel mit aufgeblähten Prompts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln key(s) at 80 % of the cap or more.</source>
        <translation>
            <numerusform>%Ln Schlüssel ab 80&#xa0;% des Limits.</numerusform>
            <numerusform>%Ln Schlüssel ab 80&#xa0;% des Limits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unpriced traffic on %Ln model(s).</source>
        <translation>
            <numerusform>Verkehr ohne Preis bei %Ln Modell.</numerusform>
            <numerusform>Verkehr ohne Preis bei %Ln Modellen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the weekly review</source>
        <translation>Wochenrückblick exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>No requests that week.</source>
        <translation>Keine Anfragen in dieser Woche.</translation>
    </message>
    <message>
        <source>No requests this week yet.</source>
        <translation>Diese Woche noch keine Anfragen.</translation>
    </message>
    <message numerus="yes">
        <source>The week before: %1 on %Ln request(s).</source>
        <translation>
            <numerusform>In der Woche davor: %1 bei %Ln Anfrage.</numerusform>
            <numerusform>In der Woche davor: %1 bei %Ln Anfragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last week by this time: %1 on %Ln request(s).</source>
        <translation>
            <numerusform>Letzte Woche bis zu diesem Zeitpunkt: %1 bei %Ln Anfrage.</numerusform>
            <numerusform>Letzte Woche bis zu diesem Zeitpunkt: %1 bei %Ln Anfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Ui::WeeklyReviewModel</name>
    <message>
        <location filename="../ui/weekly/weeklyreviewmodel.cpp" line="+17"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>±0 %</source>
        <translation>±0&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+%1 %</source>
        <translation>+%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−%1 %</source>
        <translation>−%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Prompt bloat: the average input per request grew by %1 % or more since last week.</source>
        <translation>Aufgeblähte Prompts: Die durchschnittliche Eingabe pro Anfrage ist seit letzter Woche um %1&#xa0;% oder mehr gewachsen.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 + %Ln unpriced</source>
        <translation>
            <numerusform>%1 + %Ln ohne Preis</numerusform>
            <numerusform>%1 + %Ln ohne Preis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1  prompt bloat</source>
        <translation>%1  aufgeblähte Prompts</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Model drift: not used last week.</source>
        <translation>Modelldrift: letzte Woche nicht genutzt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1  (new this week)</source>
        <translation>%1  (neu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 % — reached</source>
        <translation>%1&#xa0;% – erreicht</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+5"/>
        <source>Same days last week</source>
        <translation>Gleiche Tage der Vorwoche</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Last week</source>
        <translation>Vorwoche</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+9"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+5"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Avg input</source>
        <translation>Ø Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avg input change</source>
        <translation>Änderung Ø Eingabe</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cap</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
</context>
<context>
    <name>Ui::CsvExportJob</name>
    <message>
        <source>the ledger could not be read in full (%1), so no file was written</source>
        <translation>das Ledger ließ sich nicht vollständig lesen (%1), daher wurde keine Datei geschrieben</translation>
    </message>
</context>
</TS>
