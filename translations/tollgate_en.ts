<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <translation>Another Tollgate (%1) is already serving this data directory:
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the ledger: %1</source>
        <translation>Cannot open the ledger: %1</translation>
    </message>
    <message>
        <source>Cannot take this data directory: %1</source>
        <translation>Cannot take this data directory: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tollgate is still running</source>
        <translation>Tollgate is still running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gateway keeps serving. Quit from the tray icon&apos;s menu.</source>
        <translation>The gateway keeps serving. Quit from the tray icon&apos;s menu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listen address ignored</source>
        <translation>Listen address ignored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; listening on the default address instead.</source>
        <translation>%1; listening on the default address instead.</translation>
    </message>
    <message>
        <source>A provider lacks its API key</source>
        <translation>A provider lacks its API key</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot;: the API key stored for it cannot be read (a locked keyring, or %2 damaged or without it). Requests routed to it go to the next provider, else get 502.</source>
        <translation>Provider &quot;%1&quot;: the API key stored for it cannot be read (a locked keyring, or %2 damaged or without it). Requests routed to it go to the next provider, else get 502.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; takes its API key from $%2, which is not set or empty. Requests routed to it go to the next provider, else get 502.</source>
        <translation>Provider &quot;%1&quot; takes its API key from $%2, which is not set or empty. Requests routed to it go to the next provider, else get 502.</translation>
    </message>
</context>
<context>
    <name>Ui::CapChart</name>
    <message>
        <location filename="../ui/overview/capchart.cpp" line="+25"/>
        <source>Spend vs cap: no key has a spend cap</source>
        <translation>Spend vs cap: no key has a spend cap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spend vs cap (lifetime)</source>
        <translation>Spend vs cap (lifetime)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Below 80 %</source>
        <translation>Below 80%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 % or more</source>
        <translation>80% or more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap reached</source>
        <translation>Cap reached</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%2 % · %1</source>
        <translation>%2% · %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%.0f %%</source>
        <translation>%.0f%%</translation>
    </message>
</context>
<context>
    <name>Ui::CreditPanel</name>
    <message>
        <location filename="../ui/settings/creditpanel.cpp" line="+20"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>USD, e.g. 50</source>
        <translation>USD, e.g. 50</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;dd credit</source>
        <translation>A&amp;dd credit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amou&amp;nt:</source>
        <translation>Amou&amp;nt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Turn the credit limit off…</source>
        <translation>&amp;Turn the credit limit off…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The limit is on: %1 left of %2 added since %3. When it is spent, the gateway answers 402 until you add more.</source>
        <translation>The limit is on: %1 left of %2 added since %3. When it is spent, the gateway answers 402 until you add more.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The limit is off: the gateway spends without one (each key&apos;s own cap still applies). Adding credit turns it on.</source>
        <translation>The limit is off: the gateway spends without one (each key&apos;s own cap still applies). Adding credit turns it on.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add an amount above zero.</source>
        <translation>Add an amount above zero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not added: %1</source>
        <translation>Not added: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn the credit limit off? The gateway then spends without one; each key&apos;s own cap still applies. A later top-up starts afresh: what is left now is not carried over.</source>
        <translation>Turn the credit limit off? The gateway then spends without one; each key&apos;s own cap still applies. A later top-up starts afresh: what is left now is not carried over.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not turned off: %1</source>
        <translation>Not turned off: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an amount in dollars, like 50 or 2.50 (no digit grouping, at most nine decimals).</source>
        <translation>Enter an amount in dollars, like 50 or 2.50 (no digit grouping, at most nine decimals).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at most %1 at a time.</source>
        <translation>Add at most %1 at a time.</translation>
    </message>
</context>
<context>
    <name>Ui::DateText</name>
    <message>
        <location filename="../ui/common/datetext.cpp" line="+9"/>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
</context>
<context>
    <name>Ui::EditCapsDialog</name>
    <message>
        <location filename="../ui/keys/editcapsdialog.cpp" line="+20"/>
        <source>Limits of &quot;%1&quot;</source>
        <translation>Limits of &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>Ui::ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="+32"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Traces, one row per request</source>
        <translation>&amp;Traces, one row per request</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tota&amp;ls, grouped by:</source>
        <translation>Tota&amp;ls, grouped by:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Key</source>
        <translation>&amp;Key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Provider</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What:</source>
        <translation>What:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No filters from the Traces page</source>
        <translation>No filters from the Traces page</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O&amp;nly traces matching: %1</source>
        <translation>O&amp;nly traces matching: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;All time</source>
        <translation>&amp;All time</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 rows written…</source>
        <translation>%1 of %2 rows written…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>key %1</source>
        <translation>key %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model %1</source>
        <translation>model %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider %1</source>
        <translation>provider %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outcome %1</source>
        <translation>outcome %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status %1–%2</source>
        <translation>status %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cost %1</source>
        <translation>cost %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>before %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln row to %1.</numerusform>
            <numerusform>Wrote %Ln rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
