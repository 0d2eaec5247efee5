<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>另一个 Tollgate（%1）已在使用此数据目录：
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the ledger: %1</source>
        <translation>无法打开账本：%1</translation>
    </message>
    <message>
        <source>Cannot take this data directory: %1</source>
        <translation>无法使用此数据目录：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tollgate is still running</source>
        <translation>Tollgate 仍在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gateway keeps serving. Quit from the tray icon&apos;s menu.</source>
        <translation>网关仍在提供服务。如需退出，请使用托盘图标的菜单。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listen address ignored</source>
        <translation>已忽略监听地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; listening on the default address instead.</source>
        <translation>%1；已改为在默认地址上监听。</translation>
    </message>
    <message>
        <source>A provider lacks its API key</source>
        <translation>某个提供商缺少 API 密钥</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot;: the API key stored for it cannot be read (a locked keyring, or %2 damaged or without it). Requests routed to it go to the next provider, else get 502.</source>
        <translation>提供商“%1”：无法读取为其保存的 API 密钥（密钥环已锁定，或 %2 已损坏或不含该密钥）。发往它的请求会转给下一个提供商，若没有则返回 502。</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; takes its API key from $%2, which is not set or empty. Requests routed to it go to the next provider, else get 502.</source>
        <translation>提供商“%1”从 $%2 读取 API 密钥，但该变量未设置或为空。发往它的请求会转给下一个提供商，若没有则返回 502。</translation>
    </message>
