<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../../ui/translations.cpp" line="14"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
</context>
<context>
    <name>pw::AnthropicMessage</name>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="28"/>
        <location filename="../../core/api/anthropicmessage.cpp" line="45"/>
        <location filename="../../core/api/anthropicmessage.cpp" line="51"/>
        <source>%1: must be a string (found %2)</source>
        <translation>%1: 文字列である必要があります（検出された型: %2）</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="38"/>
        <location filename="../../core/api/anthropicmessage.cpp" line="65"/>
        <source>%1: must be an object (found %2)</source>
        <translation>%1: オブジェクトである必要があります（検出された型: %2）</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="75"/>
        <source>stream event %1 (%2): %3</source>
        <translation>ストリームイベント %1（%2）: %3</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="152"/>
        <source>type: expected &quot;message&quot; (found %1)</source>
        <translation>type: &quot;message&quot; である必要があります（実際の値: %1）</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="171"/>
        <source>%1: missing</source>
        <translation>%1: ありません</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="172"/>
        <source>%1: must be an array (found %2)</source>
        <translation>%1: 配列である必要があります（検出された型: %2）</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="202"/>
        <source>data is not JSON (%1 at offset %2)</source>
        <translation>data が JSON ではありません（オフセット %2: %1）</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="207"/>
        <source>data is not a JSON object</source>
        <translation>data が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="218"/>
        <source>the server sent an error event: %1</source>
        <translation>サーバーがエラーイベントを送信しました: %1</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="262"/>
        <source>index %1 names no block started before</source>
        <translation>index %1 に該当する開始済みのブロックがありません</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="264"/>
        <source>%1: must be a number (found %2)</source>
        <translation>%1: 数値である必要があります（検出された型: %2）</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="276"/>
        <source>%1: must be a non-negative integer</source>
        <translation>%1: 0 以上の整数である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="326"/>
        <source>the joined input of tool_use block &quot;%1&quot; is not a JSON object (%2 at offset %3)</source>
        <translation>tool_use ブロック &quot;%1&quot; の結合された入力が JSON オブジェクトではありません（オフセット %3: %2）</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicmessage.cpp" line="331"/>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/anthropicmessage.cpp" line="343"/>
        <source>the stream ended before message_start (%n events)</source>
        <translation>
            <numerusform>message_start の前にストリームが終了しました（イベント %n 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/anthropicmessage.cpp" line="346"/>
        <source>the stream was cut off before message_stop, after %n events and %1 characters of text</source>
        <translation>
            <numerusform>message_stop の前にストリームが途切れました（イベント %n 件、テキスト %1 文字）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::ApiConfig</name>
    <message>
        <location filename="../../core/api/apiconfig.cpp" line="59"/>
        <source>the base URL &quot;%1&quot; is not an http:// or https:// URL with a host</source>
        <translation>ベース URL &quot;%1&quot; は、ホストを含む http:// または https:// の URL ではありません</translation>
    </message>
    <message>
        <location filename="../../core/api/apiconfig.cpp" line="63"/>
        <source>refusing to send the API key unencrypted to %1: use https://, or http:// only to this machine (localhost, 127.0.0.1, ::1)</source>
        <translation>API キーを暗号化せずに %1 へ送信することはできません。https:// を使用してください。http:// はこのマシン（localhost、127.0.0.1、::1）宛てにのみ使用できます</translation>
    </message>
</context>
<context>
    <name>pw::ApiError</name>
    <message>
        <location filename="../../core/api/apierror.cpp" line="201"/>
        <source>network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="204"/>
        <source>timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="207"/>
        <source>canceled</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="210"/>
        <source>invalid response</source>
        <translation>無効な応答</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="213"/>
        <source>response too large</source>
        <translation>応答が大きすぎます</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="216"/>
        <source>stream error</source>
        <translation>ストリームエラー</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="219"/>
        <source>insecure URL</source>
        <translation>安全でない URL</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="222"/>
        <source>configuration error</source>
        <translation>設定エラー</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="232"/>
        <source>(request %1)</source>
        <translation>（リクエスト %1）</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="256"/>
        <source>the server redirects to %1; redirects are not followed, set the base URL to the final address</source>
        <translation>サーバーは %1 へリダイレクトしています。リダイレクトには従わないため、ベース URL を最終的なアドレスに設定してください</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="269"/>
        <source>unexpected JSON body: %1</source>
        <translation>予期しない JSON 本文: %1</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="275"/>
        <source>the server answered with %1</source>
        <translation>サーバーは %1 を返しました</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="284"/>
        <source>an empty body</source>
        <translation>空の本文</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="291"/>
        <source>an HTML page instead of JSON</source>
        <translation>JSON ではなく HTML ページ</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="292"/>
        <source>an HTML page (&quot;%1&quot;) instead of JSON</source>
        <translation>JSON ではなく HTML ページ &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/api/apierror.cpp" line="294"/>
        <source>text that is not JSON: &quot;%1&quot;</source>
        <translation>JSON ではないテキスト &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>pw::ApiJob</name>
    <message>
        <location filename="../../core/api/anthropicjobs.cpp" line="39"/>
        <location filename="../../core/api/openaijobs.cpp" line="68"/>
        <source>%1: must be an array (found %2)</source>
        <translation>%1: 配列である必要があります（検出された型: %2）</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicjobs.cpp" line="57"/>
        <source>has_more is true, but the page has no last_id to continue after</source>
        <translation>has_more は true ですが、続きを取得するための last_id がページにありません</translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicjobs.cpp" line="59"/>
        <source>has_more is true, but last_id &quot;%1&quot; is the one this page started after</source>
        <translation>has_more は true ですが、last_id &quot;%1&quot; はこのページの開始位置と同じです</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/anthropicjobs.cpp" line="64"/>
        <source>still has_more after %n pages; giving up</source>
        <translation>
            <numerusform>%n ページ取得しても has_more が続くため、中止します</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/api/anthropicjobs.cpp" line="81"/>
        <source>%1: must be a non-negative number (found %2)</source>
        <translation>%1: 0 以上の数値である必要があります（検出された型: %2）</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="22"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="23"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="29"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="30"/>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="119"/>
        <source>the request to %1 was canceled</source>
        <translation>%1 へのリクエストは中止されました</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="127"/>
        <source>no network manager: the API client is gone</source>
        <translation>ネットワークマネージャーがありません: API クライアントはすでに破棄されています</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="132"/>
        <source>no API key for %1 (set ANTHROPIC_API_KEY or store a key)</source>
        <translation>%1 の API キーがありません（ANTHROPIC_API_KEY を設定するか、キーを保存してください）</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="136"/>
        <source>the API key contains spaces, line breaks or non-ASCII characters; check how it was pasted</source>
        <translation>API キーに空白、改行、または ASCII 以外の文字が含まれています。貼り付け方を確認してください</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="141"/>
        <source>invalid anthropic-beta value &quot;%1&quot;</source>
        <translation>無効な anthropic-beta の値 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="219"/>
        <source>the answer from %1 announces %2, more than the limit of %3</source>
        <translation>%1 からの応答のサイズは %2 と通知されており、上限の %3 を超えています</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="232"/>
        <source>the answer from %1 is larger than the limit of %2</source>
        <translation>%1 からの応答が上限の %2 を超えています</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="284"/>
        <source>no answer from %1 within %2</source>
        <translation>%2 以内に %1 から応答がありませんでした</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="285"/>
        <source>%1 stopped sending for %2</source>
        <translation>%1 からの送信が %2 途絶えました</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/apijob.cpp" line="295"/>
        <source>the stream broke off after %n events: %1</source>
        <translation>
            <numerusform>イベント %n 件の後でストリームが途切れました: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="301"/>
        <source>%1 gave no HTTP answer</source>
        <translation>%1 から HTTP 応答がありませんでした</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="318"/>
        <source>expected an event stream from %1, but the server answered with %2</source>
        <translation>%1 からはイベントストリームが返るはずでしたが、サーバーは %2 を返しました</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="322"/>
        <source>%1 answered with %2</source>
        <translation>%1 は %2 を返しました</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="326"/>
        <source>%1 answered with JSON that is not an object</source>
        <translation>%1 はオブジェクトではない JSON を返しました</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="330"/>
        <source>unexpected answer from %1: %2</source>
        <translation>%1 からの予期しない応答: %2</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="341"/>
        <source>%1 refused the connection</source>
        <translation>%1 が接続を拒否しました</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="344"/>
        <source>host %1 not found</source>
        <translation>ホスト %1 が見つかりません</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/apijob.cpp" line="350"/>
        <source>%1 closed the connection in the middle of the answer (after %n bytes)</source>
        <translation>
            <numerusform>%1 が応答の途中で接続を閉じました（%n バイト受信後）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="353"/>
        <source>%1 closed the connection without answering</source>
        <translation>%1 が応答せずに接続を閉じました</translation>
    </message>
    <message>
        <location filename="../../core/api/apijob.cpp" line="357"/>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>%1 との TLS ハンドシェイクに失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>pw::AtomicWrite</name>
    <message>
        <location filename="../../core/document/atomicwrite.cpp" line="14"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>pw::AutosaveStore</name>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="54"/>
        <source>autosave: &quot;%1&quot; is not a valid key (use AutosaveStore::newKey())</source>
        <translation>自動保存: &quot;%1&quot; は有効なキーではありません（AutosaveStore::newKey() を使用してください）</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="61"/>
        <source>cannot create the autosave folder %1</source>
        <translation>自動保存フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="94"/>
        <source>invalid JSON at byte %1: %2</source>
        <translation>バイト %1 の JSON が不正です: %2</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="99"/>
        <source>not a Promptwerk recovery file</source>
        <translation>Promptwerk の復元ファイルではありません</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="103"/>
        <source>recovery file version %1 is not one this Promptwerk reads (%2)</source>
        <translation>復元ファイルのバージョン %1 は、この Promptwerk では読み込めません（%2）</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="114"/>
        <source>%1: must be an object</source>
        <translation>%1: オブジェクトである必要があります</translation>
    </message>
    <message>
        <location filename="../../core/document/autosavestore.cpp" line="143"/>
        <source>autosave: &quot;%1&quot; is not a valid key</source>
        <translation>自動保存: &quot;%1&quot; は有効なキーではありません</translation>
    </message>
