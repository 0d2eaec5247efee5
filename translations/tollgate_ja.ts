<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
        <translation>このデータディレクトリは、別の Tollgate (%1) が既に使用しています:
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the ledger: %1</source>
        <translation>台帳を開けません: %1</translation>
    </message>
    <message>
        <source>Cannot take this data directory: %1</source>
        <translation>このデータディレクトリを使用できません: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tollgate is still running</source>
        <translation>Tollgate は実行中です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gateway keeps serving. Quit from the tray icon&apos;s menu.</source>
        <translation>ゲートウェイは引き続き動作しています。終了するには、トレイアイコンのメニューを使用してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listen address ignored</source>
        <translation>待ち受けアドレスを無視しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; listening on the default address instead.</source>
        <translation>%1。代わりにデフォルトのアドレスで待ち受けています。</translation>
    </message>
    <message>
        <source>A provider lacks its API key</source>
        <translation>プロバイダーの API キーがありません</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot;: the API key stored for it cannot be read (a locked keyring, or %2 damaged or without it). Requests routed to it go to the next provider, else get 502.</source>
        <translation>プロバイダー「%1」: 保存された API キーを読み取れません (キーリングがロックされているか、%2 が壊れているか、キーが含まれていません)。このプロバイダー宛てのリクエストは次のプロバイダーに送られ、なければ 502 になります。</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; takes its API key from $%2, which is not set or empty. Requests routed to it go to the next provider, else get 502.</source>
        <translation>プロバイダー「%1」は API キーを $%2 から取りますが、この変数は未設定か空です。このプロバイダー宛てのリクエストは次のプロバイダーに送られ、なければ 502 になります。</translation>
    </message>
