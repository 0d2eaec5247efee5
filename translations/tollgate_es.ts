<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <translation>Otro Tollgate (%1) ya está atendiendo esta carpeta de datos:
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the ledger: %1</source>
        <translation>No se puede abrir el registro: %1</translation>
    </message>
    <message>
        <source>Cannot take this data directory: %1</source>
        <translation>No se puede tomar este directorio de datos: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tollgate is still running</source>
        <translation>Tollgate sigue en marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gateway keeps serving. Quit from the tray icon&apos;s menu.</source>
        <translation>El gateway sigue atendiendo peticiones. Para salir, usa el menú del icono de la bandeja.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listen address ignored</source>
        <translation>Dirección de escucha ignorada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; listening on the default address instead.</source>
        <translation>%1; se usa la dirección predeterminada.</translation>
    </message>
    <message>
        <source>A provider lacks its API key</source>
        <translation>A un proveedor le falta su clave de API</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot;: the API key stored for it cannot be read (a locked keyring, or %2 damaged or without it). Requests routed to it go to the next provider, else get 502.</source>
        <translation>Proveedor «%1»: no se puede leer la clave de API guardada para él (un llavero bloqueado, o %2 dañado o sin ella). Las solicitudes dirigidas a él van al siguiente proveedor o, si no hay, reciben 502.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; takes its API key from $%2, which is not set or empty. Requests routed to it go to the next provider, else get 502.</source>
        <translation>El proveedor «%1» toma su clave de API de $%2, que no está definida o está vacía. Las solicitudes dirigidas a él van al siguiente proveedor o, si no hay, reciben 502.</translation>
    </message>