</context>
<context>
    <name>pw::ChatCompletion</name>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="35"/>
        <source>%1: must be a string (found %2)</source>
        <translation>%1: 文字列である必要があります（検出された型: %2）</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="49"/>
        <source>the server sent an error chunk without a message</source>
        <translation>サーバーがメッセージのないエラーチャンクを送信しました</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="59"/>
        <location filename="../../core/api/chatcompletion.cpp" line="100"/>
        <source>%1: must be an object (found %2)</source>
        <translation>%1: オブジェクトである必要があります（検出された型: %2）</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="75"/>
        <source>%1: must be a non-negative number (found %2)</source>
        <translation>%1: 0 以上の数値である必要があります（検出された型: %2）</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="92"/>
        <source>%1: must be a non-empty array of objects</source>
        <translation>%1: オブジェクトの空でない配列である必要があります</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="128"/>
        <source>stream chunk %1: %2</source>
        <translation>ストリームチャンク %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="133"/>
        <source>data is not JSON (%1 at offset %2)</source>
        <translation>data が JSON ではありません（オフセット %2: %1）</translation>
    </message>
    <message>
        <location filename="../../core/api/chatcompletion.cpp" line="137"/>
        <source>data is not a JSON object</source>
        <translation>data が JSON オブジェクトではありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/api/chatcompletion.cpp" line="178"/>
        <source>the stream was cut off before [DONE], after %n chunks and %1 characters of text</source>
        <translation>
            <numerusform>[DONE] の前にストリームが途切れました（チャンク %n 件、テキスト %1 文字）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::CompareArea</name>
    <message>
        <location filename="../../ui/comparearea.cpp" line="22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="57"/>
        <source>Variable</source>
        <translation>変数</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="57"/>
        <source>Value found</source>
        <translation>検出された値</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="63"/>
        <source>Values found</source>
        <translation>検出された値</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="124"/>
        <source>Original</source>
        <translation>元のプロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/comparearea.cpp" line="124"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>pw::DiffView</name>
    <message>
        <location filename="../../ui/diffview.cpp" line="47"/>
        <source>Previous change</source>
        <translation>前の変更</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="50"/>
        <source>Next change</source>
        <translation>次の変更</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="63"/>
        <source>Ignore whitespace</source>
        <translation>空白を無視</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="163"/>
        <source>Comparing…</source>
        <translation>比較しています…</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="228"/>
        <source>Variables added: %1</source>
        <translation>追加された変数: %1</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="230"/>
        <source>Variables removed: %1</source>
        <translation>削除された変数: %1</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="232"/>
        <source>Renamed: %1 → %2</source>
        <translation>名前の変更: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/diffview.cpp" line="374"/>
        <source> replaces “%1”</source>
        <translation>（「%1」を置換）</translation>
    </message>