</context>
<context>
    <name>Ui::KeyLimitsForm</name>
    <message>
        <location filename="../ui/keys/keylimitsform.cpp" line="+40"/>
        <source>e.g. ci-pipeline</source>
        <translation>e.g. ci-pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cap (USD, e.g. 25 or 2.50)</source>
        <translation>No cap (USD, e.g. 25 or 2.50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;spend:</source>
        <translation>Max &amp;spend:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per second</source>
        <translation>per second</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per minute</source>
        <translation>per minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per hour</source>
        <translation>per hour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per day</source>
        <translation>per day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate period</source>
        <translation>Rate period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Rate limit:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tokens per minute:</source>
        <translation>&amp;Tokens per minute:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All models (or globs: gpt-4o*, claude-*)</source>
        <translation>All models (or globs: gpt-4o*, claude-*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed &amp;models:</source>
        <translation>Allowed &amp;models:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Works until</source>
        <translation>Works until</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xpiry:</source>
        <translation>E&amp;xpiry:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Enter a name for the key.</source>
        <translation>Enter a name for the key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name must not start or end with spaces.</source>
        <translation>The name must not start or end with spaces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key named &quot;%1&quot; already exists.</source>
        <translation>A key named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+35"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Enter an amount in dollars, like 25 or 2.50 (no digit grouping, at most nine decimals).</source>
        <translation>Enter an amount in dollars, like 25 or 2.50 (no digit grouping, at most nine decimals).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A spend cap cannot be negative.</source>
        <translation>A spend cap cannot be negative.</translation>
    </message>
    <message>
        <source>A cap of $0 refuses every request of this key.</source>
        <translation>A cap of $0 refuses every request of this key.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Separate model names with single commas; an empty name allows nothing.</source>
        <translation>Separate model names with single commas; an empty name allows nothing.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The last day cannot be in the past.</source>
        <translation>The last day cannot be in the past.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>The key works through the end of this day, then stops.</source>
        <translation>The key works through the end of this day, then stops.</translation>
    </message>
    <message>
        <source>A spend cap can be at most %1.</source>
        <translation>A spend cap can be at most %1.</translation>
    </message>
</context>
<context>
    <name>Ui::KeysPage</name>
    <message>
        <location filename="../ui/keys/keyspage.cpp" line="+92"/>
        <source>&amp;New key…</source>
        <translation>&amp;New key…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit caps…</source>
        <translation>&amp;Edit caps…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;otate…</source>
        <translation>R&amp;otate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Keys&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Keys&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter keys (Ctrl+F)</source>
        <translation>Filter keys (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No keys yet. Create one with New key (%1).</source>
        <translation>No keys yet. Create one with New key (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln key</numerusform>
            <numerusform>%Ln keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln active</numerusform>
            <numerusform>%Ln active</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+18"/>
        <source>Rotate key</source>
        <translation>Rotate key</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Give &quot;%1&quot; a new secret? The current secret stops working at once; every client using it must be updated.</source>
        <translation>Give &quot;%1&quot; a new secret? The current secret stops working at once; every client using it must be updated.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rotate &quot;%1&quot;</source>
        <translation>&amp;Rotate &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key was not rotated: %1</source>
        <translation>The key was not rotated: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+18"/>
        <source>Revoke key</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Revoke &quot;%1&quot;? Requests with it are refused from now on. Revocation is permanent.</source>
        <translation>Revoke &quot;%1&quot;? Requests with it are refused from now on. Revocation is permanent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revoke &quot;%1&quot;</source>
        <translation>&amp;Revoke &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key was not revoked: %1</source>
        <translation>The key was not revoked: %1</translation>
    </message>
</context>
<context>
    <name>Ui::KeysTableModel</name>
    <message>
        <location filename="../ui/keys/keystablemodel.cpp" line="+76"/>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 + %Ln unpriced</source>
        <translation>
            <numerusform>%1 + %Ln unpriced</numerusform>
            <numerusform>%1 + %Ln unpriced</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cap</source>
        <translation>No cap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All models</source>
        <translation>All models</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Expires %1</source>
        <translation>Expires %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent this month</source>
        <translation>Spent this month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend cap</source>
        <translation>Spend cap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limit</source>
        <translation>Rate limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/min</source>
        <translation>Tokens/min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed models</source>
        <translation>Allowed models</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting the gateway…</source>
        <translation>Starting the gateway…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to copy the gateway&apos;s base URL</source>
        <translation>Click to copy the gateway&apos;s base URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1/v1</source>
        <translation>Copied %1/v1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Gateway %1/v1</source>
        <translation>Gateway %1/v1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gateway not running: %1</source>
        <translation>Gateway not running: %1</translation>
    </message>
    <message>
        <source>Ledger file gone: restart Tollgate</source>
        <translation>Ledger file gone: restart Tollgate</translation>
    </message>
    <message>
        <source>Ledger lost</source>
        <translation>Ledger lost</translation>
    </message>
    <message>
        <source>The ledger file %1 was deleted or replaced while Tollgate ran. The gateway refuses every request, since none could be booked, and the window shows the lost file&apos;s figures. Quit and start Tollgate again: it opens the file at that path, or creates a new one.</source>
        <translation>The ledger file %1 was deleted or replaced while Tollgate ran. The gateway refuses every request, since none could be booked, and the window shows the lost file&apos;s figures. Quit and start Tollgate again: it opens the file at that path, or creates a new one.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Today %1</source>
        <translation>Today %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> + %Ln unpriced</source>
        <translation>
            <numerusform> + %Ln unpriced</numerusform>
            <numerusform> + %Ln unpriced</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit %1</source>
        <translation>Credit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit off</source>
        <translation>Credit limit off</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/pages.cpp" line="+19"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traces</source>
        <translation>Traces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly review</source>
        <translation>Weekly review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models &amp; prices</source>
        <translation>Models &amp; prices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers</source>
        <translation>Providers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Settings</translation>
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
            <numerusform>(+%Ln more)</numerusform>
            <numerusform>(+%Ln more)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to dismiss.</source>
        <translation>Click to dismiss.</translation>
    </message>
    <message>
        <source>Click to try again now; Tollgate also tries every few seconds. The port is set in Settings.</source>
        <translation>Click to try again now; Tollgate also tries every few seconds. The port is set in Settings.</translation>
    </message>
</context>
<context>
    <name>Ui::ModelShareChart</name>
    <message>
        <location filename="../ui/overview/modelsharechart.cpp" line="+25"/>
        <source>Spend by model</source>
        <translation>Spend by model</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%2 % · %1</source>
        <translation>%2% · %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spend by model: no priced traffic in this range</source>
        <translation>Spend by model: no priced traffic in this range</translation>
    </message>
</context>
<context>
    <name>Ui::NewKeyDialog</name>
    <message>
        <location filename="../ui/keys/newkeydialog.cpp" line="+36"/>
        <source>New key</source>
        <translation>New key</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;reate key</source>
        <translation>C&amp;reate key</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Key &quot;%1&quot; created</source>
        <translation>Key &quot;%1&quot; created</translation>
    </message>
</context>
<context>
    <name>Ui::OverviewPage</name>
    <message>
        <location filename="../ui/overview/overviewpage.cpp" line="+61"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;%1 days</source>
        <translation>&amp;%1 days</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>through the gateway</source>
        <translation>through the gateway</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>requests without a price</source>
        <translation>requests without a price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit left</source>
        <translation>Credit left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpriced</source>
        <translation>Unpriced</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>last %Ln day(s)</source>
        <translation>
            <numerusform>last %Ln day</numerusform>
            <numerusform>last %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 % of %2 since %3</source>
        <translation>%1% of %2 since %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the credit limit is off</source>
        <translation>the credit limit is off</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Getting started.&lt;/b&gt; Tollgate forwards each call to your provider with your own API key. Add a provider first: %1 (or &lt;nobr&gt;&lt;code&gt;tollgate providers add&lt;/code&gt;&lt;/nobr&gt;).</source>
        <translation>&lt;b&gt;Getting started.&lt;/b&gt; Tollgate forwards each call to your provider with your own API key. Add a provider first: %1 (or &lt;nobr&gt;&lt;code&gt;tollgate providers add&lt;/code&gt;&lt;/nobr&gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Providers</source>
        <translation>Providers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Next:&lt;/b&gt; create a key for each app or teammate (%1, or &lt;nobr&gt;&lt;code&gt;tollgate keys create&lt;/code&gt;&lt;/nobr&gt;) and point its OpenAI or Anthropic SDK at the gateway address shown at the bottom of this window. Every call is then booked here.</source>
        <translation>&lt;b&gt;Next:&lt;/b&gt; create a key for each app or teammate (%1, or &lt;nobr&gt;&lt;code&gt;tollgate keys create&lt;/code&gt;&lt;/nobr&gt;) and point its OpenAI or Anthropic SDK at the gateway address shown at the bottom of this window. Every call is then booked here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>Ui::PriceOverrideDialog</name>
    <message>
        <location filename="../ui/prices/priceoverridedialog.cpp" line="+30"/>
        <source>Set price</source>
        <translation>Set price</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD per 1M tokens. Leave a field empty to keep its current rate; an empty reasoning rate bills reasoning tokens as output.</source>
        <translation>USD per 1M tokens. Leave a field empty to keep its current rate; an empty reasoning rate bills reasoning tokens as output.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>model name as clients send it</source>
        <translation>model name as clients send it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Input:</source>
        <translation>&amp;Input:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache &amp;read:</source>
        <translation>Cache &amp;read:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write (&amp;5 min):</source>
        <translation>Cache write (&amp;5 min):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write (&amp;1 hour):</source>
        <translation>Cache write (&amp;1 hour):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Output:</source>
        <translation>&amp;Output:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;easoning:</source>
        <translation>R&amp;easoning:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This model has long-context tiers; a price set here applies to every request size.</source>
        <translation>This model has long-context tiers; a price set here applies to every request size.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name the model.</source>
        <translation>Name the model.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a price: enter dollars per 1M tokens, like 2.50.</source>
        <translation>&quot;%1&quot; is not a price: enter dollars per 1M tokens, like 2.50.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter at least one rate.</source>
        <translation>Enter at least one rate.</translation>
    </message>
    <message>
        <source>No request can name this model: at most %1 characters, without line breaks or other control characters.</source>
        <translation>No request can name this model: at most %1 characters, without line breaks or other control characters.</translation>
    </message>
    <message>
        <source>%1 is more than any model costs: at most %2 per 1M tokens.</source>
        <translation>%1 is more than any model costs: at most %2 per 1M tokens.</translation>
    </message>
</context>
<context>
    <name>Ui::PricesModel</name>
    <message numerus="yes">
        <location filename="../ui/prices/pricesmodel.cpp" line="+108"/>
        <source>%Ln request(s) to this model have no price, so their cost is unknown. Select it and choose Set price….</source>
        <translation>
            <numerusform>%Ln request to this model has no price, so its cost is unknown. Select it and choose Set price….</numerusform>
            <numerusform>%Ln requests to this model have no price, so their cost is unknown. Select it and choose Set price….</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Above %1 input tokens: input %2, output %3</source>
        <translation>Above %1 input tokens: input %2, output %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, since %2</source>
        <translation>%1, since %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unpriced</source>
        <translation>unpriced</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unpriced request(s)</source>
        <translation>
            <numerusform>%Ln unpriced request</numerusform>
            <numerusform>%Ln unpriced requests</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>as output</source>
        <translation>as output</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>above %1</source>
        <translation>above %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache read</source>
        <translation>Cache read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write
5 min</source>
        <translation>Cache write
5 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write
1 hour</source>
        <translation>Cache write
1 hour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Output</translation>
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
        <translation>Long-context
tiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source
since</source>
        <translation>Source
since</translation>
    </message>
</context>
<context>
    <name>Ui::PricesPage</name>
    <message>
        <location filename="../ui/prices/pricespage.cpp" line="+40"/>
        <source>Models &amp; prices</source>
        <translation>Models &amp; prices</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search models (Ctrl+F)</source>
        <translation>Search models (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Set price…</source>
        <translation>&amp;Set price…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import price map…</source>
        <translation>&amp;Import price map…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Prices in USD per 1M tokens.</source>
        <translation>Prices in USD per 1M tokens.</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%Ln model(s) served without a price, listed first: their cost stays unknown until you select one and choose Set price…</source>
        <translation>
            <numerusform>%Ln model served without a price, listed first: its cost stays unknown until you select it and choose Set price…</numerusform>
            <numerusform>%Ln models served without a price, listed first: their cost stays unknown until you select one and choose Set price…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Price of %1 set.</source>
        <translation>Price of %1 set.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not set the price: %1</source>
        <translation>Could not set the price: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import price map</source>
        <translation>Import price map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price map (*.json);;All files (*)</source>
        <translation>Price map (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln new or changed price(s)</source>
        <translation>
            <numerusform>%Ln new or changed price</numerusform>
            <numerusform>%Ln new or changed prices</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(kept your own price for %1)</source>
        <translation>(kept your own price for %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import failed: %1</source>
        <translation>Import failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>(skipped %Ln model(s) with a price or name Tollgate cannot use; point here to see them)</source>
        <translation>
            <numerusform>(skipped %Ln model with a price or name Tollgate cannot use; point here to see it)</numerusform>
            <numerusform>(skipped %Ln models with a price or name Tollgate cannot use; point here to see them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ProviderDialog</name>
    <message>
        <location filename="../ui/providers/providerdialog.cpp" line="+24"/>
        <source>Edit provider</source>
        <translation>Edit provider</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add provider</source>
        <translation>Add provider</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-compatible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Base URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store an API &amp;key</source>
        <translation>Store an API &amp;key</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stored; type to replace it</source>
        <translation>stored; type to replace it</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the provider&apos;s secret key</source>
        <translation>the provider&apos;s secret key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read it from an &amp;environment variable</source>
        <translation>Read it from an &amp;environment variable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No credential (a local server)</source>
        <translation>No credential (a local server)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Credential:</source>
        <translation>Credential:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>all models; or globs like gpt-4o*, claude-*</source>
        <translation>all models; or globs like gpt-4o*, claude-*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Models:</source>
        <translation>&amp;Models:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lower numbers are tried first; the next provider serving the model is the fallback.</source>
        <translation>Lower numbers are tried first; the next provider serving the model is the fallback.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Enter the API key, or choose another kind of credential.</source>
        <translation>Enter the API key, or choose another kind of credential.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the environment variable that holds the key.</source>
        <translation>Name the environment variable that holds the key.</translation>
    </message>
    <message>
        <source>A provider named &quot;%1&quot; already exists: choose another name, or edit that one.</source>
        <translation>A provider named &quot;%1&quot; already exists: choose another name, or edit that one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the provider: at most %1 characters, without spaces at either end.</source>
        <translation>Name the provider: at most %1 characters, without spaces at either end.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A provider name cannot contain &apos;/&apos;: it pins models as provider/model.</source>
        <translation>A provider name cannot contain &apos;/&apos;: it pins models as provider/model.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must start with http:// or https:// and name a host, like https://api.openai.com/v1.</source>
        <translation>The base URL must start with http:// or https:// and name a host, like https://api.openai.com/v1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not carry a user or password: give the key as an API key.</source>
        <translation>The base URL must not carry a user or password: give the key as an API key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the name of an environment variable, like OPENAI_API_KEY, not the key itself.</source>
        <translation>Give the name of an environment variable, like OPENAI_API_KEY, not the key itself.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not have a query (?…) or a fragment (#…).</source>
        <translation>The base URL must not have a query (?…) or a fragment (#…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The priority cannot be negative.</source>
        <translation>The priority cannot be negative.</translation>
    </message>
    <message>
        <source>Anthropic&apos;s base URL has no /v1 (the SDK&apos;s is https://api.anthropic.com): requests would go to %1/v1/messages.</source>
        <translation>Anthropic&apos;s base URL has no /v1 (the SDK&apos;s is https://api.anthropic.com): requests would go to %1/v1/messages.</translation>
    </message>
    <message>
        <source>An OpenAI-compatible base URL names its API version (the SDK&apos;s is https://api.openai.com/v1): requests would go to %1/chat/completions.</source>
        <translation>An OpenAI-compatible base URL names its API version (the SDK&apos;s is https://api.openai.com/v1): requests would go to %1/chat/completions.</translation>
    </message>
    <message>
        <source>%1 is plain http:// to another machine: its API key and every prompt would cross the network unencrypted (https:// encrypts them).</source>
        <translation>%1 is plain http:// to another machine: its API key and every prompt would cross the network unencrypted (https:// encrypts them).</translation>
    </message>
    <message>
        <source>%1 ends in an endpoint; the base URL is what the SDKs add endpoints to (https://api.openai.com/v1, https://api.anthropic.com).</source>
        <translation>%1 ends in an endpoint; the base URL is what the SDKs add endpoints to (https://api.openai.com/v1, https://api.anthropic.com).</translation>
    </message>
</context>
<context>
    <name>Ui::ProvidersModel</name>
    <message>
        <location filename="../ui/providers/providersmodel.cpp" line="+31"/>
        <source>stored secret</source>
        <translation>stored secret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stored in %1</source>
        <translation>stored in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment: %1</source>
        <translation>environment: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>all models</source>
        <translation>all models</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential</source>
        <translation>Credential</translation>
    </message>
    <message>
        <source>environment: %1 (not set: requests skip this provider)</source>
        <translation>environment: %1 (not set: requests skip this provider)</translation>
    </message>
</context>
<context>
    <name>Ui::ProvidersPage</name>
    <message>
        <location filename="../ui/providers/providerspage.cpp" line="+82"/>
        <source>Providers</source>
        <translation>Providers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway sends each request to the first provider (lowest priority number) whose models match, and falls back to the next one when it fails.</source>
        <translation>The gateway sends each request to the first provider (lowest priority number) whose models match, and falls back to the next one when it fails.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Provider %1 saved.</source>
        <translation>Provider %1 saved.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider %1 added.</source>
        <translation>Provider %1 added.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save provider %1: %2</source>
        <translation>Could not save provider %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove provider</source>
        <translation>Remove provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove provider %1? Its stored API key is deleted too. Traces it served stay in the ledger.</source>
        <translation>Remove provider %1? Its stored API key is deleted too. Traces it served stay in the ledger.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Provider %1 removed.</source>
        <translation>Provider %1 removed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not remove provider %1: %2</source>
        <translation>Could not remove provider %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Testing %1…</source>
        <translation>Testing %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: no answer after %2 ms: %3</source>
        <translation>%1: no answer after %2 ms: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2 in %3 ms: it works.</source>
        <translation>%1 answered HTTP %2 in %3 ms: it works.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2 (%3) in %4 ms.</source>
        <translation>%1 answered HTTP %2 (%3) in %4 ms.</translation>
    </message>
    <message>
        <source>%1 cannot be tested: %2</source>
        <translation>%1 cannot be tested: %2</translation>
    </message>
    <message>
        <source>$%1, which holds its API key, is not set (or holds no key) where Tollgate runs.</source>
        <translation>$%1, which holds its API key, is not set (or holds no key) where Tollgate runs.</translation>
    </message>
    <message>
        <source>the API key stored for it cannot be read (a locked keyring?). Set it again with Edit.</source>
        <translation>the API key stored for it cannot be read (a locked keyring?). Set it again with Edit.</translation>
    </message>
</context>
<context>
    <name>Ui::SecretDialog</name>
    <message>
        <location filename="../ui/keys/secretdialog.cpp" line="+15"/>
        <source>New secret for &quot;%1&quot;</source>
        <translation>New secret for &quot;%1&quot;</translation>
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
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Point your tools at Tollgate (paste into a shell):</source>
        <translation>Point your tools at Tollgate (paste into a shell):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy &amp;snippets</source>
        <translation>Copy &amp;snippets</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&lt;b&gt;The secret of &quot;%1&quot; is shown only this once.&lt;/b&gt; Copy it now: Tollgate keeps only its fingerprint and cannot show it again.</source>
        <translation>&lt;b&gt;The secret of &quot;%1&quot; is shown only this once.&lt;/b&gt; Copy it now: Tollgate keeps only its fingerprint and cannot show it again.</translation>
    </message>
    <message>
        <source>The secret is on the clipboard.</source>
        <translation>The secret is on the clipboard.</translation>
    </message>
    <message>
        <source>The snippets are on the clipboard.</source>
        <translation>The snippets are on the clipboard.</translation>
    </message>
</context>
<context>
    <name>Ui::SettingsPage</name>
    <message>
        <location filename="../ui/settings/settingspage.cpp" line="+71"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen &amp;address:</source>
        <translation>Listen &amp;address:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other machines can reach this address: anyone on the network with a key can spend through it.</source>
        <translation>Other machines can reach this address: anyone on the network with a key can spend through it.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new address or port applies the next time Tollgate starts.</source>
        <translation>A new address or port applies the next time Tollgate starts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data directory:</source>
        <translation>Data directory:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ledger lives here. Start Tollgate with --data DIR or TOLLGATE_DATA to use another one.</source>
        <translation>The ledger lives here. Start Tollgate with --data DIR or TOLLGATE_DATA to use another one.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window and tray</source>
        <translation>Window and tray</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Tollgate starts.</source>
        <translation>A new language applies the next time Tollgate starts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;minimised to the tray</source>
        <translation>Start &amp;minimised to the tray</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep the gateway serving from the tray when the window closes</source>
        <translation>&amp;Keep the gateway serving from the tray when the window closes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start Tollgate when I &amp;log in</source>
        <translation>Start Tollgate when I &amp;log in</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Week starts on:</source>
        <translation>&amp;Week starts on:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warn when &amp;credit falls under:</source>
        <translation>Warn when &amp;credit falls under:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tollgate also notifies you when a key reaches 80% and 100% of its spend cap.</source>
        <translation>Tollgate also notifies you when a key reaches 80% and 100% of its spend cap.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an IP address (for example 127.0.0.1 or ::1).</source>
        <translation>&quot;%1&quot; is not an IP address (for example 127.0.0.1 or ::1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter an amount in dollars, like 5 or 2.50.</source>
        <translation>Enter an amount in dollars, like 5 or 2.50.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not change the login item: %1</source>
        <translation>Could not change the login item: %1</translation>
    </message>
</context>
<context>
    <name>Ui::SpendChart</name>
    <message>
        <location filename="../ui/overview/spendchart.cpp" line="+29"/>
        <source>Spend per day by key</source>
        <translation>Spend per day by key</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Ui::TraceDetailPane</name>
    <message>
        <location filename="../ui/traces/tracedetailpane.cpp" line="+25"/>
        <source>Select a trace to see all of its fields.</source>
        <translation>Select a trace to see all of its fields.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Trace ID:</source>
        <translation>Trace ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC):</source>
        <translation>Time (UTC):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streamed:</source>
        <translation>Streamed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model asked:</source>
        <translation>Model asked:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model served:</source>
        <translation>Model served:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status:</source>
        <translation>HTTP status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts:</source>
        <translation>Attempts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency / TTFT:</source>
        <translation>Latency / TTFT:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tokens:</source>
        <translation>Input tokens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache reads:</source>
        <translation>Cache reads:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache writes (1 h):</source>
        <translation>Cache writes (1 h):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output tokens:</source>
        <translation>Output tokens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning tokens:</source>
        <translation>Reasoning tokens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost:</source>
        <translation>Cost:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price version:</source>
        <translation>Price version:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(no key)</source>
        <translation>(no key)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
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
        <translation>none (not forwarded)</translation>
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
        <translation>none</translation>
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
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export traces or totals to CSV (%1)</source>
        <translation>Export traces or totals to CSV (%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All keys</source>
        <translation>All keys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All models</source>
        <translation>All models</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;del:</source>
        <translation>Mo&amp;del:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All providers</source>
        <translation>All providers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success (2xx)</source>
        <translation>Success (2xx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client errors (4xx)</source>
        <translation>Client errors (4xx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server errors (5xx)</source>
        <translation>Server errors (5xx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any outcome</source>
        <translation>Any outcome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O&amp;utcome:</source>
        <translation>O&amp;utcome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any cost</source>
        <translation>Any cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpriced</source>
        <translation>Unpriced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost:</source>
        <translation>&amp;Cost:</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>No traces match.</source>
        <translation>No traces match.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 loaded, more as you scroll</source>
        <translation>%1 loaded, more as you scroll</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln trace(s)</source>
        <translation>
            <numerusform>%Ln trace</numerusform>
            <numerusform>%Ln traces</numerusform>
        </translation>
    </message>
    <message>
        <source>No traces yet: every request through the gateway is listed here.</source>
        <translation>No traces yet: every request through the gateway is listed here.</translation>
    </message>
</context>
<context>
    <name>Ui::TracesTableModel</name>
    <message>
        <location filename="../ui/traces/tracestablemodel.cpp" line="+132"/>
        <source>unpriced</source>
        <translation>unpriced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>~%1 (estimated)</source>
        <translation>~%1 (estimated)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no key)</source>
        <translation>(no key)</translation>
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
        <translation>No price is known for this model: the cost is unknown, not zero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated: a rate or the usage had to be guessed.</source>
        <translation>Estimated: a rate or the usage had to be guessed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cached</source>
        <translation>Cached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
</context>
<context>
    <name>Ui::TrayController</name>
    <message>
        <location filename="../ui/tray/traycontroller.cpp" line="+55"/>
        <source>&amp;Show Tollgate</source>
        <translation>&amp;Show Tollgate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy gateway URL</source>
        <translation>&amp;Copy gateway URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tollgate</source>
        <translation>Tollgate</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The gateway is not running</source>
        <translation>The gateway is not running</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tollgate cannot listen: %1</source>
        <translation>Tollgate cannot listen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Tollgate: %1 today + %Ln unpriced request(s)</source>
        <translation>
            <numerusform>Tollgate: %1 today + %Ln unpriced request</numerusform>
            <numerusform>Tollgate: %1 today + %Ln unpriced requests</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tollgate: %1 today</source>
        <translation>Tollgate: %1 today</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key at its spend cap</source>
        <translation>Key at its spend cap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key near its spend cap</source>
        <translation>Key near its spend cap</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit running low</source>
        <translation>Credit running low</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key &quot;%1&quot; has spent %2 of its %3 cap (%4%).</source>
        <translation>Key &quot;%1&quot; has spent %2 of its %3 cap (%4%).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key &quot;%1&quot; has spent %2 and reached its %3 cap: its requests are refused.</source>
        <translation>Key &quot;%1&quot; has spent %2 and reached its %3 cap: its requests are refused.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of credit left, under your warning threshold of %2.</source>
        <translation>%1 of credit left, under your warning threshold of %2.</translation>
    </message>
</context>
<context>
    <name>Ui::WeeklyPage</name>
    <message>
        <location filename="../ui/weekly/weeklypage.cpp" line="+71"/>
        <source>Weekly review</source>
        <translation>Weekly review</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous week (Alt+Left)</source>
        <translation>Previous week (Alt+Left)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next week (Alt+Right)</source>
        <translation>Next week (Alt+Right)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keys by spend</source>
        <translation>Keys by spend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (new ones are model drift)</source>
        <translation>Models (new ones are model drift)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys at 80 % of their cap or more</source>
        <translation>Keys at 80% of their cap or more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpriced traffic</source>
        <translation>Unpriced traffic</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This week, %1 – %2</source>
        <translation>This week, %1 – %2</translation>
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
            <numerusform>Spent &lt;b&gt;%1&lt;/b&gt; (%2 against last week&apos;s %3) on %Ln request.</numerusform>
            <numerusform>Spent &lt;b&gt;%1&lt;/b&gt; (%2 against last week&apos;s %3) on %Ln requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Spent &lt;b&gt;%1&lt;/b&gt; so far (%2 against %3 by the same time last week) on %Ln request(s).</source>
        <translation>
            <numerusform>Spent &lt;b&gt;%1&lt;/b&gt; so far (%2 against %3 by the same time last week) on %Ln request.</numerusform>
            <numerusform>Spent &lt;b&gt;%1&lt;/b&gt; so far (%2 against %3 by the same time last week) on %Ln requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln new model(s).</source>
        <translation>
            <numerusform>%Ln new model.</numerusform>
            <numerusform>%Ln new models.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln key(s) with prompt bloat.</source>
        <translation>
            <numerusform>%Ln key with prompt bloat.</numerusform>
            <numerusform>%Ln keys with prompt bloat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln key(s) at 80 % of the cap or more.</source>
        <translation>
            <numerusform>%Ln key at 80% of the cap or more.</numerusform>
            <numerusform>%Ln keys at 80% of the cap or more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unpriced traffic on %Ln model(s).</source>
        <translation>
            <numerusform>Unpriced traffic on %Ln model.</numerusform>
            <numerusform>Unpriced traffic on %Ln models.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the weekly review</source>
        <translation>Export the weekly review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>No requests that week.</source>
        <translation>No requests that week.</translation>
    </message>
    <message>
        <source>No requests this week yet.</source>
        <translation>No requests this week yet.</translation>
    </message>
    <message numerus="yes">
        <source>The week before: %1 on %Ln request(s).</source>
        <translation>
            <numerusform>The week before: %1 on %Ln request.</numerusform>
            <numerusform>The week before: %1 on %Ln requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last week by this time: %1 on %Ln request(s).</source>
        <translation>
            <numerusform>Last week by this time: %1 on %Ln request.</numerusform>
            <numerusform>Last week by this time: %1 on %Ln requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>Ui::WeeklyReviewModel</name>
    <message>
        <location filename="../ui/weekly/weeklyreviewmodel.cpp" line="+17"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>±0 %</source>
        <translation>±0%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+%1 %</source>
        <translation>+%1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−%1 %</source>
        <translation>−%1%</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Prompt bloat: the average input per request grew by %1 % or more since last week.</source>
        <translation>Prompt bloat: the average input per request grew by %1% or more since last week.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 + %Ln unpriced</source>
        <translation>
            <numerusform>%1 + %Ln unpriced</numerusform>
            <numerusform>%1 + %Ln unpriced</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1  prompt bloat</source>
        <translation>%1  prompt bloat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Model drift: not used last week.</source>
        <translation>Model drift: not used last week.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1  (new this week)</source>
        <translation>%1  (new this week)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 % — reached</source>
        <translation>%1% — reached</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+5"/>
        <source>Same days last week</source>
        <translation>Same days last week</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Last week</source>
        <translation>Last week</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+9"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+5"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Avg input</source>
        <translation>Avg input</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avg input change</source>
        <translation>Avg input change</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input tokens</source>
        <translation>Input tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output tokens</source>
        <translation>Output tokens</translation>
    </message>
</context>
<context>
    <name>Ui::CsvExportJob</name>
    <message>
        <source>the ledger could not be read in full (%1), so no file was written</source>
        <translation>the ledger could not be read in full (%1), so no file was written</translation>
    </message>
</context>
</TS>
