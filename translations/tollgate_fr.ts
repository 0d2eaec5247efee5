<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Un autre Tollgate (%1) sert déjà ce dossier de données&#xa0;:
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the ledger: %1</source>
        <translation>Impossible d’ouvrir le registre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot take this data directory: %1</source>
        <translation>Impossible de prendre ce répertoire de données : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tollgate is still running</source>
        <translation>Tollgate tourne toujours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gateway keeps serving. Quit from the tray icon&apos;s menu.</source>
        <translation>La passerelle continue de servir. Pour quitter, passez par le menu de l’icône dans la zone de notification.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listen address ignored</source>
        <translation>Adresse d’écoute ignorée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; listening on the default address instead.</source>
        <translation>%1&#xa0;; utilisation de l’adresse par défaut à la place.</translation>
    </message>
    <message>
        <source>A provider lacks its API key</source>
        <translation>Il manque sa clé d’API à un fournisseur</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot;: the API key stored for it cannot be read (a locked keyring, or %2 damaged or without it). Requests routed to it go to the next provider, else get 502.</source>
        <translation>Fournisseur « %1 » : la clé d’API enregistrée pour lui est illisible (trousseau verrouillé, ou %2 endommagé ou sans elle). Les requêtes qui lui sont destinées vont au fournisseur suivant, sinon reçoivent 502.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; takes its API key from $%2, which is not set or empty. Requests routed to it go to the next provider, else get 502.</source>
        <translation>Le fournisseur « %1 » prend sa clé d’API dans $%2, qui n’est pas définie ou est vide. Les requêtes qui lui sont destinées vont au fournisseur suivant, sinon reçoivent 502.</translation>
    </message>