</context>
<context>
    <name>pw::DocumentController</name>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="45"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="51"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="65"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="66"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="67"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="68"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="69"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="70"/>
        <source>Bring a prompt file into this document as a new revision</source>
        <translation>プロンプトファイルをこのドキュメントに新しいリビジョンとして取り込みます</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="71"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="72"/>
        <source>Write the prompt as code or a template for another tool</source>
        <translation>プロンプトをコードまたは他のツール用のテンプレートとして書き出します</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="108"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="122"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="169"/>
        <source>%1 could not be opened.</source>
        <translation>%1 を開けませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="175"/>
        <source>%1 could not be read.</source>
        <translation>%1 を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="184"/>
        <location filename="../../ui/documentcontroller.cpp" line="209"/>
        <location filename="../../ui/documentcontroller.cpp" line="214"/>
        <source>%1 could not be imported.</source>
        <translation>%1 をインポートできませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="226"/>
        <source>Import %1</source>
        <translation>%1 をインポート</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="243"/>
        <source>Save Prompt</source>
        <translation>プロンプトを保存</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="243"/>
        <source>Promptwerk documents (*.%1)</source>
        <translation>Promptwerk ドキュメント (*.%1)</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="257"/>
        <source>The prompt could not be saved.</source>
        <translation>プロンプトを保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="265"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="286"/>
        <source>The prompt could not be exported as %1.</source>
        <translation>プロンプトを %1 としてエクスポートできませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="291"/>
        <source>The prompt could not be exported.</source>
        <translation>プロンプトをエクスポートできませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="294"/>
        <source>Exported %1</source>
        <translation>%1 をエクスポートしました</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="300"/>
        <location filename="../../ui/documentcontroller.cpp" line="370"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="302"/>
        <source>%1[*] — Promptwerk</source>
        <translation>%1[*] — Promptwerk</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="340"/>
        <source>Restore Revision %1</source>
        <translation>リビジョン %1 を復元</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="342"/>
        <source>Revision %1 restored as revision %2. %3 brings the previous prompt back.</source>
        <translation>リビジョン %1 をリビジョン %2 として復元しました。%3 で前のプロンプトに戻せます。</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="372"/>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="372"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 には保存されていない変更があります。保存しますか？</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="421"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="456"/>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="483"/>
        <source>an untitled prompt</source>
        <translation>無題のプロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="485"/>
        <source>&amp;Recover</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="486"/>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="504"/>
        <source>Unsaved work on %1 from %2 was kept when Promptwerk last closed.</source>
        <translation>前回 Promptwerk を終了したときに、%1 の未保存の作業（%2）が保持されました。</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="505"/>
        <source>Recover it, or discard the copy.</source>
        <translation>復元するか、コピーを破棄してください。</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="512"/>
        <source>The unsaved work could not be recovered.</source>
        <translation>未保存の作業を復元できませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="527"/>
        <source>Unsaved work recovered. Save it to keep it.</source>
        <translation>未保存の作業を復元しました。残すには保存してください。</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="535"/>
        <source>Open Prompt</source>
        <translation>プロンプトを開く</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="536"/>
        <source>Prompts (*.%1 *.json *.txt *.md *.markdown);;Promptwerk documents (*.%1);;All files (*)</source>
        <translation>プロンプト (*.%1 *.json *.txt *.md *.markdown);;Promptwerk ドキュメント (*.%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="543"/>
        <source>Import Prompt</source>
        <translation>プロンプトをインポート</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="544"/>
        <source>Prompt files (*.json *.txt *.md *.markdown);;All files (*)</source>
        <translation>プロンプトファイル (*.json *.txt *.md *.markdown);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="555"/>
        <source>prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/documentcontroller.cpp" line="556"/>
        <source>Export Prompt</source>
        <translation>プロンプトをエクスポート</translation>
    </message>
</context>
<context>
    <name>pw::DocumentFile</name>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="78"/>
        <location filename="../../core/document/documentfile.cpp" line="118"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="93"/>
        <location filename="../../core/document/documentfile.cpp" line="163"/>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="94"/>
        <source>must be a whole number from 1 up (found %1)</source>
        <translation>1 以上の整数である必要があります（検出された値: %1）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="106"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="164"/>
        <source>must be %1 (found %2)</source>
        <translation>%1である必要があります（検出された型: %2）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="173"/>
        <source>must be an object (found %1)</source>
        <translation>オブジェクトである必要があります（検出された型: %1）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="180"/>
        <source>must be greater than the id before it (%1 after %2)</source>
        <translation>前の id より大きい必要があります（%2 の後に %1）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="195"/>
        <source>must be one of %1 (found &quot;%2&quot;)</source>
        <translation>%1 のいずれかである必要があります（検出された値: &quot;%2&quot;）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="205"/>
        <source>must be an ISO 8601 date and time like 2026-11-01T09:30:00Z (found &quot;%1&quot;)</source>
        <translation>2026-11-01T09:30:00Z のような ISO 8601 形式の日時である必要があります（検出された値: &quot;%1&quot;）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="223"/>
        <source>must name an earlier revision (found %1)</source>
        <translation>前のリビジョンを指している必要があります（検出された値: %1）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="264"/>
        <source>not a Promptwerk document (it has no &quot;format&quot;: &quot;promptwerk&quot;)</source>
        <translation>Promptwerk のドキュメントではありません（&quot;format&quot;: &quot;promptwerk&quot; がありません）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="269"/>
        <source>%1: must be &quot;%2&quot; (found %3)</source>
        <translation>%1: &quot;%2&quot; である必要があります（検出された値: %3）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="279"/>
        <source>%1: the file is format version %2, newer than this Promptwerk reads (up to %3); open it with a newer Promptwerk</source>
        <translation>%1: このファイルの形式バージョンは %2 で、この Promptwerk が読み込めるバージョン（%3 まで）より新しいです。新しい Promptwerk で開いてください</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="293"/>
        <source>must be an array (found %1)</source>
        <translation>配列である必要があります（検出された型: %1）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="326"/>
        <source>%1: not a Promptwerk document (the file must hold a JSON object)</source>
        <translation>%1: Promptwerk のドキュメントではありません（ファイルには JSON オブジェクトが必要です）</translation>
    </message>
    <message>
        <location filename="../../core/document/documentfile.cpp" line="341"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>pw::Engine</name>
    <message>
        <location filename="../../core/tools/engine.cpp" line="149"/>
        <source>unknown engine &quot;%1&quot; (choose %2)</source>
        <translation>不明なエンジン &quot;%1&quot;（%2 から選択してください）</translation>
    </message>
</context>
<context>
    <name>pw::EngineSettings</name>
    <message>
        <location filename="../../core/tools/enginesettings.cpp" line="90"/>
        <source>the settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../core/tools/enginesettings.cpp" line="96"/>
        <source>the base URL from %1 is not an http(s) URL: %2</source>
        <translation>%1 で指定されたベース URL は http(s) の URL ではありません: %2</translation>
    </message>
</context>
<context>
    <name>pw::Exporters</name>
    <message>
        <location filename="../../core/exchange/exporters.cpp" line="44"/>
        <source>%1: only text blocks can be exported (found &quot;%2&quot;)</source>
        <translation>%1: エクスポートできるのはテキストブロックだけです（検出された値: &quot;%2&quot;）</translation>
    </message>
    <message>
        <location filename="../../core/exchange/exporters.cpp" line="285"/>
        <source>%1: the variable %2 cannot be a Jinja variable (Jinja reads &quot;%3&quot; as a keyword); rename it</source>
        <translation>%1: 変数 %2 は Jinja の変数にできません（Jinja は &quot;%3&quot; をキーワードとして読みます）。名前を変更してください</translation>
    </message>
</context>
<context>
    <name>pw::FindingsList</name>
    <message>
        <location filename="../../ui/findingslist.cpp" line="32"/>
        <source>Finding</source>
        <translation>指摘</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="32"/>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="39"/>
        <source>Prompt checks</source>
        <translation>プロンプトのチェック</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="54"/>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="57"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="61"/>
        <location filename="../../ui/findingslist.cpp" line="63"/>
        <source>Message %1</source>
        <translation>メッセージ %1</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="69"/>
        <source>%1, line %2</source>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <location filename="../../ui/findingslist.cpp" line="86"/>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>pw::GenerateDialog</name>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="13"/>
        <source>Generate a Prompt</source>
        <translation>プロンプトを生成</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="15"/>
        <source>&amp;Describe the task the prompt is for:</source>
        <translation>プロンプトで行うタスクを説明してください(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="18"/>
        <source>e.g. Answer customer questions about a meal-prep delivery service, politely and briefly, and hand over to a person for refunds.</source>
        <translation>例: 食事宅配サービスについての顧客の質問に丁寧かつ簡潔に答え、返金の件は担当者に引き継ぐ。</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="23"/>
        <source>The generated prompt replaces the current one when you accept it; Ctrl+Z brings the current one back.</source>
        <translation>生成されたプロンプトは、採用すると現在のプロンプトを置き換えます。Ctrl+Z で現在のプロンプトに戻せます。</translation>
    </message>
    <message>
        <location filename="../../ui/generatedialog.cpp" line="29"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
</context>
<context>
    <name>pw::HistoryPanel</name>
    <message>
        <location filename="../../ui/historypanel.cpp" line="28"/>
        <source>Typed</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="30"/>
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="32"/>
        <source>Improved</source>
        <translation>改善</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="34"/>
        <source>Templatized</source>
        <translation>テンプレート化</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="36"/>
        <source>Imported</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="40"/>
        <source>Restored #%1</source>
        <translation>#%1 を復元</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="69"/>
        <source>%1 in · %2 out</source>
        <translation>入力 %1 · 出力 %2</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="99"/>
        <source>Revision %1: %2, %3</source>
        <translation>リビジョン %1: %2、%3</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="106"/>
        <source>Written for %1</source>
        <translation>対象: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="108"/>
        <source>Task: %1</source>
        <translation>タスク: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="110"/>
        <source>Feedback: %1</source>
        <translation>フィードバック: %1</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="120"/>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="120"/>
        <source>Res&amp;tore</source>
        <translation>復元(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="124"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="124"/>
        <source>Origin</source>
        <translation>由来</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="124"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="124"/>
        <source>Made with</source>
        <translation>使用モデル</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="129"/>
        <source>Revisions</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="135"/>
        <source>Select two revisions to compare them, one to restore it.</source>
        <translation>比較するには 2 つ、復元するには 1 つのリビジョンを選択してください。</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="138"/>
        <source>Show the two selected revisions side by side</source>
        <translation>選択した 2 つのリビジョンを並べて表示します</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="139"/>
        <source>Make the selected revision the working copy again, as a new revision</source>
        <translation>選択したリビジョンを新しいリビジョンとして作業コピーに戻します</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="235"/>
        <location filename="../../ui/historypanel.cpp" line="236"/>
        <source>Revision %1 · %2</source>
        <translation>リビジョン %1 · %2</translation>
    </message>
</context>
<context>
    <name>pw::Importers</name>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="112"/>
        <source>%1: the file is empty: there is no prompt to import</source>
        <translation>%1: ファイルが空です。インポートするプロンプトがありません</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="132"/>
        <source>text before the first &quot;## System&quot;, &quot;## User&quot; or &quot;## Assistant&quot; heading; move it into a section or remove it</source>
        <translation>最初の &quot;## System&quot;、&quot;## User&quot;、&quot;## Assistant&quot; 見出しより前にテキストがあります。セクション内に移すか、削除してください</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="146"/>
        <source>the &quot;## %1&quot; section is empty</source>
        <translation>&quot;## %1&quot; セクションが空です</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="150"/>
        <source>a second &quot;## System&quot; section (a prompt has one system prompt)</source>
        <translation>2 つ目の &quot;## System&quot; セクションです（プロンプトのシステムプロンプトは 1 つです）</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="154"/>
        <source>&quot;## System&quot; must come before the messages</source>
        <translation>&quot;## System&quot; はメッセージより前に置く必要があります</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="163"/>
        <source>%1: there is a &quot;## System&quot; section but no &quot;## User&quot; message</source>
        <translation>%1: &quot;## System&quot; セクションはありますが、&quot;## User&quot; メッセージがありません</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="175"/>
        <location filename="../../core/exchange/importers.cpp" line="232"/>
        <source>%1: must be a string (found %2)</source>
        <translation>%1: 文字列である必要があります（検出された型: %2）</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="186"/>
        <source>invalid JSON: %1</source>
        <translation>不正な JSON です: %1</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="192"/>
        <source>a JSON prompt must be an object with &quot;messages&quot; (found an array)</source>
        <translation>JSON プロンプトは &quot;messages&quot; を持つオブジェクトである必要があります（配列が見つかりました）</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="196"/>
        <source>a generate_prompt request holds a task, not a prompt: there is nothing to import</source>
        <translation>generate_prompt リクエストにはプロンプトではなくタスクが入っています。インポートするものはありません</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="198"/>
        <source>%1: is required (a JSON prompt is {&quot;system&quot;: ..., &quot;messages&quot;: [...]})</source>
        <translation>%1: 必須です（JSON プロンプトの形式は {&quot;system&quot;: ..., &quot;messages&quot;: [...]} です）</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="211"/>
        <source>%1: holds no message: there is no prompt to import</source>
        <translation>%1: メッセージがありません。インポートするプロンプトがありません</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="217"/>
        <source>%1: only text blocks can be imported (found &quot;%2&quot;)</source>
        <translation>%1: インポートできるのはテキストブロックだけです（検出された値: &quot;%2&quot;）</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="238"/>
        <source>%1: must be an object (found %2)</source>
        <translation>%1: オブジェクトである必要があります（検出された型: %2）</translation>
    </message>
    <message>
        <location filename="../../core/exchange/importers.cpp" line="306"/>
        <source>the file is not valid UTF-8 text (byte %1)</source>
        <translation>ファイルが正しい UTF-8 テキストではありません（バイト %1）</translation>
    </message>
</context>
<context>
    <name>pw::KeychainSecretStore</name>
    <message>
        <location filename="../../core/secrets/keychainstore.cpp" line="39"/>
        <source>No keychain is available (%1). Keys are kept for this session only.</source>
        <translation>キーチェーンを利用できません（%1）。キーはこのセッションの間だけ保持されます。</translation>
    </message>
</context>
<context>
    <name>pw::LocalToolRun</name>
    <message>
        <location filename="../../core/tools/localengine.cpp" line="28"/>
        <source>The local engine works offline and can only templatize and check prompts; %1 needs a model. Choose the claude or openai engine.</source>
        <translation>local エンジンはオフラインで動作し、プロンプトのテンプレート化とチェックしかできません。%1 にはモデルが必要です。claude または openai エンジンを選択してください。</translation>
    </message>
</context>
<context>
    <name>pw::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="83"/>
        <source>%n more finding(s) not shown; promptwerk-cli lint lists them all.</source>
        <translation>
            <numerusform>ほかに %n 件の指摘は表示されていません。promptwerk-cli lint ですべて表示できます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="93"/>
        <source>Generating a prompt…</source>
        <translation>プロンプトを生成しています…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="95"/>
        <source>Improving the prompt…</source>
        <translation>プロンプトを改善しています…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="99"/>
        <source>Templatizing the prompt…</source>
        <translation>プロンプトをテンプレート化しています…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="106"/>
        <source>Generated prompt</source>
        <translation>生成されたプロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="108"/>
        <source>Improved prompt</source>
        <translation>改善されたプロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="112"/>
        <source>Templatized prompt</source>
        <translation>テンプレート化されたプロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="119"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="121"/>
        <source>Improve</source>
        <translation>改善</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="125"/>
        <source>Templatize</source>
        <translation>テンプレート化</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="144"/>
        <source>Claude through the Messages API (needs an Anthropic API key)</source>
        <translation>Messages API 経由の Claude（Anthropic API キーが必要）</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="146"/>
        <source>A server that speaks the prompt-tools protocol</source>
        <translation>prompt-tools プロトコルに対応したサーバー</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="148"/>
        <source>An OpenAI-compatible server: Ollama, llama.cpp, LM Studio, vLLM, OpenAI</source>
        <translation>OpenAI 互換サーバー: Ollama、llama.cpp、LM Studio、vLLM、OpenAI</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="149"/>
        <source>Offline, on this computer: templatize and checks only</source>
        <translation>このコンピューター上でオフライン動作: テンプレート化とチェックのみ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="155"/>
        <source>%1 in · %2 out</source>
        <translation>入力 %1 · 出力 %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="212"/>
        <source>Untitled[*] — Promptwerk</source>
        <translation>無題[*] — Promptwerk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="263"/>
        <location filename="../../ui/mainwindow.cpp" line="484"/>
        <source>The model the prompt is written for. Any model id can be typed.</source>
        <translation>プロンプトの対象モデルです。任意のモデル ID を入力できます。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="267"/>
        <source>The model the prompt is written for. Any model id can be typed.
%1
Showing the models known before.</source>
        <translation>プロンプトの対象モデルです。任意のモデル ID を入力できます。
%1
以前に取得したモデルを表示しています。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="297"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="300"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="304"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="306"/>
        <source>&amp;Generate…</source>
        <translation>生成(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="308"/>
        <source>Write a new prompt from a task description (%1)</source>
        <translation>タスクの説明から新しいプロンプトを作成します (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="310"/>
        <source>&amp;Improve</source>
        <translation>改善(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="311"/>
        <source>Rewrite the prompt along best practice and your feedback (%1)</source>
        <translation>ベストプラクティスとフィードバックに沿ってプロンプトを書き直します (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="314"/>
        <source>&amp;Templatize</source>
        <translation>テンプレート化(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="315"/>
        <source>Replace the concrete values in the prompt by {{VARIABLES}} (%1)</source>
        <translation>プロンプト内の具体的な値を {{VARIABLES}} に置き換えます (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="317"/>
        <source>&amp;Cancel Run</source>
        <translation>実行を中止(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="318"/>
        <source>Stop the running tool (Esc)</source>
        <translation>実行中のツールを停止します (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="319"/>
        <source>&amp;Accept Result</source>
        <translation>結果を採用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="321"/>
        <source>&amp;Reject Result</source>
        <translation>結果を却下(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="323"/>
        <source>Re&amp;try</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="340"/>
        <source>Optional: who the model is, the rules it follows, the context it needs.</source>
        <translation>任意: モデルの役割、従うべきルール、必要な背景情報。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="341"/>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="344"/>
        <source>&amp;System prompt</source>
        <translation>システムプロンプト(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="348"/>
        <source>&amp;Messages</source>
        <translation>メッセージ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="349"/>
        <source>%1 add · %2 remove · %3 role</source>
        <translation>%1 追加 · %2 削除 · %3 ロール</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="354"/>
        <source>Move the current message with %1 and %2.</source>
        <translation>%1 と %2 で現在のメッセージを移動できます。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="363"/>
        <source>Optional: what Improve should change, e.g. “Make the answers shorter and add an example.”</source>
        <translation>任意: 改善で変えてほしい点。例:「回答を短くして、例を追加する。」</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="365"/>
        <source>Feedback for Improve</source>
        <translation>改善へのフィードバック</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="367"/>
        <source>&amp;Feedback for Improve</source>
        <translation>改善へのフィードバック(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="378"/>
        <source>Variables and Checks</source>
        <translation>変数とチェック</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="400"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="403"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="406"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="412"/>
        <source>&amp;Message</source>
        <translation>メッセージ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="420"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="430"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="435"/>
        <source>Go to &amp;System Prompt</source>
        <translation>システムプロンプトへ移動(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="437"/>
        <source>Go to &amp;Messages</source>
        <translation>メッセージへ移動(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="440"/>
        <source>Go to &amp;Feedback</source>
        <translation>フィードバックへ移動(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="442"/>
        <source>Go to &amp;Variables</source>
        <translation>変数へ移動(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="447"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="448"/>
        <source>&amp;About Promptwerk</source>
        <translation>Promptwerk について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="449"/>
        <source>About Promptwerk</source>
        <translation>Promptwerk について</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="450"/>
        <source>&lt;b&gt;Promptwerk %1&lt;/b&gt;&lt;p&gt;A workbench for prompt authors: write, generate, improve and templatize prompts on any model, and compare before and after.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Promptwerk %1&lt;/b&gt;&lt;p&gt;プロンプト作成者のためのワークベンチです。あらゆるモデル向けにプロンプトを作成・生成・改善・テンプレート化し、変更前後を比較できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="458"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="468"/>
        <source>&amp;Engine:</source>
        <translation>エンジン(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="475"/>
        <source>Where the tools run</source>
        <translation>ツールの実行場所</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="481"/>
        <source>Target &amp;model:</source>
        <translation>対象モデル(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="483"/>
        <source>any model</source>
        <translation>任意のモデル</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="512"/>
        <source>The engine the tools run on</source>
        <translation>ツールを実行するエンジン</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="513"/>
        <location filename="../../ui/mainwindow.cpp" line="779"/>
        <source>The model that runs the tools</source>
        <translation>ツールを実行するモデル</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="514"/>
        <source>Tokens of the last run</source>
        <translation>前回の実行のトークン数</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="515"/>
        <source>The request id of the last answer, for support</source>
        <translation>前回の応答のリクエスト ID（サポート用）</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="617"/>
        <source>Last run: %1</source>
        <translation>前回の実行: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="617"/>
        <source>Last run: no tokens</source>
        <translation>前回の実行: トークンなし</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="618"/>
        <location filename="../../ui/mainwindow.cpp" line="632"/>
        <source>Request %1</source>
        <translation>リクエスト %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="620"/>
        <source>%1 finished: accept the result (%2) or reject it (%3).</source>
        <translation>%1が完了しました。結果を採用 (%2) するか却下 (%3) してください。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="634"/>
        <source>%1 canceled.</source>
        <translation>%1を中止しました。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="639"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="640"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="642"/>
        <source>Request ID: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="651"/>
        <source>%1 failed: %2</source>
        <translation>%1に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="681"/>
        <source>Accept %1 Result</source>
        <translation>%1 の結果を採用</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="684"/>
        <source>Result applied. %1 brings the previous prompt back.</source>
        <translation>結果を適用しました。%1 で前のプロンプトに戻せます。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="696"/>
        <source>Result discarded.</source>
        <translation>結果を破棄しました。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="727"/>
        <source>The local engine works offline: choose claude, prompt-tools or openai to generate or improve.</source>
        <translation>local エンジンはオフラインで動作します。生成や改善には claude、prompt-tools、openai のいずれかを選択してください。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="743"/>
        <source>Settings saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="770"/>
        <source>Engine: %1</source>
        <translation>エンジン: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="774"/>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="776"/>
        <source>Tool model: the server&apos;s</source>
        <translation>ツールモデル: サーバー側</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="778"/>
        <source>Tool model: %1</source>
        <translation>ツールモデル: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="781"/>
        <source>No run yet</source>
        <translation>未実行</translation>
    </message>
</context>
<context>
    <name>pw::MemorySecretStore</name>
    <message>
        <location filename="../../core/secrets/secretstore.cpp" line="44"/>
        <source>Keys are kept for this session only.</source>
        <translation>キーはこのセッションの間だけ保持されます。</translation>
    </message>
</context>
<context>
    <name>pw::MessageBanner</name>
    <message>
        <location filename="../../ui/messagebanner.cpp" line="21"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../ui/messagebanner.cpp" line="48"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/messagebanner.cpp" line="49"/>
        <source>Close message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>pw::MessageListEditor</name>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="36"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="36"/>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="53"/>
        <source>Role: %1. Click, or press %2, to change it.</source>
        <translation>ロール: %1。クリックするか %2 を押すと変更できます。</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="55"/>
        <source>Role %1</source>
        <translation>ロール %1</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="117"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="138"/>
        <source>prefill: the answer starts with this text</source>
        <translation>プリフィル: 回答はこのテキストから始まります</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="140"/>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="142"/>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="144"/>
        <source>Remove message</source>
        <translation>メッセージを削除</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="158"/>
        <source>Write the message. {{VARIABLES}} in double braces are filled in with test values.</source>
        <translation>メッセージを入力してください。二重波かっこの {{VARIABLES}} にはテスト値が入ります。</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="208"/>
        <source>&amp;Add Message</source>
        <translation>メッセージを追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="210"/>
        <source>&amp;Remove Message</source>
        <translation>メッセージを削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="211"/>
        <source>Move Message &amp;Up</source>
        <translation>メッセージを上へ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="214"/>
        <source>Move Message &amp;Down</source>
        <translation>メッセージを下へ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="218"/>
        <source>Toggle &amp;Role</source>
        <translation>ロールを切り替え(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="220"/>
        <source>+ Add Message</source>
        <translation>+ メッセージを追加</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="221"/>
        <source>Add a message after the current one</source>
        <translation>現在のメッセージの後にメッセージを追加します</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="404"/>
        <source>Message %1</source>
        <translation>メッセージ %1</translation>
    </message>
    <message>
        <location filename="../../ui/messagelisteditor.cpp" line="408"/>
        <source>Message %1, %2</source>
        <translation>メッセージ %1、%2</translation>
    </message>
</context>
<context>
    <name>pw::ModelCatalog</name>
    <message>
        <location filename="../../core/catalog/modelcatalog.cpp" line="181"/>
        <source>Could not list the models of %1: %2</source>
        <translation>%1 のモデル一覧を取得できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>pw::ModelInfo</name>
    <message>
        <location filename="../../core/api/modelinfo.cpp" line="18"/>
        <source>%1: must be an object (found %2)</source>
        <translation>%1: オブジェクトである必要があります（検出された型: %2）</translation>
    </message>
    <message>
        <location filename="../../core/api/modelinfo.cpp" line="23"/>
        <source>%1: must be a non-empty string (found %2)</source>
        <translation>%1: 空でない文字列である必要があります（検出された型: %2）</translation>
    </message>
    <message>
        <location filename="../../core/api/modelinfo.cpp" line="33"/>
        <source>%1: &quot;%2&quot; is not an RFC 3339 date</source>
        <translation>%1: &quot;%2&quot; は RFC 3339 形式の日付ではありません</translation>
    </message>
</context>
<context>
    <name>pw::ModelToolRun</name>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="182"/>
        <source>Waiting for %1…</source>
        <translation>%1 を待っています…</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="192"/>
        <source>%1 is writing…</source>
        <translation>%1 が書いています…</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="223"/>
        <source>%1 declined to do this (stop reason: refusal). Rephrase the request or try another model.</source>
        <translation>%1 はこの要求を断りました（停止理由: refusal）。言い換えるか、別のモデルを試してください。</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="229"/>
        <source>The answer was cut off at the output budget of %1 tokens. Retry with a larger budget.</source>
        <translation>回答は出力上限の %1 トークンで途切れました。上限を増やして再試行してください。</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="235"/>
        <source>The answer was cut off: the prompt and the answer outgrew the context window of %1. Shorten the prompt or choose a tool model with a larger context window.</source>
        <translation>回答が途切れました。プロンプトと回答が %1 のコンテキストウィンドウを超えました。プロンプトを短くするか、より大きなコンテキストウィンドウを持つツールモデルを選択してください。</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="249"/>
        <source>The model&apos;s answer is not usable JSON, even after one repair attempt: %1</source>
        <translation>モデルの回答は、1 回修復を試みても使用可能な JSON になりませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../core/tools/modeltoolrun.cpp" line="260"/>
        <source>Repairing the model&apos;s answer…</source>
        <translation>モデルの回答を修復しています…</translation>
    </message>
</context>
<context>
    <name>pw::PromptChecks</name>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="57"/>
        <source>&lt;%1&gt; looks like a placeholder, but only {{%2}} is filled in; use {{%2}} or close the tag</source>
        <translation>&lt;%1&gt; はプレースホルダーのように見えますが、値が入るのは {{%2}} だけです。{{%2}} を使うか、タグを閉じてください</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="62"/>
        <source>&lt;%1&gt; is opened here and never closed</source>
        <translation>&lt;%1&gt; はここで開かれていますが、閉じられていません</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="70"/>
        <source>&lt;/%1&gt; closes a tag that was never opened</source>
        <translation>&lt;/%1&gt; は開かれていないタグを閉じています</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="108"/>
        <source>%1 is not a variable: only {{%2}} (no spaces, double braces) is filled in</source>
        <translation>%1 は変数ではありません。値が入るのは {{%2}}（空白なし、二重波かっこ）だけです</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="151"/>
        <source>the prefill (final assistant message) ends in whitespace, which the API rejects; remove it</source>
        <translation>プリフィル（最後のアシスタントメッセージ）が空白で終わっています。API はこれを拒否するため、削除してください</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="157"/>
        <source>%1 does not accept a prefill (a final assistant message): Claude 4.6 and later answer it with a 400; move it into the user message as an instruction, or remove it</source>
        <translation>%1 はプリフィル（最後のアシスタントメッセージ）を受け付けません。Claude 4.6 以降は 400 を返します。指示としてユーザーメッセージに移すか、削除してください</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="173"/>
        <source>{{%1}} has no test value</source>
        <translation>{{%1}} にテスト値がありません</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="179"/>
        <source>the test value %1 is not used: the prompt has no {{%1}}</source>
        <translation>テスト値 %1 は使われていません。プロンプトに {{%1}} がありません</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="192"/>
        <source>the prompt has no text: neither a system prompt nor a message with text</source>
        <translation>プロンプトにテキストがありません。システムプロンプトもテキストのあるメッセージもありません</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="204"/>
        <source>an assistant message before the end (a few-shot turn): the Messages API accepts it, but the prompt-tools operations (generate, improve, templatize) need the user messages first and contiguous, with at most one assistant message at the end</source>
        <translation>末尾より前にアシスタントメッセージがあります（few-shot のターン）。Messages API は受け付けますが、プロンプトツールの操作（生成、改善、テンプレート化）では、ユーザーメッセージが先頭に連続して並び、アシスタントメッセージは末尾に最大 1 つである必要があります</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="212"/>
        <source>the %1 message is empty</source>
        <translation>%1 メッセージが空です</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="213"/>
        <source>the %1 message is only whitespace</source>
        <translation>%1 メッセージが空白だけです</translation>
    </message>
    <message>
        <location filename="../../core/analysis/checks.cpp" line="223"/>
        <source>this text block is empty or only whitespace, which the API rejects</source>
        <translation>このテキストブロックは空か空白だけです。API はこれを拒否します</translation>
    </message>
</context>
<context>
    <name>pw::PromptDiff</name>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="149"/>
        <source>user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="150"/>
        <source>assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="151"/>
        <source>Message %1 · %2</source>
        <translation>メッセージ %1 · %2</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="205"/>
        <location filename="../../core/diff/promptdiff.cpp" line="212"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="218"/>
        <source>1 change</source>
        <translation>変更 1 件</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="219"/>
        <source>%1 changes</source>
        <translation>変更 %1 件</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="220"/>
        <source> · words +%1 −%2</source>
        <translation> · 単語 +%1 −%2</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="221"/>
        <source> · variables +%1 −%2</source>
        <translation> · 変数 +%1 −%2</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="225"/>
        <source>, %1 renamed</source>
        <translation>、名前変更 %1</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="227"/>
        <source> · messages +%1 −%2, %3 moved</source>
        <translation> · メッセージ +%1 −%2、移動 %3</translation>
    </message>
    <message>
        <location filename="../../core/diff/promptdiff.cpp" line="232"/>
        <source> · tokens ≈%1%2</source>
        <translation> · トークン ≈%1%2</translation>
    </message>
</context>
<context>
    <name>pw::PromptJson</name>
    <message>
        <location filename="../../core/prompt/promptjson.cpp" line="260"/>
        <source>%1:%2:%3: invalid JSON: %4</source>
        <translation>%1:%2:%3: 不正な JSON です: %4</translation>
    </message>
    <message>
        <location filename="../../core/prompt/promptjson.cpp" line="286"/>
        <source>%1:%2:%3: the file is not valid UTF-8 text (byte %4)</source>
        <translation>%1:%2:%3: ファイルが正しい UTF-8 テキストではありません（バイト %4）</translation>
    </message>
    <message>
        <location filename="../../core/prompt/promptjson.cpp" line="316"/>
        <source>%1: a JSON prompt must be an object with &quot;messages&quot; (and optionally &quot;system&quot;)</source>
        <translation>%1: JSON プロンプトは &quot;messages&quot;（と必要に応じて &quot;system&quot;）を持つオブジェクトである必要があります</translation>
    </message>
</context>
<context>
    <name>pw::PromptToolsRun</name>
    <message>
        <location filename="../../core/tools/engine.cpp" line="78"/>
        <source>Waiting for the prompt-tools server…</source>
        <translation>prompt-tools サーバーを待っています…</translation>
    </message>
</context>
<context>
    <name>pw::PromptValidation</name>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="21"/>
        <source>at least one message is required</source>
        <translation>メッセージが少なくとも 1 つ必要です</translation>
    </message>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="29"/>
        <source>must hold at least one text block</source>
        <translation>テキストブロックが少なくとも 1 つ必要です</translation>
    </message>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="35"/>
        <source>only text blocks are allowed (found &quot;%1&quot;)</source>
        <translation>使用できるのはテキストブロックだけです（検出された値: &quot;%1&quot;）</translation>
    </message>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="40"/>
        <source>cache_control is not allowed</source>
        <translation>cache_control は使用できません</translation>
    </message>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="47"/>
        <source>the first message must be from the user (found &quot;assistant&quot;)</source>
        <translation>最初のメッセージはユーザーからである必要があります（&quot;assistant&quot; が見つかりました）</translation>
    </message>
    <message>
        <location filename="../../core/prompt/validation.cpp" line="51"/>
        <source>an assistant message is only allowed last, as a prefill</source>
        <translation>アシスタントメッセージは最後にプリフィルとしてのみ使用できます</translation>
    </message>
</context>
<context>
    <name>pw::PromptWorkspace</name>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="76"/>
        <source>Typing</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="108"/>
        <source>Add Message</source>
        <translation>メッセージを追加</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="117"/>
        <source>Remove Message</source>
        <translation>メッセージを削除</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="125"/>
        <source>Move Message</source>
        <translation>メッセージを移動</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="134"/>
        <source>Change Role</source>
        <translation>ロールを変更</translation>
    </message>
    <message>
        <location filename="../../ui/promptworkspace.cpp" line="145"/>
        <source>Edit Value of %1</source>
        <translation>%1 の値を編集</translation>
    </message>
</context>
<context>
    <name>pw::RunPanel</name>
    <message>
        <location filename="../../ui/runpanel.cpp" line="19"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="33"/>
        <source>Time since the run started</source>
        <translation>実行開始からの経過時間</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="34"/>
        <source>Tokens used so far (≈: estimated from the text received)</source>
        <translation>これまでに使用したトークン数（≈: 受信したテキストからの推定）</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="53"/>
        <source>The model&apos;s answer appears here as it streams in.</source>
        <translation>モデルの回答は受信しながらここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="54"/>
        <source>Streamed answer</source>
        <translation>ストリーミング中の回答</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="64"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/runpanel.cpp" line="163"/>
        <source>%1 in · %2%3 out</source>
        <translation>入力 %1 · 出力 %2%3</translation>
    </message>
</context>
<context>
    <name>pw::SettingsDialog</name>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="28"/>
        <source>Runs the tools on Claude through the Messages API, with streamed, structured output.</source>
        <translation>Messages API 経由で Claude 上でツールを実行します。出力はストリーミングされ、構造化されています。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="30"/>
        <source>Speaks the retired prompt-tools protocol to a server that still implements it, such as a gateway.</source>
        <translation>提供終了した prompt-tools プロトコルを、それをまだ実装しているサーバー（ゲートウェイなど）と使用します。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="33"/>
        <source>Any OpenAI-compatible chat completions server: Ollama, llama.cpp, LM Studio, vLLM or OpenAI.</source>
        <translation>OpenAI 互換の Chat Completions サーバー: Ollama、llama.cpp、LM Studio、vLLM、OpenAI。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="34"/>
        <source>Runs on this computer without a model: it templatizes and checks prompts offline. Generate and Improve need one of the other engines.</source>
        <translation>モデルを使わずにこのコンピューター上で動作し、オフラインでプロンプトのテンプレート化とチェックを行います。生成と改善には他のエンジンが必要です。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="73"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="76"/>
        <source>Engines</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="139"/>
        <source>%1 is set in the environment (%2) and is used instead of this URL.</source>
        <translation>%1 が環境変数で設定されているため（%2）、この URL の代わりに使用されます。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="144"/>
        <source>&amp;Base URL:</source>
        <translation>ベース URL(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="148"/>
        <source>Reading the keychain…</source>
        <translation>キーチェーンを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="150"/>
        <source>API key for %1</source>
        <translation>%1 の API キー</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="153"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="155"/>
        <source>Show the key as text</source>
        <translation>キーをテキストで表示します</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="166"/>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="169"/>
        <source>%1 (default)</source>
        <translation>%1（既定）</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="171"/>
        <source>The model that runs Generate, Improve and Templatize; the target model is chosen in the window.</source>
        <translation>生成・改善・テンプレート化を実行するモデルです。対象モデルはウィンドウで選択します。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="173"/>
        <source>chosen by the server</source>
        <translation>サーバーが選択</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="176"/>
        <source>&amp;Tool model:</source>
        <translation>ツールモデル(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="180"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="182"/>
        <source>How long the server may stay silent before the request fails</source>
        <translation>リクエストが失敗するまでにサーバーが無応答でいられる時間</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="183"/>
        <source>T&amp;imeout:</source>
        <translation>タイムアウト(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="191"/>
        <source>%1 is set in the environment: that key is used, not the one entered here.</source>
        <translation>%1 が環境変数で設定されています。ここで入力したキーではなく、そのキーが使用されます。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="193"/>
        <source>The claude and prompt-tools engines share this Anthropic key.</source>
        <translation>claude エンジンと prompt-tools エンジンはこの Anthropic キーを共有します。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="195"/>
        <source>Local servers such as Ollama need no key.</source>
        <translation>Ollama などのローカルサーバーにはキーは不要です。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="196"/>
        <source>Keys are stored in the system keychain, never in the settings file.</source>
        <translation>キーはシステムのキーチェーンに保存され、設定ファイルには保存されません。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="218"/>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="220"/>
        <source>The keychain could not be read: %1</source>
        <translation>キーチェーンを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="298"/>
        <source>Base URL of %1: %2</source>
        <translation>%1 のベース URL: %2</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="317"/>
        <source>The settings could not be written to %1.</source>
        <translation>設定を %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="347"/>
        <source>The key could not be stored in the keychain: %1</source>
        <translation>キーをキーチェーンに保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>pw::TemplateVerifier</name>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="58"/>
        <source>the original has no system prompt but the template has one</source>
        <translation>元のプロンプトにはシステムプロンプトがありませんが、テンプレートにはあります</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="60"/>
        <source>the original has a system prompt but the template has none</source>
        <translation>元のプロンプトにはシステムプロンプトがありますが、テンプレートにはありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/analysis/templateverifier.cpp" line="66"/>
        <source>the template has %n messages, the original %1</source>
        <translation>
            <numerusform>テンプレートのメッセージは %n 件、元のプロンプトは %1 件です</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="77"/>
        <source>the template has &quot;%1&quot; where the original has &quot;%2&quot;</source>
        <translation>元のプロンプトが &quot;%2&quot; の箇所で、テンプレートは &quot;%1&quot; になっています</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/analysis/templateverifier.cpp" line="83"/>
        <source>the template has %n content blocks, the original %1</source>
        <translation>
            <numerusform>テンプレートのコンテンツブロックは %n 個、元のプロンプトは %1 個です</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="92"/>
        <source>the template has a &quot;%1&quot; block where the original has &quot;%2&quot;</source>
        <translation>元のプロンプトが &quot;%2&quot; の箇所で、テンプレートは &quot;%1&quot; ブロックになっています</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="502"/>
        <source>the template does not match the original</source>
        <translation>テンプレートが元のプロンプトと一致しません</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="510"/>
        <source>the template ends where the original continues with %1</source>
        <translation>元のプロンプトは %1 と続きますが、テンプレートはそこで終わっています</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="515"/>
        <source>the template says %1 where the original ends</source>
        <translation>元のプロンプトが終わっている箇所で、テンプレートは %1 となっています</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="517"/>
        <source>the template says %1 where the original says %2</source>
        <translation>元のプロンプトが %2 の箇所で、テンプレートは %1 となっています</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="522"/>
        <source>{{%1}} stands for %2 elsewhere, but the original says %3 here</source>
        <translation>{{%1}} は他の箇所では %2 を表していますが、元のプロンプトのここでは %3 です</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="524"/>
        <source>nothing more</source>
        <translation>何もない</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="528"/>
        <source> (gave up: too many ways to split adjacent variables)</source>
        <translation>（中断: 隣り合う変数の分け方が多すぎます）</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="560"/>
        <source>renamed {{%1}} to {{%2}}: variable names are UPPER_SNAKE</source>
        <translation>{{%1}} を {{%2}} に名前変更しました。変数名は UPPER_SNAKE です</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="576"/>
        <source>variable_values has %1, which the template does not use; removed</source>
        <translation>variable_values にテンプレートで使われていない %1 があったため、削除しました</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="612"/>
        <source>variable_values recomputed: %1 was missing, the text says %2</source>
        <translation>variable_values を再計算しました: %1 がありませんでした。テキストでは %2 です</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="618"/>
        <source>variable_values recomputed: %1 was %2, the text says %3</source>
        <translation>variable_values を再計算しました: %1 は %2 でしたが、テキストでは %3 です</translation>
    </message>
    <message>
        <location filename="../../core/analysis/templateverifier.cpp" line="626"/>
        <source>internal error: the recomputed values do not fill back</source>
        <translation>内部エラー: 再計算した値を埋め戻しても元に戻りません</translation>
    </message>
</context>
<context>
    <name>pw::ToolRun</name>
    <message>
        <location filename="../../core/tools/apicall.cpp" line="41"/>
        <source>%1. The tool model does not support structured JSON output: choose another tool model.</source>
        <translation>%1。ツールモデルは構造化された JSON 出力に対応していません。別のツールモデルを選択してください。</translation>
    </message>
    <message>
        <location filename="../../core/tools/apicall.cpp" line="53"/>
        <source>%1; retrying in %2 s (attempt %3)</source>
        <translation>%1。%2 秒後に再試行します（%3 回目）</translation>
    </message>
    <message>
        <location filename="../../core/tools/postprocess.cpp" line="35"/>
        <source>%1 rejects a trailing assistant prefill, so the suggested prefill was folded into the last user message</source>
        <translation>%1 は末尾のアシスタントのプリフィルを受け付けないため、提案されたプリフィルは最後のユーザーメッセージに統合されました</translation>
    </message>
    <message>
        <location filename="../../core/tools/postprocess.cpp" line="54"/>
        <source>The result is not a usable prompt: %1</source>
        <translation>結果は使用可能なプロンプトではありません: %1</translation>
    </message>
    <message>
        <location filename="../../core/tools/postprocess.cpp" line="67"/>
        <source>The template does not match the original prompt: %1</source>
        <translation>テンプレートが元のプロンプトと一致しません: %1</translation>
    </message>
    <message>
        <location filename="../../core/tools/toolrun.cpp" line="35"/>
        <source>Canceled</source>
        <translation>中止しました</translation>
    </message>
    <message>
        <location filename="../../core/tools/toolrun.cpp" line="45"/>
        <source>Describe the task the prompt is for.</source>
        <translation>プロンプトで行うタスクを説明してください。</translation>
    </message>
    <message>
        <location filename="../../core/tools/toolrun.cpp" line="52"/>
        <source>The prompt is empty.</source>
        <translation>プロンプトが空です。</translation>
    </message>
</context>
<context>
    <name>pw::VariableCheck</name>
    <message>
        <location filename="../../core/analysis/variablecheck.cpp" line="20"/>
        <source>%1 at offset %2</source>
        <translation>%1 のオフセット %2</translation>
    </message>
    <message>
        <location filename="../../core/analysis/variablecheck.cpp" line="24"/>
        <source>the improved prompt dropped {{%1}} (in the original: %2)</source>
        <translation>改善後のプロンプトから {{%1}} が消えました（元のプロンプトでは %2）</translation>
    </message>
</context>
<context>
    <name>pw::VariableTable</name>
    <message>
        <location filename="../../ui/variabletable.cpp" line="58"/>
        <source>Variable</source>
        <translation>変数</translation>
    </message>
    <message>
        <location filename="../../ui/variabletable.cpp" line="58"/>
        <source>Test value</source>
        <translation>テスト値</translation>
    </message>
    <message>
        <location filename="../../ui/variabletable.cpp" line="58"/>
        <source>Uses</source>
        <translation>使用箇所</translation>
    </message>
    <message>
        <location filename="../../ui/variabletable.cpp" line="68"/>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
    <message>
        <location filename="../../ui/variabletable.cpp" line="88"/>
        <source>Double-click to find {{%1}} in the prompt</source>
        <translation>ダブルクリックでプロンプト内の {{%1}} を検索します</translation>
    </message>
    <message>
        <location filename="../../ui/variabletable.cpp" line="112"/>
        <source>No test value yet: double-click to enter one</source>
        <translation>テスト値は未入力です。ダブルクリックして入力してください</translation>
    </message>
</context>
<context>
    <name>pw::WorkbenchController</name>
    <message>
        <location filename="../../ui/workbenchcontroller.cpp" line="91"/>
        <source>The keychain could not be read: %1</source>
        <translation>キーチェーンを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchcontroller.cpp" line="110"/>
        <source>Preparing the %1 engine…</source>
        <translation>%1 エンジンを準備しています…</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchcontroller.cpp" line="125"/>
        <source>The %1 engine needs an Anthropic API key: enter one in Settings, or set %2.</source>
        <translation>%1 エンジンには Anthropic API キーが必要です。設定で入力するか、%2 を設定してください。</translation>
    </message>
    <message>
        <location filename="../../ui/workbenchcontroller.cpp" line="151"/>
        <source>Canceled</source>
        <translation>中止しました</translation>
    </message>
</context>
</TS>