</context>
<context>
    <name>Ui::CapChart</name>
    <message>
        <location filename="../ui/overview/capchart.cpp" line="+25"/>
        <source>Spend vs cap: no key has a spend cap</source>
        <translation>Gasto frente a límite: ninguna clave tiene límite de gasto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spend vs cap (lifetime)</source>
        <translation>Gasto frente a límite (total)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Below 80 %</source>
        <translation>Menos del 80&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 % or more</source>
        <translation>80&#xa0;% o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap reached</source>
        <translation>Límite alcanzado</translation>
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
        <translation>Crédito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>USD, e.g. 50</source>
        <translation>USD, p. ej. 50</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;dd credit</source>
        <translation>A&amp;ñadir crédito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amou&amp;nt:</source>
        <translation>Impor&amp;te:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Turn the credit limit off…</source>
        <translation>&amp;Desactivar el límite de crédito…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The limit is on: %1 left of %2 added since %3. When it is spent, the gateway answers 402 until you add more.</source>
        <translation>El límite está activo: quedan %1 de %2 añadidos desde el %3. Cuando se agote, la pasarela responde 402 hasta que añadas más.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The limit is off: the gateway spends without one (each key&apos;s own cap still applies). Adding credit turns it on.</source>
        <translation>El límite está desactivado: la pasarela gasta sin límite (el tope de cada clave sigue aplicándose). Añadir crédito lo activa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add an amount above zero.</source>
        <translation>Introduce un importe mayor que cero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not added: %1</source>
        <translation>No añadido: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn the credit limit off? The gateway then spends without one; each key&apos;s own cap still applies. A later top-up starts afresh: what is left now is not carried over.</source>
        <translation>¿Desactivar el límite de crédito? La pasarela gastará sin límite; el tope de cada clave sigue aplicándose. Una recarga posterior empieza de cero: el saldo actual no se conserva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not turned off: %1</source>
        <translation>No desactivado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an amount in dollars, like 50 or 2.50 (no digit grouping, at most nine decimals).</source>
        <translation>Introduce un importe en dólares, p. ej. 50 o 2,50 (sin separador de miles, nueve decimales como máximo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at most %1 at a time.</source>
        <translation>Añade como máximo %1 cada vez.</translation>
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
        <translation>Límites de «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>Guar&amp;dar</translation>
    </message>
</context>
<context>
    <name>Ui::ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="+32"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Traces, one row per request</source>
        <translation>&amp;Trazas, una fila por petición</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tota&amp;ls, grouped by:</source>
        <translation>T&amp;otales, agrupados por:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Key</source>
        <translation>&amp;Clave</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Provider</source>
        <translation>&amp;Proveedor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What:</source>
        <translation>Qué:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No filters from the Traces page</source>
        <translation>Sin filtros de la página Trazas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O&amp;nly traces matching: %1</source>
        <translation>&amp;Solo las trazas que cumplen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;All time</source>
        <translation>Todo el per&amp;iodo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;From</source>
        <translation>D&amp;esde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ile:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 rows written…</source>
        <translation>%1 de %2 filas escritas…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>key %1</source>
        <translation>clave %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model %1</source>
        <translation>modelo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider %1</source>
        <translation>proveedor %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outcome %1</source>
        <translation>resultado %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status %1–%2</source>
        <translation>estado %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cost %1</source>
        <translation>coste %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>antes de %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha final es anterior a la inicial.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln fila escrita en %1.</numerusform>
            <numerusform>%Ln filas escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>Ui::KeyLimitsForm</name>
    <message>
        <location filename="../ui/keys/keylimitsform.cpp" line="+40"/>
        <source>e.g. ci-pipeline</source>
        <translation>p. ej., ci-pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cap (USD, e.g. 25 or 2.50)</source>
        <translation>Sin límite (USD, p. ej., 25 o 2,50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;spend:</source>
        <translation>Límite de &amp;gasto:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>None</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per second</source>
        <translation>por segundo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per minute</source>
        <translation>por minuto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per hour</source>
        <translation>por hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate period</source>
        <translation>Periodo del límite de tasa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rate limit:</source>
        <translation>Límite de t&amp;asa:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tokens per minute:</source>
        <translation>&amp;Tokens por minuto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All models (or globs: gpt-4o*, claude-*)</source>
        <translation>Todos los modelos (o patrones: gpt-4o*, claude-*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed &amp;models:</source>
        <translation>&amp;Modelos permitidos:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Works until</source>
        <translation>Válida hasta el</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xpiry:</source>
        <translation>&amp;Caducidad:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Enter a name for the key.</source>
        <translation>Ponle un nombre a la clave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name must not start or end with spaces.</source>
        <translation>El nombre no puede empezar ni terminar con espacios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key named &quot;%1&quot; already exists.</source>
        <translation>Ya existe una clave llamada «%1».</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+35"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Enter an amount in dollars, like 25 or 2.50 (no digit grouping, at most nine decimals).</source>
        <translation>Escribe un importe en dólares, como 25 o 2,50 (sin separador de miles, nueve decimales como máximo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A spend cap cannot be negative.</source>
        <translation>Un límite de gasto no puede ser negativo.</translation>
    </message>
    <message>
        <source>A cap of $0 refuses every request of this key.</source>
        <translation>Un límite de 0 $ rechaza todas las solicitudes de esta clave.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Separate model names with single commas; an empty name allows nothing.</source>
        <translation>Separa los nombres de modelo con una sola coma; un nombre vacío no permite nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The last day cannot be in the past.</source>
        <translation>El último día no puede estar en el pasado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <source>The key works through the end of this day, then stops.</source>
        <translation>La clave funciona hasta el final de este día y luego deja de hacerlo.</translation>
    </message>
    <message>
        <source>A spend cap can be at most %1.</source>
        <translation>Un límite de gasto puede ser como máximo %1.</translation>
    </message>
</context>
<context>
    <name>Ui::KeysPage</name>
    <message>
        <location filename="../ui/keys/keyspage.cpp" line="+92"/>
        <source>&amp;New key…</source>
        <translation>&amp;Nueva clave…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit caps…</source>
        <translation>&amp;Editar límites…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;otate…</source>
        <translation>&amp;Rotar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Keys&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Claves&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter keys (Ctrl+F)</source>
        <translation>Filtrar claves (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No keys yet. Create one with New key (%1).</source>
        <translation>Aún no hay claves. Crea una con Nueva clave (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln clave</numerusform>
            <numerusform>%Ln claves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln activa</numerusform>
            <numerusform>%Ln activas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+18"/>
        <source>Rotate key</source>
        <translation>Rotar clave</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Give &quot;%1&quot; a new secret? The current secret stops working at once; every client using it must be updated.</source>
        <translation>¿Dar un nuevo secreto a «%1»? El secreto actual deja de funcionar al instante; hay que actualizar todos los clientes que lo usan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rotate &quot;%1&quot;</source>
        <translation>&amp;Rotar «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key was not rotated: %1</source>
        <translation>No se ha rotado la clave: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+18"/>
        <source>Revoke key</source>
        <translation>Revocar clave</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Revoke &quot;%1&quot;? Requests with it are refused from now on. Revocation is permanent.</source>
        <translation>¿Revocar «%1»? Las peticiones con esta clave se rechazarán a partir de ahora. La revocación es definitiva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revoke &quot;%1&quot;</source>
        <translation>Re&amp;vocar «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key was not revoked: %1</source>
        <translation>No se ha revocado la clave: %1</translation>
    </message>
</context>
<context>
    <name>Ui::KeysTableModel</name>
    <message>
        <location filename="../ui/keys/keystablemodel.cpp" line="+76"/>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 + %Ln unpriced</source>
        <translation>
            <numerusform>%1 + %Ln sin precio</numerusform>
            <numerusform>%1 + %Ln sin precio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cap</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Expires %1</source>
        <translation>Caduca el %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent this month</source>
        <translation>Gastado este mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend cap</source>
        <translation>Límite de gasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limit</source>
        <translation>Tasa máx.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/min</source>
        <translation>Tokens/min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting the gateway…</source>
        <translation>Iniciando el gateway…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to copy the gateway&apos;s base URL</source>
        <translation>Haz clic para copiar la URL base del gateway</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1/v1</source>
        <translation>%1/v1 copiada</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Gateway %1/v1</source>
        <translation>Gateway %1/v1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gateway not running: %1</source>
        <translation>El gateway no está en marcha: %1</translation>
    </message>
    <message>
        <source>Ledger file gone: restart Tollgate</source>
        <translation>Falta el archivo del registro: reinicie Tollgate</translation>
    </message>
    <message>
        <source>Ledger lost</source>
        <translation>Registro perdido</translation>
    </message>
    <message>
        <source>The ledger file %1 was deleted or replaced while Tollgate ran. The gateway refuses every request, since none could be booked, and the window shows the lost file&apos;s figures. Quit and start Tollgate again: it opens the file at that path, or creates a new one.</source>
        <translation>El archivo del registro %1 se borró o se reemplazó mientras Tollgate se ejecutaba. La pasarela rechaza todas las solicitudes, ya que ninguna podría anotarse, y la ventana muestra las cifras del archivo perdido. Salga e inicie Tollgate de nuevo: abrirá el archivo de esa ruta o creará uno nuevo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 req/s</source>
        <translation>%1 pet./s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Today %1</source>
        <translation>Hoy %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> + %Ln unpriced</source>
        <translation>
            <numerusform> + %Ln sin precio</numerusform>
            <numerusform> + %Ln sin precio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit %1</source>
        <translation>Crédito %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit off</source>
        <translation>Límite de crédito desactivado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/pages.cpp" line="+19"/>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traces</source>
        <translation>Trazas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly review</source>
        <translation>Resumen semanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models &amp; prices</source>
        <translation>Modelos y precios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
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
            <numerusform>(+%Ln más)</numerusform>
            <numerusform>(+%Ln más)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to dismiss.</source>
        <translation>Haz clic para descartar.</translation>
    </message>
    <message>
        <source>Click to try again now; Tollgate also tries every few seconds. The port is set in Settings.</source>
        <translation>Haga clic para volver a intentarlo ahora; Tollgate también lo intenta cada pocos segundos. El puerto se ajusta en Configuración.</translation>
    </message>
</context>
<context>
    <name>Ui::ModelShareChart</name>
    <message>
        <location filename="../ui/overview/modelsharechart.cpp" line="+25"/>
        <source>Spend by model</source>
        <translation>Gasto por modelo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%2 % · %1</source>
        <translation>%2&#xa0;% · %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spend by model: no priced traffic in this range</source>
        <translation>Gasto por modelo: no hay tráfico con precio en este periodo</translation>
    </message>
</context>
<context>
    <name>Ui::NewKeyDialog</name>
    <message>
        <location filename="../ui/keys/newkeydialog.cpp" line="+36"/>
        <source>New key</source>
        <translation>Nueva clave</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;reate key</source>
        <translation>C&amp;rear clave</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Key &quot;%1&quot; created</source>
        <translation>Clave «%1» creada</translation>
    </message>
</context>
<context>
    <name>Ui::OverviewPage</name>
    <message>
        <location filename="../ui/overview/overviewpage.cpp" line="+61"/>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;%1 days</source>
        <translation>&amp;%1 días</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>through the gateway</source>
        <translation>a través del gateway</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>requests without a price</source>
        <translation>peticiones sin precio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit left</source>
        <translation>Crédito restante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpriced</source>
        <translation>Sin precio</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>last %Ln day(s)</source>
        <translation>
            <numerusform>último día</numerusform>
            <numerusform>últimos %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 % of %2 since %3</source>
        <translation>%1&#xa0;% de %2 desde el %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the credit limit is off</source>
        <translation>el límite de crédito está desactivado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Getting started.&lt;/b&gt; Tollgate forwards each call to your provider with your own API key. Add a provider first: %1 (or &lt;nobr&gt;&lt;code&gt;tollgate providers add&lt;/code&gt;&lt;/nobr&gt;).</source>
        <translation>&lt;b&gt;Primeros pasos.&lt;/b&gt; Tollgate reenvía cada llamada a tu proveedor con tu propia clave de API. Añade primero un proveedor: %1 (o &lt;nobr&gt;&lt;code&gt;tollgate providers add&lt;/code&gt;&lt;/nobr&gt;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Next:&lt;/b&gt; create a key for each app or teammate (%1, or &lt;nobr&gt;&lt;code&gt;tollgate keys create&lt;/code&gt;&lt;/nobr&gt;) and point its OpenAI or Anthropic SDK at the gateway address shown at the bottom of this window. Every call is then booked here.</source>
        <translation>&lt;b&gt;Después:&lt;/b&gt; crea una clave para cada aplicación o miembro del equipo (%1, o &lt;nobr&gt;&lt;code&gt;tollgate keys create&lt;/code&gt;&lt;/nobr&gt;) y apunta su SDK de OpenAI o Anthropic a la dirección de la pasarela que aparece al pie de esta ventana. Cada llamada queda registrada aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
</context>
<context>
    <name>Ui::PriceOverrideDialog</name>
    <message>
        <location filename="../ui/prices/priceoverridedialog.cpp" line="+30"/>
        <source>Set price</source>
        <translation>Fijar precio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD per 1M tokens. Leave a field empty to keep its current rate; an empty reasoning rate bills reasoning tokens as output.</source>
        <translation>USD por millón de tokens. Deja un campo vacío para mantener su tarifa actual; sin tarifa de razonamiento, los tokens de razonamiento se facturan como salida.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>model name as clients send it</source>
        <translation>nombre del modelo tal como lo envían los clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Input:</source>
        <translation>&amp;Entrada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache &amp;read:</source>
        <translation>Lectura de &amp;caché:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write (&amp;5 min):</source>
        <translation>Escritura de caché (&amp;5 min):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write (&amp;1 hour):</source>
        <translation>Escritura de caché (&amp;1 hora):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Output:</source>
        <translation>&amp;Salida:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;easoning:</source>
        <translation>&amp;Razonamiento:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This model has long-context tiers; a price set here applies to every request size.</source>
        <translation>Este modelo tiene tramos de contexto largo; un precio fijado aquí se aplica a cualquier tamaño de petición.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name the model.</source>
        <translation>Indica el modelo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a price: enter dollars per 1M tokens, like 2.50.</source>
        <translation>«%1» no es un precio: escribe dólares por millón de tokens, como 2,50.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter at least one rate.</source>
        <translation>Escribe al menos una tarifa.</translation>
    </message>
    <message>
        <source>No request can name this model: at most %1 characters, without line breaks or other control characters.</source>
        <translation>Ninguna solicitud puede nombrar este modelo: como máximo %1 caracteres, sin saltos de línea ni otros caracteres de control.</translation>
    </message>
    <message>
        <source>%1 is more than any model costs: at most %2 per 1M tokens.</source>
        <translation>%1 es más de lo que cuesta cualquier modelo: como máximo %2 por 1 M de tokens.</translation>
    </message>
</context>
<context>
    <name>Ui::PricesModel</name>
    <message numerus="yes">
        <location filename="../ui/prices/pricesmodel.cpp" line="+108"/>
        <source>%Ln request(s) to this model have no price, so their cost is unknown. Select it and choose Set price….</source>
        <translation>
            <numerusform>%Ln petición a este modelo no tiene precio, así que su coste es desconocido. Selecciónalo y elige Fijar precio….</numerusform>
            <numerusform>%Ln peticiones a este modelo no tienen precio, así que su coste es desconocido. Selecciónalo y elige Fijar precio….</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Above %1 input tokens: input %2, output %3</source>
        <translation>Por encima de %1 tokens de entrada: entrada %2, salida %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, since %2</source>
        <translation>%1, desde el %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unpriced</source>
        <translation>sin precio</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unpriced request(s)</source>
        <translation>
            <numerusform>%Ln petición sin precio</numerusform>
            <numerusform>%Ln peticiones sin precio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>as output</source>
        <translation>= salida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>above %1</source>
        <translation>más de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache read</source>
        <translation>Lect. caché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write
5 min</source>
        <translation>Escr. caché
5 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write
1 hour</source>
        <translation>Escr. caché
1 hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning</source>
        <translation>Razonam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-context
tiers</source>
        <translation>Tramos de
contexto largo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source
since</source>
        <translation>Origen
desde</translation>
    </message>
</context>
<context>
    <name>Ui::PricesPage</name>
    <message>
        <location filename="../ui/prices/pricespage.cpp" line="+40"/>
        <source>Models &amp; prices</source>
        <translation>Modelos y precios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search models (Ctrl+F)</source>
        <translation>Buscar modelos (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Set price…</source>
        <translation>&amp;Fijar precio…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import price map…</source>
        <translation>&amp;Importar tabla de precios…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Prices in USD per 1M tokens.</source>
        <translation>Precios en USD por millón de tokens.</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%Ln model(s) served without a price, listed first: their cost stays unknown until you select one and choose Set price…</source>
        <translation>
            <numerusform>%Ln modelo servido sin precio, mostrado primero: su coste seguirá siendo desconocido hasta que lo selecciones y elijas Fijar precio…</numerusform>
            <numerusform>%Ln modelos servidos sin precio, mostrados primero: su coste seguirá siendo desconocido hasta que selecciones uno y elijas Fijar precio…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Price of %1 set.</source>
        <translation>Precio de %1 fijado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not set the price: %1</source>
        <translation>No se ha podido fijar el precio: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import price map</source>
        <translation>Importar tabla de precios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price map (*.json);;All files (*)</source>
        <translation>Tabla de precios (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln new or changed price(s)</source>
        <translation>
            <numerusform>%Ln precio nuevo o modificado</numerusform>
            <numerusform>%Ln precios nuevos o modificados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(kept your own price for %1)</source>
        <translation>(se conserva tu propio precio para %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import failed: %1</source>
        <translation>Error al importar: %1</translation>
    </message>
    <message numerus="yes">
        <source>(skipped %Ln model(s) with a price or name Tollgate cannot use; point here to see them)</source>
        <translation>
            <numerusform>(se omitió %Ln modelo con un precio o nombre que Tollgate no puede usar; apunte aquí para verlo)</numerusform>
            <numerusform>(se omitieron %Ln modelos con un precio o nombre que Tollgate no puede usar; apunte aquí para verlos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ProviderDialog</name>
    <message>
        <location filename="../ui/providers/providerdialog.cpp" line="+24"/>
        <source>Edit provider</source>
        <translation>Editar proveedor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add provider</source>
        <translation>Añadir proveedor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OpenAI-compatible</source>
        <translation>Compatible con OpenAI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store an API &amp;key</source>
        <translation>Guardar una &amp;clave de API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stored; type to replace it</source>
        <translation>guardada; escribe otra para sustituirla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the provider&apos;s secret key</source>
        <translation>la clave secreta del proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read it from an &amp;environment variable</source>
        <translation>Leerla de una variable de &amp;entorno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No credential (a local server)</source>
        <translation>Sin credencial (servidor local)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Credential:</source>
        <translation>Credencial:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>all models; or globs like gpt-4o*, claude-*</source>
        <translation>todos los modelos; o patrones como gpt-4o*, claude-*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Models:</source>
        <translation>&amp;Modelos:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lower numbers are tried first; the next provider serving the model is the fallback.</source>
        <translation>Los números más bajos se prueban primero; el siguiente proveedor que sirve el modelo actúa de respaldo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Enter the API key, or choose another kind of credential.</source>
        <translation>Escribe la clave de API o elige otro tipo de credencial.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the environment variable that holds the key.</source>
        <translation>Indica la variable de entorno que contiene la clave.</translation>
    </message>
    <message>
        <source>A provider named &quot;%1&quot; already exists: choose another name, or edit that one.</source>
        <translation>Ya existe un proveedor llamado «%1»: elija otro nombre o edite ese proveedor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the provider: at most %1 characters, without spaces at either end.</source>
        <translation>Pon nombre al proveedor: %1 caracteres como máximo, sin espacios al principio ni al final.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A provider name cannot contain &apos;/&apos;: it pins models as provider/model.</source>
        <translation>Un nombre de proveedor no puede contener «/»: fija modelos como proveedor/modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must start with http:// or https:// and name a host, like https://api.openai.com/v1.</source>
        <translation>La URL base debe empezar por http:// o https:// e indicar un host, p. ej. https://api.openai.com/v1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not carry a user or password: give the key as an API key.</source>
        <translation>La URL base no debe llevar usuario ni contraseña: indica la clave como clave de API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the name of an environment variable, like OPENAI_API_KEY, not the key itself.</source>
        <translation>Indica el nombre de una variable de entorno, p. ej. OPENAI_API_KEY, no la clave en sí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not have a query (?…) or a fragment (#…).</source>
        <translation>La URL base no debe tener consulta (?…) ni fragmento (#…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The priority cannot be negative.</source>
        <translation>La prioridad no puede ser negativa.</translation>
    </message>
    <message>
        <source>Anthropic&apos;s base URL has no /v1 (the SDK&apos;s is https://api.anthropic.com): requests would go to %1/v1/messages.</source>
        <translation>La URL base de Anthropic no lleva /v1 (la del SDK es https://api.anthropic.com): las solicitudes irían a %1/v1/messages.</translation>
    </message>
    <message>
        <source>An OpenAI-compatible base URL names its API version (the SDK&apos;s is https://api.openai.com/v1): requests would go to %1/chat/completions.</source>
        <translation>Una URL base compatible con OpenAI indica su versión de la API (la del SDK es https://api.openai.com/v1): las solicitudes irían a %1/chat/completions.</translation>
    </message>
    <message>
        <source>%1 is plain http:// to another machine: its API key and every prompt would cross the network unencrypted (https:// encrypts them).</source>
        <translation>%1 es http:// sin cifrar hacia otra máquina: su clave de API y cada prompt cruzarían la red sin cifrar (https:// los cifra).</translation>
    </message>
    <message>
        <source>%1 ends in an endpoint; the base URL is what the SDKs add endpoints to (https://api.openai.com/v1, https://api.anthropic.com).</source>
        <translation>%1 termina en un endpoint; la URL base es a la que los SDK añaden los endpoints (https://api.openai.com/v1, https://api.anthropic.com).</translation>
    </message>
</context>
<context>
    <name>Ui::ProvidersModel</name>
    <message>
        <location filename="../ui/providers/providersmodel.cpp" line="+31"/>
        <source>stored secret</source>
        <translation>secreto guardado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stored in %1</source>
        <translation>guardado en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment: %1</source>
        <translation>entorno: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>all models</source>
        <translation>todos los modelos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>environment: %1 (not set: requests skip this provider)</source>
        <translation>entorno: %1 (sin definir: las solicitudes omiten este proveedor)</translation>
    </message>
</context>
<context>
    <name>Ui::ProvidersPage</name>
    <message>
        <location filename="../ui/providers/providerspage.cpp" line="+82"/>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway sends each request to the first provider (lowest priority number) whose models match, and falls back to the next one when it fails.</source>
        <translation>El gateway envía cada petición al primer proveedor (el de menor número de prioridad) cuyos modelos coinciden y, si falla, recurre al siguiente.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Provider %1 saved.</source>
        <translation>Proveedor %1 guardado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider %1 added.</source>
        <translation>Proveedor %1 añadido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save provider %1: %2</source>
        <translation>No se ha podido guardar el proveedor %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove provider</source>
        <translation>Eliminar proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove provider %1? Its stored API key is deleted too. Traces it served stay in the ledger.</source>
        <translation>¿Eliminar el proveedor %1? También se borra su clave de API guardada. Las trazas que atendió se quedan en el registro.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Provider %1 removed.</source>
        <translation>Proveedor %1 eliminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not remove provider %1: %2</source>
        <translation>No se ha podido eliminar el proveedor %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: no answer after %2 ms: %3</source>
        <translation>%1: sin respuesta tras %2 ms: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2 in %3 ms: it works.</source>
        <translation>%1 respondió HTTP %2 en %3 ms: funciona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2 (%3) in %4 ms.</source>
        <translation>%1 respondió HTTP %2 (%3) en %4 ms.</translation>
    </message>
    <message>
        <source>%1 cannot be tested: %2</source>
        <translation>%1 no se puede probar: %2</translation>
    </message>
    <message>
        <source>$%1, which holds its API key, is not set (or holds no key) where Tollgate runs.</source>
        <translation>$%1, que guarda su clave de API, no está definida (o no contiene una clave) donde se ejecuta Tollgate.</translation>
    </message>
    <message>
        <source>the API key stored for it cannot be read (a locked keyring?). Set it again with Edit.</source>
        <translation>no se puede leer la clave de API guardada para él (¿un llavero bloqueado?). Vuelva a definirla con Editar.</translation>
    </message>
</context>
<context>
    <name>Ui::SecretDialog</name>
    <message>
        <location filename="../ui/keys/secretdialog.cpp" line="+15"/>
        <source>New secret for &quot;%1&quot;</source>
        <translation>Nuevo secreto para «%1»</translation>
    </message>
</context>
<context>
    <name>Ui::SecretPanel</name>
    <message>
        <location filename="../ui/keys/secretpanel.cpp" line="+31"/>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Point your tools at Tollgate (paste into a shell):</source>
        <translation>Apunta tus herramientas a Tollgate (pega esto en una terminal):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy &amp;snippets</source>
        <translation>Copiar &amp;fragmentos</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&lt;b&gt;The secret of &quot;%1&quot; is shown only this once.&lt;/b&gt; Copy it now: Tollgate keeps only its fingerprint and cannot show it again.</source>
        <translation>&lt;b&gt;El secreto de «%1» solo se muestra esta vez.&lt;/b&gt; Cópialo ahora: Tollgate guarda solo su huella y no puede volver a mostrarlo.</translation>
    </message>
    <message>
        <source>The secret is on the clipboard.</source>
        <translation>El secreto está en el portapapeles.</translation>
    </message>
    <message>
        <source>The snippets are on the clipboard.</source>
        <translation>Los fragmentos están en el portapapeles.</translation>
    </message>
</context>
<context>
    <name>Ui::SettingsPage</name>
    <message>
        <location filename="../ui/settings/settingspage.cpp" line="+71"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen &amp;address:</source>
        <translation>Dirección de &amp;escucha:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other machines can reach this address: anyone on the network with a key can spend through it.</source>
        <translation>Otros equipos pueden acceder a esta dirección: cualquiera en la red con una clave puede gastar a través de ella.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new address or port applies the next time Tollgate starts.</source>
        <translation>Una nueva dirección o puerto se aplica la próxima vez que se inicie Tollgate.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open folder</source>
        <translation>A&amp;brir carpeta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data directory:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ledger lives here. Start Tollgate with --data DIR or TOLLGATE_DATA to use another one.</source>
        <translation>Aquí está el registro. Inicia Tollgate con --data DIR o TOLLGATE_DATA para usar otro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window and tray</source>
        <translation>Ventana y bandeja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Tollgate starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie Tollgate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;minimised to the tray</source>
        <translation>Iniciar &amp;minimizado en la bandeja</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep the gateway serving from the tray when the window closes</source>
        <translation>Seguir atendiendo desde la bandeja al cerrar la &amp;ventana</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start Tollgate when I &amp;log in</source>
        <translation>Iniciar Tollgate al iniciar &amp;sesión</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Week starts on:</source>
        <translation>&amp;La semana empieza el:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alerts</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warn when &amp;credit falls under:</source>
        <translation>Avisar cuando el &amp;crédito baje de:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tollgate also notifies you when a key reaches 80% and 100% of its spend cap.</source>
        <translation>Tollgate también te avisa cuando una clave llega al 80&#xa0;% y al 100&#xa0;% de su límite de gasto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an IP address (for example 127.0.0.1 or ::1).</source>
        <translation>«%1» no es una dirección IP (por ejemplo, 127.0.0.1 o ::1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter an amount in dollars, like 5 or 2.50.</source>
        <translation>Escribe un importe en dólares, como 5 o 2,50.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not change the login item: %1</source>
        <translation>No se ha podido cambiar el inicio automático: %1</translation>
    </message>
</context>
<context>
    <name>Ui::SpendChart</name>
    <message>
        <location filename="../ui/overview/spendchart.cpp" line="+29"/>
        <source>Spend per day by key</source>
        <translation>Gasto diario por clave</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>Ui::TraceDetailPane</name>
    <message>
        <location filename="../ui/traces/tracedetailpane.cpp" line="+25"/>
        <source>Select a trace to see all of its fields.</source>
        <translation>Selecciona una traza para ver todos sus campos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Trace ID:</source>
        <translation>ID de traza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC):</source>
        <translation>Hora (UTC):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streamed:</source>
        <translation>En streaming:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model asked:</source>
        <translation>Modelo pedido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model served:</source>
        <translation>Modelo servido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status:</source>
        <translation>Estado HTTP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts:</source>
        <translation>Intentos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency / TTFT:</source>
        <translation>Latencia / TTFT:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tokens:</source>
        <translation>Tokens de entrada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache reads:</source>
        <translation>Lecturas de caché:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache writes (1 h):</source>
        <translation>Escrituras de caché (1 h):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output tokens:</source>
        <translation>Tokens de salida:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning tokens:</source>
        <translation>Tokens de razonamiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost:</source>
        <translation>Coste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price version:</source>
        <translation>Versión del precio:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(no key)</source>
        <translation>(sin clave)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>sí</translation>
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
        <translation>ninguno (no reenviada)</translation>
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
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>Ui::TracesPage</name>
    <message>
        <location filename="../ui/traces/tracespage.cpp" line="+92"/>
        <source>&lt;h2&gt;Traces&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Trazas&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export traces or totals to CSV (%1)</source>
        <translation>Exportar trazas o totales a CSV (%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time:</source>
        <translation>Pe&amp;riodo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All keys</source>
        <translation>Todas las claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;del:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All providers</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success (2xx)</source>
        <translation>Éxito (2xx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client errors (4xx)</source>
        <translation>Errores del cliente (4xx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server errors (5xx)</source>
        <translation>Errores del servidor (5xx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any cost</source>
        <translation>Cualquier coste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact</source>
        <translation>Exacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated</source>
        <translation>Estimado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpriced</source>
        <translation>Sin precio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost:</source>
        <translation>C&amp;oste:</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>No traces match.</source>
        <translation>Ninguna traza coincide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 loaded, more as you scroll</source>
        <translation>%1 cargadas; se cargan más al desplazarte</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln trace(s)</source>
        <translation>
            <numerusform>%Ln traza</numerusform>
            <numerusform>%Ln trazas</numerusform>
        </translation>
    </message>
    <message>
        <source>No traces yet: every request through the gateway is listed here.</source>
        <translation>Todavía no hay trazas: aquí aparece cada solicitud que pasa por la pasarela.</translation>
    </message>
</context>
<context>
    <name>Ui::TracesTableModel</name>
    <message>
        <location filename="../ui/traces/tracestablemodel.cpp" line="+132"/>
        <source>unpriced</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>~%1 (estimated)</source>
        <translation>~%1 (estimado)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no key)</source>
        <translation>(sin clave)</translation>
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
        <translation>No se conoce el precio de este modelo: el coste es desconocido, no cero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated: a rate or the usage had to be guessed.</source>
        <translation>Estimado: hubo que suponer una tarifa o el consumo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cached</source>
        <translation>En caché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
</context>
<context>
    <name>Ui::TrayController</name>
    <message>
        <location filename="../ui/tray/traycontroller.cpp" line="+55"/>
        <source>&amp;Show Tollgate</source>
        <translation>&amp;Mostrar Tollgate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy gateway URL</source>
        <translation>&amp;Copiar URL del gateway</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tollgate</source>
        <translation>Tollgate</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The gateway is not running</source>
        <translation>El gateway no está en marcha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tollgate cannot listen: %1</source>
        <translation>Tollgate no puede aceptar conexiones: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Tollgate: %1 today + %Ln unpriced request(s)</source>
        <translation>
            <numerusform>Tollgate: %1 hoy + %Ln petición sin precio</numerusform>
            <numerusform>Tollgate: %1 hoy + %Ln peticiones sin precio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tollgate: %1 today</source>
        <translation>Tollgate: %1 hoy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key at its spend cap</source>
        <translation>Clave en su límite de gasto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key near its spend cap</source>
        <translation>Clave cerca de su límite de gasto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit running low</source>
        <translation>Queda poco crédito</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key &quot;%1&quot; has spent %2 of its %3 cap (%4%).</source>
        <translation>La clave «%1» ha gastado %2 de su límite de %3 (%4&#xa0;%).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key &quot;%1&quot; has spent %2 and reached its %3 cap: its requests are refused.</source>
        <translation>La clave «%1» ha gastado %2 y ha alcanzado su límite de %3: sus peticiones se rechazan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of credit left, under your warning threshold of %2.</source>
        <translation>Quedan %1 de crédito, por debajo de tu umbral de aviso de %2.</translation>
    </message>
</context>
<context>
    <name>Ui::WeeklyPage</name>
    <message>
        <location filename="../ui/weekly/weeklypage.cpp" line="+71"/>
        <source>Weekly review</source>
        <translation>Resumen semanal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous week (Alt+Left)</source>
        <translation>Semana anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next week (Alt+Right)</source>
        <translation>Semana siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keys by spend</source>
        <translation>Claves por gasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (new ones are model drift)</source>
        <translation>Modelos (los nuevos indican deriva de modelos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys at 80 % of their cap or more</source>
        <translation>Claves al 80&#xa0;% de su límite o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpriced traffic</source>
        <translation>Tráfico sin precio</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This week, %1 – %2</source>
        <translation>Esta semana, del %1 al %2</translation>
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
            <numerusform>&lt;b&gt;%1&lt;/b&gt; gastados (%2 frente a los %3 de la semana pasada) en %Ln petición.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; gastados (%2 frente a los %3 de la semana pasada) en %Ln peticiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Spent &lt;b&gt;%1&lt;/b&gt; so far (%2 against %3 by the same time last week) on %Ln request(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; gastados hasta ahora (%2 frente a %3 a estas alturas de la semana pasada) en %Ln petición.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; gastados hasta ahora (%2 frente a %3 a estas alturas de la semana pasada) en %Ln peticiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln new model(s).</source>
        <translation>
            <numerusform>%Ln modelo nuevo.</numerusform>
            <numerusform>%Ln modelos nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln key(s) with prompt bloat.</source>
        <translation>
            <numerusform>%Ln clave con prompts inflados.</numerusform>
            <numerusform>%Ln claves con prompts inflados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln key(s) at 80 % of the cap or more.</source>
        <translation>
            <numerusform>%Ln clave al 80&#xa0;% del límite o más.</numerusform>
            <numerusform>%Ln claves al 80&#xa0;% del límite o más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unpriced traffic on %Ln model(s).</source>
        <translation>
            <numerusform>Tráfico sin precio en %Ln modelo.</numerusform>
            <numerusform>Tráfico sin precio en %Ln modelos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the weekly review</source>
        <translation>Exportar el resumen semanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>No requests that week.</source>
        <translation>No hubo solicitudes esa semana.</translation>
    </message>
    <message>
        <source>No requests this week yet.</source>
        <translation>Todavía no hay solicitudes esta semana.</translation>
    </message>
    <message numerus="yes">
        <source>The week before: %1 on %Ln request(s).</source>
        <translation>
            <numerusform>La semana anterior: %1 en %Ln solicitud.</numerusform>
            <numerusform>La semana anterior: %1 en %Ln solicitudes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last week by this time: %1 on %Ln request(s).</source>
        <translation>
            <numerusform>La semana pasada a estas alturas: %1 en %Ln solicitud.</numerusform>
            <numerusform>La semana pasada a estas alturas: %1 en %Ln solicitudes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>Ui::WeeklyReviewModel</name>
    <message>
        <location filename="../ui/weekly/weeklyreviewmodel.cpp" line="+17"/>
        <source>new</source>
        <translation>nuevo</translation>
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
        <translation>Prompts inflados: la entrada media por petición ha crecido un %1&#xa0;% o más desde la semana pasada.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 + %Ln unpriced</source>
        <translation>
            <numerusform>%1 + %Ln sin precio</numerusform>
            <numerusform>%1 + %Ln sin precio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1  prompt bloat</source>
        <translation>%1  prompts inflados</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Model drift: not used last week.</source>
        <translation>Deriva de modelos: no se usó la semana pasada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1  (new this week)</source>
        <translation>%1  (nuevo)</translation>
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
        <translation>%1&#xa0;% — alcanzado</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+5"/>
        <source>Same days last week</source>
        <translation>Mismos días sem. anterior</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Last week</source>
        <translation>Semana pasada</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+9"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+5"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Avg input</source>
        <translation>Entrada media</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avg input change</source>
        <translation>Cambio entrada media</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Share</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cap</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input tokens</source>
        <translation>Tokens de entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output tokens</source>
        <translation>Tokens de salida</translation>
    </message>
</context>
<context>
    <name>Ui::CsvExportJob</name>
    <message>
        <source>the ledger could not be read in full (%1), so no file was written</source>
        <translation>el registro no se pudo leer entero (%1), así que no se escribió ningún archivo</translation>
    </message>
</context>
</TS>