</context>
<context>
    <name>Ui::CapChart</name>
    <message>
        <location filename="../ui/overview/capchart.cpp" line="+25"/>
        <source>Spend vs cap: no key has a spend cap</source>
        <translation>支出と上限: 支出上限が設定されたキーはありません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spend vs cap (lifetime)</source>
        <translation>支出と上限（累計）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Below 80 %</source>
        <translation>80%未満</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 % or more</source>
        <translation>80%以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap reached</source>
        <translation>上限到達</translation>
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
        <translation>クレジット</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>USD, e.g. 50</source>
        <translation>USD（例: 50）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note (optional)</source>
        <translation>メモ（任意）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;dd credit</source>
        <translation>クレジットを追加(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amou&amp;nt:</source>
        <translation>金額(&amp;N):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Turn the credit limit off…</source>
        <translation>クレジット上限をオフにする(&amp;T)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The limit is on: %1 left of %2 added since %3. When it is spent, the gateway answers 402 until you add more.</source>
        <translation>上限はオンです: %3 以降に追加した %2 のうち残りは %1 です。使い切ると、追加するまでゲートウェイは 402 を返します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The limit is off: the gateway spends without one (each key&apos;s own cap still applies). Adding credit turns it on.</source>
        <translation>上限はオフです: ゲートウェイは上限なしで使います（各キーの上限は引き続き適用されます）。クレジットを追加するとオンになります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add an amount above zero.</source>
        <translation>0 より大きい金額を入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not added: %1</source>
        <translation>追加されませんでした: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn the credit limit off? The gateway then spends without one; each key&apos;s own cap still applies. A later top-up starts afresh: what is left now is not carried over.</source>
        <translation>クレジット上限をオフにしますか？ゲートウェイは上限なしで使うようになります。各キーの上限は引き続き適用されます。後で追加すると最初からやり直しになり、現在の残高は引き継がれません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not turned off: %1</source>
        <translation>オフにできませんでした: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an amount in dollars, like 50 or 2.50 (no digit grouping, at most nine decimals).</source>
        <translation>ドル建ての金額を入力してください（例: 50 または 2.50。桁区切りなし、小数は 9 桁まで）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at most %1 at a time.</source>
        <translation>一度に追加できるのは %1 までです。</translation>
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
        <translation>M月d日(ddd)</translation>
    </message>
</context>
<context>
    <name>Ui::EditCapsDialog</name>
    <message>
        <location filename="../ui/keys/editcapsdialog.cpp" line="+20"/>
        <source>Limits of &quot;%1&quot;</source>
        <translation>「%1」の制限</translation>
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
        <translation>CSVエクスポート</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Traces, one row per request</source>
        <translation>トレース（1リクエストにつき1行）(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tota&amp;ls, grouped by:</source>
        <translation>次の単位で集計(&amp;L):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Key</source>
        <translation>キー(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Provider</source>
        <translation>プロバイダー(&amp;P)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No filters from the Traces page</source>
        <translation>トレースページのフィルターはありません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O&amp;nly traces matching: %1</source>
        <translation>次の条件に一致するトレースのみ(&amp;N): %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;All time</source>
        <translation>全期間(&amp;A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;From</source>
        <translation>開始日(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <translation>終了日(&amp;O)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dates:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ile:</source>
        <translation>ファイル(&amp;I):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 rows written…</source>
        <translation>%1 / %2 行を書き込み中…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>key %1</source>
        <translation>キー %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model %1</source>
        <translation>モデル %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider %1</source>
        <translation>プロバイダー %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outcome %1</source>
        <translation>結果 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status %1–%2</source>
        <translation>ステータス %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cost %1</source>
        <translation>コスト %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 以降</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>%1 より前</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSVファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The end date is before the start date.</source>
        <translation>終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%1 に %Ln 行を書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled; no file was written.</source>
        <translation>エクスポートをキャンセルしました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 は既に存在します。置き換えますか？</translation>
    </message>
</context>
<context>
    <name>Ui::KeyLimitsForm</name>
    <message>
        <location filename="../ui/keys/keylimitsform.cpp" line="+40"/>
        <source>e.g. ci-pipeline</source>
        <translation>例: ci-pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cap (USD, e.g. 25 or 2.50)</source>
        <translation>上限なし（USD。例: 25、2.50）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;spend:</source>
        <translation>支出上限(&amp;S):</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Requests</source>
        <translation>リクエスト数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per second</source>
        <translation>毎秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per minute</source>
        <translation>毎分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per hour</source>
        <translation>毎時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate period</source>
        <translation>レート制限の単位期間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rate limit:</source>
        <translation>レート制限(&amp;R):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tokens per minute:</source>
        <translation>1分あたりのトークン数(&amp;T):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All models (or globs: gpt-4o*, claude-*)</source>
        <translation>すべてのモデル（または glob: gpt-4o*, claude-*）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed &amp;models:</source>
        <translation>許可するモデル(&amp;M):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Works until</source>
        <translation>有効期限（この日まで）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xpiry:</source>
        <translation>有効期限(&amp;X):</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Enter a name for the key.</source>
        <translation>キーの名前を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name must not start or end with spaces.</source>
        <translation>名前の先頭と末尾には空白を使用できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key named &quot;%1&quot; already exists.</source>
        <translation>「%1」という名前のキーは既に存在します。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+35"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Enter an amount in dollars, like 25 or 2.50 (no digit grouping, at most nine decimals).</source>
        <translation>金額をドル単位で入力してください（例: 25、2.50。桁区切りなし、小数は 9 桁まで）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A spend cap cannot be negative.</source>
        <translation>支出上限に負の値は指定できません。</translation>
    </message>
    <message>
        <source>A cap of $0 refuses every request of this key.</source>
        <translation>上限 $0 では、このキーのリクエストはすべて拒否されます。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Separate model names with single commas; an empty name allows nothing.</source>
        <translation>モデル名はカンマ1つで区切ってください。空の名前はどのモデルも許可しません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The last day cannot be in the past.</source>
        <translation>最終日に過去の日付は指定できません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: %1</source>
        <translation>保存されていません: %1</translation>
    </message>
    <message>
        <source>The key works through the end of this day, then stops.</source>
        <translation>キーはこの日の終わりまで使え、その後は使えなくなります。</translation>
    </message>
    <message>
        <source>A spend cap can be at most %1.</source>
        <translation>支出上限は最大 %1 です。</translation>
    </message>
</context>
<context>
    <name>Ui::KeysPage</name>
    <message>
        <location filename="../ui/keys/keyspage.cpp" line="+92"/>
        <source>&amp;New key…</source>
        <translation>新しいキー(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit caps…</source>
        <translation>上限を編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;otate…</source>
        <translation>ローテーション(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>失効(&amp;V)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Keys&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;キー&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter keys (Ctrl+F)</source>
        <translation>キーを絞り込み (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No keys yet. Create one with New key (%1).</source>
        <translation>キーはまだありません。「新しいキー」(%1) で作成してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>キー %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln active</source>
        <translation>
            <numerusform>有効 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+18"/>
        <source>Rotate key</source>
        <translation>キーのローテーション</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Give &quot;%1&quot; a new secret? The current secret stops working at once; every client using it must be updated.</source>
        <translation>「%1」に新しいシークレットを発行しますか？現在のシークレットはただちに使えなくなるため、それを使用しているすべてのクライアントを更新する必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rotate &quot;%1&quot;</source>
        <translation>「%1」をローテーション(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key was not rotated: %1</source>
        <translation>キーをローテーションできませんでした: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+18"/>
        <source>Revoke key</source>
        <translation>キーの失効</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Revoke &quot;%1&quot;? Requests with it are refused from now on. Revocation is permanent.</source>
        <translation>「%1」を失効させますか？今後、このキーを使ったリクエストはすべて拒否されます。失効は取り消せません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revoke &quot;%1&quot;</source>
        <translation>「%1」を失効(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key was not revoked: %1</source>
        <translation>キーを失効できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Ui::KeysTableModel</name>
    <message>
        <location filename="../ui/keys/keystablemodel.cpp" line="+76"/>
        <source>Revoked</source>
        <translation>失効済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 + %Ln unpriced</source>
        <translation>
            <numerusform>%1 + 価格未設定 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cap</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All models</source>
        <translation>すべてのモデル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Expires %1</source>
        <translation>有効期限: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefix</source>
        <translation>プレフィックス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent this month</source>
        <translation>今月の支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend cap</source>
        <translation>支出上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limit</source>
        <translation>レート制限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/min</source>
        <translation>トークン/分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed models</source>
        <translation>許可するモデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>制限なし</translation>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>CSVエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting the gateway…</source>
        <translation>ゲートウェイを起動しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to copy the gateway&apos;s base URL</source>
        <translation>クリックしてゲートウェイのベースURLをコピー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1/v1</source>
        <translation>%1/v1 をコピーしました</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Gateway %1/v1</source>
        <translation>ゲートウェイ %1/v1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gateway not running: %1</source>
        <translation>ゲートウェイは停止中です: %1</translation>
    </message>
    <message>
        <source>Ledger file gone: restart Tollgate</source>
        <translation>台帳ファイルがありません: Tollgate を再起動してください</translation>
    </message>
    <message>
        <source>Ledger lost</source>
        <translation>台帳が失われました</translation>
    </message>
    <message>
        <source>The ledger file %1 was deleted or replaced while Tollgate ran. The gateway refuses every request, since none could be booked, and the window shows the lost file&apos;s figures. Quit and start Tollgate again: it opens the file at that path, or creates a new one.</source>
        <translation>Tollgate の実行中に台帳ファイル %1 が削除または置き換えられました。記録できないため、ゲートウェイはすべてのリクエストを拒否しています。ウィンドウには失われたファイルの数値が表示されています。Tollgate を終了して起動し直してください。そのパスのファイルを開くか、新しいファイルを作成します。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 req/s</source>
        <translation>%1 件/秒</translation>
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
            <numerusform> + 価格未設定 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit %1</source>
        <translation>クレジット残高 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit off</source>
        <translation>クレジット上限: オフ</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/pages.cpp" line="+19"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traces</source>
        <translation>トレース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly review</source>
        <translation>週次レビュー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models &amp; prices</source>
        <translation>モデルと価格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>設定</translation>
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
            <numerusform>（ほか %Ln 件）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to dismiss.</source>
        <translation>クリックで閉じます。</translation>
    </message>
    <message>
        <source>Click to try again now; Tollgate also tries every few seconds. The port is set in Settings.</source>
        <translation>クリックすると今すぐ再試行します。Tollgate も数秒ごとに再試行します。ポートは設定で指定します。</translation>
    </message>
</context>
<context>
    <name>Ui::ModelShareChart</name>
    <message>
        <location filename="../ui/overview/modelsharechart.cpp" line="+25"/>
        <source>Spend by model</source>
        <translation>モデル別の支出</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%2 % · %1</source>
        <translation>%2% · %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spend by model: no priced traffic in this range</source>
        <translation>モデル別の支出: この期間に価格設定済みのトラフィックはありません</translation>
    </message>
</context>
<context>
    <name>Ui::NewKeyDialog</name>
    <message>
        <location filename="../ui/keys/newkeydialog.cpp" line="+36"/>
        <source>New key</source>
        <translation>新しいキー</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;reate key</source>
        <translation>キーを作成(&amp;R)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Key &quot;%1&quot; created</source>
        <translation>キー「%1」を作成しました</translation>
    </message>
</context>
<context>
    <name>Ui::OverviewPage</name>
    <message>
        <location filename="../ui/overview/overviewpage.cpp" line="+61"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;%1 days</source>
        <translation>&amp;%1日間</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>through the gateway</source>
        <translation>ゲートウェイ経由</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>requests without a price</source>
        <translation>価格未設定のリクエスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>リクエスト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit left</source>
        <translation>クレジット残高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpriced</source>
        <translation>価格未設定</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>last %Ln day(s)</source>
        <translation>
            <numerusform>過去%Ln日間</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 % of %2 since %3</source>
        <translation>%3以降の %2 のうち %1%</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the credit limit is off</source>
        <translation>クレジット上限はオフです</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;Getting started.&lt;/b&gt; Tollgate forwards each call to your provider with your own API key. Add a provider first: %1 (or &lt;nobr&gt;&lt;code&gt;tollgate providers add&lt;/code&gt;&lt;/nobr&gt;).</source>
        <translation>&lt;b&gt;はじめに。&lt;/b&gt; Tollgate は各呼び出しをあなた自身の API キーでプロバイダーへ転送します。まずプロバイダーを追加してください: %1（または &lt;nobr&gt;&lt;code&gt;tollgate providers add&lt;/code&gt;&lt;/nobr&gt;）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Next:&lt;/b&gt; create a key for each app or teammate (%1, or &lt;nobr&gt;&lt;code&gt;tollgate keys create&lt;/code&gt;&lt;/nobr&gt;) and point its OpenAI or Anthropic SDK at the gateway address shown at the bottom of this window. Every call is then booked here.</source>
        <translation>&lt;b&gt;次に:&lt;/b&gt; アプリやチームメンバーごとにキーを作成し（%1、または &lt;nobr&gt;&lt;code&gt;tollgate keys create&lt;/code&gt;&lt;/nobr&gt;）、その OpenAI または Anthropic SDK の接続先をこのウィンドウ下部に表示されているゲートウェイのアドレスにしてください。以後、すべての呼び出しがここに記録されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>Ui::PriceOverrideDialog</name>
    <message>
        <location filename="../ui/prices/priceoverridedialog.cpp" line="+30"/>
        <source>Set price</source>
        <translation>価格を設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD per 1M tokens. Leave a field empty to keep its current rate; an empty reasoning rate bills reasoning tokens as output.</source>
        <translation>100万トークンあたりのUSDで指定します。空欄の項目は現在の単価のままです。推論の単価が空欄の場合、推論トークンは出力として課金されます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>model name as clients send it</source>
        <translation>クライアントが送信するモデル名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Input:</source>
        <translation>入力(&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache &amp;read:</source>
        <translation>キャッシュ読み取り(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write (&amp;5 min):</source>
        <translation>キャッシュ書き込み (&amp;5分):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write (&amp;1 hour):</source>
        <translation>キャッシュ書き込み (&amp;1時間):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Output:</source>
        <translation>出力(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;easoning:</source>
        <translation>推論(&amp;E):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This model has long-context tiers; a price set here applies to every request size.</source>
        <translation>このモデルにはロングコンテキスト用の価格帯があります。ここで設定した価格は、すべてのリクエストサイズに適用されます。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name the model.</source>
        <translation>モデル名を入力してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a price: enter dollars per 1M tokens, like 2.50.</source>
        <translation>「%1」は価格として認識できません。100万トークンあたりのドル額を入力してください（例: 2.50）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter at least one rate.</source>
        <translation>単価を1つ以上入力してください。</translation>
    </message>
    <message>
        <source>No request can name this model: at most %1 characters, without line breaks or other control characters.</source>
        <translation>このモデル名はリクエストで指定できません。%1 文字以内で、改行などの制御文字を含めないでください。</translation>
    </message>
    <message>
        <source>%1 is more than any model costs: at most %2 per 1M tokens.</source>
        <translation>%1 はどのモデルの価格よりも高すぎます。100 万トークンあたり最大 %2 です。</translation>
    </message>
</context>
<context>
    <name>Ui::PricesModel</name>
    <message numerus="yes">
        <location filename="../ui/prices/pricesmodel.cpp" line="+108"/>
        <source>%Ln request(s) to this model have no price, so their cost is unknown. Select it and choose Set price….</source>
        <translation>
            <numerusform>このモデルへのリクエスト %Ln 件には価格がないため、コストが不明です。モデルを選択して「価格を設定…」を選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Above %1 input tokens: input %2, output %3</source>
        <translation>入力 %1 トークン超: 入力 %2、出力 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, since %2</source>
        <translation>%1、%2 から適用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unpriced</source>
        <translation>価格未設定</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unpriced request(s)</source>
        <translation>
            <numerusform>価格未設定のリクエスト %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>as output</source>
        <translation>出力と同じ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>above %1</source>
        <translation>%1 超</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache read</source>
        <translation>キャッシュ読み取り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write
5 min</source>
        <translation>キャッシュ書き込み
5分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache write
1 hour</source>
        <translation>キャッシュ書き込み
1時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-context
tiers</source>
        <translation>ロングコンテキスト
価格帯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source
since</source>
        <translation>ソース
適用開始</translation>
    </message>
</context>
<context>
    <name>Ui::PricesPage</name>
    <message>
        <location filename="../ui/prices/pricespage.cpp" line="+40"/>
        <source>Models &amp; prices</source>
        <translation>モデルと価格</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search models (Ctrl+F)</source>
        <translation>モデルを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Set price…</source>
        <translation>価格を設定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import price map…</source>
        <translation>価格マップをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Prices in USD per 1M tokens.</source>
        <translation>価格は100万トークンあたりのUSDです。</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%Ln model(s) served without a price, listed first: their cost stays unknown until you select one and choose Set price…</source>
        <translation>
            <numerusform>価格のないまま利用されたモデルが %Ln 件あり、先頭に表示しています。モデルを選択して「価格を設定…」を選ぶまで、コストは不明のままです。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Price of %1 set.</source>
        <translation>%1 の価格を設定しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not set the price: %1</source>
        <translation>価格を設定できませんでした: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import price map</source>
        <translation>価格マップのインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price map (*.json);;All files (*)</source>
        <translation>価格マップ (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing %1…</source>
        <translation>%1 をインポートしています…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln new or changed price(s)</source>
        <translation>
            <numerusform>新規または変更された価格: %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(kept your own price for %1)</source>
        <translation>（%1 はご自身で設定した価格のままです）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import failed: %1</source>
        <translation>インポートに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>(skipped %Ln model(s) with a price or name Tollgate cannot use; point here to see them)</source>
        <translation>
            <numerusform>(Tollgate で使えない価格または名前のモデル %Ln 件をスキップしました。ここにポインターを置くと表示されます)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ProviderDialog</name>
    <message>
        <location filename="../ui/providers/providerdialog.cpp" line="+24"/>
        <source>Edit provider</source>
        <translation>プロバイダーの編集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add provider</source>
        <translation>プロバイダーの追加</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OpenAI-compatible</source>
        <translation>OpenAI互換</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Base URL:</source>
        <translation>ベースURL(&amp;B):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store an API &amp;key</source>
        <translation>APIキーを保存(&amp;K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stored; type to replace it</source>
        <translation>保存済み。入力すると置き換えます</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the provider&apos;s secret key</source>
        <translation>プロバイダーのシークレットキー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read it from an &amp;environment variable</source>
        <translation>環境変数から読み取る(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No credential (a local server)</source>
        <translation>認証情報なし（ローカルサーバー）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Credential:</source>
        <translation>認証情報:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>all models; or globs like gpt-4o*, claude-*</source>
        <translation>すべてのモデル。または gpt-4o*, claude-* などの glob</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Models:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lower numbers are tried first; the next provider serving the model is the fallback.</source>
        <translation>数値の小さいものから順に試行されます。そのモデルを提供する次のプロバイダーがフォールバック先になります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>優先度(&amp;P):</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Enter the API key, or choose another kind of credential.</source>
        <translation>APIキーを入力するか、別の種類の認証情報を選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the environment variable that holds the key.</source>
        <translation>キーを格納している環境変数の名前を入力してください。</translation>
    </message>
    <message>
        <source>A provider named &quot;%1&quot; already exists: choose another name, or edit that one.</source>
        <translation>「%1」という名前のプロバイダーは既に存在します。別の名前を選ぶか、そのプロバイダーを編集してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the provider: at most %1 characters, without spaces at either end.</source>
        <translation>プロバイダー名を入力してください（%1 文字以内、前後に空白なし）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A provider name cannot contain &apos;/&apos;: it pins models as provider/model.</source>
        <translation>プロバイダー名に「/」は使えません（モデルを プロバイダー/モデル の形で指定するため）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must start with http:// or https:// and name a host, like https://api.openai.com/v1.</source>
        <translation>ベース URL は http:// または https:// で始まり、ホストを含む必要があります（例: https://api.openai.com/v1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not carry a user or password: give the key as an API key.</source>
        <translation>ベース URL にユーザー名やパスワードを含めないでください。キーは API キーとして指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the name of an environment variable, like OPENAI_API_KEY, not the key itself.</source>
        <translation>キーそのものではなく、環境変数の名前（例: OPENAI_API_KEY）を指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not have a query (?…) or a fragment (#…).</source>
        <translation>ベース URL にクエリ（?…）やフラグメント（#…）は使えません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The priority cannot be negative.</source>
        <translation>優先度は負の値にできません。</translation>
    </message>
    <message>
        <source>Anthropic&apos;s base URL has no /v1 (the SDK&apos;s is https://api.anthropic.com): requests would go to %1/v1/messages.</source>
        <translation>Anthropic のベース URL には /v1 を付けません（SDK の既定は https://api.anthropic.com）。このままではリクエストは %1/v1/messages に送られます。</translation>
    </message>
    <message>
        <source>An OpenAI-compatible base URL names its API version (the SDK&apos;s is https://api.openai.com/v1): requests would go to %1/chat/completions.</source>
        <translation>OpenAI 互換のベース URL には API のバージョンを含めます（SDK の既定は https://api.openai.com/v1）。このままではリクエストは %1/chat/completions に送られます。</translation>
    </message>
    <message>
        <source>%1 is plain http:// to another machine: its API key and every prompt would cross the network unencrypted (https:// encrypts them).</source>
        <translation>%1 は別のマシンへの暗号化されていない http:// です。API キーとすべてのプロンプトが暗号化されずにネットワークを通ります (https:// なら暗号化されます)。</translation>
    </message>
    <message>
        <source>%1 ends in an endpoint; the base URL is what the SDKs add endpoints to (https://api.openai.com/v1, https://api.anthropic.com).</source>
        <translation>%1 はエンドポイントで終わっています。ベース URL は SDK がエンドポイントを付け足す URL です (https://api.openai.com/v1、https://api.anthropic.com)。</translation>
    </message>
</context>
<context>
    <name>Ui::ProvidersModel</name>
    <message>
        <location filename="../ui/providers/providersmodel.cpp" line="+31"/>
        <source>stored secret</source>
        <translation>保存済みのシークレット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stored in %1</source>
        <translation>%1 に保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment: %1</source>
        <translation>環境変数: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>all models</source>
        <translation>すべてのモデル</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL</source>
        <translation>ベースURL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential</source>
        <translation>認証情報</translation>
    </message>
    <message>
        <source>environment: %1 (not set: requests skip this provider)</source>
        <translation>環境変数: %1（未設定: リクエストはこのプロバイダーを使いません）</translation>
    </message>
</context>
<context>
    <name>Ui::ProvidersPage</name>
    <message>
        <location filename="../ui/providers/providerspage.cpp" line="+82"/>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway sends each request to the first provider (lowest priority number) whose models match, and falls back to the next one when it fails.</source>
        <translation>ゲートウェイは各リクエストを、モデルが一致する最初のプロバイダー（優先度の数値が最も小さいもの）に送信し、失敗した場合は次のプロバイダーにフォールバックします。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Provider %1 saved.</source>
        <translation>プロバイダー「%1」を保存しました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider %1 added.</source>
        <translation>プロバイダー「%1」を追加しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save provider %1: %2</source>
        <translation>プロバイダー「%1」を保存できませんでした: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove provider</source>
        <translation>プロバイダーの削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove provider %1? Its stored API key is deleted too. Traces it served stay in the ledger.</source>
        <translation>プロバイダー「%1」を削除しますか？保存されているAPIキーも削除されます。このプロバイダーが処理したトレースは台帳に残ります。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Provider %1 removed.</source>
        <translation>プロバイダー「%1」を削除しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not remove provider %1: %2</source>
        <translation>プロバイダー「%1」を削除できませんでした: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Testing %1…</source>
        <translation>%1 をテストしています…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: no answer after %2 ms: %3</source>
        <translation>%1: %2 ms 待っても応答がありません: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2 in %3 ms: it works.</source>
        <translation>%1 から %3 ms で HTTP %2 の応答がありました。正常に動作しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2 (%3) in %4 ms.</source>
        <translation>%1 から %4 ms で HTTP %2 (%3) の応答がありました。</translation>
    </message>
    <message>
        <source>%1 cannot be tested: %2</source>
        <translation>%1 はテストできません: %2</translation>
    </message>
    <message>
        <source>$%1, which holds its API key, is not set (or holds no key) where Tollgate runs.</source>
        <translation>API キーを保持する $%1 が、Tollgate の実行環境で設定されていません (またはキーが入っていません)。</translation>
    </message>
    <message>
        <source>the API key stored for it cannot be read (a locked keyring?). Set it again with Edit.</source>
        <translation>保存されている API キーを読み取れません (キーリングがロックされている?)。「編集」で設定し直してください。</translation>
    </message>
</context>
<context>
    <name>Ui::SecretDialog</name>
    <message>
        <location filename="../ui/keys/secretdialog.cpp" line="+15"/>
        <source>New secret for &quot;%1&quot;</source>
        <translation>「%1」の新しいシークレット</translation>
    </message>
</context>
<context>
    <name>Ui::SecretPanel</name>
    <message>
        <location filename="../ui/keys/secretpanel.cpp" line="+31"/>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Point your tools at Tollgate (paste into a shell):</source>
        <translation>ツールの接続先を Tollgate に設定します（シェルに貼り付けてください）:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy &amp;snippets</source>
        <translation>スニペットをコピー(&amp;S)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&lt;b&gt;The secret of &quot;%1&quot; is shown only this once.&lt;/b&gt; Copy it now: Tollgate keeps only its fingerprint and cannot show it again.</source>
        <translation>&lt;b&gt;「%1」のシークレットが表示されるのは今回だけです。&lt;/b&gt;今すぐコピーしてください。Tollgate はフィンガープリントしか保持しないため、再表示できません。</translation>
    </message>
    <message>
        <source>The secret is on the clipboard.</source>
        <translation>シークレットをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>The snippets are on the clipboard.</source>
        <translation>スニペットをクリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>Ui::SettingsPage</name>
    <message>
        <location filename="../ui/settings/settingspage.cpp" line="+71"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen &amp;address:</source>
        <translation>待ち受けアドレス(&amp;A):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other machines can reach this address: anyone on the network with a key can spend through it.</source>
        <translation>他のマシンからこのアドレスにアクセスできます。ネットワーク上でキーを持つ人は誰でも、ここを経由して支出できます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new address or port applies the next time Tollgate starts.</source>
        <translation>アドレスやポートの変更は、次回 Tollgate の起動時に反映されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data directory:</source>
        <translation>データディレクトリ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ledger lives here. Start Tollgate with --data DIR or TOLLGATE_DATA to use another one.</source>
        <translation>台帳はここに保存されます。別の場所を使うには、--data DIR または TOLLGATE_DATA を指定して Tollgate を起動してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window and tray</source>
        <translation>ウィンドウとトレイ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System</source>
        <translation>システムの設定</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Tollgate starts.</source>
        <translation>言語の変更は、次回 Tollgate の起動時に反映されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;minimised to the tray</source>
        <translation>トレイに最小化した状態で起動(&amp;M)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep the gateway serving from the tray when the window closes</source>
        <translation>ウィンドウを閉じてもトレイでゲートウェイの動作を続ける(&amp;K)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start Tollgate when I &amp;log in</source>
        <translation>ログイン時に Tollgate を起動(&amp;L)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Week starts on:</source>
        <translation>週の始まり(&amp;W):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warn when &amp;credit falls under:</source>
        <translation>クレジット残高がこの額を下回ったら警告(&amp;C):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tollgate also notifies you when a key reaches 80% and 100% of its spend cap.</source>
        <translation>キーが支出上限の80%と100%に達したときにも通知します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an IP address (for example 127.0.0.1 or ::1).</source>
        <translation>「%1」はIPアドレスではありません（例: 127.0.0.1、::1）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter an amount in dollars, like 5 or 2.50.</source>
        <translation>金額をドル単位で入力してください（例: 5、2.50）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not change the login item: %1</source>
        <translation>ログイン項目を変更できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Ui::SpendChart</name>
    <message>
        <location filename="../ui/overview/spendchart.cpp" line="+29"/>
        <source>Spend per day by key</source>
        <translation>キー別の日次支出</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>Ui::TraceDetailPane</name>
    <message>
        <location filename="../ui/traces/tracedetailpane.cpp" line="+25"/>
        <source>Select a trace to see all of its fields.</source>
        <translation>トレースを選択すると、すべての項目が表示されます。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Trace ID:</source>
        <translation>トレースID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>日時:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC):</source>
        <translation>日時 (UTC):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key:</source>
        <translation>キー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint:</source>
        <translation>エンドポイント:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streamed:</source>
        <translation>ストリーミング:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model asked:</source>
        <translation>要求されたモデル:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model served:</source>
        <translation>応答したモデル:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider:</source>
        <translation>プロバイダー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status:</source>
        <translation>HTTPステータス:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome:</source>
        <translation>結果:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts:</source>
        <translation>試行回数:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency / TTFT:</source>
        <translation>レイテンシ / TTFT:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tokens:</source>
        <translation>入力トークン:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache reads:</source>
        <translation>キャッシュ読み取り:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache writes (1 h):</source>
        <translation>キャッシュ書き込み (1時間):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output tokens:</source>
        <translation>出力トークン:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning tokens:</source>
        <translation>推論トークン:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost:</source>
        <translation>コスト:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price version:</source>
        <translation>価格バージョン:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(no key)</source>
        <translation>（キーなし）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
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
        <translation>なし（転送されていません）</translation>
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
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>Ui::TracesPage</name>
    <message>
        <location filename="../ui/traces/tracespage.cpp" line="+92"/>
        <source>&lt;h2&gt;Traces&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;トレース&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export traces or totals to CSV (%1)</source>
        <translation>トレースまたは集計をCSVにエクスポート (%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Last hour</source>
        <translation>過去1時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>過去24時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>過去7日間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>過去30日間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>カスタム…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time:</source>
        <translation>期間(&amp;T):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fro&amp;m:</source>
        <translation>開始(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>終了(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All keys</source>
        <translation>すべてのキー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key:</source>
        <translation>キー(&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All models</source>
        <translation>すべてのモデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;del:</source>
        <translation>モデル(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All providers</source>
        <translation>すべてのプロバイダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider:</source>
        <translation>プロバイダー(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success (2xx)</source>
        <translation>成功 (2xx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client errors (4xx)</source>
        <translation>クライアントエラー (4xx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server errors (5xx)</source>
        <translation>サーバーエラー (5xx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>ステータス(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any outcome</source>
        <translation>すべての結果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O&amp;utcome:</source>
        <translation>結果(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any cost</source>
        <translation>すべてのコスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact</source>
        <translation>確定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated</source>
        <translation>推定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpriced</source>
        <translation>価格未設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost:</source>
        <translation>コスト(&amp;C):</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>No traces match.</source>
        <translation>一致するトレースはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 loaded, more as you scroll</source>
        <translation>%1 件を読み込み済み（スクロールで続きを表示）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln trace(s)</source>
        <translation>
            <numerusform>トレース %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No traces yet: every request through the gateway is listed here.</source>
        <translation>トレースはまだありません。ゲートウェイを通るリクエストはすべてここに表示されます。</translation>
    </message>
</context>
<context>
    <name>Ui::TracesTableModel</name>
    <message>
        <location filename="../ui/traces/tracestablemodel.cpp" line="+132"/>
        <source>unpriced</source>
        <translation>価格未設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>~%1 (estimated)</source>
        <translation>~%1（推定）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no key)</source>
        <translation>（キーなし）</translation>
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
        <translation>このモデルの価格は不明です。コストはゼロではなく「不明」です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated: a rate or the usage had to be guessed.</source>
        <translation>推定: 単価または使用量を推測して算出しました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cached</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
</context>
<context>
    <name>Ui::TrayController</name>
    <message>
        <location filename="../ui/tray/traycontroller.cpp" line="+55"/>
        <source>&amp;Show Tollgate</source>
        <translation>Tollgate を表示(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy gateway URL</source>
        <translation>ゲートウェイURLをコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tollgate</source>
        <translation>Tollgate</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The gateway is not running</source>
        <translation>ゲートウェイは停止中です</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tollgate cannot listen: %1</source>
        <translation>Tollgate は待ち受けを開始できません: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Tollgate: %1 today + %Ln unpriced request(s)</source>
        <translation>
            <numerusform>Tollgate: 今日 %1 + 価格未設定のリクエスト %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tollgate: %1 today</source>
        <translation>Tollgate: 今日 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key at its spend cap</source>
        <translation>キーが支出上限に達しました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key near its spend cap</source>
        <translation>キーが支出上限に近づいています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit running low</source>
        <translation>クレジット残高が少なくなっています</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key &quot;%1&quot; has spent %2 of its %3 cap (%4%).</source>
        <translation>キー「%1」の支出が %2 になり、上限 %3 の%4%に達しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key &quot;%1&quot; has spent %2 and reached its %3 cap: its requests are refused.</source>
        <translation>キー「%1」の支出が %2 になり、上限 %3 に達しました。このキーのリクエストは拒否されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of credit left, under your warning threshold of %2.</source>
        <translation>クレジット残高が %1 になり、警告しきい値の %2 を下回りました。</translation>
    </message>
</context>
<context>
    <name>Ui::WeeklyPage</name>
    <message>
        <location filename="../ui/weekly/weeklypage.cpp" line="+71"/>
        <source>Weekly review</source>
        <translation>週次レビュー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous week (Alt+Left)</source>
        <translation>前の週 (Alt+Left)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next week (Alt+Right)</source>
        <translation>次の週 (Alt+Right)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Export CSV…</source>
        <translation>CSVエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keys by spend</source>
        <translation>キー別支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (new ones are model drift)</source>
        <translation>モデル（新しいモデルはモデルドリフト）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys at 80 % of their cap or more</source>
        <translation>上限の80%以上に達したキー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpriced traffic</source>
        <translation>価格未設定トラフィック</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This week, %1 – %2</source>
        <translation>今週（%1 – %2）</translation>
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
            <numerusform>%Ln 件のリクエストで &lt;b&gt;%1&lt;/b&gt; を支出しました（先週の %3 に対して %2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Spent &lt;b&gt;%1&lt;/b&gt; so far (%2 against %3 by the same time last week) on %Ln request(s).</source>
        <translation>
            <numerusform>これまでに %Ln 件のリクエストで &lt;b&gt;%1&lt;/b&gt; を支出しました（先週の同時点の %3 に対して %2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln new model(s).</source>
        <translation>
            <numerusform>新しいモデル: %Ln 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln key(s) with prompt bloat.</source>
        <translation>
            <numerusform>プロンプト肥大のあるキー: %Ln 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln key(s) at 80 % of the cap or more.</source>
        <translation>
            <numerusform>上限の80%以上に達したキー: %Ln 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unpriced traffic on %Ln model(s).</source>
        <translation>
            <numerusform>価格未設定のトラフィックがあるモデル: %Ln 件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export CSV</source>
        <translation>CSVエクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the weekly review</source>
        <translation>週次レビューのエクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>No requests that week.</source>
        <translation>その週のリクエストはありません。</translation>
    </message>
    <message>
        <source>No requests this week yet.</source>
        <translation>今週のリクエストはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>The week before: %1 on %Ln request(s).</source>
        <translation>
            <numerusform>前の週: %Ln 件のリクエストで %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last week by this time: %1 on %Ln request(s).</source>
        <translation>
            <numerusform>先週の同じ時点: %Ln 件のリクエストで %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>保存しました: %1</translation>
    </message>
</context>
<context>
    <name>Ui::WeeklyReviewModel</name>
    <message>
        <location filename="../ui/weekly/weeklyreviewmodel.cpp" line="+17"/>
        <source>new</source>
        <translation>新規</translation>
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
        <translation>プロンプト肥大: リクエストあたりの平均入力が先週から%1%以上増加しました。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 + %Ln unpriced</source>
        <translation>
            <numerusform>%1 + 価格未設定 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1  prompt bloat</source>
        <translation>%1  プロンプト肥大</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Model drift: not used last week.</source>
        <translation>モデルドリフト: 先週は使用されていませんでした。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1  (new this week)</source>
        <translation>%1  （今週新規）</translation>
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
        <translation>%1% — 上限到達</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+5"/>
        <source>Same days last week</source>
        <translation>先週の同じ期間</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Last week</source>
        <translation>先週</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+9"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+5"/>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>Requests</source>
        <translation>リクエスト数</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Avg input</source>
        <translation>平均入力</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avg input change</source>
        <translation>平均入力の増減</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spent</source>
        <translation>支出額</translation>
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
        <translation>入力トークン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output tokens</source>
        <translation>出力トークン</translation>
    </message>
</context>
<context>
    <name>Ui::CsvExportJob</name>
    <message>
        <source>the ledger could not be read in full (%1), so no file was written</source>
        <translation>台帳をすべて読み取れなかったため (%1)、ファイルは書き出していません</translation>
    </message>
</context>
</TS>