</context>
<context>
    <name>Ui::CapChart</name>
    <message>
        <location filename="../ui/overview/capchart.cpp" line="+25"/>
        <source>Spend vs cap: no key has a spend cap</source>
        <translation>Dépenses et plafond&#xa0;: aucune clé n’a de plafond de dépenses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spend vs cap (lifetime)</source>
        <translation>Dépenses et plafond (depuis la création)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Below 80 %</source>
        <translation>Moins de 80&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 % or more</source>
        <translation>80&#xa0;% ou plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap reached</source>
        <translation>Plafond atteint</translation>
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
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>USD, e.g. 50</source>
        <translation>USD, p. ex. 50</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note (optional)</source>
        <translation>Note (facultatif)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;dd credit</source>
        <translation>A&amp;jouter du crédit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amou&amp;nt:</source>
        <translation>Mo&amp;ntant&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Turn the credit limit off…</source>
        <translation>&amp;Désactiver la limite de crédit…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The limit is on: %1 left of %2 added since %3. When it is spent, the gateway answers 402 until you add more.</source>
        <translation>La limite est active&#xa0;: il reste %1 sur %2 ajoutés depuis le %3. Une fois épuisée, la passerelle répond 402 jusqu’à ce que vous en ajoutiez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The limit is off: the gateway spends without one (each key&apos;s own cap still applies). Adding credit turns it on.</source>
        <translation>La limite est désactivée&#xa0;: la passerelle dépense sans limite (le plafond de chaque clé s’applique toujours). Ajouter du crédit l’active.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add an amount above zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not added: %1</source>
        <translation>Non ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn the credit limit off? The gateway then spends without one; each key&apos;s own cap still applies. A later top-up starts afresh: what is left now is not carried over.</source>
        <translation>Désactiver la limite de crédit&#xa0;? La passerelle dépense alors sans limite&#xa0;; le plafond de chaque clé s’applique toujours. Un rechargement ultérieur repart de zéro&#xa0;: le solde actuel n’est pas reporté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not turned off: %1</source>
        <translation>Non désactivée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an amount in dollars, like 50 or 2.50 (no digit grouping, at most nine decimals).</source>
        <translation>Saisissez un montant en dollars, p. ex. 50 ou 2,50 (sans séparateur de milliers, neuf décimales au plus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at most %1 at a time.</source>
        <translation>Ajoutez au plus %1 à la fois.</translation>
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
        <translation>Limites de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
</context>
<context>
    <name>Ui::ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="+32"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Traces, one row per request</source>
        <translation>&amp;Traces, une ligne par requête</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tota&amp;ls, grouped by:</source>
        <translation>T&amp;otaux, regroupés par&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Key</source>
        <translation>&amp;Clé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Provider</source>
        <translation>&amp;Fournisseur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No filters from the Traces page</source>
        <translation>Aucun filtre de la page Traces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O&amp;nly traces matching: %1</source>
        <translation>&amp;Uniquement les traces correspondant à&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;All time</source>
        <translation>Toute la &amp;période</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 rows written…</source>
        <translation>%1 lignes écrites sur %2…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model %1</source>
        <translation>modèle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider %1</source>
        <translation>fournisseur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outcome %1</source>
        <translation>résultat %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status %1–%2</source>
        <translation>statut %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cost %1</source>
        <translation>coût %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>avant le %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The end date is before the start date.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln ligne écrite dans %1.</numerusform>
            <numerusform>%Ln lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>Ferm&amp;er</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed: %1</source>
        <translation>Échec de l’export&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Ui::KeyLimitsForm</name>
    <message>
        <location filename="../ui/keys/keylimitsform.cpp" line="+40"/>
        <source>e.g. ci-pipeline</source>
        <translation>p. ex. ci-pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cap (USD, e.g. 25 or 2.50)</source>
        <translation>Aucun plafond (USD, p. ex. 25 ou 2,50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;spend:</source>
        <translation>&amp;Plafond de dépenses&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>None</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per second</source>
        <translation>par seconde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per minute</source>
        <translation>par minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate period</source>
        <translation>Période de la limite de débit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Limite de débit&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tokens per minute:</source>
        <translation>&amp;Tokens par minute&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All models (or globs: gpt-4o*, claude-*)</source>
        <translation>Tous les modèles (ou motifs&#xa0;: gpt-4o*, claude-*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed &amp;models:</source>
        <translation>&amp;Modèles autorisés&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Works until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xpiry:</source>
        <translation>&amp;Expiration&#xa0;:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Enter a name for the key.</source>
        <translation>Donnez un nom à la clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name must not start or end with spaces.</source>
        <translation>Le nom ne doit ni commencer ni finir par une espace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key named &quot;%1&quot; already exists.</source>
        <translation>Une clé nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+35"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Enter an amount in dollars, like 25 or 2.50 (no digit grouping, at most nine decimals).</source>
        <translation>Saisissez un montant en dollars, par exemple 25 ou 2,50 (sans séparateur de milliers, neuf décimales au plus).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A spend cap cannot be negative.</source>
        <translation>Un plafond de dépenses ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A cap of $0 refuses every request of this key.</source>
        <translation>Un plafond de 0 $ refuse toutes les requêtes de cette clé.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Separate model names with single commas; an empty name allows nothing.</source>
        <translation>Séparez les noms de modèles par une seule virgule&#xa0;; un nom vide n’autorise rien.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The last day cannot be in the past.</source>
        <translation>Le dernier jour ne peut pas être dans le passé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key works through the end of this day, then stops.</source>
        <translation>La clé fonctionne jusqu’à la fin de ce jour, puis s’arrête.</translation>
    </message>
    <message>
        <source>A spend cap can be at most %1.</source>
        <translation>Un plafond de dépenses ne peut dépasser %1.</translation>
    </message>
</context>
<context>
    <name>Ui::KeysPage</name>
    <message>
        <location filename="../ui/keys/keyspage.cpp" line="+92"/>
        <source>&amp;New key…</source>
        <translation>&amp;Nouvelle clé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit caps…</source>
        <translation>Modifier les &amp;plafonds…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;otate…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Keys&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Clés&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter keys (Ctrl+F)</source>
        <translation>Filtrer les clés (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No keys yet. Create one with New key (%1).</source>
        <translation>Aucune clé pour le moment. Créez-en une avec Nouvelle clé (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln clé</numerusform>
            <numerusform>%Ln clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln active</numerusform>
            <numerusform>%Ln actives</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+18"/>
        <source>Rotate key</source>
        <translation>Renouveler la clé</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Give &quot;%1&quot; a new secret? The current secret stops working at once; every client using it must be updated.</source>
        <translation>Donner un nouveau secret à «&#xa0;%1&#xa0;»&#xa0;? Le secret actuel cesse aussitôt de fonctionner&#xa0;; chaque client qui l’utilise doit être mis à jour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rotate &quot;%1&quot;</source>
        <translation>&amp;Renouveler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key was not rotated: %1</source>
        <translation>La clé n’a pas été renouvelée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+18"/>
        <source>Revoke key</source>
        <translation>Révoquer la clé</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Revoke &quot;%1&quot;? Requests with it are refused from now on. Revocation is permanent.</source>
        <translation>Révoquer «&#xa0;%1&#xa0;»&#xa0;? Les requêtes qui l’utilisent seront refusées dès maintenant. La révocation est définitive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revoke &quot;%1&quot;</source>
        <translation>Ré&amp;voquer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key was not revoked: %1</source>
        <translation>La clé n’a pas été révoquée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ui::KeysTableModel</name>
    <message>
        <location filename="../ui/keys/keystablemodel.cpp" line="+76"/>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Expirée</translation>
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
            <numerusform>%1 + %Ln sans tarif</numerusform>
            <numerusform>%1 + %Ln sans tarif</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cap</source>
        <translation>Aucun plafond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Expires %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent this month</source>
        <translation>Dépensé ce mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend cap</source>
        <translation>Plafond de dépenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limit</source>
        <translation>Débit max.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/min</source>
        <translation>Tokens/min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Illimité</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting the gateway…</source>
        <translation>Démarrage de la passerelle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to copy the gateway&apos;s base URL</source>
        <translation>Cliquez pour copier l’URL de base de la passerelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1/v1</source>
        <translation>%1/v1 copiée</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Gateway %1/v1</source>
        <translation>Passerelle %1/v1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gateway not running: %1</source>
        <translation>Passerelle arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ledger file gone: restart Tollgate</source>
        <translation>Fichier du registre disparu&#xa0;: redémarrez Tollgate</translation>
    </message>
    <message>
        <source>Ledger lost</source>
        <translation>Registre perdu</translation>
    </message>
    <message>
        <source>The ledger file %1 was deleted or replaced while Tollgate ran. The gateway refuses every request, since none could be booked, and the window shows the lost file&apos;s figures. Quit and start Tollgate again: it opens the file at that path, or creates a new one.</source>
        <translation>Le fichier du registre %1 a été supprimé ou remplacé pendant que Tollgate tournait. La passerelle refuse toutes les requêtes, car aucune ne pourrait être enregistrée, et la fenêtre affiche les chiffres du fichier perdu. Quittez Tollgate et relancez-le&#xa0;: il ouvrira le fichier à cet emplacement, ou en créera un nouveau.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 req/s</source>
        <translation>%1 req./s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Today %1</source>
        <translation>Aujourd’hui %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> + %Ln unpriced</source>
        <translation>
            <numerusform> + %Ln sans tarif</numerusform>
            <numerusform> + %Ln sans tarif</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit %1</source>
        <translation>Crédit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit off</source>
        <translation>Limite de crédit désactivée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/pages.cpp" line="+19"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traces</source>
        <translation>Traces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly review</source>
        <translation>Bilan hebdomadaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models &amp; prices</source>
        <translation>Modèles et prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>(+%Ln more)</source>
        <translation>
            <numerusform>(+%Ln autre)</numerusform>
            <numerusform>(+%Ln autres)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to dismiss.</source>
        <translation>Cliquez pour masquer.</translation>
    </message>
    <message>
        <source>Click to try again now; Tollgate also tries every few seconds. The port is set in Settings.</source>
        <translation>Cliquez pour réessayer maintenant&#xa0;; Tollgate réessaie aussi toutes les quelques secondes. Le port se règle dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>Ui::ModelShareChart</name>
    <message>
        <location filename="../ui/overview/modelsharechart.cpp" line="+25"/>
        <source>Spend by model</source>
        <translation>Dépenses par modèle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%2 % · %1</source>
        <translation>%2&#xa0;% · %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spend by model: no priced traffic in this range</source>
        <translation>Dépenses par modèle&#xa0;: aucun trafic tarifé sur cette période</translation>
    </message>
</context>
<context>
    <name>Ui::NewKeyDialog</name>
    <message>
        <location filename="../ui/keys/newkeydialog.cpp" line="+36"/>
        <source>New key</source>
        <translation>Nouvelle clé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;reate key</source>
        <translation>C&amp;réer la clé</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Key &quot;%1&quot; created</source>
        <translation>Clé «&#xa0;%1&#xa0;» créée</translation>
    </message>
</context>
<context>
    <name>Ui::OverviewPage</name>
    <message>
        <location filename="../ui/overview/overviewpage.cpp" line="+61"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;%1 days</source>
        <translation>&amp;%1 jours</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>through the gateway</source>
        <translation>via la passerelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>requests without a price</source>
        <translation>requêtes sans tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit left</source>
        <translation>Crédit restant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpriced</source>
        <translation>Sans tarif</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>last %Ln day(s)</source>
        <translation>
            <numerusform>dernier jour</numerusform>
            <numerusform>%Ln derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 % of %2 since %3</source>
        <translation>%1&#xa0;% de %2 depuis le %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the credit limit is off</source>
        <translation>la limite de crédit est désactivée</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Getting started.&lt;/b&gt; Tollgate forwards each call to your provider with your own API key. Add a provider first: %1 (or &lt;nobr&gt;&lt;code&gt;tollgate providers add&lt;/code&gt;&lt;/nobr&gt;).</source>
        <translation>&lt;b&gt;Premiers pas.&lt;/b&gt; Tollgate transmet chaque appel à votre fournisseur avec votre propre clé d’API. Ajoutez d’abord un fournisseur&#xa0;: %1 (ou &lt;nobr&gt;&lt;code&gt;tollgate providers add&lt;/code&gt;&lt;/nobr&gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Next:&lt;/b&gt; create a key for each app or teammate (%1, or &lt;nobr&gt;&lt;code&gt;tollgate keys create&lt;/code&gt;&lt;/nobr&gt;) and point its OpenAI or Anthropic SDK at the gateway address shown at the bottom of this window. Every call is then booked here.</source>
        <translation>&lt;b&gt;Ensuite&#xa0;:&lt;/b&gt; créez une clé pour chaque application ou membre de l’équipe (%1, ou &lt;nobr&gt;&lt;code&gt;tollgate keys create&lt;/code&gt;&lt;/nobr&gt;) et pointez son SDK OpenAI ou Anthropic vers l’adresse de la passerelle affichée en bas de cette fenêtre. Chaque appel est alors comptabilisé ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
</context>
<context>
    <name>Ui::PriceOverrideDialog</name>
    <message>
        <location filename="../ui/prices/priceoverridedialog.cpp" line="+30"/>
        <source>Set price</source>
        <translation>Définir le prix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD per 1M tokens. Leave a field empty to keep its current rate; an empty reasoning rate bills reasoning tokens as output.</source>
        <translation>USD par million de tokens. Laissez un champ vide pour garder son tarif actuel&#xa0;; sans tarif de raisonnement, les tokens de raisonnement sont facturés comme la sortie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>model name as clients send it</source>
        <translation>nom du modèle tel que les clients l’envoient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Input:</source>
        <translation>&amp;Entrée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache &amp;read:</source>
        <translation>Lecture du &amp;cache&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write (&amp;5 min):</source>
        <translation>Écriture du cache (&amp;5 min)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write (&amp;1 hour):</source>
        <translation>Écriture du cache (&amp;1 h)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Output:</source>
        <translation>&amp;Sortie&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;easoning:</source>
        <translation>&amp;Raisonnement&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This model has long-context tiers; a price set here applies to every request size.</source>
        <translation>Ce modèle a des paliers pour les contextes longs&#xa0;; un prix défini ici s’applique à toutes les tailles de requête.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name the model.</source>
        <translation>Indiquez le modèle.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a price: enter dollars per 1M tokens, like 2.50.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un prix&#xa0;: saisissez des dollars par million de tokens, par exemple 2,50.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter at least one rate.</source>
        <translation>Saisissez au moins un tarif.</translation>
    </message>
    <message>
        <source>No request can name this model: at most %1 characters, without line breaks or other control characters.</source>
        <translation>Aucune requête ne peut nommer ce modèle&#xa0;: %1 caractères au plus, sans saut de ligne ni autre caractère de contrôle.</translation>
    </message>
    <message>
        <source>%1 is more than any model costs: at most %2 per 1M tokens.</source>
        <translation>%1 dépasse le prix de tout modèle&#xa0;: %2 au plus par million de jetons.</translation>
    </message>
</context>
<context>
    <name>Ui::PricesModel</name>
    <message numerus="yes">
        <location filename="../ui/prices/pricesmodel.cpp" line="+108"/>
        <source>%Ln request(s) to this model have no price, so their cost is unknown. Select it and choose Set price….</source>
        <translation>
            <numerusform>%Ln requête vers ce modèle n’a pas de prix&#xa0;: son coût est inconnu. Sélectionnez-le et choisissez Définir le prix….</numerusform>
            <numerusform>%Ln requêtes vers ce modèle n’ont pas de prix&#xa0;: leur coût est inconnu. Sélectionnez-le et choisissez Définir le prix….</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Above %1 input tokens: input %2, output %3</source>
        <translation>Au-delà de %1 tokens d’entrée&#xa0;: entrée %2, sortie %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, since %2</source>
        <translation>%1, depuis le %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unpriced</source>
        <translation>sans tarif</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unpriced request(s)</source>
        <translation>
            <numerusform>%Ln requête sans tarif</numerusform>
            <numerusform>%Ln requêtes sans tarif</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>as output</source>
        <translation>= sortie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>above %1</source>
        <translation>au-delà de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache read</source>
        <translation>Lect. cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write
5 min</source>
        <translation>Écrit. cache
5 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write
1 hour</source>
        <translation>Écrit. cache
1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning</source>
        <translation>Raisonn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-context
tiers</source>
        <translation>Paliers
contexte long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source
since</source>
        <translation>Source
depuis</translation>
    </message>
</context>
<context>
    <name>Ui::PricesPage</name>
    <message>
        <location filename="../ui/prices/pricespage.cpp" line="+40"/>
        <source>Models &amp; prices</source>
        <translation>Modèles et prix</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search models (Ctrl+F)</source>
        <translation>Rechercher un modèle (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Set price…</source>
        <translation>&amp;Définir le prix…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import price map…</source>
        <translation>&amp;Importer une grille tarifaire…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Prices in USD per 1M tokens.</source>
        <translation>Prix en USD par million de tokens.</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%Ln model(s) served without a price, listed first: their cost stays unknown until you select one and choose Set price…</source>
        <translation>
            <numerusform>%Ln modèle servi sans prix, affiché en premier&#xa0;: son coût reste inconnu tant que vous ne le sélectionnez pas pour choisir Définir le prix…</numerusform>
            <numerusform>%Ln modèles servis sans prix, affichés en premier&#xa0;: leur coût reste inconnu tant que vous n’en sélectionnez pas un pour choisir Définir le prix…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Price of %1 set.</source>
        <translation>Prix de %1 défini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not set the price: %1</source>
        <translation>Impossible de définir le prix&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import price map</source>
        <translation>Importer une grille tarifaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price map (*.json);;All files (*)</source>
        <translation>Grille tarifaire (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln new or changed price(s)</source>
        <translation>
            <numerusform>%Ln prix nouveau ou modifié</numerusform>
            <numerusform>%Ln prix nouveaux ou modifiés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(kept your own price for %1)</source>
        <translation>(votre propre prix pour %1 est conservé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import failed: %1</source>
        <translation>Échec de l’import&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>(skipped %Ln model(s) with a price or name Tollgate cannot use; point here to see them)</source>
        <translation>
            <numerusform>(%Ln modèle ignoré, son prix ou son nom est inutilisable par Tollgate&#xa0;; survolez ici pour le voir)</numerusform>
            <numerusform>(%Ln modèles ignorés, leur prix ou leur nom est inutilisable par Tollgate&#xa0;; survolez ici pour les voir)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ProviderDialog</name>
    <message>
        <location filename="../ui/providers/providerdialog.cpp" line="+24"/>
        <source>Edit provider</source>
        <translation>Modifier le fournisseur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add provider</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OpenAI-compatible</source>
        <translation>Compatible OpenAI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store an API &amp;key</source>
        <translation>Enregistrer une &amp;clé d’API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stored; type to replace it</source>
        <translation>enregistrée&#xa0;; saisissez-en une autre pour la remplacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the provider&apos;s secret key</source>
        <translation>la clé secrète du fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read it from an &amp;environment variable</source>
        <translation>La lire dans une variable d’&amp;environnement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No credential (a local server)</source>
        <translation>Aucun identifiant (serveur local)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Credential:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>all models; or globs like gpt-4o*, claude-*</source>
        <translation>tous les modèles&#xa0;; ou des motifs comme gpt-4o*, claude-*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Models:</source>
        <translation>&amp;Modèles&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lower numbers are tried first; the next provider serving the model is the fallback.</source>
        <translation>Les plus petits nombres passent en premier&#xa0;; le fournisseur suivant qui sert le modèle prend le relais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Enter the API key, or choose another kind of credential.</source>
        <translation>Saisissez la clé d’API ou choisissez un autre type d’identifiant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the environment variable that holds the key.</source>
        <translation>Indiquez la variable d’environnement qui contient la clé.</translation>
    </message>
    <message>
        <source>A provider named &quot;%1&quot; already exists: choose another name, or edit that one.</source>
        <translation>Un fournisseur nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;: choisissez un autre nom, ou modifiez celui-ci.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the provider: at most %1 characters, without spaces at either end.</source>
        <translation>Nommez le fournisseur&#xa0;: %1 caractères au plus, sans espace au début ni à la fin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A provider name cannot contain &apos;/&apos;: it pins models as provider/model.</source>
        <translation>Un nom de fournisseur ne peut pas contenir «&#xa0;/&#xa0;»&#xa0;: il fixe les modèles sous la forme fournisseur/modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must start with http:// or https:// and name a host, like https://api.openai.com/v1.</source>
        <translation>L’URL de base doit commencer par http:// ou https:// et nommer un hôte, p. ex. https://api.openai.com/v1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not carry a user or password: give the key as an API key.</source>
        <translation>L’URL de base ne doit pas contenir d’utilisateur ni de mot de passe&#xa0;: indiquez la clé comme clé d’API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the name of an environment variable, like OPENAI_API_KEY, not the key itself.</source>
        <translation>Indiquez le nom d’une variable d’environnement, p. ex. OPENAI_API_KEY, et non la clé elle-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not have a query (?…) or a fragment (#…).</source>
        <translation>L’URL de base ne doit avoir ni requête (?…) ni fragment (#…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The priority cannot be negative.</source>
        <translation>La priorité ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Anthropic&apos;s base URL has no /v1 (the SDK&apos;s is https://api.anthropic.com): requests would go to %1/v1/messages.</source>
        <translation>L’URL de base d’Anthropic n’a pas de /v1 (celle du SDK est https://api.anthropic.com) : les requêtes iraient à %1/v1/messages.</translation>
    </message>
    <message>
        <source>An OpenAI-compatible base URL names its API version (the SDK&apos;s is https://api.openai.com/v1): requests would go to %1/chat/completions.</source>
        <translation>Une URL de base compatible OpenAI indique sa version d’API (celle du SDK est https://api.openai.com/v1) : les requêtes iraient à %1/chat/completions.</translation>
    </message>
    <message>
        <source>%1 is plain http:// to another machine: its API key and every prompt would cross the network unencrypted (https:// encrypts them).</source>
        <translation>%1 est en http:// simple vers une autre machine : sa clé d’API et chaque prompt traverseraient le réseau en clair (https:// les chiffre).</translation>
    </message>
    <message>
        <source>%1 ends in an endpoint; the base URL is what the SDKs add endpoints to (https://api.openai.com/v1, https://api.anthropic.com).</source>
        <translation>%1 se termine par un point de terminaison&#xa0;; l’URL de base est celle à laquelle les SDK ajoutent les points de terminaison (https://api.openai.com/v1, https://api.anthropic.com).</translation>
    </message>
</context>
<context>
    <name>Ui::ProvidersModel</name>
    <message>
        <location filename="../ui/providers/providersmodel.cpp" line="+31"/>
        <source>stored secret</source>
        <translation>secret enregistré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stored in %1</source>
        <translation>enregistré dans %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment: %1</source>
        <translation>environnement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>all models</source>
        <translation>tous les modèles</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>environment: %1 (not set: requests skip this provider)</source>
        <translation>environnement : %1 (non définie : les requêtes ignorent ce fournisseur)</translation>
    </message>
</context>
<context>
    <name>Ui::ProvidersPage</name>
    <message>
        <location filename="../ui/providers/providerspage.cpp" line="+82"/>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway sends each request to the first provider (lowest priority number) whose models match, and falls back to the next one when it fails.</source>
        <translation>La passerelle envoie chaque requête au premier fournisseur (plus petit numéro de priorité) dont les modèles correspondent, et passe au suivant en cas d’échec.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Provider %1 saved.</source>
        <translation>Fournisseur %1 enregistré.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider %1 added.</source>
        <translation>Fournisseur %1 ajouté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save provider %1: %2</source>
        <translation>Impossible d’enregistrer le fournisseur %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove provider</source>
        <translation>Supprimer le fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove provider %1? Its stored API key is deleted too. Traces it served stay in the ledger.</source>
        <translation>Supprimer le fournisseur %1&#xa0;? Sa clé d’API enregistrée est supprimée aussi. Les traces qu’il a servies restent dans le registre.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Provider %1 removed.</source>
        <translation>Fournisseur %1 supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not remove provider %1: %2</source>
        <translation>Impossible de supprimer le fournisseur %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: no answer after %2 ms: %3</source>
        <translation>%1&#xa0;: pas de réponse après %2 ms&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2 in %3 ms: it works.</source>
        <translation>%1 a répondu HTTP %2 en %3 ms&#xa0;: ça fonctionne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2 (%3) in %4 ms.</source>
        <translation>%1 a répondu HTTP %2 (%3) en %4 ms.</translation>
    </message>
    <message>
        <source>%1 cannot be tested: %2</source>
        <translation>Impossible de tester %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>$%1, which holds its API key, is not set (or holds no key) where Tollgate runs.</source>
        <translation>$%1, qui contient sa clé d’API, n’est pas définie (ou ne contient pas de clé) là où Tollgate s’exécute.</translation>
    </message>
    <message>
        <source>the API key stored for it cannot be read (a locked keyring?). Set it again with Edit.</source>
        <translation>la clé d’API enregistrée pour lui est illisible (un trousseau verrouillé&#xa0;?). Saisissez-la de nouveau avec Modifier.</translation>
    </message>
</context>
<context>
    <name>Ui::SecretDialog</name>
    <message>
        <location filename="../ui/keys/secretdialog.cpp" line="+15"/>
        <source>New secret for &quot;%1&quot;</source>
        <translation>Nouveau secret pour «&#xa0;%1&#xa0;»</translation>
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
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Point your tools at Tollgate (paste into a shell):</source>
        <translation>Faites pointer vos outils vers Tollgate (à coller dans un terminal)&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy &amp;snippets</source>
        <translation>Copier les &amp;extraits</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&lt;b&gt;The secret of &quot;%1&quot; is shown only this once.&lt;/b&gt; Copy it now: Tollgate keeps only its fingerprint and cannot show it again.</source>
        <translation>&lt;b&gt;Le secret de «&#xa0;%1&#xa0;» ne s’affiche que cette fois-ci.&lt;/b&gt; Copiez-le maintenant&#xa0;: Tollgate n’en garde que l’empreinte et ne pourra plus l’afficher.</translation>
    </message>
    <message>
        <source>The secret is on the clipboard.</source>
        <translation>Le secret est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The snippets are on the clipboard.</source>
        <translation>Les extraits sont dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>Ui::SettingsPage</name>
    <message>
        <location filename="../ui/settings/settingspage.cpp" line="+71"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen &amp;address:</source>
        <translation>Adresse d’é&amp;coute&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other machines can reach this address: anyone on the network with a key can spend through it.</source>
        <translation>D’autres machines peuvent joindre cette adresse&#xa0;: toute personne du réseau disposant d’une clé peut dépenser par ce biais.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new address or port applies the next time Tollgate starts.</source>
        <translation>Une nouvelle adresse ou un nouveau port s’applique au prochain démarrage de Tollgate.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data directory:</source>
        <translation>Dossier de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ledger lives here. Start Tollgate with --data DIR or TOLLGATE_DATA to use another one.</source>
        <translation>Le registre se trouve ici. Lancez Tollgate avec --data DIR ou TOLLGATE_DATA pour en utiliser un autre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window and tray</source>
        <translation>Fenêtre et zone de notification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Tollgate starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Tollgate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;minimised to the tray</source>
        <translation>Démarrer réduit dans la zone de &amp;notification</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep the gateway serving from the tray when the window closes</source>
        <translation>&amp;Garder la passerelle active dans la zone de notification à la fermeture de la fenêtre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start Tollgate when I &amp;log in</source>
        <translation>Lancer Tollgate à l’ouverture de &amp;session</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Week starts on:</source>
        <translation>&amp;Début de semaine&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warn when &amp;credit falls under:</source>
        <translation>Avertir quand le c&amp;rédit passe sous&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tollgate also notifies you when a key reaches 80% and 100% of its spend cap.</source>
        <translation>Tollgate vous prévient aussi quand une clé atteint 80&#xa0;% puis 100&#xa0;% de son plafond de dépenses.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an IP address (for example 127.0.0.1 or ::1).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IP (par exemple 127.0.0.1 ou&#xa0;::1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter an amount in dollars, like 5 or 2.50.</source>
        <translation>Saisissez un montant en dollars, par exemple 5 ou 2,50.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not change the login item: %1</source>
        <translation>Impossible de modifier le lancement à l’ouverture de session&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ui::SpendChart</name>
    <message>
        <location filename="../ui/overview/spendchart.cpp" line="+29"/>
        <source>Spend per day by key</source>
        <translation>Dépenses par jour et par clé</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>Ui::TraceDetailPane</name>
    <message>
        <location filename="../ui/traces/tracedetailpane.cpp" line="+25"/>
        <source>Select a trace to see all of its fields.</source>
        <translation>Sélectionnez une trace pour voir tous ses champs.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Trace ID:</source>
        <translation>ID de trace&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>Heure&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC):</source>
        <translation>Heure (UTC)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint:</source>
        <translation>Point de terminaison&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streamed:</source>
        <translation>En streaming&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model asked:</source>
        <translation>Modèle demandé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model served:</source>
        <translation>Modèle servi&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status:</source>
        <translation>Statut HTTP&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts:</source>
        <translation>Tentatives&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency / TTFT:</source>
        <translation>Latence / TTFT&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tokens:</source>
        <translation>Tokens d’entrée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache reads:</source>
        <translation>Lectures du cache&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache writes (1 h):</source>
        <translation>Écritures du cache (1 h)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output tokens:</source>
        <translation>Tokens de sortie&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning tokens:</source>
        <translation>Tokens de raisonnement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost:</source>
        <translation>Coût&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price version:</source>
        <translation>Version du prix&#xa0;:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(no key)</source>
        <translation>(sans clé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
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
        <translation>aucun (non transmise)</translation>
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
        <translation>aucune</translation>
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
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export traces or totals to CSV (%1)</source>
        <translation>Exporter les traces ou les totaux en CSV (%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All keys</source>
        <translation>Toutes les clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;del:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All providers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider:</source>
        <translation>Fo&amp;urnisseur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success (2xx)</source>
        <translation>Succès (2xx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client errors (4xx)</source>
        <translation>Erreurs client (4xx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server errors (5xx)</source>
        <translation>Erreurs serveur (5xx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any outcome</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any cost</source>
        <translation>Tous les coûts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated</source>
        <translation>Estimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpriced</source>
        <translation>Sans tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost:</source>
        <translation>C&amp;oût&#xa0;:</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>No traces match.</source>
        <translation>Aucune trace ne correspond.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 loaded, more as you scroll</source>
        <translation>%1 chargées, la suite en défilant</translation>
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
        <translation>Aucune trace pour l’instant : chaque requête passée par la passerelle figure ici.</translation>
    </message>
</context>
<context>
    <name>Ui::TracesTableModel</name>
    <message>
        <location filename="../ui/traces/tracestablemodel.cpp" line="+132"/>
        <source>unpriced</source>
        <translation>sans tarif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>~%1 (estimated)</source>
        <translation>~%1 (estimé)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no key)</source>
        <translation>(sans clé)</translation>
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
        <translation>Aucun prix connu pour ce modèle&#xa0;: le coût est inconnu, pas nul.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated: a rate or the usage had to be guessed.</source>
        <translation>Estimé&#xa0;: un tarif ou la consommation a dû être deviné.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
</context>
<context>
    <name>Ui::TrayController</name>
    <message>
        <location filename="../ui/tray/traycontroller.cpp" line="+55"/>
        <source>&amp;Show Tollgate</source>
        <translation>&amp;Afficher Tollgate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy gateway URL</source>
        <translation>&amp;Copier l’URL de la passerelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tollgate</source>
        <translation>Tollgate</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The gateway is not running</source>
        <translation>La passerelle est arrêtée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tollgate cannot listen: %1</source>
        <translation>Tollgate ne peut pas accepter de connexions&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Tollgate: %1 today + %Ln unpriced request(s)</source>
        <translation>
            <numerusform>Tollgate&#xa0;: %1 aujourd’hui + %Ln requête sans tarif</numerusform>
            <numerusform>Tollgate&#xa0;: %1 aujourd’hui + %Ln requêtes sans tarif</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tollgate: %1 today</source>
        <translation>Tollgate&#xa0;: %1 aujourd’hui</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key at its spend cap</source>
        <translation>Clé à son plafond de dépenses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key near its spend cap</source>
        <translation>Clé proche de son plafond de dépenses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit running low</source>
        <translation>Crédit bientôt épuisé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key &quot;%1&quot; has spent %2 of its %3 cap (%4%).</source>
        <translation>La clé «&#xa0;%1&#xa0;» a dépensé %2 sur son plafond de %3 (%4&#xa0;%).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key &quot;%1&quot; has spent %2 and reached its %3 cap: its requests are refused.</source>
        <translation>La clé «&#xa0;%1&#xa0;» a dépensé %2 et atteint son plafond de %3&#xa0;: ses requêtes sont refusées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of credit left, under your warning threshold of %2.</source>
        <translation>Plus que %1 de crédit, sous votre seuil d’alerte de %2.</translation>
    </message>
</context>
<context>
    <name>Ui::WeeklyPage</name>
    <message>
        <location filename="../ui/weekly/weeklypage.cpp" line="+71"/>
        <source>Weekly review</source>
        <translation>Bilan hebdomadaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous week (Alt+Left)</source>
        <translation>Semaine précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next week (Alt+Right)</source>
        <translation>Semaine suivante (Alt+Droite)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keys by spend</source>
        <translation>Clés par dépenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (new ones are model drift)</source>
        <translation>Modèles (les nouveaux signalent une dérive)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys at 80 % of their cap or more</source>
        <translation>Clés à 80&#xa0;% de leur plafond ou plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpriced traffic</source>
        <translation>Trafic sans tarif</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This week, %1 – %2</source>
        <translation>Cette semaine, du %1 au %2</translation>
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
            <numerusform>&lt;b&gt;%1&lt;/b&gt; dépensés (%2 par rapport aux %3 de la semaine dernière) sur %Ln requête.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; dépensés (%2 par rapport aux %3 de la semaine dernière) sur %Ln requêtes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Spent &lt;b&gt;%1&lt;/b&gt; so far (%2 against %3 by the same time last week) on %Ln request(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; dépensés jusqu’ici (%2 par rapport aux %3 au même moment la semaine dernière) sur %Ln requête.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; dépensés jusqu’ici (%2 par rapport aux %3 au même moment la semaine dernière) sur %Ln requêtes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln new model(s).</source>
        <translation>
            <numerusform>%Ln nouveau modèle.</numerusform>
            <numerusform>%Ln nouveaux modèles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln key(s) with prompt bloat.</source>
        <translation>
            <numerusform>%Ln clé avec des prompts qui enflent.</numerusform>
            <numerusform>%Ln clés avec des prompts qui enflent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln key(s) at 80 % of the cap or more.</source>
        <translation>
            <numerusform>%Ln clé à 80&#xa0;% du plafond ou plus.</numerusform>
            <numerusform>%Ln clés à 80&#xa0;% du plafond ou plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unpriced traffic on %Ln model(s).</source>
        <translation>
            <numerusform>Trafic sans tarif sur %Ln modèle.</numerusform>
            <numerusform>Trafic sans tarif sur %Ln modèles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the weekly review</source>
        <translation>Exporter le bilan hebdomadaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>No requests that week.</source>
        <translation>Aucune requête cette semaine-là.</translation>
    </message>
    <message>
        <source>No requests this week yet.</source>
        <translation>Aucune requête cette semaine pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>The week before: %1 on %Ln request(s).</source>
        <translation>
            <numerusform>La semaine d’avant : %1 pour %Ln requête.</numerusform>
            <numerusform>La semaine d’avant : %1 pour %Ln requêtes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last week by this time: %1 on %Ln request(s).</source>
        <translation>
            <numerusform>La semaine dernière à la même heure : %1 pour %Ln requête.</numerusform>
            <numerusform>La semaine dernière à la même heure : %1 pour %Ln requêtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>Ui::WeeklyReviewModel</name>
    <message>
        <location filename="../ui/weekly/weeklyreviewmodel.cpp" line="+17"/>
        <source>new</source>
        <translation>nouveau</translation>
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
        <translation>Prompts qui enflent&#xa0;: l’entrée moyenne par requête a augmenté de %1&#xa0;% ou plus depuis la semaine dernière.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 + %Ln unpriced</source>
        <translation>
            <numerusform>%1 + %Ln sans tarif</numerusform>
            <numerusform>%1 + %Ln sans tarif</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1  prompt bloat</source>
        <translation>%1  prompts qui enflent</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Model drift: not used last week.</source>
        <translation>Dérive de modèle&#xa0;: non utilisé la semaine dernière.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1  (new this week)</source>
        <translation>%1  (nouveau)</translation>
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
        <translation>%1&#xa0;% — atteint</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+5"/>
        <source>Same days last week</source>
        <translation>Mêmes jours sem. préc.</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Last week</source>
        <translation>Semaine dernière</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+9"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+5"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Avg input</source>
        <translation>Entrée moy.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avg input change</source>
        <translation>Évol. entrée moy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cap</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input tokens</source>
        <translation>Tokens d’entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output tokens</source>
        <translation>Tokens de sortie</translation>
    </message>
</context>
<context>
    <name>Ui::CsvExportJob</name>
    <message>
        <source>the ledger could not be read in full (%1), so no file was written</source>
        <translation>le registre n’a pas pu être lu en entier (%1)&#xa0;; aucun fichier n’a donc été écrit</translation>
    </message>
</context>
</TS>