</context>
<context>
    <name>Ui::CapChart</name>
    <message>
        <location filename="../ui/overview/capchart.cpp" line="+25"/>
        <source>Spend vs cap: no key has a spend cap</source>
        <translation>支出与上限：没有设置支出上限的密钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spend vs cap (lifetime)</source>
        <translation>支出与上限（累计）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Below 80 %</source>
        <translation>低于 80%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 % or more</source>
        <translation>80% 及以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap reached</source>
        <translation>已达上限</translation>
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
        <translation>额度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>USD, e.g. 50</source>
        <translation>美元，例如 50</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;dd credit</source>
        <translation>添加额度(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amou&amp;nt:</source>
        <translation>金额(&amp;N)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Turn the credit limit off…</source>
        <translation>关闭额度限制(&amp;T)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The limit is on: %1 left of %2 added since %3. When it is spent, the gateway answers 402 until you add more.</source>
        <translation>额度限制已开启：自 %3 起添加的 %2 中还剩 %1。用完后，网关将返回 402，直到您添加更多额度。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The limit is off: the gateway spends without one (each key&apos;s own cap still applies). Adding credit turns it on.</source>
        <translation>额度限制已关闭：网关不受限制地支出（每个密钥自己的上限仍然有效）。添加额度即可开启。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not added: %1</source>
        <translation>未添加：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn the credit limit off? The gateway then spends without one; each key&apos;s own cap still applies. A later top-up starts afresh: what is left now is not carried over.</source>
        <translation>关闭额度限制？网关将不受限制地支出；每个密钥自己的上限仍然有效。之后再充值将重新开始：当前剩余额度不会保留。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not turned off: %1</source>
        <translation>未关闭：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an amount in dollars, like 50 or 2.50 (no digit grouping, at most nine decimals).</source>
        <translation>请输入以美元计的金额，例如 50 或 2.50（不要使用千位分隔符，最多九位小数）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at most %1 at a time.</source>
        <translation>每次最多添加 %1。</translation>
    </message>
</context>
<context>
    <name>Ui::DateText</name>
    <message>
        <location filename="../ui/common/datetext.cpp" line="+9"/>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddd d MMM</source>
        <translation>M月d日 ddd</translation>
    </message>
</context>
<context>
    <name>Ui::EditCapsDialog</name>
    <message>
        <location filename="../ui/keys/editcapsdialog.cpp" line="+20"/>
        <source>Limits of &quot;%1&quot;</source>
        <translation>“%1”的限制</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Ui::ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="+32"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Traces, one row per request</source>
        <translation>追踪记录，每个请求一行(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tota&amp;ls, grouped by:</source>
        <translation>按以下维度汇总(&amp;L)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Key</source>
        <translation>密钥(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Provider</source>
        <translation>提供商(&amp;P)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No filters from the Traces page</source>
        <translation>追踪记录页面未设置筛选条件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O&amp;nly traces matching: %1</source>
        <translation>仅导出符合以下条件的追踪记录(&amp;N)：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;All time</source>
        <translation>全部时间(&amp;A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <translation>到(&amp;O)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 rows written…</source>
        <translation>已写入 %1 / %2 行…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>key %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider %1</source>
        <translation>提供商 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outcome %1</source>
        <translation>结果 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status %1–%2</source>
        <translation>状态码 %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cost %1</source>
        <translation>费用 %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>%1 之前</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 行写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
</context>
<context>
    <name>Ui::KeyLimitsForm</name>
    <message>
        <location filename="../ui/keys/keylimitsform.cpp" line="+40"/>
        <source>e.g. ci-pipeline</source>
        <translation>例如 ci-pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cap (USD, e.g. 25 or 2.50)</source>
        <translation>无上限（美元，例如 25 或 2.50）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;spend:</source>
        <translation>支出上限(&amp;S)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate period</source>
        <translation>速率周期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rate limit:</source>
        <translation>速率限制(&amp;R)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tokens per minute:</source>
        <translation>每分钟 Token 数(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All models (or globs: gpt-4o*, claude-*)</source>
        <translation>所有模型（或通配符：gpt-4o*, claude-*）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed &amp;models:</source>
        <translation>允许的模型(&amp;M)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Works until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xpiry:</source>
        <translation>有效期(&amp;X)：</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Enter a name for the key.</source>
        <translation>请输入密钥名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name must not start or end with spaces.</source>
        <translation>名称的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的密钥已存在。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+35"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Enter an amount in dollars, like 25 or 2.50 (no digit grouping, at most nine decimals).</source>
        <translation>请输入美元金额，例如 25 或 2.50（不要使用千位分隔符，最多九位小数）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A spend cap cannot be negative.</source>
        <translation>支出上限不能为负数。</translation>
    </message>
    <message>
        <source>A cap of $0 refuses every request of this key.</source>
        <translation>上限为 $0 时，此密钥的每个请求都会被拒绝。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Separate model names with single commas; an empty name allows nothing.</source>
        <translation>请用单个逗号分隔模型名称；空名称不允许任何模型。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The last day cannot be in the past.</source>
        <translation>最后一天不能是过去的日期。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>The key works through the end of this day, then stops.</source>
        <translation>密钥在这一天结束前可用，之后停止。</translation>
    </message>
    <message>
        <source>A spend cap can be at most %1.</source>
        <translation>支出上限最多为 %1。</translation>
    </message>
</context>
<context>
    <name>Ui::KeysPage</name>
    <message>
        <location filename="../ui/keys/keyspage.cpp" line="+92"/>
        <source>&amp;New key…</source>
        <translation>新建密钥(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit caps…</source>
        <translation>编辑上限(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;otate…</source>
        <translation>轮换(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>吊销(&amp;V)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Keys&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;密钥&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter keys (Ctrl+F)</source>
        <translation>筛选密钥 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No keys yet. Create one with New key (%1).</source>
        <translation>还没有密钥。请使用“新建密钥”（%1）创建。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln 个有效</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+18"/>
        <source>Rotate key</source>
        <translation>轮换密钥</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Give &quot;%1&quot; a new secret? The current secret stops working at once; every client using it must be updated.</source>
        <translation>要为“%1”生成新的密钥值吗？当前密钥值将立即失效，所有使用它的客户端都必须更新。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rotate &quot;%1&quot;</source>
        <translation>轮换“%1”(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key was not rotated: %1</source>
        <translation>密钥未轮换：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+18"/>
        <source>Revoke key</source>
        <translation>吊销密钥</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Revoke &quot;%1&quot;? Requests with it are refused from now on. Revocation is permanent.</source>
        <translation>要吊销“%1”吗？此后使用它的请求都将被拒绝。吊销后无法恢复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revoke &quot;%1&quot;</source>
        <translation>吊销“%1”(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key was not revoked: %1</source>
        <translation>密钥未吊销：%1</translation>
    </message>
</context>
<context>
    <name>Ui::KeysTableModel</name>
    <message>
        <location filename="../ui/keys/keystablemodel.cpp" line="+76"/>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 + %Ln unpriced</source>
        <translation>
            <numerusform>%1 + %Ln 次未定价</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cap</source>
        <translation>无上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All models</source>
        <translation>所有模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Expires %1</source>
        <translation>到期时间：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent this month</source>
        <translation>本月支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend cap</source>
        <translation>支出上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limit</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/min</source>
        <translation>Token/分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed models</source>
        <translation>允许的模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>无限制</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting the gateway…</source>
        <translation>正在启动网关…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to copy the gateway&apos;s base URL</source>
        <translation>点击复制网关的基础 URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1/v1</source>
        <translation>已复制 %1/v1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Gateway %1/v1</source>
        <translation>网关 %1/v1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gateway not running: %1</source>
        <translation>网关未运行：%1</translation>
    </message>
    <message>
        <source>Ledger file gone: restart Tollgate</source>
        <translation>账本文件已丢失：请重新启动 Tollgate</translation>
    </message>
    <message>
        <source>Ledger lost</source>
        <translation>账本已丢失</translation>
    </message>
    <message>
        <source>The ledger file %1 was deleted or replaced while Tollgate ran. The gateway refuses every request, since none could be booked, and the window shows the lost file&apos;s figures. Quit and start Tollgate again: it opens the file at that path, or creates a new one.</source>
        <translation>Tollgate 运行期间，账本文件 %1 被删除或替换。由于无法记账，网关会拒绝所有请求，窗口显示的是已丢失文件中的数据。请退出并重新启动 Tollgate：它会打开该路径下的文件，或新建一个。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 req/s</source>
        <translation>%1 次/秒</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Today %1</source>
        <translation>今日 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> + %Ln unpriced</source>
        <translation>
            <numerusform> + %Ln 次未定价</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit %1</source>
        <translation>剩余额度 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit off</source>
        <translation>额度限制已关闭</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/pages.cpp" line="+19"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traces</source>
        <translation>追踪记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly review</source>
        <translation>每周回顾</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models &amp; prices</source>
        <translation>模型与价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>(+%Ln more)</source>
        <translation>
            <numerusform>（另有 %Ln 条）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to dismiss.</source>
        <translation>点击关闭。</translation>
    </message>
    <message>
        <source>Click to try again now; Tollgate also tries every few seconds. The port is set in Settings.</source>
        <translation>点击立即重试；Tollgate 也会每隔几秒重试一次。端口在设置中指定。</translation>
    </message>
</context>
<context>
    <name>Ui::ModelShareChart</name>
    <message>
        <location filename="../ui/overview/modelsharechart.cpp" line="+25"/>
        <source>Spend by model</source>
        <translation>各模型支出</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%2 % · %1</source>
        <translation>%2% · %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spend by model: no priced traffic in this range</source>
        <translation>各模型支出：此时间范围内没有已定价的流量</translation>
    </message>
</context>
<context>
    <name>Ui::NewKeyDialog</name>
    <message>
        <location filename="../ui/keys/newkeydialog.cpp" line="+36"/>
        <source>New key</source>
        <translation>新建密钥</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;reate key</source>
        <translation>创建密钥(&amp;R)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Key &quot;%1&quot; created</source>
        <translation>已创建密钥“%1”</translation>
    </message>
</context>
<context>
    <name>Ui::OverviewPage</name>
    <message>
        <location filename="../ui/overview/overviewpage.cpp" line="+61"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;%1 days</source>
        <translation>&amp;%1 天</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>through the gateway</source>
        <translation>经由网关</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>requests without a price</source>
        <translation>未定价的请求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit left</source>
        <translation>剩余额度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpriced</source>
        <translation>未定价</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>last %Ln day(s)</source>
        <translation>
            <numerusform>最近 %Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 % of %2 since %3</source>
        <translation>自 %3 起 %2 中的 %1%</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the credit limit is off</source>
        <translation>额度限制已关闭</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Getting started.&lt;/b&gt; Tollgate forwards each call to your provider with your own API key. Add a provider first: %1 (or &lt;nobr&gt;&lt;code&gt;tollgate providers add&lt;/code&gt;&lt;/nobr&gt;).</source>
        <translation>&lt;b&gt;入门。&lt;/b&gt;Tollgate 使用您自己的 API 密钥将每次调用转发给您的提供商。请先添加提供商：%1（或 &lt;nobr&gt;&lt;code&gt;tollgate providers add&lt;/code&gt;&lt;/nobr&gt;）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Next:&lt;/b&gt; create a key for each app or teammate (%1, or &lt;nobr&gt;&lt;code&gt;tollgate keys create&lt;/code&gt;&lt;/nobr&gt;) and point its OpenAI or Anthropic SDK at the gateway address shown at the bottom of this window. Every call is then booked here.</source>
        <translation>&lt;b&gt;下一步：&lt;/b&gt;为每个应用或团队成员创建密钥（%1，或 &lt;nobr&gt;&lt;code&gt;tollgate keys create&lt;/code&gt;&lt;/nobr&gt;），并将其 OpenAI 或 Anthropic SDK 指向本窗口底部显示的网关地址。此后每次调用都会记录在这里。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
</context>
<context>
    <name>Ui::PriceOverrideDialog</name>
    <message>
        <location filename="../ui/prices/priceoverridedialog.cpp" line="+30"/>
        <source>Set price</source>
        <translation>设置价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD per 1M tokens. Leave a field empty to keep its current rate; an empty reasoning rate bills reasoning tokens as output.</source>
        <translation>单位：美元/百万 Token。留空的字段保持当前单价；推理单价留空时，推理 Token 按输出计费。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>model name as clients send it</source>
        <translation>客户端发送的模型名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Input:</source>
        <translation>输入(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache &amp;read:</source>
        <translation>缓存读取(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write (&amp;5 min):</source>
        <translation>缓存写入（&amp;5 分钟）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write (&amp;1 hour):</source>
        <translation>缓存写入（&amp;1 小时）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Output:</source>
        <translation>输出(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;easoning:</source>
        <translation>推理(&amp;E)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This model has long-context tiers; a price set here applies to every request size.</source>
        <translation>此模型有长上下文分档定价；此处设置的价格将适用于所有请求大小。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name the model.</source>
        <translation>请输入模型名称。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a price: enter dollars per 1M tokens, like 2.50.</source>
        <translation>“%1”不是有效的价格：请输入每百万 Token 的美元价格，例如 2.50。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter at least one rate.</source>
        <translation>请至少输入一项单价。</translation>
    </message>
    <message>
        <source>No request can name this model: at most %1 characters, without line breaks or other control characters.</source>
        <translation>任何请求都无法使用此模型名：最多 %1 个字符，且不能包含换行符或其他控制字符。</translation>
    </message>
    <message>
        <source>%1 is more than any model costs: at most %2 per 1M tokens.</source>
        <translation>%1 超过任何模型的价格：每 100 万 token 最多 %2。</translation>
    </message>
</context>
<context>
    <name>Ui::PricesModel</name>
    <message numerus="yes">
        <location filename="../ui/prices/pricesmodel.cpp" line="+108"/>
        <source>%Ln request(s) to this model have no price, so their cost is unknown. Select it and choose Set price….</source>
        <translation>
            <numerusform>发往此模型的 %Ln 次请求没有价格，因此费用未知。请选中该模型并选择“设置价格…”。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Above %1 input tokens: input %2, output %3</source>
        <translation>输入超过 %1 Token：输入 %2，输出 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, since %2</source>
        <translation>%1，自 %2 起生效</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unpriced</source>
        <translation>未定价</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unpriced request(s)</source>
        <translation>
            <numerusform>%Ln 次未定价请求</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>as output</source>
        <translation>按输出计</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>above %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache read</source>
        <translation>缓存读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write
5 min</source>
        <translation>缓存写入
5 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write
1 hour</source>
        <translation>缓存写入
1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-context
tiers</source>
        <translation>长上下文
分档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source
since</source>
        <translation>来源
生效时间</translation>
    </message>
</context>
<context>
    <name>Ui::PricesPage</name>
    <message>
        <location filename="../ui/prices/pricespage.cpp" line="+40"/>
        <source>Models &amp; prices</source>
        <translation>模型与价格</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search models (Ctrl+F)</source>
        <translation>搜索模型 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Set price…</source>
        <translation>设置价格(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import price map…</source>
        <translation>导入价格表(&amp;I)…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Prices in USD per 1M tokens.</source>
        <translation>价格单位：美元/百万 Token。</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%Ln model(s) served without a price, listed first: their cost stays unknown until you select one and choose Set price…</source>
        <translation>
            <numerusform>有 %Ln 个模型在没有价格的情况下被调用（列在最前）：在您选中模型并选择“设置价格…”之前，其费用将一直未知。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Price of %1 set.</source>
        <translation>已设置 %1 的价格。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not set the price: %1</source>
        <translation>无法设置价格：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import price map</source>
        <translation>导入价格表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price map (*.json);;All files (*)</source>
        <translation>价格表 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln new or changed price(s)</source>
        <translation>
            <numerusform>%Ln 个新增或变更的价格</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(kept your own price for %1)</source>
        <translation>（%1 保留您自己设置的价格）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>(skipped %Ln model(s) with a price or name Tollgate cannot use; point here to see them)</source>
        <translation>
            <numerusform>（已跳过 %Ln 个价格或名称无法使用的模型；将指针移到此处可查看）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ProviderDialog</name>
    <message>
        <location filename="../ui/providers/providerdialog.cpp" line="+24"/>
        <source>Edit provider</source>
        <translation>编辑提供商</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add provider</source>
        <translation>添加提供商</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OpenAI-compatible</source>
        <translation>OpenAI 兼容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store an API &amp;key</source>
        <translation>存储 API 密钥(&amp;K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stored; type to replace it</source>
        <translation>已存储；输入新值即可替换</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the provider&apos;s secret key</source>
        <translation>提供商的 API 密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read it from an &amp;environment variable</source>
        <translation>从环境变量读取(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No credential (a local server)</source>
        <translation>无凭据（本地服务器）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Credential:</source>
        <translation>凭据：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>all models; or globs like gpt-4o*, claude-*</source>
        <translation>所有模型；或通配符，如 gpt-4o*, claude-*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Models:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lower numbers are tried first; the next provider serving the model is the fallback.</source>
        <translation>数字越小越先尝试；提供该模型的下一个提供商将作为备用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Enter the API key, or choose another kind of credential.</source>
        <translation>请输入 API 密钥，或选择其他类型的凭据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the environment variable that holds the key.</source>
        <translation>请输入存放该密钥的环境变量名称。</translation>
    </message>
    <message>
        <source>A provider named &quot;%1&quot; already exists: choose another name, or edit that one.</source>
        <translation>名为“%1”的提供商已存在：请选择其他名称，或编辑该提供商。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the provider: at most %1 characters, without spaces at either end.</source>
        <translation>请为提供商命名：最多 %1 个字符，首尾不能有空格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A provider name cannot contain &apos;/&apos;: it pins models as provider/model.</source>
        <translation>提供商名称不能包含“/”：它用于以 提供商/模型 的形式固定模型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must start with http:// or https:// and name a host, like https://api.openai.com/v1.</source>
        <translation>基础 URL 必须以 http:// 或 https:// 开头并包含主机名，例如 https://api.openai.com/v1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not carry a user or password: give the key as an API key.</source>
        <translation>基础 URL 不能包含用户名或密码：请将密钥作为 API 密钥提供。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the name of an environment variable, like OPENAI_API_KEY, not the key itself.</source>
        <translation>请填写环境变量的名称（例如 OPENAI_API_KEY），而不是密钥本身。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not have a query (?…) or a fragment (#…).</source>
        <translation>基础 URL 不能包含查询（?…）或片段（#…）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The priority cannot be negative.</source>
        <translation>优先级不能为负数。</translation>
    </message>
    <message>
        <source>Anthropic&apos;s base URL has no /v1 (the SDK&apos;s is https://api.anthropic.com): requests would go to %1/v1/messages.</source>
        <translation>Anthropic 的基础 URL 不带 /v1（SDK 使用 https://api.anthropic.com）：请求会发往 %1/v1/messages。</translation>
    </message>
    <message>
        <source>An OpenAI-compatible base URL names its API version (the SDK&apos;s is https://api.openai.com/v1): requests would go to %1/chat/completions.</source>
        <translation>OpenAI 兼容的基础 URL 应包含 API 版本（SDK 使用 https://api.openai.com/v1）：请求会发往 %1/chat/completions。</translation>
    </message>
    <message>
        <source>%1 is plain http:// to another machine: its API key and every prompt would cross the network unencrypted (https:// encrypts them).</source>
        <translation>%1 是发往另一台机器的明文 http://：其 API 密钥和每个提示词都会未加密地经过网络（https:// 会加密）。</translation>
    </message>
    <message>
        <source>%1 ends in an endpoint; the base URL is what the SDKs add endpoints to (https://api.openai.com/v1, https://api.anthropic.com).</source>
        <translation>%1 以某个端点结尾；基础 URL 是 SDK 在其后追加端点的地址（https://api.openai.com/v1、https://api.anthropic.com）。</translation>
    </message>
</context>
<context>
    <name>Ui::ProvidersModel</name>
    <message>
        <location filename="../ui/providers/providersmodel.cpp" line="+31"/>
        <source>stored secret</source>
        <translation>已存储的密钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stored in %1</source>
        <translation>存储于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment: %1</source>
        <translation>环境变量：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>all models</source>
        <translation>所有模型</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>environment: %1 (not set: requests skip this provider)</source>
        <translation>环境变量：%1（未设置：请求会跳过此提供商）</translation>
    </message>
</context>
<context>
    <name>Ui::ProvidersPage</name>
    <message>
        <location filename="../ui/providers/providerspage.cpp" line="+82"/>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway sends each request to the first provider (lowest priority number) whose models match, and falls back to the next one when it fails.</source>
        <translation>网关会将每个请求发送给模型匹配的第一个提供商（优先级数字最小者），失败时回退到下一个。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Provider %1 saved.</source>
        <translation>已保存提供商“%1”。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider %1 added.</source>
        <translation>已添加提供商“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save provider %1: %2</source>
        <translation>无法保存提供商“%1”：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove provider</source>
        <translation>移除提供商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove provider %1? Its stored API key is deleted too. Traces it served stay in the ledger.</source>
        <translation>要移除提供商“%1”吗？其存储的 API 密钥也会被删除。它处理过的追踪记录仍保留在账本中。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Provider %1 removed.</source>
        <translation>已移除提供商“%1”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not remove provider %1: %2</source>
        <translation>无法移除提供商“%1”：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: no answer after %2 ms: %3</source>
        <translation>%1：%2 ms 内无响应：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2 in %3 ms: it works.</source>
        <translation>%1 在 %3 ms 内返回了 HTTP %2：工作正常。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2 (%3) in %4 ms.</source>
        <translation>%1 在 %4 ms 内返回了 HTTP %2（%3）。</translation>
    </message>
    <message>
        <source>%1 cannot be tested: %2</source>
        <translation>无法测试 %1：%2</translation>
    </message>
    <message>
        <source>$%1, which holds its API key, is not set (or holds no key) where Tollgate runs.</source>
        <translation>保存其 API 密钥的 $%1 在 Tollgate 运行的环境中未设置（或不含密钥）。</translation>
    </message>
    <message>
        <source>the API key stored for it cannot be read (a locked keyring?). Set it again with Edit.</source>
        <translation>无法读取为其存储的 API 密钥（密钥环已锁定？）。请通过“编辑”重新设置。</translation>
    </message>
</context>
<context>
    <name>Ui::SecretDialog</name>
    <message>
        <location filename="../ui/keys/secretdialog.cpp" line="+15"/>
        <source>New secret for &quot;%1&quot;</source>
        <translation>“%1”的新密钥值</translation>
    </message>
</context>
<context>
    <name>Ui::SecretPanel</name>
    <message>
        <location filename="../ui/keys/secretpanel.cpp" line="+31"/>
        <source>Secret</source>
        <translation>密钥值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Point your tools at Tollgate (paste into a shell):</source>
        <translation>将您的工具指向 Tollgate（粘贴到 shell 中）：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy &amp;snippets</source>
        <translation>复制代码片段(&amp;S)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&lt;b&gt;The secret of &quot;%1&quot; is shown only this once.&lt;/b&gt; Copy it now: Tollgate keeps only its fingerprint and cannot show it again.</source>
        <translation>&lt;b&gt;“%1”的密钥值仅显示这一次。&lt;/b&gt;请立即复制：Tollgate 只保存其指纹，无法再次显示。</translation>
    </message>
    <message>
        <source>The secret is on the clipboard.</source>
        <translation>密钥已复制到剪贴板。</translation>
    </message>
    <message>
        <source>The snippets are on the clipboard.</source>
        <translation>代码片段已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>Ui::SettingsPage</name>
    <message>
        <location filename="../ui/settings/settingspage.cpp" line="+71"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen &amp;address:</source>
        <translation>监听地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other machines can reach this address: anyone on the network with a key can spend through it.</source>
        <translation>其他机器可以访问此地址：网络上任何持有密钥的人都能通过它产生支出。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new address or port applies the next time Tollgate starts.</source>
        <translation>新的地址或端口将在 Tollgate 下次启动时生效。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data directory:</source>
        <translation>数据目录：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ledger lives here. Start Tollgate with --data DIR or TOLLGATE_DATA to use another one.</source>
        <translation>账本存放在此处。如需使用其他目录，请通过 --data DIR 或 TOLLGATE_DATA 启动 Tollgate。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window and tray</source>
        <translation>窗口和托盘</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Tollgate starts.</source>
        <translation>新的语言将在 Tollgate 下次启动时生效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;minimised to the tray</source>
        <translation>启动时最小化到托盘(&amp;M)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep the gateway serving from the tray when the window closes</source>
        <translation>关闭窗口后仍在托盘中保持网关运行(&amp;K)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start Tollgate when I &amp;log in</source>
        <translation>登录时启动 Tollgate(&amp;L)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Week starts on:</source>
        <translation>每周起始日(&amp;W)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warn when &amp;credit falls under:</source>
        <translation>剩余额度低于此值时提醒(&amp;C)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tollgate also notifies you when a key reaches 80% and 100% of its spend cap.</source>
        <translation>当密钥达到其支出上限的 80% 和 100% 时，Tollgate 也会通知您。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an IP address (for example 127.0.0.1 or ::1).</source>
        <translation>“%1”不是 IP 地址（例如 127.0.0.1 或 ::1）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter an amount in dollars, like 5 or 2.50.</source>
        <translation>请输入美元金额，例如 5 或 2.50。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not change the login item: %1</source>
        <translation>无法更改登录启动项：%1</translation>
    </message>
</context>
<context>
    <name>Ui::SpendChart</name>
    <message>
        <location filename="../ui/overview/spendchart.cpp" line="+29"/>
        <source>Spend per day by key</source>
        <translation>各密钥每日支出</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Ui::TraceDetailPane</name>
    <message>
        <location filename="../ui/traces/tracedetailpane.cpp" line="+25"/>
        <source>Select a trace to see all of its fields.</source>
        <translation>选择一条追踪记录以查看其全部字段。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Trace ID:</source>
        <translation>追踪 ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC):</source>
        <translation>时间 (UTC)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint:</source>
        <translation>端点：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streamed:</source>
        <translation>流式传输：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model asked:</source>
        <translation>请求的模型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model served:</source>
        <translation>实际使用的模型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>提供商：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status:</source>
        <translation>HTTP 状态码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts:</source>
        <translation>尝试次数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency / TTFT:</source>
        <translation>延迟 / TTFT：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tokens:</source>
        <translation>输入 Token：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache reads:</source>
        <translation>缓存读取：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache writes (1 h):</source>
        <translation>缓存写入（1 小时）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output tokens:</source>
        <translation>输出 Token：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning tokens:</source>
        <translation>推理 Token：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price version:</source>
        <translation>价格版本：</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(no key)</source>
        <translation>（无密钥）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
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
        <translation>无（未转发）</translation>
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
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Ui::TracesPage</name>
    <message>
        <location filename="../ui/traces/tracespage.cpp" line="+92"/>
        <source>&lt;h2&gt;Traces&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;追踪记录&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export traces or totals to CSV (%1)</source>
        <translation>将追踪记录或汇总导出为 CSV (%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fro&amp;m:</source>
        <translation>从(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>到(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All keys</source>
        <translation>所有密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All models</source>
        <translation>所有模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;del:</source>
        <translation>模型(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All providers</source>
        <translation>所有提供商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider:</source>
        <translation>提供商(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success (2xx)</source>
        <translation>成功 (2xx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client errors (4xx)</source>
        <translation>客户端错误 (4xx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server errors (5xx)</source>
        <translation>服务器错误 (5xx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any outcome</source>
        <translation>任意结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O&amp;utcome:</source>
        <translation>结果(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any cost</source>
        <translation>任意费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpriced</source>
        <translation>未定价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost:</source>
        <translation>费用(&amp;C)：</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>No traces match.</source>
        <translation>没有匹配的追踪记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 loaded, more as you scroll</source>
        <translation>已加载 %1 条，滚动可加载更多</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln trace(s)</source>
        <translation>
            <numerusform>%Ln 条追踪记录</numerusform>
        </translation>
    </message>
    <message>
        <source>No traces yet: every request through the gateway is listed here.</source>
        <translation>还没有跟踪记录：经过网关的每个请求都会列在这里。</translation>
    </message>
</context>
<context>
    <name>Ui::TracesTableModel</name>
    <message>
        <location filename="../ui/traces/tracestablemodel.cpp" line="+132"/>
        <source>unpriced</source>
        <translation>未定价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>~%1 (estimated)</source>
        <translation>~%1（估算）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no key)</source>
        <translation>（无密钥）</translation>
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
        <translation>此模型没有已知价格：费用未知，而不是零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated: a rate or the usage had to be guessed.</source>
        <translation>估算：单价或用量为推测值。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cached</source>
        <translation>缓存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
</context>
<context>
    <name>Ui::TrayController</name>
    <message>
        <location filename="../ui/tray/traycontroller.cpp" line="+55"/>
        <source>&amp;Show Tollgate</source>
        <translation>显示 Tollgate(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy gateway URL</source>
        <translation>复制网关 URL(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tollgate</source>
        <translation>Tollgate</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The gateway is not running</source>
        <translation>网关未运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tollgate cannot listen: %1</source>
        <translation>Tollgate 无法监听：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Tollgate: %1 today + %Ln unpriced request(s)</source>
        <translation>
            <numerusform>Tollgate：今日 %1 + %Ln 次未定价请求</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tollgate: %1 today</source>
        <translation>Tollgate：今日 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key at its spend cap</source>
        <translation>密钥已达支出上限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key near its spend cap</source>
        <translation>密钥接近支出上限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit running low</source>
        <translation>剩余额度不足</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key &quot;%1&quot; has spent %2 of its %3 cap (%4%).</source>
        <translation>密钥“%1”已支出 %2，达到其上限 %3 的 %4%。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key &quot;%1&quot; has spent %2 and reached its %3 cap: its requests are refused.</source>
        <translation>密钥“%1”已支出 %2，达到其上限 %3：其请求将被拒绝。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of credit left, under your warning threshold of %2.</source>
        <translation>剩余额度为 %1，已低于您设置的提醒阈值 %2。</translation>
    </message>
</context>
<context>
    <name>Ui::WeeklyPage</name>
    <message>
        <location filename="../ui/weekly/weeklypage.cpp" line="+71"/>
        <source>Weekly review</source>
        <translation>每周回顾</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous week (Alt+Left)</source>
        <translation>上一周 (Alt+Left)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next week (Alt+Right)</source>
        <translation>下一周 (Alt+Right)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keys by spend</source>
        <translation>各密钥支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (new ones are model drift)</source>
        <translation>模型（新出现的模型即模型漂移）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys at 80 % of their cap or more</source>
        <translation>已达上限 80% 及以上的密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpriced traffic</source>
        <translation>未定价流量</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This week, %1 – %2</source>
        <translation>本周，%1 – %2</translation>
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
            <numerusform>%Ln 次请求共支出 &lt;b&gt;%1&lt;/b&gt;（上周为 %3，变化 %2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Spent &lt;b&gt;%1&lt;/b&gt; so far (%2 against %3 by the same time last week) on %Ln request(s).</source>
        <translation>
            <numerusform>截至目前 %Ln 次请求共支出 &lt;b&gt;%1&lt;/b&gt;（上周同期为 %3，变化 %2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln new model(s).</source>
        <translation>
            <numerusform>%Ln 个新模型。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln key(s) with prompt bloat.</source>
        <translation>
            <numerusform>%Ln 个密钥出现提示词膨胀。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln key(s) at 80 % of the cap or more.</source>
        <translation>
            <numerusform>%Ln 个密钥已达上限的 80% 及以上。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unpriced traffic on %Ln model(s).</source>
        <translation>
            <numerusform>%Ln 个模型有未定价流量。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the weekly review</source>
        <translation>导出每周回顾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>No requests that week.</source>
        <translation>那一周没有请求。</translation>
    </message>
    <message>
        <source>No requests this week yet.</source>
        <translation>本周还没有请求。</translation>
    </message>
    <message numerus="yes">
        <source>The week before: %1 on %Ln request(s).</source>
        <translation>
            <numerusform>前一周：%Ln 个请求，%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last week by this time: %1 on %Ln request(s).</source>
        <translation>
            <numerusform>上周同一时间：%Ln 个请求，%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>Ui::WeeklyReviewModel</name>
    <message>
        <location filename="../ui/weekly/weeklyreviewmodel.cpp" line="+17"/>
        <source>new</source>
        <translation>新增</translation>
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
        <translation>提示词膨胀：每个请求的平均输入比上周增长了 %1% 或更多。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 + %Ln unpriced</source>
        <translation>
            <numerusform>%1 + %Ln 次未定价</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1  prompt bloat</source>
        <translation>%1  提示词膨胀</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Model drift: not used last week.</source>
        <translation>模型漂移：上周未使用。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1  (new this week)</source>
        <translation>%1  （本周新增）</translation>
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
        <translation>%1% — 已达上限</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+5"/>
        <source>Same days last week</source>
        <translation>上周同期</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+9"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+5"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Avg input</source>
        <translation>平均输入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avg input change</source>
        <translation>平均输入变化</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>使用率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input tokens</source>
        <translation>输入 Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output tokens</source>
        <translation>输出 Token</translation>
    </message>
</context>
<context>
    <name>Ui::CsvExportJob</name>
    <message>
        <source>the ledger could not be read in full (%1), so no file was written</source>
        <translation>账本无法完整读取（%1），因此未写入任何文件</translation>
    </message>
</context>
</TS>
